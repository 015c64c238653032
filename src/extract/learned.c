/*
 * learned.c: a learned fallback coder for sentences the rules leave
 * without a coded event.
 *
 * "Seoul and Tokyo traded barbs over the disputed islets on Monday": both
 * actors are coded, no rule reads "traded barbs".  Each pair of coded
 * actor mentions of such a sentence is a candidate (the earlier one the
 * source, unless a passive "by" names it last).  Its features are words:
 * the words between the two (and their lemmas and bigrams), the first
 * open word after the source, the words around the target, markers of
 * negation, modals and speech, the actors' types.  The same function
 * computes them for training (KG_DUMP_FEATURES=FILE writes one line per
 * candidate, read by tools/learn/train_roots.py) and for use, so the two
 * never drift apart.  With a model (ontology/learned_roots.tsv) and
 * KG_OPT_LEARNED, the sentence's most probable candidate whose best root
 * passes the model's threshold becomes one relation of type "learned",
 * coded with the CAMEO root only ("11"), at half the probability as its
 * confidence, so users can tell it from a rule's event.
 *
 * The model: a multinomial logistic regression, one row per feature:
 *     feature<TAB>class:weight class:weight ...
 * after a "classes" line (NONE first), a "threshold" line and a "bias"
 * row; '#' lines are comments.  The parsed model is read-only.
 */
#include "learned.h"

#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "extract_internal.h"

/* ---- the model -------------------------------------------------------- */

typedef struct learned_weight {
    uint32_t cls;
    float w;
} learned_weight;

typedef struct learned_row {
    const char *feat; /* into data; NULL: empty slot */
    uint32_t first, n; /* weights[first .. first + n) */
} learned_row;

struct kg_learned {
    char *data; /* the file's text, cut in place */
    const char *classes[KG_LEARNED_MAX_CLASSES];
    size_t nclasses;
    double threshold;
    double bias[KG_LEARNED_MAX_CLASSES];
    learned_row *rows; /* open addressing, capacity a power of two */
    size_t caprows;
    learned_weight *weights;
    size_t nweights, capweights;
};

static uint64_t learned_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    return h;
}

/* The slot of feature f in m's table: its row, or the empty slot where
 * it would go (m->caprows, a power of two, is never full: twice the
 * file's lines). */
static learned_row *learned_slot(const kg_learned *m, const char *f)
{
    size_t mask = m->caprows - 1, i;
    for (i = learned_hash(f) & mask; m->rows[i].feat; i = (i + 1) & mask)
        if (!strcmp(m->rows[i].feat, f))
            break;
    return &m->rows[i];
}

static const learned_row *learned_find(const kg_learned *m, const char *f)
{
    const learned_row *row;
    if (!m->caprows)
        return NULL;
    row = learned_slot(m, f);
    return row->feat ? row : NULL;
}

static int learned_class(const kg_learned *m, const char *name, size_t len)
{
    size_t k;
    for (k = 0; k < m->nclasses; k++)
        if (strlen(m->classes[k]) == len && !memcmp(m->classes[k], name, len))
            return (int)k;
    return -1;
}

/* "01:0.53 11:-1.2": the weights of one row, appended to m->weights (or to
 * bias when bias is not NULL).  Returns KG_OK, KG_ENOMEM or KG_EPARSE. */
static int learned_weights(kg_learned *m, char *s, double *bias,
                           const char **why)
{
    while (*s) {
        char *colon, *end;
        double w;
        int cls;
        while (*s == ' ' || *s == '\t')
            s++;
        if (!*s)
            break;
        if (!(colon = strchr(s, ':')) ||
            (cls = learned_class(m, s, (size_t)(colon - s))) < 0) {
            *why = "weight of an unknown class";
            return KG_EPARSE;
        }
        errno = 0;
        w = strtod(colon + 1, &end);
        if (end == colon + 1 || errno ||
            (*end && *end != ' ' && *end != '\t')) {
            *why = "bad weight";
            return KG_EPARSE;
        }
        s = end;
        if (bias) {
            bias[cls] = w;
            continue;
        }
        if (m->nweights == m->capweights) {
            size_t ncap = m->capweights ? m->capweights * 2 : 1024;
            learned_weight *nw = realloc(m->weights, ncap * sizeof(*nw));
            if (!nw)
                return KG_ENOMEM;
            m->weights = nw;
            m->capweights = ncap;
        }
        m->weights[m->nweights].cls = (uint32_t)cls;
        m->weights[m->nweights++].w = (float)w;
    }
    return KG_OK;
}

