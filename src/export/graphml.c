/*
 * graphml.c: GraphML through libxml2's xmlTextWriter, streamed one node or
 * edge at a time into a temporary file that is renamed into place.
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

#include <libxml/xmlIO.h>
#include <libxml/xmlwriter.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "export_util.h"

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

/* libxml2 spells strings as xmlChar (unsigned char); this is the one cast. */
static const xmlChar *gml_x(const char *s)
{
    return (const xmlChar *)s;
}

static int gml_check(int rc)
{
    return rc < 0 ? KG_EIO : KG_OK;
}

static int gml_attr(xmlTextWriterPtr w, const char *name, const char *value)
{
    return gml_check(xmlTextWriterWriteAttribute(w, gml_x(name), gml_x(value)));
}

/* <data key="key">value</data>, or nothing when value is NULL. */
static int gml_data(xmlTextWriterPtr w, const char *key, const char *value)
{
    int err;

    if (!value)
        return KG_OK;
    if ((err = gml_check(xmlTextWriterStartElement(w, gml_x("data")))) < 0 ||
        (err = gml_attr(w, "key", key)) < 0 ||
        (err = gml_check(xmlTextWriterWriteString(w, gml_x(value)))) < 0)
        return err;
    return gml_check(xmlTextWriterEndElement(w));
}

static int gml_data_double(xmlTextWriterPtr w, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return gml_data(w, key, num);
}

static int gml_data_size(xmlTextWriterPtr w, const char *key, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return gml_data(w, key, num);
}

static int gml_header(xmlTextWriterPtr w)
{
    size_t i;
    int err;

    if ((err = gml_check(xmlTextWriterSetIndent(w, 1))) < 0 ||
        (err = gml_check(xmlTextWriterSetIndentString(w, gml_x("  ")))) < 0 ||
        (err = gml_check(xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL))) <
            0 ||
        (err = gml_check(xmlTextWriterStartElement(w, gml_x("graphml")))) < 0 ||
        (err = gml_attr(w, "xmlns", "http://graphml.graphdrawing.org/xmlns")) <
            0 ||
        (err = gml_attr(w, "xmlns:xsi",
                        "http://www.w3.org/2001/XMLSchema-instance")) < 0 ||
        (err = gml_attr(w, "xsi:schemaLocation",
                        "http://graphml.graphdrawing.org/xmlns "
                        "http://graphml.graphdrawing.org/xmlns/1.0/"
                        "graphml.xsd")) < 0)
        return err;
    for (i = 0; i < sizeof(gml_keys) / sizeof(gml_keys[0]); i++) {
        const gml_key *k = &gml_keys[i];
        if ((err = gml_check(xmlTextWriterStartElement(w, gml_x("key")))) < 0 ||
            (err = gml_attr(w, "id", k->id)) < 0 ||
            (err = gml_attr(w, "for", k->domain)) < 0 ||
            (err = gml_attr(w, "attr.name", k->name)) < 0 ||
            (err = gml_attr(w, "attr.type", k->type)) < 0 ||
            (err = gml_check(xmlTextWriterEndElement(w))) < 0)
            return err;
    }
    if ((err = gml_check(xmlTextWriterStartElement(w, gml_x("graph")))) < 0 ||
        (err = gml_attr(w, "id", "G")) < 0 ||
        (err = gml_attr(w, "edgedefault", "directed")) < 0)
        return err;
    return KG_OK;
}

static int gml_node(xmlTextWriterPtr w, const kg_node *n)
{
    char labels[256];
    int err;

    /* Neo4j labels: split on ':' by APOC (readLabels). */
    snprintf(labels, sizeof(labels), ":Entity%s%s", n->type ? ":" : "",
             n->type ? n->type : "");
    if ((err = gml_check(xmlTextWriterStartElement(w, gml_x("node")))) < 0 ||
        (err = gml_attr(w, "id", n->id)) < 0 ||
        (err = gml_data(w, "labels", labels)) < 0 ||
        (err = gml_data(w, "name", n->label)) < 0 ||
        (err = gml_data(w, "type", n->type)) < 0 ||
        (err = gml_data(w, "code", n->code)) < 0 ||
        (err = gml_data(w, "country", n->country)) < 0 ||
        (err = gml_data(w, "aliases", n->aliases)) < 0 ||
        (err = gml_data(w, "wikidata", n->wikidata)) < 0 ||
        (err = gml_data_size(w, "mentions", n->mentions)) < 0)
        return err;
    if (n->is_value) {
        if ((err = gml_data_double(w, "value", n->value)) < 0 ||
            (err = gml_data(w, "unit", n->unit)) < 0)
            return err;
    }
    if ((err = gml_data_double(w, "degree", n->degree)) < 0 ||
        (err = gml_data_double(w, "weighted_degree", n->weighted_degree)) < 0 ||
        (err = gml_data_double(w, "pagerank", n->pagerank)) < 0 ||
        (err = gml_data_double(w, "betweenness", n->betweenness)) < 0 ||
        (err = gml_data_size(w, "community", (size_t)n->community)) < 0)
        return err;
    return gml_check(xmlTextWriterEndElement(w));
}

