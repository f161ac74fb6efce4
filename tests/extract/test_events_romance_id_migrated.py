"""The extract stage on short French, Spanish, Italian, Portuguese and Indonesian articles written for
these tests (invented officials; the packs migrated to concepts.toml: fr, es, it, pt, id).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports.
A case passes when every expected event is found (same type and country set) with the
fields the case states, and no other event is predicted.  Fields a case leaves out are
not checked; `date` is checked as score.py does (the prediction may be finer than the
expectation: "2024-03" accepts "2024-03-12"); `historical` is always checked (default
false); `persons` lists names that must be among the event's persons (folded as score.py
folds them).  The sentences use the verb forms the concepts add: pronominal and clitic
forms ("s'est entretenu", "se ha reunido", "si è incontrato", "reuniu-se"), the Spanish
perfect, Brazilian and European Portuguese, Indonesian me-/di- forms.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, describe, ev

CASES = [
    # --- French ---------------------------------------------------------------------------------
    case("fr-meeting-pronominal", "fr", "2024-03-14",
         "Le ministre des Armées, Paul Devaux, s'est entretenu mardi à Paris avec son homologue sénégalais, "
         "Amadou Ndiaye. La coopération en matière de formation était au cœur de leurs échanges.",
         [ev("meeting", ["FRA", "SEN"], date="2024-03-12", location="FRA",
             persons=["Paul Devaux", "Amadou Ndiaye"])]),
    case("fr-meeting-visit-title-with-article", "fr", "2024-03-14",
         "Le chef d'état-major des armées, le général Jean Morel, a accueilli jeudi à Paris son homologue "
         "tunisien, le général Hédi Ben Salem, en visite officielle en France.",
         [ev("meeting", ["FRA", "TUN"], date="2024-03-14", location="FRA", mode="visit", actor=["TUN"],
             recipient=["FRA"], persons=["Jean Morel", "Hédi Ben Salem"])]),
    case("fr-meeting-phone-present", "fr", "2024-03-14",
         "Le ministre belge de la Défense, Luc Verbeke, et son homologue marocain, Karim "
         "Alaoui, s’entretiennent "
         "par téléphone ce jeudi de la sécurité au Sahel.",
         [ev("meeting", ["BEL", "MAR"], date="2024-03-14", mode="phone")]),
    case("fr-agreement-and-room-for-manoeuvre", "fr", "2024-03-14",
         "La France et la Côte d'Ivoire ont signé lundi à Abidjan un accord de coopération "
         "en matière de défense. "
         "Le ministre ivoirien de la Défense a ajouté que son pays garde une marge de "
         "manœuvre face à ses voisins.",
         [ev("agreement", ["CIV", "FRA"], date="2024-03-11", location="CIV", doc_type="agreement")]),
    # --- Spanish --------------------------------------------------------------------------------
    case("es-meeting-visit-perfect", "es", "2024-03-14",
         "La ministra de Defensa de España, Lucía Ortega, se ha reunido este martes en "
         "Madrid con su homólogo de "
         "Colombia, Andrés Rivera.",
         [ev("meeting", ["COL", "ESP"], date="2024-03-12", location="ESP",
             persons=["Lucía Ortega", "Andrés Rivera"])]),
    case("es-agreement-memorandum-perfect", "es", "2024-03-14",
         "Chile y Perú han firmado el lunes en Lima un memorando de entendimiento sobre "
         "cooperación en defensa.",
         [ev("agreement", ["CHL", "PER"], date="2024-03-11", location="PER", doc_type="memorandum")]),
    case("es-reached-agreement-is-no-arrival", "es", "2024-03-14",
         "El ministro de Defensa de Uruguay, Martín Sosa, llegó a un acuerdo con su "
         "homólogo de Paraguay para "
         "ampliar la cooperación en la formación de oficiales.",
         [ev("intent", ["PRY", "URY"])]),
    # --- Italian --------------------------------------------------------------------------------
    case("it-meeting-reflexive", "it", "2024-03-14",
         "Il ministro della Difesa italiano, Marco Bellini, si è incontrato giovedì a "
         "Roma con il suo omologo "
         "greco, Nikos Pappas.",
         [ev("meeting", ["GRC", "ITA"], date="2024-03-14", location="ITA",
             persons=["Marco Bellini", "Nikos Pappas"])]),
    case("it-agreement-passato-prossimo", "it", "2024-03-14",
         "Italia e Albania hanno sottoscritto martedì a Tirana un accordo di cooperazione nel "
         "settore della difesa.",
         [ev("agreement", ["ALB", "ITA"], date="2024-03-12", location="ALB", doc_type="agreement")]),
    case("it-budget-manoeuvre-is-no-exercise", "it", "2024-03-14",
         "La manovra finanziaria presentata dal governo italiano ha visto un aumento della spesa militare, "
         "mentre la Francia ha condotto una revisione del proprio bilancio della difesa.", []),
    # --- Portuguese -----------------------------------------------------------------------------
    case("pt-meeting-enclitic-title-with-article", "pt", "2024-03-14",
         "A ministra da Defesa Nacional, Helena Rocha, reuniu-se na terça-feira em Lisboa com o seu homólogo "
         "cabo-verdiano, Carlos Tavares.",
         [ev("meeting", ["CPV", "PRT"], date="2024-03-12", location="PRT",
             persons=["Helena Rocha", "Carlos Tavares"])]),
    case("pt-br-agreement-memorandum", "pt", "2024-03-14",
         "Brasil e Argentina assinaram nesta segunda-feira, em Brasília, um memorando de "
         "entendimento na área de "
         "defesa cibernética.",
         [ev("agreement", ["ARG", "BRA"], date="2024-03-11", location="BRA", doc_type="memorandum")]),
    case("pt-phone-european-spelling", "pt", "2024-03-14",
         "A ministra da Defesa de Angola, Rosa Mendes, manteve na quarta-feira uma conversa telefónica com o "
         "ministro da Defesa de Moçambique, Alberto Chissano.",
         [ev("meeting", ["AGO", "MOZ"], date="2024-03-13", mode="phone")]),
    # --- Indonesian -----------------------------------------------------------------------------
    case("id-meeting-receives-visit", "id", "2024-03-14",
         "Menteri Pertahanan Indonesia Budi Santoso menerima kunjungan Menteri Pertahanan "
         "Filipina Ramon Cruz di "
         "Jakarta, Selasa (12/3/2024). Kedua menteri membahas kerja sama keamanan maritim.",
         [ev("meeting", ["IDN", "PHL"], date="2024-03-12", location="IDN", mode="visit")]),
    case("id-agreement-memorandum", "id", "2024-03-14",
         "Indonesia dan Singapura menandatangani nota kesepahaman di bidang pertahanan "
         "di Singapura pada Senin "
         "(11/3/2024).",
         [ev("agreement", ["IDN", "SGP"], date="2024-03-11", location="SGP", doc_type="memorandum")]),
    case("id-grant-received-is-aid-not-meeting", "id", "2024-03-14",
         "TNI Angkatan Laut menerima hibah dua kapal patroli dari Jepang pada Selasa (12/3/2024).",
         [ev("aid", ["IDN", "JPN"])]),
    case("id-courtesy-call-bracketed-short-title", "id", "2024-02-20",
         "Menteri Pertahanan (Menhan) Budi Santoso menerima kunjungan kehormatan "
         "Panglima Angkatan Bersenjata "
         "Australia General Mark Wilson di Kantor Kemhan, Jakarta, Selasa (20/2/2024).",
         [ev("meeting", ["AUS", "IDN"], date="2024-02-20", location="IDN", mode="visit",
             persons=["Budi Santoso", "Mark Wilson"])]),
    case("id-malaysian-state-titles", "id", "2021-10-29",
         "Menhan RI Budi Santoso melakukan kunjungan kehormatan ke Menteri Pertahanan Malaysia Dato’ Seri "
         "Ahmad Rizal, Kamis (28/10/2021), di Kuala Lumpur.",
         [ev("meeting", ["IDN", "MYS"], date="2021-10-28", location="MYS", mode="visit",
             persons=["Budi Santoso", "Ahmad Rizal"])]),
    case("id-invitation-to-visit-is-intent", "id", "2024-06-13",
         "Menhan Australia mengundang Menhan RI untuk berkunjung ke Canberra tahun depan.",
         [ev("intent", ["AUS", "IDN"])]),
    case("id-latgabma-opened", "id", "2025-08-05",
         "Latgabma TNI dan Angkatan Darat Amerika Serikat resmi dibuka di Baturaja, Senin (4/8/2025).",
         [ev("exercise", ["IDN", "USA"], date="2025-08")]),
    case("id-retired-rank-in-brackets", "id", "2025-03-05",
         "Menhan Jepang Kenji Sato bertemu Letjen TNI (Purn) Budi Santoso, Selasa (4/3/2025), di Tokyo.",
         [ev("meeting", ["IDN", "JPN"], date="2025-03-04", location="JPN",
             persons=["Kenji Sato", "Budi Santoso"])]),
    case("id-units-received-aid", "id", "2024-03-14",
         "TNI AL menerima dua unit kapal patroli dari Jepang, Selasa (12/3/2024).",
         [ev("aid", ["IDN", "JPN"], date="2024-03-12")]),
    case("id-counterpart-from-state", "id", "2024-03-14",
         "Menhan RI bertemu mitranya dari Australia, Richard Hughes, di Canberra, Selasa (12/3/2024).",
         [ev("meeting", ["AUS", "IDN"], date="2024-03-12", location="AUS", persons=["Richard Hughes"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)



@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "L'Ukraine a reçu mardi les premiers avions de combat livrés par la Belgique."),
    ("es", "Ucrania recibió el martes los primeros aviones de combate procedentes de Bélgica."),
    ("it", "L'Ucraina ha ricevuto martedì i primi aerei da combattimento dal Belgio."),
    ("pt", "A Ucrânia recebeu na terça-feira os primeiros aviões de combate da Bélgica."),
    ("id", "Ukraina menerima pesawat tempur pertama dari Belgia pada Selasa."),
])
def test_receiving_material_is_not_a_meeting(extractor: Extractor, lang: str, text: str) -> None:
    """Receiving verbs (a reçu, recibió, ha ricevuto, recebeu, menerima) make a meeting only with an
    official of defence named in the sentence."""
    article = Article(id="case", text=text, published="2024-03-14", lang=lang, lang_hint=lang)
    events = list(extractor.extract(article).events)
    assert not [e for e in events if e.type == "meeting"], describe(events)
