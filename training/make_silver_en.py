"""English silver data: prose sentences from docstrings of permissively licensed Python code, tagged by HanTa.

There is no English news text among the shared data that may be used for training (the
html-pages are for tests and benchmarks only; news-gold is evaluation data). So the English
tagger learns from the docstrings of the Python 3.11 standard library (PSF licence) and of numpy
and scipy (BSD-3): general English grammar, technical vocabulary. HanTa's English model
(CLAWS5 tags) labels them. Writes build/silver_en.tsv (tokens, tags, lemmas; tab-separated,
space-joined).

    nice python training/make_silver_en.py
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
OUT = ROOT / "build/silver_en.tsv"
MAX_WORDS = 400_000


def source_roots() -> list[Path]:
    roots = [Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}"]
    for pkg in ("numpy", "scipy"):  # BSD-3
        spec = importlib.util.find_spec(pkg)
        if spec and spec.origin:
            roots.append(Path(spec.origin).parent)
    return roots


def prose(root: Path, skip_site: bool):
    for f in sorted(root.rglob("*.py")):
        if (skip_site and "site-packages" in f.parts) or "tests" in f.parts or "test" in f.parts:
            continue
        try:
            tree = ast.parse(f.read_text(encoding="utf-8"))
        except (SyntaxError, UnicodeDecodeError, ValueError):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
                continue
            doc = ast.get_docstring(node)
            if not doc:
                continue
            for para in re.split(r"\n\s*\n", doc):
                text = " ".join(para.split())
                for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
                    words = s.split()
                    if (6 <= len(words) <= 60 and s[0].isupper() and s[-1] in ".!?"
                            and sum(w.isalpha() for w in words) / len(words) > 0.8
                            and not re.search(r"[=(){}\[\]_>`*|\\]|::", s)):
                        yield s


def main() -> None:
    from HanTa import HanoverTagger as ht

    from reportedly.language.tokenize import tokenize

    tagger = ht.HanoverTagger("morphmodel_en.pgz")
    n = 0
    seen = set()
    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", encoding="utf-8") as out:
        for k, root in enumerate(source_roots()):
            for s in prose(root, skip_site=k == 0):
                if s in seen or n >= MAX_WORDS:
                    continue
                seen.add(s)
                tokens, _ = tokenize(s)
                toks = [t.text for t in tokens if not any(c.isspace() for c in t.text)]
                res = tagger.tag_sent(toks, taglevel=1)
                out.write(" ".join(toks) + "\t" + " ".join(r[2] for r in res) + "\t"
                          + " ".join((r[1] or "_").replace(" ", "_") for r in res) + "\n")
                n += len(toks)
    print(f"{n} tokens -> {OUT}")


if __name__ == "__main__":
    main()
