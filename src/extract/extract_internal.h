/*
 * extract_internal.h: the per-document state of the extractor, and what
 * its parts share: extract.c (driver, tokens), mentions.c (names, groups,
 * coreference), relations.c (a trigger's subject, objects, modality and
 * codes), scans.c (sentence-wide readings, deep tier), clauses.c
 * (complement clauses, ex_relations) and values.c (money, quantities,
 * percentages, dates).  Private to src/extract/.
 */
#ifndef KG_EXTRACT_INTERNAL_H
#define KG_EXTRACT_INTERNAL_H

#include "kg/extract.h"

#include <stdint.h>
#include <string.h>

#include "../nlp/nlp.h"
#include "../ontology/ontology.h"
#include "../text/segment.h"
#include "../util/arena.h"
#include "../util/buf.h"

#define EX_MEMORY 64
#define EX_MAX_TRIGGERS 16 /* verb triggers a sentence hands the deep tier */
#define EX_MAX_LINKS 256

/* A verb trigger of the current sentence and whether the fast path made a
 * relation of it (after > before). */
typedef struct ex_trigger {
    size_t tok;
    const kg_onto_relation *rel;
    size_t before, after;
} ex_trigger;
#define EX_MAX_PRONOUNS 16
#define EX_MAX_TITLED 8
#define EX_MAX_ACRONYMS 16 /* acronyms a document defines (ex_acronym) */
#define EX_MAX_ROLES 8

/* A group mention ("Syrian refugees"): the country's entity with an agent
 * (enum kg_onto_name_kind continues). */
#define EX_NAME_GROUP 4
/* A mention resolved by coreference ("the Turkish man", "the alliance"). */
#define EX_NAME_COREF 5

/* kg_entity.coref of a mention: 0 and 1 as include/kg/extract.h says;
 * while a sentence is read, a group noun whose state came with it holds
 * one of two passing values, which ex_settle_coref turns into 0 or 1
 * before the sentence's relations. */
#define EX_COREF_STORY 1         /* who it is came from the story */
#define EX_COREF_GROUP_STORY 2   /* a group noun of a state that may be
                                    the story's: settled by the sentence */
#define EX_COREF_GROUP_OWNED 3   /* a group noun its owner here places
                                    ("Sudan's army"): named */

typedef struct ex_tok {
    size_t start, end;
    unsigned kind, flags;
    const char *key;   /* gazetteer key: folded letters and digits */
    const char *lower; /* folded token, for tags and lemmas */
    int tag;           /* enum kg_word_tag */
    int quote;         /* inside quotation marks */
    int paren;         /* inside a dash or bracket aside */
    int dash;          /* tokens of the dash this token opens (ex_dash_at:
                        * "-", "--", en or em dash), else 0 */
    int mention;       /* index + 1 of the mention starting here */
    int covered;       /* index + 1 of the mention covering it, or
                        * EX_READ_OFF */
    char lemmas[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD];
    size_t nlemmas;    /* 0: not computed yet */
    int trigger;       /* a relation was read from this token */
    /* kg_onto__match_title_country here, kept for the sentence: the
     * matchers ask it about three times per token (ex_match_title) */
    unsigned title_ntok; /* tokens matched + 1; 0: not asked yet */
    const char *title_agent, *title_country;
    int participle;      /* ex_participle_form + 1; 0: not asked yet */
    int when_opener;     /* ex_when_opener + 1; 0: not asked yet */
} ex_tok;

/* ex_tok.covered of a word read as part of another act and so read as no
 * trigger of its own ("bowing to protests", "curbs on trade with"): true
 * where a covered token is, but no mention covers it (ex_mention_at). */
#define EX_READ_OFF (-1)

typedef struct ex_mention {
    size_t t0, t1;      /* tokens [t0, t1) */
    size_t start, end;  /* bytes */
    const kg_onto_entity *oe;
    int kind;           /* enum kg_onto_name_kind, 0 for values */
    int compound;       /* a part of a compound such as Russian-Turkish */
    int dropped;        /* absorbed into a titled name (2: a country
                           word that still counts as the story's
                           country, ex_glue_titles) */
    kg_entity ent;
} ex_mention;

