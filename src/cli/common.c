/* common.c: helpers shared by the CLI commands. */
#include "cli.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../core/ctx_internal.h"
#include "../graph/graph_internal.h"
#include "../util/atomic.h"

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
    } names[] = {{"dot", KG_FMT_DOT},     {"graphml", KG_FMT_GRAPHML},
                 {"jsonld", KG_FMT_JSONLD}, {"gexf", KG_FMT_GEXF},
                 {"neo4j", KG_FMT_NEO4J}, {"jsonl", KG_FMT_JSONL},
                 {"svg", KG_FMT_SVG},     {"png", KG_FMT_PNG}};
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

/* YYYY, YYYY-MM or YYYY-MM-DD. */
static int cli_valid_date_prefix(const char *s)
{
    char full[11];
    size_t n = strlen(s);

    if (n == 10)
        return cli_valid_date(s);
    if (n != 4 && n != 7)
        return 0;
    memcpy(full, "0000-01-01", sizeof(full));
    memcpy(full, s, n);
    return cli_valid_date(full);
}

int cli_format_option(const char *cmd, const char *arg, cli_opts *o)
{
    if (cli_parse_formats(arg, &o->formats) < 0) {
        cli_err(cmd, "unknown format in '%s' (%s)", arg, KG_FMT_NAMES);
        return KG_EXIT_USAGE;
    }
    return -1;
}

void cli_opts_init(cli_opts *o)
{
    kg_filter f = KG_FILTER_INIT;

    memset(o, 0, sizeof(*o));
    o->outdir = "output";
    o->formats = KG_FMT_DEFAULT;

    o->filter = f;
    o->filtering = 0;
}

int cli_filter_option(const char *cmd, int c, const char *arg, cli_opts *o)
{
    kg_filter *f = &o->filter;
    char *end = NULL;

    o->filtering = 1;
    errno = 0;
    switch (c) {
    case CLI_OPT_MIN_COUNT:
    case CLI_OPT_DEPTH: {
        long v = strtol(arg, &end, 10);
        if (errno || end == arg || *end || v < 0 || v > 1000000000L) {
            cli_err(cmd, "--%s wants a whole number >= 0, not '%s'",
                    c == CLI_OPT_DEPTH ? "depth" : "min-count", arg);
            return KG_EXIT_USAGE;
        }
        if (c == CLI_OPT_DEPTH)
            f->depth = (unsigned)v;
        else
            f->min_count = (size_t)v;
        return -1;
    }
    case CLI_OPT_MIN_CONFIDENCE:
        f->min_confidence = strtod(arg, &end);
        if (errno || end == arg || *end || !(f->min_confidence >= 0) ||
            f->min_confidence > 1) {
            cli_err(cmd, "--min-confidence wants a number from 0 to 1, not "
                         "'%s'",
                    arg);
            return KG_EXIT_USAGE;
        }
        return -1;
    case CLI_OPT_RELATIONS:
        f->relations = arg;
        return -1;
    case CLI_OPT_TYPES:
        f->types = arg;
        return -1;
    case CLI_OPT_SINCE:
    case CLI_OPT_UNTIL:
        if (!cli_valid_date_prefix(arg)) {
            cli_err(cmd, "--%s wants YYYY, YYYY-MM or YYYY-MM-DD, not '%s'",
                    c == CLI_OPT_SINCE ? "since" : "until", arg);
            return KG_EXIT_USAGE;
        }
        if (c == CLI_OPT_SINCE)
            f->since = arg;
        else
            f->until = arg;
        return -1;
    case CLI_OPT_EGO:
        f->ego = arg;
        return -1;
    case CLI_OPT_NO_NEGATED:
        f->no_negated = 1;
        return -1;
    default:
        cli_err(cmd, "unknown filter option");
        return KG_EXIT_USAGE;
    }
}

