/*
 * export_util.h: helpers shared by the exporters (private to src/export/).
 *
 * Numbers are formatted in the C locale with the shortest of %.15g, %.16g
 * and %.17g that reads back to the same double, so every writer prints a
 * number the same way and output stays byte-identical across runs.
 */
#ifndef KG_EXPORT_EXPORT_UTIL_H
#define KG_EXPORT_EXPORT_UTIL_H

#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "kg/graph.h"
#include "../util/atomic.h"
#include "../util/buf.h"

/* Enough for any double printed with %.17g, and for any size_t. */
#define KG_EXPORT_NUMLEN 40

/* The C numeric locale for the calling thread while a writer runs. */
typedef struct kg_export_locale {
    locale_t c;   /* (locale_t)0 when newlocale failed */
    locale_t old; /* the thread's previous locale */
} kg_export_locale;

/* Switch the calling thread to the C locale; always pair with _end. */
void kg_export__locale_begin(kg_export_locale *l);
void kg_export__locale_end(kg_export_locale *l);

/*
 * Write v into buf (KG_EXPORT_NUMLEN bytes): the shortest round-trip form,
 * integers without ".0".  Returns 0, or -1 (buf set to "") when v is NaN or
 * infinite: callers leave such a value out.
 */
int kg_export__fmt_double(char *buf, double v);

/* The text of the numbers one thread has formatted, by bit pattern: most
 * of a graph's numbers repeat (on BBC its 1,713 edge weights take 20
 * values, 1,594 PageRanks 409), and a fraction costs
 * kg_export__fmt_double up to three strfromd and strtod calls.  Zeroed
 * (calloc) before use; one per thread. */
#define KG_EXPORT_MEMO 512
typedef struct kg_export_memo {
    uint64_t bits[KG_EXPORT_MEMO];
    char text[KG_EXPORT_MEMO][KG_EXPORT_NUMLEN];
    unsigned char used[KG_EXPORT_MEMO];
} kg_export_memo;

/* kg_export__fmt_double(v) through memo (NULL: none): the same text, in
 * memo or in buf; returns it, or NULL when v is NaN or infinite. */
const char *kg_export__fmt_double_memo(kg_export_memo *memo, char *buf,
                                       double v);

/* CAMEO quad class of an event code: 1 verbal cooperation (01-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
 * conflict (14-20); 0 when code is NULL or not a CAMEO code. */
int kg_export__quad(const char *cameo);

/* Display colours ("#rrggbb", static): the fill of a node by entity type,
 * and the colour of a quad class 0..4 (0: grey, 1 verbal cooperation:
 * green, 2 material cooperation: blue, 3 verbal conflict: orange,
 * 4 material conflict: red). */
const char *kg_export__node_color(const kg_node *n);
const char *kg_export__quad_color(int quad);

/* Line width for an edge of this weight: 1 + log(1 + weight), 1 to 6. */
double kg_export__penwidth(double weight);

/* 1 when s is an xsd:date "YYYY-MM-DD" (month 01-12, day 01-31). */
int kg_export__is_date(const char *s);

/* Open path's temporary (kg_afile_open) or commit it, with the message in
 * ctx on failure ("cannot create PATH: reason"); return the status. */
int kg_export__open(kg_ctx *ctx, kg_afile *af, const char *path);
int kg_export__commit(kg_ctx *ctx, kg_afile *af, const char *path);

/* The message for a failure while writing path (KG_EIO with errno, or
 * KG_ENOMEM); returns err. */
int kg_export__write_error(kg_ctx *ctx, int err, const char *path);

/*
 * The provenance of e as one line of JSON: an array of objects with doc,
 * sentence, start, end, subject [start,end], relation [start,end], object
 * [start,end], text, date, attributed_to and confidence (nulls written).
 *
 * Returns KG_OK or KG_ENOMEM.  Ownership: *out is the caller's, released
 * with kg_export__json_free().
 */
int kg_export__prov_json(const kg_edge *e, char **out);
void kg_export__json_free(char *s);
/* The same JSON appended to out; KG_OK, KG_ENOMEM or KG_ELIMIT. */
int kg_export__prov_json_buf(const kg_edge *e, kg_buf *out);
/* The same, the confidences formatted through memo (NULL: none). */
int kg_export__prov_json_memo(const kg_edge *e, kg_buf *out,
                              kg_export_memo *memo);

/* JSON pieces as the provenance writes them: a string escaped as cJSON
 * 1.7.15 prints it (NULL: null), a size in decimal, and "key": for a key
 * that is a literal needing no escaping.  KG_OK, KG_ENOMEM or KG_ELIMIT. */
int kg_export__json_str(kg_buf *b, const char *s);
int kg_export__json_size(kg_buf *b, size_t v);
int kg_export__json_key(kg_buf *b, const char *key);

/* Free the process's Graphviz context (dot.c), if one was made; for
 * kg_global_shutdown(), when no more SVG will be written (a second
 * context trips Graphviz 2.42's pango font-name cache: see dot.c). */
void kg_export__dot_shutdown(void);

#endif
