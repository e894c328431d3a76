"""Measure the attribution engine: SpkAtt news, GePaDe, the news gold set and speed.

    nice .venv/bin/python benchmarks/attribution.py [--data ../shared/data] [--split dev|tune|all]
        [--only news|gepade|gold|speed]
        [--engine rules|rules-news]

SpkAtt files are split by document: files sorted by name, every 5th (index % 5 == 4) is dev;
lexicons are mined from the rest (training/attribution_cues.py), so report dev. The score is
token-level F1 for Cue, Source and Message after a 1:1 alignment of predicted and gold events
(greedy by token overlap), and the micro average over the three roles (joint).

SpkAtt news annotates a quotation inside a paraphrase ("sagte, der Pilot trage die „volle
Verantwortung“") as an event of its own besides the paraphrase; GePaDe does not. Our contract gives such
a report one `mixed` attribution and lists the quotation in its `quotes`, so for SpkAtt news each entry
of `quotes` is scored as an event with the attribution's cue and source. SpkAtt news also counts the
quotation marks around a quoted message as part of it (in 1,019 of 1,065 tune messages next to a mark;
GePaDe in 45 of 124), while our spans leave them out, so for SpkAtt news the marks that enclose a
message or quote join it (with the quotation's own full stop before its closing mark). And SpkAtt news
ends the message of a sentence with no cue (a Konjunktiv I continuation) at its full stop (518 of 572
on tune; messages of a cue: 129 of 1,221), so for SpkAtt news that full stop joins a cue-less message.
And SpkAtt news makes one event of a speech continued without a cue over consecutive sentences ("X sagte,
A sei B. C sei D. E sei F." is two events: the cue's and "C sei D. E sei F."): of 100 pairs of adjacent
sentences that both continue a speech without a cue (tune), 92 share one event. Our contract gives each such
sentence its own attribution (`continues` names the one it goes on with), so for SpkAtt news the
continuations of one attribution in consecutive sentences are scored as one event.
And SpkAtt news does not annotate the source an outlet cites "unter Berufung auf" (none of the 12 in the
whole train folder is a source or cue of any event, checked in session 22): our contract nests it inside
the outlet's report as an attribution of its own, so for SpkAtt news that inner attribution is not scored.
These conversions (`news_conventions`) change no span of the analysis; the figure without them is
printed beside it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from reportedly.analysis import dates, quotes
from reportedly.analysis.attribution.engine import attribute
from reportedly.language.doc import Doc, Sentence, Token
from reportedly.model import Analysis, Article

SHARED = Path(os.environ.get("REPORTEDLY_SHARED", Path(__file__).resolve().parents[2] / "shared"))
"""The shared data beside the repository (../shared), or $REPORTEDLY_SHARED."""

try:
    from reportedly.language.annotate import annotate
except ImportError:  # the language layer is optional: the engine degrades without it
    annotate = None

ROLES = ("Cue", "Source", "Message")
QUOTE_MARKS = frozenset('„“”"‚‘’»«') | {"''", "``"}
END_PUNCT = frozenset(".!?")
CTX = None
"""What attribute() gets: None (the default engine "rules") or a stand-in context for --engine."""
GOLD = str(SHARED / "eval" / "news-gold" / "gold.jsonl")
SCORER = str(SHARED / "eval" / "score_news_gold.py")


def split_files(folder: Path, split: str) -> list[Path]:
    files = sorted(folder.glob("*.json"))
    if split == "all":
        return files
    return [f for i, f in enumerate(files) if (i % 5 == 4) == (split == "dev")]


def build_doc(sentences: list[list[str]]) -> tuple[Doc, list[str]]:
    """A Doc whose tokens are exactly the given ones (joined by spaces), with "sid:tid" ids."""
    parts, tokens, sents, ids = [], [], [], []
    pos = 0
    for sid, words in sentences:
        first = len(tokens)
        start = pos
        for ti, w in enumerate(words):
            tokens.append(Token(len(tokens), pos, pos + len(w), w, len(sents)))
            ids.append(f"{sid}:{ti}")
            parts.append(w)
            pos += len(w) + 1
        sents.append(Sentence(start, pos - 1, first, len(tokens)))
    text = " ".join(parts)
    doc = Doc(text=text, analysis=Analysis.new(Article(id="x", title="", language="de", text=text)))
    doc.paragraphs = [(0, len(text))]
    doc.tokens, doc.sentences = tokens, sents
    global annotate
    if annotate is not None:
        try:
            annotate(doc)
        except Exception as exc:  # the layer is being built in parallel: measure without it
            print(f"  (language layer failed: {exc!r}; continuing without it)")
            annotate = None
    quotes.find_quotes(doc, None)
    try:
        dates.find_dates(doc, None)
    except Exception:  # dates are a nicety for subject choice, never a reason to fail here
        pass
    return doc, ids


CITED_CUES = frozenset(f"{p} {n}" for p in ("unter", "mit") for n in ("berufung", "verweis", "bezug", "bezugnahme"))


def predicted_events(doc: Doc, ids: list[str], news_conventions: bool = False,
                     speech_acts: bool = False) -> list[dict[str, set[str]]]:
    """Each attribution as a SpkAtt event of token ids; with `news_conventions` (SpkAtt news), each of its
    `quotes` is an event too, quotation marks around a message piece belong to it, the full stop after a
    cue-less message too, and cue-less continuations of one speech in consecutive sentences are one event."""
    toks = doc.tokens

    def tok_ids(spans, marks: bool = False, full_stop: bool = False) -> set[str]:
        out = set()
        for sp in spans:
            first = t = doc.token_at(sp.start)
            while t is not None and t.start < sp.end:
                out.add(ids[t.i])
                last = t
                t = toks[t.i + 1] if t.i + 1 < len(toks) else None
            if first is None:
                continue
            after = last.i + 1
            stop = after < len(toks) and toks[after].text in END_PUNCT
            close = after + stop  # „Huchting ist nicht Paris.“: the quotation's own full stop, then its mark
            if marks and 0 < first.i and close < len(toks) and toks[first.i - 1].text in QUOTE_MARKS and \
                    toks[close].text in QUOTE_MARKS:
                out |= {ids[first.i - 1]} | {ids[k] for k in range(after, close + 1)}
            elif full_stop and stop:
                out.add(ids[after])
        return out

    out = []
    run = None  # the last cue-less continuation: (its event, what it continues, its source, its sentence)
    for a in doc.analysis.attributions:
        if news_conventions and a.cue and a.parent and " ".join(
                [a.cue.text.lower()] + [p.text.lower() for p in a.cue_parts[:1]]) in CITED_CUES:
            continue  # "X berichtet unter Berufung auf Y": SpkAtt news annotates X's report only
        mention = doc.analysis.speaker_mention(a)  # a continuation's: the mention of the report it goes on from
        event = {
            "Cue": tok_ids(([a.cue] if a.cue else []) + a.cue_parts),
            "Source": tok_ids([mention] if mention else []),
            "Message": tok_ids(a.message_parts or [a.message], news_conventions, news_conventions and a.cue is None),
        }
        sent = doc.token_at(a.message.start).sent if a.cue is None and a.continues else None
        if news_conventions and sent is not None and run is not None and (run[1], run[2], run[3] + 1) == (
                a.continues, a.source, sent):
            run[0]["Message"] |= event["Message"]  # the next sentence of the same continued speech: one event
            run = (run[0], run[1], run[2], sent)
        else:
            out.append(event)
            run = (event, a.continues, a.source, sent) if sent is not None else None
        if news_conventions:
            out += [{"Cue": event["Cue"], "Source": event["Source"], "Message": tok_ids([q], True)} for q in a.quotes]
    if speech_acts:  # events with a cue and no message (GePaDe annotates them; SpkAtt news has none)
        out += [
            {"Cue": tok_ids([e.cue] + e.cue_parts), "Source": tok_ids([e.source_mention] if e.source_mention else []),
             "Message": set()}
            for e in doc.analysis.speech_acts
        ]
    return out


def gold_events(doc_json: dict, cue_roles: tuple[str, ...]) -> list[dict[str, set[str]]]:
    return [
        {
            "Cue": {r for role in cue_roles for r in ann.get(role, [])},
            "Source": set(ann.get("Source", [])),
            "Message": set(ann.get("Message", [])),
        }
        for ann in doc_json["Annotations"]
    ]


def score(gold: list[dict], pred: list[dict], counts: dict) -> None:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = sum(len(g[r] & p[r]) for r in ROLES)
            if ov:
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    tp = {r: 0 for r in ROLES}
    for _ov, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        for r in ROLES:
            tp[r] += len(gold[gi][r] & pred[pi][r])
    for r in ROLES:
        counts[r][0] += tp[r]
        counts[r][1] += sum(len(p[r]) for p in pred)
        counts[r][2] += sum(len(g[r]) for g in gold)


def f1(tp: int, npred: int, ngold: int) -> tuple[float, float, float]:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def spkatt(folder: Path, split: str, cue_roles: tuple[str, ...], label: str, news_conventions: bool = False,
           speech_acts: bool = False) -> None:
    counts = {r: [0, 0, 0] for r in ROLES}
    plain = {r: [0, 0, 0] for r in ROLES}  # without the conventions
    files = split_files(folder, split)
    t0 = time.perf_counter()
    engine_s = 0.0
    ntok = 0
    for f in files:
        d = json.loads(f.read_text("utf-8"))
        doc, ids = build_doc([(s["SentenceId"], s["Tokens"]) for s in d["Sentences"]])
        ntok += len(doc.tokens)
        t1 = time.perf_counter()
        attribute(doc, CTX)
        engine_s += time.perf_counter() - t1
        gold = gold_events(d, cue_roles)
        score(gold, predicted_events(doc, ids, news_conventions, speech_acts), counts)
        if news_conventions:
            score(gold, predicted_events(doc, ids), plain)
    total = [sum(c[k] for c in counts.values()) for k in range(3)]
    print(
        f"\n{label} ({split}: {len(files)} docs, {ntok} tokens; "
        f"engine {ntok / max(engine_s, 1e-9):,.0f} tok/s, "
        f"all incl. language layer {time.perf_counter() - t0:.1f} s)"
    )
    for r in ROLES:
        p, rr, f = f1(*counts[r])
        print(f"  {r:8s} P={p:.3f} R={rr:.3f} F1={f:.3f}")
    p, rr, f = f1(*total)
    print(f"  {'joint':8s} P={p:.3f} R={rr:.3f} F1={f:.3f}")
    if news_conventions:
        p, rr, f = f1(*[sum(c[k] for c in plain.values()) for k in range(3)])
        print(f"  (joint without the news conventions: P={p:.3f} R={rr:.3f} F1={f:.3f})")


def news_gold() -> None:
    for lang in ("de", "en"):
        cmd = [
            sys.executable,
            SCORER,
            GOLD,
            "--lang",
            lang,
            "--",
            str(Path(sys.executable).parent / "reportedly"),
            "analyze",
            "--format",
            "jsonl",
            *([] if ENGINE == "rules" else ["--setting", f"attribution_engine={ENGINE}"]),
        ]
        print(f"\nnews gold {lang}: $ {' '.join(cmd)}")
        r = subprocess.run(cmd, capture_output=True, text=True)
        print("  " + "\n  ".join(r.stdout.strip().splitlines()[-9:]))


def speed() -> None:
    from reportedly.api import analyze

    texts = [json.loads(line)["text"] for line in open(GOLD, encoding="utf-8") if line.strip()]
    analyze(texts[0])
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    for t in texts:
        analyze(t)
    dt = time.perf_counter() - t0
    print(
        f"\nspeed: whole analyze on {len(texts)} gold articles ({words} words) in {dt:.2f} s = "
        f"{words / dt:,.0f} words/s = {words / dt / 600:.1f} articles/s at 600 words (one core)"
    )


ENGINE = "rules"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(SHARED / "data"))
    ap.add_argument("--split", default="dev", choices=("dev", "tune", "all"))
    ap.add_argument("--only", default=None, choices=("news", "gepade", "gold", "speed"))
    ap.add_argument("--engine", default="rules", choices=("rules", "rules-news"), help="lexicon variant")
    ap.add_argument("--no-layer", action="store_true", help="measure without the language layer")
    args = ap.parse_args()
    global annotate, CTX, ENGINE
    ENGINE = args.engine
    if args.engine != "rules":
        from reportedly.pipeline import Context
        from reportedly.settings import Settings

        CTX = Context(Settings(attribution_engine=args.engine))
    if args.no_layer:
        annotate = None
    data = Path(args.data)
    print(f"$ {' '.join(sys.argv)}   (language layer: {'yes' if annotate else 'no'})")
    if args.only in (None, "news"):
        spkatt(data / "spkatt-news/train", args.split, ("Cue",), "SpkAtt news", news_conventions=True)
    if args.only in (None, "gepade"):
        spkatt(data / "gepade/train", args.split, ("Cue", "PTC"), "GePaDe", speech_acts=True)
    if args.only in (None, "gold"):
        news_gold()
    if args.only in (None, "speed"):
        speed()


if __name__ == "__main__":
    main()
