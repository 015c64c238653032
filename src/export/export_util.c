/*
 * export_util.c: number formatting, CAMEO quad classes and the provenance
 * JSON shared by the exporters.  Everything here is deterministic: the same
 * edge gives the same bytes.
 */
#include "export_util.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "kg/common.h"

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
