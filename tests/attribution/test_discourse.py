"""Discourse-level speakers, coreference and source typing, on sentences written for these tests."""

from __future__ import annotations

from reportedly.analysis.attribution.speakers import is_person_noun, is_person_role

from .helpers import find, run
from .helpers import source_of as src_of


def test_cueless_quote_takes_current_speaker_across_sentences():
    an = run(
        "Verkehrsminister Karl Beispiel sagte am Montag, die Brücke werde im Mai eröffnet. "
        "Die Bauarbeiten hatten drei Jahre gedauert. Die Kosten stiegen zuletzt deutlich. "
        "„Wir liegen trotzdem im Plan.“"
    )
    s = src_of(an, "im Plan")
    assert s is not None and s.name == "Karl Beispiel"


def test_konjunktiv_continues_speaker_after_intervening_sentence():
    an = run(
        "Die Sprecherin der Stadtwerke, Anna Muster, sagte, die Preise würden im Herbst steigen. "
        "Viele Kunden hatten bereits gekündigt. "
        "Die Gasbeschaffung sei deutlich teurer geworden."
    )
    s = src_of(an, "Gasbeschaffung")
    assert s is not None and s.name == "Anna Muster"


def test_speaker_resets_after_paragraph_shift():
    an = run(
        "Innenministerin Eva Probe sagte, die Polizei werde verstärkt.\n\n"
        "Der Zug fuhr um acht Uhr ab.\n\nDie Fahrgäste stiegen in Köln um.\n\n"
        "„Das ist ein Skandal.“"
    )
    a = next(a for a in an.attributions if "Skandal" in a.message.text)
    assert a.source is None


def test_role_noun_before_name_is_role_not_name():
    an = run("Verkehrsminister Karl Beispiel kündigte an, die Maut werde gesenkt.")
    s = src_of(an, "Maut")
    assert s.name == "Karl Beispiel" and s.role == "Verkehrsminister" and s.type == "person"


def test_definite_description_refers_to_named_person():
    an = run(
        "Konzernchef Otto Exempel sagte, der Umsatz sei gestiegen. "
        "Der Manager betonte zudem, dass keine Stellen abgebaut würden. "
        "Der 58-Jährige kündigte an, das Werk in Ulm werde erweitert."
    )
    s1, s2, s3 = (src_of(an, w) for w in ("Umsatz", "Stellen", "Werk in Ulm"))
    assert s1 is s2 is s3 and s1.name == "Otto Exempel"
    assert len(s1.mentions) >= 3


def test_org_description_refers_to_last_organisation():
    an = run(
        "Die Musterwerke AG teilte mit, der Gewinn sei eingebrochen. "
        "Das Unternehmen erklärte außerdem, dass die Dividende ausfalle."
    )
    s1, s2 = src_of(an, "Gewinn"), src_of(an, "Dividende")
    assert s1 is s2 and s1.type == "organization"


def test_surname_merges_with_full_name():
    an = run(
        "Außenministerin Petra Vorbild sagte, die Gespräche würden fortgesetzt. "
        "Laut Vorbild soll es im Juni ein weiteres Treffen geben."
    )
    assert src_of(an, "Gespräche") is src_of(an, "Treffen")


def test_genitive_outlet_name_is_nominative():
    an = run("Nach Informationen des Handelsblatts soll der Vorstand zurücktreten.")
    s = src_of(an, "Vorstand")
    assert s is not None and s.name == "Handelsblatt" and s.type == "media"


def test_description_of_person_just_named():
    an = run(
        "Die Zeitung erinnert an General Hans Probemann: Der Chef des Vereinigten Stabes "
        "habe schon im Winter gesagt, dass Verhandlungen möglich seien."
    )
    assert any(s.name == "Hans Probemann" for s in an.sources)
    assert not any(s.name and "Stabes" in s.name for s in an.sources)


def test_anonymous_typing_german():
    an = run(
        "Ein Regierungssprecher sagte, die Lage sei ernst. "
        "Mehrere Netznutzer fragten, ob die Bilder echt seien. "
        "Der Staatsanwalt des Bezirks Nord erklärte, die Ermittlungen dauerten an."
    )
    for needle in ("Lage", "Bilder"):
        s = src_of(an, needle)
        assert s is not None and s.type == "anonymous" and s.name is None, needle
    s = src_of(an, "Ermittlungen")  # no political office: stays anonymous
    assert s.type == "anonymous" and s.name is None


def test_unnamed_office_holder_is_a_person():
    an = run(
        "Der Innenminister sagte, die Grenze bleibe offen. Ein Ministeriumssprecher ergänzte, es gebe keine Pläne."
    )
    s = src_of(an, "Grenze")
    assert s.type == "person" and s.name is None and s.role == "Innenminister"
    assert src_of(an, "keine Pläne").type == "anonymous"
    en = run("The mayor said the bridge would reopen on Monday.", title="City news")
    assert src_of(en, "bridge").type == "person"


