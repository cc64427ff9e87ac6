"""Key derivation, key wrapping and record encryption for the vault.

Key hierarchy (see docs/security.md):

* a random 256-bit **data key** encrypts every record (AES-256-GCM, fresh 96-bit nonce each time,
  the record's identity as associated data);
* the data key is stored only **wrapped** (AES-256-GCM) under a key-encryption key derived from
  the passphrase with **Argon2id** (per-vault random salt, calibrated cost >= 64 MiB);
* an optional **recovery key** (160 random bits shown once as base32 groups) wraps the same data
  key through HKDF-SHA256: it is already high-entropy, so a slow KDF adds nothing.

Key material lives in :class:`SecretKey` (a ``bytearray`` that is zeroed on ``wipe()``); Python
cannot guarantee that no other copy exists (see docs/security.md, "Limits").
"""

from __future__ import annotations

import base64
import os
import time
import unicodedata
from collections.abc import Callable
from dataclasses import asdict, dataclass

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from skingpt_desktop.core.bounded_input import quote
from skingpt_desktop.core.errors import VaultError

KEY_BYTES = 32  # AES-256
NONCE_BYTES = 12  # 96-bit GCM nonce, random per encryption
SALT_BYTES = 16
TAG_BYTES = 16
BLOB_VERSION = 1  # first byte of every sealed blob; lets a later format coexist

# Argon2id floor for real vaults (RFC 9106 "second recommended option": 64 MiB, t=3, p=4).
MIN_MEMORY_KIB = 64 * 1024
MIN_TIME_COST = 3
DEFAULT_PARALLELISM = 4
CALIBRATION_TARGET_S = 0.5
MAX_CALIBRATED_MEMORY_KIB = 256 * 1024
MAX_CALIBRATED_TIME_COST = 10

# Bounds applied to parameters read from a vault or backup header: at most what this app ever
# writes (calibration's ceiling, its lane count), so that a hostile or damaged file cannot make
# a derivation take more memory or time than the app's own strongest setting. Checked before
# any derivation, dry runs included.
_HEADER_BOUNDS = {
    "memory_kib": (8, MAX_CALIBRATED_MEMORY_KIB),
    "time_cost": (1, MAX_CALIBRATED_TIME_COST),
    "parallelism": (1, DEFAULT_PARALLELISM),
}

RECOVERY_KEY_BYTES = 20  # 160 bits -> 32 base32 characters -> 8 groups of 4
_BASE32_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


class DecryptionError(VaultError):
    """A blob failed authentication: wrong key, or the bytes or their identity were changed."""


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters, stored in the vault (and backup) header.

    ``test_only`` marks parameters below the real-vault floor; they exist so the test suite and
    the crash test can create vaults in milliseconds. ``Vault.status()`` and ``vault status``
    show a warning for such a vault. Real vaults are created with :func:`calibrate`.
    """

    memory_kib: int
    time_cost: int
    parallelism: int
    test_only: bool = False

    @classmethod
    def for_tests(cls) -> KdfParams:
        """Cheap parameters (8 MiB, one pass) for automated tests only; never for real data."""
        return cls(memory_kib=8 * 1024, time_cost=1, parallelism=1, test_only=True)

    def check(self) -> None:
        """Raise ``VaultError`` if out of bounds, or below the floor without ``test_only``."""
        for name, (low, high) in _HEADER_BOUNDS.items():
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
                shown = value if isinstance(value, int) else quote(repr(value))
                raise VaultError(f"key derivation setting {name}={shown} is "
                                 f"outside {low}..{high} (this app never writes more); refused "
                                 "before deriving any key")
        weak = self.memory_kib < MIN_MEMORY_KIB or self.time_cost < MIN_TIME_COST
        if weak and not self.test_only:
            raise VaultError(
                f"key derivation cost ({self.memory_kib} KiB, {self.time_cost} passes) is below "
                f"the minimum of {MIN_MEMORY_KIB} KiB and {MIN_TIME_COST} passes for a real vault")

    def to_dict(self) -> dict:
        """JSON-ready form for a header."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: object) -> KdfParams:
        """Parse and bound-check header data; raises ``VaultError`` naming the bad field."""
        if not isinstance(data, dict):
            raise VaultError("the key derivation settings in the header are not an object")
        try:
            params = cls(memory_kib=data["memory_kib"], time_cost=data["time_cost"],
                         parallelism=data["parallelism"], test_only=bool(data.get("test_only")))
        except KeyError as exc:
            raise VaultError("the key derivation settings lack the field "
                             f"{exc.args[0]!r}") from None
        params.check()
        return params


class SecretKey:
    """256-bit key held in a ``bytearray`` so that :meth:`wipe` can overwrite it in place."""

    __slots__ = ("_buf",)

    def __init__(self, material: bytes | bytearray) -> None:
        if len(material) != KEY_BYTES:
            raise VaultError(f"a key must be {KEY_BYTES} bytes, got {len(material)}")
        self._buf = bytearray(material)

    @classmethod
    def generate(cls) -> SecretKey:
        """A fresh random key from the OS CSPRNG."""
        return cls(os.urandom(KEY_BYTES))

    @property
    def material(self) -> bytearray:
        """The live buffer (not a copy); raises if the key was wiped."""
        if not self._buf:
            raise VaultError("the key was wiped (the vault is locked)")
        return self._buf

    def wipe(self) -> None:
        """Overwrite the key bytes with zeros and forget them."""
        for i in range(len(self._buf)):
            self._buf[i] = 0
        self._buf = bytearray()

    @property
    def wiped(self) -> bool:
        """True once :meth:`wipe` ran."""
        return not self._buf


