/*
 * read.c: the text stage's readers.  Files, folders (recursive, in byte
 * order of names, hidden entries skipped), stdin and in-memory buffers
 * become kg_doc records: valid NFC UTF-8 with an id, a date and, for plain
 * text, a title guessed from a short first line.
 *
 * The document text is the cleaned input (kg_utf8_clean_map: invalid
 * bytes become U+FFFD, controls are dropped, NFC); every offset the later
 * stages keep indexes it, and kg_doc.offsets maps it back to the input
 * where the cleaning changed lengths (see doc.c).  A `date YYYY-MM-DD`
 * first line and datelines stay in the text; the segmenter marks them as
 * boilerplate.  HTML is recognised by content and goes to html.c.
 *
 * Memory: one kg_text__reader per call holds the buffers, reused from one
 * document to the next; each document is handed to the callback and
 * forgotten before the next is read.
 */
#include "reader.h"

#include <assert.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "kg/common.h"

#include "../core/ctx_internal.h"
#include "../util/utf8.h"
#include "date.h"
#include "segment.h"

/* Folders nested deeper than this are skipped (a symlink loop ends). */
#define READ_MAX_DEPTH 32

/* Titles are short; a long first line is the article's first paragraph. */
#define READ_MAX_TITLE 300u

/* A dateline or time stamp is looked for in this many first lines. */
#define READ_DATE_LINES 6

static void read_reader_init(kg_text__reader *r,
                             kg_ctx *ctx,
                             const char *default_date,
                             kg_doc_cb cb,
                             kg_doc_error_cb on_error,
                             void *payload)
{
    memset(r, 0, sizeof(*r));
    r->ctx = ctx;
    r->default_date = default_date;
    r->cb = cb;
    r->on_error = on_error;
    r->payload = payload;
    r->strict = ctx ? (kg_ctx_flags(ctx) & KG_OPT_STRICT) != 0 : 0;
    r->max_input = kg_ctx__limits(ctx)->max_doc_bytes;
    r->line.max = r->max_input;
}

static void read_reader_dispose(kg_text__reader *r)
{
    kg_buf_dispose(&r->text);
    kg_buf_dispose(&r->title);
    kg_buf_dispose(&r->id);
    kg_buf_dispose(&r->url);
    kg_buf_dispose(&r->source);
    kg_buf_dispose(&r->line);
    kg_buf_dispose(&r->dateline);
    free(r->map);
    r->map = NULL;
    r->nmap = r->capmap = 0;
}

int kg_text__report(kg_text__reader *r,
                    const char *path,
                    size_t line,
                    int status,
                    const char *msg)
{
    if (r->strict) {
        if (line)
            return kg_ctx__error(r->ctx, status, "%s:%zu: %s", path, line,
                                 msg);
        return kg_ctx__error(r->ctx, status, "%s: %s", path, msg);
    }
    if (r->on_error)
        r->on_error(path, line, status, msg, r->payload);
    return KG_OK;
}

void kg_text__fmt_size(size_t n, char out[32])
{
    if (n >= ((size_t)1 << 20) && n % ((size_t)1 << 20) == 0)
        snprintf(out, 32, "%zu MiB", n >> 20);
    else if (n >= 1024 && n % 1024 == 0)
        snprintf(out, 32, "%zu KiB", n >> 10);
    else
        snprintf(out, 32, "%zu bytes", n);
}

/* A document over the size limit: reported and skipped (see
 * kg_text__report). */
static int read_too_large(kg_text__reader *r, const char *path, size_t line)
{
    char lim[32], msg[96];
    kg_text__fmt_size(r->max_input, lim);
    snprintf(msg, sizeof(msg), "document larger than the %s limit", lim);
    return kg_text__report(r, path, line, KG_ELIMIT, msg);
}

/* The message for errno e, without strerror's shared buffer. */
static int read_errno(kg_text__reader *r, const char *path, int e)
{
    char msg[128];
    int status = (e == ENOENT || e == ENOTDIR) ? KG_ENOTFOUND
                 : e == ENOMEM                 ? KG_ENOMEM
                                               : KG_EIO;
    if (strerror_r(e, msg, sizeof(msg)) != 0)
        snprintf(msg, sizeof(msg), "error %d", e);
    return kg_ctx__error(r->ctx, status, "%s: %s", path, msg);
}

