/*
 * atomic.h: write a file through a temporary in the same folder and rename
 * it into place on commit, so readers never see a half-written file and a
 * failed run leaves the previous file untouched.
 */
#ifndef KG_UTIL_ATOMIC_H
#define KG_UTIL_ATOMIC_H

#include <stdio.h>

typedef struct kg_afile {
    FILE *fp;   /* write here */
    char *tmp;  /* temporary path (malloc'd) */
    char *path; /* final path (malloc'd) */
} kg_afile;

/* Open a temporary next to path.  Returns KG_OK, KG_EIO (errno set) or
 * KG_ENOMEM. */
int kg_afile_open(kg_afile *af, const char *path);
/* Flush, close and rename into place; on failure the temporary is removed.
 * Returns KG_OK or KG_EIO (errno set).  af is disposed either way. */
int kg_afile_commit(kg_afile *af);
/* Close and remove the temporary; accepts a never-opened (zeroed) af. */
void kg_afile_abort(kg_afile *af);

#endif
