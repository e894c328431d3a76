"""German language layer: Konjunktiv, POS, lemmas, entities, subjects (hand-written sentences)."""

from __future__ import annotations

import pytest

from reportedly.language.annotate import annotate_tokens


def tag(sentence: str) -> list[dict]:
    return annotate_tokens(sentence.split(), "de")


def tok(rows: list[dict], text: str) -> dict:
    return next(r for r in rows if r["text"] == text)


def feats(row: dict) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in row["morph"].split("|") if "=" in kv)


@pytest.mark.parametrize("sentence, verb, mood, tense", [
    ("Die Regierung stelle sich die Frage , ob das stimmt .", "stelle", "Sub", "Pres"),
    ("Ich stelle mir die Frage , ob das stimmt .", "stelle", "Ind", "Pres"),
    ("Das Militär habe 1.831 gepanzerte Fahrzeuge zerstört .", "habe", "Sub", "Pres"),
    ("Ich habe das nicht gewusst .", "habe", "Ind", "Pres"),
    ("Mehrere Beamte hätten sich gefragt , ob die Ukraine siegen könne .", "hätten", "Sub", "Past"),
    ("Mehrere Beamte hätten sich gefragt , ob die Ukraine siegen könne .", "könne", "Sub", "Pres"),
    ("Der Sprecher betonte , dass diese Zahl auch Panzer einschließe .", "einschließe", "Sub", "Pres"),
    ("Der Sprecher betonte , dass diese Zahl auch Panzer einschließe .", "betonte", "Ind", "Past"),
    ("Die Lage sei ernst , die Truppen seien erschöpft .", "sei", "Sub", "Pres"),
    ("Die Lage sei ernst , die Truppen seien erschöpft .", "seien", "Sub", "Pres"),
    ("Er würde das nie sagen .", "würde", "Sub", "Past"),
    ("Wir stellen uns die Frage .", "stellen", "Ind", "Pres"),
    ("Der Minister sagt , er werde zurücktreten .", "werde", "Sub", "Pres"),
    ("Der Minister sagt , er werde zurücktreten .", "sagt", "Ind", "Pres"),
    # past/Konjunktiv II forms in a conditional with an unambiguous Konjunktiv II (morph.CONDITIONAL_KII)
    ("Wenn wir das machten , wäre alles gut .", "machten", "Sub", "Past"),
    ("Wenn sie mehr Geld hätten , kauften sie ein Haus .", "kauften", "Sub", "Past"),
    ("Er sagte , dass sie gestern kauften , was sie wollten .", "kauften", "Ind", "Past"),
    ("Wenn es regnet , kauften wir früher Schirme .", "kauften", "Ind", "Past"),
])
def test_german_konjunktiv(sentence, verb, mood, tense):
    f = feats(tok(tag(sentence), verb))
    assert f.get("VerbForm") == "Fin"
    assert (f.get("Mood"), f.get("Tense")) == (mood, tense)


def test_german_person_number():
    f = feats(tok(tag("Ich stelle mir die Frage ."), "stelle"))
    assert (f["Person"], f["Number"]) == ("1", "Sing")
    f = feats(tok(tag("Die Soldaten seien erschöpft ."), "seien"))
    assert (f["Person"], f["Number"]) == ("3", "Plur")


def test_clause_final_verb_of_a_subordinate_clause_is_finite():
    rows = tag("Politico berichtet , dass mehrere Beamte sich inzwischen die Frage stellen , ob es stimmt .")
    stellen = tok(rows, "stellen")
    assert stellen["tag"] == "VVFIN"
    f = feats(stellen)
    assert (f["VerbForm"], f["Person"], f["Number"], f["Mood"]) == ("Fin", "3", "Plur", "Ind")
    assert tok(rows, "Beamte")["dep"] == "nsubj"
    # an infinitive stays one: with "zu", or beside the clause's own finite verb
    assert tok(tag("Er kam , um die Frage zu stellen ."), "stellen")["tag"] == "VVINF"
    assert tok(tag("Sie sagt , dass sie die Frage stellen wollen ."), "stellen")["tag"] == "VVINF"


