"""Session 22 (English): everyday given names the tagger misreads, the Mr or Mrs of a surname two people
share, and bodies the tagger read as people."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_given_name_the_tagger_read_as_an_adverb_opens_a_name():
    an = run("Fed holds rates. Howard Pell, a former Treasury adviser, wrote on X that the committee was "
             "\"fighting the last war\".")
    s = source_of(an, "committee")
    assert (s.name, s.type) == ("Howard Pell", "person")
    assert all(s.name != "X" for s in an.sources)


def test_she_is_the_woman_with_an_everyday_name():
    an = run("Storm hits coast. Teresa Quintanilla, the mayor, met Roy Delacroix at the shelter. \"Stay where "
             "you are,\" she said.")
    assert source_of(an, "Stay where").name == "Teresa Quintanilla"


def test_mr_picks_the_man_of_two_people_with_one_surname():
    an = run("Boiler death. Zoe Anderson, 24, died at the home of her father, publisher Chris Anderson. Mr Anderson, "
             "who quit the firm in 2001, said the family was devastated.")
    assert source_of(an, "devastated").name == "Chris Anderson"


def test_companies_and_bodies_the_tagger_read_as_people():
    cases = [
        ("Fire. The utility Sierra Crest Power said it had shut off electricity to 22,000 customers.", "electricity",
         "Sierra Crest Power", "organization"),
        ("Hack. U.S. insurer Bellmont Mutual said on Monday that hackers had accessed the data of 9 million "
         "customers.", "hackers", "Bellmont Mutual", "organization"),
        ("Probe. The Atlanta Journal-Constitution first reported the existence of a grand jury investigation.",
         "grand jury", "Atlanta Journal-Constitution", "media"),
        ("Storm. At least two people were reported killed, the Galvin County sheriff's office said.", "killed",
         "Galvin County", "organization"),
        ("Recall. Halbrook Pharmaceuticals is recalling 1.2 million bottles, the U.S. Food and Drug Administration "
         "said Friday.", "recalling", "U.S. Food and Drug Administration", "organization"),
        ("Storm. More than 400,000 homes were without power, according to the outage tracker GridWatch.",
         "400,000", "GridWatch", "media"),
    ]
    for text, needle, name, type_ in cases:
        s = source_of(run(text), needle)
        assert (s.name, s.type) == (name, type_), text


def test_the_company_and_the_palace_refer_back():
    an = run("Fire. The utility Sierra Crest Power said it had shut off electricity. The company denied that one of "
             "its lines had sparked the blaze.")
    assert source_of(an, "sparked").name == "Sierra Crest Power"
    an = run("Palace. Buckingham Palace said the Duchess is \"recovering well\". The palace said the Duchess wished "
             "her medical information to remain private.")
    assert source_of(an, "private").name == "Buckingham Palace"


def test_a_poll_that_suggests_is_the_source_and_not_its_message():
    an = run("By-election. Reform UK has taken a narrow lead, according to a new poll that suggests Labour could "
             "lose the seat.")
    lead = next(a for a in an.attributions if a.cue.text == "according")
    assert lead.source_mention.text == "a new poll" and lead.message.text == "Reform UK has taken a narrow lead"
    assert an.source_by_id(lead.source).type == "document"
    assert source_of(an, "Labour could lose").type == "document"


def test_the_other_of_two_unnamed_people_and_a_plain_adjective():
    an = run("Gaza talks. \"There is movement,\" said one of them. \"Every word is being fought over,\" the other "
             "added.")
    s = source_of(an, "Every word")
    assert (s.type, s.count) == ("anonymous", 1)
    s = source_of(run("Court. Legal scholars said the ruling appears to leave the question open."), "ruling")
    assert (s.type, s.affiliation) == ("anonymous", None)


def test_he_after_a_narrated_he_is_the_man_named_before():
    an = run("Coach sacked. Wexham Rovers have sacked manager Stefan Kovac after eight defeats. The decision came "
             "after a 3-0 defeat, during which the crowd chanted for Kovac to go. He appeared to acknowledge the mood "
             "in his press conference. \"I understand the frustration,\" he said.")
    assert source_of(an, "frustration").name == "Stefan Kovac"


def test_a_company_surname_alone_and_a_possessive_the_tagger_read_as_a_number():
    an = run("Recall. Halbrook Pharmaceuticals is recalling 1.2 million bottles. Halbrook, based in New Jersey, said "
             "in a statement that it had not received any reports of adverse events.")
    assert source_of(an, "adverse events").type == "organization"
    an = run("Recall. However, a person familiar with the company's internal investigation told The Associated Press "
             "that the supplier had been flagged by inspectors.")
    s = source_of(an, "supplier")
    assert (s.type, s.description) == ("anonymous", "a person familiar with the company's internal investigation")


def test_a_screenshot_shared_on_x_is_a_post():
    an = run("Hack. TechCrunch reported that the group had published a second batch of files, citing a screenshot "
             "shared by a security researcher on X.")
    cited = next(a for a in an.attributions if a.cue.text == "citing")
    assert an.source_by_id(cited.source).type == "social_post"


def test_a_pronoun_right_before_the_cue_in_a_contact_clause():
    an = run("Drones. Russia's Defence Ministry said its air defences had destroyed 94 drones. Russia typically "
             "reports only the number of drones it says it has shot down.")
    a = next(a for a in an.attributions if a.cue.text == "says")
    assert a.source_mention.text == "it" and an.source_by_id(a.source).type == "organization"


def test_a_palace_headline_and_lobbies_are_bodies():
    an = run("LONDON (Reuters) - Buckingham Palace said on Monday the Duchess is \"recovering well\" at home.",
             title="Palace says Duchess of Thornbury 'recovering well' after hospital stay")
    assert next(an.source_by_id(a.source) for a in an.attributions if a.cue.text == "says").type == "organization"
    s = source_of(run("Court. Business lobbies disputed that number, arguing that many cases ended in settlements."),
                  "settlements")
    assert s.type == "organization"


def test_outlets_professions_and_bodies_of_a_wire_story():
    cases = [
        ("Vote. The Marrowgate Ledger said his campaign had been fundraising off the claim.", "fundraising",
         ("Marrowgate Ledger", "media")),
        ("Music. Variety said at least two other artists were weighing similar suits.", "similar suits",
         ("Variety", "media")),
        ("Quake. The U.S. Geological Survey said the quake hit at a depth of 38 km.", "depth",
         ("U.S. Geological Survey", "organization")),
        ("Drug. \"There is no new science here,\" said Sen. Margaret Hollis (D-Vt.), who chairs the committee.",
         "new science", ("Margaret Hollis", "person")),
    ]
    for text, needle, want in cases:
        s = source_of(run(text), needle)
        assert (s.name, s.type) == want, text
    s = source_of(run("Drug. In a post, a Colorado cardiologist wrote that she had switched 14 patients."),
                  "14 patients")
    assert (s.type, s.affiliation) == ("anonymous", "Colorado")
    an = run("Strike. The union said teachers walked out. On social media, one parent wrote: \"Childcare chaos again, "
             "sort it out.\"")
    assert source_of(an, "Childcare").type == "anonymous"
    assert source_of(run("Derailment. The railroad said it was deeply sorry."), "sorry").type == "organization"


def test_a_healthcare_company_named_by_its_first_word():
    an = run("Hack. A ransomware gang has demanded $4m from Northvale Healthcare, a private hospital operator. "
             "Northvale confirmed on Wednesday that it had suffered a cyber incident affecting some IT systems.")
    assert source_of(an, "cyber incident").type == "organization"
