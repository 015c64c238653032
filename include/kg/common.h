/*
 * kg/common.h: status codes, versions and process-wide initialisation.
 *
 * Every kg function that can fail returns an int: KG_OK (0) on success or a
 * negative kg_status.  Results travel through out-parameters.
 */
#ifndef KG_COMMON_H
#define KG_COMMON_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define KG_VERSION "0.1.0"

/** Status codes: 0 is success, everything else is negative. */
typedef enum kg_status {
    KG_OK = 0,
    KG_ERROR = -1,     /* unspecified failure */
    KG_ENOMEM = -2,    /* allocation failed */
    KG_EINVAL = -3,    /* bad argument or bad data */
    KG_EIO = -4,       /* reading or writing a file failed */
    KG_EUTF8 = -5,     /* invalid UTF-8 in strict mode */
    KG_EPARSE = -6,    /* malformed input (JSON, TSV, HTML) */
    KG_ENOTFOUND = -7, /* file, entity or key not found */
    KG_EDEP = -8,      /* a third-party library reported an error */
    KG_ELIMIT = -9     /* a configured size limit was exceeded */
} kg_status;

/**
 * Static text for a status code.
 *
 * @return a static string; never NULL.
 */
const char *kg_strerror(int status);

/**
 * Process-wide initialisation: libxml2's parser, igraph's error handler
 * (igraph aborts by default) and the routing of third-party diagnostics.
 *
 * Call once, before any threads start.  The hooks it installs are global to
 * the process.
 *
 * @return KG_OK.
 */
int kg_global_init(void);

/** Undo kg_global_init (frees libxml2's global state). */
void kg_global_shutdown(void);

#ifdef __cplusplus
}
#endif

#endif
