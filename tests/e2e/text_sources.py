#!/usr/bin/python3
"""End-to-end checks of the text stage (issue 4), run by tests/e2e/run.sh.

1. Mixed inputs: a folder holding a .txt (with an NFC-changing sequence,
   e + U+0301 and g + U+0306, and curly quotes), two .html pages and a
   .jsonl corpus (with an "html" record, an empty record and a broken
   line).  `kg extract` must read them all; every relation's provenance
   must name the right input and byte offsets that re-read to the sentence
   and to each mention.  `kg build` on the same folder gives one graph whose
   GraphML provenance says the same.
2. Corpora: BBC, AG News and Reuters-21578 from ../shared/data go through
   `kg extract` without a crash and without losing a document: the count
   kg reports equals the number of lines whose "text" is not empty.
   Skipped, with a message, when the data is absent.

Usage: text_sources.py KG TMPDIR FIXTURES SHARED_DATA [--corpora]
Prints "ok   - ..." / "FAIL - ..." lines; exits 1 when something failed.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET

# `kg extract` maps its offsets back with kg_doc_source_span(): a .txt
# record's offsets index the file's own bytes, and a JSONL record's the
# bytes of its decoded "text" string.  (False checks them against the
# cleaned NFC text instead, as kg did before.)
SOURCE_OFFSETS = True

fails = 0


def report(ok, what, detail=""):
    global fails
    print(("ok   - " if ok else "FAIL - ") + what)
    if not ok:
        fails += 1
        if detail:
            for line in str(detail).splitlines()[:20]:
                print("     " + line)
    return ok


def nfc(s):
    return unicodedata.normalize("NFC", s)


def clean_bytes(raw):
    """What kg's text stage makes of input bytes: invalid UTF-8 replaced,
    C0 controls other than TAB, LF and CR dropped, NFC."""
    s = raw.decode("utf-8", errors="replace")
    s = "".join(c for c in s if c in "\t\n\r" or (ord(c) >= 0x20 and
                                                   c not in "\x7f\ufffe\uffff"))
    return nfc(s).encode("utf-8")


class VisibleText(html.parser.HTMLParser):
    """Every text node of a page outside script and style, blanks
    collapsed: a sentence kg extracted must be found in it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self.skip:
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", nfc("".join(self.parts)))


def squeeze(s):
    return re.sub(r"\s+", " ", s).strip()


STORY = (
    "Turkish president says T\u00fcrkiye friends with both US, Russia\n\n"
    "ANKARA, May 12 (Reuters) - Turkish President Recep Tayyip "
    "Erdog\u0306an said on Friday that T\u00fcrkiye has good relations with "
    "both the US and Russia.\n\n"
    "Kemal K\u0131l\u0131\u00e7darog\u0306lu on Thursday accused Russia of "
    "interfering in the elections.\n\n"
    "Caf\u0065\u0301 owners in Ankara said Kremlin spokesman Dmitry Peskov "
    "rejected the accusations, saying Russia\u2019s position was \u201cvery "
    "responsible.\u201d\n\n"
    "Sweden has rejected Turkey\u2019s requests. Turkey blocks "
    "Sweden\u2019s NATO accession.\n")

CORPUS = [
    json.dumps({"id": "c1", "source": "wire", "date": "20230512",
                "text": "Russia\u2019s foreign minister Sergei Lavrov met "
                        "Turkish officials in Ankara. Turkey blocks "
                        "Sweden\u2019s NATO bid."}),
    "{broken",
    json.dumps({"id": "c2", "date": "Fri, 12 May 2023 10:00:00 +0300",
                "html": "<html><body><p>WASHINGTON (AP) \u2014 The United "
                        "States accused Russia of meddling.</p></body>"
                        "</html>"}),
    json.dumps({"id": "c3", "text": "", "title": "title only"}),
    json.dumps({"id": "c4",
                "text": "Cafe\u0301 owners said Erdog\u0306an criticized "
                        "Sweden. Turkey accused Sweden of harbouring "
                        "militants."}),
]


