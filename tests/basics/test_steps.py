"""Per-step tests on texts written for the purpose (wire-style German and English)."""

from conftest import make_doc

WIRE = (
    "Regierung prüft Hilfen für Häfen\n\n"
    "Hamburg (dpa/lno) - Die Bundesregierung prüft nach Angaben eines Sprechers neue Hilfen.\n\n"
    "Foto: Christian Charisius/dpa © picture alliance\n\n"
    "„Wir lassen die Häfen nicht im Stich“, sagte Minister Karl Beispiel am Dienstag.\n\n"
    "Lesen Sie auch: Was die Reeder jetzt fordern\n"
)


def test_boilerplate_marks_credit_teaser_and_wire_tag():
    doc = make_doc(WIRE, ("reportedly.boilerplate.v1",))
    texts = [b.text for b in doc.analysis.boilerplate]
    assert "(dpa/lno)" in texts
    assert "Foto: Christian Charisius/dpa © picture alliance" in texts
    assert any(t.startswith("Lesen Sie auch") for t in texts)
    assert not any("Wir lassen" in t for t in texts)


def test_boilerplate_inline_tail_after_last_sentence():
    text = "Titel\n\nDas Militär habe Panzer zerstört. Mehr zum Thema – Ein anderer Artikel: \"Zitat\""
    doc = make_doc(text, ("reportedly.boilerplate.v1",))
    assert [b.text for b in doc.analysis.boilerplate] == ['Mehr zum Thema – Ein anderer Artikel: "Zitat"']


def test_boilerplate_long_paragraph_with_copyright_sign_is_kept():
    text = "Titel\n\n" + "Der Verlag verweist auf das © im Impressum und " * 6 + "schweigt."
    doc = make_doc(text, ("reportedly.boilerplate.v1",))
    assert doc.analysis.boilerplate == []


def test_embedded_post_with_glued_link_and_signature():
    text = ("Titel\n\nDer Kommentator schrieb auf X. \"Slow gains lead U.S. officials to whisper: Should we have "
            "listened?\"https://t.co/AbC123 — Jane Doe (@janedoe) August 19, 2023 Im Bericht steht mehr.")
    doc = make_doc(text, ("reportedly.tokens.v1",))
    [post] = doc.analysis.embedded_posts
    assert (post.author, post.handle, post.date) == ("Jane Doe", "janedoe", "2023-08-19")
    assert post.url == "https://t.co/AbC123"
    assert post.span.text.startswith("Slow gains") and post.span.text.endswith("listened?")
    sents = [text[s.start:s.end] for s in doc.sentences]
    assert "Im Bericht steht mehr." in sents


def test_links_include_bare_tco_glued_to_quote():
    doc = make_doc('Titel\n\n"Zitat"https://t.co/XyZ und www.example.org/a.', ("reportedly.links.v1",))
    assert [link.url for link in doc.analysis.links] == ["https://t.co/XyZ", "https://www.example.org/a"]


def test_dates_resolved_against_reference():
    text = ("Titel\n\nAm 18. August sagte er etwas. Im November 2022 war es anders. Anfang Juni begann es. "
            "Die Meldung ist vom 21.08.2023.")
    doc = make_doc(text, ("reportedly.dates.v1",))
    values = {d.span.text: d.value for d in doc.analysis.dates}
    assert values["18. August"] == "2023-08-18"
    assert values["November 2022"] == "2022-11"
    assert values["Anfang Juni"] == "2023-06"
    assert values["21.08.2023"] == "2023-08-21"


def test_dates_weekday_uses_publication_date():
    from reportedly import analyze
    from reportedly.ingest.record import RawDocument

    raw = RawDocument(text="Titel\n\nDas Ministerium teilte am Dienstag mit, es sei fertig.", published="2024-03-15")
    a = analyze(raw, strict=True)
    assert [(d.span.text, d.value) for d in a.dates] == [("am Dienstag", "2024-03-12")]


def test_language_detection_german_english_other():
    from reportedly.language.detect import detect_language

    assert detect_language("Die Regierung hat am Dienstag mitgeteilt, dass sie die Hilfen prüfe.") == "de"
    assert detect_language("The government said on Tuesday that it was reviewing the aid.") == "en"
    assert detect_language("Le gouvernement a dit mardi que les aides sont pour les ports.") == "fr"
    assert detect_language("12345 !!!") == "und"
    # s16: reported speech with few articles, and short German messages once marked English or French
    assert detect_language("Anwohner sagten, sie hätten Schüsse gehört.") == "de"
    assert detect_language("Natürlich sind wir in Deutschland da") == "de"
    assert detect_language("Ich hoffe, es geht ihm gut") == "de"
    assert detect_language("The war in Ukraine is in its third year, officials said.") == "en"


