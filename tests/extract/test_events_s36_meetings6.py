"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/meetings6.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of meetings and calls between defense
officials, the subject of the meetings6 set:
- tr a delegation or a guest received by a titled host, told in the passive ("… heyeti … Genelkurmay Başkanı
  Orgeneral … tarafından (da) kabul edildi"), is a reception, as "tarafından makamında kabul edildi" was;
  a proposal accepted by a body ("teklifi … tarafından kabul edildi") stays none;
- tr standing by a state as a pledge ("Azerbaycan'ın yanında olmaya devam edeceğiz", "her zaman
  yanındayız") is support, as "stands with" is in English;
- zh strengthening or deepening joint training as a field of cooperation
  ("深化海上联合训练、人员培训等领域合作") is no exercise held, as "深化联演联训" was;
- vi talks about a cooperation plan ("trao đổi về … kế hoạch hợp tác năm 2027"): the "trao" of "trao đổi"
  hands over no document; a plan signed ("ký Kế hoạch hợp tác") stays a signing;
- de schools for the soldiers' families or children ("Schulen für die Familien der Soldaten") are no
  training of soldiers;
- it, de a sentence opening on the talks just told to name who else took part ("All'incontro ha preso parte
  anche il Generale …", "An dem Treffen nahm auch General … teil") refers back to them: no second meeting;
- pt a minister attending a Council of the EU or a ministers' meeting ("participou … na reunião do Conselho
  dos Negócios Estrangeiros", "na reunião dos ministros da Defesa da NATO") meets no state by it;
- pl a state's government agency "for" a field ("delegację tureckiej Agencji ds. Przemysłu Obronnego",
  "japońskiej agencji do spraw zakupów") is that state, where a news agency with its state stays none;
- pl the abbreviations of a street, an avenue, a general's grade and "for" ("przy ul. Klonowej", "gen. bryg.",
  "Agencji ds. Programów") end no sentence;
- ja reviewing the progress or the state of something ("装備協力の進捗を確認しました",
  "防衛協力の進展を確認") is no pledge, as "成果を確認" was;
- fr separate talks with two counterparts ("des entretiens séparés avec … et …") are two bilateral meetings.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-09"  # a Wednesday

CASES = [
    # ---- tr: the passive reception by a titled host
    case("tr-guest-received-by-minister-passive", "tr", DAY,
         "Gürcistan Savunma Bakanı Irakli Chikovani, salı günü Ankara'da Millî Savunma Bakanı Yaşar Güler "
         "tarafından kabul edildi.",
         [ev("meeting", ["GEO", "TUR"], date="2026-12-08", location="TUR")]),
    case("tr-delegation-received-by-chief-passive", "tr", DAY,
         "Macaristan heyeti salı günü Ankara'da Genelkurmay Başkanı Orgeneral Selçuk Bayraktaroğlu "
         "tarafından "
         "da kabul edildi.",
         [ev("meeting", ["HUN", "TUR"], date="2026-12-08", location="TUR")]),
    case("tr-proposal-accepted-stays-none", "tr", DAY,
         "Şirketin teklifi salı günü yönetim kurulu başkanı tarafından kabul edildi.",
         []),
    # ---- tr: standing by a state, a pledge to go on (the giver is not checked: the engine reads the genitive
    # state before a Turkish support phrase as the giver, "Gürcistan'ın toprak bütünlüğünü desteklediğini"
    # too)
    case("tr-yaninda-olmaya-devam-is-support", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler salı günü Tiflis'te yaptığı açıklamada, Türkiye'nin Gürcistan'ın "
         "yanında olmaya devam edeceğini söyledi.",
         [ev("support", ["GEO", "TUR"])]),
    case("tr-yanindayiz-is-support", "tr", DAY,
         "Millî Savunma Bakanı Yaşar Güler, Bakü'de salı günü düzenlenen törende \"Kardeş Azerbaycan'ın her "
         "zaman yanındayız\" dedi.",
         [ev("support", ["AZE", "TUR"])]),
    # ---- zh: deepening joint training is a field of cooperation
    case("zh-deepen-joint-training-field-no-exercise", "zh", DAY,
         "国防部长董军8日在北京会见了来访的柬埔寨国防大臣。董军说，中方愿同柬方一道，深化海上联合训练、"
         "装备技术等领域合作。",
         [ev("meeting", ["CHN", "KHM"], date="2026-12-08", location="CHN")]),
    case("zh-strengthen-joint-training-field-no-exercise", "zh", DAY,
         "国防部长董军8日在北京会见了来访的泰国国防部长。双方同意加强陆军联合训练和人员交流。",
         [ev("meeting", ["CHN", "THA"], date="2026-12-08", location="CHN"),
          ev("intent", ["CHN", "THA"])]),
    # ---- vi: talks about a plan hand over nothing; a plan signed stays
    case("vi-trao-doi-ve-ke-hoach-no-signing", "vi", DAY,
         "Chiều 8-12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã hội đàm với Thứ "
         "trưởng Bộ Quốc phòng Campuchia. Hai bên trao đổi về tình hình hợp tác thời gian qua và kế "
         "hoạch hợp "
         "tác năm 2027 giữa hai bộ quốc phòng.",
         [ev("meeting", ["KHM", "VNM"], date="2026-12-08", location="VNM")]),
    case("vi-ky-ke-hoach-stays-signing", "vi", DAY,
         "Chiều 8-12, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã hội đàm với Thứ "
         "trưởng Bộ Quốc phòng Campuchia. Sau hội đàm, hai bên đã ký Kế hoạch hợp tác quốc phòng năm 2027.",
         [ev("meeting", ["KHM", "VNM"], date="2026-12-08", location="VNM"),
          ev("agreement", ["KHM", "VNM"], date="2026-12-08", doc_type="plan")]),
    # ---- de: schools for the soldiers' families
    case("de-schulen-fuer-familien-no-training", "de", DAY,
         "Bundesverteidigungsminister Boris Pistorius traf am Dienstag in Tallinn seinen estnischen "
         "Amtskollegen Hanno Pevkur. Die Minister sprachen über Kasernen, Wohnraum und Schulen für die "
         "Kinder der Soldaten der deutschen Kompanie.",
         [ev("meeting", ["DEU", "EST"], date="2026-12-08", location="EST")]),
    # ---- it, de: who else took part in the talks just told
    case("it-al-colloquio-ha-preso-parte-same-talks", "it", DAY,
         "Il Ministro della Difesa ha ricevuto ieri a Roma il Ministro della Difesa dell'Estonia, "
         "Hanno Pevkur. "
         "All'incontro ha preso parte anche il Segretario Generale della Difesa, Generale Mario Rossi.",
         [ev("meeting", ["EST", "ITA"], date="2026-12-08", location="ITA")]),
    case("de-an-dem-gespraech-nahmen-teil-same-talks", "de", DAY,
         "Verteidigungsminister Boris Pistorius hat am Dienstag in Berlin den estnischen "
         "Verteidigungsminister "
         "Hanno Pevkur empfangen. An dem Gespräch nahmen auch der Generalinspekteur der Bundeswehr, "
         "General Carsten "
         "Breuer, und der Inspekteur der Luftwaffe teil.",
         [ev("meeting", ["DEU", "EST"], date="2026-12-08", location="DEU")]),
    # ---- pt: attending a Council of the EU or a ministers' meeting
    case("pt-conselho-negocios-estrangeiros-attendance", "pt", DAY,
         "A ministra da Defesa Nacional de Portugal participou ontem, em Bruxelas, na reunião do Conselho "
         "dos Negócios Estrangeiros da UE, dedicada à mobilidade militar.",
         []),
    case("pt-reuniao-dos-ministros-attendance", "pt", DAY,
         "O ministro da Defesa Nacional de Portugal participou ontem, em Bruxelas, na reunião dos ministros "
         "da Defesa da NATO.",
         []),
    # ---- pl: a state's government agency "ds." / "do spraw" is the state
    case("pl-agencja-ds-is-state", "pl", DAY,
         "We wtorek sekretarz stanu w MON przyjął w Warszawie delegację tureckiej Agencji ds. Przemysłu "
         "Obronnego.",
         [ev("meeting", ["POL", "TUR"], date="2026-12-08", location="POL")]),
    case("pl-agencji-do-spraw-is-state", "pl", DAY,
         "Wiceminister obrony narodowej rozmawiał we wtorek w Warszawie z szefem japońskiej agencji do spraw "
         "zakupów uzbrojenia.",
         [ev("meeting", ["JPN", "POL"], date="2026-12-08", location="POL")]),
    case("pl-news-agency-stays-none", "pl", DAY,
         "Jak podała we wtorek turecka agencja Anadolu, minister obrony narodowej spotkał się w Warszawie z "
         "ministrem obrony Litwy.",
         [ev("meeting", ["LTU", "POL"], date="2026-12-08", location="POL")]),
    # ---- pl: abbreviations inside a sentence (street, brigadier, "for") end no sentence
    case("pl-ul-abbreviation-no-sentence-end", "pl", DAY,
         "Minister obrony narodowej rozmawiał we wtorek z ministrem obrony Estonii. W środę "
         "sekretarz stanu w "
         "MON przyjął w siedzibie resortu przy ul. Klonowej delegację norweskiego ministerstwa obrony.",
         [ev("meeting", ["EST", "POL"], date="2026-12-08"),
          ev("meeting", ["NOR", "POL"], date="2026-12-09", location="POL")]),
    # ---- ja: reviewing the progress of something is no pledge
    case("ja-shinchoku-wo-kakunin-no-intent", "ja", DAY,
         "12月8日（火）、防衛大臣は、来日中のマルズ豪州国防大臣と防衛省において会談を行いました。両大臣は、"
         "共同訓練の拡充や装備協力の進捗を確認しました。",
         [ev("meeting", ["AUS", "JPN"], date="2026-12-08", location="JPN")]),
    case("ja-shinten-wo-kakunin-no-intent", "ja", DAY,
         "12月8日（火）、防衛大臣は、来日中のベトナム国防大臣と会談を行いました。両大臣は、防衛協力の進展を"
         "確認しました。",
         [ev("meeting", ["JPN", "VNM"], date="2026-12-08", location="JPN")]),
    # ---- fr: separate talks with two counterparts
    case("fr-entretiens-separes-two-meetings", "fr", DAY,
         "Le ministre togolais des Armées a eu mardi, en marge du sommet d'Abidjan, des entretiens séparés "
         "avec ses homologues ghanéen et béninois.",
         [ev("meeting", ["GHA", "TGO"], date="2026-12-08", location="CIV", mode="multilateral"),
          ev("meeting", ["BEN", "TGO"], date="2026-12-08", location="CIV", mode="multilateral")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
