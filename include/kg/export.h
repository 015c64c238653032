/*
 * kg/export.h: writers for a finalized graph.  Each writes to a temporary
 * file in the target's folder and renames it into place, so a failure never
 * leaves a half-written file and never touches a previous output.
 * Output is deterministic: the same graph gives byte-identical files.
 */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Graphviz DOT through cgraph, styled by entity type and polarity.
 * @return KG_OK, KG_EIO, KG_ENOMEM, KG_EDEP; message in the graph's ctx.
 */
int kg_export_dot(const kg_graph *g, const char *path);

/**
 * SVG laid out by Graphviz (dot for small graphs, sfdp for large ones).
 * @return as kg_export_dot.
 */
int kg_export_svg(const kg_graph *g, const char *path);

/**
 * GraphML through libxml2's xmlTextWriter, with the fixed keys of DESIGN.md.
 * @return as kg_export_dot.
 */
int kg_export_graphml(const kg_graph *g, const char *path);

/**
 * JSON-LD through cJSON, inline @context, absolute IRIs.
 * @return as kg_export_dot.
 */
int kg_export_jsonld(const kg_graph *g, const char *path);

#ifdef __cplusplus
}
#endif

#endif
