/*
 * cmd_read.c: `kg build`, `kg extract` and `kg entities`, the commands that
 * read articles.  All run text -> extract; build folds the relations into
 * a graph and writes it, extract prints them as JSONL (the map step of
 * map/reduce), entities prints the actor and value mentions.
 */
#include "cli.h"

#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "../util/atomic.h"

static const char build_usage[] =
    "usage: kg build [OPTIONS] INPUT...\n"
    "\n"
    "Read news articles and write their knowledge graph.\n"
    "INPUT is a text file, a folder (read recursively), a .jsonl corpus\n"
    "(one {\"id\", \"text\", ...} object per line) or - for stdin.\n"
    "\n"
    "  -o, --output DIR     folder for the graph files (default: output)\n"
    "  -f, --formats LIST   comma-separated: dot,graphml,jsonld,svg\n"
    "                       (default: dot,graphml,jsonld)\n"
    "      --date DATE      document date (YYYY-MM-DD) where none is given\n"
    "      --strict         reject invalid UTF-8 instead of replacing it\n"
    "      --parser MODE    fast (default: shallow rules only), deep (also\n"
    "                       Link Grammar for every sentence with two actors\n"
    "                       and a verb), auto (Link Grammar only where the\n"
    "                       fast path found no relation)\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "      --actors FILE    add a PETRARCH/TABARI .actors dictionary\n"
    "                       (repeatable; its names win over the ontology's)\n"
    "      --agents FILE    add a PETRARCH/TABARI .agents dictionary\n"
    "                       (repeatable)\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n"
    "Writes DIR/graph.dot, graph.graphml, graph.jsonld (and graph.svg).\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

static const char extract_usage[] =
    "usage: kg extract [OPTIONS] INPUT...\n"
    "\n"
    "Print one JSON object per extracted relation (JSONL) with the fields\n"
    "doc, sentence, start, end, text, subject, relation, object,\n"
    "attributed_to, confidence, date.  `kg merge` reads this output.\n"
    "\n"
    "  -o, --output FILE    write to FILE instead of stdout\n"
    "      --date DATE      document date (YYYY-MM-DD) where none is given\n"
    "      --strict         reject invalid UTF-8 instead of replacing it\n"
    "      --parser MODE    fast (default: shallow rules only), deep (also\n"
    "                       Link Grammar for every sentence with two actors\n"
    "                       and a verb), auto (Link Grammar only where the\n"
    "                       fast path found no relation)\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "      --actors FILE    add a PETRARCH/TABARI .actors dictionary\n"
    "                       (repeatable; its names win over the ontology's)\n"
    "      --agents FILE    add a PETRARCH/TABARI .agents dictionary\n"
    "                       (repeatable)\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

static const char entities_usage[] =
    "usage: kg entities [OPTIONS] INPUT...\n"
    "\n"
    "Print one JSON object per entity or value mention (JSONL):\n"
    "{\"doc\", \"sentence\", \"mention\": {\"id\", \"label\", \"type\", "
    "\"code\",\n"
    "\"country\", \"text\", \"start\", \"end\"}} (values carry \"value\" "
    "and \"unit\").\n"
    "\n"
    "  -u, --unknown        instead, list the names the ontology does not\n"
    "                       know, most frequent first: count, type, name\n"
    "                       (tab-separated), to add them to ontology/\n"
    "  -o, --output FILE    write to FILE instead of stdout\n"
    "      --date DATE      document date (YYYY-MM-DD) where none is given\n"
    "      --strict         reject invalid UTF-8 instead of replacing it\n"
    "      --parser MODE    fast (default: shallow rules only), deep (also\n"
    "                       Link Grammar for every sentence with two actors\n"
    "                       and a verb), auto (Link Grammar only where the\n"
    "                       fast path found no relation)\n"
    "      --ontology DIR   ontology folder (default: found automatically)\n"
    "      --actors FILE    add a PETRARCH/TABARI .actors dictionary\n"
    "                       (repeatable; its names win over the ontology's)\n"
    "      --agents FILE    add a PETRARCH/TABARI .agents dictionary\n"
    "                       (repeatable)\n"
    "  -q, --quiet          no summary on stderr\n"
    "  -h, --help           show this help\n"
    "\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

enum { OPT_DATE = 256, OPT_STRICT, OPT_ONTOLOGY, OPT_ACTORS, OPT_AGENTS,
       OPT_PARSER = 300 };
enum read_mode { READ_BUILD, READ_EXTRACT, READ_ENTITIES };

