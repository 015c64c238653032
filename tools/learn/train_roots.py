#!/usr/bin/env python3
"""Train the learned fallback coder (ontology/learned_roots.tsv).

kg's extractor writes the candidates of the learned coder, one line per
pair of coded actors in a sentence, to the file $KG_DUMP_FEATURES names
(src/extract/learned.c computes the features, so training and use see the
same ones):

    doc  sentence  ncoded  source-code  target-code  feature feature ...

ncoded is the number of coded events the rules wrote in that sentence; the
model is used only where it is 0.  Labels come from our own dev gold, the
code-book sentences (tools/eval/codebook, tools/eval/codebook2): a
candidate whose source and target match a gold event of its record at the
country level (kgeval.actor_match) gets that event's CAMEO root, any other
NONE.  The real-news dev set is never trained on (it stays the test of
whether a model learned on manual-style sentences carries to news copy),
nor any blind or held-out set.

The model is a multinomial logistic regression (NONE + 20 roots) over the
sparse features, trained by stochastic gradient descent with L2, pruned to
the weights that matter.  The threshold on the best root's probability is
chosen by k-fold cross-validation over the records (folds by record), on
the candidates of sentences the rules left uncoded, and the table of
cross-validated figures is printed, never the trained-on ones.

Usage: python3 tools/learn/train_roots.py [--kg bin/kg] [--out FILE]
       [--folds 5] [--epochs 6] [--prune 0.1] [--cv-only] [--threshold P]
Standard library only.  `make learn` runs it.
"""
import argparse
import datetime
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "tools", "eval"))
import kgeval as K  # noqa: E402

SETS = ("codebook", "codebook2")
CLASSES = ["NONE"] + ["%02d" % i for i in range(1, 21)]
CIDX = {c: i for i, c in enumerate(CLASSES)}


def read_records():
    recs = []
    for folder in SETS:
        d = os.path.join(ROOT, "tools", "eval", folder)
        for f in sorted(os.listdir(d)):
            if f.endswith(".jsonl"):
                recs += K.read_jsonl(os.path.join(d, f))
    return recs