def test_german_upos():
    rows = tag("Der Sprecher des Ministeriums sagte am Montag in Moskau , die Armee habe 1.831 Panzer zerstört .")
    got = [r["pos"] for r in rows]
    assert got == ["DET", "NOUN", "DET", "NOUN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "PUNCT", "DET", "NOUN",
                   "AUX", "NUM", "NOUN", "VERB", "PUNCT"]
    rows = tag("Politico berichtet , dass mehrere Beamte sich die Frage stellen .")
    assert [r["pos"] for r in rows][:3] == ["PROPN", "VERB", "PUNCT"]
    assert tok(rows, "dass")["pos"] == "SCONJ"


def test_german_upos_calendar_names_are_propn():
    # GSD's convention (UPOS PROPN, STTS NN); the model alone says NOUN for these two
    for sentence, name in (("Der März war kalt .", "März"), ("Im Februar sank die Zahl .", "Februar")):
        row = tok(tag(sentence), name)
        assert (row["pos"], row["tag"]) == ("PROPN", "NN")


def test_german_lemmas_and_particle_verbs():
    rows = tag("Der Generalstab teilte am Montag mit , die Soldaten seien erschöpft .")
    assert tok(rows, "teilte")["lemma"] == "mitteilen"
    assert tok(rows, "seien")["lemma"] == "sein"
    assert tok(rows, "Soldaten")["lemma"] == "Soldat"


def test_das_and_a_past_plural_open_a_clause():
    rows = tag("Das sagten Mitarbeiter des Werks .")
    assert (tok(rows, "Das")["tag"], tok(rows, "sagten")["tag"], tok(rows, "sagten")["pos"]) == ("PDS", "VVFIN", "VERB")
    rows = tag("Das berichtete Ereignis war klein .")
    assert tok(rows, "Ereignis")["tag"] == "NN"


def test_a_past_plural_after_a_fronted_phrase_is_the_verb():
    rows = tag("In vielen Kliniken warteten Patienten acht Stunden , sagte sie .")
    assert tok(rows, "warteten")["tag"] == "VVFIN"
    rows = tag("In den gewählten Gremien sitzen Frauen .")
    assert tok(rows, "gewählten")["tag"] == "ADJA"


def test_a_past_plural_in_the_clause_after_a_comma_is_the_verb():
    rows = tag("Der Minister sagte , deutsche Medien verbreiteten Märchen .")
    assert tok(rows, "verbreiteten")["tag"] == "VVFIN"
    rows = tag("Der Minister sagte , die verbreiteten Märchen seien falsch .")
    assert tok(rows, "verbreiteten")["tag"] == "ADJA"
    rows = tag("Also , Signaltechnik für eine 200 Kilometer lange Eisenbahnstrecke zu liefern , über die Kohle rollt .")
    assert tok(rows, "lange")["tag"] == "ADJA"


@pytest.mark.parametrize("sentence, name, typ", [
    ("Das sagte der Sprecher Igor Konaschenkow am Dienstag .", "Igor Konaschenkow", "PER"),
    ("Das berichtet die US-Zeitung Politico am Dienstag .", "Politico", "ORG"),
    ("Das sagte General Mark Milley am Dienstag .", "Mark Milley", "PER"),
    ("Der Vereinigte Generalstab teilte mit , er sei zufrieden .", "Vereinigte Generalstab", "ORG"),
    ("Der Vorsitzende des Vereinigten Generalstabs sprach .", "Vereinigten Generalstabs", "ORG"),
    ("Vereinigter Generalstab der Streitkräfte", "Vereinigter Generalstab", "ORG"),
    ("Die Delegation reiste nach Moskau .", "Moskau", "LOC"),
])
def test_german_entities(sentence, name, typ):
    rows = tag(sentence)
    words = name.split()
    start = next(i for i in range(len(rows)) if [r["text"] for r in rows[i:i + len(words)]] == words)
    assert rows[start]["ent"] == "B-" + typ
    for r in rows[start + 1:start + len(words)]:
        assert r["ent"] == "I-" + typ
    end = start + len(words)
    assert end == len(rows) or not rows[end]["ent"].startswith("I-")


def test_german_subject_heuristic():
    rows = tag("Das Militär habe alle Panzer zerstört .")
    subj = tok(rows, "Militär")
    assert subj["dep"] == "nsubj" and rows[subj["head"]]["text"] == "habe"
    rows = tag("Am Montag sagte der Sprecher , die Lage sei ernst .")
    subj = tok(rows, "Sprecher")
    assert subj["dep"] == "nsubj" and rows[subj["head"]]["text"] == "sagte"