def normalize_passphrase(passphrase: str) -> bytes:
    """UTF-8 of the NFC form, so the same passphrase typed on macOS (NFD) and Windows matches."""
    if not isinstance(passphrase, str) or not passphrase:
        raise VaultError("the passphrase is empty")
    try:
        return unicodedata.normalize("NFC", passphrase).encode("utf-8")
    except UnicodeEncodeError:  # undecodable input bytes, kept as surrogates by Python
        raise VaultError("the passphrase is not valid text (it holds bytes that are not "
                         "UTF-8)") from None


def derive_kek(passphrase: str, salt: bytes, params: KdfParams) -> SecretKey:
    """Argon2id(passphrase, salt, params) -> 32-byte key-encryption key."""
    params.check()
    raw = hash_secret_raw(normalize_passphrase(passphrase), salt, time_cost=params.time_cost,
                          memory_cost=params.memory_kib, parallelism=params.parallelism,
                          hash_len=KEY_BYTES, type=Type.ID)
    return SecretKey(raw)


def calibrate(target_s: float = CALIBRATION_TARGET_S,
              clock: Callable[[], float] = time.perf_counter) -> KdfParams:
    """Pick Argon2id costs for this machine: at least 64 MiB and 3 passes, more while under target.

    Memory is raised first (it is what makes GPU/ASIC guessing expensive), up to 256 MiB so the
    app still fits next to a 13B model; then passes, up to 10.
    """
    def measure(memory_kib: int, time_cost: int) -> float:
        start = clock()
        hash_secret_raw(b"calibration", os.urandom(SALT_BYTES), time_cost=time_cost,
                        memory_cost=memory_kib, parallelism=DEFAULT_PARALLELISM,
                        hash_len=KEY_BYTES, type=Type.ID)
        return clock() - start

    memory, passes = MIN_MEMORY_KIB, MIN_TIME_COST
    measure(memory, 1)  # warm-up: the first allocation of the arena is slower than steady state
    elapsed = measure(memory, passes)
    while elapsed * 2 <= target_s and memory < MAX_CALIBRATED_MEMORY_KIB:
        memory *= 2
        elapsed = measure(memory, passes)
    per_pass = elapsed / passes
    while per_pass * (passes + 1) <= target_s and passes < MAX_CALIBRATED_TIME_COST:
        passes += 1
    return KdfParams(memory_kib=memory, time_cost=passes, parallelism=DEFAULT_PARALLELISM)


def seal(key: SecretKey, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt and authenticate: ``version(1) | nonce(12) | ciphertext | tag(16)``."""
    nonce = os.urandom(NONCE_BYTES)
    body = AESGCM(key.material).encrypt(nonce, plaintext, aad)
    return bytes([BLOB_VERSION]) + nonce + body


def open_sealed(key: SecretKey, blob: bytes, aad: bytes) -> bytes:
    """Inverse of :func:`seal`; raises :class:`DecryptionError` on any change or wrong key."""
    if len(blob) < 1 + NONCE_BYTES + TAG_BYTES or blob[0] != BLOB_VERSION:
        raise DecryptionError("the encrypted blob is truncated or of an unknown version")
    nonce, body = blob[1:1 + NONCE_BYTES], blob[1 + NONCE_BYTES:]
    try:
        return AESGCM(key.material).decrypt(nonce, body, aad)
    except InvalidTag:
        raise DecryptionError("the encrypted blob failed authentication") from None


def wrap_key(kek: SecretKey, data_key: SecretKey, aad: bytes) -> bytes:
    """The data key sealed under a key-encryption key."""
    return seal(kek, bytes(data_key.material), aad)


def unwrap_key(kek: SecretKey, wrapped: bytes, aad: bytes) -> SecretKey:
    """Inverse of :func:`wrap_key`; ``DecryptionError`` means wrong passphrase/recovery key."""
    raw = bytearray(open_sealed(kek, wrapped, aad))
    try:
        return SecretKey(raw)
    finally:
        raw[:] = bytes(len(raw))


def hkdf(key_material: bytes | bytearray, info: bytes, salt: bytes | None = None) -> SecretKey:
    """HKDF-SHA256 to one 32-byte subkey (domain-separated by ``info``)."""
    derived = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=info)
    return SecretKey(derived.derive(bytes(key_material)))


def new_recovery_key() -> tuple[str, bytes]:
    """A random recovery key: (text for the user, raw bytes)."""
    raw = os.urandom(RECOVERY_KEY_BYTES)
    return format_recovery_key(raw), raw


def format_recovery_key(raw: bytes) -> str:
    """``ABCD-EFGH-...``: base32 (no 0/1/8/9 to confuse) in groups of four."""
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i:i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    """Accept the key as typed: any case, spaces or dashes, 0/1/8 read as O/I/B."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum()).translate(_BASE32_LOOKALIKES)
    expected = len(format_recovery_key(bytes(RECOVERY_KEY_BYTES)).replace("-", ""))
    if len(cleaned) != expected:
        raise VaultError(f"a recovery key has {expected} letters and digits, this one has "
                         f"{len(cleaned)}")
    try:
        return base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except ValueError:
        raise VaultError("the recovery key contains characters that are not in its alphabet "
                         "(A-Z, 2-7)") from None


def recovery_kek(raw: bytes, salt: bytes) -> SecretKey:
    """Key-encryption key from a recovery key (already 160 random bits: HKDF is enough)."""
    return hkdf(raw, b"skingpt-vault recovery kek v1", salt=salt)
