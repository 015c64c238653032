/*
 * arena.h: a bump allocator over 64 KiB blocks.  Nothing in an arena is
 * freed piece by piece; kg_arena_reset() keeps the first block for reuse.
 *
 * Built with KG_ARENA_MALLOC=1 (make SAN=1, make valgrind) every allocation
 * is its own malloc so the sanitizers see each one, as Link Grammar's
 * POOL_ALLOCATOR=0 does.
 */
#ifndef KG_UTIL_ARENA_H
#define KG_UTIL_ARENA_H

#include <stddef.h>

typedef struct kg_arena_block kg_arena_block;

typedef struct kg_arena {
    kg_arena_block *head;
    size_t used; /* bytes used in head */
} kg_arena;

#define KG_ARENA_INIT {NULL, 0}

/* Returns NULL when memory is exhausted.  Memory is aligned for any type. */
void *kg_arena_alloc(kg_arena *a, size_t size);
void *kg_arena_calloc(kg_arena *a, size_t n, size_t size);
/* Copy s[0..n) and a NUL. */
char *kg_arena_strndup(kg_arena *a, const char *s, size_t n);
/* Forget everything allocated; pointers into the arena become invalid. */
void kg_arena_reset(kg_arena *a);
void kg_arena_dispose(kg_arena *a);

#endif
