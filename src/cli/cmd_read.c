/*
 * cmd_read.c: `kg build`, `kg extract` and `kg entities`, the commands that
 * read articles.  All run text -> extract; build folds the relations into
 * a graph and writes it, extract prints them as JSONL (the map step of
 * map/reduce), entities prints the actor and value mentions.
 */
#include "cli.h"

#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"

#define READ_MAX_JOBS 256

/* The options build, extract and entities share, for their usages. */
#define READ_COMMON_USAGE                                                      \
    "      --date DATE      document date (YYYY-MM-DD) where none is given\n" \
    "      --strict         fail on invalid UTF-8, a bad corpus line or a\n" \
    "                       document over a limit (default: replace or\n" \
    "                       skip it, report it and go on)\n" \
    "      --parser MODE    fast (default: shallow rules only), deep (also\n" \
    "                       Link Grammar for every sentence with two actors\n" \
    "                       and a verb), auto (Link Grammar only where the\n" \
    "                       fast path found no relation)\n" \
    "      --learned        code with a learned model (ontology/\n" \
    "                       learned_roots.tsv) the likeliest pair of actors\n" \
    "                       of a sentence the rules code nothing in (type\n" \
    "                       \"learned\", CAMEO root only)\n" \
    "      --ontology DIR   ontology folder (default: found automatically)\n" \
    "      --actors FILE    add a PETRARCH/TABARI .actors dictionary\n" \
    "                       (repeatable; its names win over the ontology's)\n" \
    "      --agents FILE    add a PETRARCH/TABARI .agents dictionary\n" \
    "                       (repeatable)\n" \
    "      --verbs FILE     add a PETRARCH/TABARI .verbs dictionary\n" \
    "                       (repeatable; its codes win over the lexicon's)\n" \
    "  -j, --jobs N         documents extracted in parallel by N threads\n" \
    "                       (default: the cores; the output is the same)\n" \
    "  -q, --quiet          no summary on stderr\n" \
    "  -h, --help           show this help\n"

static const char build_usage[] =
    "usage: kg build [OPTIONS] INPUT...\n"
    "\n"
    "Read news articles and write their knowledge graph.\n"
    "INPUT is a text file, a folder (read recursively), a .jsonl corpus\n"
    "(one {\"id\", \"text\", ...} object per line) or - for stdin.\n"
    "\n"
    "  -o, --output DIR     folder for the graph files (default: output)\n"
    "  -f, --formats LIST   comma-separated: " KG_FMT_NAMES "\n"
    "                       (default: dot,graphml,jsonld)\n"
    READ_COMMON_USAGE
    "\n" CLI_LIMIT_USAGE CLI_LIMIT_GRAPH_USAGE "\n" CLI_FILTER_USAGE "\n"
    "Writes DIR/graph.dot, graph.graphml, graph.jsonld (-f adds graph.gexf,\n"
    "nodes.csv, relationships.csv and graph.cypher for neo4j, graph.jsonl,\n"
    "graph.svg, graph.png).\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

static const char extract_usage[] =
    "usage: kg extract [OPTIONS] INPUT...\n"
    "\n"
    "Print one JSON object per extracted relation (JSONL) with the fields\n"
    "doc, sentence, start, end, text, subject, relation, object,\n"
    "attributed_to, confidence, date.  `kg merge` reads this output.\n"
    "An entity's \"coref\" is true when who it is came from another\n"
    "sentence of the story (a pronoun, a bare surname or title), not\n"
    "from this one.\n"
    "\n"
    "  -o, --output FILE    write to FILE instead of stdout\n"
    READ_COMMON_USAGE
    "\n" CLI_LIMIT_USAGE "\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

static const char entities_usage[] =
    "usage: kg entities [OPTIONS] INPUT...\n"
    "\n"
    "Print one JSON object per entity or value mention (JSONL):\n"
    "{\"doc\", \"sentence\", \"mention\": {\"id\", \"label\", \"type\", "
    "\"code\",\n"
    "\"country\", \"coref\", \"text\", \"start\", \"end\"}} (values carry "
    "\"value\"\nand \"unit\"; \"coref\": who it is came from another "
    "sentence of the story).\n"
    "\n"
    "  -u, --unknown        instead, list the names the ontology does not\n"
    "                       know, most frequent first: count, type, name\n"
    "                       (tab-separated), to add them to ontology/\n"
    "  -o, --output FILE    write to FILE instead of stdout\n"
    READ_COMMON_USAGE
    "\n" CLI_LIMIT_USAGE "\n"
    "Exit status: 0 success, 1 failure, 2 bad usage.\n";

