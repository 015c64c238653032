/*
 * dot.c: the Graphviz adapter, the only file that includes cgraph and gvc.
 * kg_export_dot writes the graph as DOT with agwrite; kg_export_svg and
 * kg_export_png lay the same cgraph graph out (dot for small graphs, sfdp
 * above, see DOT_MAX_DOT_NODES) and render it.  All write through a
 * temporary file.
 *
 * Styling: nodes by entity type (shape and fill colour), edges by CAMEO
 * quad class (1-2 cooperation: green/blue; 3-4 conflict: orange/red;
 * unknown: grey), pen width by weight (1 + log(1 + weight), at most 6),
 * negated edges dashed.
 *
 * Escaping (../shared/research/export_formats.md section 5): node names are
 * kg node ids (ASCII identifiers, no escaping); label and tooltip text has
 * its backslashes doubled, newlines turned into \n and '&' into &amp;
 * before agxset, because agwrite escapes quotes but not backslashes,
 * escString would eat "\N" and friends, and Graphviz reads entities in
 * every string.  Quotes are left to agwrite.
 *
 * cgraph reports problems through a process-global error channel that
 * prints on stderr; while a writer runs the level is raised to AGMAX so
 * nothing is printed, and the last message (aglasterr) goes into the ctx.
 *
 * One GVC_t serves the whole process.  Graphviz 2.42's pango text-layout
 * plugin caches a pointer to the last font name in a static variable; the
 * name lives in the GVC_t, so a second context after gvFreeContext reads
 * freed memory (ASan: heap-use-after-free in pango_textlayout).  The
 * context is created on first use and freed by kg_export__dot_shutdown().
 * Graphviz keeps global state, so these writers are not thread-safe.
 *
 * The legend is the graph's HTML-like label.  Graphviz 2.42 leaks parts of
 * every HTML label it lays out (parser text items, table sizing graphs:
 * make_html_label; about 1 KB for the legend, reproduced with any HTML
 * label and no kg code): SVG and PNG output leak that much per call,
 * suppressed in tests/e2e/lsan.supp and valgrind.supp.
 */
#include "kg/export.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cgraph.h>
#include <gvc.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "../util/buf.h"
#include "export_util.h"

/*
 * dot's layout time explodes with the number of cycles, not just the size:
 * measured here (Graphviz 2.43, random graphs with edge labels), 150 nodes
 * and 300 edges took 7 s, 200 nodes and 500 edges over 80 s, while sfdp
 * lays out 2,000 nodes and 5,000 edges in seconds.  So dot only lays out
 * graphs within both limits, with its iteration limits lowered (nslimit,
 * mclimit: about 1 s at the limit); sfdp takes the rest.
 */
#define DOT_MAX_DOT_NODES 300
#define DOT_MAX_DOT_EDGES 200

/*
 * cgraph (Graphviz 2.42) takes char * for strings it only reads or copies
 * (it interns every name and value with agstrdup); this is the one place
 * that drops const on their way in.
 */
static char *dot_name(const char *s)
{
    union {
        const char *c;
        char *m;
    } u;

    u.c = s;
    return u.m;
}

/* Shapes by entity type; fill colours come from kg_export__node_color and
 * edge colours from kg_export__quad_color, shared with the GEXF writer. */
typedef struct dot_style {
    const char *type, *shape, *style;
} dot_style;

static const dot_style dot_styles[] = {
    {"Country", "box", "rounded,filled"},
    {"Person", "ellipse", "filled"},
    {"Organization", "box", "filled"},
    {"Group", "octagon", "filled"},
    {"Place", "house", "filled"},
    {"MonetaryAmount", "note", "filled"},
    {"Quantity", "note", "filled"},
    {"Percentage", "note", "filled"},
    {"Date", "note", "filled"},
};
static const dot_style dot_style_entity = {NULL, "ellipse", "filled"};
static const dot_style dot_style_value = {NULL, "note", "filled"};