typedef struct ex_state {
    kg_ctx *ctx;
    const kg_onto *onto;
    const kg_doc *doc;
    kg_arena arena;
    kg_buf tmp;
    ex_tok *toks;          /* malloc'd, reused from sentence to sentence */
    size_t ntoks, captoks;
    ex_mention *ments;
    size_t nments;
    kg_entity last_person; /* the last person named in earlier sentences */
    int have_last_person;
    /* people named with a title in earlier sentences ("French President
     * Emmanuel Macron"), newest last, for "the president" after them */
    kg_entity titled[EX_MAX_TITLED];
    const char *titled_key[EX_MAX_TITLED]; /* "president", "prime minister" */
    size_t ntitled;
    kg_entity salient;     /* the last person who spoke or acted */
    int have_salient;
    int salient_here;      /* salient was set in the current sentence */
    kg_entity salient_before; /* salient as the current sentence began */
    int have_salient_before;
    kg_extract_stats *stats;
    const char **keys;      /* keys[i] = toks[i].key, for the matchers */
    const char **known;     /* known[i] = kg_onto__key(keys[i]) or NULL */
    /* document memory for coreference: entities named in earlier
     * sentences, copied (their strings live in the arena or ontology) */
    kg_entity people[EX_MEMORY];
    size_t npeople;
    kg_entity groups[EX_MEMORY]; /* coded groups such as SYR_REF */
    size_t ngroups;
    kg_entity last_org;          /* the last organisation or bloc */
    kg_entity orgs[EX_MEMORY];   /* organisations and blocs named, for
                                  * "the Commission" (ex_org_head_word) */
    size_t norgs;
    /* "the Asian Development Bank (ADB)": acronyms the document has
     * defined after a coded name, and the name's entity (ex_acronym) */
    kg_entity acronyms[EX_MAX_ACRONYMS];
    const char *acronym_key[EX_MAX_ACRONYMS];
    size_t nacronyms;
    const char *countries[EX_MEMORY]; /* countries named, with counts */
    size_t ncountry[EX_MEMORY];
    size_t ncountries;
    /* the first country named by its own name (not a place in it), and
     * 1 while every country so named is that one, more once another was
     * (a count of such names, not of distinct countries; ex_remember,
     * read by ex_sole_story_country) */
    const char *named_country;
    size_t nnamed_countries;
    /* countries of the state's named parts and parties ("the Tories",
     * "Gordon Brown" in office): the article's country when it names no
     * country twice and has no dateline (ex_organ_home) */
    const char *organ_countries[EX_MEMORY];
    size_t norgan_country[EX_MEMORY];
    size_t norgan_countries;
    /* the country of the place a wire story's dateline names ("JAKARTA,
     * May 18 (AP) -"), or NULL: the article's country where the text
     * names none more than once (ex_home_country) */
    const kg_onto_entity *dateline_country;
    /* the place itself (a city of places.tsv, or the country whose
     * capital it is), for "this southern port city" (ex_dateline_town) */
    const kg_onto_entity *dateline_place;
    int have_last_org;
    kg_entity last_country;      /* the last country named before this
                                  * sentence, for "the war-torn country" */
    int have_last_country;
    /* the two states the last sentence that named exactly two named (their
     * ontology codes), for "the two countries" (ex_pair_phrase) */
    const char *pair_countries[2];
    int pair_bus; /* a firm among them */
    kg_entity speaker;           /* of the current sentence */
    int have_speaker;
    /* pronouns resolved in the current sentence, for kg entities */
    kg_entity prons[EX_MAX_PRONOUNS];
    size_t nprons;
    /* people a "he" or a "she" of an earlier sentence stood for, first
     * word only (ex_note_genders): "she" then skips the ones a "he" did */
    const char *he_ids[EX_MEMORY], *she_ids[EX_MEMORY];
    size_t nhe, nshe;
    size_t subj_end;             /* token after the last subject found */
    int light_verb;              /* that subject came through a light verb */
    int members_meet;            /* the event being emitted is a meeting of
                                  * one body's members (ex_members_meet) */
    int intent_word;             /* the last cues held want, pledge, seek ...
                                  * (2: a word of trying, "efforts to") */
    int denied;                  /* the last cues' negation is a denial's
                                  * ("denied that Russia would help") */
    int means_purpose;           /* the act is what means asked for are
                                  * for ("asked for helicopters to fight") */
    int reported_would;          /* the last cues' "would" is a reported
                                  * plan (ex_reported_would) */
    size_t joined_end;           /* after "loans and grants" (ex_objects) */
    kg_entity last_object;       /* of the sentence's last relation */
    int have_last_object;
    /* the plural actor the last sentence was about, its opening subject
     * or its trailing speaker ("Iranian officials said"), for a "They"
     * that opens the next sentence (ex_note_plural_subject; they31) */
    kg_entity plural_prev;
    int have_plural_prev;
    /* the state whose diplomats the story has named ("Soviet diplomats",
     * "its diplomats"), and 1 once it has named two states' (actor32):
     * a bare "the diplomats" later is theirs (ex_story_diplomats) */
    const kg_onto_entity *dipl_state;
    int dipl_mixed;
    /* the document's last accusation or criticism (CAMEO 11x), for "X
     * rejected the accusations" in a later sentence */
    kg_entity accuser, accused;
    int have_accusation;
    /* the document's last offer, appeal or demand (CAMEO 02, 03, 10),
     * for "Moscow spurned the offer" (ex_rejected_proposer) */
    kg_entity proposer, proposed_to;
    int have_proposal;
    /* "his main rival, Kemal Kilicdaroglu": a role noun in apposition to
     * a person, for a later "his rival" (noun strings in the arena) */
    const char *role_noun[EX_MAX_ROLES];
    kg_entity role_ent[EX_MAX_ROLES];
    size_t nroles;
    /* "Dear Russian friends, you ...": whom quoted speech addresses */
    kg_entity addressee;
    int have_addressee;
    /* a quote still open where the last sentence ended, and its speaker:
     * the next sentence starts inside it when its first quote mark
     * closes one (quote_carried) */
    int quote_open, quote_carried;
    /* quote_open as the sentence before left it, kept while this one is
     * read (quote_open then tells this one's end; ex_writer_voice) */
    int quote_was_open;
    kg_entity quote_speaker;
    int have_quote_speaker;
    uint64_t shared_other; /* shared names (kg_onto__shared) read as
                              their other entity: bit k for row k */
    uint64_t shared_none;  /* shared names read as no entity ("Korean"
                              where neither Korea, or both, is named) */
    /* “We will not accept this. We will respond,” said Erdogan: the
     * speaker named where a quote open at this sentence's end closes */
    kg_entity ahead_speaker;
    int have_ahead_speaker;
    /* EX_CUE_* bits: the words the current sentence holds that the
     * sentence-wide scans after the main one need (ex_note_cue_words) */
    unsigned cue_words;
    /* sports talk (ex_sports_word): the sentence holds such a word, or
     * the document holds at least EX_SPORTS_DOC of them */
    int sports_sentence, sports_doc;
    /* the modality of the sentence's last act not asserted and the end
     * of its trigger, for an infinitive it governs (ex_emit) */
    const char *open_mod;
    size_t open_mod_end;
    const kg_onto_relation *open_rel;
} ex_state;


/* Helpers of extract.c used by values.c.  Names keep the file's ex_
 * prefix: they are not part of the library's interface. */
const kg_entity *ex_anti_entity(ex_state *st, size_t k);
ex_mention *ex_add_mention(ex_state *st, size_t t0, size_t t1, size_t start,
                           size_t end);
const char *ex_strndup(ex_state *st, const char *s, size_t n);

/* Money, percentages, quantities and dates of the current sentence, added
 * to st->ments.  Returns KG_OK or KG_ENOMEM. */
int ex_find_values(ex_state *st);

/* ---- shared by the parts of the extractor (extract.c, mentions.c,
 * relations.c, scans.c, clauses.c) ---------------------------------- */

/* Limits that keep one pathological sentence from costing more than a
 * bounded amount of work. */
#define EX_MAX_MENTIONS 256
#define EX_MAX_OBJECTS 8
#define EX_SUBJECT_WINDOW 40 /* tokens scanned back for a subject */
#define EX_OBJECT_SKIP 3     /* open-class words skipped before an object */
#define EX_OBJECT_WORDS 4
#define EX_CUE_WINDOW 6      /* tokens before a trigger read for negation */
#define EX_OBJECT_PPS 2      /* phrases crossed inside an object's phrase */

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
    EX_CUE_FIRE = 1u << 3, /* "fire", "pressure" (ex_criticism_received) */
    EX_CUE_DESPITE = 1u << 4,
    EX_CUE_PROTEST = 1u << 5,
    EX_CUE_ALLEG = 1u << 6, /* "allege", "alleged", ...: a prefix */
    EX_CUE_BETWEEN = 1u << 7,
    EX_CUE_WRONG = 1u << 8, /* "said", "declared" (ex_verdict_say_word) */
    EX_CUE_CHARGE = 1u << 9, /* "charge(s)", "accusation(s)"
                              * (ex_charge_nouns) */
    EX_CUE_THAT = 1u << 10,  /* "that" (ex_judgement_clauses) */
    EX_CUE_FAVOUR = 1u << 11 /* win, earn, gain, secure, enlist, obtain,
                              * receive: prefixes (ex_undergone_acts) */
};

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

