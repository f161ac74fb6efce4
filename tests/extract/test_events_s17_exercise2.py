"""The extract stage on short articles about exercises in Russian, Chinese, Arabic, Persian, Hindi, Thai
and Turkish, written for these tests (none of these sentences is in tests/data/heldout/exercise2.jsonl or
in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py.  They pin general wording of each language's military press:
Russian "тренировались вместе" and "отработали совместные действия" as a drill held, and an agreement
cited as the frame of a drill ("в соответствии с соглашением"), which signs nothing; the Chinese escort
area off Somalia ("亚丁湾、索马里海域") as no state, the PLA Navy's numbered escort task forces
("第51批护航编队") as China, and "以此次演习为契机" (taking this exercise as an opportunity) as no
exercise of its own; Arabic joint training ("التدريب المشترك") as military, exercise words written
with their tanween either way ("تدريباً عابراً", "تدريبًا عابرًا"),
an agreement cited as the frame ("في إطار مذكرة التفاهم الموقعة"),
the Republic of Korea by its official name and the name Faisal (فيصل) as no arrival; Persian "after
the end of the exercise" (پس از پایان رزمایش) as no exercise; Hindi PASSEX (पासेक्स); Thai
"ร่วมฝึก" (trained together) as a drill and helping disaster victims as what a drill trains, no
aid; Turkish "tatbikata … katılıyor" (are taking part) as a drill held and an agreement cited as the
frame ("anlaşması çerçevesinde"); ports, provinces and bases of joint drills as places (под
Александрией, Волгоградской области, 吉达, استان اردبیل, در خاک ارمنستان, قاعدة محمد نجيب, उलानबटार,
ดาร์วิน, Seferihisar).  The Arabic bare "read
also" label drops the headline lines under it.
A national drill told with a warning to other states (هشدار داد, حذّر, 警告, предупредили, uyardı,
memperingatkan, चेतावनी दी) holds no joint activity with them, as en "warned".
The Arabic air ranks (المارشال الجوي) stand before a name, not in it.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-05-20"  # a Wednesday

CASES = [
    # ---- Russian
    case("ru-trained-together", "ru", DAY,
         "Российские и белорусские десантники тренировались вместе на полигоне под Брестом.",
         [ev("exercise", ["BLR", "RUS"])]),
    case("ru-worked-out-joint-actions", "ru", DAY,
         "Военнослужащие России и Монголии отработали совместные действия на полигоне в Бурятии.",
         [ev("exercise", ["MNG", "RUS"])]),
    case("ru-agreement-cited-as-frame", "ru", DAY,
         "Военные России и Лаоса провели совместное учение. Учение проводится в соответствии с соглашением, "
         "подписанным министрами обороны России и Лаоса.",
         [ev("exercise", ["LAO", "RUS"])]),
    # ---- Chinese
    case("zh-somali-waters-no-state", "zh", DAY,
         "海军第51批护航编队与巴基斯坦海军舰艇在阿拉伯海举行联合演练。编队随后将赴亚丁湾、索马里海域执行护航任务。",
         [ev("exercise", ["CHN", "PAK"])]),
    case("zh-escort-task-force-is-china", "zh", DAY,
         "海军第51批护航编队结束对阿曼的访问后，与阿曼皇家海军舰艇举行了海上联合演练。",
         [ev("exercise", ["CHN", "OMN"]), ev("meeting", ["CHN", "OMN"], mode="visit")]),
    case("zh-exercise-as-an-opportunity", "zh", DAY,
         "中国和老挝两军联合演习12日在老挝开幕。老挝国防部长在开幕式上致辞说，老方感谢中方长期以来给予的支持，"
         "希望双方以此次演习为契机，深化两军合作。",
         [ev("exercise", ["CHN", "LAO"])]),
    # ---- Arabic
    case("ar-joint-training-is-military", "ar", DAY,
         "نفذت القوات المصرية والسعودية التدريب المشترك اليوم.",
         [ev("exercise", ["EGY", "SAU"])]),
    case("ar-tanween-after-alif", "ar", DAY,
         "نفذت القوات البحرية المصرية والفرنسية تدريباً عابراً في البحر المتوسط اليوم.",
         [ev("exercise", ["EGY", "FRA"])]),
    case("ar-tanween-before-alif", "ar", DAY,
         "نفذت القوات البحرية المصرية والفرنسية تدريبًا عابرًا في البحر المتوسط اليوم.",
         [ev("exercise", ["EGY", "FRA"])]),
    case("ar-memorandum-cited-as-frame", "ar", DAY,
         "اختتمت القوات الكويتية والبحرينية تمرينا مشتركا. ويأتي التمرين في إطار مذكرة التفاهم الموقعة بين "
         "البلدين.",
         [ev("exercise", ["BHR", "KWT"])]),
    case("ar-republic-of-korea", "ar", DAY,
         "شاركت القوات الجوية الإماراتية والقوات الجوية لجمهورية كوريا في تمرين جوي مشترك.",
         [ev("exercise", ["ARE", "KOR"])]),
    case("ar-faisal-no-arrival", "ar", DAY,
         "أجرت القوات البحرية السعودية والمصرية تمرينا بحريا مشتركا بقاعدة الملك فيصل البحرية بجدة "
         "بحضور قائد الأسطول الغربي اللواء البحري سعد العتيبي.",
         [ev("exercise", ["EGY", "SAU"])]),
    # ---- Persian
    case("fa-after-the-exercise-ended", "fa", DAY,
         "رزمایش مشترک نیروی دریایی ایران و عمان امروز به پایان رسید. پس از پایان رزمایش، فرمانده "
         "نیروی دریایی ایران با فرمانده نیروی دریایی عمان که به بندرعباس سفر کرده بود دیدار کرد.",
         [ev("exercise", ["IRN", "OMN"]), ev("meeting", ["IRN", "OMN"])]),
    # ---- Hindi
    case("hi-passex", "hi", DAY,
         "भारतीय नौसेना के जहाज आईएनएस सुमेधा ने श्रीलंकाई नौसेना के जहाज के साथ पासेक्स किया।",
         [ev("exercise", ["IND", "LKA"])]),
    # ---- Thai
    case("th-trained-together", "th", DAY,
         "กองทัพอากาศไทยและกองทัพอากาศสิงคโปร์ร่วมฝึกการรบทางอากาศที่กองบิน 1 นครราชสีมา",
         [ev("exercise", ["SGP", "THA"])]),
    case("th-disaster-relief-trained-no-aid", "th", DAY,
         "กองทัพเรือไทยและกองทัพเรือจีนจัดการฝึกผสม โดยฝึกการยกพลขึ้นบกและการช่วยเหลือผู้ประสบภัยพิบัติ",
         [ev("exercise", ["CHN", "THA"])]),
    # ---- Turkish
    case("tr-taking-part", "tr", DAY,
         "Askeri tatbikata Türkiye'nin yanı sıra Katar ve Ürdün birlikleri katılıyor.",
         [ev("exercise", ["JOR", "QAT", "TUR"])]),
    case("tr-agreement-cited-as-frame", "tr", DAY,
         "Türkiye ile Azerbaycan arasında imzalanan askeri işbirliği anlaşması çerçevesinde ortak "
         "tatbikat icra edildi.",
         [ev("exercise", ["AZE", "TUR"])]),
    # ---- trained / patrolled together is itself the verb of a drill held
    case("id-trained-together", "id", DAY,
         "Prajurit Kopassus dan pasukan khusus China berlatih bersama dalam latihan Sharp Knife di Jakarta.",
         [ev("exercise", ["CHN", "IDN"])]),
    case("th-patrolled-together", "th", DAY, "กองทัพเรือไทยและกองทัพเรือมาเลเซียลาดตระเวนร่วมกันบริเวณช่องแคบมะละกา",
         [ev("exercise", ["MYS", "THA"])]),
    # ---- places of joint drills: a port, province or base gives the location
    case("ru-near-alexandria", "ru", DAY,
         "Российские и египетские десантники тренировались вместе под Александрией.",
         [ev("exercise", ["EGY", "RUS"], location="EGY")]),
    case("zh-off-jeddah-host-no-party", "zh", DAY,
         "中国和巴基斯坦海军舰艇5月18日在吉达外海举行了联合演练。",
         [ev("exercise", ["CHN", "PAK"], location="SAU")]),
    case("fa-ardabil-province", "fa", DAY,
         "رزمایش مشترک نیروهای مسلح ایران و جمهوری آذربایجان امروز در استان اردبیل به پایان رسید.",
         [ev("exercise", ["AZE", "IRN"], location="IRN")]),
    case("fa-on-the-soil-of", "fa", DAY,
         "رزمایش مشترک ایران و ارمنستان سال گذشته در خاک ارمنستان برگزار شده بود.",
         [ev("exercise", ["ARM", "IRN"], location="ARM", historical=True)]),
    case("ar-mohamed-naguib-base", "ar", DAY,
         "اختتمت القوات المسلحة المصرية واليونانية التدريب المشترك بنطاق قاعدة محمد نجيب العسكرية.",
         [ev("exercise", ["EGY", "GRC"], location="EGY")]),
    # ---- the air ranks of South Asian and Commonwealth air forces are no part of the name
    case("ar-air-marshal-before-name", "ar", DAY,
         "واستقبل وزير الدولة لشؤون الدفاع الإماراتي محمد بن مبارك المزروعي قائد القوات الجوية الهندية "
         "المارشال الجوي أمار بريت سينغ، وبحث معه سبل تعزيز التعاون العسكري.",
         [ev("meeting", ["ARE", "IND"], persons=["أمار بريت سينغ"])]),
    case("hi-ulaanbaatar", "hi", DAY,
         "भारत और मंगोलिया का संयुक्त सैन्य अभ्यास 'नोमैडिक एलिफेंट' उलानबटार में संपन्न हुआ।",
         [ev("exercise", ["IND", "MNG"], location="MNG")]),
    case("hi-alaska", "hi", DAY,
         "भारत और अमेरिका की सेनाओं का संयुक्त अभ्यास 'युद्ध अभ्यास' अलास्का में शुरू हुआ।",
         [ev("exercise", ["IND", "USA"], location="USA")]),
    case("th-darwin", "th", DAY, "กองทัพอากาศไทยและกองทัพอากาศออสเตรเลียร่วมฝึกที่เมืองดาร์วิน",
         [ev("exercise", ["AUS", "THA"], location="AUS")]),
    case("th-zhanjiang", "th", DAY, "กองทัพเรือไทยและกองทัพเรือจีนจัดการฝึกผสมที่เมืองจ้านเจียง",
         [ev("exercise", ["CHN", "THA"], location="CHN")]),
    case("tr-seferihisar", "tr", DAY,
         "Türk ve Azerbaycan özel kuvvetleri Seferihisar'da ortak tatbikat icra etti.",
         [ev("exercise", ["AZE", "TUR"], location="TUR")]),
    case("ru-volgograd-region", "ru", DAY,
         "Российские и индийские военные провели совместное учение на полигоне Прудбой в Волгоградской "
         "области.",
         [ev("exercise", ["IND", "RUS"], location="RUS")]),
    case("ru-ulan-ude", "ru", DAY,
         "Российские и монгольские военные провели совместное учение «Селенга» на полигоне под Улан-Удэ.",
         [ev("exercise", ["MNG", "RUS"], location="RUS")]),
    # ---- a national drill with a warning to other states: no joint activity with them (as en "warned")
    case("fa-drill-and-warning", "fa", DAY,
         "سپاه پاسداران رزمایش پیامبر اعظم را در خلیج فارس برگزار کرد و به آمریکا و اسرائیل هشدار داد.", []),
    case("ar-drill-and-warning", "ar", DAY,
         "ونفذت القوات البحرية الإيرانية مناورات عسكرية في مضيق هرمز، وحذّر قائدها الولايات المتحدة "
         "وإسرائيل من أي مغامرة.", []),
    case("zh-drill-and-warning", "zh", DAY, "朝鲜人民军举行大规模军事演习，并警告美国和韩国停止挑衅。", []),
    case("ru-drill-and-warning", "ru", DAY,
         "Вооруженные силы КНДР провели военные учения и предупредили США и Южную Корею о последствиях.", []),
    case("tr-drill-and-warning", "tr", DAY,
         "Türk Silahlı Kuvvetleri Ege'de tatbikat icra etti ve Savunma Bakanı Yunanistan'ı uyardı.", []),
    case("id-drill-and-warning", "id", DAY,
         "Militer Korea Utara menggelar latihan militer besar dan memperingatkan Amerika Serikat serta Korea "
         "Selatan.", []),
    case("hi-drill-and-warning", "hi", DAY,
         "उत्तर कोरिया की सेना ने बड़ा सैन्य अभ्यास किया और अमेरिका तथा दक्षिण कोरिया को चेतावनी दी।", []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_arabic_bare_read_also_label_takes_its_headlines(registry: PackRegistry) -> None:
    """A bare "اقرأ أيضا" line and the headline lines under it, up to the blank line, are other stories."""
    first = "اختتمت القوات البحرية المصرية والهندية تمرينا مشتركا في البحر الأحمر."
    headlines = ["وزير الدفاع يلتقي رئيس أركان الجيش الأردني",
                 "القوات الجوية المصرية والفرنسية تنفذان تدريباً جوياً"]
    last = "وشمل التمرين رمايات بالذخيرة الحية وعمليات إبرار بحري."
    for label in ("اقرأ أيضا", "اقرأ أيضاً:", "اقرأ أيضًا:"):
        raw = "\n".join([first, "", label, *headlines, "", last])
        text = clean_article(Article(id="t", text=raw), registry.get("ar")).clean_text or ""
        assert first in text and last in text
        assert not any(headline in text for headline in headlines)
