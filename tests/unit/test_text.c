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
#include "text/date.h"
#include "text/segment.h"
#include "util/utf8.h"

#define MAX_DOCS 16
#define MAX_ERRS 8

typedef struct rec_doc {
    char *id, *path, *text, *date, *title, *url, *source, *format, *dateline;
    size_t line, len, invalid;
    kg_doc_offset *offsets;
    size_t noffsets;
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
        d->source = dup_or_null(doc->source);
        d->format = dup_or_null(doc->format);
        d->dateline = dup_or_null(doc->dateline);
        d->noffsets = doc->noffsets;
        if (doc->noffsets) {
            d->offsets = malloc(doc->noffsets * sizeof(*d->offsets));
            assert_non_null(d->offsets);
            memcpy(d->offsets, doc->offsets,
                   doc->noffsets * sizeof(*d->offsets));
        }
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
        free(d->dateline);
        free(d->source);
        free(d->format);
        free(d->offsets);
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
    puts0(f, "page.html", "<html><body><p>Page text.</p></body></html>");
    puts0(f, "other.csv", "x,y");
    put(f, ".hid", NULL, 0);
    puts0(f, ".hid/d.txt", "hidden too");
    put(f, "sub", NULL, 0);
    puts0(f, "sub/c.md", "Headline\n\nBody.");

    assert_int_equal(
        kg_text_read_path(f->ctx, f->dir, "2000-01-01", on_doc, on_err, &c),
        KG_OK);
    assert_int_equal(c.ndocs, 9);
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
    snprintf(path, sizeof(path), "%s/page.html", f->dir);
    assert_string_equal(c.docs[7].id, path);
    assert_string_equal(c.docs[7].text, "Page text.");
    assert_string_equal(c.docs[7].format, "html");
    snprintf(path, sizeof(path), "%s/sub/c.md", f->dir);
    assert_string_equal(c.docs[8].id, path);
    assert_string_equal(c.docs[8].title, "Headline");
    assert_string_equal(c.docs[0].format, "jsonl");
    assert_string_equal(c.docs[5].format, "text");
    /* the bad lines, with their numbers */
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
    assert_int_equal(c.ndocs, 9);
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
    assert_int_equal(c.docs[1].noffsets, 0); /* no offset map needed */
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

    kg_limits lim;
    const char *q;

    memset(&c, 0, sizeof(c));
    /* a sparse file: no disk used.  Over the limit, the document is
     * reported and skipped; the read goes on */
    assert_int_equal(truncate(p, (off_t)65 << 20), 0);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 0);
    assert_int_equal(c.nerrs, 1);
    assert_int_equal(c.errs[0].status, KG_ELIMIT);
    assert_string_equal(c.errs[0].path, p);
    assert_non_null(strstr(c.errs[0].msg, "64 MiB"));
    collector_free(&c);
    /* strict: the read fails, naming the file and the limit */
    assert_int_equal(kg_text_read_path(f->strict, p, NULL, on_doc, on_err, &c),
                     KG_ELIMIT);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), p));
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), "64 MiB limit"));
    assert_int_equal(c.nerrs, 0);
    assert_int_equal(truncate(p, 0), 0);

    /* a lower limit applies to files, JSONL lines and buffers alike */
    kg_ctx_get_limits(f->ctx, &lim);
    assert_int_equal(lim.max_doc_bytes, (size_t)64 << 20);
    lim.max_doc_bytes = 10;
    assert_int_equal(kg_ctx_set_limits(f->ctx, &lim), KG_OK);
    q = puts0(f, "lines.jsonl",
              "{\"text\":\"short\"}\n{\"text\":\"much longer\"}\n");
    assert_int_equal(kg_text_read_path(f->ctx, q, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 0); /* {"text":"short"} is 16 bytes */
    assert_int_equal(c.nerrs, 2);
    assert_int_equal(c.errs[1].line, 2);
    assert_non_null(strstr(c.errs[1].msg, "10 bytes limit"));
    collector_free(&c);
    assert_int_equal(kg_text_read_buffer(f->ctx, "b", "0123456789x", 11, NULL,
                                         on_doc, &c),
                     KG_ELIMIT);
    assert_int_equal(kg_text_read_buffer(f->ctx, "b", "0123456789", 10, NULL,
                                         on_doc, &c),
                     KG_OK);
    collector_free(&c);
    /* limits are checked: none may be 0, documents stay under 1 GiB */
    lim.max_doc_bytes = 0;
    assert_int_equal(kg_ctx_set_limits(f->ctx, &lim), KG_EINVAL);
    lim.max_doc_bytes = KG_MAX_DOC_BYTES + 1;
    assert_int_equal(kg_ctx_set_limits(f->ctx, &lim), KG_EINVAL);
    {
        kg_limits def = KG_LIMITS_INIT;
        assert_int_equal(kg_ctx_set_limits(f->ctx, &def), KG_OK);
    }
}

