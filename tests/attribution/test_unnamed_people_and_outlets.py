"""Unnamed people, organisation words and outlets as sources: person nouns from the motion list, organisation words
as whole words, possessors before roles, outlet compounds, "unter Berufung auf" chains, plural "sie".
Sentences written here."""

from __future__ import annotations

from reportedly.analysis.attribution.names import media_noun, org_word
from reportedly.analysis.attribution.speakers import lexicon_person_noun
from reportedly.api import analyze

from .helpers import find, run, source_of, sources_of


def test_person_nouns_come_from_the_motion_list_and_compound_tails():
    for w in ("Techniker", "Helfern", "Gutachters", "Gefängniswärter", "Passagiere", "Verletzten", "Feuerwehrmann"):
        assert lexicon_person_noun(w), w
    for w in ("Fehler", "Computer", "Sender", "Angebote", "Fahne", "Fernseher", "Metropole", "Bericht"):
        assert not lexicon_person_noun(w), w


def test_unnamed_people_are_anonymous_sources():
    an = run("Ein Techniker sagte, der Schaden sei behoben. Die Passagiere erzählten, sie hätten Angst gehabt.")
    tech = source_of(an, "Schaden sei behoben")
    assert tech.type == "anonymous" and tech.name is None and tech.count == 1
    assert source_of(an, "Angst gehabt").type == "anonymous"
    assert sources_of("Die Verletzten berichteten, der Bus sei zu schnell gefahren.")[0][1] == "anonymous"


def test_organisation_words_are_whole_words_not_substrings_of_names():
    assert org_word("Bundesamt") and org_word("Behörden") and org_word("EU-Kommission") and org_word("UNO")
    assert not org_word("Bruno") and not org_word("Murat")
    got = sources_of("Der Ökonom Ferdinand Ratgeber sagte, die Rezession sei vorbei.")
    assert got[0][:2] == ("Ferdinand Ratgeber", "person")
    assert sources_of("Nach Angaben des ukrainischen Generalstabs wurden zehn Drohnen abgeschossen.")[0][1] == (
        "organization"
    )


def test_a_genitive_possessor_before_a_role_is_not_the_speaker():
    an = run("Kanadas Premierminister Justin Beispiel sagte, das Land stehe bereit.")
    s = source_of(an, "stehe bereit")
    assert (s.name, s.type) == ("Justin Beispiel", "person") and "Premierminister" in (s.role or "")
    assert sources_of("Kenias Regierung teilte mit, die Wahl werde verschoben.")[0][1] == "organization"
    assert sources_of("Die Regierung Kenias teilte mit, die Wahl werde verschoben.")[0][1] == "organization"


def test_single_offices_are_people():
    assert sources_of("Der Papst sagte, die Welt brauche Frieden.")[0][1] == "person"


def test_outlet_compounds_and_genitives_are_media():
    assert media_noun("Nachrichtenportal") and media_noun("Staatsfernsehens") and media_noun("Tageszeitung")
    assert not media_noun("Bundesagentur") and not media_noun("Bericht")
    assert sources_of("Laut dem Nachrichtenportal Beispiel-Online sind die Preise gestiegen.")[0][1] == "media"
    assert sources_of("Das staatliche Fernsehen meldete, der Präsident sei gestorben.")[0][1] == "media"


def test_a_short_quoted_title_before_the_verb_is_the_subject():
    an = run("Die Zeitung „Der Morgen“ berichtete, der Minister trete zurück.")
    a = find(an, "Minister trete zurück")
    assert a.source_mention is not None and a.source_mention.text == "Die Zeitung „Der Morgen“"
    assert an.source_by_id(a.source).type == "media"


def test_an_anonymous_head_keeps_the_organisation_it_belongs_to():
    an = run("Ein Sprecher von Greenpeace sagte, der Plan sei unzureichend.")
    a = find(an, "Plan sei unzureichend")
    assert a.source_mention.text == "Ein Sprecher von Greenpeace"
    s = an.source_by_id(a.source)
    assert s.type == "anonymous" and s.affiliation == "Greenpeace"
    an = analyze("World news today\n\nA spokesman for the Kremlin said Russia would respond.\n")
    s = an.source_by_id(an.attributions[0].source)
    assert s.type == "anonymous" and s.affiliation == "Kremlin"


def test_the_wish_to_stay_unnamed_is_no_speech_event():
    an = run("Ein Regierungsbeamter, der namentlich nicht genannt werden wollte, sagte, die Entscheidung sei gefallen.")
    assert len(an.attributions) == 1
    assert source_of(an, "Entscheidung sei gefallen").type == "anonymous"
    assert an.attributions[0].parent is None


