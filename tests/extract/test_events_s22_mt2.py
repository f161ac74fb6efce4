"""The extract stage on short pages in the style of machine-translated defense news, written for these tests
(none of these sentences is in tests/data/heldout/mt2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general wording of the languages a translator writes into, which
the press of those languages uses too: Italian "Malesia" (Malaysia) and titles written with a dot before a
name ("il Sig.", "il gen."), which end no sentence; Spanish and Portuguese arrivals of hardware with the day
between the verb and the place ("llegaron el martes al puerto", "chegaram na terça-feira ao"); support of a
state's sovereignty with an adverb between ("apoya firmemente la soberanía", "apoia firmemente a
soberania"); the French plural "les activités de l'exercice … se sont conclues"; Vietnamese "ngày 26" with no
month after it (a day of the base month, as Chinese 26日 and Korean 26일 are translated); an English "ALSO
READ:" label alone on its line with the headlines under it.

Second round: the styles of Gulf royals written before a name in wire copy (de "Seine Hoheit Scheich", pt
"Sua Alteza o Xeque", fr "Son Altesse le cheikh", es "Su Alteza el jeque", it "Sua Altezza lo sceicco", ru
"его высочество шейх") are honorifics, no part of the name; "ben" (fr) and "бен", "бин", "ибн" (ru) stand
inside Arabic names. Third round: Malaysian styles left untranslated before a name ("Dato' Seri",
"Datuk Seri", "Tan Sri") are honorifics in it, de, fr, es and pt.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- it: Malaysia by its Italian name; "Sig." and "gen." before a name end no sentence
    case("it-malesia-is-malaysia", "it", DAY,
         "Il ministro della Difesa indonesiano ha incontrato martedì a Giacarta il ministro della Difesa "
         "della Malesia.",
         [ev("meeting", ["IDN", "MYS"], location="IDN")]),
    case("it-sig-before-a-name-ends-no-sentence", "it", DAY,
         "Il ministro della Difesa vietnamita ha ricevuto martedì ad Hanoi il Sig. Karim Haddad, ministro "
         "della Difesa del Libano.",
         [ev("meeting", ["LBN", "VNM"], location="VNM", persons=["Karim Haddad"])]),
    case("it-gen-before-a-name-ends-no-sentence", "it", DAY,
         "Il capo di Stato maggiore dell'esercito egiziano ha ricevuto martedì al Cairo il gen. Paolo Neri, "
         "comandante delle forze terrestri della Grecia.",
         [ev("meeting", ["EGY", "GRC"], location="EGY")]),
    # ---- es, pt: hardware arriving, the day between the verb and the place
    case("es-llegaron-el-dia-al-puerto", "es", DAY,
         "Los primeros doce blindados surcoreanos llegaron el lunes al puerto de Callao, en Perú.",
         [ev("aid", ["KOR", "PER"], location="PER", date="2026-03-16")]),
    case("es-arribaron-el-dia-a", "es", DAY,
         "Cuatro aviones de combate suecos arribaron el viernes a la base aérea de Palanquero, en Colombia.",
         [ev("aid", ["COL", "SWE"], location="COL", date="2026-03-13")]),
    case("pt-chegaram-na-segunda-feira-ao", "pt", DAY,
         "Os primeiros seis helicópteros franceses chegaram na segunda-feira ao Brasil.",
         [ev("aid", ["BRA", "FRA"], location="BRA", date="2026-03-16")]),
    # ---- es, pt: support of sovereignty with an adverb between
    case("es-apoya-firmemente-la-soberania", "es", DAY,
         "El jefe del Estado Mayor de las Fuerzas Armadas de Bolivia visitó Caracas el lunes. El militar "
         "boliviano afirmó que Bolivia apoya plenamente la soberanía de Venezuela.",
         [ev("meeting", ["BOL", "VEN"]), ev("support", ["BOL", "VEN"])]),
    case("pt-apoia-firmemente-a-soberania", "pt", DAY,
         "O ministro da Defesa de Moçambique reuniu-se na segunda-feira em Luanda com o seu homólogo "
         "angolano. O ministro angolano afirmou que Angola apoia firmemente a soberania de Moçambique.",
         [ev("meeting", ["AGO", "MOZ"]), ev("support", ["AGO", "MOZ"])]),
    # ---- fr: the activities of an exercise "se sont conclues"
    case("fr-les-activites-se-sont-conclues", "fr", DAY,
         "Les activités de l'exercice naval conjoint franco-grec se sont conclues lundi en mer Égée.",
         [ev("exercise", ["FRA", "GRC"], date="2026-03-16")]),
    # ---- vi: "ngày 12" with no month after it is a day of the base month
    case("vi-ngay-day-alone-is-this-month", "vi", DAY,
         "Bộ trưởng Quốc phòng Nhật Bản đã hội đàm với Bộ trưởng Quốc phòng Úc tại Canberra vào ngày 12.",
         [ev("meeting", ["AUS", "JPN"], date="2026-03-12", location="AUS")]),
    # ---- the styles of Gulf royals before a name are no part of it; "ben", "бен" inside Arabic names
    case("de-seine-hoheit-scheich-is-no-name", "de", DAY,
         "Seine Hoheit Scheich Nasser bin Hamad, Kommandeur der Königlichen Garde Bahrains, empfing am "
         "Dienstag in Manama den Verteidigungsminister Ghanas.",
         [ev("meeting", ["BHR", "GHA"], persons=["Nasser bin Hamad"])]),
    case("pt-sua-alteza-o-xeque-is-no-name", "pt", DAY,
         "Sua Alteza o Xeque Nasser bin Hamad, comandante da Guarda Real do Bahrein, recebeu na terça-feira "
         "em Manama o ministro da Defesa de Angola.",
         [ev("meeting", ["AGO", "BHR"], persons=["Nasser bin Hamad"])]),
    case("fr-ben-inside-an-arabic-name", "fr", DAY,
         "Son Altesse le cheikh Nasser ben Hamad, commandant de la Garde royale de Bahreïn, a reçu mardi à "
         "Manama le chef d'état-major des armées du Sénégal.",
         [ev("meeting", ["BHR", "SEN"], persons=["Nasser ben Hamad"])]),
    case("ru-ben-inside-an-arabic-name", "ru", DAY,
         "Его высочество шейх Насер бен Хамад, командующий Королевской гвардией Бахрейна, принял во вторник "
         "в Манаме министра обороны Казахстана.",
         [ev("meeting", ["BHR", "KAZ"], persons=["Насер бен Хамад"])]),
    # ---- Malaysian styles left untranslated before a name are no part of it
    case("it-dato-seri-is-no-name", "it", DAY,
         "Il ministro della Difesa indonesiano ha ricevuto martedì a Giacarta il Dato' Seri Ahmad Rahim, "
         "ministro della Difesa della Malesia.",
         [ev("meeting", ["IDN", "MYS"], persons=["Ahmad Rahim"])]),
    case("de-datuk-seri-is-no-name", "de", DAY,
         "Der indonesische Verteidigungsminister empfing am Dienstag in Jakarta Datuk Seri Ahmad Rahim, "
         "Verteidigungsminister Malaysias.",
         [ev("meeting", ["IDN", "MYS"], persons=["Ahmad Rahim"])]),
    case("fr-dato-seri-is-no-name", "fr", DAY,
         "Le ministre indonésien de la Défense a reçu mardi à Jakarta le Dato' Seri Ahmad Rahim, ministre de "
         "la Défense de la Malaisie.",
         [ev("meeting", ["IDN", "MYS"], persons=["Ahmad Rahim"])]),
    case("es-datuk-seri-is-no-name", "es", DAY,
         "El ministro de Defensa indonesio recibió el martes en Yakarta a Datuk Seri Ahmad Rahim, ministro "
         "de Defensa de Malasia.",
         [ev("meeting", ["IDN", "MYS"], persons=["Ahmad Rahim"])]),
    case("pt-dato-seri-is-no-name", "pt", DAY,
         "O ministro da Defesa indonésio recebeu na terça-feira em Jacarta o Dato' Seri Ahmad Rahim, "
         "ministro da Defesa da Malásia.",
         [ev("meeting", ["IDN", "MYS"], persons=["Ahmad Rahim"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_also_read_label_alone_drops_the_headlines_under_it(registry: PackRegistry) -> None:
    """"ALSO READ:" alone on its line (blogs that repost agency copy) opens a list of other stories'
    headlines, up to the next blank line."""
    raw = ("Japanese and Philippine troops held a joint exercise on Tuesday in Luzon.\n\n"
           "ALSO READ:\nIndonesian navy holds drills with Malaysian ships\n"
           "Vietnam receives patrol boats from Japan\n\n"
           "Copyright 2026\n")
    check_cleaning(registry, "en", raw, ["held a joint exercise"], ["drills with Malaysian", "patrol boats"])
