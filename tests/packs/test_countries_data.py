"""The country vocabulary of the packs (countries.toml): valid codes, clean keys, coverage."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from babel.core import get_global

from milwatch.extract.countries import NOT_A_COUNTRY
from milwatch.packs.loader import PACKS_DIR, PackRegistry

ORG_CODES = frozenset({"nato", "un", "eu", "asean", "csto", "sco", "osce", "au", "gcc", "cis"})
TABLES = ("names", "adjectives", "places", "ship_prefixes", "combining_forms")
LANGS = ("en", "de", "vi")
FILES = ("_base", *LANGS)
# CLDR aliases that are retired codes or not ISO 3166-1 (Kosovo is XKX by convention).
RETIRED_ALPHA3 = frozenset({"BUR", "ZAR", "DDR", "FXX", "TMP", "YMD", "ROM", "TPE", "XKK"})
NOT_STATES = frozenset({"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"})
CLDR_LOCALES = (*LANGS, "fr", "es", "it", "pt", "pl", "ru", "uk", "tr", "ar", "id", "ro", "nl")
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

_UN_MEMBERS_TEXT = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN BGR
BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY
SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN
IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP
SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
"""
UN_MEMBERS = frozenset(_UN_MEMBERS_TEXT.split())

# States deliberately without a demonym: the word names another state or a region
# (Dominican/dominikanisch = DOM, Central African/zentralafrikanisch = a region, Congolese = COD).
NO_ADJECTIVE = frozenset({"DMA", "CAF", "COG"})
# States without a place of their own: the capital is the country's name (Kuwait, Singapore, San
# Marino, São Tomé...) or a word/name shared with other places (Kingston, Georgetown, San José, St. John's).
NO_PLACE = frozenset({"ATG", "CRI", "GRD", "GUY", "JAM", "SMR", "STP"})
# Common words or names shared by several places: must never be place keys.
FORBIDDEN_PLACES = ("male", "praia", "victoria", "nice", "bath", "kingston", "georgetown", "san jose",
                    "st. john's", "reading", "split", "mobile", "porto", "rota", "valencia", "perth", "brest",
                    "hòa bình", "thái bình", "bình dương", "hải dương", "hải nam", "viên", "hue")


def _read(code: str) -> dict[str, dict[str, str]]:
    return tomllib.loads((PACKS_DIR / code / "countries.toml").read_text(encoding="utf-8"))


@cache
def iso3_codes() -> frozenset[str]:
    """Current ISO 3166-1 alpha-3 codes of the territories CLDR names, plus Kosovo's XKX."""
    named = {c for c in Locale("en").territories if len(c) == 2 and c.isalpha() and c not in NOT_STATES}
    codes = {"XKX"}
    for alias, targets in get_global("territory_aliases").items():
        if (len(alias) == 3 and alias.isalpha() and alias not in RETIRED_ALPHA3 and len(targets) == 1
                and targets[0] in named):
            codes.add(alias)
    return frozenset(codes)


@cache
def cldr_names(locale: str) -> dict[str, str]:
    """Lowercased CLDR country name -> ISO3."""
    to3 = {"XK": "XKX"}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and alias not in RETIRED_ALPHA3 and len(targets) == 1:
            to3.setdefault(targets[0], alias)
    return {name.lower(): to3[c] for c, name in Locale.parse(locale).territories.items()
            if c in to3 and c not in NOT_STATES}


def merged_entries(lang: str) -> list[tuple[str, str, str, str]]:
    """(file, table, key, code) of _base plus one language."""
    return [(f, t, k, v) for f in ("_base", lang) for t, table in _read(f).items() for k, v in table.items()]


@pytest.mark.parametrize("code", FILES)
def test_tables_and_values_are_known(code: str) -> None:
    data = _read(code)
    assert set(data) <= set(TABLES)
    valid = iso3_codes() | ORG_CODES | {NOT_A_COUNTRY}
    bad = [(t, k, v) for t, table in data.items() for k, v in table.items() if v not in valid]
    assert not bad
    assert not [k for k, v in data.get("adjectives", {}).items() if v in ORG_CODES]


def test_codes_are_current_iso3() -> None:
    codes = iso3_codes()
    assert {"AZE", "VNM", "DEU", "MMR", "XKX", "TLS", "COD"} <= codes
    assert not {"BUR", "DDR", "ZAR", "XKK", "QUU"} & codes


@pytest.mark.parametrize("code", [*LANGS, "tr", "xx"])
def test_packs_load_with_country_tables(code: str) -> None:
    pack = PackRegistry().get(code)
    names = pack.get("countries", "names", {})
    places = pack.get("countries", "places", {})
    assert names["NATO"] == "nato" and places["Baku"] == "AZE"
    if code in LANGS:
        assert pack.get("countries", "names") is not None
    if code in ("en", "de"):
        assert len(pack.get("countries", "adjectives", {})) > 300


