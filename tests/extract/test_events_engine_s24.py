"""Lead's cases of session 24: each an invented short article.

A host named by his title or an honorific alone, before his host verb, with every state of the sentence
after it (the guests), is of the state of the wire's dateline (parties.py `_dateline_host`,
countries:dateline-host):
"Abu Dhabi, 18 February (WAM) -- The Minister of State for Defence Affairs received the Italian Minister of
Defence and the Croatian Minister of Defence" gave ITA-HRV, the guests among themselves; now ARE-ITA and
ARE-HRV.  The subject of a bilateral series ("كلٌّ على حدة") stands before the host's verb, when the verb comes
first: the first guest was taken for the host.  A dateline may open the second or third line, under a headline
and web furniture (analysis.py `_dateline_state`); the venue of the lead story is still only a first
sentence's dateline (a home capital over a report from abroad is where it was filed, not where it happened).

A host verb whose sentence names one guest state and one place of another state, no forum, no background
marker and no official of a third state, is the host at home (parties.py `_host_venue`,
countries:host-at-venue): "Le ministre des Armées a reçu mardi son homologue lituanien à Paris" after a
sentence on Ukraine gave LTU-UKR (the guest and the article's other main state); now FRA-LTU.  A guest
received at a forum's venue abroad is no such host.

A state body's contract that names no state but the pack's own, no place of a state, no official, no "both
sides" and no talks or visit is a procurement at home, also without a company word (_companies.py
`procurement_at_home`): "W środę Agencja Uzbrojenia podpisała z Hutą Stalowa Wola umowę" after talks of
Poland and Germany gave a DEU-POL agreement, completed with the article's other state.  A contract named
with the buyer's capital ("il governo di Doha … con Fincantieri") or signed during the visit stays.

A pack's own state gives way to the state of the site's country-code domain when the language is one of
that state's (CLDR official languages, via babel; interviews.py `site_home_state`): an untitled minister in
Romanian on "ipn.md" is Moldova's, in Swahili on "nation.co.ke" Kenya's, where the ro pack's own Romania and
the sw pack's own Tanzania stood.  Tried for every pack (the site's state also where a pack has none:
"lesoir.be" in French): seven sets up, seven down; kept for packs with an own state only.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-02-18"

CASES = [
    case("ar-gulf-host-by-title-two-guests-separately", "ar", DAY,
         "أبوظبي في 18 فبراير / وام / استقبل معالي وزير دولة لشؤون الدفاع اليوم كلاً من وزير الدفاع "
         "الإيطالي ووزير الدفاع الكرواتي، كلٌّ على حدة، وبحث معهما علاقات التعاون العسكري.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("en-wire-host-by-title-two-guests", "en", DAY,
         "Abu Dhabi, 18 February (WAM) -- The Minister of State for Defence Affairs today received the "
         "Italian Minister of Defence and the Croatian Minister of Defence, separately, and discussed "
         "military cooperation.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("ar-dateline-under-headline-one-guest", "ar", DAY,
         "وزير الدفاع يستقبل رئيس أركان الجيش الباكستاني\nالرياض 18 فبراير (واس) - استقبل صاحب السمو "
         "الملكي وزير الدفاع في مكتبه اليوم رئيس أركان الجيش الباكستاني، وجرى خلال الاستقبال بحث "
         "مجالات التعاون العسكري بين البلدين.",
         [ev("meeting", ["PAK", "SAU"], date=DAY)]),
    case("ar-headline-over-dateline-two-guests", "ar", DAY,
         "وزير دولة لشؤون الدفاع يستقبل وزيري الدفاع الإيطالي والكرواتي\nأبوظبي في 18 فبراير / وام / "
         "استقبل معالي وزير دولة لشؤون الدفاع اليوم كلاً من وزير الدفاع الإيطالي ووزير الدفاع الكرواتي، "
         "كلٌّ على حدة.",
         [ev("meeting", ["ARE", "ITA"], date=DAY), ev("meeting", ["ARE", "HRV"], date=DAY)]),
    case("fr-host-at-the-venue-not-the-article-s-other-state", "fr", DAY,
         "L'Ukraine recevra de nouveaux canons Caesar, a annoncé lundi le ministère. Le ministre des Armées "
         "a reçu mardi son homologue lituanien à Paris.",
         [ev("meeting", ["FRA", "LTU"], date="2026-02-17", location="FRA")]),
    case("en-host-at-the-venue-not-the-article-s-other-state", "en", DAY,
         "Ukraine's Defence Minister Denys Shmyhal visited arms plants near Kyiv on Monday. The Defence "
         "Secretary received his Estonian counterpart in London on Tuesday.",
         [ev("meeting", ["EST", "GBR"], date="2026-02-17")]),
    case("en-host-at-a-forum-abroad-is-no-venue-host", "en", DAY,
         "Ukraine's Defence Minister Denys Shmyhal visited arms plants near Kyiv on Monday. On the "
         "sidelines of the NATO defence ministers' meeting in Brussels on Tuesday, the minister received "
         "his Lithuanian counterpart.",
         [ev("meeting", ["LTU", "UKR"], date="2026-02-17")]),
    case("pl-state-body-contract-with-a-home-company", "pl", DAY,
         "Minister obrony narodowej Władysław Kosiniak-Kamysz spotkał się we wtorek w Warszawie z "
         "niemieckim ministrem obrony Borisem Pistoriusem. W środę Agencja Uzbrojenia podpisała z Hutą "
         "Stalowa Wola umowę na dostawę 96 armatohaubic Krab.",
         [ev("meeting", ["DEU", "POL"], date="2026-02-17")]),
    case("en-ministry-contract-with-a-company-named-alone", "en", DAY,
         "Defence Secretary John Healey met his Norwegian counterpart Tore O. Sandvik in London on Tuesday. "
         "On Wednesday the Ministry of Defence signed a contract with Babcock for five more frigates.",
         [ev("meeting", ["GBR", "NOR"], date="2026-02-17")]),
    case("it-contract-of-a-capital-s-government-stays", "it", DAY,
         "Il ministro della Difesa Guido Crosetto ha incontrato martedì a Roma l'omologo qatariota. Il "
         "governo di Doha aveva firmato con Fincantieri un contratto per sette unità navali.",
         [ev("meeting", ["ITA", "QAT"], date="2026-02-17"),
          ev("agreement", ["ITA", "QAT"], historical=True)]),
    case("en-contract-signed-during-the-visit-stays", "en", DAY,
         "Armenian Defence Minister Suren Papikyan held talks with French Armed Forces Minister Catherine "
         "Vautrin in Paris on Tuesday. During the visit, a contract was signed between the two defence "
         "ministries for air defence radars.",
         [ev("meeting", ["ARM", "FRA"], date="2026-02-17"), ev("agreement", ["ARM", "FRA"])]),
    case("en-host-with-state-named-stays", "en", DAY,
         "Abu Dhabi, 18 February (WAM) -- Kuwait's Minister of Defence today received the Italian Minister "
         "of Defence on the sidelines of the exhibition.",
         [ev("meeting", ["ITA", "KWT"], date=DAY)]),
]

SITE_CASES = [
    pytest.param("ro", "https://www.ipn.md/ro/stire/123",
                 "Ministrul Apărării a avut marți o convorbire telefonică cu omologul său român, Ionuț "
                 "Moșteanu, despre cooperarea militară.", ["MDA", "ROU"], id="ro-on-a-moldovan-site"),
    pytest.param("sw", "https://taifaleo.nation.co.ke/habari/123",
                 "Waziri wa Ulinzi amekutana Jumanne mjini Nairobi na mwenzake wa Uganda kujadili "
                 "ushirikiano wa kijeshi.", ["KEN", "UGA"], id="sw-on-a-kenyan-site"),
    pytest.param("sw", "https://www.mwananchi.co.tz/habari/123",
                 "Waziri wa Ulinzi amekutana Jumanne mjini Dodoma na mwenzake wa Uganda kujadili ushirikiano "
                 "wa kijeshi.", ["TZA", "UGA"], id="sw-on-a-tanzanian-site-stays"),
]


@pytest.mark.parametrize(("lang", "url", "text", "states"), SITE_CASES)
def test_own_state_of_the_site(extractor: Extractor, lang: str, url: str, text: str,
                               states: list[str]) -> None:
    check_case(extractor, lang, "2026-11-19", None, text, [ev("meeting", states, date="2026-11-17")],
               source_url=url)


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