/* Parse the options of a reading command; returns -1 to go on, or an exit
 * code. */
static int read_parse(const char *cmd, int mode, int argc, char **argv,
                      cli_opts *o)
{
    static const struct option longs[] = {
        {"output", required_argument, NULL, 'o'},
        {"formats", required_argument, NULL, 'f'},
        {"date", required_argument, NULL, OPT_DATE},
        {"strict", no_argument, NULL, OPT_STRICT},
        {"parser", required_argument, NULL, OPT_PARSER},
        {"ontology", required_argument, NULL, OPT_ONTOLOGY},
        {"actors", required_argument, NULL, OPT_ACTORS},
        {"agents", required_argument, NULL, OPT_AGENTS},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"unknown", no_argument, NULL, 'u'},
        {NULL, 0, NULL, 0}};
    const char *usage = mode == READ_BUILD     ? build_usage
                        : mode == READ_EXTRACT ? extract_usage
                                               : entities_usage;
    int is_build = mode == READ_BUILD;
    int c;

    memset(o, 0, sizeof(*o));
    o->outdir = "output";
    o->formats = KG_FMT_DEFAULT;
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, is_build ? "o:f:qh" : "o:qhu", longs,
                            NULL)) != -1) {
        switch (c) {
        case 'o':
            if (is_build)
                o->outdir = optarg;
            else
                o->outfile = optarg;
            break;
        case 'f':
            if (cli_parse_formats(optarg, &o->formats) < 0) {
                cli_err(cmd, "unknown format in '%s' (dot,graphml,jsonld,svg)",
                        optarg);
                return KG_EXIT_USAGE;
            }
            break;
        case OPT_DATE:
            if (!cli_valid_date(optarg)) {
                cli_err(cmd, "--date wants YYYY-MM-DD, not '%s'", optarg);
                return KG_EXIT_USAGE;
            }
            o->date = optarg;
            break;
        case OPT_STRICT:
            o->flags |= KG_OPT_STRICT;
            break;
        case OPT_PARSER:
            o->flags &= ~(KG_OPT_PARSER_DEEP | KG_OPT_PARSER_AUTO);
            if (!strcmp(optarg, "deep"))
                o->flags |= KG_OPT_PARSER_DEEP;
            else if (!strcmp(optarg, "auto"))
                o->flags |= KG_OPT_PARSER_AUTO;
            else if (strcmp(optarg, "fast") != 0) {
                cli_err(cmd, "--parser wants fast, deep or auto, not '%s'",
                        optarg);
                return KG_EXIT_USAGE;
            }
            break;
        case OPT_ONTOLOGY:
            o->ontology = optarg;
            break;
        case OPT_ACTORS:
        case OPT_AGENTS: {
            int rc = cli_add_dict(cmd, o, optarg, c == OPT_AGENTS);
            if (rc >= 0)
                return rc;
            break;
        }
        case 'q':
            o->quiet = 1;
            break;
        case 'u':
            if (mode != READ_ENTITIES) {
                cli_err(cmd, "--unknown belongs to kg entities");
                return KG_EXIT_USAGE;
            }
            o->unknown = 1;
            break;
        case 'h':
            fputs(usage, stdout);
            return KG_EXIT_OK;
        default:
            cli_err(cmd, "unknown option '%s'", argv[optind - 1]);
            fputs(usage, stderr);
            return KG_EXIT_USAGE;
        }
    }
    if (optind >= argc) {
        cli_err(cmd, "no input given");
        fputs(usage, stderr);
        return KG_EXIT_USAGE;
    }
    return -1;
}

/* Names the ontology does not know, counted for `kg entities --unknown`. */
typedef struct unknown_name {
    char *id, *label, *type;
    size_t count;
} unknown_name;

typedef struct unknown_table {
    unknown_name *items;
    size_t n, cap;
    size_t *slots; /* index + 1, open addressing on the id */
    size_t nslots;
} unknown_table;

