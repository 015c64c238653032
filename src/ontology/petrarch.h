/*
 * petrarch.h: PETRARCH verbs dictionaries with counts of what was read and
 * what kg could not use (private to the library; kg_ctx_load_verbs is the
 * public entry).  See petrarch.c for how patterns become relation entries.
 */
#ifndef KG_ONTOLOGY_PETRARCH_H
#define KG_ONTOLOGY_PETRARCH_H

#include <stddef.h>

#include "kg/ctx.h"

/* Why a verb, pattern or entry was left out (see petrarch.c). */
enum kg_petrarch_skip {
    KG_PV_NULL_VERB,    /* verb coded [---]: no event on its own */
    KG_PV_CLOSED,       /* entry starting with a word kg never takes as a
                           trigger (said, will, not, vow, ...) */
    KG_PV_TARGET_FIRST, /* pattern with the target before the verb */
    KG_PV_SOURCE_AFTER, /* pattern with the source after the verb */
    KG_PV_CONTEXT,      /* words or a skipped phrase before the source */
    KG_PV_SYNSET,       /* undefined synset, or a pattern starting with one */
    KG_PV_NOTHING,      /* pattern adding no word to the verb */
    KG_PV_VERB_POS,     /* pattern without exactly one '*' */
    KG_PV_LONG,         /* entry of more than KG_ONTO_MAX_PATTERN words */
    KG_PV_TRANSFORM,    /* '~' verb transformation line */
    KG_PV_NSKIP
};

typedef struct kg_petrarch_verbs_stats {
    size_t blocks, verbs, patterns, synsets; /* read */
    size_t entries;                          /* relation entries added */
    size_t forms;                            /* irregular forms added */
    size_t forms_kept; /* forms left to the lemma they already had */
    size_t skipped[KG_PV_NSKIP];
} kg_petrarch_verbs_stats;

/* kg_ctx_load_verbs, counting into *stats (zeroed first) when not NULL. */
int kg_petrarch__load_verbs(kg_ctx *ctx,
                            const char *path,
                            kg_petrarch_verbs_stats *stats);

/* A short description of skip reason i (static text). */
const char *kg_petrarch__skip_reason(int i);

#endif
