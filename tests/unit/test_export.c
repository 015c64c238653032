/*
 * test_export.c: the exporters on a small hand-made graph: every format is
 * written, no temporary file is left, two runs give identical bytes, a bad
 * path fails cleanly, and the format rules that readers depend on hold
 * (GraphML key rules and schema, JSON-LD context and negation, DOT
 * escaping).  Run with KG_ONTOLOGY_DIR=ontology (make unit T=export).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cJSON.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/relaxng.h>
#include <libxml/xmlschemas.h>

#include "kg/kg.h"

#include "core/ctx_internal.h"
#include "export/export_util.h"

typedef int (*export_fn)(const kg_graph *, const char *);

typedef struct fixture {
    kg_ctx *ctx;
    kg_graph *g;     /* the test graph */
    kg_graph *empty; /* a finalized graph without nodes */
    char dir[64];
} fixture;

static const struct {
    const char *name;
    export_fn fn;
} formats[] = {
    {"graph.dot", kg_export_dot},
    {"graph.graphml", kg_export_graphml},
    {"graph.jsonld", kg_export_jsonld},
    {"graph.svg", kg_export_svg},
    {"graph.gexf", kg_export_gexf},
    {"nodes.csv", kg_export_neo4j_nodes},
    {"relationships.csv", kg_export_neo4j_relationships},
    {"graph.cypher", kg_export_cypher},
    {"graph.jsonl", kg_export_jsonl},
    {"graph.png", kg_export_png},
};
#define NFORMATS (sizeof(formats) / sizeof(formats[0]))

/* Labels with everything the writers must escape. */
#define NASTY_PERSON "Dr. \"Q\" \\N <&> O'Brien\\"
#define NASTY_REL    "says \"hi\" \\ <&> to"
/* A name on two lines, in four scripts, with markup and an emoji. */
#define NASTY_ORG \
    "Ali & \"Sons\" <Ltd>\n" \
    "\xd0\x97\xd0\x90\xd0\x9e \xc2\xab\xd0\xa0\xd0\xbe" \
    "\xd0\xbc\xd0\xb0\xc2\xbb " \
    "\xf0\x9f\x9a\x80 \xd8\xb9\xd8\xb1\xd8\xa8\xd9\x8a " \
    "\xce\x95\xce\xbb\xce\xbb\xce\xac\xce\xb4\xce\xb1"

static kg_entity entity(const char *id, const char *label, const char *type)
{
    kg_entity e;

    memset(&e, 0, sizeof(e));
    e.id = id;
    e.label = label;
    e.type = type;
    e.text = label;
    return e;
}

static kg_relation relation(const char *doc,
                            size_t sentence,
                            const char *type,
                            const char *label,
                            const char *cameo)
{
    kg_relation r;

    memset(&r, 0, sizeof(r));
    r.doc = doc;
    r.sentence = sentence;
    r.start = 10 * sentence;
    r.end = 10 * sentence + 9;
    r.text = "Turkey blocked \"Sweden's\" bid & <others>.";
    r.date = "2023-05-12";
    r.type = type;
    r.label = label;
    r.rel_text = label;
    r.rel_start = r.start + 1;
    r.rel_end = r.start + 3;
    r.cameo = cameo;
    r.modality = "asserted";
    r.confidence = 0.75;
    return r;
}

static void add(fixture *f, const kg_relation *r)
{
    assert_int_equal(kg_graph_add_relation(f->g, r), KG_OK);
}

static void build_graph(fixture *f)
{
    kg_relation r;
    kg_entity speaker = entity("TUR", "Turkey", "Country");

    /* TUR blocks SWE, twice (merged: count 2). */
    r = relation("doc-a", 1, "block", "blocks", "112");
    r.subject = entity("TUR", "Turkey", "Country");
    r.object = entity("SWE", "Sweden", "Country");
    add(f, &r);
    r = relation("doc-b", 2, "block", "blocks", "112");
    r.subject = entity("TUR", "Turkey", "Country");
    r.object = entity("SWE", "Sweden", "Country");
    r.date = "2023-05-28";
    add(f, &r);

    /* Russian-Turkish trade reaches $62 billion: a value object. */
    r = relation("doc-a", 3, "trade", "trade reaches", NULL);
    r.subject = entity("RUS", "Russia", "Country");
    r.object = entity("money_usd_62000000000", "$62 billion", "MonetaryAmount");
    r.object.is_value = 1;
    r.object.value = 6.2e10;
    r.object.unit = "USD";
    r.confidence = 0.5;
    add(f, &r);

    /* "We have not reached a stage where we impose sanctions on Russia." */
    r = relation("doc-a", 4, "sanction", "imposes sanctions on", "163");
    r.subject = entity("TUR", "Turkey", "Country");
    r.object = entity("RUS", "Russia", "Country");
    r.negated = 1;
    r.attributed_to = &speaker;
    add(f, &r);

    /* Quotes, backslashes and markup in labels. */
    r = relation("doc-c", 0, "praise", NASTY_REL, "051");
    r.subject = entity("person_nasty", NASTY_PERSON, "Person");
    r.object = entity("RUS", "Russia", "Country");
    r.modality = "reported";
    add(f, &r);

    /* ... and a name in four scripts on two lines, as the object. */
    r = relation("doc-c", 1, "accuse", "accuses", "112");
    r.subject = entity("person_nasty", NASTY_PERSON, "Person");
    r.object = entity("org_nasty", NASTY_ORG, "Organization");
    add(f, &r);

    assert_int_equal(kg_graph_finalize(f->g), KG_OK);
}

