/*
 * fuzz_ontology.c: one ontology file replaced by the input.  The first byte
 * picks the file (countries, organizations, people, titles, agents,
 * relations, shared_names or historical_states.tsv; new files go at the
 * end, so that the seeds' first bytes keep their files); the others are
 * the fixture's (tests/fixtures/onto).
 * When the folder loads, a few sentences go through the extractor, so the
 * gazetteer and lexicon built from the input are used too.
 */
#include "fuzz_common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const onto_files[] = {"countries.tsv", "organizations.tsv",
                                         "people.tsv",    "titles.tsv",
                                         "agents.tsv",    "relations.tsv",
                                         "shared_names.tsv",
                                         "historical_states.tsv"};
#define NFILES (sizeof(onto_files) / sizeof(onto_files[0]))

static char *fixture[NFILES];
static size_t fixture_len[NFILES];

static const char sample[] =
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir "
    "Putin in Ankara on Monday. Turkey did not block Sweden's bid, he said. "
    "The United States imposed sanctions on Russia worth $2 billion. "
    "Ankara and Moscow signed a trade deal; troops withdrew.";

static void load_fixture(void)
{
    size_t i;
    char path[4096];
    for (i = 0; i < NFILES; i++) {
        FILE *fp;
        long n;
        snprintf(path, sizeof(path), "%s/%s", FUZZ_FIXTURE_ONTO, onto_files[i]);
        fp = fopen(path, "rb");
        if (!fp || fseek(fp, 0, SEEK_END) || (n = ftell(fp)) < 0 ||
            fseek(fp, 0, SEEK_SET)) {
            perror(path);
            abort();
        }
        fixture[i] = malloc((size_t)n + 1);
        if (!fixture[i] || fread(fixture[i], 1, (size_t)n, fp) != (size_t)n)
            abort();
        fixture_len[i] = (size_t)n;
        fclose(fp);
        fuzz_write(path, onto_files[i], fixture[i], fixture_len[i]);
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kg_options opts = KG_OPTIONS_INIT;
    kg_ctx *ctx = NULL;
    char path[4096];
    size_t which;
    int err;

    if (!fixture[0]) {
        kg_global_init();
        load_fixture();
    }
    if (size < 1)
        return 0;
    which = data[0] % NFILES;
    fuzz_write(path, onto_files[which], data + 1, size - 1);
    opts.ontology_dir = fuzz_tmpdir();
    err = kg_ctx_new(&ctx, &opts);
    if (getenv("FUZZ_VERBOSE"))
        fprintf(stderr, "kg_ctx_new: %d %s\n", err, kg_ctx_errmsg(ctx));
    FUZZ_CHECK(err == 0 || err == KG_EPARSE || err == KG_ENOTFOUND ||
               err == KG_EINVAL || err == KG_ELIMIT);
    if (err < 0)
        FUZZ_CHECK(*kg_ctx_errmsg(ctx) != '\0');
    if (err == 0) {
        fuzz_doc_check chk = {0};
        chk.ctx = ctx;
        chk.input_len = sizeof(sample) - 1;
        err = kg_text_read_buffer(ctx, "sample", sample, sizeof(sample) - 1,
                                  "2023-06-15", fuzz_on_doc, &chk);
        FUZZ_CHECK(err == 0);
    }
    kg_ctx_free(ctx);
    /* put the fixture back for the next input */
    fuzz_write(path, onto_files[which], fixture[which], fixture_len[which]);
    return 0;
}
