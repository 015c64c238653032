#!/usr/bin/python3
"""`make eval`: run kg on the gold sets, print one table of scores and write it
into docs/quality.md (between the eval:begin / eval:end markers, keeping the
hand-written text around them).

Environment:
  KG              kg binary (default bin/kg)
  KG_EVAL_DATA    the shared data folder (default $KG_SHARED/data, else ../shared/data)
  KG_EVAL_PETRARCH_ARGS  extra `kg extract` arguments for the fictional unit suite;
                  unset: --actors/--agents/--verbs with raw/petrarch/PETR.Validate.* from
                  the data
  KG_EVAL_REALNEWS_ARGS  extra `kg extract`/`kg entities` arguments for the real-news
                  PETRARCH suites only (e.g. --verbs CAMEO.2.0.txt with the Phoenix
                  --actors/--agents); unset: none.  Never passed to the held-out PLOVER set.
  KG_EVAL_NO_WRITE=1  print only, leave docs/quality.md alone
  KG_EVAL_BY_ROOT=1   also print, for the code-book sets, gold/found/extra per
                  CAMEO root (counts only: for the blind set this is still just
                  its score, never its sentences)
"""

import datetime
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile
import time
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kgeval as K  # noqa: E402

ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
REAL_SUITES = [("up_petr2_gsr", ["up_petr2_gsr"]),
               ("up_english_sample", ["up_english_sample"]),
               ("petr1_pytest + petr2_pytest", ["petr1_pytest", "petr2_pytest"])]
UNIT_SUITE = "petr_unittest"   # not petr2_single_test: the same texts
BEGIN, END = "<!-- eval:begin -->", "<!-- eval:end -->"


def data_dir():
    if os.environ.get("KG_EVAL_DATA"):
        return os.environ["KG_EVAL_DATA"]
    if os.environ.get("KG_SHARED"):
        return os.path.join(os.environ["KG_SHARED"], "data")
    return os.path.join(ROOT, "..", "shared", "data")


class KgFailed(Exception):
    pass


