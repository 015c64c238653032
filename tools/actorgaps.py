#!/usr/bin/env python3
"""Rank the actor names and role phrases kg leaves uncoded in news corpora.

A dev tool for actor coverage (issue 6).  It runs `bin/kg entities -q` on each
corpus named on the command line (JSONL with "id" and "text"), and ranks by
frequency, with example contexts:

  (a) names: runs of capitalised words ("Tamil Tigers", "Interior Ministry",
      "Kremlin") that no coded mention of kg covers.  Leading words that are
      mostly written in lower case in the same corpora ("The", "But",
      "Officials") are dropped at sentence starts, and months, weekdays and
      single letters are never names;
  (b) role phrases: "[the] <Capitalised words> [adjectives] <role noun>"
      ("the Turkish president", "Palestinian militants", "the Iraqi interim
      government"), where the role noun is a title of ontology/titles.tsv or a
      group noun of ontology/agents.tsv (or a few heads such as government and
      ministry), and kg codes the head noun with no actor code ("uncoded") or
      with a code that has no country ("no country", e.g. ---REB).

Documents listed in a blind-docs file (tab-separated: corpus file name, doc
id) are skipped, so that mining never looks at a blind set's stories.

Usage:
  python3 tools/actorgaps.py [--kg bin/kg] [--blind FILE] [--top N]
        [--examples K] [--min N] [--skip-categories sport,tech,...]
        CORPUS.jsonl...
e.g.
  python3 tools/actorgaps.py --blind /work/helpers/blind_docs.txt \\
      /work/shared/data/agnews_world.jsonl /work/shared/data/bbc_news.jsonl \\
      /work/shared/data/reuters21578.jsonl

Counts are per occurrence, pooled over the corpora; a row shows the count per
corpus too.  The text is only printed as short contexts, for reading.
"""

import argparse
import collections
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

NEVER_NAMES = set("""
january february march april may june july august september october november
december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday
wednesday thursday friday saturday sunday mr mrs ms dr i a i'm i've i'd
i'll reuter
""".split())

# Heads of role phrases beyond the ontology's titles and agent nouns.
EXTRA_HEADS = set("""
government governments ministry ministries cabinet regime parliament
leadership leader leaders president premier officials official spokesman
spokeswoman forces troops militants rebels police army navy guerrillas
separatists insurgents gunmen authorities delegation embassy envoy
""".split())

WORD = re.compile(r"[A-Za-z][A-Za-z'.\-]*")
CAP_TOKEN = r"(?:[A-Z][A-Za-z'\-]*\.?|[A-Z]\.(?:[A-Z]\.)+)"
# A capitalised run: capitalised tokens, with "of", "for", "and the", "al-"
# style connectors inside ("Ministry of Defence", "Movement for ...").
CAP_RUN = re.compile(
    r"(?<![\w'\-])" + CAP_TOKEN +
    r"(?:(?:\s+(?:of|for|de|du|del|al|el|bin|ibn|von|van|der|la|le)(?:\s+the)?)?\s+"
    + CAP_TOKEN + r")*")
SENT_START = re.compile(r"(?:^|[.!?][\"')\]]*\s+|\n\s*|\s-{1,2}\s+|:\s+|[\"(]\s*)$")


def load_heads():
    heads = set(EXTRA_HEADS)
    path = os.path.join(ROOT, "ontology", "titles.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("title\t"):
            continue
        heads.add(line.split("\t")[0].strip())
    path = os.path.join(ROOT, "ontology", "agents.tsv")
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("noun\t"):
            continue
        f = line.rstrip("\n").split("\t")
        heads.add(f[0].strip())
        if len(f) > 1 and f[1].strip():
            heads.add(f[1].strip())
    return heads


def load_blind(path):
    out = set()
    if not path:
        return out
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) >= 2:
            out.add((os.path.basename(f[0]), f[1]))
    return out


def read_docs(path, blind, skip_categories=()):
    base = os.path.basename(path)
    docs = collections.OrderedDict()
    for line in open(path, encoding="utf-8"):
        try:
            d = json.loads(line)
        except ValueError:
            continue
        if (base, d.get("id")) in blind:
            continue
        if d.get("category") in skip_categories:
            continue
        docs[d.get("id")] = d.get("text") or ""
    return docs


def mentions(kg, path):
    """{doc: [(start, end, code, country, text)]} from kg entities."""
    out = collections.defaultdict(list)
    p = subprocess.run([kg, "entities", "-q", path], check=True,
                       stdout=subprocess.PIPE, universal_newlines=True)
    for line in p.stdout.splitlines():
        r = json.loads(line)
        m = r["mention"]
        if "value" in m:
            continue
        out[r["doc"]].append((m["start"], m["end"], m.get("code"),
                              m.get("country"), m.get("text")))
    return out


def word_case_counts(all_docs):
    lower = collections.Counter()
    upper_mid = collections.Counter()
    for text in all_docs:
        for m in WORD.finditer(text):
            w = m.group(0)
            if w[0].islower():
                lower[w.lower()] += 1
            elif not SENT_START.search(text[max(0, m.start() - 4):m.start()]):
                upper_mid[w.lower()] += 1
    return lower, upper_mid


