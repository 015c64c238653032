/*
 * lg.c: the Link Grammar adapter (5.12 from Debian).  Its error messages
 * (locale notices at dictionary creation, parse timeouts) go to a silent
 * handler: the library never prints.
 */
#include "lg.h"

#include <link-grammar/link-includes.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/common.h"

#define LG_MAX_SENTENCE 1000 /* bytes; longer sentences are not parsed */

struct kg_lg {
    Dictionary dict;
    Parse_Options opts;
};

/* Link Grammar 5.12 finds its dictionary files through process-global
 * state (the data folder it remembers, a static string it replaces), so
 * two threads creating dictionaries at once race (ThreadSanitizer, kg
 * build -j 2 --parser auto): one at a time.  Parsing with separate
 * dictionaries is thread-safe. */
static pthread_mutex_t lg_create_mu = PTHREAD_MUTEX_INITIALIZER;

static void lg_silent(lg_errinfo *ei, void *data)
{
    (void)ei;
    (void)data;
}

int kg_lg__new(kg_lg **out, char *err, size_t errlen)
{
    kg_lg *lg = calloc(1, sizeof(*lg));
    *out = NULL;
    if (!lg)
        return KG_ENOMEM;
    /* process-global, like every third-party hook kg installs */
    lg_error_set_handler(lg_silent, NULL);
    pthread_mutex_lock(&lg_create_mu);
    lg->dict = dictionary_create_lang("en");
    pthread_mutex_unlock(&lg_create_mu);
    if (!lg->dict) {
        snprintf(err, errlen, "Link Grammar: no English dictionary "
                              "(Debian package link-grammar-dictionaries-en)");
        free(lg);
        return KG_EDEP;
    }
    lg->opts = parse_options_create();
    if (!lg->opts) {
        kg_lg__free(lg);
        return KG_ENOMEM;
    }
    /* the settings measured in DESIGN.md: short links, a one-second
     * budget, no spelling guesses, one linkage */
    parse_options_set_verbosity(lg->opts, 0);
    parse_options_set_short_length(lg->opts, 8);
    parse_options_set_max_parse_time(lg->opts, 1);
    parse_options_set_linkage_limit(lg->opts, 1);
    parse_options_set_spell_guess(lg->opts, 0);
    parse_options_set_display_morphology(lg->opts, 0);
    *out = lg;
    return KG_OK;
}

void kg_lg__set_time_budget(kg_lg *lg, int seconds)
{
    parse_options_set_max_parse_time(lg->opts, seconds);
}

void kg_lg__free(kg_lg *lg)
{
    if (!lg)
        return;
    if (lg->opts)
        parse_options_delete(lg->opts);
    if (lg->dict)
        dictionary_delete(lg->dict);
    free(lg);
}

int kg_lg__parse(kg_lg *lg, const char *text, size_t len, kg_lg_link *links,
                 size_t max, size_t *nlinks)
{
    char *copy;
    Sentence s;
    Linkage l = NULL;
    int n, err = KG_OK;

    *nlinks = 0;
    if (len == 0 || len > LG_MAX_SENTENCE)
        return KG_OK;
    if (!(copy = malloc(len + 1)))
        return KG_ENOMEM;
    memcpy(copy, text, len);
    copy[len] = '\0';
    s = sentence_create(copy, lg->dict);
    if (!s) {
        free(copy);
        return KG_ENOMEM;
    }
    parse_options_set_min_null_count(lg->opts, 0);
    parse_options_set_max_null_count(lg->opts, 0);
    n = sentence_parse(s, lg->opts);
    if (n == 0 && !parse_options_timer_expired(lg->opts)) {
        /* no full linkage: allow a few skipped words */
        parse_options_set_min_null_count(lg->opts, 1);
        parse_options_set_max_null_count(lg->opts, 3);
        n = sentence_parse(s, lg->opts);
    }
    if (n > 0 && (l = linkage_create(0, s, lg->opts)) != NULL) {
        /* WordIdx and LinkIdx are size_t in 5.12 */
        size_t nwords = linkage_get_num_words(l);
        size_t nl = linkage_get_num_links(l), li;
        for (li = 0; li < nl && *nlinks < max; li++) {
            WordIdx a = linkage_get_link_lword(l, li);
            WordIdx b = linkage_get_link_rword(l, li);
            kg_lg_link *k = &links[*nlinks];
            const char *lab = linkage_get_link_label(l, li);
            snprintf(k->label, sizeof(k->label), "%s", lab ? lab : "");
            /* the walls are the first and last words */
            k->left = a == 0 || a == nwords - 1
                          ? -1
                          : (long)linkage_get_word_byte_start(l, a);
            k->right = b == 0 || b == nwords - 1
                           ? -1
                           : (long)linkage_get_word_byte_start(l, b);
            (*nlinks)++;
        }
        linkage_delete(l);
    }
    sentence_delete(s);
    free(copy);
    return err;
}
