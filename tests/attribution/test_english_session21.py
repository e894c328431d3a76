"""Session 21 (English): an outlet's report referred to as "the report", and what an open media report does
not adopt — words given after declining to comment, people who spoke to another outlet, a message another
outlet saw — and a statement that carries what investigators believe."""

from __future__ import annotations

from .helpers import find, run_en

CUTS = ("The company is preparing to cut about 10,000 jobs, Bloomberg News reported on Monday, citing people "
        "with knowledge of the matter. The cuts would mostly affect its cloud division, the report said.")


def test_the_report_of_an_outlet_just_named_is_the_outlet():
    an = run_en(CUTS)
    s = an.source_by_id(find(an, "cloud division").source)
    assert (s.type, s.name) == ("media", "Bloomberg")


def test_words_given_after_declining_to_comment_are_no_part_of_the_open_report():
    an = run_en(CUTS + '\n\nA company spokeswoman declined to comment on what she called "market speculation."')
    assert find(an, "market speculation").parent is None


def test_people_who_spoke_to_another_outlet_are_no_part_of_the_open_report():
    an = run_en(CUTS + "\n\nEmployees learned of the plans through an internal memo, according to two staff members "
                "who spoke to The Verge. \"Morale is at an all-time low,\" one engineer wrote in a message seen by "
                "Reuters. Managers were told to prepare lists of underperforming staff, the engineer said.")
    for needle in ("internal memo", "all-time low", "underperforming"):
        assert find(an, needle).parent is None
    assert find(an, "cloud division").parent is None  # the outlet's own piece is no report inside itself


def test_a_statement_carries_what_investigators_believe():
    an = run_en("Investigators believe the attack was politically motivated, according to a police statement.")
    believe = next(a for a in an.attributions if a.cue.text == "believe")
    statement = next(a for a in an.attributions if a.cue.text == "according")
    assert believe.parent == statement.id and statement.parent is None
    assert an.source_by_id(statement.source).type == "document"


def test_a_named_tool_is_a_document_not_a_person():
    an = run_en("Markets, however, are pricing in a cut, according to CME Group's FedWatch tool.")
    s = an.source_by_id(find(an, "pricing").source)
    assert (s.type, s.name) == ("document", None)


def test_a_company_representative_is_an_unnamed_person_and_multiple_is_no_affiliation():
    an = run_en("A company representative said the product was safe.")
    s = an.source_by_id(find(an, "product").source)
    assert (s.type, s.count) == ("anonymous", 1)
    an = run_en("Multiple sources told CNN that the director would resign.")
    s = an.source_by_id(find(an, "director").source)
    assert (s.type, s.affiliation) == ("anonymous", None)


def test_a_full_name_the_tagger_read_as_a_noun_and_a_verb():
    an = run_en("Regional president Carlos Mazón defended the response, saying the emergency services had followed "
                "protocol. \"We acted on the information we had,\" Mazón told reporters on Thursday.")
    names = {an.source_by_id(a.source).name for a in an.attributions}
    assert names == {"Carlos Mazón"}


def test_an_age_epithet_after_a_long_quotation_is_the_speaker_named_before():
    an = run_en('"I am deeply sorry that this has happened," Chief Executive Mark Trevelyan said at a hastily convened '
                'news conference in Sydney. "We let our customers down, and we will do everything we can to make this '
                'right." The 58-year-old said the company had first detected unusual activity on its network.')
    assert an.source_by_id(find(an, "unusual activity").source).name == "Mark Trevelyan"


def test_reports_before_a_past_speech_verb_are_the_press_and_end_the_message_before():
    an = run_en("Manager Steve Kearns insisted he would not walk away after the defeat, but reports suggested the "
                "club's owners were already weighing up potential replacements.")
    assert find(an, "walk away").message.text == "he would not walk away after the defeat"
    a = find(an, "replacements")
    assert (a.cue.text, an.source_by_id(a.source).type, a.parent) == ("suggested", "media", None)


def test_an_adverb_opening_the_sentence_is_no_speaker():
    an = run_en("Separately, the Ukrainian outlet Ukrainska Pravda, citing a source in the security services, reported "
                "that drones had struck an oil depot overnight.")
    a = next(x for x in an.attributions if x.cue.text == "reported")
    assert a.source_mention.text == "the Ukrainian outlet Ukrainska Pravda"


def test_businesses_named_after_their_kind_and_an_office_named_after_its_holder():
    an = run_en("Australian telecommunications provider Coralnet said on Thursday that hackers had accessed data.")
    assert an.source_by_id(find(an, "hackers").source).type == "organization"
    an = run_en("British department store chain Brightmore said it would close 40 stores. The company said sales fell "
                "6.4% in the six months to August.")
    assert an.source_by_id(find(an, "sales fell").source).name == "Brightmore"
    an = run_en("The U.S. Attorney's Office said the scheme had cost investors millions.")
    assert an.source_by_id(find(an, "scheme").source).name == "U.S. Attorney's Office"


def test_a_news_site_is_an_outlet_but_a_site_is_a_place():
    an = run_en("A cybersecurity news site reported that a group was demanding a ransom.")
    assert an.source_by_id(find(an, "ransom").source).type == "media"


def test_a_dateline_is_no_speaker_and_express_ends_a_paper_name():
    an = run_en("LONDON (Reuters) - The Bank of England kept interest rates unchanged on Thursday but signalled it "
                "could begin cutting borrowing costs in the spring.")
    a = next(x for x in an.attributions if x.cue.text == "signalled")
    assert an.source_by_id(a.source).name == "Bank of England"
    an = run_en("The Indian Express reported that alliance leaders had begun talks with independents.")
    assert an.source_by_id(find(an, "alliance").source).type == "media"
