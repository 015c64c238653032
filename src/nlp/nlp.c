/*
 * nlp.c: closed-class tags and lemma candidates.  The word lists are the
 * project's own; they are small because everything open-class is decided by
 * the ontology (names) and the relation lexicon (verbs and nouns).
 */
#include "nlp.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../ontology/ontology.h"

typedef struct nlp_word {
    const char *word;
    int tag;
} nlp_word;

/* Sorted by word (strcmp); `make check` runs a unit test that verifies
 * the order, and with it that no word is listed twice (kg_nlp__tag looks
 * words up through a hash index). */
static const nlp_word nlp_words[] = {
    {"'ll", KG_W_FUTURE},  {"a", KG_W_DET},
    {"about", KG_W_PREP},  {"above", KG_W_PREP},
    /* "according to": a preposition, never the verb "accord" (grant),
     * which user dictionaries hold (CAMEO 2.0's ACCORD) */
    {"according", KG_W_PREP},
    {"across", KG_W_PREP},  {"add", KG_W_SPEECH},
    {"added", KG_W_SPEECH},  {"adding", KG_W_SPEECH},
    {"adds", KG_W_SPEECH},  {"after", KG_W_PREP},
    {"against", KG_W_PREP},  {"aim", KG_W_INTENT},
    {"aimed", KG_W_INTENT},  {"aims", KG_W_INTENT},
    {"ain't", KG_W_NEG},  {"all", KG_W_DET},
    {"along", KG_W_PREP},
    {"am", KG_W_AUX},  {"amid", KG_W_PREP},
    {"among", KG_W_PREP},  {"an", KG_W_DET},
    {"and", KG_W_CONJ},  {"announced", KG_W_SPEECH},
    /* "rejected any U.S. proposal for a freeze": a determiner like
     * "every", so that the noun phrase after it reads as one */
    {"any", KG_W_DET},
    {"are", KG_W_AUX},  {"aren't", KG_W_NEG},
    {"around", KG_W_PREP},  {"as", KG_W_PREP},
    {"at", KG_W_PREP},  {"be", KG_W_AUX},
    {"because", KG_W_SUB},  {"been", KG_W_AUX},
    {"before", KG_W_PREP},  {"being", KG_W_AUX},
    {"between", KG_W_PREP},  {"both", KG_W_DET},
    {"but", KG_W_CONJ},  {"by", KG_W_PREP},
    {"can", KG_W_MODAL},  {"can't", KG_W_NEG},
    {"cannot", KG_W_NEG},  {"claimed", KG_W_SPEECH},
    {"commitment", KG_W_INTENT}, /* "its commitment to work with" */
    {"could", KG_W_MODAL},  {"couldn't", KG_W_NEG},
    {"desire", KG_W_INTENT},  {"despite", KG_W_PREP},
    {"determination", KG_W_INTENT},  {"did", KG_W_AUX},
    {"didn't", KG_W_NEG},  {"do", KG_W_AUX},
    {"does", KG_W_AUX},  {"doesn't", KG_W_NEG},
    {"don't", KG_W_NEG},  {"during", KG_W_PREP},
    {"each", KG_W_DET},  {"either", KG_W_DET},
    {"every", KG_W_DET},  {"for", KG_W_PREP},
    {"from", KG_W_PREP},  {"had", KG_W_AUX},
    {"hadn't", KG_W_NEG},  {"has", KG_W_AUX},
    {"hasn't", KG_W_NEG},  {"have", KG_W_AUX},
    {"haven't", KG_W_NEG},  {"having", KG_W_AUX},
    {"he", KG_W_PRON},  {"he'll", KG_W_PRON},
    {"he's", KG_W_PRON},  {"her", KG_W_POSS},
    {"him", KG_W_PRON}, {"his", KG_W_POSS},  {"hope", KG_W_INTENT},
    {"hoped", KG_W_INTENT},  {"hopes", KG_W_INTENT},
    {"i", KG_W_PRON},  {"i'd", KG_W_PRON},
    {"i'll", KG_W_PRON},  {"i'm", KG_W_PRON},
    {"i've", KG_W_PRON},  {"if", KG_W_COND},
    {"in", KG_W_PREP},  {"intend", KG_W_INTENT},
    {"intended", KG_W_INTENT},  {"intends", KG_W_INTENT},
    {"intention", KG_W_INTENT},
    {"into", KG_W_PREP},  {"is", KG_W_AUX},
    {"isn't", KG_W_NEG},  {"it", KG_W_PRON},
    {"it's", KG_W_PRON},  {"its", KG_W_POSS},
    {"let's", KG_W_PRON},  {"may", KG_W_MODAL},
    {"might", KG_W_MODAL},  {"must", KG_W_MODAL},
    {"my", KG_W_POSS},  {"n't", KG_W_NEG},
    {"neither", KG_W_NEG},  {"never", KG_W_NEG},
    {"no", KG_W_NEG},  {"nor", KG_W_NEG},
    {"not", KG_W_NEG},  {"of", KG_W_PREP},
    {"off", KG_W_PREP},  {"on", KG_W_PREP},
    {"onto", KG_W_PREP},  {"or", KG_W_CONJ},
    {"our", KG_W_POSS},  {"over", KG_W_PREP},
    {"plan", KG_W_INTENT},  {"planned", KG_W_INTENT},
    {"planning", KG_W_INTENT},  {"plans", KG_W_INTENT},
    {"pledge", KG_W_INTENT},  {"pledged", KG_W_INTENT},
    {"pledges", KG_W_INTENT},  {"plot", KG_W_INTENT},
    {"plots", KG_W_INTENT},  {"plotted", KG_W_INTENT},
    {"plotting", KG_W_INTENT},  {"promise", KG_W_INTENT},
    {"promised", KG_W_INTENT},  {"promises", KG_W_INTENT},
    {"readiness", KG_W_INTENT}, /* "expressed readiness to meet" */
    {"ready", KG_W_INTENT}, /* "is ready to meet": an intent */
    {"said", KG_W_SPEECH},  {"say", KG_W_SPEECH},
    {"saying", KG_W_SPEECH},  {"says", KG_W_SPEECH},
    {"seek", KG_W_INTENT},  {"seeking", KG_W_INTENT},
    {"seeks", KG_W_INTENT},  {"shall", KG_W_FUTURE},
    {"she", KG_W_PRON},  {"she'll", KG_W_PRON},
    {"she's", KG_W_PRON},  {"should", KG_W_MODAL},
    {"shouldn't", KG_W_NEG},  {"since", KG_W_PREP},
    {"some", KG_W_DET},  {"sought", KG_W_INTENT},
    {"stated", KG_W_SPEECH},  {"than", KG_W_PREP},
    {"that", KG_W_SUB},  {"that's", KG_W_SUB},
    {"the", KG_W_DET},  {"their", KG_W_POSS},
    {"them", KG_W_PRON},  {"there's", KG_W_PRON},
    {"these", KG_W_DET},  {"they", KG_W_PRON},
    {"they'll", KG_W_PRON},  {"they're", KG_W_PRON},
    {"they've", KG_W_PRON},  {"this", KG_W_DET},
    {"those", KG_W_DET},  {"threaten", KG_W_THREAT},
    {"threatened", KG_W_THREAT},  {"threatening", KG_W_THREAT},
    {"threatens", KG_W_THREAT},  {"through", KG_W_PREP},
    {"to", KG_W_PREP},  {"told", KG_W_SPEECH},
    {"toward", KG_W_PREP},  {"towards", KG_W_PREP},
    {"under", KG_W_PREP},  {"unless", KG_W_COND},
    {"until", KG_W_PREP},  {"upon", KG_W_PREP},
    {"us", KG_W_PRON},  {"vow", KG_W_INTENT},
    {"vowed", KG_W_INTENT},  {"vowing", KG_W_INTENT},
    {"vows", KG_W_INTENT},  {"want", KG_W_INTENT},
    {"wanted", KG_W_INTENT},  {"wants", KG_W_INTENT},
    {"was", KG_W_AUX},  {"wasn't", KG_W_NEG},
    {"we", KG_W_PRON},  {"we'll", KG_W_PRON},
    {"we're", KG_W_PRON},  {"we've", KG_W_PRON},
    {"were", KG_W_AUX},  {"weren't", KG_W_NEG},
    {"when", KG_W_SUB},  {"where", KG_W_SUB},
    {"whether", KG_W_COND},  {"which", KG_W_SUB},
    {"while", KG_W_SUB},  {"who", KG_W_SUB},
    {"will", KG_W_FUTURE},  {"willing", KG_W_INTENT},
    {"willingness", KG_W_INTENT},
    {"with", KG_W_PREP},
    {"within", KG_W_PREP},  {"without", KG_W_PREP},
    {"won't", KG_W_NEG},  {"would", KG_W_MODAL},
    {"wouldn't", KG_W_NEG},  {"you", KG_W_PRON},
    {"you'll", KG_W_PRON},  {"you're", KG_W_PRON},
    {"your", KG_W_POSS},
};

