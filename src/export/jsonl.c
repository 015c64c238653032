/*
 * jsonl.c: the graph as JSON Lines for scripts, one merged edge per line in
 * the graph's edge order (the bytes cJSON printed; see jl_edge):
 *
 *   {"id": "e0", "source": NODE, "target": NODE, "relation": "block",
 *    "label": "blocks", "cameo": "112", "negated": false,
 *    "modality": "asserted", "count": 2, "weight": 1.5,
 *    "first_date": "2023-05-12", "last_date": "2023-05-28",
 *    "provenance": [...]}
 *
 * NODE is {"id", "label", "type", "code", "country", "wikidata",
 * "community"} (absent values are null); provenance is the array the
 * GraphML provenance key holds.  Numbers are printed in the exporters' one
 * format; NaN and infinities become null.
 */
#include "kg/export.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "export_util.h"

/* Each line is written straight into one buffer, byte for byte as
 * cJSON_PrintUnformatted printed the object built for it before (keys in
 * this order, no spaces, strings escaped as kg_export__json_str does):
 * a cJSON tree per edge, printed and freed, was most of the export. */

/* ,"key": (first: no comma) */
static int jl_key(kg_buf *b, const char *key, int first)
{
    int err;

    if (!first && (err = kg_buf_putc(b, ',')) < 0)
        return err;
    return kg_export__json_key(b, key);
}

static int jl_str(kg_buf *b, const char *key, const char *s)
{
    int err = jl_key(b, key, 0);
    return err < 0 ? err : kg_export__json_str(b, s);
}

static int jl_size(kg_buf *b, const char *key, size_t v)
{
    int err = jl_key(b, key, 0);
    return err < 0 ? err : kg_export__json_size(b, v);
}

static int jl_node(kg_buf *b, const char *key, const kg_node *n)
{
    int err;

    if ((err = jl_key(b, key, 0)) < 0 || (err = kg_buf_putc(b, '{')) < 0 ||
        (err = jl_key(b, "id", 1)) < 0 ||
        (err = kg_export__json_str(b, n->id)) < 0 ||
        (err = jl_str(b, "label", n->label)) < 0 ||
        (err = jl_str(b, "type", n->type)) < 0 ||
        (err = jl_str(b, "code", n->code)) < 0 ||
        (err = jl_str(b, "country", n->country)) < 0 ||
        (err = jl_str(b, "wikidata", n->wikidata)) < 0 ||
        (err = jl_size(b, "community", (size_t)n->community)) < 0)
        return err;
    return kg_buf_putc(b, '}');
}

/* One edge's line, with its '\n', appended to b. */
static int jl_edge(const kg_graph *g, const kg_edge *e, kg_buf *b,
                   kg_export_memo *memo)
{
    char num[KG_EXPORT_NUMLEN];
    const char *w;
    int err;

    if ((err = kg_buf_putc(b, '{')) < 0 || (err = jl_key(b, "id", 1)) < 0 ||
        (err = kg_export__json_str(b, e->id)) < 0 ||
        (err = jl_node(b, "source", kg_graph_node(g, e->source))) < 0 ||
        (err = jl_node(b, "target", kg_graph_node(g, e->target))) < 0 ||
        (err = jl_str(b, "relation", e->relation)) < 0 ||
        (err = jl_str(b, "label", e->label)) < 0 ||
        (err = jl_str(b, "cameo", e->cameo)) < 0 ||
        (err = jl_key(b, "negated", 0)) < 0 ||
        (err = e->negated ? kg_buf_put(b, "true", 4)
                          : kg_buf_put(b, "false", 5)) < 0 ||
        (err = jl_str(b, "modality", e->modality)) < 0 ||
        (err = jl_size(b, "count", e->count)) < 0 ||
        (err = jl_key(b, "weight", 0)) < 0 ||
        (err = (w = kg_export__fmt_double_memo(memo, num, e->weight))
                   ? kg_buf_puts(b, w)
                   : kg_buf_put(b, "null", 4)) < 0 ||
        (err = jl_str(b, "first_date", e->first_date)) < 0 ||
        (err = jl_str(b, "last_date", e->last_date)) < 0 ||
        (err = jl_key(b, "provenance", 0)) < 0 ||
        (err = kg_export__prov_json_memo(e, b, memo)) < 0)
        return err;
    return kg_buf_put(b, "}\n", 2);
}

/* Lines are gathered up to this many bytes before each fwrite. */
#define JL_CHUNK (256 * 1024)

int kg_export_jsonl(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    kg_buf b = KG_BUF_INIT;
    kg_export_memo *memo = calloc(1, sizeof(*memo));
    size_t i, n = kg_graph_edge_count(g);
    int err;

    kg_export__locale_begin(&loc);
    if (!memo) {
        err = kg_export__write_error(ctx, KG_ENOMEM, path);
        goto out;
    }
    if ((err = kg_export__open(ctx, &af, path)) < 0)
        goto out;
    errno = 0;
    for (i = 0; i < n; i++) {
        if ((err = jl_edge(g, kg_graph_edge(g, i), &b, memo)) < 0) {
            kg_export__write_error(ctx, err, path);
            goto out;
        }
        if (b.len >= JL_CHUNK || i + 1 == n) {
            err = fwrite(b.ptr, 1, b.len, af.fp) == b.len ? KG_OK : KG_EIO;
            kg_buf_clear(&b);
            if (err < 0) {
                kg_export__write_error(ctx, err, path);
                goto out;
            }
        }
    }
    err = kg_export__commit(ctx, &af, path);
out:
    kg_afile_abort(&af);
    kg_buf_dispose(&b);
    free(memo);
    kg_export__locale_end(&loc);
    return err;
}