static int read_is_blank_byte(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' ||
           c == '\v';
}

/* The first line of t[from..len) with text in it, without the blanks
 * around it; returns 0 when there is none. */
static int
read_next_line(const char *t, size_t len, size_t from, size_t *a, size_t *b)
{
    size_t i = from;
    while (i < len) {
        const char *nl = memchr(t + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - t) : len, s = i;
        while (s < e && read_is_blank_byte(t[s]))
            s++;
        /* a UTF-8 byte order mark is not text */
        if (e - s >= 3 && memcmp(t + s, "\xEF\xBB\xBF", 3) == 0)
            s += 3;
        while (s < e && read_is_blank_byte(t[s]))
            s++;
        while (e > s && read_is_blank_byte(t[e - 1]))
            e--;
        if (s < e) {
            *a = s;
            *b = e;
            return 1;
        }
        i = nl ? (size_t)(nl - t) + 1 : len;
    }
    return 0;
}

/* A title ends without final punctuation: not . ! ? … , ; : (also not
 * when a closing quote follows one). */
static int read_has_final_punct(const char *s, size_t n)
{
    size_t k = n;
    int32_t cp = -1;
    int i;
    for (i = 0; i < 2 && k > 0; i++) {
        size_t start = kg_utf8_truncate(s, k - 1);
        kg_utf8_decode(s + start, k - start, &cp);
        if (cp == '"' || cp == '\'' || cp == 0x201D || cp == 0x2019 ||
            cp == ')') {
            k = start;
            continue;
        }
        break;
    }
    return cp == '.' || cp == '!' || cp == '?' || cp == ',' || cp == ';' ||
           cp == ':' || cp == 0x2026;
}

/* Byte offset of the first invalid UTF-8 sequence in s[0..n). */
static size_t read_first_invalid(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        size_t k = kg_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            return i;
        i += k;
    }
    return n;
}

