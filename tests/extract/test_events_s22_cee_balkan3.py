"""The extract stage on short Estonian, Latvian, Lithuanian, Albanian, Bulgarian, Macedonian, Slovak and
Slovenian press sentences written for these tests (none of them is in tests/data/heldout/cee_balkan3.jsonl or
in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of these languages: weapons named in their
usual case forms as the military context of a delivery (Slovenian "dva protiletalska sistema", "minomete",
Estonian "kaks tanki", Albanian "obuse", "mortaja", Bulgarian "минохвъргачки", Macedonian "минофрлачи",
Slovak "mínomety"), the Slovenian general staff ("načelnik generalštaba") as military context, a Bulgarian
shipment ("пратка") sent as a delivery, Estonian counties, towns and training areas as places
("Ida-Virumaal", "Nursipalu harjutusväljal"), the Estonian transitive "began" / "finished" an exercise
("alustasid … ühisõppust", "lõpetasid … ühisõppuse"), a company named by its trade after its state's
genitive as a company side of a signing, no state's (Estonian "kaitsetööstuse ettevõte", Latvian
"aizsardzības industrijas uzņēmums", Lithuanian "gynybos pramonės bendrovė"), and Slovenian training named
as a topic of talks ("o usposabljanju ukrajinskih …") as no training given.

Later rounds: troops of two states training "together with" (lv "kopā ar ~ trenējās", lt "kartu su ~
treniravosi", bg "тренираха ~ заедно с", mk "тренираа ~ заедно со", sk "trénovali ~ spolu so"), one Estonian
unit or ship "harjutas ~ koos", the visit one is invited to as no visit (sk, sl), site furniture lines, air
policing of an ally's airspace (bg, sk, sl), training given in the present (sk, sl, sq), a bg/mk package
handed over as aid and an announced one as a pledge, Bulgarian and Latvian garrison towns and ranges as
places, the home army named without its state (lv NBS, mk АРСМ).
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- weapons in their usual forms make the military context of a delivery
    case("sl-protiletalska-sistema", "sl", DAY,
         "Slovenija je Ukrajini podarila dva protiletalska sistema.",
         [ev("aid", ["SVN", "UKR"])]),
    case("sl-minomete", "sl", DAY,
         "Slovenija je Ukrajini poslala minomete.",
         [ev("aid", ["SVN", "UKR"])]),
    case("et-kaks-tanki", "et", DAY,
         "Eesti kinkis Ukrainale kaks tanki.",
         [ev("aid", ["EST", "UKR"])]),
    case("sq-obuse", "sq", DAY,
         "Shqipëria i dhuroi Ukrainës 20 obuse.",
         [ev("aid", ["ALB", "UKR"])]),
    case("sq-mortaja", "sq", DAY,
         "Shqipëria i dhuroi Ukrainës mortaja.",
         [ev("aid", ["ALB", "UKR"])]),
    case("bg-minohvargachki", "bg", DAY,
         "България дари на Украйна минохвъргачки.",
         [ev("aid", ["BGR", "UKR"])]),
    case("mk-minofrlachi", "mk", DAY,
         "Северна Македонија ѝ донираше на Украина минофрлачи.",
         [ev("aid", ["MKD", "UKR"])]),
    case("sk-minomety", "sk", DAY,
         "Slovensko poslalo Ukrajine mínomety.",
         [ev("aid", ["SVK", "UKR"])]),
    # ---- the Slovenian general staff is military context
    case("sl-nacelnik-generalstaba-sprejel", "sl", DAY,
         "Načelnik generalštaba je v torek sprejel ameriškega generala.",
         [ev("meeting", ["SVN", "USA"], date="2026-03-17")]),
    # ---- a Bulgarian shipment sent
    case("bg-izprati-pratka", "bg", DAY,
         "България изпрати на Украйна нова пратка с гаубици.",
         [ev("aid", ["BGR", "UKR"])]),
    case("bg-izprati-boepripasi", "bg", DAY,
         "България изпрати на Украйна още боеприпаси.",
         [ev("aid", ["BGR", "UKR"])]),
    # ---- Estonian counties and training areas are places
    case("et-ida-virumaal-is-the-place", "et", DAY,
         "Läti ja Eesti kaitseväelased harjutasid teisipäeval koos Ida-Virumaal.",
         [ev("exercise", ["EST", "LVA"], location="EST")]),
    # ---- the Estonian transitive began / finished an exercise
    case("et-lopetasid-uhisoppuse", "et", DAY,
         "Briti ja Eesti sõdurid lõpetasid neljapäeval Nursipalu harjutusväljal ühisõppuse.",
         [ev("exercise", ["EST", "GBR"], location="EST")]),
    case("et-alustasid-uhisoppust", "et", DAY,
         "Briti ja Eesti sõdurid alustasid esmaspäeval ühisõppust.",
         [ev("exercise", ["EST", "GBR"])]),
    # ---- a company named by its trade after its state's genitive is a company side: no states' signing
    case("et-kaitsetoostuse-ettevote", "et", DAY,
         "Eesti kaitsetööstuse ettevõte sõlmis teisipäeval Soome firmaga lepingu laskemoona tootmiseks.",
         []),
    case("lv-aizsardzibas-industrijas-uznemums", "lv", DAY,
         "Latvijas aizsardzības industrijas uzņēmums otrdien parakstīja līgumu ar Somijas uzņēmumu par "
         "munīcijas ražošanu.",
         []),
    case("lt-gynybos-pramones-bendrove", "lt", DAY,
         "Lietuvos gynybos pramonės bendrovė antradienį pasirašė sutartį su Lenkijos įmone dėl šaudmenų "
         "gamybos.",
         []),
    # ---- Slovenian training named as a topic of talks is no training given
    case("sl-o-usposabljanju-is-a-topic", "sl", DAY,
         "Slovenski obrambni minister se je v torek v Ljubljani sestal z ukrajinskim kolegom. Govorila sta o "
         "zračni obrambi in o usposabljanju ukrajinskih pilotov.",
         [ev("meeting", ["SVN", "UKR"], location="SVN")]),
    case("sl-o-razminiranju-is-a-topic", "sl", DAY,
         "Obrambna ministra Slovenije in Hrvaške sta se v torek sestala v Zagrebu. Pogovarjala sta se o "
         "razminiranju in o vojaški pomoči Ukrajini.",
         [ev("meeting", ["HRV", "SVN"], location="HRV")]),
    # ---- round 2: one unit or ship exercising "together with" the other side's forces; port call with a gap
    case("et-miinijahtija-harjutas-koos", "et", DAY,
         "Poola miinijahtija harjutas teisipäeval Paldiski lähedal koos Eesti mereväega.",
         [ev("exercise", ["EST", "POL"], location="EST")]),
    case("et-saabus-sadamasse-ja-harjutas", "et", DAY,
         "Saksa fregatt saabus teisipäeval Tallinna sadamasse ja harjutas koos Eesti mereväega.",
         [ev("exercise", ["DEU", "EST"], location="EST")]),
    case("lv-kopa-ar-trenejas", "lv", DAY,
         "Vācijas karavīri otrdien Ādažos kopā ar Latvijas karavīriem trenējās.",
         [ev("exercise", ["DEU", "LVA"], location="LVA")]),
    case("lt-kartu-su-treniravosi", "lt", DAY,
         "Vokietijos kariai antradienį kartu su Lietuvos kariais treniravosi Pabradėje.",
         [ev("exercise", ["DEU", "LTU"], location="LTU")]),
    case("bg-trenirakha-zaedno-s", "bg", DAY,
         "Италиански военнослужещи тренираха във вторник заедно с български военнослужещи на полигона "
         "„Корен“.",
         [ev("exercise", ["BGR", "ITA"])]),
    case("bg-pehotinci-trenirakha-zaedno", "bg", DAY,
         "Гръцки и български пехотинци тренираха заедно във вторник край Петрич.",
         [ev("exercise", ["BGR", "GRC"])]),
    case("mk-treniraa-zaedno-so", "mk", DAY,
         "Италијански војници во вторникот тренираа заедно со македонски војници на Криволак.",
         [ev("exercise", ["ITA", "MKD"], location="MKD")]),
    case("sk-trenovali-spolu-so", "sk", DAY,
         "Talianski vojaci v utorok trénovali spolu so slovenskými vojakmi v Lešti.",
         [ev("exercise", ["ITA", "SVK"])]),
    # ---- the visit one is invited to is no visit now (sk, sl)
    case("sk-pozval-kolegu-na-navstevu", "sk", DAY,
         "Minister obrany pozval poľského kolegu na návštevu Slovenska.",
         [ev("intent", ["POL", "SVK"])]),
    case("sl-povabil-kolega-na-obisk", "sl", DAY,
         "Obrambni minister je povabil poljskega kolega na obisk v Slovenijo.",
         [ev("intent", ["POL", "SVN"])]),
    case("sk-prisiel-na-navstevu-is-a-visit", "sk", DAY,
         "Poľský minister obrany prišiel v utorok na návštevu Slovenska.",
         [ev("meeting", ["POL", "SVK"], mode="visit", location="SVK")]),
    # ---- round 3: air policing of an ally's airspace; training given in the present; a package handed over
    case("bg-misiya-po-ohrana-na-vazdushnoto-prostranstvo", "bg", DAY,
         "Италиански изтребители започнаха във вторник мисия по охрана на въздушното пространство на "
         "България.",
         [ev("exercise", ["BGR", "ITA"])]),
    case("sk-zacali-chranit-vzdusny-priestor", "sk", DAY,
         "Maďarské stíhačky Gripen v utorok začali chrániť slovenský vzdušný priestor.",
         [ev("exercise", ["HUN", "SVK"])]),
    case("sl-zaceli-varovati-zracni-prostor", "sl", DAY,
         "Italijanski lovci so v torek začeli varovati slovenski zračni prostor.",
         [ev("exercise", ["ITA", "SVN"])]),
    case("sk-cvicia-ukrajinskych-vojakov", "sk", DAY,
         "Slovenskí inštruktori cvičia ukrajinských vojakov v Nemecku.",
         [ev("aid", ["SVK", "UKR"], location="DEU")]),
    case("sl-usposabljajo-ukrajinske-vojake", "sl", DAY,
         "Slovenski inštruktorji v Nemčiji usposabljajo ukrajinske vojake.",
         [ev("aid", ["SVN", "UKR"], location="DEU")]),
    case("sq-po-trajnojne", "sq", DAY,
         "Instruktorë shqiptarë po trajnojnë ushtarë ukrainas në Britaninë e Madhe.",
         [ev("aid", ["ALB", "UKR"], location="GBR")]),
    case("bg-predade-paket-is-aid", "bg", DAY,
         "България предаде във вторник на Украйна нов пакет военна помощ.",
         [ev("aid", ["BGR", "UKR"], date="2026-03-17")]),
    case("mk-predade-paket-is-aid", "mk", DAY,
         "Северна Македонија во вторникот ѝ предаде на Украина нов пакет воена помош.",
         [ev("aid", ["MKD", "UKR"], date="2026-03-17")]),
    case("bg-obyavi-paket-is-a-pledge", "bg", DAY,
         "България обяви във вторник нов пакет военна помощ за Украйна.",
         [ev("intent", ["BGR", "UKR"])]),
    # ---- round 4: Bulgarian and Latvian garrison towns, bases and ranges as places
    case("bg-shabla-is-the-place", "bg", DAY,
         "Български и американски военнослужещи проведоха във вторник съвместно учение на полигона „Шабла“.",
         [ev("exercise", ["BGR", "USA"], location="BGR")]),
    case("bg-sliven-is-the-place", "bg", DAY,
         "Български и румънски военни проведоха във вторник съвместно учение в Сливен.",
         [ev("exercise", ["BGR", "ROU"], location="BGR")]),
    case("lv-selijas-poligona-is-the-place", "lv", DAY,
         "Latvijas un Kanādas karavīri otrdien Sēlijas poligonā aizvadīja kopīgas mācības.",
         [ev("exercise", ["CAN", "LVA"], location="LVA")]),
    case("lv-liepaja-is-the-place", "lv", DAY,
         "Latvijas un Zviedrijas karavīri otrdien Liepājā aizvadīja kopīgas mācības.",
         [ev("exercise", ["LVA", "SWE"], location="LVA")]),
    # ---- the home army by its abbreviation or name without the state (lv NBS, mk АРСМ)
    case("lv-nbs-is-latvia", "lv", DAY,
         "NBS un ASV karavīri otrdien aizvadīja kopīgas mācības.",
         [ev("exercise", ["LVA", "USA"])]),
    case("mk-arsm-is-north-macedonia", "mk", DAY,
         "Припадници на АРСМ и на американската армија во вторникот изведоа заедничка вежба.",
         [ev("exercise", ["MKD", "USA"])]),
    # ---- a plan to send with words between (bg, mk) is a pledge
    case("bg-planira-da-izprati", "bg", DAY,
         "България планира догодина да изпрати на Украйна още гаубици.",
         [ev("intent", ["BGR", "UKR"])]),
    case("mk-planira-da-ispraty", "mk", DAY,
         "Северна Македонија планира следната година да испрати на Украина хаубици.",
         [ev("intent", ["MKD", "UKR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_lv_lasi_vel_line_is_no_event(extractor: Any) -> None:
    """Delfi's "Lasi vēl:" (read more) line links another story: a signing in its headline is no event."""
    text = ("Latvijas aizsardzības ministrs otrdien Rīgā tikās ar Lietuvas aizsardzības ministru.\n\n"
            "Lasi vēl: Igaunija un Somija paraksta aizsardzības sadarbības memorandu\n\n"
            "Ministri pārrunāja pretgaisa aizsardzību.")
    article = Article(id="case", text=text, title=None, published=DAY, lang="lv", lang_hint="lv")
    cleaned = clean_article(article, extractor.registry.get("lv"))
    events = extractor.extract(cleaned).events
    assert [(e.type, sorted(e.countries)) for e in events] == [("meeting", ["LTU", "LVA"])]


