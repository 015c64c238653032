/*
 * values.c: numbers with meaning in the current sentence: money with its
 * currency and scale ("$62 billion" -> 6.2e10 USD), percentages, counted
 * quantities ("4 million Syrian refugees") and dates resolved against the
 * document date ("May 28", "on Thursday", "last year").
 */
#include "extract_internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/common.h"

/* ---- values ----------------------------------------------------------- */

static double ex_scale(const char *w)
{
    /* every token comes here ("millions of"): told apart by their first
     * two letters, with one strcmp at most ("the", "to" pass at once) */
    switch (w[0]) {
    case 't':
        if (w[1] == 'h')
            return !strcmp(w + 2, "ousand") ? 1e3 : 0;
        if (w[1] == 'r')
            return !strcmp(w + 2, "illion") ? 1e12 : 0;
        return w[1] == 'n' && !w[2] ? 1e12 : 0; /* "tn" */
    case 'm': /* "million", "m", "mn", wire copy's "mln" */
        if (!w[1] || (w[1] == 'n' && !w[2]) ||
            (w[1] == 'l' && w[2] == 'n' && !w[3]))
            return 1e6;
        return w[1] == 'i' && !strcmp(w + 2, "llion") ? 1e6 : 0;
    case 'b': /* "billion", "b", "bn", wire copy's "bln" */
        if (!w[1] || (w[1] == 'n' && !w[2]) ||
            (w[1] == 'l' && w[2] == 'n' && !w[3]))
            return 1e9;
        return w[1] == 'i' && !strcmp(w + 2, "llion") ? 1e9 : 0;
    default:
        return 0;
    }
}

static const char *ex_currency_symbol(const char *s, size_t n)
{
    if (n == 1 && s[0] == '$')
        return "USD";
    if (n == 3 && memcmp(s, "\xE2\x82\xAC", 3) == 0)
        return "EUR";
    if (n == 2 && memcmp(s, "\xC2\xA3", 2) == 0)
        return "GBP";
    return NULL;
}

static const char *ex_currency_word(const char *w)
{
    /* ("dlrs", "dlr": wire copy's dollars, "a 140 mln dlr loan") */
    if (!strcmp(w, "dollars") || !strcmp(w, "dollar") || !strcmp(w, "dlrs") ||
        !strcmp(w, "dlr"))
        return "USD";
    if (!strcmp(w, "euros") || !strcmp(w, "euro"))
        return "EUR";
    if (!strcmp(w, "pounds"))
        return "GBP";
    if (!strcmp(w, "rubles") || !strcmp(w, "roubles"))
        return "RUB";
    if (!strcmp(w, "lira") || !strcmp(w, "liras"))
        return "TRY";
    /* ("a 50 billion yen loan": Japan's aid and wire copy's Tokyo
     * sums; "yen" and "yuan" name nothing else after a number) */
    if (!strcmp(w, "yen"))
        return "JPY";
    if (!strcmp(w, "yuan"))
        return "CNY";
    return NULL;
}

static int ex_number(const ex_state *st, size_t i, double *out)
{
    const ex_tok *t = &st->toks[i];
    char buf[64], *endp;
    size_t n = 0, k;
    if (t->kind != KG_TOK_NUMBER || t->end - t->start >= sizeof(buf))
        return 0;
    for (k = t->start; k < t->end; k++)
        if (st->doc->text[k] != ',')
            buf[n++] = st->doc->text[k];
    buf[n] = '\0';
    *out = strtod(buf, &endp);
    return endp != buf && isfinite(*out);
}

/* Make id NMTOKEN-safe in place: letters, digits, '_', '.', '-' stay,
 * upper case is kept, anything else becomes '_'. */