static int learned_put(kg_learned *m, const char *feat, uint32_t first,
                       uint32_t n)
{
    learned_row *row = learned_slot(m, feat);
    if (row->feat)
        return KG_EPARSE;
    row->feat = feat;
    row->first = first;
    row->n = n;
    return KG_OK;
}

int kg_learned__parse(kg_learned **out, const char *text, size_t len,
                      char *err, size_t errlen)
{
    kg_learned *m = calloc(1, sizeof(*m));
    size_t nlines = 1, lineno = 0, i;
    const char *why = NULL;
    char *line, *next;
    int r = KG_OK, have_threshold = 0;

    *out = NULL;
    if (!m || !(m->data = malloc(len + 1))) {
        free(m);
        return KG_ENOMEM;
    }
    memcpy(m->data, text, len);
    m->data[len] = '\0';
    for (i = 0; i < len; i++)
        nlines += text[i] == '\n';
    for (m->caprows = 16; m->caprows < nlines * 2; m->caprows *= 2)
        ;
    if (!(m->rows = calloc(m->caprows, sizeof(*m->rows)))) {
        r = KG_ENOMEM;
        goto out;
    }
    for (line = m->data; line; line = next) {
        char *tab;
        lineno++;
        if ((next = strchr(line, '\n')) != NULL)
            *next++ = '\0';
        if (!*line || *line == '#')
            continue;
        if (!(tab = strchr(line, '\t'))) {
            why = "no tab";
            break;
        }
        *tab++ = '\0';
        if (!strcmp(line, "classes")) {
            char *c = tab, *sp;
            for (m->nclasses = 0; c && *c; c = sp) {
                if ((sp = strchr(c, '\t')) != NULL)
                    *sp++ = '\0';
                if (m->nclasses == KG_LEARNED_MAX_CLASSES) {
                    why = "too many classes";
                    break;
                }
                m->classes[m->nclasses++] = c;
            }
            if (!why && (m->nclasses < 2 || strcmp(m->classes[0], "NONE")))
                why = "classes must start with NONE and name a root";
        } else if (!m->nclasses) {
            why = "rows before the classes line";
        } else if (!strcmp(line, "threshold")) {
            char *end;
            m->threshold = strtod(tab, &end);
            if (end == tab || *end || m->threshold < 0 || m->threshold > 1)
                why = "threshold must be a number from 0 to 1";
            have_threshold = 1;
        } else if (!strcmp(line, "bias")) {
            r = learned_weights(m, tab, m->bias, &why);
        } else {
            size_t first = m->nweights;
            if ((r = learned_weights(m, tab, NULL, &why)) == KG_OK &&
                learned_put(m, line, (uint32_t)first,
                            (uint32_t)(m->nweights - first)) < 0)
                why = "feature listed twice";
        }
        if (why || r < 0)
            break;
    }
    if (!why && r == KG_OK && (!m->nclasses || !have_threshold)) {
        why = "no classes or threshold line";
        lineno = 0;
    }
    if (why) {
        if (lineno)
            snprintf(err, errlen, "line %zu: %s", lineno, why);
        else
            snprintf(err, errlen, "%s", why);
        r = KG_EPARSE;
    }
out:
    if (r < 0) {
        kg_learned__free(m);
        return r;
    }
    *out = m;
    return KG_OK;
}

int kg_learned__load(kg_learned **out, const char *path, char *err,
                     size_t errlen)
{
    FILE *fp = fopen(path, "rb");
    char *text = NULL;
    size_t len = 0, cap = 0, got;
    int r;

    *out = NULL;
    if (!fp) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return errno == ENOENT ? KG_ENOTFOUND : KG_EIO;
    }
    do {
        if (len + 65536 > cap) {
            char *nt = realloc(text, cap = cap * 2 + 65536);
            if (!nt) {
                free(text);
                fclose(fp);
                return KG_ENOMEM;
            }
            text = nt;
        }
        got = fread(text + len, 1, cap - len, fp);
        len += got;
    } while (got > 0);
    r = ferror(fp) ? KG_EIO : KG_OK;
    fclose(fp);
    if (r == KG_OK && (r = kg_learned__parse(out, text, len, err, errlen)) ==
                          KG_EPARSE) {
        char msg[256];
        snprintf(msg, sizeof(msg), "%s", err);
        snprintf(err, errlen, "%s: %s", path, msg);
    } else if (r == KG_EIO) {
        snprintf(err, errlen, "%s: cannot read", path);
    }
    free(text);
    return r;
}

