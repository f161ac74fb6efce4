"""Compiled language packs cached on disk, keyed by the content they were built from.

    cache = PackCache.default()               # MILWATCH_CACHE_DIR, else ~/.cache/milwatch (XDG)
    registry = PackRegistry(cache=cache)      # get(code) loads a compiled pack when one fits

Building a language (parsing its TOML, the person and date patterns, the country and
phrase automata) costs 0.1-0.7 s of CPU per language, most of it in `re.compile`.  A
pack is saved as a pickle of the `Pack` object with everything compiled so far; each
regex in it is stored once, in a program store beside it, as the engine's compiled
program (`re._compiler` output, which `_sre.compile` turns back into a pattern without
parsing), so loading a language takes milliseconds.  The file name carries a hash of everything
the compiled objects derive from: the pack's TOML files and `_base`'s, the source of `milwatch.packs` and
`milwatch.extract`, the versions of Python, babel, dateparser and pyahocorasick.  A
changed pack or a new release gets a new file; the old one of that language is removed.

Writes go to a temporary file renamed into place (several worker processes may save
the same language: the last one wins, each file is whole).  A directory that cannot be
written or a file that cannot be read only costs the cache: the pack is built as
without one.  The cache holds pickles: it must be a directory only its user writes
(the default is in the user's home).
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import marshal
import os
import pickle
import re
import sys
import tempfile
from array import array
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import ahocorasick

CACHE_ENV = "MILWATCH_CACHE_DIR"  # a directory; "" or "off" turns the cache off
FORMAT = 2  # bump when the layout of a cache file changes
_DEPENDENCIES = ("babel", "dateparser", "pyahocorasick")
_KEY = re.compile("[0-9a-f]{32}")  # what `PackCache.key` returns
_OFF = frozenset({"", "0", "off", "no", "none", "false"})


def default_dir() -> Path | None:
    """Where compiled packs go: MILWATCH_CACHE_DIR, else $XDG_CACHE_HOME/milwatch or
    ~/.cache/milwatch; None when MILWATCH_CACHE_DIR turns the cache off."""
    value = os.environ.get(CACHE_ENV)
    if value is not None:
        return None if value.strip().lower() in _OFF else Path(value).expanduser()
    root = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(root) / "milwatch"


def program(pattern: re.Pattern[str]) -> tuple[Any, ...]:
    """A compiled regex as its engine program: the arguments `re._compiler.compile` hands to
    `_sre.compile` (the code as bytes), so that `from_program` makes it again without parsing."""
    from re import _compiler, _parser  # type: ignore[attr-defined]  # CPython's regex compiler

    flags = int(pattern.flags)
    parsed = _parser.parse(pattern.pattern, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern.pattern, flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def from_program(saved: tuple[Any, ...]) -> re.Pattern[str]:
    import _sre

    source, flags, code, groups, groupindex, indexgroup = saved
    words = array("I")
    words.frombytes(code)
    return _sre.compile(source, flags, words.tolist(), groups, groupindex, indexgroup)


def pattern_id(pattern: re.Pattern[str]) -> bytes:
    """What names a compiled regex in a program store: a hash of its text and flags."""
    digest = hashlib.blake2b(pattern.pattern.encode("utf-8", "surrogatepass"), digest_size=16)
    digest.update(int(pattern.flags).to_bytes(4, "little"))
    return digest.digest()


Reduced = dict[int, tuple[Any, Any]]  # id of an automaton -> (the automaton, its __reduce__())


def dumps(obj: object, programs: dict[bytes, tuple[Any, ...]] | None = None,
          known: set[bytes] | frozenset[bytes] = frozenset(), reduced: Reduced | None = None) -> bytes:
    """Pickle `obj` with its compiled regexes by reference (`pattern_id`); the program of each
    regex not in `known` goes into `programs`.  Without `programs`, the programs ride inline.

    `reduced` keeps what each Aho-Corasick automaton reduces to, for the next save: pyahocorasick
    2.x leaks the state `Automaton.__reduce__` returns (each call: as much memory as the automaton,
    never freed), and a language is saved up to 13 times in a run (SAVE_AT); automata never change
    once built, so one reduce per automaton and process is enough."""
    buffer = io.BytesIO()
    store: dict[bytes, tuple[Any, ...]] = {} if programs is None else programs
    memo: Reduced = {} if reduced is None else reduced

    def reduce_automaton(automaton: Any) -> Any:
        hit = memo.get(id(automaton))
        if hit is None or hit[0] is not automaton:
            hit = memo[id(automaton)] = (automaton, automaton.__reduce__())
        return hit[1]

    class _Pickler(pickle.Pickler):
        def persistent_id(self, value: Any) -> bytes | None:
            if not isinstance(value, re.Pattern):
                return None
            ident = pattern_id(value)
            if ident not in known and ident not in store:
                store[ident] = program(value)
            return ident

    pickler = _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, ahocorasick.Automaton: reduce_automaton}
    pickler.dump(obj)
    if programs is None:  # one self-contained blob: the programs first, then the object
        return pickle.dumps((store, buffer.getvalue()), protocol=pickle.HIGHEST_PROTOCOL)
    return buffer.getvalue()


def loads(data: bytes, programs: dict[bytes, tuple[Any, ...]] | None = None) -> Any:
    """The object `dumps` pickled; its regexes made from `programs` (KeyError when one is missing)."""
    if programs is None:
        programs, data = pickle.loads(data)  # noqa: S301 - the user's own cache directory
    compiled: dict[bytes, re.Pattern[str]] = {}
    store = programs

    class _Unpickler(pickle.Unpickler):
        def persistent_load(self, pid: Any) -> Any:
            pattern = compiled.get(pid)
            if pattern is None:
                pattern = compiled[pid] = from_program(store[pid])
            return pattern

    return _Unpickler(io.BytesIO(data)).load()  # noqa: S301 - the user's own cache directory


def read_programs(path: Path) -> dict[bytes, tuple[Any, ...]]:
    """The records of a program store (a length, then a marshalled (id, program)); a record
    cut short (a crash while appending) ends the reading."""
    data = path.read_bytes()
    found: dict[bytes, tuple[Any, ...]] = {}
    at = 0
    while at + 4 <= len(data):
        size = int.from_bytes(data[at:at + 4], "little")
        record = data[at + 4:at + 4 + size]
        if len(record) < size:
            break
        try:
            ident, saved = marshal.loads(record)
        except (EOFError, ValueError, TypeError):
            break
        found[ident] = tuple(saved)
        at += 4 + size
    return found


def program_records(programs: dict[bytes, tuple[Any, ...]]) -> bytes:
    out = bytearray()
    for ident, saved in programs.items():
        record = marshal.dumps((ident, saved))
        out += len(record).to_bytes(4, "little") + record
    return bytes(out)


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "-"


def _code_fingerprint() -> bytes:
    """What the compiled objects of a pack are made by: this code, Python's regex engine, the libraries."""
    import _sre

    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{FORMAT} {sys.version} {_sre.MAGIC} {sys.byteorder}".encode())
    for name in _DEPENDENCIES:
        digest.update(f" {name}={_version(name)}".encode())
    src = Path(__file__).resolve().parents[1]
    for folder in ("packs", "extract"):
        for path in sorted((src / folder).glob("*.py")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.digest()


# uses of a language after which what it compiled is saved (when it compiled more since the last save):
# every power of two, so a language met in a few articles per run keeps what they compiled (a trie
# branch compiled on demand costs more than the save), and a long run saves ~12 times per language
SAVE_AT = frozenset(1 << k for k in range(13))


def compiled_size(obj: Any) -> int:
    """How much of a pack is compiled: its compiled matchers, scanners and derived objects,
    and what those compile on demand (a `_compiled` table of their own)."""
    compiled = getattr(obj, "_compiled", None) or {}
    return (len(compiled) + len(getattr(obj, "_scanners", ())) + len(getattr(obj, "_derived", ())) +
            len(getattr(obj, "__dict__", ())) +
            sum(len(getattr(value, "_compiled", None) or ()) for value in compiled.values()))


class PackCache:
    """Compiled packs in one directory, one per language and content hash; one cache per registry.

    A language has two files: `<code>-<key>.pickle`, its `Pack` with everything compiled so
    far, regexes by reference; and `<code>-<key>.programs`, the regexes' engine programs,
    appended to as new ones are compiled (a program is parsed once, however often the pack
    is saved again)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory  # None: no cache (every pack is built)
        self._code: bytes | None = None
        self._writable = True
        self._keys: dict[str, str] = {}  # language -> key of the pack in use
        self._known: dict[str, set[bytes]] = {}  # language -> ids of the programs in its store
        self._uses: dict[str, int] = {}
        self._saved: dict[str, int] = {}  # language -> compiled_size when last loaded or saved
        self._reduced: dict[str, Reduced] = {}  # language -> its automata reduced for pickling (see dumps)

    @classmethod
    def default(cls) -> PackCache:
        folder = default_dir()
        return cls(folder / "packs" if folder is not None else None)

    @property
    def enabled(self) -> bool:
        return self.directory is not None

    def key(self, code: str, files: Iterable[Path]) -> str:
        """The content hash of language `code` built from `files` (its TOML files and `_base`'s)."""
        if self._code is None:
            self._code = _code_fingerprint()
        digest = hashlib.blake2b(self._code, digest_size=16)
        digest.update(code.encode())
        for path in sorted(files):
            digest.update(f"\0{path.parent.name}/{path.name}\0".encode())
            digest.update(path.read_bytes())
        return digest.hexdigest()

    def _path(self, code: str, key: str, suffix: str = ".pickle") -> Path:
        assert self.directory is not None
        return self.directory / f"{code}-{key}{suffix}"

    def load(self, code: str, key: str) -> Any | None:
        """The object saved for `code` under `key`, or None (no cache, no file, an unreadable file)."""
        if self.directory is None:
            return None
        try:
            data = self._path(code, key).read_bytes()
        except OSError:
            return None
        try:
            programs = read_programs(self._path(code, key, ".programs"))
        except OSError:
            programs = {}  # a pack without regexes has no store
        try:
            obj = loads(data, programs)
        except Exception:  # noqa: BLE001 - a damaged file only costs the cache: the pack is built again
            return None
        self._known[code] = set(programs)
        return obj

    def save(self, code: str, key: str, obj: object) -> bool:
        """Write `obj` for `code` under `key` and drop the language's older files; False when
        the directory cannot be written (the cache then stays off)."""
        if self.directory is None or not self._writable:
            return False
        known = self._known.setdefault(code, set())
        new: dict[bytes, tuple[Any, ...]] = {}
        try:
            data = dumps(obj, new, known, self._reduced.setdefault(code, {}))
        except (pickle.PicklingError, TypeError, AttributeError):  # an object that does not pickle: no cache
            return False
        target = self._path(code, key)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            if new:  # the programs first: a pickle never names a program its store lacks
                handle = os.open(self._path(code, key, ".programs"),
                                 os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
                try:
                    os.write(handle, program_records(new))
                finally:
                    os.close(handle)
                known.update(new)
            handle, temporary = tempfile.mkstemp(prefix=f".{code}-", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(handle, "wb") as out:
                    out.write(data)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
            for old in self.directory.glob(f"{code}-*"):
                stem, _, suffix = old.name[len(code) + 1:].partition(".")
                if stem != key and _KEY.fullmatch(stem) and suffix in ("pickle", "programs"):
                    old.unlink(missing_ok=True)
        except OSError:
            self._writable = False
            return False
        return True

    def load_pack(self, code: str, files: Iterable[Path]) -> Any | None:
        """The compiled pack of `code` saved for exactly these `files`, or None."""
        if self.directory is None:
            return None
        key = self._keys[code] = self.key(code, files)
        pack = self.load(code, key)
        if pack is not None:
            self._saved[code] = compiled_size(pack)
        return pack

    def used(self, code: str, pack: Any) -> None:
        """Note one use of `pack` (an article extracted); after the 1st, 2nd, 4th ... 4096th use, save
        it when it compiled more than the saved copy holds (patterns are compiled on demand)."""
        if self.directory is None or code not in self._keys:
            return
        uses = self._uses[code] = self._uses.get(code, 0) + 1
        if uses in SAVE_AT:
            size = compiled_size(pack)
            if size > self._saved.get(code, -1) and self.save(code, self._keys[code], pack):
                self._saved[code] = size
