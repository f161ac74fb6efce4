"""Lead's cases of session 21: each an invented short article.

An exercise told again in a sentence naming no state is the exercise the article told, whatever day it
names (_merge.py `_one_exercise_running`): its end ("De oefening duurt tot half december", "訓練は13日まで",
"Die Übung dauert bis Mitte Dezember") or one of its days.  Before, such a sentence with a day of its own gave
a second exercise of the same states.  The merged exercise keeps the date of the report that names its states.
A second exercise whose sentence names the states ("India and Japan started their first bilateral army
exercise") is still a second one.

An exercise word inside a split verb saying who takes part ("nehmen Kräfte aus Slowenien, Kroatien und Ungarn
an der Übung teil") is held there (`held_near`): before, the verb's first part stood too far from
the exercise word, the sentence gave no exercise, and the exercise kept the pair of its lead.

One state joins the exercise told just before when the next sentence says it "also" takes part
(participants.py): "Japan also takes part in the drills with 150 soldiers", "Estados Unidos también participa
en las maniobras".  Before, that sentence gave a second exercise of its state and the exercise's host (or
nothing), and the exercise missed it.

A state's capital opening a sentence, followed by a word in lower case, stands for its government
(capitals.py `capital_as_subject`): "Canberra pledged on Tuesday to donate ...", "Paris s'est engagé à
financer ...".  Before, it was only a place, and the pledge had one state.  A capital hosting the talks of
others stays the venue.

A future in a clause of its own after a delivery and its states tells what the thing will be used for, not
a delivery still to come (rules_aid.py `_future_of_the_aid`): "Italy handed over a patrol boat to the Armed
Forces of Malta on Thursday, which will be used for search and rescue".  Before, the future word dropped the
delivery.  A future in the delivery's own clause ("will donate") is still a pledge.

Talks of two officials named in their sentence are the meeting itself, whatever the sentence counts from
(assemble.py `_talks_of_two_officials`): "X hosted Y for talks, his first trip since taking office in
October" gave nothing when October was well past (the sentence's only date counted from), and a meeting dated
October when it was within the news window (event_dates.py: a date counted from is no event's date there
either).

Aid told with "also" in a sentence of its own is one more aid, as a pledge told so is one more pledge
(_merge.py `ANOTHER_AID`): a delivery, then "a training team also trained 35 sailors" are two.  Before, the
training of the same pair merged into the delivery.  And "over the past six weeks" is no background in
English (packs/en markers.background keeps "over the past * years", "over the past years"): the training of
those weeks was a background event without a date.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-12"

CASES = [
    case("nl-the-exercise-runs-until", "nl", DAY,
         "Ongeveer 300 Nederlandse militairen oefenen sinds maandag 9 november samen met Litouwse eenheden "
         "op het oefenterrein bij Pabradė. De oefening duurt tot eind december.",
         [ev("exercise", ["LTU", "NLD"], date="2026-11")]),
    case("de-die-uebung-dauert-bis", "de", DAY,
         "Soldaten der Bundeswehr üben seit Montag gemeinsam mit litauischen Einheiten auf dem "
         "Truppenübungsplatz Pabradė. Die Übung dauert bis Mitte Dezember.",
         [ev("exercise", ["DEU", "LTU"], date="2026-11")]),
    case("en-two-exercises-naming-their-states", "en", DAY,
         "In October, the navies of Indonesia and Australia held a maritime exercise off Darwin. "
         "On Monday, November 9, Indonesia and Australia started their first joint army exercise "
         "in East Java.",
         [ev("exercise", ["AUS", "IDN"], date="2026-10"),
          ev("exercise", ["AUS", "IDN"], date="2026-11")]),
    case("de-exercise-word-inside-a-split-verb", "de", DAY,
         "Soldaten der Bundeswehr sind am Montag in die Gebirgsübung „Alpine Shield“ in Slowenien gestartet. "
         "Neben den deutschen Soldaten nehmen Kräfte aus Slowenien, Kroatien und Ungarn an der Übung teil.",
         [ev("exercise", ["DEU", "HRV", "HUN", "SVN"], date="2026-11")]),
    case("en-a-state-also-takes-part", "en", DAY,
         "Troops from Thailand and the United States began the Hanuman Guardian exercise in Lopburi on "
         "Monday. Japan also takes part in the drills with 150 soldiers.",
         [ev("exercise", ["JPN", "THA", "USA"], date="2026-11")]),
    case("es-tambien-participa", "es", DAY,
         "Buques de las armadas de Chile, Perú y Ecuador iniciaron el lunes frente a Valparaíso el ejercicio "
         "naval multinacional 'Pacífico Sur'. Colombia también participa en las maniobras con una fragata.",
         [ev("exercise", ["CHL", "COL", "ECU", "PER"], date="2026-11")]),
    case("en-capital-as-subject", "en", DAY,
         "Canberra pledged on Tuesday to donate four patrol boats to the Solomon Islands navy.",
         [ev("intent", ["AUS", "SLB"], date="2026-11-10")]),
    case("fr-capitale-sujet", "fr", DAY,
         "Paris s'est engagé mardi à financer un centre d'entraînement militaire au Bénin.",
         [ev("intent", ["BEN", "FRA"], date="2026-11-10")]),
    case("en-capital-hosting-others-stays-the-venue", "en", DAY,
         "Canberra hosted talks on Tuesday between the defence ministers of Fiji and Tonga.",
         [ev("meeting", ["FJI", "TON"], date="2026-11-10")]),
    case("en-delivery-then-what-it-will-be-used-for", "en", DAY,
         "Japan handed over two patrol boats to the Sri Lanka Navy on Tuesday, which will be used to guard "
         "the northern fishing grounds.",
         [ev("aid", ["JPN", "LKA"], date="2026-11-10")]),
    case("en-delivery-still-to-come-is-a-pledge", "en", DAY,
         "Japan will donate two patrol boats to the Sri Lanka Navy, the Japanese defence ministry said on "
         "Tuesday.",
         [ev("intent", ["JPN", "LKA"])]),
    case("en-talks-his-first-trip-since-taking-office", "en", "2027-01-20",
         "Defence Minister Richard Marles hosted Indonesian Defence Minister Sjafrie Sjamsoeddin for talks "
         "in Canberra, his first trip abroad since taking office in October.",
         [ev("meeting", ["AUS", "IDN"])]),
    case("en-since-taking-office-is-no-date-of-the-talks", "en", DAY,
         "Defence Minister Richard Marles hosted Indonesian Defence Minister Sjafrie Sjamsoeddin for talks "
         "in Canberra, his first trip abroad since taking office in October.",
         [ev("meeting", ["AUS", "IDN"], date=None)]),
    case("en-a-delivery-and-training-also-given-are-two-aids", "en", DAY,
         "Japan handed over two patrol boats to the Sri Lanka Navy in Colombo on Tuesday. Over the past six "
         "weeks, a Japanese Coast Guard team also trained 40 Sri Lankan sailors in boat maintenance.",
         [ev("aid", ["JPN", "LKA"], date="2026-11-10"), ev("aid", ["JPN", "LKA"], historical=False)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
