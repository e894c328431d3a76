"""Session 27 (English, round 37): subjects after a dated email, a "City, State" place and a when-clause; an
unnamed spokesperson for an office; "the former manager" for the unnamed manager just quoted; long
sentence-opening according-to phrases."""

from __future__ import annotations

from .helpers import run, source_of


def test_a_dated_email_and_a_state_are_not_the_speaker():
    an = run("In one email, dated March 2022, a senior quality engineer at the company's plant in Huntsville, "
             "Alabama, told managers that roughly one in 12 fuses tested had failed to arm.")
    att = an.attributions[0]
    assert att.source_mention.text.startswith("a senior quality engineer")
    assert source_of(an, "fuses tested").type == "anonymous"


def test_a_person_named_after_a_place_keeps_the_name():
    an = run("The head of the agency's office in Kyiv, Olena Petrenko, said the talks had failed.")
    assert source_of(an, "talks had failed").name == "Olena Petrenko"


def test_a_spokesperson_for_an_office_is_an_unnamed_person():
    an = run("A spokesperson for the inspector general's office said it would not comment on investigations.")
    assert source_of(an, "would not comment").type == "anonymous"


def test_the_former_manager_is_the_unnamed_manager_just_quoted():
    an = run('Sen. Elaine Marsh wrote on X that the emails were damning. A former Halbrook program manager, who spoke '
             'on condition of anonymity, said the pressure had been relentless. "Everyone knew the schedule was the '
             'only thing that mattered," the former manager said.')
    assert source_of(an, "Everyone knew").type == "anonymous"
    assert source_of(an, "Everyone knew") is source_of(an, "pressure had been")


def test_the_speaker_of_a_when_clause():
    an = run("The concerns first surfaced in February, when Defense One, citing an Army memo, reported that soldiers "
             "had logged an unusual number of duds.")
    att = next(a for a in an.attributions if a.cue.text == "reported")
    assert att.source_mention.text == "Defense One"


def test_a_long_opening_according_to_phrase_ends_at_its_comma():
    an = run("According to a later report by Breaking Defense that cited two Army officials, the service quietly "
             "suspended use of one lot in April.")
    att = an.attributions[0]
    assert att.source_mention.text == "a later report by Breaking Defense"
    assert att.message.text == "the service quietly suspended use of one lot in April"


def test_a_brief_filed_by_a_coalition_is_the_source():
    an = run("According to a brief filed by a coalition of consumer groups last year, federal agencies brought more "
             "than 1,900 penalty actions.")
    att = an.attributions[0]
    assert att.message.text.startswith("federal agencies") and source_of(an, "federal agencies").type == "document"


def test_announcements_are_documents():
    an = run("Halbrook delivered more than 40,000 of the rounds to the Army, according to Pentagon contract "
             "announcements.")
    assert source_of(an, "Halbrook delivered").type == "document"


def test_a_noun_the_tagger_read_as_a_verb_after_a_quote():
    an = run("“We are not there yet, and everybody in this room knows it,” summit president Grace Wanjala, Kenya's "
             "environment minister, told a late-night plenary, her voice hoarse.")
    assert source_of(an, "not there yet").name == "Grace Wanjala"


def test_an_anonymity_aside_with_a_clause_of_its_own():
    an = run('A senior negotiator from a major oil-producing country, speaking on condition of anonymity because the '
             'talks were ongoing, told AFP his delegation "will not accept any language that singles out one source '
             'of energy." He insisted the 2040 date had never enjoyed consensus.')
    assert source_of(an, "will not accept").type == "anonymous"
    assert source_of(an, "2040 date") is source_of(an, "will not accept")


def test_an_adjective_opening_a_plural_subject_is_no_name():
    an = run('Small island states said the new wording amounted to "a death sentence."')
    assert source_of(an, "new wording").type == "organization"


def test_which_after_an_apposition_is_the_named_body():
    an = run("Rich nations have so far offered $300 billion, according to the Climate Finance Observatory, a research "
             "group in Bonn, which estimated that only about a third of earlier pledges had been disbursed.")
    assert source_of(an, "only about a third") is source_of(an, "Rich nations")
    assert source_of(an, "Rich nations").type == "organization"


def test_a_person_of_a_body_is_the_person():
    an = run('"Every one of these meetings looks dead at 4 a.m.," said Rachel Obuya of the Nairobi-based '
             'Pan-African Climate Network.')
    assert source_of(an, "looks dead").name == "Rachel Obuya"


def test_a_quoted_term_below_a_verb_that_reports_nothing():
    an = run("UN climate negotiations spilled into an extra day as countries remained deadlocked over whether a "
             'final agreement should call for a "transition away from" fossil fuels.',
             title='Summit chief: "We are not there yet" as climate talks run into overtime')
    assert [a.message.text for a in an.attributions] == ["We are not there yet"]


def test_a_nationality_before_an_office_is_no_name():
    an = run('In a statement, the Israeli prime minister\'s office said Hamas had "rejected every reasonable proposal" '
             'and insisted that Israel would not agree to "any arrangement that allows Hamas to rearm." It said the '
             "delegation would return home. The Israeli military said it had targeted a command center.")
    office = source_of(an, "rejected every")
    assert office.name is None and office is source_of(an, "would not agree") is source_of(an, "return home")
    assert source_of(an, "command center") is not office


