/*
 * ctx.c: the kg context (ontology, string pool, last error) and the search
 * for the ontology folder.
 */
#include "ctx_internal.h"

#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../nlp/lg.h"
#include "../extract/learned.h"
#include "../ontology/ontology.h"

#ifndef KG_DATADIR
#define KG_DATADIR "/usr/local/share/kg"
#endif

struct kg_ctx {
    kg_strpool pool;
    kg_onto *onto;
    int onto_shared; /* onto is another ctx's (kg_ctx__new_sharing) */
    kg_lg *lg;     /* loaded on first use */
    int lg_failed; /* do not retry a failed load for every sentence */
    unsigned flags;
    kg_limits limits;
    char *ontology_dir;
    kg_learned *learned; /* KG_OPT_LEARNED's model, or NULL */
    FILE *feature_dump;  /* $KG_DUMP_FEATURES, or NULL */
    int learned_shared;  /* both are another ctx's */
    char errmsg[512];
};

int kg_ctx__error(kg_ctx *ctx, int status, const char *fmt, ...)
{
    va_list ap;
    if (!ctx)
        return status;
    va_start(ap, fmt);
    vsnprintf(ctx->errmsg, sizeof(ctx->errmsg), fmt, ap);
    va_end(ap);
    return status;
}

void kg_ctx__clear_error(kg_ctx *ctx)
{
    if (ctx)
        ctx->errmsg[0] = '\0';
}

kg_strpool *kg_ctx__pool(kg_ctx *ctx)
{
    return &ctx->pool;
}

const kg_onto *kg_ctx__onto(const kg_ctx *ctx)
{
    return ctx->onto;
}

struct kg_lg *kg_ctx__lg(kg_ctx *ctx)
{
    if (!ctx->lg && !ctx->lg_failed) {
        if (kg_lg__new(&ctx->lg, ctx->errmsg, sizeof(ctx->errmsg)) < 0)
            ctx->lg_failed = 1;
        else
            kg_lg__set_time_budget(ctx->lg, (int)ctx->limits.parse_seconds);
    }
    return ctx->lg;
}

const kg_learned *kg_ctx__learned(const kg_ctx *ctx)
{
    return (ctx->flags & KG_OPT_LEARNED) ? ctx->learned : NULL;
}

FILE *kg_ctx__feature_dump(const kg_ctx *ctx)
{
    return ctx->feature_dump;
}

/* The learned fallback's model, when KG_OPT_LEARNED asks for it (an absent
 * file is no model, a bad one an error), and the hidden feature dump of
 * its trainer: $KG_DUMP_FEATURES names a file that receives one line per
 * candidate pair (tools/learn/train_roots.py). */
static int ctx_load_learned(kg_ctx *ctx)
{
    const char *dump = getenv("KG_DUMP_FEATURES");
    char path[4096];
    int err;
    if (dump && *dump && !(ctx->feature_dump = fopen(dump, "w")))
        return kg_ctx__error(ctx, KG_EIO, "%s: %s", dump, strerror(errno));
    if (!(ctx->flags & KG_OPT_LEARNED))
        return KG_OK;
    snprintf(path, sizeof(path), "%s/%s", ctx->ontology_dir,
             KG_LEARNED_FILE);
    err = kg_learned__load(&ctx->learned, path, ctx->errmsg,
                           sizeof(ctx->errmsg));
    if (err == KG_ENOTFOUND) {
        ctx->errmsg[0] = '\0';
        err = KG_OK;
    }
    return err;
}

struct kg_onto *kg_ctx__onto_mut(kg_ctx *ctx)
{
    return ctx->onto;
}

const char *kg_ctx_errmsg(const kg_ctx *ctx)
{
    return ctx ? ctx->errmsg : "";
}

const char *kg_ctx_ontology_dir(const kg_ctx *ctx)
{
    return ctx->ontology_dir;
}

unsigned kg_ctx_flags(const kg_ctx *ctx)
{
    return ctx->flags;
}

static const kg_limits ctx_default_limits = KG_LIMITS_INIT;

const kg_limits *kg_ctx__limits(const kg_ctx *ctx)
{
    return ctx ? &ctx->limits : &ctx_default_limits;
}

