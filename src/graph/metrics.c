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

int kg_graph__metrics(kg_ctx *ctx, kg_node *nodes, size_t n,
                      const kg_graph *edges)
{
    igraph_t g;
    igraph_vector_int_t el, deg;
    igraph_vector_t w, strength, pr, btw;
    igraph_real_t prval;
    igraph_error_t e;
    int have_g = 0, err = KG_OK;
    size_t i, m = kg_graph_edge_count(edges);

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
        const kg_edge *ed = kg_graph_edge(edges, i);
        VECTOR(el)[2 * i] = (igraph_integer_t)ed->source;
        VECTOR(el)[2 * i + 1] = (igraph_integer_t)ed->target;
        VECTOR(w)[i] = ed->weight;
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
    if ((e = igraph_betweenness(&g, &btw, igraph_vss_all(), IGRAPH_DIRECTED,
                                NULL))) {
        err = metrics_fail(ctx, e, "betweenness");
        goto out;
    }
    /* The directed graph is done with: the communities build an undirected
     * one from el, and with both alive a million-edge graph held two
     * igraph graphs' indexes (32 bytes an edge each) at the peak. */
    igraph_destroy(&g);
    have_g = 0;
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
