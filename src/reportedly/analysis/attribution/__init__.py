"""The attribution engine: who says what, through whom, in which mode."""
