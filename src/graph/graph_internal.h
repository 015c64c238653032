/*
 * graph_internal.h: shared between graph.c (tables, merging, ordering) and
 * metrics.c (the igraph adapter, the only file that includes igraph).
 */
#ifndef KG_GRAPH_INTERNAL_H
#define KG_GRAPH_INTERNAL_H

#include "kg/graph.h"

/*
 * Compute degree, weighted degree, PageRank and betweenness for nodes[0..n)
 * given edges[0..m) (source/target are node indices, weight set), building
 * the igraph graph in one igraph_create call.  Returns KG_OK, KG_ENOMEM or
 * KG_EDEP with a message in ctx.
 */
int kg_graph__metrics(kg_ctx *ctx, kg_node *nodes, size_t n,
                      const kg_edge *edges, size_t m);

#endif
