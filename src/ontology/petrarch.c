/*
 * petrarch.c: PETRARCH/TABARI actor, agent and verb dictionaries
 * (`.actors`, `.agents`, `.verbs`) added to a loaded ontology
 * (kg_ctx_load_actors, kg_ctx_load_agents, kg_ctx_load_verbs), so that
 * dictionaries researchers already own code the actors they name and the
 * events between them.
 *
 * Reading.  Both formats are read line by line as PETRARCH's reader does
 * (PETRreader.py read_FIN_line): '#' starts a comment anywhere on a line,
 * "<!-- ... -->" comments may span lines, a line starting with "<!" is
 * skipped (the validation file has "<! -- ... -->"), and blank lines are
 * skipped.  Lines are UTF-8, at most PETRARCH_MAX_LINE bytes.  Whatever
 * cannot be read is a KG_EPARSE whose message names the file and line;
 * the few liberties the real Phoenix and validation dictionaries take are
 * accepted as PETRARCH accepts them and listed where they are handled.
 *
 * Actors.  An entry is a name line, its '+' synonyms, and its codes, in
 * brackets on those lines or on lines of their own:
 *
 *     GOLLUM              SAM_GAMGEE [HOB]        ARGENTIN [ARG]
 *     +SMEAGOL                [HOBCIV <20080120]
 *         [HOB < 950601]      [HOBMIL 20080120-20121109]
 *         [HOBREB >990816]
 *
 * Words are joined by '_' or spaces (TABARI lets other words come between
 * words joined by a space; kg does not).  A name ending in '_' is exact;
 * otherwise TABARI reads its last word as a stem (ARGENTIN matches
 * Argentina and Argentine), which kg approximates by also adding the last
 * word plus each of petrarch_suffixes, without taking such a form from an
 * entity that already has it.  A leading THE is dropped from the names
 * matched ("the Shire": "the" is not capitalised in text) but kept in the
 * label.  Restrictions: [C <D] until D (excluded), [C >D] and [C D] from
 * D, [C D1-D2] from D1 to D2 (both included); D is YYMMDD (YY 00-30 is
 * 20YY, otherwise 19YY, as in KEDS, TABARI and PETRARCH) or YYYYMMDD, and
 * like PETRARCH 7 digits read as YYMMDD and more than 8 as YYYYMMDD (the
 * Phoenix file has [GBRGOV >201005011]).  The first restriction that holds
 * on a document's date gives the code, and an unrestricted code is the
 * default when none holds (PETRARCH's DATE unit tests expect exactly
 * this); a document without a date gets the latest code.  Codes are
 * upper-cased; [ELR/GAL] keeps only its first code, because a kg entity
 * has one code; [---] and the like code nothing and are dropped, as is a
 * range that ends before it starts (it never holds; Phoenix has two); an
 * entry left without codes is skipped, as PETRARCH codes it with nothing
 * (Phoenix.Countries has such entries, e.g. IVO_JOSIPOVIC_ written without
 * the '+' of a synonym).  Text after an entry's last code block is a note
 * and ignored (Phoenix.International has "[MNCMED]  Newspapers").
 *
 * Which entity an entry names.  D is the default code (the last
 * unrestricted one, else the restricted one that ends last).
 *   1. An entry without restrictions, or one for a state under successive
 *      codes (all bare country codes, ZIMBABWE [RHO <790606] [ZBW], or a
 *      bare D from some date on, UKRAINE_ [USRUKR <910824] [UKR >911221]),
 *      whose D is an entity's id (TUR, or the IMF organisation) adds its
 *      names to that entity.
 *   2. Otherwise, if D is a bare three-letter country code (not one of the
 *      CAMEO sector or international codes in petrarch_not_countries), it
 *      creates a Country with id D, so that fictional states (ARNOR_ [ARN])
 *      are countries like the built-in ones: "Arnor troops" is then a
 *      group coded ARNMIL and "the Ithilen government" ITHGOV.  Later
 *      entries with that code add to it (PETRARCH codes a person by a bare
 *      country code as that country: FRODO [HOB]).
 *   3. Otherwise an entry one of whose names already names an entity
 *      joins it: without restrictions when that name gives that entity
 *      the code D (WASHINGTON [USAGOV] is the built-in metonym of USA,
 *      UNITED_NATIONS [IGOUNO] the built-in UN), with restrictions when
 *      its first name names a person of the country D starts with.
 *   4. Otherwise the entry is a new entity "actor_<name>": a Person when it
 *      has restrictions (office holders), a Group when D starts with a
 *      country code (ISRAELI_TROOPS [ISRMIL]), an Organization otherwise
 *      (AMNESTY_INTERNATIONAL [NGM]); its country is D's first three
 *      letters when those are a country code.
 * Names are added with override, so the user's dictionary wins over the
 * built-in ontology and a later entry over an earlier one (as in
 * PETRARCH), except that a name the entity already has keeps its kind
 * when it already gives the entry's code (Israeli stays a demonym of
 * ISR); +SEOUL under SOUTH_KOREA [KOR] does become a name of the country,
 * coded KOR, no longer the capital standing for its government (KORGOV).
 * Restricted codes, and a D that differs from a joined entity's code, become
 * dated codes of the entity (kg_onto__add_code), the default last.
 *
 * Agents.  "NOUN {PLURAL ...} [~AGT]" lines, where "{}" means no plural
 * and no braces the regular plural; "!MARKER! = A, B, C" defines a
 * substitution used inside nouns ("CONGRESS!PERSON!"), which, as in
 * PETRARCH, makes no regular plural.  kg only models agents that follow
 * the actor ("Arnor troops"), so prefix agents ([NGO~]) are read but not
 * added.  A line without a code is skipped, as PETRARCH does (one in
 * Phoenix.agents); "[~ENV}" closed by a brace is read as "[~ENV]".
 *
 * Verbs.  Blocks "--- NAME [CODE] ---" hold verbs, one a line, and
 * patterns; "&NAME" starts a synonym set whose phrases follow on '+'
 * lines.  A verb line is "VERB {FORMS} [CODE]": words joined by '_' or
 * spaces, '+' marking the word that inflects in a multi-word verb
 * (+CALL_OFF, WIRE_+TAP), the braces listing irregular forms (+BROKE_DOWN:
 * the marked word), the code overriding the block's.  A pattern is
 * "- UPPER * LOWER [CODE]", '*' standing for the verb, '$' the source, '+'
 * the target, '%' both, '^' a skipped phrase, '&NAME' a set; words joined
 * by '_' are consecutive, words apart may have others between (TABARI);
 * PETRARCH 2's {noun phrase} and (prepositional phrase) brackets are read
 * as plain words.  kg has no parse tree: a relation entry is a lemma
 * sequence whose '*' is up to three arbitrary words, its subject the actor
 * before it, its object the first actor after it (or, see the extractor,
 * in its gap).  So each verb becomes an entry coded with its code, and
 * each pattern one entry per verb of its block: the upper words, the verb,
 * the lower words, with '*' where words may come between, the target
 * stands or a phrase is skipped ("- * OF &CRIME" under ACCUSE is "accuse *
 * of &crime", "- HEAVILY *" "heavily * criticize"); a skipped phrase
 * after the last word ("- * AT ^ +", "- * SUMMIT (IN ^)") marks the entry
 * (kg_onto_relation.skip): its object is sought past the phrase that
 * follows its words, never in it.  The type is the
 * block's name as a slug ("lash_out"), the label its words, the CAMEO code
 * the leading digits of the first code (the validation file's "174K" gives
 * 174; "---", "+++", "def" none), and a paired code "032:033" (TABARI's
 * reciprocal events: "left for" is a visit by the source and one hosted
 * by the target) the second one as the entry's back code, the quad class
 * the one of the code's root (0 outside 01-20: the validation dictionary
 * has WEIS codes), the PLOVER category none.  An entry with an explicit
 * target inside it ("- * + IN DETENTION") gets no preposition: its target
 * is a direct object; the others get PETRARCH_PREPS, because TABARI's
 * target is the first actor after the verb.  A pattern whose source is
 * '%' (a compound subject: "- % * TALKS [031]", "- % HAVE * [191]") also
 * gives its entry a mutual code, the event coordinated subjects with no
 * object have toward each other ("Gondor and Osgiliath have delayed
 * their meeting"); closed-class words right after the '%' (HAVE) are
 * dropped, as the extractor reads them as cues, and one that then adds no
 * word ("- % * [030:030]" under AGREE) gives the mutual code to the verb's
 * own entry.  Left out, and counted (petrarch.h):
 *   - a verb coded [---] on its own: PETRARCH codes nothing for it, and an
 *     uncoded entry would shadow the lexicon's; its patterns stay, and a
 *     pattern coded [---] is kept, uncoded, so that it blocks a shorter
 *     coded one as in PETRARCH;
 *   - patterns with the target before the verb (passives "+ WAS * BY $"),
 *     the source after it, or words or a skipped phrase before the source,
 *     except "- + * WORDS $" (the verb right after the target, the source
 *     last, only words between): its entry is marked reversed, its
 *     subject read as the target and its object as the source
 *     ("DESPITE $ *"): kg's subject is the actor before the trigger;
 *   - patterns adding no word to the verb ("- % * [---]", "- % * +"):
 *     they would take the verb's own code, and '%' ones under a verb with
 *     no entry;
 *   - entries starting with a set or with a word the extractor never takes
 *     as a trigger (closed-class words: said, will, not, vow, ...);
 *   - '~' verb transformations (PETRARCH 2's event rewriting).
 * A set may include another (+&TIETYPES, as in TABARI); a pattern naming
 * an undefined set is left out, as PETRARCH does.  Set names are matched
 * without a final '_' (&PREPOSIT1_ is used as &PREPOSIT1), and the longest
 * run of '_'-joined parts that names a set wins (&FIGHT_OF_WORDS over
 * &FIGHT).  TABARI stems (CONTRIBUT) match only as written.  Irregular
 * forms kg's lemma candidates do not already give are added, a form never
 * taking another lemma's place.  A dictionary's entry that matches wins
 * over the built-in lexicon's, however long those are ("arrive in" in the
 * lexicon does not shadow ARRIVE [032:033]), and among equal patterns the
 * entry added last wins, so a later dictionary wins over an earlier one.
 *
 * Memory stays bounded by the dictionary: one line and one entry (or verb
 * block) are held at a time, and every lookup is a hash lookup.
 */
#include "ontology.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kg/common.h"
#include "kg/ctx.h"

#include "../core/ctx_internal.h"
#include "../nlp/nlp.h"
#include "../util/buf.h"
#include "../util/utf8.h"
#include "petrarch.h"

/* Limits: bytes per line; bytes per name (matching joins keys in 512);
 * characters per code; words per name; agent nouns made from one line;
 * codes of one entity. */
#define PETRARCH_MAX_LINE   65536
#define PETRARCH_MAX_NAME   400
#define PETRARCH_MAX_CODE   32
#define PETRARCH_MAX_WORDS  32
#define PETRARCH_MAX_EXPAND 1024
#define PETRARCH_MAX_CODES  256
/* Bytes of a verb code as kept: "0312", or "032:033" with its pair. */
#define PETRARCH_CAMEO      12

