"""The extract stage on short articles in Czech, Danish, Punjabi, Bengali and Khmer, written for these tests
(none of these sentences is in tests/data/heldout/sparse_a.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py.  They pin general wording of each language's ministries and press:
- Czech "se … sešla s" (met, the reflexive pronoun before the verb) and "strany se / země se dohodly" (the
  parties agreed); the "Související články:" line with its headlines, dropped by the clean stage;
- Danish and Punjabi company deals (virksomhed, producent; ਕੰਪਨੀ) as no state agreement; a Danish border
  named by its state's adjective ("ved den russiske grænse") as a place, not a party;
- the Punjabi perfective "ਸ਼ੁਰੂ ਹੋ ਗਿਆ" (got started) as an exercise held, Indian states as its location;
- Bengali purchases and receipts from a state ("থেকে কেনা", "কিনেছে", "কাছ থেকে … পেয়েছে") as
  deliveries, and the genitive particle written apart after a name ("… এর সঙ্গে") as no part of it;
- the Khmer "បានធ្វើសមយុទ្ធ" (conducted an exercise) as an exercise held; supply and training named as
  fields of talks ("ការផ្គត់ផ្គង់", "វិស័យបណ្តុះបណ្តាល") as no aid; "this visit" in a comment
  (ទស្សនកិច្ចនេះ) as no meeting of the states the comment names;
- Armenian bare demonyms ("հայ", "հույն"; հայ զինծառայողները, հայ-իտալական) as their states;
- a news agency named with its state's adjective as no party: cs "čínské tiskové agentury",
  fi "saksalaisen uutistoimisto", bs "ruska novinska agencija", bn "চীনের রাষ্ট্রীয় বার্তা সংস্থা";
- a state named only as a subject of the talks as no party of a second meeting: "jednali také o",
  "razgovarali i o", "neuvottelivat myös", "নিয়েও আলোচনা", "խոսել են նաև … մասին";
- weapon and border words as defense context (pa ਤੋਪਾਂ, km ការពារព្រំដែន, hy ռադիոլոկացիոն), and an Armenian
  departure "մեկնել է <state or capital>" as the visit's place;
- more held and talk verbs: pa "ਸਾਂਝੀ ਮਸ਼ਕ ਕੀਤੀ" (held a joint drill), bn "অংশ নিয়েছে" (took part), bn
  "সঙ্গে কথা বলেন" (talked with); bs "u Haagu" (in The Hague) as a venue;
- relative dates: km weeks and months (សប្តាហ៍មុន, ខែក្រោយ) and "ព្រឹកមិញ", pa "ਭਲਕੇ" (tomorrow), none of
  them, nor bn "গত" and pa "ਪਿਛਲੇ" (last), read as part of a name.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.clean import clean_article
from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Czech
    case("cs-se-sesla-s", "cs", DAY,
         "Česká ministryně obrany se dnes ve Vídni sešla s rakouskou ministryní obrany.",
         [ev("meeting", ["AUT", "CZE"], date=DAY)]),
    case("cs-strany-se-dohodly", "cs", DAY,
         "Náčelníci generálních štábů Česka a Maďarska dnes jednali v Budapešti.\n\n"
         "Strany se dohodly, že rozšíří výměnu důstojníků mezi vojenskými akademiemi.",
         [ev("meeting", ["CZE", "HUN"], location="HUN"), ev("intent", ["CZE", "HUN"])]),
    case("cs-company-memorandum-no-event", "cs", DAY,
         "Zbrojovka z Uherského Brodu podepsala s americkou firmou memorandum o společné výrobě útočných "
         "pušek.",
         []),
    # ---- Danish
    case("da-company-deal-no-event", "da", DAY,
         "Den danske virksomhed har indgået en aftale med den britiske producent om software til pansrede "
         "mandskabsvogne.",
         []),
    case("da-border-adjective-no-party", "da", DAY,
         "Danske og estiske soldater øvede i sidste uge sammen tæt på den russiske grænse.",
         [ev("exercise", ["DNK", "EST"])]),
    # ---- Punjabi
    case("pa-company-deal-no-event", "pa", DAY,
         "ਇਕ ਭਾਰਤੀ ਕੰਪਨੀ ਨੇ ਇਜ਼ਰਾਈਲੀ ਕੰਪਨੀ ਨਾਲ ਡਰੋਨ ਬਣਾਉਣ ਲਈ ਸਮਝੌਤੇ ’ਤੇ ਦਸਤਖ਼ਤ ਕੀਤੇ।",
         []),
    case("pa-exercise-got-started", "pa", DAY,
         "ਭਾਰਤ ਅਤੇ ਜਾਪਾਨ ਦੀਆਂ ਫ਼ੌਜਾਂ ਦਾ ਸਾਂਝਾ ਅਭਿਆਸ ਸੋਮਵਾਰ ਨੂੰ ਮਹਾਰਾਸ਼ਟਰ ਦੇ ਪੁਣੇ ਵਿੱਚ ਸ਼ੁਰੂ ਹੋ ਗਿਆ।",
         [ev("exercise", ["IND", "JPN"], date="2026-03", location="IND")]),
    # ---- Bengali
    case("bn-bought-from-arrived", "bn", DAY,
         "বাংলাদেশ নৌবাহিনীর জন্য ফ্রান্স থেকে কেনা দুটি হেলিকপ্টার গতকাল চট্টগ্রামে এসে পৌঁছেছে।",
         [ev("aid", ["BGD", "FRA"], date="2026-03-17")]),
    case("bn-has-bought", "bn", DAY,
         "শ্রীলঙ্কা নৌবাহিনী চীন থেকে একটি টহল জাহাজ কিনেছে।",
         [ev("aid", ["CHN", "LKA"])]),
    case("bn-received-from", "bn", DAY,
         "মালদ্বীপের কোস্ট গার্ড ভারতের কাছ থেকে দুটি দ্রুতগামী টহল নৌযান পেয়েছে।",
         [ev("aid", ["IND", "MDV"])]),
    case("bn-genitive-particle-apart", "bn", DAY,
         "মালয়েশিয়ার সেনাপ্রধান জেনারেল মোহাম্মদ হাফিজুদ্দীন এর সঙ্গে আজ ঢাকায় বাংলাদেশের সেনাবাহিনী প্রধান "
         "সাক্ষাৎ করেন।",
         [ev("meeting", ["BGD", "MYS"], persons=["মোহাম্মদ হাফিজুদ্দীন"])]),
    # ---- Khmer
    case("km-conducted-exercise", "km", DAY,
         "កាលពីថ្ងៃអង្គារ កងទ័ពជើងទឹកឥណ្ឌា និងកងទ័ពជើងទឹកកម្ពុជា បានធ្វើសមយុទ្ធរួមគ្នានៅសមុទ្រក្បែរខេត្តកំពត។",
         [ev("exercise", ["IND", "KHM"], date="2026-03-17")]),
    case("km-supply-and-training-topics-no-aid", "km", DAY,
         "រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានទទួលជួបឯកអគ្គរដ្ឋទូតឥណ្ឌាប្រចាំកម្ពុជា នៅទីស្តីការក្រសួងការពារជាតិ។\n\n"
         "ភាគីទាំងពីរបានពិភាក្សាអំពីការផ្គត់ផ្គង់សម្ភារៈយោធា និងកិច្ចសហប្រតិបត្តិការវិស័យបណ្តុះបណ្តាល។",
         [ev("meeting", ["IND", "KHM"])]),
    case("km-this-visit-in-a-comment", "km", DAY,
         "ប្រតិភូយោធាឥណ្ឌូណេស៊ី បានមកបំពេញទស្សនកិច្ចនៅកម្ពុជា ហើយបានជួបមេបញ្ជាការកងទ័ពជើងគោកកម្ពុជា។\n\n"
         "អ្នកវិភាគយល់ថា ទស្សនកិច្ចនេះកើតឡើងក្រោយពេលអាមេរិក និងចិនប្រកួតប្រជែងគ្នាក្នុងតំបន់។",
         [ev("meeting", ["IDN", "KHM"])]),
    # ---- Armenian: the bare demonym (հայ զինծառայողները, հայ-ֆրանսիական)
    case("hy-bare-demonym", "hy", DAY,
         "Հայ և հույն զինծառայողները համատեղ զորավարժություն են անցկացրել։",
         [ev("exercise", ["ARM", "GRC"])]),
    case("hy-demonym-compound", "hy", DAY,
         "Երեկ ավարտվել է հայ-իտալական համատեղ զորավարժությունը։",
         [ev("exercise", ["ARM", "ITA"])]),
    # ---- a news agency named with its state reports the news: its state is no party
    case("cs-agency-adjective", "cs", DAY,
         "Ministr obrany Česka se dnes v Praze setkal s ministrem obrany Chorvatska.\n\n"
         "Podle čínské tiskové agentury Sin-chua ministři jednali také o Tchaj-wanu.",
         [ev("meeting", ["CZE", "HRV"])]),
    case("fi-agency-adjective", "fi", DAY,
         "Puolustusministeri Antti Häkkänen tapasi tänään Helsingissä Tanskan puolustusministerin.\n\n"
         "Saksalaisen uutistoimisto dpa:n mukaan ministerit neuvottelivat myös Grönlannista.",
         [ev("meeting", ["DNK", "FIN"])]),
    case("bs-agency-adjective", "bs", DAY,
         "Ministar odbrane BiH sastao se danas u Sarajevu s ministrom odbrane Sjeverne Makedonije.\n\n"
         "Kako prenosi ruska novinska agencija RIA Novosti, ministri su razgovarali i o Kosovu.",
         [ev("meeting", ["BIH", "MKD"])]),
    case("bn-agency-adjective", "bn", DAY,
         "সেনাবাহিনী প্রধান জেনারেল ওয়াকার-উজ-জামান আজ ঢাকায় ভুটানের সেনাপ্রধানের সঙ্গে সাক্ষাৎ করেন।\n\n"
         "চীনের রাষ্ট্রীয় বার্তা সংস্থা সিনহুয়া জানিয়েছে, দুই পক্ষ মিয়ানমার নিয়েও আলোচনা করেছে।",
         [ev("meeting", ["BGD", "BTN"])]),
    # ---- a state named only as a subject of the talks is no party
    case("cs-jednali-take-o", "cs", DAY,
         "Náčelník generálního štábu Karel Řehka se dnes v Praze setkal s náčelníkem štábu Rumunska.\n\n"
         "Generálové jednali také o Moldavsku.",
         [ev("meeting", ["CZE", "ROU"])]),
    case("bs-razgovarali-i-o", "bs", DAY,
         "Ministar odbrane BiH sastao se danas u Sarajevu s ministrom odbrane Albanije.\n\n"
         "Ministri su razgovarali i o Srbiji.",
         [ev("meeting", ["ALB", "BIH"])]),
    case("hy-negotiated-also-about", "hy", DAY,
         "ՀՀ պաշտպանության նախարար Սուրեն Պապիկյանն այսօր Երևանում հանդիպել է Կիպրոսի պաշտպանության "
         "նախարարի հետ։\n\nՆախարարները խոսել են նաև Իրանի մասին։",
         [ev("meeting", ["ARM", "CYP"])]),
    # ---- weapon and border words as defense context; an Armenian departure as the visit's place
    case("pa-guns-as-military", "pa", DAY,
         "ਭਾਰਤ ਨੇ ਵੀਅਤਨਾਮ ਨੂੰ ਤੋਪਾਂ ਦੀ ਨਵੀਂ ਖੇਪ ਭੇਜੀ ਹੈ।",
         [ev("aid", ["IND", "VNM"])]),
    case("km-border-defense", "km", DAY,
         "កម្ពុជា និងឡាវ បានឯកភាពពង្រឹងកិច្ចសហប្រតិបត្តិការការពារព្រំដែន។",
         [ev("intent", ["KHM", "LAO"])]),
    case("hy-radar-will-supply", "hy", DAY,
         "Հնդկաստանը Հայաստանին կմատակարարի ռադիոլոկացիոն կայաններ։",
         [ev("intent", ["ARM", "IND"])]),
    case("hy-departed-to", "hy", DAY,
         "ՀՀ պաշտպանության նախարար Սուրեն Պապիկյանը աշխատանքային այցով մեկնել է Աթենք։",
         [ev("meeting", ["ARM", "GRC"], mode="visit", location="GRC")]),
    # ---- more held and talk verbs: pa "ਸਾਂਝੀ ਮਸ਼ਕ ਕੀਤੀ", bn "অংশ নিয়েছে", "সঙ্গে কথা বলেন"; bs "u Haagu"
    case("pa-joint-drill-done", "pa", DAY,
         "ਭਾਰਤ ਅਤੇ ਫਰਾਂਸ ਦੀਆਂ ਹਵਾਈ ਸੈਨਾਵਾਂ ਨੇ ਰਾਜਸਥਾਨ ਵਿੱਚ ਸਾਂਝੀ ਮਸ਼ਕ ਕੀਤੀ।",
         [ev("exercise", ["FRA", "IND"], location="IND")]),
    case("bn-took-part-in-exercise", "bn", DAY,
         "বাংলাদেশ নৌবাহিনীর একটি জাহাজ শ্রীলঙ্কার ত্রিঙ্কোমালিতে শ্রীলঙ্কা নৌবাহিনীর সঙ্গে যৌথ মহড়ায় অংশ নিয়েছে।",
         [ev("exercise", ["BGD", "LKA"])]),
    case("bn-talked-with", "bn", DAY,
         "বাংলাদেশের বিমানবাহিনী প্রধান আজ টেলিফোনে তুরস্কের বিমানবাহিনী প্রধানের সঙ্গে কথা বলেন।",
         [ev("meeting", ["BGD", "TUR"], mode="phone")]),
    case("bs-the-hague-locative", "bs", DAY,
         "Ministar odbrane BiH Zukan Helez se na marginama samita NATO-a u Haagu sastao s ministrom odbrane "
         "Poljske.",
         [ev("meeting", ["BIH", "POL"], mode="multilateral", location="NLD")]),
    # ---- relative dates: km "កាលពីសប្តាហ៍មុន" (last week), "កាលពីម្សិលមិញ" no part of a name; pa "ਭਲਕੇ" (tomorrow)
    case("km-last-week-no-name", "km", DAY,
         "ព័ត៌មានជាតិ\n\nភ្នំពេញ៖ រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានទទួលជួបឯកអគ្គរដ្ឋទូតអូស្ត្រាលីប្រចាំកម្ពុជា "
         "លោក ចន ស្មីត កាលពីសប្តាហ៍មុន។",
         [ev("meeting", ["AUS", "KHM"], date="2026-03", persons=["ចន ស្មីត"])]),
    case("km-yesterday", "km", DAY,
         "ព័ត៌មានជាតិ\n\nភ្នំពេញ៖ រដ្ឋមន្ត្រីក្រសួងការពារជាតិ បានទទួលជួបឯកអគ្គរដ្ឋទូតឥណ្ឌាប្រចាំកម្ពុជា "
         "កាលពីម្សិលមិញ។",
         [ev("meeting", ["IND", "KHM"], date="2026-03-17")]),
    case("pa-tomorrow", "pa", DAY,
         "ਖ਼ਬਰਾਂ\n\nਰੱਖਿਆ ਮੰਤਰੀ ਰਾਜਨਾਥ ਸਿੰਘ ਭਲਕੇ ਨਵੀਂ ਦਿੱਲੀ ਵਿੱਚ ਕੀਨੀਆ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨਾਲ ਮੁਲਾਕਾਤ ਕਰਨਗੇ।",
         [ev("meeting", ["IND", "KEN"], date="2026-03-19", persons=["Rajnath Singh"])]),
    case("bn-last-weekday-no-name", "bn", DAY,
         "সংবাদ\n\nনেপালের সেনাপ্রধান জেনারেল প্রভু রাম শর্মা গত সোমবার ঢাকায় বাংলাদেশের সেনাপ্রধানের সঙ্গে বৈঠক করেন।",
         [ev("meeting", ["BGD", "NPL"], date="2026-03-16", persons=["প্রভু রাম শর্মা"])]),
    case("pa-last-week-no-name", "pa", DAY,
         "ਖ਼ਬਰਾਂ\n\nਥਲ ਸੈਨਾ ਮੁਖੀ ਜਨਰਲ ਅਮਨਦੀਪ ਸੰਧੂ ਪਿਛਲੇ ਹਫ਼ਤੇ ਕਾਠਮੰਡੂ ਵਿੱਚ ਨੇਪਾਲ ਦੇ ਫ਼ੌਜ ਮੁਖੀ ਨਾਲ ਮਿਲੇ ਅਤੇ ਮੁਲਾਕਾਤ ਕੀਤੀ।",
         [ev("meeting", ["IND", "NPL"], persons=["ਅਮਨਦੀਪ ਸੰਧੂ"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


# a "related articles" line with its headlines on the same line names other stories: the clean stage drops it
CLEANED = [
    case("cs-related-articles-line", "cs", DAY,
         "Česká ministryně obrany se dnes v Praze setkala s litevským ministrem obrany.\n"
         "Související články: Polsko a Německo podepsaly dohodu o obraně | Nová vozidla pro armádu\nSdílet",
         [ev("meeting", ["CZE", "LTU"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CLEANED)
def test_event_case_after_cleaning(registry: PackRegistry, extractor: Extractor, lang: str,
                                   published: str | None, title: str | None, text: str,
                                   expected: list[dict[str, Any]]) -> None:
    cleaned = clean_article(Article(id="case", text=text, title=title, published=published, lang=lang),
                            registry.get(lang)).clean_text or ""
    check_case(extractor, lang, published, title, cleaned, expected)
