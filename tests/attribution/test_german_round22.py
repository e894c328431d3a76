"""Round 22 (German, session 12): found on real pages, not in SpkAtt's Wikinews: web addresses as outlets, a
time phrase before the verb, a participle inside a noun phrase, a result clause after "so …, dass", relative
clauses on an object, critics and followers of a named person. Sentences written here."""

from __future__ import annotations

from .helpers import find, mention_of, run, source_of

LEAD = "Am Montag gab es in der Stadt wieder lange Staus auf den Straßen. "


def test_a_web_address_is_the_outlet_that_reports():
    an = run(LEAD + "Wie von lokalo.de berichtet, meldete die Polizei, dass an zwei Bahnen Manipulationen gefunden "
             "worden seien.")
    src = source_of(an, "meldete die Polizei")
    assert (src.name, src.type) == ("lokalo.de", "media")


def test_a_web_address_of_a_known_outlet_is_that_outlet():
    an = run(LEAD + "Laut bild.de ist der Vertrag gekündigt. Laut bbc.co.uk ist der Vertrag nicht gekündigt.")
    assert source_of(an, "ist der Vertrag gekündigt").name == "Bild"
    assert source_of(an, "nicht gekündigt").name == "BBC"


def test_a_time_phrase_before_the_verb_is_no_speaker():
    an = run(LEAD + "Ende vergangener Woche soll Le Drian mit Maas telefoniert und ihn darum gebeten haben, die "
             "Kontrollen aufzuheben. Vergangene Woche sagte der Sprecher, die Lage sei ernst.")
    assert source_of(an, "Kontrollen").name == "Le Drian"
    assert mention_of(an, "Lage") == "der Sprecher"


def test_the_end_of_a_week_as_a_subject_is_still_the_subject():
    an = run(LEAD + "Das Ende der Woche brachte Regen, sagte Müller.")
    assert source_of(an, "Regen").name == "Müller"


def test_a_participle_inside_a_noun_phrase_reports_nothing():
    an = run(LEAD + "Dieses als »contact tracing« bezeichnete Vorgehen nutzten deutsche Behörden auch 2012. "
             "Die von Putin kritisierte Reform sei gescheitert, sagte Müller.")
    assert not any(a.cue and a.cue.text == "bezeichnete" for a in an.attributions)
    assert not any(a.cue and a.cue.text == "kritisierte" for a in an.attributions)
    assert source_of(an, "Reform").name == "Müller"


def test_a_finite_verb_after_a_whole_noun_phrase_still_reports():
    an = run(LEAD + "Die Firma bestätigte Berichte, wonach sie verkauft wird.")
    assert any(a.cue and a.cue.text == "bestätigte" and a.source_mention.text == "Die Firma" for a in an.attributions)


def test_a_result_clause_after_so_is_no_message():
    an = run(LEAD + "Die Dächer sind so ausgerichtet, dass sie als Windbeschleuniger wirken. Das Ganze nimmt "
             "inzwischen derart surreale Züge an, dass man sich wundert.")
    assert not any("Windbeschleuniger" in a.message.text or "wundert" in a.message.text for a in an.attributions)


def test_so_with_an_adjective_of_certainty_or_a_comparison_keeps_the_message():
    an = run(LEAD + "Warum sind Sie so sicher, dass das Auto so schnell kommt? Er betonte so deutlich wie nie, "
             "dass die Lage ernst sei.")
    assert find(an, "Auto so schnell")
    assert mention_of(an, "Lage ernst") == "Er"


def test_a_relative_clause_on_the_object_is_no_message():
    an = run(LEAD + "Die Linie signalisiert die Fläche, auf der die Schneedecke abgleitet. Sie schreibt über die "
             "Demonstration am 30. Mai, an dem traditionell Demonstrationen stattfinden, und bei der 2018 15 "
             "Menschen getötet wurden.")
    assert not any(a.message.text.startswith(("auf der", "und bei der")) for a in an.attributions)


def test_a_phrase_with_a_preposition_after_the_comma_still_opens_the_message():
    an = run(LEAD + "Zugleich erklärte die Ministerin, in den Bundesländern, in denen Gebühren erhoben würden, "
             "sei die Zahl der Studienanfänger gestiegen.")
    assert mention_of(an, "Studienanfänger") == "die Ministerin"


def test_the_question_that_arises_has_no_speaker_but_who_asks_it_has():
    an = run(LEAD + "Auch in diesem Jahr stellt sich die Frage, wie eine Düngung zu bemessen ist. Mehrere Beamte "
             "stellen sich die Frage, ob die USA ihre Chance vertan hätten.")
    assert source_of(an, "Düngung") is None and mention_of(an, "Düngung") is None
    assert mention_of(an, "Chance") == "Mehrere Beamte"


