/* fuzz_jsonl.c: a buffer as a JSONL corpus file (kg_text_read_path on a
 * temporary .jsonl: line reading, cJSON, metadata, text or html bodies),
 * then the extractor on each document. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_doc_check chk = {0};
    char path[4096];
    int err;

    fuzz_write(path, "corpus.jsonl", data, size);
    chk.ctx = fuzz_ctx();
    err = kg_text_read_path(chk.ctx, path, "2023-06-15", fuzz_on_doc,
                            fuzz_on_error, &chk);
    FUZZ_CHECK(err == 0 || err == KG_ELIMIT || err == KG_EPARSE);
    return 0;
}
