"""MinHash permutations and signatures stay byte-identical to those datasketch produced.

Databases written while milwatch used datasketch (`MinHash(num_perm, seed).permutations`,
affine32 scheme, datasketch 2.0.0) hold signatures in `minhashes` and LSH keys in the
band index; a new signature of the same text must match them exactly, or near-duplicates
of old articles go unseen.  The expected values below were computed with datasketch
installed, before it was dropped.
"""

from __future__ import annotations

import hashlib

import numpy as np
import pytest

from milwatch.store.neardup import MinHasher

TEXTS = [
    "Defence ministers of Japan and Australia met in Tokyo on Tuesday to discuss joint exercises "
    "and the transfer of equipment.",
    "Los ministros de Defensa de Brasil y Argentina firmaron un acuerdo de cooperación militar en "
    "Buenos Aires el lunes pasado.",
    "日本とオーストラリアの防衛相は火曜日に東京で会談し、共同訓練と装備移転について協議した。"
    "両国は協力の強化で一致した。",
]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(
    ("num_perm", "bands", "seed", "digest", "a_head", "b_head"),
    [
        (128, 16, 1, "b14750dd0abf30bb02469d6062895f1dee4f3bf2ef2d0a91310e8dafee9dc551",
         [3582191691, 4270784983, 1892572953, 3715639441], [214548472, 3287733501, 2301657549, 194758406]),
        (64, 8, 1, "d3b0534307063ffdd1772018baca3e2fb2d9daec548a72af820c7e813dc0c0f6",
         [3582191691, 4270784983, 1892572953, 3715639441], [4114104213, 1768615473, 2289927481, 848474627]),
        (128, 16, 7, "f6bde096e6d35b3fd2de5821d45127c37e77660d30dedcd99ea6af63cdfedd7e",
         [655483231, 1952827785, 2404484147, 2739950573], [2545174788, 2394072875, 1009834440, 3730314714]),
    ],
)
def test_permutations_match_datasketch(num_perm: int, bands: int, seed: int, digest: str,
                                       a_head: list[int], b_head: list[int]) -> None:
    hasher = MinHasher(num_perm, bands, seed)
    assert hasher.a.dtype == np.uint32 and hasher.b.dtype == np.uint32
    assert hasher.a.shape == hasher.b.shape == (num_perm,)
    assert hasher.a[:4].tolist() == a_head
    assert hasher.b[:4].tolist() == b_head
    assert np.all(hasher.a % 2 == 1)  # odd multipliers: each permutation is a bijection
    assert _digest(hasher.a.astype("<u4").tobytes() + hasher.b.astype("<u4").tobytes()) == digest


@pytest.mark.parametrize(
    ("text", "blob_digest", "head", "keys_head", "keys_digest"),
    [
        (TEXTS[0], "3d1002514d18eff684ad65e224748b8b8f607c862fd146c4299bef7693d67b93",
         [511674485, 136984685, 273827876, 884464049],
         [965418761447331657, 2548552132260755685, -749167398515426302],
         "053ece2005fc7924cc831935d127853787676e3dc96340dc4a5b4066b4802b1e"),
        (TEXTS[1], "649ae6ac5316e28df68e90818396ae3f3e567bd793bcc9e3821fd1eca2a56d03",
         [443821406, 255832984, 99820351, 1043368856],
         [-5287784018821988911, -558719925387398955, 4401603779440610361],
         "c35b2fca69d0d5e4e53085024df594cc79fcf96408aafa3fbee874dc5243f4fe"),
        (TEXTS[2], "b54de62347fc1f53e748fef055e3fde1ee3ddad18ef819d739160c43668dc68d",
         [507248490, 37834464, 5115653, 55822833],
         [-5937677462843521156, -4280033397073377927, 5953004299530492807],
         "92f8987c5ec057335f9227a0dc5431d777cf0f77317da83b455509245a53ae14"),
    ],
)
def test_stored_signatures_and_band_keys_unchanged(text: str, blob_digest: str, head: list[int],
                                                   keys_head: list[int], keys_digest: str) -> None:
    hasher = MinHasher()
    signature = hasher.signature(text)
    assert signature is not None
    assert signature[:4].tolist() == head
    assert _digest(MinHasher.to_blob(signature)) == blob_digest
    keys = hasher.band_keys(signature)
    assert keys[:3] == keys_head
    assert _digest(repr(keys).encode()) == keys_digest


def test_other_settings_signature_unchanged() -> None:
    signature = MinHasher(64, 8).signature(TEXTS[0])
    assert signature is not None
    assert (_digest(MinHasher.to_blob(signature))
            == "24c412ef000883a3e8d07b81e7493b08380ecb2dab2cf70b56c17fe1fedc6dde")


def test_hasher_needs_no_datasketch() -> None:
    """Building a hasher imports neither datasketch nor scipy (checked in a fresh interpreter)."""
    import subprocess
    import sys

    code = ("import sys; from milwatch.store.neardup import MinHasher; MinHasher(); "
            "bad = [m for m in ('datasketch', 'scipy') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