/* Endings tried on the last word of a stemmed name (see the top). */
static const char *const petrarch_suffixes[] = {
    "s",   "es", "a",  "e",   "i",   "n",    "an",   "ans", "ia",
    "ian", "is", "ns", "ese", "ine", "ians", "ines", NULL};

/* Three-letter CAMEO codes that are sectors or international actors, not
 * states: a bare [NGO] is an organisation, not a country. */
static const char *const petrarch_not_countries[] = {
    "IGO", "NGO", "NGM", "MNC", "IMG", "UIS", "UNO", "AGR", "BUS",
    "COP", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "GOV", "HLH",
    "HRI", "INS", "JUD", "LAB", "LEG", "MED", "MIL", "MOD", "OPP",
    "PTY", "RAD", "REB", "REF", "SEP", "SPY", "UAF", NULL};

/* Words kept in lower case inside a label ("Prince of Dol Amroth"). */
static const char *const petrarch_small_words[] = {
    "of", "the", "and", "for", "in", "on",  "at",  "to",
    "de", "del", "des", "du",  "da", "van", "von", NULL};

typedef struct petrarch_code {
    char code[PETRARCH_MAX_CODE + 1];
    char start[11], end[11]; /* "YYYY-MM-DD" or "" (open); end excluded */
    int dated;
} petrarch_code;

/* One entry being read: its names (raw, each NUL-terminated) and codes. */
typedef struct petrarch_entry {
    int open;
    size_t line;
    kg_buf names;
    size_t nnames;
    petrarch_code *codes;
    size_t ncodes, capcodes;
} petrarch_entry;

/* A substitution marker of an agents file: name and values live in pool,
 * each NUL-terminated, the values one after another. */
typedef struct petrarch_macro {
    size_t name, vals, nvals;
} petrarch_macro;

typedef struct petrarch_file {
    kg_ctx *ctx;
    kg_onto *onto;
    const char *path;
    FILE *fp;
    char *line; /* PETRARCH_MAX_LINE + 1 bytes */
    size_t lineno;
    int in_comment;
    size_t comment_line;
    /* scratch */
    kg_buf label, match, tmp, keys;
    /* agents */
    kg_buf pool;
    petrarch_macro *macros;
    size_t nmacros, capmacros;
    size_t nexpand;
} petrarch_file;

static int
petrarch_error(petrarch_file *f, size_t line, int status, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static int
petrarch_error(petrarch_file *f, size_t line, int status, const char *fmt, ...)
{
    char msg[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof(msg), fmt, ap);
    va_end(ap);
    return kg_ctx__error(f->ctx, status, "%s:%zu: %s", f->path, line, msg);
}

/* ---- characters ------------------------------------------------------- */

static int petrarch_is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f';
}

static int petrarch_is_alpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int petrarch_is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static char petrarch_upper(char c)
{
    return c >= 'a' && c <= 'z' ? (char)(c - 'a' + 'A') : c;
}

static char petrarch_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static char *petrarch_skip_space(char *p)
{
    while (petrarch_is_space(*p))
        p++;
    return p;
}

/* Trim white space at both ends, in place. */
static char *petrarch_trim(char *p)
{
    size_t n;
    p = petrarch_skip_space(p);
    n = strlen(p);
    while (n > 0 && petrarch_is_space(p[n - 1]))
        p[--n] = '\0';
    return p;
}

static int petrarch_valid_utf8(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        int32_t cp;
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        i += kg_utf8_decode(s + i, n - i, &cp);
        if (cp < 0)
            return 0;
    }
    return 1;
}

/* ---- lines ------------------------------------------------------------ */

static int petrarch_open(petrarch_file *f, kg_ctx *ctx, const char *path)
{
    memset(f, 0, sizeof(*f));
    f->ctx = ctx;
    f->path = path;
    kg_ctx__clear_error(ctx);
    if (!(f->onto = kg_ctx__onto_mut(ctx)))
        return kg_ctx__error(ctx, KG_EINVAL, "no ontology loaded");
    if (!(f->line = malloc(PETRARCH_MAX_LINE + 1)))
        return KG_ENOMEM;
    if (!(f->fp = fopen(path, "rb"))) {
        int e = errno;
        return kg_ctx__error(ctx, e == ENOENT ? KG_ENOTFOUND : KG_EIO, "%s: %s",
                             path, strerror(e));
    }
    return KG_OK;
}

static void petrarch_close(petrarch_file *f)
{
    if (f->fp)
        fclose(f->fp);
    free(f->line);
    kg_buf_dispose(&f->label);
    kg_buf_dispose(&f->match);
    kg_buf_dispose(&f->tmp);
    kg_buf_dispose(&f->keys);
    kg_buf_dispose(&f->pool);
    free(f->macros);
}

/* Start a comment block that runs to the next "-->". */
static void petrarch_open_comment(petrarch_file *f)
{
    f->in_comment = 1;
    f->comment_line = f->lineno;
}

/* Read the next raw line into f->line without its end of line, in a
 * buffer of fixed size.  Returns 1, 0 at the end, or a negative status. */
static int petrarch_read_line(petrarch_file *f, size_t *len)
{
    size_t n = 0;
    int c;
    while ((c = getc(f->fp)) != EOF && c != '\n') {
        if (c == '\0')
            return petrarch_error(f, f->lineno + 1, KG_EPARSE, "NUL byte");
        if (n == PETRARCH_MAX_LINE)
            return petrarch_error(f, f->lineno + 1, KG_EPARSE,
                                  "line longer than %d bytes",
                                  PETRARCH_MAX_LINE);
        f->line[n++] = (char)c;
    }
    if (c == EOF && ferror(f->fp))
        return kg_ctx__error(f->ctx, KG_EIO, "%s: read error", f->path);
    if (c == EOF && n == 0)
        return 0;
    while (n > 0 && f->line[n - 1] == '\r')
        n--;
    f->line[n] = '\0';
    f->lineno++;
    *len = n;
    return 1;
}

/*
 * The next line that has something left once comments and surrounding
 * white space are removed, in *out (modified in place; valid until the
 * next call).  Returns 1, 0 at the end of the file, or a negative status.
 */
static int petrarch_next(petrarch_file *f, char **out)
{
    for (;;) {
        size_t n = 0;
        char *p, *q;
        int r = petrarch_read_line(f, &n);

        if (r < 0)
            return r;
        if (r == 0) {
            if (f->in_comment)
                return petrarch_error(f, f->comment_line, KG_EPARSE,
                                      "unterminated <!-- comment");
            return 0;
        }
        if (!petrarch_valid_utf8(f->line, n))
            return petrarch_error(f, f->lineno, KG_EPARSE, "invalid UTF-8");
        p = f->line;
        if (f->in_comment) {
            if (!(q = strstr(p, "-->")))
                continue;
            f->in_comment = 0;
            p = q + 3;
        }
        p = petrarch_skip_space(p);
        if (p[0] == '<' && p[1] == '!') {
            if ((q = strstr(p, "-->"))) {
                p = q + 3;
            } else {
                if (strncmp(p, "<!--", 4) == 0)
                    petrarch_open_comment(f);
                continue; /* "<! ..." lines are skipped whole */
            }
        }
        if ((q = strchr(p, '#')))
            *q = '\0';
        while ((q = strstr(p, "<!--"))) {
            char *end = strstr(q + 4, "-->");
            if (!end) {
                *q = '\0';
                petrarch_open_comment(f);
                break;
            }
            memmove(q, end + 3, strlen(end + 3) + 1);
        }
        p = petrarch_trim(p);
        if (*p) {
            *out = p;
            return 1;
        }
    }
}

/* ---- dates ------------------------------------------------------------ */

static int petrarch_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int petrarch_month_days(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && petrarch_leap(y) ? 29 : days[m - 1];
}

