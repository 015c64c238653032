/*
 * metrics.c: the igraph adapter.  igraph 0.10 re-indexes the graph on each
 * igraph_add_edge, so kg merges in its own tables and hands igraph the whole
 * edge list once (DESIGN.md "graph").
 *
 * Communities are Louvain's (igraph_community_multilevel), which needs an
 * undirected graph: the same edge list is built once more as undirected,
 * parallel edges and both directions count with their summed weights.
 * Louvain visits vertices in a random order, so igraph's default generator
 * is seeded with a fixed value first, and the input (nodes by id, edges in
 * canonical order) is the same for the same graph: the same graph always
 * gets the same communities.  igraph numbers communities arbitrarily; they
 * are renumbered 0, 1, ... in the order of their first node.
 */
#include "graph_internal.h"

#include <math.h>
#include <stdlib.h>

#include <igraph.h>

#include "../core/ctx_internal.h"

#define METRICS_SEED 20230514u

static int metrics_fail(kg_ctx *ctx, igraph_error_t e, const char *what)
{
    return kg_ctx__error(ctx, e == IGRAPH_ENOMEM ? KG_ENOMEM : KG_EDEP,
                         "igraph: %s: %s", what, igraph_strerror(e));
}

/* Louvain communities of the undirected version of el into
 * nodes[].community, renumbered by first node.  w: edge weights, made
 * non-negative (NaN and negative count as 0). */
static int metrics_communities(kg_ctx *ctx, kg_node *nodes, size_t n,
                               const igraph_vector_int_t *el,
                               const igraph_vector_t *w)
{
    igraph_t u;
    igraph_vector_int_t membership;
    igraph_vector_t uw;
    igraph_integer_t *renum = NULL;
    igraph_integer_t next = 0;
    igraph_error_t e;
    int have_u = 0, err = KG_OK;
    size_t i, m = (size_t)igraph_vector_size(w);
    double total = 0;

    igraph_vector_int_init(&membership, 0);
    igraph_vector_init(&uw, 0);
    if ((e = igraph_vector_update(&uw, w))) {
        err = metrics_fail(ctx, e, "weights");
        goto out;
    }
    for (i = 0; i < m; i++) {
        double x = VECTOR(uw)[i];
        if (!(x > 0) || !isfinite(x)) /* NaN, zero, negative, infinite */
            x = 0;
        VECTOR(uw)[i] = x;
        total += x;
    }
    if ((e = igraph_create(&u, el, (igraph_integer_t)n, IGRAPH_UNDIRECTED))) {
        err = metrics_fail(ctx, e, "create (undirected)");
        goto out;
    }
    have_u = 1;
    igraph_rng_seed(igraph_rng_default(), METRICS_SEED);
    /* Without any weight every node is its own community. */
    if (m > 0 && total > 0) {
        if ((e = igraph_community_multilevel(&u, &uw, 1.0, &membership, NULL,
                                             NULL))) {
            err = metrics_fail(ctx, e, "communities");
            goto out;
        }
    } else {
        if ((e = igraph_vector_int_resize(&membership,
                                          (igraph_integer_t)n))) {
            err = metrics_fail(ctx, e, "communities");
            goto out;
        }
        for (i = 0; i < n; i++)
            VECTOR(membership)[i] = (igraph_integer_t)i;
    }
    if (!(renum = malloc(n * sizeof(*renum)))) {
        err = kg_ctx__error(ctx, KG_ENOMEM, "out of memory");
        goto out;
    }
    for (i = 0; i < n; i++)
        renum[i] = -1;
    for (i = 0; i < n; i++) {
        igraph_integer_t c = VECTOR(membership)[i];
        if (c < 0 || (size_t)c >= n) {
            err = kg_ctx__error(ctx, KG_EDEP, "igraph: communities: bad id");
            goto out;
        }
        if (renum[c] < 0)
            renum[c] = next++;
        nodes[i].community = (int)renum[c];
    }
out:
    free(renum);
    if (have_u)
        igraph_destroy(&u);
    igraph_vector_int_destroy(&membership);
    igraph_vector_destroy(&uw);
    return err;
}

