"""Session 28 (English, round 38): a quotation's last sentence before "X, a …, told"; outlets the list lacks
that "reported"; "the agency" for a body named before; months are no names."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_the_last_sentence_of_a_quotation_is_no_speaker():
    an = run_en('"The people expect it. We can do both this week," Reeve, a Republican from Kansas, told reporters.')
    att = an.attributions[0]
    assert att.source_mention.text == "Reeve" and att.mode == "direct"


def test_a_paper_that_reported_is_an_outlet():
    an = run_en("Raymond Kessler was charged on Wednesday. The Plain Dealer first reported in 2022 that the FBI had "
                "subpoenaed the county's records. At the time, he told reporters the investigation was political.")
    assert source_of(an, "FBI had").type == "media"
    assert source_of(an, "investigation was").type == "person"


def test_a_company_that_reported_stays_a_company():
    an = run_en("Tesla reported that deliveries fell by a fifth in the quarter.")
    assert source_of(an, "deliveries fell").type != "media"


def test_the_agency_is_the_body_named_before():
    an = run_en("The European Medicines Agency has opened a safety review of Lentivra, the agency said on Tuesday. "
                "The agency stressed that no causal link had been established.")
    assert source_of(an, "safety review").name == "European Medicines Agency"
    assert source_of(an, "causal link") is source_of(an, "safety review")


def test_a_month_is_no_name_of_a_report():
    an = run_en("According to a National Audit Office report published in January, the Home Office spent more "
                "than 48 million pounds.")
    src = source_of(an, "Home Office spent")
    assert src.type == "document" and src.name != "January"


def test_a_name_with_a_lowercase_particle_is_one_name():
    an = run_en('"The price looks steep," said Pieter van Damme, a semiconductor analyst at ING in Amsterdam.')
    assert source_of(an, "price looks steep").name == "Pieter van Damme"
    an = run_en("Pieter van Damme, an analyst at ING, said the price looked steep.")
    assert an.attributions[0].message.text == "the price looked steep"


def test_a_company_based_somewhere_declines_to_comment():
    an = run_en("Halvern, based in Austin, Texas, declined to comment.")
    assert [a.source_mention.text for a in an.speech_acts] == ["Halvern"]


def test_talks_as_a_noun_are_no_speech():
    an = run_en("Halvern is in advanced talks to acquire Oostlicht Systems, the newspaper reported.")
    assert an.speech_acts == []
    an = run_en("The minister comments on the deal.")
    assert [a.cue.text for a in an.speech_acts] == ["comments"]


def test_a_possessive_is_no_part_of_a_company_name():
    an = run_en("Oostlicht makes lidar parts. Automotive suppliers, which account for a third of Oostlicht's sales, "
                "have cut their orders, the company said.")
    assert source_of(an, "cut their orders").name == "Oostlicht"


def test_company_name_tails():
    an = run_en("Athens-based Nereus Shipping said all crew members had been picked up. Torvald Aero said it was "
                "working closely with customers.")
    assert source_of(an, "crew members").type == "organization"
    assert source_of(an, "working closely").type == "organization"


def test_a_union_named_after_its_members():
    an = run_en("The Aviation Workers' Union, which represents the cabin crew, said no jobs were at risk.")
    src = source_of(an, "no jobs")
    assert (src.name, src.type) == ("Aviation Workers' Union", "organization")


def test_told_a_programme_on_a_day_that():
    an = run_en("Doyle told BBC Radio 4's Today programme on Tuesday that the reforms were designed to help people.")
    assert an.attributions[0].message.text == "the reforms were designed to help people"


def test_told_reporters_a_clause_without_that():
    an = run_en("The minister told reporters inflation was falling.")
    assert an.attributions[0].message.text == "inflation was falling"


def test_a_post_after_a_relative_clause_on_the_poster():
    an = run_en('Missouri Attorney General Laura Benning, who attended the hearing, posted on X afterward: '
                '"Big Tech profits off our kids."')
    assert source_of(an, "Big Tech").name == "Laura Benning"


def test_a_fire_and_rescue_service_is_one_body():
    an = run_en("North Yorkshire Fire and Rescue Service said crews had rescued 23 people.")
    src = source_of(an, "crews had")
    assert (src.name, src.type) == ("North Yorkshire Fire and Rescue Service", "organization")
    assert an.attributions[0].co_sources == []


def test_an_ambiguous_broadcaster_acronym_is_an_outlet():
    an = run_en("According to the ABC, at least two firefighters were treated for heat exhaustion.")
    assert source_of(an, "firefighters were").type == "media"


def test_one_fan_wrote_on_x():
    an = run_en('Some fans voiced frustration online. "It was awful," one fan wrote on X.')
    assert source_of(an, "It was awful").type == "anonymous"


def test_a_name_after_a_quotation_the_tagger_misread():
    an = run_en('"We have chosen dialogue," Abdoulie Jallow, president of the Commission, told reporters.')
    assert source_of(an, "chosen dialogue").name == "Abdoulie Jallow"


def test_a_role_read_as_an_adjective_between_a_body_and_a_name():
    an = run_en("The RSF said roads had been destroyed. RSF adviser Omar Jibril wrote on X that the army was bombing "
                "the routes.")
    assert source_of(an, "army was bombing").name == "Omar Jibril"
    an = run_en("Coast guard spokesman Commodore Ramon Villanueva told reporters that the ship had been on patrol.")
    assert source_of(an, "on patrol").name == "Ramon Villanueva"


def test_bodies_named_by_a_word_for_people():
    an = run_en("The Philippine coast guard said Chinese ships fired water cannon. North Korea fired a missile, "
                "South Korea's Joint Chiefs of Staff said.")
    assert source_of(an, "water cannon").type == "organization"
    assert source_of(an, "fired a missile").type == "organization"


def test_a_news_agency_the_outlet_list_lacks():
    an = run_en("Iran's Tasnim news agency reported that engineers had begun feeding gas.")
    src = source_of(an, "engineers")
    assert (src.name, src.type) == ("Tasnim", "media")


def test_the_diplomat_is_no_diplomatic_service_spokesman():
    an = run_en("Diplomatic service spokesman Marco Santini said the bloc remained united. One diplomat, who asked not "
                'to be named, said Budapest was holding the union hostage. "It is the same film every time," the '
                "diplomat said.")
    assert source_of(an, "same film").type == "anonymous"


def test_a_page_on_a_platform_speaks_through_a_post():
    an = run_en("The three juntas gave the offer a cool reception. A post on the official Facebook page of Burkina "
                'Faso\'s presidency said the country had turned the page on ECOWAS "for good."')
    assert source_of(an, "turned the page").type == "social_post"