/* Every token is tagged, and most are no closed-class word: an
 * open-addressing index over nlp_words (a quarter full, so a miss looks
 * at one or two slots) answers with one hash instead of a binary
 * search's eight comparisons.  Built once, on first use, for all
 * threads. */
#define NLP_SLOTS 1024 /* a power of two, four times the words or more */
static unsigned short nlp_slots[NLP_SLOTS]; /* index + 1; 0: empty */
static pthread_once_t nlp_once = PTHREAD_ONCE_INIT;

static size_t nlp_hash(const char *s)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return (size_t)(h ^ (h >> 16)) & (NLP_SLOTS - 1);
}

static void nlp_index(void)
{
    size_t i, h;
    for (i = 0; i < sizeof(nlp_words) / sizeof(nlp_words[0]); i++) {
        for (h = nlp_hash(nlp_words[i].word); nlp_slots[h];
             h = (h + 1) & (NLP_SLOTS - 1))
            ;
        nlp_slots[h] = (unsigned short)(i + 1);
    }
}

int kg_nlp__tag(const char *lower)
{
    size_t h;
    pthread_once(&nlp_once, nlp_index);
    for (h = nlp_hash(lower); nlp_slots[h]; h = (h + 1) & (NLP_SLOTS - 1)) {
        const nlp_word *w = &nlp_words[nlp_slots[h] - 1];
        if (w->word[0] == lower[0] && strcmp(w->word, lower) == 0)
            return w->tag;
    }
    return KG_W_NONE;
}