enum { OPT_DATE = 256, OPT_STRICT, OPT_ONTOLOGY, OPT_ACTORS, OPT_AGENTS,
       OPT_VERBS, OPT_PARSER = 300, OPT_LEARNED };
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
        {"learned", no_argument, NULL, OPT_LEARNED},
        {"ontology", required_argument, NULL, OPT_ONTOLOGY},
        {"actors", required_argument, NULL, OPT_ACTORS},
        {"agents", required_argument, NULL, OPT_AGENTS},
        {"verbs", required_argument, NULL, OPT_VERBS},
        {"quiet", no_argument, NULL, 'q'},
        {"help", no_argument, NULL, 'h'},
        {"unknown", no_argument, NULL, 'u'},
        {"jobs", required_argument, NULL, 'j'},
        CLI_FILTER_LONGOPTS,
        CLI_LIMIT_LONGOPTS,
        {NULL, 0, NULL, 0}};
    const char *usage = mode == READ_BUILD     ? build_usage
                        : mode == READ_EXTRACT ? extract_usage
                                               : entities_usage;
    int is_build = mode == READ_BUILD;
    int c, rc;

    cli_opts_init(o);
    optind = 1;
    opterr = 0;
    while ((c = getopt_long(argc, argv, is_build ? "o:f:j:qh" : "o:j:qhu", longs,
                            NULL)) != -1) {
        switch (c) {
        case 'o':
            if (is_build)
                o->outdir = optarg;
            else
                o->outfile = optarg;
            break;
        case 'f':
            if ((rc = cli_format_option(cmd, optarg, o)) >= 0)
                return rc;
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
        case OPT_LEARNED:
            o->flags |= KG_OPT_LEARNED;
            break;
        case OPT_ONTOLOGY:
            o->ontology = optarg;
            break;
        case OPT_ACTORS:
        case OPT_AGENTS:
        case OPT_VERBS: {
            rc = cli_add_dict(cmd, o, optarg,
                              c == OPT_AGENTS  ? CLI_DICT_AGENTS
                              : c == OPT_VERBS ? CLI_DICT_VERBS
                                               : CLI_DICT_ACTORS);
            if (rc >= 0)
                return rc;
            break;
        }
        case 'q':
            o->quiet = 1;
            break;
        case 'j': {
            char *end;
            long n;
            errno = 0;
            n = strtol(optarg, &end, 10);
            if (errno || end == optarg || *end || n < 1 || n > READ_MAX_JOBS) {
                cli_err(cmd, "--jobs wants a number from 1 to %d, not '%s'",
                        READ_MAX_JOBS, optarg);
                return KG_EXIT_USAGE;
            }
            o->jobs = (size_t)n;
            break;
        }
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
        CLI_FILTER_CASES: {
            if (!is_build) {
                cli_err(cmd, "%s belongs to kg build, merge and export",
                        argv[optind - 1]);
                return KG_EXIT_USAGE;
            }
            if ((rc = cli_filter_option(cmd, c, optarg, o)) >= 0)
                return rc;
            break;
        }
        CLI_LIMIT_CASES: {
            if (c == CLI_OPT_MAX_EDGES && !is_build) {
                cli_err(cmd, "%s belongs to kg build and merge",
                        argv[optind - 1]);
                return KG_EXIT_USAGE;
            }
            if ((rc = cli_limit_option(cmd, c, optarg, o)) >= 0)
                return rc;
            break;
        }
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
    int strict;      /* --strict: a document over a limit fails the run */
    int graph_full;  /* the graph hit --max-graph-edges */
    int write_errno; /* extract, entities: why writing failed */
    const char *out_name;
    size_t bad_docs; /* skipped: unreadable, or over a size limit */
    size_t cut_docs; /* cut short by a mention or relation limit */
    kg_extract_stats stats;
    cli_pool *pool;  /* -j N > 1: documents go to worker threads */
    const char *date; /* --date, for the workers' readers */
    const cli_opts *opts; /* for the workers' ctxs */
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
    if (run->graph) {
        if ((err = kg_graph_add_relation(run->graph, r)) == KG_ELIMIT)
            run->graph_full = 1; /* fatal: a graph cut short is wrong */
        return err;
    }
    run->len = 0;
    if ((err = kg_relation_to_json(r, &run->line, &run->len, &run->cap)) < 0)
        return err;
    if (fwrite(run->line, 1, run->len, run->out) != run->len ||
        fputc('\n', run->out) == EOF) {
        run->write_errno = errno;
        return KG_EIO;
    }
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
        fputs("}\n", run->out) == EOF) {
        run->write_errno = errno;
        return KG_EIO;
    }
    return KG_OK;
}

