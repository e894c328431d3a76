"""Benchmark of the language layer on held-out data (see training/corpora.py for the splits).

    python benchmarks/language.py [--data ../shared/data] [--skip-speed]

Prints: UPOS / STTS / lemma accuracy and Mood=Sub F1 on finite verbs (with Konjunktiv I vs II)
on UD German-GSD test (the models were trained on GSD dev + silver data, never on GSD test);
PER/ORG/LOC span F1 on the held-out 40% of GermEval 2014 test; words/s of the whole layer on
one core (pipeline tokenizer + annotate()), peak RSS, artefact size.
"""

from __future__ import annotations

import argparse
import json
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: no BLAS threads (none are used anyway)
import resource
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "training"))

from corpora import ENTITY_TYPES, germeval_split, gsd, spans  # noqa: E402

from reportedly.language.annotate import annotate, annotator  # noqa: E402


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def feats(s: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in s.split("|") if "=" in kv)


def pos_benchmark(data: Path) -> dict:
    test = gsd("test", data)
    ann = annotator("de")
    sents = [[w[0] for w in s] for s in test]
    t0 = time.perf_counter()
    pred = ann.annotate_sentences(sents)
    dt = time.perf_counter() - t0
    n = up = st = lem = 0
    # Mood on gold finite verbs
    c = Counter()
    for gold, rows in zip(test, pred):
        for (_form, lemma, upos, xpos, gf), r in zip(gold, rows):
            n += 1
            up += r.pos == upos
            st += r.tag == xpos
            lem += r.lemma == lemma
            g = feats(gf)
            if g.get("VerbForm") != "Fin":
                continue
            p = feats(r.morph)
            gs, ps = g.get("Mood") == "Sub", p.get("Mood") == "Sub"
            c["tp"] += gs and ps
            c["fp"] += ps and not gs
            c["fn"] += gs and not ps
            for name, tense in (("KI", "Pres"), ("KII", "Past")):
                gk = gs and g.get("Tense") == tense
                pk = ps and p.get("Tense") == tense
                c[name + "tp"] += gk and pk
                c[name + "fp"] += pk and not gk
                c[name + "fn"] += gk and not pk
            if gs and ps:
                c["tense_ok"] += g.get("Tense") == p.get("Tense")
            c["fin"] += 1
            c["person_ok"] += g.get("Person") == p.get("Person")
            c["number_ok"] += g.get("Number") == p.get("Number")
    out = {
        "tokens": n, "upos_acc": up / n, "stts_acc": st / n, "lemma_acc": lem / n,
        "mood_sub": f1(c["tp"], c["fp"], c["fn"]), "konj1": f1(c["KItp"], c["KIfp"], c["KIfn"]),
        "konj2": f1(c["KIItp"], c["KIIfp"], c["KIIfn"]),
        "tense_agree_on_sub_tp": c["tense_ok"] / max(c["tp"], 1), "finite_verbs": c["fin"],
        "person_acc_fin": c["person_ok"] / max(c["fin"], 1), "number_acc_fin": c["number_ok"] / max(c["fin"], 1),
        "words_per_s_tagging_only": n / dt,
    }
    return out


def ner_benchmark(data: Path) -> dict:
    _, held = germeval_split(data)
    ann = annotator("de")
    pred = ann.annotate_sentences([[t for t, _ in s] for s in held])
    c = Counter()
    for gold, rows in zip(held, pred):
        g = set(spans([lab for _, lab in gold]))
        p = set(spans([r.ent for r in rows]))
        for typ in ENTITY_TYPES:
            gt = {x for x in g if x[0] == typ}
            pt = {x for x in p if x[0] == typ}
            c[typ + "tp"] += len(gt & pt)
            c[typ + "fp"] += len(pt - gt)
            c[typ + "fn"] += len(gt - pt)
    out = {"sentences": len(held)}
    for typ in ENTITY_TYPES:
        out[typ] = f1(c[typ + "tp"], c[typ + "fp"], c[typ + "fn"])
    out["micro"] = f1(*(sum(c[t + k] for t in ENTITY_TYPES) for k in ("tp", "fp", "fn")))
    return out


def texts(data: Path) -> list[str]:
    """Raw article texts for the speed test: the SpkAtt news documents, detokenised."""
    out = []
    for f in sorted((data / "spkatt-news" / "train").glob("*.json"))[:400]:
        doc = json.loads(f.read_text(encoding="utf-8"))
        out.append("\n\n".join(" ".join(s["Tokens"]) for s in doc["Sentences"]))
    return out


