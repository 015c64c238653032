/*
 * ontology.h: the loaded ontology (private to the library).  It holds the
 * entity gazetteer (countries, organisations, people with their offices),
 * titles, and the relation lexicon, read from the TSV files in ontology/.
 * Matching works on folded tokens (see util/utf8.h kg_utf8_fold).
 */
#ifndef KG_ONTOLOGY_ONTOLOGY_H
#define KG_ONTOLOGY_ONTOLOGY_H

#include <stddef.h>

#include "kg/ctx.h"

#include "../util/buf.h"
#include "../util/strpool.h"

typedef struct kg_onto kg_onto;

/* How a gazetteer name refers to its entity. */
enum kg_onto_name_kind {
    KG_NAME_PROPER = 1,  /* Turkey, Recep Tayyip Erdogan, NATO */
    KG_NAME_DEMONYM = 2, /* Turkish, Russian, Western */
    KG_NAME_METONYM = 3  /* Ankara, the Kremlin: the state's government */
};

/* An office held by a person, for coding by date. */
typedef struct kg_onto_office {
    const char *role;    /* "president" */
    const char *country; /* "TUR" */
    const char *agent;   /* "GOV", "OPP", or NULL */
    const char *start;   /* "YYYY-MM-DD" or "" (open) */
    const char *end;     /* "YYYY-MM-DD" or "" (still in office) */
    const char *code;    /* full actor code for this period (user
                            dictionaries: [TURGOV 021118-030314]), or NULL:
                            then country + agent */
} kg_onto_office;

/* A period ("YYYY-MM-DD" each): from start, inclusive, to end, exclusive
 * (the first day it no longer holds); "" is open. */
typedef struct kg_onto_span {
    const char *start, *end;
} kg_onto_span;

typedef struct kg_onto_entity {
    const char *id;      /* interned */
    const char *label;
    const char *type;    /* Country, Organization, Group, Person */
    const char *code;    /* CAMEO code (countries: alpha-3), or NULL */
    const char *country; /* or NULL */
    const char *wikidata;
    const char *aliases; /* ';'-separated display names, or NULL */
    const kg_onto_office *offices;
    size_t noffices;
    const kg_onto_span *governs; /* an armed group's periods as its
                                    country's government (the Taliban
                                    from 2021-08-15), or NULL */
    size_t ngoverns;
} kg_onto_entity;

/* A short name that two entities share (shared_names.tsv: "Congo" is the
 * Democratic Republic in news since 1997, "RSF" Reporters Without
 * Borders).  The gazetteer gives it to usual; a document reads it as
 * other when it is dated before other_before, or names other by one of
 * other_cues and usual by none of usual_cues. */
typedef struct kg_onto_shared {
    const char *name;          /* as written: "Congo", "Labour Party" */
    const char *key;           /* match key of its first token ("labour") */
    size_t ntok;               /* its length in tokens */
    const char *usual, *other; /* entity ids */
    const char *other_before;  /* "YYYY-MM-DD", or NULL */
    const char *const *other_cues; /* NULL-terminated, as written */
    const char *const *usual_cues;
    int neither_none; /* 1: a document whose cues name neither entity (or
                         both) reads the name as no entity ("Korean") */
    int neither_other; /* 1: a document reads the name as other unless it
                          holds a usual cue ("Brussels" acts for the EU,
                          not for Belgium, unless the story is Belgian) */
} kg_onto_shared;

/* At most this many shared names: a document keeps one bit for each. */
#define KG_ONTO_MAX_SHARED 64

/* A relation lexicon entry. */
typedef struct kg_onto_relation {
    const char *pattern; /* "impose sanction" (lemmas) */
    const char *type;    /* "sanction" */
    const char *label;   /* "imposes sanctions on" */
    const char *cameo;   /* "163" */
    const char *plover;  /* "SANCTION" or NULL */
    int quad;            /* CAMEO quad class 1..4 */
    int noun;            /* 1: a nominal trigger ("trade", "sanctions") */
    const char *prep;    /* preposition that introduces the object, or NULL */
    const char *back;    /* code of the object's event toward the subject
                            that comes with this one (PETRARCH "[032:033]":
                            a visit is also hosted), or NULL */
    const char *back_type, *back_label; /* that event's type and label */
    const char *mutual;  /* code of the event between coordinated subjects
                            with no object (PETRARCH "% *": "Gondor and
                            Osgiliath agree"), each toward each, or NULL */
    int user;            /* 1: from a user dictionary (PETRARCH verbs) */
    int skip;            /* 1: the phrase right after the entry's words is
                            no object; it is sought past it (PETRARCH "^"
                            at a pattern's end: "- * AT ^ +", "warned at
                            the Gondor of the Prince") */
    int reversed;        /* 1: the actor before the entry is the event's
                            target and the one after it its source
                            (PETRARCH "- + * MONEY $": "Eriador received
                            money from Osgiliath" is Osgiliath's aid) */
} kg_onto_relation;

