"""Round 12 (German): cues inserted into what they report, where a source phrase ends, unnamed speakers
the lists missed, possessives and "Das bestätigte X." that point back. Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "
"""A neutral opening sentence, so that the sentence under test is not the article's first."""


def parts(a) -> list[str]:
    return [p.text for p in a.message_parts] or [a.message.text]


def test_a_cue_inserted_after_the_finite_verb_splits_the_message():
    an = run(LEAD + "Die Regierung steht unter Druck. Sie habe, sagte er, kein Geld.")
    a = find(an, "Sie habe")
    assert parts(a) == ["Sie habe", "kein Geld"]
    assert a.cue.text == "sagte"


def test_no_second_piece_for_a_phrase_of_its_own_after_the_cue():
    an = run(LEAD + "Das sei gut, sagte er, ohne Details zu nennen.")
    assert parts(find(an, "Das sei gut")) == ["Das sei gut"]


def test_a_quotation_after_an_inserted_cue_is_the_second_piece():
    an = run(LEAD + "„Wir sind bereit. Das ist klar“, betonte Scholz, „wir werden handeln.“")
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.mode == "direct" and a.cue.text == "betonte"
    assert parts(a)[0] == "Wir sind bereit. Das ist klar"
    assert parts(a)[1].startswith("wir werden handeln")


def test_a_temporal_tail_ends_the_so_mention():
    an = run(LEAD + "Die Lage sei ernst, so ein Sprecher des Ministeriums am Sonntag.")
    assert mention_of(an, "Die Lage sei ernst") == "ein Sprecher des Ministeriums"
    assert source_of(an, "Die Lage sei ernst").type == "anonymous"


def test_reports_of_people_are_anonymous_and_of_the_press_media():
    an = run(
        LEAD + "Augenzeugenberichten zufolge seien Schüsse gefallen. Zeitungsberichten zufolge sei der Minister krank."
    )
    assert source_of(an, "Schüsse").type == "anonymous"
    assert source_of(an, "Minister krank").type == "media"


def test_people_nouns_the_lists_missed_are_anonymous():
    an = run(LEAD + "Virologen warnen, die Welle komme zurück. Die Franzosen sagten, sie seien bereit.")
    assert source_of(an, "Welle").type == "anonymous"
    assert source_of(an, "bereit").type == "anonymous"


def test_information_from_circles_names_the_circles():
    an = run(LEAD + "Laut Angaben aus Militärkreisen wurden drei Raketen abgefangen.")
    a = find(an, "Raketen")
    assert a.message.text == "wurden drei Raketen abgefangen"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_speaker_before_a_relative_clause():
    an = run(LEAD + "Zwei Personen, die mit der Angelegenheit vertraut sind, sagten, der Deal sei geplatzt.")
    assert mention_of(an, "Deal") == "Zwei Personen"
    assert source_of(an, "Deal").type == "anonymous"


def test_the_source_phrase_stops_before_the_next_phrase():
    an = run(LEAD + "Dabei wurden nach Behördenangaben 7.000 Menschen verletzt.")
    assert mention_of(an, "Menschen") == "Behördenangaben"
    an = run(LEAD + "Damit hat nach Angaben der Fluggesellschaft die Genehmigung keinen Bestand.")
    assert "die Genehmigung" in " ".join(parts(find(an, "Bestand")))


def test_possessives_point_to_the_subject_before():
    an = run(LEAD + "Die Polizei sicherte den Tatort. Nach ihren Angaben wurde niemand verletzt.")
    assert source_of(an, "niemand").name == "Polizei" or "Polizei" in (source_of(an, "niemand").description or "")
    an = run(LEAD + "Der Minister Karl Beispiel besuchte das Werk. Seiner Meinung nach ist die Lage ernst.")
    assert source_of(an, "Lage ernst").name == "Karl Beispiel"