static int petrarch_num(const char *s, size_t n)
{
    int v = 0;
    size_t i;
    for (i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

static void petrarch_format_date(char out[11], int y, int m, int d)
{
    out[0] = (char)('0' + y / 1000 % 10);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* Read a PETRARCH date (YYMMDD or YYYYMMDD, see the top) into out as
 * "YYYY-MM-DD". */
static int petrarch_date(petrarch_file *f, const char *s, char out[11])
{
    size_t n = strlen(s), i;
    int y, m, d;
    for (i = 0; i < n; i++)
        if (!petrarch_is_digit(s[i]))
            break;
    if (i < n || n < 6)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "bad date '%s' (YYMMDD or YYYYMMDD)", s);
    if (n <= 7) {
        y = petrarch_num(s, 2);
        y += y <= 30 ? 2000 : 1900;
        m = petrarch_num(s + 2, 2);
        d = petrarch_num(s + 4, 2);
    } else {
        y = petrarch_num(s, 4);
        m = petrarch_num(s + 4, 2);
        d = petrarch_num(s + 6, 2);
    }
    if (m < 1 || m > 12 || d < 1 || d > petrarch_month_days(y, m))
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "bad date '%s' (no such day)", s);
    petrarch_format_date(out, y, m, d);
    return KG_OK;
}

/* The day after "YYYY-MM-DD", in place (an included end becomes kg's
 * excluded one). */
static void petrarch_next_day(char date[11])
{
    int y = petrarch_num(date, 4), m = petrarch_num(date + 5, 2),
        d = petrarch_num(date + 8, 2);
    if (++d > petrarch_month_days(y, m)) {
        d = 1;
        if (++m > 12) {
            m = 1;
            y++;
        }
    }
    petrarch_format_date(date, y, m, d);
}

/* The restriction after a code ("<950601", "> 990816", "19950601 -
 * 19990815", "" for none) into c.  Returns KG_OK, 1 for a range that ends
 * before it starts, which never holds (PETRARCH reads it so; Phoenix has
 * [EGYGOV 20121207-20120802]), or a negative status. */
static int
petrarch_restriction(petrarch_file *f, const char *s, petrarch_code *c)
{
    char buf[64], *dash;
    size_t n = 0;
    int err;

    for (; *s; s++) {
        if (petrarch_is_space(*s))
            continue;
        if (n + 1 >= sizeof(buf))
            return petrarch_error(f, f->lineno, KG_EPARSE,
                                  "bad date restriction");
        buf[n++] = *s;
    }
    buf[n] = '\0';
    if (n == 0)
        return KG_OK;
    c->dated = 1;
    if (buf[0] == '<')
        return petrarch_date(f, buf + 1, c->end);
    if (buf[0] == '>')
        return petrarch_date(f, buf + 1, c->start);
    if (!(dash = strchr(buf, '-')))
        return petrarch_date(f, buf, c->start); /* as PETRARCH: from D */
    *dash = '\0';
    if ((err = petrarch_date(f, buf, c->start)) < 0 ||
        (err = petrarch_date(f, dash + 1, c->end)) < 0)
        return err;
    if (strcmp(c->end, c->start) < 0)
        return 1;
    petrarch_next_day(c->end);
    return KG_OK;
}

/* ---- codes ------------------------------------------------------------ */

/* "---", "+++": PETRARCH's codes for "no code". */
static int petrarch_null_code(const char *s)
{
    for (; *s; s++)
        if (*s != '-' && *s != '+' && *s != '#')
            return 0;
    return 1;
}

/* A bare three-letter code that may name a state (see the top). */
static int petrarch_country_code(const char *code)
{
    size_t i;
    if (strlen(code) != 3 || !petrarch_is_alpha(code[0]) ||
        !petrarch_is_alpha(code[1]) || !petrarch_is_alpha(code[2]))
        return 0;
    for (i = 0; petrarch_not_countries[i]; i++)
        if (strcmp(code, petrarch_not_countries[i]) == 0)
            return 0;
    return 1;
}

/* Upper-case a code in place and check its characters. */
static int petrarch_check_code(petrarch_file *f, char *code)
{
    size_t n = strlen(code), i;
    if (n == 0)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty code");
    if (n > PETRARCH_MAX_CODE)
        return petrarch_error(f, f->lineno, KG_EPARSE, "code '%.40s' too long",
                              code);
    for (i = 0; i < n; i++) {
        code[i] = petrarch_upper(code[i]);
        if (!petrarch_is_alpha(code[i]) && !petrarch_is_digit(code[i]) &&
            code[i] != '-')
            return petrarch_error(f, f->lineno, KG_EPARSE, "bad code '%s'",
                                  code);
    }
    return KG_OK;
}

/* One "[CODE RESTRICTION]" block's content into the entry. */
static int petrarch_code_block(petrarch_file *f, petrarch_entry *e, char *s)
{
    petrarch_code c;
    char *code, *slash;
    int err;

    s = petrarch_trim(s);
    code = s;
    while (*s && !petrarch_is_space(*s))
        s++;
    if (*s)
        *s++ = '\0';
    if ((slash = strchr(code, '/')))
        *slash = '\0';
    memset(&c, 0, sizeof(c));
    if ((err = petrarch_restriction(f, s, &c)) < 0)
        return err;
    if (err == 1 || (*code && petrarch_null_code(code)))
        return KG_OK;
    if ((err = petrarch_check_code(f, code)) < 0)
        return err;
    memcpy(c.code, code, strlen(code) + 1);
    if (e->ncodes == e->capcodes) {
        size_t ncap = e->capcodes ? e->capcodes * 2 : 8;
        petrarch_code *p = realloc(e->codes, ncap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        e->codes = p;
        e->capcodes = ncap;
    }
    e->codes[e->ncodes++] = c;
    return KG_OK;
}

/* The code blocks from p on; text after the last one is a note. */
static int petrarch_blocks(petrarch_file *f, petrarch_entry *e, char *p)
{
    int err;
    for (;;) {
        char *close;
        p = petrarch_skip_space(p);
        if (*p != '[')
            return KG_OK;
        if (!(close = strchr(p, ']')))
            return petrarch_error(f, f->lineno, KG_EPARSE, "missing ']'");
        *close = '\0';
        if ((err = petrarch_code_block(f, e, p + 1)) < 0)
            return err;
        p = close + 1;
    }
}

/* The entry's default code (see the top). */
static const petrarch_code *petrarch_default(const petrarch_entry *e)
{
    const petrarch_code *best = NULL;
    size_t i;
    for (i = e->ncodes; i-- > 0;)
        if (!e->codes[i].dated)
            return &e->codes[i];
    for (i = 0; i < e->ncodes; i++) {
        const petrarch_code *c = &e->codes[i];
        if (!best)
            best = c;
        else if (!*best->end)
            best = !*c->end && strcmp(c->start, best->start) > 0 ? c : best;
        else if (!*c->end || strcmp(c->end, best->end) > 0)
            best = c;
    }
    return best;
}

/* ---- names ------------------------------------------------------------ */

static int petrarch_is_small_word(const char *w, size_t n)
{
    size_t i, k;
    for (i = 0; petrarch_small_words[i]; i++) {
        const char *s = petrarch_small_words[i];
        if (strlen(s) != n)
            continue;
        for (k = 0; k < n && petrarch_lower(w[k]) == s[k]; k++)
            ;
        if (k == n)
            return 1;
    }
    return 0;
}

/* Should a one-word name stay in capitals?  Two or three letters (UN, AU,
 * PLO), or four or five without a vowel (DPRK): kept so, the ontology
 * matches them only when written in capitals ("us" is no country).
 * Longer words are names written in capitals by the format (IRAN). */
static int petrarch_keep_caps(const char *w, size_t n)
{
    size_t i, vowels = 0;
    if (n < 2 || n > 5)
        return 0;
    for (i = 0; i < n; i++) {
        char c = petrarch_upper(w[i]);
        if (!petrarch_is_alpha(c))
            return 0;
        if (c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U')
            vowels++;
    }
    return n <= 3 || vowels == 0;
}

/* Letters of the word run starting at s[i] (for "O'BRIEN" / "NATION'S"). */
static size_t petrarch_letters_from(const char *s, size_t n, size_t i)
{
    size_t k = 0;
    while (i < n) {
        int32_t cp;
        size_t len = kg_utf8_decode(s + i, n - i, &cp);
        if (cp < 0 || !kg_utf8_is_letter(cp))
            break;
        k++;
        i += len;
    }
    return k;
}

/* Append one word in title case: a letter is upper case after anything
 * but a letter or digit ("Al-Qaeda", "George W. Bush"), and after an
 * apostrophe only when two or more letters follow ("O'Brien", "Nation's"). */
static int petrarch_title_word(kg_buf *out, const char *w, size_t n, int small)
{
    size_t i = 0;
    int prev = 0; /* 0: start or punctuation, 1: letter or digit */
    int err;
    while (i < n) {
        int32_t cp;
        size_t len = kg_utf8_decode(w + i, n - i, &cp);
        if (cp >= 0 && kg_utf8_is_letter(cp)) {
            int upper = !prev && !small;
            if (!prev && i > 0 && w[i - 1] == '\'')
                upper = petrarch_letters_from(w, n, i) >= 2;
            if ((err = kg_utf8_put_case(out, cp, upper)) < 0)
                return err;
            prev = 1;
        } else {
            if ((err = kg_buf_put(out, w + i, len)) < 0)
                return err;
            prev = cp >= 0 && kg_utf8_is_digit(cp);
        }
        i += len;
    }
    return KG_OK;
}

/*
 * The forms of a raw dictionary name: f->label gets it in title case with
 * words separated by single spaces ("The Shire"), f->match the same
 * without a leading "The" when more words follow ("Shire").  *exact says
 * whether the name ended in '_'.
 */
static int petrarch_name_forms(petrarch_file *f, const char *raw, int *exact)
{
    const char *words[PETRARCH_MAX_WORDS];
    size_t lens[PETRARCH_MAX_WORDS], nw = 0, i, n = strlen(raw), skip = 0;
    size_t first = 0;
    int err;

    while (n > 0 && petrarch_is_space(raw[n - 1]))
        n--;
    *exact = n > 0 && raw[n - 1] == '_';
    for (i = 0; i < n;) {
        size_t start;
        while (i < n && (raw[i] == '_' || petrarch_is_space(raw[i])))
            i++;
        if (i == n)
            break;
        start = i;
        while (i < n && raw[i] != '_' && !petrarch_is_space(raw[i]))
            i++;
        if (nw == PETRARCH_MAX_WORDS)
            return petrarch_error(f, f->lineno, KG_EPARSE,
                                  "name of more than %d words",
                                  PETRARCH_MAX_WORDS);
        words[nw] = raw + start;
        lens[nw++] = i - start;
    }
    kg_buf_clear(&f->label);
    kg_buf_clear(&f->match);
    if (nw == 0)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty name");
    if (nw > 1 && lens[0] == 3 && petrarch_lower(words[0][0]) == 't' &&
        petrarch_is_small_word(words[0], 3))
        first = 1; /* "THE" */
    for (i = 0; i < nw; i++) {
        if (i && (err = kg_buf_putc(&f->label, ' ')) < 0)
            return err;
        if (nw == first + 1 && i == first &&
            petrarch_keep_caps(words[i], lens[i])) {
            size_t k;
            for (k = 0; k < lens[i]; k++)
                if ((err = kg_buf_putc(&f->label,
                                       petrarch_upper(words[i][k]))) < 0)
                    return err;
        } else if ((err = petrarch_title_word(
                        &f->label, words[i], lens[i],
                        i > 0 && petrarch_is_small_word(words[i], lens[i]))) <
                   0) {
            return err;
        }
    }
    if (f->label.len > PETRARCH_MAX_NAME)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "name longer than %d bytes", PETRARCH_MAX_NAME);
    if (first)
        skip = 4; /* "The " */
    return kg_buf_put(&f->match, f->label.ptr + skip, f->label.len - skip);
}

/*
 * The entity that name (words separated by spaces) already stands for as a
 * whole, in *out with the name's kind, or NULL.  Returns KG_OK or
 * KG_ENOMEM.
 */
static int petrarch_resolve(petrarch_file *f,
                            const char *name,
                            const kg_onto_entity **out,
                            int *kind)
{
    const char *keys[PETRARCH_MAX_WORDS];
    size_t offs[PETRARCH_MAX_WORDS], n = 0, i;
    kg_onto__words it = {name, NULL};
    const char *start, *end;
    kg_onto_match m;
    int err;

    *out = NULL;
    kg_buf_clear(&f->keys);
    while (kg_onto__next_word(&it, &start, &end)) {
        /* (a possessive "'s" is a token of its own, as in the text and
         * in the ontology's names) */
        size_t before = f->keys.len;
        if ((err = kg_onto__token_key(start, (size_t)(end - start),
                                      &f->keys)) < 0)
            return err;
        if (f->keys.len == before)
            continue; /* punctuation: no token, as in the ontology */
        if (n == PETRARCH_MAX_WORDS)
            return KG_OK;
        if ((err = kg_buf_putc(&f->keys, '\0')) < 0)
            return err;
        offs[n++] = before;
    }
    if (n == 0)
        return KG_OK;
    for (i = 0; i < n; i++)
        keys[i] = f->keys.ptr + offs[i];
    if (kg_onto__match(f->onto, keys, NULL, NULL, n, 0, &m) && m.ntok == n) {
        *out = m.entity;
        *kind = m.kind;
    }
    return KG_OK;
}

/* The code a mention of e by a name of this kind gets. */
static const char *
petrarch_name_code(const kg_onto_entity *e, int kind, char *buf, size_t len)
{
    if (kind == KG_NAME_METONYM && strcmp(e->type, "Country") == 0) {
        snprintf(buf, len, "%sGOV", e->id);
        return buf;
    }
    return e->code;
}

/* ---- entries ---------------------------------------------------------- */

static void petrarch_entry_reset(petrarch_entry *e, size_t line)
{
    e->open = 1;
    e->line = line;
    kg_buf_clear(&e->names);
    e->nnames = 0;
    e->ncodes = 0;
}

static void petrarch_entry_dispose(petrarch_entry *e)
{
    kg_buf_dispose(&e->names);
    free(e->codes);
}

static int petrarch_entry_name(petrarch_entry *e, const char *name)
{
    int err = kg_buf_puts(&e->names, name);
    if (err < 0 || (err = kg_buf_putc(&e->names, '\0')) < 0)
        return err;
    e->nnames++;
    return KG_OK;
}

/* Rule 3 of the top: an entity one of the entry's names already names
 * (a person only by the entry's first name: brothers may share the
 * synonym +KARZAI_).  Fills *id (interned) and *kind, or leaves *id NULL. */
static int petrarch_join(petrarch_file *f,
                         const petrarch_entry *e,
                         const petrarch_code *def,
                         int dated,
                         const char **id,
                         int *kind)
{
    const char *raw = e->names.ptr;
    size_t i;
    int err, exact;

    *id = NULL;
    for (i = 0; i < (dated ? 1 : e->nnames); i++, raw += strlen(raw) + 1) {
        const kg_onto_entity *t;
        char buf[PETRARCH_MAX_CODE + 8];
        const char *code;
        int k = 0;
        if ((err = petrarch_name_forms(f, raw, &exact)) < 0 ||
            (err = petrarch_resolve(f, f->match.ptr, &t, &k)) < 0)
            return err;
        if (!t)
            continue;
        if (!dated) {
            code = petrarch_name_code(t, k, buf, sizeof(buf));
            if (code && strcmp(code, def->code) == 0) {
                *id = t->id;
                *kind = k == KG_NAME_METONYM ? k : KG_NAME_PROPER;
                return KG_OK;
            }
        } else if (strcmp(t->type, "Person") == 0 &&
                   ((t->country && strncmp(t->country, def->code, 3) == 0) ||
                    (t->code && strcmp(t->code, def->code) == 0))) {
            *id = t->id;
            *kind = KG_NAME_PROPER;
            return KG_OK;
        }
    }
    return KG_OK;
}

/* A new id in f->tmp: "actor_" and the label's words folded to
 * [a-z0-9], joined by '_', made unique with a number. */
static int petrarch_new_id(petrarch_file *f, const char *label)
{
    const char *p = label;
    size_t base, i;
    int err;

    kg_buf_clear(&f->tmp);
    if ((err = kg_buf_puts(&f->tmp, "actor")) < 0)
        return err;
    while (*p) {
        const char *start;
        size_t before = f->tmp.len, k;
        while (*p == ' ')
            p++;
        if (!*p)
            break;
        start = p;
        while (*p && *p != ' ')
            p++;
        if ((err = kg_buf_putc(&f->tmp, '_')) < 0 ||
            (err = kg_onto__token_key(start, (size_t)(p - start), &f->tmp)) < 0)
            return err;
        /* keep the ASCII letters and digits of the folded key */
        for (i = k = before + 1; i < f->tmp.len; i++) {
            char c = f->tmp.ptr[i];
            if ((c >= 'a' && c <= 'z') || petrarch_is_digit(c))
                f->tmp.ptr[k++] = c;
        }
        f->tmp.len = k == before + 1 ? before : k;
        if (f->tmp.len > 60)
            f->tmp.len = 60;
        f->tmp.ptr[f->tmp.len] = '\0';
        if (f->tmp.len == 60)
            break;
    }
    base = f->tmp.len;
    for (i = 2; kg_onto__entity(f->onto, f->tmp.ptr); i++) {
        f->tmp.len = base;
        if ((err = kg_buf_printf(&f->tmp, "_%zu", i)) < 0)
            return err;
    }
    return KG_OK;
}

/* The label of the entry into out: its first name, in title case, NFC. */
static int
petrarch_label(petrarch_file *f, const petrarch_entry *e, kg_buf *out)
{
    size_t invalid = 0;
    int err, exact;
    kg_buf_clear(out);
    if ((err = petrarch_name_forms(f, e->names.ptr, &exact)) < 0)
        return err;
    return kg_utf8_clean(f->label.ptr, f->label.len, 0, out, &invalid);
}

/* Add the entry's names to entity idx (id), stems included.  A name the
 * entity already has keeps its kind when it gives the entry's code. */
static int petrarch_add_names(petrarch_file *f,
                              const petrarch_entry *e,
                              size_t idx,
                              const char *id,
                              int kind,
                              const petrarch_code *def,
                              int dated)
{
    const char *raw = e->names.ptr;
    size_t i, k;
    int err, exact;

    for (i = 0; i < e->nnames; i++, raw += strlen(raw) + 1) {
        const kg_onto_entity *t;
        const char *last, *code;
        char buf[PETRARCH_MAX_CODE + 8];
        size_t n;
        int tk = 0;
        if ((err = petrarch_name_forms(f, raw, &exact)) < 0 ||
            (err = petrarch_resolve(f, f->match.ptr, &t, &tk)) < 0)
            return err;
        code = t ? petrarch_name_code(t, tk, buf, sizeof(buf)) : NULL;
        if (!t || t->id != id ||
            (!dated && (!code || strcmp(code, def->code) != 0)))
            if ((err = kg_onto__add_name(f->onto, idx, f->match.ptr, kind, 1)) <
                0)
                return err;
        /* TABARI stem: the last word with endings, when it has 4 letters
         * or more and is not kept in capitals */
        last = strrchr(f->match.ptr, ' ');
        last = last ? last + 1 : f->match.ptr;
        n = strlen(last);
        if (exact || n < 4 ||
            (last == f->match.ptr && petrarch_keep_caps(last, n)))
            continue;
        for (k = 0; k < n && petrarch_is_alpha(last[k]); k++)
            ;
        if (k < n)
            continue;
        for (k = 0; petrarch_suffixes[k]; k++) {
            kg_buf_clear(&f->tmp);
            if ((err = kg_buf_put(&f->tmp, f->match.ptr, f->match.len)) < 0 ||
                (err = kg_buf_puts(&f->tmp, petrarch_suffixes[k])) < 0 ||
                (err = kg_onto__add_name(f->onto, idx, f->tmp.ptr, kind, 0)) <
                    0)
                return err;
        }
    }
    return KG_OK;
}

/* Add code c to entity idx (id) unless it has it already.  The cap keeps
 * loading linear: kg_onto__add_code copies an entity's codes each time. */
static int petrarch_add_code(petrarch_file *f,
                             const petrarch_entry *e,
                             size_t idx,
                             const char *id,
                             const petrarch_code *c)
{
    const kg_onto_entity *t = kg_onto__entity(f->onto, id);
    size_t i;
    for (i = 0; i < t->noffices; i++) {
        const kg_onto_office *off = &t->offices[i];
        if (off->code && strcmp(off->code, c->code) == 0 &&
            strcmp(off->start, c->start) == 0 && strcmp(off->end, c->end) == 0)
            return KG_OK;
    }
    if (t->noffices >= PETRARCH_MAX_CODES)
        return petrarch_error(f, e->line, KG_EPARSE,
                              "more than %d dated codes for one actor",
                              PETRARCH_MAX_CODES);
    return kg_onto__add_code(f->onto, idx, c->code, c->start, c->end);
}

/* Turn the finished entry into ontology names and codes (see the top). */
static int petrarch_flush(petrarch_file *f, petrarch_entry *e)
{
    kg_onto *o = f->onto;
    const petrarch_code *def;
    const kg_onto_entity *t;
    const char *id = NULL;
    kg_buf label = KG_BUF_INIT;
    int dated = 0, all_countries = 1, country_like, created = 0;
    int kind = KG_NAME_PROPER;
    int err = KG_OK;
    size_t idx = 0, i;

    if (!e->open)
        return KG_OK;
    e->open = 0;
    if (e->ncodes == 0 || e->nnames == 0)
        return KG_OK; /* codes nothing, as in PETRARCH */
    for (i = 0; i < e->ncodes; i++) {
        dated |= e->codes[i].dated;
        all_countries &= petrarch_country_code(e->codes[i].code);
    }
    def = petrarch_default(e);
    /* a state under its successive codes: all bare country codes, or a
     * bare one from some date on (UKRAINE_ [USRUKR <910824] [UKR >911221]) */
    country_like = all_countries || (def->dated && !*def->end &&
                                     petrarch_country_code(def->code));
    if ((err = petrarch_label(f, e, &label)) < 0)
        goto out;
    if (!dated || country_like) {
        if (kg_onto__entity_index(o, def->code, &idx) == KG_OK) {
            id = kg_onto__entity(o, def->code)->id;
        } else if (petrarch_country_code(def->code)) {
            if ((err = kg_onto__new_entity(o, def->code, label.ptr, "Country",
                                           def->code, def->code, &idx)) < 0)
                goto out;
            id = kg_onto__entity(o, def->code)->id;
            created = 1;
        }
    }
    if (!id) {
        if ((err = petrarch_join(f, e, def, dated, &id, &kind)) < 0)
            goto out;
        if (id && (err = kg_onto__entity_index(o, id, &idx)) < 0)
            goto out;
    }
    if (!id) {
        char cc[4] = {0};
        const kg_onto_entity *c;
        const char *type;
        memcpy(cc, def->code, strlen(def->code) >= 3 ? 3 : 0);
        c = *cc ? kg_onto__entity(o, cc) : NULL;
        if (*cc && !(c && strcmp(c->type, "Country") == 0) &&
            !petrarch_country_code(cc))
            cc[0] = '\0';
        type = dated ? "Person" : *cc ? "Group" : "Organization";
        if ((err = petrarch_new_id(f, label.ptr)) < 0 ||
            (err = kg_onto__new_entity(o, f->tmp.ptr, label.ptr, type,
                                       def->code, *cc ? cc : NULL, &idx)) < 0)
            goto out;
        id = kg_onto__entity(o, f->tmp.ptr)->id;
        created = 1;
    }
    /* dated codes first, the default last (the first that holds wins) */
    if (dated) {
        for (i = 0; i < e->ncodes; i++)
            if (e->codes[i].dated &&
                (err = petrarch_add_code(f, e, idx, id, &e->codes[i])) < 0)
                goto out;
        if (!def->dated && (err = petrarch_add_code(f, e, idx, id, def)) < 0)
            goto out;
    } else if (!created && kind != KG_NAME_METONYM &&
               (t = kg_onto__entity(o, id)) != NULL &&
               (!t->code || strcmp(t->code, def->code) != 0)) {
        /* the user's code for an entity of the ontology (IMF [IMF]) */
        if ((err = petrarch_add_code(f, e, idx, id, def)) < 0)
            goto out;
    }
    err = petrarch_add_names(f, e, idx, id, kind, def, dated);
out:
    kg_buf_dispose(&label);
    if (err == KG_EINVAL)
        err = petrarch_error(f, e->line, KG_EPARSE, "cannot add this entry");
    return err;
}

/* ---- actors ----------------------------------------------------------- */

int kg_ctx_load_actors(kg_ctx *ctx, const char *path)
{
    petrarch_file f;
    petrarch_entry e;
    char *s;
    int err, r;

    memset(&e, 0, sizeof(e));
    if ((err = petrarch_open(&f, ctx, path)) < 0)
        goto out;
    while ((r = petrarch_next(&f, &s)) > 0) {
        char *bracket;
        if (s[0] == '[') {
            if (!e.open) {
                err = petrarch_error(&f, f.lineno, KG_EPARSE,
                                     "code outside an entry");
                goto out;
            }
            if ((err = petrarch_blocks(&f, &e, s)) < 0)
                goto out;
            continue;
        }
        if (s[0] == '+') {
            if (!e.open) {
                err = petrarch_error(&f, f.lineno, KG_EPARSE,
                                     "synonym outside an entry");
                goto out;
            }
            s++;
        } else {
            if ((err = petrarch_flush(&f, &e)) < 0)
                goto out;
            petrarch_entry_reset(&e, f.lineno);
        }
        if ((bracket = strchr(s, '['))) {
            if ((err = petrarch_blocks(&f, &e, bracket)) < 0)
                goto out;
            *bracket = '\0';
        }
        s = petrarch_trim(s);
        if (!*s) {
            err = petrarch_error(&f, f.lineno, KG_EPARSE, "empty name");
            goto out;
        }
        {
            /* check the name now, so its error names its line */
            int exact;
            if ((err = petrarch_name_forms(&f, s, &exact)) < 0 ||
                (err = petrarch_entry_name(&e, s)) < 0)
                goto out;
        }
    }
    if (r < 0) {
        err = r;
        goto out;
    }
    err = petrarch_flush(&f, &e);
out:
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "%s: out of memory", path);
    petrarch_entry_dispose(&e);
    petrarch_close(&f);
    return err;
}

/* ---- agents ----------------------------------------------------------- */

/* "!NAME! = A, B, C" */
static int petrarch_define(petrarch_file *f, char *s)
{
    char *name, *end, *eq, *v;
    petrarch_macro m;
    size_t i;
    int err;

    s = petrarch_skip_space(s);
    if (*s != '!' || !(end = strchr(s + 1, '!')) || end == s + 1 ||
        !(eq = strchr(end, '=')) || *petrarch_trim(end + 1) != '=')
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "bad substitution (want !NAME! = A, B, C)");
    name = s + 1;
    *end = '\0';
    memset(&m, 0, sizeof(m));
    m.name = f->pool.len;
    if ((err = kg_buf_put(&f->pool, name, strlen(name) + 1)) < 0)
        return err;
    m.vals = f->pool.len;
    for (v = eq + 1; v;) {
        char *comma = strchr(v, ',');
        char *val;
        if (comma)
            *comma = '\0';
        val = petrarch_trim(v);
        if (*val) {
            if ((err = kg_buf_put(&f->pool, val, strlen(val) + 1)) < 0)
                return err;
            m.nvals++;
        }
        v = comma ? comma + 1 : NULL;
    }
    if (!m.nvals)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "substitution !%s! has no values", name);
    for (i = 0; i < f->nmacros; i++) {
        if (strcmp(f->pool.ptr + f->macros[i].name, name) == 0) {
            f->macros[i] = m; /* a later definition wins */
            return KG_OK;
        }
    }
    if (f->nmacros == f->capmacros) {
        size_t ncap = f->capmacros ? f->capmacros * 2 : 8;
        petrarch_macro *p = realloc(f->macros, ncap * sizeof(*p));
        if (!p)
            return KG_ENOMEM;
        f->macros = p;
        f->capmacros = ncap;
    }
    f->macros[f->nmacros++] = m;
    return KG_OK;
}

