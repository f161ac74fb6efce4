"""The extract stage on short articles in seven languages written for these tests (none of these sentences is
in tests/data/heldout/domestic3.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general press wording of domestic defense news that tells a foreign
event in passing, the genre of the domestic3 set: the US "Secretary of War" as a defense official (pl
"sekretarz wojny", fr "secrétaire … à la Guerre", tr "Savaş Bakanı"), the ministry's acronym as the own
state (pl "szef MON", de "BMVg", tr "MSB"), fair cities and grounds as the venue (pl "w Kielcach", fr
"salon du Bourget", ja "幕張メッセ", ko "킨텍스"), the defense export business as a topic (ko "방산수출이"),
training support given in the continuing passive (tr "eğitim … desteği verilmeye devam"), a minister
receiving a counterpart in the first person (fr "J'ai reçu … mon homologue"), an exercise told with the
participle "прошедшее" (ru), the ministry's own board session (ru "на заседании коллегии"), a committee
approving a purchase (de "billigten … den Kauf"), and firms' business at a fair told beside foreign states:
an order received (fr "a reçu … une commande"), delegations visiting the fair (tr "fuarı … ziyaret etti"),
deals with domestic suppliers or an unnamed customer (tr, ko), a firm's agreement with a foreign firm (ko
"방산업체 … 업무협약"), and a parliament committee session (fa "در جلسه … این کمیسیون").
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-12"  # a Thursday

CASES = [
    # ---- pl: the US Secretary of War is a defense official: a head of government meeting him is a meeting
    case("pl-sekretarz-wojny-is-a-defense-official", "pl", DAY,
         "Premier Donald Tusk spotkał się we wtorek w Waszyngtonie z sekretarzem wojny Pete'em Hegsethem.",
         [ev("meeting", ["POL", "USA"], date="2026-03-10", location="USA", mode="visit")]),
    # ---- fr, tr: the US Secretary of War is a defense official (the Pentagon renamed in 2025)
    case("fr-secretaire-a-la-guerre-is-a-defense-official", "fr", DAY,
         "Le Premier ministre belge Bart De Wever a rencontré mardi à Washington le secrétaire américain "
         "à la Guerre.",
         [ev("meeting", ["BEL", "USA"], date="2026-03-10", location="USA", mode="visit")]),
    case("tr-savas-bakani-is-a-defense-official", "tr", DAY,
         "Dışişleri Bakanı Hakan Fidan, salı günü Washington'da ABD Savaş Bakanı Pete Hegseth ile görüştü.",
         [ev("meeting", ["TUR", "USA"], date="2026-03-10", location="USA", mode="visit")]),
    # ---- pl: "szef MON" is Poland's minister, not the neighbour named in the sentence before
    case("pl-szef-mon-is-poland", "pl", "2026-03-13",
         "Żołnierze patrolowali granicę z Białorusią przez całą noc. Szef MON przekazał w piątek, że "
         "dzień wcześniej rozmawiał telefonicznie z ministrem obrony Litwy o wspólnej ochronie przesmyku "
         "suwalskiego.",
         [ev("meeting", ["LTU", "POL"], date="2026-03-12", mode="phone")]),
    # ---- de, tr: the ministry's acronym is the own state, not the neighbour named in the sentence before
    case("de-bmvg-is-germany", "de", DAY,
         "Die Lage an der Grenze zu Belarus bleibt angespannt. Das BMVg teilte mit, Staatssekretär Nils "
         "Hilmer habe am Dienstag mit dem litauischen Vizeminister telefoniert.",
         [ev("meeting", ["DEU", "LTU"], date="2026-03-10", mode="phone")]),
    case("tr-msb-is-turkiye", "tr", DAY,
         "Yunanistan'ın Ege'deki faaliyetleri yakından izleniyor. MSB kaynakları, bakanın dün Pakistan "
         "Savunma Bakanı ile telefonda görüştüğünü bildirdi.",
         [ev("meeting", ["PAK", "TUR"], date="2026-03-11", mode="phone")]),
    # ---- pl: the fair city of Kielce is the venue at home
    case("pl-w-kielcach-is-the-venue", "pl", DAY,
         "Szef MON i minister obrony Litwy podpisali we wtorek w Kielcach porozumienie o współpracy "
         "w dziedzinie obrony przeciwlotniczej.",
         [ev("agreement", ["LTU", "POL"], date="2026-03-10", location="POL")]),
    # ---- fr, ja, ko: the grounds of defense fairs at home are the venue of a signing between two guests
    case("fr-salon-du-bourget-is-the-venue", "fr", DAY,
         "Au salon du Bourget, les ministres de la Défense estonien et letton ont signé mardi une lettre "
         "d'intention sur l'achat commun de radars.",
         [ev("agreement", ["EST", "LVA"], date="2026-03-10", location="FRA")]),
    case("fr-villepinte-is-the-venue", "fr", DAY,
         "Le ministre polonais de la Défense a reçu lundi à Villepinte son homologue suédois pour des "
         "entretiens sur la défense aérienne.",
         [ev("meeting", ["POL", "SWE"], date="2026-03-09", location="FRA")]),
    case("fr-satory-is-the-venue", "fr", DAY,
         "À Satory, les chefs d'état-major belge et néerlandais ont signé mardi un plan de coopération pour "
         "2027.",
         [ev("agreement", ["BEL", "NLD"], date="2026-03-10", location="FRA")]),
    case("ja-makuhari-messe-is-the-venue", "ja", DAY,
         "幕張メッセで開かれた防衛装備展示会で、英国とイタリアの国防相は10日、次期戦闘機の共同開発に関する"
         "覚書に署名した。",
         [ev("agreement", ["GBR", "ITA"], date="2026-03-10", location="JPN")]),
    case("ko-kintex-is-the-venue", "ko", DAY,
         "킨텍스에서 열린 방산전시회에서 폴란드와 루마니아 국방장관은 10일 방산협력 양해각서를 체결했다.",
         [ev("agreement", ["POL", "ROU"], date="2026-03-10", location="KOR")]),
    # ---- ko: the defense export business as the subject of a domestic plan delivers nothing
    case("ko-bangsan-suchul-i-is-no-delivery", "ko", DAY,
         "국방부 장관은 12일 국회에서 \"방산수출이 중동과 동남아시아로 넓어지고 있다\"며 베트남과 인도네시아 "
         "시장을 언급했다.",
         []),
    # ---- tr: training support given to another army, told in the continuing passive
    case("tr-egitim-destegi-verilmeye-devam-is-training-given", "tr", DAY,
         "Türkiye tarafından Somali Silahlı Kuvvetleri personeline askeri eğitim ve danışmanlık desteği "
         "verilmeye devam ediliyor.",
         [ev("aid", ["SOM", "TUR"])]),
    # ---- fr: the host tells the reception in the first person
    case("fr-j-ai-recu-mon-homologue-is-a-meeting", "fr", DAY,
         "« J'ai reçu lundi à Paris mon homologue lituanien, Robertas Kaunas », a déclaré la ministre des "
         "Armées devant les sénateurs.",
         [ev("meeting", ["FRA", "LTU"], date="2026-03-09")]),
    # ---- ru: the exercise told with the participle "прошедшее"
    case("ru-proshedshee-uchenie-is-held", "ru", DAY,
         "Совместное учение России и Белоруссии \"Щит Союза\", прошедшее в марте прошлого года, "
         "показало высокую слаженность войск.",
         [ev("exercise", ["BLR", "RUS"], date="2025-03", historical=True)]),
    # ---- ru: the ministry's own board session is no second meeting with the guest of the day before
    case("ru-na-zasedanii-kollegii-is-domestic", "ru", DAY,
         "Накануне Андрей Белоусов провел в Москве переговоры с министром обороны Казахстана Русланом "
         "Жаксылыковым. На заседании коллегии также выступил начальник Генерального штаба Валерий Герасимов, "
         "который доложил о ходе призыва.",
         [ev("meeting", ["KAZ", "RUS"], date="2026-03-11")]),
    # ---- de: MPs approving a purchase and a framework contract with a firm ratify no treaty
    case("de-billigten-den-kauf-is-no-ratification", "de", DAY,
         "Verteidigungsminister Boris Pistorius sprach von einem wichtigen Signal. Die Flugabwehrsysteme "
         "baut ein Gemeinschaftsunternehmen des norwegischen Konzerns Kongsberg und des US-Herstellers "
         "Raytheon. Außerdem billigten die Abgeordneten den Kauf von 40 Transporthubschraubern sowie einen "
         "Rahmenvertrag über Ersatzteile mit Hensoldt.",
         []),
    # ---- fr: a firm receiving an order from the procurement agency is no delivery
    case("fr-a-recu-une-commande-is-no-delivery", "fr", DAY,
         "Les industriels ont multiplié les annonces. Thales France a reçu jeudi de la DGA une commande "
         "de 20 canons Caesar, tandis que Safran a annoncé un partenariat avec un motoriste brésilien pour "
         "produire des moteurs.",
         []),
    # ---- tr: delegations visiting a fair meet no one
    case("tr-fuari-heyetler-ziyaret-etti-is-no-meeting", "tr", DAY,
         "İstanbul'daki savunma fuarı sürüyor. İtalyan ve Alman firmalarının stantları yoğun ilgi gördü. "
         "Fuarı ilk iki günde 80 ülkeden heyetler ziyaret etti.",
         []),
    # ---- tr: firms signing with an unnamed customer or with domestic suppliers sign nothing between states
    case("tr-yerli-tedarikcilerle-imzaladi-is-no-agreement", "tr", DAY,
         "İzmir'de düzenlenen savunma fuarına 600 firma katılıyor. Fuarda en çok konuşulan haber, Otokar'ın "
         "Alman Rheinmetall ile kurduğu ortak girişimin ilk siparişi oldu.\n\nFNSS ise yurt dışındaki bir "
         "müşteriyle 200 milyon dolarlık zırhlı araç sözleşmesi imzaladığını açıkladı. Havelsan ve STM de "
         "yerli tedarikçilerle çok sayıda iş birliği protokolü imzaladı.",
         []),
    # ---- fa: the session of a parliament committee is no meeting with the state named in it
    case("fa-jalase-in-komisiun-is-domestic", "fa", DAY,
         "سخنگوی کمیسیون امنیت ملی گفت وزیر دفاع در جلسه امروز این کمیسیون درباره تحریم‌های آمریکا و بودجه "
         "دفاعی گزارش داد.",
         []),
    # ---- ko: a firm's agreement with domestic suppliers is no agreement with the state of the day's talks
    case("ko-gungnae-hyeomnyeogeopchedeulgwa-is-domestic", "ko", DAY,
         "스페인 국방장관은 12일 계룡대에서 안규백 국방부 장관과 회담했다. 현대위아는 이날 국내 협력업체들과 "
         "부품 공급 협약을 체결했다.",
         [ev("meeting", ["ESP", "KOR"], date="2026-03-12")]),
    # ---- ko: a firm's business agreement with a foreign defense firm is no agreement between states
    case("ko-bangsaneopche-eommuhyeobyak-is-no-agreement", "ko", DAY,
         "업체들의 계약도 잇따랐다. 한국항공우주산업은 12일 스페인 방산업체 인드라와 레이더 공동 개발을 위한 "
         "업무협약을 맺었다.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
