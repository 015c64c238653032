/*
 * test_filters.c: the graph module's analysis and re-reading: Louvain
 * communities (grouping, numbering, determinism), kg_graph_filter (each
 * filter, their order, the ego network, errors) and kg_graph_load (a saved
 * GraphML read back gives the same graph and the same bytes; bad files are
 * refused with a message naming the line).  Run from the repository root
 * (make unit T=filters).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/kg.h"
#include "kg_test.h"

/* ---- a small dated graph ----
 *
 *   alpha -block-> beta     3 mentions: 2023-01-10 (0.9), 2023-02-10 (0.5),
 *                           undated (0.9)
 *   alpha -trade-> gamma    2023-03-01 (0.8)
 *   gamma -accuse-> delta   negated, 2023-02-15 (0.3)
 *   delta -praise-> eps     2023-04-01 (0.7) twice
 *   pers  -accuse-> alpha   2023-01-20 (0.9)
 */

static kg_entity ent(const char *id, const char *label, const char *type)
{
    kg_entity e;

    memset(&e, 0, sizeof(e));
    e.id = id;
    e.label = label;
    e.type = type;
    e.text = label;
    return e;
}

static kg_relation rel(const char *s,
                       const char *type,
                       const char *o,
                       const char *date,
                       double conf,
                       size_t sentence)
{
    kg_relation r;

    memset(&r, 0, sizeof(r));
    r.doc = "doc-1";
    r.sentence = sentence;
    r.start = 100 * sentence;
    r.end = 100 * sentence + 40;
    r.text = "A sentence, with \"quotes\" & <markup>.";
    r.subject = ent(s, s, "Country");
    r.object = ent(o, o, "Country");
    r.subject.start = r.start;
    r.subject.end = r.start + 1;
    r.object.start = r.start + 2;
    r.object.end = r.start + 10;
    r.type = type;
    r.label = type;
    r.rel_start = r.start + 11;
    r.rel_end = r.start + 15;
    r.modality = "asserted";
    r.confidence = conf;
    r.date = date;
    return r;
}

static kg_graph *build_sample(kg_ctx *ctx)
{
    kg_graph *g = NULL;
    kg_relation rs[8];
    size_t i;

    rs[0] = rel("alpha", "block", "beta", "2023-01-10", 0.9, 1);
    rs[0].subject.label = "Alpha";
    rs[0].subject.text = "Alphaland";
    rs[1] = rel("alpha", "block", "beta", "2023-02-10", 0.5, 2);
    rs[1].subject.label = "Alpha";
    rs[2] = rel("alpha", "block", "beta", NULL, 0.9, 3);
    rs[2].subject.label = "Alpha";
    rs[3] = rel("alpha", "trade", "gamma", "2023-03-01", 0.8, 4);
    rs[3].subject.label = "Alpha";
    rs[4] = rel("gamma", "accuse", "delta", "2023-02-15", 0.3, 5);
    rs[4].negated = 1;
    rs[5] = rel("delta", "praise", "eps", "2023-04-01", 0.7, 6);
    rs[6] = rel("delta", "praise", "eps", "2023-04-01", 0.7, 7);
    rs[7] = rel("pers", "accuse", "alpha", "2023-01-20", 0.9, 8);
    rs[7].subject = ent("pers", "Zoë «Ünïcode» Пётр 🚀", "Person");
    rs[7].object.label = "Alpha";
    if (kg_graph_new(&g, ctx) < 0)
        return NULL;
    for (i = 0; i < 8; i++)
        assert_int_equal(kg_graph_add_relation(g, &rs[i]), KG_OK);
    assert_int_equal(kg_graph_finalize(g), KG_OK);
    return g;
}

static const kg_edge *
find_edge(const kg_graph *g, const char *s, const char *type, const char *o)
{
    size_t i;

    for (i = 0; i < kg_graph_edge_count(g); i++) {
        const kg_edge *e = kg_graph_edge(g, i);
        if (!strcmp(kg_graph_node(g, e->source)->id, s) &&
            !strcmp(e->relation, type) &&
            !strcmp(kg_graph_node(g, e->target)->id, o))
            return e;
    }
    return NULL;
}

