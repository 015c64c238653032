/*
 * lg.h: the deep parser tier, through Link Grammar (private to the
 * library; src/nlp/lg.c is the only file that includes Link Grammar).
 *
 * The fast path reads relations off tokens and a lexicon; for sentences it
 * cannot decide, a Link Grammar linkage gives the verb's subject (S links),
 * object (O links) and prepositional objects (MV + J links).  Parsing costs
 * milliseconds to a second per sentence, so the extractor asks for it only
 * where the fast path found actors and a trigger but no relation.
 */
#ifndef KG_NLP_LG_H
#define KG_NLP_LG_H

#include <stddef.h>

typedef struct kg_lg kg_lg;

/* A link between two words of the sentence, by byte offsets of the
 * words' starts in the parsed text (-1 for LEFT-WALL/RIGHT-WALL). */
typedef struct kg_lg_link {
    char label[16]; /* "Ss*s", "Op", "MVp", "Js" */
    long left, right;
} kg_lg_link;

/* Load the English dictionary (about 0.4 s and 28 MB, once per context).
 * Returns KG_OK, KG_EDEP (no dictionary: message in err) or KG_ENOMEM. */
int kg_lg__new(kg_lg **out, char *err, size_t errlen);
void kg_lg__free(kg_lg *lg);

/* The time budget of one parse, in seconds (kg_limits.parse_seconds). */
void kg_lg__set_time_budget(kg_lg *lg, int seconds);

/*
 * Parse text[0..len) (one sentence) within the time budget set at creation
 * (one second) and fill links[0..*nlinks) (at most max) from the best
 * linkage, allowing skipped words when no full linkage exists.
 * Returns KG_OK (possibly with no links), KG_ENOMEM or KG_EDEP.
 */
int kg_lg__parse(kg_lg *lg, const char *text, size_t len, kg_lg_link *links,
                 size_t max, size_t *nlinks);

#endif
