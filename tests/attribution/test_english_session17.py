"""Session 17 (English): gerund messages and "expect X to …"."""

from __future__ import annotations

from reportedly import analyze


def _rows(text):
    a = analyze("Headline\n\n" + text)
    return [(x.cue.text, x.source_mention.text if x.source_mention else None, x.message.text) for x in a.attributions]


def test_a_gerund_after_a_speech_verb_is_the_message():
    rows = _rows("Residents in the north of the city reported hearing explosions overnight, and the police said "
                 "they were investigating the incident.")
    assert rows[0] == ("reported", "Residents", "hearing explosions overnight")
    assert _rows("The former minister denied taking bribes from the company and said he would fight the "
                 "charges.")[0] == ("denied", "The former minister", "taking bribes from the company")


def test_nothing_is_no_gerund():
    rows = _rows("The company reported nothing unusual in the third quarter, and the analysts said the results were "
                 "good.")
    assert [r[0] for r in rows] == ["said"]


def test_expect_with_an_object_and_an_infinitive_reports_a_forecast():
    rows = _rows("Analysts expect the central bank to raise interest rates at its next meeting, the newspaper said.")
    assert ("expect", "Analysts", "the central bank to raise interest rates at its next meeting") in rows
    assert not any(r[0] == "expected" for r in _rows(
        "The central bank is expected to raise interest rates at its next meeting in March, the newspaper said."))


def test_he_after_a_long_titled_name_is_that_person():
    a = analyze("EU leaders clash\n\nThe deal failed on Thursday after long talks in Brussels. \"We will not accept "
                "quotas,\" Hungarian Prime Minister Viktor Orban told reporters as he arrived at the summit. German "
                "Chancellor Olaf Scholz struck a more conciliatory tone. \"I am confident that we will find a "
                "solution,\" he said.")
    assert [a.source_by_id(x.source).name for x in a.attributions] == ["Viktor Orban", "Olaf Scholz"]


def test_speaking_on_condition_of_anonymity_is_no_speech_act():
    a = analyze("EU talks\n\nA senior EU official, who spoke on condition of anonymity, said the talks could drag on "
                "until the spring, and the diplomats agreed.")
    assert a.speech_acts == [] and a.attributions[0].source_mention.text == "A senior EU official"


def test_a_claim_that_could_not_be_verified_is_the_writers_comment():
    rows = _rows("Russia's Defence Ministry said on Sunday its air defences had destroyed 20 Ukrainian drones over "
                 "Crimea overnight, a claim that could not be independently verified.")
    assert rows[0][2] == "its air defences had destroyed 20 Ukrainian drones over Crimea overnight"


def test_a_quotation_said_according_to_an_outlet_is_the_speakers_inside_the_outlets_report():
    a = analyze("Iran denies role\n\nIran's foreign ministry spokesman Nasser Kanaani denied any involvement. Tehran "
                "\"does not seek the expansion of war in the region,\" he said, according to the state news agency "
                "IRNA.")
    said = next(x for x in a.attributions if x.cue and x.cue.text == "said")
    assert said.message.text == "does not seek the expansion of war in the region"
    assert a.chain(said) == ["IRNA", "Nasser Kanaani"]


def test_according_to_a_paper_after_a_report_cites_inside_that_report():
    a = analyze("Drone strike\n\nA Pentagon spokeswoman, Sabrina Singh, said the drone had been launched by an "
                "Iran-backed militia, according to initial assessments.")
    singh, cited = a.attributions
    assert cited.message.text == singh.message.text == "the drone had been launched by an Iran-backed militia"
    assert cited.parent == singh.id and a.chain(cited) == ["Sabrina Singh", "initial assessments"]


def test_a_surname_in_ing_after_a_name_is_no_verb():
    rows = _rows("Analysts said the setback was small. \"Investors care about the hardware cycle,\" wrote Erik "
                 "Woodring in a note to clients.")
    assert ("wrote", "Erik Woodring", "Investors care about the hardware cycle") in rows


def test_a_recording_is_a_document():
    a = analyze("Apple\n\nThe software chief told employees that the features \"did not meet our quality bar,\" "
                "according to a recording reviewed by Bloomberg.")
    rec = next(s for s in a.sources if s.description == "a recording")
    assert rec.type == "document"


def test_a_paper_reviewed_by_an_outlet_is_cited_inside_its_report():
    a = analyze("Apple delays features\n\nApple has delayed several features until next year, Bloomberg News "
                "reported on Friday. The software chief told employees that the features \"did not meet our quality "
                "bar,\" according to a recording reviewed by Bloomberg.")
    rec = next(x for x in a.attributions if x.cue and x.cue.text == "according")
    assert a.chain(rec)[0] == "Bloomberg"


def test_a_participle_clause_with_a_quoted_fragment_and_saying_with_a_quotation():
    rows = _rows("Prime Minister Keir Starmer has defended his decision to cut winter fuel payments, insisting that "
                 "\"tough choices\" were needed to fix the public finances.")
    assert rows == [("insisting", "Prime Minister Keir Starmer",
                     "\"tough choices\" were needed to fix the public finances")]
    rows = _rows("The minister defended the decision on Monday, saying \"we had no choice at all\".")
    assert rows == [("saying", "The minister", "we had no choice at all")]


def test_sir_and_a_first_name_is_the_knight_named_in_full():
    a = analyze("Fuel cuts\n\nPrime Minister Keir Starmer has defended the cuts, insisting that tough choices were "
                "needed. On Sunday, Sir Keir said he understood people's anger. One backbencher said it was toxic.")
    assert [(s.type, s.name) for s in a.sources][:1] == [("person", "Keir Starmer")]
    assert len({x.source for x in a.attributions[:2]}) == 1
    assert a.source_by_id(a.attributions[-1].source).type == "anonymous"


def test_a_lone_name_never_introduced_as_a_surname_is_an_organisation():
    a = analyze("Tesla recall\n\nThe regulator said the recall covers two million cars in the United States. Tesla "
                "did not respond to a request for comment.")
    assert ("organization", "Tesla") in [(s.type, s.name) for s in a.sources]
    assert [e.cue.text for e in a.speech_acts] == ["respond"]
    a = analyze("Tesla recall\n\nChief executive Elon Musk spoke on Monday. Musk said the update would fix it.")
    assert [(s.type, s.name) for s in a.sources] == [("person", "Elon Musk")]
