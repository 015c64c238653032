/*
 * kg/ctx.h: the kg context.  It owns the loaded ontology, the string pool
 * that interns labels and ids, and the last error message.
 *
 * A context is not thread-safe; give each thread its own, or serialise.
 */
#ifndef KG_CTX_H
#define KG_CTX_H

#include "common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kg_ctx kg_ctx;

/** Options for kg_ctx_new.  Start from KG_OPTIONS_INIT. */
typedef struct kg_options {
    unsigned version;
    /* Folder holding the ontology files.  NULL: $KG_ONTOLOGY_DIR, then the
     * checkout's ontology/ next to the executable, then the install prefix. */
    const char *ontology_dir;
    unsigned flags; /* KG_OPT_* */
} kg_options;

#define KG_OPTIONS_VERSION 1
#define KG_OPTIONS_INIT {KG_OPTIONS_VERSION, NULL, 0}

/* Strict reading: reject invalid UTF-8 with KG_EUTF8 instead of replacing
 * it with U+FFFD, and make the problems readers otherwise report and skip
 * (a bad JSONL line, a document over a limit) fail the read. */
#define KG_OPT_STRICT 0x1u
/* Parser tier.  Default (neither flag): the fast path only.  DEEP: every
 * sentence with two actors and a trigger also goes through Link Grammar;
 * AUTO: only those the fast path left without a relation. */
#define KG_OPT_PARSER_DEEP 0x2u
#define KG_OPT_PARSER_AUTO 0x4u
/* The learned fallback coder: in a sentence where the rules code no event,
 * the likeliest pair of coded actors gets the CAMEO root a model trained
 * on our code-book sentences gives it (ontology/learned_roots.tsv), when
 * the model is sure enough; such a relation has type "learned" and half
 * the model's probability as its confidence. */
#define KG_OPT_LEARNED 0x8u

/**
 * Create a context and load the ontology.
 *
 * @param out receives the context.
 * @param opts options, or NULL for the defaults.
 * @return KG_OK, KG_ENOMEM, KG_ENOTFOUND (no ontology folder), KG_EPARSE
 *         (a malformed ontology file), KG_EIO.
 * Ownership: the caller owns *out and frees it with kg_ctx_free().  When
 * creation fails *out still receives a context (without an ontology) when
 * memory allowed, so kg_ctx_errmsg() can say what went wrong; free it too.
 */
int kg_ctx_new(kg_ctx **out, const kg_options *opts);

/** Free a context; accepts NULL. */
void kg_ctx_free(kg_ctx *ctx);

/**
 * The message of the last failure on this context.
 *
 * @return borrowed text, valid until the next call on ctx; "" when none.
 */
const char *kg_ctx_errmsg(const kg_ctx *ctx);

/** The ontology folder in use (borrowed), or NULL. */
const char *kg_ctx_ontology_dir(const kg_ctx *ctx);

/**
 * Add a PETRARCH/TABARI actors dictionary (`.actors` format: names joined
 * by underscores, `+` synonyms, codes in brackets with optional date
 * ranges) to the context's ontology.  The user's names take precedence
 * over the built-in ones.
 *
 * @return KG_OK, KG_ENOTFOUND, KG_EIO, KG_EPARSE (message names file and
 *         line), KG_ENOMEM.
 */
int kg_ctx_load_actors(kg_ctx *ctx, const char *path);

/**
 * Add a PETRARCH/TABARI agents dictionary (`.agents` format: `NOUN {PLURAL}
 * [~AGT]`, `!MACRO! = ...` substitutions) to the context's ontology.
 *
 * @return as kg_ctx_load_actors.
 */
int kg_ctx_load_agents(kg_ctx *ctx, const char *path);

/**
 * Add a PETRARCH/TABARI verbs dictionary (`.verbs` format: `--- NAME [CODE]
 * ---` blocks of verbs and `- ... * ... [CODE]` patterns, `&SYNSET`
 * synonym sets) to the context's relation lexicon.  Each verb, alone and
 * in each pattern kg can match, becomes an entry coded with the
 * dictionary's code; among equal patterns the dictionary's entry wins over
 * the built-in one.  What kg cannot use (patterns with the target before
 * the verb, verb transformations, ...) is skipped.
 *
 * @return as kg_ctx_load_actors.
 */
int kg_ctx_load_verbs(kg_ctx *ctx, const char *path);

/** Flags the context was created with (KG_OPT_*). */
unsigned kg_ctx_flags(const kg_ctx *ctx);

/**
 * Resource limits: what one document, and one graph made with the
 * context, may cost.  Going over one is KG_ELIMIT with a message naming
 * the limit.  Start from KG_LIMITS_INIT; every field must be above 0.
 */
typedef struct kg_limits {
    unsigned version;
    /* Input bytes of one document: a file, stdin, one JSONL line or
     * buffer (default 64 MiB, at most KG_MAX_DOC_BYTES). */
    size_t max_doc_bytes;
    /* Entity and value mentions of one document (default 1,000,000). */
    size_t max_mentions_per_doc;
    /* Relations of one document (default 100,000). */
    size_t max_relations_per_doc;
    /* Edges of one graph (kg_graph_add_relation; default 5,000,000). */
    size_t max_graph_edges;
    /* Time budget of the deep parser for one sentence, in seconds
     * (KG_OPT_PARSER_DEEP/AUTO; default 1, at most 3600): a sentence
     * that takes longer keeps the fast path's reading. */
    unsigned parse_seconds;
} kg_limits;

#define KG_LIMITS_VERSION 1
#define KG_MAX_DOC_BYTES ((size_t)1 << 30)
#define KG_LIMITS_INIT                                                        \
    {KG_LIMITS_VERSION, (size_t)64 << 20, 1000000, 100000, 5000000, 1}

/**
 * Set the context's limits (a context starts with KG_LIMITS_INIT).
 *
 * @return KG_OK, or KG_EINVAL (a wrong version, a 0, or max_doc_bytes
 *         above KG_MAX_DOC_BYTES; message in ctx) leaving them unchanged.
 */
int kg_ctx_set_limits(kg_ctx *ctx, const kg_limits *limits);

/** Copy the context's limits into *out. */
void kg_ctx_get_limits(const kg_ctx *ctx, kg_limits *out);

#ifdef __cplusplus
}
#endif

#endif
