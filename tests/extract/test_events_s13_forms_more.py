"""The extract stage on short articles in Polish, Ukrainian, Dutch, Swedish, Romanian, Greek and Thai, written
for these tests (none of these sentences is in tests/data/heldout/forms_more.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin the general wording the forms_more set showed missing: a release
that opens its list of signed documents with "ลงนามในเอกสาร ดังนี้" (signed the documents as follows), a
Swedish document named by its subject ("ett avtal om utbildning av …") as no training given,
missiles as a defense word in Dutch (Patriot-raketten geleverd), the Polish armament agency as Poland,
"przyjedzie do" (will come to) without a day as a plan, the Greek first person
of an interview ("Συμφωνήσαμε να …"), Greek "Κατάρα(ς)" (a curse, a surname) as no Qatar, and Romanian
"a primit încă … din" (received more … from) as a delivery, Polish "umowa na zakup" (a contract to buy) as a
contract, Ukrainian "підготувала … військовослужбовців" (trained troops) as training given, and the Thai
General Border Committee as a defense body.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-10"  # a Tuesday

CASES = [
    # ---- lists of signed documents opened by "the following documents"
    case("sv-agreement-about-training", "sv", DAY,
         "Sveriges och Estlands försvarsministrar undertecknade i dag ett avtal om utbildning av estniska "
         "officerare i Sverige.",
         [ev("agreement", ["EST", "SWE"], doc_type="agreement")]),
    case("th-documents-as-follows", "th", DAY,
         "พลเอก ณัฐพล รัฐมนตรีว่าการกระทรวงกลาโหม ให้การต้อนรับ รัฐมนตรีว่าการกระทรวงกลาโหมเวียดนาม "
         "ณ ศาลาว่าการกลาโหม\n"
         "ในโอกาสนี้ ทั้งสองฝ่ายได้ร่วมลงนามในเอกสาร ดังนี้\n"
         "1) บันทึกความเข้าใจว่าด้วยความร่วมมือด้านการฝึกศึกษา\n"
         "2) แผนความร่วมมือทางทหาร ประจำปี 2570\n",
         [ev("meeting", ["THA", "VNM"], mode="visit", location="THA"),
          ev("agreement", ["THA", "VNM"], doc_type="memorandum"),
          ev("agreement", ["THA", "VNM"], doc_type="plan")]),
    # ---- deliveries and signings
    case("nl-missiles-delivered", "nl", DAY,
         "België heeft vorige week tientallen luchtafweerraketten aan Oekraïne geleverd.",
         [ev("aid", ["BEL", "UKR"])]),
    case("ro-received-more-from", "ro", DAY,
         "Forțele Aeriene Române au primit încă patru avioane F-16 din Norvegia, "
         "a anunțat ministerul apărării.",
         [ev("aid", ["NOR", "ROU"])]),
    case("pl-armament-agency", "pl", DAY,
         "Agencja Uzbrojenia podpisała w poniedziałek z amerykańskim rządem umowę na dostawę "
         "śmigłowców Apache.",
         [ev("agreement", ["POL", "USA"], date="2026-11-09", doc_type="contract")]),
    case("pl-contract-to-buy", "pl", DAY,
         "W poniedziałek Polska podpisała z Norwegią umowę na zakup systemów obrony wybrzeża.",
         [ev("agreement", ["NOR", "POL"], date="2026-11-09", doc_type="contract")]),
    case("uk-trained-troops", "uk", DAY,
         "Минулого року Данія підготувала понад дві тисячі українських військовослужбовців.",
         [ev("aid", ["DNK", "UKR"], date="2025", historical=True)]),
    # ---- the General Border Committee is a defense body (chaired by the defense ministers)
    case("th-general-border-committee", "th", DAY,
         "ไทยและกัมพูชาได้จัดการประชุมคณะกรรมการชายแดนทั่วไป (GBC) ที่กรุงพนมเปญ เมื่อวันที่ 9 พฤศจิกายน 2569",
         [ev("meeting", ["KHM", "THA"], date="2026-11-09", location="KHM")]),
    # ---- plans and pledges
    case("pl-will-come-to", "pl", DAY,
         "Minister obrony Litwy złożył wizytę w Warszawie.\n"
         "W lutym przyjedzie do Wilna polski minister obrony narodowej, zapowiedział litewski resort obrony.",
         [ev("meeting", ["LTU", "POL"], mode="visit"),
          ev("intent", ["LTU", "POL"])]),
    case("el-first-person-agreed", "el", DAY,
         "Ο υπουργός Άμυνας της Ελλάδας συναντήθηκε με τον Γάλλο ομόλογό του. «Συμφωνήσαμε να επεκτείνουμε "
         "τη συνεργασία στην εκπαίδευση», δήλωσε ο Έλληνας υπουργός.",
         [ev("meeting", ["FRA", "GRC"]), ev("intent", ["FRA", "GRC"])]),
    # ---- no Qatar in a Greek surname
    case("el-kataras-no-qatar", "el", DAY,
         "Ο αρχηγός του ΓΕΝ, αντιναύαρχος Νίκος Κατάρας, επισκέφθηκε τη Γαλλία και συναντήθηκε με τον Γάλλο "
         "αρχηγό του Ναυτικού.",
         [ev("meeting", ["FRA", "GRC"], mode="visit", location="FRA")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
