"""The extract stage end to end on short articles written for these tests (invented officials).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports.
A case passes when every expected event is found (same type and country set) with the
fields the case states, and no other event is predicted.  Fields a case leaves out are
not checked; `date` is checked as score.py does (the prediction may be finer than the
expectation: "2024-09" accepts "2024-09-16"); `historical` is always checked (default
false); `persons` lists names that must be among the event's persons (folded as score.py
folds them).

Cases the current rules get wrong are kept as `xfail(strict=False)` with the reason: they
are the extraction to-do list.  Add a case by adding a `case(...)` to the table.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.extract.engine import Extractor
from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    # --- English ------------------------------------------------------------------------------
    case("en-meeting-visit", "en", "2024-09-20",
         "Turkish Defence Minister Kemal Aydin on Monday received his Mongolian counterpart Batbold Tsend in "
         "Ankara. The two ministers discussed military education and defence industry cooperation.",
         [ev("meeting", ["MNG", "TUR"], date="2024-09-16", location="TUR", mode="visit", actor=["MNG"],
             recipient=["TUR"], persons=["Kemal Aydin", "Batbold Tsend"])]),
    case("en-meeting-phone", "en", "2024-05-08",
         "Polish Defence Minister Marek Zielinski held a telephone conversation with his "
         "Norwegian counterpart "
         "Erik Solheim on Tuesday. They discussed joint training and the security "
         "situation in northern Europe.",
         [ev("meeting", ["NOR", "POL"], date="2024-05-07", location=None, mode="phone",
             persons=["Marek Zielinski", "Erik Solheim"])]),
    case("en-meeting-video-call", "en", "2025-01-17",
         "Canadian Defence Minister Claire Dubois and her British counterpart Oliver "
         "Grant held a video call on "
         "Wednesday to discuss Arctic defence cooperation.",
         [ev("meeting", ["CAN", "GBR"], date="2025-01-15", location=None, mode="phone",
             persons=["Claire Dubois", "Oliver Grant"])]),
    case("en-meeting-multilateral-sidelines", "en", "2024-11-15",
         "On the sidelines of the ADMM-Plus meeting in Vientiane on Thursday, Japanese "
         "Defense Minister Hiroshi "
         "Tanabe met Philippine Defense Secretary Ramon Villareal to discuss maritime security.",
         [ev("meeting", ["JPN", "PHL"], date="2024-11-14", location="LAO", mode="multilateral",
             persons=["Hiroshi Tanabe", "Ramon Villareal"])]),
    case("en-meeting-trilateral", "en", "2024-06-12",
         "The defence ministers of Japan, Australia and the United States held trilateral talks in Tokyo on "
         "Tuesday and discussed maritime security in the region.",
         [ev("meeting", ["AUS", "JPN", "USA"], date="2024-06-11", location="JPN", mode="multilateral")]),
    case("en-meeting-separate-talks-at-forum", "en", "2024-06-12",
         "On the sidelines of the Shangri-La Dialogue in Singapore on Saturday, Vietnamese Defence Minister "
         "Nguyen Van Hung held separate talks with Japanese Defense Minister Hiroshi Tanabe and Australian "
         "Defence Minister Daniel Price.",
         [ev("meeting", ["JPN", "VNM"], date="2024-06-08", location="SGP", mode="multilateral"),
          ev("meeting", ["AUS", "VNM"], date="2024-06-08", location="SGP", mode="multilateral")]),
    case("en-meeting-third-party", "en", "2024-02-09",
         "The defence ministers of Armenia and Kazakhstan met in Moscow on Thursday to discuss military "
         "cooperation.",
         [ev("meeting", ["ARM", "KAZ"], date="2024-02-08", location="RUS", mode="third-party")]),
    case("en-meeting-courtesy-call", "en", "2023-10-05",
         "Pakistani Ambassador Imran Qureshi paid a courtesy call on Uzbek Defence "
         "Minister Rustam Karimov in "
         "Tashkent on Tuesday. They discussed military education and training exchanges.",
         [ev("meeting", ["PAK", "UZB"], date="2023-10-03", location="UZB", mode=None,
             persons=["Imran Qureshi", "Rustam Karimov"])]),
    case("en-meeting-absolute-date-rank", "en", "2024-10-04",
         "Chilean Army Commander General Rodrigo Fuentes visited Argentina on 1 October and met Argentine "
         "Defense Minister Laura Pereyra in Buenos Aires.",
         [ev("meeting", ["ARG", "CHL"], date="2024-10-01", location="ARG", mode="visit", actor=["CHL"],
             recipient=["ARG"], persons=["Rodrigo Fuentes", "Laura Pereyra"])]),
    case("en-meeting-yesterday", "en", "2023-05-19",
         "Greek Defence Minister Nikos Papadakis yesterday hosted his Cypriot "
         "counterpart Andreas Georgiou in "
         "Athens for talks on defence cooperation.",
         [ev("meeting", ["CYP", "GRC"], date="2023-05-18", location="GRC", mode="visit", actor=["CYP"],
             recipient=["GRC"])]),
    case("en-meeting-no-published-yearless-date", "en", None,
         "Bangladeshi Army Chief General Aminul Haque held talks with Sri Lankan Defence "
         "Secretary Nimal Perera "
         "in Colombo on 12 March.",
         [ev("meeting", ["BGD", "LKA"], date=None, location="LKA", mode="visit",
             persons=["Aminul Haque", "Nimal Perera"])]),
    case("en-agreement", "en", "2024-06-12",
         "The defence ministers of Chile and Brazil signed a defence cooperation agreement in Brasilia on "
         "Wednesday.",
         [ev("agreement", ["BRA", "CHL"], date="2024-06-12", location="BRA", doc_type="agreement")]),
    case("en-agreement-memorandum", "en", "2024-09-20",
         "Indonesia and South Korea signed a memorandum of understanding on defence industry cooperation on "
         "Friday, the Indonesian defence ministry said.",
         [ev("agreement", ["IDN", "KOR"], date="2024-09-20", doc_type="memorandum")]),
    case("en-agreement-letter-of-intent", "en", "2025-04-10",
         "The Dutch and Norwegian defence ministers signed a statement of intent on "
         "naval cooperation in Oslo "
         "on Monday.",
         [ev("agreement", ["NLD", "NOR"], date="2025-04-07", location="NOR", doc_type="letter_of_intent")]),
    case("en-agreement-protocol-after-talks", "en", "2024-03-14",
         "Kazakh Defence Minister Nurlan Bekov held talks with his Kyrgyz counterpart "
         "Almaz Sadykov in Astana "
         "on Tuesday. After the talks, the ministers signed a protocol on military-technical cooperation.",
         [ev("meeting", ["KAZ", "KGZ"], date="2024-03-12", location="KAZ", mode="visit",
             persons=["Nurlan Bekov", "Almaz Sadykov"]),
          ev("agreement", ["KAZ", "KGZ"], date="2024-03-12", location="KAZ", doc_type="protocol")]),
    case("en-agreement-plan", "en", "2025-02-27",
         "Laos and Vietnam signed a defence cooperation plan for 2025 in Vientiane on Thursday.",
         [ev("agreement", ["LAO", "VNM"], date="2025-02-27", location="LAO", doc_type="plan")]),
    case("en-agreement-contract", "en", "2024-05-08",
         "The Philippine defense department signed a contract with South Korea on Tuesday "
         "for two new corvettes "
         "for the Philippine Navy.",
         [ev("agreement", ["KOR", "PHL"], date="2024-05-07", doc_type="contract")]),
    case("en-agreement-headline", "en", "2024-08-23",
         "Singapore and Indonesia sign defence cooperation agreement\n"
         "Singapore's Defence Minister Lim Wei Ming and Indonesian Defence Minister Budi Santoso signed a "
         "defence cooperation agreement in Jakarta on Thursday.",
         [ev("agreement", ["IDN", "SGP"], date="2024-08-22", location="IDN", doc_type="agreement")],
         title="Singapore and Indonesia sign defence cooperation agreement"),
    case("en-intent", "en", "2024-05-08",
         "Indian Defence Minister Arjun Mehta and his Australian counterpart Daniel Price agreed to expand "
         "cooperation between their navies, the Indian defence ministry said on Wednesday.",
         [ev("intent", ["AUS", "IND"], persons=["Arjun Mehta", "Daniel Price"])]),
    case("en-intent-invitation", "en", "2024-03-14",
         "Malaysian Defence Minister Hafiz Rahman received Brunei's Minister of Defence II "
         "Awang Jaafar in Kuala "
         "Lumpur on Wednesday. Hafiz invited his counterpart to observe the next joint "
         "exercise of the two armies.",
         [ev("meeting", ["BRN", "MYS"], date="2024-03-13", location="MYS", mode="visit"),
          ev("intent", ["BRN", "MYS"])]),
    case("en-intent-signing-prepared-not-done", "en", "2024-06-12",
         "Egyptian Defence Minister Ahmed Farouk met his Greek counterpart Nikos "
         "Papadakis in Cairo on Tuesday. "
         "The two ministers agreed to expand military cooperation and to prepare a defence "
         "cooperation agreement "
         "for signing.",
         [ev("meeting", ["EGY", "GRC"], date="2024-06-11", location="EGY", mode="visit"),
          ev("intent", ["EGY", "GRC"])]),
    case("en-exercise", "en", "2024-09-20",
         "Thai and American troops began a joint exercise in Lopburi province on Monday. "
         "More than 2,000 soldiers are taking part in the two-week drills.",
         [ev("exercise", ["THA", "USA"], date="2024-09")]),
    case("en-exercise-port-call", "en", "2024-10-04",
         "The Indian Navy frigate INS Tabar arrived in Jeddah on Tuesday for a port call "
         "and conducted a passage "
         "exercise with the Royal Saudi Naval Forces.",
         [ev("exercise", ["IND", "SAU"], date="2024-10", location="SAU")]),
    case("en-aid", "en", "2024-11-15",
         "Japan handed over two patrol boats to the Philippine Coast Guard at a ceremony "
         "in Manila on Thursday.",
         [ev("aid", ["JPN", "PHL"], date="2024-11-14", location="PHL")]),
    case("en-support-at-meeting", "en", "2024-03-14",
         "Belarusian Defence Minister Viktor Orlov met his Serbian counterpart Dragan Petrovic in Minsk on "
         "Tuesday. Orlov said Belarus supports the territorial integrity of Serbia.",
         [ev("meeting", ["BLR", "SRB"], date="2024-03-12", location="BLR", mode="visit",
             persons=["Viktor Orlov", "Dragan Petrovic"]),
          ev("support", ["BLR", "SRB"])]),
    case("en-historical-agreement", "en", "2024-06-12",
         "Estonian Defence Minister Jaan Tamm received Latvian Defence Minister Andris Ozols in Tallinn on "
         "Tuesday. Estonia and Latvia signed a defence cooperation agreement in 2015.",
         [ev("meeting", ["EST", "LVA"], date="2024-06-11", location="EST", mode="visit"),
          ev("agreement", ["EST", "LVA"], date="2015", historical=True, doc_type="agreement")]),
    case("en-irrelevant-combat", "en", "2024-06-12",
         "Three Pakistani soldiers were killed when militants attacked an army post "
         "near the Afghan border on "
         "Sunday. The army said the attackers had crossed from Afghanistan.", []),
    case("en-irrelevant-missile-launch", "en", "2024-06-12",
         "North Korea fired a ballistic missile into the sea on Tuesday, the South Korean military said. "
         "The launched missile flew about 300 km, Japan's defence ministry said.", []),
    case("en-irrelevant-domestic-parade", "en", "2024-01-16",
         "The Indian Army held a parade in New Delhi on Monday to mark Army Day. Army "
         "chief General Rajiv Sharma "
         "inspected the troops and presented medals to soldiers.", []),
    case("en-irrelevant-domestic-drills", "en", "2024-06-12",
         "The Chinese army held live-fire drills in Inner Mongolia on Tuesday, state media reported. "
         "Thousands of soldiers and hundreds of tanks took part in the exercise.", []),
    case("en-irrelevant-civil-diplomacy", "en", "2024-06-12",
         "The foreign ministers of Vietnam and Japan met in Tokyo on Monday and agreed to "
         "expand cooperation in "
         "trade, investment and tourism.", []),
    # --- German -------------------------------------------------------------------------------
    case("de-meeting-visit", "de", "2024-03-14",
         "Verteidigungsminister Karl Brenner hat am Dienstag seinen estnischen "
         "Amtskollegen Jaan Tamm in Berlin "
         "empfangen. Die beiden Minister sprachen über die militärische Zusammenarbeit "
         "und die Ausbildung von "
         "Soldaten.",
         [ev("meeting", ["DEU", "EST"], date="2024-03-12", location="DEU", mode="visit", actor=["EST"],
             recipient=["DEU"], persons=["Karl Brenner", "Jaan Tamm"])]),
    case("de-meeting-yesterday", "de", "2024-10-04",
         "Der dänische Verteidigungsminister Jens Madsen hat gestern in Kopenhagen den lettischen "
         "Verteidigungsminister Andris Ozols zu Gesprächen empfangen.",
         [ev("meeting", ["DNK", "LVA"], date="2024-10-03", location="DNK", mode="visit", actor=["LVA"],
             recipient=["DNK"], persons=["Jens Madsen", "Andris Ozols"])]),
    case("de-meeting-ordinal-date", "de", "2023-05-19",
         "Am 17. Mai besuchte der japanische Verteidigungsminister Hiroshi Tanabe die "
         "Philippinen. In Manila traf "
         "er den philippinischen Verteidigungsminister Ramon Villareal.",
         [ev("meeting", ["JPN", "PHL"], date="2023-05-17", location="PHL", mode="visit", actor=["JPN"],
             recipient=["PHL"], persons=["Hiroshi Tanabe", "Ramon Villareal"])]),
    case("de-meeting-phone", "de", "2024-05-08",
         "Der österreichische Verteidigungsminister Lukas Gruber hat am Montag mit seinem italienischen "
         "Amtskollegen Marco Ferri telefoniert. Themen waren die militärische "
         "Zusammenarbeit und die Lage auf dem "
         "Westbalkan.",
         [ev("meeting", ["AUT", "ITA"], date="2024-05-06", location=None, mode="phone",
             persons=["Lukas Gruber", "Marco Ferri"])]),
    case("de-meeting-video", "de", "2025-01-17",
         "Bundesverteidigungsminister Karl Brenner hat am Donnerstag per Videokonferenz "
         "mit seiner australischen "
         "Amtskollegin Emma Walsh über die Zusammenarbeit der Streitkräfte beider Länder gesprochen.",
         [ev("meeting", ["AUS", "DEU"], date="2025-01-16", location=None, mode="phone",
             persons=["Karl Brenner", "Emma Walsh"])]),
    case("de-meeting-multilateral", "de", "2023-07-13",
         "Am Rande des NATO-Gipfels in Vilnius traf der kanadische Verteidigungsminister Paul Tremblay am "
         "11. Juli seinen norwegischen Amtskollegen Erik Solheim zu einem Gespräch über "
         "die Sicherheit in der "
         "Arktis.",
         [ev("meeting", ["CAN", "NOR"], date="2023-07-11", location="LTU", mode="multilateral",
             persons=["Paul Tremblay", "Erik Solheim"])]),
    case("de-agreement-memorandum-genitive", "de", "2024-06-12",
         "Vertreter der Verteidigungsministerien Österreichs und Tschechiens haben am Dienstag in Wien ein "
         "Memorandum über die Zusammenarbeit in der Offiziersausbildung unterzeichnet.",
         [ev("agreement", ["AUT", "CZE"], date="2024-06-11", location="AUT", doc_type="memorandum")]),
    case("de-agreement-letter-of-intent", "de", "2024-09-06",
         "Deutschland und Indonesien haben am 4. September in Jakarta eine Absichtserklärung über die "
         "Zusammenarbeit ihrer Streitkräfte unterzeichnet.",
         [ev("agreement", ["DEU", "IDN"], date="2024-09-04", location="IDN", doc_type="letter_of_intent")]),
    case("de-agreement-protocol-after-talks", "de", "2024-11-15",
         "Der polnische Verteidigungsminister Tomasz Nowak und sein litauischer "
         "Amtskollege Darius Kairys haben "
         "am Donnerstag in Warschau Gespräche geführt. Im Anschluss unterzeichneten beide ein Protokoll über "
         "gemeinsame Luftverteidigung.",
         [ev("meeting", ["LTU", "POL"], date="2024-11-14", location="POL", mode="visit",
             persons=["Tomasz Nowak", "Darius Kairys"]),
          ev("agreement", ["LTU", "POL"], date="2024-11-14", doc_type="protocol")]),
    case("de-intent", "de", "2025-02-27",
         "Die Verteidigungsminister Finnlands und Schwedens trafen sich am Mittwoch in "
         "Helsinki. Beide Seiten "
         "vereinbarten, die Zusammenarbeit ihrer Marinen in der Ostsee auszubauen.",
         [ev("meeting", ["FIN", "SWE"], date="2025-02-26", location="FIN", mode="visit"),
          ev("intent", ["FIN", "SWE"])]),
    case("de-exercise", "de", "2025-03-06",
         "Die Marinen Deutschlands und Norwegens haben am Montag in der Nordsee ein "
         "gemeinsames Manöver begonnen. "
         "An der Übung nehmen zwölf Schiffe teil.",
         [ev("exercise", ["DEU", "NOR"], date="2025-03")]),
    case("de-exercise-took-place", "de", "2024-08-23",
         "In Litauen hat am Mittwoch eine gemeinsame Übung litauischer und polnischer Soldaten "
         "stattgefunden.",
         [ev("exercise", ["LTU", "POL"], date="2024-08-21", location="LTU")]),
    case("de-aid", "de", "2024-11-15",
         "Deutschland hat der Republik Moldau am Mittwoch zwei Radaranlagen für die Luftraumüberwachung "
         "übergeben, teilte das Verteidigungsministerium in Berlin mit.",
         [ev("aid", ["DEU", "MDA"], date="2024-11-13")]),
    case("de-aid-training-last-month", "de", "2024-06-12",
         "Die Bundeswehr hat im vergangenen Monat 200 ukrainische Soldaten in Deutschland ausgebildet, "
         "teilte das Verteidigungsministerium mit.",
         [ev("aid", ["DEU", "UKR"], date="2024-05", location="DEU")]),
    case("de-support-at-meeting", "de", "2024-06-12",
         "Der georgische Verteidigungsminister Giorgi Beridze ist am Montag zu einem Besuch in Berlin "
         "eingetroffen. Bei dem Treffen mit Verteidigungsminister Karl Brenner "
         "bekräftigte die deutsche Seite "
         "ihre Unterstützung für die territoriale Integrität Georgiens.",
         [ev("meeting", ["DEU", "GEO"], date="2024-06-10", location="DEU", mode="visit"),
          ev("support", ["DEU", "GEO"])]),
    case("de-historical-agreement", "de", "2024-09-06",
         "Der slowakische Verteidigungsminister Peter Horvath hat am Mittwoch seinen "
         "ungarischen Amtskollegen "
         "Gabor Kiss in Bratislava empfangen. Bereits 2019 hatten beide Länder ein Abkommen über die "
         "militärische Zusammenarbeit unterzeichnet.",
         [ev("meeting", ["HUN", "SVK"], date="2024-09-04", location="SVK", mode="visit",
             persons=["Peter Horvath", "Gabor Kiss"]),
          ev("agreement", ["HUN", "SVK"], date="2019", historical=True, doc_type="agreement")]),
    case("de-irrelevant-combat", "de", "2024-06-12",
         "Russische Truppen haben in der Nacht zum Dienstag die ukrainische Stadt Charkiw "
         "mit Raketen beschossen. "
         "Bei dem Angriff wurden nach Angaben der ukrainischen Armee vier Soldaten getötet.", []),
    case("de-irrelevant-missile-test", "de", "2024-06-12",
         "Nordkorea hat am Dienstag erneut eine ballistische Rakete abgefeuert. Das südkoreanische Militär "
         "verurteilte den Raketentest als Provokation.", []),
    case("de-irrelevant-domestic-budget", "de", "2024-06-12",
         "Der Bundestag hat am Donnerstag den Verteidigungshaushalt beschlossen. Die Bundeswehr erhält im "
         "kommenden Jahr mehr Geld für neue Fahrzeuge und die Ausbildung ihrer Soldaten.", []),
    case("de-irrelevant-civil-diplomacy", "de", "2024-06-12",
         "Die Außenminister Deutschlands und Brasiliens haben am Montag in Berlin Gespräche über Handel und "
         "Klimaschutz geführt. Beide Seiten vereinbarten, die Zusammenarbeit bei erneuerbaren Energien "
         "auszubauen.", []),
    # --- Vietnamese ---------------------------------------------------------------------------
    case("vi-meeting-visit", "vi", "2024-06-12",
         "Sáng 11/6, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Nguyễn Văn Hùng đã chủ trì lễ đón và hội đàm với Bộ "
         "trưởng Quốc phòng Campuchia Sok Dara đang có chuyến thăm chính thức Việt Nam.",
         [ev("meeting", ["KHM", "VNM"], date="2024-06-11", location="VNM", mode="visit", actor=["KHM"],
             recipient=["VNM"], persons=["Nguyen Van Hung", "Sok Dara"])]),
    case("vi-meeting-phone", "vi", "2024-09-20",
         "Chiều 19/9, Bộ trưởng Bộ Quốc phòng Việt Nam Nguyễn Văn Hùng đã điện đàm với Bộ "
         "trưởng Quốc phòng Lào "
         "Khamphanh Sisavath. Hai bên trao đổi về hợp tác quốc phòng giữa hai nước.",
         [ev("meeting", ["LAO", "VNM"], date="2024-09-19", location=None, mode="phone",
             persons=["Nguyen Van Hung", "Khamphanh Sisavath"])]),
    case("vi-meeting-online", "vi", "2024-11-15",
         "Chiều 14/11, Thượng tướng Trần Quang Minh, Thứ trưởng Bộ Quốc phòng Việt Nam đã hội đàm trực tuyến "
         "với Thứ trưởng Quốc phòng Nhật Bản Sato Kenji.",
         [ev("meeting", ["JPN", "VNM"], date="2024-11-14", location=None, mode="phone",
             persons=["Tran Quang Minh", "Sato Kenji"])]),
    case("vi-meeting-multilateral", "vi", "2025-02-27",
         "Nhân dịp dự Hội nghị Bộ trưởng Quốc phòng các nước ASEAN tại Kuala Lumpur, sáng 26/2, Bộ trưởng Bộ "
         "Quốc phòng Nguyễn Văn Hùng đã gặp Bộ trưởng Quốc phòng Ấn Độ Arjun Mehta.",
         [ev("meeting", ["IND", "VNM"], date="2025-02-26", location="MYS", mode="multilateral",
             persons=["Nguyen Van Hung", "Arjun Mehta"])]),
    case("vi-meeting-courtesy-attache", "vi", "2024-03-14",
         "Sáng 13/3, tại Hà Nội, Thượng tướng Trần Quang Minh, Thứ trưởng Bộ Quốc phòng Việt Nam đã tiếp Tùy "
         "viên Quốc phòng Úc Daniel Price đến chào từ biệt nhân dịp kết thúc nhiệm kỳ công tác tại Việt Nam.",
         [ev("meeting", ["AUS", "VNM"], date="2024-03-13", location="VNM", mode=None,
             persons=["Tran Quang Minh", "Daniel Price"])]),
    case("vi-agreement-memorandum-after-talks", "vi", "2024-11-15",
         "Chiều 14/11, tại Hà Nội, Thứ trưởng Bộ Quốc phòng Trần Quang Minh đã hội đàm với Thứ trưởng Quốc "
         "phòng Hàn Quốc Kim Min-su. Sau hội đàm, hai bên đã ký Bản ghi nhớ về hợp tác trong lĩnh vực công "
         "nghiệp quốc phòng.",
         [ev("meeting", ["KOR", "VNM"], date="2024-11-14", location="VNM", mode="visit",
             persons=["Tran Quang Minh", "Kim Min-su"]),
          ev("agreement", ["KOR", "VNM"], date="2024-11-14", location="VNM", doc_type="memorandum")]),
    case("vi-agreement-letter-of-intent", "vi", "2024-03-14",
         "Ngày 13/3, tại Hà Nội, Việt Nam và Pháp đã ký Ý định thư về hợp tác trong "
         "lĩnh vực gìn giữ hòa bình "
         "giữa hai Bộ Quốc phòng.",
         [ev("agreement", ["FRA", "VNM"], date="2024-03-13", location="VNM", doc_type="letter_of_intent")]),
    case("vi-agreement-plan", "vi", "2025-02-27",
         "Sáng 27/2, tại Viêng Chăn, Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Lào đã ký Kế hoạch hợp tác quốc "
         "phòng năm 2025.",
         [ev("agreement", ["LAO", "VNM"], date="2025-02-27", location="LAO", doc_type="plan")]),
    case("vi-intent", "vi", "2024-06-12",
         "Sáng 12/6, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Nguyễn Văn Hùng đã hội đàm với Bộ trưởng Quốc phòng "
         "Mông Cổ Batbold Tsend. Hai bên nhất trí tăng cường hợp tác trong lĩnh vực đào "
         "tạo và gìn giữ hòa bình.",
         [ev("meeting", ["MNG", "VNM"], date="2024-06-12", location="VNM", mode="visit"),
          ev("intent", ["MNG", "VNM"])]),
    case("vi-exercise", "vi", "2024-04-12",
         "Ngày 10/4, Hải quân Việt Nam và Hải quân Ấn Độ đã tổ chức diễn tập chung trên biển tại vùng biển "
         "Đà Nẵng.",
         [ev("exercise", ["IND", "VNM"], date="2024-04-10", location="VNM")]),
    case("vi-exercise-three-navies", "vi", "2024-06-12",
         "Ngày 10/6, Hải quân Việt Nam, Hải quân Thái Lan và Hải quân Campuchia đã tiến hành tuần tra chung "
         "trên vùng biển giáp ranh.",
         [ev("exercise", ["KHM", "THA", "VNM"], date="2024-06-10")]),
    case("vi-aid-handover", "vi", "2024-09-20",
         "Chiều 18/9, tại Phnôm Pênh, Bộ Quốc phòng Việt Nam đã bàn giao trang thiết bị y "
         "tế cho Quân đội Hoàng "
         "gia Campuchia.",
         [ev("aid", ["KHM", "VNM"], date="2024-09-18", location="KHM")]),
    case("vi-aid-gift", "vi", "2024-08-23",
         "Ngày 21/8, tại Viêng Chăn, Bộ Quốc phòng Việt Nam đã trao tặng Quân đội nhân dân Lào 10 xe ô tô "
         "phục vụ công tác huấn luyện.",
         [ev("aid", ["LAO", "VNM"], date="2024-08-21", location="LAO")]),
    case("vi-historical-agreement", "vi", "2024-06-12",
         "Sáng 12/6, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Nguyễn Văn Hùng đã tiếp Đại sứ Ba Lan Jan Kowalski. "
         "Trước đó, năm 2018, hai nước đã ký Hiệp định hợp tác quốc phòng.",
         [ev("meeting", ["POL", "VNM"], date="2024-06-12", location="VNM", mode=None,
             persons=["Nguyen Van Hung", "Jan Kowalski"]),
          ev("agreement", ["POL", "VNM"], date="2018", historical=True, doc_type="agreement")]),
    case("vi-irrelevant-combat", "vi", "2024-06-12",
         "Quân đội Israel đã không kích nhiều mục tiêu tại Li-băng trong đêm 10/6, khiến 5 người thiệt "
         "mạng.", []),
    case("vi-irrelevant-domestic", "vi", "2024-06-12",
         "Sáng 11/6, tại Hà Nội, Bộ Quốc phòng tổ chức hội nghị tổng kết công tác huấn luyện năm 2023. "
         "Đại tướng Nguyễn Văn Hùng, Bộ trưởng Bộ Quốc phòng chủ trì hội nghị.", []),
    case("vi-irrelevant-civil-diplomacy", "vi", "2024-06-12",
         "Chiều 11/6, tại Hà Nội, Bộ trưởng Ngoại giao Lê Thanh Sơn đã hội đàm với "
         "Ngoại trưởng Nhật Bản Sato "
         "Kenji. Hai bên nhất trí thúc đẩy hợp tác kinh tế, thương mại và đầu tư.", []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)



def test_events_carry_evidence_and_codes(extractor: Extractor) -> None:
    """Every event quotes its sentence (with offsets into the raw text) and has PLOVER/CAMEO codes."""
    text = ("Kazakh Defence Minister Nurlan Bekov held talks with his Kyrgyz counterpart "
            "Almaz Sadykov in Astana on "
            "Tuesday. After the talks, the ministers signed a protocol on military-technical cooperation.")
    extraction = extractor.extract(Article(id="a", text=text, published="2024-03-14", lang="en"))
    assert extraction.events
    for event in extraction.events:
        assert event.evidence and event.evidence in text
        assert text[event.evidence_start:event.evidence_end] == event.evidence
        assert event.plover and event.cameo
    meeting = next(e for e in extraction.events if e.type == "meeting")
    assert (meeting.plover, meeting.cameo) == ("CONSULT", "042")


def test_extract_is_pure(extractor: Extractor) -> None:
    """The same article gives the same events, whatever was extracted before."""
    text = ("Japan handed over two patrol boats to the Philippine Coast Guard at a ceremony in Manila on "
            "Thursday.")
    article = Article(id="a", text=text, published="2024-11-15", lang="en")
    first = [e.to_prediction() for e in extractor.extract(article).events]
    extractor.extract(Article(id="b", text="Sáng 12/6, Bộ Quốc phòng Việt Nam tiếp Đại sứ Lào.", lang="vi"))
    again = [e.to_prediction() for e in Extractor(PackRegistry()).extract(article).events]
    assert first == again == [e.to_prediction() for e in extractor.extract(article).events]


def test_prediction_row_shape(extractor: Extractor) -> None:
    """Extraction.to_prediction is the GUIDELINES prediction format."""
    text = "Laos and Vietnam signed a defence cooperation plan for 2025 in Vientiane on Thursday."
    row = extractor.extract(Article(id="dev-x", text=text, published="2025-02-27", lang="en")).to_prediction()
    assert row["id"] == "dev-x" and row["relevant"] is True and row["story"]
    event = row["events"][0]
    assert {"type", "countries", "date", "location", "mode", "doc_type", "areas", "persons",
            "historical"} <= set(event)
    assert event["countries"] == sorted(event["countries"])
