"""Source types (round 4): names the POS tagger mistakes for verbs, one-word names the article shows
to be people elsewhere, and unnamed speakers the head lists missed. Sentences written here."""

from __future__ import annotations

from reportedly.analysis.attribution.names import anonymous_noun, person_words
from reportedly.analysis.attribution.tagger_names import names_as_propn
from reportedly.api import analyze
from reportedly.language.doc import Token

from .helpers import sources_of


def tok(i: int, text: str, pos: str = "PROPN", ent: str = "O") -> Token:
    t = Token(i, 0, len(text), text)
    t.pos, t.ent = pos, ent
    return t


def test_entity_tagged_name_that_the_tagger_calls_a_verb_is_a_name_while_the_engine_runs():
    toks = [tok(0, "Habeck", "VERB", "B-PER"), tok(1, "sagte", "VERB"), tok(2, "Lauf", "VERB", "B-ORG")]
    toks[2].text = "laufen"  # lower case: never renamed
    with names_as_propn(toks):
        assert [t.pos for t in toks] == ["PROPN", "VERB", "VERB"]
    assert toks[0].pos == "VERB"  # restored for the steps after attribution


def test_one_word_name_shown_as_a_person_elsewhere_is_a_person():
    toks = [tok(0, "Präsident", "NOUN"), tok(1, "Kowalczyk"), tok(2, "Anna", ent="B-PER"), tok(3, "Nowak")]
    assert {"Kowalczyk", "Anna", "Nowak"} <= person_words(toks)
    got = sources_of("Präsident Kowalczyk reiste nach Paris. Kowalczyk sagte, das Land werde siegen.")
    assert ("Kowalczyk", "person", "das Land werde siegen") in got


def test_untagged_one_word_company_stays_an_organisation():
    assert sources_of("Rheinmetall teilte mit, der Umsatz sei gestiegen.")[0][:2] == ("Rheinmetall", "organization")


def test_unnamed_groups_the_head_lists_missed_are_anonymous():
    assert anonymous_noun("betriebsräte", ["betriebsräte"])
    assert not anonymous_noun("betriebsrat", ["der", "betriebsrat"])
    assert anonymous_noun("brancheninformationen", ["brancheninformationen"])
    assert not anonymous_noun("spiegel-informationen", ["spiegel-informationen"])
    assert anonymous_noun("seite", ["anderer", "seite"]) and not anonymous_noun("seite", ["die", "seite"])
    assert anonymous_noun("einer", ["einer"])
    assert sources_of("Betriebsräte kritisierten, die Pläne seien unsozial.")[0][1] == "anonymous"
    assert sources_of("Nach Brancheninformationen will der Konzern Stellen streichen.")[0][1] == "anonymous"
    assert sources_of("Von anderer Seite hieß es, die Gespräche seien gescheitert.")[0][1] == "anonymous"
    assert sources_of("Der Aufsichtsrat teilte mit, der Chef trete zurück.")[0][1] == "organization"


def english_sources(body: str) -> list[tuple[str | None, str, str]]:
    an = analyze(f"World news today\n\n{body}\n")
    assert an.article.language == "en"
    return [
        ((s := an.source_by_id(a.source)) and s.name, s.type if s else "none", a.message.text)
        for a in an.attributions
    ]


def test_capitals_and_countries_speaking_are_their_governments():
    assert english_sources("Moscow said the strikes would continue.")[0][:2] == ("Moscow", "organization")
    assert english_sources("Beijing warned that it would respond.")[0][:2] == ("Beijing", "organization")
    assert sources_of("Moskau erklärte, die Angriffe würden fortgesetzt.")[0][:2] == ("Moskau", "organization")


def test_plural_people_nouns_opening_an_english_body_are_anonymous_groups():
    assert english_sources("Doctors said the patient was stable.")[0][:2] == (None, "anonymous")
    assert english_sources("Residents said the road was closed.")[0][:2] == (None, "anonymous")


def test_indefinite_pronoun_subject_is_an_anonymous_speaker():
    got = sources_of("Die Polizisten standen am Tor. Einer sagte, es sei ruhig gewesen.")
    assert got == [(None, "anonymous", "es sei ruhig gewesen")]
    assert sources_of("Jemand rief, die Polizei komme.")[0][1] == "anonymous"


def test_untagged_one_word_name_introduced_later_with_a_person_noun_is_a_person_throughout():
    got = sources_of(
        "Kowalczyk teilte mit, die Firma habe gelogen. Später sagte der Exlobbyist Kowalczyk, er bleibe dabei."
    )
    assert [g[:2] for g in got] == [("Kowalczyk", "person"), ("Kowalczyk", "person")]


def test_dative_plurals_and_nationals_are_anonymous_groups():
    assert sources_of("Laut Anwohnern war die Explosion kilometerweit zu hören.")[0][1] == "anonymous"
    assert sources_of("Die Kanadier hingegen sagen, der Pilot trage die Verantwortung.")[0][1] == "anonymous"
    assert sources_of("Das Papier besagt, dass die Zahlen stimmen.")[0][1] == "document"


def test_passive_cue_takes_the_circle_it_comes_from_as_its_source():
    got = sources_of("In Sicherheitskreisen wird befürchtet, dass weitere Anschläge folgen.")
    assert got == [(None, "anonymous", "dass weitere Anschläge folgen")]
    assert sources_of("Die Bürger wurden aufgefordert, Wasser zu sparen.")[0][1] == "none"


def test_a_common_noun_for_unnamed_people_is_no_name_even_when_tagged_propn():
    """ "Insider" opening a sentence gets UPOS PROPN but STTS NN: an unnamed group, not an organisation."""
    found = sources_of("Die Regierung sagte am Montag, es gebe keine neuen Erkenntnisse. "
                       "Insider gehen davon aus, dass der Deal platzt.")
    assert found[-1][1] == "anonymous" and found[-1][2].endswith("der Deal platzt")
