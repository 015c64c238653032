/*
 * kg/graph.h: the graph stage.  Relations are folded into kg's own hash
 * tables (one node per entity id, one edge per subject, relation, object and
 * polarity); kg_graph_finalize() sorts everything for deterministic output
 * and computes metrics with igraph, built in one call.
 *
 * Nodes and edges are read through plain records for the exporters.
 */
#ifndef KG_GRAPH_H
#define KG_GRAPH_H

#include "extract.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kg_graph kg_graph;

/** One mention of an edge: where it was read. */
typedef struct kg_provenance {
    const char *doc;
    size_t sentence;
    size_t start, end;          /* the sentence, bytes in the document */
    size_t subj_start, subj_end;
    size_t rel_start, rel_end;
    size_t obj_start, obj_end;
    const char *text;           /* the sentence */
    const char *date;           /* or NULL */
    const char *attributed_to;  /* entity id or NULL */
    double confidence;
} kg_provenance;

/** A node: one resolved entity or value.  All strings interned, borrowed. */
typedef struct kg_node {
    const char *id;        /* stable ASCII id, usable as XML NMTOKEN */
    const char *label;
    const char *type;
    const char *code;      /* or NULL */
    const char *country;   /* or NULL */
    const char *wikidata;  /* "Q43" or NULL */
    const char *aliases;   /* "Türkiye;Turkey" (';'-separated) or NULL */
    int is_value;
    double value;
    const char *unit;      /* or NULL */
    size_t mentions;       /* relation ends that named this node */
    /* metrics, filled by kg_graph_finalize */
    double degree, weighted_degree, pagerank, betweenness;
    int community; /* Louvain community: 0, 1, ... by first node (id order) */
} kg_node;

/** An edge: one (subject, relation, object, negated) with its mentions. */
typedef struct kg_edge {
    size_t source, target;  /* node indices */
    const char *id;         /* "e0", "e1", ... in sorted order */
    const char *relation;   /* relation type, e.g. "block" */
    const char *label;      /* display label */
    const char *cameo;      /* or NULL */
    int negated;
    const char *modality;
    size_t count;           /* number of mentions */
    double weight;          /* sum of mention confidences */
    const char *first_date, *last_date; /* or NULL */
    const kg_provenance *prov; /* sorted: doc, sentence, offsets */
    size_t nprov;
} kg_edge;

/**
 * Create an empty graph.
 *
 * @param out receives the graph; the caller frees it with kg_graph_free().
 * @param ctx context whose ontology enriches nodes (aliases, wikidata); it
 *        must outlive the graph.
 * @return KG_OK or KG_ENOMEM.
 */
int kg_graph_new(kg_graph **out, kg_ctx *ctx);

/** Free a graph; accepts NULL. */
void kg_graph_free(kg_graph *g);

/**
 * Fold one relation into the graph (copies what it keeps).
 *
 * @return KG_OK, KG_ENOMEM, KG_EINVAL (relation without subject or object id).
 * Complexity: O(1) expected.
 */
int kg_graph_add_relation(kg_graph *g, const kg_relation *rel);

/**
 * Sort nodes, edges and provenance into canonical order and compute the
 * metrics: degree and weighted degree (in + out), PageRank, betweenness
 * (directed) and Louvain communities (igraph_community_multilevel on the
 * undirected graph, edge weights summed, with igraph's default random
 * generator seeded to a fixed value, so the same graph always gets the
 * same communities).  Call after the last add and before reading nodes or
 * edges; adding afterwards invalidates the order until the next finalize.
 * igraph's random generator is process-global: do not finalize graphs on
 * several threads at once.
 *
 * @return KG_OK, KG_ENOMEM, KG_EDEP (igraph failed; message in ctx).
 * Complexity: O(V log V + E log E) plus O(V E) for betweenness.
 */
int kg_graph_finalize(kg_graph *g);

