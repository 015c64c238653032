/* test_learned.c: the learned fallback coder (src/extract/learned.c): the
 * model file's parser and scorer, its errors, the features a candidate
 * pair gets (through the hidden feature dump) and the coded relation a
 * model makes where the rules code nothing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "kg/kg.h"
#include "kg_test.h"
#include "kg_test_rel.h"
#include "extract/learned.h"

/* A model of three classes: "traded barbs" is disapproval (11), "with"
 * leans to cooperation (04). */
static const char tiny_model[] =
    "# a test model\n"
    "classes\tNONE\t04\t11\n"
    "threshold\t0.60\n"
    "bias\tNONE:1.0 04:0 11:0\n"
    "w:barbs\t11:3.0 NONE:-1.0\n"
    "w:with\t04:1.5\n";

static void model_parses_and_scores(void **state)
{
    kg_learned *m = NULL;
    char err[256] = "";
    const char *root = NULL;
    const char *feats[] = {"bias", "w:traded", "w:barbs", "w:with"};
    double p = 0;
    (void)state;
    assert_int_equal(kg_learned__parse(&m, tiny_model, strlen(tiny_model),
                                       err, sizeof(err)),
                     KG_OK);
    assert_true(kg_learned__threshold(m) > 0.59 &&
                kg_learned__threshold(m) < 0.61);
    /* scores NONE 0, 04 1.5, 11 3.0 (NONE's bias 1 - 1): 11 wins */
    kg_learned__score(m, feats, 4, &root, &p);
    assert_string_equal(root, "11");
    assert_true(p > 0.75 && p < 0.79); /* e^3 / (e^0 + e^1.5 + e^3) */
    /* no known feature: the bias alone, NONE most probable; the best
     * root is still named, with a low probability */
    kg_learned__score(m, feats, 2, &root, &p);
    assert_true(p < kg_learned__threshold(m));
    kg_learned__free(m);
}

static void expect_parse_error(const char *text, const char *msg)
{
    kg_learned *m = NULL;
    char err[256] = "";
    assert_int_equal(kg_learned__parse(&m, text, strlen(text), err,
                                       sizeof(err)),
                     KG_EPARSE);
    assert_null(m);
    assert_non_null(strstr(err, msg));
}

static void bad_model_is_a_clear_error(void **state)
{
    (void)state;
    expect_parse_error("classes\tNONE\t11\nw:x\t19:1.0\nthreshold\t0.5\n",
                       "line 2: weight of an unknown class");
    expect_parse_error("classes\tNONE\t11\nthreshold\t1.5\n",
                       "line 2: threshold must be a number from 0 to 1");
    expect_parse_error("classes\tNONE\t11\nthreshold\t0.5\nw:x\t11:abc\n",
                       "line 3: bad weight");
    expect_parse_error("w:x\t11:1\n", "line 1: rows before the classes");
    expect_parse_error("classes\t11\tNONE\nthreshold\t0.5\n",
                       "classes must start with NONE");
    expect_parse_error("classes\tNONE\t11\nw:x\t11:1\n",
                       "no classes or threshold line");
    expect_parse_error("classes\tNONE\t11\nthreshold\t0.5\nw:x\t11:1\n"
                       "w:x\t11:2\n",
                       "line 4: feature listed twice");
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "w");
    assert_non_null(fp);
    assert_int_equal(fputs(text, fp) >= 0, 1);
    assert_int_equal(fclose(fp), 0);
}

static void model_file_loads_or_names_itself(void **state)
{
    char dir[] = "/tmp/kg_test_learned_XXXXXX", path[256];
    kg_learned *m = NULL;
    char err[512] = "";
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/model.tsv", dir);
    assert_int_equal(kg_learned__load(&m, path, err, sizeof(err)),
                     KG_ENOTFOUND);
    write_file(path, tiny_model);
    assert_int_equal(kg_learned__load(&m, path, err, sizeof(err)), KG_OK);
    kg_learned__free(m);
    m = NULL;
    write_file(path, "classes\tNONE\t11\nthreshold\tmost\n");
    assert_int_equal(kg_learned__load(&m, path, err, sizeof(err)),
                     KG_EPARSE);
    assert_non_null(strstr(err, path)); /* the message names the file */
    assert_non_null(strstr(err, "line 2"));
    assert_int_equal(unlink(path), 0);
    assert_int_equal(rmdir(dir), 0);
}

