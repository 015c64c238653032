/*
 * neo4j.c: Neo4j import files.  nodes.csv and relationships.csv are for
 * `neo4j-admin database import full` (and apoc.import.csv); graph.cypher is
 * a script for a running database (cypher-shell -f graph.cypher).  Each is
 * written to a temporary file and renamed into place.
 *
 * CSV rules of the import tool (../shared/research/export_formats.md 3.1):
 * - header fields name:type with the types int/long/double/boolean/date and
 *   string[] for arrays; ids in the Entity id space (id:ID(Entity),
 *   :START_ID(Entity), :END_ID(Entity)), which also stores the id as the
 *   property id;
 * - the array delimiter is ';' (the tool's default): labels Entity;TYPE
 *   and the aliases; ';' never occurs inside an element;
 * - every string is quoted, with '"' doubled; the backslash is not an
 *   escape character; newlines become spaces, so no --multiline-fields is
 *   needed; a value that is absent is an empty, unquoted field (no
 *   property), and an empty array is written as absent (the tool does not
 *   import empty arrays);
 * - node properties carry the names of GraphML's keys, so a graph loaded
 *   through these files or through apoc.import.graphml looks the same.
 *
 * The Cypher script is idempotent: it creates a uniqueness constraint IF
 * NOT EXISTS, MERGEs each node on its id and each relationship on its two
 * ends, its type and its polarity (the edge key of the graph module), and
 * then sets every property to an absolute value with SET x = {map}.  It
 * never CREATEs data, never increments, so running it twice leaves the
 * same database.  String literals escape \ ' and controls; identifiers are
 * backtick-quoted.
 */
#include "kg/export.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "../util/buf.h"
#include "export_util.h"

static const char neo_node_header[] =
    "id:ID(Entity),:LABEL,label,type,code,country,aliases:string[],wikidata,"
    "mentions:long,value:double,unit,degree:double,weighted_degree:double,"
    "pagerank:double,betweenness:double,community:long\n";

static const char neo_rel_header[] =
    ":START_ID(Entity),:END_ID(Entity),:TYPE,relation,cameo,negated:boolean,"
    "modality,count:long,weight:double,first_date:date,last_date:date,"
    "provenance\n";

/* ---- CSV fields (appended to a line buffer) ---- */

/* s with newlines as spaces, CR dropped and, when nosemi, ';' as ','. */
static int neo_clean(kg_buf *b, const char *s, int nosemi)
{
    int err = KG_OK;

    for (; *s && err == KG_OK; s++) {
        if (*s == '\n')
            err = kg_buf_putc(b, ' ');
        else if (*s == '\r')
            continue;
        else if (*s == '"')
            err = kg_buf_put(b, "\"\"", 2);
        else if (*s == ';' && nosemi)
            err = kg_buf_putc(b, ',');
        else
            err = kg_buf_putc(b, *s);
    }
    return err;
}

/* ",value": quoted, or empty when s is NULL. */
static int neo_str(kg_buf *b, const char *s)
{
    int err;

    if ((err = kg_buf_putc(b, ',')) < 0 || !s)
        return err;
    if ((err = kg_buf_putc(b, '"')) < 0 || (err = neo_clean(b, s, 0)) < 0)
        return err;
    return kg_buf_putc(b, '"');
}

static int neo_num(kg_buf *b, double v)
{
    char num[KG_EXPORT_NUMLEN];
    int err;

    if ((err = kg_buf_putc(b, ',')) < 0 || kg_export__fmt_double(num, v) < 0)
        return err;
    return kg_buf_puts(b, num);
}

static int neo_size(kg_buf *b, size_t v)
{
    int err = kg_buf_putc(b, ',');
    return err < 0 ? err : kg_export__json_size(b, v);
}

/* ",date" when s is an xsd:date, else an empty field. */
static int neo_date(kg_buf *b, const char *s)
{
    int err = kg_buf_putc(b, ',');
    return err < 0 || !kg_export__is_date(s) ? err : kg_buf_puts(b, s);
}

