/*
 * relations.c: relations read from a verb or noun of the lexicon: its
 * subject and objects, modality, negation and attribution, codes, and the
 * emitting of relations.  Part of the extractor (extract_internal.h).
 */
#include "extract_internal.h"

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

/* ---- entries, dates, persons and visits ------------------------------- */

int ex_is_date(const kg_entity *e)
{
    return e->is_value && e->type && strcmp(e->type, "Date") == 0;
}

/* The verb entry at token i read with the mention vm after it as one
 * word (ex_lemma_reread), when that entry is a verb's and spans words
 * past vm ("allowed IAEA inspectors", "gave $6 billion in aid to");
 * *ntok receives its tokens, vm's included.  NULL when there is none. */
const kg_onto_relation *ex_match_over(ex_state *st, size_t i,
                                      const ex_mention *vm, size_t *ntok)
{
    const kg_onto_relation *vr;
    ex_reread u;
    size_t vn;
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

/* "allowed International Atomic Energy Agency inspectors": the verb entry
 * at token i read with the name of several words right after it (an
 * article first) as one word, when the verb alone is no entry and the
 * entry spans words past the name; *ntok receives its tokens. */
const kg_onto_relation *ex_match_past_name(ex_state *st, size_t i,
                                           size_t *ntok)
{
    size_t a = i + 1;
    const ex_mention *vm;
    if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
        a++;
    /* (not a name the '*' would carry over a comma: "sold Nobel
     * Industrier, an arms group") */
    if (a >= st->ntoks || (vm = ex_actor_at(st, a)) == NULL ||
        vm->t1 <= a + 1 || vm->t1 >= st->ntoks ||
        st->toks[vm->t1].kind != KG_TOK_WORD)
        return NULL;
    return ex_match_over(st, i, vm, ntok);
}

/* Periods a time phrase names from today ("this week", "last night"). */
const char *const ex_period_words[] = {
    "week", "weekend", "month", "year", "morning", "afternoon", "evening",
    "night", NULL};

/* Months by their full names (a day after one makes a date kg reads:
 * "March 26"). */
static const char *const ex_month_names[] = {
    "january", "february", "march",     "april",   "june",     "july",
    "august",  "september", "october",  "november", "december", NULL};

/* Is token k a month's full name, capitalised, with no day after it? */
static int ex_bare_month(const ex_state *st, size_t k)
{
    return k < st->ntoks && (st->toks[k].flags & KG_TOKF_CAP) &&
           ex_pronoun_is(&st->toks[k], ex_month_names) &&
           !(k + 1 < st->ntoks && st->toks[k + 1].kind == KG_TOK_NUMBER);
}

/* The words in lower case that ex_when_phrase reads at the token it
 * starts from: a part of the day, "on" or "in", a day named from today
 * and a period's "this", "last" or "next" (the other words it reads are
 * capitalised or come after one of these). */
static const char *const ex_when_openers[] = {
    "late", "early", "on", "in", "yesterday", "today", "this", "last",
    "next", NULL};

/* Is token j (in the sentence) one of ex_when_openers?  Kept in the token:
 * ex_when_phrase asks about twice per token. */
static int ex_when_opener(const ex_state *st, size_t j)
{
    ex_tok *t = &st->toks[j];
    if (!t->when_opener)
        t->when_opener = 1 + ex_word_among(t->lower, ex_when_openers);
    return t->when_opener - 1;
}

/* A date phrase from token j ("on Monday", "Tuesday", "last week" when
 * kg reads it as a date, "late on Monday", "early Friday", "in March",
 * "in 1998"): the token after it, or j when there is none. */
static const char *const ex_when_now[] = {"yesterday", "today", NULL};
static const char *const ex_when_near[] = {"this", "last", "next", NULL};
/* (ex_when_phrase runs about twice per token: the first bytes of the
 * words of ex_when_now, ex_when_near and ex_weekdays turn most capitalised
 * words away before those lists) */
EX_WORD_GATE(ex_when_gate, ex_when_now, ex_when_near, ex_weekdays);

size_t ex_when_phrase(const ex_state *st, size_t j)
{
    const char *const *now = ex_when_now, *const *near = ex_when_near;
    const ex_mention *m;
    int may;
    size_t k = j;
    /* "said", "the": a word in lower case that opens no date phrase
     * begins one only as a date kg reads ("last week" in some
     * documents); every word read below is capitalised or an opener */
    if (j < st->ntoks && !(st->toks[j].flags & KG_TOKF_CAP) &&
        !ex_when_opener(st, j)) {
        m = ex_mention_at(st, j);
        return m && m->t0 == j && !m->dropped && ex_is_date(&m->ent) ? m->t1
                                                                       : j;
    }
    /* "demanded late on Monday that": the part of the day goes with the
     * date ("the late Yasser Arafat", "early elections" have none) */
    if (ex_tok_is(st, k, "late") || ex_tok_is(st, k, "early"))
        k++;
    if (ex_tok_is(st, k, "on") || ex_tok_is(st, k, "in"))
        k++;
    if (k >= st->ntoks)
        return j;
    if ((m = ex_mention_at(st, k)) != NULL && m->t0 == k && !m->dropped &&
        ex_is_date(&m->ent))
        return m->t1;
    if (k > j && ex_tok_is(st, k - 1, "on") &&
        (st->toks[k].flags & KG_TOKF_CAP)) {
        /* "announced on Christmas Eve", "on Easter Sunday": a feast is
         * a day (a second capitalised word goes with it) */
        size_t e = k + 1;
        if (e < st->ntoks && (st->toks[e].flags & KG_TOKF_CAP))
            e++;
        if (ex_holiday_name(st, k, e))
            return e;
    }
    /* "held talks last June", "opened talks in August with": a month
     * named from today or after "in" (kg reads a month as a date only
     * with its day: "March 26") */
    if (k > j && ex_tok_is(st, k - 1, "in") && ex_bare_month(st, k))
        return k + 1;
    /* (the capital letters first, here and below: this runs about
     * twice per token, and most words have none) */
    may = ex_word_gate_may(&ex_when_gate, st->toks[k].lower);
    if (may && k + 1 < st->ntoks && (st->toks[k + 1].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[k], near) && ex_bare_month(st, k + 1))
        return k + 2;
    if (k > j && ex_tok_is(st, j, "in"))
        return j; /* ("in" only before a date kg reads: "in 1998") */
    if (!may)
        return j;
    /* (a weekday is a date only when the document has one) */
    if (((st->toks[k].flags & KG_TOKF_CAP) &&
         ex_pronoun_is(&st->toks[k], ex_weekdays)) ||
        (k == j && ex_pronoun_is(&st->toks[k], now)))
        return k + 1;
    /* "met last night with", "said this week it would": a period named
     * from today, which kg reads as a date only in some documents */
    if (k == j && k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k], near) &&
        ex_pronoun_is(&st->toks[k + 1], ex_period_words))
        return k + 2;
    return j;
}

int ex_is_person(const kg_entity *e)
{
    return e->type && strcmp(e->type, "Person") == 0;
}

/* "The OPEC president praised Nigeria, but he criticised Britain", "the
 * NATO secretary-general said he": an organisation's name after an
 * article, a title of one word right after it ("president", "chief",
 * "secretary-general") and no capitalised name after the title (a named
 * holder, "OPEC president Rilwanu Lukman", is a person mention of its
 * own): the office, which "he" or "she" may stand for. */
static int ex_org_office(const ex_state *st, const ex_mention *m)
{
    const char *agent = NULL;
    size_t tl;
    if (!m->ent.type || strcmp(m->ent.type, "Organization") != 0 ||
        m->t0 == 0 || st->toks[m->t0 - 1].tag != KG_W_DET ||
        !ex_tok_is(st, m->t0 - 1, "the") || m->t1 >= st->ntoks)
        return 0;
    tl = ex_match_title(st, m->t1, &agent);
    return tl == 1 && !(m->t1 + 1 < st->ntoks &&
                        (st->toks[m->t1 + 1].flags & KG_TOKF_CAP));
}

/* The last person named before token t: in this sentence, else earlier. */
/* "Russia's president", "the Egyptian foreign minister", "the president
 * of France": is mention m an office named without its holder (a country
 * or body and a title that ends the mention, or a title and "of" that
 * begin it)?  Its holder is a person "he" or "she" may stand
 * for. */
int ex_is_office(const ex_state *st, const ex_mention *m)
{
    size_t p;
    const char *agent = NULL;
    if (ex_is_person(&m->ent) || m->ent.is_value)
        return 0;
    /* "Armenia's opposition leader said he", "Sudan's army chief": a
     * group noun of the mention opens a title that ends past it (the
     * mention stops at the group, "opposition", "army"); no name follows
     * the title (a named holder is a person mention of its own) */
    for (p = m->t0; p < m->t1; p++) {
        size_t tl = ex_match_title(st, p, &agent);
        if (tl && p + tl > m->t1 && p + tl <= m->t1 + 1 &&
            !(p + tl < st->ntoks && (st->toks[p + tl].flags & KG_TOKF_CAP)))
            return 1;
    }
    if (ex_org_office(st, m))
        return 1;
    if (m->kind != KG_NAME_METONYM)
        return 0;
    for (p = m->t0 + 1; p < m->t1; p++) {
        size_t tl = ex_match_title(st, p, &agent);
        if (tl && p + tl == m->t1)
            return 1;
    }
    /* "the president of France", "the foreign minister of Russia": the
     * title first, its country after "of" */
    p = ex_match_title(st, m->t0, &agent);
    return p && m->t0 + p + 1 < m->t1 && ex_tok_is(st, m->t0 + p, "of");
}

/* Is "host" at token i a presenter, not a state receiving a visit
 * (043)?  A noun after a media word or a preposition ("US television
 * host Dick Clark", "ex-chatshow host Mr Kilroy-Silk", "told by hosts
 * Ant and Dec"), or a verb whose object is a broadcast ("will host the
 * lunchtime show", "hosted the Tonight Show", "hosting a Christmas Day
 * concert"): CAMEO 043 needs a guest. */
int ex_host_presenter(const ex_state *st, size_t i)
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
const kg_onto_relation *ex_host_entry(ex_state *st, size_t i)
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
int ex_visiting_modifier(const ex_state *st, size_t i)
{
    static const char *const verbal[] = {
        "while", "when",  "after", "before", "since", "by",  "on",
        "in",    "of",    "without", "from", "and",   "or",  "also",
        "not",   "be",    "been",  "is",     "was",   "are", "were",
        "am",    "being", "to",    "for",    "about", "who", "which",
        "that",  "still", "currently", "now", "just", NULL};
    const ex_mention *m;
    const ex_tok *p;
    const char *agent = NULL;
    size_t k = i + 1;
    if (i == 0 || i + 1 >= st->ntoks || !ex_tok_is(st, i, "visiting"))
        return 0;
    /* (an office's capitalised words before the holder's name, no
     * country named: "visiting Secretary of State George Shultz") */
    while (k < st->ntoks && k < i + 6 && !ex_mention_at(st, k) &&
           st->toks[k].kind == KG_TOK_WORD &&
           ((st->toks[k].flags & KG_TOKF_CAP) ||
            (k > i + 1 && ex_tok_is(st, k, "of"))))
        k++;
    m = ex_mention_at(st, k);
    if (k > i + 1 && (!m || m->t0 != k || !ex_is_person(&m->ent)))
        return 0;
    if (!m || m->t0 != k || m->dropped || m->ent.is_value)
        return 0;
    /* (a country before its official's title: "visiting U.S. Secretary
     * of State George Shultz") */
    p = &st->toks[i - 1];
    /* (a country's sector, or a country before a lower-case title or
     * agent noun, after "told" or an article only: "told visiting
     * American officials", "a visiting Nicaraguan delegation"; "spent
     * the day visiting British troops" is a visit) */
    if (!(ex_is_person(&m->ent) || ex_is_office(st, m)) &&
        !(m->t1 < st->ntoks && st->toks[m->t1].kind == KG_TOK_WORD &&
          (st->toks[m->t1].flags & KG_TOKF_CAP)) &&
        !((p->tag == KG_W_DET || p->tag == KG_W_SPEECH) &&
          ((m->ent.code && m->ent.country &&
            strlen(m->ent.code) > strlen(m->ent.country)) ||
           (m->t1 < st->ntoks && st->toks[m->t1].kind == KG_TOK_WORD &&
            (ex_match_title(st, m->t1, &agent) ||
             ex_match_agent(st, m->t1, &agent))))))
        return 0;
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
const kg_onto_relation *ex_host_visit(ex_state *st, size_t i)
{
    const char *lem;
    const ex_mention *m, *pm;
    size_t a = i + 1, e, j;
    int welcome = -1;
    /* (the guest first: this is asked of every word that starts no
     * entry, and few have a person right after them) */
    a = ex_after_dets(st, a);
    if (a >= st->ntoks || !(m = ex_actor_at(st, a)) ||
        !(ex_is_person(&m->ent) || ex_is_office(st, m)))
        return NULL;
    for (j = 0; welcome < 0 && (lem = ex_lemma(i, j, st)) != NULL; j++)
        if (!strcmp(lem, "welcome") || !strcmp(lem, "receive"))
            welcome = lem[0] == 'w';
    if (welcome < 0)
        return NULL;
    e = m->t1;
    if ((pm = ex_actor_at(st, e)) != NULL && ex_is_person(&pm->ent))
        e = pm->t1; /* "Jordan's King Abdullah": the office, then its name */
    if (welcome) {
        /* "to Cairo", "to Egypt": where the guest was received */
        if (e >= st->ntoks || !ex_tok_is(st, e, "to"))
            return NULL;
        if (!(pm = ex_actor_from(st, e + 1)) || !pm->ent.type ||
            !ex_country_or_place(pm->ent.type))
            return NULL;
    } else if (e < st->ntoks && st->toks[e].kind == KG_TOK_WORD &&
               st->toks[e].tag != KG_W_PREP && st->toks[e].tag != KG_W_CONJ &&
               ex_when_phrase(st, e) == e) {
        return NULL; /* "received Putin's letter", "received Erdogan aides" */
    }
    return ex_host_entry(st, i);
}

/* "Funaro was in Britain on the first leg of a tour", "Yeutter is in New
 * Zealand for a two-day informal meeting", "del Mazo should be in Lima on
 * a visit", "Shultz would go to Moscow next month for talks": a form of
 * "be" and "in", or a verb of going and "to" or "for", at token i, then a
 * country or place and (past a date) "on" or "for" a visit, talks, a
 * meeting, a tour's leg: the subject's visit (042) to the place, as
 * "arrived in" is.  The entry spans the verb and its preposition (*ntok
 * 2: its object is the place); NULL otherwise. */
/* What a visitor stays somewhere to do ("was in London to brief
 * producers") or is doing there ("is in Washington holding talks"):
 * consultation. */
static const char *const ex_consult_purposes[] = {
    "brief",   "discuss", "meet",     "attend",  "negotiate", "sign",
    "explain", "present", "consult",  "confer",  "lobby",     "address",
    "review",  "seek",    "hold",     NULL};
static const char *const ex_consult_doing[] = {
    "holding", "attending", "meeting", "discussing", "negotiating",
    "briefing", "visiting", NULL};

const kg_onto_relation ex_stay_visit_entry = {
    .pattern = "be in", .type = "visit", .label = "visits",
    .cameo = "042", .plover = "CONSULT", .quad = 1};
/* (the same, for a stay told by its purpose, ex_consult_purposes: coded
 * only abroad, "Fifield was in Chicago to attend the Consumer
 * Electronics Show" being a firm's man at home) */
static const kg_onto_relation ex_stay_purpose_entry = {
    .pattern = "be in", .type = "visit", .label = "visits",
    .cameo = "042", .plover = "CONSULT", .quad = 1};

const kg_onto_relation *ex_stay_visit(const ex_state *st, size_t i,
                                      size_t *ntok)
{
    static const char *const be[] = {"is", "was", "are", "were", "be",
                                     "been", NULL};
    /* (verbs of going the lexicon has no visit for, "to" or "for" their
     * place: "go to Moscow for talks", "left for Washington on April 29
     * for talks") */
    static const char *const go[] = {
        "go",      "goes",    "went",     "going",    "gone",
        "come",    "comes",   "came",     "coming",   "head",
        "heads",   "headed",  "heading",  "return",   "returns",
        "returned", "returning", "leave", "leaves",   "left",
        "leaving", NULL};
    static const char *const purpose[] = {
        "visit", "visits", "talks", "meeting", "meetings", "conference",
        "summit", "tour", "trip", "leg", "session", "negotiations",
        "consultations", NULL};
    static const char *const base[] = {"go", "come", "head", "return",
                                       "leave", NULL};
    const ex_mention *m;
    size_t j, n;
    /* (the word after first, "in", "to" or "for", which every reading
     * below needs: this runs at most tokens, and few are followed by
     * one) */
    if (i + 4 >= st->ntoks ||
        !(ex_tok_is(st, i + 1, "in") || ex_tok_is(st, i + 1, "to") ||
          ex_tok_is(st, i + 1, "for")))
        return NULL;
    /* ("insisted that Khartoum's envoys come to Abuja for talks": a bare
     * form asked for; "will return to Cairo", "to go to Moscow" are
     * told) */
    if (ex_pronoun_is(&st->toks[i], base) &&
        !(i > 0 && (st->toks[i - 1].tag == KG_W_MODAL ||
                    st->toks[i - 1].tag == KG_W_FUTURE ||
                    ex_tok_is(st, i - 1, "to"))))
        return NULL;
    if (i + 4 >= st->ntoks ||
        !((ex_pronoun_is(&st->toks[i], be) && ex_tok_is(st, i + 1, "in")) ||
          (ex_pronoun_is(&st->toks[i], go) &&
           (ex_tok_is(st, i + 1, "to") || ex_tok_is(st, i + 1, "for")))) ||
        !(m = ex_actor_at(st, i + 2)) || !m->ent.type ||
        !ex_country_or_place(m->ent.type))
        return NULL;
    j = ex_skip_time(st, m->t1);
    /* ("Nicaraguan Foreign Trade Minister Alejandro Martinez Cuenca was
     * in London to brief producers", "Funaro is in Washington holding
     * talks with creditors": a stay whose purpose is consultation) */
    if (ex_pronoun_is(&st->toks[i], be) && j + 1 < st->ntoks &&
        ((ex_tok_is(st, j, "to") &&
          ex_pronoun_is(&st->toks[j + 1], ex_consult_purposes)) ||
         ex_pronoun_is(&st->toks[j], ex_consult_doing))) {
        *ntok = 2;
        return &ex_stay_purpose_entry;
    }
    if (j >= st->ntoks || !(ex_tok_is(st, j, "on") || ex_tok_is(st, j, "for")))
        return NULL;
    /* (an article or possessive and up to three words: "for a two-day
     * informal meeting", "on the first leg", "for talks") */
    for (j++, n = 0; j < st->ntoks && n < 4; j++, n++) {
        if (ex_pronoun_is(&st->toks[j], purpose)) {
            *ntok = 2;
            return &ex_stay_visit_entry;
        }
        if (!ex_phrase_filler(st, j))
            return NULL;
    }
    return NULL;
}

/* ---- pronouns, roles and the speaker's country ------------------------ */

/* "Iraqi militants kidnapped an Australian journalist and interrogated
 * him", "a Turkish engineer was found dead a day after he was abducted":
 * is mention m one unnamed person, told by an article ("a", "an", "the")
 * and a singular noun of a person's trade or state after a nationality
 * (coded by it, no name)? */
static int ex_one_unnamed_person(const ex_state *st, const ex_mention *m)
{
    static const char *const one[] = {"a", "an", "the", NULL};
    static const char *const persons[] = {
        "journalist", "reporter",   "photographer", "cameraman",
        "engineer",   "contractor", "worker",       "driver",
        "hostage",    "captive",    "tourist",      "diplomat",
        "businessman", "businesswoman", "man",      "woman",
        "student",    "teacher",    "doctor",       "pilot",
        "priest",     "missionary", "national",     "citizen",
        "civilian",   "truck driver", NULL};
    size_t a = m->t0;
    /* (one plain word may stand between: "the kidnapped Turkish
     * engineer", "a young Australian journalist") */
    if (a >= 2 && st->toks[a - 1].kind == KG_TOK_WORD &&
        st->toks[a - 1].tag == KG_W_NONE &&
        !(st->toks[a - 1].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[a - 2], one))
        a--;
    if (a == 0 || m->ent.is_value || !m->ent.code || !*m->ent.code ||
        !m->ent.type || !ex_pronoun_is(&st->toks[a - 1], one))
        return 0;
    /* ("an Australian journalist", a group of one; "a Turkish engineer",
     * a nationality before a noun kg codes no sector for) */
    if (!strcmp(m->ent.type, "Group"))
        return m->t1 > m->t0 + 1 &&
               ex_pronoun_is(&st->toks[m->t1 - 1], persons);
    return m->kind == KG_NAME_DEMONYM && m->t1 < st->ntoks &&
           ex_pronoun_is(&st->toks[m->t1], persons) &&
           !(m->t1 + 1 < st->ntoks && ex_tok_is(st, m->t1 + 1, "'s"));
}

/* "He attacked the plans, but Howard said Labour had proposed them too",
 * "He said Brown had failed": the story's salient person, when this
 * sentence made it one named after the subject pronoun "he" or "she" at
 * token t (a speaker or a subject of a later clause), is none the pronoun
 * can stand for; it keeps the salient person of the sentences before
 * (known: nonzero).  A possessive may look ahead ("In his speech, Brown
 * said"), a subject pronoun does not. */
static int ex_salient_before(const ex_state *st, size_t t)
{
    return t < st->ntoks && st->have_salient && st->salient_here &&
           st->have_salient_before && st->toks[t].tag == KG_W_PRON &&
           (ex_tok_is(st, t, "he") || ex_tok_is(st, t, "she")) &&
           st->salient.start > st->toks[t].start;
}

/* "Transportation Secretary Elizabeth Dole said she was optimistic ...
 * But she added, 'Whether or not the president wins, he is a winner'":
 * is person e one the pronoun at token t cannot stand for, a "he" where
 * an earlier "she" of the story stood for e, or the reverse
 * (ex_note_genders keeps the first pronoun each person had)? */
int ex_gender_clash(const ex_state *st, const kg_entity *e, size_t t)
{
    int g;
    if (t >= st->ntoks || !e || !e->id || !ex_is_person(e) ||
        (g = ex_pronoun_gender(st->toks[t].lower)) == 0)
        return 0;
    return g > 0 ? ex_id_listed(st->she_ids, st->nshe, e->id)
                 : ex_id_listed(st->he_ids, st->nhe, e->id);
}

/* "Fox said the remarks were at odds with Tony Blair's forecast.  But
 * Clarke accused him of scoring points": the salient person, when this
 * sentence made its subject (avoid: the object pronoun's binder) the
 * salient one, is the one the sentences before made salient (Fox), not
 * the last person named in passing (Blair's, a possessive).  Nonzero
 * when salient_before is that person, other than avoid. */
static int ex_binder_was_salient(const ex_state *st, const kg_entity *avoid)
{
    return avoid && st->have_salient && st->salient_here &&
           st->have_salient_before && ex_same_id(&st->salient, avoid) &&
           ex_is_person(&st->salient_before) &&
           !ex_same_id(&st->salient_before, avoid);
}

static const kg_entity *ex_last_person(const ex_state *st, size_t t,
                                       const kg_entity *avoid)
{
    size_t i;
    const kg_entity *best = NULL, *one = NULL;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->t0 >= t)
            break;
        /* (nor the title right before the one avoided: "South Korea's
         * President | Chun Doo Hwan") */
        if (!m->dropped && !m->ent.is_value &&
            (ex_is_person(&m->ent) || ex_is_office(st, m)) &&
            !st->toks[m->t0].quote && !ex_same_id(&m->ent, avoid) &&
            !(avoid && m->end <= avoid->start && m->end + 1 >= avoid->start) &&
            !ex_gender_clash(st, &m->ent, t))
            best = &m->ent;
        else if (!m->dropped && !st->toks[m->t0].quote &&
                 !ex_same_id(&m->ent, avoid) && ex_one_unnamed_person(st, m))
            one = &m->ent;
    }
    /* (an unnamed person of this sentence, when it names no one: not
     * before the story's salient person, named earlier) */
    if (!best && one && !st->have_salient)
        best = one;
    if (!best && ex_salient_before(st, t) &&
        !ex_same_id(&st->salient_before, avoid))
        best = &st->salient_before;
    else if (!best && st->have_salient && !ex_same_id(&st->salient, avoid))
        best = &st->salient;
    else if (!best && ex_binder_was_salient(st, avoid))
        best = &st->salient_before;
    if (!best && st->have_last_person && !ex_same_id(&st->last_person, avoid))
        best = &st->last_person;
    /* (a person an earlier pronoun of the other sex stood for: none) */
    return ex_gender_clash(st, best, t) ? NULL : best;
}

/* The distinct states this sentence's coded actors belong to, named
 * before token upto: their ontology codes in c (room for three), how many
 * (three: three or more, or a coded actor of no state, an international
 * body, "the EC", that may be a side too).  *bus is set when a firm is
 * among them (a firm may be a side of its own).  "Canadian companies ...
 * the U.S. market": CAN, USA (ex_pair_phrase). */
size_t ex_sentence_countries(const ex_state *st, size_t upto, const char **c,
                             int *bus)
{
    size_t m, n = 0, j;
    *bus = 0;
    for (m = 0; m < st->nments && st->ments[m].t1 <= upto && n < 3; m++) {
        const ex_mention *x = &st->ments[m];
        const char *cc = x->ent.country;
        const kg_onto_entity *o;
        if (x->dropped || x->ent.is_value || !x->ent.code || !*x->ent.code)
            continue;
        if (!cc || strlen(cc) != 3 || !strncmp(cc, "---", 3) ||
            !strncmp(cc, "IGO", 3) || !strncmp(cc, "NGO", 3) ||
            (o = kg_onto__entity(st->onto, cc)) == NULL || !o->code) {
            if (!strncmp(x->ent.code, "IGO", 3) ||
                !strncmp(x->ent.code, "NGO", 3))
                return 3;
            continue;
        }
        if (ex_code_ends(x->ent.code, "BUS"))
            *bus = 1;
        for (j = 0; j < n && strcmp(c[j], o->code) != 0; j++)
            ;
        if (j == n)
            c[n++] = o->code;
    }
    return n;
}

/* The nearest earlier non-person actor (for "it"), other than not. */
static const ex_mention *ex_speaker_pp_head(const ex_state *st,
                                            const ex_mention *m);

const kg_entity *ex_last_thing(const ex_state *st, size_t t,
                               const kg_entity *not)
{
    size_t i;
    const ex_mention *best = NULL, *head;
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->t0 >= t)
            break;
        /* (an adjective is no antecedent: "its purchases of Russian
         * crude oil, increasing its trade" is India's) */
        if (!m->dropped && !m->ent.is_value && !ex_is_person(&m->ent) &&
            !ex_demonym_adjective(st, m) &&
            (!not || strcmp(m->ent.id, not->id) != 0))
            best = m;
    }
    /* "the Chinese embassy in London said it would protest": the place
     * phrase right before the speech verb only locates the speaker, who
     * is the one that says "it" */
    if (best && best->t1 < t && st->toks[best->t1].tag == KG_W_SPEECH &&
        (head = ex_speaker_pp_head(st, best)) != NULL &&
        !ex_is_person(&head->ent) && !head->dropped &&
        (!not || strcmp(head->ent.id, not->id) != 0))
        best = head;
    return best ? &best->ent : NULL;
}

/* "Sudan ordered the British charity out of its Darfur region, accusing
 * it of spreading false reports": the thing an accusation's "it" stands
 * for (ex_last_thing) is no place a possessive gives its owner ("its
 * Darfur region", "their capital"), the setting of the act, never the
 * one accused (a place named alone may be: "sealed off Gaza, accusing it
 * of harbouring militants"); the nearest earlier non-person actor before
 * token t that is no such place, other than not, or NULL. */
static const kg_entity *ex_last_accused_thing(const ex_state *st, size_t t,
                                              const kg_entity *not)
{
    size_t i;
    const ex_mention *best = NULL;
    for (i = 0; i < st->nments && st->ments[i].t0 < t; i++) {
        const ex_mention *m = &st->ments[i];
        if (!m->dropped && !m->ent.is_value && !ex_is_person(&m->ent) &&
            !ex_demonym_adjective(st, m) &&
            !(m->ent.type && !strcmp(m->ent.type, "Place") && m->t0 > 0 &&
              st->toks[m->t0 - 1].tag == KG_W_POSS) &&
            (!not || strcmp(m->ent.id, not->id) != 0))
            best = m;
    }
    return best ? &best->ent : NULL;
}

/* "Moldova expelled two Romanian diplomats, accusing them of spying",
 * "Chile ordered the Bolivian traders out, charging them with
 * smuggling": a "them" at token i right after a participle (the trigger
 * at trig, in -ing, after a comma) stands for the main clause's object,
 * the sentence's last object, when that object's phrase is plural (its
 * mention ends in a plural noun, or one of the three plain words after
 * it does: "UN weapons inspectors").  Not the subject, not a value; the
 * object or NULL. */
static int ex_plural_noun_end(const ex_state *st, const ex_mention *m);
static const kg_entity *ex_participle_them(const ex_state *st, size_t trig,
                                           size_t i, const kg_entity *subj)
{
    const kg_entity *o = &st->last_object;
    const ex_mention *last = NULL;
    size_t k, w;
    if (!ex_tok_is(st, i, "them") || trig == 0 || i != trig + 1 ||
        !ex_tok_punct(st, trig - 1, ',') || !ex_ends_ing(st, trig) ||
        !st->have_last_object || o->is_value || !o->code || !*o->code ||
        (subj && ex_same_id(o, subj)))
        return NULL;
    for (k = 0; k < st->nments && st->ments[k].t1 < trig; k++)
        if (!st->ments[k].dropped && ex_same_id(&st->ments[k].ent, o))
            last = &st->ments[k];
    if (!last)
        return NULL;
    /* (the object is the last actor before the comma: "refused to let
     * U.S. planes bound for Libya overfly its territory, forcing them"
     * has another) */
    for (k = last->t1; k + 1 < trig; k++)
        if (ex_actor_at(st, k))
            return NULL;
    if (ex_plural_noun_end(st, last))
        return o;
    for (k = last->t1, w = 0; k < trig - 1 && w < 3 && ex_plain_word(st, k);
         k++, w++) {
        size_t n = strlen(st->toks[k].lower);
        if (n > 3 && st->toks[k].lower[n - 1] == 's' &&
            st->toks[k].lower[n - 2] != 's')
            return o;
    }
    return NULL;
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
        /* "handed a protest note to the Greek embassy" */
        "hand",
        /* a relation a subject wants is its intent, as one it seeks:
         * "Turkey wanted much closer ties with Azerbaijan" (032) */
        "want",
        /* relations that a subject tends: "deepen a partnership",
         * "strengthen sanctions", "restore ties" */
        "deepen", "strengthen", "expand", "forge", "build", "establish",
        "maintain", "restore", "boost", "develop", "enjoy", "tighten",
        "intensify", "escalate", "renew",
        /* acts a subject brings about: "signed a $130 million loan
         * agreement with", "won the war against", "opened an inquiry into",
         * "ratified a sweeping agreement with" */
        "sign", "wage", "win", "open", "unleash", "perpetrate", "commit",
        "conclude", "finalize", "finalise", "seal", "form", "ratify",
        "endorse",
        /* irregular forms, whatever lemmas the lexicon's rows give */
        "made", "making", "took", "taken", "gave", "given", "held", "sent",
        "lent", "began", "begun", "won", "sought", "paid", "pay", NULL};
    size_t j;
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
    if (ex_tok_is(st, i, "out") || ex_tok_is(st, i, "off")) {
        /* "carried out attacks on", "carry out raids", "kicked off a
         * three-day visit to Italy": the particle */
        if (i == 0)
            return 0;
        for (j = 0; (c = ex_lemma(i - 1, j, st)) != NULL; j++)
            if (!strcmp(c, ex_tok_is(st, i, "out") ? "carry" : "kick"))
                return 1;
        return 0;
    }
    /* (asked for every word before a possible relation trigger) */
    return ex_lemma_among(st, i, verbs);
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
    "canceled",  "cancelling", "canceling",
    /* ("banned arms shipments to Tehran": supplies banned are stopped) */
    "ban",       "bans",      "banned",    "banning",    "embargoed",
    NULL};

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
    /* "waged a campaign of atrocities against villagers": a campaign of
     * violence leaves it the verb's too (not "a campaign of defiance",
     * whose campaigners are dissent's own) */
    static const char *const harm[] = {
        "atrocities", "terror", "violence", "killings", "bombings",
        "kidnappings", "massacres", "attacks", "assassinations", "raids",
        "abductions", "murders", "executions", "air", "airstrikes",
        "shelling", "bombing", "ethnic", "rape", "rapes", "torture",
        NULL};
    const ex_tok *k = &st->toks[i];
    if (k->tag == KG_W_DET || ex_is_quote(st, i) || ex_tok_is(st, i, "and") ||
        ex_tok_possessive(st, i))
        return 1;
    if (i > 0 && ex_tok_is(st, i, "of") &&
        (ex_pronoun_is(&st->toks[i - 1], counts) ||
         (ex_tok_is(st, i - 1, "campaign") && i + 1 < st->ntoks &&
          ex_pronoun_is(&st->toks[i + 1], harm))))
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
    if (ex_pronoun_is(k, ex_have_finite))
        return ++*open <= 3;
    return 0;
}

static const char *const ex_it[] = {"it", "its", NULL};
static const char *const ex_i[] = {"i", "me", "my", NULL};
static const char *const ex_we[] = {"we", "us", "our", NULL};
static const char *const ex_you[] = {"you", "your", NULL};
/* The pronouns that stand for an actor as a subject ("it said", "they
 * agreed"). */
const char *const ex_subject_pronouns[] = {"it", "he", "she", "they", "we",
                                           NULL};
/* The same and "I": the pronoun that opens a clause as its subject
 * ("warned it would", "and I agreed"). */
static const char *const ex_clause_pronouns[] = {"it", "he", "she", "they",
                                                 "we", "i",  NULL};

/* "“Dear Russian friends, you are ...": an actor that opens a quote,
 * before a comma, is whom the speech addresses ("you" in it and in the
 * quotes after).  Updates st->addressee. */
void ex_note_addressee(ex_state *st)
{
    size_t i;
    for (i = 0; i + 2 < st->ntoks; i++) {
        const ex_mention *m;
        size_t j = i + 1;
        if (!ex_is_quote(st, i) || !st->toks[j].quote)
            continue;
        if (ex_tok_is(st, j, "dear") || ex_tok_is(st, j, "my"))
            j++;
        m = ex_actor_at(st, j);
        if (!m)
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

/* A new entity that is the country oe and nothing else (no words, no
 * offsets), in the document's arena; NULL when none is left. */
static const kg_entity *ex_country_entity(ex_state *st,
                                          const kg_onto_entity *oe)
{
    static const kg_entity none;
    kg_entity *e = kg_arena_alloc(&st->arena, sizeof(*e));
    if (!e)
        return NULL;
    *e = none;
    ex_as_country(e, oe);
    return e;
}

/* The speaker's country, as an entity, for "we" in a quote; a speaker
 * that is no person but a coded actor (a country, a bloc, an army: "“We
 * have seized a British tanker,” the Revolutionary Guards said") is
 * itself the "we".  (An uncoded speaker, a company or a newspaper, is
 * left out: its "we" stays unresolved, as before.) */
static const kg_entity *ex_speaker_country(ex_state *st)
{
    const kg_onto_entity *oe;
    if (st->have_speaker && !ex_is_person(&st->speaker) &&
        !st->speaker.is_value && st->speaker.code && st->speaker.code[0])
        return &st->speaker;
    if (!st->have_speaker || !ex_is_person(&st->speaker) ||
        !st->speaker.country ||
        !(oe = kg_onto__entity(st->onto, st->speaker.country)) ||
        strcmp(oe->type, "Country") != 0)
        return NULL;
    return ex_country_entity(st, oe);
}

static int ex_home_curfew(const char *cameo);

/* The mention whose text is entity e's (the first with its span), or
 * NULL. */
static const ex_mention *ex_span_mention(const ex_state *st,
                                         const kg_entity *e)
{
    size_t i;
    for (i = 0; i < st->nments; i++)
        if (st->ments[i].start == e->start && st->ments[i].end == e->end)
            return &st->ments[i];
    return NULL;
}

/* A country named bare ("Sri Lanka"), not one of its parts nor its
 * people ("Sri Lankans", a demonym coded as the country). */
static int ex_bare_country(const ex_state *st, const kg_entity *e)
{
    const ex_mention *m;
    if (!e->type || strcmp(e->type, "Country") != 0 || !e->country ||
        strcmp(e->id, e->country) != 0 || !e->code ||
        strcmp(e->code, e->country) != 0)
        return 0;
    m = ex_span_mention(st, e);
    return !m || m->kind != KG_NAME_DEMONYM;
}

/* Political freedoms restricted or a party or politician banned (1721,
 * 1722): acts a state does at home, like a curfew, but also done by a
 * country to another's ("Russia banned Dutch airline KLM" is 172), so
 * a country named alone keeps no edge to itself for them. */
static int ex_home_freedoms(const char *cameo)
{
    return cameo && (!strcmp(cameo, "1721") || !strcmp(cameo, "1722"));
}

/* A promise of reform, of a change of leader, policy, rights or
 * institutions (034x) with no party named is made at home: "the Haitian
 * prime minister offered to resign" (node HTI coded HTIGOV) is made to
 * Haiti, as a curfew is imposed on it; a country named bare ("Egypt
 * promised reforms") still keeps no edge to itself. */
static int ex_home_reform(const char *cameo)
{
    return cameo && !strncmp(cameo, "034", 3);
}

/* A nuclear device detonated with no party named (2042: "India carried
 * out three underground nuclear tests", "China set off a nuclear device
 * at Lop Nur") is a test on the state's own soil, coded as CAMEO codes
 * it, at the country itself (IND -> IND); only a state has the bomb, so
 * a country named bare keeps this edge to itself. */
static int ex_home_test(const char *cameo)
{
    return cameo && !strcmp(cameo, "2042");
}

/* Restrictions or political freedoms eased (081x), not a curfew or an
 * emergency (0813, 0814, which ex_home_curfew reads). */
static int ex_eased_code(const char *cameo)
{
    return cameo && !strncmp(cameo, "081", 3) && strcmp(cameo, "0813") != 0 &&
           strcmp(cameo, "0814") != 0;
}

/* Restrictions or political freedoms eased (081x, not a curfew or an
 * emergency, which ex_home_curfew reads) by a government named by its
 * country and not by its capital: "the Uzbek authorities lifted the
 * requirement for exit visas", "Algerian authorities allowed street
 * marches" are eased at home (node UZB coded UZBGOV -> UZB), as the code
 * book codes them; "Washington lifted remaining restrictions" eased them
 * for Poland, named in the sentence before, so a capital standing for
 * its government keeps no such edge. */
static int ex_home_eased(const ex_state *st, const kg_entity *subj,
                         const char *cameo)
{
    const ex_mention *m;
    if (!ex_eased_code(cameo) || !(m = ex_span_mention(st, subj)))
        return 0;
    /* (a metonym ending in a common noun is a government named by its
     * country: "the Algerian government", "Uzbek authorities";
     * "Washington", "the Kremlin" are not) */
    return m->kind != KG_NAME_METONYM ||
           (m->t1 > m->t0 && st->toks[m->t1 - 1].kind == KG_TOK_WORD &&
            !(st->toks[m->t1 - 1].flags & KG_TOKF_CAP));
}

/* The country of subj as an entity, when subj is one of its parts, coded
 * with a sector after the country's code (a government, a leader, its
 * army, its opposition: LKAGOV, VENOPP), not the country or one of its
 * people (HOB); else NULL.  For a curfew, martial law or an emergency
 * (domestic acts), a country named bare is its own government too:
 * "Sri Lanka lifted the curfew" is LKA -> LKA, as the code book's "Turkey
 * ended the state of emergency" (TURGOV -> TUR). */
const kg_entity *ex_own_country(ex_state *st, const kg_entity *subj,
                                const char *cameo)
{
    const kg_onto_entity *oe;
    /* (a government named by its country, node LKA coded LKAGOV, only
     * for a curfew, martial law or an emergency, which are domestic:
     * "Washington lifted remaining restrictions" eased them for Poland,
     * named in the sentence before; and for those the country itself,
     * whose state alone declares them: "Pakistan imposed martial law"
     * is imposed on Pakistan) */
    if (!subj || subj->is_value || !subj->country || !subj->code ||
        (!strcmp(subj->country, subj->id) && !ex_home_curfew(cameo) &&
         !ex_home_freedoms(cameo) && !ex_home_reform(cameo) &&
         !ex_home_test(cameo) && !ex_home_eased(st, subj, cameo)) ||
        !(oe = ex_country_of(st, subj->country)) || !oe->code ||
        strncmp(subj->code, oe->code, strlen(oe->code)) != 0)
        return NULL;
    if (strlen(subj->code) <= strlen(oe->code) &&
        !((ex_home_curfew(cameo) || ex_home_test(cameo)) &&
          ex_bare_country(st, subj)))
        return NULL;
    return ex_country_entity(st, oe);
}

/* Does a repression entry (175) that ends at t1 fall on a crowd that kg
 * reads as no actor: its own words name one ("break up * demonstration"),
 * its object is one ("crushed the protests", "dispersed the crowd"), or a
 * tactic entry names none at all ("Kenyan police used tear gas.")?  Not
 * "clamp down on credit", "crack down on indecency", "the soybean crush
 * rate": what is put down there is no crowd. */
static int ex_repressed_crowd(const ex_state *st, const kg_onto_relation *rel,
                              size_t t1)
{
    static const char *const crowd[] = {
        "demonstration", "demonstrations", "protest", "protests", "rally",
        "rallies", "uprising", "uprisings", "unrest", "crowd", "crowds",
        "march", "marches", "riot", "riots", "dissent", "rebellion",
        "revolt", "gathering", "gatherings", "sit-in", "vigil", "mob",
        "mobs", "strike", "strikes", NULL};
    size_t j, words = 0;
    const char *p = rel->pattern;
    while (*p) {
        size_t k = strcspn(p, " "), c;
        for (c = 0; crowd[c]; c++)
            if (strlen(crowd[c]) == k && !strncmp(p, crowd[c], k))
                return 1;
        p += k;
        while (*p == ' ')
            p++;
    }
    for (j = t1; j < st->ntoks && words < 3; j++) {
        const ex_tok *w = &st->toks[j];
        if (w->tag == KG_W_DET || w->tag == KG_W_POSS)
            continue;
        if (w->kind != KG_TOK_WORD || w->tag != KG_W_NONE ||
            (w->flags & KG_TOKF_CAP))
            break;
        if (ex_pronoun_is(w, crowd))
            return 1;
        words++;
    }
    /* (nothing put down at all, after an entry of several words) */
    return j == t1 && strchr(rel->pattern, ' ') != NULL &&
           (j >= st->ntoks || st->toks[j].kind != KG_TOK_WORD ||
            st->toks[j].tag != KG_W_NONE);
}

/* The civilians of country oe as an entity (XXX_CVL, coded XXXCVL), or
 * NULL when out of memory. */
static const kg_entity *ex_civilians_of(ex_state *st,
                                        const kg_onto_entity *oe)
{
    kg_entity *e;
    char id[32];
    e = kg_arena_alloc(&st->arena, sizeof(*e));
    if (!e)
        return NULL;
    memset(e, 0, sizeof(*e));
    snprintf(id, sizeof(id), "%s_CVL", oe->id);
    e->id = ex_strndup(st, id, strlen(id));
    e->label = oe->label;
    e->type = "Group";
    e->code = ex_concat(st, oe->id, "CVL");
    e->country = oe->id;
    return e->id && e->code ? e : NULL;
}

/* Is code one of a country's organs of force and rule: its government,
 * army, police, courts or intelligence ("ISRMIL", "KENCOP": the
 * country's three letters and one of these; not its legislature nor a
 * bare agent, as ex_state_organ reads them)?  The state that acts at
 * home or for itself is the country or one of these. */
static int ex_executive_organ(const char *code)
{
    static const char *const organs[] = {"GOV", "MIL", "COP", "JUD", "SPY",
                                         NULL};
    return strlen(code) == 6 && ex_word_among(code + 3, organs);
}

/* "Kenyan police broke up the demonstration", "Iranian security forces
 * crushed the protests": violent repression (175) with no party named
 * falls on the actor's own people, as CAMEO codes it (KENCOP ->
 * KENCVL): the state, its police, army, courts, government or
 * intelligence acting at home.  That country's civilians as an entity,
 * or NULL for any other actor (rebels, a crowd, a group of no state). */
const kg_entity *ex_own_civilians(ex_state *st, const kg_entity *subj,
                                  const kg_onto_relation *rel, size_t t1)
{
    const kg_onto_entity *oe;
    if (!subj || subj->is_value || !subj->country || !subj->code ||
        !ex_repressed_crowd(st, rel, t1) ||
        !(oe = ex_country_of(st, subj->country)) || !oe->code ||
        strncmp(subj->code, oe->code, strlen(oe->code)) != 0)
        return NULL;
    if (strlen(subj->code) != 3 && !ex_executive_organ(subj->code))
        return NULL;
    return ex_civilians_of(st, oe);
}

/* "Nepal's Maoist rebels announced a three-month halt to their attacks",
 * "the rebels declared a unilateral ceasefire on Monday": a ceasefire or
 * a halt to attacks (0871) a state's rebels declare with no party named
 * is offered to that state, whose forces they fight, as CAMEO codes it
 * (NPLREB -> NPL, the government's country).  Rebels of no known state
 * (---REB) and any other actor: NULL (a government's or an army's
 * ceasefire with no party names no rebels kg could code). */
const kg_entity *ex_rebels_state(ex_state *st, const kg_entity *subj,
                                 const char *cameo)
{
    const kg_onto_entity *oe;
    if (!subj || subj->is_value || !subj->code || !subj->country ||
        !cameo || strcmp(cameo, "0871") != 0 || strlen(subj->code) != 6 ||
        strcmp(subj->code + 3, "REB") != 0 ||
        !(oe = ex_country_of(st, subj->country)) || !oe->code ||
        strncmp(subj->code, oe->code, strlen(oe->code)) != 0)
        return NULL;
    return ex_country_entity(st, oe);
}

/* "Hong Kong leader Carrie Lam called on demonstrators to go home",
 * "the government demanded that protesters clear the streets": a crowd
 * of no named country (---CVL) that a state or its government appeals
 * to or makes demands of (02, 10) is that state's own people (HKG ->
 * HKGCVL), as CAMEO codes it.  That group, or NULL. */
const kg_entity *ex_home_crowd(ex_state *st, const kg_entity *subj,
                               const kg_onto_relation *rel,
                               const ex_mention *om)
{
    static const char *const crowd[] = {
        "protesters", "protestors", "demonstrators", "marchers", "rioters",
        "crowd", "crowds", NULL};
    const kg_onto_entity *oe;
    size_t n;
    if (!subj || subj->is_value || !subj->country || !subj->code ||
        !rel->cameo ||
        (strncmp(rel->cameo, "02", 2) != 0 &&
         strncmp(rel->cameo, "10", 2) != 0) ||
        !om || !om->ent.code || strcmp(om->ent.code, "---CVL") != 0 ||
        om->t1 <= om->t0 || !ex_pronoun_is(&st->toks[om->t1 - 1], crowd) ||
        !(oe = ex_country_of(st, subj->country)) || !oe->code ||
        strncmp(subj->code, oe->code, strlen(oe->code)) != 0)
        return NULL;
    n = strlen(subj->code);
    if (n != 3 && !(n == 6 && !strcmp(subj->code + 3, "GOV")))
        return NULL;
    return ex_civilians_of(st, oe);
}

/* "Japan protested after North Korea fired a missile", "Seoul condemned
 * the move after Pyongyang shelled the island", "complained when Russia
 * cut off gas": a protest, a complaint or a condemnation with no party
 * named is aimed at the actor of the "after" or "when" clause that
 * follows it (up to three words of a thing between: "the attack").  The
 * clause's subject must be an actor, followed by its verb or a
 * possessive ("after North Korea's launch"), and not subj itself.
 * Returns its mention, or NULL. */
const ex_mention *ex_after_actor(const ex_state *st, size_t t1,
                                 const kg_entity *subj)
{
    const ex_mention *m;
    const ex_tok *v;
    size_t j = t1, words = 0;
    while (j < st->ntoks && words < 3 &&
           (st->toks[j].tag == KG_W_DET ||
            ex_plain_word(st, j))) {
        j++;
        words++;
    }
    if (j + 2 >= st->ntoks ||
        (!ex_tok_is(st, j, "after") && !ex_tok_is(st, j, "when")))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.code ||
        !*m->ent.code || ex_same_id(&m->ent, subj) || m->t1 >= st->ntoks)
        return NULL;
    v = &st->toks[m->t1];
    if (ex_tok_possessive(st, m->t1))
        return m;
    return v->kind == KG_TOK_WORD && !(v->flags & KG_TOKF_CAP) &&
                   (v->tag == KG_W_NONE || v->tag == KG_W_AUX)
               ? m
               : NULL;
}

/* Spans of time a phrase counts in ("weeks of protests", "days later"). */
static const char *const ex_span_words[] = {"hours",  "days",  "weeks",
                                            "months", "years", NULL};

/* "gave in to weeks of street protests", "bowing to student protests": the
 * protest phrase at token a (an optional "weeks/months/days of", up to
 * four plain words, then protests, demonstrations, riots or strikes)
 * names the protesters of the conceding actor's own country: its
 * opposition (OPP), its students (EDU) when "student" qualifies them.
 * Returns that group, or NULL (also when subj has no country). */
/* The nouns of a protest phrase (ex_home_protesters). */
static const char *const ex_protest_words[] = {
    "protests", "protest", "demonstrations", "riots", "strikes",
    "protesters", "demonstrators", "unrest", "strike", "campaigning",
    NULL};

static const kg_entity *ex_home_protesters(ex_state *st, size_t a,
                                           const kg_entity *subj)
{
    const kg_onto_entity *oe;
    const ex_mention *m;
    kg_entity *e;
    const char *sector = "OPP";
    char id[32];
    size_t j = a, words = 0;
    if (!subj || subj->is_value || !subj->country || !subj->code ||
        strlen(subj->code) != 6 ||
        /* (a government, its leader, army or parliament gives in at home;
         * "the United States ..., bowing to protests" in Japan does not) */
        (strcmp(subj->code + 3, "GOV") != 0 &&
         strcmp(subj->code + 3, "MIL") != 0 &&
         strcmp(subj->code + 3, "LEG") != 0) ||
        !(oe = ex_country_of(st, subj->country)) || !oe->id)
        return NULL;
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], ex_span_words) &&
        ex_tok_is(st, j + 1, "of"))
        j += 2;
    if (j < st->ntoks && (m = ex_actor_at(st, j)) != NULL && m->ent.code &&
        *m->ent.code && m->t1 < st->ntoks &&
        ex_pronoun_is(&st->toks[m->t1], ex_protest_words) &&
        !ex_same_id(&m->ent, subj))
        return &m->ent; /* "months of opposition demonstrations" */
    while (j < st->ntoks && words <= 3 && ex_plain_word(st, j)) {
        if (ex_pronoun_is(&st->toks[j], ex_protest_words))
            break;
        if (ex_tok_is(st, j, "student") || ex_tok_is(st, j, "students"))
            sector = "EDU";
        j++;
        words++;
    }
    if (j >= st->ntoks || !ex_pronoun_is(&st->toks[j], ex_protest_words))
        return NULL;
    /* (the protests name the party given in to: no protest act of the
     * conceding actor's, "bowing to protests" read as "to protest") */
    st->toks[j].covered = EX_READ_OFF;
    e = kg_arena_alloc(&st->arena, sizeof(*e));
    if (!e)
        return NULL;
    memset(e, 0, sizeof(*e));
    snprintf(id, sizeof(id), "%s_%s", oe->id, sector);
    e->id = ex_strndup(st, id, strlen(id));
    e->label = ex_concat(st, oe->label,
                         *sector == 'E' ? " students" : " opposition");
    e->type = "Group";
    e->code = ex_concat(st, oe->id, sector);
    e->country = oe->id;
    return e->id && e->code && e->label ? e : NULL;
}

/* "Gbagbo backed down under pressure from France", "Shevardnadze stepped
 * down, yielding to opposition crowds", "gave in to U.S. pressure": a
 * concession (08) with no party named is made to the one whose pressure
 * it yields to, named later in the sentence (within a dozen words of the
 * verb's end t1, not past a semicolon or a quote) after "pressure from",
 * or after "yielding to", "bowing to", "giving in to", "caving in to", or
 * before "pressure" ("under French pressure"); or to the protesters at
 * home it gives in to ("bowing to weeks of student protests": see
 * ex_home_protesters).  Returns that actor (coded, not subj), or NULL. */
/* The verbs of giving in to pressure (ex_pressure_source). */
static const char *const ex_bow_words[] = {"yielding", "bowing", "giving",
                                           "caving",   "bowed",  "yielded",
                                           NULL};

const kg_entity *ex_pressure_source(ex_state *st, size_t t1,
                                    const kg_entity *subj)
{
    const ex_mention *m = NULL;
    size_t j, end = t1 + 12 < st->ntoks ? t1 + 12 : st->ntoks;
    if (ex_tok_is(st, t1, "to") || (t1 > 0 && ex_tok_is(st, t1 - 1, "to"))) {
        /* "gave in to weeks of street protests": the entry's own "to" */
        size_t a = ex_tok_is(st, t1, "to") ? t1 + 1 : t1;
        const kg_entity *h;
        if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
            a++;
        if ((h = ex_home_protesters(st, a, subj)) != NULL)
            return h;
    }
    for (j = t1; j < end && !m; j++) {
        size_t a = 0;
        if (ex_tok_is(st, j, ";") || ex_is_quote(st, j))
            return NULL;
        if (ex_tok_is(st, j, "pressure") && ex_tok_is(st, j + 1, "from"))
            a = j + 2;
        else if (ex_pronoun_is(&st->toks[j], ex_bow_words) &&
                 (ex_tok_is(st, j + 1, "to") ||
                  (ex_tok_is(st, j + 1, "in") && ex_tok_is(st, j + 2, "to"))))
            a = ex_tok_is(st, j + 1, "to") ? j + 2 : j + 3;
        else if (ex_tok_is(st, j, "pressure") && j > t1 &&
                 (m = ex_mention_at(st, j - 1)) != NULL && m->t1 == j &&
                 m->t0 > 0 &&
                 (ex_tok_is(st, m->t0 - 1, "under") ||
                  ex_tok_is(st, m->t0 - 1, "to")))
            /* "under French pressure", "bowing to U.S. pressure" */
            break;
        else
            m = NULL;
        if (!a)
            continue;
        if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
            a++;
        m = a < st->ntoks ? ex_mention_at(st, a) : NULL;
        if (m && m->t0 != a)
            m = NULL;
        if (!m)
            return ex_home_protesters(st, a, subj);
        break;
    }
    if (!m || m->dropped || m->ent.is_value || !m->ent.code ||
        !*m->ent.code || ex_is_date(&m->ent) || ex_same_id(&m->ent, subj))
        return NULL;
    return &m->ent;
}

/* "quit after months of street protests", "scrapped its fuel tax rise
 * after weeks of yellow vest protests", "Facing mounting pressure from
 * Brussels, Warsaw backed down", "halted work on the neighbourhood
 * after Washington objected": the party a state's concession (its verb
 * at v) gives in to, named anywhere in the sentence: after "pressure
 * from" or "bowing to" (ex_pressure_source, from the sentence's start
 * and from the verb), or in a protest phrase after "after", "following",
 * "amid" or "in response to" (ex_home_protesters: the protesters named,
 * else the state's own opposition or students; not "air strikes"), or
 * an actor that "objected", "protested" or "complained" after "after".
 * Returns it (coded, not subj), or NULL. */
/* The verbs of an objection named after "after" (ex_concession_party). */
static const char *const ex_objected_words[] = {"objected", "protested",
                                                "complained", NULL};

const kg_entity *ex_concession_party(ex_state *st, const kg_entity *subj,
                                     size_t v)
{
    static const char *const lead[] = {"after", "following", "amid", NULL};
    static const char *const armed[] = {"air",    "missile", "military",
                                        "drone",  "rocket",  "artillery",
                                        "naval",  "bombing", NULL};
    const kg_entity *e;
    const ex_mention *m;
    size_t j, a, k;
    if ((e = ex_pressure_source(st, 0, subj)) != NULL ||
        (v + 1 < st->ntoks && (e = ex_pressure_source(st, v + 1, subj))))
        return e;
    for (j = 0; j + 2 < st->ntoks; j++) {
        if (ex_pronoun_is(&st->toks[j], lead))
            a = j + 1;
        else if (ex_tok_is(st, j, "response") && j > 0 &&
                 ex_tok_is(st, j - 1, "in") && ex_tok_is(st, j + 1, "to"))
            a = j + 2;
        else
            continue;
        if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
            a++;
        if (a < st->ntoks && (m = ex_actor_at(st, a)) != NULL && m->ent.code &&
            *m->ent.code && !ex_is_date(&m->ent) &&
            !ex_same_id(&m->ent, subj) && m->t1 < st->ntoks &&
            ex_pronoun_is(&st->toks[m->t1], ex_objected_words))
            return &m->ent; /* "after Washington objected" */
        for (k = a; k < st->ntoks && k < a + 6; k++)
            if (ex_pronoun_is(&st->toks[k], armed))
                break;
        if (k < st->ntoks && k < a + 6)
            continue;
        if ((e = ex_home_protesters(st, a, subj)) != NULL)
            return e;
    }
    return NULL;
}

/* Can ex_concession_party find a party in this sentence at all?  Each of
 * its ways needs one of these words: a protest noun of
 * ex_home_protesters (ex_protest_words), "pressure" or a verb of bowing
 * (ex_bow_words, ex_pressure_source), or a verb of objecting
 * (ex_objected_words).  Asked once a sentence before the scan of
 * concessions (ex_protest_concessions), which most sentences need not
 * make: "Mexico dropped its plan" names no one it gave in to. */
static const char *const ex_pressure_word[] = {"pressure", NULL};

/* (the first bytes of those lists' words, made from the lists when the
 * program loads: the other words are skipped, "of", "said", "the") */
EX_WORD_GATE(ex_concession_gate, ex_protest_words, ex_bow_words,
             ex_objected_words, ex_pressure_word);

int ex_concession_cue(const ex_state *st)
{
    size_t j;
    for (j = 0; j < st->ntoks; j++) {
        const ex_tok *t = &st->toks[j];
        if (ex_word_gate_may(&ex_concession_gate, t->lower) &&
            (ex_pronoun_is(t, ex_protest_words) ||
             ex_pronoun_is(t, ex_bow_words) ||
             ex_pronoun_is(t, ex_objected_words) ||
             ex_pronoun_is(t, ex_pressure_word)))
            return 1;
    }
    return 0;
}

/* The named actor at token j (after an optional article) that "must" or
 * "should" do what the word after it says ("said Japan should open its
 * markets": advice, an appeal; the caller tells the two apart): its
 * mention, with *vj set to that word, or NULL.  (ex_told_must) */
static const ex_mention *ex_named_modal(const ex_state *st, size_t j,
                                        size_t *vj,
                                        const char *const *modals);

static const ex_mention *ex_named_must(const ex_state *st, size_t j,
                                       size_t *vj)
{
    static const char *const must[] = {"must", "should", NULL};
    return ex_named_modal(st, j, vj, must);
}

/* ex_named_must with the modals that may follow the actor given. */
static const ex_mention *ex_named_modal(const ex_state *st, size_t j,
                                        size_t *vj,
                                        const char *const *modals)
{
    const ex_mention *m, *p;
    size_t k;
    if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.code ||
        !*m->ent.code || ex_is_date(&m->ent) ||
        /* ("Rawl said companies must find new ways", "said the bank
         * must step in": a sector of no known country is mostly a
         * speaker's exhortation, or his own body) */
        !strncmp(m->ent.code, "---", 3) ||
        (m->t1 < st->ntoks && ex_tok_is(st, m->t1, "'s")))
        return NULL;
    k = m->t1;
    if ((p = ex_actor_at(st, k)) != NULL && ex_is_person(&p->ent))
        /* "said Zimbabwe's President Robert Mugabe should": the title's
         * mention, then the person's own */
        k = p->t1, m = p;
    if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], modals))
        return NULL;
    *vj = ex_tok_is(st, k + 1, "not") ? k + 2 : k + 1;
    if (*vj >= st->ntoks || st->toks[*vj].kind != KG_TOK_WORD ||
        ex_tok_is(st, *vj, "be") || ex_tok_is(st, *vj, "have"))
        return NULL;
    return m;
}

static int ex_plural_noun_end(const ex_state *st, const ex_mention *m);

/* "Egypt insists Gulf states keep cash flowing", "China insists Japan
 * back down": headlines drop the "that" of a demand after "insist", and a
 * verb the lexicon does not code names the act asked for as well.  The
 * actor named at token j (an article first) whose verb right after it is
 * its own lemma (no -s, -ed or irregular past: "insisted Iran sent"
 * reports; no auxiliary: "insisted Ireland were happy") is the one asked,
 * *vj its verb; a plural noun ("insisted the rebels remain in control")
 * takes that form in a claim too, and is left out.  NULL when none. */
const ex_mention *ex_named_bare(ex_state *st, size_t j, size_t *vj)
{
    static const char *const pasts[] = {
        "put",  "set",  "cut",  "hit",  "let",  "kept", "lost", "led",
        "won",  "sold", "paid", "made", "took", "gave", "held", "told",
        "sent", "spent", "fought", "knew", "meant", "left", "met", "ran",
        "saw",  "became", "began", "came", "got", "went", "did", "had",
        "thought",
        NULL};
    const ex_mention *m;
    const ex_tok *v;
    const char *lem;
    size_t n;
    if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.code ||
        !*m->ent.code || ex_is_date(&m->ent) || ex_is_person(&m->ent) ||
        !strncmp(m->ent.code, "---", 3) || ex_plural_noun_end(st, m) ||
        m->t1 >= st->ntoks)
        return NULL;
    v = &st->toks[m->t1];
    n = strlen(v->lower);
    if (!ex_plain_word(st, m->t1) || n < 2 || v->lower[n - 1] == 's' ||
        (n > 2 && !strcmp(v->lower + n - 2, "ed")) ||
        ex_is_ing(st, m->t1) ||
        ((lem = kg_onto__irregular(st->onto, v->lower)) != NULL &&
         strcmp(lem, v->lower) != 0))
        return NULL;
    /* ("sent": a lemma of it is another word; "put", "kept" and "lost"
     * report a past act the lexicon may not list) */
    if (ex_pronoun_is(v, pasts))
        return NULL;
    /* ("kept", "sent": a lemma of it is another word; ex_lemma makes
     * the candidates when no pass before has) */
    for (n = 0; (lem = ex_lemma(m->t1, n, st)) != NULL; n++)
        if (strcmp(lem, v->lower) != 0)
            return NULL;
    *vj = m->t1;
    return m;
}

/* "Japan will face sanctions, senators said today after a private
 * meeting with Commerce Secretary Malcolm Baldrige.": the speech verb at
 * i, a few plain words or a date after it, then "after" or "following"
 * and one phrase to the sentence's end (no comma, no clause word, no
 * other speech verb): the time of the speaking, which ends the sentence
 * as "said on Tuesday" does (the actors in it are the speaker's
 * partners, not the verb's subject). */
static int ex_speech_then_after(const ex_state *st, size_t i)
{
    size_t k, j;
    for (k = i + 1; k < st->ntoks && k <= i + 3; k++) {
        const ex_mention *m = ex_mention_at(st, k);
        if (ex_tok_is(st, k, "after") || ex_tok_is(st, k, "following"))
            break;
        if (st->toks[k].kind != KG_TOK_WORD || (m && !m->ent.is_value) ||
            st->toks[k].tag != KG_W_NONE)
            return 0;
    }
    if (k >= st->ntoks || k > i + 3)
        return 0;
    for (j = k + 1; j < st->ntoks; j++) {
        const ex_tok *w = &st->toks[j];
        if (w->tag == KG_W_SUB || w->tag == KG_W_SPEECH ||
            w->tag == KG_W_CONJ || ex_tok_punct(st, j, ',') ||
            ex_tok_punct(st, j, ';') || ex_tok_punct(st, j, ':'))
            return 0;
    }
    return 1;
}

/* Does the sentence end a few words after the speech verb at i, with no
 * actor and no clause of its own there ("said here", "said in a statement
 * on Tuesday"; not "said of Finland")? */
static int ex_speech_ends_sentence(const ex_state *st, size_t i)
{
    size_t k;
    if (ex_speech_then_after(st, i))
        return 1;
    if (st->ntoks - i > 8)
        return 0;
    for (k = i + 1; k < st->ntoks; k++) {
        const ex_mention *m = ex_mention_at(st, k);
        if ((m && !m->ent.is_value) || st->toks[k].tag == KG_W_SUB)
            return 0;
    }
    return 1;
}

/* Is the speech verb at i the tail of its sentence, after a comma and
 * its speaker (", the U.S. State Department said on Friday.", ", Eritrea's
 * information minister said in 2002.")?  Then the sentence's opening
 * clause is what was said.  Returns the comma's token, or 0. */
static size_t ex_must_before_tail(const ex_state *st, size_t i)
{
    size_t c;
    if (!ex_speech_ends_sentence(st, i))
        return 0;
    for (c = i; c > 0 && !ex_tok_punct(st, c - 1, ','); c--)
        if (st->toks[c - 1].kind != KG_TOK_WORD ||
            st->toks[c - 1].tag == KG_W_SPEECH)
            return 0;
    return c > 1 && c < i ? c - 1 : 0;
}

const char *const ex_hope_verbs[] = {"hope", "hopes", "hoped", NULL};

/* The words of tell and of say that ex_told_must_at reads. */
static const char *const ex_told_tell[] = {"told", "tells", "tell",
                                           "telling", NULL};
/* "Mugabe said on Monday that Britain must foot the bill", "Rice said
 * Syria must withdraw": wire copy reports a demand as what another actor
 * must do.  Only a named actor and "must" (not "it", which is the
 * speaker's own, nor "needs to", which describes: "said Turkey needs to
 * import more"), and not "must be" ("must be punished", "must not be
 * allowed" ask it of others). */
static const char *const ex_told_say[] = {"said", "says", "say",
                                          /* ("Tsvangirai insisted that
                                           * Mugabe must go") */
                                          "insisted", "insists", "insist",
                                          NULL};

/* ex_told_must runs at every token, and most tokens are no word of
 * ex_told_say, ex_hope_verbs or ex_told_tell: their tags and first bytes
 * turn the rest away before the lists are read. */
EX_WORD_GATE(ex_told_gate, ex_told_say, ex_hope_verbs, ex_told_tell);

static __attribute__((noinline)) const ex_mention *
ex_told_must_at(ex_state *st, size_t i, size_t *vj);

/* "the United States told Belgrade it must back down", "told Ethiopia and
 * Eritrea that they must settle", "told students to end their sit-in":
 * a "tell" verb at token i whose addressee (a coded actor, right after it)
 * is then told what it must do, by "(that) it/they/<the addressee> must",
 * "has to", "needs to", or by "to" and a bare verb, is a demand made of
 * it.  Returns the addressee's mention (the last of coordinated ones) and
 * sets *vj to the token of the
 * act asked for (the word after "must", "to"), or NULL. */
const ex_mention *ex_told_must(ex_state *st, size_t i, size_t *vj)
{
    /* (the lists are read out of line, ex_told_must_at, so that the
     * rest returns at once) */
    if (!ex_word_gate_tok(&ex_told_gate, &st->toks[i]))
        return NULL;
    return ex_told_must_at(st, i, vj);
}

static const ex_mention *ex_told_must_at(ex_state *st, size_t i,
                                         size_t *vj)
{
    static const char *const must[] = {"must", NULL};
    static const char *const have[] = {"has", "have", "had", "needs", "need",
                                       "needed", NULL};
    const ex_mention *m, *c;
    size_t j = i + 1, k;
    if (ex_pronoun_is(&st->toks[i], ex_told_say)) {
        j = ex_when_phrase(st, j);
        if (ex_tok_is(st, j, "that"))
            j++;
        m = ex_named_must(st, j, vj);
        /* (not after "insisted": "insisted Britain put its troops on
         * alert" reports as often, an irregular past the lexicon does
         * not list) */
        if (!m && (ex_tok_is(st, i, "insist") || ex_tok_is(st, i, "insists")))
            m = ex_named_bare(st, j, vj);
        /* "Russia must release journalist Evan Gershkovich, the U.S.
         * State Department said on Friday": the same demand, reported
         * before its speaker */
        if (!m && (j = ex_must_before_tail(st, i)) > 0 &&
            (m = ex_named_must(st, ex_is_quote(st, 0) ? 1 : 0, vj)) !=
                NULL &&
            *vj >= j)
            m = NULL;
        return m;
    }
    /* "The farmers' union hopes France will resist EC pressures",
     * "Madrid hoped that Rabat would release the fishermen": what one
     * hopes another actor will do is asked of it (CAMEO's verb
     * dictionary files HOPE under 020), read as "said X should" is */
    if (ex_pronoun_is(&st->toks[i], ex_hope_verbs)) {
        static const char *const will[] = {"will", "would", NULL};
        /* (the noun: "gave the minister hope that the banks would",
         * "expressed hope that", "held out little hope that") */
        static const char *const noun_before[] = {
            "give",   "gives",   "gave",   "given",    "giving",
            "offer",  "offers",  "offered", "raise",   "raised",
            "raises", "express", "expressed", "expresses", "held",
            "holds",  "hold",    "little", "no",       "new",
            "some",   "every",   "fresh",  "renewed",  "high",
            "much",   "faint",   "any",    "out",      NULL};
        for (k = i; k-- > 0 && i - k <= 4 &&
                    st->toks[k].kind == KG_TOK_WORD;)
            if (ex_pronoun_is(&st->toks[k], noun_before))
                return NULL;
        if (i > 0 && (st->toks[i - 1].tag == KG_W_DET ||
                      st->toks[i - 1].tag == KG_W_POSS))
            return NULL;
        j = ex_when_phrase(st, j);
        if (ex_tok_is(st, j, "that"))
            j++;
        return ex_named_modal(st, j, vj, will);
    }
    if (!ex_pronoun_is(&st->toks[i], ex_told_tell))
        return NULL;
    if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.code ||
        !*m->ent.code || ex_is_date(&m->ent))
        return NULL;
    k = m->t1;
    /* ("told Ethiopia and Eritrea that they must") */
    while (ex_tok_is(st, k, "and") && k + 1 < st->ntoks) {
        size_t a = k + 1;
        if (st->toks[a].tag == KG_W_DET)
            a++;
        if (!(c = ex_actor_at(st, a)) || !c->ent.code || !*c->ent.code)
            break;
        k = c->t1;
        m = c; /* (the last one: the caller reads the list back from it) */
    }
    k = ex_when_phrase(st, k);
    if (ex_tok_is(st, k, "to")) {
        if (k + 1 >= st->ntoks || !ex_plain_word(st, k + 1) ||
            /* ("told French troops to leave" is an expulsion, the
             * lexicon's "order * to leave" family, not a demand) */
            ex_tok_is(st, k + 1, "leave"))
            return NULL;
        *vj = k + 1;
        return m;
    }
    if (ex_tok_is(st, k, "that"))
        k++;
    if (ex_tok_is(st, k, "it") || ex_tok_is(st, k, "they"))
        k++;
    else if ((c = ex_mention_at(st, k)) != NULL && c->t0 == k &&
             ex_same_id(&c->ent, &m->ent))
        k = c->t1;
    else
        return NULL;
    if (k < st->ntoks && ex_pronoun_is(&st->toks[k], must)) {
        *vj = ex_tok_is(st, k + 1, "not") ? k + 2 : k + 1;
        return *vj < st->ntoks ? m : NULL; /* (a verb must follow) */
    }
    if (k + 2 < st->ntoks && ex_pronoun_is(&st->toks[k], have) &&
        ex_tok_is(st, k + 1, "to")) {
        *vj = k + 2;
        return m;
    }
    return NULL;
}

/* "Russia told Ukraine (that) it would ...": the addressee of a "tell"
 * verb whose clause starts at token i (i is the clause's first word, after
 * an optional "that"), or NULL.  Such an "it" is the teller: the one told
 * is the addressee, and reported speech says "you" to it. */
const ex_mention *ex_told_before(const ex_state *st, size_t i)
{
    /* ("warned Lebanon that it would strike": the warner, too; and
     * "promised Turkey it would supply gas", "assured Kyiv that it
     * would": the one who promises) */
    static const char *const tell[] = {
        "told",     "tells",    "tell",    "telling", "warned",
        "warns",    "warn",     "warning", "promised", "promises",
        "promise",  "assured",  "assures", "assure",  "pledged",
        "vowed",    NULL};
    static const char *const tell_to[] = {
        "said", "says", "signalled", "signaled", "signals", "explained",
        "explains", "indicated", "indicates", NULL};
    const ex_mention *m;
    size_t j, n;
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
    for (j = m->t0, n = 0; j > 0; j--) {
        const ex_tok *w = &st->toks[j - 1];
        /* (a word or two describing the one told: "the visiting US
         * envoy") */
        if (w->tag != KG_W_DET &&
            (w->tag != KG_W_NONE || w->kind != KG_TOK_WORD ||
             (w->flags & KG_TOKF_CAP) || ex_pronoun_is(w, tell) ||
             ex_pronoun_is(w, tell_to) || ex_tok_is(st, j - 1, "to") ||
             ++n > 2))
            break;
    }
    /* ("signalled to the visiting US envoy that it was ready", "said to
     * Erdogan that it would": the one addressed after "to") */
    if (j > 1 && ex_tok_is(st, j - 1, "to") &&
        ex_pronoun_is(&st->toks[j - 2], tell_to))
        return m;
    return j > 0 && ex_pronoun_is(&st->toks[j - 1], tell) ? m : NULL;
}

/* "Turkey told Syria it would use force ..., the army chief said": is
 * subj the teller, the actor right before the "told" (perhaps a day
 * between) whose addressee is told?  The trailing speaker is then only
 * who reports it.  The "told" token plus one, or 0. */
size_t ex_told_by(const ex_state *st, const ex_mention *told,
                  const kg_entity *subj)
{
    size_t j = told->t0, v, p;
    j = ex_before_dets(st, j);
    if (j < 2 || !ex_tok_is(st, j - 1, "told"))
        return 0;
    v = j - 1;
    for (p = v >= 4 ? v - 4 : 0; p < v; p++) {
        const ex_mention *m = ex_actor_at(st, p);
        if (m && (m->t1 == v || ex_when_phrase(st, m->t1) == v))
            return ex_same_id(&m->ent, subj) ? v + 1 : 0;
    }
    return 0;
}

/* Plural nouns of a body's people, who speak and act for it ("Hamas
 * officials said they", "the group's leaders, who accused Israel"). */
static const char *const ex_body_people[] = {
    "leaders", "officials", "members", "representatives", "negotiators",
    "commanders", NULL};

/* The group or organisation whose people the noun at token p names: its
 * name right before ("Hamas officials") or its possessive ("the militant
 * group's leaders"), or NULL. */
static const ex_mention *ex_people_of_body(const ex_state *st, size_t p)
{
    const ex_mention *h;
    size_t e = p;
    if (!ex_pronoun_is(&st->toks[p], ex_body_people) || p == 0)
        return NULL;
    if (p >= 2 && ex_tok_is(st, p - 1, "'s"))
        e = p - 1;
    h = ex_actor_before(st, e);
    return h && ex_group_or_org(h->ent.type) ? h : NULL;
}

/* The person an object pronoun at i ("him", "her") cannot stand for:
 * the subject of the verb it follows ("Sharon met Mubarak, who urged him
 * to release prisoners": "him" is not Mubarak, who urged; a pronoun that
 * is a verb's object is never that verb's own subject, as English says
 * "himself" then).  The subject is the actor right before the verb (up to
 * three lower-case words: "who also urged", "has asked") or the head of a
 * "who" before it.  NULL when none is found or i is no object. */
static const kg_entity *ex_object_binder(const ex_state *st, size_t i)
{
    size_t j, words = 0;
    const ex_mention *m;
    /* ("her" before a word is as often a possessive, "her government";
     * never before "to": "urged her to step down") */
    if (!(ex_tok_is(st, i, "him") ||
          (ex_tok_is(st, i, "her") && i + 1 < st->ntoks &&
           (st->toks[i + 1].kind != KG_TOK_WORD ||
            ex_tok_is(st, i + 1, "to")))) ||
        i < 2)
        return NULL;
    for (j = i; j > 0 && words < 3; words++) {
        const ex_tok *w = &st->toks[j - 1];
        if (w->kind != KG_TOK_WORD || (w->flags & KG_TOKF_CAP) ||
            ex_mention_at(st, j - 1) || w->tag == KG_W_SUB ||
            w->tag == KG_W_PRON || w->tag == KG_W_DET ||
            /* ("Putin met Erdogan and urged him": the actor before
             * "and" is the first verb's object, not this one's
             * subject) */
            w->tag == KG_W_CONJ)
            break;
        j--;
    }
    if (j == i || j == 0)
        return NULL;
    if (ex_tok_is(st, j - 1, "who")) {
        size_t h = j - 1;
        if (h > 0 && ex_tok_punct(st, h - 1, ','))
            h--;
        m = ex_actor_before(st, h);
        return m && ex_is_person(&m->ent) ? &m->ent : NULL;
    }
    /* (not a participle right after an actor, whose subject is the
     * clause's: "wrote to Nigel Lawson urging him to oppose the levy") */
    if (ex_ends_ing(st, j))
        return NULL;
    m = ex_actor_before(st, j);
    return m && ex_is_person(&m->ent) ? &m->ent : NULL;
}

/*
 * What the pronoun at token i stands for, or NULL: he/she/his/her the
 * salient person; it/its the nearest earlier thing; in a quote, I/my the
 * speaker and we/our the speaker's country ("We have not reached a stage
 * where we impose sanctions", said by Turkey's president; said by a
 * country or a bloc, that actor).  They, you and unattributed we stay
 * unresolved rather than guessed.
 */
/* "Poland says U.S. sanctions have cost its economy 15 billion dlrs and
 * has made clear it wants Washington to take a lead": "it" right after a
 * verb of saying joined by "and" to an earlier verb speaks for that
 * verb's subject, the first actor of the clause (no thing named since,
 * the nearest one, "U.S."), as "Poland said it" does.  Its mention, or
 * NULL (a person is "he"). */
static const ex_mention *ex_and_speaker(const ex_state *st, size_t i)
{
    static const char *const make[] = {"made", "make", "makes", "making",
                                       NULL};
    const ex_mention *cm;
    size_t v, a;
    if (!ex_tok_is(st, i, "it") || i < 3)
        return NULL;
    if (st->toks[i - 1].tag == KG_W_SPEECH)
        v = i - 1;
    else if (ex_tok_is(st, i - 1, "clear") &&
             ex_pronoun_is(&st->toks[i - 2], make))
        v = i - 2;
    else
        return NULL;
    if ((a = ex_and_verb(st, v)) == 0 ||
        (cm = ex_clause_subject(st, a - 1)) == NULL || ex_is_person(&cm->ent))
        return NULL;
    return cm;
}

/* "Britain said in a statement to parliament that it would", "Russia
 * said during a visit to Turkey that it would": an "it" or "they" right
 * after the occasion of a speech (ex_speech_occasion) and its "that" is
 * the speaker's, not the hearer's named in the occasion.  The speech or
 * promise verb's clause subject (no person: a person is "he"), or NULL. */
static const ex_mention *ex_occasion_speaker(const ex_state *st, size_t i)
{
    const ex_mention *cm;
    size_t j = i, k;
    if (!ex_tok_is(st, i, "it") && !ex_tok_is(st, i, "they"))
        return NULL;
    if (j > 0 && ex_tok_is(st, j - 1, "that"))
        j--;
    for (k = j; k-- > 1 && j - k <= 12;) {
        if ((!ex_tok_is(st, k, "in") && !ex_tok_is(st, k, "during")) ||
            ex_speech_occasion(st, k) != j)
            continue;
        if (st->toks[k - 1].tag != KG_W_SPEECH &&
            st->toks[k - 1].tag != KG_W_INTENT)
            return NULL;
        cm = ex_clause_subject(st, k - 1);
        return cm && !ex_is_person(&cm->ent) ? cm : NULL;
    }
    return NULL;
}

/* "Moscow agreed to discuss Afghanistan and Kampuchea in its talks with
 * Peking": "its" after "in" or "during" before a noun of talks is the
 * clause subject's (a state or body, no person), not the last actor
 * named, which is what the talks are about.  Its mention, or NULL. */
static const ex_mention *ex_talks_owner(const ex_state *st, size_t i)
{
    static const char *const talks[] = {
        "talks",        "negotiations", "meeting",  "meetings",
        "discussions",  "consultations", "dialogue", NULL};
    const ex_mention *cm;
    if (!ex_tok_is(st, i, "its") || i == 0 || i + 1 >= st->ntoks ||
        !(ex_tok_is(st, i - 1, "in") || ex_tok_is(st, i - 1, "during")) ||
        !ex_pronoun_is(&st->toks[i + 1], talks))
        return NULL;
    cm = ex_clause_subject(st, i);
    return cm && cm->ent.code && !ex_is_person(&cm->ent) ? cm : NULL;
}

/* '"He did once attend a meeting," the spokesman added': a "he" or
 * "she" inside a quote that opens the sentence (or goes on from the
 * last) never stands for the quote's speaker, who would say "I".  A
 * quote inside a reported sentence is often the reporter's cut of the
 * words ('Reagan said Takeshita told him "his (Takeshita's) top
 * priority"'), left alone.  The one the pronoun at token i may not
 * stand for: its binder (ex_object_binder), else that speaker. */
static const kg_entity *ex_quoted_he_avoids(const ex_state *st, size_t i)
{
    const kg_entity *b = ex_object_binder(st, i);
    size_t k;
    if (b || !st->toks[i].quote || !st->have_speaker)
        return b;
    for (k = 0; k < i; k++)
        if (!st->toks[k].quote && st->toks[k].kind == KG_TOK_WORD)
            return NULL; /* (a word outside the quote before it) */
    return &st->speaker;
}

/* "Gull Air, flying commercial routes in some 20 cities in Florida and
 * the Bahamas, said it reached a feeder agreement with Texas Air Corp": an
 * "it" right after the speech verb that closes an apposition stands for
 * the organisation that opens the sentence before that apposition, not
 * the last place the apposition names.  Its mention, or NULL. (nominal25) */
static const ex_mention *ex_apposed_said_it(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t t = 0, k;
    if (!ex_tok_is(st, i, "it") || i < 4 ||
        st->toks[i - 1].tag != KG_W_SPEECH || !ex_tok_punct(st, i - 2, ','))
        return NULL;
    while (t < i && (st->toks[t].tag == KG_W_DET || ex_tok_punct(st, t, '<')))
        t++;
    m = ex_mention_at(st, t);
    if (!m || m->t0 != t || m->dropped || m->ent.is_value || !m->ent.type ||
        strcmp(m->ent.type, "Organization") != 0)
        return NULL;
    k = m->t1;
    if (k < st->ntoks && ex_tok_punct(st, k, '>'))
        k++;
    if (k + 2 >= i - 2 || !ex_tok_punct(st, k, ','))
        return NULL;
    /* (an apposition that opens with a lower-case word, "flying",
     * "which", "a": no list of names "Texaco, Exxon and Mobil said"; no
     * speech verb nor semicolon inside it) */
    k++;
    if (st->toks[k].kind != KG_TOK_WORD || (st->toks[k].flags & KG_TOKF_CAP))
        return NULL;
    for (; k < i - 2; k++)
        if (ex_tok_punct(st, k, ';') || st->toks[k].tag == KG_W_SPEECH)
            return NULL;
    return m;
}

/* "During his trip to Washington, which runs from April 26 to 29,
 * Moussa will meet Powell", "On her visit to Cairo, the British
 * foreign minister praised": "his" or "her" in a phrase that opens the
 * sentence with a preposition (no comma or person before it there) is
 * the main clause's subject's, named after the phrase's comma (past one
 * "which" or "who" aside closed by a comma, an article, an honorific):
 * a person or an office with no gender clash and a lower-case word right
 * after it, its verb.  That mention, or NULL (then the last person
 * named before stands for it). */
static const ex_mention *ex_opening_possessor(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t k = 0, j;
    while (k < i && ex_is_quote(st, k))
        k++;
    if (k >= i || st->toks[k].tag != KG_W_PREP)
        return NULL;
    for (j = k; j < i; j++)
        if (st->toks[j].kind == KG_TOK_PUNCT ||
            ((m = ex_mention_at(st, j)) != NULL && !m->dropped &&
             (ex_is_person(&m->ent) || ex_is_office(st, m))))
            return NULL;
    for (j = i + 1; j < st->ntoks && !ex_tok_punct(st, j, ','); j++)
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return NULL;
    if (j + 1 < st->ntoks &&
        (ex_tok_is(st, j + 1, "which") || ex_tok_is(st, j + 1, "who")))
        for (j += 2; j < st->ntoks && !ex_tok_punct(st, j, ','); j++)
            if (st->toks[j].kind == KG_TOK_PUNCT)
                return NULL;
    if (++j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], ex_honorifics))
        j++;
    if (j >= st->ntoks || (m = ex_actor_at(st, j)) == NULL ||
        !(ex_is_person(&m->ent) || ex_is_office(st, m)) ||
        ex_gender_clash(st, &m->ent, i) || m->t1 >= st->ntoks)
        return NULL;
    return st->toks[m->t1].kind == KG_TOK_WORD &&
                   !(st->toks[m->t1].flags & KG_TOKF_CAP)
               ? m
               : NULL;
}

const kg_entity *ex_resolve_pronoun(ex_state *st, size_t i)
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
    if (k->tag == KG_W_POSS && ex_pronoun_is(k, ex_he)) {
        const ex_mention *om = ex_opening_possessor(st, i);
        if (om)
            return &om->ent;
    }
    if (ex_pronoun_is(k, ex_he))
        return ex_last_person(st, i, ex_quoted_he_avoids(st, i));
    if (ex_pronoun_is(k, ex_it)) {
        const ex_mention *told =
            !strcmp(k->lower, "it") ? ex_told_before(st, i) : NULL;
        size_t vj;
        /* "told Belgrade it must back down": the one told must act */
        if (told && told->t0 > 0 && i >= 1 &&
            ex_told_must(st, told->t0 - 1 -
                                 (st->toks[told->t0 - 1].tag == KG_W_DET &&
                                  told->t0 >= 2),
                         &vj) == told)
            return &told->ent;
        /* "told the US envoy that it was ready to end its support": "its"
         * in the clause of an "it" after the one told is that "it"'s,
         * never the one told */
        for (p = i; !told && !strcmp(k->lower, "its") && p-- > 0 &&
                    i - p <= 12 && !ex_tok_punct(st, p, ';');)
            if (ex_tok_is(st, p, "it"))
                told = ex_told_before(st, p);
        if (!told && (told = ex_and_speaker(st, i)) != NULL)
            return &told->ent;
        if (!told && (told = ex_occasion_speaker(st, i)) != NULL)
            return &told->ent;
        if (!told && (told = ex_talks_owner(st, i)) != NULL)
            return &told->ent;
        if (!told && (told = ex_apposed_said_it(st, i)) != NULL)
            return &told->ent;
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
/* "Britain remains opposed to the plan and West Germany has opposed it",
 * "senior U.S. officials endorsed it", "the Fed and the Bundesbank helped
 * it recover": an object "it" at token i whose actor antecedent e (its
 * last mention before i) is followed by a thing's noun phrase (an article
 * or a possessive and a plain singular noun, no actor, not the head of
 * the subject subj) stands for that thing, the plan or the dollar, not
 * for the actor named before. */
static int ex_thing_since(const ex_state *st, const kg_entity *e,
                          const kg_entity *subj, size_t i)
{
    static const char *const dets[] = {"the", "a", "an", "this", "its",
                                       "their", "his", "her", NULL};
    size_t k, from = (size_t)-1, n;
    for (k = 0; k < st->nments && st->ments[k].t1 <= i; k++)
        if (!st->ments[k].dropped && ex_same_id(&st->ments[k].ent, e))
            from = st->ments[k].t1;
    if (from == (size_t)-1)
        return 0;
    for (k = from; k + 1 < i; k++) {
        const ex_tok *w = &st->toks[k + 1];
        if (!ex_pronoun_is(&st->toks[k], dets) || ex_mention_at(st, k) ||
            w->kind != KG_TOK_WORD ||
            (w->tag != KG_W_NONE && w->tag != KG_W_INTENT &&
             w->tag != KG_W_THREAT) || /* ("the plan", "the threat") */
            (w->flags & KG_TOKF_CAP) || ex_mention_at(st, k + 1))
            continue;
        /* (not the subject's own noun: "a consortium of Japanese banks
         * will lend it") */
        if (subj && k + 3 < i && ex_tok_is(st, k + 2, "of") &&
            ex_mention_at(st, k + 3) &&
            ex_same_id(&ex_mention_at(st, k + 3)->ent, subj))
            continue;
        n = strlen(w->lower);
        /* (a plural is "them": "the sanctions") */
        if (n > 2 && w->lower[n - 1] == 's' && w->lower[n - 2] != 's')
            continue;
        return 1;
    }
    return 0;
}

/* The note of the pronoun at token i (see ex_note_pronoun), or NULL. */
static kg_entity *ex_pronoun_note(ex_state *st, size_t i)
{
    size_t k;
    for (k = 0; k < st->nprons; k++)
        if (st->prons[k].start == st->toks[i].start)
            return &st->prons[k];
    return NULL;
}

const kg_entity *ex_note_pronoun(ex_state *st, size_t i,
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
        if (!ex_plain_word(st, j))
            return 0;
    }
    return 0;
}

/* Remembers the role nouns of the sentence's appositions (see
 * ex_role_before) for the rest of the document. */
void ex_note_roles(ex_state *st)
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
const kg_entity *ex_role_partner(ex_state *st, const ex_mention *m)
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
const ex_mention *ex_as_did(const ex_state *st, size_t j)
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
    m = ex_actor_at(st, j);
    if (!m || m->t1 >= st->ntoks || !ex_pronoun_is(&st->toks[m->t1], did))
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
const ex_mention *ex_gap_head(const ex_state *st, size_t p)
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
    m = ex_actor_before(st, p);
    if (!m || !m->ent.type || !ex_country_or_place(m->ent.type))
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
const kg_entity *ex_renote_pronoun(ex_state *st, size_t p,
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

/* ---- subjects --------------------------------------------------------- */

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

/* "Senate Republican leader Robert Dole of Kansas pleaded", "Senator Lloyd
 * Bentsen of Texas criticized": a coded person before "of" and a place
 * or country is the actor; the place only says whom he represents. */
static int ex_person_of_place(const ex_mention *p, const ex_mention *m)
{
    return p->ent.type && !strcmp(p->ent.type, "Person") && p->ent.code &&
           *p->ent.code && ex_country_or_place(m->ent.type);
}

/* "the kidnappers of an American journalist threatened", "captors of two
 * Chinese engineers": the unnamed perpetrators a bare noun names
 * (kidnappers, gunmen, militants: CRM, UAF, REB, lower-case words only)
 * head the phrase whose "of" names their victims, who did nothing (up to
 * three lower-case words or numbers between "of" and m); not a named
 * group after "of" ("rebels of the SPLA" are the SPLA).  Else NULL. */
static const ex_mention *ex_perpetrators_of(const ex_state *st,
                                            const ex_mention *m)
{
    static const char ex_perpetrator_agents[] = "CRM;UAF;REB";
    const ex_mention *p;
    size_t j = m->t0, words = 0, k;
    const char *code = m->ent.code;
    if (code && strlen(code) >= 6 && ex_in_list(ex_perpetrator_agents,
                                                code + strlen(code) - 3))
        return NULL;
    if (m->oe && m->oe->type && strcmp(m->oe->type, "Country") != 0 &&
        strcmp(m->oe->type, "Person") != 0)
        return NULL;
    while (j > 0 && words < 3 && st->toks[j - 1].kind != KG_TOK_PUNCT &&
           (st->toks[j - 1].tag == KG_W_DET ||
            (st->toks[j - 1].tag == KG_W_NONE && !st->toks[j - 1].trigger &&
             !(st->toks[j - 1].flags & KG_TOKF_CAP)))) {
        words++;
        j--;
    }
    if (j < 2 || !ex_tok_is(st, j - 1, "of"))
        return NULL;
    p = ex_actor_before(st, j - 1);
    if (!p || !p->ent.code || strlen(p->ent.code) < 6 ||
        !ex_in_list(ex_perpetrator_agents,
                    p->ent.code + strlen(p->ent.code) - 3))
        return NULL;
    for (k = p->t0; k < p->t1; k++)
        if (st->toks[k].flags & KG_TOKF_CAP)
            return NULL; /* (a named group's men, "Hamas gunmen") */
    return p;
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
    if ((p = ex_perpetrators_of(st, m)) != NULL)
        return p;
    j = ex_before_dets(st, j);
    of = j >= 2 && ex_tok_is(st, j - 1, "of");
    if (j < 2 || !(ex_tok_is(st, j - 1, "from") || ex_tok_is(st, j - 1, "in") ||
                   ex_tok_is(st, j - 1, "at") || of))
        return m;
    /* "Palestinian prisoners held in Israeli jails", "rebels based in
     * Sudan": a participle (no act read from it) may open the phrase */
    if (!of && j >= 3 && st->toks[j - 2].kind == KG_TOK_WORD &&
        !(st->toks[j - 2].flags & KG_TOKF_CAP) &&
        !st->toks[j - 2].trigger && !st->toks[j - 2].covered &&
        ex_participle_form(st, j - 2) &&
        (p = ex_mention_at(st, j - 3)) != NULL && p->t1 == j - 2)
        j--;
    p = ex_actor_before(st, j - 1);
    if (!p || st->toks[p->t0].paren != st->toks[m->t0].paren ||
        (of && !ex_sector_of_mention(p, m) && !ex_person_of_place(p, m)))
        return m;
    /* ("the kidnappers of a journalist in Iraq": past the place) */
    if (!of && (m = ex_perpetrators_of(st, p)) != NULL)
        return m;
    return p;
}

/* The head of the place phrase m closes ("rebels in Darfur", "the
 * embassy in London"), when that head opens its clause: the sentence or
 * a dateline's dash, determiners aside ("Militants holding UN workers in
 * Afghanistan said they": the workers are no speaker).  Else NULL. */
static const ex_mention *ex_speaker_pp_head(const ex_state *st,
                                            const ex_mention *m)
{
    const ex_mention *h = ex_pp_head(st, m);
    size_t j;
    if (h == m)
        return NULL;
    j = ex_before_dets(st, h->t0);
    return j == 0 || st->toks[j - 1].kind != KG_TOK_WORD ? h : NULL;
}

/* Things that kill, wound or destroy as the subject of a verb: acts,
 * which an actor does ("Israeli air strikes killed"), and happenings,
 * which no actor does ("the country's deadliest earthquake killed" is no
 * act of the country). */
/* (also the acts of force news names by their campaign: "an Israeli
 * military operation in Gaza killed", "killed in a US offensive";
 * ex_harmed_in reads the same words) */
const char *const ex_harm_acts[] = {
    "attack",  "attacks",  "bomb",     "bombs",    "bombing",   "bombings",
    "raid",    "raids",    "strike",   "strikes",  "airstrike", "airstrikes",
    "ambush",  "shelling", "rocket",   "rockets",  "mortar",    "shell",
    "shells",  "missile",  "missiles", "blast",    "blasts",    "fire",
    "fighting", "clashes", "violence", "riot",     "riots",
    "operation", "offensive", "assault", "incursion", "bombardment",
    NULL};
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

/* Token t's verb group back over its auxiliaries, modals and "will"
 * (and, when wide, negations and adverbs: "would not also"): the token
 * where the group starts, in *k.  Returns 0 when a form of "be" is among
 * them (a passive, "was helped by", or a progressive). */
static int ex_before_active_aux(const ex_state *st, size_t t, int wide,
                                size_t *k)
{
    size_t i = t;
    while (i > 0 && (st->toks[i - 1].tag == KG_W_AUX ||
                     st->toks[i - 1].tag == KG_W_MODAL ||
                     st->toks[i - 1].tag == KG_W_FUTURE ||
                     (wide && (st->toks[i - 1].tag == KG_W_NEG ||
                               ex_is_adverb(st, i - 1))))) {
        if (ex_pronoun_is(&st->toks[i - 1], ex_be_forms))
            return 0;
        i--;
    }
    *k = i;
    return 1;
}

/* "The company said the new computers comply with the government's
 * specifications", "Yukos lawyers say the auction violated US law": a
 * clause reported by a speech verb ("said", "announced", "claimed",
 * through a "that"; not "told", whose object may come first) whose own
 * subject, right before the verb at token t (past auxiliaries, modals, a
 * negation and adverbs), is a plain noun phrase naming no actor (an
 * article and up to four lower-case words) has that thing as its
 * subject: no actor does the act, the speaker before the speech verb
 * neither (a pronoun, a possessive or an actor's name there is read as
 * before).  prec19: 3 coded events of the three corpora, all wrong. */
static int ex_thing_reported_subject(const ex_state *st, size_t t)
{
    /* (a head that may name the speaker's own body or its people:
     * "a Taliban spokesman says the group will not negotiate") */
    static const char *const bodies[] = {
        "group",     "groups",     "company",   "companies",  "firm",
        "firms",     "bank",       "banks",     "party",      "parties",
        "country",   "countries",  "nation",    "nations",    "state",
        "states",    "government", "governments", "ministry", "administration",
        "regime",    "authorities", "movement", "organisation", "organization",
        "union",     "unions",     "agency",    "army",       "militia",
        "fund",      "board",      "committee", "council",    "commission",
        "community", "alliance",   "bloc",      "body",       "side",
        "sides",     "team",       "delegation", "leaders",   "leader",
        "officials", "members",    "member",    "people",     "workers",
        "rebels",    "troops",     "forces",    "force",      "police",
        "producers", "exporters",  "importers", "lenders",    "creditors",
        "unit",       "subsidiary", "partner",   "partners",
        "allies",    "ally",       "consortium", "club",      "network",
        NULL};
    static const char *const duty[] = {"had", "have", "has", "need",
                                       "needs", "needed", "ought", NULL};
    static const char *const any_states[] = {"states", "countries",
                                             "nations", "governments", NULL};
    size_t i, words = 0;
    /* ("said such policies had been welcomed by the World Bank": a
     * passive's actor is its agent, read elsewhere) */
    if (!ex_before_active_aux(st, t, 1, &i))
        return 0;
    /* ("said trade sanctions imposed on Japan were unlikely to": a
     * participle right after its noun, before a preposition, modifies
     * it) */
    if (i == t && ex_ends_ed(st, t) && t + 1 < st->ntoks &&
        st->toks[t + 1].tag == KG_W_PREP)
        return 0;
    if (i == t && t + 2 < st->ntoks && ex_ends_ed(st, t + 1) &&
        st->toks[t + 2].tag == KG_W_PREP)
        return 0; /* (the act's noun before that participle) */
    /* ("said states had to work with the US": a duty told by "had to",
     * "have to", "need to" is the clause's act as a modal's is) */
    if (i >= 2 && ex_tok_is(st, i - 1, "to") &&
        ex_pronoun_is(&st->toks[i - 2], duty) &&
        !ex_before_active_aux(st, i - 2, 1, &i))
        return 0;
    /* (a bare plural of states right after the speech verb is any state,
     * no body of the speaker's: "Mr Blair said states had to") */
    if (i >= 2 && ex_pronoun_is(&st->toks[i - 1], any_states) &&
        (st->toks[i - 2].tag == KG_W_SPEECH || ex_tok_is(st, i - 2, "that")))
        return ex_tok_is(st, i - 2, "that")
                   ? i >= 3 && st->toks[i - 3].tag == KG_W_SPEECH &&
                         !ex_tok_is(st, i - 3, "told")
                   : !ex_tok_is(st, i - 2, "told") &&
                         !ex_tok_is(st, i - 2, "tell");
    if (i > 0 && ex_pronoun_is(&st->toks[i - 1], bodies))
        return 0;
    while (i > 0 && words < 4 && ex_plain_word(st, i - 1) &&
           !ex_ends_ing(st, i - 1)) {
        i--;
        words++;
    }
    if (!words || i == 0)
        return 0;
    if (st->toks[i - 1].tag == KG_W_DET && !ex_mention_at(st, i - 1))
        i--;
    if (i > 0 && ex_tok_is(st, i - 1, "that"))
        i--;
    return i > 0 && st->toks[i - 1].tag == KG_W_SPEECH &&
           !ex_tok_is(st, i - 1, "told") && !ex_tok_is(st, i - 1, "tell");
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
                  ex_country_or_place(p->ent.type)))
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
            while (b > 0 && words < 2 && ex_plain_word(st, b - 1)) {
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
                                        "inside", "across",
                                        /* "an Israeli incursion into
                                         * Gaza killed" */
                                        "into",   NULL};
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
          ex_country_or_place(m->ent.type)))
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
static int ex_verb_starts(const ex_state *st, size_t j);

/* "Protesters angered at Karzai's sacking of a governor ransacked":
 * an -ed participle at token j, right after its head and before an
 * agent's or a cause's preposition, opens a reduced relative clause (no
 * finite verb: "Israel fired at Gaza" has no "at" in the list). */
static int ex_participle_phrase_at(const ex_state *st, size_t j)
{
    static const char *const preps[] = {"at", "by", "over", NULL};
    return j + 1 < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
           st->toks[j].tag == KG_W_NONE && !(st->toks[j].flags & KG_TOKF_CAP) &&
           ex_ends_ed(st, j) && !st->toks[j].trigger &&
           ex_pronoun_is(&st->toks[j + 1], preps);
}

static const ex_mention *ex_pp_chain_head(const ex_state *st,
                                          const ex_mention *m)
{
    size_t j = m->t0, words = 0, stop, tk;
    const char *tagent;
    /* (past a title kg left out of the name: "at President Hamid
     * Karzai") */
    for (tk = j > 3 ? j - 3 : 0; tk < j; tk++)
        if (ex_match_title(st, tk, &tagent) == j - tk) {
            j = tk;
            break;
        }
    while (j > 0 && words < 2 &&
           (st->toks[j - 1].tag == KG_W_DET ||
            st->toks[j - 1].tag == KG_W_POSS ||
            (st->toks[j - 1].kind == KG_TOK_WORD &&
             st->toks[j - 1].tag == KG_W_NONE && !st->toks[j - 1].trigger &&
             !(st->toks[j - 1].flags & KG_TOKF_CAP)))) {
        words += st->toks[j - 1].tag == KG_W_NONE;
        j--;
    }
    /* "Workers at South Korea's largest automaker Hyundai Motor will go
     * on strike": past a country's possessive that opens the description
     * of the firm (after "at", the workplace) */
    if (words && j > 2 && ex_tok_is(st, j - 1, "'s")) {
        const ex_mention *c = ex_actor_before(st, j - 1);
        if (c && c->ent.type && !strcmp(c->ent.type, "Country") && c->t0 > 0 &&
            ex_tok_is(st, c->t0 - 1, "at"))
            j = c->t0;
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
            if ((st->toks[p->t1].tag == KG_W_PREP &&
                 ex_pronoun_is(&st->toks[p->t1], ex_pp_preps)) ||
                ex_participle_phrase_at(st, p->t1)) {
                size_t b = p->t0;
                b = ex_before_dets(st, b);
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
        /* "China on Tuesday called on India to", "Egypt in a statement
         * appealed to Ethiopia to": a finite verb (no participle before
         * "by", no "-ed" word after an article) ends the chain; its
         * preposition opens the verb's complement, not a phrase of the
         * actor before it */
        if (ex_verb_starts(st, j) &&
            !(j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                        st->toks[j - 1].tag == KG_W_POSS)) &&
            !(j > 0 && ex_participle_phrase_at(st, j) &&
              (p = ex_mention_at(st, j - 1)) != NULL && p->t1 == j))
            return m;
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

static int ex_ing_modifier(const ex_state *st, size_t w);

/* Does the comma at c stand between two actors of a list ("London,
 * Paris and Zurich")? */
static int ex_list_comma(const ex_state *st, size_t c)
{
    const ex_mention *a = c > 0 ? ex_mention_at(st, c - 1) : NULL;
    const ex_mention *b = ex_mention_at(st, c + 1);
    return a && b && a->t1 == c && b->t0 == c + 1;
}

/* Is m the last of a list of actors in a phrase of a preposition,
 * whose last comma is at c: back from c only actors, commas and
 * articles up to the preposition, and one "and" or "or" right before m
 * ("in London, Paris and Zurich")? */
static int ex_pp_list_tail(const ex_state *st, size_t c,
                           const ex_mention *m)
{
    size_t j = m->t0, conj;
    while (j > c + 1 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    if (j <= c + 1 ||
        !(ex_tok_is(st, j - 1, "and") || ex_tok_is(st, j - 1, "or")))
        return 0;
    conj = j - 1;
    for (j = c + 1; j < conj; j++)
        if (!(st->toks[j].tag == KG_W_DET || ex_mention_at(st, j)))
            return 0;
    for (j = c; j-- > 0 && c - j <= 24;) {
        const ex_mention *a = ex_mention_at(st, j);
        if (a && !a->ent.is_value) {
            j = a->t0;
            continue;
        }
        if (ex_tok_punct(st, j, ',') || st->toks[j].tag == KG_W_DET)
            continue;
        return ex_pronoun_is(&st->toks[j], ex_pp_preps);
    }
    return 0;
}

/* "the World Bank (WB), which lent", "the Asian Development Bank (ADB)
 * which": the actor's other name in brackets ending right before token j
 * (ex_abbrev_end) is part of it: the bracket's "(" (the actor's end), or
 * j when no such bracket stands there. */
static size_t ex_before_abbrev(const ex_state *st, size_t j)
{
    size_t p;
    if (j < 4 || !ex_tok_punct(st, j - 1, ')'))
        return j;
    for (p = j - 1; p-- > 1 && j - p <= 5;)
        if (ex_tok_punct(st, p, '('))
            return ex_abbrev_end(st, p) == j ? p : j;
    return j;
}

/* Does the word at i open an aside after a comma: a relative pronoun
 * ("who", "which", "whose") or a preposition of place, time or company
 * ("Putin, on a tour of the Gulf, met")? */
static int ex_aside_opener(const ex_state *st, size_t i)
{
    return ex_tok_is(st, i, "who") || ex_tok_is(st, i, "which") ||
           ex_tok_is(st, i, "whose") ||
           ex_pronoun_is(&st->toks[i], ex_pp_preps);
}

/* Does the aside whose first comma after its actor is at close end right
 * before the verb at t: no other comma up to t, and at most auxiliaries,
 * modals and plain lower-case words (adverbs) between?  ("A director of
 * the state bank, which has sold bonds in London, Paris and Zurich,
 * refused to comment": the verb follows the aside, whose head is no
 * actor.) */
static int ex_aside_closes_at_verb(const ex_state *st, size_t close,
                                   size_t t)
{
    size_t c, last = close;
    for (c = close + 1; c < t; c++)
        if (ex_tok_punct(st, c, ','))
            last = c;
    if (t - last > 3)
        return 0;
    for (c = last + 1; c < t; c++) {
        const ex_tok *k = &st->toks[c];
        if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP) ||
            ex_mention_at(st, c) ||
            !(k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
              k->tag == KG_W_FUTURE || k->tag == KG_W_NONE))
            return 0;
    }
    return 1;
}

int ex_subject_position(const ex_state *st, const ex_mention *m);
static int ex_past_verb_with_object(ex_state *st, size_t t);
static int ex_shared_object_verb(ex_state *st, size_t i);

/* Is the verb at t (lower case, a bare form: no -ing, -ed or irregular
 * past, which open a reduced clause: "the release of Hassan, kidnapped
 * in Iraq") right after a comma that
 * ends the actor m, and does m stand where no subject stands (after a
 * verb or a preposition: ex_subject_position)?  Then the verb continues
 * a list of verbs ("would provoke retaliation against American
 * exporters, destroy the talks and"). */
static int ex_listed_verb_after_object(ex_state *st, const ex_mention *m,
                                       size_t t)
{
    const ex_tok *k = &st->toks[t];
    size_t e = m->t1, words = 0;
    /* (the actor may modify a noun: "American exporters,") */
    while (e + 1 < t && words < 2 && ex_plain_word(st, e)) {
        e++;
        words++;
    }
    return e + 1 == t && ex_tok_punct(st, e, ',') &&
           k->kind == KG_TOK_WORD && !(k->flags & KG_TOKF_CAP) &&
           k->tag == KG_W_NONE && !ex_is_ing(st, t) &&
           ((!ex_ends_ed(st, t) && !kg_onto__irregular(st->onto, k->lower)) ||
            ex_past_verb_with_object(st, t)) &&
           !ex_subject_position(st, m);
}

/* "Iranian forces smashed four Iraqi brigades, killed 1,500 Iraqi
 * soldiers": a past form at t with its object right after it (a number,
 * an article, a possessive or an actor; not "in", "by": "Hassan,
 * kidnapped in Iraq" is a reduced clause) may be a listed verb too. */
static int ex_past_verb_with_object(ex_state *st, size_t t)
{
    static const char *const counts[] = {
        "two",   "three", "four",    "five",     "six",       "seven",
        "eight", "nine",  "ten",     "dozens",   "hundreds",  "thousands",
        "scores", "several", NULL};
    const ex_tok *k = &st->toks[t], *n;
    if (t + 1 >= st->ntoks ||
        !(ex_ends_ed(st, t) || kg_onto__irregular(st->onto, k->lower)))
        return 0;
    /* ("killed or wounded 1,500 Iraqi soldiers": the object after the
     * second verb, ex_shared_object_verb) */
    if (ex_shared_object_verb(st, t + 1))
        t += 2;
    n = &st->toks[t + 1];
    return n->kind == KG_TOK_NUMBER || n->tag == KG_W_DET ||
           n->tag == KG_W_POSS || ex_pronoun_is(n, counts) ||
           ex_actor_at(st, t + 1) != NULL;
}

/* "smashed four Iraqi brigades,": the past form with no entry of its own
 * right before the object that starts at i (up to two articles, numbers
 * or plain words between), or (size_t)-1. */
static size_t ex_previous_past_verb(const ex_state *st, size_t i)
{
    const ex_tok *k;
    size_t words = 0;
    while (i > 0 && words < 2 &&
           (st->toks[i - 1].tag == KG_W_DET ||
            st->toks[i - 1].kind == KG_TOK_NUMBER ||
            (ex_plain_word(st, i - 1) && !ex_ends_ed(st, i - 1) &&
             !kg_onto__irregular(st->onto, st->toks[i - 1].lower)))) {
        i--;
        words++;
    }
    if (i == 0)
        return (size_t)-1;
    k = &st->toks[i - 1];
    /* (not an adjective after an article or a preposition: "from the
     * troubled western Darfur region,") */
    if (i >= 2 && (st->toks[i - 2].tag == KG_W_DET ||
                   st->toks[i - 2].tag == KG_W_PREP ||
                   st->toks[i - 2].tag == KG_W_POSS))
        return (size_t)-1;
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
                   !(k->flags & KG_TOKF_CAP) && !k->mention &&
                   (ex_ends_ed(st, i - 1) ||
                    kg_onto__irregular(st->onto, k->lower))
               ? i - 1
               : (size_t)-1;
}

/* The nearest token before i that a relation was read from, with no
 * punctuation between (the verb whose object ends before i), or
 * (size_t)-1. */
static size_t ex_previous_trigger(const ex_state *st, size_t i)
{
    size_t stop = i > 16 ? i - 16 : 0;
    while (i-- > stop) {
        if (st->toks[i].kind == KG_TOK_PUNCT)
            break;
        /* (not a noun's, after its article or owner: "France, speaking
         * at a meeting with Germany, criticised Iran" lists no verbs) */
        if (st->toks[i].trigger && i > 0 &&
            (st->toks[i - 1].tag == KG_W_DET ||
             st->toks[i - 1].tag == KG_W_POSS))
            break;
        /* (or a verb after a modal: "would provoke") */
        if (st->toks[i].trigger ||
            (i > 0 && (st->toks[i - 1].tag == KG_W_MODAL ||
                       st->toks[i - 1].tag == KG_W_FUTURE) &&
             st->toks[i].kind == KG_TOK_WORD &&
             st->toks[i].tag == KG_W_NONE))
            return i;
    }
    return (size_t)-1;
}

/* "Blair, who has pushed for peace talks and is one of the United States'
 * closest allies, will meet Bush": when the actor before the verb sits in
 * a relative clause or a participle's phrase set off by commas (", who
 * ... ,", ", which ... ,", ", touring ... ,"),
 * the subject is the actor right before that clause.  Returns it, or
 * NULL.  m is the actor found, t the trigger. */
static const ex_mention *ex_relative_head(const ex_state *st,
                                          const ex_mention *m, size_t t,
                                          int *bare)
{
    size_t c, close = (size_t)-1, stop;
    const ex_mention *p;
    *bare = 0;
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
        /* (a comma of a list of actors that ends with m is no aside's:
         * "which has offices in London, Paris and Zurich, refused") */
        if (c + 1 < m->t0 && ex_list_comma(st, c))
            continue;
        /* (or a participle's phrase: "Straw, touring a camp housing
         * people from Darfur, urged Sudan"; or a phrase of place, time
         * or company: "Putin, on a tour of Gulf states to court Saudi
         * Arabia, met the emir") */
        if (!(ex_aside_opener(st, c + 1) ||
              (st->toks[c + 1].kind == KG_TOK_WORD &&
               st->toks[c + 1].tag == KG_W_NONE &&
               !(st->toks[c + 1].flags & KG_TOKF_CAP) &&
               strlen(st->toks[c + 1].lower) > 5 &&
               !strcmp(st->toks[c + 1].lower +
                           strlen(st->toks[c + 1].lower) - 3,
                       "ing"))))
            return NULL;
        p = ex_mention_at(st, c - 1);
        if ((!p || p->t1 != c) && ex_ing_modifier(st, c + 1)) {
            /* "EU foreign ministers, meeting in Luxembourg, imposed",
             * "The ministers, meeting in Brussels, agreed": the clause
             * follows a noun phrase that opens the sentence; its actor
             * (if any) is the subject, and the place in the clause is
             * not.  *bare is set when the phrase names no actor. */
            size_t a = c, words = 0;
            while (a > 0 && words < 4 && ex_plain_word(st, a - 1) &&
                   !st->toks[a - 1].trigger) {
                a--;
                words++;
            }
            if (words > 0) {
                const ex_mention *h = a > 0 ? ex_mention_at(st, a - 1) : NULL;
                size_t b = h && h->t1 == a ? h->t0 : a;
                b = ex_before_dets(st, b);
                if (b == 0) {
                    if (h && h->t1 == a)
                        return !h->dropped && !h->ent.is_value ? h : NULL;
                    *bare = 1;
                    return NULL;
                }
            }
        }
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
            if (!p || ex_tok_punct(st, p->t1, ',') == 0) {
                /* (a relative clause or a phrase of place, time or
                 * company after a head that names no actor: the verb
                 * has no actor for its subject) */
                *bare = ex_aside_opener(st, c + 1) &&
                        ex_aside_closes_at_verb(st, close, t);
                return NULL;
            }
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
static const ex_mention *ex_restrictive_head(const ex_state *st,
                                             const ex_mention *m, size_t t)
{
    size_t b = m->t0, w, stop;
    int place = 0;
    if (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    /* (or m stands in a phrase of the clause: "A cleric who is wanted in
     * the United States was accused") */
    if (b < 2 || (!st->toks[b - 1].trigger && ex_subject_position(st, m)))
        return NULL;
    stop = b > 14 ? b - 14 : 0;
    /* "A Ugandan goodwill mission led by minister of state in the
     * presidency Balaki Kirya will visit Kenya": the leader of the group
     * "led by" or "headed by" names is no subject; the group is */
    for (w = b; w-- > (b > 12 ? b - 12 : 0) + 2;) {
        const ex_mention *r;
        if (st->toks[w].kind == KG_TOK_PUNCT || ex_mention_at(st, w))
            break;
        if (!ex_tok_is(st, w, "by") ||
            !(ex_tok_is(st, w - 1, "led") || ex_tok_is(st, w - 1, "headed")))
            continue;
        if ((r = ex_actor_before(st, w - 1)) != NULL)
            return r;
        break;
    }
    for (w = b; w-- > stop + 1;) {
        const ex_mention *r = ex_mention_at(st, w);
        /* (a place after its preposition stays in the clause: "who
         * could be key to keeping order in Gaza after an Israeli
         * pullout") */
        if (r && r->t1 == w + 1 && r->t0 > stop + 1 && !r->dropped &&
            ex_country_or_place(r->ent.type) &&
            st->toks[r->t0 - 1].tag == KG_W_PREP) {
            w = r->t0;
            place = 1;
            continue;
        }
        if (st->toks[w].kind == KG_TOK_PUNCT || r)
            return NULL;
        if (ex_ing_modifier(st, w)) {
            /* (its object opens with an article, a number, "to" or
             * an actor: "holding three", "guarding the"; not a noun's
             * modifier: "US banking giant Citigroup") */
            static const char *const counts[] = {
                "two",  "three", "four",   "five",    "six",       "seven",
                "eight", "nine", "ten",    "dozens",  "hundreds",  "several",
                "thousands", "to", NULL};
            /* (or a preposition of place or motion: "Israeli jets
             * flying over Beirut bombed", "troops stationed along") */
            static const char *const where[] = {
                "over",   "in",    "near",  "along",   "across",  "through",
                "into",   "from",  "around", "inside", "outside", "off",
                "toward", "towards", NULL};
            const ex_tok *n = &st->toks[w + 1];
            size_t c;
            int open = n->tag == KG_W_DET || n->tag == KG_W_POSS ||
                       n->kind == KG_TOK_NUMBER || w + 1 == m->t0 ||
                       ex_pronoun_is(n, where);
            for (c = 0; counts[c] && !open; c++)
                open = !strcmp(n->lower, counts[c]);
            /* (and m is no infinitive's subject: "Congressmen urging
             * the U.S. to offer a bonus": the U.S. offers) */
            for (c = m->t1; c < t && open; c++)
                open = !ex_tok_is(st, c, "to");
            r = ex_actor_before(st, w);
            /* (not past a place: "Funaro spent two days in Washington
             * talking to officials and will visit Britain") */
            if (open && r)
                return place ? NULL : r;
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
        r = ex_actor_before(st, w);
        /* ("A former Palestinian security minister who could be key to
         * keeping order after an Israeli pullout met Arafat": a person's
         * plain nouns between the actor's name and "who") */
        if (!r && ex_tok_is(st, w, "who")) {
            size_t a = w, words = 0;
            while (a > 1 && words < 3 && ex_plain_word(st, a - 1)) {
                a--;
                words++;
            }
            r = a < w ? ex_actor_before(st, a) : NULL;
        }
        return r;
    }
    return NULL;
}

/* "Army reinforcements sent to bolster Congo's border region with Rwanda
 * have clashed with rebels", "Peacekeepers deployed in the south of
 * Lebanon fired at", "gunmen dressed in Iraqi army uniforms attacked": the
 * actor m nearest before a finite verb stands in a reduced passive
 * relative clause, a past participle right after the subject's noun
 * phrase and before a preposition; the verb's subject is the actor that
 * heads that phrase (up to two plain words after it: "Army
 * reinforcements").  The scan back from m crosses words, other actors and
 * prepositions, but no punctuation, subordinator or auxiliary, and m is
 * no clause's subject of its own ("after Ukraine attacked").  Returns the
 * head, or NULL. */
static const ex_mention *ex_reduced_passive_head(ex_state *st,
                                                 const ex_mention *m,
                                                 size_t t)
{
    static const char *const clause_openers[] = {
        "after", "before", "since", "until", "as", "once", "while",
        "because", "when", "where", "though", "although", "and", "or",
        "but", "than", NULL};
    size_t b = m->t0, w, stop, c;
    /* (a finite verb only: an infinitive's actor is another question,
     * "China called on the United States to remove curbs") */
    if (t == 0 || ex_tok_is(st, t - 1, "to") || ex_ends_ing(st, t))
        return NULL;
    while (b > 0 && (st->toks[b - 1].tag == KG_W_DET ||
                     st->toks[b - 1].tag == KG_W_POSS))
        b--;
    if (b < 3 || ex_pronoun_is(&st->toks[b - 1], clause_openers) ||
        ex_subject_position(st, m))
        return NULL;
    /* (m right before the verb or its auxiliaries: the verb's own
     * subject needs no head beyond it) */
    for (c = m->t1; c < t; c++)
        if (st->toks[c].kind != KG_TOK_WORD)
            return NULL;
    stop = b > 16 ? b - 16 : 0;
    for (w = b; w-- > stop + 1;) {
        const ex_tok *k = &st->toks[w];
        const ex_mention *p = ex_mention_at(st, w), *r;
        size_t h, words = 0;
        if (p) {
            if (p->ent.is_value && !ex_is_date(&p->ent))
                return NULL;
            w = p->t0;
            continue;
        }
        if (k->kind != KG_TOK_WORD || k->quote != st->toks[m->t0].quote ||
            k->paren != st->toks[m->t0].paren || k->tag == KG_W_SUB ||
            k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
            k->tag == KG_W_FUTURE || k->tag == KG_W_SPEECH ||
            k->tag == KG_W_COND || ex_pronoun_is(k, clause_openers))
            return NULL;
        if (k->tag != KG_W_NONE || (k->flags & KG_TOKF_CAP) ||
            !ex_participle_form(st, w) || ex_ends_ing(st, w))
            continue;
        /* the participle: before a preposition or "to" ("sent to",
         * "deployed in", "backed by"), after the head's phrase */
        if (st->toks[w + 1].tag != KG_W_PREP && !ex_tok_is(st, w + 1, "to"))
            return NULL;
        /* (not a finite verb whose clause, with no "that", opens with m
         * right after a date phrase: "Iran denied on Monday its forces
         * had attacked", "admitted on Friday Iraqi troops had fired") */
        if (ex_when_phrase(st, w + 1) == b)
            return NULL;
        for (h = w; h > 0 && words < 2 && ex_plain_word(st, h - 1) &&
                    !st->toks[h - 1].trigger && !ex_participle_form(st, h - 1);)
            h--, words++;
        r = ex_actor_before(st, h);
        if (!r || !ex_subject_position(st, r))
            return NULL;
        return r;
    }
    return NULL;
}

/* Does mention m end in a plural common noun ("Turkish officials",
 * "Nepalese authorities"; not a name, "the Philippines")? */
static int ex_plural_noun_end(const ex_state *st, const ex_mention *m)
{
    const ex_tok *t = &st->toks[m->t1 - 1];
    size_t n = strlen(t->lower);
    return m->t1 > m->t0 && t->kind == KG_TOK_WORD &&
           !(t->flags & KG_TOKF_CAP) && n > 3 && t->lower[n - 1] == 's' &&
           t->lower[n - 2] != 's';
}
static int ex_broker_mention(const ex_state *st, const ex_mention *m);

/* "sailed through the Taiwan Strait in a show of force", "in what Athens
 * called a deliberate display of military muscle", "exercises that Riga
 * described as an open display of force": a show of force (a noun at
 * token t) named as the manner of the clause's act is that act, by the
 * clause's subject.  The token that opens the phrase ("in", or "what" /
 * "that" of the caller's words), or 0 when it is no such phrase (an
 * opener at token 0 has no clause before it: 0 too). */
size_t ex_show_adjunct(const ex_state *st, size_t t)
{
    static const char *const shows[] = {"show", "display", NULL};
    size_t j = t, k;
    if (!ex_pronoun_is(&st->toks[t], shows) || t + 1 >= st->ntoks ||
        !ex_tok_is(st, t + 1, "of"))
        return 0;
    /* (past up to two adjectives: "a deliberate display") */
    while (j > 0 && t - j < 2 && st->toks[j - 1].kind == KG_TOK_WORD &&
           st->toks[j - 1].tag == KG_W_NONE &&
           !(st->toks[j - 1].flags & KG_TOKF_CAP))
        j--;
    if (j < 2 || st->toks[j - 1].tag != KG_W_DET)
        return 0;
    j--;
    if (ex_tok_is(st, j - 1, "in"))
        return j - 1;
    if (!(ex_tok_is(st, j - 1, "called") ||
          (j > 2 && ex_tok_is(st, j - 1, "as") &&
           ex_tok_is(st, j - 2, "described"))))
        return 0;
    for (k = j - 1; k > 1 && j - k < 8; k--)
        if ((ex_tok_is(st, k - 1, "what") && ex_tok_is(st, k - 2, "in")) ||
            ex_tok_is(st, k - 1, "that"))
            return k - 1;
    return 0;
}

/*
 * Subject of the trigger at token t: a verb (noun 0), a noun (1) or a
 * noun of a mutual relation (2), which may also be said of its subject
 * through "is" ("Türkiye is friends with America").  *pronoun is set when
 * it was reached through a pronoun.  Returns NULL when the subject is not
 * an actor kg knows (we, they, an unknown noun phrase).
 */
/* Is the speech verb at token v a tail's, its speaker's words (up to
 * five) after a comma: ", Russian investigators said"? */
static int ex_tail_speech(const ex_state *st, size_t v)
{
    size_t p;
    for (p = v; p-- > 0 && v - p <= 6;) {
        if (ex_tok_punct(st, p, ','))
            return p + 1 < v;
        if (st->toks[p].kind != KG_TOK_WORD)
            return 0;
    }
    return 0;
}

static int ex_force_code(const char *code);

static const kg_entity *ex_subject_near(ex_state *st, size_t t,
                                        int participle, int noun,
                                        const ex_mention **sm, int *pronoun);

/* Is the "that" at token i a relative pronoun standing for the actor
 * right before it: "an Islamic militant group that claimed to have
 * kidnapped two French journalists", "the group that seized the
 * engineers" (no comma, a finite verb right after "that")?  "warned
 * Syria that troops would" and "said that" are complement clauses. */
static int ex_verb_starts(const ex_state *st, size_t j);
static int ex_plural_noun_end(const ex_state *st, const ex_mention *m);
static int ex_relative_that(const ex_state *st, size_t i)
{
    /* (people and bodies told by a plural or a group's noun: "regional
     * banks that have made loans to Brazil", "two Indonesian women that
     * were released by Iraqi abductors"; not a thing kg gives an
     * agent, "a jumbo jet that has been modified", "intelligence that
     * backed its case") */
    static const char *const groups[] = {"group", "faction", "movement",
                                         "organisation", "organization",
                                         "gang", "cell", "men", "women",
                                         "people", "children", "police",
                                         NULL};
    const ex_mention *r;
    if (!ex_tok_is(st, i, "that") || i == 0 || !ex_verb_starts(st, i + 1))
        return 0;
    r = ex_actor_before(st, i);
    /* (nor a group named again with "the": "expanding its campaign
     * against the militant group that has seized parts of Iraq" is the
     * Islamic State named before, which the bare noun does not code) */
    if (!r || ex_tok_is(st, r->t0, "the") ||
        (r->t0 > 0 && ex_tok_is(st, r->t0 - 1, "the")))
        return 0;
    return ex_plural_noun_end(st, r) ||
           ex_pronoun_is(&st->toks[i - 1], groups);
}

/* "The five unions meeting Mr Prescott want the government to withdraw
 * the rules", "Farmers visiting the president urged": is the actor sm,
 * right before the verb at t, the object of an -ing word (lower case, no
 * tag) right after another actor, articles and "Mr" aside?  That actor,
 * the head of the reduced relative clause, is the verb's subject; NULL
 * when there is none. */
static const ex_mention *ex_reduced_relative_head(const ex_state *st,
                                                  const ex_mention *sm,
                                                  size_t t)
{
    const ex_mention *hm;
    size_t p = sm->t0;
    if (sm->t1 != t || ex_is_ing(st, t))
        return NULL;
    while (p > 0 && (st->toks[p - 1].tag == KG_W_DET ||
                     ex_pronoun_is(&st->toks[p - 1], ex_honorifics)))
        p--;
    if (p < 2 || !ex_is_ing(st, p - 1) || st->toks[p - 1].tag != KG_W_NONE ||
        (st->toks[p - 1].flags & KG_TOKF_CAP))
        return NULL;
    hm = ex_actor_before(st, p - 1);
    return hm && hm != sm && hm->ent.code ? hm : NULL;
}

static int ex_and_past(const ex_state *st, size_t t);

/* "Mr Brown said America needed to do more but defended President Bush",
 * "Baker, who said the accord was still operative but criticised rises in
 * West German rates": a verb of judging or telling (defended, criticised,
 * praised, warned, urged, ...) right after "but", past a reported
 * clause whose verb (at j, any tense) stands between its subject and the
 * "but", is the speaker's contrast, not the reported subject's act
 * (prec25: the dev real-news extra politics/127 USA->USAGOV 052, also
 * in the precision sample). */
static int ex_but_verdict(const ex_state *st, size_t j, size_t t)
{
    static const char *const verdict[] = {
        "defended",  "criticised", "criticized", "praised",  "welcomed",
        "condemned", "warned",     "urged",      "accused",
        "blamed",    "rejected",   "called",     "dismissed", "backed",
        "questioned", NULL};
    size_t k;
    if (t < 2 || !ex_tok_is(st, t - 1, "but") ||
        !ex_pronoun_is(&st->toks[t], verdict) ||
        st->toks[j].kind != KG_TOK_WORD)
        return 0;
    /* (a clause of its own: no comma, quote edge or other "said" between) */
    for (k = j; k + 1 < t; k++)
        if (st->toks[k].kind == KG_TOK_PUNCT ||
            ex_tok_is(st, k, "said") || ex_tok_is(st, k, "says"))
            return 0;
    return 1;
}

/* "Blair said Labour would publish its plans next week and attacked the
 * Tory proposals", "He said Brazil had won time but warned it not to
 * waste it": a past verb after "and" or "but" (ex_and_past) whose
 * nearest actor, sm, is the subject of a clause told by a speech verb
 * ("said", "said that") with a verb group of another tense (a modal, a
 * future, "had", "has", "have") does what the speaker does: its subject
 * is the speech verb's.  The speech verb's token, or (size_t)-1. */
static size_t ex_speaker_and_past(const ex_state *st, const ex_mention *sm,
                                  size_t t)
{
    static const char *const say[] = {"said", "says", NULL};
    size_t v, j;
    if (!sm || sm->t0 < 2 || !ex_and_past(st, t))
        return (size_t)-1;
    v = sm->t0 - 1;
    if (ex_tok_is(st, v, "that") && v > 1)
        v--;
    if (!ex_pronoun_is(&st->toks[v], say))
        return (size_t)-1;
    j = sm->t1;
    if (j < t && (ex_is_adverb(st, j) || ex_tok_is(st, j, "too")))
        j++;
    if (j >= t || !(st->toks[j].tag == KG_W_MODAL ||
                    st->toks[j].tag == KG_W_FUTURE ||
                    ex_pronoun_is(&st->toks[j], ex_have_finite) ||
                    ex_but_verdict(st, j, t)))
        return (size_t)-1;
    return v;
}

/* "After meeting Japanese officials, Britain criticised Korea, accusing
 * Seoul of dumping", "In a letter to Japan, ...", "Speaking in Tokyo,
 * ...": a sentence that opens with a preposition, a subordinator or a
 * participle opens with a phrase of time, place or manner, whose actors
 * are not the main clause's subject.  The token after the comma that
 * closes it (before token t), or 0 when the sentence opens otherwise. */
static size_t ex_opening_phrase_end(const ex_state *st, size_t t)
{
    size_t k;
    if (st->ntoks == 0 || st->toks[0].kind != KG_TOK_WORD ||
        !(st->toks[0].tag == KG_W_PREP || st->toks[0].tag == KG_W_SUB ||
          ex_ends_ing(st, 0) || ex_ends_ed(st, 0)))
        return 0;
    /* (the participle's own comma closes no opening phrase: "After
     * Britain criticised Korea, accusing Seoul" is one clause; a short
     * phrase only, up to eight words, and not one whose comma goes on
     * with a list: "After travelling to France, Germany and Italy,") */
    for (k = 1; k + 1 < t && k <= 8; k++)
        if (ex_tok_punct(st, k, ',')) {
            const ex_mention *m = ex_mention_at(st, k + 1);
            if (m && m->t0 == k + 1 && m->t1 < st->ntoks &&
                (ex_tok_punct(st, m->t1, ',') || ex_tok_is(st, m->t1, "and")))
                return 0;
            return k + 1;
        }
    return 0;
}

/* "At the urging of French farmers, the commission agreed to ban
 * imports", "After talks with Germany, the committee decided to impose
 * sanctions": an actor m inside the opening phrase (ex_opening_phrase_
 * end) of a sentence whose main clause, before the verb at t, opens
 * with a subject kg codes no actor for (an article or a plain word, no
 * pronoun up to the verb) is no subject of that verb: the uncoded
 * subject is.  Not "After talks with Germany, he said" (a pronoun,
 * resolved as any). */
static int ex_opening_phrase_actor(const ex_state *st, const ex_mention *m,
                                   size_t t)
{
    size_t open = ex_opening_phrase_end(st, t), k;
    if (!open || m->t1 >= open || open >= t ||
        st->toks[open].kind != KG_TOK_WORD ||
        (st->toks[open].tag != KG_W_DET && st->toks[open].tag != KG_W_NONE))
        return 0;
    for (k = open; k < t; k++)
        if (st->toks[k].tag == KG_W_PRON || st->toks[k].tag == KG_W_POSS ||
            ex_mention_at(st, k))
            return 0;
    return 1;
}

const kg_entity *ex_subject(ex_state *st, size_t t, int participle,
                            int noun, const ex_mention **sm,
                            int *pronoun)
{
    const kg_entity *e = ex_subject_near(st, t, participle, noun, sm,
                                         pronoun);
    const ex_mention *hm;
    size_t v;
    if (e && *sm && !noun && !participle &&
        (v = ex_speaker_and_past(st, *sm, t)) != (size_t)-1)
        return ex_subject(st, v, 0, 0, sm, pronoun);
    if (e && *sm && !noun && !participle && !*pronoun &&
        (hm = ex_reduced_relative_head(st, *sm, t)) != NULL) {
        *sm = hm;
        return &hm->ent;
    }
    return e;
}

/* "Egypt says Iraq started the war by invading Kuwait", "diplomats said
 * Iraq broke the truce after shelling Basra": an -ing verb right after a
 * preposition of means or time (no comma) belongs to the nearest clause,
 * so when a verb of saying (not "told", whose next actor is the hearer)
 * stands between the sentence's subject m and the -ing word at t, its
 * reported clause's subject (past "that" and a date) does it.  That
 * subject's mention, or NULL.  (", accusing Baghdad" after a comma stays
 * the speaker's.) */
static const ex_mention *ex_means_reported_subject(const ex_state *st,
                                                   const ex_mention *m,
                                                   size_t t)
{
    static const char *const openers[] = {"by", "after", "before", "while",
                                          "without", "when", NULL};
    size_t j;
    if (t < 2 || !ex_pronoun_is(&st->toks[t - 1], openers))
        return NULL;
    for (j = m->t1; j + 1 < t; j++) {
        const ex_mention *r;
        size_t k;
        if (st->toks[j].tag != KG_W_SPEECH || ex_tok_is(st, j, "told"))
            continue;
        k = j + 1;
        if (ex_tok_is(st, k, "that"))
            k++;
        k = ex_when_phrase(st, k);
        if (k < t && (r = ex_actor_from(st, k)) != NULL && r->t1 < t &&
            !r->ent.is_value && r->ent.code && *r->ent.code)
            return r;
        return NULL;
    }
    return NULL;
}

static const kg_entity *ex_subject_near(ex_state *st, size_t t,
                                        int participle, int noun,
                                        const ex_mention **sm, int *pronoun)
{
    size_t i, stop = t > EX_SUBJECT_WINDOW ? t - EX_SUBJECT_WINDOW : 0;
    int trig_quote = st->toks[t].quote;
    int crossed = 0, copula = 0, verb = !noun && !participle, bare = 0;
    size_t open_words = 0;

    *sm = NULL;
    *pronoun = 0;
    st->subj_end = 0;
    st->light_verb = 0;
    if (noun == 1 && ex_show_adjunct(st, t)) {
        /* (the clause's subject, as a participle's: ex_show_adjunct) */
        participle = 1;
        noun = 0;
        verb = 0;
    }
    if (verb && t > 0 && ex_ends_ed(st, t) &&
        (ex_ends_ed(st, t - 1) || st->toks[t - 1].trigger ||
         ex_tok_is(st, t - 1, "said") || ex_tok_is(st, t - 1, "says")) &&
        t + 1 < st->ntoks && st->toks[t + 1].kind == KG_TOK_WORD &&
        st->toks[t + 1].tag != KG_W_PREP && st->toks[t + 1].tag != KG_W_DET)
        /* "freed detained British sailors", "chained captured UN
         * peacekeepers to bridges", "to release seized sailors", "said
         * detained sailors were well": an -ed word right after a past
         * verb, a verb kg read an act from or "said", before a bare noun
         * phrase, is an adjective of that verb's object, no act with a
         * subject of its own */
        return NULL;
    if (participle && t >= 3 && ex_tok_punct(st, t - 1, ',') &&
        st->toks[t - 2].tag == KG_W_SPEECH && ex_tail_speech(st, t - 2)) {
        /* "Militants set fire to a school, Russian investigators said,
         * blaming Chechen militants": a participle right after a tail's
         * speech verb is the speaker's, named right before the verb (a
         * noun after its actor at most); no speaker named there, no
         * subject */
        const ex_mention *vm;
        int vp;
        const kg_entity *v = ex_subject(st, t - 2, 0, 0, &vm, &vp);
        if (v && vm && !vp && vm->t1 + 2 >= t - 2) {
            *sm = vm;
            return v;
        }
        *sm = NULL;
        return NULL;
    }
    if (participle) {
        /* ", accusing it of ...": the subject of the main clause (past an
         * opening phrase: ex_opening_phrase_end) */
        size_t open_end = ex_opening_phrase_end(st, t);
        for (i = 0; i < st->nments; i++) {
            const ex_mention *m = &st->ments[i];
            if (m->t0 >= t)
                break;
            if (m->t0 < open_end)
                continue;
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
                       (n = ex_actor_at(st, j + 1)) != NULL && n->t1 < t) {
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
                /* ("Egypt says Iraq started the war by invading Kuwait":
                 * the reported clause's subject) */
                if ((x = ex_means_reported_subject(st, m, t)) != NULL)
                    m = x;
                *sm = m;
                return &m->ent;
            }
        }
    }
    for (i = t; i-- > stop;) {
        const ex_tok *k = &st->toks[i];
        const ex_mention *m, *om;
        size_t w;
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
        if (noun && i > stop + 1 && i + 1 < t &&
            !ex_tok_is(st, i + 1, "'s") &&
            (w = ex_before_when(st, i + 1)) < i && w > stop &&
            ex_light_verb(st, w)) {
            /* "announced on Christmas Eve a unilateral halt to
             * hostilities": a date phrase between a light verb and its
             * noun leaves the noun the verb's (a date's own act,
             * "carried out Tuesday's bombing", is the noun's phrase) */
            i = w;
            k = &st->toks[i];
        }
        if ((m = ex_mention_at(st, i)) != NULL) {
            size_t j; /* (the verb before a listed verb, below) */
            if (m->ent.is_value)
                continue;
            if (!participle && ex_opening_phrase_actor(st, m, t))
                return NULL;
            if (ex_broker_mention(st, m))
                return NULL; /* "Norwegian-brokered talks with the
                              * government": the broker, an adjective's
                              * actor, holds no talks (ex_hyphen_brokers
                              * reads its mediation) */
            st->subj_end = m->t1;
            if (verb && ex_listed_verb_after_object(st, m, t) &&
                ((j = ex_previous_trigger(st, m->t0)) != (size_t)-1 ||
                 (ex_past_verb_with_object(st, t) &&
                  (j = ex_previous_past_verb(st, m->t0)) != (size_t)-1))) {
                /* "a bill that would provoke retaliation against
                 * American exporters, destroy the Uruguay Round and":
                 * a verb of a list under one subject, after the object
                 * of the verb before it; its subject is that verb's */
                const kg_entity *e = ex_subject(st, j, 0, 0, sm, pronoun);
                /* (only a subject right before that verb, auxiliaries
                 * and modals aside: "the bill would anger farmers,
                 * condemn" after "Erdogan said" is the bill's) */
                if (e && *sm && (*sm)->t1 + 3 >= j && (*sm)->t1 <= j)
                    return e;
                *sm = NULL;
                *pronoun = 0;
                return NULL;
            }
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
                /* (the apposition's comma is the last before the verb:
                 * in "Speaking in Geneva, Macron, in a statement, said"
                 * an aside follows Macron, who is no apposition of
                 * Geneva) */
                for (c = close + 1; close != (size_t)-1 && c < t; c++)
                    if (ex_tok_punct(st, c, ','))
                        close = (size_t)-1;
                /* (m ends a list of actors after a preposition: "which
                 * has offices in London, Paris and Zurich, refused": no
                 * apposition) */
                if (open != (size_t)-1 && ex_pp_list_tail(st, open, m))
                    open = (size_t)-1;
                if (close != (size_t)-1 && open != (size_t)-1 && open > 0) {
                    const ex_mention *p = ex_mention_at(st, open - 1);
                    if (p && !p->ent.is_value) {
                        *sm = ex_pp_head(st, p);
                        return &(*sm)->ent;
                    }
                }
                if (verb && (*sm = ex_relative_head(st, m, t, &bare)) != NULL) {
                    st->subj_end = (*sm)->t1;
                    return &(*sm)->ent;
                }
                if (bare)
                    return NULL; /* "The ministers, meeting in Brussels," */
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
            if (verb && (*sm = ex_reduced_passive_head(st, m, t)) != NULL) {
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
                const ex_mention *g = ex_actor_before(st, b + 1);
                if (g && ex_coordinated(st, g, group, 1) == 1) {
                    *sm = g;
                    *pronoun = 1;
                    st->subj_end = i + 1;
                    return &g->ent;
                }
            }
            if (ex_tok_is(st, i, "their")) {
                /* "American troops continued their crackdown in Iraq",
                 * "Iranian forces renewed their assault on": the light
                 * verb's own subject when it is an armed force (troops,
                 * police, rebels) named by a plural noun; people of
                 * other sectors are as often the subject of a clause
                 * the act is not theirs in ("farmers took their tractors
                 * to the roads", "companies may continue their recent
                 * rally" on the stock market) */
                const ex_mention *g;
                int gp;
                /* (the inner call sets subj_end: put back when it finds
                 * no armed force, as ex_subject_of_m does) */
                size_t subj_end = st->subj_end;
                if (ex_subject(st, i - 1, 0, 0, &g, &gp) && g && !gp &&
                    !g->dropped && g->t1 <= i - 1 &&
                    ex_force_code(g->ent.code) && ex_plural_noun_end(st, g)) {
                    *sm = g;
                    *pronoun = 1;
                    st->subj_end = i + 1;
                    return &g->ent;
                }
                st->subj_end = subj_end;
            }
            if (ex_tok_is(st, i, "they")) {
                /* "Russian police said they had arrested 50 activists",
                 * "Syrian rebels said they would free", "the Taliban say
                 * they will release": a group that speaks or reports of
                 * itself (the group named right before the speech verb,
                 * "that" aside; a country or a person says "it", "he") */
                /* ("Jakarta police warned they would impose a curfew",
                 * "opposition leaders vowed they would": a warning or a
                 * vow of the group's own act, ex_warned_by_same) */
                static const char *const report[] = {
                    "said", "say", "says", "told", "added", "announced",
                    "claimed", "reported", "warned", "warns", "warn",
                    "vowed", "vows", "vow", NULL};
                size_t v = i - 1, a;
                const ex_mention *g, *h;
                if (v > 0 && ex_tok_is(st, v, "that"))
                    v--;
                v = ex_before_when(st, v + 1); /* "said on Friday they" */
                /* ("Peruvian officials have said they will": the group
                 * stands before the verb's "has", "have" or "had") */
                a = v >= 2 && ex_pronoun_is(&st->toks[v - 1], ex_have_finite)
                        ? v - 1
                        : v;
                g = a > 0 ? ex_mention_at(st, a - 1) : NULL;
                /* (wire copy's "Serbian opposition leaders said they
                 * would call off the protests", "Hamas officials said
                 * they": the body's people, a plural noun after its
                 * name, speak for it) */
                if (!g && a >= 2 && (h = ex_people_of_body(st, a - 1)) != NULL)
                    g = h;
                /* ("Followers of Muqtada al-Sadr said they will begin
                 * handing weapons over": a leader's backers speak of
                 * themselves, the crowd ex_supporters reads, not the
                 * leader named after "of") */
                if (g && g->t1 == a && !g->dropped && !g->ent.is_value &&
                    g->t0 >= 2 && ex_leader_or_office(&g->ent) &&
                    (st->toks[v].tag == KG_W_SPEECH ||
                     ex_pronoun_is(&st->toks[v], report))) {
                    kg_entity *crowd = kg_arena_alloc(&st->arena,
                                                      sizeof(*crowd));
                    const kg_entity *c =
                        crowd ? ex_supporters(st, g, &g->ent, crowd) : NULL;
                    if (c && c != &g->ent) {
                        *sm = g;
                        *pronoun = 1;
                        st->subj_end = i + 1;
                        return c;
                    }
                }
                /* ("rebels in Darfur said they": the group the place
                 * phrase locates) */
                if (g && g->t1 == a && (h = ex_speaker_pp_head(st, g)))
                    g = h;
                /* ("Nepalese authorities said they would clamp a
                 * curfew", "Turkish officials said they": a state's
                 * organ named by a plural noun, coded as its state's
                 * node, speaks of itself as "they" too) */
                if (g &&
                    (st->toks[v].tag == KG_W_SPEECH ||
                     ex_pronoun_is(&st->toks[v], report)) &&
                    !g->dropped && g->t1 <= v && !g->ent.is_value &&
                    g->ent.type &&
                    (!strcmp(g->ent.type, "Group") ||
                     ex_plural_noun_end(st, g))) {
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
            /* "Britain gave its support to France", "lent his backing
             * to": a light verb's own possessive before the noun leaves
             * the noun the verb's act, its prepositions too */
            if (noun && k->tag == KG_W_POSS && i > 0 &&
                ex_light_verb(st, i - 1))
                st->light_verb = 1;
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
        if (ex_tok_is(st, i, "who") || ex_tok_is(st, i, "which") ||
            ex_relative_that(st, i)) {
            /* ("that" only before a finite verb: it opens complement
             * clauses as often, "told Iran that sanctions would") */
            /* "Turkey, which has blocked Sweden": the relative pronoun
             * stands for the actor right before it */
            size_t j = i;
            const ex_mention *r;
            if (j > 0 && ex_tok_punct(st, j - 1, ','))
                j--;
            j = ex_before_abbrev(st, j);
            r = j > 0 ? ex_mention_at(st, j - 1) : NULL;
            if (!r && j > 0 && j < i && ex_tok_is(st, i, "who") &&
                (r = ex_people_of_body(st, j - 1)) != NULL &&
                st->toks[r->t0].quote == trig_quote) {
                /* "the Palestinian militant group's leaders, who accused
                 * Israel": the body its people speak for */
                *sm = r;
                st->subj_end = j;
                return &r->ent;
            }
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
int ex_subject_position(const ex_state *st, const ex_mention *m)
{
    const ex_mention *m0 = m;
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
        /* ("killed 18 people as the US Defence Secretary, Donald
         * Rumsfeld, declared": "as" before a subject and its finite
         * verb opens a clause, as "while" does, the apposition's comma
         * between; not "such as Japan and China", "seen as Japan's
         * answer") */
        if (k->tag != KG_W_CONJ)
            return k->kind == KG_TOK_PUNCT || k->tag == KG_W_SUB ||
                   k->tag == KG_W_SPEECH ||
                   (ex_tok_is(st, b - 1, "as") &&
                    ex_verb_starts(st, m0->t1 + (m != m0 &&
                                                 ex_tok_punct(st, m0->t1,
                                                              ','))));
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
const ex_mention *ex_last_subject(const ex_state *st, size_t t,
                                  size_t i, int no_that)
{
    const ex_mention *cm = NULL;
    size_t k;
    for (k = 0; k < st->nments && st->ments[k].t0 < t; k++) {
        const ex_mention *c = &st->ments[k];
        size_t b = c->t0;
        b = ex_before_dets(st, b);
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
int ex_in_list(const char *list, const char *word)
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

/* ---- objects ---------------------------------------------------------- */

/* Token j past a hedge before a sum ("worth more than 14 mln dlrs",
 * "worth about", "worth up to", "worth an estimated", "as much as"): the
 * sum's first token, or j when no hedge stands there. */
static size_t ex_sum_hedge(const ex_state *st, size_t j)
{
    static const char *const two[][2] = {
        {"more", "than"}, {"less", "than"}, {"up", "to"}, {"at", "least"},
        {"an", "estimated"}};
    size_t k;
    if (j < st->ntoks && ex_pronoun_is(&st->toks[j], ex_approx_words))
        return j + 1;
    if (j + 2 < st->ntoks && ex_tok_is(st, j, "as") &&
        ex_tok_is(st, j + 1, "much") && ex_tok_is(st, j + 2, "as"))
        return j + 3;
    for (k = 0; k < sizeof two / sizeof two[0]; k++)
        if (j + 1 < st->ntoks && ex_tok_is(st, j, two[k][0]) &&
            ex_tok_is(st, j + 1, two[k][1]))
            return j + 2;
    return j;
}

/* A hedge and the sum of money it opens at token j ("as much as 300 mln
 * dlrs", "up to 2 bln dlrs"): the token after the sum, or j. */
static size_t ex_hedged_sum_end(const ex_state *st, size_t j)
{
    size_t h = ex_sum_hedge(st, j);
    const ex_mention *m = h > j && h < st->ntoks ? ex_mention_at(st, h) : NULL;
    return m && m->t0 == h && !m->dropped && m->ent.is_value &&
                   m->ent.type && !strcmp(m->ent.type, "MonetaryAmount")
               ? m->t1
               : j;
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
    j = ex_after_dets(st, j);
    m = ex_actor_at(st, j);
    return m ? j : (size_t)-1;
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

/* "an attack on a U.S.-flagged Kuwaiti ship" (also "U.S.- flagged",
 * "U.S. flagged"): the flag a ship flies before the nationality of its
 * owner is no party; the owner is (a flag alone still names it: "a
 * U.S.-flagged tanker").  Returns the owner's first token, or 0. */
static size_t ex_flag_mention(const ex_state *st, const ex_mention *m)
{
    const char *h;
    size_t j = m->t1;
    const ex_mention *o;
    if (m->t1 <= m->t0)
        return 0;
    h = strrchr(st->toks[m->t1 - 1].lower, '-');
    if (!(h && !strcmp(h, "-flagged"))) {
        if (j < st->ntoks && ex_tok_punct(st, j, '-'))
            j++;
        if (j >= st->ntoks || !(ex_tok_is(st, j, "flagged") ||
                                ex_tok_is(st, j, "-flagged")))
            return 0;
        j++;
    }
    o = ex_actor_at(st, j);
    return o && o->ent.country && *o->ent.country ? j : 0;
}

/* "military exercises", "military support to Lebanon": a sector noun
 * with no country before a lower-case noun modifies it; it is no party.
 * Nor is one in apposition before an organisation's or armed group's
 * name, which it only describes: "the opposition party HDP", "the
 * militia Hezbollah". */
/* Does the word w end in a possessive apostrophe ("rebels'", "banks'")? */
static int ex_plural_possessive(const char *w)
{
    size_t n = strlen(w);
    return n > 1 && w[n - 1] == '\'';
}

static int ex_irregular_code(const char *code);
static int ex_owned_thing(const ex_tok *t);
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
    /* ("condemned the students' protest", "talks with the banks'
     * steering committee": a plural possessive, its apostrophe ending the
     * mention's last token, names the owner, no modifier; "the firm's"
     * is left as before: "voiced opposition to the firm's takeover" is
     * the firm's act, its owner no party) */
    if (ex_plural_possessive(st->toks[m->t1 - 1].lower))
        return 0;
    if (next->kind == KG_TOK_WORD && next->tag == KG_W_NONE &&
        !(next->flags & KG_TOKF_CAP) &&
        !(ex_pronoun_is(next, where) && !ex_tok_is(st, m->t0, "people")) &&
        /* ("an accord with foreign banks extending their loans": a
         * plural noun before an -ing word with an object or a particle
         * of its own after it is the one acting, no modifier, as "bank
         * lending" is; "aid groups working in Darfur" are left as
         * before) */
        !(ex_plural_noun(st, m->t1 - 1) &&
          ex_ends_ing(st, m->t1) && m->t1 + 1 < st->ntoks &&
          st->toks[m->t1 + 1].kind == KG_TOK_WORD &&
          st->toks[m->t1 + 1].tag != KG_W_PREP) &&
        !ex_pronoun_is(next, own) &&
        /* ("attacked rebel positions", "raided militant hideouts":
         * an armed group's places are the group, as "positions of
         * Hezbollah" are; "military bases" stay a thing) */
        !(ex_irregular_code(m->ent.code) &&
          ex_owned_thing(next)))
        return 1;
    nm = ex_actor_at(st, m->t1);
    return nm && nm->kind == KG_NAME_PROPER && nm->oe && nm->ent.code &&
           *nm->ent.code && !ex_sector_only(&nm->ent) &&
           ex_group_or_org(nm->oe->type);
}

/* Is word (lower case) one of rel's pattern words, or its plural? */
int ex_pattern_word(const kg_onto_relation *rel, const char *word)
{
    const char *p = rel->pattern;
    size_t n = strlen(word);
    while (*p) {
        size_t k = strcspn(p, " ");
        if ((k == n && !strncmp(p, word, n)) ||
            (k + 1 == n && word[k] == 's' && !strncmp(p, word, k)) ||
            /* ("agencies" for "agency") */
            (k > 1 && k + 2 == n && p[k - 1] == 'y' &&
             !strcmp(word + k - 1, "ies") && !strncmp(p, word, k - 1)))
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

/* "Iranian police beat protesters": an entry of force that ends in the
 * people it falls on ("beat * protester") names its target with its last
 * word.  Such a group with no country said (---CVL) is the party, made
 * the police's own people later (ex_home_civilians), as it is when it
 * follows a plain verb ("attacked protesters"). */
static int ex_gap_victims(const ex_state *st, const ex_mention *m,
                          size_t t1, const kg_onto_relation *rel)
{
    return m->t1 == t1 && !rel->prep && rel->cameo &&
           (!strncmp(rel->cameo, "17", 2) ||
            !strncmp(rel->cameo, "18", 2)) &&
           ex_pattern_word(rel, st->toks[t1 - 1].lower);
}

/* The first token that starts at or after byte offset off (an entity's
 * start or end), st->ntoks when none does. */
size_t ex_tok_from(const ex_state *st, size_t off)
{
    size_t t;
    for (t = 0; t < st->ntoks && st->toks[t].start < off; t++)
        ;
    return t;
}

/* "Prime Minister Lopez survived two no-confidence votes in Chile's
 * parliament": a legislature after "in" (perhaps after an article) right
 * after a no-confidence noun is where the vote was held and who holds
 * it, no target (ex_undergone_acts codes it on the one who survives or
 * faces it). */
int ex_vote_venue(const ex_state *st, const kg_entity *e,
                  const kg_onto_relation *rel)
{
    size_t b;
    if (e->is_value || !rel->noun || !rel->pattern || !e->code ||
        !ex_code_ends(e->code, "LEG") ||
        !(strstr(rel->pattern, "confidence") ||
          strstr(rel->pattern, "censure")))
        return 0;
    b = ex_tok_from(st, e->start);
    if (b < 2 || b >= st->ntoks || st->toks[b].start != e->start)
        return 0;
    if (st->toks[b - 1].tag == KG_W_DET)
        b--;
    return ex_tok_is(st, b - 1, "in");
}

/* "threatened to quit the four-party talks in Geneva", "suspended peace
 * talks in Oslo": is the object e a city (a capital or a place, not a
 * country written as such) after "in" or "at" right after the talks of
 * a talks entry ("quit * talk", "talks", "negotiations", whose party
 * follows "with")?  It is where they are held, not whom with. */
int ex_talks_venue(const ex_state *st, const kg_entity *e,
                   const kg_onto_relation *rel)
{
    static const char *const talks[] = {"talk",       "talks",
                                        "negotiation", "negotiations",
                                        NULL};
    const ex_mention *m;
    size_t b;
    if (e->is_value || !rel->prep || !ex_in_list(rel->prep, "with") ||
        (!ex_pattern_word(rel, "talk") &&
         !ex_pattern_word(rel, "negotiation")))
        return 0;
    b = ex_tok_from(st, e->start);
    if (b < 2 || b >= st->ntoks || st->toks[b].start != e->start ||
        !(m = ex_mention_at(st, b)) || m->t0 != b)
        return 0;
    /* (a country's name is a party: "talks in Syria" may be about it) */
    if (!(m->kind == KG_NAME_METONYM ||
          (m->ent.type && !strcmp(m->ent.type, "Place")) ||
          (m->oe && m->oe->type && !strcmp(m->oe->type, "Country") &&
           m->ent.text && m->oe->label &&
           strcmp(m->ent.text, m->oe->label) != 0 &&
           m->kind == KG_NAME_PROPER)))
        return 0;
    if (!(ex_tok_is(st, b - 1, "in") || ex_tok_is(st, b - 1, "at")))
        return 0;
    return ex_pronoun_is(&st->toks[b - 2], talks);
}

/* Is mention m a city (a capital standing for its state, or a place)
 * that names the accord after it ("the Oslo accords", "the Minsk
 * agreements", "the Dayton accord", "the Geneva conventions")?  Not a
 * country ("the Iran deal" is a deal with Iran), and not talks or a
 * summit, which a city hosts. */
static int ex_named_accord(const ex_state *st, const ex_mention *m)
{
    static const char *const accords[] = {
        "accord",    "accords",     "agreement", "agreements", "truce",
        "protocol",  "protocols",   "treaty",    "ceasefire",  "cease-fire",
        "pact",      "convention",  "conventions", "declaration", "format",
        "process",   "memorandum",  NULL};
    /* ("the Lusaka peace protocol", "the Oslo peace accords", "the
     * Dayton peace agreement": what the accord is about, between) */
    static const char *const about[] = {"peace", "trade", "border",
                                        "security", "framework", NULL};
    size_t a = m->t1;
    if (a + 1 < st->ntoks && ex_pronoun_is(&st->toks[a], about))
        a++;
    if (a >= st->ntoks || !ex_pronoun_is(&st->toks[a], accords))
        return 0;
    /* (or a name kg has no code for: "the Easter truce", "the Christmas
     * ceasefire" are named after their day) */
    return m->kind == KG_NAME_METONYM ||
           (m->ent.type && !strcmp(m->ent.type, "Place")) ||
           (m->kind == KG_NAME_PROPER && !m->ent.is_value &&
            (!m->ent.code || !*m->ent.code));
}

/* "want the EU budget to be capped": is mention m, inside the gap of an
 * appeal pattern ending in "to" (i to t1), only a modifier of the plain
 * noun after it?  The one asked is then that noun, no actor ("want Iran
 * formally to": an adverb after the name keeps it). */
static int ex_gap_modifier(const ex_state *st, const ex_mention *m, size_t t1,
                           const kg_onto_relation *rel)
{
    /* ("wants other G8 nations to match": a noun of actors is asked) */
    static const char *const actors[] = {
        "countries", "nations", "states",   "members",  "leaders",
        "officials", "partners", "allies",  "governments", "ministers",
        "country",   "nation",  "state",    "government", "leader",
        "authorities", NULL};
    const ex_tok *q;
    size_t n;
    if (!rel->cameo || strncmp(rel->cameo, "02", 2) != 0 || !rel->pattern ||
        (n = strlen(rel->pattern)) < 3 || strcmp(rel->pattern + n - 3, " to") ||
        m->t1 + 1 >= t1 || !ex_tok_is(st, t1 - 1, "to"))
        return 0;
    q = &st->toks[m->t1];
    return ex_plain_word(st, m->t1) && !ex_pronoun_is(q, actors) &&
           !ex_is_adverb(st, m->t1);
}

/* "ordered the French medical charity Medecins Sans Frontieres to
 * leave": a bare demonym m, up to three plain words (what the named one
 * is) and a name before token t1: the name's mention, the head of the
 * phrase, or m itself. */
static const ex_mention *ex_demonym_head(const ex_state *st,
                                         const ex_mention *m, size_t t1)
{
    size_t j, words = 0;
    if (m->kind != KG_NAME_DEMONYM || m->t1 != m->t0 + 1)
        return m;
    for (j = m->t1; j < t1 && words <= 3; j++) {
        const ex_mention *n = ex_mention_at(st, j);
        if (n && n->t0 == j) {
            return words && n->kind == KG_NAME_PROPER && n->t1 <= t1 &&
                           !n->dropped && !n->ent.is_value &&
                           n->ent.code && *n->ent.code
                       ? n
                       : m;
        }
        if (st->toks[j].kind != KG_TOK_WORD ||
            st->toks[j].tag != KG_W_NONE)
            return m;
        words++;
    }
    return m;
}

/* "The government called the miners' strike a plot", "the union
 * staged the teachers' protest": the possessor right before a protest
 * pattern's last word (root 14) is who protests, not whom the pattern's
 * subject acts on. */
static int ex_gap_protester(const ex_state *st, const ex_mention *m,
                            size_t t1, const kg_onto_relation *rel)
{
    const char *w;
    size_t n, e = m->t1;
    if (!rel->cameo || strncmp(rel->cameo, "14", 2) != 0)
        return 0;
    if (e < t1 && (ex_tok_is(st, e, "'s") || ex_tok_is(st, e, "'")))
        e++;
    else {
        w = st->toks[m->t1 - 1].lower;
        n = strlen(w);
        if (!(n > 2 && w[n - 1] == '\'' && w[n - 2] == 's'))
            return 0;
    }
    return e + 1 == t1;
}

/* "US troops drove out insurgents", "an offensive to root out the
 * militants": the armed men an act of force (root 19) names in its own
 * pattern are whom it is fought against, even with no country (---REB),
 * not a sector word the actor moves; a plural or a rebel code, so that
 * "used force" (the actor's own) stays none. */
static int ex_gap_foes(const ex_state *st, const ex_mention *m,
                       const kg_onto_relation *rel)
{
    const char *w = st->toks[m->t1 - 1].lower;
    size_t n = strlen(w);
    return rel->cameo && !strncmp(rel->cameo, "19", 2) &&
           ex_pattern_word(rel, w) &&
           (ex_code_ends(m->ent.code, "REB") || (n > 3 && w[n - 1] == 's'));
}

/* The first actor inside the trigger tokens (i, t1), which a pattern's
 * '*' absorbed, or NULL.  A name kg has no code for gives way to a coded
 * actor later in the gaps ("opened the Irrawaddy delta to UN relief
 * workers": the place opened, then those let in). */
const ex_mention *ex_gap_object(const ex_state *st, size_t i,
                                size_t t1, const kg_onto_relation *rel)
{
    size_t j;
    const ex_mention *uncoded = NULL;
    for (j = i + 1; j < t1; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        /* ("withdraw its troops", "deploy more troops": a sector with no
         * country that the pattern names is what moves, not a party; an
         * opposition, a party or a parliament is one, "gave in to
         * opposition demands", unless the pattern names the word itself:
         * "voiced opposition to") */
        size_t p = j;
        /* ("used excessive force", "voiced opposition to", "join forces
         * with", "gave an intelligence briefing": the pattern's own bare
         * word is that sector word still when the story has given it a
         * country, "force" CIVMIL, "opposition" JPNOPP: forces moved or
         * used, intelligence shared, opposition voiced; the people,
         * papers, parties and parliaments a pattern names are what it
         * acts on: "released 9,000 prisoners", "shut down critical
         * newspapers", "lifted a ban on parties") */
        size_t cl = m && m->ent.code ? strlen(m->ent.code) : 0;
        int own_word = cl >= 6 && m->t1 == m->t0 + 1 &&
                       (!strcmp(m->ent.code + cl - 3, "MIL") ||
                        !strcmp(m->ent.code + cl - 3, "OPP") ||
                        !strcmp(m->ent.code + cl - 3, "SPY")) &&
                       !(st->toks[m->t0].flags & KG_TOKF_CAP) &&
                       ex_pattern_word(rel, st->toks[m->t0].lower);
        while (p > i + 1 && st->toks[p - 1].tag == KG_W_DET)
            p--;
        if (m && m->t0 == j && m->t1 <= t1 && !m->dropped &&
            !m->ent.is_value && !ex_is_date(&m->ent) &&
            !ex_broker_mention(st, m) &&
            !ex_named_accord(st, m) && /* ("broke the Minsk truce") */
            ((!ex_sector_only(&m->ent) && !own_word) ||
             (ex_domestic_agent(m->ent.code) && m->t1 == m->t0 + 1 &&
              !ex_pattern_word(rel, st->toks[m->t0].lower)) ||
             ex_gap_victims(st, m, t1, rel) || ex_gap_foes(st, m, rel) ||
             /* ("police beat demonstrators", "troops beat villagers":
              * the people an assault's pattern names are its victims,
              * not what the actor moves) */
             (rel->cameo && !strncmp(rel->cameo, "18", 2) &&
              ex_pattern_word(rel, st->toks[m->t1 - 1].lower)) ||
             /* ("used thousands of civilians as human shields": the
              * people an assault's gap names are its victims too) */
             (rel->cameo && !strncmp(rel->cameo, "18", 2) &&
              ex_code_ends(m->ent.code, "CVL")) ||
             /* ("expelled 13 aid agencies from Darfur": those a
              * withdrawal of aid or monitors names are whom it hits;
              * "from" gives only where from; not "the aid group Doctors
              * Without Borders", whose name follows) */
             (rel->cameo && !strncmp(rel->cameo, "166", 3) &&
              ex_pattern_word(rel, st->toks[m->t1 - 1].lower) &&
              !(m->t1 < st->ntoks && ex_mention_at(st, m->t1)))) &&
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
               ex_country_or_place(m->ent.type))) &&
            !ex_gap_modifier(st, m, t1, rel) &&
            !ex_gap_protester(st, m, t1, rel)) {
            if (m->ent.code && *m->ent.code &&
                (!uncoded ||
                 /* (not a place: "forced a Lufthansa plane bound for Tel
                  * Aviv to land"; nor the noun the name modifies, "Karen
                  * villagers", whose code only the context gave) */
                 (m->kind != KG_NAME_METONYM && m->t0 != uncoded->t1 &&
                  !(m->ent.type && !strcmp(m->ent.type, "Place")))))
                return ex_demonym_head(st, m, t1);
            if (!uncoded)
                uncoded = m;
            j = m->t1 - 1;
        }
    }
    return uncoded;
}

/* "the crackdown in Belarus", "the executions in Iran": a noun of what
 * a state does to its own people at token i, then "in" and a country or
 * a place (an article between); the place's mention, or NULL. */
static const ex_mention *ex_state_deed_place(const ex_state *st, size_t i)
{
    static const char *const deeds[] = {
        "crackdown", "crackdowns", "repression", "execution", "executions",
        "coup", "persecution", "detentions", "arrests", "abuses",
        "violence", "clampdown", NULL};
    const ex_mention *m;
    if (i + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[i], deeds) ||
        !ex_tok_is(st, i + 1, "in"))
        return NULL;
    if (!(m = ex_actor_from(st, i + 2)) || !m->ent.type ||
        !m->ent.code || !ex_country_or_place(m->ent.type) ||
        (m->t1 < st->ntoks && ex_tok_possessive(st, m->t1)))
        return NULL;
    return m;
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

/* "killed Abu Ali, a Palestinian militant commander, in Jenin", "seized
 * the Stena Impero, a British tanker": an object kg cannot code (an
 * unknown name, a person of no known country) with an apposition opened
 * by "a" or "an" after the comma at token c, whose actor m is followed by
 * at most two lower-case nouns before the apposition ends (a comma or the
 * sentence's end): the apposition says whose it is. */
static int ex_coded_apposition(const ex_state *st, const kg_entity *prev,
                               size_t c, const ex_mention *m)
{
    size_t j = m->t1, words = 0;
    if (!ex_tok_punct(st, c, ',') || c + 1 >= st->ntoks ||
        !(ex_tok_is(st, c + 1, "a") || ex_tok_is(st, c + 1, "an")) ||
        (prev->code && prev->code[0]) || m->ent.is_value || !m->ent.code ||
        !m->ent.code[0])
        return 0;
    while (j < st->ntoks && words < 2 && ex_plain_word(st, j) &&
           !st->toks[j].trigger) {
        j++;
        words++;
    }
    return words > 0 && j < st->ntoks &&
           (ex_tok_punct(st, j, ',') ||
            (j + 1 == st->ntoks && st->toks[j].kind == KG_TOK_PUNCT));
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
int ex_epithet_adj(const ex_state *st, size_t i)
{
    /* ("killed ethnic Albanians", "raped ethnic Shan women": "ethnic"
     * before a people names the people, the object kg codes) */
    static const char *const adjs[] = {"neighboring", "neighbouring",
                                       "fellow",      "warring",
                                       "tiny",        "impoverished",
                                       "ethnic",      NULL};
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
     * abusing Iraqi prisoners" are gerunds with objects of their own;
     * any word in -ly, not ex_is_ly_adverb: an -ly noun before the
     * participle, "the supply starved Turkish army", is the same
     * modifier) */
    if (n > 4 && !strcmp(w + n - 2, "ly") && i + 1 < st->ntoks &&
        ex_ends_ed(st, i + 1))
        return 1;
    return ex_pronoun_is(&st->toks[i], adjs);
}

/* "ready to work with the new Polish government", "backed the new Afghan
 * administration": "new" before a country's body (a mention coded with a
 * sector: POLGOV) is the body's time, as "interim" is.  Not before a
 * bare nationality or a thing: "a new US-friendly treaty", "new Iraqi oil
 * contracts" stay without an actor.  */
static int ex_new_before_body(const ex_state *st, size_t i)
{
    const ex_mention *m, *c;
    size_t k;
    if (!ex_tok_is(st, i, "new") || i + 1 >= st->ntoks)
        return 0;
    m = ex_actor_at(st, i + 1);
    if (!m)
        return 0;
    /* (a body named with its country: two words or more, or one before
     * "of" or "in" and the country, "the new government in Poland"; not
     * a bare "government", "firm" or "embassies" a sentence's country is
     * lent to, "ruled out any new government initiative") */
    if (m->t1 == i + 2) {
        k = m->t1 + 1;
        if (k >= st->ntoks ||
            !(ex_tok_is(st, m->t1, "of") || ex_tok_is(st, m->t1, "in")))
            return 0;
        k = ex_after_dets(st, k);
        c = k < st->ntoks ? ex_mention_at(st, k) : NULL;
        if (!c || c->t0 != k || c->dropped || !c->ent.type ||
            !ex_country_or_place(c->ent.type))
            return 0;
    }
    return m->ent.code && m->ent.country &&
           strlen(m->ent.code) > strlen(m->ent.country) &&
           !strncmp(m->ent.code, m->ent.country, strlen(m->ent.country));
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
        "peaceful",  "angry",    "defenceless", "defenseless",
        /* ("arrested striking miners": the strikers, ex_may_trigger) */
        "striking",  NULL};
    return ex_pronoun_is(&st->toks[i], adjs);
}

/* Places, vessels and staff that belong to an actor ("positions of
 * Hezbollah", "an employee of the embassy"): the actor is the party. */
static const char *const ex_owned_things[] = {
    "positions",  "position",   "bases",         "base",
    "headquarters", "offices",  "office",        "outposts",
    "outpost",    "posts",      "camps",         "camp",
    "embassy",    "consulate",  "compound",      "facilities",
    "facility",   "installations", "strongholds", "hideouts",
    "stronghold", "hideout",
    "vessels",    "vessel",     "ships",         "tanker",
    "tankers",    "employee",   "employees",     "staff",
    "patrol",     "patrols",    "units",
    /* ("attacked the car of the Islamic Jihad commander": what carries
     * them; not a convoy, "of" which names its load) */
    "car",        "cars",       "vehicle",       "vehicles",
    "motorcade",
    /* ("ransacked the homes of villagers", "seized the property of
     * exiles": what people own, hit or taken, is theirs) */
    "homes",      "home",       "houses",        "property",
    "properties", "shops",      "farms",         NULL};

static int ex_owned_thing(const ex_tok *t)
{
    return ex_pronoun_is(t, ex_owned_things);
}

/* Are tokens [i, j) a bare figure, numbers and "more" ("100", "100
 * more"), and no measure ("25 pct", "100 tonnes")? */
static int ex_bare_figure(const ex_state *st, size_t i, size_t j)
{
    for (; i < j; i++)
        if (st->toks[i].kind != KG_TOK_NUMBER && !ex_tok_is(st, i, "more") &&
            !ex_tok_is(st, i, ","))
            return 0;
    return 1;
}

/* "condemned what it called the Bush doctrine", "protested against what
 * Tokyo described as American interference": a "what" clause that only
 * names the object in its speaker's words ("what it called", "what he
 * termed", "what it sees as", "what it said was", "what was described
 * as") stands for the thing it names.  Returns the token after the
 * naming words, or (size_t)-1. */
static size_t ex_what_called(const ex_state *st, size_t i)
{
    static const char *const call[] = {"called", "calls", "call",
                                       "termed", "terms", "term", "dubbed",
                                       "dubs", "labelled", "labeled", NULL};
    static const char *const as[] = {"described", "describes", "describe",
                                     "sees", "saw", "see", "regards",
                                     "regarded", "regard", "characterised",
                                     "characterized", NULL};
    static const char *const said[] = {"said", "says", "say", NULL};
    const ex_mention *m;
    size_t j = i + 1;
    if (!ex_tok_is(st, i, "what") || j + 2 >= st->ntoks)
        return (size_t)-1;
    /* the speaker: a pronoun, or up to three words of an actor's or a
     * plain noun phrase ("Moscow officials", "the union", "bankers");
     * none in the passive ("what was described as") */
    if (ex_pronoun_is(&st->toks[j], ex_subject_pronouns))
        j++;
    else if (ex_pronoun_is(&st->toks[j], ex_be_finite) && j + 2 < st->ntoks &&
             (ex_pronoun_is(&st->toks[j + 1], call) ||
              ex_pronoun_is(&st->toks[j + 1], as)))
        j++;
    else
        while (j < i + 4 && j < st->ntoks &&
               st->toks[j].kind == KG_TOK_WORD &&
               !ex_pronoun_is(&st->toks[j], call) &&
               !ex_pronoun_is(&st->toks[j], as) &&
               !ex_pronoun_is(&st->toks[j], said) &&
               (((m = ex_mention_at(st, j)) != NULL && !m->ent.is_value) ||
                st->toks[j].tag == KG_W_NONE || st->toks[j].tag == KG_W_DET))
            j++;
    if (j + 1 >= st->ntoks)
        return (size_t)-1;
    if (ex_pronoun_is(&st->toks[j], call))
        return j + 1;
    if (ex_pronoun_is(&st->toks[j], as) && ex_tok_is(st, j + 1, "as"))
        return j + 2;
    if (ex_pronoun_is(&st->toks[j], said) &&
        ex_pronoun_is(&st->toks[j + 1], ex_be_finite))
        return j + 2;
    return (size_t)-1;
}

/* "held talks with envoys from Chile", "met representatives from the
 * union": is the noun at token j one of those who speak for a state or
 * a body (representatives, envoys, delegates, negotiators), with "from"
 * right after it?  They stand for the one they come from as its members
 * do (not "fighters from Chechnya": a fighter's origin is no side). */
static const char *const ex_speakers[] = {
    "representatives", "representative", "envoys", "envoy",
    "delegates",       "negotiators",    NULL};

static int ex_speaking_from(const ex_state *st, size_t j)
{
    return j + 1 < st->ntoks && ex_tok_is(st, j + 1, "from") &&
           ex_pronoun_is(&st->toks[j], ex_speakers);
}

/* "by representatives from Chile", "by envoys of the union": the token
 * of the actor past the speakers noun at k and its "of" or "from" (and
 * articles) when one starts there, else k. */
static size_t ex_speakers_skip(const ex_state *st, size_t k)
{
    const ex_mention *m;
    size_t j = k + 2;
    if (!(ex_speaking_from(st, k) ||
          (k + 1 < st->ntoks && ex_tok_is(st, k + 1, "of") &&
           ex_pronoun_is(&st->toks[k], ex_speakers))))
        return k;
    j = ex_after_dets(st, j);
    m = ex_actor_at(st, j);
    return m ? j : k;
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
                                         "tens", "millions", "crowds",
                                         "groups", NULL};
    /* ("halted food deliveries to parts of Ethiopia", "aid to areas of
     * Sudan": a part of a country is the country) */
    static const char *const parts[] = {"one", "some", "most", "many",
                                        "all", "several", "each", "none",
                                        "both", "parts", "areas",
                                        "regions", NULL};
    static const char *const about[] = {"over", "about", "around",
                                        "nearly", "almost", "roughly",
                                        NULL};
    static const char *const members[] = {
        "leaders",   "leader",     "members",   "member",   "supporters",
        "activists", "fighters",   "militants", "commanders", "followers",
        "loyalists", "figures",
        /* ("met with representatives of the cleric's militia": those
         * who speak for a group stand for it as its members do) */
        "representatives", "representative", "envoys", "delegates",
        "negotiators", NULL};
    /* "refused entry to a team of Norwegian officials", "received a
     * delegation of Hamas leaders": a body sent out is its members, as
     * a group's members are the group */
    static const char *const bodies[] = {"team", "delegation", "contingent",
                                         NULL};
    /* "killed at least 10 Iraqis", "more than 100 Palestinians": news
     * gives tolls as bounds; the two words bound the count as "over"
     * does */
    static const char *const bound[][2] = {
        {"at", "least"},   {"more", "than"}, {"fewer", "than"},
        {"less", "than"},  {"up", "to"},     {"an", "estimated"},
        {"at", "most"},    {NULL, NULL}};
    const ex_mention *m;
    size_t j, words = 0, b;
    int other;
    for (b = 0; bound[b][0]; b++)
        if (i + 2 < st->ntoks && ex_tok_is(st, i, bound[b][0]) &&
            ex_tok_is(st, i + 1, bound[b][1])) {
            i += 2;
            break;
        }
    /* "over 150 Palestinian prisoners"; "some 500 rebel fighters" ("some
     * of the" is a part, below) */
    if (i + 1 < st->ntoks && (ex_pronoun_is(&st->toks[i], about) ||
                              (ex_tok_is(st, i, "some") &&
                               st->toks[i + 1].kind == KG_TOK_NUMBER)))
        i++;
    /* "insisted that other European Union states share", "urged other
     * Arab states": "other" sets the actor apart from the subject, it
     * is still the one acted on (a name, not a common noun: "talks with
     * other parties" are firms) */
    other = i + 1 < st->ntoks && ex_tok_is(st, i, "other") &&
            (st->toks[i + 1].flags & KG_TOKF_CAP);
    i += other;
    m = ex_mention_at(st, i);
    j = i;
    if (ex_pronoun_is(&st->toks[i], counts) ||
        (st->toks[i].kind == KG_TOK_NUMBER && ex_faith_before_group(st, i + 1)))
        j++; /* ("12 Islamist militants": no quantity of "Islamist") */
    /* "arrested dozens of militants", "fired at crowds of protesters" */
    if (j > i && j + 1 < st->ntoks && ex_tok_is(st, j, "of") &&
        (ex_tok_is(st, j - 1, "dozens") || ex_tok_is(st, j - 1, "hundreds") ||
         ex_tok_is(st, j - 1, "thousands") || ex_tok_is(st, j - 1, "scores") ||
         ex_tok_is(st, j - 1, "tens") || ex_tok_is(st, j - 1, "millions") ||
         ex_tok_is(st, j - 1, "crowds") || ex_tok_is(st, j - 1, "groups"))) {
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
         ex_tok_is(st, j, "of")) ||
        /* ("freed 12 of the Chinese workers") */
        (st->toks[i].kind == KG_TOK_NUMBER && i + 2 < st->ntoks &&
         ex_tok_is(st, i + 1, "of") && (!m || m->t0 != i || m->t1 == i + 1))) {
        static const char *const compass[] = {
            "northern", "southern", "eastern", "western", "central",
            "northeastern", "northwestern", "southeastern", "southwestern",
            NULL};
        size_t k = i + 2;
        const ex_mention *pm;
        while (k < st->ntoks && (st->toks[k].tag == KG_W_DET ||
                                 st->toks[k].tag == KG_W_POSS))
            k++;
        /* ("parts of northern Ethiopia") */
        if (k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k], compass))
            k++;
        pm = ex_actor_at(st, k);
        if (pm && !(pm->t1 < st->ntoks && ex_tok_is(st, pm->t1, "'s")))
            return k;
    }
    /* "detained members of the HDP", "arrested dozens of supporters of
     * Hamas": the group's own people, coded as the group */
    if (j + 1 < st->ntoks && ex_tok_is(st, j + 1, "of") &&
        (ex_tok_is(st, j, "members") || ex_tok_is(st, j, "supporters"))) {
        j += 2;
        j = ex_after_dets(st, j);
    }
    if (m && m->t0 == i && m->ent.is_value) {
        if (!m->ent.type || strcmp(m->ent.type, "Quantity") != 0)
            return (size_t)-1;
        for (j = i + 1; j < m->t1; j++)
            if (ex_actor_at(st, j))
                return j;
        j = m->t1;
        /* "freed 100 of the U.N. peacekeepers", "freed 100 more of the
         * peacekeepers they seized": a figure's part of the actor is the
         * actor, as "two of the hostages" (not before a possessive) */
        if (j + 1 < st->ntoks && ex_tok_is(st, j, "of") &&
            ex_bare_figure(st, i, j)) {
            size_t k = j + 1;
            const ex_mention *pm;
            while (k < st->ntoks && (st->toks[k].tag == KG_W_DET ||
                                     st->toks[k].tag == KG_W_POSS))
                k++;
            pm = k > j + 1 ? ex_actor_at(st, k) : NULL;
            if (pm && !(pm->t1 < st->ntoks && ex_tok_is(st, pm->t1, "'s")))
                return k;
        }
        /* "arrested 50 members of the Taliban": a figure's quantity
         * takes the members noun in; the group after "of" is read below
         * as for "five members of" */
        if (j > i + 1 && j + 1 < st->ntoks && ex_tok_is(st, j, "of") &&
            ex_pronoun_is(&st->toks[j - 1], members))
            j--;
    }
    while (j < st->ntoks && words < 2 && st->toks[j].kind == KG_TOK_WORD &&
           st->toks[j].tag == KG_W_NONE && !st->toks[j].mention &&
           !(st->toks[j].flags & KG_TOKF_CAP) &&
           (ex_ends_ed(st, j) || ex_stance_adj(st, j) ||
            ex_epithet_adj(st, j) || ex_time_adj(st, j) ||
            ex_rank_adj(st, j) || ex_new_before_body(st, j))) {
        j++;
        words++;
    }
    /* "arrested two Islamist militants": the group noun after the faith */
    if (j > i && ex_faith_before_group(st, j))
        j++;
    /* "attacked Kurdish YPG fighters": the named group after the faith or
     * the people */
    if (j < st->ntoks && !st->toks[j].mention && ex_faith_before_name(st, j))
        j++;
    /* "bombed positions of Hezbollah", "stormed the headquarters of the
     * party", "detained an employee of the American embassy": a place,
     * a vessel or the staff an actor owns stands for the actor, as its
     * members do (an article may open the phrase) */
    if (j == i && j + 3 < st->ntoks && st->toks[j].tag == KG_W_DET &&
        (ex_pronoun_is(&st->toks[j + 1], ex_owned_things) ||
         ex_pronoun_is(&st->toks[j + 1], bodies)) &&
        ex_tok_is(st, j + 2, "of"))
        j++;
    /* "expelled (exiled) leaders of Hamas", "arrested members of the
     * opposition": a group's members stand for the group; those who
     * speak for it may come "from" it ("held talks with envoys from
     * Chile", ex_speaking_from) */
    if (j + 2 < st->ntoks &&
        (ex_pronoun_is(&st->toks[j], members) ||
         ex_pronoun_is(&st->toks[j], ex_owned_things) ||
         ex_pronoun_is(&st->toks[j], bodies)) &&
        (ex_tok_is(st, j + 1, "of") || ex_speaking_from(st, j))) {
        size_t adj = 0;
        j += 2;
        j = ex_after_dets(st, j);
        /* "35 members of the banned Muslim Brotherhood", "leaders of the
         * outlawed PKK", "members of the pro-Kurdish DEHAP": wire copy's
         * participle or stance before the group's name (lower case, so
         * not the name's own first word) */
        while (j + 1 < st->ntoks && adj < 2 &&
               st->toks[j].kind == KG_TOK_WORD &&
               st->toks[j].tag == KG_W_NONE && !st->toks[j].mention &&
               !(st->toks[j].flags & KG_TOKF_CAP) &&
               (ex_ends_ed(st, j) || ex_stance_adj(st, j))) {
            j++;
            adj++;
        }
        /* (not a possessor: "leaders of Egypt's Muslim Brotherhood" are
         * no leaders of Egypt) */
        m = ex_mention_at(st, j);
        if (m && m->t0 == j && m->t1 < st->ntoks &&
            ex_tok_is(st, m->t1, "'s")) {
            j = m->t1 + 1;
            return ex_actor_at(st, j) ? j : (size_t)-1;
        }
    }
    if ((j == i && !other) || j >= st->ntoks)
        return (size_t)-1;
    m = ex_actor_at(st, j);
    return m ? j : (size_t)-1;
}

/* "Iranian forces killed or wounded 1,500 Iraqi soldiers", "rebels
 * attacked and looted the village": at token i, right after a verb's
 * entry, "or"/"and" and a second verb in -ed that has no entry of its
 * own; the two verbs share the object after the second, so the first
 * one's object is read past them.  (A second verb with an entry of its
 * own, "attacked and destroyed", keeps its own event; the first one is
 * left as before.) */
static int ex_shared_object_verb(ex_state *st, size_t i)
{
    const ex_tok *v;
    if (i + 2 >= st->ntoks ||
        !(ex_tok_is(st, i, "or") || ex_tok_is(st, i, "and")))
        return 0;
    v = &st->toks[i + 1];
    return v->kind == KG_TOK_WORD && v->tag == KG_W_NONE && !v->trigger &&
           !v->covered && !(v->flags & KG_TOKF_CAP) && !v->mention &&
           ex_ends_ed(st, i + 1) && st->toks[i + 2].kind != KG_TOK_PUNCT &&
           !ex_tok_is(st, i + 2, "by") &&
           !kg_onto__starts_relation(st->onto, i + 1, ex_lemma, st);
}

/* "Iraq said its troops had killed thousands of Iranians in checking a
 * new Tehran offensive": does the sentence tell of a war's front (an
 * offensive, a front, a battle)?  The thousands of a people (no sector:
 * not "civilians") killed there are its combatants, no mass killing of
 * the unarmed (202). */
static int ex_war_front_told(const ex_state *st)
{
    static const char *const front[] = {
        "offensive", "offensives",  "front",        "fronts",
        "battle",    "battles",     "battlefield",  "counter-attack",
        "counter-offensive", "counterattack", "counteroffensive", NULL};
    return ex_sentence_has_word(st, front);
}

/* "Iran said its troops had killed or wounded more than 4,000 Iraqis":
 * the killed and the wounded counted together, after a verb's entry
 * that ends at token t1, are a battle's casualties, no mass killing. */
static int ex_casualties_told(ex_state *st, size_t t1)
{
    return ex_shared_object_verb(st, t1) &&
           (ex_tok_is(st, t1 + 1, "wounded") ||
            ex_tok_is(st, t1 + 1, "injured"));
}

/* "dropped sarin on the rebel-held town of Khan Sheikhoun", "used
 * chemical weapons against the Kurdish town of Halabja": a phrase "(plain
 * words, a nationality) town/city/village/province/region/district of"
 * at i, after the entry's preposition and its articles, names the place
 * that follows, which is the object.  Returns the token after "of" and
 * its articles when that token starts a place or a country, else i. */
static size_t ex_town_of(const ex_state *st, size_t i)
{
    static const char *const spots[] = {"town",     "city",   "village",
                                        "province", "region", "district",
                                        "villages", "towns",  NULL};
    size_t j = i, words = 0;
    const ex_mention *m;
    while (j < st->ntoks && words < 4 && !ex_pronoun_is(&st->toks[j], spots)) {
        const ex_tok *k = &st->toks[j];
        m = ex_mention_at(st, j);
        /* (not ex_actor_at: m is read again below when this fails) */
        if (m && m->t0 == j && !m->dropped &&
            (m->kind == KG_NAME_DEMONYM ||
             (m->t1 < st->ntoks &&
              (ex_tok_punct(st, m->t1, '-') ||
               ex_pronoun_is(&st->toks[m->t1], spots))))) {
            j = m->t1; /* "the Kurdish town of", "the rebel-held town of" */
        } else if (m || !(k->kind == KG_TOK_WORD || ex_tok_punct(st, j, '-')) ||
                   (k->flags & KG_TOKF_CAP) ||
                   (k->kind == KG_TOK_WORD && k->tag != KG_W_NONE)) {
            return i;
        } else {
            j++;
        }
        words++;
    }
    if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], spots) ||
        !ex_tok_is(st, j + 1, "of"))
        return i;
    j = ex_after_dets(st, j + 2);
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.type ||
        !(m->kind == KG_NAME_METONYM || !strcmp(m->ent.type, "Country") ||
          !strcmp(m->ent.type, "Place")))
        return i;
    return j;
}

/* "signed an accord with a unit of Mitsubishi Corp", "sold the plant to
 * a wholly owned subsidiary of Kerdix Inc": a firm's part, after an
 * entry's preposition, acts for the firm (the part has no code of its
 * own).  i is the token after the preposition's articles; returns the
 * firm's token when such a part starts there (perhaps after two
 * lower-case words) and a coded organisation follows its "of", else i. */
static size_t ex_firm_part_of(const ex_state *st, size_t i)
{
    static const char *const parts[] = {"unit",       "units",
                                        "subsidiary", "subsidiaries",
                                        "affiliate",  "affiliates",
                                        "division",   NULL};
    const ex_mention *m;
    size_t j = i;
    while (j + 1 < st->ntoks && j < i + 2 &&
           !ex_pronoun_is(&st->toks[j], parts) &&
           ex_plain_word(st, j))
        j++; /* ("a wholly owned subsidiary of") */
    if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], parts) ||
        !ex_tok_is(st, j + 1, "of"))
        return i;
    j = ex_after_dets(st, j + 2);
    /* ("a unit of U.S. Based Lotus Development Inc": the firm's home
     * before it) */
    if ((m = ex_actor_at(st, j)) != NULL && m->ent.type &&
        !strcmp(m->ent.type, "Country") && m->t1 < st->ntoks)
        j = m->t1;
    if (j >= st->ntoks || !(m = ex_actor_at(st, j)) || !m->ent.code ||
        !*m->ent.code || !m->ent.type ||
        strcmp(m->ent.type, "Organization") != 0)
        return i;
    return j;
}

/* "extradited the Russian arms dealer to the United States", "handed over
 * the suspect to Pakistan": when a verb entry names a preposition and its
 * direct object is a person, an unknown name or a bare nationality, the
 * state or body the preposition leads to is the party the act is done
 * with (CAMEO codes extradition as cooperation with the receiving state,
 * not with the person moved).  i is the token after the direct object;
 * returns the actor after the entry's preposition within a few words of
 * the object's noun phrase, else NULL. */
static const ex_mention *ex_prep_list_object_after(const ex_state *st,
                                                   size_t i,
                                                   const char *preps)
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
    if (i >= st->ntoks || !ex_in_list(preps, st->toks[i].lower))
        return NULL;
    i = ex_after_dets(st, i + 1);
    i = ex_town_of(st, i);
    if (i >= st->ntoks || !(m = ex_actor_at(st, i)) || !m->ent.code ||
        !*m->ent.code)
        return NULL;
    return m;
}

static const ex_mention *ex_prep_object_after(const ex_state *st, size_t i,
                                              const kg_onto_relation *rel)
{
    return ex_prep_list_object_after(st, i, rel->prep);
}

/* "offer subsidized U.S. wheat to the Soviet Union", "cut off Soviet
 * grain to Poland": the preposition (of the entry's) that leads to the
 * party a thing is given to or taken from, "to" or "from", else NULL.
 * An offer or a pledge (entries with no preposition of their own, as
 * their object may be the party: "offered China access") is made to the
 * party after "to" when its direct object is what is given. */
static const char *ex_recipient_prep(const kg_onto_relation *rel)
{
    int to, from;
    if (rel->noun)
        return NULL;
    if (!rel->prep)
        return !strcmp(rel->type, "offer") || !strcmp(rel->type, "pledge")
                   ? "to"
                   : NULL;
    to = ex_in_list(rel->prep, "to");
    from = ex_in_list(rel->prep, "from");
    return to && from ? "to;from" : to ? "to" : from ? "from" : NULL;
}

/* "U.S. wheat", "Soviet grain": is mention m (a state or a place, not a
 * person) only the modifier of the plain noun right after it, the thing
 * given, rather than a party? */
static int ex_thing_modifier(const ex_state *st, const ex_mention *m)
{
    return !m->ent.is_value && !ex_is_person(&m->ent) && m->t1 < st->ntoks &&
           ex_plain_word(st, m->t1);
}

/* "has sold 200,000 tonnes of soft wheat to Tunisia", "will supply
 * 100,000 tonnes of grain to Ethiopia": a quantity (mention m, a value)
 * right after a verb whose party follows "to" or "from" is what changes
 * hands, as a sum is ("disbursed $500 million to Pakistan"); the goods
 * after its "of" (plain words, a nationality or a state that names them:
 * "of U.S. corn") belong to it.  The actor after the preposition, else
 * NULL. */
static const ex_mention *ex_quantity_party(const ex_state *st,
                                           const ex_mention *m,
                                           const kg_onto_relation *rel)
{
    const char *preps = ex_recipient_prep(rel);
    const ex_mention *g;
    size_t j = m->t1, words = 0;
    if (!preps || !m->ent.type || strcmp(m->ent.type, "Quantity") != 0)
        return NULL;
    /* (the unit may have taken the "of" in: "tonnes of soft | wheat") */
    if (j + 1 < st->ntoks && ex_tok_is(st, j, "of"))
        j++;
    for (; j < st->ntoks && words < 4; words++) {
        g = ex_mention_at(st, j);
        /* (ex_thing_modifier turns a value away; g is read again below) */
        if (g && g->t0 == j && !g->dropped && ex_thing_modifier(st, g))
            j = g->t1;
        else if (!g && st->toks[j].kind == KG_TOK_WORD &&
                 st->toks[j].tag == KG_W_NONE &&
                 !(st->toks[j].flags & KG_TOKF_CAP))
            j++;
        else
            break;
    }
    return ex_prep_list_object_after(st, j, preps);
}

/* "to Washington weeks before the attack", "to Kiev days later": a span
 * of time and the word that places it (at token i) ends the party's
 * phrase, as a date does. */
static int ex_span_before(const ex_state *st, size_t i)
{
    static const char *const places[] = {"before", "after", "ago",
                                         "earlier", "later", NULL};
    return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], ex_span_words) &&
           ex_pronoun_is(&st->toks[i + 1], places);
}

/* "F-16 fighters", "Apache helicopters": is the name that ends before
 * token t a model's, the goods' modifier (a plain word or a people's
 * group follows it), not the phrase's last word ("the presidency of the
 * Community to Denmark")? */
static int ex_goods_name(const ex_state *st, size_t t)
{
    const ex_mention *m = t < st->ntoks ? ex_mention_at(st, t) : NULL;
    if (t >= st->ntoks)
        return 0;
    if (m && m->t0 == t)
        return !m->dropped && m->ent.code && !strncmp(m->ent.code, "---", 3);
    return ex_plain_word(st, t);
}

/* "offered to share intelligence on rebel camps in Afghanistan with
 * Washington", "would pass on information about Islamist militants to
 * the Palestinian Authority", "offered to hold talks over Kashmir with
 * Pakistan": a phrase of topic ("on", "about", "over") after
 * the entry's words tells what is shared or talked of; an actor named in
 * it (or in a place phrase, "in", inside it) is that topic, no party, and
 * the party follows the entry's own preposition.  Is token j, inside the
 * inner phrase opened by token i, such an actor's or place's word? */
static int ex_topic_phrase_word(const ex_state *st, size_t i, size_t j)
{
    const ex_mention *m = ex_mention_at(st, j);
    if (!ex_tok_is(st, i, "on") && !ex_tok_is(st, i, "about") &&
        !ex_tok_is(st, i, "over"))
        return 0;
    if (m && m->t0 == j)
        return 1;
    return j > i + 1 && ex_tok_is(st, j, "in") && j + 1 < st->ntoks &&
           (m = ex_mention_at(st, j + 1)) != NULL && m->t0 == j + 1;
}

/* "signed an agreement on energy with China", "a protocol of cooperation
 * with", "a trade protocol for 1990 with", "aid in the form of food to":
 * a short phrase inside the object's noun phrase, before the entry's own
 * preposition, or a second object joined by "and" and an article ("an
 * arms embargo and a flight ban on").  i is a preposition (not the entry's) after the entry's
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
    /* (or a second thing joined by "and" and its article: "imposed an
     * arms embargo and a flight ban on Afghanistan", "a visa ban and an
     * assets freeze on": both fall on the party after the preposition) */
    int joined = ex_tok_is(st, i, "and") && i + 1 < st->ntoks &&
                 st->toks[i + 1].tag == KG_W_DET;
    /* ("suspended development aid worth 80 million kroner to Zimbabwe":
     * a sum the object is worth is a phrase of its own) */
    int worth = ex_tok_is(st, i, "worth");
    /* ("raise tariffs as much as 300 mln dlrs on Japanese electronic
     * goods", "tariffs of as much as 300 mln dlrs on": a hedged sum is
     * such a phrase too) */
    int hedged = ex_hedged_sum_end(st, i) > i;
    int listed = 0; /* a list of goods after "of", below */
    if (rel->noun || !rel->prep || i < trig + 2 || i + 3 >= st->ntoks ||
        (!joined && !worth && !hedged &&
         (st->toks[i].tag != KG_W_PREP ||
          ex_in_list(rel->prep, st->toks[i].lower) ||
          !ex_pronoun_is(&st->toks[i], inner))))
        return (size_t)-1;
    for (j = hedged ? i : i + 1; j < st->ntoks && words < (listed ? 8 : 5);) {
        const ex_tok *k = &st->toks[j];
        size_t h = ex_hedged_sum_end(st, j);
        if (h > j) {
            j = h;
            words++;
            hedged = 1;
            continue;
        }
        m = ex_mention_at(st, j);
        /* (a value too: it is passed over below as a word of the phrase) */
        if (m && m->t0 == j && !m->dropped) {
            /* an actor: the phrase names it ("an agreement on Syria
             * with Russia"), unless it is a kind of people of no country,
             * the topic ("intelligence on militant networks with
             * Britain", "an agreement on refugees with Turkey") */
            if (!m->ent.is_value && !ex_topic_phrase_word(st, i, j) &&
                !(m->ent.code && !strncmp(m->ent.code, "---", 3) &&
                  !ex_is_person(&m->ent)) &&
                /* (nor a name kg codes no one for in goods after "of",
                 * nor a lower-case sector word that modifies them:
                 * "deliveries of F-16 fighters and Apache helicopters",
                 * "of rifles and other military hardware") */
                !(ex_tok_is(st, i, "of") &&
                  (!m->ent.code || !*m->ent.code ||
                   (m->t1 == m->t0 + 1 &&
                    !(st->toks[m->t0].flags & KG_TOKF_CAP))) &&
                  ex_goods_name(st, m->t1)))
                return (size_t)-1;
            j = m->t1;
            words++;
            continue;
        }
        /* (an intent word after an article is a noun: "information on
         * the plot to Washington", "details of the plans to Kiev") */
        /* (a possessive as an article: "an agreement on its nuclear
         * programme with Russia", "access for its firms to") */
        if (k->kind == KG_TOK_NUMBER ||
            (k->kind == KG_TOK_WORD && !(k->flags & KG_TOKF_CAP) &&
             (k->tag == KG_W_NONE || k->tag == KG_W_DET ||
              k->tag == KG_W_POSS ||
              (k->tag == KG_W_INTENT && j > i + 1 &&
               (st->toks[j - 1].tag == KG_W_DET ||
                st->toks[j - 1].tag == KG_W_POSS)) ||
              (k->tag == KG_W_PREP && (ex_tok_is(st, j, "of") ||
                                       ex_topic_phrase_word(st, i, j))))) ||
            (ex_tok_punct(st, j, '-') && j + 1 < st->ntoks &&
             st->toks[j + 1].kind == KG_TOK_WORD)) {
            j++;
            words++;
            continue;
        }
        /* "withheld deliveries of F-16 fighters and Apache helicopters to
         * Cairo", "put on hold deliveries of rifles, helicopters and
         * other military hardware to Kathmandu": the goods of an "of"
         * phrase, a list of things (an actor in it ends the phrase, above)
         * and their model names, capitalised words kg codes no one for */
        if (j + 1 < st->ntoks && ex_tok_is(st, i, "of") &&
            (((ex_tok_punct(st, j, ',') || ex_tok_is(st, j, "and")) &&
              words > 0) ||
             (k->kind == KG_TOK_WORD && (k->flags & KG_TOKF_CAP) &&
              k->tag == KG_W_NONE && ex_goods_name(st, j + 1)))) {
            listed = 1;
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
    if (joined)
        return j; /* (the party is read after the preposition as usual) */
    i = ex_after_dets(st, j + 1);
    m = ex_actor_at(st, i);
    if (!m || !m->ent.code || !*m->ent.code)
        return (size_t)-1;
    after = m->t1 < st->ntoks ? &st->toks[m->t1] : NULL;
    if (!hedged && after && after->kind == KG_TOK_WORD &&
        after->tag == KG_W_NONE && !(after->flags & KG_TOKF_CAP) &&
        ex_when_phrase(st, m->t1) == m->t1 && !ex_span_before(st, m->t1))
        return (size_t)-1; /* a modifier of a longer noun phrase (after a
                            * sum, the goods': "as much as 300 mln dlrs on
                            * Japanese electronic goods", read as the
                            * entry reads "on Japanese goods") */
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
int ex_compass_before_place(const ex_state *st, size_t i)
{
    static const char *const parts[] = {
        "southern", "northern", "eastern", "western", "central",
        "southeastern", "southwestern", "northeastern", "northwestern",
        "south-eastern", "south-western", "north-eastern", "north-western",
        /* ("in northeast Iraq") */
        "northeast", "northwest", "southeast", "southwest", NULL};
    const ex_mention *m;
    if (i + 1 >= st->ntoks || st->toks[i].kind != KG_TOK_WORD ||
        (st->toks[i].flags & KG_TOKF_CAP) ||
        !ex_pronoun_is(&st->toks[i], parts))
        return 0;
    m = ex_actor_at(st, i + 1);
    return m && ex_country_or_place(m->ent.type);
}

/* Is e a sum of money ("$500 million")? */
int ex_is_sum(const kg_entity *e)
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
           !r->noun &&
           (!strcmp(r->type, "trade") ||
            /* "agreed to let Norwegian monitors oversee the truce",
             * "agreed to lift the curfew": a concession agreed to is
             * conceded (its own 08 code, the lexicon's rule), and the
             * bare agreement (030) would only repeat it (r12b) */
            (r->cameo && !strncmp(r->cameo, "08", 2) &&
             strchr(r->pattern, '*')));
}

/* Objects after the trigger tokens [t0, t1): up to max of them. */
/* What one asks of another, refused or granted: "rejected Greece's
 * request", "rebuffed calls from Norway". */
const char *const ex_ask_nouns[] = {
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
    return ex_actor_from(st, j + 2);
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

/* "Iran, which Washington has accused of sponsoring terrorism", "the
 * relief groups he accused of wasting money": a verdict (11) whose verb
 * goes straight on to its "of" or "for", with its subject (an actor or a
 * pronoun, an auxiliary after it) right after a relative word or right
 * after an actor, judges that actor, the head the relative clause
 * hangs on.  Its mention, else NULL. */
static const ex_mention *ex_relative_gap_object(const ex_state *st,
                                                size_t trig, size_t t1,
                                                const kg_onto_relation *rel)
{
    static const char *const rel_words[] = {"which", "whom", "that", NULL};
    const ex_mention *sm, *hm;
    size_t j = trig, h;
    if (rel->noun || !rel->cameo || strncmp(rel->cameo, "11", 2) != 0 ||
        t1 >= st->ntoks ||
        !(ex_tok_is(st, t1, "of") || ex_tok_is(st, t1, "for")))
        return NULL;
    while (j > 0 && st->toks[j - 1].tag == KG_W_AUX)
        j--;
    if (j < 2)
        return NULL;
    if ((sm = ex_actor_before(st, j)) != NULL)
        h = sm->t0;
    else if (st->toks[j - 1].tag == KG_W_PRON)
        h = j - 1;
    else
        return NULL;
    if (h > 0 && ex_pronoun_is(&st->toks[h - 1], rel_words))
        h--;
    if (h > 0 && ex_tok_punct(st, h - 1, ','))
        h--;
    if (h == 0)
        return NULL;
    hm = ex_actor_before(st, h);
    return hm && hm->ent.code && *hm->ent.code && !ex_is_date(&hm->ent)
               ? hm
               : NULL;
}

/* "the plan proposed by Germany", "the proposals just announced by",
 * "the steps being taken by", "the plan drawn up by": the words from
 * token i that tell an act's making before its maker's "by" (a participle
 * of making, an adverb or "being" before it, "up" or "forward" after
 * it): how many, the "by" excluded, or 0. */
static size_t ex_act_made_by(const ex_state *st, size_t i)
{
    static const char *const made[] = {
        "proposed",  "suggested", "offered",   "submitted", "tabled",
        "unveiled",  "announced", "sponsored", "taken",     "adopted",
        "introduced", "launched", "outlined",  "made",      NULL};
    static const char *const made_up[] = {"drawn", "put", "drafted", NULL};
    static const char *const before[] = {"being", "just", "recently",
                                         "already", "jointly", "earlier",
                                         NULL};
    size_t j = i;
    if (j < st->ntoks && ex_pronoun_is(&st->toks[j], before))
        j++;
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], made))
        j++;
    else if (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], made_up) &&
             (ex_tok_is(st, j + 1, "up") || ex_tok_is(st, j + 1, "forward")))
        j += 2;
    else
        return 0;
    return j < st->ntoks && ex_tok_is(st, j, "by") ? j - i : 0;
}

/* "welcomed Monday's rate cut", "condemned this week's attack by Iraq":
 * a date told as a possessive right after the verb says when, not whose
 * the object is: the token after its mark, or i. */
static size_t ex_date_possessive(const ex_state *st, size_t i)
{
    size_t j = ex_skip_time(st, i);
    if (j == i || j >= st->ntoks)
        return i;
    if (ex_tok_is(st, j, "'s"))
        return j + 1;
    if (j + 1 < st->ntoks && ex_is_quote(st, j) && ex_tok_is(st, j + 1, "s"))
        return j + 2;
    return i;
}

/* Do tokens from i on, right after an active verb, read as a plural
 * act with no article before "by": up to three plain lower-case words,
 * the last a plural noun in -s ("attacks", "recent attempts", "military
 * actions")?  Not an adverb in -ly ("condemned strongly by"), and not
 * after a form of "be", where "by" names the verb's own agent ("was
 * condemned yesterday by France"). */
static int ex_bare_plural_act(const ex_state *st, size_t i)
{
    size_t k, n, v = i - 1;
    if (i < 2)
        return 0;
    if (ex_tok_is(st, v, "as")) /* "dismissed as insignificant gains by" */
        v--;
    /* (an inflected verb: a bare "block" is as often a noun, "any large
     * block enquiries by China") */
    n = strlen(st->toks[v].lower);
    if ((v > 0 && ex_pronoun_is(&st->toks[v - 1], ex_be_forms)) ||
        !(ex_ends_ed(st, v) || ex_ends_ing(st, v) ||
          (n > 3 && st->toks[v].lower[n - 1] == 's')))
        return 0;
    for (k = i; k < st->ntoks && k < i + 3; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE || t->mention ||
            (t->flags & KG_TOKF_CAP))
            return 0;
        n = strlen(t->lower);
        if (n > 2 && !strcmp(t->lower + n - 2, "ly"))
            return 0;
        if (k + 1 < st->ntoks &&
            (ex_tok_is(st, k + 1, "by") || ex_act_made_by(st, k + 1)))
            return n > 3 && t->lower[n - 1] == 's' && t->lower[n - 2] != 's';
    }
    return 0;
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
    size_t words = 0, w0, made;
    const ex_mention *m;
    if (i >= st->ntoks)
        return NULL;
    if (ex_date_possessive(st, i) != i)
        i = ex_date_possessive(st, i) - 1; /* "Friday's attack by" */
    else if (!ex_pronoun_is(&st->toks[i], dets)) {
        /* "condemned attacks by Rwanda", "rejected recent attempts by
         * Syria": a plural act with no article (ex_bare_plural_act) */
        if (!ex_bare_plural_act(st, i))
            return NULL;
        i--;
    }
    for (w0 = ++i; i < st->ntoks && words < 3; i++, words++) {
        const ex_tok *k = &st->toks[i];
        /* (a plan or a threat is an act too: "rejected the plan
         * proposed by Germany") */
        if (k->kind != KG_TOK_WORD ||
            (k->tag != KG_W_NONE && k->tag != KG_W_INTENT &&
             k->tag != KG_W_THREAT) ||
            k->mention || (k->flags & KG_TOKF_CAP) ||
            (words > 0 && ex_act_made_by(st, i)))
            break;
    }
    /* ("rejected the plan proposed by Germany", "the plan drawn up by",
     * "put forward by": the act's making told before its maker) */
    if (words > 0 && (made = ex_act_made_by(st, i)) > 0)
        i += made;
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
            /* (any mention is passed over, a date too: "in 1986 by") */
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
    i = ex_after_dets(st, i + 1);
    if (i >= st->ntoks || !(m = ex_actor_at(st, i)) || !m->ent.code ||
        !*m->ent.code)
        return NULL;
    return m;
}

/* "expressed deep remorse for the suffering Tokyo's wartime rule
 * inflicted on the people of South Korea", "apologised for the damage
 * its troops caused to Iraqi farms": an apology (055) with no addressee
 * after its entry is made to the one its "for" phrase says was harmed,
 * the actor after "inflicted on", "caused to" or "done to" (past "the
 * people of"), within the clause (no comma) and a dozen words of the
 * "for" (up to three tokens after the entry: "remorse on Friday for").
 * The victim's mention, or NULL. */
static const ex_mention *ex_apology_victim(const ex_state *st, size_t t1)
{
    static const char *const harm[] = {"inflicted", "caused", "done",
                                       NULL};
    size_t f, j;
    for (f = t1; f < st->ntoks && f < t1 + 4 && !ex_tok_is(st, f, "for");
         f++)
        if (st->toks[f].kind == KG_TOK_PUNCT || ex_tok_is(st, f, "to"))
            return NULL;
    if (f >= st->ntoks || !ex_tok_is(st, f, "for"))
        return NULL;
    for (j = f + 1; j + 2 < st->ntoks && j < f + 14; j++) {
        const ex_mention *m;
        size_t k;
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return NULL;
        if (!ex_pronoun_is(&st->toks[j], harm) ||
            !(ex_tok_is(st, j + 1, "on") || ex_tok_is(st, j + 1, "to") ||
              ex_tok_is(st, j + 1, "upon")))
            continue;
        k = j + 2;
        if (k + 2 < st->ntoks && ex_tok_is(st, k, "the") &&
            ex_tok_is(st, k + 1, "people") && ex_tok_is(st, k + 2, "of"))
            k += 3;
        m = ex_actor_from(st, k);
        return m && m->ent.code && *m->ent.code ? m : NULL;
    }
    return NULL;
}

/* "Baker criticised recent rises in West German interest rates",
 * "Eyskens welcomed this week's increase in U.S. prime rates": a change
 * (a rise, an increase, a cut) in a state's rates, taxes, tariffs or
 * spending, judged right after the verb (an article, a date's
 * possessive and a modifier before it), judges the state that set them.
 * i is the token after the verb; the state's mention, or NULL. */
static const ex_mention *ex_policy_change_owner(const ex_state *st, size_t i)
{
    static const char *const change[] = {
        "rise", "rises", "increase", "increases", "cut", "cuts", "hike",
        "hikes", "reduction", "reductions", "lowering", "raising", NULL};
    static const char *const policy[] = {
        "rate", "rates", "tax", "taxes", "tariff", "tariffs", "duty",
        "duties", "spending", "subsidies", "levy", "levies", NULL};
    const ex_mention *m;
    size_t k, words = 0;
    i = ex_date_possessive(st, i);
    i = ex_after_dets(st, i);
    for (; i < st->ntoks && words < 2 && !ex_pronoun_is(&st->toks[i], change);
         i++, words++)
        if (st->toks[i].kind != KG_TOK_WORD || st->toks[i].tag != KG_W_NONE ||
            ex_mention_at(st, i))
            return NULL;
    if (i + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[i], change) ||
        !ex_tok_is(st, i + 1, "in"))
        return NULL;
    if (!(m = ex_actor_from(st, i + 2)) || !m->ent.code || !*m->ent.code ||
        !m->ent.type || strcmp(m->ent.type, "Country") != 0)
        return NULL;
    for (k = m->t1; k < st->ntoks && k < m->t1 + 4; k++) {
        if (ex_pronoun_is(&st->toks[k], policy))
            return m;
        if (st->toks[k].kind != KG_TOK_WORD)
            break;
    }
    return NULL;
}

/* "Belgium welcomed the decision of the Fed", "praised the leadership of
 * Chancellor Kohl", "hailed the role of Egypt": praise (05) of a noun
 * that names what someone did or does (up to two plain words before it
 * after "the" or "this") and then "of" and an actor: the actor is the one
 * praised, as with "by" (ex_act_by_agent).  Only these nouns, whose "of"
 * names the doer: after "the release of", "the killing of" it names the
 * one the act was done to. */
static const ex_mention *ex_act_of_agent(const ex_state *st, size_t i)
{
    static const char *const dets[] = {"the", "this", NULL};
    static const char *const deeds[] = {
        "decision",   "decisions",  "role",        "leadership",
        "efforts",    "effort",     "move",        "moves",
        "initiative", "initiatives", "stance",     "position",
        "contribution", "commitment", "cooperation", "policy",
        "policies",   "proposal",   "proposals",   "plan",
        "plans",      "statement",  "willingness", "determination",
        "courage",    "restraint",  "flexibility", "achievements",
        NULL};
    size_t words = 0;
    const ex_mention *m;
    if (i + 3 >= st->ntoks || !ex_pronoun_is(&st->toks[i], dets))
        return NULL;
    for (i++; i < st->ntoks && words < 3 &&
              !ex_pronoun_is(&st->toks[i], deeds);
         i++, words++) {
        const ex_tok *k = &st->toks[i];
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE || k->mention ||
            (k->flags & KG_TOKF_CAP))
            return NULL;
    }
    if (i + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[i], deeds) ||
        !ex_tok_is(st, i + 1, "of"))
        return NULL;
    i = ex_after_dets(st, i + 2);
    if (i >= st->ntoks || !(m = ex_actor_at(st, i)) || !m->ent.code ||
        !*m->ent.code)
        return NULL;
    return m;
}

/* "France welcomed the release of the hostages", "Germany welcomed the
 * agreement with Iran", "condemned the killing of civilians": a noun
 * entry at token i that is the direct object of a verb judging an act
 * (ex_judges_act; an article and up to two plain words between).  Its
 * token, or (size_t)-1.  The judge did not do the act: the act's agent
 * is only one named at the noun ("Egypt's release", "by Egypt"). */
size_t ex_judging_verb_before(ex_state *st, size_t i)
{
    const kg_onto_relation *rel;
    size_t v = i, words = 0, ntok, k;
    v = ex_before_dets(st, v);
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

/* "condemned the attack on Israel by Hamas", "welcomed the release of
 * Israeli hostages by Hamas": a judgement (ex_judges_act) whose object is
 * an act told as a noun entry with its own party ("attack on Israel")
 * judges the act's agent, not its victim.  Returns 1 when om is such a
 * party and sets *agent to the act's agent after "by" (NULL when none is
 * named: condemning an attack on Israel is no criticism of Israel, and a
 * careful coder codes no target, where PETRARCH would take Israel).  The
 * agent before the noun ("Hamas's attack on", "the Hamas attack on") is
 * the first actor of the phrase and never reaches here. */
int ex_judged_act_party(ex_state *st, const kg_onto_relation *rel,
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
    else if ((m = ex_actor_at(st, j)) != NULL)
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
    while (j < st->ntoks && words < 3 && ex_plain_word(st, j)) {
        j++;
        words++;
    }
    m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
    /* (a value too: "a summit in March with" passes its date over) */
    if (m && m->t0 == j && !m->dropped)
        return m->t1;
    return words ? j : i;
}

/* Dealings a sanction or a restriction is laid on or lifted from ("curbs
 * on trade with", "the ban on travel to", "restrictions on imports
 * from"). */
static const char *const ex_restricted_dealings[] = {
    "trade",   "trading",     "travel",      "flights",  "imports",
    "exports", "investment",  "investments", "shipments", "sales",
    "dealings", "business",   "visits",      "contacts", "loans",
    "lending", NULL};

/* "called for the release of 21 hostages, including ten foreign
 * tourists, held by Abu Sayyaf gunmen", "pressed for the freedom of
 * hostages held by pro-Iranian groups": a release asked for (1053, 0253)
 * of people no code names is asked of the ones who hold them.  From
 * token i (the people), within a dozen tokens and no coded actor before
 * it, "held", "kidnapped", "abducted", "seized" or "detained" (perhaps
 * "hostage") and "by": the token after "by" and its articles, or
 * (size_t)-1. */
static size_t ex_held_by(const ex_state *st, size_t i)
{
    static const char *const held[] = {"held",   "kidnapped", "abducted",
                                       "seized", "detained",  "captured",
                                       NULL};
    size_t j, end = i + 12 < st->ntoks ? i + 12 : st->ntoks;
    for (j = i; j < end; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (ex_tok_is(st, j, ".") || ex_tok_is(st, j, ";") ||
            ex_is_quote(st, j))
            return (size_t)-1;
        if (m && m->ent.code && *m->ent.code)
            return (size_t)-1;
        if (!ex_pronoun_is(&st->toks[j], held))
            continue;
        j++;
        if (ex_tok_is(st, j, "hostage") || ex_tok_is(st, j, "captive"))
            j++;
        if (!ex_tok_is(st, j, "by"))
            return (size_t)-1;
        j++;
        j = ex_after_dets(st, j);
        return j < st->ntoks ? j : (size_t)-1;
    }
    return (size_t)-1;
}

/* "the release of aid worker Margaret Hassan", "freedom for the Syrian
 * prisoners": does the actor mention opening at token i (past up to
 * three articles and plain words: "aid worker", "the remaining") follow
 * "release of", "freedom of" or "freedom for"? */
static int ex_released_of(const ex_state *st, size_t i)
{
    size_t k = i, words = 0;
    /* (an untagged word: "of" and "for" are prepositions, KG_W_PREP) */
    while (k > 0 && words < 3 &&
           (st->toks[k - 1].tag == KG_W_DET ||
            (st->toks[k - 1].tag == KG_W_NONE &&
             st->toks[k - 1].kind == KG_TOK_WORD &&
             !(st->toks[k - 1].flags & KG_TOKF_CAP)))) {
        k--;
        words++;
    }
    return k >= 2 &&
           ((ex_tok_is(st, k - 1, "of") &&
             (ex_tok_is(st, k - 2, "release") ||
              ex_tok_is(st, k - 2, "freedom"))) ||
            (ex_tok_is(st, k - 1, "for") && ex_tok_is(st, k - 2, "freedom")));
}

/* "ordered an inquiry into graft allegations against deposed Prime
 * Minister Nawaz Sharif", "investigated corruption charges against
 * Benazir Bhutto": what is investigated is alleged against someone, the
 * one investigated.  From token i, within four words and no actor
 * before, "allegations", "charges", "claims" or "accusations" and
 * "against": the token after it and its articles, or (size_t)-1. */
static size_t ex_alleged_against(const ex_state *st, size_t i)
{
    static const char *const alleged[] = {"allegations", "allegation",
                                          "charges",     "claims",
                                          "accusations", NULL};
    size_t j, end = i + 5 < st->ntoks ? i + 5 : st->ntoks;
    for (j = i; j < end; j++) {
        if (ex_mention_at(st, j) || st->toks[j].kind != KG_TOK_WORD)
            return (size_t)-1;
        if (!ex_pronoun_is(&st->toks[j], alleged))
            continue;
        if (!ex_tok_is(st, j + 1, "against"))
            return (size_t)-1;
        j += 2;
        j = ex_after_dets(st, j);
        return j < st->ntoks ? j : (size_t)-1;
    }
    return (size_t)-1;
}

/* "on the border with", "along its frontier with": a place phrase at
 * token i naming a border shared with the actor after it.  Returns the
 * token after "with", or 0. */
static size_t ex_border_with(const ex_state *st, size_t i)
{
    static const char *const at[] = {"on", "along", "near", "at", "across",
                                     NULL};
    size_t j = i + 1;
    if (!ex_pronoun_is(&st->toks[i], at))
        return 0;
    if (j < st->ntoks && (st->toks[j].tag == KG_W_DET ||
                          ex_pronoun_is(&st->toks[j], ex_owners)))
        j++;
    if (j + 1 < st->ntoks &&
        (ex_tok_is(st, j, "border") || ex_tok_is(st, j, "borders") ||
         ex_tok_is(st, j, "frontier")) &&
        ex_tok_is(st, j + 1, "with"))
        return j + 2;
    return 0;
}

/* Words of a thing's time before its maker: "rejected the latest American
 * ideas".  (Not "new" before a demonym: "condemned the new Turkish treaty"
 * names a thing, as ex_new_before_body reads it; ex_objects takes "new"
 * only before a body's name.) */
static const char *const ex_fresh_words[] = {
    "latest", "recent", "fresh", "revised", "renewed", NULL};

/* "held talks with his Israeli counterpart, Ariel Sharon, and the
 * Palestinian leader, Mahmoud Abbas": a demonym's role noun (one or two
 * lower-case words from token i) and the name of its country's person in
 * apposition after it are one list member; the list goes on after the
 * apposition's closing comma.  The token of that comma, else i. */
static size_t ex_role_apposition_end(const ex_state *st, size_t i,
                                     const kg_entity *last)
{
    const ex_mention *m;
    size_t k = i;
    while (k < st->ntoks && k < i + 2 && ex_plain_word(st, k))
        k++;
    if (k == i || k + 2 >= st->ntoks || !ex_tok_punct(st, k, ',') ||
        !(m = ex_mention_at(st, k + 1)) || m->t0 != k + 1 || m->dropped ||
        !ex_is_person(&m->ent) || !m->ent.country || !last->id ||
        (strcmp(m->ent.country, last->id) != 0 &&
         (!last->country || strcmp(m->ent.country, last->country) != 0)) ||
        m->t1 >= st->ntoks || !ex_tok_punct(st, m->t1, ','))
        return i;
    return m->t1;
}

/* "bought 51,000 tonnes of U.S. sorghum", "has bought around 320,000
 * tonnes of soft French wheat": goods a one-word trade verb (buy,
 * purchase, sell, import) counts in a measure, and the country they come
 * from, the other party of the sale (ex_state_commodity_deal decides
 * whether it is one between states).  The origin's token (a country
 * after "of", inside the measure or at most three lower-case words past
 * it: "tonnes of soft red winter Turkish wheat", "imported 12,000 tonnes
 * of refined sugar from Cuba"), or (size_t)-1. */
/* "imposed tariffs on imports of Japanese electrical goods", "sanctions
 * on imports of Japanese microchips", "a 15 pct duty on imports from
 * Canada", "tariffs on computer microchips imported from Japan": a
 * sanction's object is the goods of a country, which the sanction is
 * aimed at.  At token i, right after the entry's preposition (prep_seen,
 * past its articles): a trade noun (imports, exports, shipments, goods,
 * products, sales; up to two plain words before it, "certain electronic")
 * with "of" or "from", then the country within three words ("of certain
 * Japanese electronic goods"); or up to three plain words of a thing and
 * "from" or "imported from" right before the country ("on frozen orange
 * juice from Brazil").  That country's token, else (size_t)-1.  Only for
 * sanctions and their easing or threat (16x, 085, 1312): "trade in
 * imports of" is no party. */
static size_t ex_goods_origin(const ex_state *st, size_t i,
                              const kg_onto_relation *rel)
{
    static const char *const goods[] = {"imports", "exports", "shipments",
                                        "goods",   "products", "sales",
                                        NULL};
    const ex_mention *m;
    size_t j = i, k;
    if (!rel->cameo || !rel->prep ||
        (strncmp(rel->cameo, "16", 2) != 0 && strcmp(rel->cameo, "085") != 0 &&
         strcmp(rel->cameo, "1312") != 0) ||
        i == 0 || !ex_in_list(rel->prep, st->toks[i - 1].lower))
        return (size_t)-1;
    /* (the thing's plain words: "certain electronic goods", "computer
     * microchips") */
    while (j + 1 < st->ntoks && j < i + 3 &&
           !ex_pronoun_is(&st->toks[j], goods) &&
           ex_plain_word(st, j))
        j++;
    if (j > i && j + 1 < st->ntoks &&
        (ex_tok_is(st, j, "from") ||
         (ex_tok_is(st, j, "imported") && ex_tok_is(st, j + 1, "from")))) {
        /* "on computer microchips imported from Japan" */
        k = ex_tok_is(st, j, "from") ? j + 1 : j + 2;
        if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
            k++;
        m = ex_actor_at(st, k);
        return m && m->ent.type && !strcmp(m->ent.type, "Country")
                   ? k
                   : (size_t)-1;
    }
    if (j + 2 >= st->ntoks || j > i + 2 ||
        !ex_pronoun_is(&st->toks[j], goods) ||
        !(ex_tok_is(st, j + 1, "of") || ex_tok_is(st, j + 1, "from")))
        return (size_t)-1;
    for (k = j + 2; k < st->ntoks && k <= j + 5; k++) {
        m = ex_mention_at(st, k);
        if (m && m->t0 == k && !m->dropped && !m->ent.is_value &&
            m->ent.type && !strcmp(m->ent.type, "Country"))
            return k;
        if (st->toks[k].kind != KG_TOK_WORD ||
            (st->toks[k].tag != KG_W_NONE && st->toks[k].tag != KG_W_DET) ||
            (m && m->t0 == k))
            return (size_t)-1;
    }
    return (size_t)-1;
}

static size_t ex_measure_origin(const ex_state *st, size_t i,
                                const kg_onto_relation *rel)
{
    static const char *const about[] = {"about", "around", "over", "nearly",
                                        "almost", "some", "roughly", NULL};
    const ex_mention *m, *om;
    size_t j, k;
    if (i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], about))
        i++; /* ("around 320,000 tonnes of soft French wheat") */
    /* (a range, the measure at its upper end: "11,000 to 14,000 tonnes
     * of Canadian rapeseed", "between 27,000 and 33,000 tonnes of
     * Spanish corn") */
    if (i + 3 < st->ntoks && ex_tok_is(st, i, "between"))
        i++;
    if (i + 2 < st->ntoks && st->toks[i].kind == KG_TOK_NUMBER &&
        (ex_tok_is(st, i + 1, "to") || ex_tok_is(st, i + 1, "and")) &&
        st->toks[i + 2].kind == KG_TOK_NUMBER)
        i += 2;
    m = ex_mention_at(st, i);
    if (rel->noun || !rel->type || strcmp(rel->type, "trade") != 0 ||
        strchr(rel->pattern, ' ') || !m || m->t0 != i || m->dropped ||
        !m->ent.is_value || !m->ent.type ||
        strcmp(m->ent.type, "Quantity") != 0)
        return (size_t)-1;
    /* (the quantity may take the origin in: "51,000 tonnes of U.S.") */
    for (k = i + 1, j = 0; k < st->ntoks && k < m->t1 + 4; k++) {
        om = ex_actor_at(st, k);
        if (om && om->ent.type && !strcmp(om->ent.type, "Country"))
            return j ? k : (size_t)-1;
        if (ex_tok_is(st, k, "of"))
            j = 1;
        else if (k >= m->t1 &&
                 (st->toks[k].kind != KG_TOK_WORD || st->toks[k].mention ||
                  (st->toks[k].flags & KG_TOKF_CAP) || !j ||
                  /* ("tonnes of soft wheat to Tunisia": a party after
                   * its preposition, ex_quantity_party) */
                  st->toks[k].tag == KG_W_PREP))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* "agreed the Fed will let the funds rate be market-driven", "the firm
 * warned it could run out of cash", "acknowledged First Interstate may
 * have a difficult time": after a bare verb of concurring, admitting,
 * promising or warning, a noun phrase right after the verb (or its
 * "that") with a finite auxiliary or a modal straight after it is the
 * subject of the clause the verb reports, not a party to the act (a
 * denial's clause, "denied the party was trying to hide", is read before
 * any object, by ex_denial_takes_clause; the accusing verbs keep it:
 * "alleged the firms were abusing" accuses the firms; so do the
 * demanding ones: "said Japan must").  Token t1 ends the
 * verb; tokens p0 to p1 are the object candidate, a name or a pronoun,
 * before the entry's preposition if it has one ("agreed to"). */
static int ex_reported_clause_subject(const ex_state *st,
                                      const kg_onto_relation *rel,
                                      size_t t1, size_t p0, size_t p1)
{
    size_t j = t1;
    if (rel->noun || p1 >= st->ntoks ||
        !ex_in_list("agree;acknowledge;concede;pledge;promise;warn",
                    rel->pattern))
        return 0;
    if (j < p0 && ex_tok_is(st, j, "that"))
        j++;
    while (j < p0 && (st->toks[j].tag == KG_W_DET ||
                      st->toks[j].tag == KG_W_POSS))
        j++;
    /* ("conceded Congress ultimately will be unable to stop it",
     * "agreed Japan also would") */
    if (p1 + 1 < st->ntoks && ex_is_adverb(st, p1))
        p1++;
    if (j != p0 || (st->toks[p1].tag != KG_W_AUX &&
                    st->toks[p1].tag != KG_W_MODAL &&
                    st->toks[p1].tag != KG_W_FUTURE))
        return 0;
    /* ("warned Iran would face sanctions", "warned Syria could pay a
     * price": what the warned-of clause says the party will suffer is
     * the threat made to it) */
    j = p1 + 1;
    if (j < st->ntoks && st->toks[j].tag == KG_W_NEG)
        j++;
    return !(j < st->ntoks && !strcmp(rel->pattern, "warn") &&
             ex_in_list("face;pay;suffer;regret;bear", st->toks[j].lower));
}

static int ex_denial_takes_clause(const ex_state *st, size_t t1);

/* Past the time and place phrases at token k ("this morning", "here
 * today", "in Washington last week", "in New York"): the token after
 * them, or k. */
size_t ex_consult_adjunct_end(const ex_state *st, size_t k)
{
    size_t j, n;
    const ex_mention *m;
    for (n = 0; n < 3 && k < st->ntoks; n++) {
        j = ex_skip_time(st, k);
        if (j == k && (ex_tok_is(st, k, "here") || ex_tok_is(st, k, "there")))
            j = k + 1;
        if (j == k && ex_tok_is(st, k, "in") && k + 1 < st->ntoks &&
            (m = ex_actor_at(st, k + 1)) != NULL &&
            ex_country_or_place(m->ent.type))
            j = m->t1;
        if (j == k)
            break;
        k = j;
    }
    return k;
}

/* Does the pattern of entry rel open with one of the words of list
 * ("negotiate with" and "negotiate" open with "negotiate", "negotiated"
 * does not)?  0 for an entry with no pattern. */
static int ex_pattern_opens(const kg_onto_relation *rel,
                            const char *const *list)
{
    size_t n;
    if (!rel->pattern)
        return 0;
    n = strcspn(rel->pattern, " ");
    for (; *list; list++)
        if (strlen(*list) == n && !strncmp(rel->pattern, *list, n))
            return 1;
    return 0;
}

/* "US troops retook the city from Islamic militants", "recaptured
 * three villages from Armenian troops": ground taken back (192, a verb
 * of taking) from an armed side named after "from" in the same phrase
 * (a few words on, no comma, verb or clause word between) is taken by
 * fighting that side: its mention, which the act of force is aimed at
 * (190, ex_emit), or NULL.  Ground bought, or taken from a state's
 * hands in words ("seized control of the firm from its founders"), has
 * no armed side there. */
static const ex_mention *ex_taken_from_armed(const ex_state *st, size_t t1,
                                             const kg_onto_relation *rel)
{
    static const char *const taking[] = {"retake",   "recapture", "capture",
                                         "seize",    "take",      "regain",
                                         "wrest",    "reclaim",   NULL};
    size_t j, n, k;
    const ex_mention *m;
    if (!rel || rel->noun || !rel->cameo || strcmp(rel->cameo, "192") != 0 ||
        !ex_pattern_opens(rel, taking))
        return NULL;
    for (j = t1; j < st->ntoks && j < t1 + 8; j++) {
        if (ex_tok_punct(st, j, ',') || st->toks[j].tag == KG_W_SUB ||
            st->toks[j].tag == KG_W_AUX || st->toks[j].tag == KG_W_SPEECH ||
            (j > t1 && st->toks[j].trigger))
            return NULL;
        if (!ex_tok_is(st, j, "from"))
            continue;
        k = j + 1;
        k = ex_after_dets(st, k);
        /* (past two describing words: "from Islamic militants", where
         * "Islamic" may be a mention of its own) */
        for (n = 0; n < 3 && k < st->ntoks; n++, k++) {
            m = ex_mention_at(st, k);
            /* (a value has no code; m is read again below) */
            if (m && m->t0 == k && !m->dropped && ex_force_code(m->ent.code))
                break;
            if (n == 2 || !((st->toks[k].kind == KG_TOK_WORD &&
                             st->toks[k].tag == KG_W_NONE) ||
                            (m && m->t1 == k + 1)))
                return NULL;
        }
        m = ex_actor_at(st, k);
        return m && ex_force_code(m->ent.code) ? m : NULL;
    }
    return NULL;
}

/* "is investigating whether Iran has hidden", "launched an investigation
 * into whether Alitalia is receiving": an investigation (09x) whose
 * object is a "whether" clause looks into what that clause's subject
 * does; the actor right after "whether" (an article may come first) is
 * its object when a finite verb follows it: an auxiliary or modal, or a
 * past form ("whether Sony violated").  Not a passive ("whether U.S.
 * firms were treated unfairly" looks into what others did to them).  i
 * is the token of "whether"; returns the actor's first token, or
 * (size_t)-1. */
static size_t ex_whether_subject(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t v, w;
    if (i + 2 >= st->ntoks || !ex_tok_is(st, i, "whether"))
        return (size_t)-1;
    /* the clause's finite verb within eight words ("whether Italian
     * airline Alitalia is receiving"), the subject's head right before */
    for (v = i + 1; v < st->ntoks && v < i + 9; v++) {
        const ex_tok *k = &st->toks[v];
        if (k->kind != KG_TOK_WORD || k->tag == KG_W_SUB)
            return (size_t)-1;
        if (k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
            (k->tag == KG_W_NONE && !ex_mention_at(st, v) &&
             ex_ends_ed(st, v)))
            break;
    }
    if (v >= st->ntoks || v == i + 9 || !(m = ex_actor_before(st, v)) ||
        !m->ent.code || !*m->ent.code)
        return (size_t)-1;
    /* ("has been treated", "would be fined": passives) */
    for (w = v; w + 1 < st->ntoks && (st->toks[w].tag == KG_W_AUX ||
                                      st->toks[w].tag == KG_W_MODAL ||
                                      ex_tok_is(st, w, "not"));
         w++)
        ;
    if (w > v && ex_pronoun_is(&st->toks[w - 1], ex_be_forms) &&
        ex_ends_ed(st, w))
        return (size_t)-1;
    return m->t0;
}

/* "criticised the country's Grain Products Ministry", "met the nation's
 * Catholic bishops": does token i open "the country's" or "the nation's",
 * an owner that refers back to a state named before, with an actor
 * mention right after it of the country the sentence named last before
 * it, if any, and not of the state subj itself?  (The mention's country
 * is ex_owner_country's; the owner itself names no party.) */
static int ex_country_owner_phrase(const ex_state *st, size_t i,
                                   const kg_entity *subj)
{
    const ex_mention *m;
    size_t k;
    if (i + 3 >= st->ntoks || !ex_tok_is(st, i, "the") ||
        !(ex_tok_is(st, i + 1, "country") || ex_tok_is(st, i + 1, "nation")) ||
        !ex_tok_possessive(st, i + 2))
        return 0;
    if (!(m = ex_actor_at(st, i + 3)))
        return 0;
    /* (a state acting on "the country's" forces acts on another one's:
     * "France destroyed the country's air force" is Ivory Coast's, which
     * kg cannot tell; its own would be "its") */
    if (subj && subj->type && !strcmp(subj->type, "Country") &&
        m->ent.country && !strcmp(subj->id, m->ent.country))
        return 0;
    /* (the country referred back to is the last one the sentence named
     * before: a roundup's "MOSCOW - The Soviet Communist Party criticised
     * the country's Grain Products Ministry" whose ministry took a London
     * story's country is not read) */
    for (k = st->nments; k-- > 0;) {
        const ex_mention *p = &st->ments[k];
        if (p->t1 > i || p->dropped || p->ent.is_value || !p->ent.country)
            continue;
        return m->ent.country && !strcmp(p->ent.country, m->ent.country);
    }
    return 1;
}

/* The preposition right before object mention m (its articles aside),
 * "" when none or when m is not read from a mention. */
static const char *ex_object_prep(const ex_state *st, const ex_mention *m)
{
    size_t b;
    if (!m)
        return "";
    b = ex_before_dets(st, m->t0);
    return b > 0 && st->toks[b - 1].tag == KG_W_PREP ? st->toks[b - 1].lower
                                                     : "";
}

/* Takes actor mention am as ex_objects' next object: its entity in
 * out[*n] and the mention in om[*n].  Returns the token after am, where
 * ex_objects reads on (for a coordinated "and ..."). */
static size_t ex_take_object(const kg_entity **out, const ex_mention **om,
                             size_t *n, const ex_mention *am)
{
    out[*n] = &am->ent;
    om[*n] = am;
    (*n)++;
    return am->t1;
}

size_t ex_objects(ex_state *st, size_t t1, const kg_onto_relation *rel,
                  const kg_entity *subj, size_t trig,
                  const kg_entity **out, const ex_mention **om,
                  size_t max)
{
    size_t i = t1, skipped = 0, n = 0, crossed = 0, b;
    const ex_mention *worth = NULL; /* "worth $1bn": see below */
    /* (a noun entry that ends in its preposition, "appeal to", has it
     * seen: "issued an appeal to Poland") */
    int prep_seen = (rel->prep == NULL && !st->light_verb) ||
                    (rel->noun && t1 > 0 &&
                     st->toks[t1 - 1].tag == KG_W_PREP);
    const ex_mention *am;
    size_t rp = ex_relative_prep(st, t1, rel);

    if (ex_denial_takes_clause(st, t1))
        return 0;
    /* "Washington agreed to hold up imposing new duties on Brazilian
     * steel": a hold-up of an act is its delay (ex_refused_before reads the
     * act as not done), no refusal aimed at the act's party */
    if (!rel->noun && rel->pattern && !strcmp(rel->pattern, "hold up") &&
        t1 < st->ntoks && ex_is_ing(st, t1))
        return 0;
    if (rp != (size_t)-1)
        i = rp;
    if (rel->skip)
        i = ex_skipped_phrase(st, i);
    if (!rel->noun && !rel->prep && rel->cameo &&
        !strncmp(rel->cameo, "12", 2) &&
        (am = ex_refused_asker(st, t1)) != NULL) {
        i = ex_take_object(out, om, &n, am);
    }
    if (n == 0 && !rel->noun && !rel->prep && ex_judges_act(rel) &&
        ((am = ex_act_by_agent(st, t1)) != NULL ||
         (ex_passes_judgement(rel) &&
          (am = ex_act_of_agent(st, t1)) != NULL) ||
         ((!strncmp(rel->cameo, "05", 2) || !strncmp(rel->cameo, "11", 2)) &&
          (am = ex_policy_change_owner(st, t1)) != NULL))) {
        i = ex_take_object(out, om, &n, am);
    }
    if (n == 0 && rel->cameo && !strcmp(rel->cameo, "055") &&
        (am = ex_apology_victim(st, t1)) != NULL) {
        /* "expressed remorse for the suffering inflicted on Koreans" */
        i = ex_take_object(out, om, &n, am);
    }
    if (n == 0 && (am = ex_taken_from_armed(st, t1, rel)) != NULL) {
        i = ex_take_object(out, om, &n, am);
    }
    if (n == 0 && (am = ex_relative_gap_object(st, trig, t1, rel)) != NULL &&
        (!subj || !ex_same_id(&am->ent, subj))) {
        out[0] = &am->ent;
        om[0] = am;
        return 1;
    }
    while (n == 0 && i < st->ntoks) {
        const ex_tok *k = &st->toks[i];
        const ex_mention *m = ex_mention_at(st, i);
        size_t named;
        if ((i == t1 || (prep_seen && i > t1 && rel->prep &&
                         ex_in_list(rel->prep, st->toks[i - 1].lower))) &&
            (named = ex_what_called(st, i)) != (size_t)-1) {
            /* "condemned what it called the Bush doctrine": the thing
             * named (ex_what_called) */
            i = named;
            continue;
        }
        /* "is attacking (Russian President Vladimir) Putin": an aside
         * is skipped, actors in it too */
        if (k->paren && !st->toks[trig].paren) {
            i++;
            continue;
        }
        if (n == 0 && i == t1 && rel->cameo &&
            !strncmp(rel->cameo, "09", 2) &&
            ((b = ex_whether_subject(st, i)) != (size_t)-1 ||
             ((ex_tok_is(st, i, "into") || ex_tok_is(st, i, "of")) &&
              (b = ex_whether_subject(st, i + 1)) != (size_t)-1))) {
            i = b; /* "investigating whether Iran has hidden" */
            continue;
        }
        if (n == 0 && i == t1 && !rel->noun &&
            ex_date_possessive(st, i) != i) {
            i = ex_date_possessive(st, i); /* "welcomed Monday's U.S. rate
                                            * cut": when, not whose */
            continue;
        }
        if (m && m->t0 == i && !m->dropped && ex_is_date(&m->ent)) {
            i = m->t1; /* "released yesterday by Putin": when, not whom */
            continue;
        }
        if (n == 0 && i == t1 && !rel->noun && !rel->prep &&
            ex_shared_object_verb(st, i)) {
            i += 2; /* "killed or wounded 1,500 Iraqi soldiers" */
            continue;
        }
        if (!rel->noun && !strcmp(rel->type, "violate_ceasefire") &&
            (ex_tok_is(st, i, "by") || ex_tok_punct(st, i, ',')) &&
            i + 1 < st->ntoks && ex_ends_ing(st, i + 1) &&
            !ex_mention_at(st, i + 1)) {
            /* "broke the truce by shelling Ukrainian positions", "broke
             * the truce, attacking a garrison": the truce is broken
             * against the side the means hits */
            i += 2;
            continue;
        }
        if (n == 0 && i == t1 && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "11", 2) &&
            ex_tok_is(st, i, "as") && i + 4 < st->ntoks &&
            ex_is_quote(st, i + 1) && ex_is_quote(st, i + 3) &&
            st->toks[i + 2].kind == KG_TOK_WORD &&
            st->toks[i + 2].tag == KG_W_NONE &&
            !ex_mention_at(st, i + 2) &&
            (st->toks[i + 4].tag == KG_W_DET ||
             ((m = ex_mention_at(st, i + 4)) != NULL && m->t0 == i + 4))) {
            /* (the verdict quoted: 'condemned as "unfair" a new UN
             * resolution'; not a refusal's, 'rejected as "baseless"
             * American charges': the lexicon's "reject * charge", a
             * denial, reads no quotes) */
            i += 4;
            continue;
        }
        if (n == 0 && i == t1 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "11", 2) ||
             !strncmp(rel->cameo, "12", 2)) &&
            ex_tok_is(st, i, "as") && i + 2 < st->ntoks &&
            ex_plain_word(st, i + 1) &&
            (st->toks[i + 2].tag == KG_W_DET ||
             ((m = ex_mention_at(st, i + 2)) != NULL && m->t0 == i + 2))) {
            /* "denounced as illegal Israel's decision", "rejected as
             * groundless the charges of": wire copy's verdict before
             * the object */
            i += 2;
            continue;
        }
        if (n == 0 && prep_seen && i > t1 && rel->cameo &&
            (!strcmp(rel->cameo, "1053") || !strcmp(rel->cameo, "0253")) &&
            (!m || m->t0 != i || m->ent.is_value || !m->ent.code ||
             !*m->ent.code)) {
            /* "the release of 21 hostages held by Abu Sayyaf": asked of
             * the holders (ex_held_by) */
            size_t h = ex_held_by(st, i);
            const ex_mention *hm = h != (size_t)-1 ? ex_actor_at(st, h)
                                                   : NULL;
            if (hm && hm->ent.code && *hm->ent.code) {
                i = h;
                continue;
            }
        }
        if (n == 0 && prep_seen && i > t1 && rel->cameo &&
            (!strcmp(rel->cameo, "1053") || !strcmp(rel->cameo, "0253")) &&
            m && m->t0 == i && !m->ent.is_value && m->ent.code &&
            *m->ent.code && ex_released_of(st, i)) {
            /* "appealed for the release of aid worker Margaret Hassan",
             * "called for the release of the inmates": the ones released
             * are no party the release is asked of; the holders are
             * (ex_held_by: "held by Abu Sayyaf"), else no one named */
            size_t h = ex_held_by(st, m->t1);
            const ex_mention *hm = h != (size_t)-1 ? ex_actor_at(st, h)
                                                   : NULL;
            if (!hm || !hm->ent.code || !*hm->ent.code)
                return 0;
            i = h;
            continue;
        }
        if (n == 0 && rel->cameo && !strncmp(rel->cameo, "09", 2) &&
            (i == t1 || (prep_seen && i > t1 &&
                         (ex_in_list("into;of", st->toks[i - 1].lower) ||
                          st->toks[i - 1].tag == KG_W_DET))) &&
            (!m || m->t0 != i)) {
            /* "an inquiry into graft allegations against Sharif": the
             * one the allegations are against (ex_alleged_against) */
            size_t h = ex_alleged_against(st, i), q;
            const ex_mention *hm = NULL;
            /* (a title or a word before the name: "against deposed Prime
             * Minister Nawaz Sharif") */
            for (q = h; h != (size_t)-1 && q < st->ntoks && q < h + 4 && !hm;
                 q++) {
                hm = ex_mention_at(st, q);
                if (hm && hm->t0 != q)
                    hm = NULL;
                if (!hm && st->toks[q].kind != KG_TOK_WORD)
                    break;
            }
            h = q - 1;
            if (hm && hm->t0 == h && !hm->dropped && !hm->ent.is_value &&
                hm->ent.code && *hm->ent.code) {
                i = h;
                continue;
            }
        }
        if ((ex_tok_is(st, i, "on") ||
             (((k->flags & KG_TOKF_CAP) || ex_tok_is(st, i, "today") ||
               ex_tok_is(st, i, "yesterday")) &&
              !(i == t1 && i > 0 && ex_tok_is(st, i - 1, "on")))) &&
            ex_when_phrase(st, i) != i) {
            /* "signed an agreement on Monday with China", "held talks on
             * Friday with", wire copy's bare day "detonated a car bomb
             * Thursday outside the Australian Embassy": when, between
             * the act and its party ("insisted on Wednesday it was time":
             * the entry's own "on" is no date's) */
            i = ex_when_phrase(st, i);
            continue;
        }
        if (n == 0 && i == t1 && rel->noun && rel->prep && rel->cameo &&
            !strncmp(rel->cameo, "04", 2)) {
            /* "talks this morning with Funaro", "a meeting in Khartoum
             * yesterday with", "talks here today with": where and when
             * stand between a consultation and its party */
            size_t w = ex_consult_adjunct_end(st, i);
            if (w > i && w < st->ntoks &&
                ex_in_list(rel->prep, st->toks[w].lower)) {
                i = w;
                continue;
            }
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
        if (n == 0 && (!m || m->t0 != i || m->ent.is_value) &&
            ((!rel->noun && !rel->prep && skipped == 0) ||
             /* ("granted asylum to thousands of Syrians", "aid to 300
              * Iraqis": the count right after the entry's preposition
              * is the party's, as after a verb) */
             (rel->prep && prep_seen && i > t1 &&
              ex_in_list(rel->prep, st->toks[i - 1].lower)))) {
            size_t j = ex_object_modifiers(st, i);
            if (j != (size_t)-1) {
                skipped++;
                i = j;
                continue;
            }
        }
        if (n == 0) {
            size_t o = ex_measure_origin(st, i, rel);
            if (o == (size_t)-1 && prep_seen)
                o = ex_goods_origin(st, i, rel);
            if (o != (size_t)-1) {
                skipped++;
                i = o;
                continue;
            }
        }
        if (prep_seen && n == 0 && !rel->noun && rel->prep) {
            /* (right after the entry's preposition and its articles) */
            size_t j = i;
            while (j > t1 && st->toks[j - 1].tag == KG_W_DET)
                j--;
            j = j > t1 && ex_in_list(rel->prep, st->toks[j - 1].lower)
                    ? ex_firm_part_of(st, ex_town_of(st, i))
                    : i;
            if (j != i) {
                i = j;
                continue;
            }
        }
        if (ex_tok_is(st, i, "worth") && n == 0 && i + 1 < st->ntoks &&
            (m = ex_mention_at(st, ex_sum_hedge(st, i + 1))) != NULL &&
            m->t0 == ex_sum_hedge(st, i + 1) &&
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
            !rel->noun && strcmp(m->ent.type, "MonetaryAmount") != 0) {
            const ex_mention *pm = NULL;
            if (n == 0 && !prep_seen && skipped == 0)
                pm = ex_quantity_party(st, m, rel);
            if (!pm)
                break; /* "freed millions of tons of wheat": not a party */
            i = ex_take_object(out, om, &n, pm);
            break;
        }
        if (m && m->t0 == i && !m->dropped &&
            (ex_modifier_agent(st, m) || ex_broker_mention(st, m) ||
             ex_flag_mention(st, m)) &&
            skipped < EX_OBJECT_SKIP) {
            size_t owner = ex_flag_mention(st, m);
            skipped++;
            i = owner ? owner : m->t1;
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
        if (m && m->t0 == i && !m->dropped && !m->ent.is_value &&
            m->kind == KG_NAME_PROPER && rel->cameo &&
            !strncmp(rel->cameo, "09", 2) && ex_country_or_place(m->ent.type) &&
            m->t1 + 1 < st->ntoks && i > 0 &&
            st->toks[i - 1].tag == KG_W_DET &&
            ex_plain_word(st, m->t1) && skipped < EX_OBJECT_SKIP) {
            /* "an inquiry into the Beslan school hostage massacre", "a
             * special prosecutor's investigation into the Iran arms
             * scandal": a place's name before what is looked into names
             * where or what it was about, not a party investigated (a
             * demonym names an owner: "the Iranian nuclear programme") */
            skipped++;
            i = m->t1;
            continue;
        }
        if (m && m->t0 == i && !m->dropped && !m->ent.is_value &&
            ex_named_accord(st, m) && skipped < EX_OBJECT_SKIP) {
            /* "violated the Oslo accords", "broke the Minsk truce",
             * "ratified the Kyoto protocol": an accord named after the city
             * where it was made is what is broken or signed, not that
             * city's state */
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
            if (!pm && n == 0 && !(rel->prep && prep_seen) &&
                ex_recipient_prep(rel) &&
                (ex_thing_modifier(st, m) ||
                 (!rel->prep && !m->ent.is_value &&
                  ex_moved_object(m, &m->ent))))
                /* ("offered U.S. wheat to Moscow": a state that names
                 * the thing given is no party to the act) */
                pm = ex_prep_list_object_after(st, m->t1,
                                               ex_recipient_prep(rel));
            if (pm)
                m = pm;
            else if (n == 0 && (!rel->prep || !prep_seen) &&
                     ex_reported_clause_subject(st, rel, t1, m->t0, m->t1))
                break; /* "agreed the Fed will let" */
            else if (n == 0 && !prep_seen && skipped > EX_OBJECT_SKIP &&
                     (!m->ent.code || !*m->ent.code))
                break; /* (past a long noun phrase and no preposition,
                        * only a coded actor: "sell their metal services
                        * joint venture Integris Metals" names what is
                        * sold) */
            i = ex_take_object(out, om, &n, m);
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
            (ex_tok_is(st, i, "in") || ex_tok_is(st, i, "at") ||
             /* ("took to the streets of Belgrade against the air
              * strikes": the city the streets are in) */
             (ex_tok_is(st, i, "of") && i > 0 &&
              ex_tok_is(st, i - 1, "streets")))) {
            /* "met in London with Paisley", "held talks in Geneva with":
             * a place between the verb and the entry's own preposition
             * ("with" for an entry with none) says where; it is skipped
             * when that preposition comes right after it */
            const ex_mention *pm = ex_actor_from(st, i + 1);
            if (pm && pm->t1 < st->ntoks &&
                (rel->prep ? ex_in_list(rel->prep, st->toks[pm->t1].lower)
                           : ex_tok_is(st, pm->t1, "with")) &&
                (pm->kind == KG_NAME_METONYM ||
                 ex_country_or_place(pm->ent.type))) {
                i = pm->t1 + !rel->prep;
                continue;
            }
        }
        if (n == 0 && !prep_seen && rel->prep && !rel->noun &&
            (b = ex_border_with(st, i)) != 0) {
            /* "pull back troops massed on the border with Pakistan": the
             * country of a border the object stands at, before the
             * entry's own preposition, is the one the act is aimed at,
             * as after it (below) */
            i = b;
            continue;
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
        if (n == 0 && prep_seen && skipped > 0 && i > t1 && rel->cameo &&
            (!strncmp(rel->cameo, "08", 2) || !strncmp(rel->cameo, "16", 2) ||
             !strncmp(rel->cameo, "172", 3)) &&
            (ex_tok_is(st, i, "with") || ex_tok_is(st, i, "to") ||
             ex_tok_is(st, i, "from")) &&
            ex_pronoun_is(&st->toks[i - 1], ex_restricted_dealings)) {
            /* "lifted curbs on trade with North Korea", "the ban on
             * travel to Libya", "curbs on imports from Japan": the
             * restriction is eased or imposed on the country the dealings
             * are with, and the dealings are no act of their own (no 061
             * trade, no 042 visit) */
            st->toks[i - 1].covered = EX_READ_OFF;
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
        if (n == 0 && ex_country_owner_phrase(st, i, subj)) {
            /* "criticised the country's Interior Ministry": the owner
             * that refers back opens the object's phrase as "its" does
             * (ex_owner_country gave the organ its country) */
            i += 3;
            continue;
        }
        if (k->tag == KG_W_DET || (n == 0 && ex_tok_is(st, i, "neither")) ||
            (k->tag == KG_W_POSS && n == 0 && i + 1 < st->ntoks &&
             st->toks[i + 1].kind == KG_TOK_WORD &&
             st->toks[i + 1].tag == KG_W_NONE)) {
            /* ("welcomed their resumption of ties with X": a possessive
             * opens the object's phrase as an article does) */
            i++;
            /* ("condemned a new UN resolution", "rejected the latest U.S.
             * proposal": an act judged is its maker's, past the word of
             * its time, as "the UN resolution" is; a verdict on
             * another's act: not "considering a new US-friendly treaty",
             * nor "ruled out a fresh Colombian initiative", often the
             * subject's own; and by its maker's name: "the new Turkish
             * treaty" may be anyone's with Turkey, test new_before_a_body) */
            if (n == 0 && k->tag == KG_W_DET && i + 1 < st->ntoks &&
                (ex_pronoun_is(&st->toks[i], ex_fresh_words) ||
                 ex_tok_is(st, i, "new")) && rel->cameo &&
                (!strncmp(rel->cameo, "11", 2) ||
                 !strncmp(rel->cameo, "12", 2)) &&
                strncmp(rel->pattern, "rule out", 8) != 0 &&
                (m = ex_actor_at(st, i + 1)) != NULL &&
                m->kind != KG_NAME_DEMONYM && m->ent.code && *m->ent.code)
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
            p = ex_actor_at(st, h);
            if (p && ex_is_person(&p->ent)) {
                i = h;
                continue;
            }
        }
        if (n == 0 && !skipped && i + 1 < st->ntoks &&
            (i == t1 || st->toks[i - 1].tag == KG_W_DET) &&
            !rel->noun && !rel->prep && rel->cameo &&
            (!strncmp(rel->cameo, "05", 2) || !strncmp(rel->cameo, "11", 2) ||
             !strncmp(rel->cameo, "12", 2)) &&
            ex_pronoun_is(k, ex_fresh_words) &&
            (m = ex_mention_at(st, i + 1)) != NULL && m->t0 == i + 1 &&
            !m->dropped && !m->ent.is_value && m->ent.type &&
            !strcmp(m->ent.type, "Country") &&
            (m->kind == KG_NAME_DEMONYM || m->kind == KG_NAME_PROPER)) {
            /* "brushed aside the latest American ideas", "rejected the
             * new U.S. proposal": how recent a state's word is, before
             * the state (a verdict on it: praise, criticism, rejection;
             * "joined the new Mexican package" is no party) */
            i++;
            continue;
        }
        if (n == 0 && !skipped && i > t1 && i + 2 < st->ntoks &&
            st->toks[i - 1].tag == KG_W_DET && !rel->noun && !rel->prep &&
            rel->cameo && (!strncmp(rel->cameo, "11", 2) ||
                           !strncmp(rel->cameo, "12", 2)) &&
            strncmp(rel->pattern, "rule out", 8) != 0 &&
            k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
            !(k->flags & KG_TOKF_CAP) && !k->trigger && !m &&
            !ex_tok_is(st, i, "new") && /* (ex_new_before_body) */
            (m = ex_mention_at(st, i + 1)) != NULL && m->t0 == i + 1 &&
            !m->dropped && !m->ent.is_value && m->ent.code &&
            *m->ent.code && m->ent.type && m->t1 < st->ntoks &&
            (!strcmp(m->ent.type, "Country") ||
             m->kind == KG_NAME_DEMONYM) &&
            ex_plain_word(st, m->t1)) {
            /* "blamed an inflexible U.S. position", "criticised the
             * West German policy" past "the proposed": a verdict on a
             * state's stance, a word describing it between the article
             * and the state that modifies the stance's noun */
            i++;
            continue;
        }
        if (!(k->flags & KG_TOKF_CAP) && ex_time_adj(st, i) &&
            i + 1 < st->ntoks && (st->toks[i + 1].flags & KG_TOKF_CAP)) {
            /* "indicted former President Park Geun-hye", "met acting
             * President Yemi Osinbajo": the word of the office's time
             * before a bare title (as before a named actor) */
            const char *agent = NULL;
            size_t tl = ex_match_title(st, i + 1, &agent);
            const ex_mention *p = tl ? ex_actor_at(st, i + 1 + tl) : NULL;
            if (p && ex_is_person(&p->ent)) {
                i += 1 + tl;
                continue;
            }
        }
        if (k->flags & KG_TOKF_CAP) {
            /* "met President Putin", "with Foreign Minister Lavrov": a
             * bare title (no country before it to glue to) */
            const char *agent = NULL;
            size_t tl = ex_match_title(st, i, &agent);
            const ex_mention *p = tl ? ex_actor_at(st, i + tl) : NULL;
            /* (also "against Prime Minister Benjamin Netanyahu's
             * government": the person's state, a metonym) */
            if (p && (ex_is_person(&p->ent) || p->kind == KG_NAME_METONYM)) {
                i += tl;
                continue;
            }
        }
        if ((k->tag == KG_W_PRON) && n == 0) {
            const kg_entity *r = NULL;
            if ((!rel->prep || !prep_seen) &&
                ex_reported_clause_subject(st, rel, t1, i, i + 1))
                return 0; /* "warned it could run out of cash" */
            /* "banned Stockholm ..., accusing it": the thing acted on */
            if (!strcmp(k->lower, "it")) {
                r = st->have_last_object && !st->last_object.is_value
                        ? &st->last_object
                        : ex_last_thing(st, trig, subj);
                if (r && r->type && !strcmp(r->type, "Place") &&
                    rel->cameo && !strncmp(rel->cameo, "11", 2))
                    r = ex_last_accused_thing(st, trig, subj);
                if (r && ex_thing_since(st, r, subj, i))
                    r = NULL;
            }
            else if (!strcmp(k->lower, "him") || !strcmp(k->lower, "her"))
                /* "Biden called him an autocrat": not Biden himself */
                r = ex_last_person(st, trig, subj);
            else
                r = ex_participle_them(st, trig, i, subj);
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
        if (!rel->noun && !rel->prep && !skipped && n == 0 && rel->cameo &&
            !strncmp(rel->cameo, "11", 2)) {
            /* "condemned the crackdown in Belarus", "criticised the
             * executions in Iran": what a state does at home, criticised
             * where it happens, is criticism of that state (not "the
             * attack in Kabul", whose place is the victim) */
            const ex_mention *pm = ex_state_deed_place(st, i);
            if (pm) {
                i = ex_take_object(out, om, &n, pm);
                break;
            }
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
        /* ("the International Monetary Fund (IMF) and the World Bank") */
        j = i = ex_abbrev_end(st, ex_role_apposition_end(st, i, out[n - 1]));
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
        /* "held talks with Israel and with Syria", "paid a call to the
         * IMF and to the World Bank": the first party's preposition said
         * again */
        if (!bare && j + 1 < st->ntoks && st->toks[j].tag == KG_W_PREP &&
            ex_tok_is(st, j, ex_object_prep(st, om[0])))
            j++;
        j = ex_after_dets(st, j);
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
            !(m->t1 + 1 == st->ntoks && st->toks[m->t1].kind == KG_TOK_PUNCT) &&
            !ex_coded_apposition(st, out[n - 1], i, m))
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
        i = ex_take_object(out, om, &n, m);
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

/* ---- negation, modality and the speaker ------------------------------- */

/* Is token i an -ing word of more than four letters ("restarting")? */
int ex_is_ing(const ex_state *st, size_t i)
{
    return st->toks[i].kind == KG_TOK_WORD && ex_ends_ing(st, i);
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

/* "Russia stopped supplying gas to Ukraine", "would stop sharing river
 * data with Pakistan", "ceased trading with": is the gerund trigger at t
 * an act ended, no longer done?  (The ending is coded where the lexicon
 * names it: "halted aid to", "suspended talks with".) */
int ex_ended_act(const ex_state *st, size_t t)
{
    static const char *const stop[] = {
        "stop",  "stops",  "stopped", "stopping", "cease",  "ceases",
        "ceased", "ceasing", "halt",  "halts",    "halted", "halting",
        NULL};
    return t >= 1 && ex_is_ing(st, t) &&
           ex_pronoun_is(&st->toks[t - 1], stop);
}

/* "the bank has been banned from suing the dairy firm", "barred the
 * company from selling its shares", "prevented Zorg Motors from taking
 * control of": is the gerund at token t, right after "from", an act a ban
 * keeps from being done (the ban word right before "from", or before the
 * actor's mention that ends there)? */
static int ex_barred_from(const ex_state *st, size_t t)
{
    static const char *const bar[] = {
        "ban",       "bans",       "banned",     "banning",   "bar",
        "bars",      "barred",     "barring",    "prevent",   "prevents",
        "prevented", "preventing", "block",      "blocks",    "blocked",
        "blocking",  "prohibit",   "prohibits",  "prohibited",
        "prohibiting", "forbid",   "forbids",    "forbade",   "forbidden",
        "preclude",  "precludes",  "precluded",  "enjoin",    "enjoined",
        NULL};
    const ex_mention *m;
    size_t k;
    if (t < 2 || !ex_is_ing(st, t) || !ex_tok_is(st, t - 1, "from"))
        return 0;
    k = t - 2;
    if (ex_pronoun_is(&st->toks[k], bar))
        return 1;
    if (ex_tok_is(st, k, "them") || ex_tok_is(st, k, "it") ||
        ex_tok_is(st, k, "him") || ex_tok_is(st, k, "her"))
        return k >= 1 && ex_pronoun_is(&st->toks[k - 1], bar);
    m = ex_mention_at(st, k);
    if (!m || m->t1 != k + 1 || m->t0 < 1)
        return 0;
    k = m->t0 - 1;
    if (k >= 1 && st->toks[k].tag == KG_W_DET)
        k--;
    return ex_pronoun_is(&st->toks[k], bar);
}

/* The finite forms of "have" and "be" that open a verb group ("has yet
 * to", "is yet to", "has spread"). */
const char *const ex_have_be_finite[] = {"has", "have", "had", "is",
                                         "are", "was",  "were", NULL};

/* "refused to meet", "declined to resume talks", "failed to reach", "has
 * yet to condemn": the verb before the infinitive at token t says the act
 * was not done ("ruled out sending", "stopped short of condemning",
 * "refrained from criticising": before the gerund).  1 for
 * a refusal (the act becomes a rejection, root 12, when it is
 * cooperation), 2 for a failure or an act ended (the act is only
 * negated: "stopped supplying", ex_ended_act), else 0.  The
 * nouns say the same ("Washington's refusal to lift sanctions on Cuba" is
 * no lifting, "Russia's failure to withdraw its troops" no withdrawal). */
int ex_refused_before(const ex_state *st, size_t t)
{
    static const char *const refuse[] = {
        "refuse",   "refuses",  "refused",   "refusing", "decline",
        "declines", "declined", "declining", "refusal",  "refusals",
        NULL};
    static const char *const fail[] = {
        "fail",      "fails",         "failed",     "failing",
        "failure",   "failures",      "inability",  "unwillingness",
        "reluctance", "unable", NULL}; /* ("was unable to meet") */
    static const char *const stop[] = {"stop", "stops", "stopped",
                                       "stopping", NULL};
    static const char *const refrain[] = {"refrain", "refrains", "refrained",
                                          "refraining", NULL};
    static const char *const avoid[] = {"avoid", "avoids", "avoided",
                                        "avoiding", NULL};
    static const char *const postpone[] = {
        "postpone", "postpones", "postponed", "postponing", "delay",
        "delays",   "delayed",   "delaying", "defer",      "defers",
        "deferred", "deferring", NULL};
    static const char *const hold[] = {"hold",    "holds", "held", "holding",
                                       "put",     "puts",  "putting", NULL};
    static const char *const waive[] = {"waive", "waives", "waived",
                                        "waiving", "renounce", "renounced",
                                        "renounces", "renouncing", NULL};
    const ex_mention *m;
    size_t j = t, h;
    /* "ruled out sending F-16 jets to Ukraine": a refusal, as "refused to
     * send" is (a gerund, not an infinitive, follows "rule out") */
    if (ex_ruled_out_gerund(st, t))
        return 1;
    /* "stopped short of condemning Iran", "refrained from criticising":
     * the act was not done */
    if (t >= 3 && ex_is_ing(st, t) &&
        ((ex_tok_is(st, t - 1, "of") && ex_tok_is(st, t - 2, "short") &&
          ex_pronoun_is(&st->toks[t - 3], stop)) ||
         (ex_tok_is(st, t - 1, "from") &&
          ex_pronoun_is(&st->toks[t - 2], refrain))))
        return 2;
    if (ex_barred_from(st, t))
        return 2;
    if (ex_ended_act(st, t))
        return 2;
    /* "wants to avoid attacking Ukraine": an act avoided is not done */
    if (t >= 1 && ex_is_ing(st, t) && ex_pronoun_is(&st->toks[t - 1], avoid))
        return 2;
    /* "agreed to hold up imposing anti-dumping duties on Japanese
     * semiconductor shipments", "postponed imposing", "put off signing":
     * an act put off is not done */
    if (t >= 1 && ex_is_ing(st, t) &&
        (ex_pronoun_is(&st->toks[t - 1], postpone) ||
         (t >= 2 &&
          (ex_tok_is(st, t - 1, "up") || ex_tok_is(st, t - 1, "off")) &&
          ex_pronoun_is(&st->toks[t - 2], hold))))
        return 2;
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
    /* "the United States waived its right to impose import duties on the
     * Japanese microchips": a right given up is an act not done */
    if (h >= 2 && ex_tok_is(st, h, "right") &&
        (ex_pronoun_is(&st->toks[h - 1], waive) ||
         ex_pronoun_is(&st->toks[h - 2], waive)))
        return 2;
    /* "hoped to avoid having to resolve the dispute at the WTO" */
    if (h >= 1 && ex_tok_is(st, h, "having") &&
        ex_pronoun_is(&st->toks[h - 1], avoid))
        return 2;
    /* "France has yet to condemn Iran", "is yet to release": not done
     * so far */
    if (ex_tok_is(st, h, "yet") && h > 0 &&
        ex_pronoun_is(&st->toks[h - 1], ex_have_be_finite))
        return 2;
    return ex_pronoun_is(&st->toks[h], fail) ? 2 : 0;
}

/* "warned striking Egyptian workers", "met striking seamen", "striking
 * oil workers": is token t "striking" as the adjective of people on
 * strike (a sector right after it, or up to two words, a demonym among
 * them, before a noun of workers), not a strike on them?  The one test
 * for it: ex_may_trigger (no trigger) and the 19x check in clauses.c. */
int ex_striking_workers(const ex_state *st, size_t t)
{
    static const char *const workers[] = {
        "workers",  "worker",    "miners",   "seamen",  "sailors",
        "employees", "teachers", "doctors",  "nurses",  "staff",
        "dockers",  "dockworkers", "drivers", "pilots", "farmers",
        "students", "carriers",  "locals",   "unions",  "union",
        "truckers", "workforce", "crews",    "crew",    "strikers",
        "labourers", "laborers", "journalists", "civil", "public",
        "steelworkers", "autoworkers", "machinists", "engineers",
        "unionists", NULL};
    /* a sector right after "striking" ("striking oil workers", "striking
     * state employees") */
    static const char *const sectors[] = {
        "oil",     "steel",    "coal",      "rail",     "railway",
        "transport", "bus",    "taxi",      "factory",  "auto",
        "car",     "garment",  "textile",   "health",   "hospital",
        "postal",  "port",     "airline",   "state",    "government",
        NULL};
    size_t j;
    if (!ex_tok_is(st, t, "striking"))
        return 0;
    if (t + 1 < st->ntoks && ex_pronoun_is(&st->toks[t + 1], sectors))
        return 1;
    for (j = t + 1; j < st->ntoks && j < t + 4; j++) {
        if (ex_pronoun_is(&st->toks[j], workers))
            return 1;
        if (st->toks[j].kind != KG_TOK_WORD)
            return 0;
    }
    return 0;
}

/* Is the fighting at token t only the purpose of aid asked for or sent:
 * "asked Ethiopia to send more weapons to help it fight al Shabaab",
 * "wants more attack helicopters from the United States to fight Boko
 * Haram", "a request for fuel and ammunition to continue the offensive"?
 * "to (continue) fight", after "help <someone>" or right after a noun of
 * arms, aid or supplies.  The fight is what the aid is for, told by the
 * one who asks or gives it; the event is the aid (or the request). */
int ex_aid_purpose(const ex_state *st, size_t t)
{
    static const char *const aid[] = {
        "weapons",    "weapon",    "arms",      "ammunition", "helicopters",
        "jets",       "aircraft",  "planes",    "drones",     "missiles",
        "tanks",      "equipment", "supplies",  "fuel",       "aid",
        "money",      "funds",     "funding",   "assistance", "help",
        "support",    "training",  "hardware",  "materiel",   "munitions",
        "rifles",     "guns",      NULL};
    static const char *const go_on[] = {"continue", "pursue", "step",
                                        "intensify", "wage", "carry",
                                        NULL};
    static const char *const particles[] = {"up", "on", "out", NULL};
    static const char *const ask[] = {
        "ask",      "asked",    "asks",     "asking",   "want",
        "wants",    "wanted",   "request",  "requests", "requested",
        "seek",     "seeks",    "sought",   "seeking",  "appeal",
        "appealed", "plea",     "demand",   "demanded", "demands",
        "need",     "needs",    "needed",   NULL};
    size_t j = t, k;
    const ex_mention *m;
    j = ex_before_dets(st, j);
    /* ("to step up attacks", "to carry on the fight": a particle after
     * the verb) */
    if (j > 1 && ex_pronoun_is(&st->toks[j - 1], particles) &&
        ex_pronoun_is(&st->toks[j - 2], go_on))
        j -= 2;
    else if (j > 0 && ex_pronoun_is(&st->toks[j - 1], go_on))
        j--;
    if (j < 2)
        return 0;
    /* "to help it fight", "to help Kabul fight" */
    m = ex_mention_at(st, j - 1);
    if (st->toks[j - 1].tag == KG_W_PRON || (m && m->t1 == j)) {
        size_t h = st->toks[j - 1].tag == KG_W_PRON ? j - 1 : m->t0;
        if (h >= 2 && ex_tok_is(st, h - 1, "help") &&
            ex_tok_is(st, h - 2, "to"))
            return 1;
    }
    /* "wants more attack helicopters from the United States to fight",
     * "a request for fuel and ammunition to continue": the arms within
     * six words before "to", asked for within six words before them
     * ("used helicopters to attack rebel positions" is an attack) */
    if (!ex_tok_is(st, j - 1, "to"))
        return 0;
    for (k = j - 1; k > 0 && k + 7 > j; k--) {
        size_t a;
        if (st->toks[k - 1].kind == KG_TOK_PUNCT &&
            !ex_tok_is(st, k - 1, "-"))
            return 0;
        if (!ex_pronoun_is(&st->toks[k - 1], aid))
            continue;
        for (a = k - 1; a > 0 && a + 7 > k; a--)
            if (ex_pronoun_is(&st->toks[a - 1], ask))
                return 1;
        return 0;
    }
    return 0;
}

/* "under consideration", "under discussion", "being considered": is the
 * phrase at token k one of something weighed, not yet done?  Returns the
 * token after it, or 0. */
static size_t ex_weighed_at(const ex_state *st, size_t k)
{
    static const char *const under[] = {"consideration", "discussion",
                                        "study", "review", NULL};
    static const char *const being[] = {"considered", "discussed",
                                        "studied", NULL};
    if (k + 1 >= st->ntoks)
        return 0;
    if ((ex_tok_is(st, k, "under") && ex_pronoun_is(&st->toks[k + 1], under)) ||
        (ex_tok_is(st, k, "being") && ex_pronoun_is(&st->toks[k + 1], being)))
        return k + 2;
    return 0;
}

/* "a visit to Moscow by George Shultz was under consideration", "plans
 * now under discussion for Venezuela and Mexico to lend Ecuador crude",
 * "Ideas being considered included blocking Japanese companies": an act
 * weighed is not done.  The act's noun is the subject of "is under
 * consideration" (no comma between), or the act follows plans or ideas
 * so weighed in its clause ("a bill being considered by Congress" after
 * a verb says nothing of the verb). */
static int ex_weighed_act(const ex_state *st, size_t lo, size_t t, int noun)
{
    static const char *const ideas[] = {
        "plan",  "plans", "idea",     "ideas",    "proposal", "proposals",
        "option", "options", "measures", "steps", NULL};
    size_t k, e;
    for (k = t + 1; noun && k + 2 < st->ntoks && k <= t + 20; k++) {
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
            ex_tok_punct(st, k, ':') || ex_tok_is(st, k, "that") ||
            ex_tok_is(st, k, "which"))
            break;
        if (st->toks[k].tag == KG_W_AUX && ex_weighed_at(st, k + 1))
            return 1;
    }
    for (k = lo; k + 1 < t; k++) {
        size_t b = k;
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';'))
            continue;
        if (!(e = ex_weighed_at(st, k)))
            continue;
        if (b > 0 && ex_tok_is(st, b - 1, "now"))
            b--;
        if (b > 0 && ex_pronoun_is(&st->toks[b - 1], ideas)) {
            for (; e < t; e++)
                if (ex_tok_punct(st, e, ',') || ex_tok_punct(st, e, ';'))
                    break;
            if (e == t)
                return 1;
        }
    }
    return 0;
}

/* "reject the idea of negotiating with Congress", "the Bush
 * administration's rationale for invading Iraq", "the legal case for
 * invading Iraq": a gerund after a noun of argument or thought names the
 * act argued over, not one done (seventeenth session: 5 such events on
 * agnews, bbc and reuters, none a told act). */
static int ex_topic_gerund(const ex_state *st, size_t t)
{
    static const char *const of[] = {"idea", "ideas", "notion", NULL};
    static const char *const for_[] = {"rationale", "justification",
                                       "pretext", "case", NULL};
    /* "both support inviting Turkey to membership talks", "proposed
     * lifting restrictions on", "opposed sending troops": a gerund a verb
     * of advocacy takes is the act argued for or against */
    static const char *const advocate[] = {
        "support",   "supports",   "supported", "favour",    "favours",
        "favoured",  "favor",      "favors",    "favored",   "oppose",
        "opposes",   "opposed",    "advocate",  "advocates", "advocated",
        "propose",   "proposes",   "proposed",  "recommend", "recommends",
        "recommended", NULL};
    if (t < 2 || !ex_ends_ing(st, t))
        return 0;
    if (ex_pronoun_is(&st->toks[t - 1], advocate))
        return 1;
    return (ex_tok_is(st, t - 1, "of") &&
            ex_pronoun_is(&st->toks[t - 2], of)) ||
           (ex_tok_is(st, t - 1, "for") &&
            ex_pronoun_is(&st->toks[t - 2], for_));
}

/* "it would be foolish for Japan to strike back", "the only way out is
 * for Washington to join forces with Moscow", "open the doors for oil
 * companies to pressure OPEC": an infinitive whose subject "for" brings
 * is an act weighed, not done.  Not after a verb of asking ("called for
 * Iran to withdraw": the appeal's own reading, demanded; "in order for
 * Turkey to attack", a purpose, read in ex_asked_infinitive). */
static int ex_for_subject_infinitive(const ex_state *st, size_t t)
{
    static const char *const ask[] = {
        "call",   "calls",   "called",   "calling",  "appeal", "appeals",
        "appealed", "appealing", "press", "pressed", "pressing", "push",
        "pushed", "pushing", "ask",      "asked",    "asking", "plead",
        "pleaded", "pleading", "lobby",  "lobbied",  "lobbying", "order",
        NULL};
    const ex_mention *m;
    size_t f;
    if (t < 3 || !ex_tok_is(st, t - 1, "to") ||
        (m = ex_mention_at(st, t - 2)) == NULL || m->t1 != t - 1)
        return 0;
    f = m->t0;
    /* ("for international oil companies to": an article and up to two
     * plain words before the name) */
    while (f > 0 && f + 3 > m->t0 && ex_phrase_filler(st, f - 1))
        f--;
    if (f == 0 || !ex_tok_is(st, f - 1, "for"))
        return 0;
    return !(f >= 2 && ex_pronoun_is(&st->toks[f - 2], ask));
}

/* Is there a modal or "will" among tokens a..b-1 (the clause of a hope
 * or a belief, ex_unasserted_frame)? */
static int ex_modal_between(const ex_state *st, size_t a, size_t b)
{
    for (; a < b; a++)
        if (st->toks[a].tag == KG_W_MODAL || st->toks[a].tag == KG_W_FUTURE)
            return 1;
    return 0;
}

/* "an EC directive that will require U.S. meat processing plants to
 * comply fully with EC standards", "are required to comply": the act
 * after "require(d) X to" is an obligation laid on X, not done (X and up
 * to six plain words, names and articles between) */
static int ex_required_act(const ex_state *st, size_t t)
{
    static const char *const require[] = {"require", "requires", "required",
                                           "requiring", NULL};
    size_t j, n = 0;
    if (t < 2 || !ex_tok_is(st, t - 1, "to"))
        return 0;
    for (j = t - 1; j > 0 && n < 7; n++) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        if (ex_pronoun_is(&st->toks[j - 1], require))
            return 1;
        if (m && m->t1 == j && m->t0 < j)
            j = m->t0;
        else if (ex_phrase_filler(st, j - 1) ||
                 st->toks[j - 1].tag == KG_W_PRON ||
                 st->toks[j - 1].tag == KG_W_AUX)
            j--;
        else
            return 0;
    }
    return 0;
}

/* "seeking injunctions in foreign courts to impound Russian oil
 * exports", "is seeking a court order to block Pennzoil", "asked for
 * permission to search the ship": the act after "to" is what a means
 * sought (an injunction, an order, a warrant, permission, approval) is
 * for, not done (the means noun within six tokens before "to", perhaps
 * past a short phrase with "in", "from" or "against"; a verb of seeking
 * at most three tokens before the noun) */
static int ex_sought_means_act(const ex_state *st, size_t t)
{
    static const char *const means[] = {
        "injunction", "injunctions", "order",    "orders",  "warrant",
        "warrants",   "permission",  "approval", "authorisation",
        "authorization", "ruling",   "mandate",  NULL};
    static const char *const seek[] = {
        "seek",   "seeks",   "seeking", "sought",  "request",  "requests",
        "requested", "requesting", "apply", "applied", "applying", "ask",
        "asks",   "asked",   "asking",  "file",    "filed",    "filing",
        NULL};
    size_t j, k;
    if (t < 3 || !ex_tok_is(st, t - 1, "to"))
        return 0;
    for (j = t - 1; j-- > 0 && t - 1 - j <= 6;) {
        if (ex_pronoun_is(&st->toks[j], means)) {
            for (k = j; k-- > 0 && j - k <= 3;)
                if (ex_pronoun_is(&st->toks[k], seek))
                    return 1;
            return 0;
        }
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            st->toks[j].tag == KG_W_AUX || st->toks[j].tag == KG_W_MODAL)
            return 0;
    }
    return 0;
}

/* Is the trigger at token t the act of an attempt that is only judged
 * or defeated?  "claimed the minister's intervention was an attempt to
 * reassure voters" (a motive a critic ascribes), "the Senate defeated an
 * attempt to cut aid to Mexico" (an act blocked): "attempt", "effort",
 * "bid", "move" or "ploy" right before "to" and t, its article and up to
 * two plain words after a copula or a verb of defeat.  No one did the
 * act; "closed its embassy in an attempt to pressure Turkey" (the
 * subject's own purpose) is left to the modality. */
static int ex_attempt_judged(const ex_state *st, size_t t)
{
    static const char *const tries[] = {"attempt", "attempts", "effort",
                                        "efforts", "bid",      "bids",
                                        "move",    "ploy",     NULL};
    static const char *const frames[] = {
        "is",       "was",      "were",     "are",     "be",
        "been",     "defeated", "defeat",   "defeats", "blocked",
        "block",    "blocks",   "thwarted", "thwart",  "foiled",
        "foil",     "rebuffed", "resisted", NULL};
    size_t j, words = 0;
    if (t < 3 || !ex_tok_is(st, t - 1, "to") ||
        !ex_pronoun_is(&st->toks[t - 2], tries))
        return 0;
    for (j = t - 2; j > 0 && words <= 3; j--, words++) {
        if (ex_pronoun_is(&st->toks[j - 1], frames))
            return 1;
        if (!(st->toks[j - 1].tag == KG_W_DET || ex_plain_word(st, j - 1) ||
              (st->toks[j - 1].kind == KG_TOK_PUNCT &&
               !ex_tok_punct(st, j - 1, ','))))
            return 0;
    }
    return 0;
}

/* "Prices rose on rumours that France had sold wheat to Spain", "there
 * was speculation that", "dealers speculated it was because the central
 * bank lent", "had no information to suggest the ministry had broken off
 * talks", "suggested instead talks with Japan": an act told in the clause
 * a rumour, a speculation or a suggestion takes
 * (up to fifteen words before the trigger at t, no punctuation between)
 * is not known to be done, though the words of place and time between
 * the noun and its "that" keep ex_unasserted_frame's noun from it ("rumors
 * circulated through grain markets today that", "there were rumors in
 * world oil markets on Tuesday that"): 1.  A rumour confirmed
 * ("officials confirmed rumours that") is the act: -1; else 0 ("bought
 * wheat, as rumoured" has its verb before the word). */
static int ex_rumoured(const ex_state *st, size_t t)
{
    static const char *const rumour[] = {
        "rumour",     "rumours",     "rumor",      "rumors",    "rumoured",
        "rumored",    "speculation", "speculated", "speculate", "speculating",
        "suggest",    "suggests",    "suggested",  "suggesting", NULL};
    static const char *const confirm[] = {"confirmed", "confirms",
                                          "confirming", "confirm", NULL};
    size_t j, k;
    for (j = t; j-- > 0 && j + 16 > t;) {
        if (st->toks[j].kind == KG_TOK_PUNCT && !ex_tok_punct(st, j, '"'))
            return 0;
        if (!ex_pronoun_is(&st->toks[j], rumour))
            continue;
        for (k = j; k-- > 0 && k + 4 > j;)
            if (ex_pronoun_is(&st->toks[k], confirm))
                return -1;
        return 1;
    }
    return 0;
}

/* "a consensus on the need to protect children", "the government's aim
 * to defend the coast", "a reason to press Sweden": an act that a noun of
 * need, aim or reason names (a determiner or owner before the noun, one
 * plain word between allowed, "the urgent need to"; a quote mark may
 * open the act, 'the need to "protect') is a purpose stated, not done.
 * Is the trigger at t such an infinitive? */
static int ex_purpose_noun_to(const ex_state *st, size_t t)
{
    static const char *const need[] = {
        "need",      "needs",     "necessity", "aim",       "aims",
        "goal",      "goals",     "objective", "objectives", "purpose",
        "reason",    "reasons",   NULL};
    size_t v = t, n;
    if (v > 0 && ex_tok_punct(st, v - 1, '"'))
        v--;
    if (v < 3 || !ex_tok_is(st, v - 1, "to") ||
        !ex_pronoun_is(&st->toks[v - 2], need))
        return 0;
    n = v - 3;
    if (n > 0 && st->toks[n].kind == KG_TOK_WORD &&
        st->toks[n].tag == KG_W_NONE && !ex_mention_at(st, n))
        n--;
    return st->toks[n].tag == KG_W_DET || st->toks[n].tag == KG_W_POSS ||
           (ex_mention_at(st, n) && n + 1 < st->ntoks &&
            ex_tok_is(st, n + 1, "'s"));
}

/* "Prospects appear slim for a summer meeting between U.S. and Soviet
 * officials", "the chances are good for a deal with Peru": the odds of an
 * act told by a predicate (a noun of odds, a form of "be", "appear",
 * "seem", "look" or "remain", an adverb allowed, and a word of odds,
 * right before the "for" at token f) weigh the act, not tell it done.
 * (new23a) */
static int ex_odds_predicate(const ex_state *st, size_t f)
{
    static const char *const nouns[] = {
        "chance", "chances", "prospect", "prospects", "odds",
        "hope",   "hopes",   "likelihood", NULL};
    static const char *const seem[] = {
        "is",     "are",     "was",     "were",   "appear", "appears",
        "appeared", "seem",  "seems",   "seemed", "look",   "looks",
        "looked", "remain",  "remains", "remained", NULL};
    static const char *const level[] = {
        "slim", "dim",  "poor",   "remote", "bleak", "faint", "good",
        "bright", "high", "low",  "strong", "fair",  NULL};
    size_t k;
    if (f < 3 || !ex_pronoun_is(&st->toks[f - 1], level))
        return 0;
    k = f - 2;
    if (!ex_pronoun_is(&st->toks[k], seem) && k > 0 &&
        st->toks[k].kind == KG_TOK_WORD && strlen(st->toks[k].lower) > 4 &&
        !strcmp(st->toks[k].lower + strlen(st->toks[k].lower) - 2, "ly"))
        k--; /* ("seem fairly good for") */
    return ex_pronoun_is(&st->toks[k], seem) && k > 0 &&
           ex_pronoun_is(&st->toks[k - 1], nouns);
}

/* "opened a probe into alleged atrocities by Swedish troops", "the
 * alleged killings of protesters by the police", "a Security Council
 * draft condemning Peru": an act an adjective of allegation names (right
 * before the act's noun, or one plain word or a one-word actor between:
 * "alleged Israeli raids") is only alleged; an act a draft's participle
 * names ("a draft (resolution) criticising") is the text's, not yet
 * anyone's (extra24: code book 2's extras cb2-094-d, -092-h, -094-a,
 * -129-d, -129-g). */
static int ex_alleged_act(const ex_state *st, size_t t)
{
    static const char *const alleged[] = {"alleged", "suspected",
                                          "purported", NULL};
    static const char *const text[] = {"resolution", "resolutions", "text",
                                       "bill", NULL};
    const ex_mention *m;
    size_t k;
    if (t >= 1 && ex_pronoun_is(&st->toks[t - 1], alleged))
        return 1;
    if (t >= 2 && ex_pronoun_is(&st->toks[t - 2], alleged) &&
        (ex_plain_word(st, t - 1) ||
         ((m = ex_mention_at(st, t - 1)) != NULL && m->t0 == t - 1 &&
          m->t1 == t)))
        return 1;
    if (t < 2 || !ex_ends_ing(st, t))
        return 0;
    k = t - 1;
    if (ex_pronoun_is(&st->toks[k], text))
        k--;
    return ex_tok_is(st, k, "draft") || ex_tok_is(st, k, "drafts");
}

/* "Khartoum said it would let a joint UN-African Union force deploy in
 * Darfur", "allowed local councils to give people money": the act a verb
 * of permission lets another do (its bare verb after "let" and the
 * one let, or its infinitive after "allow"/"permit" and the one allowed:
 * up to six words, no punctuation, no other verb between) is permitted,
 * not told as done; the permission is the permitter's act (extra24:
 * code book 2's cb2-0355-a, -0255-g). */
static int ex_permitted_act(const ex_state *st, size_t t)
{
    static const char *const let[] = {"let", "lets", "letting", NULL};
    static const char *const allow[] = {
        "allow",  "allows",  "allowed",  "allowing",  "permit",
        "permits", "permitted", "permitting", NULL};
    size_t j, lo = t > 8 ? t - 8 : 0;
    int to = t > 0 && ex_tok_is(st, t - 1, "to");
    for (j = t; j-- > lo;) {
        const ex_tok *w = &st->toks[j];
        /* (a plain past "let" tells the act done: "Russia let Sweden
         * attack Syria"; "would let", "to let", "lets" do not) */
        if (j + 1 < t &&
            ((ex_pronoun_is(w, let) &&
              (!ex_tok_is(st, j, "let") ||
               (j > 0 && (st->toks[j - 1].tag == KG_W_MODAL ||
                          st->toks[j - 1].tag == KG_W_FUTURE ||
                          ex_tok_is(st, j - 1, "to"))))) ||
             (to && j + 2 < t && ex_pronoun_is(w, allow))))
            return 1;
        if (w->kind != KG_TOK_WORD || w->tag == KG_W_SUB ||
            w->tag == KG_W_AUX || w->tag == KG_W_MODAL ||
            (j + 1 < t && w->trigger) || (j + 1 < t && ex_ends_ed(st, j) &&
                                          !ex_mention_at(st, j)))
            return 0;
    }
    return 0;
}

/* "rejected accusations by Kinshasa that its troops had crossed the
 * border", "declined to comment on reports that Beijing had sent
 * warships": an act in the "that" clause of a noun of report or charge
 * (at token h; the "that" at token that, the trigger at t) is only
 * reported or charged, not told as done.  Not a relative "that" ("a
 * report that criticised", the trigger right after it), not after an
 * actor ("Xinhua reports that", "Iranian charges that": a verb, or a
 * charge ex_charge_nouns codes 112 with the act uncertain either way),
 * not a report confirmed ("confirmed reports that") nor denied ("denied
 * reports that": ex_denied_clause negates its act), and not a verb
 * right after "and", with no subject of its own: "Iran denied reports
 * that it intended to block the strait and warned the U.S." is the
 * denier's warning (the corpora's four "reports that ... and
 * said/urged/warned" are all the main clause's) (extra24). */
static int ex_denied_clause(const ex_state *st, size_t c);

/* "Dealers said reports that Chile had shelled a Peruvian port lifted
 * copper prices": bare "reports" (no article) that open the clause a
 * speech verb reports are the subject of that clause, the news the
 * market moved on; the act they carry is told, with its own verb, as
 * news, and coded as the real-news README codes an act told in passing.
 * Reports that are the topic of a question, a comment or a denial
 * ("asked about reports that", "tight-lipped about reports that",
 * "denied reports that") stay only reported (ex_report_noun_that). */
static int ex_report_told_as_news(const ex_state *st, size_t h)
{
    /* ("Syria said reports that its troops had shelled the port were
     * baseless": reports the speaker calls false) */
    static const char *const false_words[] = {
        "baseless", "false",   "untrue", "unfounded", "groundless",
        "wrong",    "incorrect", "fabricated", "nonsense", NULL};
    size_t k;
    if (!ex_tok_is(st, h, "reports") || h == 0 ||
        !(ex_tok_is(st, h - 1, "said") || ex_tok_is(st, h - 1, "says")))
        return 0;
    for (k = h + 1; k < st->ntoks; k++)
        if (ex_pronoun_is(&st->toks[k], false_words))
            return 0;
    return 1;
}

/* "a weekend press report that", "a New York Times report that": an
 * article (past up to two plain words) before the actor that names a
 * report makes "report" its noun, not the actor's verb ("Xinhua reports
 * that").  Is there one before token b? */
static int ex_article_before(const ex_state *st, size_t b)
{
    size_t k, words = 0;
    for (k = b; k > 0 && words <= 2; k--, words++) {
        const ex_tok *w = &st->toks[k - 1];
        if (w->kind == KG_TOK_WORD && w->tag == KG_W_DET)
            return 1;
        if (!ex_plain_word(st, k - 1) || w->mention)
            return 0;
    }
    return 0;
}

static int ex_report_noun_that(const ex_state *st, size_t h, size_t that,
                               size_t t)
{
    static const char *const claims[] = {
        "report",     "reports",    "accusation", "accusations",
        "allegation", "allegations", "charges",   NULL};
    static const char *const confirm[] = {"confirmed", "confirms",
                                          "confirm",   "confirming",
                                          "verified",  NULL};
    const ex_mention *m;
    size_t k;
    if (!ex_pronoun_is(&st->toks[h], claims) || that + 1 >= t || h == 0 ||
        ex_tok_is(st, t - 1, "and") || ex_denied_clause(st, that))
        return 0;
    if ((m = ex_mention_at(st, h - 1)) != NULL && m->t1 == h &&
        !ex_article_before(st, m->t0))
        return 0;
    if (ex_report_told_as_news(st, h))
        return 0;
    for (k = h; k-- > 0 && k + 4 > h;)
        if (ex_pronoun_is(&st->toks[k], confirm))
            return 0;
    return 1;
}

/* Is the trigger at token t inside a frame that does not assert it?
 * "rumours that the US had launched a strike", "rebuffed suggestions (by
 * Powell) that it consider accepting the offer", "speculation that Iran
 * would join": a "that" clause of a noun of rumour, suggestion or
 * speculation, in the same clause as the trigger, or of the verb
 * "suggest" ("analysts suggested that Iran had attacked": hinted at, not
 * reported as done); and "consider accepting", "considering sending":
 * an act only weighed. */
int ex_unasserted_frame(const ex_state *st, size_t t)
{
    static const char *const nouns[] = {
        "rumour",     "rumours",     "rumor",       "rumors",
        "suggestion", "suggestions", "speculation", "proposal",
        "proposals",  "possibility", "idea",        "suggest",
        "suggests",   "suggested",   "suggesting",  NULL};
    static const char *const consider[] = {
        "consider", "considers", "considered", "considering", "weigh",
        "weighs",   "weighed",   "weighing",   "mull",        "mulls",
        "mulled",   "mulling",   NULL};
    /* "pessimistic about the chances of reaching a deal", "the prospects
     * for talks with", "the risk of a war with": an act weighed, not done */
    static const char *const odds[] = {
        "chance", "chances", "prospect", "prospects", "likelihood",
        "possibility", "odds", "risk", "risks", NULL};
    static const char *const slim[] = {"little", "no",   "scant", "slim",
                                       "dim",    "faint", "few",   NULL};
    /* (and "it believes Brazil will reach agreement with its banks": an
     * act believed likely, in a clause with a modal, is a forecast) */
    static const char *const hope[] = {
        "hope",     "hopes",     "hoped",     "hoping",   "believe",
        "believes", "believed",  "believing", "suspect",  "suspects",
        NULL};
    static const char *const agreed[] = {
        "agreement", "agreements", "accord",     "deal",       "pact",
        "treaty",    "progress",   "compromise", "consensus",  "understanding",
        "talks",     "negotiations", "discussions", "breakthrough", NULL};
    /* "Colombian rebels plotted to assassinate Bush", "a plot to bomb an
     * Israeli airliner": an act plotted is a secret design, neither done
     * nor a threat made to anyone (CAMEO has no code for a plot) */
    static const char *const plot[] = {
        "plot",       "plots",      "plotted",    "plotting", "conspire",
        "conspired",  "conspiring", "conspiracy", NULL};
    size_t j, lo = t > 14 ? t - 14 : 0;
    int rumoured = ex_rumoured(st, t);
    if (rumoured != 0)
        return rumoured > 0;
    if (t > 0 && ex_ends_ing(st, t) &&
        ex_pronoun_is(&st->toks[t - 1], consider))
        return 1;
    if (t > 1 && ex_tok_is(st, t - 1, "to") &&
        ex_pronoun_is(&st->toks[t - 2], plot))
        return 1;
    if (ex_purpose_noun_to(st, t) || ex_alleged_act(st, t) ||
        ex_permitted_act(st, t))
        return 1;
    if (ex_required_act(st, t) || ex_sought_means_act(st, t) ||
        ex_attempt_judged(st, t))
        return 1;
    /* "aid of about $5bn, similar to the cash offered Central America
     * after Hurricane Mitch", "a deal similar to one between Iran and
     * China": an act named to compare with is another, earlier one, not
     * the news (in the same clause after "similar to" or "comparable
     * to") */
    for (j = t; j-- > lo + 1;) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':'))
            break;
        if (ex_tok_is(st, j, "to") && (ex_tok_is(st, j - 1, "similar") ||
                                       ex_tok_is(st, j - 1, "comparable")))
            return 1;
    }
    /* (the trigger a noun after the subject's article or owner: "a
     * visit to Moscow by Shultz was under consideration") */
    if (ex_weighed_act(st, lo, t,
                       t > 0 && (st->toks[t - 1].tag == KG_W_DET ||
                                 st->toks[t - 1].tag == KG_W_POSS)))
        return 1;
    /* "He nodded towards the tomb, rather than lay a wreath", "instead
     * of holding talks with": the act set aside, not done */
    if (t >= 2 && ((ex_tok_is(st, t - 2, "rather") &&
                    ex_tok_is(st, t - 1, "than")) ||
                   (ex_tok_is(st, t - 2, "instead") &&
                    ex_tok_is(st, t - 1, "of"))))
        return 1;
    /* "preparations for a possible cut in economic links with", "would
     * discuss more possible Canadian sanctions against", "a possible
     * U.S.-Soviet summit": an act held possible, not done (a demonym or
     * an X-Y pair between) */
    for (j = t; j-- > 0 && t - j <= 4;) {
        if (ex_tok_is(st, j, "possible") || ex_tok_is(st, j, "potential"))
            return 1;
        if (st->toks[j].kind != KG_TOK_WORD && !ex_tok_is(st, j, "-"))
            break;
    }
    /* "talks between Japan and North Korea aimed at resolving a dispute",
     * "a move designed to put pressure on Kenya": the purpose of a thing
     * (talks, a move, a pact), not an act done or announced */
    if (t >= 2 && ((ex_tok_is(st, t - 1, "at") && ex_tok_is(st, t - 2, "aimed") &&
                    ex_ends_ing(st, t)) ||
                   (ex_tok_is(st, t - 1, "to") &&
                    ex_tok_is(st, t - 2, "designed"))))
        return 1;
    /* "is considering reopening peace talks with", "weighing sending
     * troops to": the act a weighed gerund heads, up to three plain words
     * on (the trigger a noun of the gerund's phrase) */
    for (j = t; j-- > 0 && t - j <= 4;) {
        if (st->toks[j].kind != KG_TOK_WORD || ex_mention_at(st, j))
            break;
        if (j > 0 && j < t && ex_ends_ing(st, j) &&
            ex_pronoun_is(&st->toks[j - 1], consider))
            return 1;
    }
    /* "inched toward an agreement on starting membership talks", "a
     * proposal for an agreement on withdrawing Soviet and American
     * missiles", "made no progress on restarting talks": the act a gerund
     * after "on" or "about" and a noun of agreement or talks heads is
     * their topic, not done (the trigger the gerund or a noun of its
     * phrase, up to three plain words on; eighteenth session: 4 such
     * events on agnews, bbc and reuters, all wrong) */
    for (j = t + 1; j-- > 2 && t - j <= 3;) {
        if (st->toks[j].kind != KG_TOK_WORD ||
            (j < t && ex_mention_at(st, j)))
            break;
        if (ex_ends_ing(st, j) &&
            (ex_tok_is(st, j - 1, "on") || ex_tok_is(st, j - 1, "about")) &&
            ex_pronoun_is(&st->toks[j - 2], agreed))
            return 1;
    }
    j = t;
    /* ("the risk of Iranian attack on U.S. warships", "Any Iranian
     * attack on Soviet ships will bring a response": past the noun's
     * owner; an act "any" picks is none in particular, not one done) */
    if (j > 0 && ex_mention_at(st, j - 1) &&
        ex_mention_at(st, j - 1)->t1 == j)
        j = ex_mention_at(st, j - 1)->t0;
    if (j > 0 && ex_tok_is(st, j - 1, "any"))
        return 1;
    if (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    if (j >= 2 && (ex_tok_is(st, j - 1, "of") || ex_tok_is(st, j - 1, "for")) &&
        ex_pronoun_is(&st->toks[j - 2], odds))
        return 1;
    if (ex_topic_gerund(st, t) || ex_for_subject_infinitive(st, t))
        return 1;
    /* "saw little hope of an early breakthrough in talks with the rebels",
     * "no prospect of a deal with": an act held unlikely, a few plain
     * words after the "of" */
    for (j = t; j-- > 2 && t - j <= 7;) {
        if (st->toks[j].kind != KG_TOK_WORD || (j < t && ex_mention_at(st, j)))
            break;
        if ((ex_tok_is(st, j, "of") || ex_tok_is(st, j, "for")) &&
            (ex_pronoun_is(&st->toks[j - 1], odds) ||
             ex_tok_is(st, j - 1, "hope") || ex_tok_is(st, j - 1, "hopes")) &&
            ex_pronoun_is(&st->toks[j - 2], slim))
            return 1;
        if (ex_tok_is(st, j, "for") && ex_odds_predicate(st, j))
            return 1;
    }
    for (j = t; j-- > lo;) {
        const ex_mention *m;
        size_t h;
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || ex_tok_punct(st, j, '.'))
            return 0;
        /* "he hopes the U.S. will soon be able to lift sanctions", "they
         * hope Japanese commercial banks will help Nigeria": an act hoped
         * for in a clause with a modal is the hoper's wish, not done nor
         * announced ("hopes to visit Canada" is the hoper's own intent) */
        if (ex_pronoun_is(&st->toks[j], hope) && j + 1 < t &&
            !ex_tok_is(st, j + 1, "to") && ex_modal_between(st, j + 1, t))
            return 1;
        if (!ex_tok_is(st, j, "that") || j == 0)
            continue;
        /* ("believes that Brazil will reach agreement with") */
        if (ex_pronoun_is(&st->toks[j - 1], hope) &&
            ex_modal_between(st, j + 1, t))
            return 1;
        h = j - 1;
        /* "suggestions by US Secretary of State Colin Powell that" */
        if ((m = ex_mention_at(st, h)) != NULL && m->t0 >= 2 &&
            (ex_tok_is(st, m->t0 - 1, "by") ||
             ex_tok_is(st, m->t0 - 1, "from")))
            h = m->t0 - 2;
        return ex_pronoun_is(&st->toks[h], nouns) ||
               ex_report_noun_that(st, h, j, t);
    }
    return 0;
}

/* "blamed Washington for obstructing talks with the IMF", "accused
 * Israel of sabotaging talks with", "threatened to derail the peace
 * talks", "reconsidering its boycott of talks with": is the noun at
 * token t the object of a verb of obstruction or a boycott (an article
 * or possessive and up to two plain words between)?  Its act is
 * not done by the obstructer, nor said to take place. */
int ex_obstructed_noun(const ex_state *st, size_t t)
{
    static const char *const stems[] = {
        "obstruct", "sabotag", "derail", "torpedo", "scuttl", "wreck",
        "hamper",   "hinder",  "undermin", "disrupt", "jeopardi", NULL};
    size_t j = t, words = 0, k;
    while (j > 0 && words < 3 && ex_phrase_filler(st, j - 1)) {
        j--;
        words++;
        for (k = 0; stems[k]; k++)
            if (!strncmp(st->toks[j].lower, stems[k], strlen(stems[k])))
                return j < t;
    }
    /* ("its boycott of talks with the Irish government": the noun) */
    return j >= 2 && ex_tok_is(st, j - 1, "of") &&
           !strncmp(st->toks[j - 2].lower, "boycott", 7);
}

/* "His film was highly critical of President Bush and the US-led
 * invasion of Iraq", "opposition to the war in Iraq", "reopened the row
 * over the invasion": is the fighting noun at token t (its phrase:
 * articles, plain words, names, and one actor joined by "and" before it)
 * what a judgement or a dispute is about?  Then the act is a topic,
 * named, not the news told.  A dispute is read by ex_controversy_topic,
 * as for an act of any root. */
static int ex_judged_topic_noun(const ex_state *st, size_t t)
{
    static const char *const judged_of[] = {
        "critical", "criticism", "critic", "critics", "critique", NULL};
    static const char *const judged_to[] = {
        "opposition", "opposed", "objection", "objections", NULL};
    size_t j = t, n = 0;
    /* ("the row over the invasion": what a quarrel is about) */
    if (ex_controversy_topic(st, t))
        return 1;
    /* ("critical of Blair's decision to go to war with Iraq": the
     * decision's act) */
    if (t >= 3 && ex_tok_is(st, t - 1, "to") &&
        (ex_tok_is(st, t - 2, "decision") || ex_tok_is(st, t - 2, "decisions")))
        j = t - 2;
    while (j > 1 && n < 8) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        const ex_tok *k = &st->toks[j - 1];
        if ((ex_tok_is(st, j - 1, "of") &&
             ex_pronoun_is(&st->toks[j - 2], judged_of)) ||
            (ex_tok_is(st, j - 1, "to") &&
             ex_pronoun_is(&st->toks[j - 2], judged_to)))
            return 1;
        if (m && m->t1 == j && m->t0 < j) {
            j = m->t0;
        } else if (ex_phrase_filler(st, j - 1) || ex_tok_is(st, j - 1, "and") ||
                   (k->kind == KG_TOK_WORD && (k->flags & KG_TOKF_CAP))) {
            j--;
        } else {
            return 0;
        }
        n++;
    }
    return 0;
}

/* Is the fighting noun at token t an earlier act named in passing?
 * "in reprisal for an earlier Chadian raid on the town", "a century
 * after the ill-fated French assault on the fort", "on the anniversary
 * of the Turkish invasion", "since the 1999 Serbian offensive": a
 * noun phrase (articles, plain words and names between) after "an
 * earlier" or "the previous", "N years after", "anniversary of" or
 * with a year or a month in it is history, not the news told. */
int ex_history_noun(const ex_state *st, size_t t)
{
    static const char *const past[] = {"earlier", "previous", "prior",
                                       NULL};
    static const char *const spans[] = {
        "years",  "year",      "decades", "decade", "century",
        "months", "centuries", "anniversary", "aftermath", NULL};
    static const char *const probes[] = {
        "inquiry", "inquiries", "investigation", "probe", "look",
        "looks",   "looked",    "looking",       NULL};
    static const char *const looked[] = {
        "examine",     "examined",     "examines",  "examining",
        "investigate", "investigated", "investigates", "investigating",
        "halt",        "halted",       "halts",     "halting",
        "stop",        "stopped",      "stops",     "stopping", NULL};
    size_t j = t, n = 0;
    if (ex_judged_topic_noun(st, t))
        return 1;
    while (j > 0 && n < 5) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        const ex_tok *k = &st->toks[j - 1];
        if ((n > 0 || (j >= 2 && (st->toks[j - 2].tag == KG_W_DET ||
                                  st->toks[j - 2].tag == KG_W_POSS))) &&
            k->kind == KG_TOK_NUMBER && k->end - k->start == 4 &&
            (!strncmp(k->lower, "19", 2) || !strncmp(k->lower, "20", 2)))
            return 1;
        if (n > 0 && ex_pronoun_is(k, ex_month_names))
            return 1;
        /* "an inquiry into the Syrian shelling of the camp", "examined
         * Syrian air strikes on", "urged Syria to halt its raids on": an
         * act looked into or to be stopped is named, not told as news
         * ("stopped attacking", the act ended: ex_ended_act) */
        if ((n > 0 && ex_pronoun_is(k, looked)) ||
            (j >= 2 && ex_tok_is(st, j - 1, "into") &&
             ex_pronoun_is(&st->toks[j - 2], probes)))
            return 1;
        if (m && m->t1 == j && m->t0 < j) {
            j = m->t0;
            n++;
            continue;
        }
        if (j >= 2 && ex_pronoun_is(k, past) &&
            (st->toks[j - 2].tag == KG_W_DET ||
             st->toks[j - 2].tag == KG_W_POSS))
            return 1;
        if (n > 0 && j >= 2 &&
            (ex_tok_is(st, j - 1, "after") || ex_tok_is(st, j - 1, "of")) &&
            ex_pronoun_is(&st->toks[j - 2], spans))
            return 1;
        if (!ex_phrase_filler(st, j - 1) && k->kind != KG_TOK_NUMBER)
            break;
        j--;
        n++;
    }
    return 0;
}

/* Is the act at token t the topic of a controversy?  "reopened the row
 * over the Swedish decision to go to war with Syria", "discussed the
 * scandal over Swedish arms sales to Syria": an act a row, scandal,
 * debate or furore is over is named as what the quarrel is about, not
 * told as news (a noun phrase, names, "of", "to" and "'s" between; the
 * trigger a noun or the verb of an infinitive in it).  The quarrel itself
 * ("the row over semiconductors") is left to the other rules. */
int ex_controversy_topic(const ex_state *st, size_t t)
{
    static const char *const quarrels[] = {
        "row",    "rows",  "scandal", "scandals", "controversy", "debate",
        "furore", "furor", "uproar",  "outcry",   "storm",       NULL};
    static const char *const glue[] = {"of", "to", "'s", "\xe2\x80\x99s",
                                       NULL};
    size_t j = t, n = 0;
    while (j > 1 && n < 9) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        const ex_tok *k = &st->toks[j - 1];
        if (ex_tok_is(st, j - 1, "over") || ex_tok_is(st, j - 1, "about") ||
            ex_tok_is(st, j - 1, "surrounding"))
            return ex_pronoun_is(&st->toks[j - 2], quarrels);
        if (m && m->t1 == j && m->t0 < j)
            j = m->t0;
        else if (k->kind == KG_TOK_WORD &&
                 (k->tag == KG_W_DET || k->tag == KG_W_POSS ||
                  (k->tag == KG_W_NONE && !m) || ex_pronoun_is(k, glue) ||
                  /* ("the row over President Bush and the invasion":
                   * an actor joined by "and") */
                  (ex_tok_is(st, j - 1, "and") &&
                   (m = ex_mention_at(st, j - 2)) != NULL && m->t1 == j - 1)))
            j--;
        else
            return 0;
        n++;
    }
    return 0;
}

/* The number the n digits at p spell ("1986", the "03" of
 * "1987-03-26"), or -1 when one of them is no digit (the lint bans
 * atoi, which cannot tell "x" from "0"). */
static int ex_digits_value(const char *p, size_t n)
{
    size_t i;
    int v = 0;
    for (i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* Is the date phrase from token j ("in", perhaps "early", "late" or
 * "mid", perhaps a month, then a year: "in July 1986", "in early 1985",
 * "in mid-1983") dated before the story's date doc ("1987-03-26"): a
 * year before the story's, or a month of its year two or more before its
 * month?  Where the phrase ends (the token after it), else 0; its year
 * and month (0: none) in *yr and *mo. */
static size_t ex_earlier_date_at(const ex_state *st, size_t j,
                                 const char *doc, int *yr, int *mo)
{
    static const char *const part[] = {"early", "late", "mid", NULL};
    static const char *const months[] = {
        "january", "february", "march", "april",   "may",      "june",
        "july",    "august",   "september", "october", "november",
        "december", NULL};
    size_t k = j + 1;
    int month = 0, year, dy, dm;
    const ex_tok *y;
    if (!ex_tok_is(st, j, "in"))
        return 0;
    if (k < st->ntoks && ex_pronoun_is(&st->toks[k], part)) {
        k++;
        if (k < st->ntoks && ex_tok_punct(st, k, '-'))
            k++;
    }
    if (k < st->ntoks && (st->toks[k].flags & KG_TOKF_CAP)) {
        size_t m;
        for (m = 0; months[m]; m++)
            if (!strcmp(st->toks[k].lower, months[m]))
                break;
        if (months[m]) {
            month = (int)m + 1;
            k++;
        }
    }
    if (k >= st->ntoks)
        return 0;
    y = &st->toks[k];
    if (y->kind != KG_TOK_NUMBER || y->end - y->start != 4 ||
        !(y->lower[0] == '1' || y->lower[0] == '2'))
        return 0;
    year = ex_digits_value(y->lower, 4);
    dy = ex_digits_value(doc, 4);
    dm = ex_digits_value(doc + 5, 2);
    if (year < 0 || dy < 0 || dm < 0)
        return 0;
    *yr = year;
    *mo = month;
    if (month == 0)
        return year < dy ? k + 1 : 0;
    return year * 12 + month + 2 <= dy * 12 + dm ? k + 1 : 0;
}

/* A year, or a year and a month, as an ISO date ("1986", "1986-07"),
 * kept in the document's arena (NULL: out of memory). */
static const char *ex_history_date(ex_state *st, int year, int month)
{
    char iso[16];
    if (month > 0)
        snprintf(iso, sizeof(iso), "%04d-%02d", year, month);
    else
        snprintf(iso, sizeof(iso), "%04d", year);
    return ex_strndup(st, iso, strlen(iso));
}

/* When the past act whose trigger runs from t0 to t1 happened, when its
 * own clause dates it before the story: "China applied to join GATT in
 * July 1986" (1986-07), "The union went on strike in March 1986", "The ADB
 * in 1986 approved two loans to India" (1986), "In 1982, the U.S. imposed
 * the measures" in stories of 1987: a past act given an explicit earlier
 * date (ex_earlier_date_at) is history told in passing, an event of then,
 * not of the story's day.  The date is read after the
 * trigger, up to twelve words with no punctuation (but an acronym in
 * brackets) or clause word between;
 * right before the verb (an adverb between); or opening the sentence
 * before a comma, the verb the first one after it.  A verb in the present
 * or the future ("aid will rise to 91 mln marks in 1987 from 50 mln in
 * 1986") and a story with no date are left alone: NULL. */
static const char *ex_dated_earlier(ex_state *st, size_t t0, size_t t1)
{
    static const char *const irregular[] = {
        "went", "began", "made", "held", "met",  "sent", "gave",
        "took", "sought", "won", "fought", "paid", "sold", "bought",
        "led", "broke", "froze", "withdrew", "struck", "cut",
        "set", "lent", "hit", NULL};
    static const char *const clause[] = {
        "and", "but", "which", "who", "that", "when", "while",
        "after", "before", "because", "since", "until", "as", "where",
        "following", NULL};
    const char *doc = st->doc->date;
    size_t j, e, n;
    int y = 0, m = 0;
    if (!doc || strlen(doc) < 10 || t0 >= st->ntoks ||
        !(ex_ends_ed(st, t0) || ex_pronoun_is(&st->toks[t0], irregular)))
        return NULL;
    if (t0 > 0 && (ex_tok_is(st, t0 - 1, "will") ||
                   ex_tok_is(st, t0 - 1, "would")))
        return NULL;
    /* after the trigger: "applied to join GATT in July 1986" */
    for (j = t1, n = 0; j < st->ntoks && n < 12; j++, n++) {
        const ex_mention *nm = ex_mention_at(st, j);
        if (ex_earlier_date_at(st, j, doc, &y, &m))
            return ex_history_date(st, y, m);
        if (nm && nm->t0 == j && nm->t1 > j + 1) {
            /* (a name, one word: "the General Agreement on Tariffs and
             * Trade") */
            j = nm->t1 - 1;
            continue;
        }
        /* (an acronym in brackets: "the General Agreement on Tariffs
         * and Trade (GATT) in July 1986") */
        if (ex_tok_punct(st, j, '(') && j + 2 < st->ntoks &&
            ex_tok_punct(st, j + 2, ')')) {
            j += 2;
            continue;
        }
        if (st->toks[j].kind == KG_TOK_PUNCT ||
            ex_pronoun_is(&st->toks[j], clause))
            break;
    }
    /* before the verb: "The ADB in 1986 approved" */
    for (j = t0; j > 0 && j + 6 > t0; j--) {
        e = ex_earlier_date_at(st, j - 1, doc, &y, &m);
        if (e && (e == t0 || (e + 1 == t0 && ex_is_adverb(st, e))))
            return ex_history_date(st, y, m);
    }
    /* opening the sentence: "In 1982, the U.S. imposed" */
    e = ex_earlier_date_at(st, 0, doc, &y, &m);
    if (e && e < t0 && ex_tok_punct(st, e, ',')) {
        for (j = e + 1; j < t0; j++)
            if ((st->toks[j].kind == KG_TOK_PUNCT &&
                 !ex_tok_punct(st, j, ',')) ||
                ex_ends_ed(st, j) ||
                ex_pronoun_is(&st->toks[j], irregular))
                return NULL;
        return ex_history_date(st, y, m);
    }
    return NULL;
}

/* Is the noun at token t, the sentence's subject, a relation judged in
 * general?  "Dialogue between China and France, two countries which
 * value pluralism, is no doubt conducive to world peace", "Cooperation
 * between the two ministers is all the more remarkable": "N between A
 * and B" before "is" or "are" and an adjective says what the relation
 * is worth, it tells no meeting or act ("talks between A and B are due
 * to resume", "are under way", "were held", "was cordial" are left to
 * the other rules; and only for roots 04-06: "fighting between A and B
 * is fierce" tells a fight). */
int ex_judged_relation(const ex_state *st, size_t t)
{
    static const char *const fill[] = {"no", "doubt", "all", "the", "more",
                                       "most", "very", "so", "also", NULL};
    static const char *const open[] = {
        "due",   "set",     "likely",    "unlikely",  "expected", "about",
        "under", "underway", "continuing", "scheduled", "still",  NULL};
    size_t j, k;
    if (t + 1 >= st->ntoks || !ex_tok_is(st, t + 1, "between"))
        return 0;
    for (j = 0; j < t; j++)
        if (!ex_phrase_filler(st, j) && st->toks[j].tag != KG_W_DET)
            return 0;
    for (k = t + 2; k < st->ntoks && k < t + 32; k++) {
        const ex_tok *w = &st->toks[k];
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';') ||
            w->tag == KG_W_MODAL || w->tag == KG_W_FUTURE)
            return 0;
        if (w->tag != KG_W_AUX)
            continue;
        if (!ex_tok_is(st, k, "is") && !ex_tok_is(st, k, "are"))
            return 0;
        for (k++; k < st->ntoks && ex_pronoun_is(&st->toks[k], fill); k++)
            ;
        return k < st->ntoks && ex_plain_word(st, k) &&
               !ex_pronoun_is(&st->toks[k], open) && !ex_ends_ing(st, k) &&
               !ex_ends_ed(st, k);
    }
    return 0;
}

/* Is the verb at token t the purpose of a lawsuit?  "automakers filed
 * suit to block California's new rules", "launched legal action to stop
 * the merger": the act told is the suit (115, aimed at the object of the
 * verb), the block or stop only what the court is asked for. */
int ex_suit_purpose(const ex_state *st, size_t t)
{
    static const char *const suits[] = {"suit", "suits", "lawsuit",
                                        "lawsuits", NULL};
    static const char *const courts[] = {"legal", "court", NULL};
    static const char *const filed[] = {
        "file",    "files",  "filed",   "filing",   "bring", "brings",
        "brought", "launch", "launches", "launched", "lodge", "lodged",
        NULL};
    size_t n;
    if (t < 3 || !ex_tok_is(st, t - 1, "to"))
        return 0;
    if (ex_pronoun_is(&st->toks[t - 2], suits))
        n = t - 2;
    else if (t >= 4 && ex_tok_is(st, t - 2, "action") &&
             ex_pronoun_is(&st->toks[t - 3], courts))
        n = t - 3;
    else
        return 0;
    /* ("filed a suit", "launched a legal action") */
    if (n > 0 && st->toks[n - 1].tag == KG_W_DET)
        n--;
    return n > 0 && ex_pronoun_is(&st->toks[n - 1], filed);
}

/* The token after the actors warned at token t ("warned Japan and the
 * United States" that), articles and "and" between; *objects counts
 * them. */
static size_t ex_warned_objects_end(const ex_state *st, size_t t,
                                    int *objects)
{
    size_t k = t + 1, n = 0;
    while (k < st->ntoks && n < 10) {
        const ex_mention *m = ex_mention_at(st, k);
        if (m && m->t0 == k && m->t1 > k) {
            k = m->t1;
            (*objects)++;
        } else if (ex_tok_is(st, k, "and") ||
                   st->toks[k].tag == KG_W_DET ||
                   st->toks[k].tag == KG_W_POSS) {
            k++;
        } else {
            break;
        }
        n++;
    }
    return k;
}

/* Is the clause subject at token k a circumstance, no actor's conduct?
 * "friction over trade is hurting relations", "the deficit is growing":
 * an article or plain words and a plain noun, no actor, possessive or
 * pronoun in its first six words and no "-ing" act ("attacking Mr
 * Campbell had brought it trouble" is the target's conduct). */
static int ex_circumstance_subject(const ex_state *st, size_t k)
{
    size_t j;
    if (k >= st->ntoks || ex_ends_ing(st, k) ||
        !(st->toks[k].tag == KG_W_DET || ex_plain_word(st, k)))
        return 0;
    for (j = k; j < st->ntoks && j < k + 6; j++) {
        if (ex_mention_at(st, j) || st->toks[j].tag == KG_W_POSS ||
            st->toks[j].tag == KG_W_PRON)
            return 0;
        if (st->toks[j].kind == KG_TOK_PUNCT || st->toks[j].tag == KG_W_AUX)
            break;
    }
    return 1;
}

/* Is the warning at token t one of a state of affairs?  "Britain has
 * warned Sudan that it still has a lot of work to do", "warned Labour
 * and the Tories they were in danger of pandering to prejudice": "warn
 * X (that)" and a clause with no modal, "will", "if" or "unless" names
 * no consequence, so it is a reproach (111), not a threat (130): 1;
 * "warned Japan that friction over trade is hurting relations", a clause
 * whose subject is a circumstance (ex_circumstance_subject), is a
 * pessimistic comment (012, the real-news README's convention (e)): 2.
 * "warned X it would retaliate", "warned X to stop", "warned X against"
 * and "warned of" stay threats: 0. */
int ex_warned_fact(const ex_state *st, size_t t)
{
    static const char *const warn[] = {"warn", "warns", "warned", NULL};
    static const char *const cond[] = {"if", "unless", "until", "or", NULL};
    size_t k, subject;
    int objects = 0;
    if (!ex_pronoun_is(&st->toks[t], warn))
        return 0;
    k = ex_warned_objects_end(st, t, &objects);
    if (!objects || k >= st->ntoks)
        return 0;
    /* (past an apposition: "warned Japan and the United States, its
     * main trading partners, that") */
    if (ex_tok_punct(st, k, ',')) {
        size_t c = k + 1;
        while (c < st->ntoks && c < k + 8 &&
               (ex_phrase_filler(st, c) || ex_mention_at(st, c)))
            c++;
        if (c < st->ntoks && c > k + 1 && ex_tok_punct(st, c, ',') &&
            c + 1 < st->ntoks && ex_tok_is(st, c + 1, "that"))
            k = c + 1;
    }
    if (ex_tok_is(st, k, "that"))
        k++;
    else if (k >= st->ntoks ||
             !(st->toks[k].tag == KG_W_PRON || st->toks[k].tag == KG_W_DET ||
               ex_mention_at(st, k)))
        return 0; /* (without "that", the clause's subject must follow) */
    subject = k;
    for (; k < st->ntoks; k++) {
        const ex_tok *w = &st->toks[k];
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';'))
            break;
        if (w->tag == KG_W_MODAL || w->tag == KG_W_FUTURE ||
            w->tag == KG_W_COND || w->tag == KG_W_THREAT ||
            ex_pronoun_is(w, cond))
            return 0;
    }
    return ex_circumstance_subject(st, subject) ? 2 : 1;
}

/* Is the warning at token t one of an outcome no side brings about?
 * "Reagan warned Congress that such action would undercut his ability
 * to negotiate", "EC sources warned that, despite the minister's
 * optimism, it may be difficult to reach agreement": "warn (X) that" and
 * a clause whose modal or "will" tells what is to come, with no
 * condition ("if", "unless", "until", "or") and no word of a reprisal,
 * whose subject is no actor and no personal pronoun but a plain noun
 * phrase (ex_circumstance_subject) or the "it" of "it may be difficult",
 * names no consequence of the warner's side: not a threat (130) but, by
 * the real-news README's warning convention (e; conv26 settles "warned
 * that ... would"), criticism (111) when the subject is the target's
 * act ("such action", "this move", a verb in "-ing": 1), else a
 * pessimistic comment (012: 2).  "warned Japan it would retaliate",
 * "warned the U.S. any interference would meet a strong response" and
 * "warned that troops could move in" stay threats: 0. */
int ex_warned_outcome(ex_state *st, size_t t)
{
    static const char *const warn[] = {"warn", "warns", "warned", NULL};
    static const char *const cond[] = {"if", "unless", "until", "or", NULL};
    static const char *const reprisal[] = {
        "retaliate",   "retaliation", "retaliatory", "response",
        "respond",     "reprisal",    "reprisals",   "sanction",
        "sanctions",   "consequences", "price",      "measures",
        "countermeasures", "action",  "actions",     "war",
        "row",         "force",       "punish",      "punishment",
        "tariffs",     "duties",      "reply",       "answer",
        "retribution", "revenge",     "act",         "strike",
        "attack",      "crush",       "dealt",       "pay",
        /* (harm to the pair's own dealings is the warner's to do:
         * "relations would suffer lasting damage", code book 2's 1313) */
        "relations",   "ties",        "cooperation", NULL};
    static const char *const pointed[] = {"such", "this", "these", "that",
                                          "those", NULL};
    static const char *const acts[] = {
        "action",   "actions",  "move",      "moves",    "step",
        "steps",    "measure",  "measures",  "policy",   "policies",
        "plan",     "plans",    "bill",      "bills",    "legislation",
        "decision", "proposal", "proposals", "approach", "course",
        NULL};
    static const char *const hard[] = {
        "difficult", "hard", "impossible", "unlikely", "tough", NULL};
    static const char *const skip[] = {"be", "soon", "also", "well",
                                       "even", "not", "still", NULL};
    const kg_onto_relation *r;
    size_t k, subject, j, ntok;
    int objects = 0, modal = 0, named = 0, passive = 0;
    if (!ex_pronoun_is(&st->toks[t], warn))
        return 0;
    k = ex_warned_objects_end(st, t, &objects);
    if (k >= st->ntoks || !ex_tok_is(st, k, "that"))
        return 0;
    k++;
    /* (past a lead adverbial: "that, despite his optimism, it may") */
    if (k < st->ntoks && ex_tok_punct(st, k, ','))
        k++;
    if (k < st->ntoks && st->toks[k].tag == KG_W_PREP) {
        for (j = k + 1; j < st->ntoks && j < k + 10 &&
                        !ex_tok_punct(st, j, ',');
             j++)
            ;
        if (j >= st->ntoks || !ex_tok_punct(st, j, ','))
            return 0;
        k = j + 1;
    }
    subject = k;
    for (; k < st->ntoks; k++) {
        const ex_tok *w = &st->toks[k];
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';'))
            break;
        if (w->tag == KG_W_MODAL || w->tag == KG_W_FUTURE)
            modal = 1;
        if (w->tag == KG_W_COND || w->tag == KG_W_THREAT ||
            ex_pronoun_is(w, cond))
            return 0;
        /* (a reprisal after the modal, in what is to come, is one: "such
         * action would bring retaliation"; before it, in the subject, it
         * is unless the subject points at the target's act, "such action
         * would undercut": read below) */
        if (ex_pronoun_is(w, reprisal)) {
            if (modal)
                return 0;
            named = 1;
        }
    }
    if (!modal || subject >= st->ntoks)
        return 0;
    if (named && !ex_pronoun_is(&st->toks[subject], pointed))
        return 0;
    /* (an act done after the modal, as ex_warns_of_risk reads it: "a
     * curfew could be imposed", "its aid could be cut off", a verb the
     * lexicon codes: someone's, the warner's to do) */
    for (k = subject; k < st->ntoks && st->toks[k].tag != KG_W_MODAL &&
                      st->toks[k].tag != KG_W_FUTURE;
         k++)
        ;
    for (k++; k < st->ntoks && ex_pronoun_is(&st->toks[k], skip); k++)
        if (ex_tok_is(st, k, "be"))
            passive = 1;
    if (k < st->ntoks &&
        (ex_ends_ed(st, k) ||
         (passive && kg_onto__irregular(st->onto, st->toks[k].lower)) ||
         (st->toks[k].tag == KG_W_NONE &&
          kg_onto__match_relation(st->onto, st->ntoks, k, 0, ex_lemma, st,
                                  &r, &ntok) &&
          r->cameo)))
        return 0;
    /* "it may be difficult to reach": no one's act */
    if (ex_tok_is(st, subject, "it") && subject + 3 < st->ntoks &&
        st->toks[subject + 1].tag == KG_W_MODAL &&
        ex_tok_is(st, subject + 2, "be") &&
        ex_pronoun_is(&st->toks[subject + 3], hard))
        return 2;
    /* ("such action", "this move", "these measures": the target's act;
     * "this year's harvest" is a circumstance) */
    if ((ex_pronoun_is(&st->toks[subject], pointed) &&
         ((subject + 1 < st->ntoks &&
           ex_pronoun_is(&st->toks[subject + 1], acts)) ||
          (subject + 2 < st->ntoks &&
           st->toks[subject + 1].tag == KG_W_DET &&
           ex_pronoun_is(&st->toks[subject + 2], acts)))) ||
        (ex_ends_ing(st, subject) && !ex_mention_at(st, subject)))
        return 1;
    return ex_circumstance_subject(st, subject) ? 2 : 0;
}

/* The token after a time or place told between the actors warned and
 * what they are warned against: "warned Congress in his weekly radio
 * address against", "warned Syria on Monday against", "warned Iraq
 * again against": a preposition of time or place or an adverb of time
 * and up to seven words, no punctuation, before "against" (else k). */
static size_t ex_warned_adverbial_end(const ex_state *st, size_t k)
{
    static const char *const lead[] = {
        "in",    "on",        "at",        "during",    "earlier",
        "again", "today",     "yesterday", "repeatedly", "also",
        "last",  "this",      "publicly",  "privately",  NULL};
    size_t j;
    if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], lead))
        return k;
    for (j = k + 1; j < st->ntoks && j < k + 8; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return k;
        if (ex_tok_is(st, j, "against"))
            return j;
    }
    return k;
}

/* Does token k open a clause describing the plain noun before it?
 * "legislation that would tie his hands", "a rule which should":
 * "that", "which" or "who" after a lower-case word that is no verb form
 * ("-ing", "-ed", a verb of saying). */
static int ex_relative_after_noun(const ex_state *st, size_t k)
{
    static const char *const rel[] = {"that", "which", "who", NULL};
    static const char *const say[] = {"said", "says", "say", "saying",
                                      "warned", "warning", "adding",
                                      "added", NULL};
    if (k == 0 || !ex_pronoun_is(&st->toks[k], rel))
        return 0;
    return st->toks[k - 1].kind == KG_TOK_WORD &&
           !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
           st->toks[k - 1].tag == KG_W_NONE &&
           !ex_ends_ing(st, k - 1) && !ex_ends_ed(st, k - 1) &&
           !ex_pronoun_is(&st->toks[k - 1], say);
}

/* Is the warning at token t one against a policy or a conduct?
 * "President Reagan warned Congress against passing protectionist
 * legislation", "warned both parties against pandering to prejudice":
 * "warn X against" an act no word of which kg's lexicon codes as
 * coercion or force (13x-20x), with no weapon or armed actor named and
 * no consequence told in the rest of the sentence (a modal, "will",
 * "if", "unless"), faults X's conduct: criticism (111), not a threat, as
 * the real-news README settles it (conv25); "warn X to" an act likewise
 * ("warned the BBC to steer away from demonising Mr Campbell"),
 * save a crowd warned ("warned protesters to leave the square").
 * "warned Tehran against
 * using the missiles", "against escalating attacks" and "warned the U.S.
 * against exacerbating the crisis, saying it would endanger American
 * interests" stay threats. */
int ex_warned_conduct(ex_state *st, size_t t)
{
    static const char *const warn[] = {"warn", "warns", "warned", NULL};
    static const char *const cond[] = {"if", "unless", "until", "or", NULL};
    static const char *const arms[] = {
        "missile", "missiles", "weapon",  "weapons", "troops", "force",
        "forces",  "military", "nuclear", "arms",    "army",   NULL};
    const kg_onto_relation *r;
    size_t k, ntok;
    int objects = 0;
    if (!ex_pronoun_is(&st->toks[t], warn))
        return 0;
    int relative = 0;
    size_t j;
    k = ex_warned_objects_end(st, t, &objects);
    if (!objects)
        return 0;
    /* ("warned the BBC to steer away from": the same, save a crowd told
     * to disperse, which stays a threat, and advice to the public,
     * ex_warned_public; "not to" is left a threat: "warned the U.S. not
     * to intervene", "not to use them", of force the lexicon or a
     * pronoun hides) */
    if (ex_tok_is(st, k, "to")) {
        if (ex_warned_public(st, t))
            return 0;
        for (j = t + 1; j < k; j++) {
            const ex_mention *m = ex_mention_at(st, j);
            if (m && ex_crowd(&m->ent))
                return 0;
        }
    } else {
        k = ex_warned_adverbial_end(st, k);
        if (!ex_tok_is(st, k, "against"))
            return 0;
    }
    for (k++; k < st->ntoks; k++) {
        const ex_tok *w = &st->toks[k];
        const ex_mention *m = ex_mention_at(st, k);
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';'))
            break;
        /* (a clause that describes a noun of the act warned against,
         * "passing trade legislation that would tie his hands", tells
         * no consequence of the warner's: its modal is not read) */
        if (ex_relative_after_noun(st, k))
            relative = 1;
        if (!relative &&
            (w->tag == KG_W_MODAL || w->tag == KG_W_FUTURE ||
             w->tag == KG_W_COND))
            return 0;
        if (w->tag == KG_W_THREAT || ex_pronoun_is(w, cond) ||
            ex_pronoun_is(w, arms))
            return 0;
        if (m && m->ent.code &&
            (ex_code_ends(m->ent.code, "MIL") ||
             ex_code_ends(m->ent.code, "REB")))
            return 0;
        if (w->kind == KG_TOK_WORD &&
            kg_onto__match_relation(st->onto, st->ntoks, k, -1, ex_lemma, st,
                                    &r, &ntok) &&
            r->cameo && (r->cameo[0] == '2' ||
                         (r->cameo[0] == '1' && r->cameo[1] >= '3')))
            return 0;
    }
    return 1;
}

/* Is the reassurance at token t only attempted?  "Tony Blair will seek
 * to reassure his MPs on Monday", "the party was trying to reassure
 * voters", "Norway has sought to assure Chile": an attempt (a form of
 * "seek", "try" or "attempt", or "in a bid to") with nothing told of
 * what was said is no reassurance (the real-news README's convention
 * (c), conv25); "sought to reassure backbenchers that nothing will stand
 * in the way" and "tried to assure Chile of its support" tell it and are
 * coded as reassurances. */
int ex_reassure_attempt(const ex_state *st, size_t t)
{
    static const char *const assure[] = {"assure", "reassure", NULL};
    static const char *const tries[] = {
        "seek",    "seeks",    "seeking",   "sought", "try",
        "tries",   "tried",    "trying",    "attempt", "attempts",
        "attempted", "attempting", "bid",   "effort", "efforts",
        NULL};
    static const char *const told[] = {"that", "of", "about", NULL};
    size_t k;
    if (t < 2 || !ex_pronoun_is(&st->toks[t], assure) ||
        !ex_tok_is(st, t - 1, "to") ||
        !ex_pronoun_is(&st->toks[t - 2], tries))
        return 0;
    /* (what was said, within eight words and before any punctuation:
     * "that", "of", "about", or a clause's subject "assured Chile it
     * would") */
    for (k = t + 1; k < st->ntoks && k < t + 9; k++) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            break;
        if (ex_pronoun_is(&st->toks[k], told) ||
            st->toks[k].tag == KG_W_PRON)
            return 0;
    }
    return 1;
}

/* Is the comment declined after token t1 one on the decliner's own
 * affairs?  "The central bank declined to comment on rumours that it was
 * selling gold", "had no comment on its plans", "declined to say what
 * action Sweden would take" (said by Sweden's minister): a pronoun "it"
 * or "its" in the topic (up to twenty words, before a comma, semicolon,
 * full stop, "if", "when" or "unless") with no other actor before it,
 * or an actor of subj's own country as the subject of a verb there and
 * no other actor, makes it reticence on one's own affairs, not coded (the
 * real-news README's convention (b), conv25).  "declined to comment on
 * Baker's criticisms" names another's act and is coded. */
int ex_comment_own_affairs(const ex_state *st, size_t t1,
                           const kg_entity *subj)
{
    static const char *const own[] = {"it", "its", NULL};
    static const char *const ends[] = {"if", "when", "unless", NULL};
    size_t j;
    int other = 0, home = 0;
    for (j = t1; j < st->ntoks && j < t1 + 20; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, '.') || ex_pronoun_is(&st->toks[j], ends))
            break;
        if (ex_pronoun_is(&st->toks[j], own) && !other)
            return 1;
        if (!m || m->t0 != j)
            continue;
        j = m->t1 - 1;
        if (!m->ent.code || !strncmp(m->ent.code, "---", 3))
            continue;
        if (subj && subj->country && *subj->country &&
            !strncmp(m->ent.code, subj->country, strlen(subj->country))) {
            if (m->t1 < st->ntoks && (st->toks[m->t1].tag == KG_W_AUX ||
                                      st->toks[m->t1].tag == KG_W_MODAL ||
                                      st->toks[m->t1].tag == KG_W_FUTURE))
                home = 1;
            continue;
        }
        /* (another actor may be what "it" is, or the doer: "if the South
         * American country would be allowed a higher quota when it
         * recovered", "that Berlin had been spied on by the United
         * States"; a place is none: "rumours in Tokyo that it was
         * intervening") */
        if (!(m->t0 >= 1 && ex_tok_is(st, m->t0 - 1, "in")) &&
            !(m->t0 >= 2 && ex_tok_is(st, m->t0 - 2, "in") &&
              st->toks[m->t0 - 1].tag == KG_W_DET))
            other = 1;
    }
    return home && !other;
}

/* The forms of "warn" that tell a warning ("warned it would"). */
static const char *const ex_warn_words[] = {"warn", "warns", "warned",
                                            "warning", NULL};

/* Is the warning at token t advice to the public at large?  "Two
 * security groups warned people to avoid the browser", "officials
 * warned farmers not to count on more aid", "warned consumers against
 * buying the pills": "warn" right before a plain noun of ordinary people
 * (a lower-case mention, of civilians or farmers, no crowd: the
 * country the story gives it does not matter)
 * and the advice itself ("to", "not to", "against") tells the public
 * what to do: no threat at a party, no event.  "warned Iran not to",
 * "warned protesters to disperse" (a crowd) and "warned people that the
 * army would fire" stay threats. */
int ex_warned_public(const ex_state *st, size_t t)
{
    static const char *const advice[] = {"to", "not", "against", NULL};
    const ex_mention *m;
    size_t k = t + 1;
    if (!ex_pronoun_is(&st->toks[t], ex_warn_words))
        return 0;
    while (k < st->ntoks && k < t + 3 &&
           (st->toks[k].tag == KG_W_DET || ex_tok_is(st, k, "all")))
        k++;
    m = ex_mention_at(st, k);
    if (!m || m->t0 != k || m->t1 >= st->ntoks || !m->ent.code ||
        ex_crowd(&m->ent) ||
        !(ex_code_ends(m->ent.code, "CVL") ||
          ex_code_ends(m->ent.code, "AGR")))
        return 0;
    for (k = m->t0; k < m->t1; k++)
        if (st->toks[k].flags & KG_TOKF_CAP)
            return 0; /* ("warned Iraqis": a people named as a state's) */
    return ex_pronoun_is(&st->toks[m->t1], advice);
}

/* The forms of "deny" (ex_denied_frame, ex_denial_end). */
static const char *const ex_deny_forms[] = {"deny", "denies", "denied",
                                            "denying", NULL};

/* Is the trigger at token t the act a denial denies?  "denied supplying
 * drones", "denies having attacked", "denied (that) it had supplied",
 * "denied that Iran was arming", "denied Sweden could attack": a form of
 * "deny" before t with only a "that", the clause's subject (a pronoun or
 * a name) and auxiliaries between (any the tagger reads as one, modals
 * too: the auxiliaries ex_verb_starts reads in a denied clause). */
int ex_denied_frame(const ex_state *st, size_t t)
{
    static const char *const glue[] = {"that", "ever", "previously", NULL};
    size_t j = t, n = 0;
    while (j > 0 && n < 8) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        if (ex_pronoun_is(&st->toks[j - 1], ex_deny_forms))
            return j < t || ex_is_ing(st, t);
        if (m && !m->ent.is_value) {
            j = m->t0;
            j = ex_before_dets(st, j);
        } else if (st->toks[j - 1].kind == KG_TOK_WORD &&
                   (st->toks[j - 1].tag == KG_W_PRON ||
                    st->toks[j - 1].tag == KG_W_AUX ||
                    st->toks[j - 1].tag == KG_W_MODAL ||
                    st->toks[j - 1].tag == KG_W_FUTURE ||
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
 * between), or (size_t)-1.  Also "ready for negotiations with", "ready
 * for a truce with": the actor offers the act as a proposal does (the
 * verb row "talk with" read "ready for talks with" so; the other nouns
 * had no subject). */
size_t ex_put_forward(const ex_state *st, size_t t)
{
    static const char *const put[] = {
        "proposal", "proposals", "offer", "offers", "plan", "plans",
        "initiative", "blueprint", "proposition", NULL};
    size_t j = t;
    j = ex_before_dets(st, j);
    if (j >= 2 && ex_tok_is(st, j - 1, "for") && ex_tok_is(st, j - 2, "ready"))
        return j - 2;
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

/* "Officials fear the budget office might try to block the sale", "Egypt
 * could seek to delay the vote", "Britain may want to renegotiate": a
 * "could", "may" or "might" right before the word of trying or wishing at
 * token k (an adverb between: "might also try to") makes the attempt
 * itself only possible, so the act after it stays hypothetical, not
 * intended. */
static int ex_maybe_attempt(const ex_state *st, size_t k)
{
    static const char *const maybe[] = {"could", "may", "might", NULL};
    static const char *const adv[] = {"also", "still", "even", "now",
                                      "well", "yet", "eventually", NULL};
    if (k > 1 && ex_pronoun_is(&st->toks[k - 1], adv))
        k--;
    return k > 0 && ex_pronoun_is(&st->toks[k - 1], maybe);
}

/* "The farm lobby is confident the U.S. Congress will support its
 * complaint", "officials were pessimistic that parliament will approve the
 * budget", "Sweden expects Chile will lift its curbs": a "will" at token i
 * whose clause a word of belief, doubt or forecast takes (up to eight
 * words back, no punctuation or other clause word between) tells what
 * someone else thinks will happen, no intention announced by the clause's
 * subject: hypothetical.  Only for a subject that is no pronoun ("Japan
 * is confident it will reach a deal" is its own plan). */
static int ex_forecast_will(const ex_state *st, size_t i)
{
    static const char *const belief[] = {
        "confident", "optimistic", "pessimistic", "hopeful",  "convinced",
        "doubt",     "doubts",     "doubted",     "doubtful", "believe",
        "believes",  "believed",   "expect",      "expects",  "predict",
        "predicts",  "predicted",  "forecast",    "forecasts", "think",
        "thinks",    "fear",       "fears",       "feared",   NULL};
    static const char *const pron[] = {"it", "they", "we", "he", "she", "i",
                                       "you", "this", "that", NULL};
    size_t j, s;
    for (j = i; j-- > 0 && j + 9 > i;) {
        /* (a quote mark is no clause edge: 'he is "cautiously
         * optimistic" the proposal will be rejected') */
        if (st->toks[j].kind == KG_TOK_PUNCT && !ex_tok_punct(st, j, '"'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], belief)) {
            s = j + 1;
            if (s < i && ex_tok_punct(st, s, '"'))
                s++;
            if (ex_tok_is(st, s, "that"))
                s++;
            return s < i && !ex_pronoun_is(&st->toks[s], pron);
        }
        if (st->toks[j].tag == KG_W_SUB && !ex_tok_is(st, j, "that"))
            return 0;
    }
    return 0;
}

/* "Dealers said Japan appears ready to compromise with the U.S.", "Brazil
 * seems willing to talk to the Fund": a readiness or a will that only
 * appears (a form of "appear", "seem" or "look", "to be" and "still",
 * "now" or "also" between) before the "to" of the act at t (a date may
 * stand before the "to") is the writer's reading, no intent announced:
 * hypothetical.  ("Sweden appeared poised to visit Turkey" stays a visit
 * scheduled, 036, as readied_and_scheduled_past_a_date has it.) */
static int ex_apparent_readiness(const ex_state *st, size_t t)
{
    static const char *const ready[] = {
        "ready", "willing", "prepared", "keen", "eager", "determined",
        NULL};
    static const char *const appear[] = {
        "appear", "appears", "appeared", "seem", "seems", "seemed", "look",
        "looks",  "looked",  "appearing", "seeming", NULL};
    static const char *const adv[] = {"still", "now", "also", "be", "to",
                                      NULL};
    size_t r, k;
    if (t < 4 || !ex_tok_is(st, t - 1, "to"))
        return 0;
    r = ex_before_when(st, t - 1);
    if (r == (size_t)-1 || !ex_pronoun_is(&st->toks[r], ready))
        return 0;
    for (k = r; k-- > 0 && k + 5 > r;) {
        if (ex_pronoun_is(&st->toks[k], appear))
            return 1;
        if (!ex_pronoun_is(&st->toks[k], adv))
            return 0;
    }
    return 0;
}

/* Words of trying: the act after "to" is attempted, not done. */
static const char *const ex_attempt_words[] = {
    "effort", "efforts",   "attempt", "attempts", "attempted", "attempting",
    "try",    "tries",     "tried",   "trying",   "bid",       "bids",
    NULL};

static size_t ex_requested_means(const ex_state *st, size_t t);

/* Does the word at token k end a denial that takes a clause after it?  A
 * form of "deny", or a claim's noun that a denial or rejection takes:
 * "denied a report that", "rejected allegations that", "dismissed
 * newspaper claims the government was warned", "denied an earlier
 * report that", "denied as baseless reports that" (up to three words of
 * the claim before its noun), "refuted a report made by some US media
 * that" (its "by" phrase), "denied a report claiming he warned" (a
 * participle of saying after it), "denied last Sunday it intended" (a
 * date phrase after the verb). */
static int ex_denial_end(const ex_state *st, size_t k)
{
    /* (and the forms of "deny") */
    static const char *const reject[] = {
        "rejected", "rejects",   "rejecting", "dismissed", "dismisses",
        "dismissing", "refuted", "refutes",   "refuting",  NULL};
    static const char *const claims[] = {
        "allegations", "claims",     "reports",  "accusations", "charges",
        "suggestions", "allegation", "claim",    "report",      "accusation",
        "charge",      "suggestion", "speculation", "rumours",  "rumors",
        "rumour",      "rumor",      NULL};
    static const char *const saying[] = {"claiming", "suggesting", "saying",
                                         "alleging", NULL};
    size_t j, n;
    /* (the word before the date phrase, not the date's last token: "denied
     * on March 5 that" ends in a number) */
    k = ex_before_when(st, k + 1);
    if (st->toks[k].kind != KG_TOK_WORD)
        return 0;
    if (ex_pronoun_is(&st->toks[k], ex_deny_forms))
        return 1;
    if (k >= 1 && ex_pronoun_is(&st->toks[k], saying) &&
        ex_pronoun_is(&st->toks[k - 1], claims))
        k--;
    /* (the "by" phrase: a participle and up to four words of the claim's
     * maker) */
    for (j = k; j > 2 && k - j < 5; j--) {
        if (st->toks[j].kind != KG_TOK_WORD)
            break;
        if (ex_tok_is(st, j, "by")) {
            if (j < k &&
                (ex_ends_ed(st, j - 1) || ex_tok_is(st, j - 1, "made")) &&
                ex_pronoun_is(&st->toks[j - 2], claims))
                k = j - 2;
            break;
        }
    }
    if (!ex_pronoun_is(&st->toks[k], claims))
        return 0;
    for (j = k, n = 0; j > 0 && n <= 3; j--, n++) {
        const ex_tok *w;
        /* ("denied on Monday reports that": past a date phrase) */
        j = ex_before_when(st, j) + 1;
        w = &st->toks[j - 1];
        if (ex_pronoun_is(w, ex_deny_forms) || ex_pronoun_is(w, reject))
            return 1;
        if (w->kind != KG_TOK_WORD ||
            (w->tag != KG_W_NONE && w->tag != KG_W_DET &&
             w->tag != KG_W_POSS && !ex_tok_is(st, j - 1, "as") &&
             !ex_tok_is(st, j - 1, "and")))
            return 0;
    }
    return 0;
}

/* "China denied that its police had arrested a Canadian", "rejected
 * allegations that he had collaborated with Iran": the clause that the
 * "that" at token c opens is what its speaker says did not happen. */
static int ex_denied_clause(const ex_state *st, size_t c)
{
    return c > 0 && ex_tok_is(st, c, "that") && ex_denial_end(st, c - 1);
}

/* Does a clause's subject start at token j, with its finite verb by token
 * t: a pronoun, a name, or an article or possessive and up to four words
 * ("it was withdrawing", "its troops attacked", "the Australian government
 * was warned")?  The verb's token, or 0. */
static size_t ex_bare_clause_verb(const ex_state *st, size_t j, size_t t)
{
    static const char *const subj[] = {"it", "they", "he", "she", "we", "i",
                                       "you", "there", NULL};
    const ex_mention *m;
    size_t e = j, n = 0;
    if (j >= st->ntoks)
        return 0;
    m = ex_mention_at(st, j);
    if (ex_pronoun_is(&st->toks[j], subj))
        e = j + 1;
    else if (st->toks[j].tag == KG_W_DET || st->toks[j].tag == KG_W_POSS ||
             (m && m->t0 == j && !m->ent.is_value) ||
             /* (a title before a name: "denied Mr Brown made") */
             ((st->toks[j].flags & KG_TOKF_CAP) &&
              st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
              j + 1 < st->ntoks && (m = ex_mention_at(st, j + 1)) != NULL &&
              m->t0 == j + 1 &&
              !m->ent.is_value))
        /* (the noun phrase runs to its verb) */
        for (e = j + 1; e < t && n < 5; e++, n++) {
            const ex_mention *me = ex_mention_at(st, e);
            if (me && !me->ent.is_value)
                continue;
            if (st->toks[e].kind != KG_TOK_WORD ||
                st->toks[e].tag != KG_W_NONE || ex_verb_starts(st, e))
                break;
        }
    return e > j && e <= t && ex_verb_starts(st, e) ? e : 0;
}

/* "Russia denied reports its troops attacked Georgia", "the firm denied
 * reports it was withdrawing completely from Iraq": the same clause with
 * no "that": a subject right after the denial, its finite verb at or
 * before the trigger t; from is the clause's first token. */
static int ex_denied_bare(const ex_state *st, size_t from, size_t t)
{
    size_t j;
    for (j = t; j > from + 1 && t - j <= 12; j--)
        if (ex_denial_end(st, j - 1) && ex_bare_clause_verb(st, j, t))
            return 1;
    return 0;
}

/* "Milburn denied the party was trying to", "dismissed newspaper claims
 * the government was warned": does the trigger that ends before token t1
 * end a denial whose clause, with no "that", starts there (after a date
 * phrase)?  Its actor is that clause's subject, not the denial's object,
 * as after "that". */
static int ex_denial_takes_clause(const ex_state *st, size_t t1)
{
    size_t j = t1 < st->ntoks ? ex_when_phrase(st, t1) : t1;
    return t1 > 0 && j < st->ntoks && ex_denial_end(st, j - 1) &&
           ex_bare_clause_verb(st, j, st->ntoks);
}

/* Is the trigger at t a verb in the past tense right after the "and" or
 * "but" at token c (an adverb such as "then" may stand between)?  A regular
 * "-ed" form, or one of the irregular pasts of force and coercion that
 * are not also their base form ("hit", "cut" and "put" are left out:
 * "vowed to retaliate and hit back" shares the infinitive). */
static int ex_past_finite(const ex_state *st, size_t c, size_t t)
{
    static const char *const irregular[] = {
        "struck", "shot", "broke", "took", "fought", "threw", "drove",
        "stole", "seized", "sent", "beat", "slew", NULL};
    static const char *const adverbs[] = {"then", "later", "also", "again",
                                          "instead", "soon", NULL};
    const char *w = st->toks[t].lower;
    size_t n = strlen(w);
    if (c + 2 == t && !ex_pronoun_is(&st->toks[c + 1], adverbs))
        return 0;
    if (c + 1 != t && c + 2 != t)
        return 0;
    if (st->toks[t].kind != KG_TOK_WORD || (st->toks[t].flags & KG_TOKF_CAP))
        return 0;
    return (n > 4 && !strcmp(w + n - 2, "ed")) ||
           ex_pronoun_is(&st->toks[t], irregular);
}

/* Is the trigger at t a past right after "and" or "but" (ex_past_finite)? */
static int ex_and_past(const ex_state *st, size_t t)
{
    size_t c;
    for (c = t >= 2 ? t - 2 : 0; c < t; c++)
        if ((ex_tok_is(st, c, "and") || ex_tok_is(st, c, "but")) &&
            ex_past_finite(st, c, t))
            return 1;
    return 0;
}

/* The forms of "say" that tell a statement ("saying they will"). */
static const char *const ex_say_words[] = {"say", "says", "said", "saying",
                                           NULL};

/* "France warned it could pull its troops out", "the Netherlands said
 * it might freeze aid": a "could", "might" or "may" right after a
 * speaker's own pronoun, after "warned" or "said" (and "that"), is the
 * speaker's own act put forward: one warned of is threatened (2), as
 * after "threatened to"; one said is intended (1), as "said it would"
 * is (a coercive act intended is a threat, ex_threat_code).  0 for
 * another's possible act ("said Russia could attack": speculation). */
static int ex_own_modal(const ex_state *st, size_t i)
{
    static const char *const own[] = {"it", "they", "we", NULL};
    /* "Belarus signalled on Tuesday that it would bow to", "Japan
     * indicated that it would", "promised that it would", "made clear it
     * would": words that announce or promise the speaker's own act put
     * it forward as "said" does (ex_promise_clause reads them as speech
     * only right before the pronoun) */
    static const char *const announce[] = {
        "announced", "announces", "promised", "promises", "pledged",
        "pledges",   "vowed",     "vows",     "signalled", "signaled",
        "signals",   "indicated", "indicates", "hinted",   "hints",
        "assured",   "assures",   NULL};
    /* ("warned that its air force could strike": the speaker's own
     * forces, named after its possessive, act for it) */
    static const char *const poss[] = {"its", "their", "our", NULL};
    const ex_mention *m = i > 0 ? ex_mention_at(st, i - 1) : NULL;
    size_t v;
    if (m && m->t1 == i && m->t0 >= 2 && !m->dropped && m->ent.code &&
        ex_code_ends(m->ent.code, "MIL") &&
        ex_pronoun_is(&st->toks[m->t0 - 1], poss))
        v = m->t0 - 2;
    else if (i < 2 || !ex_pronoun_is(&st->toks[i - 1], own))
        return 0;
    else
        v = i - 2;
    /* ("said on Monday it would", "warned late on Friday that it
     * could": past the date wire copy puts after the verb) */
    v = ex_before_when(st, v + 1);
    if (ex_tok_is(st, v, "that") && v > 0)
        v = ex_before_when(st, v);
    if (v == (size_t)-1)
        return 0;
    if (ex_pronoun_is(&st->toks[v], ex_warn_words))
        return 2;
    return ex_pronoun_is(&st->toks[v], ex_say_words) ||
                   ex_pronoun_is(&st->toks[v], announce) ||
                   (v > 0 && ex_tok_is(st, v, "clear") &&
                    (ex_tok_is(st, v - 1, "made") ||
                     ex_tok_is(st, v - 1, "makes")))
               ? 1
               : 0;
}

/* "Reagan said Shultz would go to Moscow next month", "the agency said
 * Sourrouille would urge the IMF to release the loan", "an aide said
 * Mulroney and Tambo would discuss sanctions": a "would" at token i right
 * after a named subject (actors, "and", commas, articles) that opens the
 * clause of a speech verb ("said", "said that", past a date) is the
 * reported "will", a plan announced, where a bare "would" is only
 * possible.  Not "would have" nor "would be" (a past condition, a
 * state). */
static int ex_reported_would(const ex_state *st, size_t i)
{
    static const char *const say[] = {"said", "says", "announced",
                                      "told",  "added", NULL};
    const ex_mention *m;
    size_t j = i, v;
    int named = 0;
    if (!ex_tok_is(st, i, "would") || i + 1 >= st->ntoks ||
        ex_tok_is(st, i + 1, "have") || ex_tok_is(st, i + 1, "be") ||
        ex_tok_is(st, i + 1, "not") || ex_tok_is(st, i + 1, "n't"))
        return 0;
    while (j > 0) {
        if ((m = ex_actor_before(st, j)) != NULL && m->ent.code) {
            j = m->t0;
            named = 1;
        } else if (named && (ex_tok_is(st, j - 1, "and") ||
                             ex_tok_punct(st, j - 1, ',') ||
                             st->toks[j - 1].tag == KG_W_DET))
            j--;
        else if (named && j >= 2 &&
                 (((st->toks[j - 1].flags & KG_TOKF_CAP) &&
                   st->toks[j - 1].kind == KG_TOK_WORD) ||
                  (ex_tok_is(st, j - 1, "of") &&
                   (st->toks[j - 2].flags & KG_TOKF_CAP))))
            j--; /* (a title before the name: "Secretary of State") */
        else
            break;
    }
    if (!named || j == 0 || ex_tok_punct(st, j, ','))
        return 0;
    v = ex_before_when(st, j);
    if (v != (size_t)-1 && ex_tok_is(st, v, "that") && v > 0)
        v = ex_before_when(st, v);
    return v != (size_t)-1 && ex_pronoun_is(&st->toks[v], say);
}

/* "Would China invade Taiwan if ...?", "Will Iran attack Israel?", "Did
 * Russia bomb the hospital?": a yes/no question (the sentence opens with
 * an auxiliary and ends in "?") asks whether the act at token t happens;
 * it asserts none.  A wh-question ("Why did Russia bomb the hospital?")
 * takes the act as done, and a question after the act's clause ("Iran
 * attacked Israel: will the U.S. respond?") leaves it alone. */
static int ex_yes_no_question(const ex_state *st, size_t t)
{
    static const char *const aux[] = {
        "would", "will", "could", "can",  "should", "shall", "may",
        "might", "must", "did",   "does", "do",     "is",    "are",
        "was",   "were", "has",   "have", "had",    NULL};
    size_t k, e = st->ntoks;
    for (k = 0; k < st->ntoks && st->toks[k].kind != KG_TOK_WORD; k++)
        ;
    if (k >= t || !ex_pronoun_is(&st->toks[k], aux))
        return 0;
    /* (closing quotes may follow the question mark) */
    while (e > t + 1 && st->toks[e - 1].kind != KG_TOK_WORD &&
           !ex_tok_punct(st, e - 1, '?') && !ex_tok_punct(st, e - 1, '.'))
        e--;
    if (e <= t + 1 || !ex_tok_punct(st, e - 1, '?'))
        return 0;
    /* (one clause: no sentence stop between the auxiliary and the act) */
    for (; k < t; k++)
        if (ex_tok_punct(st, k, ':') || ex_tok_punct(st, k, ';'))
            return 0;
    return 1;
}

/* A headline's "X to <act>" ("China to send aid to Pakistan"): the "to"
 * at token i follows an actor that opens the sentence (after an optional
 * "The"), with no word of its own between them. */
static int ex_headline_to(const ex_state *st, size_t i)
{
    const ex_mention *m = i > 0 ? ex_mention_at(st, i - 1) : NULL;
    size_t k;
    if (!m || m->dropped || m->t1 != i || m->ent.is_value || !m->ent.code)
        return 0;
    for (k = 0; k < st->ntoks && st->toks[k].kind != KG_TOK_WORD; k++)
        ;
    if (k < m->t0 && ex_tok_is(st, k, "the"))
        k++;
    return k == m->t0;
}

/* "Israel should withdraw from Gaza and release prisoners", "Japan must
 * stop dumping chips in third countries and buy American chips": the
 * modal of the first of verbs joined by the "and" or "or" at token c
 * holds for the one after it too, however far back it stands (the cue
 * window does not reach it).  Its token, or (size_t)-1 when the clause
 * holds none (a comma, a subordinator or a condition ends the search).
 * The same for the cue of another tag: "will not dismantle its programs
 * or improve ties" (KG_W_NEG, KG_W_FUTURE). */
static size_t ex_shared_modal(const ex_state *st, size_t c, int tag)
{
    size_t i;
    for (i = c; i-- > 0 && c - i <= 20;) {
        if (ex_tok_punct(st, i, ',') || ex_tok_punct(st, i, ';') ||
            ex_tok_punct(st, i, ':') || st->toks[i].tag == KG_W_SUB ||
            st->toks[i].tag == KG_W_COND)
            return (size_t)-1;
        if (st->toks[i].tag == tag)
            return i;
    }
    return (size_t)-1;
}

/* Is the word at i a bare verb form (lower case, untagged, no -ing, -ed,
 * -s or irregular past)? */
static int ex_bare_verb_form(const ex_state *st, size_t i)
{
    const ex_tok *k = &st->toks[i];
    size_t n = strlen(k->lower);
    return k->kind == KG_TOK_WORD && !(k->flags & KG_TOKF_CAP) &&
           k->tag == KG_W_NONE && n > 2 && k->lower[n - 1] != 's' &&
           !ex_is_ing(st, i) && !ex_ends_ed(st, i) &&
           !kg_onto__irregular(st->onto, k->lower);
}

static int ex_no_clause_edge(const ex_state *st, size_t e, size_t i);

/* "pressed Islamabad to seal its border and cut off fuel supplies to the
 * Taliban", "asked Washington to station troops and to hold exercises":
 * is the verb trigger at t joined by "and" or "or" (a "to" may stand
 * between: "and to hold") to an infinitive at most 16 tokens back, in
 * the same clause (ex_no_clause_edge), that an appeal or demand asks for
 * (ex_asked_infinitive)?  Then it is asked for as the first verb is: 1,
 * or 2 when owed; else 0.  (The first verb need be no trigger: "seal its
 * border" opens no relation of its own to carry the demand.) */
static int ex_asked_and_verb(const ex_state *st, size_t t)
{
    size_t a = t, p;
    if (a >= 1 && ex_tok_is(st, a - 1, "to"))
        a--;
    const char *lem;
    if (a < 4 || !(ex_tok_is(st, a - 1, "and") || ex_tok_is(st, a - 1, "or")) ||
        (a == t && !ex_bare_verb_form(st, t) &&
         /* ("to seal its border and cut off fuel supplies": a verb whose
          * past is the same form, "cut", "hit", "put", is bare here, the
          * asked infinitive before it telling the tense; asked25) */
         !(st->toks[t].kind == KG_TOK_WORD && st->toks[t].tag == KG_W_NONE &&
           !(st->toks[t].flags & KG_TOKF_CAP) &&
           (lem = kg_onto__irregular(st->onto, st->toks[t].lower)) != NULL &&
           !strcmp(lem, st->toks[t].lower))))
        return 0;
    for (p = a - 1; p-- > 1 && a - p <= 16;) {
        if (!ex_tok_is(st, p, "to"))
            continue;
        /* (the nearest "to" before a bare verb: "to seal", not "supplies
         * to the Taliban") */
        if (!ex_bare_verb_form(st, p + 1) || st->toks[p + 1].mention)
            continue;
        return ex_no_clause_edge(st, p + 1, a) ? ex_asked_infinitive(st, p + 1)
                                               : 0;
    }
    return 0;
}

/* "asked Sweden to cut off fuel supplies to the rebels", "asked France to
 * curb the dissidents and stop selling weapons to Iraq": the trigger at
 * t0 is the object of a stop verb (ex_stopped_before) that is itself the
 * infinitive an appeal or demand asks for, or joined by "and" to it
 * (ex_asked_infinitive, ex_asked_and_verb): the stop is asked for as
 * that verb is (1, or 2 when owed), else 0. */
static int ex_asked_stop(const ex_state *st, size_t t0)
{
    size_t v = ex_stopped_before(st, t0);
    int asked;
    if (v == 0)
        return 0;
    v--;
    if (v > 0 && ex_tok_is(st, v, "off")) /* ("cut off") */
        v--;
    asked = ex_asked_infinitive(st, v);
    return asked ? asked : ex_asked_and_verb(st, v);
}

/* "The emir will hold talks with the chancellor and meet business
 * leaders": is the trigger at t a bare verb right after an "and" or "or"
 * whose clause holds a "will" (ex_shared_modal) before it? */
static int ex_future_and_verb(const ex_state *st, size_t t)
{
    return t >= 3 && ex_bare_verb_form(st, t) &&
           (ex_tok_is(st, t - 1, "and") || ex_tok_is(st, t - 1, "or")) &&
           !ex_past_finite(st, t - 1, t) &&
           ex_shared_modal(st, t - 1, KG_W_FUTURE) != (size_t)-1;
}

/* "a bill that would provoke retaliation against exporters, destroy the
 * talks, and embroil us in trade wars": the bare verb at t continues a
 * list of verbs separated by commas (perhaps with "and" or "or" after
 * the last comma), each item opening with a bare verb; the modal before
 * the first item, if any, is shared by all (ex_shared_modal for one
 * item).  Returns its token or (size_t)-1. */
static size_t ex_listed_verb_modal(const ex_state *st, size_t t)
{
    size_t p = t, items, i, q;
    if (t < 2 || !ex_bare_verb_form(st, t))
        return (size_t)-1;
    p = t - 1;
    if (ex_tok_is(st, p, "and") || ex_tok_is(st, p, "or"))
        p--;
    for (items = 0; items < 4 && ex_tok_punct(st, p, ','); items++) {
        /* (not the month "May") */
        if ((i = ex_shared_modal(st, p, KG_W_MODAL)) != (size_t)-1)
            return st->toks[i].flags & KG_TOKF_CAP ? (size_t)-1 : i;
        /* the item before: a bare verb right after the comma before */
        for (q = p; q-- > 0 && p - q <= 12;)
            if (st->toks[q].kind == KG_TOK_PUNCT ||
                st->toks[q].tag == KG_W_SUB || st->toks[q].tag == KG_W_COND)
                break;
        if (q == (size_t)-1 || p - q > 12 || !ex_tok_punct(st, q, ',') ||
            !ex_bare_verb_form(st, q + 1))
            return (size_t)-1;
        p = q;
    }
    return (size_t)-1;
}

/* "gives domestic companies until late September to cut trade ties with
 * South Africa", "to give the banks more time to consider Manila's
 * proposal", "gave Iraq 48 hours to withdraw": an act a deadline is given
 * for is owed, not done (seventeenth session: 5 such events on reuters,
 * all asserted).  A form of "give" and then a word of time before the
 * "to" at tv - 1, in one clause. */
static int ex_given_time(const ex_state *st, size_t tv)
{
    static const char *const give[] = {"give", "gives", "gave", "given",
                                       "giving", NULL};
    static const char *const span[] = {
        "until", "till", "time", "deadline", "ultimatum", "hours", "days",
        "weeks", "months", "hour", "day", "week", "month", NULL};
    size_t i, timed = 0;
    if (tv < 3 || !ex_tok_is(st, tv - 1, "to"))
        return 0;
    for (i = tv - 1; i-- > 0 && tv - i <= 10;) {
        if (ex_tok_punct(st, i, ',') || ex_tok_punct(st, i, ';') ||
            ex_tok_punct(st, i, ':') || ex_tok_is(st, i, "to"))
            return 0;
        if (ex_pronoun_is(&st->toks[i], span))
            timed = 1;
        else if (ex_pronoun_is(&st->toks[i], give))
            return (int)timed;
    }
    return 0;
}

/* Is the act at tv (the trigger or its light verb) one not yet done
 * because it is owed or awaited?  "Turkey will have to recognize Cyprus",
 * "the ministry has to approve", "Israel needs to withdraw": an
 * obligation, as after "must" ("had to land" tells one done).  "will not
 * negotiate until Turkey recognises Greek rights and withdraws its
 * troops": an act an "until" clause of its own clause waits for, its
 * actor named after "until"; one in the past tense ("fought
 * until troops retook the town") happened. */
static int ex_obliged_or_awaited(const ex_state *st, size_t tv)
{
    static const char *const owe[] = {"has", "have", "need", "needs", NULL};
    static const char *const past[] = {"took", "sent", "struck", "fought",
                                       "met", "held", "gave", "won", "made",
                                       "began", "broke", "shot", "drove",
                                       "threw", "left", "came", NULL};
    const char *w = st->toks[tv].lower;
    size_t i, n = strlen(w);
    if (tv >= 2 && ex_tok_is(st, tv - 1, "to") &&
        ex_pronoun_is(&st->toks[tv - 2], owe))
        return 1;
    if (ex_given_time(st, tv))
        return 1;
    if ((n > 3 && !strcmp(w + n - 2, "ed")) ||
        ex_pronoun_is(&st->toks[tv], past))
        return 0;
    for (i = tv; i-- > 0 && tv - i <= 12;) {
        const ex_mention *m;
        if (ex_tok_punct(st, i, ',') || ex_tok_punct(st, i, ';') ||
            ex_tok_punct(st, i, ':'))
            return 0;
        if (!ex_tok_is(st, i, "until"))
            continue;
        m = ex_mention_at(st, i + 1);
        if (!m && i + 2 < tv && st->toks[i + 1].tag == KG_W_DET)
            m = ex_mention_at(st, i + 2);
        return m && !m->ent.is_value && m->t1 <= tv;
    }
    return 0;
}

/* Does the conditional word at c ("if", "unless", "whether") make the
 * verb at t conditional?  It does inside its own clause ("would strike
 * if attacked", "whether to take that step") and, for "if"/"unless"
 * opening a clause, in the clause right after it ("If the talks fail,
 * Iran will attack").  It does not reach past that: "Care is needed in
 * deciding whether to take that step, Machimura said, a day after
 * Pyongyang warned Japan that ..." and "Asked whether he would resign,
 * the minister said Iran attacked the tanker" assert the later verbs
 * (a "whether" clause is a question, never the condition of another). */
static int ex_cond_governs(const ex_state *st, size_t c, size_t t)
{
    size_t i, bounds = 0;
    for (i = c + 1; i < t; i++)
        if ((ex_tok_punct(st, i, ',') || ex_tok_punct(st, i, ';') ||
             ex_tok_punct(st, i, ':')) &&
            /* ", or at least put in a position where": the condition
             * goes on past a comma before a conjunction */
            !(i + 1 < t && (ex_tok_is(st, i + 1, "or") ||
                            ex_tok_is(st, i + 1, "and") ||
                            ex_tok_is(st, i + 1, "nor"))))
            bounds++;
    if (bounds == 0)
        return 1;
    if (bounds > 1 || ex_tok_is(st, c, "whether"))
        return 0;
    /* one boundary: "if" must open its clause */
    return c == 0 || ex_tok_punct(st, c - 1, ',') ||
           ex_tok_punct(st, c - 1, ';') || ex_tok_punct(st, c - 1, ':') ||
           ex_tok_is(st, c - 1, "that") || ex_tok_is(st, c - 1, "and") ||
           ex_tok_is(st, c - 1, "but") || ex_tok_is(st, c - 1, "even");
}

/* Is the verb at t in a condition told by inversion, without "if"?
 * "Should the EC ban Zimbabwean exports, the country will be forced to
 * sell its beef", "Had Sweden signed the accord, ...", "Were Turkey to
 * close the border, ...", "prices will rise, should Sweden impose
 * sanctions": "should", "had" or "were" opening the sentence (past an
 * opening quote) or a clause after a comma, right before its subject (a
 * name, a pronoun, or a determiner and a name), and t in that clause
 * (no comma between).  "Were" needs its "to" ("Were Turkey to close"). */
static int ex_inverted_cond(const ex_state *st, size_t t)
{
    static const char *const inv[] = {"should", "had", "were", NULL};
    size_t c, k, s;
    const ex_mention *m;
    for (c = t; c-- > 0;) {
        if (ex_tok_punct(st, c, ',') || ex_tok_punct(st, c, ';') ||
            ex_tok_punct(st, c, ':'))
            return 0;
        if (!ex_pronoun_is(&st->toks[c], inv))
            continue;
        for (k = c; k > 0 && st->toks[k - 1].kind == KG_TOK_PUNCT &&
                    !ex_tok_punct(st, k - 1, ',');
             k--)
            ; /* (an opening quote) */
        if (!(k == 0 || ex_tok_punct(st, k - 1, ',')))
            return 0;
        s = c + 1;
        if (s < t && st->toks[s].tag == KG_W_DET)
            s++;
        if (s < t && st->toks[s].tag == KG_W_PRON)
            s++;
        else if (s < t && (m = ex_mention_at(st, s)) != NULL &&
                 m->t0 == s && !m->ent.is_value)
            s = m->t1;
        else
            return 0;
        if (s > t)
            return 0;
        if (ex_tok_is(st, c, "were")) {
            if (s < st->ntoks && ex_tok_is(st, s, "not"))
                s++;
            return s < st->ntoks && ex_tok_is(st, s, "to");
        }
        return 1;
    }
    return 0;
}

/* "when he meets Treasury Secretary James Baker next week", "Bush visits
 * Canada next week", "for talks with Shevardnadze next month", "during a
 * visit to Japan later this month": a time still to come in the act's
 * own phrase after token t (before a comma or a word that opens another
 * clause or time: "ahead of her visit to Moscow next week" dates the
 * visit, not the talks before it) makes the act one not done yet. */
static int ex_future_when_after(const ex_state *st, size_t t)
{
    static const char *const stops[] = {
        "before", "after", "ahead", "until", "when",  "while", "and",
        "but",    "which", "who",   "that",  "since", "as",    "said",
        "says",   NULL};
    static const char *const spans[] = {"week", "month", "year",
                                        "weekend", NULL};
    size_t k;
    for (k = t + 1; k + 1 < st->ntoks && k <= t + 10; k++) {
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
            ex_tok_punct(st, k, ':') || ex_tok_punct(st, k, '.') ||
            ex_pronoun_is(&st->toks[k], stops))
            return 0;
        if (ex_tok_is(st, k, "next") &&
            ex_pronoun_is(&st->toks[k + 1], spans))
            return 1;
        if (ex_tok_is(st, k, "later") && k + 2 < st->ntoks &&
            ex_tok_is(st, k + 1, "this") &&
            ex_pronoun_is(&st->toks[k + 2], spans))
            return 1;
    }
    return 0;
}

/* "will explain the plan to U.S. officials when he visits Washington",
 * "is expected to formalise the package before Abe visits Washington",
 * "will resist pressure when he meets Baker for talks": a clause opened
 * by "when", "once", "before", "after" or "until" whose verb is in the
 * present tense ("visits", "meets", "leaves") tells a time to come (or a
 * habit), not an act done; every act in it is not held yet.  Is the act
 * at token t in such a clause (its subject a name or a pronoun right
 * after the opener, within the clause: no comma between)?  (A past verb,
 * "when he met Baker", is the act done and stays.)  (prec18: 9 coded
 * events of reuters21578 read such visits and meetings as held.) */
static int ex_future_temporal(const ex_state *st, size_t t)
{
    static const char *const openers[] = {"when", "once", "before",
                                          "after", "until", NULL};
    static const char *const subjects[] = {"he", "she", "it", "they",
                                           NULL};
    size_t c = t, v, lo = t > 15 ? t - 15 : 0;
    const ex_mention *m;
    if (t >= st->ntoks)
        return 0;
    while (c > lo && !ex_pronoun_is(&st->toks[c - 1], openers)) {
        c--;
        if (ex_tok_punct(st, c, ',') || ex_tok_punct(st, c, ';') ||
            ex_tok_punct(st, c, ':'))
            return 0;
    }
    /* (no opener, or none with words between it and the act) */
    if (c == lo || c >= t)
        return 0;
    c--; /* the opener */
    if (ex_pronoun_is(&st->toks[c + 1], subjects))
        v = c + 2;
    else {
        /* (a title before the name: "when Finance Minister Kiichi
         * Miyazawa visits", capitalised words only; or an article: "when
         * the minister visits"; not a bare modifier: "after militant
         * attacks" names the attacks) */
        v = c + 1;
        if (st->toks[v].tag == KG_W_DET)
            v++;
        else if (!(st->toks[v].flags & KG_TOKF_CAP))
            return 0;
        for (; v < t && v < c + 6 && !ex_mention_at(st, v) &&
               st->toks[v].kind == KG_TOK_WORD &&
               (st->toks[v].flags & KG_TOKF_CAP);
             v++)
            ;
        if (!(m = ex_mention_at(st, v)) || m->ent.is_value || m->t1 <= v)
            return 0;
        v = m->t1;
        /* ("when LDP General Council Chairman Shintaro Abe visits": an
         * organisation named in the title, the name after it) */
        while (v < t && v < c + 9 && st->toks[v].kind == KG_TOK_WORD &&
               (st->toks[v].flags & KG_TOKF_CAP)) {
            if ((m = ex_mention_at(st, v)) != NULL && m->t1 > v &&
                !m->ent.is_value)
                v = m->t1;
            else
                v++;
        }
    }
    if (v > t || v >= st->ntoks || st->toks[v].kind != KG_TOK_WORD ||
        (st->toks[v].flags & KG_TOKF_CAP))
        return 0;
    {
        const char *w = st->toks[v].lower;
        size_t n = strlen(w);
        /* a present "-s" form ("visits", "meets", "flies"), not "-ss";
         * not "returns" ("when Funaro returns from the United States":
         * the visit is under way) */
        return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' &&
               st->toks[v].tag == KG_W_NONE && strcmp(w, "returns") != 0;
    }
}

/* The light verb that lent the event noun trigger at t its subject
 * ("is prepared to open peace talks", "asked its allies to launch an
 * attack on": up to four articles, possessives or plain words between),
 * read where the act's modality is read; t itself for a verb trigger or
 * a noun with no light verb (st->light_verb, ex_subject). */
size_t ex_noun_light_verb(ex_state *st, size_t t)
{
    size_t k = t, words = 0;
    if (!st->light_verb)
        return t;
    while (k > 0 && words < 4 && !ex_light_verb(st, k - 1) &&
           (st->toks[k - 1].tag == KG_W_DET ||
            st->toks[k - 1].tag == KG_W_POSS ||
            (st->toks[k - 1].kind == KG_TOK_WORD &&
             st->toks[k - 1].tag == KG_W_NONE &&
             !ex_mention_at(st, k - 1)))) {
        k--;
        words++;
    }
    if (k == 0 || !ex_light_verb(st, k - 1))
        return t;
    /* ("to carry out attacks on": the verb, not its particle) */
    return k >= 2 && (ex_tok_is(st, k - 1, "out") ||
                      ex_tok_is(st, k - 1, "off"))
               ? k - 2
               : k - 1;
}

/* "at the next U.S.-Japan committee meeting", "Nakasone's scheduled
 * visit to Washington", "a probable meeting between Baker and Miyazawa",
 * "future credit talks with the IMF": a word before the act inside its
 * own noun phrase (across plain words, actors and a possessive's "'s")
 * that puts it ahead.  1: planned ("next", "scheduled"), an intention
 * as "is due to meet" is; 2: only possible ("probable", "future"), no
 * event; 0: none.  (Not "proposed": "the Reagan administration's
 * proposed tariffs" are announced, the act, 163; an intended sanction
 * would be read as a threat.)  (prec16: 8 coded events of agnews_world,
 * bbc_news and reuters21578 read such acts as held.) */
static int ex_future_modifier(const ex_state *st, size_t t)
{
    static const char *const planned[] = {
        "next", "upcoming", "forthcoming", "planned", "scheduled", "coming",
        NULL};
    static const char *const maybe[] = {
        "probable", "possible", "potential", "likely", "expected",
        "future",   "prospective", NULL};
    size_t k = t, steps = 0;
    while (k > 0 && steps++ < 5) {
        const ex_tok *w = &st->toks[k - 1];
        if (ex_pronoun_is(w, planned))
            return 1;
        if (ex_pronoun_is(w, maybe))
            return 2;
        if (!(ex_mention_at(st, k - 1) || ex_tok_is(st, k - 1, "'s") ||
              (w->kind == KG_TOK_WORD && w->tag == KG_W_NONE &&
               !w->trigger)))
            return 0;
        k--;
    }
    return 0;
}

/* "The plan, officials said, is to": the token a (a copula) after a
 * speech tag set off by commas right before it ("officials said", at
 * most six tokens between the commas, a verb of saying among them)
 * stands, for reading back, where the first comma is; else a. */
static size_t ex_past_speech_tag(const ex_state *st, size_t a)
{
    size_t k, say = 0;
    if (a < 3 || !ex_tok_punct(st, a - 1, ','))
        return a;
    for (k = a - 1; k-- > 0 && a - 1 - k <= 7;) {
        if (ex_tok_punct(st, k, ','))
            return say && k + 1 < a - 1 ? k : a;
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return a;
        if (st->toks[k].tag == KG_W_SPEECH)
            say = 1;
    }
    return a;
}

/* "The aim of the party is to withdraw from the EU", "Tehran's main
 * goal was to capture the port": the copula at a (before "is to", "was
 * to") whose subject is an aim, a goal or a purpose (its noun right
 * before, or before an "of" phrase of at most four words) states what
 * someone seeks, no act announced or scheduled as "The WTO is to hold
 * talks" is: hypothetical. */
static int ex_aim_subject(const ex_state *st, size_t a)
{
    static const char *const aims[] = {
        "aim",       "aims",      "goal",       "goals", "objective",
        "objectives", "purpose",  "intention",  "ambition", "dream",
        "strategy",  "strategies", NULL};
    size_t k;
    /* ("The U.S. strategy, officials said, is to keep the pressure on":
     * a speech tag between commas before the copula is passed over) */
    a = ex_past_speech_tag(st, a);
    /* (the subject may stand before the clause's window, "The aim of
     * UKIP": read back from the copula to a punctuation mark) */
    for (k = a; k-- > 0 && a - k <= 6;) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_pronoun_is(&st->toks[k], aims))
            return k + 1 == a || (k + 2 < a && ex_tok_is(st, k + 1, "of"));
    }
    return 0;
}

/* "pursued efforts to obtain a ceasefire between Iran and Iraq", "calls
 * on Shultz to enter into talks with Japan", "agreed to reach a budget
 * deficit compromise with Congress": an act named as what an infinitive
 * of getting or bringing about would reach (up to four articles,
 * possessives or plain words between) is not had yet.  Not the light
 * verbs that do the act ("to hold talks", "to sign a pact", "to launch a
 * strike") nor verbs that take it as it is ("to halt its attacks", "to
 * investigate arms sales").  (prec16: 9 coded events of the corpora.) */
static int ex_sought_by_infinitive(ex_state *st, size_t t)
{
    static const char *const reach[] = {
        "obtain",  "achieve", "reach",   "secure",  "seek",      "enter",
        "arrange", "create",  "establish", "provide", "promote",
        "encourage", "foster", "facilitate", "improve", "win",   "sought",
        "won",
        /* (more of it brought about: "to restore normalcy and
         * cooperation between their countries", "to boost cooperation
         * with", "to strengthen ties with": prec18) */
        "restore", "boost", "strengthen", "deepen", "expand", "enhance",
        "bolster", "broaden", NULL};
    size_t k = t, words = 0;
    while (k > 1 && words++ < 5) {
        const ex_tok *w = &st->toks[k - 1];
        const char *c;
        size_t j, q;
        /* ("to enter into talks with") */
        size_t v = ex_tok_is(st, k - 1, "into") ? k - 2 : k - 1;
        for (j = 0; (c = ex_lemma(v, j, st)) != NULL; j++)
            for (q = 0; reach[q]; q++)
                if (!strcmp(c, reach[q]))
                    return v > 0 &&
                           (ex_tok_is(st, v - 1, "to") ||
                            (v > 1 && ex_tok_punct(st, v - 1, '"') &&
                             ex_tok_is(st, v - 2, "to"))) &&
                           (v == k - 1 || !strcmp(c, "enter"));
        /* (a noun joined before the act, "normalcy and cooperation",
         * and a quote mark: "to \"restore normalcy and cooperation\"") */
        if (!(w->tag == KG_W_DET || w->tag == KG_W_POSS ||
              ex_tok_is(st, k - 1, "and") || ex_tok_punct(st, k - 1, '"') ||
              (w->kind == KG_TOK_WORD && w->tag == KG_W_NONE &&
               !w->trigger && !ex_mention_at(st, k - 1))))
            return 0;
        k--;
    }
    return 0;
}

/* "accused American gun dealers of illegally arming drug cartels",
 * "accused Armenia of launching an unprovoked attack on its positions":
 * where the act at t stands in the charge's "of" phrase past an -ly
 * adverb, or as the noun of a gerund of doing (launching, staging,
 * mounting, carrying out, committing, waging) with its article, if any,
 * and up to two plain words ("of committing atrocities"), the token the
 * phrase starts at (right after "of");
 * else t (extra24: the code books' cb-1121-b, cb-1123-a). */
static size_t ex_charged_gerund(const ex_state *st, size_t t)
{
    static const char *const doing[] = {"launching", "staging", "mounting",
                                        "committing", "waging", "carrying",
                                        NULL};
    size_t k = t, n;
    size_t len;
    if (k >= 1 && st->toks[k - 1].kind == KG_TOK_WORD &&
        (len = strlen(st->toks[k - 1].lower)) > 4 &&
        !strcmp(st->toks[k - 1].lower + len - 2, "ly"))
        return k - 1;
    for (n = 0; n < 2 && k > 0 && ex_plain_word(st, k - 1) &&
                !ex_pronoun_is(&st->toks[k - 1], doing);
         n++)
        k--;
    if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
        k--;
    if (k > 0 && ex_tok_is(st, k - 1, "out"))
        k--; /* ("carrying out a raid") */
    if (k > 0 && ex_pronoun_is(&st->toks[k - 1], doing) &&
        (strcmp(st->toks[k - 1].lower, "carrying") != 0 ||
         ex_tok_is(st, k, "out")))
        return k - 1;
    return t;
}

/* "accused Israel and Jordan of aiding the rebels", "charged Sweden,
 * Turkey and Syria with": the accused named as a list of actors stand
 * between the verb and "of" as one does.  At token k, the last of such
 * a list (its members' mentions joined by "and" or commas), the first
 * token of the list's first member; else k. */
static size_t ex_charged_list_start(const ex_state *st, size_t k)
{
    const ex_mention *m = ex_mention_at(st, k), *p;
    size_t j;
    if (!m || m->dropped || m->ent.is_value || m->t0 == 0)
        return k;
    for (j = m->t0;;) {
        size_t b = j;
        if (b >= 1 && ex_tok_is(st, b - 1, "and"))
            b--;
        if (b >= 1 && ex_tok_punct(st, b - 1, ','))
            b--;
        if (b == j || b == 0 || (p = ex_mention_at(st, b - 1)) == NULL ||
            p->dropped || p->ent.is_value)
            return j;
        j = p->t0;
    }
}

/* "China has been accused of blocking access to Google News", "charged
 * nine food suppliers with helping", "charged Japan with violating the
 * GATT": an act someone is accused or charged of is alleged, not told
 * as done (the accusation is the event, 112 or 173).  Is the act at t
 * right after "of" or "with" (an article between) whose accusing verb
 * stands up to six words before? */
static int ex_charged_act(const ex_state *st, size_t t)
{
    static const char *const accuse[] = {
        "accused", "accuses", "accuse",  "accusing", "charged",
        "charges", "charge",  "charging", "suspected", NULL};
    size_t k = ex_charged_gerund(st, t), words;
    if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
        k--;
    if (k < 2 || !(ex_tok_is(st, k - 1, "of") || ex_tok_is(st, k - 1, "with")))
        return 0;
    for (k -= 2, words = 0; words < 6; words++, k--) {
        const ex_tok *w;
        k = ex_charged_list_start(st, k);
        w = &st->toks[k];
        if (ex_pronoun_is(w, accuse))
            /* (not "the charges of corruption": the noun after an
             * article) */
            return !(k > 0 && st->toks[k - 1].tag == KG_W_DET);
        if (w->kind != KG_TOK_WORD || w->tag == KG_W_SUB ||
            w->tag == KG_W_CONJ || w->trigger || k == 0)
            return 0;
    }
    return 0;
}

/* "was preparing Sunday to arrive in China", "prepares to visit
 * Washington", "appeared poised Tuesday to approve", "is also due to
 * visit", "was scheduled today to meet": getting ready for the act, or
 * scheduled, with a date or an adverb between that the "is due to" test
 * does not pass: not done yet (seventeenth session: 7 such events on
 * agnews and reuters, all asserted).  Not "prepared to" without a form
 * of "be" ("prepared to attend the Olympics", and went: read with
 * "offered" by the caller), nor "due to" of cause ("cancelled due to
 * fighting"). */
static int ex_readying_word(const ex_state *st, size_t ow, size_t to)
{
    static const char *const ready[] = {"poised", "preparing", "prepares",
                                        "prepare", NULL};
    static const char *const sched[] = {"due", "scheduled", NULL};
    static const char *const adv[] = {"also", "now", "still", NULL};
    if (ex_pronoun_is(&st->toks[ow], ready))
        return 1;
    /* (a plain "is due to", right before the "to", is read before) */
    return ow >= 1 && ex_pronoun_is(&st->toks[ow], sched) &&
           ((ow + 1 < to && st->toks[ow - 1].tag == KG_W_AUX) ||
            ex_pronoun_is(&st->toks[ow - 1], adv));
}

/* "Parliament appeared poised Tuesday to approve", "the union looks set
 * to end the strike", "Tokyo seems ready to drop its demand": a word of
 * readiness at ow (before the "to" of the act) after a verb of
 * appearance ("appear", "seem", "look", an adverb between allowed:
 * "looks almost certain" is not read) is the writer's forecast of the
 * act, no intent the actor stated: hypothetical, as "is likely to" is
 * (root25: about 40 such phrases in the three corpora). */
static int ex_looks_ready(const ex_state *st, size_t ow)
{
    static const char *const ready[] = {"poised", "set", "ready", NULL};
    static const char *const look[] = {
        "appear", "appears", "appeared", "appearing", "seem", "seems",
        "seemed", "seeming",  "look",     "looks",    "looked", "looking",
        NULL};
    size_t k;
    if (ow < 1 || !ex_pronoun_is(&st->toks[ow], ready))
        return 0;
    k = ow - 1;
    if (k >= 1 && ex_is_adverb(st, k))
        k--; /* "appeared increasingly poised" */
    return ex_pronoun_is(&st->toks[k], look);
}

/* "plans, backed by Germany, to lift the embargo on Cuba": the end of
 * the agent's phrase before the "to" at t-1 when a comma closes an aside
 * between the noun and its infinitive (the comma's token), else t - 1
 * (ex_noun_by_agent_cue reads the aside's "by" as it reads "plans by"). */
static size_t ex_backed_aside_end(const ex_state *st, size_t t)
{
    return t >= 2 && ex_tok_punct(st, t - 2, ',') ? t - 2 : t - 1;
}

/* "supported a call for Japan to boost its defence spending to help
 * share the burden of protecting Western interests": an act at token t
 * told after an infinitive asked of an actor ("a call for Japan to",
 * "pleas for Taiwan to", any noun of ex_ask_nouns, "for", the actor), in
 * the same stretch of its clause (no comma, no subordinator, no "and"
 * between), is part of what is asked: its purpose or what it names, not
 * done (miss0616). */
static int ex_asked_purpose(const ex_state *st, size_t t)
{
    const ex_mention *m;
    size_t j, b, lo = t > 20 ? t - 20 : 0;
    if (t < 4)
        return 0;
    for (j = t - 1; j > lo; j--) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || st->toks[j].tag == KG_W_SUB ||
            st->toks[j].tag == KG_W_CONJ)
            return 0;
        if (!ex_tok_is(st, j, "to") || !(m = ex_mention_at(st, j - 1)) ||
            m->t1 != j)
            continue;
        b = ex_before_dets(st, m->t0);
        return b >= 2 && ex_tok_is(st, b - 1, "for") &&
               ex_pronoun_is(&st->toks[b - 2], ex_ask_nouns);
    }
    return 0;
}

/* "a threat by Washington to reduce funds to the bank", "plans by the
 * EC Commission to curb imports": a threat or intent noun whose agent
 * follows "by" and whose act is the infinitive at token t.  The noun
 * lies before the act's subject, outside the window ex_cues reads from
 * it, so its word is read here as "Washington's threat to" reads it
 * there: threatened ("threat", "ultimatum") or intended ("plan",
 * "pledge", "proposal", "offer"); *modality is left alone otherwise. */
static void ex_noun_by_agent_cue(ex_state *st, size_t t,
                                 const char **modality)
{
    /* (nouns only: "a loan sought by Manila to carry out reforms" is
     * Manila's loan, not an intent to reform) */
    static const char *const threats[] = {"threat", "threats", "ultimatum",
                                          NULL};
    static const char *const intents[] = {
        "plan",     "plans",     "pledge", "pledges",   "promise",
        "promises", "proposal",  "proposals", "offer",  "offers",
        "intention", NULL};
    const ex_mention *m;
    size_t b, end = ex_backed_aside_end(st, t);
    if (t < 4 || !ex_tok_is(st, t - 1, "to") ||
        !(m = ex_mention_at(st, end - 1)) || m->t1 != end || m->t0 < 2)
        return;
    b = ex_before_dets(st, m->t0);
    if (b < 2 || !ex_tok_is(st, b - 1, "by"))
        return;
    if (end != t - 1) {
        /* (the aside's participle and its opening comma: the noun is
         * before them) */
        if (b < 5 || !ex_ends_ed(st, b - 2) || !ex_tok_punct(st, b - 3, ','))
            return;
        b -= 2;
    }
    if (ex_pronoun_is(&st->toks[b - 2], threats))
        *modality = "threatened";
    else if (ex_pronoun_is(&st->toks[b - 2], intents)) {
        *modality = "intended";
        st->intent_word = 1;
    }
}

/* "the EC not only ignored Manila's request but introduced a levy",
 * "not merely", "not just": the negation word at token i before "only"
 * adds to what it precedes, asserted, and denies nothing. */
static int ex_not_only(const ex_state *st, size_t i)
{
    return i + 1 < st->ntoks && ex_tok_is(st, i, "not") &&
           (ex_tok_is(st, i + 1, "only") || ex_tok_is(st, i + 1, "merely") ||
            ex_tok_is(st, i + 1, "just"));
}

/* "did not specify which computer it was willing to sell", "would not
 * say whether Tokyo will meet": a question a verb of telling or knowing
 * leaves open (the wh-word at sub right after it) is not denied by the
 * verb's negation; the act asked about keeps its own cues. */
static int ex_open_question(const ex_state *st, size_t sub)
{
    static const char *const wh[] = {"which", "what", "whether", "how",
                                     "when", "where", "who", "if", NULL};
    static const char *const tell[] = {
        "say",      "said",     "specify",  "specified", "disclose",
        "disclosed", "reveal",  "revealed", "know",      "knew",
        "indicate", "indicated", "explain", "explained", "decide",
        "decided",  "confirm",  "confirmed", "identify", "identified",
        "elaborate", "clarify", "clarified", "detail",   "detailed",
        NULL};
    return sub > 0 && ex_pronoun_is(&st->toks[sub], wh) &&
           ex_pronoun_is(&st->toks[sub - 1], tell);
}

/* "ran little risk of sparking a clash with Iran", "the possibility of
 * resuming loans to Poland", "the danger of provoking an attack": is
 * the trigger at t at or after a gerund that follows "of" and a noun of
 * chance (at most eight words before t, with no punctuation between; the
 * trigger's subject may stand between: "a military clash")? */
static int ex_possibility_of(const ex_state *st, size_t t)
{
    size_t lo = t > 8 ? t - 8 : 0;
    static const char *const chance[] = {
        "possibility", "possibilities", "risk",     "risks",
        "danger",      "dangers",       "prospect", "prospects",
        "chance",      "chances",       "likelihood", NULL};
    size_t j;
    for (j = t; j-- > lo && j > 0;) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, j, "of") && j + 1 <= t && ex_is_ing(st, j + 1) &&
            ex_pronoun_is(&st->toks[j - 1], chance))
            return 1;
    }
    return 0;
}

/* "Raimond, due here tomorrow from Oman for his first official visit",
 * "Aqazadeh is expected here on Friday for talks": a meeting or visit
 * after a "due" or "expected" that follows a comma or a form of "be" and
 * is followed by a place or a time ("here", "in", "tomorrow", not "to",
 * which ex_cues reads, nor "as a result of his visit"), within twelve
 * words before the trigger at t with no punctuation between, is not
 * held yet. */
static int ex_due_here(const ex_state *st, size_t t)
{
    static const char *const due[] = {"due", "expected", NULL};
    static const char *const be[] = {"is", "are", "was", "were", "be",
                                     NULL};
    static const char *const where[] = {
        "here",  "there",    "back",  "in",   "at",   "on",
        "today", "tomorrow", "later", "next", "this", "tonight", NULL};
    size_t j;
    for (j = t; j-- > 1 && t - j <= 12;) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return 0;
        if (!ex_pronoun_is(&st->toks[j], due))
            continue;
        return j + 1 < t && ex_pronoun_is(&st->toks[j + 1], where) &&
               (ex_tok_punct(st, j - 1, ',') ||
                ex_pronoun_is(&st->toks[j - 1], be));
    }
    return 0;
}

/* "Cossiga is due to meet former presidents before holding talks with
 * party leaders", "will tour the region before visiting Seoul": is the
 * trigger at t a gerund right after "before" (perhaps ", before") whose
 * clause (back to a comma, a semicolon, a colon or a subordinator, at
 * most 24 tokens before t) is scheduled: a "will" or "shall", or "due",
 * "set", "scheduled" or a form of "be" before "to"? */
static int ex_before_scheduled(const ex_state *st, size_t t)
{
    static const char *const sched[] = {"due", "set", "scheduled", "is",
                                        "are", NULL};
    size_t j;
    size_t from = t - 1;
    if (t < 3 || !ex_tok_is(st, t - 1, "before") || !ex_is_ing(st, t))
        return 0;
    /* (", before travelling to Washington": the comma before "before"
     * closes no clause) */
    if (ex_tok_punct(st, from - 1, ','))
        from--;
    for (j = from; j-- > 1 && t - j <= 24;) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || st->toks[j].tag == KG_W_SUB)
            return 0;
        if (st->toks[j].tag == KG_W_FUTURE ||
            (ex_tok_is(st, j, "to") && ex_pronoun_is(&st->toks[j - 1], sched)))
            return 1;
    }
    return 0;
}

void ex_cues(ex_state *st, size_t from, size_t t, int *negated,
             const char **modality)
{
    size_t i, tv, ow, lo = t > EX_CUE_WINDOW ? t - EX_CUE_WINDOW : 0;
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
    st->means_purpose = 0;
    st->reported_would = 0;
    st->denied = 0;
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
            else if (sub != (size_t)-1 && st->toks[j].tag == KG_W_NEG &&
                     !ex_not_only(st, j) && !ex_open_question(st, sub))
                *negated = 1;
        }
        /* ("Tehran denied it intended to threaten Gulf shipping and
         * warned the U.S.": a past after "and" is a predicate of its own,
         * as below) */
        if ((sub != (size_t)-1 ? ex_denied_clause(st, sub)
                               : ex_denied_bare(st, clause, t)) &&
            !ex_and_past(st, t))
            *negated = st->denied = 1;
    }
    /* "can cut crime without asking people to pay more taxes", "ended the
     * investigation without prosecuting Newport News": the act after
     * "without" is the one not done */
    if (t > 0 && ex_tok_is(st, t - 1, "without") && ex_ends_ing(st, t))
        *negated = 1;
    for (i = lo; i < t; i++) {
        /* "Israel vowed revenge and bombed targets", "Russia promised
         * restraint but shelled Kharkiv": a finite verb in the past
         * after "and" or "but" is a predicate of its own; the promise,
         * threat or denial before it does not reach it (an infinitive
         * does share it: "vowed to strike and destroy") */
        if ((ex_tok_is(st, i, "and") || ex_tok_is(st, i, "but")) &&
            ex_past_finite(st, i, t)) {
            *negated = 0;
            *modality = "asserted";
            st->intent_word = 0;
            st->denied = 0;
            continue;
        }
        switch (st->toks[i].tag) {
        case KG_W_NEG:
            /* ("not only ignored": ex_not_only) */
            if (ex_not_only(st, i))
                break;
            /* "would not hesitate to use force", "did not hesitate to
             * strike": the act is the more certain, not denied */
            if (i + 2 < t &&
                !strncmp(st->toks[i + 1].lower, "hesitat", 7) &&
                ex_tok_is(st, i + 2, "to"))
                break;
            *negated = 1;
            break;
        case KG_W_THREAT:
            *modality = "threatened";
            break;
        case KG_W_INTENT:
            /* ("might seek to": ex_maybe_attempt) */
            if (!strcmp(*modality, "hypothetical") && ex_maybe_attempt(st, i))
                break;
            st->intent_word = 1;
            /* fall through */
        case KG_W_FUTURE:
            /* ("is confident Congress will approve": ex_forecast_will) */
            if (st->toks[i].tag == KG_W_FUTURE && ex_forecast_will(st, i)) {
                *modality = "hypothetical";
                break;
            }
            if (strcmp(*modality, "threatened") != 0)
                *modality = "intended";
            /* "Turkey said on Saturday it will send tents to Iran, the
             * Red Crescent said": the speaker's own pronoun before
             * "will" states its intention whoever the sentence's last
             * speaker is (ex_announced_intent reads only that one) */
            if (ex_own_modal(st, i) == 1)
                st->intent_word = 1;
            break;
        case KG_W_MODAL: {
            int own = ex_own_modal(st, i);
            /* (as for "will": "would" is a commitment, "could" and
             * "might" are not) */
            if (own == 1 && strcmp(*modality, "threatened") != 0 &&
                (ex_tok_is(st, i, "would") || ex_tok_is(st, i, "shall")))
                st->intent_word = 1;
            if (own == 0 && ex_reported_would(st, i)) {
                own = 1; /* (a plan reported, no intent word) */
                st->reported_would = 1;
            }
            *modality = own == 2   ? "threatened"
                        : own == 1 ? (strcmp(*modality, "threatened") != 0
                                          ? "intended"
                                          : *modality)
                                   : "hypothetical";
            break;
        }
        default:
            break;
        }
    }
    /* "The king promised in a speech to the nation to hand powers to
     * parliament": the promise before the occasion of the speech
     * (ex_speech_occasion) governs the infinitive after it, however long
     * the occasion runs */
    if (!strcmp(*modality, "asserted") && t >= 4 &&
        ex_tok_is(st, t - 1, "to"))
        for (i = t - 2; i > 0 && i + 12 > t; i--)
            if (ex_tok_is(st, i, "in") && ex_speech_occasion(st, i) == t - 1) {
                if (st->toks[i - 1].tag == KG_W_INTENT) {
                    *modality = "intended";
                    st->intent_word = 1;
                }
                break;
            }
    if (!strcmp(*modality, "asserted") && t >= 2 &&
        (ex_tok_is(st, t - 1, "and") || ex_tok_is(st, t - 1, "or")) &&
        !ex_past_finite(st, t - 1, t) &&
        (i = ex_shared_modal(st, t - 1, KG_W_MODAL)) != (size_t)-1 &&
        ex_own_modal(st, i) == 0)
        *modality = "hypothetical"; /* (as the modal itself reads, above) */
    else if (!strcmp(*modality, "asserted") &&
             (i = ex_listed_verb_modal(st, t)) != (size_t)-1 &&
             ex_own_modal(st, i) == 0)
        *modality = "hypothetical";
    /* "The emir will hold talks with the chancellor and meet business
     * leaders", "will tour the region and visit Seoul": a bare verb
     * joined by "and" or "or" to a verb after "will" shares its future,
     * as it shares a "would" (above) */
    if (!strcmp(*modality, "asserted") && ex_future_and_verb(st, t))
        *modality = "intended";
    /* "North Korea will not dismantle its nuclear programs or improve
     * ties with South Korea": a negation before the first of two verbs
     * joined by "or" denies the second too, and the "will" before it
     * makes it intended, as it does the first */
    if (!*negated && t >= 2 &&
        (ex_tok_is(st, t - 1, "or") || ex_tok_is(st, t - 1, "nor")) &&
        !ex_past_finite(st, t - 1, t) &&
        ex_shared_modal(st, t - 1, KG_W_NEG) != (size_t)-1) {
        *negated = 1;
        if (!strcmp(*modality, "asserted") &&
            ex_shared_modal(st, t - 1, KG_W_FUTURE) != (size_t)-1)
            *modality = "intended";
    }
    if (!*negated && !strcmp(*modality, "asserted") &&
        (tv = ex_coordinated_to(st, t)) != (size_t)-1 && tv + 1 < t) {
        /* "Japan pledged to stop dumping microchips in the U.S. and Asia
         * and open its market", "promised to end the dispute and to meet
         * Reagan": an infinitive coordinated with an earlier one shares
         * the promise, threat or denial that governs it, however far the
         * first one's words reach (the cue window is short; the shared
         * subject's end, from, may be the "and") */
        int in_neg, in_intent = st->intent_word, in_means = st->means_purpose,
                    in_denied = st->denied;
        const char *in_mod;
        ex_cues(st, 0, tv + 1, &in_neg, &in_mod);
        if (in_neg || strcmp(in_mod, "asserted") != 0) {
            *negated = in_neg;
            *modality = in_mod;
        } else {
            st->intent_word = in_intent;
            st->means_purpose = in_means;
            st->denied = in_denied;
        }
    }
    for (i = 0; i < t; i++)
        if (st->toks[i].tag == KG_W_COND && ex_cond_governs(st, i, t)) {
            *modality = "conditional";
            break;
        }
    if (ex_inverted_cond(st, t))
        *modality = "conditional"; /* "Should the EC ban exports, ..." */
    /* "Rwanda's threat to launch military strikes in Congo", "renewed
     * its threats to attack": the act a threat names is threatened, as
     * after "threatened to" (at most two words between: "to launch
     * military"; a date may stand before the "to": "the U.S. threat on
     * Friday to impose tariffs") */
    for (i = t; i-- > lo && t - i <= 4;)
        if (ex_tok_is(st, i, "to") && i > 0 &&
            (ex_tok_is(st, ex_before_when(st, i), "threat") ||
             ex_tok_is(st, ex_before_when(st, i), "threats"))) {
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
                /* ("the aim of UKIP is to withdraw": ex_aim_subject) */
                *modality = ex_aim_subject(st, a) ? "hypothetical"
                                                  : "intended";
                break;
            }
        }
    /* "is due to meet former presidents before holding talks with party
     * leaders": a gerund after "before" whose main verb is scheduled is
     * not done yet (ex_before_scheduled) */
    if (!strcmp(*modality, "asserted") && ex_before_scheduled(st, t))
        *modality = "intended";
    /* "Bush visits Canada next week": scheduled, as "is due to visit"
     * (ex_future_when_after) */
    if (!strcmp(*modality, "asserted") && ex_future_when_after(st, t))
        *modality = "intended";
    /* "will explain the plan when he visits Washington": an act in a
     * clause of a time to come (ex_future_temporal) */
    if (!strcmp(*modality, "asserted") && ex_future_temporal(st, t))
        *modality = "intended";
    /* "appealed to the US for helicopters to fight Boko Haram": the act
     * the means are asked for is not done yet */
    if (ex_requested_means(st, t) != (size_t)-1 &&
        strcmp(*modality, "threatened") != 0) {
        *modality = "intended";
        st->means_purpose = 1;
    }
    /* "ran little risk of sparking a clash with Iran", "spoke of the
     * possibility of resuming loans to Poland": an act after a noun of
     * chance and "of" with a gerund is only thought possible */
    if (ex_possibility_of(st, t) && strcmp(*modality, "threatened") != 0)
        *modality = "hypothetical";
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
        !(!strcmp(*modality, "hypothetical") && ex_maybe_attempt(st, t - 2)) &&
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
    if (!strcmp(*modality, "asserted") &&
        (ex_sought_by_infinitive(st, t) || ex_charged_act(st, t)))
        *modality = "hypothetical";
    if (!strcmp(*modality, "asserted"))
        switch (ex_future_modifier(st, t)) {
        case 1:
            *modality = "intended";
            break;
        case 2:
            *modality = "hypothetical";
            break;
        default:
            break;
        }
    /* "offered to release", "is prepared to meet": offered or ready, not
     * done: an intention, as "pledged to" is ("the US leader prepared to
     * attend the Olympics": the verb, getting ready, and he went).  For
     * an event noun its light verb stands there: "is prepared to open
     * peace talks", "offered to extend a loan". */
    tv = ex_noun_light_verb(st, t);
    /* A headline's "Bangladesh to send peacekeepers to Congo, army
     * says", "Iran to release seized British sailors", "Moscow to relax
     * travel curbs on Georgian citizens": "X to <act>" is "X is to
     * <act>" with the copula dropped, announced as "said it would" does:
     * intended, and a commitment (03 for cooperation).  The act is the
     * trigger or, for an event noun, its light verb ("Iran to hold talks
     * with"). */
    if (!strcmp(*modality, "asserted") &&
        ((t >= 2 && ex_tok_is(st, t - 1, "to") && ex_headline_to(st, t - 1)) ||
         (tv >= 2 && ex_tok_is(st, tv - 1, "to") &&
          ex_headline_to(st, tv - 1)))) {
        *modality = "intended";
        st->intent_word = 1;
    }
    /* (wire copy's "offered on Tuesday to work with", "said it was keen
     * late on Monday to": a date may stand before "to") */
    ow = tv >= 2 ? ex_before_when(st, tv - 1) : 0;
    if (tv >= 2 && ex_tok_is(st, tv - 1, "to") &&
        (ex_tok_is(st, ow, "offered") || ex_tok_is(st, ow, "offers") ||
         /* "is determined to mend ties with", "keen to hold talks",
          * "eager to improve relations", "committed to helping": set on
          * the act, not doing it yet */
         ex_tok_is(st, ow, "determined") ||
         ex_tok_is(st, ow, "keen") || ex_tok_is(st, ow, "eager") ||
         ex_tok_is(st, ow, "committed") ||
         /* ("was preparing Sunday to arrive in China", "poised to":
          * getting ready, the act still ahead; the past "prepared to
          * attend" stays the act, below) */
         ex_readying_word(st, ow, tv - 1) ||
         ex_tok_is(st, ow, "offer") || ex_tok_is(st, ow, "offering") ||
         /* wire copy's "agreed in principle to hold talks with",
          * "agreed in principle to meet": the deal is not yet made, the
          * act only promised (036, not the talks held, 046) */
         (ow >= 2 && ex_tok_is(st, ow, "principle") &&
          ex_tok_is(st, ow - 1, "in") &&
          (ex_tok_is(st, ow - 2, "agreed") ||
           ex_tok_is(st, ow - 2, "agree") ||
           ex_tok_is(st, ow - 2, "agrees"))) ||
         (ow >= 1 && (ex_tok_is(st, ow, "prepared") ||
                      /* "Iran is open to talks with": willing, not
                       * talking (after a form of "be" or "remain") */
                      ex_tok_is(st, ow, "open")) &&
          (st->toks[ow - 1].tag == KG_W_AUX ||
           ex_tok_is(st, ow - 1, "remains") ||
           ex_tok_is(st, ow - 1, "remain") ||
           ex_tok_is(st, ow - 1, "remained")))) &&
        strcmp(*modality, "threatened") != 0) {
        *modality = "intended";
        st->intent_word = 1;
    }
    /* "the parliament appeared poised Tuesday to approve the plan",
     * "looks set to end the strike", "seems ready to drop its demand":
     * readiness that only appears to the writer is a forecast, not the
     * actor's stated intent (ex_looks_ready) */
    if (tv >= 2 && ex_tok_is(st, tv - 1, "to") && ex_looks_ready(st, ow))
        *modality = "hypothetical";
    /* "offered to send troops to protect civilians": the act the offered
     * act is for is not done either (an offer's "to" earlier in the
     * clause; "offered to" right before the act is read above) */
    /* ("offered on Monday to host and broker talks": the offered act may
     * be the second of two infinitives, the offer's "to" after a date) */
    if (strcmp(*modality, "threatened") != 0 && tv >= 2 &&
        (ex_tok_is(st, tv - 1, "to") ||
         (tv >= 4 && ex_tok_is(st, tv - 3, "to") &&
          (ex_tok_is(st, tv - 1, "and") || ex_tok_is(st, tv - 1, "or")) &&
          st->toks[tv - 2].kind == KG_TOK_WORD &&
          st->toks[tv - 2].tag == KG_W_NONE)))
        for (i = lo; i + 2 < tv; i++)
            if (ex_when_phrase(st, i + 1) + 1 < tv &&
                ex_tok_is(st, ex_when_phrase(st, i + 1), "to") &&
                (ex_tok_is(st, i, "offered") || ex_tok_is(st, i, "offers") ||
                 ex_tok_is(st, i, "offer") || ex_tok_is(st, i, "offering"))) {
                *modality = "intended";
                st->intent_word = 1;
                break;
            }
    if (strcmp(*modality, "threatened") != 0 && ex_obliged_or_awaited(st, tv))
        *modality = "hypothetical";
    /* "refused to resume talks with": not done, and refused cooperation
     * is a rejection of its own, as "would not meet" is (the refusal
     * branch reads negated + intended); "failed to reach" is only not
     * done; for an event noun its light verb ("refused to launch an
     * offensive against", ex_noun_light_verb) */
    switch (ex_refused_before(st, t) ? ex_refused_before(st, t)
                                      : ex_refused_before(st, tv)) {
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
    if (!strcmp(*modality, "asserted"))
        ex_noun_by_agent_cue(st, t, modality);
    if (!strcmp(*modality, "asserted") && ex_asked_purpose(st, t))
        *modality = "hypothetical";
    /* ("appeared poised to approve": ex_apparent_readiness) */
    if (strcmp(*modality, "threatened") != 0 && ex_apparent_readiness(st, t))
        *modality = "hypothetical";
    /* ("rumors circulated through grain markets today that the Soviet
     * Union has purchased": ex_rumoured, for the paths that do not ask
     * ex_unasserted_frame; and "alleged atrocities by", ex_alleged_act) */
    if (!strcmp(*modality, "asserted") &&
        (ex_rumoured(st, t) > 0 || ex_alleged_act(st, t)))
        *modality = "hypothetical";
}

/* ", accusing", "and supplying", "in addition to hosting", "in a
 * message expressing": an -ing verb opening a clause whose subject is
 * the sentence's. */
int ex_is_participle(const ex_state *st, size_t i)
{
    static const char *const openers[] = {"and", "to", "by", "after",
                                          "before", "while", "without",
                                          "when", NULL};
    /* "urged Putin to act in a carefully worded message expressing
     * concern about his reforms": a message's "-ing" says what its
     * sender says in it */
    static const char *const messages[] = {"message", "letter", "statement",
                                           "communique", "telegram",
                                           "speech", NULL};
    if (!ex_ends_ing(st, i))
        return 0;
    /* (wire copy leaves out the comma after a date: "returned from
     * Pyongyang on Thursday voicing confidence that", whose subject is
     * not the place before) */
    return ex_tok_punct(st, i - 1, ',') ||
           ex_pronoun_is(&st->toks[i - 1], openers) ||
           ex_pronoun_is(&st->toks[i - 1], messages) ||
           (i > 2 && ex_before_when(st, i) < i - 1);
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
    size_t n = e->code ? strlen(e->code) : 0;
    if (n < 6)
        return 0;
    /* (a named armed group: PSEREBHMS for Hamas, IMGMUSALQ for al-Qaeda) */
    if (!strncmp(e->code + 3, "REB", 3) || !strncmp(e->code + 3, "INS", 3) ||
        !strncmp(e->code, "IMG", 3))
        return 1;
    return ex_word_among(e->code + n - 3, agents);
}

/* "Hamas vowed it would free the soldier", "Venezuela's opposition
 * promised the government it would suspend protests", "Israel pledged
 * that it would release": a word of promise at token i that takes a
 * clause ("that", or a pronoun with "will" or "would", one named party
 * between) reports what its subject says it will do, as "said it would"
 * does.  "Thailand signalled it would hand over Bout", "Tokyo indicated
 * it would ease its curbs": a word of signalling does too, but only with
 * the pronoun and "will" or "would" ("indicated that" reports a fact as
 * often: "the figures indicated that"). */
static const char *const ex_promise_words[] = {
    "promised", "promises", "pledged", "pledges", "vowed", "vows",
    "assured",  "assures",  NULL};
static const char *const ex_signal_words[] = {
    "signalled", "signaled",  "signals", "indicated", "indicates",
    "hinted",    "hints",     NULL};
/* ("Ankara insisted on Monday that it would not withdraw", "the
 * ministry stressed it would retaliate": a word of insisting, a date
 * and "that" perhaps between, before the pronoun and "will" or
 * "would"; "insisted the blockade was illegal" reports a verdict) */
static const char *const ex_insist_words[] = {
    "insisted",   "insists",    "stressed",  "stresses",
    "reiterated", "reiterates", "declared",  "declares",
    "repeated",   "reaffirmed", "reaffirms", "maintained",
    NULL};
/* (the tags and first bytes of those lists' words turn away most tokens
 * before the lists are read, as ex_promise_clause runs at every token) */
EX_WORD_GATE(ex_promise_gate, ex_promise_words, ex_signal_words,
             ex_insist_words);

static int ex_promise_clause(const ex_state *st, size_t i)
{
    const char *const *promise = ex_promise_words,
                      *const *signal = ex_signal_words,
                      *const *insist = ex_insist_words;
    static const char *const will[] = {"will", "would", "shall", NULL};
    size_t j = i + 1;
    const ex_mention *m;
    if (!ex_word_gate_tok(&ex_promise_gate, &st->toks[i]))
        return 0;
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], signal))
        return ex_pronoun_is(&st->toks[j], ex_subject_pronouns) &&
               ex_pronoun_is(&st->toks[j + 1], will);
    if (j < st->ntoks && ex_pronoun_is(&st->toks[i], insist)) {
        j = ex_when_phrase(st, j);
        if (j < st->ntoks && ex_tok_is(st, j, "that"))
            j++;
        return j + 1 < st->ntoks &&
               ex_pronoun_is(&st->toks[j], ex_subject_pronouns) &&
               ex_pronoun_is(&st->toks[j + 1], will);
    }
    if (!ex_pronoun_is(&st->toks[i], promise) || j >= st->ntoks)
        return 0;
    /* ("promised during his stay in Nairobi that": the occasion) */
    j = ex_speech_occasion(st, j);
    if (j >= st->ntoks)
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
    return j + 1 < st->ntoks &&
           ex_pronoun_is(&st->toks[j], ex_subject_pronouns) &&
           ex_pronoun_is(&st->toks[j + 1], will);
}

/* Is the speech verb at i the tail of a sentence said by someone unnamed
 * (", officials said.", ", a spokesman told reporters.", ", the foreign
 * ministry said in a statement.") while the subject found for it, which
 * ends at token end (an actor or a pronoun), lies before that comma?
 * Then it belongs to the report ("Russia said it would pull back its
 * troops from the border with Ukraine, officials said" is not Ukraine's
 * word; "Morocco told the EU that it would ..., officials said" not the
 * word of the "it"), and the verb names no speaker. */
static int ex_unnamed_tail_speaker(const ex_state *st, size_t end, size_t i)
{
    size_t c = i;
    /* a tail: the sentence ends a few words after the verb ("said here",
     * "said in a statement on Tuesday"); "In Moscow, officials said Russia
     * would send aid" is a fronted place, and its officials are Russia's */
    if (!ex_speech_ends_sentence(st, i))
        return 0;
    while (c > end) {
        const ex_tok *w = &st->toks[c - 1];
        if (w->kind != KG_TOK_WORD)
            break;
        if (w->covered || w->tag == KG_W_PRON || w->quote)
            return 0; /* ", he said", ", Lavrov said" */
        c--;
    }
    /* (", but said it did not go far enough" joins a verb of the same
     * subject: no unnamed speaker) */
    return c > end && c < i && ex_tok_is(st, c - 1, ",") &&
           st->toks[c].tag != KG_W_CONJ;
}

/* ", the foreign ministry said on Tuesday.", ", a spokesman said.",
 * ", officials said.": does the sentence end in a speech verb (after
 * token i) whose unnamed speaker is an official of some body?  Wire copy
 * lets the acting state's own officials go unnamed: "South Korea will
 * ship rice to North Korea, the unification ministry said" is Seoul's
 * stated intention, as with a named minister (ex_announced_after).
 * Analysts, witnesses, diplomats or sources only report.  Returns the
 * verb's token, or 0. */
size_t ex_unnamed_official_tail(const ex_state *st, size_t i)
{
    static const char *const official[] = {
        "spokesman", "spokeswoman", "spokesperson", "official", "officials",
        "ministry",  "government",  "presidency",   "office",   "commission",
        "statement", "minister",    NULL};
    size_t v, k;
    int seen = 0;
    for (v = st->ntoks; v-- > i + 1;)
        if (st->toks[v].tag == KG_W_SPEECH && !st->toks[v].quote &&
            !st->toks[v].covered)
            break;
    if (v <= i + 1 || !ex_unnamed_tail_speaker(st, i + 1, v))
        return 0;
    for (k = v; k > i + 1 && !ex_tok_punct(st, k - 1, ','); k--)
        if (ex_pronoun_is(&st->toks[k - 1], official))
            seen = 1;
    return seen ? v : 0;
}

/* Is the person m right after the speech verb at token i the subject of
 * the clause the verb reports, not the verb's inverted speaker ('"We will
 * win," said Erdogan', "..., said John Smith, an analyst")?  So it is when
 * the verb has a subject before it, a word right before it ("He said
 * Gordon Brown had failed the pensioners", "Brown told Blair the vote was
 * lost", "The company said John Smith resigned": the word is the speaker
 * or ends its name), or when a verb follows the name ("Jane Doe, an aide,
 * said John Smith had left", "said John Smith's plan": an auxiliary, a
 * modal, a negation, a speech verb, an "-ed" verb or a possessive).  Then
 * the speaker is the verb's own subject and "He" keeps the person named
 * before it. */
static int ex_reported_person(const ex_state *st, size_t i,
                              const ex_mention *m)
{
    const ex_tok *n;
    if (i > 0 && st->toks[i - 1].kind == KG_TOK_WORD &&
        !ex_is_quote(st, i - 1))
        return 1;
    if (m->t1 >= st->ntoks)
        return 0;
    n = &st->toks[m->t1];
    return n->kind == KG_TOK_WORD &&
           (n->tag == KG_W_AUX || n->tag == KG_W_MODAL ||
            n->tag == KG_W_FUTURE || n->tag == KG_W_NEG ||
            n->tag == KG_W_SPEECH || ex_tok_possessive(st, m->t1) ||
            (ex_ends_ed(st, m->t1) && !(n->flags & KG_TOKF_CAP)));
}

/* The speaker of a sentence: the subject of its last speech verb outside
 * quotes and outside relative clauses ("Biden, who said ..., Erdoğan
 * said:" is Erdoğan's).  Copied into *out; returns 0 when there is none. */
int ex_speaker(ex_state *st, size_t *speech_at, kg_entity *out)
{
    size_t i;
    int found = 0;
    for (i = 0; i < st->ntoks; i++) {
        const ex_tok *k = &st->toks[i];
        const kg_entity *s = NULL;
        /* (a quoted or named token first: the lists of promising and
         * signalling after it) */
        if (k->quote || k->covered ||
            (k->tag != KG_W_SPEECH && !ex_promise_clause(st, i)))
            continue;
        if (i > 0 && (st->toks[i - 1].tag == KG_W_SUB ||
                      /* "said it would send help, without saying what
                       * kind": no second attribution */
                      ex_tok_is(st, i - 1, "without")))
            continue;
        /* "said Erdogan" */
        if (i + 1 < st->ntoks) {
            const ex_mention *m = ex_mention_at(st, i + 1);
            if (m && !m->ent.is_value && ex_is_person(&m->ent) &&
                !ex_reported_person(st, i, m))
                s = &m->ent;
        }
        /* '"We condemn Israel," said Iran', '... ," said the Iranian
         * foreign ministry': right after a quote closed by its comma, the
         * inverted speaker may be a country or a body too (the type
         * check below decides who speaks); elsewhere "said Iran had"
         * names the clause's subject, and 'in "wasteful spending" saying
         * the party' a participle's clause, not the speaker */
        if (!s && i + 1 < st->ntoks && i >= 2 && !ex_is_ing(st, i) &&
            ((ex_is_quote(st, i - 1) &&
              (ex_tok_punct(st, i - 2, ',') || ex_tok_punct(st, i - 2, '?') ||
               ex_tok_punct(st, i - 2, '!'))) ||
             (ex_tok_punct(st, i - 1, ',') && ex_is_quote(st, i - 2)))) {
            const ex_mention *m = ex_actor_from(st, i + 1);
            if (m)
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
            if (s && (sm || pron) && st->subj_end > 0 &&
                ex_unnamed_tail_speaker(st, st->subj_end, i))
                continue;
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

/* ---- the actor codes of an event -------------------------------------- */

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

int ex_code_ends(const char *code, const char *agent)
{
    size_t n = code ? strlen(code) : 0, k = strlen(agent);
    return n > k && !strcmp(code + n - k, agent);
}

/* "in the northern Iraqi city of Mosul", "in a Congolese village": a
 * nationality before a noun of settlement or region places the phrase in
 * that country.  Returns the preposition's token + 1 (as ex_along_place),
 * or 0. */
static size_t ex_demonym_place(const ex_state *st, const ex_mention *m)
{
    static const char *const places[] = {
        "city",  "town",     "village", "province", "region", "capital",
        "district", "port",  "border",  "cities",   "towns",  "villages",
        NULL};
    size_t q = m->t0, words = 0;
    if (m->dropped || m->kind != KG_NAME_DEMONYM || m->t1 >= st->ntoks ||
        !ex_pronoun_is(&st->toks[m->t1], places))
        return 0;
    while (q > 0 && words < 3 &&
           (st->toks[q - 1].tag == KG_W_DET ||
            ex_pronoun_is(&st->toks[q - 1], ex_directions))) {
        q--;
        words++;
    }
    return q > 0 && !st->toks[q - 1].covered ? q : 0;
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
        "passengers", "motorists", "homes", "houses", "university",
        "universities", "college", "campus", NULL};
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

/* Is the first token starting at or after byte offset end one of the
 * words in list? */
static int ex_word_after(const ex_state *st, size_t end,
                         const char *const *list)
{
    size_t j = ex_tok_from(st, end);
    return j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
           ex_pronoun_is(&st->toks[j], list);
}

/* Does a killing (its entry ends before token t1) name an office holder
 * as its victim: a minister, governor, mayor, judge, lawmaker, envoy or
 * a leader ("gunmen shot dead Israeli Tourism Minister Rehavam Zeevi",
 * "Israel killed Hamas spiritual leader Sheikh Ahmed Yassin", "killed a
 * district governor in Helmand")?  The title stands between the entry
 * and the end of its object obj's head, or in the words right after the
 * object ("Israeli" + "Tourism Minister ..."), before any punctuation,
 * preposition or relative clause.  A title followed by "'s" names
 * someone else ("the president's bodyguard"); army, media and religious
 * titles (commander, general, reporter, cleric) are left out: soldiers
 * killed in battle and reporters killed are not the assassination of a
 * political figure. */
static int ex_official_object(const ex_state *st, size_t t0, size_t t1,
                              const kg_entity *subj, const kg_entity *obj)
{
    static const char *const stops[] = {"and", "or", "who", "whom", "which",
                                        "that", "as", "while", NULL};
    /* (a subject named by its weapon keeps the weapon's code: "a CIA
     * drone killed Taliban leader Baitullah Mehsud" is a drone strike,
     * 1952 as the code book has it, the target notwithstanding) */
    static const char *const weapons[] = {
        "drone",  "drones",   "missile",  "missiles",   "jet",   "jets",
        "warplane", "warplanes", "helicopter", "helicopters", "gunship",
        "gunships", "airstrike", "airstrikes", "strike", "strikes", "tank",
        "tanks",  "artillery", "rocket",  "rockets",    NULL};
    size_t j, n, last, stops_at;
    const char *agent;
    if (obj->is_value || (subj && !subj->is_value &&
                          ex_word_after(st, subj->end, weapons)))
        return 0;
    if (t0 < st->ntoks && obj->end <= st->toks[t0].start) {
        /* a victim named before the entry, as the passive has it: "Israeli
         * Prime Minister Yitzhak Rabin was shot dead by a Jewish
         * extremist": the title is in the victim's own words, read up to
         * the entry, and in the capitalised words or mentions right
         * before them ("Sri Lanka's Foreign Minister" + "Lakshman
         * Kadirgamar") */
        t1 = ex_tok_from(st, obj->start);
        for (n = 0; n < 6 && t1 > 0 &&
                    ((st->toks[t1 - 1].flags & KG_TOKF_CAP) ||
                     ex_mention_at(st, t1 - 1));
             n++)
            t1--;
        last = t0 - 1;
        stops_at = obj->end;
    } else {
        for (last = t1; last < st->ntoks && st->toks[last].end < obj->end;
             last++)
            ;
        if (ex_tok_is(st, last + 1, "'s"))
            return 0; /* "Afghan leader Hamid Karzai's running-mate" */
        last += 4;
        stops_at = 0;
    }
    for (j = t1; j < st->ntoks && j <= last; j++) {
        const ex_tok *k = &st->toks[j];
        if (k->start >= stops_at &&
            (k->kind == KG_TOK_PUNCT || k->tag == KG_W_PREP ||
             (k->kind == KG_TOK_WORD && ex_pronoun_is(k, stops))))
            return 0;
        agent = NULL;
        n = ex_match_title(st, j, &agent);
        if (!n && ex_tok_is(st, j, "leader"))
            n = 1;
        if (n) {
            if (ex_tok_is(st, j + n, "'s"))
                return 0;
            if (agent && (!strcmp(agent, "MIL") || !strcmp(agent, "MED") ||
                          !strcmp(agent, "REL") || !strcmp(agent, "MUS")))
                return 0;
            return 1;
        }
    }
    return 0;
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
    /* (REL: "snatched 140 worshippers", "seized three priests": clergy
     * and believers are people, as "kidnapped a priest" is 181) */
    if (ex_is_person(e) || ex_code_ends(e->code, "CVL") ||
        ex_code_ends(e->code, "LAB") || ex_code_ends(e->code, "MED") ||
        ex_code_ends(e->code, "EDU") || ex_code_ends(e->code, "REF") ||
        ex_code_ends(e->code, "REL"))
        return 1;
    /* (NGO: "snatched a German aid worker" names people of an aid
     * group, not the group) */
    if (ex_code_ends(e->code, "NGO") && e->text) {
        n = strlen(e->text);
        if ((n >= 6 && !strcmp(e->text + n - 6, "worker")) ||
            (n >= 7 && !strcmp(e->text + n - 7, "workers")) ||
            (n >= 9 && !strcmp(e->text + n - 9, "volunteer")) ||
            (n >= 10 && !strcmp(e->text + n - 10, "volunteers")))
            return 1;
    }
    if (!e->type || strcmp(e->type, "Country") != 0 || !e->text)
        return 0;
    /* a demonym used as a noun ("two Americans", "a Briton") */
    n = strlen(e->text);
    if ((n > 1 && e->text[n - 1] == 's' && e->label &&
         strcmp(e->text, e->label) != 0) ||
        !strcmp(e->text, "Briton"))
        return 1;
    /* or before a noun for people */
    i = ex_tok_from(st, e->end);
    return i < st->ntoks && ex_pronoun_is(&st->toks[i], people);
}

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
const ex_code_map ex_refusals[] = {
    {"045", "126"},   {"04", "125"},    {"057", "127"},   {"05", "120"},
    {"061", "1211"},  {"062", "1212"},  {"06", "121"},    {"071", "1221"},
    {"072", "1222"},  {"073", "1223"},  {"074", "1224"},  {"07", "122"},
    {"081", "1241"},  {"082", "1242"},  {"0831", "1231"}, {"0832", "1232"},
    {"0833", "1233"}, {"0834", "1234"}, {"083", "123"},   {"084", "1243"},
    {"085", "1244"},  {"086", "1245"},  {"087", "1246"},  {"08", "124"},
    {"03", "120"},    {NULL, NULL}};

const char *ex_map_code(const ex_code_map *map, const char *cameo)
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
    {"087", "136"}, {"12", "131"},
    /* ("Holders of its debentures threatened to sue the company",
     * "threatened to complain to GATT": a threat, not specified (130),
     * not the suit or the complaint; nominal25) */
    {"11", "130"}, {NULL, NULL}};

/* "Britain is to give a 4m grant to Rwanda", "The U.S. is to lend Sudan
 * 57 mln dlrs", "France is to provide Togo with aid": aid, a concession
 * or diplomatic cooperation (07, 08, 05 but words said: 051, 052, 055)
 * that its giver "is to" or "are to" give, the giver named right before
 * "is", is a plan announced, not given yet: an intent (03), as the
 * real-news gold codes "will provide technical assistance" (033).  A
 * plain "will" stays the act, as PETRARCH's validation codes "The United
 * States will supply arms to Israel" (072); joint material cooperation
 * (06) too, as the code books code "will jointly build" (060); and "a
 * loan is to help Jamaica" names no giver before "is"; nor is an aid whose
 * agreement the sentence says was signed (ex_signed_accord) only planned.
 * Is the trigger at t0 so planned? */
/* "according to an agreement signed here", "under an accord concluded on
 * Tuesday", "the loan agreement, signed in Khartoum": does the sentence
 * name an agreement that was signed or concluded (its noun, then the
 * participle at most three words on, "was" or a comma between)? */
static int ex_signed_accord(const ex_state *st)
{
    static const char *const accord[] = {
        "agreement", "agreements", "accord", "accords",   "deal",
        "pact",      "contract",   "treaty", "protocol",  "memorandum",
        NULL};
    static const char *const signed_[] = {"signed", "concluded",
                                          "initialled", "initialed", NULL};
    size_t j, k;
    for (j = 0; j < st->ntoks; j++) {
        if (!ex_pronoun_is(&st->toks[j], accord))
            continue;
        for (k = j + 1; k < st->ntoks && k <= j + 3; k++) {
            if (ex_pronoun_is(&st->toks[k], signed_))
                return 1;
            if (!ex_tok_punct(st, k, ',') && !ex_tok_is(st, k, "was") &&
                !ex_tok_is(st, k, "were") && !ex_tok_is(st, k, "been") &&
                !ex_tok_is(st, k, "has") && !ex_tok_is(st, k, "had"))
                break;
        }
    }
    return 0;
}

static int ex_planned_aid(const ex_state *st, const char *cameo, size_t t0)
{
    const ex_mention *m;
    if (strncmp(cameo, "07", 2) != 0 && strncmp(cameo, "08", 2) != 0 &&
        (strncmp(cameo, "05", 2) != 0 || !strcmp(cameo, "051") ||
         !strcmp(cameo, "052") || !strcmp(cameo, "055")))
        return 0;
    if (t0 < 3 || !ex_tok_is(st, t0 - 1, "to") ||
        !(ex_tok_is(st, t0 - 2, "is") || ex_tok_is(st, t0 - 2, "are")))
        return 0;
    m = ex_mention_at(st, t0 - 3);
    /* (an aid whose agreement the sentence says was signed is given, the
     * act: "The U.S. is to lend Sudan 57 mln dlrs, according to an
     * agreement signed here", 071) */
    return m && m->t1 == t0 - 2 && !ex_signed_accord(st);
}

/* The code cameo becomes when only intended or threatened (the maps
 * above), else cameo itself; a NULL cameo gives NULL, so callers need
 * not test it first. */
static const char *ex_threat_code(const char *cameo, const char *modality,
                                  int intent_word)
{
    if (!cameo || (strcmp(modality, "intended") != 0 &&
                   strcmp(modality, "threatened") != 0))
        return cameo;
    if (intent_word && strcmp(modality, "intended") == 0 &&
        ex_map_code(ex_intents, cameo) != cameo)
        return ex_map_code(ex_intents, cameo);
    /* "Blair will meet with President Bush next week", "Karzai is to
     * visit Pakistan": a meeting, visit or talks announced for later is
     * not held yet: an intent to meet (036; 039 to mediate), as the
     * real-news convention codes it and as "plans to meet" is */
    if (!strcmp(modality, "intended") && !strncmp(cameo, "04", 2))
        return ex_map_code(ex_intents, cameo);
    if (!strcmp(modality, "threatened") &&
        ex_map_code(ex_threats_said, cameo) != cameo)
        return ex_map_code(ex_threats_said, cameo);
    return ex_map_code(ex_threats, cameo);
}

/* "The Netherlands said it would withdraw its peacekeepers from Lebanon
 * by the end of the year", "Georgia will shut its embassy in Moscow",
 * "said they would stay away from further rounds of talks": relations
 * cut back by the speaker's own "will" or "would" with no condition is
 * a decision announced, coded as the act (1661, 161, 164), as PETRARCH
 * codes what a state says it will do; a threat (13) needs a condition
 * ("would downgrade its relations if London went ahead": 1313) or a
 * "could", "may", "might" (no commitment).  So are coercive acts (17)
 * the state says it will take ("the government would prosecute 300
 * Muslims", "has pledged to expel exiled leaders": 173, 174, as the
 * real-news set codes "Muslims will be prosecuted"), where "warned it
 * would ban rallies if" stays a threat (1321).  Is the trigger at t0
 * (ending at t1) such a plain future of a 16 or 17 code? */
static int ex_announced_reduction(const ex_state *st, const char *cameo,
                                  const char *modality, size_t t0,
                                  size_t t1)
{
    /* "announced plans last week to slap tariffs on Japanese goods",
     * "promised to halt all trade with South Africa by October": a plan
     * or a promise of the state's own is the decision too */
    /* ("said it intended to raise tariffs ... on Japanese exports",
     * "announced he intended to": an intention the state announces is
     * its plan) */
    static const char *const plan[] = {"plans", "plan", "planned",
                                       "promised", "pledged", "decided",
                                       "intend", "intends", "intended",
                                       NULL};
    /* ("The administration is due to slap tariffs on Japanese goods on
     * Friday", "are scheduled to impose sanctions": a sanction
     * scheduled, with no condition, is the decision announced too) */
    static const char *const due[] = {"due", "scheduled", "slated", NULL};
    size_t j;
    int scheduled = t0 >= 3 && ex_tok_is(st, t0 - 1, "to") &&
                    ex_pronoun_is(&st->toks[t0 - 2], due) &&
                    ex_pronoun_is(&st->toks[t0 - 3], ex_be_finite);
    if (!cameo ||
        (strncmp(cameo, "16", 2) != 0 && strncmp(cameo, "17", 2) != 0) ||
        strcmp(modality, "intended") != 0 ||
        (!st->intent_word && !scheduled) ||
        ex_unless_threat(st, t1, cameo, 1))
        return 0;
    if (scheduled)
        return 1;
    /* (the modal stands at most four words before: "would also
     * withdraw", "will not only shut"; a plan's or promise's "to" right
     * before, its word at most four words before that) */
    for (j = t0; j-- > 0 && t0 - j <= 4;) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            break;
        if (ex_pronoun_is(&st->toks[j], ex_will_words))
            return 1;
    }
    if (t0 >= 2 && ex_tok_is(st, t0 - 1, "to"))
        for (j = t0 - 1; j-- > 0 && t0 - j <= 5;) {
            if (st->toks[j].kind == KG_TOK_PUNCT)
                return 0;
            if (ex_pronoun_is(&st->toks[j], plan))
                return 1;
        }
    return 0;
}

/* Cooperation stopped ("suspended economic assistance to Myanmar",
 * "halted new loans to Uganda", "paused deliveries of weapons") is a
 * reduction of relations (root 16): aid 162 (economic 1621, military
 * 1622, humanitarian 1623), talks 164, mediation 165, other cooperation
 * 160. */
const ex_code_map ex_reductions[] = {
    {"071", "1621"}, {"072", "1622"}, {"073", "1623"}, {"07", "162"},
    {"045", "165"},  {"04", "164"},   {"06", "160"},   {NULL, NULL}};

static size_t ex_verb_before(const ex_state *st, size_t i,
                             const char *const *verbs);

/* Does a verb that stops an act stand before the noun phrase whose head
 * trigger starts at token i ("suspended economic assistance", "cut its
 * humanitarian aid", "halted all new loans")?  Up to three words of the
 * phrase (articles, possessives, lower-case modifiers) lie between.
 * Returns the stop verb's token + 1, or 0. */
size_t ex_stopped_before(const ex_state *st, size_t i)
{
    static const char *const hold[] = {"hold", NULL};
    static const char *const put[] = {"put",    "puts",   "putting",
                                      "place",  "places", "placed",
                                      "placing", NULL};
    /* "shut off gas supplies to Ukraine", "turned off the oil": "off"
     * after these verbs stops the act as "cut off" does */
    static const char *const off[] = {"off", NULL};
    static const char *const shut[] = {
        "shut", "shuts", "shutting", "turn", "turns", "turned", "turning",
        "cut", "cuts", "cutting", NULL};
    size_t v = ex_verb_before(st, i, ex_stop_words);
    /* "put on hold its aid to Pakistan", "placed on hold deliveries of
     * arms": "hold" stops an act only after "put on" ("hold talks" holds
     * them) */
    if (!v && (v = ex_verb_before(st, i, hold)) != 0 &&
        !(v >= 3 && ex_tok_is(st, v - 2, "on") &&
          ex_pronoun_is(&st->toks[v - 3], put)))
        v = 0;
    if (!v && (v = ex_verb_before(st, i, off)) != 0 &&
        !(v >= 2 && ex_pronoun_is(&st->toks[v - 2], shut)))
        v = 0;
    return v;
}

/* "will keep its trade embargo on Cuba in place", "maintained sanctions
 * on Iran", "sanctions against Iran would stay in place": sanctions kept
 * are sanctions not eased, a refusal to ease them (1244), not a new
 * sanction (163).  Is the noun trigger at token i (ending at t1) after
 * such a verb, or followed by "remain" or "stay" "in place" within its
 * clause? */
int ex_sanctions_kept(const ex_state *st, size_t i, size_t t1)
{
    static const char *const keep[] = {
        "keep",     "keeps",     "kept",      "keeping",  "maintain",
        "maintains", "maintained", "maintaining", "retain", "retains",
        "retained", "retaining", NULL};
    static const char *const stay[] = {"remain", "remains", "remained",
                                       "stay",   "stays",   "stayed",
                                       NULL};
    size_t k;
    if (ex_verb_before(st, i, keep))
        return 1;
    for (k = t1; k + 2 < st->ntoks && k < t1 + 10; k++) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_pronoun_is(&st->toks[k], stay) && ex_tok_is(st, k + 1, "in") &&
            ex_tok_is(st, k + 2, "place"))
            return 1;
    }
    return 0;
}

static size_t ex_verb_before(const ex_state *st, size_t i,
                             const char *const *verbs)
{
    size_t k = i, words = 0;
    while (k > 0 && words < 3) {
        const ex_tok *t = &st->toks[k - 1];
        if (t->kind == KG_TOK_WORD && ex_pronoun_is(t, verbs))
            return k; /* the verb's token + 1 */
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
    static const char *const pressed[] = {"press", "force", "urge",
                                          "pressing", "urging", "forcing",
                                          "ending", "toppling", "ousting",
                                          NULL};
    size_t b = m->t0;
    /* (past articles and a title: "of President Aleksandar Vucic") */
    while (b > d + 1 && (st->toks[b - 1].tag == KG_W_DET ||
                         ((st->toks[b - 1].flags & KG_TOKF_CAP) &&
                          !st->toks[b - 1].covered)))
        b--;
    if (b == d + 2 && ex_tok_is(st, d + 1, "that"))
        return 1;
    /* ("to force President Chavez from office", "pressing the king to
     * quit": the one pressed is the one asked) */
    if (b == d + 1 && ex_pronoun_is(&st->toks[d], pressed))
        return 1;
    /* ("calling on the government to resign": the one called on) */
    if (b == d + 2 && ex_tok_is(st, d, "calling") &&
        ex_tok_is(st, d + 1, "on"))
        return 1;
    if (b > d + 1 && ex_tok_is(st, b - 1, "from"))
        return 1;
    if (b > d + 2 && ex_tok_is(st, b - 1, "of") &&
        ex_pronoun_is(&st->toks[b - 2], leader))
        return 1;
    return m->t1 + 1 < st->ntoks && ex_tok_is(st, m->t1, "'s") &&
           ex_pronoun_is(&st->toks[m->t1 + 1], leader);
}

/* ---- protests and violence: whose, and against whom ------------------- */

/* "held anti-American protests", "an anti-Australian protest in
 * Jakarta", "anti-Japanese street protests": an "anti-" word that names
 * an actor (ex_anti_entity), inside a protest trigger (token i, its
 * entry ending at t1) or among the lower-case words right before it,
 * or opening the protest noun an "in" or "at" after it names, names the
 * protest's target (was the protesters' own state, or the place's).
 * That actor, or NULL. */
const kg_entity *ex_anti_target(ex_state *st, size_t i, size_t t1)
{
    const kg_entity *e;
    size_t k, j;
    for (k = i >= 3 ? i - 3 : 0; k < t1 && k < st->ntoks; k++) {
        if (k == i || strncmp(st->toks[k].lower, "anti-", 5) != 0)
            continue;
        /* (before a noun trigger: only its modifiers between, "an
         * anti-American street protest", not "anti-Bush voters staged
         * a protest") */
        for (j = k + 1; j < i; j++)
            if (st->toks[j].kind != KG_TOK_WORD ||
                (st->toks[j].flags & KG_TOKF_CAP) || ex_mention_at(st, j) ||
                (st->toks[j].tag != KG_W_NONE && st->toks[j].tag != KG_W_DET))
                break;
        if (j >= i && (e = ex_anti_entity(st, k)) != NULL)
            return e;
    }
    /* "marched in an anti-French demonstration", "took part in
     * anti-Japanese rallies": the protest the verb's "in" or "at" names */
    k = ex_tok_is(st, t1, "in") || ex_tok_is(st, t1, "at") ? t1 + 1
        : t1 > i + 1 &&
                (ex_tok_is(st, t1 - 1, "in") || ex_tok_is(st, t1 - 1, "at"))
            ? t1 /* (the entry's own: "take part in") */
            : 0;
    if (k > 0 && k + 1 < st->ntoks) {
        static const char *const protests[] = {
            "protest", "protests", "demonstration", "demonstrations",
            "rally",   "rallies",  "march",         "marches", NULL};
        k = ex_after_dets(st, k);
        for (j = k + 1; j < st->ntoks && j < k + 3 &&
                        !ex_pronoun_is(&st->toks[j], protests) &&
                        st->toks[j].kind == KG_TOK_WORD &&
                        st->toks[j].tag == KG_W_NONE &&
                        !(st->toks[j].flags & KG_TOKF_CAP);
             j++)
            ;
        if (j < st->ntoks && ex_pronoun_is(&st->toks[j], protests))
            return ex_anti_entity(st, k);
    }
    return NULL;
}

/* "rallied in support of the Palestinians", "marched in Cairo in
 * solidarity with Gaza": a protest trigger ending at t1 whose clause
 * says whom it supports (past a place where it is held): the supported
 * actor's mention, or NULL (also when another actor comes first). */
const ex_mention *ex_support_of(const ex_state *st, size_t t1)
{
    const ex_mention *m;
    size_t j, k;
    for (j = t1; j + 3 < st->ntoks && j < t1 + 8; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return NULL;
        if (ex_tok_is(st, j, "in") &&
            ((ex_tok_is(st, j + 1, "support") && ex_tok_is(st, j + 2, "of")) ||
             (ex_tok_is(st, j + 1, "solidarity") &&
              ex_tok_is(st, j + 2, "with")))) {
            k = ex_after_dets(st, j + 3);
            m = ex_actor_at(st, k);
            return m && !ex_is_date(&m->ent) ? m : NULL;
        }
        m = ex_mention_at(st, j);
        if (m && m->t0 == j && !m->ent.is_value && !ex_is_date(&m->ent)) {
            if (!ex_along_place(st, m))
                return NULL;
            j = m->t1 - 1; /* where it is held */
        }
    }
    return NULL;
}

/* "went on hunger strike to demand the resignation of the government",
 * "marched in Belgrade demanding that Vucic resign": a protest with no
 * object of its own is aimed at the first actor of the demand that
 * follows it (within a few words after the trigger ending at t1).  Its
 * mention, or NULL; *aim receives the CAMEO sub-code digit of what is
 * demanded (1 leadership change, 2 policy change, 3 rights, 4 change of
 * institutions or regime) or 0. */
const ex_mention *ex_protest_demand(const ex_state *st, size_t t1,
                                    const kg_entity *subj, char *aim,
                                    size_t *verb)
{
    static const char *const ask[] = {"demand", "demanding", "demands",
                                      "calling", "pressing", "urging", NULL};
    /* (infinitives of purpose only: "the press", "armed forces") */
    static const char *const ask_to[] = {"press", "force", "urge", NULL};
    /* ("a general strike aimed at forcing President Chavez from office":
     * the aim stated as the strike's, after "aimed at") */
    static const char *const aimed[] = {"forcing", "ending", "toppling",
                                        "ousting", NULL};
    static const char *const leader[] = {"resign",  "resignation", "step",
                                         "quit",    "ouster",      "removal",
                                         "departure", "office",    NULL};
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
        if (st->toks[j].kind == KG_TOK_WORD &&
            ((!st->toks[j].covered && ex_pronoun_is(&st->toks[j], ask)) ||
             /* (an agent noun's word, "force", "press", read as the
              * verb after "to") */
             (j > 0 && ex_tok_is(st, j - 1, "to") &&
              ex_pronoun_is(&st->toks[j], ask_to)) ||
             (j > 1 && ex_tok_is(st, j - 1, "at") &&
              (ex_tok_is(st, j - 2, "aimed") ||
               ex_tok_is(st, j - 2, "aiming")) &&
              ex_pronoun_is(&st->toks[j], aimed))))
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
        m = ex_actor_at(st, k);
        if (!found && m && !ex_is_date(&m->ent) &&
            !(subj && ex_same_id(subj, &m->ent)) &&
            ex_demand_addressee(st, j, m, leader))
            found = m;
    }
    if (found)
        *verb = j;
    return found;
}

/* "Israelis", "Thousands of Georgians": is mention sm a nationality
 * standing for its people, a plural demonym ("Israeli" names a thing's
 * country: "Israeli jails")? */
int ex_demonym_people(const ex_state *st, const ex_mention *sm)
{
    /* ("Thousands of Nepalese marched", "200 Lebanese": a demonym in
     * "-ese" is its own plural; a count before it makes it people) */
    static const char *const counts[] = {"thousands", "hundreds", "dozens",
                                         "millions",  "scores",   NULL};
    const char *w;
    size_t n;
    if (!sm || sm->kind != KG_NAME_DEMONYM || sm->t1 == 0)
        return 0;
    w = st->toks[sm->t1 - 1].lower;
    n = strlen(w);
    if (n > 5 && !strcmp(w + n - 3, "ese") && sm->t1 == sm->t0 + 1 &&
        sm->t0 > 0 &&
        (st->toks[sm->t0 - 1].kind == KG_TOK_NUMBER ||
         (sm->t0 > 1 && ex_tok_is(st, sm->t0 - 1, "of") &&
          ex_pronoun_is(&st->toks[sm->t0 - 2], counts))))
        return 1;
    return n > 3 && w[n - 1] == 's';
}

/* Does the subject (mention sm, entity e) protest at home as a country's
 * own people: a civilian sector with a country ("Students in Iran",
 * "Kenyan opposition", "Indian farmers", "Greek truckers"), or a
 * nationality standing alone ("Thousands of Israelis")?  Not a state,
 * its organs, or a country's name ("New Zealand rallied to a win"). */
int ex_home_protester(const ex_state *st, const ex_mention *sm,
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
const kg_entity *ex_protest_people(ex_state *st, const ex_mention *sm,
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

/* A leader or an office a crowd may back: a person of a country, or a
 * country's state organ named by its title ("Ivory Coast's President",
 * "a sacked Afghan governor": AFGGOV), not a bare country. */
int ex_leader_or_office(const kg_entity *e)
{
    if (e->is_value || !e->country || strlen(e->country) != 3)
        return 0;
    if (ex_is_person(e))
        return 1;
    return e->type && !strcmp(e->type, "Country") && e->code &&
           strlen(e->code) == 6 && !strncmp(e->code, e->country, 3) &&
           ex_state_organ(e->code + 3);
}

/* "Supporters of Imran Khan attacked police", "Supporters of Jair
 * Bolsonaro stormed Congress": the actor of "supporters (followers,
 * loyalists) of <a leader>" is a crowd of the leader's country's people
 * (PAKCVL), as CAMEO codes them, not the leader, who is only named.  A
 * copy of the leader's entity in *out with the words "Supporters of ..."
 * as its text (ex_crowd reads it), or e when sm is no such leader. */
const kg_entity *ex_supporters(ex_state *st, const ex_mention *sm,
                               const kg_entity *e, kg_entity *out)
{
    static const char *const backers[] = {"supporters", "followers",
                                          "loyalists", NULL};
    size_t b;
    char id[32];
    if (!sm || sm->t0 < 2 || !ex_leader_or_office(e) ||
        !ex_country_of(st, e->country))
        return e;
    b = sm->t0 - 1;
    {
        /* ("of Ivory Coast's President Laurent Gbagbo": the office's
         * mention of the same country before the name) */
        const ex_mention *om = ex_mention_at(st, b);
        if (om && om->t1 == b + 1 && om->t0 >= 2 && om->ent.country &&
            !strcmp(om->ent.country, e->country) &&
            ex_leader_or_office(&om->ent))
            b = om->t0 - 1;
    }
    {
        /* (a title the name's mention left out: "of ousted President
         * Jean-Bertrand Aristide") */
        const char *agent = NULL;
        size_t k;
        /* (the longest: "Prime Minister", not "Minister"; a title may
         * start at token 2, "Supporters of President X" opening the
         * sentence, "of" and the backers before it) */
        for (k = b >= 4 ? b - 2 : 2; k <= b; k++)
            if ((st->toks[k].flags & KG_TOKF_CAP) &&
                ex_match_title(st, k, &agent) == b - k + 1) {
                b = k - 1;
                break;
            }
    }
    /* ("supporters of ousted President Jean-Bertrand Aristide", "of a
     * sacked Afghan governor"; up to three words that tell who the
     * leader is: "Followers of radical Shiite cleric Muqtada al-Sadr") */
    {
        size_t n;
        for (n = 0; n < 3 && b > 1 && st->toks[b].kind == KG_TOK_WORD &&
                    st->toks[b].tag == KG_W_NONE &&
                    (n > 0 || !(st->toks[b].flags & KG_TOKF_CAP)) &&
                    !ex_tok_is(st, b, "of");
             n++)
            b--;
    }
    if (b > 1 && st->toks[b].tag == KG_W_DET)
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
const kg_entity *ex_protested_organ(ex_state *st, const ex_mention *sm,
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
const kg_entity *ex_protested_leader(ex_state *st,
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

/* "through downtown Santiago", "in the streets of Belgrade", "outside
 * Paris": is mention m a place named by its name (a country, a place or
 * a city named for its state; not a nationality) that a preposition of
 * where puts after a protest, with at most a few words of a city's
 * parts between ("the right of Russians" is no place)? */
static const char *const ex_along[] = {"through", "throughout", "across",
                                       "outside", "near",       "at",
                                       "in",      "on",         NULL};

/* Is there a verb of spreading a few words before token k ("spread from
 * Lusaka" before "to", "spread today" before "to"), with no punctuation
 * or other verb between? */
static int ex_spread_before(const ex_state *st, size_t k)
{
    size_t j;
    for (j = k; j > 0 && j + 6 > k; j--) {
        const ex_tok *t = &st->toks[j - 1];
        if (t->kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, j - 1, "spread") ||
            ex_tok_is(st, j - 1, "spreads") ||
            ex_tok_is(st, j - 1, "spreading"))
            return 1;
    }
    return 0;
}

/* (returns the preposition's token + 1, or 0) */
size_t ex_along_place(const ex_state *st, const ex_mention *m)
{
    static const char *const parts[] = {
        "the",    "downtown", "central", "centre",  "center", "streets",
        "street", "of",       "capital", "city",    "square", "main",
        "outskirts", "northern", "southern", "eastern", "western",
        "suburbs", "state", "province", "region", "town", "whole", NULL};
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
     * streets of Haiti's capital", "poured into the streets of Nairobi",
     * not "protested to China") */
    if (q > 1 &&
        (ex_tok_is(st, q - 1, "to") || ex_tok_is(st, q - 1, "into") ||
         ex_tok_is(st, q - 1, "onto")) &&
        q + 1 < m->t0 &&
        (ex_tok_is(st, q + 1, "streets") || ex_tok_is(st, q, "streets")))
        return q;
    /* ("marched to Port-au-Prince", "marching towards the capital
     * Bamako": where the march went, not whom at; "protested to China"
     * is to whom) */
    if (q > 2 &&
        (ex_tok_is(st, q - 1, "to") || ex_tok_is(st, q - 1, "toward") ||
         ex_tok_is(st, q - 1, "towards") || ex_tok_is(st, q - 1, "into")) &&
        (!strncmp(st->toks[q - 2].lower, "march", 5) ||
         ex_tok_is(st, q - 2, "paraded") || ex_tok_is(st, q - 2, "walked")))
        return q;
    /* ("a teachers' strike has spread from Lusaka to the whole of
     * Zambia", "the walkout spread today to Toronto": where it went) */
    if (q > 2 && (ex_tok_is(st, q - 1, "to") || ex_tok_is(st, q - 1, "from")) &&
        ex_spread_before(st, q - 1))
        return q;
    /* ("blocked roads leading into Islamabad", "the highway linking
     * Lahore": the roads' way, no party) */
    if ((q > 2 &&
         (ex_tok_is(st, q - 1, "into") || ex_tok_is(st, q - 1, "to")) &&
         (ex_tok_is(st, q - 2, "leading") ||
          ex_tok_is(st, q - 2, "heading"))) ||
        (q > 1 && ex_tok_is(st, q - 1, "linking")))
        return q;
    /* ("packed Cairo's Tahrir Square", "filled Kiev's streets": the
     * city that owns the square or the streets, right after the verb) */
    if (q == m->t0 && q > 0 && m->t1 + 1 < st->ntoks &&
        ex_tok_is(st, m->t1, "'s")) {
        static const char *const spots[] = {"square", "streets", "street",
                                            "centre", "center", NULL};
        size_t k;
        for (k = m->t1 + 1; k < st->ntoks && k < m->t1 + 4; k++)
            if (ex_pronoun_is(&st->toks[k], spots))
                return q;
    }
    if (q == 0 || !ex_pronoun_is(&st->toks[q - 1], ex_along) ||
        (ex_tok_is(st, q - 1, "on") && q == m->t0))
        return 0;
    return q;
}

/* A copy of the sector-only e ("---EDU") in *out as country's sector
 * ("SDNEDU"), or e when out of memory. */
const kg_entity *ex_sector_of(ex_state *st, const kg_entity *e,
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

/* "Workers at Belarus's state factories", "miners at South Africa's
 * gold mines", "workers at a West German steel plant": the country's
 * mention after "at" at token a (past an article or a count), whose
 * workplace follows it: the country's possessive, a nationality before a
 * plain noun, or a firm the nationality codes ("the Spanish steel
 * firm", ESPBUS).  Not an embassy, consulate or mission ("at
 * Israel's embassy", "at the French embassy": a protest's target and
 * its place, not the protesters' home).  The mention, or NULL. */
/* Does the sentence tell loans as outstanding ("have loans outstanding
 * to Nigeria", "its outstandings")? */
static int ex_loans_outstanding(const ex_state *st)
{
    static const char *const words[] = {"outstanding", "outstandings",
                                        NULL};
    return ex_sentence_has_word(st, words);
}

/* "boost * trade", "expand * trade", "increase * shipment": trade the
 * parties agree to grow, cooperation even between businessmen ("Indian
 * and Australian businessmen signed a memorandum to boost two-way
 * trade") */
static int ex_pattern_grows_trade(const char *pattern)
{
    static const char *const grow[] = {"boost ", "expand ", "increase ",
                                       NULL};
    size_t i;
    for (i = 0; pattern && grow[i]; i++)
        if (!strncmp(pattern, grow[i], strlen(grow[i])))
            return 1;
    return 0;
}

/* "the exchange held talks with its German rival", "the chip maker is
 * allied with a French group", "the carmaker will meet its lenders next
 * week": talks, meetings and backing between two firms are their
 * business, no diplomacy (04, 036, 164 talks broken off, 05 other than a
 * signed accord), as tools/eval/realnews codes firms only in cooperation
 * (057, 03x; "will cooperate with Intel on chips" stays). */
static int ex_firms_dealings(const ex_state *st,
                             const kg_onto_relation *rel,
                             const kg_entity *subj, const kg_entity *obj)
{
    static const char *const ex_venture_words[] = {"venture", "ventures",
                                                   "jointly", NULL};
    const char *c = rel->cameo;
    if (!c || obj->is_value || !ex_firm_code(subj->code) ||
        !ex_firm_code(obj->code) ||
        (rel->pattern && !strcmp(rel->pattern, "cooperate")))
        return 0;
    /* ("has signed contracts with three U.S. firms to supply equipment":
     * a contract between firms is a sale, no accord of cooperation; one
     * on a joint venture stays) */
    if (!strcmp(c, "057") && rel->pattern &&
        strstr(rel->pattern, "contract") &&
        !ex_sentence_has_word(st, ex_venture_words))
        return 1;
    return !strncmp(c, "04", 2) || !strcmp(c, "036") || !strcmp(c, "164") ||
           (!strncmp(c, "05", 2) && strcmp(c, "057") != 0);
}

/* Is a word of list among the tokens from k that start before byte end
 * (a mention's words, perhaps with the one before it)? */
static int ex_word_in_span(const ex_state *st, size_t k, size_t end,
                           const char *const *list)
{
    for (; k < st->ntoks && st->toks[k].start < end; k++)
        if (ex_pronoun_is(&st->toks[k], list))
            return 1;
    return 0;
}

/* "Insurance companies will now invest in Britain and France", "pension
 * funds invested heavily in Tokyo": an insurer, pension fund or
 * investment fund places money in a country's securities, a purchase no
 * cooperation (061) with it; a maker's investment ("Renault will invest
 * 570 million dollars in South Korea") stays.  Is a word of the subject's
 * mention one of such a holder? */
static int ex_portfolio_investor(const ex_state *st, const kg_entity *subj)
{
    static const char *const holder[] = {
        "insurance", "insurer", "insurers", "pension", "pensions",
        "fund",      "funds",   "investor", "investors", NULL};
    size_t k = ex_tok_from(st, subj->start);
    if (subj->is_value)
        return 0;
    /* (the word before it too: "insurance companies") */
    return ex_word_in_span(st, k > 0 ? k - 1 : k, subj->end, holder);
}

/* A firm's sale or supply ("Toshiba has supplied equipment to British
 * makers", "the firm ships crude to Japan") and a loan or funds one firm
 * gives another ("the bank will fund the carmaker's purchase", "the state
 * bank lent the oil company $6bn") are business, which tools/eval/realnews
 * codes only as the firms' cooperation: no trade (061) nor aid (07); nor
 * is a choice a firm considers a policy option (014). An investment or a
 * joint venture stays (cooperation, other types). */
static int ex_firms_business(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *subj, const kg_entity *obj)
{
    if (!rel->cameo || obj->is_value || !ex_firm_code(subj->code))
        return 0;
    if (ex_firms_dealings(st, rel, subj, obj))
        return 1;
    /* "Caesars World rejected Sosnoff's takeover offer", "Pennzoil sued
     * Texaco", "Trust America signed an agreement with First Union Bank":
     * two firms of one country (a central bank's code holds GOV and is no
     * firm here) deal, bid and sue in their own market, business the
     * real-news README leaves uncoded, as its gold codes only firms of two
     * countries (46 events) and none between two firms of one (lead,
     * twenty-fifth session; judge25a read 75 such additions of the firm
     * homes wrong) */
    if (ex_firm_code(obj->code) && !strncmp(subj->code, obj->code, 3))
        return 1;
    /* "the bank's total loans to Argentina totaled 875 mln dlrs", "some
     * 21 Japanese banks have loans outstanding to Nigeria": a firm's loans
     * told as a figure are its book, no aid given (as ex_trade_figures) */
    if (rel->noun && !strncmp(rel->cameo, "07", 2) &&
        !strcmp(rel->type, "aid_economic") &&
        (ex_trade_figures(st) || ex_loans_outstanding(st)))
        return 1;
    /* "the board will consider the carmaker's bid", "is considering other
     * U.S. firms as suppliers": a firm weighs a business choice, no policy
     * option (014) */
    if (!strcmp(rel->cameo, "014"))
        return 1;
    /* "a spokesman for the carmaker declined to comment on reports of
     * losses at its Spanish unit", "the exchange had no comment on the
     * U.S. charge": a firm's no comment is business reticence, which the
     * real-news README leaves uncoded (011 is a political actor's;
     * conv25) */
    if (!strcmp(rel->cameo, "011"))
        return 1;
    if (!strcmp(rel->cameo, "061"))
        return !strcmp(rel->type, "supply") ||
               (!strcmp(rel->type, "invest") &&
                ex_portfolio_investor(st, subj)) ||
               (!strcmp(rel->type, "trade") &&
                !ex_pattern_grows_trade(rel->pattern));
    return !strncmp(rel->cameo, "07", 2) &&
           !strcmp(rel->type, "aid_economic") && ex_firm_code(obj->code);
}

/* "the Supreme Court said Texaco must abide by the state's law", "a
 * class action suit filed in a New York court alleging the company":
 * a court or a judge (no prosecutor) rules, and neither demands (10),
 * accuses or sues (11) nor charges (173) a firm; is a word of the
 * subject's mention one of a bench? */
static int ex_court_bench(const ex_state *st, const kg_entity *subj)
{
    static const char *const bench[] = {"court",  "courts",   "judge",
                                        "judges", "tribunal", NULL};
    return ex_word_in_span(st, ex_tok_from(st, subj->start), subj->end,
                           bench);
}

/* "The FDA has approved the drugmaker's new heart drug", "a federal judge
 * denied the chipmaker's motion to dismiss the suit", "the commission
 * granted the carrier's request to transfer its licences": a regulator's
 * or a court's routine decision on a firm's business (an approval, a
 * permission, an application, motion, petition or plea granted or denied)
 * is no event between the state and the firm, as the real-news README
 * settles it (reg25; judge25a read 11 such corpus events wrong); an
 * agency's demand, suit, charge, fine or ban (02, 11, 16, 17) and a
 * firm's act toward the state stay coded. */
static int ex_routine_ruling(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *subj, const kg_entity *obj)
{
    static const char *const filing[] = {
        "application", "applications", "motion",  "motions",
        "petition",    "petitions",    "request", "requests",
        "plea",        "pleas",        "appeal",  "appeals", NULL};
    const char *c = rel->cameo;
    if (!c || obj->is_value || !ex_firm_code(obj->code) || !subj->code ||
        ex_firm_code(subj->code))
        return 0;
    /* "the commission granted the carrier's request": a request named
     * by a noun that the firm owns is the firm's filing, no appeal of
     * the state's to it */
    if (rel->noun && !strncmp(c, "02", 2) &&
        ex_tok_possessive(st, ex_tok_from(st, obj->end)))
        return 1;
    /* "the bankruptcy court approved the retailer's reorganization plan",
     * "the Supreme Court refused to dismiss the suit": a court's act on a
     * firm is a ruling, but its ban or order of arrest (17x but 170) */
    if (strstr(subj->code, "JUD"))
        return !strncmp(c, "01", 2) || !strncmp(c, "03", 2) ||
               !strncmp(c, "05", 2) || !strncmp(c, "08", 2) ||
               !strncmp(c, "12", 2) || !strcmp(c, "170") ||
               (ex_court_bench(st, subj) &&
                (!strncmp(c, "10", 2) || !strncmp(c, "11", 2) ||
                 !strcmp(c, "173")));
    if (!strstr(subj->code, "GOV") && !strstr(subj->code, "LEG") &&
        (strncmp(subj->code, "IGO", 3) != 0 || strstr(subj->code, "BUS")))
        return 0;
    if ((!strcmp(c, "051") || !strncmp(c, "03", 2)) && rel->pattern &&
        !strncmp(rel->pattern, "approv", 6))
        return 1;
    /* ("the Justice Department supported a request by the carrier that
     * the agency dismiss a rival's application": a filing backed) */
    return (!strncmp(c, "08", 2) && !strcmp(rel->type, "permit")) ||
           ((!strncmp(c, "05", 2) || !strncmp(c, "08", 2) ||
             !strncmp(c, "12", 2)) &&
            ex_sentence_has_word(st, filing));
}

/* "In October 1985, the court barred Kodak from selling cameras that
 * infringe upon the patent, the Polaroid spokesman said": a court's ban
 * or order (16x, 17x) on a firm of its own country in a private dispute
 * (another firm named, or a word of a suit between private parties) with
 * no state party in the sentence (no government, legislature or
 * prosecutor, no "SEC") is the dispute's ruling, which the real-news
 * README leaves uncoded as it leaves the firms' suits (conv26); a ban on
 * a firm of another country ("a US judge banned Gazprom from taking part
 * in the auction") or a case the state brings stays coded.  Is the event
 * such a ruling? */
static int ex_private_dispute_order(const ex_state *st,
                                    const kg_onto_relation *rel,
                                    const kg_entity *subj,
                                    const kg_entity *obj)
{
    static const char *const suit[] = {
        "suit",       "suits",       "lawsuit",      "lawsuits",
        "patent",     "patents",     "infringe",     "infringed",
        "infringes",  "infringement", "shareholder", "shareholders",
        "stockholder", "stockholders", NULL};
    static const char *const state[] = {
        "prosecutor", "prosecutors", "government", "sec", "commission",
        "department", "authorities", "regulators", NULL};
    const char *c = rel->cameo;
    int private = 0;
    size_t k;
    if (!c || (strncmp(c, "16", 2) != 0 && strncmp(c, "17", 2) != 0) ||
        obj->is_value || !subj->code || !obj->code ||
        !strstr(subj->code, "JUD") || !ex_court_bench(st, subj) ||
        !ex_firm_code(obj->code) || strncmp(subj->code, obj->code, 3) != 0)
        return 0;
    for (k = 0; k < st->ntoks; k++)
        if (ex_pronoun_is(&st->toks[k], state))
            return 0;
    for (k = 0; k < st->nments; k++) {
        const kg_entity *e = &st->ments[k].ent;
        if (st->ments[k].dropped || e->is_value || !e->code)
            continue;
        if (strstr(e->code, "GOV") || strstr(e->code, "LEG"))
            return 0;
        if (ex_firm_code(e->code) && !ex_same_id(e, obj))
            private = 1;
    }
    return private || ex_sentence_has_word(st, suit);
}

const ex_mention *ex_workplace_country(const ex_state *st, size_t a)
{
    static const char *const mission[] = {"embassy", "embassies",
                                          "consulate", "mission", NULL};
    const ex_mention *m;
    size_t k, w;
    if (a >= st->ntoks || !ex_tok_is(st, a, "at"))
        return NULL;
    for (k = a + 1; k < st->ntoks && k < a + 3 &&
                    (st->toks[k].tag == KG_W_DET ||
                     st->toks[k].kind == KG_TOK_NUMBER);
         k++)
        ;
    if (k >= st->ntoks || !(m = ex_mention_at(st, k)) || m->t0 != k ||
        m->t1 + 1 >= st->ntoks || !m->ent.type || !m->ent.country ||
        !ex_country_of(st, m->ent.country))
        return NULL;
    /* ("at the Spanish steel firm": a firm coded with its home) */
    if (m->ent.code && strlen(m->ent.code) == 6 &&
        ex_code_ends(m->ent.code, "BUS"))
        return m;
    if (strcmp(m->ent.type, "Country") != 0)
        return NULL;
    /* (the "'s" after the name, or inside a mention that holds it:
     * "Belarus's state") */
    for (w = m->t0 + 1; w <= m->t1 && !ex_tok_possessive(st, w); w++)
        ;
    if (w <= m->t1)
        w++;
    else if (m->kind == KG_NAME_DEMONYM &&
             st->toks[m->t1].kind == KG_TOK_WORD &&
             st->toks[m->t1].tag == KG_W_NONE &&
             !(st->toks[m->t1].flags & KG_TOKF_CAP))
        w = m->t1;
    else
        return NULL;
    for (k = w; k < st->ntoks && k < w + 3 &&
                st->toks[k].kind == KG_TOK_WORD;
         k++)
        if (ex_pronoun_is(&st->toks[k], mission))
            return NULL;
    return m;
}

/* "Protesters rallied in Kathmandu", "traders rallied on the streets of
 * Kathmandu", "students marched through Belgrade": protesters named with
 * no country (---CVL, ---BUS) take the country of the place where they
 * protest (in the protest's clause after its trigger at i, before any
 * other actor), as "Protesters in Hong Kong" take Hong Kong's: people
 * demonstrate where they live.  Not a place only near or outside which
 * they stand ("outside the French embassy in Islamabad"). */
const kg_entity *ex_protest_place_people(ex_state *st, size_t i,
                                         const ex_mention *sm,
                                         const kg_entity *e,
                                         kg_entity *out)
{
    const ex_mention *m = NULL;
    const char *organ = NULL;
    size_t j, p = 0;
    /* (farmers and activists too, as ex_home_protester has them:
     * "Farmers blocked roads across France") */
    if (!ex_sector_only(e) || strlen(e->code) != 6 ||
        !(ex_crowd(e) || ex_civil_actor(st, sm, e) ||
          ex_code_ends(e->code, "AGR") || ex_code_ends(e->code, "NGO")))
        return e;
    if (sm && (m = ex_workplace_country(st, sm->t1)) != NULL) {
        /* "Workers at Belarus's state factories", "at South Korea's
         * largest automaker", "at a West German steel plant": the
         * country whose workplace it is (ex_workplace_country) */
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
        if ((p = ex_along_place(st, m)) == 0 && j > 0 &&
            m->kind != KG_NAME_DEMONYM && m->ent.type &&
            (m->kind == KG_NAME_METONYM || !strcmp(m->ent.type, "Place") ||
             !strcmp(m->ent.type, "Country"))) {
            /* "blocked the roads into Brussels": the roads of the city
             * they lead into; "occupied Bangkok's airports": the city
             * whose place the protest takes, right after its verb */
            if (ex_tok_is(st, j - 1, "into"))
                p = j;
            else if (j == i + 1 && m->t1 < st->ntoks &&
                     ex_tok_possessive(st, m->t1))
                p = j;
        }
        if (p == 0 && ex_sector_only(&m->ent)) {
            /* "clashed with riot police in Seoul": a group of no country
             * says nothing of where; the place after it does */
            j = m->t1 - 1;
            continue;
        }
        if (p == 0 && m->ent.code && m->ent.country &&
            strlen(m->ent.code) == 6 && !organ &&
            (ex_code_ends(m->ent.code, "COP") ||
             ex_code_ends(m->ent.code, "GOV") ||
             ex_code_ends(m->ent.code, "LEG") ||
             ex_code_ends(m->ent.code, "JUD"))) {
            /* "stormed the federal parliament in Belgrade": a state organ
             * of the place's own country, read on to the place */
            organ = m->ent.country;
            j = m->t1 - 1;
            continue;
        }
        if (p == 0)
            return e; /* another actor first */
        break;
    }
    if (organ && p && m && m->ent.country && strcmp(organ, m->ent.country))
        return e; /* (the organ of another country than the place) */
    if (!p || !m || !m->ent.country || strlen(m->ent.country) != 3 ||
        !(ex_tok_is(st, p - 1, "in") || ex_tok_is(st, p - 1, "through") ||
          ex_tok_is(st, p - 1, "throughout") ||
          ex_tok_is(st, p - 1, "across") || ex_tok_is(st, p - 1, "on") ||
          ex_tok_is(st, p - 1, "into") || p - 1 == i ||
          /* ("a teachers' strike has spread from Lusaka to the whole
           * of Zambia": ex_along_place) */
          ((ex_tok_is(st, p - 1, "to") || ex_tok_is(st, p - 1, "from")) &&
           ex_spread_before(st, p - 1)) ||
          /* ("took to the streets of Jakarta": ex_along_place) */
          (ex_tok_is(st, p - 1, "to") &&
           (ex_tok_is(st, p, "streets") ||
            (p + 1 < st->ntoks && ex_tok_is(st, p + 1, "streets"))))) ||
        !ex_country_of(st, m->ent.country))
        return e;
    return ex_sector_of(st, e, m->ent.country, out);
}

/* "Suspected separatist rebels stormed a village in India's northeast",
 * "militants gunned down a Briton in the Saudi capital Riyadh", "Islamist
 * gunmen abducted 276 schoolgirls from a school in Chibok, in Nigeria's
 * Borno state": rebels, insurgents or gunmen named with no country
 * (---REB, ---INS, ---UAF) whose violence (CAMEO 18, 19, 20; the verb's
 * entry at i to t1) the clause places in a country ("in", "near",
 * "outside" a place of it, after the trigger and past its object, up to
 * a subordinate clause, a speech verb or the sentence's end) are that
 * country's: irregulars fight where they come from, and CAMEO codes
 * them so (INDREB).  Not a place the violence is aimed "into" ("fired
 * rockets into Israel") nor one of a later clause ("after talks in
 * Cairo").  A copy of e in *out, or e. */
const kg_entity *ex_violence_place_actor(ex_state *st, size_t t1,
                                         const kg_entity *e,
                                         kg_entity *out)
{
    static const char *const where[] = {"in", "near", "outside", NULL};
    /* (words that open another event's clause or phrase: "after talks in
     * Cairo", "following a raid in Gaza") */
    static const char *const other[] = {"after", "before", "since",
                                        "following", "while", "when",
                                        "as", "amid", NULL};
    size_t j;
    /* (and so do a state's forces named by their side alone, "government
     * soldiers", and its police and security forces: a country's own
     * police and government troops act inside it; plain "troops" may be
     * a foreign army's) */
    int home_force = e->code && strlen(e->code) == 6 &&
                     (ex_code_ends(e->code, "COP") ||
                      (ex_code_ends(e->code, "MIL") && e->text &&
                       (e->text[0] == 'g' || e->text[0] == 'G') &&
                       !strncmp(e->text + 1, "overnment ", 10)));
    if (!ex_sector_only(e) || strlen(e->code) != 6 ||
        (!ex_irregular_code(e->code) && !home_force))
        return e;
    for (j = t1; j < st->ntoks && j < t1 + 20; j++) {
        const ex_mention *m;
        size_t p;
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || st->toks[j].tag == KG_W_SUB ||
            st->toks[j].tag == KG_W_SPEECH ||
            ex_pronoun_is(&st->toks[j], other))
            return e;
        m = ex_mention_at(st, j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent))
            continue;
        p = ex_along_place(st, m);
        if (p == 0)
            p = ex_demonym_place(st, m);
        if (p == 0) {
            /* ("set off a bomb in a crowded Baghdad market", "attacked
             * police in a Baghdad suburb": a capital or its site, "in"
             * and a few plain words before it) */
            size_t q = j, words = 0;
            while (q > t1 && words < 3 && st->toks[q - 1].kind == KG_TOK_WORD &&
                   !(st->toks[q - 1].flags & KG_TOKF_CAP) &&
                   !st->toks[q - 1].covered && !ex_tok_is(st, q - 1, "in")) {
                q--;
                words++;
            }
            if (words > 0 && q > t1 && ex_tok_is(st, q - 1, "in") &&
                (m->kind == EX_NAME_GROUP || m->kind == KG_NAME_METONYM) &&
                m->oe &&
                m->oe->type && !strcmp(m->oe->type, "Country"))
                p = q;
        }
        if (p == 0 || !ex_pronoun_is(&st->toks[p - 1], where) ||
            !m->ent.country || strlen(m->ent.country) != 3 ||
            !ex_country_of(st, m->ent.country))
            continue;
        return ex_sector_of(st, e, m->ent.country, out);
    }
    return e;
}

/* "a 20th straight Friday", "the third consecutive week", "hours", "a
 * week" after "for" at token k - 1: how long a protest went on, no
 * party or aim ("marched for a 20th straight Friday demanding").  The
 * token after the phrase (and after "in a row" or "running"), or k. */
static size_t ex_for_period(const ex_state *st, size_t k)
{
    static const char *const nth[] = {"second", "third", "fourth", "fifth",
                                      "sixth", "seventh", "eighth", "ninth",
                                      "tenth", "straight", "consecutive",
                                      "successive", "two", "three", "four",
                                      "five", "six", "seven", "eight",
                                      "nine", "ten", "several", "few",
                                      NULL};
    static const char *const periods[] = {
        "hour", "day", "night", "week", "weekend", "month", "year",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", NULL};
    size_t j = k, n = 0, len, p;
    const char *w;
    int article = j < st->ntoks && (ex_tok_is(st, j, "a") ||
                                    ex_tok_is(st, j, "the"));
    if (article)
        j++;
    for (; j < st->ntoks && n < 2 && (st->toks[j].kind == KG_TOK_WORD ||
                                      st->toks[j].kind == KG_TOK_NUMBER);
         j++, n++) {
        /* (a count or an ordinal in figures: "10", "20th", "3rd") */
        w = st->toks[j].lower;
        len = strlen(w);
        if (st->toks[j].kind == KG_TOK_NUMBER) {
            /* ("20" "th" as two tokens) */
            if (j + 1 < st->ntoks && (ex_tok_is(st, j + 1, "th") ||
                                      ex_tok_is(st, j + 1, "st") ||
                                      ex_tok_is(st, j + 1, "nd") ||
                                      ex_tok_is(st, j + 1, "rd")))
                j++;
            continue;
        }
        if (!ex_pronoun_is(&st->toks[j], nth) &&
            !(w[0] >= '0' && w[0] <= '9' &&
              strspn(w, "0123456789") == len) &&
            !(len > 2 && w[0] >= '0' && w[0] <= '9' &&
              (!strcmp(w + len - 2, "th") || !strcmp(w + len - 2, "st") ||
               !strcmp(w + len - 2, "nd") || !strcmp(w + len - 2, "rd"))))
            break;
    }
    if (j >= st->ntoks || st->toks[j].kind != KG_TOK_WORD)
        return k;
    w = st->toks[j].lower;
    len = strlen(w);
    for (p = 0; periods[p]; p++)
        if (!strcmp(w, periods[p]) ||
            (len == strlen(periods[p]) + 1 && w[len - 1] == 's' &&
             !strncmp(w, periods[p], len - 1)))
            break;
    /* (a bare singular is no period: "for Friday's vote"; "for hours",
     * "for a week" are) */
    if (!periods[p] || (!article && !n && w[len - 1] != 's'))
        return k;
    j++;
    if (j + 2 < st->ntoks && ex_tok_is(st, j, "in") &&
        ex_tok_is(st, j + 1, "a") && ex_tok_is(st, j + 2, "row"))
        j += 3;
    else if (j < st->ntoks && ex_tok_is(st, j, "running"))
        j++;
    return j;
}

/* Past a date or time phrase from token k ("on Sunday", "this weekend",
 * "again", "peacefully", "for a second day"): the token after it, or
 * k. */
size_t ex_skip_time(const ex_state *st, size_t k)
{
    static const char *const deictic[] = {"this", "last", "next", "early",
                                          "late", NULL};
    static const char *const adverbs[] = {"again", "overnight", "tonight",
                                          "today", "yesterday", NULL};
    const ex_mention *m;
    size_t j;
    do {
        j = k;
        k = ex_skip_when(st, ex_when_phrase(st, k));
        if (k + 1 < st->ntoks &&
            (ex_tok_is(st, k, "in") || ex_tok_is(st, k, "during")) &&
            (m = ex_mention_at(st, k + 1)) != NULL && m->t0 == k + 1 &&
            !m->dropped && ex_is_date(&m->ent))
            k = m->t1; /* "went on strike in January 2012", "in 1998" */
        else if (k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k], deictic) &&
            ex_pronoun_is(&st->toks[k + 1], ex_period_words))
            k += 2;
        else if (ex_tok_is(st, k, "for") && ex_for_period(st, k + 1) > k + 1)
            k = ex_for_period(st, k + 1); /* "for a second day" */
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
 * between the subject mention sm and the trigger at i, or "in" one up
 * to ten words after the trigger), which their
 * protest is aimed at when it names no one else.  Its entity, or NULL. */
const kg_entity *ex_jailer(const ex_state *st, const ex_mention *sm,
                           size_t i)
{
    static const char *const jails[] = {"jail", "jails", "prison",
                                        "prisons", "custody", "detention",
                                        NULL};
    size_t j, end;
    if (!sm || sm->t1 > i)
        return NULL;
    /* (or "in an Israeli prison" after the trigger: "has refused food
     * for 60 days in an Israeli prison") */
    end = i + 10 < st->ntoks ? i + 10 : st->ntoks;
    for (j = i > sm->t1 + 6 ? i + 1 : sm->t1; j < end; j++) {
        const ex_mention *m = j == i ? NULL : ex_actor_at(st, j);
        if (!m || !m->ent.country || !ex_country_of(st, m->ent.country) ||
            m->t1 >= st->ntoks || (j < i && m->t1 >= i) ||
            !ex_pronoun_is(&st->toks[m->t1], jails))
            continue;
        if (j > i && !(ex_tok_is(st, j - 1, "in") ||
                       (j > 1 && st->toks[j - 1].tag == KG_W_DET &&
                        ex_tok_is(st, j - 2, "in"))))
            continue;
        if (sm->ent.country && !strcmp(sm->ent.country, m->ent.country))
            return NULL; /* (their own state's: the default's) */
        return &m->ent;
    }
    return NULL;
}

/* After where a street protest went (token k): a purpose infinitive or
 * a participle of asking or protest, "to demand lower fees", "demanding
 * free education", "chanting slogans", "to protest prison conditions"
 * (an actor there was read by ex_protest_purpose first) (not "took to the streets with
 * sticks to fight an invasion of locusts": no protest aim)? */
static int ex_protest_aim_follows(const ex_state *st, size_t k)
{
    static const char *const aims[] = {
        "demand",    "demanding", "call",      "calling",  "press",
        "pressing",  "seek",      "seeking",   "urge",     "urging",
        "denounce",  "denouncing", "condemn",  "condemning", "oppose",
        "opposing",  "reject",    "rejecting", "voice",    "voicing",
        "chanting",  "shouting",  "waving",    "carrying", "force",
        "forcing",   "protest",   "protesting", "push",    "pushing",
        NULL};
    /* (agent nouns that are verbs after "to": "to press for higher
     * pay", "to force the government to", whose token the media or the
     * armed forces took, as in ex_protest_demand) */
    static const char *const aims_to[] = {"press", "force", NULL};
    size_t w = k;
    if (ex_tok_is(st, k, "to"))
        w = k + 1;
    return w < st->ntoks && st->toks[w].kind == KG_TOK_WORD &&
           (!st->toks[w].covered ||
            (w == k + 1 && ex_pronoun_is(&st->toks[w], aims_to))) &&
           ex_pronoun_is(&st->toks[w], aims) &&
           (w == k + 1 || ex_is_ing(st, w));
}

/* Does the clause from token k to the sentence's end name no party: no
 * actor at all, or only places and groups of the protesters' own country
 * and groups of no country?  ", halting container traffic.", ", shutting
 * banks and offices in Lagos." tell what a strike or a march did, and
 * whom it was aimed at they leave unsaid (their own state, as when
 * nothing follows); ", expressing anger at President Bush" names him. */
/* Does the sentence end, from token j, with its speaker's tail: a
 * comma, up to 16 tokens (the speaker's), a speech verb and up to eight
 * tokens with no actor but a news medium (", a Japan Harbour Association
 * spokesman said today.", ", Franco, a union official, told Reuters.")?
 * The speaker is no party of what the sentence tells. */
static int ex_speaker_tail(const ex_state *st, size_t j)
{
    size_t v, k, words = 0;
    if (j == 0 || !ex_tok_punct(st, j - 1, ','))
        return 0;
    for (v = j; v < st->ntoks && st->toks[v].tag != KG_W_SPEECH; v++)
        if (st->toks[v].tag == KG_W_SUB || ex_tok_punct(st, v, '.') ||
            ex_tok_punct(st, v, ';') || ++words > 16)
            return 0;
    if (v >= st->ntoks || v == j || st->ntoks - v > 9)
        return 0;
    for (k = v + 1; k < st->ntoks; k++) {
        const ex_mention *m = ex_mention_at(st, k);
        if ((m && !m->ent.is_value && !ex_is_date(&m->ent) &&
             !(m->ent.code && !strcmp(m->ent.code, "MED"))) ||
            st->toks[k].tag == KG_W_SUB)
            return 0;
    }
    return 1;
}

int ex_no_party_after(const ex_state *st, size_t k, const char *home)
{
    size_t j;
    for (j = k; j < st->ntoks; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_speaker_tail(st, j))
            return 1;
        if (!m || ex_is_date(&m->ent) ||
            (m->ent.code && !strncmp(m->ent.code, "---", 3)))
            continue; /* (nor a group of no country: "shutting banks") */
        if (!m->ent.code || !m->ent.country ||
            strcmp(m->ent.country, home) != 0 ||
            strncmp(m->ent.code, home, strlen(home)) != 0)
            return 0;
        j = m->t1 - 1;
    }
    return 1;
}

/* The state of subj's own country as a node coded GOV (what
 * ex_protest_home gives when a protest names no one), or NULL. */
const kg_entity *ex_home_state(ex_state *st, const kg_entity *subj)
{
    const kg_onto_entity *c;
    kg_entity *e;
    if (!subj->country || !(c = ex_country_of(st, subj->country)) ||
        !(e = kg_arena_calloc(&st->arena, 1, sizeof(*e))))
        return NULL;
    e->id = c->id;
    e->label = c->label;
    e->type = c->type;
    e->country = c->id;
    e->code = ex_concat(st, c->id, "GOV");
    return e->code ? e : NULL;
}

/* Is mention m (NULL allowed) country c itself, bare, with a possessive
 * after it and a lower-case noun (after up to two modifiers) that names
 * no actor: "Kenya's largest sugar mill", "Kenya's new land law"? */
static int ex_own_country_owner(const ex_state *st, const ex_mention *m,
                                const kg_onto_entity *c)
{
    size_t k;
    if (!m || m->dropped || !m->ent.code || strcmp(m->ent.code, c->id) ||
        !m->ent.type || strcmp(m->ent.type, "Country") ||
        m->t1 + 1 >= st->ntoks ||
        !ex_tok_possessive(st, m->t1))
        return 0;
    for (k = m->t1 + 1; k < st->ntoks && k < m->t1 + 4; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) ||
            ex_mention_at(st, k))
            return 0;
        if (t->tag == KG_W_NONE && (k + 1 >= st->ntoks ||
                                    st->toks[k + 1].kind != KG_TOK_WORD ||
                                    st->toks[k + 1].tag != KG_W_NONE))
            return 1; /* (the noun: no lower-case word after it) */
    }
    return 0;
}

/* Is m a name no ontology entry matched, read as an organisation or a
 * place with no code (ex_unknown_place_end)? */
static int ex_uncoded_name(const ex_mention *m)
{
    return !m->dropped && !m->ent.is_value &&
           (!m->ent.code || !*m->ent.code) && m->ent.type &&
           (!strcmp(m->ent.type, "Organization") ||
            !strcmp(m->ent.type, "Place")) &&
           m->oe == NULL;
}

/* "Thousands of German farmers marched through Kiel", "rallied in the
 * northern town of Sabha today": a name kg does not know, in capitals,
 * right after a preposition of where (token k) and the lower-case words
 * before q (a place's parts), is where the protest went: a place of the
 * protesters' country, which names no party (a name the gazetteer knows
 * is read by ex_along_place).  kg reads such a name as a place or an
 * organisation of no code (ex_uncoded_name) or as no mention at all.
 * Returns the token after the name (up to three words), or 0. */
static size_t ex_unknown_place_end(const ex_state *st, size_t k)
{
    static const char *const preps[] = {"in", "through", "throughout",
                                        "across", "around", NULL};
    const ex_mention *m;
    size_t w, q = k + 1;
    if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], preps))
        return 0;
    while (q < st->ntoks && q < k + 6 && st->toks[q].kind == KG_TOK_WORD &&
           !(st->toks[q].flags & KG_TOKF_CAP) && !ex_mention_at(st, q))
        q++;
    m = q < st->ntoks ? ex_mention_at(st, q) : NULL;
    if (m && m->t0 == q && ex_uncoded_name(m))
        return m->t1 < st->ntoks && ex_tok_possessive(st, m->t1)
                   ? 0
                   : m->t1;
    for (w = q; w < st->ntoks && w < q + 3; w++) {
        const ex_tok *t = &st->toks[w];
        if (t->kind != KG_TOK_WORD || !(t->flags & KG_TOKF_CAP) ||
            (t->flags & KG_TOKF_ALLCAPS) || t->covered ||
            ex_mention_at(st, w))
            break;
    }
    if (w == q || (w < st->ntoks && st->toks[w].kind == KG_TOK_WORD &&
                   (st->toks[w].flags & KG_TOKF_CAP)))
        return 0;
    return w;
}

/* Is mention m a name of no code that ex_unknown_place_end reads as a
 * place: a preposition of where before it, past up to five lower-case
 * words ("through the northern city of Kiel")? */
static int ex_unknown_place_at(const ex_state *st, const ex_mention *m)
{
    size_t k = m->t0;
    while (k > 0 && m->t0 - k < 6 && st->toks[k - 1].kind == KG_TOK_WORD &&
           !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
           !ex_mention_at(st, k - 1)) {
        k--;
        if (ex_unknown_place_end(st, k) == m->t1)
            return 1;
    }
    return 0;
}

/* "A teachers' strike has spread from Lusaka to the rest of the country",
 * "the walkout spread today to three provinces": a protest named as a
 * noun that spreads goes to places, not to whom it is aimed at
 * (ex_along_place reads them).  Returns the token after the verb of
 * spreading at k (after an auxiliary, and a time phrase after the verb),
 * or k. */
static size_t ex_protest_spread(const ex_state *st, size_t k)
{
    static const char *const verb[] = {"spread", "spreads", "spreading",
                                       NULL};
    size_t v = k;
    if (v < st->ntoks && ex_pronoun_is(&st->toks[v], ex_have_be_finite))
        v++;
    if (v >= st->ntoks || !ex_pronoun_is(&st->toks[v], verb))
        return k;
    return ex_skip_time(st, v + 1);
}

const kg_entity *ex_protest_home(ex_state *st, size_t i, size_t t1,
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
        "imprisonment", "jailing",
        /* (acts only a state does at home: "against the closure of a
         * reformist newspaper", "against the crackdown") */
        "closure", "crackdown", "censorship", "execution", "executions",
        "re-election", "reelection", NULL};
    static const char *const policy[] = {
        "law", "laws", "bill", "policy", "policies", "reform", "reforms",
        "tax", "taxes", "budget", "austerity", "cuts", "price", "prices",
        "hike", "hikes", "subsidy", "subsidies", "pension", "pensions",
        "privatisation", "privatization", "plan", "plans", "measures",
        "decision", "ban", "curfew", "shortage", "shortages", "inflation",
        "unemployment", NULL};
    /* (a dispute over pay is with the government or a firm of the
     * country: no policy sub-code; so is one over a contract or
     * bonuses, "walked out over the new contract") */
    static const char *const pay[] = {"pay", "wage", "wages", "salary",
                                      "salaries", "layoffs", "contract",
                                      "contracts", "bonus", "bonuses",
                                      NULL};
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
    /* (agent nouns that are verbs after "to") */
    static const char *const verbs[] = {"force", "press", NULL};
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
        if (j >= t1 && m && m->t0 == j &&
            (ex_along_place(st, m) || ex_unknown_place_at(st, m))) {
            j = m->t1 - 1; /* where they marched, not whom at */
            continue;
        }
        if (m && m->t0 == j && m->t1 == j + 1 && ex_tok_is(st, j - 1, "to") &&
            ex_pronoun_is(t, verbs))
            continue; /* "to force the government to": a verb, no
                       * armed force */
        if (j >= t1 && m && m->t0 == j && ex_sector_only(&m->ent) &&
            strlen(m->ent.code) == 6 && !ex_state_organ(m->ent.code + 3)) {
            j = m->t1 - 1; /* ("walked out of hospitals": no party) */
            continue;
        }
        if (j >= t1 && m && m->t0 == j && !m->dropped && m->ent.code &&
            strlen(m->ent.code) == 6 && ex_state_organ(m->ent.code + 3) &&
            (ex_sector_only(&m->ent) ||
             !strncmp(m->ent.code, c->id, strlen(c->id))) &&
            m->t1 < st->ntoks && ex_tok_is(st, m->t1, "rule")) {
            /* ("to call for an end to military rule": the regime of
             * their own country, 1414; under a dateline of it the
             * military is already read as theirs, NGAMIL) */
            if (!agent) {
                agent = "GOV";
                at = j;
            }
            if (!*aim)
                *aim = '4';
            j = m->t1;
            continue;
        }
        if (j >= t1 && m && m->t0 == j && !m->dropped && m->ent.code &&
            subj->code && !strcmp(m->ent.code, subj->code)) {
            /* ("demanding equal rights with Jewish citizens": the
             * protesters' own group, no edge of its own, is no target) */
            j = m->t1 - 1;
            continue;
        }
        if (j >= t1 && ex_own_country_owner(st, m, c)) {
            /* ("Kenyan farmers protested against the closure of Kenya's
             * largest sugar mill": their own country owning what is
             * protested is the state, as "the government's" is) */
            if (!agent) {
                agent = "GOV";
                at = j;
            }
            j = m->t1;
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
        k = ex_protest_spread(st, k);
        do {
            k0 = k;
            q = k;
            /* ("marched peacefully through downtown Santiago": a place of
             * their own country is where) */
            /* (up to a time phrase too: "blocked a highway in the
             * northeast on Tuesday, demanding ...") */
            while (q < st->ntoks && q < k + 6 &&
                   st->toks[q].kind == KG_TOK_WORD &&
                   !(st->toks[q].flags & KG_TOKF_CAP) &&
                   !st->toks[q].covered &&
                   !(q > k + 1 && ex_skip_time(st, q) > q))
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
                       (q >= st->ntoks ||
                        (st->toks[q].kind == KG_TOK_PUNCT &&
                         !ex_is_quote(st, q)) ||
                        (ex_skip_time(st, q) > q &&
                         (ex_skip_time(st, q) >= st->ntoks ||
                          ex_tok_punct(st, ex_skip_time(st, q), ',') ||
                          ex_tok_punct(st, ex_skip_time(st, q), '.'))))) {
                /* "in the financial district.", "... on Tuesday," (not
                 * "in a candlelit procession on Friday to demand the
                 * release of aid workers seized in Baghdad": whom that
                 * aims at is past the words read) */
                k = ex_skip_time(st, q);
            } else if ((p = ex_unknown_place_end(st, k)) != 0) {
                k = ex_skip_time(st, p);
            }
        } while (k != k0 && k < st->ntoks);
        /* (", expressing anger at President Bush": a participle after
         * the comma says whom it is aimed at, in words kg cannot read) */
        /* (a condition ends it too: "threatened mass protests if the
         * results were not annulled", "unless the law is withdrawn") */
        /* (an aim that names no one, "marched through Nairobi to demand
         * lower fees", "... demanding free education": the words were
         * read above, an actor among them would have been the target;
         * so too right after the trigger, with no place between: "went
         * on hunger strike to demand an end to power sharing") */
        if (k >= st->ntoks || ex_tok_punct(st, k, '.') ||
            ex_tok_punct(st, k, ';') || ex_tok_is(st, k, "if") ||
            ex_tok_is(st, k, "unless") ||
            (ex_tok_punct(st, k, ',') &&
             (!(k + 1 < st->ntoks && ex_is_ing(st, k + 1)) ||
              ex_no_party_after(st, k + 1, c->id))) ||
            /* ("... in Rio Grande do Sul and three people died when a
             * lorry careered into a roadblock": what followed, no one
             * else named) */
            (ex_tok_is(st, k, "and") &&
             ex_no_party_after(st, k + 1, c->id)) ||
            ex_protest_aim_follows(st, k)) {
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
const ex_mention *ex_protest_purpose(const ex_state *st, size_t t1,
                                     const kg_entity *subj,
                                     size_t *verb)
{
    static const char *const verbs[] = {"protest", "oppose", "denounce",
                                        NULL};
    static const char *const preps[] = {"at", "against", "over", NULL};
    /* ("poured into the streets in a rally against the US-led air
     * strikes": the protest's own name for itself) */
    static const char *const acts[] = {"rally", "demonstration", "march",
                                       "protest", NULL};
    const ex_mention *m;
    size_t j, k, v;
    for (j = t1; j + 2 < st->ntoks && j < t1 + 12; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return NULL;
        if ((ex_tok_is(st, j, "to") &&
             ex_pronoun_is(&st->toks[j + 1], verbs)) ||
            (ex_tok_is(st, j, "in") && ex_tok_is(st, j + 1, "protest")))
            break;
        if (j + 3 < st->ntoks && ex_tok_is(st, j, "in") &&
            ex_tok_is(st, j + 1, "a") &&
            ex_pronoun_is(&st->toks[j + 2], acts) &&
            ex_pronoun_is(&st->toks[j + 3], preps)) {
            j++;
            break;
        }
    }
    if (j + 2 >= st->ntoks || j >= t1 + 12)
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
const kg_onto_relation ex_bare_protest = {
    .pattern = "demonstrate", .type = "protest", .label = "demonstrates",
    .cameo = "141", .plover = "PROTEST", .quad = 3};

/* "Egyptians rallied in support of the Palestinians": a demonstration
 * in support of an actor is no protest against anyone (not the place's
 * rulers, nor the one supported); CAMEO codes it as rallying support on
 * behalf of that actor (053). */
const kg_onto_relation ex_rally_support = {
    .pattern = "rally in support of", .type = "rally_support",
    .label = "rallies support for", .cameo = "053", .plover = "SUPPORT",
    .quad = 1};

/* "Labour and the Tories clashed over tax plans", "Britain clashed with
 * Turkey over trade": a verbal clash over an issue (ex_verbal_clash) is a
 * quarrel in words, each side's criticism of the other (111; the type is
 * a dispute, so coordinated subjects quarrel each with each other). */
const kg_onto_relation ex_verbal_quarrel = {
    .pattern = "clash over", .type = "dispute", .label = "clashes over",
    .cameo = "111", .plover = "ACCUSE", .quad = 3};

/* "warned Tony Blair that the use of force could be illegal", "warned
 * the Bank may run the risk of", "warned that relations with Afghanistan
 * were unlikely to improve": a warning of a risk that may come, not of
 * what the speaker will do, is no threat (130) but a pessimistic comment
 * (012), as CAMEO's verb dictionary codes "warn of risk", "warn *
 * catastrophe", "warn of disastrous consequences" (cameo_verb_patterns);
 * with no one warned it is about the clause's first other country's actor
 * (the 01 statements in ex_relations). */
const kg_onto_relation ex_warn_risk = {
    .pattern = "warn", .type = "warn", .label = "warns", .cameo = "012",
    .quad = 1};

/* "India warned that its troops could cross the Line of Control",
 * "warned that the Black Sea Fleet could close off Georgian ports": a
 * warning that the warner's own forces may act is a threat (130), the
 * act being one the lexicon has no entry for (one it has is read at its
 * verb as a threat, ex_warned_by_same); with no one warned it is aimed at
 * the first other country's actor its clause names, as the 01
 * statements are (ex_posture_target). */
const kg_onto_relation ex_warn_own_force = {
    .pattern = "warn", .type = "threaten", .label = "threatens",
    .cameo = "130", .plover = "THREATEN", .quad = 3};

/* Is the "could", "may" or "might" at token k said of the warner's own
 * forces: "its troops could", "the army may", "troops might", or an
 * armed force of the warner's country ("the Black Sea Fleet could" after
 * "Russian commanders warned")?  w is the warner (may be NULL). */
static int ex_own_force_before(ex_state *st, size_t k, const kg_entity *w)
{
    static const char *const force[] = {
        "troops", "forces", "army", "military", "navy", "fleet",
        "soldiers", "warplanes", "jets", "artillery", NULL};
    const ex_mention *m;
    size_t b;
    if (k == 0)
        return 0;
    if ((m = ex_actor_before(st, k)) != NULL) {
        /* a named force: the warner's country's own */
        if (!m->ent.code || strlen(m->ent.code) != 6 ||
            strcmp(m->ent.code + 3, "MIL") != 0)
            return 0;
        if (!strncmp(m->ent.code, "---", 3))
            b = m->t0; /* "the army", "troops": read below */
        else
            return w && w->code && strlen(w->code) >= 3 &&
                   !strncmp(w->code, m->ent.code, 3);
    } else
        b = k - 1;
    if (!ex_pronoun_is(&st->toks[k - 1], force))
        return 0;
    /* "its troops", "the army", "troops": no other country's before */
    while (b > 0 && b + 3 > k - 1 && st->toks[b - 1].kind == KG_TOK_WORD &&
           !(st->toks[b - 1].flags & KG_TOKF_CAP) &&
           st->toks[b - 1].tag != KG_W_DET && st->toks[b - 1].tag != KG_W_POSS &&
           !ex_tok_is(st, b - 1, "that"))
        b--;
    return b > 0 && (st->toks[b - 1].tag == KG_W_POSS
                         ? ex_tok_is(st, b - 1, "its") ||
                               ex_tok_is(st, b - 1, "their") ||
                               ex_tok_is(st, b - 1, "our")
                         : st->toks[b - 1].tag == KG_W_DET
                               ? ex_tok_is(st, b - 1, "the")
                               : ex_tok_is(st, b - 1, "that"));
}

/* Is the word before the "could" at token k the warner w himself ("he",
 * "she") or his own state (a mention of w's country, bare or as its
 * government or army: "Moscow could" after a Russian leader warned)? */
static int ex_own_state_before(ex_state *st, size_t k, const kg_entity *w)
{
    const ex_mention *m;
    if (k == 0 || !w || !w->code || strlen(w->code) < 3 ||
        !strncmp(w->code, "---", 3))
        return 0;
    if (ex_tok_is(st, k - 1, "he") || ex_tok_is(st, k - 1, "she"))
        return 1;
    m = ex_actor_before(st, k);
    return m && m->ent.code &&
           (strlen(m->ent.code) == 3 ||
            (strlen(m->ent.code) == 6 && (!strcmp(m->ent.code + 3, "GOV") ||
                                          !strcmp(m->ent.code + 3, "MIL")))) &&
           !strncmp(m->ent.code, w->code, 3);
}

/* Does a "could", "may" or "might" follow the verb "warn" (its object
 * and clause starting at token j, up to the sentence's end or a ';')
 * before any "will" or "would", with a risk after it rather than an act:
 * not "it could withdraw" (the warner's own act), "martial law could be
 * imposed", "could face sanctions" (an act the lexicon or the target's
 * lot names)?  1 when so; 2 when the one that could act is the warner's
 * own force and the act has no entry ("its troops could cross the
 * border": ex_warn_own_force); else 0.  A warning "about" or "of" the
 * dangers or risks of something is of a risk too (1). */
int ex_warns_of_risk(ex_state *st, size_t j)
{
    static const char *const risk[] = {"could", "may", "might", "unlikely",
                                       NULL};
    static const char *const skip[] = {"be", "soon", "also", "well",
                                       "even", "not", "still", NULL};
    static const char *const acts[] = {
        "face", "faces", "retaliate", "suffer", "lose", "act", "respond",
        "sanctions", "war", NULL};
    /* (participles that are their own base form) */
    static const char *const done[] = {"cut", "shut", NULL};
    static const char *const dangers[] = {"danger", "dangers", "risk",
                                          "risks", "perils", "hazards",
                                          NULL};
    size_t k, e = j + 30 < st->ntoks ? j + 30 : st->ntoks;
    for (k = j; k < e; k++) {
        const kg_onto_relation *r;
        size_t a, ntok;
        int passive = 0;
        if (ex_tok_punct(st, k, ';'))
            return 0;
        if (st->toks[k].tag == KG_W_FUTURE || ex_tok_is(st, k, "would") ||
            st->toks[k].tag == KG_W_THREAT)
            return 0;
        /* ("warned Mr Blair and Mr Brown about the dangers of disunity",
         * "warned voters of the risks of": the dangers named are a risk,
         * no act of the warner's) */
        if (k < j + 8 && k + 2 < e &&
            (ex_tok_is(st, k, "about") || ex_tok_is(st, k, "of")) &&
            (ex_pronoun_is(&st->toks[k + 1], dangers) ||
             (st->toks[k + 1].tag == KG_W_DET &&
              ex_pronoun_is(&st->toks[k + 2], dangers))))
            return 1;
        if (!ex_pronoun_is(&st->toks[k], risk))
            continue;
        if (k > j && (ex_tok_is(st, k - 1, "it") ||
                      ex_tok_is(st, k - 1, "we") ||
                      ex_tok_is(st, k - 1, "they")))
            return 0;

        for (a = k + 1; a < e && ex_pronoun_is(&st->toks[a], skip); a++)
            if (ex_tok_is(st, a, "be"))
                passive = 1;
        /* ("aid could be cut off", "the bureau could be shut", "funds
         * could be frozen": an irregular participle after "be" is an act
         * done, as an "-ed" one is) */
        if (a >= e || ex_pronoun_is(&st->toks[a], acts) ||
            ex_ends_ed(st, a) ||
            (passive && (ex_pronoun_is(&st->toks[a], done) ||
                         kg_onto__irregular(st->onto, st->toks[a].lower))) ||
            (st->toks[a].tag == KG_W_NONE &&
             kg_onto__match_relation(st->onto, st->ntoks, a, 0, ex_lemma,
                                     st, &r, &ntok) &&
             r->cameo))
            return 0;
        /* (an act with no entry, by the warner's own forces, by the
         * warner's own state or by the warner himself: a threat,
         * "Medvedev warned that Moscow could use its nuclear arsenal",
         * "the military ruler warned that he could place Sindh province
         * under army rule") */
        return k > j && (ex_own_force_before(st, k, ex_subject_of(st, j - 1)) ||
                         ex_own_state_before(st, k, ex_subject_of(st, j - 1)))
                   ? 2
                   : 1;
    }
    return 0;
}

/* "Washington warned that it could pull its troops out", "warned that
 * the People's Liberation Army would act if Taiwan declared
 * independence": does the clause of a plain warning (from token j, the
 * warner w) say, at its first would, will, could, may or might, that the
 * warner ("it", "we", "he"), its own state or its own forces will do what
 * the lexicon has no coded entry for (one it has is read at its verb as
 * the threat, ex_warned_by_same)?  Such a warning is a threat (130) at
 * the clause's other country; one of what others may do or suffer ("the
 * deficit would hamper growth", "nations could lose jobs") is not
 * (agnews, bbc: 0 of 4 right without this test). */
int ex_warns_of_own_act(ex_state *st, size_t j, const kg_entity *w)
{
    static const char *const modal[] = {"would", "will", "could", "may",
                                        "might", NULL};
    size_t k, a, e = j + 30 < st->ntoks ? j + 30 : st->ntoks;
    for (k = j; k < e; k++) {
        const kg_onto_relation *r;
        size_t ntok;
        if (ex_tok_punct(st, k, ';'))
            return 0;
        if (!ex_pronoun_is(&st->toks[k], modal))
            continue;
        if (k == j || !(ex_tok_is(st, k - 1, "it") ||
                        ex_tok_is(st, k - 1, "we") ||
                        ex_own_force_before(st, k, w) ||
                        ex_own_state_before(st, k, w)))
            return 0;
        for (a = k + 1; a < e && a < k + 4; a++)
            if (kg_onto__match_relation(st->onto, st->ntoks, a, 0, ex_lemma,
                                        st, &r, &ntok) &&
                r->cameo)
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
const kg_onto_relation ex_riot = {
    .pattern = "riot", .type = "riot", .label = "riots against",
    .cameo = "145", .plover = "PROTEST", .quad = 3};

/* "Protesters in Sri Lanka blocked the entrance to the secretariat":
 * blocking, blockading, occupying or besieging a place by a crowd
 * obstructs passage (144, see ex_rioters), read so before its target is
 * looked for, as ex_riot. */
const kg_onto_relation ex_obstruct = {
    .pattern = "block", .type = "protest", .label = "blocks passage to",
    .cameo = "144", .plover = "PROTEST", .quad = 3};

/* Is code a side that uses force: an armed one (ex_armed_code), or
 * extremists, police or criminals? */
static int ex_force_side_code(const char *code)
{
    return ex_armed_code(code) || ex_code_ends(code, "RAD") ||
           ex_code_ends(code, "COP") || ex_code_ends(code, "CRM");
}

/* "Opposition leader Morgan Tsvangirai was badly beaten by Zimbabwean
 * police", "Pro-government mobs beat and kicked the wives of jailed
 * dissidents": "beat" with no entry of its own (the lexicon's rows name
 * the people beaten, "beat * protester") is an assault (182) when those
 * who beat are a side that uses force or a crowd (ex_beaten_by_force);
 * a team that beats another wins a game. */
const kg_onto_relation ex_beating = {
    .pattern = "beat", .type = "assault", .label = "beats", .cameo = "182",
    .plover = "ASSAULT", .quad = 4};

/* Is token i "beat", "beats" or "beaten" as a verb of its own (not
 * "beat back", "beat off", "beat up", read by their entries)? */
const kg_onto_relation *ex_beating_at(const ex_state *st, size_t i)
{
    static const char *const forms[] = {"beat", "beats", "beaten", NULL};
    static const char *const particles[] = {"back", "off", "up", "out",
                                            "down", NULL};
    if (st->toks[i].kind != KG_TOK_WORD ||
        !ex_pronoun_is(&st->toks[i], forms) ||
        (i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i + 1], particles)))
        return NULL;
    return &ex_beating;
}

/* Are those who beat at token i (the subject subj, or a passive's agent
 * after "by" past t1) a side that uses force (ex_force_side_code) or a
 * crowd (ex_crowd)? */
int ex_beaten_by_force(const ex_state *st, size_t i, size_t t1,
                       const kg_entity *subj)
{
    const kg_entity *who = ex_is_passive(st, i) ? ex_by_agent(st, t1) : subj;
    return who && (ex_force_side_code(who->code) || ex_crowd(who));
}

/* Past the plain noun phrase after a riot's verb ending at t1 ("cars",
 * "shops and banks", "dozens of cars"): the token after it, where
 * ex_protest_home looks for the clause's end. */
size_t ex_riot_object_end(const ex_state *st, size_t t1)
{
    size_t k = t1;
    while (k < st->ntoks && k < t1 + 5 && st->toks[k].kind == KG_TOK_WORD &&
           !(st->toks[k].flags & KG_TOKF_CAP) && !st->toks[k].covered &&
           (st->toks[k].tag != KG_W_PREP || ex_tok_is(st, k, "of")) &&
           !ex_tok_is(st, k, "to") && !ex_mention_at(st, k))
        k++;
    return k;
}

/* "Thousands marched in Nairobi", "Hundreds of thousands packed the
 * square in Cairo", "Some 5,000 people rallied": is the sentence up to
 * its token i (at most six words) only a head count, a crowd with no
 * one named?  (wire copy's crowd of a place, ex_protest_place_crowd) */
int ex_count_crowd_before(const ex_state *st, size_t i)
{
    static const char *const count[] = {
        "thousands", "hundreds", "tens",   "dozens", "scores", "of",
        "some",      "several",  "many",   "more",   "than",   "about",
        "nearly",    "around",   "people", "up",     "to",     NULL};
    static const char *const heads[] = {"thousands", "hundreds", "dozens",
                                        "scores", NULL};
    size_t j;
    int head = 0;
    if (i == 0 || i > 6)
        return 0;
    for (j = 0; j < i; j++) {
        const ex_tok *t = &st->toks[j];
        const ex_mention *m = ex_mention_at(st, j);
        if (m && !m->ent.is_value)
            return 0;
        if (t->kind == KG_TOK_NUMBER ||
            (t->kind == KG_TOK_WORD && t->lower[0] >= '0' &&
             t->lower[0] <= '9')) {
            head = 1;
            continue;
        }
        if (t->kind != KG_TOK_WORD || !ex_pronoun_is(t, count))
            return 0;
        if (ex_pronoun_is(t, heads))
            head = 1;
    }
    return head;
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
 * against Israel erupted in Jordan").  A head count before a protest
 * verb ("Thousands marched in Nairobi", ex_count_crowd_before) is such a
 * crowd too. */
const kg_entity *ex_protest_place_crowd(ex_state *st, size_t i,
                                        size_t t1, size_t *end)
{
    static const char *const particles[] = {"out", "on", NULL};
    static const char *const irregular[] = {"spread", "broke", "swept",
                                            "shook", "hit", "began", NULL};
    const ex_mention *m = NULL;
    kg_entity *e;
    char id[32];
    size_t j, p;
    int crowd = ex_count_crowd_before(st, i), inside = 0;
    if (i > 3 && !crowd)
        return NULL;
    for (j = 0; j < i && !crowd; j++)
        if (st->toks[j].kind != KG_TOK_WORD || ex_mention_at(st, j) ||
            (j > 0 && (st->toks[j].flags & KG_TOKF_CAP)) ||
            (st->toks[j].tag != KG_W_NONE && st->toks[j].tag != KG_W_DET))
            return NULL;
    *end = t1;
    /* ("packed Cairo's Tahrir Square", entry "pack * square": the city
     * whose square or streets the entry's words name) */
    for (j = i + 1; j + 1 < t1 && !inside; j++) {
        const ex_mention *pm = ex_actor_at(st, j);
        if (pm && pm->t1 + 1 < t1 && ex_tok_is(st, pm->t1, "'s") &&
            pm->ent.type &&
            (pm->kind == KG_NAME_METONYM ||
             !strcmp(pm->ent.type, "Country") ||
             !strcmp(pm->ent.type, "Place")) &&
            pm->kind != KG_NAME_DEMONYM && pm->ent.country &&
            strlen(pm->ent.country) == 3 &&
            ex_country_of(st, pm->ent.country)) {
            m = pm;
            inside = 1;
        }
    }
    for (j = t1; !inside && j < st->ntoks && j < t1 + 12; j++) {
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
    if ((!inside && (j >= st->ntoks || j >= t1 + 12 || !m)) ||
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
const kg_onto_relation ex_bare_gather = {
    .pattern = "gather", .type = "protest", .label = "demonstrates",
    .cameo = "141", .plover = "PROTEST", .quad = 3, .prep = "outside"};

/* "Thousands of Tunisians gathered in Tunis, demanding a new
 * constitution", "gathered outside parliament to demand", "massed ...
 * chanting anti-American slogans": a gathering whose clause (after the
 * trigger ending at t1) goes on with a demand or a protest is a
 * demonstration by whoever gathers, not only by protesters (ex_crowd);
 * "Israelis gathered to mourn" has none.  1 when so. */
int ex_gather_demands(const ex_state *st, size_t t1)
{
    static const char *const ask[] = {"demanding", "protesting", NULL};
    static const char *const ask_to[] = {"demand", "protest", "press",
                                         NULL};
    static const char *const call[] = {"calling", "pressing", NULL};
    static const char *const chant[] = {"slogans", "for", "against",
                                        NULL};
    size_t j;
    for (j = t1; j < st->ntoks && j < t1 + 15; j++) {
        const ex_tok *t = &st->toks[j];
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';'))
            return 0;
        if (t->kind != KG_TOK_WORD)
            continue;
        if (ex_pronoun_is(t, ask) ||
            (j > 0 && ex_tok_is(st, j - 1, "to") &&
             ex_pronoun_is(t, ask_to)))
            return 1;
        if (j + 1 < st->ntoks && ex_pronoun_is(t, call) &&
            (ex_tok_is(st, j + 1, "for") || ex_tok_is(st, j + 1, "on")))
            return 1;
        /* ("chanting slogans", "chanting for", "chanting anti-American
         * slogans"; not "chanting songs") */
        if (j + 1 < st->ntoks && ex_tok_is(st, j, "chanting") &&
            (ex_pronoun_is(&st->toks[j + 1], chant) ||
             !strncmp(st->toks[j + 1].lower, "anti", 4)))
            return 1;
    }
    return 0;
}

static const char *const ex_bare_protest_verbs[] = {
    "demonstrated", "demonstrating", "marched", "marching", "rallied",
    "rallying", NULL};
/* "Rioters in Minneapolis burned a police station": burning (no entry:
 * "burned to death", "burned fuel") by protesters is a riot, read so only
 * with them as its subject, as the verbs above */
static const char *const ex_bare_burn[] = {"burned", "burnt", NULL};
static const char *const ex_bare_gather_verbs[] = {"gathered", "gathering",
                                                   "assembled", NULL};
/* (ex_bare_protest_at is asked at every token: the first bytes of its
 * lists' words first) */
EX_WORD_GATE(ex_bare_gate, ex_bare_protest_verbs, ex_bare_burn,
             ex_bare_gather_verbs);

const kg_onto_relation *ex_bare_protest_at(const ex_state *st,
                                           size_t i)
{
    const char *const *verbs = ex_bare_protest_verbs, *const *burn =
                                                          ex_bare_burn;
    if (st->toks[i].kind != KG_TOK_WORD ||
        !ex_word_gate_may(&ex_bare_gate, st->toks[i].lower))
        return NULL;
    if (ex_pronoun_is(&st->toks[i], ex_bare_gather_verbs))
        return &ex_bare_gather;
    if (ex_pronoun_is(&st->toks[i], burn) && i + 1 < st->ntoks &&
        !ex_tok_is(st, i + 1, "to") && !ex_tok_is(st, i + 1, "down"))
        return &ex_riot;
    return ex_pronoun_is(&st->toks[i], verbs) ? &ex_bare_protest : NULL;
}

/* The "that" of a warning at token t ("warned [the opposition] [on
 * Friday] that"): the token after the verb's last word before the date
 * and the one warned, so that the verb, if any, stands right before it. */
static size_t ex_past_that_warned(const ex_state *st, size_t t)
{
    const ex_mention *m;
    size_t j = t > 0 ? ex_before_when(st, t) + 1 : 0;
    if (j > 0 && (m = ex_mention_at(st, j - 1)) != NULL && !m->dropped &&
        m->t1 == j) {
        j = m->t0;
        j = ex_before_dets(st, j);
    }
    return j;
}

/* "Putin warned that Russia would strike", "Russia warned it would
 * attack", "warned the opposition that it would": a warning verb right
 * before the clause whose subject starts at token s0 (with or without
 * "that", past the one warned), said by the same country as subj (or by
 * subj itself).  1 when so.  The speaker's own forces too: "Israel warned
 * that its air force could strike", "Erdogan said his forces could take
 * over Manbij" (after a plain "said" as well: one's own forces' possible
 * strike put forward is a threat); and a state's forces it names with no
 * country ("Barak warned that the air force could strike Iran"), for
 * which *country is set to the warning government's country (else
 * NULL). */
int ex_warned_by_same(ex_state *st, size_t s0, const kg_entity *subj,
                      const char **country)
{
    const kg_entity *w;
    size_t j = s0;
    int own = 0;
    *country = NULL;
    /* "its air force", "his troops", "the army" */
    if (j > 0 && st->toks[j - 1].tag == KG_W_POSS) {
        j--;
        own = 1;
    } else if (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    /* "warned on Sunday that it would", "warned Kuwait on Sunday it
     * would": wire copy dates the warning right after its verb or its
     * party; the date is no part of the clause */
    if (j > 0)
        j = ex_before_when(st, j) + 1;
    /* "warned the opposition that it would": past the one warned */
    if (j > 0 && ex_tok_is(st, j - 1, "that"))
        j = ex_past_that_warned(st, j - 1);
    if (j == 0 || !(ex_pronoun_is(&st->toks[j - 1], ex_warn_words) ||
                    (own && ex_pronoun_is(&st->toks[j - 1], ex_say_words))))
        return 0;
    w = ex_subject_of(st, j - 1);
    if (!w || !subj || !w->code || !subj->code || strlen(w->code) < 3 ||
        strlen(subj->code) < 3 || !strncmp(w->code, "---", 3))
        return 0;
    if (ex_sector_only(subj) && strlen(subj->code) == 6 &&
        !strcmp(subj->code + 3, "MIL") && w->country &&
        strlen(w->country) == 3 && !strncmp(w->code, w->country, 3) &&
        (strlen(w->code) == 3 || !strncmp(w->code + 3, "GOV", 3) ||
         !strncmp(w->code + 3, "MIL", 3))) {
        /* (a government's or an army's word: not "the opposition warned
         * that the army could crack down", another's act) */
        *country = w->country;
        return 1;
    }
    return !strncmp(w->code, subj->code, 3);
}

/* "Zimbabwe warned that British journalists who tarnished its image
 * would be expelled", "Iraq warned that any US plane entering its
 * airspace would be shot down": a passive act of the future ("would be",
 * "will be", "could be" before the trigger at i) whose subject mention
 * sm is governed by "warned (the one warned) (on a day) that" has the
 * warner as its agent: the warning is a threat to the subject, for an
 * act whose code cameo becomes one (ex_threat_code).  The warner's
 * entity (a coded actor), or NULL. */
const kg_entity *ex_passive_warner(ex_state *st, const ex_mention *sm,
                                   size_t i, const char *cameo)
{
    const kg_entity *w;
    if (!sm)
        return NULL;
    w = ex_future_passive_warner(st, sm->t0, sm->t1, i, cameo, NULL);
    return w && !ex_same_id(w, &sm->ent) ? w : NULL;
}

/* The warner of a passive act of the future at token i ("would be
 * expelled") whose subject phrase runs from token s0 to s1, governed by
 * "warned (the one warned) (on a day) that" (ex_passive_warner), for an
 * act whose code cameo becomes a threat (13); *warned, when not NULL, is
 * set to the mention of the one warned, or NULL.  The warner's entity (a
 * coded actor), or NULL. */
const kg_entity *ex_future_passive_warner(ex_state *st, size_t s0, size_t s1,
                                          size_t i, const char *cameo,
                                          const ex_mention **warned)
{
    /* ("said that the opposition party could be outlawed if it went on
     * backing the students": a coercive act the speaker's side would do
     * on a condition is a warning too, ex_unless_threat) */
    static const char *const warn_if[] = {"warn", "warns", "warned",
                                          "warning", "say", "says",
                                          "said", NULL};
    const kg_entity *w;
    const ex_mention *m;
    const char *c = ex_threat_code(cameo, "threatened", 0);
    size_t j, v, that;
    const char *const *verbs =
        ex_unless_threat(st, i + 1, cameo, 1) ? warn_if : ex_warn_words;
    if (warned)
        *warned = NULL;
    /* (only an act that is a threat when warned of: not "would be met
     * with force", a meeting's code) */
    if (!c || strncmp(c, "13", 2) != 0)
        return NULL;
    if (i < 2 || !ex_tok_is(st, i - 1, "be") ||
        !(st->toks[i - 2].tag == KG_W_MODAL ||
          st->toks[i - 2].tag == KG_W_FUTURE))
        return NULL;
    j = ex_before_dets(st, s0);
    if (j > 0)
        j = ex_before_when(st, j) + 1;
    if (j == 0 || !ex_tok_is(st, j - 1, "that"))
        return NULL;
    that = j - 1;
    /* ("warned ethnic Albanian students on Friday that": past the one
     * warned) */
    j = ex_past_that_warned(st, j - 1);
    /* ("warned the civilian government that": past a plain phrase of
     * the one warned, a few words with no verb, that kg names no actor) */
    for (v = j;
         v > 0 && j - v < 4 && !ex_pronoun_is(&st->toks[v - 1], verbs) &&
                st->toks[v - 1].kind == KG_TOK_WORD &&
                (st->toks[v - 1].tag == KG_W_NONE ||
                 st->toks[v - 1].tag == KG_W_DET) &&
                !st->toks[v - 1].trigger;
         v--)
        ;
    if (v > 0 && v < j && ex_pronoun_is(&st->toks[v - 1], verbs))
        j = v;
    if (j == 0 || !ex_pronoun_is(&st->toks[j - 1], verbs))
        return NULL;
    /* (the subject's clause runs from its subject to the modal with no
     * other finite verb of warning between) */
    for (v = s1; v < i - 2; v++)
        if (ex_pronoun_is(&st->toks[v], verbs))
            return NULL;
    w = ex_subject_of(st, j - 1);
    if (!w || w->is_value || !w->code || strlen(w->code) < 3 ||
        !strncmp(w->code, "---", 3))
        return NULL;
    if (warned) {
        for (v = j; v < that; v++)
            if (st->toks[v].tag != KG_W_DET)
                break;
        /* (the whole phrase: not "civilian" of "the civilian
         * government") */
        if (v < that && (m = ex_actor_at(st, v)) != NULL &&
            m->t1 == ex_before_when(st, that) + 1 && m->ent.code &&
            *m->ent.code)
            *warned = m;
    }
    return w;
}

/* "refused Greece's request for a new loan", "rejected calls by the
 * United States for Assad to step down", "turned down a Chinese offer of
 * joint exploration": a rejection whose object phrase is a request, a
 * demand, an appeal or an offer (within a few words after the trigger
 * ending at t1) rejects what was asked or offered, when the lexicon
 * codes it: the code the act has when refused (ex_refusals: a loan 071
 * refused is 1221, resignation 0831 1231).  Returns that code, or NULL
 * when there is no such phrase or no act in it that a refusal maps. */
const char *ex_refused_request(ex_state *st, size_t t1)
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
        if (!kg_onto__match_relation_want(st->onto, st->ntoks, k,
                                          ex_want_noun_at, ex_lemma, NULL, st,
                                          &rel, &ntok) ||
            !rel->cameo)
            continue;
        code = ex_map_code(ex_refusals, rel->cameo);
        if (code != rel->cameo)
            return code;
    }
    return NULL;
}

/* ---- emitting a relation ---------------------------------------------- */

/* Map a mention's offsets from the cleaned text to the input's bytes. */
void ex_source_span(const ex_state *st, kg_entity *e)
{
    kg_doc_source_span(st->doc, e->start, e->end, &e->start, &e->end);
}

int ex_no_relation(const kg_relation *r, void *payload)
{
    (void)r;
    (void)payload;
    return 0;
}

/* Is the last word of an actor's text one of nouns (exact case)? */
static int ex_last_word_in(const kg_entity *e, const char *const *nouns)
{
    const char *w;
    if (!e->text)
        return 0;
    w = strrchr(e->text, ' ');
    w = w ? w + 1 : e->text;
    return ex_word_among(w, nouns);
}

/* Does an actor's text end in a noun for a whole force ("French troops",
 * "American forces", "the Russian army"), not for persons? */
static int ex_forces_noun(const kg_entity *e)
{
    static const char *const nouns[] = {"troops", "forces", "army",
                                        "military", "contingent", NULL};
    return ex_last_word_in(e, nouns);
}

/* Is the entity a crowd of protesters ("protesters", "Syrian
 * demonstrators", "Angry crowds in Tunisia"), by the last word of its
 * text? */
int ex_crowd(const kg_entity *e)
{
    static const char *const nouns[] = {
        "protester", "protesters", "protestor", "protestors",
        "demonstrator", "demonstrators", "rioter", "rioters", "youths",
        "mob", "mobs", "crowd", "crowds", NULL};
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
    return ex_word_among(low, nouns);
}

/* "Police officers beat an opposition journalist unconscious": one
 * person of the opposition, named by a singular noun for a person, is
 * no crowd the police face; force against him is an assault (182), not
 * violent repression (175).  Is e's last word, or the word right after
 * it ("opposition" before "journalist"), such a noun? */
static int ex_one_person(const ex_state *st, const kg_entity *e)
{
    static const char *const one[] = {
        "journalist", "reporter", "editor",   "activist", "leader",
        "lawmaker",   "politician", "candidate", "figure", "member",
        "deputy",     "dissident", "man",      "woman",    NULL};
    size_t k;
    if (ex_last_word_in(e, one))
        return 1;
    k = ex_tok_from(st, e->end);
    return k < st->ntoks && ex_pronoun_is(&st->toks[k], one);
}

/* "The Russian building was demolished by a Ukrainian protestor":
 * property destruction (17x) or assault (18x) by protesters is a violent
 * protest, a riot, in CAMEO (145), not an act of coercion by a state's
 * civilians; so is storming a building ("protesters stormed the
 * parliament", pattern storm...), attacking, clashing or fighting with
 * police ("protesters clashed with security forces", "attacked government
 * offices", "youths fought running battles with police").  Fighting with weapons
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
    /* ("a Palestinian mob beat two Israeli reservists to death", "were
     * hacked to death by a mob": a crowd's killing of people is a
     * killing by physical assault, 1823, as the code book codes a
     * lynching, more than a riot) */
    if (cameo[0] != '1' || !ex_crowd(subj) || !strcmp(cameo, "1823"))
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
           strlen(obj->code) > 3) ||
          /* ("stone-throwing youths fought running battles with police",
           * "protesters battled riot police": street fighting with the
           * police; with soldiers it may be armed) */
          ((!strncmp(pattern, "fight", 5) || !strncmp(pattern, "battle", 6)) &&
           ex_code_ends(obj->code, "COP")))))
        return "145";
    return NULL;
}

/* "Jordan's King Abdullah promised the opposition", "Opposition parties
 * urged the Ethiopian government": an opposition, a party or a
 * parliament named without a country belongs to the one country its
 * sentence names (these sectors act at home, and so does the police); a
 * copy of e with that country in *out, or e itself.  (Not civilians,
 * troops or a government, which as often belong to another country than
 * the one named: "aid to civilians", "the government thanked China".)
 * Unions and courts act at home too ("Five public sector unions met
 * Deputy Prime Minister John Prescott", prec18), but not those named
 * "foreign". */
static const kg_entity *ex_domestic_sector(ex_state *st, const kg_entity *e,
                                           kg_entity *out)
{
    /* (police too: "riot police broke up a march in central Harare"; a
     * state's police act at home, as its opposition does) */
    const char *agent = !e->code                   ? NULL
                        : !strcmp(e->code, "---COP") ? "COP"
                        : !strcmp(e->code, "---LAB") ? "LAB"
                        : !strcmp(e->code, "---JUD") ? "JUD"
                                                     : ex_domestic_agent(e->code);
    const char *country = NULL;
    char id[32];
    size_t i;
    /* (not "foreign oil workers": named as no one's of the place) */
    if (!agent || ((i = ex_tok_from(st, e->start)) > 0 && i < st->ntoks &&
                   ex_tok_is(st, i - 1, "foreign")))
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

/* The agents of a country's own sectors (civilians, media, education,
 * religion, labour, agriculture, business, opposition): people of these
 * a state acts on at home are its own (ex_home_civilians,
 * ex_granted_people). */
static const char *const ex_own_sectors[] = {
    "CVL", "MED", "EDU", "REL", "LAB", "AGR", "BUS", "OPP", NULL};

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
 * foreign, and keep ---.  threat: 1 when rel is a threat (13), 2 when
 * a promise of reform (034x: a junta that pledged to "hand power to
 * civilians" or promised protesters elections made the promise at home,
 * to any of its own sectors). */
static const kg_entity *ex_home_civilians(ex_state *st,
                                          const kg_entity *crowd,
                                          const kg_entity *state, int target,
                                          int threat, kg_entity *out)
{
    static const char *const home[] = {"COP", "JUD", "GOV", "SPY",
                                       "REB", "UAF", "CRM", NULL};
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
    if (!ex_word_among(sector, ex_own_sectors) ||
        (!target && strcmp(sector, "CVL") != 0))
        return crowd;
    for (k = 0; home[k] && strcmp(agent, home[k]) != 0; k++)
        ;
    /* (a threat to a crowd is made at home, by the army too: "Iran's
     * Revolutionary Guards warned demonstrators", "the army threatened
     * protesters": troops threaten the crowds of their own streets, where
     * abroad they would fire) */
    if (target && !home[k] && threat && (threat == 2 || ex_crowd(crowd)) &&
        !strcmp(agent, "MIL"))
        k = 0;
    /* (as the actor, a crowd facing the police, a parliament or a court:
     * "protesters besieged parliament", "demonstrators massed outside
     * the court" are their people; an embassy is a foreign state's) */
    if (target ? !home[k]
               : !(ex_crowd(crowd) &&
                   (!strcmp(agent, "COP") || !strcmp(agent, "LEG") ||
                    !strcmp(agent, "JUD"))))
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
    const kg_onto_entity *oe, *c;
    if (!cameo || (strncmp(cameo, "17", 2) != 0 &&
                   strncmp(cameo, "18", 2) != 0 &&
                   strncmp(cameo, "20", 2) != 0 &&
                   /* (or grants it rights or citizenship, 0833: "Syria
                    * granted citizenship to thousands of stateless
                    * Kurds" are Syria's own) */
                   strcmp(cameo, "0833") != 0) ||
        !strcmp(cameo, "174") || people->is_value || !people->id ||
        !people->code ||
        !(oe = kg_onto__entity(st->onto, people->id)) || !ex_is_people(oe) ||
        strcmp(people->code, oe->code) != 0 || !state->code ||
        !state->country || !(c = ex_country_of(st, state->country)) ||
        strncmp(state->code, c->id, 3) != 0 ||
        !strncmp(people->code, c->id, 3))
        return people;
    if (strlen(state->code) != 3 && !ex_executive_organ(state->code))
        return people;
    *out = *people;
    out->code = ex_concat(st, c->id, "CVL");
    out->country = c->id;
    return out->code ? out : people;
}

/* Is the word written just before entity e "foreign", "international",
 * "overseas" or "Western" ("foreign media", "Western reporters"), which
 * says its people are from abroad? */
static int ex_foreign_before(const ex_state *st, const kg_entity *e)
{
    static const char *const abroad[] = {"foreign", "international",
                                         "overseas", "western", NULL};
    const char *t = st->doc->text;
    char w[16];
    size_t b = e->start, a, k;
    if (!t || b == 0)
        return 0;
    while (b > 0 && t[b - 1] == ' ')
        b--;
    a = b;
    while (a > 0 && b - a < sizeof(w) - 1 &&
           (((unsigned char)t[a - 1] | 32) >= 'a' &&
            ((unsigned char)t[a - 1] | 32) <= 'z'))
        a--;
    for (k = 0; k < b - a; k++)
        w[k] = (char)((unsigned char)t[a + k] | 32);
    w[k] = 0;
    return ex_word_among(w, abroad);
}

/* "Kuwait granted women the right to vote", "Saudi Arabia allowed women
 * to drive": people of no country said (women, citizens, students,
 * reporters: a sector only) to whom a state or its government grants a
 * right or eases a restriction (081x, 083x) are its own, as the code book
 * codes them (KWT -> KWTCVL).  A copy in *out, or crowd itself. */
static const kg_entity *ex_granted_people(ex_state *st,
                                          const kg_entity *crowd,
                                          const kg_entity *state,
                                          const char *cameo, kg_entity *out)
{
    const kg_onto_entity *c;
    char id[32];
    size_t n;
    if (!cameo || (strncmp(cameo, "081", 3) != 0 &&
                   strncmp(cameo, "083", 3) != 0) ||
        !ex_sector_only(crowd) || strlen(crowd->code) != 6 ||
        !state->code || ((n = strlen(state->code)) != 3 &&
                         !(n == 6 && (!strcmp(state->code + 3, "GOV") ||
                                      !strcmp(state->code + 3, "LEG")))) ||
        !state->country || !(c = ex_country_of(st, state->country)) ||
        strncmp(state->code, c->id, 3) != 0)
        return crowd;
    /* (not people said to be from abroad: "relaxed its controls on
     * foreign media") */
    if (!ex_word_among(crowd->code + 3, ex_own_sectors) ||
        ex_foreign_before(st, crowd))
        return crowd;
    *out = *crowd;
    snprintf(id, sizeof(id), "%s_%s", c->id, crowd->code + 3);
    out->id = ex_strndup(st, id, strlen(id));
    out->code = ex_concat(st, c->id, crowd->code + 3);
    out->country = c->id;
    return out->id && out->code ? out : crowd;
}

/* "A gas explosion in a coal mine in central China killed 56", "Key
 * allies in the US-led war in Iraq reject": a country or place named
 * inside an "in" phrase says where the subject is; it is no subject of
 * its own. */
static int ex_place_in_phrase(const ex_state *st, const kg_entity *e)
{
    const ex_mention *m;
    size_t t, n;
    if (!e->type ||
        !ex_country_or_place(e->type))
        return 0;
    t = ex_tok_from(st, e->start);
    /* (a demonym, a compound or a possessor names whose act it is:
     * "killed in an Israeli airstrike", "in the US-led war", "trapped in
     * Russia's invasion of Ukraine") */
    if (t >= st->ntoks || st->toks[t].start != e->start ||
        !(m = ex_mention_at(st, t)) || m->kind == KG_NAME_DEMONYM ||
        m->compound || (st->toks[t].flags & KG_TOKF_HYPHEN) ||
        (m->t1 < st->ntoks && ex_tok_possessive(st, m->t1)))
        return 0;
    while (t > 0 && (st->toks[t - 1].tag == KG_W_DET ||
                     ex_pronoun_is(&st->toks[t - 1], ex_directions)))
        t--;
    if (t < 2 || !ex_tok_is(st, t - 1, "in"))
        return 0;
    if (ex_venue_verb(st, t - 2, 0))
        return 1; /* "Officials met in Geneva, urging Iran": a venue */
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
        /* ("Palestinian suicide bomber Hanadi Jaradat blew herself up
         * ..., killing 21": the bomber named after the noun) */
        if (!strcmp(heads[k].code, "1831") && subj->start >= w &&
            st->doc->text[subj->start - 1] == ' ' &&
            !strncasecmp(st->doc->text + subj->start - w,
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

/* "prevented Fujitsu from taking control of Fairchild", "block Dixons
 * from taking control of Cyclops": control of a firm that a firm takes
 * (192 of both sides' business codes, neither armed) is a takeover, no
 * occupation of territory. */
static int ex_firm_takeover(const kg_onto_relation *rel,
                            const kg_entity *subj, const kg_entity *obj)
{
    return rel->cameo && !strcmp(rel->cameo, "192") && !obj->is_value &&
           subj->code && obj->code && strstr(subj->code, "BUS") &&
           strstr(obj->code, "BUS") && !ex_force_code(subj->code) &&
           !ex_force_code(obj->code);
}

/* "people", "the public" of no country (---CVL): the public at large,
 * no party to talks, appeals or help.  (Not women, workers or
 * protesters, who are named as a group: "granted citizenship to women"
 * are the state's own, "yielding to demands from protesters".) */
static int ex_public_at_large(const kg_entity *e)
{
    static const char *const nouns[] = {"people", "public", NULL};
    return e->code && !strcmp(e->code, "---CVL") && ex_last_word_in(e, nouns);
}

/* Is obj the very state subj belongs to, named as a country (type
 * Country, its bare code: "the UK", "U.S.", "Japanese"), the target of
 * subj's talk, appeal, support or help (01, 02, 04-07)?  An organ,
 * party or firm does not deal with its own state as with another actor;
 * visits (042, 043: "visits Manchester": travel at home is uncoded by
 * ex_home_visit), concessions made to one's own country (08, 034x) and
 * the country's firms ("Japanese chip makers") are read elsewhere. */
/* "Queen Sirikit has urged all Thais to work with the government",
 * "appealed to Iraqis to vote": a country's people named by a plural
 * demonym, whom a state's organ may well appeal to (the caller asks for
 * appeals only: "what sort of help the Saudis were providing" names the
 * state so). */
static int ex_people_demonym(const ex_state *st, const kg_entity *obj)
{
    size_t t = ex_tok_from(st, obj->start);
    const ex_mention *m = t < st->ntoks ? ex_mention_at(st, t) : NULL;
    const ex_tok *w;
    size_t n;
    if (!m || m->kind != KG_NAME_DEMONYM || m->t1 != m->t0 + 1)
        return 0;
    w = &st->toks[m->t0];
    n = strlen(w->lower);
    return n > 3 && w->lower[n - 1] == 's' && w->lower[n - 2] != 's';
}

/* "Texaco asked the court for a restraining order", "Pennzoil had asked
 * Texaco to post a bond": an appeal (02) a firm makes to a court or to
 * another firm is business, which the real-news coders leave uncoded
 * (tools/eval/realnews/README.md: no request by a firm to a court or a
 * firm is in the dev gold, while a state's or a group's request to a
 * court is: "Michigan asked the Supreme Court").  A firm as
 * ex_firm_code has it (no central bank, GOVBUS, nor IGO); a court a code
 * ending in JUD. */
static int ex_firm_plea(const kg_onto_relation *rel, const kg_entity *subj,
                        const kg_entity *obj)
{
    return rel->cameo && !strncmp(rel->cameo, "02", 2) &&
           ex_firm_code(subj->code) && obj->code &&
           (ex_code_ends(obj->code, "JUD") || ex_firm_code(obj->code));
}

/* "The ministry gave domestic companies until September to cut their
 * trade ties with Pretoria", "Oslo has given the firms ten days to
 * accept": a deadline (139) a state or its organ sets its own country's
 * firms (ex_firm_code, with the subject's country) is a rule's date of
 * compliance or of an offer, no ultimatum between actors ("gave Japan six
 * weeks to open its market" stays). */
static int ex_home_firm_deadline(const kg_onto_relation *rel,
                                 const kg_entity *subj,
                                 const kg_entity *obj)
{
    return rel->cameo && !strcmp(rel->cameo, "139") && !obj->is_value &&
           subj->code && obj->code && strlen(subj->code) >= 3 &&
           strncmp(subj->code, "---", 3) != 0 &&
           strncmp(subj->code, "IGO", 3) != 0 &&
           !strncmp(subj->code, obj->code, 3) &&
           !ex_code_ends(subj->code, "BUS") && ex_firm_code(obj->code);
}

static int ex_own_state_object(const ex_state *st,
                               const kg_onto_relation *rel,
                               const kg_entity *subj, const kg_entity *obj)
{
    const char *c = rel->cameo;
    if (!c || !strncmp(c, "03", 2) || strncmp(c, "08", 2) >= 0 ||
        !strncmp(c, "042", 3) || !strncmp(c, "043", 3))
        return 0;
    /* ("asked Japanese chip makers": the country's business, below) */
    if (ex_business_demonym(st, obj) ||
        (!strncmp(c, "02", 2) && ex_people_demonym(st, obj)))
        return 0;
    return obj->type && !strcmp(obj->type, "Country") && obj->code &&
           strlen(obj->code) == 3 && subj->code && strlen(subj->code) > 3 &&
           !strncmp(subj->code, obj->code, 3);
}

/* "The rise in the number of branches of Japanese banks in London has
 * helped the economy grow": the verb group starting at token k opens with
 * a singular "has" while the actor right before it (past a place after
 * "in", "at", "to" or "from": "in London" is where) is a plural group
 * ("Japanese banks", "U.K. brokers"): that actor only modifies the
 * subject, a singular thing named before it (miss0616). */
static int ex_plural_before_has(const ex_state *st, size_t k)
{
    static const char *const where[] = {"in", "at", "to", "from", NULL};
    const ex_mention *m;
    const ex_tok *w;
    const char *last;
    size_t n, p;
    if (!ex_tok_is(st, k, "has") || !(m = ex_mention_at(st, k - 1)) ||
        m->t1 != k)
        return 0;
    if (m->ent.type && (!strcmp(m->ent.type, "Country") ||
                        !strcmp(m->ent.type, "Place")) &&
        m->t0 >= 2 && ex_pronoun_is(&st->toks[m->t0 - 1], where)) {
        /* ("U.K. brokers coming to Tokyo has helped", "Japan's presence
         * in London has helped": a plain word before the place's
         * preposition heads the subject, a thing) */
        p = m->t0 - 1;
        w = &st->toks[p - 1];
        if (ex_plain_word(st, p - 1) && !w->trigger)
            return 1;
        if (!(m = ex_mention_at(st, p - 1)) || m->t1 != p)
            return 0;
    }
    last = st->toks[m->t1 - 1].lower;
    n = last ? strlen(last) : 0;
    return n > 3 && last[n - 1] == 's' && last[n - 2] != 's' &&
           !(st->toks[m->t1 - 1].flags & KG_TOKF_CAP);
}

/* "the government said the move would help police", "Indonesia's
 * devaluation helped bank profits to rise", "We expect the measure will
 * help companies improve": the verb "help" whose own subject, right
 * before it (past "will", "would", "has" and the like), is a thing, a
 * plain noun no actor is named by: no actor gives the help, whoever the
 * sentence's actor before that noun is.  Not a passive ("was helped
 * by": the actor follows).  (prec18: 4 coded events of reuters21578 and
 * bbc_news, all wrong; other verbs of support were tried and lost right
 * events: "the two countries have signed", "its allies have provided".) */
static int ex_thing_as_helper(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0)
{
    size_t k;
    const ex_tok *w;
    if (rel->noun || !rel->pattern || strncmp(rel->pattern, "help", 4) != 0)
        return 0;
    if (!ex_before_active_aux(st, t0, 0, &k) || k == 0)
        return 0;
    if (ex_plural_before_has(st, k))
        return 1;
    w = &st->toks[k - 1];
    return ex_plain_word(st, k - 1) && !w->trigger;
}

/* "I work with him every day", "an official who worked with the
 * ministers of education", "it has been my privilege to have worked
 * closely with him", "the two men worked together closely in the last
 * administration": "work with" or "work together" told in the simple
 * present, the simple past or the perfect, with no aim named after it,
 * is a working relationship, a job, not an act of cooperation (050,
 * 060) news reports.  Kept: the progressive ("are working together to
 * urge", "is working with Peking on a missile"), an infinitive or a
 * modal ("agreed to work with", "will work with"), and a past or
 * present that names its aim with "to" or "on" ("worked with the IMF to
 * cut its debt").  (prec18b: the 4 such coded events of the corpora, all
 * wrong.) */
static int ex_work_as_job(const ex_state *st, const kg_onto_relation *rel,
                          size_t t0)
{
    static const char *const forms[] = {"work", "works", "worked", NULL};
    size_t k, n;
    if (rel->noun || !rel->pattern || strncmp(rel->pattern, "work ", 5) != 0 ||
        t0 >= st->ntoks || !ex_pronoun_is(&st->toks[t0], forms))
        return 0;
    k = t0;
    if (k > 0 && ex_pronoun_is(&st->toks[k - 1], ex_have_finite))
        k--;
    if (k > 0 && (ex_tok_is(st, k - 1, "to") ||
                  st->toks[k - 1].tag == KG_W_MODAL ||
                  st->toks[k - 1].tag == KG_W_FUTURE) &&
        k == t0)
        return 0; /* "to work with", "will work with" */
    if (k > 0 && k < t0 && st->toks[k - 1].tag == KG_W_MODAL)
        return 0; /* "would have worked with" */
    for (k = t0 + 1, n = 0; k < st->ntoks && n < 16; k++, n++) {
        const ex_tok *w = &st->toks[k];
        if (w->kind == KG_TOK_PUNCT && w->lower &&
            (!strcmp(w->lower, ",") || !strcmp(w->lower, ".") ||
             !strcmp(w->lower, ";")))
            break;
        if (w->tag == KG_W_SUB || w->tag == KG_W_SPEECH)
            break;
        if (w->tag == KG_W_CONJ && k + 1 < st->ntoks &&
            (st->toks[k + 1].tag == KG_W_PRON ||
             st->toks[k + 1].tag == KG_W_AUX ||
             st->toks[k + 1].tag == KG_W_MODAL ||
             st->toks[k + 1].tag == KG_W_FUTURE))
            break; /* "I work with him every day and I have always ..." */
        if (ex_tok_is(st, k, "on"))
            return 0; /* "worked with China on a missile" */
        if (ex_tok_is(st, k, "to") && k + 1 < st->ntoks &&
            st->toks[k + 1].tag == KG_W_NONE &&
            !(st->toks[k + 1].flags & KG_TOKF_CAP) &&
            !ex_mention_at(st, k + 1))
            return 0; /* "worked with the IMF to cut its debt" */
    }
    return 1;
}

/* "Mr Hague, who stepped down after his party's 2001 election defeat,
 * does not rule out a return", "between stepping down as health
 * secretary and becoming Labour's election supremo", "who stepped down
 * from his Treasury post to stand as a Labour candidate": a leader's
 * stepping down (step down, step aside: 0831, acceding to demands for a
 * change of leadership) told as a person's past in a relative clause
 * ("who (had) stepped down"), as a gerund after a preposition, or done
 * to run for another post ("to stand", "to run", "to contest") is his
 * career, no concession news reports: no event code.  "Suharto
 * stepped down on Sunday, yielding to opposition crowds" stays 0831.
 * (prec18b: the 6 such coded events of bbc_news, all wrong.) */
static int ex_career_step_down(const ex_state *st, const kg_onto_relation *rel,
                               size_t t0)
{
    static const char *const run[] = {"stand", "run", "contest", "seek",
                                      "become", "take", "join", NULL};
    size_t k = t0, n;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "0831") != 0 ||
        !rel->pattern || (strcmp(rel->pattern, "step down") != 0 &&
                          strcmp(rel->pattern, "step aside") != 0))
        return 0;
    if (k > 0 && ex_pronoun_is(&st->toks[k - 1], ex_have_finite))
        k--;
    if (k > 0 && ex_tok_is(st, k - 1, "who"))
        return 1;
    if (t0 > 0 && ex_tok_is(st, t0, "stepping") &&
        st->toks[t0 - 1].tag == KG_W_PREP)
        return 1;
    for (k = t0 + 1, n = 0; k + 1 < st->ntoks && n < 10; k++, n++) {
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, '.') ||
            ex_tok_punct(st, k, ';'))
            break;
        if (ex_tok_is(st, k, "to") && ex_pronoun_is(&st->toks[k + 1], run))
            return 1;
    }
    return 0;
}

/* "The Lib Dem leader visits Manchester, Leeds and Dorset this week",
 * "she had flown home to West Germany", "the senator's hunting trip to
 * rural Ohio": a visit (042) to a place of the visitor's own country,
 * named as the country or as a place in it (its bare code), is travel at
 * home; CAMEO's visit is made to another actor, and the state is none to
 * its own officials, parties or firms.  (A visit to one's own troops
 * abroad is the foreign place's, ex_visit_to_own; "visited the SEC" or
 * "a trip to Capitol Hill" names an office, not a place, and stays.)
 * Groups that stand apart from the state, rebels, insurgents, exiles and
 * religious leaders ("the Dalai Lama's envoy has arrived in China for
 * talks"), do visit it.  (prec18: 14 coded events of agnews_world,
 * bbc_news and reuters21578 were such visits, 12 of them wrong.) */
static int ex_home_visit(const kg_onto_relation *rel, const kg_entity *subj,
                         const kg_entity *obj)
{
    static const char *const apart[] = {"REB", "INS", "SEP", "REL",
                                        "REF", "UAF", NULL};
    size_t k;
    if (!rel->cameo || strcmp(rel->cameo, "042") != 0 || obj->is_value ||
        !obj->type ||
        !ex_country_or_place(obj->type) ||
        !obj->code || strlen(obj->code) != 3 || !subj->country ||
        strcmp(subj->country, obj->code) != 0)
        return 0;
    for (k = 0; apart[k]; k++)
        if (subj->code && ex_code_ends(subj->code, apart[k]))
            return 0;
    return 1;
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

/* "Mbeki has attacked British imperialists, saying they treated Africans
 * like savages", "his attack on Labour was not a publicity stunt": an
 * attack whose target is a political party (PTY), or a person's attack
 * on no armed body whose clause goes on with ", saying", ", accusing",
 * ", calling" or ", describing" (the words of the attack told next), is
 * made in words ("Israel attacked Gaza, saying rockets were fired from
 * it" stays force: a state's).  Up to twelve tokens from t, the token
 * after the attack's object, within the sentence. */
static int ex_attack_in_words(const ex_state *st, const kg_entity *subj,
                              const kg_entity *obj, size_t t)
{
    static const char *const words[] = {"saying", "accusing", "calling",
                                        "describing", "branding", NULL};
    size_t k;
    if (obj->is_value)
        return 0;
    if (obj->code && ex_code_ends(obj->code, "PTY"))
        return 1;
    if (!ex_is_person(subj) || ex_force_code(obj->code))
        return 0;
    for (k = t; k + 1 < st->ntoks && k < t + 12; k++) {
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';'))
            return 0;
        if (ex_tok_punct(st, k, ',') && ex_pronoun_is(&st->toks[k + 1], words))
            return 1;
    }
    return 0;
}

/* Is the code a political actor's: a government, party, opposition or
 * legislature sector after the country ("GBRGOV", "GBRGOVPTY", "USALEG")? */
static int ex_political_code(const char *code)
{
    return code && strlen(code) > 3 &&
           (strstr(code + 3, "GOV") || strstr(code + 3, "PTY") ||
            strstr(code + 3, "OPP") || strstr(code + 3, "LEG"));
}

/* "I attack Michael Howard politically", "Labour poster plans attacking
 * Mr Howard", "He also attacked the government's failure": an attack by
 * one country's politician, party or government on a rival of the same
 * country (a politician, a party, the government; no crowd, no armed
 * body) is words, criticism (111), in news of domestic politics.  Armed
 * bodies keep their force (a minister or an office holder may order
 * force but does not fight a rival party). */
static int ex_domestic_rivals(const kg_entity *subj, const kg_entity *obj)
{
    if (obj->is_value || !subj->country || !obj->country ||
        strcmp(subj->country, obj->country) != 0)
        return 0;
    if (!ex_political_code(subj->code) || !ex_political_code(obj->code) ||
        ex_force_code(obj->code) || ex_crowd(obj))
        return 0;
    return !ex_force_code(subj->code) || ex_is_person(subj);
}

/* A curfew, martial law or a state of emergency, imposed or eased: acts
 * a state does at home. */
static int ex_home_curfew(const char *cameo)
{
    return cameo && (!strcmp(cameo, "0813") || !strcmp(cameo, "0814") ||
                     !strcmp(cameo, "1723") || !strcmp(cameo, "1724"));
}

/* "lift capital controls", "relax its foreign exchange controls": an
 * entry whose last word is "control" eases the economy's controls, not a
 * sanction on the state's own people, so no edge to its own country. */
static int ex_eased_controls(const kg_onto_relation *rel)
{
    size_t n = strlen(rel->pattern);
    return n >= 7 && !strcmp(rel->pattern + n - 7, "control") &&
           (n == 7 || rel->pattern[n - 8] == ' ');
}

/* "the Sri Lankan government lifted the curfew in Colombo", "the Iraqi
 * government imposed a curfew on Baghdad": a government named by its
 * country is the country's node (LKA, coded LKAGOV), and so is the
 * country as the place a curfew, martial law or a state of emergency is
 * imposed on or lifted from (LKA).  CAMEO codes that domestic event
 * (LKAGOV -> LKA, 0813), so it is the one edge kept from a node to
 * itself; other such pairs ("Washington backs the US's strong dollar",
 * "the government protects the UK") say nothing of one to the other. */
static int ex_home_restriction(const ex_state *st, const kg_entity *subj,
                               const kg_entity *obj,
                               const kg_onto_relation *rel,
                               const char *modality)
{
    size_t n;
    /* ("the Egyptian government pledged to carry out reforms": reform
     * done, only promised, is a promise of reform, 034) */
    const char *cameo =
        ex_promised_reform(st, rel->cameo, modality) ? "034" : rel->cameo;
    /* (police alerted or deployed in the country's own cities, 151 and
     * 153, are domestic too: "Kenya's government deployed riot police
     * across Nairobi" is KENGOV -> KEN, as the code book codes it) */
    int home_police = rel->cameo && (!strcmp(rel->cameo, "151") ||
                                     !strcmp(rel->cameo, "153"));
    /* (and restrictions or political freedoms eased at home, 081x, the
     * mirror of 172x: "the Uzbek authorities lifted the requirement for
     * exit visas", "the Algerian government allowed street marches" are
     * UZBGOV -> UZB, as the code book codes them; ex_own_country gave
     * the country only when no party was named) */
    int home_eased = ex_eased_code(rel->cameo) && !ex_eased_controls(rel);
    if (!(ex_home_curfew(rel->cameo) || ex_home_freedoms(rel->cameo) ||
          ex_home_reform(cameo) || home_police || home_eased ||
          ex_home_test(rel->cameo)) ||
        obj->is_value || !subj->code || !obj->code)
        return 0;
    n = strlen(obj->code);
    /* ("the Russian government shut down the radio station": RUSGOV ->
     * RUS for freedoms restricted, and for police; a country named bare
     * only for a curfew, martial law, an emergency or a nuclear test at
     * home (ex_home_test: "India carried out nuclear tests"); a leader's
     * promise of reform, HTIGOV -> HTI, as freedoms restricted) */
    if (ex_home_freedoms(rel->cameo) || ex_home_reform(cameo) ||
        home_police || home_eased)
        return n == 3 && strlen(subj->code) > n &&
               !strncmp(subj->code, obj->code, n);
    return n == 3 &&
           (strlen(subj->code) > n || ex_bare_country(st, subj)) &&
           !strncmp(subj->code, obj->code, n);
}

/* "US warplanes fired on targets in the east Baghdad slum of Sadr City",
 * "shelled the south Beirut suburbs": a capital of one word after a
 * point of the compass and before a plain noun modifies that noun, a
 * place in the city, not the government the capital stands for ("his
 * Moscow counterpart", "a Moscow membership bid" stay the government's).
 * m the capital's mention at token t. */
static int ex_capital_modifier(const ex_state *st, size_t t,
                               const ex_mention *m)
{
    if (m->t1 != t + 1 || m->t1 >= st->ntoks || t == 0 ||
        !ex_pronoun_is(&st->toks[t - 1], ex_compass_points))
        return 0;
    return ex_plain_word(st, m->t1);
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
    t = ex_tok_from(st, e->start);
    if (t < 1 || t >= st->ntoks || st->toks[t].start != e->start ||
        !(m = ex_mention_at(st, t)) || m->kind != KG_NAME_METONYM ||
        !m->oe ||
        /* (not a possessive nor a name of the government: "into
         * Washington's allegations", "in U.S. Government bonds" name
         * the state) */
        (m->t1 < st->ntoks &&
         ex_tok_possessive(st, m->t1)) ||
        ex_tok_is(st, m->t1 - 1, "government") ||
        ex_tok_is(st, m->t1 - 1, "administration") ||
        !(ex_pronoun_is(&st->toks[t - 1], at) ||
          /* ("a fresh offensive north of Baghdad") */
          (t >= 2 && ex_tok_is(st, t - 1, "of") &&
           ex_pronoun_is(&st->toks[t - 2], ex_compass_points)) ||
          (ex_tok_is(st, t - 1, "on") && cameo &&
           (!strncmp(cameo, "172", 3) || !strncmp(cameo, "081", 3))) ||
          ex_capital_modifier(st, t, m)))
        return e;
    *out = *e;
    out->code = m->oe->code;
    return out;
}

/* "Bush visited US troops in Iraq", "Blair visited British troops in
 * Basra": a visit to the visitor's own troops or officials is a visit
 * to the foreign place they are in (042 to IRQ), named right after them
 * ("in" or "at", up to six words on: "troops and diplomats in"), else
 * the dateline's.  A copy of the place's country in *out, or obj. */
static const kg_entity *ex_visit_to_own(const ex_state *st,
                                        const kg_entity *subj,
                                        const kg_entity *obj,
                                        const char *cameo, kg_entity *out)
{
    const kg_onto_entity *c = NULL;
    const ex_mention *m;
    size_t t, k;
    if (!cameo || strcmp(cameo, "042") != 0 || obj->is_value ||
        !subj->country || !obj->country || !obj->code ||
        strcmp(subj->country, obj->country) != 0 ||
        strlen(obj->code) <= 3 || ex_is_person(obj))
        return obj;
    t = ex_tok_from(st, obj->start);
    if (t >= st->ntoks || !(m = ex_mention_at(st, t)))
        return obj;
    for (k = m->t1; k + 1 < st->ntoks && k < m->t1 + 6 && !c; k++) {
        const ex_mention *pm;
        size_t j = k + 1;
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';'))
            break;
        if (!(ex_tok_is(st, k, "in") || ex_tok_is(st, k, "at")))
            continue;
        j = ex_after_dets(st, j);
        if (j < st->ntoks && (pm = ex_mention_at(st, j)) != NULL &&
            pm->t0 == j && !pm->ent.is_value && pm->ent.country &&
            !ex_is_person(&pm->ent))
            c = ex_country_of(st, pm->ent.country);
        break;
    }
    if (!c)
        c = st->dateline_country;
    if (!c || !strcmp(c->id, subj->country))
        return obj;
    *out = *obj;
    out->id = c->id;
    out->label = c->label;
    out->type = "Country";
    out->code = c->code ? c->code : c->id;
    out->country = c->id;
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
    if (a > 0 && ex_is_adverb(st, a))
        a--;
    return ex_pronoun_is(&st->toks[a], agree);
}

/* "Nakasone leaves for Washington on April 29 for talks", "U.S. and
 * Japanese officials meet tomorrow", "his visit to Washington starting
 * April 29": a meeting or visit told in the present (or as a noun) whose
 * own date, right before the trigger at t0 or within ten words after it
 * (t1) with no punctuation between but ", starting", is later than the
 * story's is not held yet, an intent to meet (036).  Not a past verb
 * ("met last night with ... next week": the date is another act's). */
static int ex_dated_later(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const past[] = {"met", "came", "went", "left",
                                       "flew", "held", "began", "made",
                                       NULL};
    const char *doc = st->doc->date;
    size_t k, j;
    if (!doc || strlen(doc) < 10 || ex_ends_ed(st, t0) ||
        ex_pronoun_is(&st->toks[t0], past))
        return 0;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        const kg_entity *e = &m->ent;
        if (m->dropped || !e->is_value || !e->type ||
            strcmp(e->type, "Date") != 0 || !e->label ||
            strlen(e->label) != 10 || e->label[0] == '-')
            continue;
        if (m->t1 <= t0 && t0 - m->t1 <= 1)
            return strncmp(e->label, doc, 10) > 0;
        if (m->t0 < t1 || m->t0 >= t1 + 10)
            continue;
        for (j = t1; j < m->t0; j++)
            if (st->toks[j].kind == KG_TOK_PUNCT &&
                !(ex_tok_punct(st, j, ',') && j + 1 < m->t0 &&
                  (ex_tok_is(st, j + 1, "starting") ||
                   ex_tok_is(st, j + 1, "beginning"))))
                break;
        return j == m->t0 && strncmp(e->label, doc, 10) > 0;
    }
    return 0;
}

/* "My visit to the United States at this time will be the most
 * important", "a visit here next week by Japanese trade officials will
 * likely do nothing": past a meeting noun's party, its date ("next
 * week", "on Monday": ex_when_phrase), "here", "at this time" and its
 * agent ("by" and an actor, or "by" and up to four plain words ending
 * in one) may stand before the verb whose subject the noun is.  The
 * token after them from j, else j. */
static size_t ex_past_noun_tail(const ex_state *st, size_t j)
{
    size_t k, w;
    for (k = 0; k < 4 && j < st->ntoks; k++) {
        const ex_mention *m = NULL;
        if ((w = ex_when_phrase(st, j)) > j)
            j = w;
        else if (ex_tok_is(st, j, "here"))
            j++;
        else if (j + 2 < st->ntoks && ex_tok_is(st, j, "at") &&
                 ex_tok_is(st, j + 1, "this") && ex_tok_is(st, j + 2, "time"))
            j += 3;
        else if (ex_tok_is(st, j, "by")) {
            for (w = j + 1; w < st->ntoks && w <= j + 5; w++)
                if ((m = ex_mention_at(st, w)) != NULL && !m->ent.is_value)
                    break;
                else if (!ex_phrase_filler(st, w))
                    return j;
            if (w >= st->ntoks || w > j + 5 || !m)
                return j;
            j = m->t1; /* (the actor the loop stopped at) */
        } else
            break;
    }
    return j;
}

/* "His talks with Japanese officials would also include fraud", "talks
 * with the banks are likely to be tough", "a summit could emerge": a
 * meeting's noun (ending at t1, or with its party obj after it) that is
 * the subject of a future, "would" or "is likely/expected to" is not
 * held yet ("intended": 036); of "could", "may" or "might", only
 * supposed ("hypothetical").  An adverb may stand between ("would also
 * include"); a relative "that would" is another clause's.  Else mod. */
static const char *ex_meeting_noun_modal(const ex_state *st, size_t t1,
                                         const kg_entity *obj,
                                         const char *mod)
{
    static const char *const likely[] = {"likely", "expected", NULL};
    static const char *const maybe[] = {"could", "may", "might", NULL};
    size_t j = t1, e;
    if (obj && !obj->is_value && (e = ex_tok_from(st, obj->end)) > j &&
        e < t1 + 8)
        j = e;
    j = ex_past_noun_tail(st, j);
    if (j < st->ntoks && ex_is_adverb(st, j))
        j++;
    if (j >= st->ntoks)
        return mod;
    if (ex_pronoun_is(&st->toks[j], maybe))
        return "hypothetical";
    if (st->toks[j].tag == KG_W_FUTURE || ex_tok_is(st, j, "would") ||
        (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], ex_be_finite) &&
         ex_pronoun_is(&st->toks[j + 1], likely) &&
         ex_tok_is(st, j + 2, "to")))
        return "intended";
    return mod;
}

/* "Funaro, who travels to Italy this evening", "the minister, who flies
 * to Washington this weekend for talks": a meeting or visit told by a
 * verb in the present with "-s" whose time, within ten words after it
 * (t1) and no punctuation between, is "tonight", "this evening", "this
 * afternoon", "this weekend" or "later today" (no dates kg reads, as
 * ex_dated_later reads "tomorrow") is still to come: an intent to meet
 * (036).  ("met Kohl for talks this evening": a past verb, no.) */
static int ex_present_later_today(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const part[] = {"evening", "afternoon", "weekend",
                                       NULL};
    const char *w = st->toks[t0].lower;
    size_t n = strlen(w), j;
    if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' ||
        st->toks[t0].kind != KG_TOK_WORD)
        return 0;
    for (j = t1; j < st->ntoks && j < t1 + 10; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, j, "tonight") ||
            (ex_tok_is(st, j, "this") && j + 1 < st->ntoks &&
             ex_pronoun_is(&st->toks[j + 1], part)) ||
            (ex_tok_is(st, j, "later") && j + 1 < st->ntoks &&
             ex_tok_is(st, j + 1, "today")))
            return 1;
    }
    return 0;
}

/* "On the eve of a UN Security Council visit to Nairobi, members are
 * split", "ahead of next week's talks with Tokyo", "in the run-up to
 * the summit with Moscow", "prior to his visit to Peking": a meeting or
 * visit noun (at t0) that a preposition of time before it dates a time
 * ahead of is still to come, an intent to meet (036), not one held.  The
 * noun phrase before t0 (an article or a possessive, plain words, names,
 * "'s"; at most six tokens) ends after "ahead of", "on the eve of", "in
 * advance of", "in the run-up to" or "prior to". */
static int ex_ahead_of_noun(const ex_state *st, size_t t0)
{
    size_t k = t0, n = 0;
    while (k > 0 && n < 6 &&
           (ex_phrase_filler(st, k - 1) || ex_mention_at(st, k - 1) ||
            ex_tok_is(st, k - 1, "'s") || ex_tok_punct(st, k - 1, '-'))) {
        k--;
        n++;
    }
    if (k < 2)
        return 0;
    if (ex_tok_is(st, k - 1, "of"))
        return ex_tok_is(st, k - 2, "ahead") ||
               (k >= 4 && ex_tok_is(st, k - 2, "eve") &&
                ex_tok_is(st, k - 4, "on")) ||
               (k >= 3 && ex_tok_is(st, k - 2, "advance") &&
                ex_tok_is(st, k - 3, "in"));
    return ex_tok_is(st, k - 1, "to") &&
           (ex_tok_is(st, k - 2, "prior") || ex_tok_is(st, k - 2, "run-up") ||
            (k >= 3 && ex_tok_is(st, k - 2, "up") &&
             ex_tok_is(st, k - 3, "run")));
}

/* "The European Union's decision to hold entry talks with Turkey",
 * "India decided to hold talks with Pakistan", "agreed to begin
 * negotiations with": talks or a meeting decided or agreed to are not
 * held yet, an intent to meet (036), as "will meet" and the lexicon's
 * "agree to hold * talk" are (the real-news convention: a meeting
 * announced for later is 036).  Is the trigger at t0 right after
 * "decided to", "decision to" or "agreed to" (ex_agreed_to)? */
static int ex_decided_to(const ex_state *st, size_t t0)
{
    static const char *const decide[] = {"decide", "decided", "decides",
                                         "deciding", "decision",
                                         "decisions", NULL};
    static const char *const open[] = {"begin", "start", "resume", "open",
                                       "hold", "launch", NULL};
    /* ("agreed to begin negotiations": the noun after a verb of
     * opening) */
    if (t0 >= 3 && ex_pronoun_is(&st->toks[t0 - 1], open) &&
        ex_tok_is(st, t0 - 2, "to"))
        t0--;
    return ex_agreed_to(st, t0) ||
           (t0 >= 2 && ex_tok_is(st, t0 - 1, "to") &&
            ex_pronoun_is(&st->toks[t0 - 2], decide));
}

/* "The European Union's decision to hold entry talks with Turkey",
 * "India decided to resume talks with Pakistan": talks one side decided
 * on are its own intent (036, ex_decided_to), not the other side's, as
 * "agreed to" and "wants to" talks are not: one way.  Is the consultation
 * rel at token i such talks? */
int ex_decided_talks(const ex_state *st, const kg_onto_relation *rel,
                     size_t i)
{
    return rel->cameo && !strncmp(rel->cameo, "04", 2) &&
           ex_decided_to(st, i);
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

/* Is the trigger at token t inside the clause an "if", "unless" or
 * "whether" opens, with no comma, colon, semicolon, "then" or
 * subordinating word between ("would respond if Guyana kept drilling")?
 * "threatened to behead him unless Japan pulled its troops out", "will
 * decide whether to begin entry talks with Turkey", "if Western nations
 * put pressure on Tehran": the act is only supposed, no event (the main
 * clause after the comma keeps its code: "If Iran attacks, Israel will
 * retaliate" is a conditional threat the speaker makes). */
int ex_supposed(const ex_state *st, size_t t)
{
    size_t j;
    if (ex_inverted_cond(st, t))
        return 1; /* "Should the EC ban Zimbabwean exports, ..." */
    for (j = t; j-- > 0;) {
        if (st->toks[j].tag == KG_W_COND)
            return 1;
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':') || ex_tok_is(st, j, "then") ||
            st->toks[j].tag == KG_W_SUB)
            return 0;
    }
    return 0;
}

/* "Pakistan threatened to pull out of the talks if India refused to
 * discuss Kashmir", "warned it would walk away from the talks if Israel
 * pressed ahead": a coercive act threatened or announced with no party of
 * its own is aimed at the one whose act the condition names.  The actor
 * that opens the "if"/"unless" clause after the trigger's end t1 (an
 * article aside; no sentence or clause end between, at most 12 words
 * on), when it is a coded actor other than subj, or NULL.  Only for a
 * code that becomes a threat under the modality (ex_threat_code) or is
 * one: "said it would cooperate if Washington lifted sanctions" is an
 * offer, left alone. */
/* Does token j end the stretch a condition or a reason may follow the
 * act in: a full stop, a semicolon, a colon or a question mark (a comma
 * does not: "warned it would walk away from the talks, if Israel")? */
static int ex_condition_stop(const ex_state *st, size_t j)
{
    return ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
           ex_tok_punct(st, j, ':') || ex_tok_punct(st, j, '?');
}

/* The coded actor (other than subj) that opens the clause of the first
 * conditional word ("if", "unless"; with until, "until" or "till")
 * after t1, within 12 words and the sentence's clause, or NULL (see
 * ex_condition_party, ex_until_party). */
static const ex_mention *ex_opened_clause_party(const ex_state *st,
                                                size_t t1,
                                                const kg_entity *subj,
                                                int until)
{
    static const char *const untils[] = {"until", "till", NULL};
    const ex_mention *m;
    size_t j, k;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (ex_condition_stop(st, j))
            return NULL;
        if (until ? !ex_pronoun_is(&st->toks[j], untils)
                  : st->toks[j].tag != KG_W_COND)
            continue;
        k = ex_after_dets(st, j + 1);
        if (k >= st->ntoks || !(m = ex_actor_at(st, k)) ||
            ex_is_date(&m->ent) || !m->ent.code || !*m->ent.code ||
            ex_same_id(&m->ent, subj) ||
            (subj && subj->code && !strcmp(subj->code, m->ent.code)))
            return NULL;
        /* (the actor is the clause's subject: a verb follows it, not a
         * preposition or a noun it modifies) */
        if (m->t1 >= st->ntoks || st->toks[m->t1].kind != KG_TOK_WORD ||
            st->toks[m->t1].tag == KG_W_PREP)
            return NULL;
        return m;
    }
    return NULL;
}

/* "Reagan imposed the sanctions on April 17 in retaliation for Japan's
 * failure to honour the pact", "raised duties to retaliate against
 * Ottawa's subsidies": a coercive act (a threat, a sanction, a
 * restriction, force: roots 13, 15-20) with no party of its own is aimed
 * at the one it answers, the actor (often a possessor) right after
 * "retaliation for/against" or "retaliate for/against" (an article
 * aside) within 12 words after the trigger's end t1, in its sentence
 * clause; a coded actor other than subj (and not subj's own state's
 * organ), or NULL. */
const ex_mention *ex_retaliation_party(const ex_state *st, size_t t1,
                                       const kg_entity *subj,
                                       const char *cameo)
{
    static const char *const roots[] = {"13", "15", "16", "17", "18",
                                        "19", "20", NULL};
    static const char *const word[] = {"retaliation", "retaliate",
                                       "reprisal", "reprisals", NULL};
    static const char *const lead[] = {"in", "as", "to", NULL};
    const ex_mention *m;
    size_t j, k, r;
    for (r = 0; cameo && roots[r] && strncmp(cameo, roots[r], 2); r++)
        ;
    if (!cameo || !roots[r] || !subj)
        return NULL;
    for (j = t1; j + 2 < st->ntoks && j < t1 + 12; j++) {
        if (ex_condition_stop(st, j))
            return NULL;
        /* (the act's own adverbial, "in retaliation for", "as a
         * reprisal against", "to retaliate for"; not another's clause:
         * "in what Washington said was retaliation for") */
        if (!ex_pronoun_is(&st->toks[j], word) ||
            !(ex_tok_is(st, j + 1, "for") ||
              ex_tok_is(st, j + 1, "against")) ||
            j == 0 ||
            !(ex_pronoun_is(&st->toks[j - 1], lead) ||
              (j >= 2 && st->toks[j - 1].tag == KG_W_DET &&
               ex_tok_is(st, j - 2, "as"))))
            continue;
        k = ex_after_dets(st, j + 2);
        if (k >= st->ntoks || !(m = ex_actor_at(st, k)) ||
            ex_is_date(&m->ent) || !m->ent.code || !*m->ent.code ||
            ex_same_id(&m->ent, subj) ||
            (subj->code && !strcmp(subj->code, m->ent.code)) ||
            (subj->country && m->ent.country &&
             !strcmp(subj->country, m->ent.country)))
            return NULL;
        return m;
    }
    return NULL;
}

/* "threatened to retaliate if Japan does not open its market": the
 * conditional word ("if", "unless") after t1 whose clause opens with a
 * coded actor (ex_opened_clause_party, no subject known yet), or 0. */
size_t ex_condition_word(const ex_state *st, size_t t1)
{
    const ex_mention *m = ex_opened_clause_party(st, t1, NULL, 0);
    size_t j = m ? m->t0 : 0;
    while (j > t1 && st->toks[j].tag != KG_W_COND)
        j--;
    return m && st->toks[j].tag == KG_W_COND ? j : 0;
}

const ex_mention *ex_condition_party(const ex_state *st, size_t t1,
                                     const kg_entity *subj,
                                     const char *cameo,
                                     const char *modality)
{
    const char *c = ex_threat_code(cameo, modality, 0);
    if (!c || strncmp(c, "13", 2) != 0)
        return NULL;
    return ex_opened_clause_party(st, t1, subj, 0);
}

/* "Yeutter warned another trade row will develop if the EC proceeds
 * with the tax", "warned of retaliation if Seoul's reforms falter": a
 * warning (130, asserted) with no party of its own warns the actor that
 * opens its "if"/"unless" clause (ex_opened_clause_party), or NULL.  Not
 * the speaker's own state ("Mikulic warned the army could be called in
 * if Yugoslavia's political system was threatened"), nor when the
 * speaker's own modal act comes before the condition ("warned it would
 * attack Syria if Turkey ...": that act is the threat, read on its own;
 * the speaker is a pronoun or the warning's subject before the modal). */
const ex_mention *ex_warning_party(const ex_state *st, size_t t1,
                                   const kg_entity *subj)
{
    static const char *const modal[] = {"would", "will", "could", "might",
                                        "may",   "shall", "'d", "'ll",
                                        NULL};
    const ex_mention *m = ex_opened_clause_party(st, t1, subj, 0);
    size_t j;
    if (!m || (subj->country && m->ent.code &&
               !strcmp(m->ent.code, subj->country)))
        return NULL;
    for (j = t1 + 1; j < m->t0; j++) {
        const ex_mention *s;
        if (!ex_pronoun_is(&st->toks[j], modal))
            continue;
        if (ex_pronoun_is(&st->toks[j - 1], ex_clause_pronouns) ||
            ((s = ex_mention_at(st, j - 1)) != NULL &&
             ex_same_id(&s->ent, subj)))
            return NULL;
    }
    return m;
}

/* "Iran will not free the sailors until London apologises", "refused to
 * release the captives until the government met their demands", "will
 * not resume talks until Washington ends its hostile policy": a refusal
 * with no party of its own is held against the one whose act would end
 * it, the actor that opens the "until" clause after t1 (as
 * ex_condition_party for a threat), or NULL. */
const ex_mention *ex_until_party(const ex_state *st, size_t t1,
                                 const kg_entity *subj)
{
    return ex_opened_clause_party(st, t1, subj, 1);
}

/* "if the Security Council does not send more money", "if the Palestinian
 * Authority fails to rein in militants", "if Kurdish fighters did not
 * leave": does the "if" at token j open a negated condition (a "not",
 * "n't", "fail to" or "refuse to" within 8 words, before a comma),
 * which holds the act over another's as "unless" does? */
int ex_negative_if(const ex_state *st, size_t j)
{
    static const char *const balk[] = {
        "fail",    "fails",   "failed",  "refuse", "refuses", "refused",
        NULL};
    size_t k;
    for (k = j + 1; k < st->ntoks && k < j + 9; k++) {
        const ex_tok *t = &st->toks[k];
        size_t n = strlen(t->lower);
        if (t->kind == KG_TOK_PUNCT || t->tag == KG_W_SUB ||
            t->tag == KG_W_COND)
            return 0;
        if (ex_tok_is(st, k, "not") ||
            (n >= 3 && !strcmp(t->lower + n - 3, "n't")) ||
            (ex_pronoun_is(t, balk) && k + 1 < st->ntoks &&
             ex_tok_is(st, k + 1, "to")))
            return 1;
    }
    return 0;
}

/* "Nigeria said it could withdraw its soldiers unless other West African
 * states shared the cost", "said it would block the talks unless Ankara
 * recognised Cyprus": an act the speaker says it will do "unless" another
 * acts is held over that one, a threat (136, 131 as after "threatened
 * to"), not a plan.  Is there an "unless" after the trigger's end t1 in
 * the same clause (at most 12 words on), for an act whose threatened code
 * is a threat?  ("if" only with also_if: "would withdraw if Syria agreed"
 * is an offer; see ex_could_if_threat in clauses.c.  A negated "if" is an
 * "unless": "could bring home its contingent if the Security Council does
 * not send more money" is a threat, 136, ex_negative_if.) */
int ex_unless_threat(const ex_state *st, size_t t1, const char *cameo,
                     int also_if)
{
    size_t j;
    /* (with "if", coercion only: "could pull out its troops if Syria
     * agreed" is an offer, where "unless" makes it a threat, 136) */
    const char *c =
        ex_threat_code(cameo, also_if ? "intended" : "threatened", 0);
    const char *cu = ex_threat_code(cameo, "threatened", 0);
    int plain = c && !strncmp(c, "13", 2);
    int coerced = plain || (cu && !strncmp(cu, "13", 2));
    if (!cameo || !coerced)
        return 0;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (ex_condition_stop(st, j))
            return 0;
        if (ex_tok_is(st, j, "if") && ex_negative_if(st, j))
            return 1;
        if (ex_tok_is(st, j, "unless") ||
            (also_if && ex_tok_is(st, j, "if")))
            return plain;
    }
    return 0;
}

/* "If Tokyo failed to act, Britain was ready to retaliate against Japanese
 * banks", "If Riga does not drop the law, Moscow will bar its goods": an
 * act held over a negated condition ("not", "fail to", ex_negative_if)
 * that opens the sentence or clause before the act's clause is a threat,
 * as "unless" after it is (ex_unless_threat), when the act's clause
 * readies or foretells it ("ready", "prepared" or "willing" with its
 * "to", or "will", "would", "could" or "may" in the clause before the
 * trigger at t) and its threatened code is one (13x).  A positive "if"
 * ("willing to drop the tariffs if Japan opens its market") stays an
 * offer. */
int ex_if_before_threat(const ex_state *st, size_t t, const char *cameo)
{
    static const char *const ready[] = {"ready", "prepared", "willing",
                                        NULL};
    static const char *const will[] = {"will", "would", "could", "may",
                                       NULL};
    const char *cu = ex_threat_code(cameo, "threatened", 0);
    size_t j, comma = (size_t)-1;
    if (!cameo || !cu || strncmp(cu, "13", 2) != 0)
        return 0;
    for (j = t; j-- > 0;) {
        if (ex_tok_punct(st, j, ';') || ex_tok_punct(st, j, ':'))
            return 0;
        if (ex_tok_punct(st, j, ',')) {
            if (comma != (size_t)-1)
                return 0;
            comma = j;
            continue;
        }
        if (comma == (size_t)-1 &&
            (ex_pronoun_is(&st->toks[j], will) ||
             (ex_pronoun_is(&st->toks[j], ready) && j + 2 <= t &&
              ex_tok_is(st, j + 1, "to")))) {
            /* (the act's clause readies it: now find the "if") */
            size_t k;
            for (k = j; k-- > 0;)
                if (ex_tok_is(st, k, "if"))
                    return ex_cond_governs(st, k, t) && ex_negative_if(st, k);
            return 0;
        }
    }
    return 0;
}

/* Is the verb trigger at token t asked about in a yes-no question: the
 * question (after the sentence start, a quote mark or a colon) opens with
 * an auxiliary or a modal, and a "?" ends it after t?  "Would China
 * invade Taiwan if ...?", "Will Russia attack Ukraine?": nothing is
 * asserted ("Why did Russia attack?" takes the attack as done: a
 * wh-word opens it). */
static int ex_questioned(const ex_state *st, size_t t)
{
    size_t j, a = 0;
    for (j = t + 1; j < st->ntoks; j++) {
        if (ex_tok_punct(st, j, '?'))
            break;
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, '!'))
            return 0;
    }
    if (j >= st->ntoks)
        return 0;
    for (j = t; j-- > 0;)
        if (st->toks[j].kind == KG_TOK_PUNCT && !ex_tok_punct(st, j, ',') &&
            !ex_tok_punct(st, j, '-')) {
            a = j + 1;
            break;
        }
    while (a < t && st->toks[a].kind == KG_TOK_PUNCT)
        a++;
    return a < t && (st->toks[a].flags & KG_TOKF_CAP) &&
           (st->toks[a].tag == KG_W_AUX || st->toks[a].tag == KG_W_MODAL ||
            st->toks[a].tag == KG_W_FUTURE);
}

/* CAMEO writes a non-governmental organisation's sector in the country
 * slot, as it does an IGO's (NGOHRIAMN; PETRARCH's validation records
 * code an Arnorian rights group NGOARN): "aid workers" or "a rights
 * group" of no named country are NGO, not ---NGO (country unknown,
 * sector NGO), which no coder's NGO matches.  Only in the record:
 * inside extraction ---NGO still marks a sector with no country
 * (ex_sector_only), which later rules may give one. */
static void ex_nonstate_sector(kg_entity *e)
{
    if (e->code && !strcmp(e->code, "---NGO")) {
        e->code += 3;
        /* ("human rights groups", "a leading rights group": a rights
         * group of no name is NGOHRI, CAMEO's most specific code, as
         * PETRARCH codes Human Rights Watch and the real-news README
         * settles it, conv25; aid and relief groups stay NGO) */
        if (e->text && (strstr(e->text, "rights") || strstr(e->text, "Rights")))
            e->code = "NGOHRI";
    }
}

/* "as the vanguard of a West African peace force", "to join the
 * peacekeeping mission in Darfur": a word of peace before a word of a
 * force or mission at token j names a force that keeps the peace, the
 * purpose of troops sent to it (ex_protective_purpose). */
static int ex_peace_force_at(const ex_state *st, size_t j)
{
    static const char *const peace[] = {
        "peace",         "peacekeeping",  "peace-keeping", "stabilisation",
        "stabilization", "monitoring",    "ceasefire",     "truce", NULL};
    static const char *const force[] = {"force", "forces", "mission",
                                        "operation", NULL};
    return j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], peace) &&
           ex_pronoun_is(&st->toks[j + 1], force);
}

/* "sent troops to East Timor to restore order", "deployed paratroopers to
 * Sierra Leone on Monday to protect foreign nationals": troops sent with
 * a purpose of protection or peacekeeping provide military protection
 * (074), not a show of force (154).  The entries "send * troop to protect"
 * hold the purpose right after the troops; here it follows the place and
 * date.  1 when such a purpose follows trigger end t1 in the clause. */
static int ex_protective_purpose(const ex_state *st, size_t t1)
{
    static const char *const guard[] = {
        "protect", "guard", "restore", "keep", "maintain", "secure",
        "safeguard", "shore", "defend", "enforce", "police", NULL};
    size_t j;
    for (j = t1; j + 1 < st->ntoks && j < t1 + 12; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ','))
            return 0;
        /* ("to help restore order": the purpose after "help") */
        if (ex_tok_is(st, j, "to") && j + 2 < st->ntoks &&
            ex_tok_is(st, j + 1, "help") &&
            ex_pronoun_is(&st->toks[j + 2], guard))
            return !ex_tok_is(st, j + 3, "against");
        if (ex_tok_is(st, j, "to") &&
            ex_pronoun_is(&st->toks[j + 1], guard))
            /* (not "to guard against infiltration": a border held
             * against someone) */
            return !ex_tok_is(st, j + 2, "against");
        if (ex_peace_force_at(st, j))
            return 1;
    }
    return 0;
}

/* Is rel a verb entry of arrival ("arrive in", "landed in"), whose
 * subject may be no visitor (ex_troops_arrive, ex_relief_arrives)? */
static int ex_arrival_entry(const kg_onto_relation *rel)
{
    return !rel->noun && rel->pattern &&
           (!strcmp(rel->pattern, "arrive in") ||
            !strcmp(rel->pattern, "landed in"));
}

/* "Nigerian peacekeepers arrived in Liberia", "Australian-led troops
 * landed in East Timor to restore order": troops that arrive are no
 * visitors (042).  Peacekeepers, or troops with a purpose of protection,
 * provide it (074): returns 1; other troops, 2 (no event of theirs is
 * read from the arrival); 0 for anyone else. */
static int ex_troops_arrive(const ex_state *st, const kg_entity *subj,
                            const kg_onto_relation *rel, size_t t0,
                            size_t t1)
{
    static const char *const troops[] = {"troops", "soldiers",
                                         "paratroopers", "marines",
                                         "forces", NULL};
    size_t k;
    if (!ex_arrival_entry(rel) || !subj->text || ex_is_person(subj))
        return 0;
    if (strstr(subj->text, "peacekeep") || strstr(subj->text, "Peacekeep") ||
        strstr(subj->text, "blue helmets"))
        return 1;
    for (k = 0; troops[k]; k++) {
        const char *w = strstr(subj->text, troops[k]);
        if (w && w[strlen(troops[k])] == '\0')
            break;
    }
    /* (or the troops right before the verb, their country's adjective
     * the actor: "Turkish troops arrived") */
    if (!troops[k] && !(t0 > 0 && ex_pronoun_is(&st->toks[t0 - 1], troops)))
        return 0;
    return ex_protective_purpose(st, t1) ? 1 : 2;
}

/* "Planes carrying tents and blankets from the United Arab Emirates
 * landed in Kathmandu", "a Chinese aircraft carrying medicine arrived in
 * Bam": an aircraft or convoy (or a body, carried) that arrives is no
 * visitor (042); one that carries relief goods delivers humanitarian aid
 * (073): returns 1;
 * other vehicles, 2 (no event); 0 when no vehicle opens the clause
 * before the arrival at t0. */
static int ex_relief_arrives(const ex_state *st, const kg_onto_relation *rel,
                             size_t t0)
{
    static const char *const vehicle[] = {
        "plane",  "planes",  "aircraft", "airplane", "airplanes", "flight",
        "flights", "jet",    "jets",     "convoy",   "convoys",   "ship",
        "ships",  "truck",   "trucks",   "airlift",
        /* "The body of late President Yasser Arafat has arrived in
         * Cairo": the dead are carried, no visitors either */
        "body", "bodies", "remains", "coffin", "coffins", "casket", NULL};
    static const char *const goods[] = {
        "tents", "blankets", "medicine", "medicines", "food", "aid",
        "relief", "supplies", "water", "rations", "vaccines", NULL};
    size_t j, a = 0;
    int veh = 0, load = 0;
    if (!ex_arrival_entry(rel))
        return 0;
    for (j = t0; j-- > 0;)
        if (ex_tok_punct(st, j, ';') || ex_tok_punct(st, j, ':') ||
            (st->toks[j].kind == KG_TOK_PUNCT && ex_tok_is(st, j, "-"))) {
            a = j + 1;
            break;
        }
    for (j = a; j < t0; j++) {
        if (ex_pronoun_is(&st->toks[j], vehicle) && !veh)
            veh = 1;
        else if (veh && ex_pronoun_is(&st->toks[j], goods))
            load = 1;
        /* (only the clause's first noun phrase: "Clinton, whose plane
         * was delayed, arrived" is Clinton's arrival, and so is "After
         * flights resumed, Clinton arrived": a vehicle after a
         * preposition or a subordinator is no subject) */
        if (!veh && (ex_tok_punct(st, j, ',') || ex_tok_is(st, j, "whose") ||
                     ex_tok_is(st, j, "who") || ex_tok_is(st, j, "which") ||
                     ex_tok_is(st, j, "that") || j > a + 6 ||
                     st->toks[j].tag == KG_W_PREP ||
                     st->toks[j].tag == KG_W_SUB ||
                     st->toks[j].tag == KG_W_COND))
            return 0;
    }
    return veh ? (load ? 1 : 2) : 0;
}

/* Is the verb entry at token t0 a demand (10) made by a participle or a
 * "to" infinitive ("demanding that", "to demand"), not a finite one ("are
 * demanding")? */
static int ex_nonfinite_demand(const ex_state *st,
                               const kg_onto_relation *rel, size_t t0)
{
    static const char *const be[] = {"is", "are", "was", "were", "been",
                                     NULL};
    if (rel->noun || !rel->cameo || strncmp(rel->cameo, "10", 2) != 0 ||
        t0 == 0 || t0 >= st->ntoks)
        return 0;
    return (ex_ends_ing(st, t0) && !ex_pronoun_is(&st->toks[t0 - 1], be)) ||
           ex_tok_is(st, t0 - 1, "to");
}

/* "marched on parliament demanding that Suharto step down", "went on
 * strike to press the junta to hand power", "boycotted Japanese beer to
 * press Tokyo to lift its curbs": a demand (10) made by a participle or
 * a "to" infinitive after a protest the sentence has already given is
 * the protest's aim, which CAMEO codes as the protest (14x) alone, as
 * ex_home_demand does for "marched, demanding reforms".  (Not "are
 * demanding": a finite demand of its own.) */
static int ex_protest_aim(const ex_state *st, const kg_onto_relation *rel,
                          size_t t0, const ex_emitted *seen, size_t nseen)
{
    size_t k;
    if (!ex_nonfinite_demand(st, rel, t0))
        return 0;
    for (k = 0; k < nseen; k++)
        if (!seen[k].negated && seen[k].type &&
            (!strcmp(seen[k].type, "protest") || !strcmp(seen[k].type, "riot")))
            return 1;
    return 0;
}

/* "Thousands of Greek farmers", "200 farmers", "Tens of thousands of
 * Filipinos": is the mention of subj nearest before token t0 counted by
 * a head count (a figure, or "thousands", "hundreds", "dozens",
 * "millions", "scores" with "of")? */
static int ex_counted_subject(const ex_state *st, const kg_entity *subj,
                              size_t t0)
{
    static const char *const counts[] = {"thousands", "hundreds", "dozens",
                                         "millions",  "scores",   NULL};
    const ex_mention *sm = NULL;
    size_t k, a;
    for (k = 0; k < st->nments; k++)
        if (st->ments[k].t1 <= t0 && !st->ments[k].dropped &&
            ex_same_id(&st->ments[k].ent, subj) &&
            (!sm || st->ments[k].t0 > sm->t0))
            sm = &st->ments[k];
    if (!sm || sm->t0 == 0)
        return 0;
    a = sm->t0;
    a = ex_before_dets(st, a);
    if (a > 0 && st->toks[a - 1].kind == KG_TOK_NUMBER)
        return 1;
    return a > 1 && ex_tok_is(st, a - 1, "of") &&
           ex_pronoun_is(&st->toks[a - 2], counts);
}

/* "Thousands of Greek farmers parked their tractors across the highway,
 * demanding that the government raise price support", "Rioters
 * demanding President Suharto's resignation torched shops": a demand
 * (10) a crowd makes by a participle or a "to" infinitive, beside an act
 * kg does not read as a protest, is the crowd's protest (141, with the
 * sub-code of what is demanded: 1411 a change of leader, 1412 of policy,
 * 1413 rights, 1414 institutions), as CAMEO codes demonstrators'
 * demands; a crowd is protesters, rioters, mobs, crowds (ex_crowd) or a
 * group counted by head.  Not a finite demand ("farmers demanded"), nor
 * one a protest the sentence gave already has as its aim
 * (ex_protest_aim).  The protest's code, or NULL. */
static const char *ex_crowd_demand(const ex_state *st,
                                   const kg_onto_relation *rel,
                                   const kg_entity *subj, size_t t0)
{
    static const ex_code_map aims[] = {{"1041", "1411"}, {"1042", "1412"},
                                       {"1043", "1413"}, {"1044", "1414"},
                                       {"10", "141"},    {NULL, NULL}};
    if (!ex_nonfinite_demand(st, rel, t0))
        return NULL;
    if (!ex_crowd(subj) && !ex_counted_subject(st, subj, t0))
        return NULL;
    return ex_map_code(aims, rel->cameo);
}

/* Does a verb entry with an event code (of CAMEO root root, when not
 * NULL) end right before token k ("rejected", "said no to", "scoffed
 * at", "granted")? */
int ex_coded_verb_ends(ex_state *st, size_t k, const char *root)
{
    const kg_onto_relation *rel;
    size_t a, ntok;
    for (a = k > 4 ? k - 4 : 0; a < k; a++)
        if (st->toks[a].kind == KG_TOK_WORD &&
            kg_onto__match_relation(st->onto, st->ntoks, a, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            a + ntok == k && !rel->noun && rel->cameo && *rel->cameo &&
            (!root || !strncmp(rel->cameo, root, strlen(root))))
            return 1;
    return 0;
}

/* Is the noun at token t0 the object of a refusal ("Kenya rejected a
 * request from Congo", "rebuffed French calls", "scoffed at a US
 * call")?  Articles, possessives, actors and up to two plain words may
 * stand between. */
static int ex_refused_noun(ex_state *st, size_t t0)
{
    size_t k = t0, words = 0;
    while (k > 0) {
        const ex_tok *t = &st->toks[k - 1];
        if (t->tag == KG_W_DET || t->tag == KG_W_POSS ||
            ex_tok_is(st, k - 1, "'s") || ex_mention_at(st, k - 1))
            k--;
        else if (t->kind == KG_TOK_WORD && t->tag == KG_W_NONE &&
                 !(t->flags & KG_TOKF_CAP) && words < 2 &&
                 !ex_coded_verb_ends(st, k, "12")) {
            k--;
            words++;
        } else
            break;
    }
    return ex_coded_verb_ends(st, k, "12");
}

/* "Egypt rejected Russia's request for access", "rebuffed French calls
 * for a ceasefire", "despite NATO's demands", "scoffed at a US call": an
 * appeal or a demand (02, 10) that is what a rejection turns down, or
 * what an act goes ahead despite, was made before and is only reported;
 * CAMEO codes the rejection alone (the appeal is kept without a code).
 * Two readings (merged from two helpers' rules, each with its tests): a
 * noun's phrase (articles, actors, "'s", lower-case modifiers, up to six
 * words) read back to a word of refusal; or, noun or verb ("calls" read
 * as either), a root-12 verb entry of the lexicon ending before the
 * phrase (ex_refused_noun). */
static int ex_rejected_appeal(ex_state *st, const kg_onto_relation *rel,
                              size_t t0)
{
    static const char *const rejects[] = {
        "rejected", "rejects",  "rejecting", "reject",   "refused",
        "refuses",  "refusing", "refuse",    "dismissed", "dismisses",
        "dismissing", "dismiss", "rebuffed", "rebuffs",   "rebuffing",
        "rebuff",   "ignored",  "ignores",   "ignoring", "ignore",
        "spurned",  "spurns",   "spurning", "spurn",    "defied",
        "defies",   "defying",  "defy",     "despite",  NULL};
    /* ("turned down", "brushed aside", "shrugged off": the particle
     * after a verb of its phrase) */
    static const char *const particles[] = {"down", "aside", "off", NULL};
    static const char *const phrasal[] = {
        "turned",   "turns",  "turning",   "turn",  "brushed", "brushes",
        "brushing", "brush",  "shrugged",  "shrugs", "shrugging", "shrug",
        NULL};
    size_t k = t0, n = 0;
    if (!rel->cameo ||
        (strncmp(rel->cameo, "02", 2) != 0 && strncmp(rel->cameo, "10", 2) != 0))
        return 0;
    if (ex_refused_noun(st, t0))
        return 1;
    while (rel->noun && k > 0 && n++ < 6) {
        const ex_tok *w = &st->toks[--k];
        if (ex_pronoun_is(w, rejects))
            return 1;
        if (ex_pronoun_is(w, particles))
            return k > 0 && ex_pronoun_is(&st->toks[k - 1], phrasal);
        if (w->tag == KG_W_DET || w->mention || ex_mention_at(st, k) ||
            ex_tok_is(st, k, "'s") ||
            (w->kind == KG_TOK_WORD && w->tag == KG_W_NONE && !w->trigger))
            continue;
        return 0;
    }
    return 0;
}

/* "MMC Sittipol is a Thai-Japanese joint venture", "talks on
 * Soviet-West German joint ventures": a joint venture (the lexicon's
 * 061 noun at t0, two words) named by an "X-Y" pair is a firm or a
 * topic, as a pact so named is (ex_pair_named_pact), unless a verb of
 * making stands before the pair ("formed a Thai-Japanese joint
 * venture"). */
static int ex_pair_named_venture(const ex_state *st,
                                 const kg_onto_relation *rel, size_t t0,
                                 size_t t1)
{
    static const char *const make[] = {
        "form",     "forms",     "formed",   "forming",  "set",
        "establish", "established", "establishing", "create", "created",
        "creating", "launch",    "launched", "launching", NULL};
    const ex_mention *m;
    size_t b;
    if (strcmp(rel->cameo, "061") != 0 || t1 != t0 + 2 ||
        !ex_tok_is(st, t0, "joint") || t0 == 0 ||
        !(m = ex_mention_at(st, t0 - 1)) || m->t1 != t0)
        return 0;
    b = ex_before_dets(st, m->t0);
    return !(b > 0 && (ex_pronoun_is(&st->toks[b - 1], make) ||
                       ex_tok_is(st, b - 1, "up")));
}

/* "abide by a 1986 U.S.-Japan pact on semiconductors", "the recent
 * U.S.-British accord on bank supervision": an agreement noun at t0 (no
 * light verb before it: "signed a U.S.-Japan pact" is read as the
 * signing) whose parties are only named by one "X-Y" word before it
 * names a standing agreement, no signing (057).  Up to two lower-case
 * words may stand between ("a Russia-Ukraine gas deal"); a lower-case
 * second part ("an Egyptian-brokered deal") is no pair. */
static int ex_pair_named_pact(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0, size_t t1)
{
    const ex_mention *m;
    const char *w, *h;
    size_t j = t0, words = 0, k;
    if (!rel->noun || !rel->cameo ||
        !((t1 == t0 + 1 && !strcmp(rel->cameo, "057")) ||
          ex_pair_named_venture(st, rel, t0, t1)))
        return 0;
    while (j > 0 && words < 2 && st->toks[j - 1].kind == KG_TOK_WORD &&
           !(st->toks[j - 1].flags & KG_TOKF_CAP) && !ex_mention_at(st, j - 1)) {
        j--;
        words++;
    }
    if (j == 0 || (m = ex_mention_at(st, j - 1)) == NULL || m->ent.is_value ||
        st->toks[j - 1].kind != KG_TOK_WORD)
        return 0;
    /* (a hyphen in a word of the mention, "U.S.-Japan", or, for a
     * two-word second part, "Soviet-West German", in the word before it) */
    for (k = m->t0 > 0 ? m->t0 - 1 : 0; k < j; k++) {
        if (st->toks[k].kind != KG_TOK_WORD)
            continue;
        w = st->doc->text + st->toks[k].start;
        h = memchr(w, '-', st->toks[k].end - st->toks[k].start);
        if (h && h > w && h + 1 < st->doc->text + st->toks[k].end &&
            h[1] >= 'A' && h[1] <= 'Z')
            return 1;
    }
    return 0;
}

/* "British exports to Nigeria exceeded 550 mln stg", "Taiwanese
 * investment in the U.S. is expected to double", "curbs on Japanese
 * exports to the U.S.", "U.S.-Japanese trade": a flow of goods or money
 * named by a noun is a figure of the economy or the thing another act is
 * about, no act a coder files (the verb is one: "will export wheat to
 * Egypt"; stopped, "halted exports to", a reduction read before).  A
 * flow raised is an act ("increasing its trade with Russia", "will raise
 * its investment in Malaysia", 061), as is one investment ("a $1 billion
 * investment in India").  Is the trade noun at token t so raised or
 * single?  Up to four words (articles, possessives, modifiers, a
 * demonym) stand between. */
static int ex_trade_raised(const ex_state *st, size_t t)
{
    static const char *const raise[] = {
        "increase", "increases", "increased", "increasing", "boost",
        "boosts",   "boosted",   "boosting",  "expand",     "expands",
        "expanded", "expanding", "raise",     "raises",     "raised",
        "raising",  "double",    "doubled",   "doubling",   "step",
        "stepped",  "stepping",  "a",         "an",         NULL};
    size_t k = t, words = 0;
    while (k > 0 && words < 4) {
        const ex_tok *w = &st->toks[k - 1];
        if (w->kind == KG_TOK_WORD && ex_pronoun_is(w, raise))
            return 1;
        if (ex_tok_is(st, k - 1, "up") && k >= 2 &&
            ex_pronoun_is(&st->toks[k - 2], raise))
            return 1; /* "stepped up its trade with" */
        if (w->kind != KG_TOK_WORD ||
            !(w->tag == KG_W_DET || w->tag == KG_W_POSS ||
              w->tag == KG_W_NONE || w->mention))
            return 0;
        words++;
        k--;
    }
    return 0;
}

/* Does an act not asserted, whose trigger ends at token e, govern the
 * infinitive at i: "to" right before i, at most 16 tokens after e, with
 * no clause boundary between (";", ":", a subordinator, "but", a speech
 * verb, a quote's edge)? */
static int ex_open_act_governs(const ex_state *st, size_t e, size_t i)
{
    if (i < 1 || e > i || i - e > 16 || !ex_tok_is(st, i - 1, "to"))
        return 0;
    return ex_no_clause_edge(st, e, i);
}

/* Is there no clause boundary among the tokens from e up to the one before
 * i (";", ":", a subordinator, "but", a speech verb, a quote's edge)? */
static int ex_no_clause_edge(const ex_state *st, size_t e, size_t i)
{
    size_t k;
    for (k = e; k + 1 < i; k++)
        if (ex_tok_punct(st, k, ';') || ex_tok_punct(st, k, ':') ||
            st->toks[k].tag == KG_W_SUB || st->toks[k].tag == KG_W_SPEECH ||
            ex_tok_is(st, k, "but") || st->toks[k].quote != st->toks[i].quote)
            return 0;
    return 1;
}

/* A state or its government: entity e coded as its country bare or as
 * the country's GOV ("the Soviet Union", "Moscow", "USDA", "the Japanese
 * government").  As the acting party (t0 its verb's first token, else
 * (size_t)-1), not a demonym before a noun ("Japanese crushers", "Soviet
 * housewife": a people's traders or households; "the Soviets bought" is
 * the people's state); the other party may be one ("Canadian wheat": the
 * seller named by the goods' origin). */
static int ex_state_party(const ex_state *st, const kg_entity *e, size_t t0)
{
    /* ("U.S. exporters will have the opportunity to sell": the trade,
     * not its state) */
    static const char *const traders[] = {
        "exporters", "importers", "traders", "firms",   "companies",
        "buyers",    "sellers",   "dealers", "millers", "crushers",
        "producers", "refiners",  "mills",   "makers",  NULL};
    const ex_mention *m;
    size_t n;
    if (e->is_value || !e->code || !e->country ||
        strncmp(e->code, e->country, strlen(e->country)) != 0)
        return 0;
    n = strlen(e->country);
    if (n != 3 || (e->code[n] && strcmp(e->code + n, "GOV") != 0))
        return 0;
    if (t0 == (size_t)-1)
        return 1;
    m = ex_span_mention(st, e);
    if (m && m->t1 < st->ntoks && ex_pronoun_is(&st->toks[m->t1], traders))
        return 0;
    return !m || m->t1 == t0 || !ex_demonym_adjective(st, m);
}

/* "the Soviet Union bought one mln tonnes of U.S. corn", "France has sold
 * 200,000 tonnes of soft wheat to Tunisia", "USDA has confirmed one mln
 * tonnes of corn sold to the Soviet Union": a purchase or sale (buy,
 * purchase, sell: uncoded trade, prec) between two states or their
 * governments of a farm or energy commodity is economic cooperation
 * (061), as CAMEO's verb dictionary files BUY and PURCHASE; firms'
 * deals, shares, bonds and goods a people's traders buy stay uncoded.
 * The commodity is named within the clause, from two words before the
 * trigger to five after the farther of trigger and object ("bought
 * 51,000 tonnes of U.S. number two yellow soybeans"). */
static int ex_state_commodity_deal(const ex_state *st,
                                   const kg_onto_relation *rel,
                                   const kg_entity *subj,
                                   const kg_entity *obj, size_t t0,
                                   size_t t1)
{
    static const char *const goods[] = {
        "wheat",   "corn",   "grain",   "grains",  "maize",   "barley",
        "rice",    "sorghum", "soybeans", "soybean", "soymeal", "feedgrains",
        "foodgrains", "sugar", "wool",   "cotton",  "beef",    "butter",
        "tea",     "coffee", "cocoa",   "oil",     "crude",   "coal",
        "gas",     "meat",   "bananas", "fruit",   "timber",  "rubber",
        "rapeseed", "sunflowerseed", "palm", "soyoil", "tobacco", NULL};
    static const char *const offers[] = {
        "offer", "offers", "offered", "proposal", "proposed", "plan",
        "plans", "willingness", "deal", "opportunity", "interested",
        NULL};
    size_t a, b, k, n, o;
    if (rel->noun || rel->cameo || !rel->type ||
        strcmp(rel->type, "trade") != 0 ||
        (strcmp(rel->pattern, "buy") != 0 &&
         strcmp(rel->pattern, "purchase") != 0 &&
         strcmp(rel->pattern, "sell") != 0) ||
        !ex_state_party(st, subj, t0) ||
        !ex_state_party(st, obj, (size_t)-1) ||
        !strcmp(subj->country, obj->country) ||
        ex_business_demonym(st, obj))
        return 0;
    /* ("in favour of selling China wheat", "its position on selling
     * wheat to Moscow": a sale as the topic, not done) */
    n = strlen(st->toks[t0].lower);
    if (t0 > 0 && n > 4 && !strcmp(st->toks[t0].lower + n - 3, "ing") &&
        (ex_tok_is(st, t0 - 1, "of") || ex_tok_is(st, t0 - 1, "on") ||
         ex_tok_is(st, t0 - 1, "about")))
        return 0;
    /* ("a U.S. offer last fall to sell the Soviets lower-priced wheat",
     * "a proposal that Japan buy surplus U.S. foodgrains", "studying a
     * plan to buy more coal", "a Soviet willingness to purchase",
     * "walked away from a deal to buy Australian coal", "the opportunity
     * to sell wheat to Moscow", "was interested in purchasing corn": a
     * sale offered, proposed, planned, dealt for or wished, not made) */
    for (k = t0; k-- > 0 && t0 - k <= 8;) {
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_punct(st, k, '.'))
            break;
        if (ex_pronoun_is(&st->toks[k], offers))
            return 0;
    }
    /* (passives name the goods before the object's "by": "one mln
     * tonnes of U.S. Corn had been bought recently by the Soviet
     * Union") */
    o = ex_tok_from(st, obj->start);
    a = o < t0 ? o : t0 >= 2 ? t0 - 2 : 0;
    b = (o > t1 ? o : t1) + 5;
    for (k = a; k < b && k < st->ntoks; k++) {
        if (k >= t0 && (ex_tok_punct(st, k, ';') || ex_tok_punct(st, k, ':') ||
                        ex_tok_punct(st, k, '.')))
            break;
        if (ex_pronoun_is(&st->toks[k], goods))
            return 1;
    }
    return 0;
}

/* Is token j a verb of sending or going ("sent", "deployed", "flew",
 * "arrived", "will visit Washington for talks with Reagan": a visit is a
 * going too)?  Its actor's purpose follows: "France deployed troops to
 * help Mali" (ex_purpose_subject, ex_help_unsupported). */
static int ex_motion_word(ex_state *st, size_t j)
{
    static const char *const motion[] = {
        "send", "dispatch", "deploy", "fly",    "travel", "go",   "head",
        "come", "return",   "arrive", "rush",   "sent",   "flew", "went",
        "came", "arrived",  "travelled", "traveled", "visit", "visiting",
        "visited", NULL};
    const char *c;
    size_t k;
    if (ex_pronoun_is(&st->toks[j], motion))
        return 1;
    for (k = 0; (c = ex_lemma(j, k, st)) != NULL; k++)
        if (ex_in_list("send;dispatch;deploy;fly;travel;go;head;come;"
                       "return;arrive;rush;visit",
                       c))
            return 1;
    return 0;
}

/* "a government program to help farmers", "a 'political gesture' to
 * help George W Bush", "the Energy Act was supposed to help Britain",
 * "UAE to help it resist Israel": the verb "help" (070) after "to",
 * asserted, is a purpose or a complement, and its subject, found by the
 * clause, is mostly a programme, a law or a wrong actor (on the news
 * corpora 39 such events, none right).  It is help given only where the
 * means are named: aid, a loan, credits or support within six words
 * before "to" ("a 100 mln dlr loan to help Brazil", "balance of payments
 * support was given partly to help the government"), or a verb of
 * sending or going within nine words (ex_motion_word: "sent troops to
 * help Iraq", "flew to Baghdad to help"), both inside the clause (no
 * punctuation or subordinator between).  Intended help
 * ("wants to help", "will try to help") keeps its 033; "won a bid to
 * help" is left to the rules of attempts.
 * "to protect" (074) is read the same way ("a memorandum ... to protect
 * investors", "credits to protect West German farmers", "a duty to
 * protect people", "in order to protect it from foreclosure": on the
 * news corpora 8 such events, none right); its means are armed ones
 * (troops, forces, warships within six words before "to") or a verb of
 * sending, and "decision to protect" is the decision's act, done. */
static int ex_help_unsupported(ex_state *st, const kg_onto_relation *rel,
                               size_t t0, const char *modality)
{
    static const char *const means[] = {
        "loan",     "loans",   "credit",     "credits",   "aid",
        "assistance", "grant", "grants",     "money",     "funds",
        "funding",  "financing", "support", NULL};
    static const char *const guards[] = {
        "troops",   "forces",  "force",  "warships", "ships",
        "soldiers", "escorts", "navy",   "decision", "decisions", NULL};
    size_t k;
    int help_v = 0, protect_v;
    /* ("a European missile to help protect U.S. forces", "hired by Canada
     * to help settle a dispute with the U.S.", "provide 300 mln marks to
     * help fight Bolivia's cocaine trade": an act after "to help" is the
     * purpose's too; it is the subject's only after a verb of sending
     * or going, "sends planes to Darfur to help deploy troops") */
    if (!rel->noun && t0 >= 3 && ex_tok_is(st, t0 - 1, "help") &&
        ex_tok_is(st, t0 - 2, "to")) {
        help_v = 1;
        t0--;
    }
    protect_v = !help_v && rel->pattern &&
                strcmp(rel->pattern, "protect") == 0;
    if (rel->noun || !rel->pattern ||
        (!help_v && !protect_v && strcmp(rel->pattern, "help") != 0) ||
        t0 < 2 || !ex_tok_is(st, t0 - 1, "to") || !modality ||
        strcmp(modality, "asserted") != 0 ||
        /* ("won a bid to help": an attempt's act, read by the attempt
         * rules) */
        ex_pronoun_is(&st->toks[t0 - 2], ex_try_nouns))
        return 0;
    for (k = t0 - 1; k-- > 0 && k + 11 > t0;) {
        if ((st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_is(st, k, "-")) ||
            st->toks[k].tag == KG_W_SUB)
            break;
        if (!help_v && k + 8 > t0 &&
            ex_pronoun_is(&st->toks[k], protect_v ? guards : means))
            return 0;
        if (ex_motion_word(st, k))
            return 0;
    }
    return 1;
}

/* "Sudan reverses its decision to expel Oxfam", "called on the US court
 * to overturn its decision to provide Yukos with bankruptcy protection",
 * "his appeal against the decision to extradite him": an act whose
 * decision is reversed, overturned or appealed against is not done (nor
 * to be done).  Is the trigger at t0 right after "decision to", with a
 * verb of undoing at most six words before "decision" in its clause? */
static int ex_decision_undone(ex_state *st, size_t t0)
{
    static const char *const decision[] = {"decision", "decisions", NULL};
    size_t k, j;
    const char *c;
    if (t0 < 4 || !ex_tok_is(st, t0 - 1, "to") ||
        !ex_pronoun_is(&st->toks[t0 - 2], decision))
        return 0;
    for (k = t0 - 2; k-- > 0 && k + 9 > t0;) {
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_is(st, k, "'s") &&
            !ex_tok_is(st, k, "'"))
            return 0;
        for (j = 0; (c = ex_lemma(k, j, st)) != NULL; j++)
            if (ex_in_list("reverse;overturn;rescind;revoke;annul;appeal",
                           c))
                return 1;
    }
    return 0;
}

/* "G8 ministers agreed to instruct the World Bank", "the United States
 * and Britain agreed to adopt common regulations requiring banks",
 * "Nigeria and Guinea agreed to set up a new company": the bare "agree"
 * entry (030) reads the object of the act agreed to as the party agreed
 * with; where that act has no entry of its own, its object is mostly no
 * party (on the news corpora 17 of 24 such events wrong; the right ones,
 * "agreed to reschedule Bolivia's debt", "to escort Kuwaiti tankers",
 * name a party the act's own entry would need).  Is the trigger t0..t1 the
 * bare "agree", with "to" (an adverb aside) and an open-class lower-case
 * word, a verb, before the object? ("agreed to a US request", "to PCGG
 * control" keep the party agreed to.) */
static int ex_agreed_to_act(const ex_state *st, const kg_onto_relation *rel,
                            size_t t1, const kg_entity *obj)
{
    size_t j = t1;
    if (rel->noun || !rel->pattern || strcmp(rel->pattern, "agree") != 0 ||
        obj->is_value)
        return 0;
    if (ex_is_adverb(st, j)) /* ("agreed formally to") */
        j++;
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "to"))
        return 0;
    j++;
    if (!ex_plain_word(st, j))
        return 0;
    return ex_tok_from(st, obj->start) > j;
}

/* "impose 100 pct tariffs on 300 mln dlrs worth of Japanese goods": a
 * sum that is the worth of a country's goods stands for that country's
 * goods, and the act is aimed at the country (as "tariffs on Japanese
 * goods" is).  The coded country after "worth of" (an article aside)
 * right after the value obj, or obj itself. */
static const kg_entity *ex_worth_of(const ex_state *st,
                                    const kg_entity *obj)
{
    const ex_mention *m;
    size_t k;
    if (!obj->is_value || ex_is_date(obj))
        return obj;
    k = ex_tok_from(st, obj->end);
    if (k + 2 >= st->ntoks || !ex_tok_is(st, k, "worth") ||
        !ex_tok_is(st, k + 1, "of"))
        return obj;
    k = ex_after_dets(st, k + 2);
    if (k >= st->ntoks || (m = ex_actor_at(st, k)) == NULL ||
        ex_is_person(&m->ent) || !m->ent.country || !m->ent.code)
        return obj;
    return &m->ent;
}

/* "a test of how open the Japanese market is", "the market is open to
 * foreign firms", "after a lower opening", "remain at odds over opening
 * the closed Japanese markets": a verb entry whose trigger (token t0) is
 * no verb here, an adjective after "how" or a form of "be" or "remain",
 * a noun after an article (a plain word between), or an -ing form after
 * "over" or "about", the topic of a dispute or a talk, not an act. */
/* "Opec nations have increased production to meet global demand and
 * this has helped rebuild US stocks": a pattern's gap ("demand * help")
 * that passes over "and" or "but" with a pronoun subject after it has
 * crossed into the next clause; the words it joined are no one act. */
static int ex_trigger_crosses_clause(const ex_state *st, size_t t0,
                                     size_t t1)
{
    size_t k;
    for (k = t0 + 1; k + 1 < t1 && k + 1 < st->ntoks; k++) {
        if (!ex_tok_is(st, k, "and") && !ex_tok_is(st, k, "but"))
            continue;
        if (ex_pronoun_is(&st->toks[k + 1], ex_clause_pronouns))
            return 1;
        /* ("and this has helped"; "and this ceasefire" joins objects) */
        if ((ex_tok_is(st, k + 1, "this") || ex_tok_is(st, k + 1, "that")) &&
            k + 2 < st->ntoks &&
            (st->toks[k + 2].tag == KG_W_AUX ||
             st->toks[k + 2].tag == KG_W_MODAL))
            return 1;
    }
    return 0;
}

/* "retaliated for last Friday's alleged Iranian missile attack", "an
 * investigation into alleged fraud by a unit of Tenneco": a participle in
 * -ed right after a possessive's "'s", an article ("a", "an", "the", not
 * every determiner: "all called on Greece" is a verb), a possessive
 * pronoun, or a preposition of topic or cause, modifies the noun after
 * it (an adjective); it is no verb of the sentence's subject.  Is the
 * trigger at t0 such a participle? */
static int ex_participle_modifier(const ex_state *st, size_t t0)
{
    static const char *const before[] = {
        "'s",  "a",     "an",  "the",  "its",   "their", "his", "her",
        "our", "into",  "for", "of",   "about", "over",  NULL};
    /* ("a Russian-brokered agreement": the maker in the word is read
     * as the maker, by its own rule) */
    if (t0 == 0 || t0 + 1 >= st->ntoks || !ex_ends_ed(st, t0) ||
        st->toks[t0 + 1].kind != KG_TOK_WORD ||
        strchr(st->toks[t0].lower, '-'))
        return 0;
    return ex_pronoun_is(&st->toks[t0 - 1], before);
}

static int ex_trigger_no_verb(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0)
{
    static const char *const be[] = {"how", "is", "are", "was", "were",
                                     "be", "been", "remain", "remains",
                                     "remained", "more", NULL};
    size_t p;
    if (rel->noun || t0 == 0 || t0 >= st->ntoks)
        return 0;
    if (ex_participle_modifier(st, t0))
        return 1;
    if (ex_tok_is(st, t0, "open"))
        return ex_pronoun_is(&st->toks[t0 - 1], be);
    if (!ex_is_ing(st, t0))
        return 0;
    if (ex_tok_is(st, t0 - 1, "over") || ex_tok_is(st, t0 - 1, "about"))
        return 1;
    if (!ex_tok_is(st, t0, "opening"))
        return 0;
    p = t0 - 1;
    if (p > 0 && st->toks[p].kind == KG_TOK_WORD &&
        st->toks[p].tag == KG_W_NONE && !(st->toks[p].flags & KG_TOKF_CAP))
        p--;
    return st->toks[p].tag == KG_W_DET;
}

/* "would press for bank reform legislation", "called for farm subsidy
 * laws": a demand or an appeal "for" a law, bill, reform or rules asks
 * those who make them, not the ones the law is about; a lower-case
 * sector noun right after the "for" (at most two plain words before the
 * noun of law) is the law's topic, no party.  Is obj, after the
 * trigger's end t1, such a modifier? */
/* "All ATPC members except Zaire and Australia recently agreed to adhere
 * to the quotas", "every member apart from Britain backed the plan": is
 * actor e named after "except" (or "excluding", "apart from", "other
 * than", "save") at the head of its list (other actors, "and", "or" and
 * commas between)?  It is left out of the act (prec24). */
static int ex_excepted(const ex_state *st, const kg_entity *e)
{
    static const char *const except[] = {"except", "excluding", "save",
                                         NULL};
    size_t k, n;
    if (e->is_value || e->start >= e->end)
        return 0;
    k = ex_tok_from(st, e->start);
    for (n = 0; k > 0 && n < 12; n++) {
        const ex_mention *m;
        k--;
        if (ex_pronoun_is(&st->toks[k], except) ||
            (ex_tok_is(st, k, "for") && k > 0 &&
             ex_tok_is(st, k - 1, "except")))
            return 1;
        if (ex_tok_is(st, k, "from") || ex_tok_is(st, k, "than"))
            return k > 0 && (ex_tok_is(st, k - 1, "apart") ||
                             ex_tok_is(st, k - 1, "other"));
        if (ex_tok_is(st, k, "and") || ex_tok_is(st, k, "or") ||
            ex_tok_punct(st, k, ',') || st->toks[k].tag == KG_W_DET)
            continue;
        m = ex_mention_at(st, k);
        if (!m || m->dropped)
            return 0;
        k = m->t0; /* (on to the token before the mention) */
    }
    return 0;
}

/* "blocked under a treaty on legal assistance between the United States
 * and Switzerland", "signed a memorandum on exchange of securities market
 * information", "negotiations on requests for aid": an act named by a
 * noun after an accord's or a negotiation's "on" (or "for", "covering",
 * "concerning"), past up to three plain words, is its topic, not done
 * (prec24).  The accord itself, or the talks, are read elsewhere.  Is
 * rel, its trigger at token t0 (a noun or a gerund after the
 * preposition), such a topic? */
static int ex_accord_topic(const ex_state *st, const kg_onto_relation *rel,
                           size_t t0)
{
    static const char *const accords[] = {
        "agreement", "agreements", "accord",  "accords", "treaty",
        "treaties",  "pact",       "pacts",   "protocol", "memorandum",
        "convention", "talks",     "negotiations", "discussions", NULL};
    static const char *const preps[] = {"on", "for", "covering",
                                        "concerning", NULL};
    size_t k = t0, n;
    if (!rel->cameo)
        return 0;
    for (n = 0; k > 1 && n < 4; n++) {
        const ex_tok *w = &st->toks[--k];
        if (ex_pronoun_is(w, preps))
            return ex_pronoun_is(&st->toks[k - 1], accords);
        if (w->kind != KG_TOK_WORD || (w->flags & KG_TOKF_CAP) ||
            (w->tag != KG_W_NONE && w->tag != KG_W_DET) ||
            ex_mention_at(st, k))
            return 0;
    }
    return 0;
}

static int ex_law_topic(const ex_state *st, const kg_onto_relation *rel,
                        const kg_entity *obj, size_t t1)
{
    static const char *const law[] = {
        "legislation", "law",         "laws",  "bill",  "bills",
        "reform",      "reforms",     "regulation", "regulations",
        "rules",       NULL};
    size_t b, k, n;
    if (!rel->cameo || obj->is_value || !rel->pattern ||
        (strncmp(rel->cameo, "10", 2) != 0 &&
         strncmp(rel->cameo, "02", 2) != 0))
        return 0;
    n = strlen(rel->pattern);
    if (n < 4 || strcmp(rel->pattern + n - 4, " for") != 0)
        return 0;
    b = ex_tok_from(st, obj->start);
    k = ex_tok_from(st, obj->end);
    if (b != t1 || k >= st->ntoks || (st->toks[b].flags & KG_TOKF_CAP))
        return 0;
    for (n = 0; k < st->ntoks && n < 3; k++, n++) {
        if (ex_pronoun_is(&st->toks[k], law))
            return 1;
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].tag != KG_W_NONE ||
            (st->toks[k].flags & KG_TOKF_CAP) || ex_mention_at(st, k))
            return 0;
    }
    return 0;
}

/* "is considering Italian acquisitions", "acknowledged the U.S. trade
 * deficit was persisting": what is weighed or admitted (014, 015) is a
 * topic, and a country's name or nationality that only modifies the
 * topic's noun (a plain lower-case word after it, no actor's) names no
 * party to the act.  (Not what is looked into, 09x: "investigated the
 * Turkish arms sales" names the owner investigated.)  Is obj such a
 * modifier for rel? */
static int ex_topic_modifier(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *obj, size_t t0, size_t t1)
{
    /* (an act of the one named is its own: "will examine the Canadian
     * decision", "considering the U.S. request") */
    static const char *const acts[] = {
        "decision", "decisions", "proposal", "proposals", "request",
        "requests", "offer",     "offers",   "plan",      "plans",
        "move",     "action",    "bid",      NULL};
    size_t k, b;
    const ex_tok *q;
    const char *agent;
    /* (a bare country: "Tokyo's package", a government's, is its own) */
    if (!rel->cameo || obj->is_value || !obj->code ||
        strlen(obj->code) != 3 ||
        (strncmp(rel->cameo, "014", 3) != 0 &&
         strncmp(rel->cameo, "015", 3) != 0))
        return 0;
    /* the one-word verb's direct object ("considered it software
     * piracy", "reprisals against the United States outside the Gulf"
     * are not, nor the target of an act a pattern admits: "admitted its
     * military shot down the Ukrainian airliner"), no possessive ("the
     * Philippines' proposal") */
    b = ex_tok_from(st, obj->start);
    while (b > t1 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    k = ex_tok_from(st, obj->end);
    if (t1 != t0 + 1 || b != t1 || k >= st->ntoks || ex_mention_at(st, k) ||
        !(st->toks[ex_tok_from(st, obj->start)].flags & KG_TOKF_CAP) ||
        obj->end == 0 || st->doc->text[obj->end - 1] == '\'' ||
        ex_tok_is(st, k, "one"))
        return 0;
    q = &st->toks[k];
    /* (not "Palestinian leaders were", an actor's noun) */
    return q->kind == KG_TOK_WORD && q->tag == KG_W_NONE &&
           !(q->flags & KG_TOKF_CAP) && q->lower[0] != '\'' &&
           !ex_is_adverb(st, k) && !ex_match_agent(st, k, &agent) &&
           !ex_pronoun_is(q, acts);
}

/* "this week's semiannual IMF and World Bank meetings", "the
 * International Monetary Fund and World Bank annual meeting": two
 * international bodies named together before a noun of meeting (up to
 * three lower-case words between: "annual", "spring", "interim") name
 * their joint session, where their members meet, not a meeting of the
 * one body with the other.  Is the meeting noun at t0, relating subj
 * and obj, such a session? */
static int ex_bodies_session(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *subj, const kg_entity *obj,
                             size_t t0)
{
    const ex_mention *a, *b;
    size_t j = t0, words = 0;
    if (!rel->noun || !rel->cameo || strncmp(rel->cameo, "04", 2) != 0 ||
        !subj->code || !obj->code || strncmp(subj->code, "IGO", 3) != 0 ||
        strncmp(obj->code, "IGO", 3) != 0)
        return 0;
    while (j > 0 && words < 3 && ex_plain_word(st, j - 1)) {
        j--;
        words++;
    }
    if (j == 0 || (b = ex_mention_at(st, j - 1)) == NULL || b->t1 != j ||
        b->t0 < 2 || !ex_tok_is(st, b->t0 - 1, "and") ||
        (a = ex_mention_at(st, b->t0 - 2)) == NULL || a->t1 != b->t0 - 1 ||
        !a->ent.code || !b->ent.code)
        return 0;
    return (!strcmp(a->ent.code, subj->code) &&
            !strcmp(b->ent.code, obj->code)) ||
           (!strcmp(a->ent.code, obj->code) &&
            !strcmp(b->ent.code, subj->code));
}

/* "Reagan was quoted as telling Prime Minister Jacques Chirac after the
 * visiting French official expressed concern": a guest "visiting" (t0)
 * names is hosted by someone of another country; the nearest actor of
 * the guest's own country is no host (ex_emit_guest_visit asks the same
 * of the guest's visit). */
static int ex_home_guest(const ex_state *st, const kg_onto_relation *rel,
                         const kg_entity *subj, const kg_entity *obj,
                         size_t t0)
{
    return rel->cameo && !strcmp(rel->cameo, "043") && t0 < st->ntoks &&
           ex_tok_is(st, t0, "visiting") && !subj->is_value &&
           !obj->is_value && subj->country && obj->country &&
           !strcmp(subj->country, obj->country);
}

/* "India and Pakistan failed to reach agreement on quotas", "wheat
 * negotiators failed to conclude an agreement during talks", "have still
 * not been able to reach a deal": an agreement (057) the parties failed
 * or were unable to reach was negotiated all the same (046, as the
 * real-news set codes it), where "did not sign" and "refused to sign"
 * stay an accord not made; so is a matter they failed to agree on.  Is
 * the trigger at tokens t0 to t1 such an infinitive? */
static size_t ex_agree_when(const ex_state *st, size_t j);
static int ex_failed_to_agree(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0, size_t t1)
{
    static const char *const failed[] = {"failed", "fail", "fails",
                                         "failing", "unable", "able", NULL};
    size_t on;
    if (!rel->cameo || rel->noun || t0 < 2 || !ex_tok_is(st, t0 - 1, "to"))
        return 0;
    /* (or bare "agree" on a matter: "failed to agree on the price") */
    if (strcmp(rel->cameo, "057") != 0 &&
        !(!strcmp(rel->pattern, "agree") &&
          (on = ex_agree_when(st, t1)) < st->ntoks &&
          (ex_tok_is(st, on, "on") || ex_tok_is(st, on, "upon"))))
        return 0;
    return ex_pronoun_is(&st->toks[t0 - 2], failed) &&
           (!ex_tok_is(st, t0 - 2, "able") ||
            (t0 >= 3 && (st->toks[t0 - 3].tag == KG_W_NEG ||
                         ex_tok_is(st, t0 - 3, "been"))));
}

/* "the Pakistani president met Blair at 10 Downing Street, on his first
 * official visit to London", "a two-day visit to Nairobi" by a Ugandan
 * read as the Kenyan leader's: a visit (042, or one announced) whose
 * visitor has the very code of the place visited is a visitor misread
 * (no actor visits itself); it stays in the graph with no event, and
 * so does a visitor's travel at home (ex_home_visit: "visits
 * Manchester", GBRPTY -> GBR).  This one also holds for user .verbs
 * entries' relations and for bodies and persons as the place. */
static int ex_self_visit(const kg_onto_relation *rel, const kg_entity *subj,
                         const kg_entity *obj)
{
    return rel->cameo && !strcmp(rel->cameo, "042") && !rel->user &&
           !subj->is_value && !obj->is_value && subj->code && obj->code &&
           *subj->code && !strcmp(subj->code, obj->code);
}

/* The guest's visit (042) to the host's country, the host's words
 * standing for it (ex_emit_guest_visit, ex_guest_subject_visit); nothing
 * when the host's country is not known. */
int ex_emit_visit_to(ex_state *st, const kg_sentence *s, size_t idx,
                     const kg_entity *guest, const kg_entity *host,
                     size_t t0, size_t t1, int negated, const char *modality,
                     const kg_entity *speaker, double conf, ex_emitted *seen,
                     size_t *nseen, kg_relation_cb cb, void *payload)
{
    static const kg_onto_relation visit = {
        .pattern = "visit", .type = "visit", .label = "visits",
        .cameo = "042", .plover = "CONSULT", .quad = 1};
    const kg_onto_entity *oe;
    kg_entity *place;
    if (!host->country || !(oe = ex_country_of(st, host->country)) ||
        !oe->code)
        return KG_OK;
    place = kg_arena_alloc(&st->arena, sizeof(*place));
    if (!place)
        return KG_ENOMEM;
    *place = *host; /* (the host's words stand for the country) */
    ex_as_country(place, oe);
    return ex_emit(st, s, idx, guest, place, &visit, t0, t1, negated,
                   modality, speaker, conf, seen, nseen, cb, payload);
}

/* "Meanwhile, visiting British Corporate Affairs Minister Michael
 * Howard told Japan to resolve", "A visiting U.S. official urged Japan":
 * a guest "visiting" names as the subject, speaking to, asking of or
 * meeting (01-05, 10) the one he addresses, is visiting that one's
 * country (042), as the guest hosted is (ex_emit_guest_visit); not an
 * act done to a third (criticism, force), nor one only intended.
 * "visiting" opens the sentence or the clause (after a comma, an
 * article or "meanwhile"); the guest's title may stand between it and
 * the name. */
static int ex_guest_subject_visit(ex_state *st, const kg_sentence *s,
                                  size_t idx, const kg_entity *subj,
                                  const kg_entity *obj, const char *cameo,
                                  const kg_onto_relation *rel, size_t t0,
                                  size_t t1, int negated, const char *modality,
                                  const kg_entity *speaker, double conf,
                                  ex_emitted *seen, size_t *nseen,
                                  kg_relation_cb cb, void *payload)
{
    size_t g, n;
    if (!cameo || negated || rel->noun || rel->user ||
        strcmp(modality, "asserted") != 0 ||
        !((cameo[0] == '0' && cameo[1] >= '1' && cameo[1] <= '5') ||
          !strncmp(cameo, "10", 2)) ||
        !strncmp(cameo, "042", 3) || !strncmp(cameo, "043", 3) ||
        subj->is_value || obj->is_value || !subj->code || !subj->country ||
        !obj->country || !strcmp(subj->country, obj->country))
        return KG_OK;
    g = ex_tok_from(st, subj->start);
    /* (back over the title: "visiting U.S. Agriculture secretary
     * Richard Lyng", words and the dots of "U.S." only) */
    for (n = 0; g > 0 && n < 8 && !ex_tok_is(st, g - 1, "visiting") &&
                ((st->toks[g - 1].kind == KG_TOK_WORD &&
                  (st->toks[g - 1].tag == KG_W_NONE ||
                   ex_tok_is(st, g - 1, "of"))) ||
                 ex_tok_is(st, g - 1, "."));
         n++)
        g--;
    if (g == 0 || !ex_tok_is(st, g - 1, "visiting") ||
        !(g == 1 || st->toks[g - 2].kind != KG_TOK_WORD ||
          st->toks[g - 2].tag == KG_W_DET ||
          ex_tok_is(st, g - 2, "meanwhile")))
        return KG_OK;
    return ex_emit_visit_to(st, s, idx, subj, obj, t0, t1, 0, modality,
                            speaker, conf, seen, nseen, cb, payload);
}

/* "Rha told Reuters in an interview the trade mission is looking for
 * purchases", "Nogales told Reuters the negotiations had been
 * successful": the news medium told, a hearer, is no actor of the clause
 * reported after it (nor of an act before the trigger at t0 that it
 * stands after). */
static int ex_told_medium(const ex_state *st, const kg_entity *subj,
                          size_t t0)
{
    size_t b;
    if (!subj->code || strcmp(subj->code, "MED") != 0 || subj->is_value)
        return 0;
    b = ex_tok_from(st, subj->start);
    return b > 0 && b < t0 && ex_tok_is(st, b - 1, "told");
}

/* -ing words of going somewhere, after "barred ... from" (ex_emit) */
static const char *const ex_moving[] = {"returning", "entering", "leaving",
                                        "reaching",  "crossing", "approaching",
                                        "going",     NULL};

/* "Talking to journalists before the meeting, the minister declined to
 * say", "Kaczurba was talking to Reuters about the sanctions", "attending
 * the press conference": the news media met or talked to are the
 * audience of a statement, no party the actor consults (04x but visits
 * and hosting).  "declined to comment on press reports that the bank
 * would raise its rates", "refusing to comment, he said in an interview
 * with CNN": the press whose report is not commented on, or who asks, is
 * no target of the comment withheld (011): that is whom the report is
 * about, when it names one. */
static int ex_press_audience(const kg_entity *obj,
                             const kg_onto_relation *rel)
{
    size_t n;
    if (!obj->code || !rel->cameo ||
        (strncmp(rel->cameo, "04", 2) != 0 && strcmp(rel->cameo, "011") != 0) ||
        /* (journalists who visit, or are hosted, do so: "told visiting
         * Syrian journalists", 043) */
        !strncmp(rel->cameo, "042", 3) || !strncmp(rel->cameo, "043", 3))
        return 0;
    n = strlen(obj->code);
    return n >= 3 && !strcmp(obj->code + n - 3, "MED");
}

/* "declined to say whether the February 22 Paris accord included secret
 * agreements", "would not comment on the Louvre accord": a city that
 * names an accord (ex_named_accord) is no party of an act on it, whatever
 * pattern took it as the object. */
static int ex_accord_city(const ex_state *st, const kg_entity *obj)
{
    size_t b;
    const ex_mention *m;
    if (obj->is_value)
        return 0;
    b = ex_tok_from(st, obj->start);
    return b < st->ntoks && (m = ex_mention_at(st, b)) != NULL &&
           m->t0 == b && !m->dropped && ex_named_accord(st, m);
}

/* Is obj a person who holds a state's civil office or stands for one (a
 * government, legislature, court or opposition figure: "Afghan leader
 * Hamid Karzai", AFGGOV), whose killing would be political? */
static int ex_leader_victim(const kg_entity *obj)
{
    static const char *const offices[] = {"GOV", "LEG", "JUD", "OPP", NULL};
    size_t k;
    if (obj->is_value || !ex_is_person(obj) || !obj->code)
        return 0;
    for (k = 0; offices[k]; k++)
        if (strstr(obj->code, offices[k]))
            return 1;
    return 0;
}

/* "Tuesday's meeting on Palestinian reform is being hosted by Tony
 * Blair": an actor named after "on" or "about" that follows a noun of
 * meeting (perhaps past an article) is what the meeting is about, no
 * guest, host or party to a meeting (04).  Is e, a party of rel, such a
 * topic? */
static int ex_meeting_topic(const ex_state *st, const kg_onto_relation *rel,
                            const kg_entity *e)
{
    static const char *const meetings[] = {
        "meeting", "meetings", "talks",   "conference", "conferences",
        "summit",  "summits",  "session", "discussions", NULL};
    size_t b;
    if (!rel->cameo || strncmp(rel->cameo, "04", 2) != 0 || e->is_value)
        return 0;
    b = ex_tok_from(st, e->start);
    if (b >= st->ntoks || b < 2)
        return 0;
    if (st->toks[b - 1].tag == KG_W_DET && b >= 3)
        b--;
    return (ex_tok_is(st, b - 1, "on") || ex_tok_is(st, b - 1, "about")) &&
           ex_pronoun_is(&st->toks[b - 2], meetings);
}

/* "Turkey, which occupies northern Cyprus, had insisted": occupation
 * told in the simple present ("occupies"; "occupy" right after "which",
 * "who" or "that") is a standing state the sentence describes its actor
 * by, no act of the day (an act is told "occupied", "have occupied",
 * "are occupying"). */
static int ex_standing_occupation(const ex_state *st,
                                  const kg_onto_relation *rel, size_t t0)
{
    if (!rel->cameo || strcmp(rel->cameo, "192") != 0 || t0 >= st->ntoks)
        return 0;
    if (ex_tok_is(st, t0, "occupies"))
        return 1;
    return ex_tok_is(st, t0, "occupy") && t0 > 0 &&
           (ex_tok_is(st, t0 - 1, "which") || ex_tok_is(st, t0 - 1, "who") ||
            ex_tok_is(st, t0 - 1, "that"));
}

/* "Mr Kennedy used his TV appearance to defend his party's plans",
 * "Milburn has defended his party's campaign posters amid Tory claims":
 * a verbal defence (052) of what a possessive pronoun gives the actor
 * ("his", "its own") and named by a common noun ("party", "army") is
 * the actor's defence of its own side, no event between two actors (the
 * claims it answers are the event). */
static int ex_own_side_defended(const ex_state *st,
                                const kg_onto_relation *rel,
                                const kg_entity *obj)
{
    size_t b;
    if (obj->is_value || !rel->cameo || strcmp(rel->cameo, "052") != 0)
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b >= st->ntoks || b == 0)
        return 0;
    /* (a name after the pronoun is another party: "defended his
     * Turkish counterpart") */
    if (st->toks[b].flags & KG_TOKF_CAP)
        return 0;
    if (ex_tok_is(st, b - 1, "own") && b >= 2)
        b--;
    return ex_pronoun_is(&st->toks[b - 1], ex_third_possessives);
}

/* "Some lawmakers have proposed Canada's share of the market be limited",
 * "the minister will propose that all banks be treated alike", "Tokyo
 * wants two foreign firms to be named members": an actor after a verb of
 * proposing or wanting whose clause goes on in the passive ("be" or "to
 * be" and a participle) is acted on in the act asked for, no addressee
 * of an appeal (02): the proposal is made to whoever would do the act
 * ("proposed that Ukraine pull out" and "wants Washington to take a
 * lead" keep their target).  Is obj, the target of rel at t0, such a
 * third party? */
static int ex_passive_clause_party(const ex_state *st,
                                   const kg_onto_relation *rel,
                                   const kg_entity *obj, size_t t0)
{
    static const char *const verbs[] = {
        "propose",   "proposes",  "proposed",   "proposing", "suggest",
        "suggests",  "suggested", "suggesting", "recommend", "recommends",
        "recommended", "recommending", "want", "wants", "wanted", "wanting",
        "wish",      "wishes",    "wished",     NULL};
    static const char *const stops[] = {"that", "which", "who", NULL};
    size_t b, k, end;
    if (!rel->cameo || strncmp(rel->cameo, "02", 2) != 0 || rel->noun ||
        obj->is_value || t0 >= st->ntoks ||
        !ex_pronoun_is(&st->toks[t0], verbs))
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b <= t0 || b >= st->ntoks || b > t0 + 4)
        return 0;
    /* (the clause's first "be", within a dozen words of its actor,
     * before a comma or a relative clause: "all companies and building
     * societies be treated") */
    end = b + 12 < st->ntoks ? b + 12 : st->ntoks;
    for (k = b + 1; k + 1 < end; k++) {
        if (st->toks[k].kind != KG_TOK_WORD)
            return 0;
        if (ex_tok_is(st, k, "be"))
            break;
        if (ex_pronoun_is(&st->toks[k], stops))
            return 0;
    }
    if (k + 1 >= end || !ex_tok_is(st, k, "be"))
        return 0;
    return ex_participle_form(st, k + 1) && !ex_ends_ing(st, k + 1);
}

/* "credits to protect West German farmers from a payments freeze",
 * "journalists are protected by the American constitution": farmers,
 * firms, workers and the press protected are shielded by money or law,
 * not given military protection (074): the relation stays, uncoded. */
static int ex_sector_shielded(const kg_onto_relation *rel,
                              const kg_entity *obj)
{
    return rel->cameo && !strcmp(rel->cameo, "074") && !obj->is_value &&
           obj->code &&
           (ex_code_ends(obj->code, "AGR") || ex_code_ends(obj->code, "BUS") ||
            ex_code_ends(obj->code, "LAB") || ex_code_ends(obj->code, "MED"));
}

/* Is rel an outlook, optimism (013) or pessimism (012): a statement
 * about another actor only ("the OPEC president was confident OPEC
 * would hold" names his own side, no one else; see ex_emit). */
static int ex_outlook(const kg_onto_relation *rel)
{
    return rel->cameo &&
           (!strcmp(rel->cameo, "012") || !strcmp(rel->cameo, "013"));
}

/* "Iran is seeking concessions from the kingdom on the Iraq issue": an
 * actor named past a preposition of topic ("on", "over", "about") after
 * the "from" of a request (02) is what the request is about, no
 * addressee, who stands after "from" ("sought help from Iraq on Monday":
 * a date phrase is skipped; "called on the US" has no "from").  Is obj,
 * the target of rel at [t0, t1), such a topic? */
static int ex_appeal_topic(const ex_state *st, const kg_onto_relation *rel,
                           const kg_entity *obj, size_t t0)
{
    static const char *const topic[] = {"on", "over", "about", NULL};
    size_t b, k, w;
    int from = 0;
    if (!rel->cameo || strncmp(rel->cameo, "02", 2) != 0 || obj->is_value)
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b >= st->ntoks || b <= t0)
        return 0;
    for (k = t0 + 1; k < b; k++) {
        if ((w = ex_when_phrase(st, k)) > k) {
            k = w - 1;
            continue;
        }
        if (ex_tok_is(st, k, "from"))
            from = 1;
        else if (from && ex_pronoun_is(&st->toks[k], topic))
            return 1;
    }
    return 0;
}

/* "Government already plays a critical role in helping citizens trade
 * online", "the World Bank has a role to play in helping Brazil": an act
 * (an -ing form at t0) after "role in" or "roles in" that a present
 * "plays" or "play", or "a role (or part) to play", gives is a standing
 * capacity, no act done ("Israel played a key role in brokering the
 * truce", in the past, did broker).  Up to three words (an article,
 * adjectives) stand between the verb and "role". */
static int ex_role_in(const ex_state *st, size_t t0)
{
    size_t r, k;
    if (t0 < 3 || t0 >= st->ntoks || !ex_is_ing(st, t0) ||
        !ex_tok_is(st, t0 - 1, "in"))
        return 0;
    r = t0 - 2;
    /* ("a role to play in helping") */
    if (r >= 2 && ex_tok_is(st, r, "play") && ex_tok_is(st, r - 1, "to") &&
        (ex_tok_is(st, r - 2, "role") || ex_tok_is(st, r - 2, "part")))
        return 1;
    if (!ex_tok_is(st, r, "role") && !ex_tok_is(st, r, "roles"))
        return 0;
    for (k = r; k-- > 0 && r - k <= 4;)
        if (ex_tok_is(st, k, "plays") || ex_tok_is(st, k, "play"))
            return 1;
    return 0;
}

/* "The U.S. has more than 12 pct of the total votes, insufficient to
 * block a Moscow membership bid", "enough votes to override the veto",
 * "too weak to resist": an act one has (or lacks) the means for is a
 * capacity, not an act done (ex_capacity_only: the trigger after "to"
 * and "insufficient", "sufficient" or "enough", perhaps and a plain word,
 * or "too" and a plain word). */
static int ex_capacity_only(const ex_state *st, size_t t0)
{
    static const char *const means[] = {"insufficient", "sufficient",
                                        "enough", NULL};
    if (ex_role_in(st, t0))
        return 1;
    if (t0 < 2 || t0 >= st->ntoks || !ex_tok_is(st, t0 - 1, "to"))
        return 0;
    return ex_pronoun_is(&st->toks[t0 - 2], means) ||
           (t0 >= 3 && st->toks[t0 - 2].kind == KG_TOK_WORD &&
            st->toks[t0 - 2].tag == KG_W_NONE &&
            (ex_tok_is(st, t0 - 3, "too") ||
             ex_pronoun_is(&st->toks[t0 - 3], means)));
}

/* "secured a similar deal to one between Iran and China", "signed an
 * accord like the one between Iran and China": parties named after "one
 * between" or "that between" (a word standing for the noun before it)
 * are those of another accord or relation named for comparison, no act
 * of theirs told here (ex_compared_pair).  Is the party entity e such a
 * party? */
static int ex_compared_party(const ex_state *st, const kg_entity *e)
{
    static const char *const stand[] = {"one", "ones", "that", "those",
                                        NULL};
    size_t b;
    if (e->is_value)
        return 0;
    b = ex_tok_from(st, e->start);
    return b >= 2 && b < st->ntoks && ex_tok_is(st, b - 1, "between") &&
           ex_pronoun_is(&st->toks[b - 2], stand);
}

static int ex_compared_pair(const ex_state *st, const kg_onto_relation *rel,
                            const kg_entity *subj, const kg_entity *obj)
{
    return rel->noun && (ex_compared_party(st, subj) ||
                         ex_compared_party(st, obj));
}

/* Is token k a word of a place held by armed rebels, "rebel-held",
 * "insurgent-held" (one token, or the three of "rebel - held")?  Where
 * the phrase ends (the token after it), else 0. */
static size_t ex_rebel_held_at(const ex_state *st, size_t k)
{
    static const char *const rebels[] = {
        "rebel", "insurgent", "militant", "guerrilla", "guerilla",
        "separatist", "militia", "taliban", NULL};
    const char *w = st->toks[k].lower;
    size_t n = strlen(w), j;
    for (j = 0; rebels[j]; j++) {
        size_t r = strlen(rebels[j]);
        if (n == r + 5 && !strncmp(w, rebels[j], r) &&
            !strcmp(w + r, "-held"))
            return k + 1;
    }
    if (k + 2 < st->ntoks && ex_pronoun_is(&st->toks[k], rebels) &&
        ex_tok_punct(st, k + 1, '-') && ex_tok_is(st, k + 2, "held"))
        return k + 3;
    return 0;
}

/* "US and Iraqi troops stormed insurgent-held police stations", "Warplanes
 * pounded rebel-held towns in northern Ivory Coast": force (roots 18-20)
 * used on what rebels hold is used on the rebels, the country's REB
 * (the object's country), when "rebel-held" or the like stands between
 * the trigger and the object, up to eight words with no punctuation; a
 * town named after "of" ("the rebel-held city of Fallujah") is the
 * town's country's, as the code book codes it.  A copy in *out, or obj
 * itself. */
static const kg_entity *ex_rebel_held(ex_state *st,
                                      const kg_onto_relation *rel,
                                      const kg_entity *obj, size_t t1,
                                      kg_entity *out)
{
    static const char *const towns[] = {"city", "town", "village",
                                        "capital", "port", NULL};
    const kg_onto_entity *c;
    char id[32];
    size_t b, k;
    if (!rel->cameo || obj->is_value || !obj->country ||
        (strncmp(rel->cameo, "18", 2) && strncmp(rel->cameo, "19", 2) &&
         strncmp(rel->cameo, "20", 2)) ||
        (obj->code && strlen(obj->code) >= 6 &&
         !strcmp(obj->code + strlen(obj->code) - 3, "REB")) ||
        !(c = ex_country_of(st, obj->country)))
        return obj;
    b = ex_tok_from(st, obj->start);
    if (b >= st->ntoks || b < t1 || b > t1 + 8)
        return obj;
    /* ("the rebel-held town of Khan Sheikhoun": the town named, the
     * place's country; "rebel-held areas of Idlib" are the rebels') */
    if (b >= 2 && ex_tok_is(st, b - 1, "of") &&
        ex_pronoun_is(&st->toks[b - 2], towns))
        return obj;
    for (k = t1; k < b; k++) {
        if (ex_rebel_held_at(st, k)) {
            *out = *obj;
            snprintf(id, sizeof(id), "%s_REB", c->id);
            out->id = ex_strndup(st, id, strlen(id));
            out->code = ex_concat(st, c->id, "REB");
            out->country = c->id;
            out->type = "Group";
            return out->id && out->code ? out : obj;
        }
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_punct(st, k, '-'))
            return obj;
    }
    return obj;
}

/* "Eritrean deportees hijacked a plane ... before surrendering to
 * security forces", "Jenkins left his Tokyo hospital ... to surrender to
 * military authorities": a military surrender (0874) is a fighting side's
 * or a state's; a subject of an unarmed sector (civilians, a hospital, a
 * firm, the press, workers, farmers, refugees, aid groups, schools,
 * courts) or a country named only by the demonym of an uncoded crowd
 * ("Eritrean deportees": a country's adjective before a lower-case noun)
 * surrenders no force (ex_unarmed_surrender).  "Iraq surrendered",
 * "the rebels surrendered to the army" keep it. */
static int ex_unarmed_surrender(const ex_state *st,
                                const kg_onto_relation *rel,
                                const kg_entity *subj)
{
    static const char *const unarmed[] = {
        "CVL", "HLH", "BUS", "MED", "LAB", "AGR", "REF", "NGO", "EDU",
        "JUD", "ELI", "REL", NULL};
    const char *c = subj->code;
    size_t b;
    const ex_mention *m;
    if (!rel->cameo || strcmp(rel->cameo, "0874") != 0 || subj->is_value ||
        !c)
        return 0;
    if (strlen(c) >= 6 && ex_word_among(c + strlen(c) - 3, unarmed))
        return 1;
    if (!subj->type || strcmp(subj->type, "Country") != 0 || !subj->text ||
        !subj->label || !strcmp(subj->text, subj->label))
        return 0;
    b = ex_tok_from(st, subj->start);
    m = b < st->ntoks ? ex_mention_at(st, b) : NULL;
    if (!m || m->t1 >= st->ntoks)
        return 0;
    return ex_plain_word(st, m->t1);
}

/* Is holder the subject itself or, for a state, one of its own state
 * bodies ("Israel" and "its army": ISR, ISRMIL)? */
static int ex_own_holder(const kg_entity *subj, const kg_entity *holder)
{
    const char *s = subj->code, *h = holder->code;
    if (!s || !h)
        return 0;
    if (!strcmp(s, h))
        return 1;
    return strlen(s) == 3 && !strncmp(s, h, 3) && ex_executive_organ(h);
}

/* "A police unit freed two women who were held hostage by armed men",
 * "Insurgents attacked two police stations, killing 20 people and freeing
 * dozens of prisoners": a release (0841) is the holder's act; those freed
 * whom others held (a "held ... by" within twelve words after the
 * trigger) or freed in the course of an attack (the trigger a participle
 * after an attack or a killing in the sentence) are rescued or broken
 * out, no release by the subject.  "The rebels freed two soldiers they
 * had held" and those held by the subject's own country's forces keep
 * it. */
static int ex_rescue_no_release(const ex_state *st,
                                const kg_onto_relation *rel,
                                const kg_entity *subj, size_t t0, size_t t1)
{
    static const char *const attack[] = {
        "attack", "attacks", "attacked", "stormed", "raided", "overran",
        "killing", "killed", NULL};
    size_t j, n;
    if (!rel->cameo || strcmp(rel->cameo, "0841") != 0 || rel->noun)
        return 0;
    for (j = t1, n = 0; j < st->ntoks && n < 12; j++, n++) {
        size_t b = j + 1;
        const ex_mention *h;
        if (!ex_tok_is(st, j, "held"))
            continue;
        if (b + 1 < st->ntoks && !ex_tok_is(st, b, "by"))
            b++;
        if (b >= st->ntoks || !ex_tok_is(st, b, "by"))
            continue;
        /* ("Israel freed 400 Palestinians held by its army": the
         * holder's own forces) */
        h = ex_mention_at(st, b + 1);
        if (!h && b + 2 < st->ntoks)
            h = ex_mention_at(st, b + 2);
        return !(h && ex_own_holder(subj, &h->ent));
    }
    if (!ex_tok_is(st, t0, "freeing") && !ex_tok_is(st, t0, "releasing"))
        return 0;
    for (j = 0; j < t0; j++)
        if (ex_pronoun_is(&st->toks[j], attack))
            return 1;
    return 0;
}

/* "He said the administration was concerned that protectionism would
 * hurt trade, adding that the action against the Japanese was fair",
 * "officials are worried that spreads could cause discord, as with the
 * Philippines' protest", "investors worried about a rise in oil prices
 * after U.S. attacks": an actor of a worry or a hope (012 or 013 after an
 * adjective: concerned, worried, confident, optimistic, hopeful) named
 * past a comma or a word that opens another clause or phrase of time
 * (after, before, adding, as, because, while, since, following, despite)
 * is not what the worry is about; "concerned that Japan was not
 * involved", "worried that the market will hamper trade with the EC" and
 * an apposition's ("problems between the two partners, the GCC and the
 * EC") keep it. */
static int ex_worry_far_object(const ex_state *st,
                               const kg_onto_relation *rel,
                               const kg_entity *obj, size_t t1)
{
    static const char *const breaks[] = {
        "after", "before", "adding", "added", "as", "because", "while",
        "since", "following", "despite", NULL};
    size_t b, k;
    if (!rel->cameo || rel->noun || obj->is_value || !rel->type ||
        (strcmp(rel->cameo, "012") != 0 && strcmp(rel->cameo, "013") != 0) ||
        (strcmp(rel->type, "concern") != 0 &&
         strcmp(rel->type, "optimism") != 0) ||
        !rel->pattern || strchr(rel->pattern, '*'))
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b >= st->ntoks || b < t1)
        return 0;
    for (k = t1; k < b; k++) {
        /* (an apposition: "problems between the two big partners, the
         * GCC and the EC, will find a solution") */
        if (ex_tok_punct(st, k, ',') && k + 1 <= b &&
            (k + 1 == b || st->toks[k + 1].tag == KG_W_DET))
            continue;
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
            ex_pronoun_is(&st->toks[k], breaks))
            return 1;
    }
    return 0;
}

/* "arson attacks blamed on Welsh extremists", "a bombing police blamed
 * on the separatist group ETA": an actor after "blamed on" (the
 * blame's articles and describing words between) is whom the act of
 * force (roots 18-20) is laid on, its supposed doer, never its target. */
static int ex_blamed_doer(const ex_state *st, const kg_onto_relation *rel,
                          const kg_entity *obj)
{
    static const char *const blamed[] = {"blamed", "blame", "blames",
                                         "blaming", "pinned", NULL};
    size_t j, words = 0;
    if (!rel->cameo ||
        (strncmp(rel->cameo, "18", 2) && strncmp(rel->cameo, "19", 2) &&
         strncmp(rel->cameo, "20", 2)) ||
        obj->is_value)
        return 0;
    j = ex_tok_from(st, obj->start);
    while (j > 0 && words < 3 &&
           (st->toks[j - 1].tag == KG_W_DET ||
            (st->toks[j - 1].kind == KG_TOK_WORD &&
             st->toks[j - 1].tag == KG_W_NONE &&
             !ex_tok_is(st, j - 1, "on")))) {
        j--;
        words++;
    }
    return j >= 2 && ex_tok_is(st, j - 1, "on") &&
           ex_pronoun_is(&st->toks[j - 2], blamed);
}

/* Is the consideration (014) at [t0, t1) a judgement, no policy option
 * weighed?  "The authorities considered it software piracy", "Baker
 * considered Tokyo's package, announced yesterday, to be a major
 * stimulus": "to be" after the object (within twelve tokens, before
 * "that", "whether", ";" or ":"), or a pronoun object with a word of
 * what it is held to be right after it.  "considering buying
 * missiles", "considering the U.S. request" stay. */
static int ex_considered_judgement(const ex_state *st,
                                   const kg_onto_relation *rel, size_t t0,
                                   size_t t1)
{
    static const char *const objs[] = {"it", "them", "this", "that", "him",
                                       "her", NULL};
    size_t k;
    (void)t0;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "014") != 0 ||
        t1 + 1 >= st->ntoks)
        return 0;
    if (ex_pronoun_is(&st->toks[t1], objs) &&
        (st->toks[t1 + 1].tag == KG_W_DET || ex_plain_word(st, t1 + 1)) &&
        !ex_tok_is(st, t1 + 1, "to"))
        return 1;
    for (k = t1; k + 1 < st->ntoks && k < t1 + 12; k++) {
        if (ex_tok_punct(st, k, ';') || ex_tok_punct(st, k, ':') ||
            ex_tok_is(st, k, "that") || ex_tok_is(st, k, "whether"))
            return 0;
        if (ex_tok_is(st, k, "to") && ex_tok_is(st, k + 1, "be"))
            return 1;
    }
    return 0;
}

/* Is the sanction or ban noun (16-17) at [t0, t1) named as what is
 * lifted, not imposed?  "Moves to lift the European Union's ban on arms
 * exports to Syria", "an end to the embargo", "the lifting of the
 * sanctions" (a lifting word before the noun phrase: articles, names,
 * owners and plain words between), "The embargo on arms sales to Syria
 * is likely to be lifted", "The US ban on trade with Tripoli - imposed in
 * 1996 - was suspended in April" (a form of "be" and a lifting
 * participle after it in its clause, a span between dashes skipped).
 * The lifting is coded on its own (085 and the like) where a rule reads
 * it; the sanction it ends is no new one. */
static int ex_sanction_lifted(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0, size_t t1)
{
    static const char *const lift[] = {
        "lift",     "lifts",     "lifting",  "lifted",   "end",
        "ends",     "ending",    "ended",    "ease",     "eases",
        "easing",   "eased",     "suspend",  "suspends", "suspending",
        "scrap",    "scraps",    "scrapping", "remove",  "removes",
        "removing", "removal",   "repeal",   "repeals",  "repealing",
        "relax",    "relaxes",   "relaxing", "suspension", "rescind",
        "rescinding", "waive",   "waiving",  NULL};
    static const char *const lifted[] = {
        "lifted",  "suspended", "ended",   "eased",  "scrapped", "removed",
        "repealed", "relaxed",  "rescinded", "waived", "dropped", NULL};
    static const char *const be[] = {"be",  "been", "being", "is",
                                     "was", "are",  "were",  NULL};
    size_t j = t0, n = 0, k;
    const ex_mention *own;
    if (!rel->cameo || t0 == 0 || (strncmp(rel->cameo, "16", 2) != 0 &&
                                   strncmp(rel->cameo, "17", 2) != 0))
        return 0;
    /* (a verb entry read on a noun: "The US ban on trade", after an
     * article, an owner or a name) */
    own = ex_mention_at(st, t0 - 1);
    if (!rel->noun && st->toks[t0 - 1].tag != KG_W_DET &&
        st->toks[t0 - 1].tag != KG_W_POSS && !(own && own->t1 == t0))
        return 0;
    while (j > 0 && n < 8) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        if (ex_pronoun_is(&st->toks[j - 1], lift))
            return 1;
        if (j >= 2 && (ex_tok_is(st, j - 1, "to") ||
                       ex_tok_is(st, j - 1, "of")) &&
            ex_pronoun_is(&st->toks[j - 2], lift))
            return 1;
        if (m && m->t1 == j && m->t0 < j)
            j = m->t0;
        else if (ex_phrase_filler(st, j - 1) || ex_tok_is(st, j - 1, "'s") ||
                 ex_tok_is(st, j - 1, "\xe2\x80\x99s"))
            j--;
        else
            break;
        n++;
    }
    for (k = t1, n = 0; k < st->ntoks && n < 16; k++, n++) {
        if (ex_tok_punct(st, k, '-') || ex_tok_is(st, k, "\xe2\x80\x93") ||
            ex_tok_is(st, k, "\xe2\x80\x94")) {
            size_t d = k + 1;
            while (d < st->ntoks && d < k + 30 && !ex_tok_punct(st, d, '-') &&
                   !ex_tok_is(st, d, "\xe2\x80\x93") &&
                   !ex_tok_is(st, d, "\xe2\x80\x94"))
                d++;
            if (d >= st->ntoks || d >= k + 30)
                return 0;
            k = d;
            continue;
        }
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
            ex_tok_punct(st, k, ':') || ex_tok_is(st, k, "that") ||
            ex_tok_is(st, k, "which"))
            return 0;
        if (k > t1 && ex_pronoun_is(&st->toks[k], lifted) &&
            ex_pronoun_is(&st->toks[k - 1], be))
            return 1;
    }
    return 0;
}

/* "The Reagan administration recently proposed tariffs on Japanese
 * electronic goods": the bare "propose" (020) asks its addressee, named
 * right after it ("proposed Canada join") or after "to" ("proposed to
 * Baker that"), or the subject of a "that" clause; an actor named inside
 * the thing proposed (past a plain word: "tariffs on Japanese goods",
 * "a plan for Iraq") is no one asked.  Is obj, the target of rel whose
 * words end at t1, such an actor? */
static int ex_proposed_thing(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *obj, size_t t1)
{
    size_t b, k;
    if (rel->noun || !rel->pattern || strcmp(rel->pattern, "propose") != 0 ||
        obj->is_value)
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b >= st->ntoks || b <= t1)
        return 0;
    while (b > t1 && (st->toks[b - 1].tag == KG_W_DET ||
                      st->toks[b - 1].tag == KG_W_POSS))
        b--;
    if (b == t1)
        return 0;
    for (k = t1; k < b; k++)
        if (ex_tok_is(st, k, "to") || ex_tok_is(st, k, "that") ||
            st->toks[k].kind != KG_TOK_WORD)
            return 0;
    return 1;
}

/* "overhauled state firms in line with a package agreed with the IMF",
 * "part of a restructuring agreed with the Paris club": "agreed" right
 * after a common noun is a participle that says what was agreed (a
 * reduced relative clause), no accord of the clause's subject (019). */
static int ex_agreed_participle(const ex_state *st, const kg_onto_relation *rel,
                                size_t t0)
{
    const ex_tok *w;
    if (!rel->cameo || strcmp(rel->cameo, "019") != 0 || rel->noun ||
        t0 == 0 || !ex_tok_is(st, t0, "agreed"))
        return 0;
    w = &st->toks[t0 - 1];
    return ex_plain_word(st, t0 - 1) && !w->mention && !w->trigger;
}

/* "will not accept legislation that would hurt American farmers",
 * "rejected a plan which gives Iraq more time": the verb's object is
 * the thing named first after it (a plain noun), and the relative
 * clause that follows it ("that" or "which" right before its own verb:
 * a modal, an auxiliary or a word ending in -s or -ed) tells what the
 * thing does; an actor inside that clause is no object of the verb.
 * Not a clause that opens with its own subject ("told reporters that
 * Iraq would", a clause of what is said). */
static int ex_object_in_thing_relative(const ex_state *st,
                                       const kg_onto_relation *rel,
                                       const kg_entity *obj, size_t t1)
{
    size_t o, k;
    const ex_tok *v;
    if (!rel->cameo || rel->noun || obj->is_value || t1 >= st->ntoks)
        return 0;
    o = ex_tok_from(st, obj->start);
    if (o <= t1 + 2 || o > t1 + 14)
        return 0;
    /* (the noun right after the verb, past articles and one adjective) */
    k = ex_after_dets(st, t1);
    if (k + 1 < o && ex_plain_word(st, k) && !st->toks[k].mention &&
        !(ex_tok_is(st, k + 1, "that") || ex_tok_is(st, k + 1, "which")))
        k++;
    if (k + 2 >= o || !ex_plain_word(st, k) || st->toks[k].mention ||
        st->toks[k].trigger ||
        !(ex_tok_is(st, k + 1, "that") || ex_tok_is(st, k + 1, "which")))
        return 0;
    v = &st->toks[k + 2];
    return v->tag == KG_W_MODAL || v->tag == KG_W_FUTURE ||
           v->tag == KG_W_AUX || ex_ends_ed(st, k + 2) ||
           (v->kind == KG_TOK_WORD && v->tag == KG_W_NONE && !v->mention &&
            v->lower && strlen(v->lower) > 3 &&
            v->lower[strlen(v->lower) - 1] == 's' &&
            v->lower[strlen(v->lower) - 2] != 's');
}

/* "has pulled out of the U.S. energy futures market", "a share of the
 * Japanese rice market": a country's name or adjective after "the" that
 * opens a noun phrase headed by "market(s)" (up to three plain words
 * between) names a market, where goods are traded, no actor; not a
 * market's own noun after it ("West German money market rates", a
 * figure the state's bank sets) nor "its markets" ("urged Japan to open
 * its markets": Japan is named on its own). */
static int ex_market_object(const ex_state *st, const kg_entity *obj)
{
    static const char *const market[] = {"market", "markets", NULL};
    size_t b, k, n;
    if (obj->is_value || !obj->type ||
        (strcmp(obj->type, "Country") != 0 && strcmp(obj->type, "Place") != 0))
        return 0;
    b = ex_tok_from(st, obj->start);
    if (b == 0 || b >= st->ntoks || !ex_tok_is(st, b - 1, "the"))
        return 0;
    for (k = ex_tok_from(st, obj->end), n = 0; k < st->ntoks && n <= 3;
         k++, n++) {
        if (ex_pronoun_is(&st->toks[k], market))
            return !(k + 1 < st->ntoks && ex_plain_word(st, k + 1) &&
                     !(st->toks[k + 1].flags & KG_TOKF_CAP) &&
                     st->toks[k + 1].tag == KG_W_NONE);
        if (!ex_plain_word(st, k) || st->toks[k].mention ||
            (st->toks[k].flags & KG_TOKF_CAP))
            return 0;
    }
    return 0;
}

/* "We must break the link between arriving in Britain and claiming
 * asylum", "the choice between fighting Iraq and talking to it": an -ing
 * verb right after "between" names an activity in general, one of the
 * two things "between" joins; it has no subject of its own, and the
 * sentence's speaker or subject does not do it. */
static int ex_between_gerund(const ex_state *st, const kg_onto_relation *rel,
                             size_t t0)
{
    size_t k;
    if (!rel->cameo || rel->noun || t0 == 0 || t0 >= st->ntoks ||
        !ex_ends_ing(st, t0))
        return 0;
    if (ex_tok_is(st, t0 - 1, "between"))
        return 1;
    /* (the second of the two: "between arriving in Britain and claiming
     * asylum", past no comma) */
    if (!ex_tok_is(st, t0 - 1, "and"))
        return 0;
    for (k = t0 - 1; k-- > 1 && t0 - k <= 10;) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, k - 1, "between"))
            return ex_ends_ing(st, k);
    }
    return 0;
}

/* "took most of the issue to meet strong demand from pension funds",
 * "imports rice to meet domestic demand": a verb's demand (met, granted,
 * rejected: the lexicon's "meet * demand" and its kin, 08x, 12x) named
 * by a bare singular "demand", with no article, possessive or number
 * before it, is a market's demand for goods, no demand an actor made;
 * "met the demand of the strikers", "rejected Iran's demand", "bowed to
 * their demands" stay. */
static int ex_market_demand(const ex_state *st, const kg_onto_relation *rel,
                            size_t t0, size_t t1)
{
    size_t n, k;
    if (!rel->cameo || !rel->pattern || rel->noun || t1 <= t0 + 1 ||
        t1 > st->ntoks || (n = strlen(rel->pattern)) < 7 ||
        strcmp(rel->pattern + n - 7, " demand") != 0 ||
        !ex_tok_is(st, t1 - 1, "demand"))
        return 0;
    for (k = t0 + 1; k + 1 < t1; k++)
        if (st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag == KG_W_DET || st->toks[k].tag == KG_W_POSS ||
            ex_tok_possessive(st, k) || st->toks[k].mention)
            return 0;
    return 1;
}

/* "said one official, echoing statements by the chancellor", "he was
 * echoed by the deputy minister": accord (019) an actor voices with its
 * own side (the very same code) is one voice, no event between two
 * actors. */
static int ex_accord_with_itself(const kg_onto_relation *rel,
                                 const kg_entity *subj, const kg_entity *obj)
{
    return rel->cameo && !strcmp(rel->cameo, "019") && !obj->is_value &&
           subj->code && obj->code && *subj->code &&
           !strcmp(subj->code, obj->code);
}

/* "a California-based company", "a Texas-based bank", "its operations
 * east of Basra": a town or region (an entity of type Place) joined to
 * "-based" or named after "east of" only says where the subject is; it
 * is no actor.  (A place before other nouns, "Detroit carmakers",
 * "Senator Proxmire of Wisconsin", is left: its country is the
 * subject's.) */
static int ex_place_modifies_subject(const ex_state *st,
                                     const kg_entity *subj, size_t t0)
{
    static const char *const compass[] = {"east",  "west",      "north",
                                          "south", "northeast", "northwest",
                                          "southeast", "southwest", NULL};
    const ex_mention *m;
    size_t b;
    if (subj->is_value || !subj->type || strcmp(subj->type, "Place") != 0)
        return 0;
    b = ex_tok_from(st, subj->start);
    if (b >= t0 || !(m = ex_mention_at(st, b)) || m->t0 != b)
        return 0;
    if (b > 1 && ex_tok_is(st, b - 1, "of") &&
        ex_pronoun_is(&st->toks[b - 2], compass))
        return 1;
    /* ("California-based" may be one token: read the text after it) */
    return st->doc->text[subj->end] == '-' &&
           st->doc->text[subj->end + 1] >= 'a' &&
           st->doc->text[subj->end + 1] <= 'z';
}

/* Codes of talks broken off, threatened or done (134 threaten to halt
 * negotiations, 164 halt negotiations, 165 halt mediation): "walked out of
 * the Washington peace talks", "could quit the Vienna nuclear talks" name
 * the talks by their venue, a capital after "the" (ex_capital_names_
 * meeting), whose state is no party to them (the talks' parties stand
 * elsewhere in the sentence, or nowhere); ex_venue_as_party leaves such a
 * relation out (extra24: code book 2's cb2-134-b, -134-i, Austria and the
 * US taken for the other side).  Not a region: "its role as broker in the
 * Darfur talks" names what the talks are about, Sudan's. */
static int ex_talks_halted_code(const char *cameo)
{
    return !strcmp(cameo, "134") || !strcmp(cameo, "164") ||
           !strcmp(cameo, "165");
}

/* "the Venice economic summit", "the Punta del Este trade talks": a
 * town (an entity of type Place, no state's capital) that names a
 * meeting (its noun within three words after it) is where it is held. */
static int ex_place_names_meeting(const ex_state *st, const kg_entity *e)
{
    static const char *const meeting[] = {
        "summit",  "summits",     "talks",       "meeting",  "meetings",
        "conference", "negotiations", "round",   NULL};
    size_t k, n;
    if (e->is_value || !e->type || strcmp(e->type, "Place") != 0)
        return 0;
    k = ex_tok_from(st, e->end);
    for (n = 0; n < 3 && k < st->ntoks; n++, k++) {
        if (ex_pronoun_is(&st->toks[k], meeting))
            return 1;
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].tag != KG_W_NONE ||
            (st->toks[k].flags & KG_TOKF_CAP))
            return 0;
    }
    return 0;
}

/* "was attending the Washington World Bank/IMF meeting", "attended the
 * Geneva disarmament conference": a capital after "the" that names the
 * meeting attended (up to four names or plain words, then a meeting
 * noun) is its venue; the one who attends visits no host (042) there. */
static int ex_capital_names_meeting(const ex_state *st, const kg_entity *e)
{
    static const char *const meeting[] = {
        "summit",  "summits",     "talks",       "meeting",  "meetings",
        "conference", "conferences", "session",  "sessions", NULL};
    const ex_mention *m;
    size_t b, k;
    if (e->is_value)
        return 0;
    b = ex_tok_from(st, e->start);
    if (b == 0 || b >= st->ntoks || !(m = ex_mention_at(st, b)) ||
        m->t0 != b || m->kind != KG_NAME_METONYM ||
        st->toks[b - 1].tag != KG_W_DET)
        return 0;
    for (k = m->t1; k < st->ntoks && k < m->t1 + 5; k++) {
        if (ex_pronoun_is(&st->toks[k], meeting))
            return 1;
        if (st->toks[k].kind != KG_TOK_WORD && !ex_tok_punct(st, k, '/') &&
            !ex_tok_punct(st, k, '-'))
            return 0;
    }
    return 0;
}

/* "the minister's Moscow talks with his Soviet host", "the premier will
 * visit Washington next month for talks with the president", "leaves
 * for Tokyo for talks": a capital named right before a meeting noun, or
 * a place visited, gone to or arrived in before it, is where the talks are held, no party to them (04x or 036
 * with that place as the subject). */
static int ex_venue_as_party(const ex_state *st, const kg_onto_relation *rel,
                             const kg_entity *subj, const kg_entity *obj,
                             size_t t0)
{
    static const char *const to[] = {"visit", "visits", "visited",
                                     "visiting", "to", NULL};
    static const char *const leave[] = {"leave", "leaves", "left", "leaving",
                                        "depart", "departs", "departed",
                                        "head", "heads", "headed", NULL};
    static const char *const arrive[] = {"arrive", "arrives", "arrived",
                                         "arriving", NULL};
    const ex_mention *m;
    size_t b;
    if (rel->cameo && ex_talks_halted_code(rel->cameo) &&
        ex_capital_names_meeting(st, obj))
        return 1;
    if (!rel->cameo ||
        (strncmp(rel->cameo, "04", 2) != 0 && strcmp(rel->cameo, "036") != 0))
        return 0;
    if (ex_place_names_meeting(st, subj) || ex_place_names_meeting(st, obj))
        return 1;
    if (!strcmp(rel->cameo, "042") && ex_capital_names_meeting(st, obj))
        return 1;
    if (subj->is_value || !subj->type || strcmp(subj->type, "Country") != 0)
        return 0;
    b = ex_tok_from(st, subj->start);
    if (b >= t0 || !(m = ex_mention_at(st, b)) || m->t0 != b)
        return 0;
    /* (after a determiner or a possessive: "the Moscow talks", "Shultz'
     * Moscow talks"; "Moscow talks with Bonn" may be the verb; the host
     * capital is a party when the other side is foreign: "the Washington
     * talks with Brazil's finance minister") */
    if (m->kind == KG_NAME_METONYM && m->t1 == t0 && b > 0 &&
        (st->toks[b - 1].tag == KG_W_DET || st->toks[b - 1].tag == KG_W_POSS ||
         ex_tok_is(st, b - 1, "'s") ||
         st->doc->text[st->toks[b - 1].end - 1] == '\'') &&
        !obj->is_value && subj->country && obj->country &&
        !strcmp(subj->country, obj->country))
        return 1;
    /* (the talks a noun or "for talks": "visited Turkey to meet Erdogan"
     * is read as the visitor's by the infinitive's rules) */
    if (ex_tok_is(st, t0 - 1, "to"))
        return 0;
    if (b > 0 && ex_pronoun_is(&st->toks[b - 1], to))
        return 1;
    /* ("leaves for Washington", "arrived in Moscow") */
    return b > 1 && ((ex_tok_is(st, b - 1, "for") &&
                      ex_pronoun_is(&st->toks[b - 2], leave)) ||
                     (ex_tok_is(st, b - 1, "in") &&
                      ex_pronoun_is(&st->toks[b - 2], arrive)));
}

/* "investors returning to investing in U.S. Treasuries", "have invested
 * heavily in Tokyo's stocks", "invest in the Seoul market": an actor that
 * only names the securities or the market money goes into (a modifier
 * or possessor of such a noun) is no partner of economic cooperation
 * (06x, 0311): buying a state's bonds or shares is portfolio business. */
static int ex_securities_named(const ex_state *st, const kg_onto_relation *rel,
                               const kg_entity *obj)
{
    static const char *const paper[] = {
        "treasuries", "bonds",    "bond",     "stocks",   "stock",
        "shares",     "equities", "securities", "market", "markets",
        "bourse",     "exchange", NULL};
    size_t k;
    if (!rel->cameo || obj->is_value ||
        (strncmp(rel->cameo, "06", 2) != 0 && strcmp(rel->cameo, "0311") != 0))
        return 0;
    k = ex_tok_from(st, obj->end);
    if (k < st->ntoks && ex_tok_is(st, k, "'s"))
        k++;
    return k < st->ntoks && ex_pronoun_is(&st->toks[k], paper);
}

/* "he could have no comment on the subject while negotiations were in
 * progress in Washington": a comment's or a refusal's object (010, 011)
 * past a clause of time or cause that follows the trigger (while, when,
 * as, after, before, because, since, until, although) is where or why
 * something else happens, not what is commented on.  ("declined to
 * comment on whether Iran would": "whether" names the topic, kept.)  Is
 * obj past such a word after t1? */
static int ex_comment_past_clause(const ex_state *st,
                                  const kg_onto_relation *rel,
                                  const kg_entity *obj, size_t t1)
{
    static const char *const adverbial[] = {
        "while", "when",  "as",       "after",  "before", "because",
        "since", "until", "although", "though", NULL};
    size_t k, o;
    if (!rel->cameo || obj->is_value ||
        (strcmp(rel->cameo, "010") != 0 && strcmp(rel->cameo, "011") != 0))
        return 0;
    o = ex_tok_from(st, obj->start);
    for (k = t1; k < o && k < st->ntoks; k++)
        if (ex_pronoun_is(&st->toks[k], adverbial))
            return 1;
    return 0;
}

/* "he accepted Mr Blunkett's word", "the minister accepted the general's
 * explanation": to accept what another says is to believe it, no
 * concession to him (080).  Is obj, the one accepted, followed by a
 * possessive and a noun of such a statement? */
static int ex_word_believed(const ex_state *st, const kg_onto_relation *rel,
                            const kg_entity *obj)
{
    static const char *const said[] = {
        "word",      "assurance", "assurances", "explanation",
        "explanations", "account", "version",   "denial",
        "denials",   NULL};
    size_t k;
    if (!rel->cameo || strcmp(rel->cameo, "080") != 0 || !rel->type ||
        strcmp(rel->type, "accept") != 0 || obj->is_value)
        return 0;
    k = ex_tok_from(st, obj->end);
    if (k >= st->ntoks || !(ex_tok_is(st, k, "'s") || ex_tok_is(st, k, "'")))
        return 0;
    return k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k + 1], said);
}

/* "Cambodia accepted Thailand's terms", "the union accepted an economic
 * offer from the carmaker", "Serbia accepted the peace plan": accepting
 * what the other side put forward in a dispute or a negotiation (an
 * offer, terms, conditions, a plan, proposal, compromise, settlement or
 * programme) is a yield, 080, and a role or a presence let in keeps the
 * reading it had ("would accept a UN force" 035); accepting a decision,
 * a bid, a view or a bare "it" ("Sweden accepted the minister's
 * decision", "the agency accepted Norway's bid for wheat") concedes
 * nothing, as PETRARCH's verb dictionary gives the bare ACCEPT no code
 * (the real-news README's acceptance convention, conv26).  Is rel the
 * bare "accept" with no such word between the verb and the second word
 * after the one accepted? */
static int ex_accepted_no_concession(const ex_state *st,
                                     const kg_onto_relation *rel,
                                     const kg_entity *obj, size_t t1)
{
    static const char *const put[] = {
        "offer",     "offers",     "terms",      "condition", "conditions",
        "plan",      "plans",      "proposal",   "proposals", "compromise",
        "settlement", "package",   "formula",    "ultimatum", "deal",
        "arrangement", "programme", "program",   "reform",    "reforms",
        "demand",    "demands",    "request",    "requests",
        "recommendation", "recommendations",
        /* (a role or a presence let in: "would accept a United Nations
         * peacekeeping force", "accept South Africa as a mediator") */
        "as",        "force",      "forces",     "troops",    "mission",
        "monitors",  "observers",  "inspectors", "mediation", "help",
        "aid",       "assistance", "presence",   NULL};
    size_t e, k;
    if (!rel->cameo || strcmp(rel->cameo, "080") != 0 || !rel->type ||
        strcmp(rel->type, "accept") != 0 || rel->noun)
        return 0;
    e = ex_tok_from(st, obj->end);
    if (obj->is_value || e >= st->ntoks || e < t1)
        e = t1 + 6; /* (the one accepted before the verb: read on) */
    for (k = t1; k < st->ntoks && k < e + 2 && k < t1 + 14; k++)
        if (ex_pronoun_is(&st->toks[k], put))
            return 0;
    return 1;
}

/* "Reagan was praised for retaliating against Japan for violating a
 * semiconductor accord", "Britain was ready to retaliate against Japanese
 * financial groups": a bare "retaliate against" (190 in the lexicon, as
 * CAMEO's verb dictionary files RETALIATE) in a sentence of trade, with
 * no word of force, is a sanction (163), as the lexicon's "retaliate
 * against * export" rows are; "the Navy retaliated against Iran for
 * the missile attack on a tanker" stays 190.  Is rel such a
 * retaliation? */
static int ex_trade_retaliation(const ex_state *st,
                                const kg_onto_relation *rel)
{
    static const char *const trade[] = {
        "trade",      "tariff",    "tariffs",   "import",    "imports",
        "export",     "exports",   "market",    "markets",   "goods",
        "products",   "semiconductor", "semiconductors", "microchip",
        "microchips", "chip",      "chips",     "dumping",   "financial",
        "bank",       "banks",     "firms",     "companies", "venture",
        "investment", "quotas",    "duties",    NULL};
    static const char *const force[] = {
        "attack",   "attacks",  "attacked", "missile", "missiles", "military",
        "troops",   "forces",   "naval",    "navy",    "warships", "tanker",
        "platform", "platforms", "bombing", "rocket",  "rockets",  "raid",
        "shelling", "killed",   "soldiers", NULL};
    size_t k;
    int traded = 0;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "190") != 0 ||
        !rel->pattern || strncmp(rel->pattern, "retaliate", 9) != 0 ||
        strchr(rel->pattern, '*'))
        return 0;
    for (k = 0; k < st->ntoks; k++) {
        if (ex_pronoun_is(&st->toks[k], force))
            return 0;
        if (ex_pronoun_is(&st->toks[k], trade))
            traded = 1;
    }
    return traded;
}

/* The months since year 0 of an ISO date ("1985", "1985-11",
 * "1987-03-02"), a date with no month counting as its December; -1 when
 * it does not open with four digits (a month that is not two digits, the
 * first 0 or 1, counts as none).  The digits are read by ex_digits_value
 * (not atol, which the lint bans). */
static long ex_iso_months(const char *iso)
{
    int y = iso ? ex_digits_value(iso, 4) : -1, mo;
    if (y < 0)
        return -1;
    if (iso[4] == '-' && iso[5] <= '1' &&
        (mo = ex_digits_value(iso + 5, 2)) >= 0)
        return (long)y * 12 + mo;
    return (long)y * 12 + 12;
}

/* The months of a date value (ex_is_date: "in November 1985", "since
 * 1973") as ex_iso_months reads its ISO label; -1 for any other entity
 * and for a date of no year ("on March 2": "--03-02"). */
static long ex_date_months(const kg_entity *e)
{
    return ex_is_date(e) ? ex_iso_months(e->label) : -1;
}

/* "consistent with the Soviet position at the earlier Reagan-Gorbachev
 * summit in Geneva in November 1985", "other loans such as a 1985 World
 * Bank loan to Hungary" (in stories of 1987): an act named only by its
 * noun and dated a year or more before the story is history named in
 * passing, no event, as the real-news convention leaves "its 1990
 * invasion" uncoded (an act told with its own verb stays coded).  The
 * date stands in the noun's phrase (plain words, names, an article
 * between it and the noun at t0) or after the noun (ending at t1) behind
 * "in" within ten tokens, no punctuation between; a date with no month
 * counts as its December.  Stories with no date are left alone. */
static int ex_noun_of_past_year(const ex_state *st,
                                const kg_onto_relation *rel, size_t t0,
                                size_t t1)
{
    const char *doc = st->doc->date;
    long now;
    size_t k, j;
    if (!rel->noun || !rel->cameo || !doc || strlen(doc) < 7 ||
        (now = ex_iso_months(doc)) < 0)
        return 0;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        int ok = 1;
        long then;
        if (m->dropped || (then = ex_date_months(&m->ent)) < 0)
            continue;
        if (m->t1 <= t0 && t0 - m->t1 <= 5) {
            for (j = m->t1; j < t0 && ok; j++)
                ok = ex_phrase_filler(st, j) || ex_mention_at(st, j) != NULL;
        } else if (m->t0 >= t1 + 1 && m->t0 < t1 + 10 &&
                   (ex_tok_is(st, m->t0 - 1, "in") ||
                    /* ("rejection of EC membership in a 1972
                     * referendum": the year dates the event noun the
                     * "in" names; new23a) */
                    (m->t0 >= t1 + 2 &&
                     st->toks[m->t0 - 1].tag == KG_W_DET &&
                     ex_tok_is(st, m->t0 - 2, "in")))) {
            /* (not past a participle: "talks with Japan on a pact
             * signed in 1985" dates the pact) */
            for (j = t1; j < m->t0 && ok; j++)
                ok = st->toks[j].kind != KG_TOK_PUNCT &&
                     st->toks[j].tag != KG_W_SUB && !ex_ends_ed(st, j);
        } else
            continue;
        if (ok && now - then >= 12)
            return 1;
    }
    return 0;
}

/* "marched to mark the anniversary of the 1973 student uprising against
 * the junta", "on the tenth anniversary of the Soviet invasion of
 * Afghanistan": an act named by a noun whose anniversary is marked is
 * history, no event, whatever the story's date (ex_noun_of_past_year
 * needs one).  The noun at t0 stands up to six tokens after "anniversary
 * of" (articles, plain words, numbers, names between) (extra24: code
 * book 2's cb2-141-h). */
static int ex_anniversary_act(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0)
{
    size_t j;
    if (!rel->noun || !rel->cameo)
        return 0;
    for (j = t0; j-- > 1 && t0 - j <= 6;) {
        if (ex_tok_is(st, j, "of") &&
            (ex_tok_is(st, j - 1, "anniversary") ||
             ex_tok_is(st, j - 1, "anniversaries")))
            return 1;
        if (st->toks[j].kind == KG_TOK_PUNCT && !ex_tok_punct(st, j, '-'))
            return 0;
    }
    return 0;
}

/* "Sweden recalled its envoy ahead of opposition rallies", "hours before a
 * planned opposition march": an act of protest or force (14x-20x) named
 * only by a noun behind "ahead of", "before" or "planned" is not yet held,
 * no event (extra24: code book 2's one-event gold).  One named behind
 * "after", "following" or "amid" ("following a strike by dockworkers",
 * "after mass protests in El Alto") took place in the news' days and is
 * coded as its verb would be, as the real-news README settles it (conv25;
 * a dated one, "its 1990 invasion", is history: ex_history_noun,
 * ex_noun_of_past_year). */
static int ex_background_noun(const ex_state *st, const kg_onto_relation *rel,
                              size_t t0)
{
    size_t j, n;
    if (!rel->noun || !rel->cameo || rel->cameo[0] < '1' ||
        (rel->cameo[0] == '1' && rel->cameo[1] < '4') ||
        (rel->cameo[0] == '2' && rel->cameo[1] != '0'))
        return 0;
    for (j = t0, n = 0; j > 0 && n < 8; j--, n++) {
        const ex_mention *m = ex_mention_at(st, j - 1);
        /* (not yet held: "ahead of opposition rallies", "hours before a
         * planned opposition march", "a planned general strike") */
        if ((ex_tok_is(st, j - 1, "of") && j > 1 &&
             ex_tok_is(st, j - 2, "ahead")) ||
            ex_tok_is(st, j - 1, "before") || ex_tok_is(st, j - 1, "planned"))
            return 1;
        if (m && m->t1 == j) {
            j = m->t0 + 1;
            continue;
        }
        /* (a verb's object is told by the verb: "after Israel ended its
         * assault", "after the community imposed fresh sanctions", "after
         * launching the offensive") */
        if (ex_ends_ed(st, j - 1) ||
            (ex_ends_ing(st, j - 1) && (st->toks[j].tag == KG_W_DET ||
                                        st->toks[j].tag == KG_W_POSS)))
            return 0;
        if (!(ex_phrase_filler(st, j - 1) || ex_tok_is(st, j - 1, "of") ||
              ex_tok_is(st, j - 1, "'s") ||
              st->toks[j - 1].kind == KG_TOK_NUMBER))
            return 0;
    }
    return 0;
}

/* "a dispute over Japan's refusal to open its market", "Brazil's refusal
 * to accept an IMF programme reflects ...", "the U.S. rejection of a
 * Canadian claim": a refusal named by the noun "refusal" (the act after
 * its "to", an adverb between) or "rejection" is a standing stance the
 * news cites, no event of its own, as the real-news gold codes none of
 * its nine ("despite George Bush's refusal to sign up to the Kyoto
 * protocol", "the alleged refusal of officials of Transkei to allow
 * miners ..."); "refused to accept" stays a rejection told (prec25). */
static int ex_refusal_noun(const ex_state *st, const kg_onto_relation *rel,
                           size_t t0)
{
    static const char *const refusal[] = {"refusal", "refusals", NULL};
    static const char *const rejection[] = {"rejection", "rejections", NULL};
    size_t j = t0;
    if (!rel->cameo)
        return 0;
    if (rel->noun && ex_pronoun_is(&st->toks[t0], rejection))
        return 1;
    if (j >= 3 && !ex_tok_is(st, j - 1, "to") && ex_is_adverb(st, j - 1))
        j--; /* "refusal to fully open" */
    return j >= 2 && ex_tok_is(st, j - 1, "to") &&
           ex_pronoun_is(&st->toks[j - 2], refusal);
}

/* "I would be more than interested in a Labour MP opposing the minister",
 * "I accept that these policies aim to make Britain safer but ...": a
 * sentence in the writer's own voice, a first person singular ("I" before
 * a lower-case word or an apostrophe, not a numeral after a name: "World
 * War I"; "me", "my", "myself") outside quotation marks, with no verb of
 * saying outside them ("said", "says", "told", "added", "according") and
 * no quote left open by the sentence before, is a reader's or a
 * columnist's opinion, not news told: its acts are no
 * events, as the real-news gold codes none of its eight such sentences
 * (prec25: BBC readers' comments in the precision sample and the
 * corpora). */
static int ex_writer_voice(const ex_state *st)
{
    static const char *const me[] = {"me", "my", "myself", NULL};
    static const char *const says[] = {
        "would", "will", "think", "believe", "am", "have", "had", "was",
        "cannot", "can", "do", "did", "must", "should", "hope", "feel",
        "agree", "accept", "just", "also", "personally", "really", "still",
        "never", "know", "want", "doubt", NULL};
    static const char *const say[] = {"said", "says", "told", "tells",
                                      "added", "according", NULL};
    size_t k;
    int first = 0;
    /* (not after a sentence that left a quote open: 'his spokesman said:
     * "We will study the ruling. I would point out that ...' goes on
     * quoting, though its next quote mark opens a new quote) */
    if (st->quote_was_open)
        return 0;
    for (k = 0; k < st->ntoks; k++) {
        const ex_tok *t = &st->toks[k];
        const char *w = st->doc->text + t->start;
        if (t->quote || t->kind != KG_TOK_WORD)
            continue;
        if (ex_pronoun_is(t, say))
            return 0;
        if (ex_pronoun_is(t, me) && (w[0] == 'm' || k == 0))
            first = 1;
        else if (t->end - t->start == 1 && w[0] == 'I' &&
                 k + 1 < st->ntoks &&
                 (st->doc->text[st->toks[k + 1].start] == '\'' ||
                  (st->toks[k + 1].kind == KG_TOK_WORD &&
                   !(st->toks[k + 1].flags & KG_TOKF_CAP) &&
                   /* (after a name, only a word a first person says:
                    * "in Leeds I would", not "World War I and") */
                   (k == 0 || st->toks[k - 1].kind != KG_TOK_WORD ||
                    !(st->toks[k - 1].flags & KG_TOKF_CAP) ||
                    ex_pronoun_is(&st->toks[k + 1], says)))))
            first = 1;
    }
    return first;
}

/* Does a word of a first or a record ("the first time", "the highest",
 * "the worst") stand in the four tokens before "since" at k (not before
 * lo)? */
static int ex_first_since(const ex_state *st, size_t lo, size_t k)
{
    static const char *const first[] = {"first",  "time",    "highest",
                                        "lowest", "biggest", "largest",
                                        "worst",  "best",    NULL};
    size_t j;
    for (j = k; j-- > lo && j + 4 >= k;)
        if (ex_pronoun_is(&st->toks[j], first))
            return 1;
    return 0;
}

/* "The minister leaves on a trip to Asia to improve business relations
 * with China", "Sweden proposed a meeting of ministers to strengthen ties
 * with Chile", "flew to Lima to help deepen cooperation and boost
 * trade": ties improved (050) in an infinitive (a "to" up to six words
 * before the trigger, in the same clause, "help" or an earlier verb and
 * "and" between) are the aim of the trip or the meeting, not cooperation
 * done; the trip is the event (036).  Is the 050 trigger at t0 one of
 * improving ties so told?  (new23a) */
static int ex_ties_aimed(const ex_state *st, const kg_onto_relation *rel,
                         size_t t0)
{
    static const char *const improve[] = {
        "improve",   "strengthen", "boost",         "bolster", "cement",
        "deepen",    "develop",    "enhance",       "expand",  "foster",
        "promote",   "broaden",    "normalise",     "normalize", "forge",
        "build",     "improving",  "strengthening", NULL};
    static const char *const stop[] = {"that", "which", "who", "said",
                                       "says", NULL};
    /* ("might be willing to normalise relations", "agreed to improve
     * ties", "are seeking to deepen a partnership": an intent or an
     * effort the word before "to" tells, read as the frame reads it,
     * stays) */
    static const char *const intent[] = {
        "willing",  "ready",    "prepared", "agreed",   "agree",
        "agrees",   "agreeing", "pledged",  "pledge",   "promised",
        "promise",  "vowed",    "vow",      "decided",  "decide",
        "offered",  "offer",    "want",     "wants",    "wanted",
        "wanting",  "plan",     "plans",    "planned",  "planning",
        "intend",   "intends",  "intended", "intending", "seek",
        "seeks",    "sought",   "seeking",  "hope",     "hopes",
        "hoped",    "hoping",   "try",      "tries",    "tried",
        "trying",   "aim",      "aims",     "aimed",    "aiming",
        "move",     "moved",    "moving",   "working",  "determined",
        "committed", "resolved", "expected", "able",    "eager",
        "keen",     "anxious",  "vows",     "pledges",  "promises",
        "decides",  "offers",   "bid",      "effort",   "efforts",
        "attempt",  "desire",   "commitment", "determination",
        "readiness", "willingness", "intention", "decision", NULL};
    size_t j;
    if (!rel->cameo || strcmp(rel->cameo, "050") != 0 || rel->noun ||
        !ex_pronoun_is(&st->toks[t0], improve))
        return 0;
    for (j = t0; j-- > 0 && t0 - j <= 6;) {
        if (st->toks[j].kind == KG_TOK_PUNCT ||
            ex_pronoun_is(&st->toks[j], stop))
            return 0;
        if (ex_tok_is(st, j, "to"))
            return j == 0 || !ex_pronoun_is(&st->toks[j - 1], intent);
    }
    return 0;
}

/* Adverbs of habit: "Soviet and U.S. officials normally meet in the
 * summer", "the two ministers usually talk by telephone", "Bonn has often
 * called on Washington to cut its deficit": a custom, no act of the day.
 * (Not "generally", also "broadly": "generally welcomed the plan".)
 * (new23a) */
static const char *const ex_habit_adverbs[] = {
    "regularly", "traditionally", "normally", "usually",  "routinely",
    "customarily", "typically",   "often",    "frequently", NULL};

/* "as so often", "more often than not", "how often": an adverb of habit
 * at k after a word of degree or comparison measures how often, in a
 * remark on the act rather than the act's habit ("as is so often the
 * case when we are in talks with the Soviets").  (new23a) */
static int ex_adverb_degree(const ex_state *st, size_t k)
{
    static const char *const degree[] = {"so", "too", "how", "as", "more",
                                         "less", "very", NULL};
    return k > 0 && ex_pronoun_is(&st->toks[k - 1], degree);
}

/* "officials normally meet in the summer to discuss grain quality": is
 * the trigger at t0 an infinitive of purpose ("to" right before it) of a
 * verb the adverb of habit at k (before t0, in the same clause) stands
 * right before?  Then the purpose is the custom's too.  (new23a) */
static int ex_habit_purpose(const ex_state *st, size_t k, size_t t0)
{
    size_t j;
    if (k + 1 >= t0 || t0 < 1 || !ex_tok_is(st, t0 - 1, "to") ||
        st->toks[k + 1].kind != KG_TOK_WORD)
        return 0;
    for (j = k + 1; j + 1 < t0; j++)
        if (ex_tok_is(st, j, "that") || ex_tok_is(st, j, "which") ||
            ex_tok_is(st, j, "who") || ex_tok_is(st, j, "and") ||
            st->toks[j].tag == KG_W_SUB)
            return 0;
    return 1;
}

/* "gave Saddam Hussein 48 hours to leave Iraq": does the expulsion's
 * span (ending at t1, its "leave") name, right after it (an article
 * aside), a state of obj's own country?  Then no one is sent out of
 * another's land (extra24). */
static int ex_leaves_own_country(const ex_state *st, size_t t1,
                                 const kg_entity *obj)
{
    const ex_mention *m;
    size_t j = t1;
    if (j == 0 || j >= st->ntoks || !ex_tok_is(st, j - 1, "leave") ||
        !obj->country || !*obj->country)
        return 0;
    j = ex_after_dets(st, j);
    return j < st->ntoks && (m = ex_mention_at(st, j)) != NULL &&
           m->t0 == j && !m->ent.is_value && m->ent.code &&
           strlen(m->ent.code) == 3 && m->ent.country &&
           !strcmp(m->ent.country, obj->country);
}

/* "The committee has blocked its consideration in the past",
 * "Since 1973 the U.S. has given Israel 25 billion dlrs in aid",
 * "talks of this kind are regularly held each year": an act told as a
 * habit or a sum over years is no event of the day's news (an act dated
 * once, "sued China in 1979", stays coded, as the real-news convention
 * codes it, and as its gold codes "For years Mahathir blocked
 * Australia's closer involvement with ASEAN": a span of years told of
 * one actor's stand is left coded).  The marker stands in the trigger's
 * clause (from the last comma or semicolon before t0 to the next after
 * t1): "over the years", "in recent years", a bare "in the past" after
 * a perfect ("has raided", not "in the past week"), "regularly",
 * "traditionally", "from time to time", "has long", "have long" or "had
 * long" (none before "since": "had long since"), or "since" and a date
 * whose year is two or more before the story's.  Is the act at t0 so
 * told? */
static int ex_habitual_act(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const span[] = {"years", "decades", NULL};
    long now = ex_iso_months(st->doc->date), then;
    size_t lo = t0, hi = t1, k;
    while (lo > 0 && !ex_tok_punct(st, lo - 1, ',') &&
           !ex_tok_punct(st, lo - 1, ';'))
        lo--;
    while (hi < st->ntoks && !ex_tok_punct(st, hi, ',') &&
           !ex_tok_punct(st, hi, ';'))
        hi++;
    for (k = lo; k < hi; k++) {
        const ex_mention *m;
        /* (an adverb of habit near the act: within six tokens of the
         * trigger, not one of a relative clause far after it, "attacked
         * ships that regularly sail the Gulf") */
        int near = k + 6 >= t0 && k <= t1 + 6;
        size_t j;
        for (j = t1; near && j < k; j++)
            if (ex_tok_is(st, j, "that") || ex_tok_is(st, j, "which") ||
                ex_tok_is(st, j, "who") || st->toks[j].tag == KG_W_SUB ||
                ex_tok_is(st, j, "and")) /* ("was opposed to him and
                                          * tried often to": the other
                                          * verb's habit; new23a) */
                near = 0;
        if ((near || ex_habit_purpose(st, k, t0)) &&
            ex_pronoun_is(&st->toks[k], ex_habit_adverbs) &&
            !ex_adverb_degree(st, k))
            return 1;
        /* ("get angry with journalists from time to time") */
        if (near && k + 3 < hi && ex_tok_is(st, k, "from") &&
            ex_tok_is(st, k + 1, "time") && ex_tok_is(st, k + 2, "to") &&
            ex_tok_is(st, k + 3, "time"))
            return 1;
        /* ("had long since forgiven the United States": done, once) */
        if (k + 2 < hi && ex_pronoun_is(&st->toks[k], ex_have_finite) &&
            ex_tok_is(st, k + 1, "long") && !ex_tok_is(st, k + 2, "since"))
            return 1;
        if (k + 1 < hi && ex_pronoun_is(&st->toks[k + 1], span) &&
            (ex_tok_is(st, k, "recent") ||
             (ex_tok_is(st, k, "the") && k > lo &&
              ex_tok_is(st, k - 1, "over"))))
            return 1;
        /* (a bare "in the past": its noun ends the clause or the
         * sentence, and the act is told in the perfect, "has raided";
         * "thanked the IMF for its help in the past" thanks today) */
        if (k + 2 < st->ntoks && ex_tok_is(st, k, "in") &&
            ex_tok_is(st, k + 1, "the") && ex_tok_is(st, k + 2, "past") &&
            (k + 3 >= st->ntoks || st->toks[k + 3].kind == KG_TOK_PUNCT) &&
            t0 > lo && ex_pronoun_is(&st->toks[t0 - 1], ex_have_finite))
            return 1;
        /* ("allowed street marches for the first time since 2001": a
         * first since a date is new) */
        if (now >= 0 && ex_tok_is(st, k, "since") &&
            !ex_first_since(st, lo, k) &&
            (m = ex_mention_at(st, k + 1)) != NULL && m->t0 == k + 1 &&
            (then = ex_date_months(&m->ent)) >= 0 &&
            (now - 1) / 12 - (then - 1) / 12 >= 2)
            return 1;
    }
    return 0;
}

/* "met his Swiss counterpart Otto Stich", "business leaders met their
 * Japanese colleagues": is e a demonym (the bare country) right before
 * "counterpart" or "colleague(s)"?  It names the other side's peer: the
 * same sector of its own country as the one it is paired with (prec24). */
static int ex_counterpart_demonym(const ex_state *st, const kg_entity *e)
{
    static const char *const peers[] = {"counterpart", "counterparts",
                                        "colleague",   "colleagues", NULL};
    size_t k;
    if (e->is_value || !e->code || !e->country || strlen(e->code) != 3 ||
        strcmp(e->code, e->country) != 0)
        return 0;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->ent.start != e->start || m->ent.end != e->end)
            continue;
        return m->kind == KG_NAME_DEMONYM && m->t1 < st->ntoks &&
               ex_pronoun_is(&st->toks[m->t1], peers);
    }
    return 0;
}

/* The sector its peer takes from actor p (ex_counterpart_demonym), as a
 * code of no country ("---GOV"): the last three letters of p's code when
 * they are a state's organ or its business ("BRAGOV" GOV,
 * "IGOEUREECBUS" BUS), else NULL. */
static const char *ex_peer_sector(const kg_entity *p)
{
    static const char *const sectors[] = {"---GOV", "---BUS", "---MIL",
                                          "---LEG", NULL};
    size_t n = p->code ? strlen(p->code) : 0, k;
    if (n < 6 || p->is_value)
        return NULL;
    for (k = 0; sectors[k]; k++)
        if (!strcmp(p->code + n - 3, sectors[k] + 3))
            return sectors[k];
    return NULL;
}

/* e, a peer of p (ex_counterpart_demonym), in p's sector of its own
 * country, written in *out; else e. */
static const kg_entity *ex_peer_of(ex_state *st, const kg_entity *e,
                                   const kg_entity *p, kg_entity *out)
{
    kg_entity bare;
    const char *sector = ex_peer_sector(p);
    if (!sector || !ex_counterpart_demonym(st, e) ||
        (p->country && !strcmp(p->country, e->country)))
        return e;
    bare = *e;
    bare.code = sector;
    return ex_sector_of(st, &bare, e->country, out);
}

/* "Boyd Jefferies settled charges with the SEC": "charge * with" read
 * with nothing in its gap ("charges with") names no one charged; the
 * plural is a noun, the object of the verb before it, and the actor after
 * "with" is who the charges were settled with, not the charged. */
static int ex_charges_with_noun(const ex_state *st,
                                const kg_onto_relation *rel, size_t t0)
{
    return !rel->noun && rel->pattern &&
           !strcmp(rel->pattern, "charge * with") && t0 + 1 < st->ntoks &&
           ex_tok_is(st, t0 + 1, "with");
}

/* "Advanced Tobacco Products Inc resumed acquisition talks with other
 * parties": the bare plural "parties" (no name, no party's word) dealing
 * with a firm are the parties to a deal, not political parties; is either
 * side such "parties" with a business actor on the other? */
static int ex_deal_parties(const kg_entity *subj, const kg_entity *obj)
{
    const kg_entity *a = subj, *b = obj;
    int k;
    for (k = 0; k < 2; k++, a = obj, b = subj)
        if (a->code && ex_code_ends(a->code, "PTY") && a->text &&
            !strcmp(a->text, "parties") && b->code &&
            ex_code_ends(b->code, "BUS"))
            return 1;
    return 0;
}

/* "BankAmerica Corp may place its long-term loans to Brazil on
 * nonaccrual status", "its loan exposure to Latin American customers": a
 * lender's own loans, after "its" or "their" (two plain words between at
 * most), are a holding it reports on, not a loan given (07x); no event. */
static int ex_loans_held(const ex_state *st, const kg_onto_relation *rel,
                         size_t t0)
{
    const char *w;
    size_t k = t0, n = 0;
    if (!rel->noun || !rel->cameo || strncmp(rel->cameo, "07", 2) != 0 ||
        t0 == 0 || t0 >= st->ntoks)
        return 0;
    w = st->toks[t0].lower;
    if (strncmp(w, "loan", 4) != 0 && strncmp(w, "lending", 7) != 0 &&
        strncmp(w, "credit", 6) != 0)
        return 0;
    while (k > 0 && n < 3 && st->toks[k - 1].kind == KG_TOK_WORD &&
           !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
           !ex_tok_is(st, k - 1, "its") && !ex_tok_is(st, k - 1, "their")) {
        k--;
        n++;
    }
    return k > 0 && n < 3 &&
           (ex_tok_is(st, k - 1, "its") || ex_tok_is(st, k - 1, "their"));
}

/* "Endotronics Inc said operations at its joint venture with Summa
 * Medical Corp <SUMA.O> has ended", "the partnership with Exxon was
 * dissolved": a noun of cooperation whose partner is followed by a verb
 * of ending (past its ticker and an auxiliary) is the cooperation's end,
 * no cooperation; no event (nominal25). */
static int ex_cooperation_ended(ex_state *st, const kg_onto_relation *rel,
                                const kg_entity *obj)
{
    size_t k, j, n;
    const char *c;
    if (!rel->noun || !rel->cameo || obj->is_value ||
        (strncmp(rel->cameo, "06", 2) != 0 && strncmp(rel->cameo, "05", 2) != 0))
        return 0;
    k = ex_tok_from(st, obj->end);
    if (k < st->ntoks && ex_tok_punct(st, k, '>'))
        k++;
    if (k < st->ntoks && ex_tok_punct(st, k, '<')) {
        for (j = k + 1; j < st->ntoks && j < k + 6 && !ex_tok_punct(st, j, '>');
             j++)
            ;
        k = j + 1;
    }
    for (n = 0; n < 2 && k < st->ntoks && st->toks[k].tag == KG_W_AUX; n++)
        k++;
    if (k >= st->ntoks || st->toks[k].kind != KG_TOK_WORD ||
        !ex_ends_ed(st, k))
        return 0;
    for (j = 0; (c = ex_lemma(k, j, st)) != NULL; j++)
        if (ex_in_list("end;terminate;dissolve;collapse;cease;expire", c))
            return 1;
    return 0;
}

/* A firm (a code of the business sector) as the source of a show of
 * force, a fight or mass violence (roots 15, 19, 20): "Rexcom Systems
 * Corp voted to extend the exercise period for its warrants", "Royal
 * Resources Corp exercised its option to buy the unit", "Sainsbury
 * agreed to take control of Shaw's Supermarkets Inc": a firm has no
 * armed force; the military reading of the word is wrong, no event (a
 * show of force or an occupation from any business actor, a fight or mass
 * violence from a named firm). */
static int ex_firm_force(const ex_state *st, const kg_onto_relation *rel,
                         const kg_entity *subj)
{
    static const char *const staff[] = {
        "workers", "miners", "employees", "staff", "dockers", "pilots",
        "drivers", "crews", NULL};
    size_t k, i;
    if (!rel->cameo || !subj->code || !ex_code_ends(subj->code, "BUS"))
        return 0;
    if (!strncmp(rel->cameo, "15", 2) || !strcmp(rel->cameo, "192"))
        return 1;
    /* (a named firm fights no one, nor takes to the street: "Intertan
     * Inc plans to close its 17 retail stores in Germany" is no
     * shopkeepers' strike; "Turkish merchants attacked Syria", a crowd of
     * a sector, may) */
    if (!subj->type || strcmp(subj->type, "Organization") != 0 ||
        (strncmp(rel->cameo, "19", 2) != 0 && strncmp(rel->cameo, "20", 2) != 0 &&
         strncmp(rel->cameo, "14", 2) != 0))
        return 0;
    /* ("9,000 miners employed by the state corporation Comibol went on
     * hunger strike": the firm stands for its workers named just before) */
    i = ex_tok_from(st, subj->start);
    for (k = i; k-- > 0 && k + 7 > i;)
        if (ex_pronoun_is(&st->toks[k], staff))
            return 0;
    return 1;
}

int ex_emit(ex_state *st, const kg_sentence *s, size_t idx,
            const kg_entity *subj, const kg_entity *obj,
            const kg_onto_relation *rel, size_t t0, size_t t1,
            int negated, const char *modality,
            const kg_entity *speaker, double conf, ex_emitted *seen,
            size_t *nseen, kg_relation_cb cb, void *payload)
{
    kg_relation r;
    kg_entity spk, subj_home, obj_home, subj_civ, obj_civ, obj_city, obj_reb;
    kg_entity obj_biz, obj_bus, obj_place, subj_biz, subj_bus, obj_peer,
        subj_peer;
    kg_onto_relation protect, uncoded;
    int tried = 0; /* (an act only tried for, coded as the act) */
    size_t i;
    int verbal = 0, question = 0, arrive, relief, asked, err;
    const char *code;
    const ex_mention *fm;

    if (obj)
        obj = ex_worth_of(st, obj);
    if (!subj || !obj || ex_told_medium(st, subj, t0) ||
        ex_press_audience(obj, rel) || ex_accord_city(st, obj) ||
        ex_protest_aim(st, rel, t0, seen, *nseen) ||
        ex_help_unsupported(st, rel, t0, modality) ||
        ex_decision_undone(st, t0) || ex_agreed_to_act(st, rel, t1, obj) ||
        ex_bodies_session(st, rel, subj, obj, t0) ||
        ex_topic_modifier(st, rel, obj, t0, t1) ||
        ex_law_topic(st, rel, obj, t1) || ex_accord_topic(st, rel, t0) ||
        ex_excepted(st, subj) || ex_excepted(st, obj) ||
        ex_home_guest(st, rel, subj, obj, t0) ||
        ex_trigger_no_verb(st, rel, t0) ||
        ex_trigger_crosses_clause(st, t0, t1) ||
        ex_standing_occupation(st, rel, t0) ||
        ex_meeting_topic(st, rel, subj) || ex_meeting_topic(st, rel, obj) ||
        ex_own_side_defended(st, rel, obj) ||
        ex_passive_clause_party(st, rel, obj, t0) ||
        ex_appeal_topic(st, rel, obj, t0) || ex_blamed_doer(st, rel, obj) ||
        ex_sanction_lifted(st, rel, t0, t1) ||
        ex_considered_judgement(st, rel, t0, t1) ||
        ex_proposed_thing(st, rel, obj, t1) ||
        ex_worry_far_object(st, rel, obj, t1) ||
        ex_rescue_no_release(st, rel, subj, t0, t1) ||
        ex_unarmed_surrender(st, rel, subj) ||
        ex_compared_pair(st, rel, subj, obj) || ex_capacity_only(st, t0) ||
        ex_venue_as_party(st, rel, subj, obj, t0) ||
        ex_place_modifies_subject(st, subj, t0) ||
        ex_accord_with_itself(rel, subj, obj) ||
        ex_agreed_participle(st, rel, t0) ||
        ex_securities_named(st, rel, obj) || ex_word_believed(st, rel, obj) ||
        ex_accepted_no_concession(st, rel, obj, t1) ||
        ex_comment_past_clause(st, rel, obj, t1) ||
        ex_firm_force(st, rel, subj) || ex_charges_with_noun(st, rel, t0) ||
        ex_deal_parties(subj, obj) || ex_loans_held(st, rel, t0) ||
        ex_cooperation_ended(st, rel, obj))
        return KG_OK;
    if (ex_rejected_appeal(st, rel, t0) ||
        ex_pair_named_pact(st, rel, t0, t1) || ex_sector_shielded(rel, obj) ||
        ex_noun_of_past_year(st, rel, t0, t1) ||
        ex_anniversary_act(st, rel, t0) || ex_background_noun(st, rel, t0) ||
        (rel->cameo && ex_habitual_act(st, t0, t1)) ||
        (rel->cameo && ex_writer_voice(st)) ||
        ex_refusal_noun(st, rel, t0) ||
        ex_ties_aimed(st, rel, t0) ||
        (ex_trade_noun(st, rel, t0) && !ex_trade_raised(st, t0) &&
         /* ("Syria exports oil to Turkey" is the verb; "Japan's total
          * exports to the U.S.", "Canadian wheat exports to Egypt" the
          * noun, read by the verb entry too) */
         (rel->noun || (t0 + 1 < st->ntoks &&
                        (ex_tok_is(st, t0 + 1, "to") ||
                         ex_tok_is(st, t0 + 1, "from")))))) {
        /* (the appeal or the pact stays in the graph, with no event
         * code) */
        uncoded = *rel;
        uncoded.cameo = NULL;
        uncoded.plover = NULL;
        rel = &uncoded;
    }
    if (ex_state_commodity_deal(st, rel, subj, obj, t0, t1)) {
        protect = *rel; /* (the trade edge, coded) */
        protect.cameo = "061";
        protect.plover = "COOPERATE";
        rel = &protect;
        if (negated && modality && !strcmp(modality, "intended") &&
            !st->denied) {
            /* "Bolivia will not sell natural gas to Chile": a sale the
             * state says it will not make is refused (1211), as the
             * clause reads other refused cooperation (ex_refusals; the
             * sale's code is only known here) */
            ex_recode(&protect, &rel, "reject", "refuses",
                      ex_map_code(ex_refusals, "061"), "REJECT", 3);
            negated = 0;
        }
    }
    if (ex_trade_retaliation(st, rel))
        /* (see ex_trade_retaliation) */
        ex_recode(&protect, &rel, "sanction", "retaliates with sanctions "
                  "against", "163", "COERCE", 4);
    if ((code = ex_crowd_demand(st, rel, subj, t0)) != NULL)
        /* (see ex_crowd_demand) */
        ex_recode(&protect, &rel, "protest", "demonstrates against", code,
                  "PROTEST", 3);
    /* troops sent or arriving to protect, peacekeepers arriving: 074 */
    arrive = ex_troops_arrive(st, subj, rel, t0, t1);
    if (arrive == 2)
        return KG_OK;
    relief = ex_relief_arrives(st, rel, t0);
    if (relief == 2)
        return KG_OK;
    if (relief == 1) {
        protect = *rel;
        protect.type = "aid_humanitarian";
        protect.label = "provides humanitarian aid to";
        protect.cameo = "073";
        protect.plover = "AID";
        protect.quad = 2;
        rel = &protect;
    }
    if (arrive == 1 ||
        (!rel->noun && rel->cameo && !strcmp(rel->cameo, "154") &&
         rel->type && !strcmp(rel->type, "mobilize") && !obj->is_value &&
         ex_protective_purpose(st, t1)) ||
        /* "Kenya deployed police officers to Haiti to help restore
         * order": police sent abroad to keep order are peacekeepers
         * (074); police sent into one's own cities stay 153 */
        (!rel->noun && rel->cameo && !strcmp(rel->cameo, "153") &&
         rel->type && !strcmp(rel->type, "mobilize_police") &&
         !obj->is_value && subj->country && obj->country &&
         strcmp(subj->country, obj->country) != 0 &&
         ex_protective_purpose(st, t1))) {
        protect = *rel;
        protect.type = "protect";
        protect.label = "provides military protection to";
        protect.cameo = "074";
        protect.plover = "AID";
        protect.quad = 2;
        rel = &protect;
    }
    /* "will step up naval exercises with Paris", "held military drills
     * with France": exercises held with a partner are military
     * cooperation (062, intended 0312), as "joint exercises with" are;
     * drills near or off another's coast stay a show of force (150) */
    if (rel->type && !strcmp(rel->type, "show_force") && !obj->is_value &&
        (i = ex_tok_from(st, obj->start)) > 0 && i < st->ntoks &&
        ex_tok_is(st, i - 1, "with"))
        ex_recode(&protect, &rel, "cooperate_militarily",
                  "cooperates militarily with", "062", "COOPERATE", 2);
    if (rel->reversed && !obj->is_value) {
        /* a reversed dictionary entry ("- + * MONEY $" under RECEIVE):
         * the actor before it is the target, the one after the source */
        const kg_entity *t = subj;
        subj = obj;
        obj = t;
    }
    if (ex_place_in_phrase(st, subj) || ex_talks_venue(st, obj, rel) ||
        ex_vote_venue(st, obj, rel))
        return KG_OK;
    if ((obj = ex_let_in(st, subj, obj, rel, t0, t1)) == NULL)
        return KG_OK;
    subj = ex_domestic_sector(st, subj, &subj_home);
    obj = ex_domestic_sector(st, obj, &obj_home);
    obj = ex_home_civilians(st, obj, subj, 1,
                            !rel->cameo ? 0
                            : !strncmp(rel->cameo, "13", 2) ? 1
                            : !strncmp(rel->cameo, "034", 3) ||
                                    ex_promised_reform(st, rel->cameo,
                                                       modality)
                                ? 2
                                : 0,
                            &obj_civ);
    subj = ex_home_civilians(st, subj, obj, 0, 0, &subj_civ);
    obj = ex_capital_place(st, obj, rel->cameo, &obj_city);
    obj = ex_rebel_held(st, rel, obj, t1, &obj_reb);
    obj = ex_visit_to_own(st, subj, obj, rel->cameo, &obj_place);
    if (strcmp(subj->id, obj->id) == 0 &&
        !ex_home_restriction(st, subj, obj, rel, modality))
        return KG_OK;
    if (rel->cameo && !obj->is_value && strncmp(rel->cameo, "09", 2) < 0 &&
        (ex_public_at_large(subj) || ex_public_at_large(obj) ||
         ex_own_state_object(st, rel, subj, obj) ||
         ex_firm_plea(rel, subj, obj) ||
         ex_home_visit(rel, subj, obj) || ex_thing_as_helper(st, rel, t0) ||
         ex_work_as_job(st, rel, t0) || ex_career_step_down(st, rel, t0))) {
        /* "Labour is telephoning people who have signed up", "the
         * company is inviting people to come along", "discourage people
         * making shopping trips to West Germany": talk, appeals, visits
         * and help (01-08) with people of no country, the public at
         * large, are no event between actors (victims of force, 18-20,
         * stay: "killed 14 people"); so is such an act of a state's
         * own organ, party or firm toward the state itself, named as a
         * country ("he defended the UK's current regime", "said economic
         * migration helped the UK", "signed a deal on China-UK tourism",
         * ex_own_state_object), and a visit to a place at home
         * (ex_home_visit), a job of working with someone (ex_work_as_job)
         * and a step down of one's career (ex_career_step_down) */
        uncoded = *rel;
        uncoded.cameo = NULL;
        uncoded.plover = NULL;
        rel = &uncoded;
    }
    if (rel->cameo && !rel->noun && ex_thing_reported_subject(st, t0)) {
        /* "The company said the new computers comply with the
         * government's rules": a thing does the act the speaker reports
         * (ex_thing_reported_subject); the relation stays, with no event
         * code, as for help given by a thing (ex_thing_as_helper) */
        uncoded = *rel;
        uncoded.cameo = NULL;
        uncoded.plover = NULL;
        rel = &uncoded;
    }
    if (rel->cameo &&
        (!strcmp(rel->cameo, "010") || ex_outlook(rel)) &&
        !obj->is_value && subj->code && obj->code && *subj->code &&
        !strcmp(subj->code, obj->code)) {
        /* "Commenting on President Reagan's decision to increase
         * tariffs, Baldrige said", "the company was declining comment on
         * the Sosnoff move": a neutral comment on a move of the
         * commenter's own side is talk about a policy, no statement
         * between actors (an evaluation, "welcomed", "regretted", stays
         * coded); so is hope or gloom about one's own side ("Lukman was
         * confident OPEC would maintain its discipline",
         * ex_outlook) */
        uncoded = *rel;
        uncoded.cameo = NULL;
        uncoded.plover = NULL;
        rel = &uncoded;
    }
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
                       !strncmp(rel->cameo, "20", 2))) {
        modality = "asserted";
        tried = 1;
    }
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
    if (ex_unarmed_fight(rel, subj, obj) || ex_firm_takeover(rel, subj, obj) ||
        ex_home_firm_deadline(rel, subj, obj))
        return KG_OK; /* "the real battle is between Yahoo and MSN": a
                       * rivalry, a match or a quarrel, no armed combat
                       * (ex_unarmed_fight); a firm's control of a firm
                       * a takeover (ex_firm_takeover); a deadline set
                       * the state's own firms a rule's date
                       * (ex_home_firm_deadline) */
    if (ex_routine_ruling(st, rel, subj, obj) ||
        ex_private_dispute_order(st, rel, subj, obj))
        return KG_OK; /* "the FDA approved the drugmaker's pill", "the
                       * judge denied the bank's motion": a regulator's or
                       * a court's routine decision on a firm's business
                       * (ex_routine_ruling) */
    if (ex_firms_business(st, rel, subj, obj))
        return KG_OK; /* "Fujitsu supplies the chips to U.S. makers", "the
                       * bank lent the carmaker $2bn": a coded firm's sale
                       * or a loan between firms is business, no act of
                       * cooperation or aid (ex_firms_business) */
    if (rel->cameo) {
        /* "Funaro met his Swiss counterpart Otto Stich": the peer is
         * Switzerland's minister (CHEGOV), as the one who meets him is
         * Brazil's (ex_peer_of) */
        const kg_entity *po = ex_peer_of(st, obj, subj, &obj_peer);
        subj = ex_peer_of(st, subj, obj, &subj_peer);
        obj = po;
    }
    if (rel->cameo && !obj->is_value && !ex_business_demonym(st, subj) &&
        (!strncmp(rel->cameo, "11", 2) || !strncmp(rel->cameo, "17", 2)) &&
        obj->country && ex_business_demonym(st, obj)) {
        /* "Russia confiscated the assets of Danish brewer Carlsberg",
         * "banned Dutch airline KLM": a state that seizes from, bans or
         * accuses a company acts on that country's business (DNKBUS), as
         * CAMEO codes it; a deal or a sale stays the firm's own (below) */
        obj_biz = *obj;
        obj_biz.code = "---BUS";
        obj = ex_sector_of(st, &obj_biz, obj->country, &obj_bus);
    } else if (rel->cameo && !obj->is_value &&
               (ex_business_demonym(st, subj) ||
                ex_business_demonym(st, obj))) {
        /* "struck a deal to supply French car maker Peugeot", "agreed
         * with Algerian producer ENOF": a company's deal, not France's;
         * the company acts as its country's business (FRABUS), as
         * tools/eval/realnews codes firms of two countries; not "a
         * Lebanese group", which may be armed (ex_business_demonym), nor
         * a purchase from a firm, which the convention leaves uncoded */
        /* (a joint venture formed is the firms' cooperation, as the
         * convention codes it: "a Thai rubber exporter has formed a joint
         * venture with" a Chinese state corporation, prec24) */
        if ((!strcmp(rel->cameo, "061") &&
             (!rel->pattern || strcmp(rel->pattern, "joint venture") != 0)) ||
            ex_business_demonym(st, subj) == 2 ||
            ex_business_demonym(st, obj) == 2)
            return KG_OK;
        if (ex_business_demonym(st, subj) && subj->country) {
            subj_biz = *subj;
            subj_biz.code = "---BUS";
            subj = ex_sector_of(st, &subj_biz, subj->country, &subj_bus);
        }
        if (ex_business_demonym(st, obj) && obj->country) {
            obj_biz = *obj;
            obj_biz.code = "---BUS";
            obj = ex_sector_of(st, &obj_biz, obj->country, &obj_bus);
        }
        if (!subj->code || !obj->code || !strcmp(subj->code, obj->code))
            return KG_OK;
    }
    if (ex_object_in_thing_relative(st, rel, obj, t1))
        return KG_OK; /* "cannot accept legislation that would hurt
                       * American farmers": the actor is in the thing's
                       * relative clause (ex_object_in_thing_relative) */
    if (ex_market_object(st, obj))
        return KG_OK; /* "pulled out of the U.S. energy futures market":
                       * a market, no state (ex_market_object) */
    if (ex_between_gerund(st, rel, t0))
        return KG_OK; /* "the link between arriving in Britain and
                       * claiming asylum": an activity named, no one's
                       * act (ex_between_gerund) */
    if (ex_market_demand(st, rel, t0, t1))
        return KG_OK; /* "to meet strong demand from investors": a
                       * market's demand, no actor's (ex_market_demand) */
    if (ex_trade_noun(st, rel, t0) && !obj->is_value &&
        ex_trade_figures(st))
        return KG_OK; /* "exports to the Community rose seven pct": a
                       * statistic, no act (ex_trade_figures) */
    /* Types are compared as strings: rules that build their relation in
     * place name the type with a literal of their own, which only the
     * linker's merging of equal literals made the same pointer as the
     * lexicon's (not under ASan, where an act was then written twice). */
    for (i = 0; i < *nseen; i++)
        if (!strcmp(seen[i].subj, subj->id) && !strcmp(seen[i].obj, obj->id) &&
            !strcmp(seen[i].type, rel->type) && seen[i].negated == negated)
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
    /* ("China applied to join GATT in July 1986": 1986-07,
     * ex_dated_earlier) */
    r.date = ex_dated_earlier(st, t0, t1);
    if (!r.date)
        r.date = ex_event_date(st);
    r.subject = *subj;
    if (ex_bare_country(st, subj) && ex_home_curfew(rel->cameo) &&
        !obj->is_value && obj->country && !strcmp(subj->id, obj->country)) {
        /* "Sri Lanka lifted the curfew", "imposed a curfew on Jaffna":
         * the country acting on its own land is its government (node LKA
         * coded LKAGOV, as "the Sri Lankan government" is) */
        r.subject.code = ex_concat(st, subj->code, "GOV");
        if (!r.subject.code)
            return KG_ENOMEM;
    }
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
    if (rel->cameo && !negated && !obj->is_value &&
        (!strncmp(rel->cameo, "02", 2) || !strncmp(rel->cameo, "03", 2) ||
         !strncmp(rel->cameo, "10", 2))) {
        st->proposer = *subj;
        st->proposed_to = *obj;
        st->have_proposal = 1;
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
        !strcmp(rel->cameo, "190") &&
        ((!ex_force_code(subj->code) &&
          (ex_attack_on_words(st, t1) ||
           ex_attack_in_words(st, subj, obj,
                              ex_tok_from(st, obj->end)))) ||
         ex_domestic_rivals(subj, obj))) {
        /* "The Tory co-chairman attacked Labour's six new pledges as
         * vacuous": words attacked, criticism (111); so is an attack
         * on a party or told with ", saying" (ex_attack_in_words) */
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
    if (rel->cameo && !strcmp(modality, "intended") &&
        ex_planned_aid(st, rel->cameo, t0))
        st->intent_word = 1; /* (033, 0331 ... by ex_threat_code) */
    if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
        !strcmp(modality, "asserted") &&
        (ex_decided_to(st, t0) || ex_dated_later(st, t0, t1) ||
         ex_due_here(st, t0) || (rel->noun && ex_ahead_of_noun(st, t0)) ||
         (!rel->noun && ex_present_later_today(st, t0, t1))))
        modality = "intended"; /* (036 by ex_threat_code) */
    if (rel->noun && rel->cameo && !strncmp(rel->cameo, "04", 2) &&
        !strcmp(modality, "asserted"))
        modality = ex_meeting_noun_modal(st, t1, obj, modality);
    /* ("he said Russia would attack Georgia": another's act of conflict
     * reported with "would" is a forecast, no threat of the actor's;
     * cooperation so reported is the plan announced) */
    if (st->reported_would && !st->intent_word && rel->cameo &&
        rel->cameo[0] == '1' && !strcmp(modality, "intended"))
        modality = "hypothetical";
    /* "Sudan and the rebels are likely to restart talks Thursday", "was
     * expected to fly to Washington for talks": a meeting forecast is
     * one announced, an intent to meet (036), where an expected attack
     * stays a forecast (hypothetical, ex_cues) */
    if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
        !strcmp(modality, "hypothetical") && t0 >= 2 &&
        ex_tok_is(st, t0 - 1, "to") &&
        (ex_tok_is(st, t0 - 2, "expected") ||
         ex_tok_is(st, t0 - 2, "likely") ||
         /* ("appeared poised to visit Turkey": ex_looks_ready) */
         ex_looks_ready(st, ex_before_when(st, t0 - 1))))
        modality = "intended";
    if (ex_yes_no_question(st, t0)) {
        /* the act asked about is kept, hypothetical, with no event code
         * (as an act asked for is) */
        modality = "hypothetical";
        question = 1;
    }
    r.rel_start = st->toks[t0].start;
    r.rel_end = st->toks[t1 - 1].end;
    /* ("asked Russia for tanks and helicopters to fight the Taliban":
     * the fight the means are asked for is the appeal's reason, no threat
     * (138) nor an intent of its own; the appeal is the event) */
    r.cameo = obj->is_value || question ||
                      (st->means_purpose && !strcmp(modality, "intended"))
                  ? NULL
              : verbal      ? "111"
              : ex_announced_reduction(st, rel->cameo, modality, t0, t1)
                  ? rel->cameo
                  : ex_threat_code(rel->cameo, modality, st->intent_word);
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
                /* ("police fired live bullets at opposition supporters",
                 * "soldiers opened fire on opposition supporters": the
                 * opposition as a crowd the police or the army face; an
                 * armed opposition is REB) */
                (ex_code_ends(obj->code, "OPP") && !ex_one_person(st, obj) &&
                 (ex_code_ends(subj->code, "COP") ||
                  ex_code_ends(subj->code, "MIL"))))) {
        /* "security forces opened fire on protesters", "troops beat
         * demonstrators", "police fired water cannon at protesters":
         * force against protesters by those who keep order is violent
         * repression (175), not combat or plain coercion (170) */
        r.type = "repress";
        r.label = "represses";
        r.cameo = "175";
    }
    if (r.cameo && !strcmp(r.cameo, "172") &&
        !strcmp(rel->pattern, "bar * from") && t1 < st->ntoks &&
        (ex_code_ends(subj->code, "COP") || ex_code_ends(subj->code, "MIL")) &&
        ex_pronoun_is(&st->toks[t1], ex_moving)) {
        /* "riot police barred the judges from returning to their
         * offices", "troops barred crowds from entering the town": police
         * or soldiers who keep people from going somewhere restrict their
         * movement (191); a state's ban ("Russia barred British ministers
         * from entering the country") stays an administrative sanction
         * (172) */
        r.type = "blockade";
        r.label = "restricts the movement of";
        r.cameo = "191";
    }
    if (r.cameo && !strcmp(r.cameo, "192") &&
        (fm = ex_taken_from_armed(st, t1, rel)) != NULL &&
        !strcmp(fm->ent.id, obj->id)) {
        /* "retook the city from Islamic militants": the armed side the
         * ground is taken from is fought (190, ex_taken_from_armed) */
        r.type = "attack";
        r.label = "attacks";
        r.cameo = "190";
    }
    if (r.cameo && !strcmp(r.cameo, "1712") &&
        !strcmp(rel->type, "destroy") && ex_code_ends(obj->code, "MIL")) {
        /* "France destroyed most of the Ivorian air force", "the rebels
         * destroyed an army garrison": a state's forces destroyed are a
         * use of military force (190, as CAMEO's verb dictionary files
         * ATTACK and SHELL), not property destroyed (1712: "troops tore
         * down houses in the camp") */
        r.type = "attack";
        r.label = "attacks";
        r.cameo = "190";
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
        /* "Boko Haram bombed a market": a bombing by rebels, militias,
         * gunmen or gangs is CAMEO's unconventional violence, 183, not
         * the military force of root 19.  A killing by them of people
         * who bear no arms is 1823 only as the toll of their act
         * ("bombed a church, killing 14 worshippers", the bombing's
         * root); told as the act itself ("gunmen killed the governor",
         * "militants gunned down a Briton") it is 190, as CAMEO's verb
         * dictionary files KILL and SHOOT and as the real-news coders
         * code every such killing (tools/eval/realnews/README.md; the
         * code book's own examples cb-1823-a, -b say 1823) */
        if (!strcmp(rel->pattern, "bomb")) {
            r.type = "bomb";
            r.label = "bombs";
            r.cameo = "183";
        } else if (!strcmp(rel->type, "kill") && !ex_armed_code(obj->code) &&
                   ex_harm_participle(st, t0)) {
            r.cameo = "1823";
        }
    }
    if (r.cameo && !strcmp(r.cameo, "1823") && !strcmp(rel->type, "kill") &&
        (!strcmp(rel->pattern, "shoot dead") ||
         !strcmp(rel->pattern, "gun down")) &&
        ex_armed_code(obj->code) && !ex_code_ends(obj->code, "SPY")) {
        /* "Colombian soldiers shot dead five FARC guerrillas", "rebels
         * gunned down two soldiers": armed men shot dead are a fight
         * with small arms (193), as "killed" rebels or soldiers stay
         * fighting (190); unarmed people shot dead stay killed by
         * physical assault (1823: "troops shot dead two teenagers") */
        r.cameo = "193";
    }
    if (r.cameo && !strcmp(rel->type, "kill") &&
        (!strcmp(r.cameo, "190") || !strcmp(r.cameo, "1823") ||
         !strcmp(r.cameo, "193")) &&
        ex_official_object(st, t0, t1, subj, obj)) {
        /* "Israel killed Hamas leader Sheikh Ahmed Yassin", "gunmen shot
         * dead the tourism minister", "rebels killed the governor of
         * Kunar": the killing of a named office holder or leader is an
         * assassination (186), whoever kills, not a battle (190) nor a
         * plain killing by physical assault (1823) */
        r.type = "assassinate";
        r.label = "assassinates";
        r.cameo = "186";
    }
    if (tried && r.cameo && !strcmp(rel->type, "kill") &&
        (!strcmp(r.cameo, "186") || ex_leader_victim(obj))) {
        /* "set off a bomb in a failed effort to kill the vice-president",
         * "in a bid to kill Kenya's vice-president": a killing of an
         * office holder only tried for is an attempted assassination
         * (185, as "tried to kill" is), neither the assassination (186)
         * nor a battle (190) */
        r.type = "assassinate";
        r.label = "attempts to assassinate";
        r.cameo = "185";
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
               !ex_armed_code(obj->code) && !ex_casualties_told(st, t1) &&
               !(ex_war_front_told(st) && obj->code &&
                 strlen(obj->code) == 3) &&
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
    if (r.cameo && !strcmp(r.cameo, "202") &&
        !strcmp(rel->type, "mass_violence") &&
        (ex_armed_code(obj->code) || ex_code_ends(obj->code, "COP"))) {
        /* "claimed responsibility for slaughtering members of the Iraqi
         * security forces", "massacred 30 soldiers": a force, armed men
         * or police killed in numbers are no mass killing of the
         * unarmed (202), they are fought (190) */
        r.type = "kill";
        r.label = "kills";
        r.cameo = "190";
    }
    if (r.cameo && !strcmp(r.cameo, "174") &&
        ex_leaves_own_country(st, t1, obj)) {
        /* "gave Saddam Hussein and his sons 48 hours to leave Iraq": time
         * given to leave one's own country is an ultimatum (139), no
         * deportation from the giver's (extra24: cb2-139-a) */
        r.type = "ultimatum";
        r.label = "gives an ultimatum to";
        r.cameo = "139";
    }
    if (r.cameo && !strcmp(r.cameo, "174") && ex_code_ends(obj->code, "MIL") &&
        ex_forces_noun(obj)) {
        /* "ordered French troops to leave": a force is not deported
         * people (a soldier may be); its expulsion is 166 */
        r.type = "expel";
        r.label = "expels";
        r.cameo = "166";
    }
    if (r.cameo && !strcmp(r.cameo, "174") && obj->code &&
        !strncmp(obj->code, "NGO", 3) && strncmp(obj->code, "NGOHRI", 6) &&
        strncmp(obj->code, "NGOENV", 6)) {
        /* "Sudan ordered Oxfam out of Darfur", "Ethiopia expelled
         * Medecins Sans Frontieres": an aid agency sent away is 1663, not
         * deported people (rights and green groups are no aid agencies) */
        r.type = "withdraw";
        r.label = "expels aid agency";
        r.cameo = "1663";
    }
    {
        kg_entity people;
        const kg_entity *o =
            ex_state_people(st, &r.object, subj, r.cameo, &people);
        if (o == &r.object)
            o = ex_granted_people(st, &r.object, subj, r.cameo, &people);
        if (o != &r.object)
            r.object = *o;
    }
    if (r.cameo && !rel->noun && ex_questioned(st, t0)) {
        r.cameo = NULL; /* (see ex_questioned) */
        modality = "hypothetical";
    } else if (r.cameo && ex_supposed(st, t0) &&
               /* (an option weighed, "weighing whether to freeze aid
                * to", is the subject's act of considering: 014) */
               strcmp(rel->type, "consider_option") != 0) {
        r.cameo = NULL; /* (see ex_supposed) */
        modality = "conditional";
    }
    /* "asked Japan to open its farm market to help Washington", "will meet
     * with Japanese banks to seek Japanese support": an infinitive that an
     * act only asked for, planned or supposed governs in its clause is
     * no more done than that act (asked for still, with no code, as
     * other acts asked for; else supposed).  Read last, after this
     * act's own modality ("agreed to set up a commission" is intended) */
    if (!rel->noun && !strcmp(modality, "asserted") && st->open_mod &&
        (ex_open_act_governs(st, st->open_mod_end, t0) ||
         /* (the same act emitted again, the other way: "are to meet to
          * discuss trade", both sides) */
         (st->open_rel == rel && st->open_mod_end == t1))) {
        if (!strcmp(st->open_mod, "demanded")) {
            modality = "demanded";
            r.cameo = NULL;
        } else {
            modality = "hypothetical";
        }
    }
    /* "urging the Reagan administration to block": an act asked of
     * another is not done (kept, with no code, as other acts asked for) */
    /* ("asked its allies to launch an attack on": the noun's light verb
     * is that infinitive, ex_noun_light_verb) */
    if (!negated && !strcmp(modality, "asserted") &&
        (!rel->noun || (i = ex_noun_light_verb(st, t0)) != t0) &&
        ((asked = ex_asked_infinitive(st, rel->noun ? i : t0)) != 0 ||
         /* "pressed Islamabad to seal its border and cut off supplies
          * to the Taliban": the second verb is asked for as the first
          * (an event noun, by its light verb) */
         (asked = ex_asked_and_verb(st, rel->noun ? i : t0)) != 0 ||
         (asked = ex_asked_stop(st, t0)) != 0)) {
        if (asked == 1) {
            modality = "demanded";
            r.cameo = NULL;
        } else {
            modality = "hypothetical"; /* (owed, as "has to" is) */
        }
    }
    if (r.cameo && (ex_self_visit(rel, &r.subject, &r.object) ||
                    (rel == &ex_stay_purpose_entry && r.subject.country &&
                     r.object.country &&
                     !strcmp(r.subject.country, r.object.country))))
        r.cameo = NULL; /* (kept in the graph, no event: ex_self_visit,
                         * ex_stay_purpose_entry) */
    if (negated && r.cameo && ex_failed_to_agree(st, rel, t0, t1)) {
        r.type = "negotiate"; /* (see ex_failed_to_agree) */
        r.label = "negotiates with";
        r.cameo = "046";
        negated = 0;
    }
    r.negated = negated;
    r.modality = modality;
    if (!negated && strcmp(modality, "asserted") != 0 &&
        strcmp(modality, "reported") != 0) {
        st->open_mod = modality;
        st->open_mod_end = t1;
        st->open_rel = rel;
    }
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
    ex_nonstate_sector(&r.subject);
    ex_nonstate_sector(&r.object);
    if (speaker)
        ex_nonstate_sector(&spk);
    kg_doc_source_span(st->doc, r.start, r.end, &r.start, &r.end);
    kg_doc_source_span(st->doc, r.rel_start, r.rel_end, &r.rel_start,
                       &r.rel_end);
    ex_source_span(st, &r.subject);
    ex_source_span(st, &r.object);
    if (st->stats && cb != ex_no_relation)
        st->stats->relations++;
    if ((err = cb(&r, payload)) != KG_OK)
        return err;
    return ex_guest_subject_visit(st, s, idx, subj, obj, r.cameo, rel, t0, t1,
                                  negated, modality, speaker, conf, seen,
                                  nseen, cb, payload);
}

/* ---- coordination, trips, passives and agents ------------------------- */

/* "Protests by students against Israel", "there were attacks by rebels
 * on", "led to protests by farmers": a plural -s form with its agent
 * after "by" is a noun (a verb's "-s" form takes no "by" agent; "protests
 * by sending a letter" is the verb's means, an -ing word). */
static int ex_plural_by(const ex_state *st, size_t i)
{
    const char *w = st->toks[i].lower;
    size_t n = strlen(w), j;
    if (n < 4 || w[n - 1] != 's' || w[n - 2] == 's' || w[n - 2] == 'u' ||
        w[n - 2] == 'i' || i + 2 >= st->ntoks || !ex_tok_is(st, i + 1, "by"))
        return 0;
    j = ex_after_dets(st, i + 2);
    return j < st->ntoks && st->toks[j].kind != KG_TOK_PUNCT &&
           !ex_is_ing(st, j);
}

/* "detonated a bomb on a bus, killing 19 Israelis", "set off a roadside
 * bomb as a patrol passed, wounding two American soldiers": the party an
 * act of force with no object of its own struck, named in the toll that
 * follows it (a comma, then killing, wounding or injuring and the
 * victims, or "that" or "which" and killed, wounded or injured, within
 * a dozen words and before the sentence or clause ends).  Returns its
 * mention and sets *at to the participle's token, or
 * NULL. */
const ex_mention *ex_toll_party(const ex_state *st, size_t t1, size_t *at)
{
    static const char *const harm[] = {"killing", "wounding", "injuring",
                                       NULL};
    static const char *const harmed[] = {"killed", "wounded", "injured",
                                         NULL};
    size_t j, k;
    const ex_mention *m;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':'))
            return NULL;
        if (j == 0 || j + 1 >= st->ntoks ||
            !((ex_tok_punct(st, j - 1, ',') &&
               ex_pronoun_is(&st->toks[j], harm)) ||
              /* ("set off a bomb that wounded 12 civil guards") */
              ((ex_tok_is(st, j - 1, "that") ||
                ex_tok_is(st, j - 1, "which")) &&
               ex_pronoun_is(&st->toks[j], harmed))))
            continue;
        k = j + 1;
        m = ex_actor_at(st, k);
        if (!m) {
            k = ex_object_modifiers(st, k);
            if (k == (size_t)-1)
                return NULL;
            m = ex_actor_at(st, k);
        }
        /* (a country named: "killing nine people" outside an embassy
         * says whose people only by where they were) */
        if (!m || ex_is_date(&m->ent) || !m->ent.code || !*m->ent.code ||
            !m->ent.country || !*m->ent.country ||
            ex_tok_is(st, m->t1 - 1, "people") ||
            ex_tok_is(st, m->t1 - 1, "persons"))
            return NULL;
        *at = j;
        return m;
    }
    return NULL;
}

/* "Four Israeli soldiers were killed when Palestinian militants blew up
 * a tunnel", "two soldiers were wounded when Afghan aircraft raided the
 * village": the victims a passive of harm names before "when", "as" or
 * "after" (a date may stand between) are the party of the act of force
 * whose subject, mention sm, opens that clause, as a toll after it is
 * (ex_toll_party).  Returns the victims' mention, or NULL. */
const ex_mention *ex_victims_before(const ex_state *st, const ex_mention *sm)
{
    static const char *const harmed[] = {"killed", "wounded", "injured",
                                         "hurt", NULL};
    static const char *const links[] = {"when", "as", "after", NULL};
    static const char *const days[] = {
        "today",  "yesterday", "tonight",  "monday", "tuesday", "wednesday",
        "thursday", "friday",  "saturday", "sunday", NULL};
    const ex_mention *v, *d;
    size_t k = sm->t0;
    k = ex_before_dets(st, k);
    if (k < 4 || !ex_pronoun_is(&st->toks[k - 1], links))
        return NULL;
    k--;
    if ((d = ex_mention_at(st, k - 1)) != NULL && d->t1 == k &&
        ex_is_date(&d->ent)) {
        k = d->t0;
        if (k > 0 && ex_tok_is(st, k - 1, "on"))
            k--;
    } else if (ex_pronoun_is(&st->toks[k - 1], days)) {
        k--;
        if (ex_tok_is(st, k - 1, "on"))
            k--;
    }
    if (k < 3 || !ex_pronoun_is(&st->toks[k - 1], harmed) ||
        !(ex_tok_is(st, k - 2, "were") || ex_tok_is(st, k - 2, "was")))
        return NULL;
    v = ex_actor_before(st, k - 2);
    if (!v || !v->ent.code || !*v->ent.code || !v->ent.country ||
        !*v->ent.country)
        return NULL;
    return v;
}

/* "raided the town, arresting three men and killing two Palestinians":
 * is the -ing word at i, right after "and", the second of two
 * participles whose first follows a comma (up to 20 tokens before, no
 * other punctuation between)? */
static int ex_second_participle(const ex_state *st, size_t i)
{
    size_t k;
    if (i < 4 || !ex_tok_is(st, i - 1, "and"))
        return 0;
    for (k = i - 2; k >= 2 && i - k <= 20; k--) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_is_ing(st, k) && ex_tok_punct(st, k - 1, ','))
            return 1;
    }
    return 0;
}

/* "shelled Gaza, killing two Palestinians", "raided the camp, killing at
 * least 14 militants": is token i an -ing form of a verb of harm opening
 * a participle clause (after a comma) with an object of its own (an
 * article, a count or an actor; not "of": ", killing of civilians" is the
 * noun)?  Wire copy tells the toll of an act so; the noun entry
 * "killing" (of) read it as a noun with no party. */
int ex_harm_participle(const ex_state *st, size_t i)
{
    static const char *const ing[] = {"killing", "bombing", NULL};
    static const char *const about[] = {
        "at",     "more",     "some",  "about",  "nearly", "up",
        "over",   "one",      "two",   "three",  "four",   "five",
        "six",    "seven",    "eight", "nine",   "ten",    "dozens",
        "scores", "hundreds", "tens",  "thousands", "several", NULL};
    const ex_mention *m;
    const ex_tok *q;
    if (i == 0 || i + 1 >= st->ntoks || !ex_pronoun_is(&st->toks[i], ing) ||
        !(ex_tok_punct(st, i - 1, ',') || ex_second_participle(st, i)))
        return 0;
    q = &st->toks[i + 1];
    m = ex_mention_at(st, i + 1);
    return q->tag == KG_W_DET || q->tag == KG_W_POSS ||
           q->kind == KG_TOK_NUMBER || ex_pronoun_is(q, about) ||
           (m && m->t0 == i + 1 && !m->dropped && !ex_is_date(&m->ent));
}

/* "U.N. sanctions would hurt", "U.S. sanctions imposed on Iraq will
 * stay": a plural -s word after a body's name whose clause goes on to a
 * modal or auxiliary (at once, or after a participle phrase "imposed on
 * it", with or without commas) is the noun that clause is about: the verb
 * "sanctions" takes its object next ("the U.N. sanctions Iraq") and no
 * second finite verb follows it. */
static int ex_plural_before_modal(const ex_state *st, size_t i)
{
    size_t j;
    if (!ex_plural_noun(st, i) || i + 1 >= st->ntoks)
        return 0;
    j = i + 1;
    if (ex_tok_punct(st, j, ',') && j + 1 < st->ntoks &&
        ex_ends_ed(st, j + 1)) {
        /* "U.N. sanctions, threatened over atrocities in Darfur, would
         * lead": the participle set off by commas, up to a dozen words */
        for (j += 2; j < st->ntoks && j < i + 14; j++)
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, '.'))
                break;
        if (j + 1 >= st->ntoks || !ex_tok_punct(st, j, ','))
            return 0;
        j++;
    } else if (ex_ends_ed(st, j)) {
        /* a participle phrase: up to eight words, no comma or verb of
         * its own before the modal */
        for (j++; j < st->ntoks && j < i + 10; j++) {
            const ex_tok *q = &st->toks[j];
            if (q->tag == KG_W_MODAL || q->tag == KG_W_FUTURE ||
                q->tag == KG_W_AUX)
                break;
            if (q->kind == KG_TOK_PUNCT || ex_tok_is(st, j, "that"))
                return 0;
        }
        if (j >= st->ntoks || j >= i + 10)
            return 0;
    }
    return st->toks[j].tag == KG_W_MODAL || st->toks[j].tag == KG_W_FUTURE ||
           st->toks[j].tag == KG_W_AUX;
}

/* "air strikes continued in", "raids have resumed in", "the offensive
 * began in": a verb of aspect right after a noun ending at t1 (an
 * auxiliary may come first), which tells only that the noun's act goes on
 * or starts.  The token after it, or 0 when there is none. */
size_t ex_aspect_verb_after(const ex_state *st, size_t t1)
{
    static const char *const aspect[] = {
        "continue",  "continued", "continues",  "continuing", "resume",
        "resumed",   "resumes",   "resuming",   "intensified", "intensify",
        "intensifies", "escalated", "escalate", "escalates",  "began",
        "begun",     "begin",     "begins",     "started",    "start",
        "starts", NULL};
    size_t j = t1;
    if (j < st->ntoks && st->toks[j].tag == KG_W_AUX)
        j++;
    if (j + 1 >= st->ntoks || !ex_pronoun_is(&st->toks[j], aspect))
        return 0;
    return j + 1;
}

/* Noun or verb reading of a trigger word, from the word before it:
 * "Russian trade" and "the trade" are nouns, "to trade", "Russia trades"
 * and "they trade" verbs.  Returns 1, 0, or -1 when undecided. */
/* "he told reporters after meeting Suharto", "Miyazawa, after meeting
 * Baker, said", "would leave for Zurich after meeting Stoltenberg": an
 * -ing form after "after" or "before" inside the sentence, with an
 * object of its own (an article, a possessive or a named actor), is a
 * verb, as after the time word that opens one (ex_want_noun); the noun
 * "meeting" would want "with".  Its subject: ex_after_gerund_subject. */
int ex_after_gerund(const ex_state *st, size_t i)
{
    const ex_mention *m;
    const ex_tok *q;
    if (i < 2 || i + 1 >= st->ntoks ||
        !(ex_tok_is(st, i, "meeting") || ex_tok_is(st, i, "visiting")) ||
        !(ex_tok_is(st, i - 1, "after") || ex_tok_is(st, i - 1, "before")))
        return 0;
    q = &st->toks[i + 1];
    m = ex_mention_at(st, i + 1);
    /* ("after meeting President Suharto": a title before the name) */
    return q->tag == KG_W_DET || q->tag == KG_W_POSS ||
           (q->kind == KG_TOK_WORD && (q->flags & KG_TOKF_CAP) && !m) ||
           (m && m->t0 == i + 1 && !m->dropped && !m->ent.is_value &&
            !ex_is_date(&m->ent));
}

/* "economists said U.S. pressure on West Germany had eased", "EC support
 * for the plan grew", "Kremlin pressure on Kiev": a bare trigger word (no
 * -s, -ed or -ing) right after the capitalised name of one state, body or
 * person (a country, an organisation, a metonym, a person; not a
 * demonym, which ex_want_noun reads already, nor a common noun such as
 * "government", whose state is only guessed), with a preposition after
 * it, is the noun the name modifies: a verb after a singular name would
 * take its -s ("the U.S. pressures Japan"), and a plural subject ("Iran
 * and Iraq agree to") is left alone. */
static int ex_name_modifier(const ex_state *st, const ex_mention *m,
                            size_t i)
{
    static const char *const preps[] = {"on", "for", "to", "against",
                                        "of", "with", NULL};
    const ex_tok *t = &st->toks[i];
    size_t n = strlen(t->lower);
    if (m->kind == KG_NAME_DEMONYM || !m->ent.type ||
        (strcmp(m->ent.type, "Country") != 0 &&
         strcmp(m->ent.type, "Organization") != 0 &&
         strcmp(m->ent.type, "Person") != 0) ||
        m->t1 != i || !(st->toks[i - 1].flags & KG_TOKF_CAP) || n < 3 ||
        t->lower[n - 1] == 's' || ex_ends_ing(st, i) || i + 1 >= st->ntoks ||
        !ex_pronoun_is(&st->toks[i + 1], preps))
        return 0;
    /* (coordinated names share a plural verb: "Iran and Iraq agree to") */
    return !(m->t0 > 0 && (ex_tok_is(st, m->t0 - 1, "and") ||
                           ex_tok_punct(st, m->t0 - 1, ',')));
}

int ex_want_noun(ex_state *st, size_t i)
{
    const ex_tok *p;
    const ex_mention *m;
    if (ex_ends_ed(st, i))
        return 0;
    if (ex_tok_is(st, i + 1, "between"))
        return 1; /* "fierce battles between US troops and militants":
                   * a verb takes no "between" straight after it */
    if (ex_plural_by(st, i))
        return 1;
    if (ex_plural_noun(st, i) && ex_aspect_verb_after(st, i + 1))
        return 1; /* "US surgical strikes continue in Fallujah": a verb
                   * that says an act goes on follows its noun */
    if (i == 0)
        return -1;
    if (ex_harm_participle(st, i))
        return 0; /* ", killing two soldiers": the verb */
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
        m = ex_actor_at(st, i + 1);
        if (q->tag == KG_W_DET || q->tag == KG_W_POSS ||
            (m && !ex_is_date(&m->ent)))
            return 0;
    }
    if (ex_after_gerund(st, i))
        return 0;
    if (p->tag == KG_W_DET && ex_visiting_modifier(st, i))
        return 0; /* "told a visiting Nicaraguan delegation": the guest's
                   * modifier, read as the verb that ex_visiting_modifier
                   * makes the host's 043 (the noun "visit" wants "to") */
    if (ex_light_verb(st, i - 1))
        return 1; /* "provide support", "impose sanctions" */
    if (ex_pronoun_is(p, ex_stop_words) && ex_plural_noun(st, i))
        return 1; /* "suspended exports to", "halted deliveries to": the
                   * stopped act is the verb's object */
    {
        /* "launched coordinated attacks on", "carried out deadly attacks
         * on", "staged nearly simultaneous attacks on": up to two
         * modifiers between the light verb and its noun */
        size_t j;
        for (j = i - 1; j > 0 && i - j <= 2; j--) {
            const ex_tok *a = &st->toks[j];
            if (!ex_plain_word(st, j) || a->trigger)
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
        /* "Russian trade", "his Western allies", "Turkey's NATO allies",
         * "Norwegian-brokered talks" */
        size_t b = m->t0;
        if (ex_plural_before_modal(st, i))
            return 1; /* "U.N. sanctions imposed on it would lead to" */
        if (ex_name_modifier(st, m, i))
            return 1; /* "U.S. pressure on Japan", "EC support for" */
        return m->kind == KG_NAME_DEMONYM || ex_broker_mention(st, m) ||
                       (b > 0 && (st->toks[b - 1].tag == KG_W_POSS ||
                                  st->toks[b - 1].tag == KG_W_DET ||
                                  ex_tok_possessive(st, b - 1)))
                   ? 1
                   : 0;
    }
    if (!strcmp(p->lower, "s") || !strcmp(p->lower, "'s"))
        return 1; /* Turkey's requests */
    if (i >= 2 && ex_ends_ed(st, i - 1) &&
        (st->toks[i - 2].tag == KG_W_DET || st->toks[i - 2].tag == KG_W_POSS ||
         ex_tok_possessive(st, i - 2)))
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
            if (!ex_plain_word(st, j - 1) || a->trigger)
                break;
            if (st->toks[j - 2].tag == KG_W_DET ||
                st->toks[j - 2].tag == KG_W_POSS ||
                /* ("Putin's historic visit to Japan", "Downer's brief
                 * official visit": after an actor's possessive, as
                 * after "his") */
                ex_tok_possessive(st, j - 2))
                return 1;
            /* "arrested 35 members in dawn raids in Alexandria", "killed
             * five soldiers in separate attacks": a plural after a
             * preposition and its modifiers is a noun (the verb would
             * make the actor before the preposition its subject) */
            if (st->toks[j - 2].tag == KG_W_PREP &&
                !ex_tok_is(st, j - 2, "to") && ex_plural_noun(st, i))
                return 1;
            /* "halted arms supplies to Nepal", "suspended food
             * deliveries": a plural after a verb that stops an act and a
             * modifier is that verb's object, a noun */
            if (ex_pronoun_is(&st->toks[j - 2], ex_stop_words) &&
                ex_plural_noun(st, i))
                return 1;
        }
    }
    return -1;
}

/* ex_want_noun as the matcher asks it (kg_onto__match_relation_want),
 * payload the state: only when two entries tie but in their kind. */
int ex_want_noun_at(size_t i, void *payload)
{
    return ex_want_noun(payload, i);
}

/* Relations that hold both ways when several actors share them ("met",
 * "held talks", "clashed"): CAMEO's consultations (04) and a few more. */
int ex_symmetric(const kg_onto_relation *rel)
{
    static const char *const types[] = {"meet", "negotiate", "cooperate",
                                        "trade", "clash", "fight", "talk",
                                        "relation", "partnership",
                                        "alliance", "friendship",
                                        "rivalry", "dispute", NULL};
    /* a visit, a host and a mediator are not shared: "China, India and
     * Brazil were invited to attend" is no visit of each to each; nor is
     * a meeting attended ("Chile, Peru and Bolivia are attending the
     * conference", 044): its attendees sit at one table with others, none
     * is named as the other's counterpart */
    if (rel->type && !strcmp(rel->type, "meet_third"))
        return 0;
    if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
        strncmp(rel->cameo, "042", 3) != 0 &&
        strncmp(rel->cameo, "043", 3) != 0 &&
        strncmp(rel->cameo, "045", 3) != 0)
        return 1;
    if (ex_word_among(rel->type, types))
        return 1;
    /* (a truce kept by two sides together, 0871: "Pakistan and India
     * agreed to stop firing", "Hamas and Israel stop firing" is each
     * side's with the other) */
    if (rel->cameo && !strcmp(rel->cameo, "0871"))
        return 1;
    /* ("Paris and London see eye to eye on defence", "shared the same
     * view on Yemen": a view shared, 019, is each one's with the other) */
    if (rel->cameo && !strcmp(rel->cameo, "019"))
        return 1;
    /* "Iran and Saudi Arabia restored diplomatic relations": relations
     * established or restored (054) are each side's with the other, as
     * ties restored are (050); a recognition of a third ("recognised
     * Kosovo") has its object */
    return rel->cameo && !strcmp(rel->cameo, "054") &&
           (strstr(rel->pattern, "relation") != NULL ||
            strstr(rel->pattern, " tie") != NULL);
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
int ex_time_opener(const ex_state *st)
{
    static const char *const time[] = {"after", "following", "during",
                                       "before", "on", NULL};
    size_t k = 0;
    while (k < st->ntoks && ex_is_quote(st, k))
        k++;
    return k < st->ntoks && ex_pronoun_is(&st->toks[k], time);
}

/* Does the sentence open (past quotes) with "at" or "in", as "At a news
 * conference with Blair, Bush said", "In talks with Kato, Lyng asked"
 * do?  (ex_opener_subject then asks that the consultation's noun follow
 * it, an article and one word at most between.) */
int ex_venue_opener(const ex_state *st)
{
    size_t k = 0;
    while (k < st->ntoks && ex_is_quote(st, k))
        k++;
    return k < st->ntoks &&
           (ex_tok_is(st, k, "at") || ex_tok_is(st, k, "in"));
}

/* "arrived in Rome for a visit that will include talks with the Pope",
 * "flew in for a three-day tour which includes a meeting with": what a
 * trip includes is the traveller's, as a meeting after "for" is.  At the
 * consultation's noun i (an article may open it), after "that" or
 * "which", "include" ("will" may come between) and a trip's noun phrase
 * opened by "for": returns the token after that "for", or 0.  *ahead
 * (when not NULL) is set to 1 when the trip's programme is still to come
 * ("includes", "will include"; not "included"). */
size_t ex_trip_programme(const ex_state *st, size_t i, int *ahead)
{
    static const char *const incl[] = {"include", "includes", "included",
                                       NULL};
    static const char *const trips[] = {"visit",   "trip",    "tour",
                                        "mission", "foray",   "journey",
                                        NULL};
    size_t k = i, words;
    k = ex_before_dets(st, k);
    if (k < 5 || !ex_pronoun_is(&st->toks[k - 1], incl))
        return 0;
    if (ahead)
        *ahead = !ex_tok_is(st, k - 1, "included");
    k--;
    if (ex_tok_is(st, k - 1, "will"))
        k--;
    if (k < 4 ||
        !(ex_tok_is(st, k - 1, "that") || ex_tok_is(st, k - 1, "which")) ||
        !ex_pronoun_is(&st->toks[k - 2], trips))
        return 0;
    k--;
    for (words = 0; k > 0 && words < 6 && ex_phrase_filler(st, k - 1);
         words++)
        k--;
    return k > 1 && ex_tok_is(st, k - 1, "for") ? k : 0;
}

/* "Putin travelled to Beijing for a meeting with Xi", "flew to Moscow
 * for talks with": a consultation told as a noun after "for" (an article
 * and up to two words between) that ends a trip is the traveller's: the
 * subject of the verb of motion (or of "was": "was in Moscow for talks")
 * before it, with only a place phrase (and a date: "in Cairo on Sunday")
 * between.  Returns the traveller's mention or NULL; *go_at is set to
 * the verb of motion's token when there is one, whoever the traveller
 * is, else to (size_t)-1. */
const ex_mention *ex_trip_subject(ex_state *st, size_t i, size_t *go_at)
{
    static const char *const go[] = {
        "travel",   "travels",  "travelled", "traveled", "travelling",
        "traveling", "go",      "goes",      "went",     "going",
        "fly",      "flies",    "flew",      "flying",   "arrive",
        "arrives",  "arrived",  "arriving",  "come",     "comes",
        "came",     "coming",   "head",      "heads",    "headed",
        "heading",  "return",   "returns",   "returned", "returning",
        "left",     "leave",    "leaves",    "leaving",  "visit",
        "visits",   "visited",  "visiting",
        /* "Schroeder was in Moscow on Friday for talks with Putin" */
        "is",       "was",      "are",       "were",     NULL};
    const ex_mention *sm;
    const kg_entity *subj;
    size_t k = i, words = 0;
    int pron;
    *go_at = (size_t)-1;
    while (k > 0 && words < 3 &&
           (st->toks[k - 1].tag == KG_W_DET || ex_plain_word(st, k - 1))) {
        k--;
        words++;
    }
    if ((k < 2 || !ex_tok_is(st, k - 1, "for")) &&
        (k = ex_trip_programme(st, i, NULL)) == 0)
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
    *go_at = k;
    subj = ex_subject(st, k, 0, 0, &sm, &pron);
    return subj && sm && !pron ? sm : NULL;
}

/* "Britain joined France in condemning Russia": for the -ing trigger at
 * token i whose subject sm stands right before "in", the actor that
 * joined sm (the subject of a form of "join" right before sm, articles
 * between), or NULL: both did it. */
const kg_entity *ex_joined_in(ex_state *st, const ex_mention *sm,
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
    b = ex_before_dets(st, b);
    if (b < 2 || !ex_pronoun_is(&st->toks[b - 1], join))
        return NULL;
    j = ex_subject(st, b - 1, 0, 0, &jm, &pron);
    return j && !ex_same_id(j, &sm->ent) ? j : NULL;
}

/* "despite", or "in spite of", which says the same, at token i: the
 * number of its tokens, else 0. */
size_t ex_despite_at(const ex_state *st, size_t i)
{
    if (ex_tok_is(st, i, "despite"))
        return 1;
    return i + 2 < st->ntoks && ex_tok_is(st, i, "in") &&
                   ex_tok_is(st, i + 1, "spite") && ex_tok_is(st, i + 2, "of")
               ? 3
               : 0;
}

/* "At a news conference following talks with", "Speaking to reporters
 * after talks with", "In a press conference after talks with": a short
 * phrase (a preposition or an -ing verb first, up to five more words, no
 * comma) that opens the sentence at token k before the time word of a
 * consultation told as a noun at token i.  The time word's token, else
 * k. */
size_t ex_opening_lead(const ex_state *st, size_t k, size_t i)
{
    static const char *const time[] = {"after", "following", "during",
                                       "before", NULL};
    size_t j;
    if (k >= i || ex_pronoun_is(&st->toks[k], time) ||
        st->toks[k].kind != KG_TOK_WORD ||
        !(st->toks[k].tag == KG_W_PREP || ex_is_ing(st, k)))
        return k;
    for (j = k + 1; j < i && j < k + 7; j++) {
        if (ex_pronoun_is(&st->toks[j], time))
            return j;
        if (st->toks[j].kind != KG_TOK_WORD ||
            st->toks[j].tag == KG_W_SPEECH || st->toks[j].tag == KG_W_AUX ||
            st->toks[j].tag == KG_W_SUB ||
            /* (the news conference is a meeting of its own, read
             * already, and still the lead's place) */
            (st->toks[j].trigger &&
             !((ex_tok_is(st, j, "news") || ex_tok_is(st, j, "press")) &&
               ex_tok_is(st, j + 1, "conference"))))
            return k;
    }
    return k;
}

/* "the prime ministers of Bulgaria, Albania and Macedonia", "the leaders
 * of India and Pakistan": officials named by a plural noun (a modifier or
 * two before it) and "of" or "from" before a list of actors stand for
 * them.  Returns the token after "of" when such a noun opens at token j,
 * else j. */
static size_t ex_officials_of(const ex_state *st, size_t j)
{
    static const char *const heads[] = {
        "ministers", "leaders", "presidents", "premiers", "representatives",
        "delegations", "envoys", "officials", "governments", NULL};
    size_t k;
    for (k = j; k < st->ntoks && k < j + 3; k++) {
        if (st->toks[k].kind != KG_TOK_WORD ||
            (st->toks[k].flags & KG_TOKF_CAP) || ex_mention_at(st, k))
            return j;
        if (ex_pronoun_is(&st->toks[k], heads))
            return k + 2 < st->ntoks && (ex_tok_is(st, k + 1, "of") ||
                                         ex_tok_is(st, k + 1, "from"))
                       ? k + 2
                       : j;
    }
    return j;
}

/* The last member of a list of actors that m opens ("France and Germany",
 * "Bulgaria, Albania and Macedonia"), or m when no list with "and" before
 * its last member follows it. */
static const ex_mention *ex_list_last(const ex_state *st,
                                      const ex_mention *m)
{
    const ex_mention *last = m;
    size_t j = m->t1;
    for (;;) {
        const ex_mention *n;
        int and_ = 0;
        if (j < st->ntoks && ex_tok_punct(st, j, ','))
            j++;
        if (j < st->ntoks && ex_tok_is(st, j, "and")) {
            and_ = 1;
            j++;
        }
        if (j < st->ntoks && st->toks[j].tag == KG_W_DET)
            j++;
        if (j == m->t1 || j >= st->ntoks ||
            (n = ex_actor_at(st, j)) == NULL || ex_is_date(&n->ent) ||
            !n->ent.code || !*n->ent.code)
            return last;
        m = n;
        j = m->t1;
        if (and_)
            last = m;
    }
}

/* "After visiting the U.S., England, France and Italy, Funaro flew":
 * within the opening clause, at token j where a list of three or more
 * actors opens ("A, B and C", "A, B, C and D") and a comma follows its
 * last member, the token of that comma (the clause's end, not the first
 * comma of the list); else j.  A list that no comma ends is left alone:
 * in "After meeting Blair, Chirac and Schroeder agreed" the clause ends
 * at the first comma and the two after it are the subjects. */
static size_t ex_opener_list_end(const ex_state *st, size_t j)
{
    const ex_mention *m = ex_actor_at(st, j), *last;
    if (!m || m->t0 != j || m->t1 >= st->ntoks ||
        !ex_tok_punct(st, m->t1, ','))
        return j;
    last = ex_list_last(st, m);
    return last != m && last->t1 < st->ntoks &&
                   ex_tok_punct(st, last->t1, ',')
               ? last->t1
               : j;
}

const ex_mention *ex_opener_subject(const ex_state *st, size_t i,
                                    size_t t1)
{
    static const char *const openers[] = {
        "after", "before",  "while", "since",     "upon",   "on",
        "when",  "despite", "by",    "following", "amid",   "during",
        "at",    "in",      NULL};
    const ex_mention *m;
    size_t j, k = 0;
    while (k < i && ex_is_quote(st, k))
        k++;
    k = ex_opening_lead(st, k, i);
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
    for (j = t1; j < st->ntoks && !ex_tok_punct(st, j, ','); j++) {
        j = ex_opener_list_end(st, j);
        if (ex_tok_punct(st, j, ','))
            break;
        if (st->toks[j].kind == KG_TOK_PUNCT &&
            (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
             ex_tok_punct(st, j, ':') || ex_is_quote(st, j)))
            return NULL;
    }
    if (++j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    /* ("Before visiting Israel, Mr Blair made": the honorific is no part
     * of the name's mention) */
    if (j + 1 < st->ntoks && ex_pronoun_is(&st->toks[j], ex_honorifics))
        j++;
    /* (nor is a title kg left out of it: "After talks with Blair,
     * President Bush said") */
    /* ("By signing the accord, the prime ministers of Bulgaria, Albania
     * and Macedonia have overcome": the officials' countries) */
    j = ex_officials_of(st, j);
    if (j < st->ntoks && ((m = ex_mention_at(st, j)) == NULL || m->t0 != j)) {
        const char *agent = NULL;
        size_t tl = ex_match_title(st, j, &agent);
        if (tl && j + tl < st->ntoks &&
            (m = ex_mention_at(st, j + tl)) != NULL && m->t0 == j + tl &&
            ex_is_person(&m->ent))
            j += tl;
    }
    if (j >= st->ntoks || (m = ex_actor_at(st, j)) == NULL ||
        ex_is_date(&m->ent) || m->t1 >= st->ntoks)
        return NULL;
    /* ("Signing the accord, France and Germany ended": every member of
     * the list; the last one, from which ex_coordinated reads the rest.
     * Only for an -ing verb: "In a phone call, Macron and Putin
     * discussed" is told as the first one's call) */
    if (ex_is_ing(st, i))
        m = ex_list_last(st, m);
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
int ex_shared_act(const kg_onto_relation *rel)
{
    static const char *const types[] = {
        "sign", "cooperate_materially", "cooperate_militarily",
        "cooperate_economically", "share_intelligence", "exchange",
        "ceasefire", NULL};
    if (ex_word_among(rel->type, types))
        return 1;
    /* "Russia and Ukraine agreed to hold talks", "India and Japan agreed
     * to boost trade": an agreement to do what is done with a partner
     * (the entry's preposition is "with") binds each to the other; not
     * "the US and Britain agreed to provide aid" (to a third party).  So
     * does a dispute settled (037): "Peru and Ecuador vowed to resolve
     * their border dispute" is each one's with the other. */
    return (!strncmp(rel->pattern, "agree ", 6) ||
            (rel->cameo && !strcmp(rel->cameo, "037"))) &&
           rel->prep && ex_in_list(rel->prep, "with");
}

/* Token j past the date of an agreement ("last December", "Wednesday",
 * "on Monday", a date kg reads), not past "in" and a date ("agreed in
 * 1981 to"), and past one -ly adverb (ex_skip_when). */
static size_t ex_agree_when(const ex_state *st, size_t j)
{
    size_t w = ex_when_phrase(st, j);
    if (w > j && !ex_tok_is(st, j, "in"))
        j = w;
    return ex_skip_when(st, j);
}

/* "Pakistan and India have agreed to an early resumption of rail link",
 * "Rosneft and CNPC have agreed on the pre-payment", "Canada and France
 * also agreed to refer differences over a maritime boundary to
 * arbitration": an agreement that coordinated subjects reach with no
 * party named (bare "agree" whose trigger ends at t1, a date aside, then
 * "to" or "on" and an article or a possessive, or "to" and an infinitive)
 * is reached by each with the other (030, the entry's code).  An
 * infinitive with an entry of its own is read there ("agreed to hold
 * talks" 036, "agreed to stop firing" 0871, "agreed to upgrade their
 * relations" 050), and "agreed to provide aid to" a third names it. */
int ex_agreed_between(ex_state *st, const kg_onto_relation *rel, size_t t1)
{
    const kg_onto_relation *inner;
    size_t n;
    if (rel->noun || strcmp(rel->pattern, "agree") != 0)
        return 0;
    /* "agreed last December to the charge", "failed to agree Wednesday
     * on" (a weekday read as a date with no document date too; not a
     * past year's "agreed in 1981 to": history, as a rule) */
    t1 = ex_agree_when(st, t1);
    if (t1 + 1 >= st->ntoks ||
        !(ex_tok_is(st, t1, "to") || ex_tok_is(st, t1, "on") ||
          ex_tok_is(st, t1, "upon")))
        return 0;
    if (st->toks[t1 + 1].tag == KG_W_DET || st->toks[t1 + 1].tag == KG_W_POSS)
        return 1;
    /* ("India and Pakistan failed to agree on starting a bus service",
     * "agreed on quotas": what is agreed on, a plain noun or a gerund) */
    if (!ex_tok_is(st, t1, "to") && st->toks[t1 + 1].kind == KG_TOK_WORD &&
        st->toks[t1 + 1].tag == KG_W_NONE &&
        !(st->toks[t1 + 1].flags & KG_TOKF_CAP))
        return 1;
    /* ("Sears and Kellwood Co agreed to pay penalties of 200,000 dlrs
     * each": a payment goes from each to a third, the one who is paid;
     * no accord of the payers) */
    if (ex_tok_is(st, t1, "to") &&
        (ex_tok_is(st, t1 + 1, "pay") || ex_tok_is(st, t1 + 1, "repay") ||
         ex_tok_is(st, t1 + 1, "compensate")))
        return 0;
    return ex_tok_is(st, t1, "to") && st->toks[t1 + 1].kind == KG_TOK_WORD &&
           st->toks[t1 + 1].tag == KG_W_NONE &&
           !(st->toks[t1 + 1].flags & KG_TOKF_CAP) &&
           !kg_onto__match_relation(st->onto, st->ntoks, t1 + 1, 0, ex_lemma,
                                    st, &inner, &n);
}

/* Where the conjunct whose actor starts at token t0 starts: its
 * determiner and up to two adjectives ("and the evil awful Gondor",
 * "and neighbouring Iraq"; not participles or triggers: "and seized
 * Crimea" is a verb phrase). */
static size_t ex_conjunct_start(const ex_state *st, size_t t0)
{
    size_t j = t0, words = 0, t;
    const ex_mention *d;
    if (j > 1 && ex_faith_before_group(st, j - 1))
        j--; /* "US forces and Shia militiamen" */
    /* "Kocharyan and his Azerbaijani counterpart Heydar Aliyev met",
     * "Straw and his counterpart Moratinos": wire copy's counterpart
     * names the partner the way a title does (the nationality, a mention
     * of its own, only says whose); so does a country's possessive,
     * "Putin and Ukraine's Leonid Kuchma discussed" */
    if (j > 2 && (ex_tok_is(st, j - 1, "counterpart") ||
                  ex_tok_is(st, j - 1, "counterparts"))) {
        size_t c = j - 1;
        if ((d = ex_mention_at(st, c - 1)) == NULL && st->toks[c - 1].covered)
            d = &st->ments[st->toks[c - 1].covered - 1];
        if (d && !d->dropped && d->t1 == c && d->t0 > 0)
            c = d->t0; /* the nationality: "his Azerbaijani" */
        if (c > 0 && st->toks[c - 1].tag == KG_W_POSS)
            return c - 1;
    }
    if (j > 2 && ex_tok_is(st, j - 1, "'s") && st->toks[j - 2].covered &&
        (d = &st->ments[st->toks[j - 2].covered - 1]) != NULL &&
        !d->dropped && d->t1 == j - 1 && d->ent.type &&
        !strcmp(d->ent.type, "Country") && ex_mention_at(st, t0) &&
        ex_is_person(&ex_mention_at(st, t0)->ent)) {
        j = d->t0;
        j = ex_before_dets(st, j);
        return j;
    }
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
    /* "Peruvian officials and the head of the Bank of Mexico met": the
     * one who heads or speaks for the actor stands for it, as a title
     * does (an article before the head noun, after "and" or a comma) */
    {
        static const char *const heads[] = {
            "head", "leader", "leaders", "chief", "president", "chairman",
            "governor", "representatives", "delegation", NULL};
        size_t h = j;
        if (h > 1 && st->toks[h - 1].tag == KG_W_DET)
            h--;
        if (h > 4 && ex_tok_is(st, h - 1, "of") &&
            ex_pronoun_is(&st->toks[h - 2], heads) &&
            st->toks[h - 3].tag == KG_W_DET &&
            (ex_tok_is(st, h - 4, "and") || ex_tok_punct(st, h - 4, ',')))
            return h - 3;
    }
    while (j > 0 && words < 2) {
        const ex_tok *k = &st->toks[j - 1];
        if (!ex_plain_word(st, j - 1) || k->trigger || ex_ends_ed(st, j - 1) ||
            ex_ends_ing(st, j - 1))
            break;
        words++;
        j--;
    }
    if (words && !(j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                             ex_tok_is(st, j - 1, "and") ||
                             ex_tok_punct(st, j - 1, ','))))
        j = t0; /* "Russia and Iran" only through "and" or a comma */
    j = ex_before_dets(st, j);
    return j;
}

/* "X held talks with Y": talks held (046) have no active side; Y holds
 * them with X as much, so both directions are coded (PETRARCH does the
 * same).  A meeting (040) or a visit is kept one
 * way: who met or visited whom is news ("Erdogan met Putin in Sochi"),
 * and both ways cost the unit suite four extra events when tried. */
int ex_mutual_act(const kg_onto_relation *rel)
{
    /* ("Ecuador is negotiating with Nigeria", "haggled with": a verb of
     * bargaining told with one side as its subject is that side's act, one
     * way, as "X met Y" is (the real-news README's one-subject rule, which
     * its dev gold follows); talks held, begun or resumed stay both
     * sides') */
    static const char *const bargain[] = {"negotiate", "bargain", "haggle",
                                          NULL};
    /* ("Russia held a meeting with Iran", "held discussions with", "held
     * a phone call with": a consultation held names no active side, as
     * talks held do; the real-news README's convention (d), conv25) */
    static const char *const held[] = {"hold", NULL};
    if (rel->noun || !rel->cameo)
        return 0;
    return (strcmp(rel->cameo, "046") == 0 &&
            !ex_pattern_opens(rel, bargain)) ||
           (!strncmp(rel->cameo, "04", 2) && ex_pattern_opens(rel, held));
}

/* "Abbas said after talks with Blair", "Following talks with Blair,
 * Abbas said": talks after which one side acts or speaks were held by
 * both, as "held talks with" (the real-news convention, PETRARCH's gold
 * for "held talks"); a meeting stays one way.  Is the consultation at
 * token i such talks? */
int ex_talks_after(const ex_state *st, const kg_onto_relation *rel,
                   size_t i)
{
    static const char *const leads[] = {"after", "following", "during",
                                        "in", NULL};
    size_t j = i;
    if (!rel->cameo || strncmp(rel->cameo, "04", 2) != 0 ||
        !ex_tok_is(st, i, "talks"))
        return 0;
    /* "said during talks with Blair", "Baka, in talks with the IMF,
     * made it clear": talks one side speaks in, or is in, are held by
     * both as much; one plain word may say what they are about ("during
     * trade talks with", "in cease-fire talks with") */
    if (j > 1 && !ex_pronoun_is(&st->toks[j - 1], leads) &&
        st->toks[j - 1].kind == KG_TOK_WORD &&
        st->toks[j - 1].tag == KG_W_NONE &&
        !(st->toks[j - 1].flags & KG_TOKF_CAP) &&
        !st->toks[j - 1].covered && !ex_is_ing(st, j - 1))
        j--; /* (not a verb: "help in brokering talks with") */
    if (j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                  st->toks[j - 1].tag == KG_W_POSS))
        j--;
    return j > 0 && ex_pronoun_is(&st->toks[j - 1], leads);
}

/* "Neither Russia nor Ukraine attacked", "attacked neither Russia nor
 * Ukraine": is the actor m a member of a "neither ... nor" list (right
 * after "neither" or "nor", articles aside)?  What such a list did, none
 * of its members did. */
int ex_neither_member(const ex_state *st, const ex_mention *m)
{
    size_t j = m->t0;
    j = ex_before_dets(st, j);
    return j > 0 && (ex_tok_is(st, j - 1, "neither") ||
                     ex_tok_is(st, j - 1, "nor"));
}

/* "Obama, Erdogan discuss Syria", "Russia, China sign deal": the comma
 * of a headline joins two actors where prose says "and": the first opens
 * the sentence, the second is followed at once by a plural verb (a word
 * without a singular -s: "Turkey, Erdogan says" is attribution).  t is the first
 * actor's last token. */
static int ex_headline_pair(const ex_state *st, const ex_mention *m, size_t t)
{
    const ex_mention *p = ex_mention_at(st, t);
    size_t b, n;
    const char *w;
    if (!p || p->t1 != t + 1 || m->t1 >= st->ntoks)
        return 0;
    b = p->t0;
    b = ex_before_dets(st, b);
    /* (not an apposition: "Halcyon, a New York partnership") */
    if (b != 0 || t + 2 != m->t0 || st->toks[m->t1].kind != KG_TOK_WORD)
        return 0;
    w = st->toks[m->t1].lower;
    n = strlen(w);
    return n > 2 && (w[n - 1] != 's' || w[n - 2] == 's'); /* "discuss" */
}

/* "Toyota said it and General Motors signed an agreement", "Bridgestone
 * said that it and Clevite will launch a joint venture": a speaker that
 * names itself as "it" beside a partner, right after its speech verb
 * ("said", "says", "said that"), is one of the coordinated subjects of
 * the reported clause.  j is the token of "and"; returns the speaker's
 * coded mention (ending right before the speech verb, or before its
 * "<...>" bracket), or NULL. */
static const ex_mention *ex_speaker_and_it(const ex_state *st, size_t j)
{
    const ex_mention *p;
    size_t k;
    int person;
    if (j < 3 || !(ex_tok_is(st, j - 1, "it") || ex_tok_is(st, j - 1, "he") ||
                   ex_tok_is(st, j - 1, "she")))
        return NULL;
    person = !ex_tok_is(st, j - 1, "it");
    k = j - 2;
    if (ex_tok_is(st, k, "that"))
        k--;
    if (k < 1 || st->toks[k].tag != KG_W_SPEECH)
        return NULL;
    if (k > 1 && ex_tok_punct(st, k - 1, '>'))
        k--; /* "<Four Seasons Hotels> said" */
    p = ex_actor_before(st, k);
    /* ("Egypt's foreign minister said he and Jordan's king had met": a
     * person or an office names itself "he" or "she", a firm "it") */
    return p && p->ent.code && *p->ent.code &&
                   (!person || ex_is_person(&p->ent) || ex_is_office(st, p))
               ? p
               : NULL;
}

/* Wire copy's stock tickers and bracketed names beside "and": "Varian
 * Associates Inc <VAR> and <Siemens AG> said they signed", "<Four Seasons
 * Hotels> and VMS Realty Partners said they agreed".  Where the member
 * before the "and" at token e ends: past a "<...>" ticker right before e
 * (up to five tokens inside) to the name before it, or inside a name's
 * own closing ">"; else e. */
static size_t ex_member_end_before(const ex_state *st, size_t e)
{
    size_t k;
    if (e < 3 || !ex_tok_punct(st, e - 1, '>'))
        return e;
    if (ex_mention_at(st, e - 2) && ex_mention_at(st, e - 2)->t1 == e - 1)
        return e - 1; /* "<Four Seasons Hotels> and" */
    for (k = e - 2; k > 0 && k + 6 > e && !ex_tok_punct(st, k, '<'); k--)
        ;
    return k > 0 && ex_tok_punct(st, k, '<') ? k : e;
}

/* Mentions joined to m from the left by "and", "nor" or a comma ("Brazil and
 * the United States", "Russia, China and Iran"): up to max of them. */
size_t ex_coordinated(const ex_state *st, const ex_mention *m,
                      const kg_entity **out, size_t max)
{
    return ex_coordinated_after(st, m, (size_t)-1, out, max);
}

/* The same, for a list that is the object of the verb at token v ("urged
 * Russia and Ukraine to hold talks"): the verb before the first member is
 * no sign that the list is another clause's object. */
size_t ex_coordinated_after(const ex_state *st, const ex_mention *m, size_t v,
                            const kg_entity **out, size_t max)
{
    size_t n = 0, j, e;
    const ex_mention *m0 = m;
    while (m && n < max && m->t0 > 1) {
        const ex_mention *p;
        int pair = 0;
        j = ex_conjunct_start(st, m->t0);
        if (j == m->t0 && j >= 2 && ex_tok_punct(st, j - 1, '<'))
            j--; /* "Varian Associates Inc and <Siemens AG> said they" */
        /* "Zhao Ziyang of China and Anibal Cavaco Silva of Portugal
         * signed": a person named with "of" and a country is one member;
         * the list goes on before the person */
        if (j > 2 && ex_tok_is(st, j - 1, "of") && m->ent.type &&
            !strcmp(m->ent.type, "Country") &&
            (p = ex_mention_at(st, j - 2)) != NULL && p->t1 == j - 1 &&
            !p->dropped && ex_is_person(&p->ent) && p->t0 > 1)
            j = ex_conjunct_start(st, p->t0);
        if (n == 0 && j >= 2 && ex_tok_punct(st, j - 1, ',') &&
            ex_headline_pair(st, m0, j - 2)) {
            pair = 1; /* "Obama, Erdogan discuss Syria": a headline's pair */
        } else if (j < 2 || !(ex_tok_is(st, j - 1, "and") ||
                              ex_tok_is(st, j - 1, "nor") ||
                              (n > 0 && ex_tok_punct(st, j - 1, ','))))
            break; /* (a list ends in "and": "In Syria, Erdogan said") */
        if (ex_tok_is(st, j - 1, "and") && j >= 3 &&
            ex_tok_punct(st, j - 2, ','))
            j--; /* "the US, Russia, and Switzerland" */
        e = j - 1;
        if (j >= 5 && ex_tok_punct(st, j - 2, ')')) {
            /* "The European Community (EC) and the United States": the
             * member before its abbreviation (ex_abbrev_end) */
            size_t q = j - 3;
            while (q > j - 5 && !ex_tok_punct(st, q, '('))
                q--;
            if (ex_abbrev_end(st, q) == j - 1)
                e = q;
        }
        if (n == 0 && ex_tok_is(st, e, "and") &&
            (p = ex_speaker_and_it(st, e)) != NULL) {
            out[n++] = &p->ent; /* "Toyota said it and GM signed" */
            break;
        }
        {
            /* ("Varian Associates Inc <VAR> and", "<Four Seasons Hotels>
             * and": the member's name before its ticker or bracket) */
            size_t me = ex_member_end_before(st, e);
            p = ex_mention_at(st, me - 1);
            if (!p || p->dropped || p->ent.is_value || p->t1 != me ||
                st->toks[p->t0].paren)
                break;
        }
        {
            /* "attacked Gaza, and Hamas fired": the object of a verb
             * that related is no subject of the next clause */
            size_t b = p->t0;
            b = ex_before_dets(st, b);
            if (b > 0 && st->toks[b - 1].trigger && b - 1 != v)
                break;
            /* "After weeks of haggling in Geneva, Moscow and Washington
             * signed": the place of an opening phrase (a preposition
             * first, no actor before it) ends at its comma, it is no
             * first member ("met with Russia, Ukraine and Iran" has its
             * subject before the preposition) */
            if (!pair && ex_tok_punct(st, p->t1, ',') && b > 0 &&
                st->toks[b - 1].tag == KG_W_PREP &&
                st->toks[0].tag == KG_W_PREP) {
                size_t k;
                /* ("By signing it on Tuesday, the leaders of Bulgaria,
                 * Albania and": a comma before the member ends the
                 * opening phrase before it) */
                for (k = 0; k < b - 1 && !st->toks[k].covered &&
                            !ex_tok_punct(st, k, ',');
                     k++)
                    ;
                if (k == b - 1)
                    break;
            }
            /* ", and" ends a list of three or more ("the US, Russia, and
             * Switzerland"); after a lone actor it joins clauses:
             * "killed 11 people, including one American soldier, and
             * Rumsfeld visited", "admires India and China's Xi, and
             * India's cooperation" */
            if (n == 0 && !pair && ex_tok_punct(st, p->t1, ',') &&
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
int ex_participle_form(const ex_state *st, size_t i)
{
    const char *w = st->toks[i].lower;
    size_t n;
    /* (kept per token: asked of the same token from several scans, each
     * time a look-up of the irregular forms) */
    if (st->toks[i].participle)
        return st->toks[i].participle - 1;
    n = strlen(w);
    /* an -ing form the lexicon lists ("cutting", "putting") is a present
     * participle: "Caracas was cutting ties with Bogota" is progressive,
     * not passive */
    st->toks[i].participle =
        1 + (ex_ends_ed(st, i) || (n > 3 && !strcmp(w + n - 2, "en")) ||
             (kg_onto__irregular(st->onto, w) != NULL &&
              !ex_ends_ing(st, i)));
    return st->toks[i].participle - 1;
}

/* Does an actor's mention end right before token i, or before a form of
 * "be" there ("Solana is", "the minister was")? */
static int ex_actor_ends_before(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t b = i;
    if (b > 0 && ex_pronoun_is(&st->toks[b - 1], ex_be_finite))
        b--;
    return (m = ex_actor_before(st, b)) != NULL && m->ent.code &&
           *m->ent.code;
}

int ex_is_passive(const ex_state *st, size_t i)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", "be", "am", "'s", NULL};
    size_t j;
    if (!ex_participle_form(st, i))
        return 0;
    /* "Solana and Kwasniewski are expected in Kiev": an arrival
     * forecast, the visitors its subject (the lexicon's "expected in",
     * 036), not a passive whose agent is to come; only with the actor
     * right before ("increases are expected in some Eastern European
     * nations" stays a passive) */
    if (ex_tok_is(st, i, "expected") && ex_tok_is(st, i + 1, "in") &&
        ex_actor_ends_before(st, i))
        return 0;
    /* the second of two coordinated participles shares the first one's
     * "be": "Van Gogh was shot and stabbed to death in Amsterdam", "were
     * arrested and charged" (read as active, the victim would become the
     * attacker and the place its target) */
    if (i >= 2 && (ex_tok_is(st, i - 1, "and") || ex_tok_is(st, i - 1, "or")) &&
        ex_is_passive(st, i - 2))
        return 1;
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

/* "was shot dead by a Jewish extremist", "were attacked by Hindu
 * nationalist militants": up to two open-class words kg knows no actor in
 * (a faith, a creed, a trait: any word, not the closed list of
 * ex_by_agent's describe) right before the mention of a passive's agent,
 * an armed side named by a common noun, from token k.  The token of that mention, or k when
 * none follows. */
static size_t ex_agent_describers(const ex_state *st, size_t k)
{
    size_t j;
    if (k >= st->ntoks || ex_mention_at(st, k))
        return k;
    for (j = k; j < st->ntoks && j < k + 2; j++) {
        const ex_mention *m;
        if (st->toks[j].kind != KG_TOK_WORD || st->toks[j].tag != KG_W_NONE ||
            ex_mention_at(st, j))
            return k;
        m = j + 1 < st->ntoks ? ex_mention_at(st, j + 1) : NULL;
        /* (a group named by a common noun: before a name the words are
         * its title, "vetoed by President Reagan", read elsewhere; and
         * an armed or violent one, "sabotaged by anti-government
         * rebels": "rejected by the bankruptcy court trustee" is no
         * agent of force and keeps its reading) */
        if (m && m->t0 == j + 1 && !(st->toks[j + 1].flags & KG_TOKF_CAP) &&
            ex_force_side_code(m->ent.code))
            return j + 1;
    }
    return k;
}

/* The agent of a passive verb: the actor after "by" in the next few
 * tokens ("were released yesterday by Putin himself"), or NULL. */
const kg_entity *ex_by_agent(const ex_state *st, size_t t1)
{
    /* "abducted by unidentified gunmen", "killed by suspected Islamist
     * militants", "bought by rival Google": words that describe the agent
     * without being a name kg knows, before its mention */
    static const char *const describe[] = {
        "unidentified", "unknown", "masked",  "suspected", "armed",
        "hooded",       "alleged", "local",   "rival",     "heavily",
        "islamist",     "islamic", "muslim",  "maoist",    "separatist",
        "tribal",       "radical", "renegade",
        /* "raped by three U.S. servicemen", "by two gunmen": a count */
        "two",          "three",   "four",    "five",      "six",
        "seven",        "eight",   "nine",    "ten",       "several", NULL};
    /* ("placed on alert after warnings of attacks by the Red Army
     * Faction", "attacked after a warning by Turkey": a "by" past these
     * belongs to their own phrase, not to the passive verb) */
    static const char *const opens[] = {"after", "before", "following",
                                        "amid",  "despite", "because",
                                        NULL};
    static const char *const groups[] = {"group", "cell", "faction",
                                         "network", NULL};
    static const char *const tied[] = {"linked", "tied", "allied",
                                       "loyal", "affiliated", NULL};
    size_t j;
    for (j = t1; j < st->ntoks && j < t1 + 8; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, '.') || ex_pronoun_is(&st->toks[j], opens))
            return NULL;
        if (ex_tok_is(st, j, "by")) {
            size_t k = j + 1, d;
            const ex_mention *m;
            k = ex_after_dets(st, k);
            /* "murdered in Baghdad by a group linked to Abu Musab
             * al-Zarqawi": an unnamed group tied to a named actor acts
             * for it, as in the active clause ("A group linked to
             * al-Qaeda kidnapped") */
            if (k + 3 < st->ntoks && !ex_mention_at(st, k) &&
                ex_pronoun_is(&st->toks[k], groups) &&
                ex_pronoun_is(&st->toks[k + 1], tied) &&
                (ex_tok_is(st, k + 2, "to") || ex_tok_is(st, k + 2, "with")))
                k = ex_after_dets(st, k + 3);
            /* "was attended by representatives from Chile and Peru":
             * those who speak for the state stand for it */
            k = ex_speakers_skip(st, k);
            /* a figure's own mention is a quantity ("200 Syrian
             * soldiers"): the actor is the mention after the figure */
            for (d = 0; d < 3 && k + 1 < st->ntoks &&
                        (st->toks[k].kind == KG_TOK_NUMBER ||
                         (!ex_mention_at(st, k) &&
                          ex_pronoun_is(&st->toks[k], describe)));
                 d++)
                k++;
            k = ex_agent_describers(st, k);
            m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
            return m && !m->dropped && !m->ent.is_value ? &m->ent : NULL;
        }
    }
    return NULL;
}

/* The coded actors coordinated after the actor of mention m, up to max
 * of them, into out: "by Afghan troops and US soldiers" (after a passive's
 * agent, ex_by_coagents), "criticism from Britain and France", "pressure
 * from London, Bonn and Washington" (after a noun's "from" agent).  A list
 * ends in "and"; a member that a verb follows opens a clause of its own
 * ("was attacked by Israel and Hamas fired rockets").  *end (when end is
 * not NULL) is set to the token after the last member (after m when
 * none). */
size_t ex_conjuncts_after(const ex_state *st, const ex_mention *m,
                          const char *prep, const kg_entity **out,
                          size_t max, size_t *end)
{
    size_t n = 0;
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
        /* "was condemned by France and by Germany": the agents' "by"
         * (prep) said again, as ex_objects reads a party's preposition */
        if (last && k + 1 < st->ntoks && ex_tok_is(st, k, prep))
            k++;
        k = ex_after_dets(st, k);
        p = ex_actor_at(st, k);
        /* (only coded actors: a name kg does not know may be the tail of
         * one with "and" in it, "the Securities and Exchange Commission",
         * "the Department of Trade and Industry") */
        if (!p || !p->ent.code || !*p->ent.code || ex_verb_starts(st, p->t1))
            break;
        out[n++] = &p->ent;
        m = p;
        if (last)
            break;
    }
    if (end && m)
        *end = m->t1;
    return n;
}

/* "were shot dead by Afghan and U.S.-led troops", "killed by Afghan
 * troops and US soldiers": the actors coordinated after a passive verb's
 * agent (right after "by"), up to max of them, into out.  A list ends in
 * "and"; a member that a verb follows opens a clause of its own ("was
 * attacked by Israel and Hamas fired rockets"); members are coded
 * actors. */
size_t ex_by_coagents(const ex_state *st, size_t t1,
                      const kg_entity *agent, const kg_entity **out,
                      size_t max)
{
    size_t j;
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
            k = ex_speakers_skip(st, k); /* (as ex_by_agent) */
            m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
            if (!m || m->dropped || &m->ent != agent)
                return 0;
        }
    }
    return m ? ex_conjuncts_after(st, m, "by", out, max, NULL) : 0;
}

/* "the seizure by Iran of a British tanker", "the expulsion of Russian
 * diplomats by Poland": a noun entry with "of" whose "by" phrase names the
 * actor, before or after the "of" phrase.  Returns the agent's mention and
 * sets *om to the object's, or NULL.  (The agent must be a coded actor:
 * "the killing of two soldiers by a roadside bomb" names a weapon.) */
const ex_mention *ex_by_of(ex_state *st, const kg_onto_relation *rel,
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
        j = ex_after_dets(st, t1 + 1);
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
        j = ex_after_dets(st, j + 1);
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
const ex_mention *ex_possessed_subject(const ex_state *st,
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
         * "offer of talks with"; the possessed noun itself, "the EU's
         * ban on"; "ban on arms exports to China": a noun after a plain
         * word after a preposition) */
        if (k->trigger && !(ex_tok_is(st, j - 1, "to") ||
                            st->toks[j - 1].tag == KG_W_PREP ||
                            ex_tok_is(st, j - 1, "'s")) &&
            !(j >= 2 && ex_plain_word(st, j - 1) &&
              !st->toks[j - 1].trigger &&
              st->toks[j - 2].tag == KG_W_PREP))
            return NULL;
        if (!ex_tok_possessive(st, j))
            continue;
        /* X 's NOUN PREP|to ...: the head noun right after, its phrase
         * opening right after it */
        p = ex_actor_before(st, j);
        if (!p || j + 2 >= m->t0 || st->toks[j + 1].tag != KG_W_NONE ||
            st->toks[j + 1].covered ||
            !(st->toks[j + 2].tag == KG_W_PREP || ex_tok_is(st, j + 2, "to")))
            return NULL;
        return p;
    }
    return NULL;
}

/* "Nigeria appealed to the US for helicopters to fight Boko Haram",
 * "asked Washington for weapons to defend itself": an infinitive at t
 * after "for" and what is asked for (one to three lower-case words),
 * after an appeal to the actor right before "for".  The act is the
 * asker's, and only intended.  Returns the token of "for", or
 * (size_t)-1. */
static size_t ex_requested_means(const ex_state *st, size_t t)
{
    static const char *const ask[] = {
        "appeal", "appeals", "appealed", "appealing", "ask", "asks",
        "asked", "asking", "request", "requests", "requested",
        "requesting", "call", "calls", "called", "calling", "turn",
        "turns", "turned", "turning", "look", "looks", "looked",
        "looking", "press", "pressed", "pressing", NULL};
    /* (the appeal's noun: "made a plea for aid to help") */
    static const char *const plea[] = {"plea", "pleas", "appeal", "appeals",
                                       "request", "requests", NULL};
    size_t f, j, words = 0;
    const ex_mention *m;
    if (t < 6 || !ex_tok_is(st, t - 1, "to"))
        return (size_t)-1;
    /* ("for more tanks and helicopters to fight": a list of means) */
    for (f = t - 1; f-- > 0 && words < 6;) {
        const ex_tok *k = &st->toks[f];
        if (ex_tok_is(st, f, "for"))
            break;
        if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP) ||
            k->covered ||
            (k->tag != KG_W_NONE && k->tag != KG_W_DET &&
             !ex_tok_is(st, f, "and")))
            return (size_t)-1;
        words++;
    }
    if (words == 0 || words >= 6 || f < 2 || !ex_tok_is(st, f, "for"))
        return (size_t)-1;
    /* ("asked Russia on Tuesday for": wire copy's day after the one
     * asked) */
    j = ex_before_when(st, f);
    if (j == (size_t)-1 || j == 0)
        return (size_t)-1;
    /* "Sri Lanka appealed for emergency aid to help its villagers",
     * "turned down a plea for troops to protect them": the appeal (its verb
     * or noun) right before "for"; "appealed to 24 countries for aid to
     * help": the ones asked named by plain words (a number, up to three
     * lower-case words after "to") */
    if (ex_pronoun_is(&st->toks[j], ask) || ex_pronoun_is(&st->toks[j], plea))
        return f;
    {
        size_t k = j, n = 0;
        while (k > 1 && n < 3 &&
               (st->toks[k].kind == KG_TOK_NUMBER ||
                (st->toks[k].kind == KG_TOK_WORD &&
                 !(st->toks[k].flags & KG_TOKF_CAP) &&
                 !st->toks[k].mention && st->toks[k].tag == KG_W_NONE))) {
            k--;
            n++;
        }
        if (n > 0 && ex_tok_is(st, k, "to") &&
            ex_pronoun_is(&st->toks[k - 1], ask))
            return f;
    }
    if (!(m = ex_mention_at(st, j)) || m->t1 != j + 1 || m->dropped ||
        m->ent.is_value)
        return (size_t)-1;
    /* the appeal, right before the one appealed to ("to the", "on") */
    for (j = m->t0; j > 0 && m->t0 - j < 3;) {
        j--;
        if (ex_pronoun_is(&st->toks[j], ask))
            return f;
        if (!(st->toks[j].tag == KG_W_DET || ex_tok_is(st, j, "to") ||
              ex_tok_is(st, j, "on") || ex_tok_is(st, j, "upon")))
            break;
    }
    return (size_t)-1;
}

/* The last subject before token t (ex_last_subject, for the infinitive
 * at i) when it is another actor than sm and has a country's or a
 * body's code (not a sector alone), else NULL. */
static const ex_mention *ex_coded_subject(const ex_state *st, size_t t,
                                         size_t i, const ex_mention *sm)
{
    const ex_mention *cm = ex_last_subject(st, t, i, 0);
    if (!cm || cm == sm || !cm->ent.code || !cm->ent.code[0] ||
        cm->ent.code[0] == '-')
        return NULL;
    return cm;
}

/* "Israel opened the Kerem Shalom crossing to allow aid into Gaza": a
 * site a verb acted on (its object: a verb, perhaps an article, right
 * before it; up to two lower-case words of its own, "crossing", after
 * it) does not act; the clause's subject does the infinitive at i.
 * Returns that subject's mention, or NULL. */
static const ex_mention *ex_acted_site_subject(const ex_state *st,
                                               const ex_mention *sm,
                                               size_t i)
{
    static const char *const preps[] = {
        "in", "at", "to", "from", "near", "into", "on", "outside",
        "across", "through", "via", "toward", "towards", "of", "for",
        "with", "by", "around", "along", "over", "and", "or", NULL};
    size_t b = sm->t0 - 1, k;
    for (k = sm->t1; k + 1 < i; k++)
        if (st->toks[k].kind != KG_TOK_WORD ||
            (st->toks[k].flags & KG_TOKF_CAP) || ex_mention_at(st, k))
            return NULL;
    while (b > 0 && st->toks[b].tag == KG_W_DET)
        b--;
    /* (not "lobbied its Gulf neighbours to join": whose they are) */
    if (st->toks[b].kind != KG_TOK_WORD || st->toks[b].tag == KG_W_POSS ||
        (st->toks[b].flags & KG_TOKF_CAP) || ex_mention_at(st, b) ||
        ex_pronoun_is(&st->toks[b], preps))
        return NULL;
    return ex_coded_subject(st, b, i, sm);
}

/* "Sweden's premier telephoned Turkey's president on Monday to warn him",
 * "Baker called Miyazawa early this week to warn him": the one phoned
 * (sm, right after a verb of phoning) is no actor of the infinitive at i
 * (right after it, or after a date); the caller is, the clause's
 * subject.  ("called on Iran to stop" is an appeal: "on" stands between.)
 * Returns the caller's mention, or NULL. */
static const ex_mention *ex_caller_purpose(ex_state *st,
                                           const ex_mention *sm, size_t i)
{
    static const char *const rang[] = {
        "called",  "calls",  "phoned",    "phones",    "telephoned",
        "telephones", "rang", "rings",    NULL};
    const ex_mention *cm;
    size_t e = sm->t1;
    if (sm->t0 == 0 || i < 2 || !ex_pronoun_is(&st->toks[sm->t0 - 1], rang))
        return NULL;
    /* ("early this week": a date after "early" or "late") */
    if (e + 1 < st->ntoks &&
        (ex_tok_is(st, e, "early") || ex_tok_is(st, e, "late")) &&
        ex_when_phrase(st, e + 1) > e + 1)
        e++;
    if (ex_when_phrase(st, e) > e)
        e = ex_when_phrase(st, e);
    if (e + 1 != i || !ex_tok_is(st, e, "to"))
        return NULL;
    /* (the caller named right before the verb: "the paper reported Baker
     * called Miyazawa", where the clause's subject is the paper) */
    if ((cm = ex_actor_before(st, sm->t0 - 1)) != NULL && cm->ent.code &&
        cm->ent.code[0] && cm->ent.code[0] != '-')
        return cm;
    return ex_coded_subject(st, sm->t0 - 1, i, sm);
}

/* "France deployed troops to help Mali", "Germany sent its foreign
 * minister to Moscow to meet Putin", "Biden flew to Israel to meet": the
 * actor nearest an infinitive of purpose (at i, after "to") is what was
 * sent or where it went; the one who sent or went, the clause's subject,
 * is the infinitive's actor.  Returns that subject's mention, or NULL. */
const ex_mention *ex_purpose_subject(ex_state *st,
                                     const ex_mention *sm, size_t i)
{
    const ex_mention *cm;
    size_t j, p = i - 1, inf = i, e, skipped = 0;
    int found = 0;
    /* ("sends planes to Darfur to help deploy troops": the help is the
     * sender's too) */
    if (i >= 3 && ex_tok_is(st, i - 1, "help") && ex_tok_is(st, i - 2, "to"))
        p = (inf = i - 1) - 1;
    /* (or a noun after "for": "arrived in Beijing for talks with Xi") */
    while (p > 0 && st->toks[p].tag == KG_W_DET)
        p--;
    if (ex_requested_means(st, i) != (size_t)-1) {
        /* "appealed to the US for helicopters to fight": the asker's */
        return ex_coded_subject(st, sm->t0, i, sm);
    }
    if ((cm = ex_caller_purpose(st, sm, i)) != NULL)
        return cm;
    if (i >= 3 && sm->ent.type && !strcmp(sm->ent.type, "Place") &&
        sm->t1 < i && i - sm->t1 <= 3 && ex_tok_is(st, i - 1, "to") &&
        sm->t0 > 1 && (cm = ex_acted_site_subject(st, sm, i)) != NULL)
        return cm;
    /* ("will visit Washington next month for talks with Reagan": a date
     * between the place and "for", or "to": "sent a team to Kandahar on
     * Saturday to look into") */
    /* (a plain noun of the place after it: "to the Darfur region to") */
    e = sm->t1;
    while (e < p && e < sm->t1 + 2 && ex_plain_word(st, e))
        e++;
    if (i < 3 ||
        (e != p && !((ex_tok_is(st, p, "for") ||
                      (ex_tok_is(st, p, "to") && p + 1 == inf)) &&
                     ex_when_phrase(st, sm->t1) == p)) ||
        (!(ex_tok_is(st, p, "to") && p + 1 == inf) &&
         !ex_tok_is(st, p, "for")))
        return NULL;
    for (j = sm->t0; j-- > 0 && sm->t0 - j <= 5 + skipped && !found;) {
        const ex_mention *om = j > 0 ? ex_mention_at(st, j - 1) : NULL;
        /* (past a possessor: "sends planes to Sudan's troubled Darfur
         * region to help deploy troops") */
        if (!skipped && ex_tok_is(st, j, "'s") && om && om->t1 == j) {
            skipped = j + 1 - om->t0;
            j = om->t0;
            continue;
        }
        om = ex_mention_at(st, j);
        if (st->toks[j].kind != KG_TOK_WORD || st->toks[j].tag == KG_W_SUB ||
            om)
            return NULL;
        if ((found = ex_motion_word(st, j)) != 0)
            break;
    }
    if (!found)
        return NULL;
    return ex_coded_subject(st, j, i, sm);
}

/* A mediation (CAMEO 045): done by a third party to both sides, never
 * by one side to the other. */
int ex_mediation(const kg_onto_relation *rel)
{
    return rel->cameo && !strncmp(rel->cameo, "045", 3);
}
