/*
 * reader.h: what read.c (files, folders, stdin, plain text) and jsonl.c
 * (the cJSON adapter for JSONL corpora) share.  Private to src/text/.
 */
#ifndef KG_TEXT_READER_H
#define KG_TEXT_READER_H

#include <stddef.h>

#include "kg/text.h"

#include "../util/buf.h"

/* Inputs larger than the context's max_doc_bytes (kg_limits: a file,
 * stdin, one JSONL line) are reported and skipped; a later version may
 * stream them. */

/* One reading session: the callbacks and buffers reused from document to
 * document, so memory follows the largest document, not the corpus. */
typedef struct kg_text__reader {
    kg_ctx *ctx;
    const char *default_date;
    kg_doc_cb cb;
    kg_doc_error_cb on_error;
    kg_line_cb on_line; /* JSONL lines go here unparsed (may be NULL) */
    void *payload;
    int strict;
    size_t max_input; /* kg_limits.max_doc_bytes */
    kg_buf text, title, id, url, source, line, dateline;
    char date[11];
    /* kg_doc.offsets of the document being emitted (see kg_text__emit) */
    kg_doc_offset *map;
    size_t nmap, capmap;
} kg_text__reader;

/* kg_text__emit flags */
#define KG_TEXT__GUESS_TITLE 0x1u /* a short first line is the title */
#define KG_TEXT__NO_MAP      0x2u /* raw is not the input (HTML): no offsets */

/*
 * Clean raw[0..n) into a document and hand it to the callback.  doc holds
 * id, path, line, format and, where the input had them, date, title, url
 * and source (the strings need only live during the call).  With
 * KG_TEXT__GUESS_TITLE a short first line without final punctuation
 * becomes the title.  When doc->date is NULL the date comes from a first
 * line `date YYYY-MM-DD`, a time stamp line ("Updated ... May 19, 2023")
 * or a dateline among the first lines, then r->default_date.  Unless
 * KG_TEXT__NO_MAP is set, doc->offsets maps the text back to raw.
 * Returns KG_OK, KG_EUTF8 (strict), KG_ENOMEM, or the callback's value.
 */
int kg_text__emit(
    kg_text__reader *r, kg_doc *doc, const char *raw, size_t n, unsigned flags);

/* 1 when data[0..n) looks like an HTML page or fragment (by content: a
 * doctype, <html>, or common tags near the start). */
int kg_text__looks_like_html(const char *data, size_t n);

/*
 * An HTML page data[0..n) (libxml2's HTML parser, no network): the
 * article's text, title, date and canonical URL; fields already set in
 * doc (a JSONL record's title, for example) are kept.  Emits one document
 * through kg_text__emit.
 * Returns as kg_text__emit, or KG_EPARSE (message in ctx) when libxml2
 * gives no tree at all.
 */
int kg_text__html(kg_text__reader *r, kg_doc *doc, const char *data, size_t n);

/* A recoverable problem (a bad JSONL line, a document over a limit):
 * reported through r->on_error (when set) and KG_OK returned, so reading
 * goes on; in strict mode (KG_OPT_STRICT) nothing is reported and status
 * comes back with the message in ctx ("path:line: msg"), failing the
 * read. */
int kg_text__report(kg_text__reader *r,
                    const char *path,
                    size_t line,
                    int status,
                    const char *msg);

/* "64 MiB", "512 KiB" or "1000 bytes": a limit for messages. */
void kg_text__fmt_size(size_t n, char out[32]);

/*
 * One line of a JSONL corpus (line[0..n), without its line break, not
 * blank): parse it and emit the document, or report the line through
 * on_error and return KG_OK so reading goes on.
 * Returns KG_OK, KG_EUTF8 (strict), KG_ENOMEM, or the callback's value.
 */
int kg_text__jsonl_line(kg_text__reader *r,
                        const char *path,
                        size_t lineno,
                        const char *line,
                        size_t n);

#endif
