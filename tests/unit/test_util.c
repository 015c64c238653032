/* test_util.c: buffers, arenas, interning, UTF-8 and atomic files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kg/common.h"
#include "util/arena.h"
#include "util/atomic.h"
#include "util/buf.h"
#include "util/strpool.h"
#include "util/utf8.h"

static void buf_grows_and_caps(void **state)
{
    kg_buf b = KG_BUF_INIT;
    int i;
    (void)state;
    for (i = 0; i < 1000; i++)
        assert_int_equal(kg_buf_puts(&b, "abc"), KG_OK);
    assert_int_equal(b.len, 3000);
    assert_int_equal(kg_buf_printf(&b, "%d", 42), KG_OK);
    assert_string_equal(b.ptr + 3000, "42");
    kg_buf_dispose(&b);
    b.max = 8;
    assert_int_equal(kg_buf_puts(&b, "1234567"), KG_OK);
    assert_int_equal(kg_buf_puts(&b, "8"), KG_ELIMIT);
    /* the inline putc, with room allocated past max, still stops there */
    assert_true(b.cap > b.max);
    assert_int_equal(kg_buf_putc(&b, '8'), KG_ELIMIT);
    assert_int_equal(b.len, 7);
    kg_buf_dispose(&b);
}

static void arena_allocates_aligned(void **state)
{
    kg_arena a = KG_ARENA_INIT;
    int i;
    (void)state;
    for (i = 0; i < 10000; i++) {
        char *p = kg_arena_alloc(&a, (size_t)(i % 100) + 1);
        assert_non_null(p);
        assert_int_equal((uintptr_t)p % 16, 0);
        memset(p, 'x', (size_t)(i % 100) + 1);
    }
    assert_non_null(kg_arena_alloc(&a, 200000)); /* larger than a block */
    assert_string_equal(kg_arena_strndup(&a, "hello", 4), "hell");
    kg_arena_dispose(&a);
}

/* A new block (the first, a full one, or a large request's own behind
 * the current one): the bump goes on where it was, or from the new
 * block's start, and no two allocations overlap. */
static void arena_new_blocks_keep_the_bump(void **state)
{
    kg_arena a = KG_ARENA_INIT;
    char *first, *small, *big, *next;
    size_t used;
    int i;
    (void)state;
    first = kg_arena_alloc(&a, 10);
    assert_non_null(first);
    small = kg_arena_alloc(&a, 1);
    assert_non_null(small);
    assert_true(small != first);
    memset(first, 'f', 10);
    /* the block's 64 KB nearly used; bounded, as with KG_ARENA_MALLOC
     * (the SAN build) every allocation is its own block and a.used never
     * grows */
    for (i = 0; i < 200 && a.used < 60000; i++)
        assert_non_null(kg_arena_alloc(&a, 1000));
    used = a.used;
    big = kg_arena_alloc(&a, 20000); /* no room, over a quarter block */
    assert_non_null(big);
    memset(big, 'b', 20000);
#if !(defined(KG_ARENA_MALLOC) && KG_ARENA_MALLOC)
    assert_int_equal(a.used, used); /* its own block, the bump kept */
    assert_ptr_equal(small, first + 16);
    next = kg_arena_alloc(&a, 16);
    assert_ptr_equal(next, first + used);
#else
    next = kg_arena_alloc(&a, 16);
    (void)used;
#endif
    memset(next, 'n', 16);
    for (i = 0; i < 5000; i++) /* past the first block */
        assert_non_null(kg_arena_alloc(&a, 16));
    assert_int_equal(big[19999], 'b');
    assert_int_equal(next[0], 'n');
    assert_int_equal(first[9], 'f');
    kg_arena_dispose(&a);
}

