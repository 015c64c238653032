#!/usr/bin/python3
"""`make scale`: N synthetic documents (tools/bench/gen_corpus.py, default one
million) through `kg extract - | kg merge -`, streaming: the text is never on
disk nor whole in memory.  Reports the time and peak memory of each process,
the time to write the exports, and writes the result into docs/performance.md
(between the scale:begin / scale:end markers).

The export is timed twice from the saved GraphML: writing jsonl and neo4j,
and with a filter that keeps no edge (--min-count above any count), which
reads the file and computes the metrics as the first does but writes
nothing; the difference is the time the writing takes, set beside the
disk's own speed (SCALE_DISK_MB of zeros written and fdatasync'ed).

Environment: KG (default bin/kg), KG_PEAKRSS (the launcher that reads each
kg process's own peak memory; `make scale` passes it), SCALE_N (default 1000000),
SCALE_DISK_MB (default 1024; 0 skips the disk), KG_BENCH_NO_WRITE=1 (print
only).
"""

import datetime
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import bench  # noqa: E402

BEGIN, END = "<!-- scale:begin -->", "<!-- scale:end -->"


def timed(argv):
    """Run argv (stdout and stderr dropped); (wall seconds, CPU seconds,
    exit status)."""
    t0 = time.monotonic()
    p = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    return (time.monotonic() - t0, ru.ru_utime + ru.ru_stime,
            os.waitstatus_to_exitcode(status))


def disk_mb_s(folder, mb):
    """MB/s of writing mb MiB of zeros into folder, fdatasync included."""
    path = os.path.join(folder, "disk.tmp")
    block = bytes(1 << 20)
    t0 = time.monotonic()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for _ in range(mb):
            os.write(fd, block)
        os.fdatasync(fd)
    finally:
        os.close(fd)
    secs = time.monotonic() - t0
    os.unlink(path)
    return mb * (1 << 20) / 1e6 / secs


