/*
 * metrics.c: the igraph adapter.  igraph 0.10 re-indexes the graph on each
 * igraph_add_edge, so kg merges in its own tables and hands igraph the whole
 * edge list once (DESIGN.md "graph").
 */
#include "graph_internal.h"

#include <igraph.h>

#include "../core/ctx_internal.h"

static int metrics_fail(kg_ctx *ctx, igraph_error_t e, const char *what)
{
    return kg_ctx__error(ctx, e == IGRAPH_ENOMEM ? KG_ENOMEM : KG_EDEP,
                         "igraph: %s: %s", what, igraph_strerror(e));
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
    if ((e = igraph_betweenness(&g, &btw, igraph_vss_all(), IGRAPH_DIRECTED,
                                NULL))) {
        err = metrics_fail(ctx, e, "betweenness");
        goto out;
    }
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
