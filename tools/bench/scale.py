#!/usr/bin/python3
"""`make scale`: N synthetic documents (tools/bench/gen_corpus.py, default one
million) through `kg extract - | kg merge -`, streaming: the text is never on
disk nor whole in memory.  Reports the time and peak memory of each process,
the time to write the exports, and writes the result into docs/performance.md
(between the scale:begin / scale:end markers).

Environment: KG (default bin/kg), SCALE_N (default 1000000),
KG_BENCH_NO_WRITE=1 (print only).
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


def main():
    kg = os.path.abspath(os.path.join(ROOT, os.environ.get("KG", "bin/kg")))
    n = int(os.environ.get("SCALE_N", "1000000"))
    tmp = tempfile.mkdtemp(prefix="kg-scale.")
    try:
        out = os.path.join(tmp, "graph")
        t0 = time.monotonic()
        gen = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "gen_corpus.py"),
                                str(n)], stdout=subprocess.PIPE)
        ext = subprocess.Popen([kg, "extract", "-", "-o", "-"], stdin=gen.stdout,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        gen.stdout.close()
        mrg = subprocess.Popen([kg, "merge", "-", "-o", out, "-f", "jsonl,neo4j,graphml"],
                               stdin=ext.stdout, stderr=subprocess.PIPE)
        ext.stdout.close()
        ext_err = ext.stderr.read().decode()
        mrg_err = mrg.stderr.read().decode()
        res = {}
        # (the stderr reads above return only when both have exited, so only
        # the pipeline's wall time is known, not each step's)
        for name, p in (("gen", gen), ("extract", ext), ("merge", mrg)):
            _, status, ru = os.wait4(p.pid, 0)
            res[name] = (time.monotonic() - t0, ru.ru_maxrss / 1024,
                         os.waitstatus_to_exitcode(status))
        wall = time.monotonic() - t0
        for name, (_, _, rc) in res.items():
            if rc != 0:
                raise SystemExit("scale: %s failed (exit %d)\n%s%s" %
                                 (name, rc, ext_err, mrg_err))
        m = re.search(r"(\d+) documents, (\d+) sentences.*?(\d+) relations", ext_err)
        e = re.search(r"(\d+) nodes, (\d+) edges", mrg_err)
        sizes = {f: os.path.getsize(os.path.join(out, f)) for f in os.listdir(out)}
        # the exports alone, again from the saved graph, to time the writing
        t1 = time.monotonic()
        w = subprocess.run([kg, "export", "-q", os.path.join(out, "graph.graphml"), "-o",
                            os.path.join(tmp, "again"), "-f", "jsonl,neo4j"],
                           stderr=subprocess.PIPE)
        export_s = time.monotonic() - t1
        if w.returncode != 0:
            export_s = float("nan")
        mb = sum(v for k, v in sizes.items()
                 if k in ("graph.jsonl", "nodes.csv", "relationships.csv")) / 1e6
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
        "whole pipeline (generator, extract, merge) took %.0f s | %.0f |" % (
            "{:,}".format(int(e.group(1))) if e else "?",
            "{:,}".format(int(e.group(2))) if e else "?", wall, res["merge"][1]),
        "| kg export | jsonl + neo4j again from graph.graphml: %.1f MB in %.1f s "
        "(reading the GraphML included) | |" % (mb, export_s),
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
