/*
 * export_util.c: number formatting, CAMEO quad classes and the provenance
 * JSON shared by the exporters.  Everything here is deterministic: the same
 * edge gives the same bytes.
 */
#include "export_util.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "kg/common.h"

#include "../core/ctx_internal.h"

void kg_export__locale_begin(kg_export_locale *l)
{
    l->old = (locale_t)0;
    l->c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    if (l->c)
        l->old = uselocale(l->c);
}

void kg_export__locale_end(kg_export_locale *l)
{
    if (l->c) {
        uselocale(l->old);
        freelocale(l->c);
    }
    l->c = l->old = (locale_t)0;
}

int kg_export__fmt_double(char *buf, double v)
{
    int prec;

    buf[0] = '\0';
    if (!isfinite(v))
        return -1;
    if (v == 0.0)
        v = 0.0; /* no "-0" */
    for (prec = 15; prec <= 17; prec++) {
        snprintf(buf, KG_EXPORT_NUMLEN, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return 0;
}

int kg_export__quad(const char *cameo)
{
    int root;

    if (!cameo || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' ||
        cameo[1] > '9')
        return 0;
    root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root >= 1 && root <= 5)
        return 1;
    if (root >= 6 && root <= 8)
        return 2;
    if (root >= 9 && root <= 13)
        return 3;
    if (root >= 14 && root <= 20)
        return 4;
    return 0;
}

typedef struct util_color {
    const char *type, *color;
} util_color;

static const util_color util_node_colors[] = {
    {"Country", "#cfe2f3"},    {"Person", "#fff2cc"},
    {"Organization", "#d9ead3"}, {"Group", "#f4cccc"},
    {"Place", "#e6e0f8"},      {"MonetaryAmount", "#fce5cd"},
    {"Quantity", "#eeeeee"},   {"Percentage", "#eeeeee"},
    {"Date", "#eeeeee"},
};

const char *kg_export__node_color(const kg_node *n)
{
    size_t i;

    for (i = 0; n->type && i < sizeof(util_node_colors) /
                                   sizeof(util_node_colors[0]);
         i++)
        if (strcmp(n->type, util_node_colors[i].type) == 0)
            return util_node_colors[i].color;
    return n->is_value ? "#eeeeee" : "#ffffff";
}

const char *kg_export__quad_color(int quad)
{
    static const char *const colors[] = {
        "#757575", /* unknown: grey */
        "#2e7d32", /* 1 verbal cooperation: green */
        "#1565c0", /* 2 material cooperation: blue */
        "#ef6c00", /* 3 verbal conflict: orange */
        "#c62828", /* 4 material conflict: red */
    };
    return quad >= 1 && quad <= 4 ? colors[quad] : colors[0];
}

double kg_export__penwidth(double weight)
{
    double pen = 1.0;

    if (isfinite(weight) && weight > 0)
        pen = 1.0 + log1p(weight);
    return pen > 6.0 ? 6.0 : pen;
}

int kg_export__is_date(const char *s)
{
    int i, m, d;

    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int kg_export__open(kg_ctx *ctx, kg_afile *af, const char *path)
{
    int err = kg_afile_open(af, path);

    if (err == KG_EIO)
        kg_ctx__error(ctx, err, "cannot create %s: %s", path, strerror(errno));
    else if (err < 0)
        kg_ctx__error(ctx, err, "out of memory writing %s", path);
    return err;
}

int kg_export__commit(kg_ctx *ctx, kg_afile *af, const char *path)
{
    int err = kg_afile_commit(af);

    if (err < 0)
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
    return err;
}

int kg_export__write_error(kg_ctx *ctx, int err, const char *path)
{
    if (err == KG_ENOMEM)
        return kg_ctx__error(ctx, err, "out of memory writing %s", path);
    return kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                         errno ? strerror(errno) : "write failed");
}

/* Ownership rule of STYLE.md: the item is deleted when adding fails. */
static int util_add(cJSON *obj, const char *key, cJSON *item)
{
    if (!item)
        return KG_ENOMEM;
    if (!cJSON_AddItemToObjectCS(obj, key, item)) {
        cJSON_Delete(item);
        return KG_ENOMEM;
    }
    return KG_OK;
}

static int util_add_str(cJSON *obj, const char *key, const char *s)
{
    return util_add(obj, key, s ? cJSON_CreateString(s) : cJSON_CreateNull());
}

/* Numbers are written raw in the one format of kg_export__fmt_double. */
static int util_add_num(cJSON *obj, const char *key, double v)
{
    char num[KG_EXPORT_NUMLEN];

    if (kg_export__fmt_double(num, v) < 0)
        return util_add(obj, key, cJSON_CreateNull());
    return util_add(obj, key, cJSON_CreateRaw(num));
}

static int util_add_size(cJSON *obj, const char *key, size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return util_add(obj, key, cJSON_CreateRaw(num));
}

static cJSON *util_size(size_t v)
{
    char num[KG_EXPORT_NUMLEN];

    snprintf(num, sizeof(num), "%zu", v);
    return cJSON_CreateRaw(num);
}

static int util_add_span(cJSON *obj, const char *key, size_t a, size_t b)
{
    cJSON *arr = cJSON_CreateArray();
    cJSON *x;
    int err = KG_ENOMEM;

    if (!arr)
        return KG_ENOMEM;
    x = util_size(a);
    if (!x || !cJSON_AddItemToArray(arr, x))
        goto fail;
    x = util_size(b);
    if (!x || !cJSON_AddItemToArray(arr, x))
        goto fail;
    return util_add(obj, key, arr);
fail:
    cJSON_Delete(x);
    cJSON_Delete(arr);
    return err;
}

static int util_prov_object(const kg_provenance *p, cJSON **out)
{
    cJSON *o = cJSON_CreateObject();
    int err;

    *out = NULL;
    if (!o)
        return KG_ENOMEM;
    if ((err = util_add_str(o, "doc", p->doc)) < 0 ||
        (err = util_add_size(o, "sentence", p->sentence)) < 0 ||
        (err = util_add_size(o, "start", p->start)) < 0 ||
        (err = util_add_size(o, "end", p->end)) < 0 ||
        (err = util_add_span(o, "subject", p->subj_start, p->subj_end)) < 0 ||
        (err = util_add_span(o, "relation", p->rel_start, p->rel_end)) < 0 ||
        (err = util_add_span(o, "object", p->obj_start, p->obj_end)) < 0 ||
        (err = util_add_str(o, "text", p->text)) < 0 ||
        (err = util_add_str(o, "date", p->date)) < 0 ||
        (err = util_add_str(o, "attributed_to", p->attributed_to)) < 0 ||
        (err = util_add_num(o, "confidence", p->confidence)) < 0) {
        cJSON_Delete(o);
        return err;
    }
    *out = o;
    return KG_OK;
}

int kg_export__prov_json(const kg_edge *e, char **out)
{
    cJSON *arr = cJSON_CreateArray();
    cJSON *o = NULL;
    size_t i;
    int err = KG_OK;

    *out = NULL;
    if (!arr)
        return KG_ENOMEM;
    for (i = 0; i < e->nprov; i++) {
        if ((err = util_prov_object(&e->prov[i], &o)) < 0)
            goto out;
        if (!cJSON_AddItemToArray(arr, o)) {
            cJSON_Delete(o);
            err = KG_ENOMEM;
            goto out;
        }
    }
    *out = cJSON_PrintUnformatted(arr);
    if (!*out)
        err = KG_ENOMEM;
out:
    cJSON_Delete(arr);
    return err;
}

void kg_export__json_free(char *s)
{
    if (s)
        cJSON_free(s);
}