/* "kg: CMD: where: msg", where is FILE:LINE for a corpus record (the
 * record's own id may not be unique) and the id otherwise. */
static void read_doc_err(const read_run *run, const kg_doc *doc,
                         const char *msg, const char *suffix)
{
    if (doc->line)
        cli_err(run->cmd, "%s:%zu: %s%s", doc->path, doc->line, msg, suffix);
    else
        cli_err(run->cmd, "%s: %s%s", doc->id, msg, suffix);
}

/* What the reader said about a document: bytes replaced, a part kept. */
static void read_doc_notes(read_run *run, const kg_doc *doc)
{
    if (doc->invalid_bytes) {
        char msg[64];
        snprintf(msg, sizeof(msg), "%zu invalid UTF-8 bytes replaced",
                 doc->invalid_bytes);
        read_doc_err(run, doc, msg, "");
    }
    if (doc->warning) { /* the reader kept only part of the document */
        read_doc_err(run, doc, doc->warning, "");
        run->cut_docs++;
    }
}

/* The end of a document with status err and the extracting ctx's message
 * msg: a limit is reported and the run goes on, another error ends it. */
static int read_doc_done(read_run *run, const kg_doc *doc, int err,
                         const char *msg)
{
    if (err == KG_ELIMIT && !run->graph_full && !run->strict) {
        /* a mention or relation limit: what came before it stays */
        read_doc_err(run, doc, msg, "");
        run->cut_docs += !doc->warning;
        return KG_OK;
    }
    if (err < 0) {
        if (err == KG_EIO && run->write_errno)
            cli_err(run->cmd, "%s: %s", run->out_name,
                    strerror(run->write_errno));
        else
            read_doc_err(run, doc, *msg ? msg : kg_strerror(err), "");
        run->status = err;
    }
    return err;
}

/* kg_line_cb with -j N > 1: a JSONL line goes to a worker unparsed, for
 * read_work to read. */
static int read_on_line(const char *path, size_t line, const char *text,
                        size_t len, void *payload)
{
    read_run *run = payload;
    return cli_pool_submit_line(run->pool, path, line, text, len);
}

