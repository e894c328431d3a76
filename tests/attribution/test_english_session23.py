"""Session 23 (English): clergy titles and "the Rev." before a name."""

from __future__ import annotations

from .helpers import find, run, source_of


def test_clergy_titles_are_no_part_of_the_name():
    an = run("Church abuse report. Bishop Ellen Marsh said the diocese would cooperate. The Rev. John Calloway said "
             "he was \"heartbroken\". Rabbi Daniel Kessler said the community was shaken.")
    assert source_of(an, "diocese would").name == "Ellen Marsh"
    assert source_of(an, "heartbroken").name == "John Calloway"
    assert source_of(an, "community was").name == "Daniel Kessler"


def test_a_title_read_as_a_verb_makes_no_fronted_message():
    an = run("Shutdown looms. Rep. Dean Astley, R-Texas, wrote on X that Democrats were \"playing chicken with "
             "paychecks.\"")
    att = next(a for a in an.attributions if a.cue.text == "wrote")
    assert att.message.text.startswith("Democrats were")
    assert an.source_by_id(att.source).name == "Dean Astley"


def test_press_secretary_is_no_cue():
    an = run("Shutdown looms. In a statement, White House press secretary Lena Garrow pushed back: \"The president "
             "has been clear.\"")
    assert all(a.cue.text != "press" for a in an.attributions)
    assert source_of(an, "president has been").name == "Lena Garrow"


def test_the_senator_is_the_sen_named_before():
    an = run("Shutdown looms. Sen. Marla Whitcombe, D-Ore., said Tuesday that Senate Democrats would reject any "
             "bill. The senator, who chairs a key subcommittee, said she had spoken with Republican leaders.")
    assert source_of(an, "spoken with").name == "Marla Whitcombe"


def test_a_surname_in_the_headline_gets_the_full_name_given_later():
    an = run("Sen. Marla Whitcombe, D-Ore., said Tuesday that Senate Democrats would reject any bill.",
             title="Whitcombe: 'We are not going to blink' on border funding")
    assert source_of(an, "not going to blink").name == "Marla Whitcombe"
    assert len([s for s in an.sources if s.type == "person"]) == 1


def test_a_department_with_a_list_in_its_name_is_one_affiliation():
    an = run("Flood scheme shelved. A spokesperson for the Department for Environment, Food and Rural Affairs said "
             "the scheme was \"under review\".")
    s = source_of(an, "under review")
    assert (s.type, s.affiliation) == ("anonymous", "Department for Environment, Food and Rural Affairs")


def test_a_senior_party_figure_is_anonymous():
    s = source_of(run("Flood scheme shelved. One senior Labour figure, who asked not to be named, said the minister "
                      "had been \"hung out to dry\"."), "hung out")
    assert (s.type, s.count, s.affiliation) == ("anonymous", 1, "Labour")


def test_accused_of_in_a_headline_is_no_speech_of_the_accused():
    an = run("The Environment Agency said it would set out next steps.",
             title="Minister accused of 'abandoning' Cumbrian town as flood scheme shelved")
    assert all(a.cue.text != "accused" for a in an.attributions)
    assert all(s.name != "Minister" and s.description != "Minister" for s in an.sources)


def test_organisations_by_the_last_word_of_their_name():
    an = run("Quarry protest. Derbyshire Constabulary said about 3,000 people had gathered. The quarry's operator, "
             "Greystone Aggregates, said the expansion would create 60 jobs. The Sacramento Bee reported that "
             "families had waited for months.")
    assert source_of(an, "3,000").type == "organization"
    s = source_of(an, "60 jobs")
    assert (s.type, s.name) == ("organization", "Greystone Aggregates")
    assert source_of(an, "families had waited").type == "media"


def test_an_opening_however_is_no_speaker():
    an = run("Waiting lists. However, one NHS trust chief executive, who spoke on condition of anonymity because they "
             "were not authorised to comment, said the memo was real. \"Nobody thinks that target is real,\" they "
             "said.")
    for words in ("memo was real", "Nobody thinks"):
        s = source_of(an, words)
        assert (s.type, s.count) == ("anonymous", 1)


def test_the_one_warned_or_told_in_the_passive_is_no_speaker():
    an = run("Waiting lists. The health secretary was privately warned three months ago that the government would "
             "miss its target. Passengers were told not to travel to the airport.")
    assert all(a.cue.text not in ("warned", "told") for a in an.attributions)


def test_described_as_is_a_report_and_a_participle_goes_on_with_the_subject():
    an = run("Waiting lists. Downing Street said the prime minister had \"full confidence\" in him. A No 10 source "
             "went further, describing the memo as \"a worst-case scenario\". One of the officials described the "
             "offer as \"a reasonable off-ramp.\" The witness described the scene in detail.")
    s = source_of(an, "worst-case")
    assert (s.type, s.count) == ("anonymous", 1)
    assert find(an, "worst-case").cue.text == "describing" and find(an, "off-ramp").cue.text == "described"
    assert source_of(an, "off-ramp").type == "anonymous"
    assert all("scene" not in a.message.text for a in an.attributions)


def test_a_contact_clause_speaker_is_the_second_noun_phrase():
    an = run("Palace statement. One post alleged that she had been admitted to intensive care — a claim a royal source "
             "described as \"completely untrue.\"")
    described = next(a for a in an.attributions if a.cue.text == "described")
    assert described.source_mention.text == "a royal source"


