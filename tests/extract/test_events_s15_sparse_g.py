"""The extract stage on short articles in Welsh, Irish, isiZulu, isiXhosa, Sesotho, Setswana, chiShona and
Igbo, written for these tests (none of these sentences is in tests/data/heldout/sparse_g.jsonl or in any
shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of that press: the Welsh letter of intent written
"llythyr o fwriad", a training course completed with another army (cy "wedi cwblhau cwrs hyfforddi", tn
"barutabana ba sesole", "feditse thuto") as training given, weapons named alone (cy "arfau") as no aid;
Irish "bhuail … leis an Aire" (met the minister) and a training course run on another side's soldiers
("cúrsa oiliúna … ar"); isiZulu and isiXhosa exercises "held" in the passive (zu ukubanjwa) and "started" in
the causative (iqalise), isiZulu "nomhlangano" (with a meeting) as a meeting, sovereignty supported
("isekela ubukhosi beDRC") with the possessive prefix be- written onto the state, month names with "ngo-" /
"ka-" written onto them (ngoFebhuwari 2023), "kuzosiza" (it will help) as no pledge; Sesotho "o file" / "e
ile ea fa" (gave) as aid and goods "received from" the giver as no reception; "di kile / e kile" (once did)
as a background marker in Setswana and Sesotho; chiShona "yezvekudzivirira" (of defence) as a defence word;
the recurring exercises Southern Accord, Shared Accord, Justified Accord, Flintlock, IBSAMAR and Grand
African Nemo by name; companies as signatories (cy cwmni, ga comhlacht, zu/xh inkampani, st khampani, tn
kompone, sn kambani, ig kọmpanị); Sesotho "ho fihla" and chiShona "kusvika" (until) as no arrival. A second
round, found with probe sentences of the helper's own (not by the set): Irish "bhí cleachtadh … ag" (had an
exercise) as held and the Royal Navy as "an Cabhlach Ríoga", Irish places in the genitive (Chorcaí); isiZulu
"aqede" (finished), Sesotho "a qetile" and Setswana "a feditse" an exercise as held; isiXhosa "gqiba" as
finishing an exercise, a decision only with "ukuba" (agqibe umthambo / zigqibe ukuba …); Igbo "n'ekwentị"
(on the phone, "na" written onto the word); Irish names of European capitals (Heilsincí, Vársá); Setswana
"Mme" as an honorific; towns of southern Africa in _base (Nyanga, Mutare, Kasane, Francistown, Richards Bay,
KwaZulu-Natal ...).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Welsh
    case("cy-llythyr-o-fwriad", "cy", DAY,
         "Fe wnaeth Gweinidog Amddiffyn Latfia a Gweinidog Amddiffyn yr Iseldiroedd arwyddo llythyr o fwriad "
         "ar seiberddiogelwch yn Riga ddydd Llun.",
         [ev("agreement", ["LVA", "NLD"], doc_type="letter_of_intent", date="2026-03-16")]),
    case("cy-weapons-alone-no-aid", "cy", DAY,
         "Bu Gweinidog Amddiffyn Gwlad Pwyl a Gweinidog Amddiffyn Norwy yn trafod cynhyrchu arfau yn Oslo "
         "ddydd Llun.",
         [ev("meeting", ["NOR", "POL"], date="2026-03-16")]),
    case("cy-completed-training-course", "cy", DAY,
         "Mae 60 o filwyr o Ghana wedi cwblhau cwrs hyfforddi gyda'r Fyddin Brydeinig yn Aberhonddu.",
         [ev("aid", ["GBR", "GHA"], location="GBR")]),
    case("cy-company-signing", "cy", DAY,
         "Mae cwmni amddiffyn o Gymru wedi arwyddo contract gyda chwmni o Sweden i gynhyrchu "
         "rhannau ar gyfer "
         "cerbydau milwrol.",
         []),
    # ---- Irish
    case("ga-bhuail-leis", "ga", DAY,
         "Bhuail Ambasadóir na Polainne go hÉirinn leis an Aire Cosanta i mBaile Átha Cliath Dé Máirt.",
         [ev("meeting", ["IRL", "POL"], mode=None, date="2026-03-17", location="IRL")]),
    case("ga-training-course-on", "ga", DAY,
         "Chuir teagascóirí de chuid Óglaigh na hÉireann cúrsa oiliúna ar 25 oifigeach Liobánach i mBéiriút "
         "an tseachtain seo caite.",
         [ev("aid", ["IRL", "LBN"], location="LBN")]),
    case("ga-cyprus-is-the-venue", "ga", DAY,
         "Chuir Óglaigh na hÉireann oiliúint ar shaighdiúirí Úcránacha sa Chipir i mí Feabhra.",
         [ev("aid", ["IRL", "UKR"], location="CYP", date="2026-02")]),
    case("ga-royal-navy-exercise", "ga", DAY,
         "Bhí cleachtadh comhpháirteach ag Seirbhís Chabhlaigh na hÉireann agus an Cabhlach Ríoga amach ó "
         "chósta Chorcaí Dé Máirt.",
         [ev("exercise", ["GBR", "IRL"], location="IRL")]),
    case("ga-terms-of-the-memorandum", "ga", DAY,
         "Shínigh Éire agus an Bhreatain meabhrán ar shlándáil mhuirí inné. Faoin meabhrán, roinnfidh an dá "
         "thaobh eolas faoi longa in aice leis an gcósta, agus beidh cleachtaí comhpháirteacha ag an "
         "tSeirbhís Chabhlaigh agus ag an gCabhlach Ríoga.",
         [ev("agreement", ["GBR", "IRL"], doc_type="memorandum", date="2026-03-17")]),
    case("ga-irish-capital", "ga", DAY,
         "Bhuail Ceann Foirne Óglaigh na hÉireann le Ceann Foirne Arm na Fionlainne, an Ginearál Janne "
         "Jaakkola, i Heilsincí Dé Luain.",
         [ev("meeting", ["FIN", "IRL"], location="FIN", date="2026-03-16", persons=["Janne Jaakkola"])]),
    # ---- isiZulu
    case("zu-it-will-help-no-pledge", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseBotswana aqale ukuzivocavoca ndawonye ngoMsombuluko. Umkhuzi "
         "uthe lokhu kuzivocavoca kuzosiza amasosha ukuthi afunde ukusebenza ndawonye.",
         [ev("exercise", ["BWA", "ZAF"], date="2026-03")]),
    case("zu-held-in-the-passive", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseMozambique aqale ukuzivocavoca ndawonye "
         "ngoMsombuluko. Ukuzivocavoca "
         "okufanayo kwabanjwa ngoJulayi 2024 eMaputo phakathi kweNingizimu Afrika neMozambique.",
         [ev("exercise", ["MOZ", "ZAF"], date="2026-03"),
          ev("exercise", ["MOZ", "ZAF"], date="2024-07", historical=True)]),
    case("zu-sovereignty-be-prefix", "zu", DAY,
         "UNgqongqoshe wezokuVikela waseNingizimu Afrika uthe iNingizimu Afrika isekela ubukhosi beDRC.",
         [ev("support", ["COD", "ZAF"])]),
    case("zu-territorial-integrity-no-prefix", "zu", DAY,
         "UNgqongqoshe wezokuVikela waseNingizimu Afrika uthe izwe lakhe lisekela ukuzimela kweLesotho "
         "nobuqotho bemingcele yayo.",
         [ev("support", ["LSO", "ZAF"])]),
    case("zu-nomhlangano", "zu", DAY,
         "Ithimba lezokuvikela laseBotswana libe nomhlangano nabaphathi bamasosha aseNingizimu "
         "Afrika ePitoli "
         "izolo.",
         [ev("meeting", ["BWA", "ZAF"], date="2026-03-17", location="ZAF")]),
    case("zu-private-company", "zu", DAY,
         "Inkampani yangasese yaseNingizimu Afrika isayine isivumelwano nenkampani yaseTurkey sokwenza "
         "izimoto zamasosha.",
         []),
    case("zu-finished-exercise", "zu", DAY,
         "Amasosha aseNingizimu Afrika naseBotswana aqede ukuzivocavoca okuhlanganyelwe eGaborone "
         "ngoLwesibili.",
         [ev("exercise", ["BWA", "ZAF"], location="BWA")]),
    # ---- isiXhosa
    case("xh-iqalise-uqheliselo", "xh", DAY,
         "Imikhosi yaseMzantsi Afrika neyaseTanzania iqalise uqheliselo oludibeneyo eKapa ngoMvulo.",
         [ev("exercise", ["TZA", "ZAF"], date="2026-03", location="ZAF")]),
    case("xh-okthobha", "xh", "2026-10-09",
         "Imikhosi yaseMzantsi Afrika neyaseTanzania iqalise uqheliselo oludibeneyo eKapa ngomhla "
         "we-5 Okthobha 2026.",
         [ev("exercise", ["TZA", "ZAF"], date="2026-10", location="ZAF")]),
    case("xh-private-company", "xh", DAY,
         "Inkampani yabucala yaseMzantsi Afrika isayine isivumelwano nenkampani yaseJamani "
         "sokwenza izithuthi "
         "zomkhosi.",
         []),
    case("xh-gqibe-finished", "xh", DAY,
         "Amajoni aseMzantsi Afrika naseLesotho agqibe umthambo odibeneyo eMaseru ngoLwesibini.",
         [ev("exercise", ["LSO", "ZAF"], location="LSO")]),
    case("xh-gqibe-ukuba-decided", "xh", DAY,
         "UMzantsi Afrika neTanzania zigqibe ukuba imikhosi yazo yezokhuselo izakuqhuba umthambo odibeneyo "
         "kunyaka ozayo.",
         [ev("intent", ["TZA", "ZAF"])]),
    # ---- Sesotho
    case("st-o-file", "st", DAY,
         "Mmuso oa India o file Sesole sa Lesotho (LDF) liambulense tse peli Maseru ka Labobeli. Thepa ena e "
         "amohetsoe ke Molaoli oa LDF ho tsoa ho Moemeli oa India Lesotho.",
         [ev("aid", ["IND", "LSO"], date="2026-03-17")]),
    case("st-e-ile-ea-fa-kile", "st", DAY,
         "Mmuso oa India o file Sesole sa Lesotho (LDF) liambulense tse peli Maseru ka "
         "Labobeli. India e kile "
         "ea fa LDF lisebelisoa tsa sesole ka 2021.",
         [ev("aid", ["IND", "LSO"], date="2026-03-17"),
          ev("aid", ["IND", "LSO"], date="2021", historical=True)]),
    case("st-ho-fihla-is-no-arrival", "st", DAY,
         "Mmuso oa India o file Sesole sa Lesotho (LDF) liambulense tse peli Maseru ka "
         "Labobeli. Molaoli oa LDF, "
         "Lieutenant General Thabo Mokoena, o itse liambulense tsena li tla thusa masole ho "
         "fihla libakeng tsa "
         "lithaba.",
         [ev("aid", ["IND", "LSO"], date="2026-03-17")]),
    case("st-qetile-exercise", "st", DAY,
         "Masole a Lesotho le a Afrika Boroa a qetile boikoetliso bo kopanetsoeng Maseru ka Labobeli.",
         [ev("exercise", ["LSO", "ZAF"], date="2026-03-17", location="LSO")]),
    # ---- Setswana
    case("tn-kile-background", "tn", DAY,
         "Sesole sa Botswana le sesole sa Zambia di simolotse boikatiso jo bo kopanetsweng kwa Kasane ka "
         "Mosupologo. Botswana le Zambia di kile tsa tshwara boikatiso jo bo kopanetsweng ka 2019.",
         [ev("exercise", ["BWA", "ZMB"], date="2026-03"),
          ev("exercise", ["BWA", "ZMB"], date="2019", historical=True)]),
    case("tn-instructors-taught", "tn", DAY,
         "Barutabana ba sesole ba Kenya ba feditse thuto ya masole a Botswana kwa Gaborone.",
         [ev("aid", ["BWA", "KEN"])]),
    case("tn-company-signing", "tn", DAY,
         "Kompone ya Botswana e saenne konteraka le kompone ya Fora go dira diaparo tsa sesole.",
         []),
    case("tn-exercise-by-name", "tn", DAY,
         "Botswana le United States di tshwara Southern Accord kwa Thebephatshwa.",
         [ev("exercise", ["BWA", "USA"])]),
    case("tn-feditse-exercise", "tn", DAY,
         "Masole a Botswana le a Zambia a feditse boikatiso jo bo kopanetsweng kwa Kasane ka Labobedi.",
         [ev("exercise", ["BWA", "ZMB"], date="2026-03-17", location="BWA")]),
    case("tn-mme-honorific", "tn", DAY,
         "Tona ya Tshireletso ya Zambia, Rre Ambrose Lufuma, o kopane le Tona ya Tshireletso ya Botswana, "
         "Mme Kefilwe Moremi, kwa Gaborone maabane.",
         [ev("meeting", ["BWA", "ZMB"], location="BWA", persons=["Ambrose Lufuma", "Kefilwe Moremi"])]),
    # ---- chiShona
    case("sn-yezvekudzivirira", "sn", DAY,
         "Komisheni yezvekudzivirira yeZimbabwe neZambia yakaita musangano muHarare nezuro.",
         [ev("meeting", ["ZMB", "ZWE"], date="2026-03-17", location="ZWE")]),
    case("sn-exercise-by-name", "sn", DAY,
         "Mauto eZimbabwe neAmerica akaita Shared Accord muHarare.",
         [ev("exercise", ["USA", "ZWE"])]),
    case("sn-kusvika-is-no-arrival", "sn", DAY,
         "Mauto eZimbabwe neZambia akaita maekisesaizi pamwe chete kuNyanga kubva neMuvhuro "
         "kusvika neChitatu, "
         "achitungamirirwa naBrigadier General Tendai Moyo.",
         [ev("exercise", ["ZMB", "ZWE"])]),
    case("sn-nyanga-is-zimbabwe", "sn", DAY,
         "Mauto eZambia neMalawi akaita maekisesaizi pamwe chete kuNyanga neChipiri.",
         [ev("exercise", ["MWI", "ZMB"], location="ZWE")]),
    # ---- Igbo
    case("ig-phone-written-on", "ig", DAY,
         "Minista nchekwa Naịjirịa na onye otu ya nke Benin kparịtara ụka n'ekwentị na Mọnde.",
         [ev("meeting", ["BEN", "NGA"], mode="phone")]),
    case("ig-company-signing", "ig", DAY,
         "Kọmpanị Naịjirịa na kọmpanị Turkey bịanyere aka n'akwụkwọ nkwekọrịta iji rụọ ụgbọ agha na Legọs.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
