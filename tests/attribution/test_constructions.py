"""Constructions mined from the SpkAtt tune split's missed events (training/attribution_missed.py):
zu-infinitive complements, reportative "soll", the subject after the verb in German V2 clauses,
cue lemmas learned from the training data ("gab … an"), an adverb between subject and verb.
Sentences written here."""

from __future__ import annotations

from .helpers import find, run


def test_zu_infinitive_complement_is_the_message():
    an = run("Die Gewerkschaft wirft dem Vorstand vor, die Belegschaft monatelang getäuscht zu haben.")
    a = find(an, "getäuscht")
    assert a.message.text.startswith("die Belegschaft") and a.message.text.endswith("zu haben")
    assert a.cue.text == "wirft" and [p.text for p in a.cue_parts] == ["vor"]
    assert "Gewerkschaft" in a.source_mention.text


def test_um_zu_is_no_message():
    an = run("Der Bürgermeister fuhr am Montag nach Berlin, um dort Geld für die Brücke zu beschaffen.")
    assert not an.attributions


def test_reportative_soll_continues_the_speaker():
    an = run(
        "Die Staatsanwaltschaft teilte mit, der Mann sei am Dienstag festgenommen worden. "
        "Er soll drei Autos in Brand gesteckt haben."
    )
    a = find(an, "Autos")
    assert a.cue is None and a.source_mention is None
    assert a.source == find(an, "festgenommen").source


def test_soll_without_a_speaker_before_is_nothing():
    an = run("Die Brücke über den Fluss ist marode. Sie soll im nächsten Jahr abgerissen werden.")
    assert not an.attributions


def test_subject_pronoun_after_the_verb():
    an = run("Karl Beispiel ist Bürgermeister. Den Journalisten erklärte er, die Stadt habe keine Wahl gehabt.")
    a = find(an, "keine Wahl")
    assert a.source_mention.text == "er"
    assert an.source_by_id(a.source).name == "Karl Beispiel"


def test_subject_after_the_verb_when_an_adverbial_is_fronted():
    an = run("Am Montag sagte die Ministerin in einem Interview, dass die Reform verschoben werde.")
    a = find(an, "Reform")
    assert a.source_mention.text == "die Ministerin"


def test_learned_cue_lemma_with_separated_particle():
    an = run("Die Behörde gab an, der Schaden belaufe sich auf zwei Millionen Euro.")
    a = find(an, "Schaden")
    assert a.cue.text == "gab" and [p.text for p in a.cue_parts] == ["an"]
    assert a.source_mention.text == "Die Behörde"


def test_adverb_between_subject_and_verb():
    an = run("Die Anwohner hingegen sagen, der Lärm sei unerträglich geworden.")
    a = find(an, "Lärm")
    assert a.source_mention.text == "Die Anwohner"


def test_bezeichnete_er_als_keeps_the_subject_out_of_the_message():
    an = run("Den Plan des Senats bezeichnete er als völlig verfehlt.")
    a = find(an, "verfehlt")
    assert a.source_mention.text == "er" and not a.message.text.startswith("er ")


def test_geht_davon_aus_is_one_event():
    an = run("Die Polizei geht davon aus, dass der Täter allein handelte.")
    assert len(an.attributions) == 1
    a = an.attributions[0]
    assert a.cue.text == "geht" and {p.text for p in a.cue_parts} == {"davon", "aus"}


def test_fronted_kritik_puts_the_subject_after_the_verb():
    an = run("Kritik übte auch der Bauernverband: Die Preise seien viel zu niedrig.")
    a = find(an, "Preise")
    assert a.source_mention.text == "der Bauernverband"


def test_aus_kreisen_hiess_es_is_anonymous():
    an = run("Aus Kreisen der Koalition hieß es, der Kompromiss stehe.")
    a = find(an, "Kompromiss")
    assert "Kreisen der Koalition" in a.source_mention.text
    assert an.source_by_id(a.source).type == "anonymous"


def test_halten_fuer_is_a_thought_report():
    an = run("Der Ökonom Hans Muster hält die Reform für einen Fehler.")
    a = find(an, "Reform")
    assert a.cue.text == "hält" and an.source_by_id(a.source).name == "Hans Muster"
    an = run("Die Behörde hält es für wahrscheinlich, dass der Wolf zurückkehrt.")
    assert find(an, "Wolf").message.text.startswith("dass der Wolf")
    assert not run("Die Feuerwehr hält für Notfälle drei Boote bereit.").attributions


