/*
 * test_html.c: HTML input (src/text/html.c): pages written to imitate the
 * markup of CNN, Reuters and AP (tests/fixtures/text/), a hostile page,
 * and small pages for each rule: which element is the article, what is
 * left out, where title, date and URL come from, encodings, and that
 * libxml2 never writes to stderr.  Run from the repository root.
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
#include "util/buf.h"

#define FIXTURES "tests/fixtures/text/"

typedef struct page {
    int ndocs;
    char *text, *title, *date, *url, *format;
    size_t invalid;
} page;

typedef struct fixture {
    kg_ctx *ctx, *strict;
} fixture;

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static int on_doc(const kg_doc *doc, void *payload)
{
    page *p = payload;
    assert_int_equal(strlen(doc->text), doc->len);
    /* HTML offsets index the extracted text: no map */
    assert_int_equal(doc->noffsets, 0);
    if (p->ndocs++ == 0) {
        p->text = dup_or_null(doc->text);
        p->title = dup_or_null(doc->title);
        p->date = dup_or_null(doc->date);
        p->url = dup_or_null(doc->url);
        p->format = dup_or_null(doc->format);
        p->invalid = doc->invalid_bytes;
    }
    return 0;
}

static void page_free(page *p)
{
    free(p->text);
    free(p->title);
    free(p->date);
    free(p->url);
    free(p->format);
    memset(p, 0, sizeof(*p));
}

/* stderr goes to a temporary file between these two calls. */
typedef struct err_capture {
    char path[64];
    int saved;
} err_capture;

static void capture_begin(err_capture *c)
{
    int fd;
    snprintf(c->path, sizeof(c->path), "/tmp/kghtmlerrXXXXXX");
    fd = mkstemp(c->path);
    assert_true(fd >= 0);
    fflush(stderr);
    c->saved = dup(2);
    assert_true(c->saved >= 0);
    assert_true(dup2(fd, 2) >= 0);
    close(fd);
}

/* Bytes written to stderr since capture_begin. */
static long capture_end(err_capture *c)
{
    struct stat st;
    fflush(stderr);
    assert_true(dup2(c->saved, 2) >= 0);
    close(c->saved);
    assert_int_equal(stat(c->path, &st), 0);
    unlink(c->path);
    return (long)st.st_size;
}

static int read_fixture(fixture *f, const char *name, page *p)
{
    char path[256];
    err_capture cap;
    int err;

    snprintf(path, sizeof(path), FIXTURES "%s", name);
    if (access(path, R_OK) != 0)
        return -1;
    memset(p, 0, sizeof(*p));
    capture_begin(&cap);
    err = kg_text_read_path(f->ctx, path, NULL, on_doc, NULL, p);
    assert_int_equal(capture_end(&cap), 0);
    assert_int_equal(err, KG_OK);
    assert_int_equal(p->ndocs, 1);
    assert_string_equal(p->format, "html");
    return 0;
}

static void read_string(fixture *f, const char *html, page *p)
{
    err_capture cap;
    memset(p, 0, sizeof(*p));
    capture_begin(&cap);
    assert_int_equal(kg_text_read_buffer(f->ctx, "page", html, strlen(html),
                                         NULL, on_doc, p),
                     KG_OK);
    assert_int_equal(capture_end(&cap), 0);
    assert_int_equal(p->ndocs, 1);
}

static void has(const page *p, const char *s)
{
    if (!strstr(p->text, s))
        print_error("missing \"%s\" in:\n%s\n", s, p->text);
    assert_non_null(strstr(p->text, s));
}

static void lacks(const page *p, const char *s)
{
    if (strstr(p->text, s))
        print_error("unwanted \"%s\" in:\n%s\n", s, p->text);
    assert_null(strstr(p->text, s));
}

/* The boilerplate flag of the sentence that starts with prefix; -1 when
 * no sentence does. */
static int sentence_bp(const page *p, const char *prefix)
{
    kg_segmentation seg = KG_SEGMENTATION_INIT;
    size_t i, n = strlen(prefix);
    int r = -1;
    assert_int_equal(kg_text__segment(p->text, strlen(p->text), &seg), KG_OK);
    for (i = 0; i < seg.nsentences && r < 0; i++) {
        const kg_sentence *s = &seg.sentences[i];
        if (s->end - s->start >= n &&
            memcmp(p->text + s->start, prefix, n) == 0)
            r = s->boilerplate != 0;
    }
    kg_segmentation_dispose(&seg);
    if (r < 0)
        print_error("no sentence starts with \"%s\"\n", prefix);
    return r;
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof(*f));
    kg_options opts = KG_OPTIONS_INIT;
    if (!f)
        return -1;
    *state = f;
    kg_global_init();
    if (kg_ctx_new(&f->ctx, NULL) < 0)
        return -1;
    opts.flags = KG_OPT_STRICT;
    if (kg_ctx_new(&f->strict, &opts) < 0)
        return -1;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    kg_ctx_free(f->ctx);
    kg_ctx_free(f->strict);
    free(f);
    return 0;
}

