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
    if (!strcmp(w, "thousand"))
        return 1e3;
    if (!strcmp(w, "million") || !strcmp(w, "m") || !strcmp(w, "mn"))
        return 1e6;
    if (!strcmp(w, "billion") || !strcmp(w, "bn") || !strcmp(w, "b"))
        return 1e9;
    if (!strcmp(w, "trillion") || !strcmp(w, "tn"))
        return 1e12;
    return 0;
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
    if (!strcmp(w, "dollars") || !strcmp(w, "dollar"))
        return "USD";
    if (!strcmp(w, "euros") || !strcmp(w, "euro"))
        return "EUR";
    if (!strcmp(w, "pounds"))
        return "GBP";
    if (!strcmp(w, "rubles") || !strcmp(w, "roubles"))
        return "RUB";
    if (!strcmp(w, "lira") || !strcmp(w, "liras"))
        return "TRY";
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

static int ex_value_mention(ex_state *st, size_t t0, size_t t1, double value,
                            const char *unit, const char *type,
                            const char *prefix)
{
    ex_mention *m;
    char id[96];
    kg_entity *e;
    if (!(m = ex_add_mention(st, t0, t1, st->toks[t0].start,
                             st->toks[t1 - 1].end)))
        return KG_OK;
    e = &m->ent;
    e->is_value = 1;
    e->value = value;
    e->unit = unit;
    e->type = type;
    e->start = m->start;
    e->end = m->end;
    if (fabs(value) < 1e18 && value == floor(value))
        snprintf(id, sizeof(id), "%s_%s_%.0f", prefix, unit, value);
    else
        snprintf(id, sizeof(id), "%s_%s_%.6g", prefix, unit, value);
    for (char *p = id; *p; p++)
        if (*p == '+')
            *p = 'p';
    if (!(e->id = ex_strndup(st, id, strlen(id))) ||
        !(e->text = ex_strndup(st, st->doc->text + m->start,
                               m->end - m->start)))
        return KG_ENOMEM;
    e->label = e->text;
    return KG_OK;
}

int ex_find_values(ex_state *st)
{
    size_t i;
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
        if (ex_number(st, i, &v)) {
            j = i + 1;
            if (j < st->ntoks && (sc = ex_scale(st->toks[j].lower)) > 0) {
                v *= sc;
                j++;
            }
            if (j < st->ntoks && (unit = ex_currency_word(st->toks[j].lower))) {
                if ((err = ex_value_mention(st, i, j + 1, v, unit,
                                            "MonetaryAmount", "money")) < 0)
                    return err;
                i = j;
            } else if (j < st->ntoks && (ex_tok_punct(st, j, '%') ||
                                         ex_tok_is(st, j, "percent"))) {
                if ((err = ex_value_mention(st, i, j + 1, v, "percent",
                                            "Percentage", "pct")) < 0)
                    return err;
                i = j;
            }
        }
    }
    return KG_OK;
}

