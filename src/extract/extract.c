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
 *
 * The extractor's parts: extract.c (this file: the driver, tokens, the
 * sports and trade-figure tests), mentions.c (names, groups, coreference),
 * relations.c (a trigger's subject, objects, modality and codes), scans.c
 * (sentence-wide readings and the deep tier), clauses.c (complement
 * clauses and ex_relations, which reads a sentence's triggers) and
 * values.c (money, quantities, dates).  extract_internal.h holds the state
 * and what the parts share.
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
#include "../text/date.h"
#include "../text/segment.h"
#include "../util/arena.h"
#include "../util/buf.h"
#include "../util/utf8.h"
#include "extract_internal.h"

/* ... when they are plain words before the entry's preposition: "abandon
 * new global economic relations with", "rescheduled his annual mushroom
 * hunting trip in" */

/* ---- tokens ----------------------------------------------------------- */

/* The ontology's matchers on the current sentence's tokens (keys and
 * known copies as ex_prepare_tokens made them). */
/* Is token i's word no key of the ontology (known[i] NULL)?  Then no
 * name, title or agent of it starts there: the matchers' own first
 * answer (kg_onto__match and the others), which the callers below give
 * without a call for most tokens. */
static inline int ex_no_onto_key(const ex_state *st, size_t i)
{
    return !st->known[i];
}

/* The title matcher's answer at token t = toks[i], kept in t. */
static __attribute__((noinline)) void ex_title_memo(const ex_state *st,
                                                    ex_tok *t, size_t i)
{
    const char *a = NULL, *c;
    size_t n = kg_onto__match_title_country(st->onto, st->keys, st->known,
                                            st->ntoks, i, &a, &c);
    t->title_agent = a;
    t->title_country = c;
    t->title_ntok = (unsigned)n + 1;
}

/* Words that are capitalised for other reasons than a portfolio's name
 * (ex_portfolio_title): days, months, courtesy titles. */
static const char *const ex_not_portfolio_words[] = {
    "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
    "sunday",  "january",  "february",  "march",    "april",    "may",
    "june",    "july",     "august",    "september", "october", "november",
    "december", "mr",      "mrs",       "ms",       "dr",       "sir",
    "general", "meanwhile", "later",    "earlier",  "also",     NULL};

/* The heads of a government office named for its portfolio. */
static const char *const ex_portfolio_heads[] = {"minister", "secretary",
                                                 "undersecretary", NULL};

/* Is token t a capitalised word that may be a portfolio's word: an
 * open-class word that names nothing of the ontology ("Farm",
 * "Constitutional", "Affairs"; not "German", "Reagan", "Tuesday")? */
static int ex_portfolio_word(const ex_state *st, size_t t)
{
    const ex_tok *k = &st->toks[t];
    const char *agent = NULL;
    kg_onto_match pm;
    size_t n;
    if (k->kind != KG_TOK_WORD || !(k->flags & KG_TOKF_CAP) ||
        k->tag != KG_W_NONE || ex_pronoun_is(k, ex_not_portfolio_words) ||
        ex_pronoun_is(k, ex_portfolio_heads))
        return 0;
    /* (nor the surname of a person the story named before: "Douglas
     * and Agriculture Minister Colin Moyle said", "Baker and Treasury
     * Secretary James Baker") */
    for (n = 0; n < st->npeople; n++)
        if (ex_last_word_is(st->people[n].label, k->lower))
            return 0;
    if (!st->known[t])
        return 1;
    /* (nor a body's word: "Finance Ministry State Secretary Hans
     * Tietmeyer" is the ministry's own title) */
    return !ex_match_name(st, st->ntoks, t, &pm) &&
           !kg_onto__match_agent(st->onto, st->keys, st->known, st->ntoks, t,
                                 &agent);
}

/* "West German Farm Minister Ignaz Kiechle", "Constitutional Affairs
 * Minister David Lammy", "Trade and Industry Secretary Patricia Hewitt",
 * "Commerce Undersecretary J. Michael Farren": a minister's, secretary's
 * or undersecretary's portfolio is written as capitalised words before
 * the title's head, and titles.tsv lists only the common portfolios
 * ("foreign minister", "industry secretary"); the corpora write 130 more
 * such titles before a name, whose holder was then coded by the name
 * alone or not at all (xfer27).  From token i, one to four such words
 * (with "and" or "&" between two) and then the head, or a title of
 * titles.tsv that ends in one ("Industry Secretary"), right before a
 * capitalised name: a government title (GOV) over all those tokens.
 * "General Secretary" is a party's or a union's office, not this. */
static size_t ex_portfolio_title(const ex_state *st, size_t i,
                                 const char **agent, const char **country)
{
    size_t j, words = 0;
    if (i + 2 >= st->ntoks)
        return 0;
    /* (first the cheap test: a head's word within reach, which every
     * title read below ends in; most capitalised words have none, and
     * ex_portfolio_word walks the story's people) */
    for (j = i + 1; j < st->ntoks && j <= i + 10; j++)
        if (ex_pronoun_is(&st->toks[j], ex_portfolio_heads))
            break;
    if (j >= st->ntoks || j > i + 10 || !ex_portfolio_word(st, i))
        return 0;
    /* (the title opens after a word in lower case, a mark, or a name
     * that ends right there, "West German", "U.S.": not inside a name,
     * "Alain Madelin and Telecommunications Minister Gerard Longuet") */
    if (i > 0 && st->toks[i - 1].kind == KG_TOK_WORD &&
        (st->toks[i - 1].flags & KG_TOKF_CAP)) {
        size_t k, lo = i > 4 ? i - 4 : 0;
        int named = 0;
        kg_onto_match pm;
        for (k = lo; k < i && !named; k++)
            named = st->known[k] &&
                    (size_t)ex_match_name(st, st->ntoks, k, &pm) == i - k;
        if (!named)
            return 0;
    }
    for (j = i + 1; j < st->ntoks && j <= i + 5; j++) {
        const ex_tok *t = &st->toks[j];
        const char *a = NULL, *c = NULL;
        size_t n;
        if (t->kind != KG_TOK_WORD)
            return 0;
        if (ex_pronoun_is(t, ex_portfolio_heads) && (t->flags & KG_TOKF_CAP)) {
            n = 1;
        } else if ((n = kg_onto__match_title_country(st->onto, st->keys,
                                                     st->known, st->ntoks, j,
                                                     &a, &c)) > 0) {
            /* (a title of the list, which must end in a head) */
            if (!ex_pronoun_is(&st->toks[j + n - 1], ex_portfolio_heads) ||
                !(st->toks[j + n - 1].flags & KG_TOKF_CAP))
                return 0;
        } else if ((ex_tok_is(st, j, "and") || ex_tok_is(st, j, "&")) &&
                   j + 1 < st->ntoks && ex_portfolio_word(st, j + 1)) {
            continue;
        } else if (ex_portfolio_word(st, j) && ++words < 4) {
            continue;
        } else
            return 0;
        /* the head: a capitalised name right after it */
        if (j + n >= st->ntoks || st->toks[j + n].kind != KG_TOK_WORD ||
            !(st->toks[j + n].flags & KG_TOKF_CAP) ||
            st->toks[j + n].tag != KG_W_NONE ||
            (ex_tok_is(st, j + n - 1, "secretary") &&
             ex_tok_is(st, j - 1, "general")))
            return 0;
        *agent = "GOV";
        *country = c;
        return j + n - i;
    }
    return 0;
}

/* Words before "minister" that make it no state's office of today: a
 * former holder (ELI), the opposition's shadow (OPP). */
static const char *const ex_not_lower_portfolio[] = {
    "former", "ex", "shadow", "opposition", "party", "late", NULL};

/* "Spanish farm minister Carlos Romero", "Dutch sports minister Clemence
 * Ross-van Dorp", "British corporate affairs minister Michael Howard":
 * ex_portfolio_title's reading with the portfolio in lower case, as
 * wire and BBC copy write it after a country's name or people's word.
 * titles.tsv lists only the common portfolios, and their holder was
 * coded by the name alone or not at all.  From token i, one to three
 * open-class words in lower case, then "minister" and a capitalised
 * name, all right after a country's word: a government title (GOV). */
static size_t ex_lower_portfolio_title(const ex_state *st, size_t i,
                                       const char **agent)
{
    size_t j, k, lo;
    int named = 0;
    kg_onto_match pm;
    if (i == 0 || i + 2 >= st->ntoks)
        return 0;
    /* (the head first, one to three words on: most lower-case words have
     * none, and this runs for each of them) */
    for (j = i + 1; j < st->ntoks && j < i + 4; j++)
        if (ex_tok_is(st, j, "minister"))
            break;
    if (j >= st->ntoks || j >= i + 4)
        return 0;
    for (k = i; k < j; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) ||
            t->tag != KG_W_NONE || ex_pronoun_is(t, ex_not_lower_portfolio) ||
            ex_pronoun_is(t, ex_portfolio_heads))
            return 0;
    }
    /* the head, then a capitalised name */
    if (j + 1 >= st->ntoks || st->toks[j + 1].kind != KG_TOK_WORD ||
        !(st->toks[j + 1].flags & KG_TOKF_CAP) ||
        st->toks[j + 1].tag != KG_W_NONE)
        return 0;
    /* a country's name or people's word ends right before the title */
    lo = i > 4 ? i - 4 : 0;
    for (k = lo; k < i && !named; k++)
        named = st->known[k] &&
                (size_t)ex_match_name(st, st->ntoks, k, &pm) == i - k &&
                pm.entity && pm.entity->type &&
                !strcmp(pm.entity->type, "Country");
    if (!named)
        return 0;
    *agent = "GOV";
    return j + 1 - i;
}

/* ex_match_title_country's first reading of token i (or of a token past
 * the sentence, which is not kept). */
size_t ex_match_title_read(const ex_state *st,
                           size_t i,
                           const char **agent,
                           const char **country)
{
    ex_tok *t;
    if (i >= st->ntoks)
        return kg_onto__match_title_country(st->onto, st->keys, st->known,
                                            st->ntoks, i, agent, country);
    t = &st->toks[i];
    if (!t->title_ntok) {
        /* (no title: the matcher's answer, no agent and no country,
         * kept without the call) */
        if (ex_no_onto_key(st, i)) {
            t->title_agent = NULL;
            t->title_country = NULL;
            t->title_ntok = 1;
        } else
            ex_title_memo(st, t, i);
        if (t->title_ntok == 1 && (t->flags & KG_TOKF_CAP)) {
            const char *a = NULL, *c = NULL;
            size_t n = ex_portfolio_title(st, i, &a, &c);
            if (n) {
                t->title_agent = a;
                t->title_country = c;
                t->title_ntok = (unsigned)n + 1;
            }
        }
        if (t->title_ntok == 1 && !(t->flags & KG_TOKF_CAP) &&
            t->kind == KG_TOK_WORD && t->tag == KG_W_NONE) {
            const char *a = NULL;
            size_t n = ex_lower_portfolio_title(st, i, &a);
            if (n) {
                t->title_agent = a;
                t->title_country = NULL;
                t->title_ntok = (unsigned)n + 1;
            }
        }
    }
    *country = t->title_country;
    if (t->title_ntok > 1)
        *agent = t->title_agent;
    return t->title_ntok - 1;
}

/* "MPs urged ministers to act", "the Tories criticised ministers": bare
 * plural "ministers" right after a verb in the past is the state's
 * government (GOV), as "officials" is; not after a word of a field or
 * rank ("foreign ministers", "prime ministers of Bulgaria" are titles,
 * titles.tsv's), nor after "the", "those" or "of" ("the group of
 * ministers met", "those ministers criticised the EC": wire copy's
 * ministers of many states at a meeting), nor before "of". */