static int group_setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    int err;

    *state = f;
    if (!f)
        return -1;
    kg_global_init();
    err = kg_ctx_new(&f->ctx, NULL);
    if (err < 0) {
        fprintf(stderr, "kg_ctx_new: %s\n", kg_ctx_errmsg(f->ctx));
        return -1;
    }
    if (kg_graph_new(&f->g, f->ctx) < 0 ||
        kg_graph_new(&f->empty, f->ctx) < 0 || kg_graph_finalize(f->empty) < 0)
        return -1;
    build_graph(f);
    snprintf(f->dir, sizeof(f->dir), "/tmp/kg-test-export-XXXXXX");
    if (!mkdtemp(f->dir)) {
        f->dir[0] = '\0';
        return -1;
    }
    return 0;
}

static void remove_dir_files(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char path[512];

    if (!d)
        return;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
        unlink(path);
    }
    closedir(d);
}

static int group_teardown(void **state)
{
    fixture *f = *state;

    if (!f)
        return 0;
    if (f->dir[0] && getenv("KG_TEST_KEEP")) {
        /* KG_TEST_KEEP=1 keeps the outputs for inspection. */
        fprintf(stderr, "test_export: outputs kept in %s\n", f->dir);
    } else if (f->dir[0]) {
        remove_dir_files(f->dir);
        rmdir(f->dir);
    }
    kg_graph_free(f->g);
    kg_graph_free(f->empty);
    kg_ctx_free(f->ctx);
    free(f);
    kg_export__dot_shutdown();
    kg_global_shutdown();
    return 0;
}

/* ---- helpers ---- */

static char *slurp(const char *path, size_t *len_out)
{
    FILE *fp = fopen(path, "rb");
    char *buf = NULL;
    long n;

    if (!fp)
        return NULL;
    if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
        fseek(fp, 0, SEEK_SET) == 0 && (buf = malloc((size_t)n + 1))) {
        if (fread(buf, 1, (size_t)n, fp) != (size_t)n) {
            free(buf);
            buf = NULL;
        } else {
            buf[n] = '\0';
            if (len_out)
                *len_out = (size_t)n;
        }
    }
    fclose(fp);
    return buf;
}

static void path_of(const fixture *f, const char *name, char *out, size_t n)
{
    snprintf(out, n, "%s/%s", f->dir, name);
}

/* No "*.tmp.*" file in dir. */
static void assert_no_temporaries(const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *de;

    assert_non_null(d);
    while ((de = readdir(d)) != NULL)
        if (strstr(de->d_name, ".tmp.")) {
            closedir(d);
            fail_msg("temporary file left behind: %s", de->d_name);
        }
    closedir(d);
}

static char *export_and_read(fixture *f, size_t i, size_t *len)
{
    char path[256];
    int err;

    path_of(f, formats[i].name, path, sizeof(path));
    err = formats[i].fn(f->g, path);
    if (err < 0)
        fail_msg("%s: %s", formats[i].name, kg_ctx_errmsg(f->ctx));
    return slurp(path, len);
}

/* ---- tests: all formats ---- */

static void export_writes_every_format(void **state)
{
    fixture *f = *state;
    size_t i, len = 0;

    for (i = 0; i < NFORMATS; i++) {
        char *s = export_and_read(f, i, &len);
        assert_non_null(s);
        assert_true(len > 0);
        free(s);
    }
    assert_no_temporaries(f->dir);
}