/* The attributes every node and edge may carry, declared once.  Besides
 * Graphviz's own, nodes carry kg's type and metrics and edges the relation
 * and its counts (Graphviz ignores attributes it does not know), so the
 * DOT file holds the same analysis as the other formats. */
typedef struct dot_syms {
    Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_tip;
    Agsym_t *n_type, *n_degree, *n_wdegree, *n_pagerank, *n_btw, *n_comm;
    Agsym_t *e_label, *e_color, *e_fontcolor, *e_pen, *e_style, *e_tip;
    Agsym_t *e_relation, *e_cameo, *e_negated, *e_count;
} dot_syms;

/* The legend, the graph's label: an HTML-like table of the edge colours and
 * node fills.  Fixed text, so no escaping; only entities Graphviz knows. */
static const char dot_legend[] =
    "<table border=\"0\" cellborder=\"0\" cellspacing=\"4\">"
    "<tr><td align=\"left\"><b>relations</b></td>"
    "<td align=\"left\"><font color=\"#2e7d32\">&#8212;&#8212; verbal "
    "cooperation</font></td>"
    "<td align=\"left\"><font color=\"#1565c0\">&#8212;&#8212; material "
    "cooperation</font></td>"
    "<td align=\"left\"><font color=\"#ef6c00\">&#8212;&#8212; verbal "
    "conflict</font></td>"
    "<td align=\"left\"><font color=\"#c62828\">&#8212;&#8212; material "
    "conflict</font></td>"
    "<td align=\"left\"><font color=\"#757575\">&#8212;&#8212; other</font>"
    "</td><td align=\"left\">- - - negated</td></tr>"
    "<tr><td align=\"left\"><b>actors</b></td>"
    "<td bgcolor=\"#cfe2f3\">country</td>"
    "<td bgcolor=\"#fff2cc\">person</td>"
    "<td bgcolor=\"#d9ead3\">organization</td>"
    "<td bgcolor=\"#f4cccc\">group</td>"
    "<td bgcolor=\"#e6e0f8\">place</td>"
    "<td bgcolor=\"#fce5cd\">amount, value</td></tr>"
    "</table>";

static const dot_style *dot_node_style(const kg_node *n)
{
    size_t i;

    for (i = 0; n->type && i < sizeof(dot_styles) / sizeof(dot_styles[0]); i++)
        if (strcmp(n->type, dot_styles[i].type) == 0)
            return &dot_styles[i];
    return n->is_value ? &dot_style_value : &dot_style_entity;
}

/* Append s to b as escString text: '\' doubled, newlines as \n, CR dropped,
 * '&' as "&amp;" (Graphviz reads character entities in every string, so
 * a name such as "AT&amp;T" would otherwise render as "AT&T"). */
static int dot_escape(kg_buf *b, const char *s)
{
    int err = KG_OK;

    for (; s && *s && err == KG_OK; s++) {
        if (*s == '\\')
            err = kg_buf_put(b, "\\\\", 2);
        else if (*s == '&')
            err = kg_buf_put(b, "&amp;", 5);
        else if (*s == '\n')
            err = kg_buf_put(b, "\\n", 2);
        else if (*s != '\r')
            err = kg_buf_putc(b, *s);
    }
    return err;
}

/* The legend as the graph's HTML-like label, at the bottom left. */
static int dot_declare_legend(Agraph_t *g)
{
    char *html = agstrdup_html(g, dot_name(dot_legend));
    int ok;

    if (!html)
        return KG_ENOMEM;
    ok = agattr(g, AGRAPH, dot_name("label"), html) != NULL &&
         agattr(g, AGRAPH, dot_name("labelloc"), dot_name("b")) != NULL &&
         agattr(g, AGRAPH, dot_name("labeljust"), dot_name("l")) != NULL &&
         agattr(g, AGRAPH, dot_name("fontsize"), dot_name("11")) != NULL;
    agstrfree(g, html);
    return ok ? KG_OK : KG_EDEP;
}

