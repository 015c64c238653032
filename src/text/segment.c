/*
 * segment.c: sentences, tokens and boilerplate lines of one document.
 *
 * Three passes over valid UTF-8, all offsets in bytes into the text:
 *   1. lines: which lines (or, for a `date YYYY-MM-DD` line, which prefix)
 *      are boilerplate; each becomes a span that sentences never cross;
 *   2. tokens: words (inner apostrophes, hyphenated compounds and dotted
 *      abbreviations such as U.S. stay one token; the possessive 's is its
 *      own token so "Turkey" meets the gazetteer), numbers (62.5, 1,000,
 *      15:01, 2003-2014), symbols ($ € £ %) and one-character punctuation;
 *   3. sentences: boundaries after . ! ? and … (with the closing quotes
 *      and brackets that follow them), at paragraph breaks, at single line
 *      breaks after lines without final punctuation (titles, headlines),
 *      at boilerplate span edges and at KG_MAX_SENTENCE_BYTES.
 *
 * Invariants: tokens never contain white space and never overlap; every
 * token lies in exactly one sentence; sentences are in text order and
 * start and end on token edges.  Character classes come from util/utf8.h
 * (no <ctype.h>: bytes are not characters).
 */
#include "segment.h"

#include <stdlib.h>
#include <string.h>

#include "kg/common.h"

#include "../util/utf8.h"
#include "date.h"

/* Tokens are cut at this many bytes (on a code-point boundary) so a run of
 * letters without spaces cannot defeat the sentence bound. */
#define SEG_MAX_TOKEN_BYTES 1024u

/* Boilerplate phrases only count on lines up to this long: a paragraph of
 * prose that happens to say "subscribe to" is not a newsletter line. */
#define SEG_MAX_BOILERPLATE_LINE 400u

typedef struct seg_span {
    size_t start, end;
} seg_span;

typedef struct seg_state {
    const char *t;
    size_t len;
    kg_token *tok;
    size_t ntok, captok;
    kg_sentence *sent;
    size_t nsent, capsent;
    seg_span *span;
    size_t nspan, capspan;
    int *bp; /* per token: index of its boilerplate span, or -1 */
    int wrapped;
    int recased; /* -1 not yet asked; see seg_recased_after_initialism */
} seg_state;

/* ---- characters ------------------------------------------------------ */

/* The code point at t[i], its length in *k; -1 and 0 at the end. */
static int32_t seg_cp(const seg_state *s, size_t i, size_t *k)
{
    int32_t cp;
    if (i >= s->len) {
        *k = 0;
        return -1;
    }
    if ((unsigned char)s->t[i] < 0x80) {
        *k = 1;
        return (unsigned char)s->t[i];
    }
    *k = kg_utf8_decode(s->t + i, s->len - i, &cp);
    return cp;
}

static inline int seg_is_space(int32_t cp)
{
    /* (an ASCII byte, most of any text: kg_utf8_is_space's own six,
     * space and tab to carriage return, without the call) */
    if (cp >= 0 && cp < 0x80)
        return cp == ' ' || (cp >= '\t' && cp <= '\r');
    /* BOM and zero-width space separate like blanks. */
    return cp >= 0 && (kg_utf8_is_space(cp) || cp == 0xFEFF || cp == 0x200B ||
                       cp == 0x2028 || cp == 0x2029);
}

/* Letters, digits, and the marks and other non-punctuation code points
 * that continue a word (combining marks, ZWJ, superscripts). */
static int seg_is_wordch(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
               (cp >= '0' && cp <= '9');
    if (kg_utf8_is_letter(cp) || kg_utf8_is_digit(cp))
        return 1;
    return !kg_utf8_is_punct(cp) && !seg_is_space(cp) && cp != 0xFFFD;
}

/* An ASCII letter or digit (a word character of one byte, seg_is_wordch
 * without the decoding): most of any English text is runs of these. */
static int seg_ascii_alnum(unsigned char c)
{
    return (unsigned)((c | 0x20) - 'a') < 26u || (unsigned)(c - '0') < 10u;
}

static int seg_is_letter(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    return kg_utf8_is_letter(cp);
}

static int seg_is_digit(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return cp >= '0' && cp <= '9';
    return kg_utf8_is_digit(cp);
}

static int seg_is_upper(int32_t cp)
{
    if (cp < 0)
        return 0;
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    return kg_utf8_is_upper(cp);
}

static int seg_is_lower_letter(int32_t cp)
{
    return seg_is_letter(cp) && !seg_is_upper(cp);
}

static int seg_is_apostrophe(int32_t cp)
{
    return cp == '\'' || cp == 0x2019;
}

static int seg_is_hyphen(int32_t cp)
{
    return cp == '-' || cp == 0x2010 || cp == 0x2011;
}

/* Currency, percent and the other symbols that get KG_TOK_SYMBOL. */
static int seg_is_symbol(int32_t cp)
{
    switch (cp) {
    case '$':
    case '%':
    case '+':
    case '<':
    case '=':
    case '>':
    case '^':
    case '|':
    case '~':
    case '`':
    case 0xA2:
    case 0xA3:
    case 0xA4:
    case 0xA5:
    case 0xA9:
    case 0xAE:
    case 0xB0:
    case 0xB1:
    case 0xD7:
    case 0xF7:
    case 0x2030:
    case 0x2122:
    case 0xFFFD:
        return 1;
    default:
        break;
    }
    if (cp >= 0x20A0 && cp <= 0x20CF) /* currency block: € ₺ ₽ ₹ */
        return 1;
    /* Arrows, mathematical and technical symbols, dingbats, emoji; not the
     * CJK and full-width punctuation blocks. */
    if (cp >= 0x2190 && !(cp >= 0x2E00 && cp <= 0x2E7F) &&
        !(cp >= 0x3000 && cp <= 0x303F) && !(cp >= 0xFE10 && cp <= 0xFE6F) &&
        !(cp >= 0xFF00 && cp <= 0xFF65))
        return kg_utf8_is_punct(cp);
    return 0;
}

static int seg_is_terminal_cp(int32_t cp)
{
    return cp == '.' || cp == '!' || cp == '?' || cp == 0x2026 ||
           cp == 0x203C || cp == 0x2047 || cp == 0x2048 || cp == 0x2049;
}