static void export_is_deterministic(void **state)
{
    fixture *f = *state;
    size_t i, len1 = 0, len2 = 0;

    for (i = 0; i < NFORMATS; i++) {
        char *a = export_and_read(f, i, &len1);
        char *b = export_and_read(f, i, &len2);
        assert_non_null(a);
        assert_non_null(b);
        assert_int_equal(len1, len2);
        if (memcmp(a, b, len1) != 0)
            fail_msg("%s differs between two runs", formats[i].name);
        free(a);
        free(b);
    }
}

static void export_bad_path_fails_cleanly(void **state)
{
    fixture *f = *state;
    char path[256];
    struct stat st;
    size_t i;

    for (i = 0; i < NFORMATS; i++) {
        snprintf(path, sizeof(path), "%s/missing-dir/%s", f->dir,
                 formats[i].name);
        kg_ctx__clear_error(f->ctx);
        assert_true(formats[i].fn(f->g, path) < 0);
        assert_true(strlen(kg_ctx_errmsg(f->ctx)) > 0);
        assert_null(strchr(kg_ctx_errmsg(f->ctx), '\n'));
        assert_int_not_equal(stat(path, &st), 0);
    }
    snprintf(path, sizeof(path), "%s/missing-dir", f->dir);
    assert_int_not_equal(stat(path, &st), 0);
    assert_no_temporaries(f->dir);
}

static void export_keeps_previous_file_on_failure(void **state)
{
    fixture *f = *state;
    char path[256];
    struct stat st;

    /* A directory where the file should be: rename fails, the directory
     * stays and no temporary is left. */
    path_of(f, "is-a-dir.graphml", path, sizeof(path));
    assert_int_equal(mkdir(path, 0700), 0);
    assert_int_equal(kg_export_graphml(f->g, path), KG_EIO);
    assert_int_equal(stat(path, &st), 0);
    assert_true(S_ISDIR(st.st_mode));
    assert_no_temporaries(f->dir);
    rmdir(path);
}

static void export_empty_graph(void **state)
{
    fixture *f = *state;
    char path[256];
    size_t i;

    for (i = 0; i < NFORMATS; i++) {
        snprintf(path, sizeof(path), "%s/empty-%s", f->dir, formats[i].name);
        if (formats[i].fn(f->empty, path) < 0)
            fail_msg("%s: %s", formats[i].name, kg_ctx_errmsg(f->ctx));
    }
    assert_no_temporaries(f->dir);
}

/* ---- GraphML ---- */

static xmlNodePtr first_element(xmlNodePtr n)
{
    for (; n; n = n->next)
        if (n->type == XML_ELEMENT_NODE)
            return n;
    return NULL;
}

static int has_name(xmlNodePtr n, const char *name)
{
    return n && strcmp((const char *)n->name, name) == 0;
}

