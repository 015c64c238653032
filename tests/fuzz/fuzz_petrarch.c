/*
 * fuzz_petrarch.c: the input as a PETRARCH/TABARI dictionary, added to a
 * context over the fixture ontology: the first byte's low bit picks
 * .agents (1) or .actors (0).  When it loads, the input itself (with '_'
 * read as a space, so its names appear as words) and a sample sentence go
 * through the extractor.
 */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

static const char sample[] =
    "Frodo Baggins met the Arnor government in the Shire on Monday. "
    "Gondor troops did not attack Mordor, the ministers said.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    kg_options opts = KG_OPTIONS_INIT;
    kg_ctx *ctx = NULL;
    char path[4096];
    int agents, err;

    if (!init) {
        kg_global_init();
        init = 1;
    }
    if (size < 1)
        return 0;
    agents = data[0] & 1;
    fuzz_write(path, agents ? "fuzz.agents" : "fuzz.actors", data + 1,
               size - 1);
    opts.ontology_dir = FUZZ_FIXTURE_ONTO;
    if (kg_ctx_new(&ctx, &opts) < 0)
        abort(); /* the fixture itself is broken */
    err =
        agents ? kg_ctx_load_agents(ctx, path) : kg_ctx_load_actors(ctx, path);
    FUZZ_CHECK(err == 0 || err == KG_EPARSE || err == KG_EINVAL ||
               err == KG_ELIMIT);
    if (err < 0)
        FUZZ_CHECK(*kg_ctx_errmsg(ctx) != '\0');
    if (err == 0) {
        fuzz_doc_check chk = {0};
        char *text = malloc(size);
        size_t i;
        if (text) {
            for (i = 1; i < size; i++)
                text[i - 1] = data[i] == '_' ? ' ' : (char)data[i];
            chk.ctx = ctx;
            chk.input_len = size - 1;
            err = kg_text_read_buffer(ctx, "dict", text, size - 1, NULL,
                                      fuzz_on_doc, &chk);
            FUZZ_CHECK(err == 0 || err == KG_ELIMIT);
            free(text);
        }
        chk.input_len = sizeof(sample) - 1;
        err = kg_text_read_buffer(ctx, "sample", sample, sizeof(sample) - 1,
                                  "2010-01-01", fuzz_on_doc, &chk);
        FUZZ_CHECK(err == 0);
    }
    kg_ctx_free(ctx);
    return 0;
}