def is_common(word, lower, upper_mid):
    w = word.lower().rstrip(".")
    if w in NEVER_NAMES or len(w) <= 1:
        return True
    return lower[w] > 2 * upper_mid[w] and lower[w] >= 3


def context(text, start, end, width=70):
    a, b = max(0, start - width), min(len(text), end + width)
    s = text[a:start] + "[" + text[start:end] + "]" + text[end:b]
    return " ".join(s.split())


def covered(ms, start, end, need_country=False):
    """The coded mentions overlapping [start, end)."""
    out = []
    for s, e, code, country, _ in ms:
        if s < end and e > start and code:
            if need_country and not country:
                continue
            out.append((s, e, code, country))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--kg", default=os.path.join(ROOT, "bin", "kg"))
    ap.add_argument("--blind", default="/work/helpers/blind_docs.txt")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--min", type=int, default=3, help="least count shown")
    ap.add_argument("--skip-categories", default="",
                    help="comma-separated story categories to leave out "
                    "(bbc_news: sport,tech,entertainment,business)")
    args = ap.parse_args()

    blind = load_blind(args.blind if os.path.exists(args.blind) else None)
    heads = load_heads()
    corpora = []
    for path in args.corpora:
        docs = read_docs(path, blind,
                         set(c for c in args.skip_categories.split(",") if c))
        corpora.append((os.path.basename(path), docs, mentions(args.kg, path)))
    lower, upper_mid = word_case_counts(
        t for _, docs, _ in corpora for t in docs.values())

    names = collections.Counter()
    names_by = collections.defaultdict(collections.Counter)
    names_ex = collections.defaultdict(list)
    roles = collections.Counter()
    roles_by = collections.defaultdict(collections.Counter)
    roles_ex = collections.defaultdict(list)
    role_re = re.compile(
        r"(?<![\w'\-])(?:(?:the|The)\s+)?((?:" + CAP_TOKEN + r"\s+)+)"
        r"((?:[a-z][a-z\-]*\s+){0,2}?)(" +
        "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True)) +
        r")(?![\w\-])")

    for cname, docs, ms_by_doc in corpora:
        for doc, text in docs.items():
            ms = ms_by_doc.get(doc, [])
            # (a) capitalised runs
            for m in CAP_RUN.finditer(text):
                toks = list(re.finditer(r"\S+", m.group(0)))
                start = m.start()
                at_start = bool(SENT_START.search(text[max(0, start - 4):start]))
                # drop leading common words at sentence starts, and every
                # common word at either end (headline case, "Officials")
                while toks and (is_common(toks[0].group(0), lower, upper_mid)
                                and (at_start or len(toks) == 1
                                     or toks[0].group(0).lower().rstrip(".")
                                     in NEVER_NAMES)
                                or toks[0].group(0) in ("of", "for", "the")):
                    toks.pop(0)
                    at_start = False
                while toks and (toks[-1].group(0).lower().rstrip(".") in NEVER_NAMES
                                or toks[-1].group(0) in ("of", "for", "the")):
                    toks.pop()
                if not toks:
                    continue
                s = m.start() + toks[0].start()
                e = m.start() + toks[-1].end()
                name = text[s:e].rstrip(".")
                if len(toks) == 1 and is_common(name, lower, upper_mid):
                    continue
                if covered(ms, s, e):
                    continue
                names[name] += 1
                names_by[name][cname] += 1
                if len(names_ex[name]) < args.examples:
                    names_ex[name].append(context(text, s, e))
            # (b) role phrases
            for m in role_re.finditer(text):
                caps = m.group(1).split()
                if all(is_common(c, lower, upper_mid) for c in caps):
                    continue
                # a country anywhere in the phrase codes it ("the Reagan
                # administration": Reagan is USAGOV)
                if covered(ms, m.start(), m.end(), need_country=True):
                    continue
                cov = covered(ms, m.start(3), m.end(3))
                kind = "no country" if cov else "uncoded"
                phrase = " ".join(m.group(0).split())
                phrase = re.sub(r"^The ", "the ", phrase)
                key = (phrase, kind)
                roles[key] += 1
                roles_by[key][cname] += 1
                if len(roles_ex[key]) < args.examples:
                    roles_ex[key].append(context(text, m.start(), m.end()))

    def show(title, counter, by, ex, fmt):
        total = sum(counter.values())
        print("## %s: %d occurrences, %d distinct; %d seen %d+ times" % (
            title, total, len(counter),
            sum(1 for v in counter.values() if v >= args.min), args.min))
        for key, n in counter.most_common(args.top):
            if n < args.min:
                break
            per = ", ".join("%s %d" % (c.split("_")[0].split(".")[0], k)
                            for c, k in by[key].most_common())
            print("%5d  %s  (%s)" % (n, fmt(key), per))
            for x in ex[key]:
                print("         ... %s" % x)
        print()

    show("(a) capitalised names with no actor code", names, names_by,
         names_ex, lambda k: k)
    show("(b) role phrases uncoded or with no country", roles, roles_by,
         roles_ex, lambda k: "%s [%s]" % k)


if __name__ == "__main__":
    sys.exit(main())