def test_plural_sie_refers_to_the_group_not_to_a_person_named_since():
    an = run(
        "Zwei Beamte der Regierung sagten der Zeitung, die Lage sei ernst. Minister Karl Beispiel widersprach"
        " am Abend. Sie betonten aber, man habe keine Wahl."
    )
    s = source_of(an, "keine Wahl")
    assert s.type == "anonymous" and s.count == 2


def test_one_of_them_is_an_anonymous_individual():
    an = run("Laut dem Bericht zweifeln Beamte an der Strategie. Einer von ihnen sagte, man habe zu lange gewartet.")
    a = find(an, "zu lange gewartet")
    assert a.source_mention.text == "Einer von ihnen"
    s = an.source_by_id(a.source)
    assert s.type == "anonymous" and s.count == 1


def test_unter_berufung_auf_chains_the_outlet_and_its_sources():
    an = run("Die Zeitung berichtet unter Berufung auf zwei Insider, der Verkauf stehe bevor.")
    outer = next(a for a in an.attributions if an.source_by_id(a.source).type == "media")
    inner = next(a for a in an.attributions if an.source_by_id(a.source).type == "anonymous")
    assert inner.message.text == outer.message.text == "der Verkauf stehe bevor"
    assert inner.parent == outer.id and outer.parent is None
    assert an.source_by_id(inner.source).count == 2


def test_the_report_of_an_outlet_just_cited_is_the_outlet():
    an = run(
        "Die Zeitung „Der Morgen“ berichtet über die Pläne der Regierung. Im Bericht werden zwei Beamte"
        " zitiert. Nach dem Bericht sollen die Steuern steigen."
    )
    s = source_of(an, "Steuern steigen")
    assert s is not None and s.type == "media"


def test_english_modifiers_before_media_and_data_are_no_names():
    got = sources_of("State media said the president was in good health.", "World news today")
    assert got[0][:2] == (None, "media")
    got = sources_of("Data from the statistics office showed that inflation slowed.", "World news today")
    assert got[0][1] == "document"


def test_english_documents_report_with_their_own_verbs():
    got = sources_of("The data show that prices rose. The figures suggest that the economy is slowing.", "World news")
    assert [(t, m) for _, t, m in got] == [("document", "prices rose"), ("document", "the economy is slowing")]
    got = sources_of("A UN report released on Monday says that hunger is rising.", "World news today")
    assert got[0][:2] == (None, "document")
    got = sources_of("The indictment alleges that he lied to investigators.", "World news today")
    assert got[0][1] == "document"


def test_english_agency_is_a_government_agency_unless_a_news_agency_was_just_named():
    got = sources_of("In its annual report, the agency warned that the risks were rising.", "World news today")
    assert got[0][1] == "organization"
    got = sources_of("Reuters reported that the talks failed. The agency said the minister resigned.", "World news")
    assert got[1][:2] == ("Reuters", "media")


def test_bare_plural_reports_are_the_press():
    assert sources_of("Berichten zufolge will der Trainer zurücktreten.")[0][1] == "media"
    assert sources_of("Laut dem Bericht der Kommission ist die Lage ernst.")[0][1] != "media"


def test_the_fuer_part_belongs_to_an_organisations_name():
    an = run("Nach Angaben des Instituts für Seefahrtskunde sinkt der Verkehr.")
    a = find(an, "sinkt der Verkehr")
    s = an.source_by_id(a.source)
    assert (s.name, s.type) == ("Institut für Seefahrtskunde", "organization")
    assert a.source_mention.text.endswith("für Seefahrtskunde")
    an = run("Laut einer Studie des Instituts für Seefahrtskunde sank der Verkehr.")  # genitive inside the mention
    assert source_of(an, "sank der Verkehr").name == "Institut für Seefahrtskunde"
    an = run("Das Landesamt für Umwelt und Verbraucherschutz teilte mit, die Werte seien gesunken.")
    a = find(an, "Werte seien gesunken")
    assert a.source_mention.text == "Das Landesamt für Umwelt und Verbraucherschutz"
    assert an.source_by_id(a.source).type == "organization"


def test_parenthetical_so_with_weiter():
    an = run("Der Plan, so Beispiel weiter, sei längst gescheitert.")
    a = an.attributions[0]
    assert a.cue.text == "so" and a.source_mention.text == "Beispiel"
    assert [p.text for p in a.message_parts] == ["Der Plan", "sei längst gescheitert"]


def test_names_right_after_an_anonymous_head_and_with_particles():
    an = run("Es gebe keine Gespräche, erklärte der Kreml-Sprecher Dmitri Peskow.")
    s = source_of(an, "keine Gespräche")
    assert (s.name, s.type) == ("Dmitri Peskow", "person")
    an = run("EU-Kommissionschefin Ursula von der Leyen sagte, man werde handeln.")
    a = find(an, "man werde handeln")
    assert a.source_mention.text == "EU-Kommissionschefin Ursula von der Leyen"
    assert an.source_by_id(a.source).name == "Ursula von der Leyen"
    an = run("Es sei ernst, sagte Anelka zu Domenech.")
    assert find(an, "Es sei ernst").source_mention.text == "Anelka"
    assert source_of(run("Ein Sprecher der Bundeswehr sagte, man sei bereit."), "man sei bereit").type == "anonymous"


