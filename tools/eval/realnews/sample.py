#!/usr/bin/python3
"""Draw sentences of a shared news corpus for hand coding, and turn a coded
worksheet into gold records that hold no text (the corpora stay in
../shared/data; see README.md in this folder).

  sample.py draw CORPUS SEED N [KG]  > sheet.jsonl
      CORPUS is a file name under the data folder (reuters21578.jsonl,
      agnews_world.jsonl, bbc_news.jsonl).  Stories are taken in an order
      shuffled by SEED, split into sentences, and a sentence is kept when it
      has 8-60 words and `kg entities` finds at least two different actor
      codes in it; N sentences are written, each with its text and an empty
      "events" list for the coder.  Sentences already in a gold file of this
      folder or of ../realnews_blind are skipped, and so are a copy of one
      (same sha1) in another story, a second copy within the draw, and
      every story a blind record points into.  KG_SAMPLE_MIN_CODES=1 keeps sentences with one
      actor code or more (seed 1902: AG News had no more sentences with two).
  sample.py strip sheet.jsonl > NAME.jsonl
      Checks the coded worksheet (codes, sha1) and drops "text".
"""
import json
import os
import random
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import kgeval as K  # noqa: E402
import run_eval as R  # noqa: E402

# A period after one of these (or after one capital letter: an initial)
# does not end a sentence.
ABBREV = set("""Mr Mrs Ms Dr St Gen Col Lt Maj Capt Sgt Adm Sen Rep Gov Pres Prof Rev
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos Corp Inc Ltd Co Cos Jr Sr Bros
vs U.S U.N U.K E.C Ft Mt""".split())
END = re.compile(r'[.!?]["\')]?\s+(?=["\'(]?[A-Z0-9])')


def sentences(text):
    """[(start, end)] code-point spans of the sentences of a story."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        p0, body, start = para.start(), para.group(0), 0
        for m in END.finditer(body):
            word = re.search(r"([A-Za-z.]+)[.!?][\"')]?$", body[start:m.start() + 1])
            if word and (word.group(1) in ABBREV or re.fullmatch(r"[A-Z]", word.group(1))):
                continue
            end = m.end()
            seg = body[start:end].rstrip()
            if seg:
                spans.append((p0 + start, p0 + start + len(seg)))
            start = end
        seg = body[start:].rstrip()
        if seg.strip():
            spans.append((p0 + start, p0 + start + len(seg)))
    return spans


def known_sentences():
    """What a draw must skip: (seen, blind_docs, texts).  seen holds every
    sentence already in this folder or in ../realnews_blind (never drawn
    twice); blind_docs every (corpus, doc) story the blind set points into,
    so that no sentence of a blind story is drawn (twenty-eighth session:
    before, helpers dropped such sentences from the sheet by hand); texts
    the sha1 of every sentence of either folder, so that a copy of a known
    sentence in another story is skipped too.  The blind records are read
    for their pointers only (corpus, doc, start, sha1), never their gold."""
    seen, blind_docs, texts = set(), set(), set()
    for d in (HERE, os.path.join(os.path.dirname(HERE), "realnews_blind")):
        blind = d != HERE
        for f in (os.listdir(d) if os.path.isdir(d) else ()):
            if f.endswith(".jsonl"):
                for r in K.read_jsonl(os.path.join(d, f)):
                    seen.add((r.get("corpus"), r.get("doc"), r.get("start")))
                    texts.add(r.get("sha1"))
                    if blind:
                        blind_docs.add((r.get("corpus"), r.get("doc")))
    return seen, blind_docs, texts


def draw(corpus, seed, n, kg):
    path = os.path.join(R.data_dir(), corpus)
    stories = [s for s in K.read_jsonl(path) if s.get("text")]
    random.Random(seed).shuffle(stories)
    seen, blind_docs, texts = known_sentences()
    cands = []
    for s in stories:
        if (corpus, s["id"]) in blind_docs:
            continue
        for a, b in sentences(s["text"]):
            t = s["text"][a:b]
            if (8 <= len(t.split()) <= 60 and (corpus, s["id"], a) not in seen
                    and K.sentence_sha1(t) not in texts):
                texts.add(K.sentence_sha1(t))
                cands.append((s, a, b))
        if len(cands) >= 40 * n:
            break
    with tempfile.TemporaryDirectory(prefix="kg-sample-") as tmp:
        c = os.path.join(tmp, "c.jsonl")
        R.write_corpus(c, [("c%d" % i, s["text"][a:b], K.story_date(s))
                           for i, (s, a, b) in enumerate(cands)])
        men = K.parse_jsonl_text(subprocess.run([kg, "entities", "-q", c], stdout=subprocess.PIPE,
                                                check=True).stdout.decode())
    codes = {}
    for m in men:
        code = (m.get("mention") or {}).get("code")
        if code:
            codes.setdefault(m.get("doc"), set()).add(code)
    min_codes = int(os.environ.get("KG_SAMPLE_MIN_CODES", "2"))
    out = 0
    for i, (s, a, b) in enumerate(cands):
        if len(codes.get("c%d" % i, ())) < min_codes:
            continue
        t = s["text"][a:b]
        print(json.dumps({"id": "rn-%s-%d" % (s["id"], a), "corpus": corpus, "doc": s["id"],
                          "start": a, "end": b, "sha1": K.sentence_sha1(t), "text": t,
                          "events": []}, ensure_ascii=False))
        out += 1
        if out == n:
            break


def strip(sheet):
    code = re.compile(r"^(?:\d{2,4})$")
    for r in K.read_jsonl(sheet):
        if K.sentence_sha1(r["text"]) != r["sha1"]:
            raise SystemExit("%s: the text was edited (sha1); never reword a sentence" % r["id"])
        for e in r.get("events") or []:
            if set(e) != {"source", "target", "code"} or not code.match(str(e["code"])):
                raise SystemExit("%s: bad event %r" % (r["id"], e))
        o = {k: r[k] for k in ("id", "corpus", "doc", "start", "end", "sha1", "events")}
        print(json.dumps(o, ensure_ascii=False))


def main(argv):
    if len(argv) >= 4 and argv[0] == "draw":
        kg = argv[4] if len(argv) > 4 else os.path.join(HERE, "..", "..", "..", "bin", "kg")
        draw(argv[1], int(argv[2]), int(argv[3]), kg)
    elif len(argv) == 2 and argv[0] == "strip":
        strip(argv[1])
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
