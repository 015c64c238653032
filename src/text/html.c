/*
 * html.c: HTML pages (the libxml2 HTML-parser adapter of the text stage;
 * no other file includes <libxml/HTMLparser.h>).
 *
 * A saved news page becomes one document: the article's text, its title,
 * its date and its canonical URL.  libxml2 parses with recovery, without
 * network access and without size-limit overrides (no HTML_PARSE_HUGE);
 * its error reports go to a silent handler, because the library never
 * prints.
 *
 * Three walks over the tree, all iterative (a hostile page may nest
 * elements thousands deep):
 *   A. every element gets an html_info (its index in _private): tag-based
 *      exclusions (script, style, nav, header, footer, aside, form, figure,
 *      hidden elements...), class/id/role marks of boilerplate (share bars,
 *      related stories, newsletter boxes, cookie banners, ads), the bytes
 *      of text below it and of text inside <p>; metadata on the way;
 *   B. the same counts again without the boilerplate, which picks the
 *      article: [itemprop=articleBody], else the <article> with most
 *      paragraph text, else the smallest element holding 80% of it;
 *   C. the article's text, block elements becoming line and paragraph
 *      breaks so the segmenter sees headings and paragraphs.
 * A boilerplate mark on an element that holds half the page's text is
 * ignored: "content has-ads" must not drop the story.
 *
 * Offsets: the text handed on is what kg extracted, so kg_doc offsets
 * index it and the document has no offset map (KG_TEXT__NO_MAP).
 */
#include "reader.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/globals.h>
#include <libxml/xmlerror.h>

#include "kg/common.h"

#include "../core/ctx_internal.h"
#include "../util/utf8.h"
#include "date.h"

/* The article is the smallest element with this share of the paragraph
 * text, in percent. */
#define HTML_ARTICLE_SHARE 80u

/* Metadata strings longer than this are not titles or URLs. */
#define HTML_MAX_META 2048u

/* <time> and itemprop candidates looked at; the rest are ignored. */
#define HTML_MAX_CANDIDATES 64

#define HTML_F_SKIP   0x1u  /* never text: script, nav, hidden, ... */
#define HTML_F_BOILER 0x2u  /* class/id/role mark boilerplate */
#define HTML_F_DROP   0x4u  /* left out of the text */
#define HTML_F_SEEN   0x8u  /* reached by walk B (not inside a dropped one) */
#define HTML_F_P      0x10u /* a <p> */

typedef struct html_info {
    size_t text, ptext;   /* walk A: bytes of text below, and inside <p> */
    size_t text2, ptext2; /* walk B: the same without boilerplate */
    unsigned flags;
} html_info;

typedef struct html_state {
    kg_text__reader *r;
    html_info *info;
    size_t ninfo, capinfo;
    int err;
    /* walk A */
    size_t skip_depth, p_depth;
    xmlNode *article[HTML_MAX_CANDIDATES], *body_prop[HTML_MAX_CANDIDATES];
    xmlNode *times[HTML_MAX_CANDIDATES], *h1;
    size_t narticle, nbody_prop, ntimes;
    kg_buf title, url, tmp;
    int title_rank, url_rank, date_rank;
    char date[11];
    /* walk C */
    kg_buf out;
    int pending; /* 1: a line break is due, 2: a paragraph break */
    int space;
} html_state;

/* ---- small helpers ----------------------------------------------------- */

static int html_is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
           c == '\v';
}

static char html_lower(char c)
{
    return (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
}

static int html_ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (html_lower(*a) != html_lower(*b))
            return 0;
    return *a == *b;
}

/* s[0..n) starts with lit (lit lower case), ignoring ASCII case. */
static int html_iprefix(const char *s, size_t n, const char *lit)
{
    size_t i, k = strlen(lit);
    if (n < k)
        return 0;
    for (i = 0; i < k; i++)
        if (html_lower(s[i]) != lit[i])
            return 0;
    return 1;
}

/* lit (lower case) occurs in s[0..n), ignoring ASCII case. */
static int html_icontains(const char *s, size_t n, const char *lit)
{
    size_t i, k = strlen(lit);
    for (i = 0; i + k <= n; i++)
        if (html_lower(s[i]) == lit[0] && html_iprefix(s + i, n - i, lit))
            return 1;
    return 0;
}

static int html_in(const char *name, const char *const *list, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (strcmp(name, list[i]) == 0)
            return 1;
    return 0;
}

#define HTML_COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const char *html_name(const xmlNode *n)
{
    return n->name ? (const char *)n->name : "";
}

/* The value of attribute name (lower case), "" for a bare attribute, or
 * NULL; borrowed from the tree. */
static const char *html_attr(const xmlNode *n, const char *name)
{
    const xmlAttr *a;
    for (a = n->properties; a; a = a->next) {
        if (!a->name || !html_ieq((const char *)a->name, name))
            continue;
        if (a->children && a->children->type == XML_TEXT_NODE &&
            a->children->content)
            return (const char *)a->children->content;
        return "";
    }
    return NULL;
}

