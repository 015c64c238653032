/*
 * driver.c: replay a corpus through LLVMFuzzerTestOneInput without
 * libFuzzer (after libgit2's fuzzers/standalone_driver.c), so `make check`
 * runs every committed input with the ordinary compiler and sanitizers.
 *
 * usage: replay_TARGET FILE|DIR...  (a folder: every file in it)
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int driver_run(const char *path, size_t *count)
{
    FILE *fp = fopen(path, "rb");
    struct stat st;
    uint8_t *buf;
    size_t n;

    if (!fp || fstat(fileno(fp), &st) != 0) {
        perror(path);
        if (fp)
            fclose(fp);
        return -1;
    }
    /* exactly the input's size, so ASan sees any read past its end */
    buf = malloc(st.st_size ? (size_t)st.st_size : 1);
    if (!buf) {
        fclose(fp);
        return -1;
    }
    n = fread(buf, 1, (size_t)st.st_size, fp);
    fclose(fp);
    if (n != (size_t)st.st_size) {
        fprintf(stderr, "%s: short read\n", path);
        free(buf);
        return -1;
    }
    if (getenv("FUZZ_VERBOSE"))
        fprintf(stderr, "replay: %s\n", path);
    LLVMFuzzerTestOneInput(buf, n);
    free(buf);
    (*count)++;
    return 0;
}

static int driver_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int driver_dir(const char *dir, size_t *count)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    char **names = NULL, path[8192];
    size_t n = 0, cap = 0, i;
    int rc = 0;

    if (!d) {
        perror(dir);
        return -1;
    }
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 64;
            names = realloc(names, cap * sizeof(*names));
            if (!names)
                abort();
        }
        if (!(names[n++] = strdup(e->d_name)))
            abort();
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof(*names), driver_cmp);
    for (i = 0; i < n; i++) {
        snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
        if (rc == 0 && driver_run(path, count) < 0)
            rc = -1;
        free(names[i]);
    }
    free(names);
    return rc;
}

int main(int argc, char **argv)
{
    size_t count = 0;
    int i, rc = 0;

    for (i = 1; i < argc; i++) {
        struct stat st;
        if (stat(argv[i], &st) != 0) {
            perror(argv[i]);
            return 1;
        }
        if ((S_ISDIR(st.st_mode) ? driver_dir(argv[i], &count)
                                 : driver_run(argv[i], &count)) < 0)
            rc = 1;
    }
    fprintf(stderr, "%s: %zu inputs replayed\n", argv[0], count);
    return rc;
}
