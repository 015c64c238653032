/*
 * filter.c: kg_graph_filter, a new graph made of the part of a finalized
 * graph that passes a kg_filter (see graph.h for the order of the steps).
 *
 * The new graph is built like a read-back graph: kept nodes are copied with
 * kg_graph__put_node and kept edges with their kept mentions with
 * kg_graph__put_edge, in the source graph's canonical order, and then
 * finalized, which recomputes counts, weights, dates, mentions, metrics
 * and communities from what was kept.  Nothing depends on hash order, so
 * the same graph and filter always give the same result.
 */
#include "graph_internal.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../util/buf.h"
#include "../util/utf8.h"

/* ASCII case-insensitive equality of s and t[0..n). */
static int filter_eq(const char *s, const char *t, size_t n)
{
    size_t i;

    for (i = 0; i < n; i++) {
        char a = s[i], b = t[i];
        if (a >= 'A' && a <= 'Z')
            a = (char)(a - 'A' + 'a');
        if (b >= 'A' && b <= 'Z')
            b = (char)(b - 'A' + 'a');
        if (a != b || a == '\0')
            return 0;
    }
    return s[n] == '\0';
}

/* Is s one of the comma-separated words of list (spaces around a word
 * ignored, ASCII case ignored)?  A NULL list holds everything. */
static int filter_in_list(const char *list, const char *s)
{
    const char *p = list;

    if (!list)
        return 1;
    if (!s)
        return 0;
    while (*p) {
        const char *q = strchr(p, ',');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        const char *a = p, *b = p + len;
        while (a < b && *a == ' ')
            a++;
        while (b > a && b[-1] == ' ')
            b--;
        if (b > a && filter_eq(s, a, (size_t)(b - a)))
            return 1;
        p += len;
        if (*p == ',')
            p++;
    }
    return 0;
}

/* Date d within [since, until], each compared on its own length, so
 * "2023-05" as until keeps all of May.  Undated mentions pass only when
 * no range is set. */
static int filter_in_range(const kg_filter *f, const char *d)
{
    if (!f->since && !f->until)
        return 1;
    if (!d)
        return 0;
    if (f->since && strncmp(d, f->since, strlen(f->since)) < 0)
        return 0;
    if (f->until && strncmp(d, f->until, strlen(f->until)) > 0)
        return 0;
    return 1;
}

/* Does mention p pass the confidence and date filters? */
static int filter_keeps(const kg_filter *f, const kg_provenance *p)
{
    return (f->min_confidence <= 0 || p->confidence >= f->min_confidence) &&
           filter_in_range(f, p->date);
}

/* Folded form of s[0..n) into b (cleared first), with every run of
 * spaces, tabs and line breaks as one space and none at the ends, so
 * "Jean-Luc Picard" finds a name written over two lines. */
static int filter_fold(kg_buf *b, const char *s, size_t n)
{
    kg_buf flat = KG_BUF_INIT;
    size_t i;
    int err = KG_OK, space = 0;

    for (i = 0; i < n && err == KG_OK; i++) {
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
            space = flat.len > 0;
            continue;
        }
        if (space && (err = kg_buf_putc(&flat, ' ')) < 0)
            break;
        space = 0;
        err = kg_buf_putc(&flat, s[i]);
    }
    kg_buf_clear(b);
    if (err == KG_OK)
        err = kg_utf8_fold(flat.ptr ? flat.ptr : "", flat.len, b);
    kg_buf_dispose(&flat);
    return err;
}

/*
 * Mark the nodes that name ego in is_ego: the node with that id; else those
 * whose label folds to the same key; else those with such an alias.
 * Returns KG_OK, KG_ENOMEM or KG_ENOTFOUND.
 */
static int
filter_find_ego(const kg_graph *g, const char *ego, unsigned char *is_ego)
{
    size_t i, n = kg_graph_node_count(g), found = 0;
    kg_buf key = KG_BUF_INIT, tmp = KG_BUF_INIT;
    int pass, err = KG_OK;

    for (i = 0; i < n; i++)
        if (strcmp(kg_graph_node(g, i)->id, ego) == 0) {
            is_ego[i] = 1;
            return KG_OK;
        }
    if ((err = filter_fold(&key, ego, strlen(ego))) < 0)
        goto out;
    for (pass = 0; pass < 2 && !found; pass++) {
        for (i = 0; i < n; i++) {
            const kg_node *nd = kg_graph_node(g, i);
            const char *p = pass == 0 ? nd->label : nd->aliases;
            while (p && *p) {
                const char *q = pass == 0 ? NULL : strchr(p, ';');
                size_t len = q ? (size_t)(q - p) : strlen(p);
                if ((err = filter_fold(&tmp, p, len)) < 0)
                    goto out;
                if (key.len == tmp.len && key.len > 0 &&
                    memcmp(key.ptr, tmp.ptr, key.len) == 0) {
                    is_ego[i] = 1;
                    found++;
                    break;
                }
                p += len;
                if (*p == ';')
                    p++;
            }
        }
    }
    if (!found)
        err = KG_ENOTFOUND;
out:
    kg_buf_dispose(&key);
    kg_buf_dispose(&tmp);
    return err;
}

/*
 * Keep only the edges whose ends are both within depth edges of an ego
 * node, over the edges still kept (either direction).  dist is n entries.
 */
