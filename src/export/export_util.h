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

#include "kg/graph.h"

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

/* CAMEO quad class of an event code: 1 verbal cooperation (01-05),
 * 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material
 * conflict (14-20); 0 when code is NULL or not a CAMEO code. */
int kg_export__quad(const char *cameo);

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

/* Free the process's Graphviz context (dot.c), if one was made; for
 * kg_global_shutdown(), when no more SVG will be written (a second
 * context trips Graphviz 2.42's pango font-name cache: see dot.c). */
void kg_export__dot_shutdown(void);

#endif
