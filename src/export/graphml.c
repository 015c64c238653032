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
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
 * below can chain calls.  nums, when not NULL, is the writing thread's
 * (kg_export__fmt_double_memo). */
typedef struct gml_out {
    kg_buf b;
    FILE *fp;
    int err;
    kg_export_memo *nums;
    int eno; /* errno of the first failed write, for the message */
} gml_out;

/* A write to o's file failed: keep why (errno changes before the message
 * is written, the more so when the file was a spill file). */
static void gml_io_fail(gml_out *o)
{
    if (o->err >= 0) {
        o->err = KG_EIO;
        o->eno = errno;
    }
}

/* o takes from's failure, when o has none of its own. */
static void gml_take_err(gml_out *o, const gml_out *from)
{
    if (o->err >= 0 && from->err < 0) {
        o->err = from->err;
        o->eno = from->eno;
    }
}

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
            gml_io_fail(o);
        kg_buf_clear(&o->b);
    }
}

static void gml_puts(gml_out *o, const char *s)
{
    gml_put(o, s, strlen(s));
}

/* Write o's buffer to its file once it passes GML_FLUSH_BYTES. */
static void gml_flush_full(gml_out *o)
{
    if (o->fp && o->b.len >= GML_FLUSH_BYTES && o->err >= 0) {
        if (fwrite(o->b.ptr, 1, o->b.len, o->fp) != o->b.len)
            gml_io_fail(o);
        kg_buf_clear(&o->b);
    }
}

/* s escaped as libxml2 escapes character data (xmlEncodeSpecialChars) or,
 * with attr, an attribute value (xmlBufAttrSerializeTxtContent with a
 * UTF-8 document).  Written straight into the buffer, a piece of at most
 * GML_ESC_PIECE bytes at a time with room for the worst case (every byte
 * an entity of 6): the provenance JSON is full of quotes, and a gml_put
 * per quote was most of rendering an edge. */
#define GML_ESC_PIECE ((size_t)4096)
static void gml_escaped(gml_out *o, const char *s, size_t n, int attr)
{
    while (n > 0 && o->err >= 0) {
        size_t k = n < GML_ESC_PIECE ? n : GML_ESC_PIECE, i;
        char *w;
        int err;

        if ((err = kg_buf_grow(&o->b, 6 * k)) < 0) {
            o->err = err == KG_ELIMIT ? KG_ENOMEM : err;
            return;
        }
        w = o->b.ptr + o->b.len;
        for (i = 0; i < k; i++) {
            char c = s[i];
            switch (c) {
            case '<': memcpy(w, "&lt;", 4); w += 4; break;
            case '>': memcpy(w, "&gt;", 4); w += 4; break;
            case '&': memcpy(w, "&amp;", 5); w += 5; break;
            case '"': memcpy(w, "&quot;", 6); w += 6; break;
            case '\r': memcpy(w, "&#13;", 5); w += 5; break;
            case '\n':
                if (attr) {
                    memcpy(w, "&#10;", 5);
                    w += 5;
                } else {
                    *w++ = c;
                }
                break;
            case '\t':
                if (attr) {
                    memcpy(w, "&#9;", 4);
                    w += 4;
                } else {
                    *w++ = c;
                }
                break;
            default: *w++ = c;
            }
        }
        o->b.len = (size_t)(w - o->b.ptr);
        o->b.ptr[o->b.len] = '\0';
        s += k;
        n -= k;
        gml_flush_full(o);
    }
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
    const char *t = kg_export__fmt_double_memo(o->nums, num, v);

    if (t) /* NaN and infinities are left out */
        gml_data(o, key, t);
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

/* A node's start: its id and the data that do not depend on the metrics
 * (see gml_node_metrics). */
static void gml_node_head(gml_out *o, const kg_node *n)
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
}

/* The rest of a node: the fields finalize's metrics fill in. */
static void gml_node_metrics(gml_out *o, const kg_node *n)
{
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
    if ((err = kg_export__prov_json_memo(e, prov, o->nums)) < 0) {
        if (o->err >= 0)
            o->err = err == KG_ELIMIT ? KG_ENOMEM : err;
        return;
    }
    gml_data_n(o, "provenance", prov->ptr, prov->len);
    gml_put(o, "    </edge>\n", 12);
}