static int gml_edge(xmlTextWriterPtr w, const kg_graph *g, const kg_edge *e)
{
    const kg_node *src = kg_graph_node(g, e->source);
    const kg_node *dst = kg_graph_node(g, e->target);
    const char *type = e->relation && *e->relation ? e->relation : "related";
    char *prov = NULL;
    int err;

    if ((err = gml_check(xmlTextWriterStartElement(w, gml_x("edge")))) < 0 ||
        (err = gml_attr(w, "id", e->id)) < 0 ||
        (err = gml_attr(w, "source", src->id)) < 0 ||
        (err = gml_attr(w, "target", dst->id)) < 0 ||
        /* first child, always present */
        (err = gml_data(w, "label", type)) < 0 ||
        (err = gml_data(w, "relation", e->label)) < 0 ||
        (err = gml_data(w, "cameo", e->cameo)) < 0 ||
        (err = gml_data(w, "negated", e->negated ? "true" : "false")) < 0 ||
        (err = gml_data(w, "modality", e->modality)) < 0 ||
        (err = gml_data_size(w, "count", e->count)) < 0 ||
        (err = gml_data_double(w, "weight", e->weight)) < 0 ||
        (err = gml_data(w, "first_date", e->first_date)) < 0 ||
        (err = gml_data(w, "last_date", e->last_date)) < 0)
        return err;
    if ((err = kg_export__prov_json(e, &prov)) < 0)
        return err;
    err = gml_data(w, "provenance", prov);
    kg_export__json_free(prov);
    if (err < 0)
        return err;
    return gml_check(xmlTextWriterEndElement(w));
}

int kg_export_graphml(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    xmlOutputBufferPtr out = NULL;
    xmlTextWriterPtr w = NULL;
    size_t i, n;
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
    /* The buffer only flushes the FILE on close; kg_afile closes it. */
    out = xmlOutputBufferCreateFile(af.fp, NULL);
    if (!out) {
        err = kg_ctx__error(ctx, KG_ENOMEM,
                            "graphml: cannot create an output buffer");
        goto out;
    }
    w = xmlNewTextWriter(out);
    if (!w) {
        xmlOutputBufferClose(out);
        err = kg_ctx__error(ctx, KG_ENOMEM, "graphml: cannot create a writer");
        goto out;
    }
    errno = 0;
    if ((err = gml_header(w)) < 0)
        goto write_failed;
    n = kg_graph_node_count(g);
    for (i = 0; i < n; i++)
        if ((err = gml_node(w, kg_graph_node(g, i))) < 0)
            goto write_failed;
    n = kg_graph_edge_count(g);
    for (i = 0; i < n; i++)
        if ((err = gml_edge(w, g, kg_graph_edge(g, i))) < 0)
            goto write_failed;
    if ((err = gml_check(xmlTextWriterEndDocument(w))) < 0 ||
        (err = gml_check(xmlTextWriterFlush(w))) < 0)
        goto write_failed;
    /* Frees the output buffer too (which flushes but does not close). */
    xmlFreeTextWriter(w);
    w = NULL;
    if ((err = kg_afile_commit(&af)) < 0) {
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
        goto out;
    }
    err = KG_OK;
    goto out;

write_failed:
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "out of memory writing %s", path);
    else
        kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                      errno ? strerror(errno) : "libxml2 writer failed");
out:
    if (w)
        xmlFreeTextWriter(w);
    kg_afile_abort(&af);
    kg_export__locale_end(&loc);
    return err;
}
