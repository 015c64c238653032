/*
 * gexf.c: GEXF 1.3 (Gephi's own format) through libxml2's xmlTextWriter,
 * streamed one node or edge at a time into a temporary file that is renamed
 * into place.
 *
 * Invariants of the output (../shared/research/export_formats.md section 2):
 * - valid against the GEXF 1.3 RELAX NG schema: namespace
 *   http://gexf.net/1.3, version="1.3", no xsi attributes on the root, the
 *   viz elements in http://gexf.net/1.3/viz;
 * - every attribute is declared with a GEXF type (integer, not int) and
 *   written as <attvalue for value>; values that are NULL, NaN or
 *   infinite are left out;
 * - edges carry the relation type as label (as GraphML's label key does)
 *   and a kind that is unique per (source, target, kind): the relation type,
 *   or "not TYPE" for a negated edge, so Gephi keeps parallel relations of
 *   different types or polarity apart instead of merging them;
 * - time: the distinct mention dates of an edge are its spells (one day
 *   each), and a node lives on the dates of its edges, so Gephi's timeline
 *   plays the network over time; an edge without a dated mention has no
 *   spells (it always exists), and so has every node it touches.  Without
 *   any date the graph is static.
 */
#include "kg/export.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "../util/buf.h"
#include "export_util.h"

#define GX_NS  "http://gexf.net/1.3"
#define GX_VIZ "http://gexf.net/1.3/viz"

typedef struct gx_attr {
    const char *id, *type;
} gx_attr;

/* Attribute ids double as titles; the node ones match GraphML's names. */
static const gx_attr gx_node_attrs[] = {
    {"type", "string"},       {"code", "string"},
    {"country", "string"},    {"aliases", "string"},
    {"wikidata", "string"},   {"mentions", "integer"},
    {"value", "double"},      {"unit", "string"},
    {"degree", "double"},     {"weighted_degree", "double"},
    {"pagerank", "double"},   {"betweenness", "double"},
    {"community", "integer"},
};

static const gx_attr gx_edge_attrs[] = {
    {"relation", "string"},  {"cameo", "string"},      {"negated", "boolean"},
    {"modality", "string"},  {"count", "integer"},     {"first_date", "string"},
    {"last_date", "string"}, {"provenance", "string"},
};

/* The dates the timeline needs: per edge, its distinct valid mention dates
 * (sorted); per node, the union over its edges, or "always" when one of
 * its edges is undated. */
typedef struct gx_dates {
    /* all edges' dates, edge i's at [edge_off[i], edge_off[i + 1]) */
    const char **edge_dates;
    size_t *edge_off;
    const char **node_dates;
    size_t *node_off;
    int any; /* some date exists: the graph is dynamic */
} gx_dates;

static const xmlChar *gx_x(const char *s)
{
    return (const xmlChar *)s;
}

static int gx_check(int rc)
{
    return rc < 0 ? KG_EIO : KG_OK;
}

static int gx_start(xmlTextWriterPtr w, const char *name)
{
    return gx_check(xmlTextWriterStartElement(w, gx_x(name)));
}

static int gx_end(xmlTextWriterPtr w)
{
    return gx_check(xmlTextWriterEndElement(w));
}

static int gx_attr_str(xmlTextWriterPtr w, const char *name, const char *v)
{
    return gx_check(xmlTextWriterWriteAttribute(w, gx_x(name), gx_x(v)));
}

static int gx_viz(xmlTextWriterPtr w, const char *name)
{
    return gx_check(
        xmlTextWriterStartElementNS(w, gx_x("viz"), gx_x(name), NULL));
}

static int gx_attr_num(xmlTextWriterPtr w, const char *name, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return gx_attr_str(w, name, num);
}

/* <attvalue for="id" value="v"/>, or nothing when v is NULL. */
static int gx_value(xmlTextWriterPtr w, const char *id, const char *v)
{
    int err;

    if (!v)
        return KG_OK;
    if ((err = gx_start(w, "attvalue")) < 0 ||
        (err = gx_attr_str(w, "for", id)) < 0 ||
        (err = gx_attr_str(w, "value", v)) < 0)
        return err;
    return gx_end(w);
}

