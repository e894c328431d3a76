"""The language layer: tokens, sentences, tags, lemmas, morphology and entities."""