static void ex_slug(char *id)
{
    char *p;
    for (p = id; *p; p++) {
        char c = *p;
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
              (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-'))
            *p = c == '+' ? 'p' : '_';
    }
}

/* The id and the words of the value entity of mention m: id (made
 * NMTOKEN-safe here) and the text as written, copied for the sentence;
 * the text is its label too.  KG_OK, or KG_ENOMEM. */
static int ex_value_words(ex_state *st, ex_mention *m, char *id)
{
    kg_entity *e = &m->ent;
    ex_slug(id);
    if (!(e->id = ex_strndup(st, id, strlen(id))) ||
        !(e->text = ex_strndup(st, st->doc->text + m->start,
                               m->end - m->start)))
        return KG_ENOMEM;
    e->label = e->text;
    return KG_OK;
}

/* A value to 15 significant digits: 16.9 * 1e9 is 16899999999.999998 in
 * binary, which JSON (cJSON prints 15 digits when they read back within an
 * epsilon) would turn into 16900000000, so `kg extract | kg merge` would
 * differ from `kg build`.  Rounded here, every output agrees. */
static double ex_value_round(double v)
{
    char buf[40];
    if (!isfinite(v))
        return v;
    /* (a whole number below 10^15 has at most 15 digits: it stays) */
    if (v == floor(v) && fabs(v) < 1e15)
        return v;
    snprintf(buf, sizeof(buf), "%.15g", v);
    return strtod(buf, NULL);
}

/* The digits "%.0f" writes of v, a whole number from 0 to 10^18 (below
 * 2^63, so exact in an unsigned long long), at the end of buf; NULL for
 * any other number, which goes to snprintf. */
static const char *ex_whole(char buf[24], double v)
{
    char *d = buf + 23;
    unsigned long long k;
    if (!(v >= 0 && v < 1e18 && v == floor(v) && !signbit(v)))
        return NULL;
    k = (unsigned long long)v;
    *d = '\0';
    do
        *--d = (char)('0' + k % 10);
    while (k /= 10);
    return d;
}

static int ex_value_mention(ex_state *st, size_t t0, size_t t1, double value,
                            const char *unit, const char *type,
                            const char *prefix)
{
    ex_mention *m;
    char id[96], num[24];
    const char *whole;
    kg_entity *e;
    if (!(m = ex_add_mention(st, t0, t1, st->toks[t0].start,
                             st->toks[t1 - 1].end)))
        return KG_OK;
    e = &m->ent;
    e->is_value = 1;
    e->value = value = ex_value_round(value);
    e->unit = unit;
    e->type = type;
    e->start = m->start;
    e->end = m->end;
    if ((whole = ex_whole(num, value)) != NULL)
        ex_join(id, sizeof(id),
                (const char *[]){prefix, "_", unit, "_", whole, NULL});
    else if (fabs(value) < 1e18 && value == floor(value))
        snprintf(id, sizeof(id), "%s_%s_%.0f", prefix, unit, value);
    else
        snprintf(id, sizeof(id), "%s_%s_%.6g", prefix, unit, value);
    return ex_value_words(st, m, id);
}

/* ---- dates -------------------------------------------------------------- */

/* Days since 1970-01-01 of a civil date (H. Hinnant's algorithm). */
static long ex_days(int y, int m, int d)
{
    long era, yoe, doy, doe;
    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void ex_civil(long z, int *y, int *m, int *d)
{
    long era, doe, yoe, doy, mp;
    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* The document date as a day number; 0 and no day when absent. */
static int ex_doc_day(const ex_state *st, long *day, int *year)
{
    const char *d = st->doc->date;
    int y, m, dd;
    if (!d || strlen(d) != 10)
        return 0;
    y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 +
        (d[3] - '0');
    m = (d[5] - '0') * 10 + (d[6] - '0');
    dd = (d[8] - '0') * 10 + (d[9] - '0');
    *day = ex_days(y, m, dd);
    *year = y;
    return 1;
}

static int ex_month(const char *w)
{
    static const char *const full[] = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static const char *const abbr[] = {"jan", "feb", "mar",  "apr",
                                       "may", "jun", "jul",  "aug",
                                       "sep", "oct", "nov",  "dec"};
    int i;
    /* every token comes here: reject by the first letter first, then by
     * the first three (each form starts with its month's: "sept" too) */
    switch (w[0]) {
    case 'a': case 'd': case 'f': case 'j': case 'm': case 'n': case 'o':
    case 's':
        break;
    default:
        return 0;
    }
    if (!w[1] || !w[2])
        return 0;
    for (i = 0; i < 12; i++)
        if (w[0] == full[i][0] && w[1] == full[i][1] && w[2] == full[i][2] &&
            (!strcmp(w, full[i]) || !strcmp(w, abbr[i]) ||
             (i == 8 && !strcmp(w, "sept"))))
            return i + 1;
    return 0;
}

static int ex_weekday(const char *w)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday",
                                       "thursday", "friday", "saturday",
                                       "sunday"};
    int i;
    for (i = 0; i < 7; i++)
        if (w[0] == days[i][0] && !strcmp(w, days[i]))
            return i; /* 0 = Monday */
    return -1;
}

/* A small integer token (a day or a year). */
static int ex_int(const ex_state *st, size_t i, long lo, long hi, long *out)
{
    double v;
    if (i >= st->ntoks || !ex_number(st, i, &v) || v != floor(v) || v < lo ||
        v > hi)
        return 0;
    *out = (long)v;
    return 1;
}

static int ex_date_mention(ex_state *st, size_t t0, size_t t1,
                           const char *iso, const char *unit)
{
    char id[48];
    kg_entity *e;
    ex_mention *m;
    int err;
    if (!(m = ex_add_mention(st, t0, t1, st->toks[t0].start,
                             st->toks[t1 - 1].end)))
        return KG_OK;
    e = &m->ent;
    e->is_value = 1;
    e->type = "Date";
    e->unit = unit;
    e->start = m->start;
    e->end = m->end;
    ex_join(id, sizeof(id), (const char *[]){"date_", iso, NULL});
    /* (its label the ISO date, not the words) */
    if ((err = ex_value_words(st, m, id)) != KG_OK)
        return err;
    return (e->label = ex_strndup(st, iso, strlen(iso))) ? KG_OK
                                                         : KG_ENOMEM;
}

/* Is the weekday at token t one to come: "ahead of Sunday's vote",
 * "the upcoming Sunday", or after "will" earlier in the sentence?  Then
 * it is the next one, not the last. */
static int ex_future_weekday(const ex_state *st, size_t t)
{
    size_t i;
    for (i = t; i-- > 0;) {
        if (st->toks[i].tag == KG_W_FUTURE)
            return 1;
        if (t - i <= 3 &&
            (ex_tok_is(st, i, "ahead") || ex_tok_is(st, i, "upcoming")))
            return 1;
    }
    return 0;
}

/* A date expression at token i; *used receives its length (0: none).
 * Month-day dates take the document's year (the previous one when that
 * would put the date more than six months after the article); weekdays
 * and "yesterday" need the document date and are skipped without one. */
static int ex_find_date(ex_state *st, size_t i, size_t *used)
{
    char iso[32];
    const char *w = st->toks[i].lower;
    long doc = 0, n, yr;
    int year = 0, have_doc;
    int mon, wd;

    *used = 0;
    /* every token comes here: a date starts at a number, a month, a
     * weekday or "yesterday", "today", "tomorrow", "last", "next" or
     * "this", and no word of those starts with another letter */
    if (st->toks[i].kind != KG_TOK_NUMBER) {
        switch (w[0]) {
        case 'a': case 'd': case 'f': case 'j': case 'l': case 'm': case 'n':
        case 'o': case 's': case 't': case 'w': case 'y':
            break;
        default:
            return KG_OK;
        }
    }
    have_doc = ex_doc_day(st, &doc, &year);
    if ((mon = ex_month(w)) > 0 && (st->toks[i].flags & KG_TOKF_CAP)) {
        /* "May" alone is too often a verb or a name */
        if (ex_int(st, i + 1, 1, 31, &n)) {
            size_t j = i + 2;
            int y = year;
            if (j + 1 < st->ntoks && ex_tok_punct(st, j, ',') &&
                ex_int(st, j + 1, 1900, 2100, &yr)) {
                y = (int)yr;
                j += 2;
            } else if (ex_int(st, j, 1900, 2100, &yr)) {
                y = (int)yr;
                j++;
            } else if (have_doc &&
                       ex_days(y, mon, (int)n) - doc > 183) {
                y--;
            }
            if (y)
                snprintf(iso, sizeof(iso), "%04d-%02d-%02ld", y, mon, n);
            else
                snprintf(iso, sizeof(iso), "--%02d-%02ld", mon, n);
            *used = j - i;
            return ex_date_mention(st, i, j, iso, "day");
        }
        if (ex_int(st, i + 1, 1900, 2100, &yr)) {
            snprintf(iso, sizeof(iso), "%04ld-%02d", yr, mon);
            *used = 2;
            return ex_date_mention(st, i, i + 2, iso, "month");
        }
        return KG_OK;
    }
    /* "12 May 2023" */
    if (ex_int(st, i, 1, 31, &n) && i + 1 < st->ntoks &&
        (mon = ex_month(st->toks[i + 1].lower)) > 0 &&
        (st->toks[i + 1].flags & KG_TOKF_CAP)) {
        size_t j = i + 2;
        int y = year;
        if (ex_int(st, j, 1900, 2100, &yr)) {
            y = (int)yr;
            j++;
        }
        if (!y)
            return KG_OK;
        snprintf(iso, sizeof(iso), "%04d-%02d-%02ld", y, mon, n);
        *used = j - i;
        return ex_date_mention(st, i, j, iso, "day");
    }
    if (!have_doc)
        return KG_OK;
    if ((wd = ex_weekday(w)) >= 0) {
        /* "on Thursday" in a Friday article: the latest Thursday up to
         * the article's day; "next Thursday" the first one after it */
        int docwd = (int)(((doc % 7) + 7 + 3) % 7); /* 1970-01-01: Thu */
        long day = doc - ((docwd - wd + 7) % 7);
        size_t t0 = i;
        int y, m, d;
        if ((i > 0 && ex_tok_is(st, i - 1, "next")) ||
            ex_future_weekday(st, i)) {
            day = doc + ((wd - docwd + 7) % 7 ? (wd - docwd + 7) % 7 : 7);
            t0 = i > 0 && ex_tok_is(st, i - 1, "next") ? i - 1 : i;
        } else if (i > 0 && (ex_tok_is(st, i - 1, "last"))) {
            if (day == doc)
                day -= 7;
            t0 = i - 1;
        }
        ex_civil(day, &y, &m, &d);
        snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
        *used = i + 1 - t0;
        /* t0 may be before i: the caller has not passed "next" yet as a
         * date, so replace nothing; the mention starts at "next" */
        return ex_date_mention(st, t0, i + 1, iso, "day");
    }
    if ((w[0] == 'y' || w[0] == 't') &&
        (!strcmp(w, "yesterday") || !strcmp(w, "today") ||
         !strcmp(w, "tomorrow"))) {
        int y, m, d;
        long day = doc + (w[0] == 'y' ? -1 : w[1] == 'o' && w[2] == 'm' ? 1 : 0);
        ex_civil(day, &y, &m, &d);
        snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
        *used = 1;
        return ex_date_mention(st, i, i + 1, iso, "day");
    }
    if ((w[0] == 'l' || w[0] == 'n' || w[0] == 't') &&
        (!strcmp(w, "last") || !strcmp(w, "next") || !strcmp(w, "this")) &&
        i + 1 < st->ntoks) {
        const char *u = st->toks[i + 1].lower;
        int step = w[0] == 'l' ? -1 : w[0] == 'n' ? 1 : 0;
        int y, m, d;
        if (!strcmp(u, "year")) {
            snprintf(iso, sizeof(iso), "%04d", year + step);
        } else if (!strcmp(u, "month")) {
            ex_civil(doc, &y, &m, &d);
            m += step;
            if (m == 0) {
                m = 12;
                y--;
            } else if (m == 13) {
                m = 1;
                y++;
            }
            snprintf(iso, sizeof(iso), "%04d-%02d", y, m);
        } else if (!strcmp(u, "week")) {
            /* the Monday that starts the week */
            int docwd = (int)(((doc % 7) + 7 + 3) % 7);
            ex_civil(doc - docwd + 7L * step, &y, &m, &d);
            snprintf(iso, sizeof(iso), "%04d-%02d-%02d", y, m, d);
        } else {
            return KG_OK;
        }
        *used = 2;
        return ex_date_mention(st, i, i + 2, iso, !strcmp(u, "week") ? "week"
                                                   : !strcmp(u, "month")
                                                       ? "month"
                                                       : "year");
    }
    return KG_OK;
}

/* ---- quantities ----------------------------------------------------------- */

static double ex_word_number(const char *w)
{
    static const char *const words[] = {"one",  "two",   "three", "four",
                                        "five", "six",   "seven", "eight",
                                        "nine", "ten",   "eleven", "twelve"};
    int i;
    switch (w[0]) { /* every token comes here */
    case 'd': case 'e': case 'f': case 'n': case 'o': case 's': case 't':
        break;
    default:
        return 0;
    }
    for (i = 0; i < 12; i++)
        if (w[0] == words[i][0] && w[1] == words[i][1] &&
            !strcmp(w, words[i]))
            return i + 1;
    return !strcmp(w, "dozen") ? 12 : 0;
}

/* "4 million Syrian refugees", "millions of tons of wheat": a count and
 * what it counts (up to three words, stopping at punctuation and clause
 * words).  *used: tokens consumed (0: none). */
static int ex_find_quantity(ex_state *st, size_t i, double v, size_t j,
                            size_t *used)
{
    char id[128], num[24];
    size_t k = j, words = 0;
    ex_mention *m;
    kg_entity *e;
    const char *unit, *whole;
    int err;

    *used = 0;
    if (k < st->ntoks && ex_tok_is(st, k, "of"))
        k++; /* "millions of tons" */
    while (k < st->ntoks && words < 3) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || (t->tag != KG_W_NONE &&
                                       !(words && ex_tok_is(st, k, "of"))))
            break;
        if ((t->flags & KG_TOKF_CAP) && !t->covered)
            break;
        if (t->covered > 0) {
            /* "4 million Syrian refugees": the count of a named group */
            const ex_mention *g = &st->ments[t->covered - 1];
            words++;
            k = g->t1 > k ? g->t1 : k + 1;
            if (!ex_tok_is(st, k, "of"))
                break;
            continue;
        }
        words++;
        k++;
        /* the counted noun ends the phrase ("refugees", "tons of wheat") */
        {
            size_t len = strlen(t->lower);
            int plural = len > 2 && t->lower[len - 1] == 's';
            if ((plural || t->covered) && !ex_tok_is(st, k, "of"))
                break;
        }
    }
    while (words > 0 && k > j && ex_tok_is(st, k - 1, "of")) {
        k--;
        words--;
    }
    if (!words || k <= j + (ex_tok_is(st, j, "of") ? 1 : 0))
        return KG_OK;
    {
        size_t u0 = j + (ex_tok_is(st, j, "of") ? 1 : 0);
        unit = ex_strndup(st, st->doc->text + st->toks[u0].start,
                          st->toks[k - 1].end - st->toks[u0].start);
    }
    if (!unit)
        return KG_ENOMEM;
    if (!(m = ex_add_mention(st, i, k, st->toks[i].start, st->toks[k - 1].end)))
        return KG_OK;
    e = &m->ent;
    e->is_value = 1;
    e->type = "Quantity";
    e->value = ex_value_round(v);
    e->unit = unit;
    e->start = m->start;
    e->end = m->end;
    if ((whole = ex_whole(num, v)) != NULL)
        ex_join(id, sizeof(id), (const char *[]){"qty_", whole, "_", unit,
                                                 NULL});
    else
        snprintf(id, sizeof(id), "qty_%.0f_%s", v, unit);
    if ((err = ex_value_words(st, m, id)) != KG_OK)
        return err;
    *used = k - i;
    return KG_OK;
}

