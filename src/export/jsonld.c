/*
 * jsonld.c: JSON-LD through cJSON, streamed: the document is written as
 * `{"@context": ..., "@graph": [` followed by one small object per node or
 * edge, printed and freed one at a time, then `]}`.  No document tree of
 * the whole graph is ever built.
 *
 * Invariants of the output (../shared/research/export_formats.md section 4):
 * - the @context is inline (no remote context, so it loads offline) and
 *   equal to ontology/context.jsonld, which the unit test checks;
 * - every @id is an absolute IRI: entities are ID_BASE + node id (node ids
 *   are ASCII [A-Za-z_][A-Za-z0-9_.-]*), relation properties are kg: + the
 *   percent-encoded relation type;
 * - an edge is a direct triple (subject kg:TYPE object) plus an
 *   rdf:Statement node carrying its attributes and provenance; a negated
 *   edge is only a statement with negated true, never a direct triple
 *   (a negated sanction is not a sanction);
 * - numbers that are NaN or infinite are left out (cJSON would print null).
 */
#include "kg/export.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cJSON.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "../util/buf.h"
#include "export_util.h"

#define LD_VOCAB    "https://w3id.org/kg-news/vocab#"
#define LD_ID_BASE  "https://w3id.org/kg-news/id/"
#define LD_WIKIDATA "http://www.wikidata.org/entity/"

/*
 * The @context, in the order it is written.  A prefix entry maps the term
 * to a plain IRI string; every other entry is a term definition object
 * with @id and, where set, @type and @container.  Keep it equal to
 * ontology/context.jsonld (tests/unit/test_export.c compares them).
 */
typedef struct ld_term {
    const char *term, *id, *type, *container;
    int prefix;
} ld_term;

static const ld_term ld_context[] = {
    {"kg", LD_VOCAB, NULL, NULL, 1},
    {"schema", "http://schema.org/", NULL, NULL, 1},
    {"rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#", NULL, NULL, 1},
    {"rdfs", "http://www.w3.org/2000/01/rdf-schema#", NULL, NULL, 1},
    {"xsd", "http://www.w3.org/2001/XMLSchema#", NULL, NULL, 1},
    {"owl", "http://www.w3.org/2002/07/owl#", NULL, NULL, 1},
    {"nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
     NULL, NULL, 1},
    {"name", "schema:name", NULL, NULL, 0},
    {"alternateName", "schema:alternateName", NULL, NULL, 0},
    {"sameAs", "owl:sameAs", "@id", NULL, 0},
    {"code", "kg:code", NULL, NULL, 0},
    {"country", "kg:country", NULL, NULL, 0},
    {"mentions", "kg:mentions", "xsd:integer", NULL, 0},
    {"value", "schema:value", "xsd:double", NULL, 0},
    {"currency", "schema:currency", NULL, NULL, 0},
    {"unitText", "schema:unitText", NULL, NULL, 0},
    {"degree", "kg:degree", "xsd:double", NULL, 0},
    {"weightedDegree", "kg:weightedDegree", "xsd:double", NULL, 0},
    {"pagerank", "kg:pagerank", "xsd:double", NULL, 0},
    {"betweenness", "kg:betweenness", "xsd:double", NULL, 0},
    {"community", "kg:community", "xsd:integer", NULL, 0},
    {"subject", "rdf:subject", "@id", NULL, 0},
    {"predicate", "rdf:predicate", "@id", NULL, 0},
    {"object", "rdf:object", "@id", NULL, 0},
    {"relationType", "kg:relationType", NULL, NULL, 0},
    {"label", "rdfs:label", NULL, NULL, 0},
    {"cameo", "kg:cameo", NULL, NULL, 0},
    {"negated", "kg:negated", "xsd:boolean", NULL, 0},
    {"modality", "kg:modality", NULL, NULL, 0},
    {"count", "kg:count", "xsd:integer", NULL, 0},
    {"weight", "kg:weight", "xsd:double", NULL, 0},
    {"firstDate", "kg:firstDate", "xsd:date", NULL, 0},
    {"lastDate", "kg:lastDate", "xsd:date", NULL, 0},
    {"provenance", "kg:provenance", NULL, "@set", 0},
    {"document", "kg:document", NULL, NULL, 0},
    {"sentence", "kg:sentence", "xsd:integer", NULL, 0},
    {"startByte", "kg:startByte", "xsd:integer", NULL, 0},
    {"endByte", "kg:endByte", "xsd:integer", NULL, 0},
    {"isString", "nif:isString", NULL, NULL, 0},
    {"anchorOf", "nif:anchorOf", NULL, NULL, 0},
    {"beginIndex", "nif:beginIndex", "xsd:nonNegativeInteger", NULL, 0},
    {"endIndex", "nif:endIndex", "xsd:nonNegativeInteger", NULL, 0},
    {"referenceContext", "nif:referenceContext", "@id", NULL, 0},
    {"subjectSpan", "kg:subjectSpan", NULL, NULL, 0},
    {"relationSpan", "kg:relationSpan", NULL, NULL, 0},
    {"objectSpan", "kg:objectSpan", NULL, NULL, 0},
    {"date", "kg:date", "xsd:date", NULL, 0},
    {"attributedTo", "kg:attributedTo", "@id", NULL, 0},
    {"confidence", "kg:confidence", "xsd:double", NULL, 0},
};

