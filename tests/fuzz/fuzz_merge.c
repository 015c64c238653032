/*
 * fuzz_merge.c: the input as `kg merge` input (one JSON relation per line:
 * kg_relation_parse_json, kg_graph_add_relation, kg_graph_finalize), then
 * the graph through the DOT, GraphML and JSON-LD writers into a temporary
 * folder, and each file read back by a real parser: whatever names and
 * texts the input carries, no output may stop being well-formed (the
 * writers' escaping).
 */
#include "fuzz_common.h"

#include <cJSON.h>
#include <graphviz/cgraph.h>
#include <libxml/parser.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int merge_add(const kg_relation *r, void *payload)
{
    return kg_graph_add_relation(payload, r);
}

/* The whole file, NUL-terminated (malloc'd). */
static char *slurp(const char *path, size_t *len)
{
    FILE *fp = fopen(path, "rb");
    char *s;
    long n = 0;
    FUZZ_CHECK(fp != NULL);
    FUZZ_CHECK(fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 &&
               fseek(fp, 0, SEEK_SET) == 0);
    s = malloc((size_t)n + 1);
    FUZZ_CHECK(s != NULL);
    FUZZ_CHECK(fread(s, 1, (size_t)n, fp) == (size_t)n);
    fclose(fp);
    s[n] = '\0';
    *len = (size_t)n;
    return s;
}

static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

static void check_outputs(kg_graph *g)
{
    char path[4096];
    size_t len;
    char *s;
    int err;

    snprintf(path, sizeof(path), "%s/graph.graphml", fuzz_tmpdir());
    err = kg_export_graphml(g, path);
    FUZZ_CHECK(err == 0);
    {
        xmlDocPtr doc;
        xmlSetGenericErrorFunc(NULL, xml_silent);
        doc = xmlReadFile(path, NULL, XML_PARSE_NONET);
        FUZZ_CHECK(doc != NULL); /* GraphML stays well-formed XML */
        xmlFreeDoc(doc);
    }
    snprintf(path, sizeof(path), "%s/graph.jsonld", fuzz_tmpdir());
    err = kg_export_jsonld(g, path);
    FUZZ_CHECK(err == 0);
    s = slurp(path, &len);
    {
        cJSON *j = cJSON_ParseWithLength(s, len);
        FUZZ_CHECK(j != NULL); /* JSON-LD stays JSON */
        cJSON_Delete(j);
    }
    free(s);
    snprintf(path, sizeof(path), "%s/graph.dot", fuzz_tmpdir());
    err = kg_export_dot(g, path);
    FUZZ_CHECK(err == 0);
    s = slurp(path, &len);
    {
        Agraph_t *dg;
        agseterr(AGMAX);
        dg = agmemread(s);
        FUZZ_CHECK(dg != NULL); /* DOT that Graphviz reads */
        agclose(dg);
    }
    free(s);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    kg_options opts = KG_OPTIONS_INIT;
    kg_ctx *ctx = NULL;
    kg_graph *g = NULL;
    const char *p = (const char *)data, *end = p + size;
    int err;

    if (!init) {
        kg_global_init();
        init = 1;
    }
    /* a context per input: the graph interns its strings in it */
    opts.ontology_dir = FUZZ_FIXTURE_ONTO;
    FUZZ_CHECK(kg_ctx_new(&ctx, &opts) == 0);
    FUZZ_CHECK(kg_graph_new(&g, ctx) == 0);
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        err = kg_relation_parse_json(ctx, p, n, merge_add, g);
        FUZZ_CHECK(err == 0 || err == KG_EPARSE || err == KG_EINVAL ||
                   err == KG_ELIMIT);
        p += n + (nl != NULL);
    }
    err = kg_graph_finalize(g);
    FUZZ_CHECK(err == 0);
    check_outputs(g);
    kg_graph_free(g);
    kg_ctx_free(ctx);
    return 0;
}
