/*
 * date.h: document dates of the text stage (private to src/text/): the
 * forms metadata writes dates in, and news datelines such as
 * `ANKARA, May 12 (Reuters) -` or `WASHINGTON (AP) —`.
 */
#ifndef KG_TEXT_DATE_H
#define KG_TEXT_DATE_H

#include <stddef.h>

/*
 * A metadata date in s[0..n) (blanks around it are ignored) as
 * "YYYY-MM-DD" and a NUL in out.  Accepted: ISO 8601 with or without a
 * time and zone (the date as written, never shifted to UTC), YYYY/MM/DD,
 * YYYYMMDD, RFC 2822 ("Fri, 12 May 2023 10:00:00 +0300"), Reuters-21578's
 * "26-FEB-1987 15:01:01.79", and "May 12, 2023" or "12 May 2023" with an
 * optional weekday before them.  Returns 1, or 0 (out untouched) when s is
 * none of these or not a calendar date.
 */
int kg_text__parse_date(const char *s, size_t n, char out[11]);

/*
 * The first date kg_text__parse_date accepts at a word start in s[0..n)
 * ("Updated 10:52 AM EDT, Fri May 19, 2023"); 1 and out set, or 0.
 */
int kg_text__find_date(const char *s, size_t n, char out[11]);

/* What a dateline says about the date; 0 where it says nothing. */
typedef struct kg_text__dateline_info {
    int year, month, day;
} kg_text__dateline_info;

/*
 * Length of a dateline at the start of s[0..n) (s starts at the first
 * character of a line that is not blank), up to and including its dash; 0
 * when there is none.  Recognised: a place in capitals with a region, a
 * date or a bracketed source ("NAJAF, Iraq -", "SALVADOR, Feb 26 -",
 * "WASHINGTON (AP) —", "ANKARA, May 12, 2023 (Reuters) -"), a place in any
 * case with a known agency ("Istanbul, Turkey (CNN) —"), a known agency
 * alone ("(CNN) —"), and a wire name alone ("AP -", "Canadian Press -
 * VANCOUVER (CP) -").  A dash needs a blank before it, so "Iraq-based"
 * opens no dateline.
 * info (may be NULL) receives the month and day (and year) the dateline
 * gives.
 */
size_t kg_text__dateline(const char *s, size_t n, kg_text__dateline_info *info);

/*
 * The date of a dateline that gave month and day: its own year when it
 * has one, else the year that puts it nearest to ref ("YYYY-MM-DD", a
 * date the user gave); 0 without a year to use.  out as above.
 */
int kg_text__dateline_date(const kg_text__dateline_info *info,
                           const char *ref,
                           char out[11]);

#endif
