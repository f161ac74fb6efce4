"""Extract stage: defense-diplomacy events, with countries, people and dates, from one article.

`engine.Extractor.extract(article)` runs four phases, each in its own modules, with all
language knowledge in the pack (`packs/<lang>/`, compiled once per language):

1. Matching — one pass per vocabulary over the article text:
   `countries` (states, demonyms, places, abbreviation runs; one Aho-Corasick pass; a wire's
   dateline state and a state's adjective on a training ground or base are places: `datelines`,
   `venue_adjectives`),
   `persons` (+ `_person_patterns`, `_person_scan`, `_person_uncased`, `_person_merge`, `_names`:
   officials from title chains, names in cased and uncased scripts, romanisation),
   `dates` (+ `_dates_rules`, `_dates_scan`, `_dates_units`, `_dates_vocab`, `_dates_calendar`:
   date shapes, unit signs, other eras, resolution against the publication day, or against a digest
   item's own dateline: `wire_items`), and the
   trigger and marker lists of `analysis.article_hits`.
2. Sentence facts — `sentences` splits the text; `analysis.analyse_article` groups every
   mention by sentence and works out the article context (main states and the states named only in
   passing: `salience`; venue: `venues`; headline).
3. Event candidates — `events.candidate_events` walks the sentences and runs `rules` (+ `rules_aid`; one small
   named rule per event type; `parties.country_sets` says which states take part, less the
   observers and targets of `bystanders`) over each,
   each candidate (`candidate`) carrying the rules that fired; the `discourse` state (pair in
   focus, last series, the exercise and its names: `exercise_names`) carries from one sentence
   to the next.
4. Assembly — `assemble` (+ `event_dates`: date and background flag, `event_places`: location,
   mode, host): persons and areas for each candidate; the same event told twice in one
   article merged; `plover` codes.  A current event whose
   sentence names no date takes the publication day (rule tag `date:published`), as event
   coders date a story's events (GDELT's day of the event is the day of the report); an
   event whose sentence names a date that is not its own stays undated.
"""