def test_annotate_doc_any_tokenisation():
    from types import SimpleNamespace

    from reportedly.language.annotate import annotate
    from reportedly.language.doc import Doc, Sentence, Token

    text = "Ich stelle. Die Regierung stelle sich die Frage."
    words = [(0, 3), (4, 10), (10, 11), (12, 15), (16, 25), (26, 32), (33, 37), (38, 41), (42, 47), (47, 48)]
    tokens = [Token(i, s, e, text[s:e]) for i, (s, e) in enumerate(words)]
    sents = [Sentence(0, 11, 0, 3), Sentence(12, 48, 3, 10)]
    analysis = SimpleNamespace(article=SimpleNamespace(language="de"), warnings=[])
    doc = Doc(text=text, analysis=analysis, tokens=tokens, sentences=sents)
    annotate(doc)
    assert "Mood=Ind" in tokens[1].morph and "Mood=Sub" in tokens[5].morph
    assert all(t.pos for t in tokens)
    # sentences missing entirely: still annotated
    doc2 = Doc(text=text, analysis=analysis, tokens=[Token(i, s, e, text[s:e]) for i, (s, e) in enumerate(words)])
    annotate(doc2)
    assert all(t.pos for t in doc2.tokens)


def test_annotate_other_language_is_noop():
    from types import SimpleNamespace

    from reportedly.language.annotate import annotate
    from reportedly.language.doc import Doc, Token

    analysis = SimpleNamespace(article=SimpleNamespace(language="fr"), warnings=[])
    doc = Doc(text="Bonjour", analysis=analysis, tokens=[Token(0, 0, 7, "Bonjour")])
    annotate(doc)
    assert doc.tokens[0].pos == ""


def test_empty_and_odd_input():
    from reportedly.language.annotate import annotate_sentences

    assert annotate_sentences([], "de") == []
    assert annotate_sentences([[]], "de") == [[]]
    rows = annotate_sentences([["😀", "\u200b", "x" * 500, "123.456,7", "--"]], "de")[0]
    assert len(rows) == 5 and all(r["pos"] for r in rows)


def test_random_tokens_never_crash():
    import random
    import string

    from reportedly.language.annotate import annotate_sentences

    rng = random.Random(0)
    alphabet = string.printable + "äöüßÄ„“«»–\u200b"
    for _ in range(100):
        sents = [["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(rng.randint(0, 30))]
                 for _ in range(rng.randint(0, 3))]
        for lang in ("de", "en"):
            out = annotate_sentences(sents, lang)
            assert [len(s) for s in out] == [len(s) for s in sents]
            for s in out:
                for r in s:
                    assert r["ent"] == "O" or r["ent"][:2] in ("B-", "I-")


def test_german_contracted_prepositions_are_apprart():
    row = tok(tag("Am Freitag redete er übers Klima und fürs Protokoll ."), "übers")
    assert (row["pos"], row["tag"]) == ("ADP", "APPRART")
    assert tok(tag("Am Freitag redete er übers Klima und fürs Protokoll ."), "fürs")["tag"] == "APPRART"


def test_a_swiss_ss_spelling_reads_as_the_sharp_s_form():
    rows = tag("Die Direktion liess verlauten , man stehe in Kontakt .")
    assert tok(rows, "liess")["lemma"] == "lassen"
    assert tok(rows, "liess")["pos"] == "VERB"


def test_a_present_plural_before_a_comma_after_a_place_is_the_finite_verb():
    rows = tag("Experten in Berlin sagen , eine Antwort sei zu erwarten .")
    assert tok(rows, "sagen")["tag"] == "VVFIN"
    rows = tag("Um das zu sagen , braucht man Mut .")
    assert tok(rows, "sagen")["tag"] == "VVINF"
    rows = tag("Die Gummiparagrafen im Gesetzestext lassen aber vermuten , dass der Druck steigt .")
    assert tok(rows, "vermuten")["tag"] != "VVFIN"
    rows = tag("Frühstück am besten gleich dazu buchen , es lohnt sich .")
    assert tok(rows, "buchen")["tag"] != "VVFIN"  # an instruction: no plural subject
