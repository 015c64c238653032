#!/usr/bin/python3
"""`make bench`: time `kg build` on the news corpora against the JavaScript
peers wink-nlp and compromise in the same run, print a table and write it into
docs/performance.md (between the bench:begin / bench:end markers, keeping the
hand-written text around them).

Each measurement is a whole process (start-up, ontology or model load, reading,
extraction, graph, export), run several times; the table gives the median wall
time and the largest peak RSS of the tool's own process, read by
tools/bench/peakrss.c (a small launcher: wait4 from this script would carry
this script's own high-water mark into the figure; the C file says how).
Sentences are each tool's own count (kg's from its `kg: build: ...` summary).
The peers are installed with npm into bench/ (git-ignored) when missing; kg
itself downloads nothing.  Without node or npm the peers are skipped.

Environment:
  KG               kg binary (default bin/kg)
  KG_PEAKRSS       the peakrss launcher (`make bench` builds and passes it);
                   without it, wait4 from here, with a warning: the figures
                   are then at least this script's own resident set
  KG_BENCH_DATA    the corpora folder (default $KG_SHARED/data, else ../shared/data)
  KG_BENCH_CORPORA comma-separated file names (default bbc_news.jsonl,reuters21578.jsonl)
  KG_BENCH_RUNS    runs of kg per configuration (default 5)
  KG_BENCH_PEER_RUNS  runs of wink-nlp (default 3); compromise runs once, on
                   the first corpus only (it takes ~50 s on BBC)
  KG_BENCH_NO_PEERS=1  kg only
  KG_BENCH_NO_WRITE=1  print only, leave docs/performance.md alone
"""

import datetime
import hashlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
BENCH_DIR = os.path.join(ROOT, "bench")
DOC = os.path.join(ROOT, "docs", "performance.md")
BEGIN, END = "<!-- bench:begin -->", "<!-- bench:end -->"
PEER_PKGS = ["wink-nlp", "wink-eng-lite-web-model", "compromise"]


def data_dir():
    if os.environ.get("KG_BENCH_DATA"):
        return os.environ["KG_BENCH_DATA"]
    if os.environ.get("KG_SHARED"):
        return os.path.join(os.environ["KG_SHARED"], "data")
    return os.path.join(ROOT, "..", "shared", "data")


def peakrss_launcher():
    """The peakrss launcher, or None (then a warning, once)."""
    path = os.environ.get("KG_PEAKRSS")
    if path:
        path = os.path.abspath(os.path.join(ROOT, path))
        if os.access(path, os.X_OK):
            return path
    if not peakrss_launcher.warned:
        print("bench: no peakrss launcher (KG_PEAKRSS; `make bench` builds it): "
              "peak memory is read with wait4 here and includes this script's "
              "own resident set", file=sys.stderr)
        peakrss_launcher.warned = True
    return None


peakrss_launcher.warned = False