/* Add one agent noun (words joined by '_' or spaces), with its regular
 * plural when plural is set. */
static int petrarch_add_agent(petrarch_file *f,
                              const char *noun,
                              const char *code,
                              int plural)
{
    const char *p;
    size_t n;
    int err;

    kg_buf_clear(&f->label);
    for (p = noun; *p; p++) {
        char c = *p == '_' || petrarch_is_space(*p) ? ' ' : *p;
        if (c == ' ' &&
            (f->label.len == 0 || f->label.ptr[f->label.len - 1] == ' '))
            continue;
        if ((err = kg_buf_putc(&f->label, c)) < 0)
            return err;
    }
    while (f->label.len > 0 && f->label.ptr[f->label.len - 1] == ' ')
        f->label.ptr[--f->label.len] = '\0';
    if (f->label.len == 0)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty agent noun");
    if ((err = kg_onto__add_agent(f->onto, f->label.ptr, code)) < 0 || !plural)
        return err;
    /* the regular plural, as PETRARCH makes it, with "-ys" after a vowel */
    n = f->label.len;
    {
        char last = petrarch_upper(f->label.ptr[n - 1]);
        char before = n > 1 ? petrarch_upper(f->label.ptr[n - 2]) : ' ';
        int vowel = before == 'A' || before == 'E' || before == 'I' ||
                    before == 'O' || before == 'U';
        if (last == 'Y' && !vowel) {
            f->label.ptr[--f->label.len] = '\0';
            err = kg_buf_puts(&f->label, "ies");
        } else if (last == 'S' || last == 'X' || last == 'Z' ||
                   ((last == 'H') && (before == 'C' || before == 'S'))) {
            err = kg_buf_puts(&f->label, "es");
        } else {
            err = kg_buf_puts(&f->label, "s");
        }
    }
    if (err < 0)
        return err;
    return kg_onto__add_agent(f->onto, f->label.ptr, code);
}