void kg_learned__free(kg_learned *m)
{
    if (!m)
        return;
    free(m->data);
    free(m->rows);
    free(m->weights);
    free(m);
}

double kg_learned__threshold(const kg_learned *m)
{
    return m->threshold;
}

void kg_learned__score(const kg_learned *m, const char *const *feats,
                       size_t n, const char **root_out, double *p_out)
{
    double s[KG_LEARNED_MAX_CLASSES] = {0}, top, sum = 0;
    size_t i, k, best = 1;

    for (k = 0; k < m->nclasses; k++)
        s[k] = m->bias[k];
    for (i = 0; i < n; i++) {
        const learned_row *row = learned_find(m, feats[i]);
        if (row)
            for (k = 0; k < row->n; k++)
                s[m->weights[row->first + k].cls] +=
                    m->weights[row->first + k].w;
    }
    top = s[0];
    for (k = 1; k < m->nclasses; k++) {
        if (s[k] > top)
            top = s[k];
        if (s[k] > s[best])
            best = k;
    }
    for (k = 0; k < m->nclasses; k++)
        sum += exp(s[k] - top);
    *root_out = m->classes[best];
    *p_out = exp(s[best] - top) / sum;
}

/* ---- the features of a candidate -------------------------------------- */

#define LEARN_MAX_FEATS 96
#define LEARN_FEAT_BYTES 4096
#define LEARN_MAX_GAP 30 /* tokens between the two actors */
#define LEARN_MAX_PAIRS 16

typedef struct learn_feats {
    char buf[LEARN_FEAT_BYTES];
    size_t len;
    const char *f[LEARN_MAX_FEATS];
    size_t n;
} learn_feats;

static void learn_add(learn_feats *lf, const char *a, const char *b)
{
    size_t la = strlen(a), lb = b ? strlen(b) : 0;
    char *p;
    if (lf->n == LEARN_MAX_FEATS || lf->len + la + lb + 1 > LEARN_FEAT_BYTES)
        return;
    p = lf->buf + lf->len;
    memcpy(p, a, la);
    if (lb)
        memcpy(p + la, b, lb);
    p[la + lb] = '\0';
    /* (a feature is one word of the dump line) */
    for (size_t k = 0; k < la + lb; k++)
        if (p[k] == ' ' || p[k] == '\t' || p[k] == '\n')
            p[k] = '_';
    lf->f[lf->n++] = p;
    lf->len += la + lb + 1;
}

/* The lemma candidates of token t other than the word itself
 * ("criticised": "criticis", "criticise"), each a feature "l:": the
 * lemmatiser cannot tell which is right, the model weighs them. */
static void learn_lemmas(ex_state *st, size_t t, learn_feats *lf)
{
    const char *l;
    size_t j;
    for (j = 1; j < 4 && (l = ex_lemma(t, j, st)) != NULL; j++)
        learn_add(lf, "l:", l);
}

/* "lx:19" when a relation entry of ontology/relations.tsv (any kind, verb
 * or noun) starts at token t, named by its CAMEO root ("lx:-" for an
 * entry with no code), with prefix pre ("lx:" between the actors, "lxa:"
 * after the later one): "Ankara accused Athens" holds "lx:11".  The
 * rules read the same lexicon and wrote nothing in the sentence (a
 * structure they do not know), but the entry's root carries across
 * wordings the training sentences never used. */
static void learn_lexicon(ex_state *st, size_t t, const char *pre,
                          learn_feats *lf)
{
    const kg_onto_relation *rel;
    char root[3] = "-";
    size_t ntok;
    if (st->toks[t].kind != KG_TOK_WORD ||
        !kg_onto__match_relation(st->onto, st->ntoks, t, -1, ex_lemma, st,
                                 &rel, &ntok))
        return;
    if (rel->cameo && strlen(rel->cameo) >= 2) {
        root[0] = rel->cameo[0];
        root[1] = rel->cameo[1];
        root[2] = '\0';
    }
    learn_add(lf, pre, root);
}