def run_kg(kg, cmd, inputs, extra=()):
    """Run `kg CMD -q [extra] INPUT...` from the repository root; parsed JSONL."""
    p = subprocess.run([kg, cmd, "-q"] + list(extra) + list(inputs), cwd=ROOT,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        err = p.stderr.decode("utf-8", "replace").strip()
        raise KgFailed("`kg %s %s` failed (exit %d)%s" % (
            cmd, " ".join(os.path.basename(i) for i in inputs), p.returncode,
            ": " + err.splitlines()[-1] if err else ""))
    return K.parse_jsonl_text(p.stdout.decode("utf-8"))


def write_corpus(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for doc_id, text, date in items:
            obj = {"id": doc_id, "text": text}
            if date and len(str(date)) == 8 and str(date).isdigit():
                obj["date"] = str(date)
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


def mentions_by_doc(records):
    out = defaultdict(list)
    for r in records:
        out[r.get("doc")].append(r.get("mention") or {})
    return out


def row(name, match, gold, found, extra=None, note=""):
    return {"set": name, "match": match, "gold": gold, "found": found,
            "recall": K.pct(found, gold) if gold else "n/a",
            "extra": "" if extra is None else str(extra),
            "xg": "" if extra is None else K.pct(extra, gold),
            "note": note}


def skipped(name, why):
    return {"set": name, "match": "", "gold": "", "found": "", "recall": why,
            "extra": "", "xg": "", "note": ""}


def short(s, n=160):
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[:n - 1] + "…"


def fmt_kg_event(e):
    return "%s→%s %s" % e


# --------------------------------------------------------------------------

def eval_petrarch(kg, data, tmp):
    path = os.path.join(data, "petrarch_validation.jsonl")
    rows, analysis = [], {"miss": [], "extra": [], "miss_roots": []}
    if not os.path.exists(path):
        rows.append(skipped("petrarch real news", "skipped (no data)"))
        rows.append(skipped("petr_unittest (fictional)", "skipped (no data)"))
        return rows, analysis
    recs = K.read_jsonl(path)
    all_suites = [s for _, ss in REAL_SUITES for s in ss]
    gold = K.petrarch_gold(recs, set(all_suites))
    corpus = os.path.join(tmp, "petrarch_real.jsonl")
    write_corpus(corpus, [(i, g["text"], g["date"]) for i, g in gold.items()])
    real_args = shlex.split(os.environ.get("KG_EVAL_REALNEWS_ARGS", ""))
    ext = run_kg(kg, "extract", [corpus], real_args)
    men = run_kg(kg, "entities", [corpus], real_args)
    kev = K.coded_events(ext)
    total = {}
    for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
        g_all = {i: g["events"] for i, g in gold.items()}
        r = K.score_events(g_all, kev, level)
        total[level] = r
        rows.append(row("petrarch real news: 4 suites, %d sentences" % len(gold), level,
                        r["gold"], r["found"], r["extra"]))
    for name, suites in REAL_SUITES:
        sub = {i: g["events"] for i, g in gold.items() if g["suite"] in suites}
        for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
            r = K.score_events(sub, kev, level)
            rows.append(row("  %s (%d)" % (name, len(sub)), level, r["gold"], r["found"],
                            r["extra"]))
    # error analysis at the country+root level
    ext_by = defaultdict(list)
    for r in ext:
        ext_by[r.get("doc")].append(r)
    men_codes = defaultdict(set)
    for d, ms in mentions_by_doc(men).items():
        men_codes[d] = {m.get("code") for m in ms if m.get("code")}
    analysis["total"] = {lv: {k: total[lv][k] for k in ("gold", "found", "extra", "kg")}
                         for lv in total}
    res = total[K.LEVEL_ROOT]
    for doc, ev in res["missed"]:
        kind = K.classify_miss(ev, ext_by.get(doc, []), men_codes.get(doc, set()))
        analysis["miss"].append((kind, ("real news", gold[doc]["text"], "gold %s→%s %s" % ev,
                                        kg_summary(ext_by.get(doc, [])))))
        if kind.startswith("both actors found"):
            analysis["miss_roots"].append(str(ev[2])[:2])
    for doc, k in res["extras"]:
        kind = K.classify_extra(k, gold[doc]["events"])
        gl = ", ".join("%s→%s %s" % e for e in gold[doc]["events"]) or "none"
        analysis["extra"].append((kind, ("real news", gold[doc]["text"],
                                         "kg %s (gold: %s)" % (fmt_kg_event(k), gl), "")))
    # fictional unit suite: needs kg to load PETRARCH's own dictionaries
    extra_args = os.environ.get("KG_EVAL_PETRARCH_ARGS")
    if not extra_args:
        raw = os.path.join(data, "raw", "petrarch")
        actors = os.path.join(raw, "petrarch2__petrarch2__data__dictionaries__PETR.Validate.actors.txt")
        agents = os.path.join(raw, "petrarch2__petrarch2__data__dictionaries__PETR.Validate.agents.txt")
        verbs = os.path.join(raw, "petrarch2__petrarch2__data__dictionaries__PETR.Validate.verbs.txt")
        if os.path.exists(actors) and os.path.exists(agents) and os.path.exists(verbs):
            extra_args = "--actors %s --agents %s --verbs %s" % (
                shlex.quote(actors), shlex.quote(agents), shlex.quote(verbs))
    if not extra_args:
        rows.append(skipped("petr_unittest (fictional, own dictionaries)",
                            "skipped (no PETRARCH dictionaries in data/raw/petrarch)"))
    else:
        ug = K.petrarch_gold(recs, {UNIT_SUITE})
        ucorpus = os.path.join(tmp, "petr_unittest.jsonl")
        write_corpus(ucorpus, [(i, g["text"], g["date"]) for i, g in ug.items()])
        uext = run_kg(kg, "extract", [ucorpus], shlex.split(extra_args))
        umen = run_kg(kg, "entities", [ucorpus], shlex.split(extra_args))
        ua = K.score_gold_actor_codes({i: g["events"] for i, g in ug.items()},
                                      mentions_by_doc(umen))
        rows.append(row("petr_unittest (fictional, %d)" % len(ug),
                        "gold actor codes among mentions", ua["gold"], ua["found"]))
        ukev = K.coded_events(uext)
        for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
            r = K.score_events({i: g["events"] for i, g in ug.items()}, ukev, level)
            rows.append(row("petr_unittest (fictional, %d)" % len(ug), level, r["gold"],
                            r["found"], r["extra"]))
    return rows, analysis


def kg_summary(recs, ids=False):
    parts = []
    for r in recs:
        s, o, rel = r.get("subject") or {}, r.get("object") or {}, r.get("relation") or {}

        def name(e):
            return (e.get("id") if ids else e.get("code")) or e.get("id") or e.get("text")
        parts.append("%s %s%s %s%s" % (name(s), "not " if rel.get("negated") else "",
                                       rel.get("type"), name(o),
                                       " (%s)" % rel["cameo"] if rel.get("cameo") else ""))
    return "; ".join(parts) if parts else "nothing"


def eval_plover(kg, data, tmp):
    path = os.path.join(data, "plover_gsr.jsonl")
    book = os.path.join(data, "cameo_codes.tsv")
    name = "plover_gsr (held out)"
    if not (os.path.exists(path) and os.path.exists(book)):
        return [skipped(name, "skipped (no data)"), skipped("plover_gsr actors (held out)",
                                                            "skipped (no data)")]
    recs = K.read_jsonl(path)
    table = K.read_cameo_plover(book)
    corpus = os.path.join(tmp, "plover.jsonl")
    write_corpus(corpus, [(r["id"], r.get("text", ""), None) for r in recs])
    ext = run_kg(kg, "extract", [corpus])
    men = run_kg(kg, "entities", [corpus])
    r = K.score_plover(K.plover_gold(recs), K.coded_events(ext), table)
    a = K.score_actors(K.plover_actor_gold(recs), mentions_by_doc(men))
    return [row(name, "country+PLOVER event", r["gold"], r["found"], r["extra"]),
            row("plover_gsr actors (held out)", "recognised as entity", a["gold"], a["recognised"]),
            row("plover_gsr actors (held out)", "entity with gold country", a["gold"], a["coded"])]


CODEBOOK_SETS = (
    # (folder under tools/eval, row name)
    ("codebook", "codebook (own, dev)"),
    ("codebook2", "codebook 2 (own, dev)"),
    ("codebook_fresh", "codebook fresh (own, blind)"),
    ("codebook_wire", "codebook wire (own, blind)"),
    ("realnews", "real news, ours (dev)"),
    ("realnews_blind", "real news, ours (blind)"),
)


def eval_codebook(kg, data, tmp, folder="codebook", name="codebook (own, dev)"):
    """A set of our own code-book sentences (tools/eval/<folder>/*.jsonl):
    news-style sentences written by us from the CAMEO 1.1b3 labels, one or
    more per code, before looking at what kg does with them.  "codebook" is a
    dev set that stands in for the held-out PLOVER set (the CAMEO manual's
    examples); "codebook2" is a second dev set, written like the blind one
    (wording kept away from the labels); "codebook_fresh" is blind: only its score is read, never its
    sentences or kg's misses on them; "codebook_wire" is a second blind set,
    worded like the wire copy of 1990-2010 that PLOVER's sentences come from;
    "realnews" is sentences of the shared news corpora coded by hand, whose
    records point into ../shared/data instead of holding the text, and
    "realnews_blind" more of them set aside: only its score is read."""
    here = os.path.join(HERE, folder)
    files = sorted(f for f in os.listdir(here) if f.endswith(".jsonl")) \
        if os.path.isdir(here) else []
    if not files:
        return [skipped(name, "skipped (no sentences)")]
    recs = []
    for f in files:
        recs += K.read_jsonl(os.path.join(here, f))
    recs, problems = K.resolve_corpus_refs(recs, data)
    for p in problems:
        sys.stderr.write("eval: %s: %s\n" % (folder, p))
    if not recs:
        return [skipped(name, "skipped (corpora absent)")]
    corpus = os.path.join(tmp, folder + ".jsonl")
    write_corpus(corpus, [(r["id"], r["text"], r.get("date")) for r in recs])
    ext = run_kg(kg, "extract", [corpus])
    kev = K.coded_events(ext)
    gold = {r["id"]: [(e["source"], e["target"], e["code"]) for e in r.get("events") or []]
            for r in recs}
    label = "%s, %d sentences" % (name, len(recs))
    rows = []
    for level in (K.LEVEL_ROOT, K.LEVEL_FULL):
        r = K.score_events(gold, kev, level)
        rows.append(row(label, level, r["gold"], r["found"], r["extra"]))
        if level == K.LEVEL_ROOT and os.environ.get("KG_EVAL_BY_ROOT"):
            print_by_root(label, r)
    book = os.path.join(data, "cameo_codes.tsv")
    if os.path.exists(book):
        table = K.read_cameo_plover(book)
        pg = [{"id": r["id"], "text": r["text"], "source": [e["source"]],
               "target": [e["target"]], "reciprocal": False,
               "event": K.plover_category(e["code"], table)}
              for r in recs for e in r.get("events") or []]
        pg = [g for g in pg if g["event"]]
        r = K.score_plover(pg, kev, table)
        rows.append(row(label, "country+PLOVER event", r["gold"], r["found"], r["extra"]))
    if folder == "realnews":
        rows.append(sentence_alone_row(kg, data, tmp, recs, gold))
    return rows


def story_resolved(rec):
    """Does a kg record have an actor known from elsewhere in the story (its
    subject or object has "coref": true: a pronoun, a bare surname or
    title, a group noun whose state only the story gives)?"""
    return any(isinstance(rec.get(k), dict) and rec[k].get("coref") is True
               for k in ("subject", "object"))


def in_story_events(kg, data, tmp, recs):
    """kg's records for the dev sentences read in their whole stories, as a
    user runs kg: `kg extract` on each story of ../shared/data that a record
    points into, and of its records those whose trigger lies in the
    record's sentence, filed under the record's id."""
    want = defaultdict(set)
    for r in recs:
        if r.get("corpus") and r.get("doc"):
            want[os.path.basename(r["corpus"])].add(r["doc"])
    texts, path = {}, os.path.join(tmp, "realnews_stories.jsonl")
    with open(path, "w", encoding="utf-8") as out:
        for corpus in sorted(want):
            src = os.path.join(data, corpus)
            if not os.path.exists(src):
                continue
            with open(src, encoding="utf-8") as f:
                for line in f:
                    m = re.match(r'\{"id": "([^"]+)"', line)
                    if (m and m.group(1) not in want[corpus]) or not line.strip():
                        continue
                    o = json.loads(line)
                    if o.get("id") in want[corpus] and o["id"] not in texts:
                        texts[o["id"]] = o.get("text") or ""
                        out.write(json.dumps(o, ensure_ascii=False) + "\n")
    by_doc = defaultdict(list)
    for x in run_kg(kg, "extract", [path]):
        by_doc[x.get("doc")].append(x)
    out = []
    for r in recs:
        t = texts.get(r.get("doc"))
        if t is None:
            continue
        # the records' offsets count characters; kg's count bytes
        b0 = len(t[:r.get("start", 0)].encode("utf-8"))
        b1 = len(t[:r.get("end", 0)].encode("utf-8"))
        for x in by_doc[r["doc"]]:
            if b0 <= ((x.get("relation") or {}).get("start") or 0) < b1:
                out.append(dict(x, doc=r["id"]))
    return out


def sentence_alone_row(kg, data, tmp, recs, gold):
    """The dev gold is coded from the sentence alone (tools/eval/realnews/
    README.md); the rows above give kg each sentence alone too, so it has
    no story to resolve an actor from.  A user runs kg on whole stories,
    where it resolves actors from the story ("coref": true).  This row reads
    each dev sentence in its story and scores kg's events of that sentence
    with every event whose subject or object is story-resolved left out
    (country+root): the sentence-alone view of kg's story output.  The
    figures with those events kept, and how many found and extra events
    rest on a story-resolved actor, go to stderr."""
    ext = in_story_events(kg, data, tmp, recs)
    named = [x for x in ext if not story_resolved(x)]
    everything = K.score_events(gold, K.coded_events(ext), K.LEVEL_ROOT)
    r = K.score_events(gold, K.coded_events(named), K.LEVEL_ROOT)
    coref = K.coded_events([x for x in ext if story_resolved(x)])
    xs = sum(1 for doc, k in everything["extras"] if k in coref.get(doc, ()))
    sys.stderr.write("real news (dev), each sentence in its story: %d found, %d extra "
                     "(country+root); %d of the found and %d of the extra events rest "
                     "on a story-resolved actor (coref), left out of the row \"actors "
                     "named in the sentence\"\n"
                     % (everything["found"], everything["extra"],
                        everything["found"] - r["found"], xs))
    return row("real news, ours (dev), actors named in the sentence", K.LEVEL_ROOT,
               r["gold"], r["found"], r["extra"])


def print_by_root(label, r):
    """gold / found / extra per CAMEO root of one score_events() result, on
    stderr so that the table on stdout stays as it is."""
    per = defaultdict(lambda: [0, 0, 0])
    for _, ev in r["hits"]:
        per[str(ev[2])[:2]][0] += 1
        per[str(ev[2])[:2]][1] += 1
    for _, ev in r["missed"]:
        per[str(ev[2])[:2]][0] += 1
    for _, ev in r["extras"]:
        per[str(ev[2] or "")[:2] or "--"][2] += 1
    sys.stderr.write("%s, per CAMEO root (gold found extra):\n" % label)
    for root in sorted(per):
        g, f, x = per[root]
        sys.stderr.write("  %s  %4d %4d %4d  %s\n" % (root, g, f, x,
                         "%5.1f%%" % (100.0 * f / g) if g else ""))


def eval_examples(kg):
    gold_dir = os.path.join(ROOT, "tests", "gold")
    files = sorted(f for f in os.listdir(gold_dir) if f.endswith(".gold.jsonl")) \
        if os.path.isdir(gold_dir) else []
    analysis = {"miss": [], "extra": []}
    if not files:
        return [skipped("examples", "skipped (no gold files)")], analysis, {}
    gold, docs, inputs = {}, {}, []
    for f in files:
        stem = K.doc_key(f)
        gold[stem] = K.read_jsonl(os.path.join(gold_dir, f))
        src = os.path.join("examples", stem + ".txt")
        with open(os.path.join(ROOT, src), "rb") as fh:
            docs[stem] = fh.read()
        inputs.append(src)
    ext = run_kg(kg, "extract", inputs)
    men = run_kg(kg, "entities", inputs)
    res = K.score_examples(gold, ext, men, docs)
    r, n, m = res["relations"], res["nodes"], res["must_not"]
    rows = [row("examples (2 articles)", "relations: ids+type/root", r["gold"], r["found"], r["extra"]),
            row("examples (2 articles)", "nodes merged (name forms)", n["gold"], n["found"]),
            row("examples (2 articles)", "must-not checks respected", m["gold"], m["found"])]
    # error analysis
    for doc, g in r["missed"]:
        needle = g.get("sentence_contains", "")
        a, b = sentence_span(docs[doc], needle)
        recs = [x for x in ext if K.doc_key(x.get("doc")) == doc and needle in (x.get("text") or "")]
        ms = [x.get("mention") or {} for x in men if K.doc_key(x.get("doc")) == doc
              and a <= (x.get("mention") or {}).get("start", -1) < b]
        kind = K.classify_example_miss(g, recs, ms)
        what = "gold %s %s %s%s" % (idspec(g.get("subject")), "/".join(g.get("types", [])),
                                    idspec(g.get("object")), " (negated)" if g.get("negated") else "")
        analysis["miss"].append((kind, ("examples", docs[doc][a:b].decode("utf-8").strip(), what,
                                        kg_summary(recs, ids=True))))
    for doc, x in r["extras"]:
        rel = x.get("relation") or {}
        analysis["extra"].append(("relation no reader lists" if not rel.get("negated")
                                  else "negated relation no reader lists",
                                  ("examples", x.get("text"), "kg " + kg_summary([x], ids=True), "")))
    details = {"nodes_missed": n["missed"], "violations": m["violations"]}
    return rows, analysis, details


def idspec(x):
    return "|".join(K._as_list(x))


def sentence_span(doc_bytes, needle):
    """Byte span of the sentence of doc_bytes that contains needle (a simple
    splitter at . ! ? and line ends; used only to describe misses)."""
    i = doc_bytes.find(needle.encode("utf-8"))
    if i < 0:
        return 0, 0
    # a sentence ends at . ! ? (with closing quotes: " \u201d \u2019) before a space, or at a line end
    ends = [m.end() for m in re.finditer(rb'[.!?](?:"|\xe2\x80\x9d|\xe2\x80\x99)*\s+|\n', doc_bytes)]
    a = max([e for e in ends if e <= i] or [0])
    b = min([e for e in ends if e >= i + len(needle)] or [len(doc_bytes)])
    return a, b


# --------------------------------------------------------------------------

def table_text(rows):
    head = ["set", "match", "gold", "found", "recall", "extra", "extra/gold"]
    keys = ["set", "match", "gold", "found", "recall", "extra", "xg"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join(["---"] * 2 + ["---:"] * 5) + "|"]
    for r in rows:
        lines.append("| " + " | ".join(str(r[k]) for k in keys) + " |")
    return "\n".join(lines)


def plain_table(rows):
    head = ["set", "match", "gold", "found", "recall", "extra", "extra/gold"]
    keys = ["set", "match", "gold", "found", "recall", "extra", "xg"]
    cells = [head] + [[str(r[k]) for k in keys] for r in rows]
    w = [max(len(c[i]) for c in cells) for i in range(len(head))]
    out = []
    for n, c in enumerate(cells):
        out.append("  ".join(c[i].ljust(w[i]) if i < 2 else c[i].rjust(w[i]) for i in range(len(c))))
        if n == 0:
            out.append("  ".join("-" * x for x in w))
    return "\n".join(out)


def analysis_md(title, items, top=5):
    """items: [(kind, (source, sentence, what, kg output))]."""
    t = K.tally(items)
    if not t:
        return "%s: none.\n" % title
    srcs = sorted({ex[0] for _, ex in items}, key=lambda x: (x != "real news", x))
    per = defaultdict(int)
    for kind, ex in items:
        per[(kind, ex[0])] += 1
    lines = ["%s: %d in all (%s); the %d most common kinds:" % (
        title, len(items), ", ".join("%s %d" % (x, sum(1 for _, e in items if e[0] == x)) for x in srcs),
        min(top, len(t))), "",
        "| kind | " + " | ".join(srcs) + " | example |",
        "|---|" + "---:|" * len(srcs) + "---|"]
    for kind, n, ex in t[:top]:
        src, sent, what, kgout = ex
        cell = "“%s” — %s" % (short(sent, 200), what)
        if kgout:
            cell += "; kg: %s" % short(kgout, 120)
        lines.append("| %s | %s | %s |" % (kind, " | ".join(str(per[(kind, x)]) for x in srcs),
                                           cell.replace("|", "\\|")))
    rest = t[top:]
    if rest:
        lines.append("")
        lines.append("Other kinds: " + "; ".join("%s (%d)" % (k, n) for k, n, _ in rest) + ".")
    return "\n".join(lines) + "\n"


def comparison_md(total):
    """Published figures (../shared/research/anchors.md) next to kg's."""
    lines = ["### Compared with what others report", "",
             "| system | data | found (recall) | extra (% of gold) | precision |",
             "|---|---|---:|---:|---:|",
             "| UniversalPetrarch (its README) | 243 English validation records | 68.1% | 23.1% | — |",
             "| GDELT (its own hand check, SIEDS 2014) | 50 Sudan events | — | — | "
             "Actor1 79%, Actor2 78.5%, event code 81.2% |"]
    if total:
        for lv, r in sorted(total.items()):
            prec = K.pct(r["kg"] - r["extra"], r["kg"]) if r["kg"] else "n/a"
            lines.append("| kg, %s | PETRARCH real-news suites (91 sentences) | %s | %s | %s of %d |" % (
                lv, K.pct(r["found"], r["gold"]), K.pct(r["extra"], r["gold"]), prec, r["kg"]))
    lines.append("")
    lines.append("Precision here is the share of kg's coded dyadic events that match a gold "
                 "event of their sentence; GDELT's figures are of that kind (share of coded "
                 "events with the right actor or code), not recall.")
    return "\n".join(lines) + "\n"


def update_region(old, block):
    """Replace the eval:begin..eval:end block of old (or append one)."""
    if BEGIN in old and END in old:
        return old[:old.index(BEGIN)] + block + old[old.index(END) + len(END):]
    return (old.rstrip() + "\n\n" if old.strip() else "# kg: quality\n\n") + block + "\n"


def commit_id():
    try:
        p = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        c = p.stdout.decode().strip() or "unknown"
        d = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout.strip()
        return c + ("+ (uncommitted changes)" if d else "")
    except OSError:
        return "unknown"


def main():
    t0 = time.time()
    kg = os.environ.get("KG", os.path.join(ROOT, "bin", "kg"))
    if not os.path.isabs(kg):
        kg = os.path.join(ROOT, kg)
    if not os.access(kg, os.X_OK):
        raise SystemExit("eval: %s not found; run make first" % kg)
    data = data_dir()
    rows, failures = [], []
    pan = {"miss": [], "extra": [], "miss_roots": []}
    ean, edet = {"miss": [], "extra": []}, {}
    with tempfile.TemporaryDirectory(prefix="kg-eval-") as tmp:
        try:
            prow, pan = eval_petrarch(kg, data, tmp)
            rows += prow
        except KgFailed as e:
            failures.append(str(e))
            rows.append(skipped("petrarch real news", "FAILED: kg crashed"))
        try:
            rows += eval_plover(kg, data, tmp)
        except KgFailed as e:
            failures.append(str(e))
            rows.append(skipped("plover_gsr (held out)", "FAILED: kg crashed"))
        for folder, name in CODEBOOK_SETS:
            try:
                rows += eval_codebook(kg, data, tmp, folder, name)
            except KgFailed as e:
                failures.append(str(e))
                rows.append(skipped(name, "FAILED: kg crashed"))
        try:
            erow, ean, edet = eval_examples(kg)
            rows += erow
        except KgFailed as e:
            failures.append(str(e))
            rows.append(skipped("examples", "FAILED: kg crashed"))
    secs = time.time() - t0
    commit = commit_id()
    today = datetime.date.today().isoformat()
    print("kg eval at commit %s, %s (data: %s)" % (commit, today, os.path.normpath(data)))
    print()
    print(plain_table(rows))
    print()
    print("(%.1f s)" % secs)
    if failures:
        for f in failures:
            sys.stderr.write("eval: %s\n" % f)
        sys.stderr.write("eval: kg failed; docs/quality.md left unchanged\n")
        sys.exit(1)

    md = [BEGIN, "",
          "## Latest numbers",
          "",
          "Commit `%s`, %s, `make eval` (%.1f s). Data: `../shared/data` %s." %
          (commit, today, secs, "present" if os.path.isdir(data) else "absent (sets skipped)"),
          "",
          table_text(rows),
          "",
          comparison_md(pan.get("total")),
          "### Where kg loses points (computed; real-news PETRARCH suites at the country+root "
          "level, and the examples; never the held-out sets)",
          "",
          analysis_md("Misses", pan["miss"] + ean["miss"]),
          analysis_md("Extra events", pan["extra"] + ean["extra"]),
          ]
    if pan.get("miss_roots"):
        c = K.Counter(pan["miss_roots"])
        md.append("Real-news misses with both actors found, by gold CAMEO root: " + ", ".join(
            "%s (%d)" % (r, n) for r, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) + ".\n")
    if edet.get("nodes_missed"):
        md.append("Name forms not merged in the examples: " + "; ".join(
            "%s “%s” (%s)" % (i, t, why) for _, i, t, why in edet["nodes_missed"]) + ".\n")
    if edet.get("violations"):
        md.append("Must-not checks violated in the examples: " + "; ".join(
            "%s: %s" % (g.get("kind"), g.get("why", "")) for _, g, _ in edet["violations"]) + ".\n")
    md.append(END)
    block = "\n".join(md)
    if os.environ.get("KG_EVAL_NO_WRITE"):
        return
    path = os.path.join(ROOT, "docs", "quality.md")
    old = ""
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            old = f.read()
    new = update_region(old, block)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(new)
    print("eval: wrote docs/quality.md")


if __name__ == "__main__":
    main()
