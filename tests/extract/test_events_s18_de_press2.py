"""The extract stage on short German press articles written for these tests (none of these sentences is in
tests/data/heldout/de_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general German press wording: trainers named before the
trainees in a long "bilden … aus" bracket, troops named by their branch (Gebirgsjäger, Panzergrenadiere,
Alpini), states written with an article as the place of an event ("in der Schweiz", "in den
Niederlanden"), Swiss and Austrian training sites and regions, the backing of one side in a war as
support, and what is no event: "sprach sich … dafür aus" (came out in favour), an indirect question ("Ob …
liefert, ist offen").

Second round: two armies' troops as the subject ("Dänische und deutsche Soldaten üben"), warships by type
(Minenjagdboote), a plan to exercise with the place before the verb ("werden … gemeinsam an der Neiße
üben"), Pioniere as troops, an invitation to a Gegenbesuch as no visit, "wie zugesagt" as no new pledge,
"noch bis Freitag" as a day ahead; "bei dem Besuch" (a visit referred back to) as no talks about the aid
handed over, "den Rückhalt … zugesichert" as support, no pledge; a quoted support word;
"Regierungsvertrag über die Lieferung" as a contract; navy ships named after a German state or city
(Fregatte „Bayern“, Einsatzgruppenversorger „Berlin“) as Germany, no German place; "übte am Montag mit".
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- training of the other side's soldiers, the trainers named first
    case("de-bilden-long-bracket-soldaten-aus", "de", DAY,
         "Seit Anfang Februar bilden deutsche Ausbilder der Artillerieschule des Heeres auf dem Übungsplatz "
         "bei Idar-Oberstein in Rheinland-Pfalz rund 80 ukrainische Soldaten an der Panzerhaubitze 2000 aus.",
         [ev("aid", ["DEU", "UKR"], date="2026-02")]),
    # ---- a state written with its article is the place
    case("de-in-der-schweiz-is-the-place", "de", DAY,
         "Österreichische und deutsche Gebirgsjäger üben seit Montag gemeinsam in der Schweiz.",
         [ev("exercise", ["AUT", "DEU"], location="CHE")]),
    case("de-in-den-niederlanden-is-the-place", "de", DAY,
         "Belgische und deutsche Panzergrenadiere übten am Dienstag gemeinsam in den Niederlanden.",
         [ev("exercise", ["BEL", "DEU"], location="NLD")]),
    # ---- Swiss and Austrian training sites and regions
    case("de-andermatt-is-swiss", "de", DAY,
         "Italienische Alpini und Schweizer Gebirgsspezialisten trainierten am Dienstag gemeinsam im "
         "Gebirgsdienstzentrum Andermatt.",
         [ev("exercise", ["CHE", "ITA"], location="CHE")]),
    case("de-allentsteig-is-austrian", "de", DAY,
         "Tschechische und österreichische Panzergrenadiere übten am Dienstag gemeinsam auf dem "
         "Truppenübungsplatz Allentsteig.",
         [ev("exercise", ["AUT", "CZE"], location="AUT")]),
    # ---- the backing of one side in a war
    case("de-support-in-the-war", "de", DAY,
         "Der belarussische Verteidigungsminister sicherte Russland am Dienstag die Unterstützung von "
         "Belarus im Krieg gegen die Ukraine zu.",
         [ev("support", ["BLR", "RUS"])]),
    # ---- two armies' troops as the subject; warships by type; "noch bis Freitag" lies ahead
    case("de-x-und-y-soldaten-ueben", "de", DAY,
         "Dänische und deutsche Soldaten üben seit Montag in Schleswig-Holstein den Schutz von Häfen.",
         [ev("exercise", ["DEU", "DNK"], date="2026-03")]),
    case("de-minenjagdboote-noch-bis-freitag", "de", DAY,
         "Seit Montag suchen deutsche und niederländische Minenjagdboote vor Helgoland nach Übungsminen. Das "
         "Manöver läuft noch bis Freitag.",
         [ev("exercise", ["DEU", "NLD"])]),
    # ---- a plan to exercise with the place before the verb; an invitation to a return visit is no visit
    case("de-werden-gemeinsam-an-der-oder-ueben", "de", DAY,
         "Deutsche und polnische Pioniere werden im Herbst gemeinsam an der Neiße üben.",
         [ev("intent", ["DEU", "POL"])]),
    case("de-gegenbesuch-invitation-is-no-visit", "de", DAY,
         "Der belgische Verteidigungsminister lud seine niederländische Amtskollegin zu einem Gegenbesuch "
         "nach Brüssel ein.",
         [ev("intent", ["BEL", "NLD"])]),
    # ---- a visit referred back to ("bei dem Besuch") is no talks about the aid handed over; backing assured
    case("de-uebergab-bei-dem-besuch", "de", DAY,
         "Der deutsche Verteidigungsminister besuchte am Dienstag Vilnius. Er übergab der litauischen Armee "
         "bei dem Besuch zwei Radargeräte.",
         [ev("meeting", ["DEU", "LTU"], mode="visit"), ev("aid", ["DEU", "LTU"])]),
    case("de-bei-seinem-besuch-in-is-a-visit", "de", DAY,
         "Bei seinem Besuch in Kiew sagte der deutsche Verteidigungsminister der Ukraine am Dienstag weitere "
         "Hilfe zu.",
         [ev("meeting", ["DEU", "UKR"], mode="visit"), ev("intent", ["DEU", "UKR"])]),
    case("de-rueckhalt-zugesichert-is-support", "de", DAY,
         "Der deutsche Verteidigungsminister hat Litauen bei seinem Besuch in Vilnius den vollen Rückhalt "
         "Deutschlands zugesichert.",
         [ev("meeting", ["DEU", "LTU"], mode="visit"), ev("support", ["DEU", "LTU"])]),
    # ---- the support word quoted; a government contract named by its purchase
    case("de-quoted-support-in-the-war", "de", DAY,
         "Der belarussische Verteidigungsminister sicherte Russland die »volle Unterstützung« von Belarus im "
         "Krieg gegen die Ukraine zu.",
         [ev("support", ["BLR", "RUS"])]),
    case("de-regierungsvertrag-ueber-die-lieferung-is-a-contract", "de", DAY,
         "Die slowakische Verteidigungsministerin und ihr schwedischer Amtskollege unterzeichneten am "
         "Dienstag in Stockholm einen Regierungsvertrag über die Lieferung von acht Radargeräten.",
         [ev("agreement", ["SVK", "SWE"], doc_type="contract", date="2026-03-17", location="SWE")]),
    # ---- a ship named after a German state or city is Germany, no German place; the day before "mit"
    case("de-frigate-bayern-is-no-german-place", "de", DAY,
         "Die Fregatte „Bayern“ übte am Dienstag mit der japanischen Marine in der Bucht von Tokio.",
         [ev("exercise", ["DEU", "JPN"], location="JPN", date="2026-03-17")]),
    case("de-uebte-am-dienstag-mit", "de", DAY,
         "Ein Zug österreichischer Gebirgsjäger übte am Montag mit slowenischen Soldaten im Grenzgebiet.",
         [ev("exercise", ["AUT", "SVN"], date="2026-03-16")]),
    # ---- no event
    case("de-wie-zugesagt-is-no-new-pledge", "de", DAY,
         "Der estnische Verteidigungsminister sagte, Estland werde die Unterkünfte für die deutschen "
         "Soldaten wie zugesagt bis Ende 2027 fertigstellen.",
         []),
    case("de-sprach-sich-aus-is-no-talks", "de", DAY,
         "Der Schweizer Ständerat sprach sich am Dienstag mit knapper Mehrheit dafür aus, Deutschland die "
         "Weitergabe von Munition mit strengen Auflagen zu erlauben.",
         []),
    case("de-ob-liefert-is-no-delivery", "de", DAY,
         "Ob Deutschland der Ukraine weitere Marschflugkörper liefert, ist nach Angaben der Bundesregierung "
         "weiter offen.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_noch_bis_weekday_lies_ahead(extractor: Any) -> None:
    """"läuft noch bis Freitag" (still runs until Friday) names a Friday still to come, never the one before
    the publication day."""
    article = Article(id="case", lang="de", lang_hint="de", published=DAY, title=None,
                      text="Die gemeinsame Übung deutscher und niederländischer Minenjagdboote vor Helgoland "
                           "läuft noch bis Freitag.")
    events = list(extractor.extract(article).events)
    assert events
    assert all(event.date is None or event.date >= DAY for event in events), [e.date for e in events]