/* Entity and value types: schema.org class, an optional kg: class. */
typedef struct ld_class {
    const char *type, *schema_class, *kg_class;
} ld_class;

static const ld_class ld_classes[] = {
    {"Country", "schema:Country", NULL},
    {"Person", "schema:Person", NULL},
    {"Organization", "schema:Organization", NULL},
    {"Group", "schema:Organization", "kg:Group"},
    {"Place", "schema:Place", NULL},
    {"MonetaryAmount", "schema:MonetaryAmount", NULL},
    {"Quantity", "schema:QuantitativeValue", NULL},
    {"Percentage", "schema:QuantitativeValue", "kg:Percentage"},
    {"Date", NULL, "kg:DateValue"},
};

/* ---- cJSON helpers: the item is deleted when adding it fails. ---- */

static int ld_add(cJSON *obj, const char *key, cJSON *item)
{
    if (!item)
        return KG_ENOMEM;
    if (!cJSON_AddItemToObject(obj, key, item)) {
        cJSON_Delete(item);
        return KG_ENOMEM;
    }
    return KG_OK;
}

static int ld_push(cJSON *arr, cJSON *item)
{
    if (!item)
        return KG_ENOMEM;
    if (!cJSON_AddItemToArray(arr, item)) {
        cJSON_Delete(item);
        return KG_ENOMEM;
    }
    return KG_OK;
}

/* A string member, or nothing when s is NULL. */
static int ld_str(cJSON *obj, const char *key, const char *s)
{
    return s ? ld_add(obj, key, cJSON_CreateString(s)) : KG_OK;
}

/* A number member, or nothing when v is NaN or infinite.  Written raw in
 * the exporters' one number format (shortest round-trip, C locale). */
static int ld_num(cJSON *obj, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return ld_add(obj, key, cJSON_CreateRaw(num));
}

/* A count: an integer member. */
static int ld_int(cJSON *obj, const char *key, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return ld_add(obj, key, cJSON_CreateRaw(num));
}

/* ---- IRIs ---- */

/* ID_BASE + local into b (node and edge ids are already IRI-safe). */
static int ld_iri(kg_buf *b, const char *local)
{
    kg_buf_clear(b);
    return kg_buf_printf(b, "%s%s", LD_ID_BASE, local);
}

/* "kg:" + the relation type, percent-encoding every byte outside the
 * unreserved set, so "impose sanction" becomes kg:impose%20sanction. */
