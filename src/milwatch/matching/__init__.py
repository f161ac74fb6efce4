"""Matching: the one home of the person and event matching that stories and real events share.

    names    spelling-independent name keys and the gated similarity of two names (any script)
    persons  can two mentions name the same official? (`PersonRef`, `same_person`, `PersonMatcher`)
    events   can two mentions report the same real event? (`View`, `make_view`, `link_score`, `ViewIndex`)

`cluster` (stories) and `resolve` (real events, the officials registry) both build on it, and so do
the store's incremental real events, alerts and the Spark jobs: a rule changed here changes what a
story and a real event are together.  Pure functions and plain records; no store, no I/O.
"""