/* The word a feature names token t by: a mention as "M", punctuation as
 * itself, a word folded. */
static const char *learn_word(const ex_state *st, size_t t)
{
    if (st->toks[t].covered > 0)
        return "M";
    return st->toks[t].lower;
}

static const char *learn_type(const kg_entity *e)
{
    return e->type ? e->type : "none";
}

/* The agent part of an actor code ("RUSGOV" -> "GOV"), or "-". */
static const char *learn_agent(const kg_entity *e)
{
    size_t n = e->code ? strlen(e->code) : 0;
    return n >= 6 ? e->code + n - 3 : "-";
}

/* Is token b0, the later actor's first, preceded by "by" (over a
 * determiner) with a be-form between the actors (from a1): "Kabul was
 * criticised by Islamabad" names its source last. */
static int learn_passive(const ex_state *st, size_t a1, size_t b0)
{
    size_t k = b0, i;
    while (k > a1 && st->toks[k - 1].tag == KG_W_DET)
        k--;
    if (k == a1 || !ex_tok_is(st, k - 1, "by"))
        return 0;
    for (i = a1; i + 1 < k; i++)
        if (st->toks[i].tag == KG_W_AUX)
            return 1;
    return 0;
}

/* The features of the candidate whose earlier actor is ma (tokens
 * [a0, a1)) and later one mb ([b0, b1)), passive when mb is the source
 * (learn_passive), into lf. */
static void learn_features(ex_state *st, const ex_mention *ma,
                           const ex_mention *mb, int passive,
                           learn_feats *lf)
{
    size_t a0 = ma->t0, a1 = ma->t1, b0 = mb->t0, b1 = mb->t1, k, n;
    const char *prev = "A";
    char big[2 * KG_NLP_MAX_WORD + 8];
    int seen_head = 0, nments = 0;
    static const char *const dist[] = {"d:0", "d:1", "d:2", "d:3-4",
                                       "d:3-4", "d:5-8", "d:5-8", "d:5-8",
                                       "d:5-8"};

    lf->len = lf->n = 0;
    learn_add(lf, "bias", NULL);
    if (passive)
        learn_add(lf, "pass", NULL);
    learn_add(lf, "ta:", learn_type(&ma->ent));
    learn_add(lf, "tb:", learn_type(&mb->ent));
    learn_add(lf, "ca:", learn_agent(&ma->ent));
    learn_add(lf, "cb:", learn_agent(&mb->ent));
    /* "sa:1": the earlier actor opens its clause, no preposition before
     * it (ex_clause_subject), as a source does ("Seoul lodged a protest
     * with Tokyo"); "sa:0": it does not ("talks in Cairo with Israel") */
    learn_add(lf, ex_clause_subject(st, a1) == ma ? "sa:1" : "sa:0", NULL);
    n = b0 - a1;
    learn_add(lf, n < 9 ? dist[n] : n < 16 ? "d:9-15" : "d:16+", NULL);
    if (a0 > 0)
        learn_add(lf, "pre:", learn_word(st, a0 - 1));
    else
        learn_add(lf, "pre:^", NULL);
    if (a1 < b0)
        learn_add(lf, "ap:", learn_word(st, a1));
    if (b0 > a1)
        learn_add(lf, "bp:", learn_word(st, b0 - 1));
    if (b0 > a1 + 1)
        learn_add(lf, "bpp:", learn_word(st, b0 - 2));
    for (k = a1; k < b0; k++) {
        const ex_tok *t = &st->toks[k];
        const char *w = learn_word(st, k);
        if (t->covered > 0) {
            if (k == a1 || st->toks[k - 1].covered != t->covered) {
                nments++;
                learn_add(lf, "m:", learn_type(&st->ments[t->covered - 1].ent));
            }
        } else if (t->kind != KG_TOK_WORD) {
            learn_add(lf, "p:", w);
        } else {
            learn_add(lf, "w:", w);
            learn_lemmas(st, k, lf);
            learn_lexicon(st, k, "lx:", lf);
            if (t->tag == KG_W_NEG)
                learn_add(lf, "neg", NULL);
            else if (t->tag == KG_W_MODAL || t->tag == KG_W_FUTURE)
                learn_add(lf, "mod", NULL);
            else if (t->tag == KG_W_SPEECH)
                learn_add(lf, "say", NULL);
            else if (t->tag == KG_W_COND)
                learn_add(lf, "cond", NULL);
            else if (t->tag == KG_W_INTENT || t->tag == KG_W_THREAT)
                learn_add(lf, "intent", NULL);
            if (!seen_head && t->tag == KG_W_NONE && !ex_is_ly_adverb(st, k)) {
                seen_head = 1;
                learn_add(lf, "h:", w);
            }
        }
        if (k == a1 || st->toks[k].covered <= 0 ||
            st->toks[k - 1].covered != st->toks[k].covered) {
            snprintf(big, sizeof(big), "b:%s_%s", prev, w);
            learn_add(lf, big, NULL);
            prev = w;
        }
    }
    snprintf(big, sizeof(big), "b:%s_B", prev);
    learn_add(lf, big, NULL);
    learn_add(lf, nments == 0 ? "nm:0" : nments == 1 ? "nm:1" : "nm:2+",
              NULL);
    for (k = b1; k < st->ntoks && k < b1 + 3; k++) {
        learn_add(lf, k == b1 ? "a1:" : "a:", learn_word(st, k));
        if (st->toks[k].covered <= 0)
            learn_lexicon(st, k, "lxa:", lf);
    }
    if (b1 >= st->ntoks)
        learn_add(lf, "a1:$", NULL);
    for (k = 0; k < a0; k++)
        if (st->toks[k].tag == KG_W_COND) {
            learn_add(lf, "cond", NULL);
            break;
        }
    if (st->toks[a0].quote || st->toks[b0].quote)
        learn_add(lf, "q", NULL);
}