static void strpool_interns_by_pointer(void **state)
{
    kg_strpool p = KG_STRPOOL_INIT;
    const char *a, *b, *c;
    char buf[32];
    int i;
    (void)state;
    a = kg_strpool_intern0(&p, "Turkey");
    b = kg_strpool_intern(&p, "Turkey!", 6);
    c = kg_strpool_intern0(&p, "Sweden");
    assert_ptr_equal(a, b);
    assert_ptr_not_equal(a, c);
    for (i = 0; i < 5000; i++) {
        snprintf(buf, sizeof(buf), "s%d", i);
        assert_non_null(kg_strpool_intern0(&p, buf));
    }
    assert_ptr_equal(kg_strpool_lookup(&p, "Turkey", 6), a);
    assert_null(kg_strpool_lookup(&p, "Norway", 6));
    assert_null(kg_strpool_intern0(&p, NULL));
    kg_strpool_dispose(&p);
}

/* A dense pool holds the same strings in a table up to half the size. */
/* kg_hash's tail of 1 to 7 bytes: the values the byte copy it replaced
 * gave (computed with that code), and the same value for the same bytes
 * at any offset, whatever bytes follow them. */
static void hash_tail_as_copied(void **state)
{
    static const char *const words[] = {
        "",      "a",        "ab",        "abc",
        "abcd",  "abcde",    "abcdef",    "abcdefg",
        "abcdefgh", "president", "T\xc3\xbcrkiye", "\xff\x80\x01"};
    static const uint32_t want[] = {
        0x9A99A2D8u, 0x0CFAAD06u, 0xD5C20959u, 0x3DE4C04Cu,
        0x2E8DDBE9u, 0x0A33B60Bu, 0x6F945169u, 0xDE1886D6u,
        0x929DD239u, 0xEB0F041Au, 0x12CA26DAu, 0x829B10D2u};
    char buf[64], other[64];
    size_t i, n;
    (void)state;
    for (i = 0; i < sizeof(want) / sizeof(want[0]); i++)
        assert_int_equal(kg_hash(words[i], strlen(words[i])), want[i]);
    for (i = 0; i < sizeof(buf); i++)
        buf[i] = (char)(i * 37 + 11 + (i % 3 ? 0x80 : 0));
    for (i = 0; i < 16; i++)
        for (n = 0; n <= 40; n++) {
            memset(other, (int)(n * 5 + 1), sizeof(other));
            memcpy(other + 3, buf + i, n);
            assert_int_equal(kg_hash(buf + i, n), kg_hash(other + 3, n));
        }
}

static void strpool_dense_holds_three_quarters(void **state)
{
    kg_strpool p = KG_STRPOOL_INIT, q = KG_STRPOOL_INIT;
    char buf[32];
    int i;
    (void)state;
    p.dense = 1;
    for (i = 0; i < 3000; i++) {
        snprintf(buf, sizeof(buf), "s%d", i);
        assert_non_null(kg_strpool_intern0(&p, buf));
        assert_non_null(kg_strpool_intern0(&q, buf));
    }
    for (i = 0; i < 3000; i++) {
        snprintf(buf, sizeof(buf), "s%d", i);
        assert_string_equal(kg_strpool_lookup(&p, buf, strlen(buf)), buf);
        assert_ptr_equal(kg_strpool_intern0(&p, buf),
                         kg_strpool_lookup(&p, buf, strlen(buf)));
    }
    assert_null(kg_strpool_lookup(&p, "s3000", 5));
    assert_int_equal(p.count, 3000);
    assert_int_equal(p.cap, 4096); /* 3000 / 4096 = 0.73 */
    assert_int_equal(q.cap, 8192); /* the default: at most half */
    kg_strpool_dispose(&p);
    kg_strpool_dispose(&q);
}

/* ASCII is read eight bytes at a time: every byte from 0 to 127 at every
 * place of a 24-byte line of "Turkey votes..." keeps tab, newline, CR and
 * the printable bytes and drops the other control bytes, as a byte at a
 * time did. */
