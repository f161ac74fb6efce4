"""The extract stage on short Czech, Slovak, Slovenian and Hungarian articles (invented officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports, in the
style of test_events.py: every expected event must be found (same type and country set) with
the fields the case states, and no other event may be predicted.  Fields a case leaves out are
not checked; `historical` is always checked (default false); `persons` lists names (folded as
score.py folds them) that must be among the event's persons.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Czech --------------------------------------------------------------------------------
    case("cs-meeting-visit", "cs", "2024-10-18",
         "Ministr obrany Petr Dvořák ve středu přijal v Praze svého polského protějška "
         "Tomasze Nowaka. Oba ministři "
         "jednali o společném výcviku a o spolupráci obranného průmyslu.",
         [ev("meeting", ["CZE", "POL"], date="2024-10-16", location="CZE", mode="visit", actor=["POL"],
             recipient=["CZE"], persons=["Petr Dvořák", "Tomasze Nowaka"])]),
    case("cs-agreement-memorandum", "cs", "2024-03-13",
         "Česko a Slovensko v pondělí v Bratislavě podepsaly memorandum o porozumění v oblasti vojenského "
         "zdravotnictví.",
         [ev("agreement", ["CZE", "SVK"], date="2024-03-11", location="SVK", doc_type="memorandum")]),
    case("cs-exercise", "cs", "2024-06-17",
         "Vojáci Armády České republiky a rakouské armády společně cvičili od 3. do 14. "
         "června 2024 ve vojenském "
         "újezdu Boletice. Cvičení se zúčastnilo přes 800 vojáků.",
         [ev("exercise", ["AUT", "CZE"], date="2024-06")]),
    case("cs-aid", "cs", "2024-02-09",
         "Česká republika předala Ukrajině další dodávku dělostřelecké munice, uvedlo ministerstvo obrany.",
         [ev("aid", ["CZE", "UKR"])]),
    case("cs-meeting-phone-and-intent", "cs", "2024-11-08",
         "Ministr obrany Tomáš Svoboda ve čtvrtek telefonicky hovořil se svým litevským protějškem Jonasem "
         "Petrauskasem. Oba ministři se dohodli, že příští rok uspořádají společné cvičení.",
         [ev("meeting", ["CZE", "LTU"], date="2024-11-07", mode="phone", location=None,
             persons=["Tomáš Svoboda", "Jonasem Petrauskasem"]),
          ev("intent", ["CZE", "LTU"])]),
    case("cs-agreement-background", "cs", "2024-05-02",
         "Ministr obrany Tomáš Svoboda ve středu v Praze jednal se slovinskou ministryní obrany Majou Zupan. "
         "Obě země podepsaly dohodu o spolupráci v oblasti obrany již v roce 2019.",
         [ev("meeting", ["CZE", "SVN"], date="2024-05-01", location="CZE", mode="visit", actor=["SVN"],
             recipient=["CZE"]),
          ev("agreement", ["CZE", "SVN"], date="2019", historical=True, doc_type="agreement")]),
    case("cs-meeting-sidelines", "cs", "2024-06-14",
         "Na okraj zasedání ministrů obrany NATO v Bruselu se ministr obrany Tomáš Svoboda ve "
         "čtvrtek setkal se svým "
         "kanadským protějškem Billem Blairem.",
         [ev("meeting", ["CAN", "CZE"], date="2024-06-13", location="BEL", mode="multilateral",
             persons=["Tomáš Svoboda", "Billem Blairem"])]),
    case("cs-training-given-is-aid", "cs", "2025-03-10",
         "Čeští instruktoři cvičí ukrajinské vojáky na vojenském cvičišti v Polsku.",
         [ev("aid", ["CZE", "UKR"])]),
    case("cs-meet", "cs", "2025-12-11",
         "Ministr obrany Jan Novák se ve středu v Praze setkal se slovenským ministrem obrany Petrem "
         "Kováčem.",
         [ev("meeting", ["CZE", "SVK"], date="2025-12-10", location="CZE")]),
    case("cs-sign", "cs", "2025-12-11",
         "Česko a Polsko podepsaly v úterý ve Varšavě memorandum o spolupráci v oblasti obrany.",
         [ev("agreement", ["CZE", "POL"], date="2025-12-09", doc_type="memorandum")]),
    case("cs-aid-2", "cs", "2025-12-11",
         "Česká republika předala Ukrajině další dodávku dělostřelecké munice.",
         [ev("aid", ["CZE", "UKR"])]),
    case("cs-exercise-2", "cs", "2025-12-11",
         "Čeští a němečtí vojáci se minulý týden zúčastnili společného cvičení v Bavorsku.",
         [ev("exercise", ["CZE", "DEU"])]),
    case("cs-pledge", "cs", "2025-12-11",
         "Ministr obrany Jan Novák uvedl, že Česko bude pokračovat v podpoře ukrajinské armády.",
         [ev("intent", ["CZE", "UKR"])]),
    # --- Slovak -------------------------------------------------------------------------------
    case("sk-meeting-phone", "sk", "2024-05-10",
         "Minister obrany Slovenskej republiky Juraj Kováč telefonoval vo štvrtok so svojím "
         "maďarským náprotivkom "
         "Lászlóm Szabóom. Hovorili o spoločnom výcviku a ochrane vzdušného priestoru.",
         [ev("meeting", ["HUN", "SVK"], date="2024-05-09", mode="phone", persons=["Juraj Kováč"])]),
    case("sk-agreement", "sk", "2024-09-12",
         "Slovensko a Poľsko podpísali v utorok vo Varšave dohodu o spolupráci v oblasti obranného "
         "priemyslu.",
         [ev("agreement", ["POL", "SVK"], date="2024-09-10", location="POL", doc_type="agreement")]),
    case("sk-exercise", "sk", "2024-05-20",
         "Vo vojenskom obvode Lešť sa od 6. do 17. mája 2024 konalo spoločné cvičenie "
         "slovenských a amerických "
         "vojakov.",
         [ev("exercise", ["SVK", "USA"], date="2024-05")]),
    case("sk-visit-abroad", "sk", "2024-06-14",
         "Minister obrany SR Juraj Kováč sa vo štvrtok počas pracovnej návštevy Rumunska "
         "stretol v Bukurešti s "
         "rumunským ministrom národnej obrany Ionom Popescom. Ministri rokovali o spolupráci v oblasti "
         "protivzdušnej obrany.",
         [ev("meeting", ["ROU", "SVK"], date="2024-06-13", location="ROU", mode="visit", actor=["SVK"],
             recipient=["ROU"], persons=["Juraj Kováč", "Ionom Popescom"])]),
    case("sk-visit-signing-intent", "sk", "2025-03-05",
         "Minister obrany SR Peter Hudák prijal v utorok na pôde Ministerstva obrany SR "
         "ministra obrany Maďarskej "
         "republiky Gábora Tótha. Ministri podpísali memorandum o porozumení o spoločnom "
         "výcviku pilotov. Ministri "
         "sa zároveň dohodli, že ozbrojené sily oboch krajín zorganizujú v budúcom roku spoločné cvičenie.",
         [ev("meeting", ["HUN", "SVK"], date="2025-03-04", location="SVK", mode="visit", actor=["HUN"],
             recipient=["SVK"], persons=["Peter Hudák", "Gábora Tótha"]),
          ev("agreement", ["HUN", "SVK"], doc_type="memorandum"),
          ev("intent", ["HUN", "SVK"])]),
    case("sk-aid-helicopters", "sk", "2024-06-14",
         "Slovensko odovzdalo Ukrajine ďalšie dva vrtuľníky, informovalo vo štvrtok ministerstvo obrany.",
         [ev("aid", ["SVK", "UKR"])]),
    # --- Slovenian ----------------------------------------------------------------------------
    case("sl-meeting-visit", "sl", "2024-09-27",
         "Ministrica za obrambo Ana Kranjc je v sredo v Ljubljani sprejela hrvaškega "
         "ministra za obrambo Ivana "
         "Horvata. Ministra sta se pogovarjala o skupnem usposabljanju in sodelovanju obrambne industrije.",
         [ev("meeting", ["HRV", "SVN"], date="2024-09-25", location="SVN", mode="visit", actor=["HRV"],
             recipient=["SVN"], persons=["Ana Kranjc", "Ivana Horvata"])]),
    case("sl-agreement", "sl", "2024-02-16",
         "Slovenija in Avstrija sta v četrtek na Dunaju podpisali sporazum o sodelovanju na področju "
         "obrambe.",
         [ev("agreement", ["AUT", "SVN"], date="2024-02-15", location="AUT", doc_type="agreement")]),
    case("sl-exercise", "sl", "2024-10-21",
         "Na osrednjem vadišču Slovenske vojske je od 7. do 18. oktobra 2024 potekala "
         "skupna vaja slovenskih in "
         "italijanskih vojakov.",
         [ev("exercise", ["ITA", "SVN"], date="2024-10")]),
    case("sl-aid", "sl", "2024-03-08",
         "Slovenija je Ukrajini predala nov paket vojaške pomoči, ki vključuje strelivo in zaščitno opremo.",
         [ev("aid", ["SVN", "UKR"])]),
    case("sl-meeting-phone", "sl", "2024-12-06",
         "Minister za obrambo Marko Zupančič je v četrtek opravil telefonski pogovor z nemškim ministrom za "
         "obrambo Klausom Weberjem. Ministra sta se pogovarjala o nakupu oklepnih vozil.",
         [ev("meeting", ["DEU", "SVN"], date="2024-12-05", mode="phone", location=None,
             persons=["Marko Zupančič", "Klausom Weberjem"])]),
    case("sl-domestic-budget-no-event", "sl", "2025-02-14",
         "Vlada je danes sprejela predlog proračuna ministrstva za obrambo za prihodnje "
         "leto. Minister za obrambo "
         "Peter Zorko je dejal, da vojska potrebuje nova oklepna vozila.", []),
    case("sl-visit-letter-of-intent", "sl", "2025-03-05",
         "Ministrica za obrambo Ana Kranjc je danes na ministrstvu za obrambo sprejela "
         "nemškega ministra za obrambo "
         "Klausa Webra, ki je v Sloveniji na uradnem obisku. Po pogovorih sta ministra "
         "podpisala pismo o nameri o "
         "sodelovanju pri nabavi oklepnih vozil. Dogovorila sta se tudi, da bosta vojski "
         "prihodnje leto izvedli "
         "skupno vajo.",
         [ev("meeting", ["DEU", "SVN"], date="2025-03-05", location="SVN", mode="visit", actor=["DEU"],
             recipient=["SVN"], persons=["Ana Kranjc", "Klausa Webra"]),
          ev("agreement", ["DEU", "SVN"], doc_type="letter_of_intent"),
          ev("intent", ["DEU", "SVN"])]),
    case("sl-meeting-sidelines", "sl", "2024-06-14",
         "Ob robu zasedanja obrambnih ministrov Nata v Bruslju se je minister za obrambo "
         "Marko Zupan v četrtek "
         "sestal z italijanskim kolegom Guidom Rossijem.",
         [ev("meeting", ["ITA", "SVN"], date="2024-06-13", location="BEL", mode="multilateral",
             persons=["Marko Zupan", "Guidom Rossijem"])]),
    # --- Hungarian ----------------------------------------------------------------------------
    case("hu-meeting-visit", "hu", "2024-04-18",
         "Kedden Budapesten fogadta szlovák hivatali partnerét, Juraj Novákot a honvédelmi miniszter. A két "
         "miniszter a védelmi együttműködés bővítéséről tárgyalt.",
         [ev("meeting", ["HUN", "SVK"], date="2024-04-16", location="HUN", mode="visit", actor=["SVK"],
             recipient=["HUN"])]),
    case("hu-agreement", "hu", "2024-11-15",
         "Magyarország és Szerbia védelmi miniszterei szerdán Belgrádban együttműködési "
         "megállapodást írtak alá a "
         "katonai oktatás területén.",
         [ev("agreement", ["HUN", "SRB"], date="2024-11-13", location="SRB", doc_type="agreement")]),
    case("hu-exercise", "hu", "2024-06-03",
         "Magyar és horvát katonák közös gyakorlatot tartottak Horvátországban, a hadgyakorlaton mintegy 600 "
         "katona vett részt.",
         [ev("exercise", ["HRV", "HUN"])]),
    case("hu-aid", "hu", "2024-10-05",
         "Magyarország tíz katonai terepjárót adományozott a montenegrói hadseregnek, az átadási ünnepséget "
         "pénteken tartották Podgoricában.",
         [ev("aid", ["HUN", "MNE"], location="MNE")]),
    case("hu-meeting-phone", "hu", "2024-03-22",
         "Kovács Péter honvédelmi miniszter szerdán telefonon tárgyalt Mikko Virtanen finn "
         "védelmi miniszterrel a "
         "két ország védelmi együttműködéséről.",
         [ev("meeting", ["FIN", "HUN"], date="2024-03-20", mode="phone", location=None,
             persons=["Kovács Péter", "Mikko Virtanen"])]),
    case("hu-support", "hu", "2024-07-05",
         "A magyar honvédelmi miniszter Belgrádban tárgyalt szerb kollégájával, Nikola Jovanovićtyal. "
         "Magyarország továbbra is támogatja Szerbia EU-csatlakozását, hangsúlyozta a miniszter.",
         [ev("meeting", ["HUN", "SRB"], location="SRB", mode="visit", actor=["HUN"], recipient=["SRB"]),
          ev("support", ["HUN", "SRB"])]),
    case("hu-meeting-sidelines", "hu", "2024-06-14",
         "A NATO-csúcs margóján csütörtökön Kovács Péter honvédelmi miniszter kétoldalú "
         "megbeszélést folytatott "
         "Guido Rossi olasz védelmi miniszterrel Brüsszelben.",
         [ev("meeting", ["HUN", "ITA"], date="2024-06-13", location="BEL", mode="multilateral",
             persons=["Kovács Péter", "Guido Rossi"])]),
    case("hu-meet", "hu", "2025-12-11",
         "Szabó Péter honvédelmi miniszter kedden Budapesten tárgyalt lengyel kollégájával.",
         [ev("meeting", ["HUN", "POL"], date="2025-12-09", location="HUN")]),
    case("hu-sign", "hu", "2025-12-11",
         "Magyarország és Szerbia védelmi együttműködési tervet írt alá Belgrádban.",
         [ev("agreement", ["HUN", "SRB"], doc_type="plan")]),
    case("cs-wire-dateline-without-comma", "cs", "2025-03-05",
         "Praha 4. března (ČTK) - Ministr obrany Petr Novotný přijal dnes svého maďarského protějška Gábora "
         "Kisse.",
         [ev("meeting", ["CZE", "HUN"], date="2025-03-04")]),  # "dnes" is the dateline's day
    case("hu-locative-suffix-location", "hu", "2024-06-03",
         "Magyar és horvát katonák közös gyakorlatot tartottak Horvátországban.",
         [ev("exercise", ["HRV", "HUN"], location="HRV")]),
    case("hu-year-first-date-span", "hu", "2025-05-16",
         "Az amerikai és a magyar különleges erők 2025. április 28. és május 9. között közös "
         "gyakorlatot tartottak.",
         [ev("exercise", ["HUN", "USA"], date="2025-04")]),  # a span across two months: its first month
    case("cs-spaced-numeric-date", "cs", "2025-03-10",
         "Ministr obrany Petr Novák se 4. 3. 2025 v Praze setkal s rakouskou ministryní "
         "obrany Klaudií Tannerovou.",
         [ev("meeting", ["AUT", "CZE"], date="2025-03-04", location="CZE")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
