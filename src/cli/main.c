/*
 * main.c: the kg command table (libgit2's cli_cmds with tmux-style
 * designated initialisers).  Each command is a main-like function that
 * parses its own options and answers --help.
 */
#include <stdio.h>
#include <string.h>

#include "cli.h"

typedef struct kg_cli_cmd {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *desc;
} kg_cli_cmd;

static int cmd_help(int argc, char **argv);
static int cmd_version(int argc, char **argv);

static const kg_cli_cmd commands[] = {
    {.name = "build", .fn = cmd_build,
     .desc = "read articles and write their knowledge graph"},
    {.name = "extract", .fn = cmd_extract,
     .desc = "print the relations of articles as JSONL (map step)"},
    {.name = "entities", .fn = cmd_entities,
     .desc = "print the actor and value mentions of articles as JSONL"},
    {.name = "merge", .fn = cmd_merge,
     .desc = "merge `kg extract` output into graph files (reduce step)"},
    {.name = "export", .fn = cmd_export,
     .desc = "filter a saved graph and write it in other formats"},
    {.name = "help", .fn = cmd_help, .desc = "show help for a command"},
    {.name = "version", .fn = cmd_version, .desc = "print the version"},
};

#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void usage(FILE *fp)
{
    size_t i;
    fputs("usage: kg COMMAND [OPTIONS] [ARGS]\n\n"
          "kg turns news articles into a knowledge graph of who did what to "
          "whom.\n\nCommands:\n",
          fp);
    for (i = 0; i < NCOMMANDS; i++)
        fprintf(fp, "  %-9s %s\n", commands[i].name, commands[i].desc);
    fputs("\nRun `kg COMMAND --help` for the options of a command.\n"
          "Example: kg build examples/ -o output/\n",
          fp);
}

static const kg_cli_cmd *find(const char *name)
{
    size_t i;
    for (i = 0; i < NCOMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

static int cmd_help(int argc, char **argv)
{
    const kg_cli_cmd *c;
    char help[] = "--help";
    char *args[3];
    if (argc < 2) {
        usage(stdout);
        return KG_EXIT_OK;
    }
    if (!(c = find(argv[1])) || c->fn == cmd_help) {
        if (!c) {
            cli_err("help", "unknown command '%s'", argv[1]);
            return KG_EXIT_USAGE;
        }
        usage(stdout);
        return KG_EXIT_OK;
    }
    args[0] = argv[1];
    args[1] = help;
    args[2] = NULL;
    return c->fn(2, args);
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    printf("kg %s\n", KG_VERSION);
    return KG_EXIT_OK;
}

int main(int argc, char **argv)
{
    const kg_cli_cmd *c;
    int rc;

    if (argc < 2) {
        usage(stderr);
        return KG_EXIT_USAGE;
    }
    if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help")) {
        usage(stdout);
        return KG_EXIT_OK;
    }
    if (!strcmp(argv[1], "--version"))
        return cmd_version(0, NULL);
    if (!(c = find(argv[1]))) {
        fprintf(stderr, "kg: unknown command '%s'\n", argv[1]);
        usage(stderr);
        return KG_EXIT_USAGE;
    }
    kg_global_init();
    cli_signals_install();
    rc = c->fn(argc - 1, argv + 1);
    kg_global_shutdown();
    return rc;
}
