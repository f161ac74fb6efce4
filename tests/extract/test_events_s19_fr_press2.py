"""The extract stage on short French press articles written for these tests (none of these sentences is in
tests/data/heldout/fr_press2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are those
of tests/extract/test_events.py. They pin general French press wording: seas, gulfs and lakes named after a
state are no party ("golfe de Guinée", "lac Tchad", "mer d'Oman"); French naval and air bases as places
(Lorient); "se sont entendues pour" and the pluperfect "s'était engagée à" as pledges, the conditional of
reported speech ("a confirmé que … prolongeraient", "la France livrerait …"), equipment "acquis auprès de" a
state as aid, "les quatre pays" as the parties of a regional format, "participent depuis lundi" as an
exercise under way (month precision), "est attendu jeudi à …" as a visit ahead, "a exprimé la disponibilité
de son pays à" and "ont exprimé leur volonté de" as an offer or pledge, "ont annoncé la création d'un groupe
de travail conjoint" as a pledge, "l'armée de l'air et de l'espace" as France, the singular "suisse"
("l'armée suisse", "le ministre suisse"), "helvétique", the Swiss "chef de l'armée" as a chief of defence,
"maldivien", "guyanien", "Forces royales air" (Morocco) and "Armée nationale populaire" (Algeria); a bare "À
lire aussi" / "Sur le même sujet" label dropping every headline under it; and what is no event: offers and
tenders for a supply, training named "au menu" of talks, talks referred back to ("Cette rencontre intervient
après …", "Lors de cette réunion, présidée par …"), deliveries referred back to ("Ces livraisons …"), a head
of government's own spending pledge, an exercise series "held since" a year ("se tient depuis 2001"),
training named as a subject in the infinitive ("pour évoquer … la formation des équipages").
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.model import Article
from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- seas, gulfs and lakes named after a state
    case("fr-golfe-de-guinee-is-no-party", "fr", DAY,
         "Les marines française et béninoise ont mené mardi un exercice conjoint dans le golfe de Guinée.",
         [ev("exercise", ["BEN", "FRA"], date="2026-03-17")]),
    case("fr-lac-tchad-is-no-party", "fr", DAY,
         "Les armées camerounaise et nigériane ont mené mardi une patrouille conjointe sur les rives du lac "
         "Tchad.",
         [ev("exercise", ["CMR", "NGA"])]),
    case("fr-mer-d-oman-is-no-party", "fr", DAY,
         "Les marines française et indienne ont mené mardi un exercice conjoint en mer d'Oman.",
         [ev("exercise", ["FRA", "IND"])]),
    # ---- a French naval base is a place in France
    case("fr-lorient-is-french", "fr", DAY,
         "La marine indonésienne a pris livraison mardi à Lorient d'un sous-marin construit pour elle par la "
         "France.",
         [ev("aid", ["FRA", "IDN"], location="FRA")]),
    # ---- pledges: feminine "se sont entendues", the pluperfect, the conditional of reported speech
    case("fr-se-sont-entendues-pour", "fr", DAY,
         "Les deux parties se sont entendues pour renforcer la coopération militaire entre le Gabon et le "
         "Maroc.",
         [ev("intent", ["GAB", "MAR"])]),
    case("fr-s-etait-engagee-is-an-earlier-pledge", "fr", DAY,
         "La Grèce s'était engagée en mars 2023 à livrer des obus à l'Arménie.",
         [ev("intent", ["ARM", "GRC"], date="2023-03", historical=True)]),
    case("fr-conditional-of-reported-speech", "fr", DAY,
         "Le ministère letton de la Défense a confirmé que la Lettonie et la Suède prolongeraient leur "
         "coopération navale au moins jusqu'en 2030.",
         [ev("intent", ["LVA", "SWE"])]),
    case("fr-les-quatre-pays-ont-decide", "fr", DAY,
         "Les chefs d'état-major du Niger, du Tchad, du Mali et du Burkina Faso se sont réunis mardi à "
         "Niamey. Les quatre pays ont décidé de mener des patrouilles conjointes le long de leurs "
         "frontières.",
         [ev("meeting", ["BFA", "MLI", "NER", "TCD"], mode="multilateral", location="NER"),
          ev("intent", ["BFA", "MLI", "NER", "TCD"])]),
    # ---- second round: reported speech in the conditional singular; readiness stated; a visit announced
    case("fr-livrerait-in-reported-speech", "fr", DAY,
         "Le ministre a annoncé que la France livrerait à l'Ukraine de nouveaux canons Caesar.",
         [ev("intent", ["FRA", "UKR"])]),
    case("fr-fournirait-in-reported-speech", "fr", DAY,
         "Selon le ministère, l'Allemagne fournirait à la Lituanie des chars Leopard supplémentaires.",
         [ev("intent", ["DEU", "LTU"])]),
    case("fr-exprime-la-disponibilite-is-an-offer", "fr", DAY,
         "Le ministre a exprimé la disponibilité de son pays à accompagner l'armée guinéenne dans sa "
         "modernisation, a-t-il dit à son homologue chinois.",
         [ev("intent", ["CHN", "GIN"])]),
    case("fr-est-attendu-jeudi-is-a-visit-ahead", "fr", DAY,
         "Le ministre gabonais de la Défense est attendu jeudi à Kigali pour des discussions avec son "
         "homologue rwandais.",
         [ev("meeting", ["GAB", "RWA"], mode="visit", location="RWA", date="2026-03-19")]),
    # ---- the French air force by its name
    case("fr-armee-de-l-air-et-de-l-espace-is-france", "fr", DAY,
         "Des avions de l'armée de l'air et de l'espace ont mené mardi un exercice conjoint avec l'aviation "
         "grecque.",
         [ev("exercise", ["FRA", "GRC"], date="2026-03-17")]),
    # ---- equipment bought from a state
    case("fr-avait-acquis-aupres-de", "fr", DAY,
         "Le Sénégal avait acquis des patrouilleurs auprès de la France en 2019.",
         [ev("aid", ["FRA", "SEN"], date="2019", historical=True)]),
    case("fr-a-acquis-aupres-du", "fr", DAY,
         "Le Sénégal a acquis en 2019 deux patrouilleurs auprès du Maroc.",
         [ev("aid", ["MAR", "SEN"], date="2019", historical=True)]),
    # ---- no event: offers and tenders, training "au menu", talks and deliveries referred back to
    # ---- third round: an exercise series "held since" a year; training named as a subject in the infinitive
    case("fr-se-tient-depuis-2001-is-no-exercise-of-2001", "fr", DAY,
         "Quant à l'exercice naval Varuna entre l'Inde et la France, il se tient depuis 2001.",
         []),
    case("fr-organisent-depuis-2019-is-no-exercise-of-2019", "fr", DAY,
         "Les armées sénégalaise et gambienne organisent depuis 2019 des patrouilles conjointes le long de "
         "leur frontière commune.",
         []),
    case("fr-pour-evoquer-la-formation-is-no-aid", "fr", DAY,
         "Le ministre tchadien de la Défense s'est entretenu mardi par téléphone avec son homologue émirati "
         "pour évoquer la livraison de blindés et la formation des équipages.",
         [ev("meeting", ["ARE", "TCD"], mode="phone", date="2026-03-17")]),
    # ---- fourth round: a will stated; a joint body set up
    case("fr-ont-exprime-leur-volonte-de", "fr", DAY,
         "Les ministres de la Défense du Gabon et du Cameroun ont exprimé leur volonté de renforcer la "
         "coopération militaire entre leurs deux pays.",
         [ev("intent", ["CMR", "GAB"])]),
    case("fr-ont-annonce-la-creation-d-un-groupe-conjoint", "fr", DAY,
         "Les chefs d'état-major du Togo et du Ghana ont annoncé la création d'un groupe de travail conjoint "
         "sur la sécurité des frontières.",
         [ev("intent", ["GHA", "TGO"])]),
    case("fr-volonte-de-demissionner-is-no-pledge", "fr", DAY,
         "Le ministre tchadien de la Défense a exprimé sa volonté de démissionner, selon la présidence.",
         []),
    # ---- fifth round: the singular "suisse", demonyms the list lacked, forces known by their own name
    case("fr-le-ministre-suisse", "fr", DAY,
         "Le ministre suisse de la Défense a rencontré mardi à Vienne son homologue autrichien.",
         [ev("meeting", ["AUT", "CHE"], mode="visit", location="AUT")]),
    case("fr-l-armee-suisse", "fr", DAY,
         "L'armée suisse et l'armée autrichienne ont mené mardi un exercice conjoint.",
         [ev("exercise", ["AUT", "CHE"])]),
    case("fr-l-armee-helvetique", "fr", DAY,
         "L'armée helvétique et l'armée autrichienne ont mené mardi un exercice conjoint.",
         [ev("exercise", ["AUT", "CHE"])]),
    case("fr-le-chef-de-l-armee-receives", "fr", DAY,
         "Le chef de l'armée suisse a reçu mardi à Berne son homologue autrichien.",
         [ev("meeting", ["AUT", "CHE"], mode="visit", location="CHE")]),
    case("fr-maldivien", "fr", DAY,
         "Le ministre maldivien de la Défense a rencontré mardi à New Delhi son homologue indien.",
         [ev("meeting", ["IND", "MDV"], location="IND")]),
    case("fr-guyaniens", "fr", DAY,
         "Des militaires guyaniens et brésiliens ont mené mardi une patrouille conjointe à la frontière.",
         [ev("exercise", ["BRA", "GUY"])]),
    case("fr-forces-royales-air-is-morocco", "fr", DAY,
         "Des F-16 des Forces royales air ont participé mardi à un exercice aérien avec l'aviation "
         "américaine.",
         [ev("exercise", ["MAR", "USA"])]),
    case("fr-armee-nationale-populaire-is-algeria", "fr", DAY,
         "Des unités de l'Armée nationale populaire et de la marine russe ont mené mardi un exercice naval "
         "conjoint.",
         [ev("exercise", ["DZA", "RUS"])]),
    case("fr-offres-pour-la-fourniture-is-no-delivery", "fr", DAY,
         "La Corée du Sud et la Pologne multiplient les offres, notamment pour la fourniture de chars et "
         "d'obusiers.",
         []),
    case("fr-appel-d-offres-is-no-delivery", "fr", DAY,
         "L'Espagne a lancé un appel d'offres pour la fourniture de blindés à l'armée mauritanienne.",
         []),
    case("fr-au-menu-formation-is-no-aid", "fr", DAY,
         "Le chef d'état-major des armées ivoiriennes a été reçu mardi à Dakar par son homologue sénégalais. "
         "Au menu des entretiens, selon l'état-major sénégalais : la formation des officiers, le "
         "renseignement et la lutte contre le terrorisme.",
         [ev("meeting", ["CIV", "SEN"], mode="visit", location="SEN")]),
    case("fr-cette-reunion-intervient-is-no-meeting", "fr", DAY,
         "Les chefs d'état-major du Cameroun, du Niger et du Tchad se sont réunis mardi à Niamey. Cette "
         "réunion intervient après l'attaque d'une position de l'armée tchadienne par Boko Haram, près de la "
         "frontière camerounaise.",
         [ev("meeting", ["CMR", "NER", "TCD"], mode="multilateral", location="NER")]),
    case("fr-ces-livraisons-is-no-delivery", "fr", DAY,
         "Le ministre ghanéen de la Défense a reçu mardi à Accra son homologue togolais. Ces livraisons "
         "d'armes inquiètent le Burkina Faso, a réagi un ministre burkinabè.",
         [ev("meeting", ["GHA", "TGO"], mode="visit", location="GHA")]),
    case("fr-spending-pledge-is-no-intent", "fr", DAY,
         "Le Premier ministre norvégien a promis l'an dernier de porter les dépenses militaires de la "
         "Norvège à 3 % du PIB, a rappelé mardi son homologue danois.",
         []),
    case("fr-lors-de-cette-reunion-presidee-par", "fr", DAY,
         "Le ministre estonien de la Défense s'est entretenu mardi à Bruxelles avec son homologue finlandais "
         "en marge de la réunion du groupe de contact.\n\nLors de cette réunion, coprésidée par le "
         "Royaume-Uni et l'Allemagne, plusieurs alliés ont annoncé de nouvelles contributions pour la "
         "défense antiaérienne de l'Ukraine.",
         [ev("meeting", ["EST", "FIN"], mode="multilateral", location="BEL")]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_participent_depuis_lundi_is_under_way(extractor: Any) -> None:
    """An exercise going on "depuis lundi" (since Monday) lasts: it is dated to its month, not to that Monday
    (GUIDELINES: an event lasting more than two days has month precision)."""
    article = Article(id="case", lang="fr", lang_hint="fr", published=DAY, title=None,
                      text="Des frégates française et italienne participent depuis lundi à un exercice de "
                           "lutte anti-sous-marine en Méditerranée.")
    events = [e for e in extractor.extract(article).events if e.type == "exercise"]
    assert [(e.countries, e.date) for e in events] == [(["FRA", "ITA"], "2026-03")]


def test_bare_read_also_label_drops_every_headline(registry: PackRegistry) -> None:
    """A bare "À lire aussi" label alone on its line opens a block: every headline under it goes, not only
    the first; the body after the blank line stays."""
    raw = ("Le ministre burkinabè de la Défense a reçu mardi à Ouagadougou son homologue malien pour des "
           "entretiens sur la sécurité des frontières communes.\n\n"
           "À lire aussi\nMali : la junte prolonge la transition de cinq ans\n"
           "Niger : Niamey reçoit des blindés turcs\n\n"
           "Le ministre malien devait ensuite se rendre à Niamey pour une visite de travail.")
    check_cleaning(registry, "fr", raw,
                   kept=["son homologue malien", "Le ministre malien devait ensuite se rendre à Niamey"],
                   dropped=["À lire aussi", "Mali : la junte prolonge",
                            "Niger : Niamey reçoit des blindés turcs"])