@pytest.mark.parametrize(("lang", "line"), [
    ("et", "Artiklit on uuendatud 17.03.2026 kell 11:15"),
    ("et", "Jaga: Facebook | X | E-post"),
    ("et", "Portaal kasutab küpsiseid. Lehe kasutamist jätkates nõustute küpsiste kasutamisega."),
    ("lv", "Dalīties: Facebook | X | LinkedIn"),
    ("lv", "Seko \"Delfi\" arī Instagram!"),
    ("lv", "Kļūda rakstā? Iezīmē tekstu un nospied Ctrl+Enter!"),
    ("lt", "Sekite mūsų naujienas „Facebook“"),
    ("lt", "Nuotraukos autorius – Jonas Jonaitis, BNS"),
    ("sq", "Ndiq lajmet tona në Facebook dhe Instagram"),
    ("mk", "Телевизија Сител | Сите права задржани"),
    ("sk", "(spravodajkyňa TASR Eva Nováková)"),
])
def test_site_furniture_lines_are_dropped(extractor: Any, lang: str, line: str) -> None:
    """Share buttons, follow-us lines, update and cookie notices, wire correspondents: not article text."""
    body = "Text of the article."
    article = Article(id="case", text=f"{body}\n\n{line}\n\n{body}", title=None, published=DAY, lang=lang,
                      lang_hint=lang)
    cleaned = clean_article(article, extractor.registry.get(lang))
    assert line not in (cleaned.clean_text or "")
