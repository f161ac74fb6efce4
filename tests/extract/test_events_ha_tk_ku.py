"""The extract stage on short articles in Hausa, Turkmen and Central Kurdish (Sorani), with invented
officials.

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports (helpers in
tests/support/cases.py).  Hausa is written with and without its hooked letters (ƙ ɗ ɓ); Turkmen writes
case endings onto names (Türkmenistanyň, Aşgabatda) and ordinal days ("12-nji martda"); Sorani is read
with the pack code "ku" (what CLD2 names it), has no capitals (names come from the pack's name_regex) and
counts the Kurdistan Region and its Peshmerga ministry as Iraq: the Region is no state.  Kurmanji (Latin
script) articles are also given as "ku" and read with the same pack.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.dates import find_dates
from milwatch.extract.engine import Extractor
from milwatch.langid import Detector
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- Hausa -----------------------------------------------------------------------------------------
    case("ha-meeting-visit", "ha", "2024-03-13",
         "Ministan Tsaron Najeriya, Abubakar Danladi, ya gana da takwaransa na Faransa, "
         "Pierre Lemoine, a birnin "
         "Abuja ranar Talata, inda suka tattauna kan haɗin gwiwa a fannin tsaro da yaƙi da ta'addanci.",
         [ev("meeting", ["FRA", "NGA"], date="2024-03-12", location="NGA",
             persons=["Abubakar Danladi", "Pierre Lemoine"])]),
    case("ha-memorandum-signed", "ha", "2024-05-20",
         "Najeriya da Turkiyya sun rattaba hannu kan yarjejeniyar fahimtar juna a fannin masana'antar tsaro "
         "ranar 18 ga watan Mayu, 2024.",
         [ev("agreement", ["NGA", "TUR"], date="2024-05-18", doc_type="memorandum")]),
    case("ha-aid-handover-plain-spelling", "ha", "2024-05-20",
         "Amurka ta mika wa rundunar sojin sama ta Najeriya jiragen yaki guda biyu a ranar Juma'a.",
         [ev("aid", ["NGA", "USA"], date="2024-05-17")]),
    case("ha-joint-exercise", "ha", "2024-09-10",
         "Sojojin Nijar da na Chadi sun gudanar da atisayen haɗin gwiwa a yankin Tafkin Chadi "
         "a makon da ya gabata.",
         [ev("exercise", ["NER", "TCD"], date="2024-09")]),
    case("ha-chief-of-staff-receives-ambassador", "ha", "2024-09-10",
         "Babban Hafsan Hafsoshin Tsaron Nijar, Janar Issoufou Garba, ya karbi bakuncin "
         "jakadan Rasha a Yamai "
         "ranar Laraba.",
         [ev("meeting", ["NER", "RUS"], date="2024-09-04", location="NER", persons=["Issoufou Garba"])]),
    case("ha-phone-call", "ha", "2024-06-10",
         "Shugaban ƙasar Nijar ya yi waya da takwaransa na Turkiyya ranar Litinin, inda suka "
         "tattauna kan harkokin "
         "tsaro da sayen jiragen yaƙi marasa matuƙa.",
         [ev("meeting", ["NER", "TUR"], date="2024-06-10", mode="phone")]),
    case("ha-agreed-to-cooperate", "ha", "2024-06-10",
         "Najeriya da Pakistan sun amince su ƙarfafa haɗin gwiwa a fannin horar da sojoji "
         "da masana'antar tsaro.",
         [ev("intent", ["NGA", "PAK"])]),
    case("ha-domestic-not-relevant", "ha", "2024-09-10",
         "Gwamnan jihar Kano ya buɗe sabuwar makaranta a ranar Litinin, inda ya gana da iyayen dalibai.",
         []),
    case("ha-combat-not-relevant", "ha", "2024-06-10",
         "Dakarun Najeriya sun kashe 'yan bindiga goma a wani hari da suka kai a jihar Zamfara ranar Lahadi.",
         []),
    # --- Turkmen ---------------------------------------------------------------------------------------
    case("tk-meeting-visit", "tk", "2024-03-13",
         "Türkmenistanyň Goranmak ministri general-maýor Döwletmyrat Orazgeldiýew 12-nji "
         "martda Aşgabatda Türkiýe "
         "Respublikasynyň Milli goranmak ministri Mehmet Aýdyn bilen duşuşdy. Duşuşygyň "
         "dowamynda taraplar harby "
         "hyzmatdaşlygy ösdürmegiň meselelerini ara alyp maslahatlaşdylar.",
         [ev("meeting", ["TKM", "TUR"], date="2024-03-12", location="TKM", mode="visit", actor=["TUR"],
             recipient=["TKM"], persons=["Döwletmyrat Orazgeldiýew", "Mehmet Aýdyn"])]),
    case("tk-agreement-signed", "tk", "2024-05-20",
         "Gepleşikleriň jemleri boýunça Türkmenistanyň we Gazagystanyň goranmak "
         "ministrlikleriniň arasynda harby "
         "hyzmatdaşlyk hakyndaky ylalaşyga gol çekildi.",
         [ev("meeting", ["KAZ", "TKM"]), ev("agreement", ["KAZ", "TKM"], doc_type="agreement")]),
    case("tk-joint-exercise-ordinal-day", "tk", "2024-05-20",
         "Türkmenistanyň we Özbegistanyň serhet goşunlarynyň bilelikdäki taktiki türgenleşigi 15-nji maýda "
         "Daşoguz welaýatynda geçirildi.",
         [ev("exercise", ["TKM", "UZB"], date="2024-05-15")]),
    case("tk-aid-handover", "tk", "2024-09-10",
         "Hytaý Halk Respublikasy Türkmenistanyň Ýaragly Güýçlerine harby-tehniki kömek "
         "hökmünde inženerçilik "
         "enjamlaryny gowşurdy.",
         [ev("aid", ["CHN", "TKM"])]),
    case("tk-phone-call", "tk", "2024-04-03",
         "Türkmenistanyň Goranmak ministri Orazgeldiýew 2-nji aprelde Russiýa "
         "Federasiýasynyň goranmak ministri "
         "bilen telefon arkaly söhbetdeşlik geçirdi.",
         [ev("meeting", ["RUS", "TKM"], date="2024-04-02", mode="phone", persons=["Orazgeldiýew"])]),
    case("tk-intent-future-exercise", "tk", "2024-06-10",
         "Türkmenistan bilen Azerbaýjan geljek ýyl Hazar deňzinde bilelikdäki harby "
         "türgenleşik geçirmek barada "
         "ylalaşdylar.",
         [ev("intent", ["AZE", "TKM"])]),
    case("tk-background-agreement", "tk", "2024-06-10",
         "Ýatladyp geçsek, 2019-njy ýylda Türkmenistan bilen Russiýa harby-tehniki hyzmatdaşlyk hakyndaky "
         "ylalaşyga gol çekipdiler.",
         [ev("agreement", ["RUS", "TKM"], date="2019", historical=True)]),
    case("tk-attache-courtesy-call", "tk", "2024-06-10",
         "Türkmenistanyň Goranmak ministrliginde Hindistanyň harby attaşesi polkownik Raj Kumar kabul "
         "edildi.",
         [ev("meeting", ["IND", "TKM"], date="2024-06-10", persons=["Raj Kumar"])]),
    case("tk-domestic-not-relevant", "tk", "2024-09-10",
         "Türkmenistanyň Prezidenti düýn paýtagtymyzda täze mekdebiň açylyş dabarasyna "
         "gatnaşdy we mugallymlar "
         "bilen duşuşdy.",
         []),
    # --- Central Kurdish (Sorani) ----------------------------------------------------------------------
    case("ku-peshmerga-minister-receives-us-delegation", "ku", "2024-03-13",
         "وەزیری کاروباری پێشمەرگە سیروان ئەحمەد ڕۆژی سێشەممە لە هەولێر پێشوازی لە "
         "شاندێکی سەربازیی ئەمریکا کرد "
         "و هەردوولا گفتوگۆیان لەسەر بەهێزکردنی هاوکاریی سەربازی کرد.",
         [ev("meeting", ["IRQ", "USA"], date="2024-03-12", location="IRQ", mode="visit", actor=["USA"],
             recipient=["IRQ"], persons=["سیروان ئەحمەد"])]),
    case("ku-agreement-signed", "ku", "2024-05-20",
         "وەزارەتی پێشمەرگە و وەزارەتی بەرگریی ئەڵمانیا ڕێککەوتننامەیەکی هاوکاریی "
         "سەربازییان لە 18ی ئایاری 2024 "
         "واژۆکرد.",
         [ev("agreement", ["DEU", "IRQ"], date="2024-05-18", doc_type="agreement")]),
    case("ku-aid-handover", "ku", "2024-05-20",
         "بەریتانیا بڕێک چەک و تەقەمەنی ڕادەستی هێزەکانی پێشمەرگە کرد.",
         [ev("aid", ["GBR", "IRQ"])]),
    case("ku-joint-exercise", "ku", "2024-09-10",
         "هێزەکانی تورکیا و ئازەربایجان مەشقێکی سەربازیی هاوبەشیان لە نزیک ئەنقەرە ئەنجامدا.",
         [ev("exercise", ["AZE", "TUR"], location="TUR")]),
    case("ku-phone-call-counterpart", "ku", "2024-04-03",
         "وەزیری بەرگریی تورکیا یاشار گولەر لە 2ی نیسان پەیوەندییەکی تەلەفۆنیی لەگەڵ هاوتا عێراقییەکەی کرد.",
         [ev("meeting", ["IRQ", "TUR"], date="2024-04-02", mode="phone", persons=["Yasar Guler"])]),
    case("ku-visit-to-erbil", "ku", "2024-06-10",
         "وەزیری بەرگریی ئیتاڵیا گەیشتە هەولێر و لەگەڵ وەزیری کاروباری پێشمەرگە کۆبووەوە.",
         [ev("meeting", ["IRQ", "ITA"], location="IRQ", mode="visit", actor=["ITA"], recipient=["IRQ"])]),
    case("ku-background-donation", "ku", "2024-06-10",
         "لە ساڵی 2016 ئەڵمانیا چەک و تەقەمەنیی بە هێزەکانی پێشمەرگە بەخشی.",
         [ev("aid", ["DEU", "IRQ"], date="2016", historical=True)]),
    # the Region and Baghdad are one state: their talks are Iraq's internal news
    case("ku-erbil-baghdad-is-domestic", "ku", "2024-06-10",
         "شاندێکی وەزارەتی پێشمەرگە لە بەغدا لەگەڵ وەزیری بەرگریی عێراق کۆبووەوە و باسیان لە پرسی مووچە کرد.",
         []),
    case("ku-domestic-not-relevant", "ku", "2024-09-10",
         "سەرۆکی حکومەتی هەرێمی کوردستان دوێنێ لە سلێمانی پرۆژەیەکی نوێی ئاوی کردەوە و "
         "لەگەڵ هاووڵاتیان کۆبووەوە.",
         []),
    # --- more press formulas --------------------------------------------------------------------------
    case("ha-purchase-delivered", "ha", "2025-03-20",
         "Rundunar sojin saman Najeriya ta karɓi jiragen yaƙi guda shida da ta saya daga "
         "ƙasar Italiya a ranar "
         "Litinin.",
         [ev("aid", ["ITA", "NGA"], date="2025-03-17")]),
    case("ha-secretary-of-defense-arrives", "ha", "2025-03-20",
         "Sakataren Tsaron Amurka, Daniel Cooper, ya isa birnin Yamai a ziyarar aiki ta "
         "kwanaki biyu, inda zai gana "
         "da shugaban mulkin sojin Nijar.",
         [ev("meeting", ["NER", "USA"], location="NER", mode="visit", actor=["USA"], recipient=["NER"],
             persons=["Daniel Cooper"])]),
    case("ha-head-of-state-support-is-no-event", "ha", "2025-03-20",
         "Shugaba Tinubu ya ce Najeriya za ta ci gaba da goyon bayan 'yancin kan ƙasar Falasdinu.",
         []),
    case("tk-our-president-receives-minister", "tk", "2025-03-20",
         "Hormatly Prezidentimiz Serdar Berdimuhamedow 19-njy martda Garaşsyzlyk binasynda "
         "Italiýa Respublikasynyň "
         "goranmak ministri Marco Bianchi kabul etdi.",
         [ev("meeting", ["ITA", "TKM"], date="2025-03-19", location="TKM", actor=["ITA"], recipient=["TKM"],
             persons=["Serdar Berdimuhamedow", "Marco Bianchi"])]),
    case("tk-memorandum-signed", "tk", "2025-03-20",
         "Türkmenistan bilen Türkiýe Respublikasynyň arasynda goranyş senagaty babatda "
         "hyzmatdaşlyk hakynda özara "
         "düşünişmek baradaky memoranduma gol çekildi.",
         [ev("agreement", ["TKM", "TUR"], doc_type="memorandum")]),
    case("tk-background-visit", "tk", "2025-03-20",
         "Mundan öň, 2023-nji ýylyň oktýabr aýynda Türkmenistanyň Goranmak ministri "
         "Özbegistana sapar bilen baryp, "
         "özbek kärdeşi bilen gepleşikleri geçiripdi.",
         [ev("meeting", ["TKM", "UZB"], date="2023-10", historical=True)]),
    case("ku-military-aid-allocated", "ku", "2025-03-20",
         "ئەمریکا بڕی ١٠٠ ملیۆن دۆلار یارمەتیی سەربازی بۆ هێزەکانی پێشمەرگە تەرخان کرد.",
         [ev("aid", ["IRQ", "USA"])]),
    case("ku-visit-yesterday", "ku", "2025-03-20",
         "وەزیری بەرگریی فەرەنسا دوێنێ سەردانی هەرێمی کوردستانی کرد و لەگەڵ سەرۆکی هەرێمی کوردستان کۆبووەوە.",
         [ev("meeting", ["FRA", "IRQ"], date="2025-03-19", mode="visit")]),
    case("ku-memorandum-in-ankara", "ku", "2025-03-20",
         "عێراق و تورکیا یاداشتنامەیەکی لێکتێگەیشتنیان بۆ هاوکاریی سەربازی و ئەمنی لە ئەنقەرە واژۆ کرد.",
         [ev("agreement", ["IRQ", "TUR"], location="TUR", doc_type="memorandum")]),
    case("ku-drone-strike-not-relevant", "ku", "2025-03-20",
         "سوپای تورکیا بە درۆن هێرشی کردە سەر گوندێکی سنووری لە دهۆک و دوو کەس کوژران.",
         []),
    # a meeting announced for tomorrow is that day's meeting
    case("ha-meeting-tomorrow", "ha", "2025-03-20",
         "Gobe ne Ministan Tsaron Amurka zai isa Abuja domin ganawa da takwaransa na Najeriya.",
         [ev("meeting", ["NGA", "USA"], date="2025-03-21", location="NGA")]),
    case("tk-meeting-tomorrow", "tk", "2025-03-20",
         "Ertir Türkmenistanyň Goranmak ministri Hindistanyň goranmak ministri bilen duşuşar.",
         [ev("meeting", ["IND", "TKM"], date="2025-03-21")]),
    case("ku-visit-tomorrow", "ku", "2025-03-20",
         "بەرپرسی پەیوەندییەکانی وەزارەتی پێشمەرگە ڕایگەیاند، سبەی شاندێکی سەربازیی ئەڵمانیا "
         "سەردانی هەولێر دەکات.",
         [ev("meeting", ["DEU", "IRQ"], date="2025-03-21", location="IRQ", actor=["DEU"],
             recipient=["IRQ"])]),
    # a state name ending in -دا (هۆڵەندا) is no locative: the host's ground is the place
    case("ku-netherlands-is-no-locative", "ku", "2025-03-20",
         "سەرۆکی هەرێمی کوردستان، نێچیروان ئەحمەد، پێشوازیی لە وەزیری بەرگریی هۆڵەندا، کارین یانسن کرد.",
         [ev("meeting", ["IRQ", "NLD"], location="IRQ", actor=["NLD"], recipient=["IRQ"],
             persons=["نێچیروان ئەحمەد", "کارین یانسن"])]),
    # the state visited: in the dative before the visit word (tk), after "سەردانی" (ku)
    case("tk-delegation-working-visit", "tk", "2025-04-10",
         "Türkmenistanyň Goranmak ministrliginiň wekiliýeti Belarus Respublikasyna iş saparyny amala aşyrdy.",
         [ev("meeting", ["BLR", "TKM"], location="BLR", mode="visit", actor=["TKM"], recipient=["BLR"])]),
    case("ku-delegation-visits-britain", "ku", "2025-04-10",
         "شاندێکی وەزارەتی پێشمەرگە بە سەرۆکایەتی ئەمینداری گشتیی وەزارەت سەردانی بەریتانیای کرد.",
         [ev("meeting", ["GBR", "IRQ"], location="GBR", mode="visit", actor=["IRQ"], recipient=["GBR"])]),
    case("tk-training-abroad-is-aid", "tk", "2025-04-10",
         "Türkmenistanyň harby gullukçylary Russiýanyň harby akademiýalarynda bilim alýarlar.",
         [ev("aid", ["RUS", "TKM"])]),
    case("ha-donation", "ha", "2025-04-10",
         "Kasar Sin ta bai wa Najeriya tallafin kayan aikin soji na naira biliyan biyu.",
         [ev("aid", ["CHN", "NGA"])]),
    case("ha-future-exercise-is-intent", "ha", "2025-04-10",
         "Rundunar sojin Najeriya ta ce dakarunta za su gudanar da atisayen haɗin gwiwa da "
         "sojojin Ghana a watan gobe.",
         [ev("intent", ["GHA", "NGA"])]),
    # --- Kurmanji (Latin script), also given as "ku" ---------------------------------------------------
    case("ku-kmr-meeting-counterpart", "ku", "2024-06-12",
         "Wezîrê Parastinê yê Tirkiyeyê Yaşar Güler roja Sêşemê li Enqereyê bi hevpîşeyê "
         "xwe yê Iraqê re civiya û "
         "her du aliyan li ser hevkariya leşkerî û ewlehiya sînor nîqaş kirin.",
         [ev("meeting", ["IRQ", "TUR"], date="2024-06-11", location="TUR", persons=["Yasar Guler"])]),
    case("ku-kmr-agreement-signed", "ku", "2024-06-12",
         "Wezareta Pêşmerge û Wezareta Parastinê ya Almanyayê di 10ê Hezîrana 2024an de "
         "peymaneke hevkariya leşkerî "
         "îmze kirin.",
         [ev("agreement", ["DEU", "IRQ"], date="2024-06-10", doc_type="agreement")]),
    case("ku-kmr-aid-handover", "ku", "2024-06-12",
         "Brîtanyayê çek û cebilxane radestî hêzên Pêşmerge kir.",
         [ev("aid", ["GBR", "IRQ"])]),
    case("ku-kmr-joint-exercise", "ku", "2024-06-12",
         "Hêzên Tirkiyeyê û Azerbaycanê li nêzî Enqereyê tatbîqateke leşkerî ya hevpar pêk anîn.",
         [ev("exercise", ["AZE", "TUR"], location="TUR")]),
    case("ku-kmr-domestic-not-relevant", "ku", "2024-06-12",
         "Serokê Hikûmeta Herêma Kurdistanê duh li Hewlêrê projeyeke nû ya avê vekir û "
         "bi welatiyan re civiya.",
         []),
    # --- whole short articles (headline, dateline, background paragraph) ------------------------------
    case("ha-article-visit-signing-background-aid", "ha", "2025-02-06",
         "Najeriya da Faransa za su ƙarfafa haɗin gwiwar soji\n\n"
         "Ministan Tsaron Najeriya, Muhammadu Bello Gwarzo, ya karɓi baƙuncin takwaransa na "
         "Faransa, Claire Dubois, "
         "a hedikwatar ma'aikatar tsaro da ke Abuja ranar Laraba.\n\n"
         "A yayin ganawar, ministocin biyu sun tattauna kan yadda za a inganta horar da "
         "sojoji da musayar bayanan "
         "sirri a yaƙi da ta'addanci a yankin Sahel.\n\n"
         "Bayan tattaunawar, ɓangarorin biyu sun rattaba hannu kan yarjejeniyar haɗin "
         "gwiwa a fannin tsaro.\n\n"
         "Ministan ya ce Faransa ta taɓa ba da gudummawar motocin sulke ga rundunar sojin "
         "Najeriya a shekarar 2019.",
         [ev("meeting", ["FRA", "NGA"], date="2025-02-05", location="NGA", actor=["FRA"], recipient=["NGA"],
             persons=["Muhammadu Bello Gwarzo", "Claire Dubois"]),
          ev("agreement", ["FRA", "NGA"], date="2025-02-05", doc_type="agreement"),
          ev("aid", ["FRA", "NGA"], date="2019", historical=True)]),
    case("tk-article-dateline-yesterday-ambassador", "tk", "2025-02-06",
         "Türkmenistanyň Goranmak ministri Pakistanyň ilçisini kabul etdi\n\n"
         "Aşgabat, 5-nji fewral (TDH). Düýn Türkmenistanyň Goranmak ministri "
         "general-leýtenant Begmyrat Hojamow "
         "Pakistanyň Türkmenistandaky ilçisi Ahmed Khan bilen duşuşdy.\n\n"
         "Duşuşygyň barşynda taraplar harby we harby-tehniki ugurlarda hyzmatdaşlygy "
         "ösdürmegiň meselelerini ara "
         "alyp maslahatlaşdylar.\n\n"
         "Ilçi Pakistan tarapynyň Türkmenistan bilen goranyş pudagynda hyzmatdaşlygy giňeltmäge taýýardygyny "
         "belledi.",
         [ev("meeting", ["PAK", "TKM"], date="2025-02-04", location="TKM",
             persons=["Begmyrat Hojamow", "Ahmed Khan"]),
          ev("intent", ["PAK", "TKM"])]),
    case("ku-article-coalition-commander", "ku", "2025-02-06",
         "وەزیری پێشمەرگە لەگەڵ فەرماندەی هاوپەیمانان کۆبووەوە\n\n"
         "وەزیری کاروباری پێشمەرگە شۆڕش عەلی، ڕۆژی چوارشەممە ٥ی شوباتی ٢٠٢٥ لە هەولێر "
         "پێشوازی لە ژەنەڕاڵ جەیمس "
         "کارتەر فەرماندەی هێزەکانی هاوپەیمانیی نێودەوڵەتی لە ئەمریکا کرد.\n\n"
         "لە کۆبوونەوەکەدا هەردوولا تاوتوێی پرۆسەی ڕیفۆرم لە وەزارەتی پێشمەرگە و هاوکارییە "
         "سەربازییەکانی ئەمریکا "
         "بۆ هێزەکانی پێشمەرگەیان کرد.\n\n"
         "فەرماندەی هاوپەیمانان ڕایگەیاند کە ئەمریکا لە مانگی داهاتوودا بڕێکی دیکە چەک و تەقەمەنی ڕادەستی "
         "پێشمەرگە دەکات.\n\n"
         "پێشتر لە ساڵی ٢٠١٧، وەزارەتی بەرگریی ئەمریکا و وەزارەتی پێشمەرگە یاداشتنامەیەکی هاوکارییان واژۆ "
         "کردبوو.",
         [ev("meeting", ["IRQ", "USA"], date="2025-02-05", location="IRQ", mode="visit",
             persons=["شۆڕش عەلی", "جەیمس کارتەر"]),
          ev("intent", ["IRQ", "USA"]),
          ev("agreement", ["IRQ", "USA"], date="2017", doc_type="memorandum", historical=True)]),
    case("ha-article-spokesman-exercise-pledge-and-attack", "ha", "2025-05-02",
         "Kakakin rundunar sojin Najeriya, Birgediya Janar Ahmed Bello, ya ce dakarun "
         "ƙasar sun kammala atisayen "
         "haɗin gwiwa da takwarorinsu na Amurka a jihar Kaduna.\n"
         "Ya ƙara da cewa atisayen ya mayar da hankali kan yaƙi da ta'addanci da ceto mutanen da "
         "aka yi garkuwa da su.\n"
         "A makon da ya gabata ne 'yan bindiga suka kai hari a wani ƙauye da ke jihar, inda "
         "suka kashe mutum biyar.\n"
         "Amurka ta sha alwashin ci gaba da tallafa wa Najeriya a fannin horar da sojoji.",
         [ev("exercise", ["NGA", "USA"], location="NGA"), ev("intent", ["NGA", "USA"])]),
    case("tk-article-delegation-plan-signed", "tk", "2025-05-02",
         "Türkmenistanyň Goranmak ministrliginde Hytaý Halk Respublikasynyň harby wekiliýeti "
         "bilen duşuşyk geçirildi\n"
         "Aşgabat, 1-nji maý (TDH). Şu gün Türkmenistanyň Goranmak ministrliginde Hytaý Halk "
         "Respublikasynyň Goranmak "
         "ministrliginiň wekiliýeti bilen duşuşyk geçirildi.\n"
         "Duşuşykda taraplar iki ýurduň arasyndaky harby hyzmatdaşlygyň häzirki ýagdaýyny "
         "we ony mundan beýläk-de "
         "ösdürmegiň mümkinçiliklerini ara alyp maslahatlaşdylar.\n"
         "Duşuşygyň ahyrynda taraplar 2025-2026-njy ýyllar üçin ikitaraplaýyn hyzmatdaşlyk "
         "meýilnamasyna gol çekdiler.",
         [ev("meeting", ["CHN", "TKM"], date="2025-05-01", location="TKM", mode="visit", actor=["CHN"],
             recipient=["TKM"]),
          ev("agreement", ["CHN", "TKM"], date="2025-05-01", doc_type="plan")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


@pytest.mark.parametrize(("lang", "text", "value"), [
    ("ha", "ranar 12 ga watan Maris, 2024", "2024-03-12"),
    ("ha", "a ranar 5 ga Yuni", "2024-06-05"),
    ("ha", "ranar Talatar da ta gabata", "2024-06-11"),
    ("tk", "2023-nji ýylyň 5-nji oktýabrynda", "2023-10-05"),
    ("tk", "12-nji martda", "2024-03-12"),
    ("tk", "geçen anna güni", "2024-06-07"),
    ("ku", "لە ١٢ی ئازاری ٢٠٢٤", "2024-03-12"),
    ("ku", "12ی تشرینی یەکەمی 2023", "2023-10-12"),
    ("ku", "ڕۆژی سێشەممەی ڕابردوو", "2024-06-11"),
    ("ku", "di 12ê Adara 2024an de", "2024-03-12"),
    ("ku", "Sêşema borî", "2024-06-11"),
])
def test_dates(lang: str, text: str, value: str) -> None:
    """Day + month forms of each language, read against Wednesday 2024-06-12."""
    pack = PackRegistry().get(lang)
    assert [d.value for d in find_dates(text, pack, "2024-06-12")] == [value]


@pytest.mark.parametrize(("lang", "text"), [
    ("ha", "Ministan tsaron Najeriya ya gana da takwaransa na Faransa a birnin Abuja ranar Talata, inda suka "
           "tattauna kan hadin gwiwa a fannin tsaro da yaki da ta'addanci. Kasashen biyu "
           "sun rattaba hannu kan "
           "yarjejeniyar hadin gwiwa ta soji."),
    ("tk", "Türkmenistanyň Goranmak ministri Aşgabatda Türkiýe Respublikasynyň Milli goranmak ministri bilen "
           "duşuşdy. Duşuşygyň dowamynda taraplar harby hyzmatdaşlygy ösdürmegiň meselelerini ara alyp "
           "maslahatlaşdylar."),
    ("ku", "وەزیری کاروباری پێشمەرگە لە هەولێر پێشوازی لە شاندێکی سەربازیی ئەمریکا کرد و "
           "هەردوولا گفتوگۆیان لەسەر "
           "بەهێزکردنی هاوکاریی سەربازی و ڕاهێنانی هێزەکانی پێشمەرگە کرد. لە کۆبوونەوەکەدا باس لە پشتیوانیی "
           "هاوپەیمانان کرا."),
])
def test_detector_names_the_pack(lang: str, text: str) -> None:
    """A news paragraph is detected as the pack's code (CLD2: lingua has none of the three)."""
    assert Detector(use_lingua=False).detect(text).lang == lang
