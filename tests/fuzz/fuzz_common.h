/*
 * fuzz_common.h: what the fuzz targets share.  Each tests/fuzz/fuzz_*.c
 * defines LLVMFuzzerTestOneInput; `make fuzz` links it with libFuzzer
 * (clang), `make fuzz-replay` with driver.c (gcc), which replays the
 * committed corpus in tests/fuzz/corpus/<target>/.
 *
 * Targets run from the repository root: the ontology comes from ontology/
 * (or $KG_FUZZ_ONTOLOGY) and the fixture ontology from tests/fixtures/onto.
 * Any check that fails calls abort(), which both drivers report as a crash.
 */
#ifndef KG_FUZZ_COMMON_H
#define KG_FUZZ_COMMON_H

#include <stddef.h>
#include <stdint.h>

#include "kg/kg.h"

#define FUZZ_FIXTURE_ONTO "tests/fixtures/onto"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The context over the full ontology, made once per process. */
kg_ctx *fuzz_ctx(void);

/* A folder of this process's own under $TMPDIR (or /tmp), made once and
 * removed at exit. */
const char *fuzz_tmpdir(void);

/* Write data to dir/name; the full path goes to path (4096 bytes).
 * Aborts when the file cannot be written (the harness is broken). */
void fuzz_write(char *path, const char *name, const void *data, size_t size);

/* What fuzz_on_doc checks a document against. */
typedef struct fuzz_doc_check {
    kg_ctx *ctx;
    size_t input_len; /* bytes of plain-text input; 0: unknown */
    size_t docs;
} fuzz_doc_check;

/*
 * kg_doc_cb: run the extractor on the document (relations and mentions),
 * write each relation as JSON and read it back (the map/reduce contract
 * of kg extract | kg merge), and check offsets stay inside the input.
 * payload is a fuzz_doc_check.
 */
int fuzz_on_doc(const kg_doc *doc, void *payload);

/* kg_doc_error_cb that accepts every report. */
void fuzz_on_error(
    const char *path, size_t line, int status, const char *msg, void *payload);

#define FUZZ_CHECK(cond)                                                       \
    ((cond) ? (void)0 : fuzz_fail(#cond, __FILE__, __LINE__))
void fuzz_fail(const char *what, const char *file, int line);

#endif
