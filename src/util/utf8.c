/*
 * utf8.c: validation, NFC, folding and character classes via utf8proc.
 * utf8proc_map() returns malloc'd memory; Debian's 2.8 has no
 * utf8proc_free(), so it goes back through free() here and only here.
 */
#include "utf8.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "kg/common.h"

size_t kg_utf8_decode(const char *s, size_t n, int32_t *cp)
{
    utf8proc_int32_t c;
    utf8proc_ssize_t k =
        utf8proc_iterate((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &c);
    if (k <= 0) {
        *cp = -1;
        return 1;
    }
    *cp = c;
    return (size_t)k;
}

static int utf8_dropped(int32_t cp)
{
    if (cp < 0x20)
        return cp != '\t' && cp != '\n' && cp != '\r';
    return cp == 0x7f || cp == 0xfffe || cp == 0xffff;
}

/* Report that in[in0..in1) became out[o0..o1) (offsets of the output
 * relative to where this call started writing). */
static int utf8_region(kg_utf8_map_cb cb,
                       void *payload,
                       size_t in0,
                       size_t in1,
                       size_t o0,
                       size_t o1)
{
    int err = cb(o0, in0, payload);
    return err < 0 ? err : cb(o1, in1, payload);
}

static int utf8_is_cont(const char *s, size_t i, size_t n)
{
    return i < n && ((unsigned char)s[i] & 0xC0) == 0x80;
}

/*
 * The cleaning of kg_utf8_clean, done in chunks so that every place where
 * the output stops following the input byte for byte is reported.  A
 * chunk is one character and the non-ASCII characters after it: NFC never
 * reaches across an ASCII character (ASCII characters are starters that
 * nothing composes onto), so chunk by chunk gives the text NFC of the
 * whole would.
 */
static int utf8_clean_chunks(
    const char *s, size_t n, kg_buf *out, kg_utf8_map_cb cb, void *payload)
{
    size_t base = out->len, i = 0;
    int err = KG_OK;

    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        size_t k = 1, j, o = out->len - base;
        int32_t cp = c;

        if (c < 0x80 && utf8_dropped(c)) {
            if ((err = utf8_region(cb, payload, i, i + 1, o, o)) < 0)
                return err;
            i++;
            continue;
        }
        if (c < 0x80) {
            /* a run of ASCII; its last character starts a chunk when
             * a non-ASCII character follows (e + U+0301) */
            j = i;
            while (j < n && (unsigned char)s[j] < 0x80 &&
                   !utf8_dropped((unsigned char)s[j]))
                j++;
            if (j < n && (unsigned char)s[j] >= 0x80)
                j--;
            if (j > i) {
                if ((err = kg_buf_put(out, s + i, j - i)) < 0)
                    return err;
                i = j;
                continue;
            }
        } else {
            k = kg_utf8_decode(s + i, n - i, &cp);
            if (cp < 0) {
                if ((err = kg_buf_put(out, "\xEF\xBF\xBD", 3)) < 0 ||
                    (err = utf8_region(cb, payload, i, i + 1, o, o + 3)) < 0)
                    return err;
                i++;
                continue;
            }
            if (utf8_dropped(cp)) {
                if ((err = utf8_region(cb, payload, i, i + k, o, o)) < 0)
                    return err;
                i += k;
                continue;
            }
        }
        j = i + k;
        while (j < n && (unsigned char)s[j] >= 0x80) {
            int32_t c2;
            size_t k2 = kg_utf8_decode(s + j, n - j, &c2);
            if (c2 < 0 || utf8_dropped(c2))
                break;
            j += k2;
        }
        if (j == i + 1) {
            if ((err = kg_buf_putc(out, (char)c)) < 0)
                return err;
        } else {
            utf8proc_uint8_t *nfc = NULL;
            utf8proc_ssize_t m = utf8proc_map(
                (const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(j - i),
                &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
            size_t in = j - i, mm, p = 0, q = 0;
            const char *r;
            if (m < 0)
                return m == UTF8PROC_ERROR_NOMEM ? KG_ENOMEM : KG_EUTF8;
            mm = (size_t)m;
            r = (const char *)nfc;
            if (mm == in && memcmp(r, s + i, in) == 0) {
                err = kg_buf_put(out, s + i, in);
            } else {
                /* narrow the changed region to the bytes that differ, on
                 * code-point boundaries of both sides */
                while (p < in && p < mm && r[p] == s[i + p])
                    p++;
                while (p > 0 &&
                       (utf8_is_cont(s + i, p, in) || utf8_is_cont(r, p, mm)))
                    p--;
                while (q < in - p && q < mm - p &&
                       r[mm - 1 - q] == s[j - 1 - q])
                    q++;
                while (q > 0 && (utf8_is_cont(s + i, in - q, in) ||
                                 utf8_is_cont(r, mm - q, mm)))
                    q--;
                err = kg_buf_put(out, r, mm);
                if (err == KG_OK)
                    err = utf8_region(cb, payload, i + p, j - q, o + p,
                                      o + mm - q);
            }
            free(nfc);
            if (err < 0)
                return err;
        }
        i = j;
    }
    return KG_OK;
}

/* Code points that NFC leaves as they are in any context: no canonical
 * decomposition that changes them, and no combining class, so nothing can
 * compose with them either (a combining mark after one is itself outside
 * these ranges and triggers normalisation). */
static int utf8_nfc_stable(int32_t cp)
{
    return cp < 0x300 ||                     /* Latin-1, Latin Ext-A/B */
           (cp >= 0x2010 && cp < 0x2028) ||  /* dashes, quotes, bullets */
           (cp >= 0x2030 && cp < 0x2060) ||  /* per mille, primes, ... */
           (cp >= 0x20A0 && cp < 0x20C0);    /* currency signs */
}

/* Are the 8 bytes at s all printable ASCII (0x20 to 0x7e), which the
 * ASCII runs below keep?  Eight at a time, without a branch a byte: the
 * byte loop was most of the reading of a story's text.  A byte below
 * 0x20 (or 0x80 and above) borrows into its top bit when 0x20 is taken
 * from it (hasless, Anderson's bit hacks); 0x7f is the zero byte of w ^
 * 0x7f. */
static int utf8_printable8(const char *s)
{
    const uint64_t ones = 0x0101010101010101ull, tops = ones << 7;
    uint64_t w, x;
    memcpy(&w, s, sizeof(w));
    x = w ^ (ones * 0x7f);
    return !(w & tops) && !((w - ones * 0x20) & ~w & tops) &&
           !((x - ones) & ~x & tops);
}

int kg_utf8_clean(
    const char *s, size_t n, int strict, kg_buf *out, size_t *invalid)
{
    return kg_utf8_clean_map(s, n, strict, out, invalid, NULL, NULL);
}

int kg_utf8_clean_map(const char *s,
                      size_t n,
                      int strict,
                      kg_buf *out,
                      size_t *invalid,
                      kg_utf8_map_cb cb,
                      void *payload)
{
    kg_buf tmp = KG_BUF_INIT;
    size_t i = 0, bad = 0;
    int err = KG_OK;
    int needs_nfc = 0, changed = 0;

    tmp.max = out->max;
    if ((err = kg_buf_grow(&tmp, n)) < 0)
        goto out;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp;
        size_t k;
        if (c < 0x80) {
            /* a run of plain ASCII is copied in one go (tmp has room for
             * all of s: nothing here grows beyond the input but U+FFFD) */
            size_t j = i;
            for (;;) {
                while (n - j >= 8 && utf8_printable8(s + j))
                    j += 8;
                if (j < n && (unsigned char)s[j] < 0x80 &&
                    !utf8_dropped((unsigned char)s[j])) {
                    j++;
                    continue;
                }
                break;
            }
            if (j > i) {
                if ((err = kg_buf_put(&tmp, s + i, j - i)) < 0)
                    goto out;
                i = j;
                continue;
            }
            changed = 1; /* a dropped control character */
            i++;
            continue;
        }
        k = kg_utf8_decode(s + i, n - i, &cp);
        if (cp < 0) {
            if (strict) {
                err = KG_EUTF8;
                goto out;
            }
            bad++;
            changed = 1;
            if ((err = kg_buf_put(&tmp, "\xEF\xBF\xBD", 3)) < 0)
                goto out;
            i += 1;
            continue;
        }
        if (!utf8_dropped(cp)) {
            if ((err = kg_buf_put(&tmp, s + i, k)) < 0)
                goto out;
            /* Only combining marks, Hangul jamo and a few singletons
             * change under NFC; text of Latin letters, curly quotes,
             * dashes and currency signs is NFC already, and normalising
             * every document cost the reading thread a third of its time
             * (perf, kg build -j 2). */
            if (!utf8_nfc_stable(cp))
                needs_nfc = 1;
        } else {
            changed = 1;
        }
        i += k;
    }
    if (invalid)
        *invalid += bad;
    if (!tmp.len && !changed) {
        err = kg_buf_put(out, "", 0);
        goto out;
    }
    if (needs_nfc) {
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)tmp.ptr,
                                          (utf8proc_ssize_t)tmp.len, &nfc,
                                          UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m < 0) {
            err = m == UTF8PROC_ERROR_NOMEM ? KG_ENOMEM : KG_EUTF8;
            goto out;
        }
        if ((size_t)m != tmp.len || memcmp(nfc, tmp.ptr, tmp.len) != 0)
            changed = 1;
        if (cb && changed) {
            free(nfc);
            err = kg_buf_grow(out, n);
            if (err == KG_OK)
                err = utf8_clean_chunks(s, n, out, cb, payload);
            goto out;
        }
        err = kg_buf_put(out, (const char *)nfc, (size_t)m);
        free(nfc);
    } else if (cb && changed) {
        err = kg_buf_grow(out, n);
        if (err == KG_OK)
            err = utf8_clean_chunks(s, n, out, cb, payload);
    } else {
        err = kg_buf_put(out, tmp.ptr ? tmp.ptr : "", tmp.len);
    }