/* The ';'-separated aliases as a string[] field, empty pieces dropped. */
static int neo_array(kg_buf *b, const char *list)
{
    const char *p = list;
    int err, first = 1;

    if ((err = kg_buf_putc(b, ',')) < 0 || !list || !*list)
        return err;
    while (*p) {
        const char *q = strchr(p, ';');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len > 0) {
            if ((err = kg_buf_puts(b, first ? "\"" : ";")) < 0 ||
                (err = kg_buf_put(b, p, len)) < 0)
                return err;
            first = 0;
        }
        p += len;
        if (*p == ';')
            p++;
    }
    return first ? KG_OK : kg_buf_putc(b, '"');
}

/* Quote characters inside alias pieces: the loop above copies bytes, so
 * they are doubled here by cleaning the list first. */
static int neo_aliases(kg_buf *b, kg_buf *tmp, const char *aliases)
{
    int err;

    if (!aliases)
        return neo_array(b, NULL);
    kg_buf_clear(tmp);
    if ((err = neo_clean(tmp, aliases, 0)) < 0)
        return err;
    return neo_array(b, tmp->ptr);
}

static int neo_write(FILE *fp, const kg_buf *b)
{
    return fwrite(b->ptr, 1, b->len, fp) == b->len ? KG_OK : KG_EIO;
}

static int neo_node_line(kg_buf *b, kg_buf *tmp, const kg_node *n)
{
    int err;

    kg_buf_clear(b);
    if ((err = kg_buf_puts(b, n->id)) < 0 ||
        (err = kg_buf_puts(b, ",\"Entity;")) < 0 ||
        (err = neo_clean(b, n->type ? n->type : "Thing", 1)) < 0 ||
        (err = kg_buf_putc(b, '"')) < 0 || (err = neo_str(b, n->label)) < 0 ||
        (err = neo_str(b, n->type)) < 0 || (err = neo_str(b, n->code)) < 0 ||
        (err = neo_str(b, n->country)) < 0 ||
        (err = neo_aliases(b, tmp, n->aliases)) < 0 ||
        (err = neo_str(b, n->wikidata)) < 0 ||
        (err = neo_size(b, n->mentions)) < 0)
        return err;
    if (n->is_value) {
        if ((err = neo_num(b, n->value)) < 0 || (err = neo_str(b, n->unit)) < 0)
            return err;
    } else if ((err = kg_buf_puts(b, ",,")) < 0) {
        return err;
    }
    if ((err = neo_num(b, n->degree)) < 0 ||
        (err = neo_num(b, n->weighted_degree)) < 0 ||
        (err = neo_num(b, n->pagerank)) < 0 ||
        (err = neo_num(b, n->betweenness)) < 0 ||
        (err = neo_size(b, (size_t)n->community)) < 0)
        return err;
    return kg_buf_putc(b, '\n');
}

/* (the line is put together with kg_buf_put, not kg_buf_printf: in this
 * process glibc's printf takes its slow path, see export_util.c, and a
 * million-edge export spent a tenth of its time there) */
static int neo_rel_line(kg_buf *b, kg_buf *tmp, const kg_graph *g,
                        const kg_edge *e)
{
    const char *type = e->relation && *e->relation ? e->relation : "related";
    int err;

    kg_buf_clear(b);
    kg_buf_clear(tmp);
    if ((err = kg_buf_puts(b, kg_graph_node(g, e->source)->id)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_buf_puts(b, kg_graph_node(g, e->target)->id)) < 0 ||
        (err = neo_str(b, type)) < 0 || (err = neo_str(b, e->label)) < 0 ||
        (err = neo_str(b, e->cameo)) < 0 ||
        (err = kg_buf_puts(b, e->negated ? ",true" : ",false")) < 0 ||
        (err = neo_str(b, e->modality)) < 0 ||
        (err = neo_size(b, e->count)) < 0 ||
        (err = neo_num(b, e->weight)) < 0 ||
        (err = neo_date(b, e->first_date)) < 0 ||
        (err = neo_date(b, e->last_date)) < 0 ||
        (err = kg_export__prov_json_buf(e, tmp)) < 0 ||
        (err = neo_str(b, tmp->ptr)) < 0)
        return err;
    return kg_buf_putc(b, '\n');
}