static html_info *html_get(html_state *st, const xmlNode *n)
{
    uintptr_t k;
    if (!n || n->type != XML_ELEMENT_NODE)
        return NULL;
    k = (uintptr_t)n->_private;
    return k && k <= st->ninfo ? &st->info[k - 1] : NULL;
}

/* ---- which elements are not article text ------------------------------- */

static int html_is_skip_tag(const char *name)
{
    static const char *const skip[] = {
        "script", "style",    "noscript", "template", "nav",        "header",
        "footer", "aside",    "form",     "iframe",   "svg",        "math",
        "canvas", "button",   "select",   "input",    "textarea",   "object",
        "embed",  "video",    "audio",    "figure",   "figcaption", "picture",
        "map",    "dialog",   "menu",     "head",     "title",      "meta",
        "link",   "frameset", "frame",    "noframes", "applet",     "option",
        "label",  "datalist", "output",   "progress", "meter",      "source",
        "track",  "base",     "basefont"};
    return html_in(name, skip, HTML_COUNT(skip));
}

/* 2: a paragraph break around the element, 1: a line break, 0: inline. */
static int html_block_level(const char *name)
{
    static const char *const para[] = {
        "p",       "div",     "h1",         "h2",       "h3",    "h4",
        "h5",      "h6",      "blockquote", "pre",      "table", "ul",
        "ol",      "dl",      "section",    "article",  "main",  "hr",
        "address", "center",  "details",    "body",     "html",  "fieldset",
        "hgroup",  "listing", "xmp",        "plaintext"};
    static const char *const line[] = {"li", "dt",    "dd",      "tr",
                                       "td", "th",    "caption", "summary",
                                       "br", "tbody", "thead",   "tfoot"};
    if (html_in(name, para, HTML_COUNT(para)))
        return 2;
    if (html_in(name, line, HTML_COUNT(line)))
        return 1;
    return 0;
}

/* Elements the article search does not descend into: paragraphs, lists,
 * tables, and inline elements. */
static int html_is_leaf_block(const char *name)
{
    static const char *const leaf[] = {
        "p",          "h1",      "h2",      "h3",    "h4",     "h5",     "h6",
        "blockquote", "pre",     "ul",      "ol",    "dl",     "li",     "dt",
        "dd",         "table",   "tbody",   "thead", "tr",     "td",     "th",
        "a",          "b",       "i",       "em",    "strong", "span",   "font",
        "u",          "small",   "big",     "sub",   "sup",    "code",   "cite",
        "q",          "abbr",    "time",    "mark",  "s",      "strike", "del",
        "ins",        "address", "caption", "br"};
    return html_in(name, leaf, HTML_COUNT(leaf));
}

/* One word of a class or id value, lower case, against the lists. */
static int html_boiler_word(const char *w, const char *prev)
{
    static const char *const words[] = {"share",
                                        "sharing",
                                        "sharebar",
                                        "sharetools",
                                        "social",
                                        "related",
                                        "recommended",
                                        "recommendation",
                                        "recommendations",
                                        "recirc",
                                        "newsletter",
                                        "newsletters",
                                        "subscribe",
                                        "subscription",
                                        "signup",
                                        "cookie",
                                        "cookies",
                                        "consent",
                                        "gdpr",
                                        "ad",
                                        "ads",
                                        "advert",
                                        "adverts",
                                        "advertisement",
                                        "advertising",
                                        "adslot",
                                        "adunit",
                                        "promo",
                                        "promos",
                                        "promoted",
                                        "sponsor",
                                        "sponsored",
                                        "outbrain",
                                        "taboola",
                                        "comments",
                                        "comment",
                                        "disqus",
                                        "nav",
                                        "navbar",
                                        "navigation",
                                        "menu",
                                        "breadcrumb",
                                        "breadcrumbs",
                                        "footer",
                                        "header",
                                        "masthead",
                                        "sidebar",
                                        "popup",
                                        "modal",
                                        "trending",
                                        "toolbar",
                                        "paywall",
                                        "caption",
                                        "credit",
                                        "credits",
                                        "hidden",
                                        "banner",
                                        "tags",
                                        "mostread",
                                        "readmore",
                                        "teaser",
                                        "teasers"};
    static const char *const pairs[][2] = {
        {"read", "more"},    {"most", "read"},     {"most", "popular"},
        {"more", "stories"}, {"more", "from"},     {"also", "read"},
        {"sign", "up"},      {"you", "may"},       {"visually", "hidden"},
        {"sr", "only"},      {"screen", "reader"}, {"further", "reading"},
        {"top", "stories"},  {"editors", "picks"}, {"skip", "link"},
        {"up", "next"},      {"more", "on"},       {"read", "next"}};
    size_t i;
    if (html_in(w, words, HTML_COUNT(words)))
        return 1;
    for (i = 0; i < HTML_COUNT(pairs); i++)
        if (strcmp(prev, pairs[i][0]) == 0 && strcmp(w, pairs[i][1]) == 0)
            return 1;
    return 0;
}

