"""Which listings a shopper sees, in which order: those made for their segment first, then those
for anyone; another segment's (a bra for a man) left out; within each, the ones with a size first."""
from __future__ import annotations

from collections.abc import Sequence

from sizer.catalog.model import Catalog
from sizer.catalog.segments import SEGMENTS, Segment, segment_rank


def shown_for(catalog: Catalog, indices: Sequence[int], segment: Segment | None,
              has_size: Sequence[bool] | None = None) -> list[int]:
    """``indices`` filtered and ordered for a shopper of ``segment`` (None: nobody is left out)."""
    ranked = []
    for position, index in enumerate(indices):
        rank = segment_rank(segment, SEGMENTS[int(catalog.segment_codes[index])])
        if segment is not None and rank > 1:
            continue
        sized = True if has_size is None else bool(has_size[position])
        ranked.append((rank, not sized, position, index))
    return [index for *_, index in sorted(ranked)]