out:
    /* utf8_clean_chunks appends nothing when every byte was dropped (a
     * lone control character), after out has grown: terminate it anyway */
    if (err == KG_OK && out->ptr)
        out->ptr[out->len] = '\0';
    kg_buf_dispose(&tmp);
    return err;
}

int kg_utf8_fold(const char *s, size_t n, kg_buf *out)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t k;
    size_t i;
    int ascii = 1;

    for (i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) {
            ascii = 0;
            break;
        }
    if (ascii) {
        /* Fast path: ASCII folds to lower case; no table lookups. */
        int err = kg_buf_grow(out, n);
        if (err < 0)
            return err;
        for (i = 0; i < n; i++) {
            char c = s[i];
            out->ptr[out->len++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
        }
        out->ptr[out->len] = '\0';
        return KG_OK;
    }
    k = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                     UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT |
                         UTF8PROC_CASEFOLD | UTF8PROC_IGNORE |
                         UTF8PROC_LUMP | UTF8PROC_STRIPMARK);
    if (k < 0)
        return k == UTF8PROC_ERROR_NOMEM ? KG_ENOMEM : KG_EUTF8;
    /* Turkish dotless i (U+0131) has no decomposition: fold it to i so
     * Kılıçdaroğlu meets Kilicdaroglu. */
    {
        int err = KG_OK;
        utf8proc_ssize_t j = 0;
        while (j < k && err == KG_OK) {
            if (j + 1 < k && m[j] == 0xC4 && m[j + 1] == 0xB1) {
                err = kg_buf_putc(out, 'i');
                j += 2;
            } else {
                err = kg_buf_putc(out, (char)m[j]);
                j++;
            }
        }
        free(m);
        return err;
    }
}

