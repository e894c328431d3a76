"""Session 34 (English, round 43: every kind of source): plural possessives in names, firms the tagger read as
verbs, an apposition before a relative clause, offers turned down, unnamed staff "at" a body, coroners."""

from __future__ import annotations

from .helpers import run_en, source_of


def test_a_plural_possessive_stays_in_the_name():
    an = run_en("The Northgate City Supporters' Trust said the owners had failed the club. The Australian Workers' "
                "Union said many workers had found out about the closure on social media.")
    trust, union = source_of(an, "owners had failed"), source_of(an, "found out")
    assert (trust.name, trust.type) == ("Northgate City Supporters' Trust", "organization")
    assert (union.name, union.type) == ("Australian Workers' Union", "organization")


def test_firm_names_the_tagger_read_as_verbs():
    an = run_en("Severnside Water said in a statement that it accepted the findings. Harrow & Finch, the engineering "
                "group, has rejected a £1.9 billion takeover approach, saying the offer undervalued the company.")
    water, firm = source_of(an, "accepted the findings"), source_of(an, "undervalued")
    assert (water.name, water.type) == ("Severnside Water", "organization")
    assert (firm.name, firm.type) == ("Harrow & Finch", "organization")
    assert not any("takeover approach" in a.message.text for a in an.attributions)  # an offer turned down


def test_a_named_apposition_before_a_relative_clause_is_the_speaker():
    an = run_en("Its chief executive, Helen Corrigan, who joined the company in 2022, told BBC Radio Wales that she "
                "was deeply sorry for the damage done to the rivers.")
    assert source_of(an, "deeply sorry").name == "Helen Corrigan"


def test_an_official_at_a_body_named_before_is_unnamed():
    an = run_en("NHS England said in a statement that it would consider the evidence carefully. A senior official at "
                "NHS England, who asked not to be named, said no money had yet been set aside.")
    assert source_of(an, "consider the evidence").name == "NHS England"
    assert source_of(an, "set aside").type == "anonymous"


def test_a_weekly_is_an_outlet_and_a_coroner_a_person():
    an = run_en("Athletics Weekly reported in January that two other British athletes had tested positive.")
    assert source_of(an, "tested positive").type == "media"
    an = run_en("A coroner has ruled that a series of failures by police officers contributed to the death.")
    assert source_of(an, "series of failures").type == "anonymous"


def test_that_night_closes_the_told_clause_and_called_with_a_predicate_reports():
    an = run_en("One of the custody officers had told the inquest he was responsible for 14 detainees that night.")
    assert "he was responsible for 14 detainees" in messages_of(an)
    an = run_en("Jonathan Ames, a sports lawyer, called the ruling harsh but consistent with earlier cases. The "
                "neighbours called the police immediately after the shots.")
    assert source_of(an, "harsh but consistent").name == "Jonathan Ames"
    assert "police" not in messages_of(an)


def messages_of(an) -> str:
    return " | ".join(a.message.text for a in an.attributions)


def test_a_post_on_a_platform_is_the_post_and_adding_to_water_reports_nothing():
    an = run_en("A post shared more than 9,000 times on Facebook claims that a university study proves the flu jab "
                "doubles the risk of dementia. A video viewed 1.3 million times on TikTok claims that water companies "
                "have started secretly adding lithium to tap water. Full Fact said the study found no such link.")
    post, video = source_of(an, "flu jab"), source_of(an, "water companies")
    assert post.type == video.type == "social_post"
    assert "Facebook" in post.description and "TikTok" in video.description
    assert "lithium" not in " | ".join(a.message.text for a in an.attributions if a.cue and a.cue.text == "adding")
    full_fact = source_of(an, "no such link")
    assert (full_fact.name, full_fact.type) == ("Full Fact", "media")


def test_a_news_network_is_an_outlet():
    an = run_en("Coastline News Network said the image had been sent in by a viewer.")
    assert source_of(an, "viewer").type == "media"
