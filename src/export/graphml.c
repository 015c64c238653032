/*
 * graphml.c: GraphML written straight into a buffer that goes to a
 * temporary file in 64 KiB writes; the file is renamed into place.
 *
 * It used libxml2's xmlTextWriter, and the output is still byte for byte
 * what that writer made (libxml2 2.9.14, indent "  ", encoding UTF-8):
 * character data escapes < > & " and CR, attribute values also TAB and LF,
 * everything else (UTF-8 included) is copied.  The writer's calls were
 * most of the export, and the export is the serial end of `kg build`.
 *
 * Invariants of the output (see DESIGN.md "Contracts" and
 * ../shared/research/export_formats.md section 1):
 * - key ids are fixed names, every key has for, attr.name and an attr.type
 *   from {boolean,int,long,float,double,string}, and no key has <default>;
 * - <data key="label"> (the relation type) is the first child of every edge,
 *   so no edge is ever empty (Neo4j APOC readLabels);
 * - the output is indented (one element per line);
 * - data whose value is NULL, or a number that is NaN or infinite, is left
 *   out; numbers are printed in the C locale.
 */
#include "kg/export.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../graph/graph_internal.h"
#include "../util/atomic.h"
#include "../util/buf.h"
#include "export_util.h"

#define GML_FLUSH_BYTES ((size_t)64 << 10)
/* Edges rendered ahead while the metrics are computed (see
 * kg_export_graphml); past this the writer waits for them and streams. */
#define GML_AHEAD_BYTES ((size_t)64 << 20)

typedef struct gml_key {
    const char *id, *domain, *name, *type;
} gml_key;

/* The key table is part of the GraphML contract: ids never change. */
static const gml_key gml_keys[] = {
    {"labels", "node", "labels", "string"},
    {"name", "node", "label", "string"},
    {"type", "node", "type", "string"},
    {"code", "node", "code", "string"},
    {"country", "node", "country", "string"},
    {"aliases", "node", "aliases", "string"},
    {"wikidata", "node", "wikidata", "string"},
    {"mentions", "node", "mentions", "int"},
    {"value", "node", "value", "double"},
    {"unit", "node", "unit", "string"},
    {"degree", "node", "degree", "double"},
    {"weighted_degree", "node", "weighted_degree", "double"},
    {"pagerank", "node", "pagerank", "double"},
    {"betweenness", "node", "betweenness", "double"},
    {"community", "node", "community", "int"},
    {"label", "edge", "label", "string"},
    {"relation", "edge", "relation", "string"},
    {"cameo", "edge", "cameo", "string"},
    {"negated", "edge", "negated", "boolean"},
    {"modality", "edge", "modality", "string"},
    {"count", "edge", "count", "int"},
    {"weight", "edge", "weight", "double"},
    {"first_date", "edge", "first_date", "string"},
    {"last_date", "edge", "last_date", "string"},
    {"provenance", "edge", "provenance", "string"},
};

/* The output: a buffer written to fp whenever it passes GML_FLUSH_BYTES
 * (fp NULL: kept in memory); err keeps the first failure, so the writers
 * below can chain calls. */
typedef struct gml_out {
    kg_buf b;
    FILE *fp;
    int err;
} gml_out;

static void gml_put(gml_out *o, const char *s, size_t n)
{
    int err;
    if (o->b.len + n < o->b.cap) { /* the usual case: room in the buffer */
        memcpy(o->b.ptr + o->b.len, s, n);
        o->b.len += n;
        o->b.ptr[o->b.len] = '\0';
        return;
    }
    if (o->err < 0)
        return;
    if ((err = kg_buf_put(&o->b, s, n)) < 0) {
        o->err = err == KG_ELIMIT ? KG_ENOMEM : err;
        return;
    }
    if (o->fp && o->b.len >= GML_FLUSH_BYTES) {
        if (fwrite(o->b.ptr, 1, o->b.len, o->fp) != o->b.len)
            o->err = KG_EIO;
        kg_buf_clear(&o->b);
    }
}

static void gml_puts(gml_out *o, const char *s)
{
    gml_put(o, s, strlen(s));
}

