"""Round 13 (English): "General" as part of a name, not a title. Sentences written here."""

from __future__ import annotations

from .helpers import EN_LEAD, find, run, source_of


def test_general_before_a_company_word_is_part_of_the_name():
    an = run(EN_LEAD + " General Motors said sales fell. According to General Electric, profits will rise.")
    assert source_of(an, "sales fell").name == "General Motors"
    assert source_of(an, "profits").name == "General Electric"
    assert source_of(an, "sales fell").type == "organization"
    an = run(EN_LEAD + " The UN General Assembly said it would vote on Friday.")
    assert source_of(an, "vote").name == "UN General Assembly"


def test_general_before_a_surname_stays_a_title():
    an = run(EN_LEAD + " General Mark Milley said the war would go on for years.")
    assert source_of(an, "the war").name == "Mark Milley"
    assert source_of(an, "the war").type == "person"


def test_a_qualified_unnamed_speaker_is_not_the_earlier_one_with_another_affiliation():
    an = run(EN_LEAD + " Downing Street's spokesman said the prime minister was confident."
             " The Kremlin spokesman said Russia would respond. The spokesman added that talks would go on.")
    downing, kremlin, added = (source_of(an, n) for n in ("confident", "respond", "talks"))
    assert downing is not kremlin
    assert added is kremlin  # "the spokesman": the latest with that head


def test_possessives_and_misread_modifiers_belong_to_the_speaker():
    an = run(EN_LEAD + " The company's chief executive said profits would fall. His lawyer said he was innocent.")
    assert find(an, "profits").source_mention.text == "The company's chief executive"
    assert find(an, "innocent").source_mention.text == "His lawyer"


def test_speaker_before_a_name_is_a_title():
    an = run(EN_LEAD + " Speaker Mike Johnson, however, said there would be no deal this week.")
    src = source_of(an, "no deal")
    assert src.name == "Mike Johnson"


def test_a_role_and_name_after_an_organisation_is_the_speaker_of_a_label_and_what_follows():
    an = run(EN_LEAD + ' Unite general secretary Sharon Graham called the decision "a betrayal" and said the union'
             " would fight it.")
    assert source_of(an, "betrayal").name == "Sharon Graham"
    assert source_of(an, "would fight").name == "Sharon Graham"


def test_an_apposition_with_an_honorific_names_the_speaker():
    an = run(EN_LEAD + " Its chair, Dr Robert Laurenson, told Sky News that members had been left with no choice.")
    src = source_of(an, "no choice")
    assert src.name == "Robert Laurenson" and src.role == "chair"


def test_an_official_who_told_another_outlet_is_not_inside_the_report_cited_before():
    body = (
        "The Financial Times reported that the deal was in trouble, citing people briefed on the talks. "
        "A senior official told Reuters the talks would resume next week."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert find(an, "resume next week").parent is None


def test_the_company_is_the_company_named_in_its_own_message():
    an = run(EN_LEAD + "\n\nVolkswagen will cut 4,000 jobs at its plants by 2026, the company said on Wednesday.")
    assert source_of(an, "4,000 jobs").name == "Volkswagen"


def test_an_analyst_between_firm_and_name_and_named_unions():
    body = (
        "Jefferies analyst Philippe Houchois said the cuts did not go far enough. "
        "The IG Metall union said it would fight the plans. The Unite union said it would strike."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "far enough").name == "Philippe Houchois"
    assert source_of(an, "fight the plans").type == "organization"
    assert source_of(an, "strike") is not source_of(an, "fight the plans")


def test_a_report_inside_ends_before_the_trailing_cue_and_postnominals_are_no_name():
    body = (
        "Investigators believe the money was funnelled through offshore companies, "
        "a source close to the investigation told the BBC. "
        "His lawyer, Jane Morrison KC, said her client denies the allegations."
    )
    an = run(EN_LEAD + "\n\n" + body)
    inner = next(a for a in an.attributions if a.cue and a.cue.text == "believe")
    assert inner.message.text == "the money was funnelled through offshore companies"
    assert source_of(an, "denies").name == "Jane Morrison"


def test_a_letter_seen_by_an_outlet_the_government_and_labels_with_their_objects():
    body = (
        "A leaked letter from the education secretary, seen by the Guardian, says schools face cuts. "
        "The National Education Union described the findings as \"alarming\". "
        "The government insists it is recruiting more teachers than ever."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "schools face").type == "document"
    a = find(an, "alarming")
    assert a.message.text == 'the findings as "alarming"' and a.mode == "mixed"
    assert source_of(an, "recruiting").name != "National Education Union"


def test_warned_of_and_welcomed_report_their_objects():
    body = (
        "The works council chief, Daniela Cavallo, warned of strikes. "
        "Unions warned against further cuts. Doctors welcomed the decision."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "strikes").name == "Daniela Cavallo"
    assert find(an, "further cuts").message.text == "further cuts"
    assert find(an, "the decision").cue.text == "welcomed"


def test_a_fronted_interview_phrase_keeps_the_subject_and_economists_are_no_outlet():
    body = (
        "In an interview with Fox News, Senator Rand Paul called the bill \"a disgrace\" and said it "
        "would add billions to the deficit. Economists at Goldman Sachs estimated that growth would suffer."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "disgrace").name == "Rand Paul"
    assert source_of(an, "billions").name == "Rand Paul"
    assert source_of(an, "growth").type != "media"


def test_a_participle_after_an_inverted_cue_and_a_surname_before_a_colon():
    body = (
        "Critics, led by councillor John Smith, were unconvinced. Smith was blunt: \"It will fail.\" "
        "\"This is a disaster,\" one economist said, warning that prices would rise."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "It will fail").name == "John Smith"
    assert source_of(an, "prices would rise") is source_of(an, "a disaster")


def test_the_airline_and_a_spokesperson_for_a_named_group():
    body = (
        "Lufthansa cancelled more than 800 flights on Wednesday as ground staff walked out. "
        "The airline said around 100,000 passengers were affected. "
        "\"Once again, travellers are paying the price,\" said a spokesperson for the consumer group Pro Bahn."
    )
    an = run(EN_LEAD + "\n\n" + body)
    assert source_of(an, "passengers were affected").name == "Lufthansa"
    assert find(an, "paying the price").source_mention.text.endswith("Pro Bahn")
