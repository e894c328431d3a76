"""The SpkAtt news conventions of benchmarks/attribution.py: how our attributions become SpkAtt events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from reportedly.analysis.attribution.engine import attribute

_SPEC = importlib.util.spec_from_file_location(
    "benchmark_attribution", Path(__file__).resolve().parents[2] / "benchmarks" / "attribution.py"
)  # by path: "attribution" is also the name of the tests' own package
bench = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(bench)

SENTENCES = [
    "Der Minister sagte , die Lage sei ernst .".split(),
    "Die Preise würden weiter steigen .".split(),
    "Die Regierung habe versagt .".split(),
    "Am Abend regnete es in der Stadt .".split(),
]


def _events(conventions: bool):
    doc, ids = bench.build_doc(list(enumerate(SENTENCES)))
    attribute(doc, None)
    return bench.predicted_events(doc, ids, conventions)


def test_continuations_in_consecutive_sentences_are_one_event_by_the_news_conventions():
    plain = _events(False)
    joined = _events(True)
    cue_less = [e for e in plain if not e["Cue"]]
    assert len(cue_less) == 2  # one attribution per continued sentence, as the contract has it
    merged = [e for e in joined if not e["Cue"]]
    assert len(merged) == 1
    assert {i.split(":")[0] for i in merged[0]["Message"]} == {"1", "2"}
    assert "2:4" in merged[0]["Message"]  # and the full stop after a cue-less message joins it


def test_speech_acts_are_scored_as_events_without_a_message_when_asked():
    doc, ids = bench.build_doc([(0, "Ein Sprecher wollte sich nicht äußern .".split())])
    attribute(doc, None)
    assert bench.predicted_events(doc, ids) == []  # SpkAtt news: no event without a message
    (event,) = bench.predicted_events(doc, ids, speech_acts=True)  # GePaDe annotates them
    assert event["Message"] == set()
    assert event["Cue"] == {"0:5", "0:3"} and event["Source"] == {"0:0", "0:1"}  # "äußern" … "sich"


def test_a_continuations_source_is_the_mention_of_the_report_it_goes_on_from():
    doc, ids = bench.build_doc(list(enumerate([
        "Der Minister Anton Huber sagte , man habe Huber nicht gefragt .".split(),
        "Die Lage sei ernst .".split(),
    ])))
    attribute(doc, None)
    (cont,) = [e for e in bench.predicted_events(doc, ids, False) if not e["Cue"]]
    assert cont["Source"] == {"0:0", "0:1", "0:2", "0:3"}  # "Der Minister Anton Huber", not the later "Huber"


def test_the_source_an_outlet_cites_is_no_event_by_the_news_conventions():
    doc, ids = bench.build_doc([(0, "Reuters berichtete unter Berufung auf Insider , der Konzern werde verkauft ."
                                     .split())])
    attribute(doc, None)
    plain = bench.predicted_events(doc, ids, False)
    assert len(plain) == 2  # the contract nests the insiders' report inside the outlet's
    (event,) = bench.predicted_events(doc, ids, True)
    assert event["Source"] == {"0:0"} and event["Cue"] == {"0:1"}  # SpkAtt news: Reuters's report only
