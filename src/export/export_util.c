/*
 * export_util.c: number formatting, CAMEO quad classes and the provenance
 * JSON shared by the exporters.  Everything here is deterministic: the same
 * edge gives the same bytes.
 */
/* strfromd (ISO/IEC TS 18661-1, glibc 2.25) */
#define __STDC_WANT_IEC_60559_BFP_EXT__ 1

#include "export_util.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/common.h"

#include "../core/ctx_internal.h"
#include "../util/buf.h"

void kg_export__locale_begin(kg_export_locale *l)
{
    l->old = (locale_t)0;
    l->c = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
    if (l->c)
        l->old = uselocale(l->c);
}

void kg_export__locale_end(kg_export_locale *l)
{
    if (l->c) {
        uselocale(l->old);
        freelocale(l->c);
    }
    l->c = l->old = (locale_t)0;
}

/* The decimal digits of u into buf (NUL-terminated); returns their
 * number. */
static size_t util_utoa(char *buf, unsigned long long u)
{
    char tmp[24];
    size_t n = 0, i = 0;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n)
        buf[i++] = tmp[--n];
    buf[i] = '\0';
    return i;
}

int kg_export__fmt_double(char *buf, double v)
{
    int prec;

    buf[0] = '\0';
    if (!isfinite(v))
        return -1;
    if (v == 0.0)
        v = 0.0; /* no "-0" */
    /* Counts, degrees and communities are whole numbers: %.15g prints a
     * whole number under 1e15 as its digits, so write those directly
     * (snprintf and strtod were a tenth of the GraphML export). */
    if (v > -1e15 && v < 1e15 && v == (double)(long long)v) {
        long long k = (long long)v;
        if (k < 0)
            *buf++ = '-';
        util_utoa(buf, k < 0 ? 0ull - (unsigned long long)k
                             : (unsigned long long)k);
        return 0;
    }
    /* strfromd, not snprintf: the same digits, but in this process (some
     * library registers printf handlers) snprintf takes glibc's slow
     * positional path, a fifth of the GraphML export */
    for (prec = 15; prec <= 17; prec++) {
        strfromd(buf, KG_EXPORT_NUMLEN,
                 prec == 15 ? "%.15g" : prec == 16 ? "%.16g" : "%.17g", v);
        if (strtod(buf, NULL) == v)
            break;
    }
    return 0;
}

const char *kg_export__fmt_double_memo(kg_export_memo *memo, char *buf,
                                       double v)
{
    uint64_t bits;
    size_t i;

    if (!memo)
        return kg_export__fmt_double(buf, v) == 0 ? buf : NULL;
    memcpy(&bits, &v, sizeof(bits));
    i = (size_t)((bits * 0x9E3779B97F4A7C15ull) >> 55); /* 9 bits */
    if (!memo->used[i] || memo->bits[i] != bits) {
        if (kg_export__fmt_double(buf, v) < 0)
            return NULL; /* NaN or infinite: never kept */
        memcpy(memo->text[i], buf, KG_EXPORT_NUMLEN);
        memo->bits[i] = bits;
        memo->used[i] = 1;
    }
    return memo->text[i];
}

int kg_export__quad(const char *cameo)
{
    int root;

    if (!cameo || cameo[0] < '0' || cameo[0] > '9' || cameo[1] < '0' ||
        cameo[1] > '9')
        return 0;
    root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    if (root >= 1 && root <= 5)
        return 1;
    if (root >= 6 && root <= 8)
        return 2;
    if (root >= 9 && root <= 13)
        return 3;
    if (root >= 14 && root <= 20)
        return 4;
    return 0;
}

typedef struct util_color {
    const char *type, *color;
} util_color;

static const util_color util_node_colors[] = {
    {"Country", "#cfe2f3"},    {"Person", "#fff2cc"},
    {"Organization", "#d9ead3"}, {"Group", "#f4cccc"},
    {"Place", "#e6e0f8"},      {"MonetaryAmount", "#fce5cd"},
    {"Quantity", "#eeeeee"},   {"Percentage", "#eeeeee"},
    {"Date", "#eeeeee"},
};

const char *kg_export__node_color(const kg_node *n)
{
    size_t i;

    for (i = 0; n->type && i < sizeof(util_node_colors) /
                                   sizeof(util_node_colors[0]);
         i++)
        if (strcmp(n->type, util_node_colors[i].type) == 0)
            return util_node_colors[i].color;
    return n->is_value ? "#eeeeee" : "#ffffff";
}

const char *kg_export__quad_color(int quad)
{
    static const char *const colors[] = {
        "#757575", /* unknown: grey */
        "#2e7d32", /* 1 verbal cooperation: green */
        "#1565c0", /* 2 material cooperation: blue */
        "#ef6c00", /* 3 verbal conflict: orange */
        "#c62828", /* 4 material conflict: red */
    };
    return quad >= 1 && quad <= 4 ? colors[quad] : colors[0];
}

double kg_export__penwidth(double weight)
{
    double pen = 1.0;

    if (isfinite(weight) && weight > 0)
        pen = 1.0 + log1p(weight);
    return pen > 6.0 ? 6.0 : pen;
}

