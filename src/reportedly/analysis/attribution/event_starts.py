"""Which tokens can open an event: `sentence_events` tests every token of a sentence, and most tokens can
open none, so these sets and `no_de_cue` let the loop skip them before the per-token calls (the output is the
same: each set is the union of what the constructions and cue checks require)."""

from __future__ import annotations

from . import english as EN
from . import english_wire as EW
from . import noun_cues_de as NC
from . import opinions_de as OP
from .cues import AFTER_CUES_DE, active_lexicon, is_finite

DE_CONSTRUCTION_WORDS = frozenset(
    "laut gemäß gemäss mit demnach demzufolge wonach danach heißt hieß heisst hiess geheißen bekannt nach seinen ihren "
    "unter so aus rede für lesen".split()
) | AFTER_CUES_DE | OP.OPINION_NOUNS | NC.CUE_NOUNS | {"folge"}
"""The words that open the German constructions tested before the cue words in `sentence_events.sentence_events`
(each of those branches requires its token to be one of them; see `source_frames.own_account`)."""


EN_EVENT_WORDS = EW.event_words()
"""Every lower-case word an English event can start from (`english_wire.event_words`)."""


DE_CUE_POS = frozenset(("VERB", "AUX", "NOUN", "ADJ", "ADV"))
"""The tags a German cue word of `sentence_events._cue_event` can carry (`verb_cue` and the verb patterns require them);
a noun, adjective or adverb only in lower case (a mined cue form the tagger misread)."""


def no_de_cue(t, low: str) -> bool:
    """Most German tokens (articles, prepositions, names, nouns, adjectives): no branch of `sentence_events._cue_event`
    can take them, so the loop skips them without the call. Every branch but the mined cue forms of
    `verb_cue` needs a full verb or a finite form; the words it tests by form or lemma whatever their
    tag are kept."""
    pos = t.pos
    if not pos:
        return False
    if low in DE_CUE_FORMS or t.lemma in DE_CUE_LEMMAS:
        return False
    if pos not in DE_CUE_POS or (pos not in ("VERB", "AUX") and t.text[:1].isupper()):
        return True
    return pos != "VERB" and not is_finite(t) and low not in active_lexicon().forms


DE_CUE_FORMS = EN.SAID_WORDS | {"heißt"}
DE_CUE_LEMMAS = frozenset("erfahren halten Erfahren Halten".split())
