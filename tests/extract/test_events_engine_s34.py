"""Lead's cases of session 34: each an invented short article.

A package ("a new package", "the latest tranche of") that a delivery verb before it handed over, delivered or
donated, on a day the sentence names, is a delivery (`aid`), not a pledge (extract/rules_aid.py
`package_handed_over`); a package announced, still to come, or in a headline with no day stays an `intent`.
The next package still to come, told right after such a delivery with the giver alone named ("Estonia will
send the next package early next year", "Наступний пакет … передасть …"), is a pledge of that pair
(`more_of_the_aid`; "next package" words in the en, uk and ru packs).

A name goes on through a lowercase prefix hyphened to its next word ("Thabit al-Abbasi", "Abdel Fattah
el-Sisi", "Ahmed ash-Sharaa"): the `_base` titles list `name_prefixes` (extract/_person_scan.py), where the
name stopped before it.

A series told with its states ("India and France have held the exercise every year since 2001", "halten seit
2015 jährlich … ab") is no edition of the year a since word counts from: a `markers.recurring` word makes that
year counted from (extract/since_dates.py `since_dates`), as it already was in a sentence naming no state.
The "held" of "held talks" is no exercise held by the states of that sentence (rules_exercise
`_troops_before`): a stateless exercise sentence after talks is not theirs.

An official named right after an international organisation ("Генеральним секретарем НАТО Марком Рютте",
"Taliyaha … Midowga Afrika ee AUSSOM, Jeneraal Sam Okiding") is the organisation's: the pack's own state is
not given to him (extract/engine.py, parties.organisation_official), so the organisation is the partner.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("en-a-package-handed-over-on-a-day-is-aid", "en", "2026-12-03",
         "Estonia handed over a new package of military aid to Ukraine on Tuesday, the defence ministry "
         "said. Estonia will send the next package early next year.",
         [ev("aid", ["EST", "UKR"], date="2026-12-01"), ev("intent", ["EST", "UKR"])]),
    case("en-a-tranche-delivered-on-a-day-is-aid", "en", "2026-12-03",
         "Norway delivered the latest tranche of air defence missiles to Ukraine on Monday.",
         [ev("aid", ["NOR", "UKR"], date="2026-11-30")]),
    case("uk-a-package-handed-over-on-a-day-is-aid", "uk", "2026-12-03",
         "Латвія у вівторок передала Україні новий пакет військової допомоги.",
         [ev("aid", ["LVA", "UKR"], date="2026-12-01")]),
    case("uk-the-next-package-after-a-delivery-is-a-pledge", "uk", "2026-12-03",
         "Естонія у вівторок передала Україні черговий пакет військової допомоги. Наступний пакет Естонія "
         "передасть навесні 2027 року, повідомили в міністерстві оборони.",
         [ev("aid", ["EST", "UKR"], date="2026-12-01"), ev("intent", ["EST", "UKR"])]),
    case("ru-the-next-package-after-a-delivery-is-a-pledge", "ru", "2026-12-03",
         "Эстония во вторник передала Украине очередной пакет военной помощи. Следующий пакет Эстония "
         "передаст весной 2027 года, сообщили в министерстве обороны.",
         [ev("aid", ["EST", "UKR"], date="2026-12-01"), ev("intent", ["EST", "UKR"])]),
    case("en-a-name-goes-on-through-al-", "en", "2026-12-03",
         "Libyan Chief of Staff Lt. Gen. Mohammed al-Haddad met Egyptian Defense Minister Abdel Meguid Saqr "
         "in Cairo on Tuesday.",
         [ev("meeting", ["EGY", "LBY"], date="2026-12-01", persons=["Mohammed al-Haddad"])]),
    case("fr-a-name-goes-on-through-el-", "fr", "2026-12-03",
         "Le chef d'état-major tunisien, le général Mohamed el-Ghoul, a reçu mardi à Tunis son homologue "
         "algérien Saïd Chanegriha.",
         [ev("meeting", ["DZA", "TUN"], date="2026-12-01", persons=["Mohamed el-Ghoul", "Saïd Chanegriha"])]),
    case("en-a-series-every-year-since-is-no-edition", "en", "2026-12-01",
         "French Armed Forces Minister Catherine Vautrin held talks with Defence Minister Rajnath Singh in "
         "New Delhi on Monday. India and France have held the Shakti army exercise almost every year since "
         "2011.",
         [ev("meeting", ["FRA", "IND"], date="2026-11-30", location="IND")]),
    case("de-a-series-jaehrlich-seit-is-no-edition", "de", "2026-12-01",
         "Verteidigungsminister Boris Pistorius empfing am Montag in Berlin seinen litauischen Amtskollegen. "
         "Deutschland und Litauen halten seit 2017 jährlich die Übung Iron Wolf ab.",
         [ev("meeting", ["DEU", "LTU"], date="2026-11-30", location="DEU")]),
    case("en-held-talks-are-no-troops-of-a-stateless-exercise", "en", "2026-12-01",
         "Philippine Defense Secretary Gilberto Teodoro held talks with his Japanese counterpart in Manila "
         "on Monday. The Kamandag exercise has been held every year since 2017.",
         [ev("meeting", ["JPN", "PHL"], date="2026-11-30", location="PHL")]),
    case("en-the-edition-of-the-series-is-read", "en", "2026-12-01",
         "Indian and French troops began the Shakti army exercise in Rajasthan on Monday. India and France "
         "have held the exercise every year since 2011.",
         [ev("exercise", ["FRA", "IND"], location="IND")]),
    case("uk-a-call-with-natos-secretary-general", "uk", "2026-12-07",
         "Міністр оборони України Денис Шмигаль у неділю провів телефонну розмову з Генеральним секретарем "
         "НАТО Марком Рютте.",
         [ev("meeting", ["UKR", "nato"], date="2026-12-06", mode="phone")]),
    case("so-a-reception-of-the-au-force-commander", "so", "2026-11-24",
         "Taliyaha Ciidamada Xoogga Dalka Soomaaliyeed ayaa Isniintii xafiiskiisa ku qaabilay Taliyaha "
         "ciidamada Midowga Afrika, Jeneraal Sam Okiding.",
         [ev("meeting", ["SOM", "au"])]),
    case("en-a-package-announced-is-a-pledge", "en", "2026-12-03",
         "Germany announced a new package of military aid for Ukraine on Monday.",
         [ev("intent", ["DEU", "UKR"])]),
    case("en-a-package-to-come-is-a-pledge", "en", "2026-12-03",
         "Belgium will hand over a new package of military aid to Ukraine on Friday.",
         [ev("intent", ["BEL", "UKR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
