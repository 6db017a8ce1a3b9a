"""Letters MADE FOR TESTS: small real PDFs (tests/pdf_builder.py) in the wording Ofsted's letters
use, for publication kinds the corpus holds no example of. Every one says on its last line that it
was made for tests; none is a copy of a real letter. The replica serves them through
`Replica.publish` (see tests/test_poll_kinds.py)."""
from __future__ import annotations

from pdf_builder import text_pdf

MARK = "MADE FOR TESTS by ofsted-pipeline: not an Ofsted publication."


def focused_visit(la: str = "Darlington", on: str = "4 and 5 June 2019") -> bytes:
    return text_pdf([[
        "Director of Children's Services", f"{la} Borough Council", "Dear Director",
        f"Focused visit to {la} local authority children's services",
        f"This letter summarises the findings of the focused visit to {la} local authority",
        f"children's services on {on}. Her Majesty's Inspectors for this visit were",
        "Lisa Summers and Louise Hollick.",
        "Lead inspector: Lisa Summers, Her Majesty's Inspector",
    ], ["Yours sincerely", "Lisa Summers", "Her Majesty's Inspector", MARK]])


def monitoring_visit(la: str = "Darlington") -> bytes:
    return text_pdf([[
        "Dear Director",
        f"Monitoring visit to {la} children's services",
        f"This letter summarises the findings of the monitoring visit to {la} children's",
        "services on 21 and 22 January 2020. This visit was the second monitoring visit since the",
        "local authority was judged inadequate in January 2019. His Majesty's Inspectors for this",
        "visit were Andy Waugh and Rachel Holden.",
    ], ["Yours sincerely", "Andy Waugh", "His Majesty's Inspector", MARK]])


def jtai(la: str = "Darlington") -> bytes:
    return text_pdf([[
        "Director of Children's Services", "Chief Constable", "Integrated care board chief executive",
        f"Joint targeted area inspection of the multi-agency response to children who are victims of domestic abuse in {la}",
        "This letter summarises the findings of a joint targeted area inspection (JTAI) of the",
        f"multi-agency response to children who are victims of domestic abuse in {la}.",
        "Between 10 and 14 June 2024, Ofsted, the Care Quality Commission (CQC), His Majesty's",
        "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) and His Majesty's",
        "Inspectorate of Probation (HMIP) carried out a joint inspection.",
    ], ["Yours sincerely", "Tracey Scott", "His Majesty's Inspector", "Ofsted lead inspector", MARK]])


def area_send(la: str = "Darlington") -> bytes:
    return text_pdf([[
        f"Area SEND inspection of {la} Local Area Partnership",
        "Inspection dates: 13 to 17 March 2023",
        "Dates of previous inspection: 4 to 8 March 2019",
        "Inspection outcome",
        "The local area partnership's arrangements lead to inconsistent experiences and outcomes",
        "for children and young people with special educational needs and/or disabilities (SEND).",
        "Ofsted lead inspector: Emma Ing, His Majesty's Inspector",
    ], ["Ofsted and the Care Quality Commission (CQC)", MARK]])


def lscb_review(la: str = "Darlington") -> bytes:
    return text_pdf([[
        f"{la} Local Safeguarding Children Board",
        "Review of the effectiveness of the Local Safeguarding Children Board",
        "Inspection dates: 10 July 2017 to 3 August 2017",
        "Report published: 25 September 2017",
        "Lead inspector: Jo Stevenson, Her Majesty's Inspector",
        "The local safeguarding children board is good.",
    ], [MARK]])


def unknown_kind(la: str = "Darlington") -> bytes:
    return text_pdf([[f"{la}: annual engagement meeting summary", "Ofsted", MARK]])
