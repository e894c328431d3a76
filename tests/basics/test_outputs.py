from reportedly import analyze
from reportedly.outputs import render_markdown, render_text
from reportedly.outputs.summary import format_number


def test_format_number_never_scientific():
    assert format_number(1.5e9) == "1,500,000,000"
    assert format_number(17.3) == "17.3"
    assert format_number(43000.0) == "43,000"


def test_reports_show_chain_quantities_and_escape_markup():
    a = analyze("Titel [bold]x[/bold]\n\nLaut Polizei wurden mehr als 1.500 Menschen verletzt, sagte ein Sprecher.")
    text = render_text(a)
    assert "[bold]x[/bold]" in text      # rich markup in article text is shown, not interpreted
    assert "1,500" in text
    md = render_markdown(a)
    assert md.startswith("# Titel [bold]x[/bold]") and "| 1,500 |" in md


def test_reports_show_which_attribution_a_cueless_sentence_continues():
    from reportedly import analyze
    from reportedly.outputs.summary import attribution_rows

    a = analyze("Titel\n\nDer Minister sagte, die Lage sei ernst. Die Armee habe keine Reserven mehr.\n")
    rows = {r.message[:9]: r for r in attribution_rows(a)}
    assert rows["Die Armee"].cue == f"(continues {rows['die Lage '].id})"


def test_reports_show_an_interrupted_message_in_its_pieces():
    from reportedly.outputs.summary import attribution_rows

    a = analyze("Titel\n\nAm Montag gab es Staus. Der Mann soll nach Angaben der Polizei betrunken gewesen sein.\n")
    assert [r.message for r in attribution_rows(a)] == ["Der Mann soll … betrunken gewesen sein"]


def test_reports_name_a_quotation_given_to_the_speaker_before_it():
    from reportedly.outputs.summary import attribution_rows

    a = analyze("Titel\n\nFraktionschef Christian Dürr sagte, eine Aussetzung komme nicht infrage. „Wir haben etwas "
                "anderes vereinbart.“\n")
    assert [r.cue for r in attribution_rows(a)] == ["sagte", "(quotation)"]
