/*
 * graph.c: merging relations into nodes and edges.
 *
 * Nodes are keyed by entity id, edges by (subject, relation type, object,
 * negated); both live in open-addressing tables over interned strings, so
 * keys compare by pointer.  Every attribute chosen while merging is chosen
 * independently of the order relations arrive in (the ontology's value, or
 * the smallest candidate), so sharded runs merged in any order give the same
 * graph.  kg_graph_finalize sorts into canonical order for the exporters.
 *
 * kg_graph__put_node and kg_graph__put_edge add nodes and edges that are
 * already merged (a filtered copy, a graph read back from GraphML): they
 * take the record's attributes as they are and fold the mentions in the
 * same way kg_graph_add_relation does, so finalize gives the same counts,
 * weights, dates and metrics as for the original graph.
 */
#include "graph_internal.h"

#include <assert.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../ontology/ontology.h"
#include "../util/buf.h"

/* The metrics computed in another thread (kg_graph__finalize_start), with
 * a ctx of its own for the message.  Behind a pointer so that a reader
 * holding a const graph can wait for it. */
typedef struct graph_metrics_job {
    pthread_t thread;
    int running, err;
    atomic_int done; /* set by the thread as it ends */
    kg_ctx *ctx;
} graph_metrics_job;

typedef struct graph_edge {
    kg_edge pub;
    kg_provenance *prov;
    size_t nprov, cap;
} graph_edge;

/* The ways a node was written (interned; order-free, so merges in any
 * order agree), for the aliases of nodes the ontology does not list: the
 * GRAPH_MAX_TEXTS that sort first (strcmp), in a list in the graph's arena.  Most nodes are
 * written one or two ways, so a list costs 16 bytes a node and 16 a text
 * where an array of 16 cost 136 a node. */
#define GRAPH_MAX_TEXTS 16
typedef struct graph_text {
    const char *t;
    struct graph_text *next;
} graph_text;
typedef struct graph_texts {
    graph_text *head;
    size_t n;
} graph_texts;

struct kg_graph {
    kg_ctx *ctx;
    kg_strpool *pool;
    kg_node *nodes;
    graph_texts *texts; /* parallel to nodes */
    size_t nnodes, capnodes;
    graph_edge *edges;
    size_t nedges, capedges;
    kg_arena arena; /* the texts' lists */
    kg_arena ids;   /* the edges' ids, made anew by each finalize */
    /* hash tables: index + 1, 0 = empty */
    size_t *node_tab, node_cap;
    size_t *edge_tab, edge_cap;
    int finalized; /* nodes and edges in canonical order, metrics in */
    graph_metrics_job *metrics; /* kg_graph__finalize_start, until settled */
};

static int graph_settle(kg_graph *g);

int kg_graph_new(kg_graph **out, kg_ctx *ctx)
{
    kg_graph *g = calloc(1, sizeof(*g));
    *out = NULL;
    if (!g)
        return KG_ENOMEM;
    g->ctx = ctx;
    g->pool = kg_ctx__pool(ctx);
    *out = g;
    return KG_OK;
}

void kg_graph_free(kg_graph *g)
{
    size_t i;
    if (!g)
        return;
    graph_settle(g);
    for (i = 0; i < g->nedges; i++)
        free(g->edges[i].prov);
    free(g->nodes);
    free(g->texts);
    free(g->edges);
    free(g->node_tab);
    free(g->edge_tab);
    kg_arena_dispose(&g->arena);
    kg_arena_dispose(&g->ids);
    free(g);
}

kg_ctx *kg_graph_ctx(const kg_graph *g)
{
    return g->ctx;
}

size_t kg_graph_node_count(const kg_graph *g)
{
    return g->nnodes;
}

size_t kg_graph_edge_count(const kg_graph *g)
{
    return g->nedges;
}

const kg_node *kg_graph_node(const kg_graph *g, size_t i)
{
    return i < g->nnodes ? &g->nodes[i] : NULL;
}

const kg_edge *kg_graph_edge(const kg_graph *g, size_t i)
{
    return i < g->nedges ? &g->edges[i].pub : NULL;
}

