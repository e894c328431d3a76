"""Session 33 (German, round 42: anonymous sources): groups of people before "in <Ort>", people in the dative before
"zufolge", a party label between a name and its verb, the document "der Bericht" is, posts on a platform."""

from __future__ import annotations

from .helpers import find, run, source_of


def test_a_plural_group_in_a_place_opens_its_report():
    an = run("Die Nato berät über die Lage. Experten in Berlin sagen, eine russische Antwort sei am ehesten im "
             "Cyberraum zu erwarten. Kritiker in Kiew bemängeln, die Behörden informierten die Familien zu spät.")
    assert source_of(an, "Cyberraum").type == "anonymous"
    assert source_of(an, "Familien").type == "anonymous"


def test_people_in_the_dative_before_zufolge_are_the_source_not_the_object_before_them():
    an = run("Die Übernahme ist noch offen. Mehrere Fonds stehen einem Verkauf Beobachtern zufolge skeptisch "
             "gegenüber.")
    a = find(an, "skeptisch")
    assert a.source_mention.text == "Beobachtern"
    assert an.source_by_id(a.source).type == "anonymous"


def test_a_military_attache_is_an_unnamed_person():
    an = run("Die Ukraine bittet um mehr Flugabwehr. Ein westlicher Militärattaché, der namentlich nicht genannt "
             "werden wollte, sagte, jedes einzelne System könne eine Großstadt schützen.")
    assert source_of(an, "Großstadt").type == "anonymous"


def test_er_after_a_named_subject_with_a_party_label():
    an = run("Im Parlament wächst der Unmut. „Wir haben nur beschwichtigende Antworten bekommen“, sagte der "
             "haushaltspolitische Sprecher der Grünen, Jakob Terhorst. Der Minister müsse dem Ausschuss noch vor der "
             "Sommerpause Rede und Antwort stehen.\n\nVerteidigungsminister Karsten Vogt (SPD) verteidigte das "
             "Vorhaben am Rande eines Truppenbesuchs im niedersächsischen Munster. „Die Truppe braucht diese "
             "Hubschrauber, und sie wird sie bekommen“, sagte er. Probleme bei Großprojekten dieser Art seien nicht "
             "ungewöhnlich.")
    assert source_of(an, "Truppe braucht").name == "Karsten Vogt"
    assert source_of(an, "Großprojekten").name == "Karsten Vogt"


def test_der_bericht_is_the_report_the_paper_has_not_the_paper():
    an = run("Der Bundesrechnungshof rügt das Ministerium. In einem vertraulichen Bericht an den Haushaltsausschuss, "
             "der dem „Handelsblatt“ vorliegt, heißt es, das Ministerium habe Risiken unterschätzt. Laut dem Bericht "
             "könnten sich die Mehrkosten auf bis zu 1,9 Milliarden Euro summieren.")
    assert source_of(an, "Mehrkosten").type == "document"


def test_a_post_on_a_platform_opening_heisst_es_is_a_social_post():
    an = run("Der Sender n-tv berichtet über die Lage. In einem Beitrag auf der Plattform X, der dem ukrainischen "
             "Militärgeheimdienst zugeschrieben wird, hieß es, Russland habe mehr als 40.000 Soldaten verlegt.")
    assert source_of(an, "Soldaten").type == "social_post"


def test_an_austrian_ermittlungsakt_is_a_document():
    an = run("Die Polizei ermittelt. Wie das Nachrichtenmagazin „profil“ unter Berufung auf den Ermittlungsakt "
             "berichtet, sollen die Spieler pro Partie 2.000 Euro erhalten haben.")
    types = {an.source_by_id(a.source).type for a in an.attributions if "Spieler" in a.message.text}
    assert types == {"media", "document"}


def test_halten_in_a_relative_clause_is_no_cue_with_the_next_verbs_dagegen():
    an = run("Der Softwarekonzern Vireon steckt in der Krise. Der Investor Cobalt, der rund drei Prozent an Vireon "
             "hält, sagte dagegen, ein Neuanfang sei überfällig.")
    assert [a.cue.text for a in an.attributions] == ["sagte"]


def test_nach_ihren_angaben_after_a_body_that_opened_the_sentence_before():
    an = run("„Die Kontrollen sind mit Schengen nicht vereinbar“, sagte die innenpolitische Sprecherin der "
             "SPD-Fraktion, Anke Wessels. Die Bundespolizei sei längst am Limit. Die Gewerkschaft der Polizei (GdP) "
             "stützt diese Einschätzung. Nach ihren Angaben haben die Beamten seit Herbst zwei Millionen Überstunden "
             "angesammelt.")
    src = source_of(an, "Überstunden")
    assert src.type == "organization" and "Gewerkschaft" in (src.name or src.description)


def test_die_vertretung_is_the_embassy_named_before():
    an = run("Die Ermittler gehen von Sabotage aus. Die russische Botschaft in Berlin wies die Vorwürfe zurück. Auf "
             "Telegram schrieb die Vertretung, es handle sich um eine Provokation.")
    src = source_of(an, "Provokation")
    assert src.type == "organization" and "Botschaft" in src.description


def test_the_outlet_talks_on_after_unter_berufung_auf():
    # tried and dropped in s33: the cited circles as the next sentence's speaker (the SpkAtt annotators and five
    # independently written keys give the outlet)
    an = run("Die Regierung muss sparen. Wie der „Spiegel“ unter Berufung auf Regierungskreise berichtet, sollen vor "
             "allem zwei Ministerien deutlich sparen. Im Gespräch seien Kürzungen von mehr als vier Milliarden Euro.")
    assert source_of(an, "Kürzungen").type == "media"