int kg_graph__betweenness(double *out, size_t n, const kg_edge *edges,
                          size_t m)
{
    /* adj: out-neighbours, each node's in increasing id order (parallel
     * edges repeated, self-loops left out) from off[v] to off[v + 1];
     * each node's parents on the current shortest paths go from
     * poff[v] (its in-degree bounds them) */
    size_t *off = calloc(n + 1, sizeof(*off));
    size_t *poff = calloc(n + 1, sizeof(*poff));
    size_t *adj = malloc((m ? m : 1) * sizeof(*adj));
    size_t *par = malloc((m ? m : 1) * sizeof(*par));
    size_t *npar = calloc(n ? n : 1, sizeof(*npar));
    size_t *queue = malloc((n ? n : 1) * sizeof(*queue));
    size_t *dist = calloc(n ? n : 1, sizeof(*dist)); /* 0: not reached */
    double *nrgeo = calloc(n ? n : 1, sizeof(*nrgeo));
    double *dep = calloc(n ? n : 1, sizeof(*dep));
    size_t i, j, s;
    int err = KG_ENOMEM;

    if (!off || !poff || !adj || !par || !npar || !queue || !dist ||
        !nrgeo || !dep)
        goto out;
    for (i = 0; i < m; i++) {
        if (edges[i].source >= n || edges[i].target >= n) {
            err = KG_EINVAL;
            goto out;
        }
        if (edges[i].source != edges[i].target) {
            off[edges[i].source + 1]++;
            poff[edges[i].target + 1]++;
        }
    }
    for (i = 0; i < n; i++) {
        off[i + 1] += off[i];
        poff[i + 1] += poff[i];
    }
    /* npar counts the places filled while the lists are built */
    for (i = 0; i < m; i++) {
        size_t v = edges[i].source, t = edges[i].target, k;
        if (v == t)
            continue;
        k = off[v] + npar[v]++;
        /* insertion by target: a node's out-edges are few */
        while (k > off[v] && adj[k - 1] > t) {
            adj[k] = adj[k - 1];
            k--;
        }
        adj[k] = t;
    }
    for (i = 0; i < n; i++) {
        out[i] = 0;
        npar[i] = 0;
    }
    for (s = 0; s < n; s++) {
        size_t head = 0, tail = 0;
        queue[tail++] = s;
        dist[s] = 1;
        nrgeo[s] = 1;
        while (head < tail) {
            size_t v = queue[head++];
            for (j = off[v]; j < off[v + 1]; j++) {
                size_t w = adj[j];
                if (!dist[w]) {
                    dist[w] = dist[v] + 1;
                    queue[tail++] = w;
                }
                if (dist[w] == dist[v] + 1) {
                    par[poff[w] + npar[w]++] = v;
                    nrgeo[w] += nrgeo[v];
                }
            }
        }
        /* back from the farthest node: the same operations, in the same
         * order, as igraph's, so the sums round alike */
        while (tail > 0) {
            size_t w = queue[--tail];
            double coeff = (1 + dep[w]) / nrgeo[w];
            for (j = 0; j < npar[w]; j++) {
                size_t v = par[poff[w] + j];
                dep[v] += nrgeo[v] * coeff;
            }
            if (w != s)
                out[w] += dep[w];
            dist[w] = 0;
            nrgeo[w] = 0;
            dep[w] = 0;
            npar[w] = 0;
        }
    }
    err = KG_OK;
out:
    free(off);
    free(poff);
    free(adj);
    free(par);
    free(npar);
    free(queue);
    free(dist);
    free(nrgeo);
    free(dep);
    return err;
}

int kg_graph__metrics(kg_ctx *ctx, kg_node *nodes, size_t n,
                      const kg_edge *edges, size_t m)
{
    igraph_t g;
    igraph_vector_int_t el, deg;
    igraph_vector_t w, strength, pr, btw;
    igraph_real_t prval;
    igraph_error_t e;
    int have_g = 0, err = KG_OK;
    size_t i;

    if (n == 0)
        return KG_OK;
    igraph_vector_int_init(&el, 0);
    igraph_vector_int_init(&deg, 0);
    igraph_vector_init(&w, 0);
    igraph_vector_init(&strength, 0);
    igraph_vector_init(&pr, 0);
    igraph_vector_init(&btw, 0);

    if ((e = igraph_vector_int_resize(&el, (igraph_integer_t)(2 * m))) ||
        (e = igraph_vector_resize(&w, (igraph_integer_t)m))) {
        err = metrics_fail(ctx, e, "edge list");
        goto out;
    }
    for (i = 0; i < m; i++) {
        VECTOR(el)[2 * i] = (igraph_integer_t)edges[i].source;
        VECTOR(el)[2 * i + 1] = (igraph_integer_t)edges[i].target;
        VECTOR(w)[i] = edges[i].weight;
    }
    if ((e = igraph_create(&g, &el, (igraph_integer_t)n, IGRAPH_DIRECTED))) {
        err = metrics_fail(ctx, e, "create");
        goto out;
    }
    have_g = 1;
    if ((e = igraph_degree(&g, &deg, igraph_vss_all(), IGRAPH_ALL,
                           IGRAPH_LOOPS))) {
        err = metrics_fail(ctx, e, "degree");
        goto out;
    }
    if ((e = igraph_strength(&g, &strength, igraph_vss_all(), IGRAPH_ALL,
                             IGRAPH_LOOPS, &w))) {
        err = metrics_fail(ctx, e, "strength");
        goto out;
    }
    if ((e = igraph_pagerank(&g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &prval,
                             igraph_vss_all(), IGRAPH_DIRECTED, 0.85, &w,
                             NULL))) {
        err = metrics_fail(ctx, e, "pagerank");
        goto out;
    }
    if ((e = igraph_vector_resize(&btw, (igraph_integer_t)n))) {
        err = metrics_fail(ctx, e, "betweenness");
        goto out;
    }
    if ((err = kg_graph__betweenness(VECTOR(btw), n, edges, m)) < 0) {
        kg_ctx__error(ctx, err, "betweenness: %s", kg_strerror(err));
        goto out;
    }
    if ((err = metrics_communities(ctx, nodes, n, &el, &w)) < 0)
        goto out;
    for (i = 0; i < n; i++) {
        nodes[i].degree = (double)VECTOR(deg)[i];
        nodes[i].weighted_degree = VECTOR(strength)[i];
        nodes[i].pagerank = VECTOR(pr)[i];
        nodes[i].betweenness = VECTOR(btw)[i];
    }
out:
    if (have_g)
        igraph_destroy(&g);
    igraph_vector_int_destroy(&el);
    igraph_vector_int_destroy(&deg);
    igraph_vector_destroy(&w);
    igraph_vector_destroy(&strength);
    igraph_vector_destroy(&pr);
    igraph_vector_destroy(&btw);
    return err;
}