def test_critics_and_followers_of_a_named_person_are_not_that_person():
    an = run(LEAD + "Trump sagte, er sei gut. Anhänger Trumps sagten, er sei der Beste. Gegner von Trump sagen, er "
             "sei schlecht. Kritiker des NetzDG sagen, das Gesetz sei schlimm.")
    assert source_of(an, "er sei gut").name == "Trump"
    for needle in ("der Beste", "schlecht", "Gesetz"):
        assert source_of(an, needle).type == "anonymous", needle
    assert mention_of(an, "Gesetz") == "Kritiker des NetzDG"


def test_a_personal_pronoun_is_the_whole_speaker():
    an = run(LEAD + "Je länger wir reden, umso mehr fangen die Politiker an, mir zu erzählen, welche Probleme sie "
             "haben. Denn ich habe, nachdem ich die Sprache immer doof fand, Französisch gelernt.")
    assert not any(a.message.text.startswith("umso mehr") for a in an.attributions)
    assert all(not (a.source_mention and a.source_mention.text == "länger wir") for a in an.attributions)


def test_a_message_inside_a_relative_clause_ends_with_it():
    an = run(LEAD + "So sollen Eltern, welche feststellen, dass ihre Kinder anders sind, zusehen und sie begleiten, "
             "so der Papst.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "feststellen")
    assert a.message.text == "dass ihre Kinder anders sind"
    assert an.source_by_id(a.source).description == "Eltern"


def test_a_quotation_after_a_colon_in_a_relative_clause_is_whole():
    an = run(LEAD + "Tausende Menschen zogen durch die Stadt, die skandierten: „Mussawi, hole unsere Stimmen zurück!“")
    assert any("hole unsere Stimmen" in a.message.text for a in an.attributions)


def test_a_pronoun_that_is_only_nominative_is_the_subject_after_the_verb():
    an = run(LEAD + "Der enge Partner wird zum Fremden, den man den Behörden meldet: Denunziantentum nennt man das.")
    assert not any(a.source_mention and a.source_mention.text == "Denunziantentum" for a in an.attributions)


def test_a_singular_konjunktiv_ii_sentence_is_the_writers_guess():
    an = run(LEAD + "Der Premier sagte, das Parlament werde zustimmen. Am Dienstag könnte dann eine weitere Abstimmung "
             "anstehen.")
    assert not any("Abstimmung" in a.message.text for a in an.attributions)


def test_a_plural_konjunktiv_ii_sentence_still_goes_on_with_the_speaker():
    an = run(LEAD + "Der Sprecher sagte, die Lage sei ernst. Die Behörden hätten aber alles im Griff.")
    assert source_of(an, "Griff") is not None and mention_of(an, "Lage") == "Der Sprecher"
    assert source_of(an, "Griff") is source_of(an, "Lage")


def test_sie_is_a_woman_named_a_few_sentences_before():
    an = run(LEAD + "Seine engste Vertraute ist die Leiterin Özlem Gezer, mit 37 Jahren nur wenig älter als er. "
             "Kollegen sagten, er sei ein Star. Der Account bringt sie auf die Spur. In der Nacht schickt sie ihm eine "
             "Nachricht: »Ich komme jetzt gleich, und du kommst raus.«")
    assert source_of(an, "Ich komme").name == "Özlem Gezer"


def test_an_indefinite_pronoun_is_unnamed_people():
    an = run(LEAD + "Manche sagen nun, die Affäre sei schlimm. Einer sagte, das sei gut.")
    assert source_of(an, "Affäre").type == "anonymous"
    assert source_of(an, "das sei gut").type == "anonymous"


def test_who_was_heard_is_the_speaker_not_who_listens():
    an = run(LEAD + "Um 12.30 Uhr hören die Mitarbeiter von den Chefredakteuren: „Wir haben einen Fälscher im Haus.“")
    assert mention_of(an, "Fälscher") == "den Chefredakteuren"


def test_a_chief_editor_with_a_name_tagged_as_a_place_is_a_person():
    an = run(LEAD + "»Zeit«-Chefredakteur Giovanni di Lorenzo sagte, das sei ein schwerer Fehler gewesen.")
    src = source_of(an, "schwerer Fehler")
    assert (src.name, src.type) == ("Giovanni di Lorenzo", "person")


def test_a_modal_and_its_speech_verb_after_a_comma_share_the_first_clauses_subject():
    an = run(LEAD + "Der Dokumentar befragt Relotius zur Recherche, will wissen, wie der Reporter an die Miliz "
             "herangekommen ist.")
    assert mention_of(an, "Miliz") == "Der Dokumentar"


def test_wie_with_an_adjective_asks_how_and_cites_no_one():
    an = run(LEAD + "Wie speziell das neue Coronavirus zum Menschen fand, ist noch unklar.")
    assert an.attributions == []


def test_was_before_the_subject_of_a_verb_final_clause_is_its_object():
    an = run(LEAD + "Dabei stellte sich heraus, was Fachleute schon länger vermuten: Das Virus ist ein "
             "Fledermausvirus.")
    assert mention_of(an, "Fledermausvirus") == "Fachleute"


def test_an_article_after_a_noun_opens_a_new_phrase():
    an = run(LEAD + "Kurz vor der Versammlung machten neue Spekulationen die Runde, wonach der Manager mit dem "
             "Betriebsrat aneinandergeraten sein soll.")
    assert all(a.source_mention is None or a.source_mention.text != "neue Spekulationen die Runde"
               for a in an.attributions)


def test_as_reported_before_cites_the_paper_not_the_last_speaker():
    an = run(LEAD + "Fachleute vermuten, dass das Virus gefährlich ist. Wie bereits berichtet, ist der Mann in Haft.")
    assert source_of(an, "in Haft") is None


def test_a_dative_phrase_is_no_subject():
    an = run(LEAD + "Was eine Quelle einem Reporter erzählt hat, sei wahr, sagte Müller. Dem Minister sagte der "
             "Sprecher, alles sei gut.")
    assert all(a.source_mention is None or "einem Reporter" not in a.source_mention.text for a in an.attributions)
    assert mention_of(an, "alles sei gut") == "der Sprecher"


def test_a_relative_pronoun_after_a_clause_final_verb_means_the_noun_before_it():
    an = run(LEAD + "Das Video wurde von der Nutzerin Anna Berg gepostet, die sagte, dass sie sich zunächst wunderte.")
    a = next(a for a in an.attributions if "wunderte" in a.message.text)
    assert a.message.text == "dass sie sich zunächst wunderte" and a.cue.text == "sagte"
    assert an.source_by_id(a.source).name == "Anna Berg"


def test_an_oblique_pronoun_is_no_speaker():
    an = run(LEAD + "Das bestätigt uns später auch der Sprecher.")
    assert all(a.source_mention is None or a.source_mention.text != "uns" for a in an.attributions)


def test_our_opinion_is_the_writers_not_the_last_speakers():
    an = run(LEAD + "Müller sagte, das sei gut. Unserer Meinung nach ist das eine Frechheit.")
    assert not any("Frechheit" in a.message.text for a in an.attributions)  # s16: no attribution at all


def test_coordinated_wie_clauses_each_have_their_source():
    an = run(LEAD + "Das sollte möglich werden, wie wir hier erklären und wie die Zeitung ebenfalls berichtete. Auch "
             "soll sich Apple verabschieden, wie unter anderem Macrumors berichtet.")
    a = next(a for a in an.attributions if a.cue and a.cue.text == "berichtete")
    assert a.source_mention.text == "die Zeitung" and a.message.text == "Das sollte möglich werden"
    assert mention_of(an, "Apple verabschieden") == "Macrumors"


def test_the_formal_sie_is_no_organisation():
    an = run(LEAD + "Apple teilte mit, das iPhone komme später. Deshalb finden Sie hier Gründe, weshalb es sich lohnt "
             "zu warten.")
    assert all(an.source_by_id(a.source).name != "Apple" for a in an.attributions
               if a.source and "warten" in a.message.text)


def test_a_platform_user_with_a_name_or_handle_is_a_person():
    an = run(LEAD + "Die TikTok-Nutzerin Anna Berg sagte, dass sie sich wunderte. Die Instagram-Nutzerin @thita.vy "
             "sagte, dass sie lachte. Laut einem Telegram-Post ist alles gut.")
    assert (source_of(an, "wunderte").name, source_of(an, "wunderte").type) == ("Anna Berg", "person")
    assert (source_of(an, "lachte").name, source_of(an, "lachte").type) == ("@thita.vy", "person")
    assert source_of(an, "alles gut").type == "social_post"


def test_a_noun_in_a_phrase_with_a_preposition_is_no_fallback_speaker():
    an = run(LEAD + "Es reicht aus, dass es durch Mimik zeigt, dass es nicht einverstanden ist.")
    assert all(a.source_mention is None or a.source_mention.text != "Mimik" for a in an.attributions)


def test_a_statement_in_a_phrase_with_a_preposition_still_speaks():
    an = run(LEAD + "Der Verband forderte mehr Geld. In der Mitteilung betont der Verband, dass die Künstler zu wenig "
             "verdienen.")
    assert source_of(an, "zu wenig") is not None


def test_the_second_conjunct_after_a_preposition_is_no_subject():
    an = run(LEAD + "So glauben außer Pence und Trump nicht einmal mehr Merkel und Macron daran, dass dieser Deal gut "
             "ist.")
    assert source_of(an, "Deal gut").name == "Merkel"