static int gx_value_num(xmlTextWriterPtr w, const char *id, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return gx_value(w, id, num);
}

static int gx_value_size(xmlTextWriterPtr w, const char *id, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return gx_value(w, id, num);
}

/* <viz:color r g b/> from "#rrggbb". */
static int gx_color(xmlTextWriterPtr w, const char *hex)
{
    unsigned long rgb = strtoul(hex + 1, NULL, 16);
    char c[3][8];
    int err;

    snprintf(c[0], sizeof(c[0]), "%lu", (rgb >> 16) & 0xff);
    snprintf(c[1], sizeof(c[1]), "%lu", (rgb >> 8) & 0xff);
    snprintf(c[2], sizeof(c[2]), "%lu", rgb & 0xff);
    if ((err = gx_viz(w, "color")) < 0 ||
        (err = gx_attr_str(w, "r", c[0])) < 0 ||
        (err = gx_attr_str(w, "g", c[1])) < 0 ||
        (err = gx_attr_str(w, "b", c[2])) < 0)
        return err;
    return gx_end(w);
}

/* <spells> with one single-day spell per date, or nothing. */
static int gx_spells(xmlTextWriterPtr w, const char **dates, size_t n)
{
    size_t i;
    int err;

    if (n == 0)
        return KG_OK;
    if ((err = gx_start(w, "spells")) < 0)
        return err;
    for (i = 0; i < n; i++) {
        if ((err = gx_start(w, "spell")) < 0 ||
            (err = gx_attr_str(w, "start", dates[i])) < 0 ||
            (err = gx_attr_str(w, "end", dates[i])) < 0 ||
            (err = gx_end(w)) < 0)
            return err;
    }
    return gx_end(w);
}

/* ---- dates ---- */

static int gx_cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

typedef struct gx_pair {
    size_t node;
    const char *date;
} gx_pair;

static int gx_cmp_pair(const void *pa, const void *pb)
{
    const gx_pair *a = pa, *b = pb;

    if (a->node != b->node)
        return a->node < b->node ? -1 : 1;
    return strcmp(a->date, b->date);
}

static void gx_dates_free(gx_dates *d)
{
    free(d->edge_dates);
    free(d->edge_off);
    free(d->node_dates);
    free(d->node_off);
    memset(d, 0, sizeof(*d));
}

/* Sorted, distinct dates of every edge and node (see the file comment). */
static int gx_dates_build(const kg_graph *g, gx_dates *d)
{
    size_t nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
    size_t i, j, k, total = 0, npairs = 0;
    gx_pair *pairs = NULL;
    unsigned char *always = NULL;
    int err = KG_ENOMEM;

    memset(d, 0, sizeof(*d));
    for (i = 0; i < ne; i++)
        total += kg_graph_edge(g, i)->nprov;
    d->edge_off = malloc((ne + 1) * sizeof(*d->edge_off));
    d->node_off = malloc((nn + 1) * sizeof(*d->node_off));
    d->edge_dates = malloc((total ? total : 1) * sizeof(*d->edge_dates));
    pairs = malloc((2 * total + 1) * sizeof(*pairs));
    always = calloc(nn ? nn : 1, 1);
    if (!d->edge_off || !d->node_off || !d->edge_dates || !pairs || !always)
        goto out;
    for (i = 0, k = 0; i < ne; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        size_t start = k, n;
        d->edge_off[i] = k;
        for (j = 0; j < e->nprov; j++)
            if (kg_export__is_date(e->prov[j].date))
                d->edge_dates[k++] = e->prov[j].date;
        qsort(d->edge_dates + start, k - start, sizeof(*d->edge_dates),
              gx_cmp_str);
        for (j = start, n = start; j < k; j++) /* distinct */
            if (n == start || strcmp(d->edge_dates[n - 1], d->edge_dates[j]))
                d->edge_dates[n++] = d->edge_dates[j];
        k = n;
        if (k == start) {
            always[e->source] = always[e->target] = 1;
            continue;
        }
        d->any = 1;
        for (j = start; j < k; j++) {
            pairs[npairs].node = e->source;
            pairs[npairs++].date = d->edge_dates[j];
            pairs[npairs].node = e->target;
            pairs[npairs++].date = d->edge_dates[j];
        }
    }
    d->edge_off[ne] = k;
    qsort(pairs, npairs, sizeof(*pairs), gx_cmp_pair);
    d->node_dates = malloc((npairs ? npairs : 1) * sizeof(*d->node_dates));
    if (!d->node_dates)
        goto out;
    for (i = 0, j = 0, k = 0; i < nn; i++) {
        d->node_off[i] = k;
        for (; j < npairs && pairs[j].node == i; j++) {
            if (always[i])
                continue;
            if (k == d->node_off[i] ||
                strcmp(d->node_dates[k - 1], pairs[j].date) != 0)
                d->node_dates[k++] = pairs[j].date;
        }
    }
    d->node_off[nn] = k;
    err = KG_OK;
out:
    free(pairs);
    free(always);
    if (err < 0)
        gx_dates_free(d);
    return err;
}