/* The lemmas of the sentence with the n tokens from s0 left out ("agreed
 * [on Monday] to hold talks"). */
typedef struct ex_skipread {
    ex_state *st;
    size_t s0, n;
} ex_skipread;

/* A code and the code it becomes when the act is only threatened,
 * intended or refused: the most specific prefix listed first wins. */
typedef struct ex_code_map {
    const char *prefix, *code;
} ex_code_map;

typedef struct ex_emitted {
    const char *subj, *type, *obj;
    int negated;
    /* (the code as emitted and the object's country, or NULL: read by
     * ex_home_leg_abroad) */
    const char *cameo, *obj_country;
} ex_emitted;

/* Are the words a and b the same?  The first two bytes, compared here,
 * settle most calls without a call to strcmp: these checks run many times
 * per token, and the words of a list often share their first letter
 * ("suspend", "stop", "supply"). */
static inline int ex_word_eq(const char *a, const char *b)
{
    return a[0] == b[0] &&
           (!a[0] || (a[1] == b[1] && (!a[1] || strcmp(a + 2, b + 2) == 0)));
}

static inline int ex_tok_is(const ex_state *st, size_t i, const char *s)
{
    return i < st->ntoks && ex_word_eq(st->toks[i].lower, s);
}

/* Is token i the possessive "'s" or a bare "s" (the same ending written
 * without its apostrophe): "Turkey's army", "the group's leader"? */
static inline int ex_tok_possessive(const ex_state *st, size_t i)
{
    return ex_tok_is(st, i, "'s") || ex_tok_is(st, i, "s");
}

/* Is token i the one-byte punctuation c?  (inline: asked about 5.8
 * million times on the first 2,000 BBC stories) */
static inline int ex_tok_punct(const ex_state *st, size_t i, char c)
{
    const ex_tok *t = &st->toks[i];
    return t->end - t->start == 1 && st->doc->text[t->start] == c;
}

/* Is w a word of the NULL-ended list? */
static inline int ex_word_among(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (ex_word_eq(w, *list))
            return 1;
    return 0;
}

static inline int ex_pronoun_is(const ex_tok *t, const char *const *list)
{
    return ex_word_among(t->lower, list);
}

/* The first two bytes of the words of some lists (bit b1 & 31 of
 * bits[b0 & 31]) and their closed-class tags, made from the lists
 * themselves when the program loads (ex_word_gate_add in a constructor:
 * before any thread starts, read-only afterwards): a word whose bit is
 * clear is in none of them, and a scan that reads long lists at every
 * token turns most tokens away here.  A word added to a list adds its
 * bits by itself. */
typedef struct ex_word_gate {
    uint32_t bits[32];
    uint32_t tags; /* bit t: a token tagged t may be a word of the lists */
} ex_word_gate;

void ex_word_gate_add(ex_word_gate *g, const char *const *list);

/* EX_WORD_GATE(gate, list, ...): a file's ex_word_gate named gate, made
 * from the lists given by a constructor when the program loads. */
#define EX_WORD_GATE(gate, ...)                                            \
    static ex_word_gate gate;                                              \
    static __attribute__((constructor)) void gate##_init(void)             \
    {                                                                      \
        static const char *const *const lists[] = {__VA_ARGS__};           \
        size_t k;                                                          \
        for (k = 0; k < sizeof(lists) / sizeof(lists[0]); k++)             \
            ex_word_gate_add(&gate, lists[k]);                             \
    }                                                                      \
    static ex_word_gate gate

/* May w be a word of g's lists?  (0: it is none of them.) */
static inline int ex_word_gate_may(const ex_word_gate *g, const char *w)
{
    return w[0] && (g->bits[(unsigned char)w[0] & 31] >>
                        ((unsigned char)w[1] & 31) & 1);
}

/* ex_word_gate_may for token t, its tag first. */
static inline int ex_word_gate_tok(const ex_word_gate *g, const ex_tok *t)
{
    return (g->tags >> t->tag & 1) && ex_word_gate_may(g, t->lower);
}

/* Is type (an entity's or an ontology entry's; NULL for none) a land,
 * "Country" or "Place": "Iraq", "Gaza"? */
static inline int ex_country_or_place(const char *type)
{
    return type && (!strcmp(type, "Country") || !strcmp(type, "Place"));
}

/* Is type (NULL for none) a body of people, "Group" or "Organization":
 * "Hamas", "the United Nations"? */
static inline int ex_group_or_org(const char *type)
{
    return type && (!strcmp(type, "Group") || !strcmp(type, "Organization"));
}

/* extract.c */
size_t ex_match_title_read(const ex_state *st,
                           size_t i,
                           const char **agent,
                           const char **country);

/* The ontology's title matcher on the current sentence's tokens,
 * memoised in the token (the keys do not change within a sentence, and
 * the same token is asked about from a dozen places, 3.2 times per token
 * on BBC news; like kg_onto__match_title_country, a miss leaves *agent
 * alone).  Inline: of 3.4 million calls on the first 2,000 BBC stories,
 * 0.8 million read the ontology (ex_match_title_read), the rest find the
 * answer kept. */
static inline size_t ex_match_title_country(const ex_state *st,
                                            size_t i,
                                            const char **agent,
                                            const char **country)
{
    const ex_tok *t;
    if (i >= st->ntoks || !st->toks[i].title_ntok)
        return ex_match_title_read(st, i, agent, country);
    t = &st->toks[i];
    *country = t->title_country;
    if (t->title_ntok > 1)
        *agent = t->title_agent;
    return t->title_ntok - 1;
}

static inline size_t
ex_match_title(const ex_state *st, size_t i, const char **agent)
{
    const char *country;
    return ex_match_title_country(st, i, agent, &country);
}

