/*
 * kg_test_rel.h: the relation harness shared by the extractor's unit
 * suites (test_extract.c, test_nominal.c): run a text through
 * kg_extract_doc over the fixture ontology and keep up to eight relations
 * with the fields the tests look at.  Include after cmocka.h and
 * kg_test.h.
 */
#ifndef KG_TEST_REL_H
#define KG_TEST_REL_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/kg.h"

typedef struct got {
    char subj[8][64], type[8][32], obj[8][64], code[8][16];
    char cameo[8][8], modality[8][16];
    int negated[8];
    double value[8];
    char json[8][2048];
    size_t n;
} got;

static int collect(const kg_relation *r, void *payload)
{
    got *g = payload;
    char *buf = NULL;
    size_t len = 0, cap = 0;
    if (g->n == 8)
        return 0;
    snprintf(g->subj[g->n], 64, "%s", r->subject.id);
    snprintf(g->type[g->n], 32, "%s", r->type);
    snprintf(g->obj[g->n], 64, "%s", r->object.id);
    snprintf(g->code[g->n], 16, "%s", r->subject.code ? r->subject.code : "");
    snprintf(g->cameo[g->n], 8, "%s", r->cameo ? r->cameo : "");
    snprintf(g->modality[g->n], 16, "%s", r->modality ? r->modality : "");
    g->negated[g->n] = r->negated;
    g->value[g->n] = r->object.value;
    assert_int_equal(kg_relation_to_json(r, &buf, &len, &cap), KG_OK);
    snprintf(g->json[g->n], 2048, "%s", buf);
    free(buf);
    g->n++;
    return 0;
}

static int doc_cb(const kg_doc *doc, void *payload)
{
    void **p = payload;
    return kg_extract_doc(p[0], doc, collect, p[1], NULL);
}

/* text as a document of date ("YYYY-MM-DD", or NULL: undated) */
static void run_dated(void **state, const char *text, const char *date,
                      got *g)
{
    void *p[2];
    memset(g, 0, sizeof(*g));
    p[0] = *state;
    p[1] = g;
    assert_int_equal(kg_text_read_buffer(*state, "t", text, strlen(text),
                                         date, doc_cb, p),
                     KG_OK);
}

static void run(void **state, const char *text, got *g)
{
    run_dated(state, text, "2023-05-12", g);
}

/* Relation k of g: subject, type, object and CAMEO code (NULL: any). */
static void expect_rel(const got *g, size_t k, const char *subj,
                       const char *type, const char *obj, const char *cameo)
{
    assert_true(k < g->n);
    if (subj)
        assert_string_equal(g->subj[k], subj);
    if (type)
        assert_string_equal(g->type[k], type);
    if (obj)
        assert_string_equal(g->obj[k], obj);
    if (cameo)
        assert_string_equal(g->cameo[k], cameo);
}

#endif
