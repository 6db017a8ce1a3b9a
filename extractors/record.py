"""The typed record an extraction returns."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from extractors.codes import STATUS_OK

EXTRACTOR_VERSION = "1.2.0"  # 1.2.0: a second reading from the body, review; pre-2013 forms


@dataclass(frozen=True)
class Extraction:
    """What one document says: its kind, dates, inspector and judgements.

    `status` is `ok`, `not_a_report` or `unreadable`; anything but `ok` carries `error`,
    one sentence a person can act on.

    `review` names what a person must check before the grades are trusted: area code -> one
    sentence why (the page-1 reading and the body reading disagree, or a judgement the framework
    requires was found by neither). The key `inspection` stands for the whole inspection (for
    example a framework or kind that cannot be told). An empty `review` means every grade in
    `judgements` was read twice and both readings agree. Grades under review stay in `judgements`
    (the best reading, or absent where none was found); the warehouse loads such an inspection
    with status `review` and raises no rating change for those areas until a person decides.
    """

    sha256: str
    status: str = STATUS_OK
    report_kind: str | None = None
    framework: str | None = None
    local_authority: str | None = None
    inspection_start: date | None = None
    inspection_end: date | None = None
    published: date | None = None
    lead_inspector: str | None = None
    judgements: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    claims: list[dict] = field(default_factory=list)
    review: dict[str, str] = field(default_factory=dict)
    # The kind of publication where `report_kind` does not tell it: `jtai` or `area_send` for a
    # joint inspection's letter (report_kind `other`). See extractors/publication_kind.py.
    publication_kind: str | None = None
    extractor_version: str = EXTRACTOR_VERSION

    def to_json(self, path: str | None = None) -> dict:
        """The JSON object of `ofsted extract --format jsonl`, in the contract's field order."""
        out: dict = {}
        if path is not None:
            out["path"] = path
        out.update(
            sha256=self.sha256,
            status=self.status,
            report_kind=self.report_kind,
            framework=self.framework,
            local_authority=self.local_authority,
            inspection_start=_iso(self.inspection_start),
            inspection_end=_iso(self.inspection_end),
            published=_iso(self.published),
            lead_inspector=self.lead_inspector,
            judgements=dict(self.judgements),
            warnings=list(self.warnings),
        )
        if self.review:
            out["review"] = dict(self.review)
        if self.publication_kind:
            out["publication_kind"] = self.publication_kind
        if self.claims:
            out["claims"] = [dict(c) for c in self.claims]
        if self.status != STATUS_OK:
            out["error"] = self.error
        return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None
