/*
 * kg/extract.h: the extract stage.  It finds entity mentions, values and
 * relations in a document and hands each relation to a callback as a plain
 * record.  `kg extract` prints these records as JSONL; `kg merge` reads them
 * back, so the record and its JSON form carry the same information.
 */
#ifndef KG_EXTRACT_H
#define KG_EXTRACT_H

#include "text.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * An entity or value mention.  Strings are borrowed (interned in the
 * context, or owned by whoever produced the record) and may be NULL where
 * noted.
 */
typedef struct kg_entity {
    const char *id;      /* stable, ASCII [A-Za-z0-9_.-]: "TUR", "person_..." */
    const char *label;   /* display name, NFC */
    const char *type;    /* Country, Person, Organization, Group, Place,
                            MonetaryAmount, Quantity, Percentage, Date */
    const char *code;    /* CAMEO actor code ("TUR", "RUSGOV") or NULL */
    const char *country; /* code of the country it belongs to, or NULL */
    const char *text;    /* the words as written */
    size_t start, end;   /* byte offsets of text in the document */
    int is_value;        /* 1 for MonetaryAmount/Quantity/Percentage/Date */
    double value;        /* the number, for values */
    const char *unit;    /* "USD", "EUR", "percent", or NULL */
    int coref;           /* 1: who it is came from another mention of the
                            document (a pronoun, a bare surname or title,
                            an acronym the story defined, an actor of an
                            earlier sentence), not from these words */
} kg_entity;

/** A relation between two mentions, with provenance. */
typedef struct kg_relation {
    const char *doc;      /* document id */
    size_t sentence;      /* 0-based sentence index in the document */
    size_t start, end;    /* byte offsets of the sentence in the document */
    const char *text;     /* the sentence */
    const char *date;     /* document date "YYYY-MM-DD" or NULL */
    kg_entity subject;
    kg_entity object;
    const kg_entity *attributed_to; /* speaker of reported speech, or NULL */
    const char *type;     /* relation type, a lower-case verb: "block" */
    const char *label;    /* display label: "blocks" */
    const char *rel_text; /* the trigger words as written */
    size_t rel_start, rel_end; /* byte offsets of the trigger */
    const char *cameo;    /* CAMEO event code ("112") or NULL */
    int negated;
    const char *modality; /* asserted, intended, threatened, hypothetical,
                             conditional, reported */
    double confidence;    /* 0..1 */
} kg_relation;

/** Receives each relation; a non-zero return stops extraction. */
typedef int (*kg_relation_cb)(const kg_relation *rel, void *payload);

/** Counters a caller may want to report. */
typedef struct kg_extract_stats {
    size_t documents, sentences, boilerplate, mentions, relations;
} kg_extract_stats;

/**
 * Extract the relations of one document.
 *
 * @param ctx context with a loaded ontology.
 * @param doc the document (from the text stage).
 * @param cb receives each relation, in document order; the record is valid
 *        only during the call.
 * @param stats counters to add to, or NULL.
 * @return KG_OK, KG_ENOMEM, KG_ELIMIT, or the callback's non-zero value.
 */
int kg_extract_doc(kg_ctx *ctx, const kg_doc *doc, kg_relation_cb cb,
                   void *payload, kg_extract_stats *stats);

/** Receives each mention with its 0-based sentence index; non-zero stops. */
typedef int (*kg_mention_cb)(const kg_entity *mention, size_t sentence,
                             void *payload);

/**
 * The entity and value mentions of one document, in document order, as the
 * extractor resolves them (titles glued to their person, for example).
 *
 * @return as kg_extract_doc.
 */
int kg_extract_mentions(kg_ctx *ctx, const kg_doc *doc, kg_mention_cb cb,
                        void *payload, kg_extract_stats *stats);

/**
 * Append the JSON object of a relation (one line, no newline) to *out,
 * a malloc'd buffer of *len bytes and *cap capacity.
 *
 * @return KG_OK or KG_ENOMEM.
 */
int kg_relation_to_json(const kg_relation *rel, char **out, size_t *len,
                        size_t *cap);

/**
 * Append the JSON object of an entity or value mention (one line, no
 * newline) to *out, as kg_relation_to_json does.
 *
 * @return KG_OK or KG_ENOMEM.
 */
int kg_entity_to_json(const kg_entity *e, char **out, size_t *len,
                      size_t *cap);

/**
 * Parse one line of `kg extract` output and hand the relation to cb.
 *
 * @return KG_OK, KG_EPARSE (message in ctx), KG_ENOMEM, or cb's value.
 */
int kg_relation_parse_json(kg_ctx *ctx, const char *line, size_t len,
                           kg_relation_cb cb, void *payload);

#ifdef __cplusplus
}
#endif

#endif
