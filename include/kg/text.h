/*
 * kg/text.h: the text stage.  Readers turn files, folders, JSONL corpora and
 * stdin into documents: valid, NFC-normalised UTF-8 with an id and, where
 * the input gives one, a date, title and URL.
 */
#ifndef KG_TEXT_H
#define KG_TEXT_H

#include "ctx.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * One document, a plain record.  All strings are borrowed from the reader
 * and valid only during the callback that receives the record.
 * Byte offsets elsewhere in kg (sentences, mentions) index `text`.
 */
typedef struct kg_doc {
    const char *id;    /* file path, or the JSONL "id" field */
    const char *path;  /* the file it came from; "-" for stdin */
    size_t line;       /* 1-based line in a JSONL corpus, 0 otherwise */
    const char *text;  /* NUL-terminated, valid UTF-8, NFC */
    size_t len;        /* bytes in text, without the NUL */
    const char *date;  /* "YYYY-MM-DD" or NULL */
    const char *title; /* or NULL */
    const char *url;   /* or NULL */
    size_t invalid_bytes; /* input bytes replaced by U+FFFD */
} kg_doc;

/** Receives each document; a non-zero return stops reading and is returned. */
typedef int (*kg_doc_cb)(const kg_doc *doc, void *payload);

/** Called for a document that could not be read (the rest go on). */
typedef void (*kg_doc_error_cb)(const char *path, size_t line, int status,
                                const char *msg, void *payload);

/**
 * Read a file, a folder (recursively, files in byte order of their names),
 * or "-" for stdin.  Files ending in .jsonl are corpora, one document per
 * line; others are plain text.  A first line `date YYYY-MM-DD` sets the date.
 *
 * @param ctx context (errors, options).
 * @param path file, folder or "-".
 * @param default_date date for documents that carry none, or NULL.
 * @param cb receives each document.
 * @param on_error receives recoverable problems (a bad JSONL line); may be NULL.
 * @param payload passed to both callbacks.
 * @return KG_OK; KG_ENOTFOUND or KG_EIO when path cannot be read; KG_EUTF8
 *         in strict mode; KG_ENOMEM; or the callback's non-zero value.
 */
int kg_text_read_path(kg_ctx *ctx, const char *path, const char *default_date,
                      kg_doc_cb cb, kg_doc_error_cb on_error, void *payload);

/**
 * Turn one in-memory text into a document (validation, NFC, date line).
 *
 * @return as kg_text_read_path.
 */
int kg_text_read_buffer(kg_ctx *ctx, const char *id, const char *data,
                        size_t len, const char *default_date, kg_doc_cb cb,
                        void *payload);

#ifdef __cplusplus
}
#endif

#endif