size_t ex_match_agent(const ex_state *st, size_t i, const char **agent);
int ex_match_name(const ex_state *st, size_t n, size_t i, kg_onto_match *m);
size_t ex_name_limit(const ex_state *st, size_t i, size_t n);
int ex_month_march(const ex_state *st, size_t i);
int ex_is_quote(const ex_state *st, size_t i);
int ex_ends_ed(const ex_state *st, size_t i);
int ex_past_time_clause(const ex_state *st, size_t i, size_t t);
int ex_ends_ing(const ex_state *st, size_t i);
int ex_sector_only(const kg_entity *e);
int ex_official_code(const char *code);
int ex_sentence_has_word(const ex_state *st, const char *const *list);
int ex_trade_figures(const ex_state *st);
int ex_trade_noun(const ex_state *st, const kg_onto_relation *rel, size_t t);
int ex_verdict_say_word(const ex_tok *t);
extern const char *const ex_verdict_say[];
void ex_note_cue_words(ex_state *st);
/* (the verbs of winning favour that EX_CUE_FAVOUR stands for: scans.c) */
extern const char *const ex_win_favour[];
int ex_has_cues(const ex_state *st, unsigned cues);
size_t ex_coded_actors(const ex_state *st, size_t at_most);
const ex_mention *ex_mention_at(const ex_state *st, size_t t);
int ex_last_word_is(const char *name, const char *word);
extern const char *const ex_be_forms[];
extern const char *const ex_be_finite[];
extern const char *const ex_have_finite[];
extern const char *const ex_will_words[];
extern const char *const ex_weekdays[];
/* participles that tell an accord made: "signed", "reached" (clauses.c) */
extern const char *const ex_accord_participles[];
extern const char *const ex_approx_words[];
int ex_plain_word(const ex_state *st, size_t t);
int ex_phrase_filler(const ex_state *st, size_t t);
int ex_speech_right_before(const ex_state *st, size_t d);
void ex_note_titled(ex_state *st);
void ex_settle_coref(ex_state *st);
int ex_from_story(const ex_state *st, const kg_entity *e);
const char *ex_lemma(size_t i, size_t j, void *payload);
int ex_lemma_among(ex_state *st, size_t i, const char *const *list);
const char *ex_lemma_reread(size_t i, size_t j, void *payload);
int ex_match_collapsed(ex_state *st, size_t i, const kg_onto_relation **rel,
                       size_t *end);
const char *ex_lemma_skip(size_t i, size_t j, void *payload);
size_t ex_np_end(size_t i, void *payload);
int ex_pattern_ends_ed(const kg_onto_relation *rel);
const kg_onto_relation *ex_match_past_inner_when(ex_state *st, size_t i,
                                                 const kg_onto_relation *than,
                                                 size_t *ntok);
const kg_onto_relation *ex_match_past_mid_when(ex_state *st, size_t i,
                                               const kg_onto_relation *than,
                                               size_t *ntok);
int ex_is_ly_adverb(const ex_state *st, size_t q);
int ex_is_adverb(const ex_state *st, size_t q);
size_t ex_adverb_end(const ex_state *st, size_t q);
size_t ex_inserted_end(const ex_state *st, size_t q);
const kg_onto_relation *ex_match_past_when(ex_state *st, size_t i, size_t v,
                                           const kg_onto_relation *than,
                                           size_t *ntok);

/* mentions.c */
extern const char *const ex_owners[];
extern const char *const ex_third_possessives[];
extern const char *const ex_directions[];
extern const char *const ex_compass_points[];
extern const char *const ex_honorifics[];
const char *ex_concat(ex_state *st, const char *a, const char *b);
void ex_join(char *d, size_t cap, const char *const *parts);
uint64_t ex_shared_for_doc(const kg_onto *onto, const kg_doc *doc,
                           uint64_t *none);
int ex_same_id(const kg_entity *a, const kg_entity *b);
void ex_memory_add(kg_entity *list, size_t *n, const kg_entity *e);
int ex_state_organ(const char *agent);
const char *ex_state_part_code(const ex_state *st, const kg_entity *e);
int ex_firm_code(const char *code);
int ex_is_people(const kg_onto_entity *oe);
int ex_demonym_adjective(const ex_state *st, const ex_mention *m);
int ex_venue_verb(const ex_state *st, size_t t, int travel);
int ex_business_demonym(const ex_state *st, const kg_entity *e);
int ex_firm_homes(ex_state *st);
int ex_ministry_portfolios(ex_state *st);
const kg_onto_entity *ex_country_of(const ex_state *st, const char *id);
void ex_as_country(kg_entity *e, const kg_onto_entity *oe);
int ex_coded_verb_ends(ex_state *st, size_t k, const char *root);
int ex_faith_before_group(const ex_state *st, size_t i);
int ex_faith_before_name(const ex_state *st, size_t i);
int ex_find_mentions(ex_state *st);
int ex_glue_titles(ex_state *st);
int ex_officials_of_places(ex_state *st);
int ex_opposition_names(ex_state *st);
int ex_definite_titles(ex_state *st);
int ex_role_appositions(ex_state *st);
int ex_titled_body_people(ex_state *st);
int ex_role_nouns_before_people(ex_state *st);
int ex_press_modifiers(ex_state *st);
int ex_bare_commissions(ex_state *st);
int ex_loyal_groups(ex_state *st);
int ex_sentence_groups(ex_state *st);
int ex_counterparts(ex_state *st);
const ex_mention *ex_sibling(const ex_state *st, const ex_mention *m);
void ex_index_mentions(ex_state *st);

/* relations.c */
extern const char *const ex_period_words[];
extern const char *const ex_ask_nouns[];
extern const char *const ex_subject_pronouns[];
extern const char *const ex_have_be_finite[];
extern const ex_code_map ex_refusals[];
extern const ex_code_map ex_reductions[];
extern const kg_onto_relation ex_bare_protest;
extern const kg_onto_relation ex_rally_support;
extern const kg_onto_relation ex_verbal_quarrel;
extern const kg_onto_relation ex_warn_risk;
extern const kg_onto_relation ex_warn_own_force;
extern const kg_onto_relation ex_riot;
extern const kg_onto_relation ex_obstruct;
extern const kg_onto_relation ex_beating;
extern const kg_onto_relation ex_bare_gather;
int ex_is_date(const kg_entity *e);
const kg_onto_relation *ex_match_over(ex_state *st, size_t i,
                                      const ex_mention *vm, size_t *ntok);
const kg_onto_relation *ex_match_past_name(ex_state *st, size_t i,
                                           size_t *ntok);
size_t ex_when_phrase(const ex_state *st, size_t j);
/* The owner right before the noun "claims" at token i ("amid Tory
 * claims that"), or NULL (scans.c). */
const kg_entity *ex_claims_owner(const ex_state *st, size_t i);
/* Whether the capitalised words [i, j) name a feast or holiday. */
int ex_holiday_name(const ex_state *st, size_t i, size_t j);
/* "demanded on Friday that": the token before a date phrase that ends
 * right before token t (t >= 1), or t - 1 when none does. */
