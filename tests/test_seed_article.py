"""The canonical example: what a new user must see for ../shared/examples/seed-article.txt."""


def test_seed_headline_outlet_and_boilerplate(seed_analysis):
    a = seed_analysis
    assert a.article.title.startswith("Politico: USA versäumten wohl Gelegenheit")
    assert a.article.language == "de"
    assert a.article.outlet.name == "RT DE"
    assert any(e.startswith("fingerprint:Mehr zum Thema") for e in a.article.outlet.evidence)
    texts = [b.text for b in a.boilerplate]
    assert "Quelle: AP © LIBKOS" in texts
    assert any(t.startswith("Mehr zum Thema – Medwedew") for t in texts)


def test_seed_embedded_tweet_is_a_direct_quote_by_its_author(seed_analysis):
    a = seed_analysis
    [post] = a.embedded_posts
    assert (post.author, post.handle, post.date) == ("Jason Willick", "jawillick", "2023-08-19")
    assert post.url == "https://t.co/EADRsDySxH"
    assert post.span.text.startswith("Kyiv’s slow gains") and post.span.text.endswith("MARK MILLEY?")
    [attr] = [x for x in a.attributions if x.message.start == post.span.start]
    assert attr.mode == "direct"
    assert attr.language == "en"
    src = a.source_by_id(attr.source)
    assert src is not None and src.name == "Jason Willick"


def test_seed_every_quotation_found(seed_analysis):
    messages = [x.message.text for x in seed_analysis.attributions]
    for quote in ("Wenn wir zugeben, dass wir dies nicht immer tun werden, was werden wir dann tun?",
                  "Möglicherweise haben wir eine Gelegenheit verpasst, um auf frühere Gespräche zu drängen."):
        assert any(quote.rstrip("?.") in m for m in messages), quote


def test_seed_dates_resolved(seed_analysis):
    values = {d.span.text: d.value for d in seed_analysis.dates}
    assert values["18. August"] == "2023-08-18"
    assert values.get("November 2022") == "2022-11"
    assert values["August 19, 2023"] == "2023-08-19"


def _chain_of(analysis, message_start: str) -> list[str]:
    [attr] = [x for x in analysis.attributions if x.message.text.startswith(message_start)]
    return analysis.chain(attr)


def test_seed_attribution_chains(seed_analysis):
    a = seed_analysis
    politico = ["RT DE", "Politico"]
    assert _chain_of(a, "ob die USA nicht etwa") == politico + ["mehrere Beamte der US-Regierung"]
    assert _chain_of(a, "dass sich im Winter") == politico + ["Mark Milley"]
    assert _chain_of(a, "wonach Milley doch recht") == politico + ["zwei namentlich nicht genannte US-Beamte"]
    assert _chain_of(a, "stelle sich die US-Regierung") == politico + ["eines Politico-Gegenübers"]
    assert _chain_of(a, "Möglicherweise haben wir") == politico + ["eines Politico-Gegenübers"]
    another = politico + ["Ein anderer Vertreter der US-Regierung"]
    assert _chain_of(a, "dass nur wenige der Ansicht") == another
    assert _chain_of(a, "Es gebe keinen hochrangigen Politiker") == another  # cue-less Konjunktiv I, no "es gibt" cue
    assert _chain_of(a, "dass das ukrainische Militär") == ["RT DE", "Verteidigungsministerium"]
    assert _chain_of(a, "Das russische Militär habe") == ["RT DE", "Igor Konaschenkow"]
    inner = _chain_of(a, "Should we have listened")  # the speakers inside Jason Willick's tweet
    assert inner == ["RT DE", "Jason Willick", "some U.S. officials and insiders"]
    [whisper] = [x for x in a.attributions if x.message.text.startswith("Should we have listened")]
    assert whisper.cue.text == "whisper" and whisper.message.text.endswith("MARK MILLEY?")
    assert a.source_by_id(whisper.source).type == "anonymous"


def test_seed_cueless_sentences_name_the_attribution_they_continue(seed_analysis):
    by_start = {x.message.text[:25]: x for x in seed_analysis.attributions}
    vehicles, betonte = by_start["Das russische Militär hab"], by_start["dass diese Zahl keine Ver"]
    assert vehicles.cue is None and vehicles.source_mention is None and vehicles.continues == betonte.id
    gebe, sagt = by_start["Es gebe keinen hochrangig"], by_start["dass nur wenige der Ansic"]
    assert gebe.continues == sagt.id
    assert betonte.continues is None  # an attribution with its own cue continues nothing


def test_seed_anonymous_sources_are_typed_with_their_group(seed_analysis):
    a = seed_analysis
    unnamed = {s.description: s for s in a.sources if s.type == "anonymous"}
    assert unnamed["zwei namentlich nicht genannte US-Beamte"].count == 2
    assert unnamed["mehrere Beamte der US-Regierung"].affiliation == "US-Regierung"
    assert unnamed["Ein anderer Vertreter der US-Regierung"].affiliation == "US-Regierung"