/* Exposed for the unit test of the table order. */
size_t kg_nlp__table_size(void);
const char *kg_nlp__table_word(size_t i);

size_t kg_nlp__table_size(void)
{
    return sizeof(nlp_words) / sizeof(nlp_words[0]);
}

const char *kg_nlp__table_word(size_t i)
{
    return nlp_words[i].word;
}

static void nlp_add(char out[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD], size_t *k,
                    const char *s, size_t n, const char *suffix)
{
    /* (most suffixes are empty; the first byte settles most of the
     * comparisons with the candidates before) */
    size_t sl = suffix[0] ? strlen(suffix) : 0, j;
    if (*k >= KG_NLP_MAX_CANDS || n == 0 || n + sl >= KG_NLP_MAX_WORD)
        return;
    memcpy(out[*k], s, n);
    memcpy(out[*k] + n, suffix, sl + 1);
    for (j = 0; j < *k; j++)
        if (out[j][0] == out[*k][0] && strcmp(out[j], out[*k]) == 0)
            return;
    (*k)++;
}

static int nlp_is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Candidates for a stem left after removing -ed or -ing: the stem, the stem
 * with e restored (accus -> accuse), and the stem with a doubled final
 * consonant undone (bann -> ban). */
static void nlp_stem(char out[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD], size_t *k,
                     const char *w, size_t n)
{
    if (n < 2)
        return;
    nlp_add(out, k, w, n, "");
    nlp_add(out, k, w, n, "e");
    if (n >= 3 && w[n - 1] == w[n - 2] && !nlp_is_vowel(w[n - 1]))
        nlp_add(out, k, w, n - 1, "");
}

size_t kg_nlp__lemmas(const char *lower, const struct kg_onto *o,
                      char out[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD])
{
    size_t n = strlen(lower), k = 0;
    const char *irr;

    nlp_add(out, &k, lower, n, "");
    if (o && (irr = kg_onto__irregular(o, lower)) != NULL)
        nlp_add(out, &k, irr, strlen(irr), "");
    /* (the endings by their bytes: lower + n - 3 holds three) */
    if (n > 4 && lower[n - 3] == 'i' && lower[n - 2] == 'e' &&
        (lower[n - 1] == 's' || lower[n - 1] == 'd'))
        nlp_add(out, &k, lower, n - 3, "y");
    if (n > 3 && lower[n - 1] == 's' && lower[n - 2] != 's') {
        nlp_add(out, &k, lower, n - 1, "");
        if (lower[n - 2] == 'e')
            nlp_add(out, &k, lower, n - 2, "");
    }
    if (n > 3 && lower[n - 2] == 'e' && lower[n - 1] == 'd')
        nlp_stem(out, &k, lower, n - 2);
    if (n > 4 && lower[n - 3] == 'i' && lower[n - 2] == 'n' &&
        lower[n - 1] == 'g')
        nlp_stem(out, &k, lower, n - 3);
    return k;
}
