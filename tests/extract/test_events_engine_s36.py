"""Lead's cases of session 36: each an invented short article.

One state's drill around another ("China held drills around Taiwan", "учения у берегов Японии",
"Tajvan körül") is no joint exercise: a state named only right after an around word of the pack
(`markers.around`: "around", "near", "off the coast of", "autour de", "у берегов") or right before one
written after it (`markers.around_after`: hu "körül", tr "çevresinde", ja "周辺で"), and by no official, is
where the drill is held next to, not a party (extract/bystanders.py `around_only`).  A town's surroundings
("near Ulaanbaatar", "ジャカルタ沖") are in the town's state, and "près de 180 militaires" (nearly) is no
around word before a state.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-04"  # a Friday

CASES = [
    # ---- one state's drill around another: no event
    case("en-drills-around-taiwan-is-no-joint-exercise", "en", DAY,
         "China held large-scale military drills around Taiwan on Thursday, the Eastern Theater Command "
         "said.",
         []),
    case("en-exercise-off-the-coast-of-japan-is-no-joint-exercise", "en", DAY,
         "Russia's Pacific Fleet conducted a naval exercise off the coast of Japan on Tuesday.", []),
    case("ru-ucheniya-u-beregov-yaponii-is-no-joint-exercise", "ru", DAY,
         "Тихоокеанский флот России во вторник провел учения у берегов Японии.", []),
    case("fr-exercice-autour-de-taiwan-is-no-joint-exercise", "fr", DAY,
         "La Chine a mené jeudi un vaste exercice militaire autour de Taïwan.", []),
    case("de-manoever-rund-um-taiwan-is-no-joint-exercise", "de", DAY,
         "China hat am Donnerstag ein großes Militärmanöver rund um Taiwan abgehalten.", []),
    case("hu-hadgyakorlat-tajvan-korul-is-no-joint-exercise", "hu", DAY,
         "Kína csütörtökön nagyszabású hadgyakorlatot tartott Tajvan körül.", []),
    case("ja-taiwan-shuhen-enshu-is-no-joint-exercise", "ja", DAY,
         "中国軍は3日、台湾周辺で大規模な軍事演習を実施した。", []),
    # ---- the drill's partners stay parties; a state named around the drill is left out of three
    case("en-joint-exercise-near-the-chinese-border-is-of-two", "en", DAY,
         "Indian and Japanese troops held a joint exercise near the Chinese border on Monday.",
         [ev("exercise", ["IND", "JPN"])]),
    case("en-exercise-off-the-coast-of-a-partner-stays-joint", "en", DAY,
         "Vietnam and India held a joint naval exercise off the coast of Vietnam on Monday.",
         [ev("exercise", ["IND", "VNM"])]),
    case("en-joint-drills-with-russia-near-japan-are-of-two", "en", DAY,
         "China launched joint naval drills with Russia near Japan on Monday.",
         [ev("exercise", ["CHN", "RUS"])]),
    case("fr-pres-de-180-militaires-is-no-around", "fr", DAY,
         "Du 1er au 3 décembre, près de 180 militaires français et 90 militaires indiens se sont entraînés "
         "ensemble au camp de Canjuers.",
         [ev("exercise", ["FRA", "IND"])]),
    case("en-exercise-near-a-town-is-in-its-state", "en", DAY,
         "Troops from South Korea and Mongolia began a joint exercise near Ulaanbaatar on Monday.",
         [ev("exercise", ["KOR", "MNG"])]),
    # ---- the weekday a stay under way began ("since Wednesday") is no day of the talks dated by another
    case("en-visiting-since-wednesday-met-this-morning", "en", "2026-11-13",
         "Portuguese Defence Minister Helena Matos, who has been on an official visit to Cape Verde since "
         "Wednesday, met this morning with her Cape Verdean counterpart Manuel Fortes.",
         [ev("meeting", ["CPV", "PRT"], date="2026-11-13")]),
    case("pt-desde-quarta-feira-reuniu-se-esta-manha", "pt", "2026-11-13",
         "A ministra da Defesa Nacional portuguesa, Helena Matos, que se encontra desde quarta-feira "
         "em visita "
         "oficial a Cabo Verde, reuniu-se esta manhã com o seu homólogo cabo-verdiano, Manuel Fortes.",
         [ev("meeting", ["CPV", "PRT"], date="2026-11-13")]),
    case("de-seit-mittwoch-traf-heute", "de", "2026-11-13",
         "Der polnische Verteidigungsminister, der sich seit Mittwoch zu einem Besuch in Litauen "
         "aufhält, traf "
         "heute seinen litauischen Amtskollegen in Vilnius.",
         [ev("meeting", ["LTU", "POL"], date="2026-11-13")]),
    case("fr-depuis-mercredi-a-rencontre-ce-matin", "fr", "2026-11-13",
         "Le ministre portugais de la Défense, en visite officielle au Maroc depuis mercredi, a rencontré ce "
         "matin son homologue marocain à Rabat.",
         [ev("meeting", ["MAR", "PRT"], date="2026-11-13")]),
    case("en-exercise-under-way-since-monday-keeps-its-start", "en", "2026-11-13",
         "The joint exercise of the Indian and French armies, under way since Monday, ends on Friday.",
         [ev("exercise", ["FRA", "IND"])]),
    # ---- a forum attended is no meeting, also when its meeting word follows its name ("the ADMM-Plus
    # meeting")
    case("en-attended-the-admm-plus-meeting-is-no-meeting", "en", "2026-11-03",
         "Defence Minister Richard Marles attended the ADMM-Plus meeting in Kuala Lumpur on Sunday.", []),
    case("en-met-on-the-sidelines-of-the-admm-plus-meeting", "en", "2026-11-03",
         "Defence Minister Richard Marles met his Malaysian counterpart on the sidelines of the ADMM-Plus "
         "meeting in Kuala Lumpur on Sunday.",
         [ev("meeting", ["AUS", "MYS"], date="2026-11-01", mode="multilateral")]),
    # ---- a deed told "at the end of the exercise" takes the span's last day
    case("en-at-the-end-of-the-exercise-agreed-is-its-last-day", "en", "2026-11-30",
         "Chilean and Argentine navies held the exercise from 24 to 26 November. At the end of the exercise, "
         "the two commanders agreed to hold a joint patrol next year.",
         [ev("exercise", ["ARG", "CHL"], date="2026-11"), ev("intent", ["ARG", "CHL"], date="2026-11-26")]),
    case("es-al-termino-de-la-actividad-is-its-last-day", "es", "2026-11-30",
         "Entre el martes 24 y el jueves 26 de noviembre, unidades de la Armada de Chile y de la Armada "
         "Argentina realizaron un ejercicio combinado en el canal Beagle.\n\nAl término de la "
         "actividad, ambos "
         "mandos acordaron realizar durante el próximo año la primera patrulla conjunta.",
         [ev("exercise", ["ARG", "CHL"]), ev("intent", ["ARG", "CHL"], date="2026-11-26")]),
    case("cs-na-zaver-cviceni-setkal-is-its-last-day", "cs", "2026-12-01",
         "Ve dnech 23. až 26. listopadu se ve vojenském újezdu Libavá uskutečnilo společné cvičení české a "
         "slovenské armády. Na závěr cvičení navštívil cvičící jednotky náčelník Generálního štábu "
         "Armády České "
         "republiky. Setkal se s velitelem slovenských pozemních sil.",
         [ev("exercise", ["CZE", "SVK"], date="2026-11"), ev("meeting", ["CZE", "SVK"], date="2026-11-26")]),
    case("fr-a-l-issue-de-l-exercice-is-its-last-day", "fr", "2026-03-16",
         "Du 9 au 13 mars, des bâtiments des marines française et marocaine ont conduit un exercice "
         "bilatéral "
         "au large de Casablanca. À l'issue de l'exercice, les deux marines ont convenu d'organiser la "
         "prochaine édition en 2027.",
         [ev("exercise", ["FRA", "MAR"], date="2026-03"), ev("intent", ["FRA", "MAR"], date="2026-03-13")]),
    # ---- an exercise retold by its name with a year after a since word is the series, no earlier edition
    case("af-named-exercise-held-since-year-is-the-series", "af", "2026-11-27",
         "Oorlogskepe van Suid-Afrika en Brasilië het hierdie week aan die gesamentlike "
         "vlootoefening Atlasur "
         "deelgeneem. Atlasur word sedert 1993 gereeld gehou.",
         [ev("exercise", ["BRA", "ZAF"], date="2026-11")]),
    case("es-named-exercise-held-since-year-is-the-series", "es", "2026-11-27",
         "Unidades de la Armada de Chile y de la Armada Argentina realizaron esta semana el "
         "ejercicio combinado "
         "Integración. Integración se realiza desde 1998.",
         [ev("exercise", ["ARG", "CHL"], date="2026-11")]),
    # ---- a heading's number before a word starting on 日 is no day ("1　日フィリピン防衛相会談")
    case("ja-numbered-heading-is-no-day", "ja", "2026-11-30",
         "1　日フィリピン防衛相会談\n小泉防衛大臣は27日、フィリピンのテオドロ国防大臣と会談しました。",
         [ev("meeting", ["JPN", "PHL"], date="2026-11-27")]),
    # ---- a forum's venue is no second state of the forum attended
    case("en-attended-eu-ministers-in-luxembourg-is-no-meeting", "en", "2026-11-20",
         "Portuguese Defence Minister Nuno Melo attended the meeting of EU defence ministers in "
         "Luxembourg on "
         "Tuesday.", []),
    case("en-met-luxembourg-counterpart-at-the-forum-is-a-meeting", "en", "2026-11-20",
         "Portuguese Defence Minister Nuno Melo met his Luxembourg counterpart on the sidelines of "
         "the meeting "
         "of EU defence ministers in Luxembourg on Tuesday.",
         [ev("meeting", ["LUX", "PRT"], date="2026-11-17")]),
    # ---- a delivery retold at its venue: the third state is where, the pair is the delivery's
    case("en-handover-in-poland-near-the-ukrainian-border-is-the-same-aid", "en", "2026-12-02",
         "The Netherlands has handed over four minehunters to Ukraine. The handover took place at a location "
         "in Poland, near the Ukrainian border, the Defence Ministry said.",
         [ev("aid", ["NLD", "UKR"])]),
    case("nl-in-polen-aan-het-oekraiense-leger-overhandigd-is-the-same-aid", "nl", "2026-12-02",
         "Nederland heeft maandag twintig pantservoertuigen aan Oekraïne overgedragen. De voertuigen zijn in "
         "Polen aan het Oekraïense leger overhandigd.",
         [ev("aid", ["NLD", "UKR"])]),
    case("fr-cede-au-benin-is-another-aid", "fr", "2026-12-02",
         "La Belgique a livré lundi deux cents drones à l'Ukraine. Le mois dernier, la Belgique a "
         "par ailleurs "
         "cédé au Bénin une vingtaine de véhicules militaires tout-terrain.",
         [ev("aid", ["BEL", "UKR"]), ev("aid", ["BEL", "BEN"])]),
    # ---- a dateline's town of the state drilled near says nothing of the drill
    case("en-dateline-town-of-the-state-near-the-drill", "en", "2026-11-24",
         "SEOUL, Nov. 24 (Yonhap) -- China's navy began three days of live-fire drills in the Yellow Sea on "
         "Tuesday, some 100 kilometers west of South Korea's islands, the navy said.", []),
    # ---- an earlier edition of two, named, in the story of a wider exercise keeps its two
    case("ar-first-edition-between-two-in-a-five-state-story", "ar", "2026-11-26",
         'انطلقت اليوم الخميس فعاليات التدريب المشترك "ميدوزا" بمشاركة مصر واليونان وقبرص وفرنسا والسعودية. '
         'وقد نفذت نسخته الأولى عام 2015 بين مصر واليونان.',
         [ev("exercise", ["CYP", "EGY", "FRA", "GRC", "SAU"]),
          ev("exercise", ["EGY", "GRC"], date="2015", historical=True)],
         title='انطلاق التدريب المشترك "ميدوزا" بمشاركة 5 دول'),
    # ---- the participants listed after an exercise with "this year's edition" join it; "the oldest" is no
    # "former" (es "antiguo")
    case("es-participants-of-this-years-edition-join-the-exercise", "es", "2026-11-03",
         "La edición 67 de UNITAS, el ejercicio naval multinacional más antiguo del mundo, comenzó "
         "este lunes en "
         "Cartagena. Colombia es anfitriona de la versión de este año, en la que toman parte las armadas de "
         "Estados Unidos, Brasil, Chile, Perú y España.",
         [ev("exercise", ["BRA", "CHL", "COL", "ESP", "PER", "USA"], date="2026-11")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