int kg_export__is_date(const char *s)
{
    int i, m, d;

    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
        return 0;
    for (i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
            return 0;
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

int kg_export__open(kg_ctx *ctx, kg_afile *af, const char *path)
{
    int err = kg_afile_open(af, path);

    if (err == KG_EIO)
        kg_ctx__error(ctx, err, "cannot create %s: %s", path, strerror(errno));
    else if (err < 0)
        kg_ctx__error(ctx, err, "out of memory writing %s", path);
    return err;
}

int kg_export__commit(kg_ctx *ctx, kg_afile *af, const char *path)
{
    int err = kg_afile_commit(af);

    if (err < 0)
        kg_ctx__error(ctx, err, "cannot write %s: %s", path, strerror(errno));
    return err;
}

int kg_export__write_error(kg_ctx *ctx, int err, const char *path)
{
    if (err == KG_ENOMEM)
        return kg_ctx__error(ctx, err, "out of memory writing %s", path);
    return kg_ctx__error(ctx, err, "cannot write %s: %s", path,
                         errno ? strerror(errno) : "write failed");
}

/*
 * The provenance JSON is written straight into a buffer, byte for byte as
 * cJSON_PrintUnformatted printed it before (cJSON 1.7.15: strings escape
 * \" \\ \b \f \n \r \t and other bytes under 0x20 as \u00xx; every other
 * byte, UTF-8 included, is copied): building a cJSON tree for each
 * mention and printing it was half of the GraphML export.
 */
int kg_export__json_str(kg_buf *b, const char *s)
{
    const char *run = s;
    int err;

    if (!s)
        return kg_buf_put(b, "null", 4);
    if ((err = kg_buf_putc(b, '"')) < 0)
        return err;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[8];
        const char *e = esc;
        size_t n = 2;

        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        switch (c) {
        case '"': e = "\\\""; break;
        case '\\': e = "\\\\"; break;
        case '\b': e = "\\b"; break;
        case '\f': e = "\\f"; break;
        case '\n': e = "\\n"; break;
        case '\r': e = "\\r"; break;
        case '\t': e = "\\t"; break;
        default:
            snprintf(esc, sizeof(esc), "\\u%04x", c);
            n = 6;
        }
        if ((err = kg_buf_put(b, run, (size_t)(s - run))) < 0 ||
            (err = kg_buf_put(b, e, n)) < 0)
            return err;
        run = s + 1;
    }
    if ((err = kg_buf_put(b, run, (size_t)(s - run))) < 0)
        return err;
    return kg_buf_putc(b, '"');
}

int kg_export__json_key(kg_buf *b, const char *key)
{
    int err;
    if ((err = kg_buf_putc(b, '"')) < 0 || (err = kg_buf_puts(b, key)) < 0)
        return err;
    return kg_buf_put(b, "\":", 2);
}

int kg_export__json_size(kg_buf *b, size_t v)
{
    char num[KG_EXPORT_NUMLEN];
    return kg_buf_put(b, num, util_utoa(num, v));
}

static int util_json_span(kg_buf *b, const char *key, size_t a, size_t z)
{
    int err;
    if ((err = kg_export__json_key(b, key)) < 0 ||
        (err = kg_buf_putc(b, '[')) < 0 ||
        (err = kg_export__json_size(b, a)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_size(b, z)) < 0)
        return err;
    return kg_buf_putc(b, ']');
}

static int util_prov_object(kg_buf *b, const kg_provenance *p,
                            kg_export_memo *memo)
{
    char num[KG_EXPORT_NUMLEN];
    const char *t;
    int err;

    if ((err = kg_buf_putc(b, '{')) < 0 ||
        (err = kg_export__json_key(b, "doc")) < 0 ||
        (err = kg_export__json_str(b, p->doc)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "sentence")) < 0 ||
        (err = kg_export__json_size(b, p->sentence)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "start")) < 0 ||
        (err = kg_export__json_size(b, p->start)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "end")) < 0 ||
        (err = kg_export__json_size(b, p->end)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = util_json_span(b, "subject", p->subj_start, p->subj_end)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = util_json_span(b, "relation", p->rel_start, p->rel_end)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = util_json_span(b, "object", p->obj_start, p->obj_end)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "text")) < 0 ||
        (err = kg_export__json_str(b, p->text)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "date")) < 0 ||
        (err = kg_export__json_str(b, p->date)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "attributed_to")) < 0 ||
        (err = kg_export__json_str(b, p->attributed_to)) < 0 ||
        (err = kg_buf_putc(b, ',')) < 0 ||
        (err = kg_export__json_key(b, "confidence")) < 0)
        return err;
    if (!(t = kg_export__fmt_double_memo(memo, num, p->confidence)))
        err = kg_buf_put(b, "null", 4);
    else
        err = kg_buf_puts(b, t);
    if (err < 0)
        return err;
    return kg_buf_putc(b, '}');
}

int kg_export__prov_json_memo(const kg_edge *e, kg_buf *out,
                              kg_export_memo *memo)
{
    size_t i;
    int err;

    if ((err = kg_buf_putc(out, '[')) < 0)
        return err;
    for (i = 0; i < e->nprov; i++) {
        if ((i && (err = kg_buf_putc(out, ',')) < 0) ||
            (err = util_prov_object(out, &e->prov[i], memo)) < 0)
            return err;
    }
    return kg_buf_putc(out, ']');
}

int kg_export__prov_json_buf(const kg_edge *e, kg_buf *out)
{
    return kg_export__prov_json_memo(e, out, NULL);
}

int kg_export__prov_json(const kg_edge *e, char **out)
{
    kg_buf b = KG_BUF_INIT;
    int err;

    *out = NULL;
    if ((err = kg_export__prov_json_buf(e, &b)) < 0) {
        kg_buf_dispose(&b);
        return err;
    }
    *out = kg_buf_detach(&b);
    return KG_OK;
}

void kg_export__json_free(char *s)
{
    free(s);
}