def test_english_inverted_said_and_named_source():
    an = run(
        "“The plan will not work,” said Maria Sample, a senior economist at the bank. "
        "Transport Secretary John Example said the rules would change on Monday.",
        title="Markets today",
    )
    s = src_of(an, "plan will not work")
    assert s is not None and s.name == "Maria Sample" and s.type == "person"
    s2 = src_of(an, "rules would change")
    assert s2.name == "John Example" and s2.role == "Transport Secretary"


def test_english_anonymous_and_pronoun():
    an = run(
        "The deal is close, two senior officials said on Monday. "
        "Company spokesman Tom Placeholder declined to comment on the talks. "
        "He said the board would meet next week.",
        title="Markets today",
    )
    s = src_of(an, "deal is close")
    assert s is not None and s.type == "anonymous" and s.count == 2
    s2 = src_of(an, "board would meet")
    assert s2 is not None and s2.name == "Tom Placeholder"


def test_person_noun_lexicon():
    assert is_person_noun("Netznutzer") and is_person_noun("Aktivisten") and is_person_noun("officials")
    assert is_person_role("Verkehrsminister") and is_person_role("48-Jährige")
    assert not is_person_noun("Regierung") and not is_person_noun("Bericht")


def test_parenthetical_so_and_role_description():
    an = run(
        "FPÖ-Europasprecherin Petra Muster kritisiert die Pläne der Kommission seit Wochen scharf. "
        "Die Ukraine, so die FPÖ-Europasprecherin, befinde sich noch immer im Krieg."
    )
    a = next(a for a in an.attributions if a.cue and a.cue.text == "so")
    assert an.source_by_id(a.source).name == "Petra Muster"
    assert [p.text for p in a.message_parts][-1].startswith("befinde sich")
    assert not any(x.cue and x.cue.text == "befinde" for x in an.attributions)


def test_quoted_outlet_name_in_genitive():
    an = run(
        "Der Aufsichtsrat tagte am Montag in Wolfsburg bis spät in die Nacht. "
        'Nach Informationen des "Handelsblatts" sollen führende Aufseher den Rücktritt gefordert haben.'
    )
    a = src_of(an, "führende Aufseher")
    assert a.name == "Handelsblatt" and a.type == "media"
    assert not any(x.message.text == "Handelsblatts" for x in an.attributions)


def test_pronoun_after_quote_cue_in_same_sentence():
    an = run(
        "Congressman Mark Example announced his retirement on Monday. "
        "The timing raises “great suspicion,” Aubrey Sample said, though he stressed he had no proof. "
        "He said he expressed his concerns to a staffer.",
        title="Politics",
    )
    assert src_of(an, "no proof").name == "Aubrey Sample"
    assert src_of(an, "expressed his concerns").name == "Aubrey Sample"


def test_acronym_organisation_is_a_speaker_and_continues():
    an = run(
        "Der AStA hatte bereits am Freitag moniert, der Professor habe die Lage angeheizt. "
        "Die Vorlesung wurde danach abgebrochen. "
        "Der Professor habe die Studierenden als Schutz benutzt."
    )
    s = src_of(an, "als Schutz benutzt")
    assert s is not None and s.type == "organization" and "AStA" in s.mentions[0].text


def test_es_gibt_is_no_speech_cue_and_its_konjunktiv_continues_the_speaker():
    an = run("Ein Diplomat sagte, die Gespräche seien festgefahren. Es gebe niemanden, der an einen Erfolg "
             "glaube. Demnach gibt es auch keinen neuen Termin.")
    cont = find(an, "Es gebe niemanden")
    assert cont.cue is None and cont.source_mention is None
    assert an.source_by_id(cont.source).description == "Ein Diplomat"
    assert all(a.cue is None or a.cue.text.lower() not in ("gebe", "gibt") for a in an.attributions)


def test_role_keeps_its_words_and_organisations_have_none():
    an = run("Der Sprecher der Behörde, Generalleutnant Igor Beispiel, betonte, die Zahl sei korrekt. "
             "Das russische Verteidigungsministerium erklärte, alles sei nach Plan verlaufen.")
    person = src_of(an, "die Zahl sei korrekt")
    assert person.name == "Igor Beispiel" and person.role == "Sprecher der Behörde, Generalleutnant"
    ministry = src_of(an, "alles sei nach Plan")
    assert ministry.type == "organization" and ministry.role is None


def test_sources_that_never_speak_are_not_listed():
    an = run("Im November 2022 hatte Moskau die Gespräche abgebrochen. Ein Diplomat sagte, es gebe keinen Termin.")
    assert [s.description or s.name for s in an.sources] == ["Ein Diplomat"]
