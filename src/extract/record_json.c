/*
 * record_json.c: the JSON form of kg_relation, written by `kg extract` and
 * read back by `kg merge`.  One of the cJSON adapters: the text stage reads
 * JSONL corpora and the JSON-LD exporter writes through cJSON too, each in
 * its own file, because each speaks a different JSON vocabulary.
 *
 * Reading treats the input as untrusted: every string is re-validated as
 * UTF-8 (cJSON passes bad bytes through), numbers are range-checked, and
 * missing optional fields become NULL.
 */
#include "kg/extract.h"

#include <cJSON.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/utf8.h"

/* cJSON_Add* return NULL on failure; one flag collects them all. */
static void rj_str(cJSON *o, const char *k, const char *v, int *ok)
{
    if (!(v ? cJSON_AddStringToObject(o, k, v) : cJSON_AddNullToObject(o, k)))
        *ok = 0;
}

static void rj_num(cJSON *o, const char *k, double v, int *ok)
{
    if (!cJSON_AddNumberToObject(o, k, isfinite(v) ? v : 0))
        *ok = 0;
}

/* A count or byte offset: its digits, as cJSON would print them ("%1.15g"
 * writes every integer below 10^15 as its plain digits), given to cJSON
 * as the member's raw text.  cJSON prints a number with sprintf and reads
 * it back with sscanf to check it, about 3,700 instructions a number with
 * glibc's printf here, ten numbers a relation: a fifth of kg extract's
 * JSON.  Larger values go through cJSON's own number. */
static void rj_count(cJSON *o, const char *k, size_t v, int *ok)
{
    char buf[24], *p = buf + sizeof(buf);
    if (v >= (size_t)1000000000000000ull) {
        rj_num(o, k, (double)v, ok);
        return;
    }
    *--p = '\0';
    do
        *--p = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    if (!cJSON_AddRawToObject(o, k, p))
        *ok = 0;
}

static cJSON *rj_entity(const kg_entity *e, int *ok)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) {
        *ok = 0;
        return NULL;
    }
    rj_str(o, "id", e->id, ok);
    rj_str(o, "label", e->label, ok);
    rj_str(o, "type", e->type, ok);
    if (e->is_value) {
        /* a date's value is its ISO form ("2023-05-28", "2023-05", "2022") */
        if (e->type && strcmp(e->type, "Date") == 0)
            rj_str(o, "value", e->label, ok);
        else
            rj_num(o, "value", e->value, ok);
        rj_str(o, "unit", e->unit, ok);
    } else {
        rj_str(o, "code", e->code, ok);
        rj_str(o, "country", e->country, ok);
    }
    /* who it is came from another mention of the document (a pronoun, a
     * bare surname or title), not from these words */
    if (!cJSON_AddBoolToObject(o, "coref", e->coref ? 1 : 0))
        *ok = 0;
    rj_str(o, "text", e->text, ok);
    rj_count(o, "start", e->start, ok);
    rj_count(o, "end", e->end, ok);
    return o;
}

/* Add item to o under k; on failure cJSON did not take it, so delete. */
static void rj_add(cJSON *o, const char *k, cJSON *item, int *ok)
{
    if (!item) {
        *ok = 0;
        return;
    }
    if (!cJSON_AddItemToObject(o, k, item)) {
        cJSON_Delete(item);
        *ok = 0;
    }
}

/* Print o unformatted and append it to the caller's buffer; deletes o. */
static int rj_append(cJSON *o, int ok, char **out, size_t *len, size_t *cap)
{
    char *s = NULL;
    size_t n;
    int err = KG_OK;
    if (!ok || !(s = cJSON_PrintUnformatted(o))) {
        err = KG_ENOMEM;
        goto out;
    }
    n = strlen(s);
    if (*len + n + 1 > *cap) {
        size_t ncap = *cap ? *cap : 256;
        char *p;
        while (ncap < *len + n + 1)
            ncap *= 2;
        if (!(p = realloc(*out, ncap))) {
            err = KG_ENOMEM;
            goto out;
        }
        *out = p;
        *cap = ncap;
    }
    memcpy(*out + *len, s, n + 1);
    *len += n;
out:
    cJSON_free(s);
    cJSON_Delete(o);
    return err;
}