static int dot_declare(Agraph_t *g, dot_syms *s)
{
    /* Graph attributes: left-to-right reads better with edge labels;
     * overlap and outputorder matter for sfdp and SVG; the dot limits
     * bound layout time (see DOT_MAX_DOT_NODES), also for users who run
     * dot on the file. */
    if (!agattr(g, AGRAPH, dot_name("rankdir"), dot_name("LR")) ||
        !agattr(g, AGRAPH, dot_name("overlap"), dot_name("false")) ||
        !agattr(g, AGRAPH, dot_name("outputorder"), dot_name("edgesfirst")) ||
        !agattr(g, AGRAPH, dot_name("fontname"), dot_name("Helvetica")) ||
        !agattr(g, AGRAPH, dot_name("nslimit"), dot_name("2")) ||
        !agattr(g, AGRAPH, dot_name("nslimit1"), dot_name("2")) ||
        !agattr(g, AGRAPH, dot_name("mclimit"), dot_name("0.5")) ||
        !agattr(g, AGNODE, dot_name("fontname"), dot_name("Helvetica")) ||
        !agattr(g, AGEDGE, dot_name("fontname"), dot_name("Helvetica")) ||
        !agattr(g, AGEDGE, dot_name("fontsize"), dot_name("10")))
        return KG_EDEP;
    s->n_label = agattr(g, AGNODE, dot_name("label"), dot_name("\\N"));
    s->n_shape = agattr(g, AGNODE, dot_name("shape"), dot_name("ellipse"));
    s->n_style = agattr(g, AGNODE, dot_name("style"), dot_name(""));
    s->n_fill = agattr(g, AGNODE, dot_name("fillcolor"), dot_name(""));
    s->n_tip = agattr(g, AGNODE, dot_name("tooltip"), dot_name(""));
    s->n_type = agattr(g, AGNODE, dot_name("kg_type"), dot_name(""));
    s->n_degree = agattr(g, AGNODE, dot_name("degree"), dot_name(""));
    s->n_wdegree = agattr(g, AGNODE, dot_name("weighted_degree"), dot_name(""));
    s->n_pagerank = agattr(g, AGNODE, dot_name("pagerank"), dot_name(""));
    s->n_btw = agattr(g, AGNODE, dot_name("betweenness"), dot_name(""));
    s->n_comm = agattr(g, AGNODE, dot_name("community"), dot_name(""));
    s->e_label = agattr(g, AGEDGE, dot_name("label"), dot_name(""));
    s->e_color = agattr(g, AGEDGE, dot_name("color"), dot_name("black"));
    s->e_fontcolor =
        agattr(g, AGEDGE, dot_name("fontcolor"), dot_name("black"));
    s->e_pen = agattr(g, AGEDGE, dot_name("penwidth"), dot_name("1"));
    s->e_style = agattr(g, AGEDGE, dot_name("style"), dot_name(""));
    s->e_tip = agattr(g, AGEDGE, dot_name("tooltip"), dot_name(""));
    s->e_relation = agattr(g, AGEDGE, dot_name("relation"), dot_name(""));
    s->e_cameo = agattr(g, AGEDGE, dot_name("cameo"), dot_name(""));
    s->e_negated = agattr(g, AGEDGE, dot_name("negated"), dot_name("false"));
    s->e_count = agattr(g, AGEDGE, dot_name("count"), dot_name("1"));
    if (!s->n_label || !s->n_shape || !s->n_style || !s->n_fill || !s->n_tip ||
        !s->n_type || !s->n_degree || !s->n_wdegree || !s->n_pagerank ||
        !s->n_btw || !s->n_comm || !s->e_label || !s->e_color ||
        !s->e_fontcolor || !s->e_pen || !s->e_style || !s->e_tip ||
        !s->e_relation || !s->e_cameo || !s->e_negated || !s->e_count)
        return KG_EDEP;
    return dot_declare_legend(g);
}

static int dot_set(void *obj, Agsym_t *sym, const char *value)
{
    return agxset(obj, sym, dot_name(value)) == 0 ? KG_OK : KG_EDEP;
}