/* Add noun with its substitution markers expanded. */
static int petrarch_expand(
    petrarch_file *f, const char *noun, const char *code, int plural, int depth)
{
    const char *open = strchr(noun, '!'), *close, *val;
    size_t i, k;
    int err;

    if (!open)
        return petrarch_add_agent(f, noun, code, plural);
    if (!(close = strchr(open + 1, '!')))
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "unclosed substitution marker");
    if (depth > 4)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "too many substitution markers");
    for (i = 0; i < f->nmacros; i++) {
        const char *name = f->pool.ptr + f->macros[i].name;
        if (strlen(name) == (size_t)(close - open - 1) &&
            strncmp(name, open + 1, strlen(name)) == 0)
            break;
    }
    if (i == f->nmacros)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "undefined substitution %.*s",
                              (int)(close - open + 1), open);
    val = f->pool.ptr + f->macros[i].vals;
    for (k = 0; k < f->macros[i].nvals; k++, val += strlen(val) + 1) {
        kg_buf one = KG_BUF_INIT;
        if (++f->nexpand > PETRARCH_MAX_EXPAND)
            return petrarch_error(f, f->lineno, KG_EPARSE,
                                  "substitutions make over %d nouns",
                                  PETRARCH_MAX_EXPAND);
        /* the pool only grows in petrarch_define, so val stays valid */
        if ((err = kg_buf_put(&one, noun, (size_t)(open - noun))) < 0 ||
            (err = kg_buf_puts(&one, val)) < 0 ||
            (err = kg_buf_puts(&one, close + 1)) < 0 ||
            (err = petrarch_expand(f, one.ptr, code, 0, depth + 1)) < 0) {
            kg_buf_dispose(&one);
            return err;
        }
        kg_buf_dispose(&one);
    }
    return KG_OK;
}

/* One "NOUN {PLURALS} [~AGT]" line. */
static int petrarch_agent_line(petrarch_file *f, char *s, size_t *prefixed)
{
    char *lb = strchr(s, '['), *rb, *brace, *p;
    char code[PETRARCH_MAX_CODE + 2];
    size_t n = 0;
    int err, suffix;

    if (!lb)
        return KG_OK; /* no code: PETRARCH skips the line */
    if (!(rb = strchr(lb, ']')) && !(rb = strchr(lb, '}')))
        return petrarch_error(f, f->lineno, KG_EPARSE, "missing ']'");
    for (p = lb + 1; p < rb; p++) {
        if (petrarch_is_space(*p))
            continue;
        if (n + 1 >= sizeof(code))
            return petrarch_error(f, f->lineno, KG_EPARSE, "code too long");
        code[n++] = *p;
    }
    code[n] = '\0';
    suffix = n > 1 && code[0] == '~';
    if (!suffix && !(n > 1 && code[n - 1] == '~'))
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "agent code must be [~CODE] or [CODE~]");
    if (suffix)
        memmove(code, code + 1, n);
    else
        code[n - 1] = '\0';
    if ((err = petrarch_check_code(f, code)) < 0)
        return err;
    *lb = '\0';
    f->nexpand = 0;
    if ((brace = strchr(s, '{'))) {
        char *close = strchr(brace, '}'), *w;
        if (!close)
            return petrarch_error(f, f->lineno, KG_EPARSE, "missing '}'");
        *brace = '\0';
        *close = '\0';
        s = petrarch_trim(s);
        if (!*s)
            return petrarch_error(f, f->lineno, KG_EPARSE, "empty agent noun");
        if (!suffix) {
            (*prefixed)++;
            return KG_OK;
        }
        if ((err = petrarch_expand(f, s, code, 0, 0)) < 0)
            return err;
        for (w = brace + 1; *w;) {
            char *start;
            char save;
            w = petrarch_skip_space(w);
            if (!*w)
                break;
            start = w;
            while (*w && !petrarch_is_space(*w))
                w++;
            save = *w;
            *w = '\0';
            err = petrarch_expand(f, start, code, 0, 0);
            *w = save;
            if (err < 0)
                return err;
        }
        return KG_OK;
    }
    s = petrarch_trim(s);
    if (!*s)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty agent noun");
    if (!suffix) {
        (*prefixed)++;
        return KG_OK;
    }
    return petrarch_expand(f, s, code, !strchr(s, '!'), 0);
}

int kg_ctx_load_agents(kg_ctx *ctx, const char *path)
{
    petrarch_file f;
    size_t prefixed = 0;
    char *s;
    int err, r;

    if ((err = petrarch_open(&f, ctx, path)) < 0)
        goto out;
    while ((r = petrarch_next(&f, &s)) > 0) {
        if (strchr(s, '!') && strchr(s, '=')) {
            if ((err = petrarch_define(&f, s)) < 0)
                goto out;
        } else if ((err = petrarch_agent_line(&f, s, &prefixed)) < 0) {
            goto out;
        }
    }
    err = r < 0 ? r : KG_OK;
out:
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "%s: out of memory", path);
    petrarch_close(&f);
    return err;
}

/* ---- verbs ------------------------------------------------------------ */

/* Elements of one pattern; prepositions through which an entry without an
 * explicit target position finds it (TABARI's target is the first actor
 * after the verb: kg skips up to three words and one of these). */
#define PETRARCH_MAX_ELEMS 64
#define PETRARCH_PREPS                                                         \
    "to;with;against;on;at;for;from;in;into;of;over;toward;towards;upon;by;"   \
    "about;between"

static const char *const petrarch_skip_reasons[KG_PV_NSKIP] = {
    "verbs coded [---] (no event on their own)",
    "entries starting with a word kg never takes as a trigger",
    "patterns with the target before the verb",
    "patterns with the source after the verb",
    "patterns with words or a skipped phrase before the source",
    "patterns naming an undefined synset or starting with one",
    "patterns adding no word to the verb",
    "patterns without exactly one '*'",
    "entries of more than 16 words",
    "verb transformations ('~' lines)",
};

const char *kg_petrarch__skip_reason(int i)
{
    return i >= 0 && i < KG_PV_NSKIP ? petrarch_skip_reasons[i] : "?";
}

/* A synonym set of the file: its name (without '&' and a final '_'), the
 * ontology's word for it, and its phrases (NUL-terminated, one after
 * another) for sets that include it. */
typedef struct petrarch_synset {
    char *name;
    const char *word;
    kg_buf phrases;
    size_t nphrases;
} petrarch_synset;

/* A verb of the block being read; offsets into the block's pool. */
typedef struct petrarch_verb {
    size_t phrase; /* words separated by spaces ("call off") */
    size_t verb;   /* the word that inflects ("tap" in "wire tap") */
    size_t forms;  /* its irregular forms, ';'-separated */
    size_t code;   /* CAMEO code, "" for none */
} petrarch_verb;

/* A pattern of the block, as the words before and after the verb (with
 * the gap to it: "heavily *", "* of aggression", "out"). */