static char *prop(xmlNodePtr n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static void graphml_keys_and_edges(void **state)
{
    fixture *f = *state;
    char path[256];
    xmlDocPtr doc;
    xmlNodePtr root, n, graph = NULL;
    size_t nkeys = 0, nedges = 0, nnodes = 0;
    int saw_nasty = 0;

    path_of(f, "graph.graphml", path, sizeof(path));
    assert_int_equal(kg_export_graphml(f->g, path), KG_OK);
    doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    root = xmlDocGetRootElement(doc);
    assert_true(has_name(root, "graphml"));
    for (n = first_element(root->children); n; n = first_element(n->next)) {
        if (has_name(n, "key")) {
            const char *ok_types[] = {"boolean", "int",    "long",
                                      "float",   "double", "string"};
            char *id = prop(n, "id"), *dom = prop(n, "for");
            char *name = prop(n, "attr.name"), *type = prop(n, "attr.type");
            size_t t;
            int type_ok = 0;

            assert_non_null(id);
            assert_non_null(dom);
            assert_non_null(name);
            assert_non_null(type);
            /* never d0..dN */
            assert_false(id[0] == 'd' && id[1] >= '0' && id[1] <= '9');
            for (t = 0; t < 6; t++)
                type_ok |= strcmp(type, ok_types[t]) == 0;
            assert_true(type_ok);
            assert_null(first_element(n->children)); /* no <default> */
            xmlFree(id);
            xmlFree(dom);
            xmlFree(name);
            xmlFree(type);
            nkeys++;
        } else if (has_name(n, "graph")) {
            graph = n;
        }
    }
    assert_true(nkeys >= 24);
    assert_non_null(graph);
    {
        char *ed = prop(graph, "edgedefault");
        assert_string_equal(ed, "directed");
        xmlFree(ed);
    }
    for (n = first_element(graph->children); n; n = first_element(n->next)) {
        if (has_name(n, "node")) {
            xmlNodePtr d;
            nnodes++;
            for (d = first_element(n->children); d;
                 d = first_element(d->next)) {
                char *key = prop(d, "key");
                xmlChar *txt = xmlNodeGetContent(d);
                if (strcmp(key, "name") == 0 &&
                    strcmp((const char *)txt, NASTY_PERSON) == 0)
                    saw_nasty = 1;
                xmlFree(key);
                xmlFree(txt);
            }
        } else if (has_name(n, "edge")) {
            xmlNodePtr d = first_element(n->children);
            char *key;
            nedges++;
            assert_non_null(d);
            key = prop(d, "key");
            assert_string_equal(key, "label");
            xmlFree(key);
        }
    }
    assert_int_equal(nnodes, kg_graph_node_count(f->g));
    assert_int_equal(nedges, kg_graph_edge_count(f->g));
    assert_true(saw_nasty);
    xmlFreeDoc(doc);
}

/* Validate against ../shared/schemas/graphml/graphml.xsd when present. */
static void graphml_validates_against_xsd(void **state)
{
    fixture *f = *state;
    const char *shared = getenv("KG_SHARED");
    char xsd[512], path[256];
    xmlSchemaParserCtxtPtr pctx;
    xmlSchemaPtr schema;
    xmlSchemaValidCtxtPtr vctx;
    xmlDocPtr doc;
    struct stat st;

    snprintf(xsd, sizeof(xsd), "%s/schemas/graphml/graphml.xsd",
             shared ? shared : "../shared");
    if (stat(xsd, &st) != 0)
        skip();
    path_of(f, "graph.graphml", path, sizeof(path));
    assert_int_equal(kg_export_graphml(f->g, path), KG_OK);
    pctx = xmlSchemaNewParserCtxt(xsd);
    assert_non_null(pctx);
    schema = xmlSchemaParse(pctx);
    xmlSchemaFreeParserCtxt(pctx);
    assert_non_null(schema);
    vctx = xmlSchemaNewValidCtxt(schema);
    doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    assert_int_equal(xmlSchemaValidateDoc(vctx, doc), 0);
    xmlFreeDoc(doc);
    xmlSchemaFreeValidCtxt(vctx);
    xmlSchemaFree(schema);
}

/* ---- JSON-LD ---- */

static cJSON *read_json(const char *path)
{
    char *s = slurp(path, NULL);
    cJSON *j;

    assert_non_null(s);
    j = cJSON_Parse(s);
    free(s);
    assert_non_null(j);
    return j;
}

static void jsonld_context_matches_ontology_file(void **state)
{
    fixture *f = *state;
    char path[256], ctxpath[512];
    cJSON *out, *file;

    path_of(f, "graph.jsonld", path, sizeof(path));
    assert_int_equal(kg_export_jsonld(f->g, path), KG_OK);
    snprintf(ctxpath, sizeof(ctxpath), "%s/context.jsonld",
             kg_ctx_ontology_dir(f->ctx));
    out = read_json(path);
    file = read_json(ctxpath);
    assert_true(
        cJSON_Compare(cJSON_GetObjectItemCaseSensitive(out, "@context"),
                      cJSON_GetObjectItemCaseSensitive(file, "@context"), 1));
    cJSON_Delete(out);
    cJSON_Delete(file);
}

static void jsonld_negated_edge_is_not_asserted(void **state)
{
    fixture *f = *state;
    char path[256];
    cJSON *doc, *graph, *o;
    int statements = 0, negated_statement = 0, direct_sanction = 0;
    int direct_block = 0, wikidata = 0;

    path_of(f, "graph.jsonld", path, sizeof(path));
    assert_int_equal(kg_export_jsonld(f->g, path), KG_OK);
    doc = read_json(path);
    graph = cJSON_GetObjectItemCaseSensitive(doc, "@graph");
    assert_true(cJSON_IsArray(graph));
    cJSON_ArrayForEach(o, graph) {
        cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "@id");
        cJSON *pred = cJSON_GetObjectItemCaseSensitive(o, "predicate");
        cJSON *same = cJSON_GetObjectItemCaseSensitive(o, "sameAs");

        assert_true(cJSON_IsString(id));
        assert_true(strncmp(id->valuestring, "https://", 8) == 0);
        if (cJSON_GetObjectItemCaseSensitive(o, "kg:sanction"))
            direct_sanction++;
        if (cJSON_GetObjectItemCaseSensitive(o, "kg:block"))
            direct_block++;
        if (cJSON_IsString(same) &&
            strcmp(same->valuestring, "http://www.wikidata.org/entity/Q43") ==
                0)
            wikidata++;
        if (cJSON_IsString(pred)) {
            statements++;
            if (strcmp(pred->valuestring, "kg:sanction") == 0) {
                assert_true(cJSON_IsTrue(
                    cJSON_GetObjectItemCaseSensitive(o, "negated")));
                negated_statement++;
            }
        }
    }
    assert_int_equal(statements, (int)kg_graph_edge_count(f->g));
    assert_int_equal(negated_statement, 1);
    assert_int_equal(direct_sanction, 0);
    assert_int_equal(direct_block, 1);
    assert_int_equal(wikidata, 1);
    cJSON_Delete(doc);
}