def main():
    kg = os.path.abspath(os.path.join(ROOT, os.environ.get("KG", "bin/kg")))
    n = int(os.environ.get("SCALE_N", "1000000"))
    tmp = tempfile.mkdtemp(prefix="kg-scale.")
    try:
        out = os.path.join(tmp, "graph")
        # each kg process runs under the peakrss launcher (bench.py says
        # why), which writes its own peak into tmp/peak-NAME
        launcher = bench.peakrss_launcher()

        def measured(name, argv):
            return ([launcher, os.path.join(tmp, "peak-" + name)] + argv
                    if launcher else argv)

        t0 = time.monotonic()
        gen = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "gen_corpus.py"),
                                str(n)], stdout=subprocess.PIPE)
        ext = subprocess.Popen(measured("extract", [kg, "extract", "-", "-o", "-"]),
                               stdin=gen.stdout,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        gen.stdout.close()
        mrg = subprocess.Popen(measured("merge", [kg, "merge", "-", "-o", out, "-f",
                                                  "jsonl,neo4j,graphml"]),
                               stdin=ext.stdout, stderr=subprocess.PIPE)
        ext.stdout.close()
        ext_err = ext.stderr.read().decode()
        mrg_err = mrg.stderr.read().decode()
        res = {}
        # (the stderr reads above return only when both have exited, so only
        # the pipeline's wall time is known, not each step's; the CPU time
        # is each step's own)
        for name, p in (("gen", gen), ("extract", ext), ("merge", mrg)):
            _, status, ru = os.wait4(p.pid, 0)
            kb = ru.ru_maxrss
            peak = os.path.join(tmp, "peak-" + name)
            if launcher and os.path.exists(peak):
                with open(peak) as f:
                    kb = int(f.read().strip() or 0)
            res[name] = (ru.ru_utime + ru.ru_stime, kb / 1024,
                         os.waitstatus_to_exitcode(status))
        wall = time.monotonic() - t0
        for name, (_, _, rc) in res.items():
            if rc != 0:
                raise SystemExit("scale: %s failed (exit %d)\n%s%s" %
                                 (name, rc, ext_err, mrg_err))
        m = re.search(r"(\d+) documents, (\d+) sentences.*?(\d+) relations", ext_err)
        e = re.search(r"(\d+) nodes, (\d+) edges", mrg_err)
        sizes = {f: os.path.getsize(os.path.join(out, f)) for f in os.listdir(out)}
        # the exports alone, again from the saved graph, to time the writing;
        # then the same reading and metrics with nothing written
        gml = os.path.join(out, "graph.graphml")
        export_s, export_cpu, rc1 = timed([kg, "export", "-q", gml, "-o",
                                           os.path.join(tmp, "again"), "-f",
                                           "jsonl,neo4j"])
        read_s, read_cpu, rc2 = timed([kg, "export", "-q", gml, "-o",
                                       os.path.join(tmp, "none"), "-f", "jsonl",
                                       "--min-count", "1000000000"])
        if rc1 != 0 or rc2 != 0:
            export_s = read_s = float("nan")
        mb = sum(v for k, v in sizes.items()
                 if k in ("graph.jsonl", "nodes.csv", "relationships.csv",
                          "graph.cypher")) / 1e6
        gml_mb = sizes.get("graph.graphml", 0) / 1e6
        shutil.rmtree(os.path.join(tmp, "again"), ignore_errors=True)
        dmb = int(os.environ.get("SCALE_DISK_MB", "1024"))
        disk = disk_mb_s(tmp, dmb) if dmb > 0 else float("nan")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    lines = [
        "Commit `%s`, %s, %s: %s synthetic documents (`tools/bench/gen_corpus.py`) "
        "through `kg extract - | kg merge -`." % (
            bench.git_commit(), datetime.date.today().isoformat(), bench.cpu_name(),
            "{:,}".format(n)),
        "",
        "| step | what | peak MB |",
        "|---|---|--:|",
        "| kg extract | %s documents, %s sentences, %s relations | %.0f |" % (
            "{:,}".format(int(m.group(1))) if m else "?",
            "{:,}".format(int(m.group(2))) if m else "?",
            "{:,}".format(int(m.group(3))) if m else "?", res["extract"][1]),
        "| kg merge | %s nodes, %s edges written as graphml, jsonl and neo4j; the "
        "whole pipeline (generator, extract, merge) took %.0f s, kg extract %.0f s "
        "of CPU, kg merge %.0f s | %.0f |" % (
            "{:,}".format(int(e.group(1))) if e else "?",
            "{:,}".format(int(e.group(2))) if e else "?", wall, res["extract"][0],
            res["merge"][0], res["merge"][1]),
        "| kg export | jsonl + neo4j again from graph.graphml (%.0f MB): %.1f MB in "
        "%.1f s (%.1f s of CPU); reading the GraphML and the metrics alone (a "
        "filter that keeps no edge) %.1f s (%.1f s of CPU), so the writing took "
        "%.1f s (%.0f MB/s) and %.1f s of CPU (%.0f MB per CPU second); the disk "
        "here: %.0f MB/s (%d MiB, fdatasync) | |" % (
            gml_mb, mb, export_s, export_cpu, read_s, read_cpu, export_s - read_s,
            mb / (export_s - read_s) if export_s > read_s else float("nan"),
            export_cpu - read_cpu,
            mb / (export_cpu - read_cpu) if export_cpu > read_cpu else float("nan"),
            disk, dmb),
    ]
    block = "\n".join(lines)
    print(block)
    if os.environ.get("KG_BENCH_NO_WRITE"):
        return 0
    with open(bench.DOC) as f:
        text = f.read()
    if BEGIN not in text:
        text = text.rstrip("\n") + "\n\n## Scale\n\n%s\n%s\n" % (BEGIN, END)
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    with open(bench.DOC + ".tmp.scale", "w") as f:
        f.write(head + BEGIN + "\n" + block + "\n" + END + tail)
    os.replace(bench.DOC + ".tmp.scale", bench.DOC)
    return 0


if __name__ == "__main__":
    sys.exit(main())