def test_das_sagte_points_back_to_the_previous_sentence():
    an = run("„Wir geben nicht auf.“ Das sagte der Minister am Montag in Berlin.")
    a = find(an, "Wir geben")
    assert a.mode == "direct" and a.cue.text == "sagte" and a.source_mention.text == "der Minister"
    an = run("Die Firma habe jahrelang Steuern hinterzogen. Das ergaben Recherchen des Magazins Beispiel.")
    a = find(an, "Steuern")
    assert a.cue.text == "ergaben" and "Recherchen" in a.source_mention.text
    assert len(an.attributions) == 1  # the Konjunktiv sentence is this report, not a second one
    an = run("Die Zahl der Arbeitslosen ist im März gestiegen. Das teilte die Bundesagentur am Dienstag mit.")
    a = find(an, "Arbeitslosen")
    assert a.cue.text == "teilte" and [p.text for p in a.cue_parts] == ["mit"]
    assert not run("Der Zug fuhr pünktlich ab. Das ist schön.").attributions


def test_pronoun_prefers_a_person_named_since_the_last_speaker():
    an = run(
        "Bürgermeisterin Anna Muster sagte, die Brücke werde gebaut. "
        "Der Anwalt Peter Beispiel vertritt die Familie der Opfer. Er sagte, die Klage sei eingereicht."
    )
    assert an.source_by_id(find(an, "Klage").source).name == "Peter Beispiel"
    an = run(
        "Bürgermeister Paul Muster sagte, die Brücke werde gebaut. "
        "Er traf Verkehrsministerin Karla Beispiel. Er sagte, der Bau beginne im Mai."
    )
    assert an.source_by_id(find(an, "Bau beginne").source).name == "Paul Muster"  # "er" is not Karla


def test_mit_den_worten_is_a_cue():
    an = run("Der Minister reagierte mit den Worten: „Das ist inakzeptabel.“")
    a = find(an, "inakzeptabel")
    assert a.cue.text == "mit" and [p.text for p in a.cue_parts] == ["den", "Worten"]
    assert a.mode == "direct" and a.source_mention.text == "Der Minister"
    an = run("Die Ministerin wird mit den Worten zitiert, die Regierung habe versagt.")
    assert len(an.attributions) == 1 and an.attributions[0].cue.text == "zitiert"


def test_dative_addressee_after_a_name_is_not_the_source():
    an = run("Es sei ein schwarzer Tag, sagte Anna Muster der Deutschen Presse-Agentur.")
    assert find(an, "schwarzer Tag").source_mention.text == "Anna Muster"


def test_outlet_name_in_quotes_in_the_cue_clause_is_no_quotation():
    an = run("Dem „Spiegel“ sagte der Minister, er plane keine Steuererhöhung.")
    assert [a.message.text for a in an.attributions] == ["er plane keine Steuererhöhung"]


def test_parliament_only_lemma_is_no_cue_in_news():
    from reportedly.analysis.attribution.cues import mined_lemmas_de

    lemmas = mined_lemmas_de("news")
    assert "vorwerfen" in lemmas and "beschuldigen" in lemmas
    assert "zeigen" not in lemmas and "verstehen" not in lemmas  # parliament marks them, news rarely
    assert "zeigen" not in mined_lemmas_de("open") and "verstehen" not in mined_lemmas_de("open")
    an = run("Gegenüber der Zeitung erklärte die Ministerin, sie habe das Problem nicht verstanden.")
    assert [a.cue.text for a in an.attributions] == ["erklärte"]


def test_english_according_to_an_official_tagged_adjective():
    an = run("The talks have stalled, according to two senior officials.", title="World news")
    a = find(an, "talks")
    assert a.mode == "according_to" and a.source_mention.text == "two senior officials"
    s = an.source_by_id(a.source)
    assert s.type == "anonymous" and s.count == 2


def test_english_auxiliary_between_subject_and_said():
    an = run("The minister has said that he will not resign.", title="World news")
    assert find(an, "resign").source_mention.text == "The minister"


def test_english_time_adjunct_after_said():
    an = run("The ministry said on Tuesday it was investigating the leak.", title="World news")
    a = find(an, "investigating")
    assert a.message.text == "it was investigating the leak" and a.source_mention.text == "The ministry"
    an = run("The company said in a statement on Monday that profits would fall.", title="World news")
    assert find(an, "profits").message.text == "profits would fall"


def test_english_finding_verbs_need_a_that_clause():
    an = run("The report found that emissions rose by five percent.", title="World news")
    a = find(an, "emissions")
    assert a.cue.text == "found" and an.source_by_id(a.source).type == "document"
    assert not run("Police found the body in a car near the station.", title="World news").attributions


