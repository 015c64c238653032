/*
 * peakrss: run a command and write its own peak resident set (KB) to a file.
 *
 *     peakrss OUTFILE COMMAND [ARG...]
 *
 * Why not wait4() from the benchmark script itself: Linux carries a parent's
 * RSS into the ru_maxrss of a child it spawns.  A vfork'ed child (Python's
 * subprocess, posix_spawn) starts on the parent's address space, so at exec
 * the kernel records the parent's high-water mark as the child's; a fork'ed
 * child records the parent's resident set at the fork.  The bench script
 * reads GraphML files and peer output, so its high-water mark can exceed the
 * whole of kg's, and every figure it read was the script's, not kg's.
 * This process is small, forks (never vforks) and execs, so the child's
 * ru_maxrss is the child's own peak, bar the ~1 MB this process has resident.
 *
 * Exit status: the command's, 128 + N if signal N ended it, 127 if it could
 * not be started; 2 on a usage or output error.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: peakrss OUTFILE COMMAND [ARG...]\n");
        return 2;
    }
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "peakrss: fork: %s\n", strerror(errno));
        return 2;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        fprintf(stderr, "peakrss: %s: %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int status;
    struct rusage ru;
    pid_t got;
    while ((got = wait4(pid, &status, 0, &ru)) < 0 && errno == EINTR)
        ;
    if (got < 0) {
        fprintf(stderr, "peakrss: wait4: %s\n", strerror(errno));
        return 2;
    }
    FILE *f = fopen(argv[1], "w");
    if (!f || fprintf(f, "%ld\n", ru.ru_maxrss) < 0 || fclose(f) != 0) {
        fprintf(stderr, "peakrss: %s: %s\n", argv[1], strerror(errno));
        return 2;
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}
