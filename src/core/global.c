/*
 * global.c: status texts and process-wide initialisation.  This is the one
 * place that installs process-global hooks of third-party libraries: igraph
 * aborts on errors unless told otherwise, and libxml2 must initialise its
 * parser before threads start.
 */
#include "kg/common.h"

#include <igraph.h>
#include <libxml/parser.h>

#include "../export/export_util.h"

const char *kg_strerror(int status)
{
    switch (status) {
    case KG_OK:
        return "success";
    case KG_ERROR:
        return "failure";
    case KG_ENOMEM:
        return "out of memory";
    case KG_EINVAL:
        return "invalid argument or data";
    case KG_EIO:
        return "input/output error";
    case KG_EUTF8:
        return "invalid UTF-8";
    case KG_EPARSE:
        return "malformed input";
    case KG_ENOTFOUND:
        return "not found";
    case KG_EDEP:
        return "library error";
    case KG_ELIMIT:
        return "size limit exceeded";
    default:
        return "unknown status";
    }
}

/* libxml2 prints parse errors on stderr by default; the library never
 * prints, so its generic handler swallows them (readers report their own
 * errors with the file and line). */
static void global_xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int kg_global_init(void)
{
    xmlInitParser();
    xmlSetGenericErrorFunc(NULL, global_xml_silent);
    igraph_set_error_handler(igraph_error_handler_ignore);
    igraph_set_warning_handler(igraph_warning_handler_ignore);
    return KG_OK;
}

void kg_global_shutdown(void)
{
    kg_export__dot_shutdown(); /* the one Graphviz context (see dot.c) */
    xmlCleanupParser();
}
