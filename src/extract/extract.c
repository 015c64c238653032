/*
 * extract.c: mentions, values and relations of one document (fast path).
 *
 * Per sentence: tokens get match keys and closed-class tags; the gazetteer
 * finds entity mentions (longest match, capitalised words only); titles
 * glue "Turkish President" to the person they introduce; money and
 * percentages become value mentions; the relation lexicon finds triggers;
 * each trigger takes the nearest actor before it as subject and the actor
 * or value right after it (through the lexicon's preposition) as object,
 * with coordination split into one relation per object.  Negation and
 * modality come from closed-class cues between subject and trigger;
 * he/she/his/her resolve to the last person named in the document.
 *
 * Everything per document lives in one arena, reset when the document is
 * done; records handed to the callback point into it.
 */
#include "kg/extract.h"

#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ctx_internal.h"
#include "../nlp/lg.h"
#include "../nlp/nlp.h"
#include "../ontology/ontology.h"
#include "../text/segment.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/utf8.h"
#include "extract_internal.h"

/* Limits that keep one pathological sentence from costing more than a
 * bounded amount of work. */
#define EX_MAX_MENTIONS 256
#define EX_MAX_OBJECTS 8
#define EX_SUBJECT_WINDOW 40 /* tokens scanned back for a subject */
#define EX_OBJECT_SKIP 3     /* open-class words skipped before an object */
/* ... when they are plain words before the entry's preposition: "abandon
 * new global economic relations with", "rescheduled his annual mushroom
 * hunting trip in" */
#define EX_OBJECT_WORDS 4
#define EX_CUE_WINDOW 6      /* tokens before a trigger read for negation */
#define EX_OBJECT_PPS 2      /* phrases crossed inside an object's phrase */

/* ---- tokens ----------------------------------------------------------- */

/* The ontology's matchers on the current sentence's tokens (keys and
 * known copies as ex_prepare_tokens made them). */
static size_t ex_match_title(const ex_state *st, size_t i, const char **agent)
{
    return kg_onto__match_title(st->onto, st->keys, st->known, st->ntoks, i,
                                agent);
}

static size_t ex_match_title_country(const ex_state *st, size_t i,
                                     const char **agent, const char **country)
{
    return kg_onto__match_title_country(st->onto, st->keys, st->known,
                                        st->ntoks, i, agent, country);
}

static size_t ex_match_agent(const ex_state *st, size_t i, const char **agent)
{
    return kg_onto__match_agent(st->onto, st->keys, st->known, st->ntoks, i,
                                agent);
}

/* Gazetteer match at token i among the first n tokens (no acronym test). */
static int ex_match_name(const ex_state *st, size_t n, size_t i,
                         kg_onto_match *m)
{
    return kg_onto__match(st->onto, st->keys, st->known, NULL, n, i, m);
}

static int ex_is_open_quote(const char *s, size_t n)
{
    return n == 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0; /* “ */
}

static int ex_is_close_quote(const char *s, size_t n)
{
    return n == 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0; /* ” */
}

static int ex_is_quote(const ex_state *st, size_t i)
{
    const char *w = st->doc->text + st->toks[i].start;
    size_t n = st->toks[i].end - st->toks[i].start;
    return ex_is_open_quote(w, n) || ex_is_close_quote(w, n) ||
           (n == 1 && w[0] == '"');
}

static int ex_is_dash(const char *s, size_t n)
{
    return (n == 3 && (memcmp(s, "\xE2\x80\x93", 3) == 0 || /* – */
                       memcmp(s, "\xE2\x80\x94", 3) == 0)) || /* — */
           (n == 2 && memcmp(s, "--", 2) == 0);
}

int ex_tok_is(const ex_state *st, size_t i, const char *s)
{
    /* (the first byte settles most calls without a call to strcmp: these
     * checks run many times per token) */
    return i < st->ntoks && st->toks[i].lower[0] == s[0] &&
           strcmp(st->toks[i].lower, s) == 0;
}

/* Does token i end in "-ed" ("jailed", "freed")? */
static int ex_ends_ed(const ex_state *st, size_t i)
{
    size_t n = strlen(st->toks[i].lower);
    return n > 3 && !strcmp(st->toks[i].lower + n - 2, "ed");
}

/* Does token i end in "-ing" ("fighting", "clashing")? */
static int ex_ends_ing(const ex_state *st, size_t i)
{
    size_t n = strlen(st->toks[i].lower);
    return n > 4 && !strcmp(st->toks[i].lower + n - 3, "ing");
}

/* A sector with no country ("military", "government forces" in an
 * article that names none): code "---" + agent. */
static int ex_sector_only(const kg_entity *e)
{
    return e->code && !strncmp(e->code, "---", 3);
}

int ex_tok_punct(const ex_state *st, size_t i, char c)
{
    const ex_tok *t = &st->toks[i];
    return t->end - t->start == 1 && st->doc->text[t->start] == c;
}

static int ex_pronoun_is(const ex_tok *t, const char *const *list)
{
    for (; *list; list++)
        if (t->lower[0] == (*list)[0] && strcmp(t->lower, *list) == 0)
            return 1;
    return 0;
}

/* ---- cue words -------------------------------------------------------- */

/* Words without which a sentence-wide scan after the main one cannot
 * relate anything ("drew criticism from", "fired by"): one pass over the
 * sentence's tokens notes which of them it holds, and each of those scans
 * returns at once when its word is missing, as most sentences lack it.
 * A scan's guard names only words that it itself tests with ex_tok_is or
 * ex_pronoun_is (on the folded token, as here).  A scan taught a new word
 * must have its word noted here too ("in spite of" sets EX_CUE_DESPITE),
 * or it never sees the sentences that need it. */
enum {
    EX_CUE_BY = 1u << 0,
    EX_CUE_FROM = 1u << 1,
    EX_CUE_IN = 1u << 2,
    EX_CUE_FIRE = 1u << 3,
    EX_CUE_DESPITE = 1u << 4,
    EX_CUE_PROTEST = 1u << 5,
    EX_CUE_ALLEG = 1u << 6, /* "allege", "alleged", ...: a prefix */
    EX_CUE_BETWEEN = 1u << 7
};

/* ---- sports talk ------------------------------------------------------ */

/* Words that only sports reports use ("striker", "qualifier", "scored",
 * "World Cup").  National teams bear their country's name and clubs a
 * city's ("England beat Wales", "Celtic host Dundee United", "Italy
 * travel to Edinburgh", "Arsenal sealed a quarter-final trip to
 * Bolton"), so where such words are about, meeting, hosting, visiting,
 * clashing, warning and beating are fixtures, not diplomacy or force.
 * Only unambiguous words: "final", "goal", "win", "beat", "match",
 * "season", "penalty", "league", "club" and "team" are every day words
 * of politics too ("the final accord", "the Arab League", "the Paris
 * Club"), and "strikers" are also workers on strike. */
static int ex_sports_word(const char *w, size_t n)
{
    /* one list per first letter: asked for every word of every
     * document, so most words are settled by their first letter */
    static const char *const a_[] = {"athletics", "athlete", "athletes", NULL};
    static const char *const b_[] = {"batsman", NULL};
    static const char *const c_[] = {
        "cricket", "championship", "championships", "cup", "coach", NULL};
    static const char *const f_[] = {
        "football", "footballer", "footballers", "fixture", "fixtures",
        "fly-half", "full-back", NULL};
    static const char *const g_[] = {"golf", "goalkeeper", "goalless", NULL};
    static const char *const h_[] = {
        "header", "half-time", "hat-trick", "hurdles", NULL};
    static const char *const i_[] = {"innings", NULL};
    static const char *const j_[] = {"judo", NULL};
    static const char *const k_[] = {"kick-off", NULL};
    static const char *const m_[] = {
        "midfielder", "midfielders", "medal", NULL};
    static const char *const o_[] = {"olympics", NULL};
    static const char *const p_[] = {
        "premiership", "play-off", "play-offs", NULL};
    static const char *const q_[] = {
        "qualifier", "qualifiers", "quarter-final", "quarter-finals", NULL};
    static const char *const r_[] = {"rugby", "referee", NULL};
    static const char *const s_[] = {
        "soccer", "striker", "scored", "scorer", "semi-final", "semi-finals",
        "sprinter", "stadium", "seeded", "snooker", NULL};
    static const char *const t_[] = {
        "tennis", "tournament", "tie-break", "try-scorer", NULL};
    static const char *const w_[] = {"wicket", "wickets", "wimbledon", NULL};
    const char *const *list;
    size_t k, j;
    if (n < 3)
        return 0;
    switch (w[0] | 0x20) {
    case 'a':
        list = a_;
        break;
    case 'b':
        list = b_;
        break;
    case 'c':
        list = c_;
        break;
    case 'f':
        list = f_;
        break;
    case 'g':
        list = g_;
        break;
    case 'h':
        list = h_;
        break;
    case 'i':
        list = i_;
        break;
    case 'j':
        list = j_;
        break;
    case 'k':
        list = k_;
        break;
    case 'm':
        list = m_;
        break;
    case 'o':
        list = o_;
        break;
    case 'p':
        list = p_;
        break;
    case 'q':
        list = q_;
        break;
    case 'r':
        list = r_;
        break;
    case 's':
        list = s_;
        break;
    case 't':
        list = t_;
        break;
    case 'w':
        list = w_;
        break;
    default:
        return 0;
    }
    for (k = 0; list[k]; k++) {
        for (j = 0; j < n && (w[j] | 0x20) == list[k][j]; j++)
            ;
        if (j == n && list[k][n] == '\0')
            return 1;
    }
    return 0;
}

/* How many sports words (ex_sports_word) a whole document holds
 * make it a sports report: a politics story that names the World Cup
 * once is none, a match report holds many. */
#define EX_SPORTS_DOC 3

static int ex_sports_document(const kg_doc *doc, const kg_segmentation *seg)
{
    size_t k, n = 0;
    for (k = 0; k < seg->ntokens && n < EX_SPORTS_DOC; k++) {
        const kg_token *t = &seg->tokens[k];
        if (t->kind == KG_TOK_WORD &&
            ex_sports_word(doc->text + t->start, t->end - t->start))
            n++;
    }
    return n >= EX_SPORTS_DOC;
}

/* Does a code name a state's organ, an armed or insurgent group or an
 * intergovernmental body ("GBRGOV", "IGOUNO"): an actor whose acts stay
 * political even in sports talk ("Jack Straw urged the ECB to call off
 * the Zimbabwe tour")?  Bare country codes are teams in sports talk. */
static int ex_official_code(const char *code)
{
    static const char *const parts[] = {"GOV", "MIL", "COP", "JUD", "LEG",
                                        "SPY", "REB", "INS", "OPP", NULL};
    size_t k;
    if (!code || !*code)
        return 0;
    if (!strncmp(code, "IGO", 3))
        return 1;
    for (k = 0; parts[k]; k++)
        if (strstr(code, parts[k]))
            return 1;
    return 0;
}

/* ---- trade figures ---------------------------------------------------- */

/* Does the sentence report trade as a figure: a share ("pct", "percent",
 * "%") or an amount that moved on its own ("exports to the Community
 * rose seven pct", "Latin American exports to China grew 34%", "Japanese
 * exports to the EC totalled half of sales to the U.S.")?  Such a
 * statistic is no act of one actor toward another.  Only intransitive
 * verbs of change: "India increased its trade with Russia" and "pledged
 * to increase its investment in Pakistan" are acts; and none that
 * other acts use ("declined to comment", "dropped the charges"). */
static int ex_trade_figures(const ex_state *st)
{
    static const char *const words[] = {
        "pct",     "percent",  "%",       "rose",     "risen",   "fell",
        "fallen",  "grew",     "grown",   "jumped",   "climbed", "surged",
        "slumped", "plunged",  "slipped", "totalled", "totaled",
        "totalling", "totaling", NULL};
    size_t i;
    for (i = 0; i < st->ntoks; i++)
        if (ex_pronoun_is(&st->toks[i], words))
            return 1;
    return 0;
}

/* Is rel, read at token t, a noun of trade flows ("exports to",
 * "imports from", "trade with", "investment in"), which also names their
 * statistics?  ("exports to the Community rose" is read by the verb
 * entry too: "exports" and "imports" count either way.) */
static int ex_trade_noun(const ex_state *st, const kg_onto_relation *rel,
                         size_t t)
{
    if (!rel->cameo || strcmp(rel->cameo, "061") != 0)
        return 0;
    if (!strcmp(rel->pattern, "export") || !strcmp(rel->pattern, "import"))
        return rel->noun || ex_tok_is(st, t, "exports") ||
               ex_tok_is(st, t, "imports");
    return rel->noun && (!strcmp(rel->pattern, "trade") ||
                         !strcmp(rel->pattern, "investment"));
}

static void ex_note_cue_words(ex_state *st)
{
    size_t i;
    unsigned cues = 0;
    for (i = 0; i < st->ntoks; i++) {
        const char *w = st->toks[i].lower;
        switch (w[0]) {
        case 'a':
            if (!strncmp(w, "alleg", 5))
                cues |= EX_CUE_ALLEG;
            break;
        case 'b':
            if (!strcmp(w, "by"))
                cues |= EX_CUE_BY;
            else if (!strcmp(w, "between"))
                cues |= EX_CUE_BETWEEN;
            break;
        case 'd':
            if (!strcmp(w, "despite"))
                cues |= EX_CUE_DESPITE;
            break;
        case 's':
            if (!strcmp(w, "spite")) /* "in spite of" */
                cues |= EX_CUE_DESPITE;
            break;
        case 'f':
            if (!strcmp(w, "from"))
                cues |= EX_CUE_FROM;
            else if (!strcmp(w, "fire"))
                cues |= EX_CUE_FIRE;
            break;
        case 'i':
            if (!strcmp(w, "in"))
                cues |= EX_CUE_IN;
            break;
        case 'p':
            if (!strcmp(w, "protest"))
                cues |= EX_CUE_PROTEST;
            break;
        default:
            break;
        }
    }
    st->cue_words = cues;
    st->sports_sentence = 0;
    for (i = 0; i < st->ntoks && !st->sports_sentence; i++)
        st->sports_sentence = ex_sports_word(st->toks[i].lower,
                                             strlen(st->toks[i].lower));
}

/* Does the sentence hold every word of the EX_CUE_* bits cues? */
static int ex_has_cues(const ex_state *st, unsigned cues)
{
    return (st->cue_words & cues) == cues;
}

/* How many coded actor mentions (not dropped, not values) the sentence
 * has, counted up to at most. */
static size_t ex_coded_actors(const ex_state *st, size_t at_most)
{
    size_t k, n = 0;
    for (k = 0; k < st->nments && n < at_most; k++) {
        const ex_mention *m = &st->ments[k];
        n += !m->dropped && !m->ent.is_value && m->ent.code && *m->ent.code;
    }
    return n;
}

static const ex_mention *ex_mention_at(const ex_state *st, size_t t)
{
    int m = st->toks[t].covered;
    return m ? &st->ments[m - 1] : NULL;
}

/* A quote open where the sentence before ended goes on into sentence s
 * when the next quote mark closes one (“We will fight. We will win,” he
 * said): not when it opens a new quote, and not when none comes within
 * EX_QUOTE_LOOKAHEAD tokens (a quote left open by mistake). */
#define EX_QUOTE_LOOKAHEAD 200
static int ex_quote_goes_on(const ex_state *st, const kg_segmentation *seg,
                            const kg_sentence *s)
{
    size_t i, end = s->first_token + EX_QUOTE_LOOKAHEAD;
    for (i = s->first_token; i < seg->ntokens && i < end; i++) {
        const char *w = st->doc->text + seg->tokens[i].start;
        size_t n = seg->tokens[i].end - seg->tokens[i].start;
        if (ex_is_open_quote(w, n))
            return 0;
        if (ex_is_close_quote(w, n))
            return 1;
        /* a straight quote closes when it leans on the word before and
         * not on the one after (win," he said; not India"s, a stray
         * apostrophe); with a space before it, it opens one (a new
         * paragraph of the same speech reopens its quote) */
        if (n == 1 && w[0] == '"')
            return i > s->first_token &&
                   !(seg->tokens[i].flags & KG_TOKF_SPACE_BEFORE) &&
                   (i + 1 >= seg->ntokens ||
                    (seg->tokens[i + 1].flags & KG_TOKF_SPACE_BEFORE) ||
                    seg->tokens[i + 1].kind != KG_TOK_WORD);
    }
    return 0;
}

static int ex_prepare_tokens(ex_state *st, const kg_segmentation *seg,
                             const kg_sentence *s)
{
    size_t i, nt = 0, open_dash = (size_t)-1;
    int quote = 0, paren_depth = 0;
    const char *text = st->doc->text;
    kg_token *tk;

    /* A closing apostrophe belongs to its word ("Workers’ Party"), so
     * names in the gazetteer match across it. */
    tk = kg_arena_alloc(&st->arena, (s->ntokens ? s->ntokens : 1) *
                                        sizeof(*tk));
    if (!tk)
        return KG_ENOMEM;
    for (i = 0; i < s->ntokens; i++) {
        const kg_token *k = &seg->tokens[s->first_token + i];
        size_t n = k->end - k->start;
        int apos = (n == 1 && text[k->start] == '\'') ||
                   (n == 3 && memcmp(text + k->start, "\xE2\x80\x99", 3) == 0);
        if (apos && nt > 0 && tk[nt - 1].kind == KG_TOK_WORD &&
            tk[nt - 1].end == k->start &&
            (i + 1 == s->ntokens ||
             (seg->tokens[s->first_token + i + 1].flags &
              KG_TOKF_SPACE_BEFORE))) {
            tk[nt - 1].end = k->end;
            continue;
        }
        /* An initial keeps its period ("George W. Bush"), so the name
         * reads as one run of words: "W." has the key "w". */
        if (n == 1 && text[k->start] == '.' && nt > 0 &&
            tk[nt - 1].kind == KG_TOK_WORD && tk[nt - 1].end == k->start &&
            tk[nt - 1].end - tk[nt - 1].start == 1 &&
            text[tk[nt - 1].start] >= 'A' && text[tk[nt - 1].start] <= 'Z' &&
            i + 1 < s->ntokens &&
            seg->tokens[s->first_token + i + 1].kind == KG_TOK_WORD &&
            (seg->tokens[s->first_token + i + 1].flags & KG_TOKF_CAP)) {
            tk[nt - 1].end = k->end;
            continue;
        }
        tk[nt++] = *k;
    }
    st->ntoks = nt;
    /* one array for every sentence of the document: an ex_tok is about
     * 500 bytes, too many to keep for each token of a long document */
    if (nt > st->captoks || !st->toks) {
        size_t cap = nt > 64 ? nt : 64;
        ex_tok *p = realloc(st->toks, cap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        st->toks = p;
        st->captoks = cap;
    }
    /* every field but the lemma buffers, which are most of an ex_tok and
     * are read only below nlemmas (0: not computed yet): zeroing them
     * cost more than anything else done per token */
    for (i = 0; i < (nt ? nt : 1); i++) {
        char *t = (char *)&st->toks[i];
        memset(t, 0, offsetof(ex_tok, lemmas));
        memset(t + offsetof(ex_tok, nlemmas), 0,
               sizeof(ex_tok) - offsetof(ex_tok, nlemmas));
    }
    quote = st->quote_carried = st->quote_open && ex_quote_goes_on(st, seg, s);
    for (i = 0; i < nt; i++) {
        const kg_token *k = &tk[i];
        ex_tok *t = &st->toks[i];
        const char *w = text + k->start;
        size_t n = k->end - k->start, klen;
        int err;

        t->start = k->start;
        t->end = k->end;
        t->kind = k->kind;
        t->flags = k->flags;
        kg_buf_clear(&st->tmp);
        if ((err = kg_onto__token_key(w, n, &st->tmp)) < 0)
            return err;
        if (!(t->key = kg_arena_strndup(&st->arena, st->tmp.ptr ? st->tmp.ptr
                                                                : "",
                                        st->tmp.len)))
            return KG_ENOMEM;
        klen = st->tmp.len;
        kg_buf_clear(&st->tmp);
        if ((err = kg_utf8_fold(w, n, &st->tmp)) < 0)
            return err;
        /* Typographic apostrophes fold to ' through LUMP, so n’t = n't.
         * Most words fold to their key ("Turkey": "turkey"), and then one
         * copy serves both (neither is ever written). */
        if (st->tmp.len == klen &&
            (klen == 0 || memcmp(st->tmp.ptr, t->key, klen) == 0))
            t->lower = t->key;
        else if (!(t->lower = kg_arena_strndup(&st->arena,
                                               st->tmp.ptr ? st->tmp.ptr : "",
                                               st->tmp.len)))
            return KG_ENOMEM;
        t->tag = kg_nlp__tag(t->lower);
        /* quotes: “ opens, ” closes, " toggles */
        if (ex_is_open_quote(w, n)) {
            quote = 1;
        } else if (ex_is_close_quote(w, n)) {
            t->quote = 1;
            quote = 0;
            continue;
        } else if (n == 1 && w[0] == '"') {
            quote = !quote;
            t->quote = 1;
            continue;
        }
        t->quote = quote;
        if (n == 1 && w[0] == '(')
            paren_depth++;
        if (ex_is_dash(w, n)) {
            if (open_dash == (size_t)-1) {
                open_dash = i;
            } else {
                size_t j;
                for (j = open_dash; j <= i; j++)
                    st->toks[j].paren = 1;
                open_dash = (size_t)-1;
            }
        }
        t->paren = paren_depth > 0;
        if (n == 1 && w[0] == ')' && paren_depth > 0)
            paren_depth--;
    }
    st->quote_open = quote;
    st->keys = kg_arena_alloc(&st->arena, (nt + 1) * sizeof(*st->keys));
    st->known = kg_arena_alloc(&st->arena, (nt + 1) * sizeof(*st->known));
    if (!st->keys || !st->known)
        return KG_ENOMEM;
    for (i = 0; i < nt; i++) {
        st->keys[i] = st->toks[i].key;
        st->known[i] = kg_onto__key(st->onto, st->keys[i],
                                    strlen(st->keys[i]));
    }
    /* A short quoted phrase (“special relationship”) is a scare quote,
     * not speech: its words stay in the surrounding clause (not the end
     * of a quote carried over from the sentence before). */
    for (i = 0; i < nt;) {
        size_t j = i;
        if (!st->toks[i].quote) {
            i++;
            continue;
        }
        while (j < nt && st->toks[j].quote)
            j++;
        if (j - i <= 5 && !(i == 0 && st->quote_carried)) {
            size_t k;
            for (k = i; k < j; k++)
                st->toks[k].quote = 0;
        }
        i = j;
    }
    return KG_OK;
}

/* Lemma candidate j of token i, computed on first use. */
static const char *ex_lemma(size_t i, size_t j, void *payload)
{
    ex_state *st = payload;
    ex_tok *t;
    if (i >= st->ntoks)
        return NULL;
    t = &st->toks[i];
    if (t->kind != KG_TOK_WORD)
        return NULL;
    if (!t->nlemmas) {
        if (strlen(t->lower) >= KG_NLP_MAX_WORD)
            return NULL;
        t->nlemmas = kg_nlp__lemmas(t->lower, st->onto, t->lemmas);
    }
    return j < t->nlemmas ? t->lemmas[j] : NULL;
}

/* The lemmas of the sentence with the tokens [at, at + len) read as the
 * one word as (or as they are, when as is NULL) and a mention's tokens
 * [m0, m1) after them as one word (its last): "called on", "asked",
 * "appealed to" matched as "urge", whose lexicon entries say what is
 * asked ("urge * to step down"), "Syrian President Bashar al-Assad" as
 * one word a '*' absorbs; "pledged $2 billion in aid": the sum is one
 * word ("pledge * aid"). */
typedef struct ex_reread {
    ex_state *st;
    size_t at, len, m0, m1;
    const char *as;
} ex_reread;

static const char *ex_lemma_reread(size_t i, size_t j, void *payload)
{
    const ex_reread *u = payload;
    if (i == u->at && u->as)
        return j == 0 ? u->as : NULL;
    if (i > u->at) {
        i += u->len - 1;
        if (u->m1 > u->m0 && i > u->m0)
            i += u->m1 - u->m0 - 1;
    }
    return ex_lemma(i, j, u->st);
}

/* The lemmas of the sentence from the trigger at token at on, with each
 * multi-word actor or value mention and each noun phrase opened by an
 * article read as one word (its last): "ordered the ambassador of the
 * Democratic Republic of Congo to leave" is "order * to leave", "gave the
 * Taliban-led government in Kabul an ultimatum" "give * ultimatum" (a
 * '*' covers three words).  u[v] holds the real tokens [r0, r1) of the
 * v-th word after at. */
#define EX_COLLAPSE 16
typedef struct ex_collapse {
    ex_state *st;
    size_t at, n;
    size_t r0[EX_COLLAPSE], r1[EX_COLLAPSE];
} ex_collapse;

static const char *ex_lemma_collapse(size_t i, size_t j, void *payload)
{
    const ex_collapse *u = payload;
    if (i <= u->at)
        return ex_lemma(i, j, u->st);
    i -= u->at + 1;
    return i < u->n ? ex_lemma(u->r1[i] - 1, j, u->st) : NULL;
}

static const ex_mention *ex_mention_at(const ex_state *st, size_t i);

/* Fill u for the trigger at token at; the number of units that are more
 * than one token (0: the plain reading is the same). */
static size_t ex_collapse_init(ex_state *st, size_t at, ex_collapse *u)
{
    size_t k = at + 1, merged = 0;
    u->st = st;
    u->at = at;
    u->n = 0;
    while (k < st->ntoks && u->n < EX_COLLAPSE) {
        const ex_mention *m = ex_mention_at(st, k);
        const ex_tok *t = &st->toks[k];
        size_t e = k + 1;
        /* (the verb's phrase ends at a clause: "promised the World Trade
         * Organization it would reform" is no "promise * reform") */
        if (t->tag == KG_W_PRON || t->tag == KG_W_AUX ||
            t->tag == KG_W_MODAL || t->tag == KG_W_FUTURE ||
            t->tag == KG_W_SUB || t->tag == KG_W_SPEECH ||
            (t->kind == KG_TOK_PUNCT && !ex_tok_punct(st, k, '-') &&
             !ex_tok_is(st, k, "'s")))
            break;
        if (m && m->t0 == k && !m->dropped && m->t1 > k + 1) {
            e = m->t1;
        } else if (st->toks[k].tag == KG_W_DET) {
            /* "the Taliban-led government", "a one-week ultimatum": the
             * article, plain words, names and hyphens up to the head */
            size_t q = k + 1;
            while (q < st->ntoks && q < k + 8) {
                const ex_tok *w = &st->toks[q];
                const ex_mention *qm = ex_mention_at(st, q);
                if (qm && qm->t0 == q && !qm->dropped)
                    q = qm->t1;
                else if ((w->kind == KG_TOK_WORD && w->tag == KG_W_NONE) ||
                         w->kind == KG_TOK_NUMBER ||
                         (ex_tok_punct(st, q, '-') && q + 1 < st->ntoks &&
                          st->toks[q + 1].kind == KG_TOK_WORD))
                    q++;
                else
                    break;
            }
            /* (the head is a word: "the 2020" is no phrase) */
            if (q > k + 1 && st->toks[q - 1].kind == KG_TOK_WORD)
                e = q;
        }
        merged += e > k + 1;
        u->r0[u->n] = k;
        u->r1[u->n++] = e;
        k = e;
    }
    return merged;
}

/* A verb entry with a '*' that matches at token i only when long
 * actors and noun phrases after it are read as one word each; *rel and
 * the real token *end its match reaches.  0 when none. */
/* Is the v-th unit of u a phrase read as one word that is a coded actor,
 * its head a mention? */
static int ex_collapsed_actor(const ex_state *st, const ex_collapse *u,
                              size_t v)
{
    const ex_mention *m = ex_mention_at(st, u->r1[v] - 1);
    return u->r1[v] - u->r0[v] >= 2 && m && m->t1 == u->r1[v] &&
           !m->dropped && !m->ent.is_value && m->ent.code && *m->ent.code;
}

/* Is the v-th unit of u a sum of money read as one word, or an article
 * and such a sum ("approved a 140 mln dlr loan for India", "extended a
 * $2 billion credit line to Angola": the sum is the size of the thing
 * named after it, which the entry names)? */
static int ex_collapsed_sum(const ex_state *st, const ex_collapse *u,
                            size_t v)
{
    size_t k;
    for (k = u->r0[v]; k < u->r1[v]; k++) {
        const ex_mention *m = ex_mention_at(st, k);
        if (m && m->t0 == k && !m->dropped && m->ent.is_value &&
            m->ent.type && !strcmp(m->ent.type, "MonetaryAmount") &&
            m->t1 <= u->r1[v] && (m->t1 > m->t0 + 1 || u->r1[v] > k + 1))
            return 1;
    }
    return 0;
}

static int ex_match_collapsed(ex_state *st, size_t i,
                              const kg_onto_relation **rel, size_t *end)
{
    ex_collapse u;
    const kg_onto_relation *cr;
    size_t cn, v;
    if (!ex_collapse_init(st, i, &u))
        return 0;
    /* (with no such actor among all the units, none can be among those
     * an entry spans: the lexicon is not even asked) */
    for (v = 0; v < u.n && !ex_collapsed_actor(st, &u, v) &&
                !ex_collapsed_sum(st, &u, v);
         v++)
        ;
    if (v == u.n ||
        !kg_onto__match_relation(st->onto, i + 1 + u.n, i, 0,
                                 ex_lemma_collapse, &u, &cr, &cn) ||
        cr->noun || cn < 2 || !strchr(cr->pattern, '*'))
        return 0;
    /* (only when a phrase read as one word is a coded actor, its head
     * a mention: a plain noun phrase lets a '*' reach too far, "the
     * successful launch of the Agni II missile" is no "launch * missile",
     * "refusal to sign up to the Kyoto protocol" no treaty with Japan) */
    for (v = 0; v + 1 < cn && !ex_collapsed_actor(st, &u, v) &&
                !ex_collapsed_sum(st, &u, v);
         v++)
        ;
    if (v + 1 >= cn)
        return 0;
    *rel = cr;
    *end = u.r1[cn - 2];
    return 1;
}

/* The lemmas of the sentence with the n tokens from s0 left out ("agreed
 * [on Monday] to hold talks"). */
typedef struct ex_skipread {
    ex_state *st;
    size_t s0, n;
} ex_skipread;

static const char *ex_lemma_skip(size_t i, size_t j, void *payload)
{
    const ex_skipread *u = payload;
    return ex_lemma(i >= u->s0 ? i + u->n : i, j, u->st);
}

/* Does rel's pattern end in a word in "-ed" ("armed conflict" does not;
 * the surface "fired" of the pattern "rocket fire" would)? */
static int ex_pattern_ends_ed(const kg_onto_relation *rel)
{
    size_t n = strlen(rel->pattern);
    return n > 2 && !strcmp(rel->pattern + n - 2, "ed");
}

/* The number of words of rel's pattern ('*' counts). */
static size_t ex_pattern_words(const kg_onto_relation *rel)
{
    size_t n = 1;
    const char *p;
    for (p = rel->pattern; *p; p++)
        n += *p == ' ';
    return n;
}

/* The verb entry at token i read with the date phrase [i + 1, v) left
 * out, when it spans words past the date and has more words than than
 * (NULL: any); *ntok receives its tokens, the date's included. */
static const kg_onto_relation *ex_match_past_when(ex_state *st, size_t i,
                                                  size_t v,
                                                  const kg_onto_relation *than,
                                                  size_t *ntok)
{
    ex_skipread u;
    const kg_onto_relation *wr;
    size_t wn;
    u.st = st;
    u.s0 = i + 1;
    u.n = v - (i + 1);
    if (!kg_onto__match_relation(st->onto, st->ntoks - u.n, i, 0,
                                 ex_lemma_skip, &u, &wr, &wn) ||
        wr->noun || wn < 2 ||
        (than && ex_pattern_words(wr) <= ex_pattern_words(than)))
        return NULL;
    *ntok = wn + u.n;
    return wr;
}

/* ---- mentions --------------------------------------------------------- */

ex_mention *ex_add_mention(ex_state *st, size_t t0, size_t t1,
                                  size_t start, size_t end)
{
    ex_mention *m;
    if (st->nments == EX_MAX_MENTIONS)
        return NULL;
    m = &st->ments[st->nments++];
    memset(m, 0, sizeof(*m));
    m->t0 = t0;
    m->t1 = t1;
    m->start = start;
    m->end = end;
    return m;
}

const char *ex_strndup(ex_state *st, const char *s, size_t n)
{
    return kg_arena_strndup(&st->arena, s, n);
}

static const char *ex_concat(ex_state *st, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *p = kg_arena_alloc(&st->arena, na + nb + 1);
    if (!p)
        return NULL;
    memcpy(p, a, na);
    memcpy(p + na, b, nb + 1);
    return p;
}

/* Fill the public entity of an ontology mention. */
static int ex_fill_entity(ex_state *st, ex_mention *m, const char *agent)
{
    const kg_onto_entity *oe = m->oe;
    kg_entity *e = &m->ent;

    e->id = oe->id;
    e->label = oe->label;
    e->type = oe->type;
    e->country = oe->country;
    e->code = oe->code;
    e->start = m->start;
    e->end = m->end;
    if (!(e->text = ex_strndup(st, st->doc->text + m->start,
                               m->end - m->start)))
        return KG_ENOMEM;
    if (strcmp(oe->type, "Country") == 0 && m->kind == KG_NAME_METONYM) {
        /* Ankara, the Kremlin: the state acting through its government */
        if (!(e->code = ex_concat(st, oe->id, "GOV")))
            return KG_ENOMEM;
    } else if (oe->noffices > 0 || strcmp(oe->type, "Person") == 0) {
        const kg_onto_office *off = kg_onto__office(oe, st->doc->date);
        const char *cc, *ag;
        if (!off && st->doc->date && (off = kg_onto__office(oe, NULL)) &&
            !off->code)
            off = NULL; /* no office on that date: the home country, but
                           an official of a body only (Kofi Annan in 2016)
                           keeps the body's code */
        cc = off && off->country ? off->country : oe->country;
        ag = off && off->agent ? off->agent : agent;
        e->country = cc;
        if (off && off->code) {
            e->code = off->code;
        } else if (cc && ag) {
            if (!(e->code = ex_concat(st, cc, ag)))
                return KG_ENOMEM;
        } else {
            e->code = cc;
        }
    }
    return KG_OK;
}

/* Short names that two entities share (ontology/shared_names.tsv): "Congo"
 * is the Democratic Republic in news since 1997 and the Republic of Congo
 * before it or in a document that names only the Republic; "RSF" is
 * Reporters Without Borders, and the Rapid Support Forces in a document
 * about Sudan.  A document reads a name as its other entity when it holds
 * the name as written and is dated before the row's date, or names the
 * other entity by a cue and the usual one by none. */

/* Does the document's text hold s as written, outside every occurrence of
 * a longer name in except (NULL-terminated, or NULL) that s would be part
 * of ("Republic of the Congo" inside "Democratic Republic of the
 * Congo", where "Democratic Republic" names the usual state)? */
static int ex_doc_has_cue(const kg_doc *doc, const char *s,
                          const char *const *except)
{
    const char *p = doc->text, *end = doc->text + doc->len;
    size_t n = strlen(s);
    while (n && p + n <= end &&
           (p = memchr(p, s[0], (size_t)(end - p - n + 1))) != NULL) {
        int inside = 0;
        size_t k, d;
        if (memcmp(p, s, n) != 0) {
            p++;
            continue;
        }
        for (k = 0; except && except[k] && !inside; k++) {
            size_t len = strlen(except[k]);
            for (d = 1; d < len && d <= (size_t)(p - doc->text) && !inside;
                 d++)
                inside = p - d + len <= end &&
                         !memcmp(p - d, except[k], len);
        }
        if (!inside)
            return 1;
        p++;
    }
    return 0;
}

/* Which shared names this document reads as their other entity: bit k
 * for row k; *none: those it reads as no entity (a row marked neither =
 * none whose cues name neither entity, or both: "Korean" in a story that
 * names no Korea, or both). */
static uint64_t ex_shared_for_doc(const kg_onto *onto, const kg_doc *doc,
                                  uint64_t *none)
{
    uint64_t bits = 0;
    *none = 0;
    size_t k, c, n;
    const kg_onto_shared *sh = kg_onto__shared(onto, &n);
    for (k = 0; k < n; k++) {
        const kg_onto_shared *sn = &sh[k];
        int other = 0, usual = 0;
        if (!ex_doc_has_cue(doc, sn->name, sn->usual_cues))
            continue;
        if (sn->other_before && doc->date && strlen(doc->date) >= 10 &&
            strncmp(doc->date, sn->other_before, 10) < 0) {
            bits |= (uint64_t)1 << k;
            continue;
        }
        for (c = 0; sn->other_cues[c] && !other; c++)
            other = ex_doc_has_cue(doc, sn->other_cues[c], sn->usual_cues);
        for (c = 0; (other || sn->neither_none) && sn->usual_cues[c] && !usual;
             c++)
            usual = ex_doc_has_cue(doc, sn->usual_cues[c], NULL);
        if (other && !usual)
            bits |= (uint64_t)1 << k;
        else if (sn->neither_none && other == usual)
            *none |= (uint64_t)1 << k;
    }
    return bits;
}

/* The entity a match of a shared short name stands for in this
 * document, or NULL where the document reads it as no entity. */
static const kg_onto_entity *ex_shared_entity(const ex_state *st,
                                              const kg_onto_entity *oe,
                                              size_t i, size_t ntok)
{
    size_t k, n;
    const kg_onto_shared *sh;
    uint64_t any = st->shared_other | st->shared_none;
    if (!oe || !any)
        return oe;
    sh = kg_onto__shared(st->onto, &n);
    for (k = 0; k < n; k++) {
        const kg_onto_entity *alt;
        if (!(any & ((uint64_t)1 << k)) || ntok != sh[k].ntok ||
            strcmp(st->toks[i].key, sh[k].key) != 0 ||
            strcmp(oe->id, sh[k].usual) != 0)
            continue;
        if (st->shared_none & ((uint64_t)1 << k))
            return NULL;
        alt = kg_onto__entity(st->onto, sh[k].other);
        return alt ? alt : oe;
    }
    return oe;
}

/* Does the document speak of the former Yugoslavia (its states, its
 * wars' names)?  Then a court in The Hague is the Yugoslav tribunal. */
static int ex_yugoslav_story(const ex_state *st)
{
    static const char *const words[] = {"Yugoslav", "Serbia", "Serbs",
                                        "Bosnia",   "Croatia", "Kosovo",
                                        "Milosevic", "Karadzic", "Mladic",
                                        NULL};
    const char *t = st->doc->text;
    size_t k, n, p, len = st->doc->len;
    for (k = 0; words[k]; k++) {
        n = strlen(words[k]);
        for (p = 0; p + n <= len; p++)
            if (t[p] == words[k][0] && !memcmp(t + p, words[k], n))
                return 1;
    }
    return 0;
}

/* "the tribunal in The Hague", "the war crimes tribunal at The Hague",
 * "The Hague war crimes tribunal", "the court in The Hague" and "The
 * Hague court" in a story of the former Yugoslavia: the seat names the
 * court, not the Dutch state (The Hague is a seat of government in
 * countries.tsv).  It is the tribunal the gazetteer calls "Hague
 * tribunal" (ICTY, organizations.tsv).  A court there in other stories
 * stays as it is: Dutch courts sit there too (the district court, the
 * Business Appeal Court), as do the ICJ and the ICC.  Returns the
 * tribunal for a match of ntok tokens at i, with the tokens of the whole
 * name in [*from, *to), or NULL. */
static const kg_onto_entity *ex_hague_tribunal(const ex_state *st, size_t i,
                                               size_t ntok, size_t *from,
                                               size_t *to)
{
    size_t j;
    if (ntok != 2 || !ex_tok_is(st, i, "the") ||
        !ex_tok_is(st, i + 1, "hague"))
        return NULL;
    if (i >= 2 && (ex_tok_is(st, i - 1, "in") || ex_tok_is(st, i - 1, "at")) &&
        (ex_tok_is(st, i - 2, "tribunal") ||
         (ex_tok_is(st, i - 2, "court") && ex_yugoslav_story(st))) &&
        !st->toks[i - 2].covered && !st->toks[i - 1].covered) {
        *from = i - 2;
        *to = i + 2;
        return kg_onto__entity(st->onto, "ICTY");
    }
    /* "The Hague court", "The Hague war crimes tribunal" */
    j = i + 2;
    if (j + 1 < st->ntoks && ex_tok_is(st, j, "war") &&
        ex_tok_is(st, j + 1, "crimes"))
        j += 2;
    if (j < st->ntoks &&
        (ex_tok_is(st, j, "tribunal") ||
         (ex_tok_is(st, j, "court") && (j > i + 2 || ex_yugoslav_story(st))))) {
        *from = i;
        *to = j + 1;
        return kg_onto__entity(st->onto, "ICTY");
    }
    return NULL;
}

/* ---- groups and coreference ------------------------------------------ */

static int ex_same_id(const kg_entity *a, const kg_entity *b)
{
    return a && b && a->id && b->id && strcmp(a->id, b->id) == 0;
}

/* Add e to a memory list (most recent last; an old copy moves up). */
static void ex_memory_add(kg_entity *list, size_t *n, const kg_entity *e)
{
    size_t i;
    for (i = 0; i < *n; i++) {
        if (ex_same_id(&list[i], e)) {
            memmove(&list[i], &list[i + 1], (*n - i - 1) * sizeof(*list));
            (*n)--;
            break;
        }
    }
    if (*n == EX_MEMORY) {
        memmove(&list[0], &list[1], (EX_MEMORY - 1) * sizeof(*list));
        (*n)--;
    }
    list[(*n)++] = *e;
}

static size_t ex_unnamed_title(const ex_state *st, size_t at,
                               const char **agent);

/* "Brazil's federal police", "Iraq's Interior Ministry": one or two
 * modifiers between a country word and its group noun.  A modifier is a
 * listed word or an adjective by its ending, in lower case; or, before a
 * capitalised group noun (an institution's name), a capitalised word the
 * gazetteer does not know.  Returns the modifiers' length and sets *agent
 * and *n (the group noun's), or 0. */
static size_t ex_sector_modifiers(const ex_state *st, size_t at, int bare,
                                  const char **agent, size_t *n)
{
    static const char *const mods[] = {
        "federal", "state",   "special",  "riot",    "secret", "elite",
        "top",     "senior",  "local",    "former",  "main",   "ruling",
        "interim", "armed",   "own",      "new",     "young",  "striking",
        "anti-riot", "rights", "human",   "exiled",  "jailed", "detained",
        "angry",   "ordinary", "rank-and-file", "palace", "guard",
        /* the trade or workplace of a sector: "British rail workers",
         * "Greek public sector workers", "Nigerian oil workers" */
        "rail", "railway", "dock", "port", "steel", "coal", "oil", "auto",
        "car", "factory", "garment", "textile", "transport", "airline",
        "public", "sector", "health", "hospital", "postal", "power",
        "construction", "sugar", "cotton", "cocoa", "tea", "taxi", "bus",
        "truck", "airport", "school", "university", "hunger-striking",
        NULL};
    static const char *const ends[] = {"al", "ary", "ic", "ive", "ous",
                                       "ern", NULL};
    size_t k, caps = 0;
    for (k = 0; k < 3 && at + k < st->ntoks; k++) {
        const ex_tok *t = &st->toks[at + k];
        size_t len, e;
        int adj = 0;
        if (k > 0 && (*n = ex_match_agent(st, at + k, agent)) > 0) {
            /* an armed group's name is no state's forces: "Syrian
             * Democratic Forces", "Nicaraguan Democratic Force" */
            if (caps == 0 || ((t->flags & KG_TOKF_CAP) &&
                              strcmp(*agent, "MIL") != 0 &&
                              strcmp(*agent, "REB") != 0))
                return k;
            break;
        }
        if (k == 2 || t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
            !*t->key || (t->flags & KG_TOKF_ALLCAPS))
            break;
        if (t->flags & KG_TOKF_CAP) {
            kg_onto_match m;
            if (ex_match_name(st, st->ntoks, at + k, &m))
                break;
            /* (a model with a number, "Israeli F-35 jets", "Russian
             * Su-25 jets", names no group of its own) */
            if (!strpbrk(t->lower, "0123456789"))
                caps++;
            continue;
        }
        len = strlen(t->lower);
        for (e = 0; ends[e] && !adj; e++) {
            size_t el = strlen(ends[e]);
            adj = len > el + 2 && !strcmp(t->lower + len - el, ends[e]);
        }
        if (!adj && !ex_pronoun_is(t, mods))
            break;
        /* after a bare name, "-ed" and "-ing" are the verb: "Belarus
         * jailed opposition leader Maria Kolesnikova" (but "Belarus's
         * jailed opposition", "the Belarusian jailed opposition") */
        if (bare && (ex_ends_ed(st, at + k) ||
                     (len > 4 && !strcmp(t->lower + len - 3, "ing"))))
            break;
    }
    *n = 0;
    return 0;
}

static const kg_entity *ex_last_thing(const ex_state *st, size_t t,
                                      const kg_entity *not);
static const kg_onto_entity *ex_country_of(const ex_state *st,
                                           const char *id);
static const char *const ex_owners[] = {"its", "their", NULL};

static int ex_code_ends(const char *code, const char *agent);
static int ex_armed_code(const char *code);

/* A state's own organs, which belong to whoever owns them: its army,
 * police, courts, ministries, legislature, intelligence service. */
static int ex_state_organ(const char *agent)
{
    static const char *const organs[] = {"GOV", "MIL", "COP", "JUD",
                                         "LEG", "SPY", "GOVMIL", NULL};
    size_t k;
    for (k = 0; organs[k]; k++)
        if (!strcmp(organs[k], agent))
            return 1;
    return 0;
}

/* A people of organizations.tsv (the Kurds, the Rohingya): a group
 * coded as its country's civilians. */
static int ex_is_people(const kg_onto_entity *oe)
{
    size_t n = oe && oe->code ? strlen(oe->code) : 0;
    return n == 6 && !strcmp(oe->type, "Group") &&
           !strcmp(oe->code + 3, "CVL");
}

/* "Syria's Kurds", "its Kurds", "the Kurds of northern Iraq", "Rohingya
 * in Bangladesh": a people takes the country its sentence places it in,
 * named before it with a possessive or right after it with in/of (up to
 * two lower-case words between), and keeps the ontology's otherwise. */
static int ex_place_people(ex_state *st, ex_mention *m)
{
    static const char *const preps[] = {"in", "of", NULL};
    const kg_onto_entity *c = NULL;
    size_t j = m->t1, words = 0;
    kg_onto_match om;
    if (!ex_is_people(m->oe))
        return KG_OK;
    if (m->t0 > 0 && st->toks[m->t0 - 1].tag == KG_W_POSS &&
        ex_pronoun_is(&st->toks[m->t0 - 1], ex_owners)) {
        const kg_entity *e = ex_last_thing(st, m->t0 - 1, NULL);
        if (e && e->type && !strcmp(e->type, "Country"))
            c = ex_country_of(st, e->id);
    } else if (m->t0 > 1 && (ex_tok_is(st, m->t0 - 1, "'s") ||
                             ex_tok_is(st, m->t0 - 1, "s")) &&
               st->nments > 1 && st->ments[st->nments - 2].t1 == m->t0 - 1) {
        const ex_mention *pm = &st->ments[st->nments - 2];
        if (pm->oe && !strcmp(pm->oe->type, "Country"))
            c = pm->oe;
        else if (pm->oe && !strcmp(pm->oe->type, "Place"))
            c = ex_country_of(st, pm->oe->country);
    } else if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], preps)) {
        j++;
        if (st->toks[j].tag == KG_W_DET)
            j++;
        while (j < st->ntoks && words < 2 && st->toks[j].kind == KG_TOK_WORD &&
               st->toks[j].tag == KG_W_NONE &&
               !(st->toks[j].flags & KG_TOKF_CAP)) {
            j++;
            words++;
        }
        if (j < st->ntoks && (st->toks[j].flags & KG_TOKF_CAP) &&
            ex_match_name(st, st->ntoks, j, &om)) {
            if (!strcmp(om.entity->type, "Country"))
                c = om.entity;
            else if (!strcmp(om.entity->type, "Place"))
                c = ex_country_of(st, om.entity->country);
        }
    }
    if (!c || (m->ent.country && !strcmp(c->id, m->ent.country)))
        return KG_OK;
    m->ent.country = c->id;
    m->ent.code = ex_concat(st, c->id, "CVL");
    return m->ent.code ? KG_OK : KG_ENOMEM;
}

/* "Bosnian Serbs", "Croatian Serbs", "Turkish Cypriots", "Iraqi Kurds":
 * a country's adjective before a people named in the plural (another
 * country's plural demonym, or a people of organizations.tsv) is that
 * people living in the first country: its civilians (BIHCVL, as
 * Phoenix.agents codes ethnic groups CVL and as "Syria's Kurds" is
 * SYRCVL), not the second country (SRB) nor the first one's state.  The
 * two mentions become one (the last, m): a group node of its own per
 * people ("BIH_CVL_SRB": Bosnian Serbs and Bosnian Croats are not one
 * node), or the people's own node with the host's code.  "Bosnian Serb
 * forces" (a singular adjective before an agent) is left alone: whose
 * forces those are is not the host's.  So are citizens of nations named
 * by citizenship, where English puts the origin first: "Turkish
 * Cypriots", "Greek Cypriots", "Chinese Americans" are Cyprus's and the
 * United States' people. */
static int ex_host_people(ex_state *st, ex_mention *m)
{
    static const char *const citizens[] = {
        "americans", "canadians", "australians", "cypriots", "israelis",
        "britons",   "brazilians", "argentines", "argentinians",
        "mexicans",  NULL};
    ex_mention *pm;
    const char *w, *agent = NULL;
    const char *host;
    char id[64];
    size_t n;
    int people;
    if (st->nments < 2 || m != &st->ments[st->nments - 1] || !m->oe ||
        m->t1 != m->t0 + 1)
        return KG_OK;
    pm = &st->ments[st->nments - 2];
    if (pm->t1 != m->t0 || pm->dropped || pm->compound ||
        pm->kind != KG_NAME_DEMONYM || pm->t1 != pm->t0 + 1 || !pm->oe ||
        strcmp(pm->oe->type, "Country") != 0 || pm->oe == m->oe ||
        (st->toks[pm->t0].flags & KG_TOKF_HYPHEN))
        return KG_OK;
    w = st->toks[pm->t0].lower;
    n = strlen(w);
    if (n < 3 || w[n - 1] == 's') /* "Bosnians Serbs": no adjective */
        return KG_OK;
    people = ex_is_people(m->oe);
    w = st->toks[m->t0].lower;
    n = strlen(w);
    if (!people && (m->kind != KG_NAME_DEMONYM ||
                    strcmp(m->oe->type, "Country") != 0 || n < 4 ||
                    w[n - 1] != 's' ||
                    ex_pronoun_is(&st->toks[m->t0], citizens)))
        return KG_OK;
    if (ex_match_agent(st, m->t1, &agent))
        return KG_OK; /* "Iraqi Kurds fighters": left to the group noun */
    host = pm->oe->id;
    m->t0 = pm->t0;
    m->start = m->ent.start = pm->start;
    m->ent.text = ex_strndup(st, st->doc->text + m->start, m->end - m->start);
    m->ent.country = host;
    m->ent.code = ex_concat(st, host, "CVL");
    if (!people) {
        snprintf(id, sizeof(id), "%s_CVL_%s", host, m->oe->id);
        m->ent.id = ex_strndup(st, id, strlen(id));
        m->ent.label = m->ent.text;
        m->ent.type = "Group";
        m->oe = NULL;
        m->kind = EX_NAME_GROUP;
    }
    *pm = *m;
    st->nments--;
    return m->ent.text && m->ent.code && m->ent.id ? KG_OK : KG_ENOMEM;
}

/* Armed groups that took a state's government (organizations.tsv,
 * governs: the Taliban from 2021-08-15): in a document dated in such a
 * period, "the Taliban government", "Taliban authorities" and "the
 * Taliban-led government" are the state (the country's node, CCCGOV);
 * at other dates, and in undated documents, the group keeps its own code
 * (PETRARCH's AFGREB). */
/* Whether the part before "-led" in one hyphenated token can lend its
 * sector to the group noun after it: a country or a coded organisation
 * ("Saudi-led forces", "NATO-led troops"), not a party ("Labour-led
 * coalition") nor a people ("Kurdish-led forces": whose?). */
static int ex_leads_group(const ex_mention *m)
{
    return m->oe && m->oe->type &&
           (!strcmp(m->oe->type, "Country") ||
            (!strcmp(m->oe->type, "Organization") && m->oe->code)) &&
           !ex_is_people(m->oe);
}

/* The group mention m followed at token at by a government noun: m becomes
 * the state it rules.  Returns 1 when it did, 0 when not, or an error. */
static int ex_ruling_group(ex_state *st, ex_mention *m, size_t at)
{
    const char *agent = NULL;
    const kg_onto_entity *c;
    kg_entity *e = &m->ent;
    size_t n;
    if (!m->oe || !e->country || !kg_onto__governs(m->oe, st->doc->date))
        return 0;
    n = ex_match_agent(st, at, &agent);
    if (!n || !agent || strcmp(agent, "GOV") != 0 ||
        !(c = ex_country_of(st, e->country)))
        return 0;
    m->t1 = at + n;
    m->end = e->end = st->toks[m->t1 - 1].end;
    e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
    e->id = c->id;
    e->label = c->label;
    e->type = c->type;
    e->country = c->id;
    e->code = ex_concat(st, c->id, "GOV");
    m->kind = KG_NAME_METONYM;
    return e->text && e->code ? 1 : KG_ENOMEM;
}

static const char *const ex_market_nouns[] = {
    "exchange", "exchanges", "market",  "markets", "bourse",  "stock",
    "stocks",   "shares",    "traders", "dealers", "brokers", "futures",
    "bullion",  "metal",     "metals",  "money",   "interbank", NULL};

/* "Syrian refugees", "Swedish courts", "Turkish officials": a country word
 * and a group noun.  Government groups stand for the state (the country's
 * node, coded CCCGOV, as capitals are); other sectors become a group node
 * of their own, coded country + agent (SYRREF). */
static int ex_extend_group(ex_state *st, ex_mention *m)
{
    const char *agent = NULL;
    size_t n, end;
    kg_entity *e = &m->ent;
    char id[64];

    size_t at = m->t1;

    int org, place, people, person;
    const char *base;

    /* "the London market", "the Tokyo exchange", "Frankfurt dealers": a
     * capital before a noun of markets is where they trade, not the
     * state's government: the country's business sector (GBRBUS), as
     * "British banks" are */
    if (m->oe && m->kind == KG_NAME_METONYM &&
        !strcmp(m->oe->type, "Country") && at < st->ntoks &&
        st->toks[at].kind == KG_TOK_WORD &&
        !(st->toks[at].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[at], ex_market_nouns)) {
        snprintf(id, sizeof(id), "%s_BUS", m->oe->id);
        m->t1 = at + 1;
        m->end = e->end = st->toks[at].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        m->kind = EX_NAME_GROUP;
        e->id = ex_strndup(st, id, strlen(id));
        e->code = ex_concat(st, m->oe->id, "BUS");
        e->label = e->text;
        e->type = "Group";
        e->country = m->oe->id;
        return e->id && e->code && e->text ? KG_OK : KG_ENOMEM;
    }
    /* a capital or a seat of government stands for the state, also
     * before a possessive: "Washington's top negotiator", "Beijing's
     * envoy" act for the country as "China's envoy" does */
    if (!m->oe || (m->kind == KG_NAME_METONYM &&
                   !(at + 1 < st->ntoks && (ex_tok_is(st, at, "s") ||
                                            ex_tok_is(st, at, "'s")))))
        return KG_OK;
    /* "UN troops", "NATO forces": an organisation's sector too; "Gaza
     * militants", "Chechen rebels": the place's country's */
    org = strcmp(m->oe->type, "Organization") == 0 && m->oe->code;
    place = strcmp(m->oe->type, "Place") == 0 && m->oe->country;
    people = ex_is_people(m->oe) && e->country;
    /* "Saddam Hussein's forces", "Assad's army": a person's state organ
     * is the person's country's (the forces act, not the person) */
    person = strcmp(m->oe->type, "Person") == 0 &&
             ex_country_of(st, e->country) && e->code &&
             /* (a state's leader or commander, now or before: not "the
              * Dalai Lama's envoy") */
             (ex_code_ends(e->code, "GOV") || ex_code_ends(e->code, "MIL") ||
              ex_code_ends(e->code, "ELI")) &&
             at + 1 < st->ntoks &&
             (ex_tok_is(st, at, "s") || ex_tok_is(st, at, "'s"));
    if (m->kind == KG_NAME_PROPER) {
        int r = ex_ruling_group(st, m, at);
        if (r != 0)
            return r < 0 ? r : KG_OK;
    }
    if (strcmp(m->oe->type, "Group") == 0 && m->oe->code && !people &&
        m->kind == KG_NAME_PROPER &&
        (n = ex_match_agent(st, at, &agent)) > 0) {
        /* "Boko Haram militants", "Hamas fighters": an armed group's own
         * members; the group keeps its code (and its home country), the
         * noun only joins the mention */
        m->t1 = at + n;
        m->end = e->end = st->toks[m->t1 - 1].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        return e->text ? KG_OK : KG_ENOMEM;
    }
    if (strcmp(m->oe->type, "Country") != 0 && !org && !place && !people &&
        !person)
        return KG_OK;
    /* ("Rohingya refugees", "Kurdish fighters": a people's members of
     * that sector, in the country the people was placed in) */
    base = org                ? m->oe->code
           : place            ? m->oe->country
           : people || person ? e->country
                              : m->oe->id;
    /* "Turkey's opposition", "Iraq's national security adviser" */
    if (at + 1 < st->ntoks &&
        (ex_tok_is(st, at, "s") || ex_tok_is(st, at, "'s")))
        at++;
    n = ex_match_agent(st, at, &agent);
    if (!n) {
        size_t k = ex_sector_modifiers(
            st, at, m->kind == KG_NAME_PROPER && at == m->t1, &agent, &n);
        at += k;
    }
    if (person && (!n || !ex_state_organ(agent)))
        return KG_OK;
    if (!n && at > m->t1) {
        /* a title after the possessive, perhaps after two words ("top
         * nuclear negotiator"): the country acting through that office
         * (coded like its government, on the country's node) */
        size_t k = at, tl = 0;
        while (k < st->ntoks && k < at + 3 && !tl) {
            tl = ex_match_title(st, k, &agent);
            if (!tl && (st->toks[k].kind != KG_TOK_WORD ||
                        st->toks[k].tag != KG_W_NONE))
                break;
            if (!tl)
                k++;
        }
        if (!tl || !agent)
            return KG_OK;
        m->t1 = k + tl;
        m->end = e->end = st->toks[m->t1 - 1].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        e->code = ex_concat(st, base, agent);
        m->kind = KG_NAME_METONYM;
        return e->text && e->code ? KG_OK : KG_ENOMEM;
    }
    if (!n && at == m->t1 && (n = ex_unnamed_title(st, at, &agent)) > 0) {
        /* "the US commander in Iraq": the country acting through that
         * office, as after a possessive (coded like its government) */
        m->t1 = at + n;
        m->end = e->end = st->toks[m->t1 - 1].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        e->code = ex_concat(st, base, agent);
        m->kind = KG_NAME_METONYM;
        return e->text && e->code ? KG_OK : KG_ENOMEM;
    }
    if (!n)
        return KG_OK;
    m->t1 = at;
    /* "the Syrian refugees" but not "Turkey's opposition calls": the noun
     * follows the country word directly */
    m->t1 += n;
    if (strcmp(agent, "GOV") != 0 && m->t1 < st->ntoks) {
        /* "Armenian separatist forces", "Chechen rebel fighters": a group
         * noun used as the modifier of a fighting one keeps its own sector
         * (REB) and the mention takes the head, which the verb's subject
         * is read from (else "forces" is a group of no country).  Only
         * after a singular modifier: in "Syrian rebels force the army
         * out" the group noun is the subject and "force" a verb. */
        const char *a2 = NULL, *w = st->toks[m->t1 - 1].lower;
        size_t n2 = ex_match_agent(st, m->t1, &a2),
               wl = strlen(w);
        /* ("Maldivian opposition activists", "Iraqi police officials",
         * "Syrian student protesters": the modifier's sector too, the
         * head's words) */
        if (n2 && a2 && wl > 0 && w[wl - 1] != 's')
            m->t1 += n2;
    }
    end = st->toks[m->t1 - 1].end;
    m->end = e->end = end;
    if (!(e->text = ex_strndup(st, st->doc->text + m->start, end - m->start)))
        return KG_ENOMEM;
    if (strcmp(agent, "GOV") == 0) {
        const kg_onto_entity *c = person ? ex_country_of(st, base) : NULL;
        m->kind = KG_NAME_METONYM;
        if (c) {
            /* ("Erdogan's government": the state, on its node) */
            e->id = c->id;
            e->label = c->label;
            e->type = c->type;
            e->country = c->id;
        }
        return (e->code = ex_concat(st, base, "GOV")) ? KG_OK : KG_ENOMEM;
    }
    snprintf(id, sizeof(id), "%s_%s",
             place || people || person ? base : m->oe->id, agent);
    m->kind = EX_NAME_GROUP;
    e->id = ex_strndup(st, id, strlen(id));
    e->code = ex_concat(st, base, agent);
    e->label = e->text;
    e->type = "Group";
    e->country = people || person ? base
                 : org || place       ? m->oe->country
                                      : m->oe->id;
    return e->id && e->code ? KG_OK : KG_ENOMEM;
}

static const char *const ex_person_nouns[] = {
    "man", "woman", "leader", "president", "premier", "strongman",
    "politician", "incumbent", "prime", "head", NULL};

/* "US commander", "Lebanese army commander" (title words right at token
 * at, with no name after them: "US General David Petraeus" is the
 * person's title, glued by ex_glue_titles).  Nouns that name a person
 * ("the Russian president") are left to ex_definite_person.  Returns the
 * title's length and sets *agent, or 0. */
static size_t ex_unnamed_title(const ex_state *st, size_t at,
                               const char **agent)
{
    size_t tl, k;
    if (at >= st->ntoks)
        return 0;
    tl = ex_match_title(st, at, agent);
    if (!tl || !*agent)
        return 0;
    for (k = 0; ex_person_nouns[k]; k++)
        if (ex_tok_is(st, at, ex_person_nouns[k]))
            return 0;
    if (at + tl < st->ntoks && (st->toks[at + tl].flags & KG_TOKF_CAP))
        return 0;
    return tl;
}

/* "the Turkish man", "the Russian leader": the last person named from
 * that country, or nothing (the demonym then stays a country mention). */
static int ex_definite_person(ex_state *st, ex_mention *m)
{
    size_t i;
    const char *w;
    if (m->kind != KG_NAME_DEMONYM || m->t0 == 0 || m->t1 >= st->ntoks ||
        !ex_tok_is(st, m->t0 - 1, "the"))
        return KG_OK;
    w = st->toks[m->t1].lower;
    for (i = 0; ex_person_nouns[i]; i++)
        if (strcmp(w, ex_person_nouns[i]) == 0)
            break;
    if (!ex_person_nouns[i])
        return KG_OK;
    for (i = st->npeople; i-- > 0;) {
        const kg_entity *p = &st->people[i];
        if (p->country && strcmp(p->country, m->oe->id) == 0) {
            const char *text;
            m->t1++;
            m->end = st->toks[m->t1 - 1].end;
            text = ex_strndup(st, st->doc->text + m->start,
                              m->end - m->start);
            if (!text)
                return KG_ENOMEM;
            m->ent = *p;
            m->ent.text = text;
            m->ent.start = m->start;
            m->ent.end = m->end;
            m->kind = EX_NAME_COREF;
            return KG_OK;
        }
    }
    {
        /* no one of that country named yet: "the Turkish prime minister"
         * is the office, acting for the state (TURGOV) */
        const char *agent = NULL;
        size_t tl = ex_match_title(st, m->t1, &agent);
        if (!tl || !agent || (m->t1 + tl < st->ntoks &&
                              (st->toks[m->t1 + tl].flags & KG_TOKF_CAP)))
            return KG_OK;
        m->t1 += tl;
        m->end = m->ent.end = st->toks[m->t1 - 1].end;
        m->ent.text =
            ex_strndup(st, st->doc->text + m->start, m->end - m->start);
        m->ent.code = ex_concat(st, m->oe->id, agent);
        m->kind = KG_NAME_METONYM;
        return m->ent.text && m->ent.code ? KG_OK : KG_ENOMEM;
    }
}

/* The country the article is about so far: named most, at least twice. */
static const kg_onto_entity *ex_home_country(const ex_state *st)
{
    size_t k, best = 0, bestn = 1;
    int tie = 0;
    for (k = 0; k < st->ncountries; k++) {
        if (st->ncountry[k] > bestn) {
            bestn = st->ncountry[k];
            best = k;
            tie = 0;
        } else if (st->ncountry[k] == bestn && bestn > 1) {
            tie = 1;
        }
    }
    if (bestn < 2 || tie)
        return NULL;
    return kg_onto__entity(st->onto, st->countries[best]);
}

/* "opposition elements in Türkiye": the country a sector noun at token
 * j's left is placed in (up to two words, then in/of/from), else the
 * article's country (ex_home_country), or NULL. */
static const kg_onto_entity *ex_placed_country(const ex_state *st, size_t j);

static const kg_onto_entity *ex_named_country(const ex_state *st, size_t j)
{
    const kg_onto_entity *c = ex_placed_country(st, j);
    return c ? c : ex_home_country(st);
}

/* ex_named_country without the article's country: the country named
 * after a sector noun at token j's left ("banks in Brazil"), or NULL. */
static const kg_onto_entity *ex_placed_country(const ex_state *st, size_t j)
{
    static const char *const preps[] = {"in", "of", "from", NULL};
    size_t words = 0, hop;
    kg_onto_match m;
    /* ("women and girls in Darfur": a plain noun joined to the sector
     * noun by "and" is crossed too) */
    while (j < st->ntoks && words < 2 &&
           ((st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP)) ||
            (words == 0 && ex_tok_is(st, j, "and") && j + 1 < st->ntoks &&
             st->toks[j + 1].tag == KG_W_NONE &&
             !(st->toks[j + 1].flags & KG_TOKF_CAP)))) {
        j++;
        words++;
    }
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], preps)) {
        j++;
        /* "dissidents from military-ruled Myanmar", "civilians in the
         * town of Bucha": one more "of" phrase may name the place */
        for (hop = 0; hop < 2; hop++) {
            if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
                j++;
            for (words = 0; j < st->ntoks && words < 2 &&
                            st->toks[j].kind == KG_TOK_WORD &&
                            st->toks[j].tag == KG_W_NONE &&
                            !(st->toks[j].flags & KG_TOKF_CAP);
                 words++)
                j++;
            if (j < st->ntoks && (st->toks[j].flags & KG_TOKF_CAP) &&
                ex_match_name(st, st->ntoks, j, &m)) {
                if (!strcmp(m.entity->type, "Country"))
                    return m.entity;
                /* "rebels in Darfur": the place's country */
                if (!strcmp(m.entity->type, "Place"))
                    return kg_onto__entity(st->onto, m.entity->country);
            }
            if (hop || !words || j + 1 >= st->ntoks || !ex_tok_is(st, j, "of"))
                break;
            j++;
        }
    }
    return NULL;
}

/* "Russian crude oil": is mention m a demonym used as an adjective, a
 * lower-case word right after it? */
static int ex_demonym_adjective(const ex_state *st, const ex_mention *m)
{
    const ex_tok *k;
    if (m->kind != KG_NAME_DEMONYM || m->t1 >= st->ntoks)
        return 0;
    k = &st->toks[m->t1];
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP) && !k->mention;
}

/* "French car maker Peugeot", "two Indian cement firms", "US rival Grey
 * Global", "Israeli networks": is entity e a demonym that modifies, up
 * to two lower-case words on, a noun of business?  It names a company's
 * home, not the state as a party to the deal.  (A demonym right before
 * "firm" is already its country's business sector, XXXBUS.) */
static int ex_business_demonym(const ex_state *st, const kg_entity *e)
{
    static const char *const heads[] = {
        "maker",     "makers",    "carmaker", "carmakers", "firm",
        "firms",     "company",   "companies", "brewer",   "rival",
        "rivals",    "operator",  "operators", "networks", "insurer",
        "retailer",  "conglomerate", "airline", "airlines", "group",
        "giant",     "manufacturer", "manufacturers", NULL};
    size_t k, t;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->ent.start != e->start || m->ent.end != e->end)
            continue;
        if (!ex_demonym_adjective(st, m))
            return 0;
        for (t = m->t1; t < st->ntoks && t < m->t1 + 3; t++) {
            const ex_tok *w = &st->toks[t];
            if (w->kind != KG_TOK_WORD || (w->flags & KG_TOKF_CAP) ||
                w->mention)
                return 0;
            if (ex_pronoun_is(w, heads))
                return 1;
        }
        return 0;
    }
    return 0;
}

/* "Putin said his government", "her army": the country of the nearest
 * person before a "his" or "her" (or "his own") before the sector noun
 * at token i, or NULL when there is none in the sentence or it has no
 * country.  ("its" and "their" are ex_owner_country's, which gives them
 * only a state's own organs.) */
static int ex_is_office(const ex_state *st, const ex_mention *m);

static const kg_onto_entity *ex_person_possessor_country(const ex_state *st,
                                                         size_t i)
{
    static const char *const person[] = {"his", "her", NULL};
    size_t j = i, k;
    if (j > 1 && ex_tok_is(st, j - 1, "own"))
        j--;
    if (j == 0 || !ex_pronoun_is(&st->toks[--j], person))
        return NULL;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        const kg_entity *e = &m->ent;
        /* (or an office its holder stands for: "Vietnam's president said
         * his people") */
        if (m->t1 > j || m->dropped || e->is_value || !e->type ||
            (strcmp(e->type, "Person") != 0 && !ex_is_office(st, m)))
            continue;
        return e->country && *e->country
                   ? kg_onto__entity(st->onto, e->country)
                   : NULL;
    }
    return NULL;
}

/* "Danish police and army", "Chinese state media and government": a bare
 * state organ or media noun at token i right after "and" (or "or") that
 * follows a sector its country's name or adjective modifies shares that
 * modifier.  (Not other sectors, "Israeli police and protesters" may be
 * anyone's; not after an article, "the Danish police and the army".) */
static const kg_onto_entity *ex_shared_modifier_country(const ex_state *st,
                                                        size_t i,
                                                        const char *agent)
{
    size_t k, cl;
    if (i < 3 || !(ex_tok_is(st, i - 1, "and") || ex_tok_is(st, i - 1, "or")) ||
        !(ex_state_organ(agent) || !strcmp(agent, "MED")))
        return NULL;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        const kg_entity *e = &m->ent;
        if (m->t1 > i - 1 || m->dropped)
            continue;
        if (m->t1 != i - 1 || e->is_value || m->t1 < m->t0 + 2 ||
            !e->country || !e->code || (cl = strlen(e->country)) != 3 ||
            strlen(e->code) <= cl || strncmp(e->code, e->country, cl) != 0 ||
            (st->toks[m->t1 - 1].flags & KG_TOKF_CAP))
            return NULL;
        return ex_country_of(st, e->country);
    }
    return NULL;
}

/* A mention of an earlier entity through a common noun at token i:
 * "refugees" after "Syrian refugees", "the alliance" after NATO.  *used
 * receives the tokens consumed (0: none). */
/* "the war-torn country", "the impoverished nation": "the", one or two
 * lower-case adjectives from token i, then "country" or "nation" (not "of
 * X", which names it; not "the other country", "the host country").
 * Returns the tokens from i to the noun, or 0. */
static size_t ex_country_description(const ex_state *st, size_t i)
{
    static const char *const not_same[] = {
        "other", "another", "host", "home", "neighbouring", "neighboring",
        "each", "every", "third", "foreign", "whole", "two", "three",
        "both", "several", "many", "few", "various", "member", NULL};
    size_t k;
    if (i == 0 || !ex_tok_is(st, i - 1, "the"))
        return 0;
    for (k = i; k < st->ntoks && k < i + 3; k++) {
        const ex_tok *t = &st->toks[k];
        if (k > i && !(t->flags & KG_TOKF_CAP) &&
            (ex_tok_is(st, k, "country") || ex_tok_is(st, k, "nation")))
            return k + 1 < st->ntoks && ex_tok_is(st, k + 1, "of")
                       ? 0
                       : k + 1 - i;
        if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
            (t->flags & KG_TOKF_CAP) || ex_mention_at(st, k) ||
            ex_pronoun_is(t, not_same))
            return 0;
    }
    return 0;
}

/* A country entity of the ontology for id, or NULL. */
static const kg_onto_entity *ex_country_of(const ex_state *st,
                                           const char *id)
{
    const kg_onto_entity *oe = id ? kg_onto__entity(st->onto, id) : NULL;
    return oe && !strcmp(oe->type, "Country") ? oe : NULL;
}

/* Whose is the group noun at token i when a possessive stands before it
 * (perhaps with one or two lower-case modifiers between)?  "its troops",
 * "their own police": the country of the nearest earlier actor of the
 * sentence (France in "France said it would pull its troops out of
 * Mali": the troops are France's, wherever they are); "the country's
 * supreme court": the country last named (in this sentence, else
 * before it), else the article's.  agent is the group noun's.  NULL when
 * there is no such possessive or no country to give it; *poss is set when
 * a country was found. */
static const kg_onto_entity *ex_owner_country(const ex_state *st, size_t i,
                                              const char *agent, int *poss)
{
    const char *const *owners = ex_owners;
    const kg_onto_entity *c;
    size_t j = i, k;
    *poss = 0;
    while (j > 0 && i - j < 2 && st->toks[j - 1].kind == KG_TOK_WORD &&
           st->toks[j - 1].tag == KG_W_NONE &&
           !(st->toks[j - 1].flags & KG_TOKF_CAP) &&
           !ex_tok_is(st, j - 1, "s") && !ex_mention_at(st, j - 1))
        j--;
    for (; j < i && j > 0; j++)
        if (ex_pronoun_is(&st->toks[j - 1], owners) ||
            ex_tok_is(st, j - 1, "'s") || ex_tok_is(st, j - 1, "s"))
            break;
    if (j == 0)
        return NULL;
    if (ex_pronoun_is(&st->toks[j - 1], owners)) {
        /* a state's own organs: its army, police, courts, ministries
         * ("its creditor banks", "its workers" are not the state's; a
         * company's "its lawyers" and an unresolved "their" are left to
         * the usual reading) */
        const kg_entity *e = ex_last_thing(st, j - 1, NULL);
        c = ex_state_organ(agent) && e && e->type &&
                    (!strcmp(e->type, "Country") ||
                     (e->code && e->country &&
                      !strncmp(e->code, e->country, 3)))
                ? ex_country_of(st, e->country ? e->country : e->id)
                : NULL;
        *poss = c != NULL;
        return c;
    }
    if (j < 3 || !(ex_tok_is(st, j - 1, "'s") || ex_tok_is(st, j - 1, "s")) ||
        !(ex_tok_is(st, j - 2, "country") || ex_tok_is(st, j - 2, "nation")) ||
        !ex_tok_is(st, j - 3, "the"))
        return NULL;
    *poss = 1; /* (cleared below when no country is found) */
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        if (m->t0 >= j || m->dropped || m->ent.is_value)
            continue;
        if ((c = ex_country_of(st, m->ent.country)) != NULL)
            return c;
    }
    if (st->have_last_country)
        return ex_country_of(st, st->last_country.id);
    if (ex_home_country(st))
        return ex_home_country(st);
    /* "Brazil's federal police raided ... The country's supreme court":
     * named before only with its group */
    if (st->ngroups &&
        (c = ex_country_of(st, st->groups[st->ngroups - 1].country)) != NULL)
        return c;
    *poss = 0;
    return NULL;
}

/* A business noun at token i that the article's country does not own
 * (ex_named_country's fallback): one described as foreign to it
 * ("foreign firms", "creditor banks", "international banks": a debtor's
 * lenders are abroad), or one in apposition to a name ("Exxon, the
 * world's largest oil company," in a story about Sakhalin: the name says
 * whose it is, the story's place does not). */
static const ex_mention *ex_found_at(const ex_state *st, size_t t);
static int ex_not_a_name(const ex_state *st, size_t i);

static int ex_foreign_business(const ex_state *st, size_t i,
                               const ex_mention **appos,
                               const kg_onto_entity **owner)
{
    static const char *const foreign[] = {"foreign", "creditor",
                                          "international", "multinational",
                                          NULL};
    size_t k, lo = i > 7 ? i - 7 : 0;
    int word = 0; /* a word of foreign[] right before */
    *appos = NULL;
    *owner = NULL;
    for (k = i; k-- > lo;) {
        const ex_tok *t = &st->toks[k];
        const ex_mention *own = ex_found_at(st, k);
        if (own && k + 3 >= i) {
            /* "Japanese creditor banks" are Japan's */
            if (own->oe && !strcmp(own->oe->type, "Country"))
                *owner = own->oe;
            return 0;
        }
        if (ex_tok_is(st, k, "'s") || ex_tok_is(st, k, "s"))
            continue; /* "the world's largest" */
        if (word && (t->kind != KG_TOK_WORD || k + 3 < i))
            return 1;
        if (t->kind != KG_TOK_WORD) {
            /* "Exxon, the ...": a comma after an organisation's name (or
             * an unknown word opening the sentence, which kg leaves
             * unnamed), then an article ("In California, the company"
             * is no apposition) */
            const ex_mention *m;
            if (!ex_tok_punct(st, k, ',') || k == 0 || k + 1 >= i ||
                (!ex_tok_is(st, k + 1, "the") && !ex_tok_is(st, k + 1, "a") &&
                 !ex_tok_is(st, k + 1, "an")))
                return 0;
            m = ex_found_at(st, k - 1);
            if (!m && k == 1 && (st->toks[0].flags & KG_TOKF_CAP) &&
                !ex_not_a_name(st, 0))
                return 1;
            if (!m || m->t1 != k || !m->ent.type ||
                strcmp(m->ent.type, "Organization") != 0)
                return 0;
            *appos = m;
            return 1;
        }
        if (k + 3 >= i && ex_pronoun_is(t, foreign))
            word = 1;
    }
    return word;
}

/* Nouns of the law that "criminal" qualifies as an adjective. */
static const char *const ex_legal_nouns[] = {
    "investigation", "investigations", "probe",       "probes",
    "inquiry",       "charge",         "charges",     "case",
    "cases",         "proceedings",    "complaint",   "complaints",
    "court",         "courts",         "law",         "laws",
    "code",          "record",         "records",     "justice",
    "trial",         "prosecution",    "liability",   "responsibility",
    "offence",       "offense",        "offences",    "offenses",
    "inquiries",     "suit",           NULL};

static int ex_coref_noun(ex_state *st, size_t i, int opener, size_t *used)
{
    const kg_entity *target = NULL;
    const char *agent = NULL;
    size_t n = 0, k;
    ex_mention *m;

    *used = 0;
    if ((n = ex_match_agent(st, i, &agent)) > 0) {
        int poss, foreign = 0;
        const ex_mention *ap = NULL;
        const kg_onto_entity *owner = ex_owner_country(st, i, agent, &poss);
        static const char *const acts[] = {
            "action",   "operation", "operations", "offensive", "strike",
            "strikes",  "clashes",   "exercises",  "drills",    "aid",
            "assistance", "support", "cooperation", "ties",     "presence",
            "buildup",  "intervention", "crackdown", NULL};
        if (!opener && strcmp(agent, "GOV") != 0 && i + n < st->ntoks &&
            !(st->toks[i].flags & KG_TOKF_CAP) &&
            ex_pronoun_is(&st->toks[i + n], acts)) {
            /* "military strikes", "police action": a bare sector noun
             * before the act names its kind, no actor (whose act it is
             * the sentence says elsewhere: "Rwanda's threat to launch
             * military strikes") */
            *used = n;
            return KG_OK;
        }
        if (ex_tok_is(st, i, "criminal") && i + 1 < st->ntoks &&
            ex_pronoun_is(&st->toks[i + 1], ex_legal_nouns)) {
            /* "opened a criminal investigation", "faces criminal
             * charges": the law's kind, no criminal */
            *used = n;
            return KG_OK;
        }
        if (i > 0 && ex_tok_is(st, i, "force") &&
            (ex_tok_is(st, i - 1, "into") || ex_tok_is(st, i - 1, "in"))) {
            /* "the truce came into force", "sanctions remain in force",
             * "police arrived in force": in effect, in numbers; no
             * force of arms */
            *used = n;
            return KG_OK;
        }
        if (!poss && (owner = ex_person_possessor_country(st, i)) != NULL)
            poss = 1; /* "Putin said his government" */
        if (!poss &&
            (owner = ex_shared_modifier_country(st, i, agent)) != NULL)
            poss = 1; /* "Danish police and army" */
        if (strcmp(agent, "GOV") == 0) {
            /* "the government": the state named with it ("the
             * government of Sudan") or the article's; else whose?  (An
             * unnamed ---GOV node was tried: it cost the PETRARCH unit
             * suite 8 events and added 11 extras.) */
            const kg_onto_entity *home =
                poss ? owner : ex_named_country(st, i + n);
            kg_entity *g;
            if (!home || (st->toks[i + n - 1].flags & KG_TOKF_CAP && !opener))
                return KG_OK;
            if (!(g = kg_arena_calloc(&st->arena, 1, sizeof(*g))))
                return KG_ENOMEM;
            g->id = home->id;
            g->label = home->label;
            g->type = home->type;
            g->country = home->id;
            if (!(g->code = ex_concat(st, home->id, "GOV")))
                return KG_ENOMEM;
            target = g;
        }
        /* "Exxon, the world's largest oil company," is Exxon; "foreign
         * firms" are no business named before ("Russian companies") */
        if (!poss && !strcmp(agent, "BUS")) {
            const kg_onto_entity *own = NULL;
            if ((foreign = ex_foreign_business(st, i, &ap, &own)) && ap)
                target = &ap->ent;
            if (own) {
                owner = own;
                poss = 1;
            }
        }
        for (k = poss || foreign ? 0 : st->ngroups; !target && k-- > 0;) {
            const char *code = st->groups[k].code;
            size_t cl = code ? strlen(code) : 0, al = strlen(agent);
            if (cl > al && strcmp(code + cl - al, agent) == 0) {
                target = &st->groups[k];
                break;
            }
        }
        if (!target &&
            (opener || (st->toks[i + n - 1].flags & KG_TOKF_CAP) == 0)) {
            /* "the opposition" in an article about Turkey is Turkey's
             * (the country it has named most, at least twice); with no
             * such country, as in "Insurgents bombarded ...", CAMEO writes
             * the country as --- */
            kg_entity *g = kg_arena_calloc(&st->arena, 1, sizeof(*g));
            /* "creditor banks" in an article about Brazil: no business
             * of the article's country (ex_foreign_business) */
            const kg_onto_entity *home =
                poss      ? owner
                : foreign ? ex_placed_country(st, i + n)
                          : ex_named_country(st, i + n);
            char id[32];
            if (!g)
                return KG_ENOMEM;
            snprintf(id, sizeof(id), "%s_%s", home ? home->id : "UNK",
                     agent);
            g->id = ex_strndup(st, id, strlen(id));
            g->code = ex_concat(st, home ? home->id : "---", agent);
            const char *noun = st->toks[i].lower;
            for (k = i + 1; k < i + n && noun; k++) /* "government forces" */
                if ((noun = ex_concat(st, noun, " ")) != NULL)
                    noun = ex_concat(st, noun, st->toks[k].lower);
            if (!noun)
                return KG_ENOMEM;
            g->label = home ? ex_concat(st, noun,
                                        ex_concat(st, " (",
                                                  ex_concat(st, home->label,
                                                            ")")))
                            : ex_concat(st, "unnamed ", noun);
            g->type = "Group";
            g->country = home ? home->id : NULL;
            if (!g->id || !g->code || !g->label)
                return KG_ENOMEM;
            target = g;
        }
    } else if (st->have_last_country &&
               (n = ex_country_description(st, i)) > 0) {
        /* "the war-torn country": described with an adjective, a country
         * is one named in an earlier sentence (within its own sentence a
         * writer says "it") */
        target = &st->last_country;
    } else if (i > 0 && ex_tok_is(st, i - 1, "the") &&
               (ex_tok_is(st, i, "alliance") || ex_tok_is(st, i, "bloc"))) {
        /* the last organisation: in this sentence, else remembered */
        for (k = st->nments; k-- > 0;) {
            const kg_entity *e = &st->ments[k].ent;
            if (!st->ments[k].dropped && !e->is_value && e->type &&
                (strcmp(e->type, "Organization") == 0 ||
                 strcmp(e->type, "Group") == 0)) {
                target = e;
                break;
            }
        }
        if (!target && st->have_last_org)
            target = &st->last_org;
        n = 1;
    }
    if (!target)
        return KG_OK;
    if (!(m = ex_add_mention(st, i, i + n, st->toks[i].start,
                             st->toks[i + n - 1].end)))
        return KG_OK;
    m->ent = *target;
    m->ent.start = m->start;
    m->ent.end = m->end;
    m->kind = EX_NAME_COREF;
    if (!(m->ent.text = ex_strndup(st, st->doc->text + m->start,
                                   m->end - m->start)))
        return KG_ENOMEM;
    *used = n;
    return KG_OK;
}

/* ---- actors the ontology does not know ---------------------------------- */

static const char *const ex_org_suffixes[] = {
    "agency",     "alliance",  "army",        "assembly",  "association",
    "bank",       "bureau",    "commission",  "committee", "company",
    "corp",       "corporation", "council",   "court",     "department",
    "federation", "force",     "forces",      "foundation", "front",
    "fund",       "group",     "inc",         "initiative", "institute",
    "league",     "ltd",       "ministry",    "movement",  "news",
    "office",     "organisation", "organization", "parliament", "party",
    "police",     "post",      "service",     "times",     "union",
    "university", NULL};

/* The words that end a company's name ("Airdrome Parts Co", "Gibraltar
 * Financial Corp", "the London Stock Exchange"): an unknown name ending
 * in one is an organisation, and a known name right before such a tail
 * is part of the company's name, not the country, city or body. */
static const char *const ex_company_suffixes[] = {
    "co", "corp", "corporation", "inc", "ltd", "plc", "llc", "sa", "ag",
    "nv", "spa", "holdings", "industries", "bancorp", "exchange", NULL};

static const char *const ex_place_words[] = {
    "city",   "coast",    "east",   "gulf",   "island",
    "islands", "north",    "peninsula", "province", "region", "republic",
    "sea",    "south",     "strip",    "valley", "west",   "york", NULL};

static const char *const ex_place_preps[] = {"in", "at", "from", "near",
                                             "to", "across", "outside",
                                             "inside", NULL};

/* A middle initial as ex_prepare_tokens keeps it: "W." */
static int ex_is_initial(const ex_state *st, size_t i)
{
    const ex_tok *t = &st->toks[i];
    return t->kind == KG_TOK_WORD && t->end - t->start == 2 &&
           st->doc->text[t->start + 1] == '.';
}

/* The mention found so far in the current sentence that covers token t
 * (ex_mention_at needs toks[].covered, set once all are found). */
static const ex_mention *ex_found_at(const ex_state *st, size_t t)
{
    size_t k;
    for (k = st->nments; k-- > 0;)
        if (!st->ments[k].dropped && st->ments[k].t0 <= t &&
            t < st->ments[k].t1)
            return &st->ments[k];
    return NULL;
}

/* Direction words that make a part of a known place ("Northern Iraq"). */
static const char *const ex_directions[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "northeast", "northwest", "southeast", "southwest",
    "upper", "lower", NULL};

/* Words that are capitalised for other reasons than being names. */
static int ex_not_a_name(const ex_state *st, size_t i)
{
    static const char *const stop[] = {
        "mr", "mrs", "ms", "dr", "sir", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "god", "internet", "jan", "feb", "mar",
        "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sen",
        "gov", "rep", "gen", "col", "lt", "sgt", "capt", "st", NULL};
    const char *agent;
    if (st->toks[i].tag != KG_W_NONE)
        return 1;
    if (ex_pronoun_is(&st->toks[i], stop))
        return 1;
    /* a title (President, Minister) introduces a name; it is not one */
    return ex_match_title(st, i, &agent) > 0;
}

/* Fill e as an entity the ontology does not know: id "x_" + the folded
 * name (so "Becky Anderson" and "BECKY ANDERSON" meet), label as written. */
static int ex_unknown_entity(ex_state *st, size_t t0, size_t t1,
                             const char *type, kg_entity *e)
{
    kg_buf id = KG_BUF_INIT;
    size_t k;
    int err = KG_OK;

    memset(e, 0, sizeof(*e));
    if ((err = kg_buf_puts(&id, "x")) < 0)
        goto out;
    for (k = t0; k < t1; k++) {
        const char *p;
        if (!*st->toks[k].key)
            continue;
        if ((err = kg_buf_putc(&id, '_')) < 0)
            goto out;
        for (p = st->toks[k].key; *p; p++) {
            unsigned char c = (unsigned char)*p;
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
                err = kg_buf_putc(&id, (char)c);
            else
                err = kg_buf_printf(&id, "%02x", c); /* non-Latin letters */
            if (err < 0)
                goto out;
        }
    }
    e->id = ex_strndup(st, id.ptr, id.len);
    e->text = ex_strndup(st, st->doc->text + st->toks[t0].start,
                         st->toks[t1 - 1].end - st->toks[t0].start);
    e->label = e->text;
    e->type = type;
    e->start = st->toks[t0].start;
    e->end = st->toks[t1 - 1].end;
    if (!e->id || !e->text)
        err = KG_ENOMEM;
out:
    kg_buf_dispose(&id);
    return err;
}

/* Does the ';'- or space-separated list of names hold the word key (folded,
 * ASCII case-insensitive)? */
static int ex_names_have_word(const char *names, const char *key)
{
    size_t kl = strlen(key);
    const char *p = names;
    while (p && *p) {
        const char *q = p;
        while (*q && *q != ' ' && *q != ';' && *q != '-')
            q++;
        if ((size_t)(q - p) == kl && strncasecmp(p, key, kl) == 0)
            return 1;
        p = *q ? q + 1 : q;
    }
    return 0;
}

/* "Gerhard Stoltenberg": a person known by the surname alone (Jens
 * Stoltenberg) after a capitalised given name that is not one of the
 * entry's names is someone else, so the unknown name run at i goes on
 * over the surname at j.  Not at a sentence opener, where the word before
 * may be capitalised for its position ("Meanwhile Putin said"). */
static int ex_other_given_name(const ex_state *st, size_t i, size_t j,
                               const kg_onto_match *gm)
{
    const kg_onto_entity *e = gm->entity;
    if (!e || !e->type || strcmp(e->type, "Person") != 0 || gm->ntok != 1 ||
        j != i + 1 || i == 0 || ex_is_quote(st, i - 1) ||
        ex_tok_punct(st, i - 1, '(') || ex_is_initial(st, i) ||
        (st->toks[i].flags & KG_TOKF_ALLCAPS))
        return 0;
    if ((e->label && ex_names_have_word(e->label, st->toks[i].key)) ||
        (e->aliases && ex_names_have_word(e->aliases, st->toks[i].key)))
        return 0;
    return 1;
}

/* The state that a title of one state's office ("the Chancellor of the
 * Exchequer", "the home secretary": titles.tsv's country) stands for in
 * this document: its own, unless the article is about another country
 * (ex_home_country) and never names the title's (India has a Home
 * Secretary too; "talks with Chancellor of the Exchequer Nigel Lawson"
 * in an article about Brazil that names Britain are Britain's). */
static const kg_onto_entity *ex_title_state(const ex_state *st,
                                            const char *cc)
{
    const kg_onto_entity *c = cc ? ex_country_of(st, cc) : NULL, *home;
    size_t k;
    if (!c)
        return NULL;
    home = ex_home_country(st);
    if (!home || home == c)
        return c;
    for (k = 0; k < st->ncountries; k++)
        if (!strcmp(st->countries[k], c->id))
            return c;
    for (k = 0; k < st->nments; k++)
        if (!st->ments[k].dropped && st->ments[k].ent.country &&
            !strcmp(st->ments[k].ent.country, c->id))
            return c;
    return NULL;
}

/* "the Home Secretary said", "the chancellor of the exchequer": "the" and
 * the title of one state's office, with no name after it, at token i
 * make one mention: the state acting through that office (GBRGOV), as
 * "the Turkish prime minister" does.  *used: the title's length, or 0. */
static int ex_state_title(ex_state *st, size_t i, size_t *used)
{
    const char *agent = NULL, *cc = NULL;
    const kg_onto_entity *c;
    ex_mention *m;
    size_t tl, k;
    *used = 0;
    tl = ex_match_title_country(st, i, &agent, &cc);
    if (!tl || !agent || !cc || i == 0 || !ex_tok_is(st, i - 1, "the") ||
        (i + tl < st->ntoks && st->toks[i + tl].kind == KG_TOK_WORD &&
         (st->toks[i + tl].flags & KG_TOKF_CAP)) ||
        !(c = ex_title_state(st, cc)))
        return KG_OK;
    for (k = i; k < i + tl; k++)
        if (st->toks[k].covered)
            return KG_OK;
    if (!(m = ex_add_mention(st, i, i + tl, st->toks[i].start,
                             st->toks[i + tl - 1].end)))
        return KG_OK;
    m->oe = c;
    m->kind = KG_NAME_METONYM;
    m->ent.id = c->id;
    m->ent.label = c->label;
    m->ent.type = c->type;
    m->ent.country = c->id;
    m->ent.start = m->start;
    m->ent.end = m->end;
    m->ent.code = ex_concat(st, c->id, agent);
    m->ent.text = ex_strndup(st, st->doc->text + m->start, m->end - m->start);
    *used = tl;
    return m->ent.code && m->ent.text ? KG_OK : KG_ENOMEM;
}

/* "the Senate Finance Committee", "the House Ways and Means Committee",
 * "the House and Senate Budget Committee" at token i: a committee of a
 * chamber named Senate or House is its legislature (CCCLEG).  Wire copy
 * in English writes them of the US Congress; other states have Senates
 * too, so the committee is the US's only as a title of one state's office
 * is (ex_title_state), and in an article about another country that never
 * names the US it is that country's ("the Senate Blue Ribbon Committee" in
 * a story about the Philippines).  *used: the tokens taken, or 0. */
static int ex_chamber_committee(ex_state *st, size_t i, size_t n,
                                size_t *used)
{
    const kg_onto_entity *c;
    ex_mention *m;
    size_t j;
    int err;
    *used = 0;
    if (!(st->toks[i].flags & KG_TOKF_CAP) ||
        (!ex_tok_is(st, i, "senate") && !ex_tok_is(st, i, "house")))
        return KG_OK;
    for (j = i + 1; j < n && j < i + 9; j++) {
        if (st->toks[j].covered || st->toks[j].kind != KG_TOK_WORD)
            return KG_OK;
        if (ex_tok_is(st, j, "and") && j + 1 < n &&
            (st->toks[j + 1].flags & KG_TOKF_CAP))
            continue;
        if (!(st->toks[j].flags & KG_TOKF_CAP))
            return KG_OK;
        if (ex_tok_is(st, j, "committee") || ex_tok_is(st, j, "subcommittee"))
            break;
    }
    if (j >= n || j >= i + 9)
        return KG_OK;
    if (!(c = ex_title_state(st, "USA")) && !(c = ex_home_country(st)))
        return KG_OK;
    if (!(m = ex_add_mention(st, i, j + 1, st->toks[i].start,
                             st->toks[j].end)))
        return KG_OK;
    /* the committee stays a node of its own ("LaFalce, a member of the
     * House Banking Committee"), coded as its legislature */
    if ((err = ex_unknown_entity(st, i, j + 1, "Organization", &m->ent)) < 0)
        return err;
    m->ent.country = c->id;
    m->ent.code = ex_concat(st, c->id, "LEG");
    *used = j + 1 - i;
    return m->ent.code ? KG_OK : KG_ENOMEM;
}

/* Words that name what a company makes or does, read right after a
 * one-word title ("General Motors", "General Electric", "General Dynamics
 * Corp", "General Mills"): the title word is then the company's first
 * word, not a general's rank (Reuters writes "General Motors" some 200
 * times, a general named "Motors" never). */
static const char *const ex_company_words[] = {
    "motors", "motor", "electric", "electronics", "dynamics", "mills",
    "foods", "partners", "accounting", "acquisition", "acquisitions",
    "automation", "instrument", "instruments", "insurance", "host",
    "services", "mining", "cinema", "sales", "physics", "petroleum",
    "nutrition", "medical", "masonry", "trust", "refractories", "products",
    "energy", "binding", "tire", "utilities", "industries", "holdings",
    "signal", "microwave", "computer", "data", "homes", "housewares",
    "kinetics", "chemical", "chemicals", "steel", "cable", "telephone",
    "re", NULL};

/* The end of the capitalised run after a one-word title at token i when
 * the run is a company's name: its first word is a company word, or its
 * last word ends a company's or a body's name ("General Accounting
 * Office", "General Partners Inc").  0 when it is a person's name. */
static size_t ex_company_after_title(const ex_state *st, size_t i, size_t n)
{
    static const char *const body_ends[] = {"office", "union", "council",
                                            "committee", "bank", "fund",
                                            "group", "company", NULL};
    size_t j = i + 1;
    while (j < n && j < i + 6 && st->toks[j].kind == KG_TOK_WORD &&
           (st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered &&
           !ex_not_a_name(st, j))
        j++;
    if (j == i + 1)
        return 0;
    if (ex_pronoun_is(&st->toks[i + 1], ex_company_words) ||
        ex_pronoun_is(&st->toks[j - 1], ex_company_suffixes) ||
        ex_pronoun_is(&st->toks[j - 1], body_ends))
        return j;
    return 0;
}

/* Honorifics before a person's name ("Mr Blair", "Mrs Thatcher", "Dr
 * Fox"): they are no title (no office, no agent code) and no name. */
static const char *const ex_honorifics[] = {"mr", "mrs", "ms", "dr",
                                            "sir", "dame", NULL};

/* Words that open a storm's name ("Hurricane Ivan", "Typhoon Songda";
 * "Tropical Storm Jeanne" is checked on its own). */
static const char *const ex_storm_words[] = {"hurricane", "typhoon",
                                             "cyclone", NULL};

/*
 * A run of capitalised words at token i that the ontology does not know
 * ("Becky Anderson", "Black Sea Grain Transport Initiative", "Istanbul")
 * becomes an entity typed by cues: a title before it makes a person, an
 * organisation word at its end an organisation, a preposition of place a
 * place; two or three words otherwise a person, one word an organisation.
 * A lone word that ends the name of a person named before ("Anderson")
 * is that person.  A single capitalised word opening a sentence is left
 * alone: it is capitalised for its position.  *used: tokens taken.
 */
static int ex_unknown_actor(ex_state *st, size_t i, size_t n, size_t *used)
{
    size_t j = i, words = 0, k;
    const char *type = NULL, *agent = NULL, *country = NULL, *body = NULL;
    const char *tcountry = NULL; /* the state of the title before */
    ex_mention *m;
    int err, opener, honored;
    size_t company = 0; /* "General Motors": end of the company's name */

    if ((err = ex_chamber_committee(st, i, n, used)) < 0 || *used)
        return err;
    {
        /* "Secretary of State Colin Powell": the title is not a name;
         * "the Home Secretary" alone is the office of its state */
        const char *ag;
        size_t tl = ex_match_title(st, i, &ag);
        if (tl == 1)
            company = ex_company_after_title(st, i, n);
        if (tl && !company) {
            if ((err = ex_state_title(st, i, used)) < 0)
                return err;
            *used = tl;
            return KG_OK;
        }
    }
    while (j < n && st->toks[j].kind == KG_TOK_WORD &&
           (st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered &&
           ((company && j == i) || !ex_not_a_name(st, j)) && words < 6) {
        kg_onto_match gm;
        /* a known name ends the unknown one ("Dear | Russian friends"),
         * but not after an initial ("George H. W. Bush") */
        if (j > i && !ex_is_initial(st, j - 1) &&
            ex_match_name(st, n, j, &gm) &&
            !ex_other_given_name(st, i, j, &gm))
            break;
        j++;
        words++;
        /* "Ministry of Foreign Affairs", but not "Zaki of | Egypt" */
        if (j + 1 < n && (ex_tok_is(st, j, "of") || ex_tok_is(st, j, "for")) &&
            (st->toks[j + 1].flags & KG_TOKF_CAP) && !ex_not_a_name(st, j + 1) &&
            !ex_match_name(st, n, j + 1, &gm))
            j++;
    }
    if (!words)
        return KG_OK;
    if (words > 1 && (ex_pronoun_is(&st->toks[i], ex_storm_words) ||
                      (ex_tok_is(st, i, "tropical") &&
                       (ex_tok_is(st, i + 1, "storm") ||
                        ex_tok_is(st, i + 1, "depression"))))) {
        /* "Hurricane Ivan", "Tropical Storm Jeanne killed 250 people": a
         * storm is named as a person is, but it is no actor */
        *used = j - i;
        return KG_OK;
    }
    opener = i == 0 || ex_is_quote(st, i - 1) || ex_tok_punct(st, i - 1, '(');
    if (words == 1 && st->toks[i].flags & KG_TOKF_ALLCAPS)
        type = "Organization"; /* an acronym: CNN, ATA */
    honored = i > 0 && ex_pronoun_is(&st->toks[i - 1], ex_honorifics);
    /* "Anderson" after "Becky Anderson"; after an honorific, a known
     * person too ("Mr Brown" after "Gordon Brown", whose surname alone
     * is no name in the gazetteer) */
    if (words == 1 && !type) {
        for (k = st->npeople; k-- > 0;) {
            const kg_entity *p = &st->people[k];
            const char *last;
            if (!p->id || (strncmp(p->id, "x_", 2) != 0 &&
                           !(honored && !strncmp(p->id, "person_", 7))))
                continue;
            last = strrchr(p->id, '_');
            if (last && !strcmp(last + 1, st->toks[i].key)) {
                if (!(m = ex_add_mention(st, i, j, st->toks[i].start,
                                         st->toks[j - 1].end)))
                    return KG_OK;
                m->ent = *p;
                m->ent.start = m->start;
                m->ent.end = m->end;
                m->kind = EX_NAME_COREF;
                m->ent.text = ex_strndup(st, st->doc->text + m->start,
                                         m->end - m->start);
                *used = j - i;
                return m->ent.text ? KG_OK : KG_ENOMEM;
            }
        }
    }
    if (words == 1 && opener && !type)
        return KG_OK;
    if (words == 1 && honored && !type)
        type = "Person"; /* "Mr Sigarchi" */
    for (k = 0; ex_org_suffixes[k]; k++)
        if (!strcmp(st->toks[j - 1].key, ex_org_suffixes[k]))
            type = "Organization";
    for (k = 0; ex_company_suffixes[k]; k++)
        if (!strcmp(st->toks[j - 1].key, ex_company_suffixes[k]))
            type = "Organization"; /* "Airdrome Parts Co" is no person */
    if (company)
        type = "Organization"; /* "General Motors" */
    /* a title right before: "Foreign Minister Mevlut Cavusoglu", perhaps
     * after a country word ("Turkish Foreign Minister ...") */
    if (!type && i > 0) {
        size_t t, at = i;
        /* "Foreign Secretary Sir Geoffrey Howe": an honorific between
         * the title and the name */
        if (i > 1 && ex_pronoun_is(&st->toks[i - 1], ex_honorifics))
            at = i - 1;
        /* the longest title that ends at the name: "Foreign Minister" */
        for (t = at > 4 ? at - 4 : 0; t < at; t++) {
            const char *ag = NULL, *tc = NULL;
            size_t tl = ex_match_title_country(st, t, &ag, &tc);
            if (tl && t + tl == at) {
                tcountry = tc;
                /* "Egyptian President", "Egypt's President" (one
                 * mention with its title), "NATO Secretary-General" */
                const ex_mention *c = ex_found_at(st, t);
                if (!c && t > 0)
                    c = ex_found_at(st, t - 1);
                type = "Person";
                agent = ag;
                if (c && c->oe && !strcmp(c->oe->type, "Country"))
                    country = c->oe->id;
                else if (c && c->oe && !strcmp(c->oe->type, "Place"))
                    country = c->oe->country;
                else if (c && c->oe && c->oe->code && c->kind != EX_NAME_GROUP)
                    body = c->oe->code;
                break;
            }
        }
    }
    /* "Egyptian cleric Ahmed Zaki", "Syrian opposition activist ...": a
     * name right after a group is one of its members */
    if (!type && words > 1 && i > 0) {
        const ex_mention *g = ex_found_at(st, i - 1);
        if (g && g->kind == EX_NAME_GROUP && g->t1 == i && g->ent.code) {
            type = "Person";
            body = g->ent.code;
            country = g->ent.country;
        }
    }
    for (k = 0; !type && ex_place_words[k]; k++)
        if (!strcmp(st->toks[j - 1].key, ex_place_words[k]))
            type = "Place";
    if (!type && i > 0 && ex_pronoun_is(&st->toks[i - 1], ex_place_preps))
        type = words == 1 ? "Place" : NULL;
    /* "NEW YORK -" and "ST. LOUIS -": datelines name places in capitals */
    if (!type && words > 1 && (st->toks[i].flags & KG_TOKF_ALLCAPS))
        type = "Place";
    if (!type) {
        /* initials do not make a name longer: "George H. W. Bush" */
        size_t w = words;
        for (k = i; k < j; k++)
            if (ex_is_initial(st, k) && w > 2)
                w--;
        type = w == 1 ? "Organization" : w <= 3 ? "Person" : "Organization";
    }
    if (!(m = ex_add_mention(st, i, j, st->toks[i].start,
                             st->toks[j - 1].end)))
        return KG_OK;
    if ((err = ex_unknown_entity(st, i, j, type, &m->ent)) < 0)
        return err;
    /* "President Ahmed Zaki of Egypt" */
    if (type && !strcmp(type, "Person") && agent && !country && !body &&
        j + 1 < n && ex_tok_is(st, j, "of")) {
        kg_onto_match cm;
        if (ex_match_name(st, n, j + 1, &cm) &&
            !strcmp(cm.entity->type, "Country"))
            country = cm.entity->id;
    }
    /* "Ahmed Zaki, Egypt's foreign minister," and "Ahmed Zaki, the
     * Egyptian foreign minister,": the apposition gives both */
    if ((!type || !strcmp(type, "Person")) && !country && !body &&
        words > 1 && j < st->ntoks && ex_tok_punct(st, j, ',')) {
        size_t k2 = j + 1;
        kg_onto_match cm;
        const char *ag = NULL;
        if (k2 < st->ntoks && ex_tok_is(st, k2, "the"))
            k2++;
        if (k2 < st->ntoks &&
            ex_match_name(st, st->ntoks, k2, &cm) &&
            !strcmp(cm.entity->type, "Country")) {
            k2 += cm.ntok;
            if (k2 < st->ntoks &&
                (ex_tok_is(st, k2, "'s") || ex_tok_is(st, k2, "s")))
                k2++;
            if (k2 < st->ntoks &&
                ex_match_title(st, k2, &ag) &&
                ag) {
                type = "Person";
                country = cm.entity->id;
                agent = ag;
            }
        } else if (k2 > j + 1 && k2 < st->ntoks) {
            /* "Charles Clarke, the home secretary,": a title of one
             * state's office */
            const char *tc = NULL;
            size_t tl = ex_match_title_country(st, k2, &ag, &tc);
            if (tl && ag && tc &&
                (k2 + tl == st->ntoks || st->toks[k2 + tl].kind != KG_TOK_WORD)) {
                type = "Person";
                agent = ag;
                tcountry = tc;
            }
        }
    }
    /* "Chancellor of the Exchequer Gordon Smith": a title of one state's
     * office, when nothing named another country */
    if (type && !strcmp(type, "Person") && agent && !country && !body &&
        tcountry) {
        const kg_onto_entity *c = ex_title_state(st, tcountry);
        country = c ? c->id : NULL;
    }
    m->ent.country = country;
    if (body)
        m->ent.code = body;
    else if (country && agent)
        m->ent.code = ex_concat(st, country, agent);
    else
        m->ent.code = country;
    *used = j - i;
    return KG_OK;
}

/* "the Army", "Parliament", "the Government": one capitalised word that
 * names a state institution (government, legislature, military, police,
 * courts) and starts no longer name ("Army Chief", "People's Daily",
 * "Ministry of Foreign Affairs"). */
static int ex_institution(const ex_state *st, size_t i)
{
    static const char *const codes[] = {"GOV", "LEG", "MIL", "COP", "JUD",
                                        NULL};
    const char *agent = NULL;
    size_t k;
    if (ex_match_agent(st, i, &agent) != 1 ||
        (i + 1 < st->ntoks &&
         ((st->toks[i + 1].kind == KG_TOK_WORD &&
           (st->toks[i + 1].flags & KG_TOKF_CAP)) ||
          ex_tok_is(st, i + 1, "'s") || ex_tok_is(st, i + 1, "s") ||
          ((ex_tok_is(st, i + 1, "of") || ex_tok_is(st, i + 1, "for")) &&
           i + 2 < st->ntoks && (st->toks[i + 2].flags & KG_TOKF_CAP)))))
        return 0;
    for (k = 0; codes[k]; k++)
        if (!strcmp(agent, codes[k]))
            return 1;
    return 0;
}

/* "Colin L. Powell" for "Colin Powell": a name matched without the
 * middle initial at token i + 1, when that is longer than *m (which is
 * then replaced, with the initial counted in its length).  One initial
 * only: "George H. W. Bush" is not George W. Bush.  Returns 1 when *m
 * holds a match. */
static int ex_match_initial(const ex_state *st, const unsigned char *caps,
                            size_t n, size_t i, kg_onto_match *m)
{
    const char *keys[8];
    unsigned char kc[8];
    size_t k, nk = 0;
    kg_onto_match alt;
    int have = m->entity != NULL;

    if (i + 2 >= n || !ex_is_initial(st, i + 1) || ex_is_initial(st, i + 2))
        return have;
    keys[nk] = st->keys[i];
    kc[nk++] = caps[i];
    for (k = i + 2; k < n && nk < 8; k++) {
        keys[nk] = st->keys[k];
        kc[nk++] = caps[k];
    }
    if (!kg_onto__match(st->onto, keys, NULL, kc, nk, 0, &alt) ||
        alt.ntok < 2 ||
        (have && m->ntok >= alt.ntok + 1))
        return have;
    *m = alt;
    m->ntok++;
    return 1;
}

/* "Gibraltar Financial Corp", "Commonwealth Mortgage Co", "the London
 * Stock Exchange": does a company's name go on from the known name
 * that ends before token j (up to three more capitalised words, none of
 * them a name kg knows, the last a company word)?  A nationality keeps
 * its own reading ("British Airways" is British). */
static int ex_company_tail(const ex_state *st, const kg_onto_match *m,
                           size_t j, size_t n)
{
    size_t k;
    kg_onto_match next;
    if (!m->entity || !strcmp(m->entity->type, "Person") ||
        m->kind == KG_NAME_DEMONYM)
        return 0;
    for (k = j; k < n && k < j + 3; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || !(t->flags & KG_TOKF_CAP) ||
            ex_not_a_name(st, k) ||
            ex_match_name(st, n, k, &next))
            return 0;
        if (ex_pronoun_is(t, ex_company_suffixes))
            return 1;
    }
    return 0;
}

/* "Manchester United", "New York Times", "Kyoto Protocol": a place name
 * followed by a capitalised word that is neither a known name nor a title
 * is the start of a longer name, read as an unknown one.  So is a
 * person's one-word alias: "Michel Suleiman" is not Charles Michel. */
static int ex_place_in_name(const ex_state *st, const kg_onto_match *m,
                            size_t i, size_t n)
{
    size_t j = i + m->ntok;
    kg_onto_match next;
    if (ex_company_tail(st, m, j, n))
        return 1;
    if ((strcmp(m->entity->type, "Place") != 0 &&
         (strcmp(m->entity->type, "Person") != 0 || m->ntok != 1)) ||
        j >= n ||
        st->toks[j].kind != KG_TOK_WORD ||
        !(st->toks[j].flags & KG_TOKF_CAP) ||
        (st->toks[i].flags & KG_TOKF_ALLCAPS) || ex_not_a_name(st, j))
        return 0;
    return !ex_match_name(st, n, j, &next);
}

/* Gazetteer mentions, including the parts of hyphenated compounds. */
/* Is country c named in the sentence outside tokens [t0, t1)? */
static int ex_sentence_names(const ex_state *st, const kg_onto_entity *c,
                             size_t t0, size_t t1)
{
    size_t k;
    kg_onto_match m;
    for (k = 0; k < st->ntoks; k++) {
        if (k >= t0 && k < t1)
            continue;
        if ((st->toks[k].flags & KG_TOKF_CAP) && *st->keys[k] &&
            ex_match_name(st, st->ntoks, k, &m) &&
            m.entity == c)
            return 1;
    }
    return 0;
}

/* "a British-Iranian aid worker", "Lebanese-American contractor": two
 * country demonyms joined by a hyphen (the last two mentions, parts of
 * token i) before a noun for one person of a civil sector is a person of
 * two nationalities, not two countries' joint act ("Russian-Turkish
 * trade", "US-Iraqi forces").  CAMEO codes an actor with one country, and
 * PETRARCH has no rule for such compounds; kg takes the compound's head,
 * the last one, as English reads it (an Iranian-American is an American,
 * a French-Canadian a Canadian), unless the sentence names that country
 * as another actor: "Iran arrested a British-Iranian aid worker" is
 * Iran's act toward a Briton, which is the event's dyad.  The two parts
 * become one group mention of the chosen country (GBR_NGO).  Returns 1
 * when they did, 0 when not, or an error. */
static int ex_dual_national(ex_state *st, size_t i)
{
    static const char *const sectors[] = {"NGO", "MED", "CVL", "BUS", "EDU",
                                          "HLH", "OPP", "REL", NULL};
    ex_mention *a = &st->ments[st->nments - 2], *b = &st->ments[st->nments - 1];
    const kg_onto_entity *pick;
    const char *agent = NULL, *last;
    size_t n, k;
    int err;
    if (a->kind != KG_NAME_DEMONYM || b->kind != KG_NAME_DEMONYM ||
        !a->oe || !b->oe || strcmp(a->oe->type, "Country") != 0 ||
        strcmp(b->oe->type, "Country") != 0 || a->oe == b->oe ||
        !(n = ex_match_agent(st, i + 1, &agent)))
        return 0;
    for (k = 0; sectors[k] && strcmp(sectors[k], agent) != 0; k++)
        ;
    last = st->toks[i + n].lower;
    /* one person: "aid worker", "businessman", not "workers", "men" */
    if (!sectors[k] || last[strlen(last) - 1] == 's' ||
        (strlen(last) > 3 && !strcmp(last + strlen(last) - 3, "men")))
        return 0;
    pick = ex_sentence_names(st, b->oe, i, i + 1) ? a->oe : b->oe;
    st->nments -= 2;
    if (!(a = ex_add_mention(st, i, i + 1, st->toks[i].start,
                             st->toks[i].end)))
        return KG_ENOMEM;
    a->oe = pick;
    a->kind = KG_NAME_DEMONYM;
    if ((err = ex_fill_entity(st, a, NULL)) < 0 ||
        (err = ex_extend_group(st, a)) < 0)
        return err;
    return 1;
}

/* "President obama": a person's name written in lower case right after a
 * capitalised title (casual or garbled text) is still the name; a bare
 * lower-case "obama" elsewhere is not trusted. */
static int ex_titled_lower_name(const ex_state *st, size_t i)
{
    kg_onto_match m;
    const char *agent;
    size_t k;
    if (i == 0 || !(st->toks[i - 1].flags & KG_TOKF_CAP))
        return 0;
    for (k = i; k-- > 0 && i - k <= 2;)
        if (ex_match_title(st, k, &agent) ==
            i - k)
            break;
    if (k == (size_t)-1 || i - k > 2 ||
        !ex_match_name(st, st->ntoks, i, &m))
        return 0;
    return strcmp(m.entity->type, "Person") == 0;
}

/* "Mr Howard" in a story that named Michael Howard: a surname alone that
 * the gazetteer gives to another person (John Howard) is the person of
 * that surname the document has named before (st->people, most recent
 * first), unless it named the gazetteer's own person anywhere. */
static void ex_surname_person(ex_state *st, ex_mention *em)
{
    size_t k;
    const char *key = st->toks[em->t0].key;
    if (em->t1 != em->t0 + 1 || !em->ent.id || !em->ent.type ||
        strcmp(em->ent.type, "Person") != 0)
        return;
    for (k = 0; k < st->npeople; k++)
        if (st->people[k].id && !strcmp(st->people[k].id, em->ent.id))
            return; /* "Reagan and Nancy Reagan": he was named */
    for (k = st->npeople; k-- > 0;) {
        const kg_entity *p = &st->people[k];
        const char *last;
        if (!p->id || !p->label)
            continue;
        last = strrchr(p->label, ' ');
        if (!last || strcasecmp(last + 1, key) != 0)
            continue;
        {
            size_t start = em->ent.start, end = em->ent.end;
            const char *text = em->ent.text;
            em->ent = *p;
            em->ent.start = start;
            em->ent.end = end;
            em->ent.text = text;
            em->oe = kg_onto__entity(st->onto, p->id);
            em->kind = EX_NAME_COREF;
        }
        return;
    }
}

/* "al Qaeda", "el Baradei": Arabic names keep their article in lower
 * case, so a name may start with "al" or "el" standing alone when a
 * capital follows it.  (Joined by a hyphen, "al-Qaeda", the segmenter
 * marks the word capitalised: seg_article_name.) */
static int ex_article_name(const ex_state *st, size_t i)
{
    const char *w = st->doc->text + st->toks[i].start;
    size_t len = st->toks[i].end - st->toks[i].start;
    return len == 2 && (!memcmp(w, "al", 2) || !memcmp(w, "el", 2)) &&
           i + 1 < st->ntoks && (st->toks[i + 1].flags & KG_TOKF_CAP) &&
           st->toks[i + 1].kind == KG_TOK_WORD;
}

/* A religious or ideological adjective (capitalised in English) at token
 * i right before a group noun of the ontology ("Shiite militiamen", "Sunni
 * insurgents", "Islamist militants").  Such words have no CAMEO actor code
 * of their own here; the group noun carries the agent code. */
static int ex_faith_before_group(const ex_state *st, size_t i)
{
    static const char *const faiths[] = {
        "shiite", "shia", "shi'ite", "sunni", "islamist", "islamic", "muslim",
        "christian", "jewish", "hindu", "sikh", "buddhist", "catholic",
        "protestant", "maoist", "marxist", NULL};
    const char *agent;
    return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], faiths) &&
           !(st->toks[i + 1].flags & KG_TOKF_CAP) &&
           ex_match_agent(st, i + 1, &agent) > 0;
}

static int ex_find_mentions(ex_state *st)
{
    const char *const *keys = st->keys;
    unsigned char *caps;
    size_t i;
    int err;

    caps = kg_arena_alloc(&st->arena, st->ntoks + 1);
    if (!caps)
        return KG_ENOMEM;
    for (i = 0; i < st->ntoks; i++)
        caps[i] = (st->toks[i].flags & KG_TOKF_ALLCAPS) ? 1 : 0;
    for (i = 0; i < st->ntoks;) {
        ex_tok *t = &st->toks[i];
        kg_onto_match m = {NULL, 0, 0};
        size_t n = st->ntoks;
        ex_mention *em;
        int found;

        if (t->kind != KG_TOK_WORD || !*t->key) {
            i++;
            continue;
        }
        if (!(t->flags & KG_TOKF_CAP) && !ex_titled_lower_name(st, i) &&
            !ex_article_name(st, i)) {
            /* "refugees", "the alliance": earlier actors named again;
             * "the home secretary": the office of its state */
            size_t used = 0;
            if ((err = ex_state_title(st, i, &used)) < 0 ||
                (!used && (err = ex_coref_noun(st, i, 0, &used)) < 0))
                return err;
            i += used ? used : 1;
            continue;
        }
        /* keys stop at punctuation: matches never span it */
        {
            size_t j;
            for (j = i; j < st->ntoks; j++)
                if (!*keys[j]) {
                    n = j;
                    break;
                }
        }
        found = kg_onto__match(st->onto, keys, st->known, caps, n, i, &m);
        /* "Northern Iraq", "Eastern Ukraine": a part of a known place
         * names the place ("North Korea" and "South Africa" are names of
         * their own, matched first) */
        if (!found && i + 1 < n && ex_pronoun_is(t, ex_directions) &&
            kg_onto__match(st->onto, keys, st->known, caps, n, i + 1, &m)) {
            m.ntok++;
            found = 1;
        }
        /* "Korean" in a story that names neither Korea: no country */
        if (found && !ex_shared_entity(st, m.entity, i, m.ntok))
            found = 0;
        if (!found)
            m.entity = NULL;
        if (ex_match_initial(st, caps, n, i, &m) &&
            !ex_place_in_name(st, &m, i, n)) {
            size_t from = i, to = i + m.ntok;
            const kg_onto_entity *court =
                ex_hague_tribunal(st, i, m.ntok, &from, &to);
            /* "the war crimes tribunal in The Hague": one name */
            if (court && from < i && from >= 2 &&
                ex_tok_is(st, from - 2, "war") &&
                ex_tok_is(st, from - 1, "crimes") &&
                !st->toks[from - 2].covered && !st->toks[from - 1].covered)
                from -= 2;
            if (!(em = ex_add_mention(st, from, to, st->toks[from].start,
                                      st->toks[to - 1].end)))
                return KG_OK; /* mention cap: the rest stays unread */
            em->oe = court ? court : ex_shared_entity(st, m.entity, i, m.ntok);
            em->kind = court ? KG_NAME_PROPER : m.kind;
            if ((err = ex_fill_entity(st, em, NULL)) < 0 ||
                (err = ex_place_people(st, em)) < 0 ||
                (err = ex_host_people(st, em)) < 0)
                return err;
            em = &st->ments[st->nments - 1]; /* (two may have become one) */
            if ((err = ex_extend_group(st, em)) < 0 ||
                (err = ex_definite_person(st, em)) < 0)
                return err;
            ex_surname_person(st, em);
            i = em->t1;
            continue;
        }
        if (t->flags & KG_TOKF_HYPHEN) {
            /* Russian-Turkish: each part on its own */
            const char *w = st->doc->text + t->start;
            size_t len = t->end - t->start, p = 0;
            int first = -1;
            while (p < len) {
                size_t q = p;
                kg_onto_match pm;
                const char *pk;
                while (q < len && w[q] != '-')
                    q++;
                kg_buf_clear(&st->tmp);
                if ((err = kg_onto__token_key(w + p, q - p, &st->tmp)) < 0)
                    return err;
                pk = st->tmp.ptr ? st->tmp.ptr : "";
                if (*pk &&
                    kg_onto__match(st->onto, &pk, NULL, NULL, 1, 0, &pm)) {
                    if (!(em = ex_add_mention(st, i, i + 1, t->start + p,
                                              t->start + q)))
                        return KG_OK;
                    em->oe = pm.entity;
                    em->kind = pm.kind;
                    if ((err = ex_fill_entity(st, em, NULL)) < 0)
                        return err;
                    if (first >= 0) {
                        em->compound = 1;
                        st->ments[first].compound = 1;
                    } else {
                        first = (int)st->nments - 1;
                    }
                }
                p = q + 1;
            }
            if (first >= 0 && (size_t)first + 2 == st->nments &&
                (err = ex_dual_national(st, i)) != 0) {
                if (err < 0)
                    return err;
                i = st->ments[st->nments - 1].t1;
                continue;
            }
            if (first >= 0 && (size_t)first + 1 == st->nments && len > 4 &&
                memcmp(w + len - 4, "-led", 4) == 0) {
                /* "the Taliban-led government" */
                int r = ex_ruling_group(st, &st->ments[first], i + 1);
                if (r < 0)
                    return r;
                if (r) {
                    i = st->ments[first].t1;
                    continue;
                }
                if (ex_leads_group(&st->ments[first])) {
                    /* "Saudi-led forces", "US-led troops", "NATO-led
                     * troops": the leader's own sector (SAUMIL), as
                     * "Saudi forces" is; "the Saudi-led coalition" and
                     * "a US-led invasion" name no sector and are left */
                    ex_mention *lm = &st->ments[first];
                    size_t t1 = lm->t1;
                    if ((err = ex_extend_group(st, lm)) < 0)
                        return err;
                    if (lm->t1 > t1) {
                        i = lm->t1;
                        continue;
                    }
                }
            }
            if (first >= 0) {
                i++;
                continue;
            }
        }
        if (i == 0 || ex_is_quote(st, i - 1) || ex_tok_punct(st, i - 1, '(') ||
            ex_institution(st, i)) {
            /* "Insurgents bombarded ...", "Police said": a group noun
             * capitalised only because it opens the sentence, or an
             * institution written with a capital ("the Army said") */
            size_t used = 0;
            if ((err = ex_coref_noun(st, i, 1, &used)) < 0)
                return err;
            if (used) {
                i += used;
                continue;
            }
        }
        if (ex_faith_before_group(st, i)) {
            /* "clashed with Shiite militiamen": the group noun after it
             * is the actor, not a name "Shiite" */
            i++;
            continue;
        }
        {
            size_t used = 0;
            if ((err = ex_unknown_actor(st, i, n, &used)) < 0)
                return err;
            i += used ? used : 1;
        }
    }
    return KG_OK;
}

/* "Turkish President Recep Tayyip Erdogan", "Kremlin spokesman Dmitry
 * Peskov": a country word and a title before a person belong to the person
 * (the title gives the agent code where the ontology has no office). */
static int ex_glue_titles(ex_state *st)
{
    size_t i;
    int err;

    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const char *agent = NULL;
        size_t tl;
        if (a->compound || !a->oe || !p->oe || a->kind > KG_NAME_METONYM ||
            p->kind > KG_NAME_METONYM ||
            strcmp(p->oe->type, "Person") != 0 ||
            strcmp(a->oe->type, "Person") == 0)
            continue;
        tl = ex_match_title(st, a->t1, &agent);
        if (!tl || a->t1 + tl != p->t0)
            continue;
        a->dropped = 1;
        p->t0 = a->t0;
        p->start = a->start;
        if ((err = ex_fill_entity(st, p, agent)) < 0)
            return err;
        if (!p->ent.country)
            p->ent.country = a->ent.country;
    }
    return KG_OK;
}

/* "the mayor of Nablus", "the president of the northern West Bank city":
 * "the", an unnamed title and "of" before a country or place (up to two
 * lower-case words between) make one mention: the state acting through
 * that office, coded like its government (PSEGOV). */
static int ex_officials_of_places(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const kg_onto_entity *c;
        const char *agent = NULL;
        size_t j = m->t0, words = 0, k, tl = 0;
        if (m->dropped || !m->oe || m->kind > KG_NAME_METONYM ||
            (strcmp(m->oe->type, "Country") != 0 &&
             strcmp(m->oe->type, "Place") != 0))
            continue;
        while (j > 0 && words < 2 && st->toks[j - 1].kind == KG_TOK_WORD &&
               st->toks[j - 1].tag == KG_W_NONE &&
               !(st->toks[j - 1].flags & KG_TOKF_CAP) &&
               !st->toks[j - 1].covered) {
            j--;
            words++;
        }
        if (j > 0 && st->toks[j - 1].tag == KG_W_DET)
            j--;
        if (j < 3 || !ex_tok_is(st, j - 1, "of"))
            continue;
        /* the title ends right before "of" ("mayor", "prime minister") */
        for (k = j - 1; k-- > 1 && j - 1 - k <= 3;) {
            tl = ex_match_title(st, k, &agent);
            if (tl == j - 1 - k)
                break;
            tl = 0;
        }
        if (!tl || !agent || st->toks[k].covered ||
            (st->toks[k].flags & KG_TOKF_CAP) || !ex_tok_is(st, k - 1, "the"))
            continue;
        c = strcmp(m->oe->type, "Country") == 0
                ? m->oe
                : kg_onto__entity(st->onto, m->oe->country);
        if (!c)
            continue;
        m->t0 = k;
        m->start = m->ent.start = st->toks[k].start;
        m->ent.id = c->id;
        m->ent.label = c->label;
        m->ent.type = c->type;
        m->ent.country = c->id;
        m->ent.code = ex_concat(st, c->id, agent);
        m->ent.text =
            ex_strndup(st, st->doc->text + m->start, m->end - m->start);
        m->kind = KG_NAME_METONYM;
        if (!m->ent.code || !m->ent.text)
            return KG_ENOMEM;
    }
    return KG_OK;
}

/* The one country the sentence's mentions other than skip belong to, or
 * NULL when they name none or several. */
static const kg_onto_entity *ex_sentence_country(const ex_state *st,
                                                 const ex_mention *skip)
{
    const kg_onto_entity *c = NULL;
    size_t k;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        const kg_onto_entity *mc;
        if (m == skip || m->dropped || m->ent.is_value ||
            !(mc = ex_country_of(st, m->ent.country)))
            continue;
        if (c && c != mc)
            return NULL;
        c = mc;
    }
    return c;
}

/* "the opposition Move Forward party", "opposition leader Raila Odinga":
 * an unknown name right after a bare "opposition" (and perhaps "leader",
 * "party") is an opposition party or person of the sentence's country
 * (coded CCCOPP, as PETRARCH's OPPOSITION_LEADER), which the sentence
 * names alone or the article names most; with no such country the name
 * stays uncoded.  "party" or "movement" after the name joins it. */
static int ex_opposition_names(ex_state *st)
{
    static const char *const roles[] = {
        "leader", "leaders", "figure", "politician", "candidate", "party",
        "movement", "lawmaker", "activist", "coalition", NULL};
    static const char *const bodies[] = {"party", "movement", "alliance",
                                         "coalition", NULL};
    size_t i;
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const kg_onto_entity *c;
        size_t j = a->t1;
        if (a->dropped || a->kind != EX_NAME_COREF || a->t1 != a->t0 + 1 ||
            !ex_tok_is(st, a->t0, "opposition") || !a->ent.code ||
            !ex_code_ends(a->ent.code, "OPP"))
            continue;
        if (j < st->ntoks && !(st->toks[j].flags & KG_TOKF_CAP) &&
            ex_pronoun_is(&st->toks[j], roles))
            j++;
        if (p->t0 != j || p->dropped || p->ent.is_value ||
            !(st->toks[j].flags & KG_TOKF_CAP))
            continue;
        if (p->kind == EX_NAME_GROUP && ex_code_ends(p->ent.code, "PTY")) {
            /* "the opposition Cambodia National Rescue Party": a party
             * read from its country's name */
            c = ex_country_of(st, p->ent.country);
        } else {
            if (p->ent.code || p->oe)
                continue;
            c = ex_country_of(st, a->ent.country);
            if (!c && !(c = ex_sentence_country(st, p)))
                c = ex_home_country(st);
        }
        if (!c)
            continue;
        p->ent.country = c->id;
        if (!(p->ent.code = ex_concat(st, c->id, "OPP")))
            return KG_ENOMEM;
        /* the mention starts at "opposition": "urged opposition leader
         * Raila Odinga" has its object right after the verb */
        a->dropped = 1;
        p->t0 = a->t0;
        p->start = p->ent.start = a->start;
        if (i + 2 < st->nments && p->t1 < st->ntoks &&
            ex_pronoun_is(&st->toks[p->t1], bodies)) {
            ex_mention *b = &st->ments[i + 2];
            if (b->t0 == p->t1 && b->kind == EX_NAME_COREF)
                b->dropped = 1;
            p->t1++;
            p->end = p->ent.end = st->toks[p->t1 - 1].end;
            p->ent.type = "Organization";
        }
        if (!(p->ent.text = ex_strndup(st, st->doc->text + p->start,
                                       p->end - p->start)))
            return KG_ENOMEM;
    }
    return KG_OK;
}

/* The mention found so far that starts at token t and is an actor, or
 * NULL (before ex_index_mentions: a scan, for rare phrases only). */
static ex_mention *ex_actor_starting(ex_state *st, size_t t)
{
    size_t k;
    for (k = 0; k < st->nments; k++)
        if (st->ments[k].t0 == t && !st->ments[k].dropped &&
            !st->ments[k].ent.is_value)
            return &st->ments[k];
    return NULL;
}

/* The last mention found so far that ends at token t and is an actor, or
 * NULL (a scan, as ex_actor_starting). */
static ex_mention *ex_actor_ending(ex_state *st, size_t t)
{
    ex_mention *found = NULL;
    size_t k;
    for (k = 0; k < st->nments; k++)
        if (st->ments[k].t1 == t && !st->ments[k].dropped &&
            !st->ments[k].ent.is_value)
            found = &st->ments[k];
    return found;
}

/* "militiamen loyal to radical cleric Moqtada al-Sadr", "fighters loyal
 * to Sadr", "forces loyal to the government": a bare group noun and
 * "loyal to" an actor is that actor's armed group, one mention over the
 * whole phrase (the actor inside is no party of the sentence's verbs).
 * It is coded with the actor's country and the noun's agent (IRQUAF),
 * or as the actor itself when that is a group or organisation ("loyal to
 * the Taliban").  A group noun with a country of its own ("Iraqi forces
 * loyal to Allawi") keeps its code and only takes the phrase in. */
static int ex_loyal_groups(ex_state *st)
{
    size_t k;
    for (k = 1; k + 2 < st->ntoks; k++) {
        ex_mention *g, *x, *tail;
        const char *agent = NULL, *country, *code, *noun;
        size_t j = k + 2, words = 0;
        char id[96];
        if (!ex_tok_is(st, k, "loyal") || !ex_tok_is(st, k + 1, "to") ||
            st->toks[k].covered)
            continue;
        g = ex_actor_ending(st, k);
        if (g && g->kind != EX_NAME_COREF && g->kind != EX_NAME_GROUP)
            continue;
        if (g && ex_match_agent(st, g->t0, &agent) != g->t1 - g->t0 &&
            g->kind == EX_NAME_COREF)
            continue; /* ("the alliance", "the war-torn country") */
        if (!g && !ex_tok_is(st, k - 1, "fighters"))
            continue;
        /* ("loyal to radical Shiite cleric Muqtada al-Sadr": a faith
         * before the role noun is one of its words) */
        while (j < st->ntoks && words < 3 &&
               (st->toks[j].tag == KG_W_DET ||
                (st->toks[j].kind == KG_TOK_WORD &&
                 st->toks[j].tag == KG_W_NONE &&
                 (!(st->toks[j].flags & KG_TOKF_CAP) ||
                  ex_faith_before_group(st, j)) &&
                 !ex_actor_starting(st, j)))) {
            words += st->toks[j].tag != KG_W_DET;
            j++;
        }
        if (j >= st->ntoks || !(x = ex_actor_starting(st, j)))
            continue;
        /* "radical cleric Moqtada al-Sadr", "rebel cleric ...": role
         * nouns before a name */
        while (ex_sector_only(&x->ent) &&
               (tail = ex_actor_starting(st, x->t1)) != NULL) {
            x->dropped = 1;
            x = tail;
        }
        /* "the ousted Taliban regime": the group noun after the name */
        if ((tail = ex_actor_starting(st, x->t1)) != NULL &&
            tail->kind == EX_NAME_COREF &&
            !(st->toks[tail->t0].flags & KG_TOKF_CAP))
            tail->dropped = 1;
        else
            tail = NULL;
        x->dropped = 1;
        if (!g) {
            if (!(g = ex_add_mention(st, k - 1, k, st->toks[k - 1].start,
                                     st->toks[k - 1].end)))
                return KG_OK;
            g->kind = EX_NAME_COREF;
            agent = "REB";
        }
        g->t1 = tail ? tail->t1 : x->t1;
        g->end = st->toks[g->t1 - 1].end;
        noun = ex_strndup(st, st->doc->text + g->start,
                          st->toks[k - 1].end - g->start);
        g->ent.start = g->start;
        g->ent.end = g->end;
        g->ent.text = ex_strndup(st, st->doc->text + g->start,
                                 g->end - g->start);
        if (!noun || !g->ent.text)
            return KG_ENOMEM;
        if (g->kind == EX_NAME_GROUP)
            continue;
        country = x->ent.type && !strcmp(x->ent.type, "Country")
                      ? x->ent.id
                      : x->ent.country;
        if (x->ent.type && x->ent.code && !ex_sector_only(&x->ent) &&
            (!strcmp(x->ent.type, "Group") ||
             !strcmp(x->ent.type, "Organization")))
            code = x->ent.code;
        else
            code = ex_concat(st, country ? country : "---", agent);
        snprintf(id, sizeof(id), "%s_%s", x->ent.id, agent);
        g->ent.id = ex_strndup(st, id, strlen(id));
        g->ent.code = code;
        g->ent.country = country;
        g->ent.type = "Group";
        noun = ex_concat(st, noun, " loyal to ");
        g->ent.label =
            noun ? ex_concat(st, noun,
                             x->ent.label ? x->ent.label : x->ent.text)
                 : NULL;
        if (!g->ent.id || !g->ent.code || !g->ent.label)
            return KG_ENOMEM;
    }
    return KG_OK;
}

/* The other part of a compound mention (same token), or NULL. */
static const ex_mention *ex_sibling(const ex_state *st, const ex_mention *m)
{
    size_t i;
    if (!m || !m->compound)
        return NULL;
    for (i = 0; i < st->nments; i++)
        if (&st->ments[i] != m && st->ments[i].compound &&
            st->ments[i].t0 == m->t0)
            return &st->ments[i];
    return NULL;
}

static int ex_cmp_mention(const void *a, const void *b)
{
    const ex_mention *x = a, *y = b;
    if (x->t0 != y->t0)
        return x->t0 < y->t0 ? -1 : 1;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* Sort mentions by position and mark the tokens they cover. */
static void ex_index_mentions(ex_state *st)
{
    size_t i, k;
    qsort(st->ments, st->nments, sizeof(*st->ments), ex_cmp_mention);
    for (i = 0; i < st->ntoks; i++)
        st->toks[i].mention = st->toks[i].covered = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        if (m->dropped)
            continue;
        if (!st->toks[m->t0].mention)
            st->toks[m->t0].mention = (int)i + 1;
        for (k = m->t0; k < m->t1; k++)
            st->toks[k].covered = (int)i + 1;
    }
}

/* ---- relations -------------------------------------------------------- */

static int ex_is_date(const kg_entity *e)
{
    return e->is_value && e->type && strcmp(e->type, "Date") == 0;
}

/* "allowed International Atomic Energy Agency inspectors": the verb entry
 * at token i read with the name of several words right after it (an
 * article first) as one word, when the verb alone is no entry and the
 * entry spans words past the name; *ntok receives its tokens. */
static const kg_onto_relation *ex_match_past_name(ex_state *st, size_t i,
                                                  size_t *ntok)
{
    size_t a = i + 1;
    const ex_mention *vm;
    const kg_onto_relation *vr;
    ex_reread u;
    size_t vn;
    if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
        a++;
    /* (not a name the '*' would carry over a comma: "sold Nobel
     * Industrier, an arms group") */
    if (a >= st->ntoks || (vm = ex_mention_at(st, a)) == NULL ||
        vm->t0 != a || vm->t1 <= a + 1 || vm->dropped || vm->ent.is_value ||
        vm->t1 >= st->ntoks || st->toks[vm->t1].kind != KG_TOK_WORD)
        return NULL;
    u.st = st;
    u.at = i;
    u.len = 1;
    u.as = NULL;
    u.m0 = vm->t0;
    u.m1 = vm->t1;
    if (!kg_onto__match_relation(st->onto, st->ntoks - (vm->t1 - vm->t0 - 1),
                                 i, 0, ex_lemma_reread, &u, &vr, &vn) ||
        vr->noun || i + vn <= vm->t0 + 1)
        return NULL;
    *ntok = vn + (vm->t1 - vm->t0 - 1);
    return vr;
}

/* A date phrase from token j ("on Monday", "Tuesday", "last week" when
 * kg reads it as a date): the token after it, or j when there is none. */
static size_t ex_when_phrase(const ex_state *st, size_t j)
{
    /* (a weekday is a date only when the document has one) */
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", NULL};
    static const char *const now[] = {"yesterday", "today", NULL};
    const ex_mention *m;
    size_t k = j;
    if (ex_tok_is(st, k, "on"))
        k++;
    if (k >= st->ntoks)
        return j;
    if ((m = ex_mention_at(st, k)) != NULL && m->t0 == k && !m->dropped &&
        ex_is_date(&m->ent))
        return m->t1;
    if ((ex_pronoun_is(&st->toks[k], days) &&
         (st->toks[k].flags & KG_TOKF_CAP)) ||
        (k == j && ex_pronoun_is(&st->toks[k], now)))
        return k + 1;
    return j;
}

static int ex_is_person(const kg_entity *e)
{
    return e->type && strcmp(e->type, "Person") == 0;
}

/* The last person named before token t: in this sentence, else earlier. */
/* "Russia's president", "the Egyptian foreign minister": is mention m an
 * office named without its holder (a country or body and a title that
 * ends the mention)?  Its holder is a person "he" or "she" may stand
 * for. */
static int ex_is_office(const ex_state *st, const ex_mention *m)
{
    size_t p;
    const char *agent = NULL;
    if (m->kind != KG_NAME_METONYM || ex_is_person(&m->ent) ||
        m->ent.is_value)
        return 0;
    for (p = m->t0 + 1; p < m->t1; p++) {
        size_t tl = ex_match_title(st, p, &agent);
        if (tl && p + tl == m->t1)
            return 1;
    }
    return 0;
}

/* Is "host" at token i a presenter, not a state receiving a visit
 * (043)?  A noun after a media word or a preposition ("US television
 * host Dick Clark", "ex-chatshow host Mr Kilroy-Silk", "told by hosts
 * Ant and Dec"), or a verb whose object is a broadcast ("will host the
 * lunchtime show", "hosted the Tonight Show", "hosting a Christmas Day
 * concert"): CAMEO 043 needs a guest. */
static int ex_host_presenter(const ex_state *st, size_t i)
{
    static const char *const media[] = {
        "television", "tv", "radio", "programme", "program", "quiz",
        "game", NULL};
    static const char *const shows[] = {
        "show",     "shows",      "programme", "programmes", "program",
        "programs", "concert",    "concerts",  "quiz",       "countdown",
        "series",   "broadcast",  "broadcasts", "podcast",   "ceremony",
        NULL};
    size_t j, n;
    if (i > 0 && st->toks[i - 1].kind == KG_TOK_WORD &&
        !(st->toks[i - 1].flags & KG_TOKF_CAP)) {
        const ex_tok *p = &st->toks[i - 1];
        size_t pl = strlen(p->lower);
        if (ex_pronoun_is(p, media) ||
            (pl >= 4 && !strcmp(p->lower + pl - 4, "show")) ||
            (p->tag == KG_W_PREP && !ex_tok_is(st, i - 1, "to")))
            return 1;
    }
    for (j = i + 1, n = 0; j < st->ntoks && n < 8; j++, n++) {
        const ex_tok *k = &st->toks[j];
        if (k->kind == KG_TOK_PUNCT || k->tag == KG_W_PREP ||
            k->tag == KG_W_CONJ || k->tag == KG_W_SUB)
            break;
        if (k->kind == KG_TOK_WORD && ex_pronoun_is(k, shows))
            return 1;
    }
    return 0;
}

/* The "host" entry (043) read at the verb of token i, or NULL. */
static const kg_onto_relation *ex_host_entry(ex_state *st, size_t i)
{
    ex_reread u;
    const kg_onto_relation *hr;
    size_t hn;
    memset(&u, 0, sizeof(u));
    u.st = st;
    u.at = i;
    u.len = 1;
    u.as = "host";
    if (!kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma_reread,
                                 &u, &hr, &hn) ||
        hr->noun || hn != 1 || !hr->cameo || strcmp(hr->cameo, "043") != 0)
        return NULL;
    return hr;
}

/* "told visiting U.S. Secretary of State George Shultz", "met the
 * visiting Brazilian president": "visiting" before a person or an office
 * is the guest's modifier, not the subject's visit; the subject hosts the
 * guest (043), as the wire's "X met visiting Y" means (the visit, Y's to
 * X, would read X visiting Y the wrong way round).  Not after an
 * auxiliary, a name, a comma or a word that opens a clause of its own
 * ("is visiting", "Mr Straw, visiting Beijing,", "while visiting"). */
static int ex_visiting_modifier(const ex_state *st, size_t i)
{
    static const char *const verbal[] = {
        "while", "when",  "after", "before", "since", "by",  "on",
        "in",    "of",    "without", "from", "and",   "or",  "also",
        "not",   "be",    "been",  "is",     "was",   "are", "were",
        "am",    "being", "to",    "for",    "about", "who", "which",
        "that",  "still", "currently", "now", "just", NULL};
    const ex_mention *m;
    const ex_tok *p;
    if (i == 0 || i + 1 >= st->ntoks || !ex_tok_is(st, i, "visiting"))
        return 0;
    m = ex_mention_at(st, i + 1);
    if (!m || m->t0 != i + 1 || m->dropped || m->ent.is_value)
        return 0;
    /* (a country before its official's title: "visiting U.S. Secretary
     * of State George Shultz") */
    if (!(ex_is_person(&m->ent) || ex_is_office(st, m)) &&
        !(m->t1 < st->ntoks && st->toks[m->t1].kind == KG_TOK_WORD &&
          (st->toks[m->t1].flags & KG_TOKF_CAP)))
        return 0;
    p = &st->toks[i - 1];
    if (p->tag == KG_W_DET)
        return 1;
    return p->kind == KG_TOK_WORD && !p->covered &&
           !(p->flags & KG_TOKF_CAP) && p->tag != KG_W_AUX &&
           !ex_pronoun_is(p, verbal);
}

/* A visit received: the verb at token i is "welcome" or "receive" and
 * a person or an office follows it ("received Russian President Vladimir
 * Putin in Beijing", "welcomed the Israeli prime minister to Cairo").
 * CAMEO codes it as hosting (043), not praise (051): "receive" needs the
 * person to end the phrase ("received Putin's letter" is a thing
 * received), "welcome" a place the guest comes to ("welcomed Blinken's
 * remarks", "welcomed Macron's election" stay praise).  The host entry,
 * or NULL. */
static const kg_onto_relation *ex_host_visit(ex_state *st, size_t i)
{
    const char *lem;
    const ex_mention *m, *pm;
    size_t a = i + 1, e, j;
    int welcome = -1;
    /* (the guest first: this is asked of every word that starts no
     * entry, and few have a person right after them) */
    while (a < st->ntoks && st->toks[a].tag == KG_W_DET)
        a++;
    if (a >= st->ntoks || !(m = ex_mention_at(st, a)) || m->t0 != a ||
        m->dropped || m->ent.is_value ||
        !(ex_is_person(&m->ent) || ex_is_office(st, m)))
        return NULL;
    for (j = 0; welcome < 0 && (lem = ex_lemma(i, j, st)) != NULL; j++)
        if (!strcmp(lem, "welcome") || !strcmp(lem, "receive"))
            welcome = lem[0] == 'w';
    if (welcome < 0)
        return NULL;
    e = m->t1;
    if (e < st->ntoks && (pm = ex_mention_at(st, e)) != NULL && pm->t0 == e &&
        !pm->dropped && ex_is_person(&pm->ent))
        e = pm->t1; /* "Jordan's King Abdullah": the office, then its name */
    if (welcome) {
        /* "to Cairo", "to Egypt": where the guest was received */
        size_t b = e + 1;
        if (e >= st->ntoks || !ex_tok_is(st, e, "to"))
            return NULL;
        while (b < st->ntoks && st->toks[b].tag == KG_W_DET)
            b++;
        if (b >= st->ntoks || !(pm = ex_mention_at(st, b)) || pm->t0 != b ||
            pm->dropped || pm->ent.is_value || !pm->ent.type ||
            (strcmp(pm->ent.type, "Country") != 0 &&
             strcmp(pm->ent.type, "Place") != 0))
            return NULL;
    } else if (e < st->ntoks && st->toks[e].kind == KG_TOK_WORD &&
               st->toks[e].tag != KG_W_PREP && st->toks[e].tag != KG_W_CONJ &&
               ex_when_phrase(st, e) == e) {
        return NULL; /* "received Putin's letter", "received Erdogan aides" */
    }
    return ex_host_entry(st, i);
}

static const kg_entity *ex_last_person(const ex_state *st, size_t t,
                                       const kg_entity *avoid)
{
    size_t i;
    const kg_entity *best = NULL;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->t0 >= t)
            break;
        if (!m->dropped && !m->ent.is_value &&
            (ex_is_person(&m->ent) || ex_is_office(st, m)) &&
            !st->toks[m->t0].quote && !ex_same_id(&m->ent, avoid))
            best = &m->ent;
    }
    if (!best && st->have_salient && !ex_same_id(&st->salient, avoid))
        best = &st->salient;
    if (!best && st->have_last_person && !ex_same_id(&st->last_person, avoid))
        best = &st->last_person;
    return best;
}

/* The nearest earlier non-person actor (for "it"), other than not. */
static const kg_entity *ex_last_thing(const ex_state *st, size_t t,
                                      const kg_entity *not)
{
    size_t i;
    const kg_entity *best = NULL;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->t0 >= t)
            break;
        /* (an adjective is no antecedent: "its purchases of Russian
         * crude oil, increasing its trade" is India's) */
        if (!m->dropped && !m->ent.is_value && !ex_is_person(&m->ent) &&
            !ex_demonym_adjective(st, m) &&
            (!not || strcmp(m->ent.id, not->id) != 0))
            best = &m->ent;
    }
    return best;
}


static const char *const ex_he[] = {"he", "she", "his", "her", "him", NULL};


/* A verb that lends its subject to the event noun after it. */
static int ex_light_verb(ex_state *st, size_t i)
{
    static const char *const verbs[] = {
        "provide", "give", "offer", "extend", "lend", "send", "grant",
        "make", "take", "launch", "conduct", "stage", "hold", "express",
        "voice", "issue", "impose", "order", "carry", "announce", "deliver",
        "present", "file", "lodge", "pledge", "promise", "seek", "begin",
        "start", "continue", "resume", "step",
        /* relations that a subject tends: "deepen a partnership",
         * "strengthen sanctions", "restore ties" */
        "deepen", "strengthen", "expand", "forge", "build", "establish",
        "maintain", "restore", "boost", "develop", "enjoy", "tighten",
        "intensify", "escalate",
        /* acts a subject brings about: "signed a $130 million loan
         * agreement with", "won the war against", "opened an inquiry into",
         * "ratified a sweeping agreement with" */
        "sign", "wage", "win", "open", "unleash", "perpetrate", "commit",
        "conclude", "finalize", "finalise", "seal", "form", "ratify",
        "endorse",
        /* irregular forms, whatever lemmas the lexicon's rows give */
        "made", "making", "took", "taken", "gave", "given", "held", "sent",
        "lent", "began", "begun", "won", "sought", "paid", "pay", NULL};
    size_t j, k;
    const char *c;
    if (ex_tok_is(st, i, "for") && i >= 2 &&
        ex_tok_is(st, i - 1, "responsibility")) {
        /* "Hamas claimed responsibility for the bombing of a bus": the
         * claimant owns the act ("admitted responsibility for the
         * attack" too) */
        for (j = 0; (c = ex_lemma(i - 2, j, st)) != NULL; j++)
            if (!strcmp(c, "claim") || !strcmp(c, "admit") ||
                !strcmp(c, "accept"))
                return 1;
        return 0;
    }
    if (ex_tok_is(st, i, "out")) {
        /* "carried out attacks on", "carry out raids": the particle */
        if (i == 0)
            return 0;
        for (j = 0; (c = ex_lemma(i - 1, j, st)) != NULL; j++)
            if (!strcmp(c, "carry"))
                return 1;
        return 0;
    }
    /* asked for every word before a possible relation trigger: the first
     * byte settles most comparisons without a call */
    for (j = 0; (c = ex_lemma(i, j, st)) != NULL; j++)
        for (k = 0; verbs[k]; k++)
            if (c[0] == verbs[k][0] && !strcmp(c, verbs[k]))
                return 1;
    return 0;
}

/* Verbs that stop an act told as a noun after them ("suspended economic
 * assistance to Myanmar"): the act stays their subject's, and
 * ex_stopped_before turns it into a reduction of relations. */
static const char *const ex_stop_words[] = {
    "suspend",   "suspends",  "suspended", "suspending", "halt",
    "halts",     "halted",    "halting",   "cut",        "cuts",
    "cutting",   "stop",      "stops",     "stopped",    "stopping",
    "freeze",    "freezes",   "froze",     "frozen",     "freezing",
    "pause",     "pauses",    "paused",    "pausing",    "slash",
    "slashes",   "slashed",   "slashing",  "withhold",   "withholds",
    "withheld",  "withholding", "cancel",  "cancels",    "cancelled",
    "canceled",  "cancelling", "canceling", NULL};

/* May token i stand between a noun trigger and the actor that owns it
 * ("Turkey's repeated requests", "the Russian-Turkish trade", "Western
 * sanctions")?  Verbs, prepositions and clause words end the phrase. */
static int ex_in_noun_phrase(const ex_state *st, size_t i, size_t *open)
{
    /* "carried out a series of attacks on", "issued a raft of demands
     * to", "imposed a new package of sanctions on": a noun that counts
     * or groups the acts leaves them the verb's */
    static const char *const counts[] = {
        "series", "string",  "wave",   "spate",  "round", "rounds",
        "barrage", "volley", "flurry", "number", "raft",  "slew",
        "package", "set",    "host",   "batch",  NULL};
    const ex_tok *k = &st->toks[i];
    if (k->tag == KG_W_DET || ex_is_quote(st, i) || ex_tok_is(st, i, "and") ||
        ex_tok_is(st, i, "s") || ex_tok_is(st, i, "'s"))
        return 1;
    if (i > 0 && ex_tok_is(st, i, "of") &&
        ex_pronoun_is(&st->toks[i - 1], counts))
        return 1;
    /* "Israel condemned the killing of": a word before the phrase's
     * article is the verb that takes the phrase, and the act is not its
     * subject's (a light verb, "carried out the killing", was read before
     * this is asked; a verb that stops the act, "suspended the loans", and
     * a particle, "stepped up the attacks", keep it the subject's);
     * "militants behind a rocket attack on" are its agents */
    if (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE && !k->trigger &&
        !(k->flags & KG_TOKF_CAP) && i + 1 < st->ntoks &&
        st->toks[i + 1].tag == KG_W_DET && !ex_tok_is(st, i, "up") &&
        !ex_tok_is(st, i, "down") && !ex_tok_is(st, i, "off") &&
        !ex_pronoun_is(k, ex_stop_words))
        return ex_tok_is(st, i, "behind");
    if (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE && !k->trigger &&
        !(k->flags & KG_TOKF_CAP))
        return ++*open <= 2;
    /* "Turkey has a special relationship with": having a relation */
    if (ex_tok_is(st, i, "has") || ex_tok_is(st, i, "have") ||
        ex_tok_is(st, i, "had"))
        return ++*open <= 3;
    return 0;
}

static const char *const ex_it[] = {"it", "its", NULL};
static const char *const ex_i[] = {"i", "me", "my", NULL};
static const char *const ex_we[] = {"we", "us", "our", NULL};
static const char *const ex_you[] = {"you", "your", NULL};

/* "“Dear Russian friends, you are ...": an actor that opens a quote,
 * before a comma, is whom the speech addresses ("you" in it and in the
 * quotes after).  Updates st->addressee. */
static void ex_note_addressee(ex_state *st)
{
    size_t i;
    for (i = 0; i + 2 < st->ntoks; i++) {
        const ex_mention *m;
        size_t j = i + 1;
        if (!ex_is_quote(st, i) || !st->toks[j].quote)
            continue;
        if (ex_tok_is(st, j, "dear") || ex_tok_is(st, j, "my"))
            j++;
        m = ex_mention_at(st, j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value)
            continue;
        /* ("Dear Russian friends,": up to two words after the actor) */
        for (j = m->t1; j < st->ntoks && j < m->t1 + 2 &&
                        st->toks[j].kind == KG_TOK_WORD &&
                        st->toks[j].tag == KG_W_NONE;
             j++)
            ;
        if (j + 1 < st->ntoks && ex_tok_punct(st, j, ',') &&
            ex_pronoun_is(&st->toks[j + 1], ex_you)) {
            st->addressee = m->ent;
            st->have_addressee = 1;
            return;
        }
    }
}

/* The speaker's country, as an entity, for "we" in a quote. */
static const kg_entity *ex_speaker_country(ex_state *st)
{
    static kg_entity none;
    const kg_onto_entity *oe;
    kg_entity *e;
    if (!st->have_speaker || !ex_is_person(&st->speaker) ||
        !st->speaker.country ||
        !(oe = kg_onto__entity(st->onto, st->speaker.country)) ||
        strcmp(oe->type, "Country") != 0)
        return NULL;
    e = kg_arena_alloc(&st->arena, sizeof(*e));
    if (!e)
        return NULL;
    *e = none;
    e->id = oe->id;
    e->label = oe->label;
    e->type = oe->type;
    e->code = oe->code;
    e->country = oe->id;
    return e;
}

static int ex_home_curfew(const char *cameo);

/* The country of subj as an entity, when subj is one of its parts, coded
 * with a sector after the country's code (a government, a leader, its
 * army, its opposition: LKAGOV, VENOPP), not the country or one of its
 * people (HOB); else NULL. */
static const kg_entity *ex_own_country(ex_state *st, const kg_entity *subj,
                                       const char *cameo)
{
    static kg_entity none;
    const kg_onto_entity *oe;
    kg_entity *e;
    /* (a government named by its country, node LKA coded LKAGOV, only
     * for a curfew, martial law or an emergency, which are domestic:
     * "Washington lifted remaining restrictions" eased them for Poland,
     * named in the sentence before) */
    if (!subj || subj->is_value || !subj->country || !subj->code ||
        (!strcmp(subj->country, subj->id) && !ex_home_curfew(cameo)) ||
        !(oe = ex_country_of(st, subj->country)) || !oe->code ||
        strlen(subj->code) <= strlen(oe->code) ||
        strncmp(subj->code, oe->code, strlen(oe->code)) != 0)
        return NULL;
    e = kg_arena_alloc(&st->arena, sizeof(*e));
    if (!e)
        return NULL;
    *e = none;
    e->id = oe->id;
    e->label = oe->label;
    e->type = oe->type;
    e->code = oe->code;
    e->country = oe->id;
    return e;
}

/* "Japan protested after North Korea fired a missile", "Seoul condemned
 * the move after Pyongyang shelled the island", "complained when Russia
 * cut off gas": a protest, a complaint or a condemnation with no party
 * named is aimed at the actor of the "after" or "when" clause that
 * follows it (up to three words of a thing between: "the attack").  The
 * clause's subject must be an actor, followed by its verb or a
 * possessive ("after North Korea's launch"), and not subj itself.
 * Returns its mention, or NULL. */
static const ex_mention *ex_after_actor(const ex_state *st, size_t t1,
                                        const kg_entity *subj)
{
    const ex_mention *m;
    const ex_tok *v;
    size_t j = t1, words = 0;
    while (j < st->ntoks && words < 3 &&
           (st->toks[j].tag == KG_W_DET ||
            (st->toks[j].kind == KG_TOK_WORD &&
             st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP) &&
             !ex_mention_at(st, j)))) {
        j++;
        words++;
    }
    if (j + 2 >= st->ntoks ||
        (!ex_tok_is(st, j, "after") && !ex_tok_is(st, j, "when")))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || !(m = ex_mention_at(st, j)) || m->t0 != j ||
        m->dropped || m->ent.is_value || !m->ent.code || !*m->ent.code ||
        ex_same_id(&m->ent, subj) || m->t1 >= st->ntoks)
        return NULL;
    v = &st->toks[m->t1];
    if (ex_tok_is(st, m->t1, "'s") || ex_tok_is(st, m->t1, "s"))
        return m;
    return v->kind == KG_TOK_WORD && !(v->flags & KG_TOKF_CAP) &&
                   (v->tag == KG_W_NONE || v->tag == KG_W_AUX)
               ? m
               : NULL;
}

/* "Russia told Ukraine (that) it would ...": the addressee of a "tell"
 * verb whose clause starts at token i (i is the clause's first word, after
 * an optional "that"), or NULL.  Such an "it" is the teller: the one told
 * is the addressee, and reported speech says "you" to it. */
static const ex_mention *ex_told_before(const ex_state *st, size_t i)
{
    /* ("warned Lebanon that it would strike": the warner, too; and
     * "promised Turkey it would supply gas", "assured Kyiv that it
     * would": the one who promises) */
    static const char *const tell[] = {
        "told",     "tells",    "tell",    "telling", "warned",
        "warns",    "warn",     "warning", "promised", "promises",
        "promise",  "assured",  "assures", "assure",  "pledged",
        "vowed",    NULL};
    const ex_mention *m;
    size_t j;
    if (i >= 1 && ex_tok_is(st, i - 1, "that"))
        i--;
    /* "told Japan on Monday (that) it would": the day is no party; the
     * one told stands before it */
    for (j = i >= 3 ? i - 3 : 0; j < i; j++)
        if (ex_when_phrase(st, j) == i) {
            i = j;
            break;
        }
    if (i < 2 || !(m = ex_mention_at(st, i - 1)) || m->t1 != i ||
        m->dropped || m->ent.is_value || ex_is_date(&m->ent))
        return NULL;
    for (j = m->t0; j > 0 && st->toks[j - 1].tag == KG_W_DET; j--)
        ;
    return j > 0 && ex_pronoun_is(&st->toks[j - 1], tell) ? m : NULL;
}

/*
 * What the pronoun at token i stands for, or NULL: he/she/his/her the
 * salient person; it/its the nearest earlier thing; in a quote, I/my the
 * speaker and we/our the speaker's country ("We have not reached a stage
 * where we impose sanctions", said by Turkey's president).  They, you and
 * unattributed we stay unresolved rather than guessed.
 */
static const kg_entity *ex_resolve_pronoun(ex_state *st, size_t i)
{
    const ex_tok *k = &st->toks[i];
    size_t p;
    /* "His close ties to Putin worry his allies": a possessive repeated in
     * one sentence keeps its person, whoever was named in between (read
     * where it first stood) */
    if (k->tag == KG_W_POSS && ex_pronoun_is(k, ex_he))
        for (p = 0; p < i; p++)
            if (!strcmp(st->toks[p].lower, k->lower))
                return ex_last_person(st, p, NULL);
    if (ex_pronoun_is(k, ex_he))
        return ex_last_person(st, i, NULL);
    if (ex_pronoun_is(k, ex_it)) {
        const ex_mention *told =
            !strcmp(k->lower, "it") ? ex_told_before(st, i) : NULL;
        return ex_last_thing(st, i, told ? &told->ent : NULL);
    }
    if (k->quote && ex_pronoun_is(k, ex_i))
        return st->have_speaker ? &st->speaker : NULL;
    if (k->quote && ex_pronoun_is(k, ex_we))
        return ex_speaker_country(st);
    if (k->quote && ex_pronoun_is(k, ex_you) && st->have_addressee)
        return &st->addressee;
    return NULL;
}

/* The mention of a resolved pronoun: the entity it stands for, with the
 * pronoun's own text and offsets (provenance points at "He", not at the
 * earlier "Erdoğan"); kept for `kg entities` too.  NULL when full. */
/* The note of the pronoun at token i (see ex_note_pronoun), or NULL. */
static kg_entity *ex_pronoun_note(ex_state *st, size_t i)
{
    size_t k;
    for (k = 0; k < st->nprons; k++)
        if (st->prons[k].start == st->toks[i].start)
            return &st->prons[k];
    return NULL;
}

static const kg_entity *ex_note_pronoun(ex_state *st, size_t i,
                                        const kg_entity *r)
{
    kg_entity *e = ex_pronoun_note(st, i);
    if (e)
        return e;
    if (st->nprons == EX_MAX_PRONOUNS)
        return NULL;
    e = &st->prons[st->nprons];
    *e = *r;
    e->start = st->toks[i].start;
    e->end = st->toks[i].end;
    e->text = ex_strndup(st, st->doc->text + e->start, e->end - e->start);
    if (!e->text)
        return NULL;
    st->nprons++;
    return e;
}

static size_t ex_coordinated(const ex_state *st, const ex_mention *m,
                             const kg_entity **out, size_t max);

/* "his main rival, Kemal Kilicdaroglu, ...": the role noun right before
 * the comma that opens a person's apposition, after a possessive (or
 * "the") and at most three more words.  Returns the token of the noun and
 * sets *poss to the possessive's token, or returns 0. */
static size_t ex_role_before(const ex_state *st, const ex_mention *m,
                             size_t *poss)
{
    size_t j, noun;
    if (m->t0 < 3 || !ex_tok_punct(st, m->t0 - 1, ',') ||
        !ex_is_person(&m->ent) || m->ent.is_value)
        return 0;
    noun = m->t0 - 2;
    for (j = noun + 1; j-- > 0 && noun - j <= 3;) {
        const ex_tok *k = &st->toks[j];
        if (j < noun && (k->tag == KG_W_POSS || ex_tok_is(st, j, "the"))) {
            *poss = j;
            return noun;
        }
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE ||
            (k->flags & KG_TOKF_CAP) || ex_mention_at(st, j))
            return 0;
    }
    return 0;
}

/* Remembers the role nouns of the sentence's appositions (see
 * ex_role_before) for the rest of the document. */
static void ex_note_roles(ex_state *st)
{
    size_t i, k, poss;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        size_t noun;
        if (m->dropped || (noun = ex_role_before(st, m, &poss)) == 0)
            continue;
        for (k = 0; k < st->nroles; k++)
            if (!strcmp(st->role_noun[k], st->toks[noun].lower))
                break;
        if (k == st->nroles) {
            if (k == EX_MAX_ROLES)
                continue;
            st->role_noun[k] = ex_strndup(st, st->toks[noun].lower,
                                          strlen(st->toks[noun].lower));
            if (!st->role_noun[k])
                continue;
            st->nroles++;
        }
        st->role_ent[k] = m->ent;
    }
}

/* "He and his main rival, Kemal Kilicdaroglu, have fallen out": the
 * actor coordinated with a person named in a role apposition, or NULL. */
static const kg_entity *ex_role_partner(ex_state *st, const ex_mention *m)
{
    size_t poss;
    const ex_mention *o;
    if (!m || ex_role_before(st, m, &poss) == 0 || poss < 2 ||
        !ex_tok_is(st, poss - 1, "and"))
        return NULL;
    if (st->toks[poss - 2].tag == KG_W_PRON) {
        const kg_entity *r = ex_resolve_pronoun(st, poss - 2);
        return r ? ex_note_pronoun(st, poss - 2, r) : NULL;
    }
    o = ex_mention_at(st, poss - 2);
    return o && !o->dropped && !o->ent.is_value ? &o->ent : NULL;
}

/* "impose sanctions on Russia as the West did": the actor of a
 * comparison that repeats the verb phrase ending before token j ("as" or
 * "like", the actor, an auxiliary that stands for the verb), or NULL. */
static const ex_mention *ex_as_did(const ex_state *st, size_t j)
{
    static const char *const did[] = {"did", "does", "do", "has", "have",
                                      "had", NULL};
    const ex_mention *m;
    size_t e;
    if (j + 2 < st->ntoks && ex_tok_punct(st, j, ','))
        j++;
    if (j + 2 >= st->ntoks ||
        !(ex_tok_is(st, j, "as") || ex_tok_is(st, j, "like")))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET)
        j++;
    m = ex_mention_at(st, j);
    if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
        m->t1 >= st->ntoks || !ex_pronoun_is(&st->toks[m->t1], did))
        return NULL;
    e = m->t1 + 1;
    if (e < st->ntoks && ex_tok_is(st, e, "done"))
        e++;
    /* "as the US did with Iran", "as Russia had done": the clause ends */
    return e >= st->ntoks || st->toks[e].kind != KG_TOK_WORD ||
                   ex_tok_is(st, e, "with") || ex_tok_is(st, e, "in")
               ? m
               : NULL;
}

/* "the war-torn country it controls": "it" or "they" at token p right
 * after an actor that ends a noun phrase (no "that", no comma between).
 * Returns that actor, or NULL. */
static const ex_mention *ex_gap_head(const ex_state *st, size_t p)
{
    static const char *const catenatives[] = {
        "declined", "refused", "agreed", "wanted", "planned", "tried",
        "sought", "hoped", "failed", "vowed", "promised", "threatened",
        "decided", "declines", "refuses", "agrees", "wants", "plans",
        "tries", "seeks", "hopes", "fails", "vows", "promises", "decides",
        NULL};
    const ex_mention *m;
    size_t j;
    if (p == 0 || p + 2 >= st->ntoks ||
        !(ex_tok_is(st, p, "it") || ex_tok_is(st, p, "they")))
        return NULL;
    /* ("a person in England it declined to identify": the gap is the
     * infinitive's) */
    if (ex_pronoun_is(&st->toks[p + 1], catenatives) &&
        ex_tok_is(st, p + 2, "to"))
        return NULL;
    /* (a country or a place: "the shares of X it owned", "a group of
     * investors it organized" are too loose to read this way) */
    m = ex_mention_at(st, p - 1);
    if (!m || m->t1 != p || m->dropped || m->ent.is_value || !m->ent.type ||
        (strcmp(m->ent.type, "Country") != 0 &&
         strcmp(m->ent.type, "Place") != 0))
        return NULL;
    /* the phrase hangs from a preposition ("parts of the country it
     * controls"); after a verb it is that verb's object ("told the SEC it
     * sold") */
    j = m->t0;
    if (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    return j > 0 && st->toks[j - 1].tag == KG_W_PREP ? m : NULL;
}

/* The pronoun at token p stands for r after all: its note (see
 * ex_note_pronoun) is changed to r, keeping the pronoun's span. */
static const kg_entity *ex_renote_pronoun(ex_state *st, size_t p,
                                          const kg_entity *r)
{
    kg_entity *e = ex_pronoun_note(st, p);
    size_t start, end;
    const char *text;
    if (!e)
        return ex_note_pronoun(st, p, r);
    start = e->start;
    end = e->end;
    text = e->text;
    *e = *r;
    e->start = start;
    e->end = end;
    e->text = text;
    return e;
}

/* "accused his rival of": a possessive at token i followed (within three
 * words) by a role noun remembered from an apposition.  Returns that
 * person, cited at the noun (*at), or NULL. */
static const kg_entity *ex_role_ref(const ex_state *st, size_t i, size_t *at)
{
    size_t j, k;
    if (!st->nroles || st->toks[i].tag != KG_W_POSS)
        return NULL;
    for (j = i + 1; j < st->ntoks && j <= i + 3; j++) {
        const ex_tok *t = &st->toks[j];
        if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
            (t->flags & KG_TOKF_CAP))
            return NULL;
        for (k = 0; k < st->nroles; k++)
            if (!strcmp(st->role_noun[k], t->lower)) {
                *at = j;
                return &st->role_ent[k];
            }
    }
    return NULL;
}

/* Is p a sector of the country m names, coded from it: "the government
 * of Germany" (DEUGOV of DEU), "the army of Sudan"? */
static int ex_sector_of_mention(const ex_mention *p, const ex_mention *m)
{
    size_t n;
    if (!p->ent.code || !m->ent.code || !p->ent.country || !m->ent.id ||
        strcmp(p->ent.country, m->ent.id) != 0)
        return 0;
    n = strlen(m->ent.code);
    return n > 0 && strlen(p->ent.code) > n &&
           !strncmp(p->ent.code, m->ent.code, n);
}

/* "US troops from Syria have invaded", "the US commander in Iraq held
 * talks": an actor in a place phrase right after another actor only
 * locates it; the first is the head of the phrase.  "of" only after a
 * sector coded from the country that follows ("the government of Germany
 * warned": the government, DEUGOV, not Germany); else it is left out:
 * "Turkey's requests of Sweden" would go wrong. */
static const ex_mention *ex_pp_head(const ex_state *st, const ex_mention *m)
{
    size_t j = m->t0;
    const ex_mention *p;
    int of;
    while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    of = j >= 2 && ex_tok_is(st, j - 1, "of");
    if (j < 2 || !(ex_tok_is(st, j - 1, "from") || ex_tok_is(st, j - 1, "in") ||
                   ex_tok_is(st, j - 1, "at") || of))
        return m;
    p = ex_mention_at(st, j - 2);
    if (!p || p->t1 != j - 1 || p->dropped || p->ent.is_value ||
        st->toks[p->t0].paren != st->toks[m->t0].paren ||
        (of && !ex_sector_of_mention(p, m)))
        return m;
    return p;
}

/* Things that kill, wound or destroy as the subject of a verb: acts,
 * which an actor does ("Israeli air strikes killed"), and happenings,
 * which no actor does ("the country's deadliest earthquake killed" is no
 * act of the country). */
static const char *const ex_harm_acts[] = {
    "attack",  "attacks",  "bomb",     "bombs",    "bombing",   "bombings",
    "raid",    "raids",    "strike",   "strikes",  "airstrike", "airstrikes",
    "ambush",  "shelling", "rocket",   "rockets",  "mortar",    "shell",
    "shells",  "missile",  "missiles", "blast",    "blasts",    "fire",
    "fighting", "clashes", "violence", "riot",     "riots",     NULL};
static const char *const ex_harm_verbs[] = {
    "kill",    "kills",    "killed",   "killing",  "wound",
    "wounds",  "wounded",  "wounding", "injure",   "injures",
    "injured", "injuring", "destroy",  "destroys", "destroyed",
    "damaged", NULL};
static const char *const ex_harm_happenings[] = {
    "explosion", "explosions", "flood",     "floods",  "flooding",
    "earthquake", "quake",     "storm",     "hurricane", "typhoon",
    "cyclone",   "tsunami",    "crash",     "accident", "landslide",
    "landslides", "avalanche", "epidemic",  "outbreak", "collapse",
    "fires",     "disaster",   "floodwaters", "mudslide", "mudslides",
    NULL};

/* Does a happening head the subject of the verb of harm at token t, met
 * at token i on the way back from it before any actor ("the worst
 * flooding in a century killed 172 people", "the country's deadliest
 * earthquake in nine years killed")?  It heads its phrase when a
 * preposition, an auxiliary or the verb follows it.  (Acts are left out:
 * an attack has an actor, who may be named further back.) */
static int ex_thing_subject(const ex_state *st, size_t i, size_t t)
{
    const ex_tok *k = &st->toks[i];
    return ex_pronoun_is(&st->toks[t], ex_harm_verbs) &&
           k->kind == KG_TOK_WORD &&
           !(k->flags & KG_TOKF_CAP) && ex_pronoun_is(k, ex_harm_happenings) &&
           (i + 1 == t || st->toks[i + 1].tag == KG_W_PREP ||
            st->toks[i + 1].tag == KG_W_AUX ||
            st->toks[i + 1].tag == KG_W_MODAL);
}

/* Does a thing that harms (ex_harm_acts, ex_harm_happenings) head the
 * chain of phrases that ends before token j: back through lower-case
 * words, articles, prepositions, places, dates, actors that modify a
 * noun and a relative clause, to the thing right before a preposition or
 * a relative pronoun, or right before j ("a mortar attack on a mosque in
 * the town of", "airstrikes that demolished homes in a village south
 * of")?  An act's own actor right before it is set in *owner. */
static int ex_thing_chain(const ex_state *st, size_t j,
                          const ex_mention **owner)
{
    static const char *const rel[] = {"that", "which", NULL};
    size_t stop, j0 = j;
    *owner = NULL;
    stop = j > 16 ? j - 16 : 0;
    while (j-- > stop) {
        const ex_tok *k = &st->toks[j];
        const ex_mention *p = ex_mention_at(st, j);
        if (p && p->t1 == j + 1 && !p->dropped) {
            /* ("Police in Kufa": an actor heads the phrase) */
            if (!p->ent.is_value && p->t1 < st->ntoks &&
                st->toks[p->t1].tag == KG_W_PREP &&
                !(p->kind == KG_NAME_METONYM ||
                  (p->ent.type && (!strcmp(p->ent.type, "Country") ||
                                   !strcmp(p->ent.type, "Place")))))
                return 0;
            j = p->t0;
            continue;
        }
        if (k->kind != KG_TOK_WORD || ((k->flags & KG_TOKF_CAP) && j > 0))
            return 0;
        if ((ex_pronoun_is(k, ex_harm_acts) ||
             ex_pronoun_is(k, ex_harm_happenings)) &&
            j + 1 < st->ntoks &&
            (st->toks[j + 1].tag == KG_W_PREP || j + 1 == j0 ||
             ex_pronoun_is(&st->toks[j + 1], rel))) {
            size_t b = j, words = 0;
            if (!ex_pronoun_is(k, ex_harm_acts))
                return 1;
            while (b > 0 && words < 2 && st->toks[b - 1].kind == KG_TOK_WORD &&
                   st->toks[b - 1].tag == KG_W_NONE &&
                   !(st->toks[b - 1].flags & KG_TOKF_CAP) &&
                   !ex_mention_at(st, b - 1)) {
                b--;
                words++;
            }
            if (b > 0 && ex_tok_is(st, b - 1, "'s"))
                b--;
            p = b > 0 ? ex_mention_at(st, b - 1) : NULL;
            if (p && !p->dropped && !p->ent.is_value)
                *owner = p;
            return 1;
        }
        if (k->tag != KG_W_DET && k->tag != KG_W_PREP &&
            k->tag != KG_W_POSS && k->tag != KG_W_NONE &&
            !ex_pronoun_is(k, rel))
            return 0;
    }
    return 0;
}

/* "A gas explosion in a coal mine in China killed 56 people", "a mortar
 * attack on a mosque in the town of Kufa killed", "airstrikes that
 * demolished homes in a village south of Falluja killed": a country or
 * place in a phrase of place ("in", "near", "outside" or "the town of",
 * "north of", through articles and a compass word) that no actor heads
 * (ex_pp_head, ex_pp_chain_head) says where the clause's subject acted;
 * when a thing heads the chain of phrases (an attack, a blast, a flood),
 * that thing is the subject, and the place is not.  An act's own actor
 * right before it ("an Israeli air strike on a house in Gaza") is set in
 * *owner.  ("Militants in Syria plotted": people head it; they stay
 * coded by the place.) */
static int ex_where_phrase(const ex_state *st, const ex_mention *m,
                           const ex_mention **owner)
{
    static const char *const where[] = {"in",     "near",   "outside",
                                        "inside", "across", NULL};
    static const char *const spots[] = {
        "town",  "city",      "village",   "province",  "region",
        "district", "suburb", "outskirts", "south",     "north",
        "east",  "west",      "southeast", "southwest", "northeast",
        "northwest", NULL};
    static const char *const parts[] = {
        "southern", "northern", "eastern", "western", "central", NULL};
    size_t j = m->t0;
    *owner = NULL;
    if (!(m->kind == KG_NAME_METONYM ||
          (m->ent.type && (!strcmp(m->ent.type, "Country") ||
                           !strcmp(m->ent.type, "Place")))))
        return 0;
    while (j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                     ex_pronoun_is(&st->toks[j - 1], parts)))
        j--;
    if (!(j > 0 && ex_pronoun_is(&st->toks[j - 1], where)) &&
        !(j > 1 && ex_tok_is(st, j - 1, "of") &&
          ex_pronoun_is(&st->toks[j - 2], spots)))
        return 0;
    return ex_thing_chain(st, j, owner);
}

/* "The quake on Thursday, which registered six on the Mercalli scale,
 * killed at least six people": the actor m nearest before a verb of harm
 * at t sits in a relative clause set off by commas whose head is a thing
 * that harms (ex_thing_chain); that thing is the subject, or the act's
 * own actor (*owner). */
static int ex_relative_thing(const ex_state *st, const ex_mention *m,
                             size_t t, const ex_mention **owner)
{
    size_t c, stop;
    *owner = NULL;
    if (!ex_pronoun_is(&st->toks[t], ex_harm_verbs))
        return 0;
    for (c = m->t1; c < t && !ex_tok_punct(st, c, ','); c++)
        ;
    if (c + 1 != t)
        return 0;
    stop = m->t0 > EX_SUBJECT_WINDOW ? m->t0 - EX_SUBJECT_WINDOW : 0;
    for (c = m->t0; c-- > stop + 1;) {
        if (!ex_tok_punct(st, c, ','))
            continue;
        return (ex_tok_is(st, c + 1, "which") || ex_tok_is(st, c + 1, "that")) &&
               ex_thing_chain(st, c, owner);
    }
    return 0;
}

/* Prepositions of place, time, goal and company: an actor after one of
 * them sits in a phrase that only says where, when or with whom.  ("of",
 * "by", "as", "than", "between" are left out: "the leader of Iran met"
 * names Iran's act, and the others do not close a subject's phrase.) */
static const char *const ex_pp_preps[] = {
    "in",      "on",     "at",     "to",      "into",   "from",
    "for",     "with",   "after",  "before",  "during", "across",
    "over",    "since",  "through", "under",  "toward", "towards",
    "against", "about",  "amid",   "among",   "despite", "upon",
    "onto",    "within", "without", "around", "along",  "until",
    NULL};

/* "Musharraf on his visit to Kabul congratulated Karzai", "Blair in talks
 * with Bush accused Iran": the actor nearest to the verb stands in a
 * chain of prepositional phrases that follows the real subject, so the
 * verb belongs to the actor that opens the chain.  The chain may hold
 * articles, possessives, lower-case words, dates and other actors of
 * such phrases, up to 12 tokens; it must start right after its head.
 * When m opens no such chain (or no actor heads it: "a spokesman for
 * Hamas accused"), m itself. */
static const ex_mention *ex_pp_chain_head(const ex_state *st,
                                          const ex_mention *m)
{
    static const char *const ex_weekdays[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", NULL};
    size_t j = m->t0, words = 0, stop;
    while (j > 0 && words < 2 &&
           (st->toks[j - 1].tag == KG_W_DET ||
            st->toks[j - 1].tag == KG_W_POSS ||
            (st->toks[j - 1].kind == KG_TOK_WORD &&
             st->toks[j - 1].tag == KG_W_NONE && !st->toks[j - 1].trigger &&
             !(st->toks[j - 1].flags & KG_TOKF_CAP)))) {
        words += st->toks[j - 1].tag == KG_W_NONE;
        j--;
    }
    if (j == 0 || st->toks[j - 1].tag != KG_W_PREP ||
        !ex_pronoun_is(&st->toks[j - 1], ex_pp_preps))
        return m;
    stop = j > 13 ? j - 13 : 0;
    for (j--; j-- > stop;) {
        const ex_tok *k = &st->toks[j];
        const ex_mention *p = ex_mention_at(st, j);
        if (p && !p->ent.is_value) {
            if (p->dropped || k->paren != st->toks[m->t0].paren)
                return m;
            /* the head: an actor right before a preposition that opens
             * its clause (not "an attack by Osgiliath soldiers in
             * Ithilen", not "visit Rome and Berlin during a trip") */
            if (st->toks[p->t1].tag == KG_W_PREP &&
                ex_pronoun_is(&st->toks[p->t1], ex_pp_preps)) {
                size_t b = p->t0;
                while (b > 0 && st->toks[b - 1].tag == KG_W_DET)
                    b--;
                /* (or a title kg did not glue: "President General") */
                return b == 0 || st->toks[b - 1].kind != KG_TOK_WORD ||
                               st->toks[b - 1].tag == KG_W_SUB ||
                               (st->toks[b - 1].flags & KG_TOKF_CAP)
                           ? p
                           : m;
            }
            j = p->t0;
            continue;
        }
        if (p) { /* a date: "Bush on Monday in Berlin" */
            j = p->t0;
            continue;
        }
        /* (a trigger after an article or a possessive is a noun: "on
         * his visit to Kabul"; a weekday is a date kg could not anchor) */
        if (k->tag == KG_W_DET || k->tag == KG_W_POSS ||
            ex_pronoun_is(k, ex_weekdays) ||
            (k->tag == KG_W_PREP && ex_pronoun_is(k, ex_pp_preps)) ||
            (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
             !(k->flags & KG_TOKF_CAP) &&
             (!k->trigger || (j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                                        st->toks[j - 1].tag == KG_W_POSS)))))
            continue;
        return m;
    }
    return m;
}

/* "Blair, who has pushed for peace talks and is one of the United States'
 * closest allies, will meet Bush": when the actor before the verb sits in
 * a relative clause or a participle's phrase set off by commas (", who
 * ... ,", ", which ... ,", ", touring ... ,"),
 * the subject is the actor right before that clause.  Returns it, or
 * NULL.  m is the actor found, t the trigger. */
static const ex_mention *ex_relative_head(const ex_state *st,
                                          const ex_mention *m, size_t t)
{
    size_t c, close = (size_t)-1, stop;
    const ex_mention *p;
    for (c = m->t1; c < t; c++)
        if (ex_tok_punct(st, c, ',')) {
            close = c;
            break;
        }
    if (close == (size_t)-1)
        return NULL;
    stop = m->t0 > EX_SUBJECT_WINDOW ? m->t0 - EX_SUBJECT_WINDOW : 0;
    for (c = m->t0; c-- > stop + 1;) {
        if (ex_tok_punct(st, c, ';') || ex_tok_punct(st, c, ':') ||
            st->toks[c].quote != st->toks[m->t0].quote)
            return NULL;
        if (!ex_tok_punct(st, c, ','))
            continue;
        /* (or a participle's phrase: "Straw, touring a camp housing
         * people from Darfur, urged Sudan") */
        if (!(ex_tok_is(st, c + 1, "who") || ex_tok_is(st, c + 1, "which") ||
              (st->toks[c + 1].kind == KG_TOK_WORD &&
               st->toks[c + 1].tag == KG_W_NONE &&
               !(st->toks[c + 1].flags & KG_TOKF_CAP) &&
               strlen(st->toks[c + 1].lower) > 5 &&
               !strcmp(st->toks[c + 1].lower +
                           strlen(st->toks[c + 1].lower) - 3,
                       "ing"))))
            return NULL;
        p = ex_mention_at(st, c - 1);
        if (!p || p->t1 != c) {
            /* "Russia, Syria's main ally, accusing Turkey of aggression,
             * condemned": an apposition between the actor and the
             * clause; its own comma follows the actor */
            size_t a;
            for (a = c; a-- > stop + 1 && c - a <= 8;) {
                if (ex_tok_punct(st, a, ';') || ex_tok_punct(st, a, ':') ||
                    st->toks[a].quote != st->toks[m->t0].quote)
                    return NULL;
                if (!ex_tok_punct(st, a, ','))
                    continue;
                p = ex_mention_at(st, a - 1);
                break;
            }
            if (!p || ex_tok_punct(st, p->t1, ',') == 0)
                return NULL;
            return !p->dropped && !p->ent.is_value ? p : NULL;
        }
        return !p->dropped && !p->ent.is_value ? p : NULL;
    }
    return NULL;
}

/* Is token w a present participle that opens a reduced relative clause
 * after a noun ("Militants holding three U.N. workers met Afghan
 * officials", "troops guarding the border")?  A lower-case -ing word of
 * more than five letters, not one of the -ing words that work as
 * prepositions ("EU members including France", "talks following the
 * attack"). */
static int ex_ing_modifier(const ex_state *st, size_t w)
{
    static const char *const preps[] = {
        "including", "according", "regarding", "concerning", "following",
        "excluding", "pending",   "notwithstanding", "during", NULL};
    const ex_tok *k = &st->toks[w];
    size_t n = strlen(k->lower), i;
    if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE ||
        (k->flags & KG_TOKF_CAP) || n <= 5 || strcmp(k->lower + n - 3, "ing"))
        return 0;
    for (i = 0; preps[i]; i++)
        if (!strcmp(k->lower, preps[i]))
            return 0;
    return 1;
}

/* "Rebels who attacked Iraq condemned Syria": the actor m nearest before
 * a verb is the object of a restrictive relative clause (no commas) whose
 * verb made a relation with it; the verb's subject is the actor the "who"
 * or "which" follows.  ("Rebels who said Iraq attacked": "said" made no
 * relation, so Iraq stays the subject of "attacked".)  A participle right
 * after an actor opens such a clause too: "Militants holding three U.N.
 * workers met Afghan officials" (the militants met them).  Returns that
 * actor, or NULL. */
static int ex_subject_position(const ex_state *st, const ex_mention *m);

static const ex_mention *ex_restrictive_head(const ex_state *st,
                                             const ex_mention *m, size_t t)
{
    size_t b = m->t0, w, stop;
    if (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    /* (or m stands in a phrase of the clause: "A cleric who is wanted in
     * the United States was accused") */
    if (b < 2 || (!st->toks[b - 1].trigger && ex_subject_position(st, m)))
        return NULL;
    stop = b > 8 ? b - 8 : 0;
    for (w = b; w-- > stop + 1;) {
        const ex_mention *r;
        if (st->toks[w].kind == KG_TOK_PUNCT || ex_mention_at(st, w))
            return NULL;
        if (ex_ing_modifier(st, w)) {
            /* (its object opens with an article, a number, "to" or
             * an actor: "holding three", "guarding the"; not a noun's
             * modifier: "US banking giant Citigroup") */
            static const char *const counts[] = {
                "two",  "three", "four",   "five",    "six",       "seven",
                "eight", "nine", "ten",    "dozens",  "hundreds",  "several",
                "thousands", "to", NULL};
            const ex_tok *n = &st->toks[w + 1];
            size_t c;
            int open = n->tag == KG_W_DET || n->tag == KG_W_POSS ||
                       n->kind == KG_TOK_NUMBER || w + 1 == m->t0;
            for (c = 0; counts[c] && !open; c++)
                open = !strcmp(n->lower, counts[c]);
            /* (and m is no infinitive's subject: "Congressmen urging
             * the U.S. to offer a bonus": the U.S. offers) */
            for (c = m->t1; c < t && open; c++)
                open = !ex_tok_is(st, c, "to");
            r = ex_mention_at(st, w - 1);
            if (open && r && r->t1 == w && !r->dropped && !r->ent.is_value)
                return r;
            continue;
        }
        /* (a relative pronoun right before m has m for its subject:
         * "the plan which Iran rejected") */
        if (w + 1 == b)
            continue;
        if (!(ex_tok_is(st, w, "who") || ex_tok_is(st, w, "which"))) {
            if (st->toks[w].tag == KG_W_SUB)
                return NULL;
            continue;
        }
        r = ex_mention_at(st, w - 1);
        return r && r->t1 == w && !r->dropped && !r->ent.is_value ? r : NULL;
    }
    return NULL;
}

/*
 * Subject of the trigger at token t: a verb (noun 0), a noun (1) or a
 * noun of a mutual relation (2), which may also be said of its subject
 * through "is" ("Türkiye is friends with America").  *pronoun is set when
 * it was reached through a pronoun.  Returns NULL when the subject is not
 * an actor kg knows (we, they, an unknown noun phrase).
 */
static const kg_entity *ex_subject(ex_state *st, size_t t, int participle,
                                   int noun, const ex_mention **sm,
                                   int *pronoun)
{
    size_t i, stop = t > EX_SUBJECT_WINDOW ? t - EX_SUBJECT_WINDOW : 0;
    int trig_quote = st->toks[t].quote;
    int crossed = 0, copula = 0, verb = !noun && !participle;
    size_t open_words = 0;

    *sm = NULL;
    *pronoun = 0;
    st->subj_end = 0;
    st->light_verb = 0;
    if (participle) {
        /* ", accusing it of ...": the subject of the main clause */
        for (i = 0; i < st->nments; i++) {
            const ex_mention *m = &st->ments[i];
            if (m->t0 >= t)
                break;
            if (!m->dropped && !m->ent.is_value && !st->toks[m->t0].paren &&
                st->toks[m->t0].quote == trig_quote) {
                /* "Iran and Syria, accusing Israel": the last of the
                 * coordinated subjects, so ex_coordinated finds the
                 * others before it (a comma alone may open an
                 * apposition: only an "and" commits) */
                const ex_mention *x = m, *n;
                size_t j = m->t1;
                *sm = m;
                while (j + 1 < t &&
                       (ex_tok_is(st, j, "and") || ex_tok_punct(st, j, ',')) &&
                       (n = ex_mention_at(st, j + 1)) != NULL &&
                       n->t0 == j + 1 && !n->dropped && !n->ent.is_value &&
                       n->t1 < t) {
                    if (ex_tok_is(st, j, "and"))
                        m = n;
                    x = n;
                    j = x->t1;
                }
                /* (only a group that the participle's comma closes:
                 * "in England and Wales alone, selling" is no subject) */
                if (m != *sm && !(ex_tok_punct(st, m->t1, ',') &&
                                  (m->t1 + 1 == t ||
                                   (m->t1 + 3 == t &&
                                    ex_tok_is(st, t - 1, "to")))))
                    m = *sm;
                *sm = m;
                return &m->ent;
            }
        }
    }
    for (i = t; i-- > stop;) {
        const ex_tok *k = &st->toks[i];
        const ex_mention *m, *om;
        /* 'Türkiye is "friends with America"': a quote that opens
         * mid-sentence may continue its clause; the scan crosses it once */
        if (k->quote != trig_quote) {
            if (!trig_quote || crossed)
                return NULL; /* the subject of a quote is inside it */
            crossed = 1;
            trig_quote = 0;
        }
        if (k->paren && !st->toks[t].paren)
            continue;
        if ((m = ex_mention_at(st, i)) != NULL) {
            if (m->ent.is_value)
                continue;
            st->subj_end = m->t1;
            /* "X, an apposition naming Y, verb": X is the subject */
            if (i + 1 < t) {
                size_t c, open = (size_t)-1, close = (size_t)-1;
                for (c = m->t1; c < t; c++)
                    if (ex_tok_punct(st, c, ',')) {
                        close = c;
                        break;
                    }
                for (c = m->t0; c-- > stop && m->t0 - c <= 12;) {
                    if (ex_tok_punct(st, c, ',')) {
                        open = c;
                        break;
                    }
                }
                if (close != (size_t)-1 && open != (size_t)-1 && open > 0) {
                    const ex_mention *p = ex_mention_at(st, open - 1);
                    if (p && !p->ent.is_value) {
                        *sm = ex_pp_head(st, p);
                        return &(*sm)->ent;
                    }
                }
                if (verb && (*sm = ex_relative_head(st, m, t)) != NULL) {
                    st->subj_end = (*sm)->t1;
                    return &(*sm)->ent;
                }
                if (verb && ex_relative_thing(st, m, t, &om)) {
                    *sm = om;
                    st->subj_end = om ? om->t1 : 0;
                    return om ? &om->ent : NULL;
                }
            }
            if (verb && (*sm = ex_restrictive_head(st, m, t)) != NULL) {
                st->subj_end = (*sm)->t1;
                return &(*sm)->ent;
            }
            *sm = ex_pp_head(st, m);
            if (verb && *sm == m)
                *sm = ex_pp_chain_head(st, m);
            if (verb && *sm == m && ex_where_phrase(st, m, &om)) {
                /* "an Israeli air strike on a house in Gaza killed" */
                *sm = om;
                st->subj_end = om ? om->t1 : 0;
                return om ? &om->ent : NULL;
            }
            return &(*sm)->ent;
        }
        /* ("their" only after a light verb: "deepened their
         * partnership" is theirs, "postponed their meeting" no event) */
        if (i > 0 && (ex_tok_is(st, i, "they") ||
                      (ex_tok_is(st, i, "their") && ex_light_verb(st, i - 1)))) {
            /* "Obama and Putin said they will attack Iraq": the nearest
             * coordinated actors of the sentence; the caller adds the
             * others through ex_coordinated */
            const kg_entity *group[1];
            size_t b;
            for (b = i; b-- > 0;) {
                const ex_mention *g = ex_mention_at(st, b);
                if (g && !g->dropped && !g->ent.is_value && g->t1 == b + 1 &&
                    ex_coordinated(st, g, group, 1) == 1) {
                    *sm = g;
                    *pronoun = 1;
                    st->subj_end = i + 1;
                    return &g->ent;
                }
            }
            if (ex_tok_is(st, i, "they")) {
                /* "Russian police said they had arrested 50 activists",
                 * "Syrian rebels said they would free", "the Taliban say
                 * they will release": a group that speaks or reports of
                 * itself (the group named right before the speech verb,
                 * "that" aside; a country or a person says "it", "he") */
                static const char *const report[] = {
                    "said", "say", "says", "told", "added", "announced",
                    "claimed", "reported", NULL};
                size_t v = i - 1;
                const ex_mention *g;
                if (v > 0 && ex_tok_is(st, v, "that"))
                    v--;
                if (v > 0 &&
                    (st->toks[v].tag == KG_W_SPEECH ||
                     ex_pronoun_is(&st->toks[v], report)) &&
                    (g = ex_mention_at(st, v - 1)) != NULL && !g->dropped &&
                    g->t1 == v && !g->ent.is_value && g->ent.type &&
                    !strcmp(g->ent.type, "Group")) {
                    *sm = g;
                    *pronoun = 1;
                    st->subj_end = i + 1;
                    return &g->ent;
                }
            }
            return NULL;
        }
        if (verb && ex_thing_subject(st, i, t))
            return NULL; /* "the worst flooding in a century killed" */
        if (k->tag == KG_W_PRON || k->tag == KG_W_POSS) {
            const kg_entity *r = ex_resolve_pronoun(st, i);
            if (r) {
                *pronoun = 1;
                st->subj_end = i + 1;
                r = ex_note_pronoun(st, i, r);
            }
            return r;
        }
        if (noun && ex_light_verb(st, i)) {
            /* "provided support to", "imposed sanctions on": a light
             * verb makes the noun an act of the verb's subject */
            noun = 0;
            st->light_verb = 1;
        } else if (noun == 2 && !copula &&
                   (ex_tok_is(st, i, "is") || ex_tok_is(st, i, "are") ||
                    ex_tok_is(st, i, "was") || ex_tok_is(st, i, "were") ||
                    ex_tok_is(st, i, "remain") || ex_tok_is(st, i, "remains"))) {
            /* "Türkiye is friends with America": a mutual relation
             * said of the subject */
            copula = 1;
        } else if (noun && !ex_in_noun_phrase(st, i, &open_words)) {
            return NULL; /* a noun's actor stands in its own phrase */
        }
        if (ex_tok_is(st, i, "who") || ex_tok_is(st, i, "which")) {
            /* ("that" is left out: it opens complement clauses as often) */
            /* "Turkey, which has blocked Sweden": the relative pronoun
             * stands for the actor right before it */
            size_t j = i;
            const ex_mention *r;
            if (j > 0 && ex_tok_punct(st, j - 1, ','))
                j--;
            r = j > 0 ? ex_mention_at(st, j - 1) : NULL;
            if (r && j == i && ex_tok_is(st, i, "who") &&
                r->kind == KG_NAME_PROPER && r->ent.type &&
                strcmp(r->ent.type, "Person") != 0 &&
                (st->toks[r->t1 - 1].flags & KG_TOKF_CAP))
                return NULL; /* "a woman linked to Al-Qaeda who shot at
                              * US officers": a restrictive "who" (no
                              * comma) after a state's or an
                              * organisation's bare name belongs to the
                              * noun before it, which names no actor here
                              * ("Boko Haram militants who", "Abbas who"
                              * are their own) */
            if (r && !r->dropped && !r->ent.is_value &&
                r->t1 == j && st->toks[r->t0].quote == trig_quote) {
                *sm = r;
                st->subj_end = r->t1;
                return &r->ent;
            }
            return NULL;
        }
        if (k->tag == KG_W_SUB || ex_tok_punct(st, i, ';') ||
            ex_tok_punct(st, i, ':'))
            return NULL;
    }
    return NULL;
}

/* Does a finite verb start at token j: an auxiliary, a modal, a speech
 * verb, or a past form ("Hamas fired", "the US has condemned", "Poland
 * said")?  After a conjunct, it opens a clause of its own. */
static int ex_verb_starts(const ex_state *st, size_t j)
{
    const ex_tok *k;
    if (j >= st->ntoks)
        return 0;
    k = &st->toks[j];
    if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP))
        return 0;
    if (k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
        k->tag == KG_W_FUTURE || k->tag == KG_W_SPEECH)
        return 1;
    return k->tag == KG_W_NONE && !ex_tok_is(st, j + 1, "by") &&
           (ex_ends_ed(st, j) || kg_onto__irregular(st->onto, k->lower));
}

/* Does mention m stand where a clause's subject stands: first in the
 * sentence, or after punctuation, a conjunction, a subordinator or a
 * speech verb (through articles)?  Not after a verb or a preposition
 * ("ransacked U.N. compounds", "the violence in Darfur"). */
static int ex_subject_position(const ex_state *st, const ex_mention *m)
{
    for (;;) {
        size_t b = m->t0;
        const ex_tok *k;
        size_t words = 0;
        const ex_mention *d;
        /* (through articles and a title: "the", "Mr", "President"; and
         * before a group noun, up to three adjectives that are no verb
         * forms: "Baton-wielding riot police") */
        while (b > 0 &&
               (st->toks[b - 1].tag == KG_W_DET ||
                (st->toks[b - 1].kind == KG_TOK_WORD &&
                 (st->toks[b - 1].flags & KG_TOKF_CAP) &&
                 st->toks[b - 1].tag == KG_W_NONE &&
                 !st->toks[b - 1].covered) ||
                (!(st->toks[m->t0].flags & KG_TOKF_CAP) && words < 3 &&
                 st->toks[b - 1].kind == KG_TOK_WORD &&
                 st->toks[b - 1].tag == KG_W_NONE &&
                 !st->toks[b - 1].covered && !ex_ends_ed(st, b - 1) &&
                 !kg_onto__irregular(st->onto, st->toks[b - 1].lower) &&
                 ++words)))
            b--;
        /* (and a date that opens the sentence: "In August 2004 Chinese
         * authorities") */
        if (b > 0 && (d = ex_mention_at(st, b - 1)) != NULL &&
            ex_is_date(&d->ent)) {
            b = d->t0;
            if (b > 0 && st->toks[b - 1].tag == KG_W_PREP)
                b--;
            if (b > 0 && st->toks[b - 1].kind != KG_TOK_PUNCT)
                return 0;
        }
        if (b == 0)
            return 1;
        k = &st->toks[b - 1];
        if (ex_tok_punct(st, b - 1, ',') && b >= 2 &&
            (d = ex_mention_at(st, b - 2)) != NULL && d->t1 == b - 1 &&
            !d->ent.is_value) {
            /* "the World Bank, IMF and Paris Club", "the minister, X,":
             * a list member or an apposition stands as the first */
            m = d;
            continue;
        }
        if (k->tag != KG_W_CONJ)
            return k->kind == KG_TOK_PUNCT || k->tag == KG_W_SUB ||
                   k->tag == KG_W_SPEECH;
        /* "X and Y": as X stands ("Ivan Lendl and Pat Rafter" after a
         * verb are objects); ", and Y" opens a clause */
        if (b < 2 || st->toks[b - 2].kind != KG_TOK_WORD ||
            !(m = ex_mention_at(st, b - 2)) || m->t1 != b - 1)
            return 1;
    }
}

/* The last actor before token t that stands where a subject does, in
 * the quote and aside context of token i, or NULL; with no_that, not one
 * right after "that" ("declared that America was winning": the subject
 * of the clause "that" opens). */
static const ex_mention *ex_last_subject(const ex_state *st, size_t t,
                                         size_t i, int no_that)
{
    const ex_mention *cm = NULL;
    size_t k;
    for (k = 0; k < st->nments && st->ments[k].t0 < t; k++) {
        const ex_mention *c = &st->ments[k];
        size_t b = c->t0;
        while (b > 0 && st->toks[b - 1].tag == KG_W_DET)
            b--;
        if (!c->dropped && !c->ent.is_value &&
            st->toks[c->t0].paren == st->toks[i].paren &&
            st->toks[c->t0].quote == st->toks[i].quote &&
            ex_subject_position(st, c) &&
            !(no_that && b > 0 && ex_tok_is(st, b - 1, "that")))
            cm = c;
    }
    return cm;
}

/* Is word one of the ';'-separated words of list? */
static int ex_in_list(const char *list, const char *word)
{
    size_t n = strlen(word);
    const char *p = list;
    while (*p) {
        const char *semi = strchr(p, ';');
        size_t k = semi ? (size_t)(semi - p) : strlen(p);
        if (k == n && strncmp(p, word, n) == 0)
            return 1;
        if (!semi)
            break;
        p = semi + 1;
    }
    return 0;
}

/* After a verb at token i: a short noun phrase (up to three lower-case
 * words) and a preposition of direction, then an actor.  Returns the
 * actor's first token, or (size_t)-1. */
static size_t ex_aimed_at(const ex_state *st, size_t i)
{
    static const char *const preps[] = {"at", "against", "on", "upon",
                                        "toward", "towards", "into", NULL};
    size_t j = i, words = 0;
    const ex_mention *m;
    while (j < st->ntoks && words < 4) {
        const ex_tok *k = &st->toks[j];
        if (k->tag == KG_W_DET ||
            (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
             !(k->flags & KG_TOKF_CAP) && !k->trigger)) {
            words += k->tag != KG_W_DET;
            j++;
            continue;
        }
        break;
    }
    if (!words || j >= st->ntoks || !ex_pronoun_is(&st->toks[j], preps))
        return (size_t)-1;
    j++;
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? j
                                                             : (size_t)-1;
}

/* "an Egyptian-brokered ceasefire", "a Qatari-mediated deal": the actor
 * joined to "brokered" or "mediated" in one word is the deal's broker,
 * no party to it (ex_hyphen_brokers reads its mediation). */
static int ex_broker_mention(const ex_state *st, const ex_mention *m)
{
    const char *h;
    if (m->t1 != m->t0 + 1 && !(m->t1 > m->t0 && m->compound))
        return 0;
    h = strrchr(st->toks[m->t1 - 1].lower, '-');
    return h && (!strcmp(h, "-brokered") || !strcmp(h, "-mediated"));
}

/* "military exercises", "military support to Lebanon": a sector noun
 * with no country before a lower-case noun modifies it; it is no party.
 * Nor is one in apposition before an organisation's or armed group's
 * name, which it only describes: "the opposition party HDP", "the
 * militia Hezbollah". */
static int ex_modifier_agent(const ex_state *st, const ex_mention *m)
{
    /* words of place kg does not tag as prepositions: "dispersed
     * students outside the US embassy", "attack rebels inside Congo"
     * name where the people are, not what they are.  (Not for a toll's
     * plain "people": "a suicide bomber killed 10 people near the Green
     * Zone" has a killer kg does not code, and the sentence's other
     * actors are not it.) */
    static const char *const where[] = {"near", "outside", "inside",
                                        "along", "beside", "opposite",
                                        NULL};
    /* ("beat opposition supporters", "arrested opposition activists":
     * the group's own people are the group, as "members of the
     * opposition" are) */
    static const char *const own[] = {
        "supporters", "supporter", "members", "member", "activists",
        "loyalists", "followers", "sympathisers", "sympathizers", NULL};
    const ex_tok *next = m->t1 < st->ntoks ? &st->toks[m->t1] : NULL;
    const ex_mention *nm;
    if (!ex_sector_only(&m->ent) || !next)
        return 0;
    if (next->kind == KG_TOK_WORD && next->tag == KG_W_NONE &&
        !(next->flags & KG_TOKF_CAP) &&
        !(ex_pronoun_is(next, where) && !ex_tok_is(st, m->t0, "people")) &&
        !ex_pronoun_is(next, own))
        return 1;
    nm = ex_mention_at(st, m->t1);
    return nm && nm->t0 == m->t1 && !nm->dropped && !nm->ent.is_value &&
           nm->kind == KG_NAME_PROPER && nm->oe && nm->ent.code &&
           *nm->ent.code && !ex_sector_only(&nm->ent) &&
           (!strcmp(nm->oe->type, "Organization") ||
            !strcmp(nm->oe->type, "Group"));
}

/* Is word (lower case) one of rel's pattern words, or its plural? */
static int ex_pattern_word(const kg_onto_relation *rel, const char *word)
{
    const char *p = rel->pattern;
    size_t n = strlen(word);
    while (*p) {
        size_t k = strcspn(p, " ");
        if ((k == n && !strncmp(p, word, n)) ||
            (k + 1 == n && word[k] == 's' && !strncmp(p, word, k)))
            return 1;
        p += k;
        while (*p == ' ')
            p++;
    }
    return 0;
}

/* The agent of a sector-only code ("---OPP") when it is one that acts at
 * home and is no force: an opposition, a party, a parliament; else NULL. */
static const char *ex_domestic_agent(const char *code)
{
    static const char *const agents[] = {"OPP", "PTY", "LEG", NULL};
    size_t k;
    if (!code || strncmp(code, "---", 3) != 0 || strlen(code) != 6)
        return NULL;
    for (k = 0; agents[k]; k++)
        if (!strcmp(code + 3, agents[k]))
            return agents[k];
    return NULL;
}

/* The first actor inside the trigger tokens (i, t1), which a pattern's
 * '*' absorbed, or NULL. */
static const ex_mention *ex_gap_object(const ex_state *st, size_t i,
                                       size_t t1, const kg_onto_relation *rel)
{
    size_t j;
    for (j = i + 1; j < t1; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        /* ("withdraw its troops", "deploy more troops": a sector with no
         * country that the pattern names is what moves, not a party; an
         * opposition, a party or a parliament is one, "gave in to
         * opposition demands", unless the pattern names the word itself:
         * "voiced opposition to") */
        size_t p = j;
        while (p > i + 1 && st->toks[p - 1].tag == KG_W_DET)
            p--;
        if (m && m->t0 == j && m->t1 <= t1 && !m->dropped &&
            !m->ent.is_value && !ex_is_date(&m->ent) &&
            !ex_broker_mention(st, m) &&
            (!ex_sector_only(&m->ent) ||
             (ex_domestic_agent(m->ent.code) && m->t1 == m->t0 + 1 &&
              !ex_pattern_word(rel, st->toks[m->t0].lower))) &&
            /* ("pull its troops out of Mali": a group noun owned
             * through the possessive, the subject's own, is what moves;
             * "its Havana ambassador", "his European counterparts" name
             * the other party) */
            !(j > i + 1 && st->toks[j - 1].tag == KG_W_POSS &&
              m->kind == EX_NAME_COREF) &&
            /* ("protested in Tbilisi against": where, not whom) */
            !(p > i + 1 &&
              (ex_tok_is(st, p - 1, "in") || ex_tok_is(st, p - 1, "at") ||
               ex_tok_is(st, p - 1, "outside")) &&
              (m->kind == KG_NAME_METONYM ||
               (m->ent.type && (!strcmp(m->ent.type, "Country") ||
                                !strcmp(m->ent.type, "Place"))))))
            return m;
    }
    return NULL;
}

/* "welcomed a resumption of formal diplomatic ties with Osgiliath",
 * "appealed for peace in Ithilen": after the object's preposition and a
 * few words, another of the entry's prepositions may open a phrase that
 * still belongs to the object's noun phrase, where the actor stands (as
 * PETRARCH takes the first actor of the verb's object phrase).  Only for
 * entries that list several prepositions (PETRARCH's, whose target is
 * the first actor after the verb), at most EX_OBJECT_PPS phrases, and
 * only after words: "of" right after "accused X" is the entry's own. */
static int ex_object_pp(const ex_state *st, size_t i,
                        const kg_onto_relation *rel, int prep_seen,
                        size_t skipped, size_t *crossed)
{
    if (!prep_seen || !skipped || *crossed >= EX_OBJECT_PPS || !rel->prep ||
        !strchr(rel->prep, ';') || !ex_in_list(rel->prep, st->toks[i].lower))
        return 0;
    (*crossed)++;
    return 1;
}

/* "between Calenardhon and Gondor, the Osgiliath newspaper said": a
 * list's last member follows its "and", so after "and X" a bare comma
 * (not ", and") ends the list; what follows is an apposition or the next
 * clause.  j is the comma, t1 where the objects began. */
static int ex_list_closed(const ex_state *st, size_t j, size_t t1)
{
    size_t k;
    if (!ex_tok_punct(st, j, ',') || ex_tok_is(st, j + 1, "and") ||
        ex_tok_is(st, j + 1, "or"))
        return 0;
    for (k = j; k-- > t1;)
        if (ex_tok_is(st, k, "and") || ex_tok_is(st, k, "or"))
            return 1;
    return 0;
}

/* "the pro-Kurdish HDP", "anti-government protesters", "the main
 * opposition party", "the ruling AKP": a stance adjective before an actor
 * describes it (the actor is still the verb's object; words of rank are
 * ex_rank_adj's). */
static int ex_stance_adj(const ex_state *st, size_t i)
{
    static const char *const adjs[] = {"main",    "ruling",  "governing",
                                       "rival",   "largest", "biggest",
                                       "leading", NULL};
    const char *w = st->toks[i].lower;
    return (!strncmp(w, "pro-", 4) && w[4]) ||
           (!strncmp(w, "anti-", 5) && w[5]) ||
           ex_pronoun_is(&st->toks[i], adjs);
}

/* "visits neighboring Canada", "attacked war-torn Lebanon", "oil-rich
 * Kuwait": a reporter's epithet before a country or group: a lower-case
 * compound with a hyphen (no digits: "30-year" is a count), or a word of
 * closeness.  Only read before an actor's mention (ex_object_modifiers
 * returns no token otherwise). */
static int ex_epithet_adj(const ex_state *st, size_t i)
{
    static const char *const adjs[] = {"neighboring", "neighbouring",
                                       "fellow",      "warring",
                                       "tiny",        "impoverished",
                                       NULL};
    const char *w = st->toks[i].lower, *h = strchr(w, '-');
    if (h && h > w && h[1]) {
        for (; *w; w++)
            if (*w >= '0' && *w <= '9')
                return 0;
        return 1;
    }
    return ex_pronoun_is(&st->toks[i], adjs);
}

/* "met the visiting Chinese premier", "met the former US ambassador",
 * "praised the newly elected president": a word of time or office before
 * an actor, or an -ly adverb before an -ed participle.  Only
 * read before an actor's mention, as ex_epithet_adj. */
static int ex_time_adj(const ex_state *st, size_t i)
{
    /* (words of an office's time: not "new", "recent", "late", which
     * more often open a thing's phrase, "a new US-friendly treaty") */
    static const char *const adjs[] = {
        "former",   "current",  "interim",   "acting",    "then",
        "incoming", "outgoing", "visiting",  "caretaker", "embattled",
        NULL};
    const char *w = st->toks[i].lower;
    size_t n = strlen(w);
    /* (not any -ing word: "deny breaching Zimbabwe's laws", "charged with
     * abusing Iraqi prisoners" are gerunds with objects of their own) */
    if (n > 4 && !strcmp(w + n - 2, "ly") && i + 1 < st->ntoks &&
        ex_ends_ed(st, i + 1))
        return 1;
    return ex_pronoun_is(&st->toks[i], adjs);
}

/* "killed a second US hostage", "killed a senior Hamas leader", "met
 * top Pakistani leaders": an ordinal or a word of rank or standing before
 * an actor describes the person meant (closed list: an open one would
 * read "rejected the offer Iran made"; "new", "first", "former", "young"
 * and "local" mostly come before things, titles and people kg does not
 * code: "a new US-friendly treaty", "the former WorldCom chief"). */
static int ex_rank_adj(const ex_state *st, size_t i)
{
    static const char *const adjs[] = {
        "second",    "third",    "fourth",      "fifth",     "another",
        "senior",    "top",      "key",         "prominent", "veteran",
        "elderly",   "unarmed",  "powerful",    "influential",
        "outspoken", "hardline", "radical",     "moderate",  "high-ranking",
        /* (how people are described when force meets them: "cracked
         * down on peaceful demonstrators", "beat angry farmers") */
        "peaceful",  "angry",    "defenceless", "defenseless", NULL};
    return ex_pronoun_is(&st->toks[i], adjs);
}

/* "freed 150 Palestinian prisoners", "met with exiled dissidents from
 * Myanmar": a count or up to two participles (-ed words) that modify a
 * verb's direct object.  When an actor starts inside the count or right
 * after the modifiers, its token; else (size_t)-1.  (A count of things,
 * "freed millions of tons of wheat", has no actor after it.) */
static size_t ex_object_modifiers(const ex_state *st, size_t i)
{
    static const char *const counts[] = {"two",   "three", "four", "five",
                                         "six",   "seven", "eight", "nine",
                                         "ten",   "dozens", "hundreds",
                                         "thousands", "scores", "several",
                                         "tens", "millions", NULL};
    static const char *const parts[] = {"one", "some", "most", "many",
                                        "all", "several", "each", "none",
                                        "both", NULL};
    static const char *const about[] = {"over", "about", "around",
                                        "nearly", "almost", "roughly",
                                        NULL};
    static const char *const members[] = {
        "leaders",   "leader",     "members",   "member",   "supporters",
        "activists", "fighters",   "militants", "commanders", "followers",
        "loyalists", "figures",    NULL};
    /* "killed at least 10 Iraqis", "more than 100 Palestinians": news
     * gives tolls as bounds; the two words bound the count as "over"
     * does */
    static const char *const bound[][2] = {
        {"at", "least"},   {"more", "than"}, {"fewer", "than"},
        {"less", "than"},  {"up", "to"},     {"an", "estimated"},
        {"at", "most"},    {NULL, NULL}};
    const ex_mention *m;
    size_t j, words = 0, b;
    for (b = 0; bound[b][0]; b++)
        if (i + 2 < st->ntoks && ex_tok_is(st, i, bound[b][0]) &&
            ex_tok_is(st, i + 1, bound[b][1])) {
            i += 2;
            break;
        }
    /* "over 150 Palestinian prisoners" */
    if (i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], about))
        i++;
    m = ex_mention_at(st, i);
    j = i;
    if (ex_pronoun_is(&st->toks[i], counts) ||
        (st->toks[i].kind == KG_TOK_NUMBER && ex_faith_before_group(st, i + 1)))
        j++; /* ("12 Islamist militants": no quantity of "Islamist") */
    /* "arrested dozens of militants" */
    if (j > i && j + 1 < st->ntoks && ex_tok_is(st, j, "of") &&
        (ex_tok_is(st, j - 1, "dozens") || ex_tok_is(st, j - 1, "hundreds") ||
         ex_tok_is(st, j - 1, "thousands") || ex_tok_is(st, j - 1, "scores") ||
         ex_tok_is(st, j - 1, "tens") || ex_tok_is(st, j - 1, "millions"))) {
        j++;
        /* "massacred hundreds of thousands of Tutsis", "tens of
         * thousands of Rohingya": a count of a count */
        if (j + 2 < st->ntoks && ex_tok_is(st, j + 1, "of") &&
            (ex_tok_is(st, j, "thousands") || ex_tok_is(st, j, "millions")))
            j += 2;
    }
    /* "destroyed most of the Ivorian air force", "killed one of the
     * gunmen", "freed two of the hostages": a part of the actor is the
     * actor (not before a possessive: "part of Brazil's debt") */
    if ((j == i && ex_pronoun_is(&st->toks[i], parts) &&
         ex_tok_is(st, i + 1, "of")) ||
        (j == i + 1 && ex_pronoun_is(&st->toks[i], counts) &&
         ex_tok_is(st, j, "of"))) {
        size_t k = i + 2;
        const ex_mention *pm;
        while (k < st->ntoks && (st->toks[k].tag == KG_W_DET ||
                                 st->toks[k].tag == KG_W_POSS))
            k++;
        pm = k < st->ntoks ? ex_mention_at(st, k) : NULL;
        if (pm && pm->t0 == k && !pm->dropped && !pm->ent.is_value &&
            !(pm->t1 < st->ntoks && ex_tok_is(st, pm->t1, "'s")))
            return k;
    }
    /* "detained members of the HDP", "arrested dozens of supporters of
     * Hamas": the group's own people, coded as the group */
    if (j + 1 < st->ntoks && ex_tok_is(st, j + 1, "of") &&
        (ex_tok_is(st, j, "members") || ex_tok_is(st, j, "supporters"))) {
        j += 2;
        while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
    }
    if (m && m->t0 == i && m->ent.is_value) {
        if (!m->ent.type || strcmp(m->ent.type, "Quantity") != 0)
            return (size_t)-1;
        for (j = i + 1; j < m->t1; j++) {
            const ex_mention *a = ex_mention_at(st, j);
            if (a && a->t0 == j && !a->dropped && !a->ent.is_value)
                return j;
        }
        j = m->t1;
    }
    while (j < st->ntoks && words < 2 && st->toks[j].kind == KG_TOK_WORD &&
           st->toks[j].tag == KG_W_NONE && !st->toks[j].mention &&
           !(st->toks[j].flags & KG_TOKF_CAP) &&
           (ex_ends_ed(st, j) || ex_stance_adj(st, j) ||
            ex_epithet_adj(st, j) || ex_time_adj(st, j) ||
            ex_rank_adj(st, j))) {
        j++;
        words++;
    }
    /* "arrested two Islamist militants": the group noun after the faith */
    if (j > i && ex_faith_before_group(st, j))
        j++;
    /* "expelled (exiled) leaders of Hamas", "arrested members of the
     * opposition": a group's members stand for the group */
    if (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], members) &&
        ex_tok_is(st, j + 1, "of")) {
        j += 2;
        while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        /* (not a possessor: "leaders of Egypt's Muslim Brotherhood" are
         * no leaders of Egypt) */
        m = ex_mention_at(st, j);
        if (m && m->t0 == j && m->t1 < st->ntoks &&
            ex_tok_is(st, m->t1, "'s")) {
            j = m->t1 + 1;
            m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
            return m && m->t0 == j && !m->dropped && !m->ent.is_value
                       ? j
                       : (size_t)-1;
        }
    }
    if (j == i || j >= st->ntoks)
        return (size_t)-1;
    m = ex_mention_at(st, j);
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? j
                                                             : (size_t)-1;
}

/* "extradited the Russian arms dealer to the United States", "handed over
 * the suspect to Pakistan": when a verb entry names a preposition and its
 * direct object is a person, an unknown name or a bare nationality, the
 * state or body the preposition leads to is the party the act is done
 * with (CAMEO codes extradition as cooperation with the receiving state,
 * not with the person moved).  i is the token after the direct object;
 * returns the actor after the entry's preposition within a few words of
 * the object's noun phrase, else NULL. */
static const ex_mention *ex_prep_object_after(const ex_state *st, size_t i,
                                              const kg_onto_relation *rel)
{
    size_t words = 0;
    const ex_mention *m;
    while (i < st->ntoks && words < 4) {
        const ex_tok *k = &st->toks[i];
        m = ex_mention_at(st, i);
        if (m && m->t0 == i && !m->dropped && !m->ent.is_value &&
            (ex_is_person(&m->ent) || !m->ent.code || !*m->ent.code)) {
            i = m->t1; /* "the arms dealer Viktor Bout to" */
            words++;
            continue;
        }
        if (k->kind != KG_TOK_WORD || m || (k->flags & KG_TOKF_CAP) ||
            (k->tag != KG_W_NONE && k->tag != KG_W_DET))
            break;
        i++;
        words++;
    }
    if (i >= st->ntoks || !ex_in_list(rel->prep, st->toks[i].lower))
        return NULL;
    for (i++; i < st->ntoks && st->toks[i].tag == KG_W_DET; i++)
        ;
    if (i >= st->ntoks || !(m = ex_mention_at(st, i)) || m->t0 != i ||
        m->dropped || m->ent.is_value || !m->ent.code || !*m->ent.code)
        return NULL;
    return m;
}

/* "signed an agreement on energy with China", "a protocol of cooperation
 * with", "a trade protocol for 1990 with", "aid in the form of food to":
 * a short phrase inside the object's noun phrase, before the entry's own
 * preposition.  i is a preposition (not the entry's) after the entry's
 * words, which must end past the trigger trig in a noun of their own
 * ("the timely supply of pesticides to farmers": "supply" right before
 * "of" is a noun, no verb with an object); returns the token of the
 * entry's preposition when the phrase holds only plain words, numbers,
 * sums and dates and a coded actor that heads its phrase follows that
 * preposition (not "with the New York video tape company"), else
 * (size_t)-1. */
static size_t ex_np_phrase_before_prep(const ex_state *st, size_t i,
                                       size_t trig,
                                       const kg_onto_relation *rel)
{
    static const char *const inner[] = {"of",   "on",   "for", "over",
                                        "about", "in", "between", NULL};
    size_t j, words = 0;
    const ex_mention *m;
    const ex_tok *after;
    if (rel->noun || !rel->prep || i < trig + 2 || i + 3 >= st->ntoks ||
        st->toks[i].tag != KG_W_PREP || ex_in_list(rel->prep, st->toks[i].lower) ||
        !ex_pronoun_is(&st->toks[i], inner))
        return (size_t)-1;
    for (j = i + 1; j < st->ntoks && words < 5;) {
        const ex_tok *k = &st->toks[j];
        m = ex_mention_at(st, j);
        if (m && m->t0 == j && !m->dropped) {
            if (!m->ent.is_value)
                return (size_t)-1; /* an actor: the phrase names it */
            j = m->t1;
            words++;
            continue;
        }
        if (k->kind == KG_TOK_NUMBER ||
            (k->kind == KG_TOK_WORD && !(k->flags & KG_TOKF_CAP) &&
             (k->tag == KG_W_NONE || k->tag == KG_W_DET ||
              (k->tag == KG_W_PREP && ex_tok_is(st, j, "of")))) ||
            (ex_tok_punct(st, j, '-') && j + 1 < st->ntoks &&
             st->toks[j + 1].kind == KG_TOK_WORD)) {
            j++;
            words++;
            continue;
        }
        break;
    }
    /* (a place phrase after the inner one attaches to it: "a summit on
     * the unrest in Iran", "the origins of the virus in Wuhan") */
    if (!words || j >= st->ntoks || !ex_in_list(rel->prep, st->toks[j].lower) ||
        ex_tok_is(st, j, "in") || ex_tok_is(st, j, "at"))
        return (size_t)-1;
    for (i = j + 1; i < st->ntoks && st->toks[i].tag == KG_W_DET; i++)
        ;
    m = i < st->ntoks ? ex_mention_at(st, i) : NULL;
    if (!m || m->t0 != i || m->dropped || m->ent.is_value || !m->ent.code ||
        !*m->ent.code)
        return (size_t)-1;
    after = m->t1 < st->ntoks ? &st->toks[m->t1] : NULL;
    if (after && after->kind == KG_TOK_WORD && after->tag == KG_W_NONE &&
        !(after->flags & KG_TOKF_CAP) && ex_when_phrase(st, m->t1) == m->t1)
        return (size_t)-1; /* a modifier of a longer noun phrase */
    return j;
}

/* Is the direct object one the entry's prepositional object replaces: a
 * person (named or not yet coded) or a bare nationality?  (Not a thing
 * with an unknown name: "celebrate Tabaski with Eriador" names what is
 * celebrated, and the act is not done to Eriador.) */
static int ex_moved_object(const ex_mention *m, const kg_entity *e)
{
    return ex_is_person(e) || (m && m->kind == KG_NAME_DEMONYM);
}

/* Is the direct object of a sale or purchase what changes hands rather
 * than the other party?  A seller's direct object always is ("sold its
 * Airdrome Parts Co division", "agreed to sell the Peter Pan Restaurant":
 * the buyer follows "to"); a buyer's when it is a bare sector ("buy the
 * business of Bandai Australia").  A company bought outright, "agreed to
 * buy Fountain Oil Inc", stays the party dealt with; a person or a
 * nationality is moved as for any entry (ex_moved_object), and a party
 * with the goods after it is the buyer ("sold Jordan two cargoes"). */
static int ex_goods_object(const ex_state *st, const kg_onto_relation *rel,
                           const ex_mention *m)
{
    const ex_tok *k;
    if (rel->noun || !rel->prep || strcmp(rel->type, "trade") != 0 ||
        m->ent.is_value || ex_is_person(&m->ent) ||
        m->kind == KG_NAME_DEMONYM)
        return 0;
    k = m->t1 < st->ntoks ? &st->toks[m->t1] : NULL;
    if (k && (k->tag == KG_W_DET || k->kind == KG_TOK_NUMBER ||
              (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
               !(k->flags & KG_TOKF_CAP) && m->ent.code && *m->ent.code &&
               !ex_sector_only(&m->ent))))
        return 0; /* "sold Jordan two cargoes", "selling China wheat":
                   * the buyer, the goods after it */
    return !strcmp(rel->prep, "to") || ex_sector_only(&m->ent);
}

/* Is mention m, found after an offer, part of what is offered rather
 * than the one it is offered to?  A name kg has no code for right before
 * a plain lower-case word ("LLU services", "TV content", "a 160GB hard
 * drive"), or any name after other words ("offer 24-hour reports on
 * Japanese economic developments").  A coded actor right before the
 * thing is the one offered it ("offered China wide-ranging access"), as
 * is any actor with an article after it ("offered BT the choice"). */
static int ex_offered_thing(const ex_state *st, const ex_mention *m)
{
    static const char *const inner[] = {"on", "about", "of", "in", "from",
                                        "into", NULL};
    const ex_tok *k = m->t1 < st->ntoks ? &st->toks[m->t1] : NULL;
    if (m->ent.is_value || ex_is_person(&m->ent))
        return 0;
    if (m->t0 > 0 && ex_pronoun_is(&st->toks[m->t0 - 1], inner))
        return 1;
    if (m->ent.code && *m->ent.code)
        return 0;
    return k && k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP);
}

/* "southern Lebanon", "north-eastern Syria": is token i a lower-case
 * word for a part of the country or place whose mention starts right
 * after it? */
static int ex_compass_before_place(const ex_state *st, size_t i)
{
    static const char *const parts[] = {
        "southern", "northern", "eastern", "western", "central",
        "southeastern", "southwestern", "northeastern", "northwestern",
        "south-eastern", "south-western", "north-eastern", "north-western",
        NULL};
    const ex_mention *m;
    if (i + 1 >= st->ntoks || st->toks[i].kind != KG_TOK_WORD ||
        (st->toks[i].flags & KG_TOKF_CAP) ||
        !ex_pronoun_is(&st->toks[i], parts))
        return 0;
    m = ex_mention_at(st, i + 1);
    return m && m->t0 == i + 1 && !m->dropped && m->ent.type &&
           (!strcmp(m->ent.type, "Country") || !strcmp(m->ent.type, "Place"));
}

/* Is e a sum of money ("$500 million")? */
static int ex_is_sum(const kg_entity *e)
{
    return e->is_value && e->type && !strcmp(e->type, "MonetaryAmount");
}

/* "agreed to buy Fountain Oil Inc", "agreed to sell its Goldendale
 * smelter to": does a sale or purchase (a trade entry) start at token i,
 * right after an agreement's "to"?  The deal is then read at that verb
 * (ex_goods_object finds its party); the agreement would only repeat it,
 * or take the goods for the party. */
static int ex_agreed_sale(ex_state *st, size_t i)
{
    const kg_onto_relation *r;
    size_t ntok;
    return i < st->ntoks && st->toks[i].tag == KG_W_NONE &&
           kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                   &r, &ntok) &&
           !r->noun && !strcmp(r->type, "trade");
}

/* Objects after the trigger tokens [t0, t1): up to max of them. */
/* What one asks of another, refused or granted: "rejected Greece's
 * request", "rebuffed calls from Norway". */
static const char *const ex_ask_nouns[] = {
    "request",  "requests",  "call",       "calls",    "demand",
    "demands",  "appeal",    "appeals",    "plea",     "pleas",
    "offer",    "offers",    "proposal",   "proposals", "bid",
    "invitation", "overture", "suggestion", "ultimatum", NULL};

/* "rejected calls by the United States", "rebuffed repeated appeals
 * from London": a refusal's direct object is what was asked, and the
 * actor refused is the one who asked, after "by", "from" or "of" (an
 * actor before the noun, "rejected Russia's request", is found as any
 * direct object is).  t: the first word after the verb. */
static const ex_mention *ex_refused_asker(const ex_state *st, size_t t)
{
    size_t j = t;
    const ex_mention *m;
    /* (an article and at most two plain words: "the repeated") */
    while (j < st->ntoks && j < t + 3 && st->toks[j].kind == KG_TOK_WORD &&
           !ex_pronoun_is(&st->toks[j], ex_ask_nouns) &&
           (st->toks[j].tag == KG_W_DET ||
            (st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP))))
        j++;
    if (j + 1 >= st->ntoks || st->toks[j].kind != KG_TOK_WORD ||
        !ex_pronoun_is(&st->toks[j], ex_ask_nouns) ||
        !(ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from") ||
          ex_tok_is(st, j + 1, "of")))
        return NULL;
    j += 2;
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? m : NULL;
}

/* "withdraw its troops from Ukraine", "sent their soldiers to Mali": a
 * state organ owned by the subject ("its", "their" before it, the
 * subject's country) is the means of an act that names its party after
 * a preposition, not the party. */
static int ex_owned_organ(const ex_state *st, const ex_mention *m,
                          const kg_entity *subj)
{
    const char *c = m->ent.code;
    return subj && subj->country && m->ent.country && m->t0 > 0 &&
           ex_pronoun_is(&st->toks[m->t0 - 1], ex_owners) &&
           !strcmp(subj->country, m->ent.country) && c && strlen(c) > 3 &&
           ex_state_organ(c + 3);
}

/* Does the verb entry judge or answer an act: approve (01), endorse or
 * praise (05), disapprove (11), reject (12), protest (14)?  Its target
 * is the act's agent. */
static int ex_judges_act(const kg_onto_relation *rel)
{
    static const char *const roots[] = {"01", "05", "11", "12", "14", NULL};
    size_t k;
    if (!rel->cameo)
        return 0;
    for (k = 0; roots[k]; k++)
        if (!strncmp(rel->cameo, roots[k], 2))
            return 1;
    return 0;
}

/* A judgement proper, ex_judges_act but for the statements (01): "is
 * considering new tariffs on Chinese steel" weighs its own act. */
static int ex_passes_judgement(const kg_onto_relation *rel)
{
    return ex_judges_act(rel) && strncmp(rel->cameo, "01", 2) != 0;
}

/* "welcomed the decision by Iran", "rejected an attempt by the Sudanese
 * government", "condemned the raid by Israeli troops": a direct object
 * that is an act (a determiner and one to three lower-case words) whose
 * agent follows "by".  The act's own phrase may come before the "by"
 * when a noun entry takes it ("welcomed the release of Israeli hostages
 * by Hamas": up to six more tokens, actors among them, which are the
 * act's party, not the judged one).  i is the token after the verb;
 * returns the agent's mention, else NULL. */
static const ex_mention *ex_act_by_agent(ex_state *st, size_t i)
{
    static const char *const dets[] = {"the", "a", "an", "this", "its",
                                       "their", NULL};
    size_t words = 0, w0;
    const ex_mention *m;
    if (i >= st->ntoks || !ex_pronoun_is(&st->toks[i], dets))
        return NULL;
    for (w0 = ++i; i < st->ntoks && words < 3; i++, words++) {
        const ex_tok *k = &st->toks[i];
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE || k->mention ||
            (k->flags & KG_TOKF_CAP))
            break;
    }
    if (words > 0 && i + 1 < st->ntoks && !ex_tok_is(st, i, "by") &&
        st->toks[i].tag == KG_W_PREP) {
        const kg_onto_relation *act = NULL;
        size_t k, ntok, end = i + 7 < st->ntoks ? i + 7 : st->ntoks;
        for (k = w0; k < i; k++)
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &act, &ntok) &&
                k + ntok == i && act->cameo && *act->cameo && act->prep &&
                ex_in_list(act->prep, st->toks[i].lower))
                break;
        if (k == i)
            return NULL;
        for (i++; i < end && !ex_tok_is(st, i, "by"); i++) {
            const ex_tok *t = &st->toks[i];
            if ((m = ex_mention_at(st, i)) != NULL && m->t0 == i &&
                !m->dropped) {
                i = m->t1 - 1;
                continue;
            }
            if (t->kind == KG_TOK_NUMBER ||
                (t->kind == KG_TOK_WORD && (t->tag == KG_W_DET ||
                                            t->tag == KG_W_NONE)))
                continue;
            return NULL;
        }
    }
    if (words == 0 || i >= st->ntoks || !ex_tok_is(st, i, "by"))
        return NULL;
    for (i++; i < st->ntoks && st->toks[i].tag == KG_W_DET; i++)
        ;
    if (i >= st->ntoks || !(m = ex_mention_at(st, i)) || m->t0 != i ||
        m->dropped || m->ent.is_value || !m->ent.code || !*m->ent.code)
        return NULL;
    return m;
}

/* "France welcomed the release of the hostages", "Germany welcomed the
 * agreement with Iran", "condemned the killing of civilians": a noun
 * entry at token i that is the direct object of a verb judging an act
 * (ex_judges_act; an article and up to two plain words between).  Its
 * token, or (size_t)-1.  The judge did not do the act: the act's agent
 * is only one named at the noun ("Egypt's release", "by Egypt"). */
static size_t ex_judging_verb_before(ex_state *st, size_t i)
{
    const kg_onto_relation *rel;
    size_t v = i, words = 0, ntok, k;
    while (v > 0 && st->toks[v - 1].tag == KG_W_DET)
        v--;
    if (v == i)
        return (size_t)-1;
    while (v > 0 && words < 2 && st->toks[v - 1].kind == KG_TOK_WORD &&
           st->toks[v - 1].tag == KG_W_NONE && !st->toks[v - 1].mention &&
           !st->toks[v - 1].covered &&
           !(st->toks[v - 1].flags & KG_TOKF_CAP) &&
           !kg_onto__starts_relation(st->onto, v - 1, ex_lemma, st)) {
        v--;
        words++;
    }
    for (k = v > 3 ? v - 3 : 0; k < v; k++)
        if (st->toks[k].kind == KG_TOK_WORD &&
            kg_onto__match_relation(st->onto, st->ntoks, k, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            k + ntok == v && !rel->noun && !rel->prep &&
            ex_passes_judgement(rel))
            return k;
    return (size_t)-1;
}

static const ex_mention *ex_actor_from(const ex_state *st, size_t j);

/* "condemned the attack on Israel by Hamas", "welcomed the release of
 * Israeli hostages by Hamas": a judgement (ex_judges_act) whose object is
 * an act told as a noun entry with its own party ("attack on Israel")
 * judges the act's agent, not its victim.  Returns 1 when om is such a
 * party and sets *agent to the act's agent after "by" (NULL when none is
 * named: condemning an attack on Israel is no criticism of Israel, and a
 * careful coder codes no target, where PETRARCH would take Israel).  The
 * agent before the noun ("Hamas's attack on", "the Hamas attack on") is
 * the first actor of the phrase and never reaches here. */
static int ex_judged_act_party(ex_state *st, const kg_onto_relation *rel,
                               size_t t1, const ex_mention *om,
                               const ex_mention **agent)
{
    size_t k, p, ntok;
    const kg_onto_relation *act;
    *agent = NULL;
    if (rel->noun || rel->prep || !ex_passes_judgement(rel) || !om ||
        om->t0 <= t1 + 1 || om->t0 > t1 + 5)
        return 0;
    p = om->t0;
    while (p > t1 && st->toks[p - 1].tag == KG_W_DET)
        p--;
    if (p <= t1 + 1 || st->toks[p - 1].tag != KG_W_PREP)
        return 0;
    for (k = t1; k + 1 < p; k++) {
        if (st->toks[k].kind != KG_TOK_WORD)
            return 0;
        if (st->toks[k].tag != KG_W_NONE)
            continue;
        if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma, st,
                                    &act, &ntok) &&
            k + ntok == p - 1 && act->cameo && *act->cameo && act->prep &&
            ex_in_list(act->prep, st->toks[p - 1].lower))
            break;
    }
    if (k + 1 >= p)
        return 0;
    if (om->t1 + 1 < st->ntoks && ex_tok_is(st, om->t1, "by"))
        *agent = ex_actor_from(st, om->t1 + 1);
    return 1;
}

/* "lifted the restrictions it had imposed on Palestinians", "eased the
 * sanctions that Washington imposed on Iran": a relative clause right
 * after a verb + noun entry whose own verb takes the entry's preposition;
 * the token of that preposition, or (size_t)-1. */
static size_t ex_relative_prep(const ex_state *st, size_t t1,
                               const kg_onto_relation *rel)
{
    const ex_mention *m;
    size_t j = t1;
    if (rel->noun || !rel->prep || j >= st->ntoks)
        return (size_t)-1;
    if (ex_tok_is(st, j, "that") || ex_tok_is(st, j, "which"))
        j++;
    /* the clause's subject: a pronoun or an actor */
    if (j < st->ntoks && st->toks[j].tag == KG_W_PRON)
        j++;
    else if (j < st->ntoks && (m = ex_mention_at(st, j)) != NULL &&
             m->t0 == j && !m->dropped && !m->ent.is_value)
        j = m->t1;
    else
        return (size_t)-1;
    /* "had imposed", "has been imposing" */
    while (j < st->ntoks && st->toks[j].tag == KG_W_AUX && j - t1 < 6)
        j++;
    /* its verb: a plain "-ed" form, then the entry's preposition */
    if (j + 2 >= st->ntoks || st->toks[j].kind != KG_TOK_WORD ||
        st->toks[j].tag != KG_W_NONE || st->toks[j].covered ||
        !ex_ends_ed(st, j) || st->toks[j + 1].tag != KG_W_PREP ||
        !ex_in_list(rel->prep, st->toks[j + 1].lower))
        return (size_t)-1;
    return j + 1;
}

/* Is token i a vehicle followed by "carrying" ("a bus carrying")? */
static int ex_vehicle_carrying(const ex_state *st, size_t i)
{
    static const char *const vehicles[] = {
        "bus",  "buses", "convoy", "convoys", "vehicle", "vehicles", "car",
        "cars", "truck", "trucks", "minibus", "van",     "jeep",     "plane",
        "helicopter",    "motorcade", "boat", "ship",    NULL};
    return i + 2 < st->ntoks && ex_pronoun_is(&st->toks[i], vehicles) &&
           ex_tok_is(st, i + 1, "carrying");
}

/* The token after the phrase at i that an entry marked skip passes over
 * (kg_onto_relation.skip, PETRARCH's "^"): an article or possessive, up
 * to three plain words and one name ("warned at the Gondor of the
 * Prince", "celebrated Iftar in Osgiliath with", "a summit in Geneva
 * with"); i itself when no such phrase starts there. */
static size_t ex_skipped_phrase(const ex_state *st, size_t i)
{
    size_t j = i, words = 0;
    const ex_mention *m;
    while (j < st->ntoks &&
           (st->toks[j].tag == KG_W_DET || st->toks[j].tag == KG_W_POSS))
        j++;
    while (j < st->ntoks && words < 3 && st->toks[j].kind == KG_TOK_WORD &&
           st->toks[j].tag == KG_W_NONE &&
           !(st->toks[j].flags & KG_TOKF_CAP) && !ex_mention_at(st, j)) {
        j++;
        words++;
    }
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    if (m && m->t0 == j && !m->dropped)
        return m->t1;
    return words ? j : i;
}

static size_t ex_objects(ex_state *st, size_t t1, const kg_onto_relation *rel,
                         const kg_entity *subj, size_t trig,
                         const kg_entity **out, const ex_mention **om,
                         size_t max)
{
    size_t i = t1, skipped = 0, n = 0, crossed = 0;
    const ex_mention *worth = NULL; /* "worth $1bn": see below */
    /* (a noun entry that ends in its preposition, "appeal to", has it
     * seen: "issued an appeal to Poland") */
    int prep_seen = (rel->prep == NULL && !st->light_verb) ||
                    (rel->noun && t1 > 0 &&
                     st->toks[t1 - 1].tag == KG_W_PREP);
    const ex_mention *am;
    size_t rp = ex_relative_prep(st, t1, rel);

    if (rp != (size_t)-1)
        i = rp;
    if (rel->skip)
        i = ex_skipped_phrase(st, i);
    if (!rel->noun && !rel->prep && rel->cameo &&
        !strncmp(rel->cameo, "12", 2) &&
        (am = ex_refused_asker(st, t1)) != NULL) {
        out[n] = &am->ent;
        om[n] = am;
        n++;
        i = am->t1;
    }
    if (n == 0 && !rel->noun && !rel->prep && ex_judges_act(rel) &&
        (am = ex_act_by_agent(st, t1)) != NULL) {
        out[n] = &am->ent;
        om[n] = am;
        n++;
        i = am->t1;
    }
    while (n == 0 && i < st->ntoks) {
        const ex_tok *k = &st->toks[i];
        const ex_mention *m = ex_mention_at(st, i);
        /* "is attacking (Russian President Vladimir) Putin": an aside
         * is skipped, actors in it too */
        if (k->paren && !st->toks[trig].paren) {
            i++;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && ex_is_date(&m->ent)) {
            i = m->t1; /* "released yesterday by Putin": when, not whom */
            continue;
        }
        if (ex_tok_is(st, i, "on") && ex_when_phrase(st, i) != i) {
            /* "signed an agreement on Monday with China", "held talks on
             * Friday with": when, between the act and its party */
            i = ex_when_phrase(st, i);
            continue;
        }
        if (n == 0 && !prep_seen) {
            size_t p = ex_np_phrase_before_prep(st, i, trig, rel);
            if (p != (size_t)-1) {
                i = p; /* "signed an agreement on energy with China" */
                continue;
            }
        }
        if (n == 0 && rel->cameo &&
            (!strncmp(rel->cameo, "18", 2) || !strncmp(rel->cameo, "19", 2)) &&
            ex_vehicle_carrying(st, i)) {
            /* "ambushed a bus carrying unarmed Iraqis", "hit a bus
             * carrying Iraqi National Guards": force against a vehicle
             * hits the people it carries */
            i += 2;
            continue;
        }
        if (n == 0) {
            /* "launched attacks on Saturday on Iraqi police", "held talks
             * Monday with": a weekday (anchored or not) between the
             * entry's words and its preposition, which must follow it (a
             * full date is kept: "trading on March 26 on the New York
             * Stock Exchange" is rarely an act on anyone) */
            static const char *const days[] = {
                "monday", "tuesday", "wednesday", "thursday", "friday",
                "saturday", "sunday", "yesterday", "today", NULL};
            size_t w = ex_when_phrase(st, i);
            if (w > i && w < st->ntoks && st->toks[w].tag == KG_W_PREP &&
                ex_pronoun_is(&st->toks[w - 1], days)) {
                i = w;
                continue;
            }
        }
        if (!rel->noun && !rel->prep && n == 0 && skipped == 0 &&
            (!m || m->t0 != i || m->ent.is_value)) {
            size_t j = ex_object_modifiers(st, i);
            if (j != (size_t)-1) {
                skipped++;
                i = j;
                continue;
            }
        }
        if (ex_tok_is(st, i, "worth") && n == 0 && i + 1 < st->ntoks &&
            (m = ex_mention_at(st, i + 1)) != NULL && m->t0 == i + 1 &&
            !m->dropped && m->ent.is_value && m->ent.type &&
            !strcmp(m->ent.type, "MonetaryAmount")) {
            /* "gave aid worth $100 million to Cambodia", "a deal worth
             * $2 billion with": the value of the thing, not a party
             * (it stays the object when no party follows and the words
             * before it left room for it, as before) */
            if (skipped < EX_OBJECT_SKIP)
                worth = m;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && m->ent.is_value &&
            !rel->noun && strcmp(m->ent.type, "MonetaryAmount") != 0)
            break; /* "freed millions of tons of wheat": not a party */
        if (m && m->t0 == i && !m->dropped &&
            (ex_modifier_agent(st, m) || ex_broker_mention(st, m)) &&
            skipped < EX_OBJECT_SKIP) {
            skipped++;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && !m->ent.is_value &&
            m->kind == KG_NAME_PROPER && m->t1 < st->ntoks &&
            (ex_tok_is(st, m->t1, "war") || ex_tok_is(st, m->t1, "wars")) &&
            skipped < EX_OBJECT_SKIP) {
            /* "oppose the Iraq war", "its support for the Vietnam war":
             * a war named after its place is what is opposed or
             * supported, not the country ("the American war against
             * drugs" is America's: a demonym names the one who wages
             * it) */
            skipped++;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && rel->noun && !prep_seen)
            break; /* "aid workers", "trade unions": the noun's modifier */
        if (m && m->t0 == i && !m->dropped && !rel->noun && rel->prep &&
            !prep_seen && n == 0 && skipped < EX_OBJECT_SKIP &&
            ex_owned_organ(st, m, subj)) {
            skipped++;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && !rel->noun && !rel->prep &&
            n == 0 && !strcmp(rel->type, "offer") &&
            ex_offered_thing(st, m)) {
            /* "offering LLU services", "offer TV content", "offering
             * information on Japanese equity": what is offered, named
             * after something kg has no code for, or a later modifier */
            break;
        }
        if (m && m->t0 == i && !m->dropped && !rel->noun && rel->prep &&
            !prep_seen && n == 0 && skipped <= EX_OBJECT_WORDS &&
            ex_goods_object(st, rel, m) &&
            !ex_prep_object_after(st, m->t1, rel)) {
            /* "sold its Airdrome Parts Co division", "agreed to buy the
             * business of": what changes hands; the party, if any, is
             * the one after "to" or "from" further on */
            skipped++;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped) {
            const ex_mention *pm = NULL;
            if (!rel->noun && rel->prep && !prep_seen && n == 0 &&
                (ex_is_sum(&m->ent) || ex_goods_object(st, rel, m) ||
                 (!m->ent.is_value && ex_moved_object(m, &m->ent))))
                /* ("disbursed $500 million to Pakistan": the sum, as a
                 * person moved, is what goes to the party) */
                pm = ex_prep_object_after(st, m->t1, rel);
            if (pm)
                m = pm;
            else if (n == 0 && !prep_seen && skipped > EX_OBJECT_SKIP &&
                     (!m->ent.code || !*m->ent.code))
                break; /* (past a long noun phrase and no preposition,
                        * only a coded actor: "sell their metal services
                        * joint venture Integris Metals" names what is
                        * sold) */
            out[n] = &m->ent;
            om[n] = m;
            n++;
            i = m->t1;
            break;
        }
        if (!prep_seen && ((rel->prep && ex_in_list(rel->prep, k->lower)) ||
                           (st->light_verb &&
                            ex_in_list("to;against;on;for;at;with",
                                       k->lower)))) {
            prep_seen = 1;
            if (rel->prep && strchr(rel->prep, ';'))
                skipped = 0; /* the phrase it opens gets its own words */
            if (!strcmp(rel->type, "agree_to") && ex_tok_is(st, i, "to") &&
                ex_agreed_sale(st, i + 1))
                return 0; /* "agreed to sell its Carling stake to":
                           * the sale is read at its own verb, with its
                           * own party */
            i++;
            continue;
        }
        if (!rel->noun && n == 0 && i - t1 <= 1 &&
            (ex_tok_is(st, i, "in") || ex_tok_is(st, i, "at"))) {
            /* "met in London with Paisley", "held talks in Geneva with":
             * a place between the verb and the entry's own preposition
             * ("with" for an entry with none) says where; it is skipped
             * when that preposition comes right after it */
            size_t j = i + 1;
            const ex_mention *pm;
            while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
                j++;
            pm = j < st->ntoks ? ex_mention_at(st, j) : NULL;
            if (pm && pm->t0 == j && !pm->dropped && pm->t1 < st->ntoks &&
                (rel->prep ? ex_in_list(rel->prep, st->toks[pm->t1].lower)
                           : ex_tok_is(st, pm->t1, "with")) &&
                (pm->kind == KG_NAME_METONYM ||
                 (pm->ent.type && (!strcmp(pm->ent.type, "Country") ||
                                   !strcmp(pm->ent.type, "Place"))))) {
                i = pm->t1 + !rel->prep;
                continue;
            }
        }
        if (n == 0 && prep_seen && skipped > 0 && ex_tok_is(st, i, "with") &&
            (ex_tok_is(st, i - 1, "border") ||
             ex_tok_is(st, i - 1, "borders") ||
             ex_tok_is(st, i - 1, "frontier"))) {
            /* "massed troops along its border with Ukraine": the country
             * the border is shared with is the one the act is aimed at */
            i++;
            continue;
        }
        if (ex_object_pp(st, i, rel, prep_seen, skipped, &crossed)) {
            /* a phrase inside the object's noun phrase: the next one
             * gets its own words */
            skipped = 0;
            i++;
            continue;
        }
        if ((k->kind == KG_TOK_PUNCT && ex_is_quote(st, i)) ||
            ex_faith_before_group(st, i)) {
            /* (a quote mark; "fought Sunni insurgents") */
            i++;
            continue;
        }
        if (k->tag == KG_W_POSS && n == 0) {
            /* "accused his rival": the person the role names */
            size_t at;
            const kg_entity *r = ex_role_ref(st, i, &at);
            if (r && (!subj || strcmp(r->id, subj->id) != 0) &&
                (r = ex_note_pronoun(st, at, r)) != NULL) {
                out[n] = r;
                om[n] = NULL;
                return 1;
            }
        }
        if (k->tag == KG_W_DET || (n == 0 && ex_tok_is(st, i, "neither")) ||
            (k->tag == KG_W_POSS && n == 0 && i + 1 < st->ntoks &&
             st->toks[i + 1].kind == KG_TOK_WORD &&
             st->toks[i + 1].tag == KG_W_NONE)) {
            /* ("welcomed their resumption of ties with X": a possessive
             * opens the object's phrase as an article does) */
            i++;
            continue;
        }
        if (n == 0 && (k->flags & KG_TOKF_CAP) &&
            ex_pronoun_is(k, ex_honorifics)) {
            /* "criticised Mr Blair", "accused Mrs Thatcher", "met Mr.
             * Bush": the person the honorific names */
            size_t h = i + 1;
            const ex_mention *p;
            if (h < st->ntoks && ex_tok_punct(st, h, '.'))
                h++;
            p = h < st->ntoks ? ex_mention_at(st, h) : NULL;
            if (p && p->t0 == h && !p->dropped && ex_is_person(&p->ent)) {
                i = h;
                continue;
            }
        }
        if (k->flags & KG_TOKF_CAP) {
            /* "met President Putin", "with Foreign Minister Lavrov": a
             * bare title (no country before it to glue to) */
            const char *agent = NULL;
            size_t tl = ex_match_title(st, i, &agent);
            const ex_mention *p = tl ? ex_mention_at(st, i + tl) : NULL;
            /* (also "against Prime Minister Benjamin Netanyahu's
             * government": the person's state, a metonym) */
            if (p && p->t0 == i + tl && !p->dropped &&
                (ex_is_person(&p->ent) || p->kind == KG_NAME_METONYM)) {
                i += tl;
                continue;
            }
        }
        if ((k->tag == KG_W_PRON) && n == 0) {
            const kg_entity *r = NULL;
            /* "banned Stockholm ..., accusing it": the thing acted on */
            if (!strcmp(k->lower, "it"))
                r = st->have_last_object && !st->last_object.is_value
                        ? &st->last_object
                        : ex_last_thing(st, trig, subj);
            else if (!strcmp(k->lower, "him") || !strcmp(k->lower, "her"))
                /* "Biden called him an autocrat": not Biden himself */
                r = ex_last_person(st, trig, subj);
            if (!rel->noun && rel->prep && !prep_seen &&
                (!r || ex_moved_object(NULL, r))) {
                /* "extradited him to the United States" */
                const ex_mention *pm = ex_prep_object_after(st, i + 1, rel);
                if (pm) {
                    out[n] = &pm->ent;
                    om[n] = pm;
                    return n + 1;
                }
            }
            if (r && (!subj || strcmp(r->id, subj->id) != 0) &&
                (r = ex_note_pronoun(st, i, r)) != NULL) {
                out[n] = r;
                om[n] = NULL;
                n++;
            }
            return n;
        }
        if ((rel->noun || rel->prep) && !prep_seen && n == 0 &&
            (ex_tok_is(st, i, "and") || ex_tok_is(st, i, "or")) &&
            i > 0 && i + 1 < st->ntoks &&
            st->toks[i - 1].kind == KG_TOK_WORD &&
            st->toks[i - 1].tag == KG_W_NONE &&
            st->toks[i + 1].kind == KG_TOK_WORD &&
            st->toks[i + 1].tag == KG_W_NONE &&
            !(st->toks[i + 1].flags & KG_TOKF_CAP) &&
            !st->toks[i + 1].covered && skipped < EX_OBJECT_SKIP &&
            rel->prep && i + 2 < st->ntoks &&
            (ex_in_list(rel->prep, st->toks[i + 2].lower) ||
             (i + 3 < st->ntoks && st->toks[i + 2].tag == KG_W_NONE &&
              !st->toks[i + 2].covered &&
              ex_in_list(rel->prep, st->toks[i + 3].lower)))) {
            /* "provided loans and grants to Kenya": two things joined
             * right before the entry's preposition (whose words are no
             * trigger of their own: "rescue teams and relief supplies
             * to", not "supplies to") */
            skipped++;
            st->joined_end =
                ex_in_list(rel->prep, st->toks[i + 2].lower) ? i + 2 : i + 3;
            i++;
            continue;
        }
        if (n == 0 && ex_compass_before_place(st, i)) {
            /* "occupy southern Lebanon": the part names the country */
            i++;
            continue;
        }
        /* a verb's direct object follows it; words in between only
         * belong to a noun phrase ("sanctions on", "weapons to") */
        if ((rel->noun || rel->prep) && k->kind == KG_TOK_WORD &&
            k->tag == KG_W_NONE && !(k->flags & KG_TOKF_CAP) &&
            skipped < EX_OBJECT_WORDS) {
            skipped++;
            i++;
            continue;
        }
        /* "fired anti-aircraft batteries at Russia", "launched missiles
         * against Israel": what was used, then at whom */
        if (!rel->noun && !skipped && n == 0) {
            size_t j = ex_aimed_at(st, i);
            if (j != (size_t)-1) {
                skipped = EX_OBJECT_SKIP;
                i = j;
                continue;
            }
        }
        break;
    }
    if (n == 0 && worth) {
        out[n] = &worth->ent;
        om[n] = worth;
        return 1;
    }
    /* coordination: "the US and Russia", "Russia, China and Iran" */
    while (n > 0 && n < max && i + 1 < st->ntoks) {
        size_t j = i;
        const ex_mention *m;
        int bare;
        if (!(ex_tok_is(st, j, "and") || ex_tok_is(st, j, "or") ||
              ex_tok_is(st, j, "nor") || ex_tok_punct(st, j, ',')))
            break;
        if (ex_list_closed(st, j, t1))
            break;
        bare = ex_tok_punct(st, j, ',');
        j++;
        if (ex_tok_is(st, j, "and") || ex_tok_is(st, j, "or") ||
            ex_tok_is(st, j, "nor")) {
            j++;
            bare = 0;
        }
        while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        if (j < st->ntoks && ex_faith_before_group(st, j))
            j++; /* "Hamas and Islamist militants" */
        if (j >= st->ntoks || !(m = ex_mention_at(st, j)) || m->t0 != j ||
            m->dropped)
            break;
        /* a bare comma lists only a member the list goes on after
         * ("attacked Gaza, Rafah and Khan Younis") or one that ends the
         * sentence (a headline's "friends with both US, Russia");
         * "delivered tanks to Ukraine, the defence ministry in Berlin
         * said" names the speaker */
        if (bare && m->t1 < st->ntoks && !ex_tok_punct(st, m->t1, ',') &&
            !ex_tok_is(st, m->t1, "and") && !ex_tok_is(st, m->t1, "or") &&
            !(m->t1 + 1 == st->ntoks && st->toks[m->t1].kind == KG_TOK_PUNCT))
            break;
        /* "attacked Gaza, and Hamas fired", "criticized Ukraine and the
         * US condemned": a new clause ("withdraw troops from Europe and
         * Asia would hinder": a modal or an auxiliary after a bare "and"
         * may end a longer subject instead) */
        if (ex_verb_starts(st, m->t1) &&
            (ex_tok_punct(st, i, ',') ||
             (st->toks[m->t1].tag != KG_W_AUX &&
              st->toks[m->t1].tag != KG_W_MODAL &&
              st->toks[m->t1].tag != KG_W_FUTURE)))
            break;
        out[n] = &m->ent;
        om[n] = m;
        n++;
        i = m->t1;
    }
    if (n == 0 && rel->noun) {
        /* "trade reaches $62 billion": a value shortly after a noun */
        size_t j;
        for (j = t1; j < st->ntoks && j < t1 + 4; j++) {
            const ex_mention *m = ex_mention_at(st, j);
            if (m && m->ent.is_value && !ex_is_date(&m->ent)) {
                out[n] = &m->ent;
                om[n] = m;
                n++;
                break;
            }
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, '.'))
                break;
        }
    }
    return n;
}

/* Is token i an -ing word of more than four letters ("restarting")? */
static int ex_is_ing(const ex_state *st, size_t i)
{
    const char *w = st->toks[i].lower;
    size_t n = strlen(w);
    return st->toks[i].kind == KG_TOK_WORD && n > 4 &&
           !strcmp(w + n - 3, "ing");
}

/* "ruled out sending", "ruled out meeting Xi": is token t an -ing form
 * right after "rule out", a gerund (the verb, not a noun)? */
static int ex_ruled_out_gerund(const ex_state *st, size_t t)
{
    static const char *const rule[] = {"rule", "rules", "ruled", "ruling",
                                       NULL};
    return t >= 2 && ex_is_ing(st, t) && ex_tok_is(st, t - 1, "out") &&
           ex_pronoun_is(&st->toks[t - 2], rule);
}

/* "refused to meet", "declined to resume talks", "failed to reach": the
 * verb before the infinitive at token t says the act was not done ("ruled
 * out sending": before the gerund).  1 for
 * a refusal (the act becomes a rejection, root 12, when it is
 * cooperation), 2 for a failure (the act is only negated), else 0.  The
 * nouns say the same ("Washington's refusal to lift sanctions on Cuba" is
 * no lifting, "Russia's failure to withdraw its troops" no withdrawal). */
static int ex_refused_before(const ex_state *st, size_t t)
{
    static const char *const refuse[] = {
        "refuse",   "refuses",  "refused",   "refusing", "decline",
        "declines", "declined", "declining", "refusal",  "refusals",
        NULL};
    static const char *const fail[] = {
        "fail",      "fails",         "failed",     "failing",
        "failure",   "failures",      "inability",  "unwillingness",
        "reluctance", NULL};
    const ex_mention *m;
    size_t j = t, h;
    /* "ruled out sending F-16 jets to Ukraine": a refusal, as "refused to
     * send" is (a gerund, not an infinitive, follows "rule out") */
    if (ex_ruled_out_gerund(st, t))
        return 1;
    if (j >= 2 && !ex_tok_is(st, j - 1, "to") && ex_tok_is(st, j - 2, "to"))
        j--; /* "to quickly resume" */
    if (j < 2 || !ex_tok_is(st, j - 1, "to"))
        return 0;
    h = j - 2;
    if ((m = ex_mention_at(st, h)) != NULL && m->t1 == j - 1 && m->t0 >= 2 &&
        ex_tok_is(st, m->t0 - 1, "by"))
        h = m->t0 - 2; /* "the refusal by Serbia to recognise" */
    if (ex_pronoun_is(&st->toks[h], refuse))
        return 1;
    return ex_pronoun_is(&st->toks[h], fail) ? 2 : 0;
}

/* Is the trigger at token t inside a frame that does not assert it?
 * "rumours that the US had launched a strike", "rebuffed suggestions (by
 * Powell) that it consider accepting the offer", "speculation that Iran
 * would join": a "that" clause of a noun of rumour, suggestion or
 * speculation, in the same clause as the trigger, or of the verb
 * "suggest" ("analysts suggested that Iran had attacked": hinted at, not
 * reported as done); and "consider accepting", "considering sending":
 * an act only weighed. */
static int ex_unasserted_frame(const ex_state *st, size_t t)
{
    static const char *const nouns[] = {
        "rumour",     "rumours",     "rumor",       "rumors",
        "suggestion", "suggestions", "speculation", "proposal",
        "proposals",  "possibility", "idea",        "suggest",
        "suggests",   "suggested",   "suggesting",  NULL};
    static const char *const consider[] = {"consider", "considers",
                                           "considered", "considering",
                                           NULL};
    size_t j, lo = t > 14 ? t - 14 : 0;
    size_t n = strlen(st->toks[t].lower);
    if (t > 0 && n > 4 && !strcmp(st->toks[t].lower + n - 3, "ing") &&
        ex_pronoun_is(&st->toks[t - 1], consider))
        return 1;
    for (j = t; j-- > lo;) {
        const ex_mention *m;
        size_t h;
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || ex_tok_punct(st, j, '.'))
            return 0;
        if (!ex_tok_is(st, j, "that") || j == 0)
            continue;
        h = j - 1;
        /* "suggestions by US Secretary of State Colin Powell that" */
        if ((m = ex_mention_at(st, h)) != NULL && m->t0 >= 2 &&
            (ex_tok_is(st, m->t0 - 1, "by") ||
             ex_tok_is(st, m->t0 - 1, "from")))
            h = m->t0 - 2;
        return ex_pronoun_is(&st->toks[h], nouns);
    }
    return 0;
}

/* Is the trigger at token t the act a denial denies?  "denied supplying
 * drones", "denies having attacked", "denied (that) it had supplied",
 * "denied that Iran was arming": a form of "deny" before t with only a
 * "that", the clause's subject (a pronoun or a name) and auxiliaries
 * between. */
static int ex_denied_frame(const ex_state *st, size_t t)
{
    static const char *const deny[] = {"deny", "denies", "denied",
                                       "denying", NULL};
    static const char *const glue[] = {
        "that", "had",  "has",  "have",  "having", "was",  "were",
        "is",   "are",  "been", "being", "did",    "would", "ever",
        "previously", NULL};
    size_t j = t, n = 0;
    while (j > 0 && n < 8) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        if (ex_pronoun_is(&st->toks[j - 1], deny))
            return j < t || ex_is_ing(st, t);
        if (m && !m->ent.is_value) {
            j = m->t0;
            while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
                j--;
        } else if (st->toks[j - 1].kind == KG_TOK_WORD &&
                   (st->toks[j - 1].tag == KG_W_PRON ||
                    ex_pronoun_is(&st->toks[j - 1], glue))) {
            j--;
        } else {
            return 0;
        }
        n++;
    }
    return 0;
}

/* "when", "while", "because": a subordinator that opens an adverbial
 * clause, not a complement or a relative clause. */
static int ex_sub_adverbial(const ex_state *st, size_t i)
{
    return ex_tok_is(st, i, "when") || ex_tok_is(st, i, "while") ||
           ex_tok_is(st, i, "because");
}

/* "a proposal for talks", "an offer of a meeting": the token of the
 * noun that puts forward the act whose noun is at token t (articles
 * between), or (size_t)-1. */
static size_t ex_put_forward(const ex_state *st, size_t t)
{
    static const char *const put[] = {
        "proposal", "proposals", "offer", "offers", "plan", "plans",
        "initiative", "blueprint", "proposition", NULL};
    size_t j = t;
    while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    return j >= 2 &&
                   (ex_tok_is(st, j - 1, "for") ||
                    ex_tok_is(st, j - 1, "of")) &&
                   ex_pronoun_is(&st->toks[j - 2], put)
               ? j - 2
               : (size_t)-1;
}

/* Negation and modality from cues between the subject and the trigger. */
/* "won a bid to buy", "wins the bid to host": the word of trying at
 * token b won (an article may stand between): the act is done. */
static int ex_won_bid(const ex_state *st, size_t b)
{
    static const char *const won[] = {"won", "wins", "win", "winning",
                                      NULL};
    if (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    return b > 0 && ex_pronoun_is(&st->toks[b - 1], won);
}

/* Words of trying: the act after "to" is attempted, not done. */
static const char *const ex_attempt_words[] = {
    "effort", "efforts",   "attempt", "attempts", "attempted", "attempting",
    "try",    "tries",     "tried",   "trying",   "bid",       "bids",
    NULL};

static void ex_cues(ex_state *st, size_t from, size_t t, int *negated,
                    const char **modality)
{
    size_t i, lo = t > EX_CUE_WINDOW ? t - EX_CUE_WINDOW : 0;
    if (from > lo)
        lo = from;
    for (i = t; i-- > lo;)
        if (ex_tok_punct(st, i, ',') || ex_tok_punct(st, i, ';')) {
            lo = i + 1;
            break;
        }
    *negated = 0;
    *modality = "asserted";
    st->intent_word = 0;
    /* "We have not reached a stage where we impose sanctions": a negated
     * verb governs the clause that holds the trigger */
    {
        size_t j, clause = 0, sub = (size_t)-1;
        for (j = t; j-- > 0;)
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
                ex_tok_punct(st, j, ':')) {
                clause = j + 1;
                break;
            }
        for (j = t; j-- > clause;) {
            if (sub == (size_t)-1 && st->toks[j].tag == KG_W_SUB) {
                /* "won't be cool when Bush visits Canada": an adverbial
                 * clause (time, cause) is asserted on its own; only a
                 * clause the negated verb takes as its object or a
                 * noun's relative clause is under its negation */
                if (ex_sub_adverbial(st, j))
                    break;
                sub = j;
            }
            else if (sub != (size_t)-1 && st->toks[j].tag == KG_W_NEG)
                *negated = 1;
        }
    }
    for (i = lo; i < t; i++) {
        switch (st->toks[i].tag) {
        case KG_W_NEG:
            *negated = 1;
            break;
        case KG_W_THREAT:
            *modality = "threatened";
            break;
        case KG_W_INTENT:
            st->intent_word = 1;
            /* fall through */
        case KG_W_FUTURE:
            if (strcmp(*modality, "threatened") != 0)
                *modality = "intended";
            break;
        case KG_W_MODAL:
            *modality = "hypothetical";
            break;
        default:
            break;
        }
    }
    for (i = 0; i < t; i++)
        if (st->toks[i].tag == KG_W_COND) {
            *modality = "conditional";
            break;
        }
    /* "Rwanda's threat to launch military strikes in Congo", "renewed
     * its threats to attack": the act a threat names is threatened, as
     * after "threatened to" (at most two words between: "to launch
     * military") */
    for (i = t; i-- > lo && t - i <= 4;)
        if (ex_tok_is(st, i, "to") && i > 0 &&
            (ex_tok_is(st, i - 1, "threat") ||
             ex_tok_is(st, i - 1, "threats"))) {
            *modality = "threatened";
            break;
        }
    /* "The WTO is to hold talks with Iraq", "he is due to visit", "is
     * set to sign": the act is scheduled, not done: intended, as after
     * "will"; "is expected to attack", "is likely to meet": a forecast,
     * hypothetical (not intended, which would make an expected attack a
     * threat, 138) */
    if (!strcmp(*modality, "asserted"))
        for (i = lo + 1; i < t; i++) {
            size_t a;
            if (!ex_tok_is(st, i, "to"))
                continue;
            a = i - 1;
            if (ex_tok_is(st, a, "expected") || ex_tok_is(st, a, "likely") ||
                ex_tok_is(st, a, "unlikely")) {
                *modality = "hypothetical";
                break;
            }
            if ((ex_tok_is(st, a, "due") || ex_tok_is(st, a, "set") ||
                 ex_tok_is(st, a, "scheduled")) &&
                a > lo)
                a--;
            if (ex_tok_is(st, a, "is") || ex_tok_is(st, a, "are") ||
                ex_tok_is(st, a, "was") || ex_tok_is(st, a, "were")) {
                *modality = "intended";
                break;
            }
        }
    /* "find ways to work with", "seeking a way to end": the act is
     * looked for, not done: an intention, as "seeking to" is; so is an
     * act tried for ("Egyptian efforts to free the hostages", "tried to
     * free", "in a bid to end"): an attempt is not the act */
    if (t >= 2 && ex_tok_is(st, t - 1, "to") &&
        (ex_tok_is(st, t - 2, "ways") || ex_tok_is(st, t - 2, "way")) &&
        strcmp(*modality, "threatened") != 0) {
        *modality = "intended";
        st->intent_word = 1;
    }
    if (t >= 2 && ex_tok_is(st, t - 1, "to") &&
        ex_pronoun_is(&st->toks[t - 2], ex_attempt_words) &&
        !ex_won_bid(st, t - 2) &&
        strcmp(*modality, "threatened") != 0) {
        /* ("won a bid to buy": the bid succeeded, the act is done) */
        *modality = "intended";
        st->intent_word = 2;
    }
    /* "a proposal for talks with Kyiv", "an offer of talks", "a plan for
     * a summit": the act is put forward, not done: an intention (036 for
     * a meeting), as "proposed talks with" is */
    if (ex_put_forward(st, t) != (size_t)-1 &&
        strcmp(*modality, "threatened") != 0) {
        *modality = "intended";
        st->intent_word = 1;
    }
    /* "offered to release", "is prepared to meet": offered or ready, not
     * done: an intention, as "pledged to" is ("the US leader prepared to
     * attend the Olympics": the verb, getting ready, and he went) */
    if (t >= 2 && ex_tok_is(st, t - 1, "to") &&
        (ex_tok_is(st, t - 2, "offered") || ex_tok_is(st, t - 2, "offers") ||
         ex_tok_is(st, t - 2, "offer") || ex_tok_is(st, t - 2, "offering") ||
         (t >= 3 && (ex_tok_is(st, t - 2, "prepared") ||
                     /* "Iran is open to talks with": willing, not
                      * talking (after a form of "be" or "remain") */
                     ex_tok_is(st, t - 2, "open")) &&
          (st->toks[t - 3].tag == KG_W_AUX ||
           ex_tok_is(st, t - 3, "remains") ||
           ex_tok_is(st, t - 3, "remain") ||
           ex_tok_is(st, t - 3, "remained")))) &&
        strcmp(*modality, "threatened") != 0) {
        *modality = "intended";
        st->intent_word = 1;
    }
    /* "refused to resume talks with": not done, and refused cooperation
     * is a rejection of its own, as "would not meet" is (the refusal
     * branch reads negated + intended); "failed to reach" is only not
     * done */
    switch (ex_refused_before(st, t)) {
    case 1:
        *negated = 1;
        if (!strcmp(*modality, "asserted"))
            *modality = "intended";
        break;
    case 2:
        *negated = 1;
        break;
    default:
        break;
    }
}

/* ", accusing", "and supplying", "in addition to hosting": an -ing
 * verb opening a clause whose subject is the sentence's. */
static int ex_is_participle(const ex_state *st, size_t i)
{
    static const char *const openers[] = {"and", "to", "by", "after",
                                          "before", "while", "without",
                                          "when", NULL};
    const char *w = st->toks[i].lower;
    size_t n = strlen(w);
    if (n <= 4 || strcmp(w + n - 3, "ing") != 0)
        return 0;
    return ex_tok_punct(st, i - 1, ',') ||
           ex_pronoun_is(&st->toks[i - 1], openers);
}

/* Is group e an institution that speaks for itself (an army, a
 * government, a parliament, the courts, the police, a party, an
 * opposition, or an armed group: "Hamas said it would free the soldier",
 * "the rebels said they would release the hostages", whose spokesmen
 * speak for them as an army's do), not a crowd ("refugees",
 * "protesters")? */
static int ex_speaking_group(const kg_entity *e)
{
    static const char *const agents[] = {"MIL", "GOV", "LEG", "JUD", "COP",
                                         "PTY", "OPP", "REB", "INS", NULL};
    size_t k, n = e->code ? strlen(e->code) : 0;
    if (n < 6)
        return 0;
    /* (a named armed group: PSEREBHMS for Hamas, IMGMUSALQ for al-Qaeda) */
    if (!strncmp(e->code + 3, "REB", 3) || !strncmp(e->code + 3, "INS", 3) ||
        !strncmp(e->code, "IMG", 3))
        return 1;
    for (k = 0; agents[k]; k++)
        if (!strcmp(e->code + n - 3, agents[k]))
            return 1;
    return 0;
}

/* The speaker of a sentence: the subject of its last speech verb outside
 * quotes and outside relative clauses ("Biden, who said ..., Erdoğan
 * said:" is Erdoğan's).  Copied into *out; returns 0 when there is none. */
static size_t ex_and_verb(const ex_state *st, size_t i);

/* "Hamas vowed it would free the soldier", "Venezuela's opposition
 * promised the government it would suspend protests", "Israel pledged
 * that it would release": a word of promise at token i that takes a
 * clause ("that", or a pronoun with "will" or "would", one named party
 * between) reports what its subject says it will do, as "said it would"
 * does. */
static int ex_promise_clause(const ex_state *st, size_t i)
{
    static const char *const promise[] = {
        "promised", "promises", "pledged", "pledges", "vowed", "vows",
        "assured",  "assures",  NULL};
    static const char *const pron[] = {"it", "they", "he", "she", "we",
                                       NULL};
    static const char *const will[] = {"will", "would", "shall", NULL};
    size_t j = i + 1;
    const ex_mention *m;
    if (!ex_pronoun_is(&st->toks[i], promise) || j >= st->ntoks)
        return 0;
    if ((m = ex_mention_at(st, j)) != NULL && m->t0 == j &&
        !m->ent.is_value)
        j = m->t1; /* "promised the government" */
    else if (st->toks[j].tag == KG_W_DET && j + 1 < st->ntoks &&
             (m = ex_mention_at(st, j + 1)) != NULL && m->t0 == j + 1)
        j = m->t1;
    else if (st->toks[j].tag == KG_W_DET && j + 2 < st->ntoks &&
             st->toks[j + 1].tag == KG_W_NONE &&
             st->toks[j + 1].kind == KG_TOK_WORD)
        j += 2; /* "promised the government", unnamed */
    if (j < st->ntoks && ex_tok_is(st, j, "that"))
        return 1;
    return j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], pron) &&
           ex_pronoun_is(&st->toks[j + 1], will);
}

static int ex_speaker(ex_state *st, size_t *speech_at, kg_entity *out)
{
    size_t i;
    int found = 0;
    for (i = 0; i < st->ntoks; i++) {
        const ex_tok *k = &st->toks[i];
        const kg_entity *s = NULL;
        if ((k->tag != KG_W_SPEECH && !ex_promise_clause(st, i)) ||
            k->quote || k->covered)
            continue;
        if (i > 0 && (st->toks[i - 1].tag == KG_W_SUB ||
                      /* "said it would send help, without saying what
                       * kind": no second attribution */
                      ex_tok_is(st, i - 1, "without")))
            continue;
        /* "said Erdogan" */
        if (i + 1 < st->ntoks) {
            const ex_mention *m = ex_mention_at(st, i + 1);
            if (m && !m->ent.is_value && ex_is_person(&m->ent))
                s = &m->ent;
        }
        if (!s) {
            const ex_mention *sm;
            int pron;
            s = ex_subject(st, i, i > 0 && ex_is_participle(st, i), 0, &sm,
                           &pron);
            if (s && sm && !pron && ex_and_verb(st, i) &&
                !ex_subject_position(st, sm)) {
                /* "Annan reported that Syria has not pulled out as called
                 * for by the Security Council, and said": the clause's
                 * subject speaks, not the actor nearest the "and" */
                const ex_mention *cm = ex_last_subject(st, sm->t0, i, 1);
                s = cm ? &cm->ent : NULL;
            }
        }
        /* people, governments and organisations speak, and so do
         * institutions named by a sector ("the Israeli army said");
         * "refugees" or a sum of money do not */
        if (s && (ex_is_person(s) ||
                  (s->type && (strcmp(s->type, "Country") == 0 ||
                               strcmp(s->type, "Organization") == 0 ||
                               (strcmp(s->type, "Group") == 0 &&
                                ex_speaking_group(s)))))) {
            *out = *s;
            *speech_at = i;
            found = 1;
        }
    }
    return found;
}

/* When the event happened: the first full date the sentence names ("on
 * Thursday", "May 14"), else the document's date. */
static const char *ex_event_date(const ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        const kg_entity *e = &st->ments[i].ent;
        if (e->is_value && e->type && !strcmp(e->type, "Date") && e->label &&
            strlen(e->label) == 10 && e->label[0] != '-')
            return e->label;
    }
    return st->doc->date;
}

static int ex_code_ends(const char *code, const char *agent)
{
    size_t n = code ? strlen(code) : 0, k = strlen(agent);
    return n > k && !strcmp(code + n - k, agent);
}

/* Is the code an irregular armed actor's: rebels, insurgents, militias
 * and gunmen, criminal gangs ("NGAREB", "---UAF", "PSEREBHMS") or an
 * international militant group ("IMGMUSISI")?  Their violence is not a
 * state's military force. */
static int ex_irregular_code(const char *code)
{
    static const char *const irregular[] = {"REB", "INS", "UAF", "CRM",
                                            NULL};
    size_t n = code ? strlen(code) : 0, at, k;
    if (n >= 3 && !strncmp(code, "IMG", 3))
        return 1;
    for (at = 3; at + 3 <= n; at += 3)
        for (k = 0; irregular[k]; k++)
            if (!strncmp(code + at, irregular[k], 3))
                return 1;
    return 0;
}

/* Is the code a civilian sector's (civilians, workers, reporters,
 * students, clergy, farmers, refugees, aid groups, business: "IRQCVL",
 * "---MED")? */
static int ex_civilian_code(const char *code)
{
    static const char *const civil[] = {"CVL", "LAB", "MED", "EDU", "REL",
                                        "AGR", "REF", "NGO", "BUS", NULL};
    size_t k;
    for (k = 0; code && civil[k]; k++)
        if (ex_code_ends(code, civil[k]))
            return 1;
    return 0;
}

/* Does the attack between tokens t0 and t1 (the entry) and the noun
 * phrase after it (a preposition, determiners, a demonym and modifiers,
 * up to six words) name a civilian site as its target: "attacked a
 * Kenyan bus", "stormed a village in Borno state", "an attack on a
 * hotel in Mogadishu"?  Rebels' and gunmen's attack on such a place is
 * unconventional violence (180), as on its people. */
static int ex_civil_site(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const sites[] = {
        "village", "villages", "bus",      "buses",    "hotel",   "hotels",
        "market",  "markets",  "marketplace", "bazaar", "mosque",  "mosques",
        "church",  "churches", "school",   "schools",  "hospital", "hospitals",
        "restaurant", "restaurants", "cafe", "shop",   "shops",   "mall",
        "train",   "trains",   "wedding",  "funeral",  "shrine",  "temple",
        "synagogue", "nightclub", "concert", "pilgrims", "worshippers",
        "passengers", "motorists", "homes", "houses",  NULL};
    size_t j, end = t1 + 7;
    for (j = t0; j < st->ntoks && j < end; j++) {
        const ex_tok *k = &st->toks[j];
        if (j >= t1 && (k->kind == KG_TOK_PUNCT ||
                        (j > t1 && k->tag == KG_W_PREP)))
            break;
        if (k->kind == KG_TOK_WORD && ex_pronoun_is(k, sites))
            return 1;
    }
    return 0;
}

/* The size of the crowd an entry (tokens t0 to t1) acts on, told
 * between its first word and its object obj: 2 for thousands or more
 * ("expelled 80,000 Asians", "tens of thousands of", "a million
 * Uighurs"), 1 for hundreds ("killed hundreds of civilians", "more than
 * 300 villagers"), else 0. */
static int ex_mass_count(const ex_state *st, size_t t0, size_t t1,
                         const kg_entity *obj)
{
    size_t j;
    int size = 0;
    if (obj->is_value)
        return 0;
    /* (from the entry's first word: "forced 300,000 ethnic Turks to
     * leave the country" names them inside the entry's gap) */
    for (j = t0; j < st->ntoks && j < t1 + 8 && st->toks[j].start < obj->start;
         j++) {
        const ex_tok *k = &st->toks[j];
        if (ex_tok_is(st, j, "thousands") || ex_tok_is(st, j, "millions") ||
            ex_tok_is(st, j, "million") || ex_tok_is(st, j, "thousand"))
            return 2;
        if (ex_tok_is(st, j, "hundreds"))
            size = 1;
        if (k->kind == KG_TOK_NUMBER) {
            unsigned long v = 0;
            size_t b;
            int digits = 0;
            for (b = k->start; b < k->end; b++) {
                char c = st->doc->text[b];
                if (c >= '0' && c <= '9') {
                    v = v * 10 + (unsigned long)(c - '0');
                    digits++;
                } else if (c != ',') {
                    break;
                }
            }
            if (digits && v >= 1000)
                return 2;
            if (digits && v >= 100)
                size = 1;
        }
    }
    return size;
}

/* Is the entity e soldiers, sailors or police named as people ("an
 * Israeli soldier", "two policemen"), not a force ("the army")? */
static int ex_men_at_arms(const ex_state *st, const kg_entity *e)
{
    static const char *const men[] = {
        "soldier", "soldiers", "sailor", "sailors", "marine", "marines",
        "policeman", "policemen", "officer", "officers", "guard", "guards",
        "reservist", "reservists", NULL};
    size_t i;
    if (e->is_value || !e->code ||
        !(ex_code_ends(e->code, "MIL") || ex_code_ends(e->code, "COP")))
        return 0;
    for (i = 0; i < st->ntoks && st->toks[i].end < e->end; i++)
        ;
    return i < st->ntoks && st->toks[i].end == e->end &&
           ex_pronoun_is(&st->toks[i], men);
}

/* Is the entity e people (a person, civilians, workers, reporters, or a
 * country's people: "two Americans", "a Polish woman")?  Seizing people
 * is taking them hostage, not seizing property. */
static int ex_people_object(const ex_state *st, const kg_entity *e)
{
    static const char *const people[] = {
        "man",        "men",         "woman",      "women",
        "national",   "nationals",   "citizen",    "citizens",
        "hostage",    "hostages",    "businessman", "businessmen",
        "engineer",   "engineers",   "worker",     "workers",
        "contractor", "contractors", "driver",     "drivers",
        "tourist",    "tourists",    "journalist", "journalists",
        NULL};
    size_t i, n;
    if (e->is_value || !e->code)
        return 0;
    if (ex_is_person(e) || ex_code_ends(e->code, "CVL") ||
        ex_code_ends(e->code, "LAB") || ex_code_ends(e->code, "MED") ||
        ex_code_ends(e->code, "EDU") || ex_code_ends(e->code, "REF"))
        return 1;
    if (!e->type || strcmp(e->type, "Country") != 0 || !e->text)
        return 0;
    /* a demonym used as a noun ("two Americans", "a Briton") */
    n = strlen(e->text);
    if ((n > 1 && e->text[n - 1] == 's' && e->label &&
         strcmp(e->text, e->label) != 0) ||
        !strcmp(e->text, "Briton"))
        return 1;
    /* or before a noun for people */
    for (i = 0; i < st->ntoks && st->toks[i].start < e->end; i++)
        ;
    return i < st->ntoks && ex_pronoun_is(&st->toks[i], people);
}

/* A code and the code it becomes when the act is only threatened,
 * intended or refused: the most specific prefix listed first wins. */
typedef struct ex_code_map {
    const char *prefix, *code;
} ex_code_map;

/* An act of force or coercion that is only intended or threatened is a
 * threat in CAMEO (root 13): "wants to attack" is 138, "threatening to
 * sever relations" 1313, threatened sanctions 1312, a threatened
 * blockade 1381, a threatened halt to talks 134. */
static const ex_code_map ex_threats[] = {
    {"191", "1381"}, {"192", "1382"}, {"18", "1383"}, {"204", "1385"},
    {"20", "1383"},  {"19", "138"},   {"163", "1312"}, {"162", "1311"},
    {"164", "134"},  {"165", "135"},  {"166", "136"},  {"16", "1313"},
    {"1721", "1321"}, {"1722", "1322"}, {"1723", "1323"}, {"1724", "1324"},
    {"172", "132"},  {"17", "137"},   {"14", "133"},   {NULL, NULL}};

/* Cooperation that is only wanted, pledged or promised (an intent word,
 * not a plain future) is an expression of intent (root 03): "wants to
 * help Israel" is 033, "seeking to deepen a partnership" 032, "pledged
 * to release" 0353. */
static const ex_code_map ex_intents[] = {
    {"045", "039"},   {"04", "036"},    {"05", "032"},    {"061", "0311"},
    {"062", "0312"},  {"063", "0313"},  {"064", "0314"},  {"06", "031"},
    {"071", "0331"},  {"072", "0332"},  {"073", "0333"},  {"074", "0334"},
    {"07", "033"},    {"081", "0351"},  {"082", "0352"},  {"0831", "0341"},
    {"0832", "0342"}, {"0833", "0343"}, {"0834", "0344"}, {"083", "034"},
    {"084", "0353"},  {"085", "0354"},  {"086", "0355"},  {"087", "0356"},
    {"08", "035"},    {NULL, NULL}};

/* Cooperation refused ("would not provide support", "will not release
 * the prisoners", "won't meet") is a rejection (root 12): a refusal to
 * meet 125, to mediate 126, of material cooperation 121, of aid 122, of
 * reform 123, to yield 124. */
static const ex_code_map ex_refusals[] = {
    {"045", "126"},   {"04", "125"},    {"057", "127"},   {"05", "120"},
    {"061", "1211"},  {"062", "1212"},  {"06", "121"},    {"071", "1221"},
    {"072", "1222"},  {"073", "1223"},  {"074", "1224"},  {"07", "122"},
    {"081", "1241"},  {"082", "1242"},  {"0831", "1231"}, {"0832", "1232"},
    {"0833", "1233"}, {"0834", "1234"}, {"083", "123"},   {"084", "1243"},
    {"085", "1244"},  {"086", "1245"},  {"087", "1246"},  {"08", "124"},
    {"03", "120"},    {NULL, NULL}};

static const char *ex_map_code(const ex_code_map *map, const char *cameo)
{
    size_t k;
    for (k = 0; map[k].prefix; k++)
        if (!strncmp(cameo, map[k].prefix, strlen(map[k].prefix)))
            return map[k].code;
    return cameo;
}

/* Acts that are a threat only when the word says so ("threatened to
 * block Sweden's bid" is 131, "will block" a rejection, 120, as PETRARCH
 * codes what a state says it will do; "threatened to pull its troops out
 * of Mali" threatens to end its involvement, 136, where "would withdraw"
 * is a plan). */
static const ex_code_map ex_threats_said[] = {
    {"087", "136"}, {"12", "131"}, {NULL, NULL}};

static const char *ex_threat_code(const char *cameo, const char *modality,
                                  int intent_word)
{
    if (!cameo || (strcmp(modality, "intended") != 0 &&
                   strcmp(modality, "threatened") != 0))
        return cameo;
    if (intent_word && strcmp(modality, "intended") == 0 &&
        ex_map_code(ex_intents, cameo) != cameo)
        return ex_map_code(ex_intents, cameo);
    if (!strcmp(modality, "threatened") &&
        ex_map_code(ex_threats_said, cameo) != cameo)
        return ex_map_code(ex_threats_said, cameo);
    return ex_map_code(ex_threats, cameo);
}

/* Cooperation stopped ("suspended economic assistance to Myanmar",
 * "halted new loans to Uganda", "paused deliveries of weapons") is a
 * reduction of relations (root 16): aid 162 (economic 1621, military
 * 1622, humanitarian 1623), talks 164, mediation 165, other cooperation
 * 160. */
static const ex_code_map ex_reductions[] = {
    {"071", "1621"}, {"072", "1622"}, {"073", "1623"}, {"07", "162"},
    {"045", "165"},  {"04", "164"},   {"06", "160"},   {NULL, NULL}};

/* Does a verb that stops an act stand before the noun phrase whose head
 * trigger starts at token i ("suspended economic assistance", "cut its
 * humanitarian aid", "halted all new loans")?  Up to three words of the
 * phrase (articles, possessives, lower-case modifiers) lie between.
 * Returns the stop verb's token + 1, or 0. */
static size_t ex_stopped_before(const ex_state *st, size_t i)
{
    size_t k = i, words = 0;
    while (k > 0 && words < 3) {
        const ex_tok *t = &st->toks[k - 1];
        if (t->kind == KG_TOK_WORD && ex_pronoun_is(t, ex_stop_words))
            return k; /* the stop verb's token + 1 */
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) ||
            t->mention ||
            !(t->tag == KG_W_DET || t->tag == KG_W_POSS ||
              t->tag == KG_W_NONE))
            return 0;
        words++;
        k--;
    }
    return 0;
}

/* Is mention m, in the demand opened at token d, the one the demand is
 * made of: the subject of its "that" clause ("demand that Hasina step
 * down"), the one whose resignation or removal is demanded ("the
 * resignation of Vucic", "Vucic's resignation"), or the one something is
 * demanded from?  (Not an actor inside what is demanded: "demand the
 * right to form unions".) */
static int ex_demand_addressee(const ex_state *st, size_t d,
                               const ex_mention *m,
                               const char *const *leader)
{
    size_t b = m->t0;
    /* (past articles and a title: "of President Aleksandar Vucic") */
    while (b > d + 1 && (st->toks[b - 1].tag == KG_W_DET ||
                         ((st->toks[b - 1].flags & KG_TOKF_CAP) &&
                          !st->toks[b - 1].covered)))
        b--;
    if (b == d + 2 && ex_tok_is(st, d + 1, "that"))
        return 1;
    if (b > d + 1 && ex_tok_is(st, b - 1, "from"))
        return 1;
    if (b > d + 2 && ex_tok_is(st, b - 1, "of") &&
        ex_pronoun_is(&st->toks[b - 2], leader))
        return 1;
    return m->t1 + 1 < st->ntoks && ex_tok_is(st, m->t1, "'s") &&
           ex_pronoun_is(&st->toks[m->t1 + 1], leader);
}

/* "went on hunger strike to demand the resignation of the government",
 * "marched in Belgrade demanding that Vucic resign": a protest with no
 * object of its own is aimed at the first actor of the demand that
 * follows it (within a few words after the trigger ending at t1).  Its
 * mention, or NULL; *aim receives the CAMEO sub-code digit of what is
 * demanded (1 leadership change, 2 policy change, 3 rights, 4 change of
 * institutions or regime) or 0. */
static const ex_mention *ex_protest_demand(const ex_state *st, size_t t1,
                                           const kg_entity *subj, char *aim,
                                           size_t *verb)
{
    static const char *const ask[] = {"demand", "demanding", "demands",
                                      "calling", NULL};
    static const char *const leader[] = {"resign", "resignation", "step",
                                         "quit", "ouster", "removal", NULL};
    static const char *const rights[] = {"right", "rights", "freedom",
                                         "freedoms", NULL};
    static const char *const regime[] = {"constitution", "monarchy",
                                         "election", "elections", "regime",
                                         "democracy", "reform", "reforms",
                                         NULL};
    static const char *const policy[] = {"policy", "law", "laws", "plan",
                                         "repeal", "scrap", "reversal",
                                         NULL};
    const ex_mention *found = NULL;
    size_t j, k, end;
    *aim = 0;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';'))
            return NULL;
        if (st->toks[j].kind == KG_TOK_WORD && !st->toks[j].covered &&
            ex_pronoun_is(&st->toks[j], ask))
            break;
    }
    if (j >= st->ntoks || j >= t1 + 12)
        return NULL;
    end = j + 10 < st->ntoks ? j + 10 : st->ntoks;
    for (k = j + 1; k < end; k++) {
        const ex_mention *m;
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';') ||
            ex_tok_punct(st, k, ','))
            break;
        if (!*aim && st->toks[k].kind == KG_TOK_WORD) {
            const ex_tok *t = &st->toks[k];
            *aim = ex_pronoun_is(t, leader)   ? '1'
                   : ex_pronoun_is(t, rights) ? '3'
                   : ex_pronoun_is(t, regime) ? '4'
                   : ex_pronoun_is(t, policy) ? '2'
                                              : 0;
        }
        m = ex_mention_at(st, k);
        if (!found && m && m->t0 == k && !m->dropped && !m->ent.is_value &&
            !ex_is_date(&m->ent) && !(subj && ex_same_id(subj, &m->ent)) &&
            ex_demand_addressee(st, j, m, leader))
            found = m;
    }
    if (found)
        *verb = j;
    return found;
}

static int ex_civil_actor(const ex_state *st, const ex_mention *sm,
                          const kg_entity *e);
static int ex_crowd(const kg_entity *e);

/* "Israelis", "Thousands of Georgians": is mention sm a nationality
 * standing for its people, a plural demonym ("Israeli" names a thing's
 * country: "Israeli jails")? */
static int ex_demonym_people(const ex_state *st, const ex_mention *sm)
{
    const char *w;
    size_t n;
    if (!sm || sm->kind != KG_NAME_DEMONYM || sm->t1 == 0)
        return 0;
    w = st->toks[sm->t1 - 1].lower;
    n = strlen(w);
    return n > 3 && w[n - 1] == 's';
}

/* Does the subject (mention sm, entity e) protest at home as a country's
 * own people: a civilian sector with a country ("Students in Iran",
 * "Kenyan opposition", "Indian farmers", "Greek truckers"), or a
 * nationality standing alone ("Thousands of Israelis")?  Not a state,
 * its organs, or a country's name ("New Zealand rallied to a win"). */
static int ex_home_protester(const ex_state *st, const ex_mention *sm,
                             const kg_entity *e)
{
    if (!e || e->is_value || !e->country || strlen(e->country) != 3 ||
        !ex_country_of(st, e->country))
        return 0;
    if (ex_demonym_people(st, sm))
        return 1;
    return ex_code_ends(e->code, "AGR") || ex_code_ends(e->code, "NGO") ||
           ex_civil_actor(st, sm, e);
}

/* "Thousands of Israelis rallied", "Georgians protested": a nationality
 * that protests is that country's people (ISRCVL), not its state, which
 * is what a bare demonym is coded as elsewhere ("Israelis and
 * Palestinians agreed").  A copy in *out, or e itself. */
static const kg_entity *ex_protest_people(ex_state *st, const ex_mention *sm,
                                          const kg_entity *e, kg_entity *out)
{
    char id[32];
    if (!ex_demonym_people(st, sm) || !e->type ||
        strcmp(e->type, "Country") != 0 || !e->country ||
        strlen(e->country) != 3 || strcmp(e->id, e->country) != 0)
        return e;
    *out = *e;
    snprintf(id, sizeof(id), "%s_CVL", e->country);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, e->country, "CVL");
    out->type = "Group";
    return out->id && out->code ? out : e;
}

/* "Supporters of Imran Khan attacked police", "Supporters of Jair
 * Bolsonaro stormed Congress": the actor of "supporters (followers,
 * loyalists) of <a leader>" is a crowd of the leader's country's people
 * (PAKCVL), as CAMEO codes them, not the leader, who is only named.  A
 * copy of the leader's entity in *out with the words "Supporters of ..."
 * as its text (ex_crowd reads it), or e when sm is no such leader. */
static const kg_entity *ex_supporters(ex_state *st, const ex_mention *sm,
                                      const kg_entity *e, kg_entity *out)
{
    static const char *const backers[] = {"supporters", "followers",
                                          "loyalists", NULL};
    size_t b;
    char id[32];
    if (!sm || sm->t0 < 2 || e->is_value || !ex_is_person(e) ||
        !e->country || strlen(e->country) != 3 ||
        !ex_country_of(st, e->country))
        return e;
    b = sm->t0 - 1;
    /* ("supporters of ousted President Jean-Bertrand Aristide") */
    if (b > 1 && st->toks[b].kind == KG_TOK_WORD &&
        st->toks[b].tag == KG_W_NONE && !(st->toks[b].flags & KG_TOKF_CAP))
        b--;
    if (b < 1 || !ex_tok_is(st, b, "of") ||
        !ex_pronoun_is(&st->toks[b - 1], backers))
        return e;
    b--;
    *out = *e;
    snprintf(id, sizeof(id), "%s_CVL", e->country);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, e->country, "CVL");
    out->type = "Group";
    out->label = out->code;
    out->start = st->toks[b].start;
    out->text = ex_strndup(st, st->doc->text + out->start,
                           out->end - out->start);
    return out->id && out->code && out->text ? out : e;
}

/* "Pakistani students protested against the police", "doctors went on
 * strike to force the military council to": a state organ named with no
 * country (---COP, ---MIL) that a country's own people protest against
 * is their country's (PAKCOP), as ex_home_civilians gives civilians the
 * country of the police that act on them.  A copy in *out, or obj. */
static const kg_entity *ex_protested_organ(ex_state *st, const ex_mention *sm,
                                           const kg_entity *subj,
                                           const kg_entity *obj,
                                           kg_entity *out)
{
    char id[32];
    if (!obj || obj->is_value || !ex_sector_only(obj) ||
        strlen(obj->code) != 6 || !ex_state_organ(obj->code + 3) ||
        !ex_home_protester(st, sm, subj))
        return obj;
    *out = *obj;
    if (!strcmp(obj->code + 3, "GOV")) {
        const kg_onto_entity *c = ex_country_of(st, subj->country);
        out->id = c->id;
        out->label = c->label;
        out->type = c->type;
    } else {
        snprintf(id, sizeof(id), "%s_%s", subj->country, obj->code + 3);
        out->id = ex_strndup(st, id, strlen(id));
    }
    out->code = ex_concat(st, subj->country, obj->code + 3);
    out->country = subj->country;
    return out->id && out->code ? out : obj;
}

/* "demanding that President Gotabaya Rajapaksa resign", "against Prime
 * Minister Sheikh Hasina": a person the ontology does not know (no
 * code), named after a title of a head of state or government, whom a
 * country's own people protest against (ex_home_protester), leads their
 * state (CCCGOV), as CAMEO codes a domestic protest's target.  A copy in
 * *out, or obj. */
static const kg_entity *ex_protested_leader(ex_state *st,
                                            const ex_mention *om,
                                            const ex_mention *sm,
                                            const kg_entity *subj,
                                            const kg_entity *obj,
                                            kg_entity *out)
{
    static const char *const titles[] = {"president", "minister", "premier",
                                         "chancellor", "king", "dictator",
                                         NULL};
    if (!om || !obj || obj->is_value || (obj->code && *obj->code) ||
        !ex_is_person(obj) || om->t0 == 0 ||
        !ex_pronoun_is(&st->toks[om->t0 - 1], titles) ||
        !ex_home_protester(st, sm, subj))
        return obj;
    *out = *obj;
    out->code = ex_concat(st, subj->country, "GOV");
    out->country = subj->country;
    return out->code ? out : obj;
}

static size_t ex_skip_when(const ex_state *st, size_t j);

/* "through downtown Santiago", "in the streets of Belgrade", "outside
 * Paris": is mention m a place named by its name (a country, a place or
 * a city named for its state; not a nationality) that a preposition of
 * where puts after a protest, with at most a few words of a city's
 * parts between ("the right of Russians" is no place)? */
static const char *const ex_along[] = {"through", "across", "outside",
                                       "near",    "at",     "in",
                                       "on",      NULL};

/* (returns the preposition's token + 1, or 0) */
static size_t ex_along_place(const ex_state *st, const ex_mention *m)
{
    static const char *const parts[] = {
        "the",    "downtown", "central", "centre",  "center", "streets",
        "street", "of",       "capital", "city",    "square", "main",
        "outskirts", "northern", "southern", "eastern", "western",
        "suburbs", NULL};
    size_t q = m->t0, words = 0;
    if (m->dropped || m->ent.is_value || !m->ent.type ||
        m->kind == KG_NAME_DEMONYM ||
        !(m->kind == KG_NAME_METONYM || !strcmp(m->ent.type, "Country") ||
          !strcmp(m->ent.type, "Place")))
        return 0;
    while (q > 0 && words < 4 && st->toks[q - 1].kind == KG_TOK_WORD &&
           !st->toks[q - 1].covered &&
           ex_pronoun_is(&st->toks[q - 1], parts)) {
        q--;
        words++;
    }
    /* ("on the streets of Kathmandu", not "on Kathmandu"; "took to the
     * streets of Haiti's capital", not "protested to China") */
    if (q > 1 && ex_tok_is(st, q - 1, "to") && q + 1 < m->t0 &&
        (ex_tok_is(st, q + 1, "streets") || ex_tok_is(st, q, "streets")))
        return q;
    if (q == 0 || !ex_pronoun_is(&st->toks[q - 1], ex_along) ||
        (ex_tok_is(st, q - 1, "on") && q == m->t0))
        return 0;
    return q;
}

/* A copy of the sector-only e ("---EDU") in *out as country's sector
 * ("SDNEDU"), or e when out of memory. */
static const kg_entity *ex_sector_of(ex_state *st, const kg_entity *e,
                                     const char *country, kg_entity *out)
{
    char id[32];
    *out = *e;
    snprintf(id, sizeof(id), "%s_%s", country, e->code + 3);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, country, e->code + 3);
    out->country = country;
    return out->id && out->code ? out : e;
}

/* "Protesters rallied in Kathmandu", "traders rallied on the streets of
 * Kathmandu", "students marched through Belgrade": protesters named with
 * no country (---CVL, ---BUS) take the country of the place where they
 * protest (in the protest's clause after its trigger at i, before any
 * other actor), as "Protesters in Hong Kong" take Hong Kong's: people
 * demonstrate where they live.  Not a place only near or outside which
 * they stand ("outside the French embassy in Islamabad"). */
static const kg_entity *ex_protest_place_people(ex_state *st, size_t i,
                                                const ex_mention *sm,
                                                const kg_entity *e,
                                                kg_entity *out)
{
    const ex_mention *m = NULL;
    size_t j, p = 0;
    if (!ex_sector_only(e) || strlen(e->code) != 6 ||
        !(ex_crowd(e) || ex_civil_actor(st, sm, e)))
        return e;
    if (sm && sm->t1 + 3 < st->ntoks && ex_tok_is(st, sm->t1, "at") &&
        (m = ex_mention_at(st, sm->t1 + 1)) != NULL &&
        m->t0 == sm->t1 + 1 && m->t1 < st->ntoks &&
        (ex_tok_is(st, m->t0 + 1, "'s") || ex_tok_is(st, m->t0 + 1, "s")) &&
        m->ent.type && !strcmp(m->ent.type, "Country") &&
        m->ent.country && ex_country_of(st, m->ent.country) &&
        !ex_tok_is(st, m->t0 + 2, "embassy") &&
        !ex_tok_is(st, m->t0 + 2, "consulate") &&
        !ex_tok_is(st, m->t0 + 2, "mission")) {
        /* "Workers at Belarus's state factories": the country whose
         * workplace it is (not "at Israel's embassy") */
        return ex_sector_of(st, e, m->ent.country, out);
    }
    for (j = i + 1; j < st->ntoks && j < i + 12; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ','))
            return e;
        m = ex_mention_at(st, j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent))
            continue;
        {
            /* "rallied outside the French embassy in Islamabad": the
             * embassy is whom at, the city where (and whose people) */
            size_t q = m->t1;
            if (q < st->ntoks && (ex_tok_is(st, q, "embassy") ||
                                  ex_tok_is(st, q, "consulate")))
                q++; /* (the embassy's noun outside the mention) */
            if (q > m->t0 + 1 && q < st->ntoks &&
                (ex_tok_is(st, q - 1, "embassy") ||
                 ex_tok_is(st, q - 1, "consulate")) &&
                ex_tok_is(st, q, "in")) {
                j = q - 1;
                continue;
            }
        }
        if ((p = ex_along_place(st, m)) == 0)
            return e; /* another actor first */
        break;
    }
    if (!p || !m || !m->ent.country || strlen(m->ent.country) != 3 ||
        !(ex_tok_is(st, p - 1, "in") || ex_tok_is(st, p - 1, "through") ||
          ex_tok_is(st, p - 1, "across") || ex_tok_is(st, p - 1, "on")) ||
        !ex_country_of(st, m->ent.country))
        return e;
    return ex_sector_of(st, e, m->ent.country, out);
}

/* Past a date or time phrase from token k ("on Sunday", "this weekend",
 * "again", "peacefully", "for a second day"): the token after it, or
 * k. */
static size_t ex_skip_time(const ex_state *st, size_t k)
{
    static const char *const deictic[] = {"this", "last", "next", "early",
                                          "late", NULL};
    static const char *const periods[] = {
        "week", "weekend", "month", "year", "morning", "afternoon",
        "evening", "night", NULL};
    static const char *const adverbs[] = {"again", "overnight", "tonight",
                                          "today", "yesterday", NULL};
    static const char *const nth[] = {"second", "third", "fourth", "fifth",
                                      "sixth", "seventh", "straight",
                                      "consecutive", NULL};
    static const char *const days[] = {"day", "night", "week", NULL};
    size_t j;
    do {
        j = k;
        k = ex_skip_when(st, ex_when_phrase(st, k));
        if (k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k], deictic) &&
            ex_pronoun_is(&st->toks[k + 1], periods))
            k += 2;
        else if (k + 3 < st->ntoks && ex_tok_is(st, k, "for") &&
                 (ex_tok_is(st, k + 1, "a") || ex_tok_is(st, k + 1, "the")) &&
                 ex_pronoun_is(&st->toks[k + 2], nth) &&
                 ex_pronoun_is(&st->toks[k + 3], days))
            k += 4; /* "for a second day" */
        else if (k < st->ntoks && ex_pronoun_is(&st->toks[k], adverbs))
            k++;
    } while (k != j && k < st->ntoks);
    return k;
}

/* "Students in Iran demonstrated against the regime", "Kenyan opposition
 * supporters marched to protest against the election results", "Israelis
 * rallied outside the prime minister's residence": a protest by a
 * country's own people (ex_home_protester) that names no actor, only the
 * state's offices or its acts (its government, regime, president, an
 * election, a law, a policy, taxes, prices), is aimed at that country's
 * government, as CAMEO coders write domestic protest (KENOPP -> KENGOV);
 * its police or courts when those are named (KENCOP, KENJUD).  The words
 * are looked for in the trigger (tokens i to t1: "protest against * law")
 * and in the phrase after it, up to the first actor (one named there is
 * the target: "against Japan's release", "the Israeli occupation"; none
 * is then chosen) or the clause's end (not ", police said").  A protest
 * that names nothing at all is aimed at the same government (see
 * "street" below).  cameo is the protest's code.
 * Returns the target or NULL; *aim receives the CAMEO sub-code digit of
 * what is protested ('1' a resignation, '2' a policy, '3' rights, '4' the
 * regime, democracy or the constitution) or 0. */
/* "Palestinian prisoners in Israeli jails went on hunger strike",
 * "Kurdish inmates held in Turkish prisons": the state that holds the
 * protesters (a country named before "jail", "prison", "custody"
 * between the subject mention sm and the trigger at i), which their
 * protest is aimed at when it names no one else.  Its entity, or NULL. */
static const kg_entity *ex_jailer(const ex_state *st, const ex_mention *sm,
                                  size_t i)
{
    static const char *const jails[] = {"jail", "jails", "prison",
                                        "prisons", "custody", "detention",
                                        NULL};
    size_t j;
    if (!sm || sm->t1 >= i || i > sm->t1 + 6)
        return NULL;
    for (j = sm->t1; j < i; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            !m->ent.country || !ex_country_of(st, m->ent.country) ||
            m->t1 >= i || !ex_pronoun_is(&st->toks[m->t1], jails))
            continue;
        if (sm->ent.country && !strcmp(sm->ent.country, m->ent.country))
            return NULL; /* (their own state's: the default's) */
        return &m->ent;
    }
    return NULL;
}

static const kg_entity *ex_protest_home(ex_state *st, size_t i, size_t t1,
                                        const ex_mention *sm,
                                        const kg_entity *subj,
                                        const char *cameo, char *aim)
{
    /* (every protest code, 140 to 145: strikes and hunger strikes too;
     * and a threat of protest, 133) */
    int street = !strncmp(cameo, "14", 2) || !strcmp(cameo, "133");
    static const char *const gov[] = {
        "government", "regime", "authorities", "president", "presidency",
        "prime", "premier", "parliament", "cabinet", "ministry", "minister",
        "election", "elections", "vote", "referendum", "corruption",
        "residence", "palace", "release", "detention", "arrest",
        "imprisonment", "jailing", NULL};
    static const char *const policy[] = {
        "law", "laws", "bill", "policy", "policies", "reform", "reforms",
        "tax", "taxes", "budget", "austerity", "cuts", "price", "prices",
        "hike", "hikes", "subsidy", "subsidies", "pension", "pensions",
        "privatisation", "privatization", "plan", "plans", "measures",
        "decision", "ban", "curfew", "shortage", "shortages", "inflation",
        "unemployment", NULL};
    /* (a dispute over pay is with the government or a firm of the
     * country: no policy sub-code) */
    static const char *const pay[] = {"pay", "wage", "wages", "salary",
                                      "salaries", "layoffs", NULL};
    static const char *const regime[] = {"regime", "constitution",
                                         "democracy", "democratic",
                                         "monarchy", "suffrage", NULL};
    static const char *const rights[] = {"right", "rights", "freedom",
                                         "freedoms", NULL};
    static const char *const leader[] = {"resign", "resignation", "ouster",
                                         "removal", NULL};
    static const char *const police[] = {"police", "policemen",
                                         "brutality", NULL};
    static const char *const courts[] = {"court", "courts", "verdict",
                                         "ruling", "judges", NULL};
    static const char *const premises[] = {
        "station", "stations", "building", "buildings", "office", "offices",
        "headquarters", "post", "posts", "vehicle", "vehicles", "car",
        "cars", "van", "vans", "custody", NULL};
    /* (past the words found, an actor named in the same phrase owns
     * them, "the new law passed by the Israeli parliament"; one in a
     * clause after them does not, "the government's decision to suspend
     * talks on joining the EU") */
    static const char *const clause[] = {"to", "that", "which", "who",
                                         "after", "before", "while",
                                         "and", "as", NULL};
    const kg_onto_entity *c;
    const char *agent = NULL;
    kg_entity *e;
    char id[32];
    size_t j, at = 0;
    *aim = 0;
    if (!ex_home_protester(st, sm, subj) ||
        !(c = ex_country_of(st, subj->country)))
        return NULL;
    /* (from the trigger's own gap, "protested against the new farm
     * laws" read as "protest against * law", past a place it skipped:
     * "protested in Tbilisi against") */
    for (j = i + 1; j < st->ntoks && j < t1 + 12; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        const ex_tok *t = &st->toks[j];
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ':'))
            break;
        if (j >= t1 && m && m->t0 == j && ex_along_place(st, m)) {
            j = m->t1 - 1; /* where they marched, not whom at */
            continue;
        }
        if (j >= t1 && m && m->t0 == j && ex_sector_only(&m->ent) &&
            strlen(m->ent.code) == 6 && !ex_state_organ(m->ent.code + 3)) {
            j = m->t1 - 1; /* ("walked out of hospitals": no party) */
            continue;
        }
        if (j >= t1 && m && !m->dropped && !m->ent.is_value &&
            !ex_is_date(&m->ent) &&
            !(ex_sector_only(&m->ent) && strlen(m->ent.code) == 6 &&
              ex_state_organ(m->ent.code + 3) && m->t1 < st->ntoks &&
              ex_pronoun_is(&st->toks[m->t1], premises)))
            return NULL; /* an actor: it is the target, or none is
                          * (but "torched police stations": the police
                          * of the country, read from the words) */
        if (t->kind != KG_TOK_WORD)
            continue;
        if (agent && j >= t1 && ex_pronoun_is(t, clause))
            break;
        if (!*aim)
            *aim = ex_pronoun_is(t, leader)   ? '1'
                   : ex_pronoun_is(t, rights) ? '3'
                   : ex_pronoun_is(t, regime) ? '4'
                   : ex_pronoun_is(t, policy) ? '2'
                                              : 0;
        if (!agent && (ex_pronoun_is(t, gov) || ex_pronoun_is(t, policy) ||
                       ex_pronoun_is(t, regime) ||
                       ex_pronoun_is(t, rights) || ex_pronoun_is(t, pay))) {
            agent = "GOV";
            at = j;
        } else if (!agent && ex_pronoun_is(t, police)) {
            agent = "COP";
            at = j;
        } else if (!agent && ex_pronoun_is(t, courts)) {
            agent = "JUD";
            at = j;
        }
    }
    if (!agent && street) {
        /* "Protesters in Hong Kong blocked roads on Sunday", "Kenyan
         * students rioted": a street protest (141 demonstration, 144
         * obstruction, 145 riot) by a country's own people that names
         * nothing at all after its trigger (a date at most) is aimed at
         * their state, which keeps order in the streets they take, as
         * ICEWS and PETRARCH's domestic dyads read it.  So is a strike
         * or a hunger strike ("British rail workers went on strike",
         * "a Cuban dissident began a hunger strike"): its employer or
         * jailer, when not named, is of the same country in nearly all
         * news (the state, or a firm of it: one country either way, the
         * level CAMEO dyads are compared at); a foreign one is named
         * ("in Israeli jails", ex_jailer) */
        /* (where and with what: "blocked roads in the financial
         * district", "with tractors around Paris"; not "against", "over",
         * "for" or "at", which may name whom) */
        static const char *const where[] = {"in", "on", "near", "around",
                                            "across", "outside", "through",
                                            "into", "with", NULL};
        size_t k = ex_skip_time(st, t1), q, p, k0;
        const ex_mention *pm;
        do {
            k0 = k;
            q = k;
            /* ("marched peacefully through downtown Santiago": a place of
             * their own country is where) */
            while (q < st->ntoks && q < k + 6 &&
                   st->toks[q].kind == KG_TOK_WORD &&
                   !(st->toks[q].flags & KG_TOKF_CAP) && !st->toks[q].covered)
                q++;
            pm = q > k && q < st->ntoks ? ex_mention_at(st, q) : NULL;
            if (pm && pm->t0 == q && (p = ex_along_place(st, pm)) != 0 &&
                (p - 1 == k || p - 1 < t1 ||
                 ex_pronoun_is(&st->toks[k], where)) &&
                pm->ent.country && !strcmp(pm->ent.country, c->id)) {
                /* (its preposition right there, or inside the trigger:
                 * "took to the streets of Belgrade"; "of Haiti's
                 * capital") */
                k = pm->t1;
                if (k + 1 < st->ntoks && ex_tok_is(st, k, "'s") &&
                    (ex_tok_is(st, k + 1, "capital") ||
                     ex_tok_is(st, k + 1, "streets")))
                    k += 2;
                k = ex_skip_time(st, k);
            } else if (q > k + 1 && ex_pronoun_is(&st->toks[k], where) &&
                       (q >= st->ntoks || (st->toks[q].kind == KG_TOK_PUNCT &&
                                           !ex_is_quote(st, q)))) {
                k = q; /* "in the financial district." */
            }
        } while (k != k0 && k < st->ntoks);
        /* (", expressing anger at President Bush": a participle after
         * the comma says whom it is aimed at, in words kg cannot read) */
        /* (a condition ends it too: "threatened mass protests if the
         * results were not annulled", "unless the law is withdrawn") */
        if (k >= st->ntoks || ex_tok_punct(st, k, '.') ||
            ex_tok_punct(st, k, ';') || ex_tok_is(st, k, "if") ||
            ex_tok_is(st, k, "unless") ||
            (ex_tok_punct(st, k, ',') &&
             !(k + 1 < st->ntoks && ex_is_ing(st, k + 1)))) {
            agent = "GOV";
            at = (size_t)-1;
        }
    }
    if (!agent || !(e = kg_arena_calloc(&st->arena, 1, sizeof(*e))))
        return NULL;
    /* (a government is its state's node, as "the Kenyan government" is;
     * police and courts are groups of it) */
    if (!strcmp(agent, "GOV")) {
        e->id = c->id;
        e->label = c->label;
        e->type = c->type;
    } else {
        snprintf(id, sizeof(id), "%s_%s", c->id, agent);
        e->id = ex_strndup(st, id, strlen(id));
        e->label = ex_concat(st,
                             !strcmp(agent, "COP") ? "police (" : "courts (",
                             ex_concat(st, c->label, ")"));
        e->type = "Group";
    }
    e->country = c->id;
    e->code = ex_concat(st, c->id, agent);
    if (at == (size_t)-1) /* (not named: no words of its own) */
        return e->id && e->label && e->code ? e : NULL;
    e->text = ex_strndup(st, st->doc->text + st->toks[at].start,
                         st->toks[at].end - st->toks[at].start);
    e->start = st->toks[at].start;
    e->end = st->toks[at].end;
    return e->id && e->label && e->code && e->text ? e : NULL;
}

static const ex_mention *ex_actor_from(const ex_state *st, size_t j);

/* "went on hunger strike to protest their detention by the United
 * States", "launched a strike in protest at Israel's policy": a protest
 * act with no object of its own is aimed at the one its purpose clause
 * protests against (within a few words after the trigger ending at t1):
 * the first actor after "to protest [against]" or "in protest at", or
 * the agent of "by" in that phrase.  Its mention, or NULL; *verb is set
 * to the purpose clause's verb, which is then not read again (its
 * subject would be guessed from the words before it: "rallied outside
 * the White House to protest against Israel" is no protest by the White
 * House): the act (142 hunger strike, 143 strike, 144 blockade) is the
 * event. */
static const ex_mention *ex_protest_purpose(const ex_state *st, size_t t1,
                                            const kg_entity *subj,
                                            size_t *verb)
{
    static const char *const verbs[] = {"protest", "oppose", "denounce",
                                        NULL};
    static const char *const preps[] = {"at", "against", "over", NULL};
    const ex_mention *m;
    size_t j, k, v;
    for (j = t1; j + 2 < st->ntoks && j < t1 + 8; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return NULL;
        if ((ex_tok_is(st, j, "to") &&
             ex_pronoun_is(&st->toks[j + 1], verbs)) ||
            (ex_tok_is(st, j, "in") && ex_tok_is(st, j + 1, "protest")))
            break;
    }
    if (j + 2 >= st->ntoks || j >= t1 + 8)
        return NULL;
    v = j + 1;
    k = j + 2;
    if (ex_pronoun_is(&st->toks[k], preps))
        k++;
    else if (ex_tok_is(st, j, "in"))
        return NULL; /* ("in protest" alone: at nothing named) */
    m = k < st->ntoks ? ex_actor_from(st, k) : NULL;
    if (m && m->ent.code && *m->ent.code && !ex_is_date(&m->ent) &&
        !(subj && ex_same_id(subj, &m->ent))) {
        *verb = v;
        return m;
    }
    if (m)
        return NULL;
    /* "their indefinite detention by the United States" */
    for (j = k; j + 1 < st->ntoks && j < k + 6; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT || st->toks[j].covered)
            return NULL;
        if (ex_tok_is(st, j, "by")) {
            m = ex_actor_from(st, j + 1);
            if (!m || !m->ent.code || !*m->ent.code || ex_is_date(&m->ent) ||
                (subj && ex_same_id(subj, &m->ent)))
                return NULL;
            *verb = v;
            return m;
        }
    }
    return NULL;
}

/* "Thai students demonstrated in Bangkok", "Thousands of Serbians
 * marched through Belgrade", "Kenyans rallied in Nairobi": the verbs of
 * a street demonstration (141) with no entry of their own, read so only
 * with protesters as their subject (a crowd or a country's own people,
 * checked once the subject is known: not "Samsung demonstrated a phone",
 * "troops marched", "Roddick rallied to win").  Only past and -ing forms:
 * "a march", "the rally" are nouns, with entries of their own. */
static const kg_onto_relation ex_bare_protest = {
    .pattern = "demonstrate", .type = "protest", .label = "demonstrates",
    .cameo = "141", .plover = "PROTEST", .quad = 3};

/* "warned Tony Blair that the use of force could be illegal", "warned
 * the Bank may run the risk of", "warned that relations with Afghanistan
 * were unlikely to improve": a warning of a risk that may come, not of
 * what the speaker will do, is no threat (130) but a pessimistic comment
 * (012), as CAMEO's verb dictionary codes "warn of risk", "warn *
 * catastrophe", "warn of disastrous consequences" (cameo_verb_patterns);
 * with no one warned it is about the clause's first other country's actor
 * (the 01 statements in ex_relations). */
static const kg_onto_relation ex_warn_risk = {
    .pattern = "warn", .type = "warn", .label = "warns", .cameo = "012",
    .quad = 1};

/* Does a "could", "may" or "might" follow the verb "warn" (its object
 * and clause starting at token j, up to the sentence's end or a ';')
 * before any "will" or "would", with a risk after it rather than an act:
 * not "it could withdraw" (the warner's own act), "martial law could be
 * imposed", "could face sanctions" (an act the lexicon or the target's
 * lot names)? */
static int ex_warns_of_risk(ex_state *st, size_t j)
{
    static const char *const risk[] = {"could", "may", "might", "unlikely",
                                       NULL};
    static const char *const skip[] = {"be", "soon", "also", "well",
                                       "even", "not", "still", NULL};
    static const char *const acts[] = {
        "face", "faces", "retaliate", "suffer", "lose", "act", "respond",
        "sanctions", "war", NULL};
    size_t k, e = j + 30 < st->ntoks ? j + 30 : st->ntoks;
    for (k = j; k < e; k++) {
        const kg_onto_relation *r;
        size_t a, ntok;
        if (ex_tok_punct(st, k, ';'))
            return 0;
        if (st->toks[k].tag == KG_W_FUTURE || ex_tok_is(st, k, "would") ||
            st->toks[k].tag == KG_W_THREAT)
            return 0;
        if (!ex_pronoun_is(&st->toks[k], risk))
            continue;
        if (k > j && (ex_tok_is(st, k - 1, "it") ||
                      ex_tok_is(st, k - 1, "we") ||
                      ex_tok_is(st, k - 1, "they")))
            return 0;
        for (a = k + 1; a < e && ex_pronoun_is(&st->toks[a], skip); a++)
            ;
        if (a >= e || ex_pronoun_is(&st->toks[a], acts) ||
            ex_ends_ed(st, a) ||
            (st->toks[a].tag == KG_W_NONE &&
             kg_onto__match_relation(st->onto, st->ntoks, a, 0, ex_lemma,
                                     st, &r, &ntok) &&
             r->cameo))
            return 0;
        return 1;
    }
    return 0;
}

/* "Rioters torched cars", "Kenyan protesters looted shops": property
 * destroyed or seized (17x) by a crowd is a riot (145, see ex_rioters),
 * read as one before its target is looked for, so that one with no
 * actor as its object is aimed where a protest's is (ex_protest_home:
 * "set fire to government buildings", or their own state). */
static const kg_onto_relation ex_riot = {
    .pattern = "riot", .type = "riot", .label = "riots against",
    .cameo = "145", .plover = "PROTEST", .quad = 3};

/* "Protesters in Sri Lanka blocked the entrance to the secretariat":
 * blocking, blockading, occupying or besieging a place by a crowd
 * obstructs passage (144, see ex_rioters), read so before its target is
 * looked for, as ex_riot. */
static const kg_onto_relation ex_obstruct = {
    .pattern = "block", .type = "protest", .label = "blocks passage to",
    .cameo = "144", .plover = "PROTEST", .quad = 3};

/* Past the plain noun phrase after a riot's verb ending at t1 ("cars",
 * "shops and banks", "dozens of cars"): the token after it, where
 * ex_protest_home looks for the clause's end. */
static size_t ex_riot_object_end(const ex_state *st, size_t t1)
{
    size_t k = t1;
    while (k < st->ntoks && k < t1 + 5 && st->toks[k].kind == KG_TOK_WORD &&
           !(st->toks[k].flags & KG_TOKF_CAP) && !st->toks[k].covered &&
           (st->toks[k].tag != KG_W_PREP || ex_tok_is(st, k, "of")) &&
           !ex_tok_is(st, k, "to") && !ex_mention_at(st, k))
        k++;
    return k;
}

/* "Protests erupted across Iran", "Mass protests broke out in Kenya over
 * a tax increase", "Demonstrations against the government spread across
 * Bangladesh": a protest noun (at token i, its entry ending at t1) that
 * opens its sentence (after at most three modifiers: "Fresh
 * anti-government protests") with no one named as its actor is held by
 * the people of the place it happens in, as "Protesters in Hong Kong"
 * are (ex_protest_place_people): that country's civilians (CCCCVL), a
 * group entity in the arena.  *end receives the token after the
 * clause's own verb ("erupted", "broke out"), where a protest that
 * names no target ends (ex_protest_home).  NULL when no such place
 * follows in the clause (other actors may come first: "Protests
 * against Israel erupted in Jordan"). */
static const kg_entity *ex_protest_place_crowd(ex_state *st, size_t i,
                                               size_t t1, size_t *end)
{
    static const char *const particles[] = {"out", "on", NULL};
    static const char *const irregular[] = {"spread", "broke", "swept",
                                            "shook", "hit", "began", NULL};
    const ex_mention *m = NULL;
    kg_entity *e;
    char id[32];
    size_t j, p;
    if (i > 3)
        return NULL;
    for (j = 0; j < i; j++)
        if (st->toks[j].kind != KG_TOK_WORD || ex_mention_at(st, j) ||
            (j > 0 && (st->toks[j].flags & KG_TOKF_CAP)) ||
            (st->toks[j].tag != KG_W_NONE && st->toks[j].tag != KG_W_DET))
            return NULL;
    *end = t1;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ','))
            return NULL;
        if (*end == t1 && !ex_mention_at(st, j) &&
            (ex_ends_ed(st, j) || ex_pronoun_is(&st->toks[j], irregular)))
            *end = j + 1 + (j + 1 < st->ntoks &&
                            ex_pronoun_is(&st->toks[j + 1], particles));
        m = ex_mention_at(st, j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent))
            continue;
        if ((p = ex_along_place(st, m)) != 0 && m->ent.country &&
            strlen(m->ent.country) == 3 && ex_country_of(st, m->ent.country) &&
            !ex_tok_is(st, p - 1, "outside") && !ex_tok_is(st, p - 1, "near"))
            break;
        j = m->t1 - 1;
    }
    if (j >= st->ntoks || j >= t1 + 12 || !m ||
        !(e = kg_arena_calloc(&st->arena, 1, sizeof(*e))))
        return NULL;
    snprintf(id, sizeof(id), "%s_CVL", m->ent.country);
    e->id = ex_strndup(st, id, strlen(id));
    e->code = ex_concat(st, m->ent.country, "CVL");
    e->country = m->ent.country;
    e->type = "Group";
    e->start = st->toks[i].start;
    e->end = st->toks[t1 - 1].end;
    e->text = ex_strndup(st, st->doc->text + e->start, e->end - e->start);
    e->label = e->code;
    return e->id && e->code && e->text ? e : NULL;
}

/* "Hundreds of Sudanese demonstrators gathered in Khartoum": a crowd
 * that gathers demonstrates (141); read so only with protesters as its
 * subject (ex_crowd: not "Israelis gathered to mourn", "leaders
 * gathered in Brussels"). */
static const kg_onto_relation ex_bare_gather = {
    .pattern = "gather", .type = "protest", .label = "demonstrates",
    .cameo = "141", .plover = "PROTEST", .quad = 3};

static const kg_onto_relation *ex_bare_protest_at(const ex_state *st,
                                                  size_t i)
{
    static const char *const verbs[] = {
        "demonstrated", "demonstrating", "marched", "marching", "rallied",
        "rallying", NULL};
    /* "Rioters in Minneapolis burned a police station": burning (no
     * entry: "burned to death", "burned fuel") by protesters is a riot,
     * read so only with them as its subject, as the verbs above */
    static const char *const burn[] = {"burned", "burnt", NULL};
    if (st->toks[i].kind != KG_TOK_WORD)
        return NULL;
    if (ex_tok_is(st, i, "gathered") || ex_tok_is(st, i, "gathering") ||
        ex_tok_is(st, i, "assembled"))
        return &ex_bare_gather;
    if (ex_pronoun_is(&st->toks[i], burn) && i + 1 < st->ntoks &&
        !ex_tok_is(st, i + 1, "to") && !ex_tok_is(st, i + 1, "down"))
        return &ex_riot;
    return ex_pronoun_is(&st->toks[i], verbs) ? &ex_bare_protest : NULL;
}

static const kg_entity *ex_subject_of(ex_state *st, size_t v);

/* "Putin warned that Russia would strike", "Russia warned it would
 * attack", "warned the opposition that it would": a warning verb right
 * before the clause whose subject starts at token s0 (with or without
 * "that", past the one warned), said by the same country as subj (or by
 * subj itself).  1 when so. */
static int ex_warned_by_same(ex_state *st, size_t s0, const kg_entity *subj)
{
    static const char *const warn[] = {"warn", "warns", "warned",
                                       "warning", NULL};
    const kg_entity *w;
    const ex_mention *m;
    size_t j = s0;
    if (j > 0 && ex_tok_is(st, j - 1, "that")) {
        j--;
        /* "warned the opposition that it would": past the one warned */
        if (j > 0 && (m = ex_mention_at(st, j - 1)) != NULL && !m->dropped &&
            m->t1 == j) {
            j = m->t0;
            while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
                j--;
        }
    }
    if (j == 0 || !ex_pronoun_is(&st->toks[j - 1], warn))
        return 0;
    w = ex_subject_of(st, j - 1);
    return w && subj && w->code && subj->code && strlen(w->code) >= 3 &&
           strlen(subj->code) >= 3 && !strncmp(w->code, subj->code, 3) &&
           strncmp(w->code, "---", 3) != 0;
}

/* "refused Greece's request for a new loan", "rejected calls by the
 * United States for Assad to step down", "turned down a Chinese offer of
 * joint exploration": a rejection whose object phrase is a request, a
 * demand, an appeal or an offer (within a few words after the trigger
 * ending at t1) rejects what was asked or offered, when the lexicon
 * codes it: the code the act has when refused (ex_refusals: a loan 071
 * refused is 1221, resignation 0831 1231).  Returns that code, or NULL
 * when there is no such phrase or no act in it that a refusal maps. */
static int ex_want_noun(ex_state *st, size_t i);
static int ex_time_opener(const ex_state *st);

static const char *ex_refused_request(ex_state *st, size_t t1)
{
    const char *const *asks = ex_ask_nouns;
    size_t r, k, end;
    for (r = t1; r < st->ntoks && r < t1 + 8; r++) {
        if (st->toks[r].kind == KG_TOK_PUNCT && !ex_is_quote(st, r) &&
            !ex_tok_is(st, r, "'s"))
            return NULL;
        if (st->toks[r].kind == KG_TOK_WORD &&
            ex_pronoun_is(&st->toks[r], asks))
            break;
    }
    if (r >= st->ntoks || r >= t1 + 8)
        return NULL;
    /* what was asked hangs on the noun: "request to send", "demands
     * for reforms", "offer of talks", "demand that Maduro resign", past
     * the asker ("offer by Trump to mediate"); not "the TWA offer on
     * price and financing concerns" */
    k = r + 1;
    if (k + 1 < st->ntoks &&
        (ex_tok_is(st, k, "from") || ex_tok_is(st, k, "by") ||
         ex_tok_is(st, k, "of"))) {
        const ex_mention *am = ex_actor_from(st, k + 1);
        if (am)
            k = am->t1;
    }
    if (k >= st->ntoks ||
        !(ex_tok_is(st, k, "to") || ex_tok_is(st, k, "for") ||
          ex_tok_is(st, k, "of") || ex_tok_is(st, k, "that")))
        return NULL;
    end = r + 14 < st->ntoks ? r + 14 : st->ntoks;
    for (k = r + 1; k < end; k++) {
        const kg_onto_relation *rel;
        size_t ntok;
        const char *code;
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_is_quote(st, k) &&
            !ex_tok_is(st, k, "'s") && !ex_tok_punct(st, k, '-'))
            return NULL;
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].covered)
            continue;
        if (!kg_onto__match_relation(st->onto, st->ntoks, k,
                                     ex_want_noun(st, k), ex_lemma, st, &rel,
                                     &ntok) ||
            !rel->cameo)
            continue;
        code = ex_map_code(ex_refusals, rel->cameo);
        if (code != rel->cameo)
            return code;
    }
    return NULL;
}

/* Map a mention's offsets from the cleaned text to the input's bytes. */
static void ex_source_span(const ex_state *st, kg_entity *e)
{
    kg_doc_source_span(st->doc, e->start, e->end, &e->start, &e->end);
}

static int ex_no_relation(const kg_relation *r, void *payload)
{
    (void)r;
    (void)payload;
    return 0;
}

/* Does an actor's text end in a noun for a whole force ("French troops",
 * "American forces", "the Russian army"), not for persons? */
static int ex_forces_noun(const kg_entity *e)
{
    static const char *const nouns[] = {"troops", "forces", "army",
                                        "military", "contingent", NULL};
    const char *w;
    size_t k;
    if (!e->text)
        return 0;
    w = strrchr(e->text, ' ');
    w = w ? w + 1 : e->text;
    for (k = 0; nouns[k]; k++)
        if (!strcmp(w, nouns[k]))
            return 1;
    return 0;
}

/* Is the entity a crowd of protesters ("protesters", "Syrian
 * demonstrators"), by the last word of its text? */
static int ex_crowd(const kg_entity *e)
{
    static const char *const nouns[] = {
        "protester", "protesters", "protestor", "protestors",
        "demonstrator", "demonstrators", "rioter", "rioters", "youths",
        NULL};
    static const char *const backers[] = {"supporters of ", "followers of ",
                                          "loyalists of ", NULL};
    const char *w;
    char low[16];
    size_t k, n;
    if (!e->text)
        return 0;
    /* ("Supporters of Imran Khan": see ex_supporters) */
    for (k = 0; backers[k]; k++)
        if (!strncmp(e->text + 1, backers[k] + 1, strlen(backers[k]) - 1) &&
            (e->text[0] | 32) == backers[k][0])
            return 1;
    w = strrchr(e->text, ' ');
    w = w ? w + 1 : e->text;
    n = strlen(w);
    if (n >= sizeof(low))
        return 0;
    for (k = 0; k <= n; k++) /* ASCII only: the nouns are */
        low[k] = (char)(w[k] >= 'A' && w[k] <= 'Z' ? w[k] + 32 : w[k]);
    for (k = 0; nouns[k]; k++)
        if (!strcmp(low, nouns[k]))
            return 1;
    return 0;
}

/* "The Russian building was demolished by a Ukrainian protestor":
 * property destruction (17x) or assault (18x) by protesters is a violent
 * protest, a riot, in CAMEO (145), not an act of coercion by a state's
 * civilians; so is storming a building ("protesters stormed the
 * parliament", pattern storm...), attacking or clashing with police
 * ("protesters clashed with security forces", "attacked government
 * offices").  Fighting with weapons
 * (other 19x: "demonstrators launched missiles") is armed conflict and
 * keeps its code.  Protesters who occupy, besiege or block a place
 * obstruct passage (144: "occupied the airport", "besieged parliament",
 * "blocked the main road").  Returns the code, or NULL. */
static const char *ex_rioters(const kg_entity *subj, const kg_entity *obj,
                              const char *cameo, const char *pattern)
{
    /* ("Greek truckers blockaded the border", "Chilean students occupied
     * the university": a blockade or an occupation by civilians,
     * workers, farmers or students is theirs too) */
    if (cameo[0] == '1' &&
        (!strncmp(cameo, "191", 3) || !strncmp(cameo, "192", 3)) &&
        (ex_code_ends(subj->code, "CVL") || ex_code_ends(subj->code, "LAB") ||
         ex_code_ends(subj->code, "AGR") || ex_code_ends(subj->code, "EDU")))
        return "144";
    if (cameo[0] != '1' || !ex_crowd(subj))
        return NULL;
    if (!strncmp(cameo, "191", 3) || !strncmp(cameo, "192", 3) ||
        (!strncmp(cameo, "12", 2) && pattern && !strncmp(pattern, "block", 5)))
        return "144";
    if (cameo[1] == '7' || cameo[1] == '8' ||
        (cameo[1] == '9' && pattern &&
         (!strncmp(pattern, "storm", 5) || !strncmp(pattern, "clash", 5) ||
          /* (the police, a government's offices: "attacked Turkey"
           * may be armed) */
          (!strncmp(pattern, "attack", 6) && obj->code &&
           strlen(obj->code) > 3))))
        return "145";
    return NULL;
}

typedef struct ex_emitted {
    const char *subj, *type, *obj;
    int negated;
} ex_emitted;

/* "Jordan's King Abdullah promised the opposition", "Opposition parties
 * urged the Ethiopian government": an opposition, a party or a
 * parliament named without a country belongs to the one country its
 * sentence names (these sectors act at home); a copy of e with that
 * country in *out, or e itself.  (Not civilians, troops or a government,
 * which as often belong to another country than the one named: "aid to
 * civilians", "the government thanked China".) */
static const kg_entity *ex_domestic_sector(ex_state *st, const kg_entity *e,
                                           kg_entity *out)
{
    const char *agent = ex_domestic_agent(e->code);
    const char *country = NULL;
    char id[32];
    size_t i;
    if (!agent)
        return e;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        const char *c;
        if (m->dropped || m->ent.is_value)
            continue;
        c = m->ent.type && !strcmp(m->ent.type, "Country") ? m->ent.id
                                                           : m->ent.country;
        if (!c || !*c)
            continue;
        if (country && strcmp(country, c) != 0)
            return e; /* two countries: whose is not said */
        country = c;
    }
    if (!country || strlen(country) != 3)
        return e;
    *out = *e;
    snprintf(id, sizeof(id), "%s_%s", country, agent);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, country, agent);
    out->country = country;
    return out->id && out->code ? out : e;
}

/* "Kenyan police threatened residents", "Iranian security forces opened
 * fire on protesters", "Syrian security forces tortured detainees":
 * civilians with no country, acted on by a state's police, courts,
 * government or intelligence service, are that state's own (these act
 * at home).  And "Rioters clashed with French police": protesters facing
 * a state's police are its people.  A copy of the civilians with that
 * country in *out, or crowd itself (target: crowd is the object).
 * Troops and states acting on civilians keep ---: "Russian forces killed
 * civilians" says nothing of whose, and "French soldiers fired to
 * disperse protesters" in Abidjan were abroad.
 * As targets, a country's rebels, gunmen and gangs act at home too
 * ("Boko Haram abducted schoolgirls", "Sudanese rebels killed
 * civilians"), and the people they and the police act on are any of a
 * country's own sectors with no country said: civilians, reporters,
 * students, clergy, workers, farmers, business, the opposition ("Turkish
 * police detained journalists").  Refugees and aid groups are as often
 * foreign, and keep ---. */
static const kg_entity *ex_home_civilians(ex_state *st,
                                          const kg_entity *crowd,
                                          const kg_entity *state, int target,
                                          kg_entity *out)
{
    static const char *const home[] = {"COP", "JUD", "GOV", "SPY",
                                       "REB", "UAF", "CRM", NULL};
    static const char *const own[] = {"CVL", "MED", "EDU", "REL", "LAB",
                                      "AGR", "BUS", "OPP", NULL};
    const kg_onto_entity *c;
    const char *agent, *sector;
    char id[32];
    size_t k, n;
    if (!ex_sector_only(crowd) || strlen(crowd->code) != 6 ||
        !state->code || (n = strlen(state->code)) != 6 ||
        !(c = ex_country_of(st, state->country)) ||
        strncmp(state->code, c->id, 3) != 0)
        return crowd;
    sector = crowd->code + 3;
    agent = state->code + 3;
    for (k = 0; own[k] && strcmp(sector, own[k]) != 0; k++)
        ;
    if (!own[k] || (!target && strcmp(sector, "CVL") != 0))
        return crowd;
    for (k = 0; home[k] && strcmp(agent, home[k]) != 0; k++)
        ;
    if (target ? !home[k] : !(ex_crowd(crowd) && !strcmp(agent, "COP")))
        return crowd;
    *out = *crowd;
    snprintf(id, sizeof(id), "%s_%s", c->id, sector);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, c->id, sector);
    out->country = c->id;
    return out->id && out->code ? out : crowd;
}

/* "Saddam Hussein's regime used poison gas against the Kurds", "Iraqi
 * forces drove thousands of Kurds from their homes": a people
 * (organizations.tsv, coded as one country's civilians: the Kurds as
 * TURCVL) that a state, its forces, police, courts or government coerce,
 * assault or kill en masse (17, 18, 20) with no country said for the
 * people is the people of that state, which acts at home.  A copy in
 * *out, or people itself.  (A people placed by its sentence, "the Kurds
 * of Syria", keeps its place; one deported, 174, is often foreign:
 * "Bangladesh expelled the Rohingya".) */
static const kg_entity *ex_state_people(ex_state *st, const kg_entity *people,
                                        const kg_entity *state,
                                        const char *cameo, kg_entity *out)
{
    static const char *const organs[] = {"GOV", "MIL", "COP", "JUD", "SPY",
                                         NULL};
    const kg_onto_entity *oe, *c;
    size_t n, k;
    if (!cameo || (strncmp(cameo, "17", 2) != 0 &&
                   strncmp(cameo, "18", 2) != 0 &&
                   strncmp(cameo, "20", 2) != 0) ||
        !strcmp(cameo, "174") || people->is_value || !people->id ||
        !people->code ||
        !(oe = kg_onto__entity(st->onto, people->id)) || !ex_is_people(oe) ||
        strcmp(people->code, oe->code) != 0 || !state->code ||
        !state->country || !(c = ex_country_of(st, state->country)) ||
        strncmp(state->code, c->id, 3) != 0 ||
        !strncmp(people->code, c->id, 3))
        return people;
    n = strlen(state->code);
    for (k = 0; organs[k] && !(n == 6 && !strcmp(state->code + 3, organs[k]));
         k++)
        ;
    if (n != 3 && !organs[k])
        return people;
    *out = *people;
    out->code = ex_concat(st, c->id, "CVL");
    out->country = c->id;
    return out->code ? out : people;
}

static int ex_participle_form(const ex_state *st, size_t i);

/* "A gas explosion in a coal mine in central China killed 56", "Key
 * allies in the US-led war in Iraq reject": a country or place named
 * inside an "in" phrase says where the subject is; it is no subject of
 * its own. */
static int ex_place_in_phrase(const ex_state *st, const kg_entity *e)
{
    const ex_mention *m;
    size_t t, n;
    if (!e->type ||
        (strcmp(e->type, "Country") != 0 && strcmp(e->type, "Place") != 0))
        return 0;
    for (t = 0; t < st->ntoks && st->toks[t].start < e->start; t++)
        ;
    /* (a demonym, a compound or a possessor names whose act it is:
     * "killed in an Israeli airstrike", "in the US-led war", "trapped in
     * Russia's invasion of Ukraine") */
    if (t >= st->ntoks || st->toks[t].start != e->start ||
        !(m = ex_mention_at(st, t)) || m->kind == KG_NAME_DEMONYM ||
        m->compound || (st->toks[t].flags & KG_TOKF_HYPHEN) ||
        (m->t1 < st->ntoks && (ex_tok_is(st, m->t1, "'s") ||
                               ex_tok_is(st, m->t1, "s"))))
        return 0;
    while (t > 0 && (st->toks[t - 1].tag == KG_W_DET ||
                     ex_pronoun_is(&st->toks[t - 1], ex_directions)))
        t--;
    if (t < 2 || !ex_tok_is(st, t - 1, "in"))
        return 0;
    /* the phrase must hang on a thing named by a singular noun: people
     * in a place ("protesters in Hong Kong", "authorities in the US") are
     * its own, and so is what one did there ("marched in Belgrade") */
    t -= 2;
    n = strlen(st->toks[t].lower);
    return st->toks[t].kind == KG_TOK_WORD && st->toks[t].tag == KG_W_NONE &&
           !(st->toks[t].flags & KG_TOKF_CAP) && n > 2 &&
           st->toks[t].lower[n - 1] != 's' && !ex_participle_form(st, t) &&
           strcmp(st->toks[t].lower + n - 3, "ing") != 0;
}

/* The bombing that the words right after a subject actor name ("an
 * Iraqi suicide bomber", "a Taliban car bomb"): its CAMEO code, or NULL. */
static const char *ex_bomber_code(const ex_state *st, const kg_entity *subj)
{
    static const struct {
        const char *words, *code;
    } heads[] = {{" suicide bomber", "1831"}, {" suicide bombers", "1831"},
                 {" suicide car bomb", "1832"},
                 {" car bomb", "1832"},       {" truck bomb", "1832"},
                 {" roadside bomb", "1833"},  {NULL, NULL}};
    size_t k, n = st->doc->len, w;
    if (subj->is_value || subj->end >= n)
        return NULL;
    for (k = 0; heads[k].words; k++) {
        w = strlen(heads[k].words);
        if (n - subj->end >= w &&
            !memcmp(st->doc->text + subj->end, heads[k].words, w))
            return heads[k].code;
        /* ("a suicide bomber", "an al-Shabaab suicide bomber": the
         * agent noun inside the actor's own mention) */
        if (subj->end - subj->start >= w - 1 &&
            !strncasecmp(st->doc->text + subj->end - (w - 1),
                         heads[k].words + 1, w - 1))
            return heads[k].code;
    }
    return NULL;
}

/* Does the coded actor bear arms: a military, police, rebel, insurgent,
 * militia or gang sector, or an international militant group? */
static int ex_force_code(const char *code)
{
    return ex_armed_code(code) || ex_irregular_code(code) ||
           (code && strstr(code, "COP") != NULL);
}

/* Is a fight (clash, battle, fight: CAMEO 19) between these two actors
 * no armed combat: neither side bears arms, and not both are states
 * named by their country alone ("Google's battle with Yahoo", "the Six
 * Nations clash with England", "the European Parliament has clashed with
 * the EU", "deepening a clash with the opposition")?  Armed combat has a
 * force on one side ("Spanish farmers battled police") or two states
 * ("Iraq and Iran fought"). */
static int ex_unarmed_fight(const kg_onto_relation *rel,
                            const kg_entity *subj, const kg_entity *obj)
{
    const char *a = subj->code, *b = obj->code;
    if (!rel->cameo || strncmp(rel->cameo, "19", 2) != 0 ||
        strcmp(rel->type, "fight") != 0 || obj->is_value)
        return 0;
    if (ex_force_code(a) || ex_force_code(b))
        return 0;
    return !(a && b && strlen(a) == 3 && strlen(b) == 3 &&
             strcmp(a, "---") != 0 && strcmp(b, "---") != 0);
}

/* Does an attack's phrase from token t on name words, not a target of
 * force: "attacked Labour's six new pledges", "attacked President Bush's
 * economic record", "an attack on Conservative spending plans",
 * "attacked Mr Brown for failing to mention"?  The lexicon's "attack *
 * policy" rows reach three words; possessives and adjectives run
 * longer.  Up to eight tokens, within the clause. */
static int ex_attack_on_words(const ex_state *st, size_t t)
{
    static const char *const words[] = {
        "plan",      "plans",     "policy",    "policies",   "record",
        "pledge",    "pledges",   "tax",       "taxes",      "failure",
        "failures",  "decision",  "proposal",  "proposals",  "budget",
        "remark",    "remarks",   "comment",   "comments",   "statement",
        "stance",    "approach",  "handling",  "manifesto",  "speech",
        "idea",      "ideas",     "argument",  "arguments",  "tactics",
        "reforms",   "rhetoric",  "views",     "claims",     "spending",
        "leadership", "performance", "strategy", NULL};
    size_t k;
    for (k = t; k < st->ntoks && k < t + 8; k++) {
        const ex_tok *w = &st->toks[k];
        if (w->kind == KG_TOK_PUNCT && !ex_is_quote(st, k) &&
            !ex_tok_punct(st, k, '-') && !ex_tok_punct(st, k, '\''))
            return 0;
        if (w->tag == KG_W_SUB || w->tag == KG_W_AUX ||
            w->tag == KG_W_MODAL || w->tag == KG_W_FUTURE ||
            w->tag == KG_W_SPEECH || w->tag == KG_W_PRON)
            return 0;
        if (ex_pronoun_is(w, words))
            return 1;
        /* ("attacked the EC for backing down") */
        if (k > t && ex_tok_is(st, k, "for") && k + 1 < st->ntoks &&
            ex_is_ing(st, k + 1))
            return 1;
    }
    return 0;
}

/* A curfew, martial law or a state of emergency, imposed or eased: acts
 * a state does at home. */
static int ex_home_curfew(const char *cameo)
{
    return cameo && (!strcmp(cameo, "0813") || !strcmp(cameo, "0814") ||
                     !strcmp(cameo, "1723") || !strcmp(cameo, "1724"));
}

/* "the Sri Lankan government lifted the curfew in Colombo", "the Iraqi
 * government imposed a curfew on Baghdad": a government named by its
 * country is the country's node (LKA, coded LKAGOV), and so is the
 * country as the place a curfew, martial law or a state of emergency is
 * imposed on or lifted from (LKA).  CAMEO codes that domestic event
 * (LKAGOV -> LKA, 0813), so it is the one edge kept from a node to
 * itself; other such pairs ("Washington backs the US's strong dollar",
 * "the government protects the UK") say nothing of one to the other. */
static int ex_home_restriction(const kg_entity *subj, const kg_entity *obj,
                               const kg_onto_relation *rel)
{
    size_t n;
    if (!ex_home_curfew(rel->cameo) || obj->is_value || !subj->code ||
        !obj->code)
        return 0;
    n = strlen(obj->code);
    return n == 3 && strlen(subj->code) > n &&
           !strncmp(subj->code, obj->code, n);
}

/* "lifted the curfew in Colombo", "imposed a curfew on Baghdad",
 * "attacked a hotel in Mogadishu": a capital after a preposition of place
 * is the city, a place of its country (LKA, as "in Jaffna" is), not the
 * government it stands for as an actor ("Colombo said", LKAGOV).  "on"
 * is a place only for a restriction laid on it (172x, eased 081x):
 * "calling on Khartoum", "pressure on Tehran" address the government.
 * So do a visit (04x: "arrived in Seoul for talks" visits its hosts) and
 * a protest (14x: "staged a protest in Beijing" is aimed at its rulers).
 * A copy of e coded as its country in *out, or e itself. */
static const kg_entity *ex_capital_place(ex_state *st, const kg_entity *e,
                                         const char *cameo, kg_entity *out)
{
    static const char *const at[] = {"in",     "into",    "near",
                                     "across", "around",  "outside",
                                     "throughout", NULL};
    const ex_mention *m;
    size_t t;
    if (e->is_value || !e->type || strcmp(e->type, "Country") != 0 ||
        !ex_code_ends(e->code, "GOV") || strlen(e->code) != 6 ||
        (cameo && (!strncmp(cameo, "04", 2) || !strncmp(cameo, "14", 2))))
        return e;
    for (t = 0; t < st->ntoks && st->toks[t].start < e->start; t++)
        ;
    if (t < 1 || t >= st->ntoks || st->toks[t].start != e->start ||
        !(m = ex_mention_at(st, t)) || m->kind != KG_NAME_METONYM ||
        !m->oe ||
        /* (not a possessive nor a name of the government: "into
         * Washington's allegations", "in U.S. Government bonds" name
         * the state) */
        (m->t1 < st->ntoks &&
         (ex_tok_is(st, m->t1, "'s") || ex_tok_is(st, m->t1, "s"))) ||
        ex_tok_is(st, m->t1 - 1, "government") ||
        ex_tok_is(st, m->t1 - 1, "administration") ||
        !(ex_pronoun_is(&st->toks[t - 1], at) ||
          (ex_tok_is(st, t - 1, "on") && cameo &&
           (!strncmp(cameo, "172", 3) || !strncmp(cameo, "081", 3)))))
        return e;
    *out = *e;
    out->code = m->oe->code;
    return out;
}

/* "Russia agreed to supply Venezuela with jets", "the Saudis agreed to
 * supply oil to Brazil": is the verb at token t0 the act agreed to
 * ("agree", "agreed", "agrees", "agreeing", one adverb such as
 * "tentatively" aside, then "to")?  Agreeing to material cooperation or
 * aid (06, 07) is a promise of it, root 03 (as the lexicon's "agree to
 * help", "agree to provide * aid" are), where agreeing to yield has
 * yielded (the 08 rows, see the lexicon's header) and agreeing to upgrade
 * relations is the diplomatic act itself (05, as the code book codes
 * "agreed to upgrade their relations"), and an agreed sale is the sale
 * (see sale_goods_are_no_party). */
static int ex_agreed_to(const ex_state *st, size_t t0)
{
    static const char *const agree[] = {"agree", "agreed", "agrees",
                                        "agreeing", NULL};
    size_t a;
    if (t0 < 2 || !ex_tok_is(st, t0 - 1, "to"))
        return 0;
    a = t0 - 2;
    if (a > 0 && !ex_pronoun_is(&st->toks[a], agree) &&
        st->toks[a].kind == KG_TOK_WORD && strlen(st->toks[a].lower) > 4 &&
        !strcmp(st->toks[a].lower + strlen(st->toks[a].lower) - 2, "ly"))
        a--;
    return ex_pronoun_is(&st->toks[a], agree);
}

/* "Sudan let aid agencies into Darfur", "Syria let UN inspectors into
 * Douma": access granted into one's own land is granted to those let in
 * (0863, 0862: Sudan -> the agencies), not to the place.  For an 086
 * entry whose object lies in the subject's own country, the coded actor
 * let in (a mention from the trigger's start to two words past its end:
 * "aid agencies"), or NULL: then there is no other party. */
static const kg_entity *ex_let_in(const ex_state *st, const kg_entity *subj,
                                  const kg_entity *obj,
                                  const kg_onto_relation *rel, size_t t0,
                                  size_t t1)
{
    const char *sc = subj->country ? subj->country : subj->code;
    const char *oc = obj->country ? obj->country : obj->code;
    size_t j;
    if (!rel->cameo || strncmp(rel->cameo, "086", 3) != 0 || obj->is_value ||
        !sc || !oc || strlen(sc) < 3 || strncmp(sc, oc, 3) != 0)
        return obj;
    for (j = t0; j < t1 + 2 && j < st->ntoks; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (m && !m->dropped && !m->ent.is_value && m->ent.code &&
            strlen(m->ent.code) >= 3 && strncmp(m->ent.code, sc, 3) != 0)
            return &m->ent;
    }
    return NULL;
}

static int ex_emit(ex_state *st, const kg_sentence *s, size_t idx,
                   const kg_entity *subj, const kg_entity *obj,
                   const kg_onto_relation *rel, size_t t0, size_t t1,
                   int negated, const char *modality,
                   const kg_entity *speaker, double conf, ex_emitted *seen,
                   size_t *nseen, kg_relation_cb cb, void *payload)
{
    kg_relation r;
    kg_entity spk, subj_home, obj_home, subj_civ, obj_civ, obj_city;
    size_t i;
    int verbal = 0;
    const char *code;

    if (!subj || !obj)
        return KG_OK;
    if (rel->reversed && !obj->is_value) {
        /* a reversed dictionary entry ("- + * MONEY $" under RECEIVE):
         * the actor before it is the target, the one after the source */
        const kg_entity *t = subj;
        subj = obj;
        obj = t;
    }
    if (ex_place_in_phrase(st, subj))
        return KG_OK;
    if ((obj = ex_let_in(st, subj, obj, rel, t0, t1)) == NULL)
        return KG_OK;
    subj = ex_domestic_sector(st, subj, &subj_home);
    obj = ex_domestic_sector(st, obj, &obj_home);
    obj = ex_home_civilians(st, obj, subj, 1, &obj_civ);
    subj = ex_home_civilians(st, subj, obj, 0, &subj_civ);
    obj = ex_capital_place(st, obj, rel->cameo, &obj_city);
    if (strcmp(subj->id, obj->id) == 0 && !ex_home_restriction(subj, obj, rel))
        return KG_OK;
    /* "a failed effort to kill the vice-president", "tried to storm the
     * base": CAMEO codes an attempted assault, killing or attack (18-20)
     * as the act itself, and "trying to broker a truce" or "efforts to
     * negotiate" are mediation and negotiation (045, 046) under way;
     * other acts only tried for are intended */
    if (st->intent_word == 2 && modality && !strcmp(modality, "intended") &&
        rel->cameo && (!strncmp(rel->cameo, "045", 3) ||
                       !strncmp(rel->cameo, "046", 3) ||
                       !strncmp(rel->cameo, "18", 2) ||
                       !strncmp(rel->cameo, "19", 2) ||
                       !strncmp(rel->cameo, "20", 2)))
        modality = "asserted";
    if (!rel->noun && !strcmp(rel->pattern, "approve") && !obj->is_value &&
        !ex_is_person(obj) && (!obj->code || !*obj->code))
        return KG_OK; /* "the FDA approved Cephradine", "approve a merger
                       * into Miller Tabak", "the offering has been
                       * approved by the SEC": a drug, deal or law
                       * approved, no actor endorsed (a coded one is:
                       * "approve Prime Minister Ariel Sharon's plan") */
    if (rel->cameo && !obj->is_value &&
        (st->sports_sentence || st->sports_doc) &&
        !ex_official_code(subj->code) && !ex_official_code(obj->code))
        return KG_OK; /* "Celtic host Dundee United", "The Republic met
                       * the Swiss in their final Euro 2004 qualifier",
                       * "England and France visiting Lansdowne Road": in
                       * sports talk, teams and players play; no state,
                       * ministry or armed group acts (ex_sports_word) */
    if (ex_unarmed_fight(rel, subj, obj))
        return KG_OK; /* "the real battle is between Yahoo and MSN": a
                       * rivalry, a match or a quarrel, no armed combat
                       * (ex_unarmed_fight) */
    if (rel->cameo && !obj->is_value &&
        (ex_business_demonym(st, subj) || ex_business_demonym(st, obj)))
        return KG_OK; /* "struck a deal to supply French car maker
                       * Peugeot": a company's deal, not France's */
    if (ex_trade_noun(st, rel, t0) && !obj->is_value &&
        ex_trade_figures(st))
        return KG_OK; /* "exports to the Community rose seven pct": a
                       * statistic, no act (ex_trade_figures) */
    for (i = 0; i < *nseen; i++)
        if (!strcmp(seen[i].subj, subj->id) && !strcmp(seen[i].obj, obj->id) &&
            seen[i].type == rel->type && seen[i].negated == negated)
            return KG_OK;
    if (*nseen < 64) {
        seen[*nseen].subj = subj->id;
        seen[*nseen].obj = obj->id;
        seen[*nseen].type = rel->type;
        seen[*nseen].negated = negated;
        (*nseen)++;
    }
    memset(&r, 0, sizeof(r));
    r.doc = st->doc->id;
    r.sentence = idx;
    r.start = s->start;
    r.end = s->end;
    r.text = ex_strndup(st, st->doc->text + s->start, s->end - s->start);
    r.rel_text = ex_strndup(st, st->doc->text + st->toks[t0].start,
                            st->toks[t1 - 1].end - st->toks[t0].start);
    if (!r.text || !r.rel_text)
        return KG_ENOMEM;
    r.date = ex_event_date(st);
    r.subject = *subj;
    r.object = *obj;
    r.attributed_to = speaker;
    st->toks[t0].trigger = 1;
    st->last_object = *obj;
    st->have_last_object = 1;
    if (rel->cameo && !strncmp(rel->cameo, "11", 2) && !negated &&
        !obj->is_value) {
        st->accuser = *subj;
        st->accused = *obj;
        st->have_accusation = 1;
    }
    r.type = rel->type;
    r.label = rel->label;
    /* "Kılıçdaroğlu is attacking Putin": a politician attacks in words.
     * The verb "attack" with a known person (not a soldier, not a head of
     * government who may order force) as its subject is criticism, CAMEO
     * 111.  Only the word "attack": "Hurricane Jeanne killed" and
     * "bin Laden's men bombarded" are no criticism. */
    if (!rel->noun && !strcmp(rel->type, "attack") &&
        !strncmp(rel->pattern, "attack", 6) && ex_is_person(subj) &&
        !strncmp(subj->id, "person_", 7) &&
        !ex_code_ends(subj->code, "MIL") && !ex_code_ends(subj->code, "GOV")) {
        r.type = "criticize";
        r.label = "criticizes";
        verbal = 1;
    }
    if (!verbal && !strcmp(rel->type, "attack") &&
        !strncmp(rel->pattern, "attack", 6) && rel->cameo &&
        !strcmp(rel->cameo, "190") && !ex_force_code(subj->code) &&
        ex_attack_on_words(st, t1)) {
        /* "The Tory co-chairman attacked Labour's six new pledges as
         * vacuous": words attacked, criticism (111) */
        r.type = "criticize";
        r.label = "criticizes";
        verbal = 1;
    }
    if (!rel->noun && rel->cameo && !strcmp(modality, "asserted") &&
        (!strncmp(rel->cameo, "06", 2) || !strncmp(rel->cameo, "07", 2)) &&
        strcmp(rel->type, "trade") != 0 && ex_agreed_to(st, t0)) {
        modality = "intended";
        st->intent_word = 1;
    }
    r.rel_start = st->toks[t0].start;
    r.rel_end = st->toks[t1 - 1].end;
    r.cameo = obj->is_value ? NULL
              : verbal      ? "111"
                            : ex_threat_code(rel->cameo, modality,
                                             st->intent_word);
    if (r.cameo && (code = ex_rioters(subj, obj, r.cameo, rel->pattern))) {
        int riot = !strcmp(code, "145");
        r.type = riot ? "riot" : "protest";
        r.label = riot ? "riots against" : "blocks passage to";
        r.cameo = code;
        /* ("Supporters of Imran Khan attacked police": their own) */
        {
            kg_entity organ;
            const kg_entity *o =
                ex_protested_organ(st, NULL, subj, &r.object, &organ);
            if (o != &r.object)
                r.object = *o;
        }
    } else if (r.cameo && (!strncmp(r.cameo, "18", 2) ||
                           !strncmp(r.cameo, "19", 2) ||
                           !strcmp(r.cameo, "170")) &&
               ((ex_crowd(obj) &&
                 (ex_code_ends(subj->code, "COP") ||
                  ex_code_ends(subj->code, "MIL") ||
                  ex_code_ends(subj->code, "GOV"))) ||
                /* ("police fired live bullets at opposition supporters":
                 * the opposition as a crowd the police face) */
                (ex_code_ends(obj->code, "OPP") &&
                 ex_code_ends(subj->code, "COP")))) {
        /* "security forces opened fire on protesters", "troops beat
         * demonstrators", "police fired water cannon at protesters":
         * force against protesters by those who keep order is violent
         * repression (175), not combat or plain coercion (170) */
        r.type = "repress";
        r.label = "represses";
        r.cameo = "175";
    }
    if (r.cameo && !strcmp(r.cameo, "173") &&
        (ex_code_ends(subj->code, "REB") || ex_code_ends(subj->code, "INS") ||
         ex_code_ends(subj->code, "UAF") || ex_code_ends(subj->code, "CRM") ||
         (subj->code && !strncmp(subj->code, "IMG", 3)))) {
        /* "Taliban militants captured five soldiers", "Somali pirates
         * captured a German ship": 173 is arrest, detention or a charge,
         * legal action, which rebels, insurgents, militant groups and
         * gangs do not take; their taking of people or ships is
         * abduction, hijacking or hostage-taking (181) */
        r.type = "abduct";
        r.label = "abducts";
        r.cameo = "181";
    }
    if (r.cameo && !strcmp(r.cameo, "190") && !strcmp(rel->type, "attack") &&
        !subj->is_value &&
        !strncmp(st->doc->text + subj->end, " hackers", 8)) {
        /* "Russian hackers attacked the German parliament's network":
         * an attack by a state's hackers is a cyber attack (176) */
        r.type = "cyberattack";
        r.label = "attacks cybernetically";
        r.cameo = "176";
    } else if (r.cameo && !strcmp(r.cameo, "190") && !rel->noun &&
               (code = ex_bomber_code(st, subj))) {
        /* "an Iraqi suicide bomber attacked a police station", "a
         * Taliban car bomb killed 20 soldiers": the subject names the
         * bombing (1831 suicide, 1832 vehicle, 1833 roadside) */
        r.type = "bomb";
        r.label = "bombs";
        r.cameo = code;
    } else if (r.cameo && !strcmp(r.cameo, "190") && !rel->noun &&
               ex_irregular_code(subj->code)) {
        /* "Boko Haram bombed a market", "gunmen killed the governor":
         * violence by rebels, militias, gunmen or gangs is CAMEO's
         * unconventional violence (18), not the military force of root
         * 19: a bombing is 183, a killing of people who bear no arms
         * 1823 (killing soldiers or rebels stays fighting, 190) */
        if (!strcmp(rel->pattern, "bomb")) {
            r.type = "bomb";
            r.label = "bombs";
            r.cameo = "183";
        } else if (!strcmp(rel->type, "kill") && !ex_armed_code(obj->code)) {
            r.cameo = "1823";
        }
    }
    if (r.cameo && !strcmp(r.cameo, "190") && !strcmp(rel->type, "attack") &&
        ex_irregular_code(subj->code) &&
        (ex_civilian_code(obj->code) || ex_civil_site(st, t0, t1))) {
        /* "Islamic State militants attacked Iraqi civilians", "carried
         * out attacks on Iraqi civilians": rebels' or militants' attack
         * (or raid, storming, ambush) on civilians, reporters or aid
         * workers, or on a civilian site ("stormed a village", "attacked
         * a Kenyan bus"), not on a force or a state, is unconventional
         * violence (180) */
        r.cameo = "180";
    }
    if (r.cameo && !strcmp(r.cameo, "171") &&
        (!strcmp(rel->pattern, "seize") || !strcmp(rel->pattern, "snatch")) &&
        (ex_people_object(st, obj) ||
         (ex_irregular_code(subj->code) && ex_men_at_arms(st, obj)))) {
        /* "kidnappers seized two Americans", "four Jordanian truck
         * drivers were seized", "snatched by gunmen": people seized are
         * abducted (181), not property (171); so are soldiers and police
         * that rebels or gunmen seize ("Hamas seized an Israeli soldier") */
        r.type = "abduct";
        r.label = "abducts";
        r.cameo = "181";
    }
    if (r.cameo && !strcmp(r.cameo, "144") &&
        (ex_armed_code(subj->code) || ex_code_ends(subj->code, "COP"))) {
        /* "Israeli forces blocked main roads in Gaza": roads blocked by
         * troops or police are a blockade (191), not protesters'
         * obstruction (144) */
        r.type = "blockade";
        r.label = "blockades";
        r.cameo = "191";
    }
    if (r.cameo && !strcmp(r.cameo, "174") && !ex_armed_code(obj->code) &&
        !ex_code_ends(obj->code, "REF") &&
        ex_mass_count(st, t0, t1, obj) == 2) {
        /* "Uganda expelled 80,000 Asians", "expelled hundreds of
         * thousands of Yemeni workers": a people driven out by the
         * thousands is a mass expulsion (201), not a deportation
         * (asylum seekers and refugees sent back are deported, however
         * many) */
        r.type = "mass_violence";
        r.label = "commits mass violence against";
        r.cameo = "201";
    } else if (r.cameo &&
               (!strcmp(r.cameo, "190") || !strcmp(r.cameo, "1823") ||
                !strcmp(r.cameo, "175")) &&
               (!strcmp(rel->type, "kill") || !strcmp(rel->type, "assault")) &&
               !ex_armed_code(obj->code) &&
               (ex_mass_count(st, t0, t1, obj) == 2 ||
                (ex_mass_count(st, t0, t1, obj) == 1 &&
                 ex_civilian_code(obj->code)))) {
        /* "killed 8,000 Muslim men and boys", "murdered hundreds of
         * thousands of Cambodians", "killed hundreds of civilians": the
         * killing of unarmed people by the thousands, or of civilians by
         * the hundreds, is a mass killing (202), protesters' too ("the
         * army killed hundreds of protesters": more than repression) */
        r.type = "mass_violence";
        r.label = "commits mass violence against";
        r.cameo = "202";
    }
    if (r.cameo && !strcmp(r.cameo, "174") && ex_code_ends(obj->code, "MIL") &&
        ex_forces_noun(obj)) {
        /* "ordered French troops to leave": a force is not deported
         * people (a soldier may be); its expulsion is 166 */
        r.type = "expel";
        r.label = "expels";
        r.cameo = "166";
    }
    {
        kg_entity people;
        const kg_entity *o =
            ex_state_people(st, &r.object, subj, r.cameo, &people);
        if (o != &r.object)
            r.object = *o;
    }
    r.negated = negated;
    r.modality = modality;
    /* two decimals: the value survives the JSON round trip of kg extract |
     * kg merge exactly, so both paths build identical graphs */
    r.confidence = round(conf * 100.0) / 100.0;
    /* Offsets so far index the cleaned text; records cite the input's
     * bytes (they differ where NFC or UTF-8 repair changed lengths). */
    if (speaker) {
        spk = *speaker;
        ex_source_span(st, &spk);
        r.attributed_to = &spk;
    }
    kg_doc_source_span(st->doc, r.start, r.end, &r.start, &r.end);
    kg_doc_source_span(st->doc, r.rel_start, r.rel_end, &r.rel_start,
                       &r.rel_end);
    ex_source_span(st, &r.subject);
    ex_source_span(st, &r.object);
    if (st->stats && cb != ex_no_relation)
        st->stats->relations++;
    return cb(&r, payload);
}


/* Noun or verb reading of a trigger word, from the word before it:
 * "Russian trade" and "the trade" are nouns, "to trade", "Russia trades"
 * and "they trade" verbs.  Returns 1, 0, or -1 when undecided. */
static int ex_want_noun(ex_state *st, size_t i)
{
    const ex_tok *p;
    const ex_mention *m;
    if (ex_ends_ed(st, i))
        return 0;
    if (ex_tok_is(st, i + 1, "between"))
        return 1; /* "fierce battles between US troops and militants":
                   * a verb takes no "between" straight after it */
    if (i == 0)
        return -1;
    p = &st->toks[i - 1];
    if (!strcmp(p->lower, "to"))
        return 0;
    if (ex_ruled_out_gerund(st, i))
        return 0; /* "ruled out meeting Xi": the verb, refused */
    if (ex_time_opener(st) && i + 1 < st->ntoks && ex_is_ing(st, i) &&
        (i == 1 || (i == 2 && ex_is_quote(st, 0)))) {
        /* "After meeting Xi, Putin", "Before visiting the US, Abe": an
         * -ing form after the time word that opens the sentence, with an
         * object of its own, is a verb whose subject is the main
         * clause's ("After the meeting" stays a noun; mid-sentence, "he
         * said after meeting Blair", the subject is too often another
         * actor than the nearest) */
        const ex_tok *q = &st->toks[i + 1];
        m = ex_mention_at(st, i + 1);
        if (q->tag == KG_W_DET || q->tag == KG_W_POSS ||
            (m && m->t0 == i + 1 && !m->dropped && !m->ent.is_value &&
             !ex_is_date(&m->ent)))
            return 0;
    }
    if (ex_light_verb(st, i - 1))
        return 1; /* "provide support", "impose sanctions" */
    {
        /* "launched coordinated attacks on", "carried out deadly attacks
         * on", "staged nearly simultaneous attacks on": up to two
         * modifiers between the light verb and its noun */
        size_t j;
        for (j = i - 1; j > 0 && i - j <= 2; j--) {
            const ex_tok *a = &st->toks[j];
            if (a->kind != KG_TOK_WORD || a->tag != KG_W_NONE || a->trigger ||
                (a->flags & KG_TOKF_CAP) || ex_mention_at(st, j))
                break;
            if (ex_light_verb(st, j - 1))
                return 1;
        }
    }
    switch (p->tag) {
    case KG_W_DET:
    case KG_W_POSS:
    case KG_W_PREP:
        return 1;
    case KG_W_PRON:
    case KG_W_AUX:
    case KG_W_MODAL:
    case KG_W_FUTURE:
    case KG_W_NEG:
        return 0;
    default:
        break;
    }
    if ((m = ex_mention_at(st, i - 1)) != NULL && !m->ent.is_value) {
        /* "Russian trade", "his Western allies", "Turkey's NATO allies" */
        size_t b = m->t0;
        return m->kind == KG_NAME_DEMONYM ||
                       (b > 0 && (st->toks[b - 1].tag == KG_W_POSS ||
                                  st->toks[b - 1].tag == KG_W_DET ||
                                  ex_tok_is(st, b - 1, "s") ||
                                  ex_tok_is(st, b - 1, "'s")))
                   ? 1
                   : 0;
    }
    if (!strcmp(p->lower, "s") || !strcmp(p->lower, "'s"))
        return 1; /* Turkey's requests */
    if (i >= 2 && ex_ends_ed(st, i - 1) &&
        (st->toks[i - 2].tag == KG_W_DET || st->toks[i - 2].tag == KG_W_POSS ||
         ex_tok_is(st, i - 2, "s") || ex_tok_is(st, i - 2, "'s")))
        return 1; /* "Turkey's repeated requests", "the renewed talks" */
    {
        /* "a surprise visit", "his brief official visit": up to two
         * adjectives after an article (a verb would follow its noun:
         * "the ministers visit"); the noun must head its phrase ("a
         * reviving trade dispute" is a dispute) */
        size_t j = i, n;
        const ex_tok *q = i + 1 < st->ntoks ? &st->toks[i + 1] : NULL;
        if (q && q->kind == KG_TOK_WORD && q->tag == KG_W_NONE &&
            !(q->flags & KG_TOKF_CAP))
            return -1;
        for (n = 0; n < 2 && j >= 2; n++, j--) {
            const ex_tok *a = &st->toks[j - 1];
            if (a->kind != KG_TOK_WORD || a->tag != KG_W_NONE || a->trigger ||
                (a->flags & KG_TOKF_CAP) || ex_mention_at(st, j - 1))
                break;
            if (st->toks[j - 2].tag == KG_W_DET ||
                st->toks[j - 2].tag == KG_W_POSS)
                return 1;
        }
    }
    return -1;
}

/* Relations that hold both ways when several actors share them ("met",
 * "held talks", "clashed"): CAMEO's consultations (04) and a few more. */
static int ex_symmetric(const kg_onto_relation *rel)
{
    static const char *const types[] = {"meet", "negotiate", "cooperate",
                                        "trade", "clash", "fight", "talk",
                                        "relation", "partnership",
                                        "alliance", "friendship",
                                        "rivalry", "dispute", NULL};
    size_t k;
    /* a visit, a host and a mediator are not shared: "China, India and
     * Brazil were invited to attend" is no visit of each to each */
    if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
        strncmp(rel->cameo, "042", 3) != 0 &&
        strncmp(rel->cameo, "043", 3) != 0 &&
        strncmp(rel->cameo, "045", 3) != 0)
        return 1;
    for (k = 0; types[k]; k++)
        if (!strcmp(rel->type, types[k]))
            return 1;
    return 0;
}

/* "Bowing to pressure from the EU, Poland scrapped ...": for an -ing verb
 * at token i that opens the sentence (only quote marks before it), the
 * subject of the main clause: the actor right after the clause's first
 * comma past the trigger's span [i, t1) (an article before it), when a
 * lower-case word follows it ("Poland scrapped", "Peru's president
 * dismissed"); else NULL.  ("Speaking in Paris, Obama said" gives no
 * relation: "speak" is no trigger.) */
/* Does the sentence open (past quotes) with "after", "following",
 * "during", "before" or "on"? */
static int ex_time_opener(const ex_state *st)
{
    static const char *const time[] = {"after", "following", "during",
                                       "before", "on", NULL};
    size_t k = 0;
    while (k < st->ntoks && ex_is_quote(st, k))
        k++;
    return k < st->ntoks && ex_pronoun_is(&st->toks[k], time);
}

/* "Putin travelled to Beijing for a meeting with Xi", "flew to Moscow
 * for talks with": a consultation told as a noun after "for" (an article
 * and up to two words between) that ends a trip is the traveller's: the
 * subject of the verb of motion before it, with only a place phrase
 * between.  Returns the traveller's mention or NULL. */
static const ex_mention *ex_trip_subject(ex_state *st, size_t i)
{
    static const char *const go[] = {
        "travel",   "travels",  "travelled", "traveled", "travelling",
        "traveling", "go",      "goes",      "went",     "going",
        "fly",      "flies",    "flew",      "flying",   "arrive",
        "arrives",  "arrived",  "arriving",  "come",     "comes",
        "came",     "coming",   "head",      "heads",    "headed",
        "heading",  "return",   "returns",   "returned", "returning",
        "left",     "leave",    "leaves",    "leaving",  NULL};
    const ex_mention *sm;
    const kg_entity *subj;
    size_t k = i, words = 0;
    int pron;
    while (k > 0 && words < 3 &&
           (st->toks[k - 1].tag == KG_W_DET ||
            (st->toks[k - 1].kind == KG_TOK_WORD &&
             st->toks[k - 1].tag == KG_W_NONE &&
             !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
             !ex_mention_at(st, k - 1)))) {
        k--;
        words++;
    }
    if (k < 2 || !ex_tok_is(st, k - 1, "for"))
        return NULL;
    k--;
    /* a place phrase: "to Beijing", "in Moscow", "to the Chinese capital" */
    for (words = 0; k > 0 && words < 6; words++) {
        k--;
        if (ex_pronoun_is(&st->toks[k], go))
            break;
        if (st->toks[k].kind != KG_TOK_WORD ||
            (st->toks[k].tag != KG_W_PREP && st->toks[k].tag != KG_W_DET &&
             st->toks[k].tag != KG_W_NONE))
            return NULL;
    }
    if (!ex_pronoun_is(&st->toks[k], go))
        return NULL;
    subj = ex_subject(st, k, 0, 0, &sm, &pron);
    return subj && sm && !pron ? sm : NULL;
}

/* "Britain joined France in condemning Russia": for the -ing trigger at
 * token i whose subject sm stands right before "in", the actor that
 * joined sm (the subject of a form of "join" right before sm, articles
 * between), or NULL: both did it. */
static const kg_entity *ex_joined_in(ex_state *st, const ex_mention *sm,
                                     size_t i)
{
    static const char *const join[] = {"join", "joins", "joined",
                                       "joining", NULL};
    const ex_mention *jm;
    const kg_entity *j;
    size_t b;
    int pron;
    if (!sm || i < 2 || !ex_tok_is(st, i - 1, "in") || sm->t1 != i - 1 ||
        !ex_is_ing(st, i))
        return NULL;
    b = sm->t0;
    while (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    if (b < 2 || !ex_pronoun_is(&st->toks[b - 1], join))
        return NULL;
    j = ex_subject(st, b - 1, 0, 0, &jm, &pron);
    return j && !ex_same_id(j, &sm->ent) ? j : NULL;
}

/* "despite", or "in spite of", which says the same, at token i: the
 * number of its tokens, else 0. */
static size_t ex_despite_at(const ex_state *st, size_t i)
{
    if (ex_tok_is(st, i, "despite"))
        return 1;
    return i + 2 < st->ntoks && ex_tok_is(st, i, "in") &&
                   ex_tok_is(st, i + 1, "spite") && ex_tok_is(st, i + 2, "of")
               ? 3
               : 0;
}

static const ex_mention *ex_opener_subject(const ex_state *st, size_t i,
                                           size_t t1)
{
    static const char *const openers[] = {
        "after", "before",  "while", "since",     "upon",   "on",
        "when",  "despite", "by",    "following", "amid",   "during",
        NULL};
    const ex_mention *m;
    size_t j, k = 0;
    while (k < i && ex_is_quote(st, k))
        k++;
    /* ("After meeting Xi, Putin praised", "Following talks with Xi,
     * Putin said": one word that opens the clause, or "in spite of",
     * which is "despite"; before a noun, an article or one more word may
     * follow it) */
    if (k < i && (ex_pronoun_is(&st->toks[k], openers) ||
                  ex_despite_at(st, k) > 1)) {
        k += ex_despite_at(st, k) > 1 ? 3 : 1;
        if (k < i && st->toks[k].tag == KG_W_DET)
            k++;
        if (k < i && k + 1 == i && !ex_is_ing(st, i) &&
            st->toks[k].kind == KG_TOK_WORD &&
            st->toks[k].tag == KG_W_NONE && !st->toks[k].covered)
            k++;
    }
    if (k != i)
        return NULL;
    for (j = t1; j < st->ntoks && !ex_tok_punct(st, j, ','); j++)
        if (st->toks[j].kind == KG_TOK_PUNCT &&
            (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
             ex_tok_punct(st, j, ':') || ex_is_quote(st, j)))
            return NULL;
    if (++j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || (m = ex_mention_at(st, j)) == NULL || m->t0 != j ||
        m->dropped || m->ent.is_value || ex_is_date(&m->ent) ||
        m->t1 >= st->ntoks)
        return NULL;
    j = m->t1;
    if (ex_tok_is(st, j, "'s") && j + 2 < st->ntoks &&
        st->toks[j + 1].kind == KG_TOK_WORD)
        j += 2; /* (the possessor's role, when kg did not join them) */
    return j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
                   !(st->toks[j].flags & KG_TOKF_CAP) &&
                   (st->toks[j].tag == KG_W_NONE ||
                    st->toks[j].tag == KG_W_AUX ||
                    st->toks[j].tag == KG_W_FUTURE ||
                    st->toks[j].tag == KG_W_SPEECH)
               ? m
               : NULL;
}

/* Acts that coordinated subjects with no object do together, each with
 * the other, when a verb says so: "Israel and the UAE signed an accord",
 * "Chile and Argentina pooled their resources", "Russia and China held
 * joint exercises", "shared intelligence", "exchanged prisoners", "Israel
 * and Hamas agreed to a ceasefire" (a truce both sides agree to is each
 * side's truce with the other).  (Not the nouns: "the Nokia and Microsoft
 * deal" may be two deals.) */
static int ex_shared_act(const kg_onto_relation *rel)
{
    static const char *const types[] = {
        "sign", "cooperate_materially", "cooperate_militarily",
        "cooperate_economically", "share_intelligence", "exchange",
        "ceasefire", NULL};
    size_t k;
    for (k = 0; types[k]; k++)
        if (!strcmp(rel->type, types[k]))
            return 1;
    /* "Russia and Ukraine agreed to hold talks", "India and Japan agreed
     * to boost trade": an agreement to do what is done with a partner
     * (the entry's preposition is "with") binds each to the other; not
     * "the US and Britain agreed to provide aid" (to a third party) */
    return !strncmp(rel->pattern, "agree ", 6) && rel->prep &&
           ex_in_list(rel->prep, "with");
}

/* Where the conjunct whose actor starts at token t0 starts: its
 * determiner and up to two adjectives ("and the evil awful Gondor",
 * "and neighbouring Iraq"; not participles or triggers: "and seized
 * Crimea" is a verb phrase). */
static size_t ex_conjunct_start(const ex_state *st, size_t t0)
{
    size_t j = t0, words = 0, t;
    if (j > 1 && ex_faith_before_group(st, j - 1))
        j--; /* "US forces and Shia militiamen" */
    /* "Yeutter and Agriculture Secretary Richard Lyng": a title before a
     * name that did not join its mention (an unknown name's) */
    for (t = t0 > 4 ? t0 - 4 : 1; t < t0; t++) {
        const char *agent;
        if (ex_match_title(st, t, &agent) ==
                t0 - t &&
            !ex_mention_at(st, t)) {
            j = t;
            break;
        }
    }
    while (j > 0 && words < 2) {
        const ex_tok *k = &st->toks[j - 1];
        size_t n = strlen(k->lower);
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE || k->trigger ||
            ex_mention_at(st, j - 1) || ex_ends_ed(st, j - 1) ||
            (k->flags & KG_TOKF_CAP) ||
            (n > 4 && !strcmp(k->lower + n - 3, "ing")))
            break;
        words++;
        j--;
    }
    if (words && !(j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                             ex_tok_is(st, j - 1, "and") ||
                             ex_tok_punct(st, j - 1, ','))))
        j = t0; /* "Russia and Iran" only through "and" or a comma */
    while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    return j;
}

/* "X held talks with Y", "X negotiated with Y": a negotiation (046) has
 * no active side; Y negotiates with X as much, so both directions are
 * coded (PETRARCH does the same).  A meeting (040) or a visit is kept one
 * way: who met or visited whom is news ("Erdogan met Putin in Sochi"),
 * and both ways cost the unit suite four extra events when tried. */
static int ex_mutual_act(const kg_onto_relation *rel)
{
    return !rel->noun && rel->cameo && strcmp(rel->cameo, "046") == 0;
}

/* "Neither Russia nor Ukraine attacked", "attacked neither Russia nor
 * Ukraine": is the actor m a member of a "neither ... nor" list (right
 * after "neither" or "nor", articles aside)?  What such a list did, none
 * of its members did. */
static int ex_neither_member(const ex_state *st, const ex_mention *m)
{
    size_t j = m->t0;
    while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    return j > 0 && (ex_tok_is(st, j - 1, "neither") ||
                     ex_tok_is(st, j - 1, "nor"));
}

/* Mentions joined to m from the left by "and", "nor" or a comma ("Brazil and
 * the United States", "Russia, China and Iran"): up to max of them. */
static size_t ex_coordinated(const ex_state *st, const ex_mention *m,
                             const kg_entity **out, size_t max)
{
    size_t n = 0, j;
    while (m && n < max && m->t0 > 1) {
        const ex_mention *p;
        j = ex_conjunct_start(st, m->t0);
        if (j < 2 || !(ex_tok_is(st, j - 1, "and") ||
                       ex_tok_is(st, j - 1, "nor") ||
                       (n > 0 && ex_tok_punct(st, j - 1, ','))))
            break; /* (a list ends in "and": "In Syria, Erdogan said") */
        if (ex_tok_is(st, j - 1, "and") && j >= 3 &&
            ex_tok_punct(st, j - 2, ','))
            j--; /* "the US, Russia, and Switzerland" */
        p = ex_mention_at(st, j - 2);
        if (!p || p->dropped || p->ent.is_value || p->t1 != j - 1 ||
            st->toks[p->t0].paren)
            break;
        {
            /* "attacked Gaza, and Hamas fired": the object of a verb
             * that related is no subject of the next clause */
            size_t b = p->t0;
            while (b > 0 && st->toks[b - 1].tag == KG_W_DET)
                b--;
            if (b > 0 && st->toks[b - 1].trigger)
                break;
            /* ", and" ends a list of three or more ("the US, Russia, and
             * Switzerland"); after a lone actor it joins clauses:
             * "killed 11 people, including one American soldier, and
             * Rumsfeld visited", "admires India and China's Xi, and
             * India's cooperation" */
            if (n == 0 && ex_tok_punct(st, p->t1, ',') &&
                !((b = ex_conjunct_start(st, p->t0)) > 0 &&
                  ex_tok_punct(st, b - 1, ',')))
                break;
        }
        out[n++] = &p->ent;
        m = p;
    }
    return n;
}

/* Is the verb at token i passive: a participle after a form of "be"
 * ("were released", "was blocked", "has been accused")? */
/* May token i be a past participle: -ed, -en, or an irregular form the
 * lexicon lists ("held", "shot")? */
static int ex_participle_form(const ex_state *st, size_t i)
{
    const char *w = st->toks[i].lower;
    size_t n = strlen(w);
    return ex_ends_ed(st, i) || (n > 3 && !strcmp(w + n - 2, "en")) ||
           kg_onto__irregular(st->onto, w) != NULL;
}

static int ex_is_passive(const ex_state *st, size_t i)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", "be", "am", "'s", NULL};
    size_t j;
    if (!ex_participle_form(st, i))
        return 0;
    /* allow an adverb between: "was also blocked" (not a word of a name:
     * in "Russia's army attacked" the "'s" is no "is") */
    for (j = i; j-- > 0 && i - j <= 2;) {
        /* a word of a name, or a possessive "'s" ("China's envoy met",
         * not "he's been met") */
        if (st->toks[j].covered ||
            (ex_tok_is(st, j, "'s") && j + 1 < i &&
             !ex_tok_is(st, j + 1, "been")))
            return 0;
        if (ex_pronoun_is(&st->toks[j], be))
            return 1;
        if (st->toks[j].kind != KG_TOK_WORD ||
            (st->toks[j].tag != KG_W_NONE && st->toks[j].tag != KG_W_NEG))
            return 0;
    }
    return 0;
}

/* The agent of a passive verb: the actor after "by" in the next few
 * tokens ("were released yesterday by Putin himself"), or NULL. */
static const kg_entity *ex_by_agent(const ex_state *st, size_t t1)
{
    size_t j;
    for (j = t1; j < st->ntoks && j < t1 + 8; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, '.'))
            return NULL;
        if (ex_tok_is(st, j, "by")) {
            size_t k = j + 1;
            const ex_mention *m;
            while (k < st->ntoks && st->toks[k].tag == KG_W_DET)
                k++;
            m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
            return m && !m->dropped && !m->ent.is_value ? &m->ent : NULL;
        }
    }
    return NULL;
}

/* "were shot dead by Afghan and U.S.-led troops", "killed by Afghan
 * troops and US soldiers": the actors coordinated after a passive verb's
 * agent (right after "by"), up to max of them, into out.  A list ends in
 * "and"; a member that a verb follows opens a clause of its own ("was
 * attacked by Israel and Hamas fired rockets"); members are coded
 * actors. */
static size_t ex_by_coagents(const ex_state *st, size_t t1,
                             const kg_entity *agent, const kg_entity **out,
                             size_t max)
{
    size_t j, n = 0;
    const ex_mention *m = NULL;
    for (j = t1; j < st->ntoks && j < t1 + 8 && !m; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, '.'))
            return 0;
        if (ex_tok_is(st, j, "by")) {
            size_t k = j + 1;
            while (k < st->ntoks && (st->toks[k].tag == KG_W_DET ||
                                     st->toks[k].tag == KG_W_POSS))
                k++;
            m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
            if (!m || m->dropped || &m->ent != agent)
                return 0;
        }
    }
    while (m && n < max && m->t1 + 1 < st->ntoks) {
        size_t k = m->t1 + 1;
        int last = ex_tok_is(st, m->t1, "and");
        const ex_mention *p;
        if (!last && !ex_tok_punct(st, m->t1, ','))
            break;
        if (ex_tok_punct(st, m->t1, ',') && ex_tok_is(st, k, "and")) {
            k++;
            last = 1;
        }
        while (k < st->ntoks && st->toks[k].tag == KG_W_DET)
            k++;
        p = k < st->ntoks ? ex_mention_at(st, k) : NULL;
        /* (only coded actors: a name kg does not know may be the tail of
         * one with "and" in it, "the Securities and Exchange Commission",
         * "the Department of Trade and Industry") */
        if (!p || p->t0 != k || p->dropped || p->ent.is_value ||
            !p->ent.code || !*p->ent.code || ex_verb_starts(st, p->t1))
            break;
        out[n++] = &p->ent;
        m = p;
        if (last)
            break;
    }
    return n;
}

/* "the seizure by Iran of a British tanker", "the expulsion of Russian
 * diplomats by Poland": a noun entry with "of" whose "by" phrase names the
 * actor, before or after the "of" phrase.  Returns the agent's mention and
 * sets *om to the object's, or NULL.  (The agent must be a coded actor:
 * "the killing of two soldiers by a roadside bomb" names a weapon.) */
static const ex_mention *ex_by_of(ex_state *st, const kg_onto_relation *rel,
                                  const kg_entity *subj, size_t i, size_t t1,
                                  const ex_mention **om)
{
    const kg_entity *o[1];
    const ex_mention *am = NULL;
    size_t j, start = t1;
    /* (also the entry's own preposition: "the attack on Israel by
     * Hamas", "a visit to Moscow by Shultz"; there an actor of the
     * noun's own phrase is its agent, and "by" may belong to another
     * noun: "confirmation of a U.S. Navy attack on an Iranian platform
     * by the Defence Secretary") */
    if (!rel->noun || !rel->prep || t1 + 2 >= st->ntoks ||
        (subj && !ex_in_list(rel->prep, "of")))
        return NULL;
    if (ex_tok_is(st, t1, "by")) {
        /* "the seizure by Iran of" */
        for (j = t1 + 1; j < st->ntoks && st->toks[j].tag == KG_W_DET; j++)
            ;
        am = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (!am || am->t0 != j || am->dropped || am->t1 >= st->ntoks ||
            !ex_in_list(rel->prep, st->toks[am->t1].lower))
            return NULL;
        start = am->t1;
    } else if (!ex_in_list(rel->prep, st->toks[t1].lower)) {
        return NULL;
    }
    if (ex_objects(st, start, rel, subj, i, o, om, 1) != 1 || !*om)
        return NULL;
    if (!am) {
        /* "the expulsion of Russian diplomats by Poland": "by" right after
         * the object's phrase (a word or two of it may follow) */
        for (j = (*om)->t1; j < st->ntoks && j < (*om)->t1 + 3; j++)
            if (ex_tok_is(st, j, "by") ||
                st->toks[j].kind != KG_TOK_WORD ||
                st->toks[j].tag != KG_W_NONE)
                break;
        if (j >= st->ntoks || !ex_tok_is(st, j, "by"))
            return NULL;
        for (j++; j < st->ntoks && st->toks[j].tag == KG_W_DET; j++)
            ;
        am = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (!am || am->t0 != j || am->dropped)
            return NULL;
    }
    if (am->ent.is_value || !am->ent.code || !*am->ent.code ||
        ex_same_id(&am->ent, &(*om)->ent) ||
        /* ("the rejection of the Oklahoma City package by union locals":
         * an unknown name before a noun names a thing) */
        (!ex_is_person(&(*om)->ent) &&
         (!(*om)->ent.code || !*(*om)->ent.code)))
        return NULL;
    return am;
}

/* "Haiti's appeal for foreign troops was turned down by Canada", "Russia's
 * embassy in Kenya was attacked": when the actor nearest a passive verb
 * (m) stands in a phrase after a possessed noun, that noun is the
 * subject and what the verb does, it does to the possessor.  Returns the
 * possessor's mention, or NULL. */
static const ex_mention *ex_possessed_subject(const ex_state *st,
                                              const ex_mention *m)
{
    size_t j, lo;
    const ex_mention *p;
    if (!m || m->t0 < 4)
        return NULL;
    lo = m->t0 > 14 ? m->t0 - 14 : 0;
    for (j = m->t0; j-- > lo + 1;) {
        const ex_tok *k = &st->toks[j];
        if (k->kind != KG_TOK_WORD || k->tag == KG_W_SUB ||
            k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
            k->tag == KG_W_SPEECH)
            return NULL;
        /* (an act only inside the noun's phrase: "bid to join the EU",
         * "offer of talks with") */
        if (k->trigger && !(ex_tok_is(st, j - 1, "to") ||
                            st->toks[j - 1].tag == KG_W_PREP))
            return NULL;
        if (!ex_tok_is(st, j, "'s") && !ex_tok_is(st, j, "s"))
            continue;
        /* X 's NOUN PREP|to ...: the head noun right after, its phrase
         * opening right after it */
        p = ex_mention_at(st, j - 1);
        if (!p || p->t1 != j || p->dropped || p->ent.is_value ||
            j + 2 >= m->t0 || st->toks[j + 1].tag != KG_W_NONE ||
            st->toks[j + 1].covered ||
            !(st->toks[j + 2].tag == KG_W_PREP || ex_tok_is(st, j + 2, "to")))
            return NULL;
        return p;
    }
    return NULL;
}

/* "France deployed troops to help Mali", "Germany sent its foreign
 * minister to Moscow to meet Putin", "Biden flew to Israel to meet": the
 * actor nearest an infinitive of purpose (at i, after "to") is what was
 * sent or where it went; the one who sent or went, the clause's subject,
 * is the infinitive's actor.  Returns that subject's mention, or NULL. */
static const ex_mention *ex_purpose_subject(ex_state *st,
                                            const ex_mention *sm, size_t i)
{
    static const char *const motion[] = {
        "send", "dispatch", "deploy", "fly",    "travel", "go",   "head",
        "come", "return",   "arrive", "rush",   "sent",   "flew", "went",
        "came", "arrived",  "travelled", "traveled", NULL};
    const ex_mention *cm;
    const char *c;
    size_t j, k, p = i - 1;
    int found = 0;
    /* (or a noun after "for": "arrived in Beijing for talks with Xi") */
    while (p > 0 && st->toks[p].tag == KG_W_DET)
        p--;
    if (i < 3 || sm->t1 != p ||
        (!(ex_tok_is(st, p, "to") && p + 1 == i) &&
         !ex_tok_is(st, p, "for")))
        return NULL;
    for (j = sm->t0; j-- > 0 && sm->t0 - j <= 5 && !found;) {
        if (st->toks[j].kind != KG_TOK_WORD || st->toks[j].tag == KG_W_SUB ||
            ex_mention_at(st, j))
            return NULL;
        if (ex_pronoun_is(&st->toks[j], motion))
            found = 1;
        for (k = 0; !found && (c = ex_lemma(j, k, st)) != NULL; k++)
            if (ex_in_list("send;dispatch;deploy;fly;travel;go;head;come;"
                           "return;arrive;rush",
                           c))
                found = 1;
        if (found)
            break;
    }
    if (!found)
        return NULL;
    cm = ex_last_subject(st, j, i, 0);
    if (!cm || cm == sm || !cm->ent.code || !cm->ent.code[0] ||
        cm->ent.code[0] == '-')
        return NULL;
    return cm;
}

/* A mediation (CAMEO 045): done by a third party to both sides, never
 * by one side to the other. */
static int ex_mediation(const kg_onto_relation *rel)
{
    return rel->cameo && !strncmp(rel->cameo, "045", 3);
}

/* ---- "Sanctions were imposed on Iran by the United States" ------------- */

/* The lemmas of "<verb> <head> <the words after the verb>": a passive
 * read as its active verb + object ("were imposed on" as "impose sanction
 * on", "was fired at" as "fire rocket at"). */
typedef struct ex_passive_view {
    ex_state *st;
    size_t verb, head;
} ex_passive_view;

static const char *ex_passive_lemma(size_t i, size_t j, void *payload)
{
    const ex_passive_view *v = payload;
    if (i == 0)
        return ex_lemma(v->verb, j, v->st);
    if (i == 1)
        return ex_lemma(v->head, j, v->st);
    return ex_lemma(v->verb + i - 1, j, v->st);
}

static size_t ex_skip_when(const ex_state *st, size_t j);

/* The actor mention that starts at token j past determiners, or NULL. */
static const ex_mention *ex_actor_from(const ex_state *st, size_t j)
{
    const ex_mention *m;
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? m : NULL;
}

/* "Sanctions were imposed on Iran by the United States", "A rocket was
 * fired at Israel by Hamas", "A treaty was signed by Russia and China":
 * the passive of a verb + noun entry whose noun is the clause's subject
 * (a thing, not an actor).  The agent after "by" acts on the actor of the
 * entry's preposition right after the verb; with no such actor, a
 * relation that holds both ways or is done "with" someone ("held",
 * "signed") joins the agents coordinated after "by". */
static int ex_passive_objects(ex_state *st, const kg_sentence *s, size_t idx,
                              ex_emitted *seen, size_t *nseen,
                              kg_relation_cb cb, void *payload)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", "be", NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK; /* a coded agent follows "by" */
    for (i = 2; i + 2 < st->ntoks; i++) {
        ex_passive_view view;
        const kg_onto_relation *rel;
        const ex_mention *om = NULL, *am, *am2 = NULL;
        const char *modality, *last;
        size_t b, j, ntok, after;
        int negated;
        if (st->toks[i].trigger || st->toks[i].covered ||
            !ex_is_passive(st, i))
            continue;
        for (b = i - 1; b > 0 && i - b <= 2 && !ex_pronoun_is(&st->toks[b], be);
             b--)
            ;
        if (!ex_pronoun_is(&st->toks[b], be))
            continue;
        /* "have been imposed", "will be signed", "were not signed" */
        while (b > 0 && (ex_pronoun_is(&st->toks[b - 1], be) ||
                         st->toks[b - 1].tag == KG_W_AUX ||
                         st->toks[b - 1].tag == KG_W_MODAL ||
                         st->toks[b - 1].tag == KG_W_FUTURE ||
                         st->toks[b - 1].tag == KG_W_NEG))
            b--;
        /* the subject's head noun: a plain word right before the verb
         * group (an actor there makes an ordinary passive) */
        if (b == 0 || st->toks[b - 1].kind != KG_TOK_WORD ||
            st->toks[b - 1].tag != KG_W_NONE || st->toks[b - 1].covered ||
            st->toks[b - 1].trigger)
            continue;
        view.st = st;
        view.verb = i;
        view.head = b - 1;
        if (!kg_onto__match_relation(st->onto, st->ntoks - i + 1, 0, 0,
                                     ex_passive_lemma, &view, &rel, &ntok) ||
            ntok < 2 || rel->noun || !rel->cameo || !*rel->cameo)
            continue;
        /* ntok counts the verb and the head; the rest lie after the verb */
        after = i + 1 + (ntok - 2);
        last = ntok > 2 ? st->toks[after - 1].lower : NULL;
        j = ex_skip_when(st, after);
        if (last && ex_in_list("at;on;against;to;with;into", last)) {
            /* "fire * rocket at": the entry's own preposition */
            om = ex_actor_from(st, after);
        } else if (j < st->ntoks && rel->prep &&
                   ex_in_list(rel->prep, st->toks[j].lower)) {
            om = ex_actor_from(st, j + 1);
        }
        j = om ? ex_skip_when(st, om->t1) : j;
        if (j >= st->ntoks || !ex_tok_is(st, j, "by"))
            continue;
        if (!(am = ex_actor_from(st, j + 1)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        if (am->t1 + 1 < st->ntoks && ex_tok_is(st, am->t1, "and"))
            am2 = ex_actor_from(st, am->t1 + 1);
        /* (an act "with" someone is joint when its agents are named
         * together: "signed by Russia and China") */
        if (!om && !(am2 && (ex_symmetric(rel) ||
                             (rel->prep && ex_in_list(rel->prep, "with")))))
            continue;
        ex_cues(st, b, i, &negated, &modality);
        if (om) {
            if (ex_same_id(&am->ent, &om->ent))
                continue;
            if ((err = ex_emit(st, s, idx, &am->ent, &om->ent, rel, i, i + 1,
                               negated, modality, NULL, 0.6, seen, nseen, cb,
                               payload)) != 0)
                return err;
            continue;
        }
        if (ex_same_id(&am->ent, &am2->ent))
            continue;
        if ((err = ex_emit(st, s, idx, &am->ent, &am2->ent, rel, i, i + 1,
                           negated, modality, NULL, 0.6, seen, nseen, cb,
                           payload)) != 0 ||
            (err = ex_emit(st, s, idx, &am2->ent, &am->ent, rel, i, i + 1,
                           negated, modality, NULL, 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "The Russian ambassador was summoned by Poland": a passive whose
 * subject's head noun is the noun of a verb + noun entry ("summon *
 * ambassador", 114) is that entry, not the bare verb's (040).  Returns
 * the entry, or NULL when the head adds nothing. */
static const kg_onto_relation *ex_passive_head_entry(ex_state *st,
                                                     const ex_mention *sm,
                                                     size_t verb)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", "be", NULL};
    ex_passive_view view;
    const kg_onto_relation *rel;
    size_t ntok, h = verb;
    if (!sm || sm->t1 > verb)
        return NULL;
    /* the head: the word before the verb group, the mention's last or a
     * plain noun after it ("the Turkish ambassador", "Russia's envoy") */
    while (h > sm->t0 && (ex_pronoun_is(&st->toks[h - 1], be) ||
                          st->toks[h - 1].tag == KG_W_AUX ||
                          st->toks[h - 1].tag == KG_W_MODAL ||
                          st->toks[h - 1].tag == KG_W_FUTURE ||
                          st->toks[h - 1].tag == KG_W_NEG))
        h--;
    if (h <= sm->t0 || h - 1 > sm->t1 ||
        st->toks[h - 1].kind != KG_TOK_WORD)
        return NULL;
    view.st = st;
    view.verb = verb;
    view.head = h - 1;
    /* (exactly the verb and the head: words after the verb belong to
     * the ordinary reading) */
    if (!kg_onto__match_relation(st->onto, 2, 0, 0, ex_passive_lemma, &view,
                                 &rel, &ntok) ||
        ntok != 2 || rel->noun || !rel->cameo || !*rel->cameo)
        return NULL;
    return rel;
}

/* "Iran was hit with new US sanctions", "Gaza was hit with Israeli
 * airstrikes": a passive with no "by" whose entry ends in the
 * instrument noun, modified by a coded actor right before it in the
 * entry's gap; that actor wields the instrument.  NULL when none. */
static const kg_entity *ex_instrument_agent(const ex_state *st, size_t i,
                                            size_t t1,
                                            const kg_onto_relation *rel)
{
    const ex_mention *m;
    if (t1 < i + 3 || !strchr(rel->pattern, '*') ||
        st->toks[t1 - 1].tag != KG_W_NONE)
        return NULL;
    m = ex_mention_at(st, t1 - 2);
    if (!m || m->t1 != t1 - 1 || m->t0 <= i + 1 || m->dropped ||
        m->ent.is_value || !m->ent.code || !*m->ent.code)
        return NULL;
    return &m->ent;
}

/* ---- "Japan, backed by the US, protested" ------------------------------ */

/* "Japan, backed by the US, protested to China", "Britain and West
 * Germany, backed by the Netherlands and Denmark, opposed": a passive
 * participle between commas right after an actor, with its agent after
 * "by", is the agent's act on that actor (the actors joined to it by
 * "and" too). */
static int ex_comma_passives(ex_state *st, const kg_sentence *s, size_t idx,
                             ex_emitted *seen, size_t *nseen,
                             kg_relation_cb cb, void *payload)
{
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK; /* "backed by" a coded actor */
    for (i = 2; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *xm, *am, *am2 = NULL;
        const kg_entity *xs[EX_MAX_OBJECTS];
        size_t ntok, nx, a, q, end;
        if (st->toks[i].trigger || st->toks[i].covered ||
            st->toks[i].quote || !ex_tok_punct(st, i - 1, ',') ||
            !ex_participle_form(st, i) || !ex_tok_is(st, i + 1, "by"))
            continue;
        if (!(xm = ex_mention_at(st, i - 2)) || xm->t1 != i - 1 ||
            xm->dropped || xm->ent.is_value)
            continue;
        if (!kg_onto__match_relation(st->onto, i + 1, i, 0, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1 || rel->noun || !rel->cameo || !*rel->cameo ||
            rel->prep)
            continue;
        if (!(am = ex_actor_from(st, i + 2)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        end = am->t1;
        if (end + 1 < st->ntoks && ex_tok_is(st, end, "and") &&
            (am2 = ex_actor_from(st, end + 1)) != NULL)
            end = am2->t1;
        /* the aside closes: "backed by the US, protested", "arrested by
         * police on Monday, was freed" */
        end = ex_skip_when(st, end);
        if (end >= st->ntoks || !ex_tok_punct(st, end, ','))
            continue;
        xs[0] = &xm->ent;
        nx = 1 + ex_coordinated(st, xm, xs + 1, EX_MAX_OBJECTS - 1);
        for (a = 0; a < 2; a++) {
            const ex_mention *ag = a ? am2 : am;
            if (!ag)
                continue;
            for (q = 0; q < nx; q++) {
                if (ex_same_id(&ag->ent, xs[q]))
                    continue;
                if ((err = ex_emit(st, s, idx, &ag->ent, xs[q], rel, i,
                                   i + 1, 0, "asserted", NULL, 0.6, seen,
                                   nseen, cb, payload)) != 0)
                    return err;
            }
        }
    }
    return KG_OK;
}

/* "A Turkish engineer abducted by a militant gang was found dead", "Iraqi
 * prisoners abused by US soldiers": a past participle with no comma and
 * no "be" before it, right after an actor's noun phrase (its head may be
 * one or two plain nouns after the actor: "Turkish engineer"; an adverb
 * may follow it: "purportedly kidnapped") and right before "by" and a
 * coded actor, is a reduced relative clause: the
 * agent's act on that actor.  (An actor acting on its own people, "troops
 * deployed by Britain", is left to the main scan; so is a participle the
 * main scan read already.) */
static int ex_noun_passives(ex_state *st, const kg_sentence *s, size_t idx,
                            ex_emitted *seen, size_t *nseen,
                            kg_relation_cb cb, void *payload)
{
    size_t i;
    int err;
    for (i = 2; i + 2 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *xm = NULL, *am, *am2 = NULL;
        const kg_entity *xs[EX_MAX_OBJECTS];
        size_t ntok, nx, a, q, k, h, e = i, en;
        if (st->toks[i].trigger || st->toks[i].covered ||
            st->toks[i].quote || !ex_tok_is(st, i + 1, "by") ||
            !ex_participle_form(st, i) || ex_is_passive(st, i) ||
            st->toks[i - 1].tag == KG_W_AUX)
            continue;
        /* ("a journalist purportedly kidnapped by") */
        en = strlen(st->toks[e - 1].lower);
        if (e > 2 && en > 4 && st->toks[e - 1].kind == KG_TOK_WORD &&
            !(st->toks[e - 1].flags & KG_TOKF_CAP) &&
            !strcmp(st->toks[e - 1].lower + en - 2, "ly"))
            e--;
        /* the actor, then at most two plain lower-case nouns */
        for (h = 0; h <= 2 && h < e; h++) {
            const ex_mention *m = ex_mention_at(st, e - 1 - h);
            size_t kn;
            if (m && m->t1 == e - h) {
                xm = m;
                break;
            }
            k = e - 1 - h;
            kn = strlen(st->toks[k].lower);
            if (m || st->toks[k].kind != KG_TOK_WORD ||
                st->toks[k].tag != KG_W_NONE ||
                (st->toks[k].flags & KG_TOKF_CAP) ||
                (kn > 2 && !strcmp(st->toks[k].lower + kn - 2, "ly")) ||
                ex_participle_form(st, k))
                break;
        }
        if (!xm || xm->dropped || xm->ent.is_value || !xm->ent.code ||
            !*xm->ent.code)
            continue;
        if (!kg_onto__match_relation(st->onto, i + 1, i, 0, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1 || rel->noun || !rel->cameo || !*rel->cameo ||
            rel->prep)
            continue;
        if (!(am = ex_actor_from(st, i + 2)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        if (am->t1 + 1 < st->ntoks && ex_tok_is(st, am->t1, "and"))
            am2 = ex_actor_from(st, am->t1 + 1);
        xs[0] = &xm->ent;
        nx = 1 + ex_coordinated(st, xm, xs + 1, EX_MAX_OBJECTS - 1);
        for (a = 0; a < 2; a++) {
            const ex_mention *ag = a ? am2 : am;
            if (!ag || !ag->ent.code || !*ag->ent.code)
                continue;
            for (q = 0; q < nx; q++) {
                if (ex_same_id(&ag->ent, xs[q]) ||
                    (ag->ent.country && xs[q]->country &&
                     !strcmp(ag->ent.country, xs[q]->country)))
                    continue;
                if ((err = ex_emit(st, s, idx, &ag->ent, xs[q], rel, i,
                                   i + 1, 0, "asserted", NULL, 0.5, seen,
                                   nseen, cb, payload)) != 0)
                    return err;
            }
        }
    }
    return KG_OK;
}

/* "Hungary vetoed the aid package, a move condemned by the EU": an
 * aside that names the clause's act as a move, step or decision and a
 * passive participle with its agent is the agent's act on the clause's
 * subject. */
static int ex_move_asides(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload)
{
    static const char *const moves[] = {"move", "step", "decision",
                                        "measure", "action", NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK; /* "condemned by" a coded actor */
    for (i = 3; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *am, *xm;
        size_t ntok, c, v = i + 1;
        if (!ex_pronoun_is(&st->toks[i], moves) ||
            st->toks[i - 1].tag != KG_W_DET ||
            !ex_tok_punct(st, i - 2, ',') || st->toks[i].quote)
            continue;
        c = i - 2;
        /* ("a move sharply criticised by") */
        if (v + 1 < st->ntoks && !ex_participle_form(st, v))
            v = ex_skip_when(st, v);
        if (v + 2 >= st->ntoks || st->toks[v].trigger ||
            st->toks[v].covered || !ex_participle_form(st, v) ||
            !ex_tok_is(st, v + 1, "by"))
            continue;
        if (!kg_onto__match_relation(st->onto, v + 1, v, 0, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1 || rel->noun || !rel->cameo || !*rel->cameo ||
            rel->prep)
            continue;
        if (!(am = ex_actor_from(st, v + 2)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        if (!(xm = ex_last_subject(st, c, c, 1)) ||
            ex_same_id(&am->ent, &xm->ent))
            continue;
        if ((err = ex_emit(st, s, idx, &am->ent, &xm->ent, rel, v, v + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "Ukrainian civilians died in Russian shelling" ------------------- */

/* "Ten Ukrainian civilians died in Russian shelling", "Three Syrian
 * soldiers were wounded in a Turkish drone strike": the victims of an
 * act of force told as a noun after "killed in" / "died in" are its
 * object, when the noun names its actor in its own phrase and no object
 * of its own (the noun was read as no relation).  The noun's actor must
 * stand right before it, or one word (a weapon: "tank shelling") before
 * it. */
static int ex_harmed_in(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    static const char *const harmed[] = {"killed",  "wounded", "injured",
                                         "hurt",    "died",    "maimed",
                                         NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_IN) || !ex_coded_actors(st, 1))
        return KG_OK; /* "killed in" a coded actor's act */
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *am, *vm;
        const kg_entity *victim;
        size_t j, k, ntok;
        int pron, negated;
        const char *modality;
        if (st->toks[i].quote || !ex_pronoun_is(&st->toks[i], harmed) ||
            !ex_tok_is(st, i + 1, "in"))
            continue;
        j = i + 2;
        while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        if (!(am = ex_actor_from(st, j)) || !am->ent.code ||
            !*am->ent.code || am->ent.code[0] == '-')
            continue;
        /* (a demonym or a group; a place says where: "killed in a
         * Baghdad rocket attack") */
        if (am->kind != KG_NAME_DEMONYM &&
            (!am->ent.type || !strcmp(am->ent.type, "Country") ||
             !strcmp(am->ent.type, "Place")))
            continue;
        for (k = am->t1; k < st->ntoks && k <= am->t1 + 1; k++) {
            if (st->toks[k].kind != KG_TOK_WORD ||
                st->toks[k].tag != KG_W_NONE || st->toks[k].covered)
                break;
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok))
                break;
        }
        if (k >= st->ntoks || k > am->t1 + 1 ||
            st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag != KG_W_NONE || st->toks[k].covered ||
            st->toks[k].trigger ||
            !kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma, st,
                                     &rel, &ntok) ||
            rel->quad != 4 || !rel->cameo || !*rel->cameo)
            continue;
        /* (an object of its own was the main reading's: "in an Israeli
         * air strike on Gaza") */
        if (k + ntok < st->ntoks && rel->prep &&
            ex_in_list(rel->prep, st->toks[k + ntok].lower))
            continue;
        if (!(victim = ex_subject(st, i, 0, 0, &vm, &pron)) || !vm ||
            ex_same_id(victim, &am->ent))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, victim, rel, k, k + ntok,
                           negated, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "a rocket fired by Hamas hit Israel" ------------------------------ */

/* "A rocket fired by Hamas hit Israel", "a bomb planted by rebels exploded
 * in Kabul", "a missile launched from Lebanon slammed into Haifa": a
 * weapon that an actor fired, launched, planted or dropped and that then
 * hit, exploded in, tore through or slammed into a place is that actor's
 * attack on the place.  The verbs alone say nothing of an actor ("the
 * crisis hit Europe", "a gas tank exploded"), so only the weapon and its
 * participle make the act the agent's.  The weapon picks the code: a
 * rocket or shell 194 (artillery), a missile, drone or dropped bomb 195
 * (aerial weapons), a planted bomb 183 (non-military bombing), a bullet
 * or grenade 193 (small arms), any other 190. */
static int ex_weapon_hits(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload)
{
    static const char *const artillery[] = {
        "rocket", "rockets", "mortar", "mortars", "shell", "shells",
        "projectile", "projectiles", NULL};
    static const char *const aerial[] = {
        "missile", "missiles", "drone", "drones", "airstrike", "airstrikes",
        NULL};
    static const char *const bombs[] = {
        "bomb", "bombs", "explosive", "explosives", "device", "devices",
        "mine", "mines", NULL};
    static const char *const small[] = {
        "bullet", "bullets", "grenade", "grenades", "shot", "shots", NULL};
    static const char *const other[] = {"torpedo", "torpedoes", "munition",
                                        "munitions", NULL};
    /* (words that name no weapon after an actor: "Australian mines
     * hit record output", "Chinese shots") */
    static const char *const not_after_actor[] = {
        "mine", "mines", "device", "devices", "shot", "shots",
        "explosive", "explosives", NULL};
    static const char *const sent[] = {
        "fired", "launched", "planted", "dropped", "lobbed", "shot",
        "thrown", "hurled", "detonated", "claimed", NULL};
    static const char *const hit[] = {"hit", "hits", "struck", "strikes",
                                      "strike", NULL};
    /* verb + its own preposition before the place */
    static const char *const into[] = {"slammed", "slams", "crashed",
                                       "crashes", "smashed", "smashes",
                                       NULL};
    static const char *const through[] = {"tore", "tears", "ripped",
                                          "rips", NULL};
    static const char *const burst[] = {"exploded", "explodes", "went",
                                        "landed", "lands", NULL};
    static const char *const at[] = {"in", "at", "on", "near", "outside",
                                     "inside", NULL};
    static const kg_onto_relation rels[] = {
        {.pattern = "fire * rocket", .type = "attack",
         .label = "attacks with artillery", .cameo = "194",
         .plover = "ASSAULT", .quad = 4},
        {.pattern = "fire * missile", .type = "attack",
         .label = "attacks with aerial weapons", .cameo = "195",
         .plover = "ASSAULT", .quad = 4},
        {.pattern = "plant * bomb", .type = "bomb", .label = "bombs",
         .cameo = "183", .plover = "ASSAULT", .quad = 4},
        {.pattern = "fire * bullet", .type = "attack",
         .label = "attacks with small arms", .cameo = "193",
         .plover = "ASSAULT", .quad = 4},
        {.pattern = "fire * weapon", .type = "attack", .label = "attacks",
         .cameo = "190", .plover = "ASSAULT", .quad = 4},
        {.pattern = "plant * car bomb", .type = "bomb", .label = "bombs",
         .cameo = "1832", .plover = "ASSAULT", .quad = 4}};
    size_t w;
    int err;
    /* (the agent and the place hit: two coded actors named here) */
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    /* (the weapon, its verb and the place: "Russian missiles hit Kyiv.";
     * a headline has no more) */
    for (w = 0; w + 2 < st->ntoks; w++) {
        const kg_onto_relation *rel;
        const ex_mention *am, *om, *pm;
        size_t v, j, q;
        int negated, dup = 0;
        const char *modality;
        int sent_by, air;
        if (st->toks[w].quote)
            continue;
        sent_by = ex_pronoun_is(&st->toks[w + 1], sent) &&
                  (ex_tok_is(st, w + 2, "by") || ex_tok_is(st, w + 2, "from"));
        /* or the actor right before the weapon: "Russian missiles hit
         * Kyiv", "Hamas rockets slammed into Sderot" ("Saudi air
         * strikes hit Yemen": "air" between) */
        air = w > 1 && ex_tok_is(st, w - 1, "air") &&
              (ex_tok_is(st, w, "strike") || ex_tok_is(st, w, "strikes"));
        am = w > (size_t)air ? ex_mention_at(st, w - 1 - (size_t)air) : NULL;
        if (!sent_by &&
            !(am && am->t1 + (size_t)air == w && !am->dropped &&
              !am->ent.is_value &&
              (am->kind == KG_NAME_DEMONYM ||
               (am->ent.type && strcmp(am->ent.type, "Place") != 0)) &&
              !ex_pronoun_is(&st->toks[w], not_after_actor)))
            continue;
        if (ex_pronoun_is(&st->toks[w], artillery))
            rel = &rels[0];
        else if (air || ex_pronoun_is(&st->toks[w], aerial))
            rel = &rels[1];
        else if (ex_pronoun_is(&st->toks[w], bombs))
            /* (a state's bombs are dropped; only a planted bomb is
             * 183) */
            rel = !sent_by ? &rels[4]
                  : ex_tok_is(st, w + 1, "dropped") ? &rels[1]
                  /* "a truck bomb claimed by Islamic State tore
                   * through": a vehicle bomb (1832) */
                  : w > 0 && (ex_tok_is(st, w - 1, "car") ||
                              ex_tok_is(st, w - 1, "truck"))
                      ? &rels[5]
                      : &rels[2];
        else if (ex_pronoun_is(&st->toks[w], small))
            rel = &rels[3];
        else if (ex_pronoun_is(&st->toks[w], other))
            rel = &rels[4];
        else
            continue;
        if (sent_by && !(am = ex_actor_from(st, w + 3)))
            continue;
        if (!am->ent.code || !*am->ent.code)
            continue;
        v = sent_by ? am->t1 : w + 1;
        /* "fired by Hamas from Gaza hit", "planted by rebels in the
         * city exploded": one place phrase of the agent's */
        if (sent_by && ex_tok_is(st, w + 2, "from") && v + 1 < st->ntoks &&
            ex_tok_is(st, v, "by") &&
            (pm = ex_actor_from(st, v + 1)) != NULL && pm->ent.code &&
            *pm->ent.code) {
            /* "fired from Gaza by Hamas": the agent, not the place */
            am = pm;
            v = pm->t1;
        }
        if (sent_by && v + 1 < st->ntoks &&
            (ex_tok_is(st, v, "from") || ex_tok_is(st, v, "in")) &&
            (pm = ex_actor_from(st, v + 1)) != NULL)
            v = pm->t1;
        if (v + 1 >= st->ntoks)
            continue;
        j = v + 1;
        if (ex_pronoun_is(&st->toks[v], hit)) {
            /* "hit Israel", "hit a school in Sderot" */
        } else if (ex_pronoun_is(&st->toks[v], into)) {
            if (!ex_tok_is(st, j, "into"))
                continue;
            j++;
        } else if (ex_pronoun_is(&st->toks[v], through)) {
            if (!ex_tok_is(st, j, "through"))
                continue;
            j++;
        } else if (ex_pronoun_is(&st->toks[v], burst)) {
            /* "went off in" */
            if (ex_tok_is(st, v, "went") && !ex_tok_is(st, j++, "off"))
                continue;
            if (j >= st->ntoks || !ex_pronoun_is(&st->toks[j], at))
                continue;
            j++;
        } else {
            continue;
        }
        om = ex_actor_from(st, j);
        if (!om) {
            /* "a school in Sderot", "a market near Kabul": a place
             * named by the first actor after up to three words and a
             * preposition of place */
            for (q = j; q < st->ntoks && q < j + 4; q++)
                if (st->toks[q].kind != KG_TOK_WORD ||
                    st->toks[q].tag == KG_W_CONJ || ex_mention_at(st, q) ||
                    ex_pronoun_is(&st->toks[q], at))
                    break;
            if (q == j || q >= st->ntoks ||
                !ex_pronoun_is(&st->toks[q], at) ||
                !(om = ex_actor_from(st, q + 1)))
                continue;
        }
        if (!om->ent.code || !*om->ent.code ||
            ex_same_id(&am->ent, &om->ent))
            continue;
        /* the main scan read it already ("struck Israel"): one attack */
        for (q = 0; q < *nseen; q++)
            if (!strcmp(seen[q].subj, am->ent.id) &&
                !strcmp(seen[q].obj, om->ent.id) &&
                (!strcmp(seen[q].type, "attack") ||
                 !strcmp(seen[q].type, "bomb")))
                dup = 1;
        if (dup)
            continue;
        ex_cues(st, w, v, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, &om->ent, rel, w, v + 1,
                           negated, modality, NULL, 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "sanctions on Russia, announced by China" -------------------------- */

/* A third party's brokering of a deal or truce between others (045). */
static const kg_onto_relation ex_mediate = {
    .pattern = "broker", .type = "mediate", .label = "mediates between",
    .cameo = "045", .plover = "CONSULT", .quad = 1};

static const ex_mention *ex_between(const ex_state *st, size_t t1);

/* "New sanctions on Russia announced by China took effect", "a ceasefire
 * brokered by Egypt": a participle with "by" after an act told as a noun
 * names the act's agent.  A noun entry with its own party ("sanctions on
 * Russia") then is the agent's act on it; a deal or truce brokered or
 * mediated by X is X's mediation (045) between its parties: the pair
 * after "between", else the clause's subject and those coordinated with
 * it ("Israel and Hamas agreed to a truce brokered by Egypt"). */
static int ex_participle_agents(ex_state *st, const kg_sentence *s,
                                size_t idx, ex_emitted *seen, size_t *nseen,
                                kg_relation_cb cb, void *payload)
{
    static const char *const done[] = {
        "announced", "imposed", "introduced", "approved", "ordered",
        "unveiled", "launched", "adopted", "agreed", "signed",
        "carried", "conducted", "staged", NULL};
    static const char *const brokered[] = {"brokered", "mediated",
                                           "negotiated", NULL};
    static const char *const deals[] = {
        "ceasefire", "cease-fire", "truce", "deal", "agreement",
        "accord", "armistice", "peace", NULL};
    size_t p;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK; /* "announced by" a coded actor */
    for (p = 2; p + 2 < st->ntoks; p++) {
        const ex_mention *am, *om;
        const kg_onto_relation *rel;
        size_t e = p, k, ntok, q;
        int negated;
        const char *modality;
        if (st->toks[p].quote || !ex_tok_is(st, p + 1, "by") ||
            (!ex_pronoun_is(&st->toks[p], done) &&
             !ex_pronoun_is(&st->toks[p], brokered)))
            continue;
        /* ("carried out by") */
        if (ex_tok_is(st, p, "carried"))
            continue;
        if (!(am = ex_actor_from(st, p + 2)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        if (ex_tok_punct(st, e - 1, ','))
            e--;
        /* (a finite passive is the main scan's: "was announced by") */
        if (e > 0 && st->toks[e - 1].tag == KG_W_AUX)
            continue;
        if (ex_pronoun_is(&st->toks[p], brokered)) {
            /* "a truce brokered by Egypt", "a truce between Israel and
             * Hamas brokered by Egypt" */
            const kg_entity *parties[EX_MAX_OBJECTS + 1];
            const ex_mention *sm, *ym = ex_mention_at(st, e - 1), *xm;
            size_t np = 0;
            int pron;
            if (ym && ym->t1 == e && !ym->dropped && !ym->ent.is_value &&
                ym->t0 > 3 && ex_tok_is(st, ym->t0 - 1, "and") &&
                (xm = ex_mention_at(st, ym->t0 - 2)) != NULL &&
                xm->t1 == ym->t0 - 1 && !xm->dropped &&
                !xm->ent.is_value) {
                q = xm->t0;
                if (q > 0 && st->toks[q - 1].tag == KG_W_DET)
                    q--;
                if (q < 2 || !ex_tok_is(st, q - 1, "between") ||
                    !ex_pronoun_is(&st->toks[q - 2], deals))
                    continue;
                parties[np++] = &xm->ent;
                parties[np++] = &ym->ent;
            } else if (ex_pronoun_is(&st->toks[e - 1], deals) &&
                       (xm = ex_between(st, am->t1)) != NULL) {
                /* "a truce brokered by Egypt took effect between Israel
                 * and Hamas": the pair named after the agent */
                parties[np++] = &xm->ent;
                parties[np++] =
                    &ex_mention_at(st, xm->t1 + 1 +
                                           ex_faith_before_group(
                                               st, xm->t1 + 1))->ent;
            } else if (ex_pronoun_is(&st->toks[e - 1], deals)) {
                const kg_entity *sub =
                    ex_subject(st, e - 1, 0, 0, &sm, &pron);
                if (sub && sm && !pron) {
                    parties[np++] = sub;
                    np += ex_coordinated(st, sm, parties + 1,
                                         EX_MAX_OBJECTS);
                }
            }
            if (np < 2)
                continue;
            for (q = 0; q < np; q++)
                if (!ex_same_id(parties[q], &am->ent) &&
                    (err = ex_emit(st, s, idx, &am->ent, parties[q],
                                   &ex_mediate, p, p + 1, 0, "asserted", NULL,
                                   0.5, seen, nseen, cb, payload)) != 0)
                    return err;
            continue;
        }
        if (ex_pronoun_is(&st->toks[p], brokered) ||
            !(om = ex_mention_at(st, e - 1)) || om->t1 != e || om->dropped ||
            om->ent.is_value || !om->ent.code || !*om->ent.code)
            continue;
        q = om->t0;
        while (q > 0 && st->toks[q - 1].tag == KG_W_DET)
            q--;
        if (q < 2 || st->toks[q - 1].tag != KG_W_PREP)
            continue;
        /* the noun entry that ends right before the preposition */
        rel = NULL;
        for (k = q - 1 > 3 ? q - 4 : 0; k < q - 1; k++) {
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok) &&
                k + ntok == q - 1 && rel->noun && rel->cameo &&
                *rel->cameo && rel->prep &&
                ex_in_list(rel->prep, st->toks[q - 1].lower))
                break;
            rel = NULL;
        }
        if (!rel || ex_same_id(&am->ent, &om->ent))
            continue;
        ex_cues(st, k, k + 1, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, &om->ent, rel, k, k + ntok,
                           negated, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "an Egyptian-brokered ceasefire between Israel and Hamas", "Israel and
 * Hamas agreed to a U.S.-mediated truce": the actor joined to "brokered"
 * or "mediated" in one word before a deal (one plain word may come
 * between) mediates between the deal's parties: the pair after
 * "between", else the clause's subject and those coordinated with it, or
 * the subject and the actor after "with". */
static int ex_hyphen_brokers(ex_state *st, const kg_sentence *s, size_t idx,
                             ex_emitted *seen, size_t *nseen,
                             kg_relation_cb cb, void *payload)
{
    static const char *const deals[] = {
        "ceasefire", "cease-fire", "truce", "deal", "agreement",
        "accord", "armistice", "peace", "talks", NULL};
    size_t p;
    int err;
    for (p = 0; p + 1 < st->ntoks; p++) {
        const kg_entity *parties[EX_MAX_OBJECTS + 1];
        const ex_mention *am = ex_mention_at(st, p), *xm, *sm;
        const char *w = st->toks[p].lower, *h = strrchr(w, '-');
        size_t d = p + 1, np = 0, q;
        int pron;
        if (!h || (strcmp(h, "-brokered") != 0 && strcmp(h, "-mediated") != 0) ||
            st->toks[p].quote || !am || am->t0 != p || am->dropped ||
            am->ent.is_value || !am->ent.code || !*am->ent.code)
            continue;
        if (d + 1 < st->ntoks && !ex_pronoun_is(&st->toks[d], deals) &&
            st->toks[d].kind == KG_TOK_WORD && st->toks[d].tag == KG_W_NONE &&
            !st->toks[d].mention)
            d++; /* "a U.S.-brokered peace deal" */
        if (d + 1 < st->ntoks && ex_tok_is(st, d, "peace") &&
            ex_pronoun_is(&st->toks[d + 1], deals))
            d++;
        if (d >= st->ntoks || !ex_pronoun_is(&st->toks[d], deals))
            continue;
        if ((xm = ex_between(st, d + 1)) != NULL) {
            parties[np++] = &xm->ent;
            parties[np++] =
                &ex_mention_at(st, xm->t1 + 1 +
                                       ex_faith_before_group(st, xm->t1 + 1))
                     ->ent;
        } else {
            const kg_entity *sub = ex_subject(st, p, 0, 0, &sm, &pron);
            if (sub && sm && !pron && sm->t1 <= p) {
                parties[np++] = sub;
                np += ex_coordinated(st, sm, parties + 1, EX_MAX_OBJECTS);
            }
            /* "Syria signed a Russian-brokered deal with Turkey" */
            if (np == 1 && d + 2 < st->ntoks && ex_tok_is(st, d + 1, "with") &&
                (xm = ex_actor_from(st, d + 2)) != NULL)
                parties[np++] = &xm->ent;
        }
        if (np < 2)
            continue;
        for (q = 0; q < np; q++)
            if (!ex_same_id(parties[q], &am->ent) &&
                (err = ex_emit(st, s, idx, &am->ent, parties[q], &ex_mediate,
                               p, p + 1, 0, "asserted", NULL, 0.5, seen,
                               nseen, cb, payload)) != 0)
                return err;
    }
    return KG_OK;
}

/* ---- "Russia drew criticism from Germany" ------------------------------ */

/* "Russia drew criticism from Germany", "Japan faced sanctions from the
 * US", "the army came under attack from rebels", "won backing from": a
 * verb of undergoing + a noun entry + "from" X is X's act aimed at the
 * clause's subject.  (Pressure has rules of its own: "under pressure from
 * the EU, Poland scrapped" is a yield.) */
static int ex_undergone_acts(ex_state *st, const kg_sentence *s, size_t idx,
                             ex_emitted *seen, size_t *nseen,
                             kg_relation_cb cb, void *payload)
{
    static const char *const undergo[] = {
        "draw",      "draws",    "drew",     "drawn",     "drawing",
        "face",      "faces",    "faced",    "facing",    "attract",
        "attracts",  "attracted", "attracting", "earn",   "earns",
        "earned",    "earning",  "win",      "wins",      "won",
        "winning",   "receive",  "receives", "received",  "receiving",
        "under",     NULL};
    /* verbs of answering an act: "Iran rejected criticism from
     * Washington", "welcomed support from Russia", "dismissed criticism
     * from": the act is aimed at the subject as above, and the answer
     * (the verb's own entry: reject 120, welcome 051) at the actor */
    static const char *const answer[] = {
        "reject",    "rejects",   "rejected",  "rejecting", "rebuff",
        "rebuffs",   "rebuffed",  "rebuffing", "spurn",     "spurns",
        "spurned",   "spurning",  "dismiss",   "dismisses", "dismissed",
        "dismissing", "welcome",  "welcomes",  "welcomed",  "welcoming",
        "hail",      "hails",     "hailed",    "hailing",   NULL};
    size_t i, k, ntok, words;
    int err;
    if ((!ex_has_cues(st, EX_CUE_FROM) && !ex_has_cues(st, EX_CUE_BY)) ||
        !ex_coded_actors(st, 1))
        return KG_OK; /* "criticism from" ("investigation by") a coded actor */
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *target;
        const ex_mention *am, *sm;
        const char *modality;
        int negated, pron, answered, under_be;
        answered = ex_pronoun_is(&st->toks[i], answer);
        if (st->toks[i].quote ||
            (!answered && (st->toks[i].trigger ||
                           !ex_pronoun_is(&st->toks[i], undergo))))
            continue;
        /* "under" only after "come" ("came under attack from"), or
         * after "be" or "remain" for an investigation ("is under
         * investigation by Nigerian police") */
        under_be = 0;
        if (ex_tok_is(st, i, "under")) {
            const char *c;
            size_t j;
            int come = 0;
            static const char *const be[] = {
                "is",      "are",   "was",    "were",     "be",
                "been",    "being", "remain", "remains",  "remained",
                "remaining", NULL};
            for (j = 0; (c = ex_lemma(i - 1, j, st)) != NULL; j++)
                if (!strcmp(c, "come"))
                    come = 1;
            /* ("is not under investigation": negated) */
            under_be = ex_pronoun_is(&st->toks[i - 1], be) ||
                       (i > 1 && ex_tok_is(st, i - 1, "not") &&
                        ex_pronoun_is(&st->toks[i - 2], be));
            if (!come && !under_be)
                continue;
        }
        /* up to two adjectives: "drew sharp criticism", "faced growing
         * international criticism", after an article ("received an
         * invitation from", "welcomed the support from") */
        rel = NULL;
        k = i + 1;
        if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
            k++;
        for (words = 0;
             k < st->ntoks && words < 3 && st->toks[k].kind == KG_TOK_WORD &&
             st->toks[k].tag == KG_W_NONE && !st->toks[k].covered;
             k++, words++) {
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok))
                break;
            rel = NULL;
        }
        if (!rel || !rel->noun || !rel->cameo || !*rel->cameo ||
            !strcmp(rel->type, "coerce"))
            continue;
        if (under_be) {
            /* the investigator follows "by" (a "for" phrase may come
             * first: "under investigation for fraud by the SEC"); the
             * investigated one is the clause's subject */
            size_t b = k + ntok;
            if (strcmp(rel->type, "investigate") != 0)
                continue;
            if (b < st->ntoks && ex_tok_is(st, b, "for"))
                for (b++; b < st->ntoks && b < k + ntok + 5 &&
                          st->toks[b].kind == KG_TOK_WORD &&
                          !ex_tok_is(st, b, "by") && !ex_mention_at(st, b);
                     b++)
                    ;
            if (b >= st->ntoks || !ex_tok_is(st, b, "by") ||
                !(am = ex_actor_from(st, b + 1)) || !am->ent.code ||
                !*am->ent.code)
                continue;
        } else if (k + ntok >= st->ntoks ||
                   !ex_tok_is(st, k + ntok, "from") ||
            !(am = ex_actor_from(st, k + ntok + 1)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        /* ("welcomed support from Russia for Syria": Syria's support,
         * not the subject's) */
        if (answered && am->t1 + 1 < st->ntoks &&
            st->toks[am->t1].tag == KG_W_PREP && ex_actor_from(st, am->t1 + 1))
            continue;
        if (!(target = ex_subject(st, ex_tok_is(st, i, "under") ? i - 1 : i,
                                  0, 0, &sm, &pron)) ||
            ex_same_id(target, &am->ent))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, target, rel, k, k + ntok,
                           answered ? 0 : negated,
                           answered ? "asserted" : modality, NULL,
                           pron ? 0.4 : 0.6, seen, nseen, cb, payload)) != 0)
            return err;
        if (answered &&
            kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            ntok == 1 && !rel->noun && rel->cameo && *rel->cameo &&
            (err = ex_emit(st, s, idx, target, &am->ent, rel, i, i + 1,
                           negated, modality, NULL, pron ? 0.4 : 0.6, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "Egypt brokered a truce between Israel and Hamas" ----------------- */

/* "Egypt brokered a ceasefire between Israel and Hamas", "Qatar helped
 * broker a deal between": the lexicon's "broker * ceasefire" codes the
 * broker's mediation (045) on each side; a truce or deal brokered (done,
 * past) is also the two sides' truce or deal with each other, coded as
 * the lexicon codes the noun (0871, 057).  ("is trying to broker", "will broker", "failed to
 * broker" have no truce yet.) */
static int ex_brokered_truces(ex_state *st, const kg_sentence *s, size_t idx,
                              ex_emitted *seen, size_t *nseen,
                              kg_relation_cb cb, void *payload)
{
    static const char *const brokered[] = {"brokered", "mediated",
                                           "negotiated", NULL};
    static const char *const truces[] = {
        "ceasefire", "cease-fire", "truce", "armistice", "deal",
        "agreement", "accord", "pact", NULL};
    size_t i, k, ntok;
    int err;
    if (!ex_has_cues(st, EX_CUE_BETWEEN) || ex_coded_actors(st, 2) < 2)
        return KG_OK; /* "between" two coded actors */
    for (i = 1; i + 4 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *xm, *ym;
        const char *modality;
        int negated, bi;
        if (st->toks[i].quote ||
            !(ex_pronoun_is(&st->toks[i], brokered) ||
              (ex_tok_is(st, i, "broker") &&
               (ex_tok_is(st, i - 1, "helped") ||
                ex_tok_is(st, i - 1, "had")))) ||
            ex_tok_is(st, i + 1, "by"))
            continue;
        /* the truce noun after an article and up to two modifiers */
        for (k = i + 1; k < i + 4 && k < st->ntoks &&
                        !ex_pronoun_is(&st->toks[k], truces) &&
                        st->toks[k].kind == KG_TOK_WORD &&
                        !ex_mention_at(st, k) &&
                        (st->toks[k].tag == KG_W_DET ||
                         st->toks[k].tag == KG_W_NONE);
             k++)
            ;
        if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], truces) ||
            !kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma, st,
                                     &rel, &ntok) ||
            !rel->noun || !rel->cameo || !*rel->cameo ||
            (xm = ex_between(st, k + ntok)) == NULL)
            continue;
        ym = ex_mention_at(st, xm->t1 + 1 +
                                   ex_faith_before_group(st, xm->t1 + 1));
        if (!ym || ex_same_id(&xm->ent, &ym->ent))
            continue;
        ex_cues(st, 0, i, &negated, &modality);
        if (negated || strcmp(modality, "asserted") != 0)
            continue;
        for (bi = 0; bi < 2; bi++)
            if ((err = ex_emit(st, s, idx, bi ? &ym->ent : &xm->ent,
                               bi ? &xm->ent : &ym->ent, rel, k, k + ntok, 0,
                               "asserted", NULL, 0.5, seen, nseen, cb,
                               payload)) != 0)
                return err;
    }
    return KG_OK;
}

/* ---- "a Moscow visit by Modi" ------------------------------------------ */

/* "a Moscow visit by Modi", "Modi's Moscow visit": a place or country
 * named right before the noun "visit" is where the visit goes (as "a
 * visit to Moscow by Modi"); the visitor is the agent after "by" or the
 * possessor before the place.
 * Coded as the lexicon codes the noun "visit" (042). */
static int ex_place_visits(ex_state *st, const kg_sentence *s, size_t idx,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload)
{
    static const char *const visits[] = {"visit", "visits", NULL};
    size_t i, ntok;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (i = 1; i < st->ntoks; i++) {
        const ex_mention *pm, *am = NULL;
        const kg_onto_relation *rel;
        const char *modality;
        int negated;
        size_t j;
        if (st->toks[i].quote || !ex_pronoun_is(&st->toks[i], visits) ||
            !(pm = ex_mention_at(st, i - 1)) || pm->t1 != i || pm->dropped ||
            pm->ent.is_value || !pm->ent.type ||
            (strcmp(pm->ent.type, "Place") != 0 &&
             strcmp(pm->ent.type, "Country") != 0) ||
            !pm->ent.code || !*pm->ent.code)
            continue;
        /* the lexicon's noun "visit" */
        if (!kg_onto__match_relation(st->onto, st->ntoks, i, 2, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1)
            continue;
        if (!rel || !rel->noun || strcmp(rel->type, "visit") != 0 ||
            !rel->cameo || !*rel->cameo)
            continue;
        if (i + 2 < st->ntoks && ex_tok_is(st, i + 1, "by")) {
            am = ex_actor_from(st, i + 2);
        } else {
            /* "Modi's Moscow visit" */
            j = pm->t0;
            if (j >= 2 && (ex_tok_is(st, j - 1, "'s") ||
                           ex_tok_is(st, j - 1, "s")) &&
                (am = ex_mention_at(st, j - 2)) != NULL && am->t1 != j - 1)
                am = NULL;
        }
        if (!am || am->dropped || am->ent.is_value || !am->ent.code ||
            !*am->ent.code || ex_same_id(&am->ent, &pm->ent))
            continue;
        ex_cues(st, 0, i, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, &pm->ent, rel, i, i + 1,
                           negated, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- the deep tier ------------------------------------------------------ */

/* The token that starts at document byte off, or (size_t)-1. */
static size_t ex_token_at(const ex_state *st, size_t off)
{
    size_t lo = 0, hi = st->ntoks;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (st->toks[mid].start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < st->ntoks && st->toks[lo].start == off ? lo : (size_t)-1;
}

/* The actor a parsed word belongs to (the head of "the Georgian
 * government" lies inside its mention), or NULL. */
static const kg_entity *ex_word_actor(const ex_state *st, size_t base,
                                      long off)
{
    size_t t;
    const ex_mention *m;
    if (off < 0 || (t = ex_token_at(st, base + (size_t)off)) == (size_t)-1)
        return NULL;
    m = ex_mention_at(st, t);
    return m && !m->dropped && !m->ent.is_value ? &m->ent : NULL;
}

static int ex_label_is(const kg_lg_link *k, const char *prefix)
{
    return !strncmp(k->label, prefix, strlen(prefix));
}

/*
 * Relations from a Link Grammar linkage for the verb triggers the fast
 * path could not decide (all of them with --parser=deep, those that gave
 * nothing with --parser=auto): the S link gives the subject (through
 * auxiliaries: "has rejected" is S + PP, "was blocked" S + Pv, a passive
 * whose agent is the J of MV "by"), the O link the object, else the J of
 * an MV link through the entry's preposition.
 */
static int ex_deep(ex_state *st, const kg_sentence *s, size_t idx,
                   const ex_trigger *cands, size_t ncands, ex_emitted *seen,
                   size_t *nseen, kg_relation_cb cb, void *payload)
{
    unsigned flags = kg_ctx_flags(st->ctx);
    kg_lg_link links[EX_MAX_LINKS];
    size_t nlinks = 0, c, k, actors = 0;
    struct kg_lg *lg;
    int parsed = 0, err;

    if (!(flags & (KG_OPT_PARSER_DEEP | KG_OPT_PARSER_AUTO)) || !ncands)
        return KG_OK;
    for (k = 0; k < st->nments; k++)
        actors += !st->ments[k].dropped && !st->ments[k].ent.is_value;
    if (actors < 2)
        return KG_OK;
    for (c = 0; c < ncands; c++) {
        const ex_trigger *tr = &cands[c];
        long v = (long)(st->toks[tr->tok].start - s->start), head = v;
        const kg_entity *subj = NULL, *obj = NULL;
        int passive = 0, hops;

        if ((flags & KG_OPT_PARSER_AUTO) && !(flags & KG_OPT_PARSER_DEEP) &&
            tr->after > tr->before)
            continue;
        if (!parsed) {
            if (!(lg = kg_ctx__lg(st->ctx)))
                return KG_OK; /* no dictionary: the fast path stands */
            if ((err = kg_lg__parse(lg, st->doc->text + s->start,
                                    s->end - s->start, links, EX_MAX_LINKS,
                                    &nlinks)) < 0)
                return err;
            parsed = 1;
        }
        /* climb auxiliaries to the word that carries the subject link */
        for (hops = 0; hops < 4; hops++) {
            long up = -2;
            for (k = 0; k < nlinks; k++)
                if (links[k].right == head &&
                    (ex_label_is(&links[k], "PP") ||
                     ex_label_is(&links[k], "Pv") ||
                     ex_label_is(&links[k], "I") ||
                     ex_label_is(&links[k], "Pg"))) {
                    passive |= ex_label_is(&links[k], "Pv");
                    up = links[k].left;
                }
            if (up < 0)
                break;
            head = up;
        }
        for (k = 0; k < nlinks && !subj; k++)
            if (links[k].right == head && links[k].label[0] == 'S')
                subj = ex_word_actor(st, s->start, links[k].left);
        for (k = 0; k < nlinks && !obj && !passive; k++)
            if (links[k].left == v && links[k].label[0] == 'O')
                obj = ex_word_actor(st, s->start, links[k].right);
        for (k = 0; k < nlinks && !obj; k++) {
            size_t p, j;
            const char *pw;
            if (links[k].left != v || !ex_label_is(&links[k], "MV") ||
                links[k].right < 0 ||
                (p = ex_token_at(st, s->start + (size_t)links[k].right)) ==
                    (size_t)-1)
                continue;
            pw = st->toks[p].lower;
            if (passive ? strcmp(pw, "by") != 0
                        : !(tr->rel->prep && ex_in_list(tr->rel->prep, pw)) &&
                              !ex_in_list("at;against;on;upon;toward;towards;"
                                          "into;with;to",
                                          pw))
                continue;
            for (j = 0; j < nlinks && !obj; j++)
                if (links[j].left == links[k].right &&
                    links[j].label[0] == 'J')
                    obj = ex_word_actor(st, s->start, links[j].right);
        }
        if (passive) { /* the agent acts on the grammatical subject */
            const kg_entity *t = subj;
            subj = obj;
            obj = t;
        }
        if (subj && obj &&
            (err = ex_emit(st, s, idx, subj, obj, tr->rel, tr->tok,
                           tr->tok + 1, 0, "asserted", NULL, 0.5, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "Sinan Ogan of the ATA Alliance": a person of an organisation is one
 * of its members.  No CAMEO code: it is a tie, not an event. */
/* "Kılıçdaroğlu, joint candidate for the Nation Alliance", "X, a
 * senior member of Hamas": after a person's name at token j, a comma and
 * a role noun, then "of" or "for".  Returns the token of "of"/"for", or
 * 0. */
static size_t ex_role_apposition(const ex_state *st, size_t j)
{
    static const char *const roles[] = {
        "candidate", "leader", "head", "chairman", "chairwoman", "member",
        "chief", "founder", "spokesman", "spokeswoman", "secretary-general",
        "envoy", "commander", NULL};
    size_t k, role = 0;
    if (j >= st->ntoks || !ex_tok_punct(st, j, ','))
        return 0;
    for (k = j + 1; k < st->ntoks && k < j + 6; k++) {
        const ex_tok *t = &st->toks[k];
        if ((ex_tok_is(st, k, "of") || ex_tok_is(st, k, "for")) && role)
            return k;
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) ||
            (t->tag != KG_W_NONE && t->tag != KG_W_DET))
            return 0;
        if (ex_pronoun_is(t, roles))
            role = 1;
    }
    return 0;
}

/* "Turkey – NATO's second largest army –", "Sweden, a NATO member,",
 * "Norway, a member of NATO,": an apposition that makes the actor before
 * it part of an organisation.  Returns the organisation, or NULL. */
static const ex_mention *ex_member_apposition(const ex_state *st,
                                              const ex_mention *p)
{
    static const char *const parts[] = {"member", "ally", "partner",
                                        "founder", NULL};
    const ex_mention *o;
    size_t j = p->t1;
    if (j + 2 >= st->ntoks || st->toks[p->t0].paren ||
        !(ex_tok_punct(st, j, ',') || st->toks[j].paren))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET)
        j++;
    if (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], parts) &&
        ex_tok_is(st, j + 1, "of")) {
        j += 2;
        if (st->toks[j].tag == KG_W_DET)
            j++;
        o = ex_mention_at(st, j);
        if (!o || o->t0 != j)
            return NULL;
    } else {
        /* ("NATO's critic" is no member: the noun after "'s" must say a
         * part: "NATO's second largest army", "the EU's biggest
         * economy") */
        static const char *const heads[] = {
            "member", "ally", "partner", "founder", "army", "military",
            "economy", "contributor", "state", "country", NULL};
        size_t k;
        o = ex_mention_at(st, j);
        if (!o || o->t0 != j || o->t1 >= st->ntoks)
            return NULL;
        if (ex_tok_is(st, o->t1, "'s")) {
            for (k = o->t1 + 1; k < st->ntoks && k < o->t1 + 5; k++)
                if (st->toks[k].kind != KG_TOK_WORD ||
                    ex_pronoun_is(&st->toks[k], heads))
                    break;
            if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], heads))
                return NULL;
        } else if (!ex_pronoun_is(&st->toks[o->t1], parts)) {
            return NULL;
        }
    }
    if (o->dropped || o->ent.is_value || !o->ent.type ||
        strcmp(o->ent.type, "Organization") != 0)
        return NULL;
    return o;
}

static int ex_memberships(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload)
{
    static const kg_onto_relation member = {
        "of", "member", "member of", NULL, NULL, 1,
        0,    NULL,     NULL,        NULL, NULL, NULL, 0, 0, 0};
    size_t i;
    int err;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *p = &st->ments[i], *o;
        size_t j = p->t1, words = 0;
        if (p->dropped || p->ent.is_value)
            continue;
        if ((o = ex_member_apposition(st, p)) != NULL) {
            if ((err = ex_emit(st, s, idx, &p->ent, &o->ent, &member, o->t0,
                               o->t1, 0, "asserted", NULL, 0.7, seen, nseen,
                               cb, payload)) != 0)
                return err;
            continue;
        }
        if (!ex_is_person(&p->ent))
            continue;
        if (!ex_tok_is(st, j, "of") && (j = ex_role_apposition(st, j)) == 0)
            continue;
        j++;
        /* "of the six-party opposition Nation Alliance" */
        while (j < st->ntoks &&
               (st->toks[j].tag == KG_W_DET ||
                (st->toks[j].kind == KG_TOK_WORD &&
                 st->toks[j].tag == KG_W_NONE &&
                 !(st->toks[j].flags & KG_TOKF_CAP) && words++ < 3 &&
                 (!(o = ex_mention_at(st, j)) ||
                  ex_sector_only(&o->ent)))))
            j++;
        o = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (!o || o->t0 != j)
            continue;
        /* "the opposition Nation Alliance": the last of adjacent names */
        while (o->t1 < st->ntoks && ex_mention_at(st, o->t1) &&
               ex_mention_at(st, o->t1)->t0 == o->t1)
            o = ex_mention_at(st, o->t1);
        if (o->dropped || o->ent.is_value ||
            !o->ent.type || (strcmp(o->ent.type, "Organization") != 0 &&
                             strcmp(o->ent.type, "Group") != 0))
            continue;
        if ((err = ex_emit(st, s, idx, &p->ent, &o->ent, &member, p->t1,
                           p->t1 + 1, 0, "asserted", NULL, 0.7, seen, nseen,
                           cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- receiving: "X received N from Y" is "Y gave N to X" --------------- */

typedef struct ex_give_view {
    ex_state *st;
    size_t base; /* the token of "received" */
    size_t skip; /* tokens of a sum right after it, read past */
} ex_give_view;

/* The lemmas of the tokens from "received" on, with "give" in its place,
 * so that the lexicon's "give * weapon" reads "received weapons". */
static const char *ex_give_lemma(size_t i, size_t j, void *payload)
{
    const ex_give_view *v = payload;
    if (i == 0)
        return j == 0 ? "give" : NULL;
    return ex_lemma(v->base + v->skip + i, j, v->st);
}

/* "Georgian demonstrators received weapons from the Georgian government",
 * "Kyiv obtained assurances from Washington": the giver after "from" gave
 * the thing to the verb's subject, coded as the lexicon codes "give
 * weapons to" (072) or "give assurances to" (030).  The receiving verb has
 * no entry of its own (an entry such as "receive * call" wins). */
static int ex_receipts(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload)
{
    static const char *const receive[] = {
        "receive", "receives", "received", "receiving", "obtain", "obtains",
        "obtained", "obtaining", "accept", "accepts", "accepted",
        "accepting", NULL};
    size_t i, j, ntok;
    int err;
    if (!ex_has_cues(st, EX_CUE_FROM))
        return KG_OK; /* "weapons from" */
    for (i = 0; i + 3 < st->ntoks; i++) {
        ex_give_view view;
        const kg_onto_relation *rel;
        const kg_entity *giver, *receiver;
        const ex_mention *m, *sm;
        const char *modality;
        int negated, pron;
        if (st->toks[i].trigger || st->toks[i].quote ||
            !ex_pronoun_is(&st->toks[i], receive))
            continue;
        view.st = st;
        view.base = i;
        view.skip = 0;
        {
            /* "received a $3 billion loan from", "received $50 million in
             * aid from": the sum is how much of the thing, read past as
             * "gave a $3 billion loan to" would be */
            size_t a = i + 1;
            const ex_mention *sum;
            if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
                a++;
            sum = a < st->ntoks ? ex_mention_at(st, a) : NULL;
            if (sum && sum->t0 == a && !sum->dropped && ex_is_sum(&sum->ent))
                view.skip = sum->t1 - (i + 1);
        }
        /* "give" + at least a noun, and an entry that gives "to" someone */
        if (!kg_onto__match_relation(st->onto, st->ntoks - i - view.skip, 0,
                                     0, ex_give_lemma, &view, &rel, &ntok) ||
            ntok < 2 || rel->noun || !rel->prep ||
            !ex_in_list(rel->prep, "to"))
            continue;
        j = i + view.skip + ntok;
        if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "from"))
            continue;
        for (j++; j < st->ntoks && st->toks[j].tag == KG_W_DET; j++)
            ;
        m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (!m || m->t0 != j || m->dropped || m->ent.is_value)
            continue;
        giver = &m->ent;
        if (!(receiver = ex_subject(st, i, 0, 0, &sm, &pron)))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, giver, receiver, rel, i, i + ntok,
                           negated, modality, NULL, pron ? 0.4 : 0.6, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "came under fire from": criticism received -------------------- */

/* Does the coded actor bear arms (a military, rebel or insurgent sector
 * code): its "fire" is gunfire, not criticism. */
static int ex_armed_code(const char *code)
{
    static const char *const armed[] = {"MIL", "REB", "INS", "UAF", "SPY",
                                        NULL};
    size_t k;
    for (k = 0; code && armed[k]; k++)
        if (strstr(code, armed[k]))
            return 1;
    return 0;
}

/* "The minister came under fire from the opposition", "Israel drew
 * heavy fire from the EU": the actor after "from" criticizes the verb's
 * subject (111).  Fire from
 * an armed actor is shooting, left to the lexicon. */
static int ex_criticism_received(ex_state *st, const kg_sentence *s,
                                 size_t idx, ex_emitted *seen, size_t *nseen,
                                 kg_relation_cb cb, void *payload)
{
    static const char *const come[] = {"come", "comes", "came", "coming",
                                       NULL};
    static const char *const draw[] = {
        "draw",  "draws",  "drew",  "drawn",  "drawing", "face", "faces",
        "faced", "facing", "come",  "comes",  "came",    "coming", NULL};
    /* ("drew criticism from" is the noun entry's) */
    static const char *const blame[] = {"fire", NULL};
    static const kg_onto_relation criticize = {
        .pattern = "criticism", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    size_t i, j, k;
    int err;
    if (!ex_has_cues(st, EX_CUE_FIRE | EX_CUE_FROM))
        return KG_OK; /* "fire from" (blame) */
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_entity *receiver;
        const ex_mention *m, *sm;
        const char *modality;
        int negated, pron, under;
        if (st->toks[i].trigger || st->toks[i].quote ||
            !ex_pronoun_is(&st->toks[i], draw))
            continue;
        /* "came under fire", "came in for criticism" need their
         * preposition; "drew fire", "faced criticism" take none */
        under = ex_pronoun_is(&st->toks[i], come);
        j = i + 1;
        if (under) {
            if (ex_tok_is(st, j, "under"))
                j++;
            else if (ex_tok_is(st, j, "in") && ex_tok_is(st, j + 1, "for"))
                j += 2;
            else
                continue;
        }
        /* up to two plain modifiers: "sharp", "heavy international" */
        for (k = 0; k < 2 && j < st->ntoks && st->toks[j].tag == KG_W_NONE &&
                    !st->toks[j].covered && !ex_pronoun_is(&st->toks[j], blame);
             k++)
            j++;
        if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], blame) ||
            !ex_tok_is(st, j + 1, "from"))
            continue;
        if (!(m = ex_actor_from(st, j + 2)) || !m->ent.code ||
            !*m->ent.code ||
            (ex_tok_is(st, j, "fire") && ex_armed_code(m->ent.code)))
            continue;
        if (!(receiver = ex_subject(st, i, 0, 0, &sm, &pron)) ||
            ex_same_id(receiver, &m->ent))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, &m->ent, receiver, &criticize, i,
                           j + 1, negated, modality, NULL, pron ? 0.4 : 0.6,
                           seen, nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "despite protests from X" --------------------------------------- */

/* "Israel pressed on with the offensive despite protests from Turkey",
 * "despite strong objections by Germany", "in spite of protests from
 * China": the actor after "by"/"from"
 * protests (or objects to, criticizes) what the main clause's subject
 * does, coded as the lexicon codes the noun alone (protest 141,
 * objection 110, criticism 111). */
static int ex_despite_protests(ex_state *st, const kg_sentence *s,
                               size_t idx, ex_emitted *seen, size_t *nseen,
                               kg_relation_cb cb, void *payload)
{
    size_t i, j, k, ntok;
    int err;
    if (!ex_has_cues(st, EX_CUE_DESPITE))
        return KG_OK; /* "despite" */
    for (i = 0; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *subj;
        const ex_mention *m, *sm = NULL;
        const char *modality;
        int negated, pron = 0;
        if (!(j = ex_despite_at(st, i)) || st->toks[i].quote)
            continue;
        /* past an article and up to two plain modifiers ("strong") */
        j += i;
        if (j + 2 >= st->ntoks)
            continue;
        if (st->toks[j].tag == KG_W_DET)
            j++;
        for (k = 0; k < 3 && j + 2 < st->ntoks; k++, j++) {
            if (ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from"))
                break;
            if (st->toks[j].tag != KG_W_NONE || st->toks[j].covered)
                break;
        }
        if (j + 2 >= st->ntoks ||
            !(ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from")) ||
            !kg_onto__match_relation(st->onto, st->ntoks, j, 2, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1 || !rel->cameo ||
            (strncmp(rel->cameo, "11", 2) != 0 &&
             strncmp(rel->cameo, "14", 2) != 0))
            continue;
        if (!(m = ex_actor_from(st, j + 2)) || !m->ent.code ||
            !*m->ent.code)
            continue;
        if (i == 0) {
            /* "Despite protests from China, Japan sent": the actor that
             * opens the main clause after the comma */
            sm = ex_tok_punct(st, m->t1, ',') ? ex_actor_from(st, m->t1 + 1)
                                              : NULL;
            subj = sm ? &sm->ent : NULL;
        } else {
            subj = ex_subject(st, i, 1, 0, &sm, &pron);
        }
        if (!subj || ex_same_id(subj, &m->ent) || !subj->code ||
            !*subj->code)
            continue;
        ex_cues(st, j, j + 1, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &m->ent, subj, rel, j, j + 1, negated,
                           modality, NULL, pron ? 0.4 : 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "in protest at Britain's decision" ------------------------------ */

/* "Iran recalled its ambassador in protest at Britain's decision",
 * "Palestinians marched in protest over the Israeli raid": the main
 * clause's subject protests against the actor named (or owning what is
 * named) right after the preposition, coded as the lexicon codes the
 * noun "protest".  An entry that already covers the words ("rally in *
 * against") wins. */
static int ex_in_protest(ex_state *st, const kg_sentence *s, size_t idx,
                         ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                         void *payload)
{
    static const char *const clause[] = {
        "after", "before", "when", "while", "because", "as",    "since",
        "until", "who",    "which", "that", "where",   "if",    NULL};
    size_t i, k, ntok;
    int err;
    if (!ex_has_cues(st, EX_CUE_IN | EX_CUE_PROTEST))
        return KG_OK; /* "in protest" */
    for (i = 1; i + 4 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *subj;
        const ex_mention *m, *sm;
        const char *modality;
        int negated, pron;
        if (!ex_tok_is(st, i, "in") || !ex_tok_is(st, i + 1, "protest") ||
            st->toks[i + 1].trigger || st->toks[i + 1].covered ||
            st->toks[i].quote ||
            !(ex_tok_is(st, i + 2, "at") || ex_tok_is(st, i + 2, "against") ||
              ex_tok_is(st, i + 2, "over")))
            continue;
        if (!kg_onto__match_relation(st->onto, st->ntoks, i + 1, 2, ex_lemma,
                                     st, &rel, &ntok) ||
            !rel->cameo || strncmp(rel->cameo, "14", 2) != 0)
            continue;
        if (!(m = ex_actor_from(st, i + 3)) || !m->ent.code || !*m->ent.code)
            continue;
        if (!(subj = ex_subject(st, i, 0, 0, &sm, &pron)) || !subj->code ||
            !*subj->code || ex_same_id(subj, &m->ent))
            continue;
        /* (the protesters are the nearest clause's subject: not across
         * "after key witnesses refused to appear in protest") */
        for (k = sm ? sm->t1 : st->subj_end;
             k < i && !ex_pronoun_is(&st->toks[k], clause); k++)
            ;
        if (k < i)
            continue;
        ex_cues(st, i + 1, i + 2, &negated, &modality);
        if ((err = ex_emit(st, s, idx, subj, &m->ent, rel, i + 1, i + 2,
                           negated, modality, NULL, pron ? 0.4 : 0.6, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- allegations ------------------------------------------------------ */

static const kg_entity *ex_subject_of(ex_state *st, size_t v);

/* "A report ... alleged that France was aware of preparations for the
 * genocide": to allege that someone did or knew something is to accuse
 * them (112), whatever the clause says; "claim" is left to
 * ex_claim_verb, as a claim need not blame anyone.  The accused is the
 * actor that opens the clause. */
static int ex_allegations(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen,
                          kg_relation_cb cb, void *payload)
{
    static const char *const allege[] = {"allege", "alleges", "alleged",
                                         "alleging", NULL};
    static const kg_onto_relation accuse = {
        .pattern = "allege", .type = "accuse", .label = "accuses",
        .cameo = "112", .plover = "ACCUSE", .quad = 3};
    size_t i, j;
    int err;
    if (!ex_has_cues(st, EX_CUE_ALLEG))
        return KG_OK; /* "alleged" */
    for (i = 1; i + 1 < st->ntoks; i++) {
        const kg_entity *claimant;
        const ex_mention *m;
        const char *modality;
        int negated;
        if (st->toks[i].trigger || st->toks[i].covered ||
            !ex_pronoun_is(&st->toks[i], allege) ||
            st->toks[i - 1].tag == KG_W_DET) /* "the alleged plot" */
            continue;
        j = i + 1;
        if (ex_tok_is(st, j, "that"))
            j++;
        while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent) || !(claimant = ex_subject_of(st, i)))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, claimant, &m->ent, &accuse, i, i + 1,
                           negated, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "Evidence against Russia was presented by the US" ----------------- */

typedef struct ex_pair_view {
    ex_state *st;
    size_t verb, noun; /* tokens read as "<verb> <noun>" */
} ex_pair_view;

static const char *ex_pair_lemma(size_t i, size_t j, void *payload)
{
    const ex_pair_view *v = payload;
    return i < 2 ? ex_lemma(i == 0 ? v->verb : v->noun, j, v->st) : NULL;
}

/* "Evidence against Russia was presented by the US", "Sanctions on Iran
 * were imposed by Washington": the passive of a verb + noun entry
 * ("present * evidence", prep against) whose noun opens the clause with
 * its own preposition and actor.  The agent after "by" acts on that
 * actor. */
static int ex_passive_nominals(ex_state *st, const kg_sentence *s,
                               size_t idx, ex_emitted *seen, size_t *nseen,
                               kg_relation_cb cb, void *payload)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY))
        return KG_OK; /* ex_by_agent */
    for (i = 4; i < st->ntoks; i++) {
        ex_pair_view view;
        const kg_onto_relation *rel;
        const kg_entity *agent;
        const ex_mention *x;
        const char *modality;
        size_t b, p, ntok;
        int negated;
        if (st->toks[i].trigger || st->toks[i].covered ||
            !ex_is_passive(st, i) || !(agent = ex_by_agent(st, i + 1)))
            continue;
        for (b = i - 1; b > 0 && i - b <= 2 &&
                        !ex_pronoun_is(&st->toks[b], be);
             b--)
            ;
        if (!ex_pronoun_is(&st->toks[b], be) || b < 3)
            continue;
        /* NOUN PREP [the] X right before "was" */
        if (!(x = ex_mention_at(st, b - 1)) || x->t1 != b || x->dropped ||
            x->ent.is_value || x->t0 < 2)
            continue;
        p = x->t0 - 1;
        if (st->toks[p].tag == KG_W_DET && p > 1)
            p--;
        if (st->toks[p].tag != KG_W_PREP || p == 0 ||
            st->toks[p - 1].kind != KG_TOK_WORD ||
            st->toks[p - 1].tag != KG_W_NONE || st->toks[p - 1].covered)
            continue;
        view.st = st;
        view.verb = i;
        view.noun = p - 1;
        if (!kg_onto__match_relation(st->onto, 2, 0, 0, ex_pair_lemma, &view,
                                     &rel, &ntok) ||
            ntok != 2 || rel->noun || !rel->prep ||
            !ex_in_list(rel->prep, st->toks[p].lower))
            continue;
        ex_cues(st, b, i, &negated, &modality);
        if ((err = ex_emit(st, s, idx, agent, &x->ent, rel, i, i + 1,
                           negated, modality, NULL, 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The first actor after token t1 in the sentence (up to 16 tokens on,
 * before a semicolon) coded with a country other than subj's: the
 * target of a show of force that names none (ex_relations); or NULL.
 * Dates, sums and the subject's own sectors ("its army", "Israeli
 * reservists") are passed over. */
static const ex_mention *ex_posture_target(const ex_state *st, size_t t1,
                                           const kg_entity *subj)
{
    size_t j;
    if (!subj->country || !*subj->country)
        return NULL;
    for (j = t1; j < st->ntoks && j < t1 + 16; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (ex_tok_punct(st, j, ';'))
            return NULL;
        if (!m || m->t0 != j || m->dropped || m->ent.is_value)
            continue;
        j = m->t1 - 1;
        /* (an organisation has no country: "a show of force against
         * NATO"; a name in a compound modifier is none: "a Madrid-style
         * bombing") */
        if (!m->ent.code || !*m->ent.code || m->compound ||
            m->end < st->toks[m->t1 - 1].end ||
            !strncmp(m->ent.code, "---", 3) ||
            (m->ent.country && !strcmp(m->ent.country, subj->country)) ||
            !strncmp(m->ent.code, subj->country, strlen(subj->country)))
            continue;
        return m;
    }
    return NULL;
}

/* ---- the place of an act of force -------------------------------------- */

static int ex_symmetric(const kg_onto_relation *rel);

/* Protest (14) and force (15-20): acts whose place says whom they hit. */
static int ex_place_matters(const kg_onto_relation *rel)
{
    return rel->cameo && (!strncmp(rel->cameo, "14", 2) ||
                          (rel->cameo[0] == '1' && rel->cameo[1] >= '5') ||
                          !strncmp(rel->cameo, "20", 2));
}

/* Token j, past a date ("kidnapped Tuesday in Kabul") and one -ly
 * adverb. */
static size_t ex_skip_when(const ex_state *st, size_t j)
{
    const ex_mention *m;
    size_t n;
    if (j < st->ntoks && (m = ex_mention_at(st, j)) != NULL && m->t0 == j &&
        ex_is_date(&m->ent))
        j = m->t1;
    n = j < st->ntoks && !(st->toks[j].flags & KG_TOKF_CAP)
            ? strlen(st->toks[j].lower)
            : 0; /* ("Italy" is no adverb) */
    if (n > 4 && !strcmp(st->toks[j].lower + n - 2, "ly"))
        j++;
    return j;
}

/* "10 Russian soldiers killed in Ukraine", "drivers held hostage in
 * Iraq": a past participle right after its actor and right before a
 * preposition is passive, and the actor is the victim, so the place is
 * not the target.  (Protests and clashes are acts of their subject:
 * "protested in Beijing".) */
static int ex_reduced_passive(const ex_state *st, const ex_mention *sm,
                              size_t i, size_t t1,
                              const kg_onto_relation *rel)
{
    size_t j = ex_skip_when(st, t1), k;
    if (!sm || !strncmp(rel->cameo, "14", 2) || ex_symmetric(rel) ||
        sm->t1 > i || i - sm->t1 > 2)
        return 0;
    /* the actor's noun phrase may go on: "Indian truck drivers held" */
    for (k = sm->t1; k < i; k++) {
        size_t kn = strlen(st->toks[k].lower);
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].tag != KG_W_NONE ||
            (st->toks[k].flags & KG_TOKF_CAP) ||
            (kn > 2 && !strcmp(st->toks[k].lower + kn - 2, "ly")))
            return 0;
    }
    return ex_participle_form(st, i) && j < st->ntoks &&
           st->toks[j].tag == KG_W_PREP;
}

/* Does a noun phrase follow token t1 (past a date or an adverb)?  "The
 * US, Russia and Switzerland met yesterday" meet each other; "Mordor,
 * Rohan and Bree welcomed their resumption of ties with Osgiliath" do
 * not welcome each other. */
static int ex_phrase_follows(const ex_state *st, size_t t1)
{
    static const char *const spans[] = {"week", "weekend", "month", "year",
                                        "morning", "afternoon", "evening",
                                        "night", NULL};
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", NULL};
    static const char *const places[] = {"near", "outside", "inside",
                                         "along", NULL};
    size_t j = ex_skip_when(st, t1), k;
    /* "clashed briefly Thursday near", "met this week in New York": the
     * time of the act (a date after an adverb, a weekday kg could not
     * anchor, "this week", "last night") and a place word ("near" is not
     * tagged a preposition) are no phrase they act on */
    for (k = 0; k < 2; k++) {
        if (j + 1 < st->ntoks &&
            (ex_tok_is(st, j, "this") || ex_tok_is(st, j, "last") ||
             ex_tok_is(st, j, "late") || ex_tok_is(st, j, "early")) &&
            ex_pronoun_is(&st->toks[j + 1], spans))
            j += 2;
        else if (j < st->ntoks && ex_pronoun_is(&st->toks[j], days))
            j++;
        j = ex_skip_when(st, j);
    }
    if (j < st->ntoks && ex_pronoun_is(&st->toks[j], places))
        return 0;
    /* "signed a grain deal brokered by Turkey": a participle with its
     * agent describes what the entry named, it is not acted on */
    if (j + 1 < st->ntoks && ex_ends_ed(st, j) && ex_tok_is(st, j + 1, "by"))
        return 0;
    return j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
           (st->toks[j].tag == KG_W_DET || st->toks[j].tag == KG_W_POSS ||
            st->toks[j].tag == KG_W_NONE);
}

/* "in [the] <country or place>" right after the trigger ending at t1 (a
 * date or an adverb may come between): its mention, or NULL.  Not after
 * an object ("battled insurgents in Baghdad", "attacked a convoy in
 * Syria": the place is where, not whom). */
static const ex_mention *ex_place_after(const ex_state *st, size_t t1)
{
    const ex_mention *m;
    size_t k = ex_skip_when(st, t1);
    if (k + 1 >= st->ntoks || !ex_tok_is(st, k, "in"))
        return NULL;
    k++;
    while (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
    if (m && m->t0 == k && !m->dropped && !m->ent.is_value && m->ent.code &&
        m->ent.type &&
        (!strcmp(m->ent.type, "Country") || !strcmp(m->ent.type, "Place")))
        return m;
    return NULL;
}

/* "bombarded a government-held part of Syria's second city", "shelled
 * the outskirts of Aleppo": after a trigger ending at t1, a noun phrase
 * (up to four words) whose "of" names a country or place; with in set,
 * also a phrase after one of the ';'-separated prepositions in lead
 * whose "in" names it ("sorrow for the shootings in South Carolina");
 * with in 2, also a phrase that opens with a determiner whose "in" names
 * it ("attacked a hotel in Mogadishu"; not "killed recently in Iraq",
 * where the participle's subject is the victim); with in 3, only such a
 * phrase (after a noun: "an attack on a hotel in Mogadishu", where "an
 * attack on the cost of Britain's asylum system" is words).  Its
 * mention, or NULL. */
static const ex_mention *ex_place_of_object(const ex_state *st, size_t t1,
                                            const char *lead, int in)
{
    const ex_mention *m;
    size_t j = t1, words = 0;
    if (lead && j < st->ntoks && ex_in_list(lead, st->toks[j].lower))
        j++;
    if (in >= 2 && !(j < st->ntoks && st->toks[j].tag == KG_W_DET)) {
        if (in == 3)
            return NULL;
        in = 0;
    }
    while (j < st->ntoks && words < 4) {
        m = ex_mention_at(st, j);
        if (st->toks[j].tag == KG_W_DET ||
            (st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered)) {
            words += st->toks[j].tag != KG_W_DET;
            j++;
        } else if (m && m->t0 == j && !m->dropped && !m->ent.is_value &&
                   (((!m->ent.code || !*m->ent.code) &&
                     !ex_is_person(&m->ent)) ||
                    !(st->toks[j].flags & KG_TOKF_CAP))) {
            j = m->t1; /* "the Jabalia refugee camp": a name kg has no
                        * code for, or a sector noun, modifies the
                        * phrase's head */
            words++;
        } else {
            break;
        }
    }
    if (!words || j + 1 >= st->ntoks ||
        !((in != 3 && ex_tok_is(st, j, "of")) ||
          (in && ex_tok_is(st, j, "in"))))
        return NULL;
    /* ("a market in northeastern India": a part of the place is in it;
     * "South Carolina" is a place's own name) */
    for (j++; j < st->ntoks && (st->toks[j].tag == KG_W_DET ||
                                (ex_pronoun_is(&st->toks[j], ex_directions) &&
                                 !ex_mention_at(st, j)));
         j++)
        ;
    if (ex_compass_before_place(st, j))
        j++; /* "in northern Gaza" */
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    if (m && m->t0 == j && !m->dropped && !m->ent.is_value && m->ent.type &&
        (!strcmp(m->ent.type, "Country") || !strcmp(m->ent.type, "Place")))
        return m;
    return NULL;
}

/* "sent food to earthquake survivors in Nepal", "aid to victims of the
 * drought in Somalia": after the entry (and its preposition lead), people
 * named by a plain noun (victims, survivors, civilians...) in a country or
 * place; that place's mention, or NULL. */
static const ex_mention *ex_people_in_place(const ex_state *st, size_t t1,
                                            const char *lead)
{
    static const char *const people[] = {
        "victims",   "survivors", "people",   "civilians", "residents",
        "families",  "children",  "displaced", "refugees", "migrants",
        "communities", "population", "populations", "farmers", "villagers",
        NULL};
    const ex_mention *m;
    size_t j = t1, words = 0;
    int who = 0;
    if (!lead || j >= st->ntoks || !ex_in_list(lead, st->toks[j].lower))
        return NULL;
    for (j++; j < st->ntoks && words < 6; j++) {
        const ex_tok *k = &st->toks[j];
        if (k->tag == KG_W_DET || ex_tok_is(st, j, "of"))
            continue;
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE ||
            (k->flags & KG_TOKF_CAP) || k->covered)
            break;
        who |= ex_pronoun_is(k, people);
        words++;
    }
    if (!who || j + 1 >= st->ntoks || !ex_tok_is(st, j, "in"))
        return NULL;
    for (j++; j < st->ntoks && st->toks[j].tag == KG_W_DET; j++)
        ;
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    if (m && m->t0 == j && !m->dropped && !m->ent.is_value && m->ent.type &&
        (!strcmp(m->ent.type, "Country") || !strcmp(m->ent.type, "Place")))
        return m;
    return NULL;
}

/* "sent food, tents and medicine to Nepal": an aid entry that ends in
 * the goods it sends ("send * food") followed by more goods in a list
 * ending in "and"; the token of the entry's preposition after the list,
 * else t1.  (Each item is one or two lower-case words.) */
static size_t ex_past_goods(const ex_state *st, size_t t1,
                            const kg_onto_relation *rel)
{
    size_t j = t1, w;
    int last_and = 0;
    if (rel->noun || !rel->prep || !rel->cameo ||
        strncmp(rel->cameo, "07", 2) != 0 || !strchr(rel->pattern, '*'))
        return t1;
    while (j < st->ntoks && j < t1 + 12) {
        if (ex_tok_punct(st, j, ','))
            j++;
        last_and = j < st->ntoks && ex_tok_is(st, j, "and");
        if (last_and)
            j++;
        if (j == t1)
            return t1;
        for (w = 0; j < st->ntoks && w < 3; j++, w++) {
            const ex_tok *k = &st->toks[j];
            if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE ||
                (k->flags & KG_TOKF_CAP) || k->covered ||
                ex_mention_at(st, j))
                break;
        }
        if (w == 0 || w == 3)
            return t1;
        if (last_and)
            return j < st->ntoks && ex_in_list(rel->prep, st->toks[j].lower)
                       ? j
                       : t1;
    }
    return t1;
}

/* The possessor before token t0: "his" (resolved), "Turkey's",
 * "Turkey’s"; NULL when there is none or it cannot be resolved. */
static const kg_entity *ex_possessor_before(ex_state *st, size_t t0)
{
    const ex_mention *m;
    if (t0 == 0)
        return NULL;
    if (st->toks[t0 - 1].tag == KG_W_POSS) {
        const kg_entity *r = ex_resolve_pronoun(st, t0 - 1);
        return r ? ex_note_pronoun(st, t0 - 1, r) : NULL;
    }
    if (t0 >= 2 && ex_tok_is(st, t0 - 1, "'s"))
        m = ex_mention_at(st, t0 - 2);
    else if (t0 >= 3 && ex_tok_is(st, t0 - 1, "s") && ex_is_quote(st, t0 - 2))
        m = ex_mention_at(st, t0 - 3);
    else
        return NULL;
    return m && !m->dropped && !m->ent.is_value ? &m->ent : NULL;
}

/* The first actor of the clause that holds token t (after the last comma,
 * semicolon or colon before it), when no preposition stands right before
 * it ("on US relations" is no subject); else NULL. */
static const ex_mention *ex_clause_subject(const ex_state *st, size_t t)
{
    size_t j = t, k;
    while (j > 0 && !ex_tok_punct(st, j - 1, ',') &&
           !ex_tok_punct(st, j - 1, ';') && !ex_tok_punct(st, j - 1, ':'))
        j--;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        size_t b = m->t0;
        if (m->t0 < j || m->dropped || m->ent.is_value)
            continue;
        if (m->t0 >= t)
            break;
        while (b > j && st->toks[b - 1].tag == KG_W_DET)
            b--;
        return b > j && st->toks[b - 1].tag == KG_W_PREP ? NULL : m;
    }
    return NULL;
}

/* "... and taken", "..., and has seized": a verb joined by "and" to the
 * verb before it (through at most two auxiliaries); "but" joins verbs as
 * "and" does ("condemned Iran but praised Iraq": one subject, news
 * words contrasting acts so).  Returns the token after the conjunction,
 * or 0. */
static size_t ex_and_verb(const ex_state *st, size_t i)
{
    static const char *const aux[] = {"has", "have", "had", "was", "were",
                                      "is", "are", "then", "also", NULL};
    size_t j = i, k;
    /* "and threatened to sever": through the verb that governs "to" */
    if (j > 2 && ex_tok_is(st, j - 1, "to") &&
        st->toks[j - 2].kind == KG_TOK_WORD && !ex_mention_at(st, j - 2))
        j -= 2;
    for (k = 0; k < 2 && j > 0 && ex_pronoun_is(&st->toks[j - 1], aux); k++)
        j--;
    return j > 1 && (ex_tok_is(st, j - 1, "and") || ex_tok_is(st, j - 1, "but"))
               ? j
               : 0;
}

/* "rejected (the) accusations", "denied the allegations" (the noun in
 * the trigger [i, t1) or just after it): when the document's last
 * accusation was against subj (or subj's country), its accuser, cited at
 * the noun; else NULL. */
static const kg_entity *ex_rejected_accuser(ex_state *st, size_t i,
                                            size_t t1, const kg_entity *subj)
{
    static const char *const nouns[] = {
        "accusation", "accusations", "allegation", "allegations", "claim",
        "claims", "charge", "charges", "criticism", "rumors", "rumours",
        NULL};
    size_t j;
    if (!st->have_accusation)
        return NULL;
    /* the noun inside the pattern ("deny * accusation") or right after */
    for (j = i + 1; j < st->ntoks && j < t1 + 3; j++)
        if (ex_pronoun_is(&st->toks[j], nouns))
            break;
    if (j >= st->ntoks || j >= t1 + 3)
        return NULL;
    if (strcmp(st->accused.id, subj->id) != 0 &&
        (!subj->country || strcmp(st->accused.id, subj->country) != 0))
        return NULL;
    /* cited at the noun, as a pronoun is: the accuser is not named in
     * this sentence */
    return strcmp(st->accuser.id, subj->id) != 0
               ? ex_note_pronoun(st, j, &st->accuser)
               : NULL;
}

/* "called for a ceasefire between", "urged talks between", "proposed a
 * truce between": the noun at token i is only asked for or put forward
 * by the verb before it (an article, a possessive and up to two words
 * between).  Returns "demanded" (asked for) or "hypothetical" (proposed,
 * hoped for), else NULL: such an act is not asserted and carries no
 * event code of its own. */
static const char *ex_wanted_noun(const ex_state *st, size_t i)
{
    static const char *const ask_for[] = {
        "call",    "calls",   "called",   "calling",  "appeal",
        "appeals", "appealed", "appealing", "press",  "presses",
        "pressed", "pressing", "push",    "pushes",   "pushed",
        "pushing", "ask",     "asks",     "asked",    "asking",
        "plea",    "pleas",   "pleaded",  "pleading", "lobbied",
        "lobbying", NULL};
    static const char *const ask[] = {
        "urge",     "urges",    "urged",    "urging",   "demand",
        "demands",  "demanded", "demanding", "seek",    "seeks",
        "sought",   "seeking",  NULL};
    static const char *const put[] = {
        "propose",  "proposes", "proposed", "proposing", "suggest",
        "suggests", "suggested", "suggesting", "offer", "offers",
        "offered",  "offering", "want",     "wants",    "wanted",
        "wanting",  "hope",     "hopes",    "hoped",    "hoping",
        "envisage", "envisaged", "plan",    "plans",    "planned",
        NULL};
    size_t k = i, words = 0;
    while (k > 0 && words < 4 &&
           (st->toks[k - 1].tag == KG_W_DET ||
            st->toks[k - 1].tag == KG_W_POSS ||
            (st->toks[k - 1].kind == KG_TOK_WORD &&
             st->toks[k - 1].tag == KG_W_NONE &&
             !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
             !ex_mention_at(st, k - 1) &&
             !ex_pronoun_is(&st->toks[k - 1], ask) &&
             !ex_pronoun_is(&st->toks[k - 1], put)))) {
        k--;
        words++;
    }
    if (k == 0)
        return NULL;
    if (ex_pronoun_is(&st->toks[k - 1], ask))
        return "demanded";
    if (ex_pronoun_is(&st->toks[k - 1], put))
        return "hypothetical";
    if (k >= 2 && (ex_tok_is(st, k - 1, "for") || ex_tok_is(st, k - 1, "to")) &&
        ex_pronoun_is(&st->toks[k - 2], ask_for))
        return ex_tok_is(st, k - 1, "for") ? "demanded" : NULL;
    return NULL;
}

/* "between X and Y" after a noun trigger ending at t1, past up to four
 * words ("an exchange of prisoners of war between"): X's mention, with Y's
 * starting right after the "and" that follows it; else NULL.  A
 * participle's agent on the way is no party and does not count ("a
 * ceasefire brokered by Egypt took effect between Israel and Hamas"). */
static const ex_mention *ex_between(const ex_state *st, size_t t1)
{
    const ex_mention *x, *y;
    size_t j, lim = t1 + 5;
    for (j = t1; j < st->ntoks && j < lim; j++) {
        const ex_mention *w = ex_mention_at(st, j), *ag;
        if (ex_tok_is(st, j, "between"))
            break;
        /* "the ceasefire failed to end fighting between X and Y", "the
         * deal said negotiations between": an infinitive or a
         * reported clause names a second act, whose parties are its own
         * (the truce failed: X and Y are not said to have agreed it) */
        if ((ex_tok_is(st, j, "to") && j + 1 < st->ntoks &&
             st->toks[j + 1].kind == KG_TOK_WORD &&
             st->toks[j + 1].tag == KG_W_NONE &&
             !(st->toks[j + 1].flags & KG_TOKF_CAP) &&
             !ex_tok_is(st, j + 1, "one")) ||
            ex_tok_is(st, j, "said"))
            return NULL; /* (not "a deal similar to one between") */
        if (j > t1 && ex_tok_is(st, j, "by") && ex_ends_ed(st, j - 1) &&
            (ag = ex_actor_from(st, j + 1)) != NULL) {
            lim += ag->t1 - j;
            j = ag->t1 - 1;
            continue;
        }
        if (w && w->t0 == j &&
            (ex_is_date(&w->ent) ||
             (j > t1 && ex_tok_is(st, j - 1, "in") && w->ent.type &&
              (!strcmp(w->ent.type, "Place") ||
               !strcmp(w->ent.type, "Country"))))) {
            /* "clashes on Tuesday between", "clashes in Najaf between" */
            j = w->t1 - 1;
            continue;
        }
        if (st->toks[j].kind != KG_TOK_WORD || w)
            return NULL;
    }
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "between"))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET && j + 1 < st->ntoks)
        j++;
    x = ex_mention_at(st, j);
    if (!x || x->t0 != j || x->dropped || x->ent.is_value ||
        !ex_tok_is(st, x->t1, "and"))
        return NULL;
    j = x->t1 + 1;
    if (ex_faith_before_group(st, j)) /* "and Shia militiamen" */
        j++;
    y = ex_mention_at(st, j);
    return y && y->t0 == j && !y->dropped && !y->ent.is_value ? x : NULL;
}

/* "during a visit to", "on his two-day visit to": the token of "during"
 * or "on" before the noun at token i (an article or possessive and up to
 * two lower-case words between), or (size_t)-1. */
static size_t ex_during_visit(const ex_state *st, size_t i)
{
    size_t k = i, words = 0;
    while (k > 0 && words < 3 &&
           (st->toks[k - 1].tag == KG_W_DET ||
            st->toks[k - 1].tag == KG_W_POSS ||
            (st->toks[k - 1].kind == KG_TOK_WORD &&
             st->toks[k - 1].tag == KG_W_NONE &&
             !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
             !ex_mention_at(st, k - 1)))) {
        k--;
        words++;
    }
    if (k == i || k == 0 || st->toks[k].tag != KG_W_DET)
        return (size_t)-1; /* ("during his visit": the possessor's) */
    /* ("commented on the visit" is about someone else's visit) */
    if (ex_tok_is(st, k - 1, "during") ||
        (ex_tok_is(st, k - 1, "on") &&
         (k == 1 || ex_tok_punct(st, k - 2, ',') ||
          ex_tok_is(st, k - 2, "while"))))
        return k - 1;
    return (size_t)-1;
}

/* The visitor of "during a visit" at token d: "Blair, during a visit to
 * Iraq, said" (the actor before the comma), "During a visit to China,
 * Bush urged" and "Speaking during a visit to Moscow, Chirac" (the actor
 * after the phrase's comma), "Musharraf has said during a visit to
 * Britain" and "he told journalists during a visit" (the speaker of a
 * speech verb before it), "Chirac praised Russia during a visit" (the
 * subject of the clause it ends).  t1 is the token after the noun. */
static const kg_entity *ex_visitor(const ex_state *st, size_t d, size_t t1,
                                   const kg_entity *speaker, size_t speech_at)
{
    const ex_mention *m;
    size_t j;
    int opener = d == 0 || (d == 1 && ex_is_ing(st, 0));
    if (d >= 2 && ex_tok_punct(st, d - 1, ',')) {
        m = ex_mention_at(st, d - 2);
        if (m && m->t1 == d - 1 && !m->dropped && !m->ent.is_value)
            return &m->ent;
        opener = 1;
    }
    if (!opener) {
        if (speaker && speech_at < d)
            return speaker;
        /* ("declared that America was winning ... during a visit": the
         * visitor is the one who declared, not America; "held talks with
         * President Suleiman during a visit": not Suleiman) */
        m = ex_last_subject(st, d, d, 1);
        return m ? &m->ent : NULL;
    }
    for (j = t1; j < st->ntoks && j < t1 + 12; j++)
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, '.') ||
            ex_tok_punct(st, j, ';'))
            break;
    if (j >= st->ntoks || !ex_tok_punct(st, j, ','))
        return NULL;
    j++;
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? &m->ent
                                                             : NULL;
}

/* ---- nouns whose possessor is the patient ------------------------------ */

/* Arrest and detention (173), abduction (181), release (084), expulsion
 * (174), assassination (186): "his arrest" is done to him. */
static int ex_patient_noun(const kg_onto_relation *rel)
{
    static const char *const codes[] = {"173", "181", "084", "174", "186",
                                        NULL};
    size_t k;
    for (k = 0; rel->cameo && codes[k]; k++)
        if (!strncmp(rel->cameo, codes[k], 3))
            return 1;
    return 0;
}

/* Was the subject just found the possessor of the noun ("his arrest",
 * "Turkey's requests", "Turkey’s")? */
static int ex_possessor(const ex_state *st, const ex_mention *sm)
{
    size_t e;
    if (!sm)
        return st->subj_end > 0 && st->toks[st->subj_end - 1].tag == KG_W_POSS;
    e = sm->t1;
    if (e < st->ntoks && ex_tok_is(st, e, "'s"))
        return 1;
    return e + 1 < st->ntoks && ex_is_quote(st, e) && ex_tok_is(st, e + 1, "s");
}

/* ---- complement clauses: appeals, demands, intentions, claims --------- */

/*
 * CAMEO roots 02 (appeal) and 10 (demand) share their second level with
 * 03 (intent, ex_intents above): x1 material cooperation, x2 diplomatic
 * cooperation, x3 aid, x4 political reform, x5 yield, x6 meeting or
 * negotiation, x7 settlement, x8 mediation.  The code of family fam ("02"
 * or "10") for the act coded cameo: "urged Iran to lift sanctions" (085)
 * is 0254, "told Kyiv to supply weapons" (072) 1032, "wants Putin to
 * attack" (an act of force) 021, material cooperation being the closest
 * of the family's codes.  Returns a string in the arena, or NULL when out
 * of memory.
 */
static const char *ex_family_code(ex_state *st, const char *fam,
                                  const char *cameo, int quad)
{
    char buf[5];
    char second = '0', third = 0, c;
    size_t n = 0;
    int root = -1;

    if (cameo && strlen(cameo) >= 3 && cameo[0] >= '0' && cameo[0] <= '2' &&
        cameo[1] >= '0' && cameo[1] <= '9')
        root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    c = root >= 0 ? cameo[2] : '0';
    switch (root) {
    case 4: /* 045 mediate; the rest meet, visit, negotiate */
        second = c == '5' ? '8' : '6';
        break;
    case 5:
        second = '2';
        break;
    case 6: /* 061-064: economic, military, judicial, intelligence */
    case 7: /* 071-074: economic, military, humanitarian aid, protection */
        second = root == 6 ? '1' : '3';
        if (c >= '1' && c <= '4')
            third = c;
        break;
    case 8: /* 081 ease administrative sanctions ... 087 de-escalate */
        second = '5';
        switch (c) {
        case '1':
        case '2':
            third = c;
            break;
        case '3': /* accede to political reform: 0831 leadership, 0832
                   * policy, 0833 rights, 0834 institutions are x41-x44 */
            second = '4';
            if (cameo[3] >= '1' && cameo[3] <= '4')
                third = cameo[3];
            break;
        case '4':
        case '5':
        case '6':
        case '7':
            third = (char)(c - 1);
            break;
        default:
            break;
        }
        break;
    default:
        if (quad == 4)
            second = '1';
        break;
    }
    buf[n++] = fam[0];
    buf[n++] = fam[1];
    buf[n++] = second;
    if (third)
        buf[n++] = third;
    return ex_strndup(st, buf, n);
}

/* Verbs whose object is asked to act: "urged Iran to", "wants Putin to",
 * "called on Moscow to" (family 02), "ordered the army to", "told Kyiv
 * to" (family 10).  ("force" is left out: "forces" is far more often the
 * noun.) */
static const char ex_appeal_verbs[] =
    "want;wants;wanted;wanting;ask;asks;asked;asking;urge;urges;urged;"
    "urging;press;presses;pressed;pressing;encourage;encourages;encouraged;"
    "encouraging;invite;invites;invited;inviting;request;requests;"
    "requested;requesting;implore;implores;implored;imploring;beg;begs;"
    "begged;begging;persuade;persuades;persuaded;persuading;push;pushes;"
    "pushed;pushing;lobby;lobbies;lobbied;lobbying";
static const char ex_appeal_particle_verbs[] = /* + on/upon, + to */
    "call;calls;called;calling;appeal;appeals;appealed;appealing";
static const char ex_demand_verbs[] =
    "demand;demands;demanded;demanding;order;orders;ordered;ordering;tell;"
    "tells;told;telling;instruct;instructs;instructed;instructing;pressure;"
    "pressures;pressured;pressuring;compel;compels;compelled;compelling;"
    "forced;forcing";

/* Nouns of asking whose asker follows "from": "pressure from Congress". */
static const char ex_pressure_nouns[] =
    "pressure;pressures;demand;demands;calls;appeal;appeals";

/* Words that permit an act without asking for it: "allowed Russia to",
 * "permission to Russia to". */
static const char ex_permit_verbs[] =
    "allow;allows;allowed;allowing;permit;permits;permitted;permitting;"
    "permission;authorise;authorises;authorised;authorize;authorizes;"
    "authorized";

/* The appeal, demand or permission word before an actor whose first
 * token is t0 ("urged [the] Iran", "called on Iran", "appealed to Iran",
 * "pressured by Congress", "permission to Russia"): its token, with *fam
 * set to "02" (appeal), "10" (demand) or "" (permission) and *passive to
 * 1 when "by" put the asker after the verb; (size_t)-1 when none. */
static size_t ex_appeal_verb(const ex_state *st, size_t t0, const char **fam,
                             int *passive)
{
    size_t v = t0;
    *passive = 0;
    if (v > 0 && st->toks[v - 1].tag == KG_W_DET) /* the, all, both */
        v--;
    if (v == 0)
        return (size_t)-1;
    v--;
    if (ex_tok_is(st, v, "from") && v > 0 &&
        ex_in_list(ex_pressure_nouns, st->toks[v - 1].lower)) {
        /* "faces pressure from Congress to help Iran" */
        *passive = 1;
        *fam = strncmp(st->toks[v - 1].lower, "call", 4) != 0 &&
                       strncmp(st->toks[v - 1].lower, "appeal", 6) != 0
                   ? "10"
                   : "02";
        return v - 1;
    }
    if (ex_tok_is(st, v, "by") && v > 0) {
        *passive = 1;
        v--;
    } else if (ex_tok_is(st, v, "on") || ex_tok_is(st, v, "upon") ||
               ex_tok_is(st, v, "to")) {
        if (v == 0)
            return (size_t)-1;
        if (ex_in_list(ex_appeal_particle_verbs, st->toks[v - 1].lower)) {
            *fam = "02";
            return v - 1;
        }
        if (ex_tok_is(st, v, "to") &&
            ex_in_list(ex_permit_verbs, st->toks[v - 1].lower)) {
            *fam = "";
            return v - 1;
        }
        return (size_t)-1;
    }
    if (ex_tok_is(st, v, "for") && v > 0 &&
        (ex_in_list(ex_appeal_particle_verbs, st->toks[v - 1].lower) ||
         ex_in_list(ex_appeal_verbs, st->toks[v - 1].lower))) {
        /* "called for Manila to withdraw", "Beijing's call for Manila
         * to withdraw", "pressed for Iran to allow" (the verb and the
         * noun alike: the asker is found as for "call on") */
        *fam = "02";
        return v - 1;
    }
    if (ex_in_list(ex_appeal_verbs, st->toks[v].lower))
        *fam = "02";
    else if (ex_in_list(ex_demand_verbs, st->toks[v].lower))
        *fam = "10";
    else if (ex_in_list(ex_permit_verbs, st->toks[v].lower))
        *fam = "";
    else
        return (size_t)-1;
    return v;
}

/* "Obama is being pressured by congress to help Iran", "was asked to
 * attack": an infinitive trigger at token i governed by a passive verb of
 * asking, ordering or permitting between its subject (ending at from)
 * and the "to".  The act is then only asked for (1) or permitted (2),
 * whoever asks. */
static int ex_asked_act(const ex_state *st, size_t from, size_t i)
{
    size_t j;
    if (i < 2 || !ex_tok_is(st, i - 1, "to") || from >= i - 1)
        return 0;
    for (j = from; j < i - 1; j++) {
        const char *w = st->toks[j].lower;
        if (ex_tok_punct(st, j, ',') || st->toks[j].tag == KG_W_SUB)
            return 0;
        /* "is under pressure to work with": asked of the subject */
        if (j > from && ex_tok_is(st, j - 1, "under") &&
            (ex_tok_is(st, j, "pressure") || ex_tok_is(st, j, "pressures")))
            return 1;
        /* passive only: "wants to help" is the subject's own intent */
        if (!ex_is_passive(st, j))
            continue;
        if (ex_in_list(ex_appeal_verbs, w) || ex_in_list(ex_demand_verbs, w))
            return 1;
        if (ex_in_list(ex_permit_verbs, w))
            return 2;
    }
    return 0;
}

/* "Germany's request to send ammunition", "calls by Kyiv to impose
 * sanctions", "a proposal to send troops": an infinitive trigger at
 * token i right after a noun of asking or proposing (ex_ask_nouns; the
 * asker may stand between, after "from", "by" or "of"; one adverb may
 * follow "to"), or after a plan that a judging verb takes.  The act is
 * then only asked for (1) or proposed (2), done by nobody yet; else 0.  (An offer or a bid is the subject's own
 * intent: "offered to mediate" is read as such.) */
static size_t ex_judging_verb_before(ex_state *st, size_t i);

static int ex_asked_by_noun(ex_state *st, size_t i)
{
    static const char *const plans[] = {"plan", "plans", "idea", "scheme",
                                        NULL};
    static const char *const own[] = {"offer", "offers", "bid", "overture",
                                       NULL};
    static const char *const put[] = {"proposal", "proposals",
                                      "suggestion", "invitation", NULL};
    const ex_mention *m;
    size_t j = i;
    if (j >= 3 && !ex_tok_is(st, j - 1, "to") && ex_tok_is(st, j - 2, "to"))
        j--; /* "to quickly send" */
    if (j < 3 || !ex_tok_is(st, j - 1, "to"))
        return 0;
    j -= 2;
    if ((m = ex_mention_at(st, j)) != NULL && m->t1 == j + 1 &&
        !m->dropped && !m->ent.is_value) {
        /* "calls from Kyiv to", "a request by the Kremlin to" */
        size_t k = m->t0;
        while (k > 0 && st->toks[k - 1].tag == KG_W_DET)
            k--;
        if (k < 2 || !(ex_tok_is(st, k - 1, "from") ||
                       ex_tok_is(st, k - 1, "by") ||
                       ex_tok_is(st, k - 1, "of")))
            return 0;
        j = k - 2;
    }
    /* "Hungary rejected a plan to send troops", "backed a plan to
     * freeze": a plan judged by another is no intent of the judge's, only
     * a proposal */
    if (st->toks[j].kind == KG_TOK_WORD &&
        ex_pronoun_is(&st->toks[j], plans) &&
        ex_judging_verb_before(st, j) != (size_t)-1)
        return 2;
    if (st->toks[j].kind != KG_TOK_WORD ||
        !ex_pronoun_is(&st->toks[j], ex_ask_nouns) ||
        ex_pronoun_is(&st->toks[j], own))
        return 0;
    /* ("made a phone call to congratulate Putin": he congratulated) */
    if (j > 0 && (ex_tok_is(st, j - 1, "phone") ||
                  ex_tok_is(st, j - 1, "telephone")))
        return 0;
    return ex_pronoun_is(&st->toks[j], put) ? 2 : 1;
}

/* Does the asking verb at token v ask its object m a question ("asked Mr
 * Brown whether", "asking Mr Finegold if he is", "asked him: ...",
 * "asked Jackson's lawyer what had happened")?  An appeal asks the object
 * to act ("asked Iran to") or for something ("asked Congress for"). */
static int ex_asked_question(const ex_state *st, size_t v,
                             const ex_mention *m)
{
    /* ("who" and "which" open relative clauses as often: "asked Craxi,
     * who has been prime minister ..., to continue") */
    static const char *const wh[] = {"whether", "if",    "how", "what",
                                     "why",     "where", NULL};
    size_t j = m->t1;
    if (!ex_in_list("ask;asks;asked;asking", st->toks[v].lower))
        return 0;
    /* (through the rest of the object's phrase: "Jackson's lawyer, David
     * LeGrand,") */
    while (j < st->ntoks && j - m->t1 < 8 &&
           !ex_pronoun_is(&st->toks[j], wh) && !ex_tok_punct(st, j, ':') &&
           !ex_is_quote(st, j) && !ex_tok_is(st, j, "to") &&
           !ex_tok_is(st, j, "for") && st->toks[j].tag != KG_W_SUB &&
           (st->toks[j].kind == KG_TOK_WORD || ex_tok_punct(st, j, ',')))
        j++;
    return j < st->ntoks && (ex_pronoun_is(&st->toks[j], wh) ||
                             ex_tok_punct(st, j, ':') || ex_is_quote(st, j));
}

/* Verbs that ask for an act in a "that" clause with the bare verb, the
 * subjunctive: "demanded that Russia release", "insisted that Kyiv
 * withdraw" (family 10), "urged that Iran allow", "asked that Turkey
 * extradite", "recommended that Israel withdraw", "suggested that
 * Germany cut", "proposed that Ukraine pull out" (02: CAMEO 2.0's verb
 * dictionary files RECOMMEND and SUGGEST under 020, as kg's lexicon does
 * propose).  The act is asked for, not done.  ("said that", "told
 * reporters that" report, and "told Moscow that" informs: not here;
 * "suggested that Iran had attacked" and "suggests that Labour will win"
 * have no bare verb.) */
static const char ex_that_demand_verbs[] =
    "demand;demands;demanded;demanding;insist;insists;insisted;insisting";
/* "demanded Rwanda withdraw its troops", "demands Kyiv release": "demand"
 * takes the subjunctive without "that" too ("insisted Russia was" reports,
 * so only "demand" here). */
static const char ex_bare_demand_verbs[] =
    "demand;demands;demanded;demanding";
static const char ex_that_appeal_verbs[] =
    "urge;urges;urged;urging;ask;asks;asked;asking;request;requests;"
    "requested;requesting;recommend;recommends;recommended;recommending;"
    "suggest;suggests;suggested;suggesting;propose;proposes;proposed;"
    "proposing";

/* The asking verb of a "that" clause whose subject's first token is t0
 * ("demanded that [the] Iran"): its token, with *fam "10" or "02", or
 * (size_t)-1. */
static size_t ex_that_appeal_verb(const ex_state *st, size_t t0,
                                  const char **fam)
{
    size_t v = t0;
    if (v > 0 && st->toks[v - 1].tag == KG_W_DET)
        v--;
    if (v >= 1 && ex_in_list(ex_bare_demand_verbs, st->toks[v - 1].lower)) {
        /* "demanded Rwanda withdraw": the subjunctive without "that"
         * (the caller checks the bare verb) */
        *fam = "10";
        return v - 1;
    }
    if (v < 2 || !ex_tok_is(st, v - 1, "that"))
        return (size_t)-1;
    v -= 2;
    if (ex_in_list(ex_that_demand_verbs, st->toks[v].lower))
        *fam = "10";
    else if (ex_in_list(ex_that_appeal_verbs, st->toks[v].lower))
        *fam = "02";
    else
        return (size_t)-1;
    return v;
}

/* "figures suggest that the authorities sold dollars": after "suggest",
 * which reports as often as it asks, a verb that may be an irregular past
 * (a lemma of it is another word: sold, sell) reports a fact.  (Not
 * after "demand" or "urge", which ask: "urged that the rebels lay down
 * their arms".) */
static int ex_suggested_fact(ex_state *st, size_t v, size_t j)
{
    static const char *const suggest[] = {"suggest", "suggests", "suggested",
                                          "suggesting", NULL};
    size_t k;
    if (!ex_pronoun_is(&st->toks[v], suggest) || !ex_lemma(j, 0, st))
        return 0;
    for (k = 0; k < st->toks[j].nlemmas; k++)
        if (strcmp(st->toks[j].lemmas[k], st->toks[j].lower) != 0)
            return 1;
    return 0;
}

/* A bare verb trigger at token j, the subjunctive of a demand ("that
 * Russia release"; one -ly adverb may come first): the trigger's token,
 * or (size_t)-1.  "releases", "released" report a fact instead. */
static size_t ex_bare_verb(ex_state *st, size_t j)
{
    const kg_onto_relation *rel;
    size_t ntok, n;
    if (j < st->ntoks && (n = strlen(st->toks[j].lower)) > 4 &&
        !strcmp(st->toks[j].lower + n - 2, "ly"))
        j++;
    if (j >= st->ntoks || st->toks[j].kind != KG_TOK_WORD ||
        st->toks[j].tag != KG_W_NONE || ex_ends_ed(st, j))
        return (size_t)-1;
    n = strlen(st->toks[j].lower);
    if (n > 2 && st->toks[j].lower[n - 1] == 's' &&
        st->toks[j].lower[n - 2] != 's')
        return (size_t)-1;
    if (!kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                 &rel, &ntok) ||
        rel->noun)
        return (size_t)-1;
    return j;
}

/* "insisted that Poland allow", "insisted that Greece and Turkey
 * resolve": does a "that" clause starting at token t have an actor as
 * its subject (coordinated ones too) and then a bare verb, the
 * subjunctive of a demand?  ("insisted that Russia was behind", "that
 * it had complied", "that Japan boosts" state a claim instead.) */
static int ex_subjunctive_clause(const ex_state *st, size_t t)
{
    const ex_mention *m;
    const ex_tok *k;
    size_t j = t, n;
    for (;;) {
        if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        if (j >= st->ntoks || (m = ex_mention_at(st, j)) == NULL ||
            m->t0 != j || m->dropped || m->ent.is_value)
            return 0;
        j = m->t1;
        if (!ex_tok_is(st, j, "and"))
            break;
        j++;
    }
    if (j < st->ntoks && (n = strlen(st->toks[j].lower)) > 4 &&
        !strcmp(st->toks[j].lower + n - 2, "ly"))
        j++;
    if (j >= st->ntoks)
        return 0;
    k = &st->toks[j];
    n = strlen(k->lower);
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP) && !k->mention && !ex_ends_ed(st, j) &&
           !(n > 2 && k->lower[n - 1] == 's' && k->lower[n - 2] != 's') &&
           !(n > 4 && !strcmp(k->lower + n - 3, "ing")) &&
           !kg_onto__irregular(st->onto, k->lower);
}

/* "to" + verb trigger at token j (one -ly adverb may come between): the
 * trigger's token, or (size_t)-1. */
static size_t ex_to_verb(ex_state *st, size_t j)
{
    const kg_onto_relation *rel;
    size_t ntok, n, adverbs = 0;
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "to"))
        return (size_t)-1;
    for (j++; j < st->ntoks; j++) {
        if (st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
            kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            !rel->noun)
            return j;
        /* "to quickly supply": one adverb may stand before the verb */
        n = strlen(st->toks[j].lower);
        if (n <= 4 || strcmp(st->toks[j].lower + n - 2, "ly") != 0 ||
            ++adverbs > 1)
            break;
    }
    return (size_t)-1;
}

/* After an appeal trigger ending at t1 ("urged", "called on"): does an
 * actor follow and then "to" + a verb trigger?  Then the appeal is read
 * at that verb, where its code can say what was asked. */
static int ex_appeal_clause_follows(ex_state *st, size_t t1)
{
    const ex_mention *m;
    size_t j = t1;
    if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks)
        return 0;
    if (st->toks[j].tag == KG_W_PRON)
        return ex_to_verb(st, j + 1) != (size_t)-1;
    if (ex_tok_is(st, j, "that") && j > 0 &&
        (ex_in_list(ex_that_demand_verbs, st->toks[j - 1].lower) ||
         ex_in_list(ex_that_appeal_verbs, st->toks[j - 1].lower))) {
        /* "demanded that Russia release" */
        j++;
        if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        return m && m->t0 == j && !m->ent.is_value &&
               ex_bare_verb(st, m->t1) != (size_t)-1;
    }
    m = ex_mention_at(st, j);
    if (m && m->t0 == j && !m->ent.is_value && t1 > 0 &&
        ex_in_list(ex_bare_demand_verbs, st->toks[t1 - 1].lower) &&
        ex_subjunctive_clause(st, j) && ex_bare_verb(st, m->t1) != (size_t)-1)
        return 1; /* "demanded Rwanda withdraw" */
    return m && m->t0 == j && !m->ent.is_value &&
           ex_to_verb(st, m->t1) != (size_t)-1;
}

/* "The USA tanks", "Russian warplanes": a country word before a noun of a
 * weapon or vehicle names a thing.  Things may fire or bomb (PETRARCH
 * codes "Russian jets bombed" as Russia's), but they do not ask, demand
 * or claim. */
static int ex_thing_modifier(const ex_state *st, const ex_mention *m)
{
    static const char *const things[] = {
        "tank",     "tanks",    "jet",      "jets",      "warplane",
        "warplanes", "plane",   "planes",   "aircraft",  "missile",
        "missiles", "rocket",   "rockets",  "ship",      "ships",
        "warship",  "warships", "drone",    "drones",    "helicopter",
        "helicopters", "vehicle", "vehicles", "weapon",  "weapons",
        NULL};
    return m && m->t1 < st->ntoks && ex_pronoun_is(&st->toks[m->t1], things);
}

/* "The European Commission's report on Turkey will recommend", "an
 * inquiry into Britain's role urged": an actor after "on", "about" or
 * "into" that follow a common noun is the topic of the subject, which is
 * no actor; it neither asks nor claims. */
static int ex_topic_of(const ex_state *st, const ex_mention *m)
{
    static const char *const about[] = {"on", "about", "into", "concerning",
                                        "regarding", NULL};
    size_t j;
    if (!m)
        return 0;
    for (j = m->t0; j > 0 && st->toks[j - 1].tag == KG_W_DET; j--)
        ;
    return j >= 2 && ex_pronoun_is(&st->toks[j - 1], about) &&
           st->toks[j - 2].kind == KG_TOK_WORD &&
           st->toks[j - 2].tag == KG_W_NONE &&
           !(st->toks[j - 2].flags & KG_TOKF_CAP) &&
           !ex_mention_at(st, j - 2);
}

/* Events that do harm without an actor: as the subject of a verb they
 * leave it with no actor ("quakes killed 23 people"). */
static const char *const ex_event_nouns[] = {
    "attack",     "attacks",   "bomb",       "bombs",       "blast",
    "blasts",     "explosion", "explosions", "bombing",     "bombings",
    "quake",      "quakes",    "earthquake", "earthquakes", "storm",
    "storms",     "flood",     "floods",     "flooding",    "violence",
    "fighting",   "clashes",   "raid",       "raids",       "strike",
    "strikes",    "airstrike", "airstrikes", "shelling",    "landslide",
    "landslides", "tsunami",   "hurricane",  "typhoon",     "cyclone",
    "crash",      NULL};

/* Is the subject of the verb at token i an event, not the actor sm the
 * scan found?  "Bombs in Baghdad killed", "the deadliest quakes to hit
 * Japan in a decade killed", "shelled Fallujah after overnight air and
 * tank attacks killed": the actor only says where.  An actor that
 * modifies the event stays its agent ("Israeli air strikes killed"). */
static int ex_event_is_subject(const ex_state *st, const ex_mention *sm,
                               size_t i)
{
    static const char *const aux[] = {"has", "have", "had", "was", "were",
                                      "is", "are", "also", NULL};
    size_t j = i, b, words = 0;
    while (j > 0 && ex_pronoun_is(&st->toks[j - 1], aux))
        j--;
    if (j > 0 && ex_pronoun_is(&st->toks[j - 1], ex_event_nouns)) {
        /* the event right before the verb: its modifiers lead back to
         * the actor, or the actor belongs to another phrase */
        for (b = j - 1; b > sm->t1 && words < 4; b--, words++) {
            const ex_tok *k = &st->toks[b - 1];
            if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP) ||
                (k->tag != KG_W_NONE && !ex_tok_is(st, b - 1, "and")))
                return 1;
        }
        return b != sm->t1;
    }
    /* the actor in a phrase that follows the event: "Bombs in Baghdad",
     * "quakes to hit Japan" */
    b = sm->t0;
    while (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    if (b >= 2 && st->toks[b - 1].tag == KG_W_PREP &&
        ex_pronoun_is(&st->toks[b - 2], ex_event_nouns))
        return 1;
    return b >= 3 && ex_tok_is(st, b - 2, "to") &&
           ex_pronoun_is(&st->toks[b - 3], ex_event_nouns);
}

/* The subject of the verb at token v, read without disturbing the state
 * the current trigger's subject left.  The verbs asked about (appeals,
 * claims) are speech acts: a thing is no subject of them. */
static const kg_entity *ex_subject_of_m(ex_state *st, size_t v,
                                        const ex_mention **mout)
{
    const ex_mention *m;
    int pron;
    size_t subj_end = st->subj_end;
    int light = st->light_verb;
    const kg_entity *e = ex_subject(st, v, 0, 0, &m, &pron);
    size_t a;
    st->subj_end = subj_end;
    st->light_verb = light;
    /* "Powell urged China to resume talks on scrapping its weapons and
     * pressed Beijing to accept": a verb after "and" shares the subject
     * of its clause, not the actor (or pronoun) nearest before it */
    if ((a = ex_and_verb(st, v)) != 0 && e) {
        const ex_mention *cm = ex_clause_subject(st, a - 1);
        if (cm && cm != m && (!m || cm->t0 < m->t0)) {
            e = &cm->ent;
            m = cm;
        }
    }
    if (mout)
        *mout = e ? m : NULL;
    return ex_thing_modifier(st, m) || ex_topic_of(st, m) ? NULL : e;
}

static const kg_entity *ex_subject_of(ex_state *st, size_t v)
{
    return ex_subject_of_m(st, v, NULL);
}

/* Verbs that report a contested claim: "The US claimed that ISIL had
 * attacked Iraq" is, besides the reported attack, an accusation (112) by
 * the US against ISIL. */
static const char ex_claim_verbs[] =
    "claim;claims;claimed;claiming;allege;alleges;alleged;alleging";

static size_t ex_claim_verb(const ex_state *st, size_t t0, int harm_done)
{
    size_t v = t0;
    if (v > 0 && ex_tok_is(st, v - 1, "the"))
        v--;
    if (v > 0 && ex_tok_is(st, v - 1, "that"))
        v--;
    /* "The US said that Iraq had attacked": saying, with "that", that
     * another did material harm (harm_done: quad 4, asserted) puts the
     * blame on them just as claiming does; "said that the parliament
     * would reject" and a plain "X said Y attacked" are left as reported
     * speech */
    if (harm_done && v > 0 && v < t0 && ex_tok_is(st, v, "that") &&
        (ex_tok_is(st, v - 1, "said") || ex_tok_is(st, v - 1, "says")))
        return v - 1;
    if (v == 0 || !ex_in_list(ex_claim_verbs, st->toks[v - 1].lower))
        return (size_t)-1;
    return v - 1;
}

/* "Israel announced it would free 150 prisoners", "Russia said it will
 * supply weapons": an actor that says it will act states an intention
 * (CAMEO root 03 for cooperation, 13 for force), as "pledged to" does.
 * True when the speech verb at speech_at has subj as its speaker and
 * "will", "would" or "shall" stands between it and the trigger at i.
 * ("might", "could" stay hypothetical: no commitment.) */
static int ex_announced_intent(const ex_state *st, const kg_entity *speaker,
                               size_t speech_at, const kg_entity *subj,
                               size_t i)
{
    static const char *const will[] = {"will", "would", "shall", "'ll",
                                       NULL};
    size_t j;
    size_t n = 0;
    if (!speaker || speech_at >= i || !subj || !ex_same_id(speaker, subj))
        return 0;
    /* near, not counting a day, and a name counting as one word ("told
     * the European Union on Monday that it would withdraw" is as near as
     * "told Japan that it would withdraw") */
    for (j = speech_at + 1; j < i; j++, n++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (ex_when_phrase(st, j) > j)
            j = ex_when_phrase(st, j) - 1;
        else if (m && m->t0 == j && m->t1 > j + 1 && m->t1 <= i)
            j = m->t1 - 1;
    }
    if (n + 1 > EX_CUE_WINDOW)
        return 0;
    for (j = speech_at + 1; j < i; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], will))
            return 1;
    }
    return 0;
}

/* "Washington will send more weapons to Ukraine, Secretary of State
 * Antony Blinken said", "Berlin will deliver air defence systems to Kyiv,
 * Chancellor Olaf Scholz said": a future the actor's own government
 * announces after the clause is its stated intention (root 03), as
 * "Russia said it will supply weapons" is (ex_announced_intent).  True
 * when the speech verb at speech_at follows the trigger at i, "will",
 * "would" or "shall" stands between the subject's end (from) and i, and
 * the speaker is the subject or speaks for its state (a GOV-coded
 * speaker of the subject's country, the subject being that country or
 * one of its state organs).  Another's report ("Israel will withdraw, a
 * Palestinian official said") stays a plain future. */
static int ex_announced_after(const ex_state *st, const kg_entity *speaker,
                              size_t speech_at, const kg_entity *subj,
                              size_t from, size_t i)
{
    static const char *const will[] = {"will", "would", "shall", "'ll",
                                       NULL};
    size_t j;
    int own;
    if (!speaker || !subj || speech_at == (size_t)-1 || speech_at <= i ||
        from >= i || st->toks[i].quote)
        return 0;
    /* (the speech verb after a comma: "adding more routes" in "will start
     * negotiations about adding more routes" is no attribution; nor is a
     * quote's "I would like to", whose "would" is no plan) */
    for (j = i + 1; j < speech_at && !ex_tok_punct(st, j, ','); j++)
        ;
    if (j == speech_at)
        return 0;
    own = ex_same_id(speaker, subj) ||
          (speaker->country && subj->country && speaker->code &&
           subj->code && !strcmp(speaker->country, subj->country) &&
           ex_code_ends(speaker->code, "GOV") &&
           ((subj->type && !strcmp(subj->type, "Country")) ||
            ex_code_ends(subj->code, "GOV") ||
            ex_code_ends(subj->code, "MIL")));
    if (!own)
        return 0;
    for (j = from; j < i; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], will))
            return 1;
    }
    return 0;
}

/* May token i open a relation trigger?  Open-class words may; so may the
 * intent and threat words when an object, not an infinitive, follows
 * ("threatened Turkey", "pledged aid to", "wants Putin to"): before "to"
 * they are only cues of the verb that comes next. */
static int ex_may_trigger(const ex_state *st, size_t i)
{
    int tag = st->toks[i].tag;
    if (tag == KG_W_NONE)
        return 1;
    return (tag == KG_W_INTENT || tag == KG_W_THREAT) &&
           i + 1 < st->ntoks && !ex_tok_is(st, i + 1, "to");
}

/* Does an article or a possessive open the noun phrase token i ends,
 * right before it or before one or two plain lower-case words ("the
 * best", "a brief private visit", "his phone")? */
static int ex_after_article(const ex_state *st, size_t i)
{
    size_t j = i, n;
    for (n = 0; n < 3 && j > 0; n++, j--) {
        const ex_tok *a = &st->toks[j - 1];
        if (a->tag == KG_W_DET || a->tag == KG_W_POSS)
            return 1;
        if (n == 2 || a->kind != KG_TOK_WORD || a->tag != KG_W_NONE ||
            a->trigger || (a->flags & KG_TOKF_CAP) || ex_mention_at(st, j - 1))
            return 0;
    }
    return 0;
}

/* Is the trigger at token i the noun of "according to" ("according to
 * reports", "according to local reports"): past up to two plain words,
 * "to" after "according"? */
static int ex_after_according(const ex_state *st, size_t i)
{
    size_t j = i, n;
    for (n = 0; n < 3 && j > 1; n++, j--) {
        const ex_tok *a = &st->toks[j - 1];
        if (ex_tok_is(st, j - 1, "to"))
            return ex_tok_is(st, j - 2, "according");
        if (n == 2 || a->kind != KG_TOK_WORD || a->tag != KG_W_NONE ||
            a->trigger || (a->flags & KG_TOKF_CAP) || ex_mention_at(st, j - 1))
            return 0;
    }
    return 0;
}

/* A partitive from token j ("the first of its", "the first batch of",
 * "the rest of the", "a shipment of"): an optional article, one or two
 * words that name a part or a count, "of", an optional article or
 * possessive.  Returns the token after it, or j when there is none. */
static size_t ex_partitive(const ex_state *st, size_t j)
{
    static const char *const parts[] = {
        "first",  "second",   "third",     "last",     "latest",
        "rest",   "bulk",     "majority",  "remainder", "part",
        "batch",  "shipment", "consignment", "delivery", "portion",
        "half",   "share",    "most",      "some",     "all",
        "lot",    "set",      "round",     "tranche",  "wave", NULL};
    size_t k = j, words = 0;
    if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    while (k < st->ntoks && words < 2 && ex_pronoun_is(&st->toks[k], parts)) {
        k++;
        words++;
    }
    if (!words || k + 1 >= st->ntoks || !ex_tok_is(st, k, "of"))
        return j;
    k++;
    if (st->toks[k].tag == KG_W_DET || st->toks[k].tag == KG_W_POSS)
        k++;
    return k < st->ntoks ? k : j;
}

/* "Russia announced a ceasefire in Ukraine", "Japan announced $10
 * million in aid for Haiti": a word of speech that opens a verb entry of
 * several words is the act the entry names, not a report of what was
 * said ("announced that ..." matches no such entry and stays speech).
 * Fills *rel and *ntok as kg_onto__match_relation. */
static int ex_speech_act(ex_state *st, size_t i, const kg_onto_relation **rel,
                         size_t *ntok)
{
    return st->toks[i].tag == KG_W_SPEECH &&
           kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                   rel, ntok) &&
           !(*rel)->noun && *ntok > 1;
}

/* "U.S. trade representative Clayton Yeutter", "Foreign Trade Minister
 * Herman De Croo": a word of a title right before a person's name is
 * part of the office, not an event ("trade" is no trade with anyone). */
static int ex_in_title(const ex_state *st, size_t i)
{
    size_t k = i + 1;
    while (k-- > 0 && i - k <= 3) {
        const char *agent = NULL;
        size_t tl = ex_match_title(st, k, &agent);
        const ex_mention *p;
        if (!tl || k + tl <= i || k + tl >= st->ntoks)
            continue;
        p = ex_mention_at(st, k + tl);
        if (p && p->t0 == k + tl && !p->dropped && ex_is_person(&p->ent))
            return 1;
    }
    return 0;
}

/* Is "back" at token i the particle of the verb before it ("pulled
 * back its troops", "scaled back", "drew back", "rolled back") rather
 * than the verb "back" (050, support)? */
static int ex_back_particle(ex_state *st, size_t i)
{
    static const char *const verbs[] = {
        "pull",  "draw",  "scale", "roll",  "cut",  "hold", "step", "fall",
        "wind",  "push",  "fight", "hit",   "call", "come", "go",   "bring",
        "take",  "give",  "turn",  "get",   "move", "pare", "dial", "win",
        "pay",   "send",  "sit",   "stand", "put",  "set",  "keep", "claw",
        "strike", "throw", "force", "beat", "drive", NULL};
    /* (past forms the lemmatizer may not map) */
    static const char *const pasts[] = {
        "drew",   "drawn", "fell", "fallen", "held",   "fought", "took",
        "taken",  "gave",  "given", "went",  "gone",   "came",   "brought",
        "got",    "sat",   "stood", "won",   "paid",   "sent",   "struck",
        "threw",  "thrown", "drove", "driven", "wound", "kept",  NULL};
    const char *l;
    size_t j, k;
    if (i == 0 || st->toks[i - 1].kind != KG_TOK_WORD ||
        st->toks[i - 1].tag != KG_W_NONE)
        return 0;
    if (ex_pronoun_is(&st->toks[i - 1], pasts))
        return 1;
    for (j = 0; (l = ex_lemma(i - 1, j, st)) != NULL; j++)
        for (k = 0; verbs[k]; k++)
            if (!strcmp(l, verbs[k]))
                return 1;
    return 0;
}

/* Is the verb entry rel at token i an adjective, a noun's modifier or a
 * time's preposition here: "close to the border" (nearness, no closing of
 * a border), "a little-known shell company" (no shelling), "beginning next
 * week" (when, nothing begun)? */
static int ex_verb_as_modifier(const ex_state *st, size_t i,
                               const kg_onto_relation *rel)
{
    static const char *const firms[] = {"company", "companies", "firm",
                                        "firms",   "corporation",
                                        "corporations", NULL};
    if (rel->noun || i + 1 >= st->ntoks)
        return 0;
    if (!strncmp(rel->pattern, "close ", 6) && ex_tok_is(st, i, "close") &&
        ex_tok_is(st, i + 1, "to"))
        return 1;
    if ((ex_tok_is(st, i, "beginning") || ex_tok_is(st, i, "starting")) &&
        (ex_when_phrase(st, i + 1) > i + 1 ||
         ((ex_tok_is(st, i + 1, "next") || ex_tok_is(st, i + 1, "this")) &&
          i + 2 < st->ntoks &&
          (ex_tok_is(st, i + 2, "week") || ex_tok_is(st, i + 2, "month")))))
        return 1; /* "will visit Japan, China and South Korea beginning
                   * next week for talks": when, no talks begun */
    return !strcmp(rel->pattern, "shell") && ex_tok_is(st, i, "shell") &&
           ex_pronoun_is(&st->toks[i + 1], firms);
}

/* "threatened to occupy Lebanon", "threatens to shut down the embassy",
 * with the threat word at token i and "to" after it.  An entry for the
 * whole threat ("threaten to occupy", 1382; "threaten to expel *
 * inspector", 136) is the trigger; else, when the act after "to" has no
 * entry of its own (a verb, with its particle: "shut down", "dissolve",
 * "outlaw"), a plain threat (130) whose trigger ends after that verb, so
 * that its object is the act's.  0 when the act has an entry: it is read
 * at its own verb, its code made a threat's (ex_threats). */
static int ex_threat_to(ex_state *st, size_t i, const kg_onto_relation **rel,
                        size_t *ntok)
{
    static const kg_onto_relation plain = {
        .pattern = "threaten to", .type = "threaten", .label = "threatens",
        .cameo = "130", .plover = "THREATEN", .quad = 3};
    static const char *const particles[] = {"down", "off", "out", "up",
                                            "away", "back", NULL};
    static const char *const model[] = {
        "follow", "emulate", "copy", "imitate", "match", "join", NULL};
    const kg_onto_relation *r;
    const ex_mention *m;
    const ex_tok *v;
    size_t n, o, a = i + 2;
    if (kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st, &r,
                                &n) &&
        n > 2 && ex_tok_is(st, i + 1, "to")) {
        *rel = r;
        *ntok = n;
        return 1;
    }
    if (a >= st->ntoks)
        return 0;
    v = &st->toks[a];
    /* (a plain lower-case word that is no actor: "to the", "to Russia"
     * are no acts) */
    if (v->kind != KG_TOK_WORD || v->tag != KG_W_NONE || v->mention ||
        (v->flags & KG_TOKF_CAP) ||
        kg_onto__match_relation(st->onto, st->ntoks, a, 0, ex_lemma, st, &r,
                                &n))
        return 0;
    /* (acts that name a model, not a target: "threatened to follow
     * Brazil in declaring a moratorium") */
    if (ex_pronoun_is(v, model))
        return 0;
    a++;
    if (a < st->ntoks && ex_pronoun_is(&st->toks[a], particles))
        a++;
    /* only an actor that is the act's direct object is threatened, not
     * a possessor ("threatened to emulate Brazil's moratorium",
     * "threatening to break Liverpool's defence") */
    for (o = a; o < st->ntoks && st->toks[o].tag == KG_W_DET; o++)
        ;
    if (o < st->ntoks && ex_compass_before_place(st, o))
        o++;
    m = o < st->ntoks ? ex_mention_at(st, o) : NULL;
    if (!m || m->t0 != o || m->dropped || m->ent.is_value ||
        ex_is_date(&m->ent) ||
        (m->t1 < st->ntoks && (ex_tok_is(st, m->t1, "'s") ||
                               ex_tok_is(st, m->t1, "'"))))
        return 0;
    *rel = &plain;
    *ntok = a - i;
    return 1;
}

/* Is the subject (mention sm, entity e) a body of civilians: a civilian
 * sector ("students", "workers", "the opposition") or a nationality
 * before a plural noun of people that is no state's ("Iranian merchants",
 * "South Korean consumers"; not "Arab states", "Iranian officials")? */
static int ex_civil_actor(const ex_state *st, const ex_mention *sm,
                          const kg_entity *e)
{
    static const char *const sectors[] = {"CVL", "LAB", "EDU", "BUS", "REL",
                                          "MED", "OPP", "HLH", NULL};
    static const char *const state[] = {
        "states",    "countries", "nations",   "governments", "officials",
        "authorities", "leaders", "diplomats", "ministers",   "lawmakers",
        "forces",    "troops",    "regimes",   "delegates",   "envoys", NULL};
    const ex_tok *n;
    size_t k, len;
    for (k = 0; e && sectors[k]; k++)
        if (ex_code_ends(e->code, sectors[k]))
            return 1;
    if (!sm || sm->kind != KG_NAME_DEMONYM || sm->t1 >= st->ntoks)
        return 0;
    n = &st->toks[sm->t1];
    len = strlen(n->lower);
    return n->kind == KG_TOK_WORD && n->tag == KG_W_NONE &&
           !(n->flags & KG_TOKF_CAP) && !n->mention && len > 3 &&
           n->lower[len - 1] == 's' && !ex_pronoun_is(n, state);
}

static int ex_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Is rel, read at the word "strike" ("strike", "strike at": an attack,
 * 19x; t1 the token after it), a labour strike: its subject a civilian
 * sector or an unnamed body whose name says it is labour ("United
 * Paperworkers International Union", "Local 222", "five striking
 * locals")?  Armed groups and states keep the attack. */
static int ex_labour_strike(const ex_state *st, const kg_onto_relation *rel,
                            const ex_mention *sm, const kg_entity *e,
                            size_t t1)
{
    static const char *const words[] = {"union", "workers", "employees",
                                        "miners", "local", "locals",
                                        "steelworkers", "dockworkers",
                                        "paperworkers", NULL};
    const char *l;
    size_t k;
    if (strcmp(rel->pattern, "strike") != 0 &&
        strcmp(rel->pattern, "strike at") != 0)
        return 0;
    if (strncmp(rel->cameo, "19", 2) != 0)
        return 0;
    if (!e || ex_thing_modifier(st, sm))
        return 0; /* "Russian drones struck Odesa": things do not go on
                   * strike */
    if (rel->noun && ex_tok_is(st, t1, "on")) {
        /* "Israeli strikes on Gaza", "Russian strikes on Kyiv": strikes
         * on an actor are attacks (a labour strike is "against" or
         * "at"; "strike on Monday" names no actor) */
        const ex_mention *om;
        size_t j = t1 + 1;
        if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        om = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        if (om && om->t0 == j && !om->dropped && !om->ent.is_value)
            return 0;
    }
    if (e->code && ex_civil_actor(st, sm, e))
        return 1;
    if (e->code || !e->label)
        return 0;
    /* an unknown name: one of its words says labour */
    for (l = e->label; *l;) {
        char w[32];
        size_t n = 0;
        while (*l && !ex_ascii_letter(*l))
            l++;
        while (ex_ascii_letter(*l)) {
            if (n + 1 < sizeof w)
                w[n++] = (char)(*l | 0x20); /* lower case */
            l++;
        }
        w[n] = 0;
        for (k = 0; n && words[k]; k++)
            if (!strcmp(w, words[k]))
                return 1;
    }
    return 0;
}

/* "join the Paris pact", "take part in the Moscow talks"? Is the first
 * actor after token t (past articles) a name that modifies a plain noun
 * after it (a place naming a thing, not the party)?  ("Sweden's
 * initiative" is a possessor, the party.) */
static int ex_place_modifier_after(const ex_state *st, size_t t)
{
    const ex_mention *m;
    const ex_tok *n;
    while (t < st->ntoks && st->toks[t].tag == KG_W_DET)
        t++;
    m = t < st->ntoks ? ex_mention_at(st, t) : NULL;
    if (!m || m->t0 != t || m->t1 >= st->ntoks || !m->ent.type ||
        (strcmp(m->ent.type, "Place") != 0 &&
         m->kind != KG_NAME_METONYM))
        return 0;
    n = &st->toks[m->t1];
    return n->kind == KG_TOK_WORD && n->tag == KG_W_NONE &&
           !(n->flags & KG_TOKF_CAP) && !n->mention;
}

/* "behind the attack", "behind the montages, conspiracies": a harmful act
 * within the six words from token j ("the company behind the system" is
 * no accusation). */
static int ex_harm_follows(const ex_state *st, size_t j)
{
    static const char *const harms[] = {
        "attack", "attacks", "bombing", "bombings", "killing", "killings",
        "murder", "assassination", "plot", "plots", "conspiracy",
        "conspiracies", "montages", "fakes", "coup", "violence", "unrest",
        "shooting", "blast", "explosion", "hack", "hacking", "cyberattack",
        "sabotage", "smear", "massacre", "abduction", "kidnapping", NULL};
    size_t k;
    for (k = j; k < st->ntoks && k < j + 6; k++)
        if (ex_pronoun_is(&st->toks[k], harms))
            return 1;
    return 0;
}

/* Words that judge whoever a quote's clause is about: praise words count
 * as criticism only when negated ("is not leading a balanced approach"),
 * blame words when not ("you are helpless"). */
static const char *const ex_good_words[] = {
    "balanced", "fair", "honest", "sincere", "reliable", "constructive",
    "responsible", "trustworthy", "credible", "helpful", "serious", NULL};
static const char *const ex_bad_words[] = {
    "helpless", "loser", "weak", "dishonest", "unreliable", "irresponsible",
    "hypocritical", "hypocrites", "reckless", "incompetent", "liar", "liars",
    "shameful", "cowardly", "cowards", NULL};

/* "“We cannot look positively at Sweden's membership in NATO,” Erdogan
 * said", "“We are not ready for Sweden”": in a quote, "we" or "I", a
 * negation, then a word of assent before an actor, is the speaker
 * rejecting that actor (CAMEO 120).  "“... take your hands off the
 * Turkish state,” Kilicdaroglu added" is a demand (100) on whom the
 * quotes address. */
static int ex_quoted_stances(ex_state *st, const kg_sentence *s, size_t idx,
                             const kg_entity *speaker, ex_emitted *seen,
                             size_t *nseen, kg_relation_cb cb, void *payload)
{
    static const kg_onto_relation reject = {
        .pattern = "not assent", .type = "reject", .label = "rejects",
        .cameo = "120", .plover = "REJECT", .quad = 3};
    static const kg_onto_relation demand = {
        .pattern = "hands off", .type = "demand", .label = "demands of",
        .cameo = "100", .plover = "DEMAND", .quad = 3};
    static const char *const assent[] = {
        "positively", "favourably", "favorably", "ready", "accept",
        "approve", "welcome", "endorse", NULL};
    size_t p, j;
    int err;
    for (p = 0; p + 3 < st->ntoks; p++) {
        size_t at = 0;
        int neg = 0;
        const ex_mention *m = NULL;
        if (!st->toks[p].quote)
            continue;
        if (st->have_addressee && ex_tok_is(st, p, "your") &&
            ex_tok_is(st, p + 1, "hands") && ex_tok_is(st, p + 2, "off")) {
            if ((err = ex_emit(st, s, idx, speaker, &st->addressee, &demand,
                               p, p + 3, 0, "asserted", NULL, 0.4, seen,
                               nseen, cb, payload)) != 0)
                return err;
            continue;
        }
        if (!ex_tok_is(st, p, "we") && !ex_tok_is(st, p, "i"))
            continue;
        for (j = p + 1; j < st->ntoks && j < p + 12 && st->toks[j].quote &&
                        !ex_is_quote(st, j) && !ex_tok_punct(st, j, '.') &&
                        !ex_tok_punct(st, j, ',');
             j++) {
            if (st->toks[j].tag == KG_W_NEG)
                neg = 1;
            else if (neg && !at && ex_pronoun_is(&st->toks[j], assent))
                at = j;
            else if (at && (m = ex_mention_at(st, j)) != NULL &&
                     m->t0 == j && !m->dropped && !m->ent.is_value)
                break;
            m = NULL;
        }
        if (m && !ex_same_id(&m->ent, speaker) &&
            (err = ex_emit(st, s, idx, speaker, &m->ent, &reject, at, at + 1,
                           0, "asserted", NULL, 0.4, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The actor a quoted "you" judges: the addressee when a vocative named
 * one, else the last person named before the quote who is not the
 * speaker ("Recalling an interview by Biden ..., Erdoğan said: “But you
 * are helpless”"). */
static const kg_entity *ex_you_judged(ex_state *st, size_t i,
                                      const kg_entity *speaker)
{
    const kg_entity *best = NULL;
    size_t k;
    if (st->have_addressee)
        return &st->addressee;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t0 >= i)
            break;
        if (!m->dropped && !m->ent.is_value && ex_is_person(&m->ent) &&
            !st->toks[m->t0].quote && !ex_same_id(&m->ent, speaker))
            best = &m->ent;
    }
    return best;
}

/* "“The West is not leading a very balanced approach,” he told CNN":
 * inside a quote, an actor (or "you") before "is", "are", "was" or "were"
 * whose clause judges it (ex_good_words negated, ex_bad_words) is
 * criticised by the speaker, CAMEO 111. */
static int ex_quoted_judgements(ex_state *st, const kg_sentence *s,
                                size_t idx, const kg_entity *speaker,
                                ex_emitted *seen, size_t *nseen,
                                kg_relation_cb cb, void *payload)
{
    static const kg_onto_relation judge = {
        .pattern = "be not good", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    size_t b, j;
    int err;
    if (!speaker)
        return KG_OK;
    for (b = 1; b + 1 < st->ntoks; b++) {
        const kg_entity *who = NULL;
        const ex_mention *m;
        int neg = 0, good = 0, bad = 0;
        if (!st->toks[b].quote || !ex_pronoun_is(&st->toks[b], be))
            continue;
        if (ex_tok_is(st, b - 1, "you") && st->toks[b - 1].quote)
            who = ex_you_judged(st, b - 1, speaker);
        else if ((m = ex_mention_at(st, b - 1)) != NULL && m->t1 == b &&
                 !m->dropped && !m->ent.is_value && st->toks[m->t0].quote)
            who = &m->ent;
        if (!who || ex_same_id(who, speaker))
            continue;
        for (j = b + 1; j < st->ntoks && j < b + 10; j++) {
            const ex_tok *k = &st->toks[j];
            if (!k->quote || ex_is_quote(st, j) || ex_tok_punct(st, j, '.') ||
                ex_tok_punct(st, j, ';') || ex_tok_punct(st, j, ':') ||
                k->tag == KG_W_SUB)
                break;
            neg |= k->tag == KG_W_NEG;
            good |= ex_pronoun_is(k, ex_good_words);
            bad |= ex_pronoun_is(k, ex_bad_words);
        }
        if (((neg && good) || (!neg && bad)) &&
            (err = ex_emit(st, s, idx, speaker, who, &judge, b, b + 1, 0,
                           "asserted", NULL, 0.4, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return ex_quoted_stances(st, s, idx, speaker, seen, nseen, cb, payload);
}

/* "left for Minas Tirith", "met the Orcs": an entry with a paired code
 * (PETRARCH's "[032:033]") also makes the object's answering event
 * toward the subject (the visit is hosted, the meeting is mutual). */
static int ex_emit_back(ex_state *st, const kg_sentence *s, size_t idx,
                        const kg_entity *subj, const kg_entity *obj,
                        const kg_onto_relation *rel, size_t t0, size_t t1,
                        int negated, const char *modality,
                        const kg_entity *speaker, double conf,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    kg_onto_relation back;
    if (!rel->back || !subj || !obj || obj->is_value || subj->is_value)
        return KG_OK;
    back = *rel;
    back.cameo = rel->back;
    back.type = rel->back_type;
    back.label = rel->back_label;
    back.back = NULL;
    return ex_emit(st, s, idx, obj, subj, &back, t0, t1, negated, modality,
                   speaker, conf, seen, nseen, cb, payload);
}

/* "protested in Tbilisi against the government", "demonstrated outside
 * the embassy in Seoul against Japan": a place phrase between a verb and
 * the preposition its entry goes on with ("protest against") says where,
 * and the entry is read past it.  The phrase is "in", "at" or "outside",
 * an optional article and a place (a country, a place or a city named
 * for its state) followed by a preposition.  On a match that uses words
 * after the place, *rel is set and *ntok counts the skipped words too. */
static int ex_match_past_place(ex_state *st, size_t i,
                               const kg_onto_relation **rel, size_t *ntok)
{
    ex_skipread u;
    const kg_onto_relation *r;
    const ex_mention *pm;
    size_t j = i + 1, n;
    if (j >= st->ntoks || !(ex_tok_is(st, j, "in") || ex_tok_is(st, j, "at") ||
                            ex_tok_is(st, j, "outside")))
        return 0;
    /* (a noun has its own object rules: "a protest in Paris against";
     * asked second, as the cheap test above settles most words) */
    if (ex_want_noun(st, i) == 1)
        return 0;
    j++;
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    pm = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    if (!pm || pm->t0 != j || pm->dropped || pm->t1 >= st->ntoks ||
        st->toks[pm->t1].tag != KG_W_PREP ||
        !(pm->kind == KG_NAME_METONYM ||
          (pm->ent.type && (!strcmp(pm->ent.type, "Country") ||
                            !strcmp(pm->ent.type, "Place")))))
        return 0;
    u.st = st;
    u.s0 = i + 1;
    u.n = pm->t1 - u.s0;
    if (!kg_onto__match_relation(st->onto, st->ntoks - u.n, i, 0,
                                 ex_lemma_skip, &u, &r, &n) ||
        n < 2 || r->noun)
        return 0;
    *rel = r;
    *ntok = n + u.n;
    return 1;
}

/* "gave $6 billion in aid to Egypt": a verb with no entry of its own
 * ("give") whose entry with a '*' ("give * aid") holds a sum, read as one
 * word as in ex_lemma_reread.  On a match *rel, *ntok (the sum's tokens
 * included) and *sum are set. */
static int ex_match_sum(ex_state *st, size_t i, const kg_onto_relation **rel,
                        size_t *ntok, const ex_mention **sum)
{
    const ex_mention *vm = i + 2 < st->ntoks ? ex_mention_at(st, i + 1) : NULL;
    const kg_onto_relation *r;
    ex_reread u;
    size_t vn;
    if (!vm || vm->t0 != i + 1 || vm->t1 <= i + 2 || !vm->ent.is_value ||
        !vm->ent.type || strcmp(vm->ent.type, "MonetaryAmount") != 0)
        return 0;
    u.st = st;
    u.at = i;
    u.len = 1;
    u.as = NULL;
    u.m0 = vm->t0;
    u.m1 = vm->t1;
    if (!kg_onto__match_relation(st->onto, st->ntoks - (vm->t1 - vm->t0 - 1),
                                 i, 0, ex_lemma_reread, &u, &r, &vn) ||
        r->noun || i + vn <= vm->t0 + 1)
        return 0;
    *rel = r;
    *sum = vm;
    *ntok = vn + (vm->t1 - vm->t0 - 1);
    return 1;
}

/* Is token t a noun that a nominal trigger right before it only
 * modifies: a person, body or publication ("U.S. trade representative
 * Clayton Yeutter", "Foreign Trade Minister", "a Soviet trade team", "the
 * world trade body GATT", "investment bank"), a measure ("export
 * subsidies to the Soviet Union"), a part ("best supporting actor"), or,
 * for trade, a dealing of its own ("free trade talks", "a
 * trade accord with", "a trade dispute with": that noun's entry, if any,
 * codes it; "accession talks with Croatia" keep their accession)?  The
 * act the modifier names is then no event between the actors around it. */
static int ex_modifier_noun(const ex_state *st, size_t t,
                            const kg_onto_relation *rel)
{
    static const char *const heads[] = {
        "representative", "representatives", "minister", "ministers",
        "ministry", "secretary", "commissioner", "official", "officials",
        "team", "delegation", "body", "bank", "banks", "company",
        "companies", "firm", "firms", "publication", "newspaper",
        "magazine", "journal", "allies", "ally", "partner", "partners",
        "union", "unions", "agency", "agencies", "worker", "workers",
        "subsidy", "subsidies", "rebate", "rebates", "licence", "licences",
        "license", "licenses", "hours", "link", "links", "zone", "bloc",
        "route", "routes", "fair", "show", "actor", "actors", "actress",
        "actresses", "role", "roles", NULL};
    static const char *const dealings[] = {
        "talks", "negotiations", "negotiators", "pact", "pacts", "accord",
        "accords", "agreement", "agreements", "treaty", "deal", "dispute",
        "disputes", "row", "war", "issue", "issues", "practices", "policy",
        "policies", "barriers", "restrictions", "tariffs", NULL};
    return t < st->ntoks && st->toks[t].kind == KG_TOK_WORD &&
           (ex_pronoun_is(&st->toks[t], heads) ||
            (!strcmp(rel->type, "trade") &&
             ex_pronoun_is(&st->toks[t], dealings)));
}

static int ex_relations(ex_state *st, const kg_sentence *s, size_t idx,
                        kg_relation_cb cb, void *payload)
{
    size_t i, speech_at = (size_t)-1;
    const kg_entity *speaker;

    ex_note_cue_words(st);
    st->have_speaker = ex_speaker(st, &speech_at, &st->speaker);
    if (!st->have_speaker && st->quote_carried && st->have_quote_speaker) {
        /* “... We will win.”: the quote's speaker, named where it began */
        st->speaker = st->quote_speaker;
        st->have_speaker = 1;
    }
    if (!st->have_speaker && st->have_ahead_speaker) {
        /* “We will win. ...,” said Erdogan: named where it ends */
        st->speaker = st->ahead_speaker;
        st->have_speaker = 1;
    }
    speaker = st->have_speaker ? &st->speaker : NULL;
    ex_emitted seen[64];

    if (speaker && ex_is_person(speaker)) {
        st->salient = *speaker;
        st->have_salient = st->salient_here = 1;
    }
    size_t nseen = 0;
    int err;
    const kg_entity *prev_subj = NULL; /* of the last verb that related */
    /* subject and first object of the verbs that related, in order */
    const kg_entity *done_subj[8], *done_obj[8];
    size_t ndone = 0;
    const ex_mention *prev_sm = NULL;
    size_t purpose_verb = (size_t)-1; /* see ex_protest_purpose */
    /* (zeroed only to quiet gcc's -Wmaybe-uninitialized) */
    ex_trigger cands[EX_MAX_TRIGGERS] = {{0}};
    size_t ncands = 0;

    for (i = 0; i < st->ntoks; i++) {
        const kg_onto_relation *rel;
        size_t ntok, t1, nobj, nsubj, k, seen_before;
        const kg_entity *subj, *objs[EX_MAX_OBJECTS], *subjs[EX_MAX_OBJECTS];
        const ex_mention *sm, *sib, *oms[EX_MAX_OBJECTS];
        int pronoun, negated, participle, passive, and_verb, shared = 0;
        int starts;
        const kg_entity *poss, *partner, *own;
        const ex_mention *bx;
        const char *modality, *fam = NULL;
        char aim = 0;
        size_t home_end = 0; /* see ex_protest_place_crowd */
        kg_onto_relation refined;
        const kg_onto_relation *sum_rel = NULL; /* see "a sum after" */
        const ex_mention *sum_m = NULL;
        size_t s0, v;
        double conf;

        if (speaker && ex_tok_is(st, i, "behind") && i > 1 &&
            (ex_tok_is(st, i - 1, "is") || ex_tok_is(st, i - 1, "are") ||
             ex_tok_is(st, i - 1, "was") || ex_tok_is(st, i - 1, "were")) &&
            ex_harm_follows(st, i + 1)) {
            /* "you are behind the montages", "Iran was behind the attack,
             * Israel said": the speaker accuses the subject (112) */
            static const kg_onto_relation behind = {
                .pattern = "be behind", .type = "accuse", .label = "accuses",
                .cameo = "112", .plover = "ACCUSE", .quad = 3};
            subj = ex_subject(st, i, 0, 0, &sm, &pronoun);
            ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                    &modality);
            if (subj &&
                (err = ex_emit(st, s, idx, speaker, subj, &behind, i - 1,
                               i + 1, negated, "asserted", NULL, 0.5, seen,
                               &nseen, cb, payload)) != 0)
                return err;
            continue;
        }
        if (st->toks[i].covered || st->toks[i].kind != KG_TOK_WORD ||
            ex_in_title(st, i) || i == purpose_verb)
            continue;
        if (!ex_may_trigger(st, i)) {
            /* "threatened to occupy", "threatened to shut down the
             * embassy": the threat's own entry, else a plain threat to
             * whom the uncoded act is done; an act the lexicon codes is
             * read at its verb, as a threat (ex_threats) */
            if ((st->toks[i].tag != KG_W_THREAT ||
                 !ex_threat_to(st, i, &rel, &ntok)) &&
                !ex_speech_act(st, i, &rel, &ntok))
                continue;
        } else if (!(starts = kg_onto__starts_relation(st->onto, i,
                                                       ex_lemma, st)) ||
                   !kg_onto__match_relation(st->onto, st->ntoks, i,
                                            ex_want_noun(st, i), ex_lemma, st,
                                            &rel, &ntok)) {
            size_t ce;
            rel = NULL;
            /* (each reading but the host's keeps token i's lemma as the
             * entry's first word: when no entry starts there, none of
             * them can match; nor can the lexicon's own, so the noun or
             * verb reading is not even asked for, most words' case) */
            if (starts) {
                if (ex_match_collapsed(st, i, &rel, &ce)) {
                    ntok = ce - i;
                } else if (!ex_match_past_place(st, i, &rel, &ntok) &&
                           !ex_match_sum(st, i, &rel, &ntok, &sum_m)) {
                    /* (an entry only a date splits: "agreed on Monday to
                     * hold talks" where "agree" alone is no entry) */
                    if ((v = ex_when_phrase(st, i + 1)) > i + 1)
                        rel = ex_match_past_when(st, i, v, NULL, &ntok);
                    if (!rel)
                        rel = ex_match_past_name(st, i, &ntok);
                    /* "delivered the first of its tanks to": the entry
                     * read past a partitive */
                    if (!rel && (v = ex_partitive(st, i + 1)) > i + 1)
                        rel = ex_match_past_when(st, i, v, NULL, &ntok);

                }
            }
            if (!rel && (rel = ex_host_visit(st, i)) != NULL)
                ntok = 1; /* "received Putin in Beijing" */
            if (!rel && (rel = ex_bare_protest_at(st, i)) != NULL)
                ntok = 1; /* "demonstrated in Bangkok" */
            if (!rel)
                continue;
        } else if (ntok == 1 && (!rel->prep || rel->noun)) {
            /* (a longer entry past a place wins: "protested in Tbilisi
             * against" is "protest against", not "protest"; an entry
             * with a preposition of its own finds its object past the
             * place already, "met in Geneva with"; "marched" read as
             * the noun "march" is the verb when it goes on so) */
            const kg_onto_relation *pr;
            size_t pn;
            if (ex_match_past_place(st, i, &pr, &pn) && pn > ntok) {
                rel = pr;
                ntok = pn;
            }
        }
        if (rel->user && !rel->noun && ntok == 1 &&
            (ex_after_article(st, i) || ex_after_according(st, i)))
            continue; /* "the best film", "during a brief private visit",
                       * "according to reports": a user dictionary's bare
                       * verb in a noun phrase (PETRARCH codes verbs,
                       * which its parser finds in verb phrases; the
                       * entry still shadows the lexicon's noun) */
        if (rel->noun && ntok == 1 && ex_bare_protest_at(st, i) ==
                                          &ex_bare_protest)
            rel = &ex_bare_protest; /* "marched" is no noun "march" */
        if (!rel->noun && ntok == 1 && !strcmp(rel->pattern, "warn") &&
            ex_warns_of_risk(st, i + 1))
            rel = &ex_warn_risk; /* "warned Blair that the war could be
                                  * illegal": advice, no threat */
        if (!rel->noun && ntok == 1 && rel->cameo &&
            !strcmp(rel->cameo, "042") && ex_visiting_modifier(st, i)) {
            /* "met visiting Brazilian President Lula": a host */
            const kg_onto_relation *hr = ex_host_entry(st, i);
            if (hr)
                rel = hr;
        }
        if (!rel->noun && ntok == 1 && !rel->prep) {
            /* "welcomed the Israeli prime minister to Cairo": a host */
            const kg_onto_relation *hr = ex_host_visit(st, i);
            if (hr)
                rel = hr;
        }
        t1 = i + ntok;
        if (!rel->noun && !strcmp(rel->pattern, "back") &&
            ex_back_particle(st, i))
            continue; /* "pulled back its troops": no support */
        if (ex_verb_as_modifier(st, i, rel))
            continue; /* "close to the border", "a shell company" */
        if (!rel->noun && rel->cameo && !strcmp(rel->cameo, "043") &&
            !strcmp(rel->type, "host") && ntok == 1 &&
            ex_host_presenter(st, i))
            continue; /* "television host Dick Clark", "hosted the
                       * Tonight Show": a presenter, no visit */
        if (rel->noun && ntok > 1 && ex_ends_ed(st, t1 - 1) &&
            !ex_pattern_ends_ed(rel)) {
            /* "a rocket fired by Hamas from Gaza" is no "rocket fire
             * from Gaza": a past form ends no noun entry */
            continue;
        }
        if ((rel->noun || !strcmp(rel->type, "trade")) &&
            ex_modifier_noun(st, t1, rel))
            continue; /* "trade representative Yeutter", "trade talks"
                       * ("U.S. trade" reads as a verb: "rebels attack
                       * workers" does not stop a verb of force; the sums
                       * of a trade, "trade volume with Russia", "its trade
                       * surplus with", stay the trade between the two) */
        if (rel->noun && !strcmp(rel->type, "trade") &&
            (ex_is_ing(st, i) || ex_ends_ed(st, i)))
            continue; /* "Fed funds were trading at 6 pct": shares and
                       * funds trade on a market, countries with each
                       * other ("trade with" is its own entry) */
        /* "the banned group", "some freed prisoners", "met with jailed
         * dissidents": verbs used as adjectives are not events ("to free
         * them" is a verb) */
        if (!rel->noun && i > 0 &&
            (st->toks[i - 1].tag == KG_W_DET ||
             st->toks[i - 1].tag == KG_W_POSS ||
             /* "his 2020 campaign for", "the 2014 attack": a noun */
             (i > 1 && st->toks[i - 1].kind == KG_TOK_NUMBER &&
              (st->toks[i - 2].tag == KG_W_DET ||
               st->toks[i - 2].tag == KG_W_POSS)) ||
             (st->toks[i - 1].tag == KG_W_PREP && !ex_tok_is(st, i - 1, "to") &&
              ex_ends_ed(st, i)))) {
            /* ("an exchange of prisoners": the noun, if the lexicon has
             * one) */
            if (ex_ends_ed(st, i) ||
                !kg_onto__match_relation(st->onto, st->ntoks, i, 2, ex_lemma,
                                         st, &rel, &ntok)) {
                i = t1 - 1;
                continue;
            }
            t1 = i + ntok;
        }
        if (!rel->noun && (v = ex_when_phrase(st, i + 1)) > i + 1) {
            /* "agreed on Monday to hold talks", "called Tuesday for": a
             * date right after the verb does not break its entry */
            const kg_onto_relation *wr = ex_match_past_when(st, i, v, rel,
                                                            &ntok);
            if (wr) {
                rel = wr;
                t1 = i + ntok;
            }
        }
        if (!rel->noun && rel->cameo && !strcmp(rel->cameo, "020") &&
            !strchr(rel->pattern, '*')) {
            /* "called on Iran to free", "asked Iran to free": another
             * verb of appeal with no entry of its own for what is asked
             * reads "urge"'s ("urge * to free", 0253); "urged Syrian
             * President Bashar al-Assad to step down": a long name is one
             * word to the entry's '*' */
            ex_reread u;
            const kg_onto_relation *ur;
            const ex_mention *am;
            size_t un, a = t1, extra;
            if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
                a++;
            am = a < st->ntoks ? ex_mention_at(st, a) : NULL;
            u.st = st;
            u.at = i;
            u.len = ntok;
            u.as = "urge";
            u.m0 = u.m1 = 0;
            if (am && am->t0 == a && am->t1 > a + 1) {
                u.m0 = am->t0;
                u.m1 = am->t1;
            }
            extra = (ntok - 1) + (u.m1 - u.m0 ? u.m1 - u.m0 - 1 : 0);
            if (kg_onto__match_relation(st->onto, st->ntoks - extra, i, 0,
                                        ex_lemma_reread, &u, &ur, &un) &&
                !ur->noun && ur->cameo && strcmp(ur->cameo, "020") != 0 &&
                !strncmp(ur->cameo, "02", 2) &&
                i + un + (ntok - 1) > u.m0) {
                rel = ur;
                t1 = i + un + extra;
            }
        }
        if (!rel->noun && ntok == 1 && !strchr(rel->pattern, '*') &&
            t1 + 1 < st->ntoks) {
            /* "pledged $2 billion in aid to Pakistan", "offered 500
             * million euros in loans to": a sum after the verb is one
             * word to the entry's '*' ("pledge * aid"), which covers
             * three.  The sum itself stays the object when no actor
             * follows ("pledged $50 million in aid", as "pledged $50
             * million" was). */
            size_t a = t1 + (st->toks[t1].tag == KG_W_DET);
            const ex_mention *vm = ex_mention_at(st, a);
            ex_reread u;
            const kg_onto_relation *vr;
            size_t vn;
            /* (a name of several words is one word to the '*' too:
             * "allowed International Atomic Energy Agency inspectors",
             * "let a United Nations team into"; it is no sum) */
            if (vm && vm->t0 == a && vm->t1 > a + 1 && !vm->dropped &&
                (vm->ent.is_value
                     ? a == t1
                     : !ex_is_date(&vm->ent) && vm->t1 < st->ntoks &&
                           st->toks[vm->t1].kind == KG_TOK_WORD)) {
                u.st = st;
                u.at = i;
                u.len = 1;
                u.as = NULL;
                u.m0 = vm->t0;
                u.m1 = vm->t1;
                if (kg_onto__match_relation(
                        st->onto, st->ntoks - (vm->t1 - vm->t0 - 1), i, 0,
                        ex_lemma_reread, &u, &vr, &vn) &&
                    !vr->noun && i + vn > vm->t0 + 1) {
                    if (vm->ent.is_value) {
                        sum_rel = rel;
                        sum_m = vm;
                    }
                    rel = vr;
                    t1 = i + vn + (vm->t1 - vm->t0 - 1);
                }
            }
        }
        if (!rel->noun && !sum_rel && t1 + 1 < st->ntoks) {
            /* a long actor or a noun phrase inside an entry's '*' is one
             * word: the entry that reads further wins */
            const kg_onto_relation *cr;
            size_t ce;
            if (ex_match_collapsed(st, i, &cr, &ce) && ce > t1) {
                rel = cr;
                t1 = ce;
            }
        }
        if (!rel->noun && t1 > i + 1 && ex_tok_is(st, t1 - 1, "that") &&
            !ex_subjunctive_clause(st, t1)) {
            /* an entry that ends in "that" ("insist that") asks for an
             * act only with a bare verb after the clause's actor:
             * "insisted that Russia was behind it" is a claim */
            i = t1 - 1;
            continue;
        }
        seen_before = nseen;
        st->joined_end = 0;
        if (ncands > 0)
            cands[ncands - 1].after = nseen;
        if (!rel->noun && ncands < EX_MAX_TRIGGERS) {
            cands[ncands].tok = i;
            cands[ncands].rel = rel;
            cands[ncands].before = nseen;
            cands[ncands++].after = nseen;
        }
        /* "urged Iran to lift sanctions": the appeal is read at "lift",
         * where the asked act is kept too (also when the lexicon has the
         * whole phrase, "urge * to lift * sanction") */
        if (!rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "02", 2) || !strncmp(rel->cameo, "10", 2))) {
            const ex_mention *gm = ex_gap_object(st, i, t1, rel);
            if (ex_appeal_clause_follows(st, gm ? gm->t0 : t1) ||
                ex_appeal_clause_follows(st, i + 1)) /* "demanded that" */
                continue;
        }
        /* ", threatening to sever relations": the participle that governs
         * the infinitive makes it one too */
        participle = !rel->noun && i > 0 &&
                     (ex_is_participle(st, i) ||
                      (i > 2 && ex_tok_is(st, i - 1, "to") &&
                       ex_is_participle(st, i - 2)));
        subj = ex_subject(st, i, participle,
                          rel->noun ? (ex_symmetric(rel) ? 2 : 1) : 0, &sm,
                          &pronoun);
        if (!participle && subj && sm && !pronoun) {
            /* "France deployed troops to help Mali", "Germany sent its
             * minister to Moscow to meet Putin": the sender's purpose */
            const ex_mention *pm = ex_purpose_subject(st, sm, i);
            if (pm) {
                subj = &pm->ent;
                sm = pm;
                st->subj_end = pm->t1;
            }
        }
        /* (a participle has the main clause's subject: "accusing it of
         * meddling and threatening to") */
        and_verb = !rel->noun && !participle && prev_subj &&
                   ex_and_verb(st, i) != 0;
        if (and_verb) {
            v = ex_and_verb(st, i);
            /* "ISIL had attacked Iraq and taken the city of Mosul": the
             * second verb shares the first one's subject */
            subj = prev_subj;
            sm = prev_sm;
            pronoun = 0;
            st->subj_end = v;
        } else if (!rel->noun && subj && sm && (v = ex_and_verb(st, i)) != 0 &&
                   sm->t1 + 1 == v) {
            /* "Bush will give a speech on relations with Asia and meet
             * dissidents": the actor right before "and" + verb ended the
             * first verb's phrase (coordinated subjects come before the
             * verb: "Asia and Europe met"); the clause's subject is
             * shared */
            const ex_mention *cm = ex_clause_subject(st, sm->t0);
            if (cm && cm != sm) {
                subj = &cm->ent;
                sm = cm;
                pronoun = 0;
                st->subj_end = v;
                shared = 1;
            }
        }
        if (!rel->noun && !and_verb && !shared && !participle && subj && sm &&
            !pronoun && (v = ex_and_verb(st, i)) != 0 && sm->t1 < v &&
            !ex_subject_position(st, sm)) {
            /* "The United States declared that the violence in Darfur
             * amounted to genocide and urged the world", "Protesters
             * ransacked U.N. compounds and clashed with": the actor
             * nearest the "and" stands in a phrase; the verb shares the
             * clause's subject, the last actor before it that stands
             * where a subject does (none: no relation) */
            const ex_mention *cm = ex_last_subject(st, sm->t0, i, 0);
            if (!cm)
                continue;
            subj = &cm->ent;
            sm = cm;
            st->subj_end = v;
        }
        if (rel->noun && !(i > 0 && ex_tok_is(st, i - 1, "of")) &&
            (bx = ex_between(st, t1)) != NULL) {
            /* "talks between Russia and Ukraine", "clashes between
             * Israel and Hamas": both ways, whoever else the sentence
             * names (not a noun inside "of": "prisoners of war
             * between Ukraine and Russia" is no war between them) */
            const ex_mention *by = ex_mention_at(
                st, bx->t1 + 1 + ex_faith_before_group(st, bx->t1 + 1));
            int neg, bi;
            const char *mod, *wanted = ex_wanted_noun(st, i);
            ex_cues(st, 0, i, &neg, &mod);
            if (wanted && !ex_mediation(rel)) {
                /* "called for a ceasefire between Israel and Hamas":
                 * no ceasefire yet, no event code */
                refined = *rel;
                refined.cameo = NULL;
                refined.back = NULL;
                rel = &refined;
                mod = wanted;
            }
            for (bi = 0; bi < 2; bi++) {
                /* "Egypt's mediation between Israel and Hamas": a third
                 * party's act on both (none when it is not named) */
                const kg_entity *bs = bi ? &by->ent : &bx->ent;
                const kg_entity *bo = bi ? &bx->ent : &by->ent;
                if (ex_mediation(rel)) {
                    if (!subj || ex_same_id(subj, bs))
                        continue;
                    bo = bs;
                    bs = subj;
                }
                if ((err = ex_emit(st, s, idx, bs, bo, rel, i, t1, neg, mod,
                                   NULL, 0.6, seen, &nseen, cb, payload)) !=
                    0)
                    return err;
            }
            i = t1 - 1;
            continue;
        }
        if (rel->noun && !strcmp(rel->type, "visit") &&
            (v = ex_during_visit(st, i)) != (size_t)-1) {
            /* "Blair, during a visit to Iraq, said": the clause's subject
             * is the visitor, whoever the words before name */
            const kg_entity *vm = ex_visitor(st, v, t1, speaker, speech_at);
            if (vm) {
                int neg;
                const char *mod;
                const kg_entity *vo[1];
                const ex_mention *vom[1];
                const kg_entity *by = ex_by_agent(st, t1);
                ex_cues(st, v, i, &neg, &mod);
                /* ("to Iraq", "to the US", "to neighbouring Iraq"; "a
                 * visit to support X" visits no X) */
                if (ex_objects(st, t1, rel, vm, i, vo, vom, 1) == 1 &&
                    vom[0] &&
                    (vom[0]->t0 == t1 + 1 ||
                     (vom[0]->t0 == t1 + 2 &&
                      (st->toks[t1 + 1].tag == KG_W_DET ||
                       ex_is_ing(st, t1 + 1))))) {
                    /* ("during a visit to Iraq by Rumsfeld") */
                    if ((err = ex_emit(st, s, idx, by ? by : vm, vo[0], rel,
                                       i, t1, neg, mod, NULL, 0.6, seen,
                                       &nseen, cb, payload)) != 0)
                        return err;
                    i = t1 - 1;
                    continue;
                }
            }
        }
        if (rel->noun && subj && !st->light_verb &&
            (v = ex_judging_verb_before(st, i)) != (size_t)-1 &&
            !(sm && sm->t0 > v)) {
            /* "France welcomed the release of the hostages": France
             * judged the act and did not do it */
            subj = NULL;
            sm = NULL;
            pronoun = 0;
        }
        if (rel->noun && !st->light_verb) {
            /* "the seizure by Iran of a British tanker", "the arrest of
             * two Chinese nationals by Indian police": the "by" phrase's
             * actor did it to the "of" phrase's, whatever stands before
             * the noun */
            const ex_mention *bom = NULL;
            const ex_mention *bam = ex_by_of(st, rel, subj, i, t1, &bom);
            if (bam) {
                int neg;
                const char *mod;
                ex_cues(st, 0, i, &neg, &mod);
                if ((err = ex_emit(st, s, idx, &bam->ent, &bom->ent, rel, i,
                                   t1, neg, mod, NULL, 0.6, seen, &nseen,
                                   cb, payload)) != 0)
                    return err;
                i = t1 - 1;
                continue;
            }
        }
        if (!subj &&
            ((!rel->noun && ex_is_ing(st, i)) ||
             /* "After talks with Xi, Putin", "During a visit to China,
              * Putin": a consultation told in a time phrase that opens
              * the sentence is the main clause's subject's (not other
              * acts: "After attacks on Israel, the US condemned") */
             ((rel->noun || !ex_is_ing(st, i)) && rel->cameo &&
              !strncmp(rel->cameo, "04", 2) && ex_time_opener(st))) &&
            (sm = ex_opener_subject(st, i, t1)) != NULL) {
            /* "Bowing to pressure from the EU, Poland scrapped",
             * "Accusing Moscow of meddling, Britain expelled": a clause
             * that opens the sentence with an -ing verb has the main
             * clause's subject */
            subj = &sm->ent;
            pronoun = 0;
            st->subj_end = 0;
        }
        if (!subj && rel->noun && (v = ex_put_forward(st, i)) != (size_t)-1 &&
            st->toks[v].kind == KG_TOK_WORD) {
            /* "Syria made a proposal for a meeting with Turkey": the
             * proposal's actor (its own phrase, a light verb's subject) */
            int pron2 = 0;
            const ex_mention *pm = NULL;
            const kg_entity *ps = ex_subject(st, v, 0, 1, &pm, &pron2);
            if (ps && pm) {
                subj = ps;
                sm = pm;
                pronoun = pron2;
            }
        }
        if (!subj && rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "04", 2) &&
            (sm = ex_trip_subject(st, i)) != NULL) {
            /* "travelled to Beijing for a meeting with Xi" */
            subj = &sm->ent;
            pronoun = 0;
            st->subj_end = sm->t1;
        }
        if (!subj && rel->cameo && !strncmp(rel->cameo, "14", 2) &&
            strcmp(rel->pattern, "march") != 0 &&
            strcmp(rel->pattern, "rally") != 0 && i < 4) {
            /* "Protests erupted across Iran": the place's people ("Protests"
             * opening the sentence read as the verb is the noun; not the
             * month "March", nor "The rally in U.S. futures") */
            const kg_onto_relation *nr = rel;
            size_t nn = t1 - i;
            if (!rel->noun &&
                (st->toks[i].lower[strlen(st->toks[i].lower) - 1] != 's' ||
                 !kg_onto__match_relation(st->onto, st->ntoks, i, 2,
                                          ex_lemma, st, &nr, &nn) ||
                 !nr->noun || !nr->cameo || strncmp(nr->cameo, "14", 2)))
                nr = NULL;
            if (nr && (subj = ex_protest_place_crowd(st, i, i + nn,
                                                     &home_end)) != NULL) {
                rel = nr;
                t1 = i + nn;
                sm = NULL;
                pronoun = 0;
                st->subj_end = 0;
            }
        }
        if (!subj)
            continue; /* a shorter trigger inside the span may still hold */
        if (sm && !pronoun && sm->t0 >= 2 && ex_is_person(subj)) {
            /* (in the arena: the subject outlives this token's turn as
             * the next verb's, prev_subj) */
            kg_entity *crowd = kg_arena_alloc(&st->arena, sizeof(*crowd));
            if (!crowd)
                return KG_ENOMEM;
            subj = ex_supporters(st, sm, subj, crowd);
        }
        if (rel == &ex_riot && !ex_crowd(subj) &&
            !ex_code_ends(subj->code, "EDU"))
            continue; /* (see ex_bare_protest_at: "burned" by others) */
        if (rel == &ex_bare_gather && !ex_crowd(subj))
            continue; /* (see ex_bare_gather) */
        if (rel == &ex_bare_protest &&
            (ex_code_ends(subj->code, "BUS") ||
             (!ex_crowd(subj) && !ex_home_protester(st, sm, subj) &&
              !(ex_sector_only(subj) &&
                (ex_code_ends(subj->code, "CVL") ||
                 ex_code_ends(subj->code, "EDU") ||
                 ex_code_ends(subj->code, "LAB") ||
                 ex_code_ends(subj->code, "AGR") ||
                 ex_code_ends(subj->code, "OPP"))))))
            continue; /* (see ex_bare_protest; "Japanese banks rallied"
                       * on the markets) */
        if (!rel->noun && !and_verb && sm && !pronoun &&
            ex_event_is_subject(st, sm, i))
            continue; /* "Bombs in Baghdad killed": no actor acted */
        if ((rel->quad == 1 || rel->quad == 3) && ex_thing_modifier(st, sm))
            continue; /* "The USA tanks might want": words need a speaker */
        /* (before subj becomes the salient person "He" may stand for) */
        partner = ex_role_partner(st, sm);
        if (ex_is_person(subj) && !st->toks[i].quote) {
            st->salient = *subj;
            st->have_salient = st->salient_here = 1;
        }
        sib = ex_sibling(st, sm);
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if (sm && ex_neither_member(st, sm))
            negated = 1; /* "Neither Russia nor Ukraine was willing to" */
        s0 = sm ? sm->t0 : st->subj_end > 0 ? st->subj_end - 1 : 0;
        if (!rel->noun && rel->quad == 4 &&
            (!strcmp(modality, "intended") ||
             !strcmp(modality, "hypothetical") ||
             !strcmp(modality, "conditional")) &&
            ex_warned_by_same(st, s0, subj))
            /* "Putin warned that Russia would strike Ukraine", "warned
             * that it would recall its ambassador if": a warning of one's
             * own act is a threat (138, 1313), not a plan */
            modality = "threatened";
        if (!rel->noun &&
            (ex_announced_intent(st, speaker, speech_at, subj, i) ||
             (!strcmp(modality, "intended") &&
              ex_announced_after(st, speaker, speech_at, subj,
                                 st->subj_end, i)))) {
            modality = "intended";
            st->intent_word = 1;
        }
        if (rel->noun && !st->light_verb && sm && sm->t1 == i &&
            ex_symmetric(rel) && !ex_ends_ing(st, i) &&
            (poss = ex_possessor_before(st, sm->t0)) != NULL) {
            /* "his Western allies", "Turkey's NATO partners": the
             * possessor's relation with the actor that modifies the
             * noun (an -ing word after the actor is its participle, no
             * noun of the phrase: "its soldiers fighting Ukraine" is no
             * fight of Russia with its soldiers) */
            if ((err = ex_emit(st, s, idx, poss, subj, rel, i, t1, negated,
                               modality, NULL, 0.6, seen, &nseen, cb,
                               payload)) != 0)
                return err;
            i = t1 - 1;
            continue;
        }
        if (rel->noun && !st->light_verb && ex_patient_noun(rel) &&
            ex_possessor(st, sm) && !ex_tok_is(st, t1, "of")) {
            /* "his arrest in Zambia", "Erdogan's release": the possessor
             * is the one arrested or released (unless "of" names him:
             * "Russia's arrest of Erdogan"); the actor is only known
             * from "by" */
            const kg_entity *agent = ex_by_agent(st, t1);
            if (agent &&
                (err = ex_emit(st, s, idx, agent, subj, rel, i, t1, negated,
                               modality, NULL, 0.6, seen, &nseen, cb,
                               payload)) != 0)
                return err;
            i = t1 - 1;
            continue;
        }
        if (!rel->noun &&
            ((ex_to_verb(st, st->subj_end) == i &&
              (v = ex_appeal_verb(st, s0, &fam, &passive)) != (size_t)-1) ||
             /* (the cheap test first: a lexicon match per trigger is
              * not) */
             (sm && (v = ex_that_appeal_verb(st, s0, &fam)) != (size_t)-1 &&
              ex_bare_verb(st, st->subj_end) == i &&
              !ex_suggested_fact(st, v, i) && !(passive = 0)))) {
            /* "Obama wants Putin to attack Switzerland": an appeal by
             * Obama to Putin (021); the attack is only demanded, so it
             * is kept without an event code.  "Obama is pressured by
             * Congress to help Iran": Congress asks, Obama would act.
             * "allowed Russia to help Israel": the help is permitted,
             * no more */
            const ex_mention *om;
            const kg_entity *other = ex_subject_of_m(st, v, &om);
            const kg_entity *asker = passive ? subj : other;
            const kg_entity *asked = passive ? other : subj;
            /* (unless the asking verb made its own relation already:
             * "pressured by" is coercion in the lexicon) */
            if (*fam && !st->toks[v].trigger) {
                /* "he may recommend that the United States retaliate",
                 * "if Russia demands that": the asking verb's own modal
                 * or condition holds the appeal too (its intent words
                 * are the act's, read at the trigger) */
                int neg_v, intent = st->intent_word;
                const char *mod_v = "asserted";
                ex_cues(st, 0, v, &neg_v, &mod_v);
                st->intent_word = intent;
                if (strcmp(mod_v, "hypothetical") != 0 &&
                    strcmp(mod_v, "conditional") != 0)
                    mod_v = "asserted";
                /* (every field: one left from an earlier word's copy, or
                 * unset, would carry its skip, back or reversed here) */
                memset(&refined, 0, sizeof(refined));
                refined.pattern = rel->pattern;
                refined.type = fam[0] == '1' ? "demand" : "urge";
                refined.label = fam[0] == '1' ? "demands of" : "urges";
                refined.cameo = ex_family_code(st, fam, rel->cameo, rel->quad);
                refined.plover = NULL;
                refined.quad = fam[0] == '1' ? 3 : 1;
                refined.noun = 0;
                refined.prep = NULL;
                if (!refined.cameo)
                    return KG_ENOMEM;
                if (asker && asked &&
                    (err = ex_emit(st, s, idx, asker, asked, &refined, v,
                                   v + 1, negated, mod_v, NULL, 0.6, seen,
                                   &nseen, cb, payload)) != 0)
                    return err;
                if (asker && asked && !passive && om) {
                    /* "Russia and Syria urged Turkey to end": each
                     * coordinated asker makes the appeal, as "Russia and
                     * Syria condemned Turkey" is condemned by both */
                    const kg_entity *co[EX_MAX_OBJECTS];
                    size_t nco = ex_coordinated(st, om, co, EX_MAX_OBJECTS),
                           c;
                    for (c = 0; c < nco; c++)
                        if (!ex_same_id(co[c], asked) &&
                            (err = ex_emit(st, s, idx, co[c], asked, &refined,
                                           v, v + 1, negated, mod_v, NULL,
                                           0.6, seen, &nseen, cb,
                                           payload)) != 0)
                            return err;
                }
            }
            if (passive) {
                if (!asked)
                    continue;
                subj = asked;
                sm = NULL;
            }
            refined = *rel;
            refined.cameo = NULL;
            rel = &refined;
            modality = *fam ? "demanded" : "hypothetical";
            negated = 0;
        } else if (!rel->noun &&
                   (v = (size_t)ex_asked_act(st, st->subj_end, i)) != 0) {
            /* asked of the subject by someone kg cannot name: the act
             * itself is no event */
            refined = *rel;
            refined.cameo = NULL;
            rel = &refined;
            modality = v == 1 ? "demanded" : "hypothetical";
        } else if (!rel->noun && (v = (size_t)ex_asked_by_noun(st, i)) != 0) {
            /* "rejected Germany's request to send ammunition": asked
             * for or proposed, not done (the refusal codes what was
             * asked: 1222) */
            refined = *rel;
            refined.cameo = NULL;
            rel = &refined;
            modality = v == 1 ? "demanded" : "hypothetical";
        } else if (!rel->noun && rel->quad >= 3 &&
                   (v = ex_claim_verb(st, s0,
                                      rel->quad == 4 &&
                                          !strcmp(modality, "asserted"))) !=
                       (size_t)-1) {
            /* "The US claimed that ISIL had attacked Iraq" */
            static const kg_onto_relation accuse = {
                "claim", "accuse", "accuses", "112", "ACCUSE", 3,
                0,       NULL,     NULL,      NULL,  NULL,     NULL, 0, 0, 0};
            const kg_entity *claimant = ex_subject_of(st, v);
            if (claimant &&
                (err = ex_emit(st, s, idx, claimant, subj, &accuse, v, v + 1,
                               0, "asserted", NULL, 0.5, seen, &nseen, cb,
                               payload)) != 0)
                return err;
            modality = "reported";
            if (ex_in_list(ex_claim_verbs, st->toks[v].lower)) {
                /* a claim or an allegation is contested: the event the
                 * writer reports is the accusation, and the act claimed is
                 * kept without an event code, as an asked act is ("said
                 * that" keeps it: officials' words are how acts are
                 * reported) */
                refined = *rel;
                refined.cameo = NULL;
                rel = &refined;
            }
        }
        if (rel->cameo && ex_denied_frame(st, i)) {
            /* "Iran denied supplying drones to Russia": another's claim,
             * which the subject denies: kept negated, without an event
             * code */
            refined = *rel;
            refined.cameo = NULL;
            rel = &refined;
            modality = "reported";
            negated = 1;
        }
        if (rel->cameo && ex_unasserted_frame(st, i)) {
            /* only rumoured, suggested or weighed: kept without an event
             * code, as an asked act is */
            refined = *rel;
            refined.cameo = NULL;
            rel = &refined;
            modality = "hypothetical";
            negated = 0;
        }
        if (negated && rel->cameo && ex_map_code(ex_refusals, rel->cameo) !=
                                         rel->cameo &&
            (!strcmp(modality, "intended") ||
             !strcmp(modality, "hypothetical"))) {
            /* "Obama said he would not provide support to Israel": not a
             * negated act but an act of its own, a refusal (121) */
            refined = *rel;
            refined.type = "reject";
            refined.label = "refuses";
            refined.cameo = ex_map_code(ex_refusals, rel->cameo);
            refined.plover = "REJECT";
            refined.quad = 3;
            rel = &refined;
            negated = 0;
        }
        if (rel->cameo && !strcmp(rel->cameo, "163") && !rel->noun &&
            ex_civil_actor(st, sm, subj)) {
            /* "Iranian merchants boycotted French goods", "students
             * boycotted": a boycott by civilians is a protest (143); a
             * state's is an embargo (163) */
            refined = *rel;
            refined.type = "protest";
            refined.label = "boycotts";
            refined.cameo = "143";
            refined.plover = "PROTEST";
            refined.quad = 3;
            rel = &refined;
        }
        if (rel->cameo && ex_labour_strike(st, rel, sm, subj, t1)) {
            /* "7,000 black miners went on strike at South African
             * mines", "the union threatened to strike at 10 a.m.": a
             * labour strike is a protest (143; its threat becomes 133
             * with the other threats), not an armed attack */
            refined = *rel;
            refined.type = "protest";
            refined.label = "strikes against";
            refined.cameo = "143";
            refined.plover = "PROTEST";
            refined.quad = 3;
            rel = &refined;
        }
        if (!rel->cameo && !rel->noun && !strcmp(rel->type, "join") &&
            strcmp(rel->pattern, "join") != 0 &&
            !(negated && ex_refused_before(st, i) == 1))
            /* ("took part in the Great Ireland Run", "to take part in the
             * G7 meeting": the entries "take part in" and "participate
             * in" are read only when refused, below; taking part gives
             * no edge worth its noise) */
            continue;
        if (negated && !rel->cameo && !rel->noun &&
            !strcmp(rel->type, "join") && ex_refused_before(st, i) == 1 &&
            !ex_place_modifier_after(st, t1)) {
            /* "India refused to join China's Belt and Road Initiative",
             * "declined to take part in the pipeline project with
             * Russia": joining has no code of its own, but refusing to
             * join what another runs is a rejection of material
             * cooperation (121) toward it.  (Only these verbs: most
             * "refused to" has no party refused, or an act coded
             * already.) */
            static const char *const talks[] = {
                "talks", "negotiations", "summit", "meeting", "conference",
                "dialogue", NULL};
            size_t q;
            refined = *rel;
            refined.type = "reject";
            refined.label = "refuses";
            refined.cameo = "121";
            /* (talks refused: a refusal to meet, 125) */
            for (q = t1; q < st->ntoks && q < t1 + 6 &&
                         st->toks[q].kind != KG_TOK_PUNCT;
                 q++)
                if (ex_pronoun_is(&st->toks[q], talks))
                    refined.cameo = "125";
            refined.plover = "REJECT";
            refined.quad = 3;
            rel = &refined;
            negated = 0;
        }
        if (rel->noun && rel->cameo &&
            ex_map_code(ex_reductions, rel->cameo) != rel->cameo &&
            (v = ex_stopped_before(st, i)) != 0) {
            /* "suspended economic assistance to Myanmar": aid stopped */
            const char *code = ex_map_code(ex_reductions, rel->cameo);
            const char *dfam;
            size_t n = strlen(st->toks[v - 1].lower);
            int asked = sm && ex_that_appeal_verb(st, sm->t0, &dfam) !=
                                  (size_t)-1 &&
                        sm->t1 + 1 == v && !ex_ends_ed(st, v - 1) &&
                        !(n > 2 && st->toks[v - 1].lower[n - 1] == 's');
            refined = *rel;
            refined.cameo = code;
            refined.type = !strncmp(code, "162", 3)   ? "cut_aid"
                           : !strcmp(code, "164")     ? "halt_talks"
                           : !strcmp(code, "165")     ? "halt_mediation"
                                                      : "reduce_relations";
            refined.label = !strncmp(code, "162", 3) ? "cuts aid to"
                            : !strcmp(code, "164")   ? "halts talks with"
                            : !strcmp(code, "165")   ? "halts mediation between"
                                                     : "reduces relations with";
            refined.plover = "SANCTION";
            refined.quad = 4;
            rel = &refined;
            if (asked) {
                /* "demanded that Washington stop arms sales to Taiwan":
                 * the stop is asked for (the demand was read at its
                 * verb), not done */
                refined.cameo = NULL;
                modality = "demanded";
            }
        }
        if (!rel->noun && rel->cameo && !strncmp(rel->cameo, "12", 2) &&
            strlen(rel->cameo) == 3 && rel->cameo[2] <= '4') {
            /* a rejected request: what was asked (the noun may be the
             * entry's own word: "denied Germany's request to send") */
            const char *code = ex_refused_request(st, i + 1);
            if (code && (!strcmp(rel->cameo, "120") ||
                         !strcmp(rel->cameo, "124") ||
                         !strncmp(code, rel->cameo, 3))) {
                refined = *rel;
                refined.cameo = code;
                rel = &refined;
            }
        }
        if (!rel->noun && rel->cameo && !strncmp(rel->cameo, "17", 2) &&
            (ex_crowd(subj) || ex_code_ends(subj->code, "EDU") ||
             /* (a people's burning or looting: not its seizing control,
              * charging or arresting) */
             (ex_demonym_people(st, sm) && !strcmp(modality, "asserted") &&
              (!strcmp(rel->cameo, "1712") || !strcmp(rel->pattern, "loot")))))
            rel = &ex_riot; /* "Rioters torched cars", "Students in
                             * Bangladesh torched police stations", "Angry
                             * Iranians set fire to banks": see ex_riot */
        else if (!rel->noun && rel->cameo && rel->cameo[0] == '1' &&
                 rel->cameo[1] == '9' && !strncmp(rel->pattern, "storm", 5) &&
                 ex_crowd(subj) &&
                 !ex_mention_at(st, ex_riot_object_end(st, t1)))
            rel = &ex_riot; /* "Sri Lankan protesters stormed the
                             * president's residence", "Iraqi protesters
                             * stormed the parliament": the actor inside
                             * the entry, else their own state; one after
                             * it is the target (ex_rioters) */
        else if (!rel->noun && rel->cameo && ex_crowd(subj) &&
                 ((!strcmp(rel->cameo, "120") &&
                   !strcmp(rel->pattern, "block")) ||
                  !strcmp(rel->cameo, "191") || !strcmp(rel->cameo, "192")))
            rel = &ex_obstruct; /* see ex_obstruct */
        if (rel->cameo && !strncmp(rel->cameo, "14", 2) &&
            (ex_demonym_people(st, sm) || ex_sector_only(subj))) {
            /* (in the arena: the subject outlives this token's turn as
             * the next verb's, prev_subj) */
            kg_entity *cvl = kg_arena_alloc(&st->arena, sizeof(*cvl));
            if (!cvl)
                return KG_ENOMEM;
            subj = ex_sector_only(subj)
                       ? ex_protest_place_people(st, i, sm, subj, cvl)
                       : ex_protest_people(st, sm, subj, cvl);
        }
        /* "Brazil and the United States are seeking": every subject */
        nsubj = 0;
        subjs[nsubj++] = subj;
        nsubj += ex_coordinated(st, sm, subjs + nsubj, EX_MAX_OBJECTS - 1);
        if (nsubj > 1 && rel->cameo && !strncmp(rel->cameo, "14", 2)) {
            /* "Sudanese doctors and teachers launched a general strike":
             * protesters named with no country beside ones of a country
             * are of that country too */
            const char *home = NULL;
            for (k = 0; k < nsubj && !home; k++)
                if (!ex_sector_only(subjs[k]) &&
                    ex_home_protester(st, NULL, subjs[k]))
                    home = subjs[k]->country;
            for (k = 0; home && k < nsubj; k++)
                if (ex_sector_only(subjs[k]) &&
                    strlen(subjs[k]->code) == 6 &&
                    ex_civil_actor(st, NULL, subjs[k])) {
                    kg_entity *c = kg_arena_alloc(&st->arena, sizeof(*c));
                    if (!c)
                        return KG_ENOMEM;
                    subjs[k] = ex_sector_of(st, subjs[k], home, c);
                    if (k == 0)
                        subj = subjs[0];
                }
        }
        if (nsubj == 1 && partner && !ex_same_id(partner, subj))
            subjs[nsubj++] = partner;
        if (nsubj < EX_MAX_OBJECTS && !rel->noun && !pronoun) {
            /* "Britain joined France in condemning Russia": both did */
            const kg_entity *jn = ex_joined_in(st, sm, i);
            if (jn)
                subjs[nsubj++] = jn;
        }
        if (!rel->noun && !rel->reversed && ex_is_passive(st, i)) {
            /* "were released by Putin": the agent after "by" acts on the
             * grammatical subject(s); no agent, no dyad (a reversed
             * dictionary entry reads the passive as it is written:
             * "- + * FROM $" under FREE, "Ithilen was freed from
             * Mordor", its subject the target already) */
            const kg_entity *agent = ex_by_agent(st, t1);
            const ex_mention *owner;
            /* ("was accused by Kyiv of war crimes": the agent inside the
             * gap of "accuse * of") */
            if (!agent && t1 > i + 2 && strchr(rel->pattern, '*') &&
                ex_tok_is(st, i + 1, "by")) {
                /* (the gap holds just the agent, the entry's next word,
                 * a preposition, right after it: not "threatened by the
                 * Iranian-Iraqi war", "threaten * war") */
                const ex_mention *gm = ex_actor_from(st, i + 2);
                if (gm && gm->t1 < t1 && !ex_mention_at(st, gm->t1) &&
                    (st->toks[gm->t1].tag == KG_W_PREP ||
                     ex_tok_is(st, gm->t1, "to")) &&
                    ex_pattern_word(rel, st->toks[gm->t1].lower))
                    agent = &gm->ent;
            }
            if (!agent)
                agent = ex_instrument_agent(st, i, t1, rel);
            if (!agent)
                continue;
            {
                const kg_onto_relation *hr = ex_passive_head_entry(st, sm, i);
                if (hr)
                    rel = hr;
            }
            memcpy(objs, subjs, nsubj * sizeof(*objs));
            nobj = nsubj;
            if (nsubj == 1 && (owner = ex_possessed_subject(st, sm)) != NULL)
                objs[0] = &owner->ent;
            subjs[0] = agent;
            nsubj = 1 + ex_by_coagents(st, t1, agent, subjs + 1,
                                       EX_MAX_OBJECTS - 1);
            oms[0] = NULL; /* the object came before the trigger */
            sib = NULL;
        } else {
            /* "accused Ukraine of war crimes": the actor a pattern's '*'
             * absorbed is its object, looked for there first when the
             * entry has no preposition, else only when none follows */
            const ex_mention *gm = ex_gap_object(st, i, t1, rel);
            const ex_mention *gs = gm ? ex_sibling(st, gm) : NULL;
            if (gs && ex_symmetric(rel)) {
                /* "hopes to restart Israeli-Palestinian talks": the pair
                 * that modifies the shared noun holds the talks, each
                 * with the other; the subject only brings them about */
                size_t q;
                if (strcmp(modality, "asserted") != 0) {
                    /* (hoped or planned by the subject, not by the pair:
                     * no event code of theirs) */
                    refined = *rel;
                    refined.cameo = NULL;
                    rel = &refined;
                    modality = "hypothetical";
                }
                for (q = 0; q < 2; q++)
                    if ((err = ex_emit(st, s, idx, q ? &gs->ent : &gm->ent,
                                       q ? &gm->ent : &gs->ent, rel, i, t1,
                                       negated, modality, NULL, 0.6, seen,
                                       &nseen, cb, payload)) != 0)
                        return err;
                i = t1 - 1;
                continue;
            }
            nobj = 0;
            t1 = ex_past_goods(st, t1, rel);
            if (gm && !rel->prep) {
                objs[0] = &gm->ent;
                oms[0] = gm;
                nobj = 1;
                if (!gm->ent.code || !*gm->ent.code) {
                    /* "rallied Arab support for the Palestinians": a
                     * name in the gap kg has no code for is as often a
                     * modifier; a coded actor after the entry is the
                     * party */
                    const kg_entity *o2[EX_MAX_OBJECTS];
                    const ex_mention *m2[EX_MAX_OBJECTS];
                    size_t n2 = ex_objects(st, t1, rel, subj, i, o2, m2,
                                           EX_MAX_OBJECTS);
                    if (n2 && o2[0]->code && *o2[0]->code) {
                        for (k = 0; k < n2; k++) {
                            objs[k] = o2[k];
                            oms[k] = m2[k];
                        }
                        nobj = n2;
                    }
                }
            }
            if (!nobj && !gm && !rel->prep && i + 1 < t1 &&
                st->toks[i + 1].tag == KG_W_PRON)
                /* "calling him an autocrat": a pronoun in the gap */
                nobj = ex_objects(st, i + 1, rel, subj, i, objs, oms, 1);
            if (!nobj)
                nobj = ex_objects(st, t1, rel, subj, i, objs, oms,
                                  EX_MAX_OBJECTS);
            if (nobj && oms[0] && !rel->cameo && !strcmp(rel->type, "join") &&
                ex_tok_is(st, oms[0]->t1, "in") &&
                ex_is_ing(st, oms[0]->t1 + 1)) {
                /* "joined France in condemning Russia": the act is both
                 * actors' (read at the -ing verb), the joining no edge */
                i = oms[0]->t1 - 1;
                continue;
            }
            if (nobj && oms[0] && !rel->noun && rel->cameo &&
                !strncmp(rel->cameo, "02", 2) && ex_asked_question(st, i, oms[0])) {
                /* "asked Mr Brown whether the Treasury had leaned on",
                 * "asked him: ...": a question, no appeal */
                i = oms[0]->t1 - 1;
                continue;
            }
            if (nobj && oms[0] &&
                ex_judged_act_party(st, rel, t1, oms[0], &bx)) {
                /* "condemned the attack on Israel (by Hamas)"; with no
                 * agent named, neither the judgement nor the act has a
                 * party the clause's subject acts on */
                if (!bx) {
                    i = oms[0]->t1 - 1;
                    continue;
                }
                objs[0] = &bx->ent;
                oms[0] = bx;
                nobj = 1;
            }
            if (!nobj && sum_m) {
                /* (no actor the sum goes to: the verb and its sum; the
                 * entry with the sum when the verb has none alone) */
                if (sum_rel) {
                    rel = sum_rel;
                    t1 = i + 1;
                }
                objs[0] = &sum_m->ent;
                oms[0] = sum_m;
                nobj = 1;
            }
            if (!nobj && gm) {
                objs[0] = &gm->ent;
                oms[0] = gm;
                nobj = 1;
            }
            if (!rel->noun && !rel->cameo && !strcmp(rel->type, "discuss")) {
                /* "Macron and Putin discussed the situation": who discuss
                 * something together consult each other (040), whatever
                 * the topic, a country too ("discussed Syria"); one actor
                 * discussing a country only talks about it: no relation;
                 * nor for an -ing form with no auxiliary, whose subject is
                 * guessed ("spend two weeks in Hong Kong, Tokyo and
                 * Sydney discussing"; "are discussing a merger" holds) */
                if (nsubj < 2 ||
                    (ex_is_ing(st, i) && st->toks[i - 1].tag != KG_W_AUX)) {
                    i = t1 - 1;
                    continue;
                }
                refined = *rel;
                refined.mutual = "040";
                refined.back = NULL;
                rel = &refined;
                nobj = 0;
            }
            if (nobj == 0 && nsubj >= 2 && rel->mutual) {
                /* "Gondor and Osgiliath have delayed their meeting": an
                 * entry's own code for what coordinated subjects do to
                 * each other */
                refined = *rel;
                refined.cameo = rel->mutual;
                refined.back = NULL;
                rel = &refined;
            }
            if (nobj == 0 && nsubj >= 2 &&
                (rel->mutual ||
                 ((ex_symmetric(rel) ||
                   /* "Israel and the UAE signed an accord": signed by
                    * each with the other (the verb only: "the Nokia and
                    * Microsoft deal" may be two deals; or a noun of
                    * joint work after a light verb, "China and Russia
                    * launched a joint venture": one act of both, where
                    * "were given deals", "announce a deal" are not) */
                   ((!rel->noun ||
                     (st->light_verb && strcmp(rel->type, "sign") != 0)) &&
                    ex_shared_act(rel))) &&
                  !ex_phrase_follows(st, t1)))) {
                /* "The US, Russia and Switzerland met": each with each */
                size_t a, b;
                const kg_entity *sp = NULL;
                for (a = 0; a < nsubj; a++)
                    for (b = 0; b < nsubj; b++)
                        if (a != b &&
                            (err = ex_emit(st, s, idx, subjs[a], subjs[b],
                                           rel, i, t1, negated, modality, sp,
                                           0.6, seen, &nseen, cb,
                                           payload)) != 0)
                            return err;
                i = t1 - 1;
                continue;
            }
            if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "14", 2) &&
                (oms[0] = ex_protest_demand(st, t1, subj, &aim,
                                            &purpose_verb)) != NULL) {
                /* "began a hunger strike to demand the resignation of
                 * the government": the protest's target is the one the
                 * demand is made of; 141-145 take the sub-code of what
                 * is demanded (1411 leadership change ...).  The demand
                 * is the protest's aim, one event: its verb is not read
                 * again ("marched in Belgrade demanding": no demand by
                 * Belgrade) */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if ((nobj == 0 || (nobj == 1 && oms[0] &&
                               ex_along_place(st, oms[0]))) &&
                rel->cameo && !strncmp(rel->cameo, "14", 2) &&
                (bx = ex_protest_purpose(st, nobj ? oms[0]->t1 : t1, subj,
                                         &purpose_verb)) != NULL) {
                /* ("rallied outside the White House to protest against
                 * Israel's war": where they rallied, and whom at) */
                oms[0] = bx;
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 0 && ex_place_matters(rel) &&
                !ex_reduced_passive(st, sm, i, t1, rel) &&
                (oms[0] = ex_place_after(st, t1)) != NULL) {
                /* "staged a protest in Beijing", "exercises in Alaska":
                 * an act of force or protest with no actor as its object
                 * is aimed at the place's state, as PETRARCH codes it */
                objs[0] = &oms[0]->ent;
                nobj = 1;
                aim = 0;
            }
            if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "14", 2) &&
                (objs[0] = ex_jailer(st, sm, i)) != NULL) {
                /* "Palestinian prisoners in Israeli jails went on hunger
                 * strike": the state that holds them */
                oms[0] = NULL;
                nobj = 1;
            }
            /* (a threatened protest, "threatened a general strike", 133,
             * is aimed where the protest would be) */
            if (nobj == 0 && rel->cameo &&
                (!strncmp(rel->cameo, "14", 2) ||
                 !strcmp(rel->cameo, "133")) &&
                (objs[0] = ex_protest_home(
                     st, i,
                     home_end ? home_end
                     : rel == &ex_riot || rel == &ex_obstruct
                         ? ex_riot_object_end(st, t1)
                         : t1,
                     sm, subj, rel->cameo, &aim)) != NULL) {
                /* "Students in Iran demonstrated against the regime":
                 * the protesters' own government; "boycotted classes to
                 * protest against the government": the purpose clause
                 * named it, and is not read again (ex_protest_purpose) */
                size_t q;
                oms[0] = NULL;
                nobj = 1;
                for (q = t1; q + 1 < st->ntoks && q < t1 + 8 &&
                             st->toks[q].kind != KG_TOK_PUNCT;
                     q++)
                    if (ex_tok_is(st, q, "to") &&
                        (ex_tok_is(st, q + 1, "protest") ||
                         ex_tok_is(st, q + 1, "oppose"))) {
                        purpose_verb = q + 1;
                        break;
                    }
            }
            if (nobj && oms[0] && rel->cameo &&
                (!strncmp(rel->cameo, "14", 2) ||
                 !strcmp(rel->cameo, "133"))) {
                kg_entity *o = kg_arena_alloc(&st->arena, sizeof(*o));
                if (!o)
                    return KG_ENOMEM;
                objs[0] = ex_protested_organ(st, sm, subj, objs[0], o);
                if (objs[0] != o)
                    objs[0] = ex_protested_leader(st, oms[0], sm, subj,
                                                  objs[0], o);
                if (objs[0] != o && !strncmp(rel->cameo, "145", 3) &&
                    !objs[0]->is_value && ex_sector_only(objs[0]) &&
                    strlen(objs[0]->code) == 6 &&
                    ex_home_protester(st, sm, subj))
                    /* "Angry Iranians set fire to banks": rioters burn
                     * what stands in their own country */
                    objs[0] = ex_sector_of(st, objs[0], subj->country, o);
            }
            if (nobj && aim && rel->cameo &&
                !strncmp(rel->cameo, "14", 2) && strlen(rel->cameo) == 3 &&
                rel->cameo[2] >= '1' && rel->cameo[2] <= '5') {
                /* 141-145 take the sub-code of what is demanded or
                 * protested (1411 leadership change, 1412 policy ...) */
                char buf[5];
                memcpy(buf, rel->cameo, 3);
                buf[3] = aim;
                buf[4] = 0;
                refined = *rel;
                refined.cameo = ex_strndup(st, buf, 4);
                if (!refined.cameo)
                    return KG_ENOMEM;
                rel = &refined;
            }
            if (nobj == 0 && !rel->noun && rel->cameo &&
                !strcmp(rel->cameo, "018") && rel->prep &&
                (oms[0] = ex_place_of_object(st, t1, rel->prep, 1)) !=
                    NULL) {
                /* "expressed sorrow for the shootings in South Carolina":
                 * sympathy goes to the place's people, coded as its
                 * state */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 0 && !rel->noun && rel->cameo &&
                !strncmp(rel->cameo, "07", 2) &&
                (oms[0] = ex_people_in_place(st, t1, rel->prep)) != NULL) {
                /* "sent food to earthquake survivors in Nepal": aid for
                 * a place's people goes to its state, as PETRARCH codes
                 * it */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if ((nobj == 0 ||
                 (nobj == 1 && oms[0] && !oms[0]->ent.is_value &&
                  (!objs[0]->code || !*objs[0]->code))) &&
                rel->cameo &&
                ((rel->cameo[0] == '1' && rel->cameo[1] >= '8') ||
                 !strncmp(rel->cameo, "20", 2)) &&
                (oms[0] = ex_place_of_object(
                     st, t1, rel->noun ? rel->prep : NULL,
                     rel->noun ? 3 : 2)) != NULL) {
                /* "bombarded a part of Syria's second city", "attacked
                 * a hotel in Mogadishu", "an attack on a hotel in
                 * Mogadishu": force (18-20) against a place hits its
                 * state, as above
                 * ("expel leaders of Egypt's Brotherhood" expels people,
                 * not a place) */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 1 && oms[0] && !rel->noun && rel->cameo &&
                ((rel->cameo[0] == '1' && rel->cameo[1] >= '8') ||
                 !strncmp(rel->cameo, "20", 2)) &&
                (!objs[0]->code || !*objs[0]->code) &&
                !ex_is_person(objs[0]) && !objs[0]->is_value) {
                /* "shelled the Jabalia refugee camp in northern Gaza":
                 * a place kg has no code for, in a place it has one
                 * for, is hit as that place's state */
                const ex_mention *pm = ex_place_of_object(st, t1, NULL, 2);
                if (pm) {
                    oms[0] = pm;
                    objs[0] = &pm->ent;
                }
            }
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "02", 2) || !strncmp(rel->cameo, "10", 2)) &&
            ex_tok_is(st, ex_when_phrase(st, t1), "that")) {
            /* "demanded that Tehran halt all such activity": the one a
             * demand or an appeal is made of is the subject of its "that"
             * clause (the asked act, when the lexicon knows it, was read
             * at its own verb already: "demanded that Britain release");
             * a date may come between ("demanded on Monday that") */
            size_t j = ex_when_phrase(st, t1) + 1, tl;
            const char *tagent = NULL;
            while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
                j++;
            /* (past a title: "demanded that President Ruto resign") */
            if (j < st->ntoks && (tl = ex_match_title(st, j, &tagent)) > 0 &&
                j + tl < st->ntoks && ex_mention_at(st, j) == NULL)
                j += tl;
            oms[0] = j < st->ntoks ? ex_mention_at(st, j) : NULL;
            if (oms[0] && oms[0]->t0 == j && !oms[0]->dropped &&
                !oms[0]->ent.is_value) {
                size_t e = oms[0]->t1;
                objs[0] = &oms[0]->ent;
                nobj = 1;
                if (!strcmp(rel->cameo, "100") && e < st->ntoks &&
                    (ex_tok_is(st, e, "resign") || ex_tok_is(st, e, "quit") ||
                     (ex_tok_is(st, e, "step") &&
                      ex_tok_is(st, e + 1, "down")))) {
                    /* "demanded that Pashinyan step down": a change in
                     * leadership (1041) */
                    refined = *rel;
                    refined.cameo = "1041";
                    rel = &refined;
                }
            }
        }
        if (nobj == 0 && !rel->noun && pronoun && st->subj_end >= 2 &&
            (oms[0] = ex_gap_head(st, st->subj_end - 1)) != NULL) {
            /* "the parts of the war-torn country it controls": a relative
             * clause with no "that" whose object is the phrase before its
             * pronoun subject; the pronoun is someone else */
            objs[0] = &oms[0]->ent;
            nobj = 1;
            if (ex_same_id(subj, objs[0])) {
                const kg_entity *r =
                    ex_last_thing(st, oms[0]->t0, &oms[0]->ent);
                if (!r)
                    continue;
                subj = subjs[0] = ex_renote_pronoun(st, st->subj_end - 1, r);
            }
        }
        if (nobj == 0 && rel->cameo && !negated &&
            (!strncmp(rel->cameo, "11", 2) ||
             !strcmp(rel->cameo, "140")) &&
            (oms[0] = ex_after_actor(st, t1, subj)) != NULL) {
            /* "Japan protested after North Korea fired a missile over
             * its territory": at the one whose act it answers
             * (ex_after_actor); a state's protest is an official
             * complaint (114), as "protested to" is */
            objs[0] = &oms[0]->ent;
            nobj = 1;
            if (!strcmp(rel->cameo, "140") &&
                (ex_official_code(subj->code) ||
                 (subj->type && !strcmp(subj->type, "Country")))) {
                static const kg_onto_relation complain = {
                    .pattern = "protest", .type = "complain",
                    .label = "complains to", .cameo = "114",
                    .plover = "ACCUSE", .quad = 3};
                rel = &complain;
            }
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strcmp(modality, "intended") && speaker &&
            ex_same_id(subj, speaker) && speech_at != (size_t)-1 &&
            st->subj_end > 0 &&
            (oms[0] = ex_told_before(st, st->subj_end - 1)) != NULL &&
            oms[0]->t0 > speech_at && !ex_same_id(&oms[0]->ent, subj) &&
            !ex_code_ends(oms[0]->ent.code, "MED") &&
            !(oms[0]->ent.code && !strcmp(oms[0]->ent.code, "MED"))) {
            /* "Russia told Ukraine that it would withdraw its troops":
             * an intention stated to someone, with no other party, is
             * one toward the one told (not "told Reuters he would": an
             * interview) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strcmp(modality, "threatened") && st->subj_end > 0 &&
            (oms[0] = ex_told_before(st, st->subj_end - 1)) != NULL &&
            !ex_same_id(&oms[0]->ent, subj)) {
            /* "Israel warned Lebanon that it would impose a blockade":
             * a warning of one's own act with no other party threatens
             * the one warned (1381) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && (participle || and_verb) &&
            ex_tok_is(st, i - 1, "to")) {
            /* "accusing it of meddling and threatening to sever
             * relations": an infinitive under a verb joined to an earlier
             * one of the same subject, with no object of its own, acts
             * on that verb's object ("and promised raids to the villages"
             * has an object the lexicon may not know: left alone) */
            for (k = ndone; k-- > 0;)
                if (!strcmp(done_subj[k]->id, subj->id)) {
                    objs[0] = done_obj[k];
                    oms[0] = NULL;
                    nobj = 1;
                    break;
                }
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "12", 2) || !strcmp(rel->cameo, "016")) &&
            (objs[0] = ex_rejected_accuser(st, i, t1, subj)) != NULL) {
            /* "Kremlin spokesman Dmitry Peskov rejected accusations":
             * the accuser of the sentences before */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 1 && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "172", 3) && strlen(rel->cameo) == 4 &&
            (!objs[0]->code || !*objs[0]->code) &&
            (own = ex_own_country(st, subj, rel->cameo)) != NULL) {
            /* "a Russian court outlawed Alexei Navalny's organisations":
             * a name kg has no code for is no party; the restriction is
             * the country's own, as below (RUSJUD -> RUS) */
            objs[0] = own;
            oms[0] = NULL;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "081", 3) ||
             !strncmp(rel->cameo, "082", 3) ||
             !strcmp(rel->cameo, "1721") || !strcmp(rel->cameo, "1722") ||
             !strcmp(rel->cameo, "1723") || !strcmp(rel->cameo, "1724")) &&
            !(rel->prep && t1 < st->ntoks &&
              ex_in_list(rel->prep, st->toks[t1].lower) &&
              ex_when_phrase(st, t1) == t1) &&
            (objs[0] = ex_own_country(st, subj, rel->cameo)) != NULL) {
            /* "the Sri Lankan government lifted the curfew", "the
             * opposition called off its protests": a restriction eased
             * (081) or dissent called off (082) with no party named is
             * eased for the actor's own country, as CAMEO codes it
             * (LKAGOV -> LKA); not one eased "on" something named
             * ("relax restrictions on foreign ownership").  So is a
             * curfew, martial law or a state of emergency imposed or
             * declared (1723, 1724): "the Sri Lankan government imposed
             * a nationwide curfew" is imposed on Sri Lanka; and so are
             * political freedoms restricted (1721) or a party or a
             * politician banned (1722) with no party named: "Hong Kong
             * authorities banned the candlelight vigil" (HKGGOV ->
             * HKG) */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && rel->noun && rel->cameo && sm &&
            (!strncmp(rel->cameo, "02", 2) || !strncmp(rel->cameo, "03", 2) ||
             !strncmp(rel->cameo, "10", 2)) &&
            ex_possessor(st, sm) && sm->t0 > 0) {
            /* "Sweden has rejected Turkey's repeated requests": the
             * request was made to the one who rejects it */
            size_t v0 = sm->t0;
            if (ex_tok_is(st, v0 - 1, "the") && v0 > 1)
                v0--;
            if (st->toks[v0 - 1].kind == KG_TOK_WORD &&
                !ex_mention_at(st, v0 - 1) &&
                (objs[0] = ex_subject_of(st, v0 - 1)) != NULL) {
                oms[0] = NULL;
                nobj = 1;
            }
        }
        if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "15", 2) &&
            subj && !ex_is_passive(st, i) &&
            /* (a one-word entry: "Taiwan put its military on high
             * alert after" has its object inside the entry) */
            !(t1 == i + 1 && ex_reduced_passive(st, sm, i, t1, rel)) &&
            (oms[0] = ex_posture_target(st, t1, subj)) != NULL) {
            /* "raised its alert status after North Korea fired
             * artillery shells", "put its air defences on alert in
             * anticipation of an Iranian attack": force shown, alerted
             * or mobilised with no party named is aimed at the first
             * other country's actor the clause names after it, as
             * PETRARCH takes the first actor after the verb (not after
             * a passive: "British troops deployed in Iraq should be
             * replaced" is no act of theirs) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strcmp(rel->cameo, "011") || !strcmp(rel->cameo, "012") ||
             !strcmp(rel->cameo, "013") || !strcmp(rel->cameo, "017") ||
             !strcmp(rel->cameo, "018")) &&
            subj && !ex_is_passive(st, i) &&
            (oms[0] = ex_posture_target(st, t1, subj)) != NULL) {
            /* "voiced optimism on Tuesday that ties with Japan would
             * return to normal", "warned that relations with Afghanistan
             * were unlikely to improve", "declined to comment on reports
             * that Berlin had been spied on by the United States": a
             * statement (01) with no party named is about the first other
             * country's actor its clause names, as PETRARCH takes the
             * first actor after the verb.  Only for comment declined
             * (011), pessimism (012), optimism (013), a gesture (017) and
             * sympathy (018): a plain denial, a comment or an option
             * considered ("denied the decision would suggest to China",
             * "considering proposals from France's Dassault") names
             * another's act, and its actors are rarely the party (news:
             * 4 of 19 right) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj && oms[0] && ex_neither_member(st, oms[0]))
            negated = 1; /* "attacked neither Russia nor Ukraine" */
        if (nobj && !strcmp(rel->type, "control")) {
            /* holding ground: a country or place right after the verb
             * ("have controlled Tall Afar") or as the head it follows
             * ("the country it controls"); "controls 70 pct of Japan's
             * market" or "who controls American Financial Corp" is
             * ownership, no relation between actors */
            const kg_entity *o = objs[0];
            int passive_held = !oms[0] && ex_is_passive(st, i);
            if (!o->type ||
                (strcmp(o->type, "Country") != 0 &&
                 strcmp(o->type, "Place") != 0) ||
                /* ("controls American Financial Corp", "to control
                 * Japanese traders": a demonym names no ground) */
                (oms[0] && oms[0]->kind == KG_NAME_DEMONYM) ||
                (!passive_held &&
                 (!oms[0] || (oms[0]->t0 != t1 &&
                              oms[0]->t1 != st->subj_end - 1))))
                continue;
        }
        conf = 0.6;
        if (nobj && oms[0] && oms[0]->t0 <= t1 + 1)
            conf += 0.2;
        if (pronoun)
            conf -= 0.2;
        if (participle)
            conf -= 0.1;
        /* Russian-Turkish trade: both parts trade, and with each other */
        if (sib && rel->noun && nsubj < EX_MAX_OBJECTS)
            subjs[nsubj++] = &sib->ent;
        for (k = 0; k < nobj; k++) {
            /* reported: inside a quote, after "X said (that)", or
             * before a closing "..., X said" */
            const kg_entity *sp =
                (speaker && (st->toks[i].quote || i > speech_at ||
                             speaker->start > st->toks[t1 - 1].end))
                    ? speaker
                    : NULL;
            size_t q;
            for (q = 0; q < nsubj; q++)
                if ((err = ex_emit(st, s, idx, subjs[q], objs[k], rel, i, t1,
                                   negated, modality, sp, conf, seen, &nseen,
                                   cb, payload)) != 0 ||
                    (err = ex_emit_back(st, s, idx, subjs[q], objs[k], rel, i,
                                        t1, negated, modality, sp, conf, seen,
                                        &nseen, cb, payload)) != 0 ||
                    (ex_mutual_act(rel) &&
                     (err = ex_emit(st, s, idx, objs[k], subjs[q], rel, i, t1,
                                    negated, modality, sp, conf, seen, &nseen,
                                    cb, payload)) != 0))
                    return err;
        }
        if (nobj && oms[0] && !rel->noun &&
            (bx = ex_as_did(st, oms[0]->t1)) != NULL &&
            (err = ex_emit(st, s, idx, &bx->ent, objs[0], rel, i, t1, 0,
                           "asserted", NULL, 0.5, seen, &nseen, cb,
                           payload)) != 0)
            return err;
        if (sib && rel->noun) {
            const ex_mention *a = sib->start < sm->start ? sib : sm;
            const ex_mention *b = a == sm ? sib : sm;
            int neg2;
            const char *mod2;
            /* "in hopes of restarting Israeli-Palestinian talks": the
             * pair is inside the noun phrase, so the cues that govern it
             * stand before the pair, not between subject and noun */
            size_t vb = a->t0;
            if (vb > 0 && st->toks[vb - 1].tag == KG_W_DET)
                vb--;
            /* (only as the object of a verb right before: "restarting",
             * "to restart"; "into the Iran-Iraq war" names a war that
             * is going on whatever the clause hopes) */
            vb = vb > 0 && (ex_is_ing(st, vb - 1) ||
                            (vb > 1 && ex_tok_is(st, vb - 2, "to")));
            ex_cues(st, 0, a->t0, &neg2, &mod2);
            if (vb && !strcmp(modality, "asserted") &&
                strcmp(mod2, "asserted") && rel->cameo) {
                /* (someone else's hope or plan: no event code of the
                 * pair's) */
                refined = *rel;
                refined.cameo = NULL;
                rel = &refined;
                modality = "hypothetical";
            }
            if ((err = ex_emit(st, s, idx, &a->ent, &b->ent, rel, i, t1,
                               negated, modality, NULL, conf, seen, &nseen, cb,
                               payload)) != 0)
                return err;
        }
        /* a trigger that found no relation leaves its words to shorter
         * ones ("reset Ankara's relationship with Moscow") */
        if (nseen > seen_before) {
            i = st->joined_end > t1 ? st->joined_end - 1 : t1 - 1;
            if (!rel->noun) {
                prev_subj = subjs[0];
                if (nobj && ndone < 8) {
                    done_subj[ndone] = subjs[0];
                    done_obj[ndone++] = objs[0];
                }
                prev_sm = sm;
            }
        }
    }
    if (ncands > 0)
        cands[ncands - 1].after = nseen;
    if ((err = ex_deep(st, s, idx, cands, ncands, seen, &nseen, cb,
                       payload)) != 0)
        return err;
    if ((err = ex_quoted_judgements(st, s, idx, speaker, seen, &nseen, cb,
                                    payload)) != 0)
        return err;
    if ((err = ex_receipts(st, s, idx, seen, &nseen, cb, payload)) != 0 ||
        (err = ex_criticism_received(st, s, idx, seen, &nseen, cb,
                                     payload)) != 0 ||
        (err = ex_despite_protests(st, s, idx, seen, &nseen, cb,
                                   payload)) != 0 ||
        (err = ex_in_protest(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_passive_nominals(st, s, idx, seen, &nseen, cb,
                                   payload)) != 0)
        return err;
    if ((err = ex_passive_objects(st, s, idx, seen, &nseen, cb,
                                  payload)) != 0)
        return err;
    if ((err = ex_undergone_acts(st, s, idx, seen, &nseen, cb,
                                 payload)) != 0)
        return err;
    if ((err = ex_brokered_truces(st, s, idx, seen, &nseen, cb,
                                  payload)) != 0)
        return err;
    if ((err = ex_place_visits(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_comma_passives(st, s, idx, seen, &nseen, cb,
                                 payload)) != 0)
        return err;
    if ((err = ex_noun_passives(st, s, idx, seen, &nseen, cb,
                                payload)) != 0)
        return err;
    if ((err = ex_move_asides(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_harmed_in(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_weapon_hits(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_participle_agents(st, s, idx, seen, &nseen, cb,
                                    payload)) != 0 ||
        (err = ex_hyphen_brokers(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    if ((err = ex_allegations(st, s, idx, seen, &nseen, cb, payload)) != 0)
        return err;
    return ex_memberships(st, s, idx, seen, &nseen, cb, payload);
}

static void ex_count_country(ex_state *st, const char *id)
{
    size_t k;
    for (k = 0; k < st->ncountries; k++)
        if (!strcmp(st->countries[k], id)) {
            st->ncountry[k]++;
            return;
        }
    if (st->ncountries < EX_MEMORY) {
        st->countries[st->ncountries] = id;
        st->ncountry[st->ncountries++] = 1;
    }
}

/* Remember the sentence's people, groups and organisations for later
 * pronouns and descriptions; the copies point into the arena, which lives
 * until the document is done. */
static void ex_remember(ex_state *st)
{
    size_t i;
    /* the sentence's first actor, when a person, is its likely subject
     * and the likely "he" of the next sentence, unless a speaker or the
     * subject of a relation already said who acts here */
    for (i = 0; i < st->nments && !st->salient_here; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->dropped || m->ent.is_value || st->toks[m->t0].quote ||
            st->toks[m->t0].paren)
            continue;
        if (ex_is_person(&m->ent)) {
            st->salient = m->ent;
            st->have_salient = 1;
        }
        break;
    }
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        const kg_entity *e = &m->ent;
        if (m->dropped || e->is_value || !e->type)
            continue;
        /* (a country's office or group, "PSEGOV", is not the country) */
        if (!strcmp(e->type, "Country") && e->code && e->id &&
            !strcmp(e->code, e->id)) {
            st->last_country = *e;
            st->have_last_country = 1;
        }
        if (m->oe && !strcmp(e->type, "Country") && m->kind != EX_NAME_COREF)
            ex_count_country(st, e->id);
        else if (m->oe && !strcmp(m->oe->type, "Place") && e->country &&
                 m->kind <= KG_NAME_METONYM)
            ex_count_country(st, e->country);
        if (ex_is_person(e)) {
            st->last_person = *e;
            st->have_last_person = 1;
            ex_memory_add(st->people, &st->npeople, e);
        } else if (m->kind == EX_NAME_GROUP) {
            ex_memory_add(st->groups, &st->ngroups, e);
        } else if (strcmp(e->type, "Organization") == 0 ||
                   strcmp(e->type, "Group") == 0) {
            st->last_org = *e;
            st->have_last_org = 1;
        }
    }
}

/* One pass over a document: relations to rcb, mentions to mcb (either may
 * be NULL). */
/* The per-document relation limit (kg_limits): relations pass through
 * this counter on their way to the caller's callback. */
typedef struct ex_limited {
    kg_ctx *ctx;
    kg_relation_cb cb;
    void *payload;
    size_t n, max;
} ex_limited;

static int ex_limited_relation(const kg_relation *r, void *payload)
{
    ex_limited *l = payload;
    if (++l->n > l->max)
        return kg_ctx__error(l->ctx, KG_ELIMIT,
                             "more than %zu relations in one document "
                             "(the limit); the rest skipped",
                             l->max);
    return l->cb(r, l->payload);
}

/* “We will not accept this. We will respond,” said Erdogan: a quote still
 * open where sentence si ends is attributed where it closes, in one of the
 * next EX_AHEAD sentences.  Those are read ahead with a copy of the
 * document memory and buffers of their own (the real reading, later,
 * must not see them); the speaker, if any, is copied to st->ahead_speaker
 * with its text in st's arena. */
#define EX_AHEAD 3
static int ex_speaker_ahead(ex_state *st, const kg_segmentation *seg,
                            size_t si)
{
    ex_state la = *st;
    size_t sj, at;
    kg_entity spk;
    int err = KG_OK;

    st->have_ahead_speaker = 0;
    la.toks = NULL;
    la.captoks = 0;
    la.ntoks = 0;
    la.nments = 0;
    la.nprons = 0;
    la.stats = NULL;
    la.have_speaker = 0;
    memset(&la.arena, 0, sizeof(la.arena));
    memset(&la.tmp, 0, sizeof(la.tmp));
    la.ments = malloc(EX_MAX_MENTIONS * sizeof(*la.ments));
    if (!la.ments)
        return KG_ENOMEM;
    for (sj = si + 1; sj < seg->nsentences && sj <= si + EX_AHEAD; sj++) {
        const kg_sentence *s2 = &seg->sentences[sj];
        if (s2->boilerplate || s2->ntokens == 0)
            break;
        la.nments = 0;
        la.nprons = 0;
        if ((err = ex_prepare_tokens(&la, seg, s2)) < 0)
            break;
        if (!la.quote_carried)
            break; /* the quote did not go on: nobody to find */
        if ((err = ex_find_mentions(&la)) < 0 ||
            (err = ex_glue_titles(&la)) < 0)
            break;
        ex_index_mentions(&la);
        if (la.quote_open)
            continue; /* still inside the quote */
        if (ex_speaker(&la, &at, &spk)) {
            /* (every string may live in la's arena: unknown names, codes
             * composed from an office) */
            const char **f[] = {&spk.id,      &spk.label, &spk.type,
                                &spk.code,    &spk.country, &spk.text,
                                &spk.unit};
            size_t k;
            for (k = 0; k < sizeof(f) / sizeof(f[0]) && err == KG_OK; k++)
                if (*f[k] && !(*f[k] = ex_strndup(st, *f[k], strlen(*f[k]))))
                    err = KG_ENOMEM;
            if (err == KG_OK) {
                st->ahead_speaker = spk;
                st->have_ahead_speaker = 1;
            }
        }
        break;
    }
    free(la.ments);
    free(la.toks);
    kg_buf_dispose(&la.tmp);
    kg_arena_dispose(&la.arena);
    return err;
}

static int ex_run(kg_ctx *ctx, const kg_doc *doc, kg_relation_cb rcb,
                  kg_mention_cb mcb, void *payload, kg_extract_stats *stats)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    ex_state st;
    const kg_limits *limits = kg_ctx__limits(ctx);
    ex_limited lim = {0};
    size_t si, nmentions = 0;
    int err;

    memset(&st, 0, sizeof(st));
    st.ctx = ctx;
    st.onto = kg_ctx__onto(ctx);
    st.doc = doc;
    st.stats = stats;
    if (!st.onto)
        return kg_ctx__error(ctx, KG_EINVAL, "no ontology loaded");
    st.shared_other = ex_shared_for_doc(st.onto, doc, &st.shared_none);
    if ((err = kg_text__segment(doc->text, doc->len, &seg)) < 0)
        goto out;
    st.sports_doc = ex_sports_document(doc, &seg);
    if (stats) {
        stats->documents++;
        stats->sentences += seg.nsentences;
        stats->boilerplate += seg.boilerplate;
    }
    st.ments = malloc(EX_MAX_MENTIONS * sizeof(*st.ments));
    if (!st.ments) {
        err = KG_ENOMEM;
        goto out;
    }
    for (si = 0; si < seg.nsentences; si++) {
        const kg_sentence *s = &seg.sentences[si];
        if (s->boilerplate || s->ntokens == 0)
            continue;
        st.nments = 0;
        st.nprons = 0;
        st.salient_here = 0;
        st.have_speaker = 0;
        st.have_last_object = 0;
        if ((err = ex_prepare_tokens(&st, &seg, s)) < 0 ||
            (err = ex_find_mentions(&st)) < 0 ||
            (err = ex_glue_titles(&st)) < 0 ||
            (err = ex_officials_of_places(&st)) < 0 ||
            (err = ex_loyal_groups(&st)) < 0 ||
            (err = ex_opposition_names(&st)) < 0)
            goto out;
        ex_index_mentions(&st);
        if ((err = ex_find_values(&st)) < 0)
            goto out;
        ex_index_mentions(&st);
        ex_note_roles(&st);
        ex_note_addressee(&st);
        st.have_ahead_speaker = 0;
        if (st.quote_open && (err = ex_speaker_ahead(&st, &seg, si)) < 0)
            goto out;
        for (size_t m = 0; m < st.nments; m++)
            nmentions += !st.ments[m].dropped;
        if (stats)
            for (size_t m = 0; m < st.nments; m++)
                stats->mentions += !st.ments[m].dropped;
        if (nmentions > limits->max_mentions_per_doc) {
            err = kg_ctx__error(ctx, KG_ELIMIT,
                                "more than %zu mentions in one document "
                                "(the limit); the rest skipped",
                                limits->max_mentions_per_doc);
            goto out;
        }
        /* relations run in both modes: they decide speakers and
         * pronouns, which later sentences and kg entities both see */
        lim.ctx = ctx;
        lim.cb = rcb;
        lim.payload = payload;
        lim.max = limits->max_relations_per_doc;
        if ((err = ex_relations(&st, s, si,
                                rcb ? ex_limited_relation : ex_no_relation,
                                rcb ? (void *)&lim : payload)) != 0)
            goto out;
        /* (a quote that goes on into the next sentence keeps its
         * speaker there) */
        st.have_quote_speaker = st.quote_open && st.have_speaker;
        if (st.have_quote_speaker)
            st.quote_speaker = st.speaker;
        if (mcb) {
            /* copies: later sentences still index the cleaned text */
            kg_entity e;
            for (size_t m = 0; m < st.nments + st.nprons; m++) {
                if (m < st.nments && st.ments[m].dropped)
                    continue;
                e = m < st.nments ? st.ments[m].ent : st.prons[m - st.nments];
                ex_source_span(&st, &e);
                if ((err = mcb(&e, si, payload)) != 0)
                    goto out;
            }
        }
        ex_remember(&st);
    }
out:
    free(st.ments);
    free(st.toks);
    kg_buf_dispose(&st.tmp);
    kg_arena_dispose(&st.arena);
    kg_segmentation_dispose(&seg);
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "out of memory");
    return err;
}

int kg_extract_doc(kg_ctx *ctx, const kg_doc *doc, kg_relation_cb cb,
                   void *payload, kg_extract_stats *stats)
{
    return ex_run(ctx, doc, cb, NULL, payload, stats);
}

int kg_extract_mentions(kg_ctx *ctx, const kg_doc *doc, kg_mention_cb cb,
                        void *payload, kg_extract_stats *stats)
{
    return ex_run(ctx, doc, NULL, cb, payload, stats);
}
