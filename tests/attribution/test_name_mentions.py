"""Session 16: a named source's mentions are every place the article names it (analysis-v1: `mentions`)."""

from __future__ import annotations

from reportedly import analyze


def _mentions(a, name):
    (src,) = [s for s in a.sources if s.name == name]
    return [m.text for m in src.mentions]


def test_a_person_is_found_by_full_name_surname_genitive_and_capitals():
    a = analyze("Titel\n\nGeneral Mark Milley warnte früh. Später sagte Mark Milley, die Lage sei ernst. Beamte "
                "meinen, Milley habe recht gehabt. Milleys Sprecher schwieg. Ein Tweet: „Should we have listened to "
                "Gen. MARK MILLEY?“")
    assert _mentions(a, "Mark Milley") == ["General Mark Milley", "Mark Milley", "Milley", "Milley", "MARK MILLEY"]
    for m in [m for s in a.sources for m in s.mentions]:
        assert a.article.text[m.start : m.end] == m.text


def test_a_surname_after_an_article_is_a_noun_and_a_compound_is_no_mention():
    a = analyze("Titel\n\nMinisterin Anna Koch sagte, die Lage sei ernst. Der Koch des Hotels lachte. Die Koch-Show "
                "läuft weiter. Koch blieb dabei.")
    assert _mentions(a, "Anna Koch") == ["Ministerin Anna Koch", "Koch"]


def test_a_surname_two_sources_share_is_left_alone():
    a = analyze("Titel\n\nAnna Koch sagte, die Lage sei ernst. Peter Koch sagte, sie sei ruhig. Koch lachte.")
    assert _mentions(a, "Anna Koch") == ["Anna Koch"] and _mentions(a, "Peter Koch") == ["Peter Koch"]


def test_an_outlet_is_found_by_its_registry_names():
    a = analyze("Titel\n\nDie Zeitung Politico berichtet, die Lage sei ernst. Der Nachrichtendienst lobte Politico am "
                "Montag.")
    assert _mentions(a, "Politico") == ["Die Zeitung Politico", "Politico"]


def test_the_seed_articles_milley_has_every_mention(seed_analysis):
    texts = _mentions(seed_analysis, "Mark Milley")
    assert "Der Vorsitzende des Vereinigten Generalstabs der US-Streitkräfte" in texts
    assert texts.count("Mark Milley") == 2 and "Milley" in texts and "MARK MILLEY" in texts


def test_a_person_named_first_without_a_role_gets_the_office_before_their_full_name():
    a = analyze("Habeck verteidigt Gesetz: „Wir lassen niemanden allein“\n\nWirtschaftsminister Robert Habeck hat "
                "das Gesetz verteidigt. Niemand müsse seine Heizung herausreißen, sagte der Grünen-Politiker.")
    (src,) = a.sources
    assert (src.name, src.role) == ("Robert Habeck", "Wirtschaftsminister")