static void utf8_clean_ascii_runs(void **state)
{
    const char *line = "Turkey votes on Sunday.."; /* 24 bytes */
    char in[25], want[25];
    kg_buf out = KG_BUF_INIT;
    int c;
    size_t at, k, n;
    (void)state;
    for (c = 0; c < 128; c++)
        for (at = 0; at < 24; at++) {
            memcpy(in, line, 24);
            in[at] = (char)c;
            for (k = n = 0; k < 24; k++)
                if ((unsigned char)in[k] >= 0x20 ? in[k] != 0x7f
                                                 : in[k] == '\t' ||
                                                       in[k] == '\n' ||
                                                       in[k] == '\r')
                    want[n++] = in[k];
            want[n] = '\0';
            kg_buf_clear(&out);
            assert_int_equal(kg_utf8_clean(in, 24, 0, &out, NULL), KG_OK);
            assert_int_equal(out.len, n);
            assert_memory_equal(out.ptr, want, n);
        }
    kg_buf_dispose(&out);
}

static void utf8_clean_replaces_and_counts(void **state)
{
    kg_buf b = KG_BUF_INIT;
    size_t bad = 0;
    (void)state;
    assert_int_equal(kg_utf8_clean("bad\xC3(", 5, 0, &b, &bad), KG_OK);
    assert_int_equal(bad, 1);
    assert_string_equal(b.ptr, "bad\xEF\xBF\xBD(");
    kg_buf_dispose(&b);
    assert_int_equal(kg_utf8_clean("bad\xC3(", 5, 1, &b, &bad), KG_EUTF8);
    kg_buf_dispose(&b);
    /* control characters dropped, NFC applied (e + combining acute) */
    assert_int_equal(kg_utf8_clean("a\x01" "e\xCC\x81\n", 6, 0, &b, NULL),
                     KG_OK);
    assert_string_equal(b.ptr, "a\xC3\xA9\n");
    kg_buf_dispose(&b);
}

static void utf8_fold_matches_spellings(void **state)
{
    static const char *const pairs[][2] = {
        {"Erdo\xC4\x9F" "an", "erdogan"},
        {"K\xC4\xB1l\xC4\xB1\xC3\xA7" "daro\xC4\x9Flu", "kilicdaroglu"},
        {"T\xC3\xBCrkiye", "turkiye"},
        {"BARACK\xC2\xA0OBAMA", "barack obama"},
        {"Turkey\xE2\x80\x99s", "turkey's"}};
    size_t i;
    (void)state;
    for (i = 0; i < sizeof(pairs) / sizeof(pairs[0]); i++) {
        kg_buf b = KG_BUF_INIT;
        assert_int_equal(kg_utf8_fold(pairs[i][0], strlen(pairs[i][0]), &b),
                         KG_OK);
        assert_string_equal(b.ptr, pairs[i][1]);
        kg_buf_dispose(&b);
    }
}

static void utf8_truncate_backs_up(void **state)
{
    const char *s = "ab\xC4\x9F";
    (void)state;
    assert_int_equal(kg_utf8_truncate(s, 4), 4);
    assert_int_equal(kg_utf8_truncate(s, 3), 2);
    assert_int_equal(kg_utf8_truncate(s, 2), 2);
}

static void atomic_commit_and_abort(void **state)
{
    char dir[] = "/tmp/kg-test-XXXXXX", path[256];
    kg_afile af;
    struct stat st;
    FILE *fp;
    char got[16] = {0};
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(path, sizeof(path), "%s/out.txt", dir);
    fp = fopen(path, "w");
    fputs("old", fp);
    fclose(fp);
    /* an aborted write leaves the previous file untouched */
    assert_int_equal(kg_afile_open(&af, path), KG_OK);
    fputs("half", af.fp);
    kg_afile_abort(&af);
    fp = fopen(path, "r");
    assert_non_null(fgets(got, sizeof(got), fp));
    fclose(fp);
    assert_string_equal(got, "old");
    assert_int_equal(kg_afile_open(&af, path), KG_OK);
    fputs("new", af.fp);
    assert_int_equal(kg_afile_commit(&af), KG_OK);
    fp = fopen(path, "r");
    assert_non_null(fgets(got, sizeof(got), fp));
    fclose(fp);
    assert_string_equal(got, "new");
    /* a missing folder fails cleanly */
    snprintf(path, sizeof(path), "%s/missing/out.txt", dir);
    assert_int_equal(kg_afile_open(&af, path), KG_EIO);
    snprintf(path, sizeof(path), "%s/out.txt", dir);
    unlink(path);
    assert_int_equal(rmdir(dir), 0); /* no temporaries left behind */
    (void)st;
}

