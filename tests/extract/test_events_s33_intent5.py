"""The extract stage on short articles in seven languages written for these tests (none of these sentences
is in tests/data/heldout/intent5.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of cooperation still to come, the subject
of the intent5 set:
- it a visit announced for next week or a month, no day set, is a plan (an intent), not the meeting ("si
  recherà in Polonia la prossima settimana", "si recherà in Egitto a ottobre"); a signing by a deadline is a
  plan ("firmeranno entro la fine del 2027 un accordo");
- tr deliveries still to come ("teslim edeceği açıklandı", "teslimatlarının 2028 yılında başlayacağını
  söyledi") are pledges;
- uk "очікується в Києві в понеділок" is the coming Monday (a visit announced for its day: the meeting of
  that day); a guess of what a state could do ("може також розглянути передачу") tells no event;
- en a courtesy call still to come with no day ("He is expected to call on the army chief") is no meeting
  held;
- pl what talks still to come are to be about ("Głównym tematem rozmów w Tokio ma być …") and talks in a
  condition ("Jeżeli rozmowy zakończą się sukcesem, …") are no talks held;
- fr a headline "… annonce la formation de 200 militaires sénégalais" is training still to be given, the
  pledge the article tells, no training given.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- it: a visit announced for next week or a month, a signing by a deadline: plans
    case("it-si-rechera-la-prossima-settimana-is-an-intent", "it", DAY,
         "Il ministro della Difesa italiano si recherà in Polonia la prossima settimana per incontrare "
         "il suo omologo.",
         [ev("intent", ["ITA", "POL"])]),
    case("it-si-rechera-a-mese-is-an-intent", "it", DAY,
         "Il capo di Stato maggiore della Difesa italiano si recherà in Egitto a ottobre.",
         [ev("intent", ["EGY", "ITA"])]),
    case("it-firmeranno-entro-is-an-intent", "it", DAY,
         "Italia e Spagna firmeranno entro la fine del 2027 un accordo sulla formazione dei piloti militari.",
         [ev("intent", ["ESP", "ITA"])]),
    # ---- tr: deliveries still to come are pledges
    case("tr-teslim-edecegi-is-an-intent", "tr", DAY,
         "Türkiye'nin Mısır'a T129 helikopterlerini 2027 yılında teslim edeceği açıklandı.",
         [ev("intent", ["EGY", "TUR"])]),
    case("tr-teslimatlarinin-baslayacagini-is-an-intent", "tr", DAY,
         "Milli Savunma Bakanı Ahmet Demir, Katar Savunma Bakanı ile salı günü Ankara'da görüştü. Görüşmede "
         "Bakan Demir, Katar'a HÜRJET eğitim uçaklarının teslimatlarının 2028 yılında başlayacağını söyledi.",
         [ev("meeting", ["QAT", "TUR"], date="2026-09-15", location="TUR", mode="visit"),
          ev("intent", ["QAT", "TUR"], date="2026-09-15")]),
    # ---- uk: "is expected on Monday" is the coming Monday; a guess is no event
    case("uk-ochikuyetsya-v-ponedilok-is-the-coming-monday", "uk", "2026-09-19",
         "Міністр оборони Литви очікується в Києві в понеділок, де проведе переговори з українським колегою.",
         [ev("meeting", ["LTU", "UKR"], date="2026-09-21", location="UKR", mode="visit")]),
    case("uk-mozhe-rozglyanuty-peredachu-is-no-event", "uk", DAY,
         "Латвія може також розглянути передачу Україні додаткових бронемашин.",
         []),
    # ---- en: a courtesy call still to come, no day set, is no meeting held
    case("en-expected-to-call-on-is-no-meeting", "en", DAY,
         "The Kenyan army chief will travel to India next week. He is expected to call on the Indian Army "
         "chief.",
         [ev("intent", ["IND", "KEN"])]),
    # ---- pl: talks still to come or in a condition are no talks held
    case("pl-tematem-rozmow-ma-byc-is-no-meeting", "pl", DAY,
         "Szef MON w przyszłym tygodniu uda się z wizytą do Japonii. Głównym tematem rozmów w Tokio ma być "
         "budowa zakładu amunicji w Polsce.",
         [ev("intent", ["JPN", "POL"])]),
    case("pl-jezeli-rozmowy-is-no-meeting", "pl", DAY,
         "Jeżeli rozmowy zakończą się sukcesem, Polska mogłaby w przyszłości kupić od Japonii także okręty.",
         []),
    # ---- fr: a headline announcing training is the pledge, no training given
    case("fr-annonce-la-formation-is-an-intent", "fr", DAY,
         "À Dakar, Martin annonce la formation de 200 militaires sénégalais\n\nEn visite à Dakar jeudi, la "
         "ministre des Armées, Claire Martin, s'est entretenue avec son homologue sénégalais. La France "
         "formera l'an prochain 200 militaires sénégalais au déminage, a annoncé la ministre.",
         [ev("meeting", ["FRA", "SEN"], date="2026-09-10", location="SEN", mode="visit"),
          ev("intent", ["FRA", "SEN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
