"""The extract stage on short articles in eight languages written for these tests (none of
these sentences is in tests/data/heldout/mt9.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the
helpers are those of tests/extract/test_events.py. They pin general wording of the machine-
translated articles of the mt9 set: the translated opening line of the Pentagon's readouts
(pl "… przekazał następujący odczyt:", pt "forneceu a seguinte leitura", it "ha fornito il
seguente resoconto", ru "предоставил следующий отчет", ja "以下の要旨を提供した") that hands nothing
over, the pair as the readouts name it (pl "Sekretarz i Pan Minister", it "Il Segretario e
il signor Ministro" and the like in pt ru id tr vi ja), the Gulf royal style before a name
and a Saudi dateline (pl "Jego Królewska Wysokość Książę …", "Rijad, …"), an invitation to
visit told in the past or accepted (vi "đã mời … thăm", "nhận lời mời thăm"), a spending
that "will help reach" a goal (vi "sẽ giúp đạt được"), joint training with its kind between
(ru "совместную горную подготовку"), an ambassador "in" the host state and the "Al" of a
Gulf family name (it), the US Secretary of War as the US side (it "Segretario alla Guerra",
vi "Bộ trưởng Chiến tranh", ja "戦争長官", "国防総省") and a guest "hosted" (it "ha ospitato"), and
Morocco's Inspector General of the Royal Armed Forces (pt "o Inspetor-Geral das FAR").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-09-16"  # a Wednesday

CASES = [
    # ---- pl: the readout's opening line is no delivery
    case("pl-przekazal-nastepujacy-odczyt-is-no-aid", "pl", DAY,
         "Rzeczniczka Pentagonu przekazała następujący odczyt:\n\n"
         "Sekretarz Wojny gościł we wtorek w Pentagonie ministra obrony Estonii.",
         [ev("meeting", ["EST", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    # ---- pt, it, ru, ja: the same readout line in translation is no delivery
    case("pt-forneceu-a-seguinte-leitura-is-no-aid", "pt", DAY,
         "O porta-voz do Pentágono forneceu a seguinte leitura:\n\n"
         "O Secretário da Guerra Pete Hegseth recebeu na terça-feira o ministro da Defesa da Estónia.",
         [ev("meeting", ["EST", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    case("it-ha-fornito-il-seguente-resoconto-is-no-aid", "it", DAY,
         "Il portavoce del Pentagono ha fornito il seguente resoconto:\n\n"
         "Il Segretario alla Guerra Pete Hegseth ha ricevuto martedì il ministro della Difesa dell'Estonia.",
         [ev("meeting", ["EST", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    case("ru-predostavil-sleduyushchiy-otchet-is-no-aid", "ru", DAY,
         "Пресс-секретарь Пентагона предоставил следующий отчет:\n\n"
         "Военный министр США Пит Хегсет принял во вторник министра обороны Эстонии.",
         [ev("meeting", ["EST", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    case("ja-youshi-wo-teikyou-is-no-aid", "ja", DAY,
         "国防総省の報道官は、以下の要旨を提供した。\n\n"
         "ヘグセス戦争長官は火曜日、エストニアの国防相を迎えた。",
         [ev("meeting", ["EST", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    # ---- pl: "the Secretary and the Minister" of a translated readout are the pair that agrees
    case("pl-sekretarz-i-pan-minister-are-both-sides", "pl", DAY,
         "Sekretarz Wojny gościł we wtorek w Pentagonie ministra obrony Łotwy.\n\n"
         "Sekretarz i Pan Minister zgodzili się kontynuować wspólną produkcję amunicji na Łotwie.",
         [ev("meeting", ["LVA", "USA"], date="2026-09-15", location="USA", mode="visit"),
          ev("intent", ["LVA", "USA"])]),
    # ---- it, pt, ru, id, tr, vi, ja: "the Secretary and the Minister" of a readout agree as the pair
    case("it-il-segretario-e-il-signor-ministro-are-both-sides", "it", DAY,
         "Il Segretario alla Guerra Pete Hegseth ha ricevuto martedì il ministro della Difesa della "
         "Lituania.\n\n"
         "Il Segretario e il signor Ministro hanno concordato di ampliare le esercitazioni congiunte in "
         "Lituania.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("pt-o-secretario-e-o-senhor-ministro-are-both-sides", "pt", DAY,
         "O Secretário da Guerra Pete Hegseth recebeu na terça-feira o ministro da Defesa da Lituânia.\n\n"
         "O Secretário e o Senhor Ministro concordaram em ampliar os exercícios conjuntos na Lituânia.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("ru-sekretar-i-gospodin-ministr-are-both-sides", "ru", DAY,
         "Военный министр США Пит Хегсет принял во вторник министра обороны Литвы.\n\n"
         "Секретарь и господин министр договорились расширить совместные учения в Литве.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("id-sekretaris-dan-menteri-are-both-sides", "id", DAY,
         "Menteri Perang AS Pete Hegseth menerima Menteri Pertahanan Lituania pada hari Selasa.\n\n"
         "Sekretaris dan Menteri sepakat untuk memperluas latihan bersama di Lituania.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("tr-bakan-ve-sayin-bakan-are-both-sides", "tr", DAY,
         "ABD Savaş Bakanı Pete Hegseth Salı günü Litvanya Savunma Bakanı'nı ağırladı.\n\n"
         "Bakan ve Sayın Bakan, Litvanya'da ortak tatbikatları genişletme konusunda anlaştı.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("vi-bo-truong-va-ngai-bo-truong-are-both-sides", "vi", DAY,
         "Bộ trưởng Chiến tranh Pete Hegseth đã tiếp Bộ trưởng Quốc phòng Litva hôm thứ Ba.\n\n"
         "Bộ trưởng và Ngài Bộ trưởng đã nhất trí mở rộng các cuộc tập trận chung tại Litva.",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    case("ja-choukan-to-daijin-are-both-sides", "ja", DAY,
         "ヘグセス戦争長官は火曜日、リトアニアの国防相を迎えた。\n\n"
         "長官と大臣は、リトアニアでの共同訓練を拡大することで合意した。",
         [ev("meeting", ["LTU", "USA"], date="2026-09-15", mode="visit"),
          ev("intent", ["LTU", "USA"])]),
    # ---- pl: a Saudi wire dateline in the nominative, the royal style before the name, the port city
    case("pl-rijad-dateline-and-ksiaze-style", "pl", DAY,
         "Rijad, 15 września 2026 (SPA) - Jego Królewska Wysokość Książę Khalid bin Salman, Minister Obrony, "
         "odbył dzisiaj rozmowę telefoniczną z ministrem obrony Egiptu. "
         "W 2022 r. w Dżuddzie oba kraje podpisały memorandum o współpracy wojskowej.",
         [ev("meeting", ["EGY", "SAU"], date="2026-09-15", mode="phone", persons=["Khalid bin Salman"]),
          ev("agreement", ["EGY", "SAU"], date="2022", location="SAU", historical=True)]),
    # ---- vi: an invitation to visit told in the past
    case("vi-da-moi-tham-is-an-intent", "vi", DAY,
         "Chiều 15/9, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam đã tiếp Bộ trưởng Quốc phòng Campuchia. "
         "Bộ trưởng Quốc phòng Campuchia đã mời Bộ trưởng Quốc phòng Việt Nam thăm chính thức Campuchia "
         "vào năm 2027.",
         [ev("meeting", ["KHM", "VNM"], date="2026-09-15", location="VNM", mode="visit"),
          ev("intent", ["KHM", "VNM"])]),
    # ---- vi: an invitation accepted
    case("vi-nhan-loi-moi-tham-is-an-intent", "vi", DAY,
         "Chiều 15/9, tại Hà Nội, Bộ trưởng Quốc phòng Việt Nam đã tiếp Đại sứ Ấn Độ. "
         "Đại sứ cho biết Bộ trưởng Quốc phòng Ấn Độ đã nhận lời mời thăm Việt Nam vào năm tới.",
         [ev("meeting", ["IND", "VNM"], date="2026-09-15", location="VNM"),
          ev("intent", ["IND", "VNM"])]),
    # ---- vi: a spending that "will help reach" a goal helps no one
    case("vi-se-giup-dat-duoc-is-no-aid", "vi", DAY,
         "Nội các Hàn Quốc hôm thứ Ba đã phê duyệt ngân sách quốc phòng năm 2027. "
         "Bộ trưởng Quốc phòng Hàn Quốc nói rằng khoản tiền mua máy bay từ Mỹ sẽ giúp đạt được mục tiêu "
         "hiện đại hóa sớm hơn.",
         []),
    # ---- vi: the US Secretary of War is the US side
    case("vi-bo-truong-chien-tranh-is-the-us", "vi", DAY,
         "Bộ trưởng Chiến tranh đã tiếp Bộ trưởng Quốc phòng Latvia tại Lầu Năm Góc hôm thứ Ba.",
         [ev("meeting", ["LVA", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    # ---- ja: the US Secretary of War and the Department of Defense without "米"
    case("ja-sensou-choukan-kokubousoushou-is-the-us", "ja", DAY,
         "戦争長官は火曜日、国防総省でラトビアの国防相を迎えた。",
         [ev("meeting", ["LVA", "USA"], date="2026-09-15", location="USA", mode="visit")]),
    # ---- ru: joint training with its kind between "joint" and "training"
    case("ru-sovmestnaya-gornaya-podgotovka-is-an-exercise", "ru", DAY,
         "Российские и казахстанские военнослужащие проводят совместную горную подготовку на полигоне в "
         "Казахстане.",
         [ev("exercise", ["KAZ", "RUS"], location="KAZ")]),
    # ---- it: an ambassador "in" the host state is a person of the talks
    case("it-ambasciatore-in-is-a-person", "it", DAY,
         "Il ministro della Difesa del Kuwait ha ricevuto martedì a Kuwait City il capo di stato maggiore "
         "della Difesa italiano. All'incontro ha partecipato l'ambasciatore d'Italia nello Stato del Kuwait "
         "Marco Bellini.",
         [ev("meeting", ["ITA", "KWT"], date="2026-09-15", location="KWT", mode="visit",
             persons=["Marco Bellini"])]),
    # ---- it: the "Al" of a Gulf family name inside the name
    case("it-al-inside-a-gulf-name", "it", DAY,
         "Il ministro della Difesa Guido Crosetto ha ricevuto martedì a Roma il capo di stato maggiore delle "
         "Forze Armate degli Emirati Arabi Uniti, il tenente generale Issa Saif Al Mazrouei.",
         [ev("meeting", ["ARE", "ITA"], date="2026-09-15", location="ITA", mode="visit",
             persons=["Issa Saif Al Mazrouei"])]),
    # ---- it: the US Secretary of War (the translated readouts) is the US side
    case("it-segretario-alla-guerra-is-the-us", "it", DAY,
         "Il Segretario alla Guerra ha ricevuto martedì il ministro della Difesa lettone Andris Sprūds.",
         [ev("meeting", ["LVA", "USA"], date="2026-09-15", mode="visit")]),
    # ---- it: "hosted" a guest, as the translated readouts write it
    case("it-ha-ospitato-is-a-meeting", "it", DAY,
         "Il Segretario alla Guerra Pete Hegseth ha ospitato martedì il ministro della Difesa della "
         "Lettonia.",
         [ev("meeting", ["LVA", "USA"], date="2026-09-15", location="USA", mode="visit",
             persons=["Pete Hegseth"])]),
    # ---- pt: Morocco's Inspector General of the Royal Armed Forces
    case("pt-inspetor-geral-das-far-is-a-person", "pt", DAY,
         "O Inspetor-Geral das FAR, Mohammed Berrid, recebeu na terça-feira em Rabat o Chefe do Estado-Maior "
         "do Exército espanhol.",
         [ev("meeting", ["ESP", "MAR"], date="2026-09-15", location="MAR", mode="visit",
             persons=["Mohammed Berrid"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
