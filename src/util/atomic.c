/* atomic.c: temporary-and-rename file writing. */
#include "atomic.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/common.h"

#define ATOMIC_PATH_BUF 4096

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
    fd = mkstemp(af->tmp);
    if (fd < 0) {
        int e = errno;
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
    if (!failed && rename(af->tmp, af->path) != 0) {
        failed = 1;
        e = errno;
    }
    if (failed) {
        kg_afile_abort(af);
        errno = e ? e : EIO;
        return KG_EIO;
    }
    free(af->tmp);
    free(af->path);
    af->tmp = af->path = NULL;
    return KG_OK;
}

void kg_afile_abort(kg_afile *af)
{
    if (af->fp)
        fclose(af->fp);
    if (af->tmp)
        unlink(af->tmp);
    free(af->tmp);
    free(af->path);
    memset(af, 0, sizeof(*af));
}