static int ex_bare_ministers(const ex_state *st, size_t i)
{
    const ex_tok *p;
    size_t n;
    if (!ex_tok_is(st, i, "ministers") || (st->toks[i].flags & KG_TOKF_CAP) ||
        ex_tok_is(st, i + 1, "of"))
        return 0;
    if (i == 0)
        return 0;
    p = &st->toks[i - 1];
    if (p->kind != KG_TOK_WORD || (p->flags & KG_TOKF_CAP))
        return 0;
    n = strlen(p->lower);
    return kg_nlp__tag(p->lower) == KG_W_NONE && n > 3 &&
           !strcmp(p->lower + n - 2, "ed");
}

/* "the rugby union match", "the touch judge", "on the tennis court",
 * "the river banks", "blood banks": a game, a river or blood written in
 * lower case right before a group noun makes it no state's body, union,
 * court or bank but a sport's, the land's or a clinic's thing (left30;
 * reuters21578, bbc_news: 19 such mentions, "rugby union" coded a labour
 * union 12 times, a touch judge a judiciary).  Is token i-1 such a
 * word? */
static int ex_sense_changing_modifier(const ex_state *st, size_t i)
{
    static const char *const mods[] = {
        "rugby",    "tennis",   "squash",     "football", "soccer",
        "cricket",  "hockey",   "basketball", "netball",  "badminton",
        "baseball", "golf",     "volleyball", "touch",    "river",
        "blood",    "sperm",    NULL};
    const ex_tok *p;
    if (i == 0 || i > st->ntoks)
        return 0;
    p = &st->toks[i - 1];
    return p->kind == KG_TOK_WORD && !(p->flags & KG_TOKF_CAP) &&
           ex_pronoun_is(p, mods);
}

/* "to force West Germany to stimulate", "might force the Fed to",
 * "to police the border": a group noun that is also a verb, written in
 * lower case after "to" or a modal, with a determiner or an object
 * pronoun after it, is a verb, no army or police (left30: "to force" read
 * as a military 86 times on the three corpora).  Is token i such a
 * verb? */
static int ex_agent_noun_as_verb(const ex_state *st, size_t i)
{
    static const char *const before[] = {
        "to",    "will", "would", "could", "might", "may",
        "must",  "can",  "should", "shall", NULL};
    static const char *const objs[] = {"him", "them", "us", "her", "it",
                                       "me",  NULL};
    /* (the agent nouns that are also transitive verbs; "submitted to
     * parliament a law" keeps its parliament) */
    static const char *const verbs[] = {"force", "police", "judge",
                                        "firm",  "state",  "court", "staff",
                                        "man",   NULL};
    const ex_tok *p, *q;
    if (i == 0 || i + 1 >= st->ntoks || !ex_pronoun_is(&st->toks[i], verbs))
        return 0;
    p = &st->toks[i - 1];
    q = &st->toks[i + 1];
    if (p->kind != KG_TOK_WORD || !ex_pronoun_is(p, before) ||
        (st->toks[i].flags & KG_TOKF_CAP) || q->kind != KG_TOK_WORD)
        return 0;
    return q->tag == KG_W_DET || ex_pronoun_is(q, objs);
}

/* "government securities brokers", "10-year government bonds",
 * "another government spending spree", "government revenue would be":
 * "government" written before a noun of public money or debt is a
 * modifier naming the kind of paper or budget, no actor (actor31: 117
 * "securities", 115 "bond(s)", 35 "spending" mentions on the three
 * corpora).  Nouns that are also verbs after a subject ("issues",
 * "funds", "taxes", "notes") are not listed: "the government funds the
 * scheme" keeps its actor ("finances" is, whose noun the corpora write
 * far more often: "the solidity of government finances"); nor are "tax"
 * and "budget", which head the government's own proposals ("objection to
 * government tax reform proposals" is an objection to the government).
 * Is token i such a "government"? */
static int ex_government_modifier(const ex_state *st, size_t i)
{
    static const char *const money[] = {
        "securities", "bond",        "bonds",        "debt",
        "debts",      "paper",       "spending",     "expenditure",
        "expenditures", "revenue",   "revenues",     "borrowing",
        "borrowings", "deficit",     "deficits",     "finances",
        "funding",    "subsidies",   "outlays",      "receipts",
        "gilts",      "obligations", "stock",        NULL};
    const ex_tok *q;
    if (i + 1 >= st->ntoks || !ex_tok_is(st, i, "government"))
        return 0;
    q = &st->toks[i + 1];
    return q->kind == KG_TOK_WORD && ex_pronoun_is(q, money);
}

/* "sales force", "task force", "the work force", "the driving force
 * behind", "to force Japan to", "will force prices lower", "declared
 * force majeure", "reasonable force": a lower-case singular "force" is
 * no body of troops after a plain lower-case word that does not make it
 * one (a trade's staff, a strength: "sales", "task", "work", "labour",
 * "driving", "reasonable", "legal") or after a preposition ("in force",
 * "by force", "into force"); an article or possessive ("the force"), a
 * capitalised word ("NATO force") or a word of troops ("peacekeeping
 * force", "multinational force", "invading force") keeps it (actor31: of
 * 310 "force" mentions coded MIL on the three corpora, 26 "task", 19
 * "work", 16 "sales", 16 "labo(u)r", 12 "driving"; 58 after "to" and 17
 * after a modal are verbs, left as they were).  Is token i such a
 * "force"? */
static int ex_force_no_troops(const ex_state *st, size_t i)
{
    static const char *const units[] = {
        "peacekeeping", "peace-keeping", "multinational", "international",
        "invading",     "occupying",     "occupation",    "paramilitary",
        "para-military", "monitoring",   "protection",    "stabilisation",
        "stabilization", "intervention", "expeditionary", "reaction",
        "strike",       "rebel",         "guerrilla",     "militia",
        "coalition",    "interim",       "military",      "naval",
        "ground",       "defence",       "defense",       "border",
        "special",      "allied",        "federal",       "national",
        "african",      "arab",          "un",            "attacking",
        "small",        "police",        "armed",         "fighting",
        "rescue",       "elite",         NULL};
    const ex_tok *t, *p;
    size_t pl;
    if (i >= st->ntoks)
        return 0;
    t = &st->toks[i];
    if (!ex_tok_is(st, i, "force") || (t->flags & KG_TOKF_CAP))
        return 0;
    if (i == 0)
        return 0;
    p = &st->toks[i - 1];
    /* (a hyphened count keeps it: "a 5,000-strong force", "its 30-ship
     * force"; so does an owner's "'s": "Sweden's force attacked") */
    if (p->kind != KG_TOK_WORD || (p->flags & KG_TOKF_CAP) ||
        ex_tok_possessive(st, i - 1) ||
        (p->flags & KG_TOKF_HYPHEN) || strchr(p->lower, '-') ||
        ex_pronoun_is(p, units))
        return 0;
    /* (after "to", a modal, "not" or "and" it may be the verb, which the
     * verb's reading has left alone: there the mention stays, as it kept
     * verb entries out of "efforts to force Taiwan to" and "the dollar's
     * slide will force the Fed", wrong on the corpora) */
    /* (nor after a plural, which may be the verb's subject: "Israeli
     * jets force a flight to land", "the authorities force companies";
     * "sales" is the trade's) */
    pl = strlen(p->lower);
    if (pl > 2 && p->lower[pl - 1] == 's' && !ex_tok_is(st, i - 1, "sales"))
        return 0;
    return p->tag == KG_W_NONE ||
           (p->tag == KG_W_PREP && !ex_tok_is(st, i - 1, "to"));
}

static __attribute__((noinline)) size_t
ex_match_agent_at(const ex_state *st, size_t i, const char **agent);

size_t ex_match_agent(const ex_state *st, size_t i, const char **agent)
{
    /* (no agent at a word that is no key: of such words only
     * "ministers" is read below, so the others with no 'm' first return
     * here, most tokens, before the rest, kept out of line in
     * ex_match_agent_at, sets up a frame) */
    if (i < st->ntoks && ex_no_onto_key(st, i) &&
        st->toks[i].lower[0] != 'm')
        return 0;
    return ex_match_agent_at(st, i, agent);
}

static size_t ex_match_agent_at(const ex_state *st, size_t i,
                                const char **agent)
{
    size_t n = kg_onto__match_agent(st->onto, st->keys, st->known, st->ntoks,
                                    i, agent);
    if (n == 0 && i < st->ntoks && ex_bare_ministers(st, i)) {
        *agent = "GOV";
        return 1;
    }
    /* "lifted the state of emergency", "a state of alert", "the state of
     * the economy": a state of some condition is no state (the State of
     * Israel, the state of Bavaria are: a name follows).  So is one of
     * "the state of the French economy" or "the state of Chile's
     * finances": a determiner or a genitive shows the name is no state's
     * (fix22b) */
    if (n == 1 && ex_tok_is(st, i, "state") && ex_tok_is(st, i + 1, "of")) {
        size_t k = i + 2;
        if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
            return 0;
        if (k < st->ntoks && st->toks[k].kind == KG_TOK_WORD &&
            !(st->toks[k].flags & KG_TOKF_CAP))
            return 0;
        if (ex_tok_is(st, k + 1, "'s"))
            return 0;
        /* "the southern state of Rio Grande do Sul", "the US state of
         * Maine": a state named for a place that is no country is a
         * part of one, not its government (the State of Israel is) */
        if (k == i + 2 && k < st->ntoks) {
            kg_onto_match pm;
            if (ex_match_name(st, st->ntoks, k, &pm) && pm.entity &&
                pm.entity->type && !strcmp(pm.entity->type, "Place"))
                return 0;
        }
    }
    /* "voters tired of party political squabbles": "party political" is
     * the one adjective party-political written in two words, of the
     * parties in general, not a party (fix22b) */
    if (n == 1 && ex_tok_is(st, i, "party") && ex_tok_is(st, i + 1, "political"))
        return 0;
    if (n > 0 && ex_sense_changing_modifier(st, i))
        return 0;
    if (n == 1 && ex_agent_noun_as_verb(st, i))
        return 0;
    if (n == 1 && ex_government_modifier(st, i))
        return 0;
    if (n == 1 && ex_force_no_troops(st, i))
        return 0;
    return n;
}

/* "A spokesman for the Rio de Janeiro Port said the order ...": a name
 * written with a capital does not run on into a lower-case verb or
 * pronoun ("said", "has", "will", "it"), which no name of the gazetteer
 * holds in lower case ("Port Said" is written so; its particles are
 * "de", "do", "of", "and", "al").  The first of the tokens i+1 .. n-1 that is
 * such a word, or n, when token i is capitalised. */
size_t ex_name_limit(const ex_state *st, size_t i, size_t n)
{
    size_t j;
    if (i >= st->ntoks || !(st->toks[i].flags & KG_TOKF_CAP))
        return n;
    for (j = i + 1; j < n && j < st->ntoks; j++) {
        const ex_tok *t = &st->toks[j];
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP))
            continue;
        switch (t->tag) {
        case KG_W_AUX:
            /* ("Rio Grande do Sul": Portuguese "do" is a particle) */
            if (!strcmp(t->lower, "do"))
                break;
            return j;
        case KG_W_PRON:
        case KG_W_MODAL:
        case KG_W_FUTURE:
        case KG_W_NEG:
        case KG_W_SPEECH:
        case KG_W_THREAT:
            return j;
        default:
            break;
        }
    }
    return n;
}

/* "an accord reached last March between Italy and Algeria", "Opec's
 * March production", "March 30", "the company's fiscal year ended March
 * 31": is token i the month, no protest march?  A name's last word stays
 * one ("the Million Man March"). */
int ex_month_march(const ex_state *st, size_t i)
{
    return ex_tok_is(st, i, "march") && (st->toks[i].flags & KG_TOKF_CAP) &&
           (i > 0 ? !(st->toks[i - 1].kind == KG_TOK_WORD &&
                      (st->toks[i - 1].flags & KG_TOKF_CAP))
                  : i + 1 < st->ntoks &&
                        st->toks[i + 1].kind == KG_TOK_NUMBER);
}

