"""Lead's cases of session 33: each an invented short article.

A bare title ("the Defence Secretary", "глава военного ведомства"), or no subject at all ("كما التقى سموه …"),
that meets, calls or receives a titled official of a state the article has not been about is the article's own
official: the talks are a meeting
of the article's lead state with that third state (extract/parties.py `_met_by_lead_official`), where a lone
third state is otherwise no party ("to counter China's influence").  Not a foreign minister's talks.

A sentence opening with "also" ("Vereinbart wurde auch, …", "Zudem wurde vereinbart, …") two or three
sentences after the talks goes on telling them, as one opening with "They" does (extract/rules.py
`_continues_focus`).

A state's capital after an opening adverbial and its comma ("Par ailleurs, Paris livrera au Togo …",
"Meanwhile, Washington will deliver …") stands for its government, as one opening the sentence does
(extract/capitals.py `capital_as_subject`); not a capital hosting the talks of others.

An exercise planned that names one state joining ("Next year the exercise will for the first time also include
Estonian engineers") is an intent of the exercise just told and that state (extract/rules.py `_intent`); a
plan with its time, not a hope "in future".

An international organisation named as the subject of a delivery to one state ("The European Union delivered
military equipment … to Moldova") is the giver: an aid of the state and the organisation in lowercase
(extract/parties.py `organisation_giver`, GUIDELINES' countries row).

A wire's dateline day is the day the report was filed: where the sentence it opens names another day ("on
Nov. 20", "on the 20th"), that day is the event's (extract/_date_kinds.py `wire_dateline`), as it was for a
weekday or a relative day; not a report's day ("27일 밝혔다"), before which a day in local time is no
dateline.

"off Greenland", "au large de Taïwan", "al largo di Cipro", "frente a Taiwán": the coast named is where the
exercise is, not a party (pack place prepositions of en, fr, it, es).
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-the-secretary-calls-a-third-state", "en", "2026-12-03",
         "Defence Secretary John Healey welcomed his Norwegian counterpart Tore Sandvik to London on "
         "Wednesday. The British and Norwegian ministers discussed Arctic security and the frigate "
         "programme. Norway bought British frigates in 2025.\n"
         "Earlier on Wednesday, the Defence Secretary spoke by phone with Ukrainian Defence Minister "
         "Denys Shmyhal about air defence.",
         [ev("meeting", ["GBR", "NOR"], date="2026-12-02", location="GBR"),
          ev("meeting", ["GBR", "UKR"], date="2026-12-02")]),
    case("ru-the-head-of-the-ministry-meets-a-third-state", "ru", "2026-12-03",
         "Министр обороны России Андрей Белоусов в среду в Алма-Ате провел переговоры с министром обороны "
         "Казахстана Даурен Косановым. Россия и Казахстан договорились провести совместное учение. "
         "В 2025 году Косанов посетил Россию.\n"
         "Также глава военного ведомства встретился с министром обороны Киргизии Русланом Мукамбетовым.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-12-02"), ev("intent", ["KAZ", "RUS"]),
          ev("meeting", ["KGZ", "RUS"], date="2026-12-02")]),
    case("id-the-minister-also-meets-a-third-state", "id", "2026-11-01",
         "Menteri Pertahanan Sjafrie Sjamsoeddin bertemu Menteri Pertahanan Jepang Shinjiro Koizumi di "
         "Jakarta pada Jumat. Indonesia dan Jepang sepakat memperkuat kerja sama maritim. Jepang "
         "menghibahkan kapal patroli kepada Indonesia pada 2024.\n"
         "Menhan juga bertemu Menteri Pertahanan Malaysia Khaled Nordin.",
         [ev("meeting", ["IDN", "JPN"], date="2026-10-30"), ev("intent", ["IDN", "JPN"]),
          ev("aid", ["IDN", "JPN"], date="2024", historical=True),
          ev("meeting", ["IDN", "MYS"], date="2026-10-30")]),
    case("ar-he-also-met-a-third-state", "ar", "2026-11-06",
         "التقى وزير الدفاع السعودي الأمير خالد بن سلمان اليوم في الرياض وزير الدفاع الكويتي الشيخ "
         "عبدالله علي السالم. وبحث الجانبان سبل تعزيز التعاون العسكري بين السعودية والكويت. "
         "وكانت السعودية والكويت قد وقعتا اتفاقية للتعاون الدفاعي عام 2020.\n"
         "كما التقى سموه وزير الدولة لشؤون الدفاع القطري الدكتور خالد العطية.",
         [ev("meeting", ["KWT", "SAU"], date="2026-11-06"),
          ev("agreement", ["KWT", "SAU"], date="2020", historical=True),
          ev("meeting", ["QAT", "SAU"], date="2026-11-06")]),
    case("en-the-foreign-secretary-talks-are-no-defense-talks", "en", "2026-12-03",
         "Defence Secretary John Healey welcomed his Norwegian counterpart Tore Sandvik to London on "
         "Wednesday. The British and Norwegian ministers discussed Arctic security and the frigate "
         "programme. Norway bought British frigates in 2025.\n"
         "Separately, the Foreign Secretary met her Polish counterpart Radosław Sikorski in London.",
         [ev("meeting", ["GBR", "NOR"], date="2026-12-02", location="GBR")]),
    case("en-a-third-state-as-topic-is-no-party", "en", "2026-12-03",
         "Defence Secretary John Healey welcomed his Norwegian counterpart Tore Sandvik to London on "
         "Wednesday. The British and Norwegian ministers discussed Arctic security. Norway bought British "
         "frigates in 2025.\n"
         "Earlier, the Defence Secretary warned that Russian submarines were more active than ever.",
         [ev("meeting", ["GBR", "NOR"], date="2026-12-02", location="GBR")]),
    case("fr-a-capital-after-an-opening-adverbial-is-its-government", "fr", "2026-12-03",
         "La France et le Bénin ont signé mardi un accord de défense. Le texte prévoit une coopération "
         "navale. Par ailleurs, Paris livrera au Togo deux patrouilleurs en 2027.",
         [ev("agreement", ["BEN", "FRA"], date="2026-12-01"), ev("intent", ["FRA", "TGO"])]),
    case("en-a-capital-hosting-talks-after-an-adverbial-is-the-venue", "en", "2026-12-03",
         "On Monday, Canberra hosted talks between the defence ministers of Japan and the Philippines.",
         [ev("meeting", ["JPN", "PHL"], date="2026-11-30", location="AUS")]),
    case("en-a-wire-dateline-day-gives-way-to-the-day-told", "en", "2026-11-21",
         "SEOUL, Nov. 21 (Yonhap) -- South Korean Defense Minister Ahn Gyu-back met with Polish Defense "
         "Minister Wladyslaw Kosiniak-Kamysz on Nov. 20 in Seoul to discuss arms exports.",
         [ev("meeting", ["KOR", "POL"], date="2026-11-20", location="KOR")]),
    case("ko-a-day-in-local-time-before-the-report-day-is-no-dateline", "ko", "2026-11-28",
         "방위사업청장은 26일(현지시간) 인도네시아 자카르타에서 인도네시아 국방부 차관과 공동개발 분담금 "
         "조정을 위한 합의서에 서명했다고 방사청이 27일 밝혔다.",
         [ev("agreement", ["IDN", "KOR"], date="2026-11-26")]),
    case("en-a-state-joining-the-next-exercise", "en", "2026-12-03",
         "Lithuanian and Latvian engineers held the joint exercise Iron Bridge 2026 near Daugavpils this "
         "week. Next year the exercise will for the first time also include Estonian engineers.",
         [ev("exercise", ["LTU", "LVA"]), ev("intent", ["EST", "LTU", "LVA"])]),
    case("en-a-state-hoped-to-join-some-day-is-no-plan", "en", "2026-12-03",
         "Lithuanian and Latvian engineers held the joint exercise Iron Bridge 2026 near Daugavpils this "
         "week. The command hopes that in future Estonian engineers will also join the exercise.",
         [ev("exercise", ["LTU", "LVA"])]),
    case("en-the-eu-delivers-to-a-state", "en", "2026-12-03",
         "The European Union delivered military equipment worth 40 million euros to Moldova on Tuesday "
         "under the European Peace Facility.",
         [ev("aid", ["MDA", "eu"], date="2026-12-01")]),
    case("de-the-eu-hands-over-to-a-state", "de", "2026-12-03",
         "Die EU hat der Republik Moldau am Dienstag militärische Ausrüstung im Wert von 40 Millionen Euro "
         "übergeben.",
         [ev("aid", ["MDA", "eu"], date="2026-12-01")]),
    case("de-also-opening-goes-on-telling-the-talks", "de", "2026-10-24",
         "Deutschland und Großbritannien haben am Mittwoch in London ein Verteidigungsabkommen "
         "unterzeichnet. Die Minister Pistorius und Healey sprachen von einem historischen Schritt. "
         "Beide betonten die Bedeutung der Nato.\n"
         "Vereinbart wurde auch, deutsche Seefernaufklärer in Schottland zu stationieren.",
         [ev("agreement", ["DEU", "GBR"], date="2026-10-21"), ev("intent", ["DEU", "GBR"])]),
    case("en-an-exercise-off-a-coast", "en", "2026-06-10",
         "Danish Defence Minister Troels Lund Poulsen met Icelandic Foreign Minister Thorgerdur "
         "Gunnarsdottir in Reykjavik on Tuesday. "
         "They also agreed to hold a joint exercise off Greenland next year.",
         [ev("meeting", ["DNK", "ISL"], date="2026-06-09"), ev("intent", ["DNK", "ISL"])]),
    case("fr-an-exercise-au-large-de", "fr", "2026-12-03",
         "La ministre des Armées a reçu mardi à Paris son homologue grec Nikos Dendias. Les deux ministres "
         "ont également convenu d'organiser l'an prochain un exercice naval conjoint au large de Chypre.",
         [ev("meeting", ["FRA", "GRC"], date="2026-12-01", location="FRA"), ev("intent", ["FRA", "GRC"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
