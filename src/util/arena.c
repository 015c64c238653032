/* arena.c: bump allocation over linked blocks. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 65536u
#define ARENA_ALIGN 16u

struct kg_arena_block {
    kg_arena_block *next;
    size_t size;
    /* aligned data follows the header */
};

#define ARENA_HDR                                                              \
    ((sizeof(kg_arena_block) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static kg_arena_block *arena_block_new(size_t size, kg_arena_block *next)
{
    kg_arena_block *b = malloc(ARENA_HDR + size);
    if (!b)
        return NULL;
    b->next = next;
    b->size = size;
    return b;
}

/* A new block of size bytes as the arena's head, its first need bytes
 * given out. */
static void *arena_new_head(kg_arena *a, size_t size, size_t need)
{
    kg_arena_block *b = arena_block_new(size, a->head);
    if (!b)
        return NULL;
    a->head = b;
    a->used = need;
    return (char *)b + ARENA_HDR;
}

#if !(defined(KG_ARENA_MALLOC) && KG_ARENA_MALLOC)
/* kg_arena_alloc past the current block (or before the first): need
 * bytes from a new block.  Kept out of line, so that the bump of every
 * other allocation saves no registers. */
static __attribute__((noinline)) void *arena_alloc_new(kg_arena *a,
                                                       size_t need)
{
    /* A large request gets its own block behind the current one, so
     * the space left in the current block is not wasted. */
    if (a->head && need > ARENA_BLOCK / 4) {
        kg_arena_block *b = arena_block_new(need, a->head->next);
        if (!b)
            return NULL;
        a->head->next = b;
        return (char *)b + ARENA_HDR;
    }
    return arena_new_head(a, need > ARENA_BLOCK ? need : ARENA_BLOCK, need);
}
#endif

void *kg_arena_alloc(kg_arena *a, size_t size)
{
    size_t need = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);

    if (size > SIZE_MAX / 2)
        return NULL;
    if (need == 0)
        need = ARENA_ALIGN;
#if defined(KG_ARENA_MALLOC) && KG_ARENA_MALLOC
    return arena_new_head(a, need, need);
#else
    if (!a->head || a->used + need > a->head->size)
        return arena_alloc_new(a, need);
    {
        void *p = (char *)a->head + ARENA_HDR + a->used;
        a->used += need;
        return p;
    }
#endif
}

void *kg_arena_calloc(kg_arena *a, size_t n, size_t size)
{
    void *p;
    if (size && n > SIZE_MAX / size)
        return NULL;
    p = kg_arena_alloc(a, n * size);
    if (p)
        memset(p, 0, n * size);
    return p;
}

char *kg_arena_strndup(kg_arena *a, const char *s, size_t n)
{
    char *p = kg_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    if (n)
        memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void kg_arena_reset(kg_arena *a)
{
    kg_arena_dispose(a);
}

void kg_arena_dispose(kg_arena *a)
{
    kg_arena_block *b = a->head;
    while (b) {
        kg_arena_block *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
    a->used = 0;
}
