/* strpool.c: open-addressing hash set of arena-backed strings. */
#include "strpool.h"

#include <stdlib.h>
#include <string.h>

uint32_t kg_hash(const char *s, size_t n)
{
    /* FNV-1a: fast for the short labels kg interns. */
    uint32_t h = 2166136261u;
    size_t i;
    for (i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

static size_t strpool_find(const kg_strpool *p, const char *s, size_t n,
                           uint32_t h)
{
    size_t mask = p->cap - 1, i = h & mask;
    while (p->slots[i]) {
        if (p->hashes[i] == h && strncmp(p->slots[i], s, n) == 0 &&
            p->slots[i][n] == '\0')
            return i;
        i = (i + 1) & mask;
    }
    return i;
}

static int strpool_grow(kg_strpool *p)
{
    size_t ncap = p->cap ? p->cap * 2 : 256, i;
    const char **slots = calloc(ncap, sizeof(*slots));
    uint32_t *hashes = calloc(ncap, sizeof(*hashes));
    if (!slots || !hashes) {
        free(slots);
        free(hashes);
        return -1;
    }
    for (i = 0; i < p->cap; i++) {
        if (p->slots[i]) {
            size_t j = p->hashes[i] & (ncap - 1);
            while (slots[j])
                j = (j + 1) & (ncap - 1);
            slots[j] = p->slots[i];
            hashes[j] = p->hashes[i];
        }
    }
    free(p->slots);
    free(p->hashes);
    p->slots = slots;
    p->hashes = hashes;
    p->cap = ncap;
    return 0;
}

const char *kg_strpool_intern(kg_strpool *p, const char *s, size_t n)
{
    uint32_t h = kg_hash(s, n);
    size_t i;
    char *copy;

    if ((p->count + 1) * 4 >= p->cap * 3 && strpool_grow(p) < 0)
        return NULL;
    i = strpool_find(p, s, n, h);
    if (p->slots[i])
        return p->slots[i];
    copy = kg_arena_strndup(&p->arena, s, n);
    if (!copy)
        return NULL;
    p->slots[i] = copy;
    p->hashes[i] = h;
    p->count++;
    return copy;
}

const char *kg_strpool_intern0(kg_strpool *p, const char *s)
{
    return s ? kg_strpool_intern(p, s, strlen(s)) : NULL;
}

const char *kg_strpool_lookup(const kg_strpool *p, const char *s, size_t n)
{
    size_t i;
    if (!p->cap)
        return NULL;
    i = strpool_find(p, s, n, kg_hash(s, n));
    return p->slots[i];
}

void kg_strpool_dispose(kg_strpool *p)
{
    free(p->slots);
    free(p->hashes);
    kg_arena_dispose(&p->arena);
    p->slots = NULL;
    p->hashes = NULL;
    p->cap = p->count = 0;
}
