/* fuzz_text.c: a buffer through the text stage (plain text, or HTML when
 * its content says so) and the extractor: kg_text_read_buffer. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_doc_check chk = {0};
    int err;

    chk.ctx = fuzz_ctx();
    chk.input_len = size;
    err = kg_text_read_buffer(chk.ctx, "fuzz", (const char *)data, size,
                              "2023-06-15", fuzz_on_doc, &chk);
    FUZZ_CHECK(err == 0 || err == KG_ELIMIT || err == KG_EPARSE);
    FUZZ_CHECK(err != 0 || chk.docs == 1);
    return 0;
}