/* ---- DOT ---- */

static void dot_escapes_and_styles(void **state)
{
    fixture *f = *state;
    size_t len = 0;
    char *s = export_and_read(f, 0, &len);

    assert_non_null(s);
    assert_non_null(strstr(s, "digraph"));
    /* backslashes doubled, '&' as an entity, quotes escaped once by
     * agwrite, the newline as \n */
    assert_non_null(strstr(s, "Dr. \\\"Q\\\" \\\\N <&amp;> O'Brien\\\\\""));
    assert_non_null(strstr(s, "Ali &amp; \\\"Sons\\\" <Ltd>\\n"));
    assert_non_null(strstr(s, "style=dashed"));
    assert_non_null(strstr(s, "not: imposes sanctions on"));
    /* the analysis as node attributes, the legend as the graph label */
    assert_non_null(strstr(s, "community="));
    assert_non_null(strstr(s, "pagerank="));
    assert_non_null(strstr(s, "relation=block"));
    assert_non_null(strstr(s, "label=<<table"));
    /* quad 3 (verbal conflict: 112) orange, quad 1 (051) green */
    assert_non_null(strstr(s, "#ef6c00"));
    assert_non_null(strstr(s, "#2e7d32"));
    free(s);
}

static void svg_is_well_formed(void **state)
{
    fixture *f = *state;
    char path[256];
    xmlDocPtr doc;

    path_of(f, "graph.svg", path, sizeof(path));
    assert_int_equal(kg_export_svg(f->g, path), KG_OK);
    doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    assert_true(has_name(xmlDocGetRootElement(doc), "svg"));
    xmlFreeDoc(doc);
}

/* ---- GEXF ---- */

/* Validate against ../shared/schemas/gexf/gexf.rng when present. */
static void gexf_validates_against_rng(void **state)
{
    fixture *f = *state;
    const char *shared = getenv("KG_SHARED");
    char rng[512], path[256];
    xmlRelaxNGParserCtxtPtr pctx;
    xmlRelaxNGPtr schema;
    xmlRelaxNGValidCtxtPtr vctx;
    xmlDocPtr doc;
    struct stat st;

    snprintf(rng, sizeof(rng), "%s/schemas/gexf/gexf.rng",
             shared ? shared : "../shared");
    if (stat(rng, &st) != 0)
        skip();
    path_of(f, "graph.gexf", path, sizeof(path));
    assert_int_equal(kg_export_gexf(f->g, path), KG_OK);
    pctx = xmlRelaxNGNewParserCtxt(rng);
    assert_non_null(pctx);
    schema = xmlRelaxNGParse(pctx);
    xmlRelaxNGFreeParserCtxt(pctx);
    assert_non_null(schema);
    vctx = xmlRelaxNGNewValidCtxt(schema);
    doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    assert_int_equal(xmlRelaxNGValidateDoc(vctx, doc), 0);
    xmlFreeDoc(doc);
    xmlRelaxNGFreeValidCtxt(vctx);
    xmlRelaxNGFree(schema);
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
    for (n = first_element(n ? n->children : NULL); n;
         n = first_element(n->next))
        if (has_name(n, name))
            return n;
    return NULL;
}

