"""The kiosk's admin PIN: only a salted PBKDF2 hash is stored, never the digits."""
from __future__ import annotations

import hashlib
import hmac
import secrets

MIN_DIGITS = 4
MAX_DIGITS = 8
_ITERATIONS = 200_000  # ~0.1 s per check: cheap for the admin, slow for guessing an exported settings file


def is_valid_pin(pin: str) -> bool:
    return pin.isdigit() and pin.isascii() and MIN_DIGITS <= len(pin) <= MAX_DIGITS


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``"<salt hex>$<hash hex>"`` for a PIN of MIN_DIGITS..MAX_DIGITS digits."""
    if not is_valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, _ITERATIONS)
    return f"{salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """Whether ``pin`` matches the stored hash (False for an empty or damaged one)."""
    salt_hex, _, digest_hex = stored.partition("$")
    if not salt_hex or not digest_hex or not is_valid_pin(pin):
        return False
    try:
        salt, expected = bytes.fromhex(salt_hex), bytes.fromhex(digest_hex)
    except ValueError:
        return False
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode("ascii"), salt, _ITERATIONS)
    return hmac.compare_digest(digest, expected)
