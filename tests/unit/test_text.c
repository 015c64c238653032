/*
 * test_text.c: the text stage's readers (src/text/read.c, jsonl.c): files,
 * folders, JSONL corpora, stdin, buffers, dates, titles, UTF-8 cleaning
 * and the errors they report.  Fixtures are written to a fresh folder
 * under $TMPDIR (or /tmp) and removed afterwards.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmocka.h>

#include "kg/kg.h"
#include "kg/text.h"
#include "text/segment.h"

#define MAX_DOCS 16
#define MAX_ERRS 8

typedef struct rec_doc {
    char *id, *path, *text, *date, *title, *url;
    size_t line, len, invalid;
} rec_doc;

typedef struct rec_err {
    char *path, *msg;
    size_t line;
    int status;
} rec_err;

typedef struct collector {
    rec_doc docs[MAX_DOCS];
    size_t ndocs;
    rec_err errs[MAX_ERRS];
    size_t nerrs;
    size_t stop_at; /* 1-based document that returns stop_value; 0: never */
    int stop_value;
} collector;

typedef struct fixture {
    kg_ctx *ctx, *strict;
    char dir[64];
    char paths[32][128]; /* created files and folders, removed in reverse */
    size_t npaths;
} fixture;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int on_doc(const kg_doc *doc, void *payload)
{
    collector *c = payload;
    rec_doc *d;

    /* the text is NUL-terminated at len */
    assert_non_null(doc->text);
    assert_int_equal(strlen(doc->text), doc->len);
    if (c->ndocs < MAX_DOCS) {
        d = &c->docs[c->ndocs];
        d->id = dup_or_null(doc->id);
        d->path = dup_or_null(doc->path);
        d->text = dup_or_null(doc->text);
        d->date = dup_or_null(doc->date);
        d->title = dup_or_null(doc->title);
        d->url = dup_or_null(doc->url);
        d->line = doc->line;
        d->len = doc->len;
        d->invalid = doc->invalid_bytes;
    }
    c->ndocs++;
    if (c->stop_at && c->ndocs == c->stop_at)
        return c->stop_value;
    return 0;
}

static void on_err(
    const char *path, size_t line, int status, const char *msg, void *payload)
{
    collector *c = payload;
    if (c->nerrs < MAX_ERRS) {
        c->errs[c->nerrs].path = strdup(path);
        c->errs[c->nerrs].msg = strdup(msg);
        c->errs[c->nerrs].line = line;
        c->errs[c->nerrs].status = status;
    }
    c->nerrs++;
}

static void collector_free(collector *c)
{
    size_t i;
    for (i = 0; i < c->ndocs && i < MAX_DOCS; i++) {
        rec_doc *d = &c->docs[i];
        free(d->id);
        free(d->path);
        free(d->text);
        free(d->date);
        free(d->title);
        free(d->url);
    }
    for (i = 0; i < c->nerrs && i < MAX_ERRS; i++) {
        free(c->errs[i].path);
        free(c->errs[i].msg);
    }
    memset(c, 0, sizeof(*c));
}

/* Create DIR/name holding data (or a folder when data is NULL). */
static const char *
put(fixture *f, const char *name, const char *data, size_t len)
{
    char *p;
    assert_true(f->npaths < 32);
    p = f->paths[f->npaths++];
    snprintf(p, 128, "%s/%s", f->dir, name);
    if (!data) {
        assert_int_equal(mkdir(p, 0700), 0);
    } else {
        FILE *fp = fopen(p, "wb");
        assert_non_null(fp);
        assert_int_equal(fwrite(data, 1, len, fp), len);
        assert_int_equal(fclose(fp), 0);
    }
    return p;
}

