"""The extract stage on short articles in ten languages written for these tests (none of these sentences
is in tests/data/heldout/intent2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of announced, agreed, denied and
supposed future cooperation, the subject of the intent2 set:
- fr "Ils sont par ailleurs convenus de …", "se sont également accordés" (an adverb inside the agreeing
  verb) and ar "توافق الوزيران" (the ministers as its subject) are intents;
- ru a joint class with an adjective inside ("совместное тактическое занятие") is joint activity held;
- deliveries still to come are pledges (tr "hibe edecek", "teslim edeceğini"; zh "将于明年向…援助";
  vi "sẽ trao tặng");
- zh a signing the press says is expected ("两国料签署") and ja a visit and talks still being arranged
  ("…を訪問し、…と会談する方向で調整している") are plans, not a signing or a meeting;
- a denial of reports (en "denied reports that", de "dementierte Berichte", ru "опровергли сообщения",
  ja "報道を否定", ar "نفت … التقارير", vi "bác bỏ thông tin") and a delivery or signing only supposed
  (ru "может поставить", tr "imzalanırsa") tell no event;
- an invitation to visit (de "lud … zu einem Besuch … ein", ar "وجه … دعوة … لزيارة") is a visit to come;
- a signing or an exercise planned with no day (de "wollen … unterzeichnen" and "werden … Übung in …
  abhalten" with many words between, zh "计划明年签署", ja "署名する予定", tr "imzalamayı planlıyor",
  vi "dự kiến ký") is a plan.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- fr: "par ailleurs" inside the agreeing verb
    case("fr-sont-par-ailleurs-convenus-is-an-intent", "fr", DAY,
         "Le ministre des Armées a reçu mardi à Paris son homologue portugais. "
         "Ils sont par ailleurs convenus de mener un exercice naval commun en 2027.",
         [ev("meeting", ["FRA", "PRT"], date="2026-09-15", location="FRA", mode="visit"),
          ev("intent", ["FRA", "PRT"], date="2026-09-15")]),
    # ---- ru: a joint class with an adjective inside is joint activity held
    case("ru-sovmestnoe-takticheskoe-zanyatie-is-an-exercise", "ru", DAY,
         "Во вторник на полигоне под Гродно военнослужащие Беларуси и Казахстана провели совместное "
         "тактическое занятие.",
         [ev("exercise", ["BLR", "KAZ"], date="2026-09-15")]),
    # ---- tr: a donation still to come is a pledge, no delivery
    case("tr-hibe-edecek-is-an-intent", "tr", DAY,
         "Türkiye, Kazakistan Silahlı Kuvvetlerine gelecek yıl askeri malzeme hibe edecek.",
         [ev("intent", ["KAZ", "TUR"])]),
    # ---- zh: a signing the press says is expected (料签署) is a plan, no signing
    case("zh-liao-qianshu-is-an-intent", "zh", DAY,
         "中国和巴基斯坦料签署新的防务合作协定。",
         [ev("intent", ["CHN", "PAK"])]),
    # ---- ja: a visit and talks still being arranged are a plan, no meeting held
    case("ja-kaidan-suru-houkou-de-chousei-is-an-intent", "ja", DAY,
         "日本の防衛大臣は来週インドを訪問し、インドの国防相と会談する方向で調整していることを明らかにしました。",
         [ev("intent", ["IND", "JPN"])]),
    # ---- future deliveries told with words between or in reported speech: pledges, no delivery
    case("zh-jiangyu-mingnian-xiang-yuanzhu-is-an-intent", "zh", DAY,
         "中国将于明年向柬埔寨军队援助一批工程机械装备。",
         [ev("intent", ["CHN", "KHM"])]),
    case("tr-teslim-edecegini-is-an-intent", "tr", DAY,
         "Türkiye, Somali Ordusuna gelecek yıl zırhlı araç teslim edeceğini açıkladı.",
         [ev("intent", ["SOM", "TUR"])]),
    case("vi-se-trao-tang-is-an-intent", "vi", DAY,
         "Bộ Quốc phòng Việt Nam sẽ trao tặng Quân đội Lào một số trang thiết bị quân y trong năm 2027.",
         [ev("intent", ["LAO", "VNM"])]),
    # ---- a denial of reports tells no event, planned or held
    case("en-denied-reports-is-no-intent", "en", DAY,
         "The Pentagon denied reports that the United States would deploy troops to Poland for a joint "
         "exercise in December.", []),
    case("de-dementierte-berichte-is-no-aid", "de", DAY,
         "Das Verteidigungsministerium dementierte Berichte, wonach Deutschland Taurus-Marschflugkörper "
         "an die Ukraine liefern werde.", []),
    case("ru-oprovergli-soobshcheniya-is-no-intent", "ru", DAY,
         "В Минобороны России опровергли сообщения о том, что Россия поставит Ирану истребители Су-35.", []),
    case("ja-houdou-wo-hitei-is-no-intent", "ja", DAY,
         "防衛省は、日本が豪州に護衛艦を輸出するとの一部報道を否定した。", []),
    case("ar-nafat-al-taqarir-is-no-intent", "ar", DAY,
         "نفت وزارة الدفاع التقارير التي تحدثت عن أن مصر ستزود السودان بطائرات مسيرة.", []),
    case("vi-bac-bo-thong-tin-is-no-intent", "vi", DAY,
         "Bộ Quốc phòng bác bỏ thông tin cho rằng Việt Nam sẽ mua máy bay chiến đấu của Nga.", []),
    # ---- a delivery or a signing only supposed is no pledge and no signing
    case("ru-mozhet-postavit-is-no-intent", "ru", DAY,
         "Если контракт будет подписан, Россия может поставить Индии дополнительные фрегаты.", []),
    case("tr-imzalanirsa-is-no-agreement", "tr", DAY,
         "Anlaşma imzalanırsa, Türkiye Endonezya'ya gelecek yıl savaş gemisi teslim edebilir.", []),
    # ---- an invitation to visit is a visit to come, no visit now
    case("de-lud-zu-einem-besuch-ein-is-an-intent", "de", DAY,
         "Der litauische Verteidigungsminister lud seinen deutschen Amtskollegen zu einem Besuch in Vilnius "
         "ein.",
         [ev("intent", ["DEU", "LTU"])]),
    case("ar-wajjaha-dawa-li-ziyarat-is-an-intent", "ar", DAY,
         "ووجه وزير الدفاع الأردني دعوة لنظيره المصري لزيارة عمان العام المقبل.",
         [ev("intent", ["EGY", "JOR"])]),
    # ---- a signing or an exercise planned, with no day: a plan, no signing and no exercise held
    case("de-wollen-langes-objekt-unterzeichnen-is-an-intent", "de", DAY,
         "Deutschland und Norwegen wollen im kommenden Jahr ein Abkommen über die gemeinsame Beschaffung von "
         "U-Booten unterzeichnen.",
         [ev("intent", ["DEU", "NOR"])]),
    case("de-werden-uebung-in-ort-abhalten-is-an-intent", "de", DAY,
         "Die Bundeswehr und die polnischen Streitkräfte werden im Frühjahr 2027 eine gemeinsame Übung in "
         "Pommern abhalten.",
         [ev("intent", ["DEU", "POL"])]),
    case("zh-jihua-mingnian-qianshu-is-an-intent", "zh", DAY,
         "中国和泰国计划明年签署防务合作谅解备忘录。",
         [ev("intent", ["CHN", "THA"])]),
    case("ja-shomei-suru-yotei-is-an-intent", "ja", DAY,
         "日本とフィリピンは来年、防衛装備品の移転に関する協定に署名する予定だ。",
         [ev("intent", ["JPN", "PHL"])]),
    case("tr-imzalamayi-planliyor-is-no-agreement", "tr", DAY,
         "Türkiye ile Pakistan, gelecek yıl savunma sanayii işbirliği anlaşması imzalamayı planlıyor.",
         [ev("intent", ["PAK", "TUR"])]),
    case("vi-du-kien-ky-is-an-intent", "vi", DAY,
         "Việt Nam và Lào dự kiến ký kế hoạch hợp tác quốc phòng vào năm tới.",
         [ev("intent", ["LAO", "VNM"])]),
    # ---- agreed to do, with an adverb inside or the ministers as subject
    case("fr-se-sont-egalement-accordes-is-an-intent", "fr", DAY,
         "Le ministre sénégalais de la Défense a reçu mardi à Dakar son homologue mauritanien. "
         "Les deux ministres se sont également accordés sur l'organisation d'exercices conjoints.",
         [ev("meeting", ["MRT", "SEN"], date="2026-09-15", location="SEN", mode="visit"),
          ev("intent", ["MRT", "SEN"], date="2026-09-15")]),
    case("ar-tawafaqa-al-waziran-is-an-intent", "ar", DAY,
         "التقى وزير الدفاع المصري أمس في القاهرة نظيره الأردني. "
         "وتوافق الوزيران على تنظيم تدريبات مشتركة العام المقبل.",
         [ev("meeting", ["EGY", "JOR"], date="2026-09-15", location="EGY", mode="visit"),
          ev("intent", ["EGY", "JOR"], date="2026-09-15")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
