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
 * metrics.  Call after the last add and before reading nodes or edges;
 * adding afterwards invalidates the order until the next finalize.
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

#ifdef __cplusplus
}
#endif

#endif