def test_outlet_from_url_domain():
    from reportedly import analyze
    from reportedly.ingest.record import RawDocument

    a = analyze(RawDocument(text="Titel\n\nText.", url="https://www.tagesschau.de/inland/x.html"), strict=True)
    assert a.article.outlet.name.startswith("tagesschau") or "ARD" in a.article.outlet.name
    assert a.article.outlet.evidence == ["domain:tagesschau.de"]


def test_outlet_from_fingerprint_and_wire_tag():
    from reportedly import analyze

    a = analyze("Titel\n\nEin Satz. Mehr zum Thema – Noch ein Artikel", strict=True)
    assert a.article.outlet.name == "RT DE" and a.article.outlet.state_affiliated
    b = analyze("Titel\n\nBerlin (dpa) - Ein Satz.", strict=True)
    assert b.article.outlet.name == "dpa" and b.article.outlet.evidence[0].startswith("wire_tag")


def test_outlet_names_in_text_include_hyphenated_spellings():
    from reportedly.analysis.outlets import outlet_registry

    found = [(e.name, e.state_affiliated) for _s, _e, e in outlet_registry().mentions("Wie Al-Jazeera meldete")]
    assert found == [("Al Jazeera", True)]


def test_quotes_all_styles_and_nesting():
    text = ("Titel\n\n„Deutsch“ und »Guillemets« und “English” und \"straight\" und ‚einfach‘. "
            "„Er sagte ‚Nein‘ dazu“, so sie.")
    doc = make_doc(text, ("reportedly.quotes.v1",))
    inner = [text[q[1]:q[2]] for q in doc.quotes]
    for expected in ("Deutsch", "Guillemets", "English", "straight", "einfach", "Er sagte ‚Nein‘ dazu", "Nein"):
        assert expected in inner


def test_spaced_quotes_start_and_end_on_words():
    """„ Wir bleiben “ (spaced marks, as in token-joined corpora) is the same quotation as „Wir bleiben“."""
    from reportedly import analyze

    text = "Titel\n\n„ Wir bleiben hier “ , sagte der Bürgermeister am Montag ."
    doc = make_doc(text, ("reportedly.quotes.v1",))
    assert [text[q[1]:q[2]] for q in doc.quotes] == ["Wir bleiben hier"]
    direct = [a for a in analyze(text).attributions if a.mode == "direct"]
    assert [a.message.text for a in direct] == ["Wir bleiben hier"]


def test_quotes_apostrophes_are_not_quotes():
    doc = make_doc("Titel\n\nKyiv’s gains and the 'quote' aren't the same, don't worry.", ("reportedly.quotes.v1",))
    assert [doc.text[q[1]:q[2]] for q in doc.quotes] == ["quote"]


def test_an_apostrophe_opening_a_word_inside_a_quotation_does_not_keep_it_open():
    text = ('Titel\n\n"We will win. \'Cause that is what I would run on," he said. The mayor spoke next. '
            '"Nothing changes," she said.')
    doc = make_doc(text, ("reportedly.quotes.v1",))
    inner = [doc.text[q[1]:q[2]] for q in doc.quotes]
    assert "We will win. 'Cause that is what I would run on," in inner and "Nothing changes," in inner
    assert not any("The mayor" in q for q in inner)


def test_quotes_spanning_paragraphs():
    text = "Titel\n\n„Erster Teil des Zitats.\n\n„Zweiter Teil“, sagte sie."
    doc = make_doc(text, ("reportedly.quotes.v1",))
    assert any("Erster Teil" in doc.text[q[1]:q[2]] and "Zweiter Teil" in doc.text[q[1]:q[2]] for q in doc.quotes)


def test_quotes_unbalanced_warns_without_crash():
    doc = make_doc("Titel\n\nEr sagte: „Das geht so nicht.\n\nDann ging er.", ("reportedly.quotes.v1",))
    assert any("unbalanced" in w for w in doc.analysis.warnings)


def test_an_agency_cited_in_the_text_is_not_the_outlet_but_a_credit_line_is():
    from reportedly import analyze

    cited = analyze("Titel\n\nDie Agentur Interfax zitierte einen Sprecher, die Lage sei unter Kontrolle.", strict=True)
    assert cited.article.outlet is None
    credited = analyze("Titel\n\nDie Lage ist unter Kontrolle, sagte ein Sprecher.\n\nInterfax", strict=True)
    assert credited.article.outlet.name == "Interfax"
    dateline = analyze("Titel\n\nAFP – Die Lage ist unter Kontrolle, sagte ein Sprecher in Paris.", strict=True)
    assert dateline.article.outlet.name == "AFP"
