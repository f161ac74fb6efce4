"""Engine rules of session 15: each case is an invented short article.

Combining forms (countries.combining_forms): a state's learned combining form names that state when a
dash joins it to another state word ("franco-italien", "Indo-US", "hispano-marroquí", vi "Việt - Lào"),
or, in Greek, when it is written onto its partner ("ελληνοαιγυπτιακή"). Before, only the second state
of the compound was found, so the event lost its first party (or was none).

Wire datelines (extract/datelines.py): a state named where a wire's dateline stands ("Singapur, 31 may
(EFE).-", "Singapour (AFP) -", "【シンガポール共同】", "(싱가포르=연합뉴스)", "新华社新加坡5月31日电", also
after lines of web furniture) is where the report was filed. Before, only upper-case datelines were
places, and Singapore became a party, or the home state, of every Shangri-La Dialogue report.

The talks just before (_merge.date_from_talks_before): an undated current event takes the day (and place)
of the talks or signing between the same states told just before it, when no dated event of other states
stands between ("On 10 March in New Delhi, he co-chaired the dialogue ... After the dialogue, the two sides
signed a memorandum"). Before, one stop of a tour that was not the article's main meeting was dated by
the day of publication.

A year in review (year_review.py): a title naming the year of publication and a text going through three
or more of its months without their year ("A gennaio ...", "A marzo ...") keeps those months in that
year (January told in late December was read as next January) and reports them as news, not background.

A bilateral after a trilateral (triggers.bilateral, fed by the concept `bilateral`): a sentence telling a
bilateral meeting ("ein bilaterales Treffen", "舉行雙邊會談", "في لقاء ثنائي") is one meeting of two, not
the three or four states of the trilateral the article reports.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

CASES = [
    case("fr-franco-italien-exercise", "fr", "2026-05-16",
         "L'exercice naval franco-italien a débuté lundi au large de la Sardaigne, selon l'état-major. "
         "Deux frégates et un sous-marin y participent jusqu'à vendredi.",
         [ev("exercise", ["FRA", "ITA"], date="2026-05")]),
    case("en-indo-us-exercise", "en", "2026-05-16",
         "The Indo-US military exercise began on Monday in the Himalayan foothills, officials said. "
         "About 600 soldiers from each side take part in the two-week drill.",
         [ev("exercise", ["IND", "USA"], date="2026-05")]),
    case("es-hispano-marroqui-agreement", "es", "2026-05-16",
         "Los ministros de Defensa firmaron el jueves un memorando de entendimiento hispano-marroquí sobre "
         "cooperación militar en materia de formación.",
         [ev("agreement", ["ESP", "MAR"], doc_type="memorandum", date="2026-05-14")]),
    case("el-compound-exercise", "el", "2026-05-16",
         "Ξεκίνησε τη Δευτέρα η ελληνοαιγυπτιακή αεροναυτική άσκηση στη νοτιοανατολική Μεσόγειο, "
         "ανακοίνωσε το Γενικό Επιτελείο Εθνικής Άμυνας. Συμμετέχουν φρεγάτες και μαχητικά αεροσκάφη.",
         [ev("exercise", ["EGY", "GRC"], date="2026-05")]),
    case("es-efe-dateline-city-state", "es", "2026-06-01",
         "Singapur, 31 may (EFE).- El ministro de Defensa de Japón se reunió este sábado con su homólogo de "
         "Filipinas en el marco del Diálogo de Shangri-La.",
         [ev("meeting", ["JPN", "PHL"], date="2026-05-30")]),
    case("ja-kyodo-dateline-city-state", "ja", "2026-06-01",
         "【シンガポール共同】中谷元防衛相は31日、アジア安全保障会議に合わせてフィリピンのテオドロ国防相と会談した。",
         [ev("meeting", ["JPN", "PHL"], date="2026-05-31")]),
    case("ko-yonhap-dateline-city-state", "ko", "2026-06-01",
         "(싱가포르=연합뉴스) 홍길동 특파원 = 안규백 국방부 장관은 31일 샹그릴라 대화 계기에 "
         "필리핀 국방장관과 회담했다.",
         [ev("meeting", ["KOR", "PHL"], date="2026-05-31")]),
    case("zh-xinhua-dateline-after-furniture", "zh", "2026-06-01",
         "新华网 国际\n2026年06月01日 08:10\n字号：大 中 小\n"
         "新华社新加坡5月31日电 国防部长董军31日在香格里拉对话会期间会见了越南国防部长潘文江。",
         [ev("meeting", ["CHN", "VNM"], date="2026-05-31")]),
    case("en-tour-signing-after-the-talks-of-its-stop", "en", "2026-03-14",
         "Vietnamese Deputy Defence Minister Hoang Xuan Chien paid official visits to India and Sri Lanka "
         "from 9 to 13 March. On 10 March in New Delhi, he co-chaired the defence policy dialogue with "
         "Indian Defence Secretary Rajesh Kumar Singh. After the dialogue, the two sides signed a memorandum "
         "of understanding on cooperation in UN peacekeeping.",
         [ev("meeting", ["IND", "VNM"], date="2026-03-10"),
          ev("agreement", ["IND", "VNM"], doc_type="memorandum", date="2026-03-10"),
          ev("meeting", ["LKA", "VNM"])]),
    case("fr-tour-pledge-after-the-talks-of-its-stop", "fr", "2026-09-25",
         "La ministre française des Armées s'est rendue en Inde et en Indonésie. Le 21 septembre à New "
         "Delhi, elle s'est entretenue avec le ministre indien de la Défense. Les deux ministres sont "
         "convenus de porter l'exercice aérien Garuda à un rythme annuel. Le 23 septembre à Jakarta, elle a "
         "rencontré le ministre indonésien de la Défense.",
         [ev("meeting", ["FRA", "IND"], date="2026-09-21"), ev("intent", ["FRA", "IND"], date="2026-09-21"),
          ev("meeting", ["FRA", "IDN"], date="2026-09-23")]),
    case("it-year-in-review-months", "it", "2026-12-29",
         "A gennaio il ministro italiano della Difesa ha incontrato a Kyiv il ministro ucraino della Difesa. "
         "A marzo l'Italia e la Germania hanno firmato a Berlino un memorandum d'intesa sulla difesa. "
         "A giugno la Marina italiana ha condotto un'esercitazione congiunta con la Marina indiana.",
         [ev("meeting", ["ITA", "UKR"], date="2026-01", historical=False),
          ev("agreement", ["DEU", "ITA"], date="2026-03", historical=False, doc_type="memorandum"),
          ev("exercise", ["IND", "ITA"], date="2026-06", historical=False)],
         title="Un anno di Difesa: il 2026 mese per mese"),
    case("de-bilateral-after-trilateral", "de", "2026-07-03",
         "Die Verteidigungsminister Deutschlands, Frankreichs und Polens trafen sich am Donnerstag in "
         "Weimar zu trilateralen Gesprächen. Am Rande fand ein bilaterales Treffen zwischen dem polnischen "
         "Verteidigungsminister und seinem französischen Amtskollegen statt.",
         [ev("meeting", ["DEU", "FRA", "POL"], date="2026-07-02"), ev("meeting", ["FRA", "POL"])]),
    case("zh-bilateral-after-quadrilateral", "zh", "2026-05-31",
         "美國、日本、澳洲及菲律賓國防部長30日在新加坡舉行四國防長會談。美國國防部長同日另與日本防衛大臣舉行雙邊會談，"
         "雙方同意加強合作。",
         [ev("meeting", ["AUS", "JPN", "PHL", "USA"], date="2026-05-30"),
          ev("meeting", ["JPN", "USA"], date="2026-05-30"), ev("intent", ["JPN", "USA"])]),
    case("it-italo-lone-word-is-no-state", "it", "2026-05-16",
         "Roma – La sicurezza dell'Indo-Pacifico è stata al centro del convegno organizzato ieri dal "
         "centro studi della Difesa, con esperti e ufficiali in pensione.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict]) -> None:
    check_case(extractor, lang, published, title, text, expected)
