/*
 * cli.h: shared pieces of the kg command-line tool.  The CLI is the only
 * code that prints; messages read "kg: COMMAND: what".
 */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <stdio.h>

#include "kg/kg.h"

#include "../util/arena.h"

enum { KG_EXIT_OK = 0, KG_EXIT_FAIL = 1, KG_EXIT_USAGE = 2 };

/* Output formats of build, merge and export. */
#define KG_FMT_DOT 0x1u
#define KG_FMT_GRAPHML 0x2u
#define KG_FMT_JSONLD 0x4u
#define KG_FMT_SVG 0x8u
#define KG_FMT_GEXF 0x10u
#define KG_FMT_NEO4J 0x20u /* nodes.csv, relationships.csv, graph.cypher */
#define KG_FMT_JSONL 0x40u
#define KG_FMT_PNG 0x80u
#define KG_FMT_DEFAULT (KG_FMT_DOT | KG_FMT_GRAPHML | KG_FMT_JSONLD)
#define KG_FMT_NAMES "dot,graphml,jsonld,gexf,neo4j,jsonl,svg,png"

/* The filter options of build, merge and export (kg_filter): getopt codes,
 * long options, case labels and usage lines. */
enum {
    CLI_OPT_MIN_COUNT = 400,
    CLI_OPT_MIN_CONFIDENCE,
    CLI_OPT_RELATIONS,
    CLI_OPT_TYPES,
    CLI_OPT_SINCE,
    CLI_OPT_UNTIL,
    CLI_OPT_EGO,
    CLI_OPT_DEPTH,
    CLI_OPT_NO_NEGATED
};

/* Needs <getopt.h> where it is used. */
#define CLI_FILTER_LONGOPTS \
    {"min-count", required_argument, NULL, CLI_OPT_MIN_COUNT}, \
    {"min-confidence", required_argument, NULL, CLI_OPT_MIN_CONFIDENCE}, \
    {"relations", required_argument, NULL, CLI_OPT_RELATIONS}, \
    {"types", required_argument, NULL, CLI_OPT_TYPES}, \
    {"since", required_argument, NULL, CLI_OPT_SINCE}, \
    {"until", required_argument, NULL, CLI_OPT_UNTIL}, \
    {"ego", required_argument, NULL, CLI_OPT_EGO}, \
    {"depth", required_argument, NULL, CLI_OPT_DEPTH}, \
    {"no-negated", no_argument, NULL, CLI_OPT_NO_NEGATED}

#define CLI_FILTER_CASES \
    case CLI_OPT_MIN_COUNT: \
    case CLI_OPT_MIN_CONFIDENCE: \
    case CLI_OPT_RELATIONS: \
    case CLI_OPT_TYPES: \
    case CLI_OPT_SINCE: \
    case CLI_OPT_UNTIL: \
    case CLI_OPT_EGO: \
    case CLI_OPT_DEPTH: \
    case CLI_OPT_NO_NEGATED

#define CLI_FILTER_USAGE \
    "Filters (applied to the graph before it is written):\n" \
    "      --min-count N    keep edges read at least N times\n" \
    "      --min-confidence X  drop mentions below confidence X (0..1)\n" \
    "      --relations LIST keep these relation types (block,accuse,...)\n" \
    "      --types LIST     keep nodes of these types (Country,Person,...)\n" \
    "      --since DATE     drop mentions before DATE (YYYY[-MM[-DD]])\n" \
    "      --until DATE     drop mentions after DATE (both inclusive)\n" \
    "                       (with --since or --until, undated mentions go)\n" \
    "      --ego ENTITY     keep the network around ENTITY (id, name or\n" \
    "                       alias)\n" \
    "      --depth N        ego radius in edges (default 1)\n" \
    "      --no-negated     drop negated relations\n" \
    "Nodes left without edges are dropped (the ego stays).\n"

/* The limit options (kg_limits) of build, extract, entities and merge,
 * in the same shape as the filter options. */
enum {
    CLI_OPT_MAX_DOC_BYTES = 500,
    CLI_OPT_MAX_MENTIONS,
    CLI_OPT_MAX_RELATIONS,
    CLI_OPT_MAX_EDGES,
    CLI_OPT_PARSE_TIMEOUT
};