int kg_ctx_set_limits(kg_ctx *ctx, const kg_limits *limits)
{
    if (limits->version != KG_LIMITS_VERSION)
        return kg_ctx__error(ctx, KG_EINVAL, "unsupported kg_limits version %u",
                             limits->version);
    if (!limits->max_doc_bytes || !limits->max_mentions_per_doc ||
        !limits->max_relations_per_doc || !limits->max_graph_edges ||
        !limits->parse_seconds)
        return kg_ctx__error(ctx, KG_EINVAL, "a limit of 0");
    if (limits->parse_seconds > 3600)
        return kg_ctx__error(ctx, KG_EINVAL, "parse time above an hour");
    if (limits->max_doc_bytes > KG_MAX_DOC_BYTES)
        return kg_ctx__error(ctx, KG_EINVAL,
                             "document limit above %zu MiB",
                             KG_MAX_DOC_BYTES >> 20);
    ctx->limits = *limits;
    if (ctx->lg)
        kg_lg__set_time_budget(ctx->lg, (int)limits->parse_seconds);
    return KG_OK;
}

void kg_ctx_get_limits(const kg_ctx *ctx, kg_limits *out)
{
    *out = *kg_ctx__limits(ctx);
}

static int ctx_is_ontology_dir(const char *dir)
{
    char path[PATH_MAX];
    struct stat st;
    if (snprintf(path, sizeof(path), "%s/countries.tsv", dir) >=
        (int)sizeof(path))
        return 0;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* The ontology folder: the option, $KG_ONTOLOGY_DIR, ../ontology next to
 * the executable (a checkout: bin/kg), ../share/kg/ontology next to it (an
 * install), then the compiled-in data folder. */
static char *ctx_find_ontology(const char *opt)
{
    char exe[PATH_MAX], cand[PATH_MAX + 32];
    const char *env = getenv("KG_ONTOLOGY_DIR");
    ssize_t n;

    if (opt)
        return strdup(opt);
    if (env && *env)
        return strdup(env);
    n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n > 0) {
        char *slash;
        const char *const rel[] = {"/../ontology", "/../../ontology",
                                   "/../share/kg/ontology"};
        size_t i;
        exe[n] = '\0';
        slash = strrchr(exe, '/');
        if (slash)
            *slash = '\0';
        for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
            snprintf(cand, sizeof(cand), "%s%s", exe, rel[i]);
            if (ctx_is_ontology_dir(cand)) {
                char *real = realpath(cand, NULL);
                return real ? real : strdup(cand);
            }
        }
    }
    if (ctx_is_ontology_dir("ontology"))
        return strdup("ontology");
    return strdup(KG_DATADIR "/ontology");
}

int kg_ctx_new(kg_ctx **out, const kg_options *opts)
{
    return kg_ctx__new_threads(out, opts, 1);
}

int kg_ctx__new_threads(kg_ctx **out, const kg_options *opts, int threads)
{
    kg_ctx *ctx;
    int err;

    *out = NULL;
    ctx = calloc(1, sizeof(*ctx));
    if (!ctx)
        return KG_ENOMEM;
    *out = ctx;
    ctx->pool.dense = 1; /* the graph's strings: probes mostly hit */
    ctx->limits = ctx_default_limits;
    if (opts) {
        if (opts->version != KG_OPTIONS_VERSION)
            return kg_ctx__error(ctx, KG_EINVAL,
                                 "unsupported kg_options version %u",
                                 opts->version);
        ctx->flags = opts->flags;
    }
    ctx->ontology_dir = ctx_find_ontology(opts ? opts->ontology_dir : NULL);
    if (!ctx->ontology_dir)
        return KG_ENOMEM;
    err = kg_onto__load(&ctx->onto, ctx->ontology_dir, threads, ctx->errmsg,
                        sizeof(ctx->errmsg));
    if (err >= 0)
        err = ctx_load_learned(ctx);
    return err;
}

int kg_ctx__new_sharing(kg_ctx **out, const kg_ctx *parent)
{
    kg_ctx *ctx = calloc(1, sizeof(*ctx));
    *out = ctx;
    if (!ctx)
        return KG_ENOMEM;
    ctx->pool.dense = 1;
    ctx->limits = parent->limits;
    ctx->flags = parent->flags;
    ctx->onto = parent->onto;
    ctx->onto_shared = 1;
    ctx->learned = parent->learned;
    ctx->feature_dump = parent->feature_dump;
    ctx->learned_shared = 1;
    if (parent->ontology_dir &&
        !(ctx->ontology_dir = strdup(parent->ontology_dir)))
        return KG_ENOMEM;
    return KG_OK;
}

void kg_ctx_free(kg_ctx *ctx)
{
    if (!ctx)
        return;
    if (!ctx->onto_shared)
        kg_onto__free(ctx->onto);
    if (!ctx->learned_shared) {
        kg_learned__free(ctx->learned);
        if (ctx->feature_dump)
            fclose(ctx->feature_dump);
    }
    kg_lg__free(ctx->lg);
    kg_strpool_dispose(&ctx->pool);
    free(ctx->ontology_dir);
    free(ctx);
}
