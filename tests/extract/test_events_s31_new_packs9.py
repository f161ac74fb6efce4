"""The extract stage on short articles in six languages that had no pack before session 31 round 2 (none of
these sentences is in tests/data/heldout/new_packs9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin the general vocabulary of the new packs:
- eo (Esperanto): "akceptis … sian kolegon", "subskribis interkonsenton", "komunan maran ekzercon",
  "transdonis … al", lower-case adjectives in -a/-an, weekdays in -e (lunde);
- la (Latin): "visitavit … colloquium habuit", "exercitationem communem habuerunt", "pactum … subscripserunt",
  the names in their cases (Poloniae, Berolinum), "die Lunae";
- nso (Sepedi): "o kopane le", "di saennetše memorantamo", "a swere tlwaetšo ya mmogo", lehono / maabane;
- ve (Tshivenḓa): "o ṱangana na", "vho saina thendelano", "yo ṋea … zwiṱhavhi", ṋamusi / mulovha /
  "nga Musumbuluwo"; "u dalela" (to visit) is no visit;
- ak (Twi): "ɔne … hyiae", "too nsa hyɛɛ … apam ase", "yɛɛ ntetee abom", nnɛ / nnɛra / Dwoada;
- bo (Tibetan): "ཕེབས་ནས … མཇལ་འཕྲད", "མཉམ་འབྲེལ་དམག་སྦྱོང", "གྲོས་མཐུན་ལ་མིང་རྟགས་བཀོད", དེ་རིང / ཁ་སང, names with
  the tsheg, a month number before "ཚེས་" and its day, names after their titles (name_regex), an invitation
  to a visit still to come.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- eo
    case("eo-akceptis-kolegon-and-subskribis-interkonsenton", "eo", DAY,
         "La franca ministrino pri defendo akceptis hieraŭ en Parizo sian italan kolegon. "
         "La du ministroj subskribis interkonsenton pri trejnado de pilotoj.",
         [ev("meeting", ["FRA", "ITA"], date="2026-09-15", location="FRA", mode="visit"),
          ev("agreement", ["FRA", "ITA"], date="2026-09-15", doc_type="agreement")]),
    case("eo-komuna-mara-ekzerco-on-a-weekday", "eo", DAY,
         "La mararmeoj de Japanio kaj Barato okazigis lunde komunan maran ekzercon proksime de Tokio.",
         [ev("exercise", ["IND", "JPN"], date="2026-09-14", location="JPN")]),
    case("eo-transdonis-al", "eo", DAY,
         "Germanio transdonis hodiaŭ al Ukrainio kvar tankojn kaj militan ekipaĵon.",
         [ev("aid", ["DEU", "UKR"], date="2026-09-16")]),
    case("eo-komuna-trejnado-discussed-is-no-exercise", "eo", DAY,
         "La latva ministro pri defendo renkontiĝis hieraŭ en Rigo kun sia estona kolego. "
         "Ili diskutis pri la sekureco de la limo, pri aerdefendo kaj pri komuna trejnado de soldatoj.",
         [ev("meeting", ["EST", "LVA"], date="2026-09-15", location="LVA")]),
    case("eo-vendos-helikopterojn-is-an-intent", "eo", DAY,
         "Usono vendos al Pollando 96 helikopterojn, anoncis la usona registaro.",
         [ev("intent", ["POL", "USA"])]),
    case("eo-invitis-viziti-is-only-an-intent", "eo", DAY,
         "La ministro pri defendo de Pollando invitis sian ukrainan kolegon viziti Varsovion.",
         [ev("intent", ["POL", "UKR"])]),
    case("eo-state-in-the-accusative", "eo", DAY,
         "La hispana ministro pri defendo vizitis hieraŭ Turkion.",
         [ev("meeting", ["ESP", "TUR"], date="2026-09-15", location="TUR", mode="visit")]),
    case("eo-more-demonyms-and-capitals-and-next-monday", "eo", DAY,
         "La ministro pri defendo de Japanio renkontiĝos kun sia filipina kolego en Manilo venontan lundon.",
         [ev("meeting", ["JPN", "PHL"], date="2026-09-21", location="PHL")]),
    # ---- la
    case("la-visitavit-colloquium-habuit", "la", DAY,
         "Minister defensionis Poloniae heri Berolinum visitavit et cum collega Germanico colloquium habuit.",
         [ev("meeting", ["DEU", "POL"], date="2026-09-15", location="DEU", mode="visit")]),
    case("la-exercitationem-communem-die-lunae", "la", DAY,
         "Copiae Lituaniae et Lettoniae die Lunae exercitationem communem habuerunt.",
         [ev("exercise", ["LTU", "LVA"], date="2026-09-14")]),
    case("la-pactum-subscripserunt", "la", DAY,
         "Italia et Hispania hodie Romae pactum de cooperatione militari subscripserunt.",
         [ev("agreement", ["ESP", "ITA"], date="2026-09-16", location="ITA", doc_type="agreement")]),
    case("la-currus-armatos-vendiderunt", "la", DAY,
         "Civitates Foederatae Poloniae currus armatos vendiderunt.",
         [ev("aid", ["POL", "USA"])]),
    case("la-adjective-in-the-ablative-and-die-veneris", "la", DAY,
         "Minister defensionis Italiae Lutetiae cum collega Gallico die Veneris convenit.",
         [ev("meeting", ["FRA", "ITA"], date="2026-09-11")]),
    case("la-mare-iaponicum-is-no-state", "la", DAY,
         "Copiae Sinarum et Russiae in Mari Iaponico exercitationes communes habuerunt.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("la-aeroplana-sine-gubernatore-are-war-material", "la", DAY,
         "Anno 2022 Turcia Ucrainae aeroplana sine gubernatore tradidit.",
         [ev("aid", ["TUR", "UKR"], date="2022", historical=True)]),
    # ---- nso
    case("nso-o-kopane-le-lehono", "nso", DAY,
         "Tona ya Tšhireletšo ya Zambia o kopane le Tona ya Tšhireletšo ya Afrika Borwa kua Pretoria lehono.",
         [ev("meeting", ["ZAF", "ZMB"], date="2026-09-16", location="ZAF")]),
    case("nso-saennetse-memorantamo-maabane", "nso", DAY,
         "Afrika Borwa le Lesotho di saennetše memorantamo wa tšhomišano ya sesole maabane.",
         [ev("agreement", ["LSO", "ZAF"], date="2026-09-15", doc_type="memorandum")]),
    case("nso-swere-tlwaetso-ya-mmogo", "nso", DAY,
         "Masole a Afrika Borwa le a Namibia a swere tlwaetšo ya mmogo kua Namibia ka Mošupologo.",
         [ev("exercise", ["NAM", "ZAF"], date="2026-09-14", location="NAM")]),
    case("nso-laleditse-go-etela-is-only-an-intent", "nso", DAY,
         "Tona ya Tšhireletšo o laleditše Tona ya Tšhireletšo ya Namibia go etela Afrika Borwa.",
         [ev("intent", ["NAM", "ZAF"])]),
    # ---- ve
    case("ve-o-tangana-na-mulovha", "ve", DAY,
         "Minisiṱa wa Tsireledzo wa Botswana o ṱangana na Minisiṱa wa Tsireledzo wa Afurika Tshipembe "
         "ngei Gaborone mulovha.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-09-15", location="BWA")]),
    case("ve-vho-saina-thendelano", "ve", DAY,
         "Afurika Tshipembe na Mozambiki vho saina thendelano ya tsireledzo ṋamusi.",
         [ev("agreement", ["MOZ", "ZAF"], date="2026-09-16", doc_type="agreement")]),
    case("ve-yo-nea-zwithavhi-nga-musumbuluwo", "ve", DAY,
         "Indiya yo ṋea Mmbi ya Tsireledzo ya Afurika Tshipembe zwiṱhavhi nga Musumbuluwo.",
         [ev("aid", ["IND", "ZAF"], date="2026-09-14")]),
    case("ve-o-ramba-u-dalela-is-only-an-intent", "ve", DAY,
         "Minisiṱa wa Tsireledzo o ramba Minisiṱa wa Tsireledzo wa Namibia u dalela Afurika Tshipembe.",
         [ev("intent", ["NAM", "ZAF"])]),
    # ---- ak
    case("ak-one-hyiae-nne", "ak", DAY,
         "Togo Ahobammɔ Minista baa Accra nnɛ na ɔne Ghana Ahobammɔ Minista hyiae.",
         [ev("meeting", ["GHA", "TGO"], date="2026-09-16", location="GHA")]),
    case("ak-too-nsa-hyee-apam-ase-nnera", "ak", DAY,
         "Ghana ne Nigeria too nsa hyɛɛ ahobammɔ apam ase nnɛra.",
         [ev("agreement", ["GHA", "NGA"], date="2026-09-15", doc_type="agreement")]),
    case("ak-yee-ntetee-abom-dwoada", "ak", DAY,
         "Ghana asraafo ne Britain asraafo yɛɛ ntetee abom wɔ Tamale Dwoada.",
         [ev("exercise", ["GBR", "GHA"], date="2026-09-14", location="GHA")]),
    # ---- bo
    case("bo-phebs-nas-mjal-phrad", "bo", DAY,
         "རྒྱ་གར་གྱི་སྲུང་སྐྱོབ་བློན་པོ་ཁ་སང་ཀ་ཋ་མན་ཌུ་རུ་ཕེབས་ནས་བལ་ཡུལ་གྱི་སྲིད་བློན་དང་མཇལ་འཕྲད་གནང་།",
         [ev("meeting", ["IND", "NPL"], date="2026-09-15", location="NPL")]),
    case("bo-mnyam-brel-dmag-sbyong", "bo", DAY,
         "རྒྱ་གར་དང་འབྲུག་ཡུལ་གཉིས་ཀྱི་དམག་དཔུང་གིས་དེ་རིང་ཐིམ་ཕུག་ཏུ་མཉམ་འབྲེལ་དམག་སྦྱོང་བྱས་ཡོད།",
         [ev("exercise", ["BTN", "IND"], date="2026-09-16", location="BTN")]),
    case("bo-gros-mthun-ming-rtags-bkod", "bo", DAY,
         "རྒྱ་ནག་དང་པ་ཀི་སི་ཐན་གཉིས་ཀྱིས་ཁ་སང་པེ་ཅིང་དུ་དམག་དོན་མཉམ་ལས་ཀྱི་གྲོས་མཐུན་ལ་མིང་རྟགས་བཀོད།",
         [ev("agreement", ["CHN", "PAK"], date="2026-09-15", location="CHN")]),
    case("bo-invitation-to-a-visit-to-come-is-only-an-intent", "bo", DAY,
         "རྒྱ་གར་གྱི་སྲུང་སྐྱོབ་བློན་པོས་འབྲུག་ཡུལ་གྱི་རྒྱལ་པོར་རྒྱ་གར་དུ་ཐུགས་མཇལ་ལ་ཕེབས་རྒྱུའི་གདན་ཞུ་ཞུས།",
         [ev("intent", ["BTN", "IND"])]),
    case("bo-names-after-their-titles", "bo", DAY,
         "རྒྱ་གར་གྱི་སྲུང་སྐྱོབ་བློན་པོ་རཱཛ་ནཱཐ་སིང་གིས་ཁ་སང་ཐིམ་ཕུག་ཏུ་འབྲུག་གི་སྲིད་བློན་ཚེ་རིང་སྟོབས་རྒྱས་དང་མཇལ་འཕྲད་གནང་།",
         [ev("meeting", ["BTN", "IND"], date="2026-09-15", location="BTN",
             persons=["རཱཛ་ནཱཐ་སིང", "ཚེ་རིང་སྟོབས་རྒྱས"])]),
    case("bo-month-number-then-day-number", "bo", DAY,
         "རྒྱ་གར་དང་ཨ་རི་གཉིས་ཀྱི་དམག་དཔུང་གིས་ཟླ་ ༩ ཚེས་ ༡༠ ཉིན་ལ་དྭགས་སུ་མཉམ་འབྲེལ་དམག་སྦྱོང་བྱས་ཡོད།",
         [ev("exercise", ["IND", "USA"], date="2026-09-10", location="IND")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
