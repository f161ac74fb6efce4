"""The extract stage on short articles in six languages written for these tests (none of these sentences is
in tests/data/heldout/statements2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the statements, interviews and press
conferences of the statements2 set: talks denied or not commented on (en "there were no talks with",
"declined to comment on procurement talks"), whose money pays for a delivery (en "funded from the proceeds of
frozen Russian assets": no party), one state's pledge to go on cooperating (ru "продолжит … сотрудничество")
and officers to be trained abroad (ru "пройдут обучение в …"), support by the supporter's state name with
"full" (ar "دعم الأردن الكامل لوحدة العراق"), a purchase a state counts on making (fr "compte commander …
à la France") and deliveries that go on (de "liefern weiterhin": a pledge, no delivery).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- en: talks denied are no talks held
    case("en-no-talks-with-is-no-meeting", "en", DAY,
         "A spokeswoman for the Indonesian defence ministry said there were no talks with France on new "
         "submarines.",
         []),
    # ---- en: talks a minister declines to comment on are no talks held; a purchase that could be made is
    # none
    case("en-declined-to-comment-on-talks-is-no-meeting", "en", DAY,
         "Analysts believe Jakarta could buy more Rafale jets from France, but Sjafrie Sjamsoeddin "
         "declined to comment on procurement talks.",
         []),
    # ---- en: the state whose frozen assets pay for a delivery is no party to the pledge
    case("en-frozen-russian-assets-is-no-party", "en", DAY,
         "Estonian Defence Minister Hanno Pevkur hosted his Latvian counterpart in Tallinn on Tuesday.\n\n"
         "After the talks, the minister said Estonia will provide Ukraine with more drones this winter, "
         "funded from the proceeds of frozen Russian assets.",
         [ev("meeting", ["EST", "LVA"], date="2026-09-15", mode="visit"), ev("intent", ["EST", "UKR"])]),
    # ---- ru: one state will go on cooperating with another: a pledge
    case("ru-prodolzhit-sotrudnichestvo-is-intent", "ru", DAY,
         "Россия продолжит военно-техническое сотрудничество с Вьетнамом, заявил заместитель министра.",
         [ev("intent", ["RUS", "VNM"])]),
    # ---- ru: officers to be trained in another state next year: a plan
    case("ru-proydut-obuchenie-is-intent", "ru", DAY,
         "Казахстанские офицеры пройдут обучение в Турции в следующем году.",
         [ev("intent", ["KAZ", "TUR"])]),
    # ---- ar: the supporter by its state's name, "full support for the unity of"
    case("ar-dam-x-al-kamil-li-wahdat-is-support", "ar", DAY,
         "وأكد وزير الدفاع الأردني دعم الأردن الكامل لوحدة العراق وسيادته على كامل أراضيه.",
         [ev("support", ["IRQ", "JOR"])]),
    # ---- fr: a state counts on ordering from another: a plan
    case("fr-compte-commander-is-intent", "fr", DAY,
         "La Croatie compte commander deux frégates à la France.",
         [ev("intent", ["FRA", "HRV"])]),
    # ---- de: deliveries that go on ("liefern weiterhin"): a pledge, no delivery made that day
    case("de-liefern-weiterhin-is-intent", "de", DAY,
         "Die Niederlande liefern weiterhin Munition an die Ukraine.",
         [ev("intent", ["NLD", "UKR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