@pytest.mark.parametrize("code", FILES)
def test_no_duplicate_keys_across_case(code: str) -> None:
    seen: dict[str, str] = {}
    for table, entries in _read(code).items():
        for key in entries:
            folded = key.strip().lower()
            assert folded not in seen, f"{key!r} in [{table}] repeats [{seen.get(folded)}]"
            seen[folded] = table


@pytest.mark.parametrize("code", FILES)
def test_key_syntax(code: str) -> None:
    for table, entries in _read(code).items():
        for key in entries:
            assert key == key.strip() and "  " not in key and "\n" not in key, key
            assert "*" not in key[:-1], f"`*` only at the end: {key!r}"
            assert len(key.rstrip("*")) >= 2, key
            if table == "combining_forms":  # one word, its dash (if any) last: "franco-", "ελληνο", "Việt-"
                assert " " not in key and "*" not in key and "-" not in key[:-1], key
            elif table == "adjectives":
                assert key == key.lower(), f"adjectives are lowercase phrases: {key!r}"
            else:  # a mask ("-") may open with a common noun: the finder needs no capital for it
                assert (not key[0].islower() or entries[key] == "-"
                        or key.split()[0] in ("the", "nước")), f"names are capitalised: {key!r}"


@pytest.mark.parametrize("lang", LANGS)
def test_one_code_per_surface_in_merged_pack(lang: str) -> None:
    seen: dict[str, tuple[str, str, str]] = {}
    for file, table, key, value in merged_entries(lang):
        folded = key.lower()
        if folded in seen:
            assert seen[folded][2] == value, f"{key!r}: {seen[folded]} vs {(file, table, value)}"
        seen[folded] = (file, table, value)


@pytest.mark.parametrize("lang", CLDR_LOCALES)
def test_no_contradiction_with_cldr(lang: str) -> None:
    cldr = {**cldr_names("en"), **cldr_names(lang)}
    pack_langs = ("_base", lang) if lang in LANGS else ("_base",)
    clashes = [(f, k, v, cldr[k.lower()]) for f in pack_langs for table in _read(f).values()
               for k, v in table.items() if k.lower() in cldr and cldr[k.lower()] != v]
    assert not clashes


@pytest.mark.parametrize("code", FILES)
def test_adjectives_do_not_shadow_cldr_names(code: str) -> None:
    """A demonym spelled like a country name ("argentina") would turn the name into an adjective."""
    locales = CLDR_LOCALES if code == "_base" else ("en", code)
    names = {name for locale in locales for name in cldr_names(locale)}
    assert not [k for k in _read(code).get("adjectives", {}) if k in names]


def test_base_agrees_with_every_language_pack() -> None:
    """Other packs (es, fr, ru...) extend _base: a surface must keep its code there too, or be masked
    ("-") where it is a common word or given name of the pack's language (ro "Georgiana")."""
    base = {k.lower(): v for table in _read("_base").values() for k, v in table.items()}
    for folder in sorted(PACKS_DIR.iterdir()):
        if folder.name.startswith("_") or not (folder / "countries.toml").exists():
            continue
        for table in _read(folder.name).values():
            clashes = [(folder.name, k, v) for k, v in table.items()
                       if base.get(k.lower(), v) != v and v != "-"]
            assert not clashes


def test_ambiguous_words_are_not_places() -> None:
    keys = {k.lower() for f in FILES for k in _read(f).get("places", {})}
    assert not keys & set(FORBIDDEN_PLACES)


def test_every_un_member_has_a_place() -> None:
    places = {v for f in FILES for v in _read(f).get("places", {}).values()}
    missing = UN_MEMBERS - NO_PLACE - places
    assert not missing
    assert len(UN_MEMBERS) == 193


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_un_member_has_an_adjective(lang: str) -> None:
    covered = set(_read(lang).get("adjectives", {}).values())
    missing = UN_MEMBERS - covered - NO_ADJECTIVE
    assert not missing


def _gold_countries() -> set[str]:
    files = sorted(SHARED_CORPUS.glob("dev/*.jsonl")) + sorted(SHARED_CORPUS.glob("more-languages/*.jsonl"))
    codes: set[str] = set()
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                for event in json.loads(line).get("events") or []:
                    codes.update(event.get("countries") or [])
    return codes


def test_english_demonyms_cover_gold_countries() -> None:
    gold = _gold_countries()
    if not gold:
        pytest.skip(f"no gold corpus under {SHARED_CORPUS}")
    states = {c for c in gold if c.isupper()}
    assert not states - set(_read("en")["adjectives"].values())
    assert {c for c in gold if c.islower()} <= ORG_CODES
