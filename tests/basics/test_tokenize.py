from reportedly.language.tokenize import tokenize


def words(text):
    toks, _ = tokenize(text)
    return [t.text for t in toks]


def sentences(text):
    _, sents = tokenize(text)
    return [text[s.start:s.end] for s in sents]


def test_tokenize_german_abbreviations_stay_whole():
    expected = ["Das", "gilt", "z.", "B.", "für", "17,3", "Mrd.", "Euro", "."]
    assert words("Das gilt z. B. für 17,3 Mrd. Euro.") == expected


def test_tokenize_numbers_with_separators():
    toks = words("Es waren 1.831 Panzer und 43.000 Kämpfer, also 2,5 Prozent.")
    assert "1.831" in toks and "43.000" in toks and "2,5" in toks


def test_sentences_ordinal_dates_do_not_end_sentences():
    text = "Politico berichtet in einem Artikel vom 18. August über den Krieg. Am 3. Mai kam die Wende."
    assert sentences(text) == ["Politico berichtet in einem Artikel vom 18. August über den Krieg.",
                               "Am 3. Mai kam die Wende."]


def test_sentences_end_at_year_followed_by_capital():
    assert len(sentences("Das war im Jahr 2023. Danach kam der Winter.")) == 2


def test_sentences_abbreviations_and_initials():
    text = "Gen. Mark A. Milley sprach mit Dr. Meier. Die U.S. Army schwieg."
    assert sentences(text) == ["Gen. Mark A. Milley sprach mit Dr. Meier.", "Die U.S. Army schwieg."]


def test_sentences_end_after_the_platform_x():
    text = "Das erklärte er auf X. Guterres zeigte sich besorgt. Der Sprecher Peter X. Müller schwieg."
    assert sentences(text) == ["Das erklärte er auf X.", "Guterres zeigte sich besorgt.",
                               "Der Sprecher Peter X. Müller schwieg."]


def test_sentences_quote_closing_after_period_stays_with_sentence():
    text = 'Er sagte: "Wir gehen." Dann ging er.'
    assert sentences(text) == ['Er sagte: "Wir gehen."', "Dann ging er."]


def test_tokenize_glued_tco_link_is_one_token():
    toks = words('"Should we have listened?"https://t.co/EADRsDySxH — Jason')
    assert "https://t.co/EADRsDySxH" in toks


def test_tokenize_is_lossless():
    text = "Laut „Bild“ (dpa) kostet's 5€ — oder? https://x.de/a?b=1."
    toks, _ = tokenize(text)
    for t in toks:
        assert text[t.start:t.end] == t.text
    assert "".join(text[t.start:t.end] for t in toks) == "".join(text.split())


def test_paragraphs_always_end_sentences():
    text = "Erster Absatz ohne Punkt\n\nzweiter Absatz."
    _, sents = tokenize(text, paragraphs=[(0, 24), (26, len(text))])
    assert len(sents) == 2


def test_sentences_military_titles_do_not_end_sentences():
    text = "Brig. Gen. Pat Ryder told reporters the talks would go on. Nothing else changed."
    assert sentences(text) == ["Brig. Gen. Pat Ryder told reporters the talks would go on.", "Nothing else changed."]


def test_tokenize_gender_forms_are_one_word():
    assert words("Viele Expert*innen, Lehrer:innen und Kund/-innen sowie eine Sprecher*in.") == [
        "Viele", "Expert*innen", ",", "Lehrer:innen", "und", "Kund/-innen", "sowie", "eine", "Sprecher*in", "."]


def test_tokenize_joint_party_names_are_one_word_other_slashes_split():
    assert words("Die CDU/CSU-Fraktion, ÖVP/FPÖ und/oder 1/2.") == [
        "Die", "CDU/CSU-Fraktion", ",", "ÖVP/FPÖ", "und", "/", "oder", "1", "/", "2", "."]


def test_tokenize_a_colon_before_a_word_is_still_punctuation():
    assert words("Er sagte: innen ist es warm.")[:3] == ["Er", "sagte", ":"]


def test_tokenize_web_addresses_are_one_word():
    assert words("Wie von lokalo.de berichtet, laut t-online.de.") == [
        "Wie", "von", "lokalo.de", "berichtet", ",", "laut", "t-online.de", "."]
    assert words("bbc.co.uk und Amazon.com") == ["bbc.co.uk", "und", "Amazon.com"]
    assert words("Er kam aus Berlin.Die Leute") == ["Er", "kam", "aus", "Berlin", ".", "Die", "Leute"]


def test_tokenize_a_plural_possessive_before_a_name_keeps_its_apostrophe():
    assert words("The Supporters' Trust and the Workers’ Union") == [
        "The", "Supporters'", "Trust", "and", "the", "Workers’", "Union"]
    assert words("'We love the fans,' he said of the fans' anger.") == [
        "'", "We", "love", "the", "fans", ",", "'", "he", "said", "of", "the", "fans", "'", "anger", "."]


def test_tokenize_handles_with_dots_are_one_word():
    assert words("von der Nutzerin @thita.vy gepostet.") == ["von", "der", "Nutzerin", "@thita.vy", "gepostet", "."]


def test_a_number_and_a_period_before_a_sentence_opener_end_the_sentence():
    text = "Er schaffe es nicht bis 67. Nach Berechnungen des Verbands sei das so. Das gilt bis zum 3. Oktober."
    assert sentences(text) == ["Er schaffe es nicht bis 67.", "Nach Berechnungen des Verbands sei das so.",
                               "Das gilt bis zum 3. Oktober."]
