"""Facts about officials beyond their names: role families and registry tenures (countries: `countries`).

    role_family("Secretary of Defence")                    # "defense minister"
    within_tenure("2017-05", "minister of defense", seed)  # False when the registry says otherwise
    tenure_contradictions(person, seed)                    # spans the registry contradicts

A registry (seed) entry's roles carry tenures (`first_seen`/`last_seen` = from/to, YYYY[-MM[-DD]]).
Dates are compared at the coarser of the two precisions, so "2021" is within "2021-04 .. ".
"""

from __future__ import annotations

import re

from milwatch.model import Attribution, CanonicalPerson

# Role spellings of one office, in plain English (the press says "defence secretary" for the
# British minister, "secretary of defense" for the American one).
_MINISTER = re.compile(r"^(?:minister of (?:state for )?defen[cs]e(?: affairs)?(?: "
                       r"ii)?|secretary of defen[cs]e|"
                       r"defen[cs]e (?:minister|secretary)|minister)$")
_CHIEF = re.compile(r"^(?:chief of (?:the )?(?:general|defen[cs]e|army|joint) staff|chief of "
                    r"defen[cs]e(?: staff| forces)?|"
                    r"chief of (?:the )?general staff of the armed forces)$")


def role_family(role: str | None) -> str | None:
    """"defense minister", "chief of defense" or the role itself (lower case); None for none."""
    if not role:
        return None
    value = " ".join(role.lower().replace("defence", "defense").split())
    if value.startswith(("deputy", "vice", "first deputy")):
        return value
    if _MINISTER.match(value):
        return "defense minister"
    if _CHIEF.match(value):
        return "chief of defense"
    return value


def _before(a: str, b: str) -> bool:
    """`a` strictly before `b` at the coarser precision of the two."""
    n = min(len(a), len(b))
    return a[:n] < b[:n]


def within(day: str, attr: Attribution) -> bool:
    """`day` falls in the span of `attr` (open ends are open)."""
    if attr.first_seen and _before(day, attr.first_seen):
        return False
    return not (attr.last_seen and _before(attr.last_seen, day))


def registry_roles(known: CanonicalPerson, role: str | None) -> list[Attribution]:
    """The registry's roles of `known` in the family of `role`."""
    family = role_family(role)
    return [r for r in known.roles if family and role_family(r.value) == family]


def within_tenure(day: str | None, role: str | None, known: CanonicalPerson) -> bool | None:
    """True/False when the registry has a dated role of this family for `known`; None when it
    cannot tell (no date, no such role, or the role's tenure is not given)."""
    roles = [r for r in registry_roles(known, role) if r.first_seen or r.last_seen]
    if not day or not roles:
        return None
    return any(within(day, r) for r in roles)


def tenure_contradictions(person: CanonicalPerson, known: CanonicalPerson) -> list[tuple[str, str, str]]:
    """(role, first seen, last seen) of each dated role of `person` whose span leaves every tenure
    the registry gives `known` for that role family."""
    out = []
    for attr in person.roles:
        for day in (attr.first_seen, attr.last_seen):
            if day and within_tenure(day, attr.value, known) is False:
                out.append((attr.value, attr.first_seen or "", attr.last_seen or ""))
                break
    return out