/* s escaped as libxml2 escapes character data (xmlEncodeSpecialChars) or,
 * with attr, an attribute value (xmlBufAttrSerializeTxtContent with a
 * UTF-8 document). */
static void gml_escaped(gml_out *o, const char *s, size_t n, int attr)
{
    const char *run = s, *end = s + n;

    for (; s < end; s++) {
        const char *e;
        switch (*s) {
        case '<': e = "&lt;"; break;
        case '>': e = "&gt;"; break;
        case '&': e = "&amp;"; break;
        case '"': e = "&quot;"; break;
        case '\r': e = "&#13;"; break;
        case '\n': e = attr ? "&#10;" : NULL; break;
        case '\t': e = attr ? "&#9;" : NULL; break;
        default: e = NULL;
        }
        if (!e)
            continue;
        gml_put(o, run, (size_t)(s - run));
        gml_puts(o, e);
        run = s + 1;
    }
    gml_put(o, run, (size_t)(end - run));
}

/*  name="value" */
static void gml_attr(gml_out *o, const char *name, const char *value)
{
    gml_put(o, " ", 1);
    gml_puts(o, name);
    gml_put(o, "=\"", 2);
    gml_escaped(o, value, strlen(value), 1);
    gml_put(o, "\"", 1);
}

/* <data key="key">value</data> on its own line, or nothing when value is
 * NULL. */
static void gml_data_n(gml_out *o, const char *key, const char *value,
                       size_t n)
{
    if (!value)
        return;
    gml_put(o, "      <data key=\"", 17);
    gml_puts(o, key); /* keys are the literals of gml_keys */
    gml_put(o, "\">", 2);
    gml_escaped(o, value, n, 0);
    gml_put(o, "</data>\n", 8);
}

static void gml_data(gml_out *o, const char *key, const char *value)
{
    if (value)
        gml_data_n(o, key, value, strlen(value));
}

static void gml_data_double(gml_out *o, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return;
    gml_data(o, key, num);
}

static void gml_data_size(gml_out *o, const char *key, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    gml_data(o, key, num);
}

static void gml_header(gml_out *o, int empty)
{
    size_t i;

    gml_puts(o, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
                "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (i = 0; i < sizeof(gml_keys) / sizeof(gml_keys[0]); i++) {
        const gml_key *k = &gml_keys[i];
        gml_put(o, "  <key", 6);
        gml_attr(o, "id", k->id);
        gml_attr(o, "for", k->domain);
        gml_attr(o, "attr.name", k->name);
        gml_attr(o, "attr.type", k->type);
        gml_put(o, "/>\n", 3);
    }
    /* an element without children closes itself, as libxml2 wrote it */
    gml_puts(o, empty ? "  <graph id=\"G\" edgedefault=\"directed\"/>\n"
                      : "  <graph id=\"G\" edgedefault=\"directed\">\n");
}

static void gml_node(gml_out *o, const kg_node *n)
{
    char labels[256];

    /* Neo4j labels: split on ':' by APOC (readLabels). */
    snprintf(labels, sizeof(labels), ":Entity%s%s", n->type ? ":" : "",
             n->type ? n->type : "");
    gml_put(o, "    <node", 9);
    gml_attr(o, "id", n->id);
    gml_put(o, ">\n", 2);
    gml_data(o, "labels", labels);
    gml_data(o, "name", n->label);
    gml_data(o, "type", n->type);
    gml_data(o, "code", n->code);
    gml_data(o, "country", n->country);
    gml_data(o, "aliases", n->aliases);
    gml_data(o, "wikidata", n->wikidata);
    gml_data_size(o, "mentions", n->mentions);
    if (n->is_value) {
        gml_data_double(o, "value", n->value);
        gml_data(o, "unit", n->unit);
    }
    gml_data_double(o, "degree", n->degree);
    gml_data_double(o, "weighted_degree", n->weighted_degree);
    gml_data_double(o, "pagerank", n->pagerank);
    gml_data_double(o, "betweenness", n->betweenness);
    gml_data_size(o, "community", (size_t)n->community);
    gml_put(o, "    </node>\n", 12);
}

