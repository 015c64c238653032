/* kg/kg.h: umbrella header for libkg, the news knowledge-graph builder. */
#ifndef KG_KG_H
#define KG_KG_H

#include "common.h"
#include "ctx.h"
#include "export.h"
#include "extract.h"
#include "graph.h"
#include "text.h"

#endif
