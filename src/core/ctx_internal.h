/*
 * ctx_internal.h: what the library's modules may see of a kg_ctx.
 */
#ifndef KG_CORE_CTX_INTERNAL_H
#define KG_CORE_CTX_INTERNAL_H

#include "kg/ctx.h"

#include <stdio.h>

#include "../util/strpool.h"

struct kg_onto;

/* Store a one-line message for ctx and return status (so callers can
 * `return kg_ctx__error(ctx, KG_EIO, "...")`).  ctx may be NULL. */
int kg_ctx__error(kg_ctx *ctx, int status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void kg_ctx__clear_error(kg_ctx *ctx);

/* The context's limits (borrowed); the defaults when ctx is NULL. */
const kg_limits *kg_ctx__limits(const kg_ctx *ctx);

/* The string pool (borrowed). */
kg_strpool *kg_ctx__pool(kg_ctx *ctx);

/* The loaded ontology (borrowed), never NULL after kg_ctx_new succeeded. */
const struct kg_onto *kg_ctx__onto(const kg_ctx *ctx);

struct kg_learned;
/* The learned fallback coder's model (borrowed), NULL unless the context
 * was made with KG_OPT_LEARNED and ontology/learned_roots.tsv exists. */
const struct kg_learned *kg_ctx__learned(const kg_ctx *ctx);

/* The file $KG_DUMP_FEATURES named when the context was made (borrowed),
 * or NULL: the learned coder's candidates are written there for its
 * trainer (a hidden switch, no option). */
FILE *kg_ctx__feature_dump(const kg_ctx *ctx);

struct kg_lg;
/* The Link Grammar parser, loaded on first use (0.4 s); NULL when it
 * cannot be loaded (the message is in ctx). */
struct kg_lg *kg_ctx__lg(kg_ctx *ctx);

/* The same, for adding user dictionaries to it; NULL when none loaded. */
struct kg_onto *kg_ctx__onto_mut(kg_ctx *ctx);

/* A ctx for another thread that reads parent's ontology instead of loading
 * its own (kg -j N: one copy in memory and in the caches, not N).  The
 * ontology is never written once loaded (every matcher takes it const), so
 * threads may share it; the error message, the Link Grammar parser and the
 * string pool stay per ctx.  Ownership: *out is the caller's (kg_ctx_free,
 * which leaves the ontology to parent); parent must outlive it and must not
 * load dictionaries meanwhile.  Returns KG_OK or KG_ENOMEM. */
int kg_ctx__new_sharing(kg_ctx **out, const kg_ctx *parent);

/* kg_ctx_new, using up to `threads` threads to load the ontology (kg -j N:
 * with two, the relations load beside the names; the ontology is the
 * same). */
int kg_ctx__new_threads(kg_ctx **out, const kg_options *opts, int threads);

#endif