/* A number in the exporters' one format; NaN and infinities are left out. */
static int dot_set_num(void *obj, Agsym_t *sym, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return KG_OK;
    return dot_set(obj, sym, num);
}

static int dot_add_node(Agraph_t *g,
                        const dot_syms *s,
                        const kg_node *kn,
                        kg_buf *b,
                        Agnode_t **out)
{
    const dot_style *st = dot_node_style(kn);
    Agnode_t *n = agnode(g, dot_name(kn->id), 1);
    int err;

    *out = n;
    if (!n)
        return KG_EDEP;
    kg_buf_clear(b);
    if ((err = dot_escape(b, kn->label ? kn->label : kn->id)) < 0 ||
        (err = dot_set(n, s->n_label, b->ptr)) < 0 ||
        (err = dot_set(n, s->n_shape, st->shape)) < 0 ||
        (err = dot_set(n, s->n_style, st->style)) < 0 ||
        (err = dot_set(n, s->n_fill, kg_export__node_color(kn))) < 0)
        return err;
    if ((err = dot_set_num(n, s->n_degree, kn->degree)) < 0 ||
        (err = dot_set_num(n, s->n_wdegree, kn->weighted_degree)) < 0 ||
        (err = dot_set_num(n, s->n_pagerank, kn->pagerank)) < 0 ||
        (err = dot_set_num(n, s->n_btw, kn->betweenness)) < 0 ||
        (err = dot_set_num(n, s->n_comm, (double)kn->community)) < 0)
        return err;
    kg_buf_clear(b);
    if ((err = dot_escape(b, kn->type ? kn->type : "")) < 0 ||
        (b->len && (err = dot_set(n, s->n_type, b->ptr)) < 0))
        return err;
    /* Tooltip: "Country TUR, community 2", for SVG viewers. */
    if (kn->code && ((err = kg_buf_putc(b, ' ')) < 0 ||
                     (err = dot_escape(b, kn->code)) < 0))
        return err;
    if ((err = kg_buf_printf(b, "%scommunity %d", b->len ? ", " : "",
                             kn->community)) < 0)
        return err;
    return dot_set(n, s->n_tip, b->ptr);
}

/* "blocks", "not: imposes sanctions on", "blocks [threatened] (3x)". */
static int dot_edge_label(kg_buf *b, const kg_edge *e)
{
    const char *text = e->label && *e->label ? e->label : e->relation;
    int err = KG_OK;

    kg_buf_clear(b);
    if (e->negated && (err = kg_buf_puts(b, "not: ")) < 0)
        return err;
    if ((err = dot_escape(b, text ? text : "related")) < 0)
        return err;
    if (e->modality && *e->modality && strcmp(e->modality, "asserted") != 0) {
        if ((err = kg_buf_puts(b, " [")) < 0 ||
            (err = dot_escape(b, e->modality)) < 0 ||
            (err = kg_buf_putc(b, ']')) < 0)
            return err;
    }
    if (e->count > 1)
        err = kg_buf_printf(b, " (%zux)", e->count);
    return err;
}