def dump_candidates(kg, recs):
    """Run kg over the records with the feature dump on; the lines."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps({"id": r["id"], "text": r["text"]},
                                   ensure_ascii=False) + "\n")
        dump = os.path.join(tmp, "features.tsv")
        env = dict(os.environ, KG_DUMP_FEATURES=dump)
        subprocess.run([kg, "extract", "-q", "-j", "1", "-o",
                        os.path.join(tmp, "out.jsonl"), corpus],
                       cwd=ROOT, env=env, check=True)
        with open(dump, encoding="utf-8") as f:
            return [line.rstrip("\n").split("\t") for line in f]


def label(gold, src, tgt):
    for s, t, code in gold:
        if K.actor_match(s, src) and K.actor_match(t, tgt):
            return str(code)[:2]
    return "NONE"


def examples(lines, recs):
    gold = {r["id"]: [(e["source"], e["target"], e["code"])
                      for e in r.get("events") or []] for r in recs}
    out = []
    for doc, sent, ncoded, src, tgt, feats in lines:
        y = label(gold.get(doc, []), src, tgt)
        out.append({"doc": doc, "sent": int(sent), "ncoded": int(ncoded),
                    "src": src, "tgt": tgt, "feats": feats.split(" "),
                    "y": CIDX.get(y, 0)})
    return out


def train(exs, epochs, prune, l2=1e-4, rate=0.2, min_count=3, seed=1):
    """{feature: [weight per class]} and the bias, by SGD."""
    count = defaultdict(int)
    for e in exs:
        for f in set(e["feats"]):
            count[f] += 1
    nc = len(CLASSES)
    w = {f: [0.0] * nc for f, c in count.items() if c >= min_count}
    bias = [0.0] * nc
    order = list(range(len(exs)))
    rnd = random.Random(seed)
    step = 0
    for ep in range(epochs):
        rnd.shuffle(order)
        lr = rate / (1 + ep)
        for i in order:
            e = exs[i]
            fs = [w[f] for f in e["feats"] if f in w]
            s = bias[:]
            for row in fs:
                for k in range(nc):
                    s[k] += row[k]
            top = max(s)
            p = [math.exp(x - top) for x in s]
            z = sum(p)
            g = [x / z for x in p]
            g[e["y"]] -= 1.0
            for k in range(nc):
                bias[k] -= lr * g[k]
            decay = 1 - lr * l2
            for row in fs:
                for k in range(nc):
                    row[k] = row[k] * decay - lr * g[k]
            step += 1
    return prune_model((w, bias), prune)


def prune_model(model, prune):
    """The weights under prune set to zero and the rows left empty dropped:
    the model written is the one cross-validated."""
    w, bias = model
    out = {}
    for f, row in w.items():
        row = [x if abs(x) >= prune else 0.0 for x in row]
        if any(row):
            out[f] = row
    return out, bias


def predict(model, feats):
    w, bias = model
    s = bias[:]
    for f in feats:
        row = w.get(f)
        if row:
            for k in range(len(s)):
                s[k] += row[k]
    top = max(s)
    p = [math.exp(x - top) for x in s]
    z = sum(p)
    best = max(range(1, len(s)), key=lambda k: s[k])
    return best, p[best] / z


NEAR = {"d:0", "d:1", "d:2", "d:3-4", "d:5-8"}


def direct(feats):
    """learn_direct() of src/extract/learned.c: the actors at most eight
    tokens apart, no punctuation and no verb of speech between; only such
    candidates are coded."""
    if any(f.startswith("p:") or f == "say" for f in feats):
        return False
    return any(f in NEAR for f in feats)


def sentence_choices(model, exs):
    """What the C coder would do: per sentence the rules left uncoded, the
    candidate of the highest best-root probability; [(p, correct)]."""
    best = {}
    for e in exs:
        if e["ncoded"] or not direct(e["feats"]):
            continue
        k, p = predict(model, e["feats"])
        key = (e["doc"], e["sent"])
        if key not in best or p > best[key][0]:
            best[key] = (p, k == e["y"])
    return list(best.values())


def cross_validate(exs, folds, epochs, prune):
    docs = sorted({e["doc"] for e in exs})
    rnd = random.Random(7)
    rnd.shuffle(docs)
    fold_of = {d: i % folds for i, d in enumerate(docs)}
    choices = []
    for k in range(folds):
        tr = [e for e in exs if fold_of[e["doc"]] != k]
        te = [e for e in exs if fold_of[e["doc"]] == k]
        model = train(tr, epochs, prune)
        choices += sentence_choices(model, te)
        sys.stderr.write("train_roots: fold %d of %d done\n" % (k + 1, folds))
    return choices


def cv_table(choices, exs):
    # gold events a pair of an uncoded sentence could find
    reach = len({(e["doc"], e["sent"], e["y"]) for e in exs
                 if not e["ncoded"] and e["y"] and direct(e["feats"])})
    rows = []
    for t in [x / 20 for x in range(4, 20)]:
        right = sum(1 for p, ok in choices if p >= t and ok)
        wrong = sum(1 for p, ok in choices if p >= t and not ok)
        rows.append((t, right, wrong))
    return reach, rows


def choose_threshold(rows, precision=0.75):
    for t, right, wrong in rows:
        if right + wrong and right / (right + wrong) >= precision:
            return t
    return rows[-1][0]


def commit_id():
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"],
                              cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL,
                              check=True).stdout.decode().strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def write_model(path, model, threshold, prune, info):
    w, bias = model
    kept = 0
    with open(path, "w", encoding="utf-8") as f:
        f.write("# learned_roots.tsv: the learned fallback coder's model "
                "(src/extract/learned.c).\n")
        f.write("# Made by tools/learn/train_roots.py (make learn); do not "
                "edit.\n")
        for line in info:
            f.write("# " + line + "\n")
        f.write("# Rows: feature<TAB>class:weight ...  (multinomial logistic "
                "regression; weights under %g pruned)\n" % prune)
        f.write("classes\t" + "\t".join(CLASSES) + "\n")
        f.write("threshold\t%.2f\n" % threshold)
        f.write("bias\t" + " ".join("%s:%.3f" % (CLASSES[k], b)
                                    for k, b in enumerate(bias)) + "\n")
        for feat in sorted(w):
            row = w[feat]
            ws = ["%s:%.3f" % (CLASSES[k], x) for k, x in enumerate(row)
                  if abs(x) >= prune]
            if ws:
                f.write("%s\t%s\n" % (feat, " ".join(ws)))
                kept += 1
    return kept


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--kg", default=os.path.join(ROOT, "bin", "kg"))
    ap.add_argument("--out", default=os.path.join(ROOT, "ontology",
                                                  "learned_roots.tsv"))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--prune", type=float, default=0.1)
    ap.add_argument("--precision", type=float, default=0.75,
                    help="cross-validated precision the threshold must reach")
    ap.add_argument("--threshold", type=float,
                    help="use this threshold instead of choosing one")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--dump", help="write the labelled candidates here")
    a = ap.parse_args()

    recs = read_records()
    exs = examples(dump_candidates(a.kg, recs), recs)
    if a.dump:
        with open(a.dump, "w", encoding="utf-8") as f:
            for e in exs:
                f.write("%s\t%d\t%d\t%s\t%s\t%s\t%s\n" % (
                    e["doc"], e["sent"], e["ncoded"], e["src"], e["tgt"],
                    CLASSES[e["y"]], " ".join(e["feats"])))
    npos = sum(1 for e in exs if e["y"])
    unc = [e for e in exs if not e["ncoded"]]
    print("records %d, candidates %d (%d with a gold root); in sentences the "
          "rules left uncoded %d (%d with a gold root)" % (
              len(recs), len(exs), npos, len(unc),
              sum(1 for e in unc if e["y"])))
    choices = cross_validate(exs, a.folds, a.epochs, a.prune)
    reach, rows = cv_table(choices, exs)
    print("%d-fold cross-validation (folds by record), uncoded sentences: "
          "%d gold roots within reach, %d sentences with a candidate" % (
              a.folds, reach, len(choices)))
    print("threshold  right  wrong  precision")
    for t, right, wrong in rows:
        print("%9.2f  %5d  %5d  %s" % (t, right, wrong,
              "%.2f" % (right / (right + wrong)) if right + wrong else "-"))
    threshold = a.threshold if a.threshold is not None else \
        choose_threshold(rows, a.precision)
    print("threshold chosen: %.2f" % threshold)
    if a.cv_only:
        return 0
    model = train(exs, a.epochs, a.prune)
    at = [r for r in rows if abs(r[0] - threshold) < 1e-9]
    info = ["From %s (%d records, %d candidates), at commit %s, %s." % (
                " and ".join("tools/eval/%s" % s for s in SETS), len(recs),
                len(exs), commit_id(), datetime.date.today().isoformat()),
            "Threshold %.2f: %d-fold cross-validated %s right and %s wrong "
            "in uncoded sentences." % (
                threshold, a.folds, at[0][1] if at else "?",
                at[0][2] if at else "?")]
    kept = write_model(a.out, model, threshold, a.prune, info)
    print("wrote %s: %d features" % (os.path.relpath(a.out, ROOT), kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
