import json

import pytest
from conftest import SHARED

from reportedly.errors import InputError, InputTooLarge
from reportedly.ingest.decode import decode_bytes
from reportedly.ingest.loader import load_bytes, load_input
from reportedly.settings import Settings


def test_text_bom_and_crlf_are_normalised_nothing_else():
    raw = load_bytes("\ufeffTitel\r\n\r\nEin  Satz.\r\n".encode("utf-8"))
    assert raw.text == "Titel\n\nEin  Satz.\n"
    assert raw.title == "Titel"


def test_cp1252_bytes_do_not_become_mojibake():
    assert decode_bytes("Größe „Zitat“".encode("cp1252")) == "Größe „Zitat“"


def test_html_meta_charset_latin1():
    html = ('<html><head><meta charset="iso-8859-1"><title>Grüße aus Köln</title></head><body><article>'
            + "".join(f"<p>Der Bürgermeister sagte am {i}. Tag, die Straße Nummer {i} werde gesperrt. "
                      f"Die Anwohner ärgern sich über Baustelle {i} sehr.</p>" for i in range(1, 6))
            + "</article></body></html>").encode("iso-8859-1")
    raw = load_bytes(html)
    assert raw.title == "Grüße aus Köln"
    assert "Bürgermeister" in raw.text and "Ã" not in raw.text
    assert raw.text.startswith("Grüße aus Köln\n\n")


def test_binary_junk_is_a_clean_error():
    with pytest.raises(InputError):
        load_bytes(bytes(range(256)) * 40)


def test_empty_input_is_a_clean_error(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n\n")
    with pytest.raises(InputError, match="empty"):
        load_input(str(p))


def test_oversized_file_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(InputTooLarge, match="max_input_bytes"):
        load_input(str(p), Settings(max_input_bytes=1000))


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_input(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="directory"):
        load_input(str(tmp_path))


@pytest.mark.skipif(not (SHARED / "data" / "html-pages").exists(), reason="shared html-pages not available")
def test_real_pages_keep_article_text_and_drop_furniture():
    manifest = json.loads((SHARED / "data" / "html-pages" / "manifest.json").read_text("utf-8"))
    names = sorted(manifest)[:25]
    hits = total = 0
    for name in names:
        entry = manifest[name]
        data = (SHARED / "data" / "html-pages" / "pages" / name).read_bytes()
        try:
            raw = load_bytes(data, url=entry.get("url"), html=True)
        except InputError:
            continue
        for snippet in entry.get("with", []):
            total += 1
            hits += snippet in raw.text
        for snippet in entry.get("without", []):
            total += 1
            hits += snippet not in raw.text
    assert total and hits / total >= 0.8


@pytest.mark.skipif(not (SHARED / "data" / "html-pages").exists(), reason="shared html-pages not available")
def test_real_page_metadata_comes_from_main_extraction_not_the_fallback():
    page = SHARED / "data" / "html-pages" / "pages" / "rnz.de.witzel.html"
    raw = load_input(str(page))
    assert raw.warnings == []
    assert raw.title == "Frank Witzel erhält Deutschen Buchpreis 2015"
    assert raw.published == "2019-05-07" and raw.site_name == "rnz.de"
    assert raw.url.startswith("https://www.rnz.de/")


def _wrapped_page() -> bytes:
    body = "".join(
        f"<p>Der Bürgermeister sagte am {i}. Tag, die Straße Nummer {i} werde\ngesperrt. Die Anwohner\n"
        f"ärgern sich über Baustelle {i} sehr.<br>Eine zweite Zeile {i} nach einem Umbruch.</p>"
        for i in range(1, 6)
    )
    return f"<html><head><title>Baustellen</title></head><body><article>{body}</article></body></html>".encode()


def test_html_source_line_breaks_inside_a_paragraph_are_spaces():
    text = load_bytes(_wrapped_page()).text
    assert "werde gesperrt. Die Anwohner ärgern sich über Baustelle 1 sehr." in text
    assert "werde\n" not in text and "Anwohner\n" not in text


def test_marked_up_line_breaks_still_start_a_paragraph():
    text = load_bytes(_wrapped_page()).text
    assert "sehr.\n\nEine zweite Zeile 1 nach einem Umbruch." in text


def test_a_wrapped_real_page_keeps_its_sentences_whole():
    raw = load_input(str(SHARED / "data" / "html-pages" / "pages" / "zeit.de.zugverkehr.html"))
    assert "Kris de Decker kennt das aus eigener Erfahrung. Seit 2008 verzichtet der belgische " \
           "Technikjournalist komplett auf Flüge" in raw.text