/* ---- writing ---- */

static int
gx_declare(xmlTextWriterPtr w, const char *cls, const gx_attr *attrs, size_t n)
{
    size_t i;
    int err;

    if ((err = gx_start(w, "attributes")) < 0 ||
        (err = gx_attr_str(w, "class", cls)) < 0)
        return err;
    for (i = 0; i < n; i++) {
        if ((err = gx_start(w, "attribute")) < 0 ||
            (err = gx_attr_str(w, "id", attrs[i].id)) < 0 ||
            (err = gx_attr_str(w, "title", attrs[i].id)) < 0 ||
            (err = gx_attr_str(w, "type", attrs[i].type)) < 0 ||
            (err = gx_end(w)) < 0)
            return err;
    }
    return gx_end(w);
}

static int gx_header(xmlTextWriterPtr w, const kg_graph *g, int dynamic)
{
    char desc[160];
    int err;

    snprintf(desc, sizeof(desc), "News knowledge graph: %zu nodes, %zu edges",
             kg_graph_node_count(g), kg_graph_edge_count(g));
    if ((err = gx_check(xmlTextWriterSetIndent(w, 1))) < 0 ||
        (err = gx_check(xmlTextWriterSetIndentString(w, gx_x("  ")))) < 0 ||
        (err = gx_check(xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL))) <
            0 ||
        (err = gx_start(w, "gexf")) < 0 ||
        (err = gx_attr_str(w, "xmlns", GX_NS)) < 0 ||
        (err = gx_attr_str(w, "xmlns:viz", GX_VIZ)) < 0 ||
        (err = gx_attr_str(w, "version", "1.3")) < 0 ||
        (err = gx_start(w, "meta")) < 0 ||
        (err = gx_check(xmlTextWriterWriteElement(
             w, gx_x("creator"), gx_x("kg " KG_VERSION)))) < 0 ||
        (err = gx_check(xmlTextWriterWriteElement(w, gx_x("description"),
                                                  gx_x(desc)))) < 0 ||
        (err = gx_end(w)) < 0 || (err = gx_start(w, "graph")) < 0 ||
        (err = gx_attr_str(w, "defaultedgetype", "directed")) < 0 ||
        (err = gx_attr_str(w, "mode", dynamic ? "dynamic" : "static")) < 0)
        return err;
    if (dynamic && (err = gx_attr_str(w, "timeformat", "date")) < 0)
        return err;
    if ((err = gx_declare(w, "node", gx_node_attrs,
                          sizeof(gx_node_attrs) / sizeof(gx_node_attrs[0]))) <
            0 ||
        (err = gx_declare(w, "edge", gx_edge_attrs,
                          sizeof(gx_edge_attrs) / sizeof(gx_edge_attrs[0]))) <
            0)
        return err;
    return KG_OK;
}

