"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/mideast10.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Middle Eastern and Gulf defense news,
the subject of the mideast10 set:
- he "מסר בתגובה" / "מסר בהודעה" (said in a response / a statement) reports words, no handing over;
- ar "تبادل الزيارات" (the exchange of visits), a field of a cooperation document or plan, is no visit made;
- tr the participle of reported speech ("tatbikatın … yapıldığını hatırlattı", "düzenlendiğini bildirdi")
  tells an exercise held, as "yapıldı" and "düzenlendi" do;
- ku (Kurmanji) the subjunctive and present of "to meet" ("dê … bicive", "dicivin") tell a meeting too;
- ar the Gulf naval ranks with the article on staff and branch in either order ("اللواء الركن البحري",
  "اللواء البحري الركن") are ranks before a name;
- fa a call to carry out or abide by what was agreed ("خواستار اجرای کامل …", "خواستار عمل به تعهدات",
  "خواستار پایبندی به …") is no new pledge or proposal;
- ar the territorial waters of a state named in its formal style ("في المياه الإقليمية لدولة الكويت",
  "… لمملكة البحرين") are where a drill takes place, as "في المياه الإقليمية البحرينية" is;
- fa "فدراسیون" (of "فدراسیون روسیه") and "سخنگو / سخنگوی" (spokesman) are no words of a name: the name
  before "معاون وزیر دفاع فدراسیون روسیه" is found, and a spokesman's name ends before his title;
- ar "ولي العهد / ولي عهد …" (crown prince) and "نائب رئيس الدولة / الجمهورية" (vice president) are titles:
  the sheikh's name linked by بن/آل before them is an official;
- ar a Gulf name of given name, father's name, "بن" grandfather and family ("سالم سيف بن حمد الكعبي") is
  one name, not two overlapping ones.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-11-12"  # a Thursday