/* A class, id or test-id value: words split at punctuation and at
 * camelCase humps ("shareBar", "related-stories", "ad_slot"). */
static int html_boiler_value(const char *v)
{
    char w[32], prev[32];
    size_t n = 0;
    int skip = 0; /* the word is too long for the lists */

    prev[0] = '\0';
    for (;; v++) {
        char c = *v;
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                    (c >= '0' && c <= '9');
        int hump =
            n > 0 && c >= 'A' && c <= 'Z' && w[n - 1] >= 'a' && w[n - 1] <= 'z';
        if (!alnum || hump) {
            if (n && !skip) {
                w[n] = '\0';
                if (html_boiler_word(w, prev))
                    return 1;
                memcpy(prev, w, n + 1);
            } else if (n) {
                prev[0] = '\0';
            }
            n = 0;
            skip = 0;
            if (!c)
                return 0;
            if (!alnum)
                continue;
        }
        if (n + 1 < sizeof(w))
            w[n++] = html_lower(c);
        else
            skip = 1;
    }
}

static int html_is_hidden(const xmlNode *n)
{
    const char *v;
    if (html_attr(n, "hidden"))
        return 1;
    if ((v = html_attr(n, "aria-hidden")) && html_ieq(v, "true"))
        return 1;
    if ((v = html_attr(n, "style"))) {
        size_t len = strlen(v);
        if (html_icontains(v, len, "display:none") ||
            html_icontains(v, len, "display: none") ||
            html_icontains(v, len, "visibility:hidden") ||
            html_icontains(v, len, "visibility: hidden"))
            return 1;
    }
    return 0;
}

static int html_is_boiler(const xmlNode *n)
{
    static const char *const roles[] = {
        "navigation", "banner",      "contentinfo", "complementary", "search",
        "dialog",     "alertdialog", "menu",        "menubar",       "toolbar"};
    const char *v;
    if ((v = html_attr(n, "role"))) {
        char low[24];
        size_t i;
        for (i = 0; v[i] && i + 1 < sizeof(low); i++)
            low[i] = html_lower(v[i]);
        low[i] = '\0';
        if (html_in(low, roles, HTML_COUNT(roles)))
            return 1;
    }
    return ((v = html_attr(n, "class")) && html_boiler_value(v)) ||
           ((v = html_attr(n, "id")) && html_boiler_value(v)) ||
           ((v = html_attr(n, "data-testid")) && html_boiler_value(v)) ||
           ((v = html_attr(n, "data-component-name")) && html_boiler_value(v));
}

/* ---- walking ----------------------------------------------------------- */

typedef int (*html_enter_fn)(html_state *st, xmlNode *n);
typedef void (*html_leave_fn)(html_state *st, xmlNode *n);

/* Pre- and post-order over top's subtree without recursion; enter
 * returns 0 to leave a node's children out. */
static void html_walk(html_state *st,
                      xmlNode *top,
                      html_enter_fn enter,
                      html_leave_fn leave)
{
    xmlNode *n = top;
    if (!top)
        return;
    for (;;) {
        if (enter(st, n) && n->children && st->err == KG_OK) {
            n = n->children;
            continue;
        }
        for (;;) {
            if (leave)
                leave(st, n);
            if (n == top || st->err != KG_OK)
                return;
            if (n->next) {
                n = n->next;
                break;
            }
            n = n->parent;
            if (!n)
                return;
        }
    }
}

/* Text bytes that are not blanks. */
static size_t html_text_weight(const char *s)
{
    size_t k = 0;
    for (; *s; s++)
        k += !html_is_ws(*s);
    return k;
}

/* The text of n's subtree, blanks collapsed, into b (capped). */
typedef struct html_collect {
    kg_buf *b;
    int space;
} html_collect;

static void html_put_collapsed(kg_buf *b, const char *s, int *space, int *err)
{
    for (; *s && *err == KG_OK; s++) {
        if (b->len >= HTML_MAX_META)
            return;
        if (html_is_ws(*s)) {
            *space = b->len > 0;
            continue;
        }
        if (*space && (*err = kg_buf_putc(b, ' ')) < 0)
            return;
        *space = 0;
        *err = kg_buf_putc(b, *s);
    }
}