/* "Three Iraqis were killed when a car bomb struck a U.S. convoy": an
 * actor followed by a passive verb with no "by" before the other actor
 * (at token b0) is acted on by someone unnamed, no source.  (The code
 * books have few such sentences to learn it from; news has many.) */
static int learn_patient(const ex_state *st, size_t a1, size_t b0)
{
    size_t k = a1, i;
    while (k < b0 && (st->toks[k].tag == KG_W_AUX ||
                      st->toks[k].tag == KG_W_NEG ||
                      st->toks[k].tag == KG_W_MODAL ||
                      st->toks[k].tag == KG_W_FUTURE ||
                      ex_is_ly_adverb(st, k)))
        k++;
    if (k == a1 || k >= b0 || st->toks[k].kind != KG_TOK_WORD ||
        !ex_is_passive(st, k))
        return 0;
    for (i = k + 1; i < b0; i++)
        if (ex_tok_is(st, i, "by"))
            return 0;
    return 1;
}

/* Is the candidate told directly: its actors at most eight tokens apart,
 * with no punctuation and no verb of speech between ("Seoul lodged a
 * protest with Tokyo")?  Only such a candidate is coded: in news, a pair
 * farther apart, across a comma or a "said", is mostly two actors the
 * sentence names for other reasons ("a car bomb exploded near a police
 * patrol in Baghdad, killing 17, Iraqi officials said").  Read on the
 * features, as tools/learn/train_roots.py reads it (direct()). */
static int learn_direct(const learn_feats *lf)
{
    size_t k;
    int near = 0;
    for (k = 0; k < lf->n; k++) {
        const char *f = lf->f[k];
        if (!strncmp(f, "p:", 2) || !strcmp(f, "say"))
            return 0;
        if (!strcmp(f, "d:0") || !strcmp(f, "d:1") || !strcmp(f, "d:2") ||
            !strcmp(f, "d:3-4") || !strcmp(f, "d:5-8"))
            near = 1;
    }
    return near;
}

/* learn_direct read on the tokens [a1, b0) between the actors, before
 * any feature is built: the cheap test that spares the features of the
 * pairs the model would not code anyway. */
static int learn_direct_tokens(const ex_state *st, size_t a1, size_t b0)
{
    size_t k;
    if (b0 - a1 > 8)
        return 0;
    for (k = a1; k < b0; k++)
        if (st->toks[k].covered <= 0 &&
            (st->toks[k].kind != KG_TOK_WORD ||
             st->toks[k].tag == KG_W_SPEECH))
            return 0;
    return 1;
}