static int read_on_doc(const kg_doc *doc, void *payload)
{
    read_run *run = payload;
    int err;
    if (run->pool) /* read_work and read_fold do the rest */
        return cli_pool_submit(run->pool, doc);
    run->doc = doc;
    read_doc_notes(run, doc);
    if (run->entities)
        err = kg_extract_mentions(run->ctx, doc, read_on_mention, run,
                                  &run->stats);
    else
        err = kg_extract_doc(run->ctx, doc, read_on_relation, run,
                             &run->stats);
    return read_doc_done(run, doc, err, kg_ctx_errmsg(run->ctx));
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

/* A copy of s in the job's arena (NULL stays NULL); *err becomes
 * KG_ENOMEM when memory runs out. */
static const char *read_keep_str(cli_job *job, const char *s, int *err)
{
    char *c;
    if (!s)
        return NULL;
    if (!(c = kg_arena_strndup(&job->arena, s, strlen(s))))
        *err = KG_ENOMEM;
    return c;
}

static void read_keep_entity(cli_job *job, kg_entity *e, int *err)
{
    e->id = read_keep_str(job, e->id, err);
    e->label = read_keep_str(job, e->label, err);
    e->type = read_keep_str(job, e->type, err);
    e->code = read_keep_str(job, e->code, err);
    e->country = read_keep_str(job, e->country, err);
    e->text = read_keep_str(job, e->text, err);
    e->unit = read_keep_str(job, e->unit, err);
}

/* build, in a worker: keep a deep copy of the relation (the record is
 * valid only during this call) for read_fold to add to the graph, the
 * same record one thread would have added, so the graph is the same. */
static int read_keep_relation(const kg_relation *r, void *payload)
{
    cli_job *job = payload;
    kg_relation *k;
    int err = KG_OK;

    if (job->nrels == job->caprels) {
        size_t nc = job->caprels ? job->caprels * 2 : 64;
        kg_relation *rels = realloc(job->rels, nc * sizeof(*rels));
        if (!rels)
            return KG_ENOMEM;
        job->rels = rels;
        job->caprels = nc;
    }
    k = &job->rels[job->nrels];
    *k = *r;
    k->doc = read_keep_str(job, r->doc, &err);
    k->text = read_keep_str(job, r->text, &err);
    k->date = read_keep_str(job, r->date, &err);
    k->type = read_keep_str(job, r->type, &err);
    k->label = read_keep_str(job, r->label, &err);
    k->rel_text = read_keep_str(job, r->rel_text, &err);
    k->cameo = read_keep_str(job, r->cameo, &err);
    k->modality = read_keep_str(job, r->modality, &err);
    read_keep_entity(job, &k->subject, &err);
    read_keep_entity(job, &k->object, &err);
    if (r->attributed_to) {
        kg_entity *a = kg_arena_alloc(&job->arena, sizeof(*a));
        if (!a)
            return KG_ENOMEM;
        *a = *r->attributed_to;
        read_keep_entity(job, a, &err);
        k->attributed_to = a;
    }
    if (err < 0)
        return err;
    job->nrels++;
    return KG_OK;
}

/* A worker's state while it extracts one batch. */
typedef struct read_worker {
    const read_run *run;
    kg_ctx *ctx;
    cli_job *job;
    cli_item *item; /* the one being extracted */
    read_run w;     /* extract, entities: what read_on_relation and
                       read_on_mention print with */
    FILE *mem;
    int keep_err;   /* a copy for read_fold failed (out of memory) */
} read_worker;

/* Extract one document into the batch's results; returns the status,
 * which read_fold reports. */
static int read_work_doc(read_worker *wk, const kg_doc *doc)
{
    cli_item *it = wk->item;
    cli_job *job = wk->job;
    int err;

    wk->w.doc = doc;
    it->rel_first = job->nrels;
    if (wk->w.entities)
        err = kg_extract_mentions(wk->ctx, doc, read_on_mention, &wk->w,
                                  &it->stats);
    else if (wk->run->graph)
        err = kg_extract_doc(wk->ctx, doc, read_keep_relation, job,
                             &it->stats);
    else
        err = kg_extract_doc(wk->ctx, doc, read_on_relation, &wk->w,
                             &it->stats);
    it->nrels = job->nrels - it->rel_first;
    /* a memory stream fails only for want of memory */
    if (err == KG_EIO && wk->w.write_errno)
        err = KG_ENOMEM;
    if (err < 0 &&
        !(it->errmsg = kg_arena_strndup(&job->arena, kg_ctx_errmsg(wk->ctx),
                                        strlen(kg_ctx_errmsg(wk->ctx)))))
        it->errmsg = "";
    it->err = err;
    return err;
}

/* kg_doc_cb for a JSONL line read in the worker: keep what read_fold
 * reports about the document (the record lives only during this call),
 * then extract it. */
static int read_work_line_doc(const kg_doc *doc, void *payload)
{
    read_worker *wk = payload;
    cli_item *it = wk->item;
    int err = KG_OK;

    it->has_doc = 1;
    it->doc.id = read_keep_str(wk->job, doc->id, &err);
    it->doc.warning = read_keep_str(wk->job, doc->warning, &err);
    it->doc.invalid_bytes = doc->invalid_bytes;
    if (err < 0) {
        wk->keep_err = 1;
        return err;
    }
    read_work_doc(wk, doc);
    return KG_OK; /* read_work stops on a fatal status in it->err */
}

/* kg_doc_error_cb for a JSONL line read in the worker: read_fold reports
 * it in input order. */
static void read_work_line_bad(const char *path, size_t line, int status,
                               const char *msg, void *payload)
{
    read_worker *wk = payload;
    int err = KG_OK;
    (void)path;
    (void)line;
    wk->item->bad_status = status;
    wk->item->bad = read_keep_str(wk->job, msg, &err);
    if (err < 0) {
        wk->item->bad = "out of memory";
        wk->keep_err = 1;
    }
}

/* A worker thread: read the batch's JSONL lines and extract its documents
 * with the worker's own ctx.  build keeps the relations as records
 * (read_keep_relation); extract and entities print them into a memory
 * buffer of JSONL, as one thread would print them. */
static void read_work(kg_ctx *ctx, cli_job *job, void *payload)
{
    read_worker wk;
    size_t i;

    memset(&wk, 0, sizeof(wk));
    wk.run = payload;
    wk.ctx = ctx;
    wk.job = job;
    wk.w.cmd = wk.run->cmd;
    wk.w.ctx = ctx;
    wk.w.entities = wk.run->entities;
    wk.w.out_name = wk.run->out_name;
    if (!wk.run->graph &&
        !(wk.mem = open_memstream(&job->out, &job->outlen))) {
        job->items[0].err = KG_ENOMEM;
        job->items[0].errmsg = "";
        job->nworked = 1;
        return;
    }
    wk.w.out = wk.mem;
    for (i = 0; i < job->nitems; i++) {
        cli_item *it = &job->items[i];
        int err;
        wk.item = it;
        if (!it->line) {
            err = read_work_doc(&wk, &it->doc);
        } else {
            err = kg_text_read_line(ctx, it->doc.path, it->doc.line,
                                    it->doc.text, it->doc.len, wk.run->date,
                                    read_work_line_doc, read_work_line_bad,
                                    &wk);
            if (err < 0 || wk.keep_err) { /* a fatal reading error */
                it->read_err = err < 0 ? err : KG_ENOMEM;
                it->errmsg = wk.keep_err ? "" : NULL;
                if (!it->errmsg &&
                    !(it->errmsg = kg_arena_strndup(
                          &job->arena, kg_ctx_errmsg(ctx),
                          strlen(kg_ctx_errmsg(ctx)))))
                    it->errmsg = "";
            }
            err = it->read_err < 0 ? it->read_err : it->err;
        }
        if (wk.mem && fflush(wk.mem) != 0 && err >= 0) {
            it->err = err = KG_ENOMEM;
            it->errmsg = "";
        }
        it->out_end = job->outlen;
        job->nworked = i + 1;
        if (err < 0 && err != KG_ELIMIT)
            break; /* fatal: read_fold stops here */
    }
    if (wk.mem && fclose(wk.mem) != 0 && job->nworked) {
        job->items[job->nworked - 1].err = KG_ENOMEM;
        job->items[job->nworked - 1].errmsg = "";
    }
    free(wk.w.line);
}

/* cli_ctx_fn: a worker's ctx, sharing the main thread's ontology (with
 * the dictionaries the options loaded into it). */
static int read_worker_ctx(kg_ctx **out, void *payload)
{
    const read_run *run = payload;
    if (kg_ctx__new_sharing(out, run->ctx) < 0) {
        cli_err(run->cmd, "%s", kg_strerror(KG_ENOMEM));
        kg_ctx_free(*out);
        *out = NULL;
        return KG_EXIT_FAIL;
    }
    return KG_EXIT_OK;
}

/* The main thread, in input order: report, count, and fold a worker's
 * output into the graph or onto the output, document by document. */
static int read_fold(cli_job *job, void *payload)
{
    read_run *run = payload;
    size_t i, k, out_from = 0;

    for (i = 0; i < job->nitems; i++) {
        const cli_item *it = &job->items[i];
        const char *msg = it->errmsg ? it->errmsg : "";
        int err = KG_OK;

        if (i >= job->nworked) /* the worker stopped before it */
            return read_doc_done(run, &it->doc, KG_ENOMEM, "");
        if (it->bad)
            read_on_error(it->doc.path, it->doc.line, it->bad_status,
                          it->bad, run);
        if (it->read_err < 0) { /* as read_main reports kg_text_read_path's */
            cli_err(run->cmd, "%s", *msg ? msg : kg_strerror(it->read_err));
            run->status = it->read_err;
            return it->read_err;
        }
        if (it->line && !it->has_doc)
            continue; /* blank, or bad and reported */
        read_doc_notes(run, &it->doc);
        run->stats.documents += it->stats.documents;
        run->stats.sentences += it->stats.sentences;
        run->stats.boilerplate += it->stats.boilerplate;
        run->stats.mentions += it->stats.mentions;
        run->stats.relations += it->stats.relations;
        if (run->graph) {
            for (k = 0; k < it->nrels; k++)
                if ((err = read_on_relation(&job->rels[it->rel_first + k],
                                            run)) < 0) {
                    msg = kg_ctx_errmsg(run->ctx);
                    break;
                }
        } else if (it->out_end > out_from &&
                   fwrite(job->out + out_from, 1, it->out_end - out_from,
                          run->out) != it->out_end - out_from) {
            run->write_errno = errno;
            err = KG_EIO;
        }
        out_from = it->out_end;
        if (err >= 0)
            err = it->err;
        if ((err = read_doc_done(run, &it->doc, err, msg)) < 0)
            return err;
    }
    return KG_OK;
}

/* Whether the error that stopped reading was reported already: by
 * read_doc_done or read_fold, or by a worker that could not make its ctx. */
static int read_reported(const read_run *run)
{
    return run->status || (run->pool && cli_pool_failed(run->pool));
}

/* The bytes of the inputs from optind on when all are regular files,
 * else 0 (unknown): a directory or stdin. */
static size_t read_input_bytes(int argc, char **argv)
{
    size_t total = 0;
    int i;
    for (i = optind; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0 || !S_ISREG(st.st_mode))
            return 0;
        total += (size_t)st.st_size;
    }
    return total;
}