static void html_collect_text(xmlNode *top, kg_buf *b, int *err)
{
    xmlNode *n = top;
    int space = 0;
    kg_buf_clear(b);
    /* a bounded walk: only text, no callbacks */
    while (n && *err == KG_OK && b->len < HTML_MAX_META) {
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
            n->content)
            html_put_collapsed(b, (const char *)n->content, &space, err);
        if (n->type == XML_ELEMENT_NODE && n->children &&
            strcmp(html_name(n), "script") != 0 &&
            strcmp(html_name(n), "style") != 0) {
            n = n->children;
            continue;
        }
        while (n != top && !n->next)
            n = n->parent;
        if (n == top)
            break;
        n = n->next;
    }
}

/* ---- metadata ------------------------------------------------------------ */

/* Keep v as the title (or URL) when rank beats the one held. */
static void
html_offer(html_state *st, kg_buf *b, int *held, int rank, const char *v)
{
    size_t n, a = 0;
    int space = 0;
    if (!v || rank >= *held || st->err != KG_OK)
        return;
    n = strlen(v);
    while (a < n && html_is_ws(v[a]))
        a++;
    if (a == n || n - a > HTML_MAX_META)
        return;
    kg_buf_clear(b);
    html_put_collapsed(b, v + a, &space, &st->err);
    *held = rank;
}

static void html_offer_date(html_state *st, int rank, const char *v)
{
    char d[11];
    if (!v || rank >= st->date_rank)
        return;
    if (kg_text__parse_date(v, strlen(v), d)) {
        memcpy(st->date, d, sizeof(d));
        st->date_rank = rank;
    }
}

/* "datePublished": "..." in a JSON-LD block (a plain scan: the first
 * occurrence, whatever object holds it). */
static void html_jsonld_date(html_state *st, const char *s)
{
    const char *p = strstr(s, "\"datePublished\"");
    char v[64];
    size_t n = 0;
    if (!p)
        return;
    p += 15;
    while (html_is_ws(*p))
        p++;
    if (*p++ != ':')
        return;
    while (html_is_ws(*p))
        p++;
    if (*p++ != '"')
        return;
    while (p[n] && p[n] != '"' && n + 1 < sizeof(v)) {
        v[n] = p[n];
        n++;
    }
    v[n] = '\0';
    html_offer_date(st, 3, v);
}

static void html_meta(html_state *st, xmlNode *n)
{
    static const char *const date_names[] = {"date",
                                             "pubdate",
                                             "publishdate",
                                             "publish-date",
                                             "publication_date",
                                             "dc.date",
                                             "dc.date.issued",
                                             "dc.date.created",
                                             "dcterms.date",
                                             "dcterms.created",
                                             "dcterms.issued",
                                             "sailthru.date",
                                             "parsely-pub-date",
                                             "article.published",
                                             "og:published_time",
                                             "originalpublicationdate",
                                             "cxenseparse:recs:publishtime",
                                             "article_date_original",
                                             "datepublished"};
    const char *key = html_attr(n, "property");
    const char *content = html_attr(n, "content");
    const char *prop = html_attr(n, "itemprop");
    char low[64];
    size_t i;

    if (!content)
        return;
    if (prop && html_ieq(prop, "datePublished"))
        html_offer_date(st, 2, content);
    if (!key)
        key = html_attr(n, "name");
    if (!key)
        return;
    for (i = 0; key[i] && i + 1 < sizeof(low); i++)
        low[i] = html_lower(key[i]);
    low[i] = '\0';
    if (strcmp(low, "og:title") == 0)
        html_offer(st, &st->title, &st->title_rank, 1, content);
    else if (strcmp(low, "twitter:title") == 0)
        html_offer(st, &st->title, &st->title_rank, 2, content);
    else if (strcmp(low, "og:url") == 0)
        html_offer(st, &st->url, &st->url_rank, 2, content);
    else if (strcmp(low, "article:published_time") == 0)
        html_offer_date(st, 1, content);
    else if (html_in(low, date_names, HTML_COUNT(date_names)))
        html_offer_date(st, 4, content);
}

/* Metadata an element may carry (walk A, every element). */
static void html_metadata(html_state *st, xmlNode *n, const char *name)
{
    const char *v;

    if (strcmp(name, "meta") == 0) {
        html_meta(st, n);
    } else if (strcmp(name, "link") == 0) {
        if ((v = html_attr(n, "rel")) && html_ieq(v, "canonical"))
            html_offer(st, &st->url, &st->url_rank, 1, html_attr(n, "href"));
    } else if (strcmp(name, "title") == 0 && st->title_rank > 4) {
        html_collect_text(n, &st->tmp, &st->err);
        if (st->err == KG_OK && st->tmp.len)
            html_offer(st, &st->title, &st->title_rank, 4, st->tmp.ptr);
    } else if (strcmp(name, "script") == 0) {
        if ((v = html_attr(n, "type")) && html_ieq(v, "application/ld+json") &&
            n->children && n->children->content)
            html_jsonld_date(st, (const char *)n->children->content);
    } else if (strcmp(name, "h1") == 0 && !st->h1) {
        st->h1 = n;
    } else if (strcmp(name, "article") == 0 &&
               st->narticle < HTML_MAX_CANDIDATES) {
        st->article[st->narticle++] = n;
    }
    if (strcmp(name, "time") == 0 && st->ntimes < HTML_MAX_CANDIDATES)
        st->times[st->ntimes++] = n;
    if ((v = html_attr(n, "itemprop")) != NULL) {
        if (html_ieq(v, "articleBody") && st->nbody_prop < HTML_MAX_CANDIDATES)
            st->body_prop[st->nbody_prop++] = n;
        else if (html_ieq(v, "datePublished") && strcmp(name, "meta") != 0) {
            const char *d = html_attr(n, "datetime");
            if (!d)
                d = html_attr(n, "content");
            if (d) {
                html_offer_date(st, 2, d);
            } else {
                html_collect_text(n, &st->tmp, &st->err);
                if (st->err == KG_OK && st->tmp.len)
                    html_offer_date(st, 2, st->tmp.ptr);
            }
        }
    }
}

