/*
 * pool.c: per-document parallelism for build, extract and entities (-j N).
 *
 * The main thread reads documents in order (JSONL corpora only split
 * into lines: parsing and cleaning them is the workers' job, so the main
 * thread, which also folds, is never what the workers wait for) and
 * copies them into batches,
 * one batch per slot of a bounded ring; worker threads extract whole
 * batches in any order, each with its own kg_ctx (a kg_ctx is not
 * thread-safe: it keeps the last error message and loads the Link Grammar
 * parser lazily), which reads the main ctx's ontology (make_ctx); the main
 * thread folds finished batches strictly in input order.  Output is therefore that of one thread, and memory is bounded by
 * the ring (8 slots per worker, a slot holding about POOL_BATCH_BYTES of
 * text, and no new slot while the queued text passes POOL_MAX_BYTES), not
 * by the corpus.
 *
 * Why batches: a news article takes a worker about 0.2 ms, and handing
 * over one document at a time cost a lock, a wake-up and a context switch
 * each, about a tenth of the run on two cores.  A batch of ~32 KiB of
 * text is a few ms of work: the hand-overs vanish, while the work left
 * for one worker at the end stays small.
 */
#include "cli.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define POOL_MAX_BYTES ((size_t)64 << 20)
#define POOL_BATCH_BYTES ((size_t)32 << 10)
#define POOL_BATCH_DOCS 64u
/* Near the end of the input (cli_pool_expect), batches of an eighth: the
 * last batch a worker takes is then small, and so is the time the other
 * workers wait for it at the end of the run (a whole batch is a few ms). */
#define POOL_TAIL_BATCH_BYTES (POOL_BATCH_BYTES / 8)

struct cli_pool {
    pthread_mutex_t mu;
    pthread_cond_t work_cv; /* a slot to extract, or stop */
    pthread_cond_t done_cv; /* the slot at head finished */
    cli_job *ring;
    size_t cap;
    size_t head; /* oldest slot not folded yet */
    size_t take; /* next slot for a worker */
    size_t tail; /* next slot to hand over; it is being filled when open */
    int open;    /* the slot at tail holds documents (main thread only) */
    size_t bytes; /* text queued and not folded (main thread only) */
    size_t left;  /* input bytes not submitted yet, 0: unknown (main
                     thread only) */
    int stop;
    int failed; /* a worker could not make its ctx */
    size_t want; /* the main thread waits for this many finished slots at
                    head (pool_drain sets it) */
    cli_ctx_fn make_ctx;
    pthread_t *threads;
    size_t nthreads;
    cli_job_fn work;
    cli_fold_fn fold;
    void *payload;
};

/* Finished slots at the head, in a row (with p->mu held). */
static size_t pool_done_at_head(const cli_pool *p)
{
    size_t n = 0;
    while (p->head + n != p->tail && p->ring[(p->head + n) % p->cap].done)
        n++;
    return n;
}

static void *pool_worker(void *arg)
{
    cli_pool *p = arg;
    kg_ctx *ctx = NULL;
    if (p->make_ctx(&ctx, p->payload) != KG_EXIT_OK) {
        pthread_mutex_lock(&p->mu);
        p->failed = 1;
        pthread_cond_signal(&p->done_cv); /* the main thread may wait */
        pthread_mutex_unlock(&p->mu);
        return NULL;
    }
    for (;;) {
        cli_job *j;
        pthread_mutex_lock(&p->mu);
        while (p->take == p->tail && !p->stop)
            pthread_cond_wait(&p->work_cv, &p->mu);
        if (p->take == p->tail) { /* stop, and nothing left */
            pthread_mutex_unlock(&p->mu);
            kg_ctx_free(ctx);
            return NULL;
        }
        j = &p->ring[p->take++ % p->cap];
        pthread_mutex_unlock(&p->mu);
        p->work(ctx, j, p->payload);
        pthread_mutex_lock(&p->mu);
        j->done = 1;
        /* the main thread waits for finished slots at the head (folding
         * is in order), several at a time while it still reads */
        if (pool_done_at_head(p) >= p->want)
            pthread_cond_signal(&p->done_cv);
        pthread_mutex_unlock(&p->mu);
    }
}

/* Empty a slot for reuse; its arrays keep their capacity. */
static void pool_job_clear(cli_job *j)
{
    kg_arena_reset(&j->in);
    kg_arena_reset(&j->arena);
    free(j->out);
    j->out = NULL;
    j->outlen = 0;
    j->nitems = j->nworked = j->nrels = j->bytes = 0;
}

static void pool_job_dispose(cli_job *j)
{
    pool_job_clear(j);
    free(j->items);
    free(j->rels);
}

static int pool_dup(kg_arena *a, const char **s)
{
    if (*s && !(*s = kg_arena_strndup(a, *s, strlen(*s))))
        return KG_ENOMEM;
    return KG_OK;
}

/* Append a deep copy of the reader's record (valid only during its
 * callback) to the batch; line: doc is a JSONL line to read. */
