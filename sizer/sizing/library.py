"""Loads the bundled chart files (and a user's own) once; a broken file never hides the others."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from sizer.errors import ChoiceNotOfferedError, DataFileError, SizerError, UnknownChoiceError
from sizer.resources import charts_dir
from sizer.sizing.chart import SizeChart
from sizer.sizing.parse_cache import parse_toml
from sizer.sizing.schema import SIZE_TYPES, check_chart
from sizer.toml_compat import tomllib


def load_chart_file(path: str | Path) -> SizeChart:
    """Read and validate one chart file; a problem raises :class:`DataFileError` naming where."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataFileError(str(path), None, None, "no such file") from None
    except OSError as error:
        raise DataFileError(str(path), None, None, f"cannot be read: {error}") from None
    try:
        data = parse_toml(raw)
    except UnicodeDecodeError as error:
        raise DataFileError(str(path), None, None, f"is not UTF-8 text: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise DataFileError(str(path), None, None, f"is not valid TOML: {error}") from None
    except RecursionError:  # the parser recurses per nesting level: a crafted file must not crash Sizer
        raise DataFileError(str(path), None, None, "is nested too deeply to be a chart (arrays or tables "
                            "inside one another hundreds of levels deep)") from None
    try:
        return SizeChart(check_chart(data, str(path)))
    except RecursionError:
        raise DataFileError(str(path), None, None, "is nested too deeply to be a chart") from None


@dataclass
class ChartLibrary:
    """Every chart that loaded, by id, plus the errors of those that did not."""

    charts: dict[str, SizeChart] = field(default_factory=dict)
    errors: list[DataFileError] = field(default_factory=list)

    def ids(self) -> list[str]:
        return sorted(self.charts)

    def get(self, chart_id: str) -> SizeChart:
        try:
            return self.charts[chart_id]
        except KeyError:
            raise UnknownChoiceError("category", chart_id, self.ids()) from None

    def size_types(self, category: str) -> dict[str, str]:
        """Size type -> chart id for the category (a regular chart's id, or one of its size types').

        The regular chart answers for ``regular`` (and for its own size types); each chart whose
        ``size_type_of`` is the category answers for the types it lists.
        """
        base_id = self.get(category).size_type_of or category
        found: dict[str, str] = {}
        if base_id in self.charts:
            for name in self.charts[base_id].size_types or ("regular",):
                found[name] = base_id
        for chart in self:
            if chart.size_type_of == base_id:
                for name in chart.size_types:
                    found.setdefault(name, chart.id)
        return found

    def for_size_type(self, category: str, size_type: str | None) -> SizeChart:
        """The chart that sizes ``category`` in ``size_type`` (petite, plus, ...); None: the category's own.

        A size type the category has no chart of is said as what it has (:class:`ChoiceNotOfferedError`);
        a name that is no size type at all, as unknown, with the category's ones.
        """
        chart = self.get(category)
        if not size_type:
            return chart
        wanted = size_type.strip().lower()
        if wanted in chart.size_types:
            return chart
        found = self.size_types(category)
        if wanted not in found:
            raise _size_type_error(chart.size_type_of or category, size_type, sorted(found))
        return self.charts[found[wanted]]

    def __contains__(self, chart_id: str) -> bool:
        return chart_id in self.charts

    def __iter__(self):
        return iter(self.charts[i] for i in self.ids())


def _size_type_error(owner: str, typed: str, offered: list[str]) -> UnknownChoiceError:
    """``petite`` on a category without a petite chart: what it has; ``bogus``: unknown, what it has."""
    wanted = typed.strip().lower()
    if wanted in SIZE_TYPES:
        return ChoiceNotOfferedError(owner, "size type", wanted, offered)
    return UnknownChoiceError(f"{owner} size type", typed.strip(), offered)


def _owns_its_id(chart: SizeChart) -> bool:
    """A chart file named after its id (``bras.toml`` for ``bras``) owns that id."""
    return Path(str(chart.path)).stem == chart.id


def _collision(newcomer: SizeChart, owner: SizeChart) -> DataFileError:
    return DataFileError(str(newcomer.path), None, "id", f"{newcomer.id!r} is already the id of "
                         f"{owner.path}; this file was skipped (give it an id of its own)")


def load_directory(folder: str | Path, reserved: ChartLibrary | None = None) -> ChartLibrary:
    """Load every ``*.toml`` chart in ``folder`` (not cached); a bad file is reported and skipped.

    Two files with one id: the file named after the id keeps it (else the first by name) and the
    other, the newcomer, is the error, whatever their order. ``reserved``: charts whose ids the
    folder may not take (the bundled ones, when checking a merchant's folder).
    """
    library = ChartLibrary()
    for path in sorted(Path(str(folder)).glob("*.toml")):
        try:
            chart = load_chart_file(path)
        except DataFileError as error:
            library.errors.append(error)
            continue
        if reserved is not None and chart.id in reserved and Path(str(reserved.charts[chart.id].path)) != path:
            library.errors.append(_collision(chart, reserved.charts[chart.id]))
            continue
        earlier = library.charts.get(chart.id)
        if earlier is not None:
            if _owns_its_id(chart) and not _owns_its_id(earlier):
                chart, earlier = earlier, chart
                library.charts[earlier.id] = earlier
            library.errors.append(_collision(chart, earlier))
            continue
        library.charts[chart.id] = chart
    return library


@functools.lru_cache(maxsize=1)
def load_charts() -> ChartLibrary:
    """The bundled charts, loaded once per process."""
    return load_directory(str(charts_dir()))


def chart_ids() -> list[str]:
    return load_charts().ids()


def get_chart(chart_id: str) -> SizeChart:
    return load_charts().get(chart_id)


def chart_for(category: str | None, chart_file: str | None = None, size_type: str | None = None) -> SizeChart:
    """The chart a command names: a bundled category id (in ``size_type``, e.g. petite, when given),
    or a chart file of one's own (whose size type is its own)."""
    if chart_file:
        chart = load_chart_file(chart_file)
        if size_type and size_type.strip().lower() not in (chart.size_types or ("regular",)):
            raise _size_type_error(chart_file, size_type, list(chart.size_types or ("regular",)))
        return chart
    if not category:
        from sizer.problems import Problem

        raise SizerError(Problem("category_required", categories=list(chart_ids())))
    return load_charts().for_size_type(category, size_type)