/* Strict reading: a bad JSONL line fails the read with its file and line,
 * instead of being reported and skipped. */
static void test_strict_lines(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p = puts0(f, "odd.jsonl",
                          "{\"text\":\"Turkey votes.\"}\nnot json\n"
                          "{\"text\":\"Russia votes.\"}\n");

    memset(&c, 0, sizeof(c));
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 2);
    assert_int_equal(c.nerrs, 1);
    assert_int_equal(c.errs[0].line, 2);
    collector_free(&c);
    assert_int_equal(kg_text_read_path(f->strict, p, NULL, on_doc, on_err, &c),
                     KG_EPARSE);
    assert_int_equal(c.ndocs, 1);
    assert_int_equal(c.nerrs, 0);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), ":2: invalid JSON"));
    collector_free(&c);
}

/* A document of nothing but dropped control characters is an empty,
 * NUL-terminated text (fuzz_petrarch found it unterminated). */
static void test_only_controls(void **state)
{
    fixture *f = *state;
    collector c;

    memset(&c, 0, sizeof(c));
    assert_int_equal(kg_text_read_buffer(f->ctx, "c", "\x10\x01", 2, NULL,
                                         on_doc, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_string_equal(c.docs[0].text, "");
    collector_free(&c);
}

/* HTML by name and by content; text that merely holds a '<' stays text. */
static void test_html_detect(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p;

    memset(&c, 0, sizeof(c));
    p = puts0(f, "page.htm", "<b>Turkey</b> votes.");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 1);
    assert_int_equal(c.nerrs, 0);
    assert_string_equal(c.docs[0].format, "html");
    assert_string_equal(c.docs[0].text, "Turkey votes.");
    collector_free(&c);

    /* a page saved as .txt, and one without an extension */
    p = puts0(f, "saved.txt",
              "\xEF\xBB\xBF\n  <!DOCTYPE html><html><head><title>T</title>"
              "</head><body><p>One.</p></body></html>");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    p = puts0(f, "fragment", "<p>Turkey votes.</p>\n<p>Russia waits.</p>");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    p = puts0(f, "prose-with-tags.txt",
              "Turkey votes<br>\nRussia <a href=\"x\">waits</a><br>\nEnd.");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 3);
    assert_string_equal(c.docs[0].format, "html");
    assert_string_equal(c.docs[0].text, "One.");
    assert_string_equal(c.docs[0].title, "T");
    assert_string_equal(c.docs[1].format, "html");
    assert_string_equal(c.docs[1].text, "Turkey votes.\n\nRussia waits.");
    assert_string_equal(c.docs[2].format, "html");
    assert_string_equal(c.docs[2].text, "Turkey votes\nRussia waits\nEnd.");
    collector_free(&c);

    /* not HTML: a comparison, Reuters-21578 tickers, a .html without tags */
    p = puts0(f, "less.txt", "If a < b then c > d.\nBankers Trust <BT> said.");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    p = puts0(f, "ticker.txt", "<BT> Bankers Trust said it rose.");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    p = puts0(f, "plain.html", "Just text\n\nin two paragraphs.");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 3);
    assert_string_equal(c.docs[0].format, "text");
    assert_string_equal(c.docs[1].format, "text");
    assert_string_equal(c.docs[2].format, "text");
    assert_string_equal(c.docs[2].text, "Just text\n\nin two paragraphs.");
    collector_free(&c);

    /* a buffer */
    assert_int_equal(kg_text_read_buffer(f->ctx, "b", "<html><p>x &amp; y</p>",
                                         22, NULL, on_doc, &c),
                     KG_OK);
    assert_string_equal(c.docs[0].text, "x & y");
    assert_string_equal(c.docs[0].format, "html");
    collector_free(&c);
}

/* JSONL fields: source, html, dates in every accepted form, records with
 * nothing to read. */