/* ---- pages imitating news sites --------------------------------------- */

static void test_cnn_style(void **state)
{
    page p;
    if (read_fixture(*state, "cnn_style.html", &p) < 0)
        skip();
    /* og:title, not the <title> with the site's name */
    assert_string_equal(p.title, "Erdogan praises \xE2\x80\x9Cspecial "
                                 "relationship\xE2\x80\x9D with Putin ahead "
                                 "of crucial run-off elections in Turkey");
    /* article:published_time beats JSON-LD's datePublished */
    assert_string_equal(p.date, "2023-05-19");
    assert_string_equal(p.url,
                        "https://edition.example-cnn.test/2023/05/19/"
                        "europe/erdogan-putin-interview-intl/index.html");
    /* the article body, whitespace collapsed, paragraphs apart */
    assert_true(strncmp(p.text,
                        "Istanbul, Turkey (CNN) \xE2\x80\x94 Turkish "
                        "President Recep Tayyip Erdogan said",
                        70) == 0);
    has(&p, "despite mounting pressure on Ankara to help bolster Western "
            "sanctions against Moscow.\n\nErdogan said in an interview");
    has(&p, "We are not bound by Western sanctions.\xE2\x80\x9D");
    has(&p, "\n\nTrade with Moscow\n\nRussian-Turkish trade reached $62 "
            "billion last year");
    /* scripts, styles, navigation, share bar, ads, captions, related
     * stories, newsletter box, cookie banner, rail and footer are out */
    lacks(&p, "Scripts are not sentences");
    lacks(&p, "Turkey blocks Sweden");
    lacks(&p, "Styles are not text");
    lacks(&p, "cookies");
    lacks(&p, "Politics");
    lacks(&p, "Facebook");
    lacks(&p, "Link Copied");
    lacks(&p, "newsletter");
    lacks(&p, "Getty Images");
    lacks(&p, "waves to supporters");
    lacks(&p, "Advertisement");
    lacks(&p, "Related article");
    lacks(&p, "Kilicdaroglu vows");
    lacks(&p, "More from CNN");
    lacks(&p, "Sweden says its NATO bid");
    lacks(&p, "Most Read");
    lacks(&p, "Cable News Network");
    lacks(&p, "Updated 10:52");
    /* the segmenter: dateline and "Read more" are boilerplate, the
     * subheading is a headline of its own */
    assert_int_equal(sentence_bp(&p, "Istanbul, Turkey (CNN)"), 1);
    assert_int_equal(sentence_bp(&p, "Turkish President Recep"), 0);
    assert_int_equal(sentence_bp(&p, "Trade with Moscow"), 0);
    assert_int_equal(sentence_bp(&p, "Read more:"), 1);
    page_free(&p);
}

static void test_reuters_style(void **state)
{
    page p;
    if (read_fixture(*state, "reuters_style.html", &p) < 0)
        skip();
    /* the <h1> (entities decoded) before <title> */
    assert_string_equal(p.title, "Turkey's Erdogan says Turkey friends with "
                                 "both U.S. and Russia");
    /* JSON-LD's datePublished: the page has no article:published_time */
    assert_string_equal(p.date, "2023-05-12");
    assert_string_equal(p.url, "https://www.example-reuters.test/world/"
                               "middle-east/turkeys-erdogan-says-turkey-"
                               "friends-with-both-us-russia-2023-05-12/");
    assert_true(strncmp(p.text, "ANKARA, May 12 (Reuters) - Turkish President",
                        44) == 0);
    has(&p, "Turkey is \"friends with America and Russia");
    has(&p, "rejected the accusations\xE2\x80\xA6 \"Those who spread");
    has(&p, "rose to $62.5 billion in 2022");
    lacks(&p, "This is script text");
    lacks(&p, "Business");
    lacks(&p, "Advertisement");
    lacks(&p, "Scroll to continue");
    lacks(&p, "Sign up here");
    lacks(&p, "Daily Briefing");
    lacks(&p, "Read Next");
    lacks(&p, "Sweden hopes");
    lacks(&p, "what you need to know");
    lacks(&p, "quotes delayed");
    assert_int_equal(sentence_bp(&p, "ANKARA, May 12 (Reuters) -"), 1);
    assert_int_equal(sentence_bp(&p, "Turkish President Tayyip"), 0);
    assert_int_equal(sentence_bp(&p, "Reporting by Huseyin"), 1);
    assert_int_equal(sentence_bp(&p, "Our Standards"), 1);
    page_free(&p);
}