static int filter_ego(const kg_graph *g,
                      const unsigned char *is_ego,
                      unsigned depth,
                      unsigned char *keep_edge)
{
    size_t n = kg_graph_node_count(g), m = kg_graph_edge_count(g);
    size_t *off = calloc(n + 1, sizeof(*off));
    size_t *adj = malloc((2 * m + 1) * sizeof(*adj));
    size_t *fill = calloc(n + 1, sizeof(*fill));
    size_t *queue = malloc((n + 1) * sizeof(*queue));
    long *dist = malloc((n + 1) * sizeof(*dist));
    size_t i, j, head = 0, tail = 0;
    int err = KG_ENOMEM;

    if (!off || !adj || !fill || !queue || !dist)
        goto out;
    /* Adjacency in compressed rows, over the kept edges. */
    for (i = 0; i < m; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        if (!keep_edge[i])
            continue;
        off[e->source + 1]++;
        off[e->target + 1]++;
    }
    for (i = 0; i < n; i++)
        off[i + 1] += off[i];
    for (i = 0; i < m; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        if (!keep_edge[i])
            continue;
        adj[off[e->source] + fill[e->source]++] = e->target;
        adj[off[e->target] + fill[e->target]++] = e->source;
    }
    for (i = 0; i < n; i++) {
        dist[i] = is_ego[i] ? 0 : -1;
        if (is_ego[i])
            queue[tail++] = i;
    }
    while (head < tail) {
        size_t v = queue[head++];
        if ((unsigned long)dist[v] >= depth)
            continue;
        for (j = off[v]; j < off[v + 1]; j++)
            if (dist[adj[j]] < 0) {
                dist[adj[j]] = dist[v] + 1;
                queue[tail++] = adj[j];
            }
    }
    for (i = 0; i < m; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        if (dist[e->source] < 0 || dist[e->target] < 0)
            keep_edge[i] = 0;
    }
    err = KG_OK;
out:
    free(off);
    free(adj);
    free(fill);
    free(queue);
    free(dist);
    return err;
}

int kg_graph_filter(kg_graph **out, const kg_graph *g, const kg_filter *f)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    size_t n = kg_graph_node_count(g), m = kg_graph_edge_count(g);
    size_t i, j, total = 0;
    unsigned char *node_ok = NULL, *is_ego = NULL, *keep_edge = NULL;
    size_t *map = NULL, *nkept = NULL;
    kg_provenance *prov = NULL;
    kg_graph *ng = NULL;
    int err = KG_ENOMEM;

    assert(out && g && f);
    *out = NULL;
    if (f->version != KG_FILTER_VERSION)
        return kg_ctx__error(ctx, KG_EINVAL, "kg_filter version %u, not %u",
                             f->version, (unsigned)KG_FILTER_VERSION);
    for (i = 0; i < m; i++) {
        size_t np = kg_graph_edge(g, i)->nprov;
        if (np > total)
            total = np;
    }
    node_ok = calloc(n + 1, 1);
    is_ego = calloc(n + 1, 1);
    keep_edge = calloc(m + 1, 1);
    map = malloc((n + 1) * sizeof(*map));
    nkept = calloc(m + 1, sizeof(*nkept));
    prov = malloc((total + 1) * sizeof(*prov));
    if (!node_ok || !is_ego || !keep_edge || !map || !nkept || !prov)
        goto fail;
    for (i = 0; i < n; i++)
        node_ok[i] =
            (unsigned char)filter_in_list(f->types, kg_graph_node(g, i)->type);

    /* Mentions, then edges. */
    for (i = 0; i < m; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        size_t k = 0;
        if (!node_ok[e->source] || !node_ok[e->target] ||
            !filter_in_list(f->relations, e->relation) ||
            (f->no_negated && e->negated))
            continue;
        for (j = 0; j < e->nprov; j++)
            k += filter_keeps(f, &e->prov[j]) ? 1 : 0;
        if ((k == 0 && e->nprov > 0) || k < f->min_count)
            continue;
        keep_edge[i] = 1;
        nkept[i] = k;
    }

    if (f->ego) {
        if ((err = filter_find_ego(g, f->ego, is_ego)) < 0) {
            if (err == KG_ENOTFOUND)
                kg_ctx__error(ctx, err, "no node is named '%s'", f->ego);
            goto fail;
        }
        if ((err = filter_ego(g, is_ego, f->depth, keep_edge)) < 0)
            goto fail;
        err = KG_ENOMEM;
    }

    /* Nodes with a kept edge, and the ego. */
    memcpy(node_ok, is_ego, n);
    for (i = 0; i < m; i++)
        if (keep_edge[i]) {
            node_ok[kg_graph_edge(g, i)->source] = 1;
            node_ok[kg_graph_edge(g, i)->target] = 1;
        }
    if ((err = kg_graph_new(&ng, ctx)) < 0)
        goto fail;
    for (i = 0; i < n; i++)
        if (node_ok[i] &&
            (err = kg_graph__put_node(ng, kg_graph_node(g, i), &map[i])) < 0)
            goto fail;
    for (i = 0; i < m; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        size_t k = 0;
        if (!keep_edge[i])
            continue;
        for (j = 0; j < e->nprov; j++)
            if (filter_keeps(f, &e->prov[j]))
                prov[k++] = e->prov[j];
        assert(k == nkept[i]);
        if ((err = kg_graph__put_edge(ng, map[e->source], map[e->target], e,
                                      prov, k)) < 0)
            goto fail;
    }
    if ((err = kg_graph_finalize(ng)) < 0)
        goto fail;
    *out = ng;
    ng = NULL;
    err = KG_OK;
fail:
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "out of memory filtering the graph");
    kg_graph_free(ng);
    free(node_ok);
    free(is_ego);
    free(keep_edge);
    free(map);
    free(nkept);
    free(prov);
    return err;
}
