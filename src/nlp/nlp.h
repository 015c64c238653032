/*
 * nlp.h: the nlp stage on the fast path: closed-class word tags and lemma
 * candidates for open-class words (private to the library).
 *
 * Open-class words get several lemma candidates ("banned": banned, bann,
 * ban, banne) and the relation lexicon picks the one it knows, so no full
 * morphological dictionary is needed to match its patterns.
 */
#ifndef KG_NLP_NLP_H
#define KG_NLP_NLP_H

#include <stddef.h>

struct kg_onto;

/* Closed-class tags of lower-case words. */
enum kg_word_tag {
    KG_W_NONE = 0,
    KG_W_DET,      /* the, a, an, this, some, both */
    KG_W_PRON,     /* personal pronoun: he, she, it, we, they, I, you */
    KG_W_POSS,     /* possessive determiner: his, her, its, their, our */
    KG_W_PREP,     /* preposition */
    KG_W_CONJ,     /* and, or, but */
    KG_W_AUX,      /* be, have, do forms */
    KG_W_MODAL,    /* can, could, may, might, would, should, must */
    KG_W_FUTURE,   /* will, shall, 'll */
    KG_W_NEG,      /* not, n't, never, no, cannot */
    KG_W_SUB,      /* that, which, who, where, when, because, while */
    KG_W_COND,     /* if, unless */
    KG_W_SPEECH,   /* say, said, says, told, tell, added, stated */
    KG_W_INTENT,   /* vow, promise, plan, want, intend, pledge, seek */
    KG_W_THREAT    /* threaten, threatens, threatened, threatening */
};

/* Tag of a lower-case ASCII/UTF-8 word, KG_W_NONE for open-class words. */
int kg_nlp__tag(const char *lower);

#define KG_NLP_MAX_CANDS 8
#define KG_NLP_MAX_WORD 48

/*
 * Lemma candidates of a lower-case word: the word itself, the lemma of a
 * listed irregular form (o may be NULL), and regular de-inflections (-s,
 * -es, -ies, -ed, -ied, -ing, doubled consonants, restored e).
 * Fills out[0..k) and returns k (at least 1 for a non-empty word).
 */
size_t kg_nlp__lemmas(const char *lower, const struct kg_onto *o,
                      char out[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD]);

#endif