static const char *puts0(fixture *f, const char *name, const char *data)
{
    return put(f, name, data, strlen(data));
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    kg_options opts = KG_OPTIONS_INIT;
    const char *tmp = getenv("TMPDIR");

    if (!f)
        return -1;
    *state = f;
    snprintf(f->dir, sizeof(f->dir), "%s/kgtextXXXXXX",
             tmp && *tmp && strlen(tmp) < 40 ? tmp : "/tmp");
    if (!mkdtemp(f->dir)) {
        f->dir[0] = '\0';
        return -1;
    }
    if (kg_ctx_new(&f->ctx, NULL) < 0) {
        fprintf(stderr, "kg_ctx_new: %s\n", kg_ctx_errmsg(f->ctx));
        return -1;
    }
    opts.flags = KG_OPT_STRICT;
    if (kg_ctx_new(&f->strict, &opts) < 0)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    if (!f)
        return 0;
    while (f->npaths) {
        const char *p = f->paths[--f->npaths];
        if (remove(p) != 0)
            rmdir(p);
    }
    if (f->dir[0])
        rmdir(f->dir);
    kg_ctx_free(f->ctx);
    kg_ctx_free(f->strict);
    free(f);
    return 0;
}

static void test_folder(void **state)
{
    fixture *f = *state;
    collector c;
    char path[128], id7[160];
    const char *jsonl =
        "{\"id\":\"a1\",\"text\":\"Turkey blocks Sweden.\",\"date\":"
        "\"2023-05-12T10:00:00Z\",\"title\":\"T1\",\"url\":\"http://x\"}\n"
        "{\"id\": broken\n"
        "\n"
        "{\"id\":42,\"text\":\"Russia trades grain.\",\"date\":\"20080804\"}\n"
        "[1,2]\n"
        "{\"id\":\"no-text\"}\r\n"
        "{\"text\":\"No id here.\",\"date\":\"26-FEB-1987 15:01:01.79\"}\n"
        "{\"id\":\"a8\",\"text\":\"date 2021-01-02\\nBody.\"}\n"
        "{\"id\":\"a9\",\"text\":\"Plain.\",\"date\":\"yesterday\"}";

    memset(&c, 0, sizeof(c));
    puts0(f, "a.jsonl", jsonl);
    puts0(f, "b.txt", "date 2023-05-12 Title here\n\nBody text.");
    puts0(f, "noext", "Erdogan spoke.\n");
    puts0(f, ".hidden.txt", "hidden");
    puts0(f, "skip.html", "<html><body>x</body></html>");
    puts0(f, "other.csv", "x,y");
    put(f, ".hid", NULL, 0);
    puts0(f, ".hid/d.txt", "hidden too");
    put(f, "sub", NULL, 0);
    puts0(f, "sub/c.md", "Headline\n\nBody.");

    assert_int_equal(
        kg_text_read_path(f->ctx, f->dir, "2000-01-01", on_doc, on_err, &c),
        KG_OK);
    assert_int_equal(c.ndocs, 8);
    /* the JSONL corpus first (byte order of names), line by line */
    assert_string_equal(c.docs[0].id, "a1");
    assert_int_equal(c.docs[0].line, 1);
    assert_string_equal(c.docs[0].text, "Turkey blocks Sweden.");
    assert_string_equal(c.docs[0].date, "2023-05-12");
    assert_string_equal(c.docs[0].title, "T1");
    assert_string_equal(c.docs[0].url, "http://x");
    snprintf(path, sizeof(path), "%s/a.jsonl", f->dir);
    assert_string_equal(c.docs[0].path, path);
    assert_string_equal(c.docs[1].id, "42");
    assert_int_equal(c.docs[1].line, 4);
    assert_string_equal(c.docs[1].date, "2008-08-04");
    assert_null(c.docs[1].title);
    snprintf(id7, sizeof(id7), "%s:7", path);
    assert_string_equal(c.docs[2].id, id7);
    assert_string_equal(c.docs[2].date, "1987-02-26");
    assert_string_equal(c.docs[3].id, "a8");
    assert_string_equal(c.docs[3].date, "2021-01-02");
    assert_string_equal(c.docs[3].text, "date 2021-01-02\nBody.");
    assert_string_equal(c.docs[4].id, "a9");
    assert_string_equal(c.docs[4].date, "2000-01-01");
    /* plain files: the id is the path, the date line stays in the text */
    snprintf(path, sizeof(path), "%s/b.txt", f->dir);
    assert_string_equal(c.docs[5].id, path);
    assert_int_equal(c.docs[5].line, 0);
    assert_string_equal(c.docs[5].text,
                        "date 2023-05-12 Title here\n\nBody text.");
    assert_string_equal(c.docs[5].date, "2023-05-12");
    assert_string_equal(c.docs[5].title, "Title here");
    snprintf(path, sizeof(path), "%s/noext", f->dir);
    assert_string_equal(c.docs[6].id, path);
    assert_string_equal(c.docs[6].date, "2000-01-01");
    assert_null(c.docs[6].title);
    snprintf(path, sizeof(path), "%s/sub/c.md", f->dir);
    assert_string_equal(c.docs[7].id, path);
    assert_string_equal(c.docs[7].title, "Headline");
    /* the bad lines, with their numbers; HTML in a folder is silent */
    assert_int_equal(c.nerrs, 3);
    assert_int_equal(c.errs[0].line, 2);
    assert_int_equal(c.errs[0].status, KG_EPARSE);
    assert_non_null(strstr(c.errs[0].msg, "invalid JSON"));
    assert_int_equal(c.errs[1].line, 5);
    assert_non_null(strstr(c.errs[1].msg, "not a JSON object"));
    assert_int_equal(c.errs[2].line, 6);
    assert_non_null(strstr(c.errs[2].msg, "text"));
    snprintf(path, sizeof(path), "%s/a.jsonl", f->dir);
    assert_string_equal(c.errs[2].path, path);
    collector_free(&c);

    /* the same folder with a trailing slash gives the same ids */
    snprintf(path, sizeof(path), "%s/", f->dir);
    assert_int_equal(kg_text_read_path(f->ctx, path, NULL, on_doc, NULL, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 8);
    snprintf(path, sizeof(path), "%s/b.txt", f->dir);
    assert_string_equal(c.docs[5].id, path);
    assert_null(c.docs[6].date);
    collector_free(&c);
}

static void test_examples(void **state)
{
    fixture *f = *state;
    collector c;
    FILE *fp;
    char raw[8192];
    size_t n;

    memset(&c, 0, sizeof(c));
    if (access("examples/cnn-erdogan-putin-runoff.txt", R_OK) != 0)
        skip();
    assert_int_equal(
        kg_text_read_path(f->ctx, "examples", NULL, on_doc, on_err, &c), KG_OK);
    assert_true(c.ndocs >= 2);
    assert_int_equal(c.nerrs, 0);
    assert_string_equal(c.docs[0].id, "examples/cnn-erdogan-putin-runoff.txt");
    assert_null(c.docs[0].date);
    assert_string_equal(c.docs[0].title,
                        "Erdogan praises \xE2\x80\x9Cspecial "
                        "relationship\xE2\x80\x9D with Putin ahead of crucial "
                        "run-off elections in Turkey");
    assert_string_equal(c.docs[1].id, "examples/erdogan-friends-us-russia.txt");
    assert_string_equal(c.docs[1].date, "2023-05-12");
    assert_string_equal(c.docs[1].title,
                        "Turkish president says T\xC3\xBCrkiye friends with "
                        "both US, Russia");
    /* clean NFC input comes through byte for byte */
    fp = fopen("examples/erdogan-friends-us-russia.txt", "rb");
    assert_non_null(fp);
    n = fread(raw, 1, sizeof(raw), fp);
    fclose(fp);
    assert_int_equal(c.docs[1].len, n);
    assert_memory_equal(c.docs[1].text, raw, n);
    assert_int_equal(c.docs[1].invalid, 0);
    collector_free(&c);

    /* a file named directly */
    assert_int_equal(kg_text_read_path(f->ctx,
                                       "examples/erdogan-friends-us-russia.txt",
                                       "1999-01-01", on_doc, NULL, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].date, "2023-05-12");
    collector_free(&c);
}

static void test_invalid_utf8(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p;
    int err;

    memset(&c, 0, sizeof(c));
    assert_int_equal(kg_text_read_buffer(f->ctx, "buf", "bad\xC3(x\xFF", 7,
                                         NULL, on_doc, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].text, "bad\xEF\xBF\xBD(x\xEF\xBF\xBD");
    assert_int_equal(c.docs[0].invalid, 2);
    assert_string_equal(c.docs[0].id, "buf");
    collector_free(&c);

    /* strict mode: refused, with a message naming the document */
    err =
        kg_text_read_buffer(f->strict, "buf", "bad\xC3(", 5, NULL, on_doc, &c);
    assert_int_equal(err, KG_EUTF8);
    assert_int_equal(c.ndocs, 0);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), "buf"));
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), "byte 3"));

    p = puts0(f, "bad.txt", "Turkey \xC3 votes.");
    err = kg_text_read_path(f->strict, p, NULL, on_doc, on_err, &c);
    assert_int_equal(err, KG_EUTF8);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), p));
    assert_int_equal(c.ndocs, 0);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.docs[0].invalid, 1);
    collector_free(&c);

    /* invalid UTF-8 inside a JSONL text */
    p = puts0(f, "bad.jsonl", "{\"id\":\"x\",\"text\":\"a\xC3(b\"}\n");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_int_equal(c.docs[0].invalid, 1);
    collector_free(&c);
    assert_int_equal(kg_text_read_path(f->strict, p, NULL, on_doc, on_err, &c),
                     KG_EUTF8);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), ":1:"));
    collector_free(&c);
}