/* A second renderer for the end of a build with a core to spare (the
 * metrics computed in another thread): it renders the second half of the
 * edges while the caller renders the first half and the nodes' heads, and
 * once the caller has the metrics, the metric fields of the second half of
 * the nodes while the caller does the first half.  The output is the
 * caller's, pieced together in order. */
typedef struct gml_helper {
    const kg_graph *g;
    size_t edge_from, edge_to; /* the edges it renders, up to edge_done */
    size_t edge_done;
    size_t node_from, node_to; /* the nodes whose metric fields it renders, */
    size_t node_done;          /* up to node_done */
    size_t *node_end;          /* node_from + k ends at node_end[k] */
    gml_out edges, nodes;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    int go; /* 0: wait; 1: the metrics are in; -1: stop */
    pthread_t thread;
} gml_helper;

static void *gml_helper_main(void *arg)
{
    gml_helper *h = arg;
    kg_export_locale loc;
    kg_buf prov = KG_BUF_INIT;
    size_t i;
    int go;

    kg_export__locale_begin(&loc); /* the locale is the thread's own */
    /* without memory for it, every number is formatted */
    h->edges.nums = h->nodes.nums = calloc(1, sizeof(kg_export_memo));
    for (i = h->edge_from; i < h->edge_to && h->edges.err >= 0 &&
                           h->edges.b.len < GML_AHEAD_BYTES / 4;
         i++)
        gml_edge(&h->edges, h->g, kg_graph_edge(h->g, i), &prov);
    h->edge_done = i;
    pthread_mutex_lock(&h->mu);
    while (!h->go)
        pthread_cond_wait(&h->cv, &h->mu);
    go = h->go;
    pthread_mutex_unlock(&h->mu);
    for (i = h->node_from; go > 0 && i < h->node_to && h->nodes.err >= 0 &&
                           h->nodes.b.len < GML_AHEAD_BYTES / 4;
         i++) {
        gml_node_metrics(&h->nodes, kg_graph_node(h->g, i));
        h->node_end[i - h->node_from] = h->nodes.b.len;
    }
    h->node_done = i;
    kg_export__locale_end(&loc);
    kg_buf_dispose(&prov);
    free(h->edges.nums);
    return NULL;
}

/* Start h on the second halves, its edges written to spill (or kept in
 * memory when spill is NULL); 0 when it runs, -1 when the caller does
 * everything (no thread or no memory to spare). */
static int gml_helper_start(gml_helper *h, const kg_graph *g, size_t nn,
                            size_t ne, FILE *spill)
{
    memset(h, 0, sizeof(*h));
    h->g = g;
    h->edges.fp = spill;
    h->edge_from = h->edge_done = ne / 2;
    h->edge_to = ne;
    h->node_from = h->node_done = nn / 2;
    h->node_to = nn;
    if (!(h->node_end = malloc((nn - nn / 2 + 1) * sizeof(*h->node_end))))
        return -1;
    pthread_mutex_init(&h->mu, NULL);
    pthread_cond_init(&h->cv, NULL);
    if (pthread_create(&h->thread, NULL, gml_helper_main, h) != 0) {
        pthread_cond_destroy(&h->cv);
        pthread_mutex_destroy(&h->mu);
        free(h->node_end);
        return -1;
    }
    return 0;
}

/* Tell h whether the metrics are in (go 1) or not (-1). */
static void gml_helper_go(gml_helper *h, int go)
{
    pthread_mutex_lock(&h->mu);
    h->go = go;
    pthread_cond_signal(&h->cv);
    pthread_mutex_unlock(&h->mu);
}

static void gml_helper_join(gml_helper *h)
{
    pthread_join(h->thread, NULL);
    pthread_cond_destroy(&h->cv);
    pthread_mutex_destroy(&h->mu);
}

