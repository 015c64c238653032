/*
 * jsonl.c: the graph as JSON Lines for scripts, one merged edge per line in
 * the graph's edge order, written through cJSON one small object at a time:
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
#include <string.h>

#include <cJSON.h>

#include "../core/ctx_internal.h"
#include "../util/atomic.h"
#include "export_util.h"

/* Add item to obj under key; item is deleted when that fails. */
static int jl_add(cJSON *obj, const char *key, cJSON *item)
{
    if (!item)
        return KG_ENOMEM;
    if (!cJSON_AddItemToObjectCS(obj, key, item)) {
        cJSON_Delete(item);
        return KG_ENOMEM;
    }
    return KG_OK;
}

static int jl_str(cJSON *obj, const char *key, const char *s)
{
    return jl_add(obj, key, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}

static int jl_num(cJSON *obj, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return jl_add(obj, key, cJSON_CreateNull());
    return jl_add(obj, key, cJSON_CreateRaw(num));
}

static int jl_size(cJSON *obj, const char *key, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return jl_add(obj, key, cJSON_CreateRaw(num));
}

static int jl_node(cJSON *obj, const char *key, const kg_node *n)
{
    cJSON *o = cJSON_CreateObject();
    int err;

    if (!o)
        return KG_ENOMEM;
    if ((err = jl_str(o, "id", n->id)) < 0 ||
        (err = jl_str(o, "label", n->label)) < 0 ||
        (err = jl_str(o, "type", n->type)) < 0 ||
        (err = jl_str(o, "code", n->code)) < 0 ||
        (err = jl_str(o, "country", n->country)) < 0 ||
        (err = jl_str(o, "wikidata", n->wikidata)) < 0 ||
        (err = jl_size(o, "community", (size_t)n->community)) < 0) {
        cJSON_Delete(o);
        return err;
    }
    return jl_add(obj, key, o);
}

static int jl_edge(const kg_graph *g, const kg_edge *e, char **out)
{
    cJSON *o = cJSON_CreateObject();
    char *prov = NULL;
    int err;

    *out = NULL;
    if (!o)
        return KG_ENOMEM;
    if ((err = jl_str(o, "id", e->id)) < 0 ||
        (err = jl_node(o, "source", kg_graph_node(g, e->source))) < 0 ||
        (err = jl_node(o, "target", kg_graph_node(g, e->target))) < 0 ||
        (err = jl_str(o, "relation", e->relation)) < 0 ||
        (err = jl_str(o, "label", e->label)) < 0 ||
        (err = jl_str(o, "cameo", e->cameo)) < 0 ||
        (err = jl_add(o, "negated", cJSON_CreateBool(e->negated != 0))) < 0 ||
        (err = jl_str(o, "modality", e->modality)) < 0 ||
        (err = jl_size(o, "count", e->count)) < 0 ||
        (err = jl_num(o, "weight", e->weight)) < 0 ||
        (err = jl_str(o, "first_date", e->first_date)) < 0 ||
        (err = jl_str(o, "last_date", e->last_date)) < 0 ||
        (err = kg_export__prov_json(e, &prov)) < 0)
        goto out;
    err = jl_add(o, "provenance", cJSON_CreateRaw(prov));
    kg_export__json_free(prov);
    if (err < 0)
        goto out;
    if (!(*out = cJSON_PrintUnformatted(o)))
        err = KG_ENOMEM;
out:
    cJSON_Delete(o);
    return err;
}

int kg_export_jsonl(const kg_graph *g, const char *path)
{
    kg_ctx *ctx = kg_graph_ctx(g);
    kg_afile af = {0};
    kg_export_locale loc;
    size_t i, n = kg_graph_edge_count(g);
    int err;

    kg_export__locale_begin(&loc);
    if ((err = kg_export__open(ctx, &af, path)) < 0)
        goto out;
    errno = 0;
    for (i = 0; i < n; i++) {
        char *line = NULL;
        size_t len;
        if ((err = jl_edge(g, kg_graph_edge(g, i), &line)) < 0) {
            kg_export__write_error(ctx, err, path);
            goto out;
        }
        len = strlen(line);
        err = fwrite(line, 1, len, af.fp) == len && fputc('\n', af.fp) != EOF
                  ? KG_OK
                  : KG_EIO;
        cJSON_free(line);
        if (err < 0) {
            kg_export__write_error(ctx, err, path);
            goto out;
        }
    }
    err = kg_export__commit(ctx, &af, path);
out:
    kg_afile_abort(&af);
    kg_export__locale_end(&loc);
    return err;
}
