"""The kiosk's admin PIN: only a salted PBKDF2 hash is stored, never the digits; guessing is slowed.

Qt-free: the desktop's settings dialog, ``sizer kiosk set-pin`` and the kiosk's PIN screen use it.
"""
from __future__ import annotations

import enum
import hashlib
import hmac
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger("sizer.ui.kiosk.pin")

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


# -- guessing ------------------------------------------------------------------------------------
# A 4-8 digit PIN is not strong (10,000 to 100 million choices): what protects the kiosk is
# that guessing is slow. The first tries are free (a typo), then each failure makes the next try
# wait longer, and from LOCKOUT_AFTER failures on every failure locks the keypad for LOCKOUT_S.
FREE_TRIES = 2
DELAYS_S = (5, 15, 30, 60, 120, 300)  # before the 3rd, 4th, ... try after failures
LOCKOUT_AFTER = 8
LOCKOUT_S = 30 * 60


def wait_after_failures(failures: int) -> float:
    """Seconds before another try is allowed after ``failures`` wrong PINs in a row."""
    if failures < FREE_TRIES:
        return 0.0
    if failures >= LOCKOUT_AFTER:
        return float(LOCKOUT_S)
    return float(DELAYS_S[min(failures - FREE_TRIES, len(DELAYS_S) - 1)])


class PinCheck(enum.Enum):
    UNLOCKED = "unlocked"
    WRONG = "wrong"
    WAIT = "wait"  # a try before the delay is over: not even checked
    NO_PIN = "no_pin"  # none set: the kiosk cannot be unlocked (and should not have started)


@dataclass
class PinGuard:
    """Checks PINs with growing delays and a lockout; the state is persisted by the caller.

    ``failures`` and ``blocked_until`` (wall-clock seconds) survive a restart of the kiosk, so
    pulling the plug does not reset the delay. Every failure and every unlock is logged, never
    the digits typed.
    """

    stored_hash: str
    failures: int = 0
    blocked_until: float = 0.0
    clock: Callable[[], float] = time.time

    def wait_s(self) -> float:
        return max(0.0, self.blocked_until - self.clock())

    def check(self, pin: str) -> PinCheck:
        if not self.stored_hash:
            log.warning("admin PIN entered but none is set; the kiosk cannot be unlocked")
            return PinCheck.NO_PIN
        if self.wait_s() > 0:
            log.warning("admin PIN try refused: keypad locked for %.0f s more", self.wait_s())
            return PinCheck.WAIT
        if verify_pin(pin, self.stored_hash):
            log.info("admin PIN accepted after %d failed tries: kiosk unlocked", self.failures)
            self.failures, self.blocked_until = 0, 0.0
            return PinCheck.UNLOCKED
        self.failures += 1
        wait = wait_after_failures(self.failures)
        self.blocked_until = self.clock() + wait if wait else 0.0
        log.warning("wrong admin PIN (%d failed tries in a row); next try in %.0f s%s", self.failures, wait,
                    " (locked out)" if self.failures >= LOCKOUT_AFTER else "")
        return PinCheck.WRONG
