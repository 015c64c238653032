#!/usr/bin/env python3
"""Train the learned fallback coder (ontology/learned_roots.tsv).

kg's extractor writes the candidates of the learned coder, one line per
pair of coded actors in a sentence, to the file $KG_DUMP_FEATURES names
(src/extract/learned.c computes the features, so training and use see the
same ones):

    doc  sentence  ncoded  source-code  target-code  feature feature ...

ncoded is the number of coded events the rules wrote in that sentence; the
model is used only where it is 0.  Labels come from our own dev gold, the
code-book sentences (tools/eval/codebook, tools/eval/codebook2) and, with
--sets naming it, the hand-coded real news (tools/eval/realnews, whose
records point into the shared corpora): a candidate whose source and
target match a gold event of its record at the country level
(kgeval.actor_match) gets that event's CAMEO root, any other NONE.  No
blind or held-out set is ever read.  With --book-bias the code books'
candidates get an intercept of their own ("bias:book" for "bias"), so the
one every candidate has in use is fit on the news alone.

The model is a multinomial logistic regression (NONE + 20 roots) over the
sparse features, trained by stochastic gradient descent with L2, pruned to
the weights that matter.  The threshold on the best root's probability is
chosen by k-fold cross-validation (folds by record, by file for the real
news: no sentence of a story file is both trained and tested on), on the
candidates of sentences the rules left uncoded; with the real news among
the sets, on that part alone, whose table also gives the eval row's
found / extra if the model were turned on.  The cross-validated tables
are printed, never the trained-on figures.

Usage: python3 tools/learn/train_roots.py [--kg bin/kg] [--out FILE]
       [--sets codebook,codebook2[,realnews]] [--book-bias] [--any-pair]
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
from run_eval import data_dir  # noqa: E402  (the shared data, as make eval finds it)

SETS = ("codebook", "codebook2")
# Sets whose records point into the shared corpora (kgeval.resolve_corpus_refs
# reads their text) and are cross-validated by file, never by record: the
# sentences of one story file are neighbours and share their actors.
BY_FILE = ("realnews",)
CLASSES = ["NONE"] + ["%02d" % i for i in range(1, 21)]
CIDX = {c: i for i, c in enumerate(CLASSES)}


def read_records(sets):
    """The records of the dev sets named, each with its "set" and "group"
    (the unit of a cross-validation fold: the file for a set of BY_FILE,
    else the record)."""
    recs = []
    for folder in sets:
        if folder not in SETS + BY_FILE:
            sys.exit("train_roots: %s is no dev set (%s)" % (
                folder, ", ".join(SETS + BY_FILE)))
        d = os.path.join(ROOT, "tools", "eval", folder)
        part = []
        for f in sorted(os.listdir(d)):
            if f.endswith(".jsonl"):
                for r in K.read_jsonl(os.path.join(d, f)):
                    r["set"] = folder
                    r["group"] = "%s/%s" % (folder, f) \
                        if folder in BY_FILE else r["id"]
                    part.append(r)
        if folder in BY_FILE:
            part, problems = K.resolve_corpus_refs(part, data_dir())
            for p in problems:
                sys.stderr.write("train_roots: %s: %s\n" % (folder, p))
        recs += part
    return recs


def dump_candidates(kg, recs):
    """Run kg over the records with the feature dump on; the lines and
    the rules' coded events ({doc: set((s, t, cameo))})."""
    with tempfile.TemporaryDirectory() as tmp:
        corpus = os.path.join(tmp, "corpus.jsonl")
        with open(corpus, "w", encoding="utf-8") as f:
            for r in recs:
                o = {"id": r["id"], "text": r["text"]}
                d = str(r.get("date") or "")
                if len(d) == 8 and d.isdigit():
                    o["date"] = d  # as run_eval.write_corpus does
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        dump = os.path.join(tmp, "features.tsv")
        env = dict(os.environ, KG_DUMP_FEATURES=dump)
        subprocess.run([kg, "extract", "-q", "-j", "1", "-o",
                        os.path.join(tmp, "out.jsonl"), corpus],
                       cwd=ROOT, env=env, check=True)
        with open(dump, encoding="utf-8") as f:
            lines = [line.rstrip("\n").split("\t") for line in f]
        with open(os.path.join(tmp, "out.jsonl"), encoding="utf-8") as f:
            coded = K.coded_events(K.parse_jsonl_text(f.read()))
        return lines, coded


def labels(gold, src, tgt):
    """The roots of the gold events whose actors the pair matches at the
    country level, in gold order (the first is the training label)."""
    out = []
    for s, t, code in gold:
        if K.actor_match(s, src) and K.actor_match(t, tgt):
            root = CIDX.get(str(code)[:2], 0)
            if root and root not in out:
                out.append(root)
    return out


def examples(lines, recs, book_bias=False):
    gold = {r["id"]: [(e["source"], e["target"], e["code"])
                      for e in r.get("events") or []] for r in recs}
    rec = {r["id"]: r for r in recs}
    out = []
    for doc, sent, ncoded, src, tgt, feats in lines:
        ys = labels(gold.get(doc, []), src, tgt)
        feats = feats.split(" ")
        if book_bias and rec[doc]["set"] not in BY_FILE:
            # the code books' own intercept: their pairs are events half
            # the time, news pairs one time in twenty; the "bias" feature
            # every candidate has in use is fit on the news alone
            feats = ["bias:book" if f == "bias" else f for f in feats]
        out.append({"doc": doc, "sent": int(sent), "ncoded": int(ncoded),
                    "src": src, "tgt": tgt, "feats": feats,
                    "y": ys[0] if ys else 0, "ys": ys,
                    "set": rec[doc]["set"], "group": rec[doc]["group"]})
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


