#!/usr/bin/env python3
"""Rank the wordings kg codes no event for, by how often they occur in a corpus (standard library only).

Usage:
  python3 tools/lexgaps.py [--kg bin/kg] [--skip FILE] [--max-gap 6] [--top 300] [--examples 2]
                           [--subject-only] [--min-count 2] [--sample N] [--tsv FILE] [--dump FILE]
                           CORPUS.jsonl [CORPUS.jsonl ...]
  e.g. python3 tools/lexgaps.py --skip /work/helpers/blind_docs.txt ../shared/data/agnews_world.jsonl

Runs `kg entities -q` and `kg extract -q` on each corpus named (a JSONL file of stories with "id" and
"text"; name the files explicitly) and looks, sentence by sentence, at every two actor mentions (a
mention with a CAMEO code, not a pronoun) that stand close together: no other actor mention between
them and at most --max-gap words in between, among them a verb or an event noun.  When kg made no
relation between the two mentions' entities in that sentence, the stretch is a gap: it is normalised
to a key (lower-cased, lemmatised words; articles, possessive pronouns, weekdays and -ly adverbs
dropped; numbers as "#"; the left actor X and the right Y: "X make overture to Y") and counted.  The
same key met where kg did code an event between the two is counted too (column "coded"): a key often
coded and often not is a grammar gap (the words are known, the shape is not), a key never coded is a
lexicon gap.

With --subject-only it also ranks stretches after one actor only, "X <verb> ... <event noun>", up to
--max-gap words to the first event noun, for sentences where kg coded nothing with X as the subject
(a weak list: most of it is reported speech and business copy).

--sample N prints N gaps drawn at random, to judge by hand what share of the gaps are events at all and,
of those, what share a lexicon row could reach (2026-11-23, 60 drawn from agnews_world, bbc_news and
reuters21578: 11 expressed a CAMEO event between the two actors, 2 of them through wording the lexicon
lacks, 9 through a structure kg does not read: a relative clause, a place after "near", a noun phrase).

--skip FILE: lines "corpus<TAB>doc id", or a bare doc id for any corpus (e.g. the blind set's stories,
/work/helpers/blind_docs.txt), whose documents are left out.

Output (stdout): one block per key, most frequent first: count, coded count, key, then up to
--examples example sentences (the stretch in [brackets]).  Lemmas come from WordNet's index and
exception files in /usr/share/wordnet when present (Debian package wordnet-base), suffix rules
otherwise; a word counts as a verb when it is inflected as one, follows to or a modal, or is a
verb and not a noun in WordNet; as an event noun when WordNet files its first noun sense under
acts, events, communication or possession, or the kg lexicon has it as a noun trigger.
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

WN = "/usr/share/wordnet"
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "us", "i", "you",
            "who", "which", "that", "this", "these", "those", "itself", "themselves", "himself", "herself"}
DROP = {"the", "a", "an", "its", "their", "his", "her", "our", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "yesterday", "today", "tonight", "also", "now", "still", "again",
        "already", "just", "even", "reportedly", "formally", "officially"}
MODALS = {"to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
          "shall", "not", "n't", "never"}
PREPS = {"to", "with", "on", "against", "between", "of", "for", "from", "by", "into", "over", "toward",
         "towards", "at", "in", "about"}
# Reported speech: kg treats these verbs as attribution on purpose; their stretches are counted apart.
ATTRIBUTION = {"say", "tell", "report", "quote", "add", "state", "according", "cite", "write", "note"}
CLOSED = {"is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be", "am": "be",
          "has": "have", "had": "have", "having": "have", "does": "do", "did": "do", "done": "do",
          "'s": "'s", "as": "as", "us": "us", "this": "this", "thus": "thus", "less": "less", "its": "its"}
TITLES = {"mr", "mrs", "ms", "dr", "sir", "lord"}
AUX = {"be", "have", "do", "will", "would", "could", "can", "may", "might", "should", "must", "shall"}
# Lexicographer files of WordNet nouns that name an act or an event (noun.act 04, noun.communication 10,
# noun.event 11, noun.possession 21: "aid", "loan").
EVENT_LEXFILES = {4, 10, 11, 21}
TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-\.]*[A-Za-z]|[A-Za-z]|\d[\d,\.]*|[^\sA-Za-z\d]")

NOUN_RULES = [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
              ("ies", "y"), ("s", "")]
VERB_RULES = [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""),
              ("s", "")]


class Lexicon:
    """WordNet-backed lemmas and word classes (suffix rules when WordNet is absent)."""

    def __init__(self, kg_nouns):
        self.idx = {"noun": {}, "verb": {}}
        self.exc = {"noun": {}, "verb": {}}
        self.lexfile = {}
        self.kg_nouns = kg_nouns
        self.have_wn = os.path.exists(os.path.join(WN, "index.verb"))
        if not self.have_wn:
            return
        for pos in ("noun", "verb"):
            with open(os.path.join(WN, "index." + pos), encoding="utf-8", errors="replace") as f:
                for line in f:
                    if line.startswith(" "):
                        continue
                    parts = line.split()
                    # lemma pos synset_cnt p_cnt [ptr...] sense_cnt tagsense_cnt offsets...
                    ptrs = int(parts[3])
                    offsets = parts[6 + ptrs:]
                    self.idx[pos][parts[0]] = offsets[0] if offsets else None
            with open(os.path.join(WN, pos + ".exc"), encoding="utf-8", errors="replace") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2:
                        self.exc[pos].setdefault(parts[0], parts[1])
        self._data_noun = open(os.path.join(WN, "data.noun"), "rb")

    def is_pos(self, word, pos):
        return word in self.idx[pos] if self.have_wn else pos == "noun"

    def lemma(self, word, pos):
        """Base form of word as pos, or None when it is no such word."""
        if word in self.exc[pos]:
            return self.exc[pos][word]
        if self.is_pos(word, pos):
            return word
        for suf, rep in (NOUN_RULES if pos == "noun" else VERB_RULES):
            if word.endswith(suf) and len(word) > len(suf) + 1:
                base = word[: len(word) - len(suf)] + rep
                if self.is_pos(base, pos) or (not self.have_wn and pos == "verb" and suf != "s"):
                    return base
        return None

    def noun_lexfile(self, lemma):
        if lemma in self.lexfile:
            return self.lexfile[lemma]
        off = self.idx["noun"].get(lemma) if self.have_wn else None
        lex = None
        if off:
            self._data_noun.seek(int(off))
            lex = int(self._data_noun.readline().split()[1])
        self.lexfile[lemma] = lex
        return lex

    def classify(self, words, i):
        """(lemma, is_verb, is_event_noun) of words[i] (lower case) in its stretch."""
        w = words[i]
        prev = words[i - 1] if i > 0 else ""
        v = self.lemma(w, "verb")
        n = self.lemma(w, "noun")
        is_verb = False
        if v and v not in AUX:
            inflected = w != v and not (n and n == w) and (w.endswith(("ed", "ing")) or w in self.exc["verb"]
                                                            or n is None)
            is_verb = inflected or prev in MODALS or n is None
        is_event = False
        if n and not is_verb:
            is_event = n in self.kg_nouns or self.noun_lexfile(n) in EVENT_LEXFILES
        lemma = v if is_verb else (n or v or w)
        return lemma, is_verb, is_event


def kg_noun_triggers(root):
    """One-word noun triggers of the lexicon (ontology/relations.tsv, kind noun)."""
    out, known = set(), set()
    path = os.path.join(root, "ontology", "relations.tsv")
    if not os.path.exists(path):
        return out, known
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("pattern\t"):
                continue
            cols = line.rstrip("\n").split("\t")
            words = cols[0].split()
            if not words:
                continue
            known.update(w for w in words if w != "*")
            if len(cols) > 6 and cols[6] == "noun" and len(words) == 1:
                out.add(words[0])
    return out, known


def run_kg(kg, cmd, corpus):
    proc = subprocess.run([kg, cmd, "-q", corpus], stdout=subprocess.PIPE, check=True)
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def load_texts(corpus, skip):
    texts = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d.get("id") in skip:
                continue
            texts[d["id"]] = d.get("text", "").encode("utf-8")  # kg's offsets count bytes
    return texts


def sentence_around(text, start, end):
    """The sentence of text (bytes) holding [start, end), found by full stops (for examples only)."""
    b = max(text.rfind(b". ", 0, start), text.rfind(b"\n", 0, start))
    ends = [i for i in (text.find(b". ", end), text.find(b"\n", end)) if i >= 0]
    e = min(ends) + 1 if ends else len(text)
    return text[b + 1 if b >= 0 else 0: e].decode("utf-8", "replace").strip()


def stretch_key(lex, words, x_first):
    """Normalised key of the words between the actors, whether it has a verb / an event noun, and its head
    (the first verb or event noun and the preposition before Y: "X buy ... of Y")."""
    out, has_verb, has_event, head = [], False, False, None
    if words and words[0] in ("-", "'s", "'"):
        return "", False, False, None  # "X-based Y", "X's Y": a modifier, not a clause
    for i, w in enumerate(words):
        if w in TITLES or w in CLOSED:
            out.append(CLOSED.get(w, w))
            continue
        if w in DROP or (w.endswith("ly") and len(w) > 4 and not lex.is_pos(w, "noun")):
            continue
        if w[0].isdigit():
            out.append("#")
            continue
        if not w[0].isalpha():
            out.append(w)
            continue
        lemma, v, e = lex.classify(words, i)
        e = e and any(x in PREPS for x in words[i + 1:])
        if (v or e) and head is None:
            head = lemma
        has_verb |= v
        # an event noun counts when a preposition follows it ("talks with", "visit to"), not as a
        # modifier ("finance minister", "investment bank")
        has_event |= e
        out.append(lemma)
    if head is not None:
        prep = out[-1] if out[-1] in PREPS else ""
        head = "X %s%s Y" % (head, " ... " + prep if prep and prep != head else "")
    return " ".join(out), has_verb, has_event, head


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpora", nargs="+")
    ap.add_argument("--kg", default="bin/kg")
    ap.add_argument("--skip", help="file of corpus<TAB>doc id (or bare doc id) lines to leave out")
    ap.add_argument("--max-gap", type=int, default=6)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--examples", type=int, default=2)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--subject-only", action="store_true")
    ap.add_argument("--tsv", help="also write every key as count<TAB>coded<TAB>key to this file")
    ap.add_argument("--sample", type=int, default=0,
                    help="also print N gaps drawn at random (to judge by hand what share are events at all)")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--dump", help="write every gap as head<TAB>key<TAB>corpus<TAB>doc<TAB>stretch<TAB>sentence")
    args = ap.parse_args()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    kg_nouns, kg_words = kg_noun_triggers(root)
    lex = Lexicon(kg_nouns)
    gaps = collections.Counter()
    coded = collections.Counter()
    examples = collections.defaultdict(list)
    subj_gaps = collections.Counter()
    subj_examples = collections.defaultdict(list)
    by_corpus = collections.defaultdict(collections.Counter)
    heads, coded_heads = collections.Counter(), collections.Counter()
    head_examples = collections.defaultdict(list)
    seen = set()
    pairs_seen = pairs_gap = attributed = 0
    all_gaps = []

    for corpus in args.corpora:
        name = os.path.basename(corpus)
        skip = set()
        if args.skip:
            with open(args.skip, encoding="utf-8") as f:
                for line in f:
                    parts = line.rstrip("\n").split("\t")
                    if len(parts) == 2 and parts[0] == name:
                        skip.add(parts[1])
                    elif len(parts) == 1 and parts[0]:
                        skip.add(parts[0])  # a bare doc id (blind_docs.txt): any corpus
        texts = load_texts(corpus, skip)
        rel_pairs = {}      # (doc, sentence) -> {frozenset(ids): coded?}
        subj_coded = set()  # (doc, sentence, subject start) with a coded relation
        for r in run_kg(args.kg, "extract", corpus):
            if r["doc"] in skip:
                continue
            s, o = r.get("subject") or {}, r.get("object") or {}
            has_code = bool((r.get("relation") or {}).get("cameo"))
            key = frozenset((s.get("id"), o.get("id")))
            d = rel_pairs.setdefault((r["doc"], r["sentence"]), {})
            d[key] = d.get(key, False) or has_code
            if has_code and s:
                subj_coded.add((r["doc"], r["sentence"], s.get("start")))
        sents = collections.defaultdict(list)
        for m in run_kg(args.kg, "entities", corpus):
            if m["doc"] in skip:
                continue
            mm = m["mention"]
            if not mm.get("code") or mm.get("text", "").lower() in PRONOUNS:
                continue
            sents[(m["doc"], m["sentence"])].append(mm)
        for (doc, sno), ms in sents.items():
            text = texts.get(doc)
            if text is None:
                continue
            ms = sorted({(m["start"], m["end"]): m for m in ms}.values(), key=lambda m: m["start"])
            rels = rel_pairs.get((doc, sno), {})
            for a, b in zip(ms, ms[1:]):
                if a["id"] == b["id"] or b["start"] < a["end"]:
                    continue
                between = text[a["end"]:b["start"]].decode("utf-8", "replace")
                words = [w.lower() for w in TOKEN.findall(between)]
                if not words or len(words) > args.max_gap:
                    continue
                key, has_verb, has_event, head = stretch_key(lex, words, True)
                if not (has_verb or has_event) or not key:
                    continue
                sent = sentence_around(text, a["start"], b["end"])
                if (sent, between) in seen:
                    continue  # the same story filed twice (Reuters repeats items)
                seen.add((sent, between))
                if ATTRIBUTION & set(key.split()):
                    attributed += 1
                    continue
                key = "X " + key + " Y"
                pairs_seen += 1
                status = rels.get(frozenset((a["id"], b["id"])))
                if status:
                    coded[key] += 1
                    coded_heads[head] += 1
                    continue
                if status is None:
                    all_gaps.append("%s %s: %s" % (name.split(".")[0], doc, sent.replace(
                        between, "[" + between + "]", 1)))
                    if dump:
                        dump.write("%s\t%s\t%s\t%s\t%s\t%s\n" % (head, key, name.split(".")[0], doc,
                                   between.replace("\t", " "), sent.replace("\t", " ").replace("\n", " ")))
                    pairs_gap += 1
                    gaps[key] += 1
                    heads[head] += 1
                    if len(head_examples[head]) < args.examples:
                        head_examples[head].append((key, "%s %s: %s" % (name.split(".")[0], doc, sent.replace(
                            between, "[" + between + "]", 1))))
                    by_corpus[key][name.split(".")[0][:2]] += 1
                    if len(examples[key]) < args.examples:
                        marked = sent.replace(between, "[" + between + "]", 1)
                        examples[key].append("%s %s: %s" % (name.split(".")[0], doc, marked))
            if args.subject_only:
                for a in ms:
                    if (doc, sno, a["start"]) in subj_coded:
                        continue
                    first = TOKEN.findall(text[a["end"]:a["end"] + 40].decode("utf-8", "replace"))[:1]
                    if first and (lex.lemma(first[0].lower(), "verb") or "") in ATTRIBUTION:
                        continue
                    after = text[a["end"]:a["end"] + 200].decode("utf-8", "replace")
                    words = [w.lower() for w in TOKEN.findall(after)][: args.max_gap + 1]
                    cut = []
                    for i, w in enumerate(words):
                        if not w[0].isalpha():
                            break
                        cut.append(w)
                        lemma, v, e = lex.classify(words, i)
                        if e and lemma not in kg_words and any(lex.classify(words, j)[1] for j in range(i)):
                            key = "X " + stretch_key(lex, cut, True)[0]
                            subj_gaps[key] += 1
                            if len(subj_examples[key]) < args.examples:
                                subj_examples[key].append("%s %s: %s" % (
                                    name.split(".")[0], doc, sentence_around(text, a["start"], a["end"])))
                            break

    total = sum(gaps.values())
    print("# pairs with a verb or event noun between them: %d (and %d with reported speech, left out);"
          " no relation: %d in %d keys" % (pairs_seen, attributed, pairs_gap, len(gaps)))
    shape = [(1, 1), (2, 4), (5, 9), (10, 19), (20, 10 ** 9)]
    for lo, hi in shape:
        ks = [k for k, c in gaps.items() if lo <= c <= hi]
        n = sum(gaps[k] for k in ks)
        print("# keys seen %s times: %d keys, %d gaps (%.1f%%)" % (
            "%d-%d" % (lo, hi) if hi < 10 ** 9 else "%d+" % lo, len(ks), n, 100.0 * n / max(total, 1)))
    hs = [(lo, hi, [k for k, c in heads.items() if lo <= c <= hi]) for lo, hi in shape]
    for lo, hi, ks in hs:
        print("# heads seen %s times: %d heads, %d gaps" % (
            "%d-%d" % (lo, hi) if hi < 10 ** 9 else "%d+" % lo, len(ks), sum(heads[k] for k in ks)))
    if args.tsv:
        with open(args.tsv, "w", encoding="utf-8") as f:
            for k, c in gaps.most_common():
                f.write("%d\t%d\t%s\n" % (c, coded[k], k))
    for k, c in gaps.most_common(args.top):
        if c < args.min_count:
            break
        print("%4d %4d  %-50s %s" % (c, coded[k], k, " ".join(
            "%s:%d" % kv for kv in sorted(by_corpus[k].items()))))
        for ex in examples[k]:
            print("          " + ex[:400])
    print("\n# heads (first verb or event noun, and the preposition before Y): gaps, coded, head, keys")
    for k, c in heads.most_common(args.top):
        if c < args.min_count:
            break
        print("%4d %4d  %-30s %s" % (c, coded_heads[k], k, " | ".join(x[0] for x in head_examples[k])))
        for x in head_examples[k]:
            print("          " + x[1][:400])
    if args.sample:
        print("\n# %d gaps drawn at random (seed %d)" % (min(args.sample, len(all_gaps)), args.seed))
        rnd = random.Random(args.seed)
        for ex in rnd.sample(all_gaps, min(args.sample, len(all_gaps))):
            print("  " + ex[:400])
    if args.subject_only:
        print("\n# subject only: X <verb> ... <event noun kg's lexicon lacks>")
        for k, c in subj_gaps.most_common(args.top):
            if c < args.min_count:
                break
            print("%4d  %s" % (c, k))
            for ex in subj_examples[k]:
                print("          " + ex[:400])
    return 0


if __name__ == "__main__":
    sys.exit(main())
