/*
 * atomic.c: temporary-and-rename file writing, the table of live
 * temporaries a signal handler may remove, and deferred commits.
 *
 * The table is an array of lock-free atomic pointers: a slot holds the
 * temporary's path from just before the file is created until it has been
 * renamed or removed, and the path is freed only after its slot is
 * cleared, so kg_afile__unlink_all (run from a signal handler) never reads
 * freed memory.  Unlinking a path that was just renamed away fails
 * harmlessly with ENOENT.
 */
#include "atomic.h"

#include <errno.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/common.h"

#define ATOMIC_PATH_BUF 4096

static _Atomic(char *) atomic_live[KG_AFILE_MAX_LIVE];

/* Deferred commits (kg_afile__defer): closed temporaries waiting for
 * kg_afile__finish, in commit order. */
typedef struct atomic_pending {
    char *tmp, *path;
    int slot;
} atomic_pending;

static int atomic_deferring;
static atomic_pending atomic_queue[KG_AFILE_MAX_LIVE];
static size_t atomic_nqueue;

static int atomic_claim(char *tmp)
{
    int i;
    for (i = 0; i < KG_AFILE_MAX_LIVE; i++) {
        char *expected = NULL;
        if (atomic_compare_exchange_strong(&atomic_live[i], &expected, tmp))
            return i + 1;
    }
    return 0;
}

static void atomic_release(int slot)
{
    if (slot > 0)
        atomic_store(&atomic_live[slot - 1], NULL);
}

void kg_afile__unlink_all(void)
{
    int i;
    for (i = 0; i < KG_AFILE_MAX_LIVE; i++) {
        char *p = atomic_load(&atomic_live[i]);
        if (p)
            (void)unlink(p);
    }
}

int kg_afile_open(kg_afile *af, const char *path)
{
    size_t n = strlen(path);
    int fd;

    memset(af, 0, sizeof(*af));
    /* Both buffers have one size whatever the path's length.  Graphviz's
     * layout depends on where its objects land in the heap (measured: the
     * same graph drawn into out/ and again/ gave different SVG), and
     * path-sized allocations just before it moved them. */
    af->path = malloc(n < ATOMIC_PATH_BUF ? ATOMIC_PATH_BUF : n + 1);
    af->tmp = malloc(n + 16 < ATOMIC_PATH_BUF ? ATOMIC_PATH_BUF : n + 16);
    if (!af->path || !af->tmp) {
        kg_afile_abort(af);
        return KG_ENOMEM;
    }
    memcpy(af->path, path, n + 1);
    memcpy(af->tmp, path, n);
    memcpy(af->tmp + n, ".tmp.XXXXXX", 12);
    /* listed before it exists, so no moment leaves it behind */
    if (!(af->slot = atomic_claim(af->tmp))) {
        free(af->tmp);
        af->tmp = NULL;
        kg_afile_abort(af);
        return KG_ELIMIT;
    }
    fd = mkstemp(af->tmp);
    if (fd < 0) {
        int e = errno;
        atomic_release(af->slot);
        af->slot = 0;
        free(af->tmp);
        af->tmp = NULL;
        kg_afile_abort(af);
        errno = e;
        return KG_EIO;
    }
    /* mkstemp makes the file 0600; outputs are ordinary files. */
    {
        mode_t mask = umask(0);
        umask(mask);
        (void)fchmod(fd, 0666 & ~mask);
    }
    af->fp = fdopen(fd, "wb");
    if (!af->fp) {
        int e = errno;
        close(fd);
        kg_afile_abort(af);
        errno = e;
        return KG_EIO;
    }
    return KG_OK;
}

int kg_afile_commit(kg_afile *af)
{
    int failed = 0, e = 0;

    if (fflush(af->fp) != 0 || ferror(af->fp)) {
        failed = 1;
        e = errno;
    }
    if (fclose(af->fp) != 0 && !failed) {
        failed = 1;
        e = errno;
    }
    af->fp = NULL;
    if (!failed && atomic_deferring) {
        if (atomic_nqueue == KG_AFILE_MAX_LIVE) { /* cannot happen: the
                                                     table is as large */
            kg_afile_abort(af);
            errno = EMFILE;
            return KG_EIO;
        }
        atomic_queue[atomic_nqueue].tmp = af->tmp;
        atomic_queue[atomic_nqueue].path = af->path;
        atomic_queue[atomic_nqueue].slot = af->slot;
        atomic_nqueue++;
        memset(af, 0, sizeof(*af));
        return KG_OK;
    }
    if (!failed && rename(af->tmp, af->path) != 0) {
        failed = 1;
        e = errno;
    }
    if (failed) {
        kg_afile_abort(af);
        errno = e ? e : EIO;
        return KG_EIO;
    }
    atomic_release(af->slot);
    free(af->tmp);
    free(af->path);
    memset(af, 0, sizeof(*af));
    return KG_OK;
}

void kg_afile_abort(kg_afile *af)
{
    if (af->fp)
        fclose(af->fp);
    if (af->tmp)
        unlink(af->tmp);
    atomic_release(af->slot);
    free(af->tmp);
    free(af->path);
    memset(af, 0, sizeof(*af));
}

void kg_afile__defer(void)
{
    atomic_deferring = 1;
}

int kg_afile__finish(int commit)
{
    size_t i;
    int e = 0;
    for (i = 0; i < atomic_nqueue; i++) {
        atomic_pending *q = &atomic_queue[i];
        if (commit && !e && rename(q->tmp, q->path) != 0)
            e = errno ? errno : EIO;
        if (!commit || e)
            unlink(q->tmp);
        atomic_release(q->slot);
        free(q->tmp);
        free(q->path);
    }
    atomic_nqueue = 0;
    atomic_deferring = 0;
    if (e) {
        errno = e;
        return KG_EIO;
    }
    return KG_OK;
}
