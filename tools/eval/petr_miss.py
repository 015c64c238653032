#!/usr/bin/python3
"""Misses and extras of kg on the PETRARCH suites `make eval` scores, per sentence.

usage: python3 tools/eval/petr_miss.py [KG] [--unit] [--all] [--roots 03,19]

Default: the four real-news suites (run_eval.REAL_SUITES), country+root level.
--unit: the fictional petr_unittest suite instead, with PETRARCH's PETR.Validate
dictionaries loaded the way run_eval does (KG_EVAL_PETRARCH_ARGS overrides).
--all: print every sentence (also those kg gets right), not only misses/extras.
Per sentence: id, text, gold events, kg's coded events marked HIT / EXTRA,
the gold events missed with their miss class, and kg's relations.
Reads only dev data (petrarch_validation.jsonl and raw/petrarch).
"""
import os
import shlex
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kgeval as K  # noqa: E402
import run_eval as R  # noqa: E402


def main(argv):
    kg, unit, show_all, roots = "bin/kg", False, False, None
    args = list(argv)
    while args:
        a = args.pop(0)
        if a == "--unit":
            unit = True
        elif a == "--all":
            show_all = True
        elif a == "--roots":
            roots = set(args.pop(0).split(","))
        else:
            kg = a
    kg = os.path.abspath(kg)
    data = R.data_dir()
    recs = K.read_jsonl(os.path.join(data, "petrarch_validation.jsonl"))
    extra = []
    if unit:
        gold = K.petrarch_gold(recs, {R.UNIT_SUITE})
        if os.environ.get("KG_EVAL_PETRARCH_ARGS"):
            extra = shlex.split(os.environ["KG_EVAL_PETRARCH_ARGS"])
        else:
            raw = os.path.join(data, "raw", "petrarch")
            for opt, kind in (("--actors", "actors"), ("--agents", "agents"), ("--verbs", "verbs")):
                extra += [opt, os.path.join(
                    raw, "petrarch2__petrarch2__data__dictionaries__PETR.Validate.%s.txt" % kind)]
    else:
        gold = K.petrarch_gold(recs, {s for _, ss in R.REAL_SUITES for s in ss})
        extra = shlex.split(os.environ.get("KG_EVAL_REALNEWS_ARGS", ""))
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "c.jsonl")
        R.write_corpus(corpus, [(i, g["text"], g["date"]) for i, g in gold.items()])
        ext = R.run_kg(kg, "extract", [corpus], extra)
        men = R.run_kg(kg, "entities", [corpus], extra)
    kev = K.coded_events(ext)
    rels, codes = {}, {}
    for r in ext:
        rels.setdefault(r.get("doc"), []).append(r)
    for d, ms in R.mentions_by_doc(men).items():
        codes[d] = {m.get("code") for m in ms if m.get("code")}
    g_all = {i: g["events"] for i, g in gold.items()}
    res = K.score_events(g_all, kev, K.LEVEL_ROOT)
    missed, extras = {}, {}
    for doc, ev in res["missed"]:
        missed.setdefault(doc, []).append(ev)
    for doc, ev in res["extras"]:
        extras.setdefault(doc, []).append(ev)

    def keep(ev):
        return not roots or str(ev[2])[:2] in roots
    for doc, g in gold.items():
        ms = [e for e in missed.get(doc, []) if keep(e)]
        xs = [e for e in extras.get(doc, []) if keep(e)]
        if not (ms or xs or show_all):
            continue
        print("== %s [%s]" % (doc, g["suite"]))
        print("  " + " ".join(g["text"].split()))
        print("  gold: %s" % (", ".join(R.fmt_kg_event(e) for e in g["events"]) or "none"))
        for e in sorted(set(kev.get(doc, ()))):
            print("  kg %s %s" % ("EXTRA" if e in extras.get(doc, []) else "hit  ", R.fmt_kg_event(e)))
        for e in ms:
            print("  MISS %s [%s]" % (R.fmt_kg_event(e),
                                       K.classify_miss(e, rels.get(doc, []), codes.get(doc, set()))))
        print("  rel: %s" % R.kg_summary(rels.get(doc, [])))
    print("# gold %d found %d (%s) extra %d (%s)" % (res["gold"], res["found"],
          K.pct(res["found"], res["gold"]), res["extra"], K.pct(res["extra"], res["gold"])))


if __name__ == "__main__":
    main(sys.argv[1:])
