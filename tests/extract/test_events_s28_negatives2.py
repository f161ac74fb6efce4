"""The extract stage on short articles in four languages written for these tests (none of these sentences is
in tests/data/heldout/negatives2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the near-miss articles of the negatives2 set:
a Chinese portal's menu row with its "军事" (military) channel, which makes no article military (zh), interior
and justice ministers signing on police cooperation, no defense establishment (en, fr), and a civil
directorate general ("Dirección General de …"), whose "general" is no officer's rank (es), and a foreign
minister's talks beside a military item (zh "外交部长王毅在北京会见…外长"). Each article has another
sentence that would make it military, so the signing or the talks are read unless the pattern holds.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, cleaning_test, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- zh: a foreign minister's talks are no defense talks, also beside a naval exercise of the two states
    case("zh-foreign-minister-meets-is-no-defense-meeting", "zh", DAY,
         "9月15日，中国和新西兰海军在奥克兰附近海域举行海上联合演习。同日，外交部长王毅在北京会见新西兰副总理兼外长"
         "彼得斯，双方就经贸合作交换意见。",
         [ev("exercise", ["CHN", "NZL"], date="2026-09-15")]),
    case("zh-foreign-ministers-hold-talks-is-no-defense-meeting", "zh", DAY,
         "9月15日，中国和新西兰海军在奥克兰附近海域举行海上联合演习。同日，外交部长王毅在北京同新西兰外长彼得斯举行会谈，"
         "双方就经贸合作交换意见。",
         [ev("exercise", ["CHN", "NZL"], date="2026-09-15")]),
    # ---- en: interior and justice ministers signing on police cooperation are no defense establishment
    case("en-interior-ministers-police-cooperation-no-defense", "en", DAY,
         "Ireland's justice minister and the Dutch interior minister signed an agreement on police "
         "cooperation in Dublin on Tuesday. The Defence Forces have no role in the scheme.",
         []),
    case("en-home-secretary-signs-no-defense", "en", DAY,
         "The home secretary and her Belgian counterpart signed a memorandum on returns in London on "
         "Tuesday. The armed forces have no role in the scheme, officials said.",
         []),
    # ---- fr: ministers of the interior signing on police cooperation
    case("fr-ministres-de-l-interieur-no-defense", "fr", DAY,
         "Les ministres de l'Intérieur belge et luxembourgeois ont signé mardi à Luxembourg un accord sur la "
         "coopération policière transfrontalière. Les militaires de l'opération Vigilant Guardian ne sont "
         "pas concernés.",
         []),
    # ---- es: a civil directorate general is no general
    case("es-direccion-general-is-no-general", "es", DAY,
         "España y Portugal han firmado este martes en Lisboa un memorando de entendimiento para crear un "
         "centro conjunto de control aduanero, en el que trabajarán funcionarios de la Agencia Tributaria y "
         "de la Dirección General de Aduanas portuguesa.",
         []),
]


# ---- zh: a portal's menu row with its military channel (军事) is furniture, dropped by the clean stage
# before the extract stage reads the article (two foreign ministers' trade talks stay no military article)
PAGES = [
    ("zh-menu-row-with-military-channel-is-dropped", "zh",
     "环球网\n首页 | 国内 | 国际 | 军事 | 财经 | 科技 | 体育\n\n中新两国外长举行会谈\n\n"
     "9月15日，外交部长在北京同新西兰外长举行会谈。双方就扩大乳制品和农产品贸易交换了意见。\n",
     ["9月15日，外交部长在北京同新西兰外长举行会谈。"], ["军事"]),
    ("zh-menu-row-fullwidth-bars-is-dropped", "zh",
     "首页｜时政｜军事｜国际｜财经\n\n9月15日，两国外长在北京举行会谈，双方就扩大经贸合作交换了意见。\n",
     ["9月15日，两国外长在北京举行会谈"], ["军事"]),
]

test_page_furniture_is_dropped = cleaning_test(PAGES)


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
