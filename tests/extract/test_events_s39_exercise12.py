"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/exercise12.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of joint exercises, joint patrols and
navy port calls, the subject of the exercise12 set:
- da no nl fi pt hr ro bg: the navies' loanword PASSEX (a passing exercise of two ships, "en PASSEX med",
  "PASSEXin", "un PASSEX cu") is a drill, as it was in en, de, fr, tr and vi;
- hr a joint or coordinated patrol told with the Croatian word "ophodnja" ("zajedničku ophodnju",
  "koordiniranu ophodnju") is a joint patrol (exercise), as "zajednička patrola" was;
- da a navy with its state before it ("den polske flåde", "den svenske flådes") is a service (defense
  context), its chief ("chefen for den polske flåde", "den svenske flådechef")
  is a service chief, and the officer ranks below the gold's ("kommandør", "kommandørkaptajn",
  "orlogskaptajn", "oberstløjtnant") introduce an official, as en "Captain", "Cdr" do (a ship's captain
  calling on a navy's chief on a port call);
- id ms ro the start of a series told with its year after a word ("sejak tahun 1992", "anual din 2015",
  "începând cu anul 2015") is a since-date, no edition held that year (as "sejak 1992" was);
- ro the planning conference of a combined exercise ("conferința principală de planificare a exercițiului …")
  is a meeting of the sides' staffs, not the exercise, as en "planning conference", es "conferencia de
  planificación";
- ms the member or participating states of a grouping just named ("negara anggota bersetuju untuk …") are the
  parties of a pledge, as "kedua-dua negara" are;
- nl pt hr tr the officer ranks below the gold's before a name ("kapitein-ter-zee", "capitão de fragata",
  "kapetan fregate", "kıdemli binbaşı") introduce an official (a ship's commander calling on a local commander
  on a port call), as en "Captain", "Cdr" and da "kommandørkaptajn" do.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- PASSEX, the navies' loanword, is a drill of two ships
    case("da-passex-is-drill", "da", DAY,
         "Den danske korvet gennemførte mandag en PASSEX med et polsk minestrygningsfartøj i Østersøen.",
         [ev("exercise", ["DNK", "POL"], date="2026-10-12")]),
    case("no-passex-is-drill", "no", DAY,
         "Den norske fregatten gjennomførte mandag en PASSEX med et tysk skip i Nordsjøen.",
         [ev("exercise", ["DEU", "NOR"], date="2026-10-12")]),
    case("nl-passex-is-drill", "nl", DAY,
         "Het Nederlandse fregat voerde maandag een PASSEX uit met een Noors schip in de Noordzee.",
         [ev("exercise", ["NLD", "NOR"], date="2026-10-12")]),
    case("fi-passex-inflected-is-drill", "fi", DAY,
         "Suomen ja Viron merivoimat järjestivät maanantaina PASSEXin Suomenlahdella.",
         [ev("exercise", ["EST", "FIN"], date="2026-10-12")]),
    case("pt-passex-is-drill", "pt", DAY,
         "O navio-patrulha português realizou na segunda-feira um PASSEX com uma fragata espanhola "
         "ao largo de Vigo.",
         [ev("exercise", ["ESP", "PRT"], date="2026-10-12")]),
    case("hr-passex-is-drill", "hr", DAY,
         "Hrvatski ophodni brod proveo je u ponedjeljak PASSEX s grčkom fregatom u Jonskom moru.",
         [ev("exercise", ["GRC", "HRV"], date="2026-10-12")]),
    case("ro-passex-is-drill", "ro", DAY,
         "Fregata română a desfășurat luni un PASSEX cu o navă bulgară în Marea Neagră.",
         [ev("exercise", ["BGR", "ROU"], date="2026-10-12")]),
    case("bg-passex-is-drill", "bg", DAY,
         "Българската фрегата проведе в понеделник PASSEX с румънски кораб в Черно море.",
         [ev("exercise", ["BGR", "ROU"], date="2026-10-12")]),
    # ---- hr: "ophodnja", the Croatian word for a patrol
    case("hr-zajednicka-ophodnja-is-joint-patrol", "hr", DAY,
         "Brodovi hrvatske i slovenske mornarice proveli su u ponedjeljak zajedničku ophodnju u "
         "Piranskom zaljevu.",
         [ev("exercise", ["HRV", "SVN"], date="2026-10-12")]),
    case("hr-koordinirana-ophodnja-is-joint-patrol", "hr", DAY,
         "Talijanski i hrvatski ophodni brodovi održali su u utorak koordiniranu ophodnju u južnom Jadranu.",
         [ev("exercise", ["HRV", "ITA"], date="2026-10-13")]),
    # ---- da: a navy's chief with its state inside; the officer ranks below the gold's
    case("da-chefen-for-den-x-flaade-kommandoer", "da", DAY,
         "Chefen for den svenske flåde, kommandør Erik Lund, besøgte mandag sin danske kollega i Korsør.",
         [ev("meeting", ["DNK", "SWE"], date="2026-10-12", location="DNK", mode="visit")]),
    case("da-kommandoerkaptajn-hos-chefen-for-den-x-flaade", "da", DAY,
         "Den danske kommandørkaptajn Jens Holm aflagde tirsdag et høflighedsbesøg hos chefen for den polske "
         "flåde i Gdynia.",
         [ev("meeting", ["DNK", "POL"], date="2026-10-13", location="POL", mode="visit")]),
    # ---- id ms ro: a series counted from a year with a word between ("sejak tahun", "anual din")
    case("id-sejak-tahun-is-no-edition", "id", DAY,
         "TNI AL dan Angkatan Laut Filipina membuka latihan bersama di Manado pada Senin. Latihan ini telah "
         "digelar sejak tahun 2001.",
         [ev("exercise", ["IDN", "PHL"], date="2026-10-12")]),
    case("ms-sejak-tahun-is-no-edition", "ms", DAY,
         "Tentera Darat Malaysia dan Tentera Darat Brunei memulakan latihan bersama di Sabah pada Isnin. "
         "Latihan itu diadakan sejak tahun 1998.",
         [ev("exercise", ["BRN", "MYS"], date="2026-10")]),
    case("ro-anual-din-is-no-edition", "ro", DAY,
         "Marinele Române și Bulgare au început luni exercițiul comun Poseidon la Constanța. Exercițiul se "
         "desfășoară anual din 2012.",
         [ev("exercise", ["BGR", "ROU"], date="2026-10")]),
    case("ro-incepand-cu-anul-is-no-edition", "ro", DAY,
         "Militari din România și Republica Moldova au început marți la Bălți un exercițiu comun. Exercițiul "
         "este organizat începând cu anul 2016.",
         [ev("exercise", ["MDA", "ROU"], date="2026-10")]),
    # ---- ro: a planning conference is a meeting, its exercise is still to come
    case("ro-conferinta-de-planificare-is-meeting", "ro", DAY,
         "Ofițeri din România și Franța au participat luni la conferința principală de planificare a "
         "exercițiului "
         "Dacian Spring.",
         [ev("meeting", ["FRA", "ROU"], date="2026-10-12")]),
    # ---- ms: the member states just named pledge
    case("ms-negara-anggota-bersetuju-is-parties", "ms", DAY,
         "Latihan tahunan itu membabitkan anggota tentera dari Malaysia, Thailand dan Brunei di Kota "
         "Belud pada "
         "minggu lalu. Panglima Tentera Darat berkata, negara anggota bersetuju untuk menambah "
         "latihan perang "
         "hutan mulai tahun depan.",
         [ev("exercise", ["BRN", "MYS", "THA"], date="2026-10"), ev("intent", ["BRN", "MYS", "THA"])]),
    # ---- nl pt hr tr: a ship's commander named with a rank below the gold's
    case("nl-kapitein-ter-zee-is-official", "nl", DAY,
         "De commandant van het Nederlandse fregat, kapitein-ter-zee Pieter Smits, bracht dinsdag in "
         "Kiel een "
         "beleefdheidsbezoek aan de Duitse vice-admiraal Jan Christian Kaack.",
         [ev("meeting", ["DEU", "NLD"], date="2026-10-13", persons=["Pieter Smits"])]),
    case("pt-capitao-de-fragata-is-official", "pt", DAY,
         "O comandante do navio português, capitão-de-fragata Nuno Ferreira, visitou na terça-feira "
         "o comandante "
         "da Marinha de Cabo Verde, coronel Emanuel Lopes.",
         [ev("meeting", ["CPV", "PRT"], date="2026-10-13", persons=["Nuno Ferreira"])]),
    case("hr-kapetan-fregate-is-official", "hr", DAY,
         "Zapovjednik grčke fregate, kapetan fregate Nikos Papadakis, posjetio je u utorak "
         "zapovjednika Hrvatske "
         "ratne mornarice kontraadmirala Ivana Horvata.",
         [ev("meeting", ["GRC", "HRV"], date="2026-10-13", persons=["Nikos Papadakis"])]),
    case("tr-kidemli-binbasi-is-official", "tr", DAY,
         "TCG Heybeliada Komutanı Kıdemli Binbaşı Murat Yılmaz, salı günü Cezayir Deniz Kuvvetleri Komutanı "
         "Tümamiral Mahfoud Benmeddah'ı ziyaret etti.",
         [ev("meeting", ["DZA", "TUR"], date="2026-10-13", persons=["Murat Yılmaz"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