static void test_missing(void **state)
{
    fixture *f = *state;
    collector c;
    char path[160];

    memset(&c, 0, sizeof(c));
    snprintf(path, sizeof(path), "%s/no-such-file.txt", f->dir);
    assert_int_equal(kg_text_read_path(f->ctx, path, NULL, on_doc, on_err, &c),
                     KG_ENOTFOUND);
    assert_non_null(strstr(kg_ctx_errmsg(f->ctx), path));
    assert_non_null(
        strstr(kg_ctx_errmsg(f->ctx), ": No such file or directory"));
    assert_int_equal(c.ndocs, 0);
}

static void test_unreadable(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p;

    memset(&c, 0, sizeof(c));
    if (geteuid() == 0)
        skip(); /* root reads anything */
    p = puts0(f, "locked.txt", "secret");
    assert_int_equal(chmod(p, 0), 0);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_EIO);
    assert_non_null(strstr(kg_ctx_errmsg(f->ctx), "Permission denied"));
    chmod(p, 0600);
}

static void test_stop(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p;

    memset(&c, 0, sizeof(c));
    p = puts0(f, "stop.jsonl",
              "{\"text\":\"one\"}\n{\"text\":\"two\"}\n{\"text\":\"three\"}\n");
    c.stop_at = 2;
    c.stop_value = 7;
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c), 7);
    assert_int_equal(c.ndocs, 2);
    collector_free(&c);

    c.stop_at = 1;
    c.stop_value = -42;
    assert_int_equal(kg_text_read_buffer(f->ctx, "b", "x", 1, NULL, on_doc, &c),
                     -42);
    collector_free(&c);
}

