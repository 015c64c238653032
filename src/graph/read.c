/*
 * read.c: kg_graph_load, reading back a graph that kg_export_graphml saved,
 * so `kg export` can filter and re-export it without the articles.
 *
 * The file is read as a stream (libxml2's xmlTextReader): a node at a time,
 * an edge at a time with its provenance JSON (cJSON).  GraphML keys are
 * matched on attr.name (falling back to the key id), so a file whose keys
 * another tool renumbered still loads.  Nodes keep every attribute kg
 * writes except the computed ones (mentions, metrics, community); edges are
 * rebuilt from their provenance with kg_graph__put_edge, so counts,
 * weights, dates and everything computed come out as kg computed them the
 * first time, and exporting the loaded graph reproduces the saved one.
 *
 * The file is untrusted: no network (XML_PARSE_NONET), no DOCTYPE at all
 * (so no entity tricks), every string from the provenance JSON is
 * re-validated as UTF-8 with controls dropped, and numbers are
 * range-checked.  Errors name the line.
 */
#include "graph_internal.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <libxml/xmlreader.h>

#include "../core/ctx_internal.h"
#include "../util/buf.h"
#include "../util/strpool.h"
#include "../util/utf8.h"

/* The attributes kg reads back, by GraphML attr.name. */
typedef enum rd_field {
    RD_NONE,
    RD_N_LABEL,
    RD_N_TYPE,
    RD_N_CODE,
    RD_N_COUNTRY,
    RD_N_ALIASES,
    RD_N_WIKIDATA,
    RD_N_VALUE,
    RD_N_UNIT,
    RD_E_TYPE,  /* attr.name "label": the relation type */
    RD_E_LABEL, /* attr.name "relation": the display label */
    RD_E_CAMEO,
    RD_E_NEGATED,
    RD_E_MODALITY,
    RD_E_PROVENANCE
} rd_field;

typedef struct rd_name {
    const char *domain, *name;
    rd_field field;
} rd_name;

static const rd_name rd_names[] = {
    {"node", "label", RD_N_LABEL},
    {"node", "type", RD_N_TYPE},
    {"node", "code", RD_N_CODE},
    {"node", "country", RD_N_COUNTRY},
    {"node", "aliases", RD_N_ALIASES},
    {"node", "wikidata", RD_N_WIKIDATA},
    {"node", "value", RD_N_VALUE},
    {"node", "unit", RD_N_UNIT},
    {"edge", "label", RD_E_TYPE},
    {"edge", "relation", RD_E_LABEL},
    {"edge", "cameo", RD_E_CAMEO},
    {"edge", "negated", RD_E_NEGATED},
    {"edge", "modality", RD_E_MODALITY},
    {"edge", "provenance", RD_E_PROVENANCE},
};

typedef struct rd_key {
    char *id;
    rd_field node_field, edge_field;
} rd_key;

/* Node ids of the file -> node index in the graph (open addressing). */
typedef struct rd_slot {
    const char *id; /* interned */
    size_t idx;
} rd_slot;

typedef struct rd_state {
    kg_ctx *ctx;
    kg_strpool *pool;
    kg_graph *g;
    xmlTextReaderPtr r;
    const char *path;
    rd_key *keys;
    size_t nkeys, capkeys;
    rd_slot *slots;
    size_t nslots, nids;
    /* the element being read */
    int in_node, in_edge;
    kg_node node;
    int has_value;
    kg_edge edge;
    const char *edge_id, *source, *target;
    kg_provenance *prov;
    size_t nprov, capprov;
    int has_prov;
    kg_buf tmp;
    char xml_error[256];
    int xml_line;
} rd_state;

static const xmlChar *rd_x(const char *s)
{
    return (const xmlChar *)s;
}

static const char *rd_c(const xmlChar *s)
{
    return (const char *)s;
}

static int rd_line(const rd_state *st)
{
    int line = xmlTextReaderGetParserLineNumber(st->r);
    return line > 0 ? line : 0;
}

