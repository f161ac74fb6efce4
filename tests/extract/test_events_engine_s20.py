"""Lead's cases of session 20: each an invented short article.

An earlier edition of the exercise or meeting just told (earlier_editions.py, pack markers
`previous_edition`): a sentence with a word saying "the previous edition" ("la edición anterior",
"Предыдущее", "前回"), a held word and a date, naming no event word of its own and no state but the
parties and venues, is that exercise (else meeting) again, at the sentence's date: a background event.
Before, such a sentence gave nothing, for it names neither an exercise word nor the parties.  It names
its parties itself when it names two of them ("... between the Egyptian and Greek forces").  The last
meeting of the article's three, told with a meeting word and no state ("bu formatda əvvəlki görüş ötən ilin
noyabrında Tbilisidə keçirilmişdi"), is that earlier meeting too (rules.py `_meeting`): before, it was
dropped as a background meeting without a defence word of its own.

The series an exercise belongs to is no edition of it (since_dates.py `since_dates`, as for talks and
aid): an exercise sentence naming no state whose dates are years right after a "since" word ("The exercise
has been held annually since 2004", "Mācības notiek kopš 2016. gada") gives no event.
Before, it became an exercise of the article's states in that year.  An exercise going on "since Monday"
is still one.

The participants of an exercise listed in a sentence after it (participants.py): a sentence right after
an exercise (or one more, when the sentence between names no state) that says who takes part
(`exercise_held`: "Participam", "Taking part"), lists three states or more and has no event word or date
of its own, joins them to that exercise ("Participam no exercício efectivos de Angola, Brasil, ...").
Before, the exercise kept the pair guessed from its own sentence (the host and the article's partner).
Two states are no list ("Por la Argentina participaron el destructor ..., de construcción alemana").

What the troops will do in an exercise just reported begun is that exercise going on, no plan
(events.py `_exercise_going_on`): an intent in the sentence right after a held exercise, told in the future
(`markers.future`), with an exercise word, no date and no talks word ("Soldiers of the two armies will
conduct joint drills for ten days", "दोनों सेनाओं के जवान दस दिन तक संयुक्त अभ्यास करेंगे"), is dropped when the
exercise has its states.
Before, it was a second event, an intent.  A plan with a date of its own ("next year") is still one.

States the article names only as observers are no parties of an exercise whose sentence names no state
(bystanders.py `observers_only`): "Des officiers belges et néerlandais suivent l'exercice en tant
qu'observateurs" after a French exercise told without a state left the article's three states for it.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-04-22"

CASES = [
    case("en-previous-edition-of-the-exercise", "en", DAY,
         "Troops from Indonesia and Australia began the joint exercise Southern Reach at a training area "
         "near Darwin on Monday. The previous edition was held in East Java in August 2024.",
         [ev("exercise", ["AUS", "IDN"], date="2026-04"),
          ev("exercise", ["AUS", "IDN"], date="2024-08", historical=True)]),
    case("es-edicion-anterior", "es", DAY,
         "Las armadas de Chile y Perú iniciaron el lunes un ejercicio naval combinado frente a Arica. "
         "La edición anterior se realizó en 2024 frente al Callao.",
         [ev("exercise", ["CHL", "PER"], date="2026-04"),
          ev("exercise", ["CHL", "PER"], date="2024", historical=True)]),
    case("ru-previous-session-of-the-talks", "ru", DAY,
         "Министр обороны Казахстана и министр обороны Узбекистана провели во вторник в Астане переговоры. "
         "Предыдущее заседание состоялось в марте 2025 года в Ташкенте.",
         [ev("meeting", ["KAZ", "UZB"], date="2026-04-21"),
          ev("meeting", ["KAZ", "UZB"], date="2025-03", historical=True)]),
    case("ar-previous-edition-names-its-two", "ar", DAY,
         "اختتمت القوات المسلحة المصرية والسعودية والأردنية التدريب المشترك أمس. "
         "وكانت النسخة السابقة من التدريب قد نفذت في الأردن عام 2025 بين القوات المصرية والسعودية.",
         [ev("exercise", ["EGY", "JOR", "SAU"]),
          ev("exercise", ["EGY", "SAU"], date="2025", historical=True)]),
    case("az-previous-meeting-of-the-three", "az", DAY,
         "Azərbaycan, Gürcüstan və Türkiyə müdafiə nazirlərinin üçtərəfli görüşü dünən Bakıda keçirilib. "
         "Qeyd edək ki, bu formatda əvvəlki görüş ötən ilin noyabrında Tbilisidə keçirilmişdi.",
         [ev("meeting", ["AZE", "GEO", "TUR"], date="2026-04-21"),
          ev("meeting", ["AZE", "GEO", "TUR"], date="2025-11", historical=True)]),
    case("en-previous-edition-of-another-state-is-not-ours", "en", DAY,
         "Troops from Indonesia and Australia began the joint exercise Southern Reach near Darwin on Monday. "
         "The previous edition was held by Malaysia and Singapore in Johor in 2024.",
         [ev("exercise", ["AUS", "IDN"], date="2026-04")]),
    case("en-previous-edition-without-a-date-is-no-event", "en", DAY,
         "Troops from Indonesia and Australia began the joint exercise Southern Reach near Darwin on Monday. "
         "The previous edition was held in East Java.",
         [ev("exercise", ["AUS", "IDN"], date="2026-04")]),
    case("en-held-annually-since-a-year-is-the-series", "en", DAY,
         "Troops from Malaysia and Thailand began the joint exercise Sea Shield in Songkhla on Monday. "
         "The exercise has been held every year since 2004.",
         [ev("exercise", ["MYS", "THA"], date="2026-04")]),
    case("lv-series-since-a-year", "lv", DAY,
         "Pirmdien Ādažos sākās Latvijas un Polijas karavīru kopīgās mācības. "
         "Mācības notiek kopš 2015. gada.",
         [ev("exercise", ["LVA", "POL"], date="2026-04")]),
    case("fr-exercise-going-on-since-monday-is-one", "fr", DAY,
         "La France et le Royaume-Uni renforcent leur coopération navale. Depuis lundi 20 avril, la Marine "
         "nationale et la Royal Navy mènent un exercice conjoint au large de Brest.",
         [ev("exercise", ["FRA", "GBR"], date="2026-04")]),
    case("pt-participants-listed-after-the-exercise", "pt", DAY,
         "O ministro da Defesa de Portugal reuniu-se ontem em Luanda com o homólogo angolano. As Forças "
         "Armadas Angolanas acolhem no Lobito o exercício militar conjunto Kalunga, que decorre até "
         "sexta-feira. Participam no "
         "exercício militares de Angola, Brasil, Cabo Verde, Moçambique e Portugal, enquanto a Namíbia "
         "envia observadores.",
         [ev("meeting", ["AGO", "PRT"]),
          ev("exercise", ["AGO", "BRA", "CPV", "MOZ", "PRT"])]),
    case("en-taking-part-are-troops-of", "en", DAY,
         "Britain's defence secretary visited Estonia on Monday. A NATO exercise, Iron Sentry, began in "
         "southern Estonia on Tuesday. Taking part are troops from Estonia, Britain, France and Denmark.",
         [ev("meeting", ["EST", "GBR"]),  # (a NATO exercise carries nato: exercise_owners.py)
          ev("exercise", ["DNK", "EST", "FRA", "GBR", "nato"], date="2026-04")]),
    case("es-two-states-are-no-list", "es", DAY,
         "La Armada de Chile y la Armada de Perú concluyeron el viernes el ejercicio naval combinado "
         "Pacífico Sur. Por Chile participaron una fragata de construcción británica y dos patrulleros.",
         [ev("exercise", ["CHL", "PER"])]),
    case("en-troops-will-train-in-the-exercise-begun", "en", DAY,
         "Troops from India and Nepal began the joint exercise Surya Kiran in Pithoragarh on Monday. "
         "Soldiers of the two armies will conduct joint drills for ten days.",
         [ev("exercise", ["IND", "NPL"])]),
    case("hi-troops-will-train-in-the-exercise-begun", "hi", DAY,
         "भारत और नेपाल की सेनाओं का संयुक्त सैन्य अभ्यास सूर्य किरण सोमवार को पिथौरागढ़ में शुरू हुआ। "
         "दोनों सेनाओं के जवान दस दिन तक संयुक्त अभ्यास करेंगे।",
         [ev("exercise", ["IND", "NPL"])]),
    case("en-the-next-edition-with-its-date-is-a-plan", "en", DAY,
         "Troops from India and Nepal began the joint exercise Surya Kiran in Pithoragarh on Monday. "
         "The two armies will hold the next joint exercise in Nepal in 2027.",
         [ev("exercise", ["IND", "NPL"]), ev("intent", ["IND", "NPL"])]),
    case("fr-observers-are-no-parties-of-the-exercise", "fr", DAY,
         "La Marine nationale lance l'exercice Sirène. Jusqu'au 30 avril, une dizaine de bâtiments et des "
         "hélicoptères Caïman participent à l'exercice au large de Toulon. Des officiers belges et "
         "néerlandais suivent l'exercice en tant qu'observateurs.",
         []),
    case("en-observers-and-two-parties", "en", DAY,
         "Troops from Poland and Lithuania began the joint exercise Amber Shield on Monday. About 1,500 "
         "soldiers take part in the exercise until Friday. Officers from Latvia follow it as observers.",
         [ev("exercise", ["LTU", "POL"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
              expected: list[dict]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_an_outlet_named_by_a_state_body_is_no_outlet(extractor: Extractor) -> None:
    """interviews.meets_the_outlet: the outlet of defensie.nl is "defensie", a common word; where it is one
    of the state's own bodies ("met de Noorse chef Defensie") the talks are no interview with the outlet.
    Before, the meeting was dropped."""
    check_case(extractor, "nl", DAY, None,
               "Commandant der Strijdkrachten generaal Onno Eichelsheim sprak dinsdag in Den Haag met de "
               "Noorse chef Defensie, generaal Eirik Kristoffersen.",
               [ev("meeting", ["NLD", "NOR"], date="2026-04-21")],
               source_url="https://www.defensie.nl/actueel/nieuws/2026/04/22/overleg")


def test_a_meeting_with_the_outlet_is_still_none(extractor: Extractor) -> None:
    """The outlet's name right after a meeting word, outside a state body, is still the outlet's interview."""
    check_case(extractor, "id", DAY, None,
               "Menteri Pertahanan Sjafrie Sjamsoeddin menerima Tempo di kantornya pada Senin untuk membahas "
               "kerja sama dengan Jepang.",
               [], source_url="https://www.tempo.co/politik/wawancara-menhan")