def test_english_aide_to_and_asked_not_to_be_named():
    an = run("An aide to the senator said she would vote against the bill.", title="World news")
    a = find(an, "vote against")
    assert a.source_mention.text == "An aide to the senator"
    assert an.source_by_id(a.source).type == "anonymous"
    an = run(
        "The official, who asked not to be named, said the plan had been dropped.",
        title="World news",
    )
    assert [a.cue.text for a in an.attributions] == ["said"]


def test_english_parenthetical_cue_splits_the_message():
    an = run("The plan, officials say, is to finish the bridge by June.", title="World news")
    a = find(an, "finish")
    assert [p.text for p in a.message_parts] == ["The plan", "is to finish the bridge by June"]
    assert a.source_mention.text == "officials"


def test_english_name_after_a_closing_quote_is_a_name():
    an = run('"We will fight this," Johnson told reporters on Monday.', title="World news")
    a = find(an, "fight")
    assert an.source_by_id(a.source).name == "Johnson"


def test_quoted_name_between_cue_and_complement():
    an = run("Am Abend meldete die Nachrichtenagentur „Beispiel“, die Maschine sei sicher gelandet.")
    a = find(an, "Maschine")
    assert a.cue.text == "meldete" and a.message.text.startswith("die Maschine sei")


def test_complement_with_inserted_relative_clause():
    an = run(
        "Weiterhin erklärte die Ministerin, in den Ländern, in denen Gebühren erhoben würden, "
        "sei die Zahl der Studienanfänger gestiegen."
    )
    a = find(an, "Studienanfänger")
    assert a.message.text.startswith("in den Ländern") and a.source_mention.text == "die Ministerin"


def test_so_with_lowercase_compound_role():
    an = run("Die Streiks sollen über Ostern ausgesetzt werden, so verdi-Verhandlungsführer Frank Beispiel.")
    a = find(an, "Streiks")
    assert a.cue.text == "so" and "Frank Beispiel" in a.source_mention.text


def test_danach_with_konjunktiv_reports_the_current_speaker():
    an = run(
        "Die Polizei legte am Montag einen Bericht vor. "
        "Danach hätte es sich um ein einseitiges Feuergefecht gehandelt."
    )
    a = find(an, "Feuergefecht")
    assert a.cue.text == "Danach"
    assert not run("Die Sitzung endete am Mittag. Danach ging der Minister nach Hause.").attributions


def test_nach_dem_endergebnis_is_according_to():
    an = run("Nach dem vorläufigen Endergebnis erreichte die Partei 45 Prozent der Stimmen.")
    a = find(an, "45 Prozent")
    assert a.mode == "according_to" and a.cue.text == "Nach"


def test_passive_cue_takes_the_agent_not_the_subject():
    an = run("Die Bundesregierung wurde vom Verband aufgefordert, die Einreise zu verweigern.")
    a = find(an, "Einreise")
    assert a.source_mention.text == "Verband"
    an = run("Die Bewohner wurden aufgefordert, Türen und Fenster geschlossen zu halten.")
    a = find(an, "Fenster")
    assert a.source_mention is None or "Bewohner" not in a.source_mention.text


def test_anonymous_descriptions_german():
    an = run("Nach Informationen aus Sicherheitskreisen soll der Anschlag lange geplant gewesen sein.")
    a = find(an, "Anschlag")
    assert a.source_mention.text == "Informationen aus Sicherheitskreisen"
    assert an.source_by_id(a.source).type == "anonymous"
    an = run("Laut einer mit den Verhandlungen vertrauten Person ist eine Einigung nahe.")
    a = find(an, "Einigung")
    assert a.source_mention.text.endswith("vertrauten Person") and an.source_by_id(a.source).type == "anonymous"
    an = run("Eine Frau sagte, sie habe große Angst.")
    assert an.source_by_id(find(an, "Angst").source).type == "anonymous"


def test_berichteten_von_takes_the_object():
    an = run("Mehrere Augenzeugen berichteten von Schüssen.")
    a = find(an, "Schüssen")
    assert a.message.text == "Schüssen" and an.source_by_id(a.source).type == "anonymous"


def test_english_anonymous_heads_the_tagger_calls_adjectives():
    an = run("A senior Western intelligence official said the operation had failed.", title="World news")
    a = find(an, "operation")
    assert a.source_mention.text == "A senior Western intelligence official"
    assert an.source_by_id(a.source).type == "anonymous"
    an = run("Those close to the president said he was unhappy.", title="World news")
    a = find(an, "unhappy")
    assert a.source_mention.text == "Those close to the president"
    assert an.source_by_id(a.source).type == "anonymous"