static void test_jsonl_fields(void **state)
{
    fixture *f = *state;
    collector c;
    const char *p = puts0(
        f, "fields.jsonl",
        "{\"id\":\"s1\",\"text\":\"Turkey votes.\",\"source\":\"Reuters\","
        "\"dateline\":\"ANKARA, May 12 -\","
        "\"date\":\"Fri, 12 May 2023 10:00:00 +0300\"}\n"
        "{\"id\":\"s2\",\"text\":\"\",\"title\":\"Title only\"}\n"
        "{\"id\":\"s3\",\"text\":\"   \\n \"}\n"
        "{\"id\":\"s4\",\"html\":\"<html><head><title>Page | Site</title>"
        "<meta property=\\\"article:published_time\\\" "
        "content=\\\"2023-05-13T01:00:00+03:00\\\"></head><body><p>From "
        "html.</p></body></html>\",\"title\":\"JSON title\"}\n"
        "{\"id\":\"s5\",\"text\":\"<!DOCTYPE html><html><body><p>Html in "
        "text.</p><script>x</script></body></html>\",\"date\":20230514}\n"
        "{\"id\":\"s6\",\"title\":\"no body\"}\n"
        "{\"id\":\"s7\",\"text\":\"\",\"html\":\"<p>Blank text, html "
        "wins.</p><p>Second.</p>\"}\n"
        "{\"id\":\"s8\",\"text\":\"Turkey\\u2019s vote.\",\"url\":\"\","
        "\"dateline\":\" \",\"source\":\"\",\"date\":\"2023-05-12T23:30:00-04:00\"}\n"
        "{\"id\":\"s9\",\"text\":\"Russia.\",\"date\":\"26-FEB-1987 "
        "15:01:01.79\",\"title\":\"\"}\n");

    memset(&c, 0, sizeof(c));
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    assert_int_equal(c.ndocs, 6);
    assert_string_equal(c.docs[0].id, "s1");
    assert_string_equal(c.docs[0].source, "Reuters");
    assert_string_equal(c.docs[0].date, "2023-05-12");
    assert_string_equal(c.docs[0].format, "jsonl");
    /* the dateline is metadata: the text (and its offsets) go without it */
    assert_string_equal(c.docs[0].dateline, "ANKARA, May 12 -");
    assert_string_equal(c.docs[0].text, "Turkey votes.");
    assert_null(c.docs[1].dateline);
    /* the record's own title beats the page's; the page gives the date */
    assert_string_equal(c.docs[1].id, "s4");
    assert_string_equal(c.docs[1].title, "JSON title");
    assert_string_equal(c.docs[1].date, "2023-05-13");
    assert_string_equal(c.docs[1].text, "From html.");
    assert_string_equal(c.docs[1].format, "jsonl");
    assert_int_equal(c.docs[1].line, 4);
    assert_string_equal(c.docs[2].id, "s5");
    assert_string_equal(c.docs[2].text, "Html in text.");
    assert_string_equal(c.docs[2].date, "2023-05-14");
    assert_string_equal(c.docs[3].id, "s7");
    assert_string_equal(c.docs[3].text, "Blank text, html wins.\n\nSecond.");
    assert_string_equal(c.docs[4].id, "s8");
    assert_null(c.docs[4].url);
    assert_null(c.docs[4].source);
    assert_null(c.docs[4].dateline); /* blank */
    assert_string_equal(c.docs[4].date, "2023-05-12"); /* as written */
    assert_string_equal(c.docs[4].text, "Turkey\xE2\x80\x99s vote.");
    assert_string_equal(c.docs[5].date, "1987-02-26");
    assert_null(c.docs[5].title);
    /* only the record without text or html is an error */
    assert_int_equal(c.nerrs, 1);
    assert_int_equal(c.errs[0].line, 6);
    assert_non_null(strstr(c.errs[0].msg, "\"html\""));
    collector_free(&c);
}

/* kg_text_read_path_lines() hands out the lines of a corpus unparsed, and
 * kg_text_read_line() reads each into what kg_text_read_path() gives: the
 * same documents and the same reports (the -j N path of kg build). */
typedef struct line_rec {
    char *text[16];
    size_t line[16], len[16], n;
} line_rec;

static int on_line(const char *path, size_t line, const char *text,
                   size_t len, void *payload)
{
    line_rec *l = payload;
    assert_non_null(path);
    assert_true(l->n < 16);
    l->text[l->n] = malloc(len + 1);
    assert_non_null(l->text[l->n]);
    memcpy(l->text[l->n], text, len);
    l->text[l->n][len] = '\0';
    l->line[l->n] = line;
    l->len[l->n++] = len;
    return 0;
}

