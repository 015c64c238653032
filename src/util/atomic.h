/*
 * atomic.h: write a file through a temporary in the same folder and rename
 * it into place on commit, so readers never see a half-written file and a
 * failed run leaves the previous file untouched.
 *
 * Every temporary that exists on disk is listed in a process-wide table, so
 * that a signal handler can remove them (kg_afile__unlink_all) before the
 * process dies: Ctrl-C in the middle of a write leaves no *.tmp.* file.
 * The table holds at most KG_AFILE_MAX_LIVE temporaries at a time.
 */
#ifndef KG_UTIL_ATOMIC_H
#define KG_UTIL_ATOMIC_H

#include <stdio.h>

#define KG_AFILE_MAX_LIVE 64

typedef struct kg_afile {
    FILE *fp;   /* write here */
    char *tmp;  /* temporary path (malloc'd) */
    char *path; /* final path (malloc'd) */
    int slot;   /* index + 1 in the table of live temporaries, or 0 */
} kg_afile;

/* Open a temporary next to path.  Returns KG_OK, KG_EIO (errno set),
 * KG_ELIMIT (too many temporaries open) or KG_ENOMEM. */
int kg_afile_open(kg_afile *af, const char *path);
/* Flush, close and rename into place; on failure the temporary is removed.
 * Returns KG_OK or KG_EIO (errno set).  af is disposed either way.  While
 * commits are deferred (kg_afile__defer) the file is closed but stays a
 * temporary until kg_afile__finish. */
int kg_afile_commit(kg_afile *af);
/* Close and remove the temporary; accepts a never-opened (zeroed) af. */
void kg_afile_abort(kg_afile *af);

/*
 * Deferred commits, so several files are replaced together: between
 * kg_afile__defer() and kg_afile__finish(), kg_afile_commit only closes
 * the file; kg_afile__finish(1) then renames every deferred temporary into
 * place (in the order they were committed), and kg_afile__finish(0)
 * removes them all, leaving every previous file untouched.  Process-wide
 * state for the CLI, which writes from one thread.
 * kg_afile__finish returns KG_OK or KG_EIO (errno set; the temporaries
 * not yet renamed are removed).
 */
void kg_afile__defer(void);
int kg_afile__finish(int commit);

/*
 * Remove every temporary that exists on disk.  Async-signal-safe (only
 * unlink(2) and lock-free atomics): for the CLI's SIGINT/SIGTERM handler.
 */
void kg_afile__unlink_all(void);

#endif