int kg_utf8_is_letter(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

int kg_utf8_is_upper(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

int kg_utf8_is_digit(int32_t cp)
{
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND;
}

int kg_utf8_is_punct(int32_t cp)
{
    utf8proc_category_t c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO) ||
           (c >= UTF8PROC_CATEGORY_SM && c <= UTF8PROC_CATEGORY_SO);
}

int kg_utf8_is_space(int32_t cp)
{
    if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
        cp == '\v')
        return 1;
    return cp > 0x7f && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS;
}

int kg_utf8_put_case(kg_buf *out, int32_t cp, int upper)
{
    utf8proc_uint8_t tmp[4];
    utf8proc_ssize_t k;
    cp = upper ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
    k = utf8proc_encode_char(cp, tmp);
    if (k <= 0)
        return KG_OK; /* not a code point: nothing to write */
    return kg_buf_put(out, (const char *)tmp, (size_t)k);
}

size_t kg_utf8_truncate(const char *s, size_t n)
{
    size_t k = n;
    /* Back up over continuation bytes to the start of the last sequence. */
    while (k > 0 && ((unsigned char)s[k - 1] & 0xC0) == 0x80)
        k--;
    if (k > 0 && (unsigned char)s[k - 1] >= 0xC0) {
        int32_t cp;
        size_t len = kg_utf8_decode(s + k - 1, n - (k - 1), &cp);
        if (cp >= 0 && k - 1 + len == n)
            return n;
        return k - 1;
    }
    return k == n ? n : k;
}
