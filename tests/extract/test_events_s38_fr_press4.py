"""The extract stage on short articles written for these tests (none of these sentences is in
tests/data/heldout/fr_press4.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the French-language press of Africa,
Belgium, Switzerland and Quebec on defense diplomacy, the subject of the fr_press4 set:
- fr a day of the current month written "le 12 courant" or "le 9 du mois en cours" (the African and
  administrative French style) is that day of the month of publication;
- fr the Algerian rank "général-major" ("le Général-major …") introduces an official (major general);
- fr joint manoeuvres ("des manœuvres conjointes", "manœuvres navales conjointes", "manoeuvres
  combinées") are a joint exercise, as "exercice conjoint" was;
- fr a handover announced as forthcoming ("la remise prochaine de", "la prochaine remise de") and deliveries
  said to follow ("d'autres livraisons suivront", "d'autres livraisons de blindés suivront") are an intent,
  as "la livraison prochaine" was, no delivery made;
- fr the defense ministers' titles of the DRC ("ministre de la Défense nationale et Anciens combattants",
  no "des") and of Cameroon with "de la République" written out ("ministre délégué à la présidence de la
  République chargé de la Défense") name a minister of defense and introduce him;
- fr (Quebec, Canada) "entente" is an agreement: a signed "entente de coopération" or "entente-cadre" is a
  signing (doc_type agreement), while "la bonne entente" at a meeting is none;
- fr (Switzerland) the head of the DDPS ("le chef du DDPS", "la cheffe du Département fédéral de la
  défense") is the minister of defense.
"""

from __future__ import annotations

from typing import Any

import pytest

from support.cases import CASE_FIELDS, case, check_case, ev

DAY = "2026-10-14"  # a Wednesday

CASES = [
    # ---- fr: "le 12 courant", "le 9 du mois en cours": a day of the month of publication
    case("fr-le-n-courant-is-day-of-this-month", "fr", DAY,
         "L'ambassadeur du Japon, M. Kenji Sato, a procédé, le 8 courant, à la remise d'un lot de groupes "
         "électrogènes aux Forces armées du Bénin.",
         [ev("aid", ["BEN", "JPN"], date="2026-10-08")]),
    case("fr-le-n-du-mois-en-cours-is-day-of-this-month", "fr", DAY,
         "Le ministre togolais de la Défense a reçu en audience, le 6 du mois en cours à Lomé, son "
         "homologue ghanéen.",
         [ev("meeting", ["GHA", "TGO"], date="2026-10-06")]),
    # ---- fr: the Algerian rank "général-major"
    case("fr-general-major-introduces-official", "fr", DAY,
         "Le Général-major Karim Belkacem, commandant des Forces terrestres, a reçu lundi à Alger le chef "
         "d'état-major de l'armée de terre tunisienne.",
         [ev("meeting", ["DZA", "TUN"], date="2026-10-12", persons=["Karim Belkacem"])]),
    case("fr-general-major-lowercase-introduces-official", "fr", DAY,
         "Le général-major algérien Nadir Mansouri s'est entretenu mardi à Rome avec son homologue "
         "italien.",
         [ev("meeting", ["DZA", "ITA"], date="2026-10-13", persons=["Nadir Mansouri"])]),
    # ---- fr: "manœuvres conjointes" is a joint exercise
    case("fr-manoeuvres-conjointes-is-exercise", "fr", DAY,
         "La Tunisie et l'Algérie ont mené des manœuvres conjointes près de Tabarka.",
         [ev("exercise", ["DZA", "TUN"], date="2026-10")]),
    case("fr-manoeuvres-kind-conjointes-is-exercise", "fr", DAY,
         "Le Sénégal et la Gambie ont conduit la semaine dernière des manœuvres terrestres conjointes en "
         "Casamance.",
         [ev("exercise", ["GMB", "SEN"], date="2026-10")]),
    case("fr-manoeuvres-combinees-is-exercise", "fr", DAY,
         "Le Maroc et le Portugal ont organisé des manoeuvres combinées au large de Tanger.",
         [ev("exercise", ["MAR", "PRT"], date="2026-10")]),
    # ---- fr: a handover to come, deliveries to follow: intent
    case("fr-remise-prochaine-is-intent", "fr", DAY,
         "L'Italie a annoncé la remise prochaine de trois patrouilleurs à la Marine mauritanienne.",
         [ev("intent", ["ITA", "MRT"])]),
    case("fr-prochaine-remise-is-intent", "fr", DAY,
         "L'ambassadeur des Pays-Bas a évoqué la prochaine remise de drones de surveillance aux Forces "
         "armées béninoises.",
         [ev("intent", ["BEN", "NLD"])]),
    case("fr-livraisons-suivront-is-intent", "fr", DAY,
         "Selon l'attaché de défense de Turquie, d'autres livraisons de blindés suivront au profit de "
         "l'armée togolaise.",
         [ev("intent", ["TGO", "TUR"])]),
    # ---- fr: ministers of defense by their ministries' full titles
    case("fr-ministre-defense-nationale-et-anciens-combattants", "fr", DAY,
         "Le ministre de la Défense nationale et Anciens combattants, Patrick Mbuyi Kasongo, a reçu lundi à "
         "Kinshasa l'ambassadeur de Belgique.",
         [ev("meeting", ["BEL", "COD"], date="2026-10-12", persons=["Patrick Mbuyi Kasongo"])]),
    case("fr-ministre-delegue-presidence-de-la-republique-chargee-defense", "fr", DAY,
         "Le ministre délégué à la présidence de la République chargé de la Défense, Paul Ndongo Essomba, "
         "a reçu mardi à Yaoundé son homologue gabonais.",
         [ev("meeting", ["CMR", "GAB"], date="2026-10-13", location="CMR", mode="visit",
             persons=["Paul Ndongo Essomba"])]),
    # ---- fr (Quebec): "entente" is an agreement
    case("fr-ca-entente-signed-is-agreement", "fr", DAY,
         "Les ministres de la Défense du Canada et de la Norvège ont signé lundi à Halifax une entente de "
         "coopération sur la surveillance de l'Arctique.",
         [ev("agreement", ["CAN", "NOR"], date="2026-10-12", doc_type="agreement")]),
    case("fr-ca-entente-cadre-concluded-is-agreement", "fr", DAY,
         "Ottawa et Canberra ont conclu mardi une entente-cadre en matière d'approvisionnement de défense.",
         [ev("agreement", ["AUS", "CAN"], date="2026-10-13", doc_type="agreement")]),
    case("fr-ca-bonne-entente-is-no-agreement", "fr", DAY,
         "La ministre de la Défense nationale a reçu lundi à Ottawa son homologue estonien; les deux "
         "ministres ont salué la bonne entente entre leurs armées.",
         [ev("meeting", ["CAN", "EST"], date="2026-10-12", location="CAN", mode="visit")]),
    # ---- fr (Switzerland): the head of the DDPS is the minister of defense
    case("fr-ch-chef-du-ddps-is-minister", "fr", DAY,
         "Le chef du DDPS a reçu lundi à Berne son homologue slovène.",
         [ev("meeting", ["CHE", "SVN"], date="2026-10-12", location="CHE", mode="visit")]),
    case("fr-ch-cheffe-departement-federal-defense-is-minister", "fr", DAY,
         "La cheffe du Département fédéral de la défense, Anna Keller, s'est entretenue mardi à Berne avec "
         "son homologue suédois.",
         [ev("meeting", ["CHE", "SWE"], date="2026-10-13", location="CHE", persons=["Anna Keller"])]),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