size_t ex_before_when(const ex_state *st, size_t t);
/* The "to" of the infinitive a trigger at token i after "and" or "and
 * to" is coordinated with, or (size_t)-1 (clauses.c). */
size_t ex_coordinated_to(const ex_state *st, size_t i);
int ex_is_person(const kg_entity *e);
int ex_leader_or_office(const kg_entity *e);
int ex_decided_talks(const ex_state *st, const kg_onto_relation *rel,
                     size_t i);
int ex_is_office(const ex_state *st, const ex_mention *m);
int ex_gender_clash(const ex_state *st, const kg_entity *e, size_t t);
int ex_id_listed(const char *const *list, size_t n, const char *id);
int ex_pronoun_gender(const char *lower);
int ex_host_presenter(const ex_state *st, size_t i);
const kg_onto_relation *ex_host_entry(ex_state *st, size_t i);
int ex_visiting_modifier(const ex_state *st, size_t i);
const kg_onto_relation *ex_host_visit(ex_state *st, size_t i);
const kg_onto_relation *ex_stay_visit(const ex_state *st, size_t i,
                                      size_t *ntok);
size_t ex_sentence_countries(const ex_state *st, size_t upto,
                             const char **c, int *bus);
const kg_entity *ex_last_thing(const ex_state *st, size_t t,
                               const kg_entity *not);
void ex_note_addressee(ex_state *st);
const kg_entity *ex_own_civilians(ex_state *st, const kg_entity *subj,
                                  const kg_onto_relation *rel, size_t t1);
const kg_entity *ex_home_crowd(ex_state *st, const kg_entity *subj,
                               const kg_onto_relation *rel,
                               const ex_mention *om);
const kg_entity *ex_own_country(ex_state *st, const kg_entity *subj,
                                const char *cameo);
const kg_entity *ex_rebels_state(ex_state *st, const kg_entity *subj,
                                 const char *cameo);
const kg_entity *ex_pressure_source(ex_state *st, size_t t1,
                                    const kg_entity *subj);
const kg_entity *ex_concession_party(ex_state *st, const kg_entity *subj,
                                     size_t v);
int ex_concession_cue(const ex_state *st);
/* "hope", "hopes", "hoped": what one hopes another will do is asked
 * of it (ex_told_must). */
extern const char *const ex_hope_verbs[];
const ex_mention *ex_told_must(ex_state *st, size_t i, size_t *vj);
/* The actor named at token j (an article first) whose verb right after
 * it is its own lemma, the bare verb of a demand ("insists Turkey boost"),
 * *vj that verb; NULL when none. */
const ex_mention *ex_named_bare(ex_state *st, size_t j, size_t *vj);
const ex_mention *ex_after_actor(const ex_state *st, size_t t1,
                                 const kg_entity *subj);
const ex_mention *ex_told_before(const ex_state *st, size_t i);
size_t ex_told_by(const ex_state *st, const ex_mention *told,
                  const kg_entity *subj);
const kg_entity *ex_resolve_pronoun(ex_state *st, size_t i);
const kg_entity *ex_note_pronoun(ex_state *st, size_t i, const kg_entity *r);
void ex_note_plural_subject(ex_state *st);
void ex_note_roles(ex_state *st);
const kg_entity *ex_role_partner(ex_state *st, const ex_mention *m);
const ex_mention *ex_as_did(const ex_state *st, size_t j);
const ex_mention *ex_gap_head(const ex_state *st, size_t p);
const kg_entity *ex_renote_pronoun(ex_state *st, size_t p, const kg_entity *r);
size_t ex_show_adjunct(const ex_state *st, size_t t);
const kg_entity *ex_subject(ex_state *st, size_t t, int participle, int noun,
                            const ex_mention **sm, int *pronoun);
int ex_subject_position(const ex_state *st, const ex_mention *m);
const ex_mention *ex_last_subject(const ex_state *st, size_t t, size_t i,
                                  int no_that);
int ex_in_list(const char *list, const char *word);
int ex_pattern_word(const kg_onto_relation *rel, const char *word);
const ex_mention *ex_gap_object(const ex_state *st, size_t i, size_t t1,
                                const kg_onto_relation *rel);
int ex_compass_before_place(const ex_state *st, size_t i);
int ex_is_sum(const kg_entity *e);
size_t ex_judging_verb_before(ex_state *st, size_t i);
int ex_judged_act_party(ex_state *st, const kg_onto_relation *rel, size_t t1,
                        const ex_mention *om, const ex_mention **agent);
int ex_after_gerund(const ex_state *st, size_t i);
const kg_entity *ex_after_gerund_subject(const ex_state *st, size_t d,
                                         const kg_entity *speaker,
                                         size_t speech_at);
const kg_onto_relation *ex_in_contact(const ex_state *st, size_t i,
                                      size_t *ntok);
size_t ex_meeting_phrase(const ex_state *st, size_t i);
size_t ex_reported_talks(const ex_state *st, size_t i, size_t t1, size_t v);
const char *ex_reported_talks_mood(const ex_state *st, size_t e);
const kg_entity *ex_meeting_subject(const ex_state *st, size_t d,
                                    const kg_entity *speaker,
                                    size_t speech_at, const ex_mention *cur);
size_t ex_objects(ex_state *st, size_t t1, const kg_onto_relation *rel,
                  const kg_entity *subj, size_t trig, const kg_entity **out,
                  const ex_mention **om, size_t max);
int ex_is_ing(const ex_state *st, size_t i);
int ex_harm_participle(const ex_state *st, size_t i);
const ex_mention *ex_toll_party(const ex_state *st, size_t t1, size_t *at);
const ex_mention *ex_victims_before(const ex_state *st, const ex_mention *sm);
int ex_ended_act(const ex_state *st, size_t t);
int ex_refused_before(const ex_state *st, size_t t);
int ex_striking_workers(const ex_state *st, size_t t);
int ex_aid_purpose(const ex_state *st, size_t t);
int ex_unasserted_frame(const ex_state *st, size_t t);
int ex_denied_frame(const ex_state *st, size_t t);
size_t ex_put_forward(const ex_state *st, size_t t);
size_t ex_noun_light_verb(ex_state *st, size_t t);
void ex_cues(ex_state *st, size_t from, size_t t, int *negated,
             const char **modality);
