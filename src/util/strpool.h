/*
 * strpool.h: interned strings.  Two interned strings are equal exactly when
 * their pointers are equal (Link Grammar's string-set).  Strings live in an
 * arena until the pool is disposed.
 */
#ifndef KG_UTIL_STRPOOL_H
#define KG_UTIL_STRPOOL_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

/* One slot of the table: the string with its hash and length side by
 * side, so that a probe reads one cache line and compares bytes only when
 * both agree. */
typedef struct kg_strpool_slot {
    const char *s; /* NULL: empty */
    uint32_t hash;
    uint32_t len;
} kg_strpool_slot;

typedef struct kg_strpool {
    kg_strpool_slot *slots;
    size_t cap, count;
    kg_arena arena;
    /* 0: the table is kept at most half full (fast misses, for a pool
     * probed for words it mostly lacks); 1: three quarters (half the
     * table at times, for a pool probed for strings it mostly holds, as
     * the graph's is).  Set before the first intern. */
    int dense;
    /* Sparse pools only: two bits per string in one 64-bit word of a
     * bitmap of cap / 2 bytes, a 32nd of the table, so that most probes
     * for absent words are answered without touching the table (which
     * is larger than a core's share of a busy L3). */
    uint64_t *bloom;
} kg_strpool;

#define KG_STRPOOL_INIT {NULL, 0, 0, KG_ARENA_INIT, 0, NULL}

uint32_t kg_hash(const char *s, size_t n);
/* Returns the interned copy of s[0..n), or NULL when out of memory (or
 * when n does not fit in 32 bits). */
const char *kg_strpool_intern(kg_strpool *p, const char *s, size_t n);
/* NUL-terminated convenience form; NULL in gives NULL out. */
const char *kg_strpool_intern0(kg_strpool *p, const char *s);
/* The interned copy, or NULL when s was never interned. */
const char *kg_strpool_lookup(const kg_strpool *p, const char *s, size_t n);
void kg_strpool_dispose(kg_strpool *p);

#endif