static void test_ap_style(void **state)
{
    page p;
    if (read_fixture(*state, "ap_style.html", &p) < 0)
        skip();
    assert_string_equal(p.title, "Turkey\xE2\x80\x99s parliament ratifies "
                                 "Finland\xE2\x80\x99s NATO membership, "
                                 "clearing final hurdle");
    /* itemprop=datePublished, the date as written (not shifted to UTC) */
    assert_string_equal(p.date, "2023-03-30");
    assert_string_equal(p.url, "https://example-apnews.test/article/"
                               "turkey-finland-nato-ratify-0123456789abcdef");
    assert_true(
        strncmp(p.text, "ANKARA, Turkey (AP) \xE2\x80\x94 Turkey", 29) == 0);
    has(&p, "The Turkish assembly approved the bill 276-0.");
    has(&p, "\xE2\x80\x9CWe have decided to initiate the ratification");
    lacks(&p, "World News");
    lacks(&p, "SUZAN FRASER");
    lacks(&p, "Copy Link");
    lacks(&p, "AP Photo");
    lacks(&p, "ADVERTISEMENT");
    lacks(&p, "remains stalled");
    lacks(&p, "better sleep");
    lacks(&p, "Copyright");
    assert_int_equal(sentence_bp(&p, "ANKARA, Turkey (AP)"), 1);
    assert_int_equal(sentence_bp(&p, "Turkey\xE2\x80\x99s parliament on"), 0);
    page_free(&p);
}

/* Unclosed tags, entities that break, scripts full of sentences, hidden
 * and deep elements: text comes out, nothing is printed. */
static void test_hostile(void **state)
{
    page p;
    if (read_fixture(*state, "hostile.html", &p) < 0)
        skip();
    /* <META NAME="Date"> in RFC 2822 */
    assert_string_equal(p.date, "2023-05-12");
    assert_string_equal(p.title, "Hostile & broken page");
    assert_null(p.url);
    has(&p, "Turkey\xE2\x80\x99s foreign minister met his Swedish counterpart "
            "in Ankara on Tuesday\xC2\xA0\xE2\x80\x94 the first visit");
    has(&p, "the talks\xE2\x80\xA6 were \"constructive\" & would continue "
            "<soon>.");
    has(&p, "Unclosed bold and italic text goes on here.");
    has(&p, "A paragraph with a visible end.");
    has(&p, "Cell one\nCell two");
    has(&p, "First item\nSecond item");
    has(&p, "Deep inside two hundred divs, Russia and Turkey signed a deal.");
    has(&p, "Text after the deep nest.\nA line after a break.\nAnother line.");
    has(&p, "Last paragraph without closing tags");
    lacks(&p, "Russia invades");
    lacks(&p, "Not text");
    lacks(&p, "Nor this");
    lacks(&p, "Sweden joins");
    lacks(&p, "Templates");
    lacks(&p, "enable JavaScript");
    lacks(&p, "Tweet");
    lacks(&p, "hidden sentence");
    lacks(&p, "hidden paragraph");
    lacks(&p, "Iframe fallback");
    lacks(&p, "SVG text");
    lacks(&p, "Form text");
    lacks(&p, "Email");
    lacks(&p, "newsletter");
    page_free(&p);
}

/* 100,000 nested elements: libxml2's depth limit (no HTML_PARSE_HUGE)
 * ends the tree; the text before it stays and nothing recurses. */
static void test_deep_nesting(void **state)
{
    fixture *f = *state;
    kg_buf b = KG_BUF_INIT;
    page p;
    size_t i;

    assert_int_equal(kg_buf_puts(&b, "<html><body><p>Turkey votes.</p>"),
                     KG_OK);
    for (i = 0; i < 100000; i++)
        assert_int_equal(kg_buf_puts(&b, i % 2 ? "<div>" : "<span>"), KG_OK);
    assert_int_equal(kg_buf_puts(&b, "deep"), KG_OK);
    read_string(f, b.ptr, &p);
    has(&p, "Turkey votes.");
    page_free(&p);
    /* unclosed inline elements, many of them */
    kg_buf_clear(&b);
    assert_int_equal(kg_buf_puts(&b, "<p>Start."), KG_OK);
    for (i = 0; i < 20000; i++)
        assert_int_equal(kg_buf_puts(&b, "<b>x <i>y "), KG_OK);
    read_string(f, b.ptr, &p);
    has(&p, "Start.x y x y");
    page_free(&p);
    kg_buf_dispose(&b);
}

