"""Session 21 (German): where a source phrase ends, plural members of a party as anonymous sources, a
surname the tagger read as a noun, a perfect the tagger misread around a quoted outlet, a body with a name
of its own, a party's statement as a document and car makers as companies."""

from __future__ import annotations

from .helpers import run, source_of


def _only(an, needle: str):
    a = next(x for x in an.attributions if needle in x.message.text)
    s = an.source_by_id(a.source) if a.source else None
    return a, s


def test_a_genitive_source_phrase_ends_before_a_possessive():
    an = run("Für Aufsehen sorgte Lothar Tietge, Mitglied der SPD-Fraktion, der nach Angaben der Magdeburger "
             "Volksstimme seine Politikerkollegen beschimpfte und ihnen mangelnde Bürgernähe vorwarf.")
    a, _ = _only(an, "Politikerkollegen")
    assert a.source_mention.text == "Angaben der Magdeburger Volksstimme"
    assert a.message.text.endswith("seine Politikerkollegen beschimpfte")


def test_members_of_a_party_are_unnamed_people_of_it():
    an = run("Mehrere Abgeordnete der Union kritisierten, der Plan sei nicht durchdacht.")
    s = source_of(an, "durchdacht")
    assert (s.type, s.description, s.affiliation) == ("anonymous", "Mehrere Abgeordnete der Union", "Union")
    s = source_of(run("Ein Abgeordneter der Grünen sagte, man werde dem Gesetz am Ende zustimmen."), "zustimmen")
    assert (s.type, s.count, s.affiliation) == ("anonymous", 1, "Grünen")
    s = source_of(run("Die Abgeordnete Sahra Wagenknecht sagte, das sei falsch und gefährlich."), "falsch")
    assert (s.type, s.name) == ("person", "Sahra Wagenknecht")


def test_a_surname_the_tagger_read_as_a_noun():
    an = run("Roderich Kiesewetter ist CDU-Politiker. Der Abgeordnete sagte, die Ukraine brauche mehr Waffen.")
    assert (source_of(an, "Waffen").name, source_of(an, "Waffen").type) == ("Roderich Kiesewetter", "person")
    an = run("Putins Angriffskrieg dauert an. Der Minister sagte, die Ukraine brauche mehr Waffen.")
    assert all(s.name != "Putins Angriffskrieg" for s in an.sources)


def test_a_perfect_after_a_quoted_outlet_and_a_source_phrase():
    for outlet, name in (("der „Spiegel“", "Der Spiegel"), ("das „Manager Magazin“", "manager magazin")):
        an = run(f"Der Konzern will sparen. Zuvor hatte {outlet} unter Berufung auf Insider berichtet, es gehe um "
                 "bis zu 15.000 Arbeitsplätze.")
        outer = next(a for a in an.attributions if a.cue.text == "berichtet")
        inner = next(a for a in an.attributions if a.cue.text == "unter")
        assert (outer.source_mention.text, an.source_by_id(outer.source).name) == (outlet, name)
        assert an.source_by_id(outer.source).type == "media"
        assert inner.parent == outer.id and inner.message.text == "es gehe um bis zu 15.000 Arbeitsplätze"


def test_a_quoted_name_hyphened_to_its_head_stays_in_the_mention():
    an = run("Der Konzern will sparen. Zuvor hatte die „Bild“-Zeitung unter Berufung auf Insider berichtet, es "
             "gehe um bis zu 15.000 Arbeitsplätze.")
    outer = next(a for a in an.attributions if a.cue.text == "berichtet")
    assert outer.source_mention.text == "die „Bild“-Zeitung"


def test_a_body_whose_prefix_names_it_is_not_the_last_organisation():
    an = run("Ohne Investitionen drohe Deutschland den Anschluss zu verlieren, sagte Dröge. Das Ifo-Institut "
             "dagegen hält die Regel für sinnvoll.")
    s = source_of(an, "die Regel")
    assert (s.name, s.type) == ("Ifo-Institut", "organization")


