/*
 * cmd_merge.c: `kg merge`, the reduce step: `kg extract` output in, graph
 * files out.  kg build X and kg extract X | kg merge - give the same files.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

static const char merge_usage[] =
    "usage: kg merge [OPTIONS] FILE.jsonl...\n"
    "\n"
    "Merge `kg extract` output (JSONL relations; - for stdin) into one\n"
    "graph and write it as `kg build` does.\n"
    "\n"
    "  -o, --output DIR     folder for the graph files (default: output)\n"
    "  -f, --formats LIST   comma-separated: dot,graphml,jsonld,svg\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "      --actors FILE    the .actors dictionaries the extract run used,\n"
    "                       so nodes get their labels (repeatable)\n"
    "      --agents FILE    likewise for .agents dictionaries (repeatable)\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n"
    "A line that cannot be read is reported with its file and line number\n"
    "and skipped.  Exit status: 0 success, 1 failure, 2 bad usage.\n";

enum { OPT_ONTOLOGY = 256, OPT_ACTORS, OPT_AGENTS };

static int merge_add(const kg_relation *r, void *payload)
{
    return kg_graph_add_relation(payload, r);
}

/* Read one JSONL file into g.  Returns 0, or -1 when it cannot be read. */
static int merge_file(kg_ctx *ctx, kg_graph *g, const char *path,
                      size_t *bad)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = 0;

    if (!fp) {
        cli_err("merge", "%s: %s", path, strerror(errno));
        return -1;
    }
    while ((n = getline(&line, &cap, fp)) != -1) {
        int err;
        lineno++;
        while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            n--;
        if (n == 0)
            continue;
        err = kg_relation_parse_json(ctx, line, (size_t)n, merge_add, g);
        if (err == KG_EPARSE || err == KG_EINVAL) {
            cli_err("merge", "%s:%zu: %s (skipped)", path, lineno,
                    kg_ctx_errmsg(ctx));
            (*bad)++;
        } else if (err < 0) {
            cli_err("merge", "%s:%zu: %s", path, lineno, kg_strerror(err));
            rc = -1;
            break;
        }
    }
    if (ferror(fp)) {
        cli_err("merge", "%s: read error", path);
        rc = -1;
    }
    free(line);
    if (fp != stdin)
        fclose(fp);
    return rc;
}

int cmd_merge(int argc, char **argv)
{
    static const struct option longs[] = {
        {"output", required_argument, NULL, 'o'},
        {"formats", required_argument, NULL, 'f'},
        {"ontology", required_argument, NULL, OPT_ONTOLOGY},
        {"actors", required_argument, NULL, OPT_ACTORS},
        {"agents", required_argument, NULL, OPT_AGENTS},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    cli_opts o;
    kg_ctx *ctx = NULL;
    kg_graph *g = NULL;
    size_t bad = 0;
    int c, i, rc;

    memset(&o, 0, sizeof(o));
    o.outdir = "output";
    o.formats = KG_FMT_DEFAULT;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:f:qh", longs, NULL)) != -1) {
        switch (c) {
        case 'o':
            o.outdir = optarg;
            break;
        case 'f':
            if (cli_parse_formats(optarg, &o.formats) < 0) {
                cli_err("merge", "unknown format in '%s'", optarg);
                return KG_EXIT_USAGE;
            }
            break;
        case OPT_ONTOLOGY:
            o.ontology = optarg;
            break;
        case OPT_ACTORS:
        case OPT_AGENTS:
            if ((rc = cli_add_dict("merge", &o, optarg, c == OPT_AGENTS)) >= 0)
                return rc;
            break;
        case 'q':
            o.quiet = 1;
            break;
        case 'h':
            fputs(merge_usage, stdout);
            return KG_EXIT_OK;
        default:
            cli_err("merge", "unknown option '%s'", argv[optind - 1]);
            fputs(merge_usage, stderr);
            return KG_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_err("merge", "no input given");
        fputs(merge_usage, stderr);
        return KG_EXIT_USAGE;
    }
    if ((rc = cli_ctx("merge", &o, &ctx)) != KG_EXIT_OK)
        return rc;
    rc = KG_EXIT_FAIL;
    if (kg_graph_new(&g, ctx) < 0) {
        cli_err("merge", "out of memory");
        goto out;
    }
    for (i = optind; i < argc; i++)
        if (merge_file(ctx, g, argv[i], &bad) < 0)
            goto out;
    rc = cli_write_graph("merge", g, &o);
    if (bad && !o.quiet)
        fprintf(stderr, "kg: merge: %zu lines skipped\n", bad);
out:
    kg_graph_free(g);
    kg_ctx_free(ctx);
    return rc;
}