ANY_PAIR = False  # --any-pair: the table without learn_direct's gate


def direct(feats):
    """learn_direct() of src/extract/learned.c: the actors at most eight
    tokens apart, no punctuation and no verb of speech between; only such
    candidates are coded (ANY_PAIR: every candidate, for the table)."""
    if ANY_PAIR:
        return True
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
            best[key] = (p, k in e["ys"], e["set"])
    return list(best.values())


def cross_validate(exs, folds, epochs, prune):
    """Folds by group (a record, or a file of a BY_FILE set): no sentence
    of a group is both trained and tested on.  [(p, correct, set)]."""
    groups = sorted({e["group"] for e in exs})
    rnd = random.Random(7)
    rnd.shuffle(groups)
    # (the files of a BY_FILE set dealt over the folds first, so that each
    # fold tests some)
    groups.sort(key=lambda g: "/" not in g)
    fold_of = {g: i % folds for i, g in enumerate(groups)}
    choices = []
    for k in range(folds):
        tr = [e for e in exs if fold_of[e["group"]] != k]
        te = [e for e in exs if fold_of[e["group"]] == k]
        model = train(tr, epochs, prune)
        choices += sentence_choices(model, te)
        sys.stderr.write("train_roots: fold %d of %d done\n" % (k + 1, folds))
    return choices


THRESHOLDS = [x / 20 for x in range(4, 20)] + [0.97, 0.98, 0.99]


def cv_table(choices, exs):
    # gold events a pair of an uncoded sentence could find
    reach = len({(e["doc"], e["sent"], y) for e in exs
                 if not e["ncoded"] and direct(e["feats"]) for y in e["ys"]})
    rows = []
    for t in THRESHOLDS:
        right = sum(1 for c in choices if c[0] >= t and c[1])
        wrong = sum(1 for c in choices if c[0] >= t and not c[1])
        rows.append((t, right, wrong))
    return reach, rows


def print_table(title, choices, exs):
    reach, rows = cv_table(choices, exs)
    print("%s: %d gold roots within reach, %d sentences with a candidate" % (
        title, reach, len(choices)))
    print("threshold  right  wrong  precision")
    for t, right, wrong in rows:
        print("%9.2f  %5d  %5d  %s" % (t, right, wrong,
              "%.2f" % (right / (right + wrong)) if right + wrong else "-"))
    return rows


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
    ap.add_argument("--sets", default=",".join(SETS),
                    help="dev sets to train on, comma-separated (%s)" %
                    ", ".join(SETS + BY_FILE))
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--prune", type=float, default=0.1)
    ap.add_argument("--precision", type=float, default=0.75,
                    help="cross-validated precision the threshold must reach")
    ap.add_argument("--threshold", type=float,
                    help="use this threshold instead of choosing one")
    ap.add_argument("--book-bias", action="store_true",
                    help="give the code books' candidates an intercept of "
                    "their own (with --sets naming realnews)")
    ap.add_argument("--any-pair", action="store_true",
                    help="cross-validate every pair, not only the pairs told "
                    "directly that the coder codes (implies --cv-only)")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--dump", help="write the labelled candidates here")
    a = ap.parse_args()

    global ANY_PAIR
    ANY_PAIR = a.any_pair
    a.cv_only = a.cv_only or a.any_pair
    sets = [x for x in a.sets.split(",") if x]
    recs = read_records(sets)
    lines, coded = dump_candidates(a.kg, recs)
    exs = examples(lines, recs, a.book_bias)
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
    rows = print_table("%d-fold cross-validation (folds by record, by file "
                       "for %s), uncoded sentences, all sets" % (
                           a.folds, " ".join(BY_FILE)), choices, exs)
    for part in sets:
        if len(sets) == 1:
            prow = rows
        else:
            prow = print_table("  part %s" % part,
                               [c for c in choices if c[2] == part],
                               [e for e in exs if e["set"] == part])
        if part in BY_FILE:
            # what --learned would do to the eval row of this set: the
            # rules' events plus one event per sentence chosen
            gold = {r["id"]: [(e["source"], e["target"], e["code"])
                              for e in r.get("events") or []]
                    for r in recs if r["set"] == part}
            base = K.score_events(gold, coded)
            print("  %s if turned on (country+root found / extra; rules "
                  "alone %d / %d):" % (part, base["found"], base["extra"]))
            print("  " + "  ".join("%.2f: %d/%d" % (
                t, base["found"] + r, base["extra"] + w) for t, r, w in prow))
            rows = prow  # the threshold is chosen on the news
    threshold = a.threshold if a.threshold is not None else \
        choose_threshold(rows, a.precision)
    print("threshold chosen: %.2f" % threshold)
    if a.cv_only:
        return 0
    model = train(exs, a.epochs, a.prune)
    at = [r for r in rows if abs(r[0] - threshold) < 1e-9]
    info = ["From %s (%d records, %d candidates), at commit %s, %s." % (
                " and ".join("tools/eval/%s" % s for s in sets), len(recs),
                len(exs), commit_id(), datetime.date.today().isoformat()),
            "Threshold %.2f: %d-fold cross-validated %s right and %s wrong "
            "in uncoded sentences%s." % (
                threshold, a.folds, at[0][1] if at else "?",
                at[0][2] if at else "?",
                " of %s" % "/".join(x for x in sets if x in BY_FILE)
                if any(x in BY_FILE for x in sets) else "")]
    kept = write_model(a.out, model, threshold, a.prune, info)
    print("wrote %s: %d features" % (os.path.relpath(a.out, ROOT), kept))
    return 0


if __name__ == "__main__":
    sys.exit(main())
