/*
 * cmd_export.c: `kg export`, re-export a saved graph.  The saved form is
 * kg's own GraphML (graph.graphml of kg build or kg merge): it keeps every
 * node attribute and, in the provenance key, every mention, so the graph
 * read back (kg_graph_load) is the graph that was saved, and filters and
 * metrics work on it as on a fresh build.
 */
#include "cli.h"

#include <getopt.h>
#include <string.h>

static const char export_usage[] =
    "usage: kg export [OPTIONS] GRAPH.graphml\n"
    "\n"
    "Read a graph saved by kg build or kg merge (their graph.graphml keeps\n"
    "every attribute and every mention), filter it, and write it again in\n"
    "the formats asked for.  Without filters the files are the ones kg\n"
    "build would have written.\n"
    "\n"
    "  -o, --output DIR     folder for the graph files (default: output;\n"
    "                       GRAPH.graphml may be in it: it is read first)\n"
    "  -f, --formats LIST   comma-separated: " KG_FMT_NAMES "\n"
    "                       (default: dot,graphml,jsonld)\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n" CLI_FILTER_USAGE "\n"
    "Example: kg export output/graph.graphml -o ego/ -f svg,gexf \\\n"
    "             --ego Erdogan --depth 2 --min-count 2\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

enum { OPT_ONTOLOGY = 256 };

int cmd_export(int argc, char **argv)
{
    static const struct option longs[] = {
        {"output", required_argument, NULL, 'o'},
        {"formats", required_argument, NULL, 'f'},
        {"ontology", required_argument, NULL, OPT_ONTOLOGY},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        CLI_FILTER_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_opts o;
    kg_ctx *ctx = NULL;
    kg_graph *g = NULL;
    int c, rc, err;

    cli_opts_init(&o);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:f:qh", longs, NULL)) != -1) {
        switch (c) {
        case 'o':
            o.outdir = optarg;
            break;
        case 'f':
            if ((rc = cli_format_option("export", optarg, &o)) >= 0)
                return rc;
            break;
        case OPT_ONTOLOGY:
            o.ontology = optarg;
            break;
        case 'q':
            o.quiet = 1;
            break;
        case 'h':
            fputs(export_usage, stdout);
            return KG_EXIT_OK;
        CLI_FILTER_CASES:
            if ((rc = cli_filter_option("export", c, optarg, &o)) >= 0)
                return rc;
            break;
        default:
            cli_err("export", "unknown option '%s'", argv[optind - 1]);
            fputs(export_usage, stderr);
            return KG_EXIT_USAGE;
        }
    }
    if (optind != argc - 1) {
        cli_err("export", optind >= argc ? "no input given"
                                         : "one saved graph at a time");
        fputs(export_usage, stderr);
        return KG_EXIT_USAGE;
    }
    if ((rc = cli_ctx("export", &o, &ctx)) != KG_EXIT_OK)
        return rc;
    if ((err = kg_graph_load(&g, ctx, argv[optind])) < 0) {
        cli_err("export", "%s",
                *kg_ctx_errmsg(ctx) ? kg_ctx_errmsg(ctx) : kg_strerror(err));
        rc = KG_EXIT_FAIL;
        goto out;
    }
    rc = cli_write_graph("export", g, &o);
out:
    kg_graph_free(g);
    kg_ctx_free(ctx);
    return rc;
}