/* kg_utf8_map_cb: a breakpoint of the document's offset map. */
static int read_map_point(size_t text, size_t source, void *payload)
{
    kg_text__reader *r = payload;
    if (r->nmap && r->map[r->nmap - 1].text == text &&
        r->map[r->nmap - 1].source == source)
        return KG_OK; /* one region ends where the next begins */
    if (r->nmap == r->capmap) {
        size_t cap = r->capmap ? r->capmap * 2 : 16;
        kg_doc_offset *p = realloc(r->map, cap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        r->map = p;
        r->capmap = cap;
    }
    r->map[r->nmap].text = text;
    r->map[r->nmap].source = source;
    r->nmap++;
    return KG_OK;
}

/*
 * The date the first lines of t give, when the metadata gave none: a time
 * stamp line ("Updated 10:52 AM EDT, Fri May 19, 2023") or a dateline
 * ("ANKARA, May 12 (Reuters) -"), whichever comes first.  A dateline
 * without a year borrows one from the user's default date, or gives none.
 */
static const char *read_text_date(kg_text__reader *r, const char *t, size_t len)
{
    size_t from = 0, a, b;
    int lines = 0;

    while (lines < READ_DATE_LINES && read_next_line(t, len, from, &a, &b)) {
        kg_text__dateline_info info;
        lines++;
        from = b;
        if (kg_text__is_stamp_line(t + a, b - a)) {
            if (kg_text__find_date(t + a, b - a, r->date))
                return r->date;
            continue;
        }
        if (kg_text__dateline(t + a, b - a, &info)) {
            if (kg_text__dateline_date(&info, r->default_date, r->date))
                return r->date;
            /* the first dateline is the story's; later ones are not */
            return NULL;
        }
    }
    return NULL;
}

int kg_text__emit(
    kg_text__reader *r, kg_doc *doc, const char *raw, size_t n, unsigned flags)
{
    size_t invalid = 0, a, b, dl = 0;
    const char *t;
    int err, have_line;

    kg_buf_clear(&r->text);
    r->nmap = 0;
    err =
        kg_utf8_clean_map(raw, n, r->strict, &r->text, &invalid,
                          (flags & KG_TEXT__NO_MAP) ? NULL : read_map_point, r);
    if (err == KG_EUTF8) {
        size_t at = read_first_invalid(raw, n);
        if (doc->line)
            return kg_ctx__error(r->ctx, err,
                                 "%s:%zu: invalid UTF-8 at byte %zu of text",
                                 doc->path, doc->line, at);
        return kg_ctx__error(r->ctx, err, "%s: invalid UTF-8 at byte %zu",
                             doc->path, at);
    }
    if (err == KG_ELIMIT)
        return kg_ctx__error(r->ctx, err, "%s: text too large", doc->path);
    if (err < 0)
        return kg_ctx__error(r->ctx, err, "%s: out of memory", doc->path);
    if (!r->text.ptr && (err = kg_buf_put(&r->text, "", 0)) < 0)
        return err;
    t = r->text.ptr;
    doc->text = t;
    doc->len = r->text.len;
    doc->invalid_bytes += invalid;
    doc->offsets = r->nmap ? r->map : NULL;
    doc->noffsets = r->nmap;
    if (!doc->format)
        doc->format = "text";

    have_line = read_next_line(t, r->text.len, 0, &a, &b);
    if (have_line) {
        dl = kg_text__date_prefix(t + a, b - a, r->date);
        if (dl && !doc->date)
            doc->date = r->date;
    }
    if (!doc->date)
        doc->date = read_text_date(r, t, r->text.len);
    if (!doc->date)
        doc->date = r->default_date;

    if ((flags & KG_TEXT__GUESS_TITLE) && have_line && !doc->title) {
        size_t na, nb;
        a += dl;
        while (a < b && read_is_blank_byte(t[a]))
            a++;
        if (a == b && !read_next_line(t, r->text.len, b, &a, &b))
            a = b;
        /* a title only when more text follows it */
        if (a < b && b - a <= READ_MAX_TITLE &&
            !read_has_final_punct(t + a, b - a) &&
            !kg_text__is_stamp_line(t + a, b - a) &&
            !kg_text__dateline(t + a, b - a, NULL) &&
            read_next_line(t, r->text.len, b, &na, &nb)) {
            kg_buf_clear(&r->title);
            if ((err = kg_buf_put(&r->title, t + a, b - a)) < 0)
                return err;
            doc->title = r->title.ptr;
        }
    }
    return r->cb(doc, r->payload);
}

/* One document from data: HTML when its content says so (or, with
 * html_name set, when a file named .html holds any markup), else text. */
static int read_plain(kg_text__reader *r,
                      const char *id,
                      const char *path,
                      const char *data,
                      size_t len,
                      int html_name)
{
    kg_doc doc;
    memset(&doc, 0, sizeof(doc));
    doc.id = id;
    doc.path = path;
    if (kg_text__looks_like_html(data, len) ||
        (html_name && memchr(data, '<', len)))
        return kg_text__html(r, &doc, data, len);
    doc.format = "text";
    return kg_text__emit(r, &doc, data, len, KG_TEXT__GUESS_TITLE);
}

/* Append all of f to b (b->max caps it: KG_ELIMIT, without a message). */
static int read_all(kg_text__reader *r, FILE *f, const char *path, kg_buf *b)
{
    char chunk[65536];
    size_t got;
    int err;

    while ((got = fread(chunk, 1, sizeof(chunk), f)) > 0) {
        if ((err = kg_buf_put(b, chunk, got)) < 0)
            return err;
    }
    if (ferror(f))
        return read_errno(r, path, errno ? errno : EIO);
    return KG_OK;
}

static int read_is_blank(const char *s, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (!read_is_blank_byte(s[i]))
            return 0;
    return 1;
}

/* A JSONL corpus is read in blocks of this size: lines are found with
 * memchr and most are handed on where they lie in the block.  Reading a
 * byte at a time (getc) cost the reading thread about 13 instructions a
 * byte, 70 M for the BBC corpus: with -j the thread that also folds. */
#define READ_BLOCK ((size_t)256 << 10)

/* Fill blk from f: from a regular file a whole block; from a pipe or a
 * terminal (stdin in a map/reduce pipeline) only up to the end of the
 * line at hand, a byte at a time, so that each line is read as soon as it
 * arrives and not once a block of them has (fread would wait). */
static size_t read_fill(FILE *f, char *blk, int regular)
{
    size_t n = 0;
    int c;

    if (regular)
        return fread(blk, 1, READ_BLOCK, f);
    /* unlocked: only the reading thread touches f */
    while (n < READ_BLOCK && (c = getc_unlocked(f)) != EOF) {
        blk[n++] = (char)c;
        if (c == '\n')
            break;
    }
    return n;
}

/* One line of a JSONL stream (without its line break; text[len] may be
 * overwritten), number lineno: skip it when blank, else parse it or hand
 * it to on_line.  over: the line passed the document cap (KG_ELIMIT). */
static int read_jsonl_text(kg_text__reader *r, const char *path,
                           size_t lineno, char *text, size_t len, int over)
{
    size_t max = r->line.max ? r->line.max : KG_BUF_DEFAULT_MAX;

    /* the cap of r->line (kg_buf_grow), whether or not the line was
     * copied there: the '\r' counts, as it did when lines were read into
     * it byte by byte */
    if (over || len + 1 > max)
        return read_too_large(r, path, lineno);
    text[len] = '\0';
    if (len && text[len - 1] == '\r')
        text[--len] = '\0';
    if (!len || read_is_blank(text, len))
        return KG_OK;
    if (r->on_line)
        return r->on_line(path, lineno, text, len, r->payload);
    return kg_text__jsonl_line(r, path, lineno, text, len);
}

/* A JSONL corpus from f, whose next line is number lineno.  A line that
 * runs over the end of a block is gathered in r->line (up to the cap: a
 * longer one is consumed and reported as KG_ELIMIT). */
static int
read_jsonl_stream(kg_text__reader *r, FILE *f, const char *path, size_t lineno)
{
    char *blk = malloc(READ_BLOCK + 1);
    size_t have = 0, pos = 0;
    int err = KG_OK, over = 0, partial = 0, regular;
    struct stat st;

    if (!blk)
        return KG_ENOMEM;
    regular = fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode);
    kg_buf_clear(&r->line);
    for (;;) {
        char *s, *nl;
        size_t n;
        if (pos == have) {
            have = read_fill(f, blk, regular);
            pos = 0;
            if (have == 0)
                break;
        }
        s = blk + pos;
        nl = memchr(s, '\n', have - pos);
        n = nl ? (size_t)(nl - s) : have - pos;
        pos += n + (nl ? 1 : 0);
        if (!nl || partial) { /* the line spans blocks: gather it */
            partial = 1;
            if (!over && (err = kg_buf_put(&r->line, s, n)) < 0) {
                if (err != KG_ELIMIT)
                    break;
                err = KG_OK;
                over = 1;
            }
            if (!nl)
                continue;
            s = r->line.ptr;
            n = r->line.len;
        }
        err = read_jsonl_text(r, path, lineno++, s, n, over);
        kg_buf_clear(&r->line);
        partial = over = 0;
        if (err != 0)
            break;
    }
    /* the last line, without a line break */
    if (err == 0 && partial)
        err = read_jsonl_text(r, path, lineno, r->line.ptr, r->line.len,
                              over);
    free(blk);
    if (err != 0)
        return err;
    if (ferror(f))
        return read_errno(r, path, errno ? errno : EIO);
    return KG_OK;
}

