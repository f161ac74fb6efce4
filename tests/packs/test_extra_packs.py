"""The language packs beyond en/de/vi (fr es it pt ru uk pl tr ar id): they load, their data is
well-formed, and a sentence written for each language yields the expected event."""

from __future__ import annotations

import tomllib

import pytest
from babel.core import get_global

from milwatch.extract.countries import cldr_names, strip_accents
from milwatch.extract.engine import Extractor
from milwatch.model import DOC_TYPES, RANKS, Article
from milwatch.packs.loader import PACKS_DIR, PackRegistry
from milwatch.packs.phrases import compile_phrases

LANGS = ("fr", "es", "it", "pt", "ru", "uk", "pl", "tr", "ar", "id")
ORG_CODES = frozenset({"nato", "un", "eu", "asean", "csto", "sco", "osce", "au", "gcc", "cis"})
NOT_A_COUNTRY = "-"  # masks a phrase holding a country name that is not one ("Amérique latine")
FILES = ("pack", "triggers", "doc_types", "areas", "markers", "countries", "titles", "dates")
EVENT_KEYS = ("meeting", "agreement", "intent", "exercise", "aid", "support")

# (language, sentence, expected type, expected countries): written for these tests, general
# news phrasing in each language.
SENTENCES = [
    ("fr", "Le ministre français de la Défense a reçu mardi à Paris son homologue sénégalais pour des "
           "entretiens sur la coopération militaire.", "meeting", ["FRA", "SEN"]),
    ("es", "El ministro de Defensa de Chile firmó un memorando de entendimiento sobre "
           "cooperación militar con "
           "su homólogo de Perú.", "agreement", ["CHL", "PER"]),
    ("it", "Il ministro della Difesa italiano ha incontrato a Roma il ministro della "
           "Difesa greco per colloqui "
           "sulla cooperazione militare.", "meeting", ["GRC", "ITA"]),
    ("pt", "O ministro da Defesa de Angola e o seu homólogo de Cabo Verde assinaram um acordo de cooperação "
           "militar.", "agreement", ["AGO", "CPV"]),
    ("ru", "Министр обороны Армении провёл переговоры с министром обороны Греции.", "meeting",
     ["ARM", "GRC"]),
    ("uk", "Міністри оборони Литви та Польщі підписали меморандум про співпрацю у сфері оборони.",
     "agreement", ["LTU", "POL"]),
    ("pl", "Minister obrony narodowej Polski spotkał się z ministrem obrony Rumunii.", "meeting",
     ["POL", "ROU"]),
    ("tr", "Türkiye Milli Savunma Bakanı, Macaristan Savunma Bakanı ile Ankara'da görüştü.", "meeting",
     ["HUN", "TUR"]),
    ("ar", "وقع وزير الدفاع الأردني ونظيره الإماراتي مذكرة تفاهم للتعاون العسكري.", "agreement",
     ["ARE", "JOR"]),
    ("id", "Menteri Pertahanan Indonesia menerima kunjungan Menteri Pertahanan Malaysia di Jakarta untuk "
           "membahas kerja sama pertahanan.", "meeting", ["IDN", "MYS"]),
]


def _own(code: str, stem: str) -> dict:
    return tomllib.loads((PACKS_DIR / code / f"{stem}.toml").read_text(encoding="utf-8"))


def _iso3() -> frozenset[str]:
    codes = {"XKX"}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and alias.isupper() and len(targets) == 1:
            codes.add(alias)
    return frozenset(codes)


@pytest.mark.parametrize("code", LANGS)
def test_pack_loads_with_every_file(registry: PackRegistry, code: str) -> None:
    pack = registry.get(code)
    assert pack.has_own_folder
    assert pack.get("pack", "code") == code
    assert code in registry.available()
    for stem in FILES:
        assert (PACKS_DIR / code / f"{stem}.toml").is_file(), f"{code}/{stem}.toml missing"
    for key in EVENT_KEYS + ("defense_context", "mode_phone", "mode_visit", "mode_multilateral", "host"):
        assert pack.phrases("triggers", key), f"{code}: triggers.{key} is empty"
    assert set(pack.get("doc_types", "doc_types")) <= set(DOC_TYPES)
    assert set(pack.get("titles", "ranks")) <= set(RANKS)


@pytest.mark.parametrize("code", LANGS)
def test_phrases_are_lowercase_and_compile(code: str) -> None:
    for stem in ("triggers", "markers", "doc_types", "areas"):
        for key, value in _own(code, stem).items():
            lists = value.values() if isinstance(value, dict) else [value]
            for phrases in lists:
                assert all(p == p.lower() for p in phrases), f"{code}/{stem}.{key}: phrases are lowercase"
                compile_phrases(phrases)


@pytest.mark.parametrize("code", LANGS)
def test_country_codes_are_states_or_organisations(code: str) -> None:
    iso3 = _iso3()
    for table, entries in _own(code, "countries").items():
        for key, value in entries.items():
            assert (value in iso3 or value in ORG_CODES
                    or value == NOT_A_COUNTRY), f"{code}/countries.{table}: {key}"


@pytest.mark.parametrize("code", LANGS)
def test_adjectives_do_not_shadow_country_names(code: str) -> None:
    """A demonym key equal to a (stem of a) country name would be taken as that name, which must be
    capitalised: "polsk*" next to Polska's stem "polsk" would never match "polskim".  A whole adjective
    written as the whole name in lower case is read as the adjective where not capitalised (es "una
    delegación militar china"), so only prefixes and stems clash."""
    pack = PackRegistry().get(code)
    strip = str(pack.get("pack", "name_stem_strip", "") or "")
    names: set[str] = set()
    stems: set[str] = set()
    sources = list(_own(code, "countries").get("names", {})) + list(cldr_names(code)) + list(cldr_names("en"))
    for name in sources:
        surface = name.strip().rstrip("*").lower()
        names.update({surface, strip_accents(surface)})
        if strip and surface[-1:] in strip and len(surface) > 4:
            stems.add(surface[:-1])
    own = _own(code, "countries").get("adjectives", {})
    clashes = [a for a, v in own.items() if v != NOT_A_COUNTRY and (
        a.rstrip("*").lower() in stems - names or (a.endswith("*") and a.rstrip("*").lower() in names))]
    assert not clashes


@pytest.mark.parametrize(("code", "text", "kind", "countries"), SENTENCES, ids=[s[0] for s in SENTENCES])
def test_sentence_yields_event(extractor: Extractor, code: str, text: str, kind: str,
                               countries: list[str]) -> None:
    article = Article(id=f"test-{code}", text=text, published="2024-03-05", lang=code)
    events = extractor.extract(article).events
    found = [(e.type, e.countries) for e in events]
    assert (kind, countries) in found, found