int cli_add_dict(const char *cmd, cli_opts *o, const char *path,
                 enum cli_dict_kind kind)
{
    if (o->ndicts == CLI_MAX_DICTS) {
        cli_err(cmd, "more than %d dictionaries", CLI_MAX_DICTS);
        return KG_EXIT_USAGE;
    }
    o->dicts[o->ndicts].path = path;
    o->dicts[o->ndicts].kind = kind;
    o->ndicts++;
    return -1;
}

int cli_limit_option(const char *cmd, int c, const char *arg, cli_opts *o)
{
    static const char *const names[] = {
        "--max-doc-bytes", "--max-mentions-per-doc",
        "--max-relations-per-doc", "--max-graph-edges", "--parse-timeout"};
    const char *name = names[c - CLI_OPT_MAX_DOC_BYTES];
    unsigned long long v;
    char *end;
    int shift = 0;

    if (o->limits.version == 0) {
        kg_limits def = KG_LIMITS_INIT;
        o->limits = def;
    }
    errno = 0;
    v = strtoull(arg, &end, 10);
    if (*end == 'K' || *end == 'k')
        shift = 10;
    else if (*end == 'M' || *end == 'm')
        shift = 20;
    else if (*end == 'G' || *end == 'g')
        shift = 30;
    if (shift)
        end++;
    if (errno || end == arg || *end || arg[0] == '-' || v == 0 ||
        v > (SIZE_MAX >> shift)) {
        cli_err(cmd, "%s wants a number above 0, not '%s'", name, arg);
        return KG_EXIT_USAGE;
    }
    v <<= shift;
    switch (c) {
    case CLI_OPT_MAX_DOC_BYTES:
        if (v > KG_MAX_DOC_BYTES) {
            cli_err(cmd, "%s: at most %zuM", name, KG_MAX_DOC_BYTES >> 20);
            return KG_EXIT_USAGE;
        }
        o->limits.max_doc_bytes = (size_t)v;
        break;
    case CLI_OPT_MAX_MENTIONS:
        o->limits.max_mentions_per_doc = (size_t)v;
        break;
    case CLI_OPT_MAX_RELATIONS:
        o->limits.max_relations_per_doc = (size_t)v;
        break;
    case CLI_OPT_PARSE_TIMEOUT:
        if (shift || v > 3600) {
            cli_err(cmd, "%s wants seconds, 1 to 3600", name);
            return KG_EXIT_USAGE;
        }
        o->limits.parse_seconds = (unsigned)v;
        break;
    default:
        o->limits.max_graph_edges = (size_t)v;
        break;
    }
    return -1;
}

