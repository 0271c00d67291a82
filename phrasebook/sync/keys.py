"""Ed25519 keys and signatures (from `cryptography`), and the canonical bytes they cover."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def unb64(text: str) -> bytes:
    """Decode url-safe base64; raises ValueError for anything else."""
    if not isinstance(text, str):
        raise ValueError("expected base64 text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def canonical_bytes(data: dict[str, Any]) -> bytes:
    """The bytes a signature covers: sorted keys, no spaces, UTF-8, without the `sig` key."""
    body = {k: v for k, v in data.items() if k != "sig"}
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()


def key_id(public: str) -> str:
    """A short, stable name for a public key (also the device's node id in the op log)."""
    return hashlib.sha256(unb64(public)).hexdigest()[:16]


class SigningKey:
    """A private Ed25519 key (a device key, the team owner key, or an invitation key)."""

    def __init__(self, key: Ed25519PrivateKey) -> None:
        self._key = key
        self.public = b64(key.public_key().public_bytes_raw())
        self.id = key_id(self.public)

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(Ed25519PrivateKey.generate())

    @classmethod
    def from_secret(cls, secret: str) -> SigningKey:
        return cls(Ed25519PrivateKey.from_private_bytes(unb64(secret)))

    @property
    def secret(self) -> str:
        return b64(self._key.private_bytes_raw())

    def sign(self, data: bytes) -> str:
        return b64(self._key.sign(data))

    def signed(self, data: dict[str, Any]) -> dict[str, Any]:
        """`data` with a `sig` over its canonical bytes."""
        return {**data, "sig": self.sign(canonical_bytes(data))}


def verify(public: str, sig: Any, data: bytes) -> bool:
    """True when `sig` is `public`'s signature of `data`; False for anything malformed."""
    try:
        Ed25519PublicKey.from_public_bytes(unb64(public)).verify(unb64(sig), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def verify_signed(public: str, data: dict[str, Any]) -> bool:
    return verify(public, data.get("sig"), canonical_bytes(data))