/* The fixture ontology's files, and the model a copy of it holds. */
static const char *const fixture_files[] = {
    "agents.tsv",    "countries.tsv", "historical_states.tsv",
    "organizations.tsv", "people.tsv", "places.tsv",
    "relations.tsv", "shared_names.tsv", "titles.tsv",
    KG_LEARNED_FILE, NULL};

/* A copy of the fixture ontology (links) with a model beside it. */
static void fixture_with_model(char *dir, const char *model)
{
    char from[PATH_MAX], to[PATH_MAX], real[PATH_MAX];
    size_t k;
    assert_non_null(mkdtemp(dir));
    for (k = 0; fixture_files[k + 1]; k++) {
        snprintf(from, sizeof(from), "%s/%s", KG_TEST_FIXTURE,
                 fixture_files[k]);
        assert_non_null(realpath(from, real));
        snprintf(to, sizeof(to), "%s/%s", dir, fixture_files[k]);
        assert_int_equal(symlink(real, to), 0);
    }
    snprintf(to, sizeof(to), "%s/%s", dir, KG_LEARNED_FILE);
    write_file(to, model);
}

static void remove_fixture(const char *dir)
{
    char path[PATH_MAX];
    size_t k;
    for (k = 0; fixture_files[k]; k++) {
        snprintf(path, sizeof(path), "%s/%s", dir, fixture_files[k]);
        unlink(path);
    }
    rmdir(dir);
}

static kg_ctx *learned_ctx(const char *dir, unsigned flags)
{
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    opts.ontology_dir = dir;
    opts.flags = flags;
    assert_int_equal(kg_ctx_new(&ctx, &opts), KG_OK);
    return ctx;
}

/* "Sweden traded barbs with Turkey": no rule of the fixture reads
 * "traded barbs"; with the flag the model codes the pair 11, marked as
 * learned and less sure than its probability; without it, nothing. */