int kg_entity_to_json(const kg_entity *e, char **out, size_t *len,
                      size_t *cap)
{
    int ok = 1;
    cJSON *o = rj_entity(e, &ok);
    if (!o)
        return KG_ENOMEM;
    return rj_append(o, ok, out, len, cap);
}

int kg_relation_to_json(const kg_relation *r, char **out, size_t *len,
                        size_t *cap)
{
    cJSON *o = cJSON_CreateObject(), *rel;
    int ok = 1;

    if (!o)
        return KG_ENOMEM;
    rj_str(o, "doc", r->doc, &ok);
    rj_count(o, "sentence", r->sentence, &ok);
    rj_count(o, "start", r->start, &ok);
    rj_count(o, "end", r->end, &ok);
    rj_str(o, "text", r->text, &ok);
    rj_add(o, "subject", rj_entity(&r->subject, &ok), &ok);
    rel = cJSON_CreateObject();
    if (rel) {
        rj_str(rel, "type", r->type, &ok);
        rj_str(rel, "label", r->label, &ok);
        rj_str(rel, "text", r->rel_text, &ok);
        rj_count(rel, "start", r->rel_start, &ok);
        rj_count(rel, "end", r->rel_end, &ok);
        rj_str(rel, "cameo", r->cameo, &ok);
        if (!cJSON_AddBoolToObject(rel, "negated", r->negated ? 1 : 0))
            ok = 0;
        rj_str(rel, "modality", r->modality, &ok);
    }
    rj_add(o, "relation", rel, &ok);
    rj_add(o, "object", rj_entity(&r->object, &ok), &ok);
    if (r->attributed_to)
        rj_add(o, "attributed_to", rj_entity(r->attributed_to, &ok), &ok);
    else if (!cJSON_AddNullToObject(o, "attributed_to"))
        ok = 0;
    rj_num(o, "confidence", r->confidence, &ok);
    rj_str(o, "date", r->date, &ok);
    return rj_append(o, ok, out, len, cap);
}

/* ---- reading ---------------------------------------------------------- */

typedef struct rj_reader {
    kg_ctx *ctx;
    kg_arena arena;
    kg_buf tmp;
    const char *what; /* field being read, for messages */
} rj_reader;

/* A cleaned copy of a string field; NULL when absent or null.  *bad is set
 * when the field has the wrong type. */
static const char *rj_get_str(rj_reader *rd, const cJSON *o, const char *k,
                              int *bad)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    if (!v || cJSON_IsNull(v))
        return NULL;
    if (!cJSON_IsString(v) || !v->valuestring) {
        rd->what = k;
        *bad = 1;
        return NULL;
    }
    kg_buf_clear(&rd->tmp);
    if (kg_utf8_clean(v->valuestring, strlen(v->valuestring), 0, &rd->tmp,
                      NULL) < 0) {
        *bad = 1;
        rd->what = k;
        return NULL;
    }
    return kg_arena_strndup(&rd->arena, rd->tmp.ptr ? rd->tmp.ptr : "",
                            rd->tmp.len);
}

static size_t rj_get_size(rj_reader *rd, const cJSON *o, const char *k,
                          int *bad)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, k);
    if (!v || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0) ||
        v->valuedouble > 9.0e15) {
        rd->what = k;
        *bad = 1;
        return 0;
    }
    return (size_t)v->valuedouble;
}

static int rj_get_entity(rj_reader *rd, const cJSON *o, kg_entity *e)
{
    int bad = 0;
    const cJSON *v;
    memset(e, 0, sizeof(*e));
    if (!cJSON_IsObject(o))
        return 1;
    e->id = rj_get_str(rd, o, "id", &bad);
    e->label = rj_get_str(rd, o, "label", &bad);
    e->type = rj_get_str(rd, o, "type", &bad);
    e->code = rj_get_str(rd, o, "code", &bad);
    e->country = rj_get_str(rd, o, "country", &bad);
    e->text = rj_get_str(rd, o, "text", &bad);
    e->unit = rj_get_str(rd, o, "unit", &bad);
    e->start = rj_get_size(rd, o, "start", &bad);
    e->end = rj_get_size(rd, o, "end", &bad);
    /* ("coref" is optional: records written before it read as false) */
    v = cJSON_GetObjectItemCaseSensitive(o, "coref");
    if (v && !cJSON_IsBool(v) && !cJSON_IsNull(v)) {
        rd->what = "coref";
        bad = 1;
    }
    e->coref = v && cJSON_IsTrue(v);
    v = cJSON_GetObjectItemCaseSensitive(o, "value");
    if (v && cJSON_IsNumber(v) && isfinite(v->valuedouble)) {
        e->is_value = 1;
        e->value = v->valuedouble;
    } else if (v && cJSON_IsString(v)) {
        e->is_value = 1; /* a date: its label carries the ISO form */
    }
    if (!e->id)
        bad = 1;
    return bad;
}

