"""The extract stage on short Indian-language press articles written for these tests (none of these sentences
is in tests/data/heldout/indic3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those of
tests/extract/test_events.py. They pin general wording of the Odia press: consonant-final state names written
without CLDR's final virama (ଓମାନର, ବ୍ରାଜିଲରେ, କାଜାଖସ୍ତାନର) and the press spelling of Seychelles, training
given in the present progressive ("ପ୍ରଶିକ୍ଷଣ ଦିଆଯାଉଛି"), a corvette (କର୍ଭେଟ) that holds the meeting word ଭେଟ, a
month in the locative ("ଅକ୍ଟୋବରରେ"), a document word with its case ending ("ପ୍ରୋଟୋକଲରେ") and "ଦୁଇ ପକ୍ଷ" (the two
sides) as the parties. Telugu: training under way ("శిక్షణ ఇస్తున్నారు"), an agreement in reported speech
("అంగీకరించిందని"), a company's export order as no aid. Kannada: ಹೊಸದಿಲ್ಲಿ (New Delhi) and the spelling ತಿಳುವಳಿಕೆ
ಒಪ್ಪಂದ (MoU). Malayalam: Kuala Lumpur with its case ending (ക്വാലലംപുരിൽ), trainees after "പരിശീലിപ്പിച്ച".
Assamese: শুকুৰবাৰ (Friday).
Second round: Gujarati અભ્યાસ with a joint or military qualifier as an exercise (alone it is also
"study"); Punjabi civilians made to practise in a civil-defence drill as no exercise; Kannada training
under way; Assamese press spellings with ছ (ইণ্ডোনেছিয়া, মালয়েছিয়া), the title with its case ending
(প্ৰতিৰক্ষা মন্ত্ৰীয়ে) and an MoU with its case ending. Third round: Odia and Assamese full support declared
for a fight; a joint patrol carried out in Odia, Punjabi and Assamese; partners' capitals and ports as places.
Fourth round: fighter jets as military words (Telugu, Assamese, Odia), Odia "agreed" in the singular, an
Assamese visit in the past tense, deliveries pledged in reported speech (Telugu -అని, Malayalam -മെന്ന്), an
invitation to visit as a pledge and no visit (Punjabi ਦੌਰੇ ਦਾ ਸੱਦਾ, Telugu పర్యటనకు ఆహ్వానించారు).
Fifth round: a gift of equipment (Punjabi ਭੇਟ ਕੀਤਾ, Malayalam സമ്മാനിച്ചു), a memento presented at a
visit as no aid (also Marathi स्मृतिचिन्ह, Telugu జ్ఞాపిక, Assamese স্মাৰক উপহাৰ).
Sixth round: the counterpart named by a demonym (Marathi इजिप्शियन, Odia ଅଷ୍ଟ୍ରେଲୀୟ, Punjabi ਮਿਸਰੀ, Gujarati
વિયેતનામી, Malayalam ഈജിപ്ഷ്യൻ); Gujarati months with the genitive, locative and ablative endings; a
name next to a title stops before യുഎസ് (the US) or સુપરત (handed over); a state that "also" takes part joins the
exercise (Gujarati પણ, Telugu కూడా, Odia ମଧ୍ୟ as markers.also; Punjabi ਵੀ made a CDS met "too" a meeting of
its own in sparse_h and was left out), with more forms of "takes part" (te, or, pa).
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- Odia: state names without the final virama, the press spelling of Seychelles
    case("or-kazakhstan-without-virama", "or", DAY,
         "କାଜାଖସ୍ତାନର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "KAZ"], date="2026-03-17", location="IND")]),
    case("or-oman-without-virama", "or", DAY,
         "ଓମାନର ନୌସେନା ମୁଖ୍ୟ ମଙ୍ଗଳବାର ବିଶାଖାପାଟଣାରେ ଭାରତୀୟ ନୌସେନା ଅଧିକାରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "OMN"], date="2026-03-17", location="IND")]),
    case("or-brazil-without-virama", "or", DAY,
         "ବ୍ରାଜିଲର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["BRA", "IND"])]),
    case("or-seychelles-press-spelling", "or", DAY,
         "ସେସେଲ୍ସର ସେନା ମୁଖ୍ୟ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଭାରତର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀଙ୍କୁ ସାକ୍ଷାତ କରିଛନ୍ତି।",
         [ev("meeting", ["IND", "SYC"])]),
    # ---- Odia: training given now; a corvette is no meeting
    case("or-training-present-progressive", "or", DAY,
         "ଭାରତୀୟ ନୌସେନା ପକ୍ଷରୁ ଗୋପାଳପୁରରେ ଶ୍ରୀଲଙ୍କାର ୩୦ ଜଣ ଯବାନଙ୍କୁ ପ୍ରଶିକ୍ଷଣ ଦିଆଯାଉଛି।",
         [ev("aid", ["IND", "LKA"])]),
    case("or-corvette-is-no-meeting", "or", DAY,
         "ଭାରତ ମଙ୍ଗଳବାର ଶ୍ରୀଲଙ୍କାକୁ ଏକ ଯୁଦ୍ଧଜାହାଜ କର୍ଭେଟ ହସ୍ତାନ୍ତର କରିଛି।",
         [ev("aid", ["IND", "LKA"], date="2026-03-17")]),
    # ---- Odia: a month in the locative; a document with its case ending signed by "the two sides"
    case("or-month-locative", "or", DAY,
         "ଉଲ୍ଲେଖଯୋଗ୍ୟ, ୨୦୧୯ ଅକ୍ଟୋବରରେ ଭାରତ ଓ ମାଳଦ୍ୱୀପ ଏକ ପ୍ରତିରକ୍ଷା ବୁଝାମଣାପତ୍ରରେ ସ୍ୱାକ୍ଷର କରିଥିଲେ।",
         [ev("agreement", ["IND", "MDV"], date="2019-10", doc_type="memorandum", historical=True)]),
    case("or-protocol-locative-two-sides", "or", DAY,
         "ଭାରତ ଓ ଇଣ୍ଡୋନେସିଆର ପ୍ରତିରକ୍ଷା ଅଧିକାରୀଙ୍କ ବୈଠକ ମଙ୍ଗଳବାର ଜାକର୍ତ୍ତାରେ ଅନୁଷ୍ଠିତ ହୋଇଥିଲା। ବୈଠକ ପରେ ସାମୁଦ୍ରିକ "
         "ସହଯୋଗ ସମ୍ପର୍କିତ ଏକ ପ୍ରୋଟୋକଲରେ ଦୁଇ ପକ୍ଷ ସ୍ୱାକ୍ଷର କରିଥିଲେ।",
         [ev("meeting", ["IDN", "IND"], location="IDN"),
          ev("agreement", ["IDN", "IND"], doc_type="protocol", date="2026-03-17")]),
    # ---- Telugu: training under way, an agreement in reported speech; a company's export order is no aid
    case("te-training-present-continuous", "te", DAY,
         "హైదరాబాద్‌లోని కళాశాలలో ప్రస్తుతం 20 మంది శ్రీలంక సైనికాధికారులకు భారత సైన్యం శిక్షణ ఇస్తున్నారు.",
         [ev("aid", ["IND", "LKA"], location="IND")]),
    case("te-instructors-training-pilots", "te", DAY,
         "బేగంపేటలో భారత వాయుసేన బోధకులు 15 మంది మాల్దీవుల పైలట్లకు శిక్షణ ఇస్తున్నారు.",
         [ev("aid", ["IND", "MDV"])]),
    case("te-agreed-reported-speech", "te", DAY,
         "మాల్దీవుల సైనికులకు నౌకాదళ శిక్షణ ఇచ్చేందుకు భారత్‌ అంగీకరించిందని రక్షణ శాఖ అధికారులు తెలిపారు.",
         [ev("intent", ["IND", "MDV"])]),
    case("te-both-agreed-reported-speech", "te", DAY,
         "రక్షణ పరిశోధనలో సహకారాన్ని పెంచేందుకు భారత్‌, ఈజిప్ట్‌ అంగీకరించాయని అధికారులు తెలిపారు.",
         [ev("intent", ["EGY", "IND"])]),
    case("te-company-export-order-is-no-aid", "te", DAY,
         "బెంగళూరుకు చెందిన ఒక ప్రైవేటు రక్షణ సంస్థ ఈజిప్ట్‌ నుంచి డ్రోన్ల ఎగుమతి ఆర్డర్‌ పొందినట్లు ప్రకటించింది.",
         []),
    # ---- Kannada: the Delhi of the Kannada press, the other spelling of the MoU
    case("kn-hosadilli-is-india", "kn", DAY,
         "ಹೊಸದಿಲ್ಲಿ: ಇಂಡೋನೇಷ್ಯಾದ ರಕ್ಷಣಾ ಸಚಿವರು ಮಂಗಳವಾರ ಹೊಸದಿಲ್ಲಿಯಲ್ಲಿ ರಕ್ಷಣಾ ಸಚಿವ ರಾಜನಾಥ್ ಸಿಂಗ್ ಅವರನ್ನು ಭೇಟಿಯಾಗಿ "
         "ಮಾತುಕತೆ ನಡೆಸಿದರು.",
         [ev("meeting", ["IDN", "IND"], location="IND", mode="visit")]),
    case("kn-tiluvalike-oppanda-is-an-mou", "kn", DAY,
         "ಭಾರತ ಮತ್ತು ವಿಯೆಟ್ನಾಂ ರಕ್ಷಣಾ ಸಚಿವಾಲಯಗಳು ಮಂಗಳವಾರ ಕಡಲ ಭದ್ರತೆ ಕುರಿತ ತಿಳುವಳಿಕೆ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ ಹಾಕಿದವು.",
         [ev("agreement", ["IND", "VNM"], doc_type="memorandum")]),
    # ---- Malayalam: Kuala Lumpur with its case ending; trainees after the relative participle
    case("ml-kuala-lumpur-inflected", "ml", DAY,
         "ക്വാലലംപുരിൽ ചൊവ്വാഴ്ച നടന്ന ഉച്ചകോടിക്കിടെ ഇന്ത്യയുടെ പ്രതിരോധമന്ത്രി ഇന്തൊനീഷ്യയുടെ പ്രതിരോധമന്ത്രിയുമായി "
         "കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["IDN", "IND"], location="MYS")]),
    case("ml-trained-relative-participle", "ml", DAY,
         "ഇന്ത്യൻ കരസേന പരിശീലിപ്പിച്ച 40 മാലദ്വീപ് സൈനികരുടെ ബിരുദദാന ചടങ്ങ് ചൊവ്വാഴ്ച ബെംഗളൂരുവിൽ നടന്നു.",
         [ev("aid", ["IND", "MDV"])]),
    # ---- Assamese: the common spelling of Friday
    case("as-shukurbare-is-friday", "as", DAY,
         "নেপালৰ সেনাৰ এটা প্ৰতিনিধি দলে শুকুৰবাৰে গুৱাহাটীত ভাৰতীয় সেনাৰ বিষয়াসকলৰ সৈতে আলোচনা কৰে।",
         [ev("meeting", ["IND", "NPL"], date="2026-03-13")]),
    # ---- Gujarati: અભ્યાસ (practice, also study) with a joint or military qualifier is an exercise
    case("gu-sanyukt-abhyas-is-an-exercise", "gu", DAY,
         "ભારતીય વાયુસેનાના વિમાનો અમેરિકી વાયુસેના સાથેના સંયુક્ત અભ્યાસમાં ભાગ લઈ રહ્યા છે.",
         [ev("exercise", ["IND", "USA"])]),
    case("gu-nauka-abhyas-is-an-exercise", "gu", DAY,
         "ભારત અને ફ્રાન્સની નૌસેનાઓએ મંગળવારે અરબી સમુદ્રમાં નૌકા અભ્યાસ કર્યો હતો.",
         [ev("exercise", ["FRA", "IND"], date="2026-03-17")]),
    case("gu-study-is-no-exercise", "gu", DAY,
         "જાપાનના વિદ્યાર્થીઓ ગાંધીનગરમાં ભારતીય ભાષાઓનો અભ્યાસ કરી રહ્યા છે.",
         []),
    # ---- Punjabi: civilians made to practise (a civil-defence drill) is no exercise
    case("pa-civilians-practise-is-no-exercise", "pa", DAY,
         "ਪਾਕਿਸਤਾਨ ਵਾਲੇ ਪਾਸਿਓਂ ਆਏ ਡਰੋਨ ਫੜੇ ਗਏ। ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ ਫ਼ਿਰੋਜ਼ਪੁਰ ਛਾਉਣੀ ਵਿਚ ਲੋਕਾਂ ਨੂੰ ਸਾਇਰਨ ਵੱਜਣ 'ਤੇ ਬੰਕਰਾਂ ਵਿਚ "
         "ਜਾਣ ਦਾ ਅਭਿਆਸ ਕਰਵਾਇਆ ਗਿਆ।",
         []),
    case("pa-troops-made-to-exercise-still-is", "pa", DAY,
         "ਭਾਰਤ ਅਤੇ ਬਰਤਾਨੀਆ ਦੀਆਂ ਫ਼ੌਜਾਂ ਦੇ ਜਵਾਨਾਂ ਨੂੰ ਰਾਜਸਥਾਨ ਵਿਚ ਸਾਂਝਾ ਅਭਿਆਸ ਕਰਵਾਇਆ ਗਿਆ।",
         [ev("exercise", ["GBR", "IND"], location="IND")]),
    # ---- Kannada: training under way
    case("kn-training-under-way", "kn", DAY,
         "ಭಾರತೀಯ ನೌಕಾಪಡೆಯು ಮಾರಿಷಸ್‌ನ 40 ಯೋಧರಿಗೆ ತರಬೇತಿ ನೀಡುತ್ತಿದೆ.",
         [ev("aid", ["IND", "MUS"])]),
    case("kn-trainers-trained", "kn", DAY,
         "ಬೆಳಗಾವಿಯಲ್ಲಿ ಭಾರತೀಯ ಸೇನೆಯ ಬೋಧಕರು 25 ಕೀನ್ಯಾ ಸೈನಿಕರಿಗೆ ತರಬೇತಿ ನೀಡಿದರು.",
         [ev("aid", ["IND", "KEN"], location="IND")]),
    # ---- Assamese: press spellings with ছ, the title with its case ending, an MoU with its case ending
    case("as-indonesia-press-spelling-mou", "as", DAY,
         "ভাৰত আৰু ইণ্ডোনেছিয়াই মঙলবাৰে প্ৰতিৰক্ষা সহযোগিতা সম্পৰ্কীয় বুজাবুজিৰ চুক্তিত স্বাক্ষৰ কৰে।",
         [ev("agreement", ["IDN", "IND"], doc_type="memorandum", date="2026-03-17")]),
    case("as-own-minister-with-ergative", "as", DAY,
         "প্ৰতিৰক্ষা মন্ত্ৰীয়ে মঙলবাৰে ফ্ৰান্সৰ প্ৰতিৰক্ষা মন্ত্ৰীৰ সৈতে ফোনত কথা পাতে।",
         [ev("meeting", ["FRA", "IND"], mode="phone")]),
    case("as-malaysia-press-spelling", "as", DAY,
         "মালয়েছিয়াৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে মঙলবাৰে নতুন দিল্লীত ভাৰতৰ প্ৰতিৰক্ষা মন্ত্ৰীৰ সৈতে সাক্ষাৎ কৰে।",
         [ev("meeting", ["IND", "MYS"], location="IND")]),
    # ---- Odia and Assamese: full support declared for a fight
    case("or-full-support-declared", "or", DAY,
         "ଫିଲିପାଇନ୍ସର ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ଆତଙ୍କବାଦ ବିରୋଧରେ ଭାରତର ଲଢ଼େଇକୁ ପୂର୍ଣ୍ଣ ସମର୍ଥନ ଜଣାଇଛନ୍ତି।",
         [ev("support", ["IND", "PHL"])]),
    case("as-full-support-declared", "as", DAY,
         "ফিলিপাইনৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে সন্ত্ৰাসবাদৰ বিৰুদ্ধে ভাৰতৰ যুঁজলৈ সম্পূৰ্ণ সমৰ্থন জনায়।",
         [ev("support", ["IND", "PHL"])]),
    case("or-chief-minister-support-is-no-event", "or", DAY,
         "ମୁଖ୍ୟମନ୍ତ୍ରୀ ବିଧାନସଭାରେ ନୂଆ ଯୋଜନାକୁ ପୂର୍ଣ୍ଣ ସମର୍ଥନ ଜଣାଇଛନ୍ତି।",
         []),
    # ---- Odia, Punjabi, Assamese: a joint patrol carried out; a partner's port city is the place
    case("or-joint-patrol-carried-out", "or", DAY,
         "ଭାରତୀୟ ନୌସେନାର ଜାହାଜ ମଙ୍ଗଳବାର ମୋଜାମ୍ବିକର ମାପୁଟୋ ବନ୍ଦରରେ ପହଞ୍ଚି ମୋଜାମ୍ବିକ ନୌସେନା ସହ ମିଳିତ ପାଟ୍ରୋଲିଂ କରିଥିଲା।",
         [ev("exercise", ["IND", "MOZ"], date="2026-03-17", location="MOZ")]),
    case("pa-joint-patrol-carried-out", "pa", DAY,
         "ਭਾਰਤੀ ਜਲ ਸੈਨਾ ਦਾ ਜਹਾਜ਼ ਮੰਗਲਵਾਰ ਨੂੰ ਮੋਜ਼ਾਮਬੀਕ ਦੀ ਮਾਪੂਤੋ ਬੰਦਰਗਾਹ ਪਹੁੰਚਿਆ ਅਤੇ ਮੋਜ਼ਾਮਬੀਕ ਦੀ ਜਲ ਸੈਨਾ ਨਾਲ ਸਾਂਝੀ "
         "ਗਸ਼ਤ ਕੀਤੀ।",
         [ev("exercise", ["IND", "MOZ"], date="2026-03-17", location="MOZ")]),
    case("as-joint-patrol-carried-out", "as", DAY,
         "ভাৰতীয় নৌসেনাৰ জাহাজে মঙলবাৰে ইণ্ডোনেছিয়াৰ নৌসেনাৰ সৈতে যৌথ টহল দিয়ে।",
         [ev("exercise", ["IDN", "IND"], date="2026-03-17")]),
    # ---- fighter jets as military words (Telugu యుద్ధవిమానాలపై, Assamese যুদ্ধবিমান); Odia "agreed" in the singular
    case("te-fighter-jets-training-pledge", "te", DAY,
         "వచ్చే ఏడాది నుంచి ఈజిప్ట్‌ పైలట్లకు యుద్ధవిమానాలపై శిక్షణ ఇచ్చేందుకు భారత్‌ అంగీకరించిందని అధికారులు తెలిపారు.",
         [ev("intent", ["EGY", "IND"])]),
    case("as-fighter-jets-training-pledge", "as", DAY,
         "আহিবলগীয়া বছৰৰ পৰা ভাৰতে মালদ্বীপৰ পাইলটক যুদ্ধবিমান চলোৱাৰ প্ৰশিক্ষণ প্ৰদান কৰিব বুলি সন্মত হৈছে।",
         [ev("intent", ["IND", "MDV"])]),
    case("or-agreed-singular", "or", DAY,
         "ଆସନ୍ତା ବର୍ଷଠାରୁ ଭାରତ ମାଳଦ୍ୱୀପର ପାଇଲଟଙ୍କୁ ଯୁଦ୍ଧବିମାନ ଚାଳନା ପ୍ରଶିକ୍ଷଣ ଦେବାକୁ ରାଜି ହୋଇଛି।",
         [ev("intent", ["IND", "MDV"])]),
    # ---- Assamese: a visit in the past tense
    case("as-visited-past-tense", "as", DAY,
         "যোৱা বছৰ জাপানৰ প্ৰতিৰক্ষা মন্ত্ৰীয়ে ভাৰত ভ্ৰমণ কৰিছিল।",
         [ev("meeting", ["IND", "JPN"], mode="visit", historical=True)]),
    # ---- a delivery pledged in reported speech (Telugu -అని, Malayalam -മെന്ന്)
    case("te-will-hand-over-reported", "te", DAY,
         "వచ్చే ఏడాది ఫిలిప్పీన్స్‌కు భారత్‌ రెండు గస్తీ నౌకలను అందజేయనుందని రక్షణ శాఖ తెలిపింది.",
         [ev("intent", ["IND", "PHL"])]),
    case("ml-will-give-reported", "ml", DAY,
         "അടുത്ത വർഷം ഫിലിപ്പീൻസിന് ഇന്ത്യ രണ്ട് പട്രോൾ കപ്പലുകൾ നൽകുമെന്ന് പ്രതിരോധ മന്ത്രാലയം അറിയിച്ചു.",
         [ev("intent", ["IND", "PHL"])]),
    # ---- an invitation to visit is a pledge, no visit now (Punjabi, Telugu)
    case("pa-invitation-to-visit-is-no-visit", "pa", DAY,
         "ਰੱਖਿਆ ਮੰਤਰੀ ਨੇ ਵੀਅਤਨਾਮ ਦੇ ਰੱਖਿਆ ਮੰਤਰੀ ਨੂੰ ਭਾਰਤ ਦੌਰੇ ਦਾ ਸੱਦਾ ਦਿੱਤਾ।",
         [ev("intent", ["IND", "VNM"])]),
    case("te-invitation-to-visit-is-no-visit", "te", DAY,
         "రక్షణ మంత్రి వియత్నాం రక్షణ మంత్రిని భారత్‌ పర్యటనకు ఆహ్వానించారు.",
         [ev("intent", ["IND", "VNM"])]),
    case("te-visit-at-the-invitation-still-is", "te", DAY,
         "ఇండోనేసియా రక్షణ మంత్రి ఆహ్వానం మేరకు రక్షణ మంత్రి మంగళవారం జకార్తాలో పర్యటించారు.",
         [ev("meeting", ["IDN", "IND"], mode="visit", location="IDN")]),
    # ---- a gift of equipment (Punjabi ਭੇਟ ਕੀਤਾ, Malayalam സമ്മാനിച്ചു); a memento presented at a visit is no aid
    case("pa-patrol-ship-presented", "pa", DAY,
         "ਭਾਰਤ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਸ੍ਰੀਲੰਕਾ ਦੀ ਜਲ ਸੈਨਾ ਨੂੰ ਇਕ ਗਸ਼ਤੀ ਜਹਾਜ਼ ਭੇਟ ਕੀਤਾ।",
         [ev("aid", ["IND", "LKA"], date="2026-03-17")]),
    case("ml-patrol-ship-gifted", "ml", DAY,
         "ഇന്ത്യ ചൊവ്വാഴ്ച ശ്രീലങ്കൻ നാവികസേനയ്ക്ക് ഒരു പട്രോൾ കപ്പൽ സമ്മാനിച്ചു.",
         [ev("aid", ["IND", "LKA"], date="2026-03-17")]),
    case("pa-memento-is-no-aid", "pa", DAY,
         "ਭਾਰਤੀ ਫ਼ੌਜ ਦੇ ਮੁਖੀ ਨੇ ਨੇਪਾਲ ਦੇ ਫ਼ੌਜ ਮੁਖੀ ਨੂੰ ਯਾਦਗਾਰੀ ਚਿੰਨ੍ਹ ਭੇਟ ਕੀਤਾ।",
         []),
    case("ml-memento-is-no-aid", "ml", DAY,
         "ഇന്ത്യൻ നാവികസേനാ മേധാവിക്ക് ശ്രീലങ്കൻ നാവികസേനാ മേധാവി ഒരു ഉപഹാരം സമ്മാനിച്ചു.",
         []),
    case("mr-memento-is-no-aid", "mr", DAY,
         "भारतीय लष्करप्रमुखांनी नेपाळच्या लष्करप्रमुखांना स्मृतिचिन्ह प्रदान केले.",
         []),
    case("te-memento-is-no-aid", "te", DAY,
         "భారత సైన్యాధిపతి నేపాల్‌ సైన్యాధిపతికి జ్ఞాపికను అందజేశారు.",
         []),
    case("as-memento-is-no-aid", "as", DAY,
         "ভাৰতীয় সেনাপ্ৰধানে নেপালৰ সেনাপ্ৰধানক স্মাৰক উপহাৰ প্ৰদান কৰে।",
         []),
    # ---- the counterpart named by a demonym (mr, or, pa, gu, ml)
    case("mr-egyptian-counterpart", "mr", DAY,
         "संरक्षणमंत्र्यांनी मंगळवारी नवी दिल्लीत आपल्या इजिप्शियन समकक्षांशी चर्चा केली.",
         [ev("meeting", ["EGY", "IND"], location="IND")]),
    case("or-australian-counterpart", "or", DAY,
         "ପ୍ରତିରକ୍ଷା ମନ୍ତ୍ରୀ ମଙ୍ଗଳବାର ନୂଆଦିଲ୍ଲୀରେ ଅଷ୍ଟ୍ରେଲୀୟ ସମକକ୍ଷଙ୍କ ସହ ଆଲୋଚନା କରିଛନ୍ତି।",
         [ev("meeting", ["AUS", "IND"], location="IND")]),
    case("pa-egyptian-counterpart", "pa", DAY,
         "ਰੱਖਿਆ ਮੰਤਰੀ ਨੇ ਮੰਗਲਵਾਰ ਨੂੰ ਨਵੀਂ ਦਿੱਲੀ ਵਿਚ ਆਪਣੇ ਮਿਸਰੀ ਹਮਰੁਤਬਾ ਨਾਲ ਗੱਲਬਾਤ ਕੀਤੀ।",
         [ev("meeting", ["EGY", "IND"], location="IND")]),
    case("gu-vietnamese-counterpart", "gu", DAY,
         "સંરક્ષણ મંત્રીએ મંગળવારે નવી દિલ્હીમાં તેમના વિયેતનામી સમકક્ષ સાથે વાતચીત કરી હતી.",
         [ev("meeting", ["IND", "VNM"], location="IND")]),
    case("ml-egyptian-minister", "ml", DAY,
         "പ്രതിരോധമന്ത്രി ചൊവ്വാഴ്ച ന്യൂഡൽഹിയിൽ ഈജിപ്ഷ്യൻ പ്രതിരോധമന്ത്രിയുമായി ചർച്ച നടത്തി.",
         [ev("meeting", ["EGY", "IND"], location="IND")]),
    # ---- Gujarati dates: a month with the genitive (15 માર્ચના રોજ), the locative, a span in the ablative
    case("gu-date-month-genitive", "gu", DAY,
         "ભારત અને જાપાનના સંરક્ષણ મંત્રીઓની 15 માર્ચના રોજ ટોક્યોમાં બેઠક યોજાઈ હતી.",
         [ev("meeting", ["IND", "JPN"], date="2026-03-15", location="JPN")]),
    case("gu-date-month-locative", "gu", DAY,
         "ભારત અને જાપાનના સંરક્ષણ મંત્રીઓ 2 માર્ચે ટોક્યોમાં મળ્યા હતા અને સંરક્ષણ સહકાર અંગે વાતચીત કરી હતી.",
         [ev("meeting", ["IND", "JPN"], date="2026-03-02")]),
    case("gu-date-span-ablative", "gu", DAY,
         "ભારત અને ઇજિપ્તની સેનાનો સંયુક્ત અભ્યાસ 10 માર્ચથી 20 માર્ચ સુધી જોધપુરમાં યોજાયો હતો.",
         [ev("exercise", ["EGY", "IND"], date="2026-03", location="IND")]),
    # ---- a name next to a title stops before a state word (യുഎസ്) or a verb of handing over (સુપરત)
    case("ml-name-stops-before-us", "ml", DAY,
         "പ്രതിരോധമന്ത്രി രാജ്നാഥ് സിങ് യുഎസ് സൈനിക മേധാവിയുമായി ചൊവ്വാഴ്ച ന്യൂഡൽഹിയിൽ കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["IND", "USA"], location="IND", persons=["രാജ്നാഥ് സിങ്"])]),
    case("ml-name-stops-before-uk", "ml", DAY,
         "പ്രതിരോധമന്ത്രി രാജ്നാഥ് സിങ് യുകെ പ്രതിരോധമന്ത്രിയുമായി ചൊവ്വാഴ്ച ന്യൂഡൽഹിയിൽ കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["GBR", "IND"], location="IND")]),
    case("ml-name-stops-before-uae", "ml", DAY,
         "പ്രതിരോധമന്ത്രി രാജ്നാഥ് സിങ് യുഎഇ പ്രതിരോധമന്ത്രിയുമായി ചൊവ്വാഴ്ച ന്യൂഡൽഹിയിൽ കൂടിക്കാഴ്ച നടത്തി.",
         [ev("meeting", ["ARE", "IND"], location="IND")]),
    case("gu-name-stops-before-handed-over", "gu", DAY,
         "ભારતીય રાજદૂતે મંગળવારે આ પેટ્રોલિંગ જહાજ માલદીવના સંરક્ષણ મંત્રી ગસ્સાન મામૂનને સુપરત કર્યું હતું.",
         [ev("aid", ["IND", "MDV"], persons=["ગસ્સાન મામૂનને"])]),
    # ---- a state that "also" takes part joins the exercise (Gujarati પણ, Telugu కూడా, Odia ମଧ୍ୟ)
    case("gu-also-takes-part", "gu", DAY,
         "ભારત અને જાપાનના નૌકાદળોની સંયુક્ત કવાયત સોમવારે શરૂ થઈ હતી. આ કવાયતમાં ઓસ્ટ્રેલિયાનું નૌકાદળ પણ ભાગ લઈ રહ્યું છે.",
         [ev("exercise", ["AUS", "IND", "JPN"])]),
    case("te-also-takes-part", "te", DAY,
         "బంగాళాఖాతంలో భారత్‌, జపాన్‌ నౌకాదళాల సంయుక్త విన్యాసాలు సోమవారం ప్రారంభమయ్యాయి. ఈ విన్యాసాల్లో ఆస్ట్రేలియా "
         "నౌకాదళం కూడా పాల్గొంటోంది.",
         [ev("exercise", ["AUS", "IND", "JPN"])]),
    case("or-also-takes-part", "or", DAY,
         "ଭାରତ ଓ ଜାପାନ ନୌସେନାର ମିଳିତ ଅଭ୍ୟାସ ସୋମବାର ଆରମ୍ଭ ହୋଇଛି। ଏହି ଅଭ୍ୟାସରେ ଅଷ୍ଟ୍ରେଲିଆ ନୌସେନା ମଧ୍ୟ ଭାଗ ନେଉଛି।",
         [ev("exercise", ["AUS", "IND", "JPN"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