static int has_node(const kg_graph *g, const char *id)
{
    size_t i;

    for (i = 0; i < kg_graph_node_count(g); i++)
        if (!strcmp(kg_graph_node(g, i)->id, id))
            return 1;
    return 0;
}

/* Filter the sample with f; check the node and edge counts. */
static kg_graph *
filtered(kg_ctx *ctx, const kg_filter *f, size_t nodes, size_t edges)
{
    kg_graph *g = build_sample(ctx), *out = NULL;

    assert_non_null(g);
    assert_int_equal(kg_graph_filter(&out, g, f), KG_OK);
    kg_graph_free(g);
    assert_non_null(out);
    assert_int_equal(kg_graph_node_count(out), nodes);
    assert_int_equal(kg_graph_edge_count(out), edges);
    return out;
}

static void assert_same_graph(const kg_graph *a, const kg_graph *b)
{
    size_t i, j;

    assert_int_equal(kg_graph_node_count(a), kg_graph_node_count(b));
    assert_int_equal(kg_graph_edge_count(a), kg_graph_edge_count(b));
    for (i = 0; i < kg_graph_node_count(a); i++) {
        const kg_node *x = kg_graph_node(a, i), *y = kg_graph_node(b, i);
        assert_string_equal(x->id, y->id);
        assert_string_equal(x->label, y->label);
        assert_string_equal(x->type, y->type);
        assert_true(
            x->aliases == y->aliases ||
            (x->aliases && y->aliases && !strcmp(x->aliases, y->aliases)));
        assert_int_equal(x->mentions, y->mentions);
        assert_true(x->degree == y->degree);
        assert_true(x->weighted_degree == y->weighted_degree);
        assert_true(x->pagerank == y->pagerank);
        assert_true(x->betweenness == y->betweenness);
        assert_int_equal(x->community, y->community);
    }
    for (i = 0; i < kg_graph_edge_count(a); i++) {
        const kg_edge *x = kg_graph_edge(a, i), *y = kg_graph_edge(b, i);
        assert_string_equal(x->id, y->id);
        assert_int_equal(x->source, y->source);
        assert_int_equal(x->target, y->target);
        assert_string_equal(x->relation, y->relation);
        assert_int_equal(x->negated, y->negated);
        assert_int_equal(x->count, y->count);
        assert_true(x->weight == y->weight);
        assert_int_equal(x->nprov, y->nprov);
        for (j = 0; j < x->nprov; j++) {
            const kg_provenance *p = &x->prov[j], *q = &y->prov[j];
            assert_string_equal(p->doc, q->doc);
            assert_string_equal(p->text, q->text);
            assert_int_equal(p->sentence, q->sentence);
            assert_int_equal(p->subj_start, q->subj_start);
            assert_int_equal(p->obj_end, q->obj_end);
            assert_int_equal(p->rel_end, q->rel_end);
            assert_true(p->confidence == q->confidence);
            assert_true(p->date == q->date ||
                        (p->date && q->date && !strcmp(p->date, q->date)));
        }
    }
}

/* ---- communities ---- */

static void communities_group_dense_parts(void **state)
{
    static const char *const a[] = {"c_a", "c_b", "c_c"};
    static const char *const b[] = {"c_d", "c_e", "c_f"};
    kg_graph *g = NULL, *h = NULL;
    kg_relation rs[16];
    size_t n = 0, i, j;

    for (i = 0; i < 3; i++)
        for (j = 0; j < 3; j++)
            if (i != j) {
                rs[n] = rel(a[i], "meet", a[j], NULL, 0.9, n);
                n++;
                rs[n] = rel(b[i], "meet", b[j], NULL, 0.9, n);
                n++;
            }
    rs[n] = rel("c_c", "meet", "c_d", NULL, 0.1, n);
    n++;
    assert_int_equal(kg_graph_new(&g, *state), KG_OK);
    assert_int_equal(kg_graph_new(&h, *state), KG_OK);
    for (i = 0; i < n; i++) {
        assert_int_equal(kg_graph_add_relation(g, &rs[i]), KG_OK);
        assert_int_equal(kg_graph_add_relation(h, &rs[n - 1 - i]), KG_OK);
    }
    assert_int_equal(kg_graph_finalize(g), KG_OK);
    assert_int_equal(kg_graph_finalize(h), KG_OK);
    /* nodes sorted c_a..c_f; numbered by first node */
    assert_int_equal(kg_graph_node(g, 0)->community, 0);
    assert_int_equal(kg_graph_node(g, 1)->community, 0);
    assert_int_equal(kg_graph_node(g, 2)->community, 0);
    assert_int_equal(kg_graph_node(g, 3)->community, 1);
    assert_int_equal(kg_graph_node(g, 4)->community, 1);
    assert_int_equal(kg_graph_node(g, 5)->community, 1);
    assert_same_graph(g, h);
    kg_graph_free(g);
    kg_graph_free(h);
}

