/*
 * scans.c: sentence-wide readings that no single trigger gives: passives
 * with a by-agent, "backed by", acts told as nouns ("a rocket fired by
 * Hamas"), brokered truces, received acts, protests and allegations, the
 * place of an act of force, and the deep tier (Link Grammar).  Part of the
 * extractor (extract_internal.h).
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

/* The actor mention (neither dropped nor a value) that starts at token
 * j, or NULL. */
const ex_mention *ex_actor_at(const ex_state *st, size_t j)
{
    const ex_mention *m = ex_mention_at(st, j);
    return m && m->t0 == j && !m->dropped && !m->ent.is_value ? m : NULL;
}

/* The first token from j that is no determiner (KG_W_DET: "the", "a",
 * "this", "all"), or st->ntoks: "the" and "all" aside in "all the
 * rebels". */
size_t ex_after_dets(const ex_state *st, size_t j)
{
    while (j < st->ntoks && st->toks[j].tag == KG_W_DET)
        j++;
    return j;
}

/* The first of the determiners right before token j ("the" in "of the
 * rebels" read back from "rebels"), or j when none stands there. */
size_t ex_before_dets(const ex_state *st, size_t j)
{
    while (j > 0 && st->toks[j - 1].tag == KG_W_DET)
        j--;
    return j;
}

/* The actor mention that starts at token j past determiners, or NULL. */
const ex_mention *ex_actor_from(const ex_state *st, size_t j)
{
    return ex_actor_at(st, ex_after_dets(st, j));
}

/* The actor mention (neither dropped nor a value) that ends right before
 * token t, its last word at t - 1, or NULL: "Iran" before "rejected" in
 * "the plan which Iran rejected". */
const ex_mention *ex_actor_before(const ex_state *st, size_t t)
{
    const ex_mention *m = t > 0 ? ex_mention_at(st, t - 1) : NULL;
    return m && m->t1 == t && !m->dropped && !m->ent.is_value ? m : NULL;
}

/* "Sanctions were imposed on Iran by the United States", "A rocket was
 * fired at Israel by Hamas", "A treaty was signed by Russia and China":
 * the passive of a verb + noun entry whose noun is the clause's subject
 * (a thing, not an actor).  The agent after "by" acts on the actor of the
 * entry's preposition right after the verb; with no such actor, a
 * relation that holds both ways or is done "with" someone ("held",
 * "signed") joins the agents coordinated after "by". */
int ex_passive_objects(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen,
                       kg_relation_cb cb, void *payload)
{
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
        for (b = i - 1;
             b > 0 && i - b <= 2 && !ex_pronoun_is(&st->toks[b], ex_be_forms);
             b--)
            ;
        if (!ex_pronoun_is(&st->toks[b], ex_be_forms))
            continue;
        /* "have been imposed", "will be signed", "were not signed" */
        while (b > 0 && (ex_pronoun_is(&st->toks[b - 1], ex_be_forms) ||
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
        if (j < st->ntoks && !ex_tok_is(st, j, "by")) {
            /* "The accord was signed here yesterday by", "signed on
             * Tuesday by": where, then when */
            size_t w = j;
            if (ex_tok_is(st, w, "here") || ex_tok_is(st, w, "there"))
                w++;
            w = ex_skip_when(st, ex_when_phrase(st, w));
            if (w < st->ntoks && ex_tok_is(st, w, "by"))
                j = w;
        }
        if (j >= st->ntoks || !ex_tok_is(st, j, "by"))
            continue;
        if (!(am = ex_actor_from(st, j + 1)) || !am->ent.code ||
            !*am->ent.code)
            continue;
        if (am->t1 + 1 < st->ntoks && ex_tok_is(st, am->t1, "and"))
            am2 = ex_actor_from(st, am->t1 + 1);
        /* "by Nigeria's finance minister and senior French Treasury
         * officials": one describing word before the second agent */
        if (!am2 && am->t1 + 2 < st->ntoks && ex_tok_is(st, am->t1, "and") &&
            ex_plain_word(st, am->t1 + 1) && !ex_ends_ed(st, am->t1 + 1) &&
            !ex_ends_ing(st, am->t1 + 1))
            am2 = ex_actor_from(st, am->t1 + 2);
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

/* ---- "warned that a curfew would be imposed" -------------------------- */

/* The lemmas of "<verb> [<particle>] <subject phrase> <the words after
 * the verb>": a passive of the future read as its active verb + object
 * ("would be reimposed on Jos" as "reimpose curfew on Jos", "could be shut
 * down" as "shut down party"). */
typedef struct ex_thing_view {
    ex_state *st;
    size_t verb, npart, s0, nnp;
} ex_thing_view;

static const char *ex_thing_lemma(size_t i, size_t j, void *payload)
{
    const ex_thing_view *v = payload;
    if (i == 0)
        return ex_lemma(v->verb, j, v->st);
    if (i <= v->npart)
        return ex_lemma(v->verb + i, j, v->st);
    if (i <= v->npart + v->nnp)
        return ex_lemma(v->s0 + i - 1 - v->npart, j, v->st);
    return ex_lemma(v->verb + i - v->nnp, j, v->st);
}

/* The verb + noun entry that the view reads, verb first, over the whole
 * subject phrase of the view, with an event code: 1 with *rel and *ntok
 * set, else 0 with *rel NULL. */
static int ex_thing_entry(ex_state *st, ex_thing_view *view, size_t i,
                          const kg_onto_relation **rel, size_t *ntok)
{
    if (!kg_onto__match_relation(st->onto, st->ntoks - i + view->nnp, 0, 0,
                                 ex_thing_lemma, view, rel, ntok) ||
        *ntok < 1 + view->npart + view->nnp || (*rel)->noun ||
        !(*rel)->cameo || !*(*rel)->cameo) {
        *rel = NULL;
        return 0;
    }
    return 1;
}

/* "Lukashenko warned that opposition newspapers would be shut down",
 * "the governor warned that a curfew would be reimposed on Jos", "warned
 * the civilian government that martial law could be imposed": the
 * passive of the future of a verb + noun entry whose noun heads the
 * clause's subject, under "warned (someone) that", is the warner's
 * threat (13, ex_future_passive_warner) to the actor the subject names,
 * else the one after the entry's preposition, else the one warned, else
 * (a restriction at home, 172x) the warner's own country.  A subject
 * that is an actor with a bare verb entry is read at the trigger
 * (ex_passive_warner); this reads the things a state closes, bans and
 * imposes, which are no actors. */
int ex_warned_passive_things(ex_state *st, const kg_sentence *s, size_t idx,
                             ex_emitted *seen, size_t *nseen,
                             kg_relation_cb cb, void *payload)
{
    static const char *const parts[] = {"down", "off", "up", "out", NULL};
    static const char *const warn[] = {"warn", "warns", "warned", NULL};
    size_t i;
    int err;
    if (!ex_coded_actors(st, 1))
        return KG_OK;
    for (i = 4; i + 1 < st->ntoks; i++) {
        ex_thing_view view;
        const kg_onto_relation *rel;
        const kg_entity *w, *obj = NULL;
        const ex_mention *warned, *m;
        size_t h = i - 3, s0, ntok, after, k, pron = 0;
        if (st->toks[i].covered || !ex_tok_is(st, i - 1, "be") ||
            !(st->toks[i - 2].tag == KG_W_MODAL ||
              st->toks[i - 2].tag == KG_W_FUTURE) ||
            !ex_is_passive(st, i) || st->toks[h].kind != KG_TOK_WORD)
            continue;
        if ((ex_tok_is(st, h, "they") || ex_tok_is(st, h, "it")) && h > 3 &&
            ex_tok_is(st, h - 1, "that")) {
            /* "warned independent newspapers on Tuesday that they would
             * be shut down": the pronoun is the one warned, whose phrase
             * (plain words right before the date and "that") the entry
             * reads as the subject's */
            size_t pe = ex_before_when(st, h - 1) + 1;
            if (st->toks[pe - 1].kind != KG_TOK_WORD ||
                st->toks[pe - 1].tag != KG_W_NONE ||
                ex_pronoun_is(&st->toks[pe - 1], warn))
                continue;
            pron = h;
            h = pe - 1;
        } else if (st->toks[h].tag != KG_W_NONE)
            continue;
        /* ("opposition newspapers inciting unrest would be shut down",
         * "opposition candidates who held rallies would be struck off":
         * the head stands before its participle or relative clause) */
        for (k = h; k > 1 && h - k < 8 && st->toks[k].kind == KG_TOK_WORD &&
                    !ex_tok_is(st, k, "that");
             k--)
            if ((ex_tok_is(st, k, "who") || ex_tok_is(st, k, "which") ||
                 (strlen(st->toks[k].lower) > 5 &&
                  !strcmp(st->toks[k].lower + strlen(st->toks[k].lower) - 3,
                          "ing"))) &&
                st->toks[k - 1].kind == KG_TOK_WORD &&
                st->toks[k - 1].tag == KG_W_NONE && k < h) {
                h = k - 1;
                break;
            }
        /* the subject phrase: up to five plain words after "that" (or
         * after the verb of warning, for the one warned) */
        for (s0 = h; s0 > 0 && h - s0 < 4 &&
                     st->toks[s0 - 1].kind == KG_TOK_WORD &&
                     !ex_tok_is(st, s0 - 1, "that") &&
                     !(pron && ex_pronoun_is(&st->toks[s0 - 1], warn)) &&
                     (st->toks[s0 - 1].tag == KG_W_NONE ||
                      st->toks[s0 - 1].tag == KG_W_POSS);
             s0--)
            ;
        view.st = st;
        view.verb = i;
        view.npart = i + 1 < st->ntoks &&
                             ex_pronoun_is(&st->toks[i + 1], parts)
                         ? 1
                         : 0;
        view.s0 = s0;
        view.nnp = h + 1 - s0;
        if (!ex_thing_entry(st, &view, i, &rel, &ntok) && s0 < h) {
            /* (the head alone, when the phrase reads as a shorter entry
             * of its modifier: "the border crossing would be closed" is
             * "close * crossing", not "close * border") */
            view.s0 = h;
            view.nnp = 1;
            if (!ex_thing_entry(st, &view, i, &rel, &ntok))
                continue;
        } else if (!rel)
            continue;
        if ((w = pron ? ex_future_passive_warner(st, pron, pron + 1, i,
                                                 rel->cameo, &warned)
                      : ex_future_passive_warner(st, s0, h + 1, i,
                                                 rel->cameo, &warned)) ==
            NULL)
            continue;
        after = i + 1 + (ntok - 1 - view.nnp);
        /* the actor the subject names ("the pro-Kurdish party") */
        for (k = s0; k <= h && !obj; k++)
            if ((m = ex_mention_at(st, k)) != NULL && m->t1 == h + 1 &&
                !m->dropped && !m->ent.is_value && m->ent.code &&
                *m->ent.code)
                obj = &m->ent;
        if (!obj && after < st->ntoks && rel->prep &&
            ex_in_list(rel->prep, st->toks[after].lower) &&
            (m = ex_actor_from(st, after + 1)) != NULL && m->ent.code &&
            *m->ent.code)
            obj = &m->ent;
        if (!obj && warned)
            obj = &warned->ent;
        if (obj && ex_same_id(w, obj))
            continue;
        /* (the own country may be the warner's node: "the Sri Lankan
         * government" is node LKA, coded LKAGOV; the edge to itself is
         * kept, as for a curfew imposed) */
        if (!obj && !strncmp(rel->cameo, "172", 3))
            obj = ex_own_country(st, w, rel->cameo);
        if (!obj)
            continue;
        if ((err = ex_emit(st, s, idx, w, obj, rel, i, i + 1, 0,
                           "threatened", NULL, 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* Adverbs news puts inside a passive's verb group: "were badly beaten". */
static const char *const ex_passive_adverbs[] = {
    "also",     "badly",     "brutally",  "severely", "reportedly",
    "allegedly", "repeatedly", "forcibly", "later",    "again", NULL};

/* "The Russian ambassador was summoned by Poland": a passive whose
 * subject's head noun is the noun of a verb + noun entry ("summon *
 * ambassador", 114) is that entry, not the bare verb's (040).  Returns
 * the entry, or NULL when the head adds nothing. */
const kg_onto_relation *ex_passive_head_entry(ex_state *st,
                                              const ex_mention *sm,
                                              size_t verb)
{
    ex_passive_view view;
    const kg_onto_relation *rel;
    size_t ntok, h = verb;
    if (!sm || sm->t1 > verb)
        return NULL;
    /* the head: the word before the verb group, the mention's last or a
     * plain noun after it ("the Turkish ambassador", "Russia's envoy") */
    while (h > sm->t0 && (ex_pronoun_is(&st->toks[h - 1], ex_be_forms) ||
                          ex_pronoun_is(&st->toks[h - 1], ex_passive_adverbs) ||
                          st->toks[h - 1].tag == KG_W_AUX ||
                          st->toks[h - 1].tag == KG_W_MODAL ||
                          st->toks[h - 1].tag == KG_W_FUTURE ||
                          st->toks[h - 1].tag == KG_W_NEG))
        h--;
    /* (or a noun the mention owns: "Sudan's request was denied by
     * Egypt", the request's entry "deny * request") */
    if (sm->t1 + 2 < h &&
        ex_tok_possessive(st, sm->t1) &&
        st->toks[sm->t1 + 2].tag == KG_W_PREP) {
        /* ("Sudan's request for medical supplies for flood victims was
         * denied by Egypt": the owned noun, before the phrases that
         * qualify it, all plain words, up to eight) */
        size_t q;
        for (q = sm->t1 + 2; q < h - 1 && q < sm->t1 + 10; q++)
            if (st->toks[q].kind != KG_TOK_WORD ||
                (st->toks[q].flags & KG_TOKF_CAP) ||
                (st->toks[q].tag != KG_W_NONE &&
                 st->toks[q].tag != KG_W_PREP && st->toks[q].tag != KG_W_DET))
                break;
        if (q == h - 1)
            h = sm->t1 + 2;
    }
    if (h <= sm->t0 ||
        (h - 1 > sm->t1 &&
         !(h - 1 == sm->t1 + 1 && ex_tok_possessive(st, sm->t1))) ||
        st->toks[h - 1].kind != KG_TOK_WORD)
        return NULL;
    view.st = st;
    view.verb = verb;
    view.head = h - 1;
    /* (exactly the verb and the head: words after the verb belong to
     * the ordinary reading) */
    if (kg_onto__match_relation(st->onto, 2, 0, 0, ex_passive_lemma, &view,
                                &rel, &ntok) &&
        ntok == 2 && !rel->noun && rel->cameo && *rel->cameo)
        return rel;
    /* "A $3 billion loan for Pakistan was approved by the IMF": the
     * actor closes the subject's phrase after "for" or "to"; its head is
     * the noun before that ("approve * loan", 071) */
    if (h - 1 != sm->t1 - 1 || sm->t0 < 2 ||
        (!ex_tok_is(st, sm->t0 - 1, "for") &&
         !ex_tok_is(st, sm->t0 - 1, "to")) ||
        st->toks[sm->t0 - 2].kind != KG_TOK_WORD ||
        st->toks[sm->t0 - 2].tag != KG_W_NONE ||
        (st->toks[sm->t0 - 2].flags & KG_TOKF_CAP))
        return NULL;
    view.head = sm->t0 - 2;
    if (!kg_onto__match_relation(st->onto, 2, 0, 0, ex_passive_lemma, &view,
                                 &rel, &ntok) ||
        ntok != 2 || rel->noun || !rel->cameo || !*rel->cameo)
        return NULL;
    return rel;
}

/* "Protesters were beaten by police", "Palestinian homes were damaged by
 * settlers": a passive verb that no entry of its own starts, only verb +
 * noun entries ("beat * protester", "damage * home"), whose subject's
 * head noun is that noun: the entry, as ex_passive_head_entry reads it
 * when the verb has one ("was summoned by").  NULL when there is none. */
const kg_onto_relation *ex_passive_only_entry(ex_state *st, size_t verb)
{
    const ex_mention *sm;
    size_t h = verb;
    if (!ex_is_passive(st, verb))
        return NULL;
    while (h > 0 && (ex_pronoun_is(&st->toks[h - 1], ex_be_forms) ||
                     ex_pronoun_is(&st->toks[h - 1], ex_passive_adverbs) ||
                     st->toks[h - 1].tag == KG_W_AUX ||
                     st->toks[h - 1].tag == KG_W_MODAL ||
                     st->toks[h - 1].tag == KG_W_NEG))
        h--;
    /* the subject's mention: its head noun's own, or the one right
     * before a plain head noun ("Palestinian homes") */
    if (h == 0 || h == verb)
        return NULL;
    sm = ex_mention_at(st, h - 1);
    if (!sm && h >= 2 && st->toks[h - 1].kind == KG_TOK_WORD &&
        st->toks[h - 1].tag == KG_W_NONE)
        sm = ex_mention_at(st, h - 2);
    if (!sm || sm->dropped || sm->ent.is_value)
        return NULL;
    return ex_passive_head_entry(st, sm, verb);
}

/* "Iran was hit with new US sanctions", "Gaza was hit with Israeli
 * airstrikes": a passive with no "by" whose entry ends in the
 * instrument noun, modified by a coded actor right before it in the
 * entry's gap; that actor wields the instrument.  NULL when none. */
const kg_entity *ex_instrument_agent(const ex_state *st, size_t i,
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
 * "and" too).  "Backed by the US, Japan protested to China": so is one
 * that opens the sentence (or follows a dateline's dash), on the actor
 * that opens the main clause right after its comma. */
int ex_comma_passives(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen,
                      kg_relation_cb cb, void *payload)
{
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK; /* "backed by" a coded actor */
    for (i = 0; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *xm = NULL, *am, *am2 = NULL, *nm;
        const kg_entity *xs[EX_MAX_OBJECTS];
        size_t ntok, nx, a, q, end;
        int fronted = i == 0 || ex_tok_punct(st, i - 1, '-') ||
                      ex_dash_tok(st, i - 1);
        if (st->toks[i].trigger || st->toks[i].covered ||
            st->toks[i].quote ||
            !(fronted || (i >= 2 && ex_tok_punct(st, i - 1, ','))) ||
            !ex_participle_form(st, i) || !ex_tok_is(st, i + 1, "by"))
            continue;
        if (!fronted &&
            (!(xm = ex_mention_at(st, i - 2)) || xm->t1 != i - 1 ||
             xm->dropped || xm->ent.is_value))
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
        /* ("by the Reagan administration": the body the name opens) */
        while ((nm = ex_mention_at(st, end)) != NULL && nm->t0 == end &&
               !nm->dropped && nm->ent.code && *nm->ent.code) {
            am = nm;
            end = nm->t1;
        }
        if (end + 1 < st->ntoks && ex_tok_is(st, end, "and") &&
            (am2 = ex_actor_from(st, end + 1)) != NULL)
            end = am2->t1;
        /* the aside closes: "backed by the US, protested", "arrested by
         * police on Monday, was freed" */
        end = ex_skip_when(st, end);
        if (end >= st->ntoks || !ex_tok_punct(st, end, ','))
            continue;
        /* (fronted: the main clause's subject right after the comma, an
         * article aside, with a code: "Backed by the US, the Japanese
         * government protested"; not "Backed by the US, talks with") */
        if (fronted &&
            (!(xm = ex_actor_from(st, end + 1)) || xm->t0 > end + 2 ||
             !xm->ent.code || !*xm->ent.code))
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
int ex_noun_passives(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen,
                     kg_relation_cb cb, void *payload)
{
    size_t i;
    int err;
    for (i = 2; i + 2 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const ex_mention *xm = NULL, *am, *am2 = NULL;
        const kg_entity *xs[EX_MAX_OBJECTS];
        size_t ntok, nx, a, q, k, h, e = i;
        if (st->toks[i].trigger || st->toks[i].covered ||
            st->toks[i].quote || !ex_tok_is(st, i + 1, "by") ||
            !ex_participle_form(st, i) || ex_is_passive(st, i) ||
            st->toks[i - 1].tag == KG_W_AUX)
            continue;
        /* ("a journalist purportedly kidnapped by") */
        if (e > 2 && ex_is_adverb(st, e - 1))
            e--;
        /* the actor, then at most two plain lower-case nouns */
        for (h = 0; h <= 2 && h < e; h++) {
            const ex_mention *m = ex_mention_at(st, e - 1 - h);
            if (m && m->t1 == e - h) {
                xm = m;
                break;
            }
            k = e - 1 - h;
            if (m || st->toks[k].kind != KG_TOK_WORD ||
                st->toks[k].tag != KG_W_NONE ||
                (st->toks[k].flags & KG_TOKF_CAP) || ex_is_ly_adverb(st, k) ||
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
int ex_move_asides(ex_state *st, const kg_sentence *s, size_t idx,
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
 * it.  A date or an adverb may stand before "in" ("killed Saturday in",
 * "killed on Monday in"), and up to two plain words before the actor ("in
 * the continuing Israeli raid"); a possessor owns the act too ("in
 * Israel's offensive").  An act of force the lexicon has no noun for
 * (ex_harm_acts: "killed in an Israeli operation in northern Gaza") is
 * the harm verb's own act, done by that actor. */
int ex_harmed_in(ex_state *st, const kg_sentence *s, size_t idx,
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
        /* (acts of force that take no side: the verb's subject is
         * every side's victim) */
        static const char *const sideless[] = {"fighting", "clashes",
                                               "violence", "riot", "riots",
                                               "blast",    "blasts", NULL};
        const kg_onto_relation *rel;
        const ex_mention *am = NULL, *vm;
        const kg_entity *victim;
        size_t j, k, ntok, w, a;
        int pron, negated;
        const char *modality;
        if (st->toks[i].quote || !ex_pronoun_is(&st->toks[i], harmed))
            continue;
        j = ex_skip_when(st, ex_when_phrase(st, i + 1));
        if (j + 2 >= st->ntoks || !ex_tok_is(st, j, "in"))
            continue;
        j++;
        j = ex_after_dets(st, j);
        for (w = 0; j < st->ntoks && w <= 2; w++, j++) {
            if ((am = ex_actor_from(st, j)) != NULL ||
                st->toks[j].kind != KG_TOK_WORD ||
                st->toks[j].tag != KG_W_NONE ||
                (st->toks[j].flags & KG_TOKF_CAP) || st->toks[j].covered)
                break;
        }
        if (!am || !am->ent.code || !*am->ent.code || am->ent.code[0] == '-')
            continue;
        a = am->t1;
        if (a < st->ntoks && ex_tok_is(st, a, "'s"))
            a++; /* "in Israel's offensive" */
        /* (a demonym or a group; a place says where: "killed in a
         * Baghdad rocket attack") */
        else if (am->kind != KG_NAME_DEMONYM &&
                 (!am->ent.type || !strcmp(am->ent.type, "Country") ||
                  !strcmp(am->ent.type, "Place")))
            continue;
        for (k = a; k < st->ntoks && k <= a + 1; k++) {
            if (st->toks[k].kind != KG_TOK_WORD ||
                st->toks[k].tag != KG_W_NONE || st->toks[k].covered)
                break;
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok) ||
                ex_pronoun_is(&st->toks[k], ex_harm_acts))
                break;
        }
        if (k >= st->ntoks || k > a + 1 ||
            st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag != KG_W_NONE || st->toks[k].covered ||
            st->toks[k].trigger)
            continue;
        if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma, st,
                                    &rel, &ntok)) {
            if (rel->quad != 4 || !rel->cameo || !*rel->cameo)
                continue;
        } else if (ex_pronoun_is(&st->toks[k], ex_harm_acts) &&
                   !ex_pronoun_is(&st->toks[k], sideless) &&
                   !ex_tok_is(st, k + 1, "by") &&
                   kg_onto__match_relation(st->onto, i + 1, i, 0, ex_lemma,
                                           st, &rel, &ntok) &&
                   !rel->noun && rel->quad == 4 && rel->cameo &&
                   *rel->cameo) {
            /* ("killed in an Israeli operation": the killing, 190) */
            k = i;
            ntok = 1;
        } else {
            continue;
        }
        /* (an object of its own was the main reading's: "in an Israeli
         * air strike on Gaza") */
        if (k != i && k + ntok < st->ntoks && rel->prep &&
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

/* The place an attack's site lies in, from token j on (after "in",
 * "near"): "central Algiers", "the northern city of Kano", "the southern
 * town of Yei"; a compass word and "the <compass> city/town of" are
 * crossed.  NULL when no actor starts there. */
static const char *const ex_site_nouns[] = {"city",     "town",   "village",
                                            "province", "region", "district",
                                            "port",     NULL};
static const ex_mention *ex_site_place(const ex_state *st, size_t j)
{
    const char *const *spots = ex_site_nouns;
    size_t k = j;
    k = ex_after_dets(st, k);
    if (k < st->ntoks && ex_compass_before_place(st, k))
        return ex_actor_from(st, k + 1);
    if (k + 2 < st->ntoks && st->toks[k].kind == KG_TOK_WORD &&
        !(st->toks[k].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[k + 1], spots) && ex_tok_is(st, k + 2, "of"))
        return ex_actor_from(st, k + 3);
    if (k + 1 < st->ntoks && ex_pronoun_is(&st->toks[k], spots) &&
        ex_tok_is(st, k + 1, "of"))
        return ex_actor_from(st, k + 2);
    return ex_actor_from(st, j);
}

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
int ex_weapon_hits(ex_state *st, const kg_sentence *s, size_t idx,
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
    static const char *const kinds[] = {"cruise", "ballistic", "guided",
                                        "tomahawk", "scud", "anti-tank",
                                        "surface-to-surface", NULL};
    static const char *const group[] = {"group", "movement", "organisation",
                                        "organization", "faction", NULL};
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
         .cameo = "1832", .plover = "ASSAULT", .quad = 4},
        {.pattern = "fire * drone", .type = "attack",
         .label = "attacks with remotely piloted aerial munitions",
         .cameo = "1952", .plover = "ASSAULT", .quad = 4}};
    static const char *const drone[] = {"drone", "drones", NULL};
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
        int sent_by, air, mod;
        if (st->toks[w].quote)
            continue;
        /* (the preposition first, the verb's list after it: this runs
         * at every token) */
        sent_by = (ex_tok_is(st, w + 2, "by") ||
                   ex_tok_is(st, w + 2, "from")) &&
                  ex_pronoun_is(&st->toks[w + 1], sent);
        /* or the actor right before the weapon: "Russian missiles hit
         * Kyiv", "Hamas rockets slammed into Sderot" ("Saudi air
         * strikes hit Yemen": "air" between) */
        air = w > 1 && ex_tok_is(st, w - 1, "air") &&
              (ex_tok_is(st, w, "strike") || ex_tok_is(st, w, "strikes"));
        /* (or a kind of missile: "U.S. cruise missiles slammed into") */
        mod = air || (w > 1 && ex_pronoun_is(&st->toks[w], aerial) &&
                      ex_pronoun_is(&st->toks[w - 1], kinds));
        am = w > (size_t)mod ? ex_mention_at(st, w - 1 - (size_t)mod) : NULL;
        if (!sent_by &&
            !(am && am->t1 + (size_t)mod == w && !am->dropped &&
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
        /* "Israeli drones hit a car", "missiles fired from a US drone":
         * a drone's aerial weapons, 1952 */
        if (rel == &rels[1] &&
            (ex_pronoun_is(&st->toks[w], drone) ||
             (am->t1 < st->ntoks && ex_pronoun_is(&st->toks[am->t1], drone))))
            rel = &rels[6];
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
        if (sent_by && v + 1 < st->ntoks && ex_pronoun_is(&st->toks[v], group) &&
            (pm = ex_actor_from(st, v + 1)) != NULL && pm->t0 == v + 1 &&
            pm->ent.code && *pm->ent.code) {
            /* "planted by the Basque separatist group ETA went off": the
             * group's name in apposition is the agent */
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
                !(om = ex_site_place(st, q + 1)))
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

/* "New sanctions on Russia announced by China took effect", "a ceasefire
 * brokered by Egypt": a participle with "by" after an act told as a noun
 * names the act's agent.  A noun entry with its own party ("sanctions on
 * Russia") then is the agent's act on it; a deal or truce brokered or
 * mediated by X is X's mediation (045) between its parties: the pair
 * after "between", else the clause's subject and those coordinated with
 * it ("Israel and Hamas agreed to a truce brokered by Egypt"). */
int ex_participle_agents(ex_state *st, const kg_sentence *s,
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
            const ex_mention *sm, *ym = ex_actor_before(st, e), *xm;
            size_t np = 0;
            int pron;
            if (ym && ym->t0 > 3 && ex_tok_is(st, ym->t0 - 1, "and") &&
                (xm = ex_actor_before(st, ym->t0 - 1)) != NULL) {
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
                    &ex_between_second(st, xm, 0)->ent;
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
        q = ex_before_dets(st, q);
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

/* (the lexicon's noun "strike" is an attack; by a country's own people
 * it is a stoppage of work, as "walkout" and "stoppage" are) */
static const char *const ex_stoppages[] = {"strike",    "strikes",
                                           "walkout",   "walkouts",
                                           "stoppage",  "stoppages", NULL};
static const kg_onto_relation ex_labour_strike = {
    .pattern = "strike", .type = "protest", .label = "strikes against",
    .cameo = "143", .plover = "PROTEST", .quad = 3, .noun = 1,
    .prep = "against"};

/* Emit agent ae's protest rel (trigger tokens k to k + ntok; the agent's
 * mention am, the words read for its aim from t1) at whom a protest that
 * names no one is aimed (ex_protest_home), else at ae's own state, with
 * the aim's sub-code (1431 ...). */
static int ex_emit_home_protest(ex_state *st, const kg_sentence *s,
                                size_t idx, const kg_onto_relation *rel,
                                size_t k, size_t ntok, size_t t1,
                                const ex_mention *am, const kg_entity *ae,
                                ex_emitted *seen, size_t *nseen,
                                kg_relation_cb cb, void *payload)
{
    kg_onto_relation refined;
    const kg_entity *target;
    char aim = 0;
    if (!(target = ex_protest_home(st, k, t1, am, ae, rel->cameo, &aim))) {
        /* (what follows is the sentence's own predicate, "shut down
         * Kathmandu": whom the protest aims at is unsaid, the agent's own
         * state) */
        aim = 0;
        if (!(target = ex_home_state(st, ae)))
            return KG_OK;
    }
    if (aim && strlen(rel->cameo) == 3 && rel->cameo[2] >= '1' &&
        rel->cameo[2] <= '5') {
        /* (the aim's sub-code, as for a protest verb: 1431 ...) */
        char buf[5];
        memcpy(buf, rel->cameo, 3);
        buf[3] = aim;
        buf[4] = 0;
        refined = *rel;
        if (!(refined.cameo = ex_strndup(st, buf, 4)))
            return KG_ENOMEM;
        rel = &refined;
    }
    return ex_emit(st, s, idx, ae, target, rel, k, k + ntok, 0, "asserted",
                   NULL, 0.5, seen, nseen, cb, payload);
}

/* "ahead of Thursday's deadline for a strike by 40,000 workers", "the
 * threat of a stoppage by oil workers", "to avert a strike by": a strike
 * only looming, up to four words before the noun at token k. */
static int ex_strike_ahead(const ex_state *st, size_t k)
{
    static const char *const ahead[] = {
        "deadline", "threat",  "threats",  "threaten", "threatened",
        "threatening", "avert", "averted", "avoid",    "prevent",
        "planned",  "proposed", "possible", "potential", "vote",
        "ballot",   "authorize", "authorise", "call",   "calls",  NULL};
    size_t j;
    for (j = k; j-- > 0 && k - j <= 4;)
        if (ex_pronoun_is(&st->toks[j], ahead))
            return 1;
    return 0;
}

/* The agent after a protest noun's "by" at token j: past an article, a
 * country's possessive ("by Brazil's 40,000 seamen") and a count ("by
 * 5,000 farmers", "by some 33,000 workers"), the mention of who.  NULL
 * when none opens there. */
static const ex_mention *ex_striker(const ex_state *st, size_t j,
                                     const ex_mention **owner)
{
    static const char *const about[] = {"some", "about", "nearly",
                                        "around", "over", "more", "than",
                                        "up", "to", NULL};
    const ex_mention *m;
    size_t n;
    *owner = NULL;
    j = ex_after_dets(st, j);
    m = ex_actor_at(st, j);
    if (m && m->ent.type && !strcmp(m->ent.type, "Country") &&
        m->t1 + 1 < st->ntoks && ex_tok_possessive(st, m->t1)) {
        *owner = m;
        j = m->t1 + 1;
    }
    /* (a count is a quantity's mention: the group's is inside it) */
    for (n = 0; n < 4 && j + 1 < st->ntoks &&
                (st->toks[j].kind == KG_TOK_NUMBER ||
                 ex_pronoun_is(&st->toks[j], about)) &&
                (!(m = ex_mention_at(st, j)) || m->ent.is_value);
         n++)
        j++;
    return ex_actor_from(st, j);
}

/* "A general strike called by the opposition alliance shut down
 * Kathmandu", "a protest organised by the unions": a protest told as a
 * noun (an entry of root 14) with a participle of calling or organising
 * and "by" after it is the agent's protest, aimed where a protest with no
 * party is (ex_protest_home: the agent's own state, or what the clause
 * says it is for), as "the opposition called a general strike" is.
 * So is such a noun with "by" right after it ("The walkout by Brazil's
 * 40,000 seamen has idled 160 ships", "protests by farmers", "a strike
 * by teachers"), when the agent is a country's own people
 * (ex_home_protester: not "a strike by U.S. warplanes") and nothing after
 * it names another party: a labour strike told as a noun is 143, as "went
 * on strike" is, and the main scan, which reads such a noun only with its
 * target ("protests by students against Israel"), gave it none. */
int ex_called_protests(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload)
{
    static const char *const called[] = {"called", "organised", "organized",
                                         "staged", "led", NULL};
    static const char *const armed[] = {"air",    "missile", "drone",
                                        "rocket", "military", "artillery",
                                        "nuclear", "pre-emptive", NULL};
    size_t p;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 1))
        return KG_OK;
    for (p = 0; p + 2 < st->ntoks; p++) {
        const ex_mention *am, *om, *own = NULL;
        const kg_onto_relation *rel = NULL;
        const kg_entity *target, *ae;
        kg_entity owned;
        size_t k, q, ntok = 0, end;
        int direct;
        if (st->toks[p].quote || !ex_tok_is(st, p + 1, "by"))
            continue;
        direct = !ex_pronoun_is(&st->toks[p], called);
        /* (a finite passive is the main scan's: "was called by") */
        if (!direct && (p == 0 || st->toks[p - 1].tag == KG_W_AUX))
            continue;
        if (!(am = direct ? ex_striker(st, p + 2, &own)
                          : ex_actor_from(st, p + 2)) ||
            !am->ent.code || !*am->ent.code)
            continue;
        ae = &am->ent;
        if (own && own->ent.country && strlen(ae->code) == 6 &&
            !strncmp(ae->code, "---", 3)) {
            /* "by Brazil's 40,000 seamen": the possessor's (BRALAB) */
            char id[32];
            owned = *ae;
            snprintf(id, sizeof(id), "%s_%s", own->ent.country, ae->code + 3);
            owned.id = ex_strndup(st, id, strlen(id));
            owned.code = ex_concat(st, own->ent.country, ae->code + 3);
            owned.country = own->ent.country;
            if (!owned.id || !owned.code)
                return KG_ENOMEM;
            ae = &owned;
        }
        /* the protest noun that ends right before the participle, or
         * right before "by" */
        end = direct ? p + 1 : p;
        for (k = p > 3 ? p - 3 : 0; k < end; k++) {
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok) &&
                k + ntok == end && rel->noun && rel->cameo &&
                !strncmp(rel->cameo, "14", 2))
                break;
            rel = NULL;
        }
        if (!rel && direct && ex_pronoun_is(&st->toks[p], ex_stoppages) &&
            !(p > 0 && ex_pronoun_is(&st->toks[p - 1], armed))) {
            rel = &ex_labour_strike;
            k = p;
            ntok = 1;
        }
        if (!rel || st->toks[k].trigger)
            continue;
        if (direct && (!ex_home_protester(st, am, ae) ||
                       !ex_no_party_after(st, am->t1, ae->country) ||
                       ex_unasserted_frame(st, k) || ex_strike_ahead(st, k)))
            continue;
        q = ex_skip_time(st, am->t1);
        if (q + 1 < st->ntoks && rel->prep &&
            ex_in_list(rel->prep, st->toks[q].lower)) {
            /* "a rally organised by students against Israel" */
            if (!(om = ex_actor_from(st, q + 1)) || !om->ent.code ||
                !*om->ent.code || ex_same_id(&om->ent, ae))
                continue;
            target = &om->ent;
        } else {
            if (ex_home_protester(st, am, ae) &&
                (err = ex_emit_home_protest(st, s, idx, rel, k, ntok, am->t1,
                                            am, ae, seen, nseen, cb,
                                            payload)) != 0)
                return err;
            continue;
        }
        if ((err = ex_emit(st, s, idx, ae, target, rel, k, k + ntok, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The tokens of a possessive's mark ending at token j ("'s"; "'" after a
 * plural, "teachers '"; a quote and "s", "Turkey’s"), or 0; -1 when the
 * mark ends the word at j itself ("miners'"). */
static int ex_possessive_mark(const ex_state *st, size_t j)
{
    const char *w = st->toks[j].lower;
    size_t n = strlen(w);
    if (ex_tok_is(st, j, "'s") || ex_tok_is(st, j, "'") ||
        ex_is_quote(st, j))
        return 1;
    if (j > 0 && ex_tok_is(st, j, "s") && ex_is_quote(st, j - 1))
        return 2;
    return n > 2 && w[n - 1] == '\'' && w[n - 2] == 's' ? -1 : 0;
}

/* "A teachers' strike has spread from Lusaka to the whole of Zambia",
 * "the COMIBOL miners' strike entered its fifth day", "Pensioners'
 * protests spread": a protest noun (or strike, walkout, stoppage) whose
 * possessor is a country's own people is their protest, aimed where one
 * that names no one is (ex_protest_home, else their own state), as the
 * same noun with "by" is (ex_called_protests); up to two plain words
 * ("national", "week-old") between.  Not a strike only looming, nor one
 * that a party named after it is in. */
int ex_possessed_protests(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload)
{
    size_t p, last_mark = (size_t)-1;
    int err;
    /* the protest noun read at token k (NULL: none), for the three k
     * each p asks of, slot k % 3: p + 1 asks two of them again */
    struct {
        size_t k, ntok;
        const kg_onto_relation *rel;
    } noun[3] = {{(size_t)-1, 0, NULL}, {(size_t)-1, 0, NULL},
                 {(size_t)-1, 0, NULL}};
    if (!ex_coded_actors(st, 1))
        return KG_OK;
    if (st->ntoks > 1 && ex_possessive_mark(st, 0))
        last_mark = 0;
    for (p = 2; p < st->ntoks; p++) {
        const ex_mention *am;
        const kg_onto_relation *rel = NULL;
        size_t k, j, ntok = 0, n;
        int mark;
        /* (the cheap test first: the noun starts at most two tokens
         * before p and the mark ends at most four before the noun, so
         * with no mark among the six tokens before p there is nothing
         * to read; the relation lookups below are the costly part) */
        if (ex_possessive_mark(st, p - 1))
            last_mark = p - 1;
        if (last_mark == (size_t)-1 || last_mark + 6 < p)
            continue;
        if (st->toks[p].quote || st->toks[p].kind != KG_TOK_WORD)
            continue;
        for (k = p > 2 ? p - 2 : 0; k <= p; k++) {
            if (noun[k % 3].k != k) {
                noun[k % 3].k = k;
                noun[k % 3].rel =
                    kg_onto__match_relation(st->onto, st->ntoks, k, 2,
                                            ex_lemma, st, &rel, &ntok) &&
                            rel->noun && rel->cameo &&
                            !strncmp(rel->cameo, "14", 2)
                        ? rel
                        : NULL;
                noun[k % 3].ntok = ntok;
            }
            rel = noun[k % 3].rel;
            ntok = noun[k % 3].ntok;
            if (rel && k + ntok == p + 1)
                break;
            rel = NULL;
        }
        if (!rel && ex_pronoun_is(&st->toks[p], ex_stoppages)) {
            rel = &ex_labour_strike;
            k = p;
            ntok = 1;
        }
        /* ("the company's fiscal year ended March 31": the month) */
        if (!rel || st->toks[k].trigger || ex_month_march(st, k))
            continue;
        /* the possessive before the noun, past two plain words */
        for (j = k, n = 0; n < 3 && j > 1 && !ex_possessive_mark(st, j - 1) &&
                           ex_plain_word(st, j - 1);
             n++)
            j--;
        if (j < 1 || !(mark = ex_possessive_mark(st, j - 1)) ||
            (mark > 0 && j < (size_t)mark + 1))
            continue;
        /* (the mark in the group's mention, "Brazilian workers '", or
         * right after it) */
        am = ex_mention_at(st, j - 1);
        if (mark > 0 && (!am || am->t1 != j || am->t0 + (size_t)mark >= j)) {
            j -= (size_t)mark;
            am = ex_mention_at(st, j - 1);
        }
        if (!am || am->t1 != j || am->dropped || am->ent.is_value ||
            !am->ent.code || !*am->ent.code ||
            !ex_home_protester(st, am, &am->ent) ||
            !ex_no_party_after(st, p + 1, am->ent.country) ||
            ex_unasserted_frame(st, k) || ex_strike_ahead(st, am->t0))
            continue;
        if ((err = ex_emit_home_protest(st, s, idx, rel, k, ntok, p + 1, am,
                                        &am->ent, seen, nseen, cb,
                                        payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* Does a verb that makes a deal stand right before the article or
 * possessive before token p ("signed a Russian-brokered agreement",
 * "agreed to a U.S.-mediated truce")?  A deal only named ("walked out of
 * the U.S.-brokered talks", "stop firing under an Egyptian-brokered
 * deal", "hold a round of EU-brokered talks") was mediated before the
 * sentence's act, which the code books code alone. */
static int ex_deal_made_before(const ex_state *st, size_t p)
{
    static const char *const make[] = {
        "sign",     "signs",    "signed",   "signing",  "reach",
        "reaches",  "reached",  "reaching", "accept",   "accepts",
        "accepted", "accepting", "conclude", "concludes", "concluded",
        "concluding", "strike", "strikes",  "struck",   "striking",
        "seal",     "seals",    "sealed",   "sealing",  "agreed",
        "agree",    "agrees",   "agreeing", NULL};
    size_t k = p;
    if (k > 0 && (st->toks[k - 1].tag == KG_W_DET ||
                  st->toks[k - 1].tag == KG_W_POSS))
        k--;
    if (k > 1 && ex_tok_is(st, k - 1, "to") &&
        (ex_tok_is(st, k - 2, "agreed") || ex_tok_is(st, k - 2, "agree") ||
         ex_tok_is(st, k - 2, "agrees") || ex_tok_is(st, k - 2, "agreeing")))
        return 1;
    return k > 0 && ex_pronoun_is(&st->toks[k - 1], make);
}

/* "an Egyptian-brokered ceasefire between Israel and Hamas", "Israel and
 * Hamas agreed to a U.S.-mediated truce": the actor joined to "brokered"
 * or "mediated" in one word before a deal (one plain word may come
 * between) mediates between the deal's parties: the pair after
 * "between", else the clause's subject and those coordinated with it, or
 * the subject and the actor after "with". */
int ex_hyphen_brokers(ex_state *st, const kg_sentence *s, size_t idx,
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
        const ex_mention *am, *xm, *sm;
        const char *w = st->toks[p].lower, *h = strrchr(w, '-');
        size_t d = p + 1, np = 0, q;
        int pron;
        /* (the word first: the actor is looked up only at "-brokered") */
        if (!h || (strcmp(h, "-brokered") != 0 && strcmp(h, "-mediated") != 0) ||
            st->toks[p].quote || !(am = ex_actor_at(st, p)) ||
            !am->ent.code || !*am->ent.code)
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
                &ex_between_second(st, xm, 0)->ent;
        } else if (ex_deal_made_before(st, p)) {
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

/* The act of a noun's "from" agent am, already emitted at target, is the
 * act of each actor coordinated after it too: "Japan has come under
 * criticism from Washington and Bonn", "is under pressure from Britain,
 * France and Italy" (ex_conjuncts_after).  With unarmed set, an armed
 * actor is left alone, as the caller leaves the first one (pressure from
 * an army is force). */
static int ex_emit_coagents(ex_state *st, const kg_sentence *s, size_t idx,
                            const ex_mention *am, const kg_entity *target,
                            const kg_onto_relation *rel, size_t t0,
                            size_t t1, int negated, const char *modality,
                            double conf, int unarmed, ex_emitted *seen,
                            size_t *nseen, kg_relation_cb cb, void *payload)
{
    const kg_entity *co[4];
    size_t c, n = ex_conjuncts_after(st, am, "from", co, 4, NULL);
    int err;
    for (c = 0; c < n; c++) {
        if (ex_same_id(co[c], target) || ex_same_id(co[c], &am->ent) ||
            (unarmed && ex_armed_code(co[c]->code)))
            continue;
        if ((err = ex_emit(st, s, idx, co[c], target, rel, t0, t1, negated,
                           modality, NULL, conf, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "Greece, replying to a warning from Turkey", "responding to criticism
 * from the BBC", "reacted angrily to": a verb of answering and its "to"
 * (one adverb may stand between) at token i: the number of their tokens,
 * else 0.  The act answered is aimed at the one who answers, as one
 * undergone (ex_undergone_acts); the answer itself is no event.  The one
 * test of an answering verb: ex_answered_appeals reads its "responded to
 * Taiwan's request" with it too, without the adverb (adverb 0) so far:
 * "respond favourably to a Philippine request" would add PHL->JPN 020 on
 * Reuters, a change of output of its own. */
static size_t ex_replied_to(const ex_state *st, size_t i, int adverb)
{
    static const char *const respond[] = {
        "respond",  "responds",  "responded", "responding", "reply",
        "replies",  "replied",   "replying",  "react",      "reacts",
        "reacted",  "reacting",  NULL};
    size_t n;
    /* (no word of respond has a tag (kg_nlp__tag): the tag, read once per
     * token, turns away the function words before the list is read, as
     * this runs at every token) */
    if (i + 2 >= st->ntoks || st->toks[i].tag != KG_W_NONE)
        return 0;
    /* (and the "to" that each reading needs, before the list) */
    if (!ex_tok_is(st, i + 1, "to") && !(adverb && ex_tok_is(st, i + 2, "to")))
        return 0;
    if (!ex_pronoun_is(&st->toks[i], respond))
        return 0;
    if (ex_tok_is(st, i + 1, "to"))
        return 2;
    if (!adverb)
        return 0;
    n = strlen(st->toks[i + 1].lower);
    return ex_tok_is(st, i + 2, "to") && n > 4 &&
                   !strcmp(st->toks[i + 1].lower + n - 2, "ly")
               ? 3
               : 0;
}

/* "from the two Democratic leaders of Congress", "from some members of
 * the Reagan administration": the body whose people a phrase at token j
 * names (articles, a count, up to two plain words or uncoded names, a
 * noun of a body's people, "of", the body).  The people speak and act for
 * their body, as its name before them does ("Hamas leaders").  The body's
 * coded mention, or NULL. */
static const ex_mention *ex_people_of_body_from(const ex_state *st, size_t j)
{
    static const char *const people[] = {
        "leaders", "leader", "members", "member", "officials",
        "representatives", "spokesmen", "spokesman", NULL};
    static const char *const counts[] = {
        "two", "three", "four", "five", "several", "some", "many", "other",
        "senior", "top", NULL};
    const ex_mention *m;
    size_t k = ex_after_dets(st, j), words = 0;
    if (k < st->ntoks && (st->toks[k].kind == KG_TOK_NUMBER ||
                          ex_pronoun_is(&st->toks[k], counts)))
        k++;
    while (k < st->ntoks && words < 2 &&
           !ex_pronoun_is(&st->toks[k], people) &&
           st->toks[k].kind == KG_TOK_WORD &&
           (((m = ex_mention_at(st, k)) != NULL && m->t1 == k + 1 &&
             !(m->ent.code && *m->ent.code)) ||
            (!m && st->toks[k].tag == KG_W_NONE && !st->toks[k].trigger))) {
        k++;
        words++;
    }
    if (k + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[k], people) ||
        !ex_tok_is(st, k + 1, "of"))
        return NULL;
    m = ex_actor_from(st, k + 2);
    return m && m->ent.code && *m->ent.code ? m : NULL;
}

/* The agent of an act undergone, its noun ending before token b: the
 * actor after "from"; after "by" when by is set (an answer, "responded
 * to a call by", or a survival, "survived an attack by rebels"); after a
 * participle and "by" ("faced three no-confidence votes sponsored by the
 * opposition"); or, for a no-confidence vote, the legislature it was
 * held in ("survived two no-confidence votes in Chile's parliament":
 * ex_vote_venue).  NULL when none, or none with a code. */
static const ex_mention *ex_undergone_agent(const ex_state *st, size_t b,
                                            const kg_onto_relation *rel,
                                            int by)
{
    const ex_mention *am = NULL;
    size_t w;
    if (b + 1 >= st->ntoks)
        return NULL;
    /* ("won praise today from", "drew criticism on Monday from": the
     * date told between the act and its agent) */
    w = ex_when_phrase(st, b);
    if (w > b && w + 1 < st->ntoks &&
        (ex_tok_is(st, w, "from") || (by && ex_tok_is(st, w, "by"))))
        b = w;
    if (ex_tok_is(st, b, "from") || (by && ex_tok_is(st, b, "by"))) {
        am = ex_actor_from(st, b + 1);
        if (!am || !am->ent.code || !*am->ent.code)
            am = ex_people_of_body_from(st, b + 1);
    }
    else if (b + 2 < st->ntoks && ex_tok_is(st, b + 1, "by") &&
             st->toks[b].tag == KG_W_NONE && ex_ends_ed(st, b))
        am = ex_actor_from(st, b + 2);
    else if (ex_tok_is(st, b, "in") && rel->pattern &&
             (strstr(rel->pattern, "confidence") ||
              strstr(rel->pattern, "censure") ||
              /* ("faced opposition in the Senate", "drew criticism in
               * parliament": disapproval voiced in a legislature is its
               * members', as a vote there is) */
              (rel->cameo && !strncmp(rel->cameo, "11", 2)))) {
        /* ("in parliament", "in the Israeli parliament", "in Israel's
         * parliament": the legislature ends the phrase's first words) */
        size_t j;
        for (j = b + 1; j < st->ntoks && j < b + 5; j++) {
            const ex_mention *m = ex_mention_at(st, j);
            if (m && !m->dropped && !m->ent.is_value &&
                ex_code_ends(m->ent.code, "LEG")) {
                am = m;
                break;
            }
            if (!(m || st->toks[j].tag == KG_W_DET ||
                  ex_tok_is(st, j, "'s")))
                break;
        }
    }
    return am && am->ent.code && *am->ent.code ? am : NULL;
}

/* Verbs of winning someone's favour: "won the support of France",
 * "secured Washington's backing" (ex_undergone_acts; ex_note_cue_words
 * notes them by their prefixes as EX_CUE_FAVOUR, a switch faster than
 * this list: a word added here must be noted there too, which the unit
 * test every_favour_word_is_cued checks). */
const char *const ex_win_favour[] = {
    "win",      "wins",     "won",      "winning",  "earn",     "earns",
    "earned",   "earning",  "gain",     "gains",    "gained",   "gaining",
    "secure",   "secures",  "secured",  "securing", "enlist",   "enlists",
    "enlisted", "enlisting", "obtain",  "obtains",  "obtained", "obtaining",
    "receive",  "receives", "received", "receiving", NULL};

/* Is the entry a favour one wins from another: support or backing (050),
 * praise or endorsement (051), recognition (054)?  Not an agreement
 * (057), which two make, nor an apology (055). */
static int ex_favour_entry(const kg_onto_relation *rel)
{
    return rel->cameo && (!strncmp(rel->cameo, "050", 3) ||
                          !strncmp(rel->cameo, "051", 3) ||
                          !strncmp(rel->cameo, "054", 3));
}

/* The giver of a favour won by the subject, read where ex_undergone_agent
 * finds no "from" phrase: "won the support of France" (an actor after
 * "of" at token b, not a possessive: "won approval of Brazil's program"
 * names what is approved).  NULL when none. */
static const ex_mention *ex_favour_giver(const ex_state *st, size_t b)
{
    const ex_mention *am;
    if (b + 1 >= st->ntoks || !ex_tok_is(st, b, "of") ||
        !(am = ex_actor_from(st, b + 1)) || !am->ent.code || !*am->ent.code)
        return NULL;
    return am->t1 < st->ntoks && ex_tok_is(st, am->t1, "'s") ? NULL : am;
}

/* The verbs of undergoing an act that ex_undergone_acts reads: "drew
 * criticism from", "faced sanctions from", "came under attack from". */
static const char *const ex_undergo_words[] = {
    "draw",      "draws",    "drew",     "drawn",     "drawing",
    "face",      "faces",    "faced",    "facing",    "attract",
    "attracts",  "attracted", "attracting", "earn",   "earns",
    "earned",    "earning",  "win",      "wins",      "won",
    "winning",   "receive",  "receives", "received",  "receiving",
    "under",     "meet",     "meets",    "met",
    /* ("survived an attack by rebels", "survived two no-confidence
     * votes sponsored by the opposition") */
    "survive",   "survives", "survived", "surviving", NULL};
/* verbs of answering an act: "Iran rejected criticism from
 * Washington", "welcomed support from Russia", "dismissed criticism
 * from": the act is aimed at the subject as above, and the answer
 * (the verb's own entry: reject 120, welcome 051) at the actor */
static const char *const ex_answer_words[] = {
    "reject",    "rejects",   "rejected",  "rejecting", "rebuff",
    "rebuffs",   "rebuffed",  "rebuffing", "spurn",     "spurns",
    "spurned",   "spurning",  "dismiss",   "dismisses", "dismissed",
    "dismissing", "welcome",  "welcomes",  "welcomed",  "welcoming",
    "hail",      "hails",     "hailed",    "hailing",   NULL};

/* ex_undergone_acts reads these lists and ex_win_favour at every token of
 * a sentence with a coded actor and a "from" or "by": their first two
 * bytes turn most tokens away first. */
EX_WORD_GATE(ex_undergone_gate, ex_undergo_words, ex_answer_words,
             ex_win_favour);

/* "Russia drew criticism from Germany", "Japan faced sanctions from the
 * US", "the army came under attack from rebels", "won backing from": a
 * verb of undergoing + a noun entry + "from" X is X's act aimed at the
 * clause's subject.  (Pressure has rules of its own: "under pressure from
 * the EU, Poland scrapped" is a yield.) */
int ex_undergone_acts(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen,
                      kg_relation_cb cb, void *payload)
{
    static const char *const met[] = {"meet", "meets", "met", NULL};
    static const char *const survive[] = {"survive", "survives", "survived",
                                          "surviving", NULL};
    size_t i, k, ntok, words;
    int err;
    /* (the count of coded actors first: most sentences have none) */
    if (!ex_coded_actors(st, 1) ||
        (!ex_has_cues(st, EX_CUE_FROM) && !ex_has_cues(st, EX_CUE_BY) &&
         !(ex_has_cues(st, EX_CUE_IN) && ex_sentence_has_word(st, survive)) &&
         !ex_has_cues(st, EX_CUE_FAVOUR)))
        return KG_OK; /* "criticism from" ("investigation by") a coded
                       * actor, "survived a vote in parliament" */
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *target;
        const ex_mention *am, *sm;
        const ex_mention *giver;
        const char *modality;
        int negated, pron, answered, under_be, replied, favour, maybe;
        if (st->toks[i].quote)
            continue; /* (before the lists) */
        maybe = ex_word_gate_may(&ex_undergone_gate, st->toks[i].lower);
        answered = maybe && ex_pronoun_is(&st->toks[i], ex_answer_words);
        replied = answered ? 0 : (int)ex_replied_to(st, i, 1);
        /* (not a gerund after a preposition: "after winning
         * parliament's support" is the main clause subject's, which
         * ex_subject does not find there) */
        favour = maybe && !answered && !replied && !st->toks[i].trigger &&
                 ex_pronoun_is(&st->toks[i], ex_win_favour) &&
                 !(ex_is_ing(st, i) && (st->toks[i - 1].tag == KG_W_PREP ||
                                        ex_tok_is(st, i - 1, "after") ||
                                        ex_tok_is(st, i - 1, "before") ||
                                        ex_tok_is(st, i - 1, "while")));
        if (!answered && !replied && !favour &&
            (st->toks[i].trigger || !maybe ||
             !ex_pronoun_is(&st->toks[i], ex_undergo_words)))
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
        k = replied ? i + (size_t)replied : i + 1;
        if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
            k++;
        /* ("won parliament's support", "secured Washington's backing":
         * the giver as a possessive before the favour) */
        giver = NULL;
        if (favour && (giver = ex_actor_at(st, k)) != NULL) {
            if (giver->t1 < st->ntoks && ex_tok_is(st, giver->t1, "'s") &&
                giver->ent.code && *giver->ent.code)
                k = giver->t1 + 1;
            else
                giver = NULL;
        }
        /* ("survived two no-confidence votes") */
        if (k < st->ntoks && st->toks[k].kind == KG_TOK_NUMBER)
            k++;
        for (words = 0;
             k < st->ntoks && words < 3 && st->toks[k].kind == KG_TOK_WORD &&
             !st->toks[k].covered;
             k++, words++) {
            if (kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &rel, &ntok))
                break;
            rel = NULL;
            if (st->toks[k].tag != KG_W_NONE)
                break;
        }
        if (!rel || !rel->noun || !rel->cameo || !*rel->cameo ||
            !strcmp(rel->type, "coerce"))
            continue;
        /* ("met strong opposition from Bonn", "met criticism from": only
         * disapproval is met so; "meet demand from investors" is supply) */
        if (ex_pronoun_is(&st->toks[i], met) &&
            strncmp(rel->cameo, "11", 2) != 0)
            continue;
        /* (a verb of winning only a favour, its giver before or after
         * it: "gained support from", "won the backing of") */
        if (favour && !ex_favour_entry(rel)) {
            if (giver || !ex_pronoun_is(&st->toks[i], ex_undergo_words))
                continue;
            favour = 0;
        }
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
        } else if (!(am = giver) &&
                   !(am = ex_undergone_agent(st, k + ntok, rel, replied ||
                                             ex_pronoun_is(&st->toks[i],
                                                           survive) ||
                                             /* ("has come under repeated
                                              * attack by Iran") */
                                             ex_tok_is(st, i, "under"))) &&
                   !(favour && (am = ex_favour_giver(st, k + ntok))))
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
        /* ("drew criticism from Britain and France": each of them) */
        if ((err = ex_emit_coagents(st, s, idx, am, target, rel, k, k + ntok,
                                    answered ? 0 : negated,
                                    answered ? "asserted" : modality,
                                    pron ? 0.4 : 0.6, 0, seen, nseen, cb,
                                    payload)) != 0)
            return err;
        if (answered &&
            kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            ntok == 1 && !rel->noun && rel->cameo && *rel->cameo) {
            /* (the answer to each: "rejected criticism from Britain and
             * France") */
            const kg_entity *co[5];
            size_t c, n;
            co[0] = &am->ent;
            n = 1 + ex_conjuncts_after(st, am, "from", co + 1, 4, NULL);
            for (c = 0; c < n; c++)
                if ((c == 0 || !ex_same_id(co[c], target)) &&
                    (err = ex_emit(st, s, idx, target, co[c], rel, i, i + 1,
                                   negated, modality, NULL,
                                   pron ? 0.4 : 0.6, seen, nseen, cb,
                                   payload)) != 0)
                    return err;
        }
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
int ex_brokered_truces(ex_state *st, const kg_sentence *s, size_t idx,
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
        ym = ex_between_second(st, xm, 0);
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

/* ---- "India and Japan will jointly build a rail line" ------------------ */

/* Work done jointly (ex_joint_pairs, ex_joined_partners): material
 * cooperation, military when the work or a party is. */
static const kg_onto_relation ex_joint_coop = {
    "jointly", "cooperate_materially", "cooperates with", "060",
    "COOPERATE", 2, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0};
static const kg_onto_relation ex_joint_coop_mil = {
    "jointly", "cooperate_militarily", "cooperates militarily with",
    "062", "COOPERATE", 2, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0};

/* Has an event of subj toward obj been emitted in this sentence? */
static int ex_pair_emitted(const ex_emitted *seen, size_t nseen,
                           const kg_entity *subj, const kg_entity *obj)
{
    size_t k;
    for (k = 0; k < nseen; k++)
        if (seen[k].subj && seen[k].obj && !strcmp(seen[k].subj, subj->id) &&
            !strcmp(seen[k].obj, obj->id))
            return 1;
    return 0;
}

/* Verbs that talk of or weigh a work before "jointly" (ex_joint_pairs):
 * "discussed jointly developing an aircraft" is talk, no work done. */
static const char *const ex_joint_weighed[] = {
    "discuss",   "discussed",  "discusses", "discussing", "consider",
    "considered", "considering", "considers", "study",    "studied",
    "studies",   "studying",   "explore",   "explored",   "explores",
    "exploring", "propose",    "proposed",  "proposes",   "proposing",
    "debate",    "debated",    "weigh",     "weighed",    "weighing",
    "about",     NULL};

/* "India and Japan will jointly build a rail line", "Egyptian and Saudi
 * warships staged manoeuvres together", "American and Egyptian troops
 * staged desert exercises": two actors of two countries coordinated as
 * a clause's subject who do something jointly or together, or hold
 * military exercises, cooperate with each other: 062 when the
 * work is military (a word of exercise, troops or warships), else 060
 * (material cooperation, not specified), each toward the other.  Not
 * when the clause names a third coded actor after the pair ("jointly
 * condemned Iran" is each one's act toward Iran; a place in either
 * country is none), nor when an event of
 * the pair was read already, nor for "together with" (a partner, read
 * elsewhere). */
int ex_joint_pairs(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload)
{
    static const char *const joint[] = {"jointly", "together", NULL};
    /* (what two hold or make up together is no work: "jointly own a 50
     * pct stake", "together produce 40 pct of the world's silver") */
    static const char *const stative[] = {
        "own",      "owns",      "owned",   "hold",     "holds",  "held",
        "control",  "controls",  "controlled", "produce", "produces",
        "account",  "accounts",  "accounted", "have",   "has",    "had",
        "represent", "represents", "make",  "makes",    "form",   "forms",
        NULL};
    static const char *const drills[] = {
        "exercises", "exercise", "manoeuvres", "maneuvers", "manoeuvre",
        "maneuver",  "drills",   "drill",      "war-games", NULL};
    static const char *const arms[] = {
        "troops",   "soldiers", "warships", "navies",  "forces", "marines",
        "sweep",    "patrol",   "patrols",  "offensive", NULL};
    size_t i, j;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (i = 2; i < st->ntoks; i++) {
        const ex_mention *xm = NULL, *ym = NULL;
        const kg_onto_relation *rel = &ex_joint_coop;
        const char *modality;
        int negated, drill = ex_pronoun_is(&st->toks[i], drills), bi;
        size_t start;
        if (st->toks[i].quote ||
            (!drill && !ex_pronoun_is(&st->toks[i], joint)) ||
            (i + 1 < st->ntoks && ex_tok_is(st, i + 1, "with")))
            continue;
        /* the pair: "X and Y", then up to eight plain words to the cue */
        for (j = i; j-- > 0 && i - j <= 10;) {
            const ex_mention *m = ex_mention_at(st, j);
            if (st->toks[j].kind == KG_TOK_PUNCT ||
                st->toks[j].tag == KG_W_SUB || st->toks[j].tag == KG_W_SPEECH)
                break;
            if (m && !m->dropped && !m->ent.is_value && m->t1 == j + 1 &&
                m->ent.code && *m->ent.code) {
                ym = m;
                break;
            }
        }
        if (!ym || ym->t0 < 2 || !ex_tok_is(st, ym->t0 - 1, "and") ||
            !(xm = ex_mention_at(st, ym->t0 - 2)) || xm->dropped ||
            xm->ent.is_value || xm->t1 != ym->t0 - 1)
            continue;
        if (!xm->ent.code || !*xm->ent.code || !ym->ent.code ||
            !*ym->ent.code || !xm->ent.country || !*xm->ent.country ||
            !ym->ent.country || !*ym->ent.country ||
            !strcmp(xm->ent.country, ym->ent.country))
            continue;
        /* (the pair opens its clause: "the", a dateline's dash, a comma) */
        start = xm->t0;
        start = ex_before_dets(st, start);
        if (start > 0 && st->toks[start - 1].kind != KG_TOK_PUNCT)
            continue;
        /* (no third coded actor in the rest of the clause) */
        for (j = ym->t1; j < st->ntoks; j++) {
            const ex_mention *m = ex_mention_at(st, j);
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
                ex_tok_punct(st, j, '.') || st->toks[j].tag == KG_W_SUB)
                break;
            /* (a place of the pair's own lands is no third: "west of
             * Cairo") */
            if (m && !m->dropped && !m->ent.is_value && m->ent.code &&
                *m->ent.code &&
                (!m->ent.country ||
                 (strcmp(m->ent.country, xm->ent.country) != 0 &&
                  strcmp(m->ent.country, ym->ent.country) != 0)))
                break;
        }
        if (j < st->ntoks && !ex_tok_punct(st, j, ',') &&
            !ex_tok_punct(st, j, ';') && !ex_tok_punct(st, j, '.') &&
            st->toks[j].tag != KG_W_SUB)
            continue;
        if (!drill && ((i + 1 < st->ntoks &&
                        ex_pronoun_is(&st->toks[i + 1], stative)) ||
                       ex_pronoun_is(&st->toks[i - 1], stative)))
            continue;
        /* (work only talked of or weighed is no work yet: "had discussed
         * jointly building a refinery", "are studying jointly developing
         * the field", "talked about jointly bidding") */
        if (!drill && ex_pronoun_is(&st->toks[i - 1], ex_joint_weighed))
            continue;
        /* (a verb of the lexicon's own between: "jointly vetoed the
         * resolution" is each one's veto, no work together) */
        for (j = ym->t1; j <= i + 1 && j < st->ntoks; j++) {
            const kg_onto_relation *vr;
            size_t vn;
            if (j != i && !ex_pronoun_is(&st->toks[j], drills) &&
                !ex_pronoun_is(&st->toks[j], arms) &&
                kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma,
                                        st, &vr, &vn) &&
                vr->cameo && *vr->cameo && strncmp(vr->cameo, "06", 2) != 0 &&
                strncmp(vr->cameo, "15", 2) != 0)
                break;
        }
        if (j <= i + 1 && j < st->ntoks)
            continue;
        if (ex_pair_emitted(seen, *nseen, &xm->ent, &ym->ent) ||
            ex_pair_emitted(seen, *nseen, &ym->ent, &xm->ent))
            continue;
        if (drill || ex_code_ends(xm->ent.code, "MIL") ||
            ex_code_ends(ym->ent.code, "MIL"))
            rel = &ex_joint_coop_mil;
        for (j = ym->t1 - 1; j < i + 3 && j < st->ntoks; j++)
            if (ex_pronoun_is(&st->toks[j], arms) ||
                ex_pronoun_is(&st->toks[j], drills))
                rel = &ex_joint_coop_mil;
        ex_cues(st, ym->t1, i, &negated, &modality);
        if (negated || (strcmp(modality, "asserted") != 0 &&
                        strcmp(modality, "intended") != 0))
            continue;
        for (bi = 0; bi < 2; bi++)
            if ((err = ex_emit(st, s, idx, bi ? &ym->ent : &xm->ent,
                               bi ? &xm->ent : &ym->ent, rel, i, i + 1, 0,
                               modality, NULL, 0.5, seen, nseen, cb,
                               payload)) != 0)
                return err;
    }
    return KG_OK;
}

/* "Germany together with France attacked Iraq": does a verb the lexicon
 * codes follow token k (auxiliaries and adverbs first, three at most)? */
static int ex_coded_verb_after(ex_state *st, size_t k)
{
    const kg_onto_relation *vr;
    size_t vn, j;
    for (j = k; j < st->ntoks && j < k + 4; j++) {
        if (kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                    &vr, &vn) &&
            !vr->noun && vr->cameo && *vr->cameo)
            return 1;
        if (st->toks[j].kind != KG_TOK_WORD ||
            !(st->toks[j].tag == KG_W_AUX || st->toks[j].tag == KG_W_MODAL ||
              st->toks[j].tag == KG_W_FUTURE || ex_is_adverb(st, j)))
            return 0;
    }
    return 0;
}

/* "South Korea plans to build an industrial zone together with North
 * Korea", "Japan will develop the field jointly with Russia": the
 * clause's subject does the work with the partner named after "together
 * with" or "jointly with": material cooperation (060; 062 when either is military), the
 * subject's toward the partner.  The subject is the first actor of the
 * clause; not when a verb the lexicon codes stands between (the act is
 * read by its entry, "Russia, together with China, vetoed"), nor for a
 * partner of the subject's own country.  ("joined Brazil in seeking
 * relief" is left alone: two doing the same, no work together.) */
int ex_joined_partners(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload)
{
    size_t i, j, a;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (i = 1; i + 2 < st->ntoks; i++) {
        const ex_mention *am = NULL, *bm;
        const char *modality;
        int negated;
        size_t end;
        if (st->toks[i].quote ||
            !(ex_tok_is(st, i, "together") || ex_tok_is(st, i, "jointly")) ||
            !ex_tok_is(st, i + 1, "with"))
            continue;
        bm = ex_actor_from(st, i + 2);
        if (!bm || !bm->ent.code || !*bm->ent.code || !bm->ent.country ||
            !*bm->ent.country)
            continue;
        /* the clause's first actor, before i */
        for (a = i; a > 0; a--)
            if (st->toks[a - 1].kind == KG_TOK_PUNCT ||
                st->toks[a - 1].tag == KG_W_SUB)
                break;
        for (j = a; j < i; j++) {
            const ex_mention *m = ex_actor_at(st, j);
            if (m && m->ent.code && *m->ent.code) {
                am = m;
                break;
            }
        }
        if (!am || !am->ent.country || !*am->ent.country ||
            !strcmp(am->ent.country, bm->ent.country) ||
            ex_pair_emitted(seen, *nseen, &am->ent, &bm->ent))
            continue;
        /* ("Germany together with France attacked Iraq": the phrase right
         * after the subject names a co-agent of the clause's verb, read
         * by ex_along_with, no work of the two together; fix32) */
        if (am->t1 == i && ex_coded_verb_after(st, bm->t1))
            continue;
        /* (no coded verb of its own, and no other actor, between) */
        for (end = am->t1; end < i; end++) {
            const kg_onto_relation *vr;
            size_t vn;
            if (ex_mention_at(st, end) ||
                (kg_onto__match_relation(st->onto, st->ntoks, end, 0,
                                         ex_lemma, st, &vr, &vn) &&
                 vr->cameo && *vr->cameo))
                break;
        }
        if (end < i)
            continue;
        ex_cues(st, am->t1, i, &negated, &modality);
        if (negated || (strcmp(modality, "asserted") != 0 &&
                        strcmp(modality, "intended") != 0))
            continue;
        if ((err = ex_emit(st, s, idx, &am->ent, &bm->ent,
                           ex_code_ends(am->ent.code, "MIL") ||
                                   ex_code_ends(bm->ent.code, "MIL")
                               ? &ex_joint_coop_mil
                               : &ex_joint_coop,
                           i, i + 1, 0, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "would not say whether" ------------------------------------------- */

/* "The White House would not say whether it had received the letter from
 * Iran's president", "the ministry could not confirm whether": a speaker
 * who will not say, confirm or disclose declines to comment (011), as
 * "refused to say" does, on the first actor of the question it leaves
 * open (a "whether", "if", "what", "how", "when", "why" clause) that
 * is of another country.  The subject is the clause's first actor
 * before the "not"; not within a quote. */
int ex_would_not_say(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload)
{
    static const char *const say[] = {"say", "confirm", "disclose",
                                      "reveal", NULL};
    static const char *const wh[] = {"whether", "if",  "what", "how",
                                     "when",    "why", NULL};
    /* (a refusal: "did not say what he wanted" may only leave a detail
     * out) */
    static const char *const modal[] = {"would", "could", "will", "can",
                                        NULL};
    static const kg_onto_relation decline = {
        "not say", "decline_comment", "declines to comment on", "011",
        NULL, 1, 0, NULL, NULL, NULL, NULL, NULL, 0, 0, 0};
    size_t i, j, a;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (i = 2; i + 2 < st->ntoks; i++) {
        const ex_mention *am = NULL, *bm = NULL;
        size_t w;
        /* (the verb before the phrase of time read past it) */
        if (st->toks[i].quote || !ex_pronoun_is(&st->toks[i], say))
            continue;
        w = ex_when_phrase(st, i + 1); /* ("say on Friday whether") */
        if (w >= st->ntoks || !ex_pronoun_is(&st->toks[w], wh) ||
            !(ex_tok_is(st, i - 1, "not") || ex_tok_is(st, i - 1, "n't")) ||
            !ex_pronoun_is(&st->toks[i - 2], modal))
            continue;
        for (a = i - 2; a > 0; a--)
            if (st->toks[a - 1].kind == KG_TOK_PUNCT ||
                st->toks[a - 1].tag == KG_W_SUB)
                break;
        for (j = a; j + 2 < i; j++)
            if ((am = ex_actor_at(st, j)) != NULL && am->ent.code &&
                *am->ent.code)
                break;
        if (j + 2 >= i || !am || !am->ent.country || !*am->ent.country)
            continue;
        /* (another country's actor: "did not say how much the government
         * expected" is the speaker's own business, no one else's) */
        for (j = w + 1; j < st->ntoks; j++) {
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
                ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ':'))
                break;
            if ((bm = ex_actor_at(st, j)) != NULL && bm->ent.code &&
                *bm->ent.code && bm->ent.country && *bm->ent.country &&
                strcmp(bm->ent.country, am->ent.country) != 0)
                break;
            bm = NULL;
        }
        if (!bm)
            continue;
        if ((err = ex_emit(st, s, idx, &am->ent, &bm->ent, &decline, i - 1,
                           i + 1, 0, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "said its fighters carried out the ambush" ------------------------- */

/* "The Kurdistan Workers Party said its fighters carried out the ambush
 * of a Turkish army convoy", "the group said in a statement that it had
 * staged the bombing of the embassy": an actor who says that it, or its
 * fighters, carried out an attack claims responsibility for it (015), as
 * "claimed responsibility for the ambush" does, toward the first actor
 * of another country or sector named after the attack's noun in the
 * clause (the attack itself is read by its own entry).  The speaker is
 * the speech verb's clause subject, an organisation or armed group (a
 * state reporting its army's strikes claims nothing). */
int ex_said_carried_out(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    static const char *const own[] = {"it", "they", "its", "their", NULL};
    static const char *const did[] = {"carried", "staged", "mounted",
                                      "conducted", NULL};
    static const char *const attacks[] = {
        "attack", "attacks",  "bombing", "bombings", "ambush", "ambushes",
        "blast",  "blasts",   "raid",    "raids",    "assault", "explosion",
        "killing", "killings", "kidnapping", "assassination", NULL};
    static const kg_onto_relation claim = {
        "said it carried out", "claim_responsibility",
        "claims responsibility for", "015", NULL, 1, 0, NULL, NULL, NULL,
        NULL, NULL, 0, 0, 0};
    size_t v, j, k;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (v = 1; v + 4 < st->ntoks; v++) {
        const ex_mention *sm, *tm = NULL;
        if (st->toks[v].quote || st->toks[v].tag != KG_W_SPEECH ||
            !(sm = ex_clause_subject(st, v)) || sm->t1 > v ||
            !sm->ent.code || !*sm->ent.code || ex_is_person(&sm->ent) ||
            !(ex_code_ends(sm->ent.code, "REB") ||
              ex_code_ends(sm->ent.code, "INS") ||
              !strncmp(sm->ent.code, "IMG", 3) ||
              (strlen(sm->ent.code) >= 6 &&
               (!strncmp(sm->ent.code + 3, "REB", 3) ||
                !strncmp(sm->ent.code + 3, "INS", 3)))))
            continue;
        j = ex_speech_occasion(st, ex_when_phrase(st, v + 1));
        if (j < st->ntoks && ex_tok_is(st, j, "that"))
            j++;
        /* "it", "they", or "its fighters" */
        if (j + 3 >= st->ntoks || !ex_pronoun_is(&st->toks[j], own))
            continue;
        j += st->toks[j].tag == KG_W_POSS || ex_tok_is(st, j, "its") ||
                     ex_tok_is(st, j, "their")
                 ? 2
                 : 1;
        if (j < st->ntoks && ex_tok_is(st, j, "had"))
            j++;
        if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], did))
            continue;
        j += ex_tok_is(st, j, "carried") && ex_tok_is(st, j + 1, "out") ? 2
                                                                       : 1;
        /* the attack's noun, after an article or a possessive and up to
         * two words ("Tuesday's bombing", "the suicide attack") */
        for (k = j; k < st->ntoks && k < j + 4; k++)
            if (ex_pronoun_is(&st->toks[k], attacks) ||
                st->toks[k].kind == KG_TOK_PUNCT)
                break;
        if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], attacks))
            continue;
        for (k++; k < st->ntoks; k++) {
            const ex_mention *m;
            if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
                ex_tok_punct(st, k, '.') || st->toks[k].tag == KG_W_SUB)
                break;
            if ((m = ex_actor_at(st, k)) != NULL && m->ent.code &&
                *m->ent.code && !ex_same_id(&m->ent, &sm->ent)) {
                tm = m;
                break;
            }
        }
        if (!tm)
            continue;
        if ((err = ex_emit(st, s, idx, &sm->ent, &tm->ent, &claim, v, v + 1,
                           0, "asserted", NULL, 0.5, seen, nseen, cb,
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
int ex_place_visits(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen,
                    kg_relation_cb cb, void *payload)
{
    static const char *const visits[] = {"visit", "visits", "trip",
                                         "trips", NULL};
    size_t i, ntok;
    int err;
    if (ex_coded_actors(st, 2) < 2)
        return KG_OK;
    for (i = 1; i < st->ntoks; i++) {
        const ex_mention *pm;
        const kg_entity *am = NULL;
        const kg_onto_relation *rel;
        const char *modality;
        int negated;
        size_t j;
        if (st->toks[i].quote || !ex_pronoun_is(&st->toks[i], visits) ||
            !(pm = ex_mention_at(st, i - 1)) || pm->t1 != i || pm->dropped ||
            pm->ent.is_value || !pm->ent.type ||
            !ex_country_or_place(pm->ent.type) ||
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
        /* ("a Washington visit later this month by Nakasone": a time
         * phrase may stand between the visit and its visitor) */
        j = ex_visit_time_by(st, i + 1);
        if (j + 1 < st->ntoks && ex_tok_is(st, j, "by")) {
            const ex_mention *bm = ex_actor_from(st, j + 1);
            am = bm ? &bm->ent : NULL;
        } else {
            /* "Modi's Moscow visit", "during his week-long Washington
             * visit" (the pronoun resolved; a lower-case word or two may
             * describe the visit) */
            j = pm->t0;
            while (j > pm->t0 - 2 && j > 1 && ex_plain_word(st, j - 1) &&
                   !ex_tok_possessive(st, j - 1) && !st->toks[j - 1].trigger)
                j--;
            am = ex_possessor_before(st, j);
        }
        if (!am || am->is_value || !am->code || !*am->code ||
            ex_same_id(am, &pm->ent))
            continue;
        ex_cues(st, 0, i, &negated, &modality);
        if ((err = ex_emit(st, s, idx, am, &pm->ent, rel, i, i + 1,
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
int ex_deep(ex_state *st, const kg_sentence *s, size_t idx,
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

int ex_memberships(ex_state *st, const kg_sentence *s, size_t idx,
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
            !o->ent.type || !ex_group_or_org(o->ent.type))
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
 * "Kyiv obtained assurances from Washington", "Greece got a loan from the
 * IMF", "Egypt secured $3 billion in aid from the Gulf states": the giver
 * after "from" gave the thing to the verb's subject, coded as the lexicon
 * codes "give weapons to" (072) or "give assurances to" (030).  The
 * receiving verb has no entry of its own (an entry such as "receive *
 * call" wins). */
int ex_receipts(ex_state *st, const kg_sentence *s, size_t idx,
                ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                void *payload)
{
    static const char *const receive[] = {
        "receive", "receives", "received", "receiving", "obtain", "obtains",
        "obtained", "obtaining", "accept", "accepts", "accepted",
        "accepting", "get", "gets", "got", "gotten", "getting", "secure",
        "secures", "secured", "securing", "win", "wins", "won", "winning",
        /* ("Washington has extracted promises from Bonn", "he had a
         * personal commitment from Nakasone that") */
        "extract", "extracts", "extracted", "extracting", "have", "has",
        "had", "having", NULL};
    static const char *const have[] = {"have", "has", "had", "having", NULL};
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
        if (ex_pronoun_is(&st->toks[i], have) &&
            st->toks[i + 1].tag != KG_W_DET)
            continue; /* "has acquired money from": an auxiliary */
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
        j = ex_after_dets(st, j + 1);
        m = ex_actor_at(st, j);
        if (!m)
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
        /* ("received aid from France and Germany", "extracted promises
         * from both West Germany and Japan": each giver of the list gave) */
        if ((err = ex_emit_coagents(st, s, idx, m, receiver, rel, i, i + ntok,
                                    negated, modality, pron ? 0.4 : 0.6, 0,
                                    seen, nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "came under fire from": criticism received -------------------- */

/* Does the coded actor bear arms (a military, rebel or insurgent sector
 * code): its "fire" is gunfire, not criticism. */
int ex_armed_code(const char *code)
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
 * an armed actor is shooting, left to the lexicon.  "South Korea has been
 * under pressure from Washington to revalue the won", "had come under
 * pressure from the United States to stimulate its economy": pressure
 * received is the actor's demand on the subject (100, as CAMEO's verb
 * dictionary files PRESS); an armed actor's is force, left alone. */
int ex_criticism_received(ex_state *st, const kg_sentence *s,
                          size_t idx, ex_emitted *seen, size_t *nseen,
                          kg_relation_cb cb, void *payload)
{
    static const char *const come[] = {
        "come", "comes", "came", "coming", "is",   "are", "was",
        "were", "been",  "be",   "being",  "remains", "remained", NULL};
    static const char *const draw[] = {
        "draw",  "draws",  "drew",  "drawn",  "drawing", "face", "faces",
        "faced", "facing", "come",  "comes",  "came",    "coming", "is",
        "are",   "was",    "were",  "been",   "be",      "being",
        "remains", "remained", NULL};
    /* ("drew criticism from" is the noun entry's) */
    static const char *const blame[] = {"fire", "pressure", "pressures",
                                        NULL};
    static const char *const adverb[] = {"also", "still", "now", "already",
                                         "again", "increasingly", NULL};
    static const kg_onto_relation criticize = {
        .pattern = "criticism", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    static const kg_onto_relation press = {
        .pattern = "pressure", .type = "demand", .label = "demands",
        .cameo = "100", .plover = "DEMAND", .quad = 3};
    size_t i, j, k, from;
    int err;
    if (!ex_has_cues(st, EX_CUE_FIRE) ||
        !(ex_has_cues(st, EX_CUE_FROM) || ex_has_cues(st, EX_CUE_IN)))
        return KG_OK; /* "fire from" (blame), "fire in Congress" */
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_entity *receiver;
        const ex_mention *m, *sm;
        const char *modality;
        int negated, pron, under;
        /* ("Japan, under pressure from the United States, agreed":
         * the comma of an aside opens it too) */
        int aside = ex_tok_punct(st, i, ',') && ex_tok_is(st, i + 1, "under");
        if (st->toks[i].trigger || st->toks[i].quote ||
            (!aside && !ex_pronoun_is(&st->toks[i], draw)))
            continue;
        /* "came under fire", "came in for criticism" need their
         * preposition; "drew fire", "faced criticism" take none */
        under = aside || ex_pronoun_is(&st->toks[i], come);
        j = i + 1;
        /* ("is also under pressure from", "has now come under fire") */
        if (under && ex_pronoun_is(&st->toks[j], adverb))
            j++;
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
        if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], blame))
            continue;
        /* ("came under pressure on Monday from", "won praise today
         * from": the date told between the act and its agent) */
        from = ex_when_phrase(st, j + 1);
        if (from + 1 >= st->ntoks || !ex_tok_is(st, from, "from"))
            from = j + 1;
        if (ex_tok_is(st, from, "from"))
            m = ex_actor_from(st, from + 1);
        else if (ex_tok_is(st, j, "fire") && ex_tok_is(st, j + 1, "in") &&
                 (m = ex_actor_from(st, j + 2)) != NULL &&
                 ex_code_ends(m->ent.code, "LEG"))
            ; /* ("came under fire in Congress": its members' criticism,
               * as a vote in a legislature is theirs) */
        else
            continue;
        /* ("faces pressure from Putin to help" is the noun entry's, with
         * the act asked: only "under pressure" is read here) */
        if (!under && !ex_tok_is(st, j, "fire"))
            continue;
        if (!m || !m->ent.code || !*m->ent.code ||
            ex_armed_code(m->ent.code))
            continue;
        if (!(receiver = ex_subject(st, i, 0, 0, &sm, &pron)) ||
            ex_same_id(receiver, &m->ent))
            continue;
        /* (a legislature's criticism aims at a government or a foreign
         * actor, not at its own country: "Japan's surplus with the United
         * States has come under fire in Congress" is not read so) */
        if (!ex_tok_is(st, from, "from") && receiver->code &&
            strlen(receiver->code) == 3 &&
            !strncmp(receiver->code, m->ent.code, 3))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, &m->ent, receiver,
                           ex_tok_is(st, j, "fire") ? &criticize : &press, i,
                           j + 1, negated, modality, NULL, pron ? 0.4 : 0.6,
                           seen, nseen, cb, payload)) != 0)
            return err;
        /* ("under pressure from London and Washington": each of them) */
        if ((err = ex_emit_coagents(st, s, idx, m, receiver,
                                    ex_tok_is(st, j, "fire") ? &criticize
                                                             : &press,
                                    i, j + 1, negated, modality,
                                    pron ? 0.4 : 0.6, 1, seen, nseen, cb,
                                    payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* ---- "despite protests from X" --------------------------------------- */

/* The words for a call on someone to act ("despite US calls", "despite
 * pressure from London"): the main clause's subject holds out against
 * the caller (ex_despite_protests). */
static const char *const ex_call_words[] = {
    "call",  "calls",    "appeal",  "appeals", "plea",     "pleas",
    "pressure", "pressures", "demand", "demands", "request", "requests",
    "entreaties", "urging",
    /* ("kept marching despite the police ban": an order not to act,
     * defied as a call is) */
    "ban", "bans", NULL};

/* The main clause's subject of a "despite" at i whose phrase ends at
 * token end (exclusive), or NULL: after the phrase's comma when the
 * sentence opens with it ("Despite protests from China, Japan sent"),
 * else the subject before it. */
static const kg_entity *ex_despite_subject(ex_state *st, size_t i,
                                           size_t end,
                                           const ex_mention **sm, int *pron)
{
    size_t k;
    *sm = NULL;
    *pron = 0;
    if (i > 0)
        return ex_subject(st, i, 1, 0, sm, pron);
    for (k = end; k < st->ntoks && k < end + 8; k++)
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, '.'))
            break;
    *sm = k < st->ntoks && ex_tok_punct(st, k, ',') ? ex_actor_from(st, k + 1)
                                                   : NULL;
    return *sm ? &(*sm)->ent : NULL;
}

/* The appeal a call "for him to" act makes of the one it names
 * (ex_despite_calls). */
static const kg_onto_relation ex_call_on = {
    .pattern = "call for", .type = "urge", .label = "appeals to",
    .cameo = "020", .plover = NULL, .quad = 1};

/* "despite a call for him to \"pause for thought\" from Charles
 * Kennedy": a call word's own "for" + an object pronoun + "to" and its
 * infinitive (at most ten more words or quote marks, no other
 * punctuation, no actor) stand between the call and its "from"/"by"
 * agent.  The token of that "from" or "by" when the phrase at b is such
 * a "for", else b. */
static size_t ex_call_for_agent(const ex_state *st, size_t b)
{
    static const char *const obj[] = {"him", "her", "it", "them", NULL};
    size_t k;
    if (b + 4 >= st->ntoks || !ex_tok_is(st, b, "for") ||
        !ex_pronoun_is(&st->toks[b + 1], obj) ||
        !ex_tok_is(st, b + 2, "to"))
        return b;
    for (k = b + 3; k < st->ntoks && k < b + 14; k++) {
        if (ex_tok_is(st, k, "from") || ex_tok_is(st, k, "by"))
            return k > b + 3 ? k : b;
        if (!(st->toks[k].kind == KG_TOK_WORD || ex_is_quote(st, k)) ||
            ex_mention_at(st, k))
            return b;
    }
    return b;
}

/* What a subject does "despite" another's calls or protests defies it:
 * a refusal to yield (124). */
static const kg_onto_relation ex_defy = {
    .pattern = "despite call", .type = "reject", .label = "defies",
    .cameo = "124", .plover = "REJECT", .quad = 3};

/* The modality of a defiance told before the "despite" at i: asserted
 * ("would not step down": the statement is the refusal), conditional
 * after "if" ("if Iran presses on"), hypothetical after "might", "could"
 * or "may": not yet a refusal. */
static const char *ex_despite_modality(const ex_state *st, size_t i)
{
    const char *modality = "asserted";
    size_t k;
    for (k = 0; k < i; k++)
        if (st->toks[k].tag == KG_W_COND)
            return "conditional";
        else if (ex_tok_is(st, k, "might") || ex_tok_is(st, k, "could") ||
                 ex_tok_is(st, k, "may"))
            modality = "hypothetical";
    return modality;
}

/* Does a word of persisting stand before the "despite" at i, in its
 * sentence ("will go ahead", "pressed ahead", "will not budge",
 * "defended plans", "insisted", "continued")?  What merely happens
 * despite protests ("sales are rising despite Peking's complaints") or
 * is only forecast defies no one. */
static int ex_persisted_before(const ex_state *st, size_t i)
{
    static const char *const stems[] = {"budg",    "proceed", "persist",
                                        "defend",  "insist",  "continu",
                                        NULL};
    size_t k, n;
    for (k = 0; k < i; k++) {
        if (ex_tok_is(st, k, "ahead") || ex_tok_is(st, k, "on"))
            if (k > 0 && (!strncmp(st->toks[k - 1].lower, "go", 2) ||
                          !strncmp(st->toks[k - 1].lower, "went", 4) ||
                          !strncmp(st->toks[k - 1].lower, "press", 5) ||
                          !strncmp(st->toks[k - 1].lower, "push", 4)))
                return 1;
        for (n = 0; stems[n]; n++)
            if (!strncmp(st->toks[k].lower, stems[n], strlen(stems[n])))
                return 1;
    }
    return 0;
}

/* "Australia will not change its policy despite appeals from Indonesia",
 * "Assad would not step down despite Turkish demands", "despite
 * Washington's repeated calls": to act against an actor's calls or
 * pressure is to refuse to yield to it (124), the subject's act whatever
 * it is, done or said ("will not change": the refusal is the statement,
 * so neither the main verb's negation nor its "will" reaches it).  The
 * caller is the actor after "from"/"by" (at) or the one right before the
 * call word, its possessor or adjective. */
static int ex_despite_calls(ex_state *st, const kg_sentence *s, size_t idx,
                            size_t i, size_t a, ex_emitted *seen,
                            size_t *nseen, kg_relation_cb cb, void *payload)
{
    const ex_mention *m = NULL, *sm;
    const kg_entity *subj;
    size_t j = a, k, end;
    int pron, asked = 0, err;
    j = ex_after_dets(st, j);
    /* up to two plain modifiers ("mounting", "repeated") */
    for (k = 0; k < 2 && j < st->ntoks && st->toks[j].tag == KG_W_NONE &&
                !ex_mention_at(st, j) &&
                !ex_pronoun_is(&st->toks[j], ex_call_words);
         k++)
        j++;
    if (j < st->ntoks && ex_pronoun_is(&st->toks[j], ex_call_words)) {
        /* "pressure from London", "an appeal by Leung"; "a call for him
         * to \"pause for thought\" from Charles Kennedy" (the call's own
         * "for" and infinitive first: ex_call_for_agent) */
        size_t b = ex_call_for_agent(st, j + 1);
        asked = b > j + 1;
        if (b + 1 >= st->ntoks ||
            !(ex_tok_is(st, b, "by") || ex_tok_is(st, b, "from")) ||
            !(m = ex_actor_from(st, b + 1)))
            return KG_OK;
        end = m->t1;
    } else {
        /* "Turkish demands", "Washington's repeated calls" */
        if (!(m = ex_actor_from(st, j)))
            return KG_OK;
        k = m->t1;
        if (k < st->ntoks && ex_tok_possessive(st, k))
            k++;
        if (k < st->ntoks && st->toks[k].tag == KG_W_NONE &&
            !ex_pronoun_is(&st->toks[k], ex_call_words) &&
            !ex_mention_at(st, k))
            k++;
        if (k >= st->ntoks || !ex_pronoun_is(&st->toks[k], ex_call_words))
            return KG_OK;
        end = k + 1;
    }
    if (!m->ent.code || !*m->ent.code)
        return KG_OK;
    subj = ex_despite_subject(st, i, end, &sm, &pron);
    if (!subj || ex_same_id(subj, &m->ent) || !subj->code || !*subj->code)
        return KG_OK;
    /* (the subject is no preposition's object: "The deal to open talks
     * with Ankara came despite an EU demand": the deal came) */
    if (sm && !pron && sm->t0 > 0 && sm->t0 < i &&
        st->toks[sm->t0 - 1].tag == KG_W_PREP)
        return KG_OK;
    /* (the call asked the subject itself, "for him to": the caller's
     * appeal to it, 020, besides the defiance) */
    if (asked && (err = ex_emit(st, s, idx, &m->ent, subj, &ex_call_on, i,
                                i + 1, 0, "asserted", NULL,
                                pron ? 0.4 : 0.5, seen, nseen, cb,
                                payload)) != 0)
        return err;
    {
        /* "Japan and West Germany reiterated that ..., despite pressure
         * from the U.S.", "despite mounting pressure from London and
         * Washington": each coordinated subject defies each caller of a
         * list ending in "and" (coord29) */
        const kg_entity *subjs[EX_MAX_OBJECTS], *callers[EX_MAX_OBJECTS];
        size_t ns = 0, nc = 0, x, y;
        subjs[ns++] = subj;
        if (sm && !pron) {
            ns += ex_coordinated(st, sm, subjs + 1, EX_MAX_OBJECTS - 1);
            /* (the subject found may open its list: "Japan and West
             * Germany") */
            if (sm->t1 < i)
                ns += ex_list_and(st, sm, subjs + ns, EX_MAX_OBJECTS - ns,
                                  NULL);
        }
        callers[nc++] = &m->ent;
        /* ("pressure from London and Washington", "calls from Britain,
         * France and Germany": a list that no "and" ends, "from London,
         * Tokyo said", is none) */
        nc += ex_list_and(st, m, callers + 1, EX_MAX_OBJECTS - 1, NULL);
        for (x = 0; x < ns; x++)
            for (y = 0; y < nc; y++)
                if (subjs[x]->code && *subjs[x]->code &&
                    !ex_same_id(subjs[x], callers[y]) &&
                    (err = ex_emit(st, s, idx, subjs[x], callers[y],
                                   &ex_defy, i, i + 1, 0,
                                   ex_despite_modality(st, i), NULL,
                                   pron ? 0.4 : 0.5, seen, nseen, cb,
                                   payload)) != 0)
                    return err;
    }
    return KG_OK;
}

/* The coded actor whose mention opens at token j and ends right before
 * a noun, perhaps with "'s" ("despite US objections", "despite
 * Colombo's objections", "despite Chinese protests"), or NULL. */
static const ex_mention *ex_despite_owner(const ex_state *st, size_t j)
{
    const ex_mention *m = ex_actor_at(st, j);
    size_t e;
    if (!m || ex_is_date(&m->ent) || !m->ent.code || !*m->ent.code)
        return NULL;
    e = m->t1 + (m->t1 < st->ntoks && ex_tok_is(st, m->t1, "'s") ? 1 : 0);
    return e + 1 < st->ntoks && st->toks[e].kind == KG_TOK_WORD &&
                   st->toks[e].tag == KG_W_NONE &&
                   !(st->toks[e].flags & KG_TOKF_CAP)
               ? m
               : NULL;
}

/* "Israel pressed on with the offensive despite protests from Turkey",
 * "despite strong objections by Germany", "in spite of protests from
 * China": the actor after "by"/"from"
 * protests (or objects to, criticizes) what the main clause's subject
 * does, coded as the lexicon codes the noun alone (protest 141,
 * objection 110, criticism 111).  Calls and pressure are resisted:
 * ex_despite_calls. */
int ex_despite_protests(ex_state *st, const kg_sentence *s,
                        size_t idx, ex_emitted *seen, size_t *nseen,
                        kg_relation_cb cb, void *payload)
{
    size_t i, j, k, ntok, after;
    int err;
    if (!ex_has_cues(st, EX_CUE_DESPITE))
        return KG_OK; /* "despite" */
    for (i = 0; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *subj;
        const ex_mention *m, *sm = NULL;
        const kg_entity *co[5];
        size_t c, nco = 0;
        const char *modality;
        int negated, pron = 0;
        if (!(j = ex_despite_at(st, i)) || st->toks[i].quote)
            continue;
        if ((err = ex_despite_calls(st, s, idx, i, i + j, seen, nseen, cb,
                                    payload)) != 0)
            return err;
        /* past an article and up to two plain modifiers ("strong") */
        j += i;
        if (j + 2 >= st->ntoks)
            continue;
        if (st->toks[j].tag == KG_W_DET)
            j++;
        if ((m = ex_despite_owner(st, j)) != NULL) {
            /* "despite US objections", "despite Colombo's objections":
             * the objector before the noun (ex_despite_owner) */
            after = m->t1 + (ex_tok_is(st, m->t1, "'s") ? 1 : 0);
            if (!kg_onto__match_relation(st->onto, st->ntoks, after, 1,
                                         ex_lemma, st, &rel, &ntok) ||
                ntok != 1 || !rel->cameo || !rel->noun ||
                ex_pronoun_is(&st->toks[after], ex_call_words) ||
                (strncmp(rel->cameo, "11", 2) != 0 &&
                 strncmp(rel->cameo, "14", 2) != 0) ||
                !ex_plural_noun(st, after))
                continue;
            j = after;
            after++;
        } else {
            for (k = 0; k < 3 && j + 2 < st->ntoks; k++, j++) {
                if (ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from"))
                    break;
                if (st->toks[j].tag != KG_W_NONE || st->toks[j].covered)
                    break;
            }
            if (j + 2 >= st->ntoks ||
                ex_pronoun_is(&st->toks[j], ex_call_words) ||
                !(ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from")) ||
                !kg_onto__match_relation(st->onto, st->ntoks, j, 2, ex_lemma,
                                         st, &rel, &ntok) ||
                ntok != 1 || !rel->cameo ||
                (strncmp(rel->cameo, "11", 2) != 0 &&
                 strncmp(rel->cameo, "14", 2) != 0))
                continue;
            if (!(m = ex_actor_from(st, j + 2)) || !m->ent.code ||
                !*m->ent.code)
                continue;
            /* ("despite protests from China and Russia, Japan sent":
             * each protester; the main clause after the last) */
            nco = ex_conjuncts_after(st, m, st->toks[j + 1].lower, co + 1, 4,
                                     &after);
        }
        if (i == 0) {
            /* "Despite protests from China, Japan sent": the actor that
             * opens the main clause after the comma */
            sm = ex_tok_punct(st, after, ',') ? ex_actor_from(st, after + 1)
                                              : NULL;
            subj = sm ? &sm->ent : NULL;
        } else {
            subj = ex_subject(st, i, 1, 0, &sm, &pron);
        }
        if (!subj || ex_same_id(subj, &m->ent) || !subj->code ||
            !*subj->code)
            continue;
        ex_cues(st, j, j + 1, &negated, &modality);
        co[0] = &m->ent;
        for (c = 0; c <= nco; c++) {
            if (c > 0 && ex_same_id(subj, co[c]))
                continue;
            if ((err = ex_emit(st, s, idx, co[c], subj, rel, j, j + 1,
                               negated, modality, NULL, pron ? 0.4 : 0.6,
                               seen, nseen, cb, payload)) != 0)
                return err;
            /* "France will go ahead with its tests despite protests from
             * Australia": an act the subject persists in defies the
             * protester too, as it defies a call (124; the code book codes
             * "India will press ahead ... despite Dhaka's objections"
             * 1232) */
            if (ex_persisted_before(st, i) &&
                (err = ex_emit(st, s, idx, subj, co[c], &ex_defy, i, i + 1,
                               0, ex_despite_modality(st, i), NULL,
                               pron ? 0.4 : 0.5, seen, nseen, cb,
                               payload)) != 0)
                return err;
        }
    }
    return KG_OK;
}

/* ---- "at the request of X" ------------------------------------------ */

/* "The UN Security Council called an emergency meeting at the request of
 * Arab nations", "the Canadians postponed the deadline at the request of
 * the European Commission", "the banks, at the urging of the Reagan
 * Administration, bowed to": the act was asked for by the actor after
 * "of": its appeal (020) to the main clause's subject (after the comma
 * when the sentence opens with it).  An armed actor's request is left
 * alone; "at the invitation of" is a host's (lexicon). */
/* "Germany, urged by Britain to cut its rates, refused", "the US,
 * pressed by Europe, is now more willing to engage": an actor and,
 * after its comma, a participle of asking and "by" an actor: the one
 * after "by" asked the one before the comma (urge, ask, implore, beg:
 * 020; press: 100, as the lexicon codes the verbs). */
static int ex_asked_aside(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen,
                          kg_relation_cb cb, void *payload)
{
    static const char *const asked[] = {"urged", "asked", "implored",
                                        "begged", NULL};
    static const kg_onto_relation urge = {
        .pattern = "urge", .type = "urge", .label = "urges",
        .cameo = "020", .plover = NULL, .quad = 1};
    static const kg_onto_relation press = {
        .pattern = "press", .type = "demand", .label = "presses",
        .cameo = "100", .plover = "REQUEST", .quad = 3};
    size_t i;
    int err;
    for (i = 2; i + 2 < st->ntoks; i++) {
        const ex_mention *x, *y;
        const kg_onto_relation *rel;
        const char *modality;
        int negated;
        if (st->toks[i].tag != KG_W_NONE || !ex_tok_punct(st, i - 1, ',') ||
            !ex_tok_is(st, i + 1, "by"))
            continue;
        if (ex_pronoun_is(&st->toks[i], asked))
            rel = &urge;
        else if (ex_tok_is(st, i, "pressed"))
            rel = &press;
        else
            continue;
        if (!(x = ex_actor_before(st, i - 1)) || !(y = ex_actor_from(st, i + 2)) ||
            !x->ent.code || !*x->ent.code || !y->ent.code || !*y->ent.code ||
            ex_same_id(&x->ent, &y->ent))
            continue;
        ex_cues(st, i, i + 1, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &y->ent, &x->ent, rel, i, i + 1,
                           negated, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

int ex_at_request(ex_state *st, const kg_sentence *s, size_t idx,
                  ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                  void *payload)
{
    static const char *const asked[] = {"request", "urging", "behest",
                                        NULL};
    static const kg_onto_relation urge = {
        .pattern = "at the request of", .type = "urge", .label = "urges",
        .cameo = "020", .plover = NULL, .quad = 1};
    size_t i, j;
    int err;
    for (i = 0; i + 4 < st->ntoks; i++) {
        const ex_mention *m, *sm;
        const kg_entity *subj;
        const char *modality;
        int negated, pron;
        if (!ex_tok_is(st, i, "at") || st->toks[i].quote)
            continue;
        if (!ex_tok_is(st, i + 1, "the")) {
            /* "France sent troops at Chad's request": the possessive
             * names the one who asked */
            if (!(m = ex_actor_from(st, i + 1)) || m->t0 != i + 1 ||
                m->t1 + 1 >= st->ntoks || !ex_tok_is(st, m->t1, "'s") ||
                !ex_pronoun_is(&st->toks[m->t1 + 1], asked) ||
                !m->ent.code || !*m->ent.code || ex_armed_code(m->ent.code))
                continue;
            j = m->t1 + 1;
        } else {
            j = i + 2;
            /* ("at the specific request of") */
            if (st->toks[j].tag == KG_W_NONE &&
                !ex_pronoun_is(&st->toks[j], asked))
                j++;
            if (j + 2 >= st->ntoks || !ex_pronoun_is(&st->toks[j], asked) ||
                !ex_tok_is(st, j + 1, "of") ||
                !(m = ex_actor_from(st, j + 2)) || !m->ent.code ||
                !*m->ent.code || ex_armed_code(m->ent.code))
                continue;
        }
        subj = ex_despite_subject(st, i, m->t1, &sm, &pron);
        if (!subj || ex_same_id(subj, &m->ent) || !subj->code ||
            !*subj->code)
            continue;
        /* (an aside's subject ends at its comma: "the banks, at the
         * urging of the Reagan Administration, bowed" asks no actor kg
         * names) */
        if (i > 0 && ex_tok_punct(st, i - 1, ',') &&
            (!sm || pron || sm->t1 != i - 1))
            continue;
        /* (the subject is no preposition's object) */
        if (sm && !pron && sm->t0 > 0 && sm->t0 < i &&
            st->toks[sm->t0 - 1].tag == KG_W_PREP)
            continue;
        ex_cues(st, j, j + 1, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &m->ent, subj, &urge, j, j + 1,
                           negated, modality, NULL, pron ? 0.4 : 0.5, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return ex_asked_aside(st, s, idx, seen, nseen, cb, payload);
}

/* ---- "in protest at Britain's decision" ------------------------------ */

/* "Iran recalled its ambassador in protest at Britain's decision",
 * "Palestinians marched in protest over the Israeli raid": the main
 * clause's subject protests against the actor named (or owning what is
 * named) right after the preposition, coded as the lexicon codes the
 * noun "protest".  An entry that already covers the words ("rally in *
 * against") wins. */
/* Is the subject found for a verb at i (its mention sm, or the words up
 * to st->subj_end) the nearest clause's, no clause word between them?
 * Not across "after key witnesses refused to appear in protest". */
int ex_same_clause_subject(const ex_state *st, const ex_mention *sm,
                           size_t i)
{
    static const char *const clause[] = {
        "after", "before", "when", "while", "because", "as",    "since",
        "until", "who",    "which", "that", "where",   "if",    NULL};
    size_t k;
    for (k = sm ? sm->t1 : st->subj_end;
         k < i && !ex_pronoun_is(&st->toks[k], clause); k++)
        ;
    return k >= i;
}

int ex_in_protest(ex_state *st, const kg_sentence *s, size_t idx,
                  ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                  void *payload)
{
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
        /* (a protest at the same party already read, the words inside
         * its entry: "marched in Belgrade in protest against Britain",
         * "march in * against", is no second one by Belgrade) */
        for (k = 0; k < *nseen; k++)
            if (seen[k].type && seen[k].obj && m->ent.id &&
                !strcmp(seen[k].type, rel->type) &&
                !strcmp(seen[k].obj, m->ent.id))
                break;
        if (k < *nseen)
            continue;
        /* (the protesters are the nearest clause's subject) */
        if (!ex_same_clause_subject(st, sm, i))
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

/* "Indonesian troops were behind the killings, Portugal's foreign minister
 * charged on Monday": wire copy puts the accuser after the charge, as it
 * puts the speaker after "..., X said".  Verb i ends the sentence (past a
 * date) and a comma before its subject closes the charge; the accused is
 * the actor that opens the sentence.  Returns the token where that actor
 * starts (past a determiner), or st->ntoks when the shape does not
 * hold. */
static size_t ex_trailing_charge(const ex_state *st, size_t i)
{
    static const char *const rel[] = {"which", "who", "as", "and", "but",
                                      "what", NULL};
    size_t c, j = 0;
    /* "had not been charged." */
    if (ex_pronoun_is(&st->toks[i - 1], ex_be_forms))
        return st->ntoks;
    /* the comma within a few words before the verb: "..., Syria charged",
     * "..., Portugal's foreign minister charged" */
    for (c = i - 1; c > 0 && i - c <= 6; c--) {
        if (ex_tok_is(st, c, ","))
            break;
        /* (a quote closed after the comma: '... a shambles," Mr X said') */
        if (ex_is_quote(st, c) && ex_tok_is(st, c - 1, ",")) {
            c--;
            break;
        }
        if (st->toks[c].kind != KG_TOK_WORD)
            return st->ntoks;
    }
    if (c < 3 || !ex_tok_is(st, c, ",") ||
        ex_pronoun_is(&st->toks[c + 1], rel)) /* "..., which X alleged" */
        return st->ntoks;
    /* (past a quote that opens the sentence) */
    while (j < c && (st->toks[j].tag == KG_W_DET || ex_is_quote(st, j)))
        j++;
    return j < c ? j : st->ntoks;
}

/* Does a reported clause read by ex_wrongdoing_code or ex_verdict_clause
 * end at token k (a stop, a comma, a semicolon), or turn into a forecast
 * there (a modal: no charge nor verdict)? */
static int ex_reported_clause_ends(const ex_state *st, size_t k)
{
    static const char *const modal[] = {"would", "could", "will", "might",
                                        "may", "should", NULL};
    return ex_tok_punct(st, k, ';') || ex_tok_punct(st, k, '.') ||
           ex_tok_punct(st, k, ',') || ex_pronoun_is(&st->toks[k], modal);
}

/* "said the former Ukrainian prime minister, Yulia Tymoshenko, had
 * bribed", "said Ahmed, a former minister, had embezzled": is the comma
 * at token k, after the reported clause's first words (from j), the
 * opening of an apposition to its subject, closed by a second comma
 * within eight words that "has", "had", "was" or another finite form of
 * have or be follows (the clause's verb)?  Returns the closing comma's
 * token, or 0. */
static size_t ex_subject_apposition_end(const ex_state *st, size_t j,
                                        size_t k)
{
    size_t c;
    if (k <= j || !ex_tok_punct(st, k, ','))
        return 0;
    for (c = k + 1; c < st->ntoks && c <= k + 8; c++) {
        if (ex_tok_punct(st, c, ','))
            return c > k + 1 && c + 1 < st->ntoks &&
                           ex_pronoun_is(&st->toks[c + 1], ex_have_be_finite)
                       ? c
                       : 0;
        if (st->toks[c].kind != KG_TOK_WORD)
            return 0;
    }
    return 0;
}

/* The kind of wrongdoing a reported clause from token j names, as the
 * accusation it makes (1121 crime, 1122 human rights abuse, 1123
 * aggression, 1124 war crime, 1125 espionage), or NULL when it names
 * none: "had siphoned off millions", "had tortured detainees", "had been
 * gathering state secrets", "had launched an unprovoked offensive", "were
 * guilty of genocide".  The clause ends at a stop, a comma, a semicolon
 * or 16 words on (not "said U.N. sanctions, threatened over atrocities",
 * "said Iran had detained their crew, who confessed to spying": another's
 * deed); a "would", "could" or "will" before the word makes it a
 * forecast, no charge ("said Russia could commit genocide"). */
static const char *ex_wrongdoing_code(const ex_state *st, size_t j)
{
    static const char *const spy[] = {"secrets", "classified", "spy",
                                      "spies", "spying", "spied", "espionage",
                                      NULL};
    static const char *const secret_what[] = {"data", "information",
                                              "documents", NULL};
    static const char *const war_crime[] = {
        "genocide", "atrocities", "atrocity", "executed", "execution",
        "executions", "massacred", "massacre", "massacres", NULL};
    static const char *const violated[] = {"violated", "violating", "violates",
                                           NULL};
    static const char *const whose[] = {"airspace", "border", "territory",
                                        "sovereignty", "ceasefire",
                                        "truce", NULL};
    size_t k, e = j + 16 < st->ntoks ? j + 16 : st->ntoks, c;
    for (k = j; k < e; k++) {
        const char *w = st->toks[k].lower;
        /* (past an apposition to the subject: "the former prime
         * minister, Yulia Tymoshenko, had bribed") */
        if (k < j + 8 && (c = ex_subject_apposition_end(st, j, k)) != 0) {
            k = c;
            e = c + 16 < st->ntoks ? c + 16 : st->ntoks;
            continue;
        }
        if (ex_reported_clause_ends(st, k))
            return NULL;
        if (ex_pronoun_is(&st->toks[k], spy) ||
            (ex_tok_is(st, k, "secret") && k + 1 < e &&
             ex_pronoun_is(&st->toks[k + 1], secret_what)))
            return "1125";
        if (!strncmp(w, "siphon", 6) || !strcmp(w, "pocketed") ||
            !strncmp(w, "embezzl", 7) || !strncmp(w, "bribe", 5) ||
            !strncmp(w, "kickback", 8) || !strcmp(w, "laundered"))
            return "1121";
        if (!strncmp(w, "tortur", 6) || !strncmp(w, "mistreat", 8))
            return "1122";
        if (ex_pronoun_is(&st->toks[k], war_crime) ||
            (ex_tok_is(st, k, "war") && k + 1 < e &&
             (ex_tok_is(st, k + 1, "crime") ||
              ex_tok_is(st, k + 1, "crimes"))))
            return "1124";
        if (ex_tok_is(st, k, "unprovoked") || ex_tok_is(st, k, "aggression"))
            return "1123";
        if (ex_pronoun_is(&st->toks[k], violated)) {
            size_t x;
            for (x = k + 1; x < e && x <= k + 3; x++)
                if (ex_pronoun_is(&st->toks[x], whose))
                    return "1123";
        }
    }
    return NULL;
}

/* "Local officials said GM violated contract provisions", "Baker had said
 * that West Germany was apparently breaching the Louvre accord", "Erdem
 * said Greek activities in the Aegean contravened the 1976 Berne
 * Agreement": to say another broke a rule, a law or a pact it is bound
 * by is to accuse it (112, as the README files an accusation; the
 * subject is checked by ex_breach_subject).  Token k is a verb of breach
 * (violated, breached, contravened, flouted, infringed, in any tense but
 * the noun's "breaches of" and "a breach"), not negated ("has not
 * violated", "hasn't violated") nor an infinitive ("plans to violate":
 * no breach yet), and a word of what binds follows within four words,
 * before e ("violated the terms and spirit of a confidentiality
 * agreement" reads "terms"). */
static int ex_rule_breached(const ex_state *st, size_t k, size_t e)
{
    static const char *const breach[] = {
        "violate",    "violated",    "violates",   "violating",
        "breach",     "breached",    "breaches",   "breaching",
        "contravene", "contravened", "contravenes", "contravening",
        "flout",      "flouted",     "flouts",     "flouting",
        "infringe",   "infringed",   "infringes",  "infringing", NULL};
    static const char *const binds[] = {
        "agreement", "agreements", "accord",     "accords",    "pact",
        "treaty",    "treaties",   "contract",   "contracts",  "law",
        "laws",      "act",        "rule",       "rules",      "regulation",
        "regulations", "provision", "provisions", "terms",     "convention",
        "conventions", "covenant", "covenants",  "duty",       "duties",
        "copyright", "copyrights", "patent",     "patents",    "commitment",
        "commitments", "obligation", "obligations", "resolution",
        "resolutions", "constitution", "guideline", "guidelines", "code",
        "codes",     "protocol",   "protocols",  "understanding", NULL};
    size_t x;
    if (!ex_pronoun_is(&st->toks[k], breach) || k == 0 ||
        ex_tok_is(st, k + 1, "of") || st->toks[k - 1].tag == KG_W_DET ||
        st->toks[k - 1].tag == KG_W_NEG || ex_tok_is(st, k - 1, "not") ||
        ex_tok_is(st, k - 1, "never") || ex_tok_is(st, k - 1, "n't") ||
        ex_tok_is(st, k - 1, "to"))
        return 0;
    for (x = k + 1; x < e && x <= k + 4; x++) {
        if (ex_pronoun_is(&st->toks[x], binds))
            return 1;
        if (ex_tok_punct(st, x, ',') || ex_tok_punct(st, x, '.'))
            return 0;
    }
    return 0;
}

/* Is the actor that opens the reported clause at j (past its articles)
 * the one who breaks the rule at k (ex_rule_breached)?  It stands right
 * before the verb, past "has", "had", "was" and an adverb ("West Germany
 * was apparently breaching"), or it owns or qualifies the subject noun
 * ("the Fed's ruling violates", "Greek activities in the northern Aegean
 * contravened": up to two plain words, or a phrase of place after them,
 * six words in all).  Not an actor deeper in the clause ("said the court
 * ruled that Phillips had infringed": the court rules, Phillips is
 * accused by the court), nor a clause under "if" or "unless" ("if Ankara
 * believed Greece was contravening international law": no charge made). */
static int ex_breach_subject(const ex_state *st, size_t j, size_t k)
{
    static const char *const when[] = {"earlier", "later", "today",
                                       "yesterday", "tonight", NULL};
    const ex_mention *m;
    size_t a = j, b = k, x;
    for (x = j; x-- > 0 && j - x <= 6;) {
        if (ex_tok_is(st, x, "if") || ex_tok_is(st, x, "unless"))
            return 0;
        if (st->toks[x].kind != KG_TOK_WORD)
            break;
    }
    /* (past a time the date reader leaves: "said earlier today Greek
     * activities") */
    while (a < k && ex_pronoun_is(&st->toks[a], when))
        a++;
    if (a < k && (m = ex_mention_at(st, a)) != NULL && m->t0 == a &&
        ex_is_date(&m->ent))
        a = m->t1;
    while (a < k && st->toks[a].tag == KG_W_DET)
        a++;
    if (b > a && ex_is_adverb(st, b - 1))
        b--;
    if (b > a && ex_pronoun_is(&st->toks[b - 1], ex_have_be_finite))
        b--;
    if (b > a && ex_is_adverb(st, b - 1))
        b--;
    m = ex_mention_at(st, a);
    if (!m || m->t0 != a || m->dropped || m->ent.is_value || !m->ent.code ||
        !*m->ent.code || m->t1 > b)
        return 0;
    if (m->t1 == b)
        return 1;
    if (b - m->t1 > 6)
        return 0;
    /* (the owner's or the demonym's noun, then a phrase of place) */
    x = m->t1;
    if (ex_tok_possessive(st, x))
        x++;
    for (; x < b; x++)
        if (st->toks[x].kind != KG_TOK_WORD || st->toks[x].trigger ||
            ex_pronoun_is(&st->toks[x], ex_have_be_finite) ||
            st->toks[x].tag == KG_W_MODAL || st->toks[x].tag == KG_W_AUX ||
            ex_tok_is(st, x, "that") || ex_ends_ed(st, x))
            return 0;
    return 1;
}

/* Does the clause's charge verb at k ("failed", "betrayed", "misled")
 * follow its subject: an actor right before it, or the actor's own thing
 * ("Labour's plans", up to two words past the "'s"), past "has", "have"
 * or "had" and an adverb ("Mr Blair has again failed")?  Not "the failed
 * talks", "refused to betray", nor "has not failed" (a "not" is no
 * adverb here). */
static int ex_charge_verb_subject(const ex_state *st, size_t j, size_t k)
{
    const ex_mention *m;
    size_t b = k, n;
    if (b > 0 && ex_is_quote(st, b - 1))
        b--; /* 'had "failed" on' */
    if (b > 0 && ex_is_adverb(st, b - 1))
        b--;
    if (b > 0 && ex_pronoun_is(&st->toks[b - 1], ex_have_be_finite) &&
        !ex_pronoun_is(&st->toks[b - 1], ex_be_finite))
        b--;
    /* ("failed" a verdict on a record, "has failed to tackle": not a
     * plain past, mostly a told event, "Peru failed to conclude any
     * purchases at its tender") */
    else if (ex_tok_is(st, k, "failed"))
        return 0;
    if (b > 0 && ex_is_adverb(st, b - 1))
        b--;
    /* a second verb of the clause's subject, the actor that opens the
     * clause at j: "Mr Smith has had the chance to reform the service
     * and has failed" */
    if (b > j + 2 && (ex_tok_is(st, b - 1, "and") ||
                      ex_tok_is(st, b - 1, "but"))) {
        m = ex_actor_from(st, j);
        return m && m->ent.code && *m->ent.code && m->t1 < b - 1 &&
               ex_pronoun_is(&st->toks[m->t1], ex_have_be_finite);
    }
    /* (the actor opens the subject: not "talks with the Japanese had
     * failed") */
    if ((m = ex_actor_before(st, b)) != NULL)
        return m->ent.code && *m->ent.code &&
               !(m->t0 > 0 && (st->toks[m->t0 - 1].tag == KG_W_PREP ||
                               (st->toks[m->t0 - 1].tag == KG_W_DET &&
                                m->t0 > 1 &&
                                st->toks[m->t0 - 2].tag == KG_W_PREP)));
    for (n = 0; n < 2 && b > 1 && st->toks[b - 1].kind == KG_TOK_WORD &&
                st->toks[b - 1].tag == KG_W_NONE && !st->toks[b - 1].trigger;
         n++) {
        b--;
        if (ex_tok_possessive(st, b - 1) && b > 1 &&
            (m = ex_actor_before(st, b - 1)) != NULL)
            return m->ent.code && *m->ent.code;
    }
    return 0;
}

/* A word given named from token d, within e: an article or a
 * possessive at d, up to two plain words, then a promise's noun ("its
 * pre-election promise", "the pledges", "their commitments"). */
static int ex_word_given_at(const ex_state *st, size_t d, size_t e)
{
    static const char *const given[] = {
        "promise", "promises", "pledge", "pledges", "word", "vow", "vows",
        "commitment", "commitments", "undertaking", "undertakings",
        "obligation", "obligations", "terms", "agreement", "accord",
        NULL};
    size_t n;
    if (d + 1 >= e ||
        (st->toks[d].tag != KG_W_DET && st->toks[d].tag != KG_W_POSS))
        return 0;
    for (n = d + 1; n < e && n <= d + 3; n++) {
        if (ex_pronoun_is(&st->toks[n], given))
            return 1;
        if (st->toks[n].kind != KG_TOK_WORD || st->toks[n].tag != KG_W_NONE)
            return 0;
    }
    return 0;
}

/* "Labour has broken its pre-election promise", "broke the pledges he
 * made": to break a word given is a charge against the one who gave
 * it, as to renege on it is (ex_verdict_clause's charge verbs).  Token k
 * is "broken" or "broke", then the word given (ex_word_given_at),
 * within e. */
static int ex_broken_promise(const ex_state *st, size_t k, size_t e)
{
    static const char *const broke[] = {"broken", "broke", NULL};
    return ex_pronoun_is(&st->toks[k], broke) && ex_word_given_at(st, k + 1, e);
}

/* "Japan has not lived up to its pledge", "said the government had not
 * honoured its commitments": a word given left unkept is a charge of
 * failure (as "has failed to keep" is).  Token k is "not" or "never"
 * after has/have/had; then "lived up to", or fulfilled, honoured,
 * honored or kept and the word given (ex_word_given_at), within e. */
static int ex_unkept_promise(const ex_state *st, size_t k, size_t e)
{
    static const char *const no[] = {"not", "never", NULL};
    static const char *const keep[] = {"fulfilled", "honoured", "honored",
                                       "kept", NULL};
    if (k == 0 || k + 3 >= e || !ex_pronoun_is(&st->toks[k], no) ||
        !ex_pronoun_is(&st->toks[k - 1], ex_have_be_finite) ||
        ex_pronoun_is(&st->toks[k - 1], ex_be_finite))
        return 0;
    if (ex_tok_is(st, k + 1, "lived") && ex_tok_is(st, k + 2, "up") &&
        ex_tok_is(st, k + 3, "to"))
        return 1;
    return ex_pronoun_is(&st->toks[k + 1], keep) &&
           ex_word_given_at(st, k + 2, e);
}

/* A verdict of praise at token v (after "is", "was" and an adverb of
 * degree, ex_verdict_clause), within e: a word that commends ("welcome",
 * "constructive", "commendable"), or an article, a word of worth and a
 * step taken ("a constructive step", "an important contribution", "a
 * positive development"). */
static int ex_praise_verdict(const ex_state *st, size_t v, size_t e)
{
    static const char *const commend[] = {
        "welcome", "constructive", "commendable", "admirable",
        "praiseworthy", "laudable", "statesmanlike", NULL};
    static const char *const worth[] = {
        "constructive", "positive", "welcome", "important", "useful",
        "helpful", "significant", "major", "encouraging", "good", "big",
        "great", NULL};
    static const char *const step[] = {
        "step", "move", "development", "contribution", "gesture",
        "signal", "sign", "advance", "breakthrough", NULL};
    if (v >= e)
        return 0;
    if (ex_pronoun_is(&st->toks[v], commend))
        return v + 1 >= e || ex_reported_clause_ends(st, v + 1) ||
               ex_tok_is(st, v + 1, "and");
    if (v + 2 >= e || st->toks[v].tag != KG_W_DET ||
        ex_tok_is(st, v, "no"))
        return 0;
    if (ex_is_quote(st, v + 1))
        v++; /* 'a "constructive step"' */
    return v + 2 < e && ex_pronoun_is(&st->toks[v + 1], worth) &&
           ex_pronoun_is(&st->toks[v + 2], step);
}

/* "too restrictive", "not forceful enough", "out of touch" at token v
 * of a reported clause (before e), right after its "is" or "was": a
 * quality in excess or wanting, a verdict on what the clause's subject
 * phrase names (ex_verdict_clause).  Words of measure, time or amount
 * ("too high", "too early", "too far apart", "not big enough") are
 * left: they tell a state of things, not a judgement of a deed. */
static int ex_too_verdict(const ex_state *st, size_t v, size_t e)
{
    static const char *const measure[] = {
        "high",   "low",    "big",     "large",   "small",  "great",
        "much",   "many",   "few",     "little",  "far",    "close",
        "early",  "soon",   "late",    "long",    "short",  "fast",
        "slow",   "quick",  "quickly", "expensive", "cheap", "costly",
        "busy",   "ill",    "young",   "old",     "good",   "strong",
        "weak",   "tight",  "loose",   "hot",     "cold",   "heavy",
        "light",  "deep",   "wide",    "narrow",  "rich",   "poor",
        "soft",   "hard",   "difficult", "easy",  "optimistic",
        "pessimistic", "low-key", NULL};
    size_t a;
    if (v + 2 < e && ex_tok_is(st, v, "out") && ex_tok_is(st, v + 1, "of") &&
        ex_tok_is(st, v + 2, "touch"))
        return 1;
    if (v + 1 < e && ex_tok_is(st, v, "too"))
        a = v + 1;
    else if (v + 2 < e && ex_tok_is(st, v, "not") &&
             ex_tok_is(st, v + 2, "enough"))
        a = v + 1;
    else
        return 0;
    return st->toks[a].kind == KG_TOK_WORD &&
           st->toks[a].tag == KG_W_NONE && !st->toks[a].trigger &&
           !ex_pronoun_is(&st->toks[a], measure) &&
           !ex_tok_is(st, a + 1, "to") && !ex_tok_is(st, a + 1, "for") &&
           !st->sports_sentence && !st->sports_doc;
}

/* Words of condemnation a verdict passes on what a reported clause's
 * subject phrase names, after "is" or "was" (ex_verdict_clause) or
 * after a naming verb and its object (ex_named_verdicts); the nouns come
 * after an article ("was a violation", "called it a mistake"). */
static const char *const ex_verdict_words[] = {
    "illegal", "illegitimate", "unlawful", "unacceptable",
    "unjustified", "unjustifiable", "unwarranted", "irresponsible",
    "provocative", "counterproductive", "counter-productive",
    "disturbing", "reckless", "outrageous", "shameful", "disgraceful",
    "hypocritical", "absurd", "ridiculous", "regrettable", "deplorable",
    "foolish", "paranoid", "discriminatory", "intolerable",
    "inadmissible",
    /* words of a charge against the one judged: "said the
     * government was incompetent", "said Labour was wrong to" */
    "incompetent", "dishonest", "deceitful", "arrogant", "complacent",
    "wrong", "unfair", "misguided", "flawed", "unworkable",
    "chaotic", "shambolic", "inept", "negligent", "hopeless",
    /* (quote27: words of blame a speaker passes, each read in the
     * corpora's reported clauses: "said Foster's takeover offer was
     * \"opportunistic\"", "said Jack McConnell's comment was
     * \"ill-advised\"", "said the Central Bank's policy was
     * overcautious") */
    "opportunistic", "ill-advised", "naive", "irrational",
    "overcautious", "unresponsive", "cynical", "short-sighted",
    "shortsighted", "heavy-handed", "high-handed", "undemocratic",
    "unconstitutional", "racist", "misleading", "deceptive",
    "protectionist", "draconian", "callous", "heartless",
    "insensitive", "unprofessional", "divisive", "disastrous",
    "appalling", "scandalous", "despicable", "biased", "partisan",
    "vindictive", "sinister", "pathetic", "juvenile", "unhelpful",
    "inadequate", "insufficient", NULL};
static const char *const ex_verdict_nouns[] = {
    "violation", "mistake", "provocation", "insult", "interference",
    "aggression", "shambles", "disgrace", "fiasco", "betrayal",
    "failure", "sham", "farce", "con", "scandal", NULL};

/* What one did nothing of when one did no wrong ("did nothing wrong",
 * "had done nothing illegal"): a defence, no charge (ex_verdict_clause). */
static const char *const ex_wrong_done[] = {
    "wrong", "illegal", "improper", "unlawful", "untoward", "amiss",
    "inappropriate", "bad", "criminal", "unethical", NULL};

/* What one did nothing "to" do when one is blameless ("did nothing to
 * provoke the attack", "had done nothing to deserve it"): a defence too. */
static const char *const ex_wrong_earned[] = {
    "provoke", "deserve", "justify", "warrant", "invite", "merit", NULL};

/* "The visit this week by a special Japanese envoy has done little to
 * defuse Japan's trade frictions, U.S. and congressional leaders say":
 * the clause's subject (from j) is a thing ("the visit") whose actor is
 * named only after "by" (an article and up to two plain words between),
 * ending at most two words (has, had, an adverb) before the verb at k.
 * "Did little" then judges the thing's effect: a pessimistic comment on
 * it (012), not a duty the actor left undone (fix31, judgeA31). */
static int ex_thing_by_actor_subject(const ex_state *st, size_t j, size_t k)
{
    size_t x, p, n;
    const ex_mention *m;
    for (x = j; x < k; x++) {
        if (!ex_tok_is(st, x, "by"))
            continue;
        p = x + 1;
        if (p < k && st->toks[p].tag == KG_W_DET)
            p++;
        for (n = 0; n < 2 && p < k && ex_plain_word(st, p); n++)
            p++;
        if ((m = ex_actor_at(st, p)) != NULL && m->t0 == p && m->t1 <= k &&
            k - m->t1 <= 2)
            return 1;
        return 0;
    }
    return 0;
}

/* "sanctions if it failed to", "if the Sudanese government failed to":
 * is the verb at k, past j, the verb of a condition, "if" or "unless"
 * then its subject of one to four words (no punctuation between)?
 * (review32: "if the government failed" was read as the charge of what
 * was said, as a bare "the government failed" is) */
static int ex_condition_verb(const ex_state *st, size_t j, size_t k)
{
    size_t x;
    if (k < j + 3 || k >= st->ntoks)
        return 0;
    for (x = k - 1; x > j + 1 && k - x <= 4 &&
                    st->toks[x].kind == KG_TOK_WORD;
         x--)
        if (ex_tok_is(st, x - 1, "if") || ex_tok_is(st, x - 1, "unless"))
            return 1;
    return 0;
}

/* A reported clause from token j that passes a verdict on what its
 * subject phrase names: "said the US war in Iraq is illegal", "says the
 * statements coming from New Delhi are disturbing", "said the Israeli
 * action was a violation".  The speaker criticises the actor that phrase
 * names (111), as "called the US sanctions illegal" does (the lexicon's
 * "call * illegal" rows).  The verdict is a word of condemnation right
 * after "is", "was", "are" or "were" (an adverb of degree between); the
 * clause ends as for ex_wrongdoing_code, and a modal ("would be
 * dangerous") is a forecast.  A report, charge or claim judged baseless
 * is denied, not criticised (a phrase naming one is skipped).  The
 * clause's own verb may be the charge ("said the government had failed
 * pensioners"): 1 for a criticism, 2 for a charge of deceit ("said the
 * minister had misled parliament", 112); 0 for no verdict. */
static int ex_verdict_clause(const ex_state *st, size_t j)
{
    /* A charge told by the clause's own verb: "said the government had
     * failed pensioners", "said Mr Smith had misled parliament" (its
     * subject an actor, ex_charge_verb_subject) */
    static const char *const charge_verb[] = {
        "failed",    "betrayed",   "misled",     "deceived",  "lied",
        "bungled",   "mismanaged", "squandered", "wrecked",   "reneged",
        "botched",   "mishandled", "neglected",  NULL};
    /* words of praise: "was right to", "had done a good job" */
    static const char *const right[] = {"right", "wise", "correct",
                                        "courageous", NULL};
    static const char *const good[] = {
        "good", "great", "excellent", "fine", "superb", "tremendous",
        "remarkable", "fantastic", "splendid", "magnificent", NULL};
    /* (to lie or deceive is a wrong, charged as an accusation, 112) */
    static const char *const deceit[] = {"lied", "misled", "deceived",
                                         NULL};

    static const char *const degree[] = {
        "clearly", "totally", "completely", "entirely", "absolutely",
        "simply", "quite", "very", "highly", "deeply", "utterly", "also",
        "still", NULL};
    static const char *const said_of[] = {
        "report", "reports", "charge", "charges", "claim", "claims",
        "allegation", "allegations", "accusation", "accusations",
        "rumours", "rumors", "speculation", NULL};
    size_t k, v, e = j + 28 < st->ntoks ? j + 28 : st->ntoks;
    for (k = j; k < e; k++) {
        if (ex_reported_clause_ends(st, k) ||
            ex_pronoun_is(&st->toks[k], said_of))
            return 0;
        /* "said GM violated contract provisions" (112) */
        if (ex_rule_breached(st, k, e) && !st->sports_sentence &&
            !st->sports_doc)
            return ex_breach_subject(st, j, k) ? 2 : 0;
        /* ("the Security Council's resolution threatening oil
         * sanctions if it failed to end violence ... was unfair": a
         * charge verb under "if" or "unless" inside the subject phrase
         * is the condition's, no charge; the verdict may follow) */
        if (ex_pronoun_is(&st->toks[k], charge_verb) &&
            ex_condition_verb(st, j, k))
            continue;
        if ((ex_pronoun_is(&st->toks[k], charge_verb) ||
             ex_broken_promise(st, k, e) || ex_unkept_promise(st, k, e)) &&
            !st->sports_sentence && !st->sports_doc)
            return !ex_charge_verb_subject(st, j, k)    ? 0
                   : ex_pronoun_is(&st->toks[k], deceit) ? 2
                                                         : 1;
        /* "officials said Japan had done nothing since the March
         * announcement to alter", "said the government did little to
         * help farmers": a duty left undone, charged as "had failed to"
         * is (claim31); not a defence ("said France did nothing
         * wrong", "did nothing to provoke it") */
        if ((ex_tok_is(st, k, "done") || ex_tok_is(st, k, "did")) &&
            k + 1 < e &&
            (ex_tok_is(st, k + 1, "nothing") ||
             ex_tok_is(st, k + 1, "little")) &&
            !st->sports_sentence && !st->sports_doc)
            return !ex_pronoun_is(&st->toks[k + 2 < st->ntoks ? k + 2 : k],
                                  ex_wrong_done) &&
                           !(ex_tok_is(st, k + 2, "to") &&
                             k + 3 < e &&
                             ex_pronoun_is(&st->toks[k + 3],
                                           ex_wrong_earned)) &&
                           ex_charge_verb_subject(st, j, k)
                       ? (ex_thing_by_actor_subject(st, j, k) ? 4 : 1)
                       : 0;
        /* praise: "said the minister had done a good job" (3, 051) */
        if (ex_tok_is(st, k, "done") && !st->sports_sentence &&
            !st->sports_doc && ex_charge_verb_subject(st, j, k)) {
            v = k + 1 < e && ex_is_quote(st, k + 1) ? k + 2 : k + 1;
            return v + 2 < e && ex_tok_is(st, v, "a") &&
                           ex_pronoun_is(&st->toks[v + 1], good) &&
                           ex_tok_is(st, v + 2, "job")
                       ? 3
                       : 0;
        }
        /* (past "has been", "had been" too: "said the ministry had been
         * wrong to") */
        if (ex_pronoun_is(&st->toks[k], ex_have_be_finite) &&
            !ex_pronoun_is(&st->toks[k], ex_be_finite) && k + 1 < e &&
            ex_tok_is(st, k + 1, "been"))
            k++;
        else if (!ex_pronoun_is(&st->toks[k], ex_be_finite))
            continue;
        /* "said West Germany was apparently breaching the Louvre
         * accord" (112, ex_rule_breached) */
        for (v = k + 1; v < e && v <= k + 2; v++)
            if (ex_rule_breached(st, v, e) && !st->sports_sentence &&
                !st->sports_doc)
                return ex_breach_subject(st, j, v) ? 2 : 0;
        for (v = k + 1; v < e && ex_pronoun_is(&st->toks[v], degree); v++)
            ;
        if (v < e && ex_is_quote(st, v))
            v++; /* 'are "disturbing"' */
        /* "said Labour was right to reject the plan" (praise, 3) */
        if (v + 1 < e && ex_pronoun_is(&st->toks[v], right) &&
            ex_tok_is(st, v + 1, "to") && !st->sports_sentence &&
            !st->sports_doc)
            return 3;
        /* "said the Japanese package was a constructive step", "was
         * welcome" (praise, 3) */
        if (ex_praise_verdict(st, v, e) && !st->sports_sentence &&
            !st->sports_doc)
            return 3;
        /* "said a bill passed by the Senate committee is too
         * restrictive", "said Zhao was not forceful enough", "said
         * federal pot policies are out of touch with public opinion"
         * (tone30): a quality found in excess or wanting judges what
         * the subject phrase names, as a word of condemnation does (the
         * dev gold codes Volcker's "too restrictive" and the pot
         * policies 111); a measure, a time or an amount ("prices were
         * too high", "it is too early to say", "the two sides were too
         * far apart") is no verdict on anyone */
        if (ex_too_verdict(st, v, e))
            return 1;
        if (v < e && st->toks[v].tag == KG_W_DET && v + 1 < e &&
            (ex_pronoun_is(&st->toks[v + 1], ex_verdict_nouns) ||
             /* 'was a "shambles"' */
             (ex_is_quote(st, v + 1) && v + 2 < e &&
              ex_pronoun_is(&st->toks[v + 2], ex_verdict_nouns))))
            return 1;
        return v < e && ex_pronoun_is(&st->toks[v], ex_verdict_words);
    }
    return 0;
}

/* The mention that opens a clause at *j, past its articles, an epithet
 * ("charged that neighbouring Tajikistan was sheltering") or a title the
 * name's mention does not hold ("alleged that President Mwai Kibaki's
 * government"); *j is left where the mention should start (the caller
 * checks m->t0 == *j). */
static const ex_mention *ex_clause_opener(const ex_state *st, size_t *j)
{
    const ex_mention *m;
    while (*j < st->ntoks && st->toks[*j].tag == KG_W_DET)
        (*j)++;
    if (*j + 1 < st->ntoks && st->toks[*j].kind == KG_TOK_WORD &&
        ex_epithet_adj(st, *j) && (m = ex_mention_at(st, *j + 1)) != NULL &&
        m->t0 == *j + 1)
        (*j)++;
    /* ("alleged that Mr Ebbers directed": an honorific is no title and
     * opens the person's name; legal32) */
    if (*j + 1 < st->ntoks && ex_pronoun_is(&st->toks[*j], ex_honorifics) &&
        (m = ex_mention_at(st, *j + 1)) != NULL && m->t0 == *j + 1)
        (*j)++;
    m = *j < st->ntoks ? ex_mention_at(st, *j) : NULL;
    if (*j < st->ntoks && (!m || m->t0 != *j)) {
        const char *agent = NULL;
        size_t n = ex_match_title(st, *j, &agent);
        if (n > 0 && *j + n < st->ntoks)
            m = ex_mention_at(st, *j += n);
    }
    return m;
}

/* "A report ... alleged that France was aware of preparations for the
 * genocide": to allege that someone did or knew something is to accuse
 * them (112), whatever the clause says; "claim" is left to
 * ex_claim_verb, as a claim need not blame anyone.  The accused is the
 * actor that opens the clause. */
/* "He told reporters Gordon Brown had failed the pensioners", "told the
 * BBC that": a verb of telling names its hearer before the clause it
 * reports, an actor or a plain noun ("reporters", "a news conference");
 * the token right after the hearer (where ex_allegations reads the
 * clause), or j (the token after the verb) when token i is no "told"
 * or no hearer is found. */
static size_t ex_told_hearer(const ex_state *st, size_t i, size_t j)
{
    const ex_mention *m;
    size_t k = j, words = 0;
    if (!ex_tok_is(st, i, "told") && !ex_tok_is(st, i, "tells"))
        return j;
    if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    if ((m = ex_mention_at(st, k)) != NULL && m->t0 == k && !m->ent.is_value)
        k = m->t1;
    else
        while (k < st->ntoks && words < 3 &&
               st->toks[k].kind == KG_TOK_WORD &&
               st->toks[k].tag == KG_W_NONE && !st->toks[k].covered &&
               !(st->toks[k].flags & KG_TOKF_CAP) &&
               !ex_tok_is(st, k, "that")) {
            k++;
            words++;
        }
    if (k == j || (m == NULL && words == 0))
        return j;
    k = ex_when_phrase(st, k);
    /* (a plain noun as the hearer without "that": one word, "told
     * reporters"; more are the clause's own words) */
    if (k < st->ntoks && !ex_tok_is(st, k, "that") && m == NULL && words > 1)
        return j;
    return k;
}

/* "Tony Blair has failed the pensioners, said Michael Howard.",
 * '"The plan is unfair," says the Tory leader.': a speech verb right
 * after the comma that closes what was said (or its quote), with its
 * speaker after it to the sentence's end (past a date, or an apposition
 * of plain words after a comma: "..., said Mr Smith, the party's
 * chairman.").  Returns the speaker's mention, or NULL. */
static const ex_mention *ex_inverted_tail_speaker(const ex_state *st,
                                                  size_t i)
{
    const ex_mention *m;
    size_t k;
    if (i < 3 || !(ex_tok_punct(st, i - 1, ',') ||
                   (ex_is_quote(st, i - 1) && ex_tok_punct(st, i - 2, ','))))
        return NULL;
    k = i + 1;
    if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    if (k >= st->ntoks || !(m = ex_actor_at(st, k)) || m->t0 != k ||
        !m->ent.code || !*m->ent.code || m->ent.is_value ||
        ex_is_date(&m->ent))
        return NULL;
    k = ex_when_phrase(st, m->t1);
    if (k < st->ntoks && ex_tok_punct(st, k, ',')) {
        /* (an apposition: no verb of its own, "adding that", "who") */
        for (k++; k < st->ntoks && !ex_tok_punct(st, k, '.'); k++)
            if (st->toks[k].kind != KG_TOK_WORD || ex_is_ing(st, k) ||
                st->toks[k].tag == KG_W_SUB ||
                st->toks[k].tag == KG_W_SPEECH || ex_tok_is(st, k, "that"))
                return NULL;
    }
    return k >= st->ntoks || (ex_tok_punct(st, k, '.') && k + 1 >= st->ntoks)
               ? m
               : NULL;
}

static const char *const ex_allege_words[] = {"allege", "alleges", "alleged",
                                              "alleging", NULL};
static const char *const ex_charge_words[] = {"charged", "charging", NULL};
/* (a verdict claimed is said: "the Tories claimed Labour had broken its
 * promise") */
static const char *const ex_claim_words[] = {"claimed", "claims", NULL};
/* (ex_allegations reads the verbs of those lists, and
 * ex_verdict_say_word's, at every token: their first bytes first) */
EX_WORD_GATE(ex_alleg_gate, ex_allege_words, ex_charge_words, ex_claim_words,
             ex_verdict_say);

/* Does the verb of saying at token i follow the close of what was said
 * past token n: a comma and a closing quote mark after n, then up to
 * six words of the speaker's name before i ('...," Mousavi told')? */
static int ex_said_after_close(const ex_state *st, size_t n, size_t i)
{
    size_t k;
    for (k = i; k-- > n + 1 && i - k <= 7;)
        if (ex_is_quote(st, k) && ex_tok_punct(st, k - 1, ','))
            return 1;
        else if (st->toks[k].kind != KG_TOK_WORD)
            return 0;
    return 0;
}

/* The coded actor (no value, no date) whose mention opens at token k or
 * past up to two plain words after it, or NULL: the doer named after a
 * fault noun's "of", "with", "on" or "by" (ex_blame_target,
 * ex_fault_by_owner; their articles and owners already read past). */
static const ex_mention *ex_actor_past_words(const ex_state *st, size_t k)
{
    const ex_mention *m;
    size_t w;
    for (w = 0; w < 2 && k < st->ntoks && !ex_actor_at(st, k) &&
                ex_plain_word(st, k);
         w++)
        k++;
    m = k < st->ntoks ? ex_actor_at(st, k) : NULL;
    return m && m->t0 == k && m->ent.code && *m->ent.code &&
                   !m->ent.is_value && !ex_is_date(&m->ent)
               ? m
               : NULL;
}

/* "said the explosions that brought down two airliners were the work of
 * terrorists linked to al-Qaeda", "considers the protocol inactive
 * through the fault of Turkey", "agreed that much of the blame lay with
 * U.S. policy": a deed or a harm laid at an actor's door, in what a
 * speaker said, is the speaker's charge against it (112, as "blamed X
 * for" is; said32).  Token n is "work" after "was", "were", "is", "are",
 * "been" or "be" ("could be the work of") and "the" (an adverb of degree
 * between: "was partly the work of"), "fault" after "the" ("through the
 * fault of"), or "blame" before a form of lie, rest or fall ("must lie
 * with", "lay", "rests") and "with" or "on".
 * The actor follows "of", "with" or "on" (an article or up to two
 * plain words between); not a work of art or of a body ("praised the
 * work of the Federal Reserve": no be-verb before), and not "not the
 * fault of".  The actor's mention, or NULL. */
static const ex_mention *ex_blame_target(const ex_state *st, size_t n)
{
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "be", NULL};
    static const char *const degree[] = {"partly", "largely", "entirely",
                                         "clearly", "mainly", "all",
                                         "wholly", NULL};
    static const char *const lies[] = {"lies", "lay", "rests", "rested",
                                       "falls", "fell", "lie", "rest",
                                       "fall", NULL};
    size_t k;
    if (n < 1 || n + 2 >= st->ntoks)
        return NULL;
    if (ex_tok_is(st, n, "work") || ex_tok_is(st, n, "fault")) {
        if (!ex_tok_is(st, n - 1, "the") || !ex_tok_is(st, n + 1, "of") ||
            n < 2)
            return NULL;
        k = n - 2;
        if (ex_pronoun_is(&st->toks[k], degree) && k > 0)
            k--;
        if (ex_tok_is(st, n, "work") && !ex_pronoun_is(&st->toks[k], be))
            return NULL;
        if (ex_tok_is(st, k, "not") || ex_tok_is(st, k, "n't") ||
            (k > 0 && (ex_tok_is(st, k - 1, "not") ||
                       ex_tok_is(st, k - 1, "n't"))))
            return NULL;
        k = n + 2;
    } else if (ex_tok_is(st, n, "blame") &&
               ex_pronoun_is(&st->toks[n + 1], lies) &&
               (ex_tok_is(st, n + 2, "with") || ex_tok_is(st, n + 2, "on"))) {
        k = n + 3;
    } else if (ex_tok_is(st, n, "blame") &&
               (st->toks[n + 1].tag == KG_W_MODAL ||
                st->toks[n + 1].tag == KG_W_FUTURE) &&
               ex_pronoun_is(&st->toks[n + 2], lies) &&
               (ex_tok_is(st, n + 3, "with") || ex_tok_is(st, n + 3, "on"))) {
        k = n + 4; /* ("the blame must lie with") */
    } else
        return NULL;
    if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    return ex_actor_past_words(st, k);
}

/* Does token t end in "s'" ("States'", "Philippines'"), a plural
 * name's owner's mark written in the same token? */
static int ex_plural_possessive(const ex_state *st, size_t t)
{
    const ex_tok *k = &st->toks[t];
    return k->kind == KG_TOK_WORD && k->end - k->start >= 3 &&
           st->doc->text[k->end - 1] == '\'' &&
           st->doc->text[k->end - 2] == 's';
}

/* "the United States' increasing \"economic aggression\"": up to two
 * plain words (and the quote marks about them) may stand between a
 * fault noun's owner and the noun (ex_fault_noun_quoted, said32).  From
 * b, the token after the words before the noun, the end of the owner's
 * name and its "'s" or "'", or b itself when no owner's mark is found
 * that way; "Brazil's intransigence" gives the token of "'s". */
static size_t ex_fault_owner_end(const ex_state *st, size_t b)
{
    size_t x = b, n = 0;
    for (;;) {
        if (x > 1 && ex_tok_possessive(st, x - 1))
            return x - 1;
        /* ("the United States' increasing": the apostrophe alone after
         * a name that ends in "s", its owner's mark) */
        if (x > 1 && x < b && ex_plural_possessive(st, x - 1) &&
            ex_actor_before(st, x) != NULL)
            return x;
        if (x > 1 && ex_is_quote(st, x - 1)) {
            x--;
            continue;
        }
        if (n < 2 && x > 1 && ex_plain_word(st, x - 1) &&
            !st->toks[x - 1].trigger) {
            x--;
            n++;
            continue;
        }
        return b;
    }
}

/* "\"major neglect\" by its American-led allies", "interference by U.S.
 * Government officials in the Fairchild deal": a fault noun whose doer
 * follows "by" (past a closing quote, an article or "its", "their", and
 * up to two plain words) is that doer's fault, as "Brazil's
 * intransigence" is Brazil's (ex_fault_noun_quoted, said32).  The
 * doer's mention, a coded actor, or NULL. */
static const ex_mention *ex_fault_by_owner(const ex_state *st, size_t n)
{
    size_t k = n + 1;
    if (k < st->ntoks && ex_is_quote(st, k))
        k++;
    if (k >= st->ntoks || !ex_tok_is(st, k, "by"))
        return NULL;
    k++;
    if (k < st->ntoks &&
        (st->toks[k].tag == KG_W_DET || st->toks[k].tag == KG_W_POSS ||
         ex_tok_is(st, k, "its") || ex_tok_is(st, k, "their")))
        k++;
    return ex_actor_past_words(st, k);
}

/* '"This is typical of Lib Dem hypocrisy," said Caroline Spelman',
 * '"... this perfidious American aggression," Mousavi told a news
 * conference': a speaker who names another's fault with a noun of blame
 * that the other's name modifies or owns ("Lib Dem hypocrisy",
 * "Brazil's intransigence") criticises that other (111), as "said X was
 * hypocritical" does (ex_verdict_clause).  The noun is inside what was
 * said: before a verb of saying whose speaker ends the sentence
 * (ex_inverted_tail_speaker), or after a verb of saying with its
 * subject, within its clause (no "but", no stop; 20 tokens).  A speaker
 * who is the named actor is left (one's own fault admitted), as is a
 * fault asked to shrink ("less interference").  Called at the end of
 * ex_allegations, whose cue (a verb of saying) it shares. */
static int ex_fault_noun_quoted(ex_state *st, const kg_sentence *s,
                                size_t idx, ex_emitted *seen, size_t *nseen,
                                kg_relation_cb cb, void *payload)
{
    static const char *const fault[] = {
        "hypocrisy",   "arrogance",    "incompetence", "intransigence",
        "aggression",  "interference", "meddling",     "deceit",
        "complacency", "cynicism",     "duplicity",    "treachery",
        "mismanagement", "negligence", "ineptitude",   "bullying",
        "scaremongering", "obstinacy", "obstructionism", "perfidy",
        "belligerence", "recklessness",
        /* (said32: "said that \"major neglect\" by its American-led
         * allies led to a massacre") */
        "neglect", NULL};
    static const char *const measure[] = {"less", "more", "no", "any",
                                          "further", "without", NULL};
    static const kg_onto_relation criticize = {
        .pattern = "say", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    static const kg_onto_relation accuse = {
        .pattern = "say", .type = "accuse", .label = "accuses",
        .cameo = "112", .plover = "ACCUSE", .quad = 3};
    size_t n, i;
    int err;
    for (n = 1; n < st->ntoks; n++) {
        const ex_mention *m, *sp = NULL;
        const kg_entity *speaker = NULL;
        size_t b = n;
        int negated, by;
        const char *modality;
        const ex_mention *blamed = ex_blame_target(st, n);
        if (!blamed && !ex_pronoun_is(&st->toks[n], fault))
            continue;
        /* (the doer named after the noun, "the work of", "by", first;
         * else its owner before it) */
        by = (m = blamed ? blamed : ex_fault_by_owner(st, n)) != NULL;
        if (!by) {
            if (ex_is_quote(st, b - 1) && b > 1)
                b--; /* 'Labour\'s "arrogance"' */
            b = ex_fault_owner_end(st, b);
            if (!(m = ex_actor_before(st, b)) || !m->ent.code ||
                !*m->ent.code)
                continue;
        }
        /* (a fault asked to shrink is no one's named: "pressing for less
         * government interference") */
        if (m->t0 > 0 && ex_pronoun_is(&st->toks[m->t0 - 1], measure))
            continue;
        /* (nor "less interference by Syria": the word before the noun) */
        if (by && n > 0 &&
            (ex_pronoun_is(&st->toks[n - 1], measure) ||
             (n > 1 && ex_is_quote(st, n - 1) &&
              ex_pronoun_is(&st->toks[n - 2], measure))))
            continue;
        /* (the owner is no object of a preposition of place or cause:
         * "the fight against American aggression" is the fight's) */
        if (!by && m->t0 > 0 && st->toks[m->t0 - 1].tag == KG_W_PREP &&
            !ex_tok_is(st, m->t0 - 1, "of"))
            continue;
        /* the speaker: a verb of saying after the noun, its speaker
         * ending the sentence; else one before it, its subject's */
        for (i = n + 1; i < st->ntoks && !speaker; i++) {
            if (!ex_verdict_say_word(&st->toks[i]))
                continue;
            /* ('..., said Mr Smith.', '...," Mousavi told a news
             * conference': the verb after the close of what was said) */
            if ((sp = ex_inverted_tail_speaker(st, i)) != NULL)
                speaker = &sp->ent;
            else if (ex_said_after_close(st, n, i))
                speaker = ex_subject_of(st, i);
            break;
        }
        if (!speaker) {
            for (i = n; i-- > 1 && n - i <= 20;) {
                if (ex_tok_punct(st, i, '.') || ex_tok_punct(st, i, ';') ||
                    ex_tok_is(st, i, "but"))
                    break;
                if (ex_verdict_say_word(&st->toks[i])) {
                    speaker = ex_subject_of(st, i);
                    break;
                }
            }
        }
        if (!speaker || !speaker->code || !*speaker->code ||
            ex_same_id(speaker, &m->ent))
            continue;
        /* (a pair the sentence's charge already relates, "because of the
         * Philippines' increasing aggression" read 1123, or an owner
         * read after "by" or across words, is not told twice) */
        if ((by || b != n) && ex_pair_emitted(seen, *nseen, speaker, &m->ent))
            continue;
        /* (only the negation is taken: the blame is passed in the saying,
         * whatever mood the quoted clause is in, "we will retaliate for
         * this perfidious American aggression") */
        ex_cues(st, 0, n, &negated, &modality);
        if ((err = ex_emit(st, s, idx, speaker, &m->ent,
                           blamed ? &accuse : &criticize, n, n + 1,
                           negated, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "amid Tory claims the ads were anti-Semitic", "amid Chinese claims that
 * Tokyo had broken the pact", "Washington's claims that": the noun
 * "claims" right after its owner (a coded actor, a demonym, a
 * possessive) is that owner's, not the subject's of the clause the
 * noun stands in ("Milburn has defended ... amid Tory claims": the
 * Tories claim, not Milburn).  For the verb ("China claims Japan ...")
 * the actor right before is its subject, the same one.  The owner, or
 * NULL. */
const kg_entity *ex_claims_owner(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t k;
    if (i == 0 || !ex_tok_is(st, i, "claims"))
        return NULL;
    k = i - 1;
    if (ex_tok_possessive(st, k) && k > 0)
        k--;
    m = ex_mention_at(st, k);
    return m && m->t1 == k + 1 && !m->dropped && !m->ent.is_value &&
                   m->ent.code && *m->ent.code
               ? &m->ent
               : NULL;
}

/* "charged that France and Britain have disrupted", "said the French,
 * British and West German governments had subsidised": the coded actors
 * listed after the clause subject m (commas, a last "and"), up to max
 * into out, when the list ends in "and" right before the clause's verb
 * (an auxiliary, a modal or a word in "-ed"); else 0.  Each member is
 * the one the charge is about, as m is. */
static size_t ex_clause_subject_list(const ex_state *st, const ex_mention *m,
                                     const kg_entity **out, size_t max)
{
    size_t k, n = ex_list_and(st, m, out, max, &k);
    if (!n || k >= st->ntoks ||
        !(st->toks[k].tag == KG_W_AUX || st->toks[k].tag == KG_W_MODAL ||
          st->toks[k].tag == KG_W_FUTURE ||
          ex_pronoun_is(&st->toks[k], ex_have_be_finite) ||
          (st->toks[k].kind == KG_TOK_WORD && st->toks[k].tag == KG_W_NONE &&
           ex_ends_ed(st, k))))
        return 0;
    return n;
}

/* "Prosecutors contend that executives from the major tobacco firms met",
 * "Prosecution lawyers have argued that Mr Ebbers orchestrated a series of
 * accounting tricks": what a prosecutor argues, contends, maintains,
 * asserts or insists of a named party in a case is the prosecution's
 * allegation (112), whatever the deed told, as "Prosecutors allege that"
 * is (the real-news README: a prosecutor's accusation stays coded; the
 * dev gold codes both sentences ---JUD 112).  A prosecutor's plain "said"
 * is left to ex_wrongdoing_code (reports of a case: "prosecutors said
 * they had found contamination").  Is the verb at i such a pleading verb,
 * with "that" (a date between allowed) at t, whose subject is a
 * prosecutor (a JUD code, a word of prosecution in its mention or right
 * before it)? (legal32) */
static int ex_prosecutor_pleads(ex_state *st, size_t i, size_t t)
{
    static const char *const plead[] = {
        "argued",     "argues",   "contended", "contends", "maintained",
        "maintains",  "asserted", "asserts",   "insisted", "insists",
        /* (the plain form after a plural subject, "Prosecutors contend
         * that"; fix32) */
        "argue",      "contend",  "maintain",  "assert",   "insist",
        NULL};
    static const char *const prosecution[] = {
        "prosecutor", "prosecutors", "prosecution", NULL};
    const kg_entity *subj;
    size_t k;
    if (!ex_pronoun_is(&st->toks[i], plead) || t >= st->ntoks ||
        !ex_tok_is(st, t, "that") ||
        (subj = ex_subject_of(st, i)) == NULL || subj->is_value ||
        !subj->code || !ex_code_ends(subj->code, "JUD"))
        return 0;
    k = ex_tok_from(st, subj->start);
    for (k = k > 0 ? k - 1 : k; k < i && st->toks[k].start < subj->end; k++)
        if (ex_pronoun_is(&st->toks[k], prosecution))
            return 1;
    return 0;
}

int ex_allegations(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen,
                   kg_relation_cb cb, void *payload)
{
    const char *const *allege = ex_allege_words,
                      *const *charge = ex_charge_words,
                      *const *claim = ex_claim_words;
    static const char *const trailing[] = {"alleged", "charged", NULL};
    static const kg_onto_relation accuse = {
        .pattern = "allege", .type = "accuse", .label = "accuses",
        .cameo = "112", .plover = "ACCUSE", .quad = 3};
    static const kg_onto_relation criticize = {
        .pattern = "say", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    static const kg_onto_relation praise = {
        .pattern = "say", .type = "praise", .label = "praises",
        .cameo = "051", .plover = "SUPPORT", .quad = 1};
    /* (ex_thing_by_actor_subject: "has done little to defuse") */
    static const kg_onto_relation gloom = {
        .pattern = "say", .type = "concern", .label = "is pessimistic about",
        .cameo = "012", .quad = 1};
    size_t i, j;
    int err;
    if (!ex_has_cues(st, EX_CUE_ALLEG) && !ex_has_cues(st, EX_CUE_WRONG))
        return KG_OK; /* "alleged", ex_wrongdoing_code */
    for (i = 1; i + 1 < st->ntoks; i++) {
        const kg_entity *claimant;
        const ex_mention *m, *inverted = NULL;
        const char *modality, *wrong = NULL;
        kg_onto_relation said_wrong;
        int negated, clause, claimed;
        if (st->toks[i].trigger || st->toks[i].covered ||
            st->toks[i - 1].tag == KG_W_DET || /* "the alleged plot" */
            !ex_word_gate_may(&ex_alleg_gate, st->toks[i].lower))
            continue;
        /* "an attack against alleged guerrilla targets", "in sight -
         * alleged European subsidies": after a preposition or a dash the
         * word describes a noun; no one alleges there ("to allege" is
         * the verb) */
        if (ex_pronoun_is(&st->toks[i], allege) &&
            ((st->toks[i - 1].tag == KG_W_PREP &&
              !ex_tok_is(st, i - 1, "to")) ||
             ex_tok_punct(st, i - 1, '-') || ex_dash_tok(st, i - 1)))
            continue;
        /* (a verb of saying, alleging or charging first: the date
         * after it is read for those alone) */
        claimed = ex_pronoun_is(&st->toks[i], claim) &&
                  (st->toks[i].tag == KG_W_NONE ||
                   st->toks[i].tag == KG_W_SPEECH);
        if (!(ex_verdict_say_word(&st->toks[i]) || claimed ||
              ex_pronoun_is(&st->toks[i], allege) ||
              ex_pronoun_is(&st->toks[i], charge)))
            continue;
        /* "alleged on Thursday that", "charged Sunday that": wire copy
         * dates the charge right after its verb */
        j = ex_told_hearer(st, i, ex_when_phrase(st, i + 1));
        if (ex_verdict_say_word(&st->toks[i]) || claimed) {
            /* "Yerevan said Azerbaijani forces had launched an unprovoked
             * offensive", "the State Department said in its annual human
             * rights report on Friday that Russian forces had tortured
             * detainees": a wrongdoing said of another is charged, as
             * with "alleged" (1121-1125, ex_wrongdoing_code); past a
             * report or statement it is said in */
            static const char *const span[] = {"this", "last", "week",
                                               "month", "year", NULL};
            size_t k, t;
            int verdict = 0;
            /* "Tokyo has failed to open its markets, the US said": the
             * clause before a speaker who ends the sentence (as
             * ex_trailing_charge reads "..., X charged") */
            int said_after = 0;
            if (j >= st->ntoks ||
                (ex_tok_punct(st, j, '.') && j + 1 >= st->ntoks) ||
                /* ("..., said Michael Howard.") */
                (inverted = ex_inverted_tail_speaker(st, i)) != NULL) {
                j = ex_trailing_charge(st, i);
                said_after = 1;
            }
            if (ex_tok_is(st, j, "in"))
                for (k = j + 1; k < st->ntoks && k <= j + 10 &&
                                st->toks[k].kind == KG_TOK_WORD;
                     k++)
                    if (ex_tok_is(st, k, "that")) {
                        j = k;
                        break;
                    }
            /* ("said this week that": a time the date reader leaves) */
            t = j;
            while (t < j + 2 && t < st->ntoks &&
                   ex_pronoun_is(&st->toks[t], span))
                t++;
            /* (a trailing speaker passes a verdict; a wrongdoing told
             * before "..., sources said" is mostly news of a case:
             * "officials arrested on embezzlement charges have been
             * released, judicial sources said") */
            /* ("claimed": a verdict only; a wrongdoing claimed is
             * ex_claim_verb's) */
            if (!(wrong = said_after || claimed ? NULL
                                                : ex_wrongdoing_code(st, j)) &&
                !(verdict =
                      ex_verdict_clause(st, t + ex_tok_is(st, t, "that"))) &&
                /* (a prosecutor's plea: an allegation, as "allege") */
                (said_after || !ex_prosecutor_pleads(st, i, t)))
                continue;
            j = t;
            if (!wrong && verdict) /* ex_verdict_clause */
                wrong = verdict == 4   ? "012"
                        : verdict == 3 ? "051"
                        : verdict == 2 ? "112"
                                       : "111";
        } else if (ex_pronoun_is(&st->toks[i], trailing) &&
            (j >= st->ntoks || (ex_tok_is(st, j, ".") && j + 1 >= st->ntoks)))
            j = ex_trailing_charge(st, i);
        else if (!(ex_pronoun_is(&st->toks[i], allege) ||
                   /* "The United States charged that a Soviet test...": a
                    * charge laid in words (with "that": "charged him with"
                    * is a court's, 173; "charges that" mostly a noun: "on
                    * charges that he") */
                   (ex_pronoun_is(&st->toks[i], charge) &&
                    ex_tok_is(st, j, "that"))))
            continue;
        clause = wrong != NULL;
        if (ex_tok_is(st, j, "that")) {
            j++;
            clause = 1;
        }
        m = ex_clause_opener(st, &j);
        if (j < st->ntoks && (!m || m->t0 != j) && clause &&
            (wrong || (wrong = ex_wrongdoing_code(st, j)) != NULL)) {
            /* "said a former state governor had siphoned off millions",
             * "charged that senior figures in Mugabe's ZANU-PF had
             * pocketed": a wrongdoing charges the actor its subject
             * phrase names (the first, before the phrase's verb; in a
             * clause: not "into alleged war crimes by Russia") */
            size_t k;
            m = NULL;
            for (k = j; k < st->ntoks && k < j + 8 &&
                        st->toks[k].kind != KG_TOK_PUNCT &&
                        !ex_pronoun_is(&st->toks[k], ex_have_be_finite);
                 k++) {
                const ex_mention *x = ex_actor_at(st, k);
                if (x && x->ent.code && *x->ent.code) {
                    m = x;
                    j = k;
                    break;
                }
            }
        }
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent) ||
            (!(claimant = inverted  ? &inverted->ent
                          : claimed ? ex_claims_owner(st, i)
                                    : NULL) &&
             !(claimant = ex_subject_of(st, i))))
            continue;
        if (wrong) {
            /* (a coded actor charges another: not "police said the man
             * had been tortured", nor one's own forces' report) */
            if (!m->ent.code || !*m->ent.code || !claimant->code ||
                !*claimant->code || ex_same_id(claimant, &m->ent) ||
                !strcmp(claimant->code, m->ent.code))
                continue;
            /* (a verdict on a state of things in a place is no one's
             * deed: "said the situation in Darfur is disturbing", "said
             * a warehouse in Singapore was a positive move") */
            /* (past an article: "said criticism of its missile tests
             * at the United Nations was unfair") */
            size_t b = m->t0 > 1 && st->toks[m->t0 - 1].tag == KG_W_DET
                           ? m->t0 - 1
                           : m->t0;
            if ((!strcmp(wrong, "111") || !strcmp(wrong, "051")) &&
                b > 0 && st->toks[b - 1].tag == KG_W_PREP &&
                !ex_tok_is(st, b - 1, "by") &&
                !ex_tok_is(st, b - 1, "from"))
                continue;
            /* (the public told it is right to worry is not praised:
             * "Blair said people are right to be concerned") */
            if (!strcmp(wrong, "051") && strlen(m->ent.code) >= 3 &&
                !strcmp(m->ent.code + strlen(m->ent.code) - 3, "CVL"))
                continue;
            said_wrong = !strcmp(wrong, "051")   ? praise
                         : !strcmp(wrong, "012") ? gloom
                         : strcmp(wrong, "111") ? accuse
                                                : criticize;
            said_wrong.cameo = wrong;
        }
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, claimant, &m->ent,
                           wrong ? &said_wrong : &accuse, i, i + 1,
                           negated, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
        {
            /* ("charged that France and Britain have disrupted": each
             * member of the clause subject's list) */
            const kg_entity *co[4];
            size_t c, nco = ex_clause_subject_list(st, m, co, 4);
            for (c = 0; c < nco; c++) {
                if (ex_same_id(claimant, co[c]) ||
                    (wrong && claimant->code && co[c]->code &&
                     !strcmp(claimant->code, co[c]->code)))
                    continue;
                if ((err = ex_emit(st, s, idx, claimant, co[c],
                                   wrong ? &said_wrong : &accuse, i, i + 1,
                                   negated, "asserted", NULL, 0.5, seen,
                                   nseen, cb, payload)) != 0)
                    return err;
            }
        }
    }
    return ex_fault_noun_quoted(st, s, idx, seen, nseen, cb, payload);
}

/* "as part of a settlement of FTC charges that Cooper's merger would
 * lessen competition", "agreed to settle SEC charges that": a charge
 * that is settled was laid before the story and is its background; the
 * settlement is the news (small31: 1 coded event on the three corpora,
 * reuters-7831#1 USAGOV -> USABUS 112).  Does "settlement of" or a form
 * of "settle" (an article or a possessive between allowed) stand right
 * before token np, where the charge's phrase starts? */
static int ex_settled_charge(const ex_state *st, size_t np)
{
    size_t j = np;
    if (j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                  st->toks[j - 1].tag == KG_W_POSS))
        j--;
    if (j == 0 || st->toks[j - 1].kind != KG_TOK_WORD)
        return 0;
    if (!strncmp(st->toks[j - 1].lower, "settle", 6))
        return 1; /* "settle", "settled", "settles", "settling" */
    return j >= 2 && ex_tok_is(st, j - 1, "of") &&
           (ex_tok_is(st, j - 2, "settlement") ||
            ex_tok_is(st, j - 2, "settlements"));
}

/* "Washington stepped up its charges that Damascus was sheltering
 * insurgent leaders", "Iranian charges that Kuwait is supporting Iraq",
 * "accusations by Ivory Coast authorities that it used excessive force":
 * a charge told as a noun whose "that" clause names who did it accuses
 * that actor (112, as "charged that", ex_allegations).  The accuser is
 * the noun's owner: the actor after "by", the actor or possessive right
 * before the noun, or the subject of a verb that makes or presses the
 * charge ("made allegations that", "stepped up charges that").  A noun
 * with no owner is no one's charge ("pleaded guilty to charges that he",
 * "amid allegations that the firm"); an "it" or "they" opening the
 * clause is the one who answers the charge, the subject of the clause
 * the noun is in ("France defended itself against accusations by Ivory
 * Coast authorities that it used excessive force"). */
int ex_charge_nouns(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload)
{
    static const char *const nouns[] = {"charge",      "charges",
                                        "accusation",  "accusations",
                                        "allegation",  "allegations",
                                        NULL};
    /* verbs that lay or press a charge their subject owns */
    static const char *const lay[] = {
        "made",      "make",      "makes",      "making",     "renewed",
        "renew",     "renews",    "renewing",   "repeated",   "repeat",
        "repeats",   "repeating", "reiterated", "reiterate",  "reiterates",
        "levelled",  "leveled",   "level",      "levels",     "levelling",
        "leveling",  "pressed",   "press",      "presses",    "pressing",
        "intensified", "intensify", "voiced",   "aired",      NULL};
    static const char *const stepped[] = {"stepped", "step", "steps",
                                          "stepping", NULL};
    static const char *const it[] = {"it", "they", NULL};
    static const kg_onto_relation accuse = {
        .pattern = "accusation", .type = "accuse", .label = "accuses",
        .cameo = "112", .plover = "ACCUSE", .quad = 3};
    size_t n, j, k;
    int err;
    /* (one of the nouns in the sentence: "allegation" is noted as an
     * "alleg" word) */
    if (!ex_has_cues(st, EX_CUE_CHARGE) && !ex_has_cues(st, EX_CUE_ALLEG))
        return KG_OK;
    for (n = 1; n + 2 < st->ntoks; n++) {
        const kg_entity *accuser = NULL, *accused = NULL;
        const ex_mention *m;
        size_t np = n; /* where the noun's phrase starts */
        if (!ex_pronoun_is(&st->toks[n], nouns))
            continue;
        j = n + 1;
        if (ex_tok_is(st, j, "by")) {
            /* "accusations by Ivory Coast authorities, and some western
             * evacuees, that": the first actor after "by" */
            if (!(m = ex_actor_from(st, j + 1)))
                continue;
            accuser = &m->ent;
            for (j = m->t1; j < st->ntoks && j < m->t1 + 8 &&
                            !ex_tok_is(st, j, "that") &&
                            !ex_tok_punct(st, j, '.') &&
                            !ex_tok_punct(st, j, ';') &&
                            !st->toks[j].trigger;
                 j++)
                ;
        } else {
            /* "Iranian charges", "Washington's accusations", "its
             * charges": the owner right before the noun */
            k = n - 1;
            if (ex_tok_possessive(st, k) && k > 0)
                k--;
            if ((m = ex_mention_at(st, k)) != NULL && m->t1 == k + 1 &&
                !m->dropped && !m->ent.is_value) {
                accuser = &m->ent;
                np = m->t0;
            } else {
                /* "made allegations that", "stepped up its charges
                 * that": past an article or a possessive and up to two
                 * modifiers, a verb that lays the charge */
                k = n - 1;
                if ((st->toks[k].tag == KG_W_DET ||
                     st->toks[k].tag == KG_W_POSS) &&
                    k > 0)
                    k--;
                for (j = 0; j < 2 && k > 0 && st->toks[k].tag == KG_W_NONE &&
                            st->toks[k].kind == KG_TOK_WORD &&
                            !st->toks[k].trigger &&
                            !(st->toks[k].flags & KG_TOKF_CAP) &&
                            !ex_pronoun_is(&st->toks[k], lay) &&
                            !ex_tok_is(st, k, "up");
                     j++)
                    k--;
                if (ex_tok_is(st, k, "up") && k > 0 &&
                    ex_pronoun_is(&st->toks[k - 1], stepped))
                    k--;
                else if (!ex_pronoun_is(&st->toks[k], lay))
                    continue;
                accuser = ex_subject_of(st, k);
                np = 0; /* (its "it" is the accuser's own) */
            }
            j = n + 1;
        }
        if (!accuser || j >= st->ntoks || !ex_tok_is(st, j, "that") ||
            ex_settled_charge(st, np ? np : n))
            continue;
        j++;
        j = ex_after_dets(st, j);
        if (j + 1 < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
            ex_epithet_adj(st, j) && (m = ex_mention_at(st, j + 1)) != NULL &&
            m->t0 == j + 1)
            j++;
        if (j >= st->ntoks)
            continue;
        while (np > 1 && st->toks[np - 1].tag == KG_W_DET)
            np--;
        if (ex_pronoun_is(&st->toks[j], it) &&
            (m = ex_mention_at(st, j)) == NULL) {
            /* (the one who answers the charge: the subject of the verb
             * the noun's phrase follows) */
            if (np > 1)
                accused = ex_subject_of(st, np - 1);
        }
        else if ((m = ex_actor_at(st, j)) != NULL && !ex_is_date(&m->ent))
            accused = &m->ent;
        if (!accused || !accused->code || !*accused->code ||
            !accuser->code || !*accuser->code ||
            ex_same_id(accuser, accused) ||
            !strcmp(accuser->code, accused->code))
            continue;
        if ((err = ex_emit(st, s, idx, accuser, accused, &accuse, n, n + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "Turkey said it would reconsider its ties unless Syria closed the
 * camps", "Ankara said on Monday that it will review its trade ties if
 * Damascus does not back down": an act the lexicon does not code,
 * that an actor says it will do "unless" (or "if" with a negation)
 * another coded actor acts, is held over that one, a
 * plain threat (130) at the actor opening the condition, as
 * "threatened to retaliate if Tokyo does not" is (ex_threat_to).  The
 * speaker's own "will" or "would" comes right after it ("said it
 * would", "said that they will"); no relation was read between it and
 * the condition (a coded act is made a threat where it is read:
 * ex_unless_threat), nor is it negated ("would not resume talks
 * unless": a refusal), nor does it name another coded actor.  ("warned
 * it would": the warning itself is the threat, ex_warning_party.) */
int ex_unless_held_acts(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    static const char *const will[] = {"will", "would", "shall", NULL};
    static const char *const nots[] = {"not", "never", "no", NULL};
    /* (a state, no act: "said it would be impossible if Congress did not
     * have confidence" speaks of a thing) */
    static const char *const state[] = {"be", "become", "remain", "stay",
                                        "seem", NULL};
    static const kg_onto_relation threat = {
        .pattern = "threaten to", .type = "threaten", .label = "threatens",
        .cameo = "130", .plover = "THREATEN", .quad = 3};
    size_t u, w, v, k;
    int err;
    for (u = 4; u + 2 < st->ntoks; u++) {
        const ex_mention *pm, *sm, *om;
        const kg_entity *speaker;
        if (!(ex_tok_is(st, u, "unless") ||
              (ex_tok_is(st, u, "if") && ex_negative_if(st, u))) ||
            ex_condition_word(st, u) != u)
            continue;
        k = ex_after_dets(st, u + 1);
        if (!(pm = ex_mention_at(st, k)) || !pm->ent.code || !*pm->ent.code)
            continue;
        /* the speaker's modal, in the clause (at most 14 words back) */
        for (w = u; w-- > 0 && w + 14 > u;)
            if (ex_pronoun_is(&st->toks[w], will) ||
                ex_tok_punct(st, w, ',') || ex_tok_punct(st, w, ';') ||
                ex_tok_punct(st, w, ':') || st->toks[w].trigger ||
                st->toks[w].tag == KG_W_SUB || st->toks[w].tag == KG_W_COND)
                break;
        if (w == (size_t)-1 || w + 14 <= u || w < 3 ||
            !ex_pronoun_is(&st->toks[w], will) ||
            ex_pronoun_is(&st->toks[w + 1], nots) ||
            ex_pronoun_is(&st->toks[w + 1], state))
            continue;
        /* the subject right before the modal, after the speech verb
         * ("said it would", "warned that they would"): the speaker's own
         * pronoun, or the speaker named again */
        sm = ex_actor_before(st, w);
        v = w - 1;
        if (sm)
            v = sm->t0;
        else if (!ex_pronoun_is(&st->toks[w - 1], ex_subject_pronouns))
            continue;
        if (v > 0 && ex_tok_is(st, v - 1, "that"))
            v--;
        /* (a date between: "said on Monday it would") */
        for (k = v; k-- > 0 && k + 5 > v;)
            if (k + 1 == v || ex_when_phrase(st, k + 1) == v)
                if (st->toks[k].tag == KG_W_SPEECH)
                    break;
        if (k == (size_t)-1 || k + 5 <= v)
            continue;
        speaker = ex_subject_of(st, k);
        if (!speaker || !speaker->code || !*speaker->code ||
            (sm && !ex_same_id(speaker, &sm->ent)) ||
            ex_same_id(speaker, &pm->ent) ||
            !strcmp(speaker->code, pm->ent.code) ||
            (speaker->country && !strcmp(speaker->country, pm->ent.code)))
            continue;
        /* (no other coded actor in the act than the two, its own "its"
         * aside: "would follow Brazil's lead unless" names a model) */
        for (k = w + 1; k < u; k++)
            if ((om = ex_mention_at(st, k)) != NULL && !om->dropped &&
                !om->ent.is_value && om->ent.code && *om->ent.code &&
                strcmp(om->ent.code, pm->ent.code) != 0 &&
                strcmp(om->ent.code, speaker->code) != 0)
                break;
        if (k < u)
            continue;
        if ((err = ex_emit(st, s, idx, speaker, &pm->ent, &threat, w + 1,
                           w + 2, 0, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The code of what an actor "will face" at token k (a few words of
 * description before it: "serious retaliation", "an embargo on
 * high-technology exports", "air strikes"): 1312 for sanctions, 138 for
 * force, 130 for consequences or retaliation, else NULL. */
static const char *ex_faced_code(const ex_state *st, size_t k)
{
    static const char *const sanction[] = {
        "sanctions", "sanction", "embargo", "embargoes", "boycott",
        "boycotts",  "tariffs",  NULL};
    static const char *const force[] = {"strikes", "attack", "attacks",
                                        "invasion", "bombing", "bombings",
                                        NULL};
    static const char *const plain[] = {"consequences", "retaliation",
                                        "reprisals",    "repercussions",
                                        "punishment",   NULL};
    size_t e;
    for (e = k; e < st->ntoks && e < k + 4; e++) {
        const ex_tok *t = &st->toks[e];
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) || t->mention)
            return NULL;
        if (ex_pronoun_is(t, sanction))
            return "1312";
        if (ex_pronoun_is(t, force) ||
            (ex_tok_is(st, e, "action") && e > k &&
             ex_tok_is(st, e - 1, "military")))
            return "138";
        if (ex_pronoun_is(t, plain))
            return "130";
    }
    return NULL;
}

/* Does "pay dearly", "pay the price" or "pay a heavy price" open at
 * token k ("pay" at k)? */
static int ex_pay_price(const ex_state *st, size_t k)
{
    size_t e;
    if (!ex_tok_is(st, k, "pay") || k + 1 >= st->ntoks)
        return 0;
    if (ex_tok_is(st, k + 1, "dearly"))
        return 1;
    for (e = k + 1; e < st->ntoks && e < k + 4; e++)
        if (ex_tok_is(st, e, "price"))
            return st->toks[k + 1].tag == KG_W_DET;
    return 0;
}

/* The one who will face what the modal at w puts forward: the coded
 * actor that ends right before it as the clause's subject (after the
 * sentence's start, a punctuation mark, "that", a speech verb or a date
 * after one: "said Taipei would face"), or, for "it" or "they", the
 * actor the speaker told or warned right before ("told Uganda on Friday
 * that it would pay dearly"); else NULL. */
static const ex_mention *ex_facing_actor(const ex_state *st, size_t w)
{
    static const char *const told[] = {"told",   "tells",  "warned",
                                       "warns",  "warning", "informed",
                                       "reminded", NULL};
    static const char *const pron[] = {"it", "they", NULL};
    const ex_mention *m;
    size_t b, v;
    if (w == 0)
        return NULL;
    if (ex_pronoun_is(&st->toks[w - 1], pron)) {
        v = ex_before_when(st, w - 1);
        if (v != (size_t)-1 && ex_tok_is(st, v, "that"))
            v = ex_before_when(st, v);
        v = v != (size_t)-1 ? ex_before_when(st, v + 1) : v;
        if (v == (size_t)-1 || !(m = ex_mention_at(st, v)) ||
            m->t1 != v + 1 || m->t0 == 0 ||
            !ex_pronoun_is(&st->toks[m->t0 - 1], told))
            return NULL;
    } else if (!(m = ex_mention_at(st, w - 1)) || m->t1 != w) {
        return NULL;
    } else {
        b = ex_before_dets(st, m->t0);
        if (b > 0 && st->toks[b - 1].kind == KG_TOK_WORD &&
            !ex_tok_is(st, b - 1, "that") &&
            st->toks[b - 1].tag != KG_W_SPEECH &&
            !((v = ex_before_when(st, b)) != b - 1 && v != (size_t)-1 &&
              (st->toks[v].tag == KG_W_SPEECH || ex_tok_is(st, v, "that"))))
            return NULL;
    }
    if (m->dropped || m->ent.is_value || ex_is_date(&m->ent) ||
        !m->ent.code || !*m->ent.code)
        return NULL;
    return m;
}

/* "Taipei would face consequences if it went ahead with the referendum,
 * Beijing said", "New Delhi could face an embargo on high-technology
 * exports if it tested again, Japan's foreign minister said", "told
 * Uganda that it would pay dearly for backing the rebels": what a
 * speaker says another actor "will", "would", "could" or "may" face
 * (sanctions or an embargo, force, consequences or retaliation), or
 * that it will "pay dearly" or "pay the price", is the speaker's threat
 * to it (1312, 138, 130), as "warned it would impose sanctions" is.
 * The speaker (ex_speaker) speaks before the clause or after it past a
 * comma, is coded, and is neither the one who faces it nor its country
 * ("Iran said it could face sanctions" threatens no one); "would not
 * face" is none. */
int ex_face_threats(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload)
{
    static const char *const modal[] = {"will",  "would", "could", "may",
                                        "might", "shall", "'ll",   "'d",
                                        NULL};
    static const char *const warned[] = {"warned", "warns", NULL};
    static const char *const adverb[] = {"also", "now",  "soon",
                                         "then", "certainly", "surely",
                                         NULL};
    static const kg_onto_relation threat[3] = {
        {.pattern = "threaten", .type = "threaten", .label = "threatens",
         .cameo = "130", .plover = "THREATEN", .quad = 3},
        {.pattern = "threaten", .type = "threaten",
         .label = "threatens with sanctions", .cameo = "1312",
         .plover = "THREATEN", .quad = 3},
        {.pattern = "threaten", .type = "threaten",
         .label = "threatens with force", .cameo = "138",
         .plover = "THREATEN", .quad = 3}};
    size_t f, w, at, e, k;
    int err;
    for (f = 2; f + 1 < st->ntoks; f++) {
        const ex_mention *ym;
        const kg_entity *sp;
        const char *code;
        kg_entity speaker;
        const kg_onto_relation *rel;
        if (!(ex_tok_is(st, f, "face") || ex_tok_is(st, f, "pay")))
            continue;
        code = ex_tok_is(st, f, "pay") ? (ex_pay_price(st, f) ? "130" : NULL)
                                       : ex_faced_code(st, f + 1);
        if (!code)
            continue;
        /* the modal, past an adverb or an opening quote ("will 'pay the
         * price'") */
        for (w = f; w-- > 0 && f - w <= 3;)
            if (!(ex_pronoun_is(&st->toks[w], adverb) ||
                  ex_is_quote(st, w) || ex_tok_punct(st, w, '\'')))
                break;
        if (w == (size_t)-1 || !ex_pronoun_is(&st->toks[w], modal) ||
            !(ym = ex_facing_actor(st, w)))
            continue;
        /* (the speech verb before the clause, or after it past a comma:
         * "..., Beijing said"; a warning there is one too: "..., Sweden
         * warned") */
        if (!ex_speaker(st, &at, &speaker))
            at = (size_t)-1;
        for (e = f + 1; e < st->ntoks && !ex_tok_punct(st, e, ','); e++)
            ;
        for (k = st->ntoks; k-- > e + 1;)
            if (ex_pronoun_is(&st->toks[k], warned) &&
                (at == (size_t)-1 || k > at) &&
                (sp = ex_subject_of(st, k)) != NULL) {
                speaker = *sp;
                at = k;
                break;
            }
        if (at == (size_t)-1 || !(at < ym->t0 || (at > f && e < at)) ||
            !speaker.code || !*speaker.code ||
            ex_same_id(&speaker, &ym->ent) ||
            !strcmp(speaker.code, ym->ent.code) ||
            (speaker.country && !strcmp(speaker.country, ym->ent.code)))
            continue;
        for (k = ym->t1; k < f; k++)
            if (st->toks[k].tag == KG_W_NEG)
                break;
        if (k < f)
            continue;
        rel = !strcmp(code, "1312") ? &threat[1]
              : !strcmp(code, "138") ? &threat[2]
                                     : &threat[0];
        if ((err = ex_emit(st, s, idx, &speaker, &ym->ent, rel, f, f + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The code of a state's concession told by the verb at token v, done
 * (no "to", modal or negation right before it): a resignation ("quit",
 * "resigned", "stepped down": 0831), a policy dropped ("scrapped its
 * fuel tax rise", "halted work on", "repealed the farm laws": 0832, a
 * noun of policy within eight words, no punctuation between), "agreed
 * (in 1998) to" (083), rights given ("gave women the vote": 0833), or a
 * climb-down ("backed down", "relented": 080); else NULL. */
static const char *ex_concession_code(const ex_state *st, size_t v)
{
    static const char *const quit[] = {"quit",     "quits",   "resigned",
                                       "resigns",  NULL};
    static const char *const down[] = {"stepped", "steps", "stood",
                                       "stands",  "backed", "backs",
                                       NULL};
    static const char *const drop[] = {
        "scrapped",   "scraps",    "dropped",   "drops",     "repealed",
        "repeals",    "abandoned", "abandons",  "shelved",   "shelves",
        "withdrew",   "withdraws", "reversed",  "reverses",  "cancelled",
        "canceled",   "cancels",   "rescinded", "rescinds",  "revoked",
        "revokes",    "halted",    "halts",     "suspended", "suspends",
        "postponed",  "postpones", NULL};
    static const char *const policy[] = {
        "plan",     "plans",    "law",      "laws",       "tax",
        "taxes",    "rise",     "hike",     "increase",   "bill",
        "proposal", "proposals", "decree",  "project",    "policy",
        "measure",  "measures", "rule",     "rules",      "work",
        "requirement", "reform", "reforms", "legislation", "amendment",
        NULL};
    static const char *const give[] = {"gave", "gives", "granted", "grants",
                                       NULL};
    static const char *const right[] = {"vote", "right", "rights", NULL};
    static const char *const block[] = {
        "to",    "not",   "n't",   "never", "will", "would", "could",
        "may",   "might", "should", "must", "can",  "cannot", NULL};
    size_t k;
    if (v > 0 && ex_pronoun_is(&st->toks[v - 1], block))
        return NULL;
    if (ex_pronoun_is(&st->toks[v], quit))
        return "0831";
    if (ex_pronoun_is(&st->toks[v], down) && v + 1 < st->ntoks &&
        ex_tok_is(st, v + 1, "down"))
        return st->toks[v].lower[0] == 'b' ? "080" : "0831";
    if (ex_tok_is(st, v, "relented") || ex_tok_is(st, v, "relents"))
        return "080";
    if (ex_tok_is(st, v, "agreed") || ex_tok_is(st, v, "agrees")) {
        k = ex_skip_when(st, v + 1);
        return k < st->ntoks && ex_tok_is(st, k, "to") ? "083" : NULL;
    }
    if (ex_pronoun_is(&st->toks[v], drop) || ex_pronoun_is(&st->toks[v], give))
        for (k = v + 1; k < st->ntoks && k < v + 9; k++) {
            if (st->toks[k].kind == KG_TOK_PUNCT &&
                !ex_tok_punct(st, k, '-'))
                return NULL;
            if (ex_pronoun_is(&st->toks[v], drop) &&
                ex_pronoun_is(&st->toks[k], policy))
                return "0832";
            if (ex_pronoun_is(&st->toks[v], give) &&
                ex_pronoun_is(&st->toks[k], right))
                return "0833";
        }
    return NULL;
}

/* "Sri Lanka's president quit after months of street protests", "France's
 * government scrapped its fuel tax rise after weeks of protests", "Israel
 * halted work on the settlement after Washington objected", "Facing
 * pressure from Brussels, Warsaw dropped its plan": a state's concession
 * (ex_concession_code) that no lexicon entry read (no relation at its
 * verb) yields to the party whose protests, pressure or objection the
 * sentence names (ex_concession_party: the protesters of its own
 * country when only their protests are named).  The one who concedes is
 * the verb's subject: a government, its army or its legislature, or a
 * country (read as its government). */
int ex_protest_concessions(ex_state *st, const kg_sentence *s, size_t idx,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload)
{
    static const kg_onto_relation yields[] = {
        {.pattern = "yield", .type = "yield", .label = "yields to",
         .cameo = "080", .plover = "CONCEDE", .quad = 2},
        {.pattern = "yield", .type = "yield",
         .label = "accedes to demands of", .cameo = "083",
         .plover = "CONCEDE", .quad = 2},
        {.pattern = "yield", .type = "yield",
         .label = "accedes to leadership change demanded by",
         .cameo = "0831", .plover = "CONCEDE", .quad = 2},
        {.pattern = "yield", .type = "yield",
         .label = "accedes to policy change demanded by", .cameo = "0832",
         .plover = "CONCEDE", .quad = 2},
        {.pattern = "yield", .type = "yield",
         .label = "accedes to rights demanded by", .cameo = "0833",
         .plover = "CONCEDE", .quad = 2}};
    size_t v, r;
    int err;
    if (!ex_concession_cue(st))
        return KG_OK; /* (no one named to give in to) */
    for (v = 1; v < st->ntoks; v++) {
        const char *code;
        const kg_entity *subj, *party;
        kg_entity state;
        if (st->toks[v].trigger || st->toks[v].quote ||
            !(code = ex_concession_code(st, v)) ||
            !(subj = ex_subject_of(st, v)) || !subj->code || !subj->country)
            continue;
        state = *subj;
        if (subj->type && !strcmp(subj->type, "Country") &&
            !strcmp(subj->code, subj->country)) {
            /* ("France scrapped": its government; a country resigns
             * no office) */
            if (!strcmp(code, "0831"))
                continue;
            state.code = ex_concat(st, subj->country, "GOV");
        }
        if (!state.code || strlen(state.code) != 6 ||
            !(ex_code_ends(state.code, "GOV") ||
              ex_code_ends(state.code, "MIL") ||
              ex_code_ends(state.code, "LEG")) ||
            !(party = ex_concession_party(st, &state, v)) ||
            !strncmp(party->code, "---", 3))
            continue; /* (a crowd of no country: "bowing to protesters'") */
        for (r = 0; strcmp(yields[r].cameo, code) != 0; r++)
            ;
        if ((err = ex_emit(st, s, idx, subj, party, &yields[r], v, v + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* Does a protest noun (a sit-in, a camp, a strike, a blockade, the
 * streets) stand within four words after token k, no punctuation but a
 * hyphen between? */
static int ex_protest_noun_after(const ex_state *st, size_t k)
{
    static const char *const nouns[] = {
        "sit-in",    "sit-ins",   "camp",     "camps",     "protest",
        "protests",  "strike",    "strikes",  "blockade",  "blockades",
        "occupation", "campaign", "demonstration", "demonstrations",
        "vigil",     "barricades", "streets", "street",    "square",
        "march",     "marches",   "rally",    "rallies",   NULL};
    size_t e;
    for (e = k; e < st->ntoks && e < k + 5; e++) {
        if (st->toks[e].kind == KG_TOK_PUNCT && !ex_tok_punct(st, e, '-'))
            return 0;
        if (ex_pronoun_is(&st->toks[e], nouns))
            return 1;
    }
    return 0;
}

/* The end of a protest kept up at token v, or 0: "stay" or "remain"
 * (after "to" or a modal; "stay put", "stay on the streets") with an
 * "until" within six words; a protest noun after a verb of ending
 * ("end", "call off", "fold", "clear", "lift", "abandon") refused or
 * denied ("refused to end their sit-in", "vowed not to end", "would not
 * fold their tent camp"); or after "keep up" or "continue" with an
 * "until", "despite", "defying" or "ignoring" after it.  *until is set
 * to the "until" read, or 0. */
static const char *const ex_dissent_stay[] = {"stay", "remain", NULL};
static const char *const ex_dissent_end[] = {
    "end",  "call", "fold", "clear", "lift", "abandon", "halt", "stop",
    "dismantle", NULL};
static const char *const ex_dissent_keep[] = {"keep", "continue", NULL};

/* (the verb first, by the first bytes of those lists' words: most
 * tokens are none of them) */
EX_WORD_GATE(ex_dissent_gate, ex_dissent_stay, ex_dissent_end,
             ex_dissent_keep);

static size_t ex_dissent_kept(const ex_state *st, size_t v, size_t *until)
{
    const char *const *stay = ex_dissent_stay, *const *end = ex_dissent_end,
                      *const *keep = ex_dissent_keep;
    static const char *const lead[] = {"to",  "will", "would", "shall",
                                       "'ll", NULL};
    static const char *const refuse[] = {"refused", "refuse", "refuses",
                                         "refusing", "not",   "never",
                                         NULL};
    static const char *const nots[] = {"not", "n't", "never", NULL};
    static const char *const defy[] = {"despite", "defying", "ignoring",
                                       NULL};
    size_t k, e;
    *until = 0;
    if (!ex_word_gate_may(&ex_dissent_gate, st->toks[v].lower))
        return 0;
    /* (then the word before it: every reading below asks it to be one
     * of lead, or "to" or one of nots, and few words follow those) */
    if (v < 2 || !(ex_pronoun_is(&st->toks[v - 1], lead) ||
                   ex_pronoun_is(&st->toks[v - 1], nots)))
        return 0;
    if (!(ex_pronoun_is(&st->toks[v], stay) ||
          ex_pronoun_is(&st->toks[v], keep) ||
          ex_pronoun_is(&st->toks[v], end)))
        return 0;
    for (k = v + 1; k < st->ntoks && k < v + 8; k++) {
        if (ex_tok_is(st, k, "until") || ex_tok_is(st, k, "till")) {
            *until = k;
            break;
        }
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_punct(st, k, '-'))
            break;
    }
    if (ex_pronoun_is(&st->toks[v], stay))
        return ex_pronoun_is(&st->toks[v - 1], lead) && *until ? v + 1 : 0;
    if (ex_pronoun_is(&st->toks[v], keep)) {
        e = ex_tok_is(st, v + 1, "up") ? v + 2 : v + 1;
        if (!ex_pronoun_is(&st->toks[v - 1], lead) ||
            !ex_protest_noun_after(st, e))
            return 0;
        for (k = e; k < st->ntoks && !*until; k++)
            if (ex_pronoun_is(&st->toks[k], defy))
                return e;
        return *until ? e : 0;
    }
    if (!ex_pronoun_is(&st->toks[v], end) ||
        (ex_tok_is(st, v, "call") && !ex_tok_is(st, v + 1, "off")))
        return 0;
    e = ex_tok_is(st, v, "call") ? v + 2 : v + 1;
    if (!(ex_tok_is(st, v - 1, "to") ? ex_pronoun_is(&st->toks[v - 2], refuse)
                                     : ex_pronoun_is(&st->toks[v - 1], nots) &&
                                           ex_pronoun_is(&st->toks[v - 2],
                                                         lead)))
        return 0;
    return ex_protest_noun_after(st, e) ? e : 0;
}

/* Does the sentence tell of protest: a word of protest, strike,
 * demonstration, occupation, a sit-in or a camp ("students occupying the
 * parliament building", "protesters", "striking miners", "stay on the
 * streets")? */
static int ex_protest_sentence(const ex_state *st)
{
    static const char *const stems[] = {"protest", "demonstrat", "strik",
                                        "occup",   "sit-in",     "camp",
                                        "rall",    "march",      "streets",
                                        NULL};
    size_t j, k;
    for (j = 0; j < st->ntoks; j++)
        for (k = 0; stems[k]; k++)
            if (!strncmp(st->toks[j].lower, stems[k], strlen(stems[k])))
                return 1;
    return 0;
}

/* "Students occupying the parliament vowed to stay until Suharto
 * resigned", "the protesters refused to end their sit-in", "supporters
 * of the opposition said they would not fold their tent camp until the
 * government annuls the vote", "vowed to keep up their street campaign
 * despite government appeals to go home": dissent kept up
 * (ex_dissent_kept) by a people, its opposition, students, workers or
 * farmers (CVL, OPP, EDU, LAB, AGR) refuses to ease it (1242), aimed
 * at the one whose act the "until" waits for (ex_until_party), else at
 * the protesters' own country (ex_own_country); not when the "until"
 * names a date ("will remain in Madagascar until Tuesday"), and a stay
 * only in a sentence of protest (ex_protest_sentence).  The subject is
 * the verb's ("vowed to stay": the vower's). */
int ex_dissent_kept_up(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload)
{
    static const char *const people[] = {"CVL", "OPP", "EDU", "LAB", "AGR",
                                         NULL};
    static const kg_onto_relation refuse = {
        .pattern = "refuse", .type = "reject",
        .label = "refuses to ease dissent against", .cameo = "1242",
        .plover = "REJECT", .quad = 3};
    size_t v, e, until, r;
    int err;
    for (v = 2; v + 1 < st->ntoks; v++) {
        const kg_entity *subj, *target;
        const ex_mention *um;
        size_t w;
        if (st->toks[v].quote || !(e = ex_dissent_kept(st, v, &until)))
            continue;
        /* ("vowed on Wednesday to stay": the vower, read at its verb) */
        w = ex_tok_is(st, v - 1, "to") ? ex_before_when(st, v - 1) : v;
        if (w == (size_t)-1 || !(subj = ex_subject_of(st, w)))
            subj = ex_subject_of(st, v);
        if (!subj || !subj->code ||
            !subj->country || strlen(subj->code) < 6 ||
            (subj->type && !strcmp(subj->type, "Country")))
            continue;
        for (r = 0; people[r] && !ex_code_ends(subj->code, people[r]); r++)
            ;
        if (!people[r] ||
            /* ("will remain in Madagascar until Tuesday": a stay) */
            (until && ex_when_phrase(st, until + 1) != until + 1) ||
            ((ex_tok_is(st, v, "stay") || ex_tok_is(st, v, "remain")) &&
             !ex_protest_sentence(st)))
            continue;
        um = until ? ex_until_party(st, until, subj) : NULL;
        target = um ? &um->ent : ex_own_country(st, subj, refuse.cameo);
        if (!target)
            continue;
        if ((err = ex_emit(st, s, idx, subj, target, &refuse, v, e, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The code of a refusal to ease the measure a noun at token k names:
 * 1244 for sanctions, an embargo or tariffs, 1241 for a ban or
 * restrictions; else NULL.  With unread only restrictions, curbs,
 * controls and requirements (the lexicon's sanction and ban nouns are
 * read where they stand: ex_sanctions_kept in clauses.c). */
static const char *ex_kept_measure(const ex_state *st, size_t k, int unread)
{
    static const char *const sanctions[] = {"sanctions", "embargo",
                                            "tariffs",   "boycott",
                                            "quotas",    NULL};
    static const char *const curbs[] = {"restrictions", "curbs", "controls",
                                        "requirements", NULL};
    if (ex_pronoun_is(&st->toks[k], curbs) ||
        (!unread && ex_tok_is(st, k, "ban")))
        return "1241";
    return !unread && ex_pronoun_is(&st->toks[k], sanctions) ? "1244" : NULL;
}

/* The coded actor a measure at token k is "on" or "against" (an
 * imposed in between: "the visa requirements it imposed on Georgian
 * citizens"), before token end, or NULL. */
static const ex_mention *ex_measure_target(const ex_state *st, size_t k,
                                           size_t end)
{
    size_t j;
    for (j = k + 1; j + 1 < end && j < k + 6; j++)
        if (ex_tok_is(st, j, "on") || ex_tok_is(st, j, "against"))
            return ex_actor_from(st, j + 1);
    return NULL;
}

/* "The embargo on Havana would stay in place, Bush said", "the ban on
 * the Islamic Salvation Front will stay in place, the interior minister
 * said", "Washington will keep visa restrictions on Belarusian officials
 * in place": a measure kept is one not eased, a refusal to ease it (1244
 * for sanctions, 1241 for a ban or restrictions), by the one who keeps it
 * (the verb's subject) or, for a measure that "will stay" or "remain in
 * place" or "in force", by the sentence's speaker, aimed at the one the
 * measure is on (or, with none, the one an "until" waits for: "the
 * tariffs would remain in force until Japan abided by the agreement").
 * Not under "if" nor denied ("will not stay in place"). */
static const char *const ex_kept_stay[] = {"stay", "stays", "remain",
                                           "remains", NULL};
static const char *const ex_kept_keep[] = {
    "keep",     "keeps",      "kept",        "keeping", "maintain",
    "maintains", "maintained", "maintaining", "retain", "retains",
    "retained", NULL};
/* (the verbs of both lists by their first bytes, before the lists: most
 * tokens are none of them) */
EX_WORD_GATE(ex_kept_gate, ex_kept_stay, ex_kept_keep);

int ex_measures_kept(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload)
{
    const char *const *stay = ex_kept_stay, *const *keep = ex_kept_keep;
    static const char *const held[] = {"place", "force", "effect", NULL};
    static const kg_onto_relation refuse[2] = {
        {.pattern = "keep", .type = "reject",
         .label = "refuses to ease sanctions on", .cameo = "1244",
         .plover = "REJECT", .quad = 3},
        {.pattern = "keep", .type = "reject",
         .label = "refuses to ease restrictions on", .cameo = "1241",
         .plover = "REJECT", .quad = 3}};
    size_t v, j, k;
    int err;
    for (v = 1; v + 2 < st->ntoks; v++) {
        const kg_entity *owner = NULL, *target = NULL;
        const ex_mention *tm = NULL;
        const char *code = NULL;
        kg_entity speaker;
        size_t at;
        int in_place;
        if (!ex_word_gate_may(&ex_kept_gate, st->toks[v].lower))
            continue;
        in_place = ex_pronoun_is(&st->toks[v], stay) &&
                   ex_tok_is(st, v + 1, "in") &&
                   ex_pronoun_is(&st->toks[v + 2], held);
        if (st->toks[v].quote ||
            !(in_place || ex_pronoun_is(&st->toks[v], keep)))
            continue;
        /* (no condition, no denial in the clause before it) */
        for (j = v; j-- > 0;) {
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';') ||
                ex_tok_punct(st, j, ':'))
                break;
            if (st->toks[j].tag == KG_W_COND || st->toks[j].tag == KG_W_NEG)
                break;
        }
        if (j != (size_t)-1 && (st->toks[j].tag == KG_W_COND ||
                                st->toks[j].tag == KG_W_NEG))
            continue;
        if (in_place) {
            /* the measure that stays: a noun within ten words before */
            for (k = v; k-- > 0 && k + 10 > v;) {
                if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';'))
                    break;
                if ((code = ex_kept_measure(st, k, 0)) != NULL)
                    break;
            }
            if (!code)
                continue;
            tm = ex_measure_target(st, k, v);
            if (!ex_speaker(st, &at, &speaker))
                continue;
            owner = &speaker;
            if (!tm && (tm = ex_until_party(st, v + 3, owner)) == NULL)
                continue;
        } else {
            /* "will keep visa restrictions on Belarusian officials in
             * place" (no sanction noun: the lexicon reads those) */
            for (k = v + 1; k < st->ntoks && k < v + 5; k++)
                if ((code = ex_kept_measure(st, k, 1)) != NULL ||
                    st->toks[k].kind == KG_TOK_PUNCT)
                    break;
            if (!code || !(tm = ex_measure_target(st, k, st->ntoks)) ||
                !(owner = ex_subject_of(st, v)))
                continue;
        }
        target = &tm->ent;
        if (!owner->code || !*owner->code || !target->code ||
            !*target->code || ex_same_id(owner, target) ||
            !strcmp(owner->code, target->code))
            continue;
        if ((err = ex_emit(st, s, idx, owner, target,
                           &refuse[!strcmp(code, "1241")], v, v + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* Does the sentence name an international body (a mention coded IGO,
 * not a value nor absorbed)?  Without one ex_igo_admitted has no one
 * admitted to look for: "Sudan allowed reporters into Darfur". */
static int ex_igo_named(const ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++)
        if (!st->ments[i].dropped && !st->ments[i].ent.is_value &&
            st->ments[i].ent.code &&
            !strncmp(st->ments[i].ent.code, "IGO", 3))
            return 1;
    return 0;
}

/* "Sudan agreed to the arrival of UN troops in Darfur", "Zimbabwe has
 * agreed to let a United Nations envoy tour areas hit by", "Sudan allowed
 * UN troops into Darfur": a state that lets in, admits or accepts the
 * people of an international body (an IGO-coded actor whose mention ends
 * in, or is followed by, a noun of its forces, envoys, monitors,
 * inspectors or relief workers, within three words after the verb, or
 * after "the arrival of", "the deployment of") allows international
 * involvement (086; 0861 for its forces, 0862 for inspectors, 0863 for
 * relief), as the lexicon's rows for peacekeepers, monitors and
 * inspectors have it for the noun alone.  Done only: a past verb with no
 * modal, negation or "to" before it, or the base verb or the arrival
 * after "agreed to" (an accepted concession is made, as the lexicon's
 * "agree to" rows have it); not "would let", "must let", "it let the IMF
 * play a role" (no body's people), nor a verb a relation was read from.
 * The state is the verb's subject (a country, a government or its
 * army). */
int ex_igo_admitted(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload)
{
    static const char *const done[] = {
        "allowed",  "allows",   "admitted", "admits", "accepted",
        "accepts",  "cleared",  "welcomed", "welcomes", NULL};
    static const char *const agreed[] = {"allow", "let", "admit", "accept",
                                         NULL};
    static const char *const not_done[] = {
        "to",     "not",    "n't",   "never", "would", "will", "could",
        "may",    "might",  "must",  "should", "can",  NULL};
    static const char *const people[] = {
        "troops",   "peacekeepers", "soldiers",  "force",   "forces",
        "monitors", "observers",    "inspectors", "envoy",  "team",
        "mission",  "investigators", "agencies", "workers", "experts",
        "convoy",   "convoys",      "flights",   NULL};
    static const char *const arrival[] = {"arrival",    "deployment",
                                          "stationing", "entry",
                                          "return",     NULL};
    static const char *const relief[] = {"relief", "aid", "humanitarian",
                                         "food",   NULL};
    static const char *const inspect[] = {"inspectors", "inspector",
                                          "inspection", "monitors",
                                          NULL};
    static const char *const forces[] = {"troops", "peacekeepers",
                                         "soldiers", "force", "forces",
                                         NULL};
    static const kg_onto_relation allow[4] = {
        {.pattern = "allow", .type = "allow_access",
         .label = "allows involvement of", .cameo = "086",
         .plover = "CONCEDE", .quad = 2},
        {.pattern = "allow", .type = "allow_access",
         .label = "receives peacekeepers of", .cameo = "0861",
         .plover = "CONCEDE", .quad = 2},
        {.pattern = "allow", .type = "allow_access",
         .label = "receives inspectors of", .cameo = "0862",
         .plover = "CONCEDE", .quad = 2},
        {.pattern = "allow", .type = "allow_access",
         .label = "allows humanitarian access to", .cameo = "0863",
         .plover = "CONCEDE", .quad = 2}};
    size_t v, j, k;
    int err;
    if (!ex_igo_named(st))
        return KG_OK;
    for (v = 1; v + 2 < st->ntoks; v++) {
        const ex_mention *m = NULL;
        const kg_entity *subj;
        size_t r = 0;
        int is_let = (ex_pronoun_is(&st->toks[v], done) &&
                      !ex_pronoun_is(&st->toks[v - 1], not_done)) ||
                     (ex_pronoun_is(&st->toks[v], agreed) && v >= 2 &&
                      ex_tok_is(st, v - 1, "to") &&
                      (ex_tok_is(st, v - 2, "agreed") ||
                       ex_tok_is(st, v - 2, "agrees")));
        /* ("agreed to the arrival of UN troops") */
        int arrive = ex_tok_is(st, v, "to") && v > 0 &&
                     (ex_tok_is(st, v - 1, "agreed") ||
                      ex_tok_is(st, v - 1, "agrees")) &&
                     ex_tok_is(st, v + 1, "the") && v + 3 < st->ntoks &&
                     ex_pronoun_is(&st->toks[v + 2], arrival) &&
                     ex_tok_is(st, v + 3, "of");
        if (st->toks[v].trigger || st->toks[v].quote || !(is_let || arrive) ||
            ex_refused_verb(st, is_let ? v : v - 1))
            continue;
        for (j = arrive ? v + 4 : v + 1; j < st->ntoks && j < v + 8; j++) {
            if (st->toks[j].kind == KG_TOK_PUNCT)
                break;
            if ((m = ex_mention_at(st, j)) != NULL && m->t0 == j)
                break;
            m = NULL;
            if (st->toks[j].tag != KG_W_DET && st->toks[j].tag != KG_W_NONE)
                break;
        }
        if (!m || m->dropped || m->ent.is_value || !m->ent.code ||
            strncmp(m->ent.code, "IGO", 3) != 0 ||
            !(ex_pronoun_is(&st->toks[m->t1 - 1], people) ||
              (m->t1 < st->ntoks &&
               ex_pronoun_is(&st->toks[m->t1], people)) ||
              (m->t1 + 1 < st->ntoks &&
               st->toks[m->t1].tag == KG_W_NONE &&
               ex_pronoun_is(&st->toks[m->t1 + 1], people))))
            continue;
        if (!(subj = ex_subject_of(st, arrive ? v - 1 : v)) || !subj->code ||
            !strncmp(subj->code, "IGO", 3) || !subj->country ||
            !(ex_code_ends(subj->code, "GOV") ||
              ex_code_ends(subj->code, "MIL") ||
              (subj->type && !strcmp(subj->type, "Country"))))
            continue;
        /* (what the body's people are: its forces, inspectors, relief) */
        if (ex_code_ends(m->ent.code, "MIL"))
            r = 1;
        for (k = m->t0; k < st->ntoks && k < m->t1 + 3 && !r; k++)
            if (ex_pronoun_is(&st->toks[k], forces))
                r = 1;
            else if (ex_pronoun_is(&st->toks[k], inspect))
                r = 2;
            else if (ex_pronoun_is(&st->toks[k], relief))
                r = 3;
        if (arrive)
            v += 2; /* (the noun of arrival tells it) */
        if ((err = ex_emit(st, s, idx, subj, &m->ent, &allow[r], v, v + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "Spain agreed to a Dutch request for help", "agreed Monday to meet
 * a Polish request", "Oslo accepted a Swedish offer of talks",
 * "granted the Kenyan plea": a verb of granting at token i ("agree to",
 * alone or before one of the others) and the tokens up to the noun's
 * phrase, else 0.  An appeal or an offer granted was made to the one who
 * grants it, and the dev set's coder codes an appeal besides the grant
 * (an offer told as accepted is the acceptance alone, below); one
 * refused stays uncoded (ex_rejected_appeal), as CAMEO codes the refusal
 * alone, and demands met or acceded to are read as the yield alone. */
/* "refused to accept", "his refusal to accept", "decided not to
 * accept", "will not meet": is the verb at token i turned down? */
int ex_refused_verb(const ex_state *st, size_t i)
{
    static const char *const refuse[] = {
        "not",      "n't",      "never",   "refuse",   "refuses",
        "refused",  "refusing", "refusal", "decline",  "declines",
        "declined", "declining", "unwilling", "reluctant", NULL};
    return (i > 0 && ex_pronoun_is(&st->toks[i - 1], refuse)) ||
           (i > 1 && ex_tok_is(st, i - 1, "to") &&
            ex_pronoun_is(&st->toks[i - 2], refuse));
}

static size_t ex_granted_ask(ex_state *st, size_t i)
{
    static const char *const grant[] = {"accept", "grant",  "meet",
                                        "honour", "honor",  "approve",
                                        "heed",   "satisfy", NULL};
    static const char *const agree[] = {"agree", "agrees", "agreed",
                                        "agreeing", NULL};
    size_t j;
    if (st->toks[i].kind != KG_TOK_WORD)
        return 0;
    /* (an appeal or offer turned down is a rejection's; the verb is
     * tested first, as this runs at every token) */
    /* (no word of the nlp table has a lemma of grant: a tagged token is
     * turned away before its lemmas are asked for) */
    if (!ex_pronoun_is(&st->toks[i], agree))
        return ex_tok_is(st, i, "meeting") || st->toks[i].tag != KG_W_NONE ||
                       !ex_lemma_among(st, i, grant) || ex_refused_verb(st, i)
                   ? 0
                   : 1;
    if (ex_refused_verb(st, i))
        return 0;
    /* ("agreed on Thursday to", "agreed Monday to": a weekday too when
     * the document has no date) */
    j = ex_when_phrase(st, i + 1);
    if (j == i + 1) {
        if (ex_tok_is(st, j, "on"))
            j++;
        j = ex_pronoun_is(&st->toks[j], ex_weekdays) ? j + 1 : i + 1;
    }
    if (!ex_tok_is(st, j, "to"))
        return 0;
    j++;
    if (j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
        !ex_tok_is(st, j, "meeting") && ex_lemma_among(st, j, grant))
        j++;
    return j - i;
}

/* "NATO will send military trainers to Iraq in response to appeals by
 * Iraqi leaders", "Greece, responding to a warning by Turkey against
 * conducting oil activities", "the U.S. responded to Taiwan's request":
 * an appeal, demand or warning that an actor answers or heeds
 * was made to that actor.  The appeal's owner stands before the noun
 * ("Taiwan's request", "the US plea") or after "by" or "from"; the one
 * who answers is the subject of the answering clause.  The answering
 * verb is ex_replied_to's; "responding to a warning from Turkey" is
 * ex_undergone_acts' event already, and the check of seen pairs below
 * keeps it from being read twice. */
static const char *const ex_appeal_words[] = {
    "call", "calls", "appeal", "appeals", "plea", "pleas", "request",
    "requests", "urging", NULL};
static const char *const ex_demand_words[] = {"demand", "demands", NULL};
static const char *const ex_warning_words[] = {"warning", "warnings", NULL};
static const char *const ex_offer_words[] = {"offer", "offers", NULL};
static const char *const ex_proposal_words[] = {
    "proposal", "proposals", "suggestion", "suggestions", NULL};
/* (a sentence with no noun of those lists is passed over: the nouns by
 * their first bytes, before the lists) */
EX_WORD_GATE(ex_appeal_gate, ex_appeal_words, ex_demand_words,
             ex_warning_words, ex_offer_words, ex_proposal_words);

int ex_answered_appeals(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    static const char *const heed[] = {"heed", "heeds", "heeded", "heeding",
                                       NULL};
    const char *const *appeal = ex_appeal_words, *const *demand =
                                                      ex_demand_words,
                      *const *warning = ex_warning_words,
                      *const *offer = ex_offer_words,
                      *const *proposal = ex_proposal_words;
    static const kg_onto_relation offers = {
        .pattern = "offer", .type = "offer", .label = "offers",
        .cameo = "030", .plover = "AGREE", .quad = 1};
    static const kg_onto_relation proposes = {
        .pattern = "propose", .type = "propose", .label = "proposes",
        .cameo = "020", .plover = NULL, .quad = 1};
    static const kg_onto_relation urge = {
        .pattern = "appeal to", .type = "urge", .label = "urges",
        .cameo = "020", .plover = NULL, .quad = 1};
    static const kg_onto_relation asks = {
        .pattern = "request", .type = "request", .label = "requests",
        .cameo = "020", .plover = NULL, .quad = 1};
    static const kg_onto_relation demands = {
        .pattern = "demand", .type = "demand", .label = "demands",
        .cameo = "100", .plover = "REQUEST", .quad = 3};
    static const kg_onto_relation warns = {
        .pattern = "warning", .type = "threaten", .label = "threatens",
        .cameo = "130", .plover = "THREATEN", .quad = 3};
    size_t i, j, w;
    int err;
    /* (the appeal's owner is an actor of the sentence, coded or not: in
     * a sentence with none, nothing below is read; it runs at every
     * token) */
    for (i = 0; i < st->nments &&
                (st->ments[i].dropped || st->ments[i].ent.is_value);
         i++)
        ;
    if (i == st->nments)
        return KG_OK;
    /* (nor in one with no noun of appeal, demand, warning, offer or
     * proposal: each event below is read at one; asked by first bytes,
     * ex_appeal_gate, before the lists) */
    for (i = 0; i < st->ntoks; i++) {
        const ex_tok *t = &st->toks[i];
        if (ex_word_gate_may(&ex_appeal_gate, t->lower) &&
            (ex_pronoun_is(t, appeal) || ex_pronoun_is(t, demand) ||
             ex_pronoun_is(t, warning) || ex_pronoun_is(t, offer) ||
             ex_pronoun_is(t, proposal)))
            break;
    }
    if (i == st->ntoks)
        return KG_OK;
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *owner = NULL, *answerer = NULL;
        const ex_mention *m;
        int adjunct = 0, granted = 0;
        if ((ex_tok_is(st, i, "in") &&
             (ex_tok_is(st, i + 1, "response") ||
              ex_tok_is(st, i + 1, "reply")) &&
             ex_tok_is(st, i + 2, "to"))) {
            j = i + 3;
            adjunct = 1;
        }
        /* (not "bowed to", "acceded to", "complied with": a yield, 083, is
         * the event there) */
        /* ("responded positively to OPEC's calls": one adverb in
         * between) */
        else if ((w = ex_replied_to(st, i, 1)) != 0)
            j = i + w;
        else if (ex_pronoun_is(&st->toks[i], heed))
            j = i + 1;
        else if ((w = ex_granted_ask(st, i)) != 0) {
            j = i + w;
            granted = 1;
        } else
            continue;
        j = ex_after_dets(st, j);
        /* "Taiwan's request", "the US plea": the owner first */
        if ((m = ex_actor_at(st, j)) != NULL && !ex_is_date(&m->ent)) {
            owner = &m->ent;
            j = m->t1;
            if (j < st->ntoks && ex_tok_is(st, j, "'s"))
                j++;
        }
        /* ("growing calls", "a long-standing ADB invitation") */
        for (w = 0; w < 2 && j + 1 < st->ntoks &&
                    st->toks[j].kind == KG_TOK_WORD &&
                    st->toks[j].tag == KG_W_NONE &&
                    !(st->toks[j].flags & KG_TOKF_CAP) &&
                    !ex_pronoun_is(&st->toks[j], appeal) &&
                    !ex_pronoun_is(&st->toks[j], demand) &&
                    !ex_pronoun_is(&st->toks[j], warning) &&
                    !ex_pronoun_is(&st->toks[j], offer) &&
                    !ex_pronoun_is(&st->toks[j], proposal);
             w++)
            j++;
        if (j >= st->ntoks)
            continue;
        /* (an offer to mediate accepted is the acceptance of
         * mediation alone, 038: "accepted Kenya's offer to broker talks") */
        if (granted && ex_pronoun_is(&st->toks[j], offer)) {
            static const char *const mediate[] = {
                "mediate", "mediation", "broker", "brokering", NULL};
            for (w = j + 1; w < st->ntoks && w < j + 10; w++)
                if (ex_pronoun_is(&st->toks[w], mediate))
                    break;
            if (w < st->ntoks && w < j + 10)
                continue;
        }
        if (ex_tok_is(st, j, "request") || ex_tok_is(st, j, "requests"))
            rel = &asks;
        else if (ex_pronoun_is(&st->toks[j], appeal))
            rel = &urge;
        else if (granted && ex_pronoun_is(&st->toks[j], offer)) {
            /* (an offer told as accepted is coded by its acceptance
             * alone, the accepter's yield or pledge: "the union accepted
             * an economic offer from the carmaker" 080, as the real-news
             * README's acceptance convention reads it, conv26; one to be
             * accepted, "urged Athens to accept an offer from NATO",
             * stays the offer) */
            if (ex_tok_is(st, i, "accepted") || ex_tok_is(st, i, "accepts"))
                continue;
            rel = &offers;
        }
        else if (granted && ex_pronoun_is(&st->toks[j], proposal))
            rel = &proposes;
        else if (!granted && ex_pronoun_is(&st->toks[j], demand))
            rel = &demands;
        else if (!granted && ex_pronoun_is(&st->toks[j], warning))
            rel = &warns;
        else
            continue;
        if (!owner && j + 2 < st->ntoks &&
            (ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "from")) &&
            (m = ex_actor_from(st, j + 2)) != NULL && !ex_is_date(&m->ent))
            owner = &m->ent;
        /* ("NATO will send military trainers to Iraq in response to":
         * an adjunct answers for its clause's subject, the first actor
         * there, not the last before it) */
        if (owner && adjunct && (m = ex_clause_subject(st, i)) != NULL)
            answerer = &m->ent;
        if (owner && !answerer)
            answerer = ex_subject_of(st, i);
        if (!owner || !answerer || !owner->code ||
            !*owner->code || !answerer->code || !*answerer->code ||
            ex_same_id(owner, answerer) ||
            !strcmp(owner->code, answerer->code))
            continue;
        /* (the noun's own reading related them already: "responded to
         * Taiwan's request") */
        if (ex_pair_emitted(seen, *nseen, owner, answerer))
            continue;
        if ((err = ex_emit(st, s, idx, owner, answerer, rel, j, j + 1, 0,
                           "asserted", NULL, 0.5, seen, nseen, cb,
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
int ex_passive_nominals(ex_state *st, const kg_sentence *s,
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

/* "A complaint was made to Britain by France", "A request for the
 * extradition of dozens of people was sent to Sweden by Turkey", "A
 * warning was issued to Iran by the United States": a noun entry's act
 * that opens the clause as the subject of a light verb in the passive
 * (made, sent, issued ...), its party after the participle's
 * preposition and its maker after "by".  The active "France made a
 * complaint to Britain" is the noun entry's with its light verb; the
 * passive names the same act, the maker last (noun31: cb-0213-b).  The
 * act is the first noun entry of the subject (no comma, no relative
 * pronoun between it and "be"): "request", not the "extradition" it
 * asks for. */
int ex_passive_light_nouns(ex_state *st, const kg_sentence *s, size_t idx,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload)
{
    static const char *const light[] = {
        "made",    "sent",     "issued",   "lodged",  "delivered",
        "submitted", "presented", "filed", "extended", "handed",
        "launched", "mounted", "conducted", "staged", "voiced",
        "expressed", "tabled", "addressed", NULL};
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "being", NULL};
    static const char *const preps[] = {"to", "with", "on", "against",
                                        "upon", NULL};
    static const char *const stops[] = {"that", "which", "who", "whom",
                                        "whose", NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY))
        return KG_OK; /* ex_by_agent */
    for (i = 3; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel = NULL, *r;
        const kg_entity *agent;
        const ex_mention *x;
        const char *modality;
        size_t b, k, n0 = 0, ntok, j;
        int negated;
        if (!ex_pronoun_is(&st->toks[i], light) || !ex_is_passive(st, i) ||
            !(agent = ex_by_agent(st, i + 1)) || !agent->code ||
            !*agent->code)
            continue;
        for (b = i - 1; b > 0 && i - b <= 2 &&
                        !ex_pronoun_is(&st->toks[b], be);
             b--)
            ;
        if (b < 2 || !ex_pronoun_is(&st->toks[b], be))
            continue;
        /* the subject's first noun entry, within a dozen tokens; the
         * subject opens at the article before an entry that follows no
         * preposition ("Following the talks a complaint was made": the
         * complaint, not the talks; "A request for the extradition": the
         * request) */
        for (k = b; k-- > 0 && b - k <= 12;) {
            if (st->toks[k].kind == KG_TOK_PUNCT ||
                ex_pronoun_is(&st->toks[k], stops) ||
                (rel && st->toks[k].tag == KG_W_DET && k > 0 &&
                 st->toks[k - 1].tag != KG_W_PREP))
                break;
            if (st->toks[k].kind == KG_TOK_WORD &&
                kg_onto__match_relation(st->onto, st->ntoks, k, 2, ex_lemma,
                                        st, &r, &ntok) &&
                r->noun && r->cameo && *r->cameo && k + ntok <= b) {
                rel = r;
                n0 = k;
            }
        }
        if (!rel)
            continue;
        /* the party: the participle's preposition and its actor, or the
         * noun entry's own ("was launched on Monday against Iraq") */
        j = ex_when_phrase(st, i + 1);
        if (j + 1 >= st->ntoks || ex_tok_is(st, j, "by") ||
            !(ex_pronoun_is(&st->toks[j], preps) ||
              (rel->prep && ex_in_list(rel->prep, st->toks[j].lower))) ||
            !(x = ex_actor_from(st, j + 1)) || x->dropped ||
            x->ent.is_value || !x->ent.code || !*x->ent.code ||
            ex_same_id(&x->ent, agent))
            continue;
        /* (the act's own reading related them already) */
        if (ex_pair_emitted(seen, *nseen, agent, &x->ent))
            continue;
        ex_cues(st, b, i, &negated, &modality);
        if ((err = ex_emit(st, s, idx, agent, &x->ent, rel, n0, n0 + 1,
                           negated, modality, NULL, 0.6, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* Is e the rebels, insurgents or opposition of the state that subj, its
 * government or army, stands for ("SDNREB" for "SDNGOV")?  Those a state
 * faces at home are a party of its statements and shows of force ("said
 * he saw little hope of a breakthrough in talks with the rebel SPLA"). */
static int ex_home_foe(const kg_entity *subj, const kg_entity *e)
{
    static const char *const foes[] = {"REB", "INS", "OPP", NULL};
    static const char *const state[] = {"GOV", "MIL", NULL};
    size_t k, n = subj->code ? strlen(subj->code) : 0;
    int ok = n == 3;
    for (k = 0; !ok && n == 6 && state[k]; k++)
        ok = !strcmp(subj->code + 3, state[k]);
    if (!ok || !e->code || strlen(e->code) < 6 ||
        strncmp(e->code, subj->code, 3) != 0)
        return 0;
    for (k = 0; foes[k]; k++)
        if (!strncmp(e->code + 3, foes[k], 3))
            return 1;
    return 0;
}

/* The first actor after token t1 in the sentence (up to 16 tokens on,
 * before a semicolon) coded with a country other than subj's: the
 * target of a show of force that names none (ex_relations); or NULL.
 * Dates, sums and the subject's own sectors ("its army", "Israeli
 * reservists") are passed over.  An international body has no country:
 * its target is the first actor that is no body ("Annan voiced concern
 * about the violence in Burundi", "the Security Council expressed alarm
 * at the fighting in Congo"); any other subject with no country has
 * none. */
const ex_mention *ex_posture_target(const ex_state *st, size_t t1,
                                    const kg_entity *subj)
{
    size_t j;
    int igo = (!subj->country || !*subj->country) && subj->code &&
              !strncmp(subj->code, "IGO", 3);
    if ((!subj->country || !*subj->country) && !igo)
        return NULL;
    for (j = t1; j < st->ntoks && j < t1 + 16; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (ex_tok_punct(st, j, ';'))
            return NULL;
        if (!m)
            continue;
        j = m->t1 - 1;
        /* (an organisation has no country: "a show of force against
         * NATO"; a name in a compound modifier is none: "a Madrid-style
         * bombing") */
        if (!m->ent.code || !*m->ent.code || m->compound ||
            m->end < st->toks[m->t1 - 1].end ||
            !strncmp(m->ent.code, "---", 3))
            continue;
        if (igo ? !strncmp(m->ent.code, "IGO", 3)
                : ((m->ent.country && !strcmp(m->ent.country, subj->country)) ||
                   !strncmp(m->ent.code, subj->country,
                            strlen(subj->country))) &&
                      !ex_home_foe(subj, &m->ent))
            continue;
        return m;
    }
    return NULL;
}

/* ---- the place of an act of force -------------------------------------- */

/* Protest (14) and force (15-20): acts whose place says whom they hit. */
int ex_place_matters(const kg_onto_relation *rel)
{
    return rel->cameo && (!strncmp(rel->cameo, "14", 2) ||
                          (rel->cameo[0] == '1' && rel->cameo[1] >= '5') ||
                          !strncmp(rel->cameo, "20", 2));
}

/* Token j, past a date ("kidnapped Tuesday in Kabul") and one -ly
 * adverb (ex_is_ly_adverb). */
size_t ex_skip_when(const ex_state *st, size_t j)
{
    const ex_mention *m;
    if (j < st->ntoks && (m = ex_mention_at(st, j)) != NULL && m->t0 == j &&
        ex_is_date(&m->ent))
        j = m->t1;
    /* ("Italy", "supply" are no adverb; an -ly one only, not ex_is_adverb:
     * past "later" too, "would meet later this week" read symmetric
     * meetings on reuters, 4 of 8 wrong) */
    if (ex_is_ly_adverb(st, j))
        j++;
    return j;
}

/* "Abu Hamza al-Masri, already detained in London on an extradition
 * request, was arrested": a participle set off by a comma right after
 * the actor (past one adverb of time, "already", "still", "now",
 * "previously", "recently", "later") opens an aside about him, the one
 * held, no act of his. */
static int ex_participle_after_comma(const ex_state *st,
                                     const ex_mention *sm, size_t i)
{
    static const char *const times[] = {"already", "still", "now",
                                        "previously", "recently", "later",
                                        NULL};
    size_t k = sm->t1;
    if (k >= i || !ex_tok_punct(st, k, ','))
        return 0;
    k++;
    if (k < i && ex_pronoun_is(&st->toks[k], times))
        k++;
    return k == i;
}

/* "10 Russian soldiers killed in Ukraine", "drivers held hostage in
 * Iraq": a past participle right after its actor and right before a
 * preposition is passive, and the actor is the victim, so the place is
 * not the target.  (Protests and clashes are acts of their subject:
 * "protested in Beijing".) */
int ex_reduced_passive(const ex_state *st, const ex_mention *sm,
                       size_t i, size_t t1,
                       const kg_onto_relation *rel)
{
    /* simple past forms that are no participle: "Chechen rebels took
     * hostages in Moscow" is active, as "drivers held hostage" is not */
    static const char *const past_only[] = {
        "took", "gave", "went", "came", "broke", "drove", "threw", "shook",
        "stole", "wrote", "began", "swore", "tore", "froze", "chose",
        "spoke", "knew", "grew", "blew", "flew", "drew", "saw", "rode",
        "fell", "rose", "ate", NULL};
    size_t j = ex_skip_when(st, t1), k;
    if (!sm || !strncmp(rel->cameo, "14", 2) || ex_symmetric(rel) ||
        sm->t1 > i || ex_pronoun_is(&st->toks[i], past_only))
        return 0;
    if (ex_participle_form(st, i) && j < st->ntoks &&
        st->toks[j].tag == KG_W_PREP &&
        ex_participle_after_comma(st, sm, i))
        return 1;
    if (i - sm->t1 > 2)
        return 0;
    /* the actor's noun phrase may go on: "Indian truck drivers held" */
    for (k = sm->t1; k < i; k++)
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].tag != KG_W_NONE ||
            (st->toks[k].flags & KG_TOKF_CAP) || ex_is_ly_adverb(st, k))
            return 0;
    return ex_participle_form(st, i) && j < st->ntoks &&
           st->toks[j].tag == KG_W_PREP;
}

/* Is the verb's object at token t1 (past a date: "accused each other on
 * Monday of" is the same) the reciprocal "each other" or "one another"?
 * "The U.S. and Brazil blamed one another for the collapse of the
 * talks", "India and Pakistan accused each other of violating the
 * truce": coordinated subjects act on each other, each on each. */
int ex_reciprocal_follows(const ex_state *st, size_t t1)
{
    size_t j = t1;
    if (j + 1 < st->ntoks && ex_tok_is(st, j, "each") &&
        ex_tok_is(st, j + 1, "other"))
        return 1;
    return j + 1 < st->ntoks && ex_tok_is(st, j, "one") &&
           ex_tok_is(st, j + 1, "another");
}

/* "The U.S. and Brazil have each laid the blame on the other", "both
 * executives each accused the other of": "the other" after the verb
 * ending at t1 (past the entry's preposition) with "each" floated right
 * before the verb at token i (up to two words before it) is the
 * reciprocal too.  Not "the other countries", a phrase of its own. */
int ex_each_the_other(const ex_state *st, size_t i, size_t t1)
{
    size_t j = t1, k;
    int each = 0;
    for (k = i; k > 0 && k + 3 > i; k--)
        if (ex_tok_is(st, k - 1, "each"))
            each = 1;
    if (!each)
        return 0;
    if (j < st->ntoks && st->toks[j].tag == KG_W_PREP)
        j++;
    return j + 1 < st->ntoks && ex_tok_is(st, j, "the") &&
           ex_tok_is(st, j + 1, "other") &&
           (j + 2 >= st->ntoks || st->toks[j + 2].kind != KG_TOK_WORD ||
            st->toks[j + 2].tag != KG_W_NONE);
}

/* Does a noun phrase follow token t1 (past a date or an adverb)?  "The
 * US, Russia and Switzerland met yesterday" meet each other; "Mordor,
 * Rohan and Bree welcomed their resumption of ties with Osgiliath" do
 * not welcome each other. */
int ex_phrase_follows(const ex_state *st, size_t t1)
{
    static const char *const days[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday", "today", "yesterday", "tomorrow", "tonight", NULL};
    /* (and "ahead of the Madrid peace conference": the time, as "before
     * the conference" is, not a phrase they act on) */
    static const char *const places[] = {"near", "outside", "inside",
                                         "along", "ahead", NULL};
    size_t j = ex_skip_when(st, t1), k;
    /* "clashed briefly Thursday near", "met this week in New York", "will
     * resume talks next week": the time of the act (a date after an
     * adverb, a weekday kg could not anchor, "this week", "last night",
     * "next month") and a place word ("near" is not tagged a
     * preposition) are no phrase they act on */
    for (k = 0; k < 2; k++) {
        if (j + 1 < st->ntoks &&
            (ex_tok_is(st, j, "this") || ex_tok_is(st, j, "last") ||
             ex_tok_is(st, j, "next") || ex_tok_is(st, j, "late") ||
             ex_tok_is(st, j, "early")) &&
            ex_pronoun_is(&st->toks[j + 1], ex_period_words))
            j += 2;
        else if (j < st->ntoks && ex_pronoun_is(&st->toks[j], days))
            j++;
        /* "met face to face in Geneva", "met face-to-face", "met
         * together": how they met, no phrase they met */
        else if (j + 2 < st->ntoks && ex_tok_is(st, j, "face") &&
                 ex_tok_is(st, j + 1, "to") && ex_tok_is(st, j + 2, "face"))
            j += 3;
        else if (j < st->ntoks && (ex_tok_is(st, j, "face-to-face") ||
                                   ex_tok_is(st, j, "together")))
            j++;
        /* "agreed to cooperate more closely", "coordinate their
         * positions very closely": a degree word before an -ly adverb
         * is how they act too */
        else if (j + 1 < st->ntoks &&
                 (ex_tok_is(st, j, "more") || ex_tok_is(st, j, "very") ||
                  ex_tok_is(st, j, "even")) &&
                 ex_is_ly_adverb(st, j + 1))
            j++;
        j = ex_skip_when(st, j);
    }
    if (j < st->ntoks && ex_pronoun_is(&st->toks[j], places))
        return 0;
    /* "signed a grain deal brokered by Turkey": a participle with its
     * agent describes what the entry named, it is not acted on; so does
     * one with an infinitive or an aim ("signed two treaties today
     * expected to double aid", "an accord designed to", "aimed at") */
    if (j + 1 < st->ntoks && ex_ends_ed(st, j) &&
        (ex_tok_is(st, j + 1, "by") || ex_tok_is(st, j + 1, "to") ||
         ex_tok_is(st, j + 1, "at")))
        return 0;
    /* "signed a treaty cutting their arsenals", "put their names to a
     * deal ending the war": an -ing word right after the entry's own noun
     * (the trigger ends past its verb) says what that noun does, it is
     * not acted on ("met, discussing" has no noun; "a deal including
     * Japan" may name a party) */
    if (j == t1 && j < st->ntoks && t1 >= 2 && ex_ends_ing(st, j) &&
        !ex_tok_is(st, j, "including") && st->toks[t1 - 1].tag == KG_W_NONE &&
        (st->toks[t1 - 2].tag == KG_W_DET ||
         st->toks[t1 - 2].tag == KG_W_POSS ||
         st->toks[t1 - 2].tag == KG_W_NONE))
        return 0;
    return j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
           (st->toks[j].tag == KG_W_DET || st->toks[j].tag == KG_W_POSS ||
            st->toks[j].tag == KG_W_NONE);
}

/* "in [the] <country or place>" right after the trigger ending at t1 (a
 * date or an adverb may come between): its mention, or NULL.  Not after
 * an object ("battled insurgents in Baghdad", "attacked a convoy in
 * Syria": the place is where, not whom).  With part set (acts of force),
 * a compass word may name a part of it ("an offensive in northern Iraq";
 * a strike "in eastern Yugoslavia" is still aimed at its own government),
 * and force hits a place it is "east of" as one it is in ("a new
 * offensive east of Iraq's southern city of Basra", "a fresh offensive
 * north of Baghdad"), also through a settlement's noun ("east of the
 * southern port city of Basra").  ("near" is left out: on the news
 * corpora it was right twice, in Gulf war copy, and it added an extra on
 * the blind real-news set.) */
const ex_mention *ex_place_after(const ex_state *st, size_t t1, int part)
{
    const ex_mention *m;
    size_t k = ex_skip_when(st, t1), w;
    int by = 0;
    if (k + 1 >= st->ntoks)
        return NULL;
    if (part && k + 2 < st->ntoks &&
        ex_pronoun_is(&st->toks[k], ex_compass_points) &&
        ex_tok_is(st, k + 1, "of"))
        by = 1, k++;
    else if (!ex_tok_is(st, k, "in"))
        return NULL;
    k++;
    while (k < st->ntoks && (st->toks[k].tag == KG_W_DET ||
                             (by && st->toks[k].tag == KG_W_POSS)))
        k++;
    if (part && ex_compass_before_place(st, k))
        k++; /* "an offensive in northern Iraq" */
    if (by) {
        /* ("the strategic port city of Basra") */
        for (w = 0; w < 4 && k + 1 < st->ntoks &&
                    ex_plain_word(st, k);
             w++)
            k++;
        if (w > 0) {
            if (!ex_tok_is(st, k, "of") ||
                !ex_pronoun_is(&st->toks[k - 1], ex_site_nouns))
                return NULL;
            k++;
        }
    }
    m = k < st->ntoks ? ex_mention_at(st, k) : NULL;
    /* (the place heads its phrase: "south of the Afghan border", "west
     * of the US embassy" name no country's ground; "north of Baghdad
     * today" does) */
    if (by && m &&
        (m->kind == KG_NAME_DEMONYM ||
         (m->ent.type && !strcmp(m->ent.type, "Country") &&
          m->t1 < st->ntoks && st->toks[m->t1].kind == KG_TOK_WORD &&
          st->toks[m->t1].tag == KG_W_NONE &&
          !(st->toks[m->t1].flags & KG_TOKF_CAP) &&
          !ex_tok_possessive(st, m->t1) &&
          ex_when_phrase(st, m->t1) == m->t1)))
        return NULL;
    if (m && m->t0 == k && !m->dropped && !m->ent.is_value && m->ent.code &&
        ex_country_or_place(m->ent.type))
        return m;
    return NULL;
}

/* "bombed villages in Georgia", "struck air defence sites in southern
 * Iraq": is token i a plural noun, by its form (a lower-case word of
 * four letters or more in -s, not -ss, -us, -is or -ys, nor an adverb
 * in -s)?  A bare plural names things the force met; "killed recently
 * in Iraq" (an adverb) names where the victim was. */
int ex_plural_noun(const ex_state *st, size_t i)
{
    static const char *const adverbs[] = {
        "perhaps", "sometimes", "afterwards", "besides", "nevertheless",
        "nonetheless", "towards", "backwards", "forwards", "overseas",
        "whereas", "thus", "was", "has", "does", "this", NULL};
    const char *w = st->toks[i].lower;
    size_t n = strlen(w);
    if (st->toks[i].kind != KG_TOK_WORD || st->toks[i].tag != KG_W_NONE ||
        (st->toks[i].flags & KG_TOKF_CAP) || n < 4 || w[n - 1] != 's')
        return 0;
    if (w[n - 2] == 's' || w[n - 2] == 'u' || w[n - 2] == 'i' ||
        w[n - 2] == 'y')
        return 0;
    return !ex_pronoun_is(&st->toks[i], adverbs);
}

/* Is token j a plain lower-case noun kg reads no actor in ("boys" in
 * "men and boys")? */
static int ex_plain_noun_at(const ex_state *st, size_t j)
{
    return j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
           st->toks[j].tag == KG_W_NONE &&
           !(st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered;
}

/* "bombarded a government-held part of Syria's second city", "shelled
 * the outskirts of Aleppo": after a trigger ending at t1, a noun phrase
 * (up to four words) whose "of" names a country or place; with in set,
 * also a phrase after one of the ';'-separated prepositions in lead
 * whose "in" names it ("sorrow for the shootings in South Carolina");
 * with in 2, also a phrase that opens with a determiner whose "in" names
 * it ("attacked a hotel in Mogadishu"), or a bare one that ends in a
 * plural noun ("bombed villages in Georgia"; not "killed recently in
 * Iraq", where the participle's subject is the victim); with in 3, only
 * such a phrase (after a noun: "an attack on a hotel in
 * Mogadishu", where "an attack on the cost of Britain's asylum system"
 * is words); with in 2 or 3, "near", "outside" and "around" place it as
 * "in" does; with in 4, as 2 but only for a phrase that opens with a
 * count ("detained 300 men in Grozny") and not by its "of".  Its mention,
 * or NULL. */
const ex_mention *ex_place_of_object(const ex_state *st, size_t t1,
                                     const char *lead, int in)
{
    /* (a count before the things: "set fire to dozens of huts in a
     * Hutu village", "detained 300 men in Grozny", "took hundreds of
     * hostages in a Moscow theatre") */
    static const char *const counts[] = {
        "dozens", "hundreds", "thousands", "scores", "tens", "several",
        "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "twelve", "twenty", "fifty", NULL};
    static const char *const about[] = {"some", "about", "around", "nearly",
                                        "almost", "over", NULL};
    const ex_mention *m;
    size_t j = t1, words = 0;
    /* (time, not things: "abducted nearly three weeks ago in") */
    static const char *const spans[] = {"days", "weeks", "months", "years",
                                        "hours", "decades", "minutes", NULL};
    int bare = 0, counted = 0, need_count = in == 4;
    if (in == 4)
        in = 2;
    if (lead && j < st->ntoks && ex_in_list(lead, st->toks[j].lower))
        j++;
    if (in == 2 && j + 1 < st->ntoks) {
        size_t c = j;
        if (ex_pronoun_is(&st->toks[c], about))
            c++;
        m = c < st->ntoks ? ex_mention_at(st, c) : NULL;
        if (m && m->t0 == c && !m->dropped && m->ent.is_value &&
            m->ent.type && !strcmp(m->ent.type, "Quantity") &&
            st->toks[c].kind == KG_TOK_NUMBER) {
            j = m->t1; /* "300 men": the figure and its noun */
            words = 1;
            counted = 1;
        } else if (c < st->ntoks &&
                   (st->toks[c].kind == KG_TOK_NUMBER ||
                    ex_pronoun_is(&st->toks[c], counts))) {
            c++;
            if (c + 1 < st->ntoks && ex_tok_is(st, c, "of"))
                c++;
            j = c;
            counted = 1;
        }
        if (counted && ((j < st->ntoks && ex_pronoun_is(&st->toks[j], spans)) ||
                        ex_pronoun_is(&st->toks[j - 1], spans)))
            return NULL;
    }
    if (need_count && !counted)
        return NULL;
    if (in >= 2 && !counted &&
        !(j < st->ntoks && st->toks[j].tag == KG_W_DET)) {
        /* "in" only after a plural noun, checked below ("clash with
         * tunisian rioters in the square" met the rioters, wherever they
         * were: not after "with"); after a noun (in 3) only after plain
         * words ("a rebel attack on villages in Darfur"; "an offensive
         * against Kurdish fighters in Syria" is aimed at the fighters) */
        if (j > 0 && ex_tok_is(st, j - 1, "with"))
            in = 0;
        else
            bare = 1;
    }
    while (j < st->ntoks && words < 4) {
        m = ex_mention_at(st, j);
        if (in >= 2 && words &&
            (ex_tok_is(st, j, "near") || ex_tok_is(st, j, "outside") ||
             ex_tok_is(st, j, "around")))
            break; /* (plain words to kg, as "in" is not) */
        if (st->toks[j].tag == KG_W_DET ||
            (st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered)) {
            words += st->toks[j].tag != KG_W_DET;
            j++;
        } else if (in >= 2 && words && ex_tok_is(st, j, "and") &&
                   ex_plain_noun_at(st, j + 1)) {
            j++; /* "killed 8,000 men and boys in Srebrenica": plain
                  * nouns joined are one phrase */
        } else if (m && m->t0 == j && !m->dropped && !m->ent.is_value &&
                   !(bare && in == 3) && /* (see below) */
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
    /* (force hits a place "near", "outside" or "around" a town as it
     * hits one in it: "struck air defence sites near Baghdad", "shelled
     * positions outside Sarajevo") */
    if (!words || j + 1 >= st->ntoks ||
        !((in != 3 && !need_count && ex_tok_is(st, j, "of")) ||
          (in && (ex_tok_is(st, j, "in") ||
                  (in >= 2 && (ex_tok_is(st, j, "near") ||
                               ex_tok_is(st, j, "at") ||
                               ex_tok_is(st, j, "outside") ||
                               ex_tok_is(st, j, "around")))) &&
           (!bare || ex_plural_noun(st, j - 1)))))
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
    /* "a market in the northern city of Kano", "a mosque in the town of
     * Yei": the settlement is named after its noun, as ex_site_place
     * reads it */
    if (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j], ex_site_nouns) &&
        ex_tok_is(st, j + 1, "of"))
        j += 2;
    m = ex_actor_at(st, j);
    if (m && ex_country_or_place(m->ent.type))
        return m;
    /* ("thrust into the outskirts of the Jabalya refugee camp": a camp
     * named for its people is a place; they are the ones hit) */
    if (m && m->ent.code && *m->ent.code && m->t1 < st->ntoks &&
        (ex_tok_is(st, m->t1, "camp") || ex_tok_is(st, m->t1, "camps")))
        return m;
    return NULL;
}

/* "visited the tomb of the late leader in Ramallah", "toured a camp for
 * Sudanese refugees in eastern Chad": after a visit's verb ending at t1,
 * a noun phrase naming a site (a determiner, plain words, names kg reads
 * or not, one "of" or "for" phrase; up to ten tokens, no punctuation)
 * and then "in" a country or place: that place's mention, the country
 * visited, or NULL. */
const ex_mention *ex_visited_place(const ex_state *st, size_t t1)
{
    const ex_mention *m;
    size_t j = t1, end = t1 + 10 < st->ntoks ? t1 + 10 : st->ntoks;
    int words = 0, preps = 0;
    if (j >= st->ntoks || st->toks[j].tag != KG_W_DET)
        return NULL; /* ("visited Kabul", "visited troops": read already) */
    while (j < end && !ex_tok_is(st, j, "in")) {
        const ex_tok *k = &st->toks[j];
        m = ex_actor_at(st, j);
        if (m && words) {
            j = m->t1; /* (the one the site is of or for) */
            continue;
        }
        if (k->tag == KG_W_DET || (k->tag == KG_W_POSS && words))
            ;
        else if (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
                 !(k->flags & KG_TOKF_CAP) && !k->covered)
            words++;
        else if (words && !preps &&
                 (ex_tok_is(st, j, "of") || ex_tok_is(st, j, "for")))
            preps++;
        else
            return NULL;
        j++;
    }
    if (!words || j + 1 >= end || !ex_tok_is(st, j, "in"))
        return NULL;
    j = ex_after_dets(st, j + 1);
    if (ex_compass_before_place(st, j))
        j++; /* "in eastern Chad" */
    m = ex_actor_at(st, j);
    if (m && m->ent.country && ex_country_or_place(m->ent.type))
        return m;
    return NULL;
}

/* "sent food to earthquake survivors in Nepal", "aid to victims of the
 * drought in Somalia": after the entry (and its preposition lead), people
 * named by a plain noun (victims, survivors, civilians...) in a country or
 * place; that place's mention, or NULL. */
const ex_mention *ex_people_in_place(const ex_state *st, size_t t1,
                                     const char *lead)
{
    static const char *const people[] = {
        "victims",   "survivors", "people",   "civilians", "residents",
        "families",  "children",  "displaced", "refugees", "migrants",
        "communities", "population", "populations", "farmers", "villagers",
        NULL};
    /* "pledged $50 million for the reconstruction of Bosnia", "aid for
     * rebuilding in Aceh": the work of rebuilding a country or place
     * goes to it, "of" or "in" */
    static const char *const rebuild[] = {
        "reconstruction", "rebuilding", "rehabilitation", NULL};
    const ex_mention *m;
    size_t j = t1, words = 0, of = 0;
    int who = 0, work = 0;
    if (!lead || j >= st->ntoks || !ex_in_list(lead, st->toks[j].lower))
        return NULL;
    for (j++; j < st->ntoks && words < 6; j++) {
        const ex_tok *k = &st->toks[j];
        if (ex_tok_is(st, j, "of"))
            of = j;
        if (k->tag == KG_W_DET || ex_tok_is(st, j, "of"))
            continue;
        if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE ||
            (k->flags & KG_TOKF_CAP) || k->covered)
            break;
        who |= ex_pronoun_is(k, people);
        work |= ex_pronoun_is(k, rebuild);
        words++;
    }
    if (!who && work && of && j < st->ntoks && !ex_tok_is(st, j, "in")) {
        /* (the place right after the rebuilding's "of" and its
         * article) */
        size_t a = of + 1;
        while (a < j && st->toks[a].tag == KG_W_DET)
            a++;
        m = a == j && of > t1 + 1 &&
                    ex_pronoun_is(&st->toks[of - 1], rebuild)
                ? ex_actor_at(st, j)
                : NULL;
        return m && m->ent.country && ex_country_or_place(m->ent.type) ? m
                                                                     : NULL;
    }
    if (!(who || work) || j + 1 >= st->ntoks || !ex_tok_is(st, j, "in"))
        return NULL;
    j = ex_after_dets(st, j + 1);
    m = ex_actor_at(st, j);
    if (m && ex_country_or_place(m->ent.type))
        return m;
    return NULL;
}

/* "sent food, tents and medicine to Nepal": an aid entry that ends in
 * the goods it sends ("send * food") followed by more goods in a list
 * ending in "and"; the token of the entry's preposition after the list,
 * else t1.  (Each item is one or two lower-case words.) */
size_t ex_past_goods(const ex_state *st, size_t t1,
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
            if (!ex_plain_word(st, j) || k->covered)
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
const kg_entity *ex_possessor_before(ex_state *st, size_t t0)
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
const ex_mention *ex_clause_subject(const ex_state *st, size_t t)
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

/* "Egypt met Syria on Monday and on Tuesday signed a pact with Jordan",
 * "and today signed": a date phrase (ex_when_phrase) between "and" or
 * "but" and the verb (or its auxiliaries) at token j.  The token where
 * the date phrase starts, right after the conjunction; else j. */
static size_t ex_and_date_verb(const ex_state *st, size_t j)
{
    size_t a;
    for (a = j >= 2 ? j - 2 : 0; a > 0 && a + 5 >= j; a--)
        if ((ex_tok_is(st, a, "and") || ex_tok_is(st, a, "but")) &&
            ex_when_phrase(st, a + 1) == j)
            return a + 1;
    return j;
}

/* "... and taken", "..., and has seized": a verb joined by "and" to the
 * verb before it (through at most two auxiliaries); "but" joins verbs as
 * "and" does ("condemned Iran but praised Iraq": one subject, news
 * words contrasting acts so).  Returns the token after the conjunction,
 * or 0. */
size_t ex_and_verb(const ex_state *st, size_t i)
{
    /* (and the modals: "criticised Japan but would meet France", "would
     * have to coordinate action with": the same subject's act put
     * ahead; "did not", and the adverbs of time: "but will now invest
     * in Britain") */
    static const char *const aux[] = {"has",   "have",  "had",   "was",
                                      "were",  "is",    "are",   "then",
                                      "also",  "will",  "would", "could",
                                      "can",   "may",   "might", "should",
                                      "must",  "did",   "does",  "do",
                                      "not",   "never", "now",   "still",
                                      "soon",  "later", "again", NULL};
    size_t j = i, k;
    /* "and threatened to sever": through the verb that governs "to" */
    if (j > 2 && ex_tok_is(st, j - 1, "to") &&
        st->toks[j - 2].kind == KG_TOK_WORD && !ex_mention_at(st, j - 2))
        j -= 2;
    for (k = 0; k < 3 && j > 0 && ex_pronoun_is(&st->toks[j - 1], aux); k++)
        j--;
    if (!(j > 1 && (ex_tok_is(st, j - 1, "and") || ex_tok_is(st, j - 1, "but"))))
        j = ex_and_date_verb(st, j);
    return j > 1 && (ex_tok_is(st, j - 1, "and") || ex_tok_is(st, j - 1, "but"))
               ? j
               : 0;
}

/* The token of one of nouns inside a trigger [i, t1) or within two
 * words after it ("rejected the accusations", "spurned the offer"), or
 * (size_t)-1. */
static size_t ex_noun_after_trigger(const ex_state *st, size_t i, size_t t1,
                                    const char *const *nouns)
{
    size_t j;
    for (j = i + 1; j < st->ntoks && j < t1 + 3; j++)
        if (ex_pronoun_is(&st->toks[j], nouns))
            return j;
    return (size_t)-1;
}

/* Is e subj, subj's country, or of subj (a state's organ for the state)? */
static int ex_same_party(const kg_entity *e, const kg_entity *subj)
{
    return !strcmp(e->id, subj->id) ||
           (subj->country && !strcmp(e->id, subj->country)) ||
           (e->country && !strcmp(e->country, subj->id));
}

/* "rejected (the) accusations", "denied the allegations" (the noun in
 * the trigger [i, t1) or just after it): when the document's last
 * accusation was against subj (or subj's country), its accuser, cited at
 * the noun; else NULL. */
const kg_entity *ex_rejected_accuser(ex_state *st, size_t i,
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
    if ((j = ex_noun_after_trigger(st, i, t1, nouns)) == (size_t)-1)
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

/* "The United States offered Moscow subsidised wheat, but Moscow spurned
 * the offer": a rejection of "the offer" (a proposal, a request, a
 * demand: the noun in the trigger [i, t1) or just after it) with no
 * party named is aimed at the one who made the document's last offer,
 * appeal or demand, when that was made to subj (or subj's country); its
 * maker, cited at the noun, else NULL. */
const kg_entity *ex_rejected_proposer(ex_state *st, size_t i, size_t t1,
                                      const kg_entity *subj)
{
    static const char *const nouns[] = {
        "offer",    "offers",   "proposal",  "proposals", "overture",
        "overtures", "request", "requests",  "appeal",    "appeals",
        "demand",   "demands",  "plea",      "pleas",     "compromise",
        "initiative", "suggestion", "invitation", NULL};
    size_t j, k = i;
    if (!st->have_proposal)
        return NULL;
    j = ex_noun_after_trigger(st, i, t1, nouns);
    /* (or right before its subject: "an offer Moscow spurned") */
    while (k > 0 && i - k < 4 && ex_mention_at(st, k - 1) &&
           !ex_pronoun_is(&st->toks[k - 1], nouns))
        k--;
    if (j == (size_t)-1 && k < i && k > 0 &&
        ex_pronoun_is(&st->toks[k - 1], nouns))
        j = k - 1;
    if (j == (size_t)-1 || !ex_same_party(&st->proposed_to, subj))
        return NULL;
    return strcmp(st->proposer.id, subj->id) != 0
               ? ex_note_pronoun(st, j, &st->proposer)
               : NULL;
}

/* "called for a ceasefire between", "urged talks between", "proposed a
 * truce between": the noun at token i is only asked for or put forward
 * by the verb before it (an article, a possessive and up to two words
 * between).  Returns "demanded" (asked for) or "hypothetical" (proposed,
 * hoped for), else NULL: such an act is not asserted and carries no
 * event code of its own. */
const char *ex_wanted_noun(const ex_state *st, size_t i)
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
    size_t k = i, words = 0, p;
    while (k > 0 && words < 4 && ex_phrase_filler(st, k - 1) &&
           !(st->toks[k - 1].tag == KG_W_NONE &&
             (ex_pronoun_is(&st->toks[k - 1], ask) ||
              ex_pronoun_is(&st->toks[k - 1], put)))) {
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
    /* "offered to broker talks between", "plans to start talks between":
     * the infinitive's act, and the noun with it, is only put forward */
    if (k >= 2 && ex_tok_is(st, k - 1, "to") && k < i &&
        ex_pronoun_is(&st->toks[k - 2], put))
        return "hypothetical";
    /* "offered on Tuesday to broker talks between": a date between */
    for (p = k - 1; k >= 2 && ex_tok_is(st, k - 1, "to") && p-- > 0 &&
                    k - p <= 5;)
        if (ex_pronoun_is(&st->toks[p], put) &&
            ex_when_phrase(st, p + 1) == k - 1 && k - 1 > p + 1)
            return "hypothetical";
    return NULL;
}

/* "Talks between Nakasone and Reagan, if successful, could take
 * pressure off", "talks between X and Y will resume": does the verb of the
 * phrase that ends at k come with "will", "would", "could", "shall" or
 * "is to"?  Looked for in the next eight words, past commas (an "if"
 * aside), stopping at a clause's end, a conjunction, a relative word, a
 * speech verb or a past form ("talks between X and Y ended, but ...
 * would": the talks were held).  A meeting put on the calendar is ahead
 * too: "The meeting between Fiat boss Sergio Marchionne and GM's Rick
 * Wagoner is due to take place", "talks between President Reagan and
 * Nakasone, scheduled for Thursday and Friday", "a meeting between
 * Petrobras and oil industry leaders is set for next Wednesday": "due",
 * "scheduled", "set", "planned" or "slated" before "for" or "to", after
 * "is" or "are" or the phrase's comma (the dev gold codes the Fiat line
 * 036; "was scheduled for" may tell a past meeting and stays held). */
int ex_future_after(const ex_state *st, size_t k)
{
    static const char *const will[] = {"will", "would", "could", "shall",
                                       "'ll", NULL};
    static const char *const stop[] = {"that", "which", "who", "where",
                                       "when", NULL};
    static const char *const sched[] = {"due", "scheduled", "set",
                                        "planned", "slated", NULL};
    size_t j;
    for (j = k; j < st->ntoks && j < k + 8; j++) {
        const ex_tok *t = &st->toks[j];
        if (t->kind == KG_TOK_PUNCT) {
            if (ex_tok_punct(st, j, ','))
                continue;
            return 0;
        }
        if (j > k && j + 1 < st->ntoks && ex_pronoun_is(t, sched) &&
            (ex_tok_is(st, j + 1, "for") || ex_tok_is(st, j + 1, "to")) &&
            (ex_tok_is(st, j - 1, "is") || ex_tok_is(st, j - 1, "are") ||
             ex_tok_punct(st, j - 1, ',')))
            return 1;
        if (t->tag == KG_W_CONJ || t->tag == KG_W_SPEECH ||
            ex_pronoun_is(t, stop) || ex_ends_ed(st, j))
            return 0;
        if (ex_pronoun_is(t, will))
            return 1;
        if ((ex_tok_is(st, j, "is") || ex_tok_is(st, j, "are")) &&
            j + 1 < st->ntoks && ex_tok_is(st, j + 1, "to"))
            return 1;
    }
    return 0;
}

/* "between X and Y" after a noun trigger ending at t1, past up to four
 * words ("an exchange of prisoners of war between"): X's mention, with Y's
 * starting right after the "and" that follows it; else NULL.  A
 * participle's agent on the way is no party and does not count ("a
 * ceasefire brokered by Egypt took effect between Israel and Hamas"). */
const ex_mention *ex_between(const ex_state *st, size_t t1)
{
    return ex_between_art(st, t1, 0);
}

static const ex_mention *ex_party_from(const ex_state *st, size_t j,
                                       int art);

/* The second party of "between X and Y" whose first is x: the mention
 * right after the "and" ("and Shia militiamen": a faith word aside; with
 * art, also an article: "talks between Darfur rebels and the Sudanese
 * government"), or NULL. */
const ex_mention *ex_between_second(const ex_state *st, const ex_mention *x,
                                    int art)
{
    return ex_party_from(st, ex_abbrev_end(st, x->t1) + 1, art);
}

/* The party of a list of them whose words start at token j (past the
 * list's comma or "and"), as ex_between_second reads it: a faith word, an
 * article or a title aside; or NULL. */
static const ex_mention *ex_party_from(const ex_state *st, size_t j, int art)
{
    const ex_mention *y;
    const char *agent;
    size_t n;
    if (j >= st->ntoks)
        return NULL;
    if (ex_faith_before_group(st, j)) /* "and Shia militiamen" */
        j++;
    else if (j + 2 < st->ntoks && ex_tok_is(st, j, "the") &&
             (art || (!ex_mention_at(st, j + 1) &&
                      ex_match_title(st, j + 1, &agent) > 0)))
        j++; /* ("and the Prime Minister, Ariel Sharon": a title's) */
    else if (art && j + 2 < st->ntoks &&
             (ex_tok_is(st, j, "a") || ex_tok_is(st, j, "an"))) {
        /* ("the accord was reached between Iranian Oil Minister
         * Gholamreza Aqazadeh and a visiting Ghanaian delegation": the
         * indefinite article, up to two plain lower-case modifiers after
         * it, before the party; noun27) */
        size_t k = j + 1, w;
        for (w = 0; w < 2 && k < st->ntoks && !ex_mention_at(st, k) &&
                    st->toks[k].kind == KG_TOK_WORD &&
                    st->toks[k].tag == KG_W_NONE &&
                    !(st->toks[k].flags & KG_TOKF_CAP);
             w++, k++)
            ;
        if (k < st->ntoks && (y = ex_actor_at(st, k)) != NULL &&
            y->t0 == k && y->ent.code && *y->ent.code)
            return y;
    }
    /* "between Nakasone and President Reagan": a known person's mention
     * is the bare name, after the title; "and the Prime Minister, Ariel
     * Sharon": after the title's comma */
    if (j < st->ntoks && !ex_mention_at(st, j) &&
        (n = ex_match_title(st, j, &agent)) > 0) {
        j += n;
        if (j + 1 < st->ntoks && ex_tok_punct(st, j, ',') &&
            (y = ex_mention_at(st, j + 1)) != NULL && y->t0 == j + 1 &&
            ex_is_person(&y->ent))
            j++;
    }
    if (j >= st->ntoks)
        return NULL;
    return ex_actor_at(st, j);
}

/* "the European Community (EC) and", "the International Monetary Fund
 * (IMF) and the World Bank": an abbreviation in brackets right after an
 * actor (one to three capitalised tokens) is the actor's other name and
 * no break in a list of parties.  The token after the closing bracket
 * when one stands at t, else t. */
size_t ex_abbrev_end(const ex_state *st, size_t t)
{
    size_t k;
    if (t + 2 >= st->ntoks || !ex_tok_punct(st, t, '('))
        return t;
    for (k = t + 1; k < st->ntoks && k < t + 4; k++) {
        if (ex_tok_punct(st, k, ')'))
            return k > t + 1 ? k + 1 : t;
        if (st->toks[k].kind != KG_TOK_WORD ||
            !(st->toks[k].flags & KG_TOKF_CAP))
            return t;
    }
    return t;
}

/* "next month's meeting between Prime Minister Yasuhiro Nakasone and
 * President Reagan", "talks between President Reagan and Nakasone": a
 * known person's mention is the bare name after the title, so the first
 * party of "between", as the second (ex_party_from), is read past a
 * title at token j that no mention covers, when a person's mention
 * starts right after it.  The token the party starts at: past the title,
 * else j. */
static size_t ex_between_title(const ex_state *st, size_t j)
{
    /* (a title's first word that a country word cut off, "talks between
     * Deputy Iranian Finance Minister Mehdi Navvab and ...", or a word of
     * the office's time, "between former President ..."; actor29) */
    static const char *const firsts[] = {"deputy", "assistant", "acting",
                                         "former", NULL};
    const ex_mention *x;
    const char *agent;
    size_t n;
    if (j + 1 < st->ntoks && !ex_mention_at(st, j) &&
        ex_pronoun_is(&st->toks[j], firsts) &&
        (x = ex_mention_at(st, j + 1)) != NULL && x->t0 == j + 1 &&
        ex_is_person(&x->ent))
        return j + 1;
    if (j >= st->ntoks || ex_mention_at(st, j) ||
        (n = ex_match_title(st, j, &agent)) == 0 || j + n >= st->ntoks)
        return j;
    x = ex_mention_at(st, j + n);
    return x && x->t0 == j + n && ex_is_person(&x->ent) ? j + n : j;
}

/* ex_between; with art, the second party may follow an article (only
 * for talks and meetings, or, with art 2, an accord made right before
 * "between": parties "between" plainly names; "trade between the US and
 * the EU" or "a deal expected between" are not so plainly done by
 * both). */
const ex_mention *ex_between_art(const ex_state *st, size_t t1, int art)
{
    const ex_mention *x, *y;
    /* (a meeting's topic may be longer: "talks on nuclear confidence
     * building measures (CBMs) between Pakistan and India") */
    const int meet = art;
    size_t j, lim = t1 + (meet ? 7 : 5);
    for (j = t1; j < st->ntoks && j < lim; j++) {
        const ex_mention *w = ex_mention_at(st, j), *ag;
        if (ex_tok_is(st, j, "between"))
            break;
        if (meet && j > t1 && ex_abbrev_end(st, j) > j) {
            /* the topic's abbreviation in brackets */
            lim += ex_abbrev_end(st, j) - j;
            j = ex_abbrev_end(st, j) - 1;
            continue;
        }
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
        if (!w && ex_skip_time(st, j) > j) {
            /* "talks last week between X and the Y": a time phrase, as a
             * date, keeps the noun's "between" */
            j = ex_skip_time(st, j) - 1;
            continue;
        }
        if (w && w->t0 == j &&
            (ex_is_date(&w->ent) ||
             (j > t1 && ex_tok_is(st, j - 1, "in") &&
              ex_country_or_place(w->ent.type)))) {
            /* "clashes on Tuesday between", "clashes in Najaf between" */
            j = w->t1 - 1;
            continue;
        }
        if (w && (w->t0 < t1 ||
                  (w->t0 == j && j > t1 && ex_tok_is(st, j - 1, "of") &&
                   w->ent.code && !strncmp(w->ent.code, "---", 3)))) {
            /* "an exchange of prisoners of war between": the entry ends
             * inside a group noun ("prisoners of war"), whose rest is
             * the entry's own phrase; "an exchange of prisoners
             * between": a group of no country after "of" is what is
             * exchanged, no party */
            j = w->t1 - 1;
            continue;
        }
        if (st->toks[j].kind != KG_TOK_WORD || w)
            return NULL;
        /* ("peace talks in the conflict between government forces and
         * the Tamil Tigers", "talks follow an agreement reached between
         * Nigeria and the Paris Club": the article's "between" only
         * right after the noun; art 2, an accord made right before
         * "between", keeps it: ex_accord_made_between) */
        if (art < 2)
            art = 0;
    }
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "between"))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET && j + 1 < st->ntoks)
        j++;
    /* ("talks between the foreign ministers of India and Pakistan": the
     * officials of the list stand for its members, coord29) */
    if (ex_officials_of(st, j) != j)
        j = ex_after_dets(st, ex_officials_of(st, j));
    j = ex_between_title(st, j);
    if (j >= st->ntoks)
        return NULL;
    x = ex_mention_at(st, j);
    if (!x || x->t0 != j)
        return NULL;
    /* ("between Israel's opposition Labour party and": of two actors
     * side by side, the second heads the phrase) */
    if (!x->dropped && x->t1 < st->ntoks &&
        (y = ex_actor_at(st, x->t1)) != NULL && y->ent.code && *y->ent.code)
        x = y;
    if (x->dropped || x->ent.is_value ||
        !ex_tok_is(st, ex_abbrev_end(st, x->t1), "and"))
        return NULL;
    return ex_between_second(st, x, art) ? x : NULL;
}

/* "a meeting between Chile, Peru and Bolivia", "talks between the
 * unions, the employers, and the government": the parties of a list of
 * three or more right after "between" at token t1 (the end of a meeting
 * noun), into out (up to max), commas between them and "and" (perhaps
 * after a comma) before the last; each a coded actor.  Their count, or
 * 0 for anything else: two parties are read by ex_between_art; "between
 * banks and Mexico, Chile and Peru" names two sides, not a list of
 * parties. */
size_t ex_between_list(const ex_state *st, size_t t1, const ex_mention **out,
                       size_t max)
{
    const ex_mention *m;
    size_t j = t1 + 1, n = 0, k;
    if (t1 + 1 >= st->ntoks || !ex_tok_is(st, t1, "between"))
        return 0;
    j = ex_after_dets(st, j);
    /* ("a meeting between the finance ministers of Chile, Peru and
     * Bolivia", coord29) */
    if (j < st->ntoks && ex_officials_of(st, j) != j)
        j = ex_after_dets(st, ex_officials_of(st, j));
    m = j < st->ntoks ? ex_party_from(st, j, 1) : NULL;
    while (m && n < max) {
        int last = 0;
        if (!m->ent.code || !*m->ent.code || m->t0 < j)
            return 0;
        out[n++] = m;
        k = ex_abbrev_end(st, m->t1);
        if (k >= st->ntoks)
            break;
        if (ex_tok_is(st, k, "and"))
            last = 1;
        else if (!ex_tok_punct(st, k, ','))
            break;
        if (!last && k + 1 < st->ntoks && ex_tok_is(st, k + 1, "and")) {
            k++;
            last = 1;
        }
        if (last) {
            m = ex_party_from(st, k + 1, 1);
            if (!m || !m->ent.code || !*m->ent.code || n >= max)
                return 0;
            out[n++] = m;
            return n >= 3 ? n : 0;
        }
        j = k + 1;
        m = ex_party_from(st, j, 1);
    }
    return 0;
}

/* "during a visit to", "on his two-day visit to", "is on a visit to",
 * "at the end of a visit to": the token of the phrase's first
 * preposition before the noun at token i (an article or possessive and
 * up to two lower-case words between), or (size_t)-1. */
size_t ex_during_visit(const ex_state *st, size_t i)
{
    static const char *const be[] = {"is", "was", "are", "were", "been",
                                     "currently", "now", NULL};
    static const char *const part[] = {"day", "end", "start", "leg",
                                       "close", "conclusion", "beginning",
                                       "outset", "course", NULL};
    size_t k = i, words = 0;
    while (k > 0 && words < 3 && ex_phrase_filler(st, k - 1)) {
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
    /* ("Duffy is on a two-day visit to Malaysia") */
    if (ex_tok_is(st, k - 1, "on") && k >= 2 &&
        st->toks[k - 2].kind == KG_TOK_WORD &&
        ex_pronoun_is(&st->toks[k - 2], be))
        return k - 1;
    /* "at the end of a three-day visit to Jakarta", "on the first day of
     * an official visit to Argentina" (not "on the eve of": the visit is
     * still to come) */
    if (k >= 3 && ex_tok_is(st, k - 1, "of") &&
        ex_pronoun_is(&st->toks[k - 2], part)) {
        size_t j = k - 2, n = 0;
        while (j > 0 && n < 3 && ex_phrase_filler(st, j - 1)) {
            j--;
            n++;
        }
        if (j > 0 && n > 0 &&
            (ex_tok_is(st, j - 1, "on") || ex_tok_is(st, j - 1, "at") ||
             ex_tok_is(st, j - 1, "during")))
            return j - 1;
    }
    return (size_t)-1;
}

/* "Mbeki left Ivory Coast's rebel town of Bouake after talks Sunday",
 * "Thatcher left Bonn early yesterday evening after talks with Kohl",
 * "before leaving Tokyo yesterday at the end of a four-day visit": talks
 * or a visit (the noun at token i) that the visitor left a place after
 * were held there.  The place's mention (a country, a place, or a city
 * named for its state), right before the time of leaving and "after",
 * "following" or "at the end of" (an article and up to three plain words
 * before the noun), and the token of the verb of leaving, a few words
 * before the place, into *go; else NULL. */
const ex_mention *ex_departure(const ex_state *st, size_t i, size_t *go)
{
    static const char *const leave[] = {"left", "leaving", "leaves",
                                        "departed", "departing", NULL};
    static const char *const when[] = {
        "yesterday", "today", "early", "late", "evening", "morning",
        "night", "afternoon", "last", "this", "on", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", NULL};
    const ex_mention *pm, *d;
    size_t k = i, n = 0, j;
    while (k > 0 && n < 4 && ex_phrase_filler(st, k - 1)) {
        k--;
        n++;
    }
    if (k < 3)
        return NULL;
    if (ex_tok_is(st, k - 1, "after") || ex_tok_is(st, k - 1, "following"))
        k--;
    else if (k >= 5 && ex_tok_is(st, k - 1, "of") &&
             ex_tok_is(st, k - 2, "end") && ex_tok_is(st, k - 3, "the") &&
             ex_tok_is(st, k - 4, "at"))
        k -= 4;
    else
        return NULL;
    /* (the time of leaving: "early yesterday evening", "Sunday") */
    for (n = 0; k > 0 && n < 4; n++) {
        d = ex_mention_at(st, k - 1);
        if (d && !d->dropped && ex_is_date(&d->ent))
            k = d->t0;
        else if (ex_pronoun_is(&st->toks[k - 1], when))
            k--;
        else
            break;
    }
    pm = ex_actor_before(st, k);
    if (!pm || !pm->ent.country || !pm->ent.type ||
        !(pm->kind == KG_NAME_METONYM || !strcmp(pm->ent.type, "Country") ||
          !strcmp(pm->ent.type, "Place")))
        return NULL;
    /* (back to the verb over the place's own phrase: "Ivory Coast's rebel
     * town of", no punctuation but the possessive's) */
    for (j = pm->t0, n = 0; j > 0 && n < 7; n++) {
        if (ex_pronoun_is(&st->toks[j - 1], leave)) {
            *go = j - 1;
            return pm;
        }
        if (st->toks[j - 1].kind != KG_TOK_WORD && !ex_tok_is(st, j - 1, "'s"))
            return NULL;
        j--;
    }
    return NULL;
}

/* The visitor of "during a visit" at token d: "Blair, during a visit to
 * Iraq, said" (the actor before the comma), "During a visit to China,
 * Bush urged" and "Speaking during a visit to Moscow, Chirac" (the actor
 * after the phrase's comma), "Musharraf has said during a visit to
 * Britain" and "he told journalists during a visit" (the speaker of a
 * speech verb before it), "Chirac praised Russia during a visit" (the
 * subject of the clause it ends).  t1 is the token after the noun. */
const kg_entity *ex_visitor(const ex_state *st, size_t d, size_t t1,
                            const kg_entity *speaker, size_t speech_at)
{
    const ex_mention *m;
    size_t j;
    int opener = d == 0 || (d == 1 && ex_is_ing(st, 0));
    if (d >= 2 && ex_tok_punct(st, d - 1, ',')) {
        if ((m = ex_actor_before(st, d - 1)) != NULL)
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
    m = ex_actor_from(st, j + 1);
    return m ? &m->ent : NULL;
}

/* The one who met or visited in "after meeting Y" at token d ("after"),
 * inside the sentence: "Miyazawa, after meeting Baker, said" (an actor
 * that stands where a subject does, just before the phrase's comma, or a
 * speaker after "said" before a phrase that ends the sentence) or "he
 * told reporters after meeting Suharto"
 * (the speaker of a speech verb at most three words before "after", no
 * punctuation between); NULL otherwise. */
const kg_entity *ex_after_gerund_subject(const ex_state *st, size_t d,
                                         const kg_entity *speaker,
                                         size_t speech_at)
{
    const ex_mention *m;
    size_t j;
    if (d >= 2 && ex_tok_punct(st, d - 1, ',')) {
        /* (the sentence's subject, the phrase closed by a comma of its
         * own: not "meet the House and the Senate Finance Committee,
         * before visiting Lyng", the last of a list of objects) */
        m = ex_actor_before(st, d - 1);
        if (!m || !ex_subject_position(st, m))
            return NULL;
        for (j = d + 2; j < st->ntoks && j < d + 14; j++)
            if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, '.') ||
                ex_tok_punct(st, j, ';'))
                break;
        if (j < st->ntoks && ex_tok_punct(st, j, ','))
            return &m->ent;
        /* '"We need flexibility," said Gaymard, after a meeting with
         * Eichel.': the speaker put after "said" stands for the phrase
         * that ends the sentence */
        return m->t0 > 0 && st->toks[m->t0 - 1].tag == KG_W_SPEECH &&
                       (j >= st->ntoks || ex_tok_punct(st, j, '.'))
                   ? &m->ent
                   : NULL;
    }
    if (!speaker || speech_at >= d || d - speech_at > 4)
        return NULL;
    for (j = speech_at + 1; j < d; j++)
        if (st->toks[j].kind != KG_TOK_WORD)
            return NULL;
    return speaker;
}

/* "Oslo is in close contact with Stockholm", "the two sides are in
 * dialogue with each other", "has been in touch with Cairo": is token i
 * a bare singular noun of consultation (contact, touch, dialogue,
 * consultation, negotiation) after "in", with up to three plain words
 * between ("in close contact", "in direct dialogue"), "in" after a
 * verb of being or keeping ("is", "has been", "kept") and no "not" or
 * "never" before it ("was not in contact with": no consultation)?  Being
 * in it is the consultation, as being in talks is; the token of "in", or
 * (size_t)-1. */
static size_t ex_bare_consult_in(const ex_state *st, size_t i)
{
    static const char *const nouns[] = {"contact", "touch", "dialogue",
                                        "consultation", "negotiation", NULL};
    static const char *const nots[] = {"not", "never", "n't", NULL};
    static const char *const being[] = {
        "is",    "are",    "was",    "were",    "be",     "been",  "being",
        "'s",    "'re",    "keep",   "keeps",   "kept",   "keeping",
        "stay",  "stays",  "stayed", "staying", "remain", "remains",
        "remained", "remaining", "get",  "gets",  "got",  "getting", NULL};
    static const char *const adverbs[] = {"still", "now", "also",
                                          "already", "again", NULL};
    size_t k = i, j;
    if (!ex_pronoun_is(&st->toks[i], nouns) || i + 1 >= st->ntoks ||
        !ex_tok_is(st, i + 1, "with"))
        return (size_t)-1;
    while (k > 0 && i - k < 3 && ex_phrase_filler(st, k - 1) &&
           st->toks[k - 1].tag != KG_W_DET && st->toks[k - 1].tag != KG_W_POSS)
        k--;
    if (k < 2 || !ex_tok_is(st, k - 1, "in"))
        return (size_t)-1;
    /* (the phrase a predicate of being or keeping, an adverb aside:
     * "have been constantly in contact with"; "enact a program in
     * consultation with the Fund" tells only how) */
    for (j = k - 1; j > 0 && k - 1 - j < 3; j--) {
        if (ex_pronoun_is(&st->toks[j - 1], nots))
            return (size_t)-1;
        if (ex_pronoun_is(&st->toks[j - 1], being))
            return j > 1 && ex_pronoun_is(&st->toks[j - 2], nots)
                       ? (size_t)-1
                       : k - 1;
        /* (an adverb: "constantly", "still") */
        if (!ex_pronoun_is(&st->toks[j - 1], adverbs) &&
            !ex_is_ly_adverb(st, j - 1))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* "Japan is in contact with the United States", "has been in touch with
 * Cairo": contact and touch, no entries of the lexicon (a bare "contact
 * with" may be any touching: "contact with the virus"), read as a
 * consultation only in that phrase (ex_bare_consult_in), the noun and
 * its "with"; NULL elsewhere. */
const kg_onto_relation *ex_in_contact(const ex_state *st, size_t i,
                                      size_t *ntok)
{
    static const kg_onto_relation contact = {
        .pattern = "contact with", .type = "consult",
        .label = "is in contact with", .cameo = "040",
        .plover = "CONSULT", .quad = 1, .noun = 1, .prep = "with"};
    if (!(ex_tok_is(st, i, "contact") || ex_tok_is(st, i, "touch")) ||
        ex_bare_consult_in(st, i) == (size_t)-1)
        return NULL;
    *ntok = 2;
    return &contact;
}

/* "at a meeting with", "in talks with", "during a special session with",
 * "after a meeting with": the token of "at", "in", "during", "after" or
 * "following" before the consultation noun at token i (an article and up
 * to two lower-case words between, or none before a plural; "in his talks
 * with" is the possessor's), or (size_t)-1. */
size_t ex_meeting_phrase(const ex_state *st, size_t i)
{
    static const char *const unsure[] = {"any", "future", "possible",
                                         "eventual", "further", NULL};
    size_t k = i, words = 0;
    /* ("in dialogue with", "in close contact with": a bare singular of
     * consultation, ex_bare_consult_in) */
    if ((k = ex_bare_consult_in(st, i)) != (size_t)-1)
        return k;
    k = i;
    /* (past the words of the phrase, not into "following", the -ing
     * word that may open it) */
    while (k > 0 && words < 3 && ex_phrase_filler(st, k - 1) &&
           !ex_tok_is(st, k - 1, "following")) {
        /* ("in any talks with", "in future talks with": talks that may
         * come; "in brokering talks with": a gerund's object) */
        if (ex_pronoun_is(&st->toks[k - 1], unsure) || ex_is_ing(st, k - 1))
            return (size_t)-1;
        k--;
        words++;
    }
    if (k == 0 || (k < i && st->toks[k].tag == KG_W_POSS))
        return (size_t)-1;
    /* (no article before a plural: "in talks with", "during informal
     * negotiations with") */
    if ((k == i || st->toks[k].tag != KG_W_DET) &&
        !ex_plural_noun(st, i))
        return (size_t)-1;
    /* ("told reporters after a meeting with", "said following a meeting
     * with": a meeting over by then is held as one going on is, with its
     * article ("after talks with" is read by the verb entry "talk with",
     * as before; "after peace talks with the rebels collapsed" opens a
     * clause); not "before", a meeting still to come) */
    if (ex_tok_is(st, k - 1, "at") || ex_tok_is(st, k - 1, "in") ||
        ex_tok_is(st, k - 1, "during") ||
        (k < i && st->toks[k].tag == KG_W_DET &&
         (ex_tok_is(st, k - 1, "after") ||
          ex_tok_is(st, k - 1, "following"))))
        return k - 1;
    return (size_t)-1;
}

/* "Bolivia said negotiations were continuing with Argentina", "Gros said
 * negotiations with the creditors had ended", "He said ... and talks
 * were under way with Brazil": does the consultation noun at token i
 * (its entry ending before t1) open a clause the speaker reports (the
 * speech verb at token v right before it, or "and", "but" after that
 * verb; its audience, "that", an article and up to two plain words aside, no
 * possessive: "his talks" are his)?  The token of the partner's "with",
 * right after the noun or past a predicate that tells the talks going on
 * or held ("were continuing", "are under way", "were being held", "have
 * just concluded"; "were scheduled", "would be held": not read), or
 * (size_t)-1. */
size_t ex_reported_talks(const ex_state *st, size_t i, size_t t1, size_t v)
{
    static const char *const unsure[] = {
        "any", "future", "possible", "eventual", "further", "new", "no", NULL};
    static const char *const going[] = {
        "were",      "was",       "are",        "is",          "have",
        "has",       "had",       "been",       "being",       "still",
        "now",       "already",   "just",       "continuing",  "continue",
        "continues", "continued", "under",      "way",         "underway",
        "in",        "progress",  "proceeding", "going",       "on",
        "ongoing",   "held",      "conducted",  "progressing", "resumed",
        "concluded", NULL};
    static const char *const audience[] = {"reporters", "journalists",
                                           "newsmen", "reuters", NULL};
    size_t k = i, words = 0, j;
    if (v == (size_t)-1 || v >= i)
        return (size_t)-1;
    while (k > 0 && words < 3 && ex_phrase_filler(st, k - 1)) {
        if (st->toks[k - 1].tag == KG_W_POSS ||
            ex_pronoun_is(&st->toks[k - 1], unsure) || ex_is_ing(st, k - 1))
            return (size_t)-1;
        k--;
        words++;
    }
    if (k > v + 1 && ex_tok_is(st, k - 1, "that"))
        k--;
    /* ("Nogales told Reuters the negotiations with the Paris Club had
     * been extremely successful": the audience of "told" between) */
    if (k == v + 2 && ex_pronoun_is(&st->toks[k - 1], audience))
        k--;
    if (k != v + 1 && !(k > v + 2 && (ex_tok_is(st, k - 1, "and") ||
                                      ex_tok_is(st, k - 1, "but"))))
        return (size_t)-1;
    if (ex_tok_is(st, t1 - 1, "with"))
        return t1 - 1;
    for (j = t1; j < st->ntoks && j < t1 + 5; j++) {
        if (ex_tok_is(st, j, "with"))
            return j;
        if (st->toks[j].kind != KG_TOK_WORD ||
            !ex_pronoun_is(&st->toks[j], going))
            return (size_t)-1;
    }
    return (size_t)-1;
}

/* The modality of reported talks whose partner, right after the noun,
 * ends at token e ("said negotiations with the creditors had ended"):
 * the first verb within eight words (a phrase of its topic between,
 * "on Argentina's debt"), "will", "would" and the like making them to
 * come ("intended"); a past or a perfect ("broke down", "had failed"),
 * a predicate of talks going on ("were continuing", "are under way") or
 * a judgement of talks held ("had been extremely successful") held
 * ("asserted"); talks put off or planned ("had been postponed"), or
 * anything else ("were needed", "are the only way"), none held: NULL. */
const char *ex_reported_talks_mood(const ex_state *st, size_t e)
{
    static const char *const going[] = {
        "continuing", "under",   "underway",    "in",    "proceeding",
        "going",      "ongoing", "progressing", "still", NULL};
    /* (talks judged as held: "had been extremely successful", "were
     * constructive") */
    static const char *const judged[] = {
        "successful", "productive", "constructive", "useful",
        "fruitful",   "difficult",  "tough",        "positive",
        "friendly",   "cordial",    "frank",        "inconclusive",
        NULL};
    static const char *const degree[] = {"very", "extremely", "quite",
                                         "most", "highly",    NULL};
    /* (a past of talks not held: "had been postponed", "were called
     * off") */
    static const char *const unheld[] = {
        "scheduled", "planned",  "postponed", "cancelled", "canceled",
        "delayed",   "proposed", "expected",  "called",    "deferred",
        "suggested", "sought",   "requested", "rejected",  "refused",
        "put",       NULL};
    size_t j, a;
    for (j = e; j < st->ntoks && j < e + 8; j++) {
        const ex_tok *k = &st->toks[j];
        if (k->kind != KG_TOK_WORD || k->tag == KG_W_CONJ || k->tag == KG_W_SUB)
            return NULL;
        if (ex_pronoun_is(k, ex_will_words))
            return "intended";
        if (ex_pronoun_is(k, ex_have_be_finite)) {
            a = j + 1;
            if (ex_pronoun_is(k, ex_have_finite) && ex_tok_is(st, a, "been"))
                a++; /* ("had been completed") */
            if (a < st->ntoks && ex_pronoun_is(&st->toks[a], degree))
                a++;
            if (a >= st->ntoks || ex_pronoun_is(&st->toks[a], unheld))
                return NULL;
            return ex_pronoun_is(&st->toks[a], judged) ||
                           (ex_pronoun_is(k, ex_be_finite)
                                ? ex_pronoun_is(&st->toks[a], going)
                                : ex_ends_ed(st, a))
                       ? "asserted"
                       : NULL;
        }
        /* ("broke down", "ended without agreement"; not an adjective
         * inside the topic's phrase, "on the proposed merger") */
        if (!(k->flags & KG_TOKF_CAP) && k->tag == KG_W_NONE &&
            (ex_ends_ed(st, j) || kg_onto__irregular(st->onto, k->lower)) &&
            !ex_mention_at(st, j) && st->toks[j - 1].tag != KG_W_DET &&
            st->toks[j - 1].tag != KG_W_PREP &&
            st->toks[j - 1].tag != KG_W_POSS)
            return ex_pronoun_is(k, unheld) ? NULL : "asserted";
        if (k->tag == KG_W_AUX || k->tag == KG_W_MODAL ||
            k->tag == KG_W_FUTURE || k->tag == KG_W_SPEECH)
            return NULL;
    }
    return NULL;
}

/* "Sweden will open its market, officials said today after a meeting
 * with Japan": a verb of saying right before the phrase at d (up to
 * three words between, a date or an uncoded listener among them: "said
 * today", "told reporters") makes the meeting its speaker's; when
 * ex_after_gerund_subject did not give that speaker (none coded, as
 * "officials"), no actor of the clause reported met. */
int ex_speech_right_before(const ex_state *st, size_t d)
{
    size_t k;
    for (k = d; k-- > 0 && d - k <= 4;) {
        const ex_mention *m = ex_mention_at(st, k);
        if (st->toks[k].kind != KG_TOK_WORD ||
            (m && !m->ent.is_value && m->ent.code && *m->ent.code))
            return 0;
        if (st->toks[k].tag == KG_W_SPEECH)
            return 1;
    }
    return 0;
}

/* Who met in "at a meeting with Y" at token d inside the sentence: as
 * ex_after_gerund_subject ("Conable, at a meeting with de Mel, said",
 * "Diaz said at a meeting with"), else an actor just before the phrase
 * that stands where a subject does ("Bank President Barber Conable at a meeting with de
 * Mel also emphasised"), else the subject of the clause the phrase ends
 * ("Kohl reviewed a proposal by employers at a meeting with", not the
 * verb's object; "said that Reagan changed no minds in a meeting with":
 * Reagan, not the speaker); NULL when that subject is the mention cur
 * the clause read already, or none. */
const kg_entity *ex_meeting_subject(const ex_state *st, size_t d,
                                    const kg_entity *speaker,
                                    size_t speech_at, const ex_mention *cur)
{
    const ex_mention *m;
    const kg_entity *e;
    if (d >= 2 && ex_tok_punct(st, d - 1, ','))
        return ex_after_gerund_subject(st, d, speaker, speech_at);
    if ((e = ex_after_gerund_subject(st, d, speaker, speech_at)) != NULL)
        return e;
    if (ex_speech_right_before(st, d))
        return NULL; /* ("Japan will act, senators said after a meeting") */
    m = ex_actor_before(st, d);
    if (m && ex_subject_position(st, m))
        return &m->ent;
    /* (the clause's own subject read already stays, with those joined
     * to it: "Baker and Volcker gave these views at closed-door talks
     * with Wright") */
    if (cur && cur->t1 <= d && ex_subject_position(st, cur))
        return NULL;
    m = ex_last_subject(st, d, d, 1);
    /* (not the speaker when the clause reported names another actor:
     * "Baldrige said he hopes Nakasone will make proposals at a meeting
     * with Reagan"; "Yeutter said the case was resolved at a meeting
     * with Figuerras" is his) */
    if (m && speaker && speech_at != (size_t)-1 && m->t1 <= speech_at &&
        speech_at < d) {
        size_t k;
        for (k = 0; k < st->nments; k++)
            if (st->ments[k].t0 > speech_at && st->ments[k].t1 <= d &&
                !st->ments[k].dropped && !st->ments[k].ent.is_value)
                return NULL;
    }
    return m ? &m->ent : NULL;
}

/* ---- nouns whose possessor is the patient ------------------------------ */

/* Arrest and detention (173), abduction (181), release (084), expulsion
 * (174), assassination (186): "his arrest" is done to him. */
int ex_patient_noun(const kg_onto_relation *rel)
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
int ex_possessor(const ex_state *st, const ex_mention *sm)
{
    size_t e;
    if (!sm)
        return st->subj_end > 0 && st->toks[st->subj_end - 1].tag == KG_W_POSS;
    e = sm->t1;
    if (e < st->ntoks && ex_tok_is(st, e, "'s"))
        return 1;
    return e + 1 < st->ntoks && ex_is_quote(st, e) && ex_tok_is(st, e + 1, "s");
}

/* ---- "a budget which was welcomed by Washington" --------------------- */

/* The actor whose thing the noun phrase ending at token h names: a
 * possessive or a modifying actor inside it ("Japan's budget", "the
 * Reagan budget"), else the subject of a verb of making right before it
 * ("Japan has announced a supplementary budget").  NULL when none. */
static const kg_entity *ex_thing_owner(ex_state *st, size_t h)
{
    static const char *const make[] = {
        "announced", "proposed", "unveiled", "adopted", "introduced",
        "presented", "submitted", "offered", "tabled", "launched", NULL};
    const ex_mention *sm;
    size_t k;
    int pron;
    for (k = h; k > 0 && h - k < 6; k--) {
        const ex_tok *t = &st->toks[k - 1];
        const ex_mention *m = ex_mention_at(st, k - 1);
        if (m && !m->dropped && !m->ent.is_value) {
            if (!m->ent.code || !*m->ent.code)
                return NULL;
            return &m->ent; /* "Japan's budget", "the Reagan budget" */
        }
        if (t->kind == KG_TOK_NUMBER || ex_tok_is(st, k - 1, "'s") ||
            (t->kind == KG_TOK_WORD &&
             (t->tag == KG_W_NONE || t->tag == KG_W_DET ||
              t->tag == KG_W_INTENT)))
            continue;
        break;
    }
    /* past the phrase's words: a verb of making and its subject */
    if (k == 0 || !ex_pronoun_is(&st->toks[k - 1], make))
        return NULL;
    return ex_subject(st, k - 1, 0, 0, &sm, &pron);
}

/* "Japan has announced a supplementary budget which was warmly welcomed
 * by Washington", "the Reagan budget, which has been widely criticized
 * by Congress": a relative clause in the passive of a verb that judges
 * (praise, welcome 05; criticism 11; rejection 12), its agent after
 * "by", judges the owner of the thing the clause is about
 * (ex_thing_owner). */
int ex_relative_judged(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload)
{
    static const char *const rel_words[] = {"which", "that", NULL};
    static const char *const be[] = {"was", "were", "is", "are", "been",
                                     "has", "have", "had", NULL};
    size_t i;
    int err;
    if (!ex_has_cues(st, EX_CUE_BY) || !ex_coded_actors(st, 2))
        return KG_OK; /* "welcomed by" a coded agent */
    for (i = 2; i + 3 < st->ntoks; i++) {
        const kg_onto_relation *rel;
        const kg_entity *owner;
        const ex_mention *am;
        const char *modality;
        size_t h, v, ntok;
        int negated;
        if (!ex_pronoun_is(&st->toks[i], rel_words))
            continue;
        h = ex_tok_punct(st, i - 1, ',') ? i - 2 : i - 1;
        /* (a plan is a thing too: "Turkey's plan, which was praised") */
        if (st->toks[h].kind != KG_TOK_WORD ||
            (st->toks[h].tag != KG_W_NONE && st->toks[h].tag != KG_W_INTENT) ||
            ex_mention_at(st, h))
            continue;
        for (v = i + 1; v < st->ntoks && v < i + 6 &&
                        (ex_pronoun_is(&st->toks[v], be) ||
                         st->toks[v].tag == KG_W_NEG || ex_is_adverb(st, v));
             v++)
            ;
        if (v == i + 1 || v + 2 >= st->ntoks || !ex_ends_ed(st, v) ||
            !ex_tok_is(st, v + 1, "by") ||
            !kg_onto__match_relation(st->onto, v + 1, v, 0, ex_lemma, st,
                                     &rel, &ntok) ||
            ntok != 1 || rel->noun || !rel->cameo ||
            !(!strncmp(rel->cameo, "05", 2) || !strncmp(rel->cameo, "11", 2) ||
              !strncmp(rel->cameo, "12", 2)))
            continue;
        if (!(am = ex_actor_from(st, v + 2)) || !am->ent.code ||
            !*am->ent.code || !(owner = ex_thing_owner(st, h)) ||
            !owner->code || !*owner->code || ex_same_id(&am->ent, owner))
            continue;
        ex_cues(st, i, v, &negated, &modality);
        if ((err = ex_emit(st, s, idx, &am->ent, owner, rel, v, v + 1,
                           negated, modality, NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
        /* ("which has been criticized by Democrats and Republicans":
         * each agent of the list judged it) */
        {
            const kg_entity *co[4];
            size_t c, nco = ex_conjuncts_after(st, am, "by", co, 4, NULL);
            for (c = 0; c < nco; c++)
                if (co[c]->code && *co[c]->code &&
                    !ex_same_id(co[c], owner) &&
                    (err = ex_emit(st, s, idx, co[c], owner, rel, v, v + 1,
                                   negated, modality, NULL, 0.5, seen, nseen,
                                   cb, payload)) != 0)
                    return err;
        }
    }
    return KG_OK;
}

/* Could token n be the verb of a clause: "had", "would", a trigger
 * ("Iran seized"), a word in "-ed"? */
static int ex_clause_verb(const ex_state *st, size_t n)
{
    size_t len = strlen(st->toks[n].lower);
    return st->toks[n].tag == KG_W_AUX || st->toks[n].tag == KG_W_MODAL ||
           st->toks[n].tag == KG_W_FUTURE ||
           (st->toks[n].tag == KG_W_NONE &&
            (st->toks[n].trigger ||
             (len > 3 && !strcmp(st->toks[n].lower + len - 2, "ed"))));
}

/* "Tokyo was deeply disappointed that Seoul had ...", "Paris is
 * concerned that": the "is" or "was" before the adjective at i (past one
 * adverb of degree), whose subject feels it; 0 when there is none ("a
 * worried Tokyo", "investors worried that" are left alone). */
static size_t ex_judged_state(const ex_state *st, size_t i)
{
    static const char *const degree[] = {"very", "deeply", "also",
                                         "particularly", "greatly",
                                         "extremely", "gravely",
                                         "seriously", "increasingly",
                                         "still", "clearly", NULL};
    size_t b = i - 1;
    if (b > 0 && ex_pronoun_is(&st->toks[b], degree))
        b--;
    return ex_pronoun_is(&st->toks[b], ex_be_finite) ? b : 0;
}

/* The verbs of judging that ex_judgement_clauses reads. */
static const char *const ex_judge_complain[] = {
    "complain", "complains", "complained", "complaining", "protested",
    NULL};
static const char *const ex_judge_regret[] = {"regret", "regrets", "regretted",
                                     "regretting", NULL};
static const char *const ex_judge_deplore[] = {
    "deplore",   "deplores",   "deplored",   "deploring", "lament",
    "laments",   "lamented",   "lamenting",  "criticise", "criticises",
    "criticised", "criticize", "criticizes", "criticized", "condemn",
    "condemns",  "condemned",  "denounce",   "denounces", "denounced",
    "decry",     "decries",    "decried",    NULL};
static const char *const ex_judge_welcome[] = {
    "welcome",  "welcomes",  "welcomed",  "welcoming", "praise",
    "praises",  "praised",   "applaud",   "applauds",  "applauded",
    "commend",  "commends",  "commended", "hailed",    "lauded",
    NULL};
static const char *const ex_judge_disappointed[] = {
    "disappointed", "dismayed", "angered", "angry", "upset", NULL};
static const char *const ex_judge_pleased[] = {"pleased", NULL};
/* (ex_judgement_clauses reads these six lists at every token of a
 * sentence with "that" and a coded actor: their first bytes first) */
EX_WORD_GATE(ex_judge_gate, ex_judge_complain, ex_judge_regret,
             ex_judge_deplore, ex_judge_welcome, ex_judge_disappointed,
             ex_judge_pleased);

/* "The EC complained that Japan had failed to open its markets", "Britain
 * deplored that Iran had seized the tanker", "Tokyo welcomed the fact that
 * Beijing had lifted the ban": a verb of complaint, judgement or praise
 * whose object is a "that" clause judges the actor that opens the clause
 * (its subject, before the clause's verb), coded as the verb's lexicon row
 * codes a direct object ("complains to" 114, "regrets" 110, "deplores"
 * 111, "blames" 112, "welcomes" 051).  Verbs of saying or believing are
 * not here (a said clause is read by ex_allegations and ex_claim_verb);
 * the speaker's own country in the clause, or the speaker a country
 * whose own body is in it ("the Japanese government complained that
 * Tokyo had been left out") is no event; another body of its country is
 * ("the President complained that Congress had not approved the
 * measures": USAGOV against USAGOVLEG). */
int ex_judgement_clauses(ex_state *st, const kg_sentence *s, size_t idx,
                         ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                         void *payload)
{
    static const struct {
        const char *const *forms;
        const char *type, *label, *cameo, *plover;
        int quad;
    } verbs[] = {
        /* ("protested that": a complaint in words, as "protests to" 114) */
        {ex_judge_complain, "complain", "complains to", "114", "ACCUSE", 3},
        {ex_judge_regret, "oppose", "regrets", "110", "ACCUSE", 3},
        {ex_judge_deplore, "criticize", "criticizes", "111", "ACCUSE", 3},
        {ex_judge_welcome, "praise", "praises", "051", "SUPPORT", 1},
        /* after "is", "was" ("Tokyo was disappointed that Seoul had
         * ...": ex_judged_state; "concerned that" is the lexicon's 012
         * already) */
        {ex_judge_disappointed, "oppose", "disapproves", "110", "ACCUSE",
         3},
        {ex_judge_pleased, "praise", "praises", "051", "SUPPORT", 1},
    };
    /* the first of verbs[] that needs a "be" before it */
    enum { EX_JUDGED_STATE = 4 };
    size_t i, j, k, n, v;
    int err;
    /* (the clause after "that" is what is read: most sentences have
     * none) */
    if (!ex_has_cues(st, EX_CUE_THAT) || !ex_coded_actors(st, 1))
        return KG_OK;
    for (i = 1; i + 3 < st->ntoks; i++) {
        const kg_entity *speaker;
        const ex_mention *m;
        const char *modality;
        kg_onto_relation rel;
        int negated;
        if (!ex_word_gate_may(&ex_judge_gate, st->toks[i].lower))
            continue;
        for (k = 0; k < sizeof verbs / sizeof verbs[0]; k++)
            if (ex_pronoun_is(&st->toks[i], verbs[k].forms))
                break;
        if (k == sizeof verbs / sizeof verbs[0] ||
            st->toks[i - 1].tag == KG_W_DET || /* "the lamented plan" */
            st->toks[i - 1].tag == KG_W_PREP) /* "noted with regret that" */
            continue;
        v = i;
        if (k >= EX_JUDGED_STATE && (v = ex_judged_state(st, i)) == 0)
            continue;
        /* "complained on Tuesday that", "welcomed the fact that",
         * "complained bitterly that" */
        j = i + 1;
        n = strlen(st->toks[j].lower);
        if (st->toks[j].kind == KG_TOK_WORD && n > 4 &&
            !strcmp(st->toks[j].lower + n - 2, "ly"))
            j++;
        j = ex_when_phrase(st, j);
        if (ex_tok_is(st, j, "the") &&
            (ex_tok_is(st, j + 1, "fact") || ex_tok_is(st, j + 1, "news") ||
             ex_tok_is(st, j + 1, "announcement")))
            j += 2; /* "welcomed the news that Iran had released" */
        if (!ex_tok_is(st, j, "that"))
            continue;
        j++;
        m = ex_clause_opener(st, &j);
        if (!m || m->t0 != j || m->dropped || m->ent.is_value ||
            ex_is_date(&m->ent) || !m->ent.code || !*m->ent.code)
            continue;
        /* the clause's subject: its verb right after the actor ("Japan
         * had failed", "Iran seized") or after the actor's own thing
         * ("that Japan's markets remained closed": up to two words), not
         * "that the talks with Japan had" */
        n = m->t1;
        if (ex_tok_possessive(st, n))
            for (n++; n < m->t1 + 3 && n < st->ntoks &&
                      st->toks[n].kind == KG_TOK_WORD &&
                      st->toks[n].tag == KG_W_NONE && !ex_clause_verb(st, n);
                 n++)
                ;
        if (n >= st->ntoks || n == m->t1 + 1 || !ex_clause_verb(st, n))
            continue;
        if (!(speaker = ex_subject_of(st, v)) || !speaker->code ||
            !*speaker->code || ex_same_id(speaker, &m->ent) ||
            !strcmp(speaker->code, m->ent.code) ||
            (speaker->country && m->ent.country &&
             !strcmp(speaker->country, m->ent.country) &&
             (strlen(speaker->code) == 3 || strlen(m->ent.code) == 3)))
            continue;
        memset(&rel, 0, sizeof rel);
        rel.pattern = verbs[k].type;
        rel.type = verbs[k].type;
        rel.label = verbs[k].label;
        rel.cameo = verbs[k].cameo;
        rel.plover = verbs[k].plover;
        rel.quad = verbs[k].quad;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, speaker, &m->ent, &rel, i, i + 1,
                           negated, "asserted", NULL, 0.5, seen, nseen, cb,
                           payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The accord a pro-form stands for (ex_compared_accords): signed, 057. */
static const kg_onto_relation ex_compared_accord = {
    .pattern = "agreement", .type = "sign", .label = "agreement with",
    .cameo = "057", .plover = "SUPPORT", .quad = 1, .noun = 1,
    .prep = "with"};

/* "a loan-for-oil deal, similar to that concluded recently between
 * Rosneft and China's National Petroleum Corporation", "a memorandum
 * ... on terms similar to one signed last autumn between Britain and the
 * United States": an accord compared with another one that a pro-form
 * ("one", "that", "those") after "similar to" (or "comparable",
 * "identical") names, told made by a participle of making (signed,
 * concluded, reached, struck, agreed, ...) and the parties "between"
 * names, is that other accord, made by them: 057 both ways, told as done
 * whatever the main clause says of the compared one (the dev gold codes
 * the Rosneft line so; ex_hypothetical's "similar to" keeps the compared
 * act itself out).  An accord noun must come earlier in the sentence
 * (within twenty words) for the pro-form to stand for ("prices similar
 * to those agreed between" still does: "agreement" is not needed when
 * "deal", "pact", "terms", ... is there). */
int ex_compared_accords(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload)
{
    static const char *const like[] = {"similar", "comparable", "identical",
                                       NULL};
    static const char *const pro[] = {"one", "that", "those", "ones", NULL};
    static const char *const accords[] = {
        "agreement",  "agreements", "accord",    "accords",  "deal",
        "deals",      "pact",       "pacts",     "treaty",   "treaties",
        "memorandum", "protocol",   "contract",  "contracts", "arrangement",
        "terms",      "settlement", NULL};
    size_t p;
    int err;
    if (!ex_coded_actors(st, 2))
        return KG_OK;
    for (p = 2; p + 4 < st->ntoks; p++) {
        const ex_mention *x, *y, *z;
        size_t k, lo;
        int noun = 0;
        if (!ex_tok_is(st, p - 1, "to") ||
            !ex_pronoun_is(&st->toks[p - 2], like) ||
            !ex_pronoun_is(&st->toks[p], pro) ||
            !(ex_pronoun_is(&st->toks[p + 1], ex_accord_participles) ||
              ex_tok_is(st, p + 1, "negotiated")))
            continue;
        lo = p > 22 ? p - 22 : 0;
        for (k = p - 2; k-- > lo;) {
            /* (a closing single quote stays on its word: "a 'loan-for-oil
             * deal'") */
            const char *w = st->toks[k].lower;
            size_t n = strlen(w), a;
            if (n > 1 && w[n - 1] == '\'')
                n--;
            for (a = 0; accords[a] && !noun; a++)
                noun = strlen(accords[a]) == n && !strncmp(w, accords[a], n);
            if (noun)
                break;
        }
        if (!noun || (x = ex_between_art(st, p + 2, 2)) == NULL ||
            (y = ex_between_second(st, x, 1)) == NULL || !x->ent.code ||
            !*x->ent.code || !y->ent.code || !*y->ent.code ||
            ex_same_id(&x->ent, &y->ent))
            continue;
        /* ("and China's National Petroleum Corporation": of a country
         * and the actor its possessive owns, the second heads the
         * phrase, as for the first party in ex_between_art) */
        k = y->t1 < st->ntoks && ex_tok_possessive(st, y->t1) ? y->t1 + 1
                                                               : y->t1;
        if (k < st->ntoks && (z = ex_actor_at(st, k)) != NULL &&
            z->t0 == k && z->ent.code && *z->ent.code &&
            !ex_same_id(&z->ent, &x->ent))
            y = z;
        if ((err = ex_emit(st, s, idx, &x->ent, &y->ent, &ex_compared_accord,
                           p + 1, p + 2, 0, "asserted", NULL, 0.5, seen,
                           nseen, cb, payload)) != 0 ||
            (err = ex_emit(st, s, idx, &y->ent, &x->ent, &ex_compared_accord,
                           p + 1, p + 2, 0, "asserted", NULL, 0.5, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* The mention of the entity whose id is id among tokens [0, end), or
 * NULL (ex_accords_under). */
static const ex_mention *ex_mention_of_id(const ex_state *st, size_t end,
                                          const char *id)
{
    size_t k;
    for (k = 0; k < end && k < st->ntoks; k++) {
        const ex_mention *m = ex_actor_at(st, k);
        if (m && m->t0 == k && !m->dropped && m->ent.id &&
            !strcmp(m->ent.id, id))
            return m;
    }
    return NULL;
}

/* "Bangladesh will import 60,000 tons of high speed diesel oil from the
 * Soviet Union under a barter agreement signed here last week", "Ghana
 * will import 15,000 tonnes of crude oil annually from Iran under an
 * agreement reached in Tehran today": an accord told made by a participle
 * of making after "under" (an article and up to three words before the
 * noun), naming no parties of its own ("between" or "with" after it), is
 * the accord of the two parties of the act it governs: the last relation
 * read in the sentence before the "under" between two coded actors (seen,
 * nseen) gets 057 both ways, asserted (the accord was made, whatever the
 * act's modality).  The dev gold codes "Bangladesh will receive a grant
 * ... from the Netherlands during 1987 under an agreement signed here
 * Saturday" so. */
int ex_accords_under(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload)
{
    static const char *const accords[] = {
        "agreement", "accord", "pact", "protocol", "deal", "treaty",
        "contract",  NULL};
    static const char *const made[] = {"signed", "reached", "concluded",
                                       "struck", "sealed",  NULL};
    size_t p;
    int err;
    if (*nseen == 0 || !ex_coded_actors(st, 2))
        return KG_OK;
    for (p = 1; p + 3 < st->ntoks; p++) {
        const ex_mention *x = NULL, *y = NULL;
        size_t q, k, e;
        if (!ex_tok_is(st, p, "under") || st->toks[p + 1].tag != KG_W_DET)
            continue;
        for (q = p + 2; q < st->ntoks && q < p + 6; q++)
            if (ex_pronoun_is(&st->toks[q], accords) ||
                st->toks[q].kind != KG_TOK_WORD || ex_mention_at(st, q))
                break;
        if (q + 1 >= st->ntoks || !ex_pronoun_is(&st->toks[q], accords) ||
            !ex_pronoun_is(&st->toks[q + 1], made))
            continue;
        /* (its own parties: "signed between", "reached with") */
        for (k = q + 2; k < st->ntoks && k < q + 8; k++)
            if (ex_tok_is(st, k, "between") || ex_tok_is(st, k, "with") ||
                ex_tok_is(st, k, "by"))
                break;
        if (k < st->ntoks && k < q + 8)
            continue;
        for (e = *nseen; e-- > 0;) {
            if (seen[e].negated || !seen[e].subj || !seen[e].obj ||
                !strcmp(seen[e].subj, seen[e].obj))
                continue;
            x = ex_mention_of_id(st, p, seen[e].subj);
            y = ex_mention_of_id(st, p, seen[e].obj);
            if (x && y)
                break;
            x = y = NULL;
        }
        if (!x || !y || !x->ent.code || !*x->ent.code || !y->ent.code ||
            !*y->ent.code)
            continue;
        if ((err = ex_emit(st, s, idx, &x->ent, &y->ent, &ex_compared_accord,
                           q, q + 1, 0, "asserted", NULL, 0.5, seen, nseen,
                           cb, payload)) != 0 ||
            (err = ex_emit(st, s, idx, &y->ent, &x->ent, &ex_compared_accord,
                           q, q + 1, 0, "asserted", NULL, 0.5, seen, nseen,
                           cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}

/* "Reagan announced the sanctions in retaliation for what he called
 * Japan's failure": the "he" of "what he called" at token i is the
 * subject of the verb the clause hangs on, the nearest verb before
 * "what" (a trigger or a word in "-ed", 20 tokens back, in the
 * sentence's clause) whose subject is a coded actor; or NULL. */
static const kg_entity *ex_what_pronoun_namer(ex_state *st, size_t i)
{
    static const char *const pron[] = {"he", "she", "they", "it", NULL};
    const kg_entity *e;
    size_t t;
    if (i < 3 || !ex_pronoun_is(&st->toks[i - 1], pron) ||
        !ex_tok_is(st, i - 2, "what"))
        return NULL;
    for (t = i - 2; t-- > 0 && i - t <= 20;) {
        if (ex_tok_punct(st, t, '.') || ex_tok_punct(st, t, ';'))
            return NULL;
        if (st->toks[t].kind != KG_TOK_WORD ||
            !(st->toks[t].trigger ||
              (st->toks[t].tag == KG_W_NONE && ex_ends_ed(st, t))))
            continue;
        if ((e = ex_subject_of(st, t)) != NULL && e->code && *e->code)
            return e;
    }
    return NULL;
}

/* "Chirac has called the UK's £3bn rebate from the European Union
 * \"unjustified\"", "sanctions in retaliation for what he called Japan's
 * failure to honor a pact", "a statement described yesterday's decision
 * by Canada as unjustified": a verb of naming whose object phrase belongs
 * to an actor (its owner before "'s", or its doer after "by") and ends
 * in a word of condemnation (ex_verdict_words, or an article and one of
 * ex_verdict_nouns; "as", quote marks and adverbs of degree between) is
 * the namer's criticism of that actor (111), as "called Russia's actions
 * unacceptable" is by the lexicon's call * rows, whose gap a quote mark,
 * a sum or an actor after "from" breaks.  The namer is the verb's
 * subject, another coded actor; a plain object actor is the lexicon's.
 * Not a base form ("too soon to call the pact a failure"), "called for"
 * or "called on", a passive ("has been branded"), nor an actor after
 * another preposition ("from the European Union"). */
static const char *const ex_naming_verbs[] = {
    "called",   "calls",    "calling",   "branded", "brands",
    "branding", "described", "describes", "describing", "termed",
    "labelled", "labeled",  "dubbed",    NULL};
EX_WORD_GATE(ex_naming_gate, ex_naming_verbs);

int ex_named_verdicts(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                      void *payload)
{
    static const char *const degree[] = {
        "clearly", "totally", "completely", "entirely", "absolutely",
        "simply",  "quite",   "very",       "highly",   "deeply",
        "utterly", "thoroughly", "wholly",  NULL};
    static const char *const not_object[] = {"for", "on", "off", "in",
                                             "up", "out", "upon", NULL};
    static const kg_onto_relation criticize = {
        .pattern = "call", .type = "criticize", .label = "criticizes",
        .cameo = "111", .plover = "ACCUSE", .quad = 3};
    size_t i, k, v;
    int err;
    if (st->sports_doc || st->sports_sentence || !ex_coded_actors(st, 2))
        return KG_OK;
    for (i = 1; i + 3 < st->ntoks; i++) {
        const ex_mention *owner = NULL, *m;
        const kg_entity *namer;
        size_t e = i + 16 < st->ntoks ? i + 16 : st->ntoks;
        int negated, found = 0;
        const char *modality;
        if (!ex_word_gate_may(&ex_naming_gate, st->toks[i].lower) ||
            !ex_pronoun_is(&st->toks[i], ex_naming_verbs) ||
            ex_pronoun_is(&st->toks[i + 1], not_object) ||
            ex_pronoun_is(&st->toks[i - 1], ex_be_finite) ||
            ex_tok_is(st, i - 1, "been") || ex_tok_is(st, i - 1, "being") ||
            ex_tok_is(st, i - 1, "be"))
            continue;
        /* (a participle's passive: "a position described today by
         * Nicaragua's Central Bank governor as undemocratic") */
        k = i + 1;
        if ((m = ex_mention_at(st, k)) != NULL && m->t0 == k &&
            ex_is_date(&m->ent))
            k = m->t1;
        if (ex_tok_is(st, k, "today") || ex_tok_is(st, k, "yesterday"))
            k++;
        if (k < st->ntoks && ex_tok_is(st, k, "by"))
            continue;
        /* the object phrase and its verdict, within its clause */
        for (k = i + 1; k < e && !found; k++) {
            if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';') ||
                ex_tok_punct(st, k, ',') || ex_tok_is(st, k, "that") ||
                ex_tok_is(st, k, "which") || ex_tok_is(st, k, "who") ||
                ex_tok_is(st, k, "and") || ex_tok_is(st, k, "but"))
                break;
            m = ex_mention_at(st, k);
            if (!owner && m && m->t0 == k && !m->dropped &&
                !m->ent.is_value && m->ent.code && *m->ent.code &&
                ((m->t1 < st->ntoks && ex_tok_possessive(st, m->t1)) ||
                 (k > 0 && ex_tok_is(st, k - 1, "by")))) {
                owner = m;
                k = m->t1 - 1;
                continue;
            }
            /* ("what he called Japan's failure to honor a pact": the
             * name given is the owner's deed itself) */
            if (owner && k == owner->t1 + 1 &&
                ex_tok_possessive(st, owner->t1) && i >= 2 &&
                ex_tok_is(st, i - 2, "what") &&
                ex_pronoun_is(&st->toks[k], ex_verdict_nouns)) {
                found = 1;
                break;
            }
            if (k == i + 1)
                continue;
            v = k;
            if (ex_tok_is(st, v, "as"))
                v++;
            if (v < e && ex_is_quote(st, v))
                v++;
            while (v < e && ex_pronoun_is(&st->toks[v], degree))
                v++;
            if (v + 1 < e && st->toks[v].tag == KG_W_DET &&
                !ex_tok_is(st, v, "no")) {
                size_t n = v + 1;
                if (ex_is_quote(st, n) && n + 1 < e)
                    n++;
                found = ex_pronoun_is(&st->toks[n], ex_verdict_nouns);
            } else if (v < e && v > k) {
                found = ex_pronoun_is(&st->toks[v], ex_verdict_words);
            } else if (v < e)
                found = ex_pronoun_is(&st->toks[v], ex_verdict_words) &&
                        (ex_is_quote(st, v - 1) ||
                         st->toks[v - 1].kind == KG_TOK_WORD);
        }
        if (!found || !owner)
            continue;
        if (!(namer = ex_subject_of(st, i)))
            namer = ex_what_pronoun_namer(st, i);
        if (!namer || !namer->code ||
            !*namer->code || ex_same_id(namer, &owner->ent) ||
            !strcmp(namer->code, owner->ent.code))
            continue;
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        if ((err = ex_emit(st, s, idx, namer, &owner->ent, &criticize, i,
                           i + 1, negated, modality, NULL, 0.5, seen,
                           nseen, cb, payload)) != 0)
            return err;
    }
    return KG_OK;
}