def make_inputs(tmp, fixtures):
    d = os.path.join(tmp, "mixed")
    os.makedirs(d)
    with open(os.path.join(d, "story.txt"), "w", encoding="utf-8") as f:
        f.write(STORY)
    for name in ("cnn_style.html", "reuters_style.html"):
        shutil.copy(os.path.join(fixtures, name), d)
    with open(os.path.join(d, "corpus.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(CORPUS) + "\n")
    return d


class Sources:
    """What each document id was read from, to check offsets against."""

    def __init__(self, d):
        self.kind = {}    # doc id -> "txt" | "html" | "jsonl" | "jsonl-html"
        self.raw = {}     # doc id -> the input bytes the offsets refer to
        self.page = {}    # doc id -> visible text of an HTML page
        for name in os.listdir(d):
            path = os.path.join(d, name)
            data = open(path, "rb").read()
            if name.endswith(".txt"):
                self.kind[path] = "txt"
                self.raw[path] = data
            elif name.endswith(".html"):
                self.kind[path] = "html"
                p = VisibleText()
                p.feed(data.decode("utf-8"))
                self.page[path] = p.text()
            elif name.endswith(".jsonl"):
                for line in data.decode("utf-8").splitlines():
                    try:
                        o = json.loads(line)
                    except ValueError:
                        continue
                    if o.get("text"):
                        self.kind[o["id"]] = "jsonl"
                        self.raw[o["id"]] = o["text"].encode("utf-8")
                    elif o.get("html"):
                        self.kind[o["id"]] = "jsonl-html"
                        p = VisibleText()
                        p.feed(o["html"])
                        self.page[o["id"]] = p.text()

    def cited(self, doc, start, end):
        """The text at [start, end) of doc as kg's offsets mean it, or None
        when the offsets index text kg extracted from markup."""
        kind = self.kind[doc]
        if kind in ("html", "jsonl-html"):
            return None
        raw = self.raw[doc]
        if SOURCE_OFFSETS:
            return clean_bytes(raw[start:end]).decode("utf-8")
        return clean_bytes(raw)[start:end].decode("utf-8")


def check_span(src, doc, sentence, start, end, part, what, problems):
    """part (a mention's text) sits at [start, end) of the document, inside
    the sentence, and the input gives it back."""
    s0, s1 = sentence["start"], sentence["end"]
    if not (s0 <= start <= end <= s1):
        problems.append("%s %s [%d,%d) outside the sentence [%d,%d)" %
                        (doc, what, start, end, s0, s1))
        return
    cited = src.cited(doc, start, end)
    if cited is None:
        # offsets index the extracted text; the sentence is that text
        sb = sentence["text"].encode("utf-8")
        cited = sb[start - s0:end - s0].decode("utf-8", errors="replace")
    if part is not None and cited != part:
        problems.append("%s %s [%d,%d): %r, record says %r" %
                        (doc, what, start, end, cited, part))


def check_extract(kg, d, src):
    out = subprocess.run([kg, "extract", d], capture_output=True)
    report(out.returncode == 0, "kg extract on .txt + .html + .jsonl",
           out.stderr.decode())
    err = out.stderr.decode()
    report("corpus.jsonl:2:" in err, "the broken corpus line is named by "
           "file and line", err)
    m = re.search(r"(\d+) documents", err)
    # story.txt, two pages, c1, c2 and c4: the empty c3 has nothing to read
    report(m and int(m.group(1)) == 6, "six documents read, none lost", err)
    recs = [json.loads(l) for l in out.stdout.decode().splitlines()]
    docs = {r["doc"] for r in recs}
    report(all(doc in src.kind for doc in docs),
           "every relation names a file (or corpus id) that was read",
           sorted(docs - set(src.kind)))
    want = {os.path.join(d, "story.txt"), os.path.join(d, "cnn_style.html"),
            os.path.join(d, "reuters_style.html"), "c1", "c2", "c4"}
    report(want <= docs, "relations come from every kind of input",
           sorted(want - docs))
    problems = []
    sentences = {}
    for r in recs:
        doc = r["doc"]
        if doc not in src.kind:
            continue
        key = (doc, r["sentence"])
        span = (r["start"], r["end"], r["text"])
        if sentences.setdefault(key, span) != span:
            problems.append("%s sentence %d cited two ways" % key)
        cited = src.cited(doc, r["start"], r["end"])
        if cited is None:
            page = src.page[doc]
            if squeeze(r["text"]) not in page:
                problems.append("%s: %r is not on the page" %
                                (doc, r["text"]))
        elif cited != r["text"]:
            problems.append("%s [%d,%d): %r, record says %r" %
                            (doc, r["start"], r["end"], cited, r["text"]))
        for role in ("subject", "object"):
            e = r[role]
            check_span(src, doc, r, e["start"], e["end"], e.get("text"),
                       role, problems)
        rel = r["relation"]
        check_span(src, doc, r, rel["start"], rel["end"], rel.get("text"),
                   "relation", problems)
    report(not problems, "every record's offsets re-read to its sentence "
           "and mentions (%d records)" % len(recs), "\n".join(problems))
    # the NFC-changing sentences are among them
    story = os.path.join(d, "story.txt")
    report(any(r["doc"] == story and "Kremlin" in r["text"] or
               r["doc"] == story and "Sweden" in r["text"] for r in recs),
           "relations after the NFD characters of story.txt are cited")
    report(all("ANKARA, May 12" not in r["text"] for r in recs),
           "the dateline is not part of any sentence")
    dated = {r["doc"]: r["date"] for r in recs}
    report(dated.get("c1") == "2023-05-12" and
           dated.get("c2") == "2023-05-12" and
           dated.get(os.path.join(d, "reuters_style.html")) == "2023-05-12",
           "dates from JSONL (YYYYMMDD, RFC 2822) and HTML metadata",
           json.dumps(dated, indent=1))
    return recs


def check_build(kg, d, tmp, src):
    outdir = os.path.join(tmp, "mixed-out")
    out = subprocess.run([kg, "build", "-q", d, "-o", outdir, "-f",
                          "graphml"], capture_output=True)
    if not report(out.returncode == 0, "kg build on the mixed folder",
                  out.stderr.decode()):
        return
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(os.path.join(outdir, "graph.graphml")).getroot()
    graphs = root.findall("g:graph", ns)
    report(len(graphs) == 1, "one graph")
    problems, seen = [], set()
    for data in root.iter("{http://graphml.graphdrawing.org/xmlns}data"):
        if data.get("key") != "provenance":
            continue
        for p in json.loads(data.text):
            doc = p["doc"]
            seen.add(doc)
            if doc not in src.kind:
                problems.append("unknown document %r" % doc)
                continue
            cited = src.cited(doc, p["start"], p["end"])
            if cited is not None and cited != p["text"]:
                problems.append("%s [%d,%d): %r, provenance says %r" %
                                (doc, p["start"], p["end"], cited, p["text"]))
            if cited is None and squeeze(p["text"]) not in src.page[doc]:
                problems.append("%s: %r is not on the page" %
                                (doc, p["text"]))
    report(len({src.kind[x] for x in seen if x in src.kind}) >= 3,
           "the graph's provenance spans .txt, .html and .jsonl inputs",
           sorted(seen))
    report(not problems, "GraphML provenance re-reads to its sentences",
           "\n".join(problems))


def check_corpora(kg, data):
    names = ["bbc_news.jsonl", "agnews_world.jsonl", "reuters21578.jsonl"]
    if not all(os.path.exists(os.path.join(data, n)) for n in names):
        print("skip - corpora: %s not found" % data)
        return
    for name in names:
        path = os.path.join(data, name)
        with_text = 0
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                try:
                    t = json.loads(line).get("text")
                except ValueError:
                    continue
                if isinstance(t, str) and t.strip():
                    with_text += 1
        t0 = time.time()
        out = subprocess.run([kg, "extract", path], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
        err = out.stderr.decode(errors="replace")
        m = re.search(r"extract: (\d+) documents", err)
        got = int(m.group(1)) if m else -1
        report(out.returncode == 0 and got == with_text,
               "%s: %d documents reported, %d lines with text (%.1f s)" %
               (name, got, with_text, time.time() - t0), err[-2000:])


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    kg, tmp, fixtures, data = sys.argv[1:5]
    d = make_inputs(tmp, fixtures)
    src = Sources(d)
    check_extract(kg, d, src)
    check_build(kg, d, tmp, src)
    if "--corpora" in sys.argv[5:]:
        check_corpora(kg, data)
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