/* ---- rules ----------------------------------------------------------------
 */

static void test_article_choice(void **state)
{
    fixture *f = *state;
    page p;

    /* a boilerplate-looking class on the element holding the story is
     * ignored when it holds most of the text */
    read_string(f,
                "<html><body><div class=\"content has-ads\"><p>Turkey "
                "blocks Sweden's NATO bid, officials in Ankara said on "
                "Tuesday.</p><p>Sweden said it would keep talking.</p>"
                "</div><div class=\"ad\">Buy now</div></body></html>",
                &p);
    has(&p, "Turkey blocks Sweden's NATO bid");
    has(&p, "Sweden said it would keep talking.");
    lacks(&p, "Buy now");
    page_free(&p);

    /* <article> cards in a rail do not win over the story in a <div>; the
     * smallest element with most paragraph text does */
    read_string(f,
                "<html><body><div id=\"wrap\"><div class=\"menu-ish\">"
                "<p>Home</p></div><div class=\"story-body\"><p>Russia and "
                "Turkey signed a grain deal in Istanbul on Friday, the "
                "ministers said.</p><p>The agreement runs for 120 days and "
                "can be extended.</p><p>Ukraine welcomed the deal.</p>"
                "</div><div class=\"rail\"><article><p>Short teaser.</p>"
                "</article></div></div></body></html>",
                &p);
    assert_string_equal(p.text,
                        "Russia and Turkey signed a grain deal in Istanbul "
                        "on Friday, the ministers said.\n\nThe agreement "
                        "runs for 120 days and can be extended.\n\nUkraine "
                        "welcomed the deal.");
    page_free(&p);

    /* [itemprop=articleBody] wins, even without <p> */
    read_string(f,
                "<html><body><div><p>Teaser one is here.</p><p>Teaser two "
                "is here.</p></div><div itemprop=\"articleBody\">Body "
                "text.<br>Second line.</div></body></html>",
                &p);
    assert_string_equal(p.text, "Body text.\nSecond line.");
    page_free(&p);

    /* no paragraphs at all: the body's blocks */
    read_string(f,
                "<html><body><div>Turkey votes.</div><div>Russia "
                "waits.</div><h2>A heading</h2><ul><li>one</li><li>two</li>"
                "</ul><table><tr><td>a</td><td>b</td></tr></table>"
                "</body></html>",
                &p);
    assert_string_equal(p.text, "Turkey votes.\n\nRussia waits.\n\nA heading"
                                "\n\none\ntwo\n\na\nb");
    page_free(&p);

    /* inline elements join words as written */
    read_string(f,
                "<p>Erdo<b>\xC4\x9F</b>an  met\n\t<a href=x>Putin</a>"
                "<em>,</em> he <span>said</span>.</p>",
                &p);
    assert_string_equal(p.text, "Erdo\xC4\x9F"
                                "an met Putin, he said.");
    page_free(&p);
}