def test_a_claim_with_a_quoted_fragment_before_its_comma():
    an = run('Nasser claimed the group had accepted an Egyptian draft "in full" on Thursday, a claim two Israeli '
             "officials denied.")
    att = next(a for a in an.attributions if a.cue.text == "claimed")
    assert att.message.text.startswith("the group had accepted")


def test_who_after_a_long_apposition_is_the_named_person():
    an = run('"Several exchanges had exposure," said Marco Ferrante, a digital asset strategist at Aldgate Research in '
             "London, who estimated that at least $600 million was stuck on the platform.")
    assert source_of(an, "$600 million").name == "Marco Ferrante"


def test_a_name_closing_an_inverted_subject_after_a_possessor():
    an = run('"This is not an attack. This is a hole," said Ledgerlight\'s head of research, Sunniva Akande.')
    assert source_of(an, "not an attack").name == "Sunniva Akande"


def test_an_apposition_after_an_opening_according_to_phrase():
    an = run("According to an analysis by Ledgerlight, a blockchain analytics firm, more than $2.3 billion flowed "
             "out of the wallets.")
    assert an.attributions[0].message.text.startswith("more than $2.3 billion")


def test_a_possessed_body_shares_its_subject_with_a_conjoined_cue():
    an = run('Singapore\'s central bank and financial regulator said in a statement it was "closely monitoring the '
             'situation" and reminded investors that Coinvault was not licensed.')
    reminded = next(a for a in an.attributions if a.cue.text == "reminded")
    assert an.source_by_id(reminded.source) is source_of(an, "closely monitoring")


def test_a_title_word_before_a_first_name_is_no_part_of_the_name():
    an = run("At a second briefing, FBI Special Agent in Charge Marcus Bell told reporters that agents were examining "
             'the suspect\'s online activity. "This was planned," said Lieutenant Mario Cardenas of the fire service.')
    assert source_of(an, "online activity").name == "Marcus Bell"
    assert source_of(an, "This was planned").name == "Mario Cardenas"


def test_a_noun_after_an_article_and_an_adjective_is_no_cue():
    an = run('She said investigators had recovered a handwritten note from his car that "expressed anger toward the '
             'school."')
    assert [a.cue.text for a in an.attributions if a.cue] == ["said"]


def test_the_company_a_filing_is_made_with_is_not_the_source():
    an = run("DETROIT (Reuters) - Velora Motors is recalling about 412,000 Tessaro sport utility vehicles because a "
             "faulty anchor can detach, the automaker said. According to the filing with the National Highway Traffic "
             "Safety Administration, a bolt may have been tightened wrongly. The company said it was not aware of "
             "any crashes.")
    assert source_of(an, "faulty anchor").name == "Velora Motors"
    assert source_of(an, "a bolt may").type == "document"
    assert source_of(an, "not aware") is source_of(an, "faulty anchor")


def test_later_after_a_relative_clause_on_the_subject():
    an = run("Odom, who stood beside the mayor but did not speak at the event, later told the Lakeshore Sentinel that "
             "the department's crime data is audited every year.")
    assert an.attributions[0].source_mention.text == "Odom"


def test_an_analysis_by_a_body_described_in_an_apposition():
    an = run("An analysis by the Wisconsin Justice Data Project, a nonpartisan research group based in Madison, found "
             "that emergency room admissions fell by about 24 percent.")
    assert source_of(an, "emergency room").type == "document"


def test_a_name_after_an_according_to_phrase_closing_the_sentence():
    an = run('That is smaller than the city\'s figure but "consistent with a real decline," according to the '
             "report's author, economist Lydia Fenwick.")
    assert source_of(an, "smaller than").name == "Lydia Fenwick"


def test_two_verbs_of_one_subject_in_a_headline():
    an = run("LUSAKA (AFP) - Zambia's main opposition party on Sunday rejected the official results.",
             title="Zambian opposition rejects presidential result, alleges 'industrial-scale' rigging")
    rejects = next(a for a in an.attributions if a.cue.text == "rejects")
    alleges = next(a for a in an.attributions if a.cue.text == "alleges")
    assert rejects.message.text == "presidential result" and alleges.source == rejects.source
    assert an.source_by_id(rejects.source).type == "organization"


def test_a_product_recall_is_no_memory_told():
    an = run("DETROIT (Reuters) - Velora Motors is recalling about 412,000 vehicles, the automaker said.",
             title="Velora recalls 412,000 SUVs over seat belt flaw, says no injuries reported")
    cues = [a.cue.text for a in an.attributions if a.cue]
    assert "recalls" not in cues and "says" in cues
    says = next(a for a in an.attributions if a.cue.text == "says")
    assert says.message.text == "no injuries reported"


def test_reported_and_a_weekday_after_a_citing_aside():
    an = run("Politico, citing a senior administration official, reported Monday that the White House had been "
             "briefed. Entertainment site TMZ, citing a source close to Kessler, reported Friday that the manager has "
             "hired accountants of his own.")
    assert [a.cue.text for a in an.attributions if a.cue and a.cue.text == "reported"] == ["reported", "reported"]
    assert source_of(an, "White House").name == "Politico"


def test_a_headline_short_name_is_the_body_named_in_full():
    an = run("DETROIT (Reuters) - Velora Motors is recalling about 412,000 vehicles, the automaker said.",
             title="Velora recalls 412,000 SUVs over seat belt flaw, says no injuries reported")
    assert source_of(an, "no injuries").name == "Velora Motors"
    assert source_of(an, "no injuries") is source_of(an, "is recalling")