def test_a_statement_of_an_unnamed_body_is_a_document():
    an = run("Man werde um jeden Arbeitsplatz kämpfen, hieß es in einer Mitteilung der Gewerkschaft.")
    s = source_of(an, "Arbeitsplatz")
    assert (s.type, s.description) == ("document", "einer Mitteilung der Gewerkschaft")
    an = run("Man werde um jeden Arbeitsplatz kämpfen, hieß es in einer Mitteilung der IG Metall.")
    assert (source_of(an, "Arbeitsplatz").type, source_of(an, "Arbeitsplatz").name) == ("organization", "IG Metall")


def test_car_makers_and_suppliers_are_companies():
    an = run("Wolfsburg. Der Autobauer Volkswagen will in Deutschland Tausende Stellen streichen. Das bestätigte "
             "ein Konzernsprecher am Mittwoch.", title="Autobauer kündigt Stellenabbau an")
    assert source_of(an, "Stellenabbau").type == "organization"
    an = run("Die Flut hat viele Häuser beschädigt. Der Versicherer erklärte, der Schaden sei gedeckt.")
    assert source_of(an, "Schaden").type == "organization"
    an = run("Der Bauer sagte, die Ernte sei in diesem Jahr schlecht ausgefallen.")
    assert source_of(an, "Ernte").type == "anonymous"


def test_a_paper_the_figures_come_from_is_a_document():
    an = run("Im kommenden Jahr fehlen rund 17 Milliarden Euro. Das geht aus einer Vorlage für den "
             "Haushaltsausschuss hervor.")
    assert source_of(an, "Milliarden").type == "document"
    an = run("Im kommenden Jahr fehlen rund 17 Milliarden Euro. Dies geht aus einer Antwort der Bundesregierung auf "
             "eine Anfrage der Linken hervor.")
    assert source_of(an, "Milliarden").type == "document"


def test_an_outlet_that_learned_it_from_circles_even_in_quotes_or_lower_case():
    for outlet, name in (("der „Spiegel“", "Der Spiegel"), ("t-online", "t-online"), ("die „Bild“", "Bild")):
        an = run(f"In der Koalition wächst der Unmut. Wie {outlet} aus Parteikreisen erfuhr, wird bereits über "
                 "mögliche Nachfolger gesprochen.")
        outer, inner = an.attributions
        assert (outer.source_mention.text, an.source_by_id(outer.source).name) == (outlet, name)
        assert an.source_by_id(inner.source).type == "anonymous" and inner.parent == outer.id


def test_our_newsroom_is_an_outlet_and_told_it_directly():
    an = run("In der Koalition wächst der Unmut. Nach Informationen unserer Redaktion denken mehrere Abgeordnete über "
             "einen Austritt aus der Fraktion nach.")
    assert source_of(an, "Austritt").type == "media"
    an = run("Wie der „Spiegel“ aus Regierungskreisen erfuhr, soll es ein Krisentreffen geben. Ein Teilnehmer der "
             "Sitzung sagte unserer Redaktion, der Kanzler habe sich uneinsichtig gezeigt.")
    assert next(a for a in an.attributions if "uneinsichtig" in a.message.text).parent is None


def test_a_quoted_outlet_after_the_verb_keeps_its_closing_mark():
    an = run("In der Regierung wächst der Unmut. Der Minister soll zurücktreten, berichtet die „Süddeutsche Zeitung“.")
    assert an.attributions[0].source_mention.text == "die „Süddeutsche Zeitung“"


def test_groups_of_countries_are_organisations():
    an = run("Auf der Konferenz wird weiter verhandelt. Die Entwicklungsländer fordern mindestens 1,3 Billionen Dollar "
             "jährlich.")
    assert source_of(an, "Billionen").type == "organization"


def test_a_show_in_quotation_marks_is_no_message():
    an = run("Beim FC Bayern wächst der Druck. Ehrenpräsident Uli Hoeneß sprach dem Trainer im „Doppelpass“ auf "
             "Sport1 das Vertrauen aus.")
    assert all("Doppelpass" != a.message.text for a in an.attributions)