def test_english_adding_that_keeps_the_speaker():
    an = run('"There is no evidence," the spokesman said, adding that the inquiry would continue.', title="World news")
    a = find(an, "inquiry")
    assert a.cue.text == "adding" and a.source_mention.text == "the spokesman"
    assert a.source == find(an, "no evidence").source


def test_english_critics_and_newspaper_names():
    an = run("The new rules, critics say, will hurt small businesses.", title="World news")
    assert an.source_by_id(find(an, "hurt").source).type == "anonymous"
    an = run("As the Times reported, the plan was scrapped in June.", title="World news")
    s = an.source_by_id(find(an, "scrapped").source)
    assert s.type == "media" and s.name == "Times"


def test_findings_with_a_dass_clause():
    an = run("Der Bericht zeigt deutlich, dass die Armut wächst.")
    a = find(an, "Armut")
    assert a.cue.text == "zeigt" and an.source_by_id(a.source).type == "document"
    an = run("Die Studie kommt zu dem Ergebnis, dass Rauchen schadet.")
    assert find(an, "Rauchen").cue.text == "kommt"
    assert not run("Der Film zeigt eine Frau, die in Berlin lebt.").attributions


def test_agency_names_are_organisations_news_agencies_media():
    an = run("Die Bundesnetzagentur teilte mit, die Preise würden steigen.")
    assert an.source_by_id(find(an, "Preise").source).type == "organization"
    an = run("Die Nachrichtenagentur meldete, der Präsident sei gestorben.")
    assert an.source_by_id(find(an, "Präsident").source).type == "media"


def test_opening_subject_with_apposition_and_relative_clause():
    an = run(
        "Karl Beispiel, der Verteidigungsminister, der zurzeit den Vorsitz innehat, "
        "sagte zum Abschluss des Treffens, die Gespräche seien gut verlaufen."
    )
    a = find(an, "Gespräche")
    assert a.source_mention.text == "Karl Beispiel, der Verteidigungsminister"
    assert an.source_by_id(a.source).name == "Karl Beispiel"


def test_nouns_after_the_verb_in_a_pp_or_dative_are_not_the_subject():
    an = run("Das Bundesamt bestätigte dem Abgeordneten Montag auf Anfrage, dass er auf der Liste stehe.")
    assert find(an, "Liste").source_mention.text == "Das Bundesamt"


def test_cue_at_the_very_end_of_a_sentence_does_not_crash():
    an = run("Das sagte er.")
    assert an.attributions == [] or an.attributions[0].cue.text == "sagte"


def test_hervorgehen_takes_the_aus_phrase():
    an = run("Aus dem Bericht geht hervor, dass die Zahl der Opfer gestiegen ist.")
    a = find(an, "Opfer")
    assert a.cue.text == "geht" and [p.text for p in a.cue_parts] == ["hervor"]
    assert a.source_mention.text == "dem Bericht" and an.source_by_id(a.source).type == "document"
    an = run("Die Zahl der Opfer ist gestiegen. Das geht aus dem Urteil hervor.")
    a = find(an, "Opfer")
    assert a.cue.text == "geht" and an.source_by_id(a.source).type == "document"


def test_longest_separable_particle():
    an = run("Er fügte hinzu, die Lage sei ernst.")
    assert [p.text for p in an.attributions[0].cue_parts] == ["hinzu"]


def test_english_participle_cue_reports_rightwards():
    an = run("Critics have questioned the price tag, saying the money would be better spent on schools.", title="News")
    a = find(an, "money")
    assert a.cue.text == "saying" and a.message.text.startswith("the money")
    assert a.source_mention.text == "Critics"


def test_english_declined_to_say_and_statement_type():
    assert not run("Officials declined to say how many people were killed.", title="News").attributions
    an = run("The ministry's statement said the troops would withdraw.", title="News")
    assert an.source_by_id(find(an, "troops").source).type == "document"


def test_more_anonymous_descriptions():
    cases = {
        "Ein ranghoher Militär sagte, die Offensive sei gescheitert.": "Offensive",
        "Aus dem Umfeld des Ministers verlautete, er denke an Rücktritt.": "Rücktritt",
        "Vertraute des Präsidenten sagten, er sei wütend.": "wütend",
        "Russische Militärblogger berichteten, die Front sei durchbrochen worden.": "Front",
        "Wie es aus Sicherheitskreisen hieß, wurde der Mann festgenommen.": "festgenommen",
        "Eine mit der Sache vertraute Person sagte, der Deal sei geplatzt.": "Deal",
    }
    for text, needle in cases.items():
        an = run(text)
        assert an.source_by_id(find(an, needle).source).type == "anonymous", text
    an = run("Das Militär teilte mit, die Offensive sei gescheitert.")
    assert an.source_by_id(find(an, "Offensive").source).type == "organization"