#define CLI_LIMIT_LONGOPTS \
    {"max-doc-bytes", required_argument, NULL, CLI_OPT_MAX_DOC_BYTES}, \
    {"max-mentions-per-doc", required_argument, NULL, CLI_OPT_MAX_MENTIONS}, \
    {"max-relations-per-doc", required_argument, NULL, \
     CLI_OPT_MAX_RELATIONS}, \
    {"max-graph-edges", required_argument, NULL, CLI_OPT_MAX_EDGES}, \
    {"parse-timeout", required_argument, NULL, CLI_OPT_PARSE_TIMEOUT}

#define CLI_LIMIT_CASES \
    case CLI_OPT_MAX_DOC_BYTES: \
    case CLI_OPT_MAX_MENTIONS: \
    case CLI_OPT_MAX_RELATIONS: \
    case CLI_OPT_MAX_EDGES: \
    case CLI_OPT_PARSE_TIMEOUT

#define CLI_LIMIT_USAGE \
    "Limits (N may end in K, M or G, times 1024; a document over a limit\n" \
    "is reported and skipped, or ends the run with --strict):\n" \
    "      --max-doc-bytes N          bytes of one document: a file, stdin\n" \
    "                                 or a JSONL line (default 64M)\n" \
    "      --max-mentions-per-doc N   entity and value mentions of one\n" \
    "                                 document (default 1000000)\n" \
    "      --max-relations-per-doc N  relations of one document (default\n" \
    "                                 100000)\n" \
    "      --parse-timeout SECONDS    deep parser budget per sentence\n" \
    "                                 (--parser deep or auto; default 1)\n"

#define CLI_LIMIT_GRAPH_USAGE \
    "      --max-graph-edges N        edges of the graph; more fails the\n" \
    "                                 run (default 5000000)\n"

/* Kinds of PETRARCH dictionary: --actors, --agents, --verbs. */
enum cli_dict_kind { CLI_DICT_ACTORS, CLI_DICT_AGENTS, CLI_DICT_VERBS };

/* A PETRARCH dictionary given with --actors, --agents or --verbs. */
typedef struct cli_dict {
    const char *path;
    enum cli_dict_kind kind;
} cli_dict;

#define CLI_MAX_DICTS 64

/* Options shared by the commands that read articles or write graphs. */
typedef struct cli_opts {
    const char *outdir;   /* build, merge */
    const char *outfile;  /* extract */
    unsigned formats;
    const char *date;
    const char *ontology;
    unsigned flags;       /* KG_OPT_* */
    int quiet;
    int unknown;          /* entities: report unknown names instead */
    cli_dict dicts[CLI_MAX_DICTS]; /* loaded in command-line order */
    size_t ndicts;
    kg_filter filter;     /* build, merge, export */
    int filtering;        /* a filter option was given */
    kg_limits limits;     /* version 0: the defaults (no limit option) */
    size_t jobs;          /* build, extract, entities: -j (0: the cores) */
} cli_opts;

/* Per-document parallelism (pool.c): documents go to worker threads in
 * batches, each worker with its own kg_ctx, and come back folded in input
 * order. */
typedef struct cli_item {
    kg_doc doc;              /* a deep copy of the reader's record; for a
                                line, its path, line and (in text) bytes */
    int line;                /* a JSONL line, for the worker to read */
    int has_doc;             /* line: it held a document (else blank or bad) */
    const char *bad;         /* line: why the reader skipped it, or NULL */
    int bad_status;          /* line: the status that came with bad */
    int read_err;            /* line: the reader's fatal status (--strict) */
    kg_extract_stats stats;  /* this document's counts */
    int err;                 /* the extraction's status */
    const char *errmsg;      /* the worker ctx's message when err < 0 or
                                read_err < 0 */
    size_t rel_first, nrels; /* build: its relations in cli_job.rels */
    size_t out_end;          /* extract, entities: its text ends here in out */
} cli_item;
typedef struct cli_job {
    cli_item *items;         /* the batch, in input order */
    size_t nitems, capitems;
    size_t nworked;          /* items the worker got to (a fatal error stops it) */
    size_t bytes;            /* text bytes of the items */
    kg_arena in;             /* the items' documents (filled by the reader) */
    kg_arena arena;          /* what the worker keeps: relations' strings, messages */
    kg_relation *rels;       /* build: the relations, deep copies in arena */
    size_t nrels, caprels;
    char *out;               /* extract, entities: the worker's JSONL, malloc'd */
    size_t outlen;
    int done;                /* pool.c: the worker finished */
} cli_job;
typedef struct cli_pool cli_pool;
/* Runs in a worker thread, with that worker's ctx. */
typedef void (*cli_job_fn)(kg_ctx *ctx, cli_job *job, void *payload);
/* Runs in the calling thread, one job at a time, in input order. */
typedef int (*cli_fold_fn)(cli_job *job, void *payload);
/* Makes a worker's ctx, in the worker's thread; returns KG_EXIT_OK, or
 * another exit code after reporting why. */