/* Is mention m a coded actor a candidate may hold? */
static int learn_actor(const ex_mention *m)
{
    return !m->dropped && !m->ent.is_value && m->ent.code && *m->ent.code &&
           m->ent.id;
}

/* One candidate's dump line: doc, sentence, the rules' coded events in the
 * sentence, source and target codes, features. */
static void learn_dump(FILE *fp, const ex_state *st, size_t si,
                       size_t ncoded, const kg_entity *src,
                       const kg_entity *tgt, const learn_feats *lf)
{
    char line[LEARN_FEAT_BYTES + 512];
    size_t len, k;
    int w = snprintf(line, sizeof(line), "%s\t%zu\t%zu\t%s\t%s\t",
                     st->doc->id ? st->doc->id : "-", si, ncoded, src->code,
                     tgt->code);
    if (w < 0 || (size_t)w >= sizeof(line))
        return;
    len = (size_t)w;
    for (k = 0; k < lf->n; k++) {
        size_t fl = strlen(lf->f[k]);
        if (len + fl + 2 >= sizeof(line))
            break;
        if (k)
            line[len++] = ' ';
        memcpy(line + len, lf->f[k], fl);
        len += fl;
    }
    line[len++] = '\n';
    /* (one call per line: with -j N the threads' lines do not mix) */
    fwrite(line, 1, len, fp);
}

int ex_learned_sentence(ex_state *st, const kg_sentence *s, size_t si,
                        size_t ncoded, kg_relation_cb cb, void *payload)
{
    const kg_learned *model = kg_ctx__learned(st->ctx);
    FILE *dump = kg_ctx__feature_dump(st->ctx);
    learn_feats lf;
    const ex_mention *best_src = NULL, *best_tgt = NULL;
    const char *best_root = NULL;
    double best_p = 0;
    size_t i, j, npairs = 0;
    kg_relation r;

    if (!dump && (!model || ncoded))
        return KG_OK;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *ma = &st->ments[i];
        if (!learn_actor(ma))
            continue;
        for (j = i + 1; j < st->nments && npairs < LEARN_MAX_PAIRS; j++) {
            const ex_mention *mb = &st->ments[j], *src, *tgt;
            const char *root;
            double p;
            int passive;
            if (!learn_actor(mb) || mb->t0 < ma->t1 ||
                mb->t0 - ma->t1 > LEARN_MAX_GAP ||
                !strcmp(ma->ent.code, mb->ent.code))
                continue;
            if (learn_patient(st, ma->t1, mb->t0))
                continue;
            /* (counted before the cheap test: the dump and the coder see
             * the same pairs) */
            npairs++;
            if (!dump && !learn_direct_tokens(st, ma->t1, mb->t0))
                continue;
            passive = learn_passive(st, ma->t1, mb->t0);
            src = passive ? mb : ma;
            tgt = passive ? ma : mb;
            learn_features(st, ma, mb, passive, &lf);
            if (dump)
                learn_dump(dump, st, si, ncoded, &src->ent, &tgt->ent, &lf);
            if (!model || ncoded || !learn_direct(&lf))
                continue;
            kg_learned__score(model, lf.f, lf.n, &root, &p);
            if (p > best_p) {
                best_p = p;
                best_root = root;
                best_src = src;
                best_tgt = tgt;
            }
        }
    }
    if (!best_root || best_p < kg_learned__threshold(model))
        return KG_OK;
    /* (one event at most: the sentence's likeliest pair) */
    memset(&r, 0, sizeof(r));
    r.doc = st->doc->id;
    r.sentence = si;
    r.start = s->start;
    r.end = s->end;
    r.text = ex_strndup(st, st->doc->text + s->start, s->end - s->start);
    i = best_src->end < best_tgt->end ? best_src->end : best_tgt->end;
    j = best_src->start > best_tgt->start ? best_src->start : best_tgt->start;
    if (j < i)
        j = i;
    r.rel_text = ex_strndup(st, st->doc->text + i, j - i);
    if (!r.text || !r.rel_text)
        return KG_ENOMEM;
    r.rel_start = i;
    r.rel_end = j;
    r.date = st->doc->date;
    r.subject = best_src->ent;
    r.object = best_tgt->ent;
    r.type = "learned";
    r.label = "learned event with";
    r.cameo = best_root;
    r.modality = "asserted";
    r.confidence = best_p / 2;
    return cb(&r, payload);
}
