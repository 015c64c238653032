/* buf.c: growable, capped byte buffers. */
#include "buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/common.h"

int kg_buf_grow(kg_buf *b, size_t extra)
{
    size_t max = b->max ? b->max : KG_BUF_DEFAULT_MAX;
    size_t need, cap;
    char *p;

    if (extra > max || b->len + 1 > max - extra)
        return KG_ELIMIT;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return KG_OK;
    cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap = cap > max / 2 ? max : cap * 2;
    p = realloc(b->ptr, cap);
    if (!p)
        return KG_ENOMEM;
    b->ptr = p;
    b->cap = cap;
    return KG_OK;
}

int kg_buf__put_slow(kg_buf *b, const char *s, size_t n)
{
    int err = kg_buf_grow(b, n);
    if (err < 0)
        return err;
    if (n)
        memcpy(b->ptr + b->len, s, n);
    b->len += n;
    b->ptr[b->len] = '\0';
    return KG_OK;
}

int kg_buf_puts(kg_buf *b, const char *s)
{
    return kg_buf_put(b, s, strlen(s));
}

int kg_buf_printf(kg_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n, err;

    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return KG_EINVAL;
    if ((err = kg_buf_grow(b, (size_t)n)) < 0)
        return err;
    va_start(ap, fmt);
    vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return KG_OK;
}

void kg_buf_clear(kg_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

void kg_buf_dispose(kg_buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
}

char *kg_buf_detach(kg_buf *b)
{
    char *p = b->ptr;
    b->ptr = NULL;
    b->len = b->cap = 0;
    return p;
}
