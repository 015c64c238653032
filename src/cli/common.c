/* common.c: helpers shared by the CLI commands. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void cli_err(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "kg: %s: ", cmd);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

int cli_parse_formats(const char *s, unsigned *out)
{
    static const struct {
        const char *name;
        unsigned bit;
    } names[] = {{"dot", KG_FMT_DOT},
                 {"graphml", KG_FMT_GRAPHML},
                 {"jsonld", KG_FMT_JSONLD},
                 {"svg", KG_FMT_SVG}};
    unsigned f = 0;
    while (*s) {
        const char *comma = strchr(s, ',');
        size_t n = comma ? (size_t)(comma - s) : strlen(s), i;
        int found = 0;
        for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
            if (strlen(names[i].name) == n && !strncmp(s, names[i].name, n)) {
                f |= names[i].bit;
                found = 1;
            }
        }
        if (!found && n)
            return -1;
        s = comma ? comma + 1 : s + n;
    }
    if (!f)
        return -1;
    *out = f;
    return 0;
}

int cli_valid_date(const char *s)
{
    size_t i;
    int m, d;
    if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int cli_add_dict(const char *cmd, cli_opts *o, const char *path, int agents)
{
    if (o->ndicts == CLI_MAX_DICTS) {
        cli_err(cmd, "more than %d dictionaries", CLI_MAX_DICTS);
        return KG_EXIT_USAGE;
    }
    o->dicts[o->ndicts].path = path;
    o->dicts[o->ndicts].agents = agents;
    o->ndicts++;
    return -1;
}

int cli_ctx(const char *cmd, const cli_opts *o, kg_ctx **out)
{
    kg_options opts = KG_OPTIONS_INIT;
    size_t i;
    int err;
    opts.ontology_dir = o->ontology;
    opts.flags = o->flags;
    err = kg_ctx_new(out, &opts);
    if (err < 0) {
        cli_err(cmd, "cannot load the ontology: %s",
                *out && *kg_ctx_errmsg(*out) ? kg_ctx_errmsg(*out)
                                             : kg_strerror(err));
        goto fail;
    }
    for (i = 0; i < o->ndicts; i++) {
        const cli_dict *d = &o->dicts[i];
        err = d->agents ? kg_ctx_load_agents(*out, d->path)
                        : kg_ctx_load_actors(*out, d->path);
        if (err < 0) {
            /* the message names the file, and the line when it has one */
            cli_err(cmd, "%s", *kg_ctx_errmsg(*out) ? kg_ctx_errmsg(*out)
                                                    : kg_strerror(err));
            goto fail;
        }
    }
    return KG_EXIT_OK;
fail:
    kg_ctx_free(*out);
    *out = NULL;
    return KG_EXIT_FAIL;
}

static int cli_mkdirs(const char *dir)
{
    char path[4096];
    size_t n = strlen(dir), i;
    struct stat st;
    if (n == 0 || n >= sizeof(path))
        return -1;
    memcpy(path, dir, n + 1);
    for (i = 1; i <= n; i++) {
        if (path[i] == '/' || path[i] == '\0') {
            char c = path[i];
            path[i] = '\0';
            if (mkdir(path, 0777) != 0 && errno != EEXIST)
                return -1;
            path[i] = c;
        }
    }
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
        errno = ENOTDIR;
        return -1;
    }
    return 0;
}

int cli_write_graph(const char *cmd, kg_graph *g, const cli_opts *o)
{
    static const struct {
        unsigned bit;
        const char *file;
        int (*fn)(const kg_graph *, const char *);
    } writers[] = {{KG_FMT_DOT, "graph.dot", kg_export_dot},
                   {KG_FMT_GRAPHML, "graph.graphml", kg_export_graphml},
                   {KG_FMT_JSONLD, "graph.jsonld", kg_export_jsonld},
                   {KG_FMT_SVG, "graph.svg", kg_export_svg}};
    char path[4096];
    size_t i;
    int err;

    if ((err = kg_graph_finalize(g)) < 0) {
        cli_err(cmd, "%s", kg_ctx_errmsg(kg_graph_ctx(g)));
        return KG_EXIT_FAIL;
    }
    if (cli_mkdirs(o->outdir) != 0) {
        cli_err(cmd, "%s: %s", o->outdir, strerror(errno));
        return KG_EXIT_FAIL;
    }
    for (i = 0; i < sizeof(writers) / sizeof(writers[0]); i++) {
        if (!(o->formats & writers[i].bit))
            continue;
        if (snprintf(path, sizeof(path), "%s/%s", o->outdir,
                     writers[i].file) >= (int)sizeof(path)) {
            cli_err(cmd, "%s: path too long", o->outdir);
            return KG_EXIT_FAIL;
        }
        if ((err = writers[i].fn(g, path)) < 0) {
            /* the writers' messages name the file already */
            cli_err(cmd, "%s", kg_ctx_errmsg(kg_graph_ctx(g)));
            return KG_EXIT_FAIL;
        }
    }
    if (!o->quiet)
        fprintf(stderr, "kg: %s: %zu nodes, %zu edges -> %s/\n", cmd,
                kg_graph_node_count(g), kg_graph_edge_count(g), o->outdir);
    return KG_EXIT_OK;
}