typedef struct petrarch_pattern {
    size_t upper, lower, code;
    int inside; /* an explicit target position inside the pattern */
    int mutual; /* '%' source: 1, or 2 when it adds no word to the verb */
    int skip;   /* a skipped phrase after its last word ("AT ^ +") */
    int reversed; /* "+ * MONEY $": target before the verb, source last */
    size_t line;
} petrarch_pattern;

typedef struct petrarch_block {
    int open;
    size_t line;
    kg_buf pool;
    size_t name, code;
    petrarch_verb *verbs;
    size_t nverbs, capverbs;
    petrarch_pattern *pats;
    size_t npats, cappats;
} petrarch_block;

enum petrarch_elem_kind {
    PE_WORD,
    PE_SYN,
    PE_VERB,
    PE_SRC,
    PE_TGT,
    PE_BOTH,
    PE_SKIP
};

typedef struct petrarch_elem {
    int kind;
    const char *s; /* PE_WORD: in the line, len bytes; PE_SYN: set word */
    size_t len;
    int joined; /* joined by '_' to the element before */
} petrarch_elem;

typedef struct petrarch_verbs {
    petrarch_file f;
    petrarch_block b;
    petrarch_synset *sets;
    size_t nsets, capsets;
    size_t cur_set; /* index + 1 of the set whose members follow, or 0 */
    kg_petrarch_verbs_stats *st;
    kg_buf type, label, pat;
} petrarch_verbs;

/* Append s[0..n) and a NUL to pool; *off receives where it starts. */
static int petrarch_pool_add(kg_buf *pool, const char *s, size_t n, size_t *off)
{
    int err;
    *off = pool->len;
    if ((err = kg_buf_put(pool, s, n)) < 0)
        return err;
    return kg_buf_putc(pool, '\0');
}

/* Append a word in lower case (ASCII letters; other bytes as they are). */
static int petrarch_put_lower(kg_buf *b, const char *s, size_t n)
{
    size_t i;
    int err;
    for (i = 0; i < n; i++)
        if ((err = kg_buf_putc(b, petrarch_lower(s[i]))) < 0)
            return err;
    return KG_OK;
}

/* The CAMEO code of a bracket's content into out: the leading digits of
 * its first code ("174K" -> "174"), or "" when that is not 2 to 4 digits
 * ("---", "+++", "def": no event).  A paired code "032:033" (TABARI's
 * reciprocal event: the target's answer to the source) keeps its second
 * code after a ':' ("032:033"), which petrarch_add_entry splits off. */
static void petrarch_cameo(const char *s, size_t n, char out[PETRARCH_CAMEO])
{
    size_t i = 0, k = 0, k2;
    while (i < n && petrarch_is_space(s[i]))
        i++;
    while (i < n && petrarch_is_digit(s[i]) && k < 5)
        out[k++] = s[i++];
    if (k < 2 || k > 4)
        k = 0;
    while (i < n && !petrarch_is_digit(s[i]) && s[i] != ':')
        i++; /* "174K", "120 " */
    if (k && i < n && s[i] == ':') {
        out[k] = ':';
        k2 = ++k;
        i++;
        while (i < n && petrarch_is_digit(s[i]) && k - k2 < 5)
            out[k++] = s[i++];
        if (k - k2 < 2 || k - k2 > 4)
            k = k2 - 1;
    }
    out[k] = '\0';
}

/* CAMEO quad class of a code's root: verbal and material cooperation,
 * verbal and material conflict; 0 outside CAMEO's roots 01-20 (the WEIS
 * codes of the validation dictionary). */
static int petrarch_quad(const char *cameo)
{
    int root;
    if (strlen(cameo) < 2)
        return 0;
    root = (cameo[0] - '0') * 10 + (cameo[1] - '0');
    return root >= 1 && root <= 5     ? 1
           : root >= 6 && root <= 8   ? 2
           : root >= 9 && root <= 13  ? 3
           : root >= 14 && root <= 20 ? 4
                                      : 0;
}

/* "[CODE]" in s (the first one) into out; *found says whether there was
 * one.  The bracket and what follows are cut from s. */
static int petrarch_bracket(petrarch_file *f, char *s, char out[PETRARCH_CAMEO],
                            int *found)
{
    char *lb = strchr(s, '['), *rb;
    *found = 0;
    out[0] = '\0';
    if (!lb)
        return KG_OK;
    if (!(rb = strchr(lb, ']')))
        return petrarch_error(f, f->lineno, KG_EPARSE, "missing ']'");
    petrarch_cameo(lb + 1, (size_t)(rb - lb - 1), out);
    *lb = '\0';
    *found = 1;
    return KG_OK;
}

static petrarch_synset *
petrarch_find_set(petrarch_verbs *v, const char *name, size_t n)
{
    size_t i, k;
    while (n > 0 && name[n - 1] == '_')
        n--;
    for (i = 0; i < v->nsets; i++) {
        const char *s = v->sets[i].name;
        if (strlen(s) != n)
            continue;
        for (k = 0; k < n && petrarch_upper(name[k]) == s[k]; k++)
            ;
        if (k == n)
            return &v->sets[i];
    }
    return NULL;
}

/* "&NAME": start (or continue) a synonym set. */
static int petrarch_set_line(petrarch_verbs *v, char *s)
{
    petrarch_file *f = &v->f;
    petrarch_synset *set, *arr;
    size_t n = 0, i;
    int err;

    s++;
    while (petrarch_is_alpha(s[n]) || petrarch_is_digit(s[n]) || s[n] == '_' ||
           s[n] == '-')
        n++;
    i = n;
    while (n > 0 && s[n - 1] == '_')
        n--;
    if (n == 0 || n > 64 || *petrarch_skip_space(s + i))
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "bad synset name (want &NAME)");
    if ((set = petrarch_find_set(v, s, n)) != NULL) {
        v->cur_set = (size_t)(set - v->sets) + 1; /* PETRARCH appends */
        return KG_OK;
    }
    arr = v->sets;
    if (v->nsets == v->capsets) {
        size_t ncap = v->capsets ? v->capsets * 2 : 16;
        if (!(arr = realloc(v->sets, ncap * sizeof(*arr))))
            return KG_ENOMEM;
        v->sets = arr;
        v->capsets = ncap;
    }
    set = &arr[v->nsets];
    memset(set, 0, sizeof(*set));
    if (!(set->name = malloc(n + 1)))
        return KG_ENOMEM;
    v->nsets++;
    for (i = 0; i < n; i++)
        set->name[i] = petrarch_upper(s[i]);
    set->name[n] = '\0';
    if ((err = kg_onto__new_synset(f->onto, &set->word)) < 0)
        return err;
    v->cur_set = v->nsets;
    v->st->synsets++;
    return KG_OK;
}

/* Add one phrase (words separated by spaces, lower case) to the current
 * set. */
static int petrarch_set_add(petrarch_verbs *v, const char *phrase)
{
    petrarch_synset *set = &v->sets[v->cur_set - 1];
    int err = kg_onto__synset_add(v->f.onto, set->word, phrase);
    if (err == KG_EINVAL)
        return petrarch_error(&v->f, v->f.lineno, KG_EPARSE,
                              "bad synset member (at most %d words, no '*')",
                              KG_ONTO_MAX_PATTERN);
    if (err < 0 || (err = kg_buf_puts(&set->phrases, phrase)) < 0 ||
        (err = kg_buf_putc(&set->phrases, '\0')) < 0)
        return err;
    set->nphrases++;
    return KG_OK;
}

/* "+MEMBER" of the current set: words joined by '_' or spaces, or another
 * set ("+&TIETYPES"), whose phrases are copied (TABARI nests sets;
 * PETRARCH 2 does not). */
static int petrarch_member_line(petrarch_verbs *v, char *s)
{
    petrarch_file *f = &v->f;
    const char *p;
    int err;

    s = petrarch_trim(s + 1);
    if (*s == '&') {
        petrarch_synset *other = petrarch_find_set(v, s + 1, strlen(s + 1));
        size_t k, off = 0;
        if (!other || other == &v->sets[v->cur_set - 1]) {
            v->st->skipped[KG_PV_SYNSET]++;
            return KG_OK;
        }
        /* copy first: adding may move the set array's buffers */
        kg_buf_clear(&f->tmp);
        if (other->phrases.len && (err = kg_buf_put(&f->tmp, other->phrases.ptr,
                                                    other->phrases.len)) < 0)
            return err;
        for (k = 0; k < other->nphrases; k++) {
            const char *ph = f->tmp.ptr + off;
            off += strlen(ph) + 1;
            if ((err = petrarch_set_add(v, ph)) < 0)
                return err;
        }
        return KG_OK;
    }
    kg_buf_clear(&f->label);
    for (p = s; *p; p++) {
        char c = *p == '_' || petrarch_is_space(*p) ? ' ' : *p;
        if (c == ' ' &&
            (f->label.len == 0 || f->label.ptr[f->label.len - 1] == ' '))
            continue;
        if ((err = kg_buf_putc(&f->label, petrarch_lower(c))) < 0)
            return err;
    }
    while (f->label.len > 0 && f->label.ptr[f->label.len - 1] == ' ')
        f->label.ptr[--f->label.len] = '\0';
    if (f->label.len == 0)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty synset member");
    return petrarch_set_add(v, f->label.ptr);
}

static void petrarch_block_reset(petrarch_block *b, size_t line)
{
    b->open = 1;
    b->line = line;
    kg_buf_clear(&b->pool);
    b->nverbs = 0;
    b->npats = 0;
}

static void petrarch_block_dispose(petrarch_block *b)
{
    kg_buf_dispose(&b->pool);
    free(b->verbs);
    free(b->pats);
}

/* "--- NAME [CODE] ---" */
static int petrarch_header(petrarch_verbs *v, char *s)
{
    petrarch_file *f = &v->f;
    char code[PETRARCH_CAMEO];
    char *name, *end;
    int found, err;

    while (*s == '-')
        s++;
    if ((err = petrarch_bracket(f, s, code, &found)) < 0)
        return err;
    name = petrarch_trim(s);
    end = name + strlen(name);
    while (end > name && (end[-1] == '-' || petrarch_is_space(end[-1])))
        *--end = '\0';
    if (!*name)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "verb block without a name");
    petrarch_block_reset(&v->b, f->lineno);
    v->st->blocks++;
    if ((err = petrarch_pool_add(&v->b.pool, name, strlen(name), &v->b.name)) <
        0)
        return err;
    return petrarch_pool_add(&v->b.pool, code, strlen(code), &v->b.code);
}

