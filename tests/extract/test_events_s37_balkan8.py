"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/balkan8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of defense diplomacy in the Balkan and
South-East European press, the subject of the balkan8 set:
- sl a debate in the home parliament ("so razpravljali v DZ", "tema razprave v državnem zboru",
  "parlamentarna razprava") is no meeting with the state the debate was about, and the aid that was its topic
  ("Pomoč Ukrajini je bila … tudi tema razprave v DZ") no second delivery;
- ro thanks for the other side's solidarity or support ("a mulțumit României pentru solidaritate") is no
  support statement (GUIDELINES: thanks are no events);
- ro support for a state on its European path ("pe drumul ei european", "parcursul său european", "calea
  europeană") is a support statement, as "parcursul european" was;
- bs, hr an impersonal "it was agreed" opening a sentence ("Dogovoreno je da …", "Također je dogovoreno …",
  "Usuglašeno je …") refers back to the parties just told, three as two, as in sr;
- bs "will continue / will further / will strengthen" with "će" ("Turska će i u narednom periodu nastaviti
  podržavati …", "Saradnja će se i dalje razvijati …") is a pledge, as in hr and sr;
- mk, bs training named in a list of topics of the talks ("разговараа за воената мобилност и за обуката на …",
  "razgovarali su o saradnji, školovanju pripadnika …") is no training given (aid), as the joint training
  topics were;
- mk a count of exercises taken part in ("учествуваше на повеќе од 30 меѓународни вежби", "над 25 вежби") is
  no exercise held with the state the article is about;
- sr, hr, bs "the meeting of the defense ministers of X and Y" ("Састанак министара одбране Србије и Грчке",
  "Sastanak ministara obrane Hrvatske i Albanije"), a headline's way to tell a bilateral meeting, is no
  ministerial forum: the meeting is a visit;
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- sl: a debate in the home parliament is no meeting
    case("sl-razpravljali-v-dz-is-no-meeting", "sl", DAY,
         "Slovenska vojska je Ukrajini v ponedeljek predala 20 oklepnih vozil. O novem paketu pomoči "
         "Ukrajini so v torek razpravljali v DZ, kjer je opozicija opozorila na prazna skladišča Slovenske "
         "vojske.",
         [ev("aid", ["SVN", "UKR"], date="2026-10-12")]),
    case("sl-parlamentarna-razprava-is-no-meeting", "sl", DAY,
         "Slovenska vojska je Ukrajini v ponedeljek predala 20 oklepnih vozil. Parlamentarna razprava o "
         "pomoči Ukrajini je v torek razkrila nezadovoljstvo v Slovenski vojski.",
         [ev("aid", ["SVN", "UKR"], date="2026-10-12")]),
    case("sl-pomoc-tema-razprave-v-dz-is-no-aid", "sl", DAY,
         "Slovenska vojska je Ukrajini v ponedeljek predala 20 oklepnih vozil. Pomoč Ukrajini je bila v "
         "preteklih dneh tudi tema razprave v DZ, kjer so opozicijske stranke vladi očitale, da se s tem "
         "prazni skladišča Slovenske vojske.",
         [ev("aid", ["SVN", "UKR"], date="2026-10-12")]),
    # ---- ro: thanks for solidarity or support
    case("ro-a-multumit-pentru-solidaritate-is-no-support", "ro", DAY,
         "Ministrul apărării, Ionuț Moșteanu, l-a primit luni pe ministrul apărării al Ucrainei. Ministrul "
         "ucrainean a mulțumit României pentru solidaritatea arătată în ultimii ani.",
         [ev("meeting", ["ROU", "UKR"], date="2026-10-12", location="ROU", mode="visit")]),
    case("ro-i-a-multumit-pentru-sprijinul-ferm-is-no-support", "ro", DAY,
         "Șeful Statului Major al Apărării s-a întâlnit marți la București cu omologul său georgian. "
         "Generalul georgian i-a mulțumit pentru sprijinul ferm al României în ultimii ani.",
         [ev("meeting", ["GEO", "ROU"], date="2026-10-13", location="ROU")]),
    case("ro-care-a-multumit-pentru-solidaritate-si-sprijin-is-no-support", "ro", DAY,
         "Ministrul Moșteanu s-a întâlnit marți la București cu ministrul apărării al Georgiei, care a "
         "mulțumit României pentru solidaritate și sprijin.",
         [ev("meeting", ["GEO", "ROU"], date="2026-10-13", location="ROU")]),
    # ---- ro: support on the European path
    case("ro-pe-drumul-ei-european-is-support", "ro", DAY,
         "Ministrul apărării, Ionuț Moșteanu, l-a primit luni pe ministrul apărării al Republicii Moldova. "
         "Moșteanu a asigurat că România rămâne alături de Republica Moldova pe drumul ei european.",
         [ev("meeting", ["MDA", "ROU"], date="2026-10-12", location="ROU", mode="visit"),
          ev("support", ["MDA", "ROU"], date="2026-10-12")]),
    case("ro-parcursul-sau-european-is-support", "ro", DAY,
         "Ministrul apărării naționale a avut marți o convorbire telefonică cu omologul său ucrainean, "
         "căruia i-a reafirmat sprijinul României pe parcursul său european.",
         [ev("meeting", ["ROU", "UKR"], date="2026-10-13", mode="phone"),
          ev("support", ["ROU", "UKR"], date="2026-10-13")]),
    # ---- bs, hr: "dogovoreno je" refers back to the parties
    case("bs-dogovoreno-je-trilateral-is-intent", "bs", DAY,
         "Ministri odbrane Bosne i Hercegovine, Srbije i Crne Gore sastali su se u ponedjeljak u Trebinju. "
         "Dogovoreno je da tri zemlje naredne godine organizuju zajedničku vježbu jedinica za spašavanje.",
         [ev("meeting", ["BIH", "MNE", "SRB"], date="2026-10-12", mode="multilateral"),
          ev("intent", ["BIH", "MNE", "SRB"], date="2026-10-12")]),
    case("hr-takoder-je-dogovoreno-trilateral-is-intent", "hr", DAY,
         "Ministri obrane Hrvatske, Slovenije i Mađarske sastali su se u utorak u Varaždinu. Također je "
         "dogovoreno da će se piloti triju zemalja iduće godine zajednički osposobljavati.",
         [ev("meeting", ["HRV", "HUN", "SVN"], date="2026-10-13", mode="multilateral"),
          ev("intent", ["HRV", "HUN", "SVN"], date="2026-10-13")]),
    # ---- mk, bs: training as a topic of the talks
    case("mk-razgovaraa-za-obukata-na-is-no-aid", "mk", DAY,
         "Министерот за одбрана Владо Мисајловски се сретна во понеделник во Скопје со словенечкиот министер "
         "за одбрана Борут Сајовиц. Министрите разговараа за воената мобилност и за обуката на македонски "
         "пилоти во Словенија.",
         [ev("meeting", ["MKD", "SVN"], date="2026-10-12", location="MKD", mode="visit")]),
    case("mk-bese-razgovarano-za-obukata-na-is-no-aid", "mk", DAY,
         "Министерот за одбрана Владо Мисајловски го прими во вторник германскиот државен секретар за "
         "одбрана. На средбата беше разговарано за воената мобилност и обуката на припадниците на Армијата "
         "во Германија.",
         [ev("meeting", ["DEU", "MKD"], date="2026-10-13", location="MKD")]),
    case("bs-razgovarali-o-skolovanju-pripadnika-is-no-aid", "bs", DAY,
         "Ministar odbrane BiH Zukan Helez primio je u utorak u Sarajevu ministra odbrane Slovenije. "
         "Sagovornici su razgovarali o saradnji, školovanju pripadnika Oružanih snaga BiH u Sloveniji i "
         "deminiranju.",
         [ev("meeting", ["BIH", "SVN"], date="2026-10-13", location="BIH", mode="visit")]),
    # ---- mk: a count of exercises
    case("mk-povekje-od-n-vezhbi-is-no-exercise", "mk", DAY,
         "Француската амбасадорка во Скопје вчера предаде на Армијата донација од 20 теренски возила. "
         "Армијата оваа година учествуваше на повеќе од 30 меѓународни вежби во земјата и во странство.",
         [ev("aid", ["FRA", "MKD"], date="2026-10-13")]),
    case("mk-nad-n-vezhbi-is-no-exercise", "mk", DAY,
         "Италијанскиот амбасадор во Скопје вчера предаде на Армијата донација од медицинска опрема. "
         "Припадниците на Армијата годинава учествуваа на над 25 вежби со сојузниците.",
         [ev("aid", ["ITA", "MKD"], date="2026-10-13")]),
    # ---- sr, hr, bs: the meeting of the defense ministers of two states is no forum
    case("sr-cyrl-sastanak-ministara-odbrane-x-i-y-is-visit", "sr", DAY,
         "Састанак министара одбране Србије и Грчке у Београду\n\nМинистар одбране Братислав Гашић примио је "
         "у понедељак у Београду министра одбране Грчке Никоса Дендијаса.",
         [ev("meeting", ["GRC", "SRB"], date="2026-10-12", location="SRB", mode="visit")]),
    case("sr-latn-sastanak-ministara-odbrane-x-i-y-is-visit", "sr", DAY,
         "Sastanak ministara odbrane Srbije i Slovačke u Beogradu\n\nMinistar odbrane Bratislav Gašić sastao "
         "se u utorak u Beogradu sa ministrom odbrane Slovačke.",
         [ev("meeting", ["SRB", "SVK"], date="2026-10-13", location="SRB", mode="visit")]),
    case("hr-sastanak-ministara-obrane-x-i-y-is-visit", "hr", DAY,
         "Sastanak ministara obrane Hrvatske i Albanije u Zagrebu\n\nMinistar obrane Ivan Anušić sastao se u "
         "utorak u Zagrebu s albanskim ministrom obrane.",
         [ev("meeting", ["ALB", "HRV"], date="2026-10-13", location="HRV", mode="visit")]),
    case("bs-sastanak-ministara-odbrane-x-i-y-is-visit", "bs", DAY,
         "Sastanak ministara odbrane BiH i Turske u Sarajevu\n\nMinistar odbrane BiH Zukan Helez primio je u "
         "utorak u Sarajevu ministra nacionalne odbrane Turske.",
         [ev("meeting", ["BIH", "TUR"], date="2026-10-13", location="BIH", mode="visit")]),
    # ---- bs: "će ~ nastaviti" is a pledge
    case("bs-ce-nastaviti-podrzavati-is-intent", "bs", DAY,
         "Ministar odbrane BiH Zukan Helez primio je u utorak u Sarajevu ambasadora Italije. Ambasador je "
         "poručio da će Italija i ubuduće nastaviti pomagati obuku pripadnika Oružanih snaga BiH.",
         [ev("meeting", ["BIH", "ITA"], date="2026-10-13", location="BIH"),
          ev("intent", ["BIH", "ITA"], date="2026-10-13")]),
    case("bs-ce-prosiriti-saradnju-is-intent", "bs", DAY,
         "Načelnik Zajedničkog štaba OSBiH sastao se u ponedjeljak u Sarajevu sa komandantom američke "
         "Nacionalne garde Merilenda. Dvije strane će naredne godine proširiti saradnju u oblasti obuke.",
         [ev("meeting", ["BIH", "USA"], date="2026-10-12", location="BIH", mode="visit"),
          ev("intent", ["BIH", "USA"], date="2026-10-12")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
