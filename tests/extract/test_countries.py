"""The country finder: CLDR names per language, pack names, demonyms, inflections, places,
masks and the capitalisation rule, on phrases written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

from milwatch.extract.countries import CountryFinder, alpha2_to_alpha3, cldr_names, strip_accents
from milwatch.packs import PackRegistry


@cache
def finder(lang: str) -> CountryFinder:
    return CountryFinder.for_pack(PackRegistry().get(lang))


def found(lang: str, text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.code) for m in finder(lang).find(text)]


def codes(lang: str, text: str) -> list[str]:
    return [code for _, code in found(lang, text)]


# --- CLDR -------------------------------------------------------------------------------


def test_alpha2_to_alpha3() -> None:
    mapping = alpha2_to_alpha3()
    assert (mapping["DE"], mapping["VN"], mapping["AZ"], mapping["XK"]) == ("DEU", "VNM", "AZE", "XKX")


@pytest.mark.parametrize(("locale", "name", "code"), [
    ("de", "Aserbaidschan", "AZE"),
    ("fr", "Azerbaïdjan", "AZE"),
    ("ru", "Азербайджан", "AZE"),
    ("vi", "Việt Nam", "VNM"),
    ("en", "Azerbaijan", "AZE"),
])
def test_cldr_names(locale: str, name: str, code: str) -> None:
    assert cldr_names(locale)[name] == code


def test_cldr_names_leave_out_regions_and_unknown_locales() -> None:
    names = cldr_names("en")
    assert "European Union" not in names and "World" not in names
    assert cldr_names("zz-not-a-locale") == {}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("de", "Gespräche zwischen Aserbaidschan und Vietnam", [("Aserbaidschan", "AZE"), ("Vietnam", "VNM")]),
    ("de", "die Türkei, Großbritannien und die Vereinigten Staaten",
     [("Türkei", "TUR"), ("Großbritannien", "GBR"), ("Vereinigten Staaten", "USA")]),
    ("vi", "Việt Nam, Liên bang Nga, Ấn Độ, Hàn Quốc và Nhật Bản",
     [("Việt Nam", "VNM"), ("Liên bang Nga", "RUS"), ("Ấn Độ", "IND"), ("Hàn Quốc", "KOR"),
      ("Nhật Bản", "JPN")]),
    ("en", "talks between Azerbaijan, Viet Nam and the Philippines",
     [("Azerbaijan", "AZE"), ("Viet Nam", "VNM"), ("Philippines", "PHL")]),
    ("fr", "l'Azerbaïdjan, le Viêt Nam, la Russie et l'Allemagne",
     [("Azerbaïdjan", "AZE"), ("Viêt Nam", "VNM"), ("Russie", "RUS"), ("Allemagne", "DEU")]),
    ("ru", "Азербайджан, Вьетнам и Китай", [("Азербайджан", "AZE"), ("Вьетнам", "VNM"), ("Китай", "CHN")]),
], ids=["de", "de-articles", "vi", "en", "fr", "ru"])
def test_country_names_per_language(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(lang, text) == expected


def test_english_names_work_in_every_language() -> None:
    assert codes("de", "Treffen mit Vertretern aus Azerbaijan") == ["AZE"]
    assert codes("vi", "đoàn đại biểu Azerbaijan") == ["AZE"]


def test_language_without_pack_gets_cldr_names() -> None:
    """A language with no folder still finds English and (when CLDR knows it) its own names."""
    assert codes("xx", "Azerbaijan and Russia") == ["AZE", "RUS"]
    assert codes("nl", "Duitsland en Frankrijk") == ["DEU", "FRA"]


# --- inflections --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("die Regierung Aserbaidschans", [("Aserbaidschans", "AZE")]),
    ("Frankreichs Marine und Vietnams Armee", [("Frankreichs", "FRA"), ("Vietnams", "VNM")]),
    ("die Streitkräfte Irans und Israels", [("Irans", "IRN"), ("Israels", "ISR")]),
])
def test_german_genitive(text: str, expected: list[tuple[str, str]]) -> None:
    assert found("de", text) == expected


def test_german_word_that_only_begins_with_a_name_is_not_a_country() -> None:
    assert found("de", "die Indienststellung der Fregatte") == []
    assert found("de", "Indiens Marine") == [("Indiens", "IND")]


@pytest.mark.parametrize(("text", "code"), [
    ("России", "RUS"), ("Азербайджана", "AZE"), ("Вьетнамом", "VNM"), ("Индией", "IND"), ("Беларуси", "BLR"),
    ("Украины", "UKR"), ("Казахстаном", "KAZ"),
])
def test_russian_case_endings(text: str, code: str) -> None:
    assert found("ru", f"делегация {text} прибыла") == [(text, code)]


# --- demonyms and adjectives ----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Polish troops and Filipino sailors", [("Polish", "POL"), ("Filipino", "PHL")]),
    ("en", "Russians, Vietnamese and Koreans",
     [("Russians", "RUS"), ("Vietnamese", "VNM"), ("Koreans", "KOR")]),
    ("de", "aserbaidschanische Soldaten und der estnischen Marine", [("aserbaidschanische", "AZE"),
                                                                     ("estnischen", "EST")]),
    ("de", "Chinesen und Omanische Offiziere", [("Chinesen", "CHN"), ("Omanische", "OMN")]),
    ("fr", "l'armée française et des soldats vietnamiens", [("française", "FRA"), ("vietnamiens", "VNM")]),
    ("ru", "российский министр", [("российский", "RUS")]),
], ids=["en", "en-plural", "de-inflected", "de-noun", "fr", "ru"])
def test_demonyms(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(lang, text) == expected


def test_french_plural_demonym_with_a_base_homograph() -> None:
    assert found("fr", "les forces russes") == [("russes", "RUS")]


def test_english_demonyms_and_names_must_be_capitalised() -> None:
    assert found("en", "polish the boots, a turkey dinner and china plates") == []
    assert (found("en", "Polish boots, Turkey and China")
            == [("Polish", "POL"), ("Turkey", "TUR"), ("China", "CHN")])


def test_german_adjectives_are_lowercase() -> None:
    """German writes adjectives in lowercase: only names and places need a capital there."""
    assert found("de", "polnische Soldaten") == [("polnische", "POL")]
    assert found("de", "die türkei") == []


def test_possessive() -> None:
    assert found("en", "Russia's navy") == [("Russia", "RUS")]


# --- places and organisations -----------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text", "place", "code"), [
    ("en", "arrived in Manila", "Manila", "PHL"),
    ("de", "Gespräche in Baku", "Baku", "AZE"),
    ("vi", "tại Hà Nội", "Hà Nội", "VNM"),
    ("ru", "переговоры в Москве", "Москве", "RUS"),
])
def test_places(lang: str, text: str, place: str, code: str) -> None:
    mentions = finder(lang).find(text)
    assert [(text[m.start:m.end], m.code, m.kind) for m in mentions] == [(place, code, "place")]
    assert mentions[0].is_state


def test_organisations_have_lowercase_codes_and_are_not_states() -> None:
    mentions = finder("en").find("NATO, ASEAN, the EU and the UN")
    assert [m.code for m in mentions] == ["nato", "asean", "eu", "un"]
    assert not any(m.is_state for m in mentions)


# --- masks ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "patrols in the South China Sea"),
    ("en", "security in the Indian Ocean"),
    ("en", "talks on the Korean Peninsula"),
    ("en", "cooperation in Southeast Asia and Latin America"),
    ("fr", "en mer de Chine méridionale"),
    ("ru", "в Южно-Китайском море"),
])
def test_masked_regions_are_not_countries(lang: str, text: str) -> None:
    assert found(lang, text) == []


def test_mask_only_covers_its_own_span() -> None:
    assert (found("en", "Chinese ships in the South China Sea near China")
            == [("Chinese", "CHN"), ("China", "CHN")])


def test_masks_from_a_pack_written_for_the_test(tmp_path) -> None:
    """A "-" entry in countries.toml masks a phrase that contains a country name."""
    (tmp_path / "_base").mkdir()
    (tmp_path / "_base" / "pack.toml").write_text('code = "_base"\n', encoding="utf-8")
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "pack.toml").write_text('code = "xx"\ncldr_locale = "en"\n', encoding="utf-8")
    (tmp_path / "xx" / "countries.toml").write_text(
        '[names]\n"Georgia Tech" = "-"\n"Sakartvelo" = "GEO"\n', encoding="utf-8")
    local = CountryFinder.for_pack(PackRegistry(tmp_path).get("xx"))
    text = "A Georgia Tech team visited Sakartvelo and Georgia."
    assert ([(text[m.start:m.end], m.code) for m in local.find(text)]
            == [("Sakartvelo", "GEO"), ("Georgia", "GEO")])


# --- text handling ---------------------------------------------------------------------------


def test_mentions_are_in_text_order_and_do_not_overlap() -> None:
    mentions = finder("en").find("The Democratic Republic of the Congo and the Republic "
                                 "of the Congo met Congo")
    spans = [(m.start, m.end) for m in mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert [m.code for m in mentions][:2] == ["COD", "COG"]


def test_word_boundaries() -> None:
    assert found("en", "Omanization and Perusal") == []


def test_strip_accents() -> None:
    assert strip_accents("Việt Nam Đà Nẵng") == "Viet Nam Da Nang"


def test_empty_text() -> None:
    assert finder("en").find("") == []


# --- combining forms (countries.combining_forms) ---------------------------------------------


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "les manœuvres franco-indiennes", [("franco", "FRA"), ("indiennes", "IND")]),
    ("fr", "le partenariat maroco-espagnol", [("maroco", "MAR"), ("espagnol", "ESP")]),
    ("en", "the Franco-German brigade and Indo-US talks",
     [("Franco", "FRA"), ("German", "DEU"), ("Indo", "IND"), ("US", "USA")]),
    ("it", "l'esercitazione italo-francese", [("italo", "ITA"), ("francese", "FRA")]),
    ("es", "las maniobras hispano-marroquíes", [("hispano", "ESP"), ("marroquíes", "MAR")]),
    ("el", "η ελληνοαιγυπτιακή άσκηση", [("ελληνο", "GRC"), ("αιγυπτιακή", "EGY")]),
    ("el", "η ελληνοϊσραηλινή συνεργασία και τα ελληνο-τουρκικά",
     [("ελληνο", "GRC"), ("ϊσραηλινή", "ISR"), ("ελληνο", "GRC"), ("τουρκικά", "TUR")]),
    ("vi", "quan hệ Việt - Lào và Lào-Việt",
     [("Việt", "VNM"), ("Lào", "LAO"), ("Lào", "LAO"), ("Việt", "VNM")]),
    ("vi", "hợp tác Việt-Hàn", [("Việt", "VNM"), ("Hàn", "KOR")]),
], ids=["fr-franco", "fr-maroco", "en", "it", "es", "el-direct", "el-diaeresis-hyphen", "vi-pair",
        "vi-short"])
def test_combining_forms_joined_to_a_state(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(lang, text) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "security in the Indo-Pacific", []),
    ("en", "Indochina and Indonesia", [("Indonesia", "IDN")]),
    ("es", "el general Franco y el régimen", []),
    ("fr", "la zone indo-pacifique", []),
    ("vi", "Trung tâm huấn luyện, cập nhật - Lào", [("Lào", "LAO")]),
    ("vi", "Việt Nam - Trung Quốc", [("Việt Nam", "VNM"), ("Trung Quốc", "CHN")]),
], ids=["indo-pacific", "indochina", "franco-surname", "fr-indo-pacifique", "vi-lowercase", "vi-full-names"])
def test_combining_forms_alone_name_nobody(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(lang, text) == expected
