"""Loads the bundled chart files (and a user's own) once; a broken file never hides the others."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from sizer.errors import DataFileError, UnknownChoiceError
from sizer.resources import charts_dir
from sizer.sizing.chart import SizeChart
from sizer.sizing.parse_cache import parse_toml
from sizer.sizing.schema import check_chart
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
    return SizeChart(check_chart(data, str(path)))


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

    def __contains__(self, chart_id: str) -> bool:
        return chart_id in self.charts

    def __iter__(self):
        return iter(self.charts[i] for i in self.ids())


def load_directory(folder: str | Path) -> ChartLibrary:
    """Load every ``*.toml`` chart in ``folder`` (not cached)."""
    library = ChartLibrary()
    for path in sorted(Path(str(folder)).glob("*.toml")):
        try:
            chart = load_chart_file(path)
        except DataFileError as error:
            library.errors.append(error)
            continue
        if chart.id in library.charts:
            library.errors.append(DataFileError(str(path), None, "id", f"{chart.id!r} is already the id of "
                                                f"{library.charts[chart.id].path}"))
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


def chart_for(category: str | None, chart_file: str | None = None) -> SizeChart:
    """The chart a command names: a bundled category id, or a chart file of one's own."""
    if chart_file:
        return load_chart_file(chart_file)
    if not category:
        raise UnknownChoiceError("category", "", chart_ids())
    return get_chart(category)
