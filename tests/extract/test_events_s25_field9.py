"""The extract stage on short articles in eight languages written for these tests (none of these sentences is
in tests/data/heldout/field9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general press wording of exercises and aid, the field genres of the
field9 set: an exercise told verb first with a long adverbial before its subject ("Si è conclusa …
l'esercitazione", it; "véget ért a … gyakorlat", hu), an exercise that "came to a close" and air forces that
"flew … missions" in it (en), "afgesloten" (nl), a state that joins ("is bekapcsolódott", hu; "sa zapojili
aj", sk; "yer aldı", tr), the home troops named before the others ("Okrem slovenských vojakov …", sk),
training given ("condotto da istruttori", it; "concluíram … a formação de", pt; "pripravovali inštruktori",
"absolvovali výcvik v", sk; "eğitimlerini tamamladı", tr), tactical vehicles handed over and the LAF (it),
money set aside for the other side ("uittrekt", nl), those who watch the exercise ("obserwować będą", pl), the
own units' firing drills ("tiri diurni e notturni", it; "lövészeti kiképzés", hu), talks with a manufacturer
("tárgyal a gyártóval", hu) and a port call alone ("liman ziyareti", tr).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- it: the verb before a long adverbial and the exercise as its subject
    case("it-si-e-conclusa-tilde-l-esercitazione", "it", DAY,
         "Si è conclusa martedì nell'area addestrativa del poligono di Monte Romano l'esercitazione Lupo "
         "Grigio, con paracadutisti italiani, sloveni e croati.",
         [ev("exercise", ["HRV", "ITA", "SVN"], date="2026-09")]),
    # ---- it: tactical vehicles are military hardware
    case("it-veicoli-tattici-are-materiel", "it", DAY,
         "Lo scorso anno l'Italia aveva già consegnato alla Somalia quindici veicoli tattici.",
         [ev("aid", ["ITA", "SOM"], historical=True)]),
    # ---- it: a course run by another state's instructors, the Lebanese forces by their acronym
    case("it-condotto-da-istruttori-is-training-given", "it", DAY,
         "A Viterbo si è chiuso lunedì un corso per 25 sottufficiali delle LAF, condotto da istruttori "
         "dell'Esercito italiano.",
         [ev("aid", ["ITA", "LBN"])]),
    # ---- it: the own units' day and night firing is no exercise with the article's partner
    case("it-tiri-diurni-is-a-domestic-drill", "it", DAY,
         "Il ministro ha incontrato a Roma l'omologo francese per parlare di difesa aerea. Nello stesso "
         "giorno, "
         "in Sardegna, gli artiglieri della brigata Sassari hanno svolto un'esercitazione con tiri diurni e "
         "notturni.",
         [ev("meeting", ["FRA", "ITA"])]),
    # ---- hu: "véget ért" before a long subject, and a state that joins
    case("hu-veget-ert-tilde-gyakorlat-and-is-bekapcsolodott", "hu", DAY,
         "Kedden véget ért a Tavaszi Vihar 2026 elnevezésű többnemzeti magyar–horvát közös katonai gyakorlat "
         "Tatán. "
         "A gyakorlatba idén Ausztria is bekapcsolódott egy hídépítő szakasszal.",
         [ev("exercise", ["AUT", "HRV", "HUN"], date="2026-09")]),
    # ---- hu: the own troops' shooting training is no exercise with the article's partner
    case("hu-loveszeti-kikepzes-is-domestic", "hu", DAY,
         "A honvédelmi miniszter kedden Budapesten fogadta lengyel kollégáját. Eközben a tartalékosok "
         "kétnapos "
         "lövészeti kiképzést tartottak Újdörögdön.",
         [ev("meeting", ["HUN", "POL"])]),
    # ---- hu: talks with a manufacturer are no meeting of two states
    case("hu-targyal-a-gyartoval-is-no-meeting", "hu", DAY,
         "A svéd hadsereg már rendszeresíti a típust, Lengyelország pedig a harckocsi helyi gyártásáról "
         "tárgyal a gyártóval.",
         []),
    # ---- sk: the home troops named first, then the others; one more that joins with "aj"
    case("sk-okrem-slovenskych-and-zapojili-aj", "sk", DAY,
         "V Záhorí sa v utorok skončilo medzinárodné cvičenie ženistov. Okrem slovenských vojakov cvičili na "
         "Záhorí ženisti z Nemecka, Poľska a Holandska. Do cvičenia sa zapojili aj vojaci z Chorvátska.",
         [ev("exercise", ["DEU", "HRV", "NLD", "POL", "SVK"])]),
    # ---- sk: trainers named after the trainees, and a course completed abroad
    case("sk-pripravovali-instruktori-is-training-given", "sk", DAY,
         "Slovenskí technici absolvovali výcvik vo Francúzsku, kde ich pripravovali inštruktori francúzskeho "
         "letectva na údržbu vrtuľníkov.",
         [ev("aid", ["FRA", "SVK"])]),
    # ---- tr: a state that "also" took part, with "yer aldı"
    case("tr-yer-aldi-joins-the-exercise", "tr", DAY,
         "Türkiye, Azerbaycan ve Pakistan özel kuvvetlerinin katıldığı Üç Kardeş tatbikatı Ankara'da "
         "sona erdi. "
         "Ayrıca Katar da bir timle tatbikatta yer aldı.",
         [ev("exercise", ["AZE", "PAK", "QAT", "TUR"])]),
    # ---- tr: a port call alone, the ship open to the public: no exercise and no meeting
    case("tr-liman-ziyareti-alone-is-no-event", "tr", DAY,
         "TCG Gediz fırkateyni dün Tunus'un Bizerte Limanı'na liman ziyareti gerçekleştirdi. "
         "Ziyaret süresince gemi halkın ziyaretine açık tutuldu.",
         []),
    # ---- tr: the trainees completed their training in Turkey
    case("tr-egitimlerini-tamamladi-is-training-given", "tr", DAY,
         "Kosova Güvenlik Kuvvetlerinden 20 subay, Türkiye'deki askeri okullarda eğitimlerini tamamladı.",
         [ev("aid", ["TUR", "XKX"])]),
    # ---- nl: an exercise that was "afgesloten"
    case("nl-afgesloten-is-held", "nl", DAY,
         "Dinsdag is in de Noordzee de gezamenlijke oefening van Nederlandse en Belgische mijnenjagers "
         "afgesloten.",
         [ev("exercise", ["BEL", "NLD"])]),
    # ---- nl: money set aside for the other side is a pledge
    case("nl-uittrekt-is-a-pledge", "nl", DAY,
         "De minister maakte woensdag bekend dat Nederland 400 miljoen euro voor de luchtverdediging van "
         "Oekraïne uittrekt.",
         [ev("intent", ["NLD", "UKR"])]),
    # ---- pt: instructors who completed the training of the other side's troops
    case("pt-concluiram-a-formacao-de-is-training-given", "pt", DAY,
         "Instrutores da Marinha Portuguesa concluíram na terça-feira, em Luanda, a formação de 40 "
         "fuzileiros "
         "angolanos.",
         [ev("aid", ["AGO", "PRT"])]),
    # ---- pl: those who watch the exercise are no party of it
    case("pl-obserwowac-beda-are-observers", "pl", DAY,
         "We wtorek rozpoczęły się polsko-litewskie ćwiczenia Żelazny Most. Przebieg ćwiczeń obserwować będą "
         "oficerowie z Gruzji i Mołdawii.",
         [ev("exercise", ["LTU", "POL"])]),
    # ---- en: an exercise that came to a close, the air forces that flew its missions, one that also joined
    case("en-came-to-a-close-and-flew-missions", "en", DAY,
         "Exercise Southern Reach came to a close at RAAF Base Tindal on Tuesday. Alongside the RAAF, air "
         "forces from Malaysia, Thailand and New Zealand flew day and night missions from Tindal. The "
         "Republic "
         "of Korea Air Force also joined the exercise.",
         [ev("exercise", ["AUS", "KOR", "MYS", "NZL", "THA"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