typedef int (*cli_ctx_fn)(kg_ctx **out, void *payload);
/* Start n threads; each makes its own ctx with make_ctx first, so the
 * workers load their ontologies at the same time, while the caller reads. */
int cli_pool_new(cli_pool **out, size_t n, cli_ctx_fn make_ctx,
                 cli_job_fn work, cli_fold_fn fold, void *payload);
/* Copy doc into the batch being filled, handing the batch to the workers
 * when it is big enough and folding finished jobs first (blocking while
 * the queue is full); returns the first error of fold. */
int cli_pool_submit(cli_pool *p, const kg_doc *doc);
/* The same for one JSONL line (kg_line_cb), which the worker reads. */
int cli_pool_submit_line(cli_pool *p, const char *path, size_t line,
                         const char *text, size_t len);
/* The input's size in bytes (0: unknown), so that the last batches can be
 * smaller. */
void cli_pool_expect(cli_pool *p, size_t bytes);
/* Hand over the last batch, wait for every queued job and fold it. */
int cli_pool_finish(cli_pool *p);
/* 1 when a worker could not make its ctx (make_ctx reported why); submit
 * and finish then return KG_ERROR. */
int cli_pool_failed(cli_pool *p);
/* Stop the threads; jobs not started are dropped. */
void cli_pool_free(cli_pool *p);
/* The -j default: the cores online. */
size_t cli_default_jobs(void);

int cmd_build(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_entities(int argc, char **argv);
int cmd_export(int argc, char **argv);

/* Zero *o and set the defaults of build, extract, entities, merge and
 * export (output folder "output", KG_FMT_DEFAULT, no filter); call once,
 * before parsing. */
void cli_opts_init(cli_opts *o);

/* Apply -f/--format's argument arg to o->formats; returns -1 to go on,
 * or KG_EXIT_USAGE after a message. */
int cli_format_option(const char *cmd, const char *arg, cli_opts *o);

/* Apply filter option c (one of CLI_FILTER_CASES) with argument arg;
 * returns -1 to go on, or KG_EXIT_USAGE after a message. */
int cli_filter_option(const char *cmd, int c, const char *arg, cli_opts *o);

/* Remove temporary outputs on SIGINT, SIGTERM, SIGHUP and SIGQUIT, then
 * die by the signal; ignore SIGXFSZ so an oversized write fails with EFBIG
 * (signals.c). */
void cli_signals_install(void);

/* Apply limit option c (one of CLI_LIMIT_CASES) with argument arg;
 * returns -1 to go on, or KG_EXIT_USAGE after a message. */
int cli_limit_option(const char *cmd, int c, const char *arg, cli_opts *o);

/* Print "kg: cmd: message" to stderr. */
void cli_err(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Parse "dot,graphml,..." into *out; returns 0 or -1 (unknown name). */
int cli_parse_formats(const char *s, unsigned *out);

/* Validate YYYY-MM-DD. */
int cli_valid_date(const char *s);

/* Remember an --actors, --agents or --verbs FILE; returns -1 to go on,
 * or an exit code (too many). */
int cli_add_dict(const char *cmd, cli_opts *o, const char *path,
                 enum cli_dict_kind kind);

/* Create the context and load the dictionaries of o, printing the reason
 * on failure ("kg: CMD: FILE:LINE: what"). */
int cli_ctx(const char *cmd, const cli_opts *o, kg_ctx **out);

/* Finalize g, filter it when o asks for it, mkdir -p outdir, then write
 * every requested format.  Returns an exit code. */
int cli_write_graph(const char *cmd, kg_graph *g, const cli_opts *o);

#endif
