"""The extract stage on short articles in the session-5 packs: Kyrgyz, Tajik, Nepali, Tamil and Sinhala
(invented officials, sentences written for these tests).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers
are those of tests/extract/test_events.py.  Kyrgyz and Tajik write case endings onto names
(Өзбекстандын, Русияро); Nepali, Tamil and Sinhala have no capitals, so names are read with the
pack's titles.name_regex next to a title.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from support.cases import CASE_FIELDS, case, check_case, ev

KY = [
    case("ky-meeting-titles", "ky", "2025-03-14",
         "Кыргыз Республикасынын Коргоо министри генерал-лейтенант Бакыт Асанов Бишкекте Өзбекстандын Коргоо "
         "министри генерал-майор Шухрат Халмухамедов менен жолугушту.",
         [ev("meeting", ["KGZ", "UZB"], location="KGZ",
             persons=["Бакыт Асанов", "Шухрат Халмухамедов"])]),
    case("ky-signing-memorandum", "ky", "2025-03-14",
         "13-мартта Бишкекте Кыргызстандын жана Казакстандын коргоо министрликтеринин ортосунда аскердик "
         "кызматташтык жөнүндө өз ара түшүнүшүү меморандумуна кол коюлду.",
         [ev("agreement", ["KAZ", "KGZ"], date="2025-03-13", doc_type="memorandum", location="KGZ")]),
    case("ky-exercise-held", "ky", "2025-03-14",
         "Ош облусунда Кыргызстан менен Тажикстандын аскер кызматчыларынын биргелешкен "
         "тактикалык машыгуусу өттү.",
         [ev("exercise", ["KGZ", "TJK"])]),
    case("ky-aid-handed-over", "ky", "2025-03-14",
         "Кытай Эл Республикасы Кыргызстандын Куралдуу күчтөрүнө аскердик техника жана "
         "медициналык жабдууларды "
         "акысыз өткөрүп берди.",
         [ev("aid", ["CHN", "KGZ"])]),
    case("ky-background-signing", "ky", "2025-03-14",
         "Буга чейин, 2019-жылы, Кыргызстан менен Орусия аскердик-техникалык "
         "кызматташтык жөнүндө макулдашууга "
         "кол коюшкан болчу.",
         [ev("agreement", ["KGZ", "RUS"], date="2019", doc_type="agreement", historical=True)]),
    case("ky-combat-is-no-event", "ky", "2025-03-14",
         "Баткен облусунда кыргыз-тажик чек арасында атышуу болуп, эки аскер кызматчы жарадар болду.",
         []),
    case("ky-phone-yesterday", "ky", "2025-03-14",
         "Коргоо министри Бакыт Асанов кечээ Түркиянын Улуттук коргоо министри Яшар Гюлер "
         "менен телефон аркылуу "
         "сүйлөштү.",
         [ev("meeting", ["KGZ", "TUR"], date="2025-03-13", mode="phone",
             persons=["Бакыт Асанов", "Yasar Guler"])]),
    case("ky-visit-received", "ky", "2025-03-14",
         "Орусиянын Коргоо министринин орун басары Бишкекке расмий сапар менен келди. Кыргыз Республикасынын "
         "Коргоо министри аны кабыл алды.",
         [ev("meeting", ["KGZ", "RUS"], location="KGZ", mode="visit")]),
]

TG = [
    # "Душанбе" is the capital here, not Monday: the meeting keeps the day of publication
    case("tg-meeting-titles-capital-not-monday", "tg", "2025-03-14",
         "Вазири мудофиаи Ҷумҳурии Тоҷикистон генерал-полковник Шералӣ Раҳимзода дар Душанбе бо вазири "
         "мудофиаи Федератсияи Русия Андрей Белоусов мулоқот кард.",
         [ev("meeting", ["RUS", "TJK"], date="2025-03-14", location="TJK",
             persons=["Шералӣ Раҳимзода", "Andrei Belousov"])]),
    case("tg-signing-memorandum", "tg", "2025-03-14",
         "13 марти соли 2025 дар Душанбе байни вазоратҳои мудофиаи Тоҷикистон ва Қазоқистон ёддошти тафоҳум "
         "оид ба ҳамкории ҳарбӣ ба имзо расид.",
         [ev("agreement", ["KAZ", "TJK"], date="2025-03-13", doc_type="memorandum", location="TJK")]),
    case("tg-exercise-held", "tg", "2025-03-14",
         "Дар майдони омӯзишии Ҳарбмайдон машқҳои муштараки тактикии қувваҳои мусаллаҳи Тоҷикистон ва "
         "Ӯзбекистон баргузор гардид.",
         [ev("exercise", ["TJK", "UZB"], location="TJK")]),
    case("tg-aid-handed-over", "tg", "2025-03-14",
         "Ҷумҳурии Мардумии Чин ба Қувваҳои мусаллаҳи Ҷумҳурии Тоҷикистон як гурӯҳ техникаи ҳарбӣ ва "
         "таҷҳизоти тиббиро ройгон супорид.",
         [ev("aid", ["CHN", "TJK"])]),
    case("tg-background-signing", "tg", "2025-03-14",
         "Қаблан, соли 2019, Тоҷикистон ва Русия созишнома дар бораи ҳамкории ҳарбию "
         "техникӣ имзо карда буданд.",
         [ev("agreement", ["RUS", "TJK"], date="2019", doc_type="agreement", historical=True)]),
    case("tg-combat-is-no-event", "tg", "2025-03-14",
         "Дар марзи Тоҷикистон ва Афғонистон тирпарронӣ рух дод ва ду сарҳадчӣ захмӣ шуданд.",
         []),
    case("tg-phone-yesterday", "tg", "2025-03-14",
         "Вазири мудофиа Шералӣ Раҳимзода дирӯз бо вазири мудофиаи Туркия Яшар Гюлер тавассути телефон "
         "сӯҳбат кард.",
         [ev("meeting", ["TJK", "TUR"], date="2025-03-13", mode="phone", persons=["Шералӣ Раҳимзода"])]),
    case("tg-visit-received", "tg", "2025-03-14",
         "Муовини вазири мудофиаи Ҳиндустон бо сафари расмӣ ба Душанбе омад. Вазири мудофиаи Тоҷикистон "
         "ӯро қабул кард.",
         [ev("meeting", ["IND", "TJK"], location="TJK", mode="visit")]),
]

NE = [
    # case markers written onto the surname (राईले, सिंहसँग) stay out of the name
    case("ne-meeting-titles", "ne", "2025-03-14",
         "नेपालका रक्षामन्त्री मनबीर राईले काठमाडौंमा भारतका रक्षामन्त्री राजनाथ सिंहसँग भेटवार्ता गर्नुभयो।",
         [ev("meeting", ["IND", "NPL"], location="NPL", persons=["मनबीर राई", "राजनाथ सिंह"])]),
    # सैन्य सहयोग is military cooperation, not aid
    case("ne-signing-memorandum-month-first", "ne", "2025-03-14",
         "मार्च १३ मा काठमाडौंमा नेपाल र बंगलादेशका रक्षा मन्त्रालयबीच सैन्य सहयोगसम्बन्धी समझदारीपत्रमा "
         "हस्ताक्षर भयो।",
         [ev("agreement", ["BGD", "NPL"], date="2025-03-13", doc_type="memorandum", location="NPL")]),
    case("ne-exercise-held", "ne", "2025-03-14",
         "नेपाली सेना र अमेरिकी सेनाबीच संयुक्त सैन्य अभ्यास पोखरामा सम्पन्न भयो।",
         [ev("exercise", ["NPL", "USA"])]),
    case("ne-aid-handed-over", "ne", "2025-03-14",
         "चीनले नेपाली सेनालाई सैन्य सामग्री र स्वास्थ्य उपकरण हस्तान्तरण गर्‍यो।",
         [ev("aid", ["CHN", "NPL"])]),
    case("ne-background-signing", "ne", "2025-03-14",
         "यसअघि सन् २०१९ मा नेपाल र चीनबीच सैन्य सहयोग सम्झौतामा हस्ताक्षर भएको थियो।",
         [ev("agreement", ["CHN", "NPL"], date="2019", doc_type="agreement", historical=True)]),
    case("ne-combat-is-no-event", "ne", "2025-03-14",
         "सीमामा भएको गोली प्रहारमा दुई सैनिक घाइते भए।",
         []),
    case("ne-phone-yesterday", "ne", "2025-03-14",
         "प्रधानसेनापति जनरल अशोकराज सिग्देलले हिजो पाकिस्तानी सेनाध्यक्ष जनरल असिम मुनिरसँग टेलिफोन वार्ता "
         "गर्नुभयो।",
         [ev("meeting", ["NPL", "PAK"], date="2025-03-13", mode="phone", persons=["अशोकराज सिग्देल"])]),
    case("ne-visit-received", "ne", "2025-03-14",
         "भारतीय थलसेना प्रमुख जनरल उपेन्द्र द्विवेदी पाँचदिने औपचारिक भ्रमणका क्रममा काठमाडौं आइपुग्नुभयो। "
         "प्रधानसेनापतिले उहाँको स्वागत गर्नुभयो।",
         [ev("meeting", ["IND", "NPL"], location="NPL", mode="visit", persons=["उपेन्द्र द्विवेदी"])]),
    # a future exercise is a pledge
    case("ne-future-exercise-is-intent", "ne", "2025-03-14",
         "आगामी वर्ष नेपाल र अमेरिकाबीच संयुक्त सैन्य अभ्यास सञ्चालन गरिनेछ।",
         [ev("intent", ["NPL", "USA"])]),
]

TA = [
    case("ta-meeting-titles", "ta", "2025-03-14",
         "இந்திய பாதுகாப்புத் துறை அமைச்சர் ராஜ்நாத் சிங் புதுதில்லியில் இலங்கை பாதுகாப்பு பிரதி அமைச்சர் "
         "அருண ஜயசேகரவை சந்தித்துப் பேசினார்.",
         [ev("meeting", ["IND", "LKA"], location="IND", persons=["ராஜ்நாத் சிங்"])]),
    case("ta-signing-memorandum", "ta", "2025-03-14",
         "மார்ச் 13ஆம் தேதி கொழும்பில் இலங்கை மற்றும் இந்தியா இடையே பாதுகாப்பு ஒத்துழைப்பு தொடர்பான "
         "புரிந்துணர்வு ஒப்பந்தம் கையெழுத்தானது.",
         [ev("agreement", ["IND", "LKA"], date="2025-03-13", doc_type="memorandum", location="LKA")]),
    case("ta-exercise-held", "ta", "2025-03-14",
         "இந்திய ராணுவம் மற்றும் இலங்கை ராணுவம் இடையேயான கூட்டு ராணுவப் பயிற்சி பெலகாவியில் நடைபெற்றது.",
         [ev("exercise", ["IND", "LKA"])]),
    case("ta-aid-donated", "ta", "2025-03-14",
         "சீனா இலங்கை கடற்படைக்கு ரோந்துக் கப்பல் ஒன்றை அன்பளிப்பாக வழங்கியது.",
         [ev("aid", ["CHN", "LKA"])]),
    # the state's name without its final -u takes the ending (மாலைதீவு)
    case("ta-background-signing", "ta", "2025-03-14",
         "முன்னதாக 2019ஆம் ஆண்டு இந்தியா மற்றும் மாலைதீவு இடையே பாதுகாப்பு ஒப்பந்தம் கையெழுத்திடப்பட்டது.",
         [ev("agreement", ["IND", "MDV"], date="2019", doc_type="agreement", historical=True)]),
    case("ta-combat-is-no-event", "ta", "2025-03-14",
         "ஜம்மு காஷ்மீரில் நடந்த பயங்கரவாதத் தாக்குதலில் இரண்டு ராணுவ வீரர்கள் உயிரிழந்தனர்.",
         []),
    case("ta-phone-yesterday", "ta", "2025-03-14",
         "இந்திய ராணுவத் தளபதி ஜெனரல் உபேந்திர திவேதி நேற்று அமெரிக்க ராணுவத் தலைமைத் தளபதியுடன் "
         "தொலைபேசியில் பேசினார்.",
         [ev("meeting", ["IND", "USA"], date="2025-03-13", mode="phone", persons=["உபேந்திர திவேதி"])]),
    # a pronoun after a title (அவரை) is no name; the arrival and the welcome are one visit
    case("ta-visit-received", "ta", "2025-03-14",
         "பாகிஸ்தான் கடற்படைத் தளபதி அட்மிரல் நவீத் அஷ்ரப் அதிகாரப்பூர்வ பயணமாக இலங்கைக்கு வருகை தந்தார். "
         "இலங்கை கடற்படைத் தளபதி அவரை வரவேற்றார்.",
         [ev("meeting", ["LKA", "PAK"], location="LKA", mode="visit", persons=["நவீத் அஷ்ரப்"])]),
]

SI = [
    # මහතා (Mr) follows the name and is no part of it
    case("si-meeting-titles", "si", "2025-03-14",
         "ආරක්ෂක නියෝජ්‍ය අමාත්‍ය අරුණ ජයසේකර මහතා කොළඹදී ඉන්දීය ආරක්ෂක ලේකම් රාජේෂ් කුමාර් සිං මහතා හමුවිය.",
         [ev("meeting", ["IND", "LKA"], location="LKA", persons=["අරුණ ජයසේකර", "රාජේෂ් කුමාර් සිං"])]),
    case("si-signing-memorandum", "si", "2025-03-14",
         "මාර්තු 13 වැනිදා කොළඹදී ශ්‍රී ලංකාව සහ ඉන්දියාව අතර ආරක්ෂක සහයෝගිතාව පිළිබඳ අවබෝධතා ගිවිසුමක් "
         "අත්සන් කෙරිණි.",
         [ev("agreement", ["IND", "LKA"], date="2025-03-13", doc_type="memorandum", location="LKA")]),
    case("si-exercise-held", "si", "2025-03-14",
         "ශ්‍රී ලංකා යුද හමුදාව සහ ඉන්දීය යුද හමුදාව අතර ඒකාබද්ධ යුද අභ්‍යාසය මාදුරුඔයදී පැවැත්විණි.",
         [ev("exercise", ["IND", "LKA"])]),
    case("si-aid-donated", "si", "2025-03-14",
         "චීනය ශ්‍රී ලංකා නාවික හමුදාවට මුර යාත්‍රාවක් පරිත්‍යාග කළේය.",
         [ev("aid", ["CHN", "LKA"])]),
    case("si-background-signing", "si", "2025-03-14",
         "මීට පෙර 2019 වසරේ ශ්‍රී ලංකාව සහ ඇමරිකාව අතර ආරක්ෂක ගිවිසුමක් අත්සන් කෙරිණි.",
         [ev("agreement", ["LKA", "USA"], date="2019", doc_type="agreement", historical=True)]),
    case("si-combat-is-no-event", "si", "2025-03-14",
         "උතුරේ සිදු වූ බෝම්බ ප්‍රහාරයකින් හමුදා සෙබළුන් දෙදෙනෙකු මිය ගියහ.",
         []),
    case("si-phone-yesterday", "si", "2025-03-14",
         "ආරක්ෂක මාණ්ඩලික ප්‍රධානී ජෙනරාල් ෂවේන්ද්‍ර සිල්වා ඊයේ පාකිස්තාන හමුදාපති සමඟ "
         "දුරකථනයෙන් සාකච්ඡා කළේය.",
         [ev("meeting", ["LKA", "PAK"], date="2025-03-13", mode="phone", persons=["ෂවේන්ද්‍ර සිල්වා"])]),
    # නිල (official) after a name is not part of it
    case("si-visit-received", "si", "2025-03-14",
         "බංග්ලාදේශ නාවික හමුදාපති අද්මිරාල් නස්මුල් හසන් නිල සංචාරයක් සඳහා ශ්‍රී ලංකාවට පැමිණියේය. "
         "නාවික හමුදාපති ඔහු පිළිගත්තේය.",
         [ev("meeting", ["BGD", "LKA"], location="LKA", mode="visit", persons=["නස්මුල් හසන්"])]),
]

MORE = [
    # an ambassador's call on the minister has no mode; "the two sides agreed to hold exercises" is a pledge;
    # "аскердик кызматташтыктын алкагында" (in the frame of cooperation) is no forum
    case("ky-ambassador-call-and-pledge", "ky", "2025-03-14",
         "Кыргыз Республикасынын Коргоо министри генерал-лейтенант Бакыт Асанов Кытай Эл Республикасынын "
         "Кыргызстандагы Элчисин кабыл алды. Жолугушууда тараптар аскердик кызматташтыктын алкагында эки "
         "өлкөнүн ортосундагы байланыштарды талкуулашты. Тараптар 2026-жылы биргелешкен антитеррордук "
         "машыгууларды өткөрүү боюнча макулдашышты.",
         [ev("meeting", ["CHN", "KGZ"], mode=None, persons=["Бакыт Асанов"]), ev("intent", ["CHN", "KGZ"])]),
    case("tg-audience-ambassador", "tg", "2025-03-14",
         "Вазири мудофиаи Ҷумҳурии Тоҷикистон генерал-полковник Собир Ҳасанзода сафири Ҷумҳурии Мардумии Чин "
         "дар Тоҷикистонро ба ҳузур пазируфт.",
         [ev("meeting", ["CHN", "TJK"], mode=None, persons=["Собир Ҳасанзода"])]),
    case("tg-sidelines-of-council", "tg", "2025-03-14",
         "Вазири мудофиаи Тоҷикистон дар Бишкек дар ҷаласаи Шӯрои вазирони мудофиаи давлатҳои аъзои СПАД "
         "ширкат варзид ва дар ҳошияи он бо вазири мудофиаи Қирғизистон мулоқот кард.",
         [ev("meeting", ["KGZ", "TJK"], mode="multilateral", location="KGZ")]),
    # a Bikram Sambat dateline (२९ फागुन) is not read as a Gregorian date
    case("ne-courtesy-call-bs-dateline", "ne", "2025-03-14",
         "काठमाडौं, २९ फागुन । नेपाली सेनाका प्रधानसेनापति जनरल अशोकराज सिग्देलले नेपालका लागि चीनका राजदूत "
         "चेन सोङसँग जंगी अड्डामा शिष्टाचार भेट गर्नुभएको छ ।",
         [ev("meeting", ["CHN", "NPL"], date="2025-03-14", mode=None, persons=["चेन सोङ"])]),
    case("ne-budget-is-no-event", "ne", "2025-03-14",
         "प्रधानमन्त्रीले संसदमा बजेट पेस गर्नुभयो ।",
         []),
    case("ta-purchase-contract", "ta", "2025-03-14",
         "இந்தியா மற்றும் பிரான்ஸ் இடையே 26 ரஃபேல் போர் விமானங்களை வாங்குவதற்கான ஒப்பந்தம் கையெழுத்தானது.",
         [ev("agreement", ["FRA", "IND"], doc_type="contract")]),
    # heads of government talking with no military subject is no defense-diplomacy event
    case("ta-civil-talks-no-event", "ta", "2025-03-14",
         "இலங்கை ஜனாதிபதி அநுர குமார திசாநாயக்க சீனப் பிரதமருடன் பேச்சுவார்த்தை நடத்தினார்.",
         []),
    case("si-delegation-visit", "si", "2025-03-14",
         "ඉන්දීය ආරක්ෂක ලේකම්වරයා ඇතුළු නියෝජිත පිරිසක් ශ්‍රී ලංකාවේ නිල සංචාරයක නිරත වෙයි. ඔවුන් අද ආරක්ෂක "
         "අමාත්‍යාංශයේදී ආරක්ෂක ලේකම් එයාර් වයිස් මාර්ෂල් සම්පත් තුයියකොන්තා මහතා හමුවිය.",
         [ev("meeting", ["IND", "LKA"], date="2025-03-14", location="LKA", mode="visit",
             persons=["සම්පත් තුයියකොන්තා"])]),
    case("si-naval-exercise-began", "si", "2025-03-14",
         "ශ්‍රී ලංකා නාවික හමුදාව සහ ඇමෙරිකානු නාවික හමුදාව සහභාගී වන ඒකාබද්ධ නාවික අභ්‍යාසය ත්‍රිකුණාමලයේදී "
         "ආරම්භ විය.",
         [ev("exercise", ["LKA", "USA"], location="LKA")]),
]

# weekday names and full dates of each language (published on Friday 2025-03-14)
DATES = [
    case("ky-weekday", "ky", "2025-03-14",
         "Кыргызстандын Коргоо министри шаршемби күнү Бишкекте Өзбекстандын Коргоо министри менен жолугушту.",
         [ev("meeting", ["KGZ", "UZB"], date="2025-03-12")]),
    case("ky-year-first-date", "ky", "2025-03-14",
         "Кыргызстандын Коргоо министри 2025-жылдын 10-мартында Өзбекстандын Коргоо министри менен "
         "жолугушту.",
         [ev("meeting", ["KGZ", "UZB"], date="2025-03-10")]),
    case("tg-weekday", "tg", "2025-03-14",
         "Вазири мудофиаи Тоҷикистон рӯзи чоршанбе дар Душанбе бо вазири мудофиаи Ӯзбекистон мулоқот кард.",
         [ev("meeting", ["TJK", "UZB"], date="2025-03-12")]),
    case("tg-full-date", "tg", "2025-03-14",
         "Вазири мудофиаи Тоҷикистон 10 марти соли 2025 бо вазири мудофиаи Ӯзбекистон мулоқот кард.",
         [ev("meeting", ["TJK", "UZB"], date="2025-03-10")]),
    case("ne-weekday", "ne", "2025-03-14",
         "नेपालका रक्षामन्त्री बुधबार काठमाडौंमा भारतका रक्षामन्त्रीसँग भेटवार्ता गर्नुभयो।",
         [ev("meeting", ["IND", "NPL"], date="2025-03-12")]),
    case("ne-full-date", "ne", "2025-03-14",
         "नेपालका रक्षामन्त्रीले १० मार्च २०२५ मा भारतका रक्षामन्त्रीसँग भेटवार्ता गर्नुभयो।",
         [ev("meeting", ["IND", "NPL"], date="2025-03-10")]),
    case("ta-weekday", "ta", "2025-03-14",
         "இந்திய பாதுகாப்பு அமைச்சர் புதன்கிழமை இலங்கை பாதுகாப்பு அமைச்சரை சந்தித்தார்.",
         [ev("meeting", ["IND", "LKA"], date="2025-03-12")]),
    case("ta-year-first-date", "ta", "2025-03-14",
         "இந்திய பாதுகாப்பு அமைச்சர் 2025ஆம் ஆண்டு மார்ச் 10ஆம் தேதி இலங்கை பாதுகாப்பு அமைச்சரை சந்தித்தார்.",
         [ev("meeting", ["IND", "LKA"], date="2025-03-10")]),
    case("si-weekday", "si", "2025-03-14",
         "ශ්‍රී ලංකා ආරක්ෂක ඇමති බදාදා ඉන්දීය ආරක්ෂක ඇමති හමුවිය.",
         [ev("meeting", ["IND", "LKA"], date="2025-03-12")]),
    case("si-full-date", "si", "2025-03-14",
         "ශ්‍රී ලංකා ආරක්ෂක ඇමති 2025 මාර්තු 10 වැනිදා ඉන්දීය ආරක්ෂක ඇමති හමුවිය.",
         [ev("meeting", ["IND", "LKA"], date="2025-03-10")]),
]

CASES = [*KY, *TG, *NE, *TA, *SI, *MORE, *DATES]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize("lang, cases", [("ky", KY), ("tg", TG), ("ne", NE), ("ta", TA), ("si", SI)])
def test_language_id_reads_whole_articles(lang: str, cases: list[Any]) -> None:
    """CLD2 names each of these languages for an article of several sentences.  (Single sentences under
    200 characters go to lingua, which knows no Kyrgyz, Tajik, Nepali or Sinhala: it says kk/ru, bg/ru/uk,
    hi/mr, or nothing.)"""
    text = " ".join(param.values[3] for param in cases)
    assert Detector(use_lingua=False).detect(text).lang == lang
