"""The extract stage on short articles in Danish, Norwegian, Croatian, Serbian, Dutch and Italian written
for these tests (none of these sentences is in tests/data/heldout/field7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the exercise and aid genres: a state that
"also" takes part in the sentence after a multinational exercise, bound to the taking-part verb (da
"Desuden deltager …", no "I tillegg deltar …", hr "U vježbi je sudjelovala i …", sr "У вежби учествује и …",
"U vežbi učestvuje i …"); da "Øvelsen samler soldater fra …" (the exercise gathers the troops of the states
listed); training given told with the trainers as subject (da "danske instruktører har uddannet …", no
"har lært opp … soldater"); weapon systems named by their designations as military words (no "NASAMS-",
"IRIS-T", it "Samp/T"); a Serbian delivery told by the arrival of hardware ("Prvih šest helikoptera …
stiglo je u …"); a Dutch pledge whose object runs longer than ten words before its particle ("zegt … euro
aan militaire steun toe"); and no event: an Italian national exercise ("esercitazione nazionale") beside a
foreign ship's port call.

Second round: da "afsluttede" (ended) as held and minehunters ("minerydningsskibe") as military ships; the
arrival of hardware as a delivery in Danish and Norwegian ("De første … F-16-fly er ankommet til …",
"stridsvognene har kommet til …"); no "Øvelsen samler soldater fra …"; nl instructors as subject with the
participle last ("instructeurs hebben … militairen getraind"); hr and sr "od X primila" (received from X);
it "motovedette" (patrol boats) and "completato a settembre l'addestramento di"; German regions and training
areas in Ukrainian ("у Баварії") and Baltic cities in Polish ("w Lipawie") as the place.

Third round: a state that joins the exercise just told (pl "Do ćwiczeń dołączyła również …", hr "Vježbi se
pridružila i …", sr "Vežbi se priključila i …") and "also" with the state between (da "Også … deltager", no
"Også … deltar"); it the active "hanno iniziato" (began) as held, with month precision; hr "izvele su"
(the feminine plural of "carried out", as sr has it); nl "gepantserde voertuigen" as military hardware.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- a state that "also" takes part, in the sentence after the exercise
    case("da-desuden-deltager-joins-the-exercise", "da", DAY,
         "Danske og tyske soldater indledte mandag øvelsen Jydsk Bjørn 26 ved Oksbøl. Desuden deltager en "
         "ingeniørdeling fra Holland.",
         [ev("exercise", ["DEU", "DNK", "NLD"], date="2026-10")]),
    case("no-i-tillegg-deltar-joins-the-exercise", "no", DAY,
         "Britiske og norske minerydderfartøyer startet mandag øvelsen Blue Fjord 26 utenfor Bergen. "
         "I tillegg deltar et belgisk fartøy.",
         [ev("exercise", ["BEL", "GBR", "NOR"], date="2026-10")]),
    case("hr-sudjelovala-i-joins-the-exercise", "hr", DAY,
         "Na poligonu kod Knina u utorak je završena vježba Velebit 26. U vježbi su sudjelovali pripadnici "
         "Hrvatske vojske te oružanih snaga Slovenije, Austrije i Italije.\n\nU vježbi je "
         "sudjelovala i Mađarska s vodom pješaštva.",
         [ev("exercise", ["AUT", "HRV", "HUN", "ITA", "SVN"])]),
    case("sr-cyr-ucestvuje-i-joins-the-exercise", "sr", DAY,
         "На полигону код Никинаца у понедељак је почела заједничка вежба војника Србије и Грчке. У вежби "
         "учествује и Кипар са водом пешадије.",
         [ev("exercise", ["CYP", "GRC", "SRB"])]),
    case("sr-lat-ucestvuje-i-joins-the-exercise", "sr", DAY,
         "Na poligonu kod Nikinaca u ponedeljak je počela zajednička vežba vojnika Srbije i Grčke. U vežbi "
         "učestvuje i Bugarska sa vodom pešadije.",
         [ev("exercise", ["BGR", "GRC", "SRB"])]),
    # ---- the exercise gathers the troops of the states listed
    case("da-oevelsen-samler-soldater-fra", "da", DAY,
         "Danske og tyske soldater indledte mandag øvelsen Jydsk Bjørn 26 ved Oksbøl. Øvelsen samler i år "
         "soldater fra Danmark, Tyskland, Polen og Litauen.",
         [ev("exercise", ["DEU", "DNK", "LTU", "POL"], date="2026-10")]),
    # ---- training given, the trainers as subject
    case("da-instruktoerer-har-uddannet", "da", DAY,
         "Danske instruktører har i september uddannet ukrainske besætninger på Flyvestation Skrydstrup.",
         [ev("aid", ["DNK", "UKR"], date="2026-09")]),
    case("no-har-laert-opp-soldater", "no", DAY,
         "Svenske instruktører har i september lært opp 40 estiske soldater i bruk av Archer-haubitsen.",
         [ev("aid", ["EST", "SWE"], date="2026-09")]),
    # ---- weapon systems named by their designations are military words
    case("no-iris-t-is-military", "no", DAY,
         "Regjeringen opplyste tirsdag at Norge skal finansiere fire IRIS-T-systemer til Ukraina.",
         [ev("intent", ["NOR", "UKR"])]),
    case("it-samp-t-is-military", "it", DAY,
         "L'Italia ha consegnato martedì alla Slovacchia una batteria Samp/T, ha reso noto Palazzo Chigi.",
         [ev("aid", ["ITA", "SVK"], date="2026-10-13")]),
    # ---- a delivery told by the arrival of hardware
    case("sr-helikoptera-stiglo-je-u", "sr", DAY,
         "Prvih šest helikoptera iz Francuske stiglo je u utorak u Srbiju.",
         [ev("aid", ["FRA", "SRB"], date="2026-10-13")]),
    # ---- a Dutch pledge with a long object before its particle
    case("nl-zegt-long-object-steun-toe", "nl", DAY,
         "Duitsland zegt Oekraïne voor de komende drie jaar nog eens elf miljard euro aan militaire "
         "steun toe.",
         [ev("intent", ["DEU", "UKR"])]),
    # ---- round 2: the active "afsluttede" (ended); minehunters as military ships
    case("da-afsluttede-oevelse", "da", DAY,
         "Danske og norske soldater afsluttede fredag en fælles vinterøvelse i Troms.",
         [ev("exercise", ["DNK", "NOR"], date="2026-10-09")]),
    case("da-minerydningsskibe-oevet-sammen", "da", DAY,
         "Danske og tyske minerydningsskibe har siden mandag øvet sammen i Kielerbugten.",
         [ev("exercise", ["DEU", "DNK"])]),
    # ---- hardware that arrives is a delivery (da, no)
    case("da-f16-fly-ankommet-til", "da", DAY,
         "De første hollandske F-16-fly er mandag ankommet til Rumænien.",
         [ev("aid", ["NLD", "ROU"])]),
    case("no-stridsvogner-har-kommet-til", "no", DAY,
         "De første tyske stridsvognene har kommet til Litauen.",
         [ev("aid", ["DEU", "LTU"])]),
    # ---- the exercise gathers the troops of the states listed (no)
    case("no-oevelsen-samler-soldater-fra", "no", DAY,
         "Øvelsen samler i år soldater fra Norge, Danmark og Estland.",
         [ev("exercise", ["DNK", "EST", "NOR"])]),
    # ---- the instructors as subject, the Dutch participle last
    case("nl-instructeurs-hebben-getraind", "nl", DAY,
         "Belgische instructeurs hebben in september 90 Litouwse militairen getraind.",
         [ev("aid", ["BEL", "LTU"], date="2026-09")]),
    # ---- received from the giver named before the verb (hr, sr)
    case("hr-od-x-primila", "hr", DAY,
         "Slovenska vojska je od Njemačke primila četiri helikoptera.",
         [ev("aid", ["DEU", "SVN"])]),
    case("sr-od-x-primila", "sr", DAY,
         "Војска Србије је од Белорусије примила два радара.",
         [ev("aid", ["BLR", "SRB"])]),
    # ---- it: patrol boats as military hardware; a course completed with a date between
    case("it-motovedette-donate", "it", DAY,
         "L'Italia ha donato alla Tunisia sei motovedette.",
         [ev("aid", ["ITA", "TUN"])]),
    case("it-completato-a-settembre-addestramento", "it", DAY,
         "Istruttori italiani hanno completato a settembre l'addestramento di 80 militari iracheni a "
         "Baghdad.",
         [ev("aid", ["IRQ", "ITA"], date="2026-09")]),
    # ---- German and Baltic places in Ukrainian and Polish: where the event took place
    case("uk-bavaria-is-germany", "uk", DAY,
         "На полігоні Графенвер у Баварії в понеділок розпочалися спільні навчання військових США та "
         "Румунії.",
         [ev("exercise", ["ROU", "USA"], location="DEU")]),
    case("pl-lipawa-is-latvia", "pl", DAY,
         "W poniedziałek minister obrony Estonii spotkał się w Lipawie z łotewskim ministrem obrony.",
         [ev("meeting", ["EST", "LVA"], location="LVA")]),
    # ---- round 3: a state that joins the exercise; "also" with the state between
    case("pl-do-cwiczen-dolaczyla-rowniez", "pl", DAY,
         "Polscy i czescy żołnierze rozpoczęli w poniedziałek ćwiczenia na poligonie w Żaganiu. Do ćwiczeń "
         "dołączyła również Słowacja.",
         [ev("exercise", ["CZE", "POL", "SVK"])]),
    case("hr-vjezbi-se-pridruzila-i", "hr", DAY,
         "Hrvatski i talijanski vojnici u ponedjeljak su započeli zajedničku vježbu kod Zadra. Vježbi se "
         "pridružila i Albanija.",
         [ev("exercise", ["ALB", "HRV", "ITA"])]),
    case("sr-vezbi-se-prikljucila-i", "sr", DAY,
         "Vojnici Srbije i Grčke u ponedeljak su započeli zajedničku vežbu kod Niša. Vežbi se priključila i "
         "Bugarska.",
         [ev("exercise", ["BGR", "GRC", "SRB"])]),
    case("da-ogsaa-x-deltager", "da", DAY,
         "Danske og svenske soldater begyndte mandag en fælles øvelse på Bornholm. Også Finland deltager.",
         [ev("exercise", ["DNK", "FIN", "SWE"])]),
    case("no-ogsaa-x-deltar", "no", DAY,
         "Norske og danske soldater startet mandag en felles øvelse i Troms. Også Sverige deltar.",
         [ev("exercise", ["DNK", "NOR", "SWE"])]),
    case("it-hanno-iniziato-esercitazione", "it", DAY,
         "Militari italiani e greci hanno iniziato lunedì un'esercitazione congiunta in Puglia. "
         "All'esercitazione partecipa anche Cipro.",
         [ev("exercise", ["CYP", "GRC", "ITA"], date="2026-10")]),
    # ---- round 4: the feminine plural "izvele" (hr); Dutch armour with its adjective
    case("hr-vojske-izvele-su-gadjanje", "hr", DAY,
         "Hrvatska vojska i slovenska vojska izvele su u utorak zajedničko gađanje kod Knina.",
         [ev("exercise", ["HRV", "SVN"], date="2026-10-13")]),
    case("nl-gepantserde-voertuigen-geschonken", "nl", DAY,
         "België heeft twaalf gepantserde voertuigen aan Moldavië geschonken.",
         [ev("aid", ["BEL", "MDA"])]),
    # ---- no event: a national exercise beside a foreign ship's port call
    case("it-esercitazione-nazionale-is-domestic", "it", DAY,
         "La fregata turca TCG Kemalreis ha fatto scalo a Taranto per il rifornimento. Nello "
         "stesso periodo si è svolta in Puglia l'esercitazione nazionale Grifone 26 dell'Esercito.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