static void gml_helper_dispose(gml_helper *h)
{
    kg_buf_dispose(&h->edges.b);
    kg_buf_dispose(&h->nodes.b);
    free(h->node_end);
}

/* Write b (a rendered part) to o's file after what o holds. */
static void gml_flush_part(gml_out *o, const kg_buf *b)
{
    if (!b->len || o->err < 0)
        return;
    if (o->b.len && fwrite(o->b.ptr, 1, o->b.len, o->fp) != o->b.len)
        gml_io_fail(o);
    kg_buf_clear(&o->b);
    if (o->err >= 0 && fwrite(b->ptr, 1, b->len, o->fp) != b->len)
        gml_io_fail(o);
}

/* A file beside path (removed at the end, or by the signal handler) for
 * edges rendered while the metrics run: on Reuters that is the whole edge
 * section, 7 MB that stayed resident until the nodes were written.  NULL
 * when it cannot be made: the part is then kept in memory. */
static FILE *gml_spill_open(kg_afile *af, const char *path, const char *sfx)
{
    size_t n = strlen(path), k = strlen(sfx);
    char *p = malloc(n + k + 1);
    int err;

    if (!p)
        return NULL;
    memcpy(p, path, n);
    memcpy(p + n, sfx, k + 1);
    err = kg_afile_open(af, p);
    free(p);
    return err < 0 ? NULL : af->fp;
}

/* Write part (rendered into memory, or into its spill file with the tail
 * in part->b) to o's file after what o holds. */
static void gml_flush_spill(gml_out *o, gml_out *part)
{
    char buf[GML_FLUSH_BYTES];
    off_t off = 0;
    ssize_t got;
    int fd;

    if (!part->fp) {
        gml_flush_part(o, &part->b);
        return;
    }
    if (o->err < 0 || part->err < 0)
        return; /* part's error is reported by the caller */
    if ((part->b.len &&
         fwrite(part->b.ptr, 1, part->b.len, part->fp) != part->b.len) ||
        fflush(part->fp) != 0) {
        gml_io_fail(o);
        return;
    }
    kg_buf_clear(&part->b);
    if (o->b.len && fwrite(o->b.ptr, 1, o->b.len, o->fp) != o->b.len)
        gml_io_fail(o);
    kg_buf_clear(&o->b);
    fd = fileno(part->fp);
    while (o->err >= 0 && (got = pread(fd, buf, sizeof(buf), off)) != 0) {
        if (got < 0 || fwrite(buf, 1, (size_t)got, o->fp) != (size_t)got)
            gml_io_fail(o);
        else
            off += got;
    }
}