static int read_main(const char *cmd, int mode, int argc, char **argv)
{
    int is_build = mode == READ_BUILD;
    cli_opts o;
    read_run run;
    kg_afile af;
    size_t jobs;
    int rc, i, err = KG_OK, have_af = 0;

    if ((rc = read_parse(cmd, mode, argc, argv, &o)) >= 0)
        return rc;
    memset(&run, 0, sizeof(run));
    run.entities = mode == READ_ENTITIES;
    run.unknown = o.unknown;
    memset(&af, 0, sizeof(af));
    run.cmd = cmd;
    run.date = o.date;
    run.opts = &o;
    run.strict = (o.flags & KG_OPT_STRICT) != 0;
    run.out_name = o.outfile && strcmp(o.outfile, "-") ? o.outfile : "stdout";
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
            cli_err(cmd, "cannot create %s: %s", o.outfile, strerror(errno));
            goto out;
        }
        have_af = 1;
        run.out = af.fp;
    } else {
        run.out = stdout;
    }
    /* --unknown counts names in the main thread: one thread */
    jobs = run.unknown ? 1 : o.jobs ? o.jobs : cli_default_jobs();
    if (jobs > 1) {
        if (cli_pool_new(&run.pool, jobs, read_worker_ctx, read_work,
                         read_fold, &run) < 0) {
            cli_err(cmd, "cannot start %zu threads", jobs);
            goto out;
        }
    }
    if (run.pool)
        cli_pool_expect(run.pool, read_input_bytes(argc, argv));
    for (i = optind; i < argc; i++) {
        err = kg_text_read_path_lines(run.ctx, argv[i], o.date, read_on_doc,
                                      read_on_error,
                                      run.pool ? read_on_line : NULL, &run);
        if (err < 0) {
            if (!read_reported(&run))
                cli_err(cmd, "%s", *kg_ctx_errmsg(run.ctx)
                                       ? kg_ctx_errmsg(run.ctx)
                                       : kg_strerror(err));
            goto out;
        }
    }
    if (run.pool && (err = cli_pool_finish(run.pool)) < 0) {
        if (!read_reported(&run))
            cli_err(cmd, "%s", kg_strerror(err));
        goto out;
    }
    if (run.unknown && unknown_print(&run.unknowns, run.out) < 0) {
        cli_err(cmd, "%s: %s", run.out_name, strerror(errno));
        goto out;
    }
    if (is_build) {
        rc = cli_write_graph(cmd, run.graph, &o);
    } else {
        if (have_af) {
            have_af = 0;
            if (kg_afile_commit(&af) < 0) {
                cli_err(cmd, "cannot write %s: %s", o.outfile,
                        strerror(errno));
                goto out;
            }
        } else if (fflush(stdout) != 0 || ferror(stdout)) {
            cli_err(cmd, "cannot write to stdout: %s", strerror(errno));
            goto out;
        }
        rc = KG_EXIT_OK;
    }
    if (!o.quiet)
        fprintf(stderr,
                "kg: %s: %zu documents, %zu sentences (%zu boilerplate), "
                "%zu mentions, %zu relations\n",
                cmd, run.stats.documents, run.stats.sentences,
                run.stats.boilerplate, run.stats.mentions,
                run.stats.relations);
out:
    /* the count of what was reported above, also with -q and on failure */
    if (run.bad_docs || run.cut_docs)
        fprintf(stderr, "kg: %s: %zu documents skipped, %zu cut short\n", cmd,
                run.bad_docs, run.cut_docs);
    cli_pool_free(run.pool);
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
