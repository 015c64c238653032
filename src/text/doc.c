/*
 * doc.c: a document's offset map, from kg_doc.text back to the input.
 *
 * The map lists breakpoints (text, source) at both edges of every region
 * the cleaning changed in length (U+FFFD for one invalid byte, a dropped
 * control character, NFC composing e + U+0301).  Between breakpoints the
 * text is the input byte for byte, so an offset maps by the delta of the
 * breakpoint before it; inside a changed region the result is clamped to
 * the region's end.  A dropped region has two breakpoints with one text
 * offset: a span start maps past the dropped bytes, a span end before
 * them.
 */
#include "kg/text.h"

#include <assert.h>

/* Index of the first breakpoint whose text offset is >= offset (when
 * strict is 0) or > offset (when strict is 1); noffsets when none. */
static size_t doc_bound(const kg_doc *doc, size_t offset, int strict)
{
    size_t lo = 0, hi = doc->noffsets;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        size_t t = doc->offsets[mid].text;
        if (strict ? t <= offset : t < offset)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* offset through breakpoint i (the region it starts), clamped to the
 * next breakpoint. */
static size_t doc_through(const kg_doc *doc, size_t i, size_t offset)
{
    const kg_doc_offset *p = &doc->offsets[i];
    size_t r = p->source + (offset - p->text);
    if (i + 1 < doc->noffsets && r > doc->offsets[i + 1].source)
        r = doc->offsets[i + 1].source;
    return r;
}

size_t kg_doc_source_offset(const kg_doc *doc, size_t offset)
{
    size_t i;
    assert(doc);
    if (!doc->noffsets || !doc->offsets)
        return offset;
    /* the last breakpoint at or before offset */
    i = doc_bound(doc, offset, 1);
    if (i == 0)
        return offset;
    return doc_through(doc, i - 1, offset);
}

static size_t doc_source_end(const kg_doc *doc, size_t offset)
{
    size_t i;
    if (!doc->noffsets || !doc->offsets)
        return offset;
    /* the first breakpoint at offset ends the span before dropped bytes */
    i = doc_bound(doc, offset, 0);
    if (i < doc->noffsets && doc->offsets[i].text == offset)
        return doc->offsets[i].source;
    if (i == 0)
        return offset;
    return doc_through(doc, i - 1, offset);
}

void kg_doc_source_span(const kg_doc *doc,
                        size_t start,
                        size_t end,
                        size_t *start_out,
                        size_t *end_out)
{
    size_t s, e;
    assert(doc && start <= end);
    s = kg_doc_source_offset(doc, start);
    e = doc_source_end(doc, end);
    if (e < s)
        e = s; /* an empty span inside a dropped region */
    if (start_out)
        *start_out = s;
    if (end_out)
        *end_out = e;
}
