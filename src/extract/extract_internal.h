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
    ex_tok *toks;
    size_t ntoks;
    ex_mention *ments;
    size_t nments;
    kg_entity last_person; /* the last person named in earlier sentences */
    int have_last_person;
    kg_entity salient;     /* the last person who spoke or acted */
    int have_salient;
    int salient_here;      /* salient was set in the current sentence */
    kg_extract_stats *stats;
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
