"""Small corpora for the corpus tests: varied German news text, files of every input kind."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

SENTENCES = [
    "Die Hamas verfügt nach Angaben der israelischen Armee über {n}.000 Kämpfer.",
    "Das sagte ein Sprecher des Ministeriums am Montag in Berlin.",
    "\u201eWir werden das prüfen\u201c, sagte Innenministerin Anna Beispiel der Zeitung.",
    "Laut zwei Beamten der US-Regierung ist die Lage {adj} angespannt.",
    "Nach Informationen von Politico soll der Plan bereits {n} Wochen alt sein.",
    "Der Bürgermeister erklärte, die Stadt habe {n} Millionen Euro ausgegeben.",
    "Experten halten die Zahlen für vermutlich zu hoch.",
]


def article_text(i: int) -> str:
    """A distinct short article: headline + a rotation of sentences with varied numbers."""
    adj = ["weiterhin", "kaum", "sehr", "nicht mehr"][i % 4]
    body = " ".join(s.format(n=10 + i % 50, adj=adj) for s in SENTENCES[i % 3:] + SENTENCES[: i % 3])
    return f"Meldung Nummer {i}: Lage in der Region\n\n{body}\n\nArtikel {i}."


def write_text_files(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"a{i:05d}.txt"
        p.write_text(article_text(i), "utf-8")
        paths.append(p)
    return paths


def write_jsonl(path: Path, rows: list[dict | str]) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n")
    return path


def write_warc(path: Path, pages: list[tuple[str, str]]) -> Path:
    """A gzipped WARC with one HTML response per (url, html)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers)
            writer.write_record(rec)
    return path


def html_page(i: int) -> str:
    paras = "".join(f"<p>{s}</p>" for s in article_text(i).split("\n\n")[1:])
    return (f"<html><head><title>Meldung {i}</title></head><body><nav>Menü Start</nav>"
            f"<article><h1>Meldung {i}</h1>{paras}</article><footer>Impressum</footer></body></html>")


def write_feed(path: Path, n: int, start: int = 0) -> Path:
    def body(i: int) -> str:
        return "".join("<p>" + p + "</p>" for p in article_text(i).split("\n\n")[1:])

    items = "".join(
        f"<item><title>Meldung {i}</title><link>https://news.example/{i}</link>"
        f"<pubDate>Mon, 0{1 + i % 9} Jan 2024 10:00:00 +0000</pubDate>"
        f"<description><![CDATA[{body(i)}]]></description></item>"
        for i in range(start, start + n))
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T</title>'
                    f"{items}</channel></rss>", "utf-8")
    return path


def gz(path: Path) -> Path:
    out = path.with_suffix(path.suffix + ".gz")
    out.write_bytes(gzip.compress(path.read_bytes()))
    return out