/* Is n inside an element marked as boilerplate (or excluded by tag,
 * other than the page header, where dates and headlines live)? */
static int html_in_boiler(html_state *st, const xmlNode *n)
{
    const xmlNode *p;
    for (p = n; p; p = p->parent) {
        html_info *in = html_get(st, p);
        if (in && (in->flags & HTML_F_BOILER) && !(in->flags & HTML_F_SEEN))
            return 1;
        if (p->type == XML_ELEMENT_NODE &&
            (strcmp(html_name(p), "aside") == 0 ||
             strcmp(html_name(p), "nav") == 0 ||
             strcmp(html_name(p), "footer") == 0))
            return 1;
    }
    return 0;
}

/* Trim a site name from a <title>: "Story | Reuters", "Story - CNN". */
static void html_strip_site(kg_buf *b)
{
    static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ",
                                       " \xE2\x80\x94 ", " :: "};
    size_t i, best = 0;
    for (i = 0; i < HTML_COUNT(seps); i++) {
        size_t k = strlen(seps[i]), j;
        for (j = b->len; j-- > 0;)
            if (j + k <= b->len && memcmp(b->ptr + j, seps[i], k) == 0) {
                if (b->len - (j + k) <= 40 && j >= 8 && j > best)
                    best = j;
                break;
            }
    }
    if (best) {
        b->len = best;
        b->ptr[best] = '\0';
    }
}

/* ---- walk A: elements, counts, metadata ---------------------------------- */

static int html_a_enter(html_state *st, xmlNode *n)
{
    html_info *in;
    const char *name;

    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        html_info *pin = html_get(st, n->parent);
        if (pin && !st->skip_depth && n->content) {
            size_t w = html_text_weight((const char *)n->content);
            pin->text += w;
            if (st->p_depth)
                pin->ptext += w;
        }
        return 0;
    }
    if (n->type != XML_ELEMENT_NODE)
        return 0;
    if (st->ninfo == st->capinfo) {
        size_t cap = st->capinfo ? st->capinfo * 2 : 256;
        html_info *p = realloc(st->info, cap * sizeof(*p));
        if (!p) {
            st->err = KG_ENOMEM;
            return 0;
        }
        st->info = p;
        st->capinfo = cap;
    }
    in = &st->info[st->ninfo++];
    memset(in, 0, sizeof(*in));
    n->_private = (void *)(uintptr_t)st->ninfo;
    name = html_name(n);
    html_metadata(st, n, name);
    if (html_is_skip_tag(name) || html_is_hidden(n))
        in->flags |= HTML_F_SKIP;
    else if (html_is_boiler(n))
        in->flags |= HTML_F_BOILER;
    if (strcmp(name, "p") == 0)
        in->flags |= HTML_F_P;
    st->skip_depth += (in->flags & HTML_F_SKIP) != 0;
    st->p_depth += (in->flags & HTML_F_P) != 0;
    /* nothing below a script or style is markup */
    return strcmp(name, "script") != 0 && strcmp(name, "style") != 0;
}

static void html_a_leave(html_state *st, xmlNode *n)
{
    html_info *in = html_get(st, n), *pin;
    if (!in)
        return;
    st->skip_depth -= (in->flags & HTML_F_SKIP) != 0;
    st->p_depth -= (in->flags & HTML_F_P) != 0;
    if ((pin = html_get(st, n->parent)) != NULL) {
        pin->text += in->text;
        pin->ptext += in->ptext;
    }
}

/* ---- walk B: counts without the boilerplate ---------------------------- */

static int html_b_enter(html_state *st, xmlNode *n)
{
    html_info *in;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        html_info *pin = html_get(st, n->parent);
        if (pin && n->content) {
            size_t w = html_text_weight((const char *)n->content);
            pin->text2 += w;
            if (st->p_depth)
                pin->ptext2 += w;
        }
        return 0;
    }
    if (!(in = html_get(st, n)) || (in->flags & HTML_F_DROP))
        return 0;
    in->flags |= HTML_F_SEEN;
    st->p_depth += (in->flags & HTML_F_P) != 0;
    return 1;
}