static void gexf_kinds_spells_and_labels(void **state)
{
    fixture *f = *state;
    char path[256], keys[64][160];
    xmlDocPtr doc;
    xmlNodePtr graph, n;
    size_t nkeys = 0, i, nnodes = 0;
    int saw_negated = 0, saw_nasty = 0, tur_spells = 0;
    char *mode;

    path_of(f, "graph.gexf", path, sizeof(path));
    assert_int_equal(kg_export_gexf(f->g, path), KG_OK);
    doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
    assert_non_null(doc);
    graph = child(xmlDocGetRootElement(doc), "graph");
    assert_non_null(graph);
    mode = prop(graph, "mode");
    assert_string_equal(mode, "dynamic");
    xmlFree(mode);
    for (n = first_element(child(graph, "nodes")->children); n;
         n = first_element(n->next)) {
        char *id = prop(n, "id"), *label = prop(n, "label");
        xmlNodePtr sp;
        nnodes++;
        if (!strcmp(label, NASTY_ORG))
            saw_nasty = 1;
        if (!strcmp(id, "TUR"))
            for (sp = first_element(child(n, "spells")->children); sp;
                 sp = first_element(sp->next)) {
                char *start = prop(sp, "start"), *end = prop(sp, "end");
                assert_string_equal(start, end);
                tur_spells++;
                xmlFree(start);
                xmlFree(end);
            }
        xmlFree(id);
        xmlFree(label);
    }
    assert_int_equal(nnodes, kg_graph_node_count(f->g));
    assert_true(saw_nasty);
    assert_int_equal(tur_spells, 2); /* 2023-05-12 and 2023-05-28 */
    for (n = first_element(child(graph, "edges")->children); n;
         n = first_element(n->next)) {
        char *src = prop(n, "source"), *dst = prop(n, "target");
        char *kind = prop(n, "kind");
        assert_non_null(kind);
        assert_true(nkeys < 64);
        snprintf(keys[nkeys], sizeof(keys[0]), "%s|%s|%s", src, dst, kind);
        for (i = 0; i < nkeys; i++)
            if (!strcmp(keys[i], keys[nkeys]))
                fail_msg("two edges %s: Gephi would merge them", keys[i]);
        nkeys++;
        if (!strcmp(kind, "not sanction")) {
            char *shape = prop(child(n, "shape"), "value");
            assert_string_equal(shape, "dashed");
            xmlFree(shape);
            saw_negated = 1;
        }
        xmlFree(src);
        xmlFree(dst);
        xmlFree(kind);
    }
    assert_int_equal(nkeys, kg_graph_edge_count(f->g));
    assert_true(saw_negated);
    xmlFreeDoc(doc);
}

/* ---- Neo4j ---- */

/* Line k (0-based) of s, without its newline, into out. */
static void line_of(const char *s, size_t k, char *out, size_t n)
{
    const char *e;

    while (k-- > 0 && s && (s = strchr(s, '\n')))
        s++;
    assert_non_null(s);
    e = strchr(s, '\n');
    snprintf(out, n, "%.*s", (int)(e ? (size_t)(e - s) : strlen(s)), s);
}

static size_t count_lines(const char *s)
{
    size_t n = 0;

    for (; *s; s++)
        n += *s == '\n';
    return n;
}

static void neo4j_csv_follows_import_rules(void **state)
{
    fixture *f = *state;
    char line[8192];
    char *nodes, *rels;

    nodes = export_and_read(f, 5, NULL);
    rels = export_and_read(f, 6, NULL);
    assert_non_null(nodes);
    assert_non_null(rels);
    line_of(nodes, 0, line, sizeof(line));
    assert_string_equal(line,
                        "id:ID(Entity),:LABEL,label,type,code,country,"
                        "aliases:string[],wikidata,mentions:long,value:double,"
                        "unit,degree:double,weighted_degree:double,"
                        "pagerank:double,betweenness:double,community:long");
    line_of(rels, 0, line, sizeof(line));
    assert_string_equal(line, ":START_ID(Entity),:END_ID(Entity),:TYPE,"
                              "relation,cameo,negated:boolean,modality,"
                              "count:long,weight:double,first_date:date,"
                              "last_date:date,provenance");
    /* one line per node and edge: newlines inside names became spaces */
    assert_int_equal(count_lines(nodes), kg_graph_node_count(f->g) + 1);
    assert_int_equal(count_lines(rels), kg_graph_edge_count(f->g) + 1);
    /* quotes doubled, backslashes kept as they are */
    assert_non_null(strstr(nodes, "\"Dr. \"\"Q\"\" \\N <&> O'Brien\\\""));
    assert_non_null(strstr(nodes, "\"Ali & \"\"Sons\"\" <Ltd> "));
    assert_non_null(strstr(nodes, ",\"Entity;Country\","));
    assert_non_null(strstr(rels, ",\"sanction\",\"imposes sanctions on\","
                                 "\"163\",true,"));
    assert_non_null(strstr(rels, ",2023-05-12,2023-05-28,"));
    free(nodes);
    free(rels);
}

