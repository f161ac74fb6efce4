"""The extract stage on short articles in six languages that had no pack before session 31 (none of these
sentences is in tests/data/heldout/new_packs8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin the general vocabulary of the new packs:
- co (Corsican): "hà ricevutu … u so omologu", "anu firmatu un accordu", "esercitu cumunu", the month
  with "di" before it and "di u" before its year ("u 14 di settembre", "in marzu di u 2019");
- rm (Romansh): "ha retschavì … ses collega", "han suttascrit ina cunvegna", "exercizi cuminaivel",
  "ha surdà … maschinas da sminar";
- mfe (Kreol Morisien): "finn zwenn", "finn siyn enn akor", "egzersis konzwin", "pou fer don" (a pledge); a
  "bato patrouy" (patrol boat) is a ship, not a patrol held; "losean Indien" is no state; "lafors" (force)
  names an armed force; "ar" (to, with) makes no place;
- war (Waray): "nakigkita", "ginpirmahan an kasabutan", "hiniusa nga pagbansay", "ginhatag … mga drone";
- haw (Hawaiian): "ua hui … me", "ua hoʻomaʻamaʻa pū", "ua ʻae … e", weekdays "i ka Pōʻalua";
- dv (Dhivehi): "ބައްދަލުކުރެއްވި", "ސޮއިކުރެއްވި … އެއްބަސްވުމެއް", "ގުޅިގެން ކުރާ … ތަމްރީނު", the year before its month
  ("2019 ވަނަ އަހަރު މާރިޗު މަހު"), and names after a title in a script without capitals.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- co
    case("co-ricevutu-omologu-and-firmatu-accordu", "co", DAY,
         "A ministra francese di l'armate hà ricevutu eri in Aiacciu u so omologu grecu. "
         "I dui ministri anu firmatu un accordu di cuuperazione nant'à a furmazione di i pilotti.",
         [ev("meeting", ["FRA", "GRC"], date="2026-09-15", location="FRA", mode="visit"),
          ev("agreement", ["FRA", "GRC"], date="2026-09-15", doc_type="agreement")]),
    case("co-esercitu-cumunu-with-di-month", "co", DAY,
         "E marine di Francia è di Spagna anu fattu un esercitu cumunu in mare u 14 di settembre.",
         [ev("exercise", ["ESP", "FRA"], date="2026-09-14")]),
    case("co-month-di-u-year-is-background", "co", DAY,
         "U ministru talianu di a difesa hè ghjuntu in Bastia. "
         "L'accordu di difesa trà a Francia è l'Italia hè statu firmatu in Roma in marzu di u 2019.",
         [ev("agreement", ["FRA", "ITA"], date="2019-03", historical=True, doc_type="agreement")]),
    # ---- rm
    case("rm-retschavi-collega-and-suttascrit-cunvegna", "rm", DAY,
         "Il cusseglier federal ha retschavì ier a Berna ses collega tudestg. "
         "Ils dus ministers han suttascrit ina cunvegna davart l'instrucziun da pilots.",
         [ev("meeting", ["CHE", "DEU"], date="2026-09-15", location="CHE", mode="visit"),
          ev("agreement", ["CHE", "DEU"], date="2026-09-15", doc_type="agreement")]),
    case("rm-exercizi-cuminaivel", "rm", DAY,
         "L'armada svizra e l'armada austriaca han fatg glindesdi in exercizi cuminaivel en il Grischun.",
         [ev("exercise", ["AUT", "CHE"], date="2026-09-14", location="CHE")]),
    case("rm-surda-maschinas-da-sminar", "rm", DAY,
         "La Svizra ha surdà oz trais maschinas da sminar a l'armada moldava.",
         [ev("aid", ["CHE", "MDA"], date="2026-09-16")]),
    # ---- mfe
    case("mfe-finn-zwenn-and-pou-fer-don", "mfe", DAY,
         "Minis defans Lind finn zwenn Premie minis yer dan Port-Louis. "
         "Lind pou fer don de avion Dornier ar Moris lane prosenn.",
         [ev("meeting", ["IND", "MUS"], date="2026-09-15", location="MUS", mode="visit"),
          ev("intent", ["IND", "MUS"])]),
    case("mfe-egzersis-konzwin-ocean-is-no-state", "mfe", DAY,
         "Lamarinn Franse ek Kost Gard Nasional finn fer enn egzersis konzwin dan losean Indien lindi.",
         [ev("exercise", ["FRA", "MUS"], date="2026-09-14")]),
    case("mfe-bato-patrouy-is-a-ship-no-patrol", "mfe", DAY,
         "Lamerik finn fer don enn bato patrouy ar Kost Gard Nasional zordi.",
         [ev("aid", ["MUS", "USA"], date="2026-09-16")]),
    case("mfe-lafors-is-an-armed-force", "mfe", DAY,
         "Komandan lafors Angle finn zwenn Komiser Lapolis mardi dan Port-Louis.",
         [ev("meeting", ["GBR", "MUS"], date="2026-09-15", location="MUS")]),
    case("mfe-ar-is-no-place", "mfe", DAY,
         "Langleter finn fer don enn radar militer ar Kost Gard Nasional yer.",
         [ev("aid", ["GBR", "MUS"], date="2026-09-15", location=None)]),
    # ---- war
    case("war-nakigkita-and-ginpirmahan-kasabutan", "war", DAY,
         "Nakigkita kahapon an defense secretary han Pilipinas ngan an defense minister han Japan "
         "ha Tacloban. "
         "Ginpirmahan han duha nga opisyal an kasabutan ha pagbansay han mga sundalo.",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-15", location="PHL"),
          ev("agreement", ["JPN", "PHL"], date="2026-09-15", doc_type="agreement")]),
    case("war-hiniusa-nga-pagbansay", "war", DAY,
         "Mga sundalo han Australia ngan Philippine Army an naghimo hin hiniusa nga pagbansay "
         "ha Ormoc han Lunes.",
         [ev("exercise", ["AUS", "PHL"], date="2026-09-14", location="PHL")]),
    case("war-ginhatag-drone", "war", DAY,
         "Ginhatag han Japan an lima nga drone ngadto ha Philippine Navy yana nga adlaw.",
         [ev("aid", ["JPN", "PHL"], date="2026-09-16")]),
    # ---- haw
    case("haw-ua-hui-me-on-a-weekday", "haw", DAY,
         "Ua hui ke kuhina kaua o Nūhōlani me ke alakaʻi o ke Kauoha Indo-Pakipika ma Honolulu i ka Pōʻalua.",
         [ev("meeting", ["AUS", "USA"], date="2026-09-15", location="USA")]),
    case("haw-hoomaamaa-pu", "haw", DAY,
         "Ua hoʻomaʻamaʻa pū nā koa o Kōlea Hema me ka Pūʻali Koa Kiaʻāina o Hawaiʻi ma Pōhakuloa i kēia lā.",
         [ev("exercise", ["KOR", "USA"], date="2026-09-16", location="USA")]),
    case("haw-ua-ae-e-is-an-intent", "haw", DAY,
         "Ua hui ke alakaʻi pūʻali koa o Iāpana me Kenela Charles Flynn ma Honolulu i nehinei. "
         "Ua ʻae nā alakaʻi ʻelua e hoʻonui i nā hoʻomaʻamaʻa kaua pū i ka makahiki aʻe.",
         [ev("meeting", ["JPN", "USA"], date="2026-09-15", location="USA"),
          ev("intent", ["JPN", "USA"])]),
    # ---- dv
    case("dv-met-and-names-after-the-title", "dv", DAY,
         "ދިފާއީ ވަޒީރު އަލީ ހަސަން، ސްރީލަންކާގެ ދިފާއީ ވަޒީރު ސުނިލް ފެރްނަންޑޯ ކޮޅުންބުގައި އިއްޔެ ބައްދަލުކުރެއްވިއެވެ.",
         [ev("meeting", ["LKA", "MDV"], date="2026-09-15", location="LKA", mode="visit",
             persons=["ސުނިލް ފެރްނަންޑޯ"])]),
    case("dv-signed-agreement", "dv", DAY,
         "ދިވެހިރާއްޖެއާއި ތުރުކީގެ ދިފާއީ ވަޒީރުން މިއަދު ދިފާއީ ދާއިރާގެ އެއްބަސްވުމެއްގައި ސޮއިކުރެއްވިއެވެ.",
         [ev("agreement", ["MDV", "TUR"], date="2026-09-16", doc_type="agreement")]),
    case("dv-joint-exercise-and-year-before-month", "dv", DAY,
         "ދިވެހި ސިފައިންނާއި ބަންގްލަދޭޝްގެ ސިފައިން ގުޅިގެން ކުރާ ތަމްރީނު މިއަދު އައްޑޫގައި ފެށިއްޖެއެވެ. "
         "ފާއިތުވި ތަމްރީނު ބޭއްވީ 2019 ވަނަ އަހަރު މާރިޗު މަހު ބަންގްލަދޭޝްގައެވެ.",
         [ev("exercise", ["BGD", "MDV"], date="2026-09", location="MDV"),
          ev("exercise", ["BGD", "MDV"], date="2019-03", historical=True)]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
