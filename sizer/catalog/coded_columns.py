"""A table's columns as codes: each cell an integer, each distinct text once.

A catalogue repeats itself: every size row repeats its listing's id, title and category, and a
whole file has a handful of labels, systems and numbers. The import's fast path therefore checks
each distinct text once and everything else on integer arrays (sizer.catalog.fast_import). This
module makes those codes:

- :func:`code_texts` from a column of Python strings (any reader);
- :func:`code_delimited` straight from the UTF-8 bytes of quote-free delimited text (a CSV the
  csv module would split exactly like ``str.split``), with numpy and without making a Python
  string per cell: a million-row file is some twelve million cells, and making, hashing and
  freeing that many objects is most of what reading it would cost.

A coded column is ``(codes, values)``: ``codes[i]`` is row i's index into ``values``; ``values``
holds each distinct text once (in no particular order), exactly as the file has it (the fast
path cleans them, once each).
"""
from __future__ import annotations

import itertools

import numpy as np

Coded = tuple[np.ndarray, list[str]]

# Cells up to this many bytes are compared as rows of 8-byte words; longer ones (rare: long
# titles) become Python strings one by one.
_WIDE_CELL_BYTES = 64
# Odd 64-bit multipliers for hashing a row of 8-byte words (any fixed odd numbers do: a hash
# collision is detected and resolved exactly, see _dense_keys).
_MULTIPLIERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
                         0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
                        dtype=np.uint64)


def code_texts(texts) -> Coded:
    """The coded form of a column of texts (or of any hashable cells)."""
    first_row: dict = {}
    # setdefault answers each cell with the row where its text first appeared: one pass.
    firsts = np.fromiter(map(first_row.setdefault, texts, itertools.count()), dtype=np.int64, count=len(texts))
    distinct_firsts = np.fromiter(first_row.values(), dtype=np.int64, count=len(first_row))
    return np.searchsorted(distinct_firsts, firsts), list(first_row)


class DelimitedColumns:
    """The coded columns of quote-free delimited text, each coded when first asked for (a
    catalogue's fast path needs only the columns it imports); None from :meth:`of` when the
    lines do not all have ``width`` cells."""

    def __init__(self, data: bytes, starts: np.ndarray, ends: np.ndarray):
        self._data, self._starts, self._ends = data, starts, ends
        self._coded: dict[int, Coded] = {}

    @classmethod
    def of(cls, body: str, delimiter: str, width: int) -> DelimitedColumns | None:
        if not body or "\0" in body or len(delimiter) != 1 or not delimiter.isascii():
            return None
        try:
            data = body.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: leave the file to the row-by-row reader
            return None
        spans = split_cells(data, delimiter.encode("ascii"), width)
        return None if spans is None else cls(data + bytes(8), *spans)

    def __len__(self) -> int:
        return self._starts.shape[1]

    def __getitem__(self, j: int) -> Coded:
        if j not in self._coded:
            self._coded[j] = code_delimited(self._data, self._starts[:, j], self._ends[:, j])
        return self._coded[j]


def split_cells(data: bytes, delimiter: bytes, width: int) -> tuple[np.ndarray, np.ndarray] | None:
    """(starts, ends), each of shape (rows, width): the byte spans of the cells of ``data``, lines
    of ``width`` cells ending in ``\\n``; None when a line has another number of cells."""
    buffer = np.frombuffer(data, dtype=np.uint8)
    if len(buffer) == 0:
        return None
    if buffer[-1] != ord("\n"):
        buffer = np.append(buffer, np.uint8(ord("\n")))
    separators = np.flatnonzero((buffer == delimiter[0]) | (buffer == ord("\n")))
    if len(separators) % width:
        return None
    ends = separators.reshape(-1, width)
    if not (buffer[ends[:, -1]] == ord("\n")).all() or (buffer[ends[:, :-1]] == ord("\n")).any():
        return None
    starts = np.empty_like(ends)
    starts.reshape(-1)[1:] = separators[:-1] + 1
    starts[0, 0] = 0
    return starts, ends