size_t kg_graph_node_count(const kg_graph *g);
size_t kg_graph_edge_count(const kg_graph *g);

/** Node i (0 <= i < count), borrowed until the graph changes. */
const kg_node *kg_graph_node(const kg_graph *g, size_t i);

/** Edge i (0 <= i < count), borrowed until the graph changes. */
const kg_edge *kg_graph_edge(const kg_graph *g, size_t i);

/** The context the graph was created with (for error messages). */
kg_ctx *kg_graph_ctx(const kg_graph *g);

/**
 * What kg_graph_filter keeps.  Every field's zero value (or NULL) keeps
 * everything; initialise with KG_FILTER_INIT and set what you need.
 */
typedef struct kg_filter {
    unsigned version;
    size_t min_count;      /* edges with fewer (kept) mentions go */
    double min_confidence; /* mentions below this confidence go */
    const char *relations; /* "block,accuse": only these relation types */
    const char *types;     /* "Country,Person": only nodes of these types */
    const char *since;     /* mentions dated before this go ("2023",
                              "2023-05" or "2023-05-14"; inclusive) */
    const char *until;     /* mentions dated after this go (inclusive: "2023-05"
                              keeps all of May) */
    const char *ego;       /* only the network around this node: its id,
                              or its label or an alias (case- and
                              accent-insensitive; every node that matches) */
    unsigned depth;        /* ego radius in edges, either direction */
    int no_negated;        /* drop negated edges */
} kg_filter;

#define KG_FILTER_VERSION 1
#define KG_FILTER_INIT \
    {KG_FILTER_VERSION, 0, 0.0, NULL, NULL, NULL, NULL, NULL, 1, 0}

/**
 * A new graph with the part of g that passes the filter.  In order:
 * mentions outside the date range or below the confidence are dropped
 * (with since or until set, undated mentions go too); edges left without
 * mentions, of other relation types, negated (no_negated), with fewer
 * than min_count mentions, or touching a node of another type go; with
 * ego, only edges whose ends are both within depth edges of the ego (over
 * the remaining edges) stay; last, nodes left without edges go, except
 * the ego.  Counts, weights, dates, mentions and metrics are recomputed
 * from what is kept, so filtering with KG_FILTER_INIT gives an equal
 * graph.
 *
 * @param out receives the new, finalized graph (same ctx); the caller
 *        frees it with kg_graph_free().  NULL on failure.
 * @param g a finalized graph; it is not changed.
 * @return KG_OK, KG_ENOMEM, KG_ENOTFOUND (no node matches ego; message in
 *         ctx), KG_EINVAL (bad version), KG_EDEP.
 * Complexity: O(V + E + P) plus the metrics (P: mentions).
 */
int kg_graph_filter(kg_graph **out, const kg_graph *g, const kg_filter *f);

/**
 * Read a graph saved by kg_export_graphml back, with every node attribute
 * and every mention (the provenance key), and finalize it: exporting the
 * result gives the same files as exporting the graph that was saved.
 * Counts, weights, dates, mentions and metrics are recomputed from the
 * provenance.  The file is untrusted input: strings are re-validated as
 * UTF-8 and controls dropped, no network access and no DTD are allowed.
 *
 * @param out receives the graph; the caller frees it with kg_graph_free().
 *        NULL on failure.
 * @param ctx context for the new graph (and its error messages).
 * @param path a GraphML file written by kg (other GraphML files load when
 *        every edge has kg's provenance data).
 * @return KG_OK, KG_ENOMEM, KG_ENOTFOUND (no such file), KG_EIO (cannot
 *         read), KG_EPARSE (not well-formed, or not a kg graph; the message
 *         in ctx names the file and line), KG_EDEP (igraph, at finalize).
 * Complexity: O(file size) plus kg_graph_finalize.
 */
int kg_graph_load(kg_graph **out, kg_ctx *ctx, const char *path);

#ifdef __cplusplus
}
#endif

#endif