/* ---- Cypher literals ---- */

/* A string literal in single quotes. */
static int cy_str(kg_buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    int err = kg_buf_putc(b, '\'');

    for (; *p && err == KG_OK; p++) {
        switch (*p) {
        case '\\':
            err = kg_buf_put(b, "\\\\", 2);
            break;
        case '\'':
            err = kg_buf_put(b, "\\'", 2);
            break;
        case '\n':
            err = kg_buf_put(b, "\\n", 2);
            break;
        case '\r':
            err = kg_buf_put(b, "\\r", 2);
            break;
        case '\t':
            err = kg_buf_put(b, "\\t", 2);
            break;
        default:
            if (*p < 0x20 || *p == 0x7f)
                err = kg_buf_printf(b, "\\u%04x", *p);
            else
                err = kg_buf_putc(b, (char)*p);
        }
    }
    return err < 0 ? err : kg_buf_putc(b, '\'');
}

/* An identifier in backticks (labels, relationship types). */
static int cy_ident(kg_buf *b, const char *s)
{
    int err = kg_buf_putc(b, '`');

    for (; *s && err == KG_OK; s++)
        err = *s == '`' ? kg_buf_put(b, "``", 2) : kg_buf_putc(b, *s);
    return err < 0 ? err : kg_buf_putc(b, '`');
}

/* A float literal: always with a '.' or an exponent, and no '+' in the
 * exponent (Cypher's grammar has none). */
static int cy_float(kg_buf *b, double v)
{
    char num[KG_EXPORT_NUMLEN], *p;
    int err;

    kg_export__fmt_double(num, v);
    for (p = num; *p; p++) {
        if (*p == '+')
            continue;
        if ((err = kg_buf_putc(b, *p)) < 0)
            return err;
    }
    if (!strpbrk(num, ".e"))
        return kg_buf_puts(b, ".0");
    return KG_OK;
}

/* Map entries ", key: value"; the first call's separator is "{". */
typedef struct cy_map {
    kg_buf *b;
    int n;
} cy_map;

static int cy_key(cy_map *m, const char *key)
{
    int err = kg_buf_puts(m->b, m->n++ ? ", " : "{");

    if (err < 0 || (err = kg_buf_puts(m->b, key)) < 0)
        return err;
    return kg_buf_put(m->b, ": ", 2);
}

static int cy_kstr(cy_map *m, const char *key, const char *v)
{
    int err;

    if (!v)
        return KG_OK;
    return (err = cy_key(m, key)) < 0 ? err : cy_str(m->b, v);
}

static int cy_kfloat(cy_map *m, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];
    int err;

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return (err = cy_key(m, key)) < 0 ? err : cy_float(m->b, v);
}

static int cy_kint(cy_map *m, const char *key, size_t v)
{
    int err;

    return (err = cy_key(m, key)) < 0 ? err : kg_export__json_size(m->b, v);
}

static int cy_kdate(cy_map *m, const char *key, const char *v)
{
    int err;

    if (!kg_export__is_date(v))
        return KG_OK;
    if ((err = cy_key(m, key)) < 0 ||
        (err = kg_buf_put(m->b, "date('", 6)) < 0 ||
        (err = kg_buf_puts(m->b, v)) < 0)
        return err;
    return kg_buf_put(m->b, "')", 2);
}