static void cypher_only_merges_and_sets(void **state)
{
    fixture *f = *state;
    char *s = export_and_read(f, 7, NULL), *p, *nl;
    size_t merges_n = 0, merges_r = 0;

    assert_non_null(s);
    for (p = s; *p; p = nl + 1) {
        nl = strchr(p, '\n');
        assert_non_null(nl);
        if (!strncmp(p, "//", 2))
            continue;
        if (!strncmp(p, "CREATE CONSTRAINT ", 18)) {
            assert_non_null(strstr(p, "IF NOT EXISTS"));
            continue;
        }
        /* statements on one line each, ending with ';' */
        assert_true(nl[-1] == ';');
        if (!strncmp(p, "MERGE (n:Entity {id: '", 22)) {
            assert_non_null(strstr(p, "}) SET n:`"));
            merges_n++;
        } else if (!strncmp(p, "MATCH (a:Entity {id: '", 22)) {
            assert_non_null(strstr(p, "MERGE (a)-[r:`"));
            assert_non_null(strstr(p, "]->(b) SET r = {negated: "));
            merges_r++;
        } else {
            fail_msg("unexpected statement: %.60s", p);
        }
    }
    assert_int_equal(merges_n, kg_graph_node_count(f->g));
    assert_int_equal(merges_r, kg_graph_edge_count(f->g));
    /* string literals: \ and ' escaped, the newline too */
    assert_non_null(strstr(s, "'Dr. \"Q\" \\\\N <&> O\\'Brien\\\\'"));
    assert_non_null(strstr(s, "'Ali & \"Sons\" <Ltd>\\n"));
    assert_non_null(strstr(s, "first_date: date('2023-05-12')"));
    assert_null(strstr(s, "+ 1"));
    free(s);
}

/* ---- JSONL ---- */

static void jsonl_one_edge_per_line(void **state)
{
    fixture *f = *state;
    char *s = export_and_read(f, 8, NULL), *p, *nl;
    size_t n = 0;

    assert_non_null(s);
    for (p = s; *p; p = nl + 1) {
        const kg_edge *e = kg_graph_edge(f->g, n);
        cJSON *o, *src;
        char *again;
        nl = strchr(p, '\n');
        assert_non_null(nl);
        *nl = '\0';
        o = cJSON_Parse(p);
        assert_non_null(o);
        assert_non_null(e);
        assert_string_equal(cJSON_GetObjectItem(o, "id")->valuestring, e->id);
        src = cJSON_GetObjectItem(o, "source");
        assert_string_equal(cJSON_GetObjectItem(src, "id")->valuestring,
                            kg_graph_node(f->g, e->source)->id);
        assert_int_equal(
            cJSON_GetArraySize(cJSON_GetObjectItem(o, "provenance")),
            (int)e->nprov);
        assert_true(cJSON_IsNumber(cJSON_GetObjectItem(src, "community")));
        /* written straight into a buffer, the line is still what cJSON
         * prints for the object (keys in order, no spaces, its escapes) */
        again = cJSON_PrintUnformatted(o);
        assert_non_null(again);
        assert_string_equal(again, p);
        cJSON_free(again);
        cJSON_Delete(o);
        n++;
    }
    assert_int_equal(n, kg_graph_edge_count(f->g));
    free(s);
}

/* ---- metrics and NIF ---- */

static void every_node_has_a_community(void **state)
{
    fixture *f = *state;
    size_t i, n = kg_graph_node_count(f->g);

    assert_int_equal(kg_graph_node(f->g, 0)->community, 0);
    for (i = 0; i < n; i++) {
        assert_true(kg_graph_node(f->g, i)->community >= 0);
        assert_true((size_t)kg_graph_node(f->g, i)->community < n);
    }
}

static void jsonld_mentions_use_nif(void **state)
{
    fixture *f = *state;
    char path[256];
    cJSON *doc, *o;
    int spans = 0;

    path_of(f, "graph.jsonld", path, sizeof(path));
    assert_int_equal(kg_export_jsonld(f->g, path), KG_OK);
    doc = read_json(path);
    cJSON_ArrayForEach(o, cJSON_GetObjectItem(doc, "@graph"))
    {
        cJSON *m;
        cJSON_ArrayForEach(m, cJSON_GetObjectItem(o, "provenance"))
        {
            cJSON *span = cJSON_GetObjectItem(m, "relationSpan");
            cJSON *anchor = cJSON_GetObjectItem(span, "anchorOf");
            assert_string_equal(
                cJSON_GetObjectItem(m, "isString")->valuestring,
                "Turkey blocked \"Sweden's\" bid & <others>.");
            assert_string_equal(
                cJSON_GetObjectItem(span, "referenceContext")->valuestring,
                cJSON_GetObjectItem(m, "@id")->valuestring);
            /* relation() puts the trigger at sentence bytes 1..3 */
            assert_string_equal(anchor->valuestring, "ur");
            assert_int_equal(
                cJSON_GetObjectItem(span, "beginIndex")->valueint, 1);
            assert_int_equal(cJSON_GetObjectItem(span, "endIndex")->valueint,
                             3);
            spans++;
        }
    }
    assert_true(spans >= (int)kg_graph_edge_count(f->g));
    cJSON_Delete(doc);
}