def test_the_body_the_sentence_before_opens_with_the_same_noun():
    an = run("Die Studie sorgt für Streit. Der Verband kommunaler Unternehmen (VKU) widersprach. Das deutsche "
             "Trinkwasser sei gut kontrolliert, teilte der Verband mit.")
    s = source_of(an, "Trinkwasser")
    assert (s.type, s.description) == ("organization", "Der Verband kommunaler Unternehmen")


def test_a_masculine_noun_after_die_is_a_group_of_unknown_size():
    s = source_of(run("Die Anwohner sagten, der Lärm sei unerträglich geworden."), "Lärm")
    assert (s.type, s.count) == ("anonymous", None)
    s = source_of(run("Die Sprecherin sagte, der Lärm sei unerträglich geworden."), "Lärm")
    assert (s.type, s.count) == ("anonymous", 1)


def test_a_quoted_regional_paper_after_the_name_is_whom_the_speaker_told():
    for paper in ("„Sächsischen Zeitung“", "„Freien Presse“"):
        an = run(f"Fraktionschef Jörg Urban bedauerte den Schritt. Müller habe sich seit Monaten isoliert, sagte Urban "
                 f"der {paper}.")
        a = an.attributions[0]
        assert (a.source_mention.text, an.source_by_id(a.source).name) == ("Urban", "Jörg Urban")


def test_rules_and_tools_are_documents():
    an = run("Der Landtag berät den Vorfall. Laut Geschäftsordnung drohen Ordnungsgelder von bis zu 2000 Euro.")
    assert source_of(an, "Ordnungsgelder").type == "document"


def test_a_persons_headline_colon_before_a_statement():
    for headline, message in (("Merz: Keine Zusammenarbeit mit der AfD", "Keine Zusammenarbeit mit der AfD"),
                              ("Scholz: Wir schaffen das", "Wir schaffen das")):
        an = run("Berlin. Der Kanzler Olaf Scholz und CDU-Chef Friedrich Merz haben sich am Sonntag geäußert.",
                 title=headline)
        assert an.attributions[0].message.text == message
    an = run("Berlin. CDU-Chef Friedrich Merz feiert seinen Geburtstag.", title="Merz: Der lange Weg ins Kanzleramt")
    assert not an.attributions


def test_a_headline_role_is_the_person_the_lead_names_with_its_organisation():
    an = run("Berlin. Bahnchef Richard Lutz hat vor den Folgen des Streiks gewarnt. Die Schäden gingen in die "
             "Millionen, sagte er.", title="Bahn-Chef warnt vor Streikfolgen")
    head = an.attributions[0]
    s = an.source_by_id(head.source)
    assert (head.source_mention.text, s.name, s.type) == ("Bahn-Chef", "Richard Lutz", "person")
    assert "Bahn-Chef" in [m.text for m in s.mentions]


def test_a_post_of_an_unnamed_body_is_a_social_post():
    an = run("Die Lage an der Front bleibt angespannt. Laut einem Post des Verteidigungsministeriums auf Telegram "
             "wurden drei Drohnen abgeschossen.")
    assert source_of(an, "Drohnen").type == "social_post"


def test_the_company_a_kind_noun_names_even_when_tagged_a_person():
    an = run("Der Autozulieferer Kessler Automotive baut in Deutschland rund 1800 Arbeitsplätze ab. Betroffen seien "
             "vor allem die Standorte Schweinfurt und Heilbronn, teilte das Unternehmen am Donnerstag mit.")
    s = source_of(an, "Schweinfurt")
    assert (s.type, s.name) == ("organization", "Kessler Automotive")


def test_a_feminine_role_with_an_umlaut_gives_the_pronoun_its_person():
    an = run("„Das ist eine reine Schutzbehauptung“, sagte Rechtsanwältin Derya Kaplan. Die Videoaufnahmen sprächen "
             "eine andere Sprache, fügte sie hinzu.")
    assert source_of(an, "Videoaufnahmen").name == "Derya Kaplan"


