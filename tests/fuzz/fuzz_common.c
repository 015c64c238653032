/* fuzz_common.c: the context, temporary folder and checks the fuzz targets
 * share (see fuzz_common.h). */
#include "fuzz_common.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static kg_ctx *fuzz_the_ctx;
static char fuzz_dir[1024];

void fuzz_fail(const char *what, const char *file, int line)
{
    fprintf(stderr, "fuzz: %s:%d: check failed: %s\n", file, line, what);
    abort();
}

static void fuzz_cleanup(void)
{
    DIR *d;
    struct dirent *e;
    char p[8192];
    kg_ctx_free(fuzz_the_ctx);
    fuzz_the_ctx = NULL;
    if (!fuzz_dir[0] || !(d = opendir(fuzz_dir)))
        return;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        snprintf(p, sizeof(p), "%s/%s", fuzz_dir, e->d_name);
        unlink(p);
    }
    closedir(d);
    rmdir(fuzz_dir);
    fuzz_dir[0] = '\0';
}

const char *fuzz_tmpdir(void)
{
    if (!fuzz_dir[0]) {
        const char *t = getenv("TMPDIR");
        snprintf(fuzz_dir, sizeof(fuzz_dir), "%s/kg-fuzz.XXXXXX",
                 t && *t ? t : "/tmp");
        if (!mkdtemp(fuzz_dir)) {
            perror("fuzz: mkdtemp");
            abort();
        }
        atexit(fuzz_cleanup);
    }
    return fuzz_dir;
}

void fuzz_write(char *path, const char *name, const void *data, size_t size)
{
    FILE *fp;
    snprintf(path, 4096, "%s/%s", fuzz_tmpdir(), name);
    fp = fopen(path, "wb");
    if (!fp || (size && fwrite(data, 1, size, fp) != size) || fclose(fp)) {
        perror(path);
        abort();
    }
}

kg_ctx *fuzz_ctx(void)
{
    if (!fuzz_the_ctx) {
        kg_options opts = KG_OPTIONS_INIT;
        const char *dir = getenv("KG_FUZZ_ONTOLOGY");
        kg_global_init();
        fuzz_tmpdir(); /* its atexit also frees the context */
        opts.ontology_dir = dir && *dir ? dir : "ontology";
        if (kg_ctx_new(&fuzz_the_ctx, &opts) < 0) {
            fprintf(stderr, "fuzz: %s\n", kg_ctx_errmsg(fuzz_the_ctx));
            abort();
        }
    }
    return fuzz_the_ctx;
}

void fuzz_on_error(
    const char *path, size_t line, int status, const char *msg, void *payload)
{
    (void)line;
    (void)payload;
    FUZZ_CHECK(path != NULL && msg != NULL && status < 0);
}

typedef struct fuzz_rel_check {
    fuzz_doc_check *chk;
    const kg_doc *doc;
    const kg_relation *want; /* when reading back */
    char *json;
    size_t len, cap;
} fuzz_rel_check;

static int fuzz_streq(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static int fuzz_on_back(const kg_relation *r, void *payload)
{
    const fuzz_rel_check *rc = payload;
    const kg_relation *w = rc->want;
    FUZZ_CHECK(fuzz_streq(r->subject.id, w->subject.id));
    FUZZ_CHECK(fuzz_streq(r->object.id, w->object.id));
    FUZZ_CHECK(fuzz_streq(r->type, w->type));
    FUZZ_CHECK(fuzz_streq(r->doc, w->doc));
    FUZZ_CHECK(fuzz_streq(r->cameo, w->cameo));
    FUZZ_CHECK(r->negated == w->negated);
    FUZZ_CHECK(r->sentence == w->sentence && r->start == w->start &&
               r->end == w->end);
    return 0;
}

static int fuzz_on_relation(const kg_relation *r, void *payload)
{
    fuzz_rel_check *rc = payload;
    const kg_doc *doc = rc->doc;
    size_t bound = doc->offsets || !rc->chk->input_len ? (size_t)-1
                   : strcmp(doc->format, "text") == 0  ? rc->chk->input_len
                                                       : doc->len;
    int err;

    FUZZ_CHECK(r->subject.id && r->object.id && r->type && r->text);
    FUZZ_CHECK(r->start <= r->end && r->end <= bound);
    FUZZ_CHECK(r->subject.start <= r->subject.end && r->subject.end <= bound);
    FUZZ_CHECK(r->object.start <= r->object.end && r->object.end <= bound);
    FUZZ_CHECK(r->confidence >= 0 && r->confidence <= 1);
    rc->len = 0;
    if ((err = kg_relation_to_json(r, &rc->json, &rc->len, &rc->cap)) < 0)
        return err;
    FUZZ_CHECK(memchr(rc->json, '\n', rc->len) == NULL);
    rc->want = r;
    err = kg_relation_parse_json(rc->chk->ctx, rc->json, rc->len, fuzz_on_back,
                                 rc);
    FUZZ_CHECK(err == 0);
    return 0;
}

static int fuzz_on_mention(const kg_entity *m, size_t sentence, void *payload)
{
    fuzz_rel_check *rc = payload;
    (void)sentence;
    FUZZ_CHECK(m->id && m->start <= m->end);
    rc->len = 0;
    return kg_entity_to_json(m, &rc->json, &rc->len, &rc->cap);
}

int fuzz_on_doc(const kg_doc *doc, void *payload)
{
    fuzz_doc_check *chk = payload;
    fuzz_rel_check rc;
    kg_extract_stats stats;
    int err;

    memset(&rc, 0, sizeof(rc));
    memset(&stats, 0, sizeof(stats));
    rc.chk = chk;
    rc.doc = doc;
    chk->docs++;
    FUZZ_CHECK(doc->id != NULL);
    FUZZ_CHECK(doc->text != NULL);
    FUZZ_CHECK(doc->text[doc->len] == '\0');
    FUZZ_CHECK(strlen(doc->text) == doc->len);
    err = kg_extract_doc(chk->ctx, doc, fuzz_on_relation, &rc, &stats);
    if (err == 0)
        err = kg_extract_mentions(chk->ctx, doc, fuzz_on_mention, &rc, NULL);
    free(rc.json);
    /* a limit is a fine answer; anything else is not */
    FUZZ_CHECK(err == 0 || err == KG_ELIMIT);
    return 0;
}