def run_measured(argv, env=None):
    """Run argv to completion; (seconds, peak RSS in KB, exit, stdout, stderr,
    CPU seconds).  The launcher adds a fork and an exec (well under a
    millisecond) to the wall time; CPU seconds are the command's and the
    launcher's (wait4 counts waited-for descendants)."""
    launcher = peakrss_launcher()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(prefix="kg-peak.") as peak:
        if launcher:
            argv = [launcher, peak.name] + list(argv)
        t0 = time.monotonic()
        p = subprocess.Popen(argv, cwd=ROOT, stdout=out, stderr=err, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        secs = time.monotonic() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        kb = ru.ru_maxrss
        if launcher:
            peak.seek(0)
            text = peak.read().strip()
            kb = int(text) if text else 0
        out.seek(0)
        err.seek(0)
        return (secs, kb, p.returncode,
                out.read().decode("utf-8", "replace"),
                err.read().decode("utf-8", "replace"),
                ru.ru_utime + ru.ru_stime)


def file_digest(path):
    """sha256 of a file, read in 1 MB pieces so that this script stays small
    (its resident set must not grow with the output it checks)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def cpu_busy_seconds():
    """Seconds of CPU time all processes have used since boot (/proc/stat)."""
    try:
        with open("/proc/stat") as f:
            v = [int(x) for x in f.readline().split()[1:]]
        return (sum(v) - v[3] - v[4]) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


def git_commit():
    try:
        c = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                           check=True).stdout.decode().strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"],
                               cwd=ROOT, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL).stdout.strip()
        return c + ("+dirty" if dirty else "")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def cpu_name():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown CPU"


def ensure_peers():
    """Install the peers into bench/ when missing; True when they are usable."""
    if not shutil.which("node"):
        print("bench: node not found; peers skipped", file=sys.stderr)
        return False
    mods = os.path.join(BENCH_DIR, "node_modules")
    if all(os.path.isdir(os.path.join(mods, p)) for p in PEER_PKGS):
        return True
    if not shutil.which("npm"):
        print("bench: npm not found; peers skipped", file=sys.stderr)
        return False
    os.makedirs(BENCH_DIR, exist_ok=True)
    pkg = os.path.join(BENCH_DIR, "package.json")
    if not os.path.exists(pkg):
        with open(pkg, "w") as f:
            f.write('{"name": "kg-bench", "private": true}\n')
    print("bench: npm install %s into bench/" % " ".join(PEER_PKGS), file=sys.stderr)
    p = subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix",
                        BENCH_DIR] + PEER_PKGS, cwd=ROOT)
    if p.returncode != 0:
        print("bench: npm install failed; peers skipped", file=sys.stderr)
        return False
    return True


def kg_threads_option(kg):
    p = subprocess.run([kg, "build", "--help"], stdout=subprocess.PIPE,
                       stderr=subprocess.DEVNULL)
    return re.search(rb"^\s*-j\b", p.stdout, re.M) is not None


def bench_kg_run(kg, corpus, jobs, tmp, i):
    """One timed run: seconds, peak KB, CPU seconds, other processes' cores,
    (documents, sentences) or None, the output's digest."""
    out = os.path.join(tmp, "o%d" % i)
    argv = [kg, "build", corpus, "-o", out, "-f", "graphml"]
    if jobs is not None:
        argv += ["-j", str(jobs)]
    busy0 = cpu_busy_seconds()
    secs, kb, rc, _, err, cpus = run_measured(argv)
    busy = max(0.0, (cpu_busy_seconds() - busy0 - cpus) / secs)
    if rc != 0:
        raise SystemExit("bench: %s failed (exit %d):\n%s" %
                         (" ".join(argv), rc, err))
    m = re.search(r"(\d+) documents, (\d+) sentences", err)
    counts = (int(m.group(1)), int(m.group(2))) if m else None
    digest = file_digest(os.path.join(out, "graph.graphml"))
    shutil.rmtree(out)
    return secs, kb, cpus, busy, counts, digest


def bench_kg(kg, corpus, runs, configs):
    """{label: (median seconds, max peak KB, sentences, documents, digest
    set, median CPU seconds, median other cores)} for each (label, jobs) of
    configs.  The configurations take turns run by run (-j 1, -j 2, -j 1,
    ...): a host that slows down or speeds up between runs then touches
    each of them alike, and the ratio between them holds."""
    acc = {label: ([], [], [], [], set(), [None]) for label, _ in configs}
    tmp = tempfile.mkdtemp(prefix="kg-bench.")
    try:
        for i in range(runs):
            for label, jobs in configs:
                secs, kb, cpus, busy, counts, digest = \
                    bench_kg_run(kg, corpus, jobs, tmp, i)
                times, rss, cpu, others, digests, cnt = acc[label]
                times.append(secs)
                rss.append(kb)
                cpu.append(cpus)
                others.append(busy)
                digests.add(digest)
                if counts:
                    cnt[0] = counts
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    res = {}
    for label, (times, rss, cpu, others, digests, cnt) in acc.items():
        docs, sents = cnt[0] if cnt[0] else (None, None)
        res[label] = (statistics.median(times), max(rss), sents, docs, digests,
                      statistics.median(cpu), statistics.median(others))
    return res


def bench_kg_default_formats(kg, corpus):
    """One run of `kg build -j 1` with the default formats (DOT through
    cgraph, GraphML, JSON-LD): (seconds, peak KB, CPU seconds).  The timed
    runs write GraphML alone; this row shows what the other two cost, DOT's
    in-memory cgraph graph above all."""
    tmp = tempfile.mkdtemp(prefix="kg-bench.")
    try:
        argv = [kg, "build", corpus, "-o", os.path.join(tmp, "o")]
        if kg_threads_option(kg):
            argv += ["-j", "1"]
        secs, kb, rc, _, err, cpus = run_measured(argv)
        if rc != 0:
            raise SystemExit("bench: %s failed (exit %d):\n%s" %
                             (" ".join(argv), rc, err))
        return secs, kb, cpus
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def bench_peer(script, corpus, runs):
    env = dict(os.environ, NODE_PATH=os.path.join(BENCH_DIR, "node_modules"))
    times, inner, rss = [], [], []
    info = {}
    for _ in range(runs):
        secs, kb, rc, out, err, _ = run_measured(
            ["node", os.path.join(HERE, script), corpus], env=env)
        if rc != 0:
            print("bench: %s failed (exit %d): %s" % (script, rc, err.strip()[:500]),
                  file=sys.stderr)
            return None
        info = json.loads(out.strip().splitlines()[-1])
        times.append(secs)
        inner.append(info["seconds"])
        rss.append(kb)
    return statistics.median(times), max(rss), info["sentences"], \
        info["documents"], statistics.median(inner)


def fmt_rate(n, secs):
    return "{:,.0f}".format(n / secs) if secs > 0 and n else "–"


def main():
    kg = os.path.abspath(os.path.join(ROOT, os.environ.get("KG", "bin/kg")))
    data = data_dir()
    runs = int(os.environ.get("KG_BENCH_RUNS", "5"))
    peer_runs = int(os.environ.get("KG_BENCH_PEER_RUNS", "3"))
    names = os.environ.get("KG_BENCH_CORPORA",
                           "bbc_news.jsonl,reuters21578.jsonl").split(",")
    corpora = [(n, os.path.join(data, n)) for n in names
               if os.path.exists(os.path.join(data, n))]
    for n in names:
        if not os.path.exists(os.path.join(data, n)):
            print("bench: %s not in %s; skipped" % (n, data), file=sys.stderr)
    if not corpora:
        print("bench: no corpus found; nothing to do", file=sys.stderr)
        return 0
    peers = not os.environ.get("KG_BENCH_NO_PEERS") and ensure_peers()
    threads = kg_threads_option(kg)
    ncpu = os.cpu_count() or 1
    configs = [("kg build -j 1", 1), ("kg build -j %d" % ncpu, ncpu)] \
        if threads and ncpu > 1 else [("kg build", None)]

    rows = []       # (corpus, tool, MB, docs, sentences, secs, rate, MB/s, peak MB, note)
    facts = {}      # (corpus, key) -> value, for the acceptance lines
    for ci, (name, path) in enumerate(corpora):
        mb = os.path.getsize(path) / 1e6
        print("bench: %s on %s (%d runs each, in turn)" %
              (", ".join(label for label, _ in configs), name, runs),
              file=sys.stderr)
        results = bench_kg(kg, path, runs, configs)
        for label, jobs in configs:
            secs, kb, sents, docs, digests, cpus, busy = results[label]
            rows.append((name, label, mb, docs, sents, secs, fmt_rate(sents, secs),
                         "%.1f" % (mb / secs), "%.0f" % (kb / 1024),
                         "%.2f s CPU; other processes used %.1f cores" % (cpus, busy)))
            facts[(name, label, "busy")] = busy
            facts[(name, label)] = (sents / secs if sents else 0, kb / 1024)
            facts[(name, label, "digests")] = digests
        secs, kb, cpus = bench_kg_default_formats(kg, path)
        label = "kg build -j 1, default formats"
        rows.append((name, label, mb, None, None, secs, "–", "%.1f" % (mb / secs),
                     "%.0f" % (kb / 1024),
                     "one run; dot, graphml, jsonld; %.2f s CPU" % cpus))
        facts[(name, "default formats")] = kb / 1024
        if not peers:
            continue
        for script, label, n in (("wink.js", "wink-nlp", peer_runs),
                                 ("compromise.js", "compromise", 1 if ci == 0 else 0)):
            if n == 0:
                continue
            print("bench: %s on %s (%d runs)" % (label, name, n), file=sys.stderr)
            r = bench_peer(script, path, n)
            if r is None:
                continue
            secs, kb, sents, docs, inner = r
            rows.append((name, label, mb, docs, sents, secs, fmt_rate(sents, secs),
                         "%.1f" % (mb / secs), "%.0f" % (kb / 1024),
                         "%s/s after load" % fmt_rate(sents, inner)))
            facts[(name, label)] = (sents / secs, kb / 1024)

    lines = ["| corpus | tool | MB | docs | sentences | s (median) | sentences/s "
             "| MB/s | peak MB | note |",
             "|---|---|--:|--:|--:|--:|--:|--:|--:|---|"]
    for r in rows:
        lines.append("| %s | %s | %.1f | %s | %s | %.2f | %s | %s | %s | %s |" % (
            r[0], r[1], r[2], "{:,}".format(r[3]) if r[3] else "–",
            "{:,}".format(r[4]) if r[4] else "–", r[5], r[6], r[7], r[8], r[9]))

    acc = []
    one = configs[0][0]
    bbc = corpora[0][0]
    if (bbc, one) in facts:
        kg1, kgmb = facts[(bbc, one)]
        if (bbc, "wink-nlp") in facts:
            w = facts[(bbc, "wink-nlp")][0]
            acc.append("- One core, %s: kg %s sentences/s, wink-nlp %s: **%.2f×** "
                       "(bar: ≥ 1) %s" % (bbc, "{:,.0f}".format(kg1), "{:,.0f}".format(w),
                                          kg1 / w, "✓" if kg1 >= w else "✗"))
        if len(configs) > 1 and (bbc, configs[1][0]) in facts:
            kgn = facts[(bbc, configs[1][0])][0]
            busy = facts.get((bbc, configs[1][0], "busy"), 0.0)
            acc.append("- %d cores vs one, %s: **%.2f×** (bar: ≥ 1.8) %s%s" % (
                ncpu, bbc, kgn / kg1, "✓" if kgn / kg1 >= 1.8 else "✗",
                "; not a fair measure: other processes kept %.1f of the %d cores "
                "busy during these runs" % (busy, ncpu) if busy > 0.3 else ""))
        elif not threads:
            acc.append("- Threads: `kg build` has no `-j` yet; not measured")
        acc.append("- Peak memory, %s: %.0f MB (bar: < 300) %s" % (
            bbc, kgmb, "✓" if kgmb < 300 else "✗"))
        for name, _ in corpora[1:]:
            if (name, one) in facts:
                m = facts[(name, one)][1]
                line = "- Peak memory, %s: %.0f MB = %.2f× %s (bar: ≤ 1.5×) %s" % (
                    name, m, m / kgmb, bbc, "✓" if m <= 1.5 * kgmb else "✗")
                # The bar is read at one core; with every core each worker
                # holds a document and its buffers, so say that figure too.
                if len(configs) > 1 and (name, configs[1][0]) in facts \
                        and (bbc, configs[1][0]) in facts:
                    mn = facts[(name, configs[1][0])][1]
                    bn = facts[(bbc, configs[1][0])][1]
                    line += " (with %d cores: %.0f MB vs %.0f MB, %.2f×)" % (
                        ncpu, mn, bn, mn / bn)
                acc.append(line)
                if (name, "default formats") in facts and \
                        (bbc, "default formats") in facts:
                    md = facts[(name, "default formats")]
                    bd = facts[(bbc, "default formats")]
                    acc.append("- Peak memory with the default formats (one run, "
                               "one core): %s %.0f MB, %s %.0f MB = %.2f× %s" % (
                                   bbc, bd, name, md, md / bd,
                                   "✓" if md <= 1.5 * bd else "✗"))
    for name, _ in corpora:
        ds = [facts[k] for k in facts if len(k) == 3 and k[0] == name and
              k[2] == "digests"]
        same = all(len(d) == 1 for d in ds) and len(set().union(*ds)) == 1
        acc.append("- %s: every run%s wrote the same graph.graphml, byte for byte: %s"
                   % (name, " (every -j)" if len(configs) > 1 else "",
                      "yes ✓" if same else "**no** ✗"))

    stamp = "Commit `%s`, %s, %s, %d cores; kg %d runs, wink-nlp %d, compromise 1 " \
            "(first corpus only)." % (git_commit(), datetime.date.today().isoformat(),
                                      cpu_name(), ncpu, runs, peer_runs)
    block = "\n".join([stamp, ""] + lines + ["", "Acceptance (issue 8):", ""] + acc)
    print(block)
    if os.environ.get("KG_BENCH_NO_WRITE"):
        return 0
    try:
        with open(DOC) as f:
            text = f.read()
    except FileNotFoundError:
        text = "# kg: performance\n\n%s\n%s\n" % (BEGIN, END)
    if BEGIN not in text or END not in text:
        text = text.rstrip("\n") + "\n\n%s\n%s\n" % (BEGIN, END)
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(DOC + ".tmp.bench", "w") as f:
        f.write(head + BEGIN + "\n" + block + "\n" + END + tail)
    os.replace(DOC + ".tmp.bench", DOC)
    print("bench: wrote docs/performance.md", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