static void png_is_a_png(void **state)
{
    fixture *f = *state;
    size_t len = 0;
    char *s = export_and_read(f, 9, &len);

    assert_non_null(s);
    assert_true(len > 8);
    assert_memory_equal(s, "\x89PNG\r\n\x1a\n", 8);
    free(s);
}

/* ---- private helpers ---- */

static void util_quad_classes(void **state)
{
    (void)state;
    assert_int_equal(kg_export__quad(NULL), 0);
    assert_int_equal(kg_export__quad(""), 0);
    assert_int_equal(kg_export__quad("0"), 0);
    assert_int_equal(kg_export__quad("010"), 1);
    assert_int_equal(kg_export__quad("051"), 1);
    assert_int_equal(kg_export__quad("06"), 2);
    assert_int_equal(kg_export__quad("0871"), 2);
    assert_int_equal(kg_export__quad("09"), 3);
    assert_int_equal(kg_export__quad("112"), 3);
    assert_int_equal(kg_export__quad("138"), 3);
    assert_int_equal(kg_export__quad("14"), 4);
    assert_int_equal(kg_export__quad("163"), 4);
    assert_int_equal(kg_export__quad("204"), 4);
    assert_int_equal(kg_export__quad("21"), 0);
    assert_int_equal(kg_export__quad("00"), 0);
    assert_int_equal(kg_export__quad("x12"), 0);
}

static void util_numbers(void **state)
{
    char buf[KG_EXPORT_NUMLEN];

    (void)state;
    assert_int_equal(kg_export__fmt_double(buf, 2.0), 0);
    assert_string_equal(buf, "2");
    kg_export__fmt_double(buf, 6.2e10);
    assert_string_equal(buf, "62000000000");
    kg_export__fmt_double(buf, 0.1);
    assert_string_equal(buf, "0.1");
    kg_export__fmt_double(buf, 1.0 / 3.0);
    assert_true(strtod(buf, NULL) == 1.0 / 3.0);
    kg_export__fmt_double(buf, -0.0);
    assert_string_equal(buf, "0");
    assert_int_equal(kg_export__fmt_double(buf, NAN), -1);
    assert_string_equal(buf, "");
    assert_int_equal(kg_export__fmt_double(buf, INFINITY), -1);
}

/*
 * LeakSanitizer (make SAN=1): Graphviz 2.42 leaks its plugin configuration
 * in gvContext (gvconfig), and its pango text-layout plugin leaves
 * pango/fontconfig caches behind.  Those allocations are not ours and
 * happen once per process (dot.c keeps one context); its HTML-like label
 * parser (the legend) leaks its text items on every layout.  Suppress
 * exactly those, so a leak in kg's own code still fails the test.
 */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
    /* Graphviz has no frame pointers: unwind fully so that the
     * suppressions below see the Graphviz frames. */
    return "fast_unwind_on_malloc=0";
}

const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
    return "leak:gvconfig\n"
           "leak:make_html_label\n"
           "leak:libfontconfig.so\n"
           "leak:libpango-1.0.so\n"
           "leak:libpangoft2-1.0.so\n"
           "leak:libgvplugin_pango.so\n";
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(util_quad_classes),
        cmocka_unit_test(util_numbers),
        cmocka_unit_test(export_writes_every_format),
        cmocka_unit_test(export_is_deterministic),
        cmocka_unit_test(export_bad_path_fails_cleanly),
        cmocka_unit_test(export_keeps_previous_file_on_failure),
        cmocka_unit_test(export_empty_graph),
        cmocka_unit_test(graphml_keys_and_edges),
        cmocka_unit_test(graphml_validates_against_xsd),
        cmocka_unit_test(jsonld_context_matches_ontology_file),
        cmocka_unit_test(jsonld_negated_edge_is_not_asserted),
        cmocka_unit_test(dot_escapes_and_styles),
        cmocka_unit_test(svg_is_well_formed),
        cmocka_unit_test(gexf_validates_against_rng),
        cmocka_unit_test(gexf_kinds_spells_and_labels),
        cmocka_unit_test(neo4j_csv_follows_import_rules),
        cmocka_unit_test(cypher_only_merges_and_sets),
        cmocka_unit_test(jsonl_one_edge_per_line),
        cmocka_unit_test(every_node_has_a_community),
        cmocka_unit_test(jsonld_mentions_use_nif),
        cmocka_unit_test(png_is_a_png),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");

    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, group_setup, group_teardown);
}