static int read_ext_is(const char *ext, const char *want)
{
    /* ASCII case-insensitive; no <ctype.h> */
    for (; *ext && *want; ext++, want++) {
        char c = *ext;
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != *want)
            return 0;
    }
    return *ext == '\0' && *want == '\0';
}

enum read_kind { READ_SKIP = 0, READ_PLAIN = 1, READ_JSONL = 2, READ_HTML = 3 };

/* What a file name says about its content; NULL extension: no dot in the
 * last path component. */
static enum read_kind read_kind_of(const char *path)
{
    const char *base = strrchr(path, '/');
    const char *dot;
    base = base ? base + 1 : path;
    dot = strrchr(base, '.');
    if (!dot || dot == base)
        return READ_PLAIN;
    dot++;
    if (read_ext_is(dot, "jsonl"))
        return READ_JSONL;
    if (read_ext_is(dot, "txt") || read_ext_is(dot, "text") ||
        read_ext_is(dot, "md"))
        return READ_PLAIN;
    if (read_ext_is(dot, "html") || read_ext_is(dot, "htm") ||
        read_ext_is(dot, "xhtml") || read_ext_is(dot, "shtml"))
        return READ_HTML;
    return READ_SKIP;
}

static int read_file(kg_text__reader *r, const char *path, enum read_kind kind)
{
    FILE *f = NULL;
    struct stat st;
    kg_buf data = KG_BUF_INIT;
    int err = KG_OK;

    f = fopen(path, "rb");
    if (!f)
        return read_errno(r, path, errno);
    if (fstat(fileno(f), &st) != 0) {
        err = read_errno(r, path, errno);
        goto out;
    }
    if (kind == READ_JSONL) {
        err = read_jsonl_stream(r, f, path, 1);
        goto out;
    }
    if (S_ISREG(st.st_mode) && (size_t)st.st_size > r->max_input) {
        err = read_too_large(r, path, 0);
        goto out;
    }
    data.max = r->max_input;
    if ((err = read_all(r, f, path, &data)) == KG_ELIMIT) {
        err = read_too_large(r, path, 0); /* it grew, or is not a file */
        goto out;
    }
    if (err < 0)
        goto out;
    fclose(f);
    f = NULL;
    err = read_plain(r, path, path, data.ptr ? data.ptr : "", data.len,
                     kind == READ_HTML);
out:
    if (f)
        fclose(f);
    kg_buf_dispose(&data);
    return err;
}