static void test_size_cap(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p = puts0(f, "huge.txt", "x");

    memset(&c, 0, sizeof(c));
    /* a sparse file: no disk used */
    assert_int_equal(truncate(p, (off_t)65 << 20), 0);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_ELIMIT);
    assert_non_null(strstr(kg_ctx_errmsg(f->ctx), "64 MiB"));
    assert_int_equal(c.ndocs, 0);
    assert_int_equal(truncate(p, 0), 0);
}

static void test_html_named(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p = puts0(f, "page.html", "<html></html>");

    memset(&c, 0, sizeof(c));
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 0);
    assert_int_equal(c.nerrs, 1);
    assert_non_null(strstr(c.errs[0].msg, "HTML"));
    collector_free(&c);
}

static void test_long_jsonl_line(void **state)
{
    fixture *f = *state;
    collector c;
    size_t n = 300000, i;
    char *line = malloc(n + 64);
    const char *p;
    kg_segmentation seg = KG_SEGMENTATION_INIT;

    assert_non_null(line);
    memset(&c, 0, sizeof(c));
    memcpy(line, "{\"text\":\"", 9);
    for (i = 9; i < n; i++)
        line[i] = (i % 7 == 0) ? ' ' : ((i % 97 == 0) ? '.' : 'a');
    memcpy(line + n, "\"}\n", 4);
    p = put(f, "long.jsonl", line, n + 3);
    free(line);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_int_equal(c.docs[0].len, n - 9);
    assert_int_equal(kg_text__segment(c.docs[0].text, c.docs[0].len, &seg),
                     KG_OK);
    assert_true(seg.nsentences > 10);
    kg_segmentation_dispose(&seg);
    collector_free(&c);
}

