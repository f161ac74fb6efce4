"""The extract stage on short articles in the languages of the cee8 set written for these tests (none of these
sentences is in tests/data/heldout/cee8.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Central-East European, Baltic and Balkan
ministry releases and agency items, the subject of the cee8 set:
- et a relative clause after the document signed now ("allkirjastasid kokkuleppe, mille alusel …", "the
  agreement under which …") cites no earlier agreement as a basis: the signing is read;
- sk "strany sa dohodli", "zúčastnené strany" (the parties) in a paragraph of its own are the two sides of the
  talks before: the intent is theirs (cs "strany se" was listed, sk only "obe strany");
- et support "as long as needed" ("toetab Ukrainat nii kaua, kui vaja") and "stands by" ("seisab Ukraina
  kõrval") is support, as en "continued support for", "stands with";
- bg the cooperation programme with an adjective between ("програма за двустранно сътрудничество") is a plan,
  as "програма за сътрудничество" was;
- et, hr a running total ("Kokku on Eesti andnud Ukrainale sõjalist abi …", "Hrvatska je od početka rata
  Ukrajini uputila … paketa vojne pomoći") is no delivery nor a package announced now, as the running totals
  of cs, hu, ro, sl, uk;
- mk joint training or exercises as a topic of the talks ("разговараа и за … заедничката обука на војниците")
  are none held and no training given, as ro "discuțiile au vizat ~~ pregătirea";
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- et: "mille alusel" after the signed document is no basis
    case("et-mille-alusel-after-signed-document-is-no-basis", "et", DAY,
         "Läti ja Leedu kaitseministrid allkirjastasid Riias memorandumi, mille alusel riigid hangivad "
         "õhutõrjerakette ühiselt.",
         [ev("agreement", ["LTU", "LVA"], location="LVA", doc_type="memorandum")]),
    # ---- sk: "strany sa dohodli" after the talks: the two sides
    case("sk-strany-sa-dohodli-are-the-two-sides", "sk", DAY,
         "Náčelník Generálneho štábu OS SR generál Daniel Zmeko prijal v pondelok v Bratislave poľského "
         "náčelníka generálneho štábu.\n\nStrany sa dohodli, že budúci rok uskutočnia spoločné cvičenie "
         "tankových jednotiek.",
         [ev("meeting", ["POL", "SVK"], date="2026-09-14", location="SVK", mode="visit"),
          ev("intent", ["POL", "SVK"], date="2026-09-14", location="SVK")]),
    # ---- et: support "as long as needed", "stands by"
    case("et-toetab-nii-kaua-kui-vaja-is-support", "et", DAY,
         "Kaitseminister Hanno Pevkur kohtus kolmapäeval Tallinnas Ukraina kaitseministriga. \"Eesti toetab "
         "Ukrainat nii kaua, kui vaja,\" ütles Pevkur.",
         [ev("meeting", ["EST", "UKR"], date="2026-09-16", location="EST", mode="visit"),
          ev("support", ["EST", "UKR"], actor=["EST"], recipient=["UKR"])]),
    case("et-seisab-korval-is-support", "et", DAY,
         "Läti kaitseminister ütles, et Läti seisab Ukraina kõrval.",
         [ev("support", ["LVA", "UKR"], actor=["LVA"], recipient=["UKR"])]),
    # ---- bg: "програма за двустранно сътрудничество" is a plan
    case("bg-programa-za-dvustranno-satrudnichestvo-is-a-plan", "bg", DAY,
         "Министрите на отбраната на България и Румъния подписаха във вторник в Букурещ програма за "
         "двустранно военно сътрудничество за 2027 г.",
         [ev("agreement", ["BGR", "ROU"], date="2026-09-15", location="ROU", doc_type="plan")]),
    # ---- et, hr: a running total is no delivery
    case("et-kokku-on-andnud-abi-is-a-running-total", "et", DAY,
         "Kaitseminister kohtus teisipäeval Tallinnas Ukraina kaitseministriga. Sõja algusest on Eesti "
         "andnud Ukrainale sõjalist abi üle 500 miljoni euro eest.",
         [ev("meeting", ["EST", "UKR"], date="2026-09-15", location="EST", mode="visit")]),
    case("hr-od-pocetka-rata-paketi-pomoci-is-a-running-total", "hr", DAY,
         "Ministar obrane razgovarao je u utorak u Zagrebu s ukrajinskim ministrom obrane. Hrvatska je od "
         "početka rata Ukrajini isporučila 12 paketa vojne pomoći, rekao je ministar.",
         [ev("meeting", ["HRV", "UKR"], date="2026-09-15", location="HRV", mode="visit")]),
    # ---- mk: joint training as a topic of the talks
    case("mk-razgovaraa-za-zaednichkata-obuka-is-a-topic", "mk", DAY,
         "Министерот за одбрана Владо Мисајловски во вторник во Скопје се сретна со српскиот министер за "
         "одбрана. Министрите разговараа и за учеството во мировни мисии и за заедничката обука на "
         "војниците.",
         [ev("meeting", ["MKD", "SRB"], date="2026-09-15", location="MKD", mode="visit")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
