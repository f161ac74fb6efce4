"""The extract stage on short Balkan press articles written for these tests (none of these sentences is in
tests/data/heldout/balkan_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the press of Bosnia, Croatia, Serbia,
Albania, Slovenia, Greece and Bulgaria: an imperfective future of sending or training ("da će … i
dogodine slati oficire", "upućivati instruktore") as a pledge; what is no event: a count of meetings over
the years ("više desetina sastanaka"), an amount after Albanian "prej" ("në vlerë prej 1.5 milionë") read as
a day, the terms of a signed document retold in Slovenian ("Na podlagi … naj bi … urjenja"), thanks for
support with a word between in Greek ("για τη σταθερή στήριξη"), a delivery of an order that runs late in
Bulgarian ("ще бъдат доставени с … закъснение"); and the Bulgarian rank abbreviations "ген.", "адм.".

Second round: "since Monday" with an exercise going on ("od ponedjeljka izvode zajedničku vježbu", "од
вторникот изведуваат", "от понеделник провеждат", "από τη Δευτέρα") runs for days: the exercise is dated
by its month, not by that Monday. Albanian capitals in the definite accusative, the object of "vizitoi"
("vizitoi Vjenën", "do të vizitojë Sofjen"), are the place of the visit. Page furniture: the Serbian
most-read box ("Најчитаније", "Najčitanije") and Cyrillic tag line ("Тагови:"), the Greek read-also label in
capitals without accents ("ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ"). An Albanian hope ("shprehu shpresën se … do të …") is no pledge.
Material taken over from a state with the source before the verb ("je iz Kine preuzela", "iz Turske preuzeo")
and a Macedonian army named as receiver with words between ("Армијата … од Германија доби") are aid.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday
AUTUMN = "2025-11-07"  # a Friday: 1 May of that year lies before it

CASES = [
    # ---- an imperfective future of sending or training is a pledge (bs, hr, sr)
    case("bs-ce-slati-oficire-is-a-pledge", "bs", DAY,
         "Ministar odbrane BiH primio je u utorak u Sarajevu austrijskog ambasadora. Ambasador je najavio da "
         "će Austrija i dogodine slati oficire za obuku u Bosnu i Hercegovinu.",
         [ev("meeting", ["AUT", "BIH"], mode=None, location="BIH", date="2026-03-17"),
          ev("intent", ["AUT", "BIH"])]),
    case("hr-ce-upucivati-instruktore-is-a-pledge", "hr", DAY,
         "Ministar obrane primio je u utorak u Zagrebu poljskog veleposlanika. Veleposlanik je najavio da će "
         "Poljska sljedeće godine upućivati instruktore hrvatskoj vojsci.",
         [ev("meeting", ["HRV", "POL"], location="HRV", date="2026-03-17"), ev("intent", ["HRV", "POL"])]),
    case("sr-ce-obucavati-pilote-is-a-pledge", "sr", DAY,
         "Министар одбране Србије разговарао је у уторак у Београду са кипарским колегом. Кипарски министар "
         "рекао је да ће Кипар наредне године обучавати српске пилоте хеликоптера.",
         [ev("meeting", ["CYP", "SRB"], location="SRB", date="2026-03-17"), ev("intent", ["CYP", "SRB"])]),
    # ---- a count of meetings over the years is no meeting (sr, hr, bs)
    case("sr-vise-desetina-sastanaka-is-no-meeting", "sr", DAY,
         "Министар одбране Србије састао се у уторак у Београду са грчким колегом. Србија и Грчка "
         "потписале су споразум о војној сарадњи 2015. године, а од тада су војне делегације две земље "
         "одржале више десетина састанака.",
         [ev("meeting", ["GRC", "SRB"], location="SRB", date="2026-03-17"),
          ev("agreement", ["GRC", "SRB"], date="2015", historical=True)]),
    case("hr-niz-sastanaka-is-no-meeting", "hr", DAY,
         "Ministar obrane Hrvatske sastao se u utorak u Zagrebu s grčkim kolegom. Hrvatska i Grčka "
         "potpisale su sporazum o vojnoj suradnji 2015. godine, a od tada su vojna izaslanstva dviju "
         "zemalja održala niz sastanaka.",
         [ev("meeting", ["GRC", "HRV"], location="HRV", date="2026-03-17"),
          ev("agreement", ["GRC", "HRV"], date="2015", historical=True)]),
    case("bs-nekoliko-desetina-sastanaka-is-no-meeting", "bs", DAY,
         "Ministar odbrane BiH sastao se u utorak u Sarajevu s grčkim kolegom. BiH i Grčka potpisale "
         "su sporazum o vojnoj saradnji 2015. godine, a od tada su vojne delegacije dviju zemalja održale "
         "nekoliko desetina sastanaka.",
         [ev("meeting", ["BIH", "GRC"], location="BIH", date="2026-03-17"),
          ev("agreement", ["BIH", "GRC"], date="2015", historical=True)]),
    # ---- an amount after Albanian "prej" is no day ("1.5" would be the 1st of May)
    case("sq-prej-amount-is-no-date", "sq", AUTUMN,
         "Ambasada britanike në Tiranë i dorëzoi ushtrisë shqiptare pajisje mjekësore në vlerë prej "
         "1.5 milionë eurosh.",
         [ev("aid", ["ALB", "GBR"], date="2025-11-07")]),
    # ---- Albanian capitals in the definite accusative are the place of the visit
    case("sq-vizitoi-vjenen-is-the-place", "sq", DAY,
         "Ministri i Mbrojtjes Pirro Vengu vizitoi të martën Vjenën, ku u takua me ministren austriake të "
         "Mbrojtjes.",
         [ev("meeting", ["ALB", "AUT"], mode="visit", location="AUT", date="2026-03-17")]),
    case("sq-do-te-vizitoje-sofjen-is-the-place", "sq", DAY,
         "Ministri shqiptar i Mbrojtjes do të vizitojë të premten Sofjen, ku do të takohet me homologun "
         "bullgar.",
         [ev("meeting", ["ALB", "BGR"], mode="visit", location="BGR", date="2026-03-20")]),
    # ---- an Albanian hope is no pledge; the same future without the hope is one
    case("sq-shpresen-se-do-te-is-no-pledge", "sq", DAY,
         "Ministri i Mbrojtjes u takua të martën në Tiranë me homologun grek. Ministri shprehu shpresën se "
         "marinat e dy vendeve do të zhvillojnë vitin e ardhshëm një stërvitje të përbashkët.",
         [ev("meeting", ["ALB", "GRC"], location="ALB", date="2026-03-17")]),
    case("sq-shpreson-qe-do-ti-is-no-pledge", "sq", DAY,
         "Ministri i Mbrojtjes u takua të martën në Tiranë me homologun turk. Ai shpreson që Turqia do t'i "
         "dhurojë ushtrisë shqiptare automjete të blinduara.",
         [ev("meeting", ["ALB", "TUR"], location="ALB", date="2026-03-17")]),
    case("sq-do-te-zhvillojne-is-a-pledge", "sq", DAY,
         "Ministri i Mbrojtjes u takua të martën në Tiranë me homologun grek. Marinat e dy vendeve do të "
         "zhvillojnë vitin e ardhshëm një stërvitje të përbashkët.",
         [ev("meeting", ["ALB", "GRC"], location="ALB", date="2026-03-17"), ev("intent", ["ALB", "GRC"])]),
    # ---- taken over from a state, the source before the verb (sr, bs); an army receiving (mk)
    case("sr-iz-preuzela-is-aid", "sr", DAY,
         "Ratno vazduhoplovstvo Srbije je u ponedeljak iz Rusije preuzelo dva transportna helikoptera.",
         [ev("aid", ["RUS", "SRB"], date="2026-03-16")]),
    case("sr-iz-preuzela-is-aid-cyrillic", "sr", DAY,
         "Војска Србије је у понедељак из Уједињених Арапских Емирата преузела нова оклопна возила.",
         [ev("aid", ["ARE", "SRB"], date="2026-03-16")]),
    case("bs-iz-preuzele-is-aid", "bs", DAY,
         "Oružane snage BiH su u ponedjeljak iz Turske preuzele deset terenskih vozila.",
         [ev("aid", ["BIH", "TUR"], date="2026-03-16")]),
    case("mk-armijata-od-dobi-is-aid", "mk", DAY,
         "Армијата на Северна Македонија во понеделникот од Италија доби четири нови хеликоптери.",
         [ev("aid", ["ITA", "MKD"], date="2026-03-16")]),
    # ---- a Slovenian future of training or funding is a pledge
    case("sl-bodo-usposabljali-is-a-pledge", "sl", DAY,
         "Obrambni minister se je v torek v Ljubljani sestal s črnogorskim kolegom. Slovenski inštruktorji "
         "bodo jeseni usposabljali črnogorske gorske enote.",
         [ev("meeting", ["MNE", "SVN"], location="SVN", date="2026-03-17"), ev("intent", ["MNE", "SVN"])]),
    case("sl-bo-financirala-is-a-pledge", "sl", DAY,
         "Slovenija bo prihodnje leto financirala tečaje za častnike bosanske vojske, je dejal obrambni "
         "minister.",
         [ev("intent", ["BIH", "SVN"])]),
    # ---- the terms of a signed document retold (sl) are no plan of their own
    case("sl-na-podlagi-naj-bi-is-no-plan", "sl", DAY,
         "Obrambni minister in hrvaški minister sta v torek v Ljubljani podpisala memorandum o soglasju. Na "
         "podlagi memoranduma naj bi slovenski piloti prihodnje leto opravljali del urjenja na Hrvaškem.",
         [ev("agreement", ["HRV", "SVN"], doc_type="memorandum", date="2026-03-17")]),
    # ---- thanks for support with a word between (el) are thanks
    case("el-thanks-for-steady-support-is-no-support", "el", DAY,
         "Ο υπουργός Εθνικής Άμυνας Νίκος Δένδιας συναντήθηκε την Τρίτη στην Αθήνα με τον Βούλγαρο "
         "ομόλογό του. Ο Βούλγαρος υπουργός ευχαρίστησε την Ελλάδα για τη σταθερή στήριξη.",
         [ev("meeting", ["BGR", "GRC"], location="GRC", date="2026-03-17")]),
    # ---- a late delivery of an earlier order (bg) is no pledge
    case("bg-delivery-late-is-no-pledge", "bg", DAY,
         "Американската компания \"Нортроп Груман\" съобщи, че радарите за българската армия ще бъдат "
         "доставени с шест месеца закъснение.",
         []),
    # ---- the rank abbreviations "ген." and "адм." (bg) stand before a name
    case("bg-gen-abbreviation-before-a-name", "bg", DAY,
         "Командващият на американските сухопътни войски в Европа ген. Кристофър Донахю се срещна в сряда в "
         "София с министъра на отбраната Атанас Запрянов.",
         [ev("meeting", ["BGR", "USA"], location="BGR", persons=["Кристофър Донахю", "Atanas Zapryanov"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


SINCE_WEEKDAY = [
    ("bs", "Pripadnici Oružanih snaga BiH i slovenske vojske od utorka izvode zajedničku vježbu na poligonu "
           "Glamočko polje."),
    ("hr", "Hrvatski i mađarski vojnici od ponedjeljka provode zajedničku vježbu na poligonu kod Slunja."),
    ("sr", "Војници Србије и Египта од понедељка изводе заједничку вежбу на полигону Пасуљанске ливаде."),
    ("mk", "Македонски и грчки војници од вторникот изведуваат заедничка вежба на полигонот Криволак."),
    ("bg", "Български и румънски военнослужещи от понеделник провеждат съвместно учение на полигона "
           "\"Корен\"."),
    ("el", "Ελληνικές και κυπριακές ειδικές δυνάμεις συμμετέχουν από τη Δευτέρα σε κοινή άσκηση στην Κρήτη."),
]


@pytest.mark.parametrize(("lang", "text"), SINCE_WEEKDAY, ids=[lang for lang, _ in SINCE_WEEKDAY])
def test_since_weekday_exercise_is_dated_by_month(extractor: Any, lang: str, text: str) -> None:
    """An exercise going on "since Monday" runs for days: GUIDELINES date it by its month."""
    article = Article(id="case", lang=lang, lang_hint=lang, published=DAY, title=None, text=text)
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert events
    assert all(event.date == DAY[:7] for event in events), [e.date for e in events]


EL_HEADLINE = "Ο πρωθυπουργός στις Βρυξέλλες για τη σύνοδο"
SR_HEADLINE = "Председник примио нове амбасадоре седам земаља у Београду"
SR_TAGS = "Тагови: Војска Србије, Италија, сарадња"
SRL_HEADLINE = "Predsednik primio nove ambasadore sedam zemalja u Beogradu"
FURNITURE = [
    ("el", "\n\n".join([
        "Ο υπουργός Εθνικής Άμυνας συναντήθηκε χθες με τον Ιταλό ομόλογό του στην Αθήνα και συζήτησαν "
        "την αμυντική συνεργασία.",
        "Οι δύο υπουργοί συμφώνησαν να συνεχίσουν τις επαφές τους τους επόμενους μήνες.",
        "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ\n" + EL_HEADLINE + "\nΝέα μέτρα για την ακρίβεια"]),
     ["Οι δύο υπουργοί συμφώνησαν"], [EL_HEADLINE]),
    ("sr", "\n\n".join([
        "Министар одбране састао се јуче у Београду са италијанским колегом и разговарао о војној "
        "сарадњи.",
        "Два министра договорила су наставак сарадње у области обуке следеће године.",
        SR_TAGS,
        "Најчитаније\n" + SR_HEADLINE + "\nВременска прогноза за викенд: хладно и кишовито у целој земљи"]),
     ["Два министра договорила су"], [SR_TAGS, SR_HEADLINE]),
    ("sr", "\n\n".join([
        "Ministar odbrane sastao se juče u Beogradu sa italijanskim kolegom i razgovarao o vojnoj saradnji.",
        "Dva ministra dogovorila su nastavak saradnje u oblasti obuke sledeće godine.",
        "Najčitanije\n" + SRL_HEADLINE + "\nVremenska prognoza za vikend: hladno i kišovito u celoj zemlji"]),
     ["Dva ministra dogovorila su"], [SRL_HEADLINE]),
]


@pytest.mark.parametrize(("lang", "raw", "kept", "dropped"), FURNITURE,
                         ids=["el-caps", "sr-cyrillic", "sr-latin"])
def test_page_furniture(registry: PackRegistry, lang: str, raw: str, kept: list[str],
                        dropped: list[str]) -> None:
    check_cleaning(registry, lang, raw, kept, dropped)
