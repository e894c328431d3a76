"""Property-based: random and mutated text, HTML and bytes give an analysis or a clean error."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reportedly import analyze
from reportedly.errors import ReportedlyError

SEEDLIKE = ("Titel: „Zitat“\n\nLaut dpa sagte er am 18. August, es seien 1.831 Panzer. "
            "\"Kyiv’s gains\"https://t.co/x — A B (@ab) August 19, 2023 Im Bericht…")
ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
QUOTEY = st.sampled_from(list("„“”»«‚‘’\"'\n.:—–-()@#©") + ["(dpa)", "Mehr zum Thema –", "https://t.co/a",
                                                           " sagte ", " laut ", "18. ", "1.831 "])


def check(source):
    try:
        result = analyze(source)
    except ReportedlyError:
        return
    data = json.loads(result.to_json())
    text = data["article"]["text"]

    def walk(o):
        if isinstance(o, dict):
            if set(o) == {"start", "end", "text"}:
                assert text[o["start"]:o["end"]] == o["text"]
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)

    walk(data)
    assert not any(w.startswith("step ") for w in data["warnings"]), data["warnings"]


FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.text(ALPHABET, max_size=400))
def test_fuzz_random_text(text):
    check(text)


@FAST
@given(st.lists(st.one_of(QUOTEY, st.text(ALPHABET, max_size=12)), max_size=60))
def test_fuzz_quote_heavy_text(parts):
    check("".join(parts))


@FAST
@given(st.integers(0, len(SEEDLIKE)), st.integers(0, 40), st.text(ALPHABET, max_size=10))
def test_fuzz_mutated_article(pos, cut, insert):
    check(SEEDLIKE[:pos] + insert + SEEDLIKE[pos + cut:])


@FAST
@given(st.binary(max_size=600))
def test_fuzz_bytes(data):
    check(data)


@FAST
@given(st.text(ALPHABET, max_size=200))
def test_fuzz_html(body):
    check(("<html><head><title>" + body[:20] + "</title></head><body><p>" + body + "</p></body></html>").encode())