int cli_ctx(const char *cmd, const cli_opts *o, kg_ctx **out)
{
    kg_options opts = KG_OPTIONS_INIT;
    size_t i, jobs = o->jobs ? o->jobs : cli_default_jobs();
    int err;
    opts.ontology_dir = o->ontology;
    opts.flags = o->flags;
    /* the ontology is most of a run's serial start: with -j above 1 it
     * loads in two threads */
    err = kg_ctx__new_threads(out, &opts, jobs > 1 ? 2 : 1);
    if (err < 0) {
        cli_err(cmd, "cannot load the ontology: %s",
                *out && *kg_ctx_errmsg(*out) ? kg_ctx_errmsg(*out)
                                             : kg_strerror(err));
        goto fail;
    }
    if (o->limits.version && (err = kg_ctx_set_limits(*out, &o->limits)) < 0) {
        cli_err(cmd, "%s", kg_ctx_errmsg(*out));
        goto fail;
    }
    for (i = 0; i < o->ndicts; i++) {
        const cli_dict *d = &o->dicts[i];
        err = d->kind == CLI_DICT_AGENTS  ? kg_ctx_load_agents(*out, d->path)
              : d->kind == CLI_DICT_VERBS ? kg_ctx_load_verbs(*out, d->path)
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
    } writers[] = {
        {KG_FMT_DOT, "graph.dot", kg_export_dot},
        {KG_FMT_GRAPHML, "graph.graphml", kg_export_graphml},
        {KG_FMT_JSONLD, "graph.jsonld", kg_export_jsonld},
        {KG_FMT_GEXF, "graph.gexf", kg_export_gexf},
        {KG_FMT_NEO4J, "nodes.csv", kg_export_neo4j_nodes},
        {KG_FMT_NEO4J, "relationships.csv", kg_export_neo4j_relationships},
        {KG_FMT_NEO4J, "graph.cypher", kg_export_cypher},
        {KG_FMT_JSONL, "graph.jsonl", kg_export_jsonl},
        {KG_FMT_SVG, "graph.svg", kg_export_svg},
        {KG_FMT_PNG, "graph.png", kg_export_png}};
    kg_graph *filtered = NULL;
    char path[4096];
    size_t i, jobs = o->jobs ? o->jobs : cli_default_jobs();
    int err, rc = KG_EXIT_FAIL;
    /* With a core to spare, the node metrics are computed in another
     * thread while the GraphML writer renders the edges (written first
     * below, it waits for them before the nodes); the other writers wait
     * for the whole finalize. */
    int ahead = jobs > 1 && !o->filtering && (o->formats & KG_FMT_GRAPHML);

    if ((err = ahead ? kg_graph__finalize_start(g) : kg_graph_finalize(g)) <
        0) {
        cli_err(cmd, "%s", kg_ctx_errmsg(kg_graph_ctx(g)));
        return KG_EXIT_FAIL;
    }
    if (o->filtering) {
        if ((err = kg_graph_filter(&filtered, g, &o->filter)) < 0) {
            cli_err(cmd, "%s", *kg_ctx_errmsg(kg_graph_ctx(g))
                                   ? kg_ctx_errmsg(kg_graph_ctx(g))
                                   : kg_strerror(err));
            return KG_EXIT_FAIL;
        }
        g = filtered;
    }
    if (cli_mkdirs(o->outdir) != 0) {
        cli_err(cmd, "%s: %s", o->outdir, strerror(errno));
        goto out;
    }
    /* every file is written as a temporary first and all are renamed
     * together at the end, so a failed run (a full disk, Ctrl-C) leaves
     * the previous outputs untouched, not a mix of old and new */
    kg_afile__defer();
    if (ahead) {
        if (snprintf(path, sizeof(path), "%s/graph.graphml", o->outdir) >=
            (int)sizeof(path)) {
            cli_err(cmd, "%s: path too long", o->outdir);
            goto out;
        }
        if ((err = kg_export_graphml(g, path)) < 0 ||
            (err = kg_graph_finalize(g)) < 0) {
            cli_err(cmd, "%s", kg_ctx_errmsg(kg_graph_ctx(g)));
            goto out;
        }
    }
    for (i = 0; i < sizeof(writers) / sizeof(writers[0]); i++) {
        if (!(o->formats & writers[i].bit) ||
            (ahead && writers[i].bit == KG_FMT_GRAPHML))
            continue;
        if (snprintf(path, sizeof(path), "%s/%s", o->outdir,
                     writers[i].file) >= (int)sizeof(path)) {
            cli_err(cmd, "%s: path too long", o->outdir);
            goto out;
        }
        if ((err = writers[i].fn(g, path)) < 0) {
            /* the writers' messages name the file already */
            cli_err(cmd, "%s", kg_ctx_errmsg(kg_graph_ctx(g)));
            goto out;
        }
    }
    if (kg_afile__finish(1) < 0) {
        cli_err(cmd, "%s: cannot rename into place: %s", o->outdir,
                strerror(errno));
        goto out;
    }
    if (!o->quiet) {
        size_t n = strlen(o->outdir);
        fprintf(stderr, "kg: %s: %zu nodes, %zu edges -> %s%s\n", cmd,
                kg_graph_node_count(g), kg_graph_edge_count(g), o->outdir,
                n && o->outdir[n - 1] == '/' ? "" : "/");
    }
    rc = KG_EXIT_OK;
out:
    kg_afile__finish(0); /* after a failure: remove what was written */
    kg_graph_free(filtered);
    return rc;
}
