/*
 * graph_internal.h: shared between graph.c (tables, merging, ordering) and
 * metrics.c (the igraph adapter, the only file that includes igraph); the
 * exporters and the CLI use the kg_graph__finalize_* functions.
 */
#ifndef KG_GRAPH_INTERNAL_H
#define KG_GRAPH_INTERNAL_H

#include "kg/graph.h"

/*
 * Compute degree, weighted degree, PageRank and betweenness for nodes[0..n)
 * given the edges of `edges` (kg_graph_edge: source/target are node
 * indices, weight set; the nodes are not read through it), building the
 * igraph graph in one igraph_create call.  Returns KG_OK, KG_ENOMEM or
 * KG_EDEP with a message in ctx.
 */
int kg_graph__metrics(kg_ctx *ctx, kg_node *nodes, size_t n,
                      const kg_graph *edges);

/*
 * Add a node with the attributes of rec (strings interned into g's pool;
 * mentions start at 0 and grow with kg_graph__put_edge; metrics are left
 * to finalize), for graphs copied or read back rather than extracted.
 * When a node with that id exists, nothing changes.  *idx_out is its
 * index until the next finalize.  Returns KG_OK or KG_ENOMEM.
 */
int kg_graph__put_node(kg_graph *g, const kg_node *rec, size_t *idx_out);

/*
 * Fold an edge from node s to node t with the relation, label, cameo,
 * negated and modality of rec and the mentions prov[0..nprov) (copied,
 * strings interned) into g, as nprov calls of kg_graph_add_relation
 * would; both ends' mentions grow by nprov.  rec's count, weight, dates
 * and id are ignored (finalize computes them).  Returns KG_OK or
 * KG_ENOMEM.
 */
int kg_graph__put_edge(kg_graph *g, size_t s, size_t t, const kg_edge *rec,
                       const kg_provenance *prov, size_t nprov);

/*
 * kg_graph_finalize in two halves, for a caller with a core to spare:
 * _start puts nodes and edges in their final order and gives them their
 * summaries and ids (every kg_edge field is final), then computes the node
 * metrics in another thread; _wait joins it, after which the graph is
 * finalized.  Meanwhile the caller may read the edges and the nodes' ids,
 * labels and other attributes, but not their metrics (degree, weighted
 * degree, PageRank, betweenness, community), and must not change the
 * graph: every function that changes it, kg_graph_finalize and
 * kg_graph_free wait first (a const reader calls _wait, then
 * kg_graph_finalize, or a writer, settles the graph).  Without a thread (out of memory) _start
 * computes the metrics itself.  Both return KG_OK or the error of
 * finalize, with its message in the graph's ctx.
 */
int kg_graph__finalize_start(kg_graph *g);
int kg_graph__finalize_wait(const kg_graph *g);
/* 1 between _start and _wait while the metrics thread computes, 0 once
 * it has finished (the metrics are in; _wait joins it at once), so that a
 * writer rendering ahead into memory stops there and streams the rest. */
int kg_graph__metrics_pending(const kg_graph *g);

#endif