static int dot_add_edge(Agraph_t *g,
                        const dot_syms *s,
                        Agnode_t **nodes,
                        const kg_edge *ke,
                        kg_buf *b)
{
    const char *color = kg_export__quad_color(kg_export__quad(ke->cameo));
    char num[KG_EXPORT_NUMLEN];
    Agedge_t *e;
    int err;

    e = agedge(g, nodes[ke->source], nodes[ke->target], dot_name(ke->id), 1);
    if (!e)
        return KG_EDEP;
    snprintf(num, sizeof(num), "%.2f", kg_export__penwidth(ke->weight));
    if ((err = dot_edge_label(b, ke)) < 0 ||
        (err = dot_set(e, s->e_label, b->ptr)) < 0 ||
        (err = dot_set(e, s->e_color, color)) < 0 ||
        (err = dot_set(e, s->e_fontcolor, color)) < 0 ||
        (err = dot_set(e, s->e_pen, num)) < 0)
        return err;
    if (ke->negated && ((err = dot_set(e, s->e_style, "dashed")) < 0 ||
                        (err = dot_set(e, s->e_negated, "true")) < 0))
        return err;
    kg_buf_clear(b);
    if ((err = dot_escape(b, ke->relation ? ke->relation : "related")) < 0 ||
        (err = dot_set(e, s->e_relation, b->ptr)) < 0 ||
        (err = dot_set_num(e, s->e_count, (double)ke->count)) < 0)
        return err;
    if (ke->cameo) {
        kg_buf_clear(b);
        if ((err = dot_escape(b, ke->cameo)) < 0 ||
            (err = dot_set(e, s->e_cameo, b->ptr)) < 0)
            return err;
    }
    /* The first sentence it was read in, as the SVG tooltip. */
    if (ke->nprov > 0 && ke->prov[0].text) {
        kg_buf_clear(b);
        if ((err = dot_escape(b, ke->prov[0].text)) < 0 ||
            (err = dot_set(e, s->e_tip, b->ptr)) < 0)
            return err;
    }
    return KG_OK;
}

/* ---- object ids in creation order ------------------------------------
 *
 * cgraph's default id discipline makes a named object's id the address of
 * its interned name, and Graphviz 2.42's dot layout orders some of its
 * sets by id.  The picture then depended on the heap: `kg export` of a
 * saved graph.graphml drew the same graph as `kg build` differently, and
 * setting MALLOC_MMAP_THRESHOLD_=0 changed the SVG of one and the same
 * command.  This discipline numbers names in the order they are first
 * seen (even ids, as the default gives named objects; anonymous objects
 * get odd ones), so the layout is a function of the graph alone. */
typedef struct dot_ids {
    Agraph_t *g;
    char **names;     /* names[k] has id 2 (k + 1), interned in g's string
                       * dictionary (agwrite reads the HTML flag there) */
    size_t n, cap;
    uint32_t *slots;  /* open addressing: k + 1, 0 = empty */
    size_t nslots;    /* a power of two, at least twice n */
    IDTYPE anon;      /* next odd id */
} dot_ids;

