"""South Slavic packs (bg, sr, hr, bs, mk) end to end on short invented articles.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports (invented
officials, dates resolved against `published`).  A case passes when every expected event is found
(same type and country set) with the fields the case states, and no other event is predicted.
Helpers are copied from tests/extract/test_events.py.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Bulgarian ----------------------------------------------------------------------------
    case("bg-meeting-visit", "bg", "2024-10-10",
         "Министърът на отбраната Георги Стоянов прие във вторник в София своя румънски колега Андрей Попа. "
         "Двамата министри обсъдиха сътрудничеството в Черно море и подготовката на военнослужещи.",
         [ev("meeting", ["BGR", "ROU"], date="2024-10-08", location="BGR", mode="visit", actor=["ROU"],
             # bg Streamlined System: й is y
             recipient=["BGR"], persons=["Георги Стоянов", "Андрей Попа"])]),
    case("bg-meeting-phone", "bg", "2025-03-06",
         "Министърът на отбраната Георги Стоянов проведе вчера телефонен разговор с "
         "министъра на отбраната на "
         "Полша Марек Ковалски. Двамата обсъдиха съвместните учения на НАТО.",
         [ev("meeting", ["BGR", "POL"], date="2025-03-05", mode="phone",
             persons=["Георги Стоянов", "Марек Ковалски"])]),
    case("bg-agreement-memorandum", "bg", "2024-06-14",
         "България и Гърция подписаха в петък в Атина меморандум за разбирателство в "
         "областта на отбранителната "
         "индустрия.",
         [ev("agreement", ["BGR", "GRC"], date="2024-06-14", location="GRC", doc_type="memorandum")]),
    case("bg-exercise", "bg", "2024-05-22",
         "В понеделник на полигона край Шабла започна съвместно учение на български и румънски "
         "военнослужещи. В учението "
         "участват над 800 военнослужещи от двете армии.",
         [ev("exercise", ["BGR", "ROU"], date="2024-05")]),
    case("bg-irrelevant-domestic", "bg", "2024-05-22",
         "Министърът на отбраната Георги Стоянов присъства на тактическо учение на "
         "Сухопътните войски край Ямбол. "
         "В учението участваха 600 военнослужещи.", []),
    case("bg-irrelevant-combat", "bg", "2024-05-22",
         "Руски дронове атакуваха украинския град Одеса през нощта, загинаха трима "
         "цивилни, съобщи украинската "
         "армия.", []),
    case("bg-historical-agreement", "bg", "2024-10-17",
         "Министърът на отбраната Георги Стоянов посрещна днес в София министъра на "
         "отбраната на Гърция Никос "
         "Папас. През 2018 г. двете страни подписаха споразумение за сътрудничество в областта на отбраната.",
         [ev("meeting", ["BGR", "GRC"], date="2024-10-17", location="BGR", mode="visit"),
          ev("agreement", ["BGR", "GRC"], date="2018", historical=True, doc_type="agreement")]),
    case("bg-historical-agreement-full-year-word", "bg", "2024-10-17",
         "Министърът на отбраната Георги Стоянов посрещна днес в София министъра на "
         "отбраната на Гърция Никос "
         "Папас. През 2018 година двете страни подписаха споразумение за сътрудничество в "
         "областта на отбраната.",
         [ev("meeting", ["BGR", "GRC"], date="2024-10-17", location="BGR", mode="visit"),
          ev("agreement", ["BGR", "GRC"], date="2018", historical=True, doc_type="agreement")]),
    case("bg-exercise-demining", "bg", "2025-04-10",
         "България и Турция проведоха вчера съвместно учение по разминиране в Черно море.",
         [ev("exercise", ["BGR", "TUR"], date="2025-04-09")]),
    case("bg-meet", "bg", "2025-12-11",
         "Министърът на отбраната Иван Петров се срещна вчера в София с министъра на отбраната на Гърция "
         "Никос Папас.",
         [ev("meeting", ["BGR", "GRC"], date="2025-12-10", location="BGR")]),
    case("bg-sign-plan", "bg", "2025-12-11",
         "Началниците на отбраната на България и Румъния подписаха във вторник в Букурещ плана за "
         "двустранно военно сътрудничество за 2026 г.",
         [ev("agreement", ["BGR", "ROU"], date="2025-12-09", doc_type="plan")]),
    case("bg-exercise-2", "bg", "2025-12-11",
         "На полигона Ново село се проведе съвместно учение на български и американски военнослужещи.",
         [ev("exercise", ["BGR", "USA"])]),
    case("bg-loi", "bg", "2025-12-11",
         "България и Хърватия подписаха писмо за намерения за сътрудничество в областта на отбраната.",
         [ev("agreement", ["BGR", "HRV"], doc_type="letter_of_intent")]),
    case("bg-passive-visit", "bg", "2025-12-11",
         "Министърът на отбраната на Сърбия Марко Петрович бе приет вчера в Министерството на отбраната в "
         "София от министъра Иван Петров.",
         [ev("meeting", ["BGR", "SRB"], date="2025-12-10", mode="visit")]),
    case("bg-pledge", "bg", "2025-12-11",
         "Министърът на отбраната Иван Петров заяви, че България ще продължи да подкрепя въоръжените сили "
         "на Украйна.",
         [ev("intent", ["BGR", "UKR"])]),
    case("bg-phone-aid-as-topic", "bg", "2025-12-11",
         "Министърът на отбраната Иван Петров проведе телефонен разговор с украинския си "
         "колега, с когото обсъдиха "
         "военната помощ.",
         [ev("meeting", ["BGR", "UKR"], mode="phone")]),  # aid as the topic of a call is no delivery
    # --- Serbian (Latin and Cyrillic) ---------------------------------------------------------
    case("sr-meeting-visit", "sr", "2024-11-15",
         "Ministar odbrane Dragan Jovanović sastao se u četvrtak u Beogradu sa ministrom "
         "odbrane Grčke Nikosom "
         "Papadopulosom, koji boravi u zvaničnoj poseti Srbiji. Ministri su razgovarali o saradnji u oblasti "
         "vojnog obrazovanja.",
         [ev("meeting", ["GRC", "SRB"], date="2024-11-14", location="SRB", mode="visit",
             persons=["Dragan Jovanovic"])]),
    case("sr-agreement-cyrillic", "sr", "2025-02-20",
         "Министар одбране Србије Драган Јовановић и министар одбране Египта Ахмед "
         "Фарук потписали су данас у "
         "Београду споразум о сарадњи у области одбране.",
         [ev("agreement", ["EGY", "SRB"], date="2025-02-20", location="SRB", doc_type="agreement")]),
    case("sr-aid", "sr", "2024-09-12",
         "Vojska Srbije donirala je juče Oružanim snagama Crne Gore dva helikoptera i opremu za obuku, na "
         "svečanosti u Podgorici.",
         [ev("aid", ["MNE", "SRB"], date="2024-09-11", location="MNE")]),
    case("sr-meeting-cyrillic-chief-of-staff", "sr", "2024-03-08",
         "Начелник Генералштаба Војске Србије генерал Милан Петровић састао се јуче у "
         "Београду са командантом "
         "Копнене војске Италије генерал-потпуковником Марком Росијем.",
         [ev("meeting", ["ITA", "SRB"], date="2024-03-07", location="SRB", mode="visit",
             persons=["Милан Петровић"])]),
    case("sr-historical-agreement", "sr", "2024-10-17",
         "Ministar odbrane Dragan Jovanović sastao se danas u Beogradu sa ministrom odbrane Kipra Andreasom "
         "Georgiuom. Podsetimo, Srbija i Kipar potpisali su Sporazum o saradnji u oblasti "
         "odbrane 2014. godine.",
         [ev("meeting", ["CYP", "SRB"], date="2024-10-17", location="SRB", mode="visit"),
          ev("agreement", ["CYP", "SRB"], date="2014", historical=True, doc_type="agreement")]),
    case("sr-meeting-attack-as-topic", "sr", "2025-05-20",
         "Ministar odbrane Srbije sastao se danas u Beogradu sa ministrom odbrane "
         "Mađarske i razgovarali su o "
         "ruskom napadu na Ukrajinu i bezbednosti u regionu.",
         [ev("meeting", ["HUN", "SRB"], date="2025-05-20", location="SRB")]),
    case("sr-irrelevant-combat", "sr", "2025-05-20",
         "Ruske snage napale su juče Kijev dronovima, pri čemu je poginulo pet civila, "
         "saopštila je ukrajinska "
         "vojska.", []),
    case("sr-irrelevant-civil", "sr", "2024-09-12",
         "Ministar spoljnih poslova Srbije sastao se danas sa ministrom spoljnih poslova "
         "Mađarske i razgovarali "
         "su o trgovini i investicijama.", []),
    case("sr-meet", "sr", "2025-12-11",
         "Министар одбране Марко Петровић састао се јуче у Београду са министром одбране Мађарске.",
         [ev("meeting", ["HUN", "SRB"], date="2025-12-10", location="SRB")]),
    case("sr-lat-exercise", "sr", "2025-12-11",
         "Pripadnici Vojske Srbije i Oružanih snaga Belorusije izveli su zajedničku vežbu na poligonu "
         "Pasuljanske livade.",
         [ev("exercise", ["BLR", "SRB"])]),
    case("sr-pledge-fut", "sr", "2025-12-11",
         "Министар одбране Марко Петровић изјавио је да ће Србија и Мађарска наставити сарадњу у области "
         "одбране.",
         [ev("intent", ["HUN", "SRB"])]),
    case("sr-exercise-odvija", "sr", "2025-12-11",
         "Na poligonu Pasuljanske livade odvija se zajednička obuka Vojske Srbije i Oružanih snaga Grčke.",
         [ev("exercise", ["GRC", "SRB"])]),
    # --- Croatian -----------------------------------------------------------------------------
    case("hr-meeting-visit", "hr", "2024-04-19",
         "Ministar obrane Tomislav Horvat primio je u srijedu u Zagrebu slovenskog ministra obrane Janeza "
         "Novaka. Razgovarali su o suradnji dviju vojski i zajedničkoj obuci pripadnika.",
         [ev("meeting", ["HRV", "SVN"], date="2024-04-17", location="HRV", mode="visit", actor=["SVN"],
             recipient=["HRV"], persons=["Tomislav Horvat"])]),
    case("hr-agreement-letter-of-intent", "hr", "2025-03-21",
         "Hrvatska i Francuska potpisale su 19. ožujka 2025. u Parizu pismo namjere o suradnji u području "
         "obrambene industrije.",
         [ev("agreement", ["FRA", "HRV"], date="2025-03-19", location="FRA", doc_type="letter_of_intent")]),
    case("hr-exercise", "hr", "2024-06-07",
         "Pripadnici Hrvatske vojske i američke vojske započeli su u ponedjeljak "
         "zajedničku vježbu na poligonu "
         "Slunj, u kojoj sudjeluje više od 1500 vojnika.",
         [ev("exercise", ["HRV", "USA"], date="2024-06")]),
    case("hr-irrelevant-domestic-drill", "hr", "2024-03-08",
         "Hrvatska vojska održala je u petak na poligonu Eugen Kvaternik vježbu bojnog "
         "gađanja uz sudjelovanje "
         "400 vojnika.", []),
    case("hr-meet", "hr", "2025-12-11",
         "Ministar obrane Ivan Horvat sastao se u utorak u Zagrebu sa slovenskim ministrom obrane Markom "
         "Novakom.",
         [ev("meeting", ["HRV", "SVN"], date="2025-12-09", location="HRV")]),
    case("hr-sign", "hr", "2025-12-11",
         "Hrvatska i Albanija potpisale su sporazum o suradnji u području obrane.",
         [ev("agreement", ["ALB", "HRV"], doc_type="agreement")]),
    case("hr-pledge-fut", "hr", "2025-12-11",
         "Ministar obrane Ivan Horvat poručio je da će Hrvatska i dalje pružati vojnu potporu Ukrajini.",
         [ev("intent", ["HRV", "UKR"])]),
    # --- Bosnian ------------------------------------------------------------------------------
    case("bs-meeting-courtesy", "bs", "2024-02-08",
         "Ministar odbrane Bosne i Hercegovine Adnan Hodžić primio je u utorak u Sarajevu ambasadora Turske "
         "Mehmeta Yilmaza. Razgovarali su o vojnoj saradnji i obuci pripadnika Oružanih snaga BiH.",
         [ev("meeting", ["BIH", "TUR"], date="2024-02-06", location="BIH", persons=["Adnan Hodzic"])]),
    case("bs-aid", "bs", "2024-12-05",
         "Vlada Njemačke donirala je Oružanim snagama Bosne i Hercegovine opremu za "
         "razminiranje, a primopredaja "
         "je održana danas u kasarni u Sarajevu.",
         [ev("aid", ["BIH", "DEU"], date="2024-12-05", location="BIH")]),
    case("bs-agreement-memorandum", "bs", "2024-03-14",
         "U Sarajevu je u utorak potpisan Memorandum o razumijevanju između Ministarstva odbrane BiH i "
         "Ministarstva odbrane Slovenije o saradnji u oblasti obuke.",
         [ev("agreement", ["BIH", "SVN"], date="2024-03-12", location="BIH", doc_type="memorandum")]),
    case("bs-intent-future-donation", "bs", "2025-04-10",
         "Turska će Oružanim snagama BiH donirati opremu vrijednu pet miliona eura, "
         "potvrdio je turski ambasador.",
         [ev("intent", ["BIH", "TUR"])]),
    # --- Macedonian ---------------------------------------------------------------------------
    case("mk-meeting-visit", "mk", "2024-10-03",
         "Министерот за одбрана Марко Стојановски во средата во Скопје го пречека албанскиот министер за "
         "одбрана Ардит Хоџа. Двајцата министри разговараа за соработката во рамките на НАТО.",
         [ev("meeting", ["ALB", "MKD"], date="2024-10-02", location="MKD", mode="visit", actor=["ALB"],
             recipient=["MKD"], persons=["Марко Стојановски"])]),
    case("mk-agreement-plan", "mk", "2025-01-24",
         "Македонија и Србија денеска во Белград потпишаа план за билатерална воена соработка за 2025 "
         "година.",
         [ev("agreement", ["MKD", "SRB"], date="2025-01-24", location="SRB", doc_type="plan")]),
    case("mk-meeting-phone-intent", "mk", "2024-05-16",
         "Министерот за одбрана Владо Петровски вчера телефонски разговараше со "
         "министерот за одбрана на Грција "
         "Никос Папас. Двајцата министри се договорија да ја продлабочат воената соработка.",
         [ev("meeting", ["GRC", "MKD"], date="2024-05-15", mode="phone",
             persons=["Владо Петровски", "Никос Папас"]),
          ev("intent", ["GRC", "MKD"])]),
    case("mk-exercise", "mk", "2024-06-12",
         "На полигонот Криволак во понеделникот започна заедничка вежба на припадници на Армијата и "
         "американските вооружени сили.",
         [ev("exercise", ["MKD", "USA"], date="2024-06")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