int ex_is_participle(const ex_state *st, size_t i);
int ex_speaker(ex_state *st, size_t *speech_at, kg_entity *out);
size_t ex_unnamed_official_tail(const ex_state *st, size_t i);
int ex_code_ends(const char *code, const char *agent);
int ex_unknown_men(const ex_state *st, size_t i, size_t j);
const char *ex_map_code(const ex_code_map *map, const char *cameo);
/* *buf a copy of **rel with another type, label, code, PLOVER category
 * and quad class; *rel then points at it */
void ex_recode(kg_onto_relation *buf, const kg_onto_relation **rel,
               const char *type, const char *label, const char *cameo,
               const char *plover, int quad);
size_t ex_stopped_before(const ex_state *st, size_t i);
int ex_supposed(const ex_state *st, size_t t);
int ex_unless_threat(const ex_state *st, size_t t1, const char *cameo,
                     int also_if);
size_t ex_condition_word(const ex_state *st, size_t t1);
int ex_negative_if(const ex_state *st, size_t j);
int ex_if_before_threat(const ex_state *st, size_t t, const char *cameo);
const ex_mention *ex_retaliation_party(const ex_state *st, size_t t1,
                                       const kg_entity *subj,
                                       const char *cameo);
const ex_mention *ex_condition_party(const ex_state *st, size_t t1,
                                     const kg_entity *subj,
                                     const char *cameo,
                                     const char *modality);
const ex_mention *ex_warning_party(const ex_state *st, size_t t1,
                                   const kg_entity *subj);
const ex_mention *ex_until_party(const ex_state *st, size_t t1,
                                 const kg_entity *subj);
const kg_entity *ex_anti_target(ex_state *st, size_t i, size_t t1);
const ex_mention *ex_support_of(const ex_state *st, size_t t1);
int ex_sanctions_kept(const ex_state *st, size_t i, size_t t1);
const ex_mention *ex_protest_demand(const ex_state *st, size_t t1,
                                    const kg_entity *subj, char *aim,
                                    size_t *verb);
int ex_demonym_people(const ex_state *st, const ex_mention *sm);
int ex_home_protester(const ex_state *st, const ex_mention *sm,
                      const kg_entity *e);
const kg_entity *ex_protest_people(ex_state *st, const ex_mention *sm,
                                   const kg_entity *e, kg_entity *out);
const kg_entity *ex_supporters(ex_state *st, const ex_mention *sm,
                               const kg_entity *e, kg_entity *out);
const kg_entity *ex_protested_organ(ex_state *st, const ex_mention *sm,
                                    const kg_entity *subj,
                                    const kg_entity *obj, kg_entity *out);
const kg_entity *ex_protested_leader(ex_state *st, const ex_mention *om,
                                     const ex_mention *sm,
                                     const kg_entity *subj,
                                     const kg_entity *obj, kg_entity *out);
size_t ex_along_place(const ex_state *st, const ex_mention *m);
const ex_mention *ex_workplace_country(const ex_state *st, size_t a);
const kg_entity *ex_sector_of(ex_state *st, const kg_entity *e,
                              const char *country, kg_entity *out);
const kg_entity *ex_violence_place_actor(ex_state *st, size_t t1,
                                         const kg_entity *e,
                                         kg_entity *out);
const kg_entity *ex_protest_place_people(ex_state *st, size_t i,
                                         const ex_mention *sm,
                                         const kg_entity *e, kg_entity *out);
const kg_entity *ex_jailer(const ex_state *st, const ex_mention *sm, size_t i);
size_t ex_skip_time(const ex_state *st, size_t k);
size_t ex_visit_time_by(const ex_state *st, size_t k);
const kg_entity *ex_home_state(ex_state *st, const kg_entity *subj);
int ex_no_party_after(const ex_state *st, size_t k, const char *home);
int ex_protest_place_name(const ex_state *st, const ex_mention *m);
const ex_mention *ex_named_thing_owner(const ex_state *st,
                                       const ex_mention *om);
const kg_entity *ex_protest_home(ex_state *st, size_t i, size_t t1,
                                 const ex_mention *sm, const kg_entity *subj,
                                 const char *cameo, char *aim);
const ex_mention *ex_protest_purpose(const ex_state *st, size_t t1,
                                     const kg_entity *subj, size_t *verb);
int ex_warns_of_risk(ex_state *st, size_t j);
int ex_warns_of_own_act(ex_state *st, size_t j, const kg_entity *w);
size_t ex_riot_object_end(const ex_state *st, size_t t1);
int ex_count_crowd_before(const ex_state *st, size_t i);
size_t ex_protest_after_lead(const ex_state *st, size_t i);
const kg_entity *ex_protest_place_crowd(ex_state *st, size_t i, size_t t1,
                                        size_t *end);
const kg_onto_relation *ex_bare_protest_at(const ex_state *st, size_t i);
const kg_onto_relation *ex_beating_at(const ex_state *st, size_t i);
int ex_beaten_by_force(const ex_state *st, size_t i, size_t t1,
                       const kg_entity *subj);
int ex_gather_demands(const ex_state *st, size_t t1);
const kg_entity *ex_passive_warner(ex_state *st, const ex_mention *sm,
                                   size_t i, const char *cameo);
const kg_entity *ex_future_passive_warner(ex_state *st, size_t s0, size_t s1,
                                          size_t i, const char *cameo,
                                          const ex_mention **warned);
int ex_warned_by_same(ex_state *st, size_t s0, const kg_entity *subj,
                      const char **country);
const char *ex_refused_request(ex_state *st, size_t t1);
void ex_source_span(const ex_state *st, kg_entity *e);
int ex_no_relation(const kg_relation *r, void *payload);

/* The learned fallback coder on sentence si (learned.c): writes its
 * candidates to the feature dump if there is one and, when the rules
 * wrote no coded event (ncoded == 0) and a model is loaded, the likeliest
 * candidate that passes the model's threshold to cb. */
int ex_learned_sentence(ex_state *st, const kg_sentence *s, size_t si,
                        size_t ncoded, kg_relation_cb cb, void *payload);
int ex_crowd(const kg_entity *e);
int ex_emit(ex_state *st, const kg_sentence *s, size_t idx,
            const kg_entity *subj, const kg_entity *obj,
            const kg_onto_relation *rel, size_t t0, size_t t1, int negated,
            const char *modality, const kg_entity *speaker, double conf,
            ex_emitted *seen, size_t *nseen, kg_relation_cb cb, void *payload);
int ex_emit_visit_to(ex_state *st, const kg_sentence *s, size_t idx,
                     const kg_entity *guest, const kg_entity *host,
                     size_t t0, size_t t1, int negated, const char *modality,
                     const kg_entity *speaker, double conf, ex_emitted *seen,
                     size_t *nseen, kg_relation_cb cb, void *payload);
