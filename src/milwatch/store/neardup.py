"""MinHash signatures and LSH band keys for near-duplicate detection.

Shingles are the 8-byte windows of the lower-cased text with whitespace removed
(so re-flowed or lightly edited copies stay close), a consistent 1-in-8 sample
of them by hash value (a fixed sample of the set keeps the Jaccard estimate
unbiased).  The permutations are datasketch's (`MinHash(num_perm, seed=1)`,
affine32 scheme), applied to all shingles at once with numpy.  Signatures are
split into bands whose keys the store indexes, so finding candidates is a few
index lookups and memory stays flat however large the store grows.
"""

from __future__ import annotations

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)
_SAMPLE_MASK = np.uint64(7)  # keep shingles whose mixed hash is 0 mod 8
_SHIFT_MIX = np.uint64(29)
_SHIFT_HIGH = np.uint64(32)
_ZERO = np.uint64(0)
_BAND_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
MIN_SHINGLES = 8  # fewer sampled shingles than this: too short to judge


class MinHasher:
    """Signatures of `num_perm` 32-bit values and their `bands` LSH keys."""

    def __init__(self, num_perm: int = 128, bands: int = 16, seed: int = 1) -> None:
        if num_perm % bands or (num_perm // bands) % 2:
            raise ValueError("num_perm must split into bands of an even number of rows")
        from datasketch import MinHash  # imported here: it takes ~0.3 s

        a, b = MinHash(num_perm=num_perm, seed=seed).permutations
        self.a = a.astype(np.uint32)
        self.b = b.astype(np.uint32)
        self.num_perm = num_perm
        self.bands = bands

    def signature(self, text: str) -> np.ndarray | None:
        """uint32[num_perm], or None when the text is too short for a meaningful signature."""
        data = "".join(text.lower().split()).encode("utf-8", "surrogatepass")
        size = len(data)
        if size < 16:
            return None
        # every 8-byte window: the windows starting at offset i, i+8, i+16... for i in 0..7
        parts = [np.frombuffer(data, dtype="<u8", offset=i, count=(size - i) // 8) for i in range(8)]
        h = np.concatenate(parts) * _MIX
        h ^= h >> _SHIFT_MIX
        sample = h[(h & _SAMPLE_MASK) == _ZERO]
        if len(sample) < MIN_SHINGLES:
            return None
        shingles = (sample >> _SHIFT_HIGH).astype(np.uint32)
        return (shingles[:, None] * self.a + self.b).min(axis=0)

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One signed 64-bit key per band: the band's number and rows hashed together."""
        pairs = signature.view(np.uint64)  # two rows per uint64
        per_band = pairs.reshape(self.bands, -1)
        key = np.arange(1, self.bands + 1, dtype=np.uint64) * _BAND_MIX
        for col in range(per_band.shape[1]):
            key = (key ^ per_band[:, col]) * _BAND_MIX
            key ^= key >> _SHIFT_MIX
        return key.view(np.int64).tolist()

    @staticmethod
    def similarity(a: np.ndarray, b: np.ndarray) -> float:
        """Estimated Jaccard similarity of two signatures (0 for signatures of other settings)."""
        if len(a) != len(b):
            return 0.0
        return float(np.count_nonzero(a == b)) / len(a)

    @staticmethod
    def to_blob(signature: np.ndarray) -> bytes:
        return signature.astype("<u4").tobytes()

    @staticmethod
    def from_blob(blob: bytes) -> np.ndarray:
        return np.frombuffer(blob, dtype="<u4").astype(np.uint32)