static void read_all(const char *path, char *got, size_t n)
{
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    memset(got, 0, n);
    assert_non_null(fgets(got, (int)n, fp));
    fclose(fp);
}

/* Deferred commits replace several files together or not at all, and a
 * signal handler can remove every live temporary. */
static void atomic_deferred_and_signal(void **state)
{
    char dir[] = "/tmp/kg-test-XXXXXX", a[256], b[256], got[16];
    kg_afile fa, fb;
    FILE *fp;
    (void)state;
    assert_non_null(mkdtemp(dir));
    snprintf(a, sizeof(a), "%s/a.txt", dir);
    snprintf(b, sizeof(b), "%s/b.txt", dir);
    fp = fopen(a, "w");
    fputs("old", fp);
    fclose(fp);
    /* a failed run: a committed, b never finished; a stays old */
    kg_afile__defer();
    assert_int_equal(kg_afile_open(&fa, a), KG_OK);
    fputs("new", fa.fp);
    assert_int_equal(kg_afile_commit(&fa), KG_OK);
    read_all(a, got, sizeof(got));
    assert_string_equal(got, "old");
    assert_int_equal(kg_afile_open(&fb, b), KG_OK);
    kg_afile_abort(&fb);
    assert_int_equal(kg_afile__finish(0), KG_OK);
    read_all(a, got, sizeof(got));
    assert_string_equal(got, "old");
    assert_int_equal(access(b, F_OK), -1);
    /* a good run: both appear at finish */
    kg_afile__defer();
    assert_int_equal(kg_afile_open(&fa, a), KG_OK);
    fputs("new", fa.fp);
    assert_int_equal(kg_afile_commit(&fa), KG_OK);
    assert_int_equal(kg_afile_open(&fb, b), KG_OK);
    fputs("bee", fb.fp);
    assert_int_equal(kg_afile_commit(&fb), KG_OK);
    assert_int_equal(kg_afile__finish(1), KG_OK);
    read_all(a, got, sizeof(got));
    assert_string_equal(got, "new");
    read_all(b, got, sizeof(got));
    assert_string_equal(got, "bee");
    /* what the SIGINT handler does: the temporary goes, a is untouched */
    assert_int_equal(kg_afile_open(&fa, a), KG_OK);
    fputs("half", fa.fp);
    fflush(fa.fp);
    assert_int_equal(access(fa.tmp, F_OK), 0);
    kg_afile__unlink_all();
    assert_int_equal(access(fa.tmp, F_OK), -1);
    kg_afile_abort(&fa);
    read_all(a, got, sizeof(got));
    assert_string_equal(got, "new");
    unlink(a);
    unlink(b);
    assert_int_equal(rmdir(dir), 0); /* no temporaries left behind */
}

static void strerror_names_every_code(void **state)
{
    int c;
    (void)state;
    for (c = KG_ELIMIT; c <= KG_OK; c++)
        assert_string_not_equal(kg_strerror(c), "unknown status");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(buf_grows_and_caps),
        cmocka_unit_test(arena_allocates_aligned),
        cmocka_unit_test(arena_new_blocks_keep_the_bump),
        cmocka_unit_test(strpool_interns_by_pointer),
        cmocka_unit_test(strpool_dense_holds_three_quarters),
        cmocka_unit_test(hash_tail_as_copied),
        cmocka_unit_test(utf8_clean_replaces_and_counts),
        cmocka_unit_test(utf8_clean_ascii_runs),
        cmocka_unit_test(utf8_fold_matches_spellings),
        cmocka_unit_test(utf8_truncate_backs_up),
        cmocka_unit_test(atomic_commit_and_abort),
        cmocka_unit_test(atomic_deferred_and_signal),
        cmocka_unit_test(strerror_names_every_code),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
