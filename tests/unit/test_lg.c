/* test_lg.c: the Link Grammar adapter (the deep parser tier). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "kg/common.h"
#include "nlp/lg.h"

static int setup(void **state)
{
    kg_lg *lg = NULL;
    char err[256];
    if (kg_lg__new(&lg, err, sizeof(err)) < 0) {
        fprintf(stderr, "skip: %s\n", err);
        *state = NULL;
        return 0;
    }
    *state = lg;
    return 0;
}

static int teardown(void **state)
{
    kg_lg__free(*state);
    return 0;
}

static const kg_lg_link *find(const kg_lg_link *l, size_t n, char label0,
                              long left, long right)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (l[i].label[0] == label0 && l[i].left == left &&
            l[i].right == right)
            return &l[i];
    return NULL;
}

static void subject_and_object_links(void **state)
{
    const char *s = "The United States fired anti-aircraft batteries at "
                    "Russia this week.";
    kg_lg_link links[128];
    size_t n = 0;
    long states = 11, fired = 18, batteries = 38;
    if (!*state)
        skip();
    assert_int_equal(kg_lg__parse(*state, s, strlen(s), links, 128, &n),
                     KG_OK);
    assert_true(n > 0);
    /* S: States -- fired; O: fired -- batteries (byte offsets) */
    assert_non_null(find(links, n, 'S', states, fired));
    assert_non_null(find(links, n, 'O', fired, batteries));
}

static void no_linkage_is_not_an_error(void **state)
{
    const char *s = "zzqx blorf grum.";
    kg_lg_link links[16];
    size_t n = 99;
    if (!*state)
        skip();
    assert_int_equal(kg_lg__parse(*state, s, strlen(s), links, 16, &n),
                     KG_OK);
    assert_true(n <= 16);
    assert_int_equal(kg_lg__parse(*state, "", 0, links, 16, &n), KG_OK);
    assert_int_equal(n, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(subject_and_object_links),
        cmocka_unit_test(no_linkage_is_not_an_error),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