static size_t dot_ids_hash(const char *s)
{
    size_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void *dot_ids_open(Agraph_t *g, Agdisc_t *disc)
{
    dot_ids *ids = calloc(1, sizeof(*ids));
    (void)disc;
    if (ids) {
        ids->g = g;
        ids->anon = 1;
    }
    return ids;
}

/* The slot of name, or of the empty slot where it would go. */
static size_t dot_ids_find(const dot_ids *ids, const char *name)
{
    size_t m = ids->nslots - 1, j = dot_ids_hash(name) & m;
    while (ids->slots[j] && strcmp(ids->names[ids->slots[j] - 1], name) != 0)
        j = (j + 1) & m;
    return j;
}

static int dot_ids_grow(dot_ids *ids)
{
    size_t k, ns = ids->nslots ? ids->nslots * 2 : 64;
    uint32_t *old = ids->slots;
    size_t oldn = ids->nslots;
    if (ids->n == ids->cap) {
        size_t cap = ids->cap ? ids->cap * 2 : 32;
        char **names = realloc(ids->names, cap * sizeof(*names));
        if (!names)
            return -1;
        ids->names = names;
        ids->cap = cap;
    }
    if ((ids->n + 1) * 2 <= ids->nslots)
        return 0;
    if (!(ids->slots = calloc(ns, sizeof(*ids->slots)))) {
        ids->slots = old;
        return -1;
    }
    ids->nslots = ns;
    for (k = 0; k < oldn; k++)
        if (old[k])
            ids->slots[dot_ids_find(ids, ids->names[old[k] - 1])] = old[k];
    free(old);
    return 0;
}

static long dot_ids_map(void *state, int objtype, char *str, IDTYPE *id,
                        int createflag)
{
    dot_ids *ids = state;
    size_t j;
    char *copy;
    (void)objtype;
    if (!str) {
        *id = ids->anon;
        ids->anon += 2;
        return 1;
    }
    if (ids->nslots) {
        j = dot_ids_find(ids, str);
        if (ids->slots[j]) {
            *id = (IDTYPE)ids->slots[j] * 2;
            return 1;
        }
    }
    if (!createflag || ids->n >= UINT32_MAX - 1 || dot_ids_grow(ids) < 0 ||
        !(copy = agstrdup(ids->g, str)))
        return 0;
    ids->names[ids->n++] = copy;
    ids->slots[dot_ids_find(ids, copy)] = (uint32_t)ids->n;
    *id = (IDTYPE)ids->n * 2;
    return 1;
}

static long dot_ids_alloc(void *state, int objtype, IDTYPE request)
{
    (void)state;
    (void)objtype;
    (void)request;
    return 0; /* as the default: no ids on request */
}

static void dot_ids_free(void *state, int objtype, IDTYPE id)
{
    (void)state; /* names live until the graph's string dictionary closes */
    (void)objtype;
    (void)id;
}

static char *dot_ids_print(void *state, int objtype, IDTYPE id)
{
    const dot_ids *ids = state;
    (void)objtype;
    return id % 2 == 0 && id / 2 >= 1 && id / 2 <= ids->n
               ? ids->names[id / 2 - 1]
               : NULL;
}

static void dot_ids_close(void *state)
{
    dot_ids *ids = state;
    /* (the names go with the string dictionary, closed after this) */
    free(ids->names);
    free(ids->slots);
    free(ids);
}

static void dot_ids_register(void *state, int objtype, void *obj)
{
    (void)state;
    (void)objtype;
    (void)obj;
}

static Agiddisc_t dot_id_disc = {dot_ids_open,  dot_ids_map,
                                 dot_ids_alloc, dot_ids_free,
                                 dot_ids_print, dot_ids_close,
                                 dot_ids_register};

/* Build the styled cgraph graph of g; *out is agclose'd by the caller. */
static int dot_build(const kg_graph *g, Agraph_t **out)
{
    Agraph_t *ag;
    Agnode_t **nodes = NULL;
    kg_buf b = KG_BUF_INIT;
    dot_syms syms;
    size_t i, nn = kg_graph_node_count(g), ne = kg_graph_edge_count(g);
    int err;

    /* (cgraph keeps the discipline's address: static storage) */
    static Agdisc_t disc;
    disc.mem = &AgMemDisc;
    disc.id = &dot_id_disc;
    disc.io = &AgIoDisc;
    *out = ag = agopen(dot_name("kg"), Agdirected, &disc);
    if (!ag)
        return KG_ENOMEM;
    if ((err = dot_declare(ag, &syms)) < 0)
        goto out;
    nodes = calloc(nn ? nn : 1, sizeof(*nodes));
    if (!nodes) {
        err = KG_ENOMEM;
        goto out;
    }
    for (i = 0; i < nn; i++)
        if ((err = dot_add_node(ag, &syms, kg_graph_node(g, i), &b,
                                &nodes[i])) < 0)
            goto out;
    for (i = 0; i < ne; i++)
        if ((err = dot_add_edge(ag, &syms, nodes, kg_graph_edge(g, i), &b)) < 0)
            goto out;
out:
    free(nodes);
    kg_buf_dispose(&b);
    return err;
}

static GVC_t *dot_gvc;

static GVC_t *dot_context(void)
{
    if (!dot_gvc)
        dot_gvc = gvContext();
    return dot_gvc;
}

void kg_export__dot_shutdown(void)
{
    if (dot_gvc)
        gvFreeContext(dot_gvc);
    dot_gvc = NULL;
}

/* Store cgraph's last message (one line) or fallback in ctx. */
static int
dot_dep_error(kg_ctx *ctx, int status, const char *what, const char *file)
{
    char *msg = aglasterr();
    char *p;

    if (msg) {
        for (p = msg; *p; p++)
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        while (p > msg && p[-1] == ' ')
            *--p = '\0';
    }
    if (status == KG_ENOMEM)
        kg_ctx__error(ctx, status, "out of memory writing %s", file);
    else
        kg_ctx__error(ctx, status, "%s %s: %s", what, file,
                      msg && *msg ? msg : "graphviz failed");
    free(msg);
    return status;
}

static int dot_open(kg_ctx *ctx, kg_afile *af, const char *file)
{
    int err = kg_afile_open(af, file);

    if (err == KG_EIO)
        kg_ctx__error(ctx, err, "cannot create %s: %s", file, strerror(errno));
    else if (err < 0)
        kg_ctx__error(ctx, err, "out of memory writing %s", file);
    return err;
}

static int dot_commit(kg_ctx *ctx, kg_afile *af, const char *file)
{
    int err = kg_afile_commit(af);

    if (err < 0)
        kg_ctx__error(ctx, err, "cannot write %s: %s", file, strerror(errno));
    return err;
}

int kg_export_dot(const kg_graph *g, const char *file)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    agerrlevel_t level = agseterr(AGMAX);
    kg_export_locale loc;
    kg_afile af = {0};
    Agraph_t *ag = NULL;
    int err;

    kg_export__locale_begin(&loc);
    if ((err = dot_build(g, &ag)) < 0) {
        dot_dep_error(ctx, err, "cannot build the graph for", file);
        goto out;
    }
    if ((err = dot_open(ctx, &af, file)) < 0)
        goto out;
    errno = 0;
    if (agwrite(ag, af.fp) != 0) {
        err = kg_ctx__error(ctx, KG_EIO, "cannot write %s: %s", file,
                            errno ? strerror(errno) : "agwrite failed");
        goto out;
    }
    err = dot_commit(ctx, &af, file);
out:
    kg_afile_abort(&af);
    if (ag)
        agclose(ag);
    kg_export__locale_end(&loc);
    agseterr(level);
    return err;
}