/* Result of a gazetteer match at a token position. */
typedef struct kg_onto_match {
    const kg_onto_entity *entity;
    int kind;      /* enum kg_onto_name_kind */
    size_t ntok;   /* tokens matched */
} kg_onto_match;

/*
 * Load every ontology file under dir; threads > 1: the relations load in
 * a second thread while this one loads the names (the result is the
 * same).  On failure returns KG_ENOTFOUND, KG_EPARSE or KG_ENOMEM and
 * writes a one-line message ("file:line: what") into err.  Ownership:
 * *out is the caller's (kg_onto__free).
 */
int kg_onto__load(kg_onto **out, const char *dir, int threads, char *err,
                  size_t errlen);
void kg_onto__free(kg_onto *o);

/* Entity by id, or NULL. */
const kg_onto_entity *kg_onto__entity(const kg_onto *o, const char *id);

/*
 * Append the match key of one token to out: folded (kg_utf8_fold), with
 * everything but letters and digits removed ("U.S." gives "us", "Workers'"
 * gives "workers").  An empty key means the token is punctuation.
 * Returns KG_OK or KG_ENOMEM.
 */
int kg_onto__token_key(const char *s, size_t n, kg_buf *out);

/*
 * The key of an ASCII token written to out (room for n bytes and a NUL):
 * its letters in lower case and its digits.  Returns the key's length,
 * or (size_t)-1 when a byte is not ASCII (out then holds nothing useful:
 * kg_onto__token_key folds such a token).
 */
size_t kg_onto__token_key_ascii(const char *s, size_t n, char *out);

/*
 * Length of a possessive "'s" or "\u2019s" that ends the word [w, w+n)
 * after at least one other byte, else 0: the text side makes it a token
 * of its own, so a name's keys must too.
 */
size_t kg_onto__possessive_len(const char *w, size_t n);

/*
 * Walking a name's words as the text side tokenizes them: split on
 * spaces, a possessive "'s" a word of its own.  Start with
 * {name, NULL}; kg_onto__next_word gives the next word's span
 * [*start, *end) and 1, or 0 at the name's end.
 */
typedef struct {
    const char *p;    /* where the next word is looked for */
    const char *next; /* a clitic split off the word before, else NULL */
} kg_onto__words;

int kg_onto__next_word(kg_onto__words *it, const char **start,
                       const char **end);

/*
 * The ontology's own copy of the string s[0..n), or NULL when it holds no
 * such string.  Callers look up each token's match key once
 * (kg_onto__token_key) and pass these copies as `known` to the matchers
 * below, which then start without hashing: most tokens start no name, and
 * the extractor asks about each token many times.
 */
const char *kg_onto__key(const kg_onto *o, const char *s, size_t n);
/* kg_onto__key, or NULL at once when no name, title or group noun starts
 * with the word s[0..n) (a filter of its first letters and length): the
 * same `known` for the matchers below, which read no other key there. */
const char *kg_onto__name_key(const kg_onto *o, const char *s, size_t n);

/*
 * Longest gazetteer match starting at token i, given the match keys of
 * consecutive tokens keys[0..n) (kg_onto__token_key; empty keys are not
 * allowed), known[k] = kg_onto__key(keys[k]) (or kg_onto__name_key) for
 * each k (or known NULL:
 * the matcher looks them up itself) and caps[i] != 0 when token i is
 * written in capitals (acronyms such as US or PKK match only such tokens).
 * Returns 1 and fills *m on a match, 0 otherwise.
 */
int kg_onto__match(const kg_onto *o, const char *const *keys,
                   const char *const *known, const unsigned char *caps,
                   size_t n, size_t i, kg_onto_match *m);

/* The lemma of an irregular form listed in the lexicon ("met" gives
 * "meet"), or NULL. */
const char *kg_onto__irregular(const kg_onto *o, const char *form);

/*
 * Relation entries whose pattern starts at lemma candidates of token i.
 * Fills *out with the longest matching entry (one added by
 * kg_onto__add_relation, a user's, before any of the built-in lexicon's)
 * and its length in tokens
 * (wildcards included); between equally long ones, want_noun (1 noun,
 * 0 verb, -1 either) picks the reading ("Russian trade" / "Russia trades");
 * want_noun 2 matches noun entries only ("an exchange of prisoners").
 * cand(i, j) gives the j-th lemma candidate of token i (NULL after the
 * last); it must give the same strings for the same (i, j) throughout one
 * call, as the matcher keeps them (onto_np).  Returns 1 on a match.
 */
