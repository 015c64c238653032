/*
 * utf8.h: the one adapter for utf8proc.  Every other file goes through
 * these functions, which own the question of how utf8proc memory is freed.
 */
#ifndef KG_UTIL_UTF8_H
#define KG_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * Validate s[0..n) and append it to out as NFC: invalid sequences become
 * U+FFFD (counted in *invalid), C0 controls other than TAB, LF and CR, and
 * U+FFFE/U+FFFF, are dropped (XML and JSON readers reject them), CRLF stays.
 * With strict set, the first invalid byte returns KG_EUTF8 instead.
 * Returns KG_OK, KG_ENOMEM, KG_ELIMIT or KG_EUTF8.
 */
int kg_utf8_clean(const char *s, size_t n, int strict, kg_buf *out,
                  size_t *invalid);

/*
 * Receives the places where cleaned output stops following the input byte
 * for byte: each changed region in[a..b) -> out[c..d) comes as two calls,
 * (c, a) then (d, b), in order (out offsets count from where the call
 * started writing).  A negative return stops cleaning and is returned.
 */
typedef int (*kg_utf8_map_cb)(size_t out_offset, size_t in_offset,
                              void *payload);

/*
 * kg_utf8_clean that also reports, through cb, every region whose length
 * changed (an invalid byte became U+FFFD, a control was dropped, NFC
 * composed e + U+0301 into é).  Nothing is reported when the output is
 * the input byte for byte, the common case, which costs no more than
 * kg_utf8_clean.  cb may be NULL.
 */
int kg_utf8_clean_map(const char *s, size_t n, int strict, kg_buf *out,
                      size_t *invalid, kg_utf8_map_cb cb, void *payload);

/*
 * Append the match key of valid UTF-8 s[0..n) to out: compatibility
 * decomposition, case folding, accents stripped, dashes and quotes lumped
 * ("Erdoğan" and "ERDOGAN" give "erdogan").  Returns KG_OK or KG_ENOMEM.
 */
int kg_utf8_fold(const char *s, size_t n, kg_buf *out);

/* Decode one code point at s[0..n); returns its length (>= 1), storing
 * -1 in *cp for an invalid byte. */
size_t kg_utf8_decode(const char *s, size_t n, int32_t *cp);

/* Unicode letter / upper-case letter / digit tests on a code point. */
int kg_utf8_is_letter(int32_t cp);
int kg_utf8_is_upper(int32_t cp);
int kg_utf8_is_digit(int32_t cp);
/* Punctuation or symbol (Unicode categories P* and S*). */
int kg_utf8_is_punct(int32_t cp);
/* White space, including U+00A0 and the other Zs spaces. */
int kg_utf8_is_space(int32_t cp);

/* Append code point cp to out as UTF-8, in lower case, or in upper case
 * when upper is set (simple one-to-one case mapping).  Returns KG_OK or
 * KG_ENOMEM. */
int kg_utf8_put_case(kg_buf *out, int32_t cp, int upper);

/* Largest k <= n such that s[0..k) ends on a code-point boundary. */
size_t kg_utf8_truncate(const char *s, size_t n);

#endif
