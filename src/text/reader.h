/*
 * reader.h: what read.c (files, folders, stdin, plain text) and jsonl.c
 * (the cJSON adapter for JSONL corpora) share.  Private to src/text/.
 */
#ifndef KG_TEXT_READER_H
#define KG_TEXT_READER_H

#include <stddef.h>

#include "kg/text.h"

#include "../util/buf.h"

/* Inputs larger than this are refused with KG_ELIMIT (plain-text files,
 * stdin, one JSONL line); a later version streams them. */
#define KG_TEXT_MAX_INPUT ((size_t)64 << 20)

/* One reading session: the callbacks and buffers reused from document to
 * document, so memory follows the largest document, not the corpus. */
typedef struct kg_text__reader {
    kg_ctx *ctx;
    const char *default_date;
    kg_doc_cb cb;
    kg_doc_error_cb on_error;
    void *payload;
    int strict;
    kg_buf text, title, id, url, line;
    char date[11];
} kg_text__reader;

/*
 * Clean raw[0..n) into a document and hand it to the callback.  doc holds
 * id, path, line and, where the input had them, date, title and url (the
 * strings need only live during the call).  With guess_title set a short
 * first line without final punctuation becomes the title.  A first line
 * `date YYYY-MM-DD` gives the date when doc->date is NULL; then comes
 * r->default_date.
 * Returns KG_OK, KG_EUTF8 (strict), KG_ENOMEM, or the callback's value.
 */
int kg_text__emit(kg_text__reader *r,
                  kg_doc *doc,
                  const char *raw,
                  size_t n,
                  int guess_title);

/* Report a recoverable problem through r->on_error (when set). */
void kg_text__report(kg_text__reader *r,
                     const char *path,
                     size_t line,
                     int status,
                     const char *msg);

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
