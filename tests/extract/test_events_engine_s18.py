"""Lead's cases of session 18: each an invented short article.

A pledge told right after the talks of a pair ("The two ministers agreed to step up joint patrols to track
Russian submarines") continues those talks though it names the state the pledge is against (rules.py
`_continues_focus` leaves out `bystanders.target_states`).  Before, the third state named after the target
word broke the continuation, and with one state left in the sentence the pledge had no parties: it was lost.
A sentence naming a third state as a party of its own ("agreed to train Ukrainian pilots") is unchanged.

Support that the talks discussed ("where the pair discussed continued support for Ukraine") is a field of the
talks, no support event (GUIDELINES: fields discussed are no events unless signed, pledged, held or delivered;
rules.py `_discussed_topic`, a support phrase at most a few characters after "discussed").  Before, it made a
support event of the pair.  Support reaffirmed after the discussion ("discussed the war and reaffirmed their
support for the territorial integrity of Ukraine") stays an event.

A passive hosting verb ("was received by", "fue recibida por", "foi recebida pelo": pack markers
`received_by`) makes the official named after it the host and the subject the guest (event_places.py
`_received_by`).  Before, the subject's state was taken as the host, the active verb's reading.

A day written with 日 after its number, then "、" and a word opening on 中 or 米
("１４日、中距離ミサイル") is no run of state abbreviations (countries.py `_abbreviation_runs`: not after a
number).  Before, it named Japan and China, and China took Japan's place in the call of the next sentence.
"日米韓の防衛相" still names all three.

A Turkish month with "ayında" ("Ekim ayında", in the month of October) is a date: tr `months_in` forms, and a
form of two words counts however it is capitalised (_dates_scan.py; one word, "Maja", still must be lower
case).  Before, the capitalised month needed a prefix word, and the exercise took the publication month.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

TALKS = ("Defence Secretary John Healey welcomed Norwegian Defence Minister Tore Sandvik to London on "
         "Thursday. ")

CASES = [
    case("en-pledge-after-talks-against-a-third-state", "en", "2026-11-20",
         TALKS + "The two ministers agreed to step up joint patrols to track Russian submarines in the North "
         "Atlantic.",
         [ev("meeting", ["GBR", "NOR"]), ev("intent", ["GBR", "NOR"])]),
    case("en-pledge-after-talks-to-counter-a-third-state", "en", "2026-11-20",
         TALKS + "They agreed to deepen cooperation to counter Russia's shadow fleet.",
         [ev("meeting", ["GBR", "NOR"]), ev("intent", ["GBR", "NOR"])]),
    case("en-support-discussed-is-no-event", "en", "2026-11-20",
         "Defence Secretary John Healey hosted Norwegian Defence Minister Tore Sandvik in London on "
         "Thursday, where the pair discussed continued support for Ukraine and security in the High North.",
         [ev("meeting", ["GBR", "NOR"])]),
    case("en-support-reaffirmed-after-the-discussion-stays", "en", "2026-11-20",
         TALKS + "The ministers discussed the war and reaffirmed their support for the sovereignty and "
         "territorial integrity of Ukraine.",
         [ev("meeting", ["GBR", "NOR"]), ev("support", ["GBR", "NOR", "UKR"])]),
    case("ja-day-before-a-word-on-naka-is-no-abbreviation-run", "ja", "2026-11-15",
         "防衛省は１４日、中距離ミサイルの配備計画を発表した。小泉防衛相は同日、米国のヘグセス国防長官と電話会談した。",
         [ev("meeting", ["JPN", "USA"])]),
    case("ja-abbreviation-run-still-names-three-states", "ja", "2026-11-15",
         "日米韓の防衛相は１４日、東京で会談した。",
         [ev("meeting", ["JPN", "KOR", "USA"])]),
    case("tr-month-with-ayinda-dates-the-exercise", "tr", "2026-12-01",
         "Türkiye ve Azerbaycan silahlı kuvvetleri Mart ayında ortak askeri tatbikat düzenledi.",
         [ev("exercise", ["AZE", "TUR"], date="2026-03", historical=True)]),
    case("tr-month-with-ayinda-dates-the-meeting", "tr", "2026-12-01",
         "Bakan Yaşar Güler ile Azerbaycan Savunma Bakanı Zakir Hasanov Ekim ayında Ankara'da bir araya "
         "gelmişti.",
         [ev("meeting", ["AZE", "TUR"], date="2026-10", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str, title: str | None, text: str,
                    expected: list) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "French Armed Forces Minister Catherine Vautrin was received by Brazilian Defence Minister José "
           "Múcio on Thursday."),
    ("es", "La ministra francesa de las Fuerzas Armadas, Catherine Vautrin, que realiza una visita oficial "
           "al país, fue recibida por el ministro de Defensa brasileño, José Múcio."),
    ("pt", "A ministra francesa das Forças Armadas, Catherine Vautrin, foi recebida pelo ministro da Defesa "
           "brasileiro, José Múcio."),
])
def test_the_official_after_a_passive_hosting_verb_is_the_host(extractor: Extractor, lang: str,
                                                              text: str) -> None:
    """"was received by", "fue recibida por" (markers `received_by`): the guest is the subject, the host is
    named after the verb.  Before, the subject's state was taken as the host (the active verb's reading)."""
    article = Article(id="p", text=text, lang=lang, lang_hint=lang, published="2026-03-12")
    meetings = [e for e in extractor.extract(article).events if e.type == "meeting"]
    assert [(m.countries, m.location, m.actor, m.recipient) for m in meetings] == [
        (["BRA", "FRA"], "BRA", ["FRA"], ["BRA"])]