static int cy_kaliases(cy_map *m, const char *aliases, kg_buf *tmp)
{
    const char *p = aliases;
    int err, first = 1;

    if (!aliases || !*aliases)
        return KG_OK;
    while (*p) {
        const char *q = strchr(p, ';');
        size_t len = q ? (size_t)(q - p) : strlen(p);
        if (len > 0) {
            kg_buf_clear(tmp);
            if ((err = kg_buf_put(tmp, p, len)) < 0 ||
                (err = first ? cy_key(m, "aliases") : KG_OK) < 0 ||
                (err = kg_buf_puts(m->b, first ? "[" : ", ")) < 0 ||
                (err = cy_str(m->b, tmp->ptr)) < 0)
                return err;
            first = 0;
        }
        p += len;
        if (*p == ';')
            p++;
    }
    return first ? KG_OK : kg_buf_putc(m->b, ']');
}

static int cy_node(kg_buf *b, kg_buf *tmp, const kg_node *n)
{
    cy_map m = {b, 0};
    int err;

    kg_buf_clear(b);
    if ((err = kg_buf_puts(b, "MERGE (n:Entity {id: ")) < 0 ||
        (err = cy_str(b, n->id)) < 0 ||
        (err = kg_buf_puts(b, "}) SET n:")) < 0 ||
        (err = cy_ident(b, n->type ? n->type : "Thing")) < 0 ||
        (err = kg_buf_puts(b, ", n = ")) < 0 ||
        (err = cy_kstr(&m, "id", n->id)) < 0 ||
        (err = cy_kstr(&m, "label", n->label)) < 0 ||
        (err = cy_kstr(&m, "type", n->type)) < 0 ||
        (err = cy_kstr(&m, "code", n->code)) < 0 ||
        (err = cy_kstr(&m, "country", n->country)) < 0 ||
        (err = cy_kaliases(&m, n->aliases, tmp)) < 0 ||
        (err = cy_kstr(&m, "wikidata", n->wikidata)) < 0 ||
        (err = cy_kint(&m, "mentions", n->mentions)) < 0)
        return err;
    if (n->is_value && ((err = cy_kfloat(&m, "value", n->value)) < 0 ||
                        (err = cy_kstr(&m, "unit", n->unit)) < 0))
        return err;
    if ((err = cy_kfloat(&m, "degree", n->degree)) < 0 ||
        (err = cy_kfloat(&m, "weighted_degree", n->weighted_degree)) < 0 ||
        (err = cy_kfloat(&m, "pagerank", n->pagerank)) < 0 ||
        (err = cy_kfloat(&m, "betweenness", n->betweenness)) < 0 ||
        (err = cy_kint(&m, "community", (size_t)n->community)) < 0)
        return err;
    return kg_buf_puts(b, "};\n");
}

static int cy_rel(kg_buf *b, kg_buf *tmp, const kg_graph *g, const kg_edge *e)
{
    const char *type = e->relation && *e->relation ? e->relation : "related";
    const char *neg = e->negated ? "true" : "false";
    cy_map m = {b, 0};
    int err;

    kg_buf_clear(b);
    kg_buf_clear(tmp);
    if ((err = kg_buf_puts(b, "MATCH (a:Entity {id: ")) < 0 ||
        (err = cy_str(b, kg_graph_node(g, e->source)->id)) < 0 ||
        (err = kg_buf_puts(b, "}) MATCH (b:Entity {id: ")) < 0 ||
        (err = cy_str(b, kg_graph_node(g, e->target)->id)) < 0 ||
        (err = kg_buf_puts(b, "}) MERGE (a)-[r:")) < 0 ||
        (err = cy_ident(b, type)) < 0 ||
        (err = kg_buf_puts(b, " {negated: ")) < 0 ||
        (err = kg_buf_puts(b, neg)) < 0 ||
        (err = kg_buf_puts(b, "}]->(b) SET r = ")) < 0 ||
        (err = cy_key(&m, "negated")) < 0 || (err = kg_buf_puts(b, neg)) < 0 ||
        (err = cy_kstr(&m, "relation", e->label)) < 0 ||
        (err = cy_kstr(&m, "cameo", e->cameo)) < 0 ||
        (err = cy_kstr(&m, "modality", e->modality)) < 0 ||
        (err = cy_kint(&m, "count", e->count)) < 0 ||
        (err = cy_kfloat(&m, "weight", e->weight)) < 0 ||
        (err = cy_kdate(&m, "first_date", e->first_date)) < 0 ||
        (err = cy_kdate(&m, "last_date", e->last_date)) < 0 ||
        (err = kg_export__prov_json_buf(e, tmp)) < 0 ||
        (err = cy_kstr(&m, "provenance", tmp->ptr)) < 0)
        return err;
    return kg_buf_puts(b, "};\n");
}

