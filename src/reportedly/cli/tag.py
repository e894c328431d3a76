"""`reportedly tag FILE|-`: the language layer's annotations as CoNLL-U or JSON.

    reportedly tag article.txt                       # CoNLL-U, language detected (--lang de|en)
    reportedly tag - --format json < article.txt
    reportedly tag gold.conllu --input-format conllu # keep the given tokens, re-annotate them

CoNLL-U columns: ID FORM LEMMA UPOS XPOS (STTS for German, CLAWS5 for English) FEATS HEAD
DEPREL _ MISC, where HEAD/DEPREL carry only the subject heuristic (nsubj -> finite verb;
everything else _ -- no parse), and
MISC has the entity BIO tag ("NE=B-PER") and "SpaceAfter=No" where the text had no space.
Plain text is split into sentences as the pipeline splits it: the first line (headline) and every
blank-line-separated paragraph always end a sentence.
"""

from __future__ import annotations

import json
import sys

import click


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
    else:
        with open(path, "rb") as f:
            data = f.read()
    return data.decode("utf-8", errors="replace")


def read_conllu(text: str) -> list[list[str]]:
    """Sentences of word forms from CoNLL-U (multi-word token ranges and empty nodes skipped)."""
    sents, cur = [], []
    for line in text.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) >= 2 and cols[0].isdigit():
            cur.append(cols[1])
    if cur:
        sents.append(cur)
    return sents


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges that always end a sentence, as the pipeline's layout step finds them:
    the first line (headline) and every blank-line-separated paragraph."""
    from types import SimpleNamespace

    from ..analysis.basics import layout

    doc = SimpleNamespace(text=text, paragraphs=[], headline_end=0)
    layout(doc, None)
    return doc.paragraphs or [(0, len(text))]


def tokenize_text(text: str) -> tuple[list[list[str]], list[list[bool]]]:
    """Sentences of words (and SpaceAfter flags) from raw text with the pipeline's tokenizer."""
    try:
        from ..language.tokenize import tokenize
    except ImportError:  # pragma: no cover - tokenizer is part of the core
        tokenize = None
    if tokenize is None:
        sents = [line.split() for line in text.splitlines() if line.split()]
        return sents, [[True] * len(s) for s in sents]
    tokens, sentences = tokenize(text, paragraphs=paragraphs(text))
    out, spaces = [], []
    for s in sentences or [type("S", (), {"first": 0, "last": len(tokens)})()]:
        toks = tokens[s.first:s.last]
        if not toks:
            continue
        out.append([t.text for t in toks])
        spaces.append([t.end >= len(text) or text[t.end].isspace() for t in toks])
    return out, spaces


def to_conllu(sents, rows_per_sent, spaces=None) -> str:
    lines = []
    for k, (words, rows) in enumerate(zip(sents, rows_per_sent)):
        lines.append(f"# sent_id = {k + 1}")
        if spaces is not None:
            text = "".join(w + (" " if sp else "") for w, sp in zip(words, spaces[k])).rstrip()
        else:
            text = " ".join(words)
        lines.append("# text = " + text)
        for i, r in enumerate(rows):
            misc = []
            if r["ent"] and r["ent"] != "O":
                misc.append("NE=" + r["ent"])
            if spaces is not None and not spaces[k][i]:
                misc.append("SpaceAfter=No")
            head = str(r["head"] + 1) if r["head"] >= 0 else "0"
            dep = r["dep"] or "_"
            lines.append("\t".join([str(i + 1), r["text"], r["lemma"] or "_", r["pos"] or "_", r["tag"] or "_",
                                    r["morph"] or "_", head if r["dep"] else "_", dep, "_",
                                    "|".join(misc) or "_"]))
        lines.append("")
    return "\n".join(lines) + ("\n" if lines else "")


@click.command("tag")
@click.argument("source", default="-")
@click.option("--format", "fmt", type=click.Choice(["conllu", "json"]), default="conllu", show_default=True)
@click.option("--input-format", type=click.Choice(["text", "conllu"]), default="text", show_default=True,
              help="conllu: keep the file's tokens and sentences and re-annotate them.")
@click.option("--lang", type=click.Choice(["auto", "de", "en"]), default="auto", show_default=True,
              help="auto: detect German or English from the text (German when unsure).")
def tag_command(source: str, fmt: str, input_format: str, lang: str) -> None:
    """Tag SOURCE (a file or - for stdin): POS, STTS/CLAWS5 tag, lemma, verb features, entities."""
    from ..language.annotate import annotate_sentences

    try:
        text = _read(source)
    except OSError as e:
        raise click.ClickException(f"cannot read {source}: {e}") from e
    if input_format == "conllu":
        sents, spaces = read_conllu(text), None
    else:
        sents, spaces = tokenize_text(text)
    if lang == "auto":
        from ..language.detect import detect_language

        lang = detect_language(" ".join(w for s in sents[:200] for w in s))
        if lang not in ("de", "en"):
            lang = "de"
    rows = annotate_sentences(sents, lang)
    if fmt == "json":
        out = [{"sentence": k + 1, "tokens": r} for k, r in enumerate(rows)]
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        click.echo(to_conllu(sents, rows, spaces), nl=False)