typedef const char *(*kg_onto_lemma_fn)(size_t i, size_t j, void *payload);
int kg_onto__match_relation(const kg_onto *o, size_t n, size_t i,
                            int want_noun, kg_onto_lemma_fn cand,
                            void *payload, const kg_onto_relation **out,
                            size_t *ntok);

/*
 * kg_onto__match_relation where a '*' may reach past its three arbitrary
 * words to the end of a longer noun phrase: phrase(i, payload) returns
 * the token after the noun phrase that opens at token i (i, or anything
 * up to i + 3, when none does), and a '*' starting at i then absorbs up to
 * that token, KG_ONTO_MAX_GAP tokens at most.  phrase may be NULL (the
 * plain matcher).  The phrase must not cross a clause: the caller keeps
 * verbs, commas and relative words out of it.
 */
#define KG_ONTO_MAX_GAP 8
typedef size_t (*kg_onto_phrase_fn)(size_t i, void *payload);
int kg_onto__match_relation_np(const kg_onto *o, size_t n, size_t i,
                               int want_noun, kg_onto_lemma_fn cand,
                               kg_onto_phrase_fn phrase, void *payload,
                               const kg_onto_relation **out, size_t *ntok);

/*
 * kg_onto__match_relation_np whose want_noun is want(i, payload), asked
 * only when two matching entries differ in nothing but their kind (noun
 * or verb), so most calls never ask it; want returns 1, 0 or -1.
 */
typedef int (*kg_onto_want_fn)(size_t i, void *payload);
int kg_onto__match_relation_want(const kg_onto *o, size_t n, size_t i,
                                 kg_onto_want_fn want, kg_onto_lemma_fn cand,
                                 kg_onto_phrase_fn phrase, void *payload,
                                 const kg_onto_relation **out, size_t *ntok);

/*
 * Does any relation entry's pattern start at a lemma candidate of token i?
 * A cheap test before reading token i's entries in other ways (past a
 * place, a date, a sum or a long name), which all keep its first word.
 */
int kg_onto__starts_relation(const kg_onto *o, size_t i, kg_onto_lemma_fn cand,
                             void *payload);

/* Title word sequence ("prime minister") at folded keys[i] (known as for
 * kg_onto__match): returns its length in tokens and sets *agent to its
 * agent code, 0 when none. */
size_t kg_onto__match_title(const kg_onto *o, const char *const *keys,
                            const char *const *known, size_t n, size_t i,
                            const char **agent);

/* kg_onto__match_title, and *country: the state whose office the title
 * names ("chancellor of the exchequer": GBR), or NULL when it is many
 * states' ("foreign minister") or none matched. */
size_t kg_onto__match_title_country(const kg_onto *o, const char *const *keys,
                                    const char *const *known, size_t n,
                                    size_t i, const char **agent,
                                    const char **country);

/* Group noun ("refugees", "air force") at folded keys[i] (known as for
 * kg_onto__match): returns its length in tokens and sets *agent to its
 * CAMEO agent code, 0 when none. */
size_t kg_onto__match_agent(const kg_onto *o, const char *const *keys,
                            const char *const *known, size_t n, size_t i,
                            const char **agent);

/* Is the folded key a given name (given_names.tsv, or the first word of a
 * person's label)?  Its formal names (';'-separated: "james" for "jim"),
 * "" when it has none, or NULL when it is no given name. */
const char *kg_onto__given_name(const kg_onto *o, const char *key);

/* The shared names, *n of them (at most KG_ONTO_MAX_SHARED). */
const kg_onto_shared *kg_onto__shared(const kg_onto *o, size_t *n);

/* Does group e govern its country on date ("YYYY-MM-DD")?  1 or 0 (also
 * without a date). */
int kg_onto__governs(const kg_onto_entity *e, const char *date);

/* The office of a person on date ("YYYY-MM-DD", or NULL: the latest). */
const kg_onto_office *kg_onto__office(const kg_onto_entity *e,
                                      const char *date);

/* The same among the offices of one state (country, a code such as
 * "SUN"): "Soviet Foreign Minister Eduard Shevardnadze" names his Soviet
 * office whatever the date.  NULL when he held none of that state's (or
 * none on date). */
const kg_onto_office *kg_onto__office_in(const kg_onto_entity *e,
                                         const char *date,
                                         const char *country);

/*
 * Adding to a loaded ontology (user dictionaries such as PETRARCH's
 * .actors and .agents files).  Entities are addressed by index because the
 * entity array moves as it grows.  Each returns KG_OK, KG_ENOMEM, or
 * KG_EINVAL (an id that exists, an empty name or code).
 */
int kg_onto__new_entity(kg_onto *o, const char *id, const char *label,
                        const char *type, const char *code,
                        const char *country, size_t *idx_out);
