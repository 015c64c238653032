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
 * A breakpoint of a document's offset map: byte `text` of kg_doc.text
 * comes from byte `source` of the input the document was read from.
 */
typedef struct kg_doc_offset {
    size_t text;
    size_t source;
} kg_doc_offset;

/**
 * One document, a plain record.  All strings are borrowed from the reader
 * and valid only during the callback that receives the record.
 *
 * Byte offsets elsewhere in kg (sentences, mentions) index `text`, the
 * cleaned text: invalid UTF-8 replaced by U+FFFD, control characters
 * dropped, NFC.  kg_doc_source_offset() turns them into offsets of the
 * input the text was read from:
 * - plain text (a file, stdin, a buffer): the bytes of the input itself,
 *   so the cited bytes of the file are the sentence as written;
 * - a JSONL record: the bytes of its decoded "text" string (UTF-8);
 * - HTML (a page, or a JSONL record's "html" field): the text kg extracted
 *   from the markup, which is `text` itself; the map is then empty and
 *   offsets come back unchanged.
 */
typedef struct kg_doc {
    const char *id;    /* file path, or the JSONL "id" field */
    const char *path;  /* the file it came from; "-" for stdin */
    size_t line;       /* 1-based line in a JSONL corpus, 0 otherwise */
    const char *text;  /* NUL-terminated, valid UTF-8, NFC */
    size_t len;        /* bytes in text, without the NUL */
    const char *date;  /* "YYYY-MM-DD" or NULL */
    const char *title; /* or NULL */
    const char *url;   /* or NULL; for HTML the canonical URL */
    size_t invalid_bytes; /* input bytes replaced by U+FFFD */
    const char *source;   /* the JSONL "source" field (publisher), or NULL */
    const char *format;   /* "text", "html" or "jsonl" (how it was read) */
    /* Where the cleaning changed lengths: breakpoints sorted by `text`
     * (two may share one `text` offset where input bytes were dropped).
     * NULL and 0 when text is the input byte for byte, the common case.
     * Read them through kg_doc_source_offset(). */
    const kg_doc_offset *offsets;
    size_t noffsets;
    /* A problem the reader recovered from, for the caller to report, or
     * NULL: an HTML page nested deeper than the parser's limit keeps
     * only its text before that point.  (KG_OPT_STRICT makes it an
     * error instead.) */
    const char *warning;
    /* The story's dateline given apart from its text, as the JSONL
     * "dateline" field ("SALVADOR, Feb 26 -"), or NULL: metadata, so the
     * text and its offsets do not include it; extraction reads it as it
     * reads a dateline opening the text (the story's place). */
    const char *dateline;
} kg_doc;

/**
 * Map an offset of doc->text to the input the text was read from (see
 * kg_doc).  Use it for the start of a span; kg_doc_source_span() maps
 * both ends.
 *
 * @param doc a document received from a reader.
 * @param offset 0 <= offset <= doc->len.
 * @return the input offset: the first input byte of the character at
 *         offset (past any dropped bytes before it); offset itself when
 *         doc->noffsets is 0.
 * **Complexity:** O(log noffsets).
 */
size_t kg_doc_source_offset(const kg_doc *doc, size_t offset);

/**
 * Map the span doc->text[start..end) to the input bytes it came from, so
 * that re-reading input[*start_out..*end_out) gives the span as written
 * (before NFC and U+FFFD replacement).
 *
 * @param start_out receives the input offset of start (may be NULL).
 * @param end_out receives the input offset of end (may be NULL): the end
 *        of the last input byte the span came from, so dropped bytes right
 *        after the span stay outside it.
 * **Complexity:** O(log noffsets).
 */
void kg_doc_source_span(const kg_doc *doc,
                        size_t start,
                        size_t end,
                        size_t *start_out,
                        size_t *end_out);

/** Receives each document; a non-zero return stops reading and is returned. */
typedef int (*kg_doc_cb)(const kg_doc *doc, void *payload);

/** Called for a document that could not be read (the rest go on). */
typedef void (*kg_doc_error_cb)(const char *path, size_t line, int status,
                                const char *msg, void *payload);

/**
 * Read a file, a folder (recursively, files in byte order of their names),
 * or "-" for stdin.  Files ending in .jsonl are corpora, one document per
 * line (fields "id", "text" or "html", "title", "date", "url", "source");
 * HTML is recognised by its content (a doctype, <html>, common tags near
 * the start) and by the .html/.htm extensions; everything else is plain
 * text.  In a folder only .txt, .text, .md, .html, .htm, .xhtml, .jsonl
 * and extension-less files are read.
 *
 * Dates: a date in metadata (JSONL "date", HTML <meta>/<time>), else a
 * first line `date YYYY-MM-DD`, a time stamp line ("Updated ... May 19,
 * 2023") or a dateline ("ANKARA, May 12, 2023 (Reuters) -") among the
 * first lines, else default_date.  A dateline without a year takes the
 * year that puts it nearest default_date; without default_date the
 * document has no date (kg never guesses a year).
 *
 * JSONL records whose "text" (and "html") is missing are reported through
 * on_error with their line number and skipped; records whose text is
 * empty or blank are skipped without a report (Reuters-21578 has title-only
 * stories): they have nothing to extract.
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
 * Receives one line of a JSONL corpus, unparsed: text[0..len), without its
 * line break, not blank, valid only during the call.  A non-zero return
 * stops reading and is returned.
 */
typedef int (*kg_line_cb)(const char *path, size_t line, const char *text,
                          size_t len, void *payload);

/**
 * As kg_text_read_path(), but the lines of JSONL corpora go to on_line
 * instead of being parsed, so that a caller with threads can parse them
 * in parallel with kg_text_read_line(); other inputs still come to cb.
 * Lines over the max_doc_bytes limit are reported through on_error and
 * skipped here, as kg_text_read_path() does.
 *
 * @return as kg_text_read_path, or on_line's non-zero value.
 */
int kg_text_read_path_lines(kg_ctx *ctx, const char *path,
                            const char *default_date, kg_doc_cb cb,
                            kg_doc_error_cb on_error, kg_line_cb on_line,
                            void *payload);

/**
 * Read one JSONL corpus line handed out by kg_text_read_path_lines() as
 * kg_text_read_path() would have read it: cb receives its document (none
 * when its text is blank), on_error a bad record.  Safe to call in any
 * thread that owns ctx.
 *
 * @return as kg_text_read_path.
 */
int kg_text_read_line(kg_ctx *ctx, const char *path, size_t line,
                      const char *text, size_t len, const char *default_date,
                      kg_doc_cb cb, kg_doc_error_cb on_error, void *payload);

/**
 * Turn one in-memory text into a document (validation, NFC, date line);
 * HTML is recognised by content as in kg_text_read_path().
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
