/*
 * strpool.c: open-addressing hash set of arena-backed strings.
 *
 * The extractor probes the ontology's pool for every token and every run
 * of tokens of a sentence, and most probes miss (a word no name starts
 * with), so the table is kept at most half full: with linear probing a
 * miss then looks at about 2.5 slots on average, against 8.5 at the three
 * quarters it used to allow.  A slot holds the hash and the length next to
 * the pointer, so a probe touches one cache line and the bytes are
 * compared only when hash and length both agree.
 */
#include "strpool.h"

#include <stdlib.h>
#include <string.h>

uint32_t kg_hash(const char *s, size_t n)
{
    /* Eight bytes at a time, each word mixed in with a multiply: names
     * and words are mostly longer than a few bytes, and FNV-1a's one
     * multiply per byte was a third of interning the ontology.  The high
     * bits are folded down because the table uses the low ones. */
    uint64_t h = 0x9E3779B97F4A7C15ull ^ (uint64_t)n;
    uint64_t w;

    for (; n >= 8; s += 8, n -= 8) {
        memcpy(&w, s, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    if (n) {
        /* the last 1 to 7 bytes as the low bytes of w, the rest zero (a
         * memcpy of n bytes into a zeroed w on this little-endian
         * reading), from two overlapping 4-byte loads or three bytes
         * instead of a copy a byte at a time */
        if (n >= 4) {
            uint32_t lo, hi;
            memcpy(&lo, s, 4);
            memcpy(&hi, s + n - 4, 4);
            w = (uint64_t)lo | (uint64_t)hi << ((n - 4) * 8);
        } else {
            w = (uint64_t)(unsigned char)s[0] |
                (uint64_t)(unsigned char)s[n / 2] << (n / 2 * 8) |
                (uint64_t)(unsigned char)s[n - 1] << ((n - 1) * 8);
        }
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
    }
    h ^= h >> 29;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    return (uint32_t)h;
}

static size_t strpool_find(const kg_strpool *p, const char *s, size_t n,
                           uint32_t h)
{
    size_t mask = p->cap - 1, i = h & mask;
    const kg_strpool_slot *t;
    while ((t = &p->slots[i])->s) {
        if (t->hash == h && t->len == n && memcmp(t->s, s, n) == 0)
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

/* The bloom word of hash h and its two bits: the word from the high bits
 * of a multiply (the table uses h's low bits), the bits from its low
 * twelve.  cap / 2 bytes is cap / 16 words, and cap is a power of two of
 * at least 256. */
static size_t strpool_bloom_at(const kg_strpool *p, uint32_t h,
                               uint64_t *bits)
{
    uint64_t g = (uint64_t)h * 0x9E3779B97F4A7C15ull;
    *bits = (1ull << (g & 63)) | (1ull << ((g >> 6) & 63));
    return (size_t)(g >> 32) & (p->cap / 16 - 1);
}

static void strpool_bloom_add(kg_strpool *p, uint32_t h)
{
    uint64_t bits;
    size_t w;
    if (p->bloom) {
        w = strpool_bloom_at(p, h, &bits);
        p->bloom[w] |= bits;
    }
}

static int strpool_grow(kg_strpool *p)
{
    size_t ncap = p->cap ? p->cap * 2 : 256, i;
    kg_strpool_slot *slots = calloc(ncap, sizeof(*slots));
    if (!slots)
        return -1;
    for (i = 0; i < p->cap; i++) {
        if (p->slots[i].s) {
            size_t j = p->slots[i].hash & (ncap - 1);
            while (slots[j].s)
                j = (j + 1) & (ncap - 1);
            slots[j] = p->slots[i];
        }
    }
    free(p->slots);
    p->slots = slots;
    p->cap = ncap;
    if (!p->dense) {
        /* calloc after the table is rebuilt: a failed bitmap only costs
         * speed (lookups then probe the table), never a string */
        free(p->bloom);
        p->bloom = calloc(ncap / 16, sizeof(*p->bloom));
        for (i = 0; p->bloom && i < ncap; i++)
            if (slots[i].s)
                strpool_bloom_add(p, slots[i].hash);
    }
    return 0;
}

const char *kg_strpool_intern(kg_strpool *p, const char *s, size_t n)
{
    uint32_t h;
    size_t i;
    char *copy;

    if (n > UINT32_MAX)
        return NULL;
    h = kg_hash(s, n);
    if ((p->dense ? (p->count + 1) * 4 > p->cap * 3
                  : (p->count + 1) * 2 > p->cap) &&
        strpool_grow(p) < 0)
        return NULL;
    i = strpool_find(p, s, n, h);
    if (p->slots[i].s)
        return p->slots[i].s;
    copy = kg_arena_strndup(&p->arena, s, n);
    if (!copy)
        return NULL;
    p->slots[i].s = copy;
    p->slots[i].hash = h;
    p->slots[i].len = (uint32_t)n;
    p->count++;
    strpool_bloom_add(p, h);
    return copy;
}

const char *kg_strpool_intern0(kg_strpool *p, const char *s)
{
    return s ? kg_strpool_intern(p, s, strlen(s)) : NULL;
}

const char *kg_strpool_lookup(const kg_strpool *p, const char *s, size_t n)
{
    uint32_t h;
    uint64_t bits;
    if (!p->cap || n > UINT32_MAX)
        return NULL;
    h = kg_hash(s, n);
    if (p->bloom && (p->bloom[strpool_bloom_at(p, h, &bits)] & bits) != bits)
        return NULL;
    return p->slots[strpool_find(p, s, n, h)].s;
}

void kg_strpool_dispose(kg_strpool *p)
{
    free(p->slots);
    free(p->bloom);
    kg_arena_dispose(&p->arena);
    p->slots = NULL;
    p->bloom = NULL;
    p->cap = p->count = 0;
}
