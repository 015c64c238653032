/*
 * pool.c: per-document parallelism for build, extract and entities (-j N).
 *
 * The main thread reads documents in order and copies each into a slot of a
 * bounded ring; worker threads extract slots in any order, each with its own
 * kg_ctx (a kg_ctx is not thread-safe: it keeps the last error message and
 * loads the Link Grammar parser lazily, so every worker loads its own
 * ontology, about 0.1 s and a few MB); the main thread folds finished slots
 * strictly in input order.  Output is therefore that of one thread, and
 * memory is bounded by the ring (4 slots per worker, and no new slot while
 * the queued text passes POOL_MAX_BYTES), not by the corpus.
 */
#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define POOL_MAX_BYTES ((size_t)64 << 20)

struct cli_pool {
    pthread_mutex_t mu;
    pthread_cond_t work_cv; /* a slot to extract, or stop */
    pthread_cond_t done_cv; /* a slot finished */
    cli_job *ring;
    size_t cap;
    size_t head; /* oldest slot not folded yet */
    size_t take; /* next slot for a worker */
    size_t tail; /* next slot to fill */
    size_t bytes; /* text queued and not folded (main thread only) */
    int stop;
    kg_ctx **ctxs;
    pthread_t *threads;
    size_t nthreads;
    cli_job_fn work;
    cli_fold_fn fold;
    void *payload;
};

typedef struct pool_worker_arg {
    cli_pool *pool;
    kg_ctx *ctx;
} pool_worker_arg;

static void *pool_worker(void *arg)
{
    cli_pool *p = ((pool_worker_arg *)arg)->pool;
    kg_ctx *ctx = ((pool_worker_arg *)arg)->ctx;
    free(arg);
    for (;;) {
        cli_job *j;
        pthread_mutex_lock(&p->mu);
        while (p->take == p->tail && !p->stop)
            pthread_cond_wait(&p->work_cv, &p->mu);
        if (p->take == p->tail) { /* stop, and nothing left */
            pthread_mutex_unlock(&p->mu);
            return NULL;
        }
        j = &p->ring[p->take++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        p->work(ctx, j, p->payload);
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        pthread_cond_broadcast(&p->done_cv);
        pthread_mutex_unlock(&p->mu);
    }
}

static void pool_job_clear(cli_job *j)
{
    free(j->strings);
    free(j->offsets);
    free(j->out);
    memset(j, 0, sizeof(*j));
}

/* A deep copy of the reader's record (valid only during its callback). */
static int pool_job_fill(cli_job *j, const kg_doc *doc)
{
    const char *src[8];
    const char **dst[8];
    size_t n[8], total = 0, i, k = 0;
    char *s;

    memset(j, 0, sizeof(*j));
    j->doc = *doc;
#define POOL_STR(field)                                                      \
    do {                                                                     \
        src[k] = doc->field;                                                 \
        dst[k] = &j->doc.field;                                              \
        n[k] = doc->field ? strlen(doc->field) + 1 : 0;                      \
        total += n[k++];                                                     \
    } while (0)
    POOL_STR(id);
    POOL_STR(path);
    POOL_STR(date);
    POOL_STR(title);
    POOL_STR(url);
    POOL_STR(source);
    POOL_STR(format);
    POOL_STR(warning);
#undef POOL_STR
    total += doc->len + 1;
    if (!(j->strings = malloc(total)))
        return KG_ENOMEM;
    s = j->strings;
    memcpy(s, doc->text, doc->len);
    s[doc->len] = '\0';
    j->doc.text = s;
    s += doc->len + 1;
    for (i = 0; i < k; i++) {
        if (!src[i])
            continue;
        memcpy(s, src[i], n[i]);
        *dst[i] = s;
        s += n[i];
    }
    if (doc->noffsets) {
        j->offsets = malloc(doc->noffsets * sizeof(*j->offsets));
        if (!j->offsets) {
            pool_job_clear(j);
            return KG_ENOMEM;
        }
        memcpy(j->offsets, doc->offsets, doc->noffsets * sizeof(*j->offsets));
        j->doc.offsets = j->offsets;
    }
    return KG_OK;
}

int cli_pool_new(cli_pool **out, kg_ctx **ctxs, size_t n, cli_job_fn work,
                 cli_fold_fn fold, void *payload)
{
    cli_pool *p = calloc(1, sizeof(*p));
    size_t i;

    *out = NULL;
    if (!p)
        return KG_ENOMEM;
    p->cap = 4 * n;
    p->ring = calloc(p->cap, sizeof(*p->ring));
    p->threads = calloc(n, sizeof(*p->threads));
    if (!p->ring || !p->threads) {
        free(p->ring);
        free(p->threads);
        free(p);
        return KG_ENOMEM;
    }
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->work_cv, NULL);
    pthread_cond_init(&p->done_cv, NULL);
    p->ctxs = ctxs;
    p->work = work;
    p->fold = fold;
    p->payload = payload;
    for (i = 0; i < n; i++) {
        pool_worker_arg *a = malloc(sizeof(*a));
        if (!a || (a->pool = p, a->ctx = ctxs[i],
                   pthread_create(&p->threads[i], NULL, pool_worker, a)) != 0) {
            free(a);
            cli_pool_free(p);
            return KG_ENOMEM;
        }
        p->nthreads++;
    }
    *out = p;
    return KG_OK;
}

/* Fold the finished slots at the head, in order; with `all`, wait for every
 * slot, else wait only while the ring is full.  Returns fold's first error. */
static int pool_drain(cli_pool *p, int all)
{
    for (;;) {
        cli_job *j;
        int err;
        pthread_mutex_lock(&p->mu);
        for (;;) {
            if (p->head == p->tail) {
                pthread_mutex_unlock(&p->mu);
                return KG_OK;
            }
            if (p->ring[p->head % p->cap].done)
                break;
            if (!all && p->tail - p->head < p->cap &&
                p->bytes < POOL_MAX_BYTES) {
                pthread_mutex_unlock(&p->mu);
                return KG_OK;
            }
            pthread_cond_wait(&p->done_cv, &p->mu);
        }
        j = &p->ring[p->head % p->cap];
        pthread_mutex_unlock(&p->mu);
        err = p->fold(j, p->payload);
        p->bytes -= j->doc.len;
        pool_job_clear(j);
        pthread_mutex_lock(&p->mu);
        p->head++;
        pthread_mutex_unlock(&p->mu);
        if (err < 0)
            return err;
    }
}

int cli_pool_submit(cli_pool *p, const kg_doc *doc)
{
    int err;
    if ((err = pool_drain(p, 0)) < 0)
        return err;
    /* the slot at tail is free: drain returned with tail - head < cap, and
     * only this thread moves tail */
    if ((err = pool_job_fill(&p->ring[p->tail % p->cap], doc)) < 0)
        return err;
    p->bytes += doc->len;
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
    return KG_OK;
}

int cli_pool_finish(cli_pool *p)
{
    return pool_drain(p, 1);
}

void cli_pool_free(cli_pool *p)
{
    size_t i;
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = 1;
    p->tail = p->take; /* drop what no worker has started */
    pthread_cond_broadcast(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
    for (i = 0; i < p->nthreads; i++)
        pthread_join(p->threads[i], NULL);
    for (i = 0; i < p->cap; i++)
        pool_job_clear(&p->ring[i]);
    pthread_cond_destroy(&p->work_cv);
    pthread_cond_destroy(&p->done_cv);
    pthread_mutex_destroy(&p->mu);
    free(p->threads);
    free(p->ring);
    free(p);
}

size_t cli_default_jobs(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 64 ? 64 : (size_t)n;
}