/* ---- files ---- */

typedef enum neo_kind { NEO_NODES, NEO_RELS, NEO_CYPHER } neo_kind;

static int
neo_body(FILE *fp, const kg_graph *g, neo_kind kind, kg_buf *b, kg_buf *tmp)
{
    size_t i, nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
    int err;

    kg_buf_clear(b);
    if (kind == NEO_NODES)
        err = kg_buf_puts(b, neo_node_header);
    else if (kind == NEO_RELS)
        err = kg_buf_puts(b, neo_rel_header);
    else
        err = kg_buf_printf(
            b,
            "// kg " KG_VERSION " graph: %zu nodes, %zu relationships.\n"
            "// Load with: cypher-shell -f graph.cypher  (idempotent: "
            "running it again\n"
            "// changes nothing; nodes are MERGEd on id, relationships on "
            "their ends,\n"
            "// type and polarity, and every property is SET to an absolute "
            "value).\n"
            "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) "
            "REQUIRE n.id IS UNIQUE;\n",
            nn, ne);
    if (err < 0 || (err = neo_write(fp, b)) < 0)
        return err;
    if (kind != NEO_RELS) {
        for (i = 0; i < nn; i++) {
            const kg_node *n = kg_graph_node(g, i);
            err = kind == NEO_NODES ? neo_node_line(b, tmp, n)
                                    : cy_node(b, tmp, n);
            if (err < 0 || (err = neo_write(fp, b)) < 0)
                return err;
        }
    }
    if (kind != NEO_NODES) {
        for (i = 0; i < ne; i++) {
            const kg_edge *e = kg_graph_edge(g, i);
            err = kind == NEO_RELS ? neo_rel_line(b, tmp, g, e)
                                   : cy_rel(b, tmp, g, e);
            if (err < 0 || (err = neo_write(fp, b)) < 0)
                return err;
        }
    }
    return KG_OK;
}

static int neo_export(const kg_graph *g, const char *path, neo_kind kind)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    kg_buf b = KG_BUF_INIT, tmp = KG_BUF_INIT;
    int err;

    kg_export__locale_begin(&loc);
    if ((err = kg_export__open(ctx, &af, path)) < 0)
        goto out;
    errno = 0;
    if ((err = neo_body(af.fp, g, kind, &b, &tmp)) < 0) {
        kg_export__write_error(ctx, err, path);
        goto out;
    }
    err = kg_export__commit(ctx, &af, path);
out:
    kg_afile_abort(&af);
    kg_buf_dispose(&b);
    kg_buf_dispose(&tmp);
    kg_export__locale_end(&loc);
    return err;
}

int kg_export_neo4j_nodes(const kg_graph *g, const char *path)
{
    return neo_export(g, path, NEO_NODES);
}

int kg_export_neo4j_relationships(const kg_graph *g, const char *path)
{
    return neo_export(g, path, NEO_RELS);
}

int kg_export_cypher(const kg_graph *g, const char *path)
{
    return neo_export(g, path, NEO_CYPHER);
}
