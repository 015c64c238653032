/*
 * extract_internal.h: the per-document state of the extractor, shared by
 * extract.c (mentions, coreference, relations) and values.c (money,
 * quantities, percentages, dates).  Private to src/extract/.
 */
#ifndef KG_EXTRACT_INTERNAL_H
#define KG_EXTRACT_INTERNAL_H

#include "kg/extract.h"

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
#define EX_MAX_ROLES 8

/* A group mention ("Syrian refugees"): the country's entity with an agent
 * (enum kg_onto_name_kind continues). */
#define EX_NAME_GROUP 4
/* A mention resolved by coreference ("the Turkish man", "the alliance"). */
#define EX_NAME_COREF 5

typedef struct ex_tok {
    size_t start, end;
    unsigned kind, flags;
    const char *key;   /* gazetteer key: folded letters and digits */
    const char *lower; /* folded token, for tags and lemmas */
    int tag;           /* enum kg_word_tag */
    int quote;         /* inside quotation marks */
    int paren;         /* inside a dash or bracket aside */
    int mention;       /* index + 1 of the mention starting here */
    int covered;       /* index + 1 of the mention covering it */
    char lemmas[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD];
    size_t nlemmas;    /* 0: not computed yet */
    int trigger;       /* a relation was read from this token */
} ex_tok;

typedef struct ex_mention {
    size_t t0, t1;      /* tokens [t0, t1) */
    size_t start, end;  /* bytes */
    const kg_onto_entity *oe;
    int kind;           /* enum kg_onto_name_kind, 0 for values */
    int compound;       /* a part of a compound such as Russian-Turkish */
    int dropped;        /* absorbed into a titled name */
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
    kg_entity salient;     /* the last person who spoke or acted */
    int have_salient;
    int salient_here;      /* salient was set in the current sentence */
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
    const char *countries[EX_MEMORY]; /* countries named, with counts */
    size_t ncountry[EX_MEMORY];
    size_t ncountries;
    int have_last_org;
    kg_entity last_country;      /* the last country named before this
                                  * sentence, for "the war-torn country" */
    int have_last_country;
    kg_entity speaker;           /* of the current sentence */
    int have_speaker;
    /* pronouns resolved in the current sentence, for kg entities */
    kg_entity prons[EX_MAX_PRONOUNS];
    size_t nprons;
    size_t subj_end;             /* token after the last subject found */
    int light_verb;              /* that subject came through a light verb */
    int intent_word;             /* the last cues held want, pledge, seek ...
                                  * (2: a word of trying, "efforts to") */
    size_t joined_end;           /* after "loans and grants" (ex_objects) */
    kg_entity last_object;       /* of the sentence's last relation */
    int have_last_object;
    /* the document's last accusation or criticism (CAMEO 11x), for "X
     * rejected the accusations" in a later sentence */
    kg_entity accuser, accused;
    int have_accusation;
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
} ex_state;


/* Helpers of extract.c used by values.c.  Names keep the file's ex_
 * prefix: they are not part of the library's interface. */
int ex_tok_is(const ex_state *st, size_t i, const char *s);
int ex_tok_punct(const ex_state *st, size_t i, char c);
ex_mention *ex_add_mention(ex_state *st, size_t t0, size_t t1, size_t start,
                           size_t end);
const char *ex_strndup(ex_state *st, const char *s, size_t n);

/* Money, percentages, quantities and dates of the current sentence, added
 * to st->ments.  Returns KG_OK or KG_ENOMEM. */
int ex_find_values(ex_state *st);

#endif
