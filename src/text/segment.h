/*
 * segment.h: sentence and token segmentation of a document (text stage,
 * private to the library).  The extract stage consumes these records.
 *
 * All offsets are bytes into the document text the segmentation was made
 * from.  Sentences never overlap and appear in order; every token lies
 * inside exactly one sentence.
 */
#ifndef KG_TEXT_SEGMENT_H
#define KG_TEXT_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

enum kg_token_kind {
    KG_TOK_WORD = 1,   /* letters, with inner apostrophes, hyphens, dots (U.S.) */
    KG_TOK_NUMBER = 2, /* 62, 62.5, 1,000, 2020 */
    KG_TOK_PUNCT = 3,  /* one punctuation character (quotes, dashes, ...) */
    KG_TOK_SYMBOL = 4  /* currency and other symbols ($, €, £, %) */
};

/* token flags */
#define KG_TOKF_CAP 0x1u      /* first character is upper case */
#define KG_TOKF_ALLCAPS 0x2u  /* every letter upper case, at least two */
#define KG_TOKF_HYPHEN 0x4u   /* contains a hyphen (Russian-Turkish) */
#define KG_TOKF_SPACE_BEFORE 0x8u /* white space precedes the token */
/* a capital the copy gives the word after an initialism inside a sentence
 * ("the U.S. And Japan", "after U.S. Attacks on"), not the word's own:
 * set only in a document that capitalises every such word */
#define KG_TOKF_RECASED 0x10u

typedef struct kg_token {
    uint32_t start, end; /* byte offsets in the document */
    uint16_t kind;       /* enum kg_token_kind */
    uint16_t flags;      /* KG_TOKF_* */
} kg_token;

typedef struct kg_sentence {
    size_t start, end;        /* bytes; text[start..end) is the sentence,
                                 without surrounding white space */
    size_t first_token;       /* index into kg_segmentation.tokens */
    size_t ntokens;
    int boilerplate;          /* 1: byline, navigation, "click here", ... */
    int headline;             /* 1: a line without final punctuation */
} kg_sentence;

typedef struct kg_segmentation {
    kg_sentence *sentences;
    size_t nsentences;
    kg_token *tokens;
    size_t ntokens;
    size_t boilerplate; /* sentences flagged as boilerplate */
} kg_segmentation;

#define KG_SEGMENTATION_INIT {NULL, 0, NULL, 0, 0}

/* Sentences longer than this many bytes are split at the last token
 * boundary before it, so no later stage sees unbounded input. */
#define KG_MAX_SENTENCE_BYTES 4000

/*
 * Segment text[0..len) (valid UTF-8) into sentences and tokens.
 * Returns KG_OK, KG_ENOMEM, or KG_ELIMIT when len does not fit the 32-bit
 * token offsets.  *out is overwritten; dispose it with
 * kg_segmentation_dispose().  Memory: malloc'd arrays owned by *out.
 */
int kg_text__segment(const char *text, size_t len, kg_segmentation *out);
void kg_segmentation_dispose(kg_segmentation *seg);

/*
 * Length of a leading `date YYYY-MM-DD` in s[0..n), where s starts at the
 * first non-blank character of a line ("date" or "Date", an optional ':',
 * blanks, then the date, then a blank or the end); 0 when there is none or
 * the date is not a calendar date.  The date is copied to date_out (may be
 * NULL) as "YYYY-MM-DD" and a NUL.  Readers and the segmenter share it, so
 * the line that sets a document's date is the line marked as boilerplate.
 */
size_t kg_text__date_prefix(const char *s, size_t n, char date_out[11]);

/*
 * 1 when s[0..n) (a line without its blanks) is a page's time stamp such
 * as "Updated 10:52 AM EDT, Fri May 19, 2023": a short line that opens
 * with Updated, Published, Posted (...) and holds a digit.  The segmenter
 * marks it as boilerplate; readers may take the document date from it.
 */
int kg_text__is_stamp_line(const char *s, size_t n);

/* 1 when y-m-d is a calendar date with a four-digit year, else 0. */
int kg_text__valid_date(int y, int m, int d);

#endif
