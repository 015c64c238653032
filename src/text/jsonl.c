/*
 * jsonl.c: JSONL corpora, one JSON object per line (the cJSON adapter of
 * the text stage).  Fields: "text" (required string), "id" (string or
 * number; default PATH:LINE), "title", "url", "date" (YYYY-MM-DD,
 * YYYY-MM-DDThh:mm..., YYYYMMDD, or Reuters' DD-MON-YYYY).  "source" and
 * other fields are ignored.
 *
 * A line that is not JSON, not an object or has no "text" string is
 * reported through on_error and skipped; reading goes on.  Every cJSON tree
 * lives only while its line is handled: one tree at a time.
 */
#include "reader.h"

#include <cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kg/common.h"

#include "../util/utf8.h"
#include "segment.h"

static int jsonl_num(const char *s, size_t n, int *out)
{
    size_t i;
    int v = 0;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

static int jsonl_month(const char *s)
{
    static const char *const names[] = {"jan", "feb", "mar", "apr",
                                        "may", "jun", "jul", "aug",
                                        "sep", "oct", "nov", "dec"};
    char low[3];
    int i;
    for (i = 0; i < 3; i++) {
        char c = s[i];
        low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    for (i = 0; i < 12; i++)
        if (memcmp(low, names[i], 3) == 0)
            return i + 1;
    return 0;
}

/* Normalise a date field to YYYY-MM-DD in out; 0 when it is not one of
 * the accepted forms or not a calendar date. */
static int jsonl_date(const char *s, char out[11])
{
    size_t n = strlen(s);
    int y = 0, m = 0, d = 0, ok = 0;

    if (n >= 10 && s[4] == '-' && s[7] == '-' &&
        (n == 10 || s[10] == 'T' || s[10] == ' ' || s[10] == 't'))
        ok = jsonl_num(s, 4, &y) && jsonl_num(s + 5, 2, &m) &&
             jsonl_num(s + 8, 2, &d);
    else if (n >= 8 && (n == 8 || s[8] == 'T' || s[8] == ' '))
        ok = jsonl_num(s, 4, &y) && jsonl_num(s + 4, 2, &m) &&
             jsonl_num(s + 6, 2, &d);
    else if (n >= 10 && (s[1] == '-' || s[2] == '-')) {
        /* 26-FEB-1987 15:01:01.79 (Reuters-21578) */
        size_t dl = s[1] == '-' ? 1 : 2;
        if (n >= dl + 9 && s[dl + 4] == '-' &&
            (n == dl + 9 || s[dl + 9] == ' ') && jsonl_num(s, dl, &d) &&
            (m = jsonl_month(s + dl + 1)) != 0 && jsonl_num(s + dl + 5, 4, &y))
            ok = 1;
    }
    if (!ok || !kg_text__valid_date(y, m, d))
        return 0;
    {
        char tmp[40];
        snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", y, m, d);
        memcpy(out, tmp, 10);
        out[10] = '\0';
    }
    return 1;
}

/* A string field cleaned into b (invalid bytes replaced, never refused:
 * metadata should not stop a corpus); NULL when absent or not a string. */
static int
jsonl_string(const cJSON *obj, const char *key, kg_buf *b, const char **out)
{
    const cJSON *item = cJSON_GetObjectItemCaseSensitive(obj, key);
    int err;

    *out = NULL;
    if (!cJSON_IsString(item) || !item->valuestring)
        return KG_OK;
    kg_buf_clear(b);
    if ((err = kg_utf8_clean(item->valuestring, strlen(item->valuestring), 0, b,
                             NULL)) < 0)
        return err;
    *out = b->ptr ? b->ptr : "";
    return KG_OK;
}

static int jsonl_id(kg_text__reader *r,
                    const cJSON *obj,
                    const char *path,
                    size_t lineno,
                    const char **out)
{
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(obj, "id");
    int err;

    if (cJSON_IsString(id))
        return jsonl_string(obj, "id", &r->id, out);
    kg_buf_clear(&r->id);
    if (cJSON_IsNumber(id) && isfinite(id->valuedouble)) {
        double v = id->valuedouble;
        if (v == floor(v) && fabs(v) < 9e15)
            err = kg_buf_printf(&r->id, "%.0f", v);
        else
            err = kg_buf_printf(&r->id, "%.17g", v);
    } else {
        err = kg_buf_printf(&r->id, "%s:%zu", path, lineno);
    }
    *out = r->id.ptr;
    return err;
}

int kg_text__jsonl_line(kg_text__reader *r,
                        const char *path,
                        size_t lineno,
                        const char *line,
                        size_t n)
{
    cJSON *root;
    const cJSON *text, *date;
    const char *end = NULL;
    char msg[96], datebuf[11];
    kg_doc doc;
    int err = KG_OK;

    root = cJSON_ParseWithLengthOpts(line, n, &end, 0);
    if (!root) {
        size_t col = end && end >= line ? (size_t)(end - line) + 1 : 1;
        snprintf(msg, sizeof(msg), "invalid JSON at column %zu", col);
        kg_text__report(r, path, lineno, KG_EPARSE, msg);
        return KG_OK;
    }
    while (end && end < line + n &&
           (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\0'))
        end++;
    if (end && end < line + n) {
        snprintf(msg, sizeof(msg), "text after the JSON value at column %zu",
                 (size_t)(end - line) + 1);
        kg_text__report(r, path, lineno, KG_EPARSE, msg);
        goto out;
    }
    if (!cJSON_IsObject(root)) {
        kg_text__report(r, path, lineno, KG_EPARSE, "not a JSON object");
        goto out;
    }
    text = cJSON_GetObjectItemCaseSensitive(root, "text");
    if (!cJSON_IsString(text) || !text->valuestring) {
        kg_text__report(r, path, lineno, KG_EPARSE,
                        "no \"text\" string in the object");
        goto out;
    }
    memset(&doc, 0, sizeof(doc));
    doc.path = path;
    doc.line = lineno;
    if ((err = jsonl_id(r, root, path, lineno, &doc.id)) < 0 ||
        (err = jsonl_string(root, "title", &r->title, &doc.title)) < 0 ||
        (err = jsonl_string(root, "url", &r->url, &doc.url)) < 0)
        goto out;
    date = cJSON_GetObjectItemCaseSensitive(root, "date");
    if (cJSON_IsString(date) && date->valuestring &&
        jsonl_date(date->valuestring, datebuf))
        doc.date = datebuf;
    else if (cJSON_IsNumber(date) && date->valuedouble >= 10000101 &&
             date->valuedouble <= 99991231) {
        char digits[16];
        snprintf(digits, sizeof(digits), "%.0f", date->valuedouble);
        if (jsonl_date(digits, datebuf))
            doc.date = datebuf;
    }
    err =
        kg_text__emit(r, &doc, text->valuestring, strlen(text->valuestring), 0);
out:
    cJSON_Delete(root);
    return err;
}
