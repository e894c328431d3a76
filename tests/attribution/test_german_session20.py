"""Session 20 (German): an outlet's own research in a compound ("Nach dpa-Informationen"), the people a
poll asked as part of its noun phrase, and "er" after the verb for the person a narrated sentence opened."""

from __future__ import annotations

from .helpers import rows as _rows
from .helpers import titled as _analysis


def _first(a):
    x = a.attributions[0]
    s = a.source_by_id(x.source)
    return x.source_mention.text, s.type, s.name, x.message.text


def test_an_outlets_research_in_a_compound():
    assert _first(_analysis("Nach dpa-Informationen soll es am Sonntag ein Spitzentreffen geben.")) == (
        "dpa-Informationen", "media", "dpa", "soll es am Sonntag ein Spitzentreffen geben")
    assert _first(_analysis("Nach „Spiegel“-Informationen soll es am Sonntag ein Spitzentreffen geben."))[:3] == (
        "„Spiegel“-Informationen", "media", "Der Spiegel")


def test_whom_a_poll_asked_is_part_of_its_noun_phrase():
    a = _analysis("Laut einer Umfrage unter 400 Kliniken rechnet jedes dritte Haus mit roten Zahlen.")
    assert _first(a) == ("einer Umfrage unter 400 Kliniken", "document", None,
                         "rechnet jedes dritte Haus mit roten Zahlen")
    a = _analysis("Einer Umfrage unter 1000 Deutschen zufolge lehnt die Mehrheit die Reform ab.")
    assert _first(a) == ("Einer Umfrage unter 1000 Deutschen", "document", None, "lehnt die Mehrheit die Reform ab")
    a = _analysis("Laut einer Befragung unter Managern rechnet jedes dritte Unternehmen mit Verlusten.")
    assert _first(a)[:2] == ("einer Befragung unter Managern", "document")


def test_er_after_the_verb_is_the_person_a_narrated_sentence_opened():
    a = _analysis("Der Minister gerät wegen einer Reise in die Kritik. Auf der Plattform X schrieb er am Abend, die "
                  "Reise sei dienstlich notwendig gewesen.")
    s = a.source_by_id(a.attributions[0].source)
    assert (s.type, s.description, [m.text for m in s.mentions]) == ("person", "Der Minister", ["Der Minister", "er"])


def test_er_after_reported_speech_stays_with_the_speaker():
    a = _analysis("Die Staatsanwältin Eva Roth sagte, der Mann sei festgenommen worden. Der Verdächtige habe "
                  "Sprengstoff besessen. In Chats erklärte er zudem, er wolle Menschen töten.")
    assert [r[1] for r in _rows(a)][-1] != "Der Verdächtige"


def test_a_passive_accusation_reports_its_whole_subject():
    a = _analysis("Ihnen wird Betrug in besonders schwerem Fall vorgeworfen, wie eine Sprecherin der Behörde "
                  "mitteilte.")
    inner = next(x for x in a.attributions if x.cue.text == "vorgeworfen")
    assert inner.message.text == "Betrug in besonders schwerem Fall"
    a = _analysis("Der Regierung wird von der Opposition Versagen vorgeworfen.")
    assert [x.message.text for x in a.attributions] != ["von der Opposition Versagen"]


def test_words_in_the_speakers_own_statement_are_not_the_open_reports():
    a = _analysis("Der Konzern will Stellen streichen, berichtet das „Handelsblatt“ unter Berufung auf Insider. "
                  "Ein Sprecher des Betriebsrats schrieb in einer Mitteilung, man werde sich wehren.")
    x = next(x for x in a.attributions if x.cue.text == "schrieb")
    assert x.parent is None


def test_also_confirmed_keeps_the_continuation_of_the_first_speaker():
    a = _analysis("Eine Sprecherin der EU-Kommission sagte auf Anfrage, es gebe keine solchen Pläne. Die Verordnung "
                  "schreibe lediglich vor, dass sich die Geräte abschalten. Das bestätigte auch die "
                  "Verbraucherzentrale.")
    assert [(x.cue.text if x.cue else None, a.source_by_id(x.source).type) for x in a.attributions] == [
        ("sagte", "anonymous"), (None, "anonymous"), ("bestätigte", "organization")]
    a = _analysis("Der Konzern erwäge Medienberichten zufolge einen Verkauf. Das berichteten mehrere Zeitungen.")
    assert [x.cue.text for x in a.attributions if x.cue] == ["berichteten"]


