/*
 * mentions.c: names, groups and titles found in a sentence (the ontology's
 * and the ones it does not know), and coreference across the document.
 * Part of the extractor: the state and what its parts share are in
 * extract_internal.h.
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

/* Is e, which a mention of this sentence stands for, known from the rest
 * of the story (kg_entity.coref)?  Yes when e is itself so known, when it
 * was named in another sentence (its words lie outside this one), or when
 * it has no words at all (an office holder read by the story's date): a
 * reader of this sentence alone would not know who it is.  No when e is a
 * mention of this sentence ("The World Bank said it approved", "Anglo
 * American's spokesman said the company held talks"): the sentence names
 * it. */
int ex_from_story(const ex_state *st, const kg_entity *e)
{
    /* (before ex_settle_coref, a group noun of the story's state counts
     * as the story's; one its owner in this sentence places is named) */
    if (e->coref == EX_COREF_STORY || e->coref == EX_COREF_GROUP_STORY ||
        e->end <= e->start || st->ntoks == 0)
        return 1;
    return e->end <= st->toks[0].start ||
           e->start >= st->toks[st->ntoks - 1].end;
}

const char *ex_strndup(ex_state *st, const char *s, size_t n)
{
    return kg_arena_strndup(&st->arena, s, n);
}

const char *ex_concat(ex_state *st, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    char *p = kg_arena_alloc(&st->arena, na + nb + 1);
    if (!p)
        return NULL;
    memcpy(p, a, na);
    memcpy(p + na, b, nb + 1);
    return p;
}

/* The strings of parts (up to a NULL) one after the other in d, cut at
 * cap - 1 bytes: snprintf(d, cap, "%s_%s", a, b) as ex_join(d, cap,
 * (const char *[]){a, "_", b, NULL}).  The ids of group and value
 * mentions are composed this way because every printf call in kg takes
 * glibc's slow path (libquadmath, loaded with igraph's BLAS, registers a
 * printf modifier): about 1,400 instructions an id. */
void ex_join(char *d, size_t cap, const char *const *parts)
{
    size_t n = 0;
    const char *s;
    for (; *parts; parts++)
        for (s = *parts; *s && n + 1 < cap; s++)
            d[n++] = *s;
    d[n] = '\0';
}

/* Places in a city that news names after it ("a Jerusalem cafe", "a
 * Kabul hotel", "a Baghdad market"): where an attack or a blast is. */
static const char *const ex_sites[] = {
    "cafe",     "restaurant", "hotel",     "market",    "bus",
    "street",   "suburb",     "hospital",  "school",    "mosque",
    "church",   "synagogue",  "nightclub", "bar",       "shop",
    "mall",     "theatre",    "theater",   "cinema",    "stadium",
    "square",   "district",   "neighbourhood", "neighborhood", "airport",
    "station",  "checkpoint", "bakery",    "pizzeria",  "disco", NULL};

/* The office of e whose sector is agent ("LEG" for "Senator"), of
 * country when not NULL, held on date (or, undated, the latest such), or
 * NULL (ex_title_chooses_office). */
static const kg_onto_office *ex_office_of_sector(const kg_onto_entity *e,
                                                 const char *date,
                                                 const char *agent,
                                                 const char *country)
{
    const kg_onto_office *best = NULL;
    size_t f;
    for (f = 0; agent && f < e->noffices; f++) {
        const kg_onto_office *o = &e->offices[f];
        const char *oc = o->country ? o->country : e->country;
        if (!o->agent || strcmp(o->agent, agent) != 0 ||
            (country && (!oc || strcmp(oc, country) != 0)))
            continue;
        if (date && ((*o->start && strcmp(date, o->start) < 0) ||
                     (*o->end && strcmp(date, o->end) >= 0)))
            continue;
        if (!best || strcmp(o->start, best->start) > 0)
            best = o;
    }
    return best;
}

/* Fill the public entity of an ontology mention; tcountry: the state a
 * title before a person names ("Soviet Foreign Minister"), or NULL. */
static int ex_fill_titled(ex_state *st, ex_mention *m, const char *agent,
                          const char *tcountry)
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
    if (strcmp(oe->type, "Country") == 0 && m->kind == KG_NAME_METONYM &&
        m->t0 > 0 &&
        (ex_tok_is(st, m->t0 - 1, "a") || ex_tok_is(st, m->t0 - 1, "an")) &&
        m->t1 < st->ntoks && ex_pronoun_is(&st->toks[m->t1], ex_sites)) {
        /* "a Jerusalem cafe", "a Kabul hotel": the city names where the
         * place hit is, the country, not its government acting ("a
         * Pentagon analyst", "a White House meeting" stay the state's) */
        e->code = oe->id;
    } else if (strcmp(oe->type, "Country") == 0 &&
               m->kind == KG_NAME_METONYM) {
        /* Ankara, the Kremlin: the state acting through its government */
        if (!(e->code = ex_concat(st, oe->id, "GOV")))
            return KG_ENOMEM;
    } else if (oe->noffices > 0 || strcmp(oe->type, "Person") == 0) {
        const kg_onto_office *off = NULL;
        const char *cc, *ag;
        int titled = 0; /* off is of the title's state */
        if (tcountry) {
            /* "Soviet Foreign Minister Eduard Shevardnadze": the title's
             * state chooses among his offices, whatever the date says
             * (undated, his latest is Georgia's); the date among those,
             * and the title's sector among those ("US Senator John
             * Kerry": his Senate seat, not his later cabinet post) */
            off = ex_office_of_sector(oe, st->doc->date, agent, tcountry);
            titled = (off || (off = kg_onto__office_in(oe, st->doc->date,
                                                       tcountry)) != NULL);
        }
        if (!off && (off = kg_onto__office(oe, st->doc->date)) == NULL &&
            st->doc->date && (off = kg_onto__office(oe, NULL)) &&
            (!off->code ||
             (*off->start && strcmp(st->doc->date, off->start) < 0)))
            off = NULL; /* no office on that date: the home country, but
                           an official of a body only (Kofi Annan in 2016)
                           keeps the body's code once he has held it;
                           before its start he was none of the body's
                           (Mike Moore, the WTO's head from 1999, was New
                           Zealand's trade minister in 1987 copy) */
        cc = off && off->country ? off->country : oe->country;
        ag = off && off->agent ? off->agent : agent;
        if (tcountry && !titled &&
            (off || !cc || strcmp(cc, tcountry) != 0)) {
            /* none of his offices of the title's state (on the date):
             * the text's title is his office here, one the dictionary
             * lacks ("U.S. Ambassador Paul Wolfowitz" in 1987) */
            cc = tcountry;
            ag = agent ? agent : ag;
            off = NULL;
        }
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

static int ex_fill_entity(ex_state *st, ex_mention *m, const char *agent)
{
    return ex_fill_titled(st, m, agent, NULL);
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

/* Does the document's text hold any of cues (NULL-terminated) as
 * written? */
static int ex_doc_has_any_cue(const kg_doc *doc, const char *const *cues)
{
    size_t k;
    for (k = 0; cues[k]; k++)
        if (ex_doc_has_cue(doc, cues[k], NULL))
            return 1;
    return 0;
}

/* Which shared names this document reads as their other entity: bit k
 * for row k; *none: those it reads as no entity (a row marked neither =
 * none whose cues name neither entity, or both: "Korean" in a story that
 * names no Korea, or both). */
uint64_t ex_shared_for_doc(const kg_onto *onto, const kg_doc *doc,
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
        if (sn->neither_other) {
            /* "Brussels": the other entity unless a usual cue names the
             * usual one ("Belgian" police in Brussels) */
            if (!ex_doc_has_any_cue(doc, sn->usual_cues))
                bits |= (uint64_t)1 << k;
            continue;
        }
        for (c = 0; sn->other_cues[c] && !other; c++)
            other = ex_doc_has_cue(doc, sn->other_cues[c], sn->usual_cues);
        if (other || sn->neither_none)
            usual = ex_doc_has_any_cue(doc, sn->usual_cues);
        if (other && !usual)
            bits |= (uint64_t)1 << k;
        else if (sn->neither_none && other == usual)
            *none |= (uint64_t)1 << k;
    }
    return bits;
}

static const char *const ex_city_preps[] = {
    "in", "into", "at", "near", "outside", "around", "across", "through", NULL};

/* Is the name of ntok tokens at i the city, not what a neither = other
 * row makes of it?  After a preposition of place, also across a list of
 * names ("talks in Brussels", "police in London and Brussels"), and in a
 * list with commas ("the Paris, Amsterdam, Brussels and Lisbon
 * exchanges"); "Washington and Brussels agreed" stays the actor. */
static int ex_shared_city(const ex_state *st, size_t i, size_t ntok)
{
    size_t k = i, hops = 0, after = i + ntok;
    int comma = 0, conj = 0;
    /* (a comma crossed with no "and" and none after the name closes a
     * phrase put first: "In Paris, Brussels criticized Warsaw" names
     * the other; "in London, Paris and Brussels" is a list) */
    int goes_on = after < st->ntoks && (ex_tok_punct(st, after, ',') ||
                                        ex_tok_is(st, after, "and"));
    while (k > 0 && hops < 8) {
        const ex_tok *t = &st->toks[k - 1];
        if (t->kind == KG_TOK_WORD && ex_pronoun_is(t, ex_city_preps)) {
            if (!comma || conj || goes_on)
                return 1;
            break;
        }
        if (ex_tok_punct(st, k - 1, ','))
            comma = 1;
        else if (ex_tok_is(st, k - 1, "and"))
            conj = 1;
        else if (!(t->kind == KG_TOK_WORD && (t->flags & KG_TOKF_CAP)))
            break;
        k--;
        hops++;
    }
    /* a list: a comma on one side and a comma or "and" on the other, or
     * two more names after ("the Brussels, Paris and Amsterdam
     * exchanges"); "pressure from Brussels, Warsaw backed down" is none */
    {
        size_t j = i + ntok;
        int lsep = i > 1 && (st->toks[i - 2].flags & KG_TOKF_CAP) &&
                   (ex_tok_punct(st, i - 1, ',') || ex_tok_is(st, i - 1, "and"));
        int lcomma = lsep && ex_tok_punct(st, i - 1, ',');
        int rsep = j + 1 < st->ntoks && (st->toks[j + 1].flags & KG_TOKF_CAP) &&
                   (ex_tok_punct(st, j, ',') || ex_tok_is(st, j, "and"));
        int rcomma = rsep && ex_tok_punct(st, j, ',');
        int more = rcomma && j + 2 < st->ntoks &&
                   (ex_tok_punct(st, j + 2, ',') || ex_tok_is(st, j + 2, "and"));
        return (lcomma && rsep) || (rcomma && (lsep || more));
    }
}

static int ex_span_has_words(const kg_doc *doc, const char *lo,
                             const char *hi, const char *s);

/* The text of the sentence being read, from its first token's start to
 * its last's end, into *lo and *hi; 0 when it has no tokens.  (Whether a
 * word that tells who an actor is stands in this sentence or only
 * elsewhere in the story: kg_entity.coref.) */
static int ex_sentence_text(const ex_state *st, const char **lo,
                            const char **hi)
{
    if (st->ntoks == 0)
        return 0;
    *lo = st->doc->text + st->toks[0].start;
    *hi = st->doc->text + st->toks[st->ntoks - 1].end;
    return 1;
}

/* Did the story, not this sentence, choose what a shared short name of
 * ntok tokens written from token i stands for?  The gazetteer gives the
 * name to usual; alt is what the document reads it as (shared_names.tsv,
 * ex_shared_entity; the row is the name's own, by its first token's key
 * as there: "Koreans" and "Korea" share usual KOR but not their cues).
 * Yes when the row chose alt, the other entity, by the story's cues
 * ("Mr Howard" as Michael Howard where the story names the Tories) and no
 * cue of alt is written in this sentence; and when alt is usual itself
 * but the row reads the name as usual only by a cue ("neither none":
 * bare "Labour" is Britain's party in a story that names Britain or the
 * Tories, no party in one that names neither) and no usual cue is in
 * this sentence.  A reader of the sentence alone would read the
 * gazetteer's person, or no party at all, so who it is came from the
 * story (kg_entity.coref), as a bare surname after the full name or "the
 * government" of the story's country (README.md; actor31 made the
 * parties' "Labour" and "Conservatives" so).  No when the story's date
 * chose alt ("Thatcher" in 1987 is Margaret Thatcher by her office then),
 * when the row reads the name as other by default ("Brussels" the EU),
 * or this sentence holds a cue ("Mrs Thatcher", "Labour and the
 * Tories").  (coref30: 9 "Mr Howard" mentions of bbc_news kept coref
 * false.) */
static int ex_shared_from_story(const ex_state *st,
                                const kg_onto_entity *usual,
                                const kg_onto_entity *alt, size_t i,
                                size_t ntok)
{
    size_t k, c, n;
    const kg_onto_shared *sh;
    const char *lo, *hi, *d = st->doc->date;
    if (!usual || !alt || !alt->type || !ex_sentence_text(st, &lo, &hi))
        return 0;
    sh = kg_onto__shared(st->onto, &n);
    for (k = 0; k < n; k++) {
        const kg_onto_shared *sn = &sh[k];
        if (sn->ntok != ntok || strcmp(st->toks[i].key, sn->key) != 0 ||
            strcmp(sn->usual, usual->id) != 0 ||
            (usual != alt && strcmp(sn->other, alt->id) != 0))
            continue;
        if (usual == alt) {
            if (!sn->neither_none)
                return 0;
            for (c = 0; sn->usual_cues && sn->usual_cues[c]; c++)
                if (ex_span_has_words(st->doc, lo, hi, sn->usual_cues[c]))
                    return 0;
            return 1;
        }
        if (sn->neither_other || strcmp(alt->type, "Person") != 0)
            return 0;
        if (sn->other_before && d && strlen(d) >= 10 &&
            strncmp(d, sn->other_before, 10) < 0)
            return 0;
        for (c = 0; sn->other_cues && sn->other_cues[c]; c++)
            if (ex_span_has_words(st->doc, lo, hi, sn->other_cues[c]))
                return 0;
        return 1;
    }
    return 0;
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
        /* "roads into Brussels", "talks in Brussels": the city, the
         * usual entity's; "pressure from Brussels", "yield to Brussels"
         * still name the other */
        if (sh[k].neither_other && ex_shared_city(st, i, ntok))
            return oe;
        alt = kg_onto__entity(st->onto, sh[k].other);
        return alt ? alt : oe;
    }
    return oe;
}

/* A surname alone that the gazetteer gives to a person whose first office
 * starts more than two years after the story's date ("Johnson said" in a
 * story of 1987 is no Boris Johnson, "Harris" no Kamala Harris; a former
 * president named stays himself) is the one
 * person of that surname who holds an office on that date ("Stoltenberg"
 * in 1987: Gerhard, West Germany's finance minister, not Jens), else no
 * known person (NULL).  Undated stories keep the gazetteer's person. */
static const kg_onto_entity *ex_dated_surname(const ex_state *st,
                                              const kg_onto_entity *e,
                                              const char *key)
{
    const char *d = st->doc->date;
    if (!e || !e->type || strcmp(e->type, "Person") != 0 || !d ||
        kg_onto__near_office(e, d, 1))
        return e;
    return kg_onto__person_in_office(st->onto, key, d);
}

/* Does name (a label or a name as written) open with the word key and
 * go on? */
static int ex_name_opens_with(const char *name, const char *key)
{
    size_t n = strlen(key);
    return name && n && !strncasecmp(name, key, n) && name[n] == ' ';
}

/* Is c an ASCII letter? */
static int ex_ascii_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* The first place at or after from where the document's text holds s as
 * written, as whole words (no letter right before or after it: "speaker"
 * is not in "speakers"), or NULL. */
static const char *ex_doc_find_words(const kg_doc *doc, const char *from,
                                     const char *s)
{
    const char *p = from, *end = doc->text + doc->len;
    size_t n = strlen(s);
    while (n && p + n <= end &&
           (p = memchr(p, s[0], (size_t)(end - p - n + 1))) != NULL) {
        if (!memcmp(p, s, n) &&
            (p == doc->text || !ex_ascii_letter(p[-1])) &&
            (p + n == end || !ex_ascii_letter(p[n])))
            return p;
        p++;
    }
    return NULL;
}

/* Does the document's text hold s as written, as whole words? */
static int ex_doc_has_words(const kg_doc *doc, const char *s)
{
    return ex_doc_find_words(doc, doc->text, s) != NULL;
}

/* Does the document's text from lo up to hi hold s as written, as whole
 * words? */
static int ex_span_has_words(const kg_doc *doc, const char *lo,
                             const char *hi, const char *s)
{
    const char *p = ex_doc_find_words(doc, lo, s);
    return p && p + strlen(s) <= hi;
}

/* Does the text from lo up to hi name the role of office f (up to " of "),
 * in lower case or with a capital, as whole words? */
static int ex_span_names_role(const kg_doc *doc, const char *lo,
                              const char *hi, const kg_onto_office *f)
{
    const char *of;
    char cue[64];
    size_t len;
    if (!f->role || !*f->role)
        return 0;
    of = strstr(f->role, " of ");
    len = of ? (size_t)(of - f->role) : strlen(f->role);
    if (len < 4 || len >= sizeof(cue))
        return 0;
    memcpy(cue, f->role, len);
    cue[len] = '\0';
    if (ex_span_has_words(doc, lo, hi, cue))
        return 1;
    if (cue[0] >= 'a' && cue[0] <= 'z')
        cue[0] = (char)(cue[0] - 'a' + 'A');
    return ex_span_has_words(doc, lo, hi, cue);
}

/* Does the story name the role of office f (up to " of "), in lower case
 * or with a capital, as whole words? */
static int ex_doc_names_role(const kg_doc *doc, const kg_onto_office *f)
{
    return ex_span_names_role(doc, doc->text, doc->text + doc->len, f);
}

/* Does the document name one of person e's dated offices, its role as
 * people.tsv writes it up to " of " ("chancellor" of "chancellor of the
 * exchequer", "foreign secretary"), in lower case or with a capital?  An
 * undated story that says "Mr Straw" and "the foreign secretary" is of
 * Jack Straw's time; one of a firm's Mr King is not of Tom King's. */
static int ex_doc_names_office(const kg_doc *doc, const kg_onto_entity *e)
{
    size_t k;
    for (k = 0; k < e->noffices; k++)
        if (*e->offices[k].start && ex_doc_names_role(doc, &e->offices[k]))
            return 1;
    return 0;
}

/* The names of the European Community or Union a story writes
 * (ex_eu_commission). */
static const char *const ex_eu_cues[] = {"EC", "EEC", "EU", "E.C.",
                                         "European Community",
                                         "European Communities",
                                         "European Union", NULL};

/* "The Commission blamed the EC's new cash crisis", "a Commission
 * commitment": "Commission" alone, capitalised and not opening a longer
 * name, in a story that names the European Community or Union (EC, EEC,
 * EU, European Community, European Union) is the European Commission,
 * its executive, where the story has named no other commission before
 * (that one is "the Commission" there: ex_org_head_word's coref, known
 * or not: "the Tower Commission").  Else NULL.  (actor28: lab28's
 * "The Commission had also written to seven other Community airlines";
 * 120 such words of the three corpora were no actor) */
static const kg_onto_entity *ex_eu_commission(const ex_state *st, size_t i,
                                              size_t n)
{
    const char *ag = NULL;
    size_t k;
    if (!ex_tok_is(st, i, "commission") ||
        !(st->toks[i].flags & KG_TOKF_CAP) ||
        (st->toks[i].flags & KG_TOKF_ALLCAPS) ||
        (i + 1 < n && st->toks[i + 1].kind == KG_TOK_WORD &&
         (st->toks[i + 1].flags & KG_TOKF_CAP) &&
         !ex_match_title(st, i + 1, &ag)) ||
        (i + 1 < st->ntoks &&
         (ex_tok_is(st, i + 1, "of") || ex_tok_is(st, i + 1, "for"))))
        return NULL; /* ("Commission of Inquiry", "Commission for Racial
                      * Equality", "Commission Europe") */
    for (k = 0; k < st->norgs; k++)
        if (ex_last_word_is(st->orgs[k].label, "commission") ||
            ex_last_word_is(st->orgs[k].text, "commission"))
            return NULL;
    /* (and one named earlier in this sentence: "the government Cereals
     * Market Commission said ... the Commission would not accept") */
    for (k = 0; k < st->nments; k++) {
        const ex_mention *em = &st->ments[k];
        if (em->t0 < i && !em->dropped &&
            ex_last_word_is(em->ent.label, "commission"))
            return NULL;
    }
    for (k = 0; ex_eu_cues[k]; k++)
        if (ex_doc_has_words(st->doc, ex_eu_cues[k]))
            return kg_onto__entity(st->onto, "EUROPEAN_COMMISSION");
    return NULL;
}

/* Was "the Commission" that ex_eu_commission read as the European
 * Commission read so from the rest of the story (kg_entity.coref)?  Yes
 * when no word of this sentence names the Community or Union (its cues):
 * the story told which commission it is, as for "the Commission" after
 * "the European Commission" (ex_org_head_word, README).  (coref30: 2
 * such mentions of the corpora's sentences with relations.) */
static int ex_eu_commission_from_story(const ex_state *st)
{
    size_t k;
    const char *lo, *hi;
    if (!ex_sentence_text(st, &lo, &hi))
        return 0;
    for (k = 0; ex_eu_cues[k]; k++)
        if (ex_span_has_words(st->doc, lo, hi, ex_eu_cues[k]))
            return 0;
    return 1;
}

/* "Mr Straw's China trip", "Mr Brown accused": one capitalised word
 * after "Mr", "Mrs", "Ms" or "Dr" (not "Sir", whose word is a given name)
 * is a surname, so a surname that the gazetteer gives as no alias (a
 * common word: Straw, Brown) still names the one person of that surname
 * it knows: in a dated story the one in office then
 * (kg_onto__person_in_office), in an undated one the only person of that
 * surname (kg_onto__person_of_surname) where the story names his office
 * (ex_doc_names_office); else NULL.  A person of that
 * surname the document named before wins later (ex_surname_person).
 * (actor28: lab28's "Mr Straw", "Mr Brown" in BBC copy of 2005) */
static const kg_onto_entity *ex_honored_surname(const ex_state *st, size_t i,
                                                size_t n)
{
    static const char *const hon[] = {"mr", "mrs", "ms", "dr", NULL};
    const kg_onto_entity *e;
    if (i == 0 || i >= n || !(st->toks[i].flags & KG_TOKF_CAP) ||
        !ex_pronoun_is(&st->toks[i - 1], hon))
        return NULL;
    if (i + 1 < n && (st->toks[i + 1].flags & KG_TOKF_CAP))
        return NULL; /* "Mr Jack Straw": a name of two words */
    if (st->doc->date) {
        const kg_onto_office *f;
        e = kg_onto__person_in_office(st->onto, st->toks[i].key,
                                      st->doc->date);
        /* (a role with no dates, "Howard Stern" the radio host, holds at
         * every date: no era to read the surname in) */
        if (e && (f = kg_onto__office(e, st->doc->date)) != NULL &&
            !*f->start)
            e = NULL;
    } else {
        e = kg_onto__person_of_surname(st->onto, st->toks[i].key);
        if (e && !ex_doc_names_office(st->doc, e))
            e = NULL;
    }
    return e && e->type && !strcmp(e->type, "Person") ? e : NULL;
}

/* Was the person ex_honored_surname gave "Mr Brown" at token i read from
 * the rest of the story (kg_entity.coref)?  In a dated story no: the date
 * and the ontology tell who held the office, as for a name the ontology
 * knows ("Mr Straw" in 2005).  In an undated one he is known only because
 * the story names his office; when no word of this sentence names it
 * ("Chancellor Gordon Brown has said ... Mr Brown first proposed the
 * idea"), a reader of this sentence alone would not know who he is: the
 * story told it, as a bare surname after the full name.  (coref30: 319
 * mentions of bbc_news, 205 of them "Mr Brown", and 10 events of the dev
 * stories, 7 found and 3 extra, rested on such an actor unmarked.) */
static int ex_honored_from_story(const ex_state *st,
                                 const kg_onto_entity *e)
{
    size_t k;
    const char *lo, *hi;
    if (st->doc->date || !e || !ex_sentence_text(st, &lo, &hi))
        return 0;
    for (k = 0; k < e->noffices; k++)
        if (*e->offices[k].start &&
            ex_span_names_role(st->doc, lo, hi, &e->offices[k]))
            return 0;
    return 1;
}

static int ex_doc_names_firm_of(const kg_doc *doc, const char *name);

/* May token k stand in a team sheet's run of names (ex_roster_name): a
 * minute, a comma, a semicolon, a hyphen, an apostrophe, a capitalised
 * word, or inside brackets (depth > 0) any word?  (The brackets are the
 * caller's to count.) */
static int ex_roster_tok(const ex_state *st, size_t k, int depth)
{
    const ex_tok *q = &st->toks[k];
    return q->kind == KG_TOK_NUMBER || ex_tok_punct(st, k, ',') ||
           ex_tok_punct(st, k, ';') || ex_tok_punct(st, k, '-') ||
           ex_tok_punct(st, k, '\'') ||
           (q->kind == KG_TOK_WORD &&
            (depth > 0 || (q->flags & KG_TOKF_CAP)));
}

/* Is token i in a team sheet's run of names ("Subs: Howard, Giggs,
 * Smith.", "Esson, Hart, Anderson, Diamond, Byrne (Morrison 75),
 * McNaughton", rugby's "Lewsey, Erinle, Abbott, Voyce; King, Dawson"): a
 * run of capitalised words, commas, semicolons, minutes and bracketed
 * substitutes, with no other word in it ("and", a verb), ending the
 * sentence or at a colon, that holds at least three names outside
 * brackets, or follows a heading's colon, or is the whole sentence with
 * two.  A surname there is a player's, no office holder the gazetteer
 * knows by it (BBC sport: Howard, Harper, Cooper, Cameron, Morrison,
 * Harris, Powell, Regan, Abbott).  Prose lists ("Baker, Stoltenberg and
 * Poehl agreed") have a verb and usually an "and". */
static int ex_roster_name(const ex_state *st, size_t i)
{
    size_t a = i, b = i + 1, k, names = 0;
    int depth = 0, colon;
    /* (a headline in capitals, "VOLCKER REAFFIRMS G-7", is no team
     * sheet) */
    if (st->toks[i].flags & KG_TOKF_ALLCAPS)
        return 0;
    /* (back, then on, over the run; inside brackets any word: "Palmer
     * (capt)") */
    while (a > 0) {
        if (ex_tok_punct(st, a - 1, ')'))
            depth++;
        else if (ex_tok_punct(st, a - 1, '('))
            depth--;
        else if (!ex_roster_tok(st, a - 1, depth))
            break;
        if (depth < 0)
            /* (a substitute in brackets with his minute: "Kerr (Cameron
             * 87)") */
            return a - 1 == i - 1 && i >= 2 && i + 2 < st->ntoks &&
                   st->toks[i - 2].kind == KG_TOK_WORD &&
                   (st->toks[i - 2].flags & KG_TOKF_CAP) &&
                   st->toks[i + 1].kind == KG_TOK_NUMBER &&
                   ex_tok_punct(st, i + 2, ')');
        a--;
    }
    for (depth = 0; b < st->ntoks; b++) {
        if (ex_tok_punct(st, b, '('))
            depth++;
        else if (ex_tok_punct(st, b, ')'))
            depth--;
        else if (!ex_roster_tok(st, b, depth))
            break;
        if (depth < 0)
            break;
    }
    /* (the run ends the sentence, or meets the next heading's colon) */
    if (b < st->ntoks && !ex_tok_punct(st, b, '.') &&
        !ex_tok_punct(st, b, ':') && !ex_tok_punct(st, b, ')'))
        return 0;
    colon = a > 0 && ex_tok_punct(st, a - 1, ':');
    /* (a full stop the segmenter kept inside: "Grady 47.  Esson, Hart")
     * opens the run as a sentence's start does) */
    if (a > 0 && !colon && !ex_tok_punct(st, a - 1, '.'))
        return 0;
    for (k = a, depth = 0; k < b; k++) {
        if (ex_tok_punct(st, k, '('))
            depth++;
        else if (ex_tok_punct(st, k, ')'))
            depth--;
        else if (!depth && st->toks[k].kind == KG_TOK_WORD &&
                 (k == a || st->toks[k - 1].kind != KG_TOK_WORD))
            names++;
    }
    /* (a heading's colon: "Subs not used: Harper.") */
    if (colon && a >= 2 && st->toks[a - 2].kind == KG_TOK_WORD)
        return names >= 1;
    return names >= 3 ||
           ((a == 0 || ex_tok_punct(st, a - 1, '.')) && names >= 2);
}

/* "Baker International Corp said ... Baker said": a surname alone that
 * the gazetteer gives to a person (James Baker) is no person where the
 * document has named an organisation, known or not, whose name opens with
 * that word (in an earlier sentence, or earlier in this one): it is that
 * firm, short. */
static int ex_surname_opens_org(const ex_state *st, const kg_onto_entity *e,
                                size_t i)
{
    const char *key = st->toks[i].key;
    size_t k;
    if (!e || !e->type || strcmp(e->type, "Person") != 0)
        return 0;
    {
        /* (the name as written: "Baker") */
        char word[48];
        size_t len = st->toks[i].end - st->toks[i].start;
        if (len > 0 && len < sizeof(word)) {
            memcpy(word, st->doc->text + st->toks[i].start, len);
            word[len] = '\0';
            if (ex_doc_names_firm_of(st->doc, word))
                return 1;
        }
    }
    for (k = 0; k < st->norgs; k++)
        if (ex_name_opens_with(st->orgs[k].label, key) ||
            ex_name_opens_with(st->orgs[k].text, key))
            return 1;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t0 < i && !m->dropped && ex_group_or_org(m->ent.type) &&
            (ex_name_opens_with(m->ent.label, key) ||
             ex_name_opens_with(m->ent.text, key)))
            return 1;
    }
    return 0;
}

/* "First Chicago's Johnson", "Lloyds Bank's Johnson said": a surname
 * alone right after a firm's possessive is one of the firm's people (an
 * analyst, an officer), not the person the gazetteer knows by that
 * surname (Manuel Johnson of the Fed), so no name is read there.  A firm
 * here is an organisation kg gives no code or a business code without
 * a state organ in it; "the Fed's Johnson", "Labour's Brown", "Britain's
 * Brown" stay his.  (name32: 4 mentions in 2 Reuters stories.) */
static int ex_firm_possessor_surname(const ex_state *st,
                                     const kg_onto_entity *e, size_t i)
{
    size_t k;
    if (!e || !e->type || strcmp(e->type, "Person") != 0 || i < 2 ||
        !ex_tok_is(st, i - 1, "'s"))
        return 0;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        const char *code = m->ent.code;
        size_t n;
        if (m->dropped || m->t1 > i - 1)
            continue;
        if (m->t1 != i - 1 || !m->ent.type)
            return 0;
        /* (an unknown name kg may read as a person's: "First Chicago") */
        if (!code && m->ent.id && !strncmp(m->ent.id, "x_", 2) &&
            (ex_group_or_org(m->ent.type) || !strcmp(m->ent.type, "Person")))
            return 1;
        if (strcmp(m->ent.type, "Organization") != 0)
            return 0;
        if (!code)
            return 1;
        n = strlen(code);
        return n >= 3 && !strcmp(code + n - 3, "BUS") &&
               !strstr(code, "GOV");
    }
    return 0;
}

/* "Johnson and Johnson said", "Johnson & Johnson", "Johnson Johnson"
 * (the ampersand lost): a surname joined to itself is a firm's name, not
 * twice the person the gazetteer knows by it (Manuel Johnson, Boris
 * Johnson).  Token i is either word.  (name32: 26 mentions in 9
 * stories, all Johnson and Johnson.) */
static int ex_doubled_surname(const ex_state *st, size_t i)
{
    const char *key = st->toks[i].lower;
    size_t d;
    for (d = 1; d <= 2; d++) {
        /* (i + d in the sentence before token i + 1 is read:
         * ex_tok_punct does not check its bound) */
        int joined = i + d < st->ntoks &&
                     (d == 1 || ex_tok_is(st, i + 1, "and") ||
                      ex_tok_punct(st, i + 1, '&'));
        int joined_before = d == 1 || (i >= 1 && (ex_tok_is(st, i - 1, "and") ||
                                                  ex_tok_punct(st, i - 1, '&')));
        if (joined && ex_tok_is(st, i + d, key) &&
            (st->toks[i + d].flags & KG_TOKF_CAP))
            return 1;
        if (joined_before && i >= d && ex_tok_is(st, i - d, key) &&
            (st->toks[i - d].flags & KG_TOKF_CAP))
            return 1;
    }
    return 0;
}

/* Does the document speak of the former Yugoslavia (its states, its
 * wars' names)?  Then a court in The Hague is the Yugoslav tribunal. */
static int ex_yugoslav_story(const ex_state *st)
{
    static const char *const words[] = {"Yugoslav", "Serbia", "Serbs",
                                        "Bosnia",   "Croatia", "Kosovo",
                                        "Milosevic", "Karadzic", "Mladic",
                                        NULL};
    return ex_doc_has_any_cue(st->doc, words);
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

int ex_same_id(const kg_entity *a, const kg_entity *b)
{
    return a && b && a->id && b->id && strcmp(a->id, b->id) == 0;
}

/* Add e to a memory list (most recent last; an old copy moves up). */
void ex_memory_add(kg_entity *list, size_t *n, const kg_entity *e)
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
/* "Israeli F-16s", "Russian MiG-29s", "Syrian Su-24s": a model with a
 * number, in the plural, stands for the aircraft of the country word
 * before it. */
static int ex_model_plural(const ex_state *st, size_t i)
{
    const ex_tok *t = i < st->ntoks ? &st->toks[i] : NULL;
    size_t len = t ? strlen(t->lower) : 0;
    return t && t->kind == KG_TOK_WORD && (t->flags & KG_TOKF_CAP) &&
           len > 3 && t->lower[len - 1] == 's' && strchr(t->lower, '-') &&
           strpbrk(t->lower, "0123456789") &&
           !strpbrk(t->lower + len - 2, "-");
}

/* Is token i an opening quote mark, followed by one plain lower-case
 * word and the closing mark ("\"contra\"", "\"universal\"")?  Such a
 * word before a group noun is a modifier quoted as the word of its
 * users, no name of the group's own. */
static int ex_quoted_modifier(const ex_state *st, size_t i)
{
    const ex_tok *w;
    if (i + 3 >= st->ntoks || !ex_tok_punct(st, i, '"') ||
        !ex_tok_punct(st, i + 2, '"'))
        return 0;
    w = &st->toks[i + 1];
    return w->kind == KG_TOK_WORD && w->tag == KG_W_NONE && *w->key &&
           !(w->flags & KG_TOKF_CAP);
}

static size_t ex_sector_modifiers(const ex_state *st, size_t at, int bare,
                                  const char **agent, size_t *n)
{
    static const char *const mods[] = {
        "federal", "state",   "special",  "riot",    "secret", "elite",
        "top",     "senior",  "local",    "former",  "main",   "ruling",
        /* ("Britain's highest court": the state's own court, coord32) */
        "highest",
        "interim", "armed",   "own",      "new",     "young",  "striking",
        "anti-riot", "rights", "human",   "exiled",  "jailed", "detained",
        "angry",   "ordinary", "rank-and-file", "palace", "guard",
        /* ("Jordan's state security court", "Syria's security police") */
        "security",
        /* the trade or workplace of a sector: "British rail workers",
         * "Greek public sector workers", "Nigerian oil workers" */
        "rail", "railway", "dock", "port", "steel", "coal", "oil", "auto",
        "car", "factory", "garment", "textile", "transport", "airline",
        "public", "sector", "health", "hospital", "postal", "power",
        "construction", "sugar", "cotton", "cocoa", "tea", "taxi", "bus",
        "truck", "airport", "school", "university", "hunger-striking",
        "shipyard", "copper", "mine",
        /* the field an official serves in: "Swedish trade officials",
         * "U.S. finance officials", "Japanese agriculture officials" */
        "trade", "finance", "agriculture", "energy", "defence", "defense",
        /* the task or stance of a state's force: "Sweden's peacekeeping
         * force", "Japan's self defence forces", "Israel's occupying
         * troops", "India's border police" (left31) */
        "peacekeeping", "peace-keeping", "self", "self-defence",
        "self-defense", "occupying", "occupation", "invading", "border",
        /* the movement a rebel force is named by, written lower case:
         * "the Nicaraguan contra rebels" (reuters21578, five times, and
         * twice as "Nicaraguan \"contra\" rebels": fixb32) */
        "contra",
        NULL};
    static const char *const ends[] = {"al", "ary", "ic", "ive", "ous",
                                       "ern", NULL};
    static const char *const aircraft[] = {
        "plane", "planes", "aircraft", "jet", "jets", "warplane",
        "warplanes", "bomber", "bombers", "helicopter", "helicopters", NULL};
    size_t k, caps = 0;
    for (k = 0; k < 3 && at + k < st->ntoks; k++) {
        const ex_tok *t = &st->toks[at + k];
        size_t len, e;
        int adj = 0;
        /* a maker's or model's name before an aircraft noun names the
         * state's air force: "Sudanese Antonov planes", "Russian Sukhoi
         * bombers" (drones keep their country word right before them,
         * which the 1952 rules read) */
        if ((k > 0 && caps == 1 && !(t->flags & KG_TOKF_CAP) &&
             ex_pronoun_is(t, aircraft)) ||
            ex_model_plural(st, at + k)) {
            *agent = "MIL";
            *n = 1;
            return k;
        }
        if (k > 0 && (*n = ex_match_agent(st, at + k, agent)) > 0) {
            /* an armed group's name is no state's forces: "Syrian
             * Democratic Forces", "Nicaraguan Democratic Force" */
            if (caps == 0 || ((t->flags & KG_TOKF_CAP) &&
                              strcmp(*agent, "MIL") != 0 &&
                              strcmp(*agent, "REB") != 0))
                return k;
            break;
        }
        /* "Nicaraguan \"contra\" rebels", "German \"universal\" banks":
         * one lower-case word in quote marks right before the group noun
         * is a modifier the writer quotes, no name (ex_quoted_modifier) */
        if (ex_quoted_modifier(st, at + k) &&
            (*n = ex_match_agent(st, at + k + 3, agent)) > 0)
            return k + 3;
        if (k == 2 || t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
            !*t->key || (t->flags & KG_TOKF_ALLCAPS))
            break;
        if (t->flags & KG_TOKF_CAP) {
            kg_onto_match m;
            /* "Iraq's Shiite militia", "Iraqi Sunni insurgents": a faith
             * word before a lower-case group noun modifies it (no name) */
            if (ex_faith_before_group(st, at + k))
                continue;
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
        /* a cause the group stands for: "Kenyan anti-graft campaigners",
         * "Burmese pro-democracy students", "Israeli anti-war
         * protesters" */
        if (!adj && ((len > 5 && !strncmp(t->lower, "pro-", 4)) ||
                     (len > 6 && !strncmp(t->lower, "anti-", 5))))
            adj = 1;
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

const char *const ex_owners[] = {"its", "their", NULL};

/* The possessive pronouns of a third party ("met his Turkish
 * counterpart", "defended their decision"): one named before owns what
 * follows. */
const char *const ex_third_possessives[] = {"his", "her", "its", "their",
                                            NULL};

/* A state's own organs, which belong to whoever owns them: its army,
 * police, courts, ministries, legislature, intelligence service. */
int ex_state_organ(const char *agent)
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
int ex_is_people(const kg_onto_entity *oe)
{
    size_t n = oe && oe->code ? strlen(oe->code) : 0;
    return n == 6 && !strcmp(oe->type, "Group") &&
           !strcmp(oe->code + 3, "CVL");
}

/* Peoples that live across borders, with the countries they live in
 * (general knowledge: Wikipedia, Kurds; Hutu; Tutsi; Yazidis): the
 * ontology gives each one country (the Kurds Turkey's, the Hutus
 * Rwanda's), which is wrong in a sentence about another of them. */
static const char *const ex_border_peoples[][6] = {
    {"KURDS", "TUR", "IRQ", "SYR", "IRN", NULL},
    {"HUTUS", "RWA", "BDI", "COD", NULL, NULL},
    {"TUTSIS", "RWA", "BDI", "COD", NULL, NULL},
    {"YAZIDIS", "IRQ", "SYR", NULL, NULL, NULL}};

/* "Baghdad accused the Kurds", "Burundi's army and Hutu rebels": a people
 * of ex_border_peoples that its sentence does not place otherwise lives
 * in the one country of its list the sentence names (a country, its
 * capital or a place in it), when it names one and only one; NULL when
 * it names none or several ("Turkey accused Iraq of sheltering Kurds"). */
static const kg_onto_entity *ex_border_people_host(const ex_state *st,
                                                   const ex_mention *m)
{
    const kg_onto_entity *host = NULL, *c;
    const char *const *row = NULL;
    size_t k, r;
    kg_onto_match om;
    for (r = 0; r < sizeof(ex_border_peoples) / sizeof(ex_border_peoples[0]);
         r++)
        if (!strcmp(m->oe->id, ex_border_peoples[r][0]))
            row = ex_border_peoples[r] + 1;
    if (!row)
        return NULL;
    for (k = 0; k < st->ntoks; k++) {
        if ((k >= m->t0 && k < m->t1) || !(st->toks[k].flags & KG_TOKF_CAP) ||
            !*st->keys[k] || !ex_match_name(st, st->ntoks, k, &om))
            continue;
        c = !strcmp(om.entity->type, "Country")
                ? om.entity
                : !strcmp(om.entity->type, "Place")
                      ? ex_country_of(st, om.entity->country)
                      : NULL;
        for (r = 0; c && row[r]; r++)
            if (!strcmp(c->id, row[r])) {
                if (host && host != c)
                    return NULL;
                host = c;
            }
        k += om.ntok - 1;
    }
    return host;
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
    } else if (m->t0 > 1 && ex_tok_possessive(st, m->t0 - 1) &&
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
    if (!c)
        c = ex_border_people_host(st, m);
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

static const kg_onto_entity *ex_named_country(const ex_state *st, size_t j);

/* "ethnic Albanians in Macedonia", "ethnic Albanian rebels" in a story
 * from Kosovo (issue 6): "ethnic" makes a country's demonym a people, not
 * that state, and a people is coded by the country it lives in (as
 * "Syria's Kurds" are SYRCVL): the country named after it (in/of/from),
 * else the article's country.  Its rebels or forces are that country's
 * (SRBREB: Kosovo was Serbia's before 2008, as the KLA's fight was
 * inside Yugoslavia); the people itself a group node of the host
 * (MKD_CVL_ALB, as "Bosnian Serbs" BIH_CVL_SRB).  With no other country
 * the demonym's stays ("ethnic Albanians" in a story about Albania). */
static int ex_ethnic_residence(ex_state *st, ex_mention *m)
{
    const kg_onto_entity *c;
    const char *own, *sector;
    char id[64];
    if (st->nments < 1 || m != &st->ments[st->nments - 1] || m->t0 == 0 ||
        !ex_tok_is(st, m->t0 - 1, "ethnic") || !m->ent.country ||
        !m->ent.code || strncmp(m->ent.code, m->ent.country, 3) != 0 ||
        (m->kind != KG_NAME_DEMONYM && m->kind != EX_NAME_GROUP) ||
        !ex_country_of(st, m->ent.country))
        return KG_OK;
    own = m->ent.country;
    c = ex_named_country(st, m->t1);
    if (!c || !strcmp(c->id, own))
        return KG_OK;
    sector = m->ent.code + 3;
    if (*sector)
        snprintf(id, sizeof(id), "%s_%s", c->id, sector);
    else {
        snprintf(id, sizeof(id), "%s_CVL_%s", c->id, own);
        sector = "CVL";
    }
    m->ent.id = ex_strndup(st, id, strlen(id));
    m->ent.code = ex_concat(st, c->id, sector);
    m->ent.country = c->id;
    m->ent.label = m->ent.text;
    m->ent.type = "Group";
    m->oe = NULL;
    m->kind = EX_NAME_GROUP;
    return m->ent.id && m->ent.code ? KG_OK : KG_ENOMEM;
}

/* "the Indian Congress party", "Brazil's Congress": the country that the
 * mention pm right before mention m names, as a one-word adjective (not
 * "Russian-Turkish"; *adj set: it joins m) or a possessive, else NULL
 * (ex_party_country, ex_congress_country). */
static const kg_onto_entity *ex_country_before(const ex_state *st,
                                               const ex_mention *pm,
                                               const ex_mention *m, int *adj)
{
    *adj = 0;
    if (!pm || pm->dropped || pm->compound || !pm->oe ||
        strcmp(pm->oe->type, "Country") != 0)
        return NULL;
    *adj = pm->t1 == m->t0 && pm->kind == KG_NAME_DEMONYM &&
           pm->t1 == pm->t0 + 1 && !(st->toks[pm->t0].flags & KG_TOKF_HYPHEN);
    return *adj || (pm->t1 + 1 == m->t0 && ex_tok_possessive(st, pm->t1))
               ? pm->oe
               : NULL;
}

/* The last mention m, named after the country c before it (pm, the
 * mention before m: an adjective joined to m when adj), made that
 * country's group of sector agent: the group node CCC_AGENT, coded
 * CCCAGENT (ex_party_country, ex_congress_country). */
static int ex_country_group(ex_state *st, ex_mention *m, ex_mention *pm,
                            int adj, const kg_onto_entity *c,
                            const char *agent)
{
    char id[64];
    snprintf(id, sizeof(id), "%s_%s", c->id, agent);
    if (adj) {
        m->t0 = pm->t0;
        m->start = m->ent.start = pm->start;
    }
    m->ent.text = ex_strndup(st, st->doc->text + m->start, m->end - m->start);
    m->ent.id = ex_strndup(st, id, strlen(id));
    m->ent.code = ex_concat(st, c->id, agent);
    m->ent.label = m->ent.text;
    m->ent.type = "Group";
    m->ent.country = c->id;
    m->oe = NULL;
    m->kind = EX_NAME_GROUP;
    if (adj) {
        *pm = *m;
        st->nments--;
    }
    return m->ent.text && m->ent.code && m->ent.id ? KG_OK : KG_ENOMEM;
}

/* "India's Congress party", "the Indian Congress party", "Germany's
 * Social Democrats": parties of many countries share a name (Labour,
 * Congress, Social Democrats, Conservatives), and the ontology gives the
 * name one country (or none).  A country named right before the party, a
 * possessive ("India's") or an adjective ("Indian"), is the party's
 * country: the mention becomes that country's party (INDPTY, the group
 * node CCC_PTY, as "Japan's Liberal Democratic Party" is), and an
 * adjective joins it.  A party of the country named keeps its own code
 * ("Israel's Likud party", ISRGOVPTY).  Unknown names count as parties
 * when their last word is a party's plural ("Conservatives"). */
static int ex_party_country(ex_state *st, ex_mention *m)
{
    static const char *const members[] = {
        "democrats", "conservatives", "socialists", "liberals",
        "communists", "republicans", NULL};
    ex_mention *pm;
    const kg_onto_entity *c;
    int adj, party;
    if (st->nments < 2 || m != &st->ments[st->nments - 1] || m->ent.is_value ||
        m->dropped)
        return KG_OK;
    party = m->ent.code ? ex_code_ends(m->ent.code, "PTY")
                        : !m->oe && m->kind != KG_NAME_DEMONYM &&
                              (st->toks[m->t1 - 1].flags & KG_TOKF_CAP) &&
                              ex_pronoun_is(&st->toks[m->t1 - 1], members);
    if (!party)
        return KG_OK;
    pm = &st->ments[st->nments - 2];
    if ((c = ex_country_before(st, pm, m, &adj)) == NULL)
        return KG_OK;
    if (m->ent.country && !strcmp(c->id, m->ent.country))
        return KG_OK;
    return ex_country_group(st, m, pm, adj, c, "PTY");
}

/* "the Philippine Congress", "Brazil's Congress": bare "Congress" is the
 * US Congress's alias (US_CONGRESS), but many states have one.  As for
 * bare "Senate" and "House" and a chamber's committee
 * (ex_chamber_committee), a country named right before it (adjective or
 * possessive) is its country, the legislature CCCLEG (the group node
 * CCC_LEG, as "Japan's Lower House" is); else it is the US's, also in a
 * story about another country: on agnews_world, bbc_news and
 * reuters21578 the article's country was the wrong one more often than
 * the right (left, fifteenth session). */
/* States whose national legislature English news calls "Congress"
 * (source: the legislatures' own names, general knowledge, written
 * 2026-11-23: the Congress of the Philippines; the National Congress of
 * Brazil, Chile, Ecuador (to 2008), Bolivia (to 2009), the Dominican
 * Republic and Venezuela (to 1999); the Congress of Argentina, Colombia,
 * Peru, Guatemala, Honduras, Paraguay, Mexico (of the Union) and
 * Micronesia; Spain's Congress of Deputies).  India is not here: its
 * "Congress" is a party (organizations.tsv INC). */
static const char ex_congress_states[] =
    "PHL;BRA;CHL;ECU;BOL;DOM;VEN;ARG;COL;PER;GTM;HND;PRY;MEX;FSM;ESP";

static const kg_onto_entity *ex_home_country(const ex_state *st);
static const kg_onto_entity *ex_sentence_country(const ex_state *st,
                                                 const ex_mention *skip);

/* Has the article so far named the USA (ex_home_country's counts)? */
static int ex_story_names_usa(const ex_state *st)
{
    size_t k;
    for (k = 0; k < st->ncountries; k++)
        if (!strcmp(st->countries[k], "USA"))
            return 1;
    return 0;
}

/* The state whose Congress the adjective "congressional" names: the
 * story's own state when its legislature is a Congress (ex_congress_states)
 * and the story has not named the US, else the US, as for bare "Congress"
 * (ex_congress_country). */
static const kg_onto_entity *ex_congressional_home(const ex_state *st)
{
    const kg_onto_entity *c = ex_home_country(st);
    if (c && ex_in_list(ex_congress_states, c->id) && !ex_story_names_usa(st))
        return c;
    return ex_country_of(st, "USA");
}

static int ex_congress_country(ex_state *st, ex_mention *m)
{
    ex_mention *pm = st->nments >= 2 ? &st->ments[st->nments - 2] : NULL;
    const kg_onto_entity *c;
    int adj;
    if (m != &st->ments[st->nments - 1] || m->ent.is_value || m->dropped ||
        !m->oe || strcmp(m->oe->id, "US_CONGRESS") != 0 ||
        m->t1 != m->t0 + 1 || !ex_tok_is(st, m->t0, "congress") ||
        (m->t1 < st->ntoks && ex_tok_is(st, m->t1, "of")))
        return KG_OK; /* ("the Zambian Congress of Trade Unions") */
    c = ex_country_before(st, pm, m, &adj);
    if (!c) {
        /* "the Congress convenes in July" in a story about the
         * Philippines that has not named the US: the home state's, when
         * its legislature is a Congress (the US's stays the rule where
         * the story names the US or the home state has none) */
        const kg_onto_entity *sc = ex_sentence_country(st, m);
        c = ex_home_country(st);
        if (!c || !ex_in_list(ex_congress_states, c->id) ||
            ex_story_names_usa(st) || (sc && sc != c) ||
            (m->t0 > 0 && (st->toks[m->t0 - 1].flags & KG_TOKF_CAP)))
            return KG_OK; /* (not "the World Petroleum Congress") */
        adj = 0;
    }
    if (!strcmp(c->id, "USA"))
        return KG_OK;
    return ex_country_group(st, m, pm, adj, c, "LEG");
}

/* "Pakistan's National Security Council", "the National Security Council
 * met in Islamabad" (a story about Pakistan that has not named the US):
 * the name is a state's own body (organizations.tsv US_NSC, the US's,
 * USAGOV); a country word right before it, or else the state of the
 * story's dateline when the story has not named the US, makes it that
 * state's (CCCGOV).  The US's stays elsewhere (1987 Iran-Contra copy: the
 * story's most named state, Iran or Nicaragua, is not the council's). */
static int ex_nsc_country(ex_state *st, ex_mention *m)
{
    ex_mention *pm = st->nments >= 2 ? &st->ments[st->nments - 2] : NULL;
    const kg_onto_entity *c;
    int adj;
    if (m != &st->ments[st->nments - 1] || m->ent.is_value || m->dropped ||
        !m->oe || strcmp(m->oe->id, "US_NSC") != 0)
        return KG_OK;
    c = ex_country_before(st, pm, m, &adj);
    if (!c) {
        c = st->dateline_country;
        if (!c || ex_story_names_usa(st))
            return KG_OK;
        adj = 0;
    }
    if (!strcmp(c->id, "USA"))
        return KG_OK;
    return ex_country_group(st, m, pm, adj, c, "GOV");
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
/* "a Moscow court", "Baghdad police", "Tehran prosecutors": a capital
 * right before a lower-case sector noun of justice or order names the
 * state's court or police (RUSJUD, IRQCOP), as "a Russian court" does;
 * the capital is where they sit. */
static int ex_capital_sector(const ex_state *st, const ex_mention *m,
                             size_t at)
{
    static const char *const nouns[] = {
        "court",      "courts",    "police",   "policeman", "policemen",
        "prosecutor", "prosecutors", "judge",  "judges",    "tribunal",
        NULL};
    return m->oe && !strcmp(m->oe->type, "Country") && at < st->ntoks &&
           st->toks[at].kind == KG_TOK_WORD &&
           !(st->toks[at].flags & KG_TOKF_CAP) &&
           ex_pronoun_is(&st->toks[at], nouns);
}

/* The code of an actor acting through an office or sector (base +
 * agent: "the US commander" USAMIL, "Kenyan officials" KENGOV).  An
 * organisation's spokesman, envoy or officials speak for the
 * organisation itself: "a Google spokesperson" is Google (USABUS), "a UN
 * envoy" the UN (IGOUNO), "Labour Party officials" the party; GOV is a
 * state's government and no sector of a company, an NGO, a party or an
 * IGO (a government body's code carries its GOV already).  Nor is an
 * organisation's sector added twice: "the International Criminal Court
 * prosecutor", "ICC judges" are the court (IGOJUDICC), not IGOJUDICCJUD;
 * nor to a code that is a bare sector: "the Reuters news agency", "a CNN
 * journalist" are the agency (Phoenix's MED), not MEDMED. */
static const char *ex_office_code(ex_state *st, const char *base,
                                  const char *agent, int org)
{
    size_t k, n = base ? strlen(base) : 0, al = strlen(agent);
    if (org && !strcmp(agent, "GOV"))
        return base;
    if (org && al == 3)
        for (k = n == 3 ? 0 : 3; k + 3 <= n; k += 3)
            if (!strncmp(base + k, agent, 3))
                return base;
    return ex_concat(st, base, agent);
}

/* "Kenya's 30,000 teachers went on strike", "Chile's 2,000 copper miners":
 * a head count between a country's possessive (at is the token after it)
 * and a group noun of people (perhaps after one trade word, as in
 * ex_sector_modifiers) is no name of its own; the group is the country's.
 * Firms and offices are left out ("Peru's 300 creditor banks" lend to
 * it, "Japan's 47 provincial governments" are no state; "Britain's 8,000
 * troops" are its forces).  Returns the
 * token after the count and sets *n and *agent (the group noun's), or
 * returns at with *n 0. */
static size_t ex_counted_group(const ex_state *st, size_t at, size_t *n,
                               const char **agent)
{
    static const char *const trades[] = {"rail", "railway", "dock", "port",
                                         "steel", "coal", "oil", "bank",
                                         "factory", "health", "sugar",
                                         "cane", "coffee", "transport",
                                         "farm", "state", "airline", NULL};
    const char *a = NULL, *a2 = NULL;
    size_t w = at + 1, k;
    *n = 0;
    if (at + 1 >= st->ntoks || st->toks[at].kind != KG_TOK_NUMBER ||
        strpbrk(st->toks[at].lower, ".") || ex_tok_is(st, at + 1, "pct"))
        return at;
    if (st->toks[w].kind == KG_TOK_WORD && w + 1 < st->ntoks &&
        ex_pronoun_is(&st->toks[w], trades))
        w++;
    if (st->toks[w].kind != KG_TOK_WORD ||
        (st->toks[w].flags & KG_TOKF_CAP) ||
        (k = ex_match_agent(st, w, &a)) == 0 || !strcmp(a, "BUS") ||
        !strcmp(a, "GOV"))
        return at;
    /* (a noun after it makes the group a modifier: "Brazil's 700 bank
     * creditors") */
    if (w + k < st->ntoks && st->toks[w + k].kind == KG_TOK_WORD &&
        st->toks[w + k].tag == KG_W_NONE &&
        !(st->toks[w + k].flags & KG_TOKF_CAP) &&
        ex_match_agent(st, w + k, &a2) > 0)
        return at;
    *n = k + (w - at - 1);
    *agent = a;
    return at + 1;
}

/* "Brazil's bank advisory committee", "Argentina's creditor banks",
 * "Brazil's 700 bank creditors": after a debtor's possessive, a bank
 * noun at tokens [t0, t1) with "creditor(s)" in or right after it, or
 * "advisory" or "steering" right after it, names the state's lenders,
 * abroad, not its own banks ("Switzerland's three major banks") (debt27,
 * tools/eval/realnews/README.md). */
static int ex_debtor_lender_phrase(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const after[] = {"creditors", "creditor", "advisory",
                                        "steering", NULL};
    size_t k;
    for (k = t0; k < t1 && k < st->ntoks; k++)
        if (ex_tok_is(st, k, "creditor") || ex_tok_is(st, k, "creditors"))
            return 1;
    return t1 > t0 && t1 < st->ntoks &&
           (ex_tok_is(st, t1 - 1, "bank") || ex_tok_is(st, t1 - 1, "banks") ||
            ex_tok_is(st, t1 - 1, "banks'")) &&
           ex_pronoun_is(&st->toks[t1], after);
}

/* "the Paris, Amsterdam and Lisbon stock exchanges": the token after a
 * list that goes on, at token at, with commas or "and" and capitalised
 * words (two words a name at most, six tokens in all), or at when none
 * follows. */
static size_t ex_listed_places_end(const ex_state *st, size_t at)
{
    size_t j = at, names = 0;
    while (j < st->ntoks && j < at + 8) {
        if (ex_tok_punct(st, j, ',') || ex_tok_is(st, j, "and")) {
            j++;
            continue;
        }
        if (st->toks[j].kind != KG_TOK_WORD ||
            !(st->toks[j].flags & KG_TOKF_CAP))
            break;
        names++;
        j++;
        if (j < st->ntoks && st->toks[j].kind == KG_TOK_WORD &&
            (st->toks[j].flags & KG_TOKF_CAP))
            j++;
    }
    return names > 0 && j > at && j < st->ntoks &&
                   !ex_tok_punct(st, j - 1, ',') &&
                   !ex_tok_is(st, j - 1, "and")
               ? j
               : at;
}

/* "A US woman is suing Hewlett Packard", "two British tourists", "a
 * French national shot dead", "British hostage Kenneth Bigley": a
 * country word right before a noun of private people names that
 * country's civilians (CCCCVL), as the dev gold codes a national held or
 * killed ("a Turkish engineer abducted" TURCVL, USACVL, JPNCVL), never
 * the state or its government (actor31).  Is token at, right after
 * country mention m, such a noun?
 * A singular noun that news also writes as a modifier ("the French
 * hostage crisis", "Cuban tourist industry", "national security") counts
 * only when no plain lower-case word (but a participle) follows it, and
 * "national" only after "a" or "an"; "the Turkish man" is left to
 * ex_definite_person (the last person of that country named). */
static int ex_civilian_noun(const ex_state *st, const ex_mention *m,
                            size_t at)
{
    static const char *const nouns[] = {
        "woman",     "man",        "men",         "girl",
        "girls",     "boy",        "boys",        "couple",
        "couples",   "teenager",   "teenagers",   "nationals",
        "hostages",  "captives",   "tourists",    "backpacker",
        "backpackers", "holidaymaker", "holidaymakers", "mother",
        "mothers",   "father",     "fathers",     "widow",
        "widows",    "pensioner",  "pensioners",  "expatriate",
        "expatriates", "engineer", "engineers",   NULL};
    static const char *const modifiers[] = {"national", "hostage",
                                            "captive",  "tourist", NULL};
    const ex_tok *t, *q;
    if (at >= st->ntoks || at != m->t1)
        return 0;
    t = &st->toks[at];
    if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP))
        return 0;
    if (m->t0 > 0 && ex_tok_is(st, m->t0 - 1, "the") &&
        (ex_tok_is(st, at, "man") || ex_tok_is(st, at, "woman")))
        return 0;
    /* ("the U.S. men's basketball team", "the British men's relay":
     * a men's event or team, no people) */
    if (ex_tok_is(st, at, "men") && ex_tok_possessive(st, at + 1))
        return 0;
    if (ex_pronoun_is(t, nouns))
        return 1;
    if (!ex_pronoun_is(t, modifiers))
        return 0;
    if (ex_tok_is(st, at, "national") &&
        !(m->t0 > 0 && (ex_tok_is(st, m->t0 - 1, "a") ||
                        ex_tok_is(st, m->t0 - 1, "an"))))
        return 0;
    if (at + 1 >= st->ntoks)
        return 1;
    q = &st->toks[at + 1];
    if (q->kind != KG_TOK_WORD || (q->flags & KG_TOKF_CAP) ||
        q->tag != KG_W_NONE)
        return 1;
    return ex_ends_ed(st, at + 1) || ex_ends_ing(st, at + 1);
}

static int ex_extend_group(ex_state *st, ex_mention *m)
{
    const char *agent = NULL;
    size_t n, end;
    kg_entity *e = &m->ent;
    char id[64];

    size_t at = m->t1;

    int org, place, people, person, abbr;
    const char *base;

    /* "the London market", "the Tokyo exchange", "Frankfurt dealers": a
     * capital before a noun of markets is where they trade, not the
     * state's government: the country's business sector (GBRBUS), as
     * "British banks" are; so is each of a list of capitals before one
     * ("the Paris, Amsterdam and Lisbon stock exchanges": FRABUS, the
     * mention keeping its own words) */
    if (m->oe && m->kind == KG_NAME_METONYM &&
        !strcmp(m->oe->type, "Country") && at < st->ntoks &&
        (n = ex_listed_places_end(st, at)) < st->ntoks &&
        st->toks[n].kind == KG_TOK_WORD &&
        !(st->toks[n].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[n], ex_market_nouns)) {
        snprintf(id, sizeof(id), "%s_BUS", m->oe->id);
        if (n == at) { /* (the noun right after: "the London market") */
            m->t1 = at + 1;
            m->end = e->end = st->toks[at].end;
            e->text =
                ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        }
        m->kind = EX_NAME_GROUP;
        e->id = ex_strndup(st, id, strlen(id));
        e->code = ex_concat(st, m->oe->id, "BUS");
        e->label = e->text;
        e->type = "Group";
        e->country = m->oe->id;
        return e->id && e->code && e->text ? KG_OK : KG_ENOMEM;
    }
    /* "a Moscow court", "Cairo police", "Tehran prosecutors": a capital
     * before a noun of courts or police is the state's judiciary or
     * police (RUSJUD, EGYCOP), as "a Russian court" is; only these two
     * organs, which a capital names in wire copy ("Washington officials",
     * "the Beijing Olympics" stay as they are) */
    if (m->oe && m->kind == KG_NAME_METONYM &&
        !strcmp(m->oe->type, "Country") && at < st->ntoks &&
        st->toks[at].kind == KG_TOK_WORD &&
        !(st->toks[at].flags & KG_TOKF_CAP)) {
        const char *ag = NULL;
        size_t na = ex_match_agent(st, at, &ag);
        if (na && ag && (!strcmp(ag, "JUD") || !strcmp(ag, "COP"))) {
            snprintf(id, sizeof(id), "%s_%s", m->oe->id, ag);
            m->t1 = at + na;
            m->end = e->end = st->toks[m->t1 - 1].end;
            e->text =
                ex_strndup(st, st->doc->text + m->start, e->end - m->start);
            m->kind = EX_NAME_GROUP;
            e->id = ex_strndup(st, id, strlen(id));
            e->code = ex_concat(st, m->oe->id, ag);
            e->label = e->text;
            e->type = "Group";
            e->country = m->oe->id;
            return e->id && e->code && e->text ? KG_OK : KG_ENOMEM;
        }
    }
    /* a capital or a seat of government stands for the state, also
     * before a possessive: "Washington's top negotiator", "Beijing's
     * envoy" act for the country as "China's envoy" does */
    if (!m->oe || (m->kind == KG_NAME_METONYM &&
                   !(at + 1 < st->ntoks && ex_tok_possessive(st, at)) &&
                   !ex_capital_sector(st, m, at)))
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
             at + 1 < st->ntoks && ex_tok_possessive(st, at);
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
    if (at + 1 < st->ntoks && ex_tok_possessive(st, at))
        at++;
    n = ex_match_agent(st, at, &agent);
    if (!n && at > m->t1)
        at = ex_counted_group(st, at, &n, &agent);
    /* ("Jordan's state security court", "Iran's state radio": "state"
     * before a group noun modifies it) */
    if (n == 1 && ex_tok_is(st, at, "state")) {
        const char *a2 = NULL;
        size_t n2 = 0,
               k = ex_sector_modifiers(st, at,
                                       m->kind == KG_NAME_PROPER &&
                                           at == m->t1,
                                       &a2, &n2);
        if (k && n2) {
            at += k;
            n = n2;
            agent = a2;
        }
    }
    /* ("US and Iraqi forces", "U.S. and Japanese officials": a country's
     * capital initials stand as its adjective, but only before its
     * government or forces: "between the US and Iraqi insurgents" pairs
     * two actors) */
    abbr = m->kind == KG_NAME_PROPER && m->t1 == m->t0 + 1 &&
           (st->toks[m->t0].flags & KG_TOKF_ALLCAPS);
    if (!n && at == m->t1 && at + 2 < st->ntoks &&
        strcmp(m->oe->type, "Country") == 0 &&
        (m->kind == KG_NAME_DEMONYM || abbr) && ex_tok_is(st, at, "and")) {
        /* "Indian and Pakistani troops", "Israeli and Palestinian
         * officials": the first country word shares the noun of the
         * second (one or two capitalised words); the mention keeps its
         * own words.  So does an abbreviated name, written as a
         * modifier ("US and Iraqi forces"), before a government or
         * forces only (not "Israel and Palestinian militants") */
        size_t q = at + 1, n2 = 0;
        const char *a2 = NULL, *a3 = NULL;
        while (q < st->ntoks && q < at + 3 &&
               (st->toks[q].flags & KG_TOKF_CAP) &&
               !ex_match_agent(st, q, &a2))
            q++;
        if (q > at + 1 && q < st->ntoks)
            n2 = ex_match_agent(st, q, &a2);
        /* (and before firms when no article or "between" before the
         * initials makes them the state: "U.S. and Japanese banks urged
         * Brazil", prec24; not "the U.S. and Japanese firms") */
        /* ("clashed with US and Afghan security forces": the state's
         * security forces are forces too, coded COP) */
        if (n2 && a2 && abbr && strcmp(a2, "GOV") != 0 &&
            strcmp(a2, "MIL") != 0 &&
            !(strcmp(a2, "COP") == 0 &&
              ex_tok_is(st, q + n2 - 1, "forces")) &&
            (strcmp(a2, "BUS") != 0 ||
             (m->t0 > 0 && (st->toks[m->t0 - 1].tag == KG_W_DET ||
                            ex_tok_is(st, m->t0 - 1, "between"))) ||
             /* (no group noun after the firms' one: "U.K. bank
              * regulators" are no bank) */
             (q + n2 < st->ntoks && ex_match_agent(st, q + n2, &a3) > 0)))
            a2 = NULL;
        if (n2 && a2) {
            if (strcmp(a2, "GOV") == 0) {
                m->kind = KG_NAME_METONYM;
                return (e->code = ex_office_code(st, base, "GOV", org))
                           ? KG_OK
                           : KG_ENOMEM;
            }
            snprintf(id, sizeof(id), "%s_%s", m->oe->id, a2);
            m->kind = EX_NAME_GROUP;
            e->id = ex_strndup(st, id, strlen(id));
            e->code = ex_office_code(st, base, a2, org);
            e->label = e->text;
            e->type = "Group";
            e->country = m->oe->id;
            return e->id && e->code ? KG_OK : KG_ENOMEM;
        }
    }
    if (!n) {
        size_t k = ex_sector_modifiers(
            st, at, m->kind == KG_NAME_PROPER && at == m->t1, &agent, &n);
        at += k;
    }
    /* ("a US woman", "two British tourists": the country's civilians) */
    if (!n && !strcmp(m->oe->type, "Country") &&
        (m->kind == KG_NAME_DEMONYM || abbr) && ex_civilian_noun(st, m, at)) {
        n = 1;
        agent = "CVL";
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
        e->code = ex_office_code(st, base, agent, org);
        m->kind = KG_NAME_METONYM;
        return e->text && e->code ? KG_OK : KG_ENOMEM;
    }
    if (!n && at == m->t1 && (n = ex_unnamed_title(st, at, &agent)) > 0) {
        /* "the US commander in Iraq": the country acting through that
         * office, as after a possessive (coded like its government) */
        m->t1 = at + n;
        m->end = e->end = st->toks[m->t1 - 1].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        e->code = ex_office_code(st, base, agent, org);
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
        if (n2 && a2 && wl > 0 && w[wl - 1] != 's') {
            m->t1 += n2;
            /* ("Brazilian bank workers went on strike": a firm's or a
             * trade's workers are labour, not the business they work
             * for) */
            if (!strcmp(agent, "BUS") && !strcmp(a2, "LAB"))
                agent = a2;
        }
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
        return (e->code = ex_office_code(st, base, "GOV", org)) ? KG_OK
                                                                 : KG_ENOMEM;
    }
    snprintf(id, sizeof(id), "%s_%s",
             place || people || person ? base : m->oe->id, agent);
    m->kind = EX_NAME_GROUP;
    e->id = ex_strndup(st, id, strlen(id));
    e->code = ex_office_code(st, base, agent, org);
    /* ("Brazil's bank advisory committee": its lenders, no actor) */
    if (!strcmp(agent, "BUS") && !place && !people && !person && !org &&
        m->t0 < st->ntoks && ex_tok_possessive(st, m->t0 + 1) &&
        ex_debtor_lender_phrase(st, m->t0 + 2, m->t1))
        e->code = "";
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
 * that country, or nothing (the demonym then stays a country mention).
 * A headline drops the article: "Haitian prime minister offers to
 * resign" opening a sentence is the office as "the Haitian prime
 * minister" is (HTIGOV, not the country HTI); there only the office is
 * read, no person before ("Turkish man" opening a headline is no one
 * named earlier). */
static int ex_definite_person(ex_state *st, ex_mention *m)
{
    size_t i;
    const char *w;
    int headline;
    if (m->kind != KG_NAME_DEMONYM || m->t1 >= st->ntoks)
        return KG_OK;
    headline = m->t0 == 0;
    if (!headline && !ex_tok_is(st, m->t0 - 1, "the"))
        return KG_OK;
    w = st->toks[m->t1].lower;
    for (i = 0; ex_person_nouns[i]; i++)
        if (strcmp(w, ex_person_nouns[i]) == 0)
            break;
    if (!ex_person_nouns[i])
        return KG_OK;
    for (i = headline ? 0 : st->npeople; i-- > 0;) {
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
            m->ent.coref = EX_COREF_STORY;
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

/* Does code name a part of e's state or a party of its politics:
 * "GBRPTY" (the Tories), "GBRGOVPTY" (Labour in office), "GBRLEG" (the
 * Commons), "GBRGOV" (a minister kg knows in office on the story's
 * date)?  Its country (or NULL) is then where the story happens, as a
 * country named is (ex_count_organ_country, ex_organ_home). */
const char *ex_state_part_code(const ex_state *st, const kg_entity *e)
{
    static const char *const parts[] = {"GOV", "LEG", "OPP", "PTY", "JUD",
                                        NULL};
    const kg_onto_entity *c;
    char cc[4];
    size_t k;
    if (!e->code || strlen(e->code) < 6)
        return NULL;
    memcpy(cc, e->code, 3);
    cc[3] = '\0';
    if (e->country && strcmp(e->country, cc) != 0)
        return NULL;
    c = kg_onto__entity(st->onto, cc);
    if (!c || !c->type || strcmp(c->type, "Country") != 0)
        return NULL;
    for (k = 0; parts[k]; k++)
        if (!strncmp(e->code + 3, parts[k], 3))
            return c->id;
    return NULL;
}

/* "A group of five MPs are calling on the Department of Trade and
 * Industry" in a story about a US buyer: the US Congress has no members
 * of parliament, so a story's MPs are not the USA's but those of the one
 * other state whose parties, chambers or offices the story (this whole
 * sentence included) names, or no one's (NULL). */
static const kg_onto_entity *ex_parliament_home(const ex_state *st)
{
    const char *c = NULL, *o;
    size_t k;
    for (k = 0; k < st->norgan_countries; k++)
        if (strcmp(st->organ_countries[k], "USA") != 0) {
            if (c)
                return NULL;
            c = st->organ_countries[k];
        }
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || !m->oe || !m->ent.type ||
            m->kind > KG_NAME_METONYM ||
            !(o = ex_state_part_code(st, &m->ent)) || !strcmp(o, "USA"))
            continue;
        if (c && strcmp(c, o) != 0)
            return NULL;
        c = o;
    }
    return c ? kg_onto__entity(st->onto, c) : NULL;
}

static const kg_onto_entity *ex_parts_outweigh_home(const ex_state *st,
                                                    const kg_onto_entity *home);

/* the agents a story's parties give their state (ex_organ_home): its
 * bare "people" or "refugees" are not read from them */
static const char ex_organ_home_agents[] = "GOV;LEG;OPP;JUD";

/* "Kenya's parliament", "Chile's opposition", "the Kenyan parliament":
 * a country's name, possessive or adjective, joined to a noun of its
 * organs (a group mention) names that organ, as a party or a chamber
 * does; not a capital, the country alone ("Mr Blair flew to Washington"
 * names no organ) nor an office ("Peru's finance minister", which
 * also counts as its country's name). */
static int ex_named_organ(const ex_mention *m)
{
    return m->oe && !strcmp(m->oe->type, "Country") &&
           m->kind == EX_NAME_GROUP && m->t1 >= m->t0 + 2;
}

static size_t ex_dateline_end(const ex_state *st);

/* "NAIROBI (Reuters) - Ghana's parliament passed a motion of censure
 * against the prime minister": a sentence that names, before token upto,
 * a chamber, a court, a party or the opposition of one state (by a name
 * of its own, or through the state: ex_named_organ) and no other
 * country past its dateline (among the mentions found so far: names,
 * then nouns left to right) sets its bare "government" and "prime
 * minister" in that state, before the story's or the dateline's country
 * (a chamber or an opposition acts against its own government).  Not
 * from an office ("Japan's foreign minister met the prime minister" may
 * meet another's).  NULL: no such state. */
static const kg_onto_entity *ex_sentence_organ_state(const ex_state *st,
                                                     size_t upto)
{
    static const char *const domestic[] = {"LEG", "OPP", "JUD", "PTY", NULL};
    const char *c = NULL, *o;
    size_t k, d, from = ex_dateline_end(st);
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        int part = 0;
        if (m->dropped || m->t0 < from || m->ent.is_value)
            continue;
        if (m->t1 <= upto && m->oe && m->ent.type &&
            strcmp(m->oe->type, "Place") != 0 &&
            ((m->kind <= KG_NAME_METONYM &&
              strcmp(m->ent.type, "Country") != 0) ||
             ex_named_organ(m)) &&
            (o = ex_state_part_code(st, &m->ent)) != NULL)
            for (d = 0; domestic[d] && !part; d++)
                part = strstr(m->ent.code + 3, domestic[d]) != NULL;
        if (part) {
            if (c && strcmp(c, o) != 0)
                return NULL;
            c = o;
        } else if (m->ent.country && (!c || strcmp(m->ent.country, c)))
            return NULL; /* (another country, or one before the organ) */
    }
    return c ? kg_onto__entity(st->onto, c) : NULL;
}

/* "Tanaka must attend the debate the ruling Liberal Democratic Party
 * was forced to resume after the opposition accused it of haste": a
 * sentence that names by their own names parties or chambers (PTY, LEG)
 * of one state only sets its bare "opposition" in that state, before the
 * country the story names most (a trip abroad, a trade partner): an
 * opposition faces its own state's ruling party.  NULL: none, or parts
 * of two states. */
static const kg_onto_entity *ex_sentence_party_state(const ex_state *st)
{
    const char *c = NULL, *o;
    size_t k, from = ex_dateline_end(st);
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->t0 < from || m->ent.is_value ||
            m->kind > KG_NAME_METONYM || !m->ent.code ||
            strlen(m->ent.code) < 6 ||
            (!strstr(m->ent.code + 3, "PTY") &&
             !strstr(m->ent.code + 3, "LEG")) ||
            !(o = ex_state_part_code(st, &m->ent)))
            continue;
        if (c && strcmp(c, o) != 0)
            return NULL;
        c = o;
    }
    return c ? kg_onto__entity(st->onto, c) : NULL;
}

/* "The Tories accused the government of breaking its promise", "Tory
 * leader Michael Howard accused the prime minister": a story that names
 * no country twice and has no dateline (ex_home_country), but whose
 * named parties, chambers and office-holders, earlier or in this
 * sentence before token upto, are one state's only, happens there: its
 * bare "government", "prime minister" and "opposition" are that state's.
 * One such part is enough when the story names no other country; else
 * that state's parts and names together must come to two at least and
 * outnumber every other country's names ("Mr Blair flew to Washington":
 * no home).  NULL when parts of two states are named. */
static const kg_onto_entity *ex_organ_home(const ex_state *st, size_t upto)
{
    const char *c = st->norgan_countries ? st->organ_countries[0] : NULL,
               *o;
    size_t k, n = st->norgan_countries ? st->norgan_country[0] : 0,
              others = 0;
    if (ex_home_country(st))
        return ex_parts_outweigh_home(st, ex_home_country(st));
    if (st->dateline_country || st->norgan_countries > 1)
        return NULL;
    /* this sentence's parts before the noun ("Tory leader Michael
     * Howard accused the prime minister"), also a state's organ named
     * through the state ("Kenya's parliament censured the
     * government", ex_named_organ) */
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->t1 > upto || !m->oe || !m->ent.type ||
            ((m->kind > KG_NAME_METONYM ||
              !strcmp(m->ent.type, "Country")) &&
             !ex_named_organ(m)) ||
            !strcmp(m->oe->type, "Place") ||
            !(o = ex_state_part_code(st, &m->ent)))
            continue;
        if (c && strcmp(c, o) != 0)
            return NULL;
        c = o;
        n++;
    }
    if (!c)
        return NULL;
    for (k = 0; k < st->ncountries; k++)
        if (!strcmp(st->countries[k], c))
            n += st->ncountry[k];
        else if (st->ncountry[k] > others)
            others = st->ncountry[k];
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || !m->ent.type || !m->ent.country ||
            strcmp(m->ent.type, "Country") != 0)
            continue;
        if (!strcmp(m->ent.country, c))
            n++;
        else if (!others)
            others = 1;
    }
    /* one part of a state's politics is enough in a story that names
     * no other country; else they must outnumber the others */
    if (n < 1 || (others && (n < 2 || n <= others)))
        return NULL;
    return kg_onto__entity(st->onto, c);
}

/* "Tory leader Michael Howard compared the chancellor's figures to the
 * prime minister's claims about Iraq's weapons. ... The Greens accused
 * the government of lying over the Iraq war": a story with no dateline
 * whose named parties, chambers and office-holders are one state's, at
 * least three and more than twice as many as the names of the country
 * it names most (a topic abroad, the UK's own copy naming no UK) nor
 * twice as many as another state's parts: its "the government" is that
 * state's.  NULL otherwise. */
static const kg_onto_entity *ex_parts_outweigh_home(const ex_state *st,
                                                    const kg_onto_entity *home)
{
    size_t k, best = 0, second = 0, named = 0;
    const char *c = NULL;
    if (!home || st->dateline_country)
        return NULL;
    for (k = 0; k < st->norgan_countries; k++)
        if (st->norgan_country[k] > best) {
            second = best;
            best = st->norgan_country[k];
            c = st->organ_countries[k];
        } else if (st->norgan_country[k] > second) {
            second = st->norgan_country[k];
        }
    if (!c || !strcmp(c, home->id))
        return NULL;
    for (k = 0; k < st->ncountries; k++)
        if (!strcmp(st->countries[k], home->id))
            named = st->ncountry[k];
    if (best < 3 || best <= 2 * named || best <= 2 * second)
        return NULL;
    return kg_onto__entity(st->onto, c);
}

/* The country the article is about so far: named most, at least twice;
 * else the dateline's ("JAKARTA, May 18 (AP) -"), if any.  (*dated, when
 * not NULL: set when it is the dateline's for want of another.) */
static const kg_onto_entity *ex_home_country_of(const ex_state *st,
                                                int *dated)
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
    if (dated)
        *dated = bestn < 2 || tie;
    if (bestn < 2 || tie)
        return st->dateline_country; /* (NULL without a dateline) */
    return kg_onto__entity(st->onto, st->countries[best]);
}

static const kg_onto_entity *ex_home_country(const ex_state *st)
{
    return ex_home_country_of(st, NULL);
}

/* "opposition elements in Türkiye": the country a sector noun at token
 * j's left is placed in (up to two words, then in/of/from), else the
 * article's country (ex_home_country), or NULL. */
static const kg_onto_entity *ex_placed_country(const ex_state *st, size_t j);
static const kg_onto_entity *ex_sentence_country(const ex_state *st,
                                                 const ex_mention *skip);

static const kg_onto_entity *ex_named_country(const ex_state *st, size_t j)
{
    const kg_onto_entity *c = ex_placed_country(st, j);
    return c ? c : ex_home_country(st);
}

/* ex_named_country without the article's country: the country named
 * after a sector noun at token j's left ("banks in Brazil"), or NULL. */
/* "Officials met in Geneva", "ministers gathered in Brussels", and with
 * travel "diplomats arrived in Kabul": is token t a verb of meeting (or
 * travel), after which "in" names a venue, where they went, not whose
 * they are?  (A country one arrives in still hosts the visit.) */
int ex_venue_verb(const ex_state *st, size_t t, int travel)
{
    static const char *const meet[] = {"met",       "meet",      "gathered",
                                       "convened",  "assembled", "conferred",
                                       NULL};
    static const char *const go[] = {"arrived",   "landed",    "flew",
                                     "travelled", "traveled",  NULL};
    return t < st->ntoks && (ex_pronoun_is(&st->toks[t], meet) ||
                             (travel && ex_pronoun_is(&st->toks[t], go)));
}

static const kg_onto_entity *ex_placed_country(const ex_state *st, size_t j)
{
    /* ("Dock workers across Australia", "police across Kenya": wire
     * copy spreads a sector over its country as it places it in one;
     * "rebels inside Congo" are placed there as "in" places them) */
    static const char *const preps[] = {"in", "of", "from", "across",
                                        "inside", NULL};
    size_t words = 0, hop;
    int past = 0; /* a word ending in -ed crossed before the preposition */
    kg_onto_match m;
    if (ex_venue_verb(st, j, 1))
        return NULL;
    /* ("women and girls in Darfur": a plain noun joined to the sector
     * noun by "and" is crossed too) */
    while (j < st->ntoks && words < 2 &&
           !ex_pronoun_is(&st->toks[j], preps) &&
           ((st->toks[j].kind == KG_TOK_WORD && st->toks[j].tag == KG_W_NONE &&
             !(st->toks[j].flags & KG_TOKF_CAP)) ||
            (words == 0 && ex_tok_is(st, j, "and") && j + 1 < st->ntoks &&
             st->toks[j + 1].tag == KG_W_NONE &&
             !(st->toks[j + 1].flags & KG_TOKF_CAP)))) {
        past |= ex_ends_ed(st, j);
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
                 words++) {
                /* "Officials accused of helping Iraq", "forces succeeded
                 * in dislodging the Iranians": a participle (or verb)
                 * whose preposition opens a gerund names the gerund's
                 * object, whom they acted on, not whose they are
                 * (left31) */
                size_t len = strlen(st->toks[j].lower);
                if (past && hop == 0 && len > 5 &&
                    !strcmp(st->toks[j].lower + len - 3, "ing"))
                    return NULL;
                j++;
            }
            /* (a shared name as this document reads it: "in Kosovo"
             * before 2008 is in Serbia's province, not in KSV) */
            if (j < st->ntoks && (st->toks[j].flags & KG_TOKF_CAP) &&
                ex_match_name(st, st->ntoks, j, &m) &&
                (m.entity = ex_shared_entity(st, m.entity, j, m.ntok))) {
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
int ex_demonym_adjective(const ex_state *st, const ex_mention *m)
{
    const ex_tok *k;
    if (m->kind != KG_NAME_DEMONYM || m->t1 >= st->ntoks)
        return 0;
    k = &st->toks[m->t1];
    return k->kind == KG_TOK_WORD && k->tag == KG_W_NONE &&
           !(k->flags & KG_TOKF_CAP) && !k->mention;
}

/* Can the lower-case word at token t stand between a country's name and
 * the noun it modifies ("U.S. rice industry", "U.S. cane sugar
 * refiners")?  Not a verb the name would be the subject of: no closed-
 * class word, no "-ed" or "-s" ending ("Britain urged industry", "Japan
 * asks exporters"), none of a few common irregular pasts ("Japan gave
 * exporters"). */
static int ex_attributive_word(const ex_state *st, size_t t)
{
    static const char *const pasts[] = {
        "gave", "sent", "took", "made", "put",  "let",   "cut",
        "set",  "left", "kept", "won",  "lost", "paid",  "sold",
        "bought", "brought", "led", "met", "hit", "told", "urged", NULL};
    const ex_tok *w = &st->toks[t];
    size_t len = strlen(w->lower);
    return w->kind == KG_TOK_WORD && w->tag == KG_W_NONE && len > 1 &&
           w->lower[len - 1] != 's' && !ex_ends_ed(st, t) &&
           !ex_pronoun_is(w, pasts);
}

/* "U.S. air carriers", "U.S. rice industry": is mention m a country's
 * bare name (USA, not a sector or a person) before a lower-case open-
 * class word, as a demonym is (ex_demonym_adjective)?  The words up to
 * the noun it modifies are ex_business_demonym's to check.  1 when so;
 * -1 when the word is capitalised right after an abbreviation ending in
 * a period ("U.S. Bankers", as 1987 wire copy writes it), for the caller
 * to check the word itself; else 0. */
static int ex_country_attributive(const ex_state *st, const ex_mention *m)
{
    const kg_entity *e = &m->ent;
    const ex_tok *k;
    if (m->kind != KG_NAME_PROPER || m->t1 >= st->ntoks || !e->type ||
        strcmp(e->type, "Country") != 0 || !e->code || !e->country ||
        strcmp(e->code, e->country) != 0 || ex_tok_possessive(st, m->t1))
        return 0;
    k = &st->toks[m->t1];
    if (k->kind != KG_TOK_WORD || k->tag != KG_W_NONE || k->mention)
        return 0;
    if (!(k->flags & KG_TOKF_CAP))
        return 1;
    return m->end > m->start && st->doc->text[m->end - 1] == '.' &&
                   !(k->flags & KG_TOKF_ALLCAPS)
               ? -1
               : 0;
}

/* "French car maker Peugeot", "two Indian cement firms", "US rival Grey
 * Global", "Israeli networks": is entity e a demonym that modifies, up
 * to two lower-case words on, a noun of business?  It names a company's
 * home, not the state as a party to the deal.  (A demonym right before
 * "firm" is already its country's business sector, XXXBUS.)  2 when the
 * noun is "group", which may be a firm or an armed group ("kidnapped by
 * a Lebanese group"). */
int ex_business_demonym(const ex_state *st, const kg_entity *e)
{
    static const char *const heads[] = {
        "maker",     "makers",    "carmaker", "carmakers", "firm",
        "firms",     "company",   "companies", "brewer",   "rival",
        "rivals",    "operator",  "operators", "networks", "insurer",
        "retailer",  "conglomerate", "airline", "airlines", "group",
        "giant",     "manufacturer", "manufacturers", "producer",
        "producers", "fund",     "line",
        /* a trade's firms (prec24): "U.S. rice industry", "Japanese
         * life insurers", "U.S. cane sugar refiners" */
        "industry",  "industries", "exporter", "exporters", "importer",
        "importers", "refiner",  "refiners", "insurers",  "retailers",
        "brewers",   "carriers", "brokerage", "brokerages", "broker",
        "brokers",   "utility",  "utilities", "supplier", "suppliers",
        "lender",    "lenders",
        /* a firm's part in a country: "the Canadian division of General
         * Motors", "its Spanish subsidiary SEAT" */
        "division",  "subsidiary", "subsidiaries", "affiliate",
        "affiliates",
        /* a firm's people: "the Canadian banker said he suggested to
         * Funaro", "German bankers criticized the Bank" */
        "banker",    "bankers",  "executive", "executives", "financier",
        "financiers", "industrialist", "industrialists", "steelmaker",
        "steelmakers", "automaker", "automakers",
        /* "Authenti-corp, the US technology consultancy": a firm of
         * services (firm30) */
        "consultancy", "consultancies", NULL};
    size_t k, t;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->ent.start != e->start || m->ent.end != e->end)
            continue;
        /* (wire copy of 1987 capitalises the word after "U.S." or
         * "U.K.": "U.S. Bankers will meet ministry officials", "U.K.
         * Bankers lauded Volcker"; a noun of business right there) */
        if (m->t1 < st->ntoks && ex_country_attributive(st, m) < 0 &&
            ex_pronoun_is(&st->toks[m->t1], heads) &&
            !ex_tok_is(st, m->t1, "group")) /* ("the U.S. Group": of
                                              * lawmakers, in one story) */
            return 1;
        /* (or a place before "-based": "a California-based company",
         * "the Hamburg-based shipping line") */
        if (!ex_demonym_adjective(st, m) && ex_country_attributive(st, m) <= 0 &&
            !(m->t1 < st->ntoks &&
              !strncmp(st->doc->text + m->end, "-based", 6) &&
              st->toks[m->t1].kind == KG_TOK_WORD &&
              !(st->toks[m->t1].flags & KG_TOKF_CAP)))
            return 0;
        for (t = m->t1; t < st->ntoks && t < m->t1 + 3; t++) {
            const ex_tok *w = &st->toks[t];
            if (w->kind != KG_TOK_WORD || (w->flags & KG_TOKF_CAP) ||
                w->mention)
                return 0;
            /* ("U.S. aerospace group McDonnell Douglas", "French media
             * group Vivendi": a group the name after it names is a
             * firm, as "French firm Vivendi") */
            if (ex_pronoun_is(w, heads))
                return ex_tok_is(st, t, "group") &&
                               !(t + 1 < st->ntoks &&
                                 (st->toks[t + 1].flags & KG_TOKF_CAP) &&
                                 st->toks[t + 1].kind == KG_TOK_WORD)
                           ? 2
                           : 1;
            if (m->kind == KG_NAME_PROPER && !ex_attributive_word(st, t))
                return 0;
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
    /* "Israeli tanks and troops", "Russian warplanes and soldiers": the
     * forces' arms, named first, share their nationality */
    static const char *const arms[] = {
        "tanks",      "helicopters", "gunships", "warplanes", "jets",
        "bulldozers", "warships",    "gunboats", "armour",    "armor",
        NULL};
    if (i < 3 || !(ex_tok_is(st, i - 1, "and") || ex_tok_is(st, i - 1, "or")) ||
        !(ex_state_organ(agent) || !strcmp(agent, "MED")))
        return NULL;
    if (!strcmp(agent, "MIL") && ex_pronoun_is(&st->toks[i - 2], arms)) {
        for (k = st->nments; k-- > 0;) {
            const ex_mention *m = &st->ments[k];
            if (m->dropped || m->t1 > i - 1)
                continue;
            /* (the demonym alone, or one mention with the arms noun:
             * "Russian warplanes") */
            if (((m->t1 == i - 2 && m->kind == KG_NAME_DEMONYM) ||
                 (m->t1 == i - 1 && m->t0 + 1 < m->t1)) &&
                !m->ent.is_value && m->ent.country)
                return ex_country_of(st, m->ent.country);
            break;
        }
        return NULL;
    }
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
static __attribute__((noinline)) size_t
ex_country_description_at(const ex_state *st, size_t i);

/* (asked at every token by ex_coref_noun: the "the" before it first,
 * inline, the rest out of line, ex_country_description_at) */
static inline size_t ex_country_description(const ex_state *st, size_t i)
{
    if (i == 0 || !ex_tok_is(st, i - 1, "the"))
        return 0;
    return ex_country_description_at(st, i);
}

static size_t ex_country_description_at(const ex_state *st, size_t i)
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
        if (!ex_plain_word(st, k) || ex_pronoun_is(t, not_same))
            return 0;
    }
    return 0;
}

/* "KARACHI, Pakistan, May 3 (Reuters) - Gunmen attacked a bus in this
 * southern port city": "this", up to three lower-case words from token
 * i, then a noun of settlement (not "of X", which names another) is the
 * place the dateline names.  Returns the tokens from i to the noun, or
 * 0. */
static size_t ex_dateline_town(const ex_state *st, size_t i)
{
    static const char *const towns[] = {"city", "town", "village",
                                        "capital", "port", NULL};
    size_t k;
    if (!st->dateline_place || i == 0 || !ex_tok_is(st, i - 1, "this"))
        return 0;
    for (k = i; k < st->ntoks && k < i + 4; k++) {
        const ex_tok *t = &st->toks[k];
        if (!ex_plain_word(st, k))
            return 0;
        if (ex_pronoun_is(t, towns) &&
            !(k + 1 < st->ntoks && (ex_pronoun_is(&st->toks[k + 1], towns) ||
                                    ex_tok_is(st, k + 1, "of") ||
                                    ex_tok_is(st, k + 1, "'s"))))
            return k + 1 - i;
    }
    return 0;
}

/* A country entity of the ontology for id, or NULL. */
const kg_onto_entity *ex_country_of(const ex_state *st,
                                    const char *id)
{
    const kg_onto_entity *oe = id ? kg_onto__entity(st->onto, id) : NULL;
    return oe && !strcmp(oe->type, "Country") ? oe : NULL;
}

/* Entity e made the country oe itself: its id, label, type, code and
 * country (the rest of e, its words and offsets, stays the caller's). */
void ex_as_country(kg_entity *e, const kg_onto_entity *oe)
{
    e->id = oe->id;
    e->label = oe->label;
    e->type = oe->type;
    e->code = oe->code;
    e->country = oe->id;
}

/* "Iran said Iraqi forces had attacked its troops": the owner "its"
 * (token t) stands for is the nearest earlier thing (as ex_last_thing)
 * that is not a group named in the plural ("Iraqi forces", "rebels"),
 * which "their" would stand for; NULL when there is none. */
static const kg_entity *ex_last_singular_thing(const ex_state *st, size_t t)
{
    const kg_entity *best = NULL;
    size_t k;
    for (k = 0; k < st->nments && st->ments[k].t0 < t; k++) {
        const ex_mention *m = &st->ments[k];
        const char *w;
        size_t n;
        if (m->dropped || m->ent.is_value || ex_is_person(&m->ent) ||
            ex_demonym_adjective(st, m))
            continue;
        w = st->toks[m->t1 - 1].lower;
        n = strlen(w);
        if (m->ent.type && !strcmp(m->ent.type, "Group") && n > 3 &&
            w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u')
            continue; /* (a plural group: "their") */
        best = &m->ent;
    }
    return best;
}

/* Ships of war: a state's navy when its word is written with them ("U.S.
 * warships shelled", "Iranian gunboats attacked"); with no state named
 * ("offered warships to escort the tankers", "a gunboat attacking the
 * planes") or only "its" or "their" before them, whose they are is not
 * said, and the story's country or the last one named is often the side
 * they protect or fight. */
static const char *const ex_vessel_nouns[] = {
    "warship",  "warships",   "frigate",      "frigates",
    "destroyer", "destroyers", "gunboat",     "gunboats",
    "gunship",  "gunships",   "minesweeper",  "minesweepers",
    "submarine", "submarines", "carrier",     "carriers",
    "vessel",   "vessels",    "boat",         "boats",
    NULL};

/* Is the group noun at tokens [i, i + n) a ship of war no state's word
 * owns (poss: a country was found for it; a pronoun's is not enough)? */
static int ex_vessel_unowned(const ex_state *st, size_t i, size_t n, int poss)
{
    if (!ex_pronoun_is(&st->toks[i + n - 1], ex_vessel_nouns))
        return 0;
    return !poss || (i > 0 && ex_pronoun_is(&st->toks[i - 1], ex_owners));
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
    /* (and the relative "whose": "the Iraqi Third Army Corps, whose
     * troops fought off the Iranians": the troops of the actor it
     * follows, as "its troops" are) */
    static const char *const owners[] = {"its", "their", "whose", NULL};
    const kg_onto_entity *c;
    size_t j = i, k;
    *poss = 0;
    while (j > 0 && i - j < 2 && ex_plain_word(st, j - 1) &&
           !ex_tok_is(st, j - 1, "s"))
        j--;
    for (; j < i && j > 0; j++)
        if (ex_pronoun_is(&st->toks[j - 1], owners) ||
            ex_tok_possessive(st, j - 1))
            break;
    if (j == 0)
        return NULL;
    if (ex_pronoun_is(&st->toks[j - 1], owners)) {
        /* a state's own organs: its army, police, courts, ministries
         * ("its creditor banks", "its workers" are not the state's; a
         * company's "its lawyers" and an unresolved "their" are left to
         * the usual reading) */
        const kg_entity *e = ex_tok_is(st, j - 1, "its")
                                 ? ex_last_singular_thing(st, j - 1)
                                 : ex_last_thing(st, j - 1, NULL);
        c = ex_state_organ(agent) && e && e->type &&
                    (!strcmp(e->type, "Country") ||
                     (e->code && e->country &&
                      !strncmp(e->code, e->country, 3)))
                ? ex_country_of(st, e->country ? e->country : e->id)
                : NULL;
        *poss = c != NULL;
        return c;
    }
    if (j < 3 || !ex_tok_possessive(st, j - 1) ||
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
                                          "overseas", NULL};
    size_t k, lo = i > 7 ? i - 7 : 0;
    int word = 0; /* a word of foreign[] right before */
    *appos = NULL;
    *owner = NULL;
    for (k = i; k-- > lo;) {
        const ex_tok *t = &st->toks[k];
        const ex_mention *own = ex_found_at(st, k);
        if (own && k + 3 >= i) {
            /* "Japanese creditor banks" are Japan's; not "Brazil and its
             * bank advisory committee", a conjunct of their own (whose
             * "its" names the debtor they lend to) */
            /* (a state by its own name owns the banks right after it or
             * after "'s" or a lender's modifier, "U.S. commercial banks";
             * not across a verb: "Venezuela asked banks to revise",
             * "Argentina met banks" tell the debtor and its lenders,
             * debt27; "Jordan's government asked banks", an organ's
             * word to its own banks, is left as it was) */
            static const char *const mods[] = {
                "commercial", "creditor", "major",   "big",   "biggest",
                "leading",    "private",  "regional", "small", "smaller",
                "large",      "largest",  "savings", "merchant", NULL};
            static const char *const lent[] = {"bank", "banks", "banks'",
                                               "creditors", "lenders",
                                               NULL};
            int named = own->kind != KG_NAME_DEMONYM && own->ent.code &&
                        strlen(own->ent.code) == 3 &&
                        ex_pronoun_is(&st->toks[i], lent) &&
                        !(own->t1 < i && ex_tok_possessive(st, own->t1));
            size_t w;
            for (w = own->t1; w < i && own->t1 <= i; w++)
                if (ex_tok_is(st, w, "and") || ex_tok_is(st, w, "or") ||
                    ex_tok_is(st, w, "its") || ex_tok_punct(st, w, ',') ||
                    (named && !ex_pronoun_is(&st->toks[w], mods)))
                    break;
            if (own->oe && !strcmp(own->oe->type, "Country") && w >= i &&
                !(own->t1 < i && ex_tok_possessive(st, own->t1) &&
                  ex_debtor_lender_phrase(st, own->t1 + 1, i + 1)))
                *owner = own->oe;
            return 0;
        }
        if (ex_tok_possessive(st, k))
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

/* Does word w end with suffix x? */
static int ex_ends_with(const char *w, const char *x)
{
    size_t n = strlen(w), k = strlen(x);
    return n > k && !strcmp(w + n - k, x);
}

/* Are tokens [a, b) plain lower-case words, open-class and no past
 * ("trade", "finance" in "Japanese trade officials"; not "killed")? */
static int ex_plain_words(const ex_state *st, size_t a, size_t b)
{
    for (; a < b; a++)
        if (st->toks[a].kind != KG_TOK_WORD ||
            st->toks[a].tag != KG_W_NONE ||
            (st->toks[a].flags & KG_TOKF_CAP) ||
            ex_ends_with(st->toks[a].lower, "ed"))
            return 0;
    return 1;
}

/* Is the story's country only its dateline's (no country named twice
 * yet), while the sentence so far names another?  Then a state organ or
 * a firm of no country named here is not the dateline's: the sentence is
 * about the other country ("Nigeria's output fell, the ministry said"
 * under LONDON; ex_sentence_country: not places passed through). */
static int ex_dateline_elsewhere(const ex_state *st)
{
    const kg_onto_entity *h, *sc;
    int dated = 0;
    h = ex_home_country_of(st, &dated);
    return h && dated && (sc = ex_sentence_country(st, NULL)) != NULL &&
           sc != h;
}

/* "visiting", "the visiting trade minister": is token t preceded by
 * "visiting", at most one word between? */
static int ex_visiting_before(const ex_state *st, size_t t)
{
    return (t > 0 && ex_tok_is(st, t - 1, "visiting")) ||
           (t > 1 && ex_tok_is(st, t - 2, "visiting") &&
            st->toks[t - 1].kind == KG_TOK_WORD);
}

/* Is the state noun at token i (n words) of no one country the story
 * names: several governments, a delegation, a negotiator or an envoy
 * (who deal with another side: reuters21578's "delegations" under
 * LONDON, VIENNA, TAUPO were the host's), or one visiting ("the
 * visiting officials")?  Their own state must be named with them. */
static int ex_go_between(const ex_state *st, size_t i, size_t n)
{
    static const char *const nouns[] = {
        "governments", "delegation", "delegations", "negotiator",
        "negotiators", "envoy",      "envoys",      NULL};
    return ex_pronoun_is(&st->toks[i + n - 1], nouns) ||
           ex_visiting_before(st, i);
}

/* Is token t, right before a title ("bank president Masao Fujioka",
 * "Opec Conference President Rilwanu Lukman"), a body of no state: a
 * firm, a bank, a party or a union, or an organisation named?  Its
 * president is the body's, not the head of the story's country
 * (reuters21578: the ADB's Fujioka under a MANILA dateline PHLGOV). */
/* The words that end a company's name ("Airdrome Parts Co", "Gibraltar
 * Financial Corp", "the London Stock Exchange"): an unknown name ending
 * in one is an organisation, and a known name right before such a tail
 * is part of the company's name, not the country, city or body. */
static const char *const ex_company_suffixes[] = {
    "co", "corp", "corporation", "inc", "ltd", "plc", "llc", "sa", "ag",
    "nv", "spa", "holdings", "industries", "bancorp", "exchange",
    /* (Japan's, Germany's, Malaysia's, the Netherlands', Sweden's and
     * Finland's legal forms:
     * "Tonen Sekiyukagaku KK" is no person; ex_suffix_home) */
    "kk", "gmbh", "bhd", "bv", "ab", "oy", "oyj", NULL};

/* Does the text at p (up to end) open with word w (ASCII, any case) and
 * a non-letter right after?  Returns the byte after it, or NULL. */
static const char *ex_text_word(const char *p, const char *end, const char *w)
{
    size_t n = strlen(w);
    if ((size_t)(end - p) < n || strncasecmp(p, w, n) != 0 ||
        (p + n < end && ex_ascii_letter(p[n])))
        return NULL;
    return p + n;
}

/* "Baker International corp", "Baker Hughes Inc", "Baker, Fentress and
 * Co", "Smith and Co": does the document write the word name (as
 * written, a capitalised surname) right before a word that ends or
 * makes a firm's name, in any case ("corp" as Reuters writes it), or
 * before a list of partners' names closed by "and Co" / "& Co"?  Then
 * the name alone in that story is the firm, not a person of that
 * surname. */
static int ex_doc_names_firm_of(const kg_doc *doc, const char *name)
{
    static const char *const firm[] = {
        "international", "group",   "company",  "cos",     "brothers",
        "bros",          "partners", "associates", NULL};
    const char *p = doc->text, *end = doc->text + doc->len;
    size_t n = strlen(name), k;
    while ((p = ex_doc_find_words(doc, p, name)) != NULL) {
        const char *q = p + n, *r;
        int words;
        /* ("Ivan F. Boesky and Co": a firm named with the person's
         * given name is his; "Boesky" alone stays the man) */
        if (p - doc->text >= 2 && p[-1] == ' ' &&
            (ex_ascii_letter(p[-2]) || p[-2] == '.')) {
            const char *w = p - 2;
            while (w > doc->text && (ex_ascii_letter(w[-1]) || w[-1] == '.'))
                w--;
            if (*w >= 'A' && *w <= 'Z' && strncmp(w, "The ", 4) != 0) {
                p++;
                continue;
            }
        }
        if (q < end && *q == ' ') {
            for (k = 0; ex_company_suffixes[k]; k++)
                if (ex_text_word(q + 1, end, ex_company_suffixes[k]))
                    return 1;
            for (k = 0; firm[k]; k++)
                if (ex_text_word(q + 1, end, firm[k]))
                    return 1;
        }
        /* ", Fentress and Co", " and Co", ", Smith, Jones & Co" */
        for (r = q, words = 0; r < end && words < 4; words++) {
            const char *w;
            if (*r == ',')
                r++;
            if (r >= end || *r != ' ')
                break;
            r++;
            if ((w = ex_text_word(r, end, "and")) == NULL && r < end &&
                *r == '&')
                w = r + 1;
            /* (a capital "Co": "Blair and co" are his allies) */
            if (w && w + 1 < end && *w == ' ' && w[1] == 'C' &&
                ex_text_word(w + 1, end, "co"))
                return 1;
            if (w || r >= end || !(*r >= 'A' && *r <= 'Z'))
                break;
            while (r < end && ex_ascii_letter(*r))
                r++;
        }
        p++;
    }
    return 0;
}

/* "ADB President Masao Fujioka", "an AICE official": is mention m one
 * all-capitals word kg does not code, some body's acronym (a state's
 * organs are coded: "MITI")? */
static int ex_uncoded_acronym(const ex_state *st, const ex_mention *m)
{
    return m && !m->ent.code && m->t1 == m->t0 + 1 &&
           (st->toks[m->t0].flags & KG_TOKF_ALLCAPS);
}

static int ex_body_before_title(const ex_state *st, size_t t)
{
    const ex_mention *m = ex_found_at(st, t);
    const char *ag = NULL;
    if (t > 0 && ex_tok_is(st, t - 1, "central"))
        return 0; /* ("central bank president Francisco Gros": the state's) */
    if (st->toks[t].kind == KG_TOK_WORD && ex_match_agent(st, t, &ag) == 1 &&
        ag && !ex_state_organ(ag))
        return 1;
    /* "Halvorsen Trading (Norway) Corp president Erik Lund": a firm's
     * legal suffix, its name cut by the brackets */
    if ((st->toks[t].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[t], ex_company_suffixes))
        return 1;
    /* "the Pork Producers' Council said. ... Council president Tom
     * Miller": a capitalised word that ends the name of an organisation
     * the story named before, no state organ, is that body named short */
    if ((st->toks[t].flags & KG_TOKF_CAP) && !ex_found_at(st, t)) {
        size_t k;
        for (k = 0; k < st->norgs; k++) {
            const kg_entity *o = &st->orgs[k];
            if (o->type && !strcmp(o->type, "Organization") &&
                ex_last_word_is(o->label, st->toks[t].lower) &&
                !(o->code && strlen(o->code) > 3 &&
                  ex_state_organ(o->code + 3)))
                return 1;
        }
    }
    /* "The dockers' union said its vice president Ann Ruiz": "its" or
     * "their" after an organisation or a group that is no state organ
     * (named, a name kg does not know, or a sector noun: "union"), the
     * last actor named before it */
    if (ex_tok_is(st, t, "its") || ex_tok_is(st, t, "their")) {
        const ex_mention *last = NULL;
        size_t k;
        for (k = 0; k < st->nments; k++) {
            const ex_mention *pm = &st->ments[k];
            if (pm->t1 <= t && !pm->dropped && !pm->ent.is_value &&
                (!last || pm->t1 > last->t1))
                last = pm;
        }
        return last && last->ent.type &&
               (!strcmp(last->ent.type, "Organization") ||
                (!strcmp(last->ent.type, "Group") && last->ent.code &&
                 strlen(last->ent.code) > 3)) &&
               !(last->ent.code && strlen(last->ent.code) > 3 &&
                 ex_state_organ(last->ent.code + 3));
    }
    /* (an organisation coded, and not as a state organ: "ADB", "Opec";
     * not "MITI Vice Minister", JPNGOV, nor an uncoded "Treasury"; an
     * uncoded part of one right after it is the body's: "Opec
     * Conference President") */
    if (!m || m->t1 != t + 1 || !m->ent.type ||
        strcmp(m->ent.type, "Organization") != 0)
        return 0;
    if (!m->ent.code)
        return ex_uncoded_acronym(st, m) ||
               (m->t0 > 0 && ex_found_at(st, m->t0 - 1) &&
                ex_body_before_title(st, m->t0 - 1));
    return strlen(m->ent.code) > 3 && !ex_state_organ(m->ent.code + 3);
}

/* The token before the words that grade a title ending right after
 * token t ("vice president", "executive vice president", "deputy prime
 * minister"): t itself when it grades nothing. */
static size_t ex_title_grades(const ex_state *st, size_t t)
{
    static const char *const grades[] = {"vice",   "deputy", "executive",
                                         "senior", "acting", "assistant",
                                         "first",  NULL};
    while (t > 0 && ex_pronoun_is(&st->toks[t], grades))
        t--;
    return t;
}

/* Lenders of no country named at token i (n words): "banks", "bank
 * creditors", "its bank advisory committee", "the banks' steering
 * committee", in a sentence that names a state by its name ("Chile
 * reached agreement with bank creditors", "Mexico's talks with banks",
 * "bank discussions with Argentina"): a state's lenders are abroad, not
 * of the story's country or its dateline's (reuters21578: SANTIAGO's
 * banks CHLBUS, WASHINGTON's USABUS), and, of no country, are no actor
 * (ex_find_mentions codes them ""; tools/eval/realnews/README.md).  (A
 * state named with the banks, "Japanese banks", "Switzerland's banks",
 * owns them: read before.) */
static int ex_lenders_of_a_state(const ex_state *st, size_t i, size_t n)
{
    static const char *const lenders[] = {"bank",     "banks",   "banks'",
                                          "creditor", "creditors", "lender",
                                          "lenders",  NULL};
    static const char *const after[] = {"creditors", "lenders", "advisory",
                                        "steering",  NULL};
    static const char *const debt[] = {"debt",        "debts",
                                       "rescheduling", "reschedule",
                                       "refinancing", "rollover",
                                       "financing",   NULL};
    kg_onto_match m;
    size_t k, last = i + n - 1;
    if (!ex_pronoun_is(&st->toks[last], lenders) &&
        !(last + 1 < st->ntoks && ex_pronoun_is(&st->toks[last + 1], after)))
        return 0;
    for (k = 0; k < st->ntoks; k++) {
        if (st->toks[k].kind != KG_TOK_WORD ||
            !(st->toks[k].flags & KG_TOKF_CAP) ||
            !ex_match_name(st, st->ntoks, k, &m) || !m.ntok)
            continue;
        if (m.entity && m.entity->type &&
            !strcmp(m.entity->type, "Country") &&
            m.kind != KG_NAME_DEMONYM) {
            size_t e = k + m.ntok;
            /* ("Switzerland's three major banks": the state's own; not
             * "Brazil's 700 bank creditors") */
            return !(e + 1 < st->ntoks && e < i && i <= e + 4 &&
                     ex_tok_possessive(st, e) &&
                     !ex_debtor_lender_phrase(st, e + 1, i + n));
        }
        k += m.ntok - 1;
    }
    /* "Gros said financing talks with the banks are likely to be tough",
     * "Chirac wanted commercial banks to give third world countries
     * better terms in rescheduling their debts": banks (not one bank, a
     * bank named before) in a sentence of debt that names no state are
     * lenders too (debt27) */
    if (ex_tok_is(st, last, "bank") &&
        !(last + 1 < st->ntoks && ex_pronoun_is(&st->toks[last + 1], after)))
        return 0;
    return ex_sentence_has_word(st, debt);
}

/* Does one of tokens t0..t1 - 1 name a body of a state ("the French
 * Treasury", "Ministry of Trade", "Meteorological Bureau", "Canada
 * Post", "Ex-Im", "Central Bank")?  Its officials are the state's even
 * when kg does not know the body (ex_official_not_state; actor32). */
static int ex_state_body_words(const ex_state *st, size_t t0, size_t t1)
{
    static const char *const words[] = {
        "ministry",  "treasury",   "agency",    "bureau",   "department",
        "central",   "post",       "office",    "commission", "authority",
        "council",   "committee",  "customs",   "ex-im",    "exim",
        "court",     "police",     "government", "cabinet", "administration",
        "bourse",    "board",      "institute", "service",  "directorate",
        "state",     "commerce",   "commons",   "parliament", NULL};
    size_t k;
    /* (and the two words before it: "Ministry of Foreign Economic
     * Relations", "a senior central Bank official") */
    for (k = t0 > 2 ? t0 - 2 : 0; k < t1 && k < st->ntoks; k++)
        if (ex_pronoun_is(&st->toks[k], words))
            return 1;
    return 0;
}

/* "official figures", "no official word", "the official Tanjug news
 * agency", "the state oil company": "official" or "state" before a noun
 * or a name qualifies it and is no one; "company officials", "bank
 * officials", "union officials" are the firm's, the bank's, the union's,
 * no state's (the dateline gave them its government: reuters21578
 * "Company officials were not available" USAGOV).  Is the noun at token
 * i (n words) such a word? */
static int ex_official_not_state(const ex_state *st, size_t i, size_t n)
{
    /* (what follows "the official" as a person: "familiar with", ...) */
    static const char *const post[] = {"also",     "later",    "then",
                                       "still",    "here",     "there",
                                       "now",      "today",    "yesterday",
                                       "familiar", "close",    "responsible",
                                       "involved", "concerned", "however",
                                       /* (irregular pasts: "the official
                                        * made no comment") */
                                       "made",     "gave",     "took",
                                       "met",      "held",     "put",
                                       "left",     "sent",     "saw",
                                       "spoke",    "knew",     "thought",
                                       "found",    "became",   "began",
                                       "came",     "went",     "got",
                                       "set",      "cut",      "kept",
                                       "felt",     "wrote",    "led",
                                       NULL};
    /* ("the prime minister's official spokesman": a person still, whom
     * "official" stands for as no other word does) */
    static const char *const people[] = {"spokesman",   "spokeswoman",
                                         "spokesperson", "representative",
                                         "envoy",       "delegate", NULL};
    const char *ag = NULL;
    const ex_tok *t;
    kg_onto_match m;
    int state = ex_tok_is(st, i, "state");
    if (n != 1 || (!state && !ex_tok_is(st, i, "official") &&
                   !ex_tok_is(st, i, "officials")))
        return 0;
    if (!state && i > 0 && st->toks[i - 1].kind == KG_TOK_WORD &&
        !(st->toks[i - 1].flags & KG_TOKF_CAP && i - 1 > 0) &&
        !(i > 1 && ex_tok_is(st, i - 2, "central")) && /* the state's */
        ex_match_agent(st, i - 1, &ag) == 1 && ag && !ex_state_organ(ag))
        return 1;
    /* ("Edward Muda, an AICE official": a body's acronym) */
    if (!state && i > 0) {
        const ex_mention *am = ex_found_at(st, i - 1);
        if (am && am->t1 == i && ex_uncoded_acronym(st, am))
            return 1;
        /* ("Shipbuilders Association officials", "Officials for E.M.
         * Warburg", "officials of both companies", "industry
         * officials", "match officials": a body kg does not code, a firm
         * or a trade's, not the story's state; actor32, of 30 bare
         * "officials" read from the story 13 were such) */
        if (am && am->t1 == i && !am->dropped && !am->ent.is_value &&
            !am->ent.code && am->ent.type &&
            !strcmp(am->ent.type, "Organization") &&
            !ex_state_body_words(st, am->t0, am->t1))
            return 1;
    }
    if (!state && ex_tok_is(st, i, "officials")) {
        static const char *const trades[] = {
            "industry", "match", "company", "club", "league", "campaign",
            "team", "tournament", "firm", NULL};
        static const char *const firms[] = {"company", "companies", "firm",
                                            "firms", "both", NULL};
        const ex_mention *fm;
        if (i > 0 && ex_pronoun_is(&st->toks[i - 1], trades))
            return 1;
        if (i + 2 < st->ntoks && (ex_tok_is(st, i + 1, "of") ||
                                  ex_tok_is(st, i + 1, "for"))) {
            size_t k = i + 2;
            if (ex_tok_is(st, k, "the") && k + 1 < st->ntoks)
                k++;
            if (ex_pronoun_is(&st->toks[k], firms))
                return 1;
            fm = ex_found_at(st, k);
            if (fm && !fm->dropped && !fm->ent.is_value && fm->ent.type &&
                !strcmp(fm->ent.type, "Organization") &&
                (!fm->ent.code ||
                 (strlen(fm->ent.code) >= 3 &&
                  !strcmp(fm->ent.code + strlen(fm->ent.code) - 3, "BUS"))))
                return 1;
        }
    }
    if (!(state || ex_tok_is(st, i, "official")) || i + 1 >= st->ntoks)
        return 0;
    t = &st->toks[i + 1];
    if (t->kind != KG_TOK_WORD || t->tag != KG_W_NONE ||
        ex_pronoun_is(t, people))
        return 0;
    if (t->flags & KG_TOKF_CAP)
        /* (a name: "official Soviet news agency", "official OPEC
         * prices"; not "Treasury official David Mulford") */
        return ex_match_name(st, st->ntoks, i + 1, &m) && m.entity &&
               m.entity->type && strcmp(m.entity->type, "Person") != 0;
    /* ("the state offers farmers", "sued the state alleging": a verb
     * may follow "state" as it does a noun; "state subsidies" stays) */
    if (state &&
        (ex_ends_with(t->lower, "s") || ex_ends_with(t->lower, "ing")))
        return 0;
    return !ex_pronoun_is(t, post) && !ex_ends_with(t->lower, "ed") &&
           !ex_ends_with(t->lower, "ly");
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

/* Words that make a title another office: "Deputy Mayor", "former
 * president". */
static const char *const ex_lesser_titles[] = {"deputy", "vice", "former",
                                               "acting", "assistant",
                                               "junior", "ex", NULL};

/* Remember the people of this sentence named with a title inside their
 * mention ("French President Emmanuel Macron": "president"), for "the
 * president" in the sentences after (ex_title_coref). */
void ex_note_titled(ex_state *st)
{
    size_t k, p;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->ent.is_value || !ex_is_person(&m->ent) ||
            st->toks[m->t0].quote)
            continue;
        /* (the title in the mention, or right before it: "Turkish
         * President | Ali Veli") */
        for (p = m->t0 > 3 ? m->t0 - 3 : 0; p < m->t1; p++) {
            const char *ag = NULL, *key;
            size_t tl = ex_match_title(st, p, &ag), q;
            if (!tl || p + tl > m->t1 || (p < m->t0 && p + tl != m->t0))
                continue;
            if (p > 0 && ex_pronoun_is(&st->toks[p - 1], ex_lesser_titles))
                break; /* "Deputy Mayor Nicky Gavron" is no "the mayor" */
            key = st->toks[p].lower;
            for (q = p + 1; q < p + tl && key; q++)
                if ((key = ex_concat(st, key, " ")) != NULL)
                    key = ex_concat(st, key, st->toks[q].lower);
            if (!key)
                return; /* (out of memory: no note, no harm) */
            if (st->ntitled == EX_MAX_TITLED) {
                memmove(st->titled, st->titled + 1,
                        (EX_MAX_TITLED - 1) * sizeof(st->titled[0]));
                memmove(st->titled_key, st->titled_key + 1,
                        (EX_MAX_TITLED - 1) * sizeof(st->titled_key[0]));
                st->ntitled--;
            }
            st->titled[st->ntitled] = m->ent;
            st->titled_key[st->ntitled] = key;
            st->ntitled++;
            break;
        }
    }
}

/* A mention of target over tokens [i, i + n), which a title or a
 * description standing for it ("the prime minister", "the war-torn
 * country") covers; *used = n.  (No mention when the tokens are taken:
 * KG_OK all the same.) */
static int ex_add_coref(ex_state *st, size_t i, size_t n,
                        const kg_entity *target, size_t *used)
{
    ex_mention *m;
    if (!(m = ex_add_mention(st, i, i + n, st->toks[i].start,
                             st->toks[i + n - 1].end)))
        return KG_OK;
    m->ent = *target;
    m->ent.start = m->start;
    m->ent.end = m->end;
    m->ent.coref = ex_from_story(st, target);
    m->kind = EX_NAME_COREF;
    if (!(m->ent.text = ex_strndup(st, st->doc->text + m->start,
                                   m->end - m->start)))
        return KG_ENOMEM;
    *used = n;
    return KG_OK;
}

/* "French President Emmanuel Macron arrived in Geneva. The president
 * said ...": "the" and a title with no name, country or "of" after it
 * stand for the newest person named before with that title (or one
 * ending in it: "the minister" for "Foreign Minister Sergei Lavrov").
 * Adds the mention and sets *used to the title's tokens, or leaves
 * *used 0. */
/* A reading of a mention at token i that needs "the" before it (a
 * title named for its holder or its state: ex_title_coref,
 * ex_state_title), asked at every token: the "the" first and inline
 * (*used 0 and KG_OK without it, as the readings answer), then the
 * reading itself, out of line, noinline. */
typedef int (*ex_the_reading)(ex_state *st, size_t i, size_t *used);

static inline int ex_after_the_read(ex_state *st, size_t i, size_t *used,
                                    ex_the_reading read)
{
    *used = 0;
    if (i == 0 || !ex_tok_is(st, i - 1, "the"))
        return KG_OK;
    return read(st, i, used);
}

static __attribute__((noinline)) int
ex_title_coref_at(ex_state *st, size_t i, size_t *used),
    ex_state_title_at(ex_state *st, size_t i, size_t *used);

static inline int ex_title_coref(ex_state *st, size_t i, size_t *used)
{
    return ex_after_the_read(st, i, used, ex_title_coref_at);
}

static inline int ex_state_title(ex_state *st, size_t i, size_t *used)
{
    return ex_after_the_read(st, i, used, ex_state_title_at);
}

static int ex_title_coref_at(ex_state *st, size_t i, size_t *used)
{
    const char *ag = NULL;
    size_t tl, k, q, kl;
    char key[64];
    *used = 0;
    if (i == 0 || !ex_tok_is(st, i - 1, "the") || st->ntitled == 0 ||
        !(tl = ex_match_title(st, i, &ag)))
        return KG_OK;
    if (i + tl < st->ntoks &&
        ((st->toks[i + tl].kind == KG_TOK_WORD &&
          (st->toks[i + tl].flags & KG_TOKF_CAP)) ||
         ex_tok_is(st, i + tl, "of") || ex_tok_is(st, i + tl, "'s")))
        return KG_OK;
    for (q = i; q < i + tl; q++)
        if (st->toks[q].covered)
            return KG_OK;
    key[0] = '\0';
    for (q = i; q < i + tl; q++) {
        size_t have = strlen(key), w = strlen(st->toks[q].lower);
        if (have + w + 2 > sizeof(key))
            return KG_OK;
        if (q > i)
            key[have++] = ' ';
        memcpy(key + have, st->toks[q].lower, w + 1);
    }
    kl = strlen(key);
    for (k = st->ntitled; k-- > 0;) {
        /* the same title, or a one-word head of it ("the minister" for
         * "foreign minister"), but not of a deputy's ("the prime
         * minister" is no "deputy prime minister", "the mayor" no
         * "deputy mayor") nor of the opposition's shadow ("The
         * chancellor attacked shadow chancellor Ann Reid. The chancellor
         * said": the chancellor is not Ann Reid) */
        static const char *const lesser[] = {"deputy ", "vice ", "former ",
                                             "acting ", "assistant ",
                                             "junior ", "shadow ", NULL};
        const char *t = st->titled_key[k];
        size_t n = strlen(t), l;
        if (!strcmp(t, key))
            break;
        if (strchr(key, ' ') || n <= kl || strcmp(t + n - kl, key) != 0 ||
            t[n - kl - 1] != ' ')
            continue;
        for (l = 0; lesser[l] && strncmp(t, lesser[l], strlen(lesser[l]));
             l++)
            ;
        if (!lesser[l])
            break;
    }
    if (k == (size_t)-1)
        return KG_OK;
    return ex_add_coref(st, i, tl, &st->titled[k], used);
}

/* "Zimbabwe's Robert Mugabe bowed to pressure from the army", "Myanmar
 * abolished censorship of the press": a group noun with no country named
 * for it (nor the article's) belongs to the one country the sentence's
 * earlier actors all belong to; none when they belong to two or more
 * ("Israel accused the rebels") or to none.  Only after "the" (bare
 * "troops", "forces", "a new cyber force" are what the actor sends or
 * sets up: "sent troops to protect the government of Mali", "joined
 * forces with Iceland"), not after "and" ("the German police and the
 * army": organs_sharing_a_modifier), and only for the state's armed
 * forces, police, courts, spies and the press (ex_home_organs): an
 * opposition, a party or a parliament take the sentence's country
 * already (ex_sentence_country); protesters, rebels and businesses may
 * be another country's ("an agreement with the banks": a country's
 * creditors are foreign). */
static const char *const ex_town_nouns[] = {
    "town", "city", "village", "port", "province", "region",
    "district", "area", "enclave", "stronghold", NULL};
static const char ex_home_organs[] = "MIL;COP;JUD;SPY;MED";
/* unnamed irregular armed actors (ex_armed_group_country) */
static const char ex_armed_agents[] = "UAF;REB;INS;CRM";
static const kg_onto_entity *ex_earlier_country(const ex_state *st, size_t i)
{
    const char *country = NULL;
    size_t k;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t1 > i || m->dropped || m->ent.is_value || ex_is_date(&m->ent))
            continue;
        if (!m->ent.country || !*m->ent.country)
            return NULL; /* (an organisation, a person of no country) */
        if (country && strcmp(country, m->ent.country) != 0)
            return NULL;
        country = m->ent.country;
    }
    return country ? kg_onto__entity(st->onto, country) : NULL;
}

/* "governments of France and Germany", "of the United States, Japan and":
 * does "of" at token j open a list of names, capitalised words (after an
 * optional "the") then "and" or a comma and another capitalised word
 * (after an optional "the")?  The plural noun before it stands for each
 * of them. */
static int ex_of_name_list(const ex_state *st, size_t j)
{
    size_t k, caps = 0;
    if (j + 3 >= st->ntoks || !ex_tok_is(st, j, "of"))
        return 0;
    k = j + 1;
    if (ex_tok_is(st, k, "the"))
        k++;
    for (; k < st->ntoks && caps < 4 && st->toks[k].kind == KG_TOK_WORD &&
           (st->toks[k].flags & KG_TOKF_CAP);
         k++)
        caps++;
    if (!caps || k + 1 >= st->ntoks ||
        !(ex_tok_is(st, k, "and") || ex_tok_punct(st, k, ',')))
        return 0;
    k++;
    if (k + 1 < st->ntoks && ex_tok_is(st, k, "and"))
        k++;
    if (k + 1 < st->ntoks && ex_tok_is(st, k, "the"))
        k++;
    return k < st->ntoks && st->toks[k].kind == KG_TOK_WORD &&
           (st->toks[k].flags & KG_TOKF_CAP);
}

/* "forces pushing deeper south into the city of Fallujah", "troops
 * poured into Grozny": is the "into" at token t one of an armed move,
 * a verb of moving right before it (directions and "deeper" between)?
 * Not "a report into the UK's fishing industry", "workers allowed into
 * the UK". */
static int ex_moved_into(const ex_state *st, size_t t)
{
    static const char *const moves[] = {
        "push",     "pushed",   "pushing",   "pushes",   "move",
        "moved",    "moving",   "moves",     "marched",  "marching",
        "advanced", "advancing", "drove",    "driving",  "poured",
        "pouring",  "rolled",   "rolling",   "stormed",  "storming",
        "swept",    "sweeping", "crossed",   "crossing", "incursion",
        "incursions", "raid",   "raids",     NULL};
    static const char *const adverbs[] = {"deeper", "further", "farther",
                                          "back", NULL};
    while (t > 0 && (ex_pronoun_is(&st->toks[t - 1], ex_directions) ||
                     ex_pronoun_is(&st->toks[t - 1], adverbs)))
        t--;
    return t > 0 && ex_pronoun_is(&st->toks[t - 1], moves);
}

/* The token after the place preposition that leads to the name at token
 * k ("in Baidoa", "at Baidoa airstrip", "near the northern city of
 * Kano", "outside Mosul": determiners, direction words and "the <town
 * noun> of" between; a compass point with "of" leads alone, "pilgrims
 * south of Baghdad", "40 km north of Kabul"), or 0. */
static size_t ex_place_lead(const ex_state *st, size_t k)
{
    /* ("rebels inside Turkey" are there, not of it; "strikes ... across
     * Iraq", "attacks throughout Afghanistan" spread the act over it) */
    static const char *const preps[] = {"in",     "at",     "near",
                                        "outside", "around", "across",
                                        "throughout", "inside", NULL};
    size_t q = k;
    int hop;
    if (q >= 2 && ex_tok_is(st, q - 1, "of") &&
        ex_pronoun_is(&st->toks[q - 2], ex_compass_points))
        return q;
    for (hop = 0; hop < 2; hop++) {
        while (q > 0 && (st->toks[q - 1].tag == KG_W_DET ||
                         ex_pronoun_is(&st->toks[q - 1], ex_directions)))
            q--;
        if (hop == 0 && q >= 2 && ex_tok_is(st, q - 1, "of") &&
            ex_pronoun_is(&st->toks[q - 2], ex_town_nouns))
            q -= 2;
        else
            break;
    }
    if (q > 1 && ex_tok_is(st, q - 1, "into") && ex_moved_into(st, q - 1))
        return q;
    return q > 0 && ex_pronoun_is(&st->toks[q - 1], preps) ? q : 0;
}

/* The country the name of e at tokens [k, k + ntok) names as a place,
 * or NULL: a country or a place kg knows, written as a name ("Somalia",
 * "Baidoa airstrip"); not a demonym ("Australian monitors"), nor a
 * country's name that modifies a noun ("U.S. forces", "a US ammunition
 * dump"), which names whose things are, not where. */
static const kg_onto_entity *ex_named_place(const ex_state *st, size_t k,
                                            size_t ntok, int kind,
                                            const kg_onto_entity *e)
{
    size_t end = k + ntok;
    if (!e || !e->type)
        return NULL;
    if (kind == KG_NAME_DEMONYM)
        /* "near the Iraqi city", "a remote Pakistani village", "in the
         * Afghan capital": a nationality before a town's noun names a
         * place of its country (not "the Afghan border", both sides') */
        return !strcmp(e->type, "Country") && end < st->ntoks &&
                       (ex_pronoun_is(&st->toks[end], ex_town_nouns) ||
                        ex_tok_is(st, end, "capital"))
                   ? e
                   : NULL;
    if (!strcmp(e->type, "Place"))
        return ex_country_of(st, e->country);
    if (strcmp(e->type, "Country") != 0 ||
        (k > 0 && (ex_tok_is(st, k - 1, "a") || ex_tok_is(st, k - 1, "an"))) ||
        (end < st->ntoks && st->toks[end].kind == KG_TOK_WORD &&
         !(st->toks[end].flags & KG_TOKF_CAP) &&
         st->toks[end].tag == KG_W_NONE && !ex_tok_possessive(st, end) &&
         /* ("a busy street in Baghdad today": a day, no noun) */
         !ex_tok_is(st, end, "today") && !ex_tok_is(st, end, "yesterday") &&
         !ex_tok_is(st, end, "tonight")))
        return NULL;
    return e;
}

/* Is the name at token k, of entity e, the place an act is set in: led
 * by a place preposition, and for a country by one of being inside it
 * ("strikes at United States outposts" aim at its things)? */
static int ex_event_place(const ex_state *st, size_t k,
                          const kg_onto_entity *e)
{
    size_t q = ex_place_lead(st, k);
    return q && !(!strcmp(e->type, "Country") && ex_tok_is(st, q - 1, "at"));
}

/* Is a domestic group of country (a code with a sector other than
 * GOV: BRAPTY, BRALAB) named before token i? */
static int ex_domestic_group_before(const ex_state *st, size_t i,
                                    const char *country)
{
    size_t k;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t1 <= i && !m->dropped && m->ent.code && m->ent.country &&
            !strcmp(m->ent.country, country) && strlen(m->ent.code) > 3 &&
            strncmp(m->ent.code + 3, "GOV", 3) != 0)
            return 1;
    }
    return 0;
}

/* Is a known organisation of no country (an IGO, a bank of several
 * states) named before token i? */
static int ex_stateless_body_before(const ex_state *st, size_t i)
{
    size_t k;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t1 <= i && !m->dropped && m->oe && m->oe->type &&
            !strcmp(m->oe->type, "Organization") &&
            (!m->ent.country || !*m->ent.country))
            return 1;
    }
    return 0;
}

/* The token after a dateline or a credit that opens the sentence
 * ("BAGHDAD -- Kidnappers seized", "KINSHASA, Congo (AP) - Attackers
 * overran", "Los Angeles Times - BAGHDAD — Militants said"): after the
 * last dash or colon that only capitalised words, numbers and
 * punctuation precede; 0 when there is none. */
static size_t ex_dateline_end(const ex_state *st)
{
    size_t k, end = 0;
    for (k = 0; k < st->ntoks; k++) {
        const ex_tok *t = &st->toks[k];
        const char *w = st->doc->text + t->start;
        size_t n = t->end - t->start;
        if (t->kind == KG_TOK_WORD && !(t->flags & KG_TOKF_CAP))
            break;
        if (t->kind == KG_TOK_PUNCT && k > 0 &&
            ((n == 1 && (*w == '-' || *w == ':')) ||
             (n == 3 && (!memcmp(w, "\xE2\x80\x93", 3) || /* – */
                         !memcmp(w, "\xE2\x80\x94", 3)))))  /* — */
            end = k + 1;
    }
    return end;
}

/* Is token k a noun of a protesting crowd ("protesters", "rioters")? */
static int ex_protest_crowd(const ex_state *st, size_t k)
{
    static const char *const crowds[] = {
        "protesters", "protestors", "protester", "protestor",
        "demonstrators", "demonstrator", "marchers", "rioters", "mob",
        "mobs", NULL};
    return ex_pronoun_is(&st->toks[k], crowds);
}

/* The country of the place unnamed protesters at tokens [i, i + n)
 * protest in (ex_armed_group_country), when the sentence names no actor
 * of another country: "Protesters stormed the parliament of Turkey in
 * Damascus" may be Turks (protesters_of_the_place). */
static const kg_onto_entity *ex_armed_group_country(const ex_state *st,
                                                    size_t i, size_t j);
static const kg_onto_entity *ex_crowd_place_country(const ex_state *st,
                                                    size_t i, size_t n)
{
    const kg_onto_entity *c = ex_armed_group_country(st, i, i + n);
    kg_onto_match cm;
    size_t k;
    for (k = 0; c && k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (!m->dropped && !m->ent.is_value && m->ent.country &&
            *m->ent.country && strcmp(m->ent.country, c->id) != 0)
            return NULL;
    }
    for (k = i + n; c && k < st->ntoks; k++) { /* (names after them) */
        const char *oc;
        if (st->toks[k].kind != KG_TOK_WORD ||
            !ex_match_name(st, st->ntoks, k, &cm))
            continue;
        oc = cm.entity->country ? cm.entity->country : cm.entity->id;
        if (oc && ex_country_of(st, oc) && strcmp(oc, c->id) != 0)
            return NULL;
        k += cm.ntok - 1;
    }
    return c;
}

/* "peace talks with the Sudanese government being held in the Nigerian
 * capital of Abuja", "talks in Abuja", "a summit hosted in Nairobi": is
 * the place whose lead preposition is at token q - 1 (ex_place_lead) a
 * meeting's venue (the participle of holding or hosting right before
 * the preposition, or a noun of a meeting)?  Talks are held abroad as
 * often as not: the venue says nothing of whose armed men meet there
 * (prec27, the random sample's agnews-test-0567, Darfur rebels coded
 * NGAREB). */
static int ex_meeting_venue(const ex_state *st, size_t q)
{
    static const char *const held[] = {
        "held",  "hosted",  "convened", "staged", "place", "talks",
        "negotiations", "summit", "conference", "meeting", "meetings",
        NULL};
    return q >= 2 && ex_pronoun_is(&st->toks[q - 2], held);
}

/* "abducted by unknown gunmen" (in east Afghanistan), "Unknown armed men
 * ... kidnapped three staff of the United Nations in the Afghan capital":
 * armed men told as unknown, unidentified or unnamed (the word up to two
 * plain words before the noun at i to j, or inside it) are of no side the
 * place of their act gives: ---REB, as the dev gold codes both (fix31;
 * ex_armed_group_country and ex_violence_place_actor read it). */
int ex_unknown_men(const ex_state *st, size_t i, size_t j)
{
    static const char *const unknown[] = {"unknown", "unidentified",
                                          "unnamed", NULL};
    size_t k;
    for (k = i; k > 0 && i - k < 2 && (ex_plain_word(st, k - 1) ||
                                      ex_pronoun_is(&st->toks[k - 1],
                                                    unknown));
         k--)
        if (ex_pronoun_is(&st->toks[k - 1], unknown))
            return 1;
    for (k = i; k < j && k < st->ntoks; k++)
        if (ex_pronoun_is(&st->toks[k], unknown))
            return 1;
    return 0;
}

/* Whose are unnamed gunmen, militants or kidnappers (the noun from
 * token i to j)?  Those placed right after ("gunmen in Gaza":
 * ex_placed_country, tried first) are that place's.  A coder gives
 * the others the country of the place the sentence sets the act in
 * ("gunmen fired on a plane at Baidoa airstrip", under a LONDON
 * dateline, are Somalia's), and the article's country (ex_home_country:
 * the one it names most, else the dateline's) only when the sentence
 * names no other country as a place: "Britain suspended relief flights
 * after gunmen fired ..." names none of the gunmen's, and a state named
 * as their target or victim does not give one either.  The place is
 * looked for up to the next clause.  NULL: no country. */
static const kg_onto_entity *ex_armed_group_country(const ex_state *st,
                                                    size_t i, size_t j)
{
    /* words that open another clause, whose place is another act's */
    static const char *const clause_links[] = {
        "after", "before", "since", "until", "following", "because",
        "while", "when", "although", "though", "amid", "despite", "but",
        NULL};
    const kg_onto_entity *home, *c, *other = NULL, *venue = NULL;
    kg_onto_match cm;
    size_t k;
    if (ex_unknown_men(st, i, j))
        return NULL; /* (see ex_unknown_men) */
    /* (not "the kidnappers of two Chinese engineers": their victims) */
    if (!(j < st->ntoks && ex_tok_is(st, j, "of")) &&
        (c = ex_placed_country(st, j)) != NULL)
        return c;
    home = ex_home_country(st);
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->t1 > i || m->dropped || m->ent.is_value || !m->oe)
            continue;
        if (!(c = ex_named_place(st, m->t0, m->t1 - m->t0, m->kind, m->oe)))
            continue;
        if (ex_event_place(st, m->t0, m->oe))
            return c;
        if (c != home)
            other = c;
    }
    for (k = j; k < st->ntoks; k++) {
        if (ex_pronoun_is(&st->toks[k], clause_links) ||
            st->toks[k].tag == KG_W_SPEECH || ex_tok_punct(st, k, ';'))
            break; /* ("attacked the embassy after talks in Damascus",
                    * "..., officials said in Damascus") */
        if (st->toks[k].kind != KG_TOK_WORD ||
            !ex_match_name(st, st->ntoks, k, &cm))
            continue;
        c = ex_named_place(st, k, cm.ntok, cm.kind, cm.entity);
        /* (a meeting's venue: ex_meeting_venue) */
        if (c && ex_place_lead(st, k) &&
            ex_meeting_venue(st, ex_place_lead(st, k))) {
            venue = c;
            k += cm.ntok - 1;
            continue;
        }
        if (c && ex_event_place(st, k, cm.entity))
            return c;
        if (c && c != home)
            other = c;
        k += cm.ntok - 1;
    }
    /* "BAGHDAD -- Militants said they had beheaded an American hostage":
     * with no other place named, and no state ("KHARTOUM/NAIROBI -
     * Sudan's government resumed talks with rebels"), the act is set
     * where the sentence's own dateline is (when of one country) */
    if ((k = ex_dateline_end(st)) > 0 && i >= k) {
        const kg_onto_entity *dl = NULL;
        size_t d;
        for (d = 0; d < st->nments; d++) {
            const ex_mention *m = &st->ments[d];
            if (m->t1 >= k || m->dropped || m->ent.is_value || !m->oe ||
                !(c = ex_named_place(st, m->t0, m->t1 - m->t0, m->kind,
                                     m->oe)))
                continue;
            if (dl && dl != c)
                return home;
            dl = c;
        }
        if (dl && dl == venue)
            return NULL; /* (the dateline is the talks' venue) */
        if (dl && (!other || other == dl))
            return dl; /* (the dateline is one of the names before) */
    }
    /* ("ABUJA - Rebel groups agreed to participate in peace talks being
     * held in the Nigerian capital": a home that is only the venue of
     * the talks the sentence sets there gives no side's country) */
    return other || (venue && venue == home) ? NULL : home;
}

/* "Peace talks between Darfur rebels and the government resumed after a
 * boycott by rebels who accused Khartoum": a group noun of no country
 * named again in its sentence is the group named before it with that
 * agent, when all such are of one country (not firms: "U.S. and U.K.
 * bank regulators are asking banks", ex_foreign_business). */
static const kg_onto_entity *ex_same_group_before(const ex_state *st,
                                                  size_t i, const char *agent)
{
    const char *country = NULL;
    size_t k, al = strlen(agent);
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        size_t cl;
        if (m->t1 > i || m->dropped || m->ent.is_value || !m->ent.code ||
            !m->ent.country || (cl = strlen(m->ent.code)) != 3 + al ||
            strcmp(m->ent.code + 3, agent) != 0 ||
            !strncmp(m->ent.code, "---", 3))
            continue;
        if (country && strcmp(country, m->ent.country) != 0)
            return NULL;
        country = m->ent.country;
    }
    return country ? ex_country_of(st, country) : NULL;
}

/* Armed men named bare after ones of the same kind and one country in
 * the same sentence are those (ex_same_group_before); else
 * ex_armed_group_country's (two countries' leave it to the places). */
static const kg_onto_entity *ex_armed_named_before(const ex_state *st,
                                                   size_t i, size_t j,
                                                   const char *agent)
{
    const kg_onto_entity *c = ex_same_group_before(st, i, agent);
    return c ? c : ex_armed_group_country(st, i, j);
}

/* "demanded that the government", "urged the government", "called on
 * the government", "pressed the government", "said the government
 * should": is the government at token i the one asked to act?  Only
 * there does ex_domestic_government name it: elsewhere ("a dispute with
 * the government", "if the government pressed ahead") the protest rules
 * find a protest's target from the bare word (ex_protest_home), and a
 * named actor would stop them. */
static int ex_asked_government(const ex_state *st, size_t i)
{
    static const char *const ask[] = {
        "that",     "urge",   "urges",   "urged",    "urging",   "ask",
        "asks",     "asked",  "asking",  "press",    "presses",  "pressed",
        "pressing", "demand", "demands", "demanded", "demanding", "said",
        "says", NULL};
    size_t k = i;
    if (k > 0 && st->toks[k - 1].tag == KG_W_DET)
        k--;
    if (k == 0 || k == i)
        return 0; /* "the government" only, not "a government" */
    if (ex_pronoun_is(&st->toks[k - 1], ask))
        return 1;
    return k >= 2 && ex_tok_is(st, k - 1, "on") &&
           !strncmp(st->toks[k - 2].lower, "call", 4);
}

/* "Opposition parties in Bangladesh demanded that the government lift
 * the ban", "protesters in Cairo urged the government to resign": with no
 * country named with it or for the article, "the government" is that of
 * the one country the sentence's earlier actors belong to, when one of
 * them is a domestic group of it (opposition, party, protesters, rebels,
 * unions: a code with a sector other than GOV).  Not when actors of two
 * countries come first ("Russia urged the government" may be anyone's),
 * nor after a bare country alone ("Russia urged the government"); only
 * the word "government" ("a state of emergency" is no state). */
static const kg_onto_entity *ex_domestic_government(const ex_state *st,
                                                    size_t i)
{
    const char *country = NULL, *near = NULL;
    int domestic = 0, mixed = 0;
    size_t k, n, near_t1 = 0;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        int dom;
        if (m->t1 > i || m->dropped || m->ent.is_value || !m->ent.country ||
            !*m->ent.country)
            continue;
        if (country && strcmp(country, m->ent.country) != 0)
            mixed = 1;
        country = m->ent.country;
        n = strlen(country);
        dom = m->ent.code && strncmp(m->ent.code, country, n) == 0 &&
              strlen(m->ent.code) > n && strcmp(m->ent.code + n, "GOV") != 0;
        if (dom)
            domestic = 1;
        /* the asker: the nearest actor before the asking verb */
        if (!near || m->t1 >= near_t1) {
            near = dom ? country : "";
            near_t1 = m->t1;
        }
    }
    /* "To calm relations with the U.S., Japan's business group Keidanren
     * urged the government": with actors of two countries, the asker's
     * own, when the asker nearest the government is a domestic group */
    if (mixed)
        return near && *near ? kg_onto__entity(st->onto, near) : NULL;
    return domestic ? kg_onto__entity(st->onto, country) : NULL;
}

/* Is e a person of the ontology with a country ("Reagan", "Ehud
 * Barak"), whose government is that country's? */
static int ex_placed_person(const kg_onto_entity *e)
{
    return e && e->type && !strcmp(e->type, "Person") && e->country &&
           *e->country;
}

/* "the Reagan administration", "the Nakasone government" in lower case:
 * the country of a person of the ontology whose name (one to three
 * capitalised words) ends right before token i, the government noun;
 * NULL when none.  A story about Japan keeps Reagan's administration
 * American. */
static const kg_onto_entity *ex_leader_named_before(const ex_state *st,
                                                    size_t i)
{
    size_t k;
    for (k = 1; k <= 3 && k <= i; k++) {
        kg_onto_match m;
        if (!(st->toks[i - k].flags & KG_TOKF_CAP))
            return NULL;
        if (ex_match_name(st, i, i - k, &m) && m.ntok == k &&
            ex_placed_person(m.entity))
            return kg_onto__entity(st->onto, m.entity->country);
    }
    return NULL;
}

/* "Britain's highest court ruled that the government cannot detain
 * terror suspects", "In Austria, the government is looking for ways",
 * "Senior Belgian cabinet ministers reached an agreement, the government
 * said": a bare "the government" that nothing else places (no "of X",
 * no story or dateline country) is the state of the one country the
 * sentence names before it in an owner's place: a possessive ("Italy's
 * economy"), an adjective ("the Iraqi town", "UK households"), an
 * opening "In X," or a country a noun is placed in ("a general strike
 * in Ecuador called to press the government"; not a meeting's venue).
 * Every name with a country before it must be that country's ("wheat
 * promised by Britain ... the government's programme" is Bangladesh's),
 * and so must the dateline's unless the sentence opens "In X,"; a
 * country named after it is what the government acts on ("criticised
 * Iran"), never its own, so it neither places nor blocks.  i is the
 * government noun; NULL when no such country. */
static const kg_onto_entity *ex_owner_country_before(const ex_state *st,
                                                     size_t i)
{
    static const char *const offices[] = {
        "president", "minister",  "prime",       "premier",    "official",
        "officials", "leader",    "envoy",       "ambassador", "diplomat",
        "diplomats", "spokesman", "spokeswoman", NULL};
    /* (where a meeting was held is nobody's: "talks in Switzerland
     * between the rebels and the government") */
    static const char *const venues[] = {
        "talks", "meeting", "meetings", "conference",   "summit", "session",
        "visit", "trip",    "tour",     "negotiations", NULL};
    const char *c = NULL;
    int owner = 0, opening = 0;
    size_t k, from = ex_dateline_end(st);
    /* (a speaker's "the government" in a quote is his own: "I expect
     * considerable U.S. appreciation of measures prepared with the
     * government", said Japan's Abe) */
    for (k = from; k < i; k++)
        if (ex_is_quote(st, k))
            return NULL;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m->dropped || m->ent.is_value || m->t0 < from || m->t1 > i ||
            !m->ent.country)
            continue;
        if (c && strcmp(c, m->ent.country) != 0)
            return NULL;
        c = m->ent.country;
        if (!m->oe || !m->oe->type ||
            (strcmp(m->oe->type, "Country") != 0 &&
             strcmp(m->oe->type, "Place") != 0))
            continue;
        if (m->t0 == from + 1 && m->t0 > 0 && ex_tok_is(st, from, "in"))
            opening = 1;
        if (opening || (m->t1 < i && ex_tok_possessive(st, m->t1)) ||
            /* (not a speaker's nationality: "the former UN
             * commissioner and Irish president told Radio 4 the
             * government's response" was Britain's) */
            (ex_demonym_adjective(st, m) &&
             !ex_pronoun_is(&st->toks[m->t1], offices)) ||
            ex_country_attributive(st, m) == 1 ||
            (m->t0 > from + 1 && ex_tok_is(st, m->t0 - 1, "in") &&
             !strcmp(m->oe->type, "Country") &&
             !ex_pronoun_is(&st->toks[m->t0 - 2], venues) &&
             !ex_venue_verb(st, m->t0 - 2, 1)))
            owner = 1;
    }
    /* (another state's dateline: "DAMASCUS - Turkey's exports fell,
     * the government said"; but "In Austria, the government is looking
     * for ways" under a BRUSSELS dateline sets the sentence there) */
    if (c && !opening && st->dateline_country &&
        strcmp(st->dateline_country->id, c))
        return NULL;
    return c && owner ? kg_onto__entity(st->onto, c) : NULL;
}

/* "Japan's economy teetered on the brink of a technical recession ...
 * The government was keen to play down the worrying implications": a
 * bare "the government" in a story that has named one country only, once
 * (ex_home_country asks for twice), by its name and no place of another
 * country, under no dateline of another, is
 * that country's government, when this sentence names no other country
 * before the noun (a country named after it is what it acts on).  The
 * story resolves it (coref true, as for "the prime minister" of a story
 * about one state; left31).  i is the government noun; NULL otherwise. */
static const kg_onto_entity *ex_sole_story_country(const ex_state *st,
                                                   size_t i)
{
    size_t k;
    const char *c;
    if (st->ncountries != 1 || st->norgan_countries > 1)
        return NULL;
    c = st->countries[0];
    /* (named as a country, not only through a place: "talks in Geneva"
     * is a venue, "DAMASCUS-" a place) */
    if (st->nnamed_countries != 1 || strcmp(st->named_country, c) != 0)
        return NULL;
    if (st->dateline_country && strcmp(st->dateline_country->id, c) != 0)
        return NULL;
    if (st->norgan_countries == 1 && strcmp(st->organ_countries[0], c) != 0)
        return NULL;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (!m->dropped && !m->ent.is_value && m->t1 <= i &&
            m->ent.country && strcmp(m->ent.country, c) != 0)
            return NULL;
    }
    return kg_onto__entity(st->onto, c);
}

/* "talks with the government of President Andres Pastrana", "the
 * government of Prime Minister Ehud Barak": a government named by the
 * leader who heads it (a title may come first) is the state of that
 * leader's country, as "the Pastrana government" is.  j is the token
 * after the government noun; NULL when no person of the ontology with a
 * country follows "of" there. */
static const kg_onto_entity *ex_leader_government(const ex_state *st,
                                                  size_t j)
{
    const char *agent = NULL;
    kg_onto_match m;
    size_t tl;
    if (j + 1 >= st->ntoks || !ex_tok_is(st, j, "of"))
        return NULL;
    j++;
    if (st->toks[j].tag == KG_W_DET)
        j++;
    if (j < st->ntoks && (tl = ex_match_title(st, j, &agent)) > 0)
        j += tl;
    if (j >= st->ntoks || !(st->toks[j].flags & KG_TOKF_CAP) ||
        !ex_match_name(st, st->ntoks, j, &m) || !ex_placed_person(m.entity))
        return NULL;
    return kg_onto__entity(st->onto, m.entity->country);
}

/* "its euro zone partners", "eurozone finance ministers": the states of
 * the euro, in lower case, at token i, as a body: tokens spanned (the
 * group noun with them), else 0.  CAMEO has no code of the euro's own
 * and the codebook codes the euro's members acting together as the EU
 * (IGOEUREEC); the zone alone ("euro zone inflation") is no actor. */
static size_t ex_euro_members(const ex_state *st, size_t i)
{
    static const char *const groups[] = {
        "partners", "members", "countries", "governments", "states",
        "nations", "leaders", "ministers", NULL};
    size_t j = i;
    if (ex_tok_is(st, j, "eurozone"))
        j++;
    else if (j + 1 < st->ntoks && ex_tok_is(st, j, "euro") &&
             (ex_tok_is(st, j + 1, "zone") || ex_tok_is(st, j + 1, "area")))
        j += 2;
    else
        return 0;
    if (j + 1 < st->ntoks && ex_tok_is(st, j, "finance") &&
        ex_tok_is(st, j + 1, "ministers"))
        j++;
    return j < st->ntoks && ex_pronoun_is(&st->toks[j], groups) ? j + 1 - i
                                                                 : 0;
}

/* "the House": a noun that names an institution only when written with a
 * capital (a house, a trading house), and not in a title ("Bless This
 * House", "House of Flying Daggers") nor as what "House prices" rate.
 * Is token i such a "house" that names none (then it is no agent)? */
static int ex_house_names_none(const ex_state *st, size_t i)
{
    static const char *const things[] = {"price", "prices", "sales", NULL};
    const char *agent = NULL;
    if (!ex_tok_is(st, i, "house"))
        return 0;
    /* ("house of representatives": an agent of its own) */
    if (i + 1 < st->ntoks && ex_tok_is(st, i + 1, "of"))
        return ex_match_agent(st, i, &agent) == 1;
    return !(st->toks[i].flags & KG_TOKF_CAP) ||
           (i > 0 && (st->toks[i - 1].flags & KG_TOKF_CAP) &&
            !ex_tok_is(st, i - 1, "the")) ||
           (i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i + 1], things));
}

/* "Christian Democrats", "Free Democrats", "Italian Republicans": a
 * party's one-word name ("Democrats", the US party) after a capitalised
 * word of party names, or after another country's name, is part of
 * another party's name.  ("Senate Democrats", "U.S. Republicans" stay.) */
static int ex_party_word_before(const ex_state *st, const kg_onto_entity *e,
                                size_t i, size_t ntok)
{
    static const char *const words[] = {
        "christian", "social", "free",   "liberal", "radical",
        "progressive", "left", "centre", "center",  NULL};
    size_t k;
    if (ntok != 1 || i == 0 || !e || !e->code || !ex_code_ends(e->code, "PTY"))
        return 0;
    if (ex_pronoun_is(&st->toks[i - 1], words) &&
        (st->toks[i - 1].flags & KG_TOKF_CAP))
        return 1;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *pm = &st->ments[k];
        if (pm->t1 != i || pm->dropped)
            continue;
        return pm->ent.country && e->country &&
               strcmp(pm->ent.country, e->country) != 0;
    }
    return 0;
}

/* Does the story speak of Britain's parliament ("MPs", "the Commons",
 * "the Lords", "Westminster")?  Then its bare "House" is one of their
 * chambers. */
static int ex_commons_story(const ex_state *st)
{
    static const char *const cues[] = {"MPs", " MP ", "Commons", "Lords",
                                       "Westminster", NULL};
    return ex_doc_has_any_cue(st->doc, cues);
}

/* The bank named last, for "the bank": an organisation whose name ends
 * in "Bank" (the World Bank, the Inter-American Development Bank, the
 * Export-Import Bank of Japan aside), in this sentence, else the
 * organisation remembered last if it is one; NULL when none is. */
static const kg_entity *ex_last_named_bank(const ex_state *st)
{
    const kg_entity *e = NULL;
    size_t k;
    for (k = st->nments; k-- > 0 && !e;) {
        const kg_entity *m = &st->ments[k].ent;
        if (!st->ments[k].dropped && !m->is_value && m->type && m->code &&
            m->label && strcmp(m->type, "Organization") == 0)
            e = m;
    }
    if (!e && st->have_last_org && st->last_org.code)
        e = &st->last_org;
    if (e && ex_last_word_is(e->label, "bank"))
        return e;
    /* ("The Asian Development Bank ... commercial banks ... the bank's
     * donors": the unnamed "banks" remembered after it are no bank named;
     * the last one named in the story is, from this sentence's start)
     * (fix22b) */
    for (k = st->norgs; k-- > 0;) {
        const kg_entity *o = &st->orgs[k];
        if (o->code && o->type && !strcmp(o->type, "Organization") &&
            ex_last_word_is(o->label, "bank"))
            return e && e->type && !strcmp(e->type, "Organization") ? NULL
                                                                     : o;
    }
    return NULL;
}

/* A firm's code: a business of a country or none (JPNBUS, ---BUS,
 * USABUSMIL), not a central bank (DEUGOVBUS) nor a lender of states
 * (IGOBUSIMF). */
int ex_firm_code(const char *code)
{
    return code && strlen(code) >= 6 && !strncmp(code + 3, "BUS", 3) &&
           strncmp(code, "IGO", 3) != 0 && !strstr(code, "GOV");
}

/* "Our forces dislodged the enemy from all its positions", "their troops
 * attacked": a state's organ (not armed men, who are ---REB unnamed, nor
 * firms: "Turkey and its bank advisory committee") owned by a possessive
 * pronoun for which no country was
 * found (ex_owner_country) is known only by that pronoun and, like "it"
 * unresolved, is no actor (an unnamed ---MIL made "our forces" of a
 * communique quoted alone a party).  One or two lower-case modifiers may
 * stand between ("their own police", "our armed forces"). */
static int ex_unresolved_owner(const ex_state *st, size_t i, const char *agent)
{
    static const char *const pronouns[] = {"our", "their", "its", "his",
                                           "her", "my", "your", NULL};
    size_t j = i;
    if (!ex_state_organ(agent) || ex_in_list(ex_armed_agents, agent))
        return 0;
    while (j > 0 && i - j < 2 && ex_plain_word(st, j - 1) &&
           !ex_pronoun_is(&st->toks[j - 1], pronouns))
        j--;
    return j > 0 && ex_pronoun_is(&st->toks[j - 1], pronouns);
}

/* "The company said it would appeal the ruling", with no firm named
 * before it (ex_last_named_firm) nor a country for it: "the" and one
 * singular noun of business point back to a firm the reader was told of,
 * as "it" does; like an unresolved pronoun it is no actor (an unnamed
 * ---BUS made the firm of another story's sentence a party; the dev
 * real-news gold codes no event for "The company has also accused
 * Gazprom" or "The company said it supports FERC's motion").  Plural "the
 * cigarette firms" and "two companies" stay unnamed firms. */
static int ex_unresolved_firm(const ex_state *st, size_t i, size_t n,
                              const char *agent)
{
    size_t k;
    /* (a body named before, in the sentence or the story, may be the
     * firm: "the firm" stays a firm of no name, the_firm_is_not_the_
     * firm_it_names) */
    if (st->have_last_org)
        return 0;
    for (k = 0; k < st->nments; k++)
        if (!st->ments[k].dropped && st->ments[k].t1 <= i &&
            st->ments[k].ent.type &&
            !strcmp(st->ments[k].ent.type, "Organization"))
            return 0;
    return n == 1 && i > 0 && !strcmp(agent, "BUS") &&
           ex_tok_is(st, i - 1, "the") &&
           !ex_ends_with(st->toks[i].lower, "s") &&
           !ex_ends_with(st->toks[i].lower, "s'") &&
           !(st->toks[i].flags & KG_TOKF_CAP);
}

/* The firm named last, for "the company", "the carmaker": the last
 * organisation named in this sentence before token i, else the
 * organisation remembered last, when it is a business
 * (ex_firm_code); NULL when it is another body or one of no code
 * ("Acme" between the firm and the noun says nothing of whose). */
static const kg_entity *ex_last_named_firm(const ex_state *st, size_t i)
{
    const kg_entity *e = NULL;
    size_t k;
    for (k = st->nments; k-- > 0 && !e;) {
        const ex_mention *m = &st->ments[k];
        if (!m->dropped && !m->ent.is_value && m->t1 <= i && m->ent.type &&
            strcmp(m->ent.type, "Organization") == 0)
            e = &m->ent;
    }
    if (!e && st->have_last_org)
        e = &st->last_org;
    if (!e || !ex_firm_code(e->code))
        return NULL;
    /* "Shell sued Exxon ... The company also accused Exxon of": a firm
     * named again later in the sentence is the other party, not "the
     * company"; the company's own ("the company's losses forced Exxon
     * to") may still be that firm's (fix22b) */
    for (k = i + 1; k < st->ntoks && e->id && !ex_tok_is(st, i + 1, "'s");
         k++) {
        kg_onto_match pm;
        if ((st->toks[k].flags & KG_TOKF_CAP) &&
            ex_match_name(st, st->ntoks, k, &pm) && pm.entity &&
            pm.entity->id && !strcmp(pm.entity->id, e->id))
            return NULL;
    }
    return e;
}

/* "is ready to use military force to protect Kuwaiti tankers",
 * "householders who use force to defend their homes", "the use of
 * force", "seized by force": force as violence, no armed force (an
 * article makes one: "a force of 500 troops", "by the force").
 * Seventeenth session: 2 such subjects on agnews and reuters, both
 * wrong. */
static int ex_abstract_force(const ex_state *st, size_t i)
{
    static const char *const use[] = {"use", "uses", "used", "using",
                                      "of", "by", "with", NULL};
    static const char *const kind[] = {"military", "armed", "excessive",
                                       "deadly", "lethal", NULL};
    size_t j;
    /* (the kind word itself: "military" before such a "force") */
    if (i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], kind) &&
        ex_tok_is(st, i + 1, "force"))
        return ex_abstract_force(st, i + 1);
    if (i == 0 || !ex_tok_is(st, i, "force"))
        return 0;
    j = i - 1;
    if (j > 0 && ex_pronoun_is(&st->toks[j], kind))
        j--;
    return ex_pronoun_is(&st->toks[j], use);
}

/* What a verb "press" after "to" takes ("to press home demands", "to
 * press their claims", "to press charges"), where the media's noun
 * "press" never stands before them (fix29). */
static const char *const ex_press_verb_objects[] = {
    "home", "their", "its", "his", "her", "demands", "claims", "charges",
    NULL};

/* "he will press both Israeli and Palestinian leaders for steps", "would
 * press Tokyo to": "press" right after a modal is the verb (the media
 * never stand there). */
static int ex_press_after_modal(const ex_state *st, size_t i)
{
    static const char *const modals[] = {"will", "would", "could", "should",
                                         "must", "may", "might", "can",
                                         "'ll", NULL};
    return i > 0 && ex_pronoun_is(&st->toks[i - 1], modals);
}

/* Nouns the adjective "firm" qualifies in the corpora ("a firm
 * commitment", "firm orders", "a firm stance"), and "but" of "firm but
 * fair": "firm" before them is no business (ex_find_mentions). */
static const char *const ex_firm_adj_nouns[] = {
    "commitment", "commitments", "stance",   "offer",    "offers",
    "line",       "action",      "evidence", "date",     "decision",
    "response",   "position",    "grip",     "control",  "basis",
    "undertaking", "proposal",   "price",    "prices",   "bid",
    "order",      "orders",      "tone",     "demand",   "trend",
    "footing",    "hand",        "belief",   "pledge",   "promise",
    "assurance",  "assurances",  "guarantee", "timetable", "deadline",
    "views",      "view",        "opposition", "conviction", "but",
    NULL};

/* "World Bank president Barber Conable voiced concern about Brazil's
 * economy and urged the country to draw up a plan", "the Council
 * condemned raids by Rwanda in Congo and demanded the country pull out":
 * "the country" or "the nation" (bare, or with the adjectives
 * ex_country_description reads) that a verb of appeal or demand asks
 * (urge, ask, press, demand, call on, appeal to; then "to" or, after
 * "demand", a bare word) is the country named last before it in the
 * sentence outside a place phrase ("in Congo" locates), else the one of
 * the sentences before.  Returns the tokens from i to the noun and sets
 * *target, or 0. */
static __attribute__((noinline)) size_t
ex_asked_country_at(ex_state *st, size_t i, const kg_entity **target);

/* (asked at every token by ex_coref_noun: the "the" before it first,
 * inline, the rest out of line, ex_asked_country_at) */
static inline size_t ex_asked_country(ex_state *st, size_t i,
                                      const kg_entity **target)
{
    if (i < 2 || !ex_tok_is(st, i - 1, "the"))
        return 0;
    return ex_asked_country_at(st, i, target);
}

static size_t ex_asked_country_at(ex_state *st, size_t i,
                                  const kg_entity **target)
{
    static const char *const askers[] = {
        "urge",    "urges",    "urged",    "urging",   "ask",
        "asks",    "asked",    "asking",   "press",    "presses",
        "pressed", "pressing", "demand",   "demands",  "demanded",
        "demanding", NULL};
    static const char *const calls[] = {"call", "calls", "called",
                                        "calling", NULL};
    static const char *const appeals[] = {"appeal", "appeals", "appealed",
                                          "appealing", NULL};
    static const char *const place[] = {"in", "at", "into", "inside",
                                        "across", "near", NULL};
    size_t n, d, k, e;
    int demand;
    if (i < 2 || !ex_tok_is(st, i - 1, "the"))
        return 0;
    d = i - 1; /* "the" */
    /* (the verb of appeal before the noun's words: few "the" follow
     * one) */
    if (!(ex_pronoun_is(&st->toks[d - 1], askers) ||
          (d >= 2 && (ex_tok_is(st, d - 1, "on") ||
                      ex_tok_is(st, d - 1, "upon")) &&
           ex_pronoun_is(&st->toks[d - 2], calls)) ||
          (d >= 2 && ex_tok_is(st, d - 1, "to") &&
           ex_pronoun_is(&st->toks[d - 2], appeals))))
        return 0;
    if (ex_tok_is(st, i, "country") || ex_tok_is(st, i, "nation"))
        n = 1;
    else if ((n = ex_country_description(st, i)) == 0)
        return 0;
    e = i + n; /* the word after the noun */
    if (e >= st->ntoks)
        return 0;
    demand = !strncmp(st->toks[d - 1].lower, "demand", 6);
    if (!ex_tok_is(st, e, "to") &&
        !(demand && st->toks[e].kind == KG_TOK_WORD &&
          !(st->toks[e].flags & KG_TOKF_CAP)))
        return 0;
    *target = NULL;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        size_t p;
        if (m->t0 >= d || m->dropped || m->ent.is_value ||
            !ex_country_of(st, m->ent.country ? m->ent.country : m->ent.id))
            continue;
        /* ("in the eastern Democratic Republic of Congo (DRC)": a
         * place phrase, up to three words between; the short name in
         * brackets after it is the same place) */
        if (m->t0 > 0 && ex_tok_punct(st, m->t0 - 1, '('))
            continue;
        for (p = m->t0; p-- > 0 && m->t0 - p <= 4;)
            if (ex_pronoun_is(&st->toks[p], place) ||
                st->toks[p].kind != KG_TOK_WORD)
                break;
        if (p != (size_t)-1 && m->t0 - p <= 4 &&
            ex_pronoun_is(&st->toks[p], place))
            continue;
        if (!m->ent.type || strcmp(m->ent.type, "Country") != 0) {
            /* (an organ or a person stands for its state: the country
             * itself is asked; the same lookup as the test above, so
             * an entity whose id is its country is never NULL here) */
            kg_entity *c = kg_arena_calloc(&st->arena, 1, sizeof(*c));
            if (!c)
                return 0;
            ex_as_country(c, ex_country_of(st, m->ent.country
                                                   ? m->ent.country
                                                   : m->ent.id));
            *target = c;
        } else
            *target = &m->ent;
        break;
    }
    if (!*target && st->have_last_country)
        *target = &st->last_country;
    return *target ? n : 0;
}

/* "Rebel soldiers confronted army loyalists", "militia forces burned the
 * village": an armed group's noun in the singular before a noun of
 * forces is one group, the armed group's (REB, UAF), not two (a rebel and
 * the soldiers of the story's state).  Token i starts the group noun of
 * n tokens and sector agent; returns the head's length, or 0.  (Only a
 * singular modifier: in "rebels force the army out" the verb follows.) */
static size_t ex_armed_modifier_head(const ex_state *st, size_t i, size_t n,
                                     const char *agent)
{
    const char *a2 = NULL, *w;
    size_t n2, wl;
    if (!agent || (strcmp(agent, "REB") != 0 && strcmp(agent, "UAF") != 0) ||
        i + n >= st->ntoks || st->toks[i + n].kind != KG_TOK_WORD ||
        (st->toks[i + n].flags & KG_TOKF_CAP))
        return 0;
    w = st->toks[i + n - 1].lower;
    wl = strlen(w);
    if (wl == 0 || w[wl - 1] == 's')
        return 0;
    n2 = ex_match_agent(st, i + n, &a2);
    return n2 && a2 && !strcmp(a2, "MIL") ? n2 : 0;
}

/* "a Boston-based company", "a Texas-based bank", "a Bavaria-based
 * carmaker": is mention pm a town or region of a country (or the country
 * itself, or its nationality) written before "-based", which stands
 * before firm noun i (agent BUS) with at most four trade words between?
 * It says where the firm sits: the firm is that country's business, as
 * "a Paris-based company" is by its capital.  A place of no country
 * ("a Gulf-based company") gives none. */
static int ex_based_place_firm(const ex_state *st, const ex_mention *pm,
                               size_t i, const char *agent)
{
    size_t b, k;
    if (strcmp(agent, "BUS") != 0 || pm->dropped || pm->ent.is_value ||
        /* (a nationality joined to "-based" is its country: "the
         * Swiss-based chemical company"; firm31) */
        (pm->kind == KG_NAME_DEMONYM &&
         strncmp(st->doc->text + pm->end, "-based", 6) != 0) ||
        !pm->ent.type ||
        !ex_country_or_place(pm->ent.type) || !pm->ent.country ||
        strlen(pm->ent.country) != 3)
        return 0;
    /* (or "based" a word of its own: "a Boston based company", "a
     * Boston - based company") */
    if (pm->t1 < st->ntoks && ex_tok_is(st, pm->t1, "based"))
        b = pm->t1 + 1;
    else if (pm->t1 + 1 < st->ntoks && ex_tok_punct(st, pm->t1, '-') &&
             ex_tok_is(st, pm->t1 + 1, "based"))
        b = pm->t1 + 2;
    else if (pm->t1 < st->ntoks && pm->end + 6 <= st->toks[pm->t1].start &&
             !strncmp(st->doc->text + pm->end, "-based", 6))
        b = pm->t1;
    else
        return 0;
    /* ("the Swiss-based chemical and pharmaceutical company", "the
     * Dallas-based oil company": up to four plain lower-case words, or
     * "and" between them, may tell the firm's trade before its noun;
     * firm31) */
    if (b > i || i - b > 4)
        return 0;
    for (k = b; k < i; k++)
        if (!ex_plain_words(st, k, k + 1) &&
            !(k > b && k + 1 < i && ex_tok_is(st, k, "and")))
            return 0;
    return 1;
}

/* "Diplomats in Tokyo said", "Western diplomats in Beijing", "Ankara-based
 * diplomats": diplomats placed in a capital or based there are the
 * foreign ones posted to it (a state's own are its foreign ministry's
 * officials, and wire copy gives them their nationality: "Japanese
 * diplomats in Beijing"), so the place gives them no state.  Group noun
 * i of n tokens; where: 1 for a place written before "-based" or
 * "based", 2 for "in" or "based in" after the noun, else 0. */
static int ex_posted_diplomats(const ex_state *st, size_t i, size_t n)
{
    static const char *const nouns[] = {"diplomat", "diplomats",
                                        "ambassadors", NULL};
    size_t j = i + n;
    if (!ex_pronoun_is(&st->toks[j - 1], nouns))
        return 0;
    if (i > 0 && (ex_tok_is(st, i - 1, "based") ||
                  ex_ends_with(st->toks[i - 1].lower, "-based")))
        return 1;
    if (j + 1 < st->ntoks && ex_tok_is(st, j, "based") &&
        ex_tok_is(st, j + 1, "in"))
        return 2;
    return j < st->ntoks && ex_tok_is(st, j, "in") ? 2 : 0;
}

/* "Western diplomats said", "diplomats said", "one diplomat said": wire
 * copy quotes diplomats posted to the country it reports from, foreign
 * to it, and names their state when it knows it ("Japanese diplomats").
 * So a diplomat noun with no owner of its own (group noun i of n tokens,
 * head "diplomat" or "diplomats") is no diplomat of the story's state,
 * nor of a state the sentence names ("diplomats said the Community is
 * keen to negotiate with Tokyo"): of the three corpora's 90 such mentions
 * read from the story, the story confirmed none (actor32; a Belgian
 * "diplomats ... They agreed" was BELGOV).  One exception: a story that
 * has named one state's diplomats ("Soviet diplomats ... the diplomats
 * said") means them by the bare noun; not after a word that names them
 * as foreign or of a region ("Western diplomats").  Returns that state,
 * or NULL; *bare is set for a head noun this reading covers. */
static const kg_onto_entity *ex_story_diplomats(const ex_state *st, size_t i,
                                                size_t n, int *bare)
{
    static const char *const nouns[] = {"diplomat", "diplomats", NULL};
    static const char *const regions[] = {
        "western", "foreign", "european", "arab",    "asian", "african",
        "eastern", "other",   "allied",   "non-aligned", "gulf", "latin",
        "third-world", "overseas", "international", NULL};
    *bare = ex_pronoun_is(&st->toks[i + n - 1], nouns);
    if (!*bare || st->dipl_mixed || !st->dipl_state)
        return NULL;
    if (i > 0 && ex_pronoun_is(&st->toks[i - 1], regions))
        return NULL;
    return st->dipl_state;
}

/* Posted diplomats (ex_posted_diplomats), tokens i..i+n: an actor of
 * no known state, a mention with no code, so that neither the capital
 * they are placed in nor an actor further on is read as the one who
 * acts ("Diplomats in Tokyo accused Seoul" is no act of Japan's). */
static int ex_foreign_diplomats(ex_state *st, size_t i, size_t n,
                                size_t *used)
{
    kg_entity *g = kg_arena_calloc(&st->arena, 1, sizeof(*g));
    int err;
    if (!g)
        return KG_ENOMEM;
    g->id = "UNK_GOV";
    g->label = "foreign diplomats";
    g->type = "Group";
    if ((err = ex_add_coref(st, i, n, g, used)) >= 0 && *used)
        st->ments[st->nments - 1].ent.coref = 0; /* (of no state) */
    return err;
}

/* "The minister flew to Lisbon for talks with government officials",
 * "the envoy, in Ottawa for meetings with trade officials": officials
 * one travels to a country (or stays in it) to meet are that country's,
 * not the traveller's nor the story's.  Group noun at token i: is it the
 * object of "for TALKS with" (at most three words between, none a
 * country's), right after a country or city that "to" or "in" leads?
 * Its country, or NULL.  (A nationality or a possessive, read before
 * this, names the officials' own state: "in Tokyo for talks with U.S.
 * officials".) */
static const kg_onto_entity *ex_trip_host(const ex_state *st, size_t i)
{
    static const char *const talks[] = {
        "talks",        "meeting",     "meetings", "discussions",
        "consultations", "negotiations", NULL};
    const ex_mention *pm;
    size_t w = i, words = 0;
    while (w > 0 && words < 3 && st->toks[w - 1].kind == KG_TOK_WORD &&
           !ex_tok_is(st, w - 1, "with")) {
        const ex_mention *q = ex_found_at(st, w - 1);
        if (q && q->ent.country)
            return NULL;
        w--;
        words++;
    }
    if (w < 5 || !ex_tok_is(st, w - 1, "with") ||
        !ex_pronoun_is(&st->toks[w - 2], talks) ||
        !ex_tok_is(st, w - 3, "for"))
        return NULL;
    pm = ex_found_at(st, w - 4);
    if (!pm || pm->t1 != w - 3 || pm->t0 == 0 || !pm->ent.country ||
        !pm->ent.type || pm->ent.is_value ||
        (strcmp(pm->ent.type, "Country") && strcmp(pm->ent.type, "Place")) ||
        !(ex_tok_is(st, pm->t0 - 1, "to") || ex_tok_is(st, pm->t0 - 1, "in")))
        return NULL;
    return ex_country_of(st, pm->ent.country);
}

/* A party named by its name ("Labour", "the Tories", "Japan's Liberal
 * Democratic Party"): a party's code (PTY) on a mention written with a
 * capital, not the noun "party" or "parties". */
static int ex_named_party(const kg_entity *e)
{
    return e->code && strstr(e->code, "PTY") && e->text &&
           e->text[0] >= 'A' && e->text[0] <= 'Z';
}

/* "The Department of Transportation had asked parties to submit
 * statements", "we are consulting with the parties": the plural "parties"
 * with no word of its own before it (after "the", a preposition or a
 * verb) in a story that has named no political party (no party's code,
 * PTY, among the organisations named before or in the sentence; "the
 * only party voicing opposition" is a noun, no party's name)
 * are the sides of a case, a deal or a conflict, no political parties.
 * Where parties were named ("Labour", "the Tories"), "the parties" are
 * they ("all the parties are stepping up their campaign preparations"). */
static int ex_bare_parties(const ex_state *st, size_t i)
{
    const ex_tok *p;
    size_t k;
    if (i == 0 || !ex_tok_is(st, i, "parties"))
        return 0;
    p = &st->toks[i - 1];
    if (p->kind != KG_TOK_WORD || (p->flags & KG_TOKF_CAP))
        return 0;
    if (!ex_tok_is(st, i - 1, "the") && p->tag != KG_W_PREP &&
        !ex_ends_ed(st, i - 1))
        return 0;
    for (k = 0; k < st->norgs; k++)
        if (ex_named_party(&st->orgs[k]))
            return 0;
    for (k = 0; k < st->nments; k++)
        if (!st->ments[k].dropped && ex_named_party(&st->ments[k].ent))
            return 0;
    return 1;
}

static int ex_coref_noun(ex_state *st, size_t i, int opener, size_t *used)
{
    const kg_entity *target = NULL;
    const char *agent = NULL;
    size_t n = 0, k;
    int err;
    int grouped = 0; /* target is a group noun's own entity (2: with the
                      * state its owner in the sentence gives) */

    *used = 0;
    if (ex_house_names_none(st, i))
        return KG_OK;
    if (i > 0 && i + 1 < st->ntoks && ex_tok_is(st, i, "press") &&
        ex_tok_is(st, i - 1, "to") &&
        (ex_tok_is(st, i + 1, "ahead") || ex_tok_is(st, i + 1, "on") ||
         ex_tok_is(st, i + 1, "for") ||
         ex_pronoun_is(&st->toks[i + 1], ex_press_verb_objects)))
        return KG_OK; /* "urged Jakarta to press ahead with reforms", "to
                         press on with", "closed down to press for higher
                         prices", "warning strikes to press home demands",
                         "to press their claims": the verb, not the media
                         ("spoke to the press" has its article) */
    if (i > 0 && ex_tok_is(st, i, "press") && ex_press_after_modal(st, i))
        return KG_OK;
    if ((n = ex_euro_members(st, i)) > 0) {
        const kg_onto_entity *eu = kg_onto__entity(st->onto, "EU");
        kg_entity *e;
        if (!eu)
            return KG_OK;
        if (!(e = kg_arena_calloc(&st->arena, 1, sizeof(*e))))
            return KG_ENOMEM;
        e->id = eu->id;
        e->label = eu->label;
        e->type = eu->type;
        e->code = eu->code;
        if ((err = ex_add_coref(st, i, n, e, used)) < 0 || !*used)
            return err;
        /* (a name of the body, as "its EU partners" is: not a noun
         * standing for an actor named before, which "its" would make
         * the subject's own) */
        st->ments[st->nments - 1].kind = KG_NAME_PROPER;
        st->ments[st->nments - 1].ent.coref = 0;
        return KG_OK;
    }
    if ((n = ex_match_agent(st, i, &agent)) > 0) {
        int poss, foreign = 0, lenders;
        const kg_onto_entity *dipl = NULL; /* ex_story_diplomats */
        /* (bare diplomats of no state known: read where a state would
         * be, below) */
        int foreign_dipl = 0;
        n += ex_armed_modifier_head(st, i, n, agent);
        const ex_mention *ap = NULL;
        const kg_onto_entity *owner = ex_owner_country(st, i, agent, &poss);
        static const char *const acts[] = {
            "action",   "operation", "operations", "offensive", "strike",
            "strikes",  "clashes",   "exercises",  "drills",    "aid",
            "assistance", "support", "cooperation", "ties",     "presence",
            "buildup",  "intervention", "crackdown",
            /* "condemned reported military actions by Rwanda": the act's
             * kind; its doer is after "by" */
            "actions",  "activity", "activities", "manoeuvres", "maneuvers",
            NULL};
        /* ("both parties" stays: in British politics, Labour and the
         * Tories) */
        /* nouns an adjective "official" qualifies (the corpora's
         * "official figures", "official prices", "official reserves") */
        static const char *const papers[] = {
            "prices",    "price",     "figures",    "figure",   "sources",
            "source",    "reserves",  "statistics", "data",     "estimates",
            "estimate",  "report",    "reports",    "selling",  "signup",
            "plantings", "support",   "creditors",  "debt",     "debts",
            "rate",      "rates",     "volume",     "forecast", "forecasts",
            "statement", "announcement", "release", "website", NULL};
        static const char *const sides[] = {
            "all",      "two",      "three",     "interested", "third",
            "several",  "various",  "concerned", "relevant",   "warring",
            "contracting", "unidentified", "potential", "outside",
            "private",  "related",  "working",   "injured",    "guilty",
            NULL};
        const char *last = st->toks[i + n - 1].lower;
        size_t nl = strlen(last);
        if (!opener && strcmp(agent, "GOV") != 0 && i + n < st->ntoks &&
            !(st->toks[i].flags & KG_TOKF_CAP) &&
            ex_pronoun_is(&st->toks[i + n], acts) &&
            !(nl > 2 && last[nl - 1] == '\'' && last[nl - 2] == 's')) {
            /* "military strikes", "police action": a bare sector noun
             * before the act names its kind, no actor (whose act it is
             * the sentence says elsewhere: "Rwanda's threat to launch
             * military strikes"); not a possessive's, whose act it is:
             * "the miners' strike" */
            *used = n;
            return KG_OK;
        }
        if (!strcmp(agent, "GOV") && ex_tok_is(st, i, "official") &&
            i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i + 1], papers)) {
            /* "its official plantings report", "defend official selling
             * prices", "Official sources said": the adjective, no
             * official (one acts: "an official said", "the official
             * spokesman") */
            *used = n;
            return KG_OK;
        }
        if (n == 1 && ex_tok_is(st, i, "firm") && i + 1 < st->ntoks &&
            ex_pronoun_is(&st->toks[i + 1], ex_firm_adj_nouns)) {
            /* "made a firm commitment to", "took a firm stance against",
             * "a firm offer", "a 'firm but fair' policy": the adjective,
             * no firm (one acts: "the firm said", "the firm signed") */
            *used = n;
            return KG_OK;
        }
        if (!strcmp(agent, "PTY") &&
            (((ex_tok_is(st, i, "parties") || ex_tok_is(st, i, "party")) &&
              i > 0 && ex_pronoun_is(&st->toks[i - 1], sides)) ||
             ex_bare_parties(st, i))) {
            /* "urged all parties to observe the ceasefire", "talks with
             * interested parties", "the two parties have agreed": the
             * sides of a conflict or a deal, no political parties (those
             * are named so: "political parties", "opposition parties");
             * so is "a third party", "related party transactions", "the
             * guilty party", and "a working party" is a committee */
            return KG_OK;
        }
        if (ex_tok_is(st, i, "criminal") && i + 1 < st->ntoks &&
            ex_pronoun_is(&st->toks[i + 1], ex_legal_nouns)) {
            /* "opened a criminal investigation", "faces criminal
             * charges": the law's kind, no criminal */
            *used = n;
            return KG_OK;
        }
        if (!strcmp(agent, "GOV") && ex_official_not_state(st, i, n)) {
            *used = n; /* "official figures", "company officials" */
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
        if (ex_abstract_force(st, i)) {
            *used = n;
            return KG_OK;
        }
        if (!poss && (owner = ex_person_possessor_country(st, i)) != NULL)
            poss = 1; /* "Putin said his government" */
        if (!poss &&
            (owner = ex_shared_modifier_country(st, i, agent)) != NULL)
            poss = 1; /* "Danish police and army" */
        if (!poss && !strcmp(agent, "GOV") &&
            ex_posted_diplomats(st, i, n) == 1) /* "Beijing-based" */
            return ex_foreign_diplomats(st, i, n, used);
        if (!poss && i > 0) {
            /* "Indonesian government negotiators", "Turkish army
             * officers": the people of a state organ named right before
             * are that state's (not the dateline's: "HELSINKI (Reuters) -
             * Indonesian government negotiators") */
            for (k = 0; k < st->nments; k++) {
                const ex_mention *pm = &st->ments[k];
                if (pm->t1 == i && !pm->dropped && !pm->ent.is_value &&
                    pm->ent.type && !strcmp(pm->ent.type, "Country") &&
                    pm->ent.country && pm->ent.code &&
                    strlen(pm->ent.code) > 3 &&
                    (owner = ex_country_of(st, pm->ent.country)) != NULL) {
                    poss = 1;
                    break;
                }
                if (ex_based_place_firm(st, pm, i, agent) &&
                    (owner = ex_country_of(st, pm->ent.country)) != NULL) {
                    /* (the place only tells where the firm sits: no
                     * party of its own, "to buy back the Dallas-based
                     * oil company's holdings" acts on no Dallas; firm31) */
                    st->ments[k].dropped = 1;
                    poss = 1;
                    break;
                }
                /* "Japanese trade officials", "Brazilian finance
                 * officials": a nationality, an adjective ("Americans
                 * killed rebels" is none), alone before the noun's one
                 * modifier ("American and Soviet arms
                 * negotiators" are both's), not the dateline's
                 * (reuters21578's "a visit here by Japanese trade
                 * officials" under WASHINGTON was USAGOV) */
                if (pm->kind == KG_NAME_DEMONYM && !pm->dropped &&
                    pm->t1 + 1 == i && pm->ent.country &&
                    ex_plain_words(st, pm->t1, i) &&
                    !ex_ends_with(st->toks[pm->t1 - 1].lower, "s") &&
                    !(pm->t0 > 0 && (ex_tok_is(st, pm->t0 - 1, "and") ||
                                     ex_tok_is(st, pm->t0 - 1, "or") ||
                                     ex_tok_punct(st, pm->t0 - 1, ','))) &&
                    (owner = ex_country_of(st, pm->ent.country)) != NULL) {
                    poss = 1;
                    break;
                }
            }
        }
        if (!poss && !strcmp(agent, "GOV") &&
            ex_posted_diplomats(st, i, n) == 2) /* "in Tokyo" */
            return ex_foreign_diplomats(st, i, n, used);
        if (!strcmp(agent, "GOV") && !poss) {
            int bare = 0;
            dipl = ex_story_diplomats(st, i, n, &bare);
            foreign_dipl = bare && !dipl;
        }
        if (ex_vessel_unowned(st, i, n, poss)) {
            *used = n; /* "offered warships to escort the tankers" */
            return KG_OK;
        }
        if (strcmp(agent, "GOV") == 0 && !poss &&
            ex_tok_is(st, i + n - 1, "governments") &&
            ex_of_name_list(st, i + n)) {
            /* "the governments of France and Germany": each state of the
             * list, no mention of the first alone (relations read the
             * plural noun and "of" for the list: ex_officials_of) */
            *used = n;
            return KG_OK;
        }
        if (strcmp(agent, "GOV") == 0) {
            /* "the government": the state named with it ("the
             * government of Sudan") or the article's; else whose?  (An
             * unnamed ---GOV node was tried: it cost the PETRARCH unit
             * suite 8 events and added 11 extras.) */
            /* ("Supported by the Reagan administration, China argued":
             * the leader named right before heads it, whatever country
             * comes after it or the story names most) */
            const kg_onto_entity *lead =
                poss ? NULL : ex_leader_named_before(st, i);
            const kg_onto_entity *home =
                poss ? owner : dipl ? dipl : lead ? lead
                                     : ex_placed_country(st, i + n);
            kg_entity *g;
            if (!home && !poss)
                home = ex_trip_host(st, i);
            /* the asker's own government before the article's country:
             * "Japan's business group Keidanren urged the government" in
             * a story most about the U.S. */
            if (!home && !poss && ex_tok_is(st, i + n - 1, "government") &&
                ex_asked_government(st, i))
                home = ex_domestic_government(st, i);
            /* ("talk to governments", "help from foreign governments":
             * several states', not the story's; nor is a delegation, a
             * negotiator or an envoy, who deals with another side, nor
             * one visiting) */
            if (!home && !poss && !ex_go_between(st, i, n))
                home = ex_sentence_organ_state(st, i);
            if (!home && !poss && !ex_go_between(st, i, n) &&
                !ex_dateline_elsewhere(st)) {
                const kg_onto_entity *parts;
                home = ex_home_country(st);
                if ((parts = ex_parts_outweigh_home(st, home)) != NULL)
                    home = parts;
            }
            if (!home && !poss && ex_tok_is(st, i + n - 1, "government"))
                home = ex_leader_government(st, i + n);
            if (!home && !poss && !ex_go_between(st, i, n))
                home = ex_organ_home(st, i);
            if (!home && !poss && i > 0 && ex_tok_is(st, i - 1, "the") &&
                ex_tok_is(st, i + n - 1, "government"))
                home = ex_owner_country_before(st, i);
            if (!home && !poss && i > 0 && ex_tok_is(st, i - 1, "the") &&
                ex_tok_is(st, i + n - 1, "government") &&
                !ex_go_between(st, i, n))
                home = ex_sole_story_country(st, i);
            if (!home || (st->toks[i + n - 1].flags & KG_TOKF_CAP && !opener))
                return KG_OK;
            /* (where a state would be read for bare diplomats, they are
             * none of it: ex_story_diplomats) */
            if (foreign_dipl)
                return ex_foreign_diplomats(st, i, n, used);
            if (!(g = kg_arena_calloc(&st->arena, 1, sizeof(*g))))
                return KG_ENOMEM;
            g->id = home->id;
            g->label = home->label;
            g->type = home->type;
            g->country = home->id;
            if (!(g->code = ex_concat(st, home->id, "GOV")))
                return KG_ENOMEM;
            target = g;
            grouped = poss ? 2 : 1;
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
        /* "The bank said two loans will support Jamaica's programme"
         * after "The World Bank said it approved loans to Jamaica": "the
         * bank" is a bank named before (ex_last_named_bank), no business
         * of the story's country (on reuters21578 the World Bank's,
         * the Export-Import Bank's and the IDB's loans) */
        if (!target && !poss && !foreign && n == 1 && i > 0 &&
            !strcmp(agent, "BUS") && ex_tok_is(st, i, "bank") &&
            ex_tok_is(st, i - 1, "the"))
            target = ex_last_named_bank(st);
        /* "Volkswagen raised its prices ... The company also said": "the"
         * and a singular noun of business is the firm named last
         * (ex_last_named_firm), not a firm of the story's country */
        if (!target && !poss && !foreign && i > 0 &&
            !strcmp(agent, "BUS") && !ex_tok_is(st, i + n - 1, "bank") &&
            !ex_ends_with(st->toks[i + n - 1].lower, "s") &&
            ex_tok_is(st, i - 1, "the"))
            target = ex_last_named_firm(st, i);
        /* "13 international aid agencies" expelled from Darfur, "foreign
         * aid groups" in Sudan: aid agencies from abroad are nobody's
         * there, NGO with no country (the record's code) */
        if (!poss && !strcmp(agent, "NGO") && i > 0 &&
            (ex_tok_is(st, i - 1, "international") ||
             ex_tok_is(st, i - 1, "foreign")))
            foreign = 2;
        /* "Unidentified jets attacked three Iranian oil rigs in the
         * Gulf" (under a BAHRAIN dateline): a state's forces of no known
         * state are no one's, neither the dateline's nor the place's */
        if (!poss && !strcmp(agent, "MIL") && i > 0 &&
            (ex_tok_is(st, i - 1, "unidentified") ||
             ex_tok_is(st, i - 1, "unknown") ||
             ex_tok_is(st, i - 1, "unmarked")))
            foreign = 2;
        /* "Banks had been pressing Brazil to pay" after "interest
         * payments to the banks" in a story about Brazil: lenders of a
         * state named are none of the banks of the story's country named
         * before (BRABUS), but of no country, as read below ("the
         * bank" alone is one named before: ex_last_named_bank) */
        lenders = !poss && !foreign && !strcmp(agent, "BUS") &&
                  !ex_placed_country(st, i + n) &&
                  ex_lenders_of_a_state(st, i, n);
        for (k = poss || foreign ? 0 : st->ngroups; !target && k-- > 0;) {
            const char *code = st->groups[k].code;
            size_t cl = code ? strlen(code) : 0, al = strlen(agent);
            if (lenders && code && strncmp(code, "---", 3) != 0 &&
                !(n == 1 && i > 0 && ex_tok_is(st, i, "bank") &&
                  ex_tok_is(st, i - 1, "the")))
                continue;
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
                poss           ? owner
                : foreign == 2 ? NULL
                : foreign      ? ex_placed_country(st, i + n)
                : ex_in_list(ex_armed_agents, agent)
                    ? ex_armed_named_before(st, i, i + n, agent)
                    : ex_named_country(st, i + n);
            if (home && lenders)
                home = NULL; /* "Chile reached agreement with banks" */
            /* "congressional leaders", "a congressional committee": the
             * adjective names a Congress, the US's as bare "Congress" is
             * (ex_congressional_home), not the country the sentence
             * names ("Congressional leaders criticised Japan") */
            if (!poss && !foreign && !strcmp(agent, "LEG") &&
                ex_tok_is(st, i, "congressional") &&
                !ex_placed_country(st, i + n))
                home = ex_congressional_home(st);
            /* (the story's country is no owner of "the opposition" of a
             * sentence about another state's ruling party) */
            if (home && !poss && !foreign && !strcmp(agent, "OPP") &&
                !ex_placed_country(st, i + n) &&
                ex_sentence_party_state(st))
                home = ex_sentence_party_state(st);
            /* (a state's organs and firms; the people, workers and
             * farmers of the dateline's place stay its own: "Afghan
             * warplanes killed 22 people" under ISLAMABAD) */
            if (home && !poss && !foreign &&
                (ex_state_organ(agent) || !strcmp(agent, "BUS")) &&
                !ex_in_list(ex_armed_agents, agent) &&
                !ex_placed_country(st, i + n) && ex_dateline_elsewhere(st))
                home = NULL;
            if (!home && !poss && !foreign && strcmp(agent, "BUS") != 0 &&
                !ex_in_list(ex_armed_agents, agent)) /* (armed: tried above) */
                home = ex_same_group_before(st, i, agent);
            /* "Government warplanes pounded rebel-held towns in northern
             * Ivory Coast", "government troops killed 20 rebels in
             * Uganda": a government's forces fight at home, so the place
             * of their act is their state's, as for unnamed armed men
             * (ex_armed_group_country) */
            if (!home && !poss && !foreign &&
                (!strcmp(agent, "MIL") || !strcmp(agent, "COP")) &&
                ((n > 1 && ex_tok_is(st, i, "government")) ||
                 (i > 0 && ex_tok_is(st, i - 1, "government"))))
                home = ex_armed_group_country(st, i, i + n);
            /* "protesters demonstrated outside BBC buildings across the
             * UK", "In Ukraine he was pelted by protesters": unnamed
             * protesters are the people of the place the sentence sets
             * their protest in, as unnamed armed men are
             * (ex_armed_group_country); not other civilians ("killing
             * two people" in a battle: whose victims is another matter) */
            if (!home && !poss && !foreign && !strcmp(agent, "CVL") &&
                ex_protest_crowd(st, i + n - 1))
                home = ex_crowd_place_country(st, i, n);
            char id[32];
            if (!home && !poss && !foreign && i > 0 &&
                ex_tok_is(st, i - 1, "the") &&
                !(i > 1 && ex_tok_is(st, i - 2, "and")) &&
                ex_in_list(ex_home_organs, agent))
                home = ex_earlier_country(st, i);
            /* "MPs urged ministers", "the opposition said" in a story of
             * the Tories and the Commons: Britain's (ex_organ_home) */
            if (!home && !poss && !foreign &&
                ex_in_list(ex_organ_home_agents, agent))
                home = ex_organ_home(st, i);
            /* "a national strike by 40,000 seamen" at "Brazilian ports",
             * "miners ... a spokesman for the union told the South
             * African Press Association": workers and unions of no
             * country named for them, in a story with no country of its
             * own, are those of the one country the sentence's actors
             * found so far name (ex_sentence_country; none when they
             * name none or two): strikes and pay talks are a country's
             * own affair, as the dev gold codes "40,000 seamen" of "11
             * key Brazilian ports" BRALAB */
            if (!home && !poss && !foreign && !strcmp(agent, "LAB"))
                home = ex_sentence_country(st, NULL);
            if (home && !poss && !foreign && !strcmp(home->id, "USA") &&
                (ex_tok_is(st, i + n - 1, "mps") ||
                 ex_tok_is(st, i + n - 1, "mp")) &&
                !ex_placed_country(st, i + n))
                home = ex_parliament_home(st);
            if (!poss && !foreign && n == 1 &&
                (st->toks[i].flags & KG_TOKF_CAP) &&
                (ex_tok_is(st, i, "senate") || ex_tok_is(st, i, "house")) &&
                !ex_placed_country(st, i + n))
                /* "the Senate", "the House" with no country in the
                 * phrase are the US Congress's chambers, as PETRARCH's
                 * Phoenix.Countries.actors codes bare SENATE_ (USAGOVLEG)
                 * and kg bare "Congress", also in a story about another
                 * country ("Abe met Senate leaders", the Senate's
                 * vote on Japan's chips); "the House" of a story that
                 * speaks of MPs, the Commons or the Lords is Britain's */
                home = ex_country_of(
                    st, ex_tok_is(st, i, "house") && ex_commons_story(st)
                            ? "GBR"
                            : "USA");
            /* "Chile reached agreement with commercial banks on debt
             * rescheduling", "Banks had been pressing Brazil", "talks
             * with the creditor banks' steering committee": a state's
             * lenders of no country named are no actor, as the dev gold
             * codes none of its 30-odd sentences of a state and its
             * creditor banks (tools/eval/realnews/README.md, debt27);
             * "Japanese creditor banks" and a bank named before stay */
            int no_actor = !home && !poss && foreign != 2 &&
                           !strcmp(agent, "BUS") &&
                           ex_lenders_of_a_state(st, i, n);
            if (!home && !poss && !foreign &&
                (ex_unresolved_firm(st, i, n, agent) ||
                 ex_unresolved_owner(st, i, agent))) {
                *used = n; /* "The company said it would appeal" */
                return KG_OK;
            }
            if (!g)
                return KG_ENOMEM;
            ex_join(id, sizeof(id),
                    (const char *[]){home ? home->id : "UNK", "_", agent,
                                     NULL});
            g->id = ex_strndup(st, id, strlen(id));
            g->code = no_actor ? ""
                               : ex_concat(st, home ? home->id : "---", agent);
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
            grouped = poss ? 2 : 1;
        }
    } else if ((n = ex_asked_country(st, i, &target)) > 0) {
        /* "urged the country to": see ex_asked_country */
    } else if (st->have_last_country &&
               (n = ex_country_description(st, i)) > 0) {
        /* "the war-torn country": described with an adjective, a country
         * is one named in an earlier sentence (within its own sentence a
         * writer says "it") */
        target = &st->last_country;
    } else if ((n = ex_dateline_town(st, i)) > 0) {
        /* "in this southern port city": the dateline's place */
        const kg_onto_entity *p = st->dateline_place;
        kg_entity *e = kg_arena_calloc(&st->arena, 1, sizeof(*e));
        if (!e)
            return KG_ENOMEM;
        e->id = p->id;
        e->label = p->label;
        e->type = p->type;
        e->country = p->country ? p->country : p->id;
        e->code = p->code ? p->code : e->country;
        target = e;
    } else if (i > 0 && ex_tok_is(st, i - 1, "the") &&
               (ex_tok_is(st, i, "alliance") || ex_tok_is(st, i, "bloc"))) {
        /* the last organisation: in this sentence, else remembered */
        for (k = st->nments; k-- > 0;) {
            const kg_entity *e = &st->ments[k].ent;
            if (!st->ments[k].dropped && !e->is_value &&
                ex_group_or_org(e->type)) {
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
    if ((err = ex_add_coref(st, i, n, target, used)) < 0 || !*used ||
        !grouped)
        return err;
    /* a group noun read here ("the army", "police", "the government") is
     * named by its own words; its state, when it has one, comes from this
     * sentence's words ("Sudan's army", "Iranian authorities", "the army
     * of Sudan": grouped 2) or may come from the story: ex_settle_coref
     * tells which */
    st->ments[st->nments - 1].ent.coref =
        !target->country ? 0
        : grouped == 1   ? EX_COREF_GROUP_STORY
                         : EX_COREF_GROUP_OWNED;
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
    "university", "college",   NULL};

/* Words that end a company's name only as its last word ("Asiana Air",
 * "Singapore Airlines", "Kenya Airways", "Columbia Pictures", "Hyundai
 * Motors", "Universal Studios"): a two- or three-word name ending in one
 * is a firm, not a person's first and last name.  Not inside a name:
 * "Israel Air Force" is the air force. */
static const char *const ex_company_heads[] = {
    "air",    "airline", "airlines", "airways", "pictures",
    "studios", "motor",  "motors",   "entertainment", NULL};

/* Is token k a word of ex_company_heads that ends a capitalised run? */
static int ex_company_head_at(const ex_state *st, size_t k, size_t n)
{
    return ex_pronoun_is(&st->toks[k], ex_company_heads) &&
           !(k + 1 < n && st->toks[k + 1].kind == KG_TOK_WORD &&
             (st->toks[k + 1].flags & KG_TOKF_CAP));
}

static const char *const ex_place_words[] = {
    "city",   "coast",    "east",   "gulf",   "island",
    "islands", "north",    "peninsula", "province", "region", "republic",
    "sea",    "south",     "strip",    "valley", "west",   "york", NULL};

static const char *const ex_site_nouns[] = {
    "crossing", "dam", "reservoir", "airfield", "airbase", "oilfield",
    "refinery", "pipeline", "reactor", "canal", "corridor", "border",
    "checkpoint", NULL};
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
const char *const ex_directions[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern",
    "western", "central", "northeastern", "northwestern", "southeastern",
    "southwestern", "northeast", "northwest", "southeast", "southwest",
    "upper", "lower", NULL};

/* The compass points that lead a place with "of" ("north of Baghdad",
 * "a fresh offensive east of Basra"). */
const char *const ex_compass_points[] = {
    "north", "south", "east", "west", "northeast", "northwest", "southeast",
    "southwest", NULL};

/* Words that are capitalised for other reasons than being names. */
static const char *const ex_not_name_words[] = {
    "mr", "mrs", "ms", "dr", "sir", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "january", "february",
    "march", "april", "june", "july", "august", "september", "october",
    "november", "december", "god", "internet", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "sen",
    "gov", "rep", "gen", "col", "lt", "sgt", "capt", "st", NULL};
/* (asked of every capitalised word: the list's first bytes first) */
EX_WORD_GATE(ex_not_name_gate, ex_not_name_words);

static int ex_not_a_name(const ex_state *st, size_t i)
{
    const char *agent;
    if (st->toks[i].tag != KG_W_NONE)
        return 1;
    if (ex_word_gate_may(&ex_not_name_gate, st->toks[i].lower) &&
        ex_pronoun_is(&st->toks[i], ex_not_name_words))
        return 1;
    /* a title (President, Minister) introduces a name; it is not one */
    return ex_match_title(st, i, &agent) > 0;
}

/* "Garissa University College in eastern Kenya", "Baga in northeastern
 * Nigeria": the country an unknown name ending at token j is placed in
 * by "in" (an article and direction words may come between), or NULL.
 * The country must end there: "in Kenya Airways" names no place.  With
 * places set, a place kg knows gives its country too ("Zorgo, a village
 * in Darfur": ex_town_apposition); with places 2, "on" places a site as
 * "in" does ("the Kakhovka dam on the Dnipro"). */
static const char *ex_placed_in_country_of(const ex_state *st, size_t j,
                                           int places)
{
    kg_onto_match cm;
    size_t k = j + 1;
    if (j >= st->ntoks ||
        !(ex_tok_is(st, j, "in") || (places == 2 && ex_tok_is(st, j, "on"))))
        return NULL;
    if (k < st->ntoks && ex_tok_is(st, k, "the"))
        k++;
    while (k < st->ntoks && ex_pronoun_is(&st->toks[k], ex_directions))
        k++;
    if (k >= st->ntoks || !ex_match_name(st, st->ntoks, k, &cm) ||
        (strcmp(cm.entity->type, "Country") != 0 &&
         !(places && !strcmp(cm.entity->type, "Place") &&
           cm.entity->country)))
        return NULL;
    k += cm.ntok;
    /* (in an apposition, "a village in Iraq's Diyala province" is in
     * Iraq) */
    if (places && k < st->ntoks && ex_tok_possessive(st, k))
        return strcmp(cm.entity->type, "Country") ? NULL : cm.entity->id;
    if (k < st->ntoks && st->toks[k].kind == KG_TOK_WORD &&
        ((st->toks[k].flags & KG_TOKF_CAP) || ex_tok_possessive(st, k)))
        return NULL;
    return strcmp(cm.entity->type, "Country") ? cm.entity->country
                                              : cm.entity->id;
}

static const char *ex_placed_in_country(const ex_state *st, size_t j)
{
    return ex_placed_in_country_of(st, j, 0);
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

/* Lower-case particles inside Arabic, Spanish and Portuguese names
 * ("bin", "ibn", "abu", "de", "da", "del", "y"): a name goes on after
 * them. */
static const char *const ex_name_particles[] = {"bin", "ibn", "bint", "abu",
                                                "de",  "da",  "del",  "y",
                                                NULL};

/* Does the ';'-separated list of formal names of ("james") hold a word
 * of the person's label or aliases? */
static int ex_names_share(const kg_onto_entity *e, const char *of)
{
    char w[64];
    const char *p = of;
    while (p && *p) {
        size_t n = strcspn(p, ";");
        if (n > 0 && n < sizeof(w)) {
            memcpy(w, p, n);
            w[n] = '\0';
            if ((e->label && ex_names_have_word(e->label, w)) ||
                (e->aliases && ex_names_have_word(e->aliases, w)))
                return 1;
        }
        p += n;
        if (*p)
            p++;
    }
    return 0;
}

/* Is the given name at token g one of person e's own: a word of the
 * label or aliases, or a short or formal form of one ("Jim Baker" is
 * James Baker; given_names.tsv's "of")?  The label's first word's forms
 * count both ways ("William Clinton" for Bill Clinton). */
static int ex_own_given_name(const ex_state *st, size_t g,
                             const kg_onto_entity *e)
{
    const char *key = st->toks[g].key, *of, *sp;
    char first[64]; /* the label's first word, folded */
    if ((e->label && ex_names_have_word(e->label, key)) ||
        (e->aliases && ex_names_have_word(e->aliases, key)))
        return 1;
    of = kg_onto__given_name(st->onto, key);
    if (of && *of && ex_names_share(e, of))
        return 1;
    if (e->label && (sp = strchr(e->label, ' ')) != NULL &&
        (size_t)(sp - e->label) < sizeof(first) &&
        kg_onto__token_key_ascii(e->label, (size_t)(sp - e->label), first) !=
            (size_t)-1 &&
        (of = kg_onto__given_name(st->onto, first)) != NULL && *of &&
        ex_names_have_word(of, key))
        return 1;
    return 0;
}

/* Are the letters of token g ("J", "CJ": initials news writes without
 * dots before a surname, in results, team sheets and credits) someone's
 * other than person e, the office holder the gazetteer knows by the
 * surname?  News names an office holder by given name or dotted
 * initials; bare letters are a list's style ("J Johnson (Herne Hill
 * Harriers)", "M McCurry", the referee, not Mike McCurry).  Not a title
 * or a role's abbreviation ("British PM Blair", "Indian FM", "MK" for a
 * member of the Knesset), nor "A" or "I". */
static int ex_other_initials(const ex_state *st, size_t g,
                             const kg_onto_entity *e)
{
    static const char *const roles[] = {"pm", "mp", "dj", "gm", "vp", "qc",
                                        "mc", "fm", "mk", NULL};
    const ex_tok *t = &st->toks[g];
    const char *ag;
    size_t len = t->end - t->start;
    if (len > 2 || (len == 2 && !(t->flags & KG_TOKF_ALLCAPS)) ||
        (len == 1 && (!(t->flags & KG_TOKF_CAP) || !strcmp(t->key, "a") ||
                      !strcmp(t->key, "i"))) ||
        ex_match_title(st, g, &ag) || ex_pronoun_is(t, ex_honorifics) ||
        ex_pronoun_is(t, roles))
        return 0;
    /* two letters that are the initials of the person's own given names
     * ("JF Kennedy" for John F. Kennedy) are his; one letter may be
     * anyone's ("M McCurry") */
    if (len == 2 && e && e->label) {
        const char *p = e->label, *sp;
        char ini[3];
        size_t k = 0;
        while (k < 3 && (sp = strchr(p, ' ')) != NULL) {
            ini[k++] = (char)((unsigned char)*p | 0x20);
            p = sp + 1;
        }
        if (k == 2 && ini[0] == t->key[0] && ini[1] == t->key[1])
            return 0;
    }
    return 1;
}

/* Does the name kg matched at token j for person e ("Fernandez Ordonez"
 * for Francisco Fernandez Ordonez) open with a word that is not the
 * first word of e's label, a surname of two words or more written
 * without the given name?  Then a given name before it (given_names.tsv,
 * ex_other_given_name asks) may be another person's ("Miguel Angel
 * Fernandez Ordonez", his brother), as for a one-word surname; a full
 * name ("Tony Blair") opens with the label's first word and is the
 * entry's own, and a title or an honorific before an alias with an
 * initial or a middle name ("Texan H. Ross Perot", "Hojatoleslam
 * Hashemi Rafsanjani") is no given name. */
static int ex_double_surname_at(const ex_state *st, size_t j,
                                const kg_onto_entity *e)
{
    const char *l = e->label, *sp;
    size_t n;
    if (!l || !(sp = strchr(l, ' ')) || j >= st->ntoks)
        return 0;
    n = (size_t)(sp - l);
    return !(strlen(st->toks[j].key) == n &&
             !strncasecmp(st->toks[j].key, l, n));
}

/* "Gerhard Stoltenberg": a person known by the surname alone (Jens
 * Stoltenberg) after a capitalised given name that is not one of the
 * entry's names is someone else, so the unknown name run at i goes on
 * over the surname at j; so does a surname of two words written without
 * the entry's first name ("Miguel Angel Fernandez Ordonez":
 * ex_double_surname_at).  So are initials written without dots that are
 * not the person's ("J Johnson (Herne Hill Harriers)", "JJ Johnson's
 * trombone": ex_other_initials).  At a sentence opener, where the word
 * before may be capitalised for its position ("Meanwhile Putin said",
 * "Lord Kinnock"), only a given name counts (given_names.tsv, or a
 * person's first name in people.tsv: kg_onto__given_name): "Jade
 * Johnson edged out", "Philip Bigley said" are other people than Boris
 * Johnson and Ken Bigley (left29 found 7 such on the three corpora). */
static int ex_other_given_name(const ex_state *st, size_t i, size_t j,
                               const kg_onto_match *gm)
{
    /* ("Christian Democrat Andreotti", "Socialist Craxi": a party's
     * member before the surname, no given name) */
    static const char *const members[] = {
        "democrat", "republican", "socialist", "communist", "conservative",
        "liberal",  "labour",     "tory",      "gaullist",  "nationalist",
        NULL};
    const kg_onto_entity *e = gm->entity;
    size_t g = j - 1; /* the given name's token */
    /* "Edson de Castro", "Saad bin Laden": the word before a particle
     * ("de", "bin") between it and the surname */
    if (g > i && ex_pronoun_is(&st->toks[g], ex_name_particles))
        g--;
    if (!e || !e->type || strcmp(e->type, "Person") != 0 ||
        /* (a surname of two words: only after a given name) */
        (gm->ntok != 1 && !(ex_double_surname_at(st, j, e) &&
                            kg_onto__given_name(st->onto,
                                                st->toks[g].key))) ||
        ex_is_initial(st, g) || st->toks[g].kind != KG_TOK_WORD ||
        !(st->toks[g].flags & KG_TOKF_CAP) ||
        ex_pronoun_is(&st->toks[g], members))
        return 0;
    if ((st->toks[g].flags & KG_TOKF_ALLCAPS) ||
        st->toks[g].end - st->toks[g].start == 1)
        return ex_other_initials(st, g, e);
    /* a one-word run may be capitalised for its place only (not at a
     * sentence opener) unless it is a given name; a run of two or more
     * ("Mario Branco Peres") is a name of its own, and so is an opener's
     * open-class word before the surname and an aside's comma: "Cynthia
     * Cooper, WorldCom's ex-head", "Victor Conte, of Balco" (name28: 12
     * such mentions on the three corpora, each the gazetteer's Yvette
     * Cooper, Giuseppe Conte, Penny Wong; an adverb opener, "Meanwhile
     * Putin said", takes no comma there) */
    if (g == i && (i == 0 || ex_is_quote(st, i - 1) ||
                   ex_tok_punct(st, i - 1, '(')) &&
        !(st->toks[g].tag == KG_W_NONE && j + 1 < st->ntoks &&
          ex_tok_punct(st, j + 1, ',')) &&
        !kg_onto__given_name(st->onto, st->toks[g].key))
        return 0;
    return !ex_own_given_name(st, g, e);
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

/* Tokens [t0, t1) as one mention of state c acting through its office
 * agent ("the home secretary", GBRGOV).  Returns 1 when added, 0 when
 * not, or a negative error. */
static int ex_office_mention(ex_state *st, size_t t0, size_t t1,
                             const kg_onto_entity *c, const char *agent)
{
    ex_mention *m = ex_add_mention(st, t0, t1, st->toks[t0].start,
                                   st->toks[t1 - 1].end);
    if (!m)
        return 0;
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
    return m->ent.code && m->ent.text ? 1 : KG_ENOMEM;
}

/* "the Home Secretary said", "the chancellor of the exchequer": "the" and
 * the title of one state's office, with no name after it, at token i
 * make one mention: the state acting through that office (GBRGOV), as
 * "the Turkish prime minister" does.  *used: the title's length, or 0. */
static int ex_state_title_at(ex_state *st, size_t i, size_t *used)
{
    const char *agent = NULL, *cc = NULL;
    const kg_onto_entity *c;
    int r;
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
    if ((r = ex_office_mention(st, i, i + tl, c, agent)) > 0)
        *used = tl;
    return r < 0 ? r : KG_OK;
}

/* "the Senate Finance Committee", "the House Ways and Means Committee",
 * "the House and Senate Budget Committee" at token i: a committee of a
 * chamber named Senate or House is its legislature (CCCLEG).  Wire copy
 * in English writes them of the US Congress; other states have Senates
 * too, so a country named right before the committee is its country,
 * else it is the US's, as bare "Senate", "House" and "Congress" are
 * (ex_congress_country; the article's country, which this took before,
 * was wrong more often than right on the corpora: "Senate Agriculture
 * Committee Chairman Patrick Leahy" in a story about Soviet wheat).
 * *used: the tokens taken, or 0. */
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
    /* (a country named right before it: "the Philippine Senate Blue
     * Ribbon Committee", "Japan's House Budget Committee") */
    c = NULL;
    if (st->nments > 0) {
        const ex_mention *pm = &st->ments[st->nments - 1];
        if (!pm->dropped && pm->oe && !strcmp(pm->oe->type, "Country") &&
            (pm->t1 == i ||
             (pm->t1 + 1 == i && ex_tok_possessive(st, pm->t1))))
            c = pm->oe;
    }
    if (!c && !(c = ex_country_of(st, "USA")))
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
const char *const ex_honorifics[] = {"mr", "mrs", "ms", "dr",
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
/* "the Syrian border town of Manbij", "the Ukrainian city of Bakhmut",
 * "the Iraqi port of Umm Qasr": a name the ontology does not know after
 * a nationality, up to two plain words, a word of settlement and "of"
 * (ending at token i) is a place of that nationality's country.  Returns
 * the country (and sets *type to "Place"), or NULL. */
static const char *ex_town_of_country(const ex_state *st, size_t i,
                                      const char **type)
{
    const char *const *spots = ex_town_nouns;
    const ex_mention *d;
    size_t k, words = 0;
    if (i < 3 || !ex_tok_is(st, i - 1, "of") ||
        !ex_pronoun_is(&st->toks[i - 2], spots))
        return NULL;
    for (k = i - 2; k > 0 && words <= 2; k--, words++) {
        d = ex_found_at(st, k - 1);
        if (d && d->t1 == k) {
            const char *c = d->ent.country;
            if (d->kind != KG_NAME_DEMONYM || !c || strlen(c) != 3 ||
                (d->ent.code && strlen(d->ent.code) != 3))
                return NULL;
            *type = "Place";
            return c;
        }
        if (k - 1 < i - 2 &&
            (st->toks[k - 1].kind != KG_TOK_WORD ||
             st->toks[k - 1].tag != KG_W_NONE ||
             (st->toks[k - 1].flags & KG_TOKF_CAP)))
            return NULL; /* plain words only: "border", "northern" */
    }
    return NULL;
}

/* "Zorgo, a town in northern Uganda," "Zorgo, a small village in
 * Darfur": after a name ending at token j, an apposition of a word of
 * settlement (up to two plain words before it) that goes on with "in".
 * The token of that "in" (for ex_placed_in_country), or 0. */
static size_t ex_town_apposition(const ex_state *st, size_t j)
{
    size_t k = j + 1, words = 0;
    if (j + 4 >= st->ntoks || !ex_tok_punct(st, j, ',') ||
        !(ex_tok_is(st, k, "a") || ex_tok_is(st, k, "an")))
        return 0;
    for (k++; k < st->ntoks && words < 3; k++, words++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || (t->flags & KG_TOKF_CAP) || t->covered)
            return 0;
        if (ex_pronoun_is(t, ex_town_nouns))
            return k + 1 < st->ntoks && ex_tok_is(st, k + 1, "in") ? k + 1
                                                                   : 0;
        if (t->tag != KG_W_NONE)
            return 0;
    }
    return 0;
}

/* Feasts and public holidays: "Christmas", "Easter Sunday", "New Year",
 * "Boxing Day" (not "Christmas Island", "Easter Island": places). */
static const char *const ex_feast_words[] = {
    "christmas", "easter", "ramadan", "eid", "thanksgiving", "passover",
    "hanukkah", "diwali", "nowruz", "halloween", NULL};
static const char *const ex_feast_pairs[] = {
    "new year", "good friday", "yom kippur", "boxing day", "labor day",
    "labour day", "election day", "may day", NULL};

/* Whether the capitalised words [i, j) name a feast or holiday. */
int ex_holiday_name(const ex_state *st, size_t i, size_t j)
{
    size_t k;
    if (ex_tok_is(st, j - 1, "island") || ex_tok_is(st, j - 1, "islands"))
        return 0;
    if (ex_pronoun_is(&st->toks[i], ex_feast_words))
        return 1;
    if (j - i < 2)
        return 0;
    for (k = 0; ex_feast_pairs[k]; k++) {
        const char *sp = strchr(ex_feast_pairs[k], ' ');
        if (strlen(st->toks[i].lower) == (size_t)(sp - ex_feast_pairs[k]) &&
            !strncmp(st->toks[i].lower, ex_feast_pairs[k],
                     (size_t)(sp - ex_feast_pairs[k])) &&
            !strcmp(st->toks[i + 1].lower, sp + 1))
            return 1;
    }
    return 0;
}

/* Is token i, capitalised, right after a dotted initialism such as
 * "U.S."?  Reuters copy of 1987 capitalises the word after one, as after
 * a sentence's end ("the U.S. Increased tariffs on", "the U.S. Threat
 * to impose tariffs"; "U.S." is followed by a capitalised common word
 * about 4,000 times in reuters21578): a single unknown word there opens
 * no name, as at a sentence's start. */
static int ex_after_initialism(const ex_state *st, size_t i)
{
    const char *w;
    size_t n, k;
    if (i == 0 || st->toks[i - 1].kind != KG_TOK_WORD)
        return 0;
    w = st->doc->text + st->toks[i - 1].start;
    n = st->toks[i - 1].end - st->toks[i - 1].start;
    if (n < 4 || w[n - 1] != '.')
        return 0;
    for (k = 0; k < n; k++)
        if (!(k % 2 ? w[k] == '.' : (w[k] >= 'A' && w[k] <= 'Z')))
            return 0;
    return 1;
}

/* "the Finance Ministry", "Ministry of Trade": tokens i..j name a
 * ministry kg does not know by name (ending in "Ministry", or
 * "Ministry of X"), an organ of a state: its agent, GOV (GOVMIL for
 * defence), else NULL. */
static const char *ex_ministry_agent(const ex_state *st, size_t i, size_t j)
{
    size_t k;
    if (j - i < 2 || !(ex_tok_is(st, j - 1, "ministry") ||
                       (ex_tok_is(st, i, "ministry") &&
                        ex_tok_is(st, i + 1, "of"))))
        return NULL;
    for (k = i; k < j; k++)
        if (ex_tok_is(st, k, "defence") || ex_tok_is(st, k, "defense"))
            return "GOVMIL";
    return "GOV";
}

/* Tokens i..j as a mention of e, named before in the document (a lone
 * surname, a name's head word); *used: the tokens taken. */
static int ex_coref_word(ex_state *st, size_t i, size_t j, const kg_entity *e,
                         size_t *used)
{
    ex_mention *m = ex_add_mention(st, i, j, st->toks[i].start,
                                   st->toks[j - 1].end);
    if (!m)
        return KG_OK;
    m->ent = *e;
    m->ent.start = m->start;
    m->ent.end = m->end;
    m->ent.coref = ex_from_story(st, e);
    m->kind = EX_NAME_COREF;
    m->ent.text =
        ex_strndup(st, st->doc->text + m->start, m->end - m->start);
    *used = j - i;
    return m->ent.text ? KG_OK : KG_ENOMEM;
}

/* Do the capital initials of the words of text (parts of hyphenated
 * words too; "of", "and" are skipped) spell acronym, a word of capitals?
 * "Commodity Credit Corporation" spells CCC, "Asian Development Bank"
 * ADB. */
static int ex_initials_spell(const char *text, const char *acronym,
                             size_t alen)
{
    size_t k = 0;
    const char *p;
    int start = 1;
    for (p = text; *p; p++) {
        if (*p == ' ' || *p == '-') {
            start = 1;
            continue;
        }
        if (start && *p >= 'A' && *p <= 'Z') {
            if (k >= alen || acronym[k] != *p)
                return 0;
            k++;
        }
        start = 0;
    }
    return k == alen && alen >= 2;
}

/* "The Asian Development Bank will lend Nepal 40 mln dlrs ... ADB
 * President Masao Fujioka said", "General Motors Corp ... GM said": an
 * acronym kg does not know whose letters the initials of a coded
 * organisation named before in the document spell (as written or as the
 * ontology labels it; the one named most recently) is that organisation,
 * written short, though the story never defined it in brackets (wire copy
 * often does not: 70 uncoded "GM" after "General Motors", 39 "FDIC", 26
 * "NBC", 15 "GATT" in the three corpora).  An acronym kg knows is coded
 * before this is asked; a name the story did not give first stays
 * uncoded ("ADB" alone names the Asian or the African bank). */
static const kg_entity *ex_org_initials(const ex_state *st, const char *acr,
                                        size_t len)
{
    size_t k;
    for (k = st->norgs; k-- > 0;) {
        const kg_entity *o = &st->orgs[k];
        if (o->code && o->type && ex_group_or_org(o->type) &&
            ((o->text && ex_initials_spell(o->text, acr, len)) ||
             (o->label && ex_initials_spell(o->label, acr, len))))
            return o;
    }
    return NULL;
}

/* "The Interstate Commerce Commission (ICC) ... wanted the ICC to let it
 * begin": an acronym kg knows as another body's (the International
 * Criminal Court) whose letters the initials of a coded organisation
 * named before in the sentence or the story spell (ex_initials_spell) is
 * that organisation, as the story defined it.  The mentions recoded.
 * (short26) */
static size_t ex_story_acronyms(ex_state *st)
{
    size_t i, k, n = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const ex_tok *t = &st->toks[m->t0];
        const kg_entity *o = NULL;
        char acr[8];
        size_t len = t->end - t->start;
        if (m->dropped || m->t1 != m->t0 + 1 || !m->ent.code ||
            !m->ent.type || !ex_group_or_org(m->ent.type) || len < 2 ||
            len >= sizeof(acr))
            continue;
        memcpy(acr, st->doc->text + t->start, len);
        acr[len] = '\0';
        for (k = 0; k < len && acr[k] >= 'A' && acr[k] <= 'Z'; k++)
            ;
        if (k < len)
            continue;
        for (k = i; k-- > 0 && !o;) {
            const ex_mention *p = &st->ments[k];
            if (!p->dropped && p->t1 <= m->t0 && p->ent.code &&
                p->ent.type && ex_group_or_org(p->ent.type) &&
                p->ent.text && ex_initials_spell(p->ent.text, acr, len))
                o = &p->ent;
        }
        if (!o)
            o = ex_org_initials(st, acr, len);
        if (!o || !o->code || !strcmp(o->code, m->ent.code) ||
            (o->id && m->ent.id && !strcmp(o->id, m->ent.id)))
            continue;
        {
            kg_entity e = *o;
            e.start = m->ent.start;
            e.end = m->ent.end;
            e.text = m->ent.text;
            /* (an acronym the ontology knows, so named in the sentence:
             * no coref, though the story says which body it is) */
            e.coref = 0;
            m->ent = e;
            m->kind = EX_NAME_COREF;
            n++;
        }
    }
    return n;
}

/* "The Commodity Credit Corporation, CCC, has accepted ...", "the Asian
 * Development Bank (ADB)": an acronym kg does not know, in parentheses or
 * commas right after a coded organisation whose initials it spells, is
 * that organisation's for the rest of the document (wire copy names it so
 * from then on: "The ADB will lend China ..."; 117 uncoded ADB and 116
 * CCC in reuters21578, where a bare acronym alone would be ambiguous).
 * Token i is the one-word acronym: 1 when it was the definition (no
 * mention of its own: the name before it is the actor), 2 when *used took
 * it as a mention of a defined one, else 0; negative on error. */
static int ex_acronym(ex_state *st, size_t i, size_t *used)
{
    const ex_tok *t = &st->toks[i];
    const ex_mention *pm;
    char acr[8];
    size_t k, len = t->end - t->start;
    if (len < 2 || len >= sizeof(acr))
        return 0;
    memcpy(acr, st->doc->text + t->start, len);
    acr[len] = '\0';
    for (k = 0; k < len; k++)
        if (acr[k] < 'A' || acr[k] > 'Z')
            return 0;
    for (k = st->nacronyms; k-- > 0;)
        if (!strcmp(st->acronym_key[k], acr)) {
            int err = ex_coref_word(st, i, i + 1, &st->acronyms[k], used);
            return err < 0 ? err : 2;
        }
    {
        const kg_entity *o = ex_org_initials(st, acr, len);
        if (o) {
            int err = ex_coref_word(st, i, i + 1, o, used);
            return err < 0 ? err : 2;
        }
    }
    if (i < 2 || !(ex_tok_punct(st, i - 1, '(') || ex_tok_punct(st, i - 1, ',')) ||
        !(pm = ex_found_at(st, i - 2)) || pm->t1 != i - 1 || !pm->ent.code ||
        !pm->ent.type || !pm->ent.text ||
        !ex_group_or_org(pm->ent.type) ||
        !ex_initials_spell(pm->ent.text, acr, len) ||
        st->nacronyms == EX_MAX_ACRONYMS)
        return 0;
    if (!(st->acronym_key[st->nacronyms] = ex_strndup(st, acr, len)))
        return KG_ENOMEM;
    st->acronyms[st->nacronyms++] = pm->ent;
    *used = 1;
    return 1;
}

/* The coded organisation of the document's memory, most recent first,
 * whose label or written name ends in the word key (lower case), or
 * NULL. */
static const kg_entity *ex_org_head_word(const ex_state *st, const char *key)
{
    size_t k;
    for (k = st->norgs; k-- > 0;) {
        const kg_entity *o = &st->orgs[k];
        if (o->code && (ex_last_word_is(o->label, key) ||
                        ex_last_word_is(o->text, key)))
            return o;
    }
    return NULL;
}

/* Words that open many firms' names ("General", "Federal", "First",
 * "American"): a name made of them alone is no short form of one firm
 * (ex_firm_short_name). */
static const char *const ex_generic_firm_words[] = {
    "general", "federal", "national", "first", "american", "united",
    "standard", "international", "pacific", "atlantic", "western",
    "eastern", "southern", "northern", "central", "royal", "new", "great",
    "medical", "express", "allied", "cable", "continental", "republic",
    "security", "union", "world", "commerce", "home", "state", "public",
    "city", "bank", "banks", "trust", "savings", "mutual", "financial",
    "capital", "energy", "oil", "gas", "steel", "mining", "global",
    "imperial", "consolidated", "associated", "crown", "row", "north",
    "south", "east", "west", "mid", "midwest", "china", "japan", "citizens",
    "commercial", "industrial", "petroleum", "chemical", "power", "metal",
    "metals", "resources", "holding", "holdings", "group", "company",
    "corp", "inc", "co", "ltd", "the", NULL};

/* "Dome Petroleum Ltd said it owes ... The bank wants Dome to sell the
 * stock": wire copy names a firm in full once and by the first words of
 * its name after (Reuters 1987: "Piedmont", "Hughes", "Crazy Eddie").
 * Tokens i..j, a name kg does not know, are the coded firm (a BUS code)
 * of the document's memory whose written name or label begins with
 * them and goes on, when exactly one such firm is there and the name is
 * not made of words opening many firms' names alone.  (org31: 8,272
 * such mentions in the three corpora, 217 in a coded relation.)  Returns
 * the firm or NULL. */
static const kg_entity *ex_firm_short_name(const ex_state *st, size_t i,
                                           size_t j)
{
    const kg_entity *found = NULL;
    const char *name;
    size_t k, n;
    int generic = 1;
    if (j <= i || j > st->ntoks)
        return NULL;
    name = st->doc->text + st->toks[i].start;
    n = st->toks[j - 1].end - st->toks[i].start;
    if (n < 3)
        return NULL;
    /* (the memory first, its names' first byte before anything else:
     * most names begin no firm's, and the word test below is dearer) */
    for (k = st->norgs; k-- > 0;) {
        const kg_entity *o = &st->orgs[k];
        const char *w[2];
        int w_i, hit = 0;
        w[0] = o->text;
        w[1] = o->label;
        if (!((w[0] && w[0][0] == name[0]) || (w[1] && w[1][0] == name[0])))
            continue;
        if (!o->code || !strstr(o->code, "BUS") || !o->type ||
            strcmp(o->type, "Organization") != 0)
            continue;
        for (w_i = 0; w_i < 2 && !hit; w_i++)
            if (w[w_i] && strlen(w[w_i]) > n + 1 &&
                !strncmp(w[w_i], name, n) && w[w_i][n] == ' ')
                hit = 1;
        if (!hit)
            continue;
        if (found && !(found->id && o->id && !strcmp(found->id, o->id)))
            return NULL; /* two firms begin so: which is unknown */
        found = o;
    }
    for (k = i; found && k < j && generic; k++)
        if (!ex_pronoun_is(&st->toks[k], ex_generic_firm_words))
            generic = 0;
    return found && !generic ? found : NULL;
}

/* "World Bank president Barber Conable pledged the Bank's support": a
 * coded organisation named earlier in this same sentence, perhaps inside
 * a titled name that absorbed it (a dropped mention), whose label ends in
 * token i's word, as ex_org_head_word finds one of earlier sentences (the
 * memory is filled only once a sentence is read).  The nearest one before
 * i; copied to *out, as adding the mention may move st->ments. */
static int ex_org_head_here(const ex_state *st, size_t i, kg_entity *out)
{
    size_t k;
    for (k = st->nments; k-- > 0;) {
        const ex_mention *m = &st->ments[k];
        if (m->t1 > i || !m->ent.code || !m->ent.type || m->ent.is_value ||
            !ex_group_or_org(m->ent.type) || m->kind == EX_NAME_COREF ||
            m->kind == EX_NAME_GROUP ||
            !ex_last_word_is(m->ent.label, st->toks[i].key))
            continue;
        *out = m->ent;
        return 1;
    }
    return 0;
}

/* "the High Court", "the Court of Appeal", "the Texas Supreme Court",
 * "Manhattan Federal Court": tokens i..j name a court kg does not know
 * when they end in "Court" (or are "Court of Appeal(s)") and every other
 * word is a word of courts' names, after perhaps a place kg knows at the
 * start.  Returns 1 and sets *place (the known place or country that
 * opens the name, or NULL), else 0.  Not "the European Court of Human
 * Rights", "the Court of Arbitration for Sport" (bodies of no state). */
static int ex_court_name(const ex_state *st, size_t i, size_t j,
                         const kg_onto_entity **place)
{
    static const char *const words[] = {
        "supreme", "high", "federal", "district", "appeal", "appeals",
        "appellate", "superior", "circuit", "bankruptcy", "chancery",
        "state", "constitutional", "military", "criminal", "civil",
        "crown", "county", "city", "magistrates", "national", "of", NULL};
    kg_onto_match cm;
    size_t k = i;
    *place = NULL;
    if (j - i < 2)
        return 0;
    if (ex_match_name(st, j, i, &cm) && ex_country_or_place(cm.entity->type)) {
        *place = cm.entity;
        k = i + cm.ntok;
    }
    if (ex_tok_is(st, k, "court") && k + 2 == j && ex_tok_is(st, k + 1, "of"))
        return 0; /* ("Court of Arbitration") */
    if (!ex_tok_is(st, j - 1, "court") &&
        !(ex_tok_is(st, k, "court") && k + 3 == j &&
          ex_tok_is(st, k + 1, "of") &&
          (ex_tok_is(st, k + 2, "appeal") || ex_tok_is(st, k + 2, "appeals"))))
        return 0;
    for (; k < j; k++)
        if (!ex_tok_is(st, k, "court") && !ex_pronoun_is(&st->toks[k], words))
            return 0;
    return 1;
}

static const kg_onto_entity *ex_hyphen_and_name(const ex_state *st,
                                                const char *w, size_t len);

/* Is token i a head word after "the", perhaps with one lower-case word
 * between ("the Community", "the 12-nation Community", "the EC's
 * executive Commission"), as an organisation named before is named
 * short?  1 right after "the", 2 with a word between (then only a
 * named organisation is meant, no unnamed group: "the state-owned
 * People's Bank" is no "unnamed people"). */
static int ex_the_head(const ex_state *st, size_t i)
{
    if (i > 0 && ex_tok_is(st, i - 1, "the"))
        return 1;
    return i > 1 && (ex_tok_is(st, i - 2, "the") ||
                     ex_tok_possessive(st, i - 2)) &&
           st->toks[i - 1].kind == KG_TOK_WORD &&
           !(st->toks[i - 1].flags & KG_TOKF_CAP) &&
           st->toks[i - 1].tag == KG_W_NONE
               ? 2
               : 0;
}

/* Is token i a title's first word that a country word cut from the rest
 * of its title ("Deputy U.S. Trade Representative Michael Smith",
 * "Assistant U.S. Treasury Secretary", "Deputy Iranian Finance Minister")?
 * The title and the name after the country word are read as the
 * country's official; the word before is part of that title, no name of
 * its own (Reuters of 1987 wrote "Deputy" so 7 times, read as an unknown
 * body talking with Japan's vice minister; actor29). */
static int ex_title_word_before_state(const ex_state *st, size_t i, size_t n)
{
    static const char *const firsts[] = {"deputy", "assistant", "acting",
                                         "under", NULL};
    kg_onto_match m;
    const char *ag = NULL;
    if (!ex_pronoun_is(&st->toks[i], firsts) || i + 2 >= n ||
        !ex_match_name(st, n, i + 1, &m) || !m.entity || !m.entity->type ||
        strcmp(m.entity->type, "Country") != 0 || m.ntok == 0)
        return 0;
    return i + 1 + m.ntok < n && ex_match_title(st, i + 1 + m.ntok, &ag) > 0;
}

static int ex_company_tail(const ex_state *st, const kg_onto_match *m,
                           size_t j, size_t n);

static int ex_place_spans(const ex_state *st, size_t n, size_t i, size_t j,
                          const kg_onto_match *gm);

/* "Air Canada", "AC Milan", "Union Texas said", "the Cable and Wireless
 * Hong Kong unit", "Alastair France of London brokers": a known country
 * or place name (or bare "Congress") right after the unknown capitalised
 * words i..j-1 of a run that does not open the sentence, is a piece of
 * one longer name that kg does not know, no mention of the country,
 * place or body.  Not after a direction word
 * ("West Texas", "Western Canada": a part of the place), a faith word
 * ("Shiite Hezbollah"), a country's adjective (ex_match_name would have
 * stopped there), a word that dates or qualifies the place ("Nazi
 * Germany", "Middle England"), a hyphenated word ("Nazi-occupied
 * Austria"), a known name ("the Illinois Environmental Protection
 * Agency": the state's agency), a company's suffix ("Jaguar Cars Inc
 * U.S. subsidiary"), nor a headline in capitals ("SAYS OPEC"). */
static int ex_known_name_inside(const ex_state *st, size_t i, size_t j,
                                const kg_onto_match *gm)
{
    /* words that date or place a country or a body, no name of their own
     * ("Nazi Germany", "Victorian England", "Middle England", "the
     * Federal Environmental Protection Agency") */
    static const char *const qualifiers[] = {
        "nazi", "tudor", "victorian", "edwardian", "elizabethan", "middle",
        "communist", "imperial", "federal", "state", "fascist", "ottoman",
        "soviet", "colonial", "modern", "ancient", "medieval", "rural",
        "urban", "mainland", "greater", "inner", "outer", "upper", "lower",
        "metropolitan", "black", "white", "free", "occupied", "new",
        "former", "late", "bolshevik", NULL};
    size_t k;
    kg_onto_match km;
    const char *type = gm->entity ? gm->entity->type : NULL;
    if (!type || gm->kind == KG_NAME_DEMONYM || i == 0 ||
        st->toks[i - 1].kind != KG_TOK_WORD)
        return 0;
    /* ("the World Petroleum Congress", "the American Pork Congress", "the
     * Trade Unions Congress": bare "Congress", the US's, ends another
     * congress's name; a state's is named by its country word) */
    if (strcmp(type, "Country") != 0 && strcmp(type, "Place") != 0 &&
        !(gm->ntok == 1 && !strcmp(gm->entity->id, "US_CONGRESS") &&
          ex_tok_is(st, j, "congress")))
        return 0;
    /* ("Harcourt Brace Jovanovich Canada Inc": the country's firm,
     * ex_company_tail, CANBUS) */
    if (ex_company_tail(st, gm, j + gm->ntok, st->ntoks))
        return 0;
    if ((st->toks[j].flags & KG_TOKF_ALLCAPS) &&
        (st->toks[j - 1].flags & KG_TOKF_ALLCAPS))
        return 0;
    /* (not after "U.S.", after which Reuters capitalises the next word:
     * "the U.S. Criticised Japan's policy", nor after a word with a full
     * stop inside, "U.S.And Japan") */
    if (st->doc->text[st->toks[i - 1].end - 1] == '.')
        return 0;
    for (k = i; k < j; k++)
        if (memchr(st->doc->text + st->toks[k].start, '.',
                   st->toks[k].end - st->toks[k].start) ||
            ex_match_name(st, st->ntoks, k, &km) ||
            ex_pronoun_is(&st->toks[k], ex_directions) ||
            ex_pronoun_is(&st->toks[k], qualifiers) ||
            ex_pronoun_is(&st->toks[k], ex_company_suffixes) ||
            (st->toks[k].flags & KG_TOKF_HYPHEN) ||
            ex_faith_before_name(st, k))
            return 0;
    return 1;
}

static int ex_unknown_actor(ex_state *st, size_t i, size_t n, size_t *used)
{
    size_t j = i, words = 0, k;
    const char *type = NULL, *agent = NULL, *country = NULL, *body = NULL;
    const char *tcountry = NULL; /* the state of the title before */
    ex_mention *m;
    int err, opener, honored;
    size_t company = 0; /* "General Motors": end of the company's name */
    int particle = 0;   /* a name particle ("bin") was taken */
    size_t apposed = 0; /* "Zorgo, a town in ...": the token of "in" */
    int site = 0;       /* "the Kakhovka dam": a site noun follows */
    int ministry = 0;   /* "the Finance Ministry": a state's organ */
    int court = 0;      /* a court (ex_court_name): no ministry's USA rule */
    const kg_onto_entity *court_place = NULL; /* (ex_court_name) */

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
            if (!*used && (err = ex_title_coref(st, i, used)) < 0)
                return err; /* "The President said" */
            *used = tl;
            return KG_OK;
        }
    }
    if (ex_title_word_before_state(st, i, n)) {
        /* (read on as the lower-case word it is: "talks with deputy U.S.
         * Trade Representative ...", as ex_recase reads a word that news
         * wrote in capitals) */
        st->toks[i].flags &= ~(unsigned)KG_TOKF_CAP;
        *used = 1;
        return KG_OK;
    }
    while (j < n && st->toks[j].kind == KG_TOK_WORD &&
           (st->toks[j].flags & KG_TOKF_CAP) && !st->toks[j].covered &&
           ((company && j == i) || !ex_not_a_name(st, j)) && words < 6) {
        kg_onto_match gm;
        /* a known name ends the unknown one ("Dear | Russian friends"),
         * but not after an initial ("George H. W. Bush") */
        if (j > i && !ex_is_initial(st, j - 1) &&
            ex_match_name(st, n, j, &gm) &&
            !ex_other_given_name(st, i, j, &gm) &&
            !ex_party_word_before(st, gm.entity, j, gm.ntok) &&
            !ex_known_name_inside(st, i, j, &gm) &&
            !ex_place_spans(st, n, i, j, &gm))
            break; /* ("Social | Democrats" stays one name) */
        j++;
        words++;
        /* "Mohammed bin Abdulrahman Al Thani", "Abdullah ibn Ali": a
         * lower-case particle of a name between two of its words */
        if (j + 1 < n && ex_pronoun_is(&st->toks[j], ex_name_particles) &&
            st->toks[j + 1].kind == KG_TOK_WORD &&
            (st->toks[j + 1].flags & KG_TOKF_CAP) && !st->toks[j + 1].covered &&
            !ex_not_a_name(st, j + 1)) {
            j++;
            particle = 1;
        }
        /* "Ministry of Foreign Affairs", but not "Zaki of | Egypt" nor
         * "Kelvin Ramnath of | Trinidad-Tobago" (ex_hyphen_and_name) */
        if (j + 1 < n && (ex_tok_is(st, j, "of") || ex_tok_is(st, j, "for")) &&
            (st->toks[j + 1].flags & KG_TOKF_CAP) && !ex_not_a_name(st, j + 1) &&
            !ex_match_name(st, n, j + 1, &gm) &&
            !((st->toks[j + 1].flags & KG_TOKF_HYPHEN) &&
              ex_hyphen_and_name(st, st->doc->text + st->toks[j + 1].start,
                                 st->toks[j + 1].end -
                                     st->toks[j + 1].start)))
            j++;
    }
    if (!words)
        return KG_OK;
    if (words == 1 && j < n && kg_onto__given_name(st->onto, st->toks[i].key)) {
        /* "colleague Pat Leahy", "undersecretary Dan Amstutz": the
         * person's own given name in a short form ("Pat" for Patrick,
         * ex_own_given_name) before the surname that ends the run is no
         * name of its own; the surname names the person */
        kg_onto_match gm;
        if (ex_match_name(st, n, j, &gm) && gm.entity && gm.ntok == 1 &&
            gm.entity->type && !strcmp(gm.entity->type, "Person") &&
            ex_own_given_name(st, i, gm.entity)) {
            *used = 1;
            return KG_OK;
        }
    }
    if (words == 1 && ex_faith_before_name(st, i)) {
        *used = 1; /* "Kurdish YPG": the group's modifier, no name */
        return KG_OK;
    }
    if (words > 1 && (ex_pronoun_is(&st->toks[i], ex_storm_words) ||
                      (ex_tok_is(st, i, "tropical") &&
                       (ex_tok_is(st, i + 1, "storm") ||
                        ex_tok_is(st, i + 1, "depression"))))) {
        /* "Hurricane Ivan", "Tropical Storm Jeanne killed 250 people": a
         * storm is named as a person is, but it is no actor */
        *used = j - i;
        return KG_OK;
    }
    if (ex_holiday_name(st, i, j)) {
        /* "broke the Easter truce", "announced on Christmas Eve": a
         * feast is a day, no actor (the verb takes the actor beyond) */
        *used = j - i;
        return KG_OK;
    }
    opener = i == 0 || ex_is_quote(st, i - 1) || ex_tok_punct(st, i - 1, '(') ||
             ex_after_initialism(st, i);
    if (words == 1 && (st->toks[i].flags & KG_TOKF_ALLCAPS) &&
        (err = ex_acronym(st, i, used)) != 0)
        return err < 0 ? err : KG_OK;
    if (words == 1 && st->toks[i].flags & KG_TOKF_ALLCAPS)
        type = "Organization"; /* an acronym: CNN, ATA */
    honored = i > 0 && ex_pronoun_is(&st->toks[i - 1], ex_honorifics);
    /* "Anderson" after "Becky Anderson"; a known person too, whose
     * surname alone is no name in the gazetteer: "Mr Brown" after "Gordon
     * Brown", "Baker said" after "Treasury Secretary James Baker" (the
     * one named last: Reuters of 1987 names Howard Baker too) */
    if (words == 1 && !type) {
        for (k = st->npeople; k-- > 0;) {
            const kg_entity *p = &st->people[k];
            const char *last;
            if (!p->id || (strncmp(p->id, "x_", 2) != 0 &&
                           strncmp(p->id, "person_", 7) != 0))
                continue;
            last = strrchr(p->id, '_');
            if (last && !strcmp(last + 1, st->toks[i].key)) {
                /* ("Hughes" after "Hughes Tool Co" and an uncoded
                 * "Baker Hughes": the coded firm, ex_firm_short_name) */
                const kg_entity *firm = NULL;
                if (!p->code && !honored)
                    firm = ex_firm_short_name(st, i, j);
                return ex_coref_word(st, i, j, firm ? firm : p, used);
            }
        }
    }
    /* "the Commission" after "the European Commission", "the Fund" after
     * "the International Monetary Fund": after "the", a lone word that
     * ends the name of the coded organisation named last is it */
    if (words == 1 && !type && ex_the_head(st, i) &&
        st->have_last_org && st->last_org.code && st->last_org.label &&
        (ex_the_head(st, i) == 1 ||
         (st->last_org.type && !strcmp(st->last_org.type, "Organization"))) &&
        ex_last_word_is(st->last_org.label, st->toks[i].key))
        return ex_coref_word(st, i, j, &st->last_org, used);
    /* not only the one named last: "The European Commission fined
     * Microsoft. The Commission said": the coded organisation named most
     * recently whose name, as the ontology has it or as it was written
     * ("the EC Commission"), ends in the word (ex_org_head_word) */
    if (words == 1 && !type && ex_the_head(st, i)) {
        const kg_entity *o = ex_org_head_word(st, st->toks[i].key);
        kg_entity here;
        if (!o && ex_org_head_here(st, i, &here))
            o = &here;
        if (o && ex_the_head(st, i) == 2 &&
            (!o->type || strcmp(o->type, "Organization") != 0))
            o = NULL;
        if (o)
            return ex_coref_word(st, i, j, o, used);
    }
    /* "Dome" after "Dome Petroleum Ltd": the firm's short name
     * (ex_firm_short_name) */
    if (!honored && (!type || !strcmp(type, "Organization"))) {
        const kg_entity *o = ex_firm_short_name(st, i, j);
        if (o)
            return ex_coref_word(st, i, j, o, used);
    }
    if (words == 1 && opener && !type)
        return KG_OK;
    if (words == 1 && honored && !type)
        type = "Person"; /* "Mr Sigarchi" */
    /* "First Chicago's Johnson": the firm's man, whom a later "Johnson
     * said" names again (ex_firm_possessor_surname) */
    if (words == 1 && !type) {
        kg_onto_match pm;
        if (ex_match_name(st, st->ntoks, i, &pm) && pm.ntok == 1 &&
            ex_firm_possessor_surname(st, pm.entity, i))
            type = "Person";
    }
    if (ex_word_among(st->toks[j - 1].key, ex_org_suffixes) ||
        ex_word_among(st->toks[j - 1].key, ex_company_suffixes))
        type = "Organization"; /* "Airdrome Parts Co" is no person */
    if (words > 1 && ex_company_head_at(st, j - 1, n))
        type = "Organization"; /* "Hyundai Motors", "Asiana Air" */
    if (company)
        type = "Organization"; /* "General Motors" */
    /* "Sen. David Boren", "Rep. John Dingell", "Republican Rep. Peter
     * Hoekstra": wire copy's abbreviated titles of US legislators (the
     * AP and Reuters style for members of Congress), capitalised with
     * their dot, before
     * a name: the US legislature (LEG), a title of one state's office as
     * titles.tsv's country gives it, so a sentence of another country's
     * story that names no US keeps the name uncoded (ex_title_state).
     * The corpora write 158 such names, all left uncoded (xfer27). */
    if (!type && i > 1 && ex_tok_punct(st, i - 1, '.') &&
        (st->toks[i - 2].flags & KG_TOKF_CAP) &&
        (ex_tok_is(st, i - 2, "sen") || ex_tok_is(st, i - 2, "rep"))) {
        const ex_mention *c = i > 2 ? ex_found_at(st, i - 3) : NULL;
        type = "Person";
        agent = "LEG";
        /* ("Philippine Sen. Juan Ponce Enrile": a country word before
         * the title names his) */
        if (c && c->oe && !strcmp(c->oe->type, "Country"))
            country = c->oe->id;
        else
            tcountry = "USA";
    }
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
                /* "Liberia's leader Gyude Bryant", "Liberia's new
                 * interim leader ...": a title of no one office (no
                 * agent) after a possessive, perhaps after two words, is
                 * the possessor's, as after "Liberian" */
                if (!c && t > 1) {
                    size_t p = t;
                    while (p > t - 2 && p > 2 &&
                           st->toks[p - 1].kind == KG_TOK_WORD &&
                           st->toks[p - 1].tag == KG_W_NONE &&
                           !(st->toks[p - 1].flags & KG_TOKF_CAP) &&
                           !ex_tok_is(st, p - 1, "s") &&
                           !ex_found_at(st, p - 1))
                        p--;
                    if (ex_tok_possessive(st, p - 1))
                        c = ex_found_at(st, p - 2);
                }
                type = "Person";
                agent = ag;
                if (c && c->oe && !strcmp(c->oe->type, "Country"))
                    country = c->oe->id;
                else if (c && c->oe && !strcmp(c->oe->type, "Place"))
                    country = c->oe->country;
                else if (c && c->oe && c->oe->code && c->kind != EX_NAME_GROUP)
                    body = c->oe->code;
                /* "USX Corp chairman David Roderick", "company spokesman
                 * Steve Marcus", "ATHENS - Government spokesman Dimitris
                 * Reppas": a body right before the title that kg coded
                 * from the text, with no gazetteer entry (a firm by its
                 * suffix, a noun standing for the story's firm or union,
                 * the dateline state's government): the body's code, or
                 * for a state's own organ its state with the title's
                 * sector (person31) */
                else if (c && !c->oe && c->t1 == t && c->ent.code &&
                         *c->ent.code && *c->ent.code != '-' &&
                         c->kind != EX_NAME_GROUP &&
                         !c->ent.is_value && !ex_is_person(&c->ent) &&
                         c->ent.type) {
                    /* (not a body of no known state: "New bank chairman
                     * Nik Hussein" is no ---BUS's) */
                    if (!strcmp(c->ent.type, "Country") && c->ent.country)
                        country = c->ent.country;
                    else
                        body = c->ent.code;
                }
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
    if (!type && !country && !body && words <= 3)
        country = ex_town_of_country(st, i, &type);
    /* "the town of Zorgo", "the northern city of Zorgo": of no named
     * nationality, still a place ("the Bank of Zorgo" is no town) */
    if (!type && words <= 3 && i >= 2 && ex_tok_is(st, i - 1, "of") &&
        ex_pronoun_is(&st->toks[i - 2], ex_town_nouns))
        type = "Place";
    if (!type && !country && !body && words <= 3 &&
        (apposed = ex_town_apposition(st, j)) != 0)
        type = "Place";
    for (k = 0; !type && ex_place_words[k]; k++)
        if (!strcmp(st->toks[j - 1].key, ex_place_words[k]))
            type = "Place";
    /* "the Kerem Shalom crossing", "the Kakhovka dam": a name before a
     * lower-case noun of a site is the site's, a place (not a person) */
    if (!type && j < n && !(st->toks[j].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[j], ex_site_nouns)) {
        type = "Place";
        site = 1;
    }
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
        /* (a name with a particle is a person's, however long:
         * "Mohammed bin Abdulrahman Al Thani") */
        type = w == 1                 ? "Organization"
               : w <= 3 || particle ? "Person"
                                    : "Organization";
        /* ("Ministry of Finance officials said", "the Ministry of
         * Trade": a ministry, however short, is no person) */
        if (ex_ministry_agent(st, i, j))
            type = "Organization";
    }
    if (type && !strcmp(type, "Organization") && !agent &&
        (agent = ex_ministry_agent(st, i, j)) != NULL)
        ministry = 1;
    /* a court kg does not know (ex_court_name) is its state's judiciary
     * (JUD): of the place that opens its name ("the Texas Supreme
     * Court", as "a Texas court" is the US's), else placed as a ministry
     * is (below); not a person ("Court of Appeal" was read as one) */
    if (!agent && !body && ex_court_name(st, i, j, &court_place)) {
        type = "Organization";
        agent = "JUD";
        ministry = 1;
        court = 1;
        if (court_place)
            country = court_place->type && !strcmp(court_place->type, "Country")
                          ? court_place->id
                          : court_place->country;
    }
    if (!(m = ex_add_mention(st, i, j, st->toks[i].start,
                             st->toks[j - 1].end)))
        return KG_OK;
    if ((err = ex_unknown_entity(st, i, j, type, &m->ent)) < 0)
        return err;
    /* "President Ahmed Zaki of Egypt"; "Senator Lloyd Bentsen of Texas",
     * "Governor Mario Cuomo of New York": a place's country */
    if (type && !strcmp(type, "Person") && agent && !country && !body &&
        j + 1 < n && ex_tok_is(st, j, "of")) {
        kg_onto_match cm;
        if (ex_match_name(st, n, j + 1, &cm) &&
            !strcmp(cm.entity->type, "Country"))
            country = cm.entity->id;
        else if (ex_match_name(st, n, j + 1, &cm) && cm.entity->type &&
                 !strcmp(cm.entity->type, "Place") && cm.entity->country)
            country = cm.entity->country;
        else if (st->toks[j + 1].flags & KG_TOKF_HYPHEN) {
            /* ("Energy Minister Kelvin Ramnath of Trinidad-Tobago") */
            const kg_onto_entity *both = ex_hyphen_and_name(
                st, st->doc->text + st->toks[j + 1].start,
                st->toks[j + 1].end - st->toks[j + 1].start);
            if (both && both->type && !strcmp(both->type, "Country"))
                country = both->id;
            else if (both && both->country)
                country = both->country;
        }
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
            if (k2 < st->ntoks && ex_tok_possessive(st, k2))
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
    /* "MANILA, Oct 12 (AP) - Opposition senators alleged that President
     * Joseph Estrada had ...": a president or prime minister kg does not
     * know, titled with no country, leads the story's country (the
     * dateline's, or the one the article names most) when the sentence
     * so far names no other.  So does any minister of it: "BAKU (AFP) -
     * ..., Defence Minister Safar Abiyev said" (wire copy gives a foreign
     * minister his nationality: "Turkish Defence Minister") */
    if (type && !strcmp(type, "Person") && agent &&
        (!strcmp(agent, "GOV") || !strcmp(agent, "GOVMIL")) &&
        !country && !body && !tcountry && i > 0 &&
        (ex_tok_is(st, i - 1, "president") ||
         ex_tok_is(st, i - 1, "premier") ||
         ex_tok_is(st, i - 1, "minister")) &&
        (i < 2 || !ex_tok_is(st, i - 2, "former")) &&
        (i < 3 || !ex_tok_is(st, i - 3, "former")) &&
        !(i > 1 && ex_body_before_title(st, ex_title_grades(st, i - 2))) &&
        !ex_visiting_before(st, i - 1)) {
        const kg_onto_entity *h = ex_home_country(st),
                             *sc = ex_sentence_country(st, NULL);
        /* (a minister below the head of government only under the
         * dateline of his country: an article about US trade names
         * Japan's "Trade Minister Hajime Tamura" and the US most) */
        if (h && (!sc || sc == h) &&
            (!ex_tok_is(st, i - 1, "minister") ||
             (i > 1 && ex_tok_is(st, i - 2, "prime")) ||
             h == st->dateline_country))
            country = h->id;
        /* with no country for the story, the one country the sentence
         * has named so far when a domestic group of it comes first:
         * "head of Brazil's Constituent Assembly, the PMDB praised
         * Finance Minister Dilson Funaro" (a state's own people speak of
         * their own leaders; "Turkey protested against President Ali
         * Hassan" may be about anyone's); not after a body of no state
         * ("a loan to China from the Asian Development Bank (ADB),
         * president Masao Fujioka said": the bank's) */
        else if (!h && sc && ex_domestic_group_before(st, i, sc->id) &&
                 !ex_stateless_body_before(st, i))
            country = sc->id;
    }
    /* a site or place kg does not know, placed in a country, is that
     * country's, as CAMEO codes a target by the state it lies in (not a
     * person's name: "talks with Ahmed Zaki in Cairo" say where he was) */
    if (type && strcmp(type, "Person") != 0 && !country && !body)
        country = apposed ? ex_placed_in_country_of(st, apposed, 1)
                  : site ? ex_placed_in_country_of(st, j + 1, 2) /* "the
                                           * Kakhovka dam on the Dnipro" */
                  : !strcmp(type, "Place")
                      ? ex_placed_in_country_of(st, j, 1) /* "Zorgo in
                                           * Iraq's Anbar province" */
                  : court ? ex_placed_in_country_of(st, j, 1) /* "the
                                           * High Court in Lagos" */
                      : ex_placed_in_country(st, j);
    /* a ministry placed nowhere is the article's state (named most, or
     * the dateline's) when the sentence names no other, as a minister
     * titled with no country is: "Japan's exports rose ..., the Finance
     * Ministry said"; not the United States', whose ministries are
     * departments (an article about US trade names Japan's "Finance
     * Ministry" and the US most).  A court (ex_court_name) is the US's
     * too: the United States has courts by those names ("the Superior
     * Court ruled against the Treasury", "the Appeals Court lifted the
     * injunction"), and one placed in a town is its country's ("the
     * Federal High Court in Lagos", above). */
    if (ministry && !country && !body) {
        const kg_onto_entity *h = ex_home_country(st),
                             *sc = ex_sentence_country(st, m);
        const char *ag = NULL;
        size_t g = ex_match_agent(st, j, &ag);
        /* "Foreign Ministry officials in Tokyo": the place of its people */
        if (g || (g = ex_match_title(st, j, &ag)) > 0)
            country = ex_placed_in_country(st, j + g);
        /* "The Soviet Communist Party criticised the country's Grain
         * Products Ministry": the state "the country's" refers back to
         * (ex_owner_country), before the article's */
        if (!country && i >= 3 && ex_tok_possessive(st, i - 1) &&
            (ex_tok_is(st, i - 2, "country") ||
             ex_tok_is(st, i - 2, "nation"))) {
            int poss;
            const kg_onto_entity *oc = ex_owner_country(st, i, agent, &poss);
            if (oc)
                country = oc->id;
        }
        if (!country && h && (court || strcmp(h->id, "USA") != 0) &&
            (!sc || sc == h))
            country = h->id;
        /* with no country for the article yet (none named twice, no
         * dateline): the one country the sentence has named before it,
         * when the article has named no other ("Japan's external reserves
         * rose ..., the Finance Ministry said", "Japanese securities
         * houses have asked the Finance Ministry"; 174 uncoded Finance
         * Ministry in reuters21578, whose stories have no dateline in the
         * text) */
        if (!country && !h && sc && (court || strcmp(sc->id, "USA") != 0) &&
            (st->ncountries == 0 ||
             (st->ncountries == 1 && !strcmp(st->countries[0], sc->id))))
            country = sc->id;
        /* else the one country the sentence names before it as owner,
         * as for "the government" (ex_owner_country_before): "Britain's
         * exports rose, the Trade Ministry said" in a story of Japan;
         * not the USA, whose ministries are departments, nor for a
         * court */
        if (!country && !court) {
            const kg_onto_entity *oc = ex_owner_country_before(st, i);
            if (oc && strcmp(oc->id, "USA") != 0)
                country = oc->id;
        }
    }
    m->ent.country = country;
    if (body)
        m->ent.code = body;
    else if (country && agent)
        m->ent.code = ex_concat(st, country, agent);
    else
        m->ent.code = country;
    *used = j - i;
    /* "Germany's Social Democrats": a party of the country named */
    return m->ent.code ? KG_OK : ex_party_country(st, m);
}

/* "the Supreme Court of Ontario", "the Government of India": is token
 * i "of" before the name of a country or of a place of one (its
 * institution, ex_institution, whose country ex_placed_country reads
 * after "of"), not before another name ("Ministry of Foreign Affairs",
 * "Court of Appeal")?  (actor28: prec28 read "Ontario" alone as the
 * actor of "the Supreme Court of Ontario has signed an order") */
static int ex_of_state_or_place(const ex_state *st, size_t i)
{
    kg_onto_match m;
    return ex_tok_is(st, i, "of") && i + 1 < st->ntoks &&
           ex_match_name(st, st->ntoks, i + 1, &m) && m.entity &&
           m.entity->type &&
           (!strcmp(m.entity->type, "Country") ||
            !strcmp(m.entity->type, "Place"));
}

/* "the Supreme Court of Ontario": the institution's mention just added
 * over tokens [i, i + *used) takes "of" and the place's name too, so
 * that the place is no actor of its own beside it (*used grows). */
static int ex_institution_of_place(ex_state *st, size_t i, size_t *used)
{
    ex_mention *em;
    kg_onto_match m;
    size_t j = i + *used;
    if (!st->nments || !ex_of_state_or_place(st, j) ||
        !ex_match_name(st, st->ntoks, j + 1, &m))
        return KG_OK;
    em = &st->ments[st->nments - 1];
    if (em->t0 != i || em->t1 != j)
        return KG_OK;
    for (j = em->t1; j < i + *used + 1 + m.ntok; j++)
        st->toks[j].covered = (int)st->nments;
    em->t1 = j;
    em->end = st->toks[j - 1].end;
    em->ent.end = em->end;
    if (!(em->ent.text = ex_strndup(st, st->doc->text + em->start,
                                    em->end - em->start)))
        return KG_ENOMEM;
    *used = j - i;
    return KG_OK;
}

/* "the Army", "Parliament", "the Government": one capitalised word (or
 * an agent noun of capitalised words, "the House of Commons", "the
 * Supreme Court") that names a state institution (government,
 * legislature, military, police, courts) and starts no longer name
 * ("Army Chief", "People's Daily", "Ministry of Foreign Affairs"). */
static int ex_institution(const ex_state *st, size_t i)
{
    static const char *const codes[] = {"GOV", "LEG", "MIL", "COP", "JUD",
                                        NULL};
    const char *agent = NULL;
    size_t k, n = ex_match_agent(st, i, &agent);
    /* ("the House of Commons", "the Supreme Court": an institution of
     * several words, each of its words but "of" capitalised) */
    for (k = 1; k < n; k++)
        if (!(st->toks[i + k].flags & KG_TOKF_CAP) &&
            !ex_tok_is(st, i + k, "of"))
            return 0;
    i += n ? n - 1 : 0;
    if (!n ||
        (i + 1 < st->ntoks &&
         ((st->toks[i + 1].kind == KG_TOK_WORD &&
           (st->toks[i + 1].flags & KG_TOKF_CAP)) ||
          ex_tok_possessive(st, i + 1) ||
          ((ex_tok_is(st, i + 1, "of") || ex_tok_is(st, i + 1, "for")) &&
           i + 2 < st->ntoks && (st->toks[i + 2].flags & KG_TOKF_CAP) &&
           !ex_of_state_or_place(st, i + 1)))))
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
    if (!m->entity || !strcmp(m->entity->type, "Person"))
        return 0;
    if (m->kind == KG_NAME_DEMONYM)
        /* "Turkish Airlines", "British Airways": a demonym only right
         * before a word that ends firms' names ("the Saudi Hyundai
         * Motors dealer" keeps its demonym) */
        return j < n && (st->toks[j].flags & KG_TOKF_CAP) &&
               ex_company_head_at(st, j, n);
    for (k = j; k < n && k < j + 3; k++) {
        const ex_tok *t = &st->toks[k];
        if (t->kind != KG_TOK_WORD || !(t->flags & KG_TOKF_CAP) ||
            ex_not_a_name(st, k) ||
            ex_match_name(st, n, k, &next))
            return 0;
        if (ex_pronoun_is(t, ex_company_suffixes) ||
            ex_company_head_at(st, k, n))
            return 1;
    }
    return 0;
}

/* "the Reagan Administration", "the Nakasone Cabinet": a leader's
 * government written with a capital is read as "the Reagan
 * administration" is, the leader's mention (his state's GOV) and a noun
 * that names nothing more; not an unknown name (50 in reuters21578) nor
 * an institution of no country ("the Administration said"). */
static const char *const ex_leader_governs[] = {
    "administration", "government", "cabinet", "regime", NULL};

/* "after the Tokyo close", "in late New York trading", "at the London
 * opening": a capital or a city before a noun of a market's session names
 * the hours of its trade, no actor (the state's government read there
 * held meetings in reuters21578).  The noun ends its phrase (a comma, a
 * preposition or the end after it): "Tokyo trading partners" and "Tokyo
 * opening its market" go on as names. */
static int ex_trading_hours(const ex_state *st, const kg_onto_match *m,
                            size_t j, size_t n)
{
    static const char *const session[] = {
        "close", "closing", "opening", "trading", "session", "dealings",
        NULL};
    static const char *const ends[] = {
        "on", "in", "at", "of", "and", "but", "as", "after", "before",
        "when", "while", "with", "for", "today", "yesterday", NULL};
    if (!m->entity || !m->entity->type || j >= n ||
        (strcmp(m->entity->type, "Place") != 0 &&
         m->kind != KG_NAME_METONYM) ||
        st->toks[j].kind != KG_TOK_WORD || (st->toks[j].flags & KG_TOKF_CAP) ||
        !ex_pronoun_is(&st->toks[j], session))
        return 0;
    return j + 1 >= n || st->toks[j + 1].kind == KG_TOK_PUNCT ||
           ex_pronoun_is(&st->toks[j + 1], ends);
}

/* "New Mexico State University", "New South Wales Police": a place kg
 * knows opens the unknown name at i and goes on over token j, so a
 * shorter name that starts at j ("Mexico", "Wales") is a piece of it, no
 * mention of its own (ex_place_in_name sent the place's name here as the
 * start of a longer name; actor30: "Mexico State University" was read as
 * Mexico's), when the piece names another state than the place: Jersey
 * in "New Jersey Bell", Ireland in "Northern Ireland Assembly". */
static int ex_place_spans(const ex_state *st, size_t n, size_t i, size_t j,
                          const kg_onto_match *gm)
{
    kg_onto_match pm;
    const char *outer, *inner;
    if (!ex_match_name(st, n, i, &pm) || !pm.entity || !pm.entity->type ||
        !(!strcmp(pm.entity->type, "Place") ||
          !strcmp(pm.entity->type, "Country")) ||
        i + pm.ntok <= j || !gm->entity)
        return 0;
    /* (only when the piece is another state's: "South Australia
     * Government Financing Authority" is Australia's either way) */
    outer = pm.entity->country ? pm.entity->country : pm.entity->id;
    inner = gm->entity->country ? gm->entity->country : gm->entity->id;
    return !outer || !inner || strcmp(outer, inner) != 0;
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
    if (ex_trading_hours(st, m, j, n))
        return 1;
    if (!strcmp(m->entity->type, "Person") && j < n &&
        ex_pronoun_is(&st->toks[j], ex_leader_governs))
        return 0;
    /* "its former Indian Ocean colony", "the South China Sea": a country
     * or its demonym before "Ocean" or "Sea" names the water, no actor
     * (prec16: two coded events of reuters21578 had India as a party) */
    if (m->entity && strcmp(m->entity->type, "Person") != 0 && j < n &&
        (st->toks[j].flags & KG_TOKF_CAP) &&
        (ex_tok_is(st, j, "ocean") || ex_tok_is(st, j, "sea")))
        return 1;
    /* "destroy the Uruguay Round", "supported the Uruguay trade round",
     * "the Tokyo Round of tariff cuts": a country or a town before
     * "round" (perhaps after "trade") names a round of trade talks held
     * there, no actor (fin18: three coded events of reuters21578 had
     * Uruguay as a party) */
    if (m->entity && strcmp(m->entity->type, "Person") != 0 && j < n &&
        (ex_tok_is(st, j, "round") ||
         (j + 1 < n && ex_tok_is(st, j, "trade") &&
          ex_tok_is(st, j + 1, "round"))))
        return 1;
    /* "the West Ham result", "traders returned from West Africa": a bloc
     * named by one capitalised word ("West") before another capitalised
     * word is part of a longer name, known or not (prec18: 3 coded events
     * read the West there) */
    if (!strcmp(m->entity->type, "Group") && m->ntok == 1 && j < n &&
        st->toks[j].kind == KG_TOK_WORD && (st->toks[j].flags & KG_TOKF_CAP) &&
        (st->toks[i].flags & KG_TOKF_CAP) &&
        !(st->toks[i].flags & KG_TOKF_ALLCAPS) &&
        !(st->toks[j].flags & KG_TOKF_ALLCAPS) && m->entity->code &&
        strlen(m->entity->code) == 3 && !ex_not_a_name(st, j))
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

/* "a Franco-German meeting", "Sino-Soviet talks": a country's combining
 * form, only before a compound's hyphen, is the country (the key of its
 * name); any other key comes back as it is.  ("Anglo-" is left: as often
 * a firm's, "the Anglo-Dutch group", as Britain's.) */
static const char *ex_combining_form(const char *key)
{
    static const char *const forms[][2] = {
        {"franco", "france"}, {"sino", "china"}, {NULL, NULL}};
    size_t k;
    for (k = 0; forms[k][0]; k++)
        if (!strcmp(key, forms[k][0]))
            return forms[k][1];
    return key;
}

/* "the Cuban-backed Angolan government", "to protest U.S.-backed
 * eradication of their crop", "open its market to U.S.-made
 * semiconductors": the country before "-made" made the thing, and the
 * one before "-backed" backs the actor named next; the country is no
 * party to the act (seventeenth session: 4 such objects on agnews and
 * reuters, all wrong).  w is the hyphenated token, len bytes; named_next
 * when a capitalised word follows it. */
static int ex_backer_or_maker(const char *w, size_t len, int named_next)
{
    static const char *const tails[] = {
        "-made", "-built", "-produced", "-grown", "-manufactured",
        "-backed", "-sponsored", "-supported", "-funded", "-financed", NULL};
    size_t k, n;
    /* (a backer only before a name of its own, "Cuban-backed Angolan
     * government": CAMEO's code book codes "battled Pakistani-backed
     * intruders" as against Pakistan) */
    for (k = 0; tails[k]; k++) {
        if (k >= 5 && !named_next)
            break;
        n = strlen(tails[k]);
        if (len > n && !memcmp(w + len - n, tails[k], n))
            return 1;
    }
    return 0;
}

/* Is the len bytes at w the surname (a label's last word) of a person
 * the document has named ("the Blair-Brown feud" after "Gordon
 * Brown")? */
static int ex_named_surname(const ex_state *st, const char *w, size_t len)
{
    size_t k;
    for (k = 0; k < st->npeople; k++) {
        const char *l = st->people[k].label, *last;
        if (!l)
            continue;
        last = strrchr(l, ' ');
        last = last ? last + 1 : l;
        if (strlen(last) == len && !strncasecmp(last, w, len))
            return 1;
    }
    return 0;
}

/* "Schroeder-Hohenwarth said", "Watkins-Johnson Co", "Jean-Michel
 * Jarre", "Ashton-Tate": a part of a hyphenated word joined to a
 * capitalised part the gazetteer does not know is one piece of a name
 * (a double surname, a firm's, a given name's), not the person the
 * gazetteer gives that surname to; "Reagan-Gorbachev talks" and
 * "Bush-era" keep their people, and so does "the Blair-Brown feud" in a
 * story that named Gordon Brown.  w is the hyphenated token, len bytes.
 * Returns 1 when some capitalised part names nothing, 0 when not, or an
 * error.  (name28: on the three corpora 24 surname parts became a
 * person this way, every one wrong: Gerhard Schroeder's "he welcomed" in
 * a 1987 story of Hanns Christian Schroeder-Hohenwarth.) */
static int ex_hyphen_unknown_name(ex_state *st, const char *w, size_t len)
{
    size_t p = 0, q;
    kg_onto_match pm;
    const char *pk;
    int err;
    while (p < len) {
        for (q = p; q < len && w[q] != '-'; q++)
            ;
        if (q > p && w[p] >= 'A' && w[p] <= 'Z') {
            kg_buf_clear(&st->tmp);
            if ((err = kg_onto__token_key(w + p, q - p, &st->tmp)) < 0)
                return err;
            pk = st->tmp.ptr ? st->tmp.ptr : "";
            if (*pk &&
                !kg_onto__match(st->onto, &pk, NULL, NULL, 1, 0, &pm) &&
                !ex_named_surname(st, w + p, q - p))
                return 1;
        }
        p = q + 1;
    }
    return 0;
}

/* "Trinidad-Tobago", "Antigua-Barbuda": a hyphenated word whose
 * capitalised parts, read with "and" between them, are the whole name of
 * a country or place the gazetteer knows ("Trinidad and Tobago") is that
 * one state, however its parts fare alone ("Trinidad" is no name of the
 * gazetteer, so ex_hyphen_unknown_name would drop Tobago).  w is the
 * token, len bytes.  Returns the entity, or NULL. */
static const kg_onto_entity *ex_hyphen_and_name(const ex_state *st,
                                                const char *w, size_t len)
{
    char kb[4][48];
    const char *keys[7];
    size_t p = 0, q, nk = 0, np = 0;
    kg_onto_match pm;
    while (p < len) {
        for (q = p; q < len && w[q] != '-'; q++)
            ;
        if (np == 4 || q == p || q - p >= sizeof(kb[0]) || w[p] < 'A' ||
            w[p] > 'Z' ||
            kg_onto__token_key_ascii(w + p, q - p, kb[np]) == (size_t)-1 ||
            !kb[np][0])
            return NULL;
        if (nk)
            keys[nk++] = "and";
        keys[nk++] = kb[np++];
        p = q + 1;
    }
    if (np < 2 || !kg_onto__match(st->onto, keys, NULL, NULL, nk, 0, &pm) ||
        pm.ntok != nk || !pm.entity || !pm.entity->type ||
        (strcmp(pm.entity->type, "Country") != 0 &&
         strcmp(pm.entity->type, "Place") != 0))
        return NULL;
    return pm.entity;
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

/* "anti-American", "anti-Musharraf": the actor an "anti-" word at token
 * k names, or NULL.  No mention is made of it (the word describes the
 * phrase it opens, "the anti-Syrian opposition" is no Syrian one): the
 * callers read it where it names a target (ex_anti_target). */
const kg_entity *ex_anti_entity(ex_state *st, size_t k)
{
    const ex_tok *t = &st->toks[k];
    const char *w = st->doc->text + t->start, *pk;
    size_t len = t->end - t->start;
    kg_onto_match pm;
    ex_mention *em;
    if (len < 7 || strncmp(t->lower, "anti-", 5) != 0 || w[5] < 'A' ||
        w[5] > 'Z' || memchr(w + 5, '-', len - 5))
        return NULL;
    kg_buf_clear(&st->tmp);
    if (kg_onto__token_key(w + 5, len - 5, &st->tmp) < 0)
        return NULL;
    pk = st->tmp.ptr ? st->tmp.ptr : "";
    if (!*pk || !kg_onto__match(st->onto, &pk, NULL, NULL, 1, 0, &pm) ||
        !(em = kg_arena_calloc(&st->arena, 1, sizeof(*em))))
        return NULL;
    em->t0 = k;
    em->t1 = k + 1;
    em->start = t->start + 5;
    em->end = t->end;
    em->oe = pm.entity;
    em->kind = pm.kind;
    return ex_fill_entity(st, em, NULL) < 0 ? NULL : &em->ent;
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
        /* (or a person kg read from that surname alone, "First Chicago's
         * Johnson": ex_firm_possessor_surname) */
        if (!p->id || (!ex_last_word_is(p->label, key) &&
                       !(!strncmp(p->id, "x_", 2) && p->label &&
                         !strcasecmp(p->label, key))))
            continue;
        {
            size_t start = em->ent.start, end = em->ent.end;
            const char *text = em->ent.text;
            em->ent = *p;
            em->ent.start = start;
            em->ent.end = end;
            em->ent.text = text;
            em->ent.coref = EX_COREF_STORY;
            em->oe = kg_onto__entity(st->onto, p->id);
            em->kind = EX_NAME_COREF;
        }
        return;
    }
}

/* "called on the international community to act", "criticised foreign
 * donors": a name of a group of states the ontology writes in lower case
 * (a Group coded IGO: "the international community", "international
 * donors", "the donor community") is matched in lower case too, from
 * its first word, as at the start of a sentence; other names need their
 * capital.  (prec18b: with no mention, the subject of "a day after the
 * international community imposed fresh sanctions" was the sentence's
 * first actor.) */
static int ex_lower_group_name(const ex_state *st, const char *const *keys,
                               size_t i)
{
    kg_onto_match m = {NULL, 0, 0};
    size_t j, n = st->ntoks;
    for (j = i; j < st->ntoks; j++)
        if (!*keys[j]) {
            n = j;
            break;
        }
    return kg_onto__match(st->onto, keys, st->known, NULL, n, i, &m) &&
           m.entity && m.ntok >= 2 && m.entity->type &&
           !strcmp(m.entity->type, "Group") && m.entity->code &&
           !strcmp(m.entity->code, "IGO");
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
int ex_faith_before_group(const ex_state *st, size_t i)
{
    static const char *const faiths[] = {
        "shiite", "shia", "shi'ite", "sunni", "islamist", "islamic", "muslim",
        "christian", "jewish", "hindu", "sikh", "buddhist", "catholic",
        "protestant", "maoist", "marxist", NULL};
    const char *agent;
    const ex_mention *fm = i < st->ntoks ? ex_mention_at(st, i) : NULL;
    /* (not the first word of a group the ontology names with it, "two
     * Jewish settlers": the name is the actor, from its first word) */
    if (fm && fm->t0 == i && fm->t1 > i + 1 && !fm->dropped)
        return 0;
    return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], faiths) &&
           !(st->toks[i + 1].flags & KG_TOKF_CAP) &&
           ex_match_agent(st, i + 1, &agent) > 0;
}

/* The same adjective, or a people's that no country owns ("Kurdish"),
 * right before the name of a group or body the ontology codes ("Kurdish
 * YPG fighters", "Islamist Hamas militants", "Shiite Hezbollah"): the
 * name carries the code, the adjective is its modifier. */
int ex_faith_before_name(const ex_state *st, size_t i)
{
    static const char *const faiths[] = {
        "shiite", "shia", "shi'ite", "sunni", "islamist", "islamic", "muslim",
        "christian", "jewish", "hindu", "sikh", "buddhist", "catholic",
        "protestant", "maoist", "marxist", "kurdish", NULL};
    kg_onto_match gm;
    return i + 1 < st->ntoks && ex_pronoun_is(&st->toks[i], faiths) &&
           (st->toks[i + 1].flags & KG_TOKF_CAP) &&
           ex_match_name(st, st->ntoks, i + 1, &gm) && gm.entity->code &&
           *gm.entity->code && ex_group_or_org(gm.entity->type);
}

/* "a New York-based company", "the Hong Kong-based bank": a place of
 * two or three words whose last is written joined to "-based" (one
 * token, "Kong-based") is read whole, as "London-based" is by its parts
 * (the hyphen reading below sees "Kong" alone).  Token i opens the name;
 * returns the tokens read (the "-based" token the last) and sets *pm, or
 * 0. */
static size_t ex_based_place_name(ex_state *st, const char *const *keys,
                                  size_t i, kg_onto_match *pm)
{
    const char *pkeys[3];
    size_t k, j, len;
    const ex_tok *h;
    const char *w;
    for (k = 1; k < 3 && i + k < st->ntoks; k++) {
        if ((st->toks[i + k - 1].flags & KG_TOKF_HYPHEN) ||
            !(st->toks[i + k - 1].flags & KG_TOKF_CAP) ||
            !*keys[i + k - 1])
            return 0;
        h = &st->toks[i + k];
        if (!(h->flags & KG_TOKF_HYPHEN))
            continue;
        w = st->doc->text + h->start;
        len = h->end - h->start;
        if (!(h->flags & KG_TOKF_CAP) || len <= 6 ||
            memcmp(w + len - 6, "-based", 6) != 0 ||
            memchr(w, '-', len - 6) != NULL)
            return 0;
        kg_buf_clear(&st->tmp);
        if (kg_onto__token_key(w, len - 6, &st->tmp) < 0 || !st->tmp.ptr)
            return 0;
        for (j = 0; j < k; j++)
            pkeys[j] = keys[i + j];
        pkeys[k] = st->tmp.ptr;
        return kg_onto__match(st->onto, pkeys, NULL, NULL, k + 1, 0, pm) &&
                       pm->ntok == k + 1 && pm->entity &&
                       ex_country_or_place(pm->entity->type)
                   ? k + 1
                   : 0;
    }
    return 0;
}

/* "French President Francois Mitterand", "colleague Pat Leahy": the
 * person's own given name, or a short form of it, right before the
 * surname the gazetteer knows him by (ex_unknown_actor leaves it, no
 * name of its own) is a piece of his name: the mention starts there, so
 * that a title before it is his as it is before "Jacques Chirac".
 * KG_ENOMEM or KG_OK. */
static int ex_own_given_before(ex_state *st, ex_mention *m)
{
    size_t g = m->t0;
    if (g == 0 || !m->oe || !m->oe->type ||
        strcmp(m->oe->type, "Person") != 0 || m->t1 != g + 1)
        return KG_OK;
    g--;
    if (st->toks[g].kind != KG_TOK_WORD ||
        !(st->toks[g].flags & KG_TOKF_CAP) || ex_found_at(st, g) ||
        !kg_onto__given_name(st->onto, st->toks[g].key) ||
        !ex_own_given_name(st, g, m->oe))
        return KG_OK;
    m->t0 = g;
    m->start = st->toks[g].start;
    m->ent.start = m->start;
    if (!(m->ent.text = ex_strndup(st, st->doc->text + m->start,
                                   m->end - m->start)))
        return KG_ENOMEM;
    return KG_OK;
}

/* "CJ van der Linde", "Hans van den Broek": a surname the gazetteer
 * gives to a person alone (Ann Linde) after lower-case particles of a
 * name ("van der", "de", "bin") that follow another given name or bare
 * initials is part of someone else's name (the unknown run stops at the
 * particle, so ex_other_given_name does not see it).  Not after a title
 * or an opener ("President da Silva", "But de Clercq said"). */
static int ex_other_particle_name(const ex_state *st, size_t i,
                                  const kg_onto_entity *e)
{
    static const char *const particles[] = {
        "van", "von", "der", "den", "de", "da", "du", "di", "del",
        "la",  "le",  "ter", "dos", "das", "bin", "ibn", NULL};
    size_t k = i, g;
    if (!e || !e->type || strcmp(e->type, "Person") != 0)
        return 0;
    while (k > 0 && i - k < 3 && st->toks[k - 1].kind == KG_TOK_WORD &&
           !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
           ex_pronoun_is(&st->toks[k - 1], particles))
        k--;
    if (k == i || k == 0)
        return 0;
    g = k - 1;
    if (st->toks[g].kind != KG_TOK_WORD || !(st->toks[g].flags & KG_TOKF_CAP))
        return 0;
    if (!ex_other_initials(st, g, e) &&
        (!kg_onto__given_name(st->onto, st->toks[g].key) ||
         ex_own_given_name(st, g, e)))
        return 0;
    return 1;
}

/* Korea wire copy's "talks with the South", "the North's nuclear
 * programme": a capitalised "South" or "North" after "the" that no
 * capitalised word goes on from ("the South China Sea", "the North
 * Atlantic") is that Korea, in a document that names either Korea or
 * its capital (elsewhere "the North" is Northern Ireland's, Cyprus's or
 * Sri Lanka's, "the South" Sudan's or America's: no actor).  Sets *used
 * to 1 when it adds the mention. */
static int ex_korea_half(ex_state *st, size_t i, size_t *used)
{
    static const char *const cues[] = {"North Korea", "South Korea",
                                       "Pyongyang", "Seoul", NULL};
    const kg_onto_entity *oe;
    ex_mention *m;
    int korea;
    *used = 0;
    if (i == 0 || !ex_tok_is(st, i - 1, "the") ||
        !(st->toks[i].flags & KG_TOKF_CAP) ||
        !(ex_tok_is(st, i, "south") || ex_tok_is(st, i, "north")) ||
        (i + 1 < st->ntoks && st->toks[i + 1].kind == KG_TOK_WORD &&
         (st->toks[i + 1].flags & KG_TOKF_CAP)))
        return KG_OK;
    korea = ex_doc_has_any_cue(st->doc, cues);
    oe = korea ? kg_onto__entity(st->onto,
                                 ex_tok_is(st, i, "south") ? "KOR" : "PRK")
               : NULL;
    if (!oe)
        return KG_OK;
    if (!(m = ex_add_mention(st, i, i + 1, st->toks[i].start,
                             st->toks[i].end)))
        return KG_OK;
    m->oe = oe;
    m->kind = KG_NAME_PROPER;
    *used = 1;
    return ex_fill_entity(st, m, NULL);
}

int ex_find_mentions(ex_state *st)
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
        const kg_onto_entity *honored = NULL, *eucom = NULL;
        int found;

        if (t->kind != KG_TOK_WORD || !*t->key) {
            i++;
            continue;
        }
        {
            /* "Unilever Plc <UN.AS>", "Gillette Co <GS.N>": a stock
             * ticker in angle brackets after a firm's name (reuters21578)
             * names no actor ("UN" is no United Nations) */
            size_t j;
            /* (capitals and dots with no space, "<CANN.T>"; not a firm's
             * name in brackets, "<Surinam Aluminum Company>") */
            for (j = i; i > 0 && ex_tok_punct(st, i - 1, '<') &&
                        j < st->ntoks && j < i + 4;
                 j++) {
                if (ex_tok_punct(st, j, '>') ||
                    st->toks[j].start != st->toks[j - 1].end ||
                    (st->toks[j].kind == KG_TOK_WORD &&
                     !(st->toks[j].flags & KG_TOKF_ALLCAPS) &&
                     strlen(st->toks[j].lower) > 1))
                    break;
            }
            if (i > 0 && j < st->ntoks && j < i + 4 &&
                ex_tok_punct(st, i - 1, '<') && ex_tok_punct(st, j, '>')) {
                i = j + 1;
                continue;
            }
        }
        if (!(t->flags & KG_TOKF_CAP) && !ex_titled_lower_name(st, i) &&
            !ex_article_name(st, i) && !ex_lower_group_name(st, keys, i)) {
            /* "refugees", "the alliance": earlier actors named again;
             * "the home secretary": the office of its state */
            size_t used = 0;
            if ((err = ex_state_title(st, i, &used)) < 0 ||
                (!used && (err = ex_title_coref(st, i, &used)) < 0) ||
                (!used && (err = ex_coref_noun(st, i, 0, &used)) < 0))
                return err;
            i += used ? used : 1;
            continue;
        }
        {
            /* "a New York-based company" (ex_based_place_name) */
            size_t bn = ex_based_place_name(st, keys, i, &m);
            if (bn) {
                if (!(em = ex_add_mention(st, i, i + bn, t->start,
                                          st->toks[i + bn - 1].end - 6)))
                    return KG_OK;
                em->oe = m.entity;
                em->kind = m.kind;
                if ((err = ex_fill_entity(st, em, NULL)) < 0)
                    return err;
                i += bn;
                continue;
            }
        }
        /* keys stop at punctuation: matches never span it */
        {
            size_t j;
            for (j = i; j < st->ntoks; j++)
                if (!*keys[j]) {
                    n = j;
                    break;
                }
            n = ex_name_limit(st, i, n); /* (nor into "said") */
        }
        found = kg_onto__match(st->onto, keys, st->known, caps, n, i, &m);
        if (!found && (m.entity = ex_eu_commission(st, i, n)) != NULL) {
            m.kind = KG_NAME_PROPER;
            m.ntok = 1;
            found = 1;
            eucom = m.entity;
        }
        if (!found && (m.entity = ex_honored_surname(st, i, n)) != NULL) {
            m.kind = KG_NAME_PROPER;
            m.ntok = 1;
            found = 1;
            honored = m.entity;
        }
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
        if (found && m.ntok == 1 &&
            !(m.entity = ex_dated_surname(st, m.entity, st->toks[i].key)))
            found = 0;
        if (found && m.ntok == 1 && ex_surname_opens_org(st, m.entity, i))
            found = 0;
        if (found && m.ntok == 1 && m.entity && m.entity->type &&
            !strcmp(m.entity->type, "Person") &&
            (ex_firm_possessor_surname(st, m.entity, i) ||
             ex_doubled_surname(st, i)))
            found = 0;
        if (found && m.ntok == 1 && m.entity && m.entity->type &&
            !strcmp(m.entity->type, "Person") && ex_roster_name(st, i))
            found = 0; /* "Subs: Howard, Giggs, Smith" */
        if (found && ex_party_word_before(st, m.entity, i, m.ntok))
            found = 0;
        /* "Mr German said", "Mrs Irish met the minister": one word of a
         * country or a place right after an honorific is a surname; the
         * name is the person's ("Mr German", a Welsh politician, was
         * Germany) */
        if (found && m.ntok == 1 && i > 0 && m.entity &&
            ex_country_or_place(m.entity->type) &&
            ex_pronoun_is(&st->toks[i - 1], ex_honorifics))
            found = 0;
        /* "Sir Howard said", "Sir Cameron hoped": one word after "Sir" or
         * "Dame" is the knight's given name, so a person the gazetteer
         * knows by that word as a surname (John Howard, David Cameron) is
         * someone else, unless it opens the person's own name */
        if (found && m.ntok == 1 && i > 0 && m.entity && m.entity->type &&
            !strcmp(m.entity->type, "Person") &&
            (ex_tok_is(st, i - 1, "sir") || ex_tok_is(st, i - 1, "dame")) &&
            !ex_name_opens_with(m.entity->label, st->toks[i].key))
            found = 0;
        if (found && m.ntok == 1 && ex_other_particle_name(st, i, m.entity))
            found = 0; /* "CJ van der Linde" */
        /* "Johnson & Johnson", "Marks & Spencer": a surname joined by an
         * ampersand is a piece of a firm's name, not the person the
         * gazetteer knows by it (Boris Johnson) */
        if (found && m.ntok == 1 && m.entity && m.entity->type &&
            !strcmp(m.entity->type, "Person") &&
            ((i > 0 && ex_tok_punct(st, i - 1, '&')) ||
             (i + 1 < st->ntoks && ex_tok_punct(st, i + 1, '&'))))
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
                (err = ex_party_country(st, em)) < 0 ||
                (err = ex_congress_country(st, em)) < 0 ||
                (err = ex_nsc_country(st, em)) < 0)
                return err;
            em = &st->ments[st->nments - 1];
            if ((err = ex_ethnic_residence(st, em)) < 0)
                return err;
            em = &st->ments[st->nments - 1];
            if ((err = ex_definite_person(st, em)) < 0)
                return err;
            ex_surname_person(st, em);
            /* (the story named his office: ex_honored_from_story; its
             * cues chose him: ex_shared_from_story) */
            if (honored && em->oe == honored && em->t0 == i &&
                ex_honored_from_story(st, honored))
                em->ent.coref = EX_COREF_STORY;
            if (eucom && em->oe == eucom && em->t0 == i &&
                ex_eu_commission_from_story(st))
                em->ent.coref = EX_COREF_STORY;
            if (!court && m.ntok == 1 && em->t0 == i && m.entity &&
                em->oe && (em->t1 == i + 1 || em->oe == m.entity) &&
                ex_shared_from_story(st, m.entity, em->oe, i, m.ntok))
                em->ent.coref = EX_COREF_STORY;
            if ((err = ex_own_given_before(st, em)) < 0)
                return err;
            i = em->t1;
            if (em->oe && em->oe->type && !strcmp(em->oe->type, "Person") &&
                i < n && (st->toks[i].flags & KG_TOKF_CAP) &&
                ex_pronoun_is(&st->toks[i], ex_leader_governs))
                i++; /* (ex_leader_governs) */
            continue;
        }
        if (!found) {
            size_t used = 0;
            if ((err = ex_korea_half(st, i, &used)) < 0)
                return err;
            if (used) {
                i += used;
                continue;
            }
        }
        if (t->flags & KG_TOKF_HYPHEN) {
            /* Russian-Turkish: each part on its own */
            const char *w = st->doc->text + t->start;
            size_t len = t->end - t->start, p = 0, past = 0;
            int first = -1, odd = ex_hyphen_unknown_name(st, w, len);
            const kg_onto_entity *both;
            if (odd < 0)
                return odd;
            if (odd && (both = ex_hyphen_and_name(st, w, len)) != NULL) {
                /* "Trinidad-Tobago": one state (ex_hyphen_and_name) */
                if (!(em = ex_add_mention(st, i, i + 1, t->start, t->end)))
                    return KG_OK;
                em->oe = both;
                em->kind = KG_NAME_PROPER;
                if ((err = ex_fill_entity(st, em, NULL)) < 0)
                    return err;
                i++;
                continue;
            }
            if ((len > 9 && memcmp(w + len - 9, "-speaking", 9) == 0) ||
                ex_backer_or_maker(w, len,
                                   (i + 1 < n &&
                                    (st->toks[i + 1].flags & KG_TOKF_CAP)) ||
                                       /* "Iraq's US-backed leader": the
                                        * possessor names whose the
                                        * thing backed is */
                                       (i > 0 &&
                                        ex_tok_is(st, i - 1, "'s")))) {
                /* "Latvia's Russian-speaking minority", "French-speaking
                 * students": a language, not the country that speaks it
                 * (they are the country's they live in) */
                i++;
                continue;
            }
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
                if (q < len)
                    pk = ex_combining_form(pk);
                if (*pk && q == len && p > 0) {
                    /* "a joint UN-African Union force": the last part
                     * may begin a name the next words end */
                    const char *pkeys[4];
                    size_t nk = 1;
                    pkeys[0] = pk;
                    while (nk < 4 && i + nk < st->ntoks &&
                           st->toks[i + nk].kind == KG_TOK_WORD &&
                           *st->toks[i + nk].key)
                        pkeys[nk] = st->toks[i + nk].key, nk++;
                    if (nk > 1 &&
                        kg_onto__match(st->onto, pkeys, NULL, NULL, nk, 0,
                                       &pm) &&
                        pm.ntok > 1)
                        past = pm.ntok - 1;
                }
                /* "Wheeling-Pittsburgh Steel Corp", "Hydro-Quebec",
                 * "Allied-Lyons", "R-Texas": a city or region joined to a
                 * capitalised part the gazetteer does not know is a piece
                 * of a firm's or another name, no actor, as a surname is
                 * (odd); "the Baghdad-Basra highway" keeps its places.
                 * (actor28: prec28 read "Pittsburgh" as an actor) */
                if (*pk &&
                    (past ||
                     kg_onto__match(st->onto, &pk, NULL, NULL, 1, 0, &pm)) &&
                    (past || !pm.entity || !pm.entity->type ||
                     (strcmp(pm.entity->type, "Person") != 0 &&
                      !(odd && !strcmp(pm.entity->type, "Place"))) ||
                     (!odd && ex_dated_surname(st, pm.entity, pk)))) {
                    if (!(em = ex_add_mention(
                              st, i, i + 1 + past, t->start + p,
                              past ? st->toks[i + past].end : t->start + q)))
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
                i += 1 + past;
                continue;
            }
        }
        if (i == 0 || ex_is_quote(st, i - 1) || ex_tok_punct(st, i - 1, '(') ||
            (i > 1 && ex_dateline_end(st) == i) || ex_institution(st, i)) {
            /* "Insurgents bombarded ...", "Police said": a group noun
             * capitalised only because it opens the sentence (perhaps
             * after a dateline), or an institution written with a
             * capital ("the Army said"); a chamber's committee first
             * ("Senate Finance Committee Chairman Lloyd Bentsen said"
             * opening the sentence is the committee, not the Senate) */
            size_t used = 0;
            if ((err = ex_chamber_committee(st, i, n, &used)) < 0)
                return err;
            if (!used && (err = ex_coref_noun(st, i, 1, &used)) < 0)
                return err;
            if (used && ex_institution(st, i) &&
                (err = ex_institution_of_place(st, i, &used)) < 0)
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

/* Role nouns of no office that a name before them owns: "WikiLeaks
 * founder Julian Assange" (not titles such as "chairman", whose name
 * before may be a state's body: "Banking Committee chairman"). */
static const char *const ex_founder_nouns[] = {
    "founder", "co-founder", "cofounder", "boss", "owner", "critic",
    "editor", "publisher", NULL};

/* Nouns of the others an actor stands against or deals with: "Brazil's
 * creditors", "Japan's trading partners", "Iraq's neighbours" (not
 * "rival", an adjective as often: "Lebanon's rival factions"). */
static const char *const ex_counterpart_nouns[] = {
    "creditor", "creditors", "lender",     "lenders",    "partner",
    "partners", "ally",      "allies",     "enemy",      "enemies",
    "rivals",   "neighbour",  "neighbours", "neighbor",
    "neighbors", "opponent", "opponents",  "foe",        "foes",
    "critic",   "critics",   "detractors", "adversary",  "adversaries",
    "captors",  NULL};

/* "rival" as a noun: before a name or at the end of its phrase ("talks
 * with the exchange's rival Euronext", "bought its rival, a Dutch firm"),
 * not before the noun it describes ("Lebanon's rival factions"); and
 * "competitor(s)", a noun always. */
static int ex_rival_noun(const ex_state *st, size_t k)
{
    static const char *const competitors[] = {"competitor", "competitors",
                                              NULL};
    if (ex_pronoun_is(&st->toks[k], competitors))
        return 1;
    if (!ex_tok_is(st, k, "rival"))
        return 0;
    return k + 1 >= st->ntoks || st->toks[k + 1].kind != KG_TOK_WORD ||
           (st->toks[k + 1].flags & KG_TOKF_CAP);
}

/* "met Brazil's creditors", "Japan's trading partners criticised ...":
 * the possessor of a counterpart noun (up to two lower-case describing
 * words between: "the Philippines' commercial creditors", "Japan's biggest
 * trading partner") is not the one who acts, whoever the counterparts
 * are; its mention is dropped, and the phrase stays unnamed. */
static void ex_drop_counterpart_possessors(ex_state *st)
{
    size_t i, k, w;
    for (i = 0; i < st->nments; i++) {
        ex_mention *a = &st->ments[i];
        size_t after;
        if (a->dropped || a->ent.is_value || !a->ent.code)
            continue;
        if (st->doc->text[st->toks[a->t1 - 1].end - 1] == '\'' ||
            (a->t1 > a->t0 + 1 && ex_tok_is(st, a->t1 - 1, "'s")))
            after = a->t1; /* ("Wales'", or "'s" taken into the name) */
        else if (a->t1 < st->ntoks && (ex_tok_is(st, a->t1, "'s") ||
                                       ex_tok_punct(st, a->t1, '\'')))
            after = a->t1 + 1;
        else
            continue;
        for (k = after, w = 0; k < st->ntoks && w < 3; k++, w++) {
            /* (describing words only: "Turkey's policy toward allies",
             * "talks with creditors" leave the possessor a party) */
            if (st->toks[k].kind != KG_TOK_WORD ||
                (st->toks[k].flags & KG_TOKF_CAP) ||
                st->toks[k].tag != KG_W_NONE)
                break;
            if (ex_pronoun_is(&st->toks[k], ex_counterpart_nouns) ||
                ex_rival_noun(st, k)) {
                a->dropped = 1;
                break;
            }
        }
    }
}

/* "the dollar against the Japanese yen", "pressure on the U.S. Currency",
 * "support for the Australian dollar": a state named before its money is
 * no actor (markets move the money; no state acts or is acted on).
 * "pound", "mark" and "won" are verbs too ("Iran pounds", "Mexico won"):
 * they count only after an adjective of nationality ("British pound",
 * "West German mark", "Korean won"). */
static const char *const ex_currency_nouns[] = {
    "yen",      "dollar",  "dollars", "currency", "currencies", "franc",
    "francs",   "sterling", "peso",   "pesos",    "lira",       "lire",
    "guilder",  "guilders", "yuan",   "rupee",    "rupees",     "rouble",
    "roubles",  "ruble",   "rubles",  "rand",     "ringgit",    "rupiah",
    "crown",    "crowns",  "shekel",  "shekels",  NULL};
static const char *const ex_currency_verbs[] = {"pound", "pounds", "mark",
                                               "marks", "won", NULL};

static int ex_nationality_word(const char *w)
{
    size_t n = strlen(w);
    return n > 4 && (!strcmp(w + n - 3, "ian") || !strcmp(w + n - 3, "ish") ||
                     !strcmp(w + n - 3, "ese") || !strcmp(w + n - 3, "ean") ||
                     !strcmp(w + n - 3, "man"));
}

static void ex_drop_currency_states(ex_state *st)
{
    size_t i, k;
    for (i = 0; i < st->nments; i++) {
        ex_mention *a = &st->ments[i];
        if (a->dropped || a->ent.is_value || !a->ent.code || a->t1 <= a->t0)
            continue;
        k = a->t1;
        if (k < st->ntoks && ex_tok_is(st, k, "'s"))
            k++;
        if (k >= st->ntoks || st->toks[k].kind != KG_TOK_WORD)
            continue;
        if (ex_pronoun_is(&st->toks[k], ex_currency_nouns) ||
            (k == a->t1 && ex_pronoun_is(&st->toks[k], ex_currency_verbs) &&
             ex_nationality_word(st->toks[a->t1 - 1].lower)))
            a->dropped = 1;
    }
}

/* "reiterated its opposition to the tax", "voiced strong opposition to
 * the French plan", "faced strong opposition from Britain": "opposition"
 * alone before "to", or before "from" with no "the" (not "the opposition
 * from the left"), is the act of opposing (the lexicon's "opposition"),
 * not the political opposition ("opposition leaders", "the Labour
 * opposition"). */
/* "Taiwan's leader used his National Day speech to urge China": a name
 * kg does not know between a possessive pronoun and a lower-case noun
 * ("his National Day speech", "their Coca-Cola franchise") names a kind
 * of that noun, the owner's, no actor of its own. */
static void ex_drop_owned_names(ex_state *st)
{
    static const char *const pronouns[] = {"his", "her", "its", "their",
                                           "our", "my", "your", NULL};
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *a = &st->ments[i];
        const ex_tok *next;
        if (a->dropped || a->oe || a->ent.is_value || a->t0 == 0 ||
            a->t1 >= st->ntoks || !a->ent.id ||
            strncmp(a->ent.id, "x_", 2) != 0 || a->ent.code ||
            !(st->toks[a->t0].flags & KG_TOKF_CAP) ||
            !ex_pronoun_is(&st->toks[a->t0 - 1], pronouns))
            continue;
        next = &st->toks[a->t1];
        if (next->kind == KG_TOK_WORD && next->tag == KG_W_NONE &&
            !(next->flags & KG_TOKF_CAP) && !next->covered)
            a->dropped = 1;
    }
}

/* "Police broke up a march by Ogoni protesters", "talks with Karen
 * villagers": a capitalised name kg does not know (no code, no person)
 * right before a group noun ("protesters", "villagers", "workers") says
 * which of them, a people, a sect, a firm or a town; the phrase's head
 * is the group, which is the actor (its code, the country its sentence
 * gives it), and the name joins its mention. */
static void ex_name_before_group(ex_state *st)
{
    size_t i, k, n;
    const char *w;
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        if (a->dropped || a->oe || a->compound || a->ent.is_value ||
            (a->ent.code && *a->ent.code) || !a->ent.id ||
            strncmp(a->ent.id, "x_", 2) != 0 || !a->ent.type ||
            strcmp(a->ent.type, "Person") == 0 || a->t1 != p->t0 ||
            p->dropped || p->oe || p->ent.is_value || !p->ent.code ||
            !*p->ent.code || !p->ent.type ||
            strcmp(p->ent.type, "Group") != 0 || p->t1 != p->t0 + 1 ||
            (st->toks[p->t0].flags & KG_TOKF_CAP))
            continue;
        for (k = a->t0; k < a->t1; k++)
            if (st->toks[k].kind == KG_TOK_WORD &&
                (!(st->toks[k].flags & KG_TOKF_CAP) ||
                 (strchr(st->toks[k].lower, '-') &&
                  ex_ends_ed(st, k))))
                break; /* ("the Kurdish-led forces": whose?) */
        /* a plural noun ("Marines spy case", "NBC television stations":
         * a singular one may be a modifier itself); no adjective of a
         * region or a people that kg does not code ("European drivers") */
        w = st->toks[p->t0].lower;
        n = strlen(w);
        if (k < a->t1 || n < 4 || w[n - 1] != 's' || w[n - 2] == 's' ||
            ex_nationality_word(st->toks[a->t1 - 1].lower))
            continue;
        a->dropped = 1;
        p->t0 = a->t0;
        p->start = a->start;
    }
}

/* "his staunch opposition.", "met strong opposition within the party",
 * "faces stiff opposition in the committee", "alone in its opposition":
 * "opposition" after a possessive pronoun, "such" or a word of its
 * strength (one more adjective may stand between), heading its phrase
 * (no noun after it: not "strong opposition objection", "their
 * opposition leaders"), is the act of opposing, not the opposition
 * parties (name32: 21 of 24 corpus mentions so read were that act). */
static int ex_opposing_act(const ex_state *st, size_t t)
{
    static const char *const before[] = {
        "his",     "her",        "its",          "their",  "such",
        "strong",  "stiff",      "fierce",       "staunch", "growing",
        "widespread", "considerable", "unanimous", "vehement",
        "vigorous", "bitter",    "strenuous",    NULL};
    static const char *const after[] = {
        "in",   "of",   "by",  "to",     "from",    "within", "even",
        "was",  "is",   "has", "had",    "and",     "or",     "because",
        "among", "at",  "on",  "over",   "against", "that",   "which",
        "as",   "for",  "could", "would", "will",   "may",    NULL};
    const ex_tok *b;
    if (t == 0 || !ex_tok_is(st, t, "opposition") ||
        (st->toks[t].flags & KG_TOKF_CAP))
        return 0;
    if (t + 1 < st->ntoks && st->toks[t + 1].kind == KG_TOK_WORD &&
        !ex_pronoun_is(&st->toks[t + 1], after))
        return 0;
    b = &st->toks[t - 1];
    if (ex_pronoun_is(b, before))
        return 1;
    return t >= 2 && b->kind == KG_TOK_WORD && !(b->flags & KG_TOKF_CAP) &&
           ex_pronoun_is(&st->toks[t - 2], before);
}

static void ex_drop_opposition_to(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *a = &st->ments[i];
        if (!a->dropped && a->t1 == a->t0 + 1 && ex_opposing_act(st, a->t0)) {
            a->dropped = 1;
            continue;
        }
        /* "regretted West German opposition to the reforms", "U.S.
         * opposition to the merger": the state opposes; its word stays
         * the actor, the state itself, not its opposition party; in
         * lower case only as written ("U.S. Opposition" in copy that
         * capitalises the word after an initialism stays: the state
         * named there would count as the story's, name32) */
        if (!a->dropped && a->t1 > a->t0 + 1 && a->t1 < st->ntoks &&
            ex_tok_is(st, a->t1 - 1, "opposition") &&
            st->doc->text[st->toks[a->t1 - 1].start] == 'o' &&
            ex_tok_is(st, a->t1, "to") && a->ent.country &&
            *a->ent.country) {
            const kg_onto_entity *c =
                kg_onto__entity(st->onto, a->ent.country);
            if (c && c->type && !strcmp(c->type, "Country")) {
                ex_mention keep = *a;
                a->oe = c;
                a->kind = KG_NAME_PROPER;
                a->t1--;
                a->end = st->toks[a->t1 - 1].end;
                if (ex_fill_entity(st, a, NULL) < 0)
                    *a = keep;
            }
            continue;
        }
        if (!a->dropped && a->t1 == a->t0 + 1 && a->t1 < st->ntoks &&
            ex_tok_is(st, a->t0, "opposition") &&
            (ex_tok_is(st, a->t1, "to") ||
             (ex_tok_is(st, a->t1, "from") &&
              !(a->t0 > 0 && ex_tok_is(st, a->t0 - 1, "the")))))
            a->dropped = 1;
    }
}

/* Words before a state's title that make the office a past one
 * ("former Soviet Foreign Minister", "X, the former Soviet foreign
 * minister,"): ex_glue_titles, ex_role_appositions. */
static const char *const ex_former_words[] = {"former", "ex", "then",
                                              "late", NULL};

/* "Turkish President Recep Tayyip Erdogan", "Kremlin spokesman Dmitry
 * Peskov": a country word and a title before a person belong to the person
 * (the title gives the agent code where the ontology has no office). */
/* "Senator Kerry attacked President Bush's economic record", "Senator
 * John Kerry criticised Bush" in an undated story: a title right before
 * a known person of several offices ("senator", LEG) chooses the office
 * of his with that title's sector, the date's if the story is dated,
 * else the latest such; the date's or the latest office of any kind
 * (Kerry's: Secretary of State, USAGOV) is not the one the text names.
 * Not after "former" ("former Senator"), nor when no office of his has
 * that sector.  (prec18: "Senator Kerry" and "Democrat challenger John
 * Kerry" were USAGOV in bbc_news stories of 2004.) */
static void ex_title_chooses_office(ex_state *st)
{
    size_t i, k, j;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const kg_onto_office *best;
        const char *prev = NULL;
        const char *agent = NULL, *d = st->doc->date;
        size_t tl = 0;
        if (p->dropped || !p->oe || p->oe->noffices < 2 ||
            p->kind > KG_NAME_METONYM || strcmp(p->oe->type, "Person") != 0)
            continue;
        for (k = p->t0 > 4 ? p->t0 - 4 : 0; k < p->t0; k++) {
            agent = NULL;
            tl = ex_match_title(st, k, &agent);
            if (tl && k + tl == p->t0 && agent)
                break;
            tl = 0;
        }
        if (!tl || (k > 0 && ex_pronoun_is(&st->toks[k - 1], ex_former_words)))
            continue;
        /* (not the second of two titles: "Pakistani President General
         * Pervez Musharraf" is the president) */
        for (j = k > 3 ? k - 3 : 0; j < k; j++)
            if (ex_match_title(st, j, &prev) == k - j)
                break;
        if (j < k)
            continue;
        if (!(best = ex_office_of_sector(p->oe, d, agent, NULL)))
            continue;
        p->ent.country = best->country ? best->country : p->oe->country;
        p->ent.code = best->code ? best->code
                                 : p->ent.country
                                       ? ex_concat(st, p->ent.country, agent)
                                       : p->ent.code;
    }
}

/* The mention a, right before p in one phrase ("World Bank head" before
 * "Barber Conable"), taken into p, the phrase's head: a is dropped and p
 * starts where a did.  p's entity keeps its own text and offsets (the
 * person's name is the node), unless the caller also sets them
 * (ex_glue_person). */
static void ex_absorb_before(ex_mention *a, ex_mention *p)
{
    a->dropped = 1;
    p->t0 = a->t0;
    p->start = a->start;
}

/* The mention a (a body or a state, with a title after it) glued onto the
 * person p it names: a is dropped, p spans both and its text is the
 * whole phrase.  KG_ENOMEM or KG_OK. */
static int ex_glue_person(ex_state *st, ex_mention *a, ex_mention *p)
{
    ex_absorb_before(a, p);
    p->ent.start = p->start;
    if (!(p->ent.text =
              ex_strndup(st, st->doc->text + p->start, p->end - p->start)))
        return KG_ENOMEM;
    return KG_OK;
}

/* "Senate Agriculture Committee Chairman Patrick Leahy", "House Banking
 * Committee chairman Fernand St Germain": a body kg coded but has no
 * entry for (a chamber's committee, ex_chamber_committee), a title and a
 * person kg does not know make one phrase whose head is the person, who
 * acts for the body: its code (USALEG).  (missC's rule.) */
static int ex_body_title_person(ex_state *st)
{
    size_t i;
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const char *agent = NULL;
        size_t tl;
        if (a->dropped || a->compound || a->oe || a->ent.is_value ||
            !a->ent.code || strlen(a->ent.code) != 6 || !a->ent.country ||
            !a->ent.type || strcmp(a->ent.type, "Organization") != 0 ||
            p->dropped || p->oe || (p->ent.code && *p->ent.code) ||
            !p->ent.id || strncmp(p->ent.id, "x_", 2) != 0 ||
            !p->ent.type || strcmp(p->ent.type, "Person") != 0)
            continue;
        tl = ex_match_title(st, a->t1, &agent);
        if (!tl || a->t1 + tl != p->t0)
            continue;
        p->ent.code = a->ent.code;
        p->ent.country = a->ent.country;
        if (ex_glue_person(st, a, p) < 0)
            return KG_ENOMEM;
    }
    return KG_OK;
}

/* "Iraqi leaders appealed to NATO", "Taiwan's leader urged China", "the
 * Iraqi leader" with no Iraqi named before (ex_definite_person): a
 * state's own leaders, a nationality or a possessive right before
 * "leader(s)" and no name after it, are its government (IRQGOV, the
 * real-news gold), not the country; a word between names another group
 * ("Iraqi Sunni leaders", "Palestinian militant leaders"). */
static int ex_country_leaders(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        size_t j = m->t1;
        if (m->dropped || !m->oe || m->ent.is_value ||
            strcmp(m->oe->type, "Country") != 0 || !m->ent.code ||
            strcmp(m->ent.code, m->oe->id) != 0 ||
            (m->kind != KG_NAME_DEMONYM && m->kind != KG_NAME_PROPER))
            continue;
        if (m->kind == KG_NAME_PROPER &&
            !(j < st->ntoks && ex_tok_is(st, j, "'s")))
            continue;
        if (m->kind == KG_NAME_PROPER)
            j++;
        if (j >= st->ntoks || st->toks[j].covered ||
            !(ex_tok_is(st, j, "leader") || ex_tok_is(st, j, "leaders")) ||
            (j + 1 < st->ntoks && st->toks[j + 1].kind == KG_TOK_WORD &&
             (st->toks[j + 1].flags & KG_TOKF_CAP)))
            continue;
        m->t1 = j + 1;
        m->end = m->ent.end = st->toks[j].end;
        m->ent.text =
            ex_strndup(st, st->doc->text + m->start, m->end - m->start);
        m->ent.code = ex_concat(st, m->oe->id, "GOV");
        m->kind = KG_NAME_METONYM;
        if (!m->ent.text || !m->ent.code)
            return KG_ENOMEM;
        for (; j < m->t1; j++)
            st->toks[j].covered = (int)(i + 1);
    }
    return KG_OK;
}

/* "Senator John Kerry criticised Bush. ... Kerry said the war was a
 * mistake": in one story a person holds the office the text gave him
 * (when its titles gave him only one).  A known person named again with no title of his own (his code
 * is the one the date or, undated, his latest office gives) keeps the
 * code an earlier mention of the document had when that differs (a title
 * chose it: ex_title_chooses_office, or a state's title: "Soviet
 * Foreign Minister Eduard Shevardnadze ... Shevardnadze said"). */
static int ex_office_named_before(ex_state *st)
{
    size_t i, k;
    int err;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i], plain;
        const kg_entity *before = NULL;
        if (p->dropped || !p->oe || p->kind > KG_NAME_METONYM ||
            strcmp(p->oe->type, "Person") != 0 || !p->ent.code)
            continue;
        for (k = st->npeople; k-- > 0 && !before;)
            if (ex_same_id(&st->people[k], &p->ent))
                before = &st->people[k];
        if (!before || !before->code || !strcmp(before->code, p->ent.code))
            continue;
        /* (titles of two offices before, "President Musharraf" then
         * "General Musharraf": which one holds is not said) */
        for (k = 0; k < st->ntitled; k++)
            if (ex_same_id(&st->titled[k], &p->ent) && st->titled[k].code &&
                strcmp(st->titled[k].code, before->code) != 0)
                break;
        if (k < st->ntitled)
            continue;
        /* (a title in the mention or right before it is his office
         * here: "the Pakistani president" after "Gen Musharraf") */
        for (k = p->t0 > 3 ? p->t0 - 3 : 0; k < p->t1; k++) {
            const char *ag = NULL;
            size_t tl = ex_match_title(st, k, &ag);
            if (tl && k + tl <= p->t1 && (k >= p->t0 || k + tl == p->t0))
                break;
        }
        if (k < p->t1)
            continue;
        plain = *p;
        if ((err = ex_fill_titled(st, &plain, NULL, NULL)) < 0)
            return err;
        if (!plain.ent.code || strcmp(plain.ent.code, p->ent.code) != 0)
            continue; /* (a title of his own here chose it) */
        p->ent.code = before->code;
        p->ent.country = before->country;
    }
    return KG_OK;
}

/* "Tory chairman Liam Fox accused Labour" in an undated story: a party
 * named in a title of no sector before a known person (a: the party, p:
 * the person; "chairman", "leader") names a party post of his in this
 * story, not the latest office an undated story would give him (Fox's
 * later defence post: the bbc_news stories are of 2004-05).  His latest
 * party or opposition office of the party's state is that post (Fox's
 * Tory co-chairmanship, GBROPP); with none known, the party's code.
 * Dated stories keep the date's. */
static int ex_party_title(ex_state *st, const ex_mention *a, ex_mention *p,
                          const char *agent)
{
    size_t cl = a->ent.code ? strlen(a->ent.code) : 0;
    const kg_onto_office *o, *q;
    const char *oc;
    if (st->doc->date || agent || !p->oe || !a->ent.type ||
        strcmp(a->ent.type, "Organization") != 0 || cl < 6 ||
        strcmp(a->ent.code + cl - 3, "PTY") != 0)
        return KG_OK;
    o = ex_office_of_sector(p->oe, NULL, "OPP", a->ent.country);
    q = ex_office_of_sector(p->oe, NULL, "PTY", a->ent.country);
    if (!o || (q && strcmp(q->start, o->start) > 0))
        o = q;
    if (!o) {
        size_t f;
        for (f = 0; f < p->oe->noffices; f++) {
            const char *ag = p->oe->offices[f].agent;
            if (ag && (!strcmp(ag, "PTY") || !strcmp(ag, "OPP")))
                return KG_OK; /* (one of another state's party) */
        }
        p->ent.code = a->ent.code;
        p->ent.country = a->ent.country;
        return KG_OK;
    }
    oc = o->country ? o->country : p->oe->country;
    if (!oc)
        return KG_OK;
    p->ent.country = oc;
    p->ent.code = o->code ? o->code : ex_concat(st, oc, o->agent);
    return p->ent.code ? KG_OK : KG_ENOMEM;
}

/* "UN nuclear watchdog chief Mohamed Mustafa", "World Bank President Joe
 * Blank": a body's title before a person who held an office of that body
 * and of a state names the body's office, whatever the date says (an
 * undated story gives him his latest, a short national office after
 * years at the body), as a state's title names the state's
 * (ex_fill_titled); not a former office ("former IAEA chief").  The
 * title is one to three words between ("chief", "Director General"),
 * titles.tsv's or not. */
static void ex_body_title_office(ex_state *st, const ex_mention *a,
                                 ex_mention *p)
{
    size_t f, t;
    if (a->dropped || p->dropped || !p->oe || !p->oe->type ||
        strcmp(p->oe->type, "Person") != 0 || !a->oe || !a->ent.code ||
        !a->oe->type || strcmp(a->oe->type, "Organization") != 0 ||
        p->t0 < a->t1 || p->t0 > a->t1 + 3 ||
        (a->t0 > 0 &&
         ex_pronoun_is(&st->toks[a->t0 - 1], ex_former_words)))
        return;
    /* the title: one to three words ("chief", "Director General") */
    for (t = a->t1; t < p->t0; t++)
        if (st->toks[t].kind != KG_TOK_WORD ||
            ex_pronoun_is(&st->toks[t], ex_former_words) ||
            ex_tok_is(st, t, "and") || ex_tok_is(st, t, "said"))
            return;
    for (f = 0; f < p->oe->noffices; f++) {
        const kg_onto_office *o = &p->oe->offices[f];
        if (o->code && !o->agent && !strcmp(o->code, a->ent.code)) {
            p->ent.code = o->code;
            return;
        }
    }
}

/* "Lib Dem health spokesman Jane Doe", "Tory MP John Smith", "Labour
 * campaign spokesman Joe Bloggs": a party named before a word of its
 * members' roles in politics, with up to three lower-case words of a
 * portfolio between ("foreign affairs", "work and pensions"), and a
 * person kg knows no code for make one phrase whose head is the person,
 * who speaks for the party (its code), as "World Bank head" names the
 * bank's man (ex_glue_titles).  A party's code holds PTY ("GBRPTY",
 * "GBRGOVPTY"). */
static void ex_party_role_person(ex_state *st)
{
    static const char *const roles[] = {
        "spokesman", "spokeswoman", "spokesperson", "mp", "mep", "msp",
        "peer", "backbencher", "chairman", "chairwoman", "co-chairman",
        "leader", "candidate", "councillor", NULL};
    size_t i, t;
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        if (a->dropped || a->compound || a->ent.is_value || !a->ent.code ||
            !strstr(a->ent.code, "PTY") || !a->ent.type ||
            !ex_group_or_org(a->ent.type) || p->dropped ||
            !p->ent.type || strcmp(p->ent.type, "Person") != 0 ||
            (p->ent.code && *p->ent.code) || p->t0 < a->t1 ||
            p->t0 > a->t1 + 4 || !ex_pronoun_is(&st->toks[p->t0 - 1], roles))
            continue;
        /* (the portfolio: plain lower-case words, "and" among them; none
         * when the party's mention holds the role, "Tory MP") */
        for (t = a->t1; t + 1 < p->t0; t++)
            if (st->toks[t].kind != KG_TOK_WORD ||
                (st->toks[t].flags & KG_TOKF_CAP) ||
                (st->toks[t].tag != KG_W_NONE && !ex_tok_is(st, t, "and")))
                break;
        if (t + 1 < p->t0)
            continue;
        ex_absorb_before(a, p);
        p->ent.code = a->ent.code;
        p->ent.country = a->ent.country;
    }
}

/* "Baker opposed a tax proposed by House Speaker Jim Wright", "talks
 * with House Majority Leader Tom Foley": a capitalised body kg does not
 * know (no code: "House" alone, "House Majority"), then a title and a
 * person the ontology knows, make one phrase whose head is the person,
 * who keeps his own code (Wright's USALEG); the body qualifies his title
 * and is no party of its own, so it is dropped into him rather than taken
 * as the object with no code, which lost the coded person (iran28:
 * Reuters 1987). */
static void ex_unknown_body_title_person(ex_state *st)
{
    size_t i, k;
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const char *agent = NULL;
        size_t tl;
        if (a->dropped || a->compound || a->oe || a->ent.is_value ||
            (a->ent.code && *a->ent.code) || !a->ent.id ||
            strncmp(a->ent.id, "x_", 2) != 0 || !a->ent.type ||
            strcmp(a->ent.type, "Person") == 0 || p->dropped || !p->oe ||
            strcmp(p->oe->type, "Person") != 0 || !p->ent.code ||
            p->kind > KG_NAME_METONYM)
            continue;
        for (k = a->t0; k < a->t1; k++)
            if (st->toks[k].kind != KG_TOK_WORD ||
                !(st->toks[k].flags & KG_TOKF_CAP))
                break;
        if (k < a->t1)
            continue;
        tl = ex_match_title(st, a->t1, &agent);
        if (!tl || a->t1 + tl != p->t0)
            continue;
        ex_absorb_before(a, p);
    }
}

int ex_glue_titles(ex_state *st)
{
    size_t i;
    int err;

    ex_unknown_body_title_person(st);
    for (i = 0; i + 1 < st->nments; i++) {
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const char *agent = NULL, *tcountry;
        size_t tl;
        /* "Soviet Foreign Minister Eduard Shevardnaze" (a name the
         * ontology lacks, coded by its title and country word): one
         * mention too, so that "Shultz and Soviet Foreign Minister X will
         * meet" joins two people, not Shultz and the Soviet Union */
        int unknown = !p->oe && !a->dropped && p->ent.id && p->ent.type &&
                      !strncmp(p->ent.id, "x_", 2) &&
                      !strcmp(p->ent.type, "Person") && a->oe &&
                      !strcmp(a->oe->type, "Country") && p->ent.country &&
                      !strcmp(p->ent.country, a->oe->id);
        /* ("IAEA Director General X": a title word kg names unknown) */
        ex_body_title_office(st, a,
                             i + 2 < st->nments && !p->oe && !p->ent.code &&
                                     p->ent.type &&
                                     strcmp(p->ent.type, "Person") != 0
                                 ? &st->ments[i + 2]
                                 : p);
        if (a->compound || !a->oe || (!p->oe && !unknown) ||
            a->kind > KG_NAME_METONYM || p->kind > KG_NAME_METONYM ||
            (p->oe && strcmp(p->oe->type, "Person") != 0) ||
            strcmp(a->oe->type, "Person") == 0)
            continue;
        tl = ex_match_title(st, a->t1, &agent);
        if (!tl || a->t1 + tl != p->t0)
            continue;
        if (unknown) {
            if (ex_glue_person(st, a, p) < 0)
                return KG_ENOMEM;
            a->dropped = 2; /* (the story's country as before) */
            continue;
        }
        ex_absorb_before(a, p);
        /* a state's title names the office ("Soviet Foreign Minister"),
         * a former one not ("former Soviet Foreign Minister ...", now
         * Georgia's president: the date's or the latest) */
        tcountry = strcmp(a->oe->type, "Country") == 0 &&
                           a->kind != KG_NAME_METONYM &&
                           !(a->t0 > 0 && ex_pronoun_is(&st->toks[a->t0 - 1],
                                                        ex_former_words))
                       ? a->oe->id
                       : NULL;
        /* ("Former U.S. Secretary of State Henry Kissinger" in 1987: a
         * past office gives no sector of his now; the date's office, if
         * any, or his country) */
        if (a->t0 > 0 &&
            ex_pronoun_is(&st->toks[a->t0 - 1], ex_former_words))
            agent = NULL;
        if ((err = ex_fill_titled(st, p, agent, tcountry)) < 0)
            return err;
        if ((err = ex_party_title(st, a, p, agent)) < 0)
            return err;
        if (!p->ent.country)
            p->ent.country = a->ent.country;
    }
    for (i = 0; i + 1 < st->nments; i++) {
        /* "Kenyan opposition leader Raila Odinga", "opposition leader
         * Kemal Kilicdaroglu": a group noun that opens the title of the
         * known person after it ("opposition" of "opposition leader") is
         * the title's, not a group of its own */
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        const char *agent = NULL;
        size_t k, tl = 0;
        if (a->dropped || a->compound || !p->oe ||
            p->kind > KG_NAME_METONYM || !a->ent.type ||
            strcmp(a->ent.type, "Group") != 0 ||
            strcmp(p->oe->type, "Person") != 0)
            continue;
        for (k = a->t0; k < a->t1; k++) {
            tl = ex_match_title(st, k, &agent);
            if (tl && k + tl == p->t0 && k + tl > a->t1)
                break;
            tl = 0;
        }
        if (!tl)
            continue;
        ex_absorb_before(a, p);
        if ((err = ex_fill_entity(st, p, agent)) < 0)
            return err;
        if (!p->ent.country)
            p->ent.country = a->ent.country;
    }
    for (i = 0; i + 1 < st->nments; i++) {
        /* "WikiLeaks founder Julian Assange", "Tesla boss Elon Musk": a
         * name kg does not know, a role noun and a person make one phrase
         * whose head is the person; the name only says whose founder */
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        if (a->dropped || a->compound || a->oe || a->ent.code ||
            a->ent.is_value || !a->ent.type ||
            strcmp(a->ent.type, "Person") == 0 || p->dropped ||
            !p->ent.type || strcmp(p->ent.type, "Person") != 0 ||
            a->t1 + 1 != p->t0 ||
            !ex_pronoun_is(&st->toks[a->t1], ex_founder_nouns))
            continue;
        ex_absorb_before(a, p);
    }
    for (i = 0; i + 1 < st->nments; i++) {
        /* "World Bank head Barber Conable", "Polish National Bank head
         * Wladyslaw Baka", "Pemex chief Mario Ramon Beteta": a coded
         * organisation or body, a word of its leadership and a person
         * kg knows no code for make one phrase whose head is the
         * person, who acts for the body (its code; a state's own
         * titles, "Mexican President", are ex_match_title's) */
        static const char *const heads[] = {"head", "chief", "chairman",
                                            "governor", "director",
                                            "leader", NULL};
        ex_mention *a = &st->ments[i], *p = &st->ments[i + 1];
        if (a->dropped || a->compound || a->ent.is_value || !a->ent.code ||
            !*a->ent.code || !strncmp(a->ent.code, "---", 3) ||
            !a->ent.type || !ex_group_or_org(a->ent.type) ||
            p->dropped || !p->ent.type || strcmp(p->ent.type, "Person") != 0 ||
            (p->ent.code && *p->ent.code) || a->t1 + 1 != p->t0 ||
            !ex_pronoun_is(&st->toks[a->t1], heads))
            continue;
        ex_absorb_before(a, p);
        p->ent.code = a->ent.code;
        p->ent.country = a->ent.country;
    }
    ex_party_role_person(st);
    ex_title_chooses_office(st);
    if ((err = ex_body_title_person(st)) < 0 ||
        (err = ex_office_named_before(st)) < 0 ||
        (err = ex_country_leaders(st)) < 0)
        return err;
    ex_drop_counterpart_possessors(st);
    ex_drop_currency_states(st);
    ex_drop_opposition_to(st);
    ex_drop_owned_names(st);
    ex_name_before_group(st);
    return KG_OK;
}

/* "the mayor of Nablus", "the president of the northern West Bank city":
 * "the", an unnamed title and "of" before a country or place (up to two
 * lower-case words between) make one mention: the state acting through
 * that office, coded like its government (PSEGOV). */
int ex_officials_of_places(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const kg_onto_entity *c;
        const char *agent = NULL;
        size_t j = m->t0, words = 0, k, tl = 0;
        if (m->dropped || !m->oe || m->kind > KG_NAME_METONYM ||
            !ex_country_or_place(m->oe->type))
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
        /* ("accused the president of excluding Iraq-related costs": a
         * verb's -ing form after "of" opens what the office holder did,
         * no place of the office) */
        if (words && ex_is_ing(st, j))
            continue;
        /* the title ends right before "of" ("mayor", "prime minister"):
         * the longest one, so that "the prime minister of India" is not
         * read as "minister" after "prime" */
        for (k = j - 1 > 4 ? j - 4 : 1; k < j - 1; k++) {
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
    int pass;
    /* first without the places the sentence only passes through ("in a
     * statement issued in Cairo", "after talks in Paris"): a city or a
     * capital after "in", "at", "near" or "from"; then, when nothing else
     * names a country, with them ("opposition leaders in Nairobi") */
    for (pass = 0; pass < 2 && !c; pass++)
        for (k = 0; k < st->nments; k++) {
            const ex_mention *m = &st->ments[k];
            const kg_onto_entity *mc;
            size_t b;
            if (m == skip || m->dropped || m->ent.is_value ||
                !(mc = ex_country_of(st, m->ent.country)))
                continue;
            b = ex_before_dets(st, m->t0);
            if (pass == 0 && m->oe &&
                (!strcmp(m->oe->type, "Place") ||
                 m->kind == KG_NAME_METONYM) &&
                b > 0 &&
                (ex_tok_is(st, b - 1, "in") || ex_tok_is(st, b - 1, "at") ||
                 ex_tok_is(st, b - 1, "near") ||
                 ex_tok_is(st, b - 1, "from")))
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
int ex_opposition_names(ex_state *st)
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
        /* (or "Kenyan opposition", "Russia's opposition": a country's
         * opposition, one mention of a group, whose name follows) */
        if (a->dropped || a->t1 < a->t0 + 1 ||
            (a->t1 == a->t0 + 1 ? a->kind != EX_NAME_COREF
                                : !a->ent.type ||
                                      strcmp(a->ent.type, "Group") != 0 ||
                                      !a->ent.country) ||
            !ex_tok_is(st, a->t1 - 1, "opposition") || !a->ent.code ||
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
            /* (a titled name already coded as that opposition:
             * "Russian opposition leader Alexei Navalny", one mention) */
            if (p->oe || (p->ent.code && (a->t1 == a->t0 + 1 ||
                                          strcmp(p->ent.code,
                                                 a->ent.code) != 0)))
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
        ex_absorb_before(a, p);
        p->ent.start = p->start;
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
int ex_loyal_groups(ex_state *st)
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
            ex_group_or_org(x->ent.type))
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
const ex_mention *ex_sibling(const ex_state *st, const ex_mention *m)
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
void ex_index_mentions(ex_state *st)
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

/* Do the words [i, i + tl) (a title) match the document's text at
 * byte t, ending at a word boundary?  Returns the byte after them, or 0. */
static size_t ex_title_at(const ex_state *st, size_t t, size_t i, size_t tl)
{
    const char *d = st->doc->text;
    size_t k, len = st->doc->len;
    for (k = i; k < i + tl; k++) {
        size_t n = strlen(st->toks[k].lower);
        if (t + n > len || strncasecmp(d + t, st->toks[k].lower, n) != 0)
            return 0;
        t += n;
        if (k + 1 < i + tl) {
            if (t >= len || d[t] != ' ')
                return 0;
            t++;
        }
    }
    return t < len && ((d[t] >= 'a' && d[t] <= 'z') ||
                       (d[t] >= 'A' && d[t] <= 'Z'))
               ? 0
               : t;
}

/* Was the person e named with the title held in tokens [i, i + tl):
 * right before the name ("Prime Minister Tony Blair", "Foreign Minister
 * Li"), or in the apposition right after it ("Li Zhaoxing, China's
 * foreign minister,")? */
static int ex_named_with_title(const ex_state *st, const kg_entity *e,
                               size_t i, size_t tl)
{
    const char *d = st->doc->text;
    size_t t, b, len = st->doc->len;
    if (e->start >= len || e->end > len || e->end <= e->start)
        return 0;
    /* before: the title's words end one space before the name */
    for (b = e->start > 40 ? e->start - 40 : 0; b + 1 < e->start; b++) {
        if (b > 0 && d[b - 1] != ' ')
            continue;
        t = ex_title_at(st, b, i, tl);
        if (t && t + 1 == e->start && d[t] == ' ')
            return 1;
    }
    /* after: ", <up to five words> title" before the next comma */
    if (e->end + 2 >= len || d[e->end] != ',')
        return 0;
    for (t = e->end + 1; t < len && t < e->end + 60 && d[t] != ',' &&
                         d[t] != '.';
         t++)
        if (d[t - 1] == ' ' && ex_title_at(st, t, i, tl))
            return 1;
    return 0;
}

static int ex_role_is_title(const kg_onto_office *f, const char *key);

/* "Tory leader Michael Howard accused the prime minister": a cabinet
 * title at tokens [t0, t1) (agent) that no one named holds, in a story
 * whose parties and chambers are one state's (ex_organ_home), is that
 * state's office (GBRGOV).  Returns 1 when a mention is added, 0 when
 * not, or a negative error. */
static int ex_organ_home_title(ex_state *st, size_t t0, size_t t1,
                               const char *agent, const char *key)
{
    const kg_onto_entity *c, *p;
    ex_mention *m;
    int err, story = 0; /* the state is the story's, not the sentence's */
    /* ("the Prime Minister, Ariel Sharon": the name after it says who) */
    if (t1 + 1 < st->ntoks && ex_tok_punct(st, t1, ',') &&
        (st->toks[t1 + 1].flags & KG_TOKF_CAP))
        return 0;
    if (!(c = ex_sentence_organ_state(st, t0))) {
        c = ex_organ_home(st, t0);
        story = 1;
    }
    if (!c)
        return 0;
    /* in a dated story, the one the gazetteer gives that office then
     * (Margaret Thatcher for "the prime minister" of a British story of
     * 1987) */
    if (st->doc->date && c->type && !strcmp(c->type, "Country") &&
        (p = kg_onto__holder_on(st->onto, c->id, key, st->doc->date,
                                ex_role_is_title)) != NULL) {
        if (!(m = ex_add_mention(st, t0, t1, st->toks[t0].start,
                                 st->toks[t1 - 1].end)))
            return 0;
        m->oe = p;
        m->kind = EX_NAME_COREF;
        if ((err = ex_fill_entity(st, m, NULL)) < 0)
            return err;
        /* (the holder the date gives of a state the sentence names by its
         * parties or chambers, "Tory leader Michael Howard accused the
         * prime minister", is as a reader of the sentence knows him;
         * of the story's state, the story's) */
        m->ent.coref = story;
        return 1;
    }
    /* (the office of the story's state, its parties and chambers named
     * in no word of this sentence: coref; of the sentence's, as above,
     * not) */
    if ((err = ex_office_mention(st, t0, t1, c, agent)) > 0)
        st->ments[st->nments - 1].ent.coref = story;
    return err;
}

/* Is the office f's role, up to " of " ("chancellor" of "chancellor of
 * the exchequer"), the title key (lower-case words: "prime minister"),
 * or a role the title's one word heads ("the minister" of "foreign
 * minister"), not a lesser one's ("the prime minister" is no "deputy
 * prime minister", "the president" no "vice president")?  "premier" and
 * "prime minister" are one office. */
static int ex_role_is_title(const kg_onto_office *f, const char *key)
{
    /* (offices always named whole, never by their head word: "the
     * chancellor" of a British story is the exchequer's, not Alan
     * Milburn's Duchy of Lancaster: politics/260, 305 and 402 said "the
     * chancellor" of Gordon Brown, general knowledge of British usage) */
    static const char *const whole[] = {
        "chancellor of the duchy of lancaster", NULL};
    const char *of;
    size_t len, kl = strlen(key), k;
    if (!f->role || !*f->role)
        return 0;
    for (k = 0; whole[k]; k++)
        if (!strcasecmp(f->role, whole[k]))
            return !strcasecmp(key, whole[k]);
    if (!strcmp(key, "premier"))
        key = "prime minister", kl = strlen(key);
    of = strstr(f->role, " of ");
    len = of ? (size_t)(of - f->role) : strlen(f->role);
    if (len == 7 && !strncasecmp(f->role, "premier", 7))
        return !strcmp(key, "prime minister");
    /* ("the minister" for "Education Secretary Ruth Kelly": a secretary
     * of state is a minister) */
    if (!strcmp(key, "minister") && len > 10 &&
        !strncasecmp(f->role + len - 10, " secretary", 10))
        key = "secretary", kl = 9;
    if (len < kl || strncasecmp(f->role + len - kl, key, kl) != 0)
        return 0;
    if (len == kl)
        return 1;
    if (strchr(key, ' ') || f->role[len - kl - 1] != ' ')
        return 0;
    for (k = 0; ex_lesser_titles[k]; k++) {
        size_t n = strlen(ex_lesser_titles[k]);
        if (!strncasecmp(f->role, ex_lesser_titles[k], n) &&
            f->role[n] == ' ')
            return 0;
    }
    return strncasecmp(f->role, "shadow ", 7) != 0;
}

/* Do the periods of offices f and g meet ("" open at either end)? */
static int ex_offices_meet(const kg_onto_office *f, const kg_onto_office *g)
{
    if (*f->end && *g->start && strcmp(f->end, g->start) <= 0)
        return 0;
    return !(*g->end && *f->start && strcmp(g->end, f->start) <= 0);
}

/* Does person e hold the office the title key names: 1 when he does (on
 * the story's date; in an undated story at some time), 0 when the
 * gazetteer gives him offices with a role but none of that title (a
 * holder of another office: "the prime minister" is not the chancellor
 * Gordon Brown, nor the mayor Ken Livingstone), -1 when it gives him
 * none (a person coded from his title in the text alone).  *held: the
 * office held. */
static int ex_holds_title(const ex_state *st, const kg_onto_entity *e,
                          const char *key, const kg_onto_office **held)
{
    size_t k;
    int roles = 0;
    *held = NULL;
    if (!e)
        return -1;
    for (k = 0; k < e->noffices; k++) {
        const kg_onto_office *f = &e->offices[k];
        if (!f->role || !*f->role)
            continue;
        roles = 1;
        if (!ex_role_is_title(f, key))
            continue;
        if (st->doc->date &&
            ((*f->start && strcmp(st->doc->date, f->start) < 0) ||
             (*f->end && strcmp(st->doc->date, f->end) >= 0)))
            continue;
        *held = f;
        return 1;
    }
    return roles ? 0 : -1;
}

/* In an undated story, how many of the other people named (cands, n)
 * hold an office the story names by its role at some time the office f
 * is held: "Mr Brown ... the chancellor ... the prime minister" is of
 * the years when Brown was chancellor, so Blair's premiership meets the
 * story's other offices and Brown's later one does not. */
static size_t ex_office_era_fit(const ex_state *st, const kg_onto_office *f,
                                const kg_onto_entity *self,
                                const kg_onto_entity *const *cands, size_t n)
{
    size_t c, k, fit = 0;
    for (c = 0; c < n; c++) {
        if (!cands[c] || cands[c] == self)
            continue;
        for (k = 0; k < cands[c]->noffices; k++) {
            const kg_onto_office *g = &cands[c]->offices[k];
            if (*g->start && ex_offices_meet(f, g) &&
                ex_doc_names_role(st->doc, g)) {
                fit++;
                break;
            }
        }
    }
    return fit;
}

/* "Tony Blair arrived in Paris. The prime minister criticised France":
 * "the" and a title of state office with no name or country of its own
 * is the person named before (in this sentence, else earlier in the
 * article) who holds it: the one whose name came with that title, else
 * (for a minister or head of government) the last one coded with the
 * title's sector, when all such people so far are of one country (else
 * who is meant is not clear).  "the
 * president of Syria", "the president's office", "the ministers" and a
 * capitalised word after ("the president Bush", glued elsewhere) are left
 * alone.  Returns the number of mentions added, or a negative error. */
int ex_definite_titles(ex_state *st)
{
    static const char *const cabinet[] = {"minister", "president", "premier",
                                          "chancellor", "secretary", NULL};
    size_t i, added = 0, nm = st->nments;
    for (i = 0; i + 1 < st->ntoks; i++) {
        const char *agent = NULL;
        const kg_entity *best = NULL, *named = NULL, *holder;
        const kg_onto_entity *cands[16], *hoe = NULL;
        const kg_onto_office *heldv[16];
        const char *code = NULL;
        char tkey[64];
        int clear = 1, hclear;
        size_t tl, k, e, ncand, hfit;
        ex_mention *m;
        if (!ex_tok_is(st, i, "the") || st->toks[i + 1].covered)
            continue;
        tl = ex_match_title(st, i + 1, &agent);
        if (!tl || !agent || !ex_state_organ(agent))
            continue;
        e = i + 1 + tl;
        for (k = i + 1; k < e; k++)
            if (st->toks[k].covered || st->toks[k].kind != KG_TOK_WORD)
                break;
        if (k < e || st->toks[e - 1].lower[strlen(st->toks[e - 1].lower) -
                                           1] == 's')
            continue;
        if (e < st->ntoks &&
            ((st->toks[e].kind == KG_TOK_WORD &&
              (st->toks[e].flags & KG_TOKF_CAP)) ||
             ex_tok_is(st, e, "of") || ex_tok_possessive(st, e) ||
             st->toks[e].paren))
            continue;
        /* the title's words, lower case, for the offices it names */
        tkey[0] = '\0';
        for (k = i + 1; k < e; k++) {
            size_t have = strlen(tkey), w = strlen(st->toks[k].lower);
            if (have + w + 2 > sizeof(tkey))
                break;
            if (k > i + 1)
                tkey[have++] = ' ';
            memcpy(tkey + have, st->toks[k].lower, w + 1);
        }
        holder = NULL;
        hclear = 1;
        hfit = 0;
        ncand = 0;
        /* the candidates, latest first: this sentence's, then the
         * article's */
        for (k = nm + st->npeople; k-- > 0;) {
            const kg_entity *p;
            const kg_onto_entity *oe;
            const kg_onto_office *held;
            size_t n;
            int holds;
            if (k >= st->npeople) {
                const ex_mention *c = &st->ments[k - st->npeople];
                if (c->dropped || c->t1 > i || c->kind == EX_NAME_COREF)
                    continue;
                p = &c->ent;
            } else {
                p = &st->people[k];
            }
            if (!ex_is_person(p) || !p->code || !p->country ||
                (n = strlen(p->code)) <= 3 || strcmp(p->code + 3, agent))
                continue;
            oe = p->id ? kg_onto__entity(st->onto, p->id) : NULL;
            holds = ex_holds_title(st, oe, tkey, &held);
            if (holds == 0)
                continue; /* (the holder of another office) */
            if (holds > 0) {
                size_t c;
                for (c = 0; c < ncand && cands[c] != oe; c++)
                    ;
                if (c == ncand && ncand < sizeof(cands) / sizeof(cands[0])) {
                    cands[ncand] = oe;
                    heldv[ncand++] = held;
                }
            }
            if (holds > 0 && !holder) {
                holder = p;
                hoe = oe;
            } else if (holds > 0 && oe != hoe &&
                       strcmp(holder->code, p->code) != 0) {
                hclear = 0; /* (two holders of two states: which?) */
            }
            if (!named && ex_named_with_title(st, p, i + 1, tl))
                named = p;
            if (!best)
                best = p;
            if (code && strcmp(code, p->code) != 0)
                clear = 0;
            code = p->code;
        }
        /* (only a head of state or government or a minister is read
         * from the sector alone: "the queen", "the mayor" or "the prince"
         * must have been named with the title) */
        if (!named && !best &&
            ex_pronoun_is(&st->toks[e - 1], cabinet)) {
            int r = ex_organ_home_title(st, i + 1, e, agent, tkey);
            if (r < 0)
                return r;
            added += (size_t)r;
            i = r ? e - 1 : i;
            continue;
        }
        /* a person the gazetteer gives that office wins over one coded
         * from the sector alone; in an undated story, of two who held it,
         * the one whose time meets the story's other offices */
        if (!named && holder) {
            size_t c;
            if (!st->doc->date && ncand > 1) {
                for (c = 0; c < ncand; c++) {
                    size_t fit = heldv[c] ? ex_office_era_fit(st, heldv[c],
                                                              cands[c], cands,
                                                              ncand)
                                          : 0;
                    if (cands[c] == hoe)
                        hfit = fit;
                }
                for (c = 0; c < ncand; c++) {
                    size_t fit = heldv[c] ? ex_office_era_fit(st, heldv[c],
                                                              cands[c], cands,
                                                              ncand)
                                          : 0;
                    if (cands[c] != hoe && fit > hfit) {
                        hoe = cands[c];
                        hfit = fit;
                    }
                }
                for (k = nm + st->npeople; hoe != NULL && k-- > 0;) {
                    const kg_entity *p =
                        k >= st->npeople ? &st->ments[k - st->npeople].ent
                                         : &st->people[k];
                    if (p->id && kg_onto__entity(st->onto, p->id) == hoe &&
                        (k < st->npeople ||
                         (!st->ments[k - st->npeople].dropped &&
                          st->ments[k - st->npeople].t1 <= i))) {
                        holder = p;
                        break;
                    }
                }
            }
            best = holder;
            clear = hclear;
        }
        if (!named && (!best || !clear || !ex_pronoun_is(&st->toks[e - 1],
                                                         cabinet)))
            continue;
        if (!(m = ex_add_mention(st, i + 1, e, st->toks[i + 1].start,
                                 st->toks[e - 1].end)))
            return (int)added;
        m->ent = named ? *named : *best;
        m->ent.coref = ex_from_story(st, named ? named : best);
        m->ent.start = m->start;
        m->ent.end = m->end;
        m->ent.text = ex_strndup(st, st->doc->text + m->start,
                                 m->end - m->start);
        if (!m->ent.text)
            return KG_ENOMEM;
        m->kind = EX_NAME_COREF;
        added++;
        i = e - 1;
    }
    return (int)added;
}

/* The code a role apposition gives through the actor o in it, with the
 * title's sector (agent) when o is a bare country; NULL if none. */
static const char *ex_role_code(ex_state *st, const ex_mention *o,
                                const char *agent)
{
    const kg_entity *e = &o->ent;
    if (o->dropped || e->is_value || !e->code || !e->type ||
        ex_is_date(e))
        return NULL;
    if (ex_is_person(e) || strlen(e->code) > 3)
        return e->code;
    if (!strcmp(e->type, "Country") && agent && ex_state_organ(agent))
        return ex_concat(st, e->code, agent);
    return NULL;
}

/* "Brittney Griner, the U.S. basketball star,", "X, a Russian
 * journalist,": an apposition from a to the comma at c of an article, a
 * bare country and lower-case words only (no title: those are coded with
 * their office above) gives a person of no code their nationality, as
 * CAMEO codes a private person by the state they belong to.  Returns the
 * country's code (and sets *country), or NULL. */
static const char *ex_nationality_apposition(const ex_state *st, size_t a,
                                             size_t c, const char **country)
{
    const ex_mention *o;
    size_t k;
    if (st->toks[a].tag != KG_W_DET || a + 2 >= c)
        return NULL;
    o = ex_actor_at(st, a + 1);
    if (!o || o->t1 >= c || !o->ent.code || !o->ent.type ||
        strcmp(o->ent.type, "Country") != 0 || strlen(o->ent.code) != 3 ||
        (st->toks[o->t1 - 1].flags & KG_TOKF_HYPHEN))
        return NULL;
    /* (not "a U.S.-based company", "a Russian-Israeli writer") */
    for (k = o->t1; k < c; k++)
        if ((st->toks[k].flags & KG_TOKF_CAP) || ex_mention_at(st, k) ||
            st->toks[k].tag == KG_W_DET)
            return NULL;
    *country = o->ent.code;
    return o->ent.code;
}

/* The first mention not dropped that starts at token t, found without
 * the index; else NULL. */
static const ex_mention *ex_mention_starting(const ex_state *st, size_t t)
{
    size_t q;
    for (q = 0; q < st->nments; q++)
        if (!st->ments[q].dropped && st->ments[q].t0 == t)
            return &st->ments[q];
    return NULL;
}

/* The armed group, party or firm kg knows by name that bare group noun g
 * describes in one phrase ("the militant group Hamas", "the rebel group
 * Hamas", "the militant Palestinian group Hamas": g, perhaps a country's
 * adjective, perhaps "group", "movement", "organisation" or "faction",
 * then the name), when the name's code holds g's role (an unnamed ---REB
 * "militant" before PSEREBHMS Hamas); else NULL. */
static const ex_mention *ex_named_group_after_role(const ex_state *st,
                                                   const ex_mention *g)
{
    static const char *const heads[] = {
        "group",         "movement",     "organisation", "organization",
        "faction",       NULL};
    const ex_mention *p;
    size_t t = g->t1;
    if (!g->ent.code || strlen(g->ent.code) != 6 ||
        strncmp(g->ent.code, "---", 3) != 0)
        return NULL;
    /* (mentions are not indexed yet: ex_mention_at cannot be asked) */
    p = ex_mention_starting(st, t);
    if (p && p->ent.type && !strcmp(p->ent.type, "Country"))
        t = p->t1; /* ("militant Palestinian group") */
    if (t < st->ntoks && ex_pronoun_is(&st->toks[t], heads))
        t++;
    p = ex_mention_starting(st, t);
    if (!p || p->ent.is_value || !p->oe || p->kind != KG_NAME_PROPER ||
        ex_is_person(&p->ent) || !p->ent.code || strlen(p->ent.code) < 6 ||
        strncmp(p->ent.code + 3, g->ent.code + 3, 3) != 0)
        return NULL;
    return p;
}

/* "the radical cleric Ali Hassan said", "the Sunni cleric Ali Hassan":
 * a bare group noun in the singular right before a person kg knows, with
 * a code, is his role apposed to his name, no actor of its own (an
 * unnamed ---REL "cleric" beside IRQREL Ali Hassan, which a verb or "of"
 * may take in his stead): its mention is dropped, the person acts.
 * (Joining the noun to the name's mention instead cost "Followers of
 * radical Shiite cleric X said" its reading.)
 * Returns the number of mentions dropped. */
int ex_role_nouns_before_people(ex_state *st)
{
    size_t k, dropped = 0;
    for (k = 0; k < st->nments; k++) {
        ex_mention *g = &st->ments[k];
        const ex_mention *p = NULL;
        const char *agent = NULL;
        if (g->dropped || g->ent.is_value || !g->ent.type ||
            strcmp(g->ent.type, "Group") != 0 || g->t1 >= st->ntoks ||
            ex_match_agent(st, g->t0, &agent) != g->t1 - g->t0 ||
            ex_ends_with(st->toks[g->t1 - 1].lower, "s") ||
            /* ("attempts to force Ali Hassan to resign": a verb) */
            (g->t0 > 0 && ex_tok_is(st, g->t0 - 1, "to")))
            continue;
        p = ex_mention_starting(st, g->t1);
        if ((!p || !ex_is_person(&p->ent) || !p->ent.code ||
             !*p->ent.code) &&
            !(p = ex_named_group_after_role(st, g)))
            continue;
        g->dropped = 1;
        dropped++;
    }
    return (int)dropped;
}

/* "Garcia told a press conference", "his monthly press conference": a bare
 * "press" or "media" (a group noun, of no country or the story's) right
 * before a noun of what the press holds or is watched by names that
 * thing, not the press as an actor (an unnamed ---MED took the visit and
 * the accusation of the sentence, and a later "it" or "his").  Its
 * mention is dropped; "told the press", "the Turkish press said" stay.
 * Returns the number dropped. */
int ex_press_modifiers(ex_state *st)
{
    static const char *const nouns[] = {"press", "media", NULL};
    /* (not "press reports", "media coverage": "Lawson criticised media
     * coverage" criticises the press; not "watchdog": "accused by the
     * media watchdog, Reporters Without Borders" is the watchdog's act,
     * and with the mention dropped no agent was left before the comma) */
    static const char *const things[] = {
        "conference", "conferences", "release", "releases", "briefing",
        "briefings",  "statement",   "freedom", "office",   NULL};
    size_t k, dropped = 0;
    for (k = 0; k < st->nments; k++) {
        ex_mention *g = &st->ments[k];
        if (g->dropped || g->ent.is_value || g->t1 != g->t0 + 1 ||
            g->t1 >= st->ntoks || !g->ent.code || !g->ent.type ||
            strcmp(g->ent.type, "Group") != 0 ||
            !ex_code_ends(g->ent.code, "MED") ||
            !ex_pronoun_is(&st->toks[g->t0], nouns) ||
            !ex_pronoun_is(&st->toks[g->t1], things))
            continue;
        g->dropped = 1;
        dropped++;
    }
    return (int)dropped;
}

/* Does name (a label or a name as written) end in the word
 * "Commission" after another word ("the Securities and Exchange
 * Commission", "the Overseas Investment Commission")? */
static int ex_names_a_commission(const char *name)
{
    const char *last = name ? strrchr(name, ' ') : NULL;
    return last && !strcmp(last + 1, "Commission");
}

/* "The European Commission has not taken a decision ..., Commission
 * sources said", "an EC Commission spokesman said.  He added the
 * executive Commission has not yet decided": a bare capitalised
 * "Commission" that kg does not know is the commission the story named
 * last (in this sentence before it, else in its memory: a later
 * sentence's already links the name's last word), when kg codes that
 * one; a commission named last that kg does not code ("the
 * Overseas Investment Commission") leaves it unknown.  (Not also the
 * European Commission in any story naming the EC: on the corpora that
 * coded 121 more mentions but added 2 right events for 2 wrong and 1
 * dubious, and one more dev extra.)  Returns the number coded. */
int ex_bare_commissions(ex_state *st)
{
    size_t i, k;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const kg_entity *named = NULL;
        if (m->dropped || m->oe || m->ent.is_value || m->ent.code ||
            m->t1 != m->t0 + 1 || !m->ent.type ||
            strcmp(m->ent.type, "Organization") != 0 ||
            m->end - m->start != 10 ||
            strncmp(st->doc->text + m->start, "Commission", 10) != 0)
            continue;
        for (k = i; k-- > 0 && !named;)
            if (!st->ments[k].dropped && !st->ments[k].ent.is_value &&
                (ex_names_a_commission(st->ments[k].ent.label) ||
                 ex_names_a_commission(st->ments[k].ent.text)))
                named = &st->ments[k].ent;
        for (k = st->norgs; !named && k-- > 0;)
            if (ex_names_a_commission(st->orgs[k].label) ||
                ex_names_a_commission(st->orgs[k].text))
                named = &st->orgs[k];
        if (!named || !named->code || !*named->code)
            continue;
        m->ent.id = named->id;
        m->ent.label = named->label;
        m->ent.type = named->type;
        m->ent.code = named->code;
        m->ent.country = named->country;
        done++;
    }
    return done;
}

/* "Thomas Dawson, an IMF director,", "Ruhi Dogusoy, Turkcell's chief
 * operating officer,", "David Berson, chief economist at Fannie Mae.":
 * the length of a firm's or a body's role at token j, a title of no
 * agent (chairman, chief executive, managing director) or one of the
 * role nouns below, whose holder acts for the body the apposition
 * names with it (the dev gold codes a firm's officer with the firm's
 * code, an IMF director IGOBUSIMF); 0 if none.  Such a role gives no
 * sector of its own: only a named body's code (ex_role_appositions). */
static size_t ex_body_role(const ex_state *st, size_t j)
{
    static const char *const roles[] = {
        "director",  "executive", "officer", "manager",  "economist",
        "analyst",   "adviser",   "advisor", "head",     "founder",
        "chairman",  "chairwoman", "boss",   "executives", NULL};
    const char *agent = NULL;
    size_t tl = ex_match_title(st, j, &agent);
    if (tl && !agent)
        return tl;
    if (!tl && j < st->ntoks && !(st->toks[j].flags & KG_TOKF_CAP) &&
        ex_pronoun_is(&st->toks[j], roles))
        return 1;
    return 0;
}

/* Is o a body a role can be held in: an organisation or a group (no
 * person, no country) coded past a bare state ("IGOBUSIMF", "USABUS")?
 * (ex_body_before_role, ex_role_appositions) */
static int ex_role_body(const ex_mention *o)
{
    return !ex_is_person(&o->ent) && o->ent.code &&
           strlen(o->ent.code) > 3 && o->ent.type &&
           (!strcmp(o->ent.type, "Organization") ||
            !strcmp(o->ent.type, "Group"));
}

/* The body a firm's role at token j (ex_body_role) names before it:
 * the coded body right before the role, perhaps with its possessive and
 * lower-case words between ("an IMF director", "Turkcell's chief
 * operating officer", "the BBC's head"), not a person, not a bare
 * country (that is a nationality); else NULL.  a: the apposition's
 * first token. */
static const ex_mention *ex_body_before_role(const ex_state *st, size_t a,
                                             size_t j)
{
    const ex_mention *o;
    size_t k = j;
    while (k > a && st->toks[k - 1].kind == KG_TOK_WORD &&
           !(st->toks[k - 1].flags & KG_TOKF_CAP) &&
           st->toks[k - 1].tag == KG_W_NONE && !ex_tok_possessive(st, k - 1) &&
           !ex_mention_at(st, k - 1))
        k--;
    if (k > a && ex_tok_possessive(st, k - 1))
        k--;
    if (k <= a || !(o = ex_mention_at(st, k - 1)) || o->t1 != k ||
        o->t0 < a || o->dropped || !ex_role_body(o))
        return NULL;
    return o;
}

/* "Zhao Lijian, a spokesman for China's foreign ministry,", "Igor
 * Smirnov, a senior Russian diplomat,", "X, the Russian foreign ministry
 * spokesman,": a person of no code of their own, followed by an
 * apposition (closed by a comma, opened by an article, the actor or the
 * title) that names their office: an actor with a sector that heads it
 * ("a senior Russian diplomat"), a title after an actor ("the Russian
 * foreign ministry spokesman"), or a title and "for", "of" or "to" before
 * an actor that ends it ("an envoy to Putin"; not "a spokesman for the
 * Danish Dairy Board").  The person takes that actor's code
 * (a bare country's with the title's sector); a known person of offices
 * takes his office of that state, as a state's title before the name
 * gives it (ex_fill_titled).  Returns the number of people coded, or a
 * negative error. */
int ex_role_appositions(ex_state *st)
{
    size_t i, done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const char *code = NULL, *country = NULL, *tagent = NULL;
        size_t a, c, j;
        int at_end;
        /* (a known person of offices too: "Eduard Shevardnadze, the
         * Soviet foreign minister," names his Soviet office) */
        int known = p->oe && p->oe->noffices > 0 && p->kind <= KG_NAME_METONYM;
        if (p->dropped || p->ent.is_value || !ex_is_person(&p->ent) ||
            (p->ent.code && !known) || p->t1 + 3 >= st->ntoks ||
            !ex_tok_punct(st, p->t1, ','))
            continue;
        a = p->t1 + 1;
        for (c = a; c < st->ntoks && c < a + 10 &&
                    st->toks[c].kind == KG_TOK_WORD;
             c++)
            ;
        /* (closed by a comma, or by the sentence's end: "David
         * Berson, chief economist at Fannie Mae.") */
        if (c >= st->ntoks || c < a + 2 ||
            !(ex_tok_punct(st, c, ',') ||
              (ex_tok_punct(st, c, '.') && c + 1 == st->ntoks)))
            continue;
        /* (at the sentence's end only a body's role: "John Wilkin, a
         * University of Michigan librarian working with Google." names
         * no office of Google's) */
        at_end = !ex_tok_punct(st, c, ',');
        for (j = a; j < c && !code; j++) {
            const ex_mention *o = ex_mention_at(st, j);
            const char *agent = NULL;
            size_t tl, k;
            /* a firm's or a body's role: the body named with it, before
             * ("an IMF director") or after "of", "at", "for" or "with"
             * ("chief economist at Fannie Mae") */
            if (!st->toks[j].covered && (tl = ex_body_role(st, j)) != 0) {
                const ex_mention *b = ex_body_before_role(st, a, j);
                k = j + tl;
                if (b) {
                    /* (nothing named after the role: "the BBC's head of
                     * development,") */
                    size_t q;
                    for (q = k; q < c && !ex_mention_at(st, q); q++)
                        ;
                    if (q == c) {
                        code = b->ent.code;
                        country = b->ent.country;
                    }
                } else if (k + 1 < c &&
                           (ex_tok_is(st, k, "of") || ex_tok_is(st, k, "at") ||
                            ex_tok_is(st, k, "for") ||
                            ex_tok_is(st, k, "with"))) {
                    k++;
                    if (st->toks[k].tag == KG_W_DET)
                        k++;
                    o = k < c ? ex_mention_at(st, k) : NULL;
                    if (o && o->t0 == k && o->t1 == c && ex_role_body(o)) {
                        code = o->ent.code;
                        country = o->ent.country;
                    }
                }
                if (code || b)
                    break;
                continue;
            }
            /* "a senior Russian diplomat": the actor heads it (not at
             * the sentence's end, where an actor may only end it) */
            if (!at_end && o && o->t0 == j && o->t1 == c &&
                !ex_is_person(&o->ent) &&
                o->ent.code && strlen(o->ent.code) > 3) {
                code = ex_role_code(st, o, NULL);
                country = o->ent.country;
                /* ("the South Korean foreign minister": KORGOV) */
                if (code && country && !strncmp(code, country, 3))
                    tagent = code + strlen(country);
                break;
            }
            if (st->toks[j].covered)
                continue;
            if ((tl = ex_match_title(st, j, &agent)) == 0 || !agent)
                continue;
            if (j + tl == c) {
                /* "the Russian foreign ministry spokesman": the last
                 * actor before the title */
                const ex_mention *b = NULL;
                for (k = a; k < j; k++)
                    if ((o = ex_mention_at(st, k)) != NULL && o->t0 == k &&
                        o->t1 <= j)
                        b = o;
                /* (next to the title, or a sector's words between:
                 * not "the Danish dairy board spokesman") */
                if (b && b->t1 < j) {
                    const char *ag = NULL;
                    if (ex_match_agent(st, b->t1, &ag) != j - b->t1 || !ag ||
                        !ex_state_organ(ag))
                        b = NULL;
                }
                if (b && (code = ex_role_code(st, b, agent)) != NULL) {
                    country = b->ent.country ? b->ent.country : b->ent.id;
                    tagent = agent;
                }
                break;
            }
            k = j + tl;
            if (k + 1 < c && (ex_tok_is(st, k, "for") ||
                              ex_tok_is(st, k, "of") ||
                              ex_tok_is(st, k, "to"))) {
                /* "a spokesman for China's foreign ministry" */
                k++;
                if (st->toks[k].tag == KG_W_DET)
                    k++;
                o = k < c ? ex_mention_at(st, k) : NULL;
                if (o && o->t0 == k && o->t1 == c &&
                    (code = ex_role_code(st, o, agent)) != NULL)
                    country = o->ent.country ? o->ent.country : o->ent.id;
                break;
            }
            break;
        }
        if (!code && !known && !at_end)
            code = ex_nationality_apposition(st, a, c, &country);
        /* opened by an article, the actor or the title: not a clause
         * ("X, who met Russian diplomats,") */
        if (!code || !(st->toks[a].tag == KG_W_DET ||
                       st->toks[a].tag == KG_W_NONE))
            continue;
        if (known) {
            /* the state's title before his name would choose so
             * (ex_glue_titles); only a noun phrase opened by an article
             * with no preposition ("X, winding up a visit to
             * Washington," names no office), and not a former office
             * ("X, the former Soviet foreign minister,") */
            static const char *const preps[] = {"to", "in", "of", "for",
                                                "from", "at", "with", "on",
                                                "by", NULL};
            int err;
            for (j = a;
                 j < c && !ex_pronoun_is(&st->toks[j], ex_former_words) &&
                 !ex_pronoun_is(&st->toks[j], preps);
                 j++)
                ;
            if (!tagent || j < c || st->toks[a].tag != KG_W_DET || !country ||
                strlen(country) != 3 ||
                (p->ent.code && !strncmp(p->ent.code, country, 3)))
                continue;
            if ((err = ex_fill_titled(st, p, tagent, country)) < 0)
                return err;
            done++;
            continue;
        }
        p->ent.code = code;
        p->ent.country = country;
        done++;
    }
    return (int)done;
}

/* "Unilever Plc chairman Michael Angus", "Refco Inc senior vice
 * president Michael Connery", "Fiat boss Sergio Marchionne": a name of no
 * code right after a title, or a lower-case role noun of a body
 * (ex_body_role), that right follows a coded body (a firm, a party, a
 * union, a state organ) is that body's official.  The title path
 * (ex_unknown_actor) reads this only through a body coded when the name
 * is read; firms are coded after the names (ex_firm_homes).  Not a
 * person's or a value's code, not a country, not a body of no known
 * state (---BUS), nor a sector group.  Returns the number of people
 * coded (person31). */
int ex_titled_body_people(ex_state *st)
{
    size_t i, done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const ex_mention *o = NULL;
        size_t t, tl = 0, e;
        const char *agent = NULL;
        int own = 0;
        if (p->dropped || p->ent.is_value || !ex_is_person(&p->ent) ||
            (p->ent.code && *p->ent.code) || p->oe ||
            p->kind == EX_NAME_COREF || p->t0 < 2 ||
            !(st->toks[p->t0].flags & KG_TOKF_CAP))
            continue;
        /* "UKIP's leader, Roger Knapman, has said": the name set off by
         * commas after the role (closed by a comma or the sentence's
         * end), the body's possessive before the role (person32) */
        e = p->t0;
        if (e > 3 && ex_tok_punct(st, e - 1, ',') &&
            (p->t1 >= st->ntoks || ex_tok_punct(st, p->t1, ',') ||
             (p->t1 + 1 == st->ntoks &&
              st->toks[p->t1].kind == KG_TOK_PUNCT))) {
            e--;
            own = 1;
        }
        /* the longest title that ends at the name */
        for (t = e > 4 ? e - 4 : 1; t < e; t++)
            if ((tl = ex_match_title(st, t, &agent)) != 0 && t + tl == e)
                break;
        /* else a lower-case role noun of a body, perhaps after lower-case
         * words: "Fiat boss Sergio Marchionne", "Oxfam senior policy
         * adviser Max Lawson" (ex_body_role) */
        if ((t >= e || !tl) && ex_body_role(st, e - 1) == 1 &&
            !(st->toks[e - 1].flags & KG_TOKF_CAP)) {
            t = e - 1;
            while (t > 1 && t + 4 > e &&
                   st->toks[t - 1].kind == KG_TOK_WORD &&
                   !(st->toks[t - 1].flags & KG_TOKF_CAP) &&
                   st->toks[t - 1].tag == KG_W_NONE &&
                   !ex_tok_possessive(st, t - 1) && !ex_mention_at(st, t - 1))
                t--;
            tl = e - t;
        }
        if (t >= e || !tl)
            continue;
        /* (with the commas, "UKIP's leader,": past the possessive) */
        if (own) {
            if (t < 2 || !ex_tok_possessive(st, t - 1))
                continue;
            if (!ex_mention_at(st, t - 1))
                t--;
        }
        o = ex_mention_at(st, t - 1);
        if (!o || o->t1 != t || o->dropped || o->ent.is_value ||
            ex_is_person(&o->ent) || !o->ent.code || !*o->ent.code ||
            *o->ent.code == '-' || o->kind == EX_NAME_GROUP ||
            !o->ent.type || strcmp(o->ent.type, "Country") == 0 ||
            strlen(o->ent.code) <= 3)
            continue;
        p->ent.code = o->ent.code;
        p->ent.country = o->ent.country;
        done++;
    }
    return (int)done;
}

/* "the San Francisco-based Balco", "Houston-based Conoco": a name the
 * lexicon does not know after a place joined to "-based" is a firm there,
 * with no legal suffix, when no word of it names another kind of body
 * (ex_org_suffixes but "Group" and "Company": "the Washington-based
 * Economic Policy Institute", "the London-based International Sugar
 * Organization"), it does not open with "International" or "Inter-", it
 * is no initials ("the Abidjan-based ADB" may be a bank of states) and
 * no adjective. */
static int ex_based_firm_name(const ex_state *st, const ex_mention *p)
{
    size_t k;
    if (p->t1 == p->t0 + 1 && (st->toks[p->t0].flags & KG_TOKF_ALLCAPS))
        return 0;
    if (!strncmp(st->toks[p->t0].lower, "inter", 5))
        return 0;
    /* (nor one word of an adjective's shape before a lower-case word it
     * modifies: "a London-based Nordic banking expert", "a London-based
     * European office"; "Houston-based Continental now has" stays) */
    if (p->t1 == p->t0 + 1 && p->t1 < st->ntoks &&
        !(st->toks[p->t1].flags & KG_TOKF_CAP) &&
        ex_attributive_word(st, p->t1) &&
        (ex_ends_with(st->toks[p->t0].lower, "an") ||
         ex_ends_with(st->toks[p->t0].lower, "ic") ||
         ex_ends_with(st->toks[p->t0].lower, "ish") ||
         ex_ends_with(st->toks[p->t0].lower, "ese")))
        return 0;
    for (k = p->t0; k < p->t1; k++)
        if (ex_pronoun_is(&st->toks[k], ex_org_suffixes) &&
            /* (a firm's own words: "the Gibraltar-based Menatep Group") */
            !ex_tok_is(st, k, "group") && !ex_tok_is(st, k, "company"))
            return 0;
    return 1;
}

/* Does mention m end in a company's legal suffix ("Kerdix Inc",
 * "Nakamichi Corp", "Minas de Almaden y Arrayanes S.A.", "Renault SA")? */
static int ex_corporate_suffix(const ex_state *st, const ex_mention *m)
{
    static const char *const suffixes[] = {
        "inc", "corp", "corporation", "co", "ltd", "limited", "plc", "ag",
        "sa", "nv", "spa", "gmbh", "bv", "bhd", "pty", "llc", "kk", "ab",
        "oy", "oyj", NULL};
    size_t t = m->t1, n, k;
    char w[16];
    const char *s;
    while (t > m->t0 && st->toks[t - 1].kind != KG_TOK_WORD)
        t--;
    if (t <= m->t0 + 1 ||
        !(st->toks[t - 1].flags & KG_TOKF_CAP))
        return 0;
    /* (folded without its dots: "S.A." is "sa") */
    for (s = st->toks[t - 1].lower, n = 0; *s && n + 1 < sizeof(w); s++)
        if (*s != '.')
            w[n++] = *s;
    w[n] = '\0';
    for (k = 0; suffixes[k]; k++)
        if (!strcmp(w, suffixes[k]))
            return 1;
    return 0;
}

/* The country of a place mention at token t that names where a firm is
 * ("<Kerdix Inc.>, Boulder, Colorado," "<Nakamichi Corp>, Tokyo,"): a
 * place or a capital with a country, after at most one uncoded name and
 * its comma (a city the lexicon lacks), and then a comma, "and" or the
 * sentence's end; else NULL. */
static const char *ex_firm_place(const ex_state *st, size_t t)
{
    const ex_mention *q = t < st->ntoks ? ex_mention_at(st, t) : NULL;
    size_t e;
    if (q && q->t0 == t && !q->ent.code && !ex_is_person(&q->ent) &&
        q->t1 + 1 < st->ntoks && ex_tok_punct(st, q->t1, ','))
        q = ex_mention_at(st, q->t1 + 1);
    if (!q || q->dropped || q->ent.is_value || !q->ent.country ||
        !q->ent.type || ex_is_person(&q->ent) ||
        !ex_country_or_place(q->ent.type) ||
        q->kind == KG_NAME_DEMONYM)
        return NULL;
    e = q->t1;
    if (e < st->ntoks && !ex_tok_punct(st, e, ',') &&
        !ex_tok_is(st, e, "and") && !ex_tok_punct(st, e, '.'))
        return NULL;
    return q->ent.country;
}

/* "Nippon Steel Corp and <Inland Steel Co> of the U.S. are negotiating",
 * "<Quintette Coals Ltd> of Canada and Japanese steelmakers failed to
 * agree": the country named after a firm (a legal suffix, its ticker
 * aside) with "of" is the firm's home, part of the firm's name as in
 * "Inland Steel Co of Canada" (read whole), no actor of its own: else it
 * stands as the last member of a list of subjects, or as the subject, in
 * the firm's place.  Only a home the firm's code agrees with (a firm kg
 * codes, or one ex_firm_of_place homed there): "Aetna Life and Casualty
 * of Canada Ltd" keeps its own.  Returns how many it joined, or
 * KG_ENOMEM. */
static int ex_take_into_name(ex_state *st, ex_mention *b, ex_mention *q,
                             size_t t);
static size_t ex_past_ticker(const ex_state *st, size_t t);
static int ex_firm_of_homes(ex_state *st)
{
    size_t i, t;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i], *d;
        const ex_mention *cd;
        if (p->dropped || p->ent.is_value || !p->ent.type ||
            strcmp(p->ent.type, "Organization") != 0 || !p->ent.country ||
            !p->ent.code || !ex_code_ends(p->ent.code, "BUS") ||
            !ex_corporate_suffix(st, p))
            continue;
        t = ex_past_ticker(st, p->t1);
        if (t + 1 >= st->ntoks || !ex_tok_is(st, t, "of"))
            continue;
        if (t + 2 < st->ntoks && ex_tok_is(st, t + 1, "the"))
            t++;
        cd = ex_mention_at(st, t + 1);
        if (!cd || cd->t0 != t + 1 || cd->dropped || cd->ent.is_value ||
            !cd->ent.type || strcmp(cd->ent.type, "Country") != 0 ||
            cd->kind == KG_NAME_DEMONYM || !cd->ent.country ||
            strcmp(cd->ent.country, p->ent.country) != 0)
            continue;
        d = &st->ments[cd - st->ments];
        if (ex_take_into_name(st, p, d, d->t1) < 0)
            return KG_ENOMEM;
        done++;
    }
    if (done)
        ex_index_mentions(st);
    return done;
}

/* Firms named with their home: "Algerian producer ENOF", "Italian firm
 * ENI", "Spain's Minas de Almaden y Arrayanes S.A.", "U.S.-based Lotus
 * Development Inc", "<Kerdix Inc.>, Boulder, Colorado": a name the
 * lexicon does not code is its country's business (DZABUS, ESPBUS), as
 * tools/eval/realnews codes firms of two countries.  A possessive, a
 * "based" or a place apposition only before or after a name with a
 * company's legal suffix ("Japan's Liberal Democratic Party" is none);
 * a demonym with a noun of business names a firm with no suffix too.
 * Returns how many it coded. */
/* "Geneva-based GATT", "London-based Amnesty International": a place
 * in one token with "-based" before a name only says where the body
 * named after it sits; the body is the actor, not the place.  (Run
 * after the firms took their homes from it: "the London-based Kerdix
 * Ltd"; "a California-based company" is the place's business, by
 * ex_business_demonym.) */
static void ex_drop_based_places(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const ex_tok *t;
        if (m->dropped || m->t1 <= m->t0 || m->t1 > m->t0 + 3 ||
            m->t1 >= st->ntoks)
            continue;
        t = &st->toks[m->t1 - 1]; /* (or "New York-based": the last) */
        if (!(t->flags & KG_TOKF_HYPHEN) || strlen(t->lower) <= 6 ||
            strcmp(t->lower + strlen(t->lower) - 6, "-based") != 0 ||
            strncmp(st->doc->text + m->end, "-based", 6) != 0 ||
            st->toks[m->t1].kind != KG_TOK_WORD ||
            !(st->toks[m->t1].flags & KG_TOKF_CAP))
            continue;
        m->dropped = 1;
    }
}

/* An ASCII letter or digit (the project keeps <ctype.h>, whose answers
 * hang on the locale, out of the library: `make lint`). */
static int ex_ascii_alnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= '0' && c <= '9');
}

/* Does the document's text before offset end hold name, as a whole
 * word, followed by a capitalised word and then, within three more
 * words, a legal suffix, a ticker or a bracketed short name
 * ("Commonwealth Aluminum (Comalco)", "Shell Canada Limited <SHC>"), the
 * name of a firm kg does not code?  At least least capitalised words
 * between the name and the suffix. */
static int ex_text_names_firm(const ex_state *st, const char *name,
                              size_t len, size_t end, size_t least)
{
    static const char *const suffixes[] = {
        "co", "corp", "corporation", "inc", "ltd", "limited", "plc", "llc",
        "sa", "ag", "nv", "spa", "bhd", "cos", "co.", "corp.", "inc.",
        "ltd.", "pty", NULL};
    const char *text = st->doc->text, *p = text;
    while ((p = strstr(p, name)) != NULL && (size_t)(p - text) + len <= end) {
        const char *q = p + len;
        size_t words = 0;
        int ok = (p == text || !ex_ascii_alnum(p[-1])) && *q == ' ' &&
                 q[1] >= 'A' && q[1] <= 'Z';
        p += len;
        if (!ok)
            continue;
        while (*q == ' ' && words < 4) {
            char w[16] = "";
            size_t n = 0;
            q++;
            if (*q == '(' || *q == '<')
                return words >= least;
            while (q[n] && q[n] != ' ' && q[n] != ',' && n < sizeof(w) - 1) {
                w[n] = q[n] >= 'A' && q[n] <= 'Z' ? (char)(q[n] - 'A' + 'a')
                                                  : q[n];
                n++;
            }
            w[n] = '\0';
            if (words >= least && ex_word_among(w, suffixes))
                return 1;
            if (!(*q >= 'A' && *q <= 'Z'))
                break;
            q += n;
            words++;
        }
    }
    return 0;
}

/* "Commonwealth Aluminum (Comalco) said ... Commonwealth said it is
 * continuing talks", "its agreement with Shell Canada Limited <SHC> ...
 * Shell Canada exercised its option": a coded body's or country's name
 * that the story gave before as the first words of a firm's name kg does
 * not code (ex_text_names_firm) is that firm, named short, not the body
 * or the state: no actor.  A country alone only with the capitalised
 * word before it that opened the firm's name ("Korea Electric Power
 * Corp ... Korea said" stays the state).  The mentions dropped.
 * (short26) */
static size_t ex_drop_firm_name_words(ex_state *st)
{
    size_t i, n = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        const char *type = m->ent.type;
        size_t from = st->toks[m->t0].start, end = m->end, len;
        char name[96];
        if (m->dropped || !m->ent.code || !type || m->t1 <= m->t0 ||
            m->t1 > m->t0 + 3 || m->ent.is_value ||
            (m->t1 < st->ntoks && st->toks[m->t1].kind == KG_TOK_WORD &&
             (st->toks[m->t1].flags & KG_TOKF_CAP)))
            continue;
        if (!strcmp(type, "Country")) {
            /* ("Shell Canada": with the capitalised word before it) */
            if (m->t0 == 0 || st->toks[m->t0 - 1].kind != KG_TOK_WORD ||
                !(st->toks[m->t0 - 1].flags & KG_TOKF_CAP))
                continue;
            from = st->toks[m->t0 - 1].start;
        } else if (strcmp(type, "Organization") != 0 ||
                   ex_code_ends(m->ent.code, "BUS") ||
                   (m->t0 > 0 && st->toks[m->t0 - 1].kind == KG_TOK_WORD &&
                    (st->toks[m->t0 - 1].flags & KG_TOKF_CAP))) {
            continue;
        }
        len = end - from;
        if (len == 0 || len >= sizeof(name))
            continue;
        memcpy(name, st->doc->text + from, len);
        name[len] = '\0';
        if (ex_text_names_firm(st, name, len, from,
                               strcmp(type, "Country") ? 1 : 0)) {
            m->dropped = 1;
            n++;
        }
    }
    return n;
}

/* Place mention m, a firm's address: "Sumitomo Bakelite Co Ltd, Tokyo,
 * Japan, providing ..." (a place, and its country, apposed to a name with
 * a legal suffix and closed by a comma or the sentence's end) or "a joint
 * venture with Madrid, Spain-based Ingenieria SA" (a place before the
 * "-based" of the firm after it).  It says where the firm sits: no actor
 * (the capital would read as its government). */
static int ex_address_place(const ex_state *st, const ex_mention *m)
{
    const ex_mention *f;
    size_t e = m->t1, b = m->t0;
    const ex_tok *t;
    if (m->dropped || m->ent.is_value || !m->ent.type ||
        !ex_country_or_place(m->ent.type) || m->kind == KG_NAME_DEMONYM)
        return 0;
    if (e + 1 < st->ntoks && ex_tok_punct(st, e, ',')) {
        t = &st->toks[e + 1];
        if ((t->flags & KG_TOKF_HYPHEN) && ex_ends_with(t->lower, "-based"))
            return 1;
    }
    if (e < st->ntoks && !ex_tok_punct(st, e, ',') && !ex_tok_punct(st, e, '.'))
        return 0;
    if (b < 2 || !ex_tok_punct(st, b - 1, ','))
        return 0;
    b--;
    /* "Tokyo, Japan,": the country after the place is the address too */
    if ((f = ex_mention_at(st, b - 1)) != NULL && f->t1 == b &&
        f->ent.type && ex_country_or_place(f->ent.type) && f->t0 >= 2 &&
        ex_tok_punct(st, f->t0 - 1, ','))
        b = f->t0 - 1;
    if (b > 0 && ex_tok_punct(st, b - 1, '>'))
        b--;
    f = ex_mention_at(st, b - 1);
    return f && f->t1 == b && !f->dropped && f->ent.type &&
           !strcmp(f->ent.type, "Organization") && ex_corporate_suffix(st, f);
}

/* "would pursue its state court lawsuit seeking damages from Coastal",
 * "has started court proceedings against its former chairman": "court"
 * right before a suit noun tells where the suit is heard, a modifier of
 * it, no bench that acts (the plaintiff sues; the README reads a suit
 * filed in a court as its plaintiff's).  Such a mention of the bench
 * (JUD) is dropped (firm31). */
static void ex_drop_court_modifier(ex_state *st)
{
    static const char *const bench[] = {"court", "courts", NULL};
    static const char *const suit[] = {
        "lawsuit", "lawsuits", "suit",   "suits",      "case",
        "cases",   "action",   "actions", "proceedings", "battle",
        "fight",   "challenge", NULL};
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        if (m->dropped || m->ent.is_value || !m->ent.code ||
            !ex_code_ends(m->ent.code, "JUD") || m->t1 != m->t0 + 1 ||
            m->t1 >= st->ntoks || !ex_pronoun_is(&st->toks[m->t0], bench) ||
            !ex_pronoun_is(&st->toks[m->t1], suit))
            continue;
        m->dropped = 1;
    }
}

/* "Britain and France joined forces to attack Libya", "NTT DoCoMo and
 * Vodafone joined forces to develop": the bare "forces" of the idiom
 * "join forces" (a form of "join" right before it, no article, no
 * modifier) names no armed force; read as one, it became the subject of
 * the purpose infinitive after it (---MIL attacking Libya).  It is
 * dropped (coord32). */
static void ex_drop_joined_forces(ex_state *st)
{
    static const char *const join[] = {"join", "joins", "joined",
                                       "joining", NULL};
    /* (what follows the idiom: not "joined forces loyal to Aidid") */
    static const char *const next[] = {"with", "to", "in", "against", "on",
                                       "and", "for", NULL};
    size_t i;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        if (m->dropped || m->ent.is_value || m->t1 != m->t0 + 1 ||
            m->t0 == 0 || !ex_tok_is(st, m->t0, "forces") ||
            !ex_pronoun_is(&st->toks[m->t0 - 1], join) ||
            !(m->t1 >= st->ntoks || st->toks[m->t1].kind == KG_TOK_PUNCT ||
              ex_pronoun_is(&st->toks[m->t1], next)))
            continue;
        m->dropped = 1;
    }
}

/* Drops the address places of firms (ex_address_place). */
static void ex_drop_address_places(ex_state *st)
{
    size_t i;
    for (i = 0; i < st->nments; i++)
        if (ex_address_place(st, &st->ments[i]))
            st->ments[i].dropped = 1;
}

/* "The MP, who is consulting his lawyers", "will send its lawyers to
 * meet with the company": lawyers a possessive pronoun gives to a party
 * are that party's counsel, no court or judiciary (the agent noun's JUD,
 * PETRARCH's LAWYER): consulting or sending them is the party's own
 * business (prec27, the random sample's politics/399, GBRLEG -> GBRJUD
 * 040).  The mention is dropped; "lawyers for the U.S. Department of
 * Justice" and bare "lawyers" stay. */
static void ex_drop_own_counsel(ex_state *st)
{
    static const char *const counsel[] = {"lawyer", "lawyers", "attorney",
                                          "attorneys", NULL};
    static const char *const owners[] = {"his", "her", "its", "their",
                                         NULL};
    size_t i, k;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        if (m->dropped || m->ent.is_value ||
            (m->ent.code && !ex_code_ends(m->ent.code, "JUD")) ||
            m->t1 == 0 ||
            !ex_pronoun_is(&st->toks[m->t1 - 1], counsel))
            continue;
        /* (the pronoun before the noun, one modifier between at most:
         * "his own lawyers", "their defence lawyers") */
        for (k = m->t1 - 1; k > 0 && m->t1 - k < 3; k--)
            if (ex_pronoun_is(&st->toks[k - 1], owners)) {
                m->dropped = 1;
                break;
            }
    }
}

/* The country that the first words of an uncoded firm's name name
 * ("China Great Wall Industries Co", "Korea Electric Power Corp", "Japan
 * Security Pacific Finance Co Ltd"): a country by its own name (not a
 * place in it, nor a demonym), with more of the name after it; else
 * NULL. */
static const char *ex_firm_named_country(const ex_state *st,
                                         const ex_mention *p)
{
    kg_onto_match om;
    if (!(st->toks[p->t0].flags & KG_TOKF_CAP) || !*st->keys[p->t0] ||
        !ex_match_name(st, p->t1, p->t0, &om) || !om.entity ||
        om.ntok + 1 >= p->t1 - p->t0 || om.kind != KG_NAME_PROPER ||
        !om.entity->type || strcmp(om.entity->type, "Country") != 0 ||
        !om.entity->code || !om.entity->country ||
        strcmp(om.entity->code, om.entity->country) != 0)
        return NULL;
    return om.entity->country;
}

/* The country of the exchange a stock ticker right after uncoded firm
 * p names ("Toshin Steel Co Ltd <TOSS.T>": Tokyo, JPN; "Hoechst AG
 * <HFAG.F>": Frankfurt, DEU; a name in brackets first, "<Kerdix Ltd>
 * <KDX.L>"), as reuters21578 writes a firm's home exchange after its
 * name; a ticker with no exchange or a New York one ("Nakamichi Corp
 * <NAKA>", "<BAC.N>", "<GENE.O>") is a U.S. firm's (a few foreign firms
 * listed there, "Mazda Motor Corp <MAZT>", are read so too); else NULL.
 * An exchange of two countries ("<WSTP.S>": Sydney or Singapore; ".M":
 * Milan or Montreal; ".H", ".G") says nothing of the firm's home. */
static const char *ex_firm_ticker(const ex_state *st, const ex_mention *p)
{
    static const char *const exchanges[][2] = {
        {"L", "GBR"},   {"LON", "GBR"}, {"T", "JPN"},  {"TOK", "JPN"},
        {"F", "DEU"},   {"D", "DEU"},   {"PA", "FRA"}, {"P", "FRA"},
        {"AS", "NLD"},  {"A", "NLD"},   {"AMS", "NLD"}, {"HK", "HKG"},
        {"HKG", "HKG"}, {"Z", "CHE"},   {"TO", "CAN"}, {"V", "CAN"},
        {"MO", "CAN"},  {"MI", "ITA"},  {"ST", "SWE"}, {"BR", "BEL"},
        {"OL", "NOR"},  {"SI", "SGP"},  {"J", "ZAF"},  {"HE", "FIN"},
        {"VI", "AUT"},  {"SE", "KOR"},  {"KS", "KOR"}, {"WE", "NZL"},
        {"ME", "AUS"},  {"MN", "PHL"},  {"MA", "ESP"}, {"BO", "IND"},
        {"N", "USA"},   {"O", "USA"}};
    const char *s = st->doc->text + p->end, *e = st->doc->text + st->doc->len;
    const char *x;
    size_t k, n;
    if (s < e && *s == '>')
        s++;
    while (s < e && *s == ' ')
        s++;
    if (s >= e || *s != '<')
        return NULL;
    for (s++; s < e && ((*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9'));
         s++)
        ;
    if (s < e && *s == '>')
        return "USA";
    if (s >= e || *s != '.')
        return NULL;
    for (x = ++s; s < e && *s >= 'A' && *s <= 'Z'; s++)
        ;
    if (s >= e || *s != '>' || (n = (size_t)(s - x)) == 0)
        return NULL;
    for (k = 0; k < sizeof(exchanges) / sizeof(exchanges[0]); k++)
        if (strlen(exchanges[k][0]) == n && !strncmp(x, exchanges[k][0], n))
            return exchanges[k][1];
    return NULL;
}

/* Token t past a firm name's closing ">" and a "<...>" ticker right after
 * it (up to five tokens inside): "Sharp Corp <SHRP> of", "<Inland Steel
 * Co> of"; an unclosed ticker leaves t at its "<" (no "of" there). */
static size_t ex_past_ticker(const ex_state *st, size_t t)
{
    size_t k;
    if (t < st->ntoks && ex_tok_punct(st, t, '>'))
        t++;
    if (t < st->ntoks && ex_tok_punct(st, t, '<')) {
        for (k = t + 1; k < st->ntoks && k < t + 6 && !ex_tok_punct(st, k, '>');
             k++)
            ;
        if (k < st->ntoks && ex_tok_punct(st, k, '>'))
            t = k + 1;
    }
    return t;
}

/* The country of a place named after firm p with "of", past its ticker:
 * "Sharp Corp <SHRP> of Japan", "Nippon Kokan Ltd of Tokyo", "Tandem
 * Computers Inc of Cupertino, Calif." (a name the tagger ended before
 * "of"); else NULL.  It wins over the ticker's default ("<SHRP>" with no
 * exchange reads as the United States'). */
static const char *ex_firm_of_place(const ex_state *st, const ex_mention *p)
{
    const ex_mention *d;
    size_t t = ex_past_ticker(st, p->t1);
    if (t + 1 >= st->ntoks || !ex_tok_is(st, t, "of"))
        return NULL;
    /* ("<Inland Steel Co> of the U.S.", "of the Netherlands") */
    if (t + 2 < st->ntoks && ex_tok_is(st, t + 1, "the"))
        t++;
    d = ex_mention_at(st, t + 1);
    if (!d || d->t0 != t + 1 || d->dropped || d->ent.is_value ||
        !d->ent.country || strlen(d->ent.country) != 3 || !d->ent.type ||
        !ex_country_or_place(d->ent.type) || d->kind == KG_NAME_DEMONYM)
        return NULL;
    return d->ent.country;
}

/* The state an apposition opening at the comma of token t names with
 * "'s" ("O2, Britain's other big mobile phone operator", "the NUM, South
 * Africa's biggest trade union"): a comma, perhaps "the", then a country
 * mention (its bare code) before "'s"; its mention, or NULL. */
static const ex_mention *ex_apposed_country(const ex_state *st, size_t t)
{
    const ex_mention *d;
    if (t + 3 >= st->ntoks || !ex_tok_punct(st, t, ','))
        return NULL;
    t++;
    if (ex_tok_is(st, t, "the"))
        t++;
    d = ex_mention_at(st, t);
    if (!d || d->t0 != t || d->dropped || !d->ent.type ||
        strcmp(d->ent.type, "Country") != 0 || !d->ent.code ||
        !d->ent.country || strcmp(d->ent.code, d->ent.country) != 0 ||
        !ex_tok_possessive(st, d->t1))
        return NULL;
    return d;
}

/* The country of an apposition after uncoded firm p that names it as
 * a state's business ("O2, Britain's other big mobile phone operator,",
 * "Jet Airways, India's biggest airline,", "RHB, Malaysia's
 * third-biggest lender,"): a comma, perhaps "the", a country named by its
 * name with "'s", then within a few plain words a noun of business (not a
 * central bank: "National Bank, Austria's central bank," is the state's
 * organ); else NULL. */
static const char *ex_firm_apposed_home(const ex_state *st,
                                        const ex_mention *p)
{
    static const char *const heads[] = {
        "company",  "firm",      "group",    "bank",     "lender",
        "carmaker", "automaker", "maker",    "producer", "airline",
        "carrier",  "operator",  "retailer", "insurer",  "brewer",
        "steelmaker", "conglomerate", "manufacturer", "exporter",
        "refiner",  "utility",   "broker",   "concern",  "supplier",
        "publisher", NULL};
    const ex_mention *d;
    size_t t = p->t1, w;
    while (t < st->ntoks && ex_tok_punct(st, t, '>'))
        t++;
    d = ex_apposed_country(st, t);
    if (!d || !d->oe || d->kind != KG_NAME_PROPER)
        return NULL;
    for (w = d->t1 + 1; w < st->ntoks && w < d->t1 + 9; w++) {
        if (ex_tok_punct(st, w, '-'))
            continue; /* ("third-biggest") */
        if (st->toks[w].kind != KG_TOK_WORD ||
            (st->toks[w].flags & KG_TOKF_CAP) || ex_mention_at(st, w))
            return NULL;
        if (ex_pronoun_is(&st->toks[w], heads))
            return w > 0 && ex_tok_is(st, w - 1, "central") ? NULL
                                                            : d->ent.country;
    }
    return NULL;
}

/* The country of an apposition after firm p that places it ("Toray
 * Industries Inc, a Tokyo-based maker of synthetic fibers,"): a comma,
 * perhaps "a", "an" or "the", then a place or a country and "-based", as
 * "the London-based Kerdix Ltd" before a firm; else NULL. */
static const char *ex_firm_apposed_based(const ex_state *st,
                                         const ex_mention *p)
{
    const ex_mention *d;
    size_t t = p->t1, k;
    while (t < st->ntoks && ex_tok_punct(st, t, '>'))
        t++;
    if (t + 2 >= st->ntoks || !ex_tok_punct(st, t, ','))
        return NULL;
    t++;
    if (ex_tok_is(st, t, "a") || ex_tok_is(st, t, "an") ||
        ex_tok_is(st, t, "the"))
        t++;
    d = ex_mention_at(st, t);
    if (!d || d->t0 != t || d->dropped || !d->ent.country ||
        strlen(d->ent.country) != 3 || !d->ent.type ||
        !ex_country_or_place(d->ent.type))
        return NULL;
    k = d->t1;
    if (k < st->ntoks && ex_tok_punct(st, k, '-'))
        k++;
    if (ex_tok_is(st, k, "based") ||
        (d->t1 == t + 1 && ex_ends_with(st->toks[t].lower, "-based")))
        return d->ent.country;
    return NULL;
}

/* "British Petroleum Plc", "Tonen Sekiyukagaku KK", "Montedison SpA",
 * "Sime Darby Bhd", "Mannesmann GmbH": a firm whose name ends in the
 * legal suffix of one state's company law (a public limited company,
 * plc, the United Kingdom's; kabushiki kaisha, KK, Japan's; societa per
 * azioni, SpA, Italy's; Berhad, Bhd, Malaysia's; Gesellschaft mit
 * beschraenkter Haftung, GmbH, Germany's; besloten vennootschap, BV, the
 * Netherlands'; aktiebolag, AB, Sweden's; osakeyhtioe, Oy, Finland's;
 * general knowledge of the company forms, xfer27
 * 2026-11-24), with no other home found for it, is that state's; where
 * a neighbour writes the same suffix (Ireland's plc, Austria's and
 * Switzerland's GmbH, Brunei's Bhd), a story of that neighbour
 * (ex_home_country) makes it the neighbour's.  The corpora name 476 such
 * firms kg left uncoded, 354 of them plc.  Else NULL. */
static const char *ex_suffix_home(const ex_state *st, const ex_mention *p)
{
    static const struct {
        const char *suffix, *home, *also[3];
    } forms[] = {{"plc", "GBR", {"IRL", NULL, NULL}},
                 {"kk", "JPN", {NULL, NULL, NULL}},
                 {"spa", "ITA", {NULL, NULL, NULL}},
                 {"bhd", "MYS", {"BRN", NULL, NULL}},
                 {"gmbh", "DEU", {"AUT", "CHE", NULL}},
                 {"bv", "NLD", {NULL, NULL, NULL}},
                 {"ab", "SWE", {NULL, NULL, NULL}},
                 {"oy", "FIN", {NULL, NULL, NULL}},
                 {"oyj", "FIN", {NULL, NULL, NULL}}};
    const kg_onto_entity *h;
    size_t t = p->t1, n, k, a;
    char w[16];
    const char *s;
    while (t > p->t0 && st->toks[t - 1].kind != KG_TOK_WORD)
        t--;
    if (t <= p->t0 + 1 || !(st->toks[t - 1].flags & KG_TOKF_CAP))
        return NULL;
    /* (folded without its dots: "S.p.A." is "spa") */
    for (s = st->toks[t - 1].lower, n = 0; *s && n + 1 < sizeof(w); s++)
        if (*s != '.')
            w[n++] = *s;
    w[n] = '\0';
    for (k = 0; k < sizeof(forms) / sizeof(forms[0]); k++) {
        size_t j;
        if (strcmp(w, forms[k].suffix) != 0)
            continue;
        h = ex_home_country(st);
        for (a = 0; h && a < 3 && forms[k].also[a]; a++)
            if (!strcmp(h->id, forms[k].also[a]))
                return forms[k].also[a];
        /* (a neighbour named in the firm's name: "National Bank of
         * Brunei Bhd") */
        for (j = p->t0; j + 1 < t; j++) {
            kg_onto_match pm;
            if (!st->known[j] || !ex_match_name(st, t, j, &pm) ||
                !pm.entity || !pm.entity->type ||
                strcmp(pm.entity->type, "Country") != 0)
                continue;
            for (a = 0; a < 3 && forms[k].also[a]; a++)
                if (!strcmp(pm.entity->id, forms[k].also[a]))
                    return forms[k].also[a];
        }
        return forms[k].home;
    }
    return NULL;
}

/* "Texaco Inc and Honeywell Inc said they formed a joint venture",
 * "Stelco Inc": a firm whose name ends in "Inc" or "Incorporated", the
 * suffix of firms of the United States (and Canada), with no other home
 * found for it, is the United States' (Canada's in a story of Canada,
 * ex_home_country); one whose name ends in "Corp", "Corporation" or "Co",
 * suffixes firms of Japan or Korea write too, only in a story of the
 * United States (its dateline's, or the country it names most: "CHICAGO,
 * March 2 - General Binding Corp said it reached a marketing agreement
 * with ..."); else NULL. */
static const char *ex_incorporated_home(const ex_state *st,
                                        const ex_mention *p)
{
    static const char *const inc[] = {"inc", "inc.", "incorporated", NULL};
    static const char *const corp[] = {"corp", "corp.", "corporation", "co",
                                       "co.", NULL};
    const kg_onto_entity *h;
    size_t t = p->t1;
    while (t > p->t0 && st->toks[t - 1].kind != KG_TOK_WORD)
        t--;
    if (t <= p->t0 + 1)
        return NULL;
    h = ex_home_country(st);
    if (ex_pronoun_is(&st->toks[t - 1], inc))
        return h && !strcmp(h->id, "CAN") ? "CAN" : "USA";
    if (ex_pronoun_is(&st->toks[t - 1], corp) && h && !strcmp(h->id, "USA"))
        return "USA";
    return NULL;
}

/* Words that count ("Two Bank of Tokyo officials said"): capitalised at
 * a sentence's start, such a word is no part of the firm's name that
 * follows it (ex_bank_of_place). */
static const char *const ex_count_words[] = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "several", "some", "many", "all", "both", NULL};

/* Mention b's name runs on to token t (exclusive) over mention q, which
 * is dropped ("Bank of | Florida", "Merrill Lynch and | Co Inc"): its
 * span and written text.  Returns KG_OK or KG_ENOMEM. */
static int ex_take_into_name(ex_state *st, ex_mention *b, ex_mention *q,
                             size_t t)
{
    q->dropped = 1;
    b->t1 = t;
    b->end = st->toks[t - 1].end;
    b->ent.end = b->end;
    b->ent.text = ex_strndup(st, st->doc->text + b->ent.start,
                             b->end - b->ent.start);
    return b->ent.text ? KG_OK : KG_ENOMEM;
}

/* "Bank of America", "the First National Bank of Chicago", "Bank of
 * Florida Inc", "Hospital Corp of America": a bank or a firm (a union:
 * "United Steelworkers of America", USALAB) the ontology does not know,
 * named with "of" and a place, is one body, the place's country's
 * business (USABUS, JPNBUS) or labour,
 * not a bank and the country, nor a capital that stands for its
 * government ("Bank of Tokyo said it" was JPNGOV); a bank kg codes
 * before "of" keeps its code and takes the place into its name ("the
 * Federal Reserve Bank of New York").  Central banks the ontology names
 * ("Bank of Japan", "Bank of Canada") are matched whole before this.
 * Returns how many it joined, or KG_ENOMEM. */
static int ex_bank_of_place(ex_state *st)
{
    /* (the word before "of" that makes the name a firm's or a union's:
     * "Hospital Corp of America", "the Writers Guild of America", "United
     * Steelworkers of America") */
    static const char *const heads[] = {
        "bank",        "corp",     "co",           "company",
        "corporation", "association", "guild",     "federation",
        "workers",     "steelworkers", NULL};
    static const char *const labour[] = {"workers", "steelworkers", "guild",
                                         NULL};
    size_t k, t, t0, done = 0;
    for (k = 0; k + 2 < st->ntoks; k++) {
        const ex_mention *cb = ex_mention_at(st, k), *cq;
        ex_mention *b, *q;
        kg_entity e;
        const char *agent = "BUS";
        /* (a capital and "of" first, the list after them: this runs
         * at every token) */
        if (!(st->toks[k].flags & KG_TOKF_CAP) ||
            !ex_tok_is(st, k + 1, "of") ||
            !ex_pronoun_is(&st->toks[k], heads) || (cb && cb->t1 != k + 1) ||
            (cq = ex_actor_at(st, k + 2)) == NULL ||
            cq->kind == KG_NAME_DEMONYM || !cq->ent.type ||
            !cq->ent.country || strlen(cq->ent.country) != 3 ||
            (strcmp(cq->ent.type, "Place") != 0 &&
             strcmp(cq->ent.type, "Country") != 0))
            continue;
        q = &st->ments[cq - st->ments];
        /* ("Bank" at a sentence's start has no mention of its own, nor
         * "Hospital Corp" the tagger did not take for a name: the
         * capitalised words before the head word) */
        for (t0 = cb ? cb->t0 : k; t0 > 0 && k - t0 < 4 &&
                     st->toks[t0 - 1].kind == KG_TOK_WORD &&
                     (st->toks[t0 - 1].flags & KG_TOKF_CAP) &&
                     st->toks[t0 - 1].tag == KG_W_NONE &&
                     !ex_pronoun_is(&st->toks[t0 - 1], ex_count_words);
             t0--) {
            /* (a capitalised word read as an unnamed group is part of the
             * name: "Hospital" of "Hospital Corp of America") */
            const ex_mention *g = ex_mention_at(st, t0 - 1);
            if (g && (g->t0 != t0 - 1 || g->t1 != t0 || g->dropped ||
                      (g->ent.code && strncmp(g->ent.code, "---", 3) != 0)))
                break;
            if (g)
                st->ments[g - st->ments].dropped = 1;
        }
        if (cb) {
            b = &st->ments[cb - st->ments];
            if (t0 < b->t0) {
                b->t0 = t0;
                b->start = st->toks[t0].start;
                b->ent.code = NULL; /* (named anew below) */
            }
        } else if ((b = ex_add_mention(st, t0, k + 1, st->toks[t0].start,
                                       st->toks[k].end)) == NULL)
            continue;
        for (t = b->t0; t <= k; t++)
            if (ex_pronoun_is(&st->toks[t], labour))
                agent = "LAB";
        /* (a company's suffix after the place is the firm's: "Bank of
         * Florida Inc"; "Tokyo Ltd" is read as a name of its own) */
        for (t = q->t1; t < st->ntoks && (st->toks[t].flags & KG_TOKF_CAP) &&
                        !ex_mention_at(st, t) &&
                        ex_pronoun_is(&st->toks[t], ex_company_suffixes);
             t++)
            ;
        /* (a bare "Bank" is this bank, no other named before) */
        if (!b->ent.code || b->t1 == b->t0 + 1 ||
            (!b->oe && b->kind == EX_NAME_GROUP) ||
            (b->ent.id && !strncmp(b->ent.id, "x_", 2))) {
            int err = ex_unknown_entity(st, b->t0, t, "Organization", &e);
            if (err < 0)
                return err;
            if (!(e.code = ex_concat(st, q->ent.country, agent)))
                return KG_ENOMEM;
            e.country = q->ent.country;
            b->ent = e;
            b->oe = NULL;
            b->kind = KG_NAME_PROPER;
        }
        if (ex_take_into_name(st, b, q, t) < 0)
            return KG_ENOMEM;
        done++;
    }
    if (done)
        ex_index_mentions(st); /* (spans changed: ex_firm_homes reads them) */
    return (int)done;
}

/* The country of uncoded union p from an apposition after it that names
 * a state's union ("the National Union of Mineworkers (NUM), South
 * Africa's biggest trade union"): perhaps the name's acronym in
 * brackets, a comma, perhaps "the", a country named with "'s", then
 * within a few plain words "union" or "federation"; else NULL. */
static const char *ex_union_apposed_home(const ex_state *st,
                                         const ex_mention *p)
{
    static const char *const heads[] = {"union", "unions", "federation",
                                        NULL};
    const ex_mention *d;
    size_t t = p->t1, w;
    if (t + 2 < st->ntoks && ex_tok_punct(st, t, '(') &&
        ex_tok_punct(st, t + 2, ')'))
        t += 3; /* ("(NUM)") */
    if (!(d = ex_apposed_country(st, t)))
        return NULL;
    for (w = d->t1 + 1; w < st->ntoks && w < d->t1 + 7; w++) {
        const ex_mention *g = ex_mention_at(st, w);
        /* ("biggest trade union": kg's unnamed group of labour) */
        if (g && !g->dropped && g->ent.code && ex_code_ends(g->ent.code, "LAB"))
            return d->ent.country;
        if (st->toks[w].kind != KG_TOK_WORD ||
            (st->toks[w].flags & KG_TOKF_CAP) || g)
            return NULL;
        if (ex_pronoun_is(&st->toks[w], heads))
            return d->ent.country;
    }
    return NULL;
}

/* Union p, just coded, defines its acronym in brackets right after it
 * ("the National Union of Mineworkers (NUM)"), as ex_acronym reads one
 * after an organisation coded when it is found: the acronym is p's for
 * the rest of the story ("NUM officials said") and no mention of its
 * own.  Returns KG_OK or KG_ENOMEM. */
static int ex_union_acronym(ex_state *st, const ex_mention *p)
{
    size_t t = p->t1, len, k;
    const ex_mention *a;
    const char *acr;
    if (t + 2 >= st->ntoks || !ex_tok_punct(st, t, '(') ||
        !ex_tok_punct(st, t + 2, ')') || !p->ent.text ||
        !(st->toks[t + 1].flags & KG_TOKF_ALLCAPS) ||
        st->nacronyms == EX_MAX_ACRONYMS)
        return KG_OK;
    acr = st->doc->text + st->toks[t + 1].start;
    len = st->toks[t + 1].end - st->toks[t + 1].start;
    if (len >= 8 || !ex_initials_spell(p->ent.text, acr, len))
        return KG_OK;
    for (k = 0; k < st->nacronyms; k++)
        if (strlen(st->acronym_key[k]) == len &&
            !strncmp(st->acronym_key[k], acr, len))
            return KG_OK;
    if (!(st->acronym_key[st->nacronyms] = ex_strndup(st, acr, len)))
        return KG_ENOMEM;
    st->acronyms[st->nacronyms++] = p->ent;
    if ((a = ex_mention_at(st, t + 1)) != NULL && a->t0 == t + 1 &&
        !a->ent.code)
        st->ments[a - st->ments].dropped = 1;
    return KG_OK;
}

/* Words in -s before "Union" that name no members: "Overseas Union"
 * (a Singapore bank), "Customs Union", "News Union". */
static const char *const ex_not_union_members[] = {
    "overseas", "customs", "news", "arts", "sports", "states", "nations",
    "pcs", NULL};

/* "the Commercial Workers Union", "the Letter Carriers Union", "the
 * Musicians' Union", "the Seafarers' International Union", "the Fire
 * Brigades Union", "the Council of Trade Unions", "the International
 * Brotherhood of Electrical Workers": a name whose last word is "Union"
 * or "Unions" after its members in the plural (perhaps with
 * "International" or "National" between), or "Workers" or "Employees"
 * after one or more words, names a trade union, as "Union of" does
 * (ex_union_names).  Not "Commercial Union" (an insurer), "Rugby
 * Football Union", "Christian Democratic Union", "Overseas Union". */
static int ex_members_union_name(const ex_state *st, const ex_mention *p)
{
    size_t t = p->t1, m;
    const ex_tok *w;
    while (t > p->t0 && st->toks[t - 1].kind != KG_TOK_WORD)
        t--;
    if (t < p->t0 + 2 || !(st->toks[t - 1].flags & KG_TOKF_CAP))
        return 0;
    if (ex_tok_is(st, t - 1, "workers") || ex_tok_is(st, t - 1, "employees"))
        return 1;
    if (!ex_tok_is(st, t - 1, "union") && !ex_tok_is(st, t - 1, "unions"))
        return 0;
    /* the members' word, past "International", "National" and an
     * apostrophe ("Musicians' Union") */
    for (m = t - 1; m > p->t0 && (st->toks[m - 1].kind != KG_TOK_WORD ||
                                  ex_tok_is(st, m - 1, "international") ||
                                  ex_tok_is(st, m - 1, "national"));
         m--)
        ;
    if (m == p->t0)
        return 0;
    w = &st->toks[m - 1];
    if (w->kind != KG_TOK_WORD || !(w->flags & KG_TOKF_CAP) ||
        (w->flags & KG_TOKF_ALLCAPS) || ex_pronoun_is(w, ex_not_union_members))
        return 0;
    if (ex_tok_is(st, m - 1, "trade"))
        return 1; /* "the Council of Trade Unions" */
    return (ex_ends_with(w->lower, "s") || ex_ends_with(w->lower, "s'")) &&
           !ex_ends_with(w->lower, "ss") && strlen(w->lower) > 3;
}

/* "the National Union of Mineworkers", "the International Union of
 * Electronic Workers", "the National Union of Journalists": a name kg
 * does not code whose head is "Union of" and the members (a capitalised
 * word no mention of its own, not a place: "Union of Soviet Socialist
 * Republics" is a state) is a trade union: its country's labour (CCCLAB),
 * the country named right before it ("the Canadian Union of Postal
 * Workers"), or in an apposition after it (ex_union_apposed_home), else
 * the story's (ex_home_country); none known, it stays uncoded.  Returns
 * how many it coded, or KG_ENOMEM. */
static int ex_union_names(ex_state *st)
{
    static const char *const students[] = {"students", "student", NULL};
    static const char *const farmers[] = {"farmers", "agricultural",
                                          "peasants", NULL};
    size_t i, k;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const ex_mention *d;
        const kg_onto_entity *h;
        const char *country = NULL, *agent;
        int named = 0;
        if (p->dropped || p->ent.is_value || p->ent.code || !p->ent.type ||
            (strcmp(p->ent.type, "Organization") != 0 &&
             strcmp(p->ent.type, "Person") != 0))
            continue;
        for (k = p->t0; k + 2 < p->t1 && !named; k++)
            named = ex_tok_is(st, k, "union") &&
                    (st->toks[k].flags & KG_TOKF_CAP) &&
                    ex_tok_is(st, k + 1, "of") &&
                    (st->toks[k + 2].flags & KG_TOKF_CAP) &&
                    !ex_tok_is(st, k + 2, "soviet") &&
                    ((d = ex_mention_at(st, k + 2)) == NULL || d == p);
        if (!named && ex_members_union_name(st, p)) {
            named = 1;
            k = p->t0;
        }
        if (!named)
            continue;
        /* (its members' sector: "of Students" EDU, "of Agricultural
         * Cooperatives", "of Farmers" AGR) */
        for (agent = "LAB"; k < p->t1; k++)
            if (ex_pronoun_is(&st->toks[k], students))
                agent = "EDU";
            else if (ex_pronoun_is(&st->toks[k], farmers))
                agent = "AGR";
        if (p->t0 > 0 && (d = ex_mention_at(st, p->t0 - 1)) != NULL &&
            d->t1 == p->t0 && !d->dropped && d->ent.type &&
            !strcmp(d->ent.type, "Country") && d->ent.country &&
            strlen(d->ent.country) == 3)
            country = d->ent.country;
        if (!country)
            country = ex_union_apposed_home(st, p);
        if (!country && (h = ex_home_country(st)) != NULL &&
            strlen(h->id) == 3)
            country = h->id;
        if (!country)
            continue;
        if (!(p->ent.code = ex_concat(st, country, agent)))
            return KG_ENOMEM;
        p->ent.country = country;
        p->ent.type = "Organization";
        if (ex_union_acronym(st, p) < 0)
            return KG_ENOMEM;
        done++;
    }
    return done;
}

/* The partner named before mention b of one word, with a comma between,
 * in "Sears, Roebuck and Co": a mention of one capitalised word, no place
 * nor person, not itself after a comma (a list); else NULL. */
static ex_mention *ex_comma_partner(ex_state *st, const ex_mention *b)
{
    const ex_mention *a;
    if (b->t1 != b->t0 + 1 || b->t0 < 2 || !ex_tok_punct(st, b->t0 - 1, ','))
        return NULL;
    a = ex_mention_at(st, b->t0 - 2);
    if (!a || a->t1 != b->t0 - 1 || a->t0 + 1 != a->t1 || a->dropped ||
        a->ent.is_value || !a->ent.type || ex_country_or_place(a->ent.type) ||
        ex_is_person(&a->ent) || !(st->toks[a->t0].flags & KG_TOKF_CAP) ||
        (a->t0 > 0 && ex_tok_punct(st, a->t0 - 1, ',')))
        return NULL;
    return &st->ments[a - st->ments];
}

/* "Merrill Lynch and Co Inc", "Kleinwort Grieveson and Co", "James Capel
 * and Co", "AG Edwards & Sons": a firm's name that ends in "and" (or
 * "&") and a bare suffix is one name, where the tagger made the suffix a
 * name of its own ("Co Inc" USABUS, and the two then met or agreed with
 * each other).  The name before takes the suffix into its span (a new
 * organisation when kg did not code it, which ex_firm_homes may home from
 * the suffix), the suffix's mention is dropped.  Returns how many it
 * joined, or KG_ENOMEM. */
static int ex_and_co_names(ex_state *st)
{
    static const char *const tails[] = {"co", "co.", "inc", "inc.", "ltd",
                                        "plc", "corp", "company", "cos",
                                        "sons", NULL};
    size_t i, t;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *q = &st->ments[i], *b;
        const ex_mention *cb;
        if (q->dropped || q->t0 < 2 || q->ent.is_value ||
            !(ex_tok_is(st, q->t0 - 1, "and") ||
              ex_tok_punct(st, q->t0 - 1, '&')))
            continue;
        for (t = q->t0; t < q->t1 && (st->toks[t].flags & KG_TOKF_CAP) &&
                        ex_pronoun_is(&st->toks[t], tails);
             t++)
            ;
        if (t != q->t1 || !(cb = ex_mention_at(st, q->t0 - 2)) ||
            cb->t1 != q->t0 - 1 || cb->dropped || cb->ent.is_value ||
            !cb->ent.type || ex_country_or_place(cb->ent.type) ||
            !(st->toks[cb->t1 - 1].flags & KG_TOKF_CAP))
            continue;
        b = &st->ments[cb - st->ments];
        /* "Sears, Roebuck and Co", "Kidder, Peabody and Co": one word, a
         * comma and one word before "and Co" are one partners' name; the
         * first word's mention takes the rest (its code if kg knows it:
         * "Sears"; not a list "Texaco, Exxon, Mobil and Co") */
        {
            ex_mention *a = ex_comma_partner(st, b);
            if (a) {
                b->dropped = 1;
                b = a;
            }
        }
        if (!b->ent.code) {
            kg_entity e;
            int err = ex_unknown_entity(st, b->t0, q->t1, "Organization", &e);
            if (err < 0)
                return err;
            b->ent = e;
            b->oe = NULL;
            b->kind = KG_NAME_PROPER;
        }
        if (ex_take_into_name(st, b, q, q->t1) < 0)
            return KG_ENOMEM;
        done++;
    }
    if (done)
        ex_index_mentions(st);
    return done;
}

/* "Procter and Gamble Co", "Cable and Wireless Plc", "Gulf and Western
 * Inc", "Hambrecht and Quist Inc": two partners' names joined by "and"
 * (or "&") before a legal suffix are one firm's name, where the tagger
 * kept only the second and the suffix ("Gamble Co", "Wireless Plc":
 * about 380 such names in the three corpora).  Only when kg codes
 * neither part (a firm it knows before "and" is one of a list: "Ford and
 * Chrysler Corp"), the part after "and" is one word and its suffixes,
 * the part before "and" is one to three capitalised
 * plain words, no place, person or country, and not itself after a comma
 * or "and" (a list).  The second part's mention takes the first into its
 * span, as a new organisation that ex_firm_homes may home from the
 * suffix.  Returns how many it joined, or KG_ENOMEM. */
static int ex_and_partner_names(ex_state *st)
{
    size_t i;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *q = &st->ments[i];
        size_t a, L;
        kg_entity e;
        int err;
        if (q->dropped || q->ent.is_value || q->ent.code || !q->ent.type ||
            strcmp(q->ent.type, "Organization") != 0 || q->t0 < 2 ||
            !ex_corporate_suffix(st, q) ||
            !(ex_tok_is(st, q->t0 - 1, "and") ||
              ex_tok_punct(st, q->t0 - 1, '&')))
            continue;
        L = q->t0 - 1; /* the "and" */
        a = L;
        while (a > 0 && L - a < 3 && st->toks[a - 1].kind == KG_TOK_WORD &&
               (st->toks[a - 1].flags & KG_TOKF_CAP) &&
               st->toks[a - 1].tag == KG_W_NONE) {
            const ex_mention *m = ex_mention_at(st, a - 1);
            if (m && (m->dropped || m->ent.is_value || m->ent.code ||
                      !m->ent.type || ex_country_or_place(m->ent.type) ||
                      ex_is_person(&m->ent) || m->t1 != L || m->t0 + 3 < L))
                break;
            a = m ? m->t0 : a - 1;
        }
        /* (after a comma only when a common noun stands before it: "its
         * Swiss subsidiary, Procter and Gamble AG,"; not "Texaco, Exxon
         * and Mobil Corp") */
        if (a == L || (a > 0 && ((ex_tok_punct(st, a - 1, ',') &&
                                  (a < 2 ||
                                   st->toks[a - 2].kind != KG_TOK_WORD ||
                                   (st->toks[a - 2].flags & KG_TOKF_CAP))) ||
                                 ex_tok_is(st, a - 1, "and") ||
                                 ex_tok_punct(st, a - 1, '&') ||
                                 ((st->toks[a - 1].flags & KG_TOKF_CAP) &&
                                  st->toks[a - 1].kind == KG_TOK_WORD &&
                                  st->toks[a - 1].tag == KG_W_NONE))))
            continue;
        {
            /* (a firm's own suffix before "and" ends a first firm: "Wood
             * Gundy Inc and Gordon Capital Corp" are two) */
            static const char *const tails[] = {
                "inc", "corp", "corporation", "co", "ltd", "limited", "plc",
                "ag", "sa", "nv", "spa", "gmbh", "bv", "llc", "cos",
                "industries", "holdings", "group", "ab", "oy", "kk", "bhd",
                NULL};
            size_t k, core = q->t1;
            for (k = a; k < L && !ex_pronoun_is(&st->toks[k], tails); k++)
                ;
            if (k < L)
                continue;
            /* (and one word before the suffixes after "and": "Gamble Co",
             * "Forbes Group Inc"; "Conoco and Atlantic Richfield Co",
             * "EDS and Hughes Aircraft Co", "Piedmont and PSA Inc" name
             * two firms) */
            while (core > q->t0 && (st->toks[core - 1].kind != KG_TOK_WORD ||
                                    ex_pronoun_is(&st->toks[core - 1], tails)))
                core--;
            if (core != q->t0 + 1 ||
                (st->toks[q->t0].flags & KG_TOKF_ALLCAPS) ||
                (a + 1 == L && (st->toks[a].flags & KG_TOKF_ALLCAPS) &&
                 st->toks[a].end - st->toks[a].start > 1))
                continue; /* ("SCI and Gillett Holdings Inc"; "H and R
                           * Block" stays one) */
        }
        {
            size_t k;
            for (k = a; k < L; k++) {
                const ex_mention *m = ex_mention_at(st, k);
                if (m && m != q)
                    st->ments[m - st->ments].dropped = 1;
            }
        }
        if ((err = ex_unknown_entity(st, a, q->t1, "Organization", &e)) < 0)
            return err;
        q->ent = e;
        q->oe = NULL;
        q->kind = KG_NAME_PROPER;
        q->t0 = a;
        q->start = st->toks[a].start;
        q->ent.start = q->start;
        q->ent.end = q->end;
        if (!(q->ent.text = ex_strndup(st, st->doc->text + q->start,
                                       q->end - q->start)))
            return KG_ENOMEM;
        done++;
    }
    if (done)
        ex_index_mentions(st);
    return done;
}

/* Does the noun phrase opening at token t (after perhaps an article)
 * follow a comma, as an apposition to a name before it does ("Rydin AB, a
 * Swedish firm, VBI Corp, a British investment firm": a list)? */
static int ex_listed_apposition(const ex_state *st, size_t t)
{
    if (t > 0 && (ex_tok_is(st, t - 1, "a") || ex_tok_is(st, t - 1, "an") ||
                  ex_tok_is(st, t - 1, "the")))
        t--;
    return t > 0 && ex_tok_punct(st, t - 1, ',');
}

/* "Yukos' parent company, the Gibraltar-based Menatep Group, is suing
 * Russia", "The parent company, Swiss-based Holcim Ltd, accused Brazil": a
 * firm noun (a common noun of business, coded BUS with whatever country
 * it got or none) followed by a comma and a named firm the story codes,
 * closed by a comma or the sentence's end, is that firm: the name in
 * apposition says which it is.  Between the comma and the name only an
 * article, lower-case words and places ("the Gibraltar-based", "Swiss")
 * may stand.  Returns the nouns so recoded. */
static size_t ex_firm_noun_apposed_name(ex_state *st)
{
    static const char *const stops[] = {
        "and", "or", "but", "including", "led", "by", "such", "as", "like",
        "with", "from", "of", "to", "in", "for", "than", "which", "who",
        "that", "its", "their", NULL};
    size_t i, done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const ex_mention *q = NULL;
        size_t k;
        if (p->dropped || p->ent.is_value || !p->ent.code || !p->ent.type ||
            strcmp(p->ent.type, "Group") != 0 ||
            !ex_code_ends(p->ent.code, "BUS") || p->t1 + 2 >= st->ntoks ||
            (st->toks[p->t1 - 1].flags & KG_TOKF_CAP) ||
            ex_ends_with(st->toks[p->t1 - 1].lower, "s") ||
            !ex_tok_punct(st, p->t1, ','))
            continue; /* (one firm: "U.S. banks, led by Citibank," no) */
        /* (not itself apposed to a name before it: "Rydin AB, a Swedish
         * firm, VBI Corp, a British investment firm": a list) */
        if (ex_listed_apposition(st, p->t0))
            continue;
        for (k = p->t1 + 1; k < st->ntoks && k < p->t1 + 6; k++) {
            const ex_mention *m = ex_mention_at(st, k);
            if (m && m->t0 == k && !m->dropped && m->ent.type &&
                !strcmp(m->ent.type, "Organization")) {
                q = m;
                break;
            }
            if (m && m->ent.type && ex_country_or_place(m->ent.type))
                continue; /* ("Swiss", the place of "Zurich-based") */
            if (st->toks[k].kind != KG_TOK_WORD ||
                ex_pronoun_is(&st->toks[k], stops) ||
                ((st->toks[k].flags & KG_TOKF_CAP) &&
                 !ex_tok_is(st, k, "the")))
                break;
        }
        if (!q || !q->ent.code || !ex_code_ends(q->ent.code, "BUS") ||
            !(q->t1 == st->ntoks || ex_tok_punct(st, q->t1, ',') ||
              ex_tok_punct(st, q->t1, '.')))
            continue;
        /* (a noun whose own words gave it another country, "a Swedish
         * firm", keeps it; one homed only by the story's place, labelled
         * "company (Switzerland)", or of no country, takes the name's) */
        if (p->ent.country && q->ent.country &&
            strcmp(p->ent.country, q->ent.country) != 0 &&
            !(p->ent.label && strchr(p->ent.label, '(')))
            continue;
        {
            size_t start = p->ent.start, end = p->ent.end;
            const char *text = p->ent.text;
            p->ent = q->ent;
            p->ent.start = start;
            p->ent.end = end;
            p->ent.text = text;
            done++;
        }
    }
    return done;
}

/* "Procter and Gamble Co said its Swiss subsidiary, Procter and Gamble
 * AG, has concluded", "Japan's largest brewer, Kirin Brewery Co Ltd,":
 * the country of a firm noun that its own words place (a nationality or
 * a possessive country right before it: "Swiss subsidiary", "Japan's
 * largest brewer"; not one homed only by the story's place, labelled
 * "company (Switzerland)") standing right before the comma that opens
 * uncoded firm p, the name in apposition to it; else NULL. */
static const char *ex_firm_after_apposed_noun(const ex_state *st,
                                              const ex_mention *p)
{
    const ex_mention *n;
    size_t k;
    if (p->t0 < 2 || !ex_tok_punct(st, p->t0 - 1, ','))
        return NULL;
    /* ("its Swiss subsidiary,": a nationality before a noun of business,
     * ex_business_demonym, which kg reads as no mention of its own) */
    for (k = p->t0 - 1; k-- > 0 && k + 5 >= p->t0;) {
        const ex_mention *d = ex_mention_at(st, k);
        if (d && d->t1 == k + 1 && d->kind == KG_NAME_DEMONYM &&
            !d->dropped && d->ent.country && k + 2 < p->t0 &&
            ex_business_demonym(st, &d->ent) == 1)
            return ex_listed_apposition(st, d->t0) ? NULL : d->ent.country;
        if (d || st->toks[k].kind != KG_TOK_WORD ||
            (st->toks[k].flags & KG_TOKF_CAP))
            break;
    }
    n = ex_mention_at(st, p->t0 - 2);
    if (!n || n->t1 != p->t0 - 1 || n->dropped || n->ent.is_value ||
        !n->ent.type || !n->ent.code || !ex_code_ends(n->ent.code, "BUS") ||
        !n->ent.country || strlen(n->ent.country) != 3 ||
        (st->toks[n->t1 - 1].flags & KG_TOKF_CAP) ||
        ex_listed_apposition(st, n->t0))
        return NULL;
    /* (the noun's own words: its mention opens with the country's word,
     * "Swiss subsidiary", or one ends at most three plain words before
     * it, "Japan's largest brewer") */
    for (k = n->t0 + 1; k-- > 0 && k + 4 >= n->t0;) {
        const ex_mention *d = ex_mention_at(st, k);
        if (d && d != n && !d->dropped && d->ent.type &&
            !strcmp(d->ent.type, "Country") && d->ent.country &&
            !strcmp(d->ent.country, n->ent.country))
            return n->ent.country;
        if (k < n->t0 && st->toks[k].kind == KG_TOK_WORD &&
            (st->toks[k].flags & KG_TOKF_CAP) && !d)
            break;
    }
    if (n->kind == KG_NAME_DEMONYM || strchr(n->ent.text ? n->ent.text : "", ' '))
        return n->ent.country; /* ("Swiss firm", one mention) */
    return NULL;
}

/* "The Chinese Ministry of Petroleum", "the Japanese Ministry of
 * International Trade and Industry", "the Soviet Ministry of Fertiliser
 * Production": a ministry (or department) that a nationality names, one
 * mention coded GOV ("Chinese Ministry" CHNGOV), is named on by "of" and
 * its portfolio's capitalised words (joined perhaps by "and" or a comma);
 * those words are its name, no actor of their own ("Petroleum",
 * "International Trade" and "Industry" were uncoded names that took the
 * subject from the ministry).  The ministry's mention takes them into its
 * span; a known place or country among them ends the portfolio.  Returns
 * how many it extended. */
int ex_ministry_portfolios(ex_state *st)
{
    size_t i;
    int done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        size_t t, end, k;
        if (m->dropped || m->ent.is_value || !m->ent.code ||
            strlen(m->ent.code) < 6 || strncmp(m->ent.code + 3, "GOV", 3) ||
            m->t1 + 1 >= st->ntoks ||
            !(ex_tok_is(st, m->t1 - 1, "ministry") ||
              ex_tok_is(st, m->t1 - 1, "department")) ||
            !ex_tok_is(st, m->t1, "of"))
            continue;
        end = m->t1;
        for (t = m->t1 + 1; t < st->ntoks && t < m->t1 + 9; t++) {
            const ex_mention *o = ex_mention_at(st, t);
            if (o && o != m && (o->ent.code || ex_country_or_place(
                                                   o->ent.type ? o->ent.type
                                                               : "")))
                break;
            if (st->toks[t].kind == KG_TOK_WORD &&
                (st->toks[t].flags & KG_TOKF_CAP) &&
                st->toks[t].tag == KG_W_NONE) {
                end = t + 1;
                continue;
            }
            if ((ex_tok_is(st, t, "and") || ex_tok_punct(st, t, ',')) &&
                t + 1 < st->ntoks && (st->toks[t + 1].flags & KG_TOKF_CAP) &&
                st->toks[t + 1].tag == KG_W_NONE && end == t) {
                /* (not a body of its own after "and": "the State
                 * Department of Health and State University") */
                size_t r = t + 1;
                while (r < st->ntoks && st->toks[r].kind == KG_TOK_WORD &&
                       (st->toks[r].flags & KG_TOKF_CAP))
                    r++;
                if (ex_word_among(st->toks[r - 1].key, ex_org_suffixes))
                    break;
                continue;
            }
            break;
        }
        if (end == m->t1)
            continue;
        for (k = 0; k < st->nments; k++) {
            ex_mention *o = &st->ments[k];
            if (o != m && !o->dropped && o->t0 > m->t1 && o->t0 < end)
                o->dropped = 1;
        }
        m->t1 = end;
        m->end = st->toks[end - 1].end;
        m->ent.end = m->end;
        if (!(m->ent.text = ex_strndup(st, st->doc->text + m->ent.start,
                                       m->end - m->ent.start)))
            return KG_ENOMEM;
        done++;
    }
    if (done)
        ex_index_mentions(st);
    return done;
}

int ex_firm_homes(ex_state *st)
{
    size_t i, t, done = 0;
    int joined = ex_bank_of_place(st), unions;
    if (joined < 0)
        return joined;
    done = (size_t)joined;
    if ((unions = ex_union_names(st)) < 0)
        return unions;
    done += (size_t)unions;
    if ((joined = ex_and_co_names(st)) < 0)
        return joined;
    done += (size_t)joined;
    if ((joined = ex_and_partner_names(st)) < 0)
        return joined;
    done += (size_t)joined;
    for (i = 0; i < st->nments; i++) {
        ex_mention *p = &st->ments[i];
        const ex_mention *d = NULL;
        const char *country = NULL;
        int legal, named;
        if (p->dropped || p->ent.is_value || p->ent.code || !p->ent.type ||
            strcmp(p->ent.type, "Organization") != 0)
            continue;
        legal = ex_corporate_suffix(st, p);
        t = p->t0;
        /* "Algerian producer ENOF", "French auto giant Renault SA" */
        while (t + 3 > p->t0 && t > 0 && st->toks[t - 1].kind == KG_TOK_WORD &&
               !(st->toks[t - 1].flags & KG_TOKF_CAP) &&
               !ex_mention_at(st, t - 1))
            t--;
        if (t > 0 && (d = ex_mention_at(st, t - 1)) != NULL && d->t1 == t &&
            !d->dropped) {
            if (d->kind == KG_NAME_DEMONYM && t != p->t0 &&
                ex_business_demonym(st, &d->ent) == 1)
                country = d->ent.country;
            /* "Italian firm ENI": the business sector named right before
         * by a common noun (not "the Cyprus Bank Employees' Union") */
            else if (t == p->t0 && d->ent.code && d->ent.country &&
                     ex_code_ends(d->ent.code, "BUS") &&
                     !(st->toks[d->t1 - 1].flags & KG_TOKF_CAP) &&
                     strlen(d->ent.code) == 6)
                country = d->ent.country;
        }
        /* "Spain's Minas de Almaden y Arrayanes S.A." */
        t = p->t0;
        d = NULL;
        if (!country && legal && t >= 2 && ex_tok_is(st, t - 1, "'s"))
            d = ex_mention_at(st, t - 2);
        else if (!country && legal && t >= 3 && ex_tok_is(st, t - 1, "s") &&
                 ex_tok_punct(st, t - 2, '\''))
            d = ex_mention_at(st, t - 3);
        if (d && d->kind != KG_NAME_DEMONYM && d->ent.type &&
            !strcmp(d->ent.type, "Country") && d->ent.country &&
            d->ent.code && !strcmp(d->ent.code, d->ent.country))
            country = d->ent.country;
        /* "U.S.-based Lotus Development Inc", "a Tokyo based firm" */
        /* (a capital "Based" is read into the name: "U.S. Based Lotus") */
        if (p->t1 > t + 1 && ex_tok_is(st, t, "based"))
            t++;
        /* (a firm with no home yet whose name the "-based" readings below
         * may home: a legal suffix, or ex_based_firm_name's unknown name) */
        named = !country && (legal || ex_based_firm_name(st, p));
        if (named && t >= 2 && ex_tok_is(st, t - 1, "based")) {
            size_t b = t - 1;
            if (b > 1 && ex_tok_punct(st, b - 1, '-'))
                b--;
            if ((d = ex_mention_at(st, b - 1)) != NULL && d->t1 == b &&
                d->ent.country && ex_country_or_place(d->ent.type))
                country = d->ent.country;
        }
        /* "the London-based Kerdix Ltd": one token, the place's (and
         * "the San Francisco-based Balco": ex_based_firm_name) */
        if (!country && named && t >= 1 &&
            (st->toks[t - 1].flags & KG_TOKF_HYPHEN) &&
            ex_ends_with(st->toks[t - 1].lower, "-based") &&
            (d = ex_mention_at(st, t - 1)) != NULL && d->ent.country &&
            ex_country_or_place(d->ent.type))
            country = d->ent.country;
        /* "<Kerdix Inc.>, Boulder, Colorado," */
        if (!country && legal) {
            for (t = p->t1; t < st->ntoks && t < p->t1 + 2 &&
                            (ex_tok_punct(st, t, '>') ||
                             ex_tok_punct(st, t, '.'));
                 t++)
                ;
            if (t + 1 < st->ntoks && ex_tok_punct(st, t, ','))
                country = ex_firm_place(st, t + 1);
        }
        /* "the China Great Wall Industries Co", "Korea Electric Power
         * Corp": a firm named after its country */
        if (!country && legal)
            country = ex_firm_named_country(st, p);
        /* "Sharp Corp <SHRP> of Japan": before the ticker's default */
        if (!country && legal)
            country = ex_firm_of_place(st, p);
        /* "Toshin Steel Co Ltd <TOSS.T>", "Rhone-Poulenc <RHON.PA>" */
        if (!country) {
            country = ex_firm_ticker(st, p);
            /* ("Asea Group AB <ASEAY>": a foreign firm's U.S. listing, its
             * legal suffix names its home) */
            if (country && !strcmp(country, "USA") && legal) {
                const char *home = ex_suffix_home(st, p);
                if (home)
                    country = home;
            }
        }
        /* "O2, Britain's other big mobile phone operator," */
        if (!country)
            country = ex_firm_apposed_home(st, p);
        /* "Toray Industries Inc, a Tokyo-based maker" */
        if (!country && legal)
            country = ex_firm_apposed_based(st, p);
        /* "its Swiss subsidiary, Procter and Gamble AG," */
        if (!country && legal)
            country = ex_firm_after_apposed_noun(st, p);
        /* "Honeywell Inc", "Stelco Inc": a firm of North America; "General
         * Binding Corp" in a story of the United States */
        if (!country && legal)
            country = ex_incorporated_home(st, p);
        /* "British Petroleum Plc", "Tonen Sekiyukagaku KK" */
        if (!country && legal)
            country = ex_suffix_home(st, p);
        if (!country || strlen(country) != 3)
            continue;
        if (!(p->ent.code = ex_concat(st, country, "BUS")))
            return KG_ENOMEM;
        p->ent.country = country;
        done++;
    }
    ex_drop_based_places(st);
    ex_drop_address_places(st);
    ex_drop_own_counsel(st);
    ex_drop_court_modifier(st);
    ex_drop_joined_forces(st);
    if ((joined = ex_firm_of_homes(st)) < 0)
        return joined;
    if (ex_drop_firm_name_words(st))
        ex_index_mentions(st);
    /* (a recode that moves no mention's span: no index to renew) */
    (void)ex_story_acronyms(st);
    return (int)(done + ex_firm_noun_apposed_name(st));
}

/* Group entity e, an unnamed group of no country ("---REB", labelled
 * "unnamed rebels"), made country c's ("IRQREB", "rebels (Iraq)"), as
 * ex_find_mentions codes one whose country it knows. */
static int ex_give_group_country(ex_state *st, kg_entity *e,
                                 const kg_onto_entity *c)
{
    const char *agent = e->code + 3, *noun = e->label;
    char id[32];
    if (noun && !strncmp(noun, "unnamed ", 8))
        noun += 8;
    snprintf(id, sizeof(id), "%s_%s", c->id, agent);
    e->id = ex_strndup(st, id, strlen(id));
    e->code = ex_concat(st, c->id, agent);
    e->label = ex_concat(
        st, noun ? noun : agent,
        ex_concat(st, " (", ex_concat(st, c->label, ")")));
    e->country = c->id;
    return e->id && e->code && e->label ? KG_OK : KG_ENOMEM;
}

/* Does code name a body that acts at home, of its country's state or
 * politics ("IDNJUD", "GBRGOVPTY", "BGDOPP", "GBRLAB"), as a group
 * abroad, a force, a firm or plain people ("USAMIL", "TURMED") need not?
 * With armed: only the state's government, courts and police, which
 * act on armed men at home ("An Indonesian court sentenced a militant",
 * "Sudan's government resumed talks with rebels"); not its forces, which
 * fight abroad too ("U.S. forces battled insurgents"). */
static int ex_home_body_code(const char *code, int armed)
{
    static const char home[] = "GOV;LEG;JUD;COP;PTY;OPP;LAB";
    char sector[4];
    if (!code || strlen(code) < 6)
        return 0;
    memcpy(sector, code + 3, 3);
    sector[3] = '\0';
    return ex_in_list(armed ? "JUD;COP;GOV" : home, sector);
}

/* Is mention m a place an act is set in: a country or a place kg
 * knows, led by a place preposition (ex_place_lead: "in Bangladesh",
 * "in southern Russia", "across Iraq", "in the capital of Panama"), and
 * no thing's owner ("at a US ammunition dump": ex_named_place); or a
 * people's name before a noun of settlement ("in a southern Peruvian
 * town")? */
static int ex_place_mention(const ex_state *st, const ex_mention *m)
{
    size_t b = m->t0;
    if (!m->oe || !m->oe->type ||
        !ex_country_or_place(m->oe->type))
        return 0;
    /* "in a southern Peruvian town": a people's name before a noun of
     * settlement, led by a place preposition */
    if (m->kind == KG_NAME_DEMONYM)
        return m->t1 < st->ntoks &&
               ex_pronoun_is(&st->toks[m->t1], ex_town_nouns) &&
               ex_place_lead(st, m->t0);
    /* "in the capital of the Maldives" */
    b = ex_before_dets(st, b);
    if (b > 2 && ex_tok_is(st, b - 1, "of") &&
        ex_tok_is(st, b - 2, "capital") && ex_place_lead(st, b - 2))
        return 1;
    if (!ex_place_lead(st, m->t0))
        return 0;
    /* ("in Venezuela's capital", "in Nepal's northwestern mountains",
     * not "at Turkey's embassy") */
    if (m->t1 + 1 < st->ntoks && ex_tok_is(st, m->t1, "'s") &&
        !ex_tok_is(st, m->t1 + 1, "capital") &&
        !ex_pronoun_is(&st->toks[m->t1 + 1], ex_town_nouns) &&
        !ex_pronoun_is(&st->toks[m->t1 + 1], ex_directions))
        return 0;
    return ex_event_place(st, m->t0, m->oe) &&
           (st->toks[m->t0 - 1].tag != KG_W_DET ||
            ex_named_place(st, m->t0, m->t1 - m->t0, m->kind, m->oe));
}

/* "Ukraine's fraudulent presidential runoff", "Russia's ratification":
 * is mention m a country named bare as the owner of a thing (before
 * "'s" and no actor)? */
static int ex_country_as_owner(const ex_state *st, const ex_mention *m)
{
    const ex_tok *t;
    if (!m->oe || !m->oe->type || strcmp(m->oe->type, "Country") != 0 ||
        m->kind == KG_NAME_DEMONYM || m->t1 + 1 >= st->ntoks ||
        !ex_tok_is(st, m->t1, "'s"))
        return 0;
    t = &st->toks[m->t1 + 1];
    /* (not a place's: "Detainees at Turkey's embassy", ex_place_mention) */
    return !t->covered && t->kind == KG_TOK_WORD &&
           !ex_place_lead(st, m->t0);
}

/* The one country the sentence names outside its dateline, when no
 * mention of it can be unnamed group g's counterpart from abroad; else
 * NULL.  A mention may be
 * - a place an act is set in (ex_place_mention: "in Bangladesh");
 * - a body that acts at home (ex_home_body_code: "Five unions met Deputy
 *   Prime Minister John Prescott"), for armed men a government, a court
 *   or the police before them ("An Indonesian court sentenced a Muslim
 *   militant");
 * - another unnamed group, coded from a place ("demonstrators in
 *   Bangladesh": no naming of its own);
 * - for groups other than armed men, the country named as a thing's
 *   owner (ex_country_as_owner: "Ukraine's fraudulent runoff"), and a
 *   place of it named otherwise ("this suburban Vancouver community",
 *   "Nova Scotia became the sixth province"), not a capital that stands
 *   for its state ("Washington accused the protesters");
 * - for police, any group of the country ("Iraqi insurgents attacked
 *   police stations": a state's police act at home).
 * Not the state named bare ("Turkey rejected the protesters": they may
 * be foreigners), nor the people, firms or forces of a country, who may
 * be abroad ("Rebels attacked Syrian journalists"); nor the dateline's
 * country for armed men ("ANKARA - Rebels attacked Russia's embassy"),
 * whose place ex_armed_group_country has tried. */
static const kg_onto_entity *ex_group_home_in_sentence(const ex_state *st,
                                                       const ex_mention *g,
                                                       int armed)
{
    const kg_onto_entity *c = NULL, *mc;
    size_t k, dl = ex_dateline_end(st);
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        if (m == g || m->dropped || m->ent.is_value || m->t1 <= dl ||
            (m->ent.code && !strncmp(m->ent.code, "---", 3)) ||
            !(mc = ex_country_of(st, m->ent.country)))
            continue;
        if (c && c != mc)
            return NULL;
        c = mc;
        if (ex_place_mention(st, m) ||
            (ex_home_body_code(m->ent.code, armed) &&
             (!armed || m->t1 <= g->t0)) ||
            (m->kind == EX_NAME_COREF && !m->oe) ||
            (!armed && ex_country_as_owner(st, m)) ||
            (!armed && m->oe && m->oe->type &&
             !strcmp(m->oe->type, "Place") &&
             m->kind != KG_NAME_METONYM && m->kind != KG_NAME_DEMONYM) ||
            (!strcmp(g->ent.code + 3, "COP") && m->ent.code &&
             strlen(m->ent.code) > 3))
            continue;
        return NULL;
    }
    return c;
}

/* Is "foreign" or "international" one of the three words before token
 * t ("foreign oil workers", "international aid agencies")? */
static int ex_foreign_before(const ex_state *st, size_t t)
{
    size_t b;
    for (b = t; b > 0 && b + 3 > t; b--)
        if (ex_tok_is(st, b - 1, "foreign") ||
            ex_tok_is(st, b - 1, "international"))
            return 1;
    return 0;
}

/* "Police fired tear gas at crowds of vendors in Venezuela's capital",
 * "Five public sector unions met Deputy Prime Minister John Prescott":
 * an unnamed group left with no country ("---COP", "---LAB": none placed
 * with it, none for the article) is of the one country the sentence
 * names, when no mention of that country may be its counterpart from
 * abroad (ex_group_home_in_sentence).  Not firms, aid agencies,
 * criminals, refugees or migrants (ex_foreign_business; "migrants come
 * to the UK"), nor "people" at large (relations' ex_public_at_large),
 * nor foreign ones. */
/* "let foreign troops into East Timor", "international peacekeepers in
 * Kosovo arrested a Serb": a group named by a bare noun after "foreign"
 * or "international" comes from abroad; a country its sentence, its
 * place or its story gave it is not its own (it keeps its agent, of no
 * country).  Not when a country word stands in the phrase ("Indonesian
 * foreign ministry officials" are coded by their own words). */
static int ex_foreign_groups_unplaced(ex_state *st)
{
    size_t k, t;
    for (k = 0; k < st->nments; k++) {
        ex_mention *m = &st->ments[k];
        const char *c = m->ent.code, *noun = m->ent.label, *paren;
        char id[16];
        if (m->dropped || m->ent.is_value || m->oe || !c ||
            strlen(c) != 6 || !strncmp(c, "---", 3) || !m->ent.type ||
            strcmp(m->ent.type, "Group") != 0 || m->t0 == 0)
            continue;
        /* (a bare noun: no capitalised word of a name or a country) */
        for (t = m->t0; t < m->t1; t++)
            if (st->toks[t].flags & KG_TOKF_CAP)
                break;
        if (t < m->t1)
            continue;
        /* "foreign" or "international" right before the noun, or before
         * one lower-case word ("a foreign peacekeeping force") */
        t = m->t0 - 1;
        if (t > 0 && st->toks[t].kind == KG_TOK_WORD &&
            st->toks[t].tag == KG_W_NONE &&
            !(st->toks[t].flags & KG_TOKF_CAP) && !ex_found_at(st, t) &&
            !ex_tok_is(st, t, "foreign") && !ex_tok_is(st, t, "international"))
            t--;
        if (!(ex_tok_is(st, t, "foreign") || ex_tok_is(st, t, "international")))
            continue;
        snprintf(id, sizeof(id), "UNK_%s", c + 3);
        if (noun && (paren = strstr(noun, " (")) != NULL)
            noun = ex_strndup(st, noun, (size_t)(paren - noun));
        m->ent.id = ex_strndup(st, id, strlen(id));
        m->ent.code = ex_concat(st, "---", c + 3);
        m->ent.label = ex_concat(st, "unnamed ", noun ? noun : c + 3);
        m->ent.country = NULL;
        if (!m->ent.id || !m->ent.code || !m->ent.label)
            return KG_ENOMEM;
    }
    return KG_OK;
}

/* "met his Turkish counterpart", "Bank of England officials pressed
 * their Japanese counterparts", "Lawmakers from Ontario asked their U.S.
 * counterparts": a country word between "his", "her", "their" or "its"
 * and "counterpart(s)" is that state's holder of the owner's own office,
 * the owner being the nearest actor before it in the sentence that acts
 * through a state's office (SWEGOV, GBRGOVBUS, CANLEG: TURGOV, JPNGOVBUS,
 * USALEG); an international body's official deals with a state's
 * government (GOV).  Owner of no office, the country stays bare.  A place
 * ("his Alberta counterpart") is its state's. */
int ex_counterparts(ex_state *st)
{
    size_t i, k, done = 0;
    for (i = 0; i < st->nments; i++) {
        ex_mention *m = &st->ments[i];
        kg_entity *e = &m->ent;
        const ex_mention *o = NULL, *p;
        const char *agent = NULL, *cc;
        if (m->dropped || e->is_value || !e->country || !e->code ||
            strcmp(e->code, e->country) != 0 || m->t0 < 2 ||
            m->t1 >= st->ntoks ||
            !(ex_tok_is(st, m->t1, "counterpart") ||
              ex_tok_is(st, m->t1, "counterparts")) ||
            !ex_pronoun_is(&st->toks[m->t0 - 1], ex_third_possessives))
            continue;
        for (k = 0; k < st->nments; k++) {
            const ex_mention *c = &st->ments[k];
            if (!c->dropped && !c->ent.is_value && c->ent.code &&
                c->t1 < m->t0 && (!o || c->t1 > o->t1) &&
                strlen(c->ent.code) > 3)
                o = c;
        }
        /* ("Vajpayee and his Pakistani counterpart Nawaz Sharif": the
         * name right after the noun is the actor, read as before) */
        for (k = 0, p = NULL; k < st->nments && !p; k++)
            if (st->ments[k].t0 == m->t1 + 1 && !st->ments[k].dropped &&
                ex_is_person(&st->ments[k].ent))
                p = &st->ments[k];
        if (!o || p)
            continue;
        cc = o->ent.code;
        if (!strncmp(cc, "IGO", 3))
            agent = "GOV";
        else if (o->ent.country && !strncmp(cc, o->ent.country, 3) &&
                 strlen(o->ent.country) == 3)
            agent = cc + 3;
        if (!agent || !*agent)
            continue;
        m->t1++;
        m->end = e->end = st->toks[m->t1 - 1].end;
        e->text = ex_strndup(st, st->doc->text + m->start, e->end - m->start);
        e->code = ex_concat(st, e->country, agent);
        if (!e->text || !e->code)
            return KG_ENOMEM;
        m->kind = KG_NAME_METONYM;
        done = 1;
    }
    return (int)done;
}

int ex_sentence_groups(ex_state *st)
{
    const kg_onto_entity **home;
    size_t k;
    int err;
    if (!st->nments)
        return KG_OK;
    if ((err = ex_foreign_groups_unplaced(st)) < 0)
        return err;
    /* (all decided before any is given: a group given a country is
     * none of another's counterparts) */
    if (!(home = kg_arena_calloc(&st->arena, st->nments, sizeof(*home))))
        return KG_ENOMEM;
    for (k = 0; k < st->nments; k++) {
        const ex_mention *m = &st->ments[k];
        const char *w, *agent;
        if (m->dropped || m->ent.is_value || !m->ent.code ||
            strncmp(m->ent.code, "---", 3) != 0 || strlen(m->ent.code) != 6 ||
            !m->ent.type || strcmp(m->ent.type, "Group") != 0 ||
            ex_in_list("BUS;NGO;CRM;REF", agent = m->ent.code + 3))
            continue;
        w = st->toks[m->t1 - 1].lower;
        if (!strcmp(w, "people") || !strcmp(w, "public") ||
            ex_foreign_before(st, m->t0))
            continue;
        /* "Unknown gunmen killed two policemen in Kabul": armed men told
         * as unknown are of no side, whatever one country the sentence
         * names (ex_unknown_men; this was the path left to them after
         * fix31, actor32) */
        if (ex_in_list(ex_armed_agents, agent) &&
            ex_unknown_men(st, m->t0, m->t1))
            continue;
        home[k] = ex_group_home_in_sentence(
            st, m, ex_in_list(ex_armed_agents, agent));
    }
    for (k = 0; k < st->nments; k++)
        if (home[k] &&
            (err = ex_give_group_country(st, &st->ments[k].ent, home[k])) < 0)
            return err;
    return KG_OK;
}

/* Are mention m's words a bare noun of a group ("police", "the army",
 * "banks", "the government"), with no word of a name or a people
 * ("Syrian troops", "Parliament")?  A capital on the sentence's first
 * word, on the first after its dateline or after punctuation
 * ("KABUL - Protesters", "\"Police") is the sentence's, not a name's,
 * when the word is the noun alone or its article ("The army"). */
static int ex_bare_group_words(const ex_state *st, const ex_mention *m)
{
    size_t t, dl = ex_dateline_end(st);
    if (m->t0 >= m->t1 || m->t1 > st->ntoks)
        return 0;
    for (t = m->t0; t < m->t1; t++) {
        if (st->toks[t].kind != KG_TOK_WORD)
            return 0;
        if ((st->toks[t].flags & KG_TOKF_CAP) &&
            ((t != 0 && t != dl && st->toks[t - 1].kind == KG_TOK_WORD) ||
             /* ("Syrian troops" opening it: a people's word) */
             (m->t1 > m->t0 + 1 && st->toks[t].tag != KG_W_DET)))
            return 0;
    }
    return 1;
}

/* Is mention m a group noun ("banks", "the company", "people", "the
 * court", "the government") that holds a country, read by the lexicon
 * and given its state by the story (its home country, its dateline, a
 * group named before) or by another mention of the sentence
 * (ex_sentence_groups: "local police" beside "the Prime Minister"),
 * rather than through ex_coref_noun, which marks its own
 * (EX_COREF_GROUP_STORY or EX_COREF_GROUP_OWNED)?  Such a noun names only
 * its kind: whose it is comes from where its state does, which
 * ex_settle_coref tells. */
static int ex_story_group_noun(const ex_state *st, const ex_mention *m)
{
    const char *ty = m->ent.type;
    return m->ent.coref == 0 && !m->dropped && !m->ent.is_value &&
           m->ent.country && ty &&
           /* (a group noun given a state is labelled "army (Syria)";
            * "US" of "US and Iraqi forces", "the Amsterdam, Brussels and
            * Lisbon exchanges" name theirs) */
           ((!strcmp(ty, "Group") && m->ent.label &&
             strstr(m->ent.label, " (")) ||
            !strcmp(ty, "Country")) &&
           m->kind != KG_NAME_PROPER && m->kind != KG_NAME_DEMONYM &&
           m->kind != KG_NAME_METONYM && ex_bare_group_words(st, m);
}

/* "Police arrested 20 protesters", "the government said" in a story about
 * Egypt: a group noun whose state kg read from the story (its dateline,
 * the country it names most, a group named before; ex_coref_noun marks
 * it EX_COREF_GROUP_STORY) was named in this sentence by its kind only,
 * so who it is came from the story (EX_COREF_STORY), unless the
 * sentence names that state too, as a country, a place or a people of it
 * ("police in Cairo", "Egyptian police"): then a reader of the sentence
 * alone knows it (coref 0).  For kg_entity.coref: every mention is settled to 0 or 1
 * here, after the sentence's readings and before its relations. */
void ex_settle_coref(ex_state *st)
{
    size_t k, j;
    /* (all such nouns marked first: "Police arrested protesters" of the
     * story's state, neither names it for the other) */
    for (k = 0; k < st->nments; k++) {
        ex_mention *m = &st->ments[k];
        /* (its state from its owner here, "Sudan's army", "Brazil's
         * labour force": named; but "government officials" has it from
         * "government", a bare noun too, and so from where that has it) */
        if (m->ent.coref == EX_COREF_GROUP_OWNED)
            m->ent.coref = 0;
        if (ex_story_group_noun(st, m))
            m->ent.coref = EX_COREF_GROUP_STORY;
    }
    for (k = 0; k < st->nments; k++) {
        ex_mention *m = &st->ments[k];
        const char *c = m->ent.country;
        if (m->ent.coref != EX_COREF_GROUP_STORY)
            continue;
        m->ent.coref = EX_COREF_STORY;
        for (j = 0; c && j < st->nments && m->ent.coref; j++) {
            const ex_mention *o = &st->ments[j];
            if (j != k && !o->dropped && !o->ent.is_value &&
                o->ent.coref == 0 &&
                ((o->ent.id && !strcmp(o->ent.id, c)) ||
                 (o->ent.country && !strcmp(o->ent.country, c))))
                m->ent.coref = 0;
        }
    }
}