/* "VERB {FORMS} [CODE]", "+CALL_OFF", "WIRE_+TAP {WIRE_+TAPPED ...}" */
static int petrarch_verb_line(petrarch_verbs *v, char *s)
{
    petrarch_file *f = &v->f;
    petrarch_block *b = &v->b;
    petrarch_verb *vb;
    char code[PETRARCH_CAMEO], *brace = NULL, *close = NULL, *p, *q;
    size_t nw = 0, mark = 0, mark_len = 0;
    const char *mark_s = NULL;
    int found, err;

    if (!b->open)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "verb outside a verb block (--- NAME ---)");
    if ((err = petrarch_bracket(f, s, code, &found)) < 0)
        return err;
    if ((brace = strchr(s, '{')) != NULL) {
        if (!(close = strchr(brace, '}')))
            return petrarch_error(f, f->lineno, KG_EPARSE, "missing '}'");
        *brace = '\0';
        *close = '\0';
    }
    if (b->nverbs == b->capverbs) {
        size_t ncap = b->capverbs ? b->capverbs * 2 : 16;
        petrarch_verb *arr = realloc(b->verbs, ncap * sizeof(*arr));
        if (!arr)
            return KG_ENOMEM;
        b->verbs = arr;
        b->capverbs = ncap;
    }
    vb = &b->verbs[b->nverbs];
    /* the phrase: words joined by '_' or spaces; '+' marks the verb */
    vb->phrase = b->pool.len;
    for (p = s; *p;) {
        const char *w;
        size_t n = 0;
        while (*p == '_' || petrarch_is_space(*p))
            p++;
        if (!*p)
            break;
        w = p;
        while (*p && *p != '_' && !petrarch_is_space(*p))
            p++;
        n = (size_t)(p - w);
        while (n > 0 && *w == '+') {
            if (!mark_s && n > 1) {
                mark = nw;
                mark_s = w + 1;
                mark_len = n - 1;
            }
            w++;
            n--;
        }
        if (n == 0)
            continue;
        if ((nw && (err = kg_buf_putc(&b->pool, ' ')) < 0) ||
            (err = petrarch_put_lower(&b->pool, w, n)) < 0)
            return err;
        nw++;
    }
    if (nw == 0)
        return petrarch_error(f, f->lineno, KG_EPARSE, "empty verb");
    if (!mark_s) { /* no '+': the first word inflects */
        mark_s = b->pool.ptr + vb->phrase;
        mark_len = strcspn(mark_s, " ");
    }
    {
        /* copy the marked word out first: putting may move the pool */
        char word[KG_NLP_MAX_WORD];
        if (mark_len >= sizeof(word))
            mark_len = sizeof(word) - 1;
        memcpy(word, mark_s, mark_len);
        if ((err = kg_buf_putc(&b->pool, '\0')) < 0)
            return err;
        vb->verb = b->pool.len;
        if ((err = petrarch_put_lower(&b->pool, word, mark_len)) < 0 ||
            (err = kg_buf_putc(&b->pool, '\0')) < 0)
            return err;
    }
    /* irregular forms: the marked word of each ("+BROKE_DOWN"), else the
     * word where the verb stands; forms kg derives itself are left out */
    vb->forms = b->pool.len;
    for (p = brace ? brace + 1 : NULL; p && *p;) {
        char cands[KG_NLP_MAX_CANDS][KG_NLP_MAX_WORD], word[KG_NLP_MAX_WORD];
        const char *w = NULL;
        size_t n = 0, part = 0, k, nc;
        while (petrarch_is_space(*p))
            p++;
        if (!*p)
            break;
        for (q = p; *q && !petrarch_is_space(*q); part++) {
            char *ws;
            while (*q == '_')
                q++;
            ws = q;
            while (*q && *q != '_' && !petrarch_is_space(*q))
                q++;
            if (*ws == '+' || (part == mark && !w)) {
                while (*ws == '+' && ws < q)
                    ws++;
                w = ws;
                n = (size_t)(q - ws);
            }
        }
        p = q;
        if (!w || n == 0 || n >= KG_NLP_MAX_WORD)
            continue;
        for (k = 0; k < n; k++)
            word[k] = petrarch_lower(w[k]);
        word[n] = '\0';
        nc = kg_nlp__lemmas(word, NULL, cands);
        for (k = 0; k < nc; k++)
            if (strcmp(cands[k], b->pool.ptr + vb->verb) == 0)
                break;
        if (k < nc)
            continue;
        if ((b->pool.len > vb->forms &&
             (err = kg_buf_putc(&b->pool, ';')) < 0) ||
            (err = kg_buf_put(&b->pool, word, n)) < 0)
            return err;
    }
    if ((err = kg_buf_putc(&b->pool, '\0')) < 0)
        return err;
    if (found) {
        if ((err = petrarch_pool_add(&b->pool, code, strlen(code), &vb->code)) <
            0)
            return err;
    } else {
        vb->code = b->code;
    }
    b->nverbs++;
    v->st->verbs++;
    return KG_OK;
}

static int petrarch_is_group(char c)
{
    return c == '{' || c == '}' || c == '(' || c == ')';
}

/*
 * Split a pattern's text into elements.  Returns KG_OK, 1 when it names
 * an undefined synset, 2 when it has too many elements (both skipped), or
 * a negative status.
 */
static int
petrarch_elements(petrarch_verbs *v, char *s, petrarch_elem *el, size_t *nel)
{
    size_t n = 0;
    char *p = s;

    while (*p) {
        char *tok, *q, *parts[PETRARCH_MAX_ELEMS];
        size_t lens[PETRARCH_MAX_ELEMS], np = 0, k;
        while (*p && (petrarch_is_space(*p) || petrarch_is_group(*p)))
            p++;
        if (!*p)
            break;
        tok = p;
        while (*p && !petrarch_is_space(*p) && !petrarch_is_group(*p))
            p++;
        for (q = tok; q < p;) {
            char *ps = q;
            while (q < p && *q != '_')
                q++;
            if (q > ps) {
                if (np == PETRARCH_MAX_ELEMS)
                    return 2;
                parts[np] = ps;
                lens[np++] = (size_t)(q - ps);
            }
            if (q < p)
                q++;
        }
        for (k = 0; k < np; k++) {
            petrarch_elem *e = &el[n];
            if (n == PETRARCH_MAX_ELEMS)
                return 2;
            e->joined = k > 0;
            e->s = parts[k];
            e->len = lens[k];
            e->kind = PE_WORD;
            if (lens[k] == 1 && parts[k][0] == '*')
                e->kind = PE_VERB;
            else if (lens[k] == 1 && parts[k][0] == '$')
                e->kind = PE_SRC;
            else if (lens[k] == 1 && parts[k][0] == '+')
                e->kind = PE_TGT;
            else if (lens[k] == 1 && parts[k][0] == '%')
                e->kind = PE_BOTH;
            else if (lens[k] == 1 && parts[k][0] == '^')
                e->kind = PE_SKIP;
            else if (parts[k][0] == '&') {
                /* the longest run of parts naming a set: &TIETYPES_MEMOS
                 * is &TIETYPES then MEMOS, &FIGHT_OF_WORDS one set */
                petrarch_synset *set = NULL;
                size_t m;
                for (m = np; m-- > k;) {
                    const char *from = parts[k] + 1;
                    set = petrarch_find_set(
                        v, from, (size_t)(parts[m] + lens[m] - from));
                    if (set)
                        break;
                }
                if (!set)
                    return 1;
                e->kind = PE_SYN;
                e->s = set->word;
                e->len = strlen(set->word);
                k = m;
            }
            n++;
        }
    }
    *nel = n;
    return KG_OK;
}

/* Is a pattern word one the extractor reads as a cue, never matches
 * ("have", "are", "will")? */
static int petrarch_closed_word(const petrarch_elem *e)
{
    char w[KG_NLP_MAX_WORD];
    size_t k;
    if (e->kind != PE_WORD || e->len >= sizeof(w))
        return 0;
    for (k = 0; k < e->len; k++)
        w[k] = petrarch_lower(e->s[k]);
    w[k] = '\0';
    return kg_nlp__tag(w) != KG_W_NONE;
}

/* Append a word, after a space unless b is empty. */
static int petrarch_put_word(kg_buf *b, const char *s, size_t n)
{
    int err;
    if (b->len && (err = kg_buf_putc(b, ' ')) < 0)
        return err;
    return petrarch_put_lower(b, s, n);
}

/*
 * The kg form of a pattern's elements (see the top) into pt, its words in
 * the block's pool.  Returns KG_OK, a KG_PV_* reason + 1 to skip it, or a
 * negative status.
 */
static int petrarch_map(petrarch_verbs *v,
                        const petrarch_elem *el,
                        size_t n,
                        petrarch_pattern *pt)
{
    kg_buf *tmp = &v->pat;
    kg_buf *pool = &v->b.pool;
    size_t verb = n, nverbs = 0, first = 0, i;
    int gap, target = 0, err;

    for (i = 0; i < n; i++)
        if (el[i].kind == PE_VERB) {
            nverbs++;
            verb = i;
        }
    if (nverbs != 1)
        return KG_PV_VERB_POS + 1;
    if (verb == 1 && el[0].kind == PE_TGT && n > 2 &&
        el[n - 1].kind == PE_SRC) {
        /* "- + * MONEY $" under RECEIVE, "- + * PLEDGE FROM $": the
         * actor before the verb is the target, the one after the words
         * the source; the entry is marked reversed and read as the
         * others are.  Any other role or skipped phrase among the words
         * leaves the pattern out. */
        for (i = 2; i + 1 < n; i++)
            if (el[i].kind != PE_WORD && el[i].kind != PE_SYN)
                return KG_PV_TARGET_FIRST + 1;
        pt->reversed = 1;
        first = 1;
        n--; /* the trailing '$' stands where the object is sought */
    }
    for (i = first; i < verb; i++) {
        if (el[i].kind == PE_TGT)
            return KG_PV_TARGET_FIRST + 1;
        if (el[i].kind == PE_SRC || el[i].kind == PE_BOTH) {
            if (i > first)
                return KG_PV_CONTEXT + 1; /* "DESPITE $ *" */
            first = i + 1;
        }
    }
    for (i = first; i < verb; i++)
        if (el[i].kind != PE_WORD && el[i].kind != PE_SYN)
            return KG_PV_CONTEXT + 1;
    if (first > 0 && el[first - 1].kind == PE_BOTH) {
        /* "% HAVE *": the auxiliaries of a compound subject's verb are
         * read as cues, not matched */
        pt->mutual = 1;
        while (first < verb && petrarch_closed_word(&el[first]))
            first++;
    }
    if (first < verb && el[first].kind == PE_SYN)
        return KG_PV_SYNSET + 1;
    for (i = verb + 1; i < n; i++)
        if (el[i].kind == PE_SRC)
            return KG_PV_SOURCE_AFTER + 1;
    if (first == verb && verb + 1 == n && !pt->mutual)
        return KG_PV_NOTHING + 1;
    /* before the verb: words with their gaps ("heavily * unjustly *") */
    kg_buf_clear(tmp);
    for (i = first; i < verb; i++) {
        if ((err = petrarch_put_word(tmp, el[i].s, el[i].len)) < 0 ||
            (!el[i + 1].joined && (err = kg_buf_puts(tmp, " *")) < 0))
            return err;
    }
    if ((err = petrarch_pool_add(pool, tmp->len ? tmp->ptr : "", tmp->len,
                                 &pt->upper)) < 0)
        return err;
    /* after it: a gap where words may come between, the target stands or
     * a phrase is skipped; none at the end, where the object is sought */
    kg_buf_clear(tmp);
    gap = 0;
    for (i = verb + 1; i < n; i++) {
        if (el[i].kind == PE_TGT || el[i].kind == PE_BOTH) {
            target = gap = 1;
            continue;
        }
        if (el[i].kind == PE_SKIP) {
            gap = 1;
            pt->skip = 1; /* (cleared by a word after it: "EID AT ^ WITH
                           * +" reads the phrase as the '*' before WITH) */
            continue;
        }
        if ((!el[i].joined || gap) &&
            (err = petrarch_put_word(tmp, "*", 1)) < 0)
            return err;
        if ((err = petrarch_put_word(tmp, el[i].s, el[i].len)) < 0)
            return err;
        gap = 0;
        pt->skip = 0;
        pt->inside |= target;
    }
    if (first == verb && tmp->len == 0) {
        if (!pt->mutual || target)
            return KG_PV_NOTHING + 1; /* "- % * +" */
        pt->mutual = 2; /* "- % * [030]": a code for the verb's entry */
    }
    return petrarch_pool_add(pool, tmp->len ? tmp->ptr : "", tmp->len,
                             &pt->lower);
}

