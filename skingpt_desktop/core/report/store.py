"""Reports in the vault: the one way a report is stored with its case (CLI and app alike).

The record holds the whole report (summary, urgency, transcript, pack identity) as JSON inside
the vault's encrypted ``report`` record; the photo is not stored twice, the record names the case
photo's SHA-256 instead. ``data["kind"]`` tells these records from other reports a case may hold.
"""

from __future__ import annotations

import hashlib

from skingpt_desktop.core.report.checklist import default_checklist
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.core.storage import Report as StoredReport
from skingpt_desktop.core.storage import Vault

REPORT_KIND = "skingpt-report"  # data["kind"] of the report records written here


def store_report(vault: Vault, case_id: str, report: Report) -> StoredReport:
    """Add ``report`` to the case in the (unlocked) vault, encrypted like every record."""
    level = default_checklist().level(report.triage.urgency)
    record = StoredReport(
        case_id=case_id, title=f"Report {report.created_display}",
        text=f"{level.label}. {report.summary.patient_summary}".strip(),
        data={"kind": REPORT_KIND, "report": report.to_dict(include_photo=False),
              "photo_sha256": hashlib.sha256(report.photo_jpeg).hexdigest()},
        pack_name=report.pack.name)
    return vault.add_report(record)


def is_report_record(record: StoredReport) -> bool:
    """True for a record written by ``store_report``."""
    return record.data.get("kind") == REPORT_KIND
