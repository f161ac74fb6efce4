"""The extract stage on short South Asian press articles written for these tests (none of these sentences
is in tests/data/heldout/south_asia2.jsonl or in any shared set).

Each case is one article and the events ../shared/eval/GUIDELINES.md says it reports; the helpers are
those of tests/extract/test_events.py. They pin general wording of the Tamil, Sinhala, Hindi, Urdu,
Bengali and Nepali press (packs hi, ur, bn, ne, si, ta):

- Tamil: "இரு மந்திரிகளும்" (both ministers, the மந்திரி register of Dinathanthi and Maalaimalar) as the
  two sides of the talks; support for another state's fight or war ("… போராட்டத்துக்கு … முழு ஆதரவு").
- Sinhala: "අද" (today) only as a word of its own: a bare "අද" is the start of අද්මිරාල් (admiral),
  අදාළ, අදහස්, so an admiral's meeting lost its written day; naval officers and sailors (නාවික
  නිලධාරීන්, නාවිකයන්) as military words; a "හවුල් අභ්‍යාසයක" (joint exercise) "නිරත විය" (engaged in)
  as an exercise held; a ship that "completed its visit" (සංචාරය නිමකර) reports no meeting; a
  "මෙයත් කියවන්න:" (read also) label alone on its line with the linked headline after it.
"""

from __future__ import annotations

from typing import Any

import pytest

from milwatch.packs import PackRegistry
from support.cases import CASE_FIELDS, case, check_case, check_cleaning, ev

DAY = "2026-03-18"  # a Wednesday

CASES = [
    # ---- ta: "both ministers" in the Dinathanthi register, a discussion sentence between
    case("ta-iru-manthirigalum-both-sides", "ta", DAY,
         "புதுடெல்லி, மார்ச் 18-\n\nஇந்திய ராணுவ மந்திரி நேற்று ஜப்பான் ராணுவ மந்திரியுடன் தொலைபேசியில் "
         "பேசினார். அப்போது இருவரும் கடல்சார் பாதுகாப்பு குறித்து ஆலோசித்தனர்.\n\nபாதுகாப்புத் தொழில் "
         "ஒத்துழைப்பை விரிவுபடுத்த இரு மந்திரிகளும் ஒப்புக்கொண்டனர்.",
         [ev("meeting", ["IND", "JPN"], mode="phone", date="2026-03-17"), ev("intent", ["IND", "JPN"])]),
    # ---- ta: support for another state's fight
    case("ta-support-for-the-fight", "ta", DAY,
         "பிரான்ஸ் ராணுவ அமைச்சர் நேற்று புதுடெல்லியில் இந்திய பாதுகாப்பு அமைச்சரைச் சந்தித்தார். "
         "பயங்கரவாதத்துக்கு எதிரான இந்தியாவின் போராட்டத்துக்கு பிரான்ஸ் தொடர்ந்து ஆதரவு வழங்கும் என்று "
         "அவர் கூறினார்.",
         [ev("meeting", ["FRA", "IND"], date="2026-03-17"), ev("support", ["FRA", "IND"])]),
    # ---- si: an admiral's title is no "today"
    case("si-admiral-is-no-today", "si", DAY,
         "මාර්තු 10 වැනිදා කොළඹදී ශ්‍රී ලංකා නාවික හමුදාපති හමුවූ ඉන්දීය නාවික හමුදාපති අද්මිරාල් "
         "දිනේෂ් ත්‍රිපාඨි දෙරට අතර නාවික සහයෝගිතාව පිළිබඳව සාකච්ඡා කළේය.",
         [ev("meeting", ["IND", "LKA"], date="2026-03-10", location="LKA")]),
    # ---- si: naval officers are military; a pledge to train them
    case("si-naval-officers-trained-pledge", "si", DAY,
         "මාලදිවයින් නාවික නිලධාරීන් 30 දෙනෙකුට පුහුණුව ලබාදීමට ශ්‍රී ලංකාව එකඟ විය.",
         [ev("intent", ["LKA", "MDV"])]),
    # ---- si: a joint exercise "engaged in"
    case("si-joint-exercise-nirata-viya", "si", DAY,
         "ඉන්දීය සහ ශ්‍රී ලංකා නාවික නෞකා ඊයේ ත්‍රිකුණාමලය අක්වෙරළ මුහුදේදී හවුල් අභ්‍යාසයක නිරත විය.",
         [ev("exercise", ["IND", "LKA"], date="2026-03-17")]),
    # ---- si: a ship that completed its visit reports no meeting
    case("si-ship-completed-visit-is-no-meeting", "si", DAY,
         "බංග්ලාදේශ නාවික හමුදාවේ නෞකාවක් දින හතරක නිල සංචාරයක් නිමකර ඊයේ කොළඹ වරායෙන් පිටත්ව ගියේය.",
         []),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Any, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, Any]]) -> None:
    check_case(extractor, lang, published, title, text, expected)


def test_si_read_also_label_drops_the_headline(registry: PackRegistry) -> None:
    """Lankadeepa's "මෙයත් කියවන්න:" (read this too) alone on its line inside the article: the label and
    the linked headline after it go, the body on both sides stays."""
    body = ("ශ්‍රී ලංකා යුද හමුදාපති ඊයේ කොළඹදී මාලදිවයින් ආරක්ෂක හමුදා ප්‍රධානියා හමුවිය. දෙරට අතර "
            "පුහුණු සහයෝගිතාව පිළිබඳව එහිදී සාකච්ඡා කෙරිණි.")
    headline = "ඉන්දීය යුද නෞකාවක් ත්‍රිකුණාමලය වරායට"
    body2 = ("මෙම හමුවට ආරක්ෂක අමාත්‍යාංශයේ ඉහළ නිලධාරීන් රැසක් ද සහභාගි වූ අතර දෙරටේ හමුදා අතර සබඳතා "
             "තවදුරටත් වර්ධනය කිරීම පිළිබඳව සාකච්ඡා විය.")
    check_cleaning(registry, "si", f"{body}\n\nමෙයත් කියවන්න:\n{headline}\n\n{body2}",
                   kept=[body, body2], dropped=["මෙයත් කියවන්න", headline])