/* Lay g out (dot or sfdp) and render it with Graphviz's renderer fmt. */
static int dot_render(const kg_graph *g, const char *file, const char *fmt)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    agerrlevel_t level = agseterr(AGMAX);
    kg_export_locale loc;
    kg_afile af = {0};
    Agraph_t *ag = NULL;
    GVC_t *gvc = NULL;
    int laid_out = 0, err;
    const char *engine = kg_graph_node_count(g) <= DOT_MAX_DOT_NODES &&
                                 kg_graph_edge_count(g) <= DOT_MAX_DOT_EDGES
                             ? "dot"
                             : "sfdp";

    kg_export__locale_begin(&loc);
    if ((err = dot_build(g, &ag)) < 0) {
        dot_dep_error(ctx, err, "cannot build the graph for", file);
        goto out;
    }
    if (!(gvc = dot_context())) {
        err = kg_ctx__error(ctx, KG_ENOMEM, "out of memory writing %s", file);
        goto out;
    }
    if (gvLayout(gvc, ag, engine) != 0) {
        err = dot_dep_error(ctx, KG_EDEP, "graphviz layout failed for", file);
        goto out;
    }
    laid_out = 1;
    if ((err = dot_open(ctx, &af, file)) < 0)
        goto out;
    errno = 0;
    if (gvRender(gvc, ag, fmt, af.fp) != 0) {
        err = dot_dep_error(ctx, KG_EDEP, "graphviz cannot render", file);
        goto out;
    }
    err = dot_commit(ctx, &af, file);
out:
    kg_afile_abort(&af);
    if (laid_out)
        gvFreeLayout(gvc, ag);
    if (ag)
        agclose(ag);
    kg_export__locale_end(&loc);
    agseterr(level);
    return err;
}

int kg_export_svg(const kg_graph *g, const char *file)
{
    return dot_render(g, file, "svg");
}

int kg_export_png(const kg_graph *g, const char *file)
{
    return dot_render(g, file, "png");
}