/* Index of an existing entity by id; 0 and KG_ENOTFOUND when absent. */
int kg_onto__entity_index(const kg_onto *o, const char *id, size_t *idx_out);
/* A name (words separated by spaces) for entity idx.  With override, the
 * name is taken from whichever entity held it (the user's dictionary
 * wins over the built-in ontology). */
int kg_onto__add_name(kg_onto *o, size_t idx, const char *name, int kind,
                      int override);
/* A dated code for entity idx: code applies from start to end
 * ("YYYY-MM-DD" or "" for open). */
int kg_onto__add_code(kg_onto *o, size_t idx, const char *code,
                      const char *start, const char *end);
/* A group noun ("troops") and its agent code ("MIL"). */
int kg_onto__add_agent(kg_onto *o, const char *noun, const char *agent);

/* Words in a relation pattern, "*" and synonym sets included. */
#define KG_ONTO_MAX_PATTERN 16

/*
 * A relation entry, as a relations.tsv row without PLOVER category: pattern
 * is lemmas separated by spaces, where "*" is up to three arbitrary words
 * (or a longer noun phrase, kg_onto__match_relation_np) and a word
 * from kg_onto__new_synset one of that set's phrases; it must start with
 * a plain word.  cameo and prep may be NULL or "".  forms are
 * ';'-separated irregular forms of the pattern's first word; a form that
 * already has a lemma keeps it.  Among equal patterns the entry added last
 * wins, so user dictionaries take precedence over the built-in lexicon.
 * Returns KG_OK, KG_ENOMEM, or KG_EINVAL (empty pattern or type, a pattern
 * of more than KG_ONTO_MAX_PATTERN words or starting with "*" or a set,
 * quad outside 0..4).  An entry added here wins over every built-in one
 * that matches at the same word (kg_onto__match_relation).
 */
int kg_onto__add_relation(kg_onto *o, const char *pattern, const char *type,
                          const char *label, const char *cameo, int quad,
                          int noun, const char *prep, const char *forms);
/* The paired code of the entry added last (kg_onto_relation.back); the
 * paired event has the entry's type and label when the codes are equal
 * (meetings), else "TYPE_reciprocal" and "LABEL (reciprocal)".  Returns
 * KG_OK, KG_ENOMEM, or KG_EINVAL (no entry, or an empty code). */
int kg_onto__relation_back(kg_onto *o, const char *cameo);
/* The mutual code of the entry added last (kg_onto_relation.mutual).
 * Returns KG_OK, KG_ENOMEM, or KG_EINVAL (no entry, or an empty code). */
int kg_onto__relation_mutual(kg_onto *o, const char *cameo);
/* Mark the entry added last as one whose object lies past the phrase
 * right after its words (kg_onto_relation.skip).  Returns KG_OK, or
 * KG_EINVAL when there is no entry. */
int kg_onto__relation_skip(kg_onto *o);
/* Mark the entry added last as reversed (kg_onto_relation.reversed).
 * Returns KG_OK, or KG_EINVAL when there is no entry. */
int kg_onto__relation_reversed(kg_onto *o);
/* Irregular forms (';'-separated) of a lemma, for the lemma candidates of
 * tokens; a form that already has a lemma keeps it, and *kept (when not
 * NULL) counts those that had another one. */
int kg_onto__add_forms(kg_onto *o, const char *lemma, const char *forms,
                       size_t *kept);
/* A new, empty synonym set; *word_out receives the pattern word that
 * names it (interned, "&N"). */
int kg_onto__new_synset(kg_onto *o, const char **word_out);
/* A phrase (lemmas separated by spaces, consecutive in text; no "*" and no
 * set) for the set named word.  KG_EINVAL when word names no set or the
 * phrase is empty, too long or has such words. */
int kg_onto__synset_add(kg_onto *o, const char *word, const char *phrase);

/* Does e hold an office (or an undated one) within two years either side
 * of date ("YYYY-MM-DD"; undated, or no offices: 1)?  past: or one that
 * ended before. */
int kg_onto__near_office(const kg_onto_entity *e, const char *date, int past);
/* The one person whose label's last word has the match key key and who
 * holds an office on date, or NULL (none, or more than one). */
const kg_onto_entity *kg_onto__person_in_office(const kg_onto *o,
                                                const char *key,
                                                const char *date);
/* The one person whose label's last word has the match key key, at any
 * date (undated stories), or NULL (none, or more than one). */
const kg_onto_entity *kg_onto__person_of_surname(const kg_onto *o,
                                                 const char *key);
/* The one person holding on date ("YYYY-MM-DD") an office of state
 * country whose role match(office, key) accepts, or NULL. */
const kg_onto_entity *kg_onto__holder_on(
    const kg_onto *o, const char *country, const char *key, const char *date,
    int (*match)(const kg_onto_office *f, const char *key));
size_t kg_onto__entity_count(const kg_onto *o);
size_t kg_onto__relation_count(const kg_onto *o);

#endif
