/*
 * signals.c: what the CLI does when it is told to stop.  SIGINT, SIGTERM,
 * SIGHUP and SIGQUIT remove every temporary output file that exists (the
 * library lists them, see util/atomic.h) and then end the process by the
 * same signal, so the shell sees the usual status and the previous
 * outputs stay untouched.  SIGXFSZ (a file-size limit, `ulimit -f`) is
 * ignored, so an oversized write fails with EFBIG and is reported like a
 * full disk instead of killing kg half-way.
 */
#include "cli.h"

#include <signal.h>
#include <string.h>

#include "../util/atomic.h"

/* Only async-signal-safe calls: unlink(2) through the table, raise(3). */
static void cli_on_stop(int sig)
{
    kg_afile__unlink_all();
    raise(sig); /* SA_RESETHAND: the default action, once we return */
}

void cli_signals_install(void)
{
    static const int stops[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    struct sigaction sa, old;
    size_t i;

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = cli_on_stop;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    for (i = 0; i < sizeof(stops) / sizeof(stops[0]); i++) {
        /* a signal ignored by whoever started kg (nohup, cmd &) stays so */
        if (sigaction(stops[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
            continue;
        sigaction(stops[i], &sa, NULL);
    }
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = SIG_IGN;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGXFSZ, &sa, NULL);
}