static void html_b_leave(html_state *st, xmlNode *n)
{
    html_info *in = html_get(st, n), *pin;
    if (!in || (in->flags & HTML_F_DROP))
        return;
    st->p_depth -= (in->flags & HTML_F_P) != 0;
    if ((pin = html_get(st, n->parent)) != NULL) {
        pin->text2 += in->text2;
        pin->ptext2 += in->ptext2;
    }
}

/* ---- walk C: the article's text ------------------------------------------ */

static void html_break(html_state *st, int level)
{
    if (level > st->pending)
        st->pending = level;
}

static void html_put_text(html_state *st, const char *s)
{
    while (*s && st->err == KG_OK) {
        const char *e = s;
        if (html_is_ws(*s)) {
            st->space = 1;
            s++;
            continue;
        }
        while (*e && !html_is_ws(*e))
            e++;
        if (st->out.len && st->pending)
            st->err = kg_buf_put(&st->out, "\n\n", (size_t)st->pending);
        else if (st->out.len && st->space)
            st->err = kg_buf_putc(&st->out, ' ');
        st->pending = 0;
        st->space = 0;
        if (st->err == KG_OK)
            st->err = kg_buf_put(&st->out, s, (size_t)(e - s));
        s = e;
    }
}

static int html_c_enter(html_state *st, xmlNode *n)
{
    html_info *in;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
        if (n->content)
            html_put_text(st, (const char *)n->content);
        return 0;
    }
    if (!(in = html_get(st, n)) || (in->flags & HTML_F_DROP))
        return 0;
    html_break(st, html_block_level(html_name(n)));
    return 1;
}

static void html_c_leave(html_state *st, xmlNode *n)
{
    html_info *in = html_get(st, n);
    if (in && !(in->flags & HTML_F_DROP))
        html_break(st, html_block_level(html_name(n)));
}

/* ---- the article --------------------------------------------------------- */

static xmlNode *html_body(xmlNode *root)
{
    xmlNode *c;
    for (c = root ? root->children : NULL; c; c = c->next)
        if (c->type == XML_ELEMENT_NODE && strcmp(html_name(c), "body") == 0)
            return c;
    return root;
}

static xmlNode *html_pick(html_state *st, xmlNode *body)
{
    html_info *bin = html_get(st, body);
    size_t total = bin ? bin->ptext2 : 0, i;
    xmlNode *best = NULL, *cur;
    size_t best_score = 0;

    /* [itemprop=articleBody]: the page says so */
    for (i = 0; i < st->nbody_prop; i++) {
        html_info *in = html_get(st, st->body_prop[i]);
        if (in && (in->flags & HTML_F_SEEN) &&
            (!best || in->text2 > best_score)) {
            best = st->body_prop[i];
            best_score = in->text2;
        }
    }
    if (best && best_score)
        return best;
    /* the <article> with most paragraph text, if it has half of it */
    best = NULL;
    best_score = 0;
    for (i = 0; i < st->narticle; i++) {
        html_info *in = html_get(st, st->article[i]);
        size_t score = in ? (total ? in->ptext2 : in->text2) : 0;
        if (in && (in->flags & HTML_F_SEEN) && score > best_score) {
            best = st->article[i];
            best_score = score;
        }
    }
    if (best &&
        (total ? best_score * 2 >= total : bin && best_score * 2 >= bin->text2))
        return best;
    /* the smallest container with most of the paragraph text (never a
     * paragraph, list or inline element: "Intro <b>long bold</b>" stays
     * whole) */
    cur = body;
    while (total) {
        xmlNode *c, *next = NULL;
        for (c = cur->children; c; c = c->next) {
            html_info *in = html_get(st, c);
            if (in && (in->flags & HTML_F_SEEN) &&
                !html_is_leaf_block(html_name(c)) &&
                in->ptext2 * 100 >= total * HTML_ARTICLE_SHARE) {
                next = c;
                break;
            }
        }
        if (!next)
            break;
        cur = next;
    }
    return cur;
}

/* Drop the boilerplate-marked elements, unless one holds half the text. */
static void html_mark_drops(html_state *st, xmlNode *body)
{
    html_info *bin = html_get(st, body);
    size_t total = bin ? bin->text : 0, i;
    for (i = 0; i < st->ninfo; i++) {
        html_info *in = &st->info[i];
        if (in->flags & HTML_F_SKIP)
            in->flags |= HTML_F_DROP;
        else if ((in->flags & HTML_F_BOILER) &&
                 !(total && in->text * 2 >= total))
            in->flags |= HTML_F_DROP;
    }
    if (bin)
        bin->flags &= ~HTML_F_DROP; /* the body is never dropped */
}