/* Pointer hashing: interned strings are equal iff their pointers are. */
static size_t graph_ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)x;
}

static size_t graph_edge_hash(size_t s, const char *rel, size_t t, int neg)
{
    return graph_ptr_hash(rel) ^ (s * 0x9E3779B97F4A7C15ULL) ^
           (t * 0xC2B2AE3D27D4EB4FULL) ^ (size_t)neg;
}

static int graph_rehash(size_t **tab, size_t *cap, size_t count,
                        size_t (*hash)(const kg_graph *, size_t),
                        const kg_graph *g)
{
    size_t ncap = *cap ? *cap * 2 : 64, i;
    size_t *nt;
    if (count * 2 < *cap)
        return KG_OK;
    while (ncap <= count * 2)
        ncap *= 2;
    nt = calloc(ncap, sizeof(*nt));
    if (!nt)
        return KG_ENOMEM;
    for (i = 0; i < count; i++) {
        size_t h = hash(g, i) & (ncap - 1);
        while (nt[h])
            h = (h + 1) & (ncap - 1);
        nt[h] = i + 1;
    }
    free(*tab);
    *tab = nt;
    *cap = ncap;
    return KG_OK;
}

static size_t graph_node_slot_hash(const kg_graph *g, size_t i)
{
    return graph_ptr_hash(g->nodes[i].id);
}

static size_t graph_edge_slot_hash(const kg_graph *g, size_t i)
{
    const kg_edge *e = &g->edges[i].pub;
    return graph_edge_hash(e->source, e->relation, e->target, e->negated);
}

/* a < b with NULL last: the order-independent choice between candidates */
static const char *graph_min(const char *a, const char *b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    return strcmp(a, b) <= 0 ? a : b;
}

