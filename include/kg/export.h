/*
 * kg/export.h: writers for a finalized graph.  Each writes to a temporary
 * file in the target's folder and renames it into place, so a failure never
 * leaves a half-written file and never touches a previous output.
 * Output is deterministic: the same graph gives byte-identical files.
 */
#ifndef KG_EXPORT_H
#define KG_EXPORT_H

#include "graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * Graphviz DOT through cgraph, styled by entity type and polarity.
 * @return KG_OK, KG_EIO, KG_ENOMEM, KG_EDEP; message in the graph's ctx.
 */
int kg_export_dot(const kg_graph *g, const char *path);

/**
 * SVG laid out by Graphviz (dot for small graphs, sfdp for large ones).
 * @return as kg_export_dot.
 */
int kg_export_svg(const kg_graph *g, const char *path);

/**
 * PNG laid out and rendered like kg_export_svg.
 * @return as kg_export_dot.
 */
int kg_export_png(const kg_graph *g, const char *path);

/**
 * GraphML through libxml2's xmlTextWriter, with the fixed keys of DESIGN.md.
 * @return as kg_export_dot.
 */
int kg_export_graphml(const kg_graph *g, const char *path);

/**
 * JSON-LD through cJSON, inline @context, absolute IRIs.
 * @return as kg_export_dot.
 */
int kg_export_jsonld(const kg_graph *g, const char *path);

/**
 * GEXF 1.3 (Gephi): typed node and edge attributes, edge kind per relation
 * type and polarity (Gephi keeps parallel edges of different kinds apart),
 * viz colours, sizes and thickness, and time spells from the mention
 * dates (mode="dynamic", so Gephi's timeline plays the network).  Valid
 * against the GEXF 1.3 RELAX NG schema.
 * @return as kg_export_dot.
 */
int kg_export_gexf(const kg_graph *g, const char *path);

/**
 * The nodes file of `neo4j-admin database import`: header
 * `id:ID(Entity),:LABEL,label,...` with typed fields, labels and arrays
 * separated by ';', every string quoted with quotes doubled, newlines
 * turned into spaces (no --multiline-fields needed).
 * @return as kg_export_dot.
 */
int kg_export_neo4j_nodes(const kg_graph *g, const char *path);

/**
 * The relationships file of `neo4j-admin database import`, matching
 * kg_export_neo4j_nodes: `:START_ID(Entity),:END_ID(Entity),:TYPE,...`.
 * @return as kg_export_dot.
 */
int kg_export_neo4j_relationships(const kg_graph *g, const char *path);

/**
 * A Cypher script that loads the graph into a running Neo4j
 * (cypher-shell -f FILE): a uniqueness constraint, then one MERGE per node
 * on its id and one MERGE per edge on its ends, type and polarity, each
 * followed by SETs of absolute values, so running it twice gives the same
 * database.
 * @return as kg_export_dot.
 */
int kg_export_cypher(const kg_graph *g, const char *path);

/**
 * JSONL for scripts: one merged edge per line, with its source and target
 * nodes (id, label, type, code, country, wikidata, community), relation,
 * counts, dates and provenance.
 * @return as kg_export_dot.
 */
int kg_export_jsonl(const kg_graph *g, const char *path);

#ifdef __cplusplus
}
#endif

#endif
