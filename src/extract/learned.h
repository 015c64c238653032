/*
 * learned.h: the learned fallback coder's model (ontology/learned_roots.tsv,
 * made by tools/learn/train_roots.py) and its scorer.  The model is a
 * multinomial logistic regression over sparse string features: one row per
 * feature with the weights it gives some of the classes ("NONE" and the
 * CAMEO roots "01".."20").  It is read once, with the ontology, and never
 * written afterwards, so threads may share it.  Private to the library.
 */
#ifndef KG_EXTRACT_LEARNED_H
#define KG_EXTRACT_LEARNED_H

#include <stddef.h>

typedef struct kg_learned kg_learned;

#define KG_LEARNED_FILE "learned_roots.tsv"
#define KG_LEARNED_MAX_CLASSES 32

/* Parse a model from text (len bytes, need not end in NUL).  Returns KG_OK,
 * KG_ENOMEM, or KG_EPARSE with a one-line message ("line N: ...") in err.
 * Ownership: *out is the caller's (kg_learned__free). */
int kg_learned__parse(kg_learned **out, const char *text, size_t len,
                      char *err, size_t errlen);

/* Read and parse a model file.  KG_ENOTFOUND when the file is absent (no
 * model: the fallback stays off), KG_EIO, or kg_learned__parse's codes;
 * the message names the path. */
int kg_learned__load(kg_learned **out, const char *path, char *err,
                     size_t errlen);

void kg_learned__free(kg_learned *m); /* accepts NULL */

/* The probability below which the best root is not coded (the model
 * file's "threshold" line). */
double kg_learned__threshold(const kg_learned *m);

/* Score a candidate's features (n strings): the most probable class other
 * than NONE goes to *root_out (borrowed, "01".."20") with its softmax
 * probability in *p_out.  Unknown features are ignored. */
void kg_learned__score(const kg_learned *m, const char *const *feats,
                       size_t n, const char **root_out, double *p_out);

#endif