static void test_jsonl_lines(void **state)
{
    fixture *f = *state;
    collector whole, parts;
    line_rec lines;
    size_t i;
    const char *p = puts0(
        f, "lines.jsonl",
        "{\"id\":\"l1\",\"text\":\"Turkey votes.\",\"date\":\"2023-05-12\"}\n"
        "\n"
        "{\"id\":\"l3\",\"text\":\"  \"}\n"
        "{\"id\":\"l4\" broken\n"
        "{\"id\":\"l5\",\"html\":\"<p>From html.</p>\"}\n"
        "{\"id\":7,\"text\":\"ANKARA, May 12 (Reuters) - A dateline.\"}\n");
    const char *bare = puts0(f, "plain.txt", "Not a corpus.\n");

    memset(&whole, 0, sizeof(whole));
    memset(&parts, 0, sizeof(parts));
    memset(&lines, 0, sizeof(lines));
    assert_int_equal(
        kg_text_read_path(f->ctx, p, "2023-01-01", on_doc, on_err, &whole),
        KG_OK);
    assert_int_equal(kg_text_read_path_lines(f->ctx, p, "2023-01-01", on_doc,
                                             on_err, on_line, &lines),
                     KG_OK);
    assert_int_equal(lines.n, 5); /* the blank line is not handed out */
    assert_int_equal(lines.line[1], 3);
    for (i = 0; i < lines.n; i++)
        assert_int_equal(kg_text_read_line(f->ctx, p, lines.line[i],
                                           lines.text[i], lines.len[i],
                                           "2023-01-01", on_doc, on_err,
                                           &parts),
                         KG_OK);
    assert_int_equal(parts.ndocs, whole.ndocs);
    assert_int_equal(parts.ndocs, 3);
    for (i = 0; i < whole.ndocs; i++) {
        assert_string_equal(parts.docs[i].id, whole.docs[i].id);
        assert_string_equal(parts.docs[i].text, whole.docs[i].text);
        assert_string_equal(parts.docs[i].date, whole.docs[i].date);
        assert_string_equal(parts.docs[i].format, whole.docs[i].format);
        assert_int_equal(parts.docs[i].line, whole.docs[i].line);
    }
    assert_int_equal(parts.nerrs, 1);
    assert_int_equal(whole.nerrs, 1);
    assert_int_equal(parts.errs[0].line, 4);
    assert_string_equal(parts.errs[0].msg, whole.errs[0].msg);
    /* strict: the bad line fails the read, with the line in the message */
    assert_int_equal(kg_text_read_line(f->strict, p, lines.line[2],
                                       lines.text[2], lines.len[2], NULL,
                                       on_doc, on_err, &parts),
                     KG_EPARSE);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), "lines.jsonl:4:"));
    for (i = 0; i < lines.n; i++)
        free(lines.text[i]);
    collector_free(&whole);
    collector_free(&parts);
    /* other inputs still come as documents */
    memset(&lines, 0, sizeof(lines));
    assert_int_equal(kg_text_read_path_lines(f->ctx, bare, NULL, on_doc,
                                             on_err, on_line, &whole),
                     KG_OK);
    assert_int_equal(whole.ndocs, 1);
    collector_free(&whole);
}

/* A document read back through its offset map: every token's input bytes,
 * cleaned again, are the token. */
static void check_map(const rec_doc *d, const char *raw, size_t rawlen)
{
    kg_doc doc;
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    size_t i;

    memset(&doc, 0, sizeof(doc));
    doc.text = d->text;
    doc.len = d->len;
    doc.offsets = d->offsets;
    doc.noffsets = d->noffsets;
    assert_int_equal(kg_text__segment(d->text, d->len, &seg), KG_OK);
    for (i = 0; i < seg.ntokens + seg.nsentences; i++) {
        size_t a, b, sa, sb;
        kg_buf back = KG_BUF_INIT;
        if (i < seg.ntokens) {
            a = seg.tokens[i].start;
            b = seg.tokens[i].end;
        } else {
            a = seg.sentences[i - seg.ntokens].start;
            b = seg.sentences[i - seg.ntokens].end;
        }
        kg_doc_source_span(&doc, a, b, &sa, &sb);
        if (!(sa <= sb && sb <= rawlen))
            print_error("span [%zu,%zu) -> [%zu,%zu) of %zu\n", a, b, sa, sb,
                        rawlen);
        assert_true(sa <= sb && sb <= rawlen);
        assert_int_equal(kg_doc_source_offset(&doc, a), sa);
        assert_int_equal(kg_utf8_clean(raw + sa, sb - sa, 0, &back, NULL),
                         KG_OK);
        if (back.len != b - a || memcmp(back.ptr, d->text + a, b - a) != 0)
            print_error("span [%zu,%zu) '%.*s' -> [%zu,%zu) '%.*s'\n", a, b,
                        (int)(b - a), d->text + a, sa, sb, (int)(sb - sa),
                        raw + sa);
        assert_int_equal(back.len, b - a);
        assert_memory_equal(back.ptr, d->text + a, b - a);
        kg_buf_dispose(&back);
    }
    kg_segmentation_dispose(&seg);
}