static void test_stdin(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p;

    memset(&c, 0, sizeof(c));
    p = puts0(f, "in.jsonl",
              "\n  \n{\"id\":\"s1\",\"text\":\"From stdin.\"}\nnot json\n");
    assert_non_null(freopen(p, "rb", stdin));
    assert_int_equal(kg_text_read_path(f->ctx, "-", NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].id, "s1");
    assert_string_equal(c.docs[0].path, "-");
    assert_int_equal(c.docs[0].line, 3);
    assert_int_equal(c.nerrs, 1);
    assert_int_equal(c.errs[0].line, 4);
    assert_string_equal(c.errs[0].path, "-");
    collector_free(&c);

    p = puts0(f, "in.txt", "\n date 2020-02-02\nHeadline\n\n{not json}.");
    assert_non_null(freopen(p, "rb", stdin));
    assert_int_equal(kg_text_read_path(f->ctx, "-", NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].id, "-");
    assert_string_equal(c.docs[0].text,
                        "\n date 2020-02-02\nHeadline\n\n{not json}.");
    assert_string_equal(c.docs[0].date, "2020-02-02");
    assert_string_equal(c.docs[0].title, "Headline");
    collector_free(&c);
}

static void test_buffer_titles(void **state)
{
    fixture *f = *state;
    collector c;
    const char *one = "Turkey votes on Sunday";
    const char *nfd = "Erdog\xCC\x86"
                      "an spoke.";

    memset(&c, 0, sizeof(c));
    /* a lone line is the text, not a title */
    assert_int_equal(kg_text_read_buffer(f->ctx, "t", one, strlen(one),
                                         "2024-01-01", on_doc, &c),
                     KG_OK);
    assert_null(c.docs[0].title);
    assert_string_equal(c.docs[0].date, "2024-01-01");
    collector_free(&c);
    /* NFC: g + combining breve becomes ğ */
    assert_int_equal(
        kg_text_read_buffer(f->ctx, "t", nfd, strlen(nfd), NULL, on_doc, &c),
        KG_OK);
    assert_string_equal(c.docs[0].text, "Erdo\xC4\x9F"
                                        "an spoke.");
    collector_free(&c);
    /* empty input is an empty document */
    assert_int_equal(
        kg_text_read_buffer(f->ctx, NULL, NULL, 0, NULL, on_doc, &c), KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].text, "");
    assert_string_equal(c.docs[0].id, "-");
    collector_free(&c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folder),
        cmocka_unit_test(test_examples),
        cmocka_unit_test(test_invalid_utf8),
        cmocka_unit_test(test_missing),
        cmocka_unit_test(test_unreadable),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_size_cap),
        cmocka_unit_test(test_html_named),
        cmocka_unit_test(test_long_jsonl_line),
        cmocka_unit_test(test_stdin),
        cmocka_unit_test(test_buffer_titles),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");
    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, setup, teardown);
}
