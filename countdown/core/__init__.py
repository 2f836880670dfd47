"""Qt-free core: the fuzzy window grammar, the model, the alert plan, wording and the store.

Nothing here imports Qt, starts threads or reads the wall clock: "now" is always passed in.
"""
