"""Where mentions of one canonical event disagree: document type, date, place, mode, roles, ranks.

A disagreement is kept as a `Conflict` with every value and who said it (article, language,
evidence sentence and offsets), so the store can show it and the exports can carry it.
A coarser date that contains a finer one ("2025-09" and "2025-09-04") is not a disagreement.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from milwatch.matching.persons import PersonMatcher, PersonRef
from milwatch.model import Attestation, Conflict, Mention, Person

PersonIdOf = Callable[[Person], "str | None"]
EVENT_FIELDS: tuple[str, ...] = ("doc_type", "date", "location", "mode")
PERSON_FIELDS: tuple[str, ...] = ("role", "rank")


def attestation(m: Mention) -> Attestation:
    e = m.event
    return Attestation(
        article_id=m.article_id, lang=m.lang, evidence=e.evidence,
        evidence_start=e.evidence_start, evidence_end=e.evidence_end,
    )


def group_persons(
    mentions: Sequence[Mention], person_id: PersonIdOf | None = None, matcher: PersonMatcher | None = None,
) -> list[list[tuple[Mention, Person]]]:
    """The officials of `mentions`, grouped into one list per real person (in mention order).

    With `person_id` (e.g. a registry's `resolve`), persons with the same id are grouped;
    the rest are grouped by name key and country.
    """
    matcher = matcher if matcher is not None else PersonMatcher()
    groups: list[list[tuple[Mention, Person]]] = []
    refs: list[list[PersonRef]] = []
    by_id: dict[str, int] = {}
    for m in mentions:
        for p in m.event.persons:
            pid = person_id(p) if person_id else None
            if pid is not None and pid in by_id:
                groups[by_id[pid]].append((m, p))
                continue
            mine = [matcher.ref(n, p.country) for n in [p.name, *p.aliases]]
            found = None
            if pid is None:
                found = next(
                    (i for i, rs in enumerate(refs) if any(matcher.same(a, b) for a in mine for b in rs)),
                    None,
                )
            if found is None:
                found = len(groups)
                groups.append([])
                refs.append([])
                if pid is not None:
                    by_id[pid] = found
            groups[found].append((m, p))
            refs[found].extend(mine)
    return groups


def _dates_disagree(values: Sequence[str]) -> bool:
    finest = [v for v in values if not any(w != v and w.startswith(v) for w in values)]
    return len(set(finest)) > 1


def _collect(pairs: Sequence[tuple[str, Mention]]) -> dict[str, list[Attestation]]:
    out: dict[str, list[Attestation]] = {}
    for value, m in pairs:
        out.setdefault(value, []).append(attestation(m))
    return dict(sorted(out.items()))


def person_label(group: Sequence[tuple[Mention, Person]], person_id: PersonIdOf | None) -> str:
    if person_id is not None:
        for _, p in group:
            pid = person_id(p)
            if pid is not None:
                return pid
    names = sorted((p.name for _, p in group), key=lambda n: (not n.isascii(), n))
    return names[0]


def find_conflicts(
    mentions: Sequence[Mention], person_id: PersonIdOf | None = None,
    groups: list[list[tuple[Mention, Person]]] | None = None, matcher: PersonMatcher | None = None,
) -> list[Conflict]:
    """Every field on which the mentions (of one canonical event) disagree.

    `groups` (from `group_persons`) saves regrouping the officials when the caller has them.
    """
    conflicts: list[Conflict] = []
    for name in EVENT_FIELDS:
        pairs = [(str(v), m) for m in mentions if (v := getattr(m.event, name))]
        values = sorted({v for v, _ in pairs})
        disagree = _dates_disagree(values) if name == "date" else len(values) > 1
        if disagree:
            conflicts.append(Conflict(field=name, values=_collect(pairs)))
    for group in groups if groups is not None else group_persons(mentions, person_id, matcher):
        for name in PERSON_FIELDS:
            pairs = [(str(v).strip().lower(), m) for m, p in group if (v := getattr(p, name))]
            if len({v for v, _ in pairs}) > 1:
                conflicts.append(Conflict(field=name, values=_collect(pairs),
                                          person=person_label(group, person_id)))
    return conflicts