def test_melden_takes_an_object_message():
    an = run("Ukrainische Quellen meldeten schwere Kämpfe.")
    a = find(an, "Kämpfe")
    assert a.message.text == "schwere Kämpfe" and a.source_mention.text == "Ukrainische Quellen"


def test_types_seen_in_the_tune_split():
    cases = {
        "Die Entführer erklärten, sie wollten Geld.": ("Geld", "anonymous"),
        "Die Bahn teilte mit, der Verkehr rolle wieder.": ("Verkehr", "organization"),
        "Die Ärztezeitung berichtete, die Praxen seien überlastet.": ("Praxen", "media"),
        "Die Bundesanwaltschaft erklärte, der Mann sei angeklagt.": ("angeklagt", "organization"),
    }
    for text, (needle, type_) in cases.items():
        an = run(text)
        assert an.source_by_id(find(an, needle).source).type == type_, text


def test_wie_clause_with_an_apposition_and_das_pointer_after_a_comma():
    an = run("Wie Steve Beispiel, Sprecher der UN-Büros, in Bangkok mitteilte, sind sechs Hubschrauber im Einsatz.")
    a = find(an, "Hubschrauber")
    assert a.mode == "according_to" and a.source_mention.text.startswith("Steve Beispiel")
    an = run("Seit dem 19. Juni ist die Hauptkamera ausgefallen, das teilte das Institut mit.")
    a = find(an, "Hauptkamera")
    assert a.source_mention.text == "das Institut" and a.message.text.endswith("ausgefallen")
    an = run("Die Wahl ist entschieden. Dies teilte der Vorsitzende der Kommission, Magdalena Beispiel, mit.")
    assert find(an, "Wahl").cue.text == "teilte"
    assert not run("Wie viele Menschen betroffen sind, ist noch unklar.").attributions


def test_english_apposition_name_and_organisation_before_a_name():
    an = run('Ofgem\'s chief executive, Jonathan Example, said: "We know this is a difficult time."', title="News")
    s = an.source_by_id(find(an, "difficult time").source)
    assert s.type == "person" and s.name == "Jonathan Example"
    an = run("Bills will rise by 10% in April, the regulator Ofgem announced on Friday.", title="News")
    s = an.source_by_id(find(an, "Bills").source)
    assert s.type == "organization" and s.name == "Ofgem"


def test_erfahren_aus_and_outlet_information():
    an = run("Wie der Spiegel aus Regierungskreisen erfuhr, soll der Minister zurücktreten.")
    a = next(a for a in an.attributions if a.source_mention.text == "Regierungskreisen")  # round 16: inside
    assert an.source_by_id(a.source).type == "anonymous" and a.parent is not None  # the Spiegel's report
    assert not run("Er erfuhr aus der Zeitung vom Tod seines Vaters.").attributions
    an = run("Nach Spiegel-Informationen soll der Minister zurücktreten.")
    assert an.source_by_id(find(an, "zurücktreten").source).type == "media"
    an = run("Gerüchten zufolge will der Minister zurücktreten.")
    assert an.source_by_id(find(an, "zurücktreten").source).type == "anonymous"


def test_unnamed_defendant_is_anonymous_when_not_named_before():
    an = run("Er habe nichts gewusst, beteuerte der Angeklagte vor Gericht.")
    assert an.source_by_id(find(an, "nichts gewusst").source).type == "anonymous"


def test_english_headline_says_tagged_as_a_noun():
    an = analyze_headline("Biden says US will defend Taiwan")
    assert [(a.cue.text, a.source_mention.text) for a in an.attributions] == [("says", "Biden")]
    an = analyze_headline("Police say suspect was known to them")
    assert [a.cue.text for a in an.attributions] == ["say"]
    assert not analyze_headline("Leaders have the final say on the budget").attributions


def analyze_headline(title: str):
    return run("The text of the article follows here. It is long enough.", title=title)


def test_public_bodies_are_organisations():
    for text in (
        "Die Stadt teilte mit, die Straße bleibe gesperrt.",
        "Der Landkreis teilte mit, die Schulen blieben geschlossen.",
        "Das Bistum teilte mit, der Pfarrer sei beurlaubt.",
        "Der Hersteller erklärte, das Produkt sei sicher.",
    ):
        an = run(text)
        assert an.source_by_id(an.attributions[0].source).type == "organization", text