int ex_want_noun(ex_state *st, size_t i);
int ex_want_noun_at(size_t i, void *payload);
int ex_symmetric(const kg_onto_relation *rel);
int ex_time_opener(const ex_state *st);
int ex_venue_opener(const ex_state *st);
/* "neighbouring Canada", "war-torn Lebanon": a reporter's epithet before
 * an actor (relations.c) */
int ex_epithet_adj(const ex_state *st, size_t i);
const ex_mention *ex_trip_subject(ex_state *st, size_t i, size_t *go_at);
size_t ex_trip_programme(const ex_state *st, size_t i, int *ahead);
size_t ex_joined_in(ex_state *st, const ex_mention *sm, size_t i,
                    const kg_entity **out, size_t max);
size_t ex_including_rest(const ex_state *st, const ex_mention *sm, size_t i,
                         const kg_entity **out, size_t max);
size_t ex_along_with(const ex_state *st, const ex_mention *sm, size_t i,
                     const kg_entity **out, size_t max);
size_t ex_coagent_opener(const ex_state *st, size_t k);
int ex_in_coagent_aside(const ex_state *st, size_t i, size_t t);
/* "the prime ministers of Bulgaria, Albania and Macedonia": the token
 * after "of" or "from" when officials named by a plural noun open at
 * token j, else j (relations.c). */
size_t ex_officials_of(const ex_state *st, size_t j);
size_t ex_despite_at(const ex_state *st, size_t i);
size_t ex_opening_lead(const ex_state *st, size_t k, size_t i);
size_t ex_tok_from(const ex_state *st, size_t off);
const ex_mention *ex_opener_subject(const ex_state *st, size_t i, size_t t1);
int ex_shared_act(const kg_onto_relation *rel);
int ex_agreed_between(ex_state *st, const kg_onto_relation *rel, size_t t1);
int ex_talks_after(const ex_state *st, const kg_onto_relation *rel,
                   size_t i);
int ex_mutual_act(const kg_onto_relation *rel);
int ex_policy_named_for(const ex_state *st, const ex_mention *m);
int ex_neither_member(const ex_state *st, const ex_mention *m);
size_t ex_coordinated(const ex_state *st, const ex_mention *m,
                      const kg_entity **out, size_t max);
size_t ex_coordinated_after(const ex_state *st, const ex_mention *m, size_t v,
                            const kg_entity **out, size_t max);
int ex_participle_form(const ex_state *st, size_t i);
int ex_is_passive(const ex_state *st, size_t i);
const kg_entity *ex_by_agent(const ex_state *st, size_t t1);
size_t ex_conjuncts_after(const ex_state *st, const ex_mention *m,
                          const char *prep, const kg_entity **out,
                          size_t max, size_t *end);
/* How ex_list_walk (relations.c) reads a list of actors "A, B and C".
 * Every field left out of an initializer is 0; stop is to be set (0 reads
 * no member). */
typedef struct ex_list_read {
    size_t stop; /* each member's t1 (the token after it) comes before this
                  * token, and so does its first token ((size_t)-1: no
                  * bound) */
    const char *prep;      /* may stand again before the last member, or NULL */
    const kg_entity *skip; /* a member of this id is read, not written */
    int whole;  /* all or nothing: a list that breaks off, or that no "and"
                 * (with aside: no closing comma) ends, is none; so is
                 * one not ended when max members are written, unless
                 * an aside (its first max members are kept) */
    int aside;  /* "and" ends nothing; a comma no member follows closes it */
    int open;   /* the walk starts at the first member, not after it */
    int clause; /* a member a verb follows opens a clause: it ends there */
    const ex_mention **oms; /* where the members' mentions go too, or NULL */
} ex_list_read;
size_t ex_list_walk(const ex_state *st, size_t j, const ex_list_read *w,
                    const kg_entity **out, size_t max, size_t *end);
void ex_dash_lists_unaside(ex_state *st);
int ex_dash_tok(const ex_state *st, size_t k);
size_t ex_list_and(const ex_state *st, const ex_mention *m,
                   const kg_entity **out, size_t max, size_t *end);
size_t ex_by_coagents(const ex_state *st, size_t t1, const kg_entity *agent,
                      const kg_entity **out, size_t max);
const ex_mention *ex_by_of(ex_state *st, const kg_onto_relation *rel,
                           const kg_entity *subj, size_t i, size_t t1,
                           const ex_mention **om);
const ex_mention *ex_possessed_subject(const ex_state *st,
                                       const ex_mention *m);
const ex_mention *ex_purpose_subject(ex_state *st, const ex_mention *sm,
                                     size_t i);
int ex_mediation(const kg_onto_relation *rel);