/* Gazetteer match at token i among the first n tokens (no acronym test). */
int ex_match_name(const ex_state *st, size_t n, size_t i,
                  kg_onto_match *m)
{
    return kg_onto__match(st->onto, st->keys, st->known, NULL,
                          ex_name_limit(st, i, n), i, m);
}

static int ex_is_open_quote(const char *s, size_t n)
{
    return n == 3 && memcmp(s, "\xE2\x80\x9C", 3) == 0; /* “ */
}

static int ex_is_close_quote(const char *s, size_t n)
{
    return n == 3 && memcmp(s, "\xE2\x80\x9D", 3) == 0; /* ” */
}

int ex_is_quote(const ex_state *st, size_t i)
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

/* Is token i of tk (nt tokens) a hyphen alone? */
static int ex_tk_hyphen(const char *text, const kg_token *tk, size_t nt,
                        size_t i)
{
    return i < nt && tk[i].kind == KG_TOK_PUNCT &&
           tk[i].end - tk[i].start == 1 && text[tk[i].start] == '-';
}

/* How many tokens the dash that token i of tk opens takes, else 0.  Every
 * kind of dash that sets off an aside or a list is one: an en or em dash
 * (spaced "A – B" or not "A—B"), "--" (one token or two hyphens), and a
 * hyphen alone with white space before and after ("accords with seven
 * nations - Australia, Brazil ... -", "Deutsche Bank - itself a target of
 * a Yukos lawsuit - said").  A hyphen a word touches is no dash
 * ("Yugansk-" "-based"); the second hyphen of "--" is in the first's
 * dash, so 0 there. */
static size_t ex_dash_at(const char *text, const kg_token *tk, size_t nt,
                         size_t i)
{
    if (ex_is_dash(text + tk[i].start, tk[i].end - tk[i].start))
        return 1;
    if (!ex_tk_hyphen(text, tk, nt, i) ||
        (i > 0 && ex_tk_hyphen(text, tk, nt, i - 1) &&
         tk[i - 1].end == tk[i].start))
        return 0;
    if (ex_tk_hyphen(text, tk, nt, i + 1) && tk[i].end == tk[i + 1].start)
        return 2; /* "--" */
    return (i == 0 || (tk[i].flags & KG_TOKF_SPACE_BEFORE)) &&
                   (i + 1 >= nt || (tk[i + 1].flags & KG_TOKF_SPACE_BEFORE))
               ? 1
               : 0;
}

/* Does the dash at token i of tk close a bare dateline or a wire's credit
 * that opens the sentence ("NAJAF, Iraq - Explosions", "BEIJING (Reuters)
 * - Beijing", "AP - The man")?  Then it opens no aside, and the next
 * dash does not close one.  Every token before it is a capitalized word,
 * a comma or a bracket, at most eight, one in capitals or a bracket. */
static int ex_dateline_dash(const char *text, const kg_token *tk, size_t i)
{
    size_t j;
    int mark = 0;
    if (i == 0 || i > 8)
        return 0;
    for (j = 0; j < i; j++) {
        char c = text[tk[j].start];
        if (tk[j].kind == KG_TOK_WORD) {
            if (!(tk[j].flags & KG_TOKF_CAP))
                return 0;
            if (tk[j].flags & KG_TOKF_ALLCAPS)
                mark = 1;
        } else if (c == '(' || c == ')') {
            mark = 1;
        } else if (c != ',') {
            return 0;
        }
    }
    return mark;
}

/* Is every byte of w ASCII? */
static int ex_ascii(const char *w, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if ((unsigned char)w[i] >= 0x80)
            return 0;
    return 1;
}

/* Does token i end in "-ed" ("jailed", "freed")? */
int ex_ends_ed(const ex_state *st, size_t i)
{
    size_t n = strlen(st->toks[i].lower);
    return n > 3 && !strcmp(st->toks[i].lower + n - 2, "ed");
}

/* Does token i end in "-ing" ("fighting", "clashing")? */
int ex_ends_ing(const ex_state *st, size_t i)
{
    size_t n = strlen(st->toks[i].lower);
    return n > 4 && !strcmp(st->toks[i].lower + n - 3, "ing");
}

/* A sector with no country ("military", "government forces" in an
 * article that names none): code "---" + agent. */
int ex_sector_only(const kg_entity *e)
{
    return e->code && !strncmp(e->code, "---", 3);
}

/* ---- sports talk ------------------------------------------------------ */

/* A sports word with its length (EX_SW("cup")), compared first: most
 * words that share a list's first letter are of another length ("said"
 * against the 's' words), and are turned away without reading a byte. */
