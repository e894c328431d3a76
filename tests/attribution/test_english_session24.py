"""Session 24 (English, round 34): relative clauses before "said", "with X telling …", epithets for the person just
named, titles, documents and quoted fragments inside a reported clause."""

from __future__ import annotations

from .helpers import find, run, source_of


def _att(an, cue: str):
    return next(a for a in an.attributions if a.cue and a.cue.text == cue)


def test_a_relative_clause_before_said_keeps_its_subject():
    an = run("Storm hits. A sheriff's deputy in Calcasieu Parish, who was not authorized to speak publicly, said "
             "rescue crews had pulled \"dozens\" of people from flooded homes overnight.")
    src = source_of(an, "rescue crews had pulled")
    assert src.type == "anonymous"
    assert "deputy" in src.description


def test_a_senior_nhs_figure_is_an_anonymous_source():
    an = run("Strike begins. A senior NHS figure, who spoke on condition of anonymity, said hospital chief executives "
             "were \"furious with both sides\".")
    src = source_of(an, "hospital chief executives")
    assert (src.type, src.affiliation) == ("anonymous", "NHS")


def test_with_a_speaker_telling_reporters():
    an = run("Fed holds. The Federal Reserve left its rate unchanged on Wednesday, with Chair Margaret Ellison telling "
             "reporters that policymakers were \"in no hurry\" to lower borrowing costs.")
    att = _att(an, "telling")
    assert an.source_by_id(att.source).name == "Margaret Ellison"
    assert att.message.text.startswith("policymakers were")
    assert all(a.cue.text != "left" for a in an.attributions if a.cue)


def test_with_a_union_accusing_ministers():
    an = run("Strike begins. Doctors have begun a strike, with the British Medical Association (BMA) accusing "
             "ministers of \"walking away from the table\".")
    assert source_of(an, "walking away").name == "British Medical Association"


def test_a_quoted_fragment_with_its_comma_ends_the_told_clause():
    an = run("Fed holds. Two people familiar with the deliberations told Reuters the debate had been \"unusually "
             "sharp,\" with several bank presidents arguing that price increases could prove persistent.")
    assert _att(an, "told").message.text.startswith("the debate had been")
    assert source_of(an, "price increases").description == "several bank presidents"


def test_party_and_club_epithets_are_the_person_just_named():
    an = run("Storm hits. Gov. Renee Thibodeaux spoke in Baton Rouge. The Democrat said about 340,000 homes had lost "
             "power.")
    assert source_of(an, "340,000").name == "Renee Thibodeaux"
    an = run("Fed holds. The decision drew a swift rebuke from Senator Carl Bridger. \"Rates should be lower,\" the "
             "Ohio Republican wrote on Truth Social.")
    assert source_of(an, "Rates should").name == "Carl Bridger"
    an = run("Derby preview. Everton manager Rob Hartley said Pike would miss the game. \"He felt it in training,\" "
             "the Everton boss said.")
    assert source_of(an, "felt it").name == "Rob Hartley"


def test_a_party_minister_and_a_trade_epithet():
    an = run("Strike begins. Health Secretary Martin Gale described the strike as \"unnecessary\". In a statement, "
             "the Labour minister said doctors had received a 22% rise.")
    assert source_of(an, "22% rise").name == "Martin Gale"
    an = run("Trial opens. Dell family attorney Andre Mosley said the family had waited. \"They want the truth,\" the "
             "civil rights lawyer said.")
    assert source_of(an, "want the truth").name == "Andre Mosley"


def test_an_age_epithet_with_a_nationality():
    an = run("Summit ends. \"We came here to save our homes,\" said Talia Moana, climate envoy for the alliance. The "
             "41-year-old Samoan diplomat said island nations had agreed to the text.")
    assert source_of(an, "island nations").name == "Talia Moana"


def test_a_title_of_the_international_trade_secretary_is_no_epithet():
    an = run("Food row. Former minister Theresa Villiers wrote a letter. The International Trade Secretary insists "
             "that the Government has done enough.")
    assert source_of(an, "Government has done").name != "Theresa Villiers"


def test_a_committee_may_be_called_the_group():
    an = run("Darfur. The El Fasher Resistance Committee, a volunteer network, said on Telegram that 23 civilians were "
             "killed. \"The bodies are still in the street,\" the group wrote.")
    assert source_of(an, "bodies are still").name == "El Fasher Resistance Committee"


def test_branded_and_hailed_label_with_quotes():
    an = run("Deal agreed. EU climate commissioner Henrik Dahl hailed the adaptation figure as \"a real step for the "
             "people on the front line,\" but conceded that the outcome was weak. Outside the venue, Greenwatch "
             "International branded the agreement \"a plaster on a bullet wound.\"")
    assert source_of(an, "a real step").name == "Henrik Dahl"
    assert source_of(an, "plaster on a bullet").name == "Greenwatch International"


def test_told_delegates_as_she_did_something_is_no_message():
    an = run("Deal agreed. \"This is a deal we can all live with,\" summit president Selin Arvas told delegates as she "
             "gavelled the agreement through.")
    att = _att(an, "told")
    assert att.message.text.startswith("This is a deal")