static int ld_predicate(kg_buf *b, const char *type)
{
    static const char hex[] = "0123456789ABCDEF";
    const unsigned char *p;
    int err;

    kg_buf_clear(b);
    if (!type || !*type)
        type = "related";
    if ((err = kg_buf_puts(b, "kg:")) < 0)
        return err;
    for (p = (const unsigned char *)type; *p; p++) {
        int plain = (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
                    (*p >= '0' && *p <= '9') || *p == '_' || *p == '-' ||
                    *p == '.' || *p == '~';
        if (plain)
            err = kg_buf_putc(b, (char)*p);
        else if ((err = kg_buf_putc(b, '%')) >= 0 &&
                 (err = kg_buf_putc(b, hex[*p >> 4])) >= 0)
            err = kg_buf_putc(b, hex[*p & 15]);
        if (err < 0)
            return err;
    }
    return KG_OK;
}

/* A Wikidata item id is Q followed by digits; anything else is skipped. */
static int ld_is_qid(const char *q)
{
    const char *p;

    if (!q || q[0] != 'Q' || !q[1])
        return 0;
    for (p = q + 1; *p; p++)
        if (*p < '0' || *p > '9')
            return 0;
    return 1;
}

/* ---- the context ---- */

static int ld_context_json(cJSON **out)
{
    cJSON *ctx = cJSON_CreateObject();
    cJSON *def;
    size_t i;
    int err = KG_OK;

    *out = NULL;
    if (!ctx)
        return KG_ENOMEM;
    for (i = 0; i < sizeof(ld_context) / sizeof(ld_context[0]); i++) {
        const ld_term *t = &ld_context[i];
        if (t->prefix) {
            if ((err = ld_str(ctx, t->term, t->id)) < 0)
                goto fail;
            continue;
        }
        if (!(def = cJSON_CreateObject())) {
            err = KG_ENOMEM;
            goto fail;
        }
        if ((err = ld_str(def, "@id", t->id)) < 0 ||
            (err = ld_str(def, "@type", t->type)) < 0 ||
            (err = ld_str(def, "@container", t->container)) < 0) {
            cJSON_Delete(def);
            goto fail;
        }
        if ((err = ld_add(ctx, t->term, def)) < 0)
            goto fail;
    }
    *out = ctx;
    return KG_OK;
fail:
    cJSON_Delete(ctx);
    return err;
}

/* ---- nodes ---- */

static int ld_types(cJSON *obj, const kg_node *n, kg_buf *tmp)
{
    cJSON *arr = cJSON_CreateArray();
    const ld_class *c = NULL;
    size_t i;
    int err = KG_OK;

    if (!arr)
        return KG_ENOMEM;
    for (i = 0; n->type && i < sizeof(ld_classes) / sizeof(ld_classes[0]); i++)
        if (strcmp(n->type, ld_classes[i].type) == 0)
            c = &ld_classes[i];
    if (c) {
        if (c->schema_class &&
            (err = ld_push(arr, cJSON_CreateString(c->schema_class))) < 0)
            goto fail;
        if (c->kg_class &&
            (err = ld_push(arr, cJSON_CreateString(c->kg_class))) < 0)
            goto fail;
    } else if (n->type && *n->type) {
        /* A type the table does not know: kg:Type. */
        if ((err = ld_predicate(tmp, n->type)) < 0 ||
            (err = ld_push(arr, cJSON_CreateString(tmp->ptr))) < 0)
            goto fail;
    }
    if ((err = ld_push(arr, cJSON_CreateString(n->is_value ? "kg:Value"
                                                           : "kg:Entity"))) < 0)
        goto fail;
    return ld_add(obj, "@type", arr);
fail:
    cJSON_Delete(arr);
    return err;
}

/* Aliases are ';'-separated; empty pieces are skipped. */
static int ld_aliases(cJSON *obj, const char *aliases, kg_buf *tmp)
{
    cJSON *arr;
    const char *p = aliases;
    int err;

    if (!aliases || !*aliases)
        return KG_OK;
    if (!(arr = cJSON_CreateArray()))
        return KG_ENOMEM;
    while (*p) {
        const char *q = strchr(p, ';');
        size_t len = q ? (size_t)(q - p) : strlen(p);

        if (len > 0) {
            kg_buf_clear(tmp);
            if ((err = kg_buf_put(tmp, p, len)) < 0 ||
                (err = ld_push(arr, cJSON_CreateString(tmp->ptr))) < 0)
                goto fail;
        }
        p += len;
        if (*p == ';')
            p++;
    }
    return ld_add(obj, "alternateName", arr);
fail:
    cJSON_Delete(arr);
    return err;
}

static int ld_node(const kg_node *n, kg_buf *tmp, cJSON **out)
{
    cJSON *o = cJSON_CreateObject();
    int err;

    *out = NULL;
    if (!o)
        return KG_ENOMEM;
    if ((err = ld_iri(tmp, n->id)) < 0 ||
        (err = ld_str(o, "@id", tmp->ptr)) < 0 ||
        (err = ld_types(o, n, tmp)) < 0 ||
        (err = ld_str(o, "name", n->label)) < 0 ||
        (err = ld_aliases(o, n->aliases, tmp)) < 0 ||
        (err = ld_str(o, "code", n->code)) < 0 ||
        (err = ld_str(o, "country", n->country)) < 0)
        goto fail;
    if (ld_is_qid(n->wikidata)) {
        kg_buf_clear(tmp);
        if ((err = kg_buf_printf(tmp, "%s%s", LD_WIKIDATA, n->wikidata)) < 0 ||
            (err = ld_str(o, "sameAs", tmp->ptr)) < 0)
            goto fail;
    }
    if ((err = ld_int(o, "mentions", n->mentions)) < 0)
        goto fail;
    if (n->is_value) {
        int money = n->type && strcmp(n->type, "MonetaryAmount") == 0;
        if ((err = ld_num(o, "value", n->value)) < 0 ||
            (err = ld_str(o, money ? "currency" : "unitText", n->unit)) < 0)
            goto fail;
    }
    if ((err = ld_num(o, "degree", n->degree)) < 0 ||
        (err = ld_num(o, "weightedDegree", n->weighted_degree)) < 0 ||
        (err = ld_num(o, "pagerank", n->pagerank)) < 0 ||
        (err = ld_num(o, "betweenness", n->betweenness)) < 0 ||
        (err = ld_int(o, "community", (size_t)n->community)) < 0)
        goto fail;
    *out = o;
    return KG_OK;
fail:
    cJSON_Delete(o);
    return err;
}

/* ---- edges ---- */

/* Code points in s[0..n): NIF offsets count characters, not bytes. */
static size_t ld_chars(const char *s, size_t n)
{
    size_t i, c = 0;

    for (i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            c++;
    return c;
}

/*
 * A span of the sentence as a nif:Phrase of the mention's context: its
 * document bytes [a, b), and where it lies inside the sentence it was read
 * in, as NIF character offsets with its words (anchorOf).  The NIF part is
 * left out when the span is not inside the sentence.
 */
static int ld_span(cJSON *obj, const char *key, const kg_provenance *p,
                   const char *context, size_t a, size_t b, kg_buf *tmp)
{
    cJSON *s = cJSON_CreateObject();
    size_t tlen = p->text ? strlen(p->text) : 0;
    int err;

    if (!s)
        return KG_ENOMEM;
    if ((err = ld_str(s, "@type", "nif:Phrase")) < 0 ||
        (err = ld_int(s, "startByte", a)) < 0 ||
        (err = ld_int(s, "endByte", b)) < 0)
        goto fail;
    if (a >= p->start && b >= a && b - p->start <= tlen) {
        size_t ra = a - p->start, rb = b - p->start;
        kg_buf_clear(tmp);
        if ((err = ld_str(s, "referenceContext", context)) < 0 ||
            (err = ld_int(s, "beginIndex", ld_chars(p->text, ra))) < 0 ||
            (err = ld_int(s, "endIndex", ld_chars(p->text, rb))) < 0 ||
            (err = kg_buf_put(tmp, p->text + ra, rb - ra)) < 0 ||
            (err = ld_str(s, "anchorOf", tmp->ptr ? tmp->ptr : "")) < 0)
            goto fail;
    }
    return ld_add(obj, key, s);
fail:
    cJSON_Delete(s);
    return err;
}

/*
 * Mention k of edge e: the sentence it was read in, as a NIF context
 * (isString, beginIndex 0, endIndex its length in characters) that the
 * subject, relation and object spans refer to, plus where the sentence
 * is in its document (kg:document, kg:sentence and document bytes).
 */
static int ld_mention(cJSON *arr, const kg_edge *e, size_t k, kg_buf *tmp)
{
    const kg_provenance *p = &e->prov[k];
    cJSON *m = cJSON_CreateObject();
    cJSON *types = NULL;
    kg_buf iri = KG_BUF_INIT;
    const char *text = p->text ? p->text : "";
    int err;

    if (!m)
        return KG_ENOMEM;
    if (!(types = cJSON_CreateArray())) {
        err = KG_ENOMEM;
        goto fail;
    }
    if ((err = ld_push(types, cJSON_CreateString("kg:Mention"))) < 0 ||
        (err = ld_push(types, cJSON_CreateString("nif:Context"))) < 0) {
        cJSON_Delete(types);
        goto fail;
    }
    if ((err = kg_buf_printf(&iri, "%sedge/%s/mention/%zu", LD_ID_BASE,
                             e->id, k)) < 0 ||
        (err = ld_str(m, "@id", iri.ptr)) < 0 ||
        (err = ld_add(m, "@type", types)) < 0 ||
        (err = ld_str(m, "document", p->doc)) < 0 ||
        (err = ld_int(m, "sentence", p->sentence)) < 0 ||
        (err = ld_int(m, "startByte", p->start)) < 0 ||
        (err = ld_int(m, "endByte", p->end)) < 0 ||
        (err = ld_str(m, "isString", text)) < 0 ||
        (err = ld_int(m, "beginIndex", 0)) < 0 ||
        (err = ld_int(m, "endIndex", ld_chars(text, strlen(text)))) < 0 ||
        (err = ld_span(m, "subjectSpan", p, iri.ptr, p->subj_start,
                       p->subj_end, tmp)) < 0 ||
        (err = ld_span(m, "relationSpan", p, iri.ptr, p->rel_start,
                       p->rel_end, tmp)) < 0 ||
        (err = ld_span(m, "objectSpan", p, iri.ptr, p->obj_start, p->obj_end,
                       tmp)) < 0 ||
        (err = ld_str(m, "date", p->date)) < 0)
        goto fail;
    if (p->attributed_to) {
        if ((err = ld_iri(tmp, p->attributed_to)) < 0 ||
            (err = ld_str(m, "attributedTo", tmp->ptr)) < 0)
            goto fail;
    }
    if ((err = ld_num(m, "confidence", p->confidence)) < 0)
        goto fail;
    kg_buf_dispose(&iri);
    return ld_push(arr, m);
fail:
    kg_buf_dispose(&iri);
    cJSON_Delete(m);
    return err;
}

/* The direct triple: {"@id": subject, "kg:TYPE": {"@id": object}}. */
static int
ld_triple(const kg_graph *g, const kg_edge *e, kg_buf *tmp, cJSON **out)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *ref = NULL;
    int err;

    *out = NULL;
    if (!o)
        return KG_ENOMEM;
    if ((err = ld_iri(tmp, kg_graph_node(g, e->source)->id)) < 0 ||
        (err = ld_str(o, "@id", tmp->ptr)) < 0)
        goto fail;
    if (!(ref = cJSON_CreateObject())) {
        err = KG_ENOMEM;
        goto fail;
    }
    if ((err = ld_iri(tmp, kg_graph_node(g, e->target)->id)) < 0 ||
        (err = ld_str(ref, "@id", tmp->ptr)) < 0 ||
        (err = ld_predicate(tmp, e->relation)) < 0) {
        cJSON_Delete(ref);
        goto fail;
    }
    if ((err = ld_add(o, tmp->ptr, ref)) < 0)
        goto fail;
    *out = o;
    return KG_OK;
fail:
    cJSON_Delete(o);
    return err;
}

/* The rdf:Statement node that carries the edge's attributes. */
static int
ld_statement(const kg_graph *g, const kg_edge *e, kg_buf *tmp, cJSON **out)
{
    cJSON *o = cJSON_CreateObject();
    cJSON *types = NULL, *prov = NULL;
    size_t i;
    int err;

    *out = NULL;
    if (!o)
        return KG_ENOMEM;
    /* statements live under id/edge/ so that no node id ("e12" is a
     * possible one) can name the same IRI */
    kg_buf_clear(tmp);
    if ((err = kg_buf_printf(tmp, "%sedge/%s", LD_ID_BASE, e->id)) < 0 ||
        (err = ld_str(o, "@id", tmp->ptr)) < 0)
        goto fail;
    if (!(types = cJSON_CreateArray())) {
        err = KG_ENOMEM;
        goto fail;
    }
    if ((err = ld_push(types, cJSON_CreateString("rdf:Statement"))) < 0 ||
        (err = ld_push(types, cJSON_CreateString("kg:Relation"))) < 0) {
        cJSON_Delete(types);
        goto fail;
    }
    if ((err = ld_add(o, "@type", types)) < 0 ||
        (err = ld_iri(tmp, kg_graph_node(g, e->source)->id)) < 0 ||
        (err = ld_str(o, "subject", tmp->ptr)) < 0 ||
        (err = ld_predicate(tmp, e->relation)) < 0 ||
        (err = ld_str(o, "predicate", tmp->ptr)) < 0 ||
        (err = ld_iri(tmp, kg_graph_node(g, e->target)->id)) < 0 ||
        (err = ld_str(o, "object", tmp->ptr)) < 0 ||
        (err = ld_str(o, "relationType", e->relation)) < 0 ||
        (err = ld_str(o, "label", e->label)) < 0 ||
        (err = ld_str(o, "cameo", e->cameo)) < 0 ||
        (err = ld_add(o, "negated", cJSON_CreateBool(e->negated != 0))) < 0 ||
        (err = ld_str(o, "modality", e->modality)) < 0 ||
        (err = ld_int(o, "count", e->count)) < 0 ||
        (err = ld_num(o, "weight", e->weight)) < 0 ||
        (err = ld_str(o, "firstDate", e->first_date)) < 0 ||
        (err = ld_str(o, "lastDate", e->last_date)) < 0)
        goto fail;
    if (e->nprov > 0) {
        if (!(prov = cJSON_CreateArray())) {
            err = KG_ENOMEM;
            goto fail;
        }
        for (i = 0; i < e->nprov; i++) {
            if ((err = ld_mention(prov, e, i, tmp)) < 0) {
                cJSON_Delete(prov);
                goto fail;
            }
        }
        if ((err = ld_add(o, "provenance", prov)) < 0)
            goto fail;
    }
    *out = o;
    return KG_OK;
fail:
    cJSON_Delete(o);
    return err;
}

/* ---- writing ---- */

typedef struct ld_writer {
    FILE *fp;
    size_t items; /* objects written into @graph so far */
} ld_writer;

static int ld_write(ld_writer *w, const char *s)
{
    size_t n = strlen(s);
    return fwrite(s, 1, n, w->fp) == n ? KG_OK : KG_EIO;
}

/* Print obj as one line of @graph and free it (always). */
static int ld_emit(ld_writer *w, cJSON *obj)
{
    char *s = cJSON_PrintUnformatted(obj);
    int err;

    cJSON_Delete(obj);
    if (!s)
        return KG_ENOMEM;
    err = ld_write(w, w->items ? ",\n" : "\n");
    if (err == KG_OK)
        err = ld_write(w, s);
    cJSON_free(s);
    w->items++;
    return err;
}

static int ld_header(ld_writer *w)
{
    cJSON *ctx = NULL;
    char *s;
    int err;

    if ((err = ld_context_json(&ctx)) < 0)
        return err;
    s = cJSON_Print(ctx);
    cJSON_Delete(ctx);
    if (!s)
        return KG_ENOMEM;
    if ((err = ld_write(w, "{\n\"@context\": ")) == KG_OK &&
        (err = ld_write(w, s)) == KG_OK)
        err = ld_write(w, ",\n\"@graph\": [");
    cJSON_free(s);
    return err;
}

static int ld_body(ld_writer *w, const kg_graph *g, kg_buf *tmp)
{
    cJSON *obj;
    size_t i, n;
    int err;

    if ((err = ld_header(w)) < 0)
        return err;
    n = kg_graph_node_count(g);
    for (i = 0; i < n; i++) {
        if ((err = ld_node(kg_graph_node(g, i), tmp, &obj)) < 0 ||
            (err = ld_emit(w, obj)) < 0)
            return err;
    }
    n = kg_graph_edge_count(g);
    for (i = 0; i < n; i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        if (!e->negated) {
            if ((err = ld_triple(g, e, tmp, &obj)) < 0 ||
                (err = ld_emit(w, obj)) < 0)
                return err;
        }
        if ((err = ld_statement(g, e, tmp, &obj)) < 0 ||
            (err = ld_emit(w, obj)) < 0)
            return err;
    }
    return ld_write(w, "\n]\n}\n");
}

int kg_export_jsonld(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    kg_buf tmp = KG_BUF_INIT;
    ld_writer w;
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
    w.fp = af.fp;
    w.items = 0;
    errno = 0;
    if ((err = ld_body(&w, g, &tmp)) < 0) {
        if (err == KG_EIO)
            kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                          errno ? strerror(errno) : "write failed");
        else
            kg_ctx__error(ctx, err, "out of memory writing %s", path);
        goto out;
    }
    if ((err = kg_afile_commit(&af)) < 0)
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
out:
    kg_afile_abort(&af);
    kg_buf_dispose(&tmp);
    kg_export__locale_end(&loc);
    return err;
}