def speed_benchmark(data: Path) -> dict:
    from reportedly.language.doc import Doc
    from reportedly.language.tokenize import tokenize

    docs_text = texts(data)
    annotator.cache_clear()
    t0 = time.perf_counter()
    annotator("de")
    load_s = time.perf_counter() - t0

    def make(text):
        toks, sents = tokenize(text)
        analysis = SimpleNamespace(article=SimpleNamespace(language="de"), warnings=[])
        return Doc(text=text, analysis=analysis, tokens=toks, sentences=sents)

    # warm-up pass (fills the word-type caches as a long-running process would have them)
    for text in docs_text[:50]:
        annotate(make(text))
    docs = [make(t) for t in docs_text]
    n = sum(len(d.tokens) for d in docs)
    t0, c0 = time.perf_counter(), time.process_time()
    for d in docs:
        annotate(d)
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    t0 = time.perf_counter()
    for text in docs_text:
        tokenize(text)
    dt_tok = time.perf_counter() - t0
    return {"docs": len(docs), "words": n, "annotate_words_per_s": n / dt, "annotate_words_per_cpu_s": n / cpu,
            "tokenize_plus_annotate_words_per_s": n / (dt + dt_tok), "model_load_s": load_s}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.environ.get(
        "REPORTEDLY_SHARED", str(Path(__file__).resolve().parents[2] / "shared")) + "/data",
        help="the shared data folder (default: ../shared/data beside the repository)")
    ap.add_argument("--skip-speed", action="store_true")
    args = ap.parse_args()
    data = Path(args.data)
    print("$ " + " ".join([os.path.basename(sys.executable)] + sys.argv))
    pos = pos_benchmark(data)
    print(f"\nUD German-GSD test ({pos['tokens']} words; trained on GSD dev + HanTa silver):")
    print(f"  UPOS accuracy        {pos['upos_acc']:.4f}   (target >= 0.97)")
    print(f"  STTS accuracy        {pos['stts_acc']:.4f}")
    print(f"  lemma accuracy       {pos['lemma_acc']:.4f}")
    p, r, f = pos["mood_sub"]
    print(f"  Mood=Sub on {pos['finite_verbs']} gold finite verbs: P {p:.4f} R {r:.4f} F1 {f:.4f}   (target >= 0.95)")
    for name in ("konj1", "konj2"):
        p, r, f = pos[name]
        label = "Konjunktiv I  (Sub+Pres)" if name == "konj1" else "Konjunktiv II (Sub+Past)"
        print(f"    {label}: P {p:.4f} R {r:.4f} F1 {f:.4f}")
    print(f"    tense agreement on correctly found Sub: {pos['tense_agree_on_sub_tp']:.4f}")
    print(f"  Person acc (finite)  {pos['person_acc_fin']:.4f}; Number acc {pos['number_acc_fin']:.4f}")
    ner = ner_benchmark(data)
    print(f"\nGermEval 2014 held-out (last 40% of test, {ner['sentences']} sentences), span F1:")
    for typ in (*ENTITY_TYPES, "micro"):
        p, r, f = ner[typ]
        print(f"  {typ:5s} P {p:.4f} R {r:.4f} F1 {f:.4f}" + ("   (target >= 0.80)" if typ == "micro" else ""))
    if not args.skip_speed:
        sp = speed_benchmark(data)
        print(f"\nSpeed, one process/one core, {sp['docs']} SpkAtt news docs, {sp['words']} words:")
        print(f"  annotate() only            {sp['annotate_words_per_s']:,.0f} words/s wall, "
              f"{sp['annotate_words_per_cpu_s']:,.0f} words per CPU-second   (target >= 25,000)")
        print(f"  tokenize + annotate        {sp['tokenize_plus_annotate_words_per_s']:,.0f} words/s")
        print(f"  model load                 {sp['model_load_s']:.2f} s")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak RSS {rss:.0f} MB   (target <= 500)")
    models = Path(__import__("reportedly").__file__).parent / "data" / "models"
    size = sum(f.stat().st_size for f in models.rglob("*") if f.is_file())
    print(f"Artefacts in {models}: {size / 1e6:.1f} MB   (target <= 50)")


if __name__ == "__main__":
    main()