/* stdin: a JSONL corpus when the first character that is not blank is
 * '{', else one plain document with id "-". */
static int read_stdin(kg_text__reader *r)
{
    kg_buf data = KG_BUF_INIT;
    size_t lineno = 1;
    int c, err = KG_OK;

    data.max = r->max_input;
    while ((c = getc(stdin)) != EOF && read_is_blank_byte((char)c)) {
        if (c == '\n')
            lineno++;
        if ((err = kg_buf_putc(&data, (char)c)) < 0)
            goto out;
    }
    if (c == '{') {
        if (ungetc(c, stdin) == EOF) {
            err = read_errno(r, "-", EIO);
            goto out;
        }
        err = read_jsonl_stream(r, stdin, "-", lineno);
        goto out;
    }
    if (c != EOF && (err = kg_buf_putc(&data, (char)c)) == KG_OK)
        err = read_all(r, stdin, "-", &data);
    if (err == KG_ELIMIT) {
        err = read_too_large(r, "-", 0);
        goto out;
    }
    if (err < 0)
        goto out;
    if (ferror(stdin)) {
        err = read_errno(r, "-", errno ? errno : EIO);
        goto out;
    }
    err = read_plain(r, "-", "-", data.ptr ? data.ptr : "", data.len, 0);
out:
    kg_buf_dispose(&data);
    return err;
}