/* scans.c */
const ex_mention *ex_actor_at(const ex_state *st, size_t j);
const ex_mention *ex_actor_from(const ex_state *st, size_t j);
size_t ex_after_dets(const ex_state *st, size_t j);
size_t ex_before_dets(const ex_state *st, size_t j);
const ex_mention *ex_actor_before(const ex_state *st, size_t t);
int ex_passive_objects(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_vote_venue(const ex_state *st, const kg_entity *e,
                  const kg_onto_relation *rel);
int ex_meeting_place_venue(const ex_state *st, const kg_entity *e,
                           const kg_onto_relation *rel);
int ex_talks_venue(const ex_state *st, const kg_entity *e,
                   const kg_onto_relation *rel);
int ex_warned_passive_things(ex_state *st, const kg_sentence *s, size_t idx,
                             ex_emitted *seen, size_t *nseen,
                             kg_relation_cb cb, void *payload);
const kg_onto_relation *ex_passive_head_entry(ex_state *st,
                                              const ex_mention *sm,
                                              size_t verb);
const kg_onto_relation *ex_passive_only_entry(ex_state *st, size_t verb);
const kg_entity *ex_instrument_agent(const ex_state *st, size_t i, size_t t1,
                                     const kg_onto_relation *rel);
/* Acts of force that kill, wound or destroy (relations.c). */
extern const char *const ex_harm_acts[];
int ex_comma_passives(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                      void *payload);
int ex_noun_passives(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload);
int ex_move_asides(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload);
int ex_harmed_in(ex_state *st, const kg_sentence *s, size_t idx,
                 ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                 void *payload);
int ex_weapon_hits(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload);
int ex_participle_agents(ex_state *st, const kg_sentence *s, size_t idx,
                         ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                         void *payload);
int ex_compared_accords(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_accords_under(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload);
int ex_called_protests(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_possessed_protests(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload);
int ex_hyphen_brokers(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                      void *payload);
int ex_relative_judged(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_undergone_acts(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                      void *payload);
int ex_brokered_truces(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_place_visits(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload);
int ex_joint_pairs(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload);
int ex_joined_partners(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_would_not_say(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload);
int ex_said_carried_out(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_deep(ex_state *st, const kg_sentence *s, size_t idx,
            const ex_trigger *cands, size_t ncands, ex_emitted *seen,
            size_t *nseen, kg_relation_cb cb, void *payload);
int ex_memberships(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload);
int ex_receipts(ex_state *st, const kg_sentence *s, size_t idx,
                ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                void *payload);
int ex_armed_code(const char *code);
int ex_criticism_received(ex_state *st, const kg_sentence *s, size_t idx,
                          ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                          void *payload);
int ex_at_request(ex_state *st, const kg_sentence *s, size_t idx,
                  ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                  void *payload);
int ex_despite_protests(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_same_clause_subject(const ex_state *st, const ex_mention *sm,
                           size_t i);
int ex_in_protest(ex_state *st, const kg_sentence *s, size_t idx,
                  ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                  void *payload);
int ex_allegations(ex_state *st, const kg_sentence *s, size_t idx,
                   ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                   void *payload);
int ex_judgement_clauses(ex_state *st, const kg_sentence *s, size_t idx,
                         ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                         void *payload);
int ex_unless_held_acts(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_face_threats(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload);
int ex_protest_concessions(ex_state *st, const kg_sentence *s, size_t idx,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload);
int ex_dissent_kept_up(ex_state *st, const kg_sentence *s, size_t idx,
                       ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                       void *payload);
int ex_measures_kept(ex_state *st, const kg_sentence *s, size_t idx,
                     ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                     void *payload);
int ex_igo_admitted(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload);
int ex_charge_nouns(ex_state *st, const kg_sentence *s, size_t idx,
                    ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                    void *payload);
int ex_named_verdicts(ex_state *st, const kg_sentence *s, size_t idx,
                      ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                      void *payload);
int ex_refused_verb(const ex_state *st, size_t i);
int ex_answered_appeals(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_passive_nominals(ex_state *st, const kg_sentence *s, size_t idx,
                        ex_emitted *seen, size_t *nseen, kg_relation_cb cb,
                        void *payload);
int ex_passive_light_nouns(ex_state *st, const kg_sentence *s, size_t idx,
                           ex_emitted *seen, size_t *nseen,
                           kg_relation_cb cb, void *payload);
const ex_mention *ex_posture_target(const ex_state *st, size_t t1,
                                    const kg_entity *subj);
int ex_place_matters(const kg_onto_relation *rel);
size_t ex_skip_when(const ex_state *st, size_t j);
int ex_reduced_passive(const ex_state *st, const ex_mention *sm, size_t i,
                       size_t t1, const kg_onto_relation *rel);
int ex_reciprocal_follows(const ex_state *st, size_t t1);
int ex_each_the_other(const ex_state *st, size_t i, size_t t1);
int ex_phrase_follows(const ex_state *st, size_t t1);
const ex_mention *ex_place_after(const ex_state *st, size_t t1, int part);
const ex_mention *ex_visited_place(const ex_state *st, size_t t1);
/* A verb of aspect ("continued", "have resumed") right after token t1 - 1:
 * the token after it, or 0 (relations.c). */
size_t ex_aspect_verb_after(const ex_state *st, size_t t1);
int ex_plural_noun(const ex_state *st, size_t i);
const ex_mention *ex_place_of_object(const ex_state *st, size_t t1,
                                     const char *lead, int in);
const ex_mention *ex_people_in_place(const ex_state *st, size_t t1,
                                     const char *lead);
size_t ex_past_goods(const ex_state *st, size_t t1,
                     const kg_onto_relation *rel);
const kg_entity *ex_possessor_before(ex_state *st, size_t t0);
const ex_mention *ex_clause_subject(const ex_state *st, size_t t);
size_t ex_and_verb(const ex_state *st, size_t i);
const kg_entity *ex_rejected_accuser(ex_state *st, size_t i, size_t t1,
                                     const kg_entity *subj);
const kg_entity *ex_rejected_proposer(ex_state *st, size_t i, size_t t1,
                                      const kg_entity *subj);
const char *ex_wanted_noun(const ex_state *st, size_t i);
int ex_obstructed_noun(const ex_state *st, size_t t);
int ex_history_noun(const ex_state *st, size_t t);
int ex_controversy_topic(const ex_state *st, size_t t);
int ex_judged_relation(const ex_state *st, size_t t);
int ex_suit_purpose(const ex_state *st, size_t t);
int ex_warned_fact(const ex_state *st, size_t t);
int ex_reassured_outlook(const ex_state *st, size_t t);
int ex_warned_outcome(ex_state *st, size_t t);
int ex_warned_conduct(ex_state *st, size_t t);
int ex_warned_public(const ex_state *st, size_t t);
int ex_reassure_attempt(const ex_state *st, size_t t);
int ex_comment_own_affairs(const ex_state *st, size_t t1,
                           const kg_entity *subj);
size_t ex_abbrev_end(const ex_state *st, size_t t);
size_t ex_consult_adjunct_end(const ex_state *st, size_t k);
const ex_mention *ex_between(const ex_state *st, size_t t1);
const ex_mention *ex_between_art(const ex_state *st, size_t t1, int art);
const ex_mention *ex_between_second(const ex_state *st, const ex_mention *x,
                                    int art);
size_t ex_between_list(const ex_state *st, size_t t1, const ex_mention **out,
                       size_t max);
int ex_future_after(const ex_state *st, size_t k);
size_t ex_during_visit(const ex_state *st, size_t i);
const ex_mention *ex_departure(const ex_state *st, size_t i, size_t *go);
const kg_entity *ex_visitor(const ex_state *st, size_t d, size_t t1,
                            const kg_entity *speaker, size_t speech_at);
int ex_patient_noun(const kg_onto_relation *rel);
int ex_possessor(const ex_state *st, const ex_mention *sm);

/* clauses.c */
extern const char *const ex_try_nouns[];
const kg_entity *ex_subject_of(ex_state *st, size_t v);
int ex_asked_infinitive(const ex_state *st, size_t t);
int ex_civil_actor(const ex_state *st, const ex_mention *sm,
                   const kg_entity *e);
int ex_promised_reform(const ex_state *st, const char *cameo,
                       const char *modality);
size_t ex_speech_occasion(const ex_state *st, size_t j);
int ex_relations(ex_state *st, const kg_sentence *s, size_t idx,
                 kg_relation_cb cb, void *payload);

#endif