static void test_metadata(void **state)
{
    fixture *f = *state;
    page p;

    /* title: <h1> before <title>; <title> loses the site's name */
    read_string(f,
                "<html><head><title>Story title | Example Site</title>"
                "</head><body><p>Text.</p></body></html>",
                &p);
    assert_string_equal(p.title, "Story title");
    assert_null(p.date);
    assert_null(p.url);
    page_free(&p);
    read_string(f,
                "<html><head><title>Short - X</title></head><body><h1> The "
                "  headline </h1><p>Text.</p></body></html>",
                &p);
    assert_string_equal(p.title, "The headline");
    page_free(&p);
    read_string(f,
                "<html><head><title>Short - X</title></head><body><p>Text."
                "</p></body></html>",
                &p);
    assert_string_equal(p.title, "Short - X"); /* too short to cut */
    page_free(&p);
    read_string(f, "<html><body><p>No title here.</p></body></html>", &p);
    assert_null(p.title);
    page_free(&p);

    /* URL: canonical before og:url */
    read_string(f,
                "<html><head><meta property=\"og:url\" content=\"http://og\">"
                "<link rel=\"Canonical\" href=\" http://canon \"></head>"
                "<body><p>x</p></body></html>",
                &p);
    assert_string_equal(p.url, "http://canon");
    page_free(&p);

    /* dates in order: article:published_time, itemprop, JSON-LD, <meta
     * name=date>, <time> */
    read_string(f,
                "<html><head><meta name=\"date\" content=\"2001-01-01\">"
                "<script type=\"application/ld+json\">{\"datePublished\": "
                "\"2002-02-02T00:00:00Z\"}</script><meta "
                "itemprop=\"datePublished\" content=\"2003-03-03\"><meta "
                "property=\"article:published_time\" "
                "content=\"2004-04-04T23:59:00-05:00\"></head><body><time "
                "datetime=\"2005-05-05\">x</time><p>x</p></body></html>",
                &p);
    assert_string_equal(p.date, "2004-04-04");
    page_free(&p);
    read_string(f,
                "<html><head><meta name=\"date\" content=\"2001-01-01\">"
                "<script type=\"application/ld+json\">{\"datePublished\": "
                "\"2002-02-02T00:00:00Z\"}</script></head><body><p>x</p>"
                "</body></html>",
                &p);
    assert_string_equal(p.date, "2002-02-02");
    page_free(&p);
    read_string(f,
                "<html><head><meta name=\"DC.date.issued\" "
                "content=\"20010101\"></head><body><span "
                "itemprop=\"datePublished\">May 12, 2023</span><p>x</p>"
                "</body></html>",
                &p);
    assert_string_equal(p.date, "2023-05-12");
    page_free(&p);
    /* <time> in a related-stories box is not the story's date */
    read_string(f,
                "<html><body><div class=\"related\"><time "
                "datetime=\"1999-09-09\">x</time></div><p>Text.</p><time "
                "datetime=\"2023-05-12T10:00\">x</time></body></html>",
                &p);
    assert_string_equal(p.date, "2023-05-12");
    page_free(&p);
    read_string(f,
                "<html><body><p>x</p><time datetime=\"soon\">x</time>"
                "</body></html>",
                &p);
    assert_null(p.date);
    page_free(&p);
}

static void test_encodings(void **state)
{
    fixture *f = *state;
    page p;
    err_capture cap;
    int err;

    /* a declared legacy charset: 0x92 is a right single quotation mark */
    read_string(f,
                "<html><head><meta charset=\"windows-1252\"></head><body>"
                "<p>Turkey\x92s caf\xE9.</p></body></html>",
                &p);
    assert_string_equal(p.text, "Turkey\xE2\x80\x99s caf\xC3\xA9.");
    assert_int_equal(p.invalid, 0);
    page_free(&p);
    /* none declared: UTF-8, and an invalid byte is replaced and counted */
    read_string(f,
                "<html><body><p>Erdo\xC4\x9F"
                "an \xFF ok.</p></body></html>",
                &p);
    assert_string_equal(p.text, "Erdo\xC4\x9F"
                                "an \xEF\xBF\xBD ok.");
    assert_int_equal(p.invalid, 1);
    page_free(&p);
    /* ... or refused in strict mode */
    memset(&p, 0, sizeof(p));
    capture_begin(&cap);
    {
        const char *bad = "<html><body><p>a \xFF b</p></body></html>";
        err = kg_text_read_buffer(f->strict, "strict.html", bad, strlen(bad),
                                  NULL, on_doc, &p);
    }
    assert_int_equal(capture_end(&cap), 0);
    assert_int_equal(err, KG_EUTF8);
    assert_int_equal(p.ndocs, 0);
    assert_non_null(strstr(kg_ctx_errmsg(f->strict), "strict.html"));
    /* NFC, as for plain text */
    read_string(f, "<p>Cafe\xCC\x81.</p>", &p);
    assert_string_equal(p.text, "Caf\xC3\xA9.");
    page_free(&p);
    /* an empty page is an empty document */
    read_string(f, "<html></html>", &p);
    assert_string_equal(p.text, "");
    page_free(&p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_cnn_style),
        cmocka_unit_test(test_reuters_style),
        cmocka_unit_test(test_ap_style),
        cmocka_unit_test(test_hostile),
        cmocka_unit_test(test_deep_nesting),
        cmocka_unit_test(test_article_choice),
        cmocka_unit_test(test_metadata),
        cmocka_unit_test(test_encodings),
    };
    const char *filter = getenv("CMOCKA_TEST_FILTER");
    if (filter && *filter)
        cmocka_set_test_filter(filter);
    return cmocka_run_group_tests(tests, setup, teardown);
}
