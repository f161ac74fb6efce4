"""The fast path (one automaton pass per language, the relevance gate) predicts exactly what
the plain path (a regex pass per phrase list, every stage on every article) predicts.

Every article of the three evaluation sets (read from ../shared at test time, language
from the gold) and sentences written here for each phrase syntax: `*` compounds, `~` and
`~~` gaps, clitics, and scripts written without spaces.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from milwatch.extract.analysis import HIT_LISTS, DateRef, Hit, PersonRef, SentenceInfo, analyse_article
from milwatch.extract.countries import CountryMention
from milwatch.extract.engine import EVENT_LISTS, Extractor
from milwatch.extract.events import candidate_events
from milwatch.model import Article
from milwatch.packs import PackRegistry

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpus"
SETS = ("dev", "more-languages", "wide")


def _gold_articles() -> list[Article]:
    articles: list[Article] = []
    for name in SETS:
        for path in sorted((SHARED / name).glob("*.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row: dict[str, Any] = json.loads(line)
                    articles.append(Article(id=row["id"], text=row["text"], title=row.get("title"),
                                            published=row.get("published"), source_url=row.get("source_url"),
                                            lang=row.get("lang")))
    return articles


WRITTEN = [  # (lang, text): general news sentences, invented officials
    ("de", "Verteidigungsminister Karl Berger lud seinen polnischen Amtskollegen Jan Nowak nach Berlin ein. "
           "Deutschland und Polen wollen die Ukraine auch mit der Ausbildung von "
           "Soldaten weiter unterstützen. "
           "Die gemeinsame Militärübung der Marinen fand am Montag in der Ostsee statt. "
           "Beide unterzeichneten ein Rüstungsabkommen über die Lieferung von Panzern."),
    ("de", "Der Liefervertrag über die Lieferung von Munition wurde nicht unterzeichnet. "
           "Die Übungen beginnen."),
    ("en", "Indian Defence Minister Ravi Kumar held talks with his Japanese counterpart "
           "Taro Sato in New Delhi "
           "on Monday.  The two sides signed\n\na memorandum of understanding on defence cooperation."),
    ("ar", "استقبل وزير الدفاع المصري أحمد حسن نظيره الأردني في القاهرة، وبحث الجانبان والتعاون العسكري "
           "بين البلدين. ووقع الوزيران مذكرة تفاهم للتعاون الدفاعي."),
    ("he", "שר הביטחון נפגש עם שר ההגנה של יוון בירושלים, והשניים חתמו על הסכם שיתוף פעולה ביטחוני."),
    ("zh", "中国国防部长李明在北京会见了越南国防部长阮文。双方签署了国防合作谅解备忘录。"
           "两国军队举行了联合军事演习。"),
    ("ja", "防衛大臣の田中太郎は東京でオーストラリアの国防大臣と会談した。"
           "両国は防衛協力に関する覚書に署名した。"),
    ("th", "รัฐมนตรีว่าการกระทรวงกลาโหมไทยพบกับรัฐมนตรีกลาโหมมาเลเซียที่กรุงเทพฯ "
           "เพื่อหารือความร่วมมือด้านการทหาร"),
    ("ko", "한국 국방부 장관은 서울에서 미국 국방장관과 회담을 가졌다. 양국은 연합훈련을 실시했다."),
    ("tr", "MİLLÎ SAVUNMA BAKANI Ankara'da Azerbaycan Savunma Bakanı ile görüştü; İKİ ÜLKE "
           "ıŞBİRLİĞİ anlaşması imzaladı."),
    ("en", "The city council met on Tuesday to discuss the new library and the bus timetable."),
    ("fr", "Le ministre des Armées a rencontré son homologue italien à Rome pour un "
           "exercice militaire conjoint."),
]


@pytest.fixture(scope="module")
def plain() -> Extractor:
    return Extractor(PackRegistry(fast_matching=False), gate=False)


def test_gold_sets_are_there() -> None:
    articles = _gold_articles()
    assert len(articles) >= 240, f"expected the three evaluation sets under {SHARED}"


def test_every_gold_article_identical(extractor: Extractor, plain: Extractor) -> None:
    articles = _gold_articles()
    assert extractor.registry.get("de").fast_matching and extractor.gate
    differ = [a.id for a in articles
              if extractor.extract(a).to_prediction() != plain.extract(a).to_prediction()]
    assert differ == []
    gated = [a.id for a in articles if not extractor.resources(a.lang).pack.matches_any(EVENT_LISTS, a.body)]
    # not vacuous: many articles have events
    assert sum(bool(plain.extract(a).events) for a in articles) > 100
    assert gated, "some gold article (a negative) is skipped by the gate"


@pytest.mark.parametrize(("lang", "text"), WRITTEN,
                         ids=[f"{i}-{lang}" for i, (lang, _) in enumerate(WRITTEN)])
def test_written_sentences_identical(extractor: Extractor, plain: Extractor, lang: str, text: str) -> None:
    article = Article(id=f"w-{lang}", text=text, published="2024-06-03", lang=lang)
    assert extractor.extract(article).to_prediction() == plain.extract(article).to_prediction()
    pack, reference = extractor.resources(lang).pack, plain.resources(lang).pack
    fast_hits = [[(m.span(), m.group(0)) for m in found] for found in pack.scan(HIT_LISTS, text)]
    plain_hits = [[(m.span(), m.group(0)) for m in found] for found in reference.scan(HIT_LISTS, text)]
    assert fast_hits == plain_hits


def test_written_sentences_not_vacuous(plain: Extractor) -> None:
    with_events = [lang for lang, text in WRITTEN
                   if plain.extract(Article(id="w", text=text, published="2024-06-03", lang=lang)).events]
    assert len(with_events) >= 5, with_events


def test_no_rule_fires_without_a_gate_trigger(extractor: Extractor) -> None:
    """Why the gate keeps every event: a sentence with every other hit, states, officials and a
    date gives no candidate when none of the gate's trigger lists matched."""
    pack = extractor.resources("en").pack
    text = "Defence Minister A of Poland and General B of Germany, 3 June 2024."
    countries = [CountryMention(29, 35, "POL", "name"), CountryMention(58, 65, "DEU", "name")]
    persons = [PersonRef(17, 18, "A", "A", "defense minister", None, "POL"),
               PersonRef(48, 49, "B", "B", None, "general", "DEU")]
    analysis = analyse_article(text, None, pack, countries, [], persons,
                               [DateRef(51, 62, "2024-06-03", "day")])
    gate_keys = {key for _, key in EVENT_LISTS}
    info: SentenceInfo = analysis.sentences[0]
    others = {key if stem == "triggers" else "marker_" + key: [Hit(0, 1, "D")]
              for stem, key in HIT_LISTS[2:] if key not in gate_keys}
    # (a hardware word at an arrival makes it a delivery, no visit: "materiel" cancels meeting_weak)
    cancelling = ("negative", "pending", "marker_future", "marker_negation", "marker_historical",
                  "agreement_basis", "materiel")
    analysis.defense_context = True
    for hits in (others, {k: v for k, v in others.items() if k not in cancelling}):
        info.hits = dict(hits)
        assert candidate_events(analysis, pack) == [], sorted(hits)
        for _, key in EVENT_LISTS:  # each gate trigger alone can start a candidate in such a sentence
            info.hits = {k: v for k, v in hits.items() if k not in cancelling} | {key: [Hit(0, 1, "D")]}
            if key == "agreement":
                continue  # a signing also needs a document noun near it, which Hit(0, 1) is not
            assert candidate_events(analysis, pack) != [], key
