/*
 * jsonl.c: JSONL corpora, one JSON object per line (the cJSON adapter of
 * the text stage).  Fields: "text" or "html" (a string; one is required),
 * "id" (string or number; default PATH:LINE), "title", "url", "source",
 * "dateline" (the story's dateline kept apart from its text, as Reuters-
 * 21578 gives it: "SALVADOR, Feb 26 -"; its place is the story's), "date" (any form date.h reads: ISO 8601, YYYYMMDD as a string or a
 * number, RFC 2822, Reuters' DD-MON-YYYY).  Other fields are ignored.
 *
 * A line that is not JSON, not an object or has neither a "text" nor an
 * "html" string is reported through on_error and skipped; a record whose
 * text is empty or blank is skipped silently (nothing to extract); reading
 * goes on.  A "text" that holds a whole HTML page is read as HTML.  Every
 * cJSON tree lives only while its line is handled: one tree at a time.
 */
#include "reader.h"

#include <cJSON.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "kg/common.h"

#include "../util/utf8.h"
#include "date.h"
#include "segment.h"

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

static int jsonl_blank(const char *s)
{
    for (; *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n' && *s != '\f' &&
            *s != '\v')
            return 0;
    return 1;
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
    const cJSON *text, *html, *date;
    const char *end = NULL, *body;
    size_t blen;
    char msg[96], datebuf[11];
    kg_doc doc;
    int err = KG_OK;

    root = cJSON_ParseWithLengthOpts(line, n, &end, 0);
    if (!root) {
        size_t col = end && end >= line ? (size_t)(end - line) + 1 : 1;
        snprintf(msg, sizeof(msg), "invalid JSON at column %zu", col);
        return kg_text__report(r, path, lineno, KG_EPARSE, msg);
    }
    while (end && end < line + n &&
           (*end == ' ' || *end == '\t' || *end == '\r' || *end == '\0'))
        end++;
    if (end && end < line + n) {
        snprintf(msg, sizeof(msg), "text after the JSON value at column %zu",
                 (size_t)(end - line) + 1);
        err = kg_text__report(r, path, lineno, KG_EPARSE, msg);
        goto out;
    }
    if (!cJSON_IsObject(root)) {
        err = kg_text__report(r, path, lineno, KG_EPARSE,
                              "not a JSON object");
        goto out;
    }
    text = cJSON_GetObjectItemCaseSensitive(root, "text");
    html = cJSON_GetObjectItemCaseSensitive(root, "html");
    if (!cJSON_IsString(text) || !text->valuestring)
        text = NULL;
    if (!cJSON_IsString(html) || !html->valuestring)
        html = NULL;
    if (!text && !html) {
        err = kg_text__report(r, path, lineno, KG_EPARSE,
                              "no \"text\" or \"html\" string in the object");
        goto out;
    }
    /* a blank text with an html field: the page is the document */
    if (text && jsonl_blank(text->valuestring) && html)
        text = NULL;
    body = text ? text->valuestring : html->valuestring;
    if (jsonl_blank(body))
        goto out; /* a title-only record: nothing to extract */
    memset(&doc, 0, sizeof(doc));
    doc.path = path;
    doc.line = lineno;
    doc.format = "jsonl";
    if ((err = jsonl_id(r, root, path, lineno, &doc.id)) < 0 ||
        (err = jsonl_string(root, "title", &r->title, &doc.title)) < 0 ||
        (err = jsonl_string(root, "url", &r->url, &doc.url)) < 0 ||
        (err = jsonl_string(root, "source", &r->source, &doc.source)) < 0 ||
        (err = jsonl_string(root, "dateline", &r->dateline, &doc.dateline)) <
            0)
        goto out;
    if (doc.title && !*doc.title)
        doc.title = NULL;
    if (doc.url && !*doc.url)
        doc.url = NULL;
    if (doc.source && !*doc.source)
        doc.source = NULL;
    if (doc.dateline && jsonl_blank(doc.dateline))
        doc.dateline = NULL;
    date = cJSON_GetObjectItemCaseSensitive(root, "date");
    if (cJSON_IsString(date) && date->valuestring &&
        kg_text__parse_date(date->valuestring, strlen(date->valuestring),
                            datebuf))
        doc.date = datebuf;
    else if (cJSON_IsNumber(date) && date->valuedouble >= 10000101 &&
             date->valuedouble <= 99991231) {
        char digits[16];
        snprintf(digits, sizeof(digits), "%.0f", date->valuedouble);
        if (kg_text__parse_date(digits, strlen(digits), datebuf))
            doc.date = datebuf;
    }
    blen = strlen(body);
    if (!text || kg_text__looks_like_html(body, blen))
        err = kg_text__html(r, &doc, body, blen);
    else
        err = kg_text__emit(r, &doc, body, blen, 0);
out:
    cJSON_Delete(root);
    return err;
}
