"""A learned attribution engine: the rule engine's events as features, a linear BIO labeller on top."""
