"""The extract stage on short articles in major European languages written for these tests (none of these
sentences is in tests/data/heldout/field12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of exercises and aid, the field genres of the
field12 set: training given told in the pluperfect of background (fr "avaient déjà formé"), a course named in
full before its trainees (pt "… ministrado a 20 militares de …"), a course added to a delivery by "además"
(es) or "nella stessa cerimonia" (it), an earlier edition told in the pluperfect (it "si erano addestrate
insieme alla …", ru "учение проводилось в …"), a capital in a wire's dateline (ru "БАНГИ"), a home-defence
drill beside an allied exercise (de "Heimatschutzübung", no partner), solidarity with allies in general (en
"we stand with our allies", no support), a numbered aid package that arrived with the minister who announced
it (pl "dotarł … pakiet", no visit), trainees "których szkolili polscy instruktorzy" (pl) and a drill of a
territorial defence brigade beside a foreign ship's port call (pl "Brygada Obrony Terytorialnej", no partner).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: training given, told as background in the pluperfect
    case("fr-avaient-deja-forme-is-training-given", "fr", DAY,
         "Le bâtiment italien a quitté Toulon lundi. En 2024, des instructeurs belges avaient déjà formé à "
         "Cotonou des plongeurs démineurs de la marine béninoise.",
         [ev("aid", ["BEL", "BEN"], date="2024", historical=True)]),
    # ---- es: "además" adds a course given to the delivery just told
    case("es-ademas-adds-a-course-to-the-delivery", "es", DAY,
         "Estados Unidos entregó el martes a la Armada de Colombia cuatro lanchas patrulleras. Además, 25 "
         "infantes de marina colombianos concluyeron la semana pasada un curso de operaciones fluviales "
         "impartido por instructores estadounidenses en la base de Tumaco.",
         [ev("aid", ["COL", "USA"], date="2026-09-15"), ev("aid", ["COL", "USA"], date="2026-09")]),
    # ---- pt: a course named in full before its trainees
    case("pt-ministrado-a-is-training-given", "pt", DAY,
         "O Exército Português encerrou na segunda-feira o Estágio Internacional de Sapadores ministrado a "
         "15 militares de Timor-Leste em Tancos.",
         [ev("aid", ["PRT", "TLS"], date="2026-09-14", location="PRT")]),
    # ---- it: an earlier edition, the pluperfect of training together
    case("it-si-erano-addestrate-insieme-is-an-earlier-edition", "it", DAY,
         "È terminata venerdì a Taranto l'esercitazione navale Levante 2026, con unità italiane, greche e "
         "francesi. Nell'edizione di giugno 2025, al largo di Creta, si erano addestrate insieme alla Marina "
         "Militare unità della Marina greca.",
         [ev("exercise", ["FRA", "GRC", "ITA"]),
          ev("exercise", ["GRC", "ITA"], date="2025-06", historical=True)]),
    # ---- it: one more act at the same ceremony is one more aid
    case("it-nella-stessa-cerimonia-adds-a-course", "it", DAY,
         "(ANSA) - BEIRUT, 16 SET - L'Italia ha consegnato oggi all'esercito libanese dieci camion. Nella "
         "stessa cerimonia, 20 militari libanesi hanno ricevuto il diploma al termine di un corso tenuto da "
         "istruttori italiani.",
         [ev("aid", ["ITA", "LBN"], date="2026-09-16"), ev("aid", ["ITA", "LBN"], date="2026-09-16")]),
    # ---- ru: an earlier edition, the reflexive imperfective past
    case("ru-uchenie-provodilos-is-an-earlier-edition", "ru", DAY,
         "В Белоруссии завершилось совместное российско-белорусское учение «Славянский щит-2026». В 2024 "
         "году учение проводилось в Сербии с участием военных России, Белоруссии и Сербии.",
         [ev("exercise", ["BLR", "RUS"]),
          ev("exercise", ["BLR", "RUS", "SRB"], date="2024", location="SRB", historical=True)]),
    # ---- ru: the wire's dateline names the capital where the handover took place
    case("ru-bangi-dateline-is-the-venue", "ru", DAY,
         "БАНГИ, 16 сентября. /ТАСС/. Россия во вторник передала армии ЦАР четыре бронемашины, сообщили в "
         "посольстве РФ.",
         [ev("aid", ["CAF", "RUS"], date="2026-09-15", location="CAF")]),
    # ---- pl: a numbered aid package that arrived, announced by the minister: no visit
    case("pl-dotarl-pakiet-is-no-visit", "pl", DAY,
         "Do Mołdawii dotarł we wtorek drugi pakiet polskiej pomocy wojskowej – poinformował w środę szef "
         "MON Władysław Kosiniak-Kamysz.",
         [ev("aid", ["MDA", "POL"], date="2026-09-15")]),
    # ---- de: a home-defence drill beside the exercise takes no partner from the article
    case("de-heimatschutzuebung-is-domestic", "de", DAY,
         "Deutsche und estnische Soldaten haben am Freitag in Estland die gemeinsame Übung „Nordwind 2026“ "
         "beendet. Die Vorgängerübung fand im Mai 2025 in Polen statt; damals übten dort deutsche und "
         "polnische Soldaten zusammen. Parallel dazu läuft in Niedersachsen die Heimatschutzübung „Weser "
         "Guard“ mit rund 400 Reservisten.",
         [ev("exercise", ["DEU", "EST"], location="EST"),
          ev("exercise", ["DEU", "POL"], date="2025-05", location="POL", historical=True)]),
    # ---- en: solidarity with allies in general supports no state
    case("en-stand-with-our-allies-is-no-support", "en", DAY,
         "British and Latvian troops completed the exercise Baltic Hammer near Riga on Friday. Defence "
         "Secretary John Healey, who visited the troops on Wednesday, said: \"This shows once again that we "
         "stand with our allies.\"",
         [ev("exercise", ["GBR", "LVA"], location="LVA")]),
    # ---- pl: trainees taught by the other side's instructors, the verb before them
    case("pl-szkolili-instruktorzy-is-training-given", "pl", DAY,
         "Pięćdziesięciu mołdawskich saperów, których w sierpniu w Drawsku szkolili polscy instruktorzy, "
         "wróciło do kraju.",
         [ev("aid", ["MDA", "POL"], date="2026-08", location="POL")]),
    # ---- pl: a territorial defence brigade's drill takes no partner from a port call
    case("pl-brygada-obrony-terytorialnej-is-domestic", "pl", DAY,
         "Do portu w Świnoujściu wpłynął w poniedziałek duński okręt patrolowy. Tymczasem 14 "
         "Zachodniopomorska Brygada Obrony Terytorialnej przeprowadziła w Szczecinie ćwiczenia "
         "ewakuacji szpitala.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