static void test_offsets(void **state)
{
    fixture *f = *state;
    collector c;
    /* e + U+0301 (NFC: é, one byte shorter), a dropped control character,
     * an invalid byte (U+FFFD, two bytes longer), curly quotes */
    static const char raw[] =
        "Cafe\xCC\x81 in Ankara.\n\x01Turkey\xE2\x80\x99s "
        "\xFFvote is \xE2\x80\x9C"
        "close\xE2\x80\x9D.\x02";
    const size_t rawlen = sizeof(raw) - 1;
    kg_doc doc;
    size_t a, b;
    const char *p;

    memset(&c, 0, sizeof(c));
    assert_int_equal(
        kg_text_read_buffer(f->ctx, "m", raw, rawlen, NULL, on_doc, &c), KG_OK);
    assert_string_equal(c.docs[0].text,
                        "Caf\xC3\xA9 in Ankara.\nTurkey\xE2\x80\x99s "
                        "\xEF\xBF\xBDvote is \xE2\x80\x9C"
                        "close\xE2\x80\x9D.");
    assert_true(c.docs[0].noffsets >= 2);
    check_map(&c.docs[0], raw, rawlen);
    memset(&doc, 0, sizeof(doc));
    doc.text = c.docs[0].text;
    doc.len = c.docs[0].len;
    doc.offsets = c.docs[0].offsets;
    doc.noffsets = c.docs[0].noffsets;
    /* "Café in Ankara." is raw[0..17); "Turkey" starts after \n and \x01 */
    kg_doc_source_span(&doc, 0, 16, &a, &b);
    assert_int_equal(a, 0);
    assert_int_equal(b, 17);
    assert_int_equal(kg_doc_source_offset(&doc, 17), 19);
    /* the last sentence ends before the dropped \x02 */
    kg_doc_source_span(&doc, 0, doc.len, &a, &b);
    assert_int_equal(b, rawlen - 1);
    assert_int_equal(kg_doc_source_offset(&doc, doc.len), rawlen);
    collector_free(&c);

    /* a file, and a JSONL record (offsets into its decoded string) */
    p = put(f, "map.txt", raw, rawlen);
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    check_map(&c.docs[0], raw, rawlen);
    collector_free(&c);
    p = puts0(f, "map.jsonl",
              "{\"text\":\"Cafe\\u0301 \\u0001votes \\u201cnow\\u201d.\"}\n");
    assert_int_equal(kg_text_read_path(f->ctx, p, NULL, on_doc, on_err, &c),
                     KG_OK);
    {
        static const char decoded[] =
            "Cafe\xCC\x81 \x01votes \xE2\x80\x9Cnow\xE2\x80\x9D.";
        assert_true(c.docs[0].noffsets >= 2);
        check_map(&c.docs[0], decoded, sizeof(decoded) - 1);
    }
    collector_free(&c);
}

/* The map's rules on hand-made breakpoints. */
static void test_offset_rules(void **state)
{
    kg_doc doc;
    size_t a, b;
    kg_doc_offset drop[] = {{2, 2}, {2, 3}};   /* "ab\x01cd" -> "abcd" */
    kg_doc_offset grow[] = {{1, 1}, {4, 2}};   /* "a\xFF" -> "a" U+FFFD */
    kg_doc_offset shrink[] = {{3, 3}, {5, 6}}; /* "Cafe\xCC\x81" -> "Café" */
    (void)state;

    memset(&doc, 0, sizeof(doc));
    assert_int_equal(kg_doc_source_offset(&doc, 7), 7); /* no map */
    kg_doc_source_span(&doc, 1, 3, &a, &b);
    assert_int_equal(a, 1);
    assert_int_equal(b, 3);
    kg_doc_source_span(&doc, 1, 3, NULL, NULL);

    doc.offsets = drop;
    doc.noffsets = 2;
    assert_int_equal(kg_doc_source_offset(&doc, 2), 3); /* a start: after */
    kg_doc_source_span(&doc, 0, 2, &a, &b);
    assert_int_equal(b, 2); /* an end: before the dropped byte */
    kg_doc_source_span(&doc, 2, 4, &a, &b);
    assert_int_equal(a, 3);
    assert_int_equal(b, 5);
    kg_doc_source_span(&doc, 2, 2, &a, &b);
    assert_int_equal(a, 3);
    assert_int_equal(b, 3);

    doc.offsets = grow;
    assert_int_equal(kg_doc_source_offset(&doc, 4), 2);
    assert_int_equal(kg_doc_source_offset(&doc, 3), 2); /* clamped */
    assert_int_equal(kg_doc_source_offset(&doc, 6), 4);
    kg_doc_source_span(&doc, 1, 4, &a, &b);
    assert_int_equal(a, 1);
    assert_int_equal(b, 2);

    doc.offsets = shrink;
    kg_doc_source_span(&doc, 0, 5, &a, &b);
    assert_int_equal(a, 0);
    assert_int_equal(b, 6);
    assert_int_equal(kg_doc_source_offset(&doc, 3), 3);
    assert_int_equal(kg_doc_source_offset(&doc, 9), 10);
}