def test_zitierte_x_mit_den_worten_quotes_x_inside_the_quoting_report():
    an = run("Das Ministerium zitierte Minister Karl Beispiel mit den Worten, die Offensive sei gescheitert.")
    outer = next(a for a in an.attributions if a.cue.text == "zitierte")
    inner = next(a for a in an.attributions if a.cue.text == "mit")
    assert an.source_by_id(outer.source).type == "organization"
    assert an.source_by_id(inner.source).name == "Karl Beispiel" and inner.parent == outer.id


def test_english_unnamed_speakers_with_modifiers():
    an = analyze(
        "World news today\n\nA senior Hamas official said the talks would resume. Someone familiar with the"
        " negotiations said they had stalled. A person who has seen the letter said it was harsh.\n"
    )
    got = [(a.source_mention.text, an.source_by_id(a.source).type) for a in an.attributions]
    assert got == [
        ("A senior Hamas official", "anonymous"),
        ("Someone familiar with the negotiations", "anonymous"),
        ("A person who has seen the letter", "anonymous"),
    ]


def test_opening_subject_before_a_dative_after_the_verb():
    an = run("Ein Offizier, der anonym bleiben wollte, sagte der Agentur, die Lage sei kritisch.")
    a = find(an, "Lage sei kritisch")
    assert a.source_mention.text == "Ein Offizier" and an.source_by_id(a.source).type == "anonymous"


def test_genitive_plural_after_an_information_noun():
    an = run("Nach Einschätzung westlicher Geheimdienste hat die Armee hohe Verluste.")
    a = find(an, "hohe Verluste")
    assert a.source_mention.text == "Einschätzung westlicher Geheimdienste"
    assert an.source_by_id(a.source).type == "organization"
    assert sources_of("Berichten lokaler Medien zufolge gab es Tote.")[0][1] == "media"


def test_verraten_and_es_heisst():
    an = run("Ein Insider verriet der Zeitung, der Deal sei geplatzt.")
    assert source_of(an, "Deal sei geplatzt").type == "anonymous"
    an = run("Der Minister sagte, er bleibe. Es heißt, der Präsident sei krank.")
    a = find(an, "Präsident sei krank")
    assert a.cue.text == "heißt" and a.source is None


def test_wie_clause_with_an_auxiliary_after_the_cue():
    an = run("Wie aus informierten Kreisen zu erfahren war, ist der Verkauf geplatzt.")
    a = find(an, "Verkauf geplatzt")
    assert a.mode == "according_to" and an.source_by_id(a.source).type == "anonymous"
    an = run("Wie die Polizei mitgeteilt hat, wurde niemand verletzt.")
    assert source_of(an, "niemand verletzt").type == "organization"


def test_passive_cue_in_a_capital_is_its_government():
    an = run("In Kiew wird befürchtet, dass die Offensive scheitert.")
    s = source_of(an, "Offensive scheitert")
    assert (s.name, s.type) == ("Kiew", "organization")


def test_a_quotation_after_a_colon_belongs_to_the_clause_subject():
    an = run("Die Ministerin zeigte sich kämpferisch: „Wir helfen allen, die Hilfe brauchen.“")
    a = find(an, "Wir helfen allen")
    assert a.mode == "direct" and a.source_mention.text == "Die Ministerin"
    an = run("Auf dem Plakat stand: „Wir sind bereit, alles zu tun.“")
    assert an.attributions[0].source is None and not an.sources


def test_a_sentence_after_a_quotation_that_names_its_speaker():
    an = run("„Wir sind bereit, alles zu tun.“ Mit diesen Worten eröffnete Ministerin Anna Beispiel die Konferenz.")
    assert source_of(an, "alles zu tun").name == "Anna Beispiel"
    an = run("„Wir sind bereit, alles zu tun.“ So äußerte sich Ministerin Anna Beispiel am Montag.")
    assert source_of(an, "alles zu tun").name == "Anna Beispiel"
    an = run("Die Lage ist ernst. So äußerte sich Ministerin Anna Beispiel am Montag.")
    assert not an.attributions or all("Lage ist ernst" not in a.message.text for a in an.attributions)


def test_gemaess_like_laut_but_not_before_a_legal_basis():
    an = run("Gemäß der Zeitung kostete der Unfall 40 Menschen das Leben.")
    a = find(an, "40 Menschen")
    assert a.cue.text == "Gemäß" and an.source_by_id(a.source).type == "media"
    assert not run("Gemäß § 5 des Gesetzes muss die Behörde zahlen.").attributions