/* "PATH:LINE: message" into ctx, KG_EPARSE. */
static int rd_fail(rd_state *st, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int rd_fail(rd_state *st, const char *fmt, ...)
{
    char msg[512];
    va_list ap;

    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return kg_ctx__error(st->ctx, KG_EPARSE, "%s:%d: %s", st->path, rd_line(st),
                         msg);
}

static void rd_on_xml_error(void *payload, xmlErrorPtr e)
{
    rd_state *st = payload;
    size_t n;

    if (!e || st->xml_error[0])
        return; /* keep the first */
    snprintf(st->xml_error, sizeof(st->xml_error), "%s",
             e->message ? e->message : "XML error");
    n = strlen(st->xml_error);
    while (n > 0 &&
           (st->xml_error[n - 1] == '\n' || st->xml_error[n - 1] == ' '))
        st->xml_error[--n] = '\0';
    st->xml_line = e->line;
}

/* Intern s[0..n) after cleaning it (valid UTF-8, NFC, no controls). */
static int rd_clean(rd_state *st, const char *s, size_t n, const char **out)
{
    size_t invalid = 0;
    int err;

    kg_buf_clear(&st->tmp);
    if ((err = kg_utf8_clean(s, n, 0, &st->tmp, &invalid)) < 0)
        return err;
    *out = kg_strpool_intern(st->pool, st->tmp.ptr ? st->tmp.ptr : "",
                             st->tmp.len);
    return *out ? KG_OK : KG_ENOMEM;
}

/* ---- keys ---- */

static rd_field rd_lookup_name(const char *domain, const char *name)
{
    size_t i;

    for (i = 0; i < sizeof(rd_names) / sizeof(rd_names[0]); i++)
        if (strcmp(rd_names[i].domain, domain) == 0 &&
            strcmp(rd_names[i].name, name) == 0)
            return rd_names[i].field;
    return RD_NONE;
}

static int rd_key_elem(rd_state *st)
{
    xmlChar *id = xmlTextReaderGetAttribute(st->r, rd_x("id"));
    xmlChar *dom = xmlTextReaderGetAttribute(st->r, rd_x("for"));
    xmlChar *name = xmlTextReaderGetAttribute(st->r, rd_x("attr.name"));
    const char *nm;
    rd_key *k;
    int err = KG_OK;

    if (!id) {
        err = rd_fail(st, "<key> without id");
        goto out;
    }
    if (st->nkeys == st->capkeys) {
        size_t ncap = st->capkeys ? st->capkeys * 2 : 32;
        rd_key *nk = realloc(st->keys, ncap * sizeof(*nk));
        if (!nk) {
            err = KG_ENOMEM;
            goto out;
        }
        st->keys = nk;
        st->capkeys = ncap;
    }
    k = &st->keys[st->nkeys];
    if (!(k->id = strdup(rd_c(id)))) {
        err = KG_ENOMEM;
        goto out;
    }
    st->nkeys++;
    nm = name ? rd_c(name) : rd_c(id);
    /* for="all" (or missing, which means all) serves both */
    k->node_field = k->edge_field = RD_NONE;
    if (!dom || !strcmp(rd_c(dom), "node") || !strcmp(rd_c(dom), "all"))
        k->node_field = rd_lookup_name("node", nm);
    if (!dom || !strcmp(rd_c(dom), "edge") || !strcmp(rd_c(dom), "all"))
        k->edge_field = rd_lookup_name("edge", nm);
out:
    xmlFree(id);
    xmlFree(dom);
    xmlFree(name);
    return err;
}

static const rd_key *rd_find_key(const rd_state *st, const char *id)
{
    size_t i;

    for (i = 0; i < st->nkeys; i++)
        if (strcmp(st->keys[i].id, id) == 0)
            return &st->keys[i];
    return NULL;
}

/* ---- node ids ---- */

static size_t rd_hash(const char *s)
{
    size_t h = 1469598103934665603ULL;

    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int rd_map_find(const rd_state *st, const char *id, size_t *idx)
{
    size_t h;

    if (!st->nslots)
        return 0;
    for (h = rd_hash(id) & (st->nslots - 1); st->slots[h].id;
         h = (h + 1) & (st->nslots - 1))
        if (st->slots[h].id == id) {
            *idx = st->slots[h].idx;
            return 1;
        }
    return 0;
}

static int rd_map_add(rd_state *st, const char *id, size_t idx)
{
    size_t h, i;

    if ((st->nids + 1) * 2 > st->nslots) {
        size_t ns = st->nslots ? st->nslots * 2 : 256;
        rd_slot *nsl = calloc(ns, sizeof(*nsl));
        if (!nsl)
            return KG_ENOMEM;
        for (i = 0; i < st->nslots; i++) {
            if (!st->slots[i].id)
                continue;
            for (h = rd_hash(st->slots[i].id) & (ns - 1); nsl[h].id;
                 h = (h + 1) & (ns - 1))
                ;
            nsl[h] = st->slots[i];
        }
        free(st->slots);
        st->slots = nsl;
        st->nslots = ns;
    }
    for (h = rd_hash(id) & (st->nslots - 1); st->slots[h].id;
         h = (h + 1) & (st->nslots - 1))
        ;
    st->slots[h].id = id;
    st->slots[h].idx = idx;
    st->nids++;
    return KG_OK;
}

/* ---- provenance JSON ---- */

/* A whole number from 0 to 2^53, or -1. */
static int rd_size(const cJSON *v, size_t *out)
{
    double d;

    if (!cJSON_IsNumber(v))
        return -1;
    d = v->valuedouble;
    if (!(d >= 0) || d > 9007199254740992.0 || floor(d) != d)
        return -1;
    *out = (size_t)d;
    return 0;
}

static int rd_span(const cJSON *o, const char *key, size_t *a, size_t *b)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

    if (!cJSON_IsArray(v) || cJSON_GetArraySize(v) != 2 ||
        rd_size(cJSON_GetArrayItem(v, 0), a) < 0 ||
        rd_size(cJSON_GetArrayItem(v, 1), b) < 0)
        return -1;
    return 0;
}

/* A string member, cleaned and interned, or NULL for null / missing when
 * optional. */
static int rd_json_str(rd_state *st,
                       const cJSON *o,
                       const char *key,
                       int optional,
                       const char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

    *out = NULL;
    if (cJSON_IsString(v))
        return rd_clean(st, v->valuestring, strlen(v->valuestring), out);
    if (optional && (!v || cJSON_IsNull(v)))
        return KG_OK;
    return KG_EPARSE;
}

static int rd_prov_item(rd_state *st, const cJSON *o, kg_provenance *p)
{
    const cJSON *conf = cJSON_GetObjectItemCaseSensitive(o, "confidence");
    int err;

    memset(p, 0, sizeof(*p));
    if (!cJSON_IsObject(o) ||
        rd_size(cJSON_GetObjectItemCaseSensitive(o, "sentence"), &p->sentence) <
            0 ||
        rd_size(cJSON_GetObjectItemCaseSensitive(o, "start"), &p->start) < 0 ||
        rd_size(cJSON_GetObjectItemCaseSensitive(o, "end"), &p->end) < 0 ||
        rd_span(o, "subject", &p->subj_start, &p->subj_end) < 0 ||
        rd_span(o, "relation", &p->rel_start, &p->rel_end) < 0 ||
        rd_span(o, "object", &p->obj_start, &p->obj_end) < 0)
        return KG_EPARSE;
    if ((err = rd_json_str(st, o, "doc", 0, &p->doc)) < 0 ||
        (err = rd_json_str(st, o, "text", 0, &p->text)) < 0 ||
        (err = rd_json_str(st, o, "date", 1, &p->date)) < 0 ||
        (err = rd_json_str(st, o, "attributed_to", 1, &p->attributed_to)) < 0)
        return err;
    if (cJSON_IsNumber(conf) && isfinite(conf->valuedouble))
        p->confidence = conf->valuedouble;
    else if (!conf || cJSON_IsNull(conf))
        p->confidence = NAN;
    else
        return KG_EPARSE;
    return KG_OK;
}

static int rd_provenance(rd_state *st, const char *json)
{
    cJSON *arr = cJSON_Parse(json);
    const cJSON *o;
    int err = KG_OK;

    if (!cJSON_IsArray(arr)) {
        cJSON_Delete(arr);
        return rd_fail(st, "edge %s: provenance is not a JSON array",
                       st->edge_id);
    }
    st->nprov = 0;
    cJSON_ArrayForEach(o, arr) {
        if (st->nprov == st->capprov) {
            size_t ncap = st->capprov ? st->capprov * 2 : 16;
            kg_provenance *np = realloc(st->prov, ncap * sizeof(*np));
            if (!np) {
                err = KG_ENOMEM;
                break;
            }
            st->prov = np;
            st->capprov = ncap;
        }
        if ((err = rd_prov_item(st, o, &st->prov[st->nprov])) < 0) {
            if (err == KG_EPARSE)
                err = rd_fail(st,
                              "edge %s: mention %zu of the provenance "
                              "is malformed",
                              st->edge_id, st->nprov);
            break;
        }
        st->nprov++;
    }
    cJSON_Delete(arr);
    st->has_prov = err == KG_OK;
    return err;
}

/* ---- elements ---- */

static int rd_intern_attr(rd_state *st, const char *name, const char **out)
{
    xmlChar *v = xmlTextReaderGetAttribute(st->r, rd_x(name));

    *out = NULL;
    if (!v)
        return KG_OK;
    *out = kg_strpool_intern0(st->pool, rd_c(v));
    xmlFree(v);
    return *out ? KG_OK : KG_ENOMEM;
}

static int rd_node_start(rd_state *st)
{
    int err;

    memset(&st->node, 0, sizeof(st->node));
    st->has_value = 0;
    if ((err = rd_intern_attr(st, "id", &st->node.id)) < 0)
        return err;
    if (!st->node.id)
        return rd_fail(st, "<node> without id");
    st->in_node = 1;
    return KG_OK;
}

static int rd_is_value_type(const char *type)
{
    static const char *const types[] = {"MonetaryAmount", "Quantity",
                                        "Percentage", "Date"};
    size_t i;

    for (i = 0; type && i < sizeof(types) / sizeof(types[0]); i++)
        if (strcmp(type, types[i]) == 0)
            return 1;
    return 0;
}

static int rd_node_end(rd_state *st)
{
    size_t idx, dummy;
    int err;

    st->in_node = 0;
    if (rd_map_find(st, st->node.id, &dummy))
        return rd_fail(st, "node %s is declared twice", st->node.id);
    st->node.is_value = st->has_value || rd_is_value_type(st->node.type);
    if (st->node.is_value && !st->has_value)
        st->node.value = NAN;
    if ((err = kg_graph__put_node(st->g, &st->node, &idx)) < 0 ||
        (err = rd_map_add(st, st->node.id, idx)) < 0)
        return err;
    return KG_OK;
}

static int rd_edge_start(rd_state *st)
{
    int err;

    memset(&st->edge, 0, sizeof(st->edge));
    st->nprov = 0;
    st->has_prov = 0;
    if ((err = rd_intern_attr(st, "id", &st->edge_id)) < 0 ||
        (err = rd_intern_attr(st, "source", &st->source)) < 0 ||
        (err = rd_intern_attr(st, "target", &st->target)) < 0)
        return err;
    if (!st->edge_id)
        st->edge_id = "(no id)";
    if (!st->source || !st->target)
        return rd_fail(st, "edge %s without source or target", st->edge_id);
    st->in_edge = 1;
    return KG_OK;
}

static int rd_edge_end(rd_state *st)
{
    size_t s, t;

    st->in_edge = 0;
    if (!rd_map_find(st, st->source, &s) || !rd_map_find(st, st->target, &t))
        return rd_fail(st, "edge %s: node %s or %s is not declared before it",
                       st->edge_id, st->source, st->target);
    if (!st->has_prov)
        return rd_fail(st,
                       "edge %s has no kg provenance data (not a graph "
                       "saved by kg)",
                       st->edge_id);
    return kg_graph__put_edge(st->g, s, t, &st->edge, st->prov, st->nprov);
}

static int rd_data(rd_state *st)
{
    xmlChar *key = xmlTextReaderGetAttribute(st->r, rd_x("key"));
    xmlChar *text = NULL;
    const rd_key *k;
    rd_field f;
    const char *v = NULL;
    int err = KG_OK;

    if (!key || !(k = rd_find_key(st, rd_c(key)))) {
        err = rd_fail(st, "<data> with undeclared key %s",
                      key ? rd_c(key) : "(none)");
        goto out;
    }
    f = st->in_node ? k->node_field : k->edge_field;
    if (f == RD_NONE)
        goto out; /* computed (metrics, counts) or foreign: ignored */
    /* NULL: an empty element, or the file ends inside it (the reader's
     * error, reported with its line when the loop stops) */
    text = xmlTextReaderReadString(st->r);
    if (!text) {
        if (st->xml_error[0])
            err = kg_ctx__error(st->ctx, KG_EPARSE, "%s:%d: %s", st->path,
                                st->xml_line, st->xml_error);
        else if (!(text = xmlStrdup(rd_x(""))))
            err = KG_ENOMEM;
        if (err < 0)
            goto out;
    }
    if (f == RD_E_PROVENANCE) {
        err = rd_provenance(st, rd_c(text));
        goto out;
    }
    if (f == RD_N_VALUE) {
        char *end = NULL;
        double d = strtod(rd_c(text), &end);
        if (end == rd_c(text) || *end)
            err = rd_fail(st, "node %s: value '%.40s' is not a number",
                          st->node.id, rd_c(text));
        st->node.value = d;
        st->has_value = 1;
        goto out;
    }
    if (f == RD_E_NEGATED) {
        st->edge.negated =
            !strcmp(rd_c(text), "true") || !strcmp(rd_c(text), "1");
        goto out;
    }
    if ((err = rd_clean(st, rd_c(text), strlen(rd_c(text)), &v)) < 0)
        goto out;
    switch (f) {
    case RD_N_LABEL:
        st->node.label = v;
        break;
    case RD_N_TYPE:
        st->node.type = v;
        break;
    case RD_N_CODE:
        st->node.code = v;
        break;
    case RD_N_COUNTRY:
        st->node.country = v;
        break;
    case RD_N_ALIASES:
        st->node.aliases = v;
        break;
    case RD_N_WIKIDATA:
        st->node.wikidata = v;
        break;
    case RD_N_UNIT:
        st->node.unit = v;
        break;
    case RD_E_TYPE:
        st->edge.relation = v;
        break;
    case RD_E_LABEL:
        st->edge.label = v;
        break;
    case RD_E_CAMEO:
        st->edge.cameo = v;
        break;
    case RD_E_MODALITY:
        st->edge.modality = v;
        break;
    default:
        break;
    }
out:
    xmlFree(key);
    xmlFree(text);
    return err;
}

static int rd_element(rd_state *st, const char *name, int empty)
{
    int err = KG_OK;

    if (!strcmp(name, "key"))
        return rd_key_elem(st);
    if (!strcmp(name, "node") && !st->in_edge && !st->in_node) {
        if ((err = rd_node_start(st)) < 0)
            return err;
        return empty ? rd_node_end(st) : KG_OK;
    }
    if (!strcmp(name, "edge") && !st->in_edge && !st->in_node) {
        if ((err = rd_edge_start(st)) < 0)
            return err;
        return empty ? rd_edge_end(st) : KG_OK;
    }
    if (!strcmp(name, "data") && (st->in_node || st->in_edge))
        return rd_data(st);
    return KG_OK;
}

static int rd_loop(rd_state *st)
{
    int ret, seen_root = 0, err;

    while ((ret = xmlTextReaderRead(st->r)) == 1) {
        int type = xmlTextReaderNodeType(st->r);
        const char *name = rd_c(xmlTextReaderConstLocalName(st->r));

        if (type == XML_READER_TYPE_DOCUMENT_TYPE)
            return rd_fail(st, "a DOCTYPE is not allowed");
        if (type == XML_READER_TYPE_ELEMENT) {
            if (!seen_root) {
                seen_root = 1;
                if (!name || strcmp(name, "graphml") != 0)
                    return rd_fail(st, "not a GraphML file (root <%s>)",
                                   name ? name : "?");
                continue;
            }
            if ((err = rd_element(st, name ? name : "",
                                  xmlTextReaderIsEmptyElement(st->r))) < 0)
                return err;
        } else if (type == XML_READER_TYPE_END_ELEMENT && name) {
            if (!strcmp(name, "node") && st->in_node &&
                (err = rd_node_end(st)) < 0)
                return err;
            if (!strcmp(name, "edge") && st->in_edge &&
                (err = rd_edge_end(st)) < 0)
                return err;
        }
    }
    if (ret < 0 || st->xml_error[0])
        return kg_ctx__error(
            st->ctx, KG_EPARSE, "%s:%d: %s", st->path, st->xml_line,
            st->xml_error[0] ? st->xml_error : "not well-formed XML");
    if (!seen_root)
        return rd_fail(st, "empty file");
    return KG_OK;
}

int kg_graph_load(kg_graph **out, kg_ctx *ctx, const char *path)
{
    rd_state st;
    FILE *probe;
    size_t i;
    int err;

    *out = NULL;
    memset(&st, 0, sizeof(st));
    st.ctx = ctx;
    st.pool = kg_ctx__pool(ctx);
    st.path = path;
    /* libxml2's own message for a missing file is vague: check first. */
    if (!(probe = fopen(path, "rb")))
        return kg_ctx__error(ctx, errno == ENOENT ? KG_ENOTFOUND : KG_EIO,
                             "cannot read %s: %s", path, strerror(errno));
    fclose(probe);
    if ((err = kg_graph_new(&st.g, ctx)) < 0)
        return kg_ctx__error(ctx, err, "out of memory reading %s", path);
    st.r = xmlReaderForFile(path, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
    if (!st.r) {
        err = kg_ctx__error(ctx, KG_EIO, "cannot read %s", path);
        goto out;
    }
    xmlTextReaderSetStructuredErrorHandler(st.r, rd_on_xml_error, &st);
    if ((err = rd_loop(&st)) < 0) {
        if (err == KG_ENOMEM)
            kg_ctx__error(ctx, err, "out of memory reading %s", path);
        goto out;
    }
    if ((err = kg_graph_finalize(st.g)) < 0)
        goto out;
    *out = st.g;
    st.g = NULL;
out:
    if (st.r)
        xmlFreeTextReader(st.r);
    kg_graph_free(st.g);
    for (i = 0; i < st.nkeys; i++)
        free(st.keys[i].id);
    free(st.keys);
    free(st.slots);
    free(st.prov);
    kg_buf_dispose(&st.tmp);
    return err;
}
