/*
 * fuzz_graphml.c: the input as a GraphML file for `kg export`
 * (kg_graph_load: libxml2's xmlTextReader, kg's keys, the provenance JSON
 * through cJSON).  A graph that loads is written back as GraphML, which
 * must be well-formed, load again and give the same counts.
 */
#include "fuzz_common.h"

#include <libxml/parser.h>
#include <stdio.h>

static void xml_silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    kg_options opts = KG_OPTIONS_INIT;
    kg_ctx *ctx = NULL;
    kg_graph *g = NULL, *again = NULL;
    char in[4096], out[4096];
    int err;

    if (!init) {
        kg_global_init();
        init = 1;
    }
    fuzz_write(in, "in.graphml", data, size);
    opts.ontology_dir = FUZZ_FIXTURE_ONTO;
    FUZZ_CHECK(kg_ctx_new(&ctx, &opts) == 0);
    err = kg_graph_load(&g, ctx, in);
    FUZZ_CHECK(err == 0 || err == KG_EPARSE || err == KG_EINVAL ||
               err == KG_ELIMIT);
    if (err < 0) {
        FUZZ_CHECK(g == NULL);
        FUZZ_CHECK(*kg_ctx_errmsg(ctx) != '\0');
    } else {
        xmlDocPtr doc;
        snprintf(out, sizeof(out), "%s/out.graphml", fuzz_tmpdir());
        FUZZ_CHECK(kg_export_graphml(g, out) == 0);
        xmlSetGenericErrorFunc(NULL, xml_silent);
        doc = xmlReadFile(out, NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
        FUZZ_CHECK(doc != NULL);
        xmlFreeDoc(doc);
        err = kg_graph_load(&again, ctx, out);
        if (err != 0)
            fprintf(stderr, "fuzz: reload: %s\n", kg_ctx_errmsg(ctx));
        FUZZ_CHECK(err == 0);
        FUZZ_CHECK(kg_graph_node_count(again) == kg_graph_node_count(g));
        FUZZ_CHECK(kg_graph_edge_count(again) == kg_graph_edge_count(g));
        kg_graph_free(again);
        kg_graph_free(g);
    }
    kg_ctx_free(ctx);
    return 0;
}