typedef struct date_case {
    const char *in, *want; /* want NULL: not a date */
} date_case;

static void test_parse_date(void **state)
{
    static const date_case cases[] = {
        {"2023-05-12", "2023-05-12"},
        {"  2023-05-12T22:30:00-04:00 ", "2023-05-12"},
        {"2023-05-12 10:00", "2023-05-12"},
        {"2023/05/12", "2023-05-12"},
        {"20230512", "2023-05-12"},
        {"20230512T100000Z", "2023-05-12"},
        {"Fri, 12 May 2023 10:00:00 +0300", "2023-05-12"},
        {"12 May 2023", "2023-05-12"},
        {"12 May, 2023", "2023-05-12"},
        {"May 12, 2023", "2023-05-12"},
        {"May 12 2023 4:05 PM UTC", "2023-05-12"},
        {"Friday, May 12, 2023", "2023-05-12"},
        {"Sept. 3, 2021", "2021-09-03"},
        {"May 12th, 2023", "2023-05-12"},
        {"1 March 2020", "2020-03-01"},
        {"26-FEB-1987 15:01:01.79", "1987-02-26"},
        {"3-MAR-1987 09:00:00.00", "1987-03-03"},
        {"2024-02-29", "2024-02-29"},
        {"2023-02-29", NULL},
        {"2023-13-01", NULL},
        {"2023-5-12", NULL},
        {"202305121", NULL},
        {"yesterday", NULL},
        {"May 2023", NULL},
        {"12 May", NULL},
        {"Fri, 31 Apr 2023 10:00:00 GMT", NULL},
        {"", NULL},
        {"   ", NULL}};
    size_t i;
    (void)state;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char out[11] = "unset";
        int ok = kg_text__parse_date(cases[i].in, strlen(cases[i].in), out);
        if (ok != (cases[i].want != NULL) ||
            (ok && strcmp(out, cases[i].want) != 0))
            print_error("date '%s': got %d '%s'\n", cases[i].in, ok, out);
        assert_int_equal(ok, cases[i].want != NULL);
        if (ok)
            assert_string_equal(out, cases[i].want);
    }
    {
        char out[11];
        const char *s = "Updated 10:52 AM EDT, Fri May 19, 2023";
        assert_int_equal(kg_text__find_date(s, strlen(s), out), 1);
        assert_string_equal(out, "2023-05-19");
        s = "Published 3 hours ago";
        assert_int_equal(kg_text__find_date(s, strlen(s), out), 0);
    }
}

typedef struct dateline_case {
    const char *in;
    const char *dateline; /* the expected dateline, NULL for none */
    int y, m, d;
} dateline_case;