int kg_relation_parse_json(kg_ctx *ctx, const char *line, size_t len,
                           kg_relation_cb cb, void *payload)
{
    rj_reader rd;
    cJSON *o = NULL;
    const cJSON *rel, *v;
    kg_relation r;
    kg_entity attr;
    int bad = 0, err = KG_OK;

    memset(&rd, 0, sizeof(rd));
    rd.ctx = ctx;
    memset(&r, 0, sizeof(r));
    o = cJSON_ParseWithLength(line, len);
    if (!o || !cJSON_IsObject(o)) {
        err = kg_ctx__error(ctx, KG_EPARSE, "invalid JSON object");
        goto out;
    }
    r.doc = rj_get_str(&rd, o, "doc", &bad);
    r.sentence = rj_get_size(&rd, o, "sentence", &bad);
    r.start = rj_get_size(&rd, o, "start", &bad);
    r.end = rj_get_size(&rd, o, "end", &bad);
    r.text = rj_get_str(&rd, o, "text", &bad);
    r.date = rj_get_str(&rd, o, "date", &bad);
    if (bad) {
        err = kg_ctx__error(ctx, KG_EPARSE, "bad field '%s'", rd.what);
        goto out;
    }
    if (rj_get_entity(&rd, cJSON_GetObjectItemCaseSensitive(o, "subject"),
                      &r.subject)) {
        err = kg_ctx__error(ctx, KG_EPARSE, "bad or missing 'subject'");
        goto out;
    }
    if (rj_get_entity(&rd, cJSON_GetObjectItemCaseSensitive(o, "object"),
                      &r.object)) {
        err = kg_ctx__error(ctx, KG_EPARSE, "bad or missing 'object'");
        goto out;
    }
    v = cJSON_GetObjectItemCaseSensitive(o, "attributed_to");
    if (v && !cJSON_IsNull(v)) {
        if (rj_get_entity(&rd, v, &attr)) {
            err = kg_ctx__error(ctx, KG_EPARSE, "bad 'attributed_to'");
            goto out;
        }
        r.attributed_to = &attr;
    }
    rel = cJSON_GetObjectItemCaseSensitive(o, "relation");
    if (!cJSON_IsObject(rel)) {
        err = kg_ctx__error(ctx, KG_EPARSE, "bad or missing 'relation'");
        goto out;
    }
    r.type = rj_get_str(&rd, rel, "type", &bad);
    r.label = rj_get_str(&rd, rel, "label", &bad);
    r.rel_text = rj_get_str(&rd, rel, "text", &bad);
    r.cameo = rj_get_str(&rd, rel, "cameo", &bad);
    r.modality = rj_get_str(&rd, rel, "modality", &bad);
    r.rel_start = rj_get_size(&rd, rel, "start", &bad);
    r.rel_end = rj_get_size(&rd, rel, "end", &bad);
    v = cJSON_GetObjectItemCaseSensitive(rel, "negated");
    if (v && !cJSON_IsBool(v) && !cJSON_IsNull(v)) {
        bad = 1;
        rd.what = "negated";
    }
    r.negated = v && cJSON_IsTrue(v);
    if (bad || !r.type) {
        err = kg_ctx__error(ctx, KG_EPARSE, "bad relation field '%s'",
                            r.type ? rd.what : "type");
        goto out;
    }
    v = cJSON_GetObjectItemCaseSensitive(o, "confidence");
    r.confidence = v && cJSON_IsNumber(v) && isfinite(v->valuedouble)
                       ? v->valuedouble
                       : 0.5;
    err = cb(&r, payload);
out:
    cJSON_Delete(o);
    kg_buf_dispose(&rd.tmp);
    kg_arena_dispose(&rd.arena);
    return err;
}