static int gx_node(xmlTextWriterPtr w,
                   const kg_node *n,
                   size_t nnodes,
                   const char **dates,
                   size_t ndates)
{
    /* Size by PageRank relative to the mean (1/N): 8 for an average node,
     * up to 48. */
    double size = 4.0 + 4.0 * n->pagerank * (double)nnodes;
    int err;

    if (!(size >= 4.0)) /* NaN */
        size = 4.0;
    if (size > 48.0)
        size = 48.0;
    if ((err = gx_start(w, "node")) < 0 ||
        (err = gx_attr_str(w, "id", n->id)) < 0 ||
        (err = gx_attr_str(w, "label", n->label ? n->label : n->id)) < 0 ||
        (err = gx_start(w, "attvalues")) < 0 ||
        (err = gx_value(w, "type", n->type)) < 0 ||
        (err = gx_value(w, "code", n->code)) < 0 ||
        (err = gx_value(w, "country", n->country)) < 0 ||
        (err = gx_value(w, "aliases", n->aliases)) < 0 ||
        (err = gx_value(w, "wikidata", n->wikidata)) < 0 ||
        (err = gx_value_size(w, "mentions", n->mentions)) < 0)
        return err;
    if (n->is_value && ((err = gx_value_num(w, "value", n->value)) < 0 ||
                        (err = gx_value(w, "unit", n->unit)) < 0))
        return err;
    if ((err = gx_value_num(w, "degree", n->degree)) < 0 ||
        (err = gx_value_num(w, "weighted_degree", n->weighted_degree)) < 0 ||
        (err = gx_value_num(w, "pagerank", n->pagerank)) < 0 ||
        (err = gx_value_num(w, "betweenness", n->betweenness)) < 0 ||
        (err = gx_value_size(w, "community", (size_t)n->community)) < 0 ||
        (err = gx_end(w)) < 0 || /* attvalues */
        (err = gx_spells(w, dates, ndates)) < 0 ||
        (err = gx_color(w, kg_export__node_color(n))) < 0 ||
        (err = gx_viz(w, "size")) < 0 ||
        (err = gx_attr_num(w, "value", size)) < 0 || (err = gx_end(w)) < 0)
        return err;
    return gx_end(w);
}

static int gx_edge(xmlTextWriterPtr w,
                   const kg_graph *g,
                   const kg_edge *e,
                   const char **dates,
                   size_t ndates,
                   kg_buf *kind)
{
    const char *type = e->relation && *e->relation ? e->relation : "related";
    char *prov = NULL;
    int err;

    kg_buf_clear(kind);
    if ((err = kg_buf_printf(kind, "%s%s", e->negated ? "not " : "", type)) < 0)
        return err;
    if ((err = gx_start(w, "edge")) < 0 ||
        (err = gx_attr_str(w, "id", e->id)) < 0 ||
        (err = gx_attr_str(w, "source", kg_graph_node(g, e->source)->id)) < 0 ||
        (err = gx_attr_str(w, "target", kg_graph_node(g, e->target)->id)) < 0 ||
        (err = gx_attr_str(w, "label", type)) < 0 ||
        (err = gx_attr_str(w, "kind", kind->ptr)) < 0 ||
        (err = gx_attr_num(w, "weight", e->weight)) < 0 ||
        (err = gx_start(w, "attvalues")) < 0 ||
        (err = gx_value(w, "relation", e->label)) < 0 ||
        (err = gx_value(w, "cameo", e->cameo)) < 0 ||
        (err = gx_value(w, "negated", e->negated ? "true" : "false")) < 0 ||
        (err = gx_value(w, "modality", e->modality)) < 0 ||
        (err = gx_value_size(w, "count", e->count)) < 0 ||
        (err = gx_value(w, "first_date", e->first_date)) < 0 ||
        (err = gx_value(w, "last_date", e->last_date)) < 0)
        return err;
    if ((err = kg_export__prov_json(e, &prov)) < 0)
        return err;
    err = gx_value(w, "provenance", prov);
    kg_export__json_free(prov);
    if (err < 0 || (err = gx_end(w)) < 0 || /* attvalues */
        (err = gx_spells(w, dates, ndates)) < 0 ||
        (err = gx_color(w, kg_export__quad_color(kg_export__quad(e->cameo)))) <
            0 ||
        (err = gx_viz(w, "thickness")) < 0 ||
        (err = gx_attr_num(w, "value", kg_export__penwidth(e->weight))) < 0 ||
        (err = gx_end(w)) < 0)
        return err;
    if (e->negated && ((err = gx_viz(w, "shape")) < 0 ||
                       (err = gx_attr_str(w, "value", "dashed")) < 0 ||
                       (err = gx_end(w)) < 0))
        return err;
    return gx_end(w);
}