static void test_dateline(void **state)
{
    static const dateline_case cases[] = {
        {"ANKARA, May 12 (Reuters) - Turkish President",
         "ANKARA, May 12 "
         "(Reuters) -",
         0, 5, 12},
        {"WASHINGTON (AP) \xE2\x80\x94 The Senate",
         "WASHINGTON (AP) "
         "\xE2\x80\x94",
         0, 0, 0},
        {"ANKARA, Turkey (AP) \xE2\x80\x94 Turkey\xE2\x80\x99s parliament",
         "ANKARA, Turkey (AP) \xE2\x80\x94", 0, 0, 0},
        {"LONDON, Jan. 5, 2023 (Reuters) -- Britain",
         "LONDON, Jan. 5, 2023 "
         "(Reuters) --",
         2023, 1, 5},
        {"SALVADOR, Feb 26 - Showers continued", "SALVADOR, Feb 26 -", 0, 2,
         26},
        {"NAJAF, Iraq - Explosions", "NAJAF, Iraq -", 0, 0, 0},
        {"CHARLESTON, S.C. - Tropical Storm Gaston", "CHARLESTON, S.C. -", 0, 0,
         0},
        {"ABUJA, Aug 25, 2004 (dpa) -- Rebel groups",
         "ABUJA, Aug 25, 2004 "
         "(dpa) --",
         2004, 8, 25},
        {"S\xC3\x83O PAULO, Brazil (Reuters) - Brazil",
         "S\xC3\x83O PAULO, "
         "Brazil (Reuters) -",
         0, 0, 0},
        {"Istanbul, Turkey (CNN) \xE2\x80\x94 Turkish",
         "Istanbul, Turkey "
         "(CNN) \xE2\x80\x94",
         0, 0, 0},
        {"(CNN) \xE2\x80\x94 Turkish President", "(CNN) \xE2\x80\x94", 0, 0, 0},
        {"AP - The man who claims", "AP -", 0, 0, 0},
        {"Reuters - Iraq's interim government", "Reuters -", 0, 0, 0},
        {"Canadian Press - VANCOUVER (CP) - The sister",
         "Canadian Press - "
         "VANCOUVER (CP) -",
         0, 0, 0},
        /* (a place in capitals alone before a double dash, as AG News
         * writes the Boston Globe's: 2026-11-23) */
        {"GAZA CITY -- Palestinian gunmen", "GAZA CITY --", 0, 0, 0},
        /* AFP's colon after a place in capitals */
        {"GAZA CITY, Palestinian Territories: Four children",
         "GAZA CITY, Palestinian Territories:", 0, 0, 0},
        {"ISLAMABAD: Seven people", "ISLAMABAD:", 0, 0, 0},
        {"ISLAMABAD:", "ISLAMABAD:", 0, 0, 0},
        /* a place in capitals alone before a double hyphen or a dash */
        {"BAGHDAD -- Kidnappers seized", "BAGHDAD --", 0, 0, 0},
        {"KABUL \xE2\x80\x94 Two US soldiers", "KABUL \xE2\x80\x94", 0, 0, 0},
        /* a newspaper credited as a wire, then its own dateline (AG News:
         * actor29 2026-11-25) */
        {"Los Angeles Times - BAGHDAD \xE2\x80\x94 Militants said",
         "Los Angeles Times - BAGHDAD \xE2\x80\x94", 0, 0, 0},
        {"USATODAY.com - The economy", "USATODAY.com -", 0, 0, 0},
        /* not datelines */
        {"NATO - Russia talks resume", NULL, 0, 0, 0},
        {"Baghdad -- Kidnappers seized", NULL, 0, 0, 0},
        {"Ankara, Turkey's capital, is calm.", NULL, 0, 0, 0},
        {"Iraq-based militants attacked.", NULL, 0, 0, 0},
        {"Turkey votes on Sunday - officials said.", NULL, 0, 0, 0},
        {"ANKARA, May 12 (Reuters) said", NULL, 0, 0, 0},
        {"The U.S. (AP) said", NULL, 0, 0, 0},
        {"WASHINGTON-based groups", NULL, 0, 0, 0},
        {"Gould Inc (GLD) - said it would buy", NULL, 0, 0, 0},
        {"SOYBEAN OIL (cont.) -", NULL, 0, 0, 0},
        {"(CORRECTION) - The figure", NULL, 0, 0, 0},
        {"Schools' Factual (primary) - 12", NULL, 0, 0, 0},
        {"Ankara: the capital is calm", NULL, 0, 0, 0},
        {"ISLAMABAD:Seven", NULL, 0, 0, 0},
        {"", NULL, 0, 0, 0}};
    size_t i;
    (void)state;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const dateline_case *c = &cases[i];
        kg_text__dateline_info info;
        size_t n = kg_text__dateline(c->in, strlen(c->in), &info);
        size_t want = c->dateline ? strlen(c->dateline) : 0;
        if (n != want)
            print_error("dateline '%s': got %zu, want %zu\n", c->in, n, want);
        assert_int_equal(n, want);
        if (want) {
            assert_memory_equal(c->in, c->dateline, want);
            assert_int_equal(info.year, c->y);
            assert_int_equal(info.month, c->m);
            assert_int_equal(info.day, c->d);
        }
    }
    {
        kg_text__dateline_info info = {0, 12, 30};
        char out[11];
        /* the year nearest the reference date */
        assert_int_equal(kg_text__dateline_date(&info, "2024-01-03", out), 1);
        assert_string_equal(out, "2023-12-30");
        assert_int_equal(kg_text__dateline_date(&info, "2023-06-01", out), 1);
        assert_string_equal(out, "2022-12-30");
        info.month = 1;
        info.day = 2;
        assert_int_equal(kg_text__dateline_date(&info, "2023-12-30", out), 1);
        assert_string_equal(out, "2024-01-02");
        assert_int_equal(kg_text__dateline_date(&info, NULL, out), 0);
        info.month = 2;
        info.day = 29;
        assert_int_equal(kg_text__dateline_date(&info, "2023-03-01", out), 1);
        assert_string_equal(out, "2024-02-29");
        info.year = 2020;
        assert_int_equal(kg_text__dateline_date(&info, NULL, out), 1);
        assert_string_equal(out, "2020-02-29");
    }
}

