/*
 * date.c: the dates a document carries.  Metadata dates come in many
 * forms (ISO 8601, RFC 2822, Reuters-21578, "May 12, 2023"); they are read
 * as written, never shifted between time zones, because the day a
 * newsroom printed is the day the story speaks from.  Datelines open the
 * first paragraph of wire stories and give the place, often the month and
 * day, and the agency; kg marks them as boilerplate (a dateline is not a
 * sentence to extract from) and may take the date from them.
 *
 * All parsing is on bytes with explicit lengths; letters outside ASCII
 * (place names such as SÃO PAULO) go through util/utf8.h.
 */
#include "date.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../util/utf8.h"
#include "segment.h"

/* ---- small lexical helpers -------------------------------------------- */

static int date_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static int date_is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int date_is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
}

static char date_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

/* s[0..n) equals lit, ignoring ASCII case. */
static int date_word_is(const char *s, size_t n, const char *lit)
{
    size_t i;
    if (strlen(lit) != n)
        return 0;
    for (i = 0; i < n; i++)
        if (date_lower(s[i]) != lit[i])
            return 0;
    return 1;
}

/* Month 1..12 of an English month name or its abbreviation, else 0. */
static int date_month(const char *s, size_t n)
{
    static const char *const full[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static const char *const abbr[] = {"jan", "feb", "mar", "apr",
                                       "may", "jun", "jul", "aug",
                                       "sep", "oct", "nov", "dec"};
    int m;
    for (m = 0; m < 12; m++)
        if (date_word_is(s, n, full[m]) || date_word_is(s, n, abbr[m]))
            return m + 1;
    if (date_word_is(s, n, "sept"))
        return 9;
    return 0;
}

static int date_weekday(const char *s, size_t n)
{
    static const char *const names[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "mon",     "tue",       "tues",     "wed",    "thu",
        "thur",   "thurs",   "fri",       "sat",      "sun"};
    size_t i;
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (date_word_is(s, n, names[i]))
            return 1;
    return 0;
}

/* Exactly `digits` ASCII digits at s into *out. */
static int date_num(const char *s, size_t digits, int *out)
{
    size_t i;
    int v = 0;
    for (i = 0; i < digits; i++) {
        if (!date_is_digit(s[i]))
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

static int date_format(int y, int m, int d, char out[11])
{
    char tmp[32];
    if (!kg_text__valid_date(y, m, d))
        return 0;
    snprintf(tmp, sizeof(tmp), "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 11);
    return 1;
}

/* A cursor over s[0..n). */
typedef struct date_cur {
    const char *s;
    size_t n, i;
} date_cur;

static void date_skip(date_cur *c, const char *set)
{
    while (c->i < c->n && c->s[c->i] && strchr(set, c->s[c->i]))
        c->i++;
}

/* An ASCII word at the cursor: its bounds, cursor moved past it. */
static int date_word(date_cur *c, size_t *a, size_t *b)
{
    size_t i = c->i;
    while (i < c->n && date_is_alpha(c->s[i]))
        i++;
    if (i == c->i)
        return 0;
    *a = c->i;
    *b = i;
    c->i = i;
    return 1;
}

/* 1..max_digits digits not followed by another digit. */
static int date_digits(date_cur *c, size_t max_digits, int *v, size_t *nd)
{
    size_t i = c->i;
    int x = 0;
    while (i < c->n && date_is_digit(c->s[i]) && i - c->i < max_digits) {
        x = x * 10 + (c->s[i] - '0');
        i++;
    }
    if (i == c->i || (i < c->n && date_is_digit(c->s[i])))
        return 0;
    *nd = i - c->i;
    *v = x;
    c->i = i;
    return 1;
}

/* An ordinal suffix after a day: 12th, 1st. */
static void date_ordinal(date_cur *c)
{
    if (c->i + 2 <= c->n &&
        (date_word_is(c->s + c->i, 2, "st") ||
         date_word_is(c->s + c->i, 2, "nd") ||
         date_word_is(c->s + c->i, 2, "rd") ||
         date_word_is(c->s + c->i, 2, "th")) &&
        (c->i + 2 == c->n || !date_is_alpha(c->s[c->i + 2])))
        c->i += 2;
}

/* "12 May 2023", "26-FEB-1987", "May 12, 2023", each after an optional
 * weekday; the cursor starts at a word. */
static int date_words(date_cur *c, char out[11])
{
    size_t a, b, nd;
    int d, m, y;
    date_cur save = *c;

    if (date_word(c, &a, &b)) {
        if (date_weekday(c->s + a, b - a)) {
            date_skip(c, ".,");
            date_skip(c, " \t");
        } else {
            *c = save;
        }
    }
    save = *c;
    /* day month year */
    if (date_digits(c, 2, &d, &nd)) {
        date_ordinal(c);
        date_skip(c, " -/");
        if (date_word(c, &a, &b) && (m = date_month(c->s + a, b - a)) != 0) {
            date_skip(c, ".");
            date_skip(c, " -/,");
            if (date_digits(c, 4, &y, &nd) && nd == 4)
                return date_format(y, m, d, out);
        }
        return 0;
    }
    *c = save;
    /* month day year */
    if (date_word(c, &a, &b) && (m = date_month(c->s + a, b - a)) != 0) {
        date_skip(c, ".");
        date_skip(c, " ");
        if (date_digits(c, 2, &d, &nd)) {
            date_ordinal(c);
            date_skip(c, ",");
            date_skip(c, " ");
            if (date_digits(c, 4, &y, &nd) && nd == 4)
                return date_format(y, m, d, out);
        }
    }
    return 0;
}

int kg_text__parse_date(const char *s, size_t n, char out[11])
{
    date_cur c;
    int y, m, d;

    while (n && date_is_blank(*s)) {
        s++;
        n--;
    }
    while (n && date_is_blank(s[n - 1]))
        n--;
    if (!n)
        return 0;
    /* 2023-05-12, 2023/05/12, 2023-05-12T10:00:00+03:00 */
    if (n >= 10 && (s[4] == '-' || s[4] == '/' || s[4] == '.') &&
        s[7] == s[4] && (n == 10 || !date_is_digit(s[10])) &&
        date_num(s, 4, &y) && date_num(s + 5, 2, &m) && date_num(s + 8, 2, &d))
        return date_format(y, m, d, out);
    /* 20230512, 20230512T100000Z */
    if (n >= 8 && (n == 8 || !date_is_digit(s[8])) && date_num(s, 4, &y) &&
        date_num(s + 4, 2, &m) && date_num(s + 6, 2, &d))
        return date_format(y, m, d, out);
    c.s = s;
    c.n = n;
    c.i = 0;
    return date_words(&c, out);
}

int kg_text__find_date(const char *s, size_t n, char out[11])
{
    size_t i;
    for (i = 0; i < n; i++) {
        if (i > 0 && (date_is_alpha(s[i - 1]) || date_is_digit(s[i - 1])))
            continue;
        if ((date_is_alpha(s[i]) || date_is_digit(s[i])) &&
            kg_text__parse_date(s + i, n - i, out))
            return 1;
    }
    return 0;
}

/* ---- datelines ----------------------------------------------------------- */

/* The longest dateline considered: a place, a region, a date, an agency. */
#define DATELINE_MAX 120u

typedef struct dl_word {
    size_t len;
    size_t letters, upper;
} dl_word;

/* A word of a place name at s[i..n): letters with inner . ' ’ and -,
 * starting with a capital.  Returns its length, 0 when none. */
static size_t dl_name_word(const char *s, size_t n, size_t i, dl_word *w)
{
    size_t p = i;
    int32_t cp;
    size_t k = kg_utf8_decode(s + p, n - p, &cp);

    memset(w, 0, sizeof(*w));
    if (cp < 0 || !kg_utf8_is_upper(cp))
        return 0;
    while (p < n) {
        k = kg_utf8_decode(s + p, n - p, &cp);
        if (cp >= 0 && kg_utf8_is_letter(cp)) {
            w->letters++;
            w->upper += kg_utf8_is_upper(cp) != 0;
        } else if (!(cp == '.' || cp == '\'' || cp == 0x2019 ||
                     (cp == '-' && p + 1 < n && s[p + 1] != ' '))) {
            break;
        }
        p += k;
    }
    w->len = p - i;
    return w->len;
}

/* Lower-case words allowed inside a region name. */
static int dl_particle(const char *s, size_t n)
{
    return date_word_is(s, n, "of") || date_word_is(s, n, "and") ||
           date_word_is(s, n, "de") || date_word_is(s, n, "the") ||
           date_word_is(s, n, "el") || date_word_is(s, n, "al");
}

/* "May 12" or "Feb. 26, 2023" at s[i..n); the end, or 0. */
static size_t
dl_date(const char *s, size_t n, size_t i, kg_text__dateline_info *info)
{
    date_cur c;
    size_t a, b, nd;
    int m, d, y = 0;

    c.s = s;
    c.n = n;
    c.i = i;
    if (!date_word(&c, &a, &b) || s[a] < 'A' || s[a] > 'Z' ||
        !(m = date_month(s + a, b - a)))
        return 0;
    date_skip(&c, ".");
    if (c.i >= n || s[c.i] != ' ')
        return 0;
    c.i++;
    if (!date_digits(&c, 2, &d, &nd) || d < 1 || d > 31)
        return 0;
    /* an optional year: ", 2023" */
    if (c.i + 6 <= n && s[c.i] == ',' && s[c.i + 1] == ' ' &&
        date_num(s + c.i + 2, 4, &y) &&
        (c.i + 6 == n || !date_is_digit(s[c.i + 6])))
        c.i += 6;
    else
        y = 0;
    if (y && !kg_text__valid_date(y, m, d))
        return 0;
    if (info) {
        info->year = y;
        info->month = m;
        info->day = d;
    }
    return c.i;
}

/* News agencies and broadcasters that sign datelines. */
static int dl_known_agency(const char *s, size_t n)
{
    static const char *const names[] = {"Reuters",   "AP",
                                        "AFP",       "CNN",
                                        "CP",        "dpa",
                                        "DPA",       "UPI",
                                        "AFX",       "Xinhua",
                                        "Kyodo",     "Yonhap",
                                        "TASS",      "Interfax",
                                        "ANSA",      "EFE",
                                        "IANS",      "PTI",
                                        "Bloomberg", "AA",
                                        "Anadolu",   "Anadolu Agency",
                                        "BBC",       "Sputnik",
                                        "RIA",       "IRNA",
                                        "KUNA",      "WAM",
                                        "SPA",       "APA",
                                        "MENA",      "Reuters Health",
                                        "Bernama",   "Antara",
                                        "CNA"};
    size_t i;
    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
        if (strlen(names[i]) == n && memcmp(s, names[i], n) == 0)
            return 1;
    return 0;
}

/* "(Reuters)", "(AP)", "(Anadolu Agency)" at s[i..n): the end, or 0;
 * *known is set for an agency of dl_known_agency. */
static size_t dl_agency(const char *s, size_t n, size_t i, int *known)
{
    size_t p = i + 1, words = 0;
    *known = 0;
    if (i >= n || s[i] != '(')
        return 0;
    while (p < n && p - i < 34) {
        size_t a = p;
        while (p < n && (date_is_alpha(s[p]) || s[p] == '&' || s[p] == '.' ||
                         s[p] == '-'))
            p++;
        if (p == a)
            return 0;
        words++;
        if (p < n && s[p] == ')') {
            *known = dl_known_agency(s + i + 1, p - i - 1);
            /* "(cont.)", "(primary)": not an agency */
            if (words > 4 || !(*known || (s[i + 1] >= 'A' && s[i + 1] <= 'Z')))
                return 0;
            return p + 1;
        }
        if (p >= n || s[p] != ' ')
            return 0;
        p++;
    }
    return 0;
}

/* A dash that ends a dateline at s[i..n), after optional blanks; the end
 * of the dash, or 0.  A hyphen needs a blank (or a bracket) before it and
 * after it, so "Iraq-based" is no dateline. */
static size_t dl_dash(const char *s, size_t n, size_t i)
{
    size_t p = i;
    while (p < n && s[p] == ' ')
        p++;
    if (p < n && s[p] == '-') {
        if (p == i && (i == 0 || s[i - 1] != ')'))
            return 0;
        p++;
        if (p < n && s[p] == '-')
            p++;
        return (p == n || s[p] == ' ' || s[p] == '\t') ? p : 0;
    }
    if (p + 3 <= n && (unsigned char)s[p] == 0xE2 &&
        (unsigned char)s[p + 1] == 0x80 &&
        ((unsigned char)s[p + 2] == 0x93 || (unsigned char)s[p + 2] == 0x94 ||
         (unsigned char)s[p + 2] == 0x95))
        return p + 3;
    return 0;
}

/* A wire name alone before a dash, as AG News writes it: "AP - ". */
static size_t dl_wire(const char *s, size_t n)
{
    static const char *const wires[] = {"AP",
                                        "AFP",
                                        "Reuters",
                                        "REUTERS",
                                        "Canadian Press",
                                        "CP",
                                        "Xinhua",
                                        "dpa",
                                        "UPI",
                                        "AFX",
                                        "Kyodo",
                                        "Yonhap",
                                        "TASS",
                                        "Anadolu Agency",
                                        "IANS",
                                        "PTI",
                                        "Interfax",
                                        "ANSA",
                                        "EFE",
                                        "Bloomberg",
                                        "AP Online",
                                        "CNN",
                                        "Reuters Health",
                                        /* newspapers and sites AG News
                                         * credits the same way: "Los
                                         * Angeles Times - BAGHDAD --" */
                                        "Los Angeles Times",
                                        "USATODAY.com",
                                        "CBN.com",
                                        "U.S. News World Report"};
    size_t i;
    /* (asked of every paragraph's start, twice: the first byte settles
     * most wires before strlen and memcmp) */
    if (!n)
        return 0;
    for (i = 0; i < sizeof(wires) / sizeof(wires[0]); i++) {
        size_t k, e;
        if (s[0] != wires[i][0])
            continue;
        k = strlen(wires[i]);
        if (k < n && memcmp(s, wires[i], k) == 0 && s[k] == ' ' &&
            (e = dl_dash(s, n, k)) != 0)
            return e;
    }
    return 0;
}

static size_t dl_main(const char *s, size_t n, kg_text__dateline_info *info)
{
    size_t i = 0, e, words = 0, letters = 0, upper = 0;
    int region = 0, date = 0, agency = 0, known = 0;
    dl_word w;

    if (n && s[0] == '(') {
        /* "(CNN) —": a known agency alone */
        if (!(i = dl_agency(s, n, 0, &known)) || !known)
            return 0;
        return dl_dash(s, n, i);
    }
    /* the place: capitalised words ("NEW YORK", "Istanbul") */
    while (words < 5 && dl_name_word(s, n, i, &w)) {
        i += w.len;
        words++;
        letters += w.letters;
        upper += w.upper;
        if (i + 1 < n && s[i] == ' ' && s[i + 1] != '(' && s[i + 1] != '-' &&
            (unsigned char)s[i + 1] != 0xE2) {
            dl_word next;
            if (!dl_name_word(s, n, i + 1, &next))
                break;
            i++;
        } else {
            break;
        }
    }
    if (!words)
        return 0;
    /* ", Feb 26", ", Iraq", ", Turkey, May 12" */
    if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ') {
        if ((e = dl_date(s, n, i + 2, info)) != 0) {
            i = e;
            date = 1;
        } else {
            size_t p = i + 2, rw = 0;
            while (rw < 4) {
                size_t a = p;
                if (dl_name_word(s, n, p, &w)) {
                    p += w.len;
                } else {
                    while (p < n && date_is_alpha(s[p]))
                        p++;
                    if (p == a || !dl_particle(s + a, p - a))
                        break;
                }
                rw++;
                if (p + 1 < n && s[p] == ' ' && s[p + 1] != '(' &&
                    date_is_alpha(s[p + 1]))
                    p++;
                else
                    break;
            }
            if (rw && p > i + 2 && s[p - 1] != ' ') {
                i = p;
                region = 1;
                if (i + 2 < n && s[i] == ',' && s[i + 1] == ' ' &&
                    (e = dl_date(s, n, i + 2, info)) != 0) {
                    i = e;
                    date = 1;
                }
            }
        }
    }
    if (i + 1 < n && s[i] == ' ' && s[i + 1] == '(' &&
        (e = dl_agency(s, n, i + 1, &known)) != 0) {
        i = e;
        agency = 1;
    }
    if (i > DATELINE_MAX)
        return 0;
    /* "GAZA CITY, Palestinian Territories: Four children", "ISLAMABAD:
     * Seven people" (AFP's style): a place in capitals and a colon; a
     * headline does not put its colon after a name in capitals */
    if (letters >= 2 && upper == letters && i < n && s[i] == ':' &&
        (i + 1 == n || s[i + 1] == ' '))
        return i + 1;
    /* "BAGHDAD -- Two car bombs", "KABUL \xE2\x80\x94 Two US soldiers": so
     * before a double hyphen or a dash, which no headline joins names
     * with ("NATO - Russia talks", a single hyphen, is a headline) */
    if (letters >= 2 && upper == letters && i + 3 <= n && s[i] == ' ' &&
        ((s[i + 1] == '-' && s[i + 2] == '-') ||
         (unsigned char)s[i + 1] == 0xE2))
        return dl_dash(s, n, i);
    /* otherwise a place in capitals needs a region, date or agency
     * ("NATO - Russia talks" is a headline); a place in any case needs a
     * known agency ("Gould Inc (GLD) -" is a company and its ticker) */
    e = dl_dash(s, n, i);
    if (!(letters >= 2 && upper == letters && (region || date || agency)) &&
        !known)
        return 0;
    if (!e && info)
        memset(info, 0, sizeof(*info));
    return e;
}

size_t kg_text__dateline(const char *s, size_t n, kg_text__dateline_info *info)
{
    size_t w, j, more;

    if (info)
        memset(info, 0, sizeof(*info));
    if (n > DATELINE_MAX * 2)
        n = DATELINE_MAX * 2; /* a dateline is short; stay linear */
    if ((w = dl_wire(s, n)) != 0) {
        /* "Canadian Press - VANCOUVER (CP) - ": both are the dateline */
        j = w;
        while (j < n && s[j] == ' ')
            j++;
        more = dl_main(s + j, n - j, info);
        return more ? j + more : w;
    }
    return dl_main(s, n, info);
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Hinnant). */
static long date_days(int y, int m, int d)
{
    long yy = y - (m <= 2), era, yoe, doy, doe;
    era = (yy >= 0 ? yy : yy - 399) / 400;
    yoe = yy - era * 400;
    doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int kg_text__dateline_date(const kg_text__dateline_info *info,
                           const char *ref,
                           char out[11])
{
    int ry, rm, rd, y, best = 0;
    long ref_days, best_diff = 0;

    if (!info || !info->month || !info->day)
        return 0;
    if (info->year)
        return date_format(info->year, info->month, info->day, out);
    if (!ref || strlen(ref) != 10 || !date_num(ref, 4, &ry) ||
        !date_num(ref + 5, 2, &rm) || !date_num(ref + 8, 2, &rd) ||
        !kg_text__valid_date(ry, rm, rd))
        return 0;
    ref_days = date_days(ry, rm, rd);
    for (y = ry - 1; y <= ry + 1; y++) {
        long diff;
        if (!kg_text__valid_date(y, info->month, info->day))
            continue;
        diff = labs(date_days(y, info->month, info->day) - ref_days);
        if (!best || diff < best_diff) {
            best = y;
            best_diff = diff;
        }
    }
    return best ? date_format(best, info->month, info->day, out) : 0;
}
