/*
 * kg_test.h: group setup shared by the unit tests that need a context over
 * the tiny fixture ontology in tests/fixtures/onto (run from the repo root,
 * as `make unit` does).
 */
#ifndef KG_TEST_H
#define KG_TEST_H

#include <stdio.h>

#include "kg/kg.h"

#define KG_TEST_FIXTURE "tests/fixtures/onto"

static int kg_test_ctx_setup(void **state)
{
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    kg_global_init();
    opts.ontology_dir = KG_TEST_FIXTURE;
    if (kg_ctx_new(&ctx, &opts) < 0) {
        fprintf(stderr, "%s\n", kg_ctx_errmsg(ctx));
        kg_ctx_free(ctx);
        return -1;
    }
    *state = ctx;
    return 0;
}

static int kg_test_ctx_teardown(void **state)
{
    kg_ctx_free(*state);
    return 0;
}

#endif
