"""Argon2id: from a password (or recovery code) to a key-encryption key.

Production parameters never go below the RFC 9106 "second recommended" profile
(64 MiB, 4 lanes, 3 passes). At setup the time cost is raised until one
derivation takes about 0.5-1 s on that PC. Tests switch to a cheap profile with
:func:`enable_test_profile`, an explicit call that production code never makes.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from shelter_desk.errors import WeakKeyParameters

KEY_LEN = 32
SALT_LEN = 16
# The largest parameters a key file may ask for (far above what calibration picks).
MAX_STORED_TIME_COST = 100
MAX_STORED_PARALLELISM = 64
MAX_STORED_MEMORY_KIB = 1024 * 1024


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int

    def as_dict(self) -> dict[str, int | str]:
        return {
            "alg": "argon2id",
            "t": self.time_cost,
            "m": self.memory_kib,
            "p": self.parallelism,
        }

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> KdfParams:
        if data.get("alg") != "argon2id":
            raise ValueError("unknown kdf")
        params = cls(int(data["t"]), int(data["m"]), int(data["p"]))  # type: ignore[arg-type]
        # Values Argon2 cannot run with (or that would hang or exhaust memory) mean a
        # damaged or hand-edited file, not a reason to crash at sign-in.
        if not (
            1 <= params.time_cost <= MAX_STORED_TIME_COST
            and 1 <= params.parallelism <= MAX_STORED_PARALLELISM
            and 8 * params.parallelism <= params.memory_kib <= MAX_STORED_MEMORY_KIB
        ):
            raise ValueError("kdf parameters out of range")
        return params


FLOOR = KdfParams(time_cost=3, memory_kib=64 * 1024, parallelism=4)
TEST_PARAMS = KdfParams(time_cost=1, memory_kib=256, parallelism=1)
TARGET_SECONDS = 0.75  # aim in the middle of the 0.5-1 s window
MAX_TIME_COST = 40

_test_profile = False


def enable_test_profile() -> None:
    """Allow cheap parameters. For the test suite only."""
    global _test_profile
    _test_profile = True


def disable_test_profile() -> None:
    global _test_profile
    _test_profile = False


def test_profile_enabled() -> bool:
    return _test_profile


def check(params: KdfParams) -> None:
    """Refuse parameters under the floor (outside the test profile)."""
    if _test_profile:
        return
    if (
        params.time_cost < FLOOR.time_cost
        or params.memory_kib < FLOOR.memory_kib
        or params.parallelism < FLOOR.parallelism
    ):
        raise WeakKeyParameters()


def default_params() -> KdfParams:
    return TEST_PARAMS if _test_profile else FLOOR


def derive(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
    check(params)
    return hash_secret_raw(
        secret=secret,
        salt=salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_LEN,
        type=Type.ID,
    )


def time_one(params: KdfParams) -> float:
    start = time.perf_counter()
    derive(b"calibration password", b"\0" * SALT_LEN, params)
    return time.perf_counter() - start


def calibrate(
    target: float = TARGET_SECONDS,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[KdfParams, float]:
    """Pick the time cost for this PC; returns the parameters and the measured seconds.

    Three passes at the floor are measured, the time cost is scaled to the
    target, then measured once more and nudged down if it went past 1 s.
    """
    if _test_profile:
        return TEST_PARAMS, time_one(TEST_PARAMS)
    steps = 4
    if progress:
        progress(0, steps)
    base = min(time_one(FLOOR), time_one(FLOOR))
    if progress:
        progress(2, steps)
    per_pass = base / FLOOR.time_cost
    t = max(FLOOR.time_cost, min(MAX_TIME_COST, round(target / max(per_pass, 1e-4))))
    params = KdfParams(t, FLOOR.memory_kib, FLOOR.parallelism)
    measured = time_one(params)
    if progress:
        progress(3, steps)
    while measured > 1.0 and params.time_cost > FLOOR.time_cost:
        t = max(FLOOR.time_cost, int(params.time_cost * 0.8))
        params = KdfParams(t, FLOOR.memory_kib, FLOOR.parallelism)
        measured = time_one(params)
    if progress:
        progress(steps, steps)
    return params, measured
