"""MinHash signatures and LSH bucket keys for near-duplicate detection.

Shingles are the 8-byte windows of the lower-cased text with whitespace removed
(so re-flowed or lightly edited copies stay close), a consistent 1-in-8 sample
of them by hash value (a fixed sample of the set keeps the Jaccard estimate
unbiased).  The permutations are affine maps h -> a*h + b mod 2**32 with odd `a`,
drawn exactly as datasketch 2's `MinHash(num_perm, seed=1)` (affine32 scheme) draws
them, so signatures match those of databases written when milwatch used datasketch;
they are applied with numpy to the shingles of a whole batch of texts at once.  Signatures are cut into bands
whose keys the store indexes, so finding candidates is an index lookup and memory stays flat however large the
store grows.
"""

from __future__ import annotations

import numpy as np

_MIX = np.uint64(0x9E3779B97F4A7C15)
_SAMPLE_MASK = np.uint64(7)  # keep shingles whose mixed hash is 0 mod 8
_SHIFT_MIX = np.uint64(29)
_SHIFT_HIGH = np.uint64(32)
_ZERO = np.uint64(0)
_BAND_MIX = np.uint64(0xC2B2AE3D27D4EB4F)
WINDOW = 8  # shingle length in bytes
MIN_SHINGLES = 8  # fewer sampled shingles than this: too short to judge
TEXTS_PER_STEP = 64  # texts hashed together (bounds the temporary arrays)


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The multipliers `a` (odd) and offsets `b`, uint32[num_perm] each, of datasketch's affine32 scheme.

    Same generator, same draws in the same order: stored signatures stay comparable.
    """
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


class MinHasher:
    """Signatures of `num_perm` 32-bit values and their `bands` LSH keys."""

    def __init__(self, num_perm: int = 128, bands: int = 16, seed: int = 1) -> None:
        if num_perm % bands or (num_perm // bands) % 2:
            raise ValueError("num_perm must split into bands of an even number of rows")
        self.a, self.b = permutations(num_perm, seed)
        self.num_perm = num_perm
        self.bands = bands

    def signature(self, text: str) -> np.ndarray | None:
        """uint32[num_perm], or None when the text is too short for a meaningful signature."""
        return self.signatures([text])[0]

    def signatures(self, texts: list[str]) -> list[np.ndarray | None]:
        """The signature of every text (None for texts too short), computed in vectorised steps."""
        out: list[np.ndarray | None] = []
        for start in range(0, len(texts), TEXTS_PER_STEP):
            out.extend(self._step(texts[start:start + TEXTS_PER_STEP]))
        return out

    def _step(self, texts: list[str]) -> list[np.ndarray | None]:
        data = ["".join(t.lower().split()).encode("utf-8", "surrogatepass") for t in texts]
        ends = np.cumsum([len(d) for d in data])
        size = int(ends[-1]) if len(ends) else 0
        if size < WINDOW:
            return [None] * len(texts)
        buf = b"".join(data) + b"\0" * (2 * WINDOW)
        rows = size // WINDOW + 1
        # window starting at position p = 8k + i is the k-th uint64 read from offset i
        h = np.empty((rows, WINDOW), dtype=np.uint64)
        for i in range(WINDOW):
            h[:, i] = np.frombuffer(buf, dtype="<u8", offset=i, count=rows)
        h = h.ravel()[: size - WINDOW + 1]
        positions = np.arange(len(h))
        owner = np.searchsorted(ends, positions, side="right")
        h *= _MIX
        h ^= h >> _SHIFT_MIX
        keep = ((h & _SAMPLE_MASK) == _ZERO) & (positions + WINDOW <= ends[np.minimum(owner, len(ends) - 1)])
        shingles = (h[keep] >> _SHIFT_HIGH).astype(np.uint32)
        owner = owner[keep]
        counts = np.bincount(owner, minlength=len(texts))
        result: list[np.ndarray | None] = [None] * len(texts)
        if not len(shingles):
            return result
        hashed = self.a[:, None] * shingles[None, :]  # (num_perm, shingles): reduceat runs along rows
        hashed += self.b[:, None]
        starts = np.concatenate(([0], np.cumsum(counts)[:-1]))
        mins = np.ascontiguousarray(np.minimum.reduceat(hashed, starts[counts > 0], axis=1).T)
        for row, index in zip(mins, np.flatnonzero(counts > 0), strict=True):
            if counts[index] >= MIN_SHINGLES:
                result[index] = row
        return result

    def band_keys(self, signature: np.ndarray) -> list[int]:
        """One signed 64-bit key per band: the band's number and rows hashed together."""
        return self.band_keys_many(signature[None, :])[0]

    def band_keys_many(self, signatures: np.ndarray) -> list[list[int]]:
        """band_keys for each row of a (n, num_perm) uint32 array."""
        pairs = np.ascontiguousarray(signatures, dtype=np.uint32).view(np.uint64)  # two rows per uint64
        per_band = pairs.reshape(len(signatures), self.bands, -1)
        key = np.broadcast_to(np.arange(1, self.bands + 1, dtype=np.uint64) * _BAND_MIX,
                              per_band.shape[:2]).copy()
        for col in range(per_band.shape[2]):
            key = (key ^ per_band[:, :, col]) * _BAND_MIX
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