def test_titles_between_a_role_and_a_name():
    an = run("Darfur. Army spokesman Brig. Gen. Tariq al-Nour dismissed the claim as \"a lie no one believes.\"")
    src = source_of(an, "the claim")
    assert (src.type, src.name) == ("person", "Tariq al-Nour")


def test_a_delegate_from_a_gulf_state_is_anonymous():
    an = run("Deal agreed. A delegate from an oil-producing Gulf state, who asked not to be identified, described that "
             "draft as \"dead on arrival.\"")
    assert source_of(an, "that draft").type == "anonymous"


def test_a_spokesperson_for_an_agency_named_after_a_comma():
    an = run("Transfer talk. In a statement, a spokesperson for Osei's agency, Arcline Sports, said the player was "
             "\"fully focused on Everton\".")
    assert source_of(an, "fully focused").type == "anonymous"
    an = run("Transfer talk. A spokesman for the company, Tom Berry, said the player was fine.")
    assert source_of(an, "player was fine").name == "Tom Berry"


def test_papers_by_their_possessor_and_advisories():
    an = run("Trial. According to the DOJ's complaint, Vantix controls about 89% of the market. A later advisory said "
             "the storm had weakened. According to a U.N. analysis published before the summit, plans put the world on "
             "track for 2.6C of warming.")
    assert source_of(an, "89%").type == "document"
    assert source_of(an, "storm had weakened").type == "document"
    assert source_of(an, "2.6C").type == "document"


def test_amounts_and_pleas_are_no_speech():
    an = run("Strike. The think tank said in a report that each round of strikes had added an estimated 40,000 "
             "patients to the backlog. Officer Brian Keel, 38, has pleaded not guilty to second-degree murder.")
    assert [a.cue.text for a in an.attributions if a.cue] == ["said"]


def test_according_to_ends_before_though():
    an = run("War. The conflict has killed at least 40,000 people, according to UN estimates, though aid groups say "
             "the true toll is likely far higher.")
    acc = _att(an, "according")
    assert "though" not in acc.message.text
    assert _att(an, "say").parent is None


def test_a_participle_aside_after_the_subject():
    an = run("Famine. An assessment by the Famine Review Committee, published last month, had already concluded that "
             "famine was under way in Zamzam.")
    assert source_of(an, "famine was under way").type == "document"


def test_who_says_in_a_headline_is_the_noun_before_it():
    an = run("A former personal assistant to actor Colton Brandt has sued the star.",
             title="Actor Colton Brandt sued by former assistant who says she was forced to work 100-hour weeks")
    src = source_of(an, "forced to work")
    assert src.type == "anonymous" and "assistant" in src.description


def test_a_pronoun_clause_with_a_quoted_fragment():
    an = run("Fire. Senior meteorologist Priya Dhillon warned it could \"make things worse before it makes them "
             "better\".")
    assert _att(an, "warned").message.text.startswith("it could")


def test_a_headline_title_is_the_person_the_body_names_with_it():
    an = run("Premier Leanne Castell said Defence had been asked to help.",
             title="'Get out now': Premier warns residents")
    assert source_of(an, "Get out now").name == "Leanne Castell"
    assert source_of(an, "Defence had been").name == "Leanne Castell"


def test_the_union_is_no_company_named_before():
    an = run("Lawsuits. Meta, the social media company, has sued a group of advertisers. The union has sued the "
             "company, accusing it of illegally conspiring to cut wages.")
    assert source_of(an, "conspiring to cut").name != "Meta"


def test_a_local_paper_and_its_name():
    an = run("Fire. The local paper, the Sapphire Coast Times, reported that a volunteer firefighter had been taken to "
             "hospital.")
    assert source_of(an, "volunteer firefighter").type == "media"


def test_a_modifier_noun_read_as_an_adverb_before_said():
    an = run("Measles. The number of cases has risen to 34, county health officials said Friday, making the outbreak "
             "the largest in the state.")
    assert source_of(an, "risen to 34").type == "anonymous"


def test_a_who_clause_between_the_speaker_and_said():
    an = run("Measles. Outside a clinic, a father of three who declined to give his name said his children would not "
             "be vaccinated.")
    src = source_of(an, "would not be vaccinated")
    assert src.type == "anonymous" and "father" in src.description


def test_an_apposition_with_a_name_and_an_affiliation():
    an = run("Measles. The study's lead author, Dr. Hannah Greaves of the University of Minnesota, said in an "
             "interview that the decline was \"no longer a pocket problem.\" His attorney, Marcus Tindell of the "
             "Columbus-based Heartland Liberty Project, said the ruling was overdue.")
    assert source_of(an, "pocket problem").name == "Hannah Greaves"
    assert source_of(an, "ruling was overdue").name == "Marcus Tindell"


def test_a_district_is_an_organisation():
    an = run("Measles. Of those infected, 29 were unvaccinated, according to the Yakima Health District.")
    assert source_of(an, "unvaccinated").type == "organization"