int kg_export_graphml(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_afile spill_ahead = {0}, spill_helper = {0};
    kg_export_locale loc;
    gml_out o = {KG_BUF_INIT, NULL, KG_OK, NULL, 0};
    gml_out ahead = {KG_BUF_INIT, NULL, KG_OK, NULL, 0};
    gml_out heads = {KG_BUF_INIT, NULL, KG_OK, NULL, 0};
    kg_export_memo *nums = calloc(1, sizeof(*nums)); /* NULL: each anew */
    kg_buf prov = KG_BUF_INIT;
    gml_helper h;
    size_t *head_end = NULL; /* node n's head ends at head_end[n] in heads */
    size_t i, n, nheads = 0, nn = kg_graph_node_count(g),
                 ne = kg_graph_edge_count(g), edge_to = ne, node_to = nn;
    int err, helping = 0;

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
    o.nums = ahead.nums = heads.nums = nums;
    errno = 0;
    /* While another thread computes the node metrics (the CLI with more
     * than one core), render what does not need them first: the edges
     * (into spill files beside path, copied in after the nodes; into
     * memory when those cannot be made), then each node's start
     * (gml_node_head, into memory), with a helper thread taking half of
     * the edges and, once the metrics are in, half of the metric fields.
     * The biggest serial steps at the end of a build then overlap. */
    if (kg_graph__metrics_pending(g)) {
        /* the edges rendered ahead go to files, not to memory */
        ahead.fp = gml_spill_open(&spill_ahead, path, ".edges1");
        if (gml_helper_start(&h, g, nn, ne,
                             gml_spill_open(&spill_helper, path,
                                            ".edges2")) == 0) {
            helping = 1;
            edge_to = h.edge_from;
            node_to = h.node_from;
        }
    }
    for (i = 0; kg_graph__metrics_pending(g) && i < edge_to &&
                ahead.err >= 0 && ahead.b.len < GML_AHEAD_BYTES / 4;
         i++)
        gml_edge(&ahead, g, kg_graph_edge(g, i), &prov);
    /* without memory for the offsets the nodes are all rendered later */
    if (i == edge_to && nn && kg_graph__metrics_pending(g))
        head_end = malloc(nn * sizeof(*head_end));
    for (; head_end && nheads < nn && heads.err >= 0 &&
           heads.b.len < GML_AHEAD_BYTES / 4;
         nheads++) {
        gml_node_head(&heads, kg_graph_node(g, nheads));
        head_end[nheads] = heads.b.len;
    }
    if ((err = kg_graph__finalize_wait(g)) < 0) {
        if (helping) {
            gml_helper_go(&h, -1);
            gml_helper_join(&h);
            gml_helper_dispose(&h);
        }
        goto out; /* the message is in ctx */
    }
    if (helping)
        gml_helper_go(&h, 1);
    gml_header(&o, nn == 0 && ne == 0);
    for (n = 0; n < nn && o.err >= 0; n++) {
        const kg_node *node = kg_graph_node(g, n);
        if (helping && n == node_to) {
            /* the rest have their metric fields from the helper */
            gml_helper_join(&h);
            helping = 2;
        }
        if (n < nheads) {
            size_t from = n ? head_end[n - 1] : 0;
            gml_put(&o, heads.b.ptr + from, head_end[n] - from);
        } else {
            gml_node_head(&o, node);
        }
        if (helping == 2 && n < h.node_done && h.nodes.err >= 0) {
            size_t k = n - h.node_from, from = k ? h.node_end[k - 1] : 0;
            gml_put(&o, h.nodes.b.ptr + from, h.node_end[k] - from);
        } else {
            gml_node_metrics(&o, node);
        }
    }
    if (helping == 1) { /* no node from the helper (or an error above) */
        gml_helper_join(&h);
        helping = 2;
    }
    if (helping) {
        gml_take_err(&o, &h.edges);
        gml_take_err(&o, &h.nodes);
    }
    gml_flush_spill(&o, &ahead);
    for (; i < edge_to && o.err >= 0; i++)
        gml_edge(&o, g, kg_graph_edge(g, i), &prov);
    if (helping) {
        gml_flush_spill(&o, &h.edges);
        for (i = h.edge_done; i < ne && o.err >= 0; i++)
            gml_edge(&o, g, kg_graph_edge(g, i), &prov);
        gml_helper_dispose(&h);
    }
    if (nn || ne)
        gml_puts(&o, "  </graph>\n");
    gml_puts(&o, "</graphml>\n");
    if (o.err >= 0 && o.b.len &&
        fwrite(o.b.ptr, 1, o.b.len, o.fp) != o.b.len)
        gml_io_fail(&o);
    gml_take_err(&ahead, &heads); /* the first of ahead, heads, o */
    gml_take_err(&ahead, &o);
    if ((err = ahead.err) < 0) {
        if (err == KG_ENOMEM)
            kg_ctx__error(ctx, err, "out of memory writing %s", path);
        else
            kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                          ahead.eno ? strerror(ahead.eno) : "write failed");
        goto out;
    }
    if ((err = kg_afile_commit(&af)) < 0) {
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
        goto out;
    }
    err = KG_OK;
out:
    kg_afile_abort(&af);
    kg_afile_abort(&spill_ahead);
    kg_afile_abort(&spill_helper);
    kg_buf_dispose(&o.b);
    kg_buf_dispose(&ahead.b);
    kg_buf_dispose(&heads.b);
    kg_buf_dispose(&prov);
    free(head_end);
    free(nums);
    kg_export__locale_end(&loc);
    return err;
}