def test_a_listed_union_stays_an_organisation_when_tagged_a_person():
    an = run("Die Gewerkschaft Verdi hat zu Warnstreiks aufgerufen. „Die Arbeitgeber haben kein Angebot vorgelegt“, "
             "sagte Verdi-Verhandlungsführerin Melanie Strutz. Verdi fordert eine Erhöhung der Stundenlöhne.")
    assert [s.type for s in an.sources if "Verdi" in (s.name or "")] == ["organization"]


def test_demnach_after_a_study_is_the_study():
    an = run("Fast ein Drittel der Jugendlichen bekommt nach einer neuen Studie zu wenig Schlaf. Demnach schlafen 31 "
             "Prozent an Schultagen weniger als sieben Stunden.")
    s = source_of(an, "Schultagen")
    assert (s.type, s.description) == ("document", "einer neuen Studie")


def test_the_subject_after_the_verb_when_a_zufolge_phrase_opens_the_sentence():
    an = run("Die Serie reißt nicht ab. Ermittlerkreisen zufolge gehen die Behörden davon aus, dass hinter den "
             "Sprengungen eine Bande steckt.")
    inner = next(a for a in an.attributions if a.cue.text == "gehen")
    assert inner.source_mention.text == "die Behörden" and inner.parent is not None


def test_a_government_member_is_no_group_leader_and_group_leaders_are_offices():
    an = run("Agrarminister Klaus-Dieter Hennings hat Berichte über seinen Rücktritt dementiert. Die Opposition "
             "erhöhte den Druck. Der Minister habe „jedes Vertrauen verspielt“, schrieb der CDU-Fraktionschef im "
             "Landtag auf X.")
    s = source_of(an, "Vertrauen")
    assert (s.type, s.name) == ("person", None)


def test_a_clause_after_a_colon_has_its_own_subject():
    an = run("Die Opposition erhöhte den Druck. Auch aus der Koalition kamen kritische Töne: Ein Abgeordneter, der "
             "namentlich nicht genannt werden wollte, sagte, die Geduld in der Fraktion sei „endlich“.")
    s = source_of(an, "Geduld")
    assert (s.type, s.description) == ("anonymous", "Ein Abgeordneter")


def test_a_genitive_before_a_role_is_no_name_of_the_speaker():
    an = run("Nach Angaben des Hochwassernachrichtendienstes Bayern steigt der Pegel weiter. Bayerns Ministerpräsident "
             "kündigte an, am Montag in die betroffenen Gebiete zu reisen.")
    assert source_of(an, "Gebiete").type == "person"


def test_papers_the_registry_lacks_polls_before_the_verb_and_commissioned_reports():
    an = run("Zuvor hatte die „Märkische Allgemeine“ unter Berufung auf Koalitionskreise berichtet, der Minister habe "
             "bereits über einen Rückzug gesprochen.")
    assert source_of(an, "Rückzug").type == "media"
    an = run("In der neuen Sonntagsfrage des Instituts Demoskopia kommen CDU und CSU auf 31 Prozent. Die AfD verharrt "
             "demnach bei 20 Prozent.")
    assert source_of(an, "AfD").name == "Institut Demoskopia"
    an = run("Die Initiative widerspricht. Ein von ihr in Auftrag gegebenes Gutachten komme zu dem Schluss, dass die "
             "Bäume vital seien.")
    a = next(x for x in an.attributions if "vital" in x.message.text)
    assert a.source_mention.text == "Ein von ihr in Auftrag gegebenes Gutachten"


def test_a_mayor_called_rathauschef_and_a_health_insurer_called_kasse():
    an = run("Oberbürgermeister Frank Distler (CDU) verteidigte das Vorhaben. Die Bäume seien zum Teil krank und "
             "gefährdeten die Verkehrssicherheit, sagte der Rathauschef.")
    assert source_of(an, "Verkehrssicherheit").name == "Frank Distler"
    an = run("Die BKK Rheintal Plus bestätigte einen Sicherheitsvorfall. Man werde alle Betroffenen informieren, "
             "teilte die Kasse mit.")
    assert source_of(an, "Betroffenen").name == "BKK Rheintal Plus"