/* Where a document's date comes from, in order. */
static void test_doc_dates(void **state)
{
    fixture *f = *state;
    collector c;
    static const struct {
        const char *text, *def, *want;
    } cases[] = {
        {"ANKARA, May 12 (Reuters) - Turkey votes on Sunday.", NULL, NULL},
        {"ANKARA, May 12 (Reuters) - Turkey votes on Sunday.", "2023-05-14",
         "2023-05-12"},
        {"LONDON, Dec. 30 (Reuters) - Britain said.", "2024-01-03",
         "2023-12-30"},
        {"LONDON, Jan. 5, 2023 (Reuters) -- Britain said.", NULL, "2023-01-05"},
        {"WASHINGTON (AP) \xE2\x80\x94 The Senate voted.", "2020-01-01",
         "2020-01-01"},
        {"Headline\nUpdated 10:52 AM EDT, Fri May 19, 2023\n\nText.", NULL,
         "2023-05-19"},
        {"date 2023-05-12\nANKARA, May 11 (Reuters) - Turkey.", NULL,
         "2023-05-12"},
        {"Turkey votes.\n\nANKARA, May 11 (Reuters) - later.", NULL, NULL},
        {"<html><body><p>ANKARA, May 12 (Reuters) - Turkey spoke.</p>"
         "</body></html>",
         "2023-06-01", "2023-05-12"},
        {"<html><head><meta name=\"date\" content=\"2022-01-02\"></head>"
         "<body><p>ANKARA, May 12 (Reuters) - Turkey spoke.</p></body></html>",
         "2023-06-01", "2022-01-02"}};
    size_t i;

    memset(&c, 0, sizeof(c));
    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        assert_int_equal(kg_text_read_buffer(f->ctx, "d", cases[i].text,
                                             strlen(cases[i].text),
                                             cases[i].def, on_doc, &c),
                         KG_OK);
        if (!cases[i].want) {
            if (c.docs[0].date)
                print_error("case %zu: date %s\n", i, c.docs[0].date);
            assert_null(c.docs[0].date);
        } else {
            assert_non_null(c.docs[0].date);
            assert_string_equal(c.docs[0].date, cases[i].want);
        }
        collector_free(&c);
    }
    /* metadata beats the dateline */
    {
        const char *p = puts0(f, "dl.jsonl",
                              "{\"text\":\"ANKARA, May 11 (Reuters) - X.\","
                              "\"date\":\"2023-05-12\"}\n");
        assert_int_equal(
            kg_text_read_path(f->ctx, p, "2000-01-01", on_doc, on_err, &c),
            KG_OK);
        assert_string_equal(c.docs[0].date, "2023-05-12");
        collector_free(&c);
    }
    /* a dateline alone on the first line is no title either */
    {
        const char *t = "WASHINGTON (AP) \xE2\x80\x94\nThe Senate voted.";
        assert_int_equal(
            kg_text_read_buffer(f->ctx, "d", t, strlen(t), NULL, on_doc, &c),
            KG_OK);
        assert_null(c.docs[0].title);
        collector_free(&c);
    }
    /* the stamp line is no title */
    {
        const char *t = "Updated 10:52 AM EDT, May 19, 2023\nText.";
        assert_int_equal(
            kg_text_read_buffer(f->ctx, "d", t, strlen(t), NULL, on_doc, &c),
            KG_OK);
    }
    assert_null(c.docs[0].title);
    assert_string_equal(c.docs[0].date, "2023-05-19");
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
        cmocka_unit_test(test_strict_lines),
        cmocka_unit_test(test_only_controls),
        cmocka_unit_test(test_unreadable),
        cmocka_unit_test(test_stop),
        cmocka_unit_test(test_size_cap),
        cmocka_unit_test(test_html_detect),
        cmocka_unit_test(test_jsonl_fields),
        cmocka_unit_test(test_jsonl_lines),
        cmocka_unit_test(test_offsets),
        cmocka_unit_test(test_offset_rules),
        cmocka_unit_test(test_parse_date),
        cmocka_unit_test(test_dateline),
        cmocka_unit_test(test_doc_dates),
        cmocka_unit_test(test_long_jsonl_line),
        cmocka_unit_test(test_stdin),
        cmocka_unit_test(test_buffer_titles),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");
    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, setup, teardown);
}