def test_a_place_after_an_organisation_noun_is_part_of_its_name():
    an = run(LEAD + "Die Staatsanwaltschaft Köln erklärte, die Ermittlungen dauerten an.")
    assert source_of(an, "Ermittlungen").name == "Staatsanwaltschaft Köln"


def test_a_name_with_a_particle_and_an_addressee_after_it():
    an = run(LEAD + "„Das Tempo bleibt hoch“, sagte HDE-Präsident Alexander von Preen der „Welt“.")
    assert source_of(an, "Tempo").name == "Alexander von Preen"
    assert mention_of(an, "Tempo") == "HDE-Präsident Alexander von Preen"


def test_das_bestaetigte_reports_the_sentence_before():
    an = run(LEAD + "Der Mann wurde festgenommen. Das bestätigte ein Polizeisprecher.")
    a = find(an, "festgenommen")
    assert a.message.text == "Der Mann wurde festgenommen" and a.cue.text == "bestätigte"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_cue_after_und_shares_the_first_verbs_subject():
    an = run(LEAD + "Er wies die Vorwürfe zurück und sagte, er habe nichts falsch gemacht.")
    assert [(a.cue.text, a.message.text) for a in an.attributions][0] == ("wies", "die Vorwürfe")  # s26
    a = an.attributions[1]
    assert a.cue.text == "sagte" and a.source_mention.text == "Er"
    assert a.message.text == "er habe nichts falsch gemacht"


def test_a_fronted_dative_is_not_the_speaker():
    an = run(LEAD + "Dem Sender sagte der Minister, die Lage sei ernst.")
    assert mention_of(an, "Lage") == "der Minister"


def test_a_particle_after_a_comma_is_no_part_of_the_cue():
    an = run(LEAD + "Der Minister erklärte, man sei zu Gesprächen bereit.")
    a = find(an, "Gesprächen")
    assert a.cue.text == "erklärte" and a.source_mention.text == "Der Minister"


def test_an_outlet_noun_before_the_outlets_name():
    an = run(LEAD + "Die Zeitung Kommersant schrieb, Moskau sei besorgt.")
    s = source_of(an, "besorgt")
    assert s.type == "media" and s.name == "Kommersant"


def test_finding_a_body_is_no_speech():
    an = run(LEAD + "Die Polizei hat die Leiche gefunden, die im Wald lag.")
    assert an.attributions == []
    an = run(LEAD + "Der Minister findet, dass die Lage ernst ist.")
    assert find(an, "Lage").cue.text == "findet"


def test_a_fronted_object_is_not_the_speaker():
    an = run(LEAD + "Den Vorwurf wies der Minister zurück und erklärte, er habe korrekt gehandelt.")
    assert mention_of(an, "korrekt") == "der Minister"


def test_two_reports_joined_by_und_after_a_comma():
    an = run(LEAD + "Der Minister sprach sich dafür aus, die Steuern zu senken, und betonte, dies sei notwendig.")
    assert find(an, "Steuern").message.text == "die Steuern zu senken"
    assert mention_of(an, "notwendig") == "Der Minister"


def test_wie_es_heisst_in_the_present():
    an = run(LEAD + "Wie es aus Sicherheitskreisen heißt, ist der Streit beigelegt.")
    a = find(an, "Streit")
    assert a.cue.text == "heißt" and an.source_by_id(a.source).type == "anonymous"
    assert run(LEAD + "Das heißt, die Lage ist ernst.").attributions == []


def test_an_economist_of_a_bank_is_anonymous():
    an = run(LEAD + "Ein Ökonom der Deutschen Bank sagte, die Inflation sinke.")
    assert source_of(an, "Inflation").type == "anonymous"



def test_two_coordinated_speakers_before_the_verb():
    an = run(LEAD + "Der Minister und die Ministerin sagten, die Jobs seien sicher.")
    assert mention_of(an, "Jobs") == "Der Minister und die Ministerin"