static int gx_body(xmlTextWriterPtr w, const kg_graph *g, const gx_dates *d)
{
    size_t i, nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
    kg_buf kind = KG_BUF_INIT;
    char num[KG_EXPORT_NUMLEN];
    int err;

    if ((err = gx_header(w, g, d->any)) < 0)
        return err;
    snprintf(num, sizeof(num), "%zu", nn);
    if ((err = gx_start(w, "nodes")) < 0 ||
        (err = gx_attr_str(w, "count", num)) < 0)
        return err;
    for (i = 0; i < nn; i++)
        if ((err = gx_node(w, kg_graph_node(g, i), nn,
                           d->node_dates + d->node_off[i],
                           d->node_off[i + 1] - d->node_off[i])) < 0)
            return err;
    snprintf(num, sizeof(num), "%zu", ne);
    if ((err = gx_end(w)) < 0 || (err = gx_start(w, "edges")) < 0 ||
        (err = gx_attr_str(w, "count", num)) < 0)
        return err;
    for (i = 0; i < ne && err == KG_OK; i++)
        err = gx_edge(w, g, kg_graph_edge(g, i), d->edge_dates + d->edge_off[i],
                      d->edge_off[i + 1] - d->edge_off[i], &kind);
    kg_buf_dispose(&kind);
    if (err < 0)
        return err;
    if ((err = gx_check(xmlTextWriterEndDocument(w))) < 0)
        return err;
    return gx_check(xmlTextWriterFlush(w));
}

int kg_export_gexf(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    xmlOutputBufferPtr out;
    xmlTextWriterPtr w = NULL;
    gx_dates dates;
    int err;

    memset(&dates, 0, sizeof(dates));
    kg_export__locale_begin(&loc);
    if ((err = gx_dates_build(g, &dates)) < 0) {
        kg_export__write_error(ctx, err, path);
        goto out;
    }
    if ((err = kg_export__open(ctx, &af, path)) < 0)
        goto out;
    /* The buffer only flushes the FILE on close; kg_afile closes it. */
    if (!(out = xmlOutputBufferCreateFile(af.fp, NULL))) {
        err = kg_export__write_error(ctx, KG_ENOMEM, path);
        goto out;
    }
    if (!(w = xmlNewTextWriter(out))) {
        xmlOutputBufferClose(out);
        err = kg_export__write_error(ctx, KG_ENOMEM, path);
        goto out;
    }
    errno = 0;
    if ((err = gx_body(w, g, &dates)) < 0) {
        kg_export__write_error(ctx, err, path);
        goto out;
    }
    /* Frees the output buffer too (which flushes but does not close). */
    xmlFreeTextWriter(w);
    w = NULL;
    err = kg_export__commit(ctx, &af, path);
out:
    if (w)
        xmlFreeTextWriter(w);
    kg_afile_abort(&af);
    gx_dates_free(&dates);
    kg_export__locale_end(&loc);
    return err;
}
