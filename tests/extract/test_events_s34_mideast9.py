"""The extract stage on short articles in the languages of the mideast9 set, written for these tests (none of
these sentences is in tests/data/heldout/mideast9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of Middle East and North Africa defense news:
- fa "ensuring security" ("تأمین امنیت مرزها", "امنیت منطقه باید … تأمین شود") said at talks is no delivery:
  تأمین (provision) is an aid word only when something is provided to the other side.
- fa the plural of the field after "سند همکاری" ("سند همکاری‌های نظامی") is the document still, and a
  document renewed or extended ("تفاهم‌نامه … را … تمدید کردند") is a signing (GUIDELINES).
- tr a warship visiting a port written in the plain accusative or the dative ("Cezayir'deki limanı ziyaret
  etti", "Mersin limanına ziyaret gerçekleştirdi") is a port call, no visit of officials, as "limanını ziyaret
  etti" already was; a commander's call on his counterpart is still a meeting.
- ar a plan signed as the accusative object with its tanween ("وقّعت … برنامجاً تنفيذياً للتعاون", "برنامجا
  للتعاون العسكري") is a signing of a plan, as "البرنامج التنفيذي" already was.
- tr naval craft named by their task ("mayın avlama gemisi", "karakol gemisi", "hücumbot") are military
  hardware: donating them is aid, as donating a "savaş gemisi" already was.
- tr a course run for the other side's personnel and completed in the passive ("… personeline yönelik
  düzenlenen komando kursu tamamlandı") is training given, as the active "kursu tamamladı" already was.
- ku training held together, written indefinite or with "military" before "joint" (Sorani "ڕاهێنانێکی
  سەربازیی هاوبەش", Kurmanji "rahênaneke leşkerî ya hevbeş") is a joint exercise, as "ڕاهێنانی هاوبەش" was.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-01"  # a Tuesday

CASES = [
    # ---- fa: ensuring security is no delivery
    case("fa-amniat-tamin-shavad-is-no-aid", "fa", DAY,
         "فرمانده نیروی دریایی ارتش ایران روز دوشنبه در دیدار با فرمانده نیروی دریایی پاکستان در تهران گفت: "
         "امنیت خلیج فارس باید به دست کشورهای منطقه تأمین شود.",
         [ev("meeting", ["IRN", "PAK"], date="2026-11-30", location="IRN", mode="visit")]),
    case("fa-tamin-amniat-is-no-aid", "fa", DAY,
         "وزیر دفاع ایران روز دوشنبه در دیدار با همتای عراقی خود در بغداد بر تأمین امنیت مرزهای مشترک "
         "تأکید کرد.",
         [ev("meeting", ["IRN", "IRQ"], date="2026-11-30", location="IRQ", mode="visit")]),
    # a real provision to the other side is still aid
    case("fa-tamin-kard-is-still-aid", "fa", DAY,
         "روسیه سامانه‌های پدافندی مورد نیاز ارتش ایران را تأمین کرد.",
         [ev("aid", ["IRN", "RUS"])]),
    # ---- fa: "سند همکاری‌های …" is a document; a renewal is a signing
    case("fa-sanad-hamkariha-emza-is-an-agreement", "fa", DAY,
         "ایران و روسیه سند همکاری‌های نظامی را امضا کردند.",
         [ev("agreement", ["IRN", "RUS"], doc_type="agreement")]),
    case("fa-tafahomname-tamdid-is-an-agreement", "fa", DAY,
         "وزرای دفاع ایران و بلاروس تفاهم‌نامه همکاری دفاعی دو کشور را برای پنج سال دیگر تمدید کردند.",
         [ev("agreement", ["BLR", "IRN"], doc_type="memorandum")]),
    # ---- tr: a port call in the plain accusative or the dative is no meeting
    case("tr-limani-ziyaret-etti-is-no-meeting", "tr", DAY,
         "Türk Deniz Kuvvetlerine ait TCG Kınalıada korveti, Cezayir'deki limanı ziyaret etti.",
         []),
    case("tr-limanina-ziyaret-is-no-meeting", "tr", DAY,
         "İtalyan Deniz Kuvvetlerine ait ITS Bergamini fırkateyni, Mersin limanına ziyaret gerçekleştirdi.",
         []),
    case("tr-commander-visiting-commander-is-still-a-meeting", "tr", DAY,
         "Türk Deniz Kuvvetleri Komutanı Oramiral Ercüment Tatlıoğlu, Pakistan'ın Karaçi kentinde Pakistan "
         "Deniz Kuvvetleri Komutanı Amiral Naveed Ashraf'ı ziyaret etti.",
         [ev("meeting", ["PAK", "TUR"], location="PAK", mode="visit")]),
    # ---- ar: the accusative plan with its tanween
    case("ar-barnamajan-tanfiziyyan-is-a-plan", "ar", DAY,
         "وقعت وزارة الدفاع القطرية ووزارة الدفاع التركية اليوم في الدوحة برنامجاً تنفيذياً للتعاون في مجال "
         "التدريب العسكري.",
         [ev("agreement", ["QAT", "TUR"], date="2026-12-01", location="QAT", doc_type="plan")]),
    case("ar-barnamaja-without-hamza-is-a-plan", "ar", DAY,
         "وقعت وزارتا الدفاع في مصر واليونان أمس في القاهرة برنامجا للتعاون العسكري لعام 2027.",
         [ev("agreement", ["EGY", "GRC"], date="2026-11-30", location="EGY", doc_type="plan")]),
    # ---- tr: minehunters, patrol boats, fast attack craft are military hardware
    case("tr-mayin-avlama-gemisi-hibe-is-aid", "tr", DAY,
         "Türkiye'nin Somali'ye hibe ettiği 2 adet mayın avlama gemisi törenle teslim edildi.",
         [ev("aid", ["SOM", "TUR"])]),
    case("tr-karakol-gemisi-hibe-is-aid", "tr", DAY,
         "Türkiye, Gambiya'ya iki karakol gemisi hibe etti.",
         [ev("aid", ["GMB", "TUR"])]),
    # ---- tr: a course for the other side's personnel completed, in the passive
    case("tr-personeline-yonelik-kurs-tamamlandi-is-aid", "tr", DAY,
         "Gambiya Silahlı Kuvvetleri personeline yönelik Türkiye'de düzenlenen komando kursu tamamlandı.",
         [ev("aid", ["GMB", "TUR"])]),
    case("tr-kursu-basariyla-tamamlandi-is-aid", "tr", DAY,
         "Türk eğitim timi tarafından Somali Ulusal Ordusu personeline yönelik düzenlenen temel askerlik "
         "kursu başarıyla tamamlandı.",
         [ev("aid", ["SOM", "TUR"])]),
    case("tr-own-course-completed-is-nothing", "tr", DAY,
         "Türk Silahlı Kuvvetlerinin Ankara'da düzenlediği komando kursu tamamlandı.",
         []),
    # ---- ku: joint training, indefinite or "military joint"
    case("ku-rahenanek-sarbazi-hawbash-is-an-exercise", "ku", DAY,
         "سوپای عێراق و سوپای ئەمریکا ڕاهێنانێکی سەربازیی هاوبەشیان لە بنکەی عەین ئەسەد ئەنجامدا.",
         [ev("exercise", ["IRQ", "USA"], date="2026-12")]),
    case("ku-rahenanek-hawbash-is-an-exercise", "ku", DAY,
         "هێزەکانی تورکیا و ئازەربایجان ڕاهێنانێکی هاوبەشیان لە نەخچەوان ئەنجامدا.",
         [ev("exercise", ["AZE", "TUR"])]),
    case("ku-rahenaneke-leskeri-ya-hevbes-is-an-exercise", "ku", DAY,
         "Artêşa Iraqê û artêşa Urdunê li Eqebeyê rahênaneke leşkerî ya hevbeş pêk anîn.",
         [ev("exercise", ["IRQ", "JOR"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
