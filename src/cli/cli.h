/*
 * cli.h: shared pieces of the kg command-line tool.  The CLI is the only
 * code that prints; messages read "kg: COMMAND: what".
 */
#ifndef KG_CLI_H
#define KG_CLI_H

#include <stdio.h>

#include "kg/kg.h"

enum { KG_EXIT_OK = 0, KG_EXIT_FAIL = 1, KG_EXIT_USAGE = 2 };

/* Output formats of build and merge. */
#define KG_FMT_DOT 0x1u
#define KG_FMT_GRAPHML 0x2u
#define KG_FMT_JSONLD 0x4u
#define KG_FMT_SVG 0x8u
#define KG_FMT_DEFAULT (KG_FMT_DOT | KG_FMT_GRAPHML | KG_FMT_JSONLD)

/* A PETRARCH dictionary given with --actors or --agents. */
typedef struct cli_dict {
    const char *path;
    int agents; /* 0: .actors, 1: .agents */
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
} cli_opts;

int cmd_build(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_merge(int argc, char **argv);
int cmd_entities(int argc, char **argv);

/* Print "kg: cmd: message" to stderr. */
void cli_err(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Parse "dot,graphml,..." into *out; returns 0 or -1 (unknown name). */
int cli_parse_formats(const char *s, unsigned *out);

/* Validate YYYY-MM-DD. */
int cli_valid_date(const char *s);

/* Remember a --actors / --agents FILE; returns -1 to go on, or an exit
 * code (too many). */
int cli_add_dict(const char *cmd, cli_opts *o, const char *path, int agents);

/* Create the context and load the dictionaries of o, printing the reason
 * on failure ("kg: CMD: FILE:LINE: what"). */
int cli_ctx(const char *cmd, const cli_opts *o, kg_ctx **out);

/* mkdir -p outdir, then write every requested format of g.  Returns an
 * exit code. */
int cli_write_graph(const char *cmd, kg_graph *g, const cli_opts *o);

#endif