/* prov: scratch space for the provenance JSON */
static void gml_edge(gml_out *o, const kg_graph *g, const kg_edge *e,
                     kg_buf *prov)
{
    const kg_node *src = kg_graph_node(g, e->source);
    const kg_node *dst = kg_graph_node(g, e->target);
    const char *type = e->relation && *e->relation ? e->relation : "related";
    int err;

    gml_put(o, "    <edge", 9);
    gml_attr(o, "id", e->id);
    gml_attr(o, "source", src->id);
    gml_attr(o, "target", dst->id);
    gml_put(o, ">\n", 2);
    /* first child, always present */
    gml_data(o, "label", type);
    gml_data(o, "relation", e->label);
    gml_data(o, "cameo", e->cameo);
    gml_data(o, "negated", e->negated ? "true" : "false");
    gml_data(o, "modality", e->modality);
    gml_data_size(o, "count", e->count);
    gml_data_double(o, "weight", e->weight);
    gml_data(o, "first_date", e->first_date);
    gml_data(o, "last_date", e->last_date);
    kg_buf_clear(prov);
    if ((err = kg_export__prov_json_buf(e, prov)) < 0) {
        if (o->err >= 0)
            o->err = err == KG_ELIMIT ? KG_ENOMEM : err;
        return;
    }
    gml_data_n(o, "provenance", prov->ptr, prov->len);
    gml_put(o, "    </edge>\n", 12);
}

int kg_export_graphml(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    gml_out o = {KG_BUF_INIT, NULL, KG_OK};
    gml_out ahead = {KG_BUF_INIT, NULL, KG_OK};
    kg_buf prov = KG_BUF_INIT;
    size_t i, n, nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
    int err;

    kg_export__locale_begin(&loc);
    if ((err = kg_afile_open(&af, path)) < 0) {
        if (err == KG_EIO)
            kg_ctx__error(ctx, err, "cannot create %s: %s", path,
                          strerror(errno));
        else
            kg_ctx__error(ctx, err, "out of memory writing %s", path);
        goto out;
    }
    o.fp = af.fp;
    errno = 0;
    /* While another thread computes the node metrics (the CLI with more
     * than one core), render the edges, which do not need them, into
     * memory first: the two biggest serial steps at the end of a build
     * then overlap. */
    for (i = 0; kg_graph__metrics_pending(g) && i < ne && ahead.err >= 0 &&
                ahead.b.len < GML_AHEAD_BYTES;
         i++)
        gml_edge(&ahead, g, kg_graph_edge(g, i), &prov);
    if ((err = kg_graph__finalize_wait(g)) < 0)
        goto out; /* the message is in ctx */
    if ((err = ahead.err) < 0)
        goto failed;
    gml_header(&o, nn == 0 && ne == 0);
    for (n = 0; n < nn && o.err >= 0; n++)
        gml_node(&o, kg_graph_node(g, n));
    if (ahead.b.len && o.err >= 0) {
        if (o.b.len && fwrite(o.b.ptr, 1, o.b.len, o.fp) != o.b.len)
            o.err = KG_EIO;
        kg_buf_clear(&o.b);
        if (o.err >= 0 &&
            fwrite(ahead.b.ptr, 1, ahead.b.len, o.fp) != ahead.b.len)
            o.err = KG_EIO;
    }
    for (; i < ne && o.err >= 0; i++)
        gml_edge(&o, g, kg_graph_edge(g, i), &prov);
    if (nn || ne)
        gml_puts(&o, "  </graph>\n");
    gml_puts(&o, "</graphml>\n");
    if (o.err >= 0 && o.b.len &&
        fwrite(o.b.ptr, 1, o.b.len, o.fp) != o.b.len)
        o.err = KG_EIO;
    if ((err = o.err) < 0) {
failed:
        if (err == KG_ENOMEM)
            kg_ctx__error(ctx, err, "out of memory writing %s", path);
        else
            kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                          errno ? strerror(errno) : "write failed");
        goto out;
    }
    if ((err = kg_afile_commit(&af)) < 0) {
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
        goto out;
    }
    err = KG_OK;
out:
    kg_afile_abort(&af);
    kg_buf_dispose(&o.b);
    kg_buf_dispose(&ahead.b);
    kg_buf_dispose(&prov);
    kg_export__locale_end(&loc);
    return err;
}
