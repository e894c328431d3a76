"""Session 18 (English): possessive subjects, places after a body, a who-clause inside an apposition,
"acknowledged X but insisted that Y", body types and Arabic surnames."""

from __future__ import annotations

from reportedly import analyze


def _analysis(text):
    return analyze("Headline\n\n" + text)


def _names(a):
    return [a.source_by_id(x.source).name for x in a.attributions]


def _rows(text):
    a = _analysis(text)
    return [(x.cue.text, x.source_mention.text if x.source_mention else None, x.message.text) for x in a.attributions]


def test_a_possessive_subject_keeps_its_head_noun():
    rows = _rows("Germany's leading economic institutes expect the economy to contract again this year.")
    assert rows == [("expect", "Germany's leading economic institutes", "the economy to contract again this year")]
    a = _analysis("Britain's foreign secretary said the talks would continue next week.")
    assert a.attributions[0].source_mention.text == "Britain's foreign secretary"


def test_a_place_after_the_body_is_no_name_of_it():
    a = _analysis("The Hamas-run health ministry in Gaza says more than 45,000 people have been killed.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.type, src.name) == ("organization", None)


def test_a_who_clause_in_an_apposition_speaks_of_the_name():
    a = _analysis("Sam Salehpour, a quality engineer who testified before the panel last year, said the report "
                  "vindicated him. \"I was told to keep quiet,\" he told The Seattle Times.")
    names = _names(a)
    assert names == ["Sam Salehpour", "Sam Salehpour"]
    assert [x.message.text for x in a.attributions] == ["the report vindicated him", "I was told to keep quiet"]
    assert a.source_by_id(a.attributions[1].via).name == "The Seattle Times"
    assert [a.source_by_id(x.source).name for x in a.speech_acts] == ["Sam Salehpour"]


def test_a_who_clause_message_ends_at_the_apposition():
    rows = _rows("Jane Roe, a nurse who said she saw the attack, was taken to hospital on Monday.")
    assert rows == [("said", "who", "she saw the attack")]


def test_a_second_verb_with_a_that_clause_keeps_it():
    rows = _rows("Economy Minister Robert Habeck acknowledged the figures were disappointing but insisted that a "
                 "turnaround was in sight.")
    assert [(r[0], r[2]) for r in rows] == [
        ("acknowledged", "the figures were disappointing"), ("insisted", "a turnaround was in sight")]


def test_bodies_are_organisations():
    a = _analysis("Israeli Prime Minister Benjamin Netanyahu's office said in a statement that Israel would not end "
                  "the war. The World Food Programme said only a fraction of the trucks had been allowed in.")
    office, wfp = (a.source_by_id(x.source) for x in a.attributions)
    assert (office.type, office.affiliation) == ("organization", "Benjamin Netanyahu")
    assert (wfp.type, wfp.name) == ("organization", "World Food Programme")


def test_an_arabic_surname_with_its_particle():
    a = _analysis("Qatar's foreign ministry spokesman Majed al-Ansari said negotiators were working around the "
                  "clock. \"Until everything is agreed, nothing is agreed,\" al-Ansari said.")
    assert _names(a) == ["Majed al-Ansari", "Majed al-Ansari"]


def test_the_broadcaster_a_speaker_spoke_on():
    a = _analysis("The minister said on CNN the situation was serious. Speaking on BBC Radio 4, the health "
                  "secretary said more nurses were needed.")
    assert [x.message.text for x in a.attributions] == ["the situation was serious", "more nurses were needed"]
    assert [a.source_by_id(x.via).name for x in a.attributions] == ["CNN", "BBC"]


def test_an_unnamed_party_mp_and_the_mp_named_before():
    a = _analysis("MPs were angry. But one Labour MP, who asked not to be named, told the Guardian: \"People are "
                  "furious.\"")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.type, src.affiliation, src.count) == ("anonymous", "Labour", 1)
    a = _analysis("Chris Grayling warned on Monday that the sector is facing cuts. Speaking in the Commons, the "
                  "Conservative MP said: \"It does not need to be like this.\"")
    assert {a.source_by_id(x.source).name for x in a.attributions} == {"Chris Grayling"}


