"""An official named without a state on a government's own site is that government's (session 16, lead).

Ministries and state agencies write of their own minister or chief of staff without naming their state
("The Defence Secretary met ...", "Le Ministre d'État, Ministre de la Défense a reçu ...", "استقبل رئيس هيئة
الأركان المشتركة ..."), as a pack's `own_country` says for a language of one state.  For languages of many
states the address tells it: a government domain of a country ("www.gov.uk", "petra.gov.jo",
"www.defense.gouv.ci", "mod.go.jp", "www.defensa.gob.es", "function.mil.ru") or the United States' own
top-level domains (.gov, .mil).  A newspaper's address tells nothing (a paper of one country reports on
others), so the same text on a paper's site gives no event.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.countries import alpha2_to_alpha3
from milwatch.extract.engine import Extractor
from milwatch.extract.interviews import government_site_state
from support.cases import check_case, ev

EN_RELEASE = ("The Defence Secretary met Finnish Defence Minister Antti Häkkänen in Helsinki on Wednesday. "
              "The two ministers signed a memorandum of understanding on Arctic training.")
FR_RELEASE = ("Le Ministre d'État, Ministre de la Défense a reçu vendredi en audience l'Ambassadeur des "
              "États-Unis d'Amérique. Les échanges ont porté sur la coopération militaire entre les deux "
              "pays.")

CASES = [
    pytest.param("en", "2026-05-21", EN_RELEASE, "https://www.gov.uk/government/news/visit-to-finland",
                 [ev("meeting", ["FIN", "GBR"], date="2026-05-20"),
                  ev("agreement", ["FIN", "GBR"], doc_type="memorandum")], id="en-gov-uk"),
    pytest.param("fr", "2026-03-14", FR_RELEASE, "https://www.defense.gouv.ci/actualite/audience",
                 [ev("meeting", ["CIV", "USA"], date="2026-03-13")], id="fr-gouv-ci"),
    pytest.param("fr", "2026-03-14", FR_RELEASE, "https://www.lemonde.fr/afrique/article/audience",
                 [], id="fr-newspaper-tells-nothing"),
]


@pytest.mark.parametrize(("lang", "published", "text", "source_url", "expected"), CASES)
def test_government_site_case(extractor: Extractor, lang: str, published: str, text: str, source_url: str,
                              expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, None, text, expected, source_url=source_url)


@pytest.mark.parametrize(("url", "state"), [
    ("https://www.gov.uk/government/news/x", "GBR"),
    ("https://petra.gov.jo/Include/InnerPage.jsp?ID=1", "JOR"),
    ("https://www.defense.gouv.fr/actualites/x", "FRA"),
    ("https://www.mod.go.jp/j/press/x", "JPN"),
    ("https://www.defensa.gob.es/gabinete/x", "ESP"),
    ("https://function.mil.ru/news_page/x", "RUS"),
    ("https://www.defense.gov/News/Releases/x", "USA"),
    ("https://www.army.mil/article/x", "USA"),
    ("https://www.lemonde.fr/international/x", None),  # a paper
    ("https://tass.ru/armiya-i-opk/x", None),
    ("https://www.bbc.co.uk/news/x", None),
    ("https://gov.example.com/x", None),  # no country's domain
    ("not a url", None),
    (None, None),
])
def test_government_site_state(url: str | None, state: str | None) -> None:
    assert government_site_state(url, alpha2_to_alpha3()) == state