CASES = [
    # ---- he: "מסר בתגובה" is a statement, no handing over
    case("he-masar-bitguva-is-no-aid", "he", DAY,
         "טיל בליסטי שוגר הלילה מתימן לעבר אילת ויורט. שר הביטחון מסר בתגובה: \"מדינת ישראל תגבה מחיר "
         "כבד מכל מי שתוקף אותה\".",
         []),
    case("he-masra-behodaa-is-no-aid", "he", DAY,
         "מל\"ט ששוגר מלבנון יורט מעל הגליל. משרד החוץ מסר בהודעה כי ישראל תפנה למועצת הביטחון של האו\"ם.",
         []),
    # ---- ar: the exchange of visits is a field of cooperation, no visit
    case("ar-tabadul-alziyarat-is-no-meeting", "ar", DAY,
         "وقعت المملكة الأردنية الهاشمية وجمهورية فرنسا في عام 2012 مذكرة تفاهم للتعاون العسكري تشمل "
         "التعليم العسكري وتبادل الزيارات بين القوات المسلحة.",
         [ev("agreement", ["FRA", "JOR"], date="2012", doc_type="memorandum", historical=True)]),
    case("ar-ziyarat-mutabadala-is-no-meeting", "ar", DAY,
         "وتنص الخطة التي وقعتها مصر واليونان عام 2019 على تبادل زيارات الوفود العسكرية وتنظيم دورات "
         "تدريبية.",
         [ev("agreement", ["EGY", "GRC"], date="2019", historical=True)]),
    # ---- tr: the participle of reported speech ("yapıldığını", "düzenlendiğini") tells an exercise held
    case("tr-yapildigini-is-exercise-held", "tr", DAY,
         "Türk ve Pakistan hava kuvvetleri bu hafta Konya'da ortak tatbikat icra etti. Sözcü, iki "
         "ülke arasındaki "
         "ilk ortak hava tatbikatının 2009 yılında yapıldığını hatırlattı.",
         [ev("exercise", ["PAK", "TUR"], date="2026-11"),
          ev("exercise", ["PAK", "TUR"], date="2009", historical=True)]),
    case("tr-duzenlendigini-is-exercise-held", "tr", DAY,
         "MSB, Türk ve Katar kara kuvvetleri arasındaki ortak tatbikatın dün Doha'da düzenlendiğini "
         "bildirdi.",
         [ev("exercise", ["QAT", "TUR"], date="2026-11-11", location="QAT")]),
    # ---- ku: Kurmanji present and subjunctive of "to meet"
    case("ku-de-bicive-is-meeting", "ku", DAY,
         "Wezîrê Parastinê yê Almanyayê sibê li Hewlêrê dê bi Wezîrê Karûbarên Pêşmerge re bicive.",
         [ev("meeting", ["DEU", "IRQ"], date="2026-11-13", location="IRQ")]),
    case("ku-dicivin-is-meeting", "ku", DAY,
         "Serokê Erkanên Artêşa Iraqê û Fermandarê Hêzên Deryayî yên Fransayê îro li Bexdayê dicivin.",
         [ev("meeting", ["FRA", "IRQ"], date="2026-11-12", location="IRQ")]),
    # ---- ar: Gulf naval ranks with the article on staff and branch
    case("ar-alliwa-alrukn-albahri-is-rank", "ar", DAY,
         "استقبل قائد القوة البحرية الكويتية اللواء الركن البحري فهد سالم الهاجري اليوم قائد البحرية "
         "الباكستانية "
         "والوفد المرافق له.",
         [ev("meeting", ["KWT", "PAK"], date="2026-11-12", persons=["فهد سالم الهاجري"])]),
    case("ar-alliwa-albahri-alrukn-is-rank", "ar", DAY,
         "التقى قائد البحرية السلطانية العمانية اللواء البحري الركن سالم بن خلفان المعمري اليوم في مسقط "
         "قائد القوات البحرية الفرنسية في المحيط الهندي.",
         [ev("meeting", ["FRA", "OMN"], date="2026-11-12", persons=["سالم بن خلفان المعمري"])]),
    # ---- fa: a call to carry out commitments already made is no new pledge
    case("fa-khastar-ejraye-kamel-is-no-intent", "fa", DAY,
         "وزیر دفاع ایران روز سه‌شنبه در تهران با وزیر دفاع عراق دیدار کرد و خواستار اجرای کامل توافق‌های "
         "امنیتی پیشین دو کشور شد.",
         [ev("meeting", ["IRN", "IRQ"], date="2026-11-10", location="IRN")]),
    case("fa-khastar-amal-be-taahodat-is-no-intent", "fa", DAY,
         "فرمانده نیروی زمینی ارتش ایران در دیدار با وابسته نظامی ترکیه در تهران خواستار عمل به تعهدات "
         "مرزی طرف ترکیه شد.",
         [ev("meeting", ["IRN", "TUR"])]),
    # ---- ar: territorial waters of a state named in its formal style
    case("ar-almiyah-aliqlimiya-lidawlat-is-place", "ar", DAY,
         "نفذت القوات البحرية الإماراتية والهندية أمس تمريناً بحرياً مشتركاً في المياه الإقليمية لدولة "
         "الإمارات العربية المتحدة.",
         [ev("exercise", ["ARE", "IND"], date="2026-11-11", location="ARE")]),
    case("ar-almiyah-aliqlimiya-limamlakat-is-place", "ar", DAY,
         "أجرت سفن من البحرية الأمريكية والقوة البحرية البحرينية الأسبوع الماضي تدريباً مشتركاً في المياه "
         "الإقليمية لمملكة البحرين.",
         [ev("exercise", ["BHR", "USA"], location="BHR")]),
    # ---- fa: "فدراسیون" (of "فدراسیون روسیه") and "سخنگوی" (spokesman) are no name words
    case("fa-fedrasion-is-no-name", "fa", DAY,
         "امیر سرتیپ رضا طالایی‌نیک امروز در تهران با نیکلای پانکوف معاون وزیر دفاع فدراسیون روسیه "
         "دیدار کرد.",
         [ev("meeting", ["IRN", "RUS"], date="2026-11-12", location="IRN", persons=["نیکلای پانکوف"])]),
    case("fa-sokhangoo-is-no-name", "fa", DAY,
         "دریادار دوم حمید شاه‌کرمی سخنگوی رزمایش گفت: ناوهای ایران و پاکستان امروز رزمایش مشترک دریایی را "
         "در دریای عمان آغاز کردند.",
         [ev("exercise", ["IRN", "PAK"], date="2026-11", persons=["حمید شاه‌کرمی"])]),
    # ---- ar: "ولي العهد / ولي عهد …" (crown prince) and "نائب رئيس الدولة" (vice president) are titles
    case("ar-wali-ahd-is-title", "ar", DAY,
         "استقبل سمو الشيخ سلطان بن خليفة آل نهيان ولي عهد الفجيرة، اليوم في أبوظبي، وزير الدفاع البريطاني "
         "والوفد المرافق له.",
         [ev("meeting", ["ARE", "GBR"], date="2026-11-12", location="ARE",
             persons=["سلطان بن خليفة آل نهيان"])]),
    case("ar-naib-rais-aldawla-is-title", "ar", DAY,
         "استقبل سمو الشيخ سلطان بن خليفة آل نهيان نائب رئيس الدولة، اليوم في أبوظبي، رئيس أركان الجيش "
         "الإيطالي.",
         [ev("meeting", ["ARE", "ITA"], date="2026-11-12", location="ARE",
             persons=["سلطان بن خليفة آل نهيان"])]),
    # ---- ar: a Gulf name of given name, father's name, "bin" grandfather and family
    case("ar-gulf-name-unlinked-then-bin-then-family", "ar", DAY,
         "استقبل الفريق الركن سالم سيف بن حمد الكعبي رئيس أركان القوات المسلحة الإماراتية اليوم في أبوظبي "
         "قائد الجيش الإيطالي.",
         [ev("meeting", ["ARE", "ITA"], date="2026-11-12", location="ARE",
             persons=["سالم سيف بن حمد الكعبي"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