def test_a_capitalised_adjective_opening_the_sentence_is_no_outlet():
    a = _analysis("The study was published. Independent experts said the sample was too small.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.type, src.affiliation) == ("anonymous", None)
    a = _analysis("The study was published. Politico reported that the talks failed.")
    assert a.source_by_id(a.attributions[0].source).type == "media"


def test_a_platform_called_x_ends_its_sentence_before_a_quotation():
    rows = _rows("Musk later denied the report on his social media platform X. \"Reuters is lying (again),\" he "
                 "wrote, without providing details.")
    assert rows == [("denied", "Musk", "the report on his social media platform X"),
                    ("wrote", "he", "Reuters is lying (again)")]


def test_a_relative_clause_on_the_according_to_source_is_no_message():
    rows = _rows("The decision was communicated to staff late last month, according to one of the people, who "
                 "spoke on condition of anonymity because the matter is confidential.")
    assert rows[0][2] == "The decision was communicated to staff late last month"


def test_and_inside_a_body_name():
    a = _analysis("The study was published. The Food and Drink Federation, which represents manufacturers, said "
                  "the term was unhelpful. Amnesty International and Human Rights Watch said the study was sound.")
    first, second = a.attributions
    assert a.source_by_id(first.source).name == "Food and Drink Federation" and first.co_sources == []
    assert [a.source_by_id(s).name for s in (second.source, *second.co_sources)] == [
        "Amnesty International", "Human Rights Watch"]


def test_asked_on_a_broadcaster():
    a = _analysis("Asked on the BBC whether she would reconsider, Reeves said: \"No. We have to get the public "
                  "finances back on track.\"")
    assert a.source_by_id(a.attributions[0].via).name == "BBC"


def test_citing_sources_sit_between_the_outlet_and_the_people_it_reports():
    a = _analysis("Some employees have told colleagues they were considering leaving, The Information reported, "
                  "citing people with knowledge of the discussions.")
    by_cue = {x.cue.text: x for x in a.attributions}
    assert by_cue["citing"].parent == by_cue["reported"].id
    assert by_cue["told"].parent == by_cue["citing"].id


def test_a_department_named_by_a_title_word():
    a = _analysis("The Justice Department, which sued Texas over the law, welcomed the ruling.")
    assert a.source_by_id(a.attributions[0].source).name == "Justice Department"
    a = _analysis("Justice Kennedy said the law was wrong.")
    assert a.source_by_id(a.attributions[0].source).name == "Kennedy"


def test_the_people_polled_by_an_outlet_are_the_speakers():
    a = _analysis("Economists polled by Reuters had expected the rate to fall to 2%. Some warned it could rise again "
                  "later in the year.")
    first = a.attributions[0]
    assert first.source_mention.text == "Economists polled by Reuters"
    assert a.source_by_id(first.source).type == "anonymous"
    assert a.attributions[1].parent is None


def test_the_outlet_that_saw_the_paper():
    a = _analysis("The plan would cut 500 jobs, according to a draft seen by Reuters.")
    assert a.source_by_id(a.attributions[0].via).name == "Reuters"


def test_a_general_staff_is_a_body():
    a = _analysis("\"The enemy lost dozens of armoured vehicles,\" the Ukrainian army's general staff said in a "
                  "Telegram post.")
    assert a.source_by_id(a.attributions[0].source).type == "organization"


def test_roles_before_a_name_the_tagger_joined_or_split():
    for text, name, role in [
        ("German Chancellor Olaf Scholz told reporters the talks were useful.", "Olaf Scholz", "German Chancellor"),
        ("Chancellor Rachel Reeves said the talks were useful.", "Rachel Reeves", "Chancellor"),
        ("White House press secretary Karine Jean-Pierre told reporters the talks were useful.", "Karine Jean-Pierre",
         "press secretary"),
    ]:
        a = _analysis(text)
        src = a.source_by_id(a.attributions[0].source)
        assert (src.name, src.role) == (name, role), text


def test_court_documents_unsealed_on_a_weekday_and_a_channel_called_by_its_name():
    a = _analysis("A former contractor has been charged with leaking intelligence, according to court documents "
                  "unsealed on Tuesday.")
    src = a.source_by_id(a.attributions[0].source)
    assert (a.attributions[0].source_mention.text, src.type, src.name) == (
        "court documents unsealed on Tuesday", "document", None)
    rows = _rows("The documents later appeared on a Telegram channel called \"Middle East Spectator\", the "
                 "indictment says.")
    assert [r[0] for r in rows] == ["says"]
    assert _rows("The union called the offer \"an insult\".")[0][0] == "called"


def test_a_report_by_an_author_and_the_participle_after_it():
    rows = _rows("Russia is stepping up a covert campaign of sabotage across Europe, a report by the think tank "
                 "Chatham House says, warning that Western governments have been slow to respond.")
    assert rows == [
        ("says", "a report by the think tank Chatham House",
         "Russia is stepping up a covert campaign of sabotage across Europe"),
        ("warning", "a report by the think tank Chatham House", "Western governments have been slow to respond"),
    ]
    a = _analysis("Prices will rise, the bank said, warning that inflation could persist.")
    assert [x.source_mention.text for x in a.attributions] == ["the bank", "the bank"]


def test_a_one_letter_name_is_no_person():
    a = _analysis("X, the social media platform owned by Elon Musk, has sued a group of advertisers, accusing them of "
                  "illegally conspiring to boycott the site. In a lawsuit filed in federal court in Texas, X alleges "
                  "that the advertisers withheld \"billions of dollars\" in advertising revenue.")
    assert a.source_by_id(a.attributions[0].source).type == "organization"


def test_an_embassy_is_a_body():
    a = _analysis("Chinese banks were hit. The Russian embassy said the report was false.")
    assert a.source_by_id(a.attributions[0].source).type == "organization"


def test_an_agency_head_a_website_and_a_surname_that_is_a_german_noun():
    a = _analysis("More than two million homes were without power, according to the tracking website "
                  "PowerOutage.us. Federal Emergency Management Agency administrator Deanne Criswell said her agency "
                  "had pre-positioned supplies. \"Milton is exactly the kind of storm we expect,\" said Michael Mann, "
                  "a climate scientist.")
    types = [(a.source_by_id(x.source).type, a.source_by_id(x.source).name) for x in a.attributions]
    assert types == [("media", "PowerOutage.us"), ("person", "Deanne Criswell"), ("person", "Michael Mann")]
    assert [x.parent for x in a.attributions] == [None, None, None]


def test_the_prosecution_and_the_defence_are_parties():
    a = _analysis("The prosecution said she had tried to dislodge the tube. The defence argued there was no evidence.")
    assert [a.source_by_id(x.source).type for x in a.attributions] == ["organization", "organization"]


def test_the_company_is_the_one_named_before_even_when_first_typed_otherwise():
    a = _analysis("Apple has previously said its rules protect users. The company argued that the DMA creates new "
                  "avenues for malware.")
    assert _names(a) == ["Apple", "Apple"]


def test_the_sources_are_the_people_cited_before():
    a = _analysis("The Commission is set to fine Apple, two people with direct knowledge of the matter told Reuters. "
                  "The fine could be announced next month, the sources said.")
    assert len({x.source for x in a.attributions}) == 1


def test_a_scientist_in_apposition_is_the_role():
    a = _analysis("\"Milton is the storm we expect,\" said Michael Mann, a climate scientist at the University of "
                  "Pennsylvania.")
    src = a.source_by_id(a.attributions[0].source)
    assert (src.name, src.role) == ("Michael Mann", "climate scientist at the University of Pennsylvania")


def test_a_speaker_s_words_in_a_recording_are_inside_it():
    a = _analysis("Smith said the deal was off, according to a recording reviewed by Bloomberg.")
    said = next(x for x in a.attributions if x.cue.text == "said")
    assert a.chain(said) == ["Bloomberg", "a recording", "Smith"]
    a = _analysis("Singh said the fire started in the kitchen, according to initial assessments.")
    according = next(x for x in a.attributions if x.cue.text == "according")
    assert a.chain(according) == ["Singh", "initial assessments"]


def test_an_adverb_before_the_cue_ends_the_subject_not_the_noun_before_it():
    rows = _rows("Officials in several European capitals privately acknowledge the scale of the threat.")
    assert rows[0][1] == "Officials in several European capitals"


def test_a_relative_clause_on_the_object_is_no_part_of_the_criticism():
    a = _analysis("Israel's foreign ministry criticised earlier remarks by the Pope, who had described an Israeli air "
                  "strike as \"cruelty\", calling them \"disconnected from the facts\".")
    first = a.attributions[0]
    assert (first.cue.text, first.message.text) == ("criticised", "earlier remarks by the Pope")
    a = _analysis("Pope Francis called for a ceasefire. Speaking from the balcony, the 88-year-old pontiff said he was "
                  "thinking of the children.")
    assert a.source_by_id(a.attributions[1].source).type == "person"
