"""The vault header: key derivation settings, salts and the wrapped data key.

The header is stored in the clear (``meta`` table, JSON). It is not secret; it is also not
trusted: every value is bounds-checked on read, and a changed salt, setting or wrapped key only
makes unwrapping fail ("wrong passphrase"), never weakens a key that was set up correctly.
"""

from __future__ import annotations

import base64
import json
import os
import re
from dataclasses import dataclass, replace

from skingpt_desktop.core.bounded_input import loads_json, quote
from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import crypto

FORMAT_VERSION = 1
MAX_HEADER_CHARS = 64 * 1024  # a real header is about 400 characters
VAULT_ID_PATTERN = re.compile(r"[0-9a-f]{32}")


class WrongPassphraseError(VaultError):
    """The passphrase (or recovery key) does not unwrap the data key."""


@dataclass(frozen=True)
class Header:
    """Everything needed to turn a passphrase or recovery key into the data key."""

    vault_id: str
    kdf: crypto.KdfParams
    salt: bytes
    wrapped_key: bytes
    recovery_salt: bytes | None = None
    recovery_wrapped: bytes | None = None

    @property
    def has_recovery_key(self) -> bool:
        """True if a recovery key can unwrap the data key."""
        return self.recovery_wrapped is not None

    def to_json(self) -> str:
        """Serialise for the ``meta`` table."""
        b64 = _b64e
        return json.dumps({
            "format": FORMAT_VERSION, "vault_id": self.vault_id, "kdf": self.kdf.to_dict(),
            "salt": b64(self.salt), "wrapped_key": b64(self.wrapped_key),
            "recovery_salt": b64(self.recovery_salt),
            "recovery_wrapped": b64(self.recovery_wrapped),
        }, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None, where: str) -> Header:
        """Parse and validate; raises ``VaultError`` naming the bad field and the file."""
        if text is None:
            raise VaultError(f"{where} has no vault header; it is not a SkinGPT vault")
        data = loads_json(text, f"the vault header of {where}", VaultError,
                          max_bytes=MAX_HEADER_CHARS, max_depth=4)
        if not isinstance(data, dict):
            raise VaultError(f"{where} has a damaged vault header (not a JSON object)")
        try:
            if data.get("format") != FORMAT_VERSION:
                raise VaultError(f"{where} uses vault format {quote(str(data.get('format')))}; this app "
                                 f"reads format {FORMAT_VERSION}")
            header = cls(vault_id=_vault_id(data.get("vault_id")),
                         kdf=crypto.KdfParams.from_dict(data["kdf"]),
                         salt=_b64d_required(data["salt"], "salt"),
                         wrapped_key=_b64d_required(data["wrapped_key"], "wrapped_key"),
                         recovery_salt=_b64d(data.get("recovery_salt")),
                         recovery_wrapped=_b64d(data.get("recovery_wrapped")))
        except VaultError as exc:
            raise VaultError(f"{where}: {exc}") from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise VaultError(f"{where} has a damaged vault header ({exc!r})") from None
        if len(header.salt) != crypto.SALT_BYTES:
            raise VaultError(f"{where} has a damaged vault header (salt or wrapped key)")
        return header


def _vault_id(value: object) -> str:
    """The header's vault id: 32 lowercase hex digits, as ``new_id`` makes them (it is part of
    every record's associated data, which is ASCII)."""
    if not isinstance(value, str) or not VAULT_ID_PATTERN.fullmatch(value):
        raise ValueError("the vault id is not 32 lowercase hex digits")
    return value


def _b64e(value: bytes | None) -> str | None:
    return None if value is None else base64.b64encode(value).decode("ascii")


def _b64d(value: object) -> bytes | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("expected base64 text")
    return base64.b64decode(value, validate=True)


def _b64d_required(value: object, name: str) -> bytes:
    decoded = _b64d(value)
    if decoded is None:
        raise ValueError(f"no {name}")
    return decoded


def _aad(vault_id: str, method: str) -> bytes:
    return f"skingpt-vault-wrap/1\x00{vault_id}\x00{method}".encode("ascii")


def new_header(vault_id: str, passphrase: str, kdf: crypto.KdfParams,
               data_key: crypto.SecretKey) -> Header:
    """Header for a new vault: fresh salt, data key wrapped under the passphrase."""
    return with_passphrase(Header(vault_id, kdf, bytes(crypto.SALT_BYTES), b""), passphrase,
                           data_key)


def with_passphrase(header: Header, passphrase: str, data_key: crypto.SecretKey) -> Header:
    """Re-wrap the data key under a new passphrase (fresh salt); records are untouched."""
    salt = os.urandom(crypto.SALT_BYTES)
    kek = crypto.derive_kek(passphrase, salt, header.kdf)
    try:
        wrapped = crypto.wrap_key(kek, data_key, _aad(header.vault_id, "passphrase"))
    finally:
        kek.wipe()
    return replace(header, salt=salt, wrapped_key=wrapped)


def with_recovery_key(header: Header, data_key: crypto.SecretKey) -> tuple[Header, str]:
    """Add (or replace) a recovery key; returns the new header and the key text to show once."""
    text, raw = crypto.new_recovery_key()
    salt = os.urandom(crypto.SALT_BYTES)
    kek = crypto.recovery_kek(raw, salt)
    try:
        wrapped = crypto.wrap_key(kek, data_key, _aad(header.vault_id, "recovery"))
    finally:
        kek.wipe()
    return replace(header, recovery_salt=salt, recovery_wrapped=wrapped), text


def without_recovery_key(header: Header) -> Header:
    """Forget the recovery key's wrapped copy of the data key."""
    return replace(header, recovery_salt=None, recovery_wrapped=None)


def unwrap_with_passphrase(header: Header, passphrase: str, where: str) -> crypto.SecretKey:
    """Data key from the passphrase; :class:`WrongPassphraseError` if it does not fit."""
    kek = crypto.derive_kek(passphrase, header.salt, header.kdf)
    try:
        return crypto.unwrap_key(kek, header.wrapped_key, _aad(header.vault_id, "passphrase"))
    except crypto.DecryptionError:
        raise WrongPassphraseError(f"wrong passphrase for the vault at {where}; nothing was "
                                   "changed") from None
    finally:
        kek.wipe()


def unwrap_with_recovery_key(header: Header, recovery_key: str, where: str) -> crypto.SecretKey:
    """Data key from the recovery key text."""
    if not header.has_recovery_key or header.recovery_salt is None:
        raise VaultError(f"the vault at {where} has no recovery key")
    kek = crypto.recovery_kek(crypto.parse_recovery_key(recovery_key), header.recovery_salt)
    try:
        return crypto.unwrap_key(kek, header.recovery_wrapped or b"",
                                 _aad(header.vault_id, "recovery"))
    except crypto.DecryptionError:
        raise WrongPassphraseError(f"wrong recovery key for the vault at {where}; nothing was "
                                   "changed") from None
    finally:
        kek.wipe()
