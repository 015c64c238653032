/*
 * buf.h: a growable byte buffer with a cap (curl's dynbuf).  The content is
 * always NUL-terminated once anything was put; ptr is malloc'd.
 */
#ifndef KG_UTIL_BUF_H
#define KG_UTIL_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct kg_buf {
    char *ptr;
    size_t len, cap;
    size_t max; /* 0: the default cap, KG_BUF_DEFAULT_MAX */
} kg_buf;

#define KG_BUF_DEFAULT_MAX ((size_t)1 << 31)
#define KG_BUF_INIT {NULL, 0, 0, 0}

/* Each returns KG_OK, KG_ENOMEM, or KG_ELIMIT when max would be passed. */
int kg_buf_grow(kg_buf *b, size_t extra);
int kg_buf__put_slow(kg_buf *b, const char *s, size_t n);

/* put and putc are inline for the exporters, which append a few bytes at a
 * time (a million-edge export made some 10^9 calls through kg_buf_grow):
 * when the bytes and the NUL fit in what is allocated, and so within max
 * (cap never passes max once the limit was checked), they are copied
 * here; otherwise kg_buf__put_slow checks the limit and grows. */
static inline int kg_buf_put(kg_buf *b, const char *s, size_t n)
{
    if (b->cap && n < b->cap - b->len &&
        b->cap <= (b->max ? b->max : KG_BUF_DEFAULT_MAX)) {
        if (n)
            memcpy(b->ptr + b->len, s, n);
        b->len += n;
        b->ptr[b->len] = '\0';
        return 0;
    }
    return kg_buf__put_slow(b, s, n);
}

static inline int kg_buf_putc(kg_buf *b, char c)
{
    return kg_buf_put(b, &c, 1);
}

int kg_buf_puts(kg_buf *b, const char *s);
int kg_buf_printf(kg_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void kg_buf_clear(kg_buf *b);
/* Frees ptr; the buffer can be used again afterwards. */
void kg_buf_dispose(kg_buf *b);
/* Hand ptr to the caller (free() it); the buffer becomes empty. */
char *kg_buf_detach(kg_buf *b);

#endif
