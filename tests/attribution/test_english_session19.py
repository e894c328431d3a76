"""Session 19 (English): clauses in the present perfect before the cue, parentheses inside a subject,
bodies named in full, and who believes what inside a report."""

from __future__ import annotations

from reportedly import analyze


def _analysis(text):
    return analyze("Headline\n\n" + text)


def _rows(text):
    a = _analysis(text)
    return [(x.cue.text, x.source_mention.text if x.source_mention else None, x.message.text) for x in a.attributions]


def test_a_perfect_clause_before_the_cue_is_its_message():
    assert _rows("At least 130 structures have been destroyed, the agency said.") == [
        ("said", "the agency", "At least 130 structures have been destroyed")]
    assert _rows("In a statement, the family said they were relieved.") == [
        ("said", "the family", "they were relieved")]


def test_an_inserted_adverb_leaves_the_subject_before_it():
    assert _rows("Civil liberties groups, meanwhile, argued the law did not go far enough.") == [
        ("argued", "Civil liberties groups", "the law did not go far enough")]
    assert _rows("The law is weak, however, said Smith.")[0][1:] == ("Smith", "The law is weak, however")


def _types(text):
    a = _analysis(text)
    return [(a.source_by_id(x.source).name, a.source_by_id(x.source).type) for x in a.attributions]


def test_bodies_named_in_full_are_organisations():
    assert _types("Amnesty International said exemptions left loopholes.") == [
        ("Amnesty International", "organization")]
    assert _types("The Centers for Disease Control and Prevention reported that the country had recorded more "
                  "cases.") == [("Centers for Disease Control and Prevention", "organization")]
    assert _types("China's Eastern Theatre Command said the drills were a warning.") == [
        ("Eastern Theatre Command", "organization")]
    assert _types("The Integrated Food Security Phase Classification (IPC) found famine in five areas and said "
                  "five more were likely to be hit.") == [
        ("Integrated Food Security Phase Classification", "organization")]


def test_a_hyphenated_modifier_is_no_name():
    assert _types("Famine is spreading across Sudan, a UN-backed hunger monitor said on Tuesday.") == [
        (None, "organization")]


def test_a_restrictive_that_clause_speaks_for_its_noun():
    assert _types("The parliament approved the rules, setting up a clash with technology companies that say the "
                  "law will stifle innovation.") == [(None, "organization")]
    assert _rows("The parliament approved the rules, setting up a clash with technology companies that say the "
                 "law will stifle innovation.")[0][1:] == ("technology companies", "the law will stifle innovation")


def test_a_that_clause_has_its_own_subject():
    rows = _rows("Two people familiar with the assessments told Reuters that Washington did not believe an invasion "
                 "was imminent.")
    assert rows[1] == ("believe", "Washington", "an invasion was imminent")


def test_a_chair_title_is_the_role():
    a = _analysis('"The economy is in a good place," Fed Chair Jerome Powell told reporters.')
    assert [(s.name, s.role) for s in a.sources] == [("Jerome Powell", "Fed Chair")]


def test_the_description_after_an_inverted_speaker_is_the_role():
    a = _analysis('"They are behind the curve again," said Diane Swonk, chief economist at KPMG.')
    assert [(s.name, s.role) for s in a.sources] == [("Diane Swonk", "chief economist at KPMG")]
    a = _analysis('"Measles outbreaks are not normal," said Dr. Paul Offit, a vaccine expert at the hospital.')
    assert [(s.name, s.role) for s in a.sources] == [("Paul Offit", "vaccine expert at the hospital")]


def test_projections_are_a_document():
    assert _types("According to the Fed's latest projections, officials see unemployment rising slightly.") == [
        (None, "document")]


def test_claims_a_company_denies_and_a_president_elect():
    rows = _rows("Officials have said Chinese authorities could force ByteDance to hand over data on American users, "
                 "claims the company denies.")
    assert [r[:2] for r in rows] == [("said", "Officials")]
    a = _analysis('President-elect Donald Trump, who once tried to ban the app himself, has said he wants to "save '
                  'TikTok".')
    assert [(s.name, s.role) for s in a.sources] == [("Donald Trump", "President-elect")]
    assert a.attributions[0].message.text == 'he wants to "save TikTok"'


def test_a_request_to_act_and_a_union_named_for_its_workers():
    rows = _rows("TikTok asked the Supreme Court on Monday to temporarily block a law that would ban the app.")
    assert rows[0][2] == "the Supreme Court on Monday to temporarily block a law that would ban the app"
    assert _types("The International Association of Machinists and Aerospace Workers said 59 percent of members "
                  "had voted in favour.") == [("International Association of Machinists and Aerospace Workers",
                                               "organization")]


def test_a_speaker_whose_name_is_withheld_is_anonymous():
    a = _analysis('"We gave up too much," said one machinist, who declined to give his name, outside a union hall.')
    assert [(s.type, s.count) for s in a.sources] == [("anonymous", 1)]


def test_that_before_a_lone_noun_is_a_determiner():
    rows = _rows("An Israeli official disputed that account, saying no formal proposal had been received.")
    assert rows[0][2] == "that account"
    assert _rows("He said that prices rose.")[0][2] == "prices rose"


def test_it_before_the_cue_speaks_not_the_apposition_after_it():
    rows = _rows('The air force said that air defence was working. Another 20 drones were "lost", it said, a term '
                 'usually used for drones brought down by electronic warfare.')
    assert rows[1][:2] == ("said", "it")