typedef struct ex_sports_entry {
    const char *w;
    size_t n;
} ex_sports_entry;
/* clang-format off */
#define EX_SW(s) {s, sizeof(s) - 1}
/* clang-format on */

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
    static const ex_sports_entry a_[] = {
        EX_SW("athletics"), EX_SW("athlete"), EX_SW("athletes"), {NULL, 0}};
    static const ex_sports_entry b_[] = {EX_SW("batsman"), {NULL, 0}};
    static const ex_sports_entry c_[] = {
        EX_SW("cricket"), EX_SW("championship"), EX_SW("championships"),
        EX_SW("cup"),     EX_SW("coach"),        {NULL, 0}};
    static const ex_sports_entry f_[] = {
        EX_SW("football"),    EX_SW("footballer"),
        EX_SW("footballers"), EX_SW("fixture"),
        EX_SW("fixtures"),    EX_SW("fly-half"),
        EX_SW("full-back"),   {NULL, 0}};
    static const ex_sports_entry g_[] = {
        EX_SW("golf"), EX_SW("goalkeeper"), EX_SW("goalless"), {NULL, 0}};
    static const ex_sports_entry h_[] = {EX_SW("header"),
                                         EX_SW("half-time"),
                                         EX_SW("hat-trick"),
                                         EX_SW("hurdles"),
                                         {NULL, 0}};
    static const ex_sports_entry i_[] = {EX_SW("innings"), {NULL, 0}};
    static const ex_sports_entry j_[] = {EX_SW("judo"), {NULL, 0}};
    static const ex_sports_entry k_[] = {EX_SW("kick-off"), {NULL, 0}};
    static const ex_sports_entry m_[] = {
        EX_SW("midfielder"), EX_SW("midfielders"), EX_SW("medal"), {NULL, 0}};
    static const ex_sports_entry o_[] = {EX_SW("olympics"), {NULL, 0}};
    static const ex_sports_entry p_[] = {
        EX_SW("premiership"), EX_SW("play-off"), EX_SW("play-offs"), {NULL, 0}};
    static const ex_sports_entry q_[] = {EX_SW("qualifier"),
                                         EX_SW("qualifiers"),
                                         EX_SW("quarter-final"),
                                         EX_SW("quarter-finals"),
                                         {NULL, 0}};
    static const ex_sports_entry r_[] = {
        EX_SW("rugby"), EX_SW("referee"), {NULL, 0}};
    static const ex_sports_entry s_[] = {
        EX_SW("soccer"),   EX_SW("striker"),    EX_SW("scored"),
        EX_SW("scorer"),   EX_SW("semi-final"), EX_SW("semi-finals"),
        EX_SW("sprinter"), EX_SW("stadium"),    EX_SW("seeded"),
        EX_SW("snooker"),  EX_SW("skipper"),    EX_SW("skippers"),
        {NULL, 0}};
    static const ex_sports_entry t_[] = {EX_SW("tennis"),
                                         EX_SW("tournament"),
                                         EX_SW("tie-break"),
                                         EX_SW("try-scorer"),
                                         {NULL, 0}};
    static const ex_sports_entry w_[] = {
        EX_SW("wicket"), EX_SW("wickets"), EX_SW("wimbledon"), {NULL, 0}};
    const ex_sports_entry *list;
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
    for (k = 0; list[k].w; k++) {
        if (list[k].n != n)
            continue;
        for (j = 0; j < n && (w[j] | 0x20) == list[k].w[j]; j++)
            ;
        if (j == n)
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
int ex_official_code(const char *code)
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

/* Does a word of the NULL-ended list stand anywhere in the sentence
 * (the tests of a sentence's kind: trade figures, violence, a war's
 * front, survival, loans outstanding)? */
int ex_sentence_has_word(const ex_state *st, const char *const *list)
{
    size_t i;
    for (i = 0; i < st->ntoks; i++)
        if (ex_pronoun_is(&st->toks[i], list))
            return 1;
    return 0;
}

/* Does the sentence report trade as a figure: a share ("pct", "percent",
 * "%") or an amount that moved on its own ("exports to the Community
 * rose seven pct", "Latin American exports to China grew 34%", "Japanese
 * exports to the EC totalled half of sales to the U.S.")?  Such a
 * statistic is no act of one actor toward another.  Only intransitive
 * verbs of change: "India increased its trade with Russia" and "pledged
 * to increase its investment in Pakistan" are acts; and none that
 * other acts use ("declined to comment", "dropped the charges"). */
int ex_trade_figures(const ex_state *st)
{
    static const char *const words[] = {
        "pct",     "percent",  "%",       "rose",     "risen",   "fell",
        "fallen",  "grew",     "grown",   "jumped",   "climbed", "surged",
        "slumped", "plunged",  "slipped", "totalled", "totaled",
        "totalling", "totaling", NULL};
    return ex_sentence_has_word(st, words);
}

/* Is rel, read at token t, a noun of trade flows ("exports to",
 * "imports from", "trade with", "investment in"), which also names their
 * statistics?  ("exports to the Community rose" is read by the verb
 * entry too: "exports" and "imports" count either way.) */
int ex_trade_noun(const ex_state *st, const kg_onto_relation *rel,
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

/* Is token t a verb that reports a verdict or a charge on another's deed
 * ("said", "declared", "insisted", "maintained")?  Read by
 * ex_allegations: "declared that the violence in Darfur amounted to
 * genocide", "insisted the blockade was illegal".  Not "states", mostly
 * the noun of "United States"; "claimed" is left to ex_claim_verb.  (Its
 * words have no tag or a speech verb's, as list_words_keep_their_tags
 * holds: the tag turns the function words away before the list.) */
const char *const ex_verdict_say[] = {
    "said",     "says",      "say",       "declared", "declares",
    "insisted", "insists",   "argued",    "argues",   "maintained",
    "maintains", "asserted", "asserts",   "stated",
    "added",    "adds",      "adding",    "saying",   "believes",
    "believe",  "believed",  "contended", "contends",
    /* (the plain form after a plural subject: "Prosecutors contend
     * that", "the lawyers argue that"; fix32) */
    "contend",  "argue",     "maintain",  "insist",   "assert",
    /* (with its hearer: ex_told_hearer) */
    "told",     "tells",     NULL};
/* (asked at every token, by ex_note_cue_words and ex_allegations: the
 * first bytes of the list's words before the list) */
EX_WORD_GATE(ex_verdict_gate, ex_verdict_say);

int ex_verdict_say_word(const ex_tok *t)
{
    return (t->tag == KG_W_NONE || t->tag == KG_W_SPEECH) &&
           ex_word_gate_may(&ex_verdict_gate, t->lower) &&
           ex_pronoun_is(t, ex_verdict_say);
}

void ex_note_cue_words(ex_state *st)
{
    size_t i;
    unsigned cues = 0;
    for (i = 0; i < st->ntoks; i++) {
        const char *w = st->toks[i].lower;
        /* (asked only until the sentence's first such word) */
        if (!(cues & EX_CUE_WRONG) && ex_verdict_say_word(&st->toks[i]))
            cues |= EX_CUE_WRONG; /* a wrongdoing said of another */
        switch (w[0]) {
        case 'e':
            if (!strncmp(w, "earn", 4) || !strncmp(w, "enlist", 6))
                cues |= EX_CUE_FAVOUR;
            break;
        case 'g':
            if (!strncmp(w, "gain", 4))
                cues |= EX_CUE_FAVOUR;
            break;
        case 'o':
            if (!strncmp(w, "obtain", 6))
                cues |= EX_CUE_FAVOUR;
            break;
        case 'r':
            if (!strncmp(w, "receiv", 6))
                cues |= EX_CUE_FAVOUR;
            break;
        case 't':
            if (ex_word_eq(w, "that"))
                cues |= EX_CUE_THAT;
            break;
        case 'w':
            if (!strncmp(w, "win", 3) || ex_word_eq(w, "won"))
                cues |= EX_CUE_FAVOUR;
            break;
        case 'a':
            if (!strncmp(w, "alleg", 5))
                cues |= EX_CUE_ALLEG;
            else if (ex_word_eq(w, "accusation") ||
                     ex_word_eq(w, "accusations"))
                cues |= EX_CUE_CHARGE;
            break;
        case 'b':
            if (ex_word_eq(w, "by"))
                cues |= EX_CUE_BY;
            else if (ex_word_eq(w, "between"))
                cues |= EX_CUE_BETWEEN;
            break;
        case 'c':
            if (ex_word_eq(w, "charged") || ex_word_eq(w, "charging"))
                cues |= EX_CUE_ALLEG; /* "charged that" */
            else if (ex_word_eq(w, "charge") || ex_word_eq(w, "charges"))
                cues |= EX_CUE_CHARGE;
            else if (ex_word_eq(w, "claimed") || ex_word_eq(w, "claims"))
                cues |= EX_CUE_ALLEG; /* a verdict claimed */
            break;
        case 'd':
            if (ex_word_eq(w, "despite"))
                cues |= EX_CUE_DESPITE;
            break;
        case 's':
            if (ex_word_eq(w, "spite")) /* "in spite of" */
                cues |= EX_CUE_DESPITE;
            else if (!strncmp(w, "secur", 5))
                cues |= EX_CUE_FAVOUR;
            break;
        case 'f':
            if (ex_word_eq(w, "from"))
                cues |= EX_CUE_FROM;
            else if (ex_word_eq(w, "fire"))
                cues |= EX_CUE_FIRE;
            break;
        case 'i':
            if (ex_word_eq(w, "in"))
                cues |= EX_CUE_IN;
            break;
        case 'p':
            if (ex_word_eq(w, "protest"))
                cues |= EX_CUE_PROTEST;
            else if (ex_word_eq(w, "pressure") || ex_word_eq(w, "pressures"))
                cues |= EX_CUE_FIRE; /* (received as fire is) */
            break;
        default:
            break;
        }
    }
    st->cue_words = cues;
    st->sports_sentence = 0;
    /* (a sports document is sports talk in every sentence: the sentence's
     * own words are read only in the others) */
    for (i = 0; i < st->ntoks && !st->sports_sentence && !st->sports_doc;
         i++)
        st->sports_sentence = ex_sports_word(st->toks[i].lower,
                                             strlen(st->toks[i].lower));
}

/* Does the sentence hold every word of the EX_CUE_* bits cues? */
int ex_has_cues(const ex_state *st, unsigned cues)
{
    return (st->cue_words & cues) == cues;
}

/* How many coded actor mentions (not dropped, not values) the sentence
 * has, counted up to at most. */
size_t ex_coded_actors(const ex_state *st, size_t at_most)
{
    size_t k, n = 0;
    for (k = 0; k < st->nments && n < at_most; k++) {
        const ex_mention *m = &st->ments[k];
        n += !m->dropped && !m->ent.is_value && m->ent.code && *m->ent.code;
    }
    return n;
}

/* The mention covering token t, or NULL (also for t at or past the
 * sentence's end: callers step past a mention or an article and ask at
 * the next token, and the token array, kept for the next sentence, holds
 * an earlier sentence's tokens there). */
const ex_mention *ex_mention_at(const ex_state *st, size_t t)
{
    int m = t < st->ntoks ? st->toks[t].covered : 0;
    return m > 0 ? &st->ments[m - 1] : NULL;
}

/* Is word, case aside, the last word of name (what follows its last
 * space): "bank" of "World Bank", the word a story names a body or a
 * person by after its full name?  A name of one word, or NULL, has
 * none. */
int ex_last_word_is(const char *name, const char *word)
{
    const char *last = name ? strrchr(name, ' ') : NULL;
    return last && !strcasecmp(last + 1, word);
}

/* The forms of "be" ("has been imposed", "will be signed", "is being
 * held"), and its four finite forms alone ("Britain and France were",
 * "the talks are"): the word lists of the checks that read a passive or
 * a copula. */
const char *const ex_be_forms[] = {"be",  "being", "been", "is",
                                   "are", "was",   "were", NULL};
const char *const ex_be_finite[] = {"is", "are", "was", "were", NULL};

/* The finite forms of "have" ("Turkey has a special relationship with",
 * "who had stepped down", "talks have been postponed"). */
const char *const ex_have_finite[] = {"has", "have", "had", NULL};

/* The words of a plain future ("will impose", "would ban", "'ll send"). */
const char *const ex_will_words[] = {"will", "would", "shall", "'ll", NULL};

/* The days of the week ("on Monday", "Sunday's vote"). */
const char *const ex_weekdays[] = {"monday",   "tuesday", "wednesday",
                                   "thursday", "friday",  "saturday",
                                   "sunday",   NULL};

/* Is token t a plain lower-case word of no mention ("fresh", "two-day",
 * "annual"): no article, no tagged word, no name?  The backward walks
 * over a noun's describing words read this. */
int ex_plain_word(const ex_state *st, size_t t)
{
    const ex_tok *k = &st->toks[t];
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP) && !ex_mention_at(st, t);
}

/* Is token t part of a plain noun phrase's lead-in: an article, a
 * possessive, or a plain word (ex_plain_word: "the", "its", "fresh",
 * "two-day")?  The backward walks over "its latest two-day" before a
 * noun read this. */
int ex_phrase_filler(const ex_state *st, size_t t)
{
    const ex_tok *k = &st->toks[t];
    return k->tag == KG_W_DET || k->tag == KG_W_POSS || ex_plain_word(st, t);
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

/* "the U.S. And the European Community have put pressure on Japan",
 * "after U.S. Attacks on Iranian oil platforms", "news the U.S.
 * Increased tariffs": in copy that capitalises the word after an
 * initialism (KG_TOKF_RECASED, the segmenter's), such a word is read as
 * the lower-case word it is, so that it may be the verb or the act noun
 * it is and no part of a name.  It stays capitalised where a name or
 * title goes on with it: a capitalised word after it ("U.S. Trade
 * Representative", "U.S. Agriculture Department"), a name of the
 * ontology that the initialism opens ("U.S. Navy") or that the word
 * opens ("Treasury"), or a title ("U.S. Secretary of State"); and
 * "Group", which ex_business_demonym reads by its capital ("the U.S.
 * Group" of lawmakers urged Japan; "a U.S. group" may be a firm or an
 * armed group). */
static void ex_recase(ex_state *st)
{
    size_t i, nt = st->ntoks;
    for (i = 1; i < nt; i++) {
        ex_tok *t = &st->toks[i];
        kg_onto_match m;
        const char *agent, *country;
        if (!(t->flags & KG_TOKF_RECASED) || !(t->flags & KG_TOKF_CAP))
            continue;
        if ((i + 1 < nt && (st->toks[i + 1].flags & KG_TOKF_CAP)) ||
            !strcmp(t->lower, "group"))
            continue;
        if ((kg_onto__match(st->onto, st->keys, st->known, NULL, nt, i - 1,
                            &m) &&
             m.ntok > 1) ||
            kg_onto__match(st->onto, st->keys, st->known, NULL, nt, i, &m) ||
            kg_onto__match_title_country(st->onto, st->keys, st->known, nt,
                                         i, &agent, &country))
            continue;
        t->flags &= ~(unsigned)KG_TOKF_CAP;
    }
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
    st->quote_was_open = st->quote_open;
    quote = st->quote_carried = st->quote_open && ex_quote_goes_on(st, seg, s);
    /* keys[i] = toks[i].key and known[i] its name key, for the matchers,
     * set below where the key and its length are at hand */
    st->keys = kg_arena_alloc(&st->arena, (nt + 1) * sizeof(*st->keys));
    st->known = kg_arena_alloc(&st->arena, (nt + 1) * sizeof(*st->known));
    if (!st->keys || !st->known)
        return KG_ENOMEM;
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
        /* (an ASCII word's key is written in the arena where it stays,
         * without the copy through st->tmp: a million tokens on 2,000
         * BBC stories) */
        {
            char *kp = kg_arena_alloc(&st->arena, n + 1);
            if (!kp)
                return KG_ENOMEM;
            klen = kg_onto__token_key_ascii(w, n, kp);
            t->key = kp;
        }
        if (klen == (size_t)-1) {
            kg_buf_clear(&st->tmp);
            if ((err = kg_onto__token_key(w, n, &st->tmp)) < 0)
                return err;
            if (!(t->key = kg_arena_strndup(
                      &st->arena, st->tmp.ptr ? st->tmp.ptr : "",
                      st->tmp.len)))
                return KG_ENOMEM;
            klen = st->tmp.len;
        }
        st->keys[i] = t->key;
        st->known[i] = kg_onto__name_key(st->onto, t->key, klen);
        /* Typographic apostrophes fold to ' through LUMP, so n’t = n't.
         * Most words fold to their key ("Turkey": "turkey"), and then one
         * copy serves both (neither is ever written).  A word of ASCII
         * letters and digits only (the key kept each of its bytes) is
         * such a word without folding it again: both are its bytes in
         * lower case. */
        if (klen == n && ex_ascii(w, n)) {
            t->lower = t->key;
        } else {
            kg_buf_clear(&st->tmp);
            if ((err = kg_utf8_fold(w, n, &st->tmp)) < 0)
                return err;
            if (st->tmp.len == klen &&
                (klen == 0 || memcmp(st->tmp.ptr, t->key, klen) == 0))
                t->lower = t->key;
            else if (!(t->lower = kg_arena_strndup(
                           &st->arena, st->tmp.ptr ? st->tmp.ptr : "",
                           st->tmp.len)))
                return KG_ENOMEM;
        }
        t->tag = kg_nlp__tag(t->lower);
        /* "The US attack on Iraq": "US" in capitals is the country (the
         * ontology's mention), not the pronoun "us" */
        if (n == 2 && w[0] == 'U' && w[1] == 'S')
            t->tag = KG_W_NONE;
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
        if ((t->dash = (int)ex_dash_at(text, tk, nt, i)) != 0 &&
            !(open_dash == (size_t)-1 && ex_dateline_dash(text, tk, i))) {
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
    /* "will no doubt be accepted by the King", "Iran would no doubt
     * retaliate": "no doubt" is an adverb of certainty, no negation of
     * the verb (fix29: the accepting was read as refused, 124) */
    for (i = 0; i + 1 < st->ntoks; i++)
        if (st->toks[i].tag == KG_W_NEG && ex_tok_is(st, i, "no") &&
            ex_tok_is(st, i + 1, "doubt"))
            st->toks[i].tag = KG_W_NONE;
    ex_recase(st);
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
/* ex_lemma's first reading of token t: its lemma candidates made and
 * kept (none for a word too long to have any, asked again each time),
 * then the j-th.  (Kept out of line, so that ex_lemma's reading saves
 * no registers.) */
static __attribute__((noinline)) const char *
ex_lemma_first(const ex_state *st, ex_tok *t, size_t j)
{
    if (strlen(t->lower) >= KG_NLP_MAX_WORD)
        return NULL;
    t->nlemmas = kg_nlp__lemmas(t->lower, st->onto, t->lemmas);
    return j < t->nlemmas ? t->lemmas[j] : NULL;
}

const char *ex_lemma(size_t i, size_t j, void *payload)
{
    ex_state *st = payload;
    ex_tok *t;
    if (i >= st->ntoks)
        return NULL;
    t = &st->toks[i];
    if (t->kind != KG_TOK_WORD)
        return NULL;
    /* (the candidates are read about five times as often as they are
     * made: reading them keeps no registers, making them is a call of
     * its own) */
    if (!t->nlemmas)
        return ex_lemma_first(st, t, j);
    return j < t->nlemmas ? t->lemmas[j] : NULL;
}

void ex_word_gate_add(ex_word_gate *g, const char *const *list)
{
    for (; *list; list++) {
        const unsigned char *w = (const unsigned char *)*list;
        g->bits[w[0] & 31] |= UINT32_C(1) << (w[0] ? w[1] & 31 : 0);
        /* (a token's tag is its word's, or none: "US" is no pronoun,
         * ex_prepare_tokens) */
        g->tags |= UINT32_C(1) << kg_nlp__tag(*list) | UINT32_C(1)
                                                           << KG_W_NONE;
    }
}

/* Is one of token i's lemma candidates a word of list?  (ex_word_eq
 * settles most comparisons without a call to strcmp.) */
int ex_lemma_among(ex_state *st, size_t i, const char *const *list)
{
    const ex_tok *t;
    size_t j, k;
    /* (the candidates made once, by ex_lemma, then read in the token:
     * none when it has no first one) */
    if (!ex_lemma(i, 0, st))
        return 0;
    t = &st->toks[i];
    for (j = 0; j < t->nlemmas; j++)
        for (k = 0; list[k]; k++)
            if (ex_word_eq(t->lemmas[j], list[k]))
                return 1;
    return 0;
}

const char *ex_lemma_reread(size_t i, size_t j, void *payload)
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

/* The one-word hedges before a sum ("about 300 mln dlrs", "some $5
 * billion", "nearly"). */
const char *const ex_approx_words[] = {"about",  "some",    "over",
                                       "around", "nearly",  "almost",
                                       "roughly", "approximately", NULL};

/* "more than $5 billion", "nearly 50 billion yen", "up to 2 bln dlrs",
 * "as much as 300 mln dlrs": an approximation and the sum of money it
 * opens at token k, one word for an entry's '*' ("has given more than $5
 * billion in aid to" is "give * aid"; "to slap as much as 300 mln dlrs
 * in tariffs on Japanese imports", the wording of the 1987 chip dispute
 * in reuters21578, "slap * tariff"); the token after the sum, or 0. */
static size_t ex_approx_sum_end(const ex_state *st, size_t k)
{
    const ex_mention *m;
    size_t j;
    if ((ex_tok_is(st, k, "more") || ex_tok_is(st, k, "less")) &&
        ex_tok_is(st, k + 1, "than"))
        j = k + 2;
    else if ((ex_tok_is(st, k, "at") && ex_tok_is(st, k + 1, "least")) ||
             (ex_tok_is(st, k, "up") && ex_tok_is(st, k + 1, "to")))
        j = k + 2;
    else if (ex_tok_is(st, k, "as") && ex_tok_is(st, k + 1, "much") &&
             ex_tok_is(st, k + 2, "as"))
        j = k + 3;
    else if (k < st->ntoks && ex_pronoun_is(&st->toks[k], ex_approx_words))
        j = k + 1;
    else
        return 0;
    if (j >= st->ntoks || (m = ex_mention_at(st, j)) == NULL ||
        m->t0 != j || m->dropped || !m->ent.is_value || !m->ent.type ||
        strcmp(m->ent.type, "MonetaryAmount") != 0)
        return 0;
    return m->t1;
}

/* "tens of thousands of", "hundreds of", "dozens of": a round count of
 * the noun that follows, opened at token k, one word for an entry's '*'
 * ("called up tens of thousands of reservists" is "call up * reservist",
 * whose '*' covers three words); the token after its last "of", or 0. */
static size_t ex_count_phrase_end(const ex_state *st, size_t k)
{
    static const char *const counts[] = {"tens",     "hundreds", "thousands",
                                         "millions", "dozens",   "scores",
                                         NULL};
    size_t j;
    /* ("of" before the list: this runs at most words after a verb) */
    if (k + 2 >= st->ntoks || !ex_tok_is(st, k + 1, "of") ||
        !ex_pronoun_is(&st->toks[k], counts) || ex_mention_at(st, k))
        return 0;
    j = k + 2;
    /* ("tens of thousands of", "hundreds of thousands of") */
    if (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], counts) &&
        ex_tok_is(st, j + 1, "of"))
        j += 2;
    return j;
}

/* The nouns of "the province of Aceh", "the city of Karachi". */
static const char *const ex_place_nouns[] = {
    "province", "city",   "town",   "village", "region", "district",
    "state",    "island", "capital", "port",   "enclave", "territory",
    NULL};

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
        size_t e = k + 1, a = ex_approx_sum_end(st, k);
        if (!a)
            a = ex_count_phrase_end(st, k);
        if (a) {
            merged++;
            u->r0[u->n] = k;
            u->r1[u->n++] = a;
            k = a;
            continue;
        }
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
            /* "placed the province of Aceh under military rule", "the
             * city of Karachi": a place named after "the <noun> of" is
             * the phrase's head, one word with it */
            if (e == q && q + 1 < st->ntoks && q < k + 4 &&
                ex_tok_is(st, q, "of") &&
                ex_pronoun_is(&st->toks[q - 1], ex_place_nouns)) {
                const ex_mention *pm = ex_actor_at(st, q + 1);
                if (pm && pm->ent.type && pm->ent.code && *pm->ent.code &&
                    ex_country_or_place(pm->ent.type))
                    e = pm->t1;
            }
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
    /* (a round count, "tens of thousands of", counts the noun after it,
     * which the entry names: as bounded as a sum) */
    if (ex_count_phrase_end(st, u->r0[v]) == u->r1[v])
        return 1;
    for (k = u->r0[v]; k < u->r1[v]; k++) {
        const ex_mention *m = ex_mention_at(st, k);
        if (m && m->t0 == k && !m->dropped && m->ent.is_value &&
            m->ent.type && !strcmp(m->ent.type, "MonetaryAmount") &&
            m->t1 <= u->r1[v] && (m->t1 > m->t0 + 1 || u->r1[v] > k + 1))
            return 1;
    }
    return 0;
}

int ex_match_collapsed(ex_state *st, size_t i,
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

const char *ex_lemma_skip(size_t i, size_t j, void *payload)
{
    const ex_skipread *u = payload;
    return ex_lemma(i >= u->s0 ? i + u->n : i, j, u->st);
}

/* May the open-class word at token q be a noun phrase's modifier or head
 * rather than the verb of a new clause ("the rebels attacked Kabul",
 * "the army held talks")?  Particles and such adverbs never are.  A past
 * form in "-ed", or an irregular one the lexicon lists ("held", "met"),
 * is one only right after what opens or modifies a noun ("its armed
 * forces", "a newly elected parliament", "the country's armed forces");
 * other words always are (no tagger here tells a present-tense verb from
 * a plural noun, and wire copy's verbs are past forms). */
static int ex_np_word(const ex_state *st, size_t q, int after_modifier)
{
    /* particles and adverbs of time and place, which the tagger leaves
     * open: they end a phrase or belong to the verb ("stormed out of the
     * presidential palace", "charged the suspects yesterday with") */
    static const char *const adverbs[] = {
        "out",  "up",    "down",  "back",      "away",     "also",
        "then", "now",   "again", "there",     "here",     "yesterday",
        "today", "tonight", "tomorrow", "still", "instead", NULL};
    const char *lem;
    if (ex_pronoun_is(&st->toks[q], adverbs))
        return 0;
    if (after_modifier)
        return 1;
    if (ex_ends_ed(st, q))
        return 0;
    lem = kg_onto__irregular(st->onto, st->toks[q].lower);
    return !lem || !strcmp(lem, st->toks[q].lower);
}

/*
 * The token after the noun phrase that opens at token i, for a lexicon
 * '*' that may span it whole (kg_onto__match_relation_np; i when none):
 * "ordered [the remaining UN weapons inspectors] out", "handed [a fishing
 * boat and its crew] back".  Three arbitrary words are all a '*' reads
 * elsewhere; past them only such a phrase is safe, so it is kept to what
 * cannot cross a clause: an article or possessive at its start (or after
 * its "of" or "and"), open-class words (ex_np_word), numbers, names,
 * a genitive "'s", a hyphen between two words, and at most one "of" or
 * "and" joining a second phrase to the first ("the number of its troops",
 * "a boat and its crew"); a date right after it ("on Tuesday", "in
 * 2006") goes with it and ends it.  It never takes a comma, another
 * preposition, a pronoun, an auxiliary or modal, a relative or
 * subordinating word ("that", "which", "who": tagged KG_W_SUB) or a verb
 * of speech, and it ends at a word, never at "of" or "and".
 */
size_t ex_np_end(size_t i, void *payload)
{
    const ex_state *st = payload;
    size_t q = i, end = i, lim = i + KG_ONTO_MAX_GAP;
    int open = 1;     /* an article may come here */
    int modifier = 1; /* the token before opens or modifies a noun */
    int joined = 0;   /* an "of" or "and" was taken */
    while (q < st->ntoks && q < lim) {
        const ex_tok *t = &st->toks[q];
        const ex_mention *m = ex_mention_at(st, q);
        size_t v;
        if (end == q && q > i && (v = ex_when_phrase(st, q)) > q) {
            /* "appealed to the World Bank and other donors on Tuesday
             * for help": a date after the phrase is no clause either;
             * the phrase ends with it */
            if (v <= lim)
                end = v;
            break;
        }
        if (m && m->t0 == q && !m->dropped) {
            /* a name is one word of the phrase ("UN", "Bank of America");
             * a date is none ("on Tuesday" ends it) */
            if (m->t1 > lim || ex_is_date(&m->ent))
                break;
            q = end = m->t1;
            open = modifier = 0;
        } else if (t->tag == KG_W_DET || t->tag == KG_W_POSS) {
            if (!open)
                break; /* "gave the rebels the weapons": two phrases */
            q++;
            open = 0;
            modifier = 1;
        } else if (t->kind == KG_TOK_NUMBER) {
            q = end = q + 1;
            open = 0;
            modifier = 1; /* "the 12 detained activists" */
        } else if (t->kind == KG_TOK_WORD && t->tag == KG_W_NONE &&
                   t->lower[0] != '\'' && ex_np_word(st, q, modifier)) {
            size_t n = strlen(t->lower);
            q = end = q + 1;
            open = 0;
            /* ("newly elected": an adverb modifies the participle; any
             * word in -ly, not ex_is_ly_adverb: an -ly noun does too,
             * "handed the family owned land back") */
            modifier = n > 4 && !strcmp(t->lower + n - 2, "ly");
        } else if (end == q && q > i && ex_tok_is(st, q, "'s")) {
            q++; /* "the country's armed forces" */
            open = 0;
            modifier = 1;
        } else if (end == q && q > i && q + 1 < st->ntoks &&
                   ex_tok_punct(st, q, '-') &&
                   st->toks[q - 1].end == t->start &&
                   t->end == st->toks[q + 1].start &&
                   st->toks[q + 1].kind == KG_TOK_WORD) {
            q++; /* a hyphen between words; a spaced dash is an aside */
            modifier = 1;
        } else if (end == q && q > i && !joined &&
                   (ex_tok_is(st, q, "of") || ex_tok_is(st, q, "and"))) {
            q++;
            joined = open = modifier = 1;
        } else {
            break;
        }
    }
    return end;
}

/* Does rel's pattern end in a word in "-ed" ("armed conflict" does not;
 * the surface "fired" of the pattern "rocket fire" would)? */
int ex_pattern_ends_ed(const kg_onto_relation *rel)
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

/* Is token q an adverb in "-ly": a lower-case word in "-ly" that is no
 * noun or verb ("supply", "rally", "reply", "family", "assembly",
 * "comply")?  (ex_is_adverb adds adverbs of time and repetition.) */
int ex_is_ly_adverb(const ex_state *st, size_t q)
{
    static const char *const ly_words[] = {
        "supply",  "rally",   "reply",    "family",   "assembly",
        "monopoly", "anomaly", "folly",   "homily",   "panoply",
        "belly",   "jelly",   "melancholy", "apply",  "comply",
        "imply",   "multiply", "bully",   "tally",    "sully",
        "dally",   "holly",   "gully",    "oversupply", "resupply", NULL};
    const ex_tok *t;
    size_t n;
    if (q >= st->ntoks)
        return 0;
    t = &st->toks[q];
    n = strlen(t->lower);
    return t->kind == KG_TOK_WORD && t->tag == KG_W_NONE &&
           !(t->flags & KG_TOKF_CAP) && n > 4 &&
           !strcmp(t->lower + n - 2, "ly") && !ex_pronoun_is(t, ly_words);
}

/* Is token q an adverb wire copy puts inside a verb's entry, as it puts
 * a date there ("met secretly with", "met again with", "called once
 * more for")?  An adverb in "-ly" (ex_is_ly_adverb), or one of a few
 * adverbs of time or repetition ("more" only after "once"). */
int ex_is_adverb(const ex_state *st, size_t q)
{
    static const char *const adverbs[] = {
        "again",   "anew",  "also", "already", "still", "once",
        "twice",   "earlier", "later", NULL};
    const ex_tok *t;
    if (ex_is_ly_adverb(st, q))
        return 1;
    if (q >= st->ntoks)
        return 0;
    t = &st->toks[q];
    if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
        (t->flags & KG_TOKF_CAP))
        return 0;
    if (ex_tok_is(st, q, "more"))
        return q > 0 && ex_tok_is(st, q - 1, "once");
    return ex_pronoun_is(t, adverbs);
}

/* The token past one or two adverbs (ex_is_adverb) at token q (q when
 * none): the entry is read with them left out (ex_match_past_when). */
size_t ex_adverb_end(const ex_state *st, size_t q)
{
    size_t k = q;
    while (k < q + 2 && ex_is_adverb(st, k))
        k++;
    return k;
}

/* The token past a span of time at token q ("for five hours", "for more
 * than an hour", "for about 90 minutes"; q when none): how long a
 * meeting or talk lasted, which wire copy puts between the verb and its
 * particle ("met for an hour with"). */
static size_t ex_duration_end(const ex_state *st, size_t q)
{
    static const char *const about[] = {"about", "nearly", "almost", "some",
                                        "over", "around", "roughly",
                                        "barely", NULL};
    static const char *const counts[] = {
        "a",    "an",    "one",  "two",   "three",  "four",  "five",
        "six",  "seven", "eight", "nine", "ten",    "twelve", "several",
        NULL};
    static const char *const units[] = {"hour", "hours", "minutes", NULL};
    size_t k = q + 1;
    if (!ex_tok_is(st, q, "for"))
        return q;
    if ((ex_tok_is(st, k, "more") || ex_tok_is(st, k, "less")) &&
        ex_tok_is(st, k + 1, "than"))
        k += 2;
    else if (k < st->ntoks && ex_pronoun_is(&st->toks[k], about))
        k++;
    if (k + 1 >= st->ntoks ||
        !(st->toks[k].kind == KG_TOK_NUMBER ||
          (st->toks[k].kind == KG_TOK_WORD &&
           ex_pronoun_is(&st->toks[k], counts))) ||
        !ex_pronoun_is(&st->toks[k + 1], units))
        return q;
    return k + 2;
}

/* The token past what wire copy inserts after a verb, inside its entry,
 * when it holds an adverb: adverbs (ex_adverb_end), a date phrase after
 * them or before more of them ("insisted again on Monday that", "met on
 * Tuesday again with"); q when no adverb is there (a date alone is
 * ex_when_phrase's).  A span of time counts as an adverb ("met for five
 * hours on Sunday with", "met for more than an hour with"). */
size_t ex_inserted_end(const ex_state *st, size_t q)
{
    size_t k = ex_adverb_end(st, ex_duration_end(st, q)),
           d = ex_when_phrase(st, k), e = ex_adverb_end(st, d);
    return k == q && e == d ? q : e;
}

/* The verb entry at token i read with the date phrase [i + 1, v) left
 * out, when it spans words past the date and has more words than than
 * (NULL: any); *ntok receives its tokens, the date's included. */
const kg_onto_relation *ex_match_past_when(ex_state *st, size_t i,
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

/* "lashed out on Monday at Israel", "cracked down on Tuesday on": the
 * verb entry at token i read with a date phrase after its particle (the
 * lower-case word at i + 1) left out, when it spans words past the date
 * and has more words than than (NULL: any); *ntok receives its tokens,
 * the date's included. */
const kg_onto_relation *ex_match_past_inner_when(ex_state *st, size_t i,
                                                 const kg_onto_relation *than,
                                                 size_t *ntok)
{
    ex_skipread u;
    const kg_onto_relation *wr;
    size_t wn, v;
    if (i + 3 >= st->ntoks || st->toks[i + 1].kind != KG_TOK_WORD ||
        (st->toks[i + 1].flags & KG_TOKF_CAP) ||
        (v = ex_when_phrase(st, i + 2)) <= i + 2)
        return NULL;
    u.st = st;
    u.s0 = i + 2;
    u.n = v - (i + 2);
    if (!kg_onto__match_relation(st->onto, st->ntoks - u.n, i, 0,
                                 ex_lemma_skip, &u, &wr, &wn) ||
        wr->noun || wn < 3 ||
        (than && ex_pattern_words(wr) <= ex_pattern_words(than)))
        return NULL;
    *ntok = wn + u.n;
    return wr;
}

/* "gave Nigerian troops 72 hours on Tuesday to vacate", "put his
 * signature on Saturday to a treaty", "gave the green light on Tuesday
 * for the deployment": wire copy dates the act after its object or
 * inside a two-part entry.  The verb entry at token i read with a date
 * phrase that starts two to seven words on left out (one of the entry's
 * prepositions after the date, no punctuation before it, and the word
 * before it not capitalised: not "reached into Damascus Sunday, dealing a blow",
 * "shut down Kathmandu on Thursday as the parties pressed"), when the
 * entry goes on past the date and has more words than than (NULL: any);
 * *ntok receives its tokens, the date's included.  (i + 1 is
 * ex_match_past_when's, i + 2 also ex_match_past_inner_when's.) */
const kg_onto_relation *ex_match_past_mid_when(ex_state *st, size_t i,
                                               const kg_onto_relation *than,
                                               size_t *ntok)
{
    static const char *const preps[] = {"to", "for", "of", "with",
                                        "against", "from", "on", "at",
                                        "into", "over", NULL};
    ex_skipread u;
    const kg_onto_relation *wr;
    size_t wn, d, v;
    for (d = i + 2; d < st->ntoks && d <= i + 7; d++) {
        if (st->toks[d - 1].kind == KG_TOK_PUNCT)
            return NULL;
        if ((v = ex_when_phrase(st, d)) <= d || v >= st->ntoks ||
            !ex_pronoun_is(&st->toks[v], preps))
            continue;
        if (st->toks[d - 1].flags & KG_TOKF_CAP)
            return NULL;
        u.st = st;
        u.s0 = d;
        u.n = v - d;
        /* (a phrase of time the entry holds is no date to leave out:
         * "48 hours" of "give * hour to") */
        if (!kg_onto__match_relation(st->onto, st->ntoks - u.n, i, 0,
                                     ex_lemma_skip, &u, &wr, &wn) ||
            wr->noun || i + wn <= d ||
            (than && ex_pattern_words(wr) <= ex_pattern_words(than)))
            continue;
        *ntok = wn + u.n;
        return wr;
    }
    return NULL;
}

/* One more of id in the tally ids/counts (*n of them, EX_MEMORY at most). */
static void ex_tally(const char **ids, size_t *counts, size_t *n,
                     const char *id)
{
    size_t k;
    for (k = 0; k < *n; k++)
        if (!strcmp(ids[k], id)) {
            counts[k]++;
            return;
        }
    if (*n < EX_MEMORY) {
        ids[*n] = id;
        counts[(*n)++] = 1;
    }
}

static void ex_count_country(ex_state *st, const char *id)
{
    ex_tally(st->countries, st->ncountry, &st->ncountries, id);
}

static void ex_count_organ_country(ex_state *st, const char *id)
{
    ex_tally(st->organ_countries, st->norgan_country,
             &st->norgan_countries, id);
}

/* "The Russian foreign minister said Moscow would act.  He accused
 * Sweden", "A Gencorp spokesman said ...  He declined": an office named
 * without its holder (ex_is_office, or a body and a title right after
 * it) that opens the sentence is the person "he" stands for next, not
 * one named sentences before.  The mention "he" may stand for: a
 * person's, the holder's when a person's name follows the office at
 * once ("Malaysia's former deputy prime minister Anwar Ibrahim"), the
 * office's; NULL for a mention of no person or office. */
static const ex_mention *ex_salient_office(const ex_state *st, size_t i)
{
    const ex_mention *m = &st->ments[i];
    const char *agent = NULL;
    size_t tl = 0;
    if (ex_is_person(&m->ent))
        return m;
    /* (nor a firm named by a common noun, "A company spokesman said":
     * coded as the story's country's business, often another's) */
    if (m->ent.is_value || !m->ent.code ||
        (m->t1 == m->t0 + 1 && !(st->toks[m->t0].flags & KG_TOKF_CAP) &&
         strlen(m->ent.code) > 3 && !strcmp(m->ent.code + 3, "BUS")))
        return NULL;
    if (!ex_is_office(st, m) &&
        ((!ex_group_or_org(m->ent.type) && m->kind != KG_NAME_METONYM &&
          m->kind != KG_NAME_DEMONYM) ||
         (tl = ex_match_title(st, m->t1, &agent)) == 0))
        return NULL;
    if (i + 1 < st->nments && ex_is_person(&st->ments[i + 1].ent) &&
        !st->ments[i + 1].dropped && st->ments[i + 1].t0 <= m->t1 + tl + 3)
        return &st->ments[i + 1];
    return m;
}

/* Is id among the n ids of list? */
int ex_id_listed(const char *const *list, size_t n, const char *id)
{
    size_t k;
    for (k = 0; k < n; k++)
        if (!strcmp(list[k], id))
            return 1;
    return 0;
}

/* 1 for "he", "him", "his", -1 for "she", "her", "hers" (lower case),
 * 0 for any other word. */
int ex_pronoun_gender(const char *lower)
{
    static const char *const he[] = {"he", "him", "his", NULL};
    static const char *const she[] = {"she", "her", "hers", NULL};
    size_t k;
    for (k = 0; he[k]; k++)
        if (!strcmp(lower, he[k]))
            return 1;
    for (k = 0; she[k]; k++)
        if (!strcmp(lower, she[k]))
            return -1;
    return 0;
}

/* "Elizabeth Dole said she ...": the first "he" or "she" (him, his,
 * her) that stood for a person of the story tells which a later pronoun
 * may be (ex_gender_clash); an office ("a Labour spokesman") is left
 * out, its holders change. */
static void ex_note_genders(ex_state *st)
{
    static const char *const sirs[] = {"mr", "mr.", "sir", "lord", NULL};
    static const char *const madams[] = {"mrs", "mrs.", "ms", "ms.", "miss",
                                         "lady", "dame", "baroness", NULL};
    size_t k, j;
    /* (a title before the name says it first: "Mr Blunkett", "Ms Kelly") */
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        const char *id = m->ent.id;
        if (m->dropped || !id || !ex_is_person(&m->ent) || m->t0 == 0 ||
            ex_id_listed(st->he_ids, st->nhe, id) ||
            ex_id_listed(st->she_ids, st->nshe, id))
            continue;
        if (ex_pronoun_is(&st->toks[m->t0 - 1], sirs) && st->nhe < EX_MEMORY)
            st->he_ids[st->nhe++] = id;
        else if (ex_pronoun_is(&st->toks[m->t0 - 1], madams) &&
                 st->nshe < EX_MEMORY)
            st->she_ids[st->nshe++] = id;
    }
    for (k = 0; k < st->nprons; k++) {
        const kg_entity *e = &st->prons[k];
        char w[8];
        int g;
        if (!e->id || !e->text || !ex_is_person(e) || strlen(e->text) >= 8)
            continue;
        for (j = 0; e->text[j]; j++)
            w[j] = e->text[j] >= 'A' && e->text[j] <= 'Z'
                       ? (char)(e->text[j] - 'A' + 'a')
                       : e->text[j];
        w[j] = 0;
        if ((g = ex_pronoun_gender(w)) == 0 ||
            ex_id_listed(st->he_ids, st->nhe, e->id) ||
            ex_id_listed(st->she_ids, st->nshe, e->id))
            continue;
        if (g > 0 && st->nhe < EX_MEMORY)
            st->he_ids[st->nhe++] = e->id;
        else if (g < 0 && st->nshe < EX_MEMORY)
            st->she_ids[st->nshe++] = e->id;
    }
}

/* "Japanese diplomats", "its diplomats": a state's diplomats named in
 * the sentence (a mention coded GOV of a country, read from the
 * sentence's words, whose text ends in "diplomat" or "diplomats"), kept
 * for a bare "the diplomats" later in the story (ex_story_diplomats in
 * mentions.c); two states' make the bare noun no one's (actor32). */
static void ex_note_diplomats(ex_state *st, const kg_entity *e)
{
    const kg_onto_entity *c;
    size_t cl;
    if (!e->text || !e->code || !e->country || e->coref == EX_COREF_STORY ||
        e->coref == EX_COREF_GROUP_STORY ||
        (cl = strlen(e->code)) < 6 || strcmp(e->code + cl - 3, "GOV") != 0 ||
        !(c = kg_onto__entity(st->onto, e->country)))
        return;
    if (!ex_last_word_is(e->text, "diplomat") &&
        !ex_last_word_is(e->text, "diplomats"))
        return;
    if (st->dipl_state && st->dipl_state != c)
        st->dipl_mixed = 1;
    st->dipl_state = c;
}

/* Remember the sentence's people, groups and organisations for later
 * pronouns and descriptions; the copies point into the arena, which lives
 * until the document is done. */
static void ex_remember(ex_state *st)
{
    size_t i;
    const char *c[3];
    /* (the sentence's two states, for "the two countries" of the next:
     * a sentence that names another or more than two forgets them) */
    int bus;
    size_t nc = ex_sentence_countries(st, st->ntoks, c, &bus);
    if (nc == 2) {
        /* (a firm once among the same two stays a possible side) */
        int same = st->pair_countries[0] &&
                   ((!strcmp(c[0], st->pair_countries[0]) &&
                     !strcmp(c[1], st->pair_countries[1])) ||
                    (!strcmp(c[0], st->pair_countries[1]) &&
                     !strcmp(c[1], st->pair_countries[0])));
        st->pair_bus = bus || (same && st->pair_bus);
        st->pair_countries[0] = c[0];
        st->pair_countries[1] = c[1];
    } else if (nc == 3 ||
               (nc == 1 && st->pair_countries[0] &&
                strcmp(c[0], st->pair_countries[0]) != 0 &&
                strcmp(c[0], st->pair_countries[1]) != 0))
        st->pair_countries[0] = st->pair_countries[1] = NULL;
    ex_note_titled(st);
    ex_note_genders(st);
    /* the sentence's first actor, when a person, is its likely subject
     * and the likely "he" of the next sentence, unless a speaker or the
     * subject of a relation already said who acts here */
    for (i = 0; i < st->nments && !st->salient_here; i++) {
        const ex_mention *m = &st->ments[i];
        if (m->dropped || m->ent.is_value || st->toks[m->t0].quote ||
            st->toks[m->t0].paren)
            continue;
        /* (or an office named without its holder, ex_salient_office) */
        if ((m = ex_salient_office(st, i)) != NULL) {
            st->salient = m->ent;
            st->have_salient = 1;
        }
        break;
    }
    for (i = 0; i < st->nments; i++) {
        const ex_mention *m = &st->ments[i];
        const kg_entity *e = &m->ent;
        const char *organ;
        if ((m->dropped && m->dropped != 2) || e->is_value || !e->type)
            continue;
        ex_note_diplomats(st, e);
        /* (a country's office or group, "PSEGOV", is not the country) */
        if (!strcmp(e->type, "Country") && e->code && e->id &&
            !strcmp(e->code, e->id)) {
            st->last_country = *e;
            st->have_last_country = 1;
        }
        if (m->oe && !strcmp(e->type, "Country") && m->kind != EX_NAME_COREF) {
            ex_count_country(st, e->id);
            /* (by its own name, "Japan", not a capital standing for
             * its government, "Tokyo", "Damascus") */
            if (e->code && !strcmp(e->code, e->id) &&
                m->kind == KG_NAME_PROPER) {
                if (!st->named_country)
                    st->named_country = e->id;
                if (!st->nnamed_countries || strcmp(st->named_country, e->id))
                    st->nnamed_countries++;
            }
        }
        else if (m->oe && !strcmp(m->oe->type, "Place") && e->country &&
                 m->kind <= KG_NAME_METONYM)
            ex_count_country(st, e->country);
        else if (m->oe && strcmp(m->oe->type, "Place") != 0 &&
                 strcmp(e->type, "Country") != 0 &&
                 m->kind <= KG_NAME_METONYM &&
                 (organ = ex_state_part_code(st, e)) != NULL)
            ex_count_organ_country(st, organ);
        if (ex_is_person(e)) {
            st->last_person = *e;
            st->have_last_person = 1;
            ex_memory_add(st->people, &st->npeople, e);
        } else if (m->kind == EX_NAME_GROUP) {
            ex_memory_add(st->groups, &st->ngroups, e);
        } else if (ex_group_or_org(e->type)) {
            st->last_org = *e;
            st->have_last_org = 1;
            ex_memory_add(st->orgs, &st->norgs, e);
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
    size_t ncoded; /* relations with an event code, this sentence */
} ex_limited;

static int ex_limited_relation(const kg_relation *r, void *payload)
{
    ex_limited *l = payload;
    l->ncoded += r->cameo != NULL;
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
    ex_state la;
    size_t sj, at;
    kg_entity spk;
    int err = KG_OK;

    st->have_ahead_speaker = 0;
    /* (the next sentence, when it does not go on with the quote, ends
     * the reading below before anything is read: asked of the document
     * alone, before copying the state, about 25 KB) */
    if (si + 1 >= seg->nsentences || seg->sentences[si + 1].boilerplate ||
        seg->sentences[si + 1].ntokens == 0 ||
        !ex_quote_goes_on(st, seg, &seg->sentences[si + 1]))
        return KG_OK;
    la = *st;
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

/* The region a dateline names after its town and a comma, when it
 * places the town: a US state as wire copy abbreviates it ("SAN JOSE,
 * Calif.", "BIRMINGHAM, Ala.", "JERSEY CITY, N.J.": the town alone
 * would be Costa Rica's, Britain's, Jersey's), or a country or place of
 * the gazetteer ("LONDON, Ontario").  NULL when there is none. */
static const kg_onto_entity *ex_dateline_region(const ex_state *st)
{
    static const char *const states[] = {
        "Ala",   "Ariz", "Ark",  "Calif", "Colo",  "Conn", "Del",  "Fla",
        "Ga",    "Ill",  "Ind",  "Kan",   "Kans", "Tex",  "W. Va",  "Ky",   "La",   "Md",
        "Mass",  "Mich", "Minn", "Miss",  "Mo",    "Mont", "Neb",  "Nev",
        "N.H",   "N.J",  "N.M",  "N.Y",   "N.C",   "N.D",  "Okla", "Ore",
        "Pa",    "Penn", "R.I",  "S.C",   "S.D",   "Tenn", "Vt",   "Va",
        "Wash",  "W.Va", "Wis",  "Wisc", "Wyo", "Me",   "Alaska", "Hawaii", "Idaho",
        "Iowa",  "Maine", "Ohio", "Texas", "Utah", "D.C"};
    const char *t = st->doc->text, *r;
    kg_onto_match m;
    size_t k, i, n;
    for (k = 1; k < st->ntoks && k < 6 && !ex_tok_punct(st, k, ','); k++)
        ;
    if (k + 1 >= st->ntoks || k >= 6)
        return NULL;
    r = t + st->toks[k + 1].start;
    for (i = 0; i < sizeof(states) / sizeof(states[0]); i++) {
        n = strlen(states[i]);
        if (strncasecmp(r, states[i], n) != 0)
            continue;
        /* ("La Paz": a two-letter one needs its period) */
        if (r[n] == '.')
            n++;
        else if (n < 3)
            continue;
        if (r[n] == ',' || r[n] == ' ' || r[n] == '\0')
            return kg_onto__entity(st->onto, "USA");
    }
    if (!ex_match_name(st, st->ntoks, k + 1, &m) || !m.entity ||
        !m.entity->type)
        return NULL;
    if (!strcmp(m.entity->type, "Country") ||
        (!strcmp(m.entity->type, "Place") && m.entity->country))
        return m.entity;
    return NULL;
}

/* The place of a dateline that a credit opens: a wire or newspaper the
 * gazetteer holds as a body, its dash, then the town ("Los Angeles Times
 * - BAGHDAD \xE2\x80\x94 Militants said", as AG News credits a paper).
 * The credit is no place and says nothing of where the story is from;
 * the town after it does.  1 with the town's match in *out, else 0. */
static int ex_credit_place(const ex_state *st, kg_onto_match *out)
{
    kg_onto_match m;
    const char *type;
    if (!ex_match_name(st, st->ntoks, 0, &m) || !m.entity || !m.entity->type ||
        strcmp(m.entity->type, "Organization") != 0 || m.ntok == 0 ||
        m.ntok + 1 >= st->ntoks || !ex_tok_punct(st, m.ntok, '-'))
        return 0;
    if (!ex_match_name(st, st->ntoks, m.ntok + 1, out) || !out->entity ||
        !(type = out->entity->type))
        return 0;
    return !strcmp(type, "Country") ||
           (!strcmp(type, "Place") && out->entity->country);
}

/* Might the story's first sentence s open with a bare dateline, as
 * ex_dateline_country reads one ("BAGHDAD - Gunmen ambushed")?  The cheap
 * test first, on the segmenter's tokens, before the sentence's tokens are
 * prepared (most first sentences open with no word in capitals): the
 * first token must be a word in capitals.  When none of s's tokens is a
 * quotation mark and no quote is open, preparing them would leave
 * nothing behind (st->quote_open stays 0), so skipping it changes
 * nothing; otherwise the tokens are prepared as before. */
static int ex_bare_dateline_may_open(const ex_state *st,
                                     const kg_segmentation *seg,
                                     const kg_sentence *s)
{
    const kg_token *k0 = &seg->tokens[s->first_token];
    size_t i;
    if (st->quote_open ||
        (k0->kind == KG_TOK_WORD && (k0->flags & KG_TOKF_ALLCAPS)))
        return 1;
    for (i = 0; i < s->ntokens; i++) {
        const kg_token *k = &seg->tokens[s->first_token + i];
        const char *w = st->doc->text + k->start;
        size_t n = k->end - k->start;
        if (ex_is_open_quote(w, n) || ex_is_close_quote(w, n) ||
            (n == 1 && w[0] == '"'))
            return 1;
    }
    return 0;
}

/* "JAKARTA, May 18 (AP) - Thousands of students marched on parliament":
 * wire copy names where it was filed, and the story happens there, so
 * the dateline's place (boilerplate sentence s, before any other) gives
 * the country of the story's unnamed students, police and government
 * when the text names no country of its own more than once
 * (ex_home_country).  Sets st->dateline_country, or leaves it NULL
 * ("UNITED NATIONS, March 26 (AP) -" names no country).
 *
 * bare: s is the story's first sentence, not a dateline the segmenter
 * knew: "NEW YORK - Stocks rose", "BAGHDAD - Gunmen ambushed" (AG News).
 * The text stage cannot tell a place in capitals before a hyphen from a
 * headline ("NATO - Russia talks"), so here the words before the hyphen
 * must be, all of them, a place or country of the gazetteer.
 * bare 2: a dateline given apart from the text (ex_meta_dateline), taken
 * as one whatever its form. */
static int ex_dateline_country(ex_state *st, const kg_segmentation *seg,
                               const kg_sentence *s, int bare)
{
    kg_onto_match m;
    size_t k;
    int err;
    if (bare == 0 && !kg_text__dateline(st->doc->text + s->start,
                                    s->end - s->start, NULL))
        return KG_OK;
    if (bare == 1 && !ex_bare_dateline_may_open(st, seg, s)) {
        st->ntoks = 0;
        st->quote_carried = 0; /* as preparing s would leave it */
        return KG_OK;
    }
    if ((err = ex_prepare_tokens(st, seg, s)) < 0)
        return err;
    if (st->ntoks == 0)
        return KG_OK;
    /* the seats of the EC's and the UN's bodies: a story filed there is
     * the body's, as one from "UNITED NATIONS" is (of 21 events
     * reuters21578's BRUSSELS datelines gave Belgium, 1 was Belgian:
     * "EC ... help farmers", BELAGR; "Spain backed the court", BELJUD) */
    if (st->ntoks > 1 && st->toks[1].kind != KG_TOK_WORD &&
        (ex_tok_is(st, 0, "brussels") || ex_tok_is(st, 0, "geneva") ||
         ex_tok_is(st, 0, "strasbourg") || ex_tok_is(st, 0, "luxembourg"))) {
        st->ntoks = 0;
        return KG_OK;
    }
    if (bare == 1) {
        const char *t = st->doc->text;
        for (k = 0; k < st->ntoks && k < 5 && st->toks[k].kind == KG_TOK_WORD &&
                    (st->toks[k].flags & KG_TOKF_ALLCAPS); k++)
            ;
        if (k == 0 || k >= st->ntoks || !ex_tok_punct(st, k, '-') ||
            st->toks[k].start == 0 || t[st->toks[k].start - 1] != ' ' ||
            t[st->toks[k].end] != ' ' || !ex_match_name(st, k, 0, &m) ||
            m.ntok != k || !m.entity || !m.entity->type) {
            st->ntoks = 0;
            return KG_OK;
        }
    } else if (ex_credit_place(st, &m)) {
        /* (the town after a credited paper's dash) */
    } else if ((m.entity = ex_dateline_region(st)) != NULL) {
        /* (the region after the town: its country) */
    } else if (!ex_match_name(st, st->ntoks, 0, &m) || !m.entity ||
               !m.entity->type) {
        /* "COTABATO, Philippines, July 9 (AFP) -", "MAHALLA AL-KUBRA,
         * Egypt, April 6 (Reuters) -", "LUENA, Angola -": a town kg does
         * not know, filed with its country or a region kg knows after
         * the first comma ("UNITED NATIONS, March 26" is a name, a body:
         * no country) */
        for (k = 1; k < st->ntoks && k < 6 && !ex_tok_punct(st, k, ','); k++)
            ;
        if (k + 1 >= st->ntoks || k >= 6 ||
            !ex_match_name(st, st->ntoks, k + 1, &m) || !m.entity ||
            !m.entity->type) {
            st->ntoks = 0;
            return KG_OK;
        }
    }
    /* (a city or country the place name stands for; a person or a body
     * is no place) */
    if (!strcmp(m.entity->type, "Country"))
        st->dateline_country = m.entity;
    else if (!strcmp(m.entity->type, "Place") && m.entity->country)
        st->dateline_country = kg_onto__entity(st->onto, m.entity->country);
    if (st->dateline_country)
        st->dateline_place = m.entity;
    st->ntoks = 0;
    return KG_OK;
}

/* A dateline the corpus keeps apart from the text (kg_doc.dateline,
 * Reuters-21578's "SALVADOR, Feb 26 -"): read as one opening the text,
 * on its own segmentation, the text and its offsets untouched. */
static int ex_meta_dateline(ex_state *st)
{
    kg_segmentation dseg = KG_SEGMENTATION_INIT;
    const kg_doc *doc = st->doc;
    kg_doc shadow = *doc;
    int err;

    shadow.text = doc->dateline;
    shadow.len = strlen(doc->dateline);
    if ((err = kg_text__segment(shadow.text, shadow.len, &dseg)) < 0)
        return err;
    if (dseg.ntokens) {
        /* all of it, as one sentence ("ST. LOUIS, Mo., Feb 26 -" is no
         * two), and in any case ("Calgary, Alberta, March 3 -"): the
         * corpus says it is a dateline */
        kg_sentence all;
        memset(&all, 0, sizeof(all));
        all.end = shadow.len;
        all.ntokens = dseg.ntokens;
        st->doc = &shadow;
        err = ex_dateline_country(st, &dseg, &all, 2);
        st->doc = doc;
    }
    kg_segmentation_dispose(&dseg);
    return err;
}

/* "REUTER WORLD NEWS HIGHLIGHTS": a digest of items, each a story of
 * its own that opens a line with its own dateline ("CHANDIGARH, India -
 * Sikh extremists killed five people in Punjab", "MANILA - Communist
 * rebels said").  Does sentence s, past the story's first text, open a
 * line with such a dateline?  2: one the segmenter set apart
 * ("CHANDIGARH, India -", boilerplate); 1: a bare one that opens the
 * sentence, words in capitals before a spaced hyphen, as
 * ex_dateline_country reads a story's first ("MANILA -"); else 0.  The
 * item's events are then the item's country's, not the digest's (pub27:
 * reuters-14419's Sikh extremists in Punjab were USARAD, the country of
 * the digest's Washington items). */
static int ex_item_dateline(const ex_state *st, const kg_segmentation *seg,
                            const kg_sentence *s)
{
    const char *t = st->doc->text;
    size_t a = s->start, k;
    while (a > 0 && (t[a - 1] == ' ' || t[a - 1] == '\t'))
        a--;
    if (!s->ntokens || a == 0 || t[a - 1] != '\n')
        return 0;
    if (s->boilerplate)
        return kg_text__dateline(t + s->start, s->end - s->start, NULL) ? 2
                                                                       : 0;
    for (k = 0; k < s->ntokens && k < 5; k++) {
        const kg_token *w = &seg->tokens[s->first_token + k];
        if (w->kind == KG_TOK_WORD && (w->flags & KG_TOKF_ALLCAPS))
            continue;
        return k > 0 && w->end == w->start + 1 && t[w->start] == '-' &&
               t[w->start - 1] == ' ' && w->end < st->doc->len &&
               t[w->end] == ' ';
    }
    return 0;
}

/* A digest's item opens (ex_item_dateline, kind 2 or 1): what the story
 * so far told of its home (the countries it named, its dateline) and of
 * the people, bodies and countries a later word may stand for is
 * forgotten, and the item's dateline gives its home, read as a story's
 * first one is. */
static int ex_open_item(ex_state *st, const kg_segmentation *seg,
                        const kg_sentence *s, int kind)
{
    st->ncountries = 0;
    st->named_country = NULL;
    st->nnamed_countries = 0;
    st->norgan_countries = 0;
    st->dateline_country = NULL;
    st->dateline_place = NULL;
    st->have_last_country = 0;
    st->have_last_person = 0;
    st->have_salient = 0;
    st->have_last_org = 0;
    st->pair_countries[0] = st->pair_countries[1] = NULL;
    /* (the diplomats a bare "the diplomats" stands for are the story's:
     * a new item names its own, ex_note_diplomats) */
    st->dipl_state = NULL;
    st->dipl_mixed = 0;
    return ex_dateline_country(st, seg, s, kind == 2 ? 0 : 1);
}

static int ex_run(kg_ctx *ctx, const kg_doc *doc, kg_relation_cb rcb,
                  kg_mention_cb mcb, void *payload, kg_extract_stats *stats)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    ex_state st;
    const kg_limits *limits = kg_ctx__limits(ctx);
    ex_limited lim = {0};
    size_t si, nmentions = 0;
    int err, started = 0, item;

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
    if (doc->dateline && (err = ex_meta_dateline(&st)) < 0)
        goto out;
    for (si = 0; si < seg.nsentences; si++) {
        const kg_sentence *s = &seg.sentences[si];
        if (s->ntokens && !started && !st.dateline_country &&
            (err = ex_dateline_country(&st, &seg, s, !s->boilerplate)) < 0)
            goto out;
        if (started && (item = ex_item_dateline(&st, &seg, s)) != 0 &&
            (err = ex_open_item(&st, &seg, s, item)) < 0)
            goto out;
        if (s->boilerplate || s->ntokens == 0)
            continue;
        started = 1;
        st.nments = 0;
        st.nprons = 0;
        st.salient_here = 0;
        st.salient_before = st.salient;
        st.have_salient_before = st.have_salient;
        st.open_mod = NULL;
        st.have_speaker = 0;
        st.have_last_object = 0;
        if ((err = ex_prepare_tokens(&st, &seg, s)) < 0 ||
            (err = ex_find_mentions(&st)) < 0 ||
            (err = ex_glue_titles(&st)) < 0 ||
            (err = ex_officials_of_places(&st)) < 0 ||
            (err = ex_loyal_groups(&st)) < 0 ||
            (err = ex_opposition_names(&st)) < 0 ||
            (err = ex_sentence_groups(&st)) < 0 ||
            (err = ex_counterparts(&st)) < 0 ||
            (err = ex_role_nouns_before_people(&st)) < 0 ||
            (err = ex_press_modifiers(&st)) < 0 ||
            (err = ex_bare_commissions(&st)) < 0)
            goto out;
        ex_index_mentions(&st);
        if ((err = ex_find_values(&st)) < 0)
            goto out;
        ex_index_mentions(&st);
        /* ("X, a spokesman for China's foreign ministry," codes X, whom
         * "the spokesman" may then stand for; "the prime minister" for
         * the one named before: after the names and values, so that it
         * takes no word of theirs) */
        if ((err = ex_firm_homes(&st)) < 0 ||
            (err = ex_ministry_portfolios(&st)) < 0 ||
            (err = ex_role_appositions(&st)) < 0 ||
            (err = ex_titled_body_people(&st)) < 0 ||
            (err = ex_definite_titles(&st)) < 0)
            goto out;
        if (err > 0)
            ex_index_mentions(&st);
        ex_settle_coref(&st);
        ex_dash_lists_unaside(&st);
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
        lim.ncoded = 0;
        if ((err = ex_relations(&st, s, si,
                                rcb ? ex_limited_relation : ex_no_relation,
                                rcb ? (void *)&lim : payload)) != 0)
            goto out;
        if (rcb && (err = ex_learned_sentence(&st, s, si, lim.ncoded,
                                              ex_limited_relation, &lim)) != 0)
            goto out;
        ex_note_plural_subject(&st);
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
