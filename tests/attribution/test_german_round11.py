"""Round 11: German quotations over several sentences, role nouns that point back to the person the
text introduced with that role, and messages that are only the speaker's own mention. Sentences
written here."""

from __future__ import annotations

from .helpers import find, run, source_of, sources_of


def test_a_quotation_over_two_sentences_with_the_cue_after_it():
    an = run(
        "„Wir haben lange verhandelt. Am Ende stand ein guter Kompromiss“, sagte die Gewerkschaftschefin Yasmin Fahimi."
    )
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.mode == "direct" and a.cue.text == "sagte"
    assert a.message.text == "Wir haben lange verhandelt. Am Ende stand ein guter Kompromiss"
    assert an.source_by_id(a.source).name == "Yasmin Fahimi"


def test_a_quotation_over_several_sentences_after_a_colon():
    an = run(
        "Anna Berger sagte: „Wir haben lange verhandelt. Es war hart. Am Ende stand ein Kompromiss.“ Danach ging sie."
    )
    a = find(an, "Es war hart")
    assert a.mode == "direct" and a.cue.text == "sagte"
    assert a.message.text.startswith("Wir haben") and a.message.text.rstrip(".").endswith("Kompromiss")
    assert not a.message.text.startswith("„")
    assert an.source_by_id(a.source).name == "Anna Berger"
    assert len(an.attributions) == 1


def test_a_quotation_in_one_sentence_is_unchanged():
    an = run("„Wir werden das schaffen“, sagte Finanzminister Christian Lindner am Dienstag.")
    assert len(an.attributions) == 1 and an.attributions[0].message.text == "Wir werden das schaffen"


def test_a_role_noun_points_back_to_the_person_introduced_with_it():
    body = (
        "Innenministerin Nancy Faeser (SPD) hat die Pläne verteidigt. Kritik kam von CDU-Chef Friedrich Merz. "
        "Die Ministerin sagte, sie halte an den Plänen fest."
    )
    assert source_of(run(body), "an den Plänen fest").name == "Nancy Faeser"
    an = run(
        "Die Kanzlerin Angela Merkel traf am Montag Macron. „Wir haben viel vor“, sagte die Kanzlerin nach dem Treffen."
    )
    assert source_of(an, "viel vor").name == "Angela Merkel"


def test_a_role_noun_of_the_other_gender_does_not_point_back():
    body = (
        "Innenministerin Nancy Faeser (SPD) hat die Pläne verteidigt. Finanzminister Christian Lindner schwieg. "
        "Der Minister sagte, er halte an den Plänen fest."
    )
    assert source_of(run(body), "an den Plänen fest").name != "Nancy Faeser"


def test_the_speakers_own_mention_is_no_message():
    got = sources_of("Der Vorstandschef von Siemens, Roland Busch, äußerte sich am Montag. Die Lage sei schwierig.")
    assert all("Roland Busch" not in msg for _name, _type, msg in got)
    assert ("Roland Busch", "person", "Die Lage sei schwierig") in got


def test_a_speech_clause_inserted_after_the_first_constituent():
    an = run("Die Stadt, sagte Bürgermeister Peter Maier, habe kein Geld.")
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert [p.text for p in a.message_parts] == ["Die Stadt", "habe kein Geld"]
    assert a.cue.text == "sagte" and an.source_by_id(a.source).name == "Peter Maier"
    a = run("Die Stadt habe kein Geld, sagte Maier, der seit 2010 im Amt ist.").attributions[0]
    assert a.message.text == "Die Stadt habe kein Geld" and not a.message_parts


def test_a_mention_that_names_no_one_is_no_source():
    got = sources_of("Ein Sprecher bestätigte, dass der Mann festgenommen wurde, nannte aber keine Details.")
    assert len(got) == 1 and got[0][1] == "anonymous"