static size_t unknown_hash(const char *s)
{
    size_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int unknown_add(unknown_table *t, const kg_entity *e)
{
    size_t h, i;
    if ((t->n + 1) * 2 > t->nslots) {
        size_t ns = t->nslots ? t->nslots * 2 : 1024, k;
        size_t *slots = calloc(ns, sizeof(*slots));
        if (!slots)
            return KG_ENOMEM;
        for (k = 0; k < t->n; k++) {
            h = unknown_hash(t->items[k].id) & (ns - 1);
            while (slots[h])
                h = (h + 1) & (ns - 1);
            slots[h] = k + 1;
        }
        free(t->slots);
        t->slots = slots;
        t->nslots = ns;
    }
    h = unknown_hash(e->id) & (t->nslots - 1);
    while ((i = t->slots[h]) != 0) {
        if (!strcmp(t->items[i - 1].id, e->id)) {
            t->items[i - 1].count++;
            return KG_OK;
        }
        h = (h + 1) & (t->nslots - 1);
    }
    if (t->n == t->cap) {
        size_t nc = t->cap ? t->cap * 2 : 256;
        unknown_name *p = realloc(t->items, nc * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        t->items = p;
        t->cap = nc;
    }
    t->items[t->n].id = strdup(e->id);
    t->items[t->n].label = strdup(e->label ? e->label : e->id);
    t->items[t->n].type = strdup(e->type ? e->type : "");
    t->items[t->n].count = 1;
    if (!t->items[t->n].id || !t->items[t->n].label || !t->items[t->n].type) {
        free(t->items[t->n].id);
        free(t->items[t->n].label);
        free(t->items[t->n].type);
        return KG_ENOMEM;
    }
    t->slots[h] = ++t->n;
    return KG_OK;
}

static int unknown_cmp(const void *a, const void *b)
{
    const unknown_name *x = a, *y = b;
    if (x->count != y->count)
        return x->count < y->count ? 1 : -1;
    return strcmp(x->id, y->id);
}

static int unknown_print(unknown_table *t, FILE *out)
{
    size_t i;
    qsort(t->items, t->n, sizeof(*t->items), unknown_cmp);
    for (i = 0; i < t->n; i++)
        if (fprintf(out, "%zu\t%s\t%s\n", t->items[i].count,
                    t->items[i].type, t->items[i].label) < 0)
            return KG_EIO;
    return KG_OK;
}

static void unknown_free(unknown_table *t)
{
    size_t i;
    for (i = 0; i < t->n; i++) {
        free(t->items[i].id);
        free(t->items[i].label);
        free(t->items[i].type);
    }
    free(t->items);
    free(t->slots);
}

typedef struct read_run {
    const char *cmd;
    const kg_doc *doc; /* entities: the document being read */
    kg_ctx *ctx;
    kg_graph *graph; /* build */
    FILE *out;       /* extract */
    char *line;      /* extract: JSON buffer */
    size_t len, cap;
    int entities;    /* print mentions instead of relations */
    int unknown;     /* entities: count unknown names instead */
    unknown_table unknowns;
    int status;      /* first fatal kg status */
    size_t bad_docs;
    kg_extract_stats stats;
} read_run;

/* Write s as a JSON string literal. */
static int read_put_json_string(FILE *out, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    if (fputc('"', out) == EOF)
        return -1;
    for (; *p; p++) {
        int r;
        if (*p == '"' || *p == '\\')
            r = fprintf(out, "\\%c", *p);
        else if (*p < 0x20)
            r = fprintf(out, "\\u%04x", *p);
        else
            r = fputc(*p, out) == EOF ? -1 : 1;
        if (r < 0)
            return -1;
    }
    return fputc('"', out) == EOF ? -1 : 0;
}

static int read_on_relation(const kg_relation *r, void *payload)
{
    read_run *run = payload;
    int err;
    if (run->graph)
        return kg_graph_add_relation(run->graph, r);
    run->len = 0;
    if ((err = kg_relation_to_json(r, &run->line, &run->len, &run->cap)) < 0)
        return err;
    if (fwrite(run->line, 1, run->len, run->out) != run->len ||
        fputc('\n', run->out) == EOF)
        return KG_EIO;
    return KG_OK;
}

static int read_on_mention(const kg_entity *e, size_t sentence,
                           void *payload)
{
    read_run *run = payload;
    int err;
    if (run->unknown) /* ids of names the ontology lacks start with x_ */
        return e->id && !strncmp(e->id, "x_", 2)
                   ? unknown_add(&run->unknowns, e)
                   : KG_OK;
    run->len = 0;
    if ((err = kg_entity_to_json(e, &run->line, &run->len, &run->cap)) < 0)
        return err;
    if (fputs("{\"doc\":", run->out) == EOF ||
        read_put_json_string(run->out, run->doc->id) < 0 ||
        fprintf(run->out, ",\"sentence\":%zu,\"mention\":", sentence) < 0 ||
        fwrite(run->line, 1, run->len, run->out) != run->len ||
        fputs("}\n", run->out) == EOF)
        return KG_EIO;
    return KG_OK;
}

static int read_on_doc(const kg_doc *doc, void *payload)
{
    read_run *run = payload;
    int err;
    run->doc = doc;
    if (run->entities)
        err = kg_extract_mentions(run->ctx, doc, read_on_mention, run,
                                  &run->stats);
    else
        err = kg_extract_doc(run->ctx, doc, read_on_relation, run,
                             &run->stats);
    if (err < 0) {
        cli_err(run->cmd, "%s: %s", doc->id,
                *kg_ctx_errmsg(run->ctx) ? kg_ctx_errmsg(run->ctx)
                                         : kg_strerror(err));
        run->status = err;
    }
    if (doc->invalid_bytes)
        cli_err(run->cmd, "%s: %zu invalid UTF-8 bytes replaced", doc->id,
                doc->invalid_bytes);
    return err;
}

static void read_on_error(const char *path, size_t line, int status,
                          const char *msg, void *payload)
{
    read_run *run = payload;
    (void)status;
    run->bad_docs++;
    if (line)
        cli_err(run->cmd, "%s:%zu: %s (skipped)", path, line, msg);
    else
        cli_err(run->cmd, "%s: %s (skipped)", path, msg);
}

static int read_main(const char *cmd, int mode, int argc, char **argv)
{
    int is_build = mode == READ_BUILD;
    cli_opts o;
    read_run run;
    kg_afile af;
    int rc, i, err = KG_OK, have_af = 0;

    if ((rc = read_parse(cmd, mode, argc, argv, &o)) >= 0)
        return rc;
    memset(&run, 0, sizeof(run));
    run.entities = mode == READ_ENTITIES;
    run.unknown = o.unknown;
    memset(&af, 0, sizeof(af));
    run.cmd = cmd;
    if ((rc = cli_ctx(cmd, &o, &run.ctx)) != KG_EXIT_OK)
        return rc;
    rc = KG_EXIT_FAIL;
    if (is_build) {
        if (kg_graph_new(&run.graph, run.ctx) < 0) {
            cli_err(cmd, "out of memory");
            goto out;
        }
    } else if (o.outfile && strcmp(o.outfile, "-") != 0) {
        if (kg_afile_open(&af, o.outfile) < 0) {
            cli_err(cmd, "%s: cannot write", o.outfile);
            goto out;
        }
        have_af = 1;
        run.out = af.fp;
    } else {
        run.out = stdout;
    }
    for (i = optind; i < argc; i++) {
        err = kg_text_read_path(run.ctx, argv[i], o.date, read_on_doc,
                                read_on_error, &run);
        if (err < 0) {
            if (!run.status) /* not already reported by read_on_doc */
                cli_err(cmd, "%s", *kg_ctx_errmsg(run.ctx)
                                       ? kg_ctx_errmsg(run.ctx)
                                       : kg_strerror(err));
            goto out;
        }
    }
    if (run.unknown && unknown_print(&run.unknowns, run.out) < 0) {
        cli_err(cmd, "write failed");
        goto out;
    }
    if (is_build) {
        rc = cli_write_graph(cmd, run.graph, &o);
    } else {
        if (have_af) {
            have_af = 0;
            if (kg_afile_commit(&af) < 0) {
                cli_err(cmd, "%s: write failed", o.outfile);
                goto out;
            }
        } else if (fflush(stdout) != 0) {
            cli_err(cmd, "write to stdout failed");
            goto out;
        }
        rc = KG_EXIT_OK;
    }
    if (!o.quiet)
        fprintf(stderr,
                "kg: %s: %zu documents, %zu sentences (%zu boilerplate), "
                "%zu mentions, %zu relations%s\n",
                cmd, run.stats.documents, run.stats.sentences,
                run.stats.boilerplate, run.stats.mentions,
                run.stats.relations, run.bad_docs ? ", some input skipped" : "");
out:
    if (have_af)
        kg_afile_abort(&af);
    free(run.line);
    unknown_free(&run.unknowns);
    kg_graph_free(run.graph);
    kg_ctx_free(run.ctx);
    return rc;
}

int cmd_build(int argc, char **argv)
{
    return read_main("build", READ_BUILD, argc, argv);
}

int cmd_extract(int argc, char **argv)
{
    return read_main("extract", READ_EXTRACT, argc, argv);
}

int cmd_entities(int argc, char **argv)
{
    return read_main("entities", READ_ENTITIES, argc, argv);
}