def code_delimited(data: bytes, starts: np.ndarray, ends: np.ndarray) -> Coded:
    """The coded form of the cells ``data[starts[i]:ends[i]]`` (UTF-8 text, no NUL bytes; ``data``
    ends in 8 bytes past the last cell, e.g. zeros)."""
    lengths = ends - starts
    keys = np.empty(len(starts), dtype=np.int64)
    wide = lengths > _WIDE_CELL_BYTES
    narrow_rows = np.flatnonzero(~wide)
    distinct: list[bytes] = []
    if len(narrow_rows):
        n_words = max(1, -(-int(lengths[narrow_rows].max()) // 8))
        words = _words(data, starts[narrow_rows], lengths[narrow_rows], n_words)
        keys[narrow_rows], representatives = _dense_keys(words)
        rows = narrow_rows[representatives]
        distinct = [data[s:e] for s, e in zip(starts[rows].tolist(), ends[rows].tolist())]
    wide_rows = np.flatnonzero(wide)
    if len(wide_rows):
        wide_codes, wide_values = code_texts([data[s:e] for s, e in zip(starts[wide_rows].tolist(),
                                                                          ends[wide_rows].tolist())])
        keys[wide_rows] = wide_codes + len(distinct)
        distinct += wide_values
    return keys, [value.decode("utf-8", "replace") for value in distinct]


# _MASKS[k] keeps the first k bytes of a little-endian 8-byte word.
_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(8)] + [(1 << 64) - 1], dtype=np.uint64)


def _words(data: bytes, starts: np.ndarray, lengths: np.ndarray, n_words: int) -> np.ndarray:
    """Each cell's bytes, zero-padded to ``n_words`` 8-byte words: one unaligned 8-byte load per
    cell and word from a view of the whole buffer at every byte offset (no byte matrix)."""
    window = np.ndarray((len(data) - 7,), dtype="<u8", buffer=data, strides=(1,))
    last = len(window) - 1
    words = np.empty((len(starts), n_words), dtype=np.uint64)
    for k in range(n_words):
        left = np.clip(lengths - 8 * k, 0, 8)
        words[:, k] = window[np.minimum(starts + 8 * k, last)] & _MASKS[left]
    return words


def _dense_keys(words: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(key per row, one representative row per key) for rows of words: equal rows, equal keys."""
    if words.shape[1] == 1:
        hashes = words[:, 0]  # the text itself: exact
    else:
        multipliers = np.resize(_MULTIPLIERS, words.shape[1])
        with np.errstate(over="ignore"):
            hashes = (words * multipliers).sum(axis=1, dtype=np.uint64)
    keys = _keys_of(hashes)
    representatives = _representatives(keys)
    if words.shape[1] > 1 and not (words == words[representatives[keys]]).all():
        # Two texts with one hash (never seen in practice): sort the byte rows themselves.
        rows = np.ascontiguousarray(words).view(np.dtype((np.void, words.shape[1] * 8))).ravel()
        _, keys = np.unique(rows, return_inverse=True)
        representatives = _representatives(keys)
    return keys, representatives


def _keys_of(values: np.ndarray) -> np.ndarray:
    """Dense keys of ``values`` (equal values, equal keys). A listing's rows follow each other,
    so its id, title and category come in runs: only the first of each run is sorted."""
    starts_run = np.empty(len(values), dtype=bool)
    starts_run[:1] = True
    np.not_equal(values[1:], values[:-1], out=starts_run[1:])
    heads = np.flatnonzero(starts_run)
    if len(heads) <= len(values) // 2:
        return _keys_of_few(values[heads])[np.cumsum(starts_run) - 1]
    return _keys_of_few(values)


_SAMPLE = 4096


def _keys_of_few(values: np.ndarray) -> np.ndarray:
    """Dense keys of ``values``. Labels, systems and numbers have a few distinct values: when a
    sample from the top holds them all, a binary search into it is all it takes."""
    if len(values) > 4 * _SAMPLE:
        known = np.unique(values[:_SAMPLE])
        keys = np.searchsorted(known, values)
        if (known[np.minimum(keys, len(known) - 1)] == values).all():
            return keys
    return np.unique(values, return_inverse=True)[1]


def _representatives(keys: np.ndarray) -> np.ndarray:
    """One row index per key (0..max): a row holding it."""
    representatives = np.empty(int(keys.max()) + 1 if len(keys) else 0, dtype=np.int64)
    representatives[keys] = np.arange(len(keys))
    return representatives