def test_an_official_who_briefed_reporters_is_no_source_of_the_agency():
    an = run("Swap. TASS, citing an unnamed source in the security services, reported that Grebnev had been met at "
             "the airport. The agency's report suggested that Grebnev had worked for military intelligence.\n\n"
             "A senior White House official, who briefed reporters on the condition of anonymity, said Keswick was "
             "\"in good spirits.\"")
    assert source_of(an, "military intelligence").name == "TASS"
    assert find(an, "good spirits").parent is None


def test_a_role_read_as_an_adjective_before_a_name():
    an = run("Books. \"These are not book bans,\" board president Dale Whitcomb said before the vote.")
    assert source_of(an, "book bans").name == "Dale Whitcomb"


def test_which_says_ends_before_the_main_verb_and_an_association_is_the_union():
    an = run("Books. The Springdale Education Association, which says it represents about 1,400 teachers, said in a "
             "statement that the vote \"sends a chilling message.\" The union added that it was reviewing its options.")
    assert find(an, "1,400 teachers").message.text == "it represents about 1,400 teachers"
    assert source_of(an, "reviewing its options").name == "Springdale Education Association"


def test_question_tags_with_an_honorific():
    an = run("Hearing. \"I did not approve it,\" replied Gregory Sayle. \"So nobody approved them?\" Ms. Kettering "
             "pressed.\n\nMr. Sayle paused. \"That is not what I said.\"\n\n\"Is that a regulation, Mr. Sayle?\" Mr. "
             "Whitlock asked.")
    assert source_of(an, "nobody approved").name == "Kettering"
    assert source_of(an, "not what I said").name == "Gregory Sayle"
    assert source_of(an, "Is that a regulation").name == "Whitlock"


def test_a_headline_ends_with_says_and_a_hyphenated_body():
    an = run("At least 22 people have been killed.",
             title="Israeli strike kills at least 22, says Hamas-run health ministry")
    assert source_of(an, "Israeli strike").type == "organization"


def test_an_event_name_after_the_is_no_person_for_she():
    an = run("Tennis. Danielle Okafor withdrew from the BNP Paribas Open on Wednesday, citing a wrist injury she said "
             "had been bothering her since January.")
    assert source_of(an, "bothering her").name == "Danielle Okafor"


def test_demonyms_are_the_person_just_named_and_a_channel_is_media():
    an = run("Tennis. Her coach, Luc Bertrand-Aubry, said the decision was made jointly. \"She's devastated,\" the "
             "Frenchman told reporters. Tennis Channel reported, citing two sources, that she had pulled out of Miami.")
    assert source_of(an, "devastated").name == "Luc Bertrand-Aubry"
    assert source_of(an, "pulled out of Miami").type == "media"


def test_a_company_named_by_its_first_word_and_its_officer():
    an = run("Recall. Halvorsen Pharmaceuticals is recalling 1.2 million bottles of its drug. Halvorsen said in a "
             "statement that it had started the recall out of caution. The New Jersey-based company said it expected "
             "the move to cost $40 million. \"Patients should not stop taking it,\" Halvorsen Chief Medical "
             "Officer Dr. Anil Bhattacharjee said. The New York Times reported, citing an internal FDA memo, that "
             "inspections had fallen.")
    assert source_of(an, "out of caution").name == "Halvorsen Pharmaceuticals"
    assert source_of(an, "$40 million").type == "organization"
    assert source_of(an, "should not stop").name == "Anil Bhattacharjee"
    memo = next(a for a in an.attributions if a.cue and a.cue.text == "citing")
    assert an.source_by_id(memo.source).type == "document"


def test_an_epithet_for_a_person_named_in_narration():
    an = run("Rent. \"I have had three calls this week,\" association director Greg Liang said. For Kiara Moss, "
             "the vote came too late. The 34-year-old home health aide said her rent jumped. \"That was my grocery "
             "money,\" the mother of two said.")
    assert source_of(an, "rent jumped").name == "Kiara Moss"
    assert source_of(an, "grocery money").name == "Kiara Moss"


def test_a_name_inside_a_phrase_is_no_epithets_person():
    an = run("Derby. Everton manager Rob Hartley was less upbeat on the fitness of captain Jordan Pike, confirming "
             "that the defender would miss the game. \"He felt it in training,\" the Everton boss said.")
    assert source_of(an, "felt it").name == "Rob Hartley"


def test_a_district_representative_is_the_council_member_just_named():
    an = run("Rent. Council member Rosa Delgado-Whitfield said rents had risen 41%. \"People are being priced out,\" "
             "the District 2 representative said.")
    assert source_of(an, "priced out").name == "Rosa Delgado-Whitfield"


def test_the_words_of_an_apposition_before_and_a_time_after_announced():
    an = run("Vote. Naomi Achterberg, a 41-year-old former paramedic, took 16,204 votes. Turnout was 38.2%, the "
             "returning officer, Deborah Kaye, announced shortly after 3am. In her victory speech, the former "
             "paramedic said voters had sent a message.")
    assert source_of(an, "sent a message").name == "Naomi Achterberg"
    assert find(an, "Turnout").message.text.startswith("Turnout was")
