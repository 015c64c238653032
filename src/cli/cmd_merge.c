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
    "  -f, --formats LIST   comma-separated: " KG_FMT_NAMES "\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "      --actors FILE    the .actors dictionaries the extract run used,\n"
    "                       so nodes get their labels (repeatable)\n"
    "      --agents FILE    likewise for .agents dictionaries (repeatable)\n"
    "      --verbs FILE     likewise for .verbs dictionaries (repeatable)\n"
    "      --strict         fail on the first line that cannot be read\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n"
    "Limits (N may end in K, M or G, times 1024):\n"
    "      --max-doc-bytes N          bytes of one line (default 64M)\n"
    CLI_LIMIT_GRAPH_USAGE "\n" CLI_FILTER_USAGE "\n"
    "A line that cannot be read is reported with its file and line number\n"
    "and skipped (unless --strict).  Exit status: 0 success, 1 failure,\n"
    "2 bad usage.\n";

enum { OPT_ONTOLOGY = 256, OPT_ACTORS, OPT_AGENTS, OPT_VERBS, OPT_STRICT };

static int merge_add(const kg_relation *r, void *payload)
{
    return kg_graph_add_relation(payload, r);
}

/* The next line of fp into *buf (without its '\n'), at most max bytes:
 * the rest of a longer line is read and dropped, and *too_long set.
 * Returns the length, -1 at the end of the file, or -2 when out of memory
 * (not errno: a malloc that failed and was retried another way leaves
 * ENOMEM there, as under valgrind).  The caller holds fp's lock
 * (flockfile): getc's locking of every byte was a fifth of the merge. */
static ssize_t merge_getline(FILE *fp, char **buf, size_t *cap, size_t max,
                             int *too_long)
{
    size_t n = 0;
    int c, any = 0;

    *too_long = 0;
    while ((c = getc_unlocked(fp)) != EOF) {
        any = 1;
        if (c == '\n')
            break;
        if (n == max) {
            *too_long = 1;
            continue;
        }
        if (n + 1 >= *cap) {
            size_t nc = *cap ? *cap * 2 : 4096;
            char *p = realloc(*buf, nc);
            if (!p)
                return -2;
            *buf = p;
            *cap = nc;
        }
        (*buf)[n++] = (char)c;
    }
    if (!any)
        return -1;
    if (*buf)
        (*buf)[n] = '\0';
    return (ssize_t)n;
}

/* Read one JSONL file into g.  Returns 0, or -1 when it cannot be read
 * (or, with strict, at the first line that cannot be read). */
static int merge_file(kg_ctx *ctx, kg_graph *g, const char *path,
                      size_t *bad, int strict)
{
    FILE *fp = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    kg_limits lim;
    char *line = NULL;
    size_t cap = 0, lineno = 0;
    ssize_t n;
    int rc = 0, too_long;

    if (!fp) {
        cli_err("merge", "%s: %s", path, strerror(errno));
        return -1;
    }
    kg_ctx_get_limits(ctx, &lim);
    flockfile(fp);
    while ((n = merge_getline(fp, &line, &cap, lim.max_doc_bytes,
                              &too_long)) >= 0) {
        int err;
        lineno++;
        if (too_long) {
            cli_err("merge", "%s:%zu: line longer than %zu bytes%s", path,
                    lineno, lim.max_doc_bytes, strict ? "" : " (skipped)");
            (*bad)++;
            if (strict) {
                rc = -1;
                break;
            }
            continue;
        }
        while (n > 0 && line[n - 1] == '\r')
            n--;
        if (n == 0)
            continue;
        err = kg_relation_parse_json(ctx, line, (size_t)n, merge_add, g);
        if ((err == KG_EPARSE || err == KG_EINVAL) && !strict) {
            cli_err("merge", "%s:%zu: %s (skipped)", path, lineno,
                    kg_ctx_errmsg(ctx));
            (*bad)++;
        } else if (err < 0) {
            cli_err("merge", "%s:%zu: %s", path, lineno,
                    *kg_ctx_errmsg(ctx) ? kg_ctx_errmsg(ctx)
                                        : kg_strerror(err));
            rc = -1;
            break;
        }
    }
    if (n == -2) {
        cli_err("merge", "%s: out of memory", path);
        rc = -1;
    }
    if (ferror_unlocked(fp)) {
        cli_err("merge", "%s: read error", path);
        rc = -1;
    }
    funlockfile(fp);
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
        {"verbs", required_argument, NULL, OPT_VERBS},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        CLI_FILTER_LONGOPTS,
        CLI_LIMIT_LONGOPTS,
        {NULL, 0, NULL, 0}};
    cli_opts o;
    kg_ctx *ctx = NULL;
    kg_graph *g = NULL;
    size_t bad = 0;
    int c, i, rc;

    cli_opts_init(&o);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, "o:f:qh", longs, NULL)) != -1) {
        switch (c) {
        case 'o':
            o.outdir = optarg;
            break;
        case 'f':
            if ((rc = cli_format_option("merge", optarg, &o)) >= 0)
                return rc;
            break;
        case OPT_ONTOLOGY:
            o.ontology = optarg;
            break;
        case OPT_ACTORS:
        case OPT_AGENTS:
        case OPT_VERBS:
            if ((rc = cli_add_dict("merge", &o, optarg,
                                   c == OPT_AGENTS  ? CLI_DICT_AGENTS
                                   : c == OPT_VERBS ? CLI_DICT_VERBS
                                                    : CLI_DICT_ACTORS)) >= 0)
                return rc;
            break;
        case OPT_STRICT:
            o.flags |= KG_OPT_STRICT;
            break;
        case 'q':
            o.quiet = 1;
            break;
        case 'h':
            fputs(merge_usage, stdout);
            return KG_EXIT_OK;
        CLI_FILTER_CASES:
            if ((rc = cli_filter_option("merge", c, optarg, &o)) >= 0)
                return rc;
            break;
        CLI_LIMIT_CASES:
            if (c == CLI_OPT_MAX_MENTIONS || c == CLI_OPT_MAX_RELATIONS ||
                c == CLI_OPT_PARSE_TIMEOUT) {
                cli_err("merge", "%s belongs to kg build, extract and "
                        "entities", argv[optind - 1]);
                return KG_EXIT_USAGE;
            }
            if ((rc = cli_limit_option("merge", c, optarg, &o)) >= 0)
                return rc;
            break;
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
        if (merge_file(ctx, g, argv[i], &bad,
                       (o.flags & KG_OPT_STRICT) != 0) < 0)
            goto out;
    rc = cli_write_graph("merge", g, &o);
out:
    /* the count of what was reported above, also with -q and on failure */
    if (bad)
        fprintf(stderr, "kg: merge: %zu lines skipped\n", bad);
    kg_graph_free(g);
    kg_ctx_free(ctx);
    return rc;
}