/* ---- parsing ------------------------------------------------------------- */

static void html_silent_generic(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/* Reports are dropped, except the one that says libxml2 stopped at its
 * nesting limit (without HTML_PARSE_HUGE: 256 elements; the tree then
 * holds only the page before that point). */
static void html_silent_structured(void *ctx, xmlErrorPtr error)
{
    int *too_deep = ctx;
    if (too_deep && error && error->code == XML_ERR_INTERNAL_ERROR &&
        error->message && strstr(error->message, "depth"))
        *too_deep = 1;
}

/* The page with libxml2's reports silenced for this thread only (the
 * handlers are per thread), then restored.  *too_deep is set when the
 * parser gave up at its nesting limit. */
static htmlDocPtr
html_parse(const char *data, size_t n, const char *enc, int *too_deep)
{
    xmlGenericErrorFunc old_generic = xmlGenericError;
    void *old_generic_ctx = xmlGenericErrorContext;
    xmlStructuredErrorFunc old_structured = xmlStructuredError;
    void *old_structured_ctx = xmlStructuredErrorContext;
    htmlDocPtr doc;

    xmlSetGenericErrorFunc(NULL, html_silent_generic);
    xmlSetStructuredErrorFunc(too_deep, html_silent_structured);
    doc = htmlReadMemory(data, (int)n, NULL, enc,
                         HTML_PARSE_RECOVER | HTML_PARSE_NONET |
                             HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    xmlSetGenericErrorFunc(old_generic_ctx, old_generic);
    xmlSetStructuredErrorFunc(old_structured_ctx, old_structured);
    return doc;
}

/* Does the page name its encoding (a BOM, <meta charset>, an XML
 * declaration)?  Otherwise kg reads it as UTF-8. */
static int html_declares_encoding(const char *d, size_t n)
{
    size_t lim = n < 4096 ? n : 4096;
    if (n >= 2 &&
        (((unsigned char)d[0] == 0xFE && (unsigned char)d[1] == 0xFF) ||
         ((unsigned char)d[0] == 0xFF && (unsigned char)d[1] == 0xFE)))
        return 1;
    return html_icontains(d, lim, "charset=") ||
           html_icontains(d, lim, "encoding=");
}

int kg_text__html(kg_text__reader *r, kg_doc *doc, const char *data, size_t n)
{
    html_state st;
    htmlDocPtr hdoc = NULL;
    xmlNode *root, *body, *article;
    kg_buf clean = KG_BUF_INIT;
    const char *enc = NULL;
    size_t invalid = 0, i;
    int err = KG_OK, too_deep = 0;

    memset(&st, 0, sizeof(st));
    st.r = r;
    st.title_rank = st.url_rank = st.date_rank = 100;
    if (n > (size_t)INT32_MAX)
        return kg_ctx__error(r->ctx, KG_ELIMIT, "%s: page too large",
                             doc->path);
    if (!html_declares_encoding(data, n)) {
        /* UTF-8 by default; invalid bytes are replaced here (or refused
         * in strict mode), so libxml2 never falls back to Latin-1 */
        enc = "UTF-8";
        clean.max = (size_t)INT32_MAX; /* htmlReadMemory takes an int */
        err = kg_utf8_clean(data, n, r->strict, &clean, &invalid);
        if (err == KG_EUTF8) {
            err = kg_ctx__error(r->ctx, err, "%s: invalid UTF-8 in HTML",
                                doc->path);
            goto out;
        }
        if (err < 0) {
            err = kg_ctx__error(r->ctx, err, "%s: %s", doc->path,
                                kg_strerror(err));
            goto out;
        }
        if (invalid) {
            data = clean.ptr;
            n = clean.len;
        }
    }
    hdoc = html_parse(data, n, enc, &too_deep);
    if (too_deep) {
        /* the tree ends where the parser stopped: keep what came before
         * it, and say so (strict mode: refuse the page) */
        static const char msg[] = "HTML nested deeper than libxml2's limit "
                                  "of 256 elements; the text after that "
                                  "point is ignored";
        if (r->strict) {
            err = kg_text__report(r, doc->path, doc->line, KG_ELIMIT, msg);
            goto out;
        }
        doc->warning = msg;
    }
    root = hdoc ? xmlDocGetRootElement(hdoc) : NULL;
    body = html_body(root);

    html_walk(&st, root, html_a_enter, html_a_leave);
    if ((err = st.err) < 0)
        goto nomem;
    html_mark_drops(&st, body);
    st.p_depth = 0;
    html_walk(&st, body, html_b_enter, html_b_leave);
    article = body ? html_pick(&st, body) : NULL;

    /* titles: og:title, twitter:title, the first <h1>, <title> */
    if (st.h1 && st.title_rank > 3 && !html_in_boiler(&st, st.h1)) {
        html_collect_text(st.h1, &st.tmp, &st.err);
        if (st.err == KG_OK && st.tmp.len)
            html_offer(&st, &st.title, &st.title_rank, 3, st.tmp.ptr);
    }
    if (st.title_rank == 4)
        html_strip_site(&st.title);
    /* dates: <time> in the story, after every <meta> */
    for (i = 0; i < st.ntimes && st.date_rank > 5; i++) {
        const char *d = html_attr(st.times[i], "datetime");
        if (d && !html_in_boiler(&st, st.times[i]))
            html_offer_date(&st, 5, d);
    }
    if ((err = st.err) < 0)
        goto nomem;

    html_walk(&st, article, html_c_enter, html_c_leave);
    if ((err = st.err) < 0)
        goto nomem;

    if (!doc->title && st.title.len) {
        kg_buf_clear(&r->title);
        if ((err = kg_utf8_clean(st.title.ptr, st.title.len, 0, &r->title,
                                 NULL)) < 0)
            goto nomem;
        doc->title = r->title.ptr;
    }
    if (!doc->url && st.url.len) {
        kg_buf_clear(&r->url);
        if ((err = kg_utf8_clean(st.url.ptr, st.url.len, 0, &r->url, NULL)) < 0)
            goto nomem;
        doc->url = r->url.ptr;
    }
    if (!doc->date && st.date_rank < 100)
        doc->date = st.date;
    if (!doc->format)
        doc->format = "html";
    doc->invalid_bytes += invalid;
    /* the document outlives no libxml2 memory: free the tree first */
    xmlFreeDoc(hdoc);
    hdoc = NULL;
    err = kg_text__emit(r, doc, st.out.ptr ? st.out.ptr : "", st.out.len,
                        KG_TEXT__NO_MAP);
    goto out;
nomem:
    err = kg_ctx__error(r->ctx, err, "%s: %s", doc->path, kg_strerror(err));
out:
    if (hdoc)
        xmlFreeDoc(hdoc);
    free(st.info);
    kg_buf_dispose(&st.title);
    kg_buf_dispose(&st.url);
    kg_buf_dispose(&st.tmp);
    kg_buf_dispose(&st.out);
    kg_buf_dispose(&clean);
    return err;
}

/* ---- detection ----------------------------------------------------------- */

int kg_text__looks_like_html(const char *d, size_t n)
{
    static const char *const tags[] = {
        "html",    "head",    "body",   "title",    "meta",       "link",
        "script",  "style",   "div",    "p",        "span",       "a",
        "h1",      "h2",      "h3",     "h4",       "h5",         "h6",
        "article", "section", "main",   "header",   "footer",     "nav",
        "ul",      "ol",      "li",     "table",    "br",         "img",
        "b",       "i",       "em",     "strong",   "blockquote", "figure",
        "aside",   "form",    "iframe", "noscript", "base",       "center",
        "font"};
    static const char *const marks[] = {"<p>",  "<p ",    "</p>",    "<br",
                                        "<div", "</div>", "<a href", "<h1",
                                        "<h2",  "<li>",   "<span",   "</a>"};
    size_t i = 0, lim = n < 1024 ? n : 1024, count = 0, j;

    if (n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < lim && html_is_ws(d[i]))
        i++;
    if (i < lim && d[i] == '<') {
        const char *s = d + i;
        size_t m = lim - i, k = 1;
        if (html_iprefix(s, m, "<!doctype html") || html_iprefix(s, m, "<html"))
            return 1;
        if (html_iprefix(s, m, "<?xml") || html_iprefix(s, m, "<!--"))
            return html_icontains(s, m, "<html") ||
                   html_icontains(s, m, "<body") ||
                   html_icontains(s, m, "<!doctype html");
        while (k < m &&
               ((s[k] >= 'a' && s[k] <= 'z') || (s[k] >= 'A' && s[k] <= 'Z') ||
                (s[k] >= '0' && s[k] <= '9')))
            k++;
        if (k > 1 && k < 12 && k < m &&
            (s[k] == '>' || s[k] == ' ' || s[k] == '/' || s[k] == '\n' ||
             s[k] == '\t' || s[k] == '\r')) {
            char name[12];
            for (j = 1; j < k; j++)
                name[j - 1] = html_lower(s[j]);
            name[k - 1] = '\0';
            if (html_in(name, tags, HTML_COUNT(tags)))
                return 1;
        }
    }
    /* prose with markup in it (one pass: every document comes here, and
     * most have no '<' at all) */
    for (const char *p = d, *end = d + lim;
         (p = memchr(p, '<', (size_t)(end - p))) != NULL; p++)
        for (j = 0; j < HTML_COUNT(marks); j++)
            count += (size_t)html_iprefix(p, (size_t)(end - p), marks[j]);
    return count >= 3;
}