/* ---- filters ---- */

static void filter_init_keeps_everything(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g = build_sample(*state), *out = NULL;

    assert_int_equal(kg_graph_node_count(g), 6);
    assert_int_equal(kg_graph_edge_count(g), 5);
    assert_int_equal(kg_graph_filter(&out, g, &f), KG_OK);
    assert_same_graph(g, out);
    kg_graph_free(g);
    kg_graph_free(out);
}

static void filter_min_count(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g;

    f.min_count = 2;
    g = filtered(*state, &f, 4, 2);
    assert_non_null(find_edge(g, "alpha", "block", "beta"));
    assert_non_null(find_edge(g, "delta", "praise", "eps"));
    assert_false(has_node(g, "gamma"));
    kg_graph_free(g);
}

static void filter_min_confidence_recounts(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    const kg_edge *e;
    kg_graph *g;
    size_t i;

    f.min_confidence = 0.8;
    g = filtered(*state, &f, 4, 3);
    e = find_edge(g, "alpha", "block", "beta");
    assert_non_null(e);
    assert_int_equal(e->count, 2);
    assert_true(e->weight > 1.79 && e->weight < 1.81);
    assert_string_equal(e->first_date, "2023-01-10");
    assert_string_equal(e->last_date, "2023-01-10");
    /* mentions recomputed: alpha is in block (2), trade (1), accuse (1) */
    for (i = 0; i < kg_graph_node_count(g); i++)
        if (!strcmp(kg_graph_node(g, i)->id, "alpha"))
            assert_int_equal(kg_graph_node(g, i)->mentions, 4);
    kg_graph_free(g);
}

static void filter_dates(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g;

    f.since = "2023-02";
    f.until = "2023-02";
    g = filtered(*state, &f, 4, 2);
    assert_int_equal(find_edge(g, "alpha", "block", "beta")->count, 1);
    assert_non_null(find_edge(g, "gamma", "accuse", "delta"));
    kg_graph_free(g);

    f.since = NULL;
    f.until = "2023-01-15";
    g = filtered(*state, &f, 2, 1); /* the undated mention goes too */
    assert_int_equal(find_edge(g, "alpha", "block", "beta")->count, 1);
    kg_graph_free(g);

    f.since = "2023-04-01";
    f.until = NULL;
    g = filtered(*state, &f, 2, 1);
    assert_int_equal(find_edge(g, "delta", "praise", "eps")->count, 2);
    kg_graph_free(g);
}

static void filter_relations_types_negated(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g;

    f.relations = " accuse, Praise ";
    g = filtered(*state, &f, 5, 3);
    kg_graph_free(g);

    f.relations = NULL;
    f.types = "country";
    g = filtered(*state, &f, 5, 4);
    assert_false(has_node(g, "pers"));
    kg_graph_free(g);

    f.types = NULL;
    f.no_negated = 1;
    g = filtered(*state, &f, 6, 4);
    assert_null(find_edge(g, "gamma", "accuse", "delta"));
    kg_graph_free(g);
}

