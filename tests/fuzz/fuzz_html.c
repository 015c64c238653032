/* fuzz_html.c: a buffer as an HTML page (libxml2's HTML parser, the
 * article picker and the text walk), then the extractor.  A doctype is
 * put in front so the text stage always takes the HTML path. */
#include "fuzz_common.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char head[] = "<!DOCTYPE html>";
    fuzz_doc_check chk = {0};
    char *buf = malloc(sizeof(head) - 1 + size + 1);
    int err;

    if (!buf)
        return 0;
    memcpy(buf, head, sizeof(head) - 1);
    if (size)
        memcpy(buf + sizeof(head) - 1, data, size);
    chk.ctx = fuzz_ctx();
    err = kg_text_read_buffer(chk.ctx, "fuzz.html", buf,
                              sizeof(head) - 1 + size, NULL, fuzz_on_doc, &chk);
    FUZZ_CHECK(err == 0 || err == KG_ELIMIT || err == KG_EPARSE);
    free(buf);
    return 0;
}