/* "- UPPER * LOWER [CODE]" */
static int petrarch_pattern_line(petrarch_verbs *v, char *s)
{
    petrarch_file *f = &v->f;
    petrarch_block *b = &v->b;
    petrarch_elem el[PETRARCH_MAX_ELEMS];
    petrarch_pattern *pt;
    char code[PETRARCH_CAMEO], *lb, *rb;
    size_t nel = 0;
    int r;

    if (!b->open)
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "pattern outside a verb block (--- NAME ---)");
    v->st->patterns++;
    s++;
    if (!(lb = strchr(s, '[')))
        return petrarch_error(f, f->lineno, KG_EPARSE,
                              "pattern without a [code]");
    if (!(rb = strchr(lb, ']'))) {
        /* "[###]" is "[" once '#' has cut the comment (PETR.Validate) */
        if (*petrarch_trim(lb + 1))
            return petrarch_error(f, f->lineno, KG_EPARSE, "missing ']'");
        code[0] = '\0';
    } else {
        petrarch_cameo(lb + 1, (size_t)(rb - lb - 1), code);
    }
    *lb = '\0';
    if ((r = petrarch_elements(v, s, el, &nel)) != KG_OK) {
        if (r < 0)
            return r;
        v->st->skipped[r == 1 ? KG_PV_SYNSET : KG_PV_LONG]++;
        return KG_OK;
    }
    if (b->npats == b->cappats) {
        size_t ncap = b->cappats ? b->cappats * 2 : 16;
        petrarch_pattern *arr = realloc(b->pats, ncap * sizeof(*arr));
        if (!arr)
            return KG_ENOMEM;
        b->pats = arr;
        b->cappats = ncap;
    }
    pt = &b->pats[b->npats];
    memset(pt, 0, sizeof(*pt));
    pt->line = f->lineno;
    if ((r = petrarch_map(v, el, nel, pt)) != KG_OK) {
        if (r < 0)
            return r;
        v->st->skipped[r - 1]++;
        return KG_OK;
    }
    if (pt->mutual == 2 && !*code) {
        v->st->skipped[KG_PV_NOTHING]++; /* "- % * [---]" */
        return KG_OK;
    }
    if ((r = petrarch_pool_add(&b->pool, code, strlen(code), &pt->code)) < 0)
        return r;
    b->npats++;
    return KG_OK;
}

/* Add one entry unless kg could never match it.  Returns 1 when added, 0
 * when skipped, or a negative status. */
static int petrarch_add_entry(petrarch_verbs *v,
                              const char *pattern,
                              const char *cameo,
                              const char *prep,
                              size_t line)
{
    char first[KG_NLP_MAX_WORD], code[PETRARCH_CAMEO];
    size_t nw = 1, n = strcspn(pattern, " ");
    const char *p, *back = strchr(cameo, ':');
    int err;

    for (p = pattern; *p; p++)
        nw += *p == ' ';
    if (nw > KG_ONTO_MAX_PATTERN) {
        v->st->skipped[KG_PV_LONG]++;
        return 0;
    }
    if (n < sizeof(first)) {
        memcpy(first, pattern, n);
        first[n] = '\0';
        if (kg_nlp__tag(first) != KG_W_NONE) {
            v->st->skipped[KG_PV_CLOSED]++;
            return 0;
        }
    }
    snprintf(code, sizeof(code), "%.*s",
             (int)(back ? (size_t)(back - cameo) : strlen(cameo)), cameo);
    err = kg_onto__add_relation(v->f.onto, pattern, v->type.ptr, v->label.ptr,
                                code, petrarch_quad(code), 0, prep, NULL);
    if (err == KG_OK && back)
        err = kg_onto__relation_back(v->f.onto, back + 1);
    if (err == KG_EINVAL)
        return petrarch_error(&v->f, line, KG_EPARSE,
                              "cannot add the entry '%.60s'", pattern);
    if (err < 0)
        return err;
    v->st->entries++;
    return 1;
}

/* The code of a '%' pattern (its first code: "030:030" is one each
 * way, which the mutual reading gives anyway) for the entry added last. */
static int petrarch_mutual(petrarch_verbs *v, const char *cameo)
{
    char code[PETRARCH_CAMEO];
    snprintf(code, sizeof(code), "%.*s", (int)strcspn(cameo, ":"), cameo);
    return *code ? kg_onto__relation_mutual(v->f.onto, code) : KG_OK;
}

/* The block's type ("lash_out") and label ("lash out") from its name. */
static int petrarch_block_names(petrarch_verbs *v, const char *name)
{
    const char *p;
    int err;
    kg_buf_clear(&v->type);
    kg_buf_clear(&v->label);
    for (p = name; *p; p++) {
        char c = petrarch_lower(*p);
        int word = (c >= 'a' && c <= 'z') || petrarch_is_digit(c);
        if (word) {
            if ((err = kg_buf_putc(&v->type, c)) < 0)
                return err;
        } else if (v->type.len && v->type.ptr[v->type.len - 1] != '_' &&
                   (err = kg_buf_putc(&v->type, '_')) < 0) {
            return err;
        }
        if (c == '_' || petrarch_is_space(c)) {
            if (v->label.len && v->label.ptr[v->label.len - 1] != ' ' &&
                (err = kg_buf_putc(&v->label, ' ')) < 0)
                return err;
        } else if ((err = kg_buf_putc(&v->label, c)) < 0) {
            return err;
        }
    }
    while (v->type.len && v->type.ptr[v->type.len - 1] == '_')
        v->type.ptr[--v->type.len] = '\0';
    while (v->label.len && v->label.ptr[v->label.len - 1] == ' ')
        v->label.ptr[--v->label.len] = '\0';
    if (!v->type.len && (err = kg_buf_puts(&v->type, "event")) < 0)
        return err;
    if (!v->label.len)
        return kg_buf_puts(&v->label, v->type.ptr);
    return KG_OK;
}

/* Every verb of the finished block, alone and in each pattern. */
static int petrarch_flush_block(petrarch_verbs *v)
{
    petrarch_block *b = &v->b;
    const char *pool = b->pool.ptr;
    size_t i, k;
    int err;

    if (!b->open)
        return KG_OK;
    b->open = 0;
    if ((err = petrarch_block_names(v, pool + b->name)) < 0)
        return err;
    for (i = 0; i < b->nverbs; i++) {
        const petrarch_verb *vb = &b->verbs[i];
        const char *phrase = pool + vb->phrase, *forms = pool + vb->forms;
        int made = 0, r;
        if (!pool[vb->code]) {
            v->st->skipped[KG_PV_NULL_VERB]++;
        } else if ((r = petrarch_add_entry(v, phrase, pool + vb->code,
                                           PETRARCH_PREPS, b->line)) < 0) {
            return r;
        } else {
            made |= r;
        }
        /* "- % * [030]" codes the verb's own entry for coordinated
         * subjects without an object; with no entry it is left out */
        for (k = 0; k < b->npats; k++)
            if (b->pats[k].mutual == 2) {
                if (!made)
                    v->st->skipped[KG_PV_NOTHING]++;
                else if ((err = petrarch_mutual(v, pool + b->pats[k].code)) <
                         0)
                    return err;
            }
        for (k = 0; k < b->npats; k++) {
            const petrarch_pattern *pt = &b->pats[k];
            if (pt->mutual == 2)
                continue;
            kg_buf_clear(&v->pat);
            if ((err = kg_buf_puts(&v->pat, pool + pt->upper)) < 0 ||
                (err = petrarch_put_word(&v->pat, phrase, strlen(phrase))) <
                    0 ||
                (pool[pt->lower] &&
                 (err = petrarch_put_word(&v->pat, pool + pt->lower,
                                          strlen(pool + pt->lower))) < 0))
                return err;
            if ((r = petrarch_add_entry(v, v->pat.ptr, pool + pt->code,
                                        pt->inside ? NULL : PETRARCH_PREPS,
                                        pt->line)) < 0 ||
                (r && pt->mutual && *(pool + pt->code) &&
                 (err = petrarch_mutual(v, pool + pt->code)) < 0) ||
                (r && pt->skip &&
                 (err = kg_onto__relation_skip(v->f.onto)) < 0) ||
                (r && pt->reversed &&
                 (err = kg_onto__relation_reversed(v->f.onto)) < 0))
                return r < 0 ? r : err;
            made |= r;
        }
        if (made && *forms) {
            size_t kept = 0, nforms = 1;
            const char *p;
            for (p = forms; *p; p++)
                nforms += *p == ';';
            if ((err = kg_onto__add_forms(v->f.onto, pool + vb->verb, forms,
                                          &kept)) < 0)
                return err;
            v->st->forms += nforms - kept;
            v->st->forms_kept += kept;
        }
    }
    return KG_OK;
}

int kg_petrarch__load_verbs(kg_ctx *ctx,
                            const char *path,
                            kg_petrarch_verbs_stats *stats)
{
    petrarch_verbs v;
    kg_petrarch_verbs_stats local;
    char *s;
    size_t i;
    int err, r;

    memset(&v, 0, sizeof(v));
    v.st = stats ? stats : &local;
    memset(v.st, 0, sizeof(*v.st));
    if ((err = petrarch_open(&v.f, ctx, path)) < 0)
        goto out;
    while ((r = petrarch_next(&v.f, &s)) > 0) {
        if (s[0] == '+' && v.cur_set) {
            if ((err = petrarch_member_line(&v, s)) < 0)
                goto out;
            continue;
        }
        v.cur_set = 0;
        if (strncmp(s, "---", 3) == 0) {
            if ((err = petrarch_flush_block(&v)) < 0 ||
                (err = petrarch_header(&v, s)) < 0)
                goto out;
        } else if (s[0] == '&') {
            if ((err = petrarch_set_line(&v, s)) < 0)
                goto out;
        } else if (s[0] == '-') {
            if ((err = petrarch_pattern_line(&v, s)) < 0)
                goto out;
        } else if (s[0] == '~') {
            v.st->skipped[KG_PV_TRANSFORM]++;
        } else if ((err = petrarch_verb_line(&v, s)) < 0) {
            goto out;
        }
    }
    err = r < 0 ? r : petrarch_flush_block(&v);
out:
    if (err == KG_ENOMEM)
        kg_ctx__error(ctx, err, "%s: out of memory", path);
    petrarch_block_dispose(&v.b);
    for (i = 0; i < v.nsets; i++) {
        free(v.sets[i].name);
        kg_buf_dispose(&v.sets[i].phrases);
    }
    free(v.sets);
    kg_buf_dispose(&v.type);
    kg_buf_dispose(&v.label);
    kg_buf_dispose(&v.pat);
    petrarch_close(&v.f);
    return err;
}

int kg_ctx_load_verbs(kg_ctx *ctx, const char *path)
{
    return kg_petrarch__load_verbs(ctx, path, NULL);
}