static void filter_ego(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g;

    f.ego = "gamma";
    g = filtered(*state, &f, 3, 2);
    assert_non_null(find_edge(g, "alpha", "trade", "gamma"));
    assert_non_null(find_edge(g, "gamma", "accuse", "delta"));
    kg_graph_free(g);

    f.depth = 2;
    g = filtered(*state, &f, 6, 5);
    kg_graph_free(g);

    /* by label, by alias (the ways a name was written), folded */
    f.depth = 1;
    f.ego = "ALPHA";
    g = filtered(*state, &f, 4, 3);
    kg_graph_free(g);
    f.ego = "alphaland";
    g = filtered(*state, &f, 4, 3);
    kg_graph_free(g);
    f.ego = " zoe  «unicode»\nпётр 🚀";
    g = filtered(*state, &f, 2, 1);
    kg_graph_free(g);

    /* the ego stays when no edge is left around it */
    f.ego = "eps";
    f.relations = "block";
    g = filtered(*state, &f, 1, 0);
    assert_true(has_node(g, "eps"));
    kg_graph_free(g);
}

static void filter_errors(void **state)
{
    kg_filter f = KG_FILTER_INIT;
    kg_graph *g = build_sample(*state), *out = NULL;

    f.ego = "nobody at all";
    assert_int_equal(kg_graph_filter(&out, g, &f), KG_ENOTFOUND);
    assert_null(out);
    assert_non_null(strstr(kg_ctx_errmsg(*state), "nobody at all"));
    f.ego = NULL;
    f.version = 99;
    assert_int_equal(kg_graph_filter(&out, g, &f), KG_EINVAL);
    assert_null(out);
    kg_graph_free(g);
}

/* ---- loading a saved graph ---- */

static char *slurp(const char *path)
{
    FILE *fp = fopen(path, "rb");
    char *buf;
    long n;

    if (!fp)
        return NULL;
    fseek(fp, 0, SEEK_END);
    n = ftell(fp);
    fseek(fp, 0, SEEK_SET);
    buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, fp) == (size_t)n)
        buf[n] = '\0';
    fclose(fp);
    return buf;
}

static void write_file(const char *path, const char *text)
{
    FILE *fp = fopen(path, "wb");

    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
}

static void load_gives_back_the_saved_graph(void **state)
{
    char dir[] = "/tmp/kg-test-filters-XXXXXX";
    char a[128], b[128];
    kg_graph *g = build_sample(*state), *back = NULL;
    char *x, *y;

    assert_non_null(mkdtemp(dir));
    snprintf(a, sizeof(a), "%s/a.graphml", dir);
    snprintf(b, sizeof(b), "%s/b.graphml", dir);
    assert_int_equal(kg_export_graphml(g, a), KG_OK);
    assert_int_equal(kg_graph_load(&back, *state, a), KG_OK);
    assert_same_graph(g, back);
    assert_int_equal(kg_export_graphml(back, b), KG_OK);
    x = slurp(a);
    y = slurp(b);
    assert_non_null(x);
    assert_non_null(y);
    assert_string_equal(x, y);
    free(x);
    free(y);
    unlink(a);
    unlink(b);
    rmdir(dir);
    kg_graph_free(g);
    kg_graph_free(back);
}

#define GML_HEAD                                                               \
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"                             \
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"              \
    "<key id=\"label\" for=\"edge\" attr.name=\"label\" "                      \
    "attr.type=\"string\"/>\n"                                                 \
    "<key id=\"d9\" for=\"edge\" attr.name=\"provenance\" "                    \
    "attr.type=\"string\"/>\n"                                                 \
    "<key id=\"nm\" for=\"node\" attr.name=\"label\" "                         \
    "attr.type=\"string\"/>\n"                                                 \
    "<graph edgedefault=\"directed\">\n"                                       \
    "<node id=\"a\"><data key=\"nm\">A</data></node><node id=\"b\"/>\n"

#define GML_PROV(text, sentence)                                               \
    "[{\"doc\":\"d\",\"sentence\":" sentence ",\"start\":0,\"end\":3,"         \
    "\"subject\":[0,1],\"relation\":[1,2],\"object\":[2,3],\"text\":\"" text   \
    "\",\"date\":null,\"attributed_to\":null,\"confidence\":0.5}]"

typedef struct bad_file {
    const char *name, *text, *expect; /* expect: a part of the message */
} bad_file;