/* "millions of dollars", "billions of euros", "tens of millions of
 * dollars" (at its "millions"): a round scale opened at token i, "of"
 * and a currency word name a sum of money whose size is only bounded,
 * as "$5 million" names one; kg read it as a count of dollars (a
 * Quantity), so "cut off millions of dollars in assistance to Haiti" was
 * no "cut * assistance", where "cut off $5 million in assistance" was
 * one (the sum is one word for an entry's '*', ex_collapsed_sum).  Not
 * "millions of pounds of peanuts", a weight (the pounds of a thing).
 * Sets *unit to the currency; 1 when the sum is there, else 0. */
static int ex_round_sum(const ex_state *st, size_t i, const char **unit)
{
    const char *u;
    if (i + 2 >= st->ntoks || st->toks[i + 2].covered ||
        (u = ex_currency_word(st->toks[i + 2].lower)) == NULL)
        return 0;
    if (!strcmp(u, "GBP") && i + 3 < st->ntoks && ex_tok_is(st, i + 3, "of"))
        return 0;
    *unit = u;
    return 1;
}

int ex_find_values(ex_state *st)
{
    size_t i, used;
    int err;
    for (i = 0; i < st->ntoks; i++) {
        const ex_tok *t = &st->toks[i];
        const char *unit;
        double v, sc;
        size_t j;
        if (st->toks[i].covered)
            continue;
        unit = ex_currency_symbol(st->doc->text + t->start, t->end - t->start);
        if (unit && i + 1 < st->ntoks && ex_number(st, i + 1, &v)) {
            j = i + 2;
            if (j < st->ntoks && (sc = ex_scale(st->toks[j].lower)) > 0) {
                v *= sc;
                j++;
            }
            if ((err = ex_value_mention(st, i, j, v, unit, "MonetaryAmount",
                                        "money")) < 0)
                return err;
            i = j - 1;
            continue;
        }
        if ((err = ex_find_date(st, i, &used)) < 0)
            return err;
        if (used) {
            i += used - 1;
            continue;
        }
        if (ex_number(st, i, &v) || (v = ex_word_number(t->lower)) > 0) {
            long yr;
            j = i + 1;
            if (j < st->ntoks && (sc = ex_scale(st->toks[j].lower)) > 0) {
                v *= sc;
                j++;
            }
            /* (wire copy writes sterling "stg": its "2.3 mln pounds of
             * peanut products" are a weight) */
            if (j < st->ntoks &&
                (unit = ex_currency_word(st->toks[j].lower)) != NULL &&
                !(!strcmp(unit, "GBP") && j > i + 1 &&
                  (ex_tok_is(st, j - 1, "mln") ||
                   ex_tok_is(st, j - 1, "bln")))) {
                if ((err = ex_value_mention(st, i, j + 1, v, unit,
                                            "MonetaryAmount", "money")) < 0)
                    return err;
                i = j;
                continue;
            }
            if (j < st->ntoks && (ex_tok_punct(st, j, '%') ||
                                  ex_tok_is(st, j, "percent"))) {
                if ((err = ex_value_mention(st, i, j + 1, v, "percent",
                                            "Percentage", "pct")) < 0)
                    return err;
                i = j;
                continue;
            }
            /* a bare year: "in February 2022" is taken above; "since
             * 2014", "his 2020 campaign" here */
            if (j == i + 1 && t->kind == KG_TOK_NUMBER &&
                ex_int(st, i, 1900, 2100, &yr) &&
                t->end - t->start == 4) {
                char iso[8];
                iso[0] = (char)('0' + yr / 1000); /* 1900 to 2100 */
                iso[1] = (char)('0' + yr / 100 % 10);
                iso[2] = (char)('0' + yr / 10 % 10);
                iso[3] = (char)('0' + yr % 10);
                iso[4] = '\0';
                if ((err = ex_date_mention(st, i, i + 1, iso, "year")) < 0)
                    return err;
                continue;
            }
            if (j > i + 1 || t->kind == KG_TOK_NUMBER) {
                if ((err = ex_find_quantity(st, i, v, j, &used)) < 0)
                    return err;
                if (used)
                    i += used - 1;
            }
            continue;
        }
        /* "millions of tons of wheat": a lower bound */
        if ((sc = ex_scale(t->lower)) == 0 && t->lower[0] &&
            t->lower[strlen(t->lower) - 1] == 's') {
            char one[32];
            size_t n = strlen(t->lower);
            if (n < sizeof(one)) {
                memcpy(one, t->lower, n - 1);
                one[n - 1] = '\0';
                sc = ex_scale(one);
                if (sc > 0 && ex_tok_is(st, i + 1, "of") &&
                    ex_round_sum(st, i, &unit)) {
                    /* "millions of dollars": a sum of money, as "$5
                     * million" (ex_round_sum) */
                    if ((err = ex_value_mention(st, i, i + 3, sc, unit,
                                                "MonetaryAmount",
                                                "money")) < 0)
                        return err;
                    i += 2;
                } else if (sc > 0 && ex_tok_is(st, i + 1, "of")) {
                    if ((err = ex_find_quantity(st, i, sc, i + 1, &used)) < 0)
                        return err;
                    if (used)
                        i += used - 1;
                }
            }
        }
    }
    return KG_OK;
}
