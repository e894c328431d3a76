"""A synthetic news corpus for the Spark tests and benchmark: short German and English articles
varied from hand-written sentences (quotes, anonymous sources, numbers, hedges, links).

Deterministic for a seed, so the Spark run and the single-process reference see the same input.
"""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator

_DE_HEAD = ["{who} warnt vor {n} neuen Fällen", "Streit um {n} Stellen in {city}",
            "Regierung plant Reform in {city}", "Polizei meldet {n} Festnahmen"]
_DE = [
    "\"Wir werden das gemeinsam schaffen\", sagte {who} am {day} in {city}.",
    "Nach Angaben der Polizei wurden rund {n} Menschen verletzt.",
    "{who} erklärte, die Lage sei inzwischen unter Kontrolle.",
    "Zwei Beamte der Regierung sagten, man rechne mit mehr als {n} Anträgen.",
    "Die Zahl der Fälle stieg demnach um {p} Prozent.",
    "Laut einem Bericht der Nachrichtenagentur dpa sollen {n} Kämpfer beteiligt gewesen sein.",
    "Vermutlich werde die Entscheidung erst im {month} fallen, hieß es aus Kreisen der Koalition.",
    "\"Das ist ein schwerer Fehler\", kritisierte {who}.",
    "Weitere Informationen unter https://www.example.de/{slug}.",
]
_EN_HEAD = ["{who} warns of {n} new cases", "Row over {n} jobs in {city}",
            "Police report {n} arrests in {city}"]
_EN = [
    "\"We will get through this together,\" {who} said on {day} in {city}.",
    "According to police, about {n} people were injured.",
    "{who} said the situation was now under control.",
    "Two officials, who spoke on condition of anonymity, said more than {n} applications were expected.",
    "The number of cases reportedly rose by {p} percent.",
    "\"This is a serious mistake,\" {who} told reporters.",
    "More at https://www.example.com/{slug}.",
]
_WHO_DE = ["Innenministerin Anna Weber", "Bürgermeister Thomas Krüger", "Minister Klaus Müller",
           "die Sprecherin der Stadt, Julia Hofmann"]
_WHO_EN = ["Interior Minister Jane Porter", "Mayor Tom Baker", "Senator Alice Grant",
           "a spokesman for the city, Mark Lewis"]
_CITY = ["Berlin", "Hamburg", "München", "Köln", "London", "Leeds"]
_DAY_DE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag"]
_DAY_EN = ["Monday", "Tuesday", "Wednesday", "Thursday"]
_MONTH = ["Januar", "März", "Juni", "Oktober"]


def article(i: int, seed: int = 0) -> dict[str, str]:
    """Article `i` as a JSONL-shaped dict (id, url, text, published); ~1 in 4 is English."""
    rnd = random.Random(seed * 1_000_003 + i)
    english = i % 4 == 3
    sentences, heads = (_EN, _EN_HEAD) if english else (_DE, _DE_HEAD)
    who = rnd.choice(_WHO_EN if english else _WHO_DE)
    fill = {"who": who, "n": f"{rnd.randint(2, 90) * 1000:,}".replace(",", "," if english else "."),
            "p": rnd.randint(2, 40), "city": rnd.choice(_CITY), "slug": f"artikel-{i}",
            "day": rnd.choice(_DAY_EN if english else _DAY_DE), "month": rnd.choice(_MONTH)}
    head = rnd.choice(heads).format(**fill)
    head = head[0].upper() + head[1:]
    paras = []
    for _ in range(rnd.randint(2, 4)):
        chosen = rnd.sample(sentences, rnd.randint(2, 3))
        para = " ".join(s.format(**fill) for s in chosen)
        paras.append(para[0].upper() + para[1:])
    domain = "example.com" if english else rnd.choice(["example.de", "zeitung.example", "tagesblatt.example"])
    return {"id": f"synth-{seed}-{i:06d}", "url": f"https://www.{domain}/{i}",
            "published": f"2024-03-{1 + i % 28:02d}", "text": head + "\n\n" + "\n\n".join(paras)}


def articles(n: int, seed: int = 0) -> Iterator[dict[str, str]]:
    return (article(i, seed) for i in range(n))


def write_jsonl(path: str, n: int, seed: int = 0, bad_lines: int = 0) -> None:
    """`n` articles, then `bad_lines` broken lines (invalid JSON, no text field) to exercise errors."""
    with open(path, "w", encoding="utf-8") as fh:
        for a in articles(n, seed):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
        for j in range(bad_lines):
            fh.write("{not json\n" if j % 2 == 0 else json.dumps({"title": f"no text {j}"}) + "\n")


def write_warc(path: str, n: int, seed: int = 0) -> None:
    """`n` articles as HTML responses in one WARC.gz file (warcio writer)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for a in articles(n, seed):
            head, _, body = a["text"].partition("\n\n")
            paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
            html = (f"<!doctype html><html lang=de><head><title>{head}</title></head><body><article>"
                    f"<h1>{head}</h1>{paras}</article></body></html>").encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(a["url"], "response", payload=io.BytesIO(html),
                                               http_headers=headers)
            writer.write_record(record)
