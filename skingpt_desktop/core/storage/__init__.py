"""Encrypted local vault: patients, cases, photos, conversations, reports and an audit log;
backups (backup.py), salvage of a damaged file (salvage.py) and the rollback mark
(rollback.py).

Public entry points::

    from skingpt_desktop.core.storage import Vault, vault_path, Message
    vault = Vault.open(vault_path()); vault.unlock(passphrase)

See docs/security.md for the threat model, the design and its parameters.
"""

from skingpt_desktop.core.storage.backup import BackupError, ExportSummary, ImportSummary
from skingpt_desktop.core.storage.crypto import KdfParams
from skingpt_desktop.core.storage.drafts import CaseDetails, CaseDraft, SavedCase
from skingpt_desktop.core.storage.keyring import WrongPassphraseError
from skingpt_desktop.core.storage.models import (
    AuditEntry,
    Case,
    CaseSummary,
    Conversation,
    DamagedRecord,
    Message,
    Patient,
    Photo,
    Report,
)
from skingpt_desktop.core.storage.paths import DATA_DIR_ENV, data_dir, vault_path
from skingpt_desktop.core.storage.records import RecordDamagedError, RecordNotFoundError
from skingpt_desktop.core.storage.vault import (
    DEFAULT_IDLE_TIMEOUT_S,
    NO_RECOVERY_WARNING,
    Vault,
    VaultLockedError,
    VaultStatus,
)

__all__ = [
    "AuditEntry", "BackupError", "Case", "CaseDetails", "CaseDraft", "CaseSummary",
    "Conversation", "DATA_DIR_ENV",
    "DEFAULT_IDLE_TIMEOUT_S", "DamagedRecord", "ExportSummary", "ImportSummary", "KdfParams",
    "Message", "NO_RECOVERY_WARNING", "Patient", "Photo", "RecordDamagedError",
    "RecordNotFoundError", "Report", "SavedCase", "Vault", "VaultLockedError", "VaultStatus",
    "WrongPassphraseError", "data_dir", "vault_path",
]