static void model_codes_an_uncoded_sentence(void **state)
{
    char dir[] = "/tmp/kg_test_learned_XXXXXX";
    const char *text = "Sweden traded barbs with Turkey on Monday.";
    kg_ctx *ctx;
    got g;
    (void)state;
    fixture_with_model(dir, tiny_model);
    ctx = learned_ctx(dir, 0);
    run((void **)&ctx, text, &g);
    assert_int_equal(g.n, 0);
    kg_ctx_free(ctx);
    ctx = learned_ctx(dir, KG_OPT_LEARNED);
    run((void **)&ctx, text, &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "learned", "TUR", "11");
    assert_non_null(strstr(g.json[0], "\"confidence\":0.3"));
    /* a sentence the rules code keeps their event alone */
    run((void **)&ctx, "Sweden accused Turkey, trading barbs with it.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "accuse", "TUR", "112");
    /* below the threshold: nothing ("with" alone gives 04
     * e^1.5 / (e^1 + e^0 + e^1.5): 0.55) */
    run((void **)&ctx, "Sweden sat with Turkey on Monday.", &g);
    assert_int_equal(g.n, 0);
    /* told across a comma, or with a verb of speech between: no direct
     * report of an act between the two (learn_direct) */
    run((void **)&ctx, "Sweden traded barbs, in Paris, with Turkey.", &g);
    assert_int_equal(g.n, 0);
    run((void **)&ctx, "Sweden said barbs were traded with Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* acted on by someone unnamed: no source (learn_patient) */
    run((void **)&ctx, "Sweden was pelted with barbs near Turkey.", &g);
    assert_int_equal(g.n, 0);
    /* the same words with the actor as the doer are coded */
    run((void **)&ctx, "Sweden pelted barbs near Turkey.", &g);
    assert_int_equal(g.n, 1);
    expect_rel(&g, 0, "SWE", "learned", "TUR", "11");
    kg_ctx_free(ctx);
    remove_fixture(dir);
}

/* The first feature-dump line kg writes for text, into line. */
static void first_dump_line(const char *text, char *line, size_t len)
{
    char path[] = "/tmp/kg_test_features_XXXXXX";
    kg_ctx *ctx = NULL;
    kg_options opts = KG_OPTIONS_INIT;
    FILE *fp;
    got g;
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    close(fd);
    assert_int_equal(setenv("KG_DUMP_FEATURES", path, 1), 0);
    opts.ontology_dir = KG_TEST_FIXTURE;
    assert_int_equal(kg_ctx_new(&ctx, &opts), KG_OK);
    unsetenv("KG_DUMP_FEATURES");
    run((void **)&ctx, text, &g);
    kg_ctx_free(ctx); /* (closes the dump) */
    fp = fopen(path, "r");
    assert_non_null(fp);
    assert_non_null(fgets(line, (int)len, fp));
    fclose(fp);
    unlink(path);
}

/* The features of "Turkey was criticised by Sweden over the fence": the
 * passive "by" names the source last, the words between and their
 * lemmas, the bigrams, the words after the target. */
static void features_of_a_passive_pair(void **state)
{
    char line[4096];
    (void)state;
    first_dump_line("Turkey was criticised by Sweden over the fence.", line,
                    sizeof(line));
    /* doc, sentence, the rules' coded events, source, target */
    assert_int_equal(strncmp(line, "t\t0\t", 4), 0);
    assert_non_null(strstr(line, "\tSWE\tTUR\t"));
    assert_non_null(strstr(line, " pass "));
    assert_non_null(strstr(line, " w:criticised "));
    assert_non_null(strstr(line, " l:criticise "));
    assert_non_null(strstr(line, " b:criticised_by "));
    assert_non_null(strstr(line, " bp:by "));
    assert_non_null(strstr(line, " a1:over "));
    assert_non_null(strstr(line, " ta:Country tb:Country "));
    assert_null(strstr(line, " neg"));
}

/* The lexicon's root of a word between the actors ("lx:") or after the
 * later one ("lxa:"), and whether the earlier actor opens its clause
 * ("sa:"): learn_lexicon, and ex_clause_subject in learn_features. */
static void features_of_lexicon_and_clause(void **state)
{
    char line[4096];
    (void)state;
    first_dump_line("Sweden bitterly accused Turkey of spying on Monday.",
                    line, sizeof(line));
    assert_non_null(strstr(line, "\tSWE\tTUR\t"));
    assert_non_null(strstr(line, " lx:11 "));
    assert_non_null(strstr(line, " sa:1 "));
    assert_null(strstr(line, " lxa:"));
    /* the verb after both actors; the earlier one after a preposition */
    first_dump_line("Talks with Sweden and Turkey condemn the raids.", line,
                    sizeof(line));
    assert_non_null(strstr(line, "\tSWE\tTUR\t"));
    assert_non_null(strstr(line, " lxa:11"));
    assert_non_null(strstr(line, " sa:0 "));
    assert_null(strstr(line, " lx:"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(model_parses_and_scores),
        cmocka_unit_test(bad_model_is_a_clear_error),
        cmocka_unit_test(model_file_loads_or_names_itself),
        cmocka_unit_test(model_codes_an_uncoded_sentence),
        cmocka_unit_test(features_of_a_passive_pair),
        cmocka_unit_test(features_of_lexicon_and_clause),
    };
    /* (the group's fixture context is the one without a model; the tests
     * that need a model or the dump make their own) */
    return cmocka_run_group_tests(tests, kg_test_ctx_setup,
                                  kg_test_ctx_teardown);
}
