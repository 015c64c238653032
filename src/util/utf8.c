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

int kg_utf8_clean(const char *s, size_t n, int strict, kg_buf *out,
                  size_t *invalid)
{
    kg_buf tmp = KG_BUF_INIT;
    size_t i = 0, bad = 0;
    int err = KG_OK;
    int needs_nfc = 0;

    tmp.max = out->max;
    if ((err = kg_buf_grow(&tmp, n)) < 0)
        goto out;
    while (i < n) {
        unsigned char c = (unsigned char)s[i];
        int32_t cp;
        size_t k;
        if (c < 0x80) {
            if (!utf8_dropped(c) && (err = kg_buf_putc(&tmp, (char)c)) < 0)
                goto out;
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
            if ((err = kg_buf_put(&tmp, "\xEF\xBF\xBD", 3)) < 0)
                goto out;
            i += 1;
            continue;
        }
        if (!utf8_dropped(cp)) {
            if ((err = kg_buf_put(&tmp, s + i, k)) < 0)
                goto out;
            /* Only combining marks and a few scripts change under NFC;
             * checking the quick-check property would be exact, but any
             * non-ASCII text is cheap enough to normalise. */
            needs_nfc = 1;
        }
        i += k;
    }
    if (invalid)
        *invalid += bad;
    if (!tmp.len) {
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
        err = kg_buf_put(out, (const char *)nfc, (size_t)m);
        free(nfc);
    } else {
        err = kg_buf_put(out, tmp.ptr, tmp.len);
    }
out:
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
