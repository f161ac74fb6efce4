"""Engine rules of session 13b: each case is an invented short article.

An interview's answer speaks in the first person ("we signed a memorandum with Estonia",
"- وقّعنا ... عقداً مع الجانب الإيطالي", "R. Firmamos ... con Portugal") and names only the other state:
the speaker's own state is the second party of the meeting, agreement, intent or aid
(interviews.speaker_state). An answer is a paragraph opening with an answer mark (a dash, "R.", "A:") or
with the name of the lede's official and a colon ("NOWAK: "); the speaker's state is that of the first
official of the lede (else the pack's own state, else the home state). Without it a state named once in
an answer, after a lede about other states, was taken for a lone third state (no event) or paired with
the state of the answer before. A state named right after a target word ("to counter Belarus") stays no
party.
"""

from __future__ import annotations

import pytest

from milwatch.extract.engine import Extractor
from support.cases import CASE_FIELDS, case, check_case, ev

LEDE_EN = ("Polish Defence Minister Jan Nowak answered our questions in Warsaw on Tuesday "
           "about the war between Russia and Ukraine and about the army.\n\n"
           "Q: Is Russia a threat to Poland?\n\n"
           "A: Russia is a threat to the whole region. Ukraine is defending all of us, "
           "and Russia will not stop by itself.\n\n")
TITLE_EN = "Interview: Polish Defence Minister Jan Nowak"
LEDE_ES = ("El ministro de Defensa de Chile, Pedro Soto, habló con este diario el miércoles en Santiago "
           "sobre la guerra entre Rusia y Ucrania y sobre las Fuerzas Armadas.\n\n"
           "P. ¿Rusia es una amenaza?\n\n"
           "R. Rusia es una amenaza para el orden internacional. Ucrania se defiende y Rusia no se "
           "detendrá sola.\n\n")

CASES = [
    case("en-answer-signed-with-a-state-named-once", "en", "2026-05-12",
         LEDE_EN + "Q: What came out of your trip to the north?\n\nA: On Monday we signed a memorandum of "
         "understanding on defence cooperation with Estonia. We will also hold a joint naval exercise with "
         "Finland next year.",
         [ev("agreement", ["EST", "POL"], doc_type="memorandum", date="2026-05-11"),
          ev("intent", ["FIN", "POL"])], title=TITLE_EN),
    case("en-answer-delivered-to-a-state-named-once", "en", "2026-05-12",
         LEDE_EN + "Q: What about the deliveries?\n\nA: Last month we delivered twenty tanks to Lithuania.",
         [ev("aid", ["LTU", "POL"], date="2026-04")], title=TITLE_EN),
    case("en-answer-opened-by-the-officials-name", "en", "2026-05-12",
         LEDE_EN + "OUR PAPER: Tell us about the north.\n\nNOWAK: On Monday we signed a memorandum of "
         "understanding on defence cooperation with Estonia.",
         [ev("agreement", ["EST", "POL"], doc_type="memorandum")], title=TITLE_EN),
    case("es-answer-r-firmamos-and-acordamos", "es", "2026-05-12",
         LEDE_ES + "P. ¿Qué resultados trajo su viaje a Europa?\n\nR. El lunes firmamos un memorando de "
         "entendimiento sobre cooperación en defensa con Portugal. También acordamos con Paraguay realizar "
         "ejercicios navales conjuntos el próximo año.",
         [ev("agreement", ["CHL", "PRT"], doc_type="memorandum"), ev("intent", ["CHL", "PRY"])],
         title="Entrevista al ministro de Defensa de Chile, Pedro Soto"),
    # a background meeting the speaker tells without its place: who travelled is not told (mode null)
    case("en-answer-earlier-meeting-without-a-place", "en", "2026-05-12",
         LEDE_EN + "Q: Do you know the new Lithuanian minister?\n\nA: Yes, I met the Lithuanian defence "
         "minister in March 2024.",
         [ev("meeting", ["LTU", "POL"], date="2024-03", historical=True, mode=None)], title=TITLE_EN),
    # the interviewer's next question after a dash or star is no document of a list
    case("en-next-question-is-no-listed-document", "en", "2026-05-12",
         LEDE_EN + "* What about the navy?\n\n- The contract for two submarines was signed with Sweden in "
         "March 2024.\n\n* Are there new contracts?\n\n- Not yet, the talks go on.",
         [ev("agreement", ["POL", "SWE"], doc_type="contract", date="2024-03", historical=True)],
         title=TITLE_EN),
    # an answer's state named right after a target word is what the speaker acts against, no party
    case("en-answer-state-after-a-target-word-is-no-party", "en", "2026-05-12",
         LEDE_EN + "Q: What next?\n\nA: We signed a contract for new air defence systems on Monday to "
         "counter Belarus.",
         [], title=TITLE_EN),
    # not an answer: the lede's own report of a state named once is no party of the minister's state
    case("en-report-outside-an-answer-keeps-the-lone-state-out", "en", "2026-05-12",
         LEDE_EN + "The ministry said on Monday that Estonia signed a memorandum of understanding on defence "
         "cooperation.",
         [], title=TITLE_EN),
]


@pytest.mark.parametrize(CASE_FIELDS, CASES)
def test_event_case(extractor: Extractor, lang: str, published: str | None, title: str | None, text: str,
                    expected: list[dict[str, object]]) -> None:
    check_case(extractor, lang, published, title, text, expected)