static int pool_job_add(cli_job *j, const kg_doc *doc, int line)
{
    cli_item *it;
    kg_doc *d;

    if (j->nitems == j->capitems) {
        size_t nc = j->capitems ? j->capitems * 2 : 16;
        cli_item *items = realloc(j->items, nc * sizeof(*items));
        if (!items)
            return KG_ENOMEM;
        j->items = items;
        j->capitems = nc;
    }
    it = &j->items[j->nitems];
    memset(it, 0, sizeof(*it));
    it->line = line;
    d = &it->doc;
    *d = *doc;
    if (!(d->text = kg_arena_strndup(&j->in, doc->text, doc->len)) ||
        pool_dup(&j->in, &d->id) < 0 || pool_dup(&j->in, &d->path) < 0 ||
        pool_dup(&j->in, &d->date) < 0 || pool_dup(&j->in, &d->title) < 0 ||
        pool_dup(&j->in, &d->url) < 0 || pool_dup(&j->in, &d->source) < 0 ||
        pool_dup(&j->in, &d->format) < 0 || pool_dup(&j->in, &d->warning) < 0 ||
        pool_dup(&j->in, &d->dateline) < 0)
        return KG_ENOMEM;
    if (doc->noffsets) {
        kg_doc_offset *o =
            kg_arena_alloc(&j->in, doc->noffsets * sizeof(*doc->offsets));
        if (!o)
            return KG_ENOMEM;
        memcpy(o, doc->offsets, doc->noffsets * sizeof(*doc->offsets));
        d->offsets = o;
    }
    j->nitems++;
    j->bytes += doc->len;
    return KG_OK;
}

int cli_pool_new(cli_pool **out, size_t n, cli_ctx_fn make_ctx,
                 cli_job_fn work, cli_fold_fn fold, void *payload)
{
    cli_pool *p = calloc(1, sizeof(*p));
    size_t i;

    *out = NULL;
    if (!p)
        return KG_ENOMEM;
    p->cap = 8 * n;
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
    p->make_ctx = make_ctx;
    p->work = work;
    p->fold = fold;
    p->payload = payload;
    for (i = 0; i < n; i++) {
        if (pthread_create(&p->threads[i], NULL, pool_worker, p) != 0) {
            cli_pool_free(p);
            return KG_ENOMEM;
        }
        p->nthreads++;
    }
    *out = p;
    return KG_OK;
}

/* Fold the finished slots at the head, in order; with `all`, wait for every
 * slot handed over, else wait only while the ring is full.  Returns fold's
 * first error.
 *
 * While reading, a full ring waits until half of it has finished, not
 * just its head: the main thread then folds and refills half a ring at a
 * time, so it wakes (and takes a core from a worker) once per four batches
 * of each worker instead of once per batch, and the other half of the ring
 * (three batches queued per worker) keeps every worker busy until the
 * scheduler runs it. */
static int pool_drain(cli_pool *p, int all)
{
    for (;;) {
        cli_job *j;
        int err;
        pthread_mutex_lock(&p->mu);
        for (;;) {
            if (p->failed) {
                pthread_mutex_unlock(&p->mu);
                return KG_ERROR;
            }
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
            /* not more than are out: with big documents the byte bound
             * fills the ring before its slots do */
            p->want = all || p->tail - p->head < p->cap / 2 ? 1 : p->cap / 2;
            while (!p->failed && pool_done_at_head(p) < p->want)
                pthread_cond_wait(&p->done_cv, &p->mu);
        }
        j = &p->ring[p->head % p->cap];
        pthread_mutex_unlock(&p->mu);
        err = p->fold(j, p->payload);
        p->bytes -= j->bytes;
        pool_job_clear(j);
        pthread_mutex_lock(&p->mu);
        j->done = 0; /* under the lock: workers count done slots */
        p->head++;
        pthread_mutex_unlock(&p->mu);
        if (err < 0)
            return err;
    }
}

/* Hand the batch being filled to the workers. */
static void pool_publish(cli_pool *p)
{
    if (!p->open)
        return;
    p->open = 0;
    pthread_mutex_lock(&p->mu);
    p->tail++;
    pthread_cond_signal(&p->work_cv);
    pthread_mutex_unlock(&p->mu);
}

static int pool_submit(cli_pool *p, const kg_doc *doc, int line)
{
    cli_job *j;
    int err;
    if (!p->open) {
        if ((err = pool_drain(p, 0)) < 0)
            return err;
        /* the slot at tail is free: drain returned with tail - head < cap,
         * and only this thread moves tail */
        p->open = 1;
    }
    j = &p->ring[p->tail % p->cap];
    if ((err = pool_job_add(j, doc, line)) < 0)
        return err;
    p->bytes += doc->len;
    p->left -= p->left < doc->len ? p->left : doc->len;
    if (j->bytes >= POOL_BATCH_BYTES || j->nitems >= POOL_BATCH_DOCS ||
        (p->left && p->left < 2 * p->nthreads * POOL_BATCH_BYTES &&
         j->bytes >= POOL_TAIL_BATCH_BYTES))
        pool_publish(p);
    return KG_OK;
}

void cli_pool_expect(cli_pool *p, size_t bytes)
{
    p->left = bytes;
}

int cli_pool_submit(cli_pool *p, const kg_doc *doc)
{
    return pool_submit(p, doc, 0);
}

int cli_pool_submit_line(cli_pool *p, const char *path, size_t line,
                         const char *text, size_t len)
{
    kg_doc doc;
    memset(&doc, 0, sizeof(doc));
    doc.path = path;
    doc.line = line;
    doc.text = text;
    doc.len = len;
    return pool_submit(p, &doc, 1);
}

int cli_pool_finish(cli_pool *p)
{
    pool_publish(p);
    return pool_drain(p, 1);
}

int cli_pool_failed(cli_pool *p)
{
    int failed;
    pthread_mutex_lock(&p->mu);
    failed = p->failed;
    pthread_mutex_unlock(&p->mu);
    return failed;
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
        pool_job_dispose(&p->ring[i]);
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