static void load_refuses_bad_files(void **state)
{
    static const bad_file bad[] = {
        {"json", "{\"not\": \"xml\"}\n", "bad.json:1"},
        {"html", "<html><body>x</body></html>\n", "not a GraphML file"},
        {"truncated", GML_HEAD "<edge source=\"a\" target=\"b\">", "bad"},
        {"cut-in-data",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                  "<data key=\"d9\">[{&quot;doc&quot;",
         "bad.cut-in-data:"},
        {"empty-data",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                  "<data key=\"label\"></data><data key=\"d9\"/></edge>\n"
                  "</graph></graphml>\n",
         "provenance is not a JSON array"},
        {"doctype",
         "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [<!ENTITY x \"y\">]>\n"
         "<graphml/>\n",
         "DOCTYPE"},
        {"no-provenance",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                  "<data key=\"label\">meet</data></edge>\n</graph>"
                  "</graphml>\n",
         "no kg provenance"},
        {"bad-provenance",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                  "<data key=\"label\">meet</data><data key=\"d9\">"
                  "[{\"doc\":\"d\",\"sentence\":-1}]</data></edge>\n"
                  "</graph></graphml>\n",
         "malformed"},
        {"unknown-node",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"zz\">"
                  "<data key=\"label\">meet</data><data key=\"d9\">" GML_PROV(
                      "abc", "0") "</data></edge>\n</graph></graphml>\n",
         "zz"},
        {"undeclared-key",
         GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                  "<data key=\"nope\">x</data></edge>\n</graph></graphml>\n",
         "nope"},
    };
    char dir[] = "/tmp/kg-test-filters-XXXXXX";
    char path[160];
    kg_graph *g = NULL;
    size_t i;

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/missing.graphml", dir);
    assert_int_equal(kg_graph_load(&g, *state, path), KG_ENOTFOUND);
    assert_null(g);
    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        snprintf(path, sizeof(path), "%s/bad.%s", dir, bad[i].name);
        write_file(path, bad[i].text);
        if (kg_graph_load(&g, *state, path) != KG_EPARSE)
            fail_msg("%s: not a parse error: %s", bad[i].name,
                     kg_ctx_errmsg(*state));
        assert_null(g);
        if (!strstr(kg_ctx_errmsg(*state), bad[i].expect))
            fail_msg("%s: message '%s' lacks '%s'", bad[i].name,
                     kg_ctx_errmsg(*state), bad[i].expect);
        assert_null(strchr(kg_ctx_errmsg(*state), '\n'));
        unlink(path);
    }
    rmdir(dir);
}

static void load_cleans_strings(void **state)
{
    char dir[] = "/tmp/kg-test-filters-XXXXXX";
    char path[160];
    kg_graph *g = NULL;
    const kg_edge *e;

    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/ok.graphml", dir);
    /* keys found by attr.name whatever their ids; a control character in
     * the provenance JSON is dropped, not passed on to the writers */
    write_file(path, GML_HEAD "<edge id=\"e0\" source=\"a\" target=\"b\">"
                              "<data key=\"label\">meet</data>"
                              "<data key=\"d9\">" GML_PROV(
                                  "a\\u0007b\\u00e9", "2") "</data></edge>\n"
                                                           "</graph>"
                                                           "</graphml>\n");
    assert_int_equal(kg_graph_load(&g, *state, path), KG_OK);
    assert_int_equal(kg_graph_node_count(g), 2);
    assert_int_equal(kg_graph_edge_count(g), 1);
    assert_string_equal(kg_graph_node(g, 0)->label, "A");
    e = kg_graph_edge(g, 0);
    assert_string_equal(e->relation, "meet");
    assert_int_equal(e->count, 1);
    assert_int_equal(e->prov[0].sentence, 2);
    assert_string_equal(e->prov[0].text, "ab\xc3\xa9");
    kg_graph_free(g);
    unlink(path);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(communities_group_dense_parts),
        cmocka_unit_test(filter_init_keeps_everything),
        cmocka_unit_test(filter_min_count),
        cmocka_unit_test(filter_min_confidence_recounts),
        cmocka_unit_test(filter_dates),
        cmocka_unit_test(filter_relations_types_negated),
        cmocka_unit_test(filter_ego),
        cmocka_unit_test(filter_errors),
        cmocka_unit_test(load_gives_back_the_saved_graph),
        cmocka_unit_test(load_refuses_bad_files),
        cmocka_unit_test(load_cleans_strings),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");

    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, kg_test_ctx_setup,
                                  kg_test_ctx_teardown);
}
