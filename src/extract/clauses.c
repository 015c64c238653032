/*
 * clauses.c: complement clauses (appeals, demands, intentions, claims,
 * quoted stances) and ex_relations, which reads every trigger of a
 * sentence.  Part of the extractor (extract_internal.h).
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

/* How many objects of an earlier verb an infinitive joined to it by
 * "and" takes over ("criticised Jordan, Syria and Lebanon and threatened
 * to cut aid"). */
#define EX_DONE_OBJECTS 4

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
/* The preposition that leads to a force's target in a place, for
 * ex_place_of_object: a noun's ("an attack on a hotel in Mogadishu"), and
 * a verb's aim ("fired missiles at a car in Gaza"); not "with", whose
 * people are met wherever they are ("clashed with the rioters in the
 * square"). */
static const char *ex_aim_lead(const kg_onto_relation *rel)
{
    if (!rel->prep || ex_in_list(rel->prep, "with"))
        return rel->noun ? rel->prep : NULL;
    return rel->prep;
}

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

/* "made an appeal for the withdrawal of British troops", "issued a call
 * for the release of", "made a demand for": an appeal or a demand (02,
 * 10) whose noun stands right after an article that a verb of making or
 * voicing takes is that verb's act, read as the verb row ("appealed for
 * the withdrawal"), as it is with an adjective between ("made a new
 * appeal for"); the article alone made it a noun with no row.  Is the
 * verb row rel at token i such an act? */
static int ex_made_appeal(const ex_state *st, const kg_onto_relation *rel,
                          size_t i)
{
    static const char *const made[] = {
        "make",   "makes",   "made",     "making",   "issue",   "issues",
        "issued", "issuing", "renew",    "renews",   "renewed", "renewing",
        "launch", "launches", "launched", "launching", "repeat", "repeated",
        "voice",  "voiced",  NULL};
    return rel->cameo &&
           (!strncmp(rel->cameo, "02", 2) || !strncmp(rel->cameo, "10", 2)) &&
           i >= 2 && st->toks[i - 1].tag == KG_W_DET &&
           !ex_tok_is(st, i - 1, "the") &&
           ex_pronoun_is(&st->toks[i - 2], made);
}

/* Verbs whose object is asked to act: "urged Iran to", "wants Putin to",
 * "called on Moscow to" (family 02), "ordered the army to", "told Kyiv
 * to", "pressed Turkey to" (family 10: CAMEO's verb dictionary files
 * PRESS under DEMAND, 100).  ("force" is left out: "forces" is far more
 * often the noun.) */
static const char ex_appeal_verbs[] =
    "want;wants;wanted;wanting;ask;asks;asked;asking;urge;urges;urged;"
    "urging;encourage;encourages;encouraged;"
    "encouraging;invite;invites;invited;inviting;request;requests;"
    "requested;requesting;implore;implores;implored;imploring;beg;begs;"
    "begged;begging;persuade;persuades;persuaded;persuading;push;pushes;"
    "pushed;pushing;lobby;lobbies;lobbied;lobbying";
static const char ex_appeal_particle_verbs[] = /* + on/upon, + to */
    "call;calls;called;calling;appeal;appeals;appealed;appealing";
static const char ex_demand_verbs[] =
    "demand;demands;demanded;demanding;order;orders;ordered;ordering;tell;"
    "tells;told;telling;instruct;instructs;instructed;instructing;press;"
    "presses;pressed;pressing;pressure;"
    "pressures;pressured;pressuring;compel;compels;compelled;compelling;"
    "forced;forcing";

/* "pressed for Iran to allow": the one demand verb (family 10) that asks
 * through "for", as the appeal verbs do. */
static const char ex_press_verbs[] = "press;presses;pressed;pressing";

/* "an EU demand for Turkey to recognise Cyprus": nouns of demanding that
 * ask through "for" as "pressed for" does (family 10). */
static const char ex_demand_nouns[] = "demand;demands";

/* Nouns of asking whose asker follows "from": "pressure from Congress". */
static const char ex_pressure_nouns[] =
    "pressure;pressures;demand;demands;calls;appeal;appeals";

/* Words that permit an act without asking for it: "allowed Russia to",
 * "permission to Russia to". */
static const char ex_permit_verbs[] =
    "allow;allows;allowed;allowing;permit;permits;permitted;permitting;"
    "permission;authorise;authorises;authorised;authorize;authorizes;"
    "authorized";

/* "an EU demand for", "Washington's demand for": is the demand noun at
 * token w named by its asker right before it?  (Without one the asker
 * would be taken from the clause: "Syria ignored a demand for Turkey to"
 * is no demand by Syria.) */
static int ex_demand_noun_asker(const ex_state *st, size_t w)
{
    const ex_mention *m;
    if (w > 0 && ex_tok_is(st, w - 1, "'s"))
        w--;
    return w > 0 && (m = ex_mention_at(st, w - 1)) != NULL && m->t1 == w &&
           !m->ent.is_value;
}

/* The appeal, demand or permission word before an actor whose first
 * token is t0 ("urged [the] Iran", "called on Iran", "appealed to Iran",
 * "pressured by Congress", "permission to Russia"): its token, with *fam
 * set to "02" (appeal), "10" (demand) or "" (permission) and *passive to
 * 1 when "by" put the asker after the verb; (size_t)-1 when none. */
static size_t ex_appeal_verb(const ex_state *st, size_t t0, const char **fam,
                             int *passive)
{
    size_t v = t0, k;
    const ex_mention *p = ex_mention_at(st, t0);
    *passive = 0;
    /* "called on President Hossain Mohammad Ershad to step down": a
     * person's title that is no part of the name's mention stands
     * between the appeal and the one asked */
    for (k = t0 > 3 ? t0 - 3 : 0; p && p->t0 == t0 && k < t0; k++) {
        const char *agent = NULL;
        if (ex_match_title(st, k, &agent) == t0 - k &&
            ex_mention_at(st, k) == NULL && ex_is_person(&p->ent)) {
            v = k;
            break;
        }
    }
    /* "pressed Sri Lanka's Tamil Tiger rebels to sit down with": an
     * actor's possessor stands where an article would */
    if (v >= 2 && ex_tok_is(st, v - 1, "'s") &&
        (p = ex_mention_at(st, v - 2)) != NULL && p->t1 == v - 1 &&
        !p->ent.is_value)
        v = p->t0;
    /* the, all, both; "encourage our businessmen to invest", "urged its
     * allies to": a possessive stands where an article would */
    if (v > 0 && (st->toks[v - 1].tag == KG_W_DET ||
                  st->toks[v - 1].tag == KG_W_POSS))
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
        size_t a = v;
        if (v == 0)
            return (size_t)-1;
        /* (past an adverb: "called once more on Washington to end",
         * "appealed again to Iran to", ex_is_adverb) */
        while (a > 1 && v - a < 2 && ex_is_adverb(st, a - 1))
            a--;
        if (ex_in_list(ex_appeal_particle_verbs, st->toks[a - 1].lower)) {
            *fam = "02";
            return a - 1;
        }
        if (ex_tok_is(st, v, "to") &&
            ex_in_list(ex_permit_verbs, st->toks[v - 1].lower)) {
            *fam = "";
            return v - 1;
        }
        return (size_t)-1;
    }
    if (ex_tok_is(st, v, "for") && v > 0) {
        /* (past an adverb, ex_is_adverb: "called again for", "pressed
         * publicly for"; the trigger loop reads the entry past it,
         * ex_inserted_end) */
        size_t a = v > 1 && ex_is_adverb(st, v - 1) ? v - 1 : v;
        const char *w = st->toks[a - 1].lower;
        int press = ex_in_list(ex_press_verbs, w) ||
                    (a == v && ex_in_list(ex_demand_nouns, w) &&
                     ex_demand_noun_asker(st, v - 1));
        if (press || ex_in_list(ex_appeal_particle_verbs, w) ||
            ex_in_list(ex_appeal_verbs, w)) {
            /* "called for Manila to withdraw", "Beijing's call for
             * Manila to withdraw", "pressed for Iran to allow" (the verb
             * and the noun alike: the asker is found as for "call on";
             * "pressed for" demands, 10) */
            *fam = press ? "10" : "02";
            return a - 1;
        }
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

/* "he asked why ministers attacked Lib Dem plans", "wondered how
 * officials could criticise France": is the trigger at i the verb of a
 * "why", "how" or "whether" clause opened past token from (the end of the
 * subject kg found; 0 for a pronoun's, whose antecedent may stand in an
 * earlier sentence: a pronoun inside the clause is no plain word) whose
 * own subject is a noun phrase naming no coded
 * actor (one to three plain words or articles, an auxiliary or a modal
 * before the verb allowed)?  The asker does not do what the question is
 * about: the act is the unnamed people's, no event. */
static int ex_wh_clause_unnamed_subject(const ex_state *st, size_t from,
                                        size_t i)
{
    static const char *const wh[] = {"why", "how", "whether", NULL};
    size_t w, k, words = 0, aux = 0;
    for (w = from; w < i && !ex_pronoun_is(&st->toks[w], wh); w++)
        ;
    if (w >= i)
        return 0;
    for (k = w + 1; k < i; k++) {
        const ex_tok *t = &st->toks[k];
        const ex_mention *m = ex_mention_at(st, k);
        if (t->kind != KG_TOK_WORD || t->trigger ||
            t->quote != st->toks[i].quote ||
            (m && !m->dropped && !m->ent.is_value && m->ent.code &&
             *m->ent.code))
            return 0;
        if (t->tag == KG_W_AUX || t->tag == KG_W_MODAL ||
            t->tag == KG_W_NEG) {
            if (!words)
                return 0; /* ("how much would", "why would France") */
            aux++;
            continue;
        }
        if (aux || (t->tag != KG_W_NONE && t->tag != KG_W_DET))
            return 0;
        if (t->tag == KG_W_NONE)
            words++;
    }
    return words > 0 && words <= 3;
}

/* "urged all parties to observe the ceasefire", "called on all factions
 * to lay down their arms", "asked the warring sides to": is the trigger
 * at i (a verb, or a noun after its verb: "to observe the ceasefire") an
 * infinitive asked of a noun phrase that names no actor (one to four
 * plain words or articles, no mention) right after an appeal or demand
 * verb past token from?  Its subject is those people, not the one who
 * asks (not after want, ask or request: their object is as often a
 * thing). */
static int ex_asked_of_unnamed(const ex_state *st, size_t from, size_t i,
                               int noun)
{
    /* (whose object is as often a thing the subject wants for its own
     * act: "wants a chance to meet", "asked permission to visit",
     * "requested more time to reply") */
    static const char ex_thing_asking_verbs[] =
        "want;wants;wanted;wanting;ask;asks;asked;asking;request;requests;"
        "requested;requesting";
    size_t j = i, words = 0;
    /* ("to observe the ceasefire": the verb and the noun's articles) */
    while (noun && j > from + 1 && words < 3 && !ex_tok_is(st, j - 1, "to") &&
           st->toks[j - 1].kind == KG_TOK_WORD &&
           !(st->toks[j - 1].flags & KG_TOKF_CAP) &&
           !ex_mention_at(st, j - 1) &&
           (st->toks[j - 1].tag == KG_W_NONE ||
            st->toks[j - 1].tag == KG_W_DET ||
            st->toks[j - 1].tag == KG_W_POSS)) {
        j--;
        words++;
    }
    if (j < 4 || j <= from + 1 || !ex_tok_is(st, j - 1, "to"))
        return 0;
    for (j--, words = 0; j > from && words <= 4; j--, words++) {
        const ex_tok *k = &st->toks[j - 1];
        if (words > 0 && (ex_in_list(ex_appeal_verbs, k->lower) ||
                          ex_in_list(ex_demand_verbs, k->lower)))
            return !ex_in_list(ex_thing_asking_verbs, k->lower);
        if (words > 0 && j - 1 > from &&
            (ex_tok_is(st, j - 1, "on") || ex_tok_is(st, j - 1, "upon") ||
             ex_tok_is(st, j - 1, "to")))
            return ex_in_list(ex_appeal_particle_verbs,
                              st->toks[j - 2].lower);
        if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP) ||
            ex_mention_at(st, j - 1) ||
            (k->tag != KG_W_NONE && k->tag != KG_W_DET))
            return 0;
    }
    return 0;
}

/* "US forces are pushing into Fallujah in an offensive to drive out
 * insurgents", "troops pressed deeper into the city": is token j a verb
 * of pushing or pressing (an appeal or demand verb when an actor and
 * "to" follow it) whose next word tells where one moves?  Then it is an
 * advance, and an infinitive after it asks nothing of anyone. */
static int ex_push_moves(const ex_state *st, size_t j)
{
    static const char ex_pushing[] =
        "push;pushes;pushed;pushing;press;presses;pressed;pressing";
    static const char ex_onward[] =
        "into;deeper;further;farther;forward;ahead;toward;towards;through;"
        "across;inland;north;south;east;west;northward;southward;eastward;"
        "westward";
    return j + 1 < st->ntoks && ex_in_list(ex_pushing, st->toks[j].lower) &&
           ex_in_list(ex_onward, st->toks[j + 1].lower);
}

/* "urging the Reagan administration to block an EC plan", "urged his
 * mostly American audience to help Canada", "called on the government to
 * seek help from the IMF": is the verb trigger at t an infinitive asked
 * of the phrase between an appeal or demand verb (or "pressure on") and
 * its "to" (one to eight words: articles, names, adjectives, "and", a
 * preposition's phrase; no verb, clause edge or subject pronoun)?  Then
 * 1: the act is asked for, not done, whoever is read as its subject (the
 * readings by the asked actor, ex_appeal_verb, miss an actor inside a
 * longer phrase: "the Reagan administration", "the EC Commission"); 2:
 * it is owed or expected; else 0. */
int ex_asked_infinitive(const ex_state *st, size_t t)
{
    /* "requires Reagan to comply with", "expects the EPA to sue", "is
     * bound by law to help", "are obliged to accept": owed or expected,
     * not done (2) */
    static const char ex_owed_verbs[] =
        "require;requires;requiring;oblige;obliges;obliging;obligate;"
        "obligates;expect;expects;expected;expecting";
    static const char ex_owed_adjectives[] =
        "bound;obliged;obligated;required;compelled";
    size_t j = t, words;
    if (j >= 3 && !ex_tok_is(st, j - 1, "to") && ex_tok_is(st, j - 2, "to"))
        j--; /* "to quickly block" */
    if (j < 3 || !ex_tok_is(st, j - 1, "to"))
        return 0;
    if (ex_in_list(ex_owed_adjectives, st->toks[j - 2].lower) ||
        (j >= 5 && ex_tok_is(st, j - 2, "law") && ex_tok_is(st, j - 3, "by") &&
         ex_in_list(ex_owed_adjectives, st->toks[j - 4].lower)))
        return 2;
    for (j--, words = 0; j-- > 0 && words <= 8; words++) {
        const ex_tok *k = &st->toks[j];
        size_t n = strlen(k->lower);
        /* "in order for Turkey to attack": a purpose, no order */
        if (j > 0 && ex_tok_is(st, j, "order") && ex_tok_is(st, j - 1, "in"))
            return 0;
        /* "expects up to 3,000 farmers to march", "urged some 400 miners
         * to strike": a number counts the ones asked or expected, and
         * "up to" before it opens no infinitive (fix26) */
        if (words > 0 && k->kind == KG_TOK_NUMBER)
            continue;
        if (words > 0 && j > 0 && ex_tok_is(st, j, "to") &&
            ex_tok_is(st, j - 1, "up") && j + 1 < st->ntoks &&
            st->toks[j + 1].kind == KG_TOK_NUMBER) {
            j--; /* (past "up") */
            continue;
        }
        if (words > 0 && (ex_in_list(ex_appeal_verbs, k->lower) ||
                          ex_in_list(ex_demand_verbs, k->lower)))
            return !ex_push_moves(st, j);
        if (words > 0 && ex_in_list(ex_owed_verbs, k->lower))
            return 2;
        /* "urged Turkey on Thursday to grant": wire copy dates the appeal
         * between the one asked and "to"; that "on" opens the date
         * (ex_when_phrase), no "called on" */
        if (words > 0 && ex_tok_is(st, j, "on") &&
            ex_when_phrase(st, j) > j + 1)
            continue;
        /* "to force Japan to open": the verb ("force" alone is more
         * often the noun: "a force in the Gulf to protect") */
        if (words > 0 && j > 0 && ex_tok_is(st, j, "force") &&
            (ex_tok_is(st, j - 1, "to") || st->toks[j - 1].tag == KG_W_MODAL ||
             st->toks[j - 1].tag == KG_W_FUTURE))
            return 1;
        /* "called for Tokyo to end", "appealed for the rebels to lay
         * down": the one asked after "for" (asked25) */
        if (words > 0 && j > 0 && ex_tok_is(st, j, "for") &&
            ex_in_list(ex_appeal_particle_verbs, st->toks[j - 1].lower))
            return 1;
        if (words > 0 && j > 0 &&
            (ex_tok_is(st, j, "on") || ex_tok_is(st, j, "upon") ||
             ex_tok_is(st, j, "to")))
            return ex_in_list(ex_appeal_particle_verbs,
                              st->toks[j - 1].lower) ||
                   (!ex_tok_is(st, j, "to") &&
                    (ex_tok_is(st, j - 1, "pressure") ||
                     ex_tok_is(st, j - 1, "pressures")));
        if (k->kind != KG_TOK_WORD || k->trigger || ex_tok_is(st, j, "to") ||
            (k->tag != KG_W_NONE && k->tag != KG_W_DET &&
             k->tag != KG_W_POSS && k->tag != KG_W_PREP &&
             !ex_tok_is(st, j, "and")) ||
            /* "told reporters Baker visited him to urge": a verb (not
             * after an article or a possessive: "called on Reagan in a
             * non-binding resolution to retaliate" is an adjective) */
            (!k->covered && !k->mention && !(k->flags & KG_TOKF_CAP) &&
             n > 3 && (!strcmp(k->lower + n - 2, "ed") ||
                       !strcmp(k->lower + n - 3, "ing")) &&
             !(j > 0 && (st->toks[j - 1].tag == KG_W_DET ||
                         st->toks[j - 1].tag == KG_W_POSS))))
            return 0;
    }
    return 0;
}

/* "urged Reagan to step up negotiations with the Soviet Union", "calls on
 * Shultz to enter into talks with Japan": is the noun trigger at i the
 * object of an infinitive right after the actor sm ("to" and one to three
 * plain words: the verb, a particle, an article)?  Then, after an appeal
 * verb, the talks are asked for as a verb there would be. */
static int ex_noun_of_infinitive(const ex_state *st, const ex_mention *sm,
                                 size_t i)
{
    size_t j;
    if (sm->t1 >= i || !ex_tok_is(st, sm->t1, "to") || i - sm->t1 < 2 ||
        i - sm->t1 > 4)
        return 0;
    for (j = sm->t1 + 1; j < i; j++) {
        const ex_tok *k = &st->toks[j];
        if (k->kind != KG_TOK_WORD || (k->flags & KG_TOKF_CAP) ||
            k->covered || k->trigger || ex_mention_at(st, j) ||
            (j == sm->t1 + 1 && k->tag != KG_W_NONE))
            return 0;
    }
    return 1;
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

/* "gave Syria 10 days to expel", "gave Damascus until Friday to expel",
 * "Iraq was given 48 hours to withdraw", "issued an ultimatum to Syria to
 * expel", "set a deadline for Iraq to withdraw": an infinitive trigger at
 * token i whose subject (tokens [s0, from)) was given a time limit for
 * it.  The act is only demanded (the ultimatum, 139, is the event), not
 * done.  Both a time limit and a word that sets it must be there: "took
 * Iraq 10 days to withdraw" is done. */
static int ex_deadline_act(const ex_state *st, size_t s0, size_t from,
                           size_t i)
{
    static const char *const give[] = {
        "give",  "gives",   "gave",    "given",   "giving", "grant",
        "grants", "granted", "granting", "set",   "sets",   "setting",
        "has",   "have",    "had",     "having", NULL};
    static const char *const have[] = {"has", "have", "had", "having",
                                       NULL};
    static const char *const limit[] = {
        "minute", "minutes", "hour",  "hours",     "day",       "days",
        "week",   "weeks",   "month", "months",    "deadline",  "deadlines",
        "ultimatum", "ultimatums", NULL};
    static const char *const until[] = {"until",    "till",      "deadline",
                                        "deadlines", "ultimatum", NULL};
    static const char *const demand_nouns[] = {"deadline", "ultimatum",
                                               NULL};
    size_t j, lim, k = s0;
    if (i < 2 || !ex_tok_is(st, i - 1, "to") || from > i - 1)
        return 0;
    /* the limit ends just before "to" ("48 hours to", "an ultimatum
     * to"), or opens with "until" or a deadline a few words before it
     * ("until Friday noon to", "a deadline of January 15 to"); "a loan
     * last month was given to help" sets none */
    lim = i - 2;
    if (!ex_pronoun_is(&st->toks[lim], limit))
        for (lim = i - 1; lim-- > from && i - 1 - lim <= 5;)
            if (ex_pronoun_is(&st->toks[lim], until))
                break;
    if (lim < from || lim >= i - 1 || i - 1 - lim > 5)
        lim = (size_t)-1;
    for (j = from; j < i - 1; j++)
        if ((st->toks[j].kind == KG_TOK_PUNCT && !ex_tok_punct(st, j, '-')) ||
            st->toks[j].tag == KG_W_SUB)
            return 0;
    /* the one given the limit, after the word that sets it or the demand
     * noun: "gave [the] Syria", "an ultimatum to Syria", "a deadline for
     * Iraq" */
    if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
        k--;
    if (k > 1 && (ex_tok_is(st, k - 1, "to") || ex_tok_is(st, k - 1, "for")) &&
        ex_pronoun_is(&st->toks[k - 2], demand_nouns) && from == i - 1)
        return 1;
    if (lim == (size_t)-1)
        return 0;
    if (k > 0 && ex_pronoun_is(&st->toks[k - 1], give))
        return 1;
    /* or the setting word between it and the limit: "was given 48
     * hours", "has until Friday".  "Have" only right before the limit
     * ("has only 48 hours"): "had planned for weeks to attack" is the
     * auxiliary of another verb, and no time was given. */
    for (j = from; j < lim; j++) {
        size_t b;
        if (!ex_pronoun_is(&st->toks[j], give))
            continue;
        if (!ex_pronoun_is(&st->toks[j], have))
            return 1;
        for (b = j + 1; b < lim; b++)
            if (!(st->toks[b].kind == KG_TOK_NUMBER ||
                  st->toks[b].tag == KG_W_DET ||
                  ex_tok_is(st, b, "only") || ex_tok_is(st, b, "just")))
                break;
        if (b == lim)
            return 1;
    }
    return 0;
}

/* "turned down an invitation", "declined the invitation", "rejected
 * Moscow's invitation": a refusing verb at most three words before the
 * invitation noun at i (past an article, a possessor, an adjective). */
static int ex_invitation_refused(const ex_state *st, size_t i)
{
    static const char *const refuse[] = {
        "declined", "declines", "declining", "rejected", "rejects",
        "rejecting", "refused",  "refuses",  "refusing", "spurned",
        "spurns", "rebuffed", "rebuffs", "snubbed", "snubs", NULL};
    static const char *const turn[] = {"turned", "turns", "turning", NULL};
    size_t k;
    for (k = i; k-- > 0 && i - k <= 4;) {
        if (ex_pronoun_is(&st->toks[k], refuse))
            return 1;
        if (ex_tok_is(st, k, "down") && k > 0 &&
            ex_pronoun_is(&st->toks[k - 1], turn))
            return 1;
        if (st->toks[k].kind == KG_TOK_PUNCT && !ex_tok_is(st, k, "'s"))
            return 0;
    }
    return 0;
}

/* Nouns of trying ("its efforts to broker", "an attempt to mediate"). */
const char *const ex_try_nouns[] = {"effort",   "efforts", "attempt",
                                    "attempts", "bid",     "bids",
                                    NULL};

/* "Turkey ended its efforts to broker talks", "gave up its attempt to
 * mediate": an act tried for (a word of trying, then "to" and the
 * trigger at token i) that a verb of ending stops, past its article or
 * possessive.  Returns the ending verb's last token + 1 (as
 * ex_stopped_before does), 0 when there is none; *done says the verb is
 * a past or present form ("ended"), not a base form after a modal
 * ("might give up": threatened, read as intended). */
static size_t ex_attempt_ended(const ex_state *st, size_t i, int *done)
{
    static const char *const ends[] = {
        "end",     "ends",     "ended",     "ending",   "abandon",
        "abandons", "abandoned", "abandoning", "drop",  "drops",
        "dropped", "dropping", "suspend",   "suspends", "suspended",
        "suspending", "halt",   "halts",     "halted",   "halting", NULL};
    static const char *const give[] = {"give", "gives", "gave", "giving",
                                       "given", NULL};
    size_t j;
    if (i < 4 || !ex_tok_is(st, i - 1, "to") ||
        !ex_pronoun_is(&st->toks[i - 2], ex_try_nouns))
        return 0;
    j = i - 2;
    if (st->toks[j - 1].tag == KG_W_DET || st->toks[j - 1].tag == KG_W_POSS)
        j--;
    if (ex_pronoun_is(&st->toks[j - 1], ends)) {
        const char *w = st->toks[j - 1].lower;
        size_t n = strlen(w);
        *done = n > 2 && (!strcmp(w + n - 2, "ed") || w[n - 1] == 's');
        return j;
    }
    if (j >= 2 && ex_tok_is(st, j - 1, "up") &&
        ex_pronoun_is(&st->toks[j - 2], give)) {
        *done = !ex_tok_is(st, j - 2, "give");
        return j;
    }
    return 0;
}

/* Is the offer or attempt at token j judged: a judging verb before it
 * ("spurned a South African attempt"), or an entry of refusal or
 * approval that ends with it ("dismissed an offer", 120)? */
static int ex_judged_offer(ex_state *st, size_t j)
{
    const kg_onto_relation *rel;
    size_t k, ntok;
    if (ex_judging_verb_before(st, j) != (size_t)-1)
        return 1;
    for (k = j > 4 ? j - 4 : 0; k < j; k++)
        if (st->toks[k].kind == KG_TOK_WORD &&
            kg_onto__match_relation(st->onto, st->ntoks, k, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            k + ntok == j + 1 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "12", 2) || !strncmp(rel->cameo, "05", 2)))
            return 1;
    return 0;
}

/* "Japan's failure to honor a 1986 agreement to end dumping and to open
 * its home market", "live up to a pledge to stop dumping its microchips
 * and open its markets": an act named as what an agreement, pact or
 * pledge binds its party to, where the sentence is about keeping or
 * breaking it (a verb of compliance at most four words before the noun),
 * is an obligation, not an act done.  Token to is the "to" after the
 * noun; 1 if so. */
static int ex_obligation_to(const ex_state *st, size_t to)
{
    static const char *const binding[] = {
        "agreement", "agreements", "pact",  "pacts",    "accord",
        "accords",   "pledge",     "pledges", "commitment",
        "commitments", "promise",  "promises", NULL};
    static const char *const comply[] = {
        "honor",    "honour",    "honored",   "honoured", "honoring",
        "honouring", "comply",   "complying", "adhere",   "adhering",
        "keep",     "kept",      "implement", "implementing",
        "implemented", "live",   "abide",     "abiding",  "violate",
        "violated", "violating", "breach",    "breached", "breaching",
        "break",    "broke",     "breaking",  "fulfil",   "fulfill",
        "respect",  "observe",   NULL};
    size_t j, k;
    if (to < 2 || !ex_tok_is(st, to, "to"))
        return 0;
    j = to - 1;
    if (!ex_pronoun_is(&st->toks[j], binding))
        return 0;
    for (k = j; k > 0 && k + 5 > j; k--)
        if (ex_pronoun_is(&st->toks[k - 1], comply))
            return 1;
    return 0;
}

/* The "to" of the infinitive that a trigger at token i after "and" or
 * "and to" is coordinated with ("to end dumping ... and (to) open its
 * market"): the nearest earlier "to" before a plain word within twelve
 * words and no stop, or (size_t)-1. */
size_t ex_coordinated_to(const ex_state *st, size_t i)
{
    size_t a = i, k;
    if (a > 0 && ex_tok_is(st, a - 1, "to"))
        a--;
    if (a == 0 || !ex_tok_is(st, a - 1, "and"))
        return (size_t)-1;
    for (k = a - 1; k > 0 && k + 13 > a; k--) {
        const ex_tok *t = &st->toks[k - 1];
        if (ex_tok_punct(st, k - 1, ';') || ex_tok_punct(st, k - 1, ':') ||
            ex_tok_punct(st, k - 1, '.') || t->quote)
            break;
        if (ex_tok_is(st, k - 1, "to") && k < a - 1 &&
            st->toks[k].kind == KG_TOK_WORD && st->toks[k].tag == KG_W_NONE)
            return k - 1;
    }
    return (size_t)-1;
}

/* "Germany's request to send ammunition", "calls by Kyiv to impose
 * sanctions", "a proposal to send troops": an infinitive trigger at
 * token i right after a noun of asking or proposing (ex_ask_nouns; the
 * asker may stand between, after "from", "by" or "of"; one adverb may
 * follow "to"), or after a plan that a judging verb takes.  The act is
 * then only asked for (1) or proposed (2), done by nobody yet; else 0.
 * (An offer or a bid is the subject's own intent: "offered to mediate"
 * is read as such.) */
/* "called on Turkey in a non-binding resolution to": a noun after "in"
 * or "through" (up to three articles or modifiers between) is the means
 * of the act before it, not an actor of the "to" after it.  Is the noun
 * at token j such a means? */
static int ex_means_noun(const ex_state *st, size_t j)
{
    size_t k;
    for (k = j; k > 0 && k + 3 >= j; k--) {
        if (ex_tok_is(st, k - 1, "in") || ex_tok_is(st, k - 1, "through"))
            return 1;
        if (st->toks[k - 1].kind != KG_TOK_WORD ||
            (st->toks[k - 1].flags & KG_TOKF_CAP))
            return 0;
    }
    return 0;
}

static int ex_asked_by_noun(ex_state *st, size_t i)
{
    static const char *const plans[] = {"plan", "plans", "idea", "scheme",
                                        NULL};
    static const char *const own[] = {"offer", "offers", "bid", "overture",
                                       NULL};
    static const char *const put[] = {"proposal", "proposals",
                                      "suggestion", "invitation", NULL};
    /* "the cabinet finalised a bill to withdraw from Gaza", "vetoed a
     * Security Council resolution to impose sanctions": what a draft law
     * or resolution would do is its text, proposed, done by nobody yet
     * (eighteenth session: 5 such events on agnews, bbc and reuters, all
     * wrong) */
    static const char *const laws[] = {
        "bill",       "bills",      "legislation", "resolution",
        "resolutions", "amendment", "amendments",  "motion",
        "draft",      NULL};
    const ex_mention *m;
    size_t j = i, c;
    if ((i > 0 && ex_obligation_to(st, i - 1)) ||
        ((c = ex_coordinated_to(st, i)) != (size_t)-1 &&
         ex_obligation_to(st, c)))
        return 2; /* (an obligation: ex_obligation_to) */
    if (j >= 3 && !ex_tok_is(st, j - 1, "to") && ex_tok_is(st, j - 2, "to"))
        j--; /* "to quickly send" */
    if (j < 3 || !ex_tok_is(st, j - 1, "to"))
        return 0;
    j -= 2;
    if ((m = ex_mention_at(st, j)) != NULL && m->t1 == j + 1 &&
        !m->dropped && !m->ent.is_value) {
        /* "calls from Kyiv to", "a request by the Kremlin to" */
        size_t k = m->t0;
        k = ex_before_dets(st, k);
        if (k < 2 || !(ex_tok_is(st, k - 1, "from") ||
                       ex_tok_is(st, k - 1, "by") ||
                       ex_tok_is(st, k - 1, "of")))
            return 0;
        j = k - 2;
    }
    /* "Hungary rejected a plan to send troops", "backed a plan to
     * freeze": a plan judged by another is no intent of the judge's, only
     * a proposal; so is an offer or an attempt ("Moscow dismissed an
     * offer by Turkey to broker talks": the refusal is the event, 126) */
    if (st->toks[j].kind == KG_TOK_WORD &&
        ((ex_pronoun_is(&st->toks[j], laws) && !ex_means_noun(st, j)) ||
         (ex_pronoun_is(&st->toks[j], plans) &&
          ex_judging_verb_before(st, j) != (size_t)-1) ||
         ((ex_pronoun_is(&st->toks[j], own) ||
           ex_pronoun_is(&st->toks[j], ex_try_nouns)) &&
          ex_judged_offer(st, j))))
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

/* Is the trigger at token i, coded cameo, a domestic demand that names
 * no party: political reform, rights, a change of leader or of
 * institutions (104x), easing restrictions or a crackdown (1051, 1052)?
 * An actor that is a part of a country (its opposition, its activists,
 * its lawmakers) makes it of its own country, as CAMEO codes "the
 * opposition demanded political reform" (EGYOPP -> EGY).  Only a finite
 * demand: "went on strike to demand the right", "marched, demanding
 * reforms" are protests (14), whose demand is their aim, not an event of
 * its own. */
static int ex_home_demand(const ex_state *st, size_t i, const char *cameo)
{
    if (strncmp(cameo, "104", 3) != 0 && strcmp(cameo, "1051") != 0 &&
        strcmp(cameo, "1052") != 0)
        return 0;
    return !ex_ends_ing(st, i) && !(i > 0 && ex_tok_is(st, i - 1, "to"));
}

/* "are opposed to proposed limits", "objected to increased tariffs": an
 * -ed form right after "to" is a participle used as an adjective, no
 * act, unless it is a bare verb of its own, as an infinitive takes ("to
 * proceed", "to shed", "to embed"). */
static int ex_past_after_to(const ex_state *st, size_t i)
{
    static const char *const bare[] = {"shed", "shred", "embed", NULL};
    size_t n = strlen(st->toks[i].lower);
    return n >= 4 && strcmp(st->toks[i].lower + n - 3, "eed") != 0 &&
           !ex_pronoun_is(&st->toks[i], bare);
}

/* "Syria should withdraw from Lebanon, analysts say": a demand told
 * before its speaker at the sentence's tail (ex_told_must's addressee bx
 * before the speech verb at i) is asked by the one named between the
 * comma and the verb; an actor of the demand's own clause (Lebanon), the
 * nearest before the verb when the speaker has no code, is no speaker.
 * Is sm, the verb's subject, such an actor? */
static int ex_speaker_in_demand(const ex_state *st, const ex_mention *sm,
                                const ex_mention *bx, size_t i)
{
    size_t c;
    if (!sm || bx->t0 >= i)
        return 0;
    for (c = i; c > 0 && !ex_tok_punct(st, c - 1, ','); c--)
        ;
    return c > 0 && sm->t0 < c - 1;
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
 * so only "demand" here; "insist" below). */
static const char ex_bare_demand_verbs[] =
    "demand;demands;demanded;demanding";
/* "Ankara insists Sweden extradite", "China insists Japan back down":
 * headlines drop the "that" after "insist" too.  Without it the clause
 * reports a claim as often ("insisted Ireland were happy", "insisted Iran
 * sent"), so only a verb that is its own lemma (no -s, -ed or irregular
 * past) asks. */
static const char ex_bare_insist_verbs[] =
    "insist;insists;insisted;insisting";
/* "urged the Reagan administration offer Moscow wheat", "resolutions
 * urging the administration oppose Canada's ruling": wire copy drops the
 * "to" after "urge" too; the bare verb (the caller checks it) asks, as
 * after "demand" (02, by the act). */
static const char ex_bare_urge_verbs[] = "urge;urges;urged;urging";

/* Is the first word of the clause after the actor starting at t0 (one
 * adverb, ex_is_adverb, may come first) a form another lemma's irregular
 * past or participle ("sent", "gave")? */
static int ex_irregular_after(const ex_state *st, size_t t0)
{
    const ex_mention *m = ex_mention_at(st, t0);
    const char *lem;
    size_t j;
    if (!m || m->t0 != t0)
        return 1;
    j = m->t1;
    if (ex_is_adverb(st, j))
        j++;
    if (j >= st->ntoks)
        return 1;
    lem = kg_onto__irregular(st->onto, st->toks[j].lower);
    return lem && strcmp(lem, st->toks[j].lower) != 0;
}
/* "let" takes the permitted act as a bare verb ("let Chinese companies
 * invest"), where "allow" and "permit" take "to". */
static const char ex_let_verbs[] = "let;lets;letting";
static const char ex_let_modals[] =
    "would;will;to;could;can;may;might;should;must;not;never;'ll;'d";
static const char ex_that_appeal_verbs[] =
    "urge;urges;urged;urging;ask;asks;asked;asking;request;requests;"
    "requested;requesting;recommend;recommends;recommended;recommending;"
    "suggest;suggests;suggested;suggesting;propose;proposes;proposed;"
    "proposing";

/* "demanded on Friday that", "insisted late on Monday that", "said
 * Tuesday it would": the last token before a date phrase that ends right
 * before token t, or t - 1 when none does (the asking or speech verb
 * stands there). */
size_t ex_before_when(const ex_state *st, size_t t)
{
    size_t k;
    /* (from 1: a date phrase at token 0 has no token before it) */
    for (k = t > 5 ? t - 5 : 1; k < t; k++)
        if (ex_when_phrase(st, k) == t)
            return k - 1;
    return t - 1;
}

/* "that EU states open", "that its European Union partners share": a
 * plural noun after a clause's actor that names the group of states or
 * bodies the actor stands for (ex_subjunctive_clause) */
static const char *const ex_clause_groups[] = {
    "partners", "allies", "states", "members", "countries",
    "governments", "neighbours", "neighbors", "convoys", NULL};

/* The token after a group noun of ex_clause_groups at j, else j. */
static size_t ex_after_group(const ex_state *st, size_t j)
{
    return j < st->ntoks && ex_pronoun_is(&st->toks[j], ex_clause_groups)
               ? j + 1
               : j;
}

/* "that its European partners release", "that their allies", "that
 * other EU states share": a word before the actor of a "that" clause that
 * leaves it the clause's subject (an article, "its" or "their", "other"),
 * as the article is. */
static int ex_clause_lead(const ex_state *st, size_t j)
{
    static const char *const lead[] = {"its", "their", "other", NULL};
    return j < st->ntoks && (st->toks[j].tag == KG_W_DET ||
                             ex_pronoun_is(&st->toks[j], lead));
}

/* The asking verb of a "that" clause whose subject's first token is t0
 * ("demanded that [the] Iran"): its token, with *fam "10" or "02", or
 * (size_t)-1. */
static size_t ex_that_appeal_verb(const ex_state *st, size_t t0,
                                  const char **fam)
{
    size_t v = t0;
    const ex_mention *m = ex_mention_at(st, t0), *pm;
    /* ("urged the Reagan administration offer": a name right before the
     * actor that kg codes as it is one noun phrase with it) */
    if (m && m->t0 == t0 && v > 0 && (pm = ex_mention_at(st, v - 1)) &&
        pm->t1 == v && pm->t0 < v && pm->ent.code && m->ent.code &&
        !strcmp(pm->ent.code, m->ent.code))
        v = pm->t0;
    if (v > 0 && st->toks[v - 1].tag == KG_W_DET)
        v--;
    if (v >= 1 && ex_in_list(ex_bare_demand_verbs, st->toks[v - 1].lower)) {
        /* "demanded Rwanda withdraw": the subjunctive without "that"
         * (the caller checks the bare verb) */
        *fam = "10";
        return v - 1;
    }
    if (v >= 1 && ex_in_list(ex_bare_insist_verbs, st->toks[v - 1].lower) &&
        !ex_irregular_after(st, t0)) {
        *fam = "10";
        return v - 1;
    }
    if (v >= 1 && ex_in_list(ex_bare_urge_verbs, st->toks[v - 1].lower) &&
        !ex_irregular_after(st, t0)) {
        *fam = "02";
        return v - 1;
    }
    if (v >= 1 && ex_in_list(ex_let_verbs, st->toks[v - 1].lower) &&
        (!ex_tok_is(st, v - 1, "let") ||
         (v >= 2 && ex_in_list(ex_let_modals, st->toks[v - 2].lower)))) {
        /* "would let Georgian citizens travel", "to let a UN force
         * deploy": the act is permitted, as after "allowed ... to" (the
         * caller checks the bare verb).  A plain past "let" ("Washington
         * let Iraqi forces attack the rebels") reports the act done. */
        *fam = "";
        return v - 1;
    }
    /* ("demanded that its partners release", "insisted that other EU
     * states share": the words ex_clause_lead skips) */
    while (v > 0 && v + 2 > t0 && ex_clause_lead(st, v - 1))
        v--;
    if (v < 2 || !ex_tok_is(st, v - 1, "that"))
        return (size_t)-1;
    v -= 2;
    v = ex_before_when(st, v + 1);
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

/* rel recoded as another act: *buf becomes a copy of *rel with these
 * type, label, CAMEO code, PLOVER category and quad class, and *rel points
 * to it. */
/* "UN peacekeepers", "OSCE observers", "a team of UN human rights
 * monitors": does the object m (with up to three plain words after it)
 * name peacekeepers (1) or monitors, observers, inspectors (2)?  Else 0. */
static size_t ex_expelled_mission(const ex_state *st, const ex_mention *m)
{
    static const char *const keepers[] = {"peacekeepers", "peacekeeper",
                                          NULL};
    static const char *const watchers[] = {
        "monitors", "monitor", "observers", "observer", "inspectors",
        "inspector", NULL};
    size_t k;
    for (k = m->t0; k < st->ntoks && k < m->t1 + 3; k++) {
        if (k >= m->t1 && (st->toks[k].kind != KG_TOK_WORD ||
                           st->toks[k].tag != KG_W_NONE))
            break;
        if (ex_pronoun_is(&st->toks[k], keepers))
            return 1;
        if (ex_pronoun_is(&st->toks[k], watchers))
            return 2;
    }
    return 0;
}

void ex_recode(kg_onto_relation *buf, const kg_onto_relation **rel,
               const char *type, const char *label, const char *cameo,
               const char *plover, int quad)
{
    *buf = **rel;
    buf->type = type;
    buf->label = label;
    buf->cameo = cameo;
    buf->plover = plover;
    buf->quad = quad;
    *rel = buf;
}

/* "Sweden insists Turkey boost aid to Syria", "demanded that Iran stop
 * selling arms to Syria": a trigger at i after the bare verb of a
 * subjunctive clause whose subject is sm (a demand's or an appeal's, or
 * "let": ex_that_appeal_verb; the verb its own lemma: ex_named_bare), in
 * that verb's phrase (at most five words on, no punctuation, clause or
 * conjunction word between), names the act asked for, not done.  The
 * asking verb's token (*fam its family), else (size_t)-1.  (A trigger
 * that is the bare verb itself is read where ex_bare_verb is.) */
static size_t ex_act_in_bare_clause(ex_state *st, const ex_mention *sm,
                                    const kg_onto_relation *rel, size_t i,
                                    const char **fam)
{
    size_t v, vj, k;
    const ex_mention *m;
    if (sm->t1 >= i || i - sm->t1 > 6)
        return (size_t)-1;
    /* ("demanded that Turkey stop loans to Syria": a stop verb's noun of
     * aid or ties is read as the reduction asked for, below) */
    if (ex_stopped_before(st, i) != 0 && rel->cameo &&
        ex_map_code(ex_reductions, rel->cameo) != rel->cameo)
        return (size_t)-1;
    if ((v = ex_that_appeal_verb(st, sm->t0, fam)) == (size_t)-1)
        return (size_t)-1;
    m = ex_named_bare(st, sm->t0, &vj);
    if (m != sm || vj >= i)
        return (size_t)-1;
    for (k = vj + 1; k < i; k++)
        if (st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag == KG_W_SUB || st->toks[k].tag == KG_W_CONJ ||
            st->toks[k].tag == KG_W_SPEECH || ex_tok_is(st, k, "and") ||
            ex_tok_is(st, k, "or"))
            return (size_t)-1;
    return v;
}

/* rel kept as a relation with no event code (an act asked for, supposed
 * or only reported): *buf a copy of *rel without its CAMEO code, which
 * *rel then points to. */
static void ex_uncode(kg_onto_relation *buf, const kg_onto_relation **rel)
{
    *buf = **rel;
    buf->cameo = NULL;
    *rel = buf;
}

/* "submitted to Congress its proposals", "has submitted to parliament a
 * law": is the trigger at token i a form of "submit" whose object
 * mention m is followed at once by a noun phrase of its own (an article
 * or a possessive, not a date)?  What is submitted is that text. */
static int ex_document_submitted(const ex_state *st, size_t i,
                                 const ex_mention *m)
{
    const ex_mention *d;
    if (st->toks[i].kind != KG_TOK_WORD ||
        strncmp(st->toks[i].lower, "submit", 6) != 0 || m->t1 >= st->ntoks ||
        (st->toks[m->t1].tag != KG_W_DET && st->toks[m->t1].tag != KG_W_POSS))
        return 0;
    d = ex_mention_at(st, m->t1);
    /* (not a time: "this week", "the next day") */
    return !(d && ex_is_date(&d->ent)) && ex_when_phrase(st, m->t1) == m->t1;
}

/* The bare trade verbs ("sell", "buy", "purchase": 061), whose object is
 * mostly goods: "stop selling VHS machines" stops no relation with
 * anyone, where "stopped trading with Iran" does. */
static int ex_goods_trade(const kg_onto_relation *rel)
{
    return !strcmp(rel->type, "trade") && !strchr(rel->pattern, ' ');
}

/* Is the verb trigger at token j a third-person singular -s form
 * ("exports", "trades", "discusses"; not "discuss", "passes" is kept out
 * with every -ss word)? */
static int ex_singular_verb(const ex_state *st, size_t j)
{
    const char *w = st->toks[j].lower;
    size_t n = strlen(w);
    return n > 3 && w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' &&
           w[n - 2] != 'i';
}

/* A bare verb trigger at token j, the subjunctive of a demand ("that
 * Russia release"; one or two adverbs may come first, ex_adverb_end):
 * the trigger's token, or (size_t)-1.  "releases", "released" report a
 * fact instead. */
static size_t ex_bare_verb(ex_state *st, size_t j)
{
    const kg_onto_relation *rel;
    size_t ntok, n;
    /* (not a verb ending in -ly itself: "let Sweden supply weapons",
     * "that Baghdad comply fully with") */
    if (j < st->ntoks && (n = ex_adverb_end(st, j)) > j &&
        !(kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                  &rel, &ntok) &&
          !rel->noun))
        j = n;
    if (j >= st->ntoks || st->toks[j].kind != KG_TOK_WORD ||
        st->toks[j].tag != KG_W_NONE || ex_ends_ed(st, j))
        return (size_t)-1;
    n = strlen(st->toks[j].lower);
    if (n > 2 && st->toks[j].lower[n - 1] == 's' &&
        st->toks[j].lower[n - 2] != 's')
        return (size_t)-1;
    /* ("that Baghdad comply fully with": an entry read past an adverb,
     * as the trigger loop reads it) */
    if ((!kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                  &rel, &ntok) ||
         rel->noun) &&
        ((n = ex_adverb_end(st, j + 1)) == j + 1 ||
         !ex_match_past_when(st, j, n, NULL, &ntok)))
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
    /* "that its European Union partners share", "that EU states
     * open", "that UN convoys reach": the actor names the group of
     * states or bodies that a plural noun after it heads (the noun is
     * no verb: "states" and "allies" are never the subjunctive) */
    static const char *const owners[] = {"its", "their", NULL};
    /* bare verbs that end in "-ed" ("that Washington speed up the
     * delivery"; "agreed", "freed" are pasts) */
    static const char *const eed[] = {"speed", "proceed", "heed", NULL};
    const ex_mention *m;
    const ex_tok *k;
    size_t j = t, n;
    for (;;) {
        if (j < st->ntoks && (st->toks[j].tag == KG_W_DET ||
                              ex_pronoun_is(&st->toks[j], owners)))
            j++;
        if (ex_tok_is(st, j, "other"))
            j++; /* "that other European Union states share" */
        if (j >= st->ntoks || (m = ex_actor_at(st, j)) == NULL)
            return 0;
        j = m->t1;
        if (j < st->ntoks && ex_pronoun_is(&st->toks[j], ex_clause_groups))
            j++;
        if (!ex_tok_is(st, j, "and"))
            break;
        j++;
    }
    j = ex_adverb_end(st, j); /* ("that Russia immediately release") */
    if (j >= st->ntoks)
        return 0;
    k = &st->toks[j];
    n = strlen(k->lower);
    /* "that Washington do its share", "that the dispute be put before
     * mediators": "be" and "do" after the subject are the subjunctive
     * ("is", "does" state a fact) */
    if (ex_tok_is(st, j, "be") || ex_tok_is(st, j, "do"))
        return !ex_tok_is(st, j + 1, "n't");
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP) && !k->mention &&
           (!ex_ends_ed(st, j) || ex_pronoun_is(k, eed)) &&
           !(n > 2 && k->lower[n - 1] == 's' && k->lower[n - 2] != 's') &&
           !ex_ends_ing(st, j) &&
           !kg_onto__irregular(st->onto, k->lower);
}

/* "to" + verb trigger at token j (one adverb, ex_is_adverb, may come
 * between): the trigger's token, or (size_t)-1. */
static size_t ex_to_verb(ex_state *st, size_t j)
{
    const kg_onto_relation *rel;
    size_t ntok, adverbs = 0;
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "to"))
        return (size_t)-1;
    for (j++; j < st->ntoks; j++) {
        if (st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
            kg_onto__match_relation(st->onto, st->ntoks, j, 0, ex_lemma, st,
                                    &rel, &ntok) &&
            !rel->noun)
            return j;
        /* "to quickly supply": one adverb may stand before the verb */
        if (!ex_is_adverb(st, j) || ++adverbs > 1)
            break;
    }
    return (size_t)-1;
}

/* "allowed a United Nations team to visit", "let a UN human rights team
 * visit": the body an actor sends (team, mission, delegation), perhaps
 * after two lower-case words of its task, may follow the actor's mention
 * before the asked or permitted act; the token past it (j when none). */
static size_t ex_past_body(const ex_state *st, size_t j)
{
    static const char *const bodies[] = {
        "team",  "teams",  "mission",   "missions",   "delegation",
        "delegations", "contingent", "contingents", NULL};
    size_t k;
    for (k = j; k < st->ntoks && k < j + 3; k++) {
        if (ex_pronoun_is(&st->toks[k], bodies))
            return k + 1;
        if (st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag != KG_W_NONE ||
            (st->toks[k].flags & KG_TOKF_CAP) || st->toks[k].trigger)
            break;
    }
    return j;
}

/* The first token of the first of coordinated actors whose last begins
 * at t0 ("called on Israel and the Palestinians to negotiate": the
 * appeal word stands before "Israel", not before "the Palestinians");
 * t0 itself when no actor is coordinated before it. */
static size_t ex_first_conjunct(const ex_state *st, size_t t0)
{
    const ex_mention *m;
    size_t k;
    for (;;) {
        k = t0;
        if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
            k--;
        if (k < 2 || !(ex_tok_is(st, k - 1, "and") || ex_tok_is(st, k - 1, ",")))
            return t0;
        m = ex_mention_at(st, k - 2);
        if (!m || m->t1 != k - 1 || m->ent.is_value)
            return t0;
        t0 = m->t0;
    }
}

/* "attacked the decision by Britain's highest court", "shot down a
 * proposal of Germany": does the entry rel matched from token i to t1
 * have a gap ('*') and end in a plain word (the thing acted on, as
 * "attack * decision" does) that "by", "of" or "from" at t1 follows,
 * an actor after it?  Then the thing's maker or owner is the one acted
 * on, as after a bare verb ("criticised the decision by Japan"); the
 * entry's own reading finds none, since its gap holds no actor and an
 * object after it is looked for past the preposition.  (coord32) */
static int ex_gap_thing_owner_after(const ex_state *st, size_t i, size_t t1,
                                    const kg_onto_relation *rel)
{
    size_t k;
    if (!rel->pattern || !strchr(rel->pattern, '*') || t1 < i + 3 ||
        t1 + 1 >= st->ntoks || st->toks[t1 - 1].kind != KG_TOK_WORD ||
        st->toks[t1 - 1].tag != KG_W_NONE ||
        !(ex_tok_is(st, t1, "by") || ex_tok_is(st, t1, "of") ||
          ex_tok_is(st, t1, "from")))
        return 0;
    k = ex_after_dets(st, t1 + 1);
    return k < st->ntoks && ex_actor_at(st, k) != NULL;
}

/* The actors coordinated after gm inside a pattern's gap that ends at
 * t1 ("urged India and Pakistan to show restraint": Pakistan after
 * India), into objs and oms (at most max); their number.  Every one of
 * them is the entry's object, as the first is.  Only actors kg codes
 * ("the Ways and Means Committee" is no "Ways"). */
static size_t ex_gap_conjuncts(const ex_state *st, const ex_mention *gm,
                               size_t t1, const kg_entity **objs,
                               const ex_mention **oms, size_t max)
{
    ex_list_read gap = {.aside = 1};
    gap.stop = t1 + 1; /* (the last member may end at t1) */
    gap.oms = oms;
    return ex_list_walk(st, gm->t1, &gap, objs, max, NULL);
}

/* "..., visiting Chinese Defence Minister Chi Haotian told his Russian
 * counterpart", "visiting U.S. Secretary of State Colin Powell said":
 * "visiting" at token i (the trigger ending at t1) before a name, title
 * and all, that a speech verb follows is an adjective of the speaker (the
 * guest), no participle of the clause before: no visit of that clause's
 * subject to the guest.  The name phrase is capitalised words or
 * mentions, up to eight tokens. */
static int ex_visiting_speaker(const ex_state *st, size_t i, size_t t1)
{
    size_t k;
    if (!ex_tok_is(st, i, "visiting") || t1 != i + 1)
        return 0;
    for (k = t1; k < st->ntoks && k < t1 + 8; k++) {
        const ex_tok *w = &st->toks[k];
        if (w->tag == KG_W_SPEECH)
            return k > t1;
        if (w->kind == KG_TOK_WORD && ((w->flags & KG_TOKF_CAP) ||
                                       ex_mention_at(st, k)))
            continue;
        if (ex_tok_is(st, k, ".") && k > t1 &&
            st->toks[k - 1].kind == KG_TOK_WORD)
            continue; /* ("U.S.") */
        return 0;
    }
    return 0;
}

/* "Habibie promised on Friday to carry out sweeping political reforms":
 * reform done (083x) that is only promised, an intent word before it, is
 * a promise of reform (034x, ex_intents), made at home as "promised
 * reforms" is when no party is named. */
int ex_promised_reform(const ex_state *st, const char *cameo,
                       const char *modality)
{
    return cameo && !strncmp(cameo, "083", 3) && st->intent_word &&
           modality && !strcmp(modality, "intended");
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
        return ex_to_verb(st, ex_when_phrase(st, j + 1)) != (size_t)-1;
    if (j > 0 && ex_when_phrase(st, j) > j &&
        ex_tok_is(st, ex_when_phrase(st, j), "that") &&
        (ex_in_list(ex_that_demand_verbs, st->toks[j - 1].lower) ||
         ex_in_list(ex_that_appeal_verbs, st->toks[j - 1].lower)))
        j = ex_when_phrase(st, j); /* "demanded on Friday that" */
    if (ex_tok_is(st, j, "that") && j > 0 &&
        (ex_in_list(ex_that_demand_verbs,
                    st->toks[ex_before_when(st, j)].lower) ||
         ex_in_list(ex_that_appeal_verbs,
                    st->toks[ex_before_when(st, j)].lower))) {
        /* "demanded that Russia release" */
        j++;
        while (j < st->ntoks && j < t1 + 4 && ex_clause_lead(st, j))
            j++;
        m = j < st->ntoks ? ex_mention_at(st, j) : NULL;
        return m && m->t0 == j && !m->ent.is_value &&
               ex_bare_verb(st, ex_after_group(st, m->t1)) != (size_t)-1;
    }
    m = ex_mention_at(st, j);
    if (m && m->t0 == j && !m->ent.is_value && t1 > 0 &&
        (ex_in_list(ex_bare_demand_verbs, st->toks[t1 - 1].lower) ||
         ex_in_list(ex_bare_urge_verbs, st->toks[t1 - 1].lower)) &&
        ex_subjunctive_clause(st, j) && ex_bare_verb(st, m->t1) != (size_t)-1)
        return 1; /* "demanded Rwanda withdraw" */
    if (!m || m->t0 != j || m->ent.is_value)
        return 0;
    /* "called on Israel and the Palestinians to negotiate": the ones
     * asked may be coordinated; the "to" follows the last of them */
    j = m->t1;
    while (j + 1 < st->ntoks &&
           (ex_tok_is(st, j, "and") || ex_tok_is(st, j, ","))) {
        const ex_mention *n;
        size_t k = j + 1;
        if (st->toks[k].tag == KG_W_DET)
            k++;
        n = k < st->ntoks ? ex_mention_at(st, k) : NULL;
        if (!n || n->t0 != k || n->ent.is_value)
            break;
        j = n->t1;
    }
    /* ("urged Bosnia on Tuesday to work with": the appeal's date may
     * stand before the "to") */
    return ex_to_verb(st, ex_when_phrase(st, j)) != (size_t)-1;
}

/* "Russian troops crossed into Ukraine", "tanks rolled into Georgia",
 * "troops entered the town of Jenin", "marched into", "thrust into": an
 * entry of movement into a place is an incursion or an occupation (190,
 * 192) only when armed forces move (an armed subject, or a country's tanks or
 * jets: ex_thing_modifier); "refugees crossed into Turkey", "moved into
 * profit", "entered the city" are no act on anyone.  ("sent tanks
 * into Georgia" is a state's act: not here.) */
static int ex_movement_entry(const kg_onto_relation *rel)
{
    static const char *const moves[] = {
        "cross into", "cross * border into", "enter * city", "enter * town",
        "enter * village", "march into", "move into", "roll into",
        "surge into", "thrust into", NULL};
    size_t k;
    for (k = 0; moves[k]; k++)
        if (!strcmp(rel->pattern, moves[k]))
            return 1;
    return 0;
}

/* "a march by 5,000 farmers", "a protest by the students": does "by"
 * at token t name an actor or a count of people (past articles)? */
static int ex_by_named(const ex_state *st, size_t t)
{
    const ex_mention *m;
    if (t + 1 >= st->ntoks || !ex_tok_is(st, t, "by"))
        return 0;
    t = ex_after_dets(st, t + 1);
    m = t < st->ntoks ? ex_mention_at(st, t) : NULL;
    return m && m->t0 == t && !m->dropped && !ex_is_date(&m->ent) &&
           (!m->ent.is_value ||
            (m->ent.type && !strcmp(m->ent.type, "Quantity")));
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

/* "a US drone", "Israeli drones", "a pilotless US aircraft", "an
 * unmanned American plane": is the actor m the country word of a
 * remotely piloted craft? */
static int ex_drone_of(const ex_state *st, const ex_mention *m)
{
    static const char *const drone[] = {"drone", "drones", NULL};
    static const char *const craft[] = {"aircraft", "plane", "planes",
                                        "aeroplane", "airplane", NULL};
    static const char *const unmanned[] = {"unmanned", "pilotless", NULL};
    if (!m || m->t1 >= st->ntoks)
        return 0;
    if (ex_pronoun_is(&st->toks[m->t1], drone))
        return 1;
    return ex_pronoun_is(&st->toks[m->t1], craft) && m->t0 > 0 &&
           ex_pronoun_is(&st->toks[m->t0 - 1], unmanned);
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
    j = ex_before_dets(st, m->t0);
    return j >= 2 && ex_pronoun_is(&st->toks[j - 1], about) &&
           ex_plain_word(st, j - 2);
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
    b = ex_before_dets(st, b);
    if (b >= 2 && st->toks[b - 1].tag == KG_W_PREP &&
        ex_pronoun_is(&st->toks[b - 2], ex_event_nouns))
        return 1;
    return b >= 3 && ex_tok_is(st, b - 2, "to") &&
           ex_pronoun_is(&st->toks[b - 3], ex_event_nouns);
}

/* Does one of the prepositions of list stand right before token j, or
 * before a "the" right before it ("in Geneva", "at the UN")? */
static int ex_prep_right_before(const ex_state *st, size_t j,
                                const char *const *list)
{
    if (j > 0 && ex_tok_is(st, j - 1, "the"))
        j--;
    return j > 0 && ex_pronoun_is(&st->toks[j - 1], list);
}

/* Is mention m a body (no country or place) right after "in", "at" or
 * "outside" (through "the")?  "filed suit in U.S. District Court": the
 * place of the act.  A town stays ("thousands marched in Khartoum,
 * demanding": its people, though no one is named). */
static int ex_in_place_phrase(const ex_state *st, const ex_mention *m)
{
    static const char *const preps[] = {"in", "at", "outside", NULL};
    if (!m->ent.type || ex_country_or_place(m->ent.type))
        return 0;
    return ex_prep_right_before(st, m->t0, preps);
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
    /* "Britain criticised Japan, urging France to open its markets": an
     * appeal verb told as a participle after a comma has the main
     * clause's subject (Britain), as ", accusing it of" has, not the
     * actor nearest before it */
    int part = v > 0 && ex_is_participle(st, v);
    const kg_entity *e = ex_subject(st, v, part, 0, &m, &pron);
    size_t a;
    st->subj_end = subj_end;
    st->light_verb = light;
    /* ("partners filed suit in U.S. District Court against him,
     * alleging that": a body named after "in" or "at" is where the
     * act was, not the participle's subject) */
    if (part && e && m && ex_in_place_phrase(st, m))
        e = NULL;
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

const kg_entity *ex_subject_of(ex_state *st, size_t v)
{
    return ex_subject_of_m(st, v, NULL);
}

/* "Slowdowns in the US and China could hit electronics exports",
 * "British and Greek imports of French wheat", "Putin and Erdogan
 * discussed grain exports": exports and imports go one way, from a
 * seller to a buyer, so coordinated actors before the noun are no
 * trading pair, as they are for trade ("Russia and Turkey boosted
 * trade"). */
static int ex_one_way_goods(const kg_onto_relation *rel)
{
    return rel->noun && rel->pattern &&
           (!strncmp(rel->pattern, "export", 6) ||
            !strncmp(rel->pattern, "import", 6));
}

/* Is body (no person: "Tsvangirai insisted that Mugabe must go" is
 * one man's demand of another, whatever their codes) the speaker's own:
 * the same code, or a legislature of his country when he sits in one
 * ("Senator Dole said Congress must avoid a trade war": USALEG and
 * USAGOVLEG)?  What one's own body must do asks it
 * of no one.  (Only the legislature: a bank's sector is a kind, not a
 * membership, "the Bank of Spain said banks must" asks it of them.) */
static int ex_own_body(const char *speaker, const char *body)
{
    size_t ls = strlen(speaker), lb = strlen(body), a;
    int sl = 0, bl = 0;
    if (!strcmp(speaker, body))
        return ls >= 6;
    if (ls < 6 || lb < 6 || strncmp(speaker, body, 3) != 0)
        return 0;
    for (a = 3; a + 3 <= ls; a += 3)
        sl |= !strncmp(speaker + a, "LEG", 3);
    for (a = 3; a + 3 <= lb; a += 3)
        bl |= !strncmp(body + a, "LEG", 3);
    return sl && bl;
}

/* "The LDP official said the government should not abandon its fiscal
 * reform target", "Tory leader Michael Howard said the government must
 * apologise": a party, the opposition, a legislature or a union (any
 * actor of the country outside the state's executive: a code whose
 * sector is not GOV, or a GOV one joined to PTY, LEG or OPP, as a ruling
 * party's JPNGOVPTY) that says what its government (the state's organ,
 * a code with a sector: JPNGOV) should or must do asks it of the
 * government, an appeal or a demand, as the dev gold codes JPNPTY ->
 * JPNGOV 020; a minister saying it of his own government, or anyone
 * saying what the country itself must do ("Blair said Britain must do
 * more"), asks it of no one. (domestic26) */
static int ex_asks_own_government(const char *speaker, const char *body)
{
    size_t a, ls = strlen(speaker);
    if (strlen(body) < 6 || strncmp(body + 3, "GOV", 3) != 0 || ls < 6)
        return 0;
    if (strncmp(speaker + 3, "GOV", 3) != 0)
        return 1;
    for (a = 6; a + 3 <= ls; a += 3)
        if (!strncmp(speaker + a, "PTY", 3) ||
            !strncmp(speaker + a, "LEG", 3) ||
            !strncmp(speaker + a, "OPP", 3))
            return 1;
    return 0;
}

/* The one of n actors named first in the sentence. */
static const kg_entity *ex_first_entity(const kg_entity *const *e, size_t n)
{
    const kg_entity *f = e[0];
    size_t k;
    for (k = 1; k < n; k++)
        if (e[k]->start < f->start)
            f = e[k];
    return f;
}

/* "Germany together with France attacked Iraq", "Britain along with the
 * United States condemned": with no comma, the actor nearest the verb
 * is the co-agent named after "together with" (ex_coagent_opener); the
 * subject is the actor right before the phrase, and ex_along_with adds
 * the co-agent (fix32).  *smp is the subject's mention found, subj its
 * actor; returns the subject, *smp moved with it. */
static const kg_entity *ex_coagent_head(const ex_state *st,
                                        const ex_mention **smp,
                                        const kg_entity *subj)
{
    const ex_mention *sm = *smp, *hm;
    size_t n, o;
    for (n = 1; n <= 3; n++) {
        if (sm->t0 < n + 1)
            break;
        o = sm->t0 - n;
        if (ex_coagent_opener(st, o) != n || ex_tok_is(st, o, "as"))
            continue;
        hm = ex_mention_at(st, o - 1);
        if (!hm && st->toks[o - 1].covered)
            hm = &st->ments[st->toks[o - 1].covered - 1];
        if (!hm || hm->dropped || hm->t1 != o || hm->ent.is_value ||
            !hm->ent.code || !*hm->ent.code)
            return subj;
        *smp = hm;
        return &hm->ent;
    }
    return subj;
}

/* "Wright met with Senator Dole and Senator Byrd to discuss the budget":
 * actors coordinated after "with" are whom the subject meets; an
 * infinitive of purpose after them is the meeting's (the subject's with
 * them), no act of theirs with each other.  subj is the first of them,
 * i the infinitive's trigger. */
static int ex_met_with_pair(const ex_state *st, const kg_entity *subj,
                            size_t i)
{
    const char *agent = NULL;
    size_t b = ex_tok_from(st, subj->start), k;
    if (i == 0 || !ex_tok_is(st, i - 1, "to"))
        return 0;
    for (k = 4; k >= 1; k--)
        /* (a title before the name, outside its mention: "Senator") */
        if (b > k && ex_match_title(st, b - k, &agent) == k) {
            b -= k;
            break;
        }
    return b > 0 && ex_tok_is(st, b - 1, "with");
}

/* "Ms Jamieson and Jack McConnell met supporters' representatives to
 * discuss the issue", "X and Y met with farmers to discuss": an
 * infinitive of purpose after a meeting verb with an object of its own
 * is the meeting's, talk of the coordinated subjects with the ones they
 * met (no event when those have no code), not with each other; "X and Y
 * met in Paris to discuss", "met on Tuesday to", "met informally to"
 * name no one met, and the pair still meets each other.  subjs are the
 * n coordinated subjects, i the infinitive's trigger. */
static int ex_met_other_to(const ex_state *st, const kg_entity *const *subjs,
                           size_t n, size_t i)
{
    static const char *const meets[] = {"met", "meet", "meets", "meeting",
                                        NULL};
    /* (words of place, time or manner that no adverb test knows: "will
     * meet here Friday to discuss") */
    static const char *const how[] = {"here",     "there",   "again",
                                      "together", "jointly", "privately",
                                      "separately", "alone", "later",
                                      "soon",     "twice",   "once",
                                      NULL};
    size_t last = 0, k, v, o;
    if (i < 3 || !ex_tok_is(st, i - 1, "to"))
        return 0;
    for (k = 0; k < n; k++)
        if (ex_tok_from(st, subjs[k]->end) > last)
            last = ex_tok_from(st, subjs[k]->end);
    /* (the meeting verb: after every subject, within ten tokens of
     * "to") */
    for (v = i - 1; v-- > last && i - 1 - v <= 10;)
        if (ex_pronoun_is(&st->toks[v], meets))
            break;
    /* (v >= i: the walk ran out at token 0 and wrapped, every subject
     * of another sentence, last 0) */
    if (v < last || v >= i || i - 1 - v > 10 ||
        !ex_pronoun_is(&st->toks[v], meets))
        return 0;
    o = v + 1;
    if (o < i - 1 && ex_tok_is(st, o, "with"))
        o++;
    if (o >= i - 1 || st->toks[o].tag == KG_W_PREP || ex_is_adverb(st, o) ||
        ex_pronoun_is(&st->toks[o], how) || ex_when_phrase(st, o) > o)
        return 0;
    return 1;
}

/* Verbs of admitting one's own act: "Iran admitted that its forces had
 * shot down the airliner", "Pyongyang conceded in 2002 that its agents had
 * abducted", "Russia admitted bombing the village". */
static const char ex_admit_verbs[] =
    "admit;admits;admitted;admitting;acknowledge;acknowledges;acknowledged;"
    "acknowledging;concede;concedes;conceded;conceding;confess;confesses;"
    "confessed;confessing";

/* Who admits the act whose trigger is token i and whose subject subj
 * begins at token s0: the subject of an admission verb right before the
 * trigger ("admitted bombing": the subject itself), or before the clause
 * with only "that", an article or a time between ("admitted on Saturday
 * that it had"), when the admitter is the one who acted or of its
 * country ("Iran" for "its forces").  Acknowledging or claiming
 * responsibility is CAMEO 015, toward the act's target.  NULL when
 * none. */
static const kg_entity *ex_admitted_by(ex_state *st, size_t s0, size_t i,
                                       const kg_entity *subj)
{
    const kg_entity *who;
    size_t v, j;
    if (i > 0 && ex_in_list(ex_admit_verbs, st->toks[i - 1].lower))
        return subj;
    for (v = s0; v > 0 && s0 - v < 6; v--)
        if (ex_in_list(ex_admit_verbs, st->toks[v - 1].lower))
            break;
    if (v == 0 || s0 - v >= 6 ||
        !ex_in_list(ex_admit_verbs, st->toks[v - 1].lower))
        return NULL;
    for (j = v; j < s0;) {
        if (ex_tok_is(st, j, "that") || st->toks[j].tag == KG_W_DET ||
            st->toks[j].tag == KG_W_POSS)
            j++;
        else if (ex_when_phrase(st, j) > j)
            j = ex_when_phrase(st, j);
        else if (ex_tok_is(st, j, "in") && j + 1 < s0 &&
                 strlen(st->toks[j + 1].lower) == 4 &&
                 strspn(st->toks[j + 1].lower, "0123456789") == 4)
            j += 2; /* "conceded in 2002 that" */
        else
            return NULL;
    }
    if (j != s0)
        return NULL;
    who = ex_subject_of(st, v - 1);
    if (!who || !subj)
        return NULL;
    if (ex_same_id(who, subj) ||
        (who->country && subj->country &&
         !strcmp(who->country, subj->country)))
        return who;
    return NULL;
}

static const kg_onto_relation ex_admission = {
    .pattern = "admit", .type = "claim_responsibility",
    .label = "acknowledges responsibility for", .cameo = "015",
    .plover = NULL, .quad = 1};

/* Verbs that report a contested claim: "The US claimed that ISIL had
 * attacked Iraq" is, besides the reported attack, an accusation (112) by
 * the US against ISIL; so is "Peru charged that Chilean troops had
 * shelled a school" ("charged" only before "that": "police charged
 * protesters who" is no claim; extra24). */
static const char ex_claim_verbs[] = "claim;claims;claimed;claiming;allege;"
                                     "alleges;alleged;alleging;charged;"
                                     "charging";

static size_t ex_claim_verb(const ex_state *st, size_t t0, int harm_done)
{
    size_t v = t0, j;
    int that = 0;
    if (v > 0 && ex_tok_is(st, v - 1, "the"))
        v--;
    if (v > 0 && ex_tok_is(st, v - 1, "that")) {
        v--;
        that = 1;
        /* wire copy puts the day between the verb and "that": "Georgia
         * said on Thursday that Russian warplanes had bombed", "alleged
         * on Sunday that" (the date phrase is the verb's, as in
         * ex_admit_verb) */
        for (j = v > 4 ? v - 4 : 0; j < v; j++)
            if (j > 0 && ex_when_phrase(st, j) == v) {
                v = j;
                break;
            }
    }
    /* "The US said that Iraq had attacked": saying, with "that", that
     * another did material harm (harm_done: quad 4, asserted) puts the
     * blame on them just as claiming does; "said that the parliament
     * would reject" and a plain "X said Y attacked" are left as reported
     * speech */
    if (harm_done && v > 0 && v < t0 &&
        (ex_tok_is(st, v, "that") || ex_when_phrase(st, v) > v) &&
        (ex_tok_is(st, v - 1, "said") || ex_tok_is(st, v - 1, "says")))
        return v - 1;
    if (v == 0 || !ex_in_list(ex_claim_verbs, st->toks[v - 1].lower) ||
        (!that && !strncmp(st->toks[v - 1].lower, "charg", 5)))
        return (size_t)-1;
    return v - 1;
}

/* The state itself, its government or its forces (USA, USAGOV,
 * USAGOVMIL, USAMIL), not its opposition, rebels or people? */
static int ex_state_side(const char *code)
{
    size_t n = code ? strlen(code) : 0;
    return n == 3 || (n >= 6 && (!strncmp(code + 3, "GOV", 3) ||
                                 !strncmp(code + 3, "MIL", 3)));
}

/* "the defence minister said that the country's warships destroyed the
 * platform": a state's official who says (not claims or alleges) that
 * his own state or its forces did harm reports the act; ex_claim_verb's
 * "said that" puts blame on another (an opposition leader who says that
 * the army killed protesters still accuses it). */
static int ex_own_side_said(const kg_entity *speaker, const kg_entity *doer,
                            const char *verb)
{
    return speaker && doer && speaker->country && doer->country &&
           !strcmp(speaker->country, doer->country) &&
           ex_state_side(speaker->code) && ex_state_side(doer->code) &&
           !ex_in_list(ex_claim_verbs, verb);
}

/* "could not be reached for comment on", "was not available for comment",
 * "were unable to comment on", "was not able to comment immediately": a
 * comment the speaker could not be asked for or could not give is no
 * refusal to comment (011, which CAMEO keeps for an explicit refusal).
 * i is the trigger's "comment". */
static int ex_comment_out_of_reach(const ex_state *st, size_t i)
{
    static const char *const reach[] = {"reached",   "available",
                                        "unavailable", "contacted",
                                        NULL};
    static const char *const able[] = {"able", "unable", NULL};
    if (i < 2)
        return 0;
    return (ex_tok_is(st, i - 1, "for") &&
            ex_pronoun_is(&st->toks[i - 2], reach)) ||
           (ex_tok_is(st, i - 1, "to") && ex_pronoun_is(&st->toks[i - 2], able));
}

/* Is the verb at token t an act its clause's subject weighs doing:
 * "considering sending", "weighing whether to freeze", "was studying
 * whether to impose", "is considering how to retaliate against"?  A form
 * of consider, weigh, mull, study or debate right before the -ing form,
 * or before "whether to" or "how to" and t (how to act is weighed as
 * whether to act is: no act done yet). */
static int ex_weighed_option(const ex_state *st, size_t t)
{
    static const char *const weigh[] = {
        "consider",    "considers",  "considered", "considering",
        "weigh",       "weighs",     "weighed",    "weighing",
        "mull",        "mulls",      "mulled",     "mulling",
        "study",       "studies",    "studied",    "studying",
        "debate",      "debates",    "debated",    "debating",
        "contemplate", "contemplates", "contemplated", "contemplating",
        NULL};
    size_t c;
    if (t > 0 && ex_ends_ing(st, t) && ex_pronoun_is(&st->toks[t - 1], weigh))
        c = t - 1;
    else if (t >= 3 && ex_tok_is(st, t - 1, "to") &&
             (ex_tok_is(st, t - 2, "whether") || ex_tok_is(st, t - 2, "how")) &&
             ex_pronoun_is(&st->toks[t - 3], weigh))
        c = t - 3;
    else
        return 0;
    /* (not when the weighing is itself only suggested: "rebuffed
     * suggestions that it consider accepting the offer") */
    return !ex_unasserted_frame(st, c);
}

/* "Turkey is considering reopening peace talks with Syria": is the
 * event noun at token i the object of a gerund that its clause's subject
 * weighs (ex_weighed_option)?  Articles, possessives and plain lower-case
 * words may stand between ("reopening the stalled talks").  So may the
 * verb after "whether to" (wire copy's "is weighing whether to reopen
 * peace talks with"), which ex_weighed_option reads as weighed too. */
static int ex_weighed_noun(const ex_state *st, size_t i)
{
    size_t k = i, n = 0;
    while (k > 0 && n < 3 && !ex_weighed_option(st, k - 1) &&
           ex_phrase_filler(st, k - 1) &&
           !(st->toks[k - 1].tag == KG_W_NONE && ex_ends_ing(st, k - 1))) {
        k--;
        n++;
    }
    return k > 0 && ex_weighed_option(st, k - 1);
}

/* "would not be drawn on the reports", "declined to be drawn on Iran":
 * the speaker's own act in the passive, a comment withheld (011), with
 * no agent to look for and its topic the target as after "comment on".
 * So is a concern: "is deeply concerned about Brazil's economy" (012)
 * states the subject's own view. */
static int ex_drawn_on(const kg_onto_relation *rel)
{
    return !strcmp(rel->pattern, "drawn on") ||
           !strncmp(rel->pattern, "concerned ", 10);
}

/* "is opposed to the tax", "was disappointed by the tariffs announced by
 * Reagan": a participle of feeling with its own preposition is an
 * adjective, not a passive; its subject disapproves and the "by" names
 * no agent. */
static int ex_feeling_entry(const kg_onto_relation *rel)
{
    /* (and approval and concern: "was encouraged by recent steps by
     * Tokyo", "was worried by Washington's use of the exchange rate",
     * "were worried about the deficit": the one who feels is the
     * subject) */
    static const char *const feeling[] = {
        "opposed ",    "disappointed ", "dissatisfied ", "pleased ",
        "delighted ",  "satisfied ",    "encouraged ",   "impressed ",
        "frustrated ", "upset ",        "worried ",      "disturbed ",
        "irritated ",  NULL};
    size_t k;
    for (k = 0; feeling[k]; k++)
        if (!strncmp(rel->pattern, feeling[k], strlen(feeling[k])))
            return 1;
    return 0;
}

/* An entry that ends in the preposition opening its topic ("comment on",
 * "speak about", "issue * statement on"; for a claim or a denial of
 * responsibility "for" and "in").  (Investigations were tried here and
 * left out: on news their one new party was wrong, "looking into reports
 * in a Kuwaiti newspaper"; an investigated event has its own reading,
 * ex_inquiry_target.) */
static int ex_topic_entry(const kg_onto_relation *rel)
{
    size_t n = strlen(rel->pattern);
    if (!strcmp(rel->cameo, "015") || !strcmp(rel->cameo, "016"))
        /* ("claimed responsibility for the attack on", "denied any role
         * in the killing of") */
        return (n > 4 && !strcmp(rel->pattern + n - 4, " for")) ||
               (n > 3 && !strcmp(rel->pattern + n - 3, " in"));
    return (n > 3 && !strcmp(rel->pattern + n - 3, " on")) ||
           (n > 6 && !strcmp(rel->pattern + n - 6, " about"));
}

/* Is the actor m inside the noun phrase that starts at t1, within six
 * words made only of articles, possessives, prepositions and plain words
 * ("the talks with", "relations with", "the situation in")?  A "that" or
 * a comma ends the phrase. */
static int ex_topic_phrase(const ex_state *st, size_t t1, const ex_mention *m)
{
    /* (prepositions inside a noun phrase: not "before informing the US
     * Department of Justice") */
    static const char *const inner[] = {
        "of",    "in",      "into",    "with", "on", "over",
        "about", "between", "against", "to",   NULL};
    size_t j;
    if (m->t0 < t1 || m->t0 > t1 + 6)
        return 0;
    for (j = t1; j < m->t0; j++) {
        const ex_tok *k = &st->toks[j];
        if (k->kind != KG_TOK_WORD || ex_tok_is(st, j, "that") ||
            ex_mention_at(st, j) ||
            (k->tag != KG_W_NONE && k->tag != KG_W_DET &&
             k->tag != KG_W_PREP && k->tag != KG_W_POSS) ||
            (k->tag == KG_W_PREP && !ex_pronoun_is(k, inner)))
            return 0;
    }
    return 1;
}

/* The first coded actor in the topic phrase at t1 (ex_topic_phrase) of
 * another country than subj's (any, for an international organisation:
 * "the UN commented on the situation in Syria"; none for a subject kg
 * has no country for), or NULL. */
static const ex_mention *ex_topic_target(const ex_state *st, size_t t1,
                                         const kg_entity *subj)
{
    size_t j;
    for (j = t1; j < st->ntoks && j <= t1 + 6; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (!m || ex_policy_named_for(st, m))
            continue; /* ("denied any involvement in the Iran initiative":
                       * the policy, no party) */
        if (!ex_topic_phrase(st, t1, m) || !m->ent.code || !*m->ent.code ||
            m->compound || !strncmp(m->ent.code, "---", 3) ||
            (subj->country && *subj->country &&
             ((m->ent.country && !strcmp(m->ent.country, subj->country)) ||
              !strncmp(m->ent.code, subj->country, strlen(subj->country)))) ||
            ((!subj->country || !*subj->country) &&
             (!subj->code || strncmp(subj->code, "IGO", 3) != 0)))
            return NULL;
        return m;
    }
    return NULL;
}

/* Is token j "crimes" as war crimes or crimes against humanity?  ("crimes
 * in the capital" are no one's act.) */
static int ex_war_crimes_at(const ex_state *st, size_t j)
{
    return ex_tok_is(st, j, "crimes") &&
           ((j > 0 && ex_tok_is(st, j - 1, "war")) ||
            ex_tok_is(st, j + 1, "against"));
}

/* "detonated a bomb as an army truck passed": is mention m the party an
 * entry's "as" names (after "as" and at most an article), passing by when
 * the act struck it? */
static int ex_passer_by(const ex_state *st, const ex_mention *m)
{
    size_t j = m->t0;
    if (j > 0 && (ex_tok_is(st, j - 1, "a") || ex_tok_is(st, j - 1, "an") ||
                  ex_tok_is(st, j - 1, "the")))
        j--;
    return j > 0 && ex_tok_is(st, j - 1, "as");
}

/* Is token j an event an investigation looks into (a killing, a sinking,
 * torture, an air strike)?  Crimes only as war crimes or crimes against
 * humanity (ex_war_crimes_at). */
static int ex_inquiry_event(const ex_state *st, size_t j)
{
    static const char *const events[] = {
        "killing",    "killings",   "death",         "deaths",
        "sinking",    "shooting",   "shootings",     "downing",
        "bombing",    "bombings",   "crash",         "collision",
        "attack",     "attacks",    "torture",       "abuse",
        "abuses",     "massacre",   "massacres",     "disappearance",
        "disappearances", "murder", "murders",       "assassination",
        "raid",       "raids",      "shelling",      "airstrike",
        "airstrikes", "explosion",  "ambush",        "atrocities",
        "abduction",  "kidnapping", "mistreatment",  "ill-treatment",
        "executions", "execution",  "strike",        "strikes",
        "violations", NULL};
    return j < st->ntoks &&
           (ex_pronoun_is(&st->toks[j], events) || ex_war_crimes_at(st, j));
}

/* The investigation code (09x) the event noun at token e names: abuse,
 * torture (092, human rights), an air strike, a raid, shelling (093,
 * military action), atrocities, a massacre, war crimes (094); NULL for
 * any other (the entry's own code stands). */
static const char *ex_inquiry_code(const ex_state *st, size_t e)
{
    static const char *const rights[] = {
        "torture", "abuse", "abuses", "mistreatment", "ill-treatment",
        "violations", NULL};
    static const char *const military[] = {
        "strike", "strikes", "airstrike", "airstrikes", "raid", "raids",
        "shelling", "bombing", "bombings", "attack", "attacks", "ambush",
        NULL};
    static const char *const war_crimes[] = {"atrocities", "massacre",
                                             "massacres", NULL};
    if (e >= st->ntoks)
        return NULL;
    if (ex_pronoun_is(&st->toks[e], rights))
        return "092";
    if (ex_pronoun_is(&st->toks[e], military))
        return "093";
    if (ex_pronoun_is(&st->toks[e], war_crimes) || ex_war_crimes_at(st, e))
        return "094";
    return NULL;
}

/* "opened an inquiry into the killing of three truck drivers by Iraqi
 * gunmen", "is looking into the downing of a Georgian drone": an
 * investigation (09) whose object is an event, not an actor, is aimed at
 * the party the event names.  The event phrase starts at t1 (past a date,
 * the entry's own preposition when it has one, articles and up to three
 * modifiers) with an event noun (a killing, a sinking, torture, an air
 * strike; or "allegations of" one), unless the entry's own words end in
 * one ("investigate * bombing").  Inside it, up to a comma or a relative
 * clause, the party is its agent ("by Iraqi gunmen", "a US drone strike")
 * when it names one, else the first coded actor of another country than
 * subj's (the victims, the place: "deaths of its diplomats' pets in
 * Havana"), else the first other coded actor.  Only event nouns: "looking
 * into reports in a Kuwaiti newspaper" names no party investigated.
 * Returns its mention, or NULL. */
static const ex_mention *ex_inquiry_target(const ex_state *st, size_t t1,
                                           const kg_onto_relation *rel,
                                           const kg_entity *subj,
                                           size_t *event_at)
{
    static const char *const claims[] = {"allegation", "allegations",
                                         "accusation", "accusations",
                                         "charges",    "evidence",
                                         NULL};
    static const char *const stop[] = {"that", "which", "who", "whom",
                                       "where", "when", "whose", NULL};
    const ex_mention *agent = NULL, *other = NULL, *own = NULL;
    size_t j = ex_when_phrase(st, t1), words = 0, end;
    int in_entry = t1 > 0 && ex_inquiry_event(st, t1 - 1);
    *event_at = (size_t)-1;
    /* ("gathered evidence of war crimes": the entry's own last word
     * opens the phrase) */
    if (!in_entry && t1 > 0 && j == t1 && ex_tok_is(st, j, "of") &&
        ex_pronoun_is(&st->toks[t1 - 1], claims))
        j++;
    /* (an investigator kg knows no country for, "prosecutors", names no
     * dyad: the party would be guessed from its own people) */
    if (!subj || !subj->code || !*subj->code ||
        !strncmp(subj->code, "---", 3))
        return NULL;
    if (!in_entry) {
        /* (the entry's preposition, or a verb's direct object:
         * "examined allegations of torture") */
        if (rel->prep && j < st->ntoks &&
            ex_in_list(rel->prep, st->toks[j].lower))
            j++;
        else if (rel->noun && j == ex_when_phrase(st, t1))
            return NULL;
        /* (or the claims against someone: "a probe into graft
         * allegations against the former king") */
        while (j < st->ntoks && words < 4 &&
               !ex_inquiry_event(st, j) &&
               !(ex_pronoun_is(&st->toks[j], claims) &&
                 ex_tok_is(st, j + 1, "against"))) {
            const ex_tok *k = &st->toks[j];
            const ex_mention *m = ex_actor_at(st, j);
            if (m) {
                /* "a US drone strike", "the Israeli shelling": the
                 * modifier names the agent */
                /* (not a place of the investigator's own country: "an
                 * inquiry into the Beslan school hostage massacre" by
                 * Russia says where) */
                if (m->ent.code && *m->ent.code && !m->compound &&
                    !agent && !ex_same_id(&m->ent, subj) &&
                    !(m->ent.type && !strcmp(m->ent.type, "Place") &&
                      m->ent.country && subj->country &&
                      !strcmp(m->ent.country, subj->country)))
                    agent = m;
                j = m->t1;
                words++;
                continue;
            }
            if (k->tag == KG_W_DET || k->tag == KG_W_POSS ||
                k->kind == KG_TOK_NUMBER ||
                (k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
                 !(k->flags & KG_TOKF_CAP)) ||
                (ex_pronoun_is(k, claims) && ex_tok_is(st, j + 1, "of"))) {
                if (ex_pronoun_is(k, claims))
                    j++; /* ("allegations of torture") */
                j++;
                words++;
                continue;
            }
            return NULL;
        }
        if (j >= st->ntoks || (!ex_inquiry_event(st, j) &&
                               !ex_pronoun_is(&st->toks[j], claims)))
            return NULL;
        *event_at = j;
        j++;
    }
    for (end = j; end < st->ntoks && end < j + 14; end++) {
        const ex_tok *k = &st->toks[end];
        const ex_mention *m = ex_actor_at(st, end);
        if ((k->kind == KG_TOK_PUNCT && !ex_tok_punct(st, end, '-') &&
             !ex_tok_is(st, end, "'s") && !ex_tok_is(st, end, "'")) ||
            ex_pronoun_is(k, stop))
            break;
        if (!m)
            continue;
        end = m->t1 - 1;
        if (!m->ent.code || !*m->ent.code || m->compound ||
            !strncmp(m->ent.code, "---", 3) || ex_same_id(&m->ent, subj))
            continue;
        if (!agent && m->t0 > 0 && ex_tok_is(st, m->t0 - 1, "by"))
            agent = m;
        else if (!agent && m->t0 > 1 && ex_tok_is(st, m->t0 - 2, "by") &&
                 st->toks[m->t0 - 1].tag == KG_W_DET)
            agent = m;
        if (!other && (!subj->country || !*subj->country ||
                       !m->ent.country ||
                       strcmp(m->ent.country, subj->country) != 0))
            other = m;
        if (!own)
            own = m;
    }
    return agent ? agent : other ? other : own;
}

/* "Iran admitted on Saturday that its military had shot down the
 * airliner", "the army acknowledged that its jets had bombed": the
 * admitting verb before the clause whose subject starts at t0 (its
 * articles, a possessive, "that" and a date between), or (size_t)-1. */
static size_t ex_admit_verb(const ex_state *st, size_t t0)
{
    static const char *const admit[] = {
        "admit",        "admits",      "admitted",   "acknowledge",
        "acknowledges", "acknowledged", "concede",   "concedes",
        "conceded",     NULL};
    size_t v = t0, j;
    while (v > 0 && (st->toks[v - 1].tag == KG_W_DET ||
                     st->toks[v - 1].tag == KG_W_POSS))
        v--;
    if (v > 0 && ex_tok_is(st, v - 1, "that"))
        v--;
    for (j = v > 4 ? v - 4 : 0; j < v; j++)
        if (ex_when_phrase(st, j) == v) {
            v = j;
            break;
        }
    if (v == 0 || !ex_pronoun_is(&st->toks[v - 1], admit))
        return (size_t)-1;
    return v - 1;
}

/* Does the speaker speak for the subject's state: the subject itself, or
 * a GOV-coded speaker of the subject's country, the subject being that
 * country or one of its state organs ("Chancellor Olaf Scholz said his
 * government would", "Berlin will deliver ..., Scholz said"; a defence
 * minister, GOVMIL, speaks for it too)? */
static int ex_speaks_for(const kg_entity *speaker, const kg_entity *subj)
{
    /* "Poland will withdraw its troops from Iraq, the defence ministry
     * said": a ministry or office named with no country (---GOV,
     * ---GOVMIL) speaks for the state it reports on, as "the Polish
     * defence ministry" would */
    int unnamed = (!speaker->country || !*speaker->country) &&
                  speaker->code && !strncmp(speaker->code, "---", 3);
    return ex_same_id(speaker, subj) ||
           ((unnamed ||
             (speaker->country && subj->country &&
              !strcmp(speaker->country, subj->country))) &&
            subj->country && speaker->code && subj->code &&
            strlen(speaker->code) >= 6 &&
            !strncmp(speaker->code + 3, "GOV", 3) && /* GOV, GOVMIL */
            ((subj->type && !strcmp(subj->type, "Country")) ||
             ex_code_ends(subj->code, "GOV") ||
             ex_code_ends(subj->code, "MIL")));
}

/* "Pakistan will hand over the suspects, Interior Minister Rahim Khan
 * said": a person kg does not know (no code, no country) named right
 * after a title of government office with no country of its own speaks
 * for the state the clause is about, as "the interior minister said"
 * (---GOV, ex_speaks_for) does.  A title naming a country ("U.S.
 * Secretary of State") or another sector ("opposition leader") does not
 * qualify, nor does a known person (coded on his own). */
static int ex_titled_stranger(const ex_state *st, const kg_entity *speaker)
{
    size_t t0, j;
    if (!speaker || (speaker->code && *speaker->code) ||
        (speaker->country && *speaker->country) || !speaker->type ||
        strcmp(speaker->type, "Person") != 0 ||
        (t0 = ex_tok_from(st, speaker->start)) >= st->ntoks)
        return 0;
    for (j = t0 > 4 ? t0 - 4 : 0; j < t0; j++) {
        const char *agent = NULL, *country = NULL;
        size_t n = ex_match_title_country(st, j, &agent, &country);
        if (n && j + n == t0)
            return agent && !strncmp(agent, "GOV", 3) &&
                   (!country || !*country);
    }
    return 0;
}

/* ex_speaks_for, or a titled official kg does not know
 * (ex_titled_stranger) for a state or one of its organs. */
static int ex_speaks_for_state(const ex_state *st, const kg_entity *speaker,
                               const kg_entity *subj)
{
    return ex_speaks_for(speaker, subj) ||
           (ex_titled_stranger(st, speaker) && subj->country &&
            *subj->country && subj->code &&
            ((subj->type && !strcmp(subj->type, "Country")) ||
             ex_code_ends(subj->code, "GOV") ||
             ex_code_ends(subj->code, "MIL")));
}

/* "Russia said in a statement that it would send aid", "the president
 * announced in a televised address to the nation that he would call
 * elections": the occasion of the speech, "in" and a message word with
 * up to three words before it (an article, a possessive, "televised")
 * and "to" and its hearers after it ("to the nation", "to parliament"),
 * is no word of the clause; returns the token after the phrase at j, or
 * j when none starts there. */
size_t ex_speech_occasion(const ex_state *st, size_t j)
{
    static const char *const message[] = {
        "statement",  "speech",    "address",   "interview",  "communique",
        "letter",     "message",   "broadcast", "briefing",   "declaration",
        "conference", "session",   "appearance", NULL};
    /* ("promised during his stay in Nairobi that Beijing would", "said
     * during a visit to Moscow that": the stay or visit it was said on) */
    static const char *const stay[] = {"visit", "stay", "trip", "tour",
                                       "talks", "meeting", "summit", NULL};
    const ex_mention *m;
    size_t k, end = j, words;
    int during = j < st->ntoks && ex_tok_is(st, j, "during"), way = 0;
    if (j + 1 >= st->ntoks || (!ex_tok_is(st, j, "in") && !during))
        return j;
    for (k = j + 1; k < st->ntoks && k <= j + 4; k++) {
        const ex_tok *w = &st->toks[k];
        if (w->kind == KG_TOK_PUNCT || ex_mention_at(st, k))
            return j;
        if (ex_pronoun_is(w, during ? stay : message)) {
            end = k + 1;
            break;
        }
    }
    if (end == j)
        return j;
    /* ("in a statement faxed to a Beirut newspaper", "posted on a rebel
     * website", "published in London": the message's way, a participle,
     * then its place as below) */
    if (!during && end + 2 < st->ntoks && ex_ends_ed(st, end) &&
        st->toks[end].tag == KG_W_NONE && st->toks[end + 1].tag == KG_W_PREP) {
        end++;
        way = 1;
    }
    /* ("to the nation", "to parliament", "to the United Nations"; "in
     * Nairobi" after a stay, "with Turkey" after talks) */
    if (end + 1 >= st->ntoks || ex_tok_is(st, end + 1, "that") ||
        !(ex_tok_is(st, end, "to") || way ||
          (during && (ex_tok_is(st, end, "in") || ex_tok_is(st, end, "with")))))
        return end;
    k = end + 1;
    if (st->toks[k].tag == KG_W_DET && k + 1 < st->ntoks)
        k++;
    if ((m = ex_mention_at(st, k)) != NULL && m->t0 == k)
        k = m->t1;
    else if (st->toks[k].kind == KG_TOK_PUNCT ||
             st->toks[k].tag == KG_W_PRON || st->toks[k].tag == KG_W_SUB)
        return end;
    else
        k++;
    /* (and up to two plain words of the place: "a Beirut newspaper", "a
     * rebel website") */
    for (words = 0; words < 2 && k < st->ntoks && ex_plain_word(st, k);
         words++)
        k++;
    return k;
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
    size_t j;
    size_t n = 0;
    if (!speaker || speech_at >= i || !subj ||
        !ex_speaks_for_state(st, speaker, subj))
        return 0;
    /* near, not counting a day, and a name counting as one word ("told
     * the European Union on Monday that it would withdraw" is as near as
     * "told Japan that it would withdraw") */
    for (j = speech_at + 1; j < i; j++) {
        const ex_mention *m = ex_mention_at(st, j);
        if (ex_when_phrase(st, j) > j) {
            /* ("told the nation on Thursday that he would give up
             * command": the day is not counted at all) */
            j = ex_when_phrase(st, j) - 1;
            continue;
        }
        if (ex_speech_occasion(st, j) > j) {
            /* ("said in a statement that it would": nor the occasion) */
            j = ex_speech_occasion(st, j) - 1;
            continue;
        }
        n++;
        if (m && m->t0 == j && m->t1 > j + 1 && m->t1 <= i)
            j = m->t1 - 1;
    }
    if (n + 1 > EX_CUE_WINDOW)
        return 0;
    /* ("talks the minister had said would be held before he left for
     * Rome": a statement in the past perfect was made before a past
     * time, and the time clause in the past after it is that time, the
     * trip made (ex_past_time_clause); after a plain "said", "would
     * release them once the firm halted operations", the past of the
     * time clause is the reported future and stays under the "would") */
    if (speech_at >= 1 && ex_tok_is(st, speech_at - 1, "had"))
        for (j = speech_at + 1; j < i; j++)
            if (ex_past_time_clause(st, j, i))
                return 0;
    for (j = speech_at + 1; j < i; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], ex_will_words))
            return 1;
    }
    return 0;
}

/* "Turkey told Syria on Saturday it would use force ..., the army chief
 * of staff said": the teller's own "it would" after "told" is its stated
 * intention, as ex_announced_intent reads it, whoever reports the
 * telling after the clause. */
static int ex_told_intent(const ex_state *st, const kg_entity *subj,
                          size_t i)
{
    const ex_mention *told;
    size_t v;
    if (!subj || st->subj_end == 0 || st->subj_end > i ||
        !(told = ex_told_before(st, st->subj_end - 1)) ||
        !(v = ex_told_by(st, told, subj)))
        return 0;
    return ex_announced_intent(st, subj, v - 1, subj, i);
}

/* "London said it saw no reason to relax the oil embargo on Iraq", "sees
 * no need to lift the sanctions": an act one finds "no reason" or "no
 * need" to do, right before its trigger at i ("to" and perhaps one
 * adverb between), is refused as "would not" refuses it. */
static int ex_no_reason_to(const ex_state *st, size_t i)
{
    size_t k = i;
    if (k >= 2 && !ex_tok_is(st, k - 1, "to") &&
        st->toks[k - 1].tag == KG_W_NONE)
        k--; /* "no reason to further relax" */
    return k >= 3 && ex_tok_is(st, k - 1, "to") &&
           (ex_tok_is(st, k - 2, "reason") || ex_tok_is(st, k - 2, "need")) &&
           ex_tok_is(st, k - 3, "no");
}

/* "its economic assistance to Pakistan could be suspended", "aid to
 * Haiti was cut off": is a passive verb of cutting ("cut", "suspended",
 * "halted", "frozen", "stopped", "withdrawn", "reduced", "slashed")
 * after an aid noun ending at t1, its phrase of at most six words
 * between (no punctuation, subordinator or condition)?  The token of the
 * passive's form of "be", or 0. */
static size_t ex_aid_cut_after(const ex_state *st, size_t t1)
{
    static const char *const be[] = {"be", "was", "were", "is", "are",
                                     "been", NULL};
    static const char *const cut[] = {
        "cut",       "suspended", "halted",  "frozen",  "stopped",
        "withdrawn", "reduced",   "slashed", NULL};
    size_t k;
    for (k = t1; k + 1 < st->ntoks && k < t1 + 7; k++) {
        if (st->toks[k].kind == KG_TOK_PUNCT || st->toks[k].tag == KG_W_SUB ||
            st->toks[k].tag == KG_W_COND)
            return 0;
        if (ex_pronoun_is(&st->toks[k], be) &&
            ex_pronoun_is(&st->toks[k + 1], cut))
            return k;
    }
    return 0;
}

/* "Tokyo signalled that its economic assistance to Pakistan could be
 * suspended if Islamabad went ahead with nuclear tests", "Sweden told
 * Tanzania that its development assistance would be cut unless Dar es
 * Salaam curbed corruption": aid whose cut (the passive's "be" at token
 * be, ex_aid_cut_after) a modal puts forward under a condition ("if" or
 * "unless" in the clause, at most a dozen words on) is held over the
 * recipient: its owner's threat to cut aid (1311), not the act. */
static int ex_aid_cut_threat(const ex_state *st, size_t be)
{
    static const char *const modal[] = {"would", "could", "may", "might",
                                        "will", NULL};
    size_t j;
    if (be == 0 || !ex_pronoun_is(&st->toks[be - 1], modal))
        return 0;
    for (j = be + 2; j < st->ntoks && j < be + 14; j++) {
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';') ||
            ex_tok_punct(st, j, ':'))
            return 0;
        if (ex_tok_is(st, j, "if") || ex_tok_is(st, j, "unless"))
            return 1;
    }
    return 0;
}

/* "Russia could bar imports of Latvian sprats if Riga presses ahead with
 * its language law, a senior member of the State Duma said": a member of
 * the state's own legislature (a LEG code of subj's country, not its
 * opposition) who says what his state could do to another under a
 * condition puts forward its threat, as its government does
 * (ex_could_if_threat); subj is the country or its government. */
static int ex_own_lawmaker(const kg_entity *speaker, const kg_entity *subj)
{
    return speaker->code && speaker->country && subj->country &&
           subj->code && !strcmp(speaker->country, subj->country) &&
           strlen(speaker->code) == 6 && ex_code_ends(speaker->code, "LEG") &&
           ((subj->type && !strcmp(subj->type, "Country")) ||
            ex_code_ends(subj->code, "GOV"));
}

/* "Ankara could annex the north of Cyprus if the island joins the EU,
 * Ecevit said", "Russia may bar imports of Latvian goods unless Riga
 * drops the law, the Kremlin said": a "could", "may" or "might" before
 * the trigger at i (in its clause, after the subject) that the actor's
 * own side says (the speaker speaks for subj, before or after) puts
 * forward the actor's own act; with a condition after it (the caller
 * checks: ex_unless_threat) it is a threat, as "said it would ... if"
 * is.  Another's "could" ("Russia could cut gas if the row drags on,
 * analysts said") stays speculation. */
static int ex_could_if_threat(const ex_state *st, const kg_entity *speaker,
                              size_t speech_at, const kg_entity *subj,
                              size_t i)
{
    /* ("Pakistan would use nuclear weapons if India invaded, the foreign
     * minister said": the own side's "would" with a condition, too) */
    static const char *const could[] = {"could", "may", "might", "would",
                                        NULL};
    size_t j, from = st->subj_end;
    if (!speaker || !subj || speech_at == (size_t)-1 || speech_at == i ||
        from >= i ||
        !(ex_speaks_for_state(st, speaker, subj) ||
          ex_own_lawmaker(speaker, subj)))
        return 0;
    for (j = from; j < i; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], could))
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
    size_t j;
    int quoted = st->toks[i].quote, unnamed = 0;
    /* (", the foreign ministry said", ", a spokesman said": a state's or
     * a body's own unnamed officials, ex_unnamed_official_tail) */
    if (!speaker && subj && subj->code && *subj->code && subj->type &&
        (!strcmp(subj->type, "Country") ||
         !strcmp(subj->type, "Organization") ||
         ex_code_ends(subj->code, "GOV") || ex_code_ends(subj->code, "MIL")) &&
        (j = ex_unnamed_official_tail(st, i)) != 0) {
        speech_at = j;
        unnamed = 1;
    }
    if ((!speaker && !unnamed) || !subj || speech_at == (size_t)-1 ||
        speech_at <= i || from >= i)
        return 0;
    /* (the speech verb after a comma: "adding more routes" in "will start
     * negotiations about adding more routes" is no attribution; in a
     * quote only "will" or "shall" plans: "We will send aid to Sudan," he
     * said, but not "I would like to") */
    for (j = i + 1; j < speech_at && !ex_tok_punct(st, j, ','); j++)
        ;
    if (j == speech_at)
        return 0;
    if (!unnamed && !ex_speaks_for_state(st, speaker, subj))
        return 0;
    for (j = from; j < i; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, ';'))
            return 0;
        if (ex_pronoun_is(&st->toks[j], ex_will_words))
            return !quoted || !ex_tok_is(st, j, "would");
    }
    return 0;
}

/* Is token i a word of protest or attack read in its market or plain
 * sense, no act of anyone?
 * - "striking" as the adjective of note: "the economy made striking
 *   gains", "a striking contrast", "the most striking result" (after an
 *   article, a possessive, a word of degree or a verb of making or
 *   showing, or before a noun of result or likeness);
 * - "free" before a noun of trade: "a showdown between protectionists
 *   and free traders", "free marketeers" (no one freed);
 * - a noun "rally" among words of prices and markets and none of
 *   protest: "traders took profits after the extended rally, which saw
 *   the May contract soar" (a rise of prices; "farmers held rallies
 *   against high interest rates" stays a protest);
 * - "pressure" named by a force of the market: "led to growing
 *   inflationary pressures in Spain", "downward pressure on the peso"
 *   (no one coerced; "protectionist pressure from Congress" stays);
 * - an offer or aid of liquidity, a central bank's money-market
 *   operation: "the Bundesbank set a tender, offering banks liquidity
 *   aid at a fixed rate of 3.80 pct" (no aid to anyone);
 * - trading in shares stopped: "powers to halt trading in its shares",
 *   "suspended trading in the company's stock" (a market's halt, no
 *   embargo nor boycott; "halted trade with Iran" stays). */
static int ex_market_sense(const ex_state *st, size_t i)
{
    static const char *const stop[] = {
        "halt",     "halts",    "halted",    "halting",   "suspend",
        "suspends", "suspended", "suspending", "stop",    "stops",
        "stopped",  "stopping", NULL};
    static const char *const papers[] = {
        "shares",   "share",    "stock",     "stocks",    "securities",
        "futures",  "bonds",    "options",   "contracts", "issues",  NULL};
    static const char *const forces[] = {
        "inflationary", "deflationary", "upward",  "downward", "selling",
        "buying",       "price",        "cost",    "wage",     "speculative",
        "cost-push",    NULL};
    static const char *const give[] = {
        "offer",     "offers",    "offered",   "offering",  "provide",
        "provides",  "provided",  "providing", "inject",    "injects",
        "injected",  "injecting", "supply",    "supplies",  "supplied",
        "supplying", "aid",       "assistance", NULL};
    static const char *const before[] = {
        "most",     "more",     "very",     "so",       "less",
        "particularly", "equally", "especially", "quite", "rather",
        "made",     "make",     "makes",    "making",   "show",
        "shows",    "showed",   "shown",    "showing",  "achieved",
        "posted",   "recorded", "scored",   "produced", "offers",
        "offered",  NULL};
    static const char *const note[] = {
        "contrast",  "contrasts",  "similarity", "similarities",
        "resemblance", "example",  "examples",   "difference",
        "differences", "feature",  "features",   "success",
        "successes", "gains",      "gain",       "improvement",
        "improvements", "progress", "results",   "result",
        "rise",      "increase",   "growth",     "recovery",
        "turnaround", NULL};
    static const char *const trade[] = {
        "traders",   "trader",    "trade",     "marketeers", "marketeer",
        "marketers", "market",    "markets",   "enterprise", NULL};
    static const char *const market[] = {
        "price",     "prices",    "contract",  "contracts", "futures",
        "shares",    "stocks",    "stock",     "bonds",     "bond",
        "dollar",    "yen",       "sterling",  "currency",  "currencies",
        "market",    "markets",   "index",     "cents",     "points",
        "profits",   "profit",    "profit-taking", "soar",  "soared",
        "soaring",   "traders",   "dealers",   "gold",      "bullion",
        "equities",  "yields",    "bourse",    NULL};
    static const char *const protest[] = {
        "against",   "protest",   "protests",  "protesters", "protestors",
        "demonstrators", "demonstration", "demonstrations", "march",
        "marched",   "marchers",  "crowd",     "crowds",    "supporters",
        "election",  "campaign",  "police",    "chanting",  "slogans",
        "demanding", "demand",    "opposition", NULL};
    size_t j, lo, hi;
    /* (the single words around the token first, the verb's list after
     * them: this runs at most tokens, and few stand before "trading in"
     * or near "liquidity") */
    if (i + 2 < st->ntoks && ex_tok_is(st, i + 1, "trading") &&
        ex_tok_is(st, i + 2, "in") && ex_pronoun_is(&st->toks[i], stop))
        for (j = i + 3; j < st->ntoks && j <= i + 6; j++)
            if (ex_pronoun_is(&st->toks[j], papers))
                return 1;
    if ((ex_tok_is(st, i, "pressure") || ex_tok_is(st, i, "pressures")) &&
        i > 0 && ex_pronoun_is(&st->toks[i - 1], forces))
        return 1;
    for (j = i > 0 ? i - 1 : i + 1; j < st->ntoks && j <= i + 3; j++)
        if (j != i && ex_tok_is(st, j, "liquidity")) {
            if (ex_pronoun_is(&st->toks[i], give))
                return 1;
            break;
        }
    if (ex_tok_is(st, i, "striking")) {
        const ex_tok *p = i > 0 ? &st->toks[i - 1] : NULL;
        if (p && (p->tag == KG_W_DET || p->tag == KG_W_POSS ||
                  ex_pronoun_is(p, before)))
            return 1;
        return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i + 1], note);
    }
    if (ex_tok_is(st, i, "free"))
        return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i + 1], trade);
    if (!ex_tok_is(st, i, "rally") && !ex_tok_is(st, i, "rallies"))
        return 0;
    for (j = 0; j < st->ntoks; j++)
        if (ex_pronoun_is(&st->toks[j], protest))
            return 0;
    lo = i > 8 ? i - 8 : 0;
    hi = i + 9 < st->ntoks ? i + 9 : st->ntoks;
    for (j = lo; j < hi; j++)
        if (ex_pronoun_is(&st->toks[j], market))
            return 1;
    return 0;
}

/* Does the sentence tell violence: arms, forces, deaths or wounded?
 * (ex_verbal_clash, ex_business_capture) */
static int ex_tells_violence(const ex_state *st)
{
    static const char *const violence[] = {
        "killed",   "killing",  "dead",     "died",     "death",   "deaths",
        "wounded",  "injured",  "injuring", "troops",   "forces",  "police",
        "policemen", "soldiers", "army",    "rebels",   "militants",
        "gunmen",   "fire",     "fired",    "shots",    "stones",  "armed",
        "military", "fighting", "violent",  "violence", "bloody",  "deadly",
        "riot",     "rioters",  "guns",     "weapons",  "naval",   "militia",
        "militias", "tear",     "casualties", "clubs",  "knives",  NULL};
    return ex_sentence_has_word(st, violence);
}

/* "Britain and Japan clashed today over U.K. demands for access to the
 * Tokyo exchange", "the apparent U.S.-German clash over the Louvre
 * accord", "Britain clashed with Turkey over trade": a clash "over" an
 * issue, in a sentence that tells no violence (no arms, forces, deaths
 * or wounded), is a quarrel, no fight: an entry of root 19 read there is
 * dropped.  "Troops clashed with rebels", "villagers clashed over land,
 * leaving five dead" stay fights. */
static int ex_verbal_clash(const ex_state *st, size_t i)
{
    static const char *const clash[] = {"clash", "clashes", "clashed",
                                        "clashing", NULL};
    static const char *const between[] = {
        "today",   "yesterday", "again",   "sharply", "openly", "publicly",
        "bitterly", "repeatedly", "monday", "tuesday", "wednesday",
        "thursday", "friday",   "saturday", "sunday",  "on",    NULL};
    static const char *const time[] = {"weekend", "night", "past", "years",
                                       "days", "week", "months", NULL};
    size_t j;
    if (!ex_pronoun_is(&st->toks[i], clash))
        return 0;
    for (j = i + 1; j < st->ntoks && j <= i + 3; j++)
        if (!ex_pronoun_is(&st->toks[j], between))
            break;
    /* ("Britain clashed with Turkey over trade": past "with" and its
     * party, up to the clause's end; not "over the weekend") */
    if (j < st->ntoks && ex_tok_is(st, j, "with"))
        while (j < st->ntoks && j <= i + 10 && !ex_tok_is(st, j, "over") &&
               st->toks[j].kind != KG_TOK_PUNCT)
            j++;
    if (j >= st->ntoks || !ex_tok_is(st, j, "over") ||
        (j + 2 < st->ntoks && ex_pronoun_is(&st->toks[j + 2], time)))
        return 0;
    return !ex_tells_violence(st);
}

/* "MPs bombarded the minister with a barrage of requests", "images of
 * Osama bin Laden and epithets bombarding voters", "bombards users with
 * pop-up adverts": a bombardment that names words, pictures, adverts or
 * data (up to twelve tokens either side), in a sentence that tells no
 * violence (ex_tells_violence) and names no weapon, is one of those
 * things, no shelling (194).  "US forces continued to bombard Fallujah",
 * "Israel bombarded Gaza", "helicopters bombarded by missiles a
 * building", "warships bombarded them" stay.  Twenty-ninth session
 * (prec29): both corpus events this drops were wrong. */
static int ex_figurative_barrage(const ex_state *st, size_t i)
{
    static const char *const bombard[] = {"bombard", "bombards", "bombarded",
                                          "bombarding", NULL};
    static const char *const arms[] = {
        "missile",  "missiles", "rocket",   "rockets",   "shell",
        "shells",   "shelling", "artillery", "mortar",   "mortars",
        "bomb",     "bombs",    "bombing",  "warships",  "warship",
        "warplanes", "jets",    "aircraft", "planes",    "helicopters",
        "gunships", "tanks",    "frigates", "destroyers", "navy",
        "grenades", "guns",     "gunfire",  "shellfire", NULL};
    static const char *const words[] = {
        "requests", "questions", "queries",  "letters",  "calls",
        "e-mails",  "emails",    "messages", "complaints", "demands",
        "images",   "pictures",  "adverts",  "advertisements", "ads",
        "epithets", "leaflets",  "propaganda", "data",   "spam",
        "texts",    "offers",    "criticism", "abuse",   "insults",
        "petitions", "applications", NULL};
    size_t lo = i > 12 ? i - 12 : 0, hi, j;
    if (!ex_pronoun_is(&st->toks[i], bombard) || ex_tells_violence(st) ||
        ex_sentence_has_word(st, arms))
        return 0;
    hi = i + 13 < st->ntoks ? i + 13 : st->ntoks;
    for (j = lo; j < hi; j++)
        if (ex_pronoun_is(&st->toks[j], words))
            return 1;
    return 0;
}

/* "a foreign company trying to take control of a Chinese internet portal
 * firm", "traffic is being captured by U.S. carriers": control taken of a
 * firm, a market or its trade is a purchase or a gain of business, no
 * capture of territory or people (roots 17 to 19).  True when the trigger
 * at i is "control" (of "take, seize, gain control") or a form of
 * "capture", a noun of business stands among the few words after it
 * (its object) or right before it (the subject of a passive), and the
 * sentence tells no violence ("rebels captured the firm's depot" stays
 * theirs). */
static int ex_business_capture(const ex_state *st, size_t i)
{
    static const char *const capture[] = {
        "control",  "capture",  "captures", "captured", "capturing", NULL};
    static const char *const business[] = {
        "firm",     "firms",    "company",   "companies", "consortium",
        "stake",    "stakes",   "market",    "markets",   "traffic",
        "business", "customers", "portal",   "venture",   "subsidiary",
        NULL};
    size_t j, lo;
    /* ("taking control of": the entry starts at the verb) */
    if (i + 1 < st->ntoks && ex_tok_is(st, i + 1, "control"))
        i++;
    lo = i > 4 ? i - 4 : 0;
    if (!ex_pronoun_is(&st->toks[i], capture) || ex_tells_violence(st))
        return 0;
    for (j = i + 1; j < st->ntoks && j <= i + 7; j++) {
        if (ex_tok_punct(st, j, ',') || ex_tok_punct(st, j, '.') ||
            ex_tok_punct(st, j, ';'))
            break;
        if (ex_pronoun_is(&st->toks[j], business))
            return 1;
    }
    for (j = lo; j < i; j++)
        if (ex_pronoun_is(&st->toks[j], business))
            return 1;
    return 0;
}

/* May token i open a relation trigger by its tag?  Open-class words
 * (no tag) may; so may an auxiliary of "be on strike" or "was in", and
 * the intent and threat words when an object, not an infinitive, follows
 * (ex_may_trigger). */
static int ex_tag_may_trigger(const ex_state *st, size_t i)
{
    int tag = st->toks[i].tag;
    if (tag == KG_W_NONE)
        return 1;
    /* ("hundreds of workers had been on strike in Belgrade": "be on
     * strike" is a strike's verb, as "go on strike" is) */
    if (tag == KG_W_AUX && i + 2 < st->ntoks && ex_tok_is(st, i + 1, "on") &&
        ex_tok_is(st, i + 2, "strike"))
        return 1;
    if (tag == KG_W_AUX && i + 1 < st->ntoks && ex_tok_is(st, i + 1, "in"))
        return 1; /* "was in Britain on a visit" (ex_stay_visit) */
    return (tag == KG_W_INTENT || tag == KG_W_THREAT) &&
           i + 1 < st->ntoks && !ex_tok_is(st, i + 1, "to");
}

/* May token i open a relation trigger?  Open-class words may; so may the
 * intent and threat words when an object, not an infinitive, follows
 * ("threatened Turkey", "pledged aid to", "wants Putin to"): before "to"
 * they are only cues of the verb that comes next. */
static int ex_may_trigger(const ex_state *st, size_t i)
{
    /* ("issued a rallying call to the party", "a rallying cry": a
     * call, no rally) */
    static const char *const calls[] = {"call", "calls", "cry", "cries",
                                        "point", NULL};
    /* (the word's tag first: it turns away about half the tokens, the
     * function words, at the cost of a few compares, and the word-list
     * checks after it only ever turn a trigger down) */
    if (!ex_tag_may_trigger(st, i))
        return 0;
    /* ("arrested striking miners", "warned striking Egyptian workers":
     * a strike's people, no attack) */
    if (ex_striking_workers(st, i))
        return 0;
    if (ex_market_sense(st, i))
        return 0;
    if (ex_tok_is(st, i, "rallying") && i + 1 < st->ntoks &&
        ex_pronoun_is(&st->toks[i + 1], calls))
        return 0;
    return !ex_month_march(st, i);
}

/* "Talks between Israel and Syria were suspended", "the talks with the
 * state government broke down": the meeting a noun phrase names (ending
 * at token t1) is the subject of a verb that calls it off, so no meeting
 * is told.  The phrase runs to the first verb, before any punctuation
 * or clause word.  Not a meeting (meeting 0: "Putin's visit to Tokyo
 * was postponed", "the raid was called off"): only a cancelled act. */
static int ex_talks_called_off(const ex_state *st, size_t t1, int meeting)
{
    static const char *const aux[] = {
        "was", "were", "is", "are", "been", "be", "has", "have", "had",
        "reportedly", "again", "abruptly", "indefinitely", "later",
        "then", "also", "now", "temporarily", NULL};
    static const char *const talks_off[] = {
        "suspended", "halted", "frozen", "cancelled", "canceled",
        "postponed", "stalled", "collapsed", "foundered", "scrapped",
        "adjourned", NULL};
    const char *const *off = talks_off;
    /* any other act ("the raid was called off"): only the words of one
     * that never took place ("the ceasefire collapsed" held a while) */
    static const char *const undone[] = {"cancelled", "canceled",
                                         "postponed", "scrapped", NULL};
    static const char *const ends[] = {"which", "that", "who", "when",
                                       "after", "before", "since", "until",
                                       "as", "because", "while", NULL};
    size_t k, lim = t1 + 12 < st->ntoks ? t1 + 12 : st->ntoks;
    if (!meeting)
        off = undone;
    for (k = t1; k < lim; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind == KG_TOK_PUNCT || ex_pronoun_is(t, ends))
            return 0;
        if (t->kind != KG_TOK_WORD || !ex_pronoun_is(t, aux)) {
            if (t->kind == KG_TOK_WORD && ex_pronoun_is(t, off))
                return k == t1 || st->toks[k - 1].tag != KG_W_DET;
            if (meeting &&
                (ex_tok_is(st, k, "broke") || ex_tok_is(st, k, "broken")))
                return k + 1 < st->ntoks && (ex_tok_is(st, k + 1, "down") ||
                                             ex_tok_is(st, k + 1, "off"));
            continue;
        }
        /* an auxiliary: the phrase's verb follows it (past adverbs) */
        while (k + 1 < lim && ex_pronoun_is(&st->toks[k + 1], aux))
            k++;
        return k + 1 < lim &&
               (ex_pronoun_is(&st->toks[k + 1], off) ||
                (((meeting && ex_tok_is(st, k + 1, "broken")) ||
                  ex_tok_is(st, k + 1, "called")) &&
                 k + 2 < st->ntoks && ex_tok_is(st, k + 2, "off")));
    }
    return 0;
}

/* "Japan called off its meeting with France", "put off his visit to
 * Seoul", "has postponed indefinitely its talks with": is the consultation
 * or visit noun at token i (an article, a possessive and up to two plain
 * words before it) the object of a verb that calls it off or puts it
 * off?  Then it was not held, whoever its owner ("its" is the caller's
 * own meeting); the verb's own entry reads the calling off.  ("cancelled
 * a trip to Australia" is left to ex_stopped_before, a stop word's.) */
static int ex_meeting_put_off(const ex_state *st, size_t i)
{
    static const char *const off_verbs[] = {
        "call", "calls", "called", "calling", "put", "puts", "putting", NULL};
    static const char *const put_off[] = {
        "postpone",     "postpones", "postponed", "postponing", "scrap",
        "scraps",       "scrapped",  "scrapping", "shelve",     "shelves",
        "shelved",      "shelving",  "defer",     "defers",     "deferred",
        "deferring",    "delay",     "delays",    "delayed",    "delaying",
        "indefinitely", NULL};
    size_t k = i, words = 0;
    while (k > 0 && words < 4) {
        if (ex_pronoun_is(&st->toks[k - 1], put_off) ||
            (k >= 2 && ex_tok_is(st, k - 1, "off") &&
             ex_pronoun_is(&st->toks[k - 2], off_verbs)))
            return 1;
        if (!ex_phrase_filler(st, k - 1))
            return 0;
        k--;
        words++;
    }
    return 0;
}

/* Is the consultation noun at token i, its partner after "with" (at t1,
 * or right before it), led by a word of the list, an article and up to
 * two plain words between?  (ex_talks_to_come, ex_brokered_talks) */
static int ex_with_talks_after(const ex_state *st, size_t i, size_t t1,
                               const char *const *lead)
{
    size_t k = i, words = 0;
    if (!ex_tok_is(st, t1, "with") &&
        !(t1 > i + 1 && ex_tok_is(st, t1 - 1, "with")))
        return 0;
    while (k > 0 && words < 3) {
        if (ex_pronoun_is(&st->toks[k - 1], lead))
            return 1;
        if (!ex_phrase_filler(st, k - 1))
            return 0;
        k--;
        words++;
    }
    return 0;
}

/* "before peace talks with the Palestinians resume", "if negotiations
 * with Japan break down", "until a meeting with": is the consultation noun
 * at token i (an article and up to two plain words before it) opened by
 * a word of condition or of a time still to come, its partner after
 * "with"?  Then no meeting is told as held.  ("when talks with the
 * partners failed" was held; "before the next meeting between X and Y"
 * is ex_when_phrase's, planned.) */
static int ex_talks_to_come(const ex_state *st, size_t i, size_t t1)
{
    static const char *const yet[] = {"if",    "unless", "before",
                                      "until", "once",   NULL};
    return ex_with_talks_after(st, i, t1, yet);
}

/* "Japan is sending a three-man team to Washington", "said it was
 * sending a delegation": a mission, team, envoy or delegation being sent
 * (the progressive of "send" at token i, past adverbs) has not arrived
 * yet, so the visit it makes is ahead (036), as after "will send"; a
 * mission sent ("sent a delegation to") stays a visit made (042). */
static int ex_sending_ahead(const ex_state *st, const kg_onto_relation *rel,
                            size_t i)
{
    size_t k = i;
    if (!rel->cameo || strcmp(rel->cameo, "042") != 0 ||
        !ex_tok_is(st, i, "sending"))
        return 0;
    while (k > 0 && ex_is_adverb(st, k - 1))
        k--;
    return k > 0 && ex_pronoun_is(&st->toks[k - 1], ex_be_finite);
}

/* "Chile cut its tariffs shortly before trade talks with Washington",
 * "Peru, speaking ahead of talks with the Paris Club, said": talks
 * with X after "before" ("ahead of", "prior to") that end as a phrase (no verb of their own after
 * the partner, as "before talks with the rebels resume" has) are still
 * to come when the clause's act is told, so they are planned (036), as
 * "talks between X and Y will open" are.  Is the consultation noun at
 * token i (its entry ending before t1) such talks? */
static int ex_talks_ahead(const ex_state *st, size_t i, size_t t1)
{
    static const char *const before[] = {"before", NULL};
    static const char *const of_to[] = {"of", "to", NULL};
    static const char *const ends[] = {"which", "that", "on", "in", "at",
                                       "next", "this", "later", NULL};
    const ex_mention *m;
    size_t p = ex_tok_is(st, t1, "with") ? t1 + 1 : t1, k = i;
    if (!ex_with_talks_after(st, i, t1, before)) {
        /* "ahead of trade talks with", "prior to talks with" */
        if (!ex_with_talks_after(st, i, t1, of_to))
            return 0;
        while (k > 0 && !ex_pronoun_is(&st->toks[k - 1], of_to))
            k--;
        if (k < 2 || !(ex_tok_is(st, k - 2, "ahead") ||
                       ex_tok_is(st, k - 2, "prior")))
            return 0;
    }
    if (p < st->ntoks && st->toks[p].tag == KG_W_DET)
        p++;
    if ((m = ex_mention_at(st, p)) == NULL || m->t0 != p || m->ent.is_value)
        return 0;
    return m->t1 >= st->ntoks || st->toks[m->t1].kind == KG_TOK_PUNCT ||
           ex_pronoun_is(&st->toks[m->t1], ends);
}

/* "an offer by Qatar to broker talks with the Darfur rebels", "Norwegian
 * help in brokering talks with the Tamil Tigers": talks with X that
 * someone brokers (the noun at token i, its entry ending before t1, right
 * after a form of "broker", an article and up to two plain words between)
 * are held by another party with X; the broker meets no X.  ("brokered
 * talks between Israel and Hamas" names both parties: not read here.) */
static int ex_brokered_talks(const ex_state *st, size_t i, size_t t1)
{
    static const char *const broker[] = {"broker", "brokers", "brokered",
                                         "brokering", NULL};
    return ex_with_talks_after(st, i, t1, broker);
}

/* "exempt Canada from provisions in a major trade bill being considered
 * by the U.S. Congress", "another option now being considered by the
 * U.K.": is the passive verb at i ("being" within two words before) the
 * predicate of a plain noun right before that "being" (adverbs skipped),
 * not of the subject mention sm found further back?  Then the one acted
 * on is that noun, no actor.  (Not after "was" or "were": "70 soldiers on
 * foot patrol were attacked by guerrillas" is the soldiers'.) */
static int ex_passive_of_plain_noun(const ex_state *st, const ex_mention *sm,
                                    size_t i)
{
    static const char *const adverbs[] = {"now", "also", "still",
                                          "currently", "already", NULL};
    size_t a, j;
    if (!sm)
        return 0;
    for (a = i; a-- > 0 && i - a <= 2;)
        if (ex_tok_is(st, a, "being"))
            break;
    if (a + 2 < i || a >= i || !ex_tok_is(st, a, "being"))
        return 0;
    j = a;
    while (j > 0 && ex_pronoun_is(&st->toks[j - 1], adverbs))
        j--;
    /* (a word at least between the name and the noun: "a Pentagon
     * analyst being investigated" is the analyst's, named by his
     * employer) */
    if (j == 0 || sm->t1 + 1 >= j)
        return 0;
    if (ex_tok_possessive(st, sm->t1))
        return 0;
    return ex_plain_word(st, j - 1);
}

/* "Mr Davis' offer for the US assets had been rejected by Vivendi's
 * board", "the proposal about Iraqi oil was rejected": the subject
 * mention sm of a passive verb, found past a plain noun and a preposition
 * of aim or topic ("for", "over", "about"), that only describes the
 * plain noun after it ("the US assets"), is no one acted on: what the
 * agent acts on is the thing before the preposition (the offer), whose
 * maker is untold (fix29: "Vivendi rejected" the US).  ("Syria's
 * appeal for Russian troops was rejected": the owner before is the one
 * acted on, ex_possessed_subject, read by the caller.)  Is sm such a
 * describer? */
static int ex_passive_describer_in_pp(const ex_state *st,
                                      const ex_mention *sm, size_t i)
{
    static const char *const preps[] = {"for", "over", "about", NULL};
    size_t p;
    if (!sm || sm->t0 < 2 || sm->t1 >= i || !ex_plain_word(st, sm->t1))
        return 0;
    p = sm->t0 - 1;
    if (st->toks[p].tag == KG_W_DET && p > 1)
        p--;
    return ex_pronoun_is(&st->toks[p], preps) && ex_plain_word(st, p - 1);
}

/* "Four men accused of planning to kill Cuba's Fidel Castro have been
 * pardoned by Panama's president", "its bid to acquire a stake in
 * Absa was being considered by regulators", "a man suspected of helping
 * Saddam Hussein has been arrested": the subject mention sm of the
 * passive verb at i is the object of a verb inside a clause that
 * modifies the subject's head ("to" and a plain word, an "-ing" word
 * right after a preposition, "being" and a participle, or a relative
 * clause set off by a comma or dash), not the one acted on: the pardoned are
 * the men.  Walks back from sm over the modifier's words (no comma,
 * clause word or finite verb between).  Returns 1 when sm is inside such
 * a modifier, and sets *head to the coded actor that ends right before
 * the modifier's first word ("A US hostage being held with Ken Bigley
 * has been killed": the hostage), or NULL (the head is a plain noun, no
 * actor to code). */
static int ex_passive_subject_in_modifier(const ex_state *st,
                                          const ex_mention *sm, size_t i,
                                          const ex_mention **head)
{
    static const char *const opens[] = {"as", "because", "since", "while",
                                        "when", "after", "before", "than",
                                        "if", "unless", NULL};
    size_t b, first = (size_t)-1;
    *head = NULL;
    /* (not the owner of the modifier's thing: "Moves to lift the
     * European Union's ban ... have been condemned" are the EU's own
     * moves, as the dev gold reads them) */
    if (!sm || sm->t1 > i || sm->t0 == 0 || ex_tok_possessive(st, sm->t1))
        return 0;
    /* (not a relative clause's passive: "a swindle at VW which is now
     * being investigated" has its subject read by the relative) */
    for (b = i; b-- > 0 && i - b <= 4;)
        if (st->toks[b].tag == KG_W_SUB)
            return 0;
    for (b = sm->t0; b > 0 && sm->t0 - b < 14;) {
        const ex_tok *t = &st->toks[b - 1];
        const ex_mention *m = ex_actor_before(st, b);
        if (m && m->t0 < b) {
            b = m->t0;
            continue;
        }
        /* "a US hostage being held with Briton Ken Bigley": a passive
         * participle after "being" */
        if (ex_tok_is(st, b - 1, "being") && b < sm->t0 &&
            ex_participle_form(st, b)) {
            first = --b;
            continue;
        }
        /* "Mr Soros - who took on the Bank of England in the 1990s - and
         * won, was pelted by protestors": a relative clause set off
         * after the head, the actor before its comma or dash */
        if (b >= 2 && (ex_tok_is(st, b - 1, "who") ||
                       ex_tok_is(st, b - 1, "which")) &&
            (ex_tok_punct(st, b - 2, ',') || ex_tok_punct(st, b - 2, '-')) &&
            ex_actor_before(st, b - 2) != NULL) {
            first = b - 2;
            break;
        }
        if (t->kind != KG_TOK_WORD || t->tag == KG_W_SUB ||
            t->tag == KG_W_SPEECH || t->tag == KG_W_AUX ||
            t->tag == KG_W_MODAL || t->tag == KG_W_FUTURE ||
            t->tag == KG_W_PRON || t->tag == KG_W_COND ||
            t->tag == KG_W_CONJ || ex_pronoun_is(t, opens))
            break;
        /* "to kill", "to acquire": an infinitive with a plain word */
        if (ex_tok_is(st, b - 1, "to") && b < sm->t0 && ex_plain_word(st, b) &&
            !ex_ends_ing(st, b))
            first = b - 1;
        /* "of planning", "for helping": a gerund after a preposition */
        else if (b >= 2 && ex_plain_word(st, b - 1) && ex_ends_ing(st, b - 1) &&
                 st->toks[b - 2].tag == KG_W_PREP)
            first = b - 2;

        b--;
    }
    if (first == (size_t)-1)
        return 0;
    /* ("men accused of planning": the opener's own participle and the
     * words before it belong to the modifier too; the head is the
     * actor that ends where those plain words start) */
    for (b = first; b > 0 && first - b < 4 && ex_plain_word(st, b - 1) &&
                    (ex_ends_ed(st, b - 1) || ex_ends_ing(st, b - 1) ||
                     ex_tok_is(st, b - 1, "being"));)
        b--;
    {
        /* (or the actor that names the head noun's side: "a US hostage
         * being held", "a government scheme to offer") */
        const ex_mention *h = ex_actor_before(st, b);
        if (!h && b >= 2 && ex_plain_word(st, b - 1))
            h = ex_actor_before(st, b - 1);
        if (h && h->ent.code && *h->ent.code && h != sm)
            *head = h;
    }
    return 1;
}

/* "the equipment was flown to Pakistan ... by Pakistani civilian and
 * military aircraft": a visit entry that goes "to" a place ("fly to",
 * "travel to") in the passive tells what was carried there, and the
 * agent carried it: no one visits the subject (fix29: the aircraft were
 * read as visiting NBC, the speaker found for the subject).  Is rel
 * such an entry? */
static int ex_passive_carried(const kg_onto_relation *rel)
{
    size_t n = rel->pattern ? strlen(rel->pattern) : 0;
    return rel->cameo && !strcmp(rel->cameo, "042") && n > 3 &&
           !strcmp(rel->pattern + n - 3, " to");
}

/* ", kidnapped in Iraq", ", seized by militants", ", accused of": is the
 * verb trigger at i (ending at t1) an "-ed" participle of a hostile act
 * (roots 11, 17 to 20) with no object of its own (a preposition, a comma
 * or the end after it)?  Right after a name and a comma it describes the
 * name as the one acted on ("Gissin, rejected the offer" has an object;
 * "Bush, arrived in Ankara" is no hostile act). */
static int ex_appositive_passive(const ex_state *st,
                                 const kg_onto_relation *rel,
                                 size_t i, size_t t1)
{
    static const char *const after[] = {"in", "on", "at", "near", "by",
                                        "during", "last", "of", "after",
                                        "since", "outside", NULL};
    const char *c = rel->cameo;
    if (!c || !ex_ends_ed(st, i) || t1 != i + 1)
        return 0;
    if (strncmp(c, "11", 2) != 0 && strncmp(c, "17", 2) != 0 &&
        strncmp(c, "18", 2) != 0 && strncmp(c, "19", 2) != 0 &&
        strncmp(c, "20", 2) != 0)
        return 0;
    return t1 >= st->ntoks || ex_tok_punct(st, t1, ',') ||
           ex_tok_punct(st, t1, '.') || ex_pronoun_is(&st->toks[t1], after);
}

/* Is mention m a country or place named after "in", "at", "outside" or
 * "across" (perhaps with "the"): where something is done, not who? */
static int ex_place_after_prep(const ex_state *st, const ex_mention *m)
{
    static const char *const preps[] = {"in", "at", "outside", "across",
                                        NULL};
    if (!m->oe || !ex_country_or_place(m->oe->type))
        return 0;
    return ex_prep_right_before(st, m->t0, preps);
}

/* "approved two loans to Mexico totalling 205 mln dlrs to provide
 * assistance": does a phrase of a sum ("totalling", "totaling", "worth"
 * or "valued at" and the sum's mention) fill the tokens from a to the
 * infinitive's "to" at b?  The sum belongs to the noun before the place,
 * and the infinitive stays the clause's purpose (ex_place_purpose;
 * prec26). */
static int ex_sum_phrase_to(const ex_state *st, size_t a, size_t b)
{
    static const char *const sums[] = {"totalling", "totaling", "worth",
                                       "valued", NULL};
    const ex_mention *v;
    if (a >= b || !ex_pronoun_is(&st->toks[a], sums))
        return 0;
    if (ex_tok_is(st, a, "valued") && a + 1 < b && ex_tok_is(st, a + 1, "at"))
        a++;
    v = ex_mention_at(st, a + 1);
    return v && v->t0 == a + 1 && v->t1 == b && v->ent.is_value;
}

/* Does actor m, a country, place or body named by its seat ("Brussels"),
 * stand right before the "to" of the infinitive at i, after a preposition
 * of place or direction (through an article, a possessive and up to two
 * plain words: "head to Brussels", "sent ships to the Gulf")?  Not after
 * "for", "on", "with", "by" or "of", whose actor may do the infinitive
 * ("for Japan to strike", "called on Tokyo to buy", "the government of
 * Sudan to disarm"), nor after "from" ("pressure from Congress to help
 * Iran": a demand's infinitive), and not after "to" that an appeal, an
 * invitation or an infinitive's verb governs ("appealed to Japan to", "an
 * invitation to China to join", "to force Japan to open"). */
static int ex_place_purpose(const ex_state *st, const ex_mention *m,
                            size_t i)
{
    static const char *const preps[] = {
        "to", "in", "into", "at", "outside", "inside", "near", "toward",
        "towards", "across", "through", "around", NULL};
    static const char *const asked[] = {
        "appeal", "appeals", "appealed", "appealing", "plea", "pleas",
        "plead", "pleaded", "invitation", "invitations", "turn", "turns",
        "turned", "turning", "look", "looks", "looked", "looking", "letter",
        "message", "request", "call", "calls", "called", "ultimatum",
        "order", "orders", "signal", "signals", "signalled", "signaled",
        "offer", "offers", "demand", "demands", "warning", "note",
        "proposal", "it", "them", NULL};
    static const char *const leave[] = {"leave", "leaves", "left",
                                        "leaving", NULL};
    size_t j = m->t0, words = 0, k;
    int group;
    /* ("will fly to Tokyo on Monday to meet": a date between the place
     * and the infinitive's "to") */
    if (i < 2 || !ex_tok_is(st, i - 1, "to") || m->ent.is_value ||
        !m->ent.type ||
        (m->t1 + 1 != i && ex_when_phrase(st, m->t1) != i - 1 &&
         !ex_sum_phrase_to(st, m->t1, i - 1)))
        return 0;
    /* ("would leave for Washington on Monday to attend": the place a
     * traveller leaves for, a country or a place) */
    if (m->t0 >= 2 && ex_tok_is(st, m->t0 - 1, "for") &&
        ex_pronoun_is(&st->toks[m->t0 - 2], leave) &&
        ex_country_or_place(m->ent.type))
        return 1;
    /* (a body named by its building, a Group: "mourners gathered outside
     * the church to pay their respects", "protesters massed near the
     * parliament to demand": only after a preposition of place, below) */
    group = !strcmp(m->ent.type, "Group");
    if (!group && !ex_country_or_place(m->ent.type) &&
        strcmp(m->ent.type, "Organization") != 0)
        return 0;
    while (j > 0 && words < 2 &&
           (st->toks[j - 1].tag == KG_W_DET ||
            st->toks[j - 1].tag == KG_W_POSS ||
            (st->toks[j - 1].kind == KG_TOK_WORD &&
             st->toks[j - 1].tag == KG_W_NONE &&
             !(st->toks[j - 1].flags & KG_TOKF_CAP) &&
             !st->toks[j - 1].trigger &&
             !ex_pronoun_is(&st->toks[j - 1], preps) && ++words)))
        j--;
    if (j < 2 || !ex_pronoun_is(&st->toks[j - 1], preps))
        return 0;
    if (!ex_tok_is(st, j - 1, "to"))
        return !group || !ex_tok_is(st, j - 1, "in");
    if (group)
        return 0;
    /* ("to" + a plain word is an infinitive: "to force Japan") */
    if (j < m->t0 && st->toks[j].tag != KG_W_DET &&
        st->toks[j].tag != KG_W_POSS)
        return 0;
    if (ex_tok_is(st, j - 2, "to"))
        return 0;
    /* (past an adverb: "appealed again to Turkey to", "called once more
     * on") */
    for (k = j - 1; k-- > 0 && j - 1 - k <= 3 &&
                    st->toks[k].kind == KG_TOK_WORD;)
        if (ex_pronoun_is(&st->toks[k], asked))
            return 0;
    return 1;
}

/* "The minister leaves on Monday on a trip to Asia to boost trade and
 * improve relations with Japan", "during a visit to support party
 * candidates": is the act at token i an infinitive of purpose of a noun
 * of travel (trip, visit, tour, mission, journey; its place after "to"
 * aside), or one joined to it by "and" in the same clause?  What the
 * trip is for is not yet done, nor said to be (the trip itself is told
 * by its own noun, 036 or 042). */
static int ex_trip_purpose(const ex_state *st, size_t i)
{
    static const char *const trip[] = {"trip",    "trips",    "visit",
                                       "visits",  "tour",     "tours",
                                       "mission", "journey",  NULL};
    size_t k, j;
    for (k = i; k-- > 0;) {
        if (i - k > 14 || st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_pronoun_is(&st->toks[k], trip))
            break;
    }
    if (k == (size_t)-1 || k + 2 >= i)
        return 0;
    j = k + 1;
    if (!ex_tok_is(st, j, "to"))
        return 0;
    if (st->toks[j + 1].tag == KG_W_DET || ex_mention_at(st, j + 1) ||
        (st->toks[j + 1].flags & KG_TOKF_CAP)) {
        /* the trip's place: "a trip to the Far East", "a visit to Italy" */
        for (j++; j < i && (st->toks[j].tag == KG_W_DET ||
                            ex_mention_at(st, j) ||
                            (st->toks[j].flags & KG_TOKF_CAP));
             j++)
            ;
        if (j >= i || !ex_tok_is(st, j, "to"))
            return 0;
    }
    /* (the infinitive's "to" at j, its verb at j + 1: the act itself, or a
     * verb joined to it: "to help spur trade and improve relations") */
    if (j + 1 == i)
        return 1;
    for (k = j + 1; k < i; k++)
        if (st->toks[k].tag == KG_W_SUB)
            return 0;
    return ex_tok_is(st, i - 1, "and") || ex_tok_is(st, i - 2, "and");
}

/* "pushing into the city of Fallujah on the fifth day of an offensive to
 * drive out insurgents": is mention m, found as the subject of the
 * infinitive at token i ("to" right before it), a town or region (a
 * Place, not a state that may be asked to act) named after a preposition
 * of place, with no verb between it and the "to"? */
static int ex_place_before_purpose(const ex_state *st, const ex_mention *m,
                                   size_t i)
{
    static const char *const preps[] = {"in", "into", "of", "at", "near",
                                        "from", "toward", "towards", NULL};
    size_t j = m->t0, k;
    if (i < 2 || !ex_tok_is(st, i - 1, "to") || m->t1 >= i - 1 ||
        m->ent.is_value || !m->ent.type || strcmp(m->ent.type, "Place") != 0)
        return 0;
    j = ex_before_dets(st, j);
    if (j == 0 || !ex_pronoun_is(&st->toks[j - 1], preps))
        return 0;
    for (k = m->t1; k + 1 < i; k++)
        if (st->toks[k].trigger || st->toks[k].tag == KG_W_SUB ||
            st->toks[k].tag == KG_W_AUX || st->toks[k].tag == KG_W_SPEECH ||
            ex_tok_punct(st, k, ','))
            return 0;
    return 1;
}

/* "Pakistani forces battled al Qaeda fighters in an ongoing operation to
 * rout terrorists", "Israeli troops raided Palestinian towns in an effort
 * to arrest militants": is mention m, found as the subject of the
 * infinitive at token i ("to" right before it), before a phrase "in" (or
 * "during", "as part of": the last word) and a campaign's noun right
 * before the "to"?  The campaign is the clause subject's, and so is its
 * purpose; m is only what it acts on. */
static int ex_campaign_before_purpose(const ex_state *st,
                                      const ex_mention *m, size_t i)
{
    static const char *const campaign[] = {
        "operation", "operations", "offensive", "campaign", "effort",
        "efforts",   "bid",        "attempt",   "drive",    "push",
        "sweep",     "crackdown",  "assault",   "raid",     "raids",
        NULL};
    static const char *const preps[] = {"in", "during", "of", NULL};
    size_t j, words = 0;
    if (i < 4 || !ex_tok_is(st, i - 1, "to") ||
        !ex_pronoun_is(&st->toks[i - 2], campaign) || m->t1 >= i - 2 ||
        m->ent.is_value)
        return 0;
    for (j = i - 2; j > m->t1 && words < 3 &&
                    (st->toks[j - 1].tag == KG_W_DET ||
                     st->toks[j - 1].tag == KG_W_POSS ||
                     (ex_plain_word(st, j - 1) && !st->toks[j - 1].trigger));
         j--)
        words++;
    /* (a town further back, past a time or a participle's phrase, does
     * not wage the campaign either: "thrust into Fallujah on Tuesday,
     * fighting street battles, on the second day of an assault to retake
     * the city") */
    return j > m->t1 && ex_pronoun_is(&st->toks[j - 1], preps) &&
           (((j - 1 == m->t1 || ex_plain_word(st, m->t1)) &&
             j - 1 <= m->t1 + 1) ||
            (m->ent.type && !strcmp(m->ent.type, "Place")));
}

/* "Britain received a green light from Washington to host a conference",
 * "won approval from the United States to export rice", "a contract from
 * the Army to supply trucks", "an invitation
 * from Washington to attend", "won government permission to fly to
 * London": does actor m, after "from" and a noun of leave, invitation or
 * means granted, or right before a noun of leave (its owner: "Washington's
 * approval to"), stand right before the "to" of the infinitive at i?
 * Then m granted them and does not do the infinitive, and the one who got
 * them is only let, asked or helped to do it. */
static int ex_granted_from(const ex_state *st, const ex_mention *m,
                           size_t i)
{
    static const char *const leave[] = {
        "approval", "permission", "go-ahead", "light", "consent",
        "clearance", "authorization", "authorisation", "licence", "license",
        "nod", "blessing", NULL};
    static const char *const granted[] = {
        "mandate", "invitation", "help", "assistance", "aid", "loan",
        "loans", "credit", "credits", "funds", "funding", "money",
        "contract", "contracts", NULL};
    size_t j = m->t0, n, w;
    if (i < 4 || !ex_tok_is(st, i - 1, "to") || j < 1)
        return 0;
    n = i - 2; /* the noun */
    if (m->t1 == n || (m->t1 + 1 == n && ex_tok_possessive(st, m->t1)))
        /* "government permission to", "Washington's approval to" */
        return ex_pronoun_is(&st->toks[n], leave) &&
               (!ex_tok_is(st, n, "light") || ex_tok_is(st, n - 1, "green"));
    if (m->t1 + 1 != i || j < 3)
        return 0;
    /* (past up to two plain words, capitalised or not, and an article:
     * "approval from Federal court to sue", "a loan from the state
     * development bank to build") */
    for (w = 0; w < 2 && j > 3 && st->toks[j - 1].kind == KG_TOK_WORD &&
                st->toks[j - 1].tag == KG_W_NONE &&
                !st->toks[j - 1].trigger && !ex_tok_is(st, j - 1, "from") &&
                !ex_tok_is(st, j - 1, "with");
         w++)
        j--;
    if (st->toks[j - 1].tag == KG_W_DET)
        j--;
    /* ("a contract with the Iraqi government to supply lumber": the
     * contractor supplies, not the client) */
    if (j >= 3 && ex_tok_is(st, j - 1, "with") &&
        (ex_tok_is(st, j - 2, "contract") || ex_tok_is(st, j - 2, "contracts")))
        return 1;
    return j >= 3 && ex_tok_is(st, j - 1, "from") &&
           (ex_pronoun_is(&st->toks[j - 2], leave) ||
            ex_pronoun_is(&st->toks[j - 2], granted)) &&
           (!ex_tok_is(st, j - 2, "light") || ex_tok_is(st, j - 3, "green"));
}

/* Does a name's possessive stand right before token i ("the Foreign
 * Ministry's annex", "Iran's advance")?  Then the word heads a noun
 * phrase and is no verb.  After a pronoun the "'s" is "is" or "has"
 * ("it's hit", "that's threatened"), and a verb may follow. */
static int ex_after_genitive(const ex_state *st, size_t i)
{
    static const char *const contracted[] = {
        "he", "she", "it", "that", "there", "what", "who", "where",
        "here", "this", "let", NULL};
    if (i < 2 || !ex_tok_possessive(st, i - 1))
        return 0;
    if (ex_tok_is(st, i - 1, "s") &&
        !(i >= 3 && st->toks[i - 2].kind != KG_TOK_WORD))
        return 0; /* a bare "s" is a possessive only after an apostrophe */
    return st->toks[i - 2].kind != KG_TOK_WORD ||
           !ex_pronoun_is(&st->toks[i - 2], contracted);
}

/* "They conceded Japan's announcement last week of a plan would throw
 * the spotlight back on West Germany", "conceded this was", "concedes
 * Rangers are": the bare "concede" (080) before a clause without "that"
 * admits a view and yields nothing to anyone (080 wants a concession:
 * "conceded defeat", "conceded the point to"; "conceded that" is read
 * as an admission, ex_admit_verbs).  The clause is found by a modal, a
 * future or a form of "be" or "have" before any punctuation (an
 * apostrophe's "'s" excepted) or conjunction within 30 tokens (small31:
 * 1 event on the three corpora, reuters-17598#1 DEUGOV -> JPN).  Is
 * token i, read on entry rel over ntok tokens, such a "concede"? */
static int ex_conceded_view(const ex_state *st, const kg_onto_relation *rel,
                            size_t i, size_t ntok)
{
    size_t j;
    if (ntok != 1 || rel->noun || !rel->pattern ||
        strcmp(rel->pattern, "concede") != 0)
        return 0;
    for (j = i + 1; j < st->ntoks && j < i + 31; j++) {
        const ex_tok *t = &st->toks[j];
        if (t->kind == KG_TOK_PUNCT) {
            if (j + 1 < st->ntoks && ex_tok_is(st, j + 1, "s"))
                continue; /* "Japan's" */
            return 0;
        }
        if (t->kind != KG_TOK_WORD)
            continue;
        if (t->tag == KG_W_MODAL || t->tag == KG_W_FUTURE ||
            (t->tag == KG_W_AUX && j > i + 1))
            return 1;
        if (t->tag == KG_W_CONJ || t->tag == KG_W_SUB)
            return 0;
    }
    return 0;
}

/* "detained on an extradition request from the United States", "the
 * previously announced request for additional information from the
 * Federal Trade Commission": a verb entry "V * from" ("request * from",
 * the one asked after "from") read on its word's noun, which an article
 * or a possessive opens over up to two plain words.  The noun's "from"
 * names the one who asked, the inverse of the verb's, and the request is
 * told as background (small31: 2 of the 4 "request * from" events on the
 * three corpora; "will request from Congress", "requested a timetable
 * from Damascus" keep their verb).  Is token i such a noun? */
static int ex_from_entry_on_noun(const ex_state *st,
                                 const kg_onto_relation *rel, size_t i)
{
    size_t len, j, n;
    if (rel->noun || rel->user || !rel->pattern ||
        !strchr(rel->pattern, '*') || ex_ends_ed(st, i) || ex_is_ing(st, i))
        return 0;
    len = strlen(rel->pattern);
    if (len < 7 || strcmp(rel->pattern + len - 7, " * from") != 0)
        return 0;
    for (j = i, n = 0; n < 3 && j > 0; n++, j--) {
        const ex_tok *a = &st->toks[j - 1];
        if (a->tag == KG_W_DET || a->tag == KG_W_POSS) {
            /* ("will this week seek clarification from": a time phrase
             * after a modal, the verb still) */
            const ex_tok *b = j >= 2 ? &st->toks[j - 2] : NULL;
            return !(b && b->kind == KG_TOK_WORD &&
                     (b->tag == KG_W_MODAL || b->tag == KG_W_FUTURE ||
                      b->tag == KG_W_AUX || b->tag == KG_W_PRON));
        }
        /* (a plain word or a participle: "previously announced") */
        if (a->kind != KG_TOK_WORD || (a->flags & KG_TOKF_CAP) ||
            (a->tag != KG_W_NONE && !ex_ends_ed(st, j - 1)))
            return 0;
    }
    return 0;
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
        if (n == 2 || !ex_plain_word(st, j - 1) || a->trigger)
            return 0;
    }
    return 0;
}

/* "raided three bars in Bangkok", "12 bans", "several attacks": a word
 * in -s right after a count of more than one is a plural noun, no verb in
 * the third person (a year before a verb is a date mention, no count). */
static int ex_counted_plural(const ex_state *st, size_t i)
{
    static const char *const counts[] = {
        "two",     "three",   "four",     "five",     "six",    "seven",
        "eight",   "nine",    "ten",      "eleven",   "twelve", "twenty",
        "dozens",  "hundreds", "thousands", "scores", "several", "numerous",
        NULL};
    const ex_tok *c;
    const ex_mention *m;
    if (i == 0 || !ex_plural_noun(st, i))
        return 0;
    c = &st->toks[i - 1];
    if ((m = ex_mention_at(st, i - 1)) != NULL && ex_is_date(&m->ent))
        return 0;
    if (c->kind == KG_TOK_NUMBER)
        return strcmp(c->lower, "1") != 0;
    return c->kind == KG_TOK_WORD && ex_pronoun_is(c, counts);
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
        if (n == 2 || !ex_plain_word(st, j - 1) || a->trigger)
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
        p = ex_actor_at(st, k + tl);
        if (p && ex_is_person(&p->ent))
            return 1;
    }
    return 0;
}

/* Is the "blame * on" entry at tokens [i, t1) no blame laid on the actor
 * after "on"?  When its gap holds "for" ("the militant groups it blames
 * for the attack on parliament": the "on" is the attack's), and for a
 * participle right after a common noun with no agent after it ("a wave of
 * attacks on government websites blamed on North Korea": no one's blame
 * is named, as "the attacks were blamed on" names none). */
static int ex_blame_not_laid(const ex_state *st, size_t i, size_t t1)
{
    size_t k;
    for (k = i + 1; k + 1 < t1; k++)
        if (ex_tok_is(st, k, "for"))
            return 1;
    return i > 0 && ex_ends_ed(st, i) && ex_plain_word(st, i - 1) &&
           !ex_by_agent(st, t1);
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
    if (i == 0 || st->toks[i - 1].kind != KG_TOK_WORD ||
        st->toks[i - 1].tag != KG_W_NONE)
        return 0;
    return ex_pronoun_is(&st->toks[i - 1], pasts) ||
           ex_lemma_among(st, i - 1, verbs);
}

/* "the deadliest attack on Iraqis cooperating with U.S. forces", "the five
 * unions meeting Mr Prescott want", "an electricity pylon supplying a
 * Managua industrial zone", "a government corporation providing
 * assistance to countries like Jordan": a present participle of
 * cooperation (04 to 07: meeting, helping, supplying, lending) right
 * after a noun, no comma between, says what the noun's people or things
 * are or do, no act told (eighteenth session: 11 such events on agnews,
 * bbc and reuters, 10 wrong).  The noun ends an actor's mention, or its
 * phrase opens with an article, a possessive or a preposition ("keen to
 * continue talking with", "Japan keeps talking with" are verbs).  Visits
 * (042, 043: "a delegation visiting Beijing said") are reported. */
static int ex_describing_participle(ex_state *st,
                                    const kg_onto_relation *rel, size_t i)
{
    /* (-ing words that are nouns too: "a frank meeting with Suharto",
     * "World Bank lending to China"; with a direct object they are verbs:
     * "unions meeting Mr Prescott") */
    static const char *const gerunds[] = {
        "meeting",  "meetings", "lending",  "lobbying", "opening",
        "financing", "funding", "trading",  "spending", "borrowing",
        "dealing",  "dealings", "selling",  "buying",   "briefing",
        "hearing",  "gathering", "signing", "offering", NULL};
    /* (a paper's act is its issuer's: "signed an order approving the
     * proposal", "issued a statement deploring"; one attends a meeting
     * held: "leaders attending a meeting with Sarney") */
    static const char *const papers[] = {
        "order",     "orders",    "statement", "statements", "resolution",
        "letter",    "letters",   "report",    "decree",     "communique",
        "declaration", "agreement", "accord",  "treaty",     "pact",
        "deal",      "ruling",    "motion",    "bill",       NULL};
    static const char *const attend[] = {"attend", "hold", "join", NULL};
    static const char *const particles[] = {"out", "up", "off", "down",
                                            "back", "over", "away", NULL};
    const ex_mention *m;
    size_t k, n;
    if (i < 2 || ex_pronoun_is(&st->toks[i - 1], papers) ||
        ex_lemma_among(st, i, attend))
        return 0;
    if (ex_pronoun_is(&st->toks[i], gerunds) && i + 1 < st->ntoks &&
        (st->toks[i + 1].tag == KG_W_PREP ||
         st->toks[i + 1].kind != KG_TOK_WORD || ex_is_adverb(st, i + 1) ||
         ex_when_phrase(st, i + 1) > i + 1))
        return 0;
    if (rel->noun || !rel->cameo || !ex_is_ing(st, i) ||
        rel->cameo[0] != '0' || rel->cameo[1] < '4' || rel->cameo[1] > '7' ||
        !strncmp(rel->cameo, "042", 3) || !strncmp(rel->cameo, "043", 3))
        return 0;
    if ((m = ex_mention_at(st, i - 1)) != NULL && m->t1 == i)
        return !m->ent.is_value;
    if (!ex_plain_word(st, i - 1) || ex_ends_ing(st, i - 1) ||
        ex_ends_ed(st, i - 1) || ex_is_adverb(st, i - 1) ||
        ex_pronoun_is(&st->toks[i - 1], particles))
        return 0;
    /* (back over the noun's describing words and names to what opens its
     * phrase) */
    for (k = i - 1, n = 0; k > 0 && n < 5; k--, n++) {
        const ex_tok *q = &st->toks[k - 1];
        if (q->kind != KG_TOK_WORD)
            return 0;
        if (q->tag == KG_W_DET || q->tag == KG_W_POSS)
            return 1;
        if (q->tag == KG_W_PREP)
            return !ex_tok_is(st, k - 1, "to");
        /* (a verb's form or particle: "ruled out sending") */
        if (q->tag != KG_W_NONE ||
            ((ex_ends_ed(st, k - 1) || ex_ends_ing(st, k - 1)) &&
             !strchr(q->lower, '-')))
            return 0;
    }
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
    if (ex_is_ing(st, i) && ex_pronoun_is(&st->toks[i + 1], firms) &&
        i > 0 && st->toks[i - 1].tag != KG_W_AUX &&
        st->toks[i - 1].tag != KG_W_PRON &&
        st->toks[i - 1].tag != KG_W_SUB)
        return 1; /* "heads his own consulting firm", "an accounting and
                   * consulting firm": the firm's trade, no consultation
                   * ("is consulting firms in": the verb) */
    return !strcmp(rel->pattern, "shell") && ex_tok_is(st, i, "shell") &&
           ex_pronoun_is(&st->toks[i + 1], firms);
}

/* ", or face sanctions", "or face an abrupt deterioration": the threat
 * code of a penalty "or face" names in the clause after token t1 (up to
 * its sentence's end or a ';'), or NULL when there is none. */
static const char *ex_or_face_threat(const ex_state *st, size_t t1)
{
    static const char *const sanction[] = {
        "sanction", "sanctions", "embargo", "tariffs", "tariff", "boycott",
        "penalties", NULL};
    static const char *const force[] = {
        "attack", "attacks", "strikes", "force", "invasion", "war",
        "bombing", "operation", "offensive", NULL};
    size_t k, j;
    for (k = t1; k + 2 < st->ntoks; k++) {
        if (ex_tok_punct(st, k, '.') || ex_tok_punct(st, k, ';') ||
            ex_tok_is(st, k, "said") || ex_tok_is(st, k, "says"))
            return NULL;
        if (!ex_tok_is(st, k, "or") || !ex_tok_is(st, k + 1, "face"))
            continue;
        for (j = k + 2; j < st->ntoks && j < k + 7; j++) {
            if (st->toks[j].kind == KG_TOK_PUNCT)
                break;
            if (ex_pronoun_is(&st->toks[j], sanction))
                return "1312";
            if (ex_pronoun_is(&st->toks[j], force))
                return "138";
        }
        return "130";
    }
    return NULL;
}

/* Is a coded actor of another country than subj's named after token t1
 * in the sentence?  "went on hunger strike to demand the right of
 * Russians to vote": the strikers' own state is then no sure target. */
static int ex_foreign_after(const ex_state *st, size_t t1,
                            const kg_entity *subj)
{
    size_t j;
    if (!subj->country)
        return 1;
    for (j = t1; j < st->ntoks; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (m && m->ent.code && *m->ent.code && m->ent.country &&
            strcmp(m->ent.country, subj->country) != 0)
            return 1;
    }
    return 0;
}

/* Does the sentence name a coded party of another country than subj's
 * anywhere but as a speaker ("Pakistan answered India by exploding five
 * nuclear devices", "a message to the United States"; not "North Korea
 * conducted a nuclear test, Seoul said")?  Then an act aimed there is not
 * one kg may keep at home.  *who is set to the first such party's
 * mention (NULL when subj has no country: then 1 names none). */
static int ex_foreign_party(const ex_state *st, const kg_entity *subj,
                            const ex_mention **who)
{
    static const char *const report[] = {"reported", "reports", "quoted",
                                         NULL};
    size_t j, k;
    *who = NULL;
    if (!subj->country)
        return 1;
    for (j = 0; j < st->ntoks; j++) {
        const ex_mention *m = ex_actor_at(st, j);
        if (!(m && m->ent.code && *m->ent.code && m->ent.country &&
              strcmp(m->ent.country, subj->country) != 0))
            continue;
        /* (a speaker: a speech verb within four words, "the official
         * Tass news agency reported") */
        for (k = m->t1; k < st->ntoks && k < m->t1 + 4 &&
                        st->toks[k].kind == KG_TOK_WORD &&
                        st->toks[k].tag != KG_W_SPEECH &&
                        !ex_pronoun_is(&st->toks[k], report);
             k++)
            ;
        if (!(k < st->ntoks && (st->toks[k].tag == KG_W_SPEECH ||
                                ex_pronoun_is(&st->toks[k], report)))) {
            *who = m;
            return 1;
        }
    }
    return 0;
}

/* The plain threat (130) as the trigger, n tokens long. */
static const kg_onto_relation ex_plain_threat_rel = {
    .pattern = "threaten to", .type = "threaten", .label = "threatens",
    .cameo = "130", .plover = "THREATEN", .quad = 3};

static int ex_plain_threat(const kg_onto_relation **rel, size_t *ntok,
                           size_t n)
{
    *rel = &ex_plain_threat_rel;
    *ntok = n;
    return 1;
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
    static const char *const particles[] = {"down", "off", "out", "up",
                                            "away", "back", NULL};
    static const char *const model[] = {
        "follow", "emulate", "copy", "imitate", "match", "join", NULL};
    const kg_onto_relation *r;
    const ex_mention *m;
    const ex_tok *v;
    size_t n, o, c, a = i + 2;
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
    /* "Washington has threatened to retaliate if Tokyo does not open its
     * market", "the union threatened to paralyse the state unless the
     * government dropped the bill": an uncoded act with no actor as its
     * object, held over another's act, threatens that one (the trigger
     * ends at the "if" or "unless", so that the condition's actor is the
     * party, ex_warning_party); only when the act names no actor of
     * its own ("threatened to emulate Brazil's moratorium if the banks
     * refuse" is left alone) */
    c = ex_condition_word(st, a + 1);
    for (o = a; c && o < c; o++)
        if ((m = ex_mention_at(st, o)) != NULL && !m->dropped &&
            !m->ent.is_value && m->ent.code && *m->ent.code)
            c = 0;
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
    o = ex_after_dets(st, a);
    if (o < st->ntoks && ex_compass_before_place(st, o))
        o++;
    m = ex_actor_at(st, o);
    if (!m || ex_is_date(&m->ent) ||
        (m->t1 < st->ntoks && (ex_tok_is(st, m->t1, "'s") ||
                               ex_tok_is(st, m->t1, "'"))))
        return c ? ex_plain_threat(rel, ntok, c - i) : 0;
    return ex_plain_threat(rel, ntok, a - i);
}

/* Is the subject (mention sm, entity e) a body of civilians: a civilian
 * sector ("students", "workers", "the opposition") or a nationality
 * before a plural noun of people that is no state's ("Iranian merchants",
 * "South Korean consumers"; not "Arab states", "Iranian officials")? */
int ex_civil_actor(const ex_state *st, const ex_mention *sm,
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

/* Is token i a plural ("sanctions", "raids") right after a state's
 * name, with at most one plain modifier between ("U.S. sanctions", "U.S.
 * trade sanctions", "EC steel quotas")?  Such a word is read as the noun
 * when the noun entry's preposition follows it (the caller checks), not
 * as the state's verb. */
static int ex_plural_after_state(const ex_state *st, size_t i)
{
    const ex_mention *m;
    size_t n = strlen(st->toks[i].lower), j = i;
    if (n < 4 || st->toks[i].lower[n - 1] != 's' ||
        st->toks[i].kind != KG_TOK_WORD || (st->toks[i].flags & KG_TOKF_CAP))
        return 0;
    if (j >= 2 && ex_plain_word(st, j - 1))
        j--;
    m = ex_actor_before(st, j);
    return m && m->ent.type &&
           (!strcmp(m->ent.type, "Country") ||
            !strcmp(m->ent.type, "Organization"));
}

/* "in a bloody strike at a key U.S. ally", "a deadly strike on the
 * convoy": a noun "strike" after a word of bloodshed is an attack, never
 * a stoppage of work. */
static int ex_bloody_strike(const ex_state *st, size_t i)
{
    static const char *const blood[] = {
        "bloody",  "deadly", "devastating", "lethal", "murderous",
        "brutal",  "suicide", "terrorist",  "terror", NULL};
    return i > 0 && ex_pronoun_is(&st->toks[i - 1], blood);
}

/* Does an entry's pattern end with the word "food" or "meal"? */
static int ex_pattern_ends_food(const char *pattern)
{
    const char *w = strrchr(pattern, ' ');
    w = w ? w + 1 : pattern;
    return !strcmp(w, "food") || !strcmp(w, "meal");
}

/* (words of time and place a plain word after "refused food" may be:
 * "refused food outside parliament") */
static const char *const ex_food_when[] = {
    "today", "yesterday", "tonight", "again", "outside", "inside", "near",
    "throughout", "indefinitely", "altogether", "entirely", NULL};

/* Does a vote to protest stand before the protest trigger at i (root
 * 14): "voted to strike", "voted overwhelmingly to go on strike", "voted
 * to launch a nationwide strike" (the vote word at most five tokens
 * before, with a "to" after it and no punctuation)? */
static int ex_voted_protest(const ex_state *st, const kg_onto_relation *rel,
                            size_t i)
{
    static const char *const vote[] = {"vote", "votes", "voted", "voting",
                                       NULL};
    size_t j;
    int to = 0;
    /* (the verb "strike" is read as an attack until its subject makes
     * it labour's, ex_labour_strike; a vote to attack is no attack
     * either) */
    if (!rel->cameo || (strncmp(rel->cameo, "14", 2) != 0 &&
                        !ex_tok_is(st, i, "strike")))
        return 0;
    for (j = i; j-- > 0 && i - j <= 5;) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, j, "to"))
            to = 1;
        else if (ex_pronoun_is(&st->toks[j], vote))
            return to;
    }
    return 0;
}

/* "Farmers tried to burn a police lieutenant alive to protest the
 * eradication", "stoned an army truck to protest": is sm, the actor
 * nearest a protest infinitive at i (after "to", up to two plain words
 * between), a state organ (police, army, government) that a verb right
 * before it (past an article) acts on?  The organ is no protester. */
static int ex_organ_object_protests(const ex_state *st, const ex_mention *sm,
                                    const kg_onto_relation *rel, size_t i)
{
    size_t b, k, cl = sm->ent.code ? strlen(sm->ent.code) : 0;
    if (!rel->cameo || strncmp(rel->cameo, "14", 2) != 0 || i < 2 ||
        !ex_tok_is(st, i - 1, "to") || sm->t1 >= i || i - sm->t1 > 3 ||
        cl < 6 || !ex_state_organ(sm->ent.code + cl - 3) || sm->t0 < 2)
        return 0;
    for (k = sm->t1; k + 1 < i; k++)
        if (!ex_plain_word(st, k))
            return 0;
    b = sm->t0 - 1;
    while (b > 0 && st->toks[b].tag == KG_W_DET)
        b--;
    return b + 1 < sm->t0 && ex_plain_word(st, b);
}

/* Verbs whose object is the subject of an infinitive after it (object
 * control: "allowed Iran to enrich", "helped the rebels to take"), beside
 * the appeal and demand verbs (ex_appeal_verbs, ex_demand_verbs): they let,
 * cause, bid, choose, pay, arm or back the one after them to act ("Iran
 * armed Hezbollah to attack Israel" is Hezbollah's attack).  Our own closed
 * list (infin30, 2026-11-25). */
static const char ex_object_control_verbs[] =
    "allow;allows;allowed;allowing;permit;permits;permitted;permitting;"
    "let;lets;letting;enable;enables;enabled;enabling;help;helps;helped;"
    "helping;force;forces;prompt;prompts;prompted;prompting;cause;causes;"
    "caused;causing;lead;leads;led;leading;get;gets;got;getting;authorize;"
    "authorizes;authorized;authorizing;authorise;authorises;authorised;"
    "authorising;empower;empowers;empowered;empowering;mandate;mandates;"
    "mandated;mandating;commission;commissions;commissioned;commissioning;"
    "require;requires;required;requiring;expect;expects;expected;"
    "expecting;oblige;obliges;obliged;obliging;need;needs;needed;needing;"
    "advise;advises;advised;advising;warn;warns;warned;warning;remind;"
    "reminds;reminded;reminding;challenge;challenges;challenged;"
    "challenging;dare;dares;dared;convince;convinces;convinced;convincing;"
    "inspire;inspires;inspired;inspiring;motivate;motivates;motivated;"
    "motivating;spur;spurs;spurred;spurring;drive;drives;drove;driven;"
    "driving;tempt;tempts;tempted;tempting;entice;entices;enticed;"
    "enticing;appoint;appoints;appointed;appointing;elect;elects;elected;"
    "electing;choose;chooses;chose;chosen;choosing;select;selects;"
    "selected;selecting;name;names;named;naming;nominate;nominates;"
    "nominated;nominating;hire;hires;hired;hiring;pay;pays;paid;paying;"
    "recruit;recruits;recruited;recruiting;train;trains;trained;training;"
    "teach;teaches;taught;teaching;trust;trusts;trusted;trusting;wish;"
    "wishes;wished;wishing;like;prefer;prefers;preferred;preferring;"
    "beseech;beseeched;besought;exhort;exhorts;exhorted;exhorting;"
    "petition;petitions;petitioned;petitioning;signal;signals;signaled;"
    "signalled;assign;assigns;assigned;assigning;direct;directs;directed;"
    "directing;command;commands;commanded;commanding;summon;summons;"
    "summoned;summoning;mobilize;mobilizes;mobilized;mobilizing;"
    "mobilise;mobilises;mobilised;mobilising;rally;rallies;rallied;"
    "rallying;galvanize;galvanized;galvanise;galvanised;assist;assists;"
    "assisted;assisting;equip;equips;equipped;equipping;leave;leaves;left;"
    "leaving;free;frees;freed;freeing;arm;arms;armed;arming;fund;funds;"
    "funded;funding;finance;finances;financed;financing;bankroll;"
    "bankrolls;bankrolled;bankrolling;back;backs;backed;backing;support;"
    "supports;supported;supporting;sponsor;sponsors;sponsored;sponsoring;convene;convenes;"
    "convened;convening;"
    /* ("China joined Russia to condemn": the one joined acts too) */
    "join;joins;joined;joining;"
    /* (and verbs of belief and report, whose object is the infinitive's
     * subject too: "considered Iran to threaten Israel") */
    "consider;considers;considered;considering;believe;believes;believed;"
    "believing;know;knows;knew;known;suspect;suspects;suspected;"
    "suspecting;find;finds;found;declare;declares;declared;declaring;"
    "judge;judges;judged;think;thinks;thought;assume;assumes;assumed;"
    "deem;deems;deemed;estimate;estimates;estimated;report;reports;"
    "reported;reporting;show;shows;showed;shown;suppose;supposed;"
    "understand;understands;understood;perceive;perceives;perceived;see;"
    "sees;saw;seen;hold;holds;held;allege;alleges;alleged;claim;claims;"
    "claimed;prove;proves;proved;proven;presume;presumes;presumed;"
    "acknowledge;acknowledges;acknowledged;say;says;said";

/* Does word w (a verb's form) let, ask or make its object do an
 * infinitive after it: an appeal, a demand or an object-control verb? */
static int ex_object_controls(const char *w)
{
    return ex_in_list(ex_appeal_verbs, w) || ex_in_list(ex_demand_verbs, w) ||
           ex_in_list(ex_object_control_verbs, w);
}

/* "Kenyan protesters stormed the parliament in Nairobi to oppose the tax
 * increases", "police raided the parliament to arrest the opposition
 * leader": is sm, the actor nearest an infinitive of purpose at i (its
 * "to" right before it), the object of a verb right before it (past
 * articles and possessives: a trigger or an -ed word), with nothing
 * but a phrase of place or time between it and the "to"?  Unless that verb lets, asks
 * or makes its object act (object control: ex_appeal_verbs,
 * ex_demand_verbs, ex_object_control_verbs), the purpose is the
 * subject's, not the object's (gov30, cb-1452-a).  Returns the verb's
 * token, or (size_t)-1. */
static size_t ex_object_before_purpose(const ex_state *st,
                                       const ex_mention *sm, size_t i)
{
    static const char *const place_preps[] = {
        "in", "at", "near", "outside", "inside", "on", "across", "of",
        "around", "along", NULL};
    /* (a past form whose entry kg did not read here, "met") */
    static const char *const irregular[] = {"met", "held", "sent", "took",
                                            "brought", "saw", NULL};
    static const char *const counts[] = {
        "two",  "three", "four",   "five",  "six",     "seven",
        "eight", "nine", "ten",    "several", "many",  "some",
        NULL};
    const ex_tok *v;
    const ex_mention *pm;
    size_t b, k;
    if (i < 4 || !ex_tok_is(st, i - 1, "to") || sm->t1 >= i ||
        sm->t0 < 2 || sm->ent.is_value || sm->dropped)
        return (size_t)-1;
    for (k = sm->t1; k + 1 < i;) {
        const ex_tok *t = &st->toks[k];
        size_t w = ex_when_phrase(st, k);
        /* ("earlier this month", "later this week") */
        if (w == k && (ex_tok_is(st, k, "earlier") ||
                       ex_tok_is(st, k, "later")) &&
            k + 1 < i && ex_when_phrase(st, k + 1) > k + 1)
            w = ex_when_phrase(st, k + 1);
        if (w > k && w <= i - 1) {
            k = w; /* ("on Tuesday") */
            continue;
        }
        if (ex_pronoun_is(t, place_preps) && k + 2 < i) {
            /* ("in Nairobi", "in the capital") */
            size_t j = k + 1;
            while (j + 1 < i && st->toks[j].tag == KG_W_DET)
                j++;
            if ((pm = ex_mention_at(st, j)) != NULL && pm->t0 == j &&
                pm->t1 < i) {
                k = pm->t1;
            } else {
                while (j + 1 < i && ex_plain_word(st, j) &&
                       !st->toks[j].trigger && !ex_ends_ed(st, j) &&
                       !ex_ends_ing(st, j))
                    j++;
                if (j == k + 1)
                    return (size_t)-1;
                k = j;
            }
            continue;
        }
        /* (no plain noun after it: "declined an American proposal to
         * hold exercises" is the proposer's act; no verb of a clause the
         * actor opens: "the parliament voted to") */
        return (size_t)-1;
    }
    b = sm->t0 - 1;
    /* (past the rest of the object's phrase before its actor, eight
     * tokens at most: a count, "met six Gulf countries"; a name kg has no
     * actor for, "six Mideast Gulf countries"; the heads of a phrase of
     * "of", "met the heads of state of six Gulf countries", "met the
     * leaders of Kuwait" (fix32)) */
    for (k = 0; b > 0 && k < 8; k++, b--) {
        const ex_tok *t = &st->toks[b];
        if (t->tag == KG_W_DET || t->tag == KG_W_POSS ||
            t->kind == KG_TOK_NUMBER || ex_tok_is(st, b, "of") ||
            ex_pronoun_is(t, counts))
            continue;
        if (b + 1 == sm->t0 && (t->flags & KG_TOKF_CAP) &&
            (pm = ex_mention_at(st, b)) != NULL && !pm->dropped &&
            pm->t1 == sm->t0 && pm->t0 < b + 1 && pm->t0 > 0) {
            b = pm->t0; /* ("six Mideast Gulf countries": a region's name
                         * before the actor, its modifier) */
            continue;
        }
        if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE || t->trigger ||
            ex_mention_at(st, b) || ex_ends_ed(st, b) || ex_ends_ing(st, b))
            break;
        /* (a plain noun only right before "of": "the heads of") */
        if (!(t->flags & KG_TOKF_CAP) && !ex_tok_is(st, b + 1, "of"))
            break;
    }
    v = &st->toks[b];
    if (b == 0 || b + 1 > sm->t0 || v->kind != KG_TOK_WORD ||
        (v->flags & KG_TOKF_CAP) || ex_mention_at(st, b) ||
        v->tag != KG_W_NONE ||
        !(v->trigger || ex_ends_ed(st, b) || ex_pronoun_is(v, irregular)) ||
        ex_object_controls(v->lower) ||
        ex_in_list(ex_appeal_particle_verbs, v->lower))
        return (size_t)-1;
    /* "enabling interested investors to", "encouraging state-owned
     * companies to": an -ed word may be an adjective of the object, after
     * an article or under a verb further back */
    if (!v->trigger && !ex_pronoun_is(v, irregular) &&
        (strchr(v->lower, '-') != NULL || st->toks[b - 1].tag == KG_W_DET ||
         st->toks[b - 1].tag == KG_W_POSS || ex_ends_ed(st, b - 1) ||
         ex_ends_ing(st, b - 1)))
        return (size_t)-1;
    if (ex_object_controls(st->toks[b - 1].lower))
        return (size_t)-1;
    return b;
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
        om = ex_actor_at(st, j);
        if (om)
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
    t = ex_after_dets(st, t);
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
            else if (at && (m = ex_actor_at(st, j)) != NULL)
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
    size_t b, j;
    int err;
    if (!speaker)
        return KG_OK;
    for (b = 1; b + 1 < st->ntoks; b++) {
        const kg_entity *who = NULL;
        const ex_mention *m;
        int neg = 0, good = 0, bad = 0;
        if (!st->toks[b].quote || !ex_pronoun_is(&st->toks[b], ex_be_finite))
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

/* "strengthened by Monday's meeting between Chile, Peru and Bolivia,
 * the accord would stand": is the noun at i inside a prepositional
 * phrase (a preposition among the four tokens before it, no comma or
 * verb between)?  The verb after its parties is then no verb of the
 * meeting's own. */
static int ex_prep_phrase_noun(const ex_state *st, size_t i)
{
    size_t k;
    for (k = i; k-- > 0 && i - k <= 4;) {
        if (st->toks[k].kind != KG_TOK_WORD)
            return 0;
        if (st->toks[k].tag == KG_W_PREP)
            return 1;
    }
    return 0;
}

/* "The issue was discussed at a meeting between Chilean officials, Peru
 * and the Bolivian government": the parties ex_between_list reads after
 * the meeting noun at i (ending at t1) each meet each other one, both
 * ways (pairs of one actor skipped), with the cues of the noun's clause;
 * a meeting only wanted or put ahead is not held ("called for talks
 * between", "talks between Chile, Peru and Bolivia will open next
 * week": 036, as ex_between_art's pairs are). */
static int ex_meeting_list(ex_state *st, const kg_sentence *s, size_t idx,
                           const kg_onto_relation *rel, size_t i, size_t t1,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload)
{
    const ex_mention *bl[8];
    size_t n = ex_between_list(st, t1, bl, 8), a, b;
    const char *mod, *wanted = ex_wanted_noun(st, i);
    kg_onto_relation refined;
    int neg, err;
    if (n == 0)
        return KG_OK;
    ex_cues(st, 0, i, &neg, &mod);
    if (wanted) {
        refined = *rel;
        refined.cameo = NULL;
        refined.back = NULL;
        rel = &refined;
        mod = wanted;
    } else if (!strcmp(mod, "asserted") && !ex_prep_phrase_noun(st, i) &&
               ex_future_after(st, bl[n - 1]->t1))
        mod = "intended";
    for (a = 0; a < n; a++)
        for (b = 0; b < n; b++)
            if (a != b && !ex_same_id(&bl[a]->ent, &bl[b]->ent) &&
                (err = ex_emit(st, s, idx, &bl[a]->ent, &bl[b]->ent, rel, i,
                               t1, neg, mod, NULL, 0.6, seen, nseen, cb,
                               payload)) != 0)
                return err;
    return KG_OK;
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

/* "Deng told visiting U.S. Secretary of State George Shultz", "Mubarak
 * received visiting Israeli Foreign Minister Shimon Peres": a visit
 * hosted (043, host to guest) is also the guest's visit (042) to the
 * host's country, as PETRARCH's verb dictionary pairs HOST, RECEIVE and
 * WELCOME (043:042) and the real-news set codes the visit to the country
 * visited.  Not when host and guest are of one country (a meeting at
 * home, no visit abroad), nor for a host of no known country, nor for a
 * group hosted ("hosting some freed Ukrainian prisoners of war in
 * Turkey": no visit); a user dictionary's entry pairs its own codes. */
static int ex_emit_guest_visit(ex_state *st, const kg_sentence *s, size_t idx,
                               const kg_entity *host, const kg_entity *guest,
                               const kg_onto_relation *rel, size_t t0,
                               size_t t1, int negated, const char *modality,
                               const kg_entity *speaker, double conf,
                               ex_emitted *seen, size_t *nseen,
                               kg_relation_cb cb, void *payload)
{
    int met = 0;
    size_t g;
    if (rel->cameo && guest && !strncmp(rel->cameo, "04", 2) &&
        strcmp(rel->cameo, "042") != 0 && strcmp(rel->cameo, "043") != 0) {
        /* ("held talks with the visiting Polish leader", "met visiting
         * ...": a meeting with a guest "visiting" names is his visit
         * too) */
        g = ex_tok_from(st, guest->start);
        met = g > 0 && g < st->ntoks && ex_tok_is(st, g - 1, "visiting");
    }
    if (rel->user || rel->back || !rel->cameo ||
        (!met && (rel->noun || strcmp(rel->cameo, "043") != 0)) || !host ||
        !guest || host->is_value || guest->is_value ||
        (guest->type && !strcmp(guest->type, "Group")) ||
        !host->country || !guest->country || !guest->code ||
        !strcmp(host->country, guest->country))
        return KG_OK;
    return ex_emit_visit_to(st, s, idx, guest, host, t0, t1, negated,
                            modality, speaker, conf, seen, nseen, cb,
                            payload);
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
    pm = ex_actor_from(st, j + 1);
    if (!pm || pm->t1 >= st->ntoks ||
        st->toks[pm->t1].tag != KG_W_PREP ||
        !(pm->kind == KG_NAME_METONYM ||
          ex_country_or_place(pm->ent.type)))
        return 0;
    /* ("protested in Nairobi to demand lower fees": an infinitive of
     * purpose, no "protest to" Nairobi; "to the Chinese ambassador",
     * "to Japan" go on with an object) */
    if (ex_tok_is(st, pm->t1, "to") && pm->t1 + 1 < st->ntoks &&
        ex_plain_word(st, pm->t1 + 1))
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

/* Is token k the "to" of an infinitive, a plain word after it?  k, or
 * 0 (ex_past_setting). */
static size_t ex_infinitive_to(const ex_state *st, size_t k)
{
    return k + 1 < st->ntoks && ex_tok_is(st, k, "to") &&
                   ex_plain_word(st, k + 1)
               ? k
               : 0;
}

/* "Six major nations ... agreed in Paris last month to act together",
 * "the GCC states have agreed in principle to link their currencies": a
 * verb that takes an infinitive of its own ("agree", "pledge", "vow",
 * "decide") keeps it past the place where it was said or "in principle"
 * (a date may follow: "in Paris last month"), or past a date that "in"
 * opens ("agreed in late February to"), and its entry ("agree to")
 * is read past that phrase.  ex_match_past_place leaves "to" with an
 * infinitive out, as after "protested in Nairobi to demand" it tells a
 * purpose; after these verbs it is their own object.  Returns the token
 * of that "to", or 0 when the verb at token i is not so set off. */
static size_t ex_past_setting(const ex_state *st, size_t i)
{
    static const char *const own_inf[] = {
        "agree",  "agreed",  "agrees",  "agreeing", "pledge", "pledged",
        "pledges", "vow",    "vowed",   "vows",     "promise", "promised",
        "promises", "decide", "decided", "decides", NULL};
    const ex_mention *pm;
    size_t j = i + 1, k;
    if (j + 3 >= st->ntoks || !ex_tok_is(st, j, "in") ||
        !ex_pronoun_is(&st->toks[i], own_inf))
        return 0;
    if (ex_tok_is(st, j + 1, "principle") ||
        ex_tok_is(st, j + 1, "principal")) {
        k = j + 2;
    } else if ((k = ex_when_phrase(st, j)) > j) {
        return ex_infinitive_to(st, k); /* ("agreed in February to cut") */
    } else {
        pm = ex_actor_from(st, j + 1);
        if (!pm || !(pm->kind == KG_NAME_METONYM ||
                     ex_country_or_place(pm->ent.type)))
            return 0;
        k = pm->t1;
    }
    return ex_infinitive_to(st, ex_when_phrase(st, k));
}

/* The objects after the entry ending at t1 (ex_objects) copied into objs
 * and oms when the first is a coded actor; their number, else 0 (objs and
 * oms untouched). */
static size_t ex_coded_objects(ex_state *st, size_t t1,
                               const kg_onto_relation *rel,
                               const kg_entity *subj, size_t i,
                               const kg_entity **objs,
                               const ex_mention **oms)
{
    const kg_entity *o2[EX_MAX_OBJECTS];
    const ex_mention *m2[EX_MAX_OBJECTS];
    size_t k, n2 = ex_objects(st, t1, rel, subj, i, o2, m2, EX_MAX_OBJECTS);
    if (!n2 || !o2[0]->code || !*o2[0]->code)
        return 0;
    for (k = 0; k < n2; k++) {
        objs[k] = o2[k];
        oms[k] = m2[k];
    }
    return n2;
}

/* A sentence read with one token changed (the payload of a lemma
 * callback that reads the tokens otherwise at one place): at, the token
 * where the reading differs. */
typedef struct ex_at_view {
    ex_state *st;
    size_t at;
} ex_at_view;

/* The verb "ship" read as "shipping" at token at (ex_match_ship_verb). */

static const char *ex_ship_lemma(size_t i, size_t j, void *payload)
{
    const ex_at_view *v = payload;
    if (i == v->at)
        return j == 0 ? "shipping" : NULL;
    return ex_lemma(i, j, v->st);
}

/* "promised to ship 100,000 tonnes of food to", "will ship rice to": the
 * lexicon writes the verb only as "shipped" and "shipping" ("ships" and
 * "ship" are mostly nouns: "ships carrying aid to Gaza"); the bare form
 * right after "to" or a modal is the verb, read as the lexicon's
 * "shipping" entries.  On a match *rel and *ntok are set. */
static int ex_match_ship_verb(ex_state *st, size_t i,
                              const kg_onto_relation **rel, size_t *ntok)
{
    static const char *const before[] = {"to",    "will",  "would", "shall",
                                         "'ll",   "could", "can",   "may",
                                         "might", "must",  "not",   NULL};
    ex_at_view v;
    const kg_onto_relation *r;
    if (i == 0 || strcmp(st->toks[i].lower, "ship") != 0 ||
        !ex_pronoun_is(&st->toks[i - 1], before))
        return 0;
    v.st = st;
    v.at = i;
    if (!kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_ship_lemma,
                                 &v, &r, ntok) ||
        r->noun || *ntok < 2)
        return 0;
    *rel = r;
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
    if (!vm || vm->t0 != i + 1 || vm->t1 <= i + 2 || !vm->ent.is_value ||
        !vm->ent.type || strcmp(vm->ent.type, "MonetaryAmount") != 0 ||
        !(r = ex_match_over(st, i, vm, ntok)))
        return 0;
    *rel = r;
    *sum = vm;
    return 1;
}

/* The verb at token 0, then a word standing for the receiver, then the
 * noun for the sum ("money" or "loan"): ex_match_double_sum's reading. */
typedef struct ex_sum_view {
    ex_state *st;
    size_t at;
    const char *noun;
} ex_sum_view;

static const char *ex_sum_lemma(size_t i, size_t j, void *payload)
{
    const ex_sum_view *v = payload;
    if (i == 0)
        return ex_lemma(v->at, j, v->st);
    if (j > 0 || i > 2)
        return NULL;
    return i == 1 ? "\x01" : v->noun;
}

/* The coded verb entry "<verb at i> * money", else "<verb at i> * loan"
 * (ex_sum_lemma's reading), one that takes the preposition prep when prep
 * is not NULL; else NULL. */
static const kg_onto_relation *ex_sum_entry(ex_state *st, size_t i,
                                            const char *prep)
{
    static const char *const nouns[] = {"money", "loan", NULL};
    const kg_onto_relation *r;
    ex_sum_view v;
    size_t k, vn;
    v.st = st;
    v.at = i;
    for (k = 0; nouns[k]; k++) {
        v.noun = nouns[k];
        if (kg_onto__match_relation(st->onto, 3, 0, 0, ex_sum_lemma, &v, &r,
                                    &vn) &&
            vn == 3 && !r->noun && r->cameo && *r->cameo &&
            (!prep || (r->prep && ex_in_list(r->prep, prep))))
            return r;
    }
    return NULL;
}

/* "gave Pakistan $3 billion", "has loaned Mexico 400 mln dlrs", "promised
 * Senegal 1.8 billion dollars in soft loans", "granted Cuba a 25 mln dlr
 * credit line": a verb with a coded actor (its indirect object) right
 * after it and a sum right after that gives or promises money to the
 * actor, read as the lexicon's "give * money" (071) or "pledge * loan"
 * (0331), whatever words follow the sum (the entry's '*' would cover no
 * more than three).  On a match *rel and *ntok (up to the sum's end) are
 * set; the actor is then the gap's object. */
static int ex_match_double_sum(ex_state *st, size_t i,
                               const kg_onto_relation **rel, size_t *ntok)
{
    static const char *const more[] = {"extra", "additional", "further",
                                       "fresh", "new", NULL};
    const ex_mention *am, *vm;
    const kg_onto_relation *r;
    size_t a;
    if (i + 2 >= st->ntoks || !(am = ex_actor_at(st, i + 1)) ||
        !am->ent.code || !*am->ent.code || ex_is_date(&am->ent) ||
        am->t1 >= st->ntoks)
        return 0;
    a = am->t1 + (st->toks[am->t1].tag == KG_W_DET);
    if (a + 1 < st->ntoks && ex_pronoun_is(&st->toks[a], more))
        a++; /* "an extra 110 mln franc credit" */
    if (!(vm = ex_mention_at(st, a)) || vm->t0 != a || !ex_is_sum(&vm->ent))
        return 0;
    if (!(r = ex_sum_entry(st, i, NULL)))
        return 0;
    *rel = r;
    *ntok = vm->t1 - i;
    return 1;
}

/* "pledged $10 million to Sudan", "will provide 37.1 mln dlrs to
 * Tanzania", "sought $2 billion from the IMF": a verb with a sum right
 * after it (an article or "further" may open it) and "to", "for" or
 * "from" right after the sum gives, promises or asks for that money,
 * read as the verb's "* money" or "* loan" entry, as ex_match_double_sum
 * reads the sum after an indirect object (071, 0331 for a pledge, 0231
 * for a request).  The entry must take that preposition ("offered 52
 * dlrs a share for USAir" is a bid: "offer * loan" takes only "to").  On
 * a match *rel and *ntok (up to the sum's end) are set; the entry's
 * preposition then finds the receiver. */
static int ex_match_bare_sum(ex_state *st, size_t i,
                             const kg_onto_relation **rel, size_t *ntok)
{
    static const char *const more[] = {"extra", "additional", "further",
                                       "fresh", "new", "another", NULL};
    const ex_mention *vm;
    const kg_onto_relation *r;
    size_t a = i + 1;
    if (a < st->ntoks && st->toks[a].tag == KG_W_DET)
        a++;
    if (a + 1 < st->ntoks && ex_pronoun_is(&st->toks[a], more))
        a++;
    if (a >= st->ntoks || !(vm = ex_mention_at(st, a)) || vm->t0 != a ||
        !ex_is_sum(&vm->ent) || vm->t1 + 1 >= st->ntoks ||
        !(ex_tok_is(st, vm->t1, "to") || ex_tok_is(st, vm->t1, "for") ||
          ex_tok_is(st, vm->t1, "from")))
        return 0;
    if (!(r = ex_sum_entry(st, i, st->toks[vm->t1].lower)))
        return 0;
    *rel = r;
    *ntok = vm->t1 - i;
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

/* "staged live-fire drills off the Fujian coast in a show of strength
 * aimed at Taiwan", "paraded missiles through Kim Il Sung Square ...
 * aimed squarely at Washington": a show of force (15) says whom it is
 * meant for with "aimed at", "directed at", "targeted at" later in its
 * clause (within 25 tokens after the trigger ending at t1), past the
 * place it was held in.  The first actor after that "at" (past
 * determiners) of a country other than the subject's, or NULL. */
static const ex_mention *ex_force_aimed_at(const ex_state *st, size_t t1,
                                           const kg_entity *subj)
{
    static const char *const aimed[] = {"aimed", "directed", "targeted",
                                        NULL};
    size_t j, k, end = t1 + 25 < st->ntoks ? t1 + 25 : st->ntoks;
    for (j = t1; j < end; j++) {
        const ex_mention *m;
        if (ex_tok_punct(st, j, '.') || ex_tok_punct(st, j, ';'))
            return NULL;
        if (st->toks[j].kind != KG_TOK_WORD ||
            !ex_pronoun_is(&st->toks[j], aimed))
            continue;
        /* ("aimed squarely at", "directed mainly at") */
        for (k = j + 1; k < end && k < j + 3 && !ex_tok_is(st, k, "at") &&
                        st->toks[k].kind == KG_TOK_WORD &&
                        !(st->toks[k].flags & KG_TOKF_CAP) &&
                        !st->toks[k].covered;
             k++)
            ;
        if (k + 1 >= st->ntoks || !ex_tok_is(st, k, "at"))
            continue;
        m = ex_actor_from(st, k + 1);
        if (!m || !m->ent.code || !*m->ent.code || ex_is_date(&m->ent) ||
            !strncmp(m->ent.code, "---", 3) ||
            (subj && subj->country && m->ent.country &&
             !strcmp(subj->country, m->ent.country)))
            return NULL;
        return m;
    }
    return NULL;
}

/* "signed a $240m agreement with", "concluded a rescheduling accord
 * with", "an accord reached last March between Italy and Algeria", "an
 * agreement that had been reached between", "an air agreement signed
 * between", "ratified a sweeping agreement with": is the accord noun at
 * tokens i..t1 one the sentence tells made (a verb of making it a few
 * words before, through articles and describing words, or its participle
 * after it in the same clause)?  Else
 * it is named as a thing that exists or may ("failed to live up to its
 * semiconductor agreement with the U.S.", "last year's accord between the
 * U.S. and Japan", "a free trade pact between the United States and
 * Canada could spur"), no signing. */
static int ex_accord_made(const ex_state *st, size_t i, size_t t1)
{
    static const char *const make[] = {
        "sign",      "signs",      "signed",     "signing",
        "reach",     "reaches",    "reached",    "reaching",
        "conclude",  "concludes",  "concluded",  "concluding",
        "strike",    "strikes",    "struck",     "striking",
        "seal",      "seals",      "sealed",     "sealing",
        "clinch",    "clinches",   "clinched",   "clinching",
        "finalize",  "finalized",  "finalise",   "finalised",
        "initial",   "initialed",  "initialled", "ink",
        "inked",     "secure",     "secured",    "securing",
        "hammered",  "negotiated", "agreed",     "ratify",
        "ratifies",  "ratified",   "ratifying",  "endorse",
        "endorses",  "endorsed",   "endorsing",  "approve",
        "approves",  "approved",   "approving",  "adopt",
        "adopts",    "adopted",    "adopting",
        /* (an accord welcomed or hailed is news: "Russia welcomed its
         * agreement with Syria") */
        "welcome",   "welcomed",   "welcomes",   "welcoming",
        "hail",      "hailed",     "hails",      "hailing",    NULL};
    /* "last week's accord between Britain and Nigeria", "Monday's
     * agreement": an accord dated to the news's days is one just made,
     * as "Monday's attack" is an attack ("last year's accord" is not) */
    static const char *const days[] = {
        "monday",   "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday",  "yesterday", "today",    "week",
        "weekend",  NULL};
    size_t j, n;
    for (j = i, n = 0; j > 0 && n < 6; j--, n++) {
        const ex_tok *k = &st->toks[j - 1];
        if (ex_pronoun_is(k, make))
            return 1;
        if (j >= 2 && ex_tok_possessive(st, j - 1) &&
            ex_pronoun_is(&st->toks[j - 2], days))
            return 1;
        if (k->kind == KG_TOK_PUNCT && !ex_tok_is(st, j - 1, "$"))
            break;
        /* ("approved funds under its agreement with": a verb of another
         * object; "the terms of its accord", "agreed to the pact" go on) */
        if (k->tag == KG_W_SUB ||
            (k->tag == KG_W_PREP && !ex_tok_is(st, j - 1, "of") &&
             !ex_tok_is(st, j - 1, "to")))
            break;
    }
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        /* (", and Washington approved sanctions": a clause of its own) */
        if (ex_tok_punct(st, j, ';') || ex_tok_punct(st, j, ':') ||
            ex_tok_punct(st, j, '.') ||
            (ex_tok_punct(st, j, ',') && j + 1 < st->ntoks &&
             st->toks[j + 1].tag == KG_W_CONJ))
            break;
        if ((ex_ends_ed(st, j) || ex_tok_is(st, j, "struck")) &&
            ex_pronoun_is(&st->toks[j], make))
            return 1;
    }
    return 0;
}

/* Participles that tell an accord made: "signed", "reached", ...
 * (extract_internal.h) */
const char *const ex_accord_participles[] = {
    "signed",     "reached",   "concluded", "sealed",    "struck",  "inked",
    "initialled", "initialed", "finalized", "finalised", "agreed",  "ratified",
    NULL};

/* "An agreement between India and Britain will be signed next week",
 * "a memorandum would be signed later this week between the British and
 * Philippine governments", "a pact between them could be concluded": the
 * accord's noun ending at t1 whose making is told after it, within its
 * clause, by "be" and a participle of making (ex_accord_made's verbs)
 * after a modal or a future is not made yet: "intended" after "will",
 * "shall" or "to" ("is to be signed"), "hypothetical" after "could",
 * "may", "might", "would", "should", "must" or "can"; else mod. */
static const char *ex_accord_to_come(const ex_state *st, size_t t1,
                                     const char *mod)
{
    static const char *const maybe[] = {"could", "may", "might", "would",
                                        "should", "must", "can", NULL};
    size_t j;
    for (j = t1; j < st->ntoks && j < t1 + 12; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT || st->toks[j].tag == KG_W_SUB)
            return mod;
        if (!ex_pronoun_is(&st->toks[j], ex_accord_participles))
            continue;
        if (j < t1 + 3 || !ex_tok_is(st, j - 1, "be"))
            return mod;
        if (ex_tok_is(st, j - 2, "will") || ex_tok_is(st, j - 2, "shall") ||
            ex_tok_is(st, j - 2, "to"))
            return "intended";
        return ex_pronoun_is(&st->toks[j - 2], maybe) ? "hypothetical" : mod;
    }
    return mod;
}

/* "The loan follows an accord reached between Kenya and the Paris Club",
 * "a pact was signed between Chile and the Peruvian government": an
 * accord's noun ending at t1 whose "between" (within five words) comes
 * right after a participle of making (ex_accord_to_come's verbs) names
 * the two that made it, as a meeting's "between" names those who met:
 * the second party may follow "the" (ex_between_art's art), as for
 * talks.  "trade between the US and the EU" or "a deal expected
 * between" stay without it. */
static int ex_accord_made_between(const ex_state *st,
                                  const kg_onto_relation *rel, size_t t1)
{
    size_t j;
    if (!rel->cameo || strcmp(rel->cameo, "057") != 0)
        return 0;
    for (j = t1; j < st->ntoks && j < t1 + 5; j++) {
        if (st->toks[j].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, j, "between"))
            return j > t1 &&
                   ex_pronoun_is(&st->toks[j - 1], ex_accord_participles);
    }
    return 0;
}

/* "We wish to reach a reasonable agreement with Bolivia", "promising to
 * sign an accord with", "expects to sign a deal", "expected Brazil to be
 * able to reach an agreement with its banks": an accord whose verb at
 * token i is an infinitive after a word of wish, promise or expectation
 * the tagger does not mark as an intent (1: the subject's intent), or
 * after a word of ability or likelihood (2: only thought possible); else
 * 0. */
static int ex_accord_wished(const ex_state *st, size_t i)
{
    static const char *const wish[] = {
        "wish",     "wishes", "wished", "wishing", "promising", "hoping",
        "eager",    "keen",   "expect", "expects", "expected",  "expecting",
        NULL};
    static const char *const may[] = {"able", "likely", "unlikely", NULL};
    if (i < 2 || !ex_tok_is(st, i - 1, "to"))
        return 0;
    if (ex_pronoun_is(&st->toks[i - 2], wish))
        return 1;
    return ex_pronoun_is(&st->toks[i - 2], may) ? 2 : 0;
}

/* "French exports to Nigeria were 3.42 billion francs", "Soviet exports
 * to the United States will rise", "U.S. corn exports to Canada are
 * declining": the noun "exports" or "imports" with its party (up to eight
 * words of names and articles after "to" or "from", from token t1) as
 * the subject of a copula, a future or a verb of amount tells a
 * statistic of the flow, no act of trade ("Russian-Turkish trade" and
 * "signed a deal on exports to Iraq" stay the trade). */
static int ex_flow_statistic(const ex_state *st, size_t i, size_t t1)
{
    static const char *const noun[] = {"exports", "imports", NULL};
    static const char *const amount[] = {
        "were",     "was",      "are",      "is",       "will",
        "rose",     "fell",     "rise",     "fall",     "increased",
        "declined", "dropped",  "grew",     "totalled", "totaled",
        "slowed",   "climbed",  "jumped",   "amounted", "reached",
        "go",       "include",  "depend",   NULL};
    size_t j = t1;
    if (!ex_pronoun_is(&st->toks[i], noun) || j >= st->ntoks ||
        !(ex_tok_is(st, j, "to") || ex_tok_is(st, j, "from")))
        return 0;
    for (j++; j < st->ntoks && j < t1 + 9; j++)
        if (!(st->toks[j].tag == KG_W_DET || st->toks[j].covered ||
              ex_mention_at(st, j) || ex_tok_possessive(st, j)))
            break;
    return j > t1 + 1 && j < st->ntoks && ex_pronoun_is(&st->toks[j], amount);
}

/* "the second round of talks between Pakistan and India", "after three
 * days of talks between": a meeting noun after "of" whose head counts or
 * stages the meetings themselves is held by the parties "between" names
 * (not "prisoners of war between", nor "hopes of talks between": the
 * talks are not said to be held). */
static int ex_meeting_round(const ex_state *st, size_t i,
                            const kg_onto_relation *rel)
{
    static const char *const heads[] = {
        "round",   "rounds",     "series", "days",     "weeks",
        "months",  "hours",      "session", "sessions", "resumption",
        "start",   "opening",    "outcome", "result",   "results",
        "failure", "collapse",   "breakdown", NULL};
    /* (token i - 1 is the "of") */
    if (!rel->cameo || strncmp(rel->cameo, "04", 2) != 0 || i < 2)
        return 0;
    return ex_pronoun_is(&st->toks[i - 2], heads);
}

/* "French trade with Yugoslavia has grown", "a surplus in trade with
 * the Philippines", "conducts no trade with Nicaragua", "shares were
 * trading with": a form of "trade" at token i is the verb of "trade with"
 * only after "to", a modal, a pronoun, or a named subject that is no bare
 * demonym (auxiliaries between: "decided to trade with Moscow", "it was
 * not trading with Iran"); else it is the noun, a flow or a topic, or
 * what a market does, no act. */
static int ex_bare_trade_noun(const ex_state *st, size_t i)
{
    static const char *const aux[] = {
        "were", "was", "is",  "are",  "been", "be",    "have",
        "has",  "had", "not", "also", "still", "now", NULL};
    static const char *const verbal[] = {
        "to",     "will", "would", "can", "could", "may", "might", "should",
        "must",   "they", "we",    "you", "i",     "it",  "he",    "she",
        "who",    "which", "and",  NULL};
    const ex_mention *m;
    size_t k = i;
    if (strncmp(st->toks[i].lower, "trad", 4) != 0)
        return 0;
    while (k > 0 && ex_pronoun_is(&st->toks[k - 1], aux))
        k--;
    if (k == 0 || ex_pronoun_is(&st->toks[k - 1], verbal))
        return 0;
    m = ex_mention_at(st, k - 1);
    return !m || m->t1 != k || m->dropped || m->kind == KG_NAME_DEMONYM;
}

/* "killed by a car bomb in Baghdad", "hit by a massive roadside bomb":
 * is token i the second word of a noun entry that starts at the
 * lower-case word before it, after an article or a possessive (and at
 * most one describing word)?  Then it is no verb ("bomb" read as "bombs"
 * made the victims the bombers and the place their target). */
static int ex_inside_noun_entry(ex_state *st, size_t i, size_t t1)
{
    const kg_onto_relation *nr;
    size_t k, nn;
    const ex_tok *p;
    /* (only when no object follows the verb reading: a preposition, a
     * punctuation mark or the end; "the rebels attack the town" keeps its
     * verb) */
    if (i < 2 || (t1 < st->ntoks && st->toks[t1].tag != KG_W_PREP &&
                  st->toks[t1].kind == KG_TOK_WORD))
        return 0;
    p = &st->toks[i - 1];
    if (p->kind != KG_TOK_WORD || p->tag != KG_W_NONE || p->mention ||
        (p->flags & KG_TOKF_CAP))
        return 0;
    k = i - 2;
    if (k > 0 && st->toks[k].kind == KG_TOK_WORD &&
        st->toks[k].tag == KG_W_NONE && !st->toks[k].mention &&
        !(st->toks[k].flags & KG_TOKF_CAP))
        k--; /* ("a massive car bomb") */
    if (st->toks[k].tag != KG_W_DET && st->toks[k].tag != KG_W_POSS)
        return 0;
    return kg_onto__match_relation(st->onto, st->ntoks, i - 1, 2, ex_lemma,
                                   st, &nr, &nn) &&
           nn >= 2;
}

/* Is rel an act of force: an assault, fighting or mass violence (CAMEO
 * 18, 19, 20)?  Such an act hits the place or the actor it falls on. */
static int ex_force_act(const kg_onto_relation *rel)
{
    return rel->cameo &&
           ((rel->cameo[0] == '1' && rel->cameo[1] >= '8') ||
            !strncmp(rel->cameo, "20", 2));
}

/* The first token of the noun phrase whose owner (or noun) starts at
 * token j: back over up to two plain words (not one of verbs) and an
 * article or a possessive ("repelled an overnight Iranian attack",
 * "foiled a planned bomb attack"). */
static size_t ex_object_phrase_start(const ex_state *st, size_t j,
                                     const char *const *verbs)
{
    size_t w;
    for (w = 0; w < 2 && j > 1 && ex_plain_word(st, j - 1) &&
                !ex_pronoun_is(&st->toks[j - 1], verbs);
         w++)
        j--;
    if (j > 1 && (st->toks[j - 1].tag == KG_W_DET ||
                  st->toks[j - 1].tag == KG_W_POSS))
        j--;
    return j;
}

/* "Iraq said its troops repelled an overnight attack by three divisions
 * of Iranian Revolutionary Guards", "repelled an Iranian attack": is
 * rel a verb entry of beating off an act of force ("repel * attack",
 * "repulse * offensive", "beat back * assault")?  The act beaten off was
 * made, by its maker on the one who beat it off: the dev gold codes
 * that sentence both ways (noun27). */
static int ex_repel_entry(const kg_onto_relation *rel)
{
    return !rel->noun && rel->pattern && ex_force_act(rel) &&
           (!strncmp(rel->pattern, "repel * ", 8) ||
            !strncmp(rel->pattern, "repulse * ", 10) ||
            !strncmp(rel->pattern, "beat back * ", 12));
}

/* "repelled an overnight Iranian attack", "beat back the latest Iranian
 * assaults", "crushed a new Iranian offensive": is the noun of force at
 * token i, whose owner is mention sm right before it, the object of a
 * verb that beats an attack off (through an article or a possessive and
 * up to two plain words before the owner)?  That verb's token, or
 * (size_t)-1. */
static size_t ex_repelling_verb(ex_state *st, size_t i, const ex_mention *sm)
{
    /* (not foil or thwart: ex_foiled_act) */
    static const char *const repel[] = {
        "repel",   "repels",   "repelled", "repelling", "repulse",
        "repulses", "repulsed", "repulsing", "crush",    "crushes",
        "crushed", "crushing", NULL};
    /* (with "back" or "off" after them) */
    static const char *const beat[] = {
        "beat",  "beats", "beaten", "beating", "fight", "fights", "fought",
        "fighting", "fend", "fends", "fended", "fending", "ward", "wards",
        "warded", "warding", NULL};
    size_t j;
    if (sm->t1 != i || sm->t0 < 2 || sm->dropped)
        return (size_t)-1;
    j = ex_object_phrase_start(st, sm->t0, repel);
    if (j < 2 || st->toks[j - 1].quote)
        return (size_t)-1;
    if (ex_pronoun_is(&st->toks[j - 1], repel))
        return j - 1;
    if (j >= 3 &&
        (ex_tok_is(st, j - 1, "back") || ex_tok_is(st, j - 1, "off")) &&
        ex_pronoun_is(&st->toks[j - 2], beat))
        return j - 2;
    return (size_t)-1;
}

/* "Argentina's severe energy crisis forced President Kirchner to", "the
 * collapse of the Soviet Union forced Cuba to", "Washington's refusal to
 * join the ban had forced it to": a compelling verb (170) whose subject
 * only owns, or follows "of" after, the plain noun that did the forcing
 * (a crisis, a collapse, a refusal) names no coercer: the state's
 * situation or stance compelled, it coerced no one.  A coercive noun
 * keeps its owner ("Washington's pressure forced Tokyo to"). */
static int ex_situation_forced(const ex_state *st, size_t i,
                               const kg_onto_relation *rel,
                               const ex_mention *sm)
{
    static const char *const coercive[] = {
        "pressure", "pressures", "threat",   "threats",  "sanctions",
        "ultimatum", "demand",   "demands",  "blockade", "embargo",
        "attack",   "attacks",   "offensive", "troops",  "forces",
        "army",     "police",    NULL};
    size_t k, head;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "170") != 0 || !sm ||
        sm->t1 > i)
        return 0;
    if (ex_possessor(st, sm))
        head = ex_tok_is(st, sm->t1, "'s") ? sm->t1 + 1 : sm->t1 + 2;
    else if (sm->t1 == i ||
             (sm->t1 + 1 == i && st->toks[sm->t1].tag == KG_W_AUX)) {
        /* "the collapse of (the) Soviet Union forced" */
        k = sm->t0;
        if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
            k--;
        if (k < 2 || !ex_tok_is(st, k - 1, "of"))
            return 0;
        head = k - 2;
        return st->toks[head].kind == KG_TOK_WORD && !st->toks[head].mention &&
               !(st->toks[head].flags & KG_TOKF_CAP) &&
               !ex_pronoun_is(&st->toks[head], coercive);
    } else
        return 0;
    /* the owned noun and its words up to the verb: plain lower-case words,
     * no actor among them */
    for (k = sm->t1 + 1; k < i; k++)
        if (st->toks[k].kind != KG_TOK_WORD || st->toks[k].mention ||
            (st->toks[k].flags & KG_TOKF_CAP) ||
            (k >= head && ex_pronoun_is(&st->toks[k], coercive)))
            return 0;
    return head < i;
}

/* "Police foiled a militant attack on a church", "thwarted an al Qaeda
 * attack", "averted a war": is the noun at token i the object of foil,
 * thwart, avert or prevent (through an article or a possessive, its owner
 * and up to two plain words)?  An attack foiled was not done, and
 * foiling one is mostly police work, an arrest (coded at its own verb
 * when named), not force on the attacker as repelling an attack under way
 * is (190, ex_repelling_verb). */
static int ex_foiled_act(const ex_state *st, size_t i, const ex_mention *sm)
{
    static const char *const foil[] = {
        "foil",    "foils",     "foiled",    "foiling",    "thwart",
        "thwarts", "thwarted",  "thwarting", "avert",      "averts",
        "averted", "averting",  "prevent",   "prevents",   "prevented",
        "preventing", NULL};
    size_t j =
        ex_object_phrase_start(st, sm && sm->t1 == i ? sm->t0 : i, foil);
    return j >= 1 && !st->toks[j - 1].quote &&
           ex_pronoun_is(&st->toks[j - 1], foil);
}

/* "Egypt issued Israel a stern warning", "handed Moscow a protest note",
 * "gave Israel assurances", "had given the Japanese government a clear
 * warning of sanctions": is the act told at token i (an event noun, or a
 * verb's -ing form after an article) the second object of a verb of giving
 * whose first object, right after it, is an actor or an object pronoun?
 * That actor receives the act; the giver (the verb's subject) does it.
 * The recipient's first token, the verb's in *verb; or (size_t)-1. */
static size_t ex_gift_recipient(const ex_state *st, size_t i, int noun,
                                size_t *verb)
{
    /* (not offer or promise: an act offered is not yet done, "offered
     * Syria a deal"; their own rows read the offer, 030) */
    static const char *const give[] = {
        "give",     "gives",     "gave",       "given",   "giving",
        "hand",     "hands",     "handed",     "handing", "issue",
        "issues",   "issued",    "issuing",    "send",    "sends",
        "sent",     "sending",   "grant",      "grants",  "granted",
        "granting", "deliver",   "delivers",   "delivered",
        "delivering", "lend",    "lends",      "lent",    "lending",
        "pay",      "pays",      "paid",       "paying",  NULL};
    static const char *const objp[] = {"him", "her", "them", "us", NULL};
    /* (only an indefinite act: "gave the Conservatives the support of
     * 42 pct" names whose support a poll found) */
    static const char *const art[] = {"a", "an", NULL};
    const ex_mention *m;
    size_t j = i, w = 0, r;
    int bare = 0;
    if (!noun && !ex_ends_ing(st, i))
        return (size_t)-1; /* ("given these companies an advantage
                            * denied to SAS") */
    while (w < 3 && j > 0 && ex_plain_word(st, j - 1)) {
        j--; /* ("a stern final warning") */
        w++;
    }
    if (j > 0 && ex_pronoun_is(&st->toks[j - 1], art))
        j--;
    else if (!noun)
        return (size_t)-1; /* (a verb's form is a noun after an article) */
    else
        bare = 1;
    if (j < 2)
        return (size_t)-1;
    /* (with no article "her" owns the act: "gave her warning to Iran") */
    if (ex_pronoun_is(&st->toks[j - 1], objp) &&
        !(bare && ex_tok_is(st, j - 1, "her"))) {
        r = j - 1;
    } else if ((m = ex_mention_at(st, j - 1)) != NULL && m->t1 == j &&
               !m->ent.is_value && !m->dropped && m->ent.code &&
               *m->ent.code) { /* (not "gave Wall Street a relief rally") */
        r = m->t0;
        if (r > 0 && st->toks[r - 1].tag == KG_W_DET &&
            !ex_pronoun_is(&st->toks[r - 1], art))
            r--; /* ("the Japanese government"; "issuing a press
                  * release": a modifier) */
    } else {
        return (size_t)-1;
    }
    if (r == 0 || st->toks[r - 1].quote != st->toks[i].quote ||
        !ex_pronoun_is(&st->toks[r - 1], give))
        return (size_t)-1;
    *verb = r - 1;
    return st->toks[r].tag == KG_W_DET ? r + 1 : r;
}

/* "Sweden considered Turkey's requests", "would abide by the UN's
 * demands", "responding to Nakasone's request": does the word at token v
 * (a verb, or a preposition after one) answer what an actor asked of the
 * one who answers, so that the verb's subject is the party asked?  Not
 * "published China's demands", "in support of the union's demands", "to
 * discuss Sri Lanka's request" (to the IMF), "Nakasone's assurances" set
 * against reports: there the asker's party is not named.  (prec16: on
 * agnews_world, bbc_news and reuters21578 that reading took the verb's
 * subject for 8 wrong parties and 7 right ones.) */
static int ex_answering_verb(ex_state *st, size_t v)
{
    static const char *const answer[] = {
        "abide",   "respond", "reply",   "answer",  "heed",    "consider",
        "study",   "examine", "review",  "regard",  "view",    "receive",
        "weigh",   "meet",    "comply",  "satisfy", "accommodate",
        "grant",   "accept",  "ignore",  "resist",  "obey",    "honor",
        "honour",  "approve", "response", "rejection", NULL};
    if (v > 0 && st->toks[v].tag == KG_W_PREP)
        v--; /* ("abide by", "responding to", "a rejection of") */
    return st->toks[v].kind == KG_TOK_WORD && ex_lemma_among(st, v, answer);
}

/* "undermining enterprise and denying people choice", "to deny
 * long-suffering taxpayers the cuts": the bare verb "deny" (016) whose
 * object, right after it (past an article and one plain word), has a
 * second object after it (an article or a plain word: the thing
 * withheld) deprives that object; it denies no charge.  Not "denied
 * Iran's role" (a possessive) nor "denied Israel had" (a clause). */
static int ex_deprived_of(const ex_state *st, const kg_onto_relation *rel,
                          size_t t1, const ex_mention *om)
{
    static const char *const clause[] = {"that", "had", "has", "have",
                                         "was", "were", "is", "are",
                                         "would", "could", "of", NULL};
    size_t k = t1, words = 0;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "016") != 0 ||
        strcmp(rel->pattern, "deny") != 0)
        return 0;
    while (k < om->t0 && words < 2 &&
           (st->toks[k].tag == KG_W_DET ||
            (st->toks[k].kind == KG_TOK_WORD &&
             st->toks[k].tag == KG_W_NONE && !ex_mention_at(st, k)))) {
        k++;
        words++;
    }
    k = om->t1;
    return om->t0 == t1 + words && k < st->ntoks &&
           st->toks[k].kind == KG_TOK_WORD &&
           (st->toks[k].tag == KG_W_DET || st->toks[k].tag == KG_W_NONE) &&
           !ex_tok_is(st, k, "'s") && !ex_pronoun_is(&st->toks[k], clause) &&
           !ex_mention_at(st, k);
}

/* "the EC recognised Germany's fiscal policy was on the right track",
 * "recognises Iran's right to nuclear energy", "recognised Germany was
 * right": the bare verb "recognise" (054) whose object, right after it,
 * owns what is recognised (a possessive, then no noun of statehood) or
 * opens a clause (a finite verb after it) acknowledges a fact or a
 * claim; it grants the object no diplomatic recognition.  Kept:
 * "recognised Croatia", "recognised Kosovo's independence", "Taiwan's
 * government" (the statehood nouns; "recognise * government" and its
 * kin have rows of their own). */
static int ex_recognised_fact(const ex_state *st, const kg_onto_relation *rel,
                              size_t t1, const ex_mention *om)
{
    static const char *const clause[] = {"was", "were", "is", "are",
                                         "had", "has", "have", "would",
                                         "could", "will", "did", "should",
                                         NULL};
    static const char *const statehood[] = {
        "government", "governments", "independence", "sovereignty",
        "state",      "statehood",   "regime",       "authority",
        "authorities", "leadership", "existence",    "annexation",
        "borders",    "border",      "president",    "leader",
        "legitimacy", "republic",    "country",      "territory",
        NULL};
    size_t k, n;
    if (rel->noun || !rel->cameo || strcmp(rel->cameo, "054") != 0 ||
        (strcmp(rel->pattern, "recognise") != 0 &&
         strcmp(rel->pattern, "recognize") != 0) ||
        om->t0 != ex_after_dets(st, t1) || om->t1 >= st->ntoks)
        return 0;
    k = om->t1;
    if (ex_pronoun_is(&st->toks[k], clause))
        return 1;
    if (!ex_tok_possessive(st, k))
        return 0;
    /* (the owned phrase, to a punctuation mark, a preposition or a
     * clause's verb: "Germany's fiscal policy was") */
    for (n = 0, k++; k < st->ntoks && n < 4; k++, n++) {
        if (st->toks[k].kind != KG_TOK_WORD ||
            st->toks[k].tag == KG_W_PREP ||
            ex_pronoun_is(&st->toks[k], clause))
            break;
        if (ex_pronoun_is(&st->toks[k], statehood))
            return 0;
    }
    return n > 0;
}

/* Is the verb that ends right before token v more than hypothetical?
 * "Sweden abided by Turkey's request" is the event, and the request its
 * object; in "Sweden would abide by Turkey's request" the request, made,
 * stays the event.  A refusal negated is one still ("Moscow will not
 * meet Minsk's request": 12x, the request its object).  (The cues of the
 * trigger being read are kept.) */
static int ex_verb_done(ex_state *st, size_t v)
{
    int intent = st->intent_word, denied = st->denied,
        purpose = st->means_purpose, negated;
    const char *modality;
    ex_cues(st, 0, v, &negated, &modality);
    st->intent_word = intent;
    st->denied = denied;
    st->means_purpose = purpose;
    return strcmp(modality, "hypothetical") != 0 &&
           strcmp(modality, "conditional") != 0;
}

/* "opened talks today with", "resumed formal talks": is the noun at
 * token i a verb's bare object (up to two lower-case words between, no
 * article)?  The verb's entry or the noun's own reading takes its party
 * then ("open * negotiation"; ex_objects past the date). */
static int ex_bare_verb_object(const ex_state *st, size_t i)
{
    size_t j = i, words = 0;
    while (j > 0 && words < 2 && ex_plain_word(st, j - 1) &&
           !st->toks[j - 1].trigger && !ex_participle_form(st, j - 1)) {
        j--;
        words++;
    }
    return j > 0 && st->toks[j - 1].kind == KG_TOK_WORD &&
           st->toks[j - 1].tag == KG_W_NONE && ex_participle_form(st, j - 1);
}

/* "Venezuela, Chile and the Philippines have struck agreement with
 * commercial banks stretching out debt repayments": a partner named
 * after "with" right after the trigger ending at t1 (up to two words of
 * its own before it) is the one they deal with, even when no object was
 * kept; the coordinated subjects then do not act on each other.  Is
 * there such a partner? */
static int ex_partner_after_with(const ex_state *st, size_t t1)
{
    size_t j, k;
    for (j = t1 > 0 ? t1 - 1 : 0; j <= t1 && j < st->ntoks; j++) {
        if (!ex_tok_is(st, j, "with"))
            continue;
        for (k = j + 1; k < st->ntoks && k <= j + 3; k++) {
            if (st->toks[k].covered)
                return 1;
            if (st->toks[k].tag != KG_W_DET && !ex_plain_word(st, k))
                break;
        }
    }
    return 0;
}

/* "Two Hong Kong trading firms signed an agreement to borrow 20 million
 * dollars from a group of Japanese banks": the act's infinitive right
 * after it (t1, "to" and a verb of taking: borrow, buy, purchase,
 * acquire, obtain, import, receive) names with "from" the party it is
 * taken from, the deal's other side; the coordinated subjects, who take
 * together, then do not deal with each other, as when a partner follows
 * "with" (ex_partner_after_with).  Is there such a party: a "from"
 * within ten words of the verb, no punctuation between, with a name, an
 * article or a plain word after it? */
static int ex_partner_after_taking(const ex_state *st, size_t t1)
{
    static const char *const taking[] = {
        "borrow", "buy", "purchase", "acquire", "obtain", "import",
        "receive", NULL};
    size_t k;
    if (t1 + 2 >= st->ntoks || !ex_tok_is(st, t1, "to") ||
        !ex_pronoun_is(&st->toks[t1 + 1], taking))
        return 0;
    for (k = t1 + 2; k + 1 < st->ntoks && k <= t1 + 12; k++) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            return 0;
        if (ex_tok_is(st, k, "from"))
            return st->toks[k + 1].covered ||
                   st->toks[k + 1].tag == KG_W_DET ||
                   ex_plain_word(st, k + 1);
    }
    return 0;
}

/* Plural nouns that name the members a body sends to its meetings. */
static const char *const ex_member_nouns[] = {
    "ministers", "leaders", "members", "countries", "states", "nations",
    "governors", "delegates", "representatives", "delegations", "envoys",
    "heads", "ambassadors", "experts", NULL};

/* Words between the members and their meeting's verb that keep it
 * theirs: "are due to meet", "are expected to meet", "are next meeting",
 * "will meet again". */
static const char *const ex_meeting_lead_ins[] = {
    "due", "expected", "scheduled", "set", "likely", "next", "again",
    "also", "formally", "informally", NULL};

/* "Finance ministers of the European Community will meet", "Members of
 * the Security Council met behind closed doors": the members' plural
 * noun before "of" and the body (an article between) name the same
 * members as "EC finance ministers" does.  Does the members' noun (of no
 * mention) and "of" stand right before mention sm? */
static int ex_members_of_body(const ex_state *st, const ex_mention *sm)
{
    size_t b = sm->t0;
    if (b > 0 && st->toks[b - 1].tag == KG_W_DET)
        b--;
    return b >= 2 && ex_tok_is(st, b - 1, "of") &&
           ex_pronoun_is(&st->toks[b - 2], ex_member_nouns) &&
           !ex_mention_at(st, b - 2);
}

/* "European Union finance ministers are meeting on Thursday in
 * Brussels", "EC farm ministers will meet next week", "The G8 countries
 * will meet at Gleneagles": the members of one international body
 * meeting, with no one else named as the other side, are one event with
 * the body's code on both sides (the realnews README's "one code on both
 * sides": "A meeting of the members of one body ... is one event with the
 * body's code on both sides"; the dev gold codes 6 such sentences, kg
 * none).  Is the consultation's trigger [i, t1), with subject mention sm
 * and no object, such a meeting: sm an international body (IGO) whose
 * plural members' noun ends it or follows it (up to three plain words
 * between: "finance", "oil") or stands before it with "of"
 * (ex_members_of_body), and nothing but an auxiliary, a modal, "to"
 * or a word of schedule (ex_meeting_lead_ins: "due", "expected", "next")
 * between that noun and the trigger, and no partner after "with"? */
static int ex_members_meet(const ex_state *st, const ex_mention *sm,
                           const kg_onto_relation *rel, size_t i, size_t t1)
{
    size_t k, words = 0;
    int of_form;
    if (!sm || !rel->cameo || !rel->type || !sm->ent.code ||
        strncmp(sm->ent.code, "IGO", 3) != 0 || sm->t1 > i ||
        !(strcmp(rel->type, "meet") == 0 || strcmp(rel->type, "talk") == 0 ||
          strcmp(rel->type, "negotiate") == 0) ||
        !(strncmp(rel->cameo, "04", 2) == 0 ||
          strcmp(rel->cameo, "036") == 0) ||
        strncmp(rel->cameo, "042", 3) == 0 ||
        strncmp(rel->cameo, "043", 3) == 0 ||
        strncmp(rel->cameo, "045", 3) == 0)
        return 0;
    k = sm->t1;
    of_form = ex_members_of_body(st, sm);
    if (of_form) {
        /* ("of the Group of Seven leading industrial nations will meet",
         * "of the Gulf Cooperation Council (GCC) states": the body's own
         * describing words, its short name in brackets) */
        if (k + 2 < i && ex_tok_punct(st, k, '(') &&
            ex_tok_punct(st, k + 2, ')'))
            k += 3;
        while (k < i && words < 3 && ex_plain_word(st, k)) {
            k++;
            words++;
        }
    } else if (!ex_pronoun_is(&st->toks[k - 1], ex_member_nouns)) {
        while (k < i && words < 3 && ex_plain_word(st, k) &&
               !ex_pronoun_is(&st->toks[k], ex_member_nouns)) {
            k++;
            words++;
        }
        if (k >= i || !ex_pronoun_is(&st->toks[k], ex_member_nouns) ||
            ex_mention_at(st, k))
            return 0;
        k++;
    }
    /* "the G-7 finance ministers meeting is set to review", "ahead of an
     * OPEC members meeting": an article before the body and "meeting"
     * right after its members make one noun, a meeting named, not one
     * told as held (none of them is coded in the dev gold) */
    if (!of_form && k == i && sm->t0 > 0 &&
        st->toks[sm->t0 - 1].tag == KG_W_DET &&
        !ex_tok_is(st, sm->t0 - 1, "both") && ex_tok_is(st, i, "meeting"))
        return 0;
    for (; k < i; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD ||
            !(t->tag == KG_W_AUX || t->tag == KG_W_MODAL ||
              t->tag == KG_W_FUTURE || ex_tok_is(st, k, "to") ||
              ex_pronoun_is(t, ex_meeting_lead_ins)))
            return 0;
    }
    for (k = t1 > 0 ? t1 - 1 : 0; k < st->ntoks && k < t1 + 8; k++) {
        if (st->toks[k].kind == KG_TOK_PUNCT)
            break;
        if (ex_tok_is(st, k, "with"))
            return 0;
    }
    return 1;
}

/* The international body whose members the words from token k name:
 * "finance ministers of the 12 eurozone countries", "EC farm ministers"
 * (an article and up to three plain words before the members' noun, an
 * article and a count between "of" and the body; ex_members_meet's
 * nouns, its body's plain words after it), or NULL. */
static const ex_mention *ex_members_from(const ex_state *st, size_t k)
{
    const ex_mention *m;
    size_t words = 0;
    if (k < st->ntoks && st->toks[k].tag == KG_W_DET)
        k++;
    m = ex_actor_at(st, k);
    if (m) {
        if (m->t0 != k || m->dropped || !m->ent.code ||
            strncmp(m->ent.code, "IGO", 3) != 0)
            return NULL;
        if (ex_pronoun_is(&st->toks[m->t1 - 1], ex_member_nouns))
            return m;
        for (k = m->t1; k < st->ntoks && words < 3 && ex_plain_word(st, k) &&
                        !ex_pronoun_is(&st->toks[k], ex_member_nouns);
             k++)
            words++;
        return k < st->ntoks && ex_pronoun_is(&st->toks[k], ex_member_nouns) &&
                       !ex_mention_at(st, k)
                   ? m
                   : NULL;
    }
    while (k < st->ntoks && words < 3 && ex_plain_word(st, k) &&
           !ex_pronoun_is(&st->toks[k], ex_member_nouns)) {
        k++;
        words++;
    }
    if (k + 2 >= st->ntoks ||
        !ex_pronoun_is(&st->toks[k], ex_member_nouns) ||
        ex_mention_at(st, k) || !ex_tok_is(st, k + 1, "of"))
        return NULL;
    k += 2;
    if (st->toks[k].tag == KG_W_DET)
        k++;
    if (k < st->ntoks && st->toks[k].kind == KG_TOK_NUMBER)
        k++;
    m = ex_actor_at(st, k);
    return m && m->t0 == k && !m->dropped && m->ent.code &&
                   !strncmp(m->ent.code, "IGO", 3)
               ? m
               : NULL;
}

/* "Meeting in Brussels, finance ministers of the 12 eurozone countries
 * voiced their concern", "Meeting in Moscow, Italian Prime Minister
 * Silvio Berlusconi and Russian President Vladimir Putin said they
 * welcome": a sentence that opens with "Meeting" and a phrase of place
 * ("in", "at", "here") up to its comma tells a meeting held by the main
 * clause's subject.  Coordinated actors there meet each other, both ways
 * as "X and Y met" is; the members of one international body
 * (ex_members_from) meet as one event with the body on both sides (the
 * realnews README's "one code on both sides"; the dev gold codes
 * business/089-192 so).  One actor alone names no second party
 * ("Meeting in closed session, the House Ways and Means Committee
 * agreed": a body's own session, as "the cabinet met" is left). */
static int ex_fronted_meetings(ex_state *st, const kg_sentence *s,
                               size_t idx, ex_emitted *seen, size_t *nseen,
                               kg_relation_cb cb, void *payload)
{
    const kg_onto_relation *rel;
    const ex_mention *xm;
    const kg_entity *xs[EX_MAX_OBJECTS];
    size_t i = 0, c, ntok, nx, a, b;
    int err;
    /* (or after a dateline's dash: "BRUSSELS - Meeting in") */
    for (c = 1; c < st->ntoks && c < 8; c++)
        if (ex_tok_punct(st, c - 1, '-') || ex_dash_tok(st, c - 1)) {
            i = c;
            break;
        }
    if (i + 4 >= st->ntoks || !ex_tok_is(st, i, "meeting") ||
        !(st->toks[i].flags & KG_TOKF_CAP) ||
        !(ex_tok_is(st, i + 1, "in") || ex_tok_is(st, i + 1, "at") ||
          ex_tok_is(st, i + 1, "here")))
        return KG_OK;
    for (c = i + 2; c < st->ntoks && c < i + 12; c++) {
        if (ex_tok_punct(st, c, ','))
            break;
        if (st->toks[c].kind == KG_TOK_PUNCT)
            return KG_OK;
    }
    if (c + 1 >= st->ntoks || c >= i + 12 ||
        !kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                 &rel, &ntok) ||
        !rel->type || strcmp(rel->type, "meet") != 0 || !rel->cameo ||
        strncmp(rel->cameo, "04", 2) != 0)
        return KG_OK;
    xm = ex_actor_from(st, c + 1);
    if (xm && xm->t0 <= c + 2 && !xm->dropped && !xm->ent.is_value &&
        xm->ent.code && *xm->ent.code) {
        const ex_mention *lm = xm, *nm;
        /* (the actors joined by "and" after the comma: "X and Y"; not
         * the place before it) */
        xs[0] = &xm->ent;
        nx = 1;
        while (nx < EX_MAX_OBJECTS && lm->t1 + 1 < st->ntoks &&
               ex_tok_is(st, lm->t1, "and") &&
               (nm = ex_actor_from(st, lm->t1 + 1)) != NULL &&
               nm->t0 <= lm->t1 + 2 && !nm->dropped && !nm->ent.is_value &&
               nm->ent.code && *nm->ent.code) {
            lm = nm;
            xs[nx++] = &lm->ent;
        }
        if (nx >= 2) {
            for (a = 0; a < nx; a++)
                for (b = 0; b < nx; b++)
                    if (a != b && !ex_same_id(xs[a], xs[b]) &&
                        (err = ex_emit(st, s, idx, xs[a], xs[b], rel, i,
                                       i + ntok, 0, "asserted", NULL, 0.6,
                                       seen, nseen, cb, payload)) != 0)
                        return err;
            return KG_OK;
        }
    }
    if ((xm = ex_members_from(st, c + 1)) == NULL)
        return KG_OK;
    st->members_meet = 1;
    err = ex_emit(st, s, idx, &xm->ent, &xm->ent, rel, i, i + ntok, 0,
                  "asserted", NULL, 0.6, seen, nseen, cb, payload);
    st->members_meet = 0;
    return err;
}

/* Does word token k end in suffix (lower case), with at least three
 * letters before it ("ended", "chairing"; not "red", "king")? */
static int ex_word_ends(const ex_state *st, size_t k, const char *suffix)
{
    const ex_tok *t = &st->toks[k];
    size_t n = strlen(suffix);
    return t->kind == KG_TOK_WORD && t->end - t->start >= n + 3 &&
           !memcmp(st->doc->text + t->end - n, suffix, n);
}

/* Words that put a meeting told after "after" or "following" ahead of
 * the sentence's time, or make it a plan: "until soon after the OPEC
 * meeting", "following an OPEC meeting scheduled for late June". */
static const char *const ex_meeting_ahead[] = {
    "until", "before", "scheduled", "due", "expected", "expect", "expects",
    "next", "tomorrow", "planned", "upcoming", "coming", "later", NULL};

/* Past verbs a meeting told by a noun may be the subject of ("A key U.N.
 * atomic agency meeting adjourned", "The ICO board meeting ended"). */
static const char *const ex_meeting_past[] = {
    "adjourned", "ended", "closed", "concluded", "opened", "began",
    "agreed",    "decided", "approved", "adopted", "brought", "broke",
    "failed",    "examined", "endorsed", "reviewed", "resumed", NULL};

/* Past verbs by which the members hold their meeting ("ASEAN finance
 * ministers ended a meeting"). */
static const char *const ex_meeting_held[] = {
    "held", "ended", "opened", "concluded", "began", "closed", "resumed",
    NULL};

/* The international body whose meeting noun stands at token i ("an
 * informal European Community finance ministers' meeting", "A key U.N.
 * atomic agency meeting", "a meeting of NATO ambassadors", "a two day
 * meeting of the Inter Governmental Group on Indonesia"), or NULL; *np0
 * gets the first token of the noun phrase (its article) and *np1 the
 * token after it. */
static const ex_mention *ex_meeting_body(const ex_state *st, size_t i,
                                         size_t *np0, size_t *np1)
{
    const ex_mention *m = NULL, *b;
    size_t k, n;
    /* (back over the phrase's lead-in, plain words, members' nouns, a
     * possessive and the body's mention, up to eight tokens: "an
     * informal European Community finance ministers' meeting") */
    for (k = i, n = 0; k > 0 && n < 8; n++) {
        b = ex_mention_at(st, k - 1);
        if (b) {
            if (m || b->dropped || b->ent.is_value || !b->ent.code ||
                strncmp(b->ent.code, "IGO", 3) != 0)
                break;
            m = b;
            k = b->t0;
            continue;
        }
        /* (no verb's form: "ministers ended a meeting") */
        if (ex_word_ends(st, k - 1, "ed") || ex_word_ends(st, k - 1, "ing"))
            break;
        if (!(ex_phrase_filler(st, k - 1) || ex_tok_possessive(st, k - 1) ||
              ex_tok_punct(st, k - 1, '\'') ||
              st->toks[k - 1].kind == KG_TOK_NUMBER ||
              ex_pronoun_is(&st->toks[k - 1], ex_member_nouns)))
            break;
        k--;
    }
    *np0 = k;
    *np1 = i + 1;
    if (i + 2 < st->ntoks && ex_tok_is(st, i + 1, "of")) {
        const ex_mention *o = ex_members_from(st, i + 2);
        if (!o) {
            /* ("of the so-called Group of Seven": up to two plain words
             * after the article) */
            k = ex_after_dets(st, i + 2);
            for (n = 0; n < 3 && k < st->ntoks &&
                        (ex_plain_word(st, k) || ex_tok_punct(st, k, '-'));
                 n++)
                k++;
            o = ex_actor_at(st, k);
            if (o && (!o->ent.code || strncmp(o->ent.code, "IGO", 3) != 0))
                o = NULL;
        }
        if (o) {
            m = o;
            k = o->t1;
            /* (its short name in brackets, its members' words) */
            if (k + 2 < st->ntoks && ex_tok_punct(st, k, '(') &&
                ex_tok_punct(st, k + 2, ')'))
                k += 3;
            for (n = 0; k < st->ntoks && n < 4 &&
                        !ex_pronoun_is(&st->toks[k], ex_meeting_past) &&
                        !ex_word_ends(st, k, "ed") &&
                        (ex_plain_word(st, k) ||
                         ex_pronoun_is(&st->toks[k], ex_member_nouns));
                 n++)
                k++;
            *np1 = k;
        }
    }
    return m;
}

/* "After an emergency meeting of NATO ambassadors, a statement was
 * issued", "A key U.N. atomic agency meeting adjourned for the weekend",
 * "ASEAN finance ministers ended a meeting": an international body's
 * own meeting told by a noun and reported as held is one event with the
 * body's code on both sides, 040 (the realnews README's "one code on
 * both sides", the lead's decision of the thirty-second session: behind
 * "after" or "following", the subject of its own past verb, or held or
 * ended by the members).  A meeting named only as the place or occasion
 * of one actor's words or act ("told the annual meeting of the Asian
 * Development Bank", "at a summit in Astana") is none of these forms
 * and stays uncoded, as do a domestic body's or a firm's meeting (no
 * international body).  After "after" or "following" the sentence must
 * tell a past act before it (a speech verb, a past form) and no plan or
 * time ahead (ex_meeting_ahead). */
static int ex_noun_meetings(ex_state *st, const kg_sentence *s, size_t idx,
                            ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                            void *payload)
{
    const kg_onto_relation *rel;
    const ex_mention *m;
    size_t i, k, np0, np1, ntok;
    int err, held;
    for (i = 1; i < st->ntoks; i++) {
        if (!(ex_tok_is(st, i, "meeting") || ex_tok_is(st, i, "summit")))
            continue;
        m = ex_meeting_body(st, i, &np0, &np1);
        held = 0;
        if (m && np0 > 0 && (ex_tok_is(st, np0 - 1, "after") ||
                        ex_tok_is(st, np0 - 1, "following"))) {
            int past = 0, ahead = 0;
            for (k = 0; k < st->ntoks; k++) {
                const ex_tok *t = &st->toks[k];
                if (t->tag == KG_W_FUTURE || t->tag == KG_W_MODAL ||
                    t->tag == KG_W_COND ||
                    (k + 3 >= np0 && k < np1 + 4 &&
                     ex_pronoun_is(t, ex_meeting_ahead)))
                    ahead = 1;
                if ((k + 1 < np0 || k >= np1) && t->kind == KG_TOK_WORD &&
                    (t->tag == KG_W_SPEECH || ex_tok_is(st, k, "was") ||
                     ex_tok_is(st, k, "were") ||
                     ex_word_ends(st, k, "ed")))
                    past = 1;
            }
            held = past && !ahead;
        } else if (m && np1 < st->ntoks &&
                   ex_pronoun_is(&st->toks[np1], ex_meeting_past) &&
                   (np0 == 0 || ex_dash_tok(st, np0 - 1) ||
                    ex_tok_punct(st, np0 - 1, '-') ||
                    ex_tok_punct(st, np0 - 1, ':'))) {
            held = 1;
        } else if (np0 >= 2 && ex_pronoun_is(&st->toks[np0 - 1],
                                             ex_meeting_held) &&
                   ex_pronoun_is(&st->toks[np0 - 2], ex_member_nouns)) {
            /* (the members right before the verb: "ASEAN finance
             * ministers ended a meeting") */
            const ex_mention *mm = NULL;
            for (k = np0 - 2; k-- > 0 && np0 - 2 - k <= 5;)
                if ((mm = ex_members_from(st, k)) != NULL)
                    break;
            if (mm) {
                m = mm;
                held = 1;
            }
        }
        if (!held || !m ||
            !kg_onto__match_relation(st->onto, st->ntoks, i, 0, ex_lemma, st,
                                     &rel, &ntok) ||
            !rel->type || strcmp(rel->type, "meet") != 0 || !rel->cameo ||
            strncmp(rel->cameo, "04", 2) != 0)
            continue;
        st->members_meet = 1;
        err = ex_emit(st, s, idx, &m->ent, &m->ent, rel, i, i + ntok, 0,
                      "asserted", NULL, 0.6, seen, nseen, cb, payload);
        st->members_meet = 0;
        if (err)
            return err;
    }
    return KG_OK;
}

/* Are two parties of one side: one actor code, or two government codes
 * of one country ("USAGOV", "USAGOVBUS": a minister and the central
 * bank's head on one delegation)? */
static int ex_one_side(const kg_entity *a, const kg_entity *b)
{
    if (!a->code || !b->code || !*a->code || !*b->code)
        return 0;
    if (!strcmp(a->code, b->code))
        return 1;
    return strlen(a->code) >= 6 && strlen(b->code) >= 6 &&
           !strncmp(a->code, b->code, 3) && !strncmp(a->code + 3, "GOV", 3) &&
           !strncmp(b->code + 3, "GOV", 3);
}

/* "The trade secretary and the farm secretary will visit Ottawa for
 * talks on lumber", "Two of his ministers will discuss the loan during
 * a trip to Tokyo": coordinated subjects of one side (ex_one_side) who
 * travel together are one delegation, no dyad: the talks are with the
 * hosts, not of each with the other (talks26).  Is a trip's word within
 * the clause around the consultation's trigger [i, t1) (up to eight
 * words each way, not past a comma, a semicolon or a colon), with all
 * nsubj subjects of one side? */
static int ex_fellow_travellers(const ex_state *st,
                                const kg_entity *const *subjs, size_t nsubj,
                                size_t i, size_t t1)
{
    static const char *const trips[] = {
        "visit",  "visits",    "visiting", "trip",     "trips",
        "tour",   "travel",    "travels",  "travelled", "traveled",
        "travelling", "traveling", "fly", "flies", "flew", "flying",
        "journey", NULL};
    size_t a, k, n;
    for (a = 1; a < nsubj; a++)
        if (!ex_one_side(subjs[0], subjs[a]))
            return 0;
    for (k = i, n = 0; k > 0 && n < 8; k--, n++) {
        if (ex_tok_punct(st, k - 1, ',') || ex_tok_punct(st, k - 1, ';') ||
            ex_tok_punct(st, k - 1, ':'))
            break;
        if (ex_pronoun_is(&st->toks[k - 1], trips))
            return 1;
    }
    for (k = t1, n = 0; k < st->ntoks && n < 8; k++, n++) {
        if (ex_tok_punct(st, k, ',') || ex_tok_punct(st, k, ';') ||
            ex_tok_punct(st, k, ':') || ex_tok_punct(st, k, '.'))
            break;
        if (ex_pronoun_is(&st->toks[k], trips))
            return 1;
    }
    return 0;
}

/* "Commerce Secretary Baldrige and Defense Secretary Weinberger had
 * joined forces to fight the planned sale", "the TGWU and Amicus worked
 * closely together to hammer out a deal with Labour's leadership": two
 * parties of one side (ex_one_side) who join in material cooperation
 * (an 06 entry with no object: join forces, team up, work together) for
 * an infinitive of purpose act together toward a third, one side, no
 * dyad (fellow travellers, talks26).  Is rel such an entry, ending at
 * t1, with all nsubj subjects of one side and "to" and a plain
 * lower-case verb within eight words after it (no punctuation between)? */
static int ex_one_side_joint_work(const ex_state *st,
                                  const kg_onto_relation *rel,
                                  const kg_entity *const *subjs, size_t nsubj,
                                  size_t t1)
{
    size_t a, k, n;
    if (!rel->cameo || strncmp(rel->cameo, "06", 2) != 0)
        return 0;
    for (a = 1; a < nsubj; a++)
        if (!ex_one_side(subjs[0], subjs[a]))
            return 0;
    for (k = t1, n = 0; k + 1 < st->ntoks && n < 8; k++, n++) {
        if (st->toks[k].kind == KG_TOK_PUNCT || ex_tok_is(st, k, "with"))
            return 0;
        if (ex_tok_is(st, k, "to") && st->toks[k + 1].kind == KG_TOK_WORD &&
            st->toks[k + 1].tag == KG_W_NONE &&
            !(st->toks[k + 1].flags & KG_TOKF_CAP) && !ex_mention_at(st, k + 1))
            return 1;
    }
    return 0;
}

/* The lemmas from token at on with a "that" read in after it (the view
 * of ex_match_bare_that). */

static const char *ex_that_lemma(size_t i, size_t j, void *payload)
{
    const ex_at_view *v = payload;
    if (i == v->at + 1)
        return j == 0 ? "that" : NULL;
    return ex_lemma(i > v->at + 1 ? i - 1 : i, j, v->st);
}

/* "Ramos said he was confident the accord would hold", "is optimistic
 * growth will pick up": a stance adjective whose entry ends in "that"
 * ("confident that", 013; "pessimistic that", 012), after a form of "be"
 * (an adverb between: "was quite confident"), with the "that" left out
 * before its clause (an article, a possessive, a name or a personal
 * pronoun opens it).  The entry, *ntok the adjective's one token; NULL
 * when it does not read so. */
static const kg_onto_relation *ex_match_bare_that(ex_state *st, size_t i,
                                                  size_t *ntok)
{
    static const char *const be[] = {"is", "are", "was", "were", "be",
                                     "been", "am", "remain", "remains",
                                     "remained", NULL};
    const kg_onto_relation *rel;
    ex_at_view v;
    size_t n;
    if (i < 1 || i + 2 >= st->ntoks)
        return NULL;
    if (!ex_pronoun_is(&st->toks[i - 1], be) &&
        !(i >= 2 && ex_is_adverb(st, i - 1) &&
          ex_pronoun_is(&st->toks[i - 2], be)))
        return NULL;
    if (!(st->toks[i + 1].tag == KG_W_DET || st->toks[i + 1].tag == KG_W_PRON ||
          ex_actor_at(st, i + 1)))
        return NULL;
    v.st = st;
    v.at = i;
    if (!kg_onto__match_relation(st->onto, st->ntoks + 1, i, 0, ex_that_lemma,
                                 &v, &rel, &n) ||
        n != 2 || rel->noun || !rel->cameo || !*rel->cameo ||
        strncmp(rel->cameo, "01", 2) != 0)
        return NULL;
    *ntok = 1;
    return rel;
}

/* "met Putin and expressed concern over the reforms", "visited Tokyo
 * and signed an accord": an entry matched at token i over ntok tokens
 * whose '*' took an "and" or "but" and, right after it, an inflected
 * verb that opens an entry of its own ("meet * concern" read as "met ...
 * expressed concern") ran into a second verb's clause.  The token of
 * that "and", or 0. */
static size_t ex_star_past_and(ex_state *st, size_t i, size_t ntok)
{
    size_t p;
    for (p = i + 1; p + 2 < i + ntok; p++)
        if ((ex_tok_is(st, p, "and") || ex_tok_is(st, p, "but")) &&
            (ex_ends_ed(st, p + 1) || ex_ends_ing(st, p + 1)) &&
            !ex_mention_at(st, p + 1) &&
            kg_onto__starts_relation(st->onto, p + 1, ex_lemma, st))
            return p;
    return 0;
}

/* "Argentina's debt negotiating team holding talks with the banks", "at
 * the negotiating table": an -ing word at token i between an article, a
 * possessive, or a plain word before a noun whose own participle follows,
 * and a plain noun describes that noun; it is no verb whose
 * entry's '*' takes the noun and what follows ("negotiate * with" over
 * "team holding talks with"). */
static int ex_attributive_ing(const ex_state *st, size_t i)
{
    const ex_tok *b;
    if (i == 0 || i + 2 >= st->ntoks || !ex_is_ing(st, i) ||
        !ex_plain_word(st, i + 1) || st->toks[i + 1].trigger ||
        ex_is_ing(st, i + 1))
        return 0;
    b = &st->toks[i - 1];
    if (b->tag == KG_W_DET || b->tag == KG_W_POSS || ex_tok_is(st, i - 1, "'s"))
        return 1;
    /* (after a plain word only when the noun's own participle follows:
     * "a group holding three U.N. workers", "begin handing weapons over"
     * are verbs) */
    return ex_plain_word(st, i - 1) && !ex_is_ly_adverb(st, i - 1) &&
           !ex_ends_ed(st, i - 1) && ex_is_ing(st, i + 2);
}

/* "called for Turkey to boost aid to Syria": an appeal's or demand's
 * entry (02, 10) matched at token i over ntok tokens whose '*' took an
 * actor ("call for * aid") with "to" and a bare verb right after it read
 * the one asked as part of what is asked for, and the party of the aid
 * as the one appealed to.  The actor is the one asked, as after "called
 * on" (prec26).  The actor's first token, or 0. */
static size_t ex_star_past_asked(ex_state *st, const kg_onto_relation *rel,
                                 size_t i, size_t ntok)
{
    size_t p, v;
    const ex_mention *m;
    if (rel->noun || !rel->cameo ||
        (strncmp(rel->cameo, "02", 2) != 0 && strncmp(rel->cameo, "10", 2) != 0))
        return 0;
    for (p = i + 1; p + 2 < i + ntok; p++) {
        if (!(m = ex_actor_at(st, p)) || !m->ent.code || !*m->ent.code)
            continue;
        v = m->t1 + 1;
        if (v < i + ntok && ex_tok_is(st, m->t1, "to") &&
            st->toks[v].kind == KG_TOK_WORD && st->toks[v].tag == KG_W_NONE &&
            !(st->toks[v].flags & KG_TOKF_CAP) && !ex_mention_at(st, v))
            return p;
    }
    return 0;
}

/* "Britain and France both condemned", "the United States, NATO and the
 * United Nations all called on", "they each accused": a quantifier
 * floated after the subject (an actor's mention or a plural pronoun)
 * right before the verb at token i, which stays a verb (where "the
 * banned group", "all detained prisoners" are adjectives). */
static int ex_floating_quantifier(const ex_state *st, size_t i)
{
    static const char *const floated[] = {"both", "all", "each", NULL};
    static const char *const plural[] = {"they", "we", NULL};
    if (i < 2 || !ex_pronoun_is(&st->toks[i - 1], floated))
        return 0;
    /* ("The U.S. and Brazil have each laid the blame on", "they had
     * both rejected": the quantifier after the auxiliary) */
    if (i >= 3 && st->toks[i - 2].tag == KG_W_AUX)
        i--;
    if (ex_pronoun_is(&st->toks[i - 2], plural))
        return 1;
    return ex_actor_before(st, i - 1) != NULL;
}

/* "Labour posters attacking the Tory leader - recently withdrawn from the
 * party's website - were a sign of panic": a past participle of its own
 * form (-en, -wn, -rn: no past tense, "withdrew") right after a dash (an
 * -ly adverb may stand between) and before a preposition opens an aside
 * about the noun before the dash, a reduced passive whose doer is
 * unnamed; the actor before the dash did not act.  (An -ed form may be a
 * past tense: "the envoy - recently arrived in Kabul -" did arrive.) */
static int ex_dash_participle(const ex_state *st, size_t i)
{
    static const char *const ends[] = {"en", "wn", "rn", NULL};
    size_t d = i - 1, e;
    size_t n = strlen(st->toks[i].lower);
    if (i < 2 || i + 1 >= st->ntoks || n < 4 ||
        st->toks[i + 1].tag != KG_W_PREP)
        return 0;
    for (e = 0; ends[e] && strcmp(st->toks[i].lower + n - 2, ends[e]); e++)
        ;
    if (!ends[e])
        return 0;
    n = strlen(st->toks[d].lower);
    if (st->toks[d].kind == KG_TOK_WORD && n > 4 &&
        !strcmp(st->toks[d].lower + n - 2, "ly"))
        d--;
    return ex_tok_punct(st, d, '-');
}

/* "U.S.-Canada free trade talks": the meeting noun at token i is the
 * head of the two-country compound ending with mention b, only plain
 * words between ("a U.S.-Japanese intervention and talk of a meeting",
 * "the Franco-German plan, and talks" name something else first).
 * (fix22b) */
static int ex_pair_heads(const ex_state *st, const ex_mention *b, size_t i)
{
    static const char *const stop[] = {"and", "or", "of", "a", "an",
                                       "the", "to", "with", NULL};
    /* ("told a U.S.-USSR business meeting": the compound's parties are
     * the two countries' business people, no meeting of the states; a
     * meeting of firms naming no deal is no event, as the firms' talks
     * are not: xtra31) */
    static const char *const trade[] = {"business", "businessmen",
                                        "industry", NULL};
    size_t k;
    for (k = b->t1; k < i && k < st->ntoks; k++)
        if (st->toks[k].kind != KG_TOK_WORD ||
            ex_pronoun_is(&st->toks[k], stop) ||
            ex_pronoun_is(&st->toks[k], trade))
            return 0;
    return 1;
}

/* "Rostenkowski said he would not back the tax increase if it did not
 * have President Reagan's support.  He told a luncheon ...": a subject
 * named as an owner ("Reagan's" support, a noun's act) after this
 * sentence already made someone salient (its speaker, a clause's
 * subject) is said of in passing: the next "He" is still the speaker.
 * Nonzero for such a subject mention sm (NULL: none). */
static int ex_owner_aside(const ex_state *st, const ex_mention *sm)
{
    return sm && st->salient_here && sm->t1 < st->ntoks &&
           (ex_tok_is(st, sm->t1, "'s") || ex_tok_is(st, sm->t1, "'"));
}

/* "Canada said its firms must take care in the U.S. market, and both
 * countries were considering a joint commission", "after a thaw between
 * Egypt and Israel, the two sides agreed to resume talks": "both" or "the
 * two" and a plural noun of states or parties as the subject of the verb
 * at token i (auxiliaries, modals and one adverb between) stand for the
 * two states this sentence named before them: exactly two countries among
 * its actors there (a demonym's group names its country: "Canadian
 * companies").  The states, their codes as countries, in a and b; zero
 * when the phrase is not there or the sentence names none or more than
 * two.  (Not "both the US and Japan", not "the two countries'", and not
 * a phrase after a preposition: "relations between the two countries
 * have improved".) */
static int ex_pair_phrase(ex_state *st, size_t i, const kg_entity **a,
                          const kg_entity **b)
{
    static const char *const nouns[] = {"countries", "nations", "sides",
                                        "governments", "states", NULL};
    const char *c[3] = {NULL, NULL, NULL};
    kg_entity *e[2];
    size_t k = i, p, m, n;
    int bus;
    while (k > 0 && i - k < 3 &&
           (st->toks[k - 1].tag == KG_W_AUX ||
            st->toks[k - 1].tag == KG_W_MODAL ||
            st->toks[k - 1].tag == KG_W_FUTURE || ex_is_ly_adverb(st, k - 1) ||
            ex_tok_is(st, k - 1, "also") || ex_tok_is(st, k - 1, "now")))
        k--;
    if (k < 2 || !ex_pronoun_is(&st->toks[k - 1], nouns))
        return 0;
    if (ex_tok_is(st, k - 2, "both"))
        p = k - 2;
    else if (k >= 3 && ex_tok_is(st, k - 2, "two") && ex_tok_is(st, k - 3, "the"))
        p = k - 3;
    else
        return 0;
    if (p > 0 && st->toks[p - 1].tag == KG_W_PREP)
        return 0;
    n = ex_sentence_countries(st, p, c, &bus);
    /* ("Egypt and Israel met on Monday.  The two countries agreed": the
     * last sentence's two, when this one names none, or one of them) */
    if (st->pair_countries[0] &&
        (n == 0 || (n == 1 && (!strcmp(c[0], st->pair_countries[0]) ||
                               !strcmp(c[0], st->pair_countries[1]))))) {
        c[0] = st->pair_countries[0];
        c[1] = st->pair_countries[1];
        bus = bus || st->pair_bus;
        n = 2;
    }
    /* ("Brazil will meet its bank advisory committee, chaired by
     * Citibank ... The two sides held talks": a firm may be a side) */
    if (n != 2 || (bus && ex_tok_is(st, k - 1, "sides")))
        return 0;
    for (m = 0; m < 2; m++) {
        const kg_onto_entity *o = kg_onto__entity(st->onto, c[m]);
        if (!o || !o->code || strcmp(o->code, c[m]) != 0 ||
            !(e[m] = kg_arena_alloc(&st->arena, sizeof(*e[m]))))
            return 0;
        memset(e[m], 0, sizeof(*e[m]));
        e[m]->id = o->id;
        e[m]->label = o->label;
        e[m]->type = o->type;
        e[m]->code = o->code;
        e[m]->country = o->code;
        e[m]->start = st->toks[p].start;
        e[m]->end = st->toks[k - 1].end;
        /* (the phrase as written: "the two countries") */
        if (!(e[m]->text = ex_strndup(st, st->doc->text + e[m]->start,
                                      e[m]->end - e[m]->start)))
            return 0;
    }
    *a = e[0];
    *b = e[1];
    return 1;
}

/* The scans that read a construction of their own over the whole
 * sentence, run in this order after the triggers (ex_relations): each
 * sees in seen what those before it emitted.  One signature, one loop,
 * where a chain of calls each checked its error alike. */
static int (*const ex_sentence_scans[])(ex_state *, const kg_sentence *,
                                        size_t, ex_emitted *, size_t *,
                                        kg_relation_cb, void *) = {
    ex_receipts, ex_criticism_received, ex_despite_protests, ex_at_request,
    ex_in_protest, ex_passive_nominals, ex_passive_objects,
    ex_warned_passive_things, ex_undergone_acts, ex_relative_judged,
    ex_brokered_truces, ex_place_visits, ex_joint_pairs, ex_joined_partners,
    ex_would_not_say, ex_said_carried_out, ex_comma_passives, ex_noun_passives,
    ex_move_asides, ex_harmed_in, ex_weapon_hits, ex_participle_agents,
    ex_hyphen_brokers, ex_compared_accords, ex_accords_under,
    ex_called_protests, ex_possessed_protests, ex_allegations, ex_charge_nouns,
    ex_judgement_clauses, ex_unless_held_acts, ex_face_threats,
    ex_protest_concessions, ex_dissent_kept_up, ex_measures_kept,
    ex_igo_admitted, ex_answered_appeals, ex_memberships,
    ex_named_verdicts, ex_passive_light_nouns, ex_fronted_meetings,
    ex_noun_meetings,
};

int ex_relations(ex_state *st, const kg_sentence *s, size_t idx,
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
    const kg_entity *done_subj[8], *done_obj[8][EX_DONE_OBJECTS];
    size_t ndone = 0, done_nobj[8];
    const ex_mention *prev_sm = NULL;
    size_t purpose_verb = (size_t)-1; /* see ex_protest_purpose */
    size_t in_protest; /* (the same, for other acts of conflict) */
    size_t toll_at = (size_t)-1; /* a toll read as an act's party */
    /* (zeroed only to quiet gcc's -Wmaybe-uninitialized) */
    ex_trigger cands[EX_MAX_TRIGGERS] = {{0}};
    size_t ncands = 0;

    for (i = 0; i < st->ntoks; i++) {
        const kg_onto_relation *rel, *adv_rel;
        size_t ntok, t1, nobj, nsubj, k, seen_before;
        const kg_entity *subj, *objs[EX_MAX_OBJECTS], *subjs[EX_MAX_OBJECTS];
        const kg_entity *phome;
        const ex_mention *sm, *tm, *sib, *oms[EX_MAX_OBJECTS];
        int pronoun, negated, participle, passive, and_verb, shared = 0;
        int posture_passive = 0, harm_part = 0, ended = 0;
        int starts;
        int promised; /* ex_promised_reform, read once */
        int between_art; /* ex_between_art's art, read once */
        const kg_entity *poss, *partner, *own, *pair2;
        const ex_mention *bx, *dm, *bl[8];
        const char *modality, *fam = NULL;
        char aim = 0, dem_aim = 0;
        size_t home_end = 0; /* see ex_protest_place_crowd */
        size_t event_at; /* see ex_inquiry_target */
        int talks_ahead = 0; /* see ex_talks_ahead */
        kg_onto_relation refined;
        const kg_entity *admitter = NULL; /* see ex_admitted_by */
        size_t recip = (size_t)-1, gv = 0; /* see ex_gift_recipient */
        const kg_onto_relation *sum_rel = NULL; /* see "a sum after" */
        const ex_mention *sum_m = NULL;
        size_t s0, v;
        const char *warner = NULL; /* see ex_warned_by_same */
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
            static const kg_onto_relation claim = {
                .pattern = "be behind", .type = "claim_responsibility",
                .label = "claims responsibility for", .cameo = "015",
                .quad = 1};
            subj = ex_subject(st, i, 0, 0, &sm, &pronoun);
            ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                    &modality);
            if (subj && !strcmp(subj->id, speaker->id)) {
                /* "ETA said it was behind last week's car bombing outside
                 * a Civil Guard barracks": a speaker behind the attack
                 * claims it (015), aimed at the first actor the attack's
                 * phrase names (ESPCOP) */
                size_t hk;
                for (hk = i + 1; hk < st->ntoks && hk < i + 14; hk++) {
                    const ex_mention *hm;
                    if (st->toks[hk].kind == KG_TOK_PUNCT &&
                        !ex_tok_is(st, hk, "'s") && !ex_tok_punct(st, hk, '-'))
                        break;
                    hm = ex_actor_at(st, hk);
                    if (hm && hm->ent.code && *hm->ent.code &&
                        strcmp(hm->ent.id, subj->id) != 0) {
                        if ((err = ex_emit(st, s, idx, subj, &hm->ent,
                                           &claim, i - 1, i + 1, negated,
                                           "asserted", NULL, 0.5, seen,
                                           &nseen, cb, payload)) != 0)
                            return err;
                        break;
                    }
                }
                continue;
            }
            if (subj &&
                (err = ex_emit(st, s, idx, speaker, subj, &behind, i - 1,
                               i + 1, negated, "asserted", NULL, 0.5, seen,
                               &nseen, cb, payload)) != 0)
                return err;
            continue;
        }
        if (st->toks[i].kind == KG_TOK_WORD &&
            (bx = ex_told_must(st, i, &v)) != NULL) {
            /* "the United States told Belgrade it must back down",
             * "told students to end their sit-in": a demand made of the
             * one told (ex_told_must), coded by the act asked for when the
             * lexicon knows it (as "insisted that Iraq free": 10 and the
             * act's family), else 100.  ("told Iraq to free", with an act
             * the lexicon knows, is read at that act as an appeal.) */
            const kg_onto_relation *inner = NULL;
            size_t ntok_in;
            int to_form = ex_tok_is(st, v - 1, "to");
            if (!(st->toks[v].kind == KG_TOK_WORD &&
                  kg_onto__match_relation(st->onto, st->ntoks, v, 0,
                                          ex_lemma, st, &inner, &ntok_in) &&
                  !inner->noun))
                inner = NULL;
            if (!inner && ex_is_adverb(st, v) &&
                v + 1 < st->ntoks && st->toks[v + 1].kind == KG_TOK_WORD &&
                /* "must quickly supply" (not "must supply") */
                !(kg_onto__match_relation(st->onto, st->ntoks, v + 1, 0,
                                          ex_lemma, st, &inner, &ntok_in) &&
                  !inner->noun))
                inner = NULL;
            /* ("must not attack": the act is asked not to be done, so
             * its code says nothing of what is asked) */
            if (ex_tok_is(st, v - 1, "not"))
                inner = NULL;
            if (!(to_form && inner)) {
                const kg_entity *co[EX_MAX_OBJECTS];
                size_t nco, c;
                subj = ex_subject(st, i, 0, 0, &sm, &pronoun);
                if (!pronoun && ex_speaker_in_demand(st, sm, bx, i))
                    subj = NULL;
                ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                        &modality);
                if (strcmp(modality, "hypothetical") != 0 &&
                    strcmp(modality, "conditional") != 0)
                    modality = "asserted";
                memset(&refined, 0, sizeof(refined));
                refined.pattern = "tell * must";
                refined.type = "demand";
                refined.label = "demands of";
                refined.cameo =
                    inner ? ex_family_code(st, "10", inner->cameo, inner->quad)
                          : "100";
                refined.plover = "REQUEST";
                refined.quad = 3;
                if (((ex_tok_is(st, v - 1, "should") ||
                      ex_tok_is(st, v - 2, "should")) &&
                     /* ("insisted that Turkey should": insisting demands
                      * it still) */
                     !ex_in_list(ex_bare_insist_verbs, st->toks[i].lower)) ||
                    /* ("hopes France will resist": a hope, an appeal) */
                    ex_pronoun_is(&st->toks[i], ex_hope_verbs)) {
                    /* "Yeutter said Japan should open its markets": what
                     * another actor should do is advised, an appeal (02,
                     * by the act), as "urged Japan to" */
                    refined.pattern = "say * should";
                    refined.type = "urge";
                    refined.label = "appeals to";
                    refined.cameo =
                        inner ? ex_family_code(st, "02", inner->cameo,
                                               inner->quad)
                              : "020";
                    refined.plover = "";
                    refined.quad = 1;
                }
                if (!refined.cameo)
                    return KG_ENOMEM;
                /* ("Blair said Britain must do more": a leader who says
                 * what his own country must do asks it of no one) */
                if (subj &&
                    (ex_tok_is(st, v - 1, "must") ||
                     ex_tok_is(st, v - 2, "must") ||
                     ex_tok_is(st, v - 1, "should") ||
                     ex_tok_is(st, v - 2, "should")) &&
                    (ex_tok_is(st, i, "said") || ex_tok_is(st, i, "says") ||
                     ex_tok_is(st, i, "say") ||
                     ex_in_list(ex_bare_insist_verbs, st->toks[i].lower)) &&
                    subj->code &&
                    ((bx->ent.type && !strcmp(bx->ent.type, "Country") &&
                      !strncmp(subj->code, bx->ent.code, 3) &&
                      !ex_asks_own_government(subj->code, bx->ent.code)) ||
                     (!ex_is_person(&bx->ent) &&
                      ex_own_body(subj->code, bx->ent.code))))
                    subj = NULL;
                /* ("the minister hoped the cabinet would approve": a
                 * hope of one's own body asks no one) */
                if (subj && subj->code && bx->ent.code &&
                    !strcmp(subj->code, bx->ent.code) &&
                    ex_pronoun_is(&st->toks[i], ex_hope_verbs))
                    subj = NULL;
                if (subj && !ex_same_id(subj, &bx->ent) &&
                    (err = ex_emit(st, s, idx, subj, &bx->ent, &refined, i,
                                   i + 1, negated, modality, NULL, 0.6, seen,
                                   &nseen, cb, payload)) != 0)
                    return err;
                nco = subj ? ex_coordinated_after(st, bx, i, co,
                                                  EX_MAX_OBJECTS)
                           : 0;
                for (c = 0; c < nco; c++)
                    if (co[c]->code && *co[c]->code &&
                        !ex_same_id(co[c], subj) &&
                        (err = ex_emit(st, s, idx, subj, co[c], &refined, i,
                                       i + 1, negated, modality, NULL, 0.6,
                                       seen, &nseen, cb, payload)) != 0)
                        return err;
            }
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
                   /* (a '*' of the entry may span a long noun phrase,
                    * ex_np_end) */
                   !kg_onto__match_relation_want(st->onto, st->ntoks, i,
                                                 ex_want_noun_at, ex_lemma,
                                                 ex_np_end, st, &rel, &ntok)) {
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
                           !ex_match_sum(st, i, &rel, &ntok, &sum_m) &&
                           !ex_match_double_sum(st, i, &rel, &ntok) &&
                           !ex_match_bare_sum(st, i, &rel, &ntok)) {
                    /* (an entry only a date splits: "agreed on Monday to
                     * hold talks" where "agree" alone is no entry) */
                    if ((v = ex_when_phrase(st, i + 1)) > i + 1)
                        rel = ex_match_past_when(st, i, v, NULL, &ntok);
                    /* "negotiated secretly with", "called again
                     * for": an adverb does not split it either */
                    if (!rel && (v = ex_inserted_end(st, i + 1)) > i + 1)
                        rel = ex_match_past_when(st, i, v, NULL, &ntok);
                    if (!rel) /* "lashed out on Monday at" */
                        rel = ex_match_past_inner_when(st, i, NULL, &ntok);
                    if (!rel) /* "gave Iraq 48 hours on Tuesday to", "put his signature on Saturday to" */
                        rel = ex_match_past_mid_when(st, i, NULL, &ntok);
                    if (!rel)
                        rel = ex_match_past_name(st, i, &ntok);
                    if (!rel) /* "was confident the accord would hold" */
                        rel = ex_match_bare_that(st, i, &ntok);
                    /* "delivered the first of its tanks to": the entry
                     * read past a partitive */
                    if (!rel && (v = ex_partitive(st, i + 1)) > i + 1)
                        rel = ex_match_past_when(st, i, v, NULL, &ntok);

                }
            }
            if (!rel) /* "promised to ship food to" */
                (void)ex_match_ship_verb(st, i, &rel, &ntok);
            if (!rel && (rel = ex_host_visit(st, i)) != NULL)
                ntok = 1; /* "received Putin in Beijing" */
            if (!rel) /* "was in Britain on the first leg of a tour" */
                rel = ex_stay_visit(st, i, &ntok);
            if (!rel) /* "is in close contact with Stockholm" */
                rel = ex_in_contact(st, i, &ntok);
            if (!rel && (rel = ex_bare_protest_at(st, i)) != NULL)
                ntok = 1; /* "demonstrated in Bangkok" */
            if (!rel && starts &&
                (rel = ex_passive_only_entry(st, i)) != NULL)
                ntok = 1; /* "protesters were beaten by police" */
            if (!rel && (rel = ex_beating_at(st, i)) != NULL)
                ntok = 1; /* "was beaten by Zimbabwean police" */
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
            } else if (!rel->noun &&
                       (ex_match_double_sum(st, i, &pr, &pn) ||
                        ex_match_bare_sum(st, i, &pr, &pn))) {
                /* "promised Senegal 1.8 billion dollars", "pledged $10
                 * million to Sudan": a promise of money (0331), not the
                 * bare promise (030) */
                rel = pr;
                ntok = pn;
            }
        } else if (ntok == 1 && !rel->noun &&
                   (v = ex_past_setting(st, i)) != 0) {
            /* "agreed in Paris last month to act together": a longer
             * entry read past the setting ("agree to end * uprising"),
             * else the entry's own "to" right after it (ex_past_setting)
             */
            const kg_onto_relation *pr;
            size_t pn;
            /* ("agreed in principle to ease its sanctions": the deal not
             * yet made, the act read at its own verb as intended,
             * ex_modality; no longer entry that makes it done) */
            if (!ex_tok_is(st, i + 2, "principle") &&
                !ex_tok_is(st, i + 2, "principal") &&
                (pr = ex_match_past_when(st, i, v, rel, &pn)) != NULL) {
                rel = pr;
                ntok = pn;
            } else if (ex_in_list(rel->prep, "to")) {
                /* (rel->prep is set: the branch above took an entry
                 * with none, "pledge", "promise") */
                ntok = v - i;
            }
        }
        if (ntok > 3 && ((v = ex_star_past_and(st, i, ntok)) != 0 ||
                         (v = ex_star_past_asked(st, rel, i, ntok)) != 0)) {
            /* "met Putin and expressed concern over": the entry's '*'
             * ran into a second verb's clause ("meet * concern"); read
             * again up to the "and" ("met Putin"); so is one that took
             * the one asked and its infinitive ("called for Turkey to
             * boost aid", ex_star_past_asked: read up to "Turkey") */
            if (!kg_onto__match_relation_want(st->onto, v, i,
                                              ex_want_noun_at, ex_lemma,
                                              ex_np_end, st, &rel, &ntok))
                continue;
        }
        if (!rel->noun && ntok > 2 && strchr(rel->pattern, '*') &&
            ex_attributive_ing(st, i))
            continue; /* "the debt negotiating team holding talks with"
                       * (ex_attributive_ing) */
        if (rel->user && !rel->noun && ntok == 1 &&
            (ex_after_article(st, i) || ex_after_according(st, i)))
            continue; /* "the best film", "during a brief private visit",
                       * "according to reports": a user dictionary's bare
                       * verb in a noun phrase (PETRARCH codes verbs,
                       * which its parser finds in verb phrases; the
                       * entry still shadows the lexicon's noun) */
        if (ex_conceded_view(st, rel, i, ntok))
            continue; /* "They conceded Japan's announcement ... would
                       * throw the spotlight" (ex_conceded_view) */
        if (ex_from_entry_on_noun(st, rel, i))
            continue; /* "on an extradition request from the United
                       * States" (ex_from_entry_on_noun) */
        if (rel->noun && ntok == 1 && ex_bare_protest_at(st, i) ==
                                          &ex_bare_protest)
            rel = &ex_bare_protest; /* "marched" is no noun "march" */
        if (!rel->noun && ntok == 1 && !strcmp(rel->pattern, "warn")) {
            int risk = ex_warns_of_risk(st, i + 1);
            if (risk == 1)
                rel = &ex_warn_risk; /* "warned Blair that the war could
                                      * be illegal": advice, no threat */
            else if (risk == 2)
                rel = &ex_warn_own_force; /* "its troops could cross" */
        }
        if (!rel->noun && ntok == 1 && rel->cameo &&
            !strcmp(rel->cameo, "042") && ex_visiting_modifier(st, i)) {
            /* "met visiting Brazilian President Lula": a host */
            const kg_onto_relation *hr = ex_host_entry(st, i);
            if (hr)
                rel = hr;
        }
        if (!rel->noun && ntok > 1 && rel->prep &&
            !strcmp(rel->type, "host")) {
            /* "received Israeli Foreign Minister Shimon Peres": the
             * visitor's own title, not "receive * minister from" (which
             * wants the country after "from") */
            const kg_onto_relation *hr = ex_host_visit(st, i);
            if (hr) {
                rel = hr;
                ntok = 1;
            }
        }
        if (!rel->noun && ntok == 1 && !rel->prep) {
            /* "welcomed the Israeli prime minister to Cairo": a host */
            const kg_onto_relation *hr = ex_host_visit(st, i);
            if (hr)
                rel = hr;
        }
        t1 = i + ntok;
        if (rel->cameo && !strncmp(rel->cameo, "19", 2) &&
            ex_verbal_clash(st, i)) {
            /* "clashed over the Louvre accord": a quarrel, no fight (the
             * verb, "clashed", read on the noun's entry: 111,
             * ex_verbal_quarrel; "the clash over" stays none; a
             * dictionary's own entry for the quarrel stays) */
            if ((rel->noun && !ex_ends_ed(st, i)) || ex_is_passive(st, i))
                continue;
            rel = &ex_verbal_quarrel;
        }
        if (rel->cameo && (!strncmp(rel->cameo, "17", 2) ||
                           !strncmp(rel->cameo, "18", 2) ||
                           !strncmp(rel->cameo, "19", 2)) &&
            ex_business_capture(st, i))
            continue; /* "take control of a portal firm": a purchase */
        if (rel->cameo && !strncmp(rel->cameo, "19", 2) &&
            ex_figurative_barrage(st, i))
            continue; /* "bombarded the minister with requests": words */
        if (!rel->noun && !strcmp(rel->pattern, "back") &&
            ex_back_particle(st, i))
            continue; /* "pulled back its troops": no support */
        if (!rel->noun && !strcmp(rel->pattern, "blame * on") &&
            ex_blame_not_laid(st, i, t1))
            continue;
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
            (ex_is_ing(st, i) || ex_ends_ed(st, i) ||
             ex_flow_statistic(st, i, t1)))
            continue; /* "Fed funds were trading at 6 pct": shares and
                       * funds trade on a market, countries with each
                       * other ("trade with" is its own entry); a flow's
                       * statistic is no act (ex_flow_statistic) */
        if (!rel->noun && !strcmp(rel->type, "trade") &&
            ex_bare_trade_noun(st, i)) {
            /* (the noun's entry, "trade with", names the flow uncoded) */
            if (!ex_tok_is(st, i, "trade") ||
                !kg_onto__match_relation(st->onto, st->ntoks, i, 2, ex_lemma,
                                         st, &rel, &ntok))
                continue;
            t1 = i + ntok;
        }
        if (!rel->noun && ex_inside_noun_entry(st, i, t1)) {
            i = t1 - 1;
            continue;
        }
        if (!rel->noun && !rel->prep && t1 == i + 1 && i > 0 &&
            t1 < st->ntoks && ex_plural_after_state(st, i)) {
            /* "Fitzwater said U.S. sanctions against Japan were likely",
             * "despite U.S. sanctions on Japan": a plural after a
             * state's name, with the noun entry's own preposition
             * right after it, is the noun ("Washington sanctions
             * Tokyo" stays the verb) */
            const kg_onto_relation *nrel;
            size_t nn;
            if (kg_onto__match_relation(st->onto, st->ntoks, i, 2, ex_lemma,
                                        st, &nrel, &nn) &&
                nn == 1 && nrel->prep &&
                ex_in_list(nrel->prep, st->toks[t1].lower)) {
                rel = nrel;
                ntok = nn;
            }
        }
        /* "the banned group", "some freed prisoners", "met with jailed
         * dissidents": verbs used as adjectives are not events ("to free
         * them" is a verb) */
        if (!rel->noun && i > 0 &&
            /* ("told a visiting Nicaraguan delegation": the guest's
             * modifier, which the host's 043 reads below) */
            !(st->toks[i - 1].tag == KG_W_DET &&
              ex_visiting_modifier(st, i)) &&
            !ex_made_appeal(st, rel, i) &&
            !ex_floating_quantifier(st, i) &&
            (st->toks[i - 1].tag == KG_W_DET ||
             st->toks[i - 1].tag == KG_W_POSS ||
             /* "the Foreign Ministry's annex": a noun (a user
              * dictionary's verbs include nouns, PETRARCH's "death
              * toll", coded after a possessive too) */
             (!rel->user && ex_after_genitive(st, i)) ||
             /* "his 2020 campaign for", "the 2014 attack": a noun */
             (i > 1 && st->toks[i - 1].kind == KG_TOK_NUMBER &&
              (st->toks[i - 2].tag == KG_W_DET ||
               st->toks[i - 2].tag == KG_W_POSS)) ||
             ex_counted_plural(st, i) ||
             (st->toks[i - 1].tag == KG_W_PREP && ex_ends_ed(st, i) &&
              (!ex_tok_is(st, i - 1, "to") || ex_past_after_to(st, i))))) {
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
        if ((rel->noun || ex_tok_is(st, i, "talks")) && rel->cameo &&
            ex_talks_called_off(st, t1, !strcmp(rel->cameo, "040"))) {
            i = t1 - 1;
            continue; /* "Talks between Israel and Syria were suspended",
                         "the President's trip to Ankara was postponed" */
        }
        if ((rel->noun || ex_tok_is(st, i, "talks")) && rel->cameo &&
            !strncmp(rel->cameo, "04", 2) && ex_talks_ahead(st, i, t1))
            talks_ahead = 1; /* "shortly before trade talks with X": 036 */
        else if ((rel->noun || ex_tok_is(st, i, "talks")) && rel->cameo &&
            !strncmp(rel->cameo, "04", 2) &&
            (ex_meeting_put_off(st, i) || ex_brokered_talks(st, i, t1) ||
             ex_talks_to_come(st, i, t1))) {
            i = t1 - 1;
            continue; /* "Japan called off its meeting with France",
                         "Qatar's offer to broker talks with the rebels",
                         "before talks with the Palestinians resume" */
        }
        if (!rel->noun && (v = ex_inserted_end(st, i + 1)) > i + 1 &&
            (adv_rel = ex_match_past_when(st, i, v, rel, &ntok)) != NULL) {
            /* "met secretly with Japan", "met again with": nor does an
             * adverb ("meet" alone finds no object past it) */
            rel = adv_rel;
            t1 = i + ntok;
        } else if ((!rel->noun ||
                    /* ("in talks this morning with", "at closed-door
                     * talks yesterday with": the entry "talk with" read
                     * past the date, as "in talks with"; a verb's bare
                     * object, "opened talks today with", keeps the noun) */
                    (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
                     !ex_bare_verb_object(st, i))) &&
                   ((v = ex_when_phrase(st, i + 1)) > i + 1 ||
                    /* (and past a place: "in talks in Washington last
                     * week with") */
                    (rel->noun &&
                     (v = ex_consult_adjunct_end(st, i + 1)) > i + 1))) {
            /* "agreed on Monday to hold talks", "called Tuesday for": a
             * date right after the verb does not break its entry */
            const kg_onto_relation *wr = ex_match_past_when(st, i, v, rel,
                                                            &ntok);
            if (wr) {
                rel = wr;
                t1 = i + ntok;
            }
        } else if (!rel->noun && ntok >= 2 &&
                   (v = ex_when_phrase(st, i + 2)) > i + 2) {
            /* "hit back on Sunday at", "cracked down on Tuesday on": a
             * date after the entry's particle does not break a longer
             * entry either, nor one whose last word the date took ("on") */
            const kg_onto_relation *wr = ex_match_past_inner_when(
                st, i, i + ntok <= v ? NULL : rel, &ntok);
            if (wr) {
                rel = wr;
                t1 = i + ntok;
            }
        } else if (!rel->noun) {
            /* "gave Iraq 48 hours on Tuesday to withdraw": nor does a
             * date after the object break a longer entry ("give * hour
             * to" where "give" alone matched) */
            const kg_onto_relation *wr = ex_match_past_mid_when(st, i, rel,
                                                                &ntok);
            if (wr) {
                rel = wr;
                t1 = i + ntok;
            }
        }
        if (!rel->noun && ntok > 2 && strchr(rel->pattern, '*') &&
            (ex_tok_is(st, i, "meeting") || ex_tok_is(st, i, "meetings")) &&
            ex_after_article(st, i))
            continue; /* "called an emergency meeting Monday at the
                       * request of Arab nations": "meeting" after an
                       * article is the noun, which the verb's entries
                       * with a '*' ("meet * request", "meet * demand")
                       * do not read (fixb32; other -ing forms after a
                       * noun are participles: "a suit charging NEC with",
                       * "an agreement ending a dispute") */
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
                if ((vr = ex_match_over(st, i, vm, &vn)) != NULL) {
                    if (vm->ent.is_value) {
                        sum_rel = rel;
                        sum_m = vm;
                    }
                    rel = vr;
                    t1 = i + vn;
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
            !ex_subjunctive_clause(st, t1) &&
            !(rel->cameo && !strncmp(rel->cameo, "01", 2))) {
            /* an entry that ends in "that" ("insist that") asks for an
             * act only with a bare verb after the clause's actor:
             * "insisted that Russia was behind it" is a claim; a comment
             * (01: "hopeful that Japan would sign") is made of any
             * clause */
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
        if (!rel->noun && ex_visiting_speaker(st, i, t1))
            continue; /* ", visiting Chinese President Jiang Zemin said" */
        /* ", threatening to sever relations": the participle that governs
         * the infinitive makes it one too */
        participle = !rel->noun && i > 0 &&
                     (ex_is_participle(st, i) ||
                      (i > 2 && ex_tok_is(st, i - 1, "to") &&
                       ex_is_participle(st, i - 2)));
        if (rel->cameo && *rel->cameo &&
            (recip = ex_gift_recipient(st, i, rel->noun, &gv)) !=
                (size_t)-1) {
            /* "Egypt issued Israel a warning": the giver's act, done to
             * the actor given it (the object, below); an uncoded noun is
             * no act done to it ("would give Brazil an unchanged export
             * quota") */
            subj = ex_subject(st, gv, 0, 0, &sm, &pronoun);
            st->light_verb = 1;
        } else {
            subj = ex_subject(st, i, participle,
                              rel->noun ? (ex_symmetric(rel) ? 2 : 1) : 0,
                              &sm, &pronoun);
            if (subj && sm && !pronoun && !rel->noun)
                subj = ex_coagent_head(st, &sm, subj);
        }
        if (subj && sm && !rel->noun &&
            (ex_place_before_purpose(st, sm, i) ||
             ex_campaign_before_purpose(st, sm, i))) {
            /* "US forces are pushing into Fallujah on the fifth day of an
             * offensive to drive out insurgents": a town named in a
             * phrase of place does not act; the infinitive of purpose
             * is the clause subject's */
            const ex_mention *cm = ex_clause_subject(st, sm->t0), *nm;
            /* (the last of coordinated subjects, so that ex_coordinated
             * finds the others before it: "US and Iraqi forces") */
            while (cm && cm->t1 + 1 < sm->t0 && ex_tok_is(st, cm->t1, "and") &&
                   (nm = ex_mention_at(st, cm->t1 + 1)) != NULL &&
                   nm->t0 == cm->t1 + 1 && !nm->dropped && nm->t1 <= sm->t0)
                cm = nm;
            if (cm && cm != sm && cm->t1 <= sm->t0 && !cm->ent.is_value) {
                subj = &cm->ent;
                sm = cm;
                pronoun = 0;
            }
        }
        if (!rel->noun && !participle && subj &&
            ex_wh_clause_unnamed_subject(st, pronoun || !sm ? 0 : sm->t1,
                                         i)) {
            i = t1 - 1; /* "asked why ministers attacked": theirs */
            continue;
        }
        if (subj && sm && ex_asked_of_unnamed(st, sm->t1, i, rel->noun)) {
            i = t1 - 1; /* (the appeal verb codes the appeal, if any) */
            continue;
        }
        if (!rel->noun && subj && sm && !pronoun &&
            ((!participle && sm->t1 == i) ||
             /* ("He was in Kenya before travelling to Sudan": a time
              * word between the place and the participle) */
             (sm->t1 + 1 == i &&
              ex_in_list("before;after;while;since",
                         st->toks[sm->t1].lower))) &&
            ex_is_ing(st, i) && ex_place_after_prep(st, sm)) {
            /* "Thousands marched in Belgrade demanding that Vucic
             * resign", "Mr Straw was in India visiting": a participle
             * right after the place of the main verb is the main clause
             * subject's act, never the place's.  Nothing is told: giving
             * it to the clause's subject made as many wrong objects as
             * right subjects on the news corpora ("in Washington talking
             * to government officials" has no country for the
             * officials). */
            i = t1 - 1;
            continue;
        }
        if (!participle && ex_describing_participle(st, rel, i)) {
            i = t1 - 1; /* (what the noun before is or does) */
            continue;
        }
        if (!participle && subj && sm && !pronoun) {
            /* "France deployed troops to help Mali", "Germany sent its
             * minister to Moscow to meet Putin": the sender's purpose */
            const ex_mention *pm = ex_purpose_subject(st, sm, i);
            if (pm) {
                subj = &pm->ent;
                sm = pm;
                st->subj_end = pm->t1;
            } else if (!rel->noun && sm->t1 < i && i - sm->t1 <= 3 &&
                       ex_tok_is(st, sm->t1, "to") &&
                       ex_place_after_prep(st, sm)) {
                /* "who was in Houston to attend the congress", "called
                 * for his followers across Iraq to end fighting": an
                 * infinitive right after the place of the clause is its
                 * subject's purpose, never the place's act (as for a
                 * participle, above; a motion verb's subject was taken
                 * just now: "arrived in Beijing to meet Xi") */
                i = t1 - 1;
                continue;
            } else if (!rel->noun && ex_organ_object_protests(st, sm, rel,
                                                             i)) {
                /* "Farmers tried to burn a police car to protest the
                 * eradication": the state organ acted on is no
                 * protester; the clause's subject is */
                i = t1 - 1;
                continue;
            } else if (!rel->noun && ex_granted_from(st, sm, i)) {
                /* (leave or means granted: the act is not done, nor the
                 * granter's: "Israel received approval from Washington to
                 * attack Syria" is no attack yet) */
                i = t1 - 1;
                continue;
            } else if (!rel->noun && rel->cameo &&
                       strcmp(rel->cameo, "036") != 0 &&
                       strncmp(rel->cameo, "04", 2) != 0 &&
                       ex_trip_purpose(st, i)) {
                /* "leaves on a trip to Asia to improve relations with
                 * Japan": the trip's aim, not done (ex_trip_purpose) */
                i = t1 - 1;
                continue;
            } else if (!rel->noun &&
                       (v = ex_object_before_purpose(st, sm, i)) !=
                           (size_t)-1) {
                /* "Kenyan police raided the parliament to arrest the
                 * opposition leader": what the verb acts on does not do
                 * its purpose; the verb's subject does, or nobody we
                 * can name (ex_object_before_purpose) */
                const ex_mention *cm = ex_last_subject(st, v, i, 0);
                if (!cm || cm == sm || cm->ent.is_value || !cm->ent.code ||
                    !cm->ent.code[0]) {
                    i = t1 - 1;
                    continue;
                }
                subj = &cm->ent;
                sm = cm;
                st->subj_end = cm->t1;
            } else if (!rel->noun && ex_place_purpose(st, sm, i)) {
                /* "prepared to head to Brussels to meet Bush", "flying on
                 * Sunday to Tokyo to talk to government officials": as
                 * for a place after "in" (above), the infinitive after a
                 * phrase of place or direction is the clause's purpose,
                 * never the place's (or its government's) act.  Nothing
                 * is told: given to the clause's subject, the purpose
                 * restates the main act ("will extend a loan to Indonesia
                 * to help it": 070 beside the 0331 coders code) */
                i = t1 - 1;
                continue;
            }
        }
        if (subj && sm && sm->dropped && subj == &sm->ent) {
            /* "an oil trading company ... will send its lawyers to meet
             * with the company": a mention dropped as no actor (its own
             * counsel, ex_drop_own_counsel) still stands at its tokens,
             * where it may name what was sent for the sender's purpose
             * (above), but never does the act itself (pub27, reuters-16169
             * was USAJUD -> USABUS 040) */
            i = t1 - 1;
            continue;
        }
        if (participle && i == toll_at) {
            i = t1 - 1; /* (the toll named the party of the act before) */
            continue;
        }
        if (participle && ex_harm_participle(st, i)) {
            /* (", killing two soldiers" tells the toll of the act coded
             * right before it, whose actor did it: "Sharon apologized
             * after an Israeli tank crew fired on an Egyptian patrol,
             * killing three" is the crew's; none when that act was not
             * coded: "a car bomb exploded in Mosul, killing three
             * people", whose first actor is the place) */
            if (!prev_subj || !prev_sm || prev_sm->t0 >= i) {
                i = t1 - 1;
                continue;
            }
            subj = prev_subj;
            sm = prev_sm;
            pronoun = 0;
            harm_part = 1;
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
        if (rel->noun && rel->cameo && !strncmp(rel->cameo, "04", 2) &&
            (!(i > 0 && ex_tok_is(st, i - 1, "of")) ||
             ex_meeting_round(st, i, rel)) &&
            ex_between_list(st, t1, bl, 8) != 0) {
            /* "a meeting between Chile, Peru and Bolivia": each party
             * meets each other one (ex_meeting_list) */
            if ((err = ex_meeting_list(st, s, idx, rel, i, t1, seen, &nseen,
                                       cb, payload)) != 0)
                return err;
            i = t1 - 1;
            continue;
        }
        /* (who may stand after "between" and "the": a meeting's second
         * party, or an accord's made there, ex_accord_made_between) */
        between_art = !rel->noun ? 0
                      : ex_accord_made_between(st, rel, t1)
                          ? 2
                          : rel->cameo && !strncmp(rel->cameo, "04", 2);
        if (rel->noun && (!(i > 0 && ex_tok_is(st, i - 1, "of")) ||
                          ex_meeting_round(st, i, rel)) &&
            (bx = ex_between_art(st, t1, between_art)) != NULL) {
            /* "talks between Russia and Ukraine", "clashes between
             * Israel and Hamas": both ways, whoever else the sentence
             * names (not a noun inside "of": "prisoners of war
             * between Ukraine and Russia" is no war between them) */
            const ex_mention *by = ex_between_second(st, bx,
                                                     between_art != 0);
            /* "battles between insurgents and US and Iraqi forces": a
             * second actor joined to the second party by "and" is the
             * same side (one more pair with the first party) */
            const ex_mention *bz =
                by && ex_tok_is(st, by->t1, "and") &&
                        by->t1 + 1 < st->ntoks /* (no tokens past) */
                    ? ex_mention_at(st, by->t1 + 1)
                    : NULL;
            int neg, bi;
            const char *mod, *wanted = ex_wanted_noun(st, i);
            ex_cues(st, 0, i, &neg, &mod);
            if (!neg && rel->cameo && !strcmp(rel->cameo, "057") &&
                !strcmp(mod, "asserted"))
                /* "An agreement between India and Britain could be signed
                 * next week": the signing told after the noun is to come
                 * (ex_accord_to_come) */
                mod = ex_accord_to_come(st, t1, mod);
            if (!strcmp(mod, "asserted") && rel->cameo &&
                !strncmp(rel->cameo, "04", 2) &&
                ex_future_after(st, by->t1))
                /* "talks between India and Pakistan will resume next
                 * week": a meeting the sentence puts ahead is not held
                 * yet (036, ex_threat_code) */
                mod = "intended";
            if (wanted && !ex_mediation(rel)) {
                /* "called for a ceasefire between Israel and Hamas":
                 * no ceasefire yet, no event code */
                refined = *rel;
                refined.cameo = NULL;
                refined.back = NULL;
                rel = &refined;
                mod = wanted;
            } else if (rel->cameo && !strcmp(rel->cameo, "057") &&
                       !strcmp(mod, "asserted") &&
                       !ex_accord_made(st, i, t1)) {
                /* "last year's accord between the U.S. and Japan": an
                 * accord named, not made (ex_accord_made) */
                refined = *rel;
                refined.cameo = NULL;
                refined.back = NULL;
                rel = &refined;
            } else if (rel->cameo && rel->cameo[0] == '0' &&
                       rel->cameo[1] >= '4' && rel->cameo[1] <= '6' &&
                       (ex_judged_relation(st, i) ||
                        ex_unasserted_frame(st, i))) {
                /* (and "Prospects appear slim for a meeting between the
                 * two": the meeting weighed, ex_unasserted_frame; new23a) */
                /* "Dialogue between China and France is no doubt
                 * conducive to world peace": a relation judged in
                 * general, no event (ex_judged_relation) */
                refined = *rel;
                refined.cameo = NULL;
                refined.back = NULL;
                rel = &refined;
            }
            if (bz && (bz->t0 != by->t1 + 1 || bz->dropped ||
                       bz->ent.is_value || ex_same_id(&bz->ent, &bx->ent) ||
                       ex_same_id(&bz->ent, &by->ent)))
                bz = NULL;
            for (bi = 0; bi < (bz ? 4 : 2); bi++) {
                /* "Egypt's mediation between Israel and Hamas": a third
                 * party's act on both (none when it is not named) */
                const ex_mention *bym = bi < 2 ? by : bz;
                const kg_entity *bs = bi % 2 ? &bym->ent : &bx->ent;
                const kg_entity *bo = bi % 2 ? &bx->ent : &bym->ent;
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
        if (!rel->noun && i >= 2 && ex_after_gerund(st, i)) {
            /* "Miyazawa, after meeting Baker, said", "he told reporters
             * after meeting Suharto": the one who met is the actor before
             * the phrase's comma or the speaker of the speech verb just
             * before it; another clause's subject nearer the "after" is
             * too often someone else ("sources said Funaro would leave
             * for Zurich after meeting Stoltenberg"): then nothing */
            const kg_entity *am = ex_after_gerund_subject(st, i - 1, speaker,
                                                          speech_at);
            const kg_entity *ao[4];
            const ex_mention *aom[4];
            size_t na, ak;
            int neg;
            const char *mod;
            na = am ? ex_objects(st, t1, rel, am, i, ao, aom, 4) : 0;
            ex_cues(st, i - 1, i, &neg, &mod);
            for (ak = 0; ak < na; ak++)
                if ((err = ex_emit(st, s, idx, am, ao[ak], rel, i, t1, neg,
                                   mod, NULL, 0.6, seen, &nseen, cb,
                                   payload)) != 0)
                    return err;
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
        if ((rel->noun || ex_tok_is(st, i, "talks")) && rel->cameo &&
            !strncmp(rel->cameo, "04", 2) &&
            (dm = ex_departure(st, i, &v)) != NULL) {
            /* "Mbeki left Bouake after talks Sunday", "before leaving
             * Tokyo at the end of a four-day visit": the one who left
             * visited the place (042); the talks are read on below
             * ("talks with" by the verb entry "talk with") */
            static const kg_onto_relation visit = {
                .pattern = "visit", .type = "visit", .label = "visits",
                .cameo = "042", .plover = "CONSULT", .quad = 1};
            const ex_mention *gm;
            int gp, neg;
            const char *mod;
            const kg_entity *g = ex_subject(st, v, ex_is_ing(st, v), 0, &gm,
                                            &gp);
            if (g && gm && !gp) {
                ex_cues(st, 0, v, &neg, &mod);
                if ((err = ex_emit(st, s, idx, g, &dm->ent, &visit, v,
                                   v + 1, neg, mod, NULL, 0.6, seen, &nseen,
                                   cb, payload)) != 0)
                    return err;
            }
        }
        if ((rel->noun || ex_tok_is(st, i, "talks")) && rel->cameo &&
            !strncmp(rel->cameo, "04", 2) && speaker &&
            (v = ex_reported_talks(st, i, t1, speech_at)) != (size_t)-1) {
            /* "Bolivia said negotiations were continuing with Argentina",
             * "Gros said negotiations with the creditors had ended": talks
             * a speaker reports with no owner named are the speaker's
             * side's (ex_reported_talks); those told after the partner
             * take the mood of their verb (ex_reported_talks_mood) */
            const kg_entity *ro[4];
            const ex_mention *rom[4];
            size_t nr = ex_objects(st, v + 1, rel, speaker, i, ro, rom, 4), rk;
            int neg;
            const char *mod, *rmod = "asserted";
            ex_cues(st, speech_at, i, &neg, &mod);
            if (nr && v <= t1)
                rmod = ex_reported_talks_mood(st, rom[nr - 1]->t1);
            /* ("Tass said talks with the United States had failed": a
             * newspaper or an agency reports others' talks) */
            if (speaker->code && strstr(speaker->code, "MED"))
                rmod = NULL;
            for (rk = 0; rmod && !strcmp(mod, "asserted") && rk < nr; rk++)
                if (!ex_same_id(speaker, ro[rk]) &&
                    ((err = ex_emit(st, s, idx, speaker, ro[rk], rel, i, t1,
                                    neg, rmod, NULL, 0.6, seen, &nseen, cb,
                                    payload)) != 0 ||
                     /* (talks held that one side reports are both ways,
                      * as "held talks with"; realnews README) */
                     (!strcmp(rmod, "asserted") &&
                      (err = ex_emit(st, s, idx, ro[rk], speaker, rel, i, t1,
                                     neg, rmod, NULL, 0.6, seen, &nseen, cb,
                                     payload)) != 0)))
                    return err;
            i = t1 - 1;
            continue;
        }
        if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
            /* (the noun "meeting with"; "talks with" read by the verb
             * entry "talk with") */
            (ex_tok_is(st, t1, "with") ||
             (t1 > i + 1 && ex_tok_is(st, t1 - 1, "with"))) &&
            (v = ex_meeting_phrase(st, i)) != (size_t)-1 && v > 0 &&
            !(v == 1 && ex_is_ing(st, 0))) {
            /* "Putin praised Sweden at a meeting with Erdogan", "Conable
             * at a meeting with de Mel emphasised": the consultation in
             * a phrase inside the clause is its subject's (or the
             * speaker's just before it), not the nearest actor's (was
             * "Sweden meet Erdogan") */
            const kg_entity *mm = ex_meeting_subject(st, v, speaker,
                                                     speech_at, sm);
            const kg_entity *mo[4];
            const ex_mention *mom[4];
            size_t nm = mm ? ex_objects(st, t1, rel, mm, i, mo, mom, 4) : 0,
                   mk;
            int neg, clause_neg;
            const char *mod, *phrase_mod;
            /* (the clause's modality, "would tie his hands in
             * negotiations with Japan"; the phrase's own negation, not
             * the clause's: "changed no minds in a meeting with") */
            ex_cues(st, 0, i, &clause_neg, &mod);
            ex_cues(st, v, i, &neg, &phrase_mod);
            if (mod && !strcmp(mod, "intended"))
                nm = 0; /* ("wanted to rebuild confidence in peace talks
                         * with", "hope of a breakthrough in talks with":
                         * what is wanted is not the talks; as before) */
            for (mk = 0; mk < nm; mk++)
                if ((err = ex_emit(st, s, idx, mm, mo[mk], rel, i, t1, neg, mod,
                                   NULL, 0.6, seen, &nseen, cb, payload)) !=
                        0 ||
                    /* ("told reporters after a meeting with": talks after
                     * which one side speaks are both ways, as "after talks
                     * with" by the verb entry; realnews README) */
                    ((ex_tok_is(st, v, "after") ||
                      ex_tok_is(st, v, "following")) &&
                     (err =
                          ex_emit(st, s, idx, mo[mk], mm, rel, i, t1, neg, mod,
                                  NULL, 0.6, seen, &nseen, cb, payload)) != 0))
                    return err;
            /* ("Japan will act, senators said today after a meeting
             * with Baldrige": the uncoded speaker's meeting, no one of
             * the clause reported; ex_speech_right_before) */
            if (nm || (!mm && ex_speech_right_before(st, v))) {
                i = t1 - 1;
                continue;
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
        if (ex_situation_forced(st, i, rel, sm)) {
            i = t1 - 1;
            continue;
        }
        if (rel->noun && ex_force_act(rel) && ex_foiled_act(st, i, sm)) {
            /* "Police foiled a militant attack on a church": not done */
            i = t1 - 1;
            continue;
        }
        if (rel->noun && !st->light_verb) {
            /* "the seizure by Iran of a British tanker", "the arrest of
             * two Chinese nationals by Indian police": the "by" phrase's
             * actor did it to the "of" phrase's, whatever stands before
             * the noun.  "Police halted a march by 5,000 farmers",
             * "stopped a protest by students against": a noun whose "by"
             * names who (an actor or a count of people) is theirs, not
             * the verb's subject's (was "Police protest 5,000 farmers";
             * "Erdogan's arrest by Russia": the possessor is the patient,
             * read below) */
            const ex_mention *bom = NULL, *bam;
            int by_named = subj && ex_by_named(st, t1) &&
                           !(ex_patient_noun(rel) && ex_possessor(st, sm));
            bam = ex_by_of(st, rel, by_named ? NULL : subj, i, t1, &bom);
            if (!bam && by_named) {
                i = t1 - 1;
                continue;
            }
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
        if ((!subj ||
             /* ("In a press conference after talks with Seoul, Baldrige
              * called": not the press of the phrase before the time
              * word) */
             (sm && sm->t1 <= ex_opening_lead(st, 0, i))) &&
            ((!rel->noun && ex_is_ing(st, i)) ||
             /* "After talks with Xi, Putin", "During a visit to China,
              * Putin": a consultation told in a time phrase that opens
              * the sentence is the main clause's subject's (not other
              * acts: "After attacks on Israel, the US condemned"), as
              * after a short phrase before it ("At a news conference
              * following talks with Blair, Abbas said") */
             ((rel->noun || !ex_is_ing(st, i)) && rel->cameo &&
              !strncmp(rel->cameo, "04", 2) &&
              (ex_time_opener(st) || ex_opening_lead(st, 0, i) > 0 ||
               /* ("At a news conference with Blair, Bush said", "In
                * talks with Kato, Lyng asked": the meeting the subject
                * was at) */
               ex_venue_opener(st)))) &&
            (tm = ex_opener_subject(st, i, t1)) != NULL) {
            sm = tm;
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
            /* ("ready for talks": an adjective, its subject a verb's) */
            const kg_entity *ps =
                ex_subject(st, v, 0, ex_tok_is(st, v, "ready") ? 0 : 1, &pm,
                           &pron2);
            if (ps && (pm || pron2)) {
                subj = ps;
                sm = pm;
                pronoun = pron2;
            }
        }
        if (rel->cameo && !strncmp(rel->cameo, "04", 2)) {
            size_t go_at;
            if ((tm = ex_trip_subject(st, i, &go_at)) != NULL) {
                /* "travelled to Beijing for a meeting with Xi"; also when
                 * a subject was read already: in wire copy's "arrived in
                 * Cairo on Sunday for talks with Mubarak" it was the
                 * place, Cairo, and the talks are the traveller's.
                 * "talks with" after "for" is the noun even where the
                 * verb row ("talk with") matched: no verb follows "for" */
                sm = tm;
                subj = &sm->ent;
                pronoun = 0;
                st->subj_end = sm->t1;
            } else if (go_at != (size_t)-1 && sm && sm->t0 > go_at) {
                /* "Rha leaves today for Ottawa for trade talks with", "He
                 * was visiting New York for talks with investors": a
                 * traveller not named (or only a pronoun) leaves the
                 * talks no known party; the place of the trip is none */
                subj = NULL;
                sm = NULL;
                pronoun = 0;
            }
        }
        if (!subj && rel->cameo && !strncmp(rel->cameo, "14", 2) &&
            strcmp(rel->pattern, "march") != 0 &&
            strcmp(rel->pattern, "rally") != 0 &&
            (i < 4 || (rel->noun && ex_protest_after_lead(st, i)))) {
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
        if (!subj && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "14", 2) && ex_count_crowd_before(st, i) &&
            (subj = ex_protest_place_crowd(st, i, t1, &home_end)) != NULL) {
            /* "Thousands marched in Nairobi", "Hundreds of thousands
             * packed the square in Cairo": a head count that protests is
             * the people of the place it protests in */
            sm = NULL;
            pronoun = 0;
            st->subj_end = 0;
        }
        pair2 = NULL;
        if (!rel->noun && ex_pair_phrase(st, i, &subj, &pair2)) {
            sm = NULL; /* "both countries were considering" */
            pronoun = 1;
        }
        if (!subj)
            continue; /* a shorter trigger inside the span may still hold */
        if (sm && !pronoun && sm->t0 >= 2 && ex_leader_or_office(subj)) {
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
        if (rel == &ex_beating && !ex_beaten_by_force(st, i, t1, subj))
            continue; /* (see ex_beating: a team beats another) */
        if (rel == &ex_bare_gather && !ex_crowd(subj) &&
            !(ex_gather_demands(st, t1) &&
              (!sm || ex_home_protester(st, sm, subj))))
            continue; /* (see ex_bare_gather, ex_gather_demands) */
        if (!rel->noun && ex_movement_entry(rel) &&
            !ex_armed_code(subj->code) && !ex_thing_modifier(st, sm))
            continue; /* (see ex_movement_entry) */
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
        if (!rel->noun && ex_dash_participle(st, i))
            continue; /* (see ex_dash_participle) */
        if ((rel->quad == 1 || rel->quad == 3) && ex_thing_modifier(st, sm))
            continue; /* "The USA tanks might want": words need a speaker */
        if (rel->cameo && !strncmp(rel->cameo, "19", 2) &&
            ex_striking_workers(st, i))
            continue; /* "warned striking Egyptian workers": people on
                       * strike, no strike on them */
        if (rel->cameo && !strcmp(rel->cameo, "195") && ex_drone_of(st, sm)) {
            /* "a US drone fired missiles at", "a pilotless US aircraft
             * fired": aerial weapons of a remotely piloted craft, 1952 */
            refined = *rel;
            refined.cameo = "1952";
            rel = &refined;
        }
        /* (before subj becomes the salient person "He" may stand for) */
        partner = ex_role_partner(st, sm);
        if (!partner && pair2)
            partner = pair2;
        if (ex_is_person(subj) && !st->toks[i].quote &&
            !ex_owner_aside(st, sm)) {
            st->salient = *subj;
            st->have_salient = st->salient_here = 1;
        }
        sib = ex_sibling(st, sm);
        ex_cues(st, st->subj_end <= i ? st->subj_end : 0, i, &negated,
                &modality);
        {
            int ahead = 0;
            if (rel->cameo && !strncmp(rel->cameo, "04", 2) &&
                !strcmp(modality, "asserted") &&
                ex_trip_programme(st, i, &ahead) && ahead)
                /* "arrived for a visit that includes talks with Bush":
                 * talks still to come are planned (036), as after
                 * "will include" */
                modality = "intended";
            if (talks_ahead && !strcmp(modality, "asserted"))
                modality = "intended"; /* (ex_talks_ahead) */
            if (!strcmp(modality, "asserted") &&
                ex_sending_ahead(st, rel, i))
                modality = "intended"; /* "is sending a team to" */
        }
        if (talks_ahead) {
            /* "Egypt freed ten prisoners before its meeting with": only
             * the clause's subject plans the talks */
            const ex_mention *cm = ex_last_subject(st, i, i, 0);
            if (!sm || !cm || !ex_same_id(&cm->ent, &sm->ent)) {
                i = t1 - 1;
                continue;
            }
        }
        if (sm && ex_neither_member(st, sm))
            negated = 1; /* "Neither Russia nor Ukraine was willing to" */
        s0 = sm ? sm->t0 : st->subj_end > 0 ? st->subj_end - 1 : 0;
        if (!rel->noun && rel->quad == 4 &&
            (!strcmp(modality, "intended") ||
             !strcmp(modality, "hypothetical") ||
             !strcmp(modality, "conditional")) &&
            ex_warned_by_same(st, s0, subj, &warner)) {
            /* "Putin warned that Russia would strike Ukraine", "warned
             * that it would recall its ambassador if": a warning of one's
             * own act is a threat (138, 1313), not a plan; "Barak warned
             * that the air force could strike Iran": the warner's own */
            modality = "threatened";
            if (warner) {
                kg_entity *mine = kg_arena_alloc(&st->arena, sizeof(*mine));
                if (!mine)
                    return KG_ENOMEM;
                subj = ex_sector_of(st, subj, warner, mine);
            }
        }
        if (!rel->noun && rel->cameo && !strncmp(rel->cameo, "12", 2) &&
            !strcmp(modality, "hypothetical") &&
            ex_warned_by_same(st, s0, subj, &warner) && !warner)
            /* "Guillaume warned that France would flatly reject the EC's
             * reforms": one's own country's refusal warned of is
             * announced, as "said it would reject" is (a condition
             * after it makes it a threat, below) */
            modality = "intended";
        /* (a noun that a light verb makes the subject's act too: "Japan
         * said it would extend assistance to Myanmar" is an intent, 033,
         * as "said it would send aid" is) */
        if ((!rel->noun || st->light_verb) &&
            (ex_announced_intent(st, speaker, speech_at, subj, i) ||
             ex_told_intent(st, subj, i) ||
             (!strcmp(modality, "intended") &&
              ex_announced_after(st, speaker, speech_at, subj,
                                 st->subj_end, i)))) {
            modality = "intended";
            st->intent_word = 1;
        }
        if (!rel->noun && rel->cameo && !strcmp(rel->cameo, "142") &&
            strchr(rel->pattern, '*') &&
            ex_pattern_ends_food(rel->pattern) &&
            t1 < st->ntoks &&
            ex_plain_word(st, t1) && ex_when_phrase(st, t1) == t1 &&
            !ex_pronoun_is(&st->toks[t1], ex_food_when)) {
            /* "had refused to continue financing food subsidies": the
             * food of a hunger strike's entry ("refuse * food") that a
             * noun after it makes a modifier ("food subsidies", "food
             * aid") is no meal refused */
            i = t1 - 1;
            continue;
        }
        if (!negated && !strcmp(modality, "asserted") &&
            ex_voted_protest(st, rel, i))
            /* "5,000 bank workers voted to strike on March 24", "voted
             * overwhelmingly to launch a nationwide strike": a strike
             * voted for is not held yet, a threat of one (133) */
            modality = "intended";
        if (!rel->noun && !strcmp(modality, "intended") &&
            ex_unless_threat(st, t1, rel->cameo, 0))
            /* "said it could withdraw its soldiers unless": a threat
             * (ex_unless_threat) */
            modality = "threatened";
        if (!rel->noun && !strcmp(modality, "hypothetical") &&
            ex_could_if_threat(st, speaker, speech_at, subj, i) &&
            ex_unless_threat(st, t1, rel->cameo, 1))
            modality = "threatened";
        if (!rel->noun && !negated && !strcmp(modality, "conditional") &&
            ex_if_before_threat(st, i, rel->cameo))
            /* "If Tokyo failed to act, Britain was ready to retaliate":
             * a threat (ex_if_before_threat) */
            modality = "threatened";
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
        if (!rel->noun && !participle && sm && !pronoun && sm->t1 + 1 == i &&
            ex_tok_punct(st, sm->t1, ',')) {
            /* "<The Daily Telegraph PLC>, of London, agreed": a place
             * after "of" set off by commas names where the subject is
             * from; the subject itself is before it, unknown */
            size_t j = sm->t0;
            if (j > 0 && ex_tok_is(st, j - 1, "the"))
                j--;
            if (sm->oe &&
                ex_country_or_place(sm->oe->type) &&
                j > 1 && ex_tok_is(st, j - 1, "of") &&
                ex_tok_punct(st, j - 2, ',')) {
                i = t1 - 1;
                continue;
            }
            /* "aid worker Margaret Hassan, kidnapped in Iraq": a participle
             * of harm set off after a name, with no object of its own, is
             * a passive: the name is the one harmed, the actor only known
             * from "by" (none when the name is a place after "in": "the
             * head of its department in London, accused by") */
            if (ex_appositive_passive(st, rel, i, t1)) {
                const kg_entity *agent = ex_by_agent(st, t1);
                if (agent && !ex_place_after_prep(st, sm) &&
                    (err = ex_emit(st, s, idx, agent, subj, rel, i, t1,
                                   negated, modality, NULL, 0.6, seen,
                                   &nseen, cb, payload)) != 0)
                    return err;
                i = t1 - 1;
                continue;
            }
        }
        /* ("told Iraq on Friday to free", "urged Bosnia on Tuesday to
         * work with Zagreb": wire copy dates the appeal between the one
         * asked and "to") */
        if (!rel->noun &&
            ((ex_to_verb(st, ex_when_phrase(st, ex_past_body(
                                     st, ex_after_group(st, st->subj_end)))) ==
                  i &&
              ((v = ex_appeal_verb(st, s0, &fam, &passive)) != (size_t)-1 ||
               (sm && (v = ex_appeal_verb(st, ex_first_conjunct(st, s0), &fam,
                                          &passive)) != (size_t)-1))) ||
             /* (the cheap test first: a lexicon match per trigger is
              * not) */
             (sm &&
              ((v = ex_that_appeal_verb(st, s0, &fam)) != (size_t)-1 ||
               /* "insisted that Greece and Turkey resolve" */
               (v = ex_that_appeal_verb(st, ex_first_conjunct(st, s0),
                                        &fam)) != (size_t)-1) &&
              ex_bare_verb(st, ex_past_body(st, ex_after_group(
                                   st, st->subj_end))) == i &&
              !ex_suggested_fact(st, v, i) && !(passive = 0)))) {
            /* "Obama wants Putin to attack Switzerland": an appeal by
             * Obama to Putin (021); the attack is only demanded, so it
             * is kept without an event code.  "Obama is pressured by
             * Congress to help Iran": Congress asks, Obama would act.
             * "allowed Russia to help Israel": the help is permitted,
             * no more */
            const ex_mention *om;
            const kg_entity *other = ex_subject_of_m(st, v, &om);
            const kg_entity *asker, *asked;
            size_t ov;
            if (other && om && !passive &&
                (ov = ex_object_before_purpose(st, om, v)) != (size_t)-1) {
                /* "met the heads of state of six Mideast Gulf countries
                 * earlier this month to urge OPEC members to comply": the
                 * appeal is the meeting subject's purpose, not the act
                 * of those met (ex_object_before_purpose, as at the
                 * appeal verb's own trigger; fix32) */
                const ex_mention *cm = ex_last_subject(st, ov, v, 0);
                other = cm && cm != om && !cm->ent.is_value && cm->ent.code &&
                                cm->ent.code[0]
                            ? &cm->ent
                            : NULL;
            }
            asker = passive ? subj : other;
            asked = passive ? other : subj;
            /* (unless the asking verb made its own relation already:
             * "pressured by" is coercion in the lexicon) */
            /* ("ordered its forces to hold their fire": an order to
             * one's own is no event between two actors; only the act
             * asked for is uncoded) */
            if (*fam && !st->toks[v].trigger &&
                !(s0 > 0 && st->toks[s0 - 1].tag == KG_W_POSS)) {
                /* "he may recommend that the United States retaliate",
                 * "if Russia demands that": the asking verb's own modal
                 * or condition holds the appeal too (its intent words
                 * are the act's, read at the trigger) */
                int neg_v, intent = st->intent_word;
                const char *mod_v = "asserted";
                ex_cues(st, 0, v, &neg_v, &mod_v);
                st->intent_word = intent;
                /* "Chad did not ask France to help": the appeal's own
                 * negation holds it too (the act's, "urged Iran not to
                 * help", held it alone) */
                negated = negated || neg_v;
                if (strcmp(mod_v, "hypothetical") != 0 &&
                    strcmp(mod_v, "conditional") != 0)
                    mod_v = "asserted";
                /* "has little chance of persuading the U.S. to drop":
                 * an appeal only weighed is not made */
                if (ex_unasserted_frame(st, v))
                    mod_v = "hypothetical";
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
                if (asker && asked && !passive && sm) {
                    /* "called on Israel and the Palestinians to
                     * negotiate": the appeal is made to each one asked */
                    const kg_entity *co[EX_MAX_OBJECTS];
                    size_t nco = ex_coordinated_after(st, sm, v, co,
                                                      EX_MAX_OBJECTS),
                           c;
                    for (c = 0; c < nco; c++)
                        /* (only actors kg codes: "asked the Ways and
                         * Means Committee to" asks no "Ways") */
                        if (co[c]->code && *co[c]->code &&
                            !ex_same_id(co[c], asker) &&
                            (err = ex_emit(st, s, idx, asker, co[c], &refined,
                                           v, v + 1, negated, mod_v, NULL,
                                           0.6, seen, &nseen, cb,
                                           payload)) != 0)
                            return err;
                }
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
            ex_uncode(&refined, &rel);
            modality = *fam ? "demanded" : "hypothetical";
            negated = 0;
        } else if ((!rel->noun || ex_noun_light_verb(st, i) != i) &&
                   (v = (size_t)ex_asked_act(
                        st, st->subj_end,
                        rel->noun ? ex_noun_light_verb(st, i) : i)) != 0) {
            /* asked of the subject by someone kg cannot name: the act
             * itself is no event ("was asked to launch an offensive":
             * an event noun's light verb, ex_noun_light_verb) */
            ex_uncode(&refined, &rel);
            modality = v == 1 ? "demanded" : "hypothetical";
        } else if (!rel->noun && ex_deadline_act(st, s0, st->subj_end, i)) {
            /* "gave Syria 10 days to expel": the expulsion is what the
             * ultimatum demands, not done */
            ex_uncode(&refined, &rel);
            modality = "demanded";
        } else if ((!rel->noun || ex_noun_light_verb(st, i) != i) &&
                   (v = (size_t)ex_asked_by_noun(
                        st, rel->noun ? ex_noun_light_verb(st, i) : i)) !=
                       0) {
            /* "rejected Germany's request to send ammunition": asked
             * for or proposed, not done (the refusal codes what was
             * asked: 1222); so is an event noun's light verb ("a
             * resolution to impose sanctions") */
            ex_uncode(&refined, &rel);
            modality = v == 1 ? "demanded" : "hypothetical";
        } else if (sm &&
                   (v = ex_act_in_bare_clause(st, sm, rel, i, &fam)) !=
                       (size_t)-1) {
            /* "Sweden insists Turkey boost aid to Syria": the aid is
             * what is demanded, not given (ex_act_in_bare_clause) */
            ex_uncode(&refined, &rel);
            modality = *fam ? "demanded" : "hypothetical";
        } else if (rel->noun && sm && ex_noun_of_infinitive(st, sm, i) &&
                   (v = ex_appeal_verb(st, s0, &fam, &passive)) !=
                       (size_t)-1 &&
                   *fam && !passive) {
            /* "urged Reagan to step up negotiations with Moscow": the
             * negotiations are only asked for */
            ex_uncode(&refined, &rel);
            modality = "demanded";
        } else if (!rel->noun && rel->quad >= 3 &&
                   (v = ex_claim_verb(st, s0,
                                      rel->quad == 4 &&
                                          !strcmp(modality, "asserted"))) !=
                       (size_t)-1) {
            /* "The US claimed that ISIL had attacked Iraq" */
            static const kg_onto_relation accuse = {
                "claim", "accuse", "accuses", "112", "ACCUSE", 3,
                0,       NULL,     NULL,      NULL,  NULL,     NULL, 0, 0, 0};
            /* ("amid Tory claims that": the noun's owner) */
            const kg_entity *claimant = ex_claims_owner(st, v);
            if (!claimant)
                claimant = ex_subject_of(st, v);
            if (claimant && claimant->country && subj->country &&
                !strcmp(claimant->country, subj->country) &&
                rel->quad == 4 && !strcmp(modality, "asserted") &&
                ex_in_list(ex_claim_verbs, st->toks[v].lower) &&
                !negated) {
                /* "The US claimed that it had attacked Iraq", "the
                 * rebels claimed they had shot down a helicopter": harm
                 * one's own side did, claimed, is a claim of
                 * responsibility (015, subject and target of the act), as
                 * an admission is (ex_admit_verb below), no accusation */
                ex_recode(&refined, &rel, "claim_responsibility",
                          "claims responsibility for", "015", NULL, 1);
            } else if (ex_own_side_said(claimant, subj, st->toks[v].lower)) {
                /* "U.S. Defence Secretary Weinberger said that U.S.
                 * warships destroyed the platform": harm one's own side
                 * did, told with "said that", is the act reported, no
                 * accusation (ex_own_side_said) */
            } else {
                if (claimant &&
                    (err = ex_emit(st, s, idx, claimant, subj, &accuse, v,
                                   v + 1, 0, "asserted", NULL, 0.5, seen,
                                   &nseen, cb, payload)) != 0)
                    return err;
                modality = "reported";
                if (ex_in_list(ex_claim_verbs, st->toks[v].lower)) {
                    /* a claim or an allegation is contested: the event
                     * the writer reports is the accusation, and the act
                     * claimed is kept without an event code, as an asked
                     * act is ("said that" keeps it: officials' words are
                     * how acts are reported) */
                    ex_uncode(&refined, &rel);
                }
            }
        }
        if (rel->cameo && !rel->noun && rel->quad == 4 &&
            !strcmp(modality, "asserted") && !negated &&
            (v = ex_admit_verb(st, s0)) != (size_t)-1) {
            /* "Iran admitted that its military had shot down the
             * Ukrainian airliner": the harm its own side did, admitted,
             * is the admission CAMEO codes (015, subject and target of
             * the act), when the one who admits is of the actor's
             * country */
            const kg_entity *conceder = ex_subject_of(st, v);
            if (conceder && conceder->country && subj->country &&
                !strcmp(conceder->country, subj->country)) {
                ex_recode(&refined, &rel, "claim_responsibility", "admits",
                          "015", NULL, 1);
            }
        }
        if (rel->quad == 4 && rel->cameo && !strcmp(modality, "asserted") &&
            (!rel->noun ||
             (i > 0 && ex_in_list(ex_admit_verbs, st->toks[i - 1].lower))))
            /* "Russia admitted bombing the village" (a gerund read as the
             * noun), "Pyongyang conceded in 2002 that its agents had
             * abducted": what ex_admit_verb above did not read.  Here the
             * act stays and the admission is added: the act's target may
             * come from its kind of force ("the village in Syria"), which
             * a 015 in its place would not find. */
            admitter = ex_admitted_by(st, s0, i, subj);
        if (rel->cameo && ex_denied_frame(st, i))
            /* "Iran denied supplying drones to Russia": another's claim,
             * which the subject denies: kept negated with its code, as a
             * denied "that" clause is (ex_denied_clause), so that users
             * see what was denied */
            negated = 1;
        if (rel->cameo && subj && subj->code &&
            /* (a firm weighing a purchase or a sale, "Exco had been
             * considering buying a U.S. broker", is business, no policy
             * option: news has many) */
            !strstr(subj->code, "BUS") &&
            /* (a verb trigger too: "to reopen talks with" reads the noun
             * "talks" as the verb) */
            (ex_weighed_noun(st, i) ||
             (!rel->noun && ex_weighed_option(st, i)))) {
            /* "Seoul is considering sending a hospital unit to Iraq",
             * "Japan is weighing whether to freeze food shipments to
             * North Korea": an act of the subject's own that it weighs is
             * the option CAMEO codes as considered (014), aimed at the
             * act's target */
            ex_recode(&refined, &rel, "consider_option", "considers", "014",
                      NULL, 1);
            modality = "asserted";
        }
        if (rel->cameo &&
            ((!strncmp(rel->cameo, "19", 2) && !strcmp(modality, "asserted") &&
              ex_aid_purpose(st, i)) ||
             ((!strncmp(rel->cameo, "19", 2) ||
               !strncmp(rel->cameo, "18", 2) ||
               !strncmp(rel->cameo, "17", 2)) &&
              ex_history_noun(st, i)))) {
            /* "asked for weapons to help it fight al Shabaab": the fight
             * is what the aid is for (ex_aid_purpose; the asker's own
             * fight, "asked Russia for weapons to fight Turkey", is read
             * as intended before); "in reprisal for an earlier Chadian
             * raid on the town": an earlier fight named in passing
             * (ex_history_noun).  No act told here. */
            ex_uncode(&refined, &rel);
            modality = "hypothetical";
            negated = 0;
        }
        if (rel->cameo && strcmp(rel->cameo, "115") != 0 &&
            ex_suit_purpose(st, i))
            /* "automakers filed suit to block California's rules": the
             * suit is the act, aimed at the blocked thing's owner
             * (ex_suit_purpose) */
            ex_recode(&refined, &rel, "sue", "sues", "115", "ACCUSE", 3);
        if (rel->cameo && !strcmp(rel->cameo, "130") && rel->noun &&
            ex_warned_conduct(st, i))
            /* "a warning to Congress to meet the targets": as "warned
             * Congress to" (ex_warned_conduct) */
            ex_recode(&refined, &rel, "criticize", "criticizes", "111",
                      "ACCUSE", 3);
        if (rel->cameo && !strcmp(rel->cameo, "130") && !rel->noun) {
            /* (each reading of the warning asked once) */
            int fact = ex_warned_fact(st, i),
                outcome = ex_warned_outcome(st, i);
            if (fact == 2 || outcome == 2)
                /* "warned Japan that friction over trade is hurting
                 * relations": harm from circumstances, a pessimistic
                 * comment (ex_warned_fact) */
                ex_recode(&refined, &rel, "warn", "warns", "012", NULL, 1);
            else if (fact || outcome || ex_warned_conduct(st, i))
                /* "Britain has warned Sudan that it still has a lot of
                 * work to do": a warning naming no consequence is a
                 * reproach (ex_warned_fact) */
                ex_recode(&refined, &rel, "criticize", "criticizes", "111",
                          "ACCUSE", 3);
        }
        if (rel->cameo && !strcmp(rel->cameo, "030") && !rel->noun &&
            ex_reassured_outlook(st, i))
            /* "Bonn has reassured U.S. officials they expect growth to
             * pick up again": an outlook, not a promise
             * (ex_reassured_outlook) */
            ex_recode(&refined, &rel, "optimism", "is optimistic about",
                      "013", NULL, 1);
        if (rel->cameo &&
            ((!strcmp(rel->cameo, "130") && ex_warned_public(st, i)) ||
             ex_reassure_attempt(st, i) || ex_controversy_topic(st, i))) {
            /* "warned people to avoid the browser": advice to the public
             * (ex_warned_public), no threat; "will seek to reassure MPs":
             * an attempt, nothing said (ex_reassure_attempt); "reopened
             * the row over Blair's decision to go to war with Iraq": the
             * act a quarrel is about, named in passing
             * (ex_controversy_topic) */
            ex_uncode(&refined, &rel);
            modality = "hypothetical";
            negated = 0;
        }
        if (rel->cameo && ((ex_unasserted_frame(st, i) &&
                            strcmp(rel->type, "consider_option") != 0) ||
                           (!strncmp(rel->cameo, "04", 2) &&
                            ex_obstructed_noun(st, i)))) {
            /* only rumoured, suggested or weighed (or talks obstructed,
             * "talks" read as the noun or as the verb "talk with"): kept
             * without an event code, as an asked act is */
            ex_uncode(&refined, &rel);
            modality = "hypothetical";
            negated = 0;
        }
        if (rel->cameo && rel->noun && !strcmp(rel->cameo, "057") &&
            !ex_accord_made(st, i, t1))
            /* an accord named as a thing, not made (ex_accord_made):
             * kept without an event code */
            ex_uncode(&refined, &rel);
        if (rel->cameo && !strcmp(rel->cameo, "057") && !negated &&
            !strcmp(modality, "asserted")) {
            /* an accord wished for or thought possible, not made
             * (ex_accord_wished) */
            int w = ex_accord_wished(st, i);
            if (w == 1) {
                modality = "intended";
                st->intent_word = 1;
            } else if (w == 2)
                modality = "hypothetical";
        }
        if (rel->cameo && !rel->noun && !strcmp(modality, "conditional") &&
            ex_supposed(st, i)) {
            /* "Moscow could use its nuclear arsenal if Ukraine attacked
             * Crimea", "unless Kenya pulled its troops out of Somalia":
             * the condition's act is the threat's terms, not done by
             * anyone: kept without an event code, as an asked act is
             * (a verb's: a noun names a thing that may be done already,
             * "whether to act on a European Community complaint") */
            ex_uncode(&refined, &rel);
        }
        if (negated && rel->cameo && ex_map_code(ex_refusals, rel->cameo) !=
                                         rel->cameo &&
            /* (not another's denial: "Syria denied that Russia could help
             * Turkey" is Russia's help denied, not Russia's refusal) */
            !st->denied && !ex_denied_frame(st, i) &&
            (!strcmp(modality, "intended") ||
             (!strcmp(modality, "hypothetical") && !ex_ended_act(st, i)) ||
             /* (a material act or a yield: "no reason to praise" is
              * no refusal) */
             (!strcmp(modality, "asserted") && ex_no_reason_to(st, i) &&
              strncmp(rel->cameo, "05", 2) != 0 &&
              strncmp(rel->cameo, "03", 2) != 0))) {
            /* "Obama said he would not provide support to Israel": not a
             * negated act but an act of its own, a refusal (121); so is
             * "said it would stop sharing data with", but not "must stop
             * selling", "could stop funding" (an obligation, a guess) */
            ex_recode(&refined, &rel, "reject", "refuses",
                      ex_map_code(ex_refusals, rel->cameo), "REJECT", 3);
            negated = 0;
            if (!strcmp(modality, "hypothetical") &&
                ex_announced_after(st, speaker, speech_at, subj,
                                   st->subj_end, i))
                /* "Sudan would not allow UN peacekeepers into Darfur,
                 * President Omar al-Bashir said": the wire's backshifted
                 * "will not", said by the subject's own side, is the
                 * refusal announced, as "said it would not" is */
                modality = "intended";
            else if (ex_no_reason_to(st, i))
                modality = "asserted"; /* "sees no need to lift": said */
        }
        if (rel->cameo && !strcmp(rel->cameo, "010") &&
            !strcmp(rel->type, "comment") && ex_comment_out_of_reach(st, i)) {
            /* "could not be reached for comment on the attack": no
             * comment made nor refused (ex_comment_out_of_reach) */
            ex_uncode(&refined, &rel);
        } else if (negated && rel->cameo && !strcmp(rel->cameo, "010") &&
                   !strcmp(rel->type, "comment")) {
            /* "would not comment on Japan", "refused to comment on Iran",
             * "had no comment on China": a comment withheld is the act
             * CAMEO codes as declining to comment (011), not a negated
             * statement */
            refined = *rel;
            refined.type = "decline_comment";
            refined.label = "declines to comment on";
            refined.cameo = "011";
            rel = &refined;
            negated = 0;
            modality = "asserted";
        }
        if (rel->cameo && !strcmp(rel->cameo, "163") && !rel->noun &&
            ex_civil_actor(st, sm, subj)) {
            /* "Iranian merchants boycotted French goods", "students
             * boycotted": a boycott by civilians is a protest (143); a
             * state's is an embargo (163) */
            ex_recode(&refined, &rel, "protest", "boycotts",
                      "143", "PROTEST", 3);
        }
        if (rel->cameo && ex_bloody_strike(st, i) &&
            ex_labour_strike(st, rel, sm, subj, t1))
            continue; /* "killing nine people ... in a bloody strike at a
                       * key U.S. ally": the attack of others, told
                       * again, neither the victims' strike nor theirs */
        if (rel->cameo && ex_labour_strike(st, rel, sm, subj, t1)) {
            /* "7,000 black miners went on strike at South African
             * mines", "the union threatened to strike at 10 a.m.": a
             * labour strike is a protest (143; its threat becomes 133
             * with the other threats), not an armed attack */
            ex_recode(&refined, &rel, "protest", "strikes against",
                      "143", "PROTEST", 3);
        }
        if (!rel->cameo && !rel->noun && !strcmp(rel->type, "join") &&
            strcmp(rel->pattern, "join") != 0 &&
            !(negated && (ex_refused_before(st, i) == 1 ||
                          !strcmp(modality, "intended"))))
            /* ("took part in the Great Ireland Run", "to take part in the
             * G7 meeting": the entries "take part in" and "participate
             * in" are read only when refused, below; taking part gives
             * no edge worth its noise) */
            continue;
        if (negated && !rel->cameo && !rel->noun &&
            !strcmp(rel->type, "join") &&
            (ex_refused_before(st, i) == 1 || !strcmp(modality, "intended")) &&
            !ex_place_modifier_after(st, t1)) {
            /* "India refused to join China's Belt and Road Initiative",
             * "declined to take part in the pipeline project with
             * Russia": joining has no code of its own, but refusing to
             * join what another runs is a rejection of material
             * cooperation (121) toward it; so is saying one will not
             * ("Georgia said it would not take part in a joint inquiry
             * with Russia", wire copy's usual refusal).  (Only these
             * verbs: most "refused to" has no party refused, or an act
             * coded already.) */
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
        if (!rel->noun && rel->cameo && rel->quad <= 2 && i > 0 &&
            ex_is_ing(st, i) && !ex_goods_trade(rel) &&
            ex_map_code(ex_reductions, rel->cameo) == rel->cameo &&
            ex_stopped_before(st, i) == i) {
            /* "stopped cooperating with the IAEA": cooperation stopped
             * that no reduction code names more closely is a reduction
             * of relations (160, read below as stopped cooperation, 06) */
            refined = *rel;
            refined.cameo = "06";
            rel = &refined;
        }
        if (rel->cameo &&
            ex_map_code(ex_reductions, rel->cameo) != rel->cameo &&
            /* the noun after a stop verb ("suspended economic assistance
             * to"), or the verb's gerund right after it ("stopped
             * supplying weapons to", "will halt sharing intelligence
             * with") */
            (((v = ex_stopped_before(st, i)) != 0 &&
              (rel->noun || (i > 0 && ex_is_ing(st, i) && v == i &&
                             !ex_goods_trade(rel)) ||
               /* (a verb's entry read at its plural noun, the stop
                * verb's object: "halted supplies to Ukraine", "shut off
                * gas supplies to") */
               (!ex_goods_trade(rel) && ex_plural_noun(st, i)))) ||
             (!rel->noun && (v = ex_attempt_ended(st, i, &ended)) != 0))) {
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
            if (ended && !strcmp(modality, "intended"))
                /* "ended its efforts to broker": the end is done, not
                 * the mediation only tried for ("might give up its
                 * effort" stays intended: a threat to halt it, 135) */
                modality = "asserted";
            if (!rel->noun && ex_ended_act(st, i) &&
                !(v >= 2 && (ex_tok_is(st, v - 2, "not") ||
                             ex_tok_is(st, v - 2, "never") ||
                             ex_tok_is(st, v - 2, "n't"))))
                /* (the gerund's act ended, which ex_ended_act negates,
                 * is this reduction, done: "stopped supplying weapons to
                 * Syria" is 1622, "did not stop supplying" none) */
                negated = 0;
            rel = &refined;
            if (asked) {
                /* "demanded that Washington stop arms sales to Taiwan":
                 * the stop is asked for (the demand was read at its
                 * verb), not done */
                refined.cameo = NULL;
                modality = "demanded";
            }
        }
        if (rel->noun && rel->cameo && !strcmp(rel->cameo, "163") &&
            ex_sanctions_kept(st, i, t1)) {
            /* "will keep its trade embargo on Cuba in place": sanctions
             * not eased (1244), no new ones */
            ex_recode(&refined, &rel, "reject", "refuses to ease sanctions on",
                      "1244", "REJECT", 3);
        } else if (rel->noun && rel->cameo && !strcmp(rel->cameo, "172") &&
                   ex_sanctions_kept(st, i, t1)) {
            /* "will keep its ban on the Islamic Salvation Front": a ban
             * not eased (1241), no new one */
            ex_recode(&refined, &rel, "reject",
                      "refuses to ease restrictions on", "1241", "REJECT", 3);
        }
        if (rel->noun && rel->cameo && !strncmp(rel->cameo, "07", 2) &&
            ex_aid_cut_after(st, t1) != 0) {
            /* "its economic assistance to Pakistan could be suspended if
             * Islamabad went ahead", "Japan's aid to Pakistan was
             * suspended": aid named as what is cut is no aid given;
             * kept without an event code (the cut is the verb's), or,
             * cut by a modal under a condition, its owner's threat to
             * cut it (ex_aid_cut_threat, 1311) */
            if (!negated && subj &&
                ex_aid_cut_threat(st, ex_aid_cut_after(st, t1)) &&
                /* (the owner's own side says it, or, no one speaking, the
                 * owner is the clause's "its" or "their": "Tokyo signalled
                 * that its aid"; "..., Pakistani officials said" or the
                 * writer's "Japan's aid could be" is speculation) */
                (speaker ? ex_speaks_for_state(st, speaker, subj) ||
                               ex_own_lawmaker(speaker, subj)
                         : subj->text && (!strcmp(subj->text, "its") ||
                                          !strcmp(subj->text, "their")))) {
                ex_recode(&refined, &rel, "threaten", "threatens to cut aid to",
                          "1311", "THREATEN", 3);
                modality = "threatened";
            } else {
                ex_uncode(&refined, &rel);
                modality = "hypothetical";
                negated = 0;
            }
        }
        if (rel->noun && rel->cameo && !strcmp(rel->cameo, "026") &&
            ex_invitation_refused(st, i)) {
            /* "Netanyahu turned down an invitation to meet Abbas": the
             * subject was invited and said no to the meeting (125), it
             * invited no one */
            ex_recode(&refined, &rel, "reject", "rejects meeting with",
                      "125", "REJECT", 3);
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
        if (ex_force_act(rel) && ex_sector_only(subj)) {
            /* "rebels stormed a village in India's northeast": see
             * ex_violence_place_actor */
            kg_entity *reb = kg_arena_alloc(&st->arena, sizeof(*reb));
            if (!reb)
                return KG_ENOMEM;
            subj = ex_violence_place_actor(st, t1, subj, reb);
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
            /* "Britain joined France in condemning Russia": both did
             * (each one once) */
            const kg_entity *jn[EX_MAX_OBJECTS];
            size_t nj = ex_joined_in(st, sm, i, jn, EX_MAX_OBJECTS), q, r;
            /* ("France, along with Germany, condemned Russia": the
             * aside's actors did it too) */
            if (nj == 0)
                nj = ex_along_with(st, sm, i, jn, EX_MAX_OBJECTS);
            /* ("firms, including DaimlerChrysler, Siemens and Volkswagen,
             * have been negotiating": the aside's other members too) */
            if (nj == 0)
                nj = ex_including_rest(st, sm, i, jn, EX_MAX_OBJECTS);
            for (q = 0; q < nj && nsubj < EX_MAX_OBJECTS; q++) {
                for (r = 0; r < nsubj && !ex_same_id(subjs[r], jn[q]); r++)
                    ;
                if (r == nsubj)
                    subjs[nsubj++] = jn[q];
            }
        }
        /* "Indonesian police were placed on maximum alert", "troops were
         * put on high alert after": forces alerted, with no one named
         * who alerted them, show their own state's force (15); they are
         * the actor, as in "went on alert", and the target is found as
         * for the active verb (ex_posture_target, the home country of
         * police) */
        posture_passive =
            !rel->noun && !rel->reversed && rel->cameo &&
            !strncmp(rel->cameo, "15", 2) && nsubj == 1 && subj &&
            /* (not "troops were sent to guard the palace in Bangui": a
             * force sent abroad is as often a protection or a
             * peacekeeping aid (07) as a show of force) */
            strncmp(rel->pattern, "send", 4) != 0 &&
            subj->country && *subj->country &&
            (ex_code_ends(subj->code, "MIL") ||
             ex_code_ends(subj->code, "COP")) &&
            ex_is_passive(st, i) && !ex_by_agent(st, t1);
        if (!rel->noun && !rel->reversed && ex_is_passive(st, i) &&
            !posture_passive && !ex_drawn_on(rel) && !ex_feeling_entry(rel)) {
            /* "were released by Putin": the agent after "by" acts on the
             * grammatical subject(s); no agent, no dyad (a reversed
             * dictionary entry reads the passive as it is written:
             * "- + * FROM $" under FREE, "Ithilen was freed from
             * Mordor", its subject the target already) */
            const kg_entity *agent = ex_by_agent(st, t1);
            const ex_mention *owner, *mh;
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
            if (!agent && rel->cameo &&
                (agent = ex_passive_warner(st, sm, i, rel->cameo)) != NULL)
                /* "warned that British journalists would be expelled":
                 * the warner's threat (ex_passive_warner) */
                modality = "threatened";
            if (!agent || ex_passive_of_plain_noun(st, sm, i) ||
                (nsubj == 1 && ex_passive_describer_in_pp(st, sm, i) &&
                 !ex_possessed_subject(st, sm)) ||
                ex_passive_carried(rel))
                continue;
            if (nsubj == 1 && !ex_possessed_subject(st, sm) &&
                ex_passive_subject_in_modifier(st, sm, i, &mh)) {
                /* (the verb's subject is the modified head, no actor
                 * when it is a plain noun) */
                if (!mh)
                    continue;
                subjs[0] = &mh->ent;
                sm = mh;
            }
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
            int gm_own = 0;
            if (gs && ex_symmetric(rel)) {
                /* "hopes to restart Israeli-Palestinian talks": the pair
                 * that modifies the shared noun holds the talks, each
                 * with the other; the subject only brings them about */
                size_t q;
                if (strcmp(modality, "asserted") != 0) {
                    /* (hoped or planned by the subject, not by the pair:
                     * no event code of theirs) */
                    ex_uncode(&refined, &rel);
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
            /* ("would not allow UN peacekeepers into Darfur": an actor
             * that ends where the entry does, its last noun the actor's
             * own, is the one acted on, not the entry's preposition's
             * place) */
            if (gm && rel->prep && !rel->noun && gm->t1 == t1 &&
                gm->t1 > gm->t0 + 1 && gm->ent.code && *gm->ent.code &&
                ex_pattern_word(rel, st->toks[t1 - 1].lower))
                gm_own = 1;
            /* ("handed over to Iran the remains of 20 soldiers": the
             * entry's own preposition opens the gap, right after the
             * entry's word before it, and names the one the thing goes
             * to, as it would after the thing; "of" after the thing is
             * no longer the party) */
            if (gm && rel->prep && !rel->noun && gm->t0 >= i + 2 &&
                gm->t1 < t1 && gm->ent.code && *gm->ent.code &&
                ex_tok_is(st, gm->t0 - 1, "to") &&
                ex_in_list(rel->prep, "to") &&
                ex_pattern_word(rel, st->toks[gm->t0 - 2].lower))
                gm_own = 1;
            t1 = ex_past_goods(st, t1, rel);
            if (gm && !rel->prep && !rel->noun && rel->cameo &&
                !strcmp(rel->cameo, "053") && strstr(rel->pattern, " to ")) {
                /* "lobbied other European governments to back Ukraine's
                 * bid": those lobbied are in the gap; the support is
                 * rallied on behalf of the one backed after the entry
                 * (053's target), when a coded actor stands there */
                size_t n2 = ex_coded_objects(st, t1, rel, subj, i, objs,
                                             oms);
                if (n2) {
                    nobj = n2;
                    gm = NULL;
                } else if (t1 < st->ntoks &&
                           ex_pronoun_is(&st->toks[t1], ex_owners)) {
                    /* "Taiwan lobbied Washington to back its bid": support
                     * asked for the lobbyist's own cause rallies none on
                     * another's behalf; it is an appeal for diplomatic
                     * support (022) to the one lobbied */
                    ex_recode(&refined, &rel, "urge",
                              "appeals for support to", "022", "", 1);
                }
            }
            if (gm && !rel->prep && !rel->noun && rel->cameo &&
                !strncmp(rel->cameo, "04", 2) && t1 > 0 &&
                ex_tok_is(st, t1 - 1, "with") &&
                ex_pattern_word(rel, "with")) {
                /* "discussed Iraq with Blair", "negotiated Japanese
                 * imports with Germany", "discussed Iraq with
                 * reporters": a consultation's entry that ends in "with"
                 * names its partner after it; an actor in the gap is the
                 * topic (or its owner), never the partner ("charged
                 * Japan with lying" is no consultation: the one charged
                 * stands in the gap) */
                gm = NULL;
            }
            if (gm && (!rel->prep || gm_own)) {
                objs[0] = &gm->ent;
                oms[0] = gm;
                nobj = 1 + ex_gap_conjuncts(st, gm, t1, objs + 1, oms + 1,
                                            EX_MAX_OBJECTS - 1);
                if (!gm->ent.code || !*gm->ent.code) {
                    /* "rallied Arab support for the Palestinians": a
                     * name in the gap kg has no code for is as often a
                     * modifier; a coded actor after the entry is the
                     * party */
                    size_t n2 = ex_coded_objects(st, t1, rel, subj, i, objs,
                                                 oms);
                    if (n2)
                        nobj = n2;
                }
            }
            if (!nobj && gm && t1 < st->ntoks && ex_tok_is(st, t1, "with") &&
                strstr(rel->pattern, " offer ")) {
                /* "rejected a Russian offer of talks with the United
                 * States": the offer's maker named in the gap is the one
                 * turned down; "with" names the talks' other party, the
                 * object only when no maker is named */
                objs[0] = &gm->ent;
                oms[0] = gm;
                nobj = 1;
            }
            if (!nobj && !gm && !rel->prep && i + 1 < t1 &&
                st->toks[i + 1].tag == KG_W_PRON)
                /* "calling him an autocrat": a pronoun in the gap */
                nobj = ex_objects(st, i + 1, rel, subj, i, objs, oms, 1);
            if (!nobj)
                nobj = ex_objects(st, t1, rel, subj, i, objs, oms,
                                  EX_MAX_OBJECTS);
            if (!nobj && !gm && !rel->prep && !rel->noun &&
                ex_gap_thing_owner_after(st, i, t1, rel))
                /* "attacked the decision by Britain's highest court",
                 * "shot down a proposal by Germany": an entry that ends
                 * in the thing acted on, its maker or owner named after
                 * it by "by", "of" or "from", reads as the bare verb's
                 * object does ("criticised the decision by Japan"): the
                 * owner is the target (coord32) */
                nobj = ex_objects(st, i + 1, rel, subj, i, objs, oms,
                                  EX_MAX_OBJECTS);
            if (recip != (size_t)-1) {
                /* "gave Iraq an ultimatum to leave Kuwait": the actor
                 * given the act is its target, whatever the noun's own
                 * phrase names after it */
                const ex_mention *rm = ex_mention_at(st, recip);
                if (rm) {
                    objs[0] = &rm->ent;
                    oms[0] = rm;
                    nobj = 1;
                } else {
                    nobj = ex_objects(st, recip, rel, subj, i, objs, oms, 1);
                }
            }
            if (nobj == 1 && oms[0] && oms[0]->ent.is_value && rel->cameo &&
                !strncmp(rel->cameo, "07", 2) && oms[0]->t0 > t1 &&
                oms[0]->t0 <= t1 + 3 && ex_tok_is(st, t1, "worth") &&
                (bx = ex_people_in_place(st, oms[0]->t1, rel->prep)) !=
                    NULL) {
                /* "approved food aid worth more than 14 mln dlrs for
                 * drought victims in Ethiopia": the place's state, as
                 * without the sum */
                objs[0] = &bx->ent;
                oms[0] = bx;
            }
            if ((!nobj || !(t1 < st->ntoks && rel->prep &&
                            ex_in_list(rel->prep, st->toks[t1].lower))) &&
                rel->noun && rel->cameo &&
                !strncmp(rel->cameo, "19", 2) && sm && !pronoun &&
                sm->t1 == i && sm->t0 > 0 &&
                sm->kind != KG_NAME_DEMONYM &&
                ex_country_or_place(sm->ent.type)) {
                /* "Israel's Gaza offensive", "the army widened its Gaza
                 * offensive": a place named before an act of force that
                 * an owner's possessive heads is where it is aimed, the
                 * owner the one who uses it */
                const ex_mention *pm = NULL;
                const kg_entity *ps = NULL;
                int ppron = 0;
                if (ex_tok_is(st, sm->t0 - 1, "'s") && sm->t0 > 1)
                    ps = ex_subject(st, sm->t0 - 1, 0, 1, &pm, &ppron);
                else if (st->toks[sm->t0 - 1].tag == KG_W_POSS)
                    ps = ex_subject(st, sm->t0, 0, 1, &pm, &ppron);
                /* (a foreign place: "Russia's Chechnya offensive" is
                 * force at home, whose target the place does not name) */
                if (ps && pm && pm != sm && !pm->ent.is_value &&
                    !ex_same_id(ps, &sm->ent) && ps->country &&
                    sm->ent.country &&
                    strcmp(ps->country, sm->ent.country) != 0) {
                    objs[0] = &sm->ent;
                    oms[0] = sm;
                    nobj = 1;
                    subj = subjs[0] = ps;
                    nsubj = 1;
                    sm = pm;
                    pronoun = ppron;
                }
            }
            if (!nobj && rel->noun && rel->cameo &&
                !strcmp(rel->cameo, "150")) {
                /* "in what Taipei called a show of force": aimed at the
                 * one who calls it so, when none is named (0 is no such
                 * phrase: the name at token 1 is then no caller, "Unlike
                 * Japan, China made a show of force") */
                size_t sa = ex_show_adjunct(st, i);
                bx = sa ? ex_mention_at(st, sa + 1) : NULL;
                if (bx && bx->t0 == sa + 1 && !ex_tok_is(st, sa, "in") &&
                    !bx->dropped && !bx->ent.is_value && bx->ent.code &&
                    *bx->ent.code && !ex_same_id(&bx->ent, subj)) {
                    oms[0] = bx;
                    objs[0] = &bx->ent;
                    nobj = 1;
                }
            }
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
            if (!nobj && sum_m && !rel->noun && rel->cameo &&
                (!strncmp(rel->cameo, "07", 2) ||
                 !strncmp(rel->cameo, "033", 3)) &&
                (oms[0] = ex_people_in_place(st, t1, rel->prep)) != NULL) {
                /* "pledged $50 million in aid for victims of the drought
                 * in Somalia": the place's state, as without the sum */
                objs[0] = &oms[0]->ent;
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
                /* ("gave in to French and German pressure", "rejected
                 * Iranian and Syrian demands": each actor listed in the
                 * gap, as when the gap's actor is read first above) */
                nobj = 1 + ex_gap_conjuncts(st, gm, t1, objs + 1, oms + 1,
                                            EX_MAX_OBJECTS - 1);
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
            if (nobj == 0 && nsubj >= 2 && !rel->noun &&
                ex_singular_verb(st, i)) {
                /* "Russia and Turkey discussed grain exports": coordinated
                 * subjects take no -s verb, so "exports" is a noun here,
                 * the topic of another verb, not their act */
                i = t1 - 1;
                continue;
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
                (ex_met_with_pair(st, ex_first_entity(subjs, nsubj), i) ||
                 ex_met_other_to(st, subjs, nsubj, i))) {
                i = t1 - 1;
                continue;
            }
            if (nobj == 0 && nsubj >= 2 && ex_symmetric(rel) &&
                ex_fellow_travellers(st, subjs, nsubj, i, t1)) {
                i = t1 - 1; /* (one delegation: see ex_fellow_travellers) */
                continue;
            }
            if (nobj == 0 && nsubj >= 2 &&
                ex_one_side_joint_work(st, rel, subjs, nsubj, t1)) {
                i = t1 - 1; /* (one side: see ex_one_side_joint_work) */
                continue;
            }
            if (nobj == 0 && nsubj >= 2 && !ex_partner_after_with(st, t1) &&
                !ex_partner_after_taking(st, t1) &&
                (rel->mutual ||
                 (((ex_symmetric(rel) && !ex_one_way_goods(rel)) ||
                   /* "Israel and the UAE signed an accord": signed by
                    * each with the other (the verb only: "the Nokia and
                    * Microsoft deal" may be two deals; or a noun of
                    * joint work after a light verb, "China and Russia
                    * launched a joint venture": one act of both, where
                    * "were given deals", "announce a deal" are not) */
                   ((!rel->noun ||
                     (st->light_verb && strcmp(rel->type, "sign") != 0)) &&
                    ex_shared_act(rel))) &&
                  !ex_phrase_follows(st, t1)) ||
                 /* (reached: "Denmark and Portugal might agree to
                  * the tax" is each one's consent to a third's) */
                 (!strcmp(modality, "asserted") &&
                  ex_agreed_between(st, rel, t1)) ||
                 /* ("blamed one another", "accused each other of":
                  * any act done on each other) */
                 (rel->cameo && *rel->cameo &&
                  (ex_reciprocal_follows(st, t1) ||
                   ex_reciprocal_follows(st, i + 1) ||
                   ex_each_the_other(st, i, t1))))) {
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
            if (nobj == 0 && nsubj == 1 && sm && ex_same_id(&sm->ent, subj) &&
                ex_members_meet(st, sm, rel, i, t1)) {
                /* "EU finance ministers are meeting": the body with
                 * itself (ex_members_meet) */
                st->members_meet = 1;
                err = ex_emit(st, s, idx, subj, subj, rel, i, t1, negated,
                              modality, NULL, 0.6, seen, &nseen, cb,
                              payload);
                st->members_meet = 0;
                if (err)
                    return err;
                i = t1 - 1;
                continue;
            }
            if ((nobj == 0 || (nobj == 1 && oms[0] &&
                               ex_along_place(st, oms[0]))) &&
                rel->cameo &&
                (!strncmp(rel->cameo, "140", 3) ||
                 !strncmp(rel->cameo, "141", 3)) &&
                (bx = ex_support_of(st, t1)) != NULL) {
                /* "rallied in Cairo in support of the Palestinians": no
                 * protest against Cairo's rulers; support for the
                 * Palestinians (053).  (A strike or a blockade in
                 * support of someone is still aimed at another: kept) */
                oms[0] = bx;
                objs[0] = &oms[0]->ent;
                nobj = 1;
                rel = &ex_rally_support;
            }
            if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "14", 2) &&
                (objs[0] = ex_anti_target(st, i, t1)) != NULL) {
                /* "Pakistanis held anti-American protests": at the one
                 * the protest is against */
                oms[0] = NULL;
                nobj = 1;
            }
            /* (so does one kg cannot code, "outside the Lahore High
             * Court, demanding that Musharraf quit": no party) */
            if ((nobj == 0 ||
                 (nobj == 1 && oms[0] &&
                  (ex_along_place(st, oms[0]) || !oms[0]->ent.code ||
                   !*oms[0]->ent.code))) &&
                rel->cameo && !strncmp(rel->cameo, "14", 2) &&
                (bx = ex_protest_demand(st, nobj ? oms[0]->t1 : t1, subj,
                                        &dem_aim, &purpose_verb)) != NULL) {
                /* (a place the protest stood in yields to the one the
                 * demand is made of: "blocked roads in Yerevan,
                 * demanding that President Kocharyan resign" is 1441 at
                 * Kocharyan, one event, not a 144 and a 1041) */
                oms[0] = bx;
                aim = dem_aim;
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
            if (rel->cameo && rel->cameo[0] == '1' &&
                strncmp(rel->cameo, "14", 2) != 0 &&
                (nobj == 0 ||
                 (nobj == 1 && oms[0] &&
                  (ex_along_place(st, oms[0]) || !oms[0]->ent.code ||
                   !*oms[0]->ent.code))) &&
                (bx = ex_protest_purpose(st, nobj ? oms[0]->t1 : t1, subj,
                                         &in_protest)) != NULL &&
                ex_tok_is(st, in_protest - 1, "in") &&
                ex_same_clause_subject(st, sm, in_protest - 1)) {
                /* "Beijing called off the second round of cross-strait
                 * talks in protest at Taiwan President Lee's trip",
                 * "recalled its ambassador in protest at Britain's
                 * decision": an act of conflict with no party of its own
                 * is aimed at the one protested against; the act is the
                 * event, and "in protest" no 141 of its own
                 * (ex_in_protest) */
                oms[0] = bx;
                objs[0] = &oms[0]->ent;
                nobj = 1;
                st->toks[in_protest].covered = EX_READ_OFF;
            }
            if (rel->cameo && !strncmp(rel->cameo, "15", 2) &&
                (nobj == 0 ||
                 (nobj == 1 && subj && subj->country && objs[0] &&
                  objs[0]->country &&
                  !strcmp(subj->country, objs[0]->country))) &&
                (bx = ex_force_aimed_at(st, t1, subj)) != NULL) {
                /* (a show of force held at home, or with no object, is
                 * aimed where its clause says: "in a show of strength
                 * aimed at Taiwan") */
                oms[0] = bx;
                objs[0] = &bx->ent;
                nobj = 1;
            }
            if (nobj == 0 && ex_place_matters(rel) &&
                !ex_reduced_passive(st, sm, i, t1, rel) &&
                (oms[0] = ex_place_after(st, t1, ex_force_act(rel))) !=
                    NULL) {
                /* "staged a protest in Beijing", "exercises in Alaska":
                 * an act of force or protest with no actor as its object
                 * is aimed at the place's state, as PETRARCH codes it */
                objs[0] = &oms[0]->ent;
                nobj = 1;
                aim = 0;
            }
            if (nobj == 1 && oms[0] && rel->cameo &&
                !strcmp(rel->cameo, "080") &&
                ex_document_submitted(st, i, oms[0]))
                /* "The government submitted to parliament a bill on
                 * foreign investment": a text handed to a body, no
                 * yielding to it (kept without a code) */
                ex_uncode(&refined, &rel);
            if (nobj == 1 && oms[0] &&
                ex_recognised_fact(st, rel, t1, oms[0]))
                /* "recognised Germany's fiscal policy was on the right
                 * track": a fact acknowledged, no diplomatic recognition
                 * (054): kept without a code */
                ex_uncode(&refined, &rel);
            if (nobj == 1 && oms[0] && ex_deprived_of(st, rel, t1, oms[0]))
                /* "denying people choice", "had denied British firms
                 * lucrative orders": a thing withheld from someone, no
                 * denial of a charge (016): kept without a code */
                ex_uncode(&refined, &rel);
            if (nobj == 1 && oms[0] && rel->cameo &&
                !strcmp(rel->cameo, "0842") && oms[0]->ent.type &&
                (!strcmp(oms[0]->ent.type, "Place") ||
                 !strcmp(oms[0]->ent.type, "Country")) &&
                ex_tok_is(st, oms[0]->t1, "to")) {
                /* "Portugal will hand back Macao to China": a territory
                 * returned goes to the state after "to", not to itself */
                const ex_mention *to = ex_actor_from(st, oms[0]->t1 + 1);
                if (to && to->ent.code &&
                    !ex_same_id(&to->ent, &oms[0]->ent)) {
                    oms[0] = to;
                    objs[0] = &to->ent;
                }
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
            /* (a place or building kg cannot code, "blocked the road
             * to Parliament House", is no party: ex_protest_place_name) */
            if ((nobj == 0 ||
                 (nobj == 1 && oms[0] &&
                  ex_protest_place_name(st, oms[0]))) &&
                rel->cameo &&
                (!strncmp(rel->cameo, "14", 2) ||
                 !strcmp(rel->cameo, "133")) &&
                (phome = ex_protest_home(
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
                objs[0] = phome;
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
            if (nobj == 0 && rel->cameo && !strcmp(rel->cameo, "0873") &&
                subj && (ex_code_ends(subj->code, "REB") ||
                         ex_code_ends(subj->code, "INS") ||
                         ex_code_ends(subj->code, "UAF")) &&
                (objs[0] = ex_home_state(st, subj)) != NULL) {
                /* "Some 500 Angolan rebels handed in their weapons at
                 * assembly camps on Monday": an armed group of a country
                 * that disarms and names no one disarms before its own
                 * state (AGOREB -> AGOGOV), as CAMEO coders write it */
                oms[0] = NULL;
                nobj = 1;
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
            if (nobj && rel->cameo && !rel->noun &&
                (!strncmp(rel->cameo, "02", 2) ||
                 !strncmp(rel->cameo, "10", 2))) {
                /* "told Japan to resolve the row or face an abrupt
                 * deterioration in trade relations", "called on Khartoum
                 * to restore security or face sanctions": a demand with
                 * its penalty named is a threat (CAMEO 13), of sanctions
                 * (1312) or force (138) when the penalty says so */
                const char *tc = ex_or_face_threat(st, t1);
                if (tc) {
                    refined = *rel;
                    refined.type = "threaten";
                    refined.label = "threatens";
                    refined.cameo = tc;
                    refined.plover = "THREATEN";
                    refined.quad = 3;
                    rel = &refined;
                }
            }
            if (nobj && objs[0] && rel->cameo && !strcmp(rel->cameo, "173") &&
                !strcmp(rel->pattern, "charge * with") && objs[0]->type &&
                objs[0]->code &&
                (!strcmp(objs[0]->type, "Country") ||
                 !strncmp(objs[0]->code, "IGO", 3))) {
                /* "the United States charged Sudan's government with
                 * abuses", "charging the government and the U.N. with
                 * fraud": no court charges a state or a world body; its
                 * accuser accuses it (112), where police and prosecutors
                 * charge people and firms (173) */
                ex_recode(&refined, &rel, "accuse", "accuses", "112",
                          "ACCUSE", 3);
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
                (!strncmp(rel->cameo, "07", 2) ||
                 !strncmp(rel->cameo, "033", 3)) &&
                (oms[0] = ex_people_in_place(st, t1, rel->prep)) != NULL) {
                /* "sent food to earthquake survivors in Nepal": aid for
                 * a place's people goes to its state, as PETRARCH codes
                 * it; so does aid pledged ("pledged $50 million in aid
                 * for victims of the drought in Somalia", 033x) */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 0 && !rel->noun && rel->cameo &&
                !strcmp(rel->cameo, "042") && subj && subj->code &&
                *subj->code && (oms[0] = ex_visited_place(st, t1)) != NULL) {
                /* "The British minister visited the tomb of the late
                 * leader in Ramallah": a site visited in a place is a
                 * visit to the place's state (its own state's is a trip
                 * at home, no visit: left out) */
                if (subj->country &&
                    !strcmp(oms[0]->ent.country, subj->country))
                    oms[0] = NULL;
                else {
                    objs[0] = &oms[0]->ent;
                    nobj = 1;
                }
            }
            if (nobj == 1 && oms[0] && objs[0] == &oms[0]->ent &&
                (!objs[0]->code || !*objs[0]->code) &&
                (tm = ex_named_thing_owner(st, oms[0])) != NULL) {
                /* "seized the British tanker Stena Impero": the named
                 * thing's country (ex_named_thing_owner) */
                oms[0] = tm;
                objs[0] = &tm->ent;
            }
            if ((nobj == 0 ||
                 (nobj == 1 && oms[0] && !oms[0]->ent.is_value &&
                  (!objs[0]->code || !*objs[0]->code))) &&
                rel->cameo &&
                (ex_force_act(rel) ||
                 /* (and the acts of repression that fall on a counted
                  * many of a place's people or goods: "set fire to
                  * dozens of huts in a Hutu village", "detained 300 men
                  * in Grozny") */
                 ((!strncmp(rel->cameo, "171", 3) ||
                   !strcmp(rel->cameo, "173") ||
                   !strcmp(rel->cameo, "175")) &&
                  !rel->noun)) &&
                (oms[0] = ex_place_of_object(
                     st, t1, ex_aim_lead(rel),
                     rel->noun ? 3
                     : !strcmp(rel->cameo, "171") ||
                             !strcmp(rel->cameo, "1711")
                         ? 2
                     : rel->cameo[1] == '7' ? 4
                                            : 2)) != NULL) {
                /* "bombarded a part of Syria's second city", "attacked
                 * a hotel in Mogadishu", "an attack on a hotel in
                 * Mogadishu": force (18-20) against a place hits its
                 * state, as above; so does property looted, ransacked or
                 * confiscated there (171, 1711), counted or not: "looted
                 * shops in Monrovia" (arrests and beatings keep the count,
                 * "detained men in Grozny"; "destroyed a building in Gaza"
                 * is mostly an air strike's damage, 19)
                 * ("expel leaders of Egypt's Brotherhood" expels people,
                 * not a place) */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 0 && rel->noun && subj && sm && !pronoun &&
                ex_force_act(rel) &&
                (v = ex_repelling_verb(st, i, sm)) != (size_t)-1 &&
                (objs[0] = ex_subject_of(st, v)) != NULL &&
                !ex_same_id(objs[0], subj)) {
                /* "Iraq said its troops repelled an overnight Iranian
                 * attack", "Iraqi forces crushed a new Iranian offensive":
                 * the one that beat off an act of force uses force on its
                 * owner, as the lexicon's "repel * attack" rows code it
                 * (CAMEO's verb dictionary files REPEL, REPULSE under 190,
                 * subject to object) */
                const kg_entity *owner = subj;
                subj = subjs[0] = objs[0];
                objs[0] = owner;
                nsubj = 1;
                oms[0] = NULL;
                nobj = 1;
            }
            if (nobj == 0 && rel->noun && ex_force_act(rel) &&
                (v = ex_aspect_verb_after(st, t1)) != 0 &&
                (oms[0] = ex_place_after(st, v, 1)) != NULL) {
                /* "US air strikes continued in Fallujah", "Israeli raids
                 * resumed in Gaza": an act of force told as a noun whose
                 * verb only says it goes on (or starts) hits the place
                 * named after that verb, as "air strikes in Fallujah"
                 * do */
                objs[0] = &oms[0]->ent;
                nobj = 1;
            }
            if (nobj == 1 && oms[0] && !rel->noun && ex_force_act(rel) &&
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
            j = ex_after_dets(st, j);
            /* (past a title: "demanded that President Ruto resign") */
            if (j < st->ntoks && (tl = ex_match_title(st, j, &tagent)) > 0 &&
                j + tl < st->ntoks && ex_mention_at(st, j) == NULL)
                j += tl;
            oms[0] = j < st->ntoks ? ex_mention_at(st, j) : NULL;
            if (oms[0] && oms[0]->t0 == j && !oms[0]->dropped &&
                !oms[0]->ent.is_value) {
                size_t e;
                objs[0] = &oms[0]->ent;
                /* ("demanded that Greece and Turkey end their row": each
                 * actor of the clause's subject is asked) */
                nobj = 1 + ex_gap_conjuncts(st, oms[0], st->ntoks, objs + 1,
                                            oms + 1, EX_MAX_OBJECTS - 1);
                e = oms[nobj - 1]->t1;
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
        if (nobj == 1 && !rel->noun && rel->cameo &&
            ex_talks_venue(st, objs[0], rel)) {
            /* "threatened to quit the four-party talks in Geneva unless
             * the United States agreed": the talks' venue is no party
             * (ex_emit drops it); the party is looked for as when none
             * is named (the one told, the condition's actor) */
            nobj = 0;
            oms[0] = NULL;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strcmp(modality, "intended") && st->subj_end > 0 &&
            (oms[0] = ex_told_before(st, st->subj_end - 1)) != NULL &&
            ((speaker && ex_same_id(subj, speaker) &&
              speech_at != (size_t)-1 && oms[0]->t0 > speech_at) ||
             ex_told_by(st, oms[0], subj)) &&
            !ex_same_id(&oms[0]->ent, subj) &&
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
        if (nobj == 1 && !rel->noun && rel->cameo &&
            !strcmp(modality, "threatened") &&
            (!objs[0]->code || !*objs[0]->code) &&
            (tm = ex_condition_party(st, t1, subj, rel->cameo, modality)) !=
                NULL) {
            /* "the gunmen threatened to behead Kenji Sato unless Tokyo
             * withdrew its soldiers": a threat whose only victim is
             * someone kg has no code for (a hostage named) is aimed at
             * the one whose act its condition names, as when no victim
             * is named (ex_condition_party below) */
            oms[0] = tm;
            objs[0] = &tm->ent;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (((!strcmp(modality, "threatened") ||
               !strcmp(modality, "intended")) &&
              (oms[0] = ex_condition_party(st, t1, subj, rel->cameo,
                                            modality)) != NULL) ||
             (!strcmp(modality, "asserted") &&
              !strncmp(rel->cameo, "13", 2) &&
              (oms[0] = ex_warning_party(st, t1, subj)) != NULL))) {
            /* "threatened to quit the talks unless the United States
             * agreed": a threat with no other party is aimed at the one
             * whose act its condition names (ex_condition_party); so is
             * a warning (ex_warning_party) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (oms[0] = ex_retaliation_party(st, t1, subj, rel->cameo)) !=
                NULL) {
            /* "imposed the tariffs in retaliation for Japan's failure to
             * honour the pact": at the one it answers
             * (ex_retaliation_party) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "12", 2) && !negated && rel->label &&
            !strncmp(rel->label, "refuses", 7) &&
            (oms[0] = ex_until_party(st, t1, subj)) != NULL) {
            /* "Iran will not free the sailors until London apologises":
             * a refused act (the refusal branch above: not a verb of
             * rejection, "rejected a policy of not enforcing the ban
             * until the Lords") with no other party is aimed at the one
             * whose act would end it (ex_until_party) */
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
            /* ("criticised Jordan, Syria and Lebanon and threatened to
             * cut aid": each of that verb's objects) */
            for (k = ndone; k-- > 0;)
                if (!strcmp(done_subj[k]->id, subj->id)) {
                    for (nobj = 0; nobj < done_nobj[k]; nobj++) {
                        objs[nobj] = done_obj[k][nobj];
                        oms[nobj] = NULL;
                    }
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
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "12", 2) &&
            (objs[0] = ex_rejected_proposer(st, i, t1, subj)) != NULL) {
            /* "Moscow spurned the offer": the one who made it, before
             * (ex_rejected_proposer) */
            oms[0] = NULL;
            nobj = 1;
        }
        promised = ex_promised_reform(st, rel->cameo, modality);
        if (nobj == 1 && !rel->noun && rel->cameo &&
            ((!strncmp(rel->cameo, "172", 3) && strlen(rel->cameo) == 4) ||
             /* "Turkey ended emergency rule in its mainly Kurdish
              * southeast": a curfew or martial law eased where kg
              * codes no one is eased at home too */
             !strcmp(rel->cameo, "0813") || !strcmp(rel->cameo, "0814") ||
             /* "would reinstate the dissolved House of Representatives":
              * a promised reform of a body kg codes no one is made at
              * home too */
             promised) &&
            (!objs[0]->code || !*objs[0]->code) &&
            /* (read as the promise it becomes, 034, as below: "the Syrian
             * government promised to reinstate" is SYR's too) */
            (own = ex_own_country(st, subj,
                                  promised ? "034" : rel->cameo)) != NULL) {
            /* "a Russian court outlawed Alexei Navalny's organisations":
             * a name kg has no code for is no party; the restriction is
             * the country's own, as below (RUSJUD -> RUS) */
            objs[0] = own;
            oms[0] = NULL;
        }
        if (nobj <= 1 && !rel->noun && rel->cameo &&
            !strcmp(rel->cameo, "2042") &&
            (nobj == 0 || !objs[0]->code || !*objs[0]->code ||
             (objs[0]->country && subj->country &&
              !strcmp(objs[0]->country, subj->country))) &&
            ex_foreign_party(st, subj, &bx) && bx) {
            /* "Pakistan answered India by exploding five nuclear devices
             * in the Chagai hills", "a blast it said was a message to the
             * United States": a test that answers or warns another
             * country is aimed there, not at the hills at home */
            objs[0] = &bx->ent;
            oms[0] = bx;
            nobj = 1;
        } else if (nobj <= 1 && !rel->noun && rel->cameo &&
            !strcmp(rel->cameo, "2042") &&
            (nobj == 0 || !objs[0]->code || !*objs[0]->code) &&
            !ex_foreign_party(st, subj, &bx) &&
            (own = ex_own_country(st, subj, rel->cameo)) != NULL) {
            /* "India carried out three underground nuclear tests in the
             * Rajasthan desert": a device set off where kg codes no one
             * is a test at home (ex_own_country: IND -> IND); not one
             * that answers or warns another country, named elsewhere in
             * the sentence (ex_foreign_party: its target, not home) */
            objs[0] = own;
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strncmp(rel->cameo, "142", 3) &&
            (objs[0] = ex_jailer(st, sm, i)) != NULL) {
            /* "has refused food for 60 days in an Israeli prison": the
             * state that holds the hunger striker (ex_jailer) */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strncmp(rel->cameo, "081", 3) ||
             !strncmp(rel->cameo, "082", 3) ||
             !strncmp(rel->cameo, "034", 3) ||
             (!strncmp(rel->cameo, "142", 3) &&
              !ex_foreign_after(st, t1, subj)) ||
             promised || ex_home_demand(st, i, rel->cameo) ||
             !strcmp(rel->cameo, "1721") || !strcmp(rel->cameo, "1722") ||
             !strcmp(rel->cameo, "1723") || !strcmp(rel->cameo, "1724") ||
             /* "Kyrgyz President Askar Akayev stepped down": a leader
              * who leaves office yields it to his own country (KGZGOV
              * -> KGZ), as the code book codes a resignation; only a
              * government's, a junta's or a legislature's, not a firm's
              * chairman stepping down */
             (!strcmp(rel->cameo, "0831") && !negated && modality &&
              !strcmp(modality, "asserted") &&
              /* (the bare verb is the demanded or the subjunctive:
               * "demanded that Erdogan step down") */
              !(strlen(st->toks[i].lower) ==
                    strcspn(rel->pattern, " ") &&
                !strncmp(st->toks[i].lower, rel->pattern,
                         strcspn(rel->pattern, " "))) &&
              (ex_code_ends(subj->code, "GOV") ||
               ex_code_ends(subj->code, "MIL") ||
               ex_code_ends(subj->code, "LEG")) &&
              /* (not one that yields to a party named after it:
               * "stepped down, yielding to opposition crowds" is made
               * to them, below) */
              !ex_pressure_source(st, t1, subj))) &&
            /* (a curfew, martial law or an emergency "in the south",
             * "in five southern provinces", "on the city": no actor
             * there, a part of the actor's own country; imposed or
             * eased: "shortened the curfew in the capital"; a promised
             * reform keeps its home whoever kg codes no one after it:
             * "promised to transfer some of his powers to an elected
             * prime minister") */
            !(!promised && rel->prep && t1 < st->ntoks &&
              strcmp(rel->cameo, "1723") != 0 &&
              strcmp(rel->cameo, "1724") != 0 &&
              strcmp(rel->cameo, "0813") != 0 &&
              strcmp(rel->cameo, "0814") != 0 &&
              ex_in_list(rel->prep, st->toks[t1].lower) &&
              ex_when_phrase(st, t1) == t1 &&
              /* ("declared a nationwide curfew in April 2019": "in" a
               * date says when, not on what) */
              !(ex_tok_is(st, t1, "in") &&
                ex_when_phrase(st, t1 + 1) != t1 + 1)) &&
            (objs[0] = ex_own_country(st, subj,
                                      promised ? "034" : rel->cameo)) !=
                NULL) {
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
             * HKG).  So is a demand for reform, rights, a change of
             * leader or of institutions (104x), for restrictions or a
             * crackdown to be eased (1051, 1052) made with no party
             * named (ex_home_demand): "Saudi women activists demanded the
             * right to drive" is made of Saudi Arabia (SAUCVL -> SAU).  And
             * so is a promise of reform, of a change of leader, policy,
             * rights or institutions (034x) with no party named: "the
             * Haitian prime minister offered to resign", "Jordan's king
             * promised reforms" are made to their own country (HTIGOV ->
             * HTI), as CAMEO codes them; and so is such a change pledged
             * with an intent verb (a yielding act, 083x, that becomes
             * 034x): "the prime minister pledged to step down", "the
             * junta vowed to hold elections" (THAMIL -> THA).  (Done
             * acts of 083x with no party stay uncoded: "meet the growing
             * demand for water", "until Kuchma meets those demands" were
             * the corpora's only ones, both wrong.) */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo && !negated &&
            !strncmp(rel->cameo, "08", 2) &&
            (objs[0] = ex_pressure_source(st, t1, subj)) != NULL) {
            /* "Gbagbo backed down under pressure from France": the
             * concession is made to the one who pressed for it
             * (ex_pressure_source) */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            !strcmp(rel->cameo, "175") &&
            (objs[0] = ex_own_civilians(st, subj, rel, t1)) != NULL) {
            /* "Kenyan police broke up the demonstration", "security
             * forces crushed the protests": repression with no party
             * named falls on the state's own people (KENCOP -> KENCVL) */
            oms[0] = NULL;
            nobj = 1;
        }
        if (nobj == 0 && !rel->noun && rel->cameo && !negated &&
            (objs[0] = ex_rebels_state(st, subj, rel->cameo)) != NULL) {
            /* "the Maoist rebels declared a ceasefire": offered to the
             * state they fight (ex_rebels_state: NPLREB -> NPL) */
            oms[0] = NULL;
            nobj = 1;
        }
        if ((nobj == 0 ||
             (nobj == 1 && (!objs[0]->code || !*objs[0]->code))) &&
            !rel->noun && rel->cameo && !negated &&
            (!strcmp(rel->cameo, "151") || !strcmp(rel->cameo, "153")) &&
            (ex_code_ends(subj->code, "COP") ||
             ex_code_ends(subj->code, "MIL") ||
             ex_code_ends(subj->code, "SPY") ||
             ex_code_ends(subj->code, "GOV")) &&
            (objs[0] = ex_own_country(st, subj, rel->cameo)) != NULL) {
            /* "French police stepped up security at synagogues",
             * "British police deployed thousands of extra officers to
             * the streets": a state's security raised or its police
             * deployed with no party named (or only a name kg has no
             * code for) are so at home (FRACOP -> FRA), as they are
             * "across Nairobi" (ex_home_restriction); not a country
             * named bare, nor rebels, nor a military alert (152), which
             * faces a foe the sentence may name elsewhere ("went on
             * alert after North Korea's missile launch") */
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
                (ex_coded_verb_ends(st, v0, NULL) ||
                 ex_answering_verb(st, v0 - 1)) &&
                (objs[0] = ex_subject_of(st, v0 - 1)) != NULL) {
                oms[0] = NULL;
                nobj = 1;
                /* (when that verb is an act of its own, a refusal or a
                 * grant, it is the event and the request its object,
                 * made earlier: kept, with no code, as CAMEO codes the
                 * verb only: "Egypt rejected Russia's request", 1212;
                 * but an appeal or offer granted or weighed keeps its
                 * code, as the real-news coder codes "agreed to a US
                 * request": "the IMF approved Chile's request",
                 * ex_granted_ask; demands met are the yield alone; and
                 * a verb only hypothetical leaves the request the event:
                 * "Sweden would abide by Turkey's request") */
                if (ex_coded_verb_ends(st, v0, NULL) &&
                    ex_verb_done(st, v0 - 1) &&
                    !(ex_answering_verb(st, v0 - 1) &&
                      !ex_refused_verb(st, v0 - 1) &&
                      !ex_coded_verb_ends(st, v0, "12") &&
                      strncmp(rel->cameo, "10", 2) != 0))
                    ex_uncode(&refined, &rel);
            }
        }
        if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "15", 2) &&
            subj && (posture_passive || !ex_is_passive(st, i)) &&
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
        if (posture_passive && !strcmp(rel->cameo, "152") &&
            ex_code_ends(subj->code, "COP")) {
            /* "police were placed on maximum alert": a police alert
             * (151), which with no other party named is kept at home,
             * as "put its police on alert" is (IDNCOP -> IDN) */
            static const kg_onto_relation police_alert = {
                .pattern = "put * police on * alert", .type = "raise_alert",
                .label = "puts police on alert", .cameo = "151",
                .plover = "MOBILIZE", .quad = 4};
            rel = &police_alert;
            if (nobj == 0 && (objs[0] = ex_own_country(st, subj, "151"))) {
                oms[0] = NULL;
                nobj = 1;
            }
        }
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strcmp(rel->cameo, "011") || !strcmp(rel->cameo, "012") ||
             !strcmp(rel->cameo, "013") || !strcmp(rel->cameo, "017") ||
             !strcmp(rel->cameo, "018") || rel == &ex_warn_own_force ||
             (ntok == 1 && !strcmp(rel->pattern, "warn") &&
              !strcmp(rel->cameo, "130") &&
              ex_warns_of_own_act(st, t1, subj))) &&
            subj && (!ex_is_passive(st, i) || ex_drawn_on(rel)) &&
            /* ("declined to comment on rumours that it was selling
             * gold": its own affairs, ex_comment_own_affairs) */
            !(!strcmp(rel->cameo, "011") &&
              ex_comment_own_affairs(st, t1, subj)) &&
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
        if (nobj == 0 && !rel->noun && rel->cameo &&
            (!strcmp(rel->cameo, "010") || !strcmp(rel->cameo, "015") ||
             !strcmp(rel->cameo, "016")) &&
            subj && ex_topic_entry(rel) &&
            (oms[0] = ex_topic_target(st, t1, subj)) != NULL) {
            /* "commented on the talks with India", "spoke at length
             * about relations with Greece", "denied any role in the
             * killing of the Afghan journalist": a comment's topic (or
             * the act responsibility is claimed or denied for), opened
             * by the entry's own preposition, is about the other
             * country's actor named inside it (only there: a that-clause
             * or a later phrase names another's act, see above) */
            objs[0] = &oms[0]->ent;
            nobj = 1;
        }
        if (nobj == 0 && rel->cameo && !strncmp(rel->cameo, "09", 2) &&
            !negated &&
            (oms[0] = ex_inquiry_target(st, t1, rel, subj, &event_at)) !=
                NULL) {
            /* "launched an inquiry into the sinking of an Indian boat by
             * a Sri Lankan navy vessel": an event investigated names the
             * party (ex_inquiry_target); abuse, an air strike or war
             * crimes investigated are 092-094, as the entries that name
             * them are ("an inquiry into abuses by Eritrean forces") */
            const char *code = !strcmp(rel->cameo, "090")
                                   ? ex_inquiry_code(st, event_at)
                                   : NULL;
            objs[0] = &oms[0]->ent;
            nobj = 1;
            if (code) {
                refined = *rel;
                refined.cameo = code;
                rel = &refined;
            }
        }
        if (!nobj && !rel->noun && !participle && rel->cameo &&
            (!strncmp(rel->cameo, "18", 2) ||
             !strncmp(rel->cameo, "19", 2)) &&
            subj && subj->code && *subj->code && subj->type &&
            strcmp(subj->type, "Place") != 0 && !ex_is_passive(st, i)) {
            /* "Hamas detonated a bomb on a bus, killing 19
             * Israelis": an act of force whose object kg does not
             * code struck the victims its toll names (the bombing,
             * 183, is the event; the toll's own killing is not read
             * again) */
            size_t at;
            const ex_mention *vm = ex_toll_party(st, t1, &at);
            if (vm && !ex_same_id(&vm->ent, subj)) {
                objs[0] = &vm->ent;
                oms[0] = vm;
                nobj = 1;
                toll_at = at;
            } else if (sm && sm->ent.code == subj->code &&
                       (vm = ex_victims_before(st, sm)) != NULL &&
                       !ex_same_id(&vm->ent, subj)) {
                /* ("Four Israeli soldiers were killed when Palestinian
                 * militants blew up a tunnel": the victims come first) */
                objs[0] = &vm->ent;
                oms[0] = vm;
                nobj = 1;
            }
        }
        if (nobj == 1 && oms[0] && !rel->noun && !participle &&
            rel->cameo && !strncmp(rel->cameo, "18", 2) &&
            ex_passer_by(st, oms[0]) && subj) {
            /* "set off a bomb as a U.S. patrol drove past, killing two
             * American soldiers": the party passing by is where the bomb
             * went off; the toll names whom it struck, and its killing is
             * not read again as an act of its own (it is looked for
             * past the passer-by, whose clause can run long: "as an army
             * truck passed in western Nepal's Dailekh district on Friday,
             * killing seven soldiers") */
            size_t at;
            const ex_mention *vm = ex_toll_party(st, oms[0]->t1, &at);
            if (vm && !ex_same_id(&vm->ent, subj)) {
                objs[0] = &vm->ent;
                oms[0] = vm;
                toll_at = at;
            }
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
                !ex_country_or_place(o->type) ||
                /* ("controls American Financial Corp", "to control
                 * Japanese traders": a demonym names no ground) */
                (oms[0] && oms[0]->kind == KG_NAME_DEMONYM) ||
                (!passive_held &&
                 (!oms[0] || (oms[0]->t0 != t1 &&
                              oms[0]->t1 != st->subj_end - 1))))
                continue;
        }
        if (harm_part && (nobj == 0 || !objs[0]->country ||
                          !*objs[0]->country))
            continue; /* (", killing 15 people": whose, the act's
                       * target already says) */
        if (nobj && oms[0] && rel->cameo && !strcmp(rel->cameo, "174")) {
            /* "ordered out UN peacekeepers", "gave UN monitors 48 hours
             * to leave": a mission sent away, not people deported */
            size_t mission = ex_expelled_mission(st, oms[0]);
            if (mission)
                ex_recode(&refined, &rel, "withdraw", "expels",
                          mission == 1 ? "1661" : "1662", "SANCTION", 4);
        }
        if (nobj && oms[0]) {
            /* "called on demonstrators to go home": the state's own
             * people (ex_home_crowd) */
            const kg_entity *home = ex_home_crowd(st, subj, rel, oms[0]);
            if (home)
                objs[0] = home;
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
                    (err = ex_emit_guest_visit(st, s, idx, subjs[q], objs[k],
                                               rel, i, t1, negated, modality,
                                               sp, conf, seen, &nseen, cb,
                                               payload)) != 0 ||
                    /* ("Assad is ready to resume talks with Israel":
                     * an intent is its subject's own, not the other
                     * party's; a plain future, "will hold talks with",
                     * is both sides') */
                    (admitter && q == 0 &&
                     (err = ex_emit(st, s, idx, admitter, objs[k],
                                    &ex_admission, i, t1, 0, "asserted",
                                    NULL, 0.5, seen, &nseen, cb,
                                    payload)) != 0) ||
                    ((ex_mutual_act(rel) || ex_talks_after(st, rel, i)) &&
                     !(st->intent_word == 1 &&
                       !strcmp(modality, "intended")) &&
                     !ex_decided_talks(st, rel, i) &&
                     (err = ex_emit(st, s, idx, objs[k], subjs[q], rel, i, t1,
                                    negated, modality, sp, conf, seen, &nseen,
                                    cb, payload)) != 0))
                    return err;
        }
        /* (the act of force beaten off, by its maker: ex_repel_entry;
         * not after "to": "failed to repel", "were sent to repel") */
        if (nobj && nsubj && ex_repel_entry(rel) && !negated &&
            !strcmp(modality, "asserted") &&
            !(i > 0 && ex_tok_is(st, i - 1, "to")) &&
            (err = ex_emit(st, s, idx, objs[0], subjs[0], rel, i, t1, 0,
                           modality, NULL, 0.5, seen, &nseen, cb,
                           payload)) != 0)
            return err;
        if (nobj && oms[0] && !rel->noun &&
            (bx = ex_as_did(st, oms[0]->t1)) != NULL &&
            (err = ex_emit(st, s, idx, &bx->ent, objs[0], rel, i, t1, 0,
                           "asserted", NULL, 0.5, seen, &nseen, cb,
                           payload)) != 0)
            return err;
        if (sib && rel->noun &&
            ex_pair_heads(st, sib->start < sm->start ? sm : sib, i)) {
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
                ex_uncode(&refined, &rel);
                modality = "hypothetical";
            }
            if ((err = ex_emit(st, s, idx, &a->ent, &b->ent, rel, i, t1,
                               negated, modality, NULL, conf, seen, &nseen, cb,
                               payload)) != 0)
                return err;
            /* "Soviet-American talks made a breakthrough", "a
             * Franco-German meeting failed": the compound names both
             * sides as one, as "talks between X and Y" does, so a shared
             * consultation (ex_symmetric, 04) is each side's with the
             * other ("Franco-American cooperation", a standing tie, is
             * left one way) */
            if (ex_symmetric(rel) && rel->cameo &&
                !strncmp(rel->cameo, "04", 2) &&
                (err = ex_emit(st, s, idx, &b->ent, &a->ent, rel, i, t1,
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
                    size_t o;
                    done_subj[ndone] = subjs[0];
                    for (o = 0; o < nobj && o < EX_DONE_OBJECTS; o++)
                        done_obj[ndone][o] = objs[o];
                    done_nobj[ndone++] = o;
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
    for (i = 0; i < sizeof ex_sentence_scans / sizeof *ex_sentence_scans;
         i++)
        if ((err = ex_sentence_scans[i](st, s, idx, seen, &nseen, cb,
                                        payload)) != 0)
            return err;
    return KG_OK;
}
