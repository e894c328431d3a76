"""German annotations: STTS/UPOS tagger, lemmas, Konjunktiv-aware verb morphology, entities.

Entry point: `reportedly.language.annotate` (or `GermanAnnotator` in `annotator.py`). Models live
in `reportedly/data/models/de/` and are rebuilt by `training/` (see MODEL_CARD.md there).
"""