def test_the_shadow_secretary_who_said_also_called_for():
    an = run("Waiting lists. The shadow health secretary, Nadia Forsyth, said the leak showed it and called for "
             "Mr Ashworth to publish the full document.")
    assert source_of(an, "publish the full").name == "Nadia Forsyth"


def test_a_question_and_its_speech_tag_are_one_sentence():
    an = run("Defense attorney Sandra Kessel questioned Rosalind Teague.\n\n\"So you signed documents you knew were "
             "false?\" Kessel asked.", title="Hospital finance chief testifies")
    assert source_of(an, "signed documents").name == "Sandra Kessel"


def test_the_age_epithet_is_the_person_of_that_age_or_the_one_just_named():
    an = run("Trial. Rosalind Teague, 54, told jurors that she had been pressured.\n\n\"I was afraid,\" the "
             "54-year-old said.")
    assert source_of(an, "afraid").name == "Rosalind Teague"
    an = run("Election. The post, written by former county commission candidate Russell Teague, alleged fraud. "
             "\"This election was stolen,\" the 58-year-old wrote.")
    assert source_of(an, "election was stolen").name == "Russell Teague"


def test_a_court_filing_unsealed_last_month_is_a_document():
    s = source_of(run("Trial. According to a court filing unsealed last month, Teague faces up to five years in "
                      "prison."), "five years")
    assert s.type == "document"


def test_a_that_clause_with_a_name_and_a_relative_clause_goes_on():
    an = run("Trial. The defense has argued that Teague, who reached a cooperation agreement with prosecutors, is "
             "shifting blame to protect herself.")
    assert "shifting blame" in find(an, "Teague").message.text


def test_reported_citing_then_that():
    an = run("Chipmaker cuts jobs. Bloomberg News reported last month, citing people familiar with the matter, that "
             "Lumentra had hired advisers to explore a sale.")
    outer = next(a for a in an.attributions if a.cue.text == "reported")
    inner = next(a for a in an.attributions if a.cue.text == "citing")
    assert outer.message.text.startswith("Lumentra had hired") and inner.parent == outer.id


def test_a_trailing_speaker_with_a_relative_clause_before_told():
    s = source_of(run("Chipmaker cuts jobs. The job cuts will fall mostly on sites in Oregon, a person familiar with "
                      "the matter, who spoke on condition of anonymity because the details had not been made public, "
                      "told Reuters."), "job cuts will fall")
    assert (s.type, s.count) == ("anonymous", 1)


def test_sports_roles_and_the_paper_after_a_newspaper():
    an = run("Rovers collapse. Danquah, who has scored nine goals this season, said the dressing room was \"silent\". "
             "\"We know what the fans think of us,\" the striker said. Dunmere boss Alan Threlfall praised his players "
             "and said his team talk had been \"short and loud\". The Harwick Evening Post reported on Friday that "
             "the board had held talks. The paper said the contract contains a release clause.")
    assert source_of(an, "fans think").name == "Danquah"
    assert source_of(an, "team talk").name == "Alan Threlfall"
    s = source_of(an, "release clause")
    assert (s.type, s.name) == ("media", "Harwick Evening Post")


def test_an_outlet_that_says_something_adopts_no_later_paragraph():
    an = run("Depot strike. Kelmari state broadcaster KTV said the depot had been \"a legitimate military target\".\n\n"
             "A senior European diplomat said allies were \"alarmed\" by the range.")
    assert find(an, "alarmed").parent is None


def test_its_developer_said_and_the_company_by_its_first_word():
    an = run("Migraine pill. An experimental pill cut migraine days by half in a trial, its developer said Thursday. "
             "Corvane Therapeutics said 48% of patients saw their migraine days fall. Side effects were mostly mild, "
             "according to Corvane.")
    assert find(an, "cut migraine days").source_mention.text == "its developer"
    s = source_of(an, "Side effects")
    assert (s.type, s.name) == ("organization", "Corvane Therapeutics")


def test_a_court_report_with_a_fronted_participle_and_court_told():
    an = run("Opening the case at Leicester crown court on Monday, Helen Strachan KC, prosecuting, told the jury that "
             "Cowdrey had \"treated the account as his piggy bank\". \"Every month, money left the charity,\" she "
             "said.",
             title="Accountant 'stole £1.2m from church charity', court told")
    assert source_of(an, "piggy bank").name == "Helen Strachan"
    assert source_of(an, "Every month").name == "Helen Strachan"
    assert all(a.cue.text != "told" or a.source_mention.text != "court" for a in an.attributions if a.cue)


def test_a_group_is_no_one_person_and_the_aged_congresswoman_is_the_rep():
    an = run("Wildfire aid. A group of California Democrats on Monday accused the White House of holding up money. "
             "\"People are living in trailers,\" Rep. Carla Mendes (D-Calif.) said. The 54-year-old congresswoman "
             "said she had been told by agency staff that the money was stuck.")
    assert source_of(an, "holding up").count is None
    assert source_of(an, "agency staff").name == "Carla Mendes"


def test_the_grocer_is_the_company_opening_the_sentence_and_reported_in_august():
    an = run("Store closures. Fernhill Markets will close 23 stores and eliminate 900 positions, the regional grocer "
             "said Tuesday. The Wall Street Journal reported in August, citing people familiar with the matter, that "
             "the unit could fetch as much as $400 million.")
    s = source_of(an, "close 23 stores")
    assert (s.type, s.name) == ("organization", "Fernhill Markets")
    assert source_of(an, "could fetch").name == "The Wall Street Journal"