static int graph_id_ok(const char *s)
{
    const char *p;
    if (!s || !*s)
        return 0;
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') || *s == '_'))
        return 0;
    for (p = s; *p; p++) {
        char c = *p;
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
              (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            return 0;
    }
    return p - s <= 200;
}

/* Ids from outside (kg merge input) may be anything; the exports need
 * NMTOKEN-safe ASCII, so others are replaced by a hash of themselves. */
static const char *graph_safe_id(kg_graph *g, const char *id)
{
    char tmp[40];
    uint64_t h = 1469598103934665603ULL;
    const char *p;
    if (graph_id_ok(id))
        return kg_strpool_intern0(g->pool, id);
    for (p = id; *p; p++) {
        h ^= (unsigned char)*p;
        h *= 1099511628211ULL;
    }
    snprintf(tmp, sizeof(tmp), "x%016llx", (unsigned long long)h);
    return kg_strpool_intern0(g->pool, tmp);
}

#define GRAPH_INTERN(s) kg_strpool_intern0(g->pool, (s))

/* Find the node with interned id, or append a zeroed one with that id
 * (*created set).  The index is valid until the next finalize. */
static int graph_node_get(kg_graph *g, const char *id, size_t *idx_out,
                          int *created)
{
    size_t h, i;
    int err;

    *created = 0;
    if (g->node_cap) {
        h = graph_ptr_hash(id) & (g->node_cap - 1);
        while (g->node_tab[h]) {
            i = g->node_tab[h] - 1;
            if (g->nodes[i].id == id) {
                *idx_out = i;
                return KG_OK;
            }
            h = (h + 1) & (g->node_cap - 1);
        }
    }
    if (g->nnodes == g->capnodes) {
        size_t ncap = g->capnodes ? g->capnodes * 2 : 64;
        kg_node *nn = realloc(g->nodes, ncap * sizeof(*nn));
        graph_texts *nt;
        if (!nn)
            return KG_ENOMEM;
        g->nodes = nn;
        nt = realloc(g->texts, ncap * sizeof(*nt));
        if (!nt)
            return KG_ENOMEM;
        g->texts = nt;
        g->capnodes = ncap;
    }
    i = g->nnodes++;
    memset(&g->nodes[i], 0, sizeof(g->nodes[i]));
    memset(&g->texts[i], 0, sizeof(g->texts[i]));
    g->nodes[i].id = id;
    if (g->nnodes * 2 >= g->node_cap) {
        if ((err = graph_rehash(&g->node_tab, &g->node_cap, g->nnodes,
                                graph_node_slot_hash, g)) < 0) {
            g->nnodes--;
            return err;
        }
    } else {
        h = graph_ptr_hash(id) & (g->node_cap - 1);
        while (g->node_tab[h])
            h = (h + 1) & (g->node_cap - 1);
        g->node_tab[h] = i + 1;
    }
    *created = 1;
    *idx_out = i;
    return KG_OK;
}

static int graph_node(kg_graph *g, const kg_entity *e, size_t *idx_out)
{
    const char *id = graph_safe_id(g, e->id);
    size_t i;
    kg_node *n;
    int created, err;

    if (!id)
        return KG_ENOMEM;
    if ((err = graph_node_get(g, id, &i, &created)) < 0)
        return err;
    n = &g->nodes[i];
    if (created) {
        const kg_onto_entity *oe =
            kg_onto__entity(kg_ctx__onto(g->ctx), e->id ? e->id : "");
        if (oe) {
            n->label = oe->label;
            n->type = oe->type;
            n->code = oe->code;
            n->country = oe->country;
            n->wikidata = oe->wikidata;
            n->aliases = oe->aliases;
        }
        n->is_value = e->is_value;
        n->value = e->value;
    }
    /* Ontology entities keep the ontology's label, type and country; the
     * code of a person depends on the date, so the smallest seen wins. */
    if (!kg_onto__entity(kg_ctx__onto(g->ctx), n->id)) {
        const char *label = GRAPH_INTERN(e->label ? e->label : e->text);
        const char *type = GRAPH_INTERN(e->type);
        const char *country = GRAPH_INTERN(e->country);
        if ((e->label && !label) || (e->type && !type) ||
            (e->country && !country))
            return KG_ENOMEM;
        n->label = graph_min(n->label, label);
        n->type = graph_min(n->type, type);
        n->country = graph_min(n->country, country);
    }
    if (e->code) {
        const char *code = GRAPH_INTERN(e->code);
        if (!code)
            return KG_ENOMEM;
        if (!n->code || strcmp(n->type ? n->type : "", "Country") != 0)
            n->code = graph_min(n->code, code);
    }
    if (e->unit) {
        const char *unit = GRAPH_INTERN(e->unit);
        if (!unit)
            return KG_ENOMEM;
        n->unit = graph_min(n->unit, unit);
    }
    if (e->text && !e->is_value) {
        graph_texts *tx = &g->texts[i];
        const char *t = GRAPH_INTERN(e->text);
        graph_text *k;
        if (!t)
            return KG_ENOMEM;
        graph_text *max = NULL;
        for (k = tx->head; k && k->t != t; k = k->next)
            if (!max || strcmp(k->t, max->t) > 0)
                max = k;
        if (!k && tx->n < GRAPH_MAX_TEXTS) {
            if (!(k = kg_arena_alloc(&g->arena, sizeof(*k))))
                return KG_ENOMEM;
            k->t = t;
            k->next = tx->head;
            tx->head = k;
            tx->n++;
        } else if (!k && max && strcmp(t, max->t) < 0) {
            /* full: keep the GRAPH_MAX_TEXTS that sort first, which
             * no order of the inputs changes (a node of 17 ways,
             * "gunmen", "kidnappers", "saboteurs"... as one REB) */
            max->t = t;
        }
    }
    if (!n->label)
        n->label = n->id;
    if (!n->type)
        n->type = GRAPH_INTERN("Thing");
    n->mentions++;
    *idx_out = i;
    return KG_OK;
}

static int graph_edge_find(kg_graph *g, size_t s, const char *rel, size_t t,
                           int neg, graph_edge **out)
{
    size_t h, i;
    graph_edge *e;
    int err;

    if (g->edge_cap) {
        h = graph_edge_hash(s, rel, t, neg) & (g->edge_cap - 1);
        while (g->edge_tab[h]) {
            i = g->edge_tab[h] - 1;
            e = &g->edges[i];
            if (e->pub.source == s && e->pub.target == t &&
                e->pub.relation == rel && e->pub.negated == neg) {
                *out = e;
                return KG_OK;
            }
            h = (h + 1) & (g->edge_cap - 1);
        }
    }
    if (g->nedges >= kg_ctx__limits(g->ctx)->max_graph_edges)
        return kg_ctx__error(g->ctx, KG_ELIMIT,
                             "graph larger than %zu edges (the limit)",
                             kg_ctx__limits(g->ctx)->max_graph_edges);
    if (g->nedges == g->capedges) {
        size_t ncap = g->capedges ? g->capedges * 2 : 64;
        graph_edge *ne = realloc(g->edges, ncap * sizeof(*ne));
        if (!ne)
            return KG_ENOMEM;
        g->edges = ne;
        g->capedges = ncap;
    }
    i = g->nedges++;
    e = &g->edges[i];
    memset(e, 0, sizeof(*e));
    e->pub.source = s;
    e->pub.target = t;
    e->pub.relation = rel;
    e->pub.negated = neg;
    if (g->nedges * 2 >= g->edge_cap) {
        if ((err = graph_rehash(&g->edge_tab, &g->edge_cap, g->nedges,
                                graph_edge_slot_hash, g)) < 0) {
            g->nedges--;
            return err;
        }
    } else {
        h = graph_edge_hash(s, rel, t, neg) & (g->edge_cap - 1);
        while (g->edge_tab[h])
            h = (h + 1) & (g->edge_cap - 1);
        g->edge_tab[h] = i + 1;
    }
    *out = e;
    return KG_OK;
}

int kg_graph_add_relation(kg_graph *g, const kg_relation *rel)
{
    graph_settle(g); /* never change what the metrics thread reads */
    size_t s, t;
    graph_edge *e;
    kg_provenance *p;
    const char *type;
    int err;

    if (!rel->subject.id || !rel->object.id || !rel->type)
        return kg_ctx__error(g->ctx, KG_EINVAL,
                             "relation without subject, object or type");
    if ((err = graph_node(g, &rel->subject, &s)) < 0 ||
        (err = graph_node(g, &rel->object, &t)) < 0)
        return err;
    if (!(type = GRAPH_INTERN(rel->type)))
        return KG_ENOMEM;
    if ((err = graph_edge_find(g, s, type, t, rel->negated ? 1 : 0, &e)) < 0)
        return err;
    if (e->nprov == e->cap) {
        /* most edges are read once: no room for a second until needed */
        size_t ncap = e->cap ? e->cap * 2 : 1;
        kg_provenance *np = realloc(e->prov, ncap * sizeof(*np));
        if (!np)
            return KG_ENOMEM;
        e->prov = np;
        e->cap = ncap;
    }
    p = &e->prov[e->nprov];
    memset(p, 0, sizeof(*p));
    p->doc = GRAPH_INTERN(rel->doc ? rel->doc : "");
    p->text = GRAPH_INTERN(rel->text ? rel->text : "");
    p->date = GRAPH_INTERN(rel->date);
    p->attributed_to =
        rel->attributed_to ? GRAPH_INTERN(rel->attributed_to->id) : NULL;
    if (!p->doc || !p->text || (rel->date && !p->date))
        return KG_ENOMEM;
    p->sentence = rel->sentence;
    p->start = rel->start;
    p->end = rel->end;
    p->subj_start = rel->subject.start;
    p->subj_end = rel->subject.end;
    p->rel_start = rel->rel_start;
    p->rel_end = rel->rel_end;
    p->obj_start = rel->object.start;
    p->obj_end = rel->object.end;
    p->confidence = rel->confidence;
    e->nprov++;
    {
        const char *label = GRAPH_INTERN(rel->label);
        const char *cameo = GRAPH_INTERN(rel->cameo);
        const char *modality = GRAPH_INTERN(rel->modality);
        if ((rel->label && !label) || (rel->cameo && !cameo) ||
            (rel->modality && !modality))
            return KG_ENOMEM;
        e->pub.label = graph_min(e->pub.label, label);
        e->pub.cameo = graph_min(e->pub.cameo, cameo);
        e->pub.modality = graph_min(e->pub.modality, modality);
    }
    g->finalized = 0;
    return KG_OK;
}

/* Room for n more mentions on e. */
static int graph_prov_reserve(graph_edge *e, size_t n)
{
    size_t ncap = e->cap ? e->cap : 1;
    kg_provenance *np;

    if (e->nprov + n <= e->cap)
        return KG_OK;
    while (ncap < e->nprov + n)
        ncap *= 2;
    if (!(np = realloc(e->prov, ncap * sizeof(*np))))
        return KG_ENOMEM;
    e->prov = np;
    e->cap = ncap;
    return KG_OK;
}

int kg_graph__put_node(kg_graph *g, const kg_node *rec, size_t *idx_out)
{
    graph_settle(g);
    const char *id = graph_safe_id(g, rec->id ? rec->id : "");
    kg_node *n;
    size_t i;
    int created, err;

    if (!id)
        return KG_ENOMEM;
    if ((err = graph_node_get(g, id, &i, &created)) < 0)
        return err;
    *idx_out = i;
    if (!created)
        return KG_OK;
    n = &g->nodes[i];
    n->label = GRAPH_INTERN(rec->label ? rec->label : id);
    n->type = GRAPH_INTERN(rec->type ? rec->type : "Thing");
    n->code = GRAPH_INTERN(rec->code);
    n->country = GRAPH_INTERN(rec->country);
    n->wikidata = GRAPH_INTERN(rec->wikidata);
    n->aliases = GRAPH_INTERN(rec->aliases);
    n->unit = GRAPH_INTERN(rec->unit);
    n->is_value = rec->is_value;
    n->value = rec->value;
    if (!n->label || !n->type || (rec->code && !n->code) ||
        (rec->country && !n->country) || (rec->wikidata && !n->wikidata) ||
        (rec->aliases && !n->aliases) || (rec->unit && !n->unit))
        return KG_ENOMEM;
    g->finalized = 0;
    return KG_OK;
}

int kg_graph__put_edge(kg_graph *g, size_t s, size_t t, const kg_edge *rec,
                       const kg_provenance *prov, size_t nprov)
{
    graph_settle(g);
    const char *rel = GRAPH_INTERN(rec->relation && *rec->relation
                                       ? rec->relation
                                       : "related");
    const char *label = GRAPH_INTERN(rec->label);
    const char *cameo = GRAPH_INTERN(rec->cameo);
    const char *modality = GRAPH_INTERN(rec->modality);
    graph_edge *e;
    size_t i;
    int err;

    assert(s < g->nnodes && t < g->nnodes);
    if (!rel || (rec->label && !label) || (rec->cameo && !cameo) ||
        (rec->modality && !modality))
        return KG_ENOMEM;
    if ((err = graph_edge_find(g, s, rel, t, rec->negated ? 1 : 0, &e)) < 0 ||
        (err = graph_prov_reserve(e, nprov)) < 0)
        return err;
    e->pub.label = graph_min(e->pub.label, label);
    e->pub.cameo = graph_min(e->pub.cameo, cameo);
    e->pub.modality = graph_min(e->pub.modality, modality);
    for (i = 0; i < nprov; i++) {
        kg_provenance *p = &e->prov[e->nprov];
        *p = prov[i];
        p->doc = GRAPH_INTERN(prov[i].doc ? prov[i].doc : "");
        p->text = GRAPH_INTERN(prov[i].text ? prov[i].text : "");
        p->date = GRAPH_INTERN(prov[i].date);
        p->attributed_to = GRAPH_INTERN(prov[i].attributed_to);
        if (!p->doc || !p->text || (prov[i].date && !p->date) ||
            (prov[i].attributed_to && !p->attributed_to))
            return KG_ENOMEM;
        e->nprov++;
    }
    g->nodes[s].mentions += nprov;
    g->nodes[t].mentions += nprov;
    g->finalized = 0;
    return KG_OK;
}

static int graph_cmp_str(const char *a, const char *b)
{
    if (a == b)
        return 0;
    if (!a)
        return 1;
    if (!b)
        return -1;
    return strcmp(a, b);
}

static int graph_cmp_size(size_t a, size_t b)
{
    return a < b ? -1 : a > b;
}

static int graph_cmp_prov(const void *pa, const void *pb)
{
    const kg_provenance *a = pa, *b = pb;
    int c;
    if ((c = graph_cmp_str(a->doc, b->doc)) != 0 ||
        (c = graph_cmp_size(a->sentence, b->sentence)) != 0 ||
        (c = graph_cmp_size(a->start, b->start)) != 0 ||
        (c = graph_cmp_size(a->subj_start, b->subj_start)) != 0 ||
        (c = graph_cmp_size(a->rel_start, b->rel_start)) != 0 ||
        (c = graph_cmp_size(a->obj_start, b->obj_start)) != 0 ||
        (c = graph_cmp_size(a->subj_end, b->subj_end)) != 0 ||
        (c = graph_cmp_size(a->rel_end, b->rel_end)) != 0 ||
        (c = graph_cmp_size(a->obj_end, b->obj_end)) != 0 ||
        (c = graph_cmp_str(a->attributed_to, b->attributed_to)) != 0 ||
        (c = graph_cmp_str(a->date, b->date)) != 0)
        return c;
    return (a->confidence > b->confidence) - (a->confidence < b->confidence);
}

static int graph_cmp_node(const void *pa, const void *pb)
{
    const kg_node *a = pa, *b = pb;
    return strcmp(a->id, b->id);
}

/* qsort has no payload: edges are compared through the node array of the
 * graph being finalized, which the caller holds for the duration. */
static const kg_node *graph_sort_nodes;

static int graph_cmp_edge(const void *pa, const void *pb)
{
    const kg_edge *a = &((const graph_edge *)pa)->pub;
    const kg_edge *b = &((const graph_edge *)pb)->pub;
    int c;
    if ((c = strcmp(graph_sort_nodes[a->source].id,
                    graph_sort_nodes[b->source].id)) != 0 ||
        (c = strcmp(a->relation, b->relation)) != 0 ||
        (c = strcmp(graph_sort_nodes[a->target].id,
                    graph_sort_nodes[b->target].id)) != 0)
        return c;
    return a->negated - b->negated;
}

/* Move the text sets after the nodes' sort (old i goes to remap[i]) and
 * give nodes without ontology aliases the sorted ways they were written. */
static int graph_permute_texts(kg_graph *g, const size_t *remap)
{
    graph_texts *nt;
    kg_buf b = KG_BUF_INIT;
    size_t i, j, k;
    int err = KG_OK;

    if (!g->nnodes)
        return KG_OK;
    if (!(nt = malloc(g->nnodes * sizeof(*nt))))
        return KG_ENOMEM;
    for (i = 0; i < g->nnodes; i++)
        nt[remap[i]] = g->texts[i];
    memcpy(g->texts, nt, g->nnodes * sizeof(*nt));
    free(nt);
    for (i = 0; i < g->nnodes && err == KG_OK; i++) {
        const char *t[GRAPH_MAX_TEXTS];
        const graph_text *l;
        size_t n = 0;
        if (g->nodes[i].aliases || g->texts[i].n == 0)
            continue;
        for (l = g->texts[i].head; l; l = l->next)
            t[n++] = l->t;
        for (j = 1; j < n; j++) /* insertion sort: at most 16 */
            for (k = j; k > 0 && strcmp(t[k - 1], t[k]) > 0; k--) {
                const char *x = t[k];
                t[k] = t[k - 1];
                t[k - 1] = x;
            }
        kg_buf_clear(&b);
        for (j = 0; j < n && err == KG_OK; j++)
            err = j ? kg_buf_printf(&b, ";%s", t[j]) : kg_buf_puts(&b, t[j]);
        if (err == KG_OK &&
            !(g->nodes[i].aliases = kg_strpool_intern(g->pool, b.ptr, b.len)))
            err = KG_ENOMEM;
    }
    kg_buf_dispose(&b);
    return err;
}

/* Give back the growth room of the node and edge arrays (up to half of
 * each, 0.9 MB on Reuters): finalize's sorts and the metrics come next,
 * at the peak of a build.  A shrinking realloc that fails leaves the
 * array as it was, which is as good. */
static void graph_trim(kg_graph *g)
{
    if (g->nnodes && g->nnodes < g->capnodes) {
        kg_node *nn = realloc(g->nodes, g->nnodes * sizeof(*nn));
        graph_texts *nt = realloc(g->texts, g->nnodes * sizeof(*nt));
        if (nn)
            g->nodes = nn;
        if (nt)
            g->texts = nt;
        g->capnodes = g->nnodes;
    }
    if (g->nedges && g->nedges < g->capedges) {
        graph_edge *ne = realloc(g->edges, g->nedges * sizeof(*ne));
        if (ne)
            g->edges = ne;
        g->capedges = g->nedges;
    }
}

/* Everything of finalize but the metrics: nodes and edges in canonical
 * order, edge summaries and ids. */
static int graph_order(kg_graph *g)
{
    size_t *remap = NULL, i, j;
    kg_node *tmp;
    int err = KG_OK;

    graph_trim(g);
    /* Sort nodes by id and remap edge endpoints. */
    remap = malloc((g->nnodes ? g->nnodes : 1) * sizeof(*remap));
    tmp = malloc((g->nnodes ? g->nnodes : 1) * sizeof(*tmp));
    if (!remap || !tmp) {
        free(tmp);
        err = KG_ENOMEM;
        goto out;
    }
    /* Sort a copy, then find each old node's new place by id. */
    if (g->nnodes) {
        memcpy(tmp, g->nodes, g->nnodes * sizeof(*tmp));
        qsort(g->nodes, g->nnodes, sizeof(*g->nodes), graph_cmp_node);
    }
    for (i = 0; i < g->nnodes; i++) {
        /* binary search the new position of old node i */
        size_t lo = 0, hi = g->nnodes;
        while (lo < hi) {
            size_t mid = (lo + hi) / 2;
            int c = strcmp(g->nodes[mid].id, tmp[i].id);
            if (c < 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        remap[i] = lo;
    }
    free(tmp);
    if ((err = graph_permute_texts(g, remap)) < 0)
        goto out;
    for (i = 0; i < g->nedges; i++) {
        g->edges[i].pub.source = remap[g->edges[i].pub.source];
        g->edges[i].pub.target = remap[g->edges[i].pub.target];
    }

    /* Per-edge summaries from sorted provenance. */
    for (i = 0; i < g->nedges; i++) {
        graph_edge *e = &g->edges[i];
        double w = 0;
        qsort(e->prov, e->nprov, sizeof(*e->prov), graph_cmp_prov);
        e->pub.first_date = e->pub.last_date = NULL;
        for (j = 0; j < e->nprov; j++) {
            const char *d = e->prov[j].date;
            w += e->prov[j].confidence;
            if (d) {
                if (!e->pub.first_date || strcmp(d, e->pub.first_date) < 0)
                    e->pub.first_date = d;
                if (!e->pub.last_date || strcmp(d, e->pub.last_date) > 0)
                    e->pub.last_date = d;
            }
        }
        e->pub.count = e->nprov;
        e->pub.weight = w;
        e->pub.prov = e->prov;
        e->pub.nprov = e->nprov;
    }
    /* The edges are sorted where they are (a sorted copy of the public
     * records was the largest single allocation at the peak of a build). */
    graph_sort_nodes = g->nodes;
    if (g->nedges)
        qsort(g->edges, g->nedges, sizeof(*g->edges), graph_cmp_edge);
    graph_sort_nodes = NULL;
    /* The hash tables index the old order: rebuild them. */
    free(g->node_tab);
    free(g->edge_tab);
    g->node_tab = g->edge_tab = NULL;
    g->node_cap = g->edge_cap = 0;
    if ((err = graph_rehash(&g->node_tab, &g->node_cap, g->nnodes,
                            graph_node_slot_hash, g)) < 0 ||
        (err = graph_rehash(&g->edge_tab, &g->edge_cap, g->nedges,
                            graph_edge_slot_hash, g)) < 0)
        goto out;
    /* The ids are "e0", "e1", ... : in an arena of the graph, not in the
     * string pool, where 6,130 of them (Reuters) took slots and doubled
     * its table.  (Reset only now: the old ids stay valid when a rehash
     * above fails.) */
    kg_arena_reset(&g->ids);
    for (i = 0; i < g->nedges; i++) {
        /* "e" and i's digits, written by hand: snprintf was a quarter of
         * the ordering, which is on the serial end of a build */
        char id[32], *p = id + sizeof(id) - 1;
        size_t k = i;
        *p = '\0';
        do
            *--p = (char)('0' + k % 10);
        while ((k /= 10) != 0);
        *--p = 'e';
        if (!(g->edges[i].pub.id = kg_arena_strndup(
                  &g->ids, p, (size_t)(id + sizeof(id) - 1 - p)))) {
            /* (no id may point into the reset arena) */
            for (; i < g->nedges; i++)
                g->edges[i].pub.id = NULL;
            err = KG_ENOMEM;
            goto out;
        }
    }
out:
    free(remap);
    return err;
}

int kg_graph__finalize_wait(const kg_graph *g)
{
    graph_metrics_job *m = g->metrics;

    if (!m)
        return KG_OK;
    if (m->running) {
        pthread_join(m->thread, NULL);
        m->running = 0;
        if (m->err < 0)
            kg_ctx__error(g->ctx, m->err, "%s", kg_ctx_errmsg(m->ctx));
    }
    return m->err;
}

/* Wait for a metrics thread and finish the finalize it belongs to;
 * returns its status. */
static int graph_settle(kg_graph *g)
{
    int err;

    if (!g->metrics)
        return KG_OK;
    err = kg_graph__finalize_wait(g);
    kg_ctx_free(g->metrics->ctx);
    free(g->metrics);
    g->metrics = NULL;
    if (err >= 0)
        g->finalized = 1;
    return err;
}

int kg_graph_finalize(kg_graph *g)
{
    int err;

    if (g->metrics)
        return graph_settle(g);
    if (g->finalized)
        return KG_OK;
    if ((err = graph_order(g)) < 0 ||
        (err = kg_graph__metrics(g->ctx, g->nodes, g->nnodes, g)) < 0)
        return err;
    g->finalized = 1;
    return KG_OK;
}

static void *graph_metrics_main(void *arg)
{
    kg_graph *g = arg;
    g->metrics->err =
        kg_graph__metrics(g->metrics->ctx, g->nodes, g->nnodes, g);
    atomic_store(&g->metrics->done, 1);
    return NULL;
}

int kg_graph__finalize_start(kg_graph *g)
{
    graph_metrics_job *m;
    int err;

    if (g->metrics || g->finalized)
        return KG_OK;
    if ((err = graph_order(g)) < 0)
        return err;
    if ((m = calloc(1, sizeof(*m))) != NULL &&
        kg_ctx__new_sharing(&m->ctx, g->ctx) >= 0) {
        g->metrics = m; /* the thread reads it */
        if (pthread_create(&m->thread, NULL, graph_metrics_main, g) == 0) {
            m->running = 1;
            return KG_OK;
        }
        g->metrics = NULL;
    }
    /* no thread to spare (or no memory for one): as finalize does */
    if (m)
        kg_ctx_free(m->ctx);
    free(m);
    if ((err = kg_graph__metrics(g->ctx, g->nodes, g->nnodes, g)) < 0)
        return err;
    g->finalized = 1;
    return KG_OK;
}

int kg_graph__metrics_pending(const kg_graph *g)
{
    return g->metrics && g->metrics->running &&
           !atomic_load(&g->metrics->done);
}
