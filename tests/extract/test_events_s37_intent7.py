"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/intent7.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of announced and planned defense
cooperation in the Nordic, Baltic and Central European languages, the subject of the intent7 set:
- fi a trip or visit told in the present tense with a future time and no day ("matkustaa ensi kuussa
  Tokioon", "Ensi viikolla … vierailee Suomessa") is a plan, an intent, not a meeting held (GUIDELINES:
  a visit without a set day is an intent), as "will travel … next week" is in en;
- sv, da, no "that we train together" in a quote ("Det är naturligt att vi övar tillsammans", "Det er
  vigtigt, at vi træner sammen", "at vi øver sammen") is a general view, no exercise held;
- sv the reporter's "som TT har talat med" ("experts TT has talked to", with the outlets and "vi") tells
  who the news agency asked, no talks between officials;
- sv a call told in the supine or with "pratade" ("har talat med … i telefon") is a phone call;
- lt what a signed document provides for ("Susitarimas numato reguliarias … konsultacijas", "Memorandume
  numatyta, kad … rengs pratybas") is that document's content, no talks, exercise or pledge of its own;
- sv, da an invitation to visit ("inbjudan … att besöka Warszawa i vår", "bjöd in … att besöka",
  "invitation … om at besøge Oslo i foråret") says the visit is still to come, as nl "uitgenodigd om"
  does: an intent, no visit held;
- nl sv da no et, as fi: a visit, trip or meeting told in the present tense with a future time and no day
  ("bezoekt volgende maand", "besöker nästa månad", "besøger næste måned", "besøker neste måned",
  "külastab järgmisel kuul") is a plan, an intent, no meeting held;
- nl sv da no fi et: a signing told in the present tense with a future time and no day ("ondertekenen
  volgende maand een defensieakkoord", "undertecknar nästa månad", "underskriver næste måned",
  "allekirjoittavat ensi kuussa", "allkirjastavad järgmisel kuul") is still pending: an intent, no
  agreement signed, as cs "podepíší příští měsíc";
- nl sv da no fi et lv lt cs sk hu sl a visit or talks cancelled or postponed ("geannuleerd", "har
  ställts in", "er blevet aflyst", "er avlyst", "on peruttu", "jäi ära", "ir atcelta", "atšauktas", "byla
  zrušena", "bola zrušená", "elmarad", "je bil odpovedan") are no meeting held, as en "cancelled the visit".
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-12-02"  # a Wednesday

CASES = [
    # ---- fi: a trip announced for next week or month, no day set, is an intent
    case("fi-trip-next-month-is-intent", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkustaa ensi kuussa Tokioon, jossa hän tapaa Japanin "
         "puolustusministerin.",
         [ev("intent", ["FIN", "JPN"])]),
    case("fi-visit-next-week-is-intent", "fi", DAY,
         "Ensi viikolla Viron puolustusministeri Hanno Pevkur vierailee Suomessa ja tapaa puolustusministeri "
         "Antti Häkkäsen.",
         [ev("intent", ["EST", "FIN"])]),
    case("fi-trip-with-a-day-is-a-meeting", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkustaa maanantaina 14. joulukuuta Tokioon, jossa hän tapaa "
         "Japanin puolustusministerin.",
         [ev("meeting", ["FIN", "JPN"])]),
    case("fi-trip-last-week-is-a-meeting", "fi", DAY,
         "Puolustusministeri Antti Häkkänen matkusti viime viikolla Tokioon, jossa hän tapasi Japanin "
         "puolustusministerin.",
         [ev("meeting", ["FIN", "JPN"])]),
    # ---- sv, da, no: "that we train together" in a quote is a view, no exercise
    case("sv-att-vi-ovar-tillsammans-is-no-exercise", "sv", DAY,
         "Försvarsminister Pål Jonson träffade på måndagen sin norske kollega Tore O. Sandvik i Oslo. "
         "– Det är självklart att vi övar tillsammans i norr, sade Jonson.",
         [ev("meeting", ["NOR", "SWE"])]),
    case("sv-soldiers-training-together-is-an-exercise", "sv", DAY,
         "Svenska och norska soldater övar tillsammans i Boden den här veckan.",
         [ev("exercise", ["NOR", "SWE"])]),
    case("da-at-vi-traener-sammen-is-no-exercise", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen mødtes tirsdag med sin svenske kollega Pål Jonson i "
         "København. "
         "\"Det er vigtigt, at vi træner sammen i Østersøen,\" sagde ministeren.",
         [ev("meeting", ["DNK", "SWE"])]),
    case("da-at-vi-oever-is-no-exercise", "da", DAY,
         "Forsvarsminister Troels Lund Poulsen mødtes tirsdag med sin norske kollega i København. "
         "\"Det er godt, at vi øver sammen med vores nordiske naboer,\" sagde Troels Lund Poulsen.",
         [ev("meeting", ["DNK", "NOR"])]),
    case("no-at-vi-over-sammen-is-no-exercise", "no", DAY,
         "Forsvarsminister Tore O. Sandvik møtte mandag sin danske kollega Troels Lund Poulsen i Oslo. "
         "– Det er naturlig at vi øver sammen i nord, sa Sandvik.",
         [ev("meeting", ["DNK", "NOR"])]),
    # ---- sv: whom the news agency talked to is no meeting
    case("sv-som-tt-har-talat-med-is-no-meeting", "sv", DAY,
         "Flera officerare som TT har talat med tror att Sverige och Finland kommer att bygga ut försvaret "
         "i norr.",
         []),
    case("sv-som-svt-har-talat-med-is-no-meeting", "sv", DAY,
         "Forskare som SVT har talat med menar att Försvarsmakten och Norge behöver fler soldater i "
         "Finnmark.",
         []),
    case("sv-minister-har-talat-med-is-a-call", "sv", DAY,
         "Försvarsminister Pål Jonson har talat med sin finländske kollega Antti Häkkänen i Helsingfors.",
         [ev("meeting", ["FIN", "SWE"])]),
    # ---- sv: a call told in the supine is a phone call
    case("sv-har-talat-med-i-telefon-is-a-call", "sv", DAY,
         "Försvarsminister Pål Jonson har talat med sin finländske kollega Antti Häkkänen i telefon.",
         [ev("meeting", ["FIN", "SWE"], mode="phone")]),
    case("sv-pratade-i-telefon-is-a-call", "sv", DAY,
         "Försvarsminister Pål Jonson pratade på tisdagen i telefon med Polens försvarsminister.",
         [ev("meeting", ["POL", "SWE"], mode="phone", date="2026-12-01")]),
    # ---- lt: what a signed document provides for is its content
    case("lt-susitarimas-numato-konsultacijas-is-content", "lt", DAY,
         "Lietuvos ir Latvijos gynybos ministrai antradienį Rygoje pasirašė susitarimą dėl oro gynybos. "
         "Susitarimas taip pat numato reguliarias abiejų šalių karininkų konsultacijas.",
         [ev("agreement", ["LTU", "LVA"], date="2026-12-01", doc_type="agreement")]),
    case("lt-sutartyje-numatyta-pratybos-is-content", "lt", DAY,
         "Lietuvos ir Estijos kariuomenių vadai pirmadienį Vilniuje pasirašė bendradarbiavimo memorandumą. "
         "Memorandume numatyta, kad abiejų šalių kariai kasmet rengs bendras pratybas.",
         [ev("agreement", ["EST", "LTU"], date="2026-11-30", doc_type="memorandum")]),
    # ---- sv, da: the visit an invitation asks for is still to come
    case("sv-inbjudan-att-besoka-is-intent", "sv", DAY,
         "Sveriges försvarsminister tackade ja till en inbjudan från sin polske kollega att besöka "
         "Warszawa i vår.",
         [ev("intent", ["POL", "SWE"])]),
    case("sv-bjod-in-att-besoka-is-intent", "sv", DAY,
         "Polens försvarsminister bjöd in sin svenske kollega att besöka flottbasen i Gdynia i vår.",
         [ev("intent", ["POL", "SWE"])]),
    case("sv-besokte-pa-inbjudan-is-a-meeting", "sv", DAY,
         "Sveriges försvarsminister besökte på måndagen Warszawa på inbjudan av sin polske kollega.",
         [ev("meeting", ["POL", "SWE"], date="2026-11-30")]),
    case("da-invitation-om-at-besoege-is-intent", "da", DAY,
         "Den danske forsvarsminister har takket ja til en invitation fra sin norske kollega om at "
         "besøge Oslo "
         "i foråret.",
         [ev("intent", ["DNK", "NOR"])]),
    case("da-inviterede-om-at-komme-paa-besoeg-is-intent", "da", DAY,
         "Tysklands forsvarsminister inviterede sin danske kollega til et besøg i Berlin i foråret.",
         [ev("intent", ["DEU", "DNK"])]),
    # ---- nl sv da no et: a visit with a future time and no day is an intent
    case("nl-visit-next-month-is-intent", "nl", DAY,
         "De Nederlandse minister van Defensie bezoekt volgende maand zijn Poolse ambtgenoot in Warschau.",
         [ev("intent", ["NLD", "POL"])]),
    case("nl-meeting-later-this-year-is-intent", "nl", DAY,
         "Later dit jaar ontmoet de Belgische minister van Defensie zijn Duitse collega in Berlijn.",
         [ev("intent", ["BEL", "DEU"])]),
    case("nl-visit-last-month-is-a-meeting", "nl", DAY,
         "De Nederlandse minister van Defensie bezocht vorige maand zijn Poolse ambtgenoot in Warschau.",
         [ev("meeting", ["NLD", "POL"])]),
    case("sv-visit-next-month-is-intent", "sv", DAY,
         "Sveriges försvarsminister besöker nästa månad sin polske kollega i Warszawa.",
         [ev("intent", ["POL", "SWE"])]),
    case("da-visit-next-month-is-intent", "da", DAY,
         "Den danske forsvarsminister besøger næste måned sin polske kollega i Warszawa.",
         [ev("intent", ["DNK", "POL"])]),
    case("no-visit-next-month-is-intent", "no", DAY,
         "Norges forsvarsminister besøker neste måned sin polske kollega i Warszawa.",
         [ev("intent", ["NOR", "POL"])]),
    case("no-trip-in-spring-is-intent", "no", DAY,
         "Til våren reiser forsvarsministeren til Polen for å møte sin polske kollega, opplyser "
         "Forsvarsdepartementet.",
         [ev("intent", ["NOR", "POL"])]),
    case("et-visit-next-month-is-intent", "et", DAY,
         "Eesti kaitseminister külastab järgmisel kuul oma Poola kolleegi Varssavis.",
         [ev("intent", ["EST", "POL"])]),
    # ---- nl sv da no fi et: a signing with a future time and no day is pending, an intent
    case("nl-sign-next-month-is-intent", "nl", DAY,
         "Nederland en Duitsland ondertekenen volgende maand een defensieakkoord over de marine.",
         [ev("intent", ["DEU", "NLD"])]),
    case("nl-signed-last-month-is-agreement", "nl", DAY,
         "Nederland en Duitsland ondertekenden vorige maand een defensieakkoord over de marine.",
         [ev("agreement", ["DEU", "NLD"])]),
    case("sv-sign-next-month-is-intent", "sv", DAY,
         "Sverige och Polen undertecknar nästa månad ett försvarsavtal.",
         [ev("intent", ["POL", "SWE"])]),
    case("da-sign-next-month-is-intent", "da", DAY,
         "Danmark og Polen underskriver næste måned en forsvarsaftale.",
         [ev("intent", ["DNK", "POL"])]),
    case("no-sign-next-month-is-intent", "no", DAY,
         "Norge og Polen signerer neste måned en forsvarsavtale.",
         [ev("intent", ["NOR", "POL"])]),
    case("fi-sign-next-month-is-intent", "fi", DAY,
         "Suomi ja Puola allekirjoittavat ensi kuussa puolustusyhteistyösopimuksen.",
         [ev("intent", ["FIN", "POL"])]),
    case("et-sign-next-month-is-intent", "et", DAY,
         "Eesti ja Poola allkirjastavad järgmisel kuul kaitsekoostöö lepingu.",
         [ev("intent", ["EST", "POL"])]),
    # ---- a visit cancelled or postponed is no meeting
    case("nl-cancelled-visit-is-no-meeting", "nl", DAY,
         "Het geplande bezoek van de Nederlandse minister van Defensie aan Polen is geannuleerd.",
         []),
    case("nl-cancelled-visit-is-no-meeting-2", "nl", DAY,
         "Het overleg tussen de Belgische en de Duitse minister van Defensie in Berlijn werd uitgesteld.",
         []),
    case("sv-cancelled-visit-is-no-meeting", "sv", DAY,
         "Försvarsministerns planerade besök i Polen har ställts in.",
         []),
    case("da-cancelled-visit-is-no-meeting", "da", DAY,
         "Forsvarsministerens planlagte besøg i Polen er blevet aflyst.",
         []),
    case("no-cancelled-visit-is-no-meeting", "no", DAY,
         "Forsvarsministerens planlagte besøk i Polen er avlyst.",
         []),
    case("fi-cancelled-visit-is-no-meeting", "fi", DAY,
         "Suomen puolustusministerin suunniteltu vierailu Puolaan on peruttu.",
         []),
    case("et-cancelled-visit-is-no-meeting", "et", DAY,
         "Eesti kaitseministri planeeritud visiit Poolasse jäi ära.",
         []),
    case("lv-cancelled-visit-is-no-meeting", "lv", DAY,
         "Latvijas aizsardzības ministra plānotā vizīte Polijā ir atcelta.",
         []),
    case("lt-cancelled-visit-is-no-meeting", "lt", DAY,
         "Planuotas Lietuvos krašto apsaugos ministro vizitas į Lenkiją atšauktas.",
         []),
    case("cs-cancelled-visit-is-no-meeting", "cs", DAY,
         "Plánovaná návštěva českého ministra obrany v Polsku byla zrušena.",
         []),
    case("sk-cancelled-visit-is-no-meeting", "sk", DAY,
         "Plánovaná návšteva slovenského ministra obrany v Poľsku bola zrušená.",
         []),
    case("hu-cancelled-visit-is-no-meeting", "hu", DAY,
         "Elmarad a magyar honvédelmi miniszter tervezett lengyelországi látogatása.",
         []),
    case("sl-cancelled-visit-is-no-meeting", "sl", DAY,
         "Načrtovani obisk slovenskega ministra za obrambo na Poljskem je bil odpovedan.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
