"""Analysis steps: each module holds plain functions `step(doc, ctx)` registered in config.py."""