static int read_cmp_names(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int
read_path(kg_text__reader *r, const char *path, int depth, int named);

static int read_dir(kg_text__reader *r, const char *dir, int depth)
{
    DIR *d = NULL;
    struct dirent *e;
    char **names = NULL;
    size_t n = 0, cap = 0, i, dlen = strlen(dir);
    kg_buf child = KG_BUF_INIT;
    int err = KG_OK;

    if (depth > READ_MAX_DEPTH) {
        char msg[64];
        snprintf(msg, sizeof(msg), "folders nested more than %d deep",
                 READ_MAX_DEPTH);
        return kg_text__report(r, dir, 0, KG_ELIMIT, msg);
    }
    d = opendir(dir);
    if (!d)
        return read_errno(r, dir, errno);
    errno = 0;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue; /* hidden, "." and ".." */
        /* a README describes the folder (examples/README.md); it is not
         * one of its articles */
        if (strncmp(e->d_name, "README", 6) == 0 ||
            strncmp(e->d_name, "readme", 6) == 0)
            continue;
        if (n == cap) {
            size_t nc = cap ? cap * 2 : 32;
            char **p = realloc(names, nc * sizeof(*p));
            if (!p) {
                err = KG_ENOMEM;
                goto out;
            }
            names = p;
            cap = nc;
        }
        if (!(names[n] = strdup(e->d_name))) {
            err = KG_ENOMEM;
            goto out;
        }
        n++;
    }
    if (errno) {
        err = read_errno(r, dir, errno);
        goto out;
    }
    closedir(d);
    d = NULL;
    if (n)
        qsort(names, n, sizeof(*names), read_cmp_names);
    while (dlen > 1 && dir[dlen - 1] == '/')
        dlen--;
    for (i = 0; i < n; i++) {
        kg_buf_clear(&child);
        if ((err = kg_buf_put(&child, dir, dlen)) < 0 ||
            (dlen && dir[dlen - 1] != '/' &&
             (err = kg_buf_putc(&child, '/')) < 0) ||
            (err = kg_buf_puts(&child, names[i])) < 0)
            goto out;
        if ((err = read_path(r, child.ptr, depth + 1, 0)) != 0)
            goto out;
    }
out:
    if (d)
        closedir(d);
    for (i = 0; i < n; i++)
        free(names[i]);
    free(names);
    kg_buf_dispose(&child);
    return err;
}

/* named: the user gave this path (read whatever it is); otherwise it was
 * found in a folder (read only the extensions we know). */
static int read_path(kg_text__reader *r, const char *path, int depth, int named)
{
    struct stat st;
    enum read_kind kind;

    if (stat(path, &st) != 0) {
        if (!named && (errno == ENOENT || errno == ELOOP))
            return KG_OK; /* a dangling symlink in a folder */
        return read_errno(r, path, errno);
    }
    if (S_ISDIR(st.st_mode))
        return read_dir(r, path, depth);
    kind = read_kind_of(path);
    if (!named && (kind == READ_SKIP || !S_ISREG(st.st_mode)))
        return KG_OK;
    return read_file(r, path, kind == READ_SKIP ? READ_PLAIN : kind);
}

int kg_text_read_path(kg_ctx *ctx,
                      const char *path,
                      const char *default_date,
                      kg_doc_cb cb,
                      kg_doc_error_cb on_error,
                      void *payload)
{
    return kg_text_read_path_lines(ctx, path, default_date, cb, on_error, NULL,
                                   payload);
}

int kg_text_read_path_lines(kg_ctx *ctx,
                            const char *path,
                            const char *default_date,
                            kg_doc_cb cb,
                            kg_doc_error_cb on_error,
                            kg_line_cb on_line,
                            void *payload)
{
    kg_text__reader r;
    int err;

    assert(path && cb);
    read_reader_init(&r, ctx, default_date, cb, on_error, payload);
    r.on_line = on_line;
    if (strcmp(path, "-") == 0)
        err = read_stdin(&r);
    else
        err = read_path(&r, path, 0, 1);
    read_reader_dispose(&r);
    return err;
}

int kg_text_read_line(kg_ctx *ctx,
                      const char *path,
                      size_t line,
                      const char *text,
                      size_t len,
                      const char *default_date,
                      kg_doc_cb cb,
                      kg_doc_error_cb on_error,
                      void *payload)
{
    kg_text__reader r;
    int err;

    assert(path && text && cb);
    read_reader_init(&r, ctx, default_date, cb, on_error, payload);
    err = kg_text__jsonl_line(&r, path, line, text, len);
    read_reader_dispose(&r);
    return err;
}

int kg_text_read_buffer(kg_ctx *ctx,
                        const char *id,
                        const char *data,
                        size_t len,
                        const char *default_date,
                        kg_doc_cb cb,
                        void *payload)
{
    kg_text__reader r;
    int err;

    assert(cb && (data || !len));
    if (!id)
        id = "-";
    read_reader_init(&r, ctx, default_date, cb, NULL, payload);
    if (len > r.max_input) {
        char lim[32];
        kg_text__fmt_size(r.max_input, lim);
        return kg_ctx__error(ctx, KG_ELIMIT,
                             "%s: document larger than the %s limit", id, lim);
    }
    err = read_plain(&r, id, id, data ? data : "", len, 0);
    read_reader_dispose(&r);
    return err;
}