def test_an_acronyms_information_is_that_body_and_plain_headline_roles_find_their_person():
    an = run("Das Robert Koch-Institut (RKI) meldet mehr Masernfälle. Nach RKI-Angaben sind knapp 60 Prozent der "
             "Erkrankten nicht geimpft.")
    assert source_of(an, "Erkrankten").name == "Robert Koch-Institut"
    an = run("Brandenburgs Agrarminister Klaus-Dieter Hennings hat Berichte über einen Rücktritt dementiert. „Ich "
             "bleibe im Amt“, sagte der 58-Jährige.", title="Agrarminister weist Gerüchte zurück: „Ich bleibe im Amt“")
    head = an.attributions[0]
    assert (head.source_mention.text, an.source_by_id(head.source).name) == ("Agrarminister",
                                                                             "Klaus-Dieter Hennings")
    an = run("Im Streit um die Kosten wächst der Druck. Die Länder fordern eine Pauschale von 12.000 Euro pro Person.")
    assert source_of(an, "Pauschale").type == "organization"


def test_an_official_name_with_a_phrase_before_its_label_and_outlets_the_registry_tells_apart():
    an = run("Das Bundesamt für Sicherheit in der Informationstechnik (BSI) teilte mit, es sei über den Vorfall "
             "informiert.")
    s = source_of(an, "Vorfall")
    assert s.type == "organization" and "Informationstechnik" in (s.name or s.description)
    an = run("Der Spieler steht vor einem Wechsel. Wie der britische Sender Sky Sports berichtet, hat er sich mit "
             "einem Klub geeinigt.")
    assert source_of(an, "Klub").name == "Sky Sports"


def test_a_genitive_name_in_the_nominative_and_quantified_genitives_without_the_information_noun():
    an = run("Der Präsident des Deutschen Landkreistags, Hartmut Vossberg, schrieb auf X, die Kreise seien "
             "überlastet. Dem Verband zufolge sind mehr als 40 Prozent der Landkreise ausgelastet.")
    assert source_of(an, "Landkreise ausgelastet").name == "Deutscher Landkreistag"
    an = run("Die Verhandlungen stocken nach Angaben mehrerer Diplomaten seit Tagen.")
    assert source_of(an, "Verhandlungen").description == "mehrerer Diplomaten"


def test_a_company_named_after_its_town():
    an = run("Die Harzer Schmalspurbahnen stellten den Verkehr auf den Brocken ein, wie das Unternehmen mitteilte.")
    s = source_of(an, "Brocken")
    assert (s.type, s.name or s.description) == ("organization", "Harzer Schmalspurbahnen")


def test_sie_after_a_woman_named_by_surname_and_beim_and_professions_as_epithets():
    an = run("Vorstandschefin Katrin Oberholz legte die Zahlen vor. Das Blatt beruft sich auf Finanzkreise. Oberholz "
             "wollte sich zu „Marktgerüchten“ nicht äußern. Zum Ausblick sagte sie lediglich: „Wir sind vorsichtig "
             "optimistisch.“")
    assert source_of(an, "vorsichtig").name == "Katrin Oberholz"
    an = run("Der Verein kämpft um die Lizenz. Beim Deutschen Fußball-Bund hieß es, man äußere sich grundsätzlich "
             "nicht zu laufenden Verfahren.")
    assert source_of(an, "Verfahren").type == "organization"
    an = run("Ihr Anwalt Florian Ketterer widersprach. Ein entsprechender Antrag sei sehr wohl gestellt, aber nie "
             "beschieden worden, so der Jurist.")
    assert source_of(an, "Antrag").name == "Florian Ketterer"


def test_the_company_a_kind_noun_names_when_the_tagger_read_both_as_common_words():
    an = run("Der Versorger Nordenergie will die Gaspreise für rund 400.000 Haushaltskunden anheben. Das teilte das "
             "Unternehmen mit Sitz in Hannover am Dienstag mit.")
    s = source_of(an, "Gaspreise")
    assert s.type == "organization" and "Nordenergie" in (s.name or s.description)