def test_er_with_no_one_before_is_the_person_the_sentence_before_describes():
    a = _analysis("Im Prozess um den Messerangriff hat der Angeklagte die Tat gestanden. Er habe aus religiösen "
                  "Motiven gehandelt, ließ er über seinen Anwalt erklären.")
    s = a.source_by_id(a.attributions[0].source)
    assert (s.description, s.count) == ("der Angeklagte", 1)
    a = _analysis("Im Prozess hat die Angeklagte die Tat gestanden. Er habe nichts gewusst, sagte er.")
    assert a.source_by_id(a.attributions[0].source).description != "die Angeklagte"


def test_a_cited_source_in_the_perfect_takes_the_floor():
    a = _analysis("Die Zeitung hatte sich auf drei Personen aus dem Umfeld des Präsidenten berufen. Biden wolle sein "
                  "Kabinett umbauen.")
    x = a.attributions[0]
    assert (x.cue, a.source_by_id(x.source).description, x.message.text) == (
        None, "drei Personen", "Biden wolle sein Kabinett umbauen")


def test_a_source_phrase_after_the_cue_is_no_part_of_the_demand():
    a = _analysis("Mehrere Landesvorsitzende fordern nach Informationen der „taz“ einen Sonderparteitag.")
    x = next(x for x in a.attributions if x.cue.text == "fordern")
    assert x.message.text == "einen Sonderparteitag"
    a = _analysis("Das Kanzleramt soll früher von der Lücke gewusst haben, berichtet der „Spiegel“ unter Berufung auf "
                  "interne E-Mails.")
    assert [s.type for s in a.sources if s.description == "interne E-Mails"] == ["document"]


def test_whose_unnamed_information_the_next_sentence_says():
    a = _analysis("Bei Luftangriffen sind nach palästinensischen Angaben mindestens 30 Menschen getötet worden. Das "
                  "teilte die von der Hamas kontrollierte Gesundheitsbehörde mit.")
    x = a.attributions[0]
    assert (x.cue.text, a.source_by_id(x.source).type) == ("teilte", "organization")
    assert x.message.text.startswith("Bei Luftangriffen sind")
    a = _analysis("Die Regierung plant nach Angaben aus Regierungskreisen Kürzungen. Das bestätigte ein Sprecher.")
    assert a.source_by_id(a.attributions[0].source).type == "anonymous"  # a named circle stays


def test_the_speakers_own_calculations_and_the_authority_with_its_city():
    a = _analysis("„Die Lage ist dramatisch“, sagte Verbandspräsident Stefan Düll. Seinen Berechnungen zufolge fehlen "
                  "schon heute 40.000 Lehrer.")
    assert [r[1] for r in _rows(a)] == ["Stefan Düll", "Stefan Düll"]
    a = _analysis("Die Bundesanwaltschaft hat einen mutmaßlichen Spion festnehmen lassen. Der Mann soll Bahnstrecken "
                  "ausgekundschaftet haben, wie die Karlsruher Behörde am Donnerstag mitteilte.")
    assert _rows(a)[0][:2] == ("mitteilte", "Bundesanwaltschaft")


def test_municipalities_and_states_are_bodies():
    for subject in ("Die Kommunen", "Die Bundesländer", "Mehrere Gemeinden"):
        a = _analysis(f"Die Lage ist unklar. {subject} forderten, der Bund müsse mehr zahlen.")
        assert a.source_by_id(a.attributions[0].source).type == "organization", subject


def test_the_paper_of_an_aus_phrase_with_a_date_inside():
    a = _analysis("Für das laufende Jahr rechnet die Bundesbank nur noch mit einem Plus von 0,3 Prozent, wie aus "
                  "dem am Freitag veröffentlichten Monatsbericht hervorgeht.")
    x = a.attributions[0]
    assert (x.source_mention.text, a.source_by_id(x.source).type) == (
        "dem am Freitag veröffentlichten Monatsbericht", "document")