static int seg_is_closer_cp(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == ')' || cp == ']' || cp == '}' ||
           cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x203A;
}

static int seg_is_opener_cp(int32_t cp)
{
    return cp == '"' || cp == '\'' || cp == '(' || cp == '[' || cp == '{' ||
           cp == 0x201C || cp == 0x2018 || cp == 0xAB || cp == 0x2039;
}

/* ---- dates ----------------------------------------------------------- */

int kg_text__valid_date(int y, int m, int d)
{
    static const int mdays[12] = {31, 29, 31, 30, 31, 30,
                                  31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return 0;
    if (m == 2 && d == 29)
        return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= mdays[m - 1];
}

static int seg_digits(const char *s, size_t n, int *out)
{
    size_t i;
    int v = 0;
    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

size_t kg_text__date_prefix(const char *s, size_t n, char date_out[11])
{
    size_t i = 4, d;
    int y, m, dd;

    if (n < 15 || (memcmp(s, "date", 4) != 0 && memcmp(s, "Date", 4) != 0))
        return 0;
    if (s[i] == ':')
        i++;
    if (i >= n || (s[i] != ' ' && s[i] != '\t'))
        return 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    d = i;
    if (n - d < 10 || s[d + 4] != '-' || s[d + 7] != '-' ||
        !seg_digits(s + d, 4, &y) || !seg_digits(s + d + 5, 2, &m) ||
        !seg_digits(s + d + 8, 2, &dd) || !kg_text__valid_date(y, m, dd))
        return 0;
    i = d + 10;
    if (i < n && s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n')
        return 0;
    if (date_out) {
        memcpy(date_out, s + d, 10);
        date_out[10] = '\0';
    }
    return i;
}

/* ---- pass 1: boilerplate lines ---------------------------------------- */

static int seg_starts(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    return n >= k && memcmp(s, lit, k) == 0;
}

static int seg_contains(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    const char *p = s, *last;
    if (k > n)
        return 0;
    /* (memchr to each candidate first byte: every line of every document
     * is searched for some twenty phrases) */
    last = s + (n - k); /* the last place lit may start */
    while ((p = memchr(p, lit[0], (size_t)(last - p) + 1)) != NULL) {
        if (memcmp(p, lit, k) == 0)
            return 1;
        if (p++ == last)
            break;
    }
    return 0;
}

/* "By Tamara Qiblawi and Ezel Sarios": "By " and then only capitalised
 * words, initials, commas and the particles of names. */
static int seg_is_byline(const char *s, size_t n)
{
    static const char *const particles[] = {"and", "de", "del", "der", "di",
                                            "du",  "da", "la",  "le",  "van",
                                            "von", "al", "bin", "el"};
    size_t i = 3, words = 0, caps = 0;

    if (!seg_starts(s, n, "By ") || n > 120)
        return 0;
    while (i < n) {
        size_t w, p;
        int32_t cp;
        while (i < n && (s[i] == ' ' || s[i] == ',' || s[i] == '\t'))
            i++;
        if (i >= n)
            break;
        w = i;
        while (i < n && s[i] != ' ' && s[i] != ',' && s[i] != '\t')
            i++;
        words++;
        kg_utf8_decode(s + w, i - w, &cp);
        if (seg_is_upper(cp)) {
            caps++;
            continue;
        }
        for (p = 0; p < sizeof(particles) / sizeof(particles[0]); p++)
            if (strlen(particles[p]) == i - w &&
                memcmp(particles[p], s + w, i - w) == 0)
                break;
        if (p == sizeof(particles) / sizeof(particles[0]))
            return 0;
    }
    return caps > 0 && words <= 10;
}

/* s starts with the words of lit, and a letter does not follow them
 * ("Subscribe now", not "Subscribers"). */
static int seg_starts_word(const char *s, size_t n, const char *lit)
{
    size_t k = strlen(lit);
    char c;
    if (!seg_starts(s, n, lit))
        return 0;
    if (k == n)
        return 1;
    c = s[k];
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/* "Updated 10:52 AM EDT, Fri May 19, 2023", "Published 12 May 2023":
 * the page's time stamp, not a sentence. */
int kg_text__is_stamp_line(const char *s, size_t n)
{
    static const char *const stamps[] = {
        "Updated",         "Published", "Posted",    "Last updated",
        "First published", "UPDATED",   "PUBLISHED", "Last Updated",
        "Date:",           "Dated:"};
    size_t i;

    char date[11];

    if (n > 100)
        return 0;
    for (i = 0; i < sizeof(stamps) / sizeof(stamps[0]); i++) {
        if (seg_starts_word(s, n, stamps[i])) {
            size_t j;
            /* a date, or a clock time such as 10:52 */
            if (kg_text__find_date(s, n, date))
                return 1;
            for (j = strlen(stamps[i]); j + 2 < n; j++)
                if (s[j] >= '0' && s[j] <= '9' && s[j + 1] == ':' &&
                    s[j + 2] >= '0' && s[j + 2] <= '9')
                    return 1;
            return 0;
        }
    }
    return 0;
}

/* s[0..n) is a line without its leading and trailing blanks. */
static int seg_is_boilerplate_line(const char *s, size_t n)
{
    static const char *const prefixes[] = {
        "PREV ",      "NEXT ",      "Reporting by",
        "Writing by", "Editing by", "Additional reporting by",
        "Compiled by"};
    static const char *const alone[] = {"PREV",
                                        "NEXT",
                                        "REUTER",
                                        "Reuter",
                                        "Share",
                                        "Advertisement",
                                        "ADVERTISEMENT",
                                        "Related",
                                        "RELATED",
                                        "Most Read",
                                        "Most read",
                                        "More stories",
                                        "Related stories",
                                        "Related Stories",
                                        "Related articles",
                                        "Top stories",
                                        "Top Stories"};
    /* Lines that open with these words are navigation, credits or calls
     * to act (short lines only). */
    static const char *const openers[] = {
        "Read more",      "READ MORE",       "Read More",
        "Related:",       "RELATED:",        "Related Coverage",
        "ALSO READ",      "Also read",       "See also:",
        "WATCH:",         "Watch:",          "LISTEN:",
        "Listen:",        "Follow us",       "Follow CNN",
        "Follow Reuters", "Follow AP",       "Share this",
        "Share on",       "Share:",          "Subscribe",
        "SUBSCRIBE",      "Sign up",         "SIGN UP",
        "Our Standards:", "Photo credit",    "Photograph:",
        "Photo courtesy", "FILE PHOTO",      "File photo",
        "Image source",   "Image caption",   "Media caption",
        "Skip to",        "Story continues", "Contact:",
        "Click here",     "Tap here"};
    static const char *const phrases[] = {"click here",
                                          "Click here",
                                          "Read more",
                                          "Photo:",
                                          "Image:",
                                          "Credit:",
                                          "(Photo by",
                                          "Getty Images",
                                          "AP Photo",
                                          "REUTERS/",
                                          "Reuters/",
                                          "via Getty",
                                          "Story continues below",
                                          "Trust Principles",
                                          "All rights reserved",
                                          "Copyright \xC2\xA9"};
    /* "subscribe to" and "sign up for" are also prose ("the right to
     * subscribe to 30 mln shares"): only with a newsletter cue. */
    static const char *const soft[] = {"subscribe to", "Subscribe to",
                                       "sign up for", "Sign up for"};
    static const char *const cues[] = {
        "newsletter", "Newsletter", "our ",    "email",   "e-mail",  "alerts",
        "updates",    "here",       "podcast", "channel", "bulletin"};
    size_t i, j;

    for (i = 0; i < sizeof(alone) / sizeof(alone[0]); i++)
        if (strlen(alone[i]) == n && memcmp(s, alone[i], n) == 0)
            return 1;
    for (i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
        if (seg_starts(s, n, prefixes[i]))
            return 1;
    if (seg_is_byline(s, n) || kg_text__is_stamp_line(s, n))
        return 1;
    if (n > SEG_MAX_BOILERPLATE_LINE)
        return 0;
    for (i = 0; i < sizeof(openers) / sizeof(openers[0]); i++)
        if (seg_starts_word(s, n, openers[i]))
            return 1;
    for (i = 0; i < sizeof(phrases) / sizeof(phrases[0]); i++)
        if (seg_contains(s, n, phrases[i]))
            return 1;
    for (i = 0; i < sizeof(soft) / sizeof(soft[0]); i++)
        if (seg_contains(s, n, soft[i]))
            for (j = 0; j < sizeof(cues) / sizeof(cues[0]); j++)
                if (seg_contains(s, n, cues[j]))
                    return 1;
    return 0;
}

static int seg_push_span(seg_state *s, size_t start, size_t end)
{
    if (s->nspan == s->capspan) {
        size_t cap = s->capspan ? s->capspan * 2 : 16;
        seg_span *p = realloc(s->span, cap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        s->span = p;
        s->capspan = cap;
    }
    s->span[s->nspan].start = start;
    s->span[s->nspan].end = end;
    s->nspan++;
    return KG_OK;
}

static int seg_lines(seg_state *s)
{
    size_t ls = 0;
    int err;

    while (ls < s->len) {
        const char *nl = memchr(s->t + ls, '\n', s->len - ls);
        size_t le = nl ? (size_t)(nl - s->t) : s->len;
        size_t a = ls, b = le, k, dl;
        int32_t cp;

        while (a < b && seg_is_space(cp = seg_cp(s, a, &k)))
            a += k;
        while (b > a) {
            size_t back = kg_utf8_truncate(s->t + a, b - a - 1);
            size_t pos = a + back;
            cp = seg_cp(s, pos, &k);
            if (!seg_is_space(cp))
                break;
            b = pos;
        }
        if (a < b) {
            dl = kg_text__date_prefix(s->t + a, b - a, NULL);
            if (!dl)
                dl = kg_text__dateline(s->t + a, b - a, NULL);
            if (dl) {
                if ((err = seg_push_span(s, a, a + dl)) < 0)
                    return err;
            } else if (seg_is_boilerplate_line(s->t + a, b - a)) {
                if ((err = seg_push_span(s, a, b)) < 0)
                    return err;
            }
        }
        ls = le + 1;
    }
    return KG_OK;
}

/* ---- pass 2: tokens --------------------------------------------------- */

static int seg_push_token(
    seg_state *s, size_t start, size_t end, unsigned kind, unsigned flags)
{
    if (s->ntok == s->captok) {
        size_t cap = s->captok ? s->captok * 2 : 256;
        kg_token *p = realloc(s->tok, cap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        s->tok = p;
        s->captok = cap;
    }
    s->tok[s->ntok].start = (uint32_t)start;
    s->tok[s->ntok].end = (uint32_t)end;
    s->tok[s->ntok].kind = (uint16_t)kind;
    s->tok[s->ntok].flags = (uint16_t)flags;
    s->ntok++;
    return KG_OK;
}

/* U.S., e.g., a.m.: single letters each followed by a dot, two or more.
 * Returns the end, or i when there is no such abbreviation at i. */
static size_t seg_scan_dotted(const seg_state *s, size_t i)
{
    size_t p = i, k, segs = 0;
    for (;;) {
        int32_t cp = seg_cp(s, p, &k);
        size_t q;
        if (!seg_is_letter(cp))
            break;
        q = p + k;
        if (q >= s->len || s->t[q] != '.')
            break;
        /* the letter must stand alone: "U.S" yes, "US." no */
        p = q + 1;
        segs++;
    }
    return segs >= 2 ? p : i;
}

/* A word at i (first code point is a letter or digit), continuing through
 * word characters, inner apostrophes (I’m, O’Brien), hyphens between word
 * characters (Russian-Turkish) and dotted abbreviations; it stops before a
 * possessive ’s.  *hyphen is set when the word has a hyphen. */
static size_t seg_scan_word(const seg_state *s, size_t i, int *hyphen)
{
    size_t p = seg_scan_dotted(s, i), k, k2, k3;
    int32_t cp, c2, c3;

    for (;;) {
        while (p < s->len && seg_ascii_alnum((unsigned char)s->t[p]))
            p++;
        /* (the end of the text, or an ASCII byte that is no word
         * character, apostrophe or hyphen, as after most words: the
         * word ends here, as the tests below would find) */
        if (p >= s->len || ((unsigned char)s->t[p] < 0x80 &&
                            s->t[p] != '\'' && s->t[p] != '-'))
            break;
        while (seg_is_wordch(cp = seg_cp(s, p, &k)))
            p += k;
        if (cp < 0)
            break;
        c2 = seg_cp(s, p + k, &k2);
        if (seg_is_apostrophe(cp) && seg_is_letter(c2)) {
            c3 = seg_cp(s, p + k + k2, &k3);
            if ((c2 == 's' || c2 == 'S') && !seg_is_wordch(c3))
                break; /* possessive: its own token */
            p += k;
            continue;
        }
        if (seg_is_hyphen(cp) && seg_is_wordch(c2)) {
            *hyphen = 1;
            p += k;
            continue;
        }
        break;
    }
    return p;
}

/* A number at i: digits with thousands groups (1,000), a decimal part
 * (62.5), a time (15:01) or digit ranges (2003-2014, 2023-05-12).  When a
 * hyphen joins letters (40-year-old) it is a word; *word is set. */
static size_t
seg_scan_number(const seg_state *s, size_t i, int *hyphen, int *word)
{
    size_t p = i, k, k2;
    int32_t cp, c2;

    for (;;) {
        while (seg_is_digit(cp = seg_cp(s, p, &k)))
            p += k;
        if (cp < 0)
            break;
        if (cp == ',') {
            /* a thousands group: exactly three ASCII digits, then none */
            const char *g = s->t + p + 1;
            if (p + 4 <= s->len && g[0] >= '0' && g[0] <= '9' && g[1] >= '0' &&
                g[1] <= '9' && g[2] >= '0' && g[2] <= '9' &&
                (p + 4 == s->len || g[3] < '0' || g[3] > '9')) {
                p += 4;
                continue;
            }
            break;
        }
        c2 = seg_cp(s, p + k, &k2);
        if ((cp == '.' || cp == ':') && seg_is_digit(c2)) {
            p += k;
            continue;
        }
        if (seg_is_hyphen(cp) && seg_is_digit(c2)) {
            *hyphen = 1;
            p += k;
            continue;
        }
        if (seg_is_hyphen(cp) && seg_is_letter(c2)) {
            *hyphen = 1;
            *word = 1;
            return seg_scan_word(s, p + k, hyphen);
        }
        break;
    }
    return p;
}

/* Does the word at a open with a lower-case Arabic article before a
 * capital ("al-Qaeda", "al-Shabaab", "el-Sisi", "ash-Shaykh")?  Such a word
 * is a name as much as "Qaeda" is: its capital comes after the hyphen. */
static int seg_article_name(const seg_state *s, size_t a, size_t b)
{
    static const char *const arts[] = {"al-", "el-", "ad-", "ar-", "as-",
                                       "ash-", "at-", "az-", "an-", NULL};
    size_t i, n, k;
    /* every word of every text comes here: the articles all start with
     * 'a' or 'e' and need a letter after them */
    if (b - a < 4 || (s->t[a] != 'a' && s->t[a] != 'e'))
        return 0;
    /* (and a hyphen third or fourth: "al-", "ash-") */
    if (s->t[a + 2] != '-' && s->t[a + 3] != '-')
        return 0;
    for (i = 0; arts[i]; i++) {
        n = strlen(arts[i]);
        if (a + n < b && strncmp(s->t + a, arts[i], n) == 0)
            return seg_is_upper(seg_cp(s, a + n, &k));
    }
    return 0;
}

static unsigned seg_case_flags(const seg_state *s, size_t a, size_t b)
{
    unsigned flags = 0;
    size_t p = a, k, letters = 0, upper = 0;
    int32_t cp = seg_cp(s, a, &k);

    if (seg_is_upper(cp) || seg_article_name(s, a, b))
        flags |= KG_TOKF_CAP;
    while (p < b) {
        unsigned char c = (unsigned char)s->t[p];
        if (c < 0x80) {
            /* (an ASCII byte: a letter, and upper case, by its range) */
            if ((unsigned)((c | 0x20) - 'a') < 26u) {
                letters++;
                upper += c <= 'Z';
            }
            p++;
            continue;
        }
        cp = seg_cp(s, p, &k);
        if (seg_is_letter(cp)) {
            letters++;
            if (seg_is_upper(cp))
                upper++;
        }
        p += k;
    }
    if (letters >= 2 && upper == letters)
        flags |= KG_TOKF_ALLCAPS;
    return flags;
}

static int seg_tokens(seg_state *s)
{
    size_t i = 0, k;
    unsigned space = 0;
    int err;

    while (i < s->len) {
        int32_t cp = seg_cp(s, i, &k);
        size_t end;
        unsigned kind, flags;
        int hyphen = 0, word = 0;

        if (seg_is_space(cp) || cp < 0) {
            space = KG_TOKF_SPACE_BEFORE;
            i += k ? k : 1;
            continue;
        }
        if (seg_is_letter(cp) || (seg_is_wordch(cp) && !seg_is_digit(cp))) {
            end = seg_scan_word(s, i, &hyphen);
            kind = KG_TOK_WORD;
        } else if (seg_is_digit(cp)) {
            end = seg_scan_number(s, i, &hyphen, &word);
            kind = word ? KG_TOK_WORD : KG_TOK_NUMBER;
        } else if (seg_is_apostrophe(cp) && s->ntok && !space &&
                   s->tok[s->ntok - 1].end == i &&
                   s->tok[s->ntok - 1].kind != KG_TOK_PUNCT) {
            /* a possessive right after a word: Turkey’s, Workers' */
            size_t k2, k3;
            int32_t c2 = seg_cp(s, i + k, &k2);
            int32_t c3 = seg_cp(s, i + k + k2, &k3);
            if ((c2 == 's' || c2 == 'S') && !seg_is_wordch(c3)) {
                end = i + k + k2;
                kind = KG_TOK_WORD;
            } else {
                end = i + k;
                kind = KG_TOK_PUNCT;
            }
        } else {
            end = i + k;
            kind = seg_is_symbol(cp) ? KG_TOK_SYMBOL : KG_TOK_PUNCT;
        }
        if (end - i > SEG_MAX_TOKEN_BYTES) {
            end = i + kg_utf8_truncate(s->t + i, SEG_MAX_TOKEN_BYTES);
            if (end == i)
                end = i + k;
        }
        flags = space;
        if (kind == KG_TOK_WORD)
            flags |= seg_case_flags(s, i, end);
        if (hyphen && kind != KG_TOK_PUNCT)
            flags |= KG_TOKF_HYPHEN;
        if ((err = seg_push_token(s, i, end, kind, flags)) < 0)
            return err;
        space = 0;
        i = end;
    }
    return KG_OK;
}

/* ---- pass 3: sentences ------------------------------------------------ */

static int32_t seg_tok_cp(const seg_state *s, size_t ti)
{
    size_t k;
    return seg_cp(s, s->tok[ti].start, &k);
}

static int seg_tok_eq(const seg_state *s, size_t ti, const char *lit)
{
    const kg_token *t = &s->tok[ti];
    size_t n;
    /* (a token is never empty: its first byte turns most words away
     * before the literal is measured) */
    if (s->t[t->start] != lit[0])
        return 0;
    n = strlen(lit);
    return t->end - t->start == n && memcmp(s->t + t->start, lit, n) == 0;
}

static int
seg_tok_in(const seg_state *s, size_t ti, const char *const *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (seg_tok_eq(s, ti, list[i]))
            return 1;
    return 0;
}

static int seg_tok_terminal(const seg_state *s, size_t ti)
{
    return s->tok[ti].kind == KG_TOK_PUNCT &&
           seg_is_terminal_cp(seg_tok_cp(s, ti));
}

/* A word ending in a dot: U.S., e.g. */
static int seg_tok_dotted(const seg_state *s, size_t ti)
{
    const kg_token *t = &s->tok[ti];
    return t->kind == KG_TOK_WORD && t->end > t->start &&
           s->t[t->end - 1] == '.';
}

static int seg_attached(const seg_state *s, size_t ti)
{
    return !(s->tok[ti].flags & KG_TOKF_SPACE_BEFORE);
}

/* Line breaks in the white space before token ti: 0, 1, or 2 for a blank
 * line (paragraph break). */
static inline int seg_newlines_before(const seg_state *s, size_t ti)
{
    size_t a = s->tok[ti - 1].end, b = s->tok[ti].start, i;
    int n = 0;
    /* (asked twice of every token: most follow nothing or one space) */
    if (b - a <= 1 && (a == b || s->t[a] == ' '))
        return 0;
    for (i = a; i < b; i++) {
        unsigned char c = (unsigned char)s->t[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= b || s->t[i + 1] != '\n')))
            n++;
        else if (c == 0xE2 && i + 2 < b && (unsigned char)s->t[i + 1] == 0x80) {
            if ((unsigned char)s->t[i + 2] == 0xA9) /* paragraph separator */
                n += 2;
            else if ((unsigned char)s->t[i + 2] == 0xA8)
                n++;
        }
        if (n >= 2)
            return 2;
    }
    return n;
}

/* Words that start sentences, used where an abbreviation could also end
 * one ("... the U.S. He added"). */
static const char *const seg_starters[] = {
    "A",       "After", "Also",  "An",   "And",   "As",        "At",   "But",
    "Earlier", "For",   "He",    "Her",  "His",   "However",   "I",    "If",
    "In",      "It",    "Its",   "Last", "Later", "Meanwhile", "Mr",   "Mrs",
    "Ms",      "On",    "Our",   "She",  "Since", "So",        "That", "The",
    "Their",   "There", "These", "They", "This",  "Those",     "We",   "What",
    "When",    "While", "Why",   "Yet",  "You"};

/* Titles and abbreviations that never end a sentence ("Sens. Robert
 * Dole and Charles Grassley", "the Ste. Therese plant", "Ft. Drum"). */
static const char *const seg_titles[] = {
    "Adm",  "Capt", "Cmdr", "Col",    "Dr",  "Gen",   "Gov",
    "Hon",  "Lt",   "Maj",  "Mr",     "Mrs", "Ms",    "Mt",
    "Prof", "Rep",  "Rev",  "Sen",    "Sgt", "St",    "vs",
    "Vs",   "Pres", "Supt", "approx", "cf",  "Fr",    "Messrs",
    "Sens", "Reps", "Ste",  "Ft"};

/* Abbreviations that end a sentence only before a sentence starter; with
 * the short forms of given names of older copy ("Alex. Brown and Sons
 * Inc", "Chas. P. Young Co"), which a surname follows. */
static const char *const seg_abbrevs[] = {
    "Co",    "Corp", "Inc",  "Jr",   "Ltd",   "Sr",   "Bros",
    "Plc",   "Ave",  "Blvd", "Dept", "Gov't", "Govt", "Alex",
    "Chas",  "Geo",  "Wm",   "Thos", "Jas",   "Benj", "Robt"};

/* Lower-case abbreviations that do not end a sentence before a number:
 * "(pop. 85 million)", "see p. 4". */
static const char *const seg_num_abbrevs[] = {
    "pop", "approx", "est", "no",  "vol", "pp",  "p",    "ca",
    "fig", "ref",    "tel", "ext", "art", "sec", "para", "nos"};

/* Months end a sentence unless a day follows (Jan. 27); "etc." too unless
 * a lower-case word follows, which the general rule covers. */
static const char *const seg_months[] = {"Jan",  "Feb", "Mar", "Apr",
                                         "Jun",  "Jul", "Aug", "Sep",
                                         "Sept", "Oct", "Nov", "Dec"};

#define SEG_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A title after a hyphen in a compound: "the Minneapolis-St. Paul area",
 * "Dallas-Ft. Worth". */
static int seg_title_after_hyphen(const seg_state *s, size_t w)
{
    const kg_token *t = &s->tok[w];
    size_t a = t->end, i, n;
    if (!(t->flags & KG_TOKF_HYPHEN))
        return 0;
    while (a > t->start && s->t[a - 1] != '-')
        a--;
    if (a == t->start)
        return 0;
    n = t->end - a;
    for (i = 0; i < SEG_COUNT(seg_titles); i++)
        if (strlen(seg_titles[i]) == n &&
            memcmp(s->t + a, seg_titles[i], n) == 0)
            return 1;
    return 0;
}

/* The next word after an opening quote or bracket. */
static size_t seg_skip_openers(const seg_state *s, size_t ti)
{
    while (ti + 1 < s->ntok && s->tok[ti].kind == KG_TOK_PUNCT &&
           seg_is_opener_cp(seg_tok_cp(s, ti)))
        ti++;
    return ti;
}

static int seg_starts_upper(const seg_state *s, size_t ti)
{
    ti = seg_skip_openers(s, ti);
    return seg_is_upper(seg_tok_cp(s, ti));
}

static int seg_is_starter(const seg_state *s, size_t ti)
{
    ti = seg_skip_openers(s, ti);
    return seg_tok_in(s, ti, seg_starters, SEG_COUNT(seg_starters));
}

/* Words that open a sentence elsewhere but, right after an initialism in
 * copy that capitalises the word after one, go on with the sentence: a
 * preposition or a time word after the country as object ("exports to
 * the U.S. In May rose", "asked the U.S. For a supercomputer", "visits
 * the U.S. On April 19", "sales in the U.S. Last year").  In
 * reuters21578 such a word after an initialism was cut 81 times, 78 of
 * them inside a sentence. */
static const char *const seg_after_object[] = {
    "As",    "At",    "Earlier", "For",  "If",   "In",  "Last",
    "Later", "On",    "Since",   "So",   "This", "While"};

/* Verbs that take an object and then a clause ("sought to assure the
 * U.S. it is not trying", "persuade the U.S. that its policy is fair"):
 * after one and its object the capitalised word opens the clause.
 * Prefixes of the lower-case forms. */
static const char *const seg_tell_verbs[] = {
    "assur", "reassur", "tell",  "told",  "persuad", "convinc",
    "warn",  "inform",  "remind", "notif", "advis"};

/* Does the text capitalise the word after an initialism ("U.S. Officials
 * said", "to the U.S. In May")?  1987 wire copy does, through a whole
 * story; copy that writes one lower-case word after an initialism
 * anywhere ("U.S. officials") does not, and there a capital after one is
 * a sentence's.  Asked only after an initialism before a sentence
 * starter, once a document. */
static int seg_recased_after_initialism(seg_state *s)
{
    size_t ti;
    if (s->recased >= 0)
        return s->recased;
    s->recased = 1;
    for (ti = 0; ti + 1 < s->ntok; ti++)
        if (seg_tok_dotted(s, ti) && seg_is_upper(seg_tok_cp(s, ti)) &&
            s->tok[ti + 1].kind == KG_TOK_WORD &&
            !seg_attached(s, ti + 1) && seg_newlines_before(s, ti + 1) == 0 &&
            seg_is_lower_letter(seg_tok_cp(s, ti + 1))) {
            s->recased = 0;
            break;
        }
    return s->recased;
}

/* Is tok[ti] a word that starts with one of the n prefixes? */
static int seg_tok_has_prefix(const seg_state *s, size_t ti,
                              const char *const *list, size_t n)
{
    const kg_token *t = &s->tok[ti];
    size_t i, len;
    if (t->kind != KG_TOK_WORD)
        return 0;
    for (i = 0; i < n; i++) {
        len = strlen(list[i]);
        if (s->t[t->start] == list[i][0] && t->end - t->start >= len &&
            memcmp(s->t + t->start, list[i], len) == 0)
            return 1;
    }
    return 0;
}

/* The initialism tok[i] before the sentence starter tok[nx] (no quote
 * or bracket between): in copy that capitalises after an initialism,
 * does the sentence go on?  It does before a preposition or time word,
 * and after a verb of telling and its object ("assure [the] U.S."). */
static int seg_initialism_goes_on(seg_state *s, size_t i, size_t nx)
{
    size_t v;
    if (s->tok[nx].kind != KG_TOK_WORD || !seg_recased_after_initialism(s))
        return 0;
    if (seg_tok_in(s, nx, seg_after_object, SEG_COUNT(seg_after_object)))
        return 1;
    if (i == 0)
        return 0;
    v = i - 1;
    if (v > 0 && seg_tok_eq(s, v, "the"))
        v--;
    return seg_tok_has_prefix(s, v, seg_tell_verbs, SEG_COUNT(seg_tell_verbs));
}

/* The suffixes of a firm's name among seg_abbrevs. */
static const char *const seg_firm_suffixes[] = {"Bros", "Co",  "Corp",
                                                "Inc",  "Ltd", "Plc"};

/* Capitalised words that go on after a firm's suffix: more of the name
 * ("Samuel Montagu and Co. Ltd.", "Nikko Securities Co. International"),
 * the title of one of its officers ("Apple Inc. Chief Executive Tim
 * Cook said"), or, in copy that capitalises the word after an
 * abbreviation, a verb or a joining word ("Siemens Systems Inc. Has
 * raised its stake", "Acme Inc. And Zenith Corp"). */
static const char *const seg_after_firm[] = {
    "And", "Chairman", "Chief", "Co", "Corp", "Deputy", "Director",
    "Executive", "Had", "Has", "Inc", "International", "Is", "L.P.", "LP",
    "Limited", "Ltd", "Managing", "Of", "Or", "Plc", "President", "Said",
    "Says", "Senior", "Spokesman", "Spokeswoman", "To", "Vice", "Was",
    "Were", "Will", "Would"};

/* After a firm's suffix (tok[nx] follows it): a capitalised word opens a
 * sentence unless it goes on with the name ("said Ann Lee of Merrill
 * Lynch and Co. Orders will be strong", "was rated AA by Standard and
 * Poor's Corp. Salomon Brothers co-managed the deal", "acquired from
 * Oak Industries Inc. Terms were withheld"), and so does a quote ("said
 * an analyst at James Capel and Co. \"Once NEC cuts output, ...\""). */
static int seg_firm_ends(const seg_state *s, size_t nx)
{
    size_t w = seg_skip_openers(s, nx);
    if (w != nx) {
        int32_t q = seg_tok_cp(s, nx);
        if (q != '"' && q != 0x201C && q != 0x2018 && q != 0xAB)
            return 0; /* "Amoco Corp. (AN)" */
    }
    return seg_is_upper(seg_tok_cp(s, w)) &&
           (s->tok[w].kind != KG_TOK_WORD ||
            !seg_tok_in(s, w, seg_after_firm, SEG_COUNT(seg_after_firm)));
}

/*
 * Does a sentence end after the terminal group tok[i..k] (i: the first
 * terminal token or a dotted word; k: the last attached terminal or closer)
 * given that tok[k+1] exists and neither a paragraph break nor a
 * boilerplate edge lies between?
 */
static int
seg_terminal_ends(seg_state *s, size_t first, size_t i, size_t k)
{
    size_t nx = k + 1, j, dots = 0;
    int ellipsis = 0;

    if (seg_attached(s, nx))
        return 0; /* example.com, U.S.-led, 3.5: no space, no boundary */
    if (seg_tok_dotted(s, i)) {
        /* U.S. ends a sentence only before a likely sentence start;
         * lower-case e.g. and i.e. never do. */
        if (seg_is_lower_letter(seg_tok_cp(s, i)))
            return 0;
        /* (Reuters copy of 1987 capitalises the word after "U.S.":
         * "the U.S. And Japan will hold talks" is one sentence 233
         * times in reuters21578; a sentence opening "And" right after
         * an initialism is rare in any news) */
        if (seg_tok_eq(s, seg_skip_openers(s, nx), "And"))
            return 0;
        if (!seg_is_starter(s, nx))
            return 0;
        return !seg_initialism_goes_on(s, i, nx);
    }
    for (j = i; j <= k && seg_tok_terminal(s, j); j++) {
        int32_t cp = seg_tok_cp(s, j);
        if (cp == 0x2026)
            ellipsis = 1;
        else if (cp == '.')
            dots++;
    }
    if (dots >= 2)
        ellipsis = 1;
    if (ellipsis)
        return seg_starts_upper(s, nx);
    /* "1. Turkey votes": a list number opening its line */
    if (dots == 1 && j == i + 1 && i == first + 1 && seg_attached(s, i) &&
        s->tok[first].kind == KG_TOK_NUMBER &&
        s->tok[first].end - s->tok[first].start <= 2 &&
        (first == 0 || seg_newlines_before(s, first) > 0))
        return 0;
    if (dots == 1 && j == i + 1 && i > first && seg_attached(s, i) &&
        s->tok[i - 1].kind == KG_TOK_WORD) {
        size_t w = i - 1;
        if (seg_tok_in(s, w, seg_titles, SEG_COUNT(seg_titles)) ||
            seg_title_after_hyphen(s, w))
            return 0;
        if ((seg_tok_eq(s, w, "No") || seg_tok_eq(s, w, "Nos") ||
             seg_tok_in(s, w, seg_months, SEG_COUNT(seg_months)) ||
             seg_tok_in(s, w, seg_num_abbrevs, SEG_COUNT(seg_num_abbrevs))) &&
            s->tok[nx].kind == KG_TOK_NUMBER)
            return 0;
        if (seg_tok_in(s, w, seg_firm_suffixes, SEG_COUNT(seg_firm_suffixes)))
            return seg_firm_ends(s, nx);
        if (seg_tok_in(s, w, seg_abbrevs, SEG_COUNT(seg_abbrevs)))
            return seg_is_starter(s, nx);
        /* an initial: John F. Kennedy; not the last letter of a name
         * joined by '&' ("the biggest firm after AT&T. Consolidation
         * followed", "shares in M&S. \"Either way ...") */
        {
            size_t k1;
            int32_t first_cp = seg_cp(s, s->tok[w].start, &k1);
            if (seg_is_upper(first_cp) &&
                s->tok[w].start + k1 == s->tok[w].end &&
                !(w > first && seg_attached(s, w) &&
                  seg_tok_eq(s, w - 1, "&")))
                return seg_is_starter(s, nx);
        }
    }
    /* “Is a dictator running a runoff?” he asked. */
    if (seg_is_lower_letter(seg_tok_cp(s, seg_skip_openers(s, nx))))
        return 0;
    return 1;
}

/* Lower-case words after which a hard-wrapped line often breaks, but
 * a title rarely ends. */
static const char *const seg_continuers[] = {
    "a",     "an",  "and", "as",  "at",   "by",  "for", "from", "in",
    "into",  "of",  "on",  "or",  "that", "the", "to",  "with", "its",
    "their", "his", "her", "was", "were", "is",  "are", "has",  "have"};

/* A single line break after tok[k] (no final punctuation) ends the
 * sentence: a title, headline or list item, followed by a line that starts
 * with a capital. */
static int seg_newline_ends(const seg_state *s, size_t k)
{
    size_t nx = k + 1;
    int32_t last = seg_tok_cp(s, k), next;

    if (s->wrapped)
        return 0;
    if (s->tok[k].kind == KG_TOK_PUNCT) {
        switch (last) {
        case ',':
        case ';':
        case ':':
        case '(':
        case '[':
        case '{':
        case '-':
        case '/':
        case '&':
        case 0x2013:
        case 0x2014:
        case 0x201C:
        case 0x2018:
        case 0xAB:
            return 0;
        default:
            break;
        }
    }
    if (s->tok[k].kind == KG_TOK_WORD &&
        seg_tok_in(s, k, seg_continuers, SEG_COUNT(seg_continuers)))
        return 0;
    next = seg_tok_cp(s, nx);
    if (next == 0x2022 || next == 0xB7 || next == '*' || next == '-' ||
        next == 0x2013 || next == 0x2014)
        return 1; /* a list item */
    if (s->tok[nx].kind == KG_TOK_NUMBER &&
        s->tok[nx].end - s->tok[nx].start <= 2 && nx + 1 < s->ntok &&
        seg_attached(s, nx + 1) &&
        (seg_tok_eq(s, nx + 1, ".") || seg_tok_eq(s, nx + 1, ")")))
        return 1; /* a numbered list item: "2. Russia waits" */
    return seg_starts_upper(s, nx);
}

/* Hard-wrapped text (lines broken at a fixed width inside sentences): a
 * line ending in a lower-case word or comma followed by a line starting
 * in lower case, twice or more.  Then single line breaks are spaces. */
static int seg_detect_wrapped(const seg_state *s)
{
    size_t i, evidence = 0;
    for (i = 1; i < s->ntok; i++) {
        int32_t a, b;
        if (seg_newlines_before(s, i) != 1)
            continue;
        a = seg_tok_cp(s, i - 1);
        b = seg_tok_cp(s, i);
        if ((seg_is_lower_letter(a) || a == ',') && seg_is_lower_letter(b) &&
            ++evidence >= 2)
            return 1;
    }
    return 0;
}

static int
seg_push_sentence(seg_state *s, size_t first, size_t last, int headline)
{
    kg_sentence *st;
    if (s->nsent == s->capsent) {
        size_t cap = s->capsent ? s->capsent * 2 : 32;
        kg_sentence *p = realloc(s->sent, cap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        s->sent = p;
        s->capsent = cap;
    }
    st = &s->sent[s->nsent++];
    st->start = s->tok[first].start;
    st->end = s->tok[last].end;
    st->first_token = first;
    st->ntokens = last - first + 1;
    st->boilerplate = s->bp[first] >= 0;
    st->headline = headline;
    return KG_OK;
}

static void seg_assign_spans(seg_state *s)
{
    size_t i, sp = 0;
    for (i = 0; i < s->ntok; i++) {
        while (sp < s->nspan && s->span[sp].end <= s->tok[i].start)
            sp++;
        s->bp[i] = (sp < s->nspan && s->span[sp].start <= s->tok[i].start)
                       ? (int)sp
                       : -1;
    }
}

static int seg_sentences(seg_state *s)
{
    size_t first = 0, i = 0;
    int err;

    while (i < s->ntok) {
        size_t k = i;
        int term = 0, end = 0, nl;

        /* The length bound: end before the token that would pass it. */
        if (i > first &&
            s->tok[i].end - s->tok[first].start > KG_MAX_SENTENCE_BYTES) {
            if ((err = seg_push_sentence(s, first, i - 1, 0)) < 0)
                return err;
            first = i;
        }
        if (seg_tok_terminal(s, i) || seg_tok_dotted(s, i)) {
            term = 1;
            while (k + 1 < s->ntok && seg_attached(s, k + 1) &&
                   s->bp[k + 1] == s->bp[i] &&
                   s->tok[k + 1].kind == KG_TOK_PUNCT &&
                   (seg_tok_terminal(s, k + 1) ||
                    seg_is_closer_cp(seg_tok_cp(s, k + 1))) &&
                   s->tok[k + 1].end - s->tok[first].start <=
                       KG_MAX_SENTENCE_BYTES)
                k++;
        }
        if (k + 1 == s->ntok || s->bp[k + 1] != s->bp[k]) {
            end = 1;
        } else if ((nl = seg_newlines_before(s, k + 1)) >= 2) {
            end = 1;
        } else if (term) {
            end = seg_terminal_ends(s, first, i, k);
        } else if (nl == 1) {
            end = seg_newline_ends(s, k);
        }
        if (end) {
            /* a headline: the sentence has no final punctuation */
            int headline = !term;
            if (term && seg_tok_dotted(s, i) && k == i)
                headline = 0;
            if ((err = seg_push_sentence(s, first, k, headline)) < 0)
                return err;
            first = k + 1;
        }
        i = k + 1;
    }
    return KG_OK;
}

/* In copy that capitalises the word after an initialism (1987 Reuters:
 * "the U.S. And the European Community have put pressure on Japan",
 * "after U.S. Attacks on Iranian oil platforms", "force the U.S. To
 * re-examine"), a capitalised word right after one inside a sentence
 * owes its capital to the copy, not to a name: mark it, so that the
 * extractor may read it as the lower-case word it is.  Names stay
 * names there (the extractor decides). */
static void seg_mark_recased(seg_state *s)
{
    size_t i, ti;
    if (!s->ntok || !seg_recased_after_initialism(s))
        return;
    for (i = 0; i < s->nsent; i++) {
        const kg_sentence *se = &s->sent[i];
        for (ti = se->first_token + 1; ti < se->first_token + se->ntokens;
             ti++) {
            const kg_token *p = &s->tok[ti - 1];
            kg_token *t = &s->tok[ti];
            if (t->kind != KG_TOK_WORD || !(t->flags & KG_TOKF_CAP) ||
                (t->flags & KG_TOKF_ALLCAPS) || seg_attached(s, ti) ||
                seg_newlines_before(s, ti) > 0 || !seg_tok_dotted(s, ti - 1) ||
                !seg_is_upper(seg_tok_cp(s, ti - 1)) ||
                seg_scan_dotted(s, p->start) != p->end)
                continue;
            t->flags |= KG_TOKF_RECASED;
        }
    }
}

int kg_text__segment(const char *text, size_t len, kg_segmentation *out)
{
    seg_state s;
    size_t i;
    int err;

    memset(&s, 0, sizeof(s));
    s.recased = -1;
    memset(out, 0, sizeof(*out));
    if (len > UINT32_MAX)
        return KG_ELIMIT; /* token offsets are 32-bit */
    s.t = text;
    s.len = len;
    if ((err = seg_lines(&s)) < 0 || (err = seg_tokens(&s)) < 0)
        goto out;
    if (s.ntok) {
        s.bp = malloc(s.ntok * sizeof(*s.bp));
        if (!s.bp) {
            err = KG_ENOMEM;
            goto out;
        }
        seg_assign_spans(&s);
        s.wrapped = seg_detect_wrapped(&s);
        if ((err = seg_sentences(&s)) < 0)
            goto out;
        seg_mark_recased(&s);
    }
    out->tokens = s.tok;
    out->ntokens = s.ntok;
    out->sentences = s.sent;
    out->nsentences = s.nsent;
    for (i = 0; i < s.nsent; i++)
        if (s.sent[i].boilerplate)
            out->boilerplate++;
    s.tok = NULL;
    s.sent = NULL;
out:
    free(s.tok);
    free(s.sent);
    free(s.span);
    free(s.bp);
    return err;
}

void kg_segmentation_dispose(kg_segmentation *seg)
{
    if (!seg)
        return;
    free(seg->sentences);
    free(seg->tokens);
    memset(seg, 0, sizeof(*seg));
}