def test_a_panel_named_in_full_and_money_claimed():
    assert _types('The Intergovernmental Panel on Climate Change has previously said a collapse this century is '
                  '"very unlikely".') == [("Intergovernmental Panel on Climate Change", "organization")]
    rows = _rows("An investigation found he claimed more than £40,000 in expenses for trips with no clear link.")
    assert [r[0] for r in rows] == ["found"]
    a = _analysis("The report concluded that the mayor had failed. Mr Hart has denied any wrongdoing and said he "
                  "would challenge the findings.")
    assert [(s.name, s.role) for s in a.sources if s.type == "person"] == [("Hart", None)]


def test_called_an_object_something_reports_it():
    assert _rows("Lawyers for the plaintiffs called the agreement a significant step.")[0][::2] == (
        "called", "the agreement a significant step")
    assert _rows("Residents called the police a day later.") == []


def test_a_weather_agency_is_no_outlet():
    a = _analysis("The national weather agency Aemet said more than a year's worth of rain had fallen. Critics "
                  "accused the regional government of issuing warnings too late.")
    assert [(s.name, s.type) for s in a.sources][0] == ("Aemet", "organization")
    assert a.attributions[1].parent is None


def test_a_restrictive_who_clause_speaks_for_its_plural_noun():
    a = _analysis("Keir Starmer has ruled out a wealth tax, despite pressure from some Labour MPs who argue it is the "
                  "fairest way to fund services.")
    assert [(s.type, s.affiliation, s.role) for s in a.sources] == [("anonymous", "Labour", None)]
    assert a.attributions[0].source_mention.text == "some Labour MPs"


def test_aides_who_said_and_an_amount_added():
    rows = _rows("Aides to House Speaker Mike Johnson, who struggled to unite his party behind the plan, said he was "
                 "relieved the fight was over.")
    assert rows == [("said", "Aides to House Speaker Mike Johnson", "he was relieved the fight was over")]
    rows = _rows("Senator Rand Paul said the bill added billions to the deficit without any meaningful cuts.")
    assert [r[0] for r in rows] == ["said"]


def test_a_club_by_its_short_name():
    assert _types('Manchester City have been charged by the Premier League. In a statement, City said it was '
                  '"surprised" by the charges.') == [("City", "organization")]


def test_hearsay_words_give_way_to_the_report_the_sentence_names():
    a = _analysis("Russia has reportedly begun moving nuclear weapons to Belarus, according to a report in The New "
                  "York Times. Belarusian leader Alexander Lukashenko is said to have confirmed the transfer, state "
                  "news agency BelTA reported.")
    assert [x.cue.text for x in a.attributions if x.source is None] == []


def test_the_swedish_company_is_the_company_just_named():
    a = _analysis("Apple said it would appeal. Spotify, which filed the original complaint in 2019, welcomed the "
                  "ruling. The Swedish company said it sent 'a powerful message' to the market.")
    assert [a.source_by_id(x.source).name for x in a.attributions] == ["Apple", "Spotify", "Spotify"]


def test_the_group_after_a_spokesperson_of_another_body_is_not_the_last_organisation():
    a = _analysis("West Yorkshire Police said officers were called to the mosque. A spokesperson for Tell MAMA, which "
                  "monitors anti-Muslim incidents, said reports had risen sharply. According to the group, more than "
                  "2,000 incidents were recorded.")
    assert a.source_by_id(a.attributions[2].source).name != "West Yorkshire Police"
    a = _analysis("Apple said it would appeal. A spokeswoman for Apple said the fine was unfair. The company added "
                  "that it would fight.")
    assert a.source_by_id(a.attributions[2].source).name == "Apple"


def test_what_the_government_says_and_advocates_read_as_a_verb():
    rows = _rows("Australia's parliament has passed a law banning children from social media, in what the government "
                 "says is a world first.")
    assert rows[0][:2] == ("says", "the government")
    rows = _rows("Child safety advocates welcomed the vote, while some experts warned that the ban could backfire.")
    assert rows[0][:2] == ("welcomed", "Child safety advocates")


def test_a_capitalised_role_word_opens_the_role():
    a = _analysis("Chief executive Sam Altman wrote in a post on X that the company needed more compute.")
    assert [(s.name, s.role) for s in a.sources] == [("Sam Altman", "Chief executive")]


def test_a_witness_tells_what_the_speaker_said_and_a_department_opens_a_role():
    a = _analysis('Finance chief Arno Antlitz told managers that the brand had "one, maybe two years" to turn things '
                  'around, according to a person who attended the meeting.')
    outer, inner = a.attributions
    assert (outer.cue.text, inner.cue.text, inner.parent) == ("according", "told", outer.id)
    assert [(s.name, s.role) for s in a.sources if s.type == "person"] == [("Arno Antlitz", "Finance chief")]


def test_an_acronym_and_the_name_it_abbreviates_are_one_body():
    a = analyze("WHO declares mpox a global health emergency\n\nThe World Health Organization has declared the spread "
                "of mpox a public health emergency, officials said. The World Health Organization said it was worried.")
    who = [s for s in a.sources if s.type == "organization"]
    assert len(who) == 1 and who[0].name == "World Health Organization"
    a = analyze("Titel\n\nDie Deutsche Bahn teilte mit, der Zug falle aus. Die DB sagte, das sei bedauerlich.")
    assert [(s.name, len(s.mentions)) for s in a.sources] == [("Deutsche Bahn", 2)]
