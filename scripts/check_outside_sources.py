"""Score the size charts against the outside-source check set (tests/data/outside_sources.toml).

STRICT: a case passes when every label Sizer gives is one some listed source gives (the issue 12
measure); BEST: when Sizer's first label is. Printed for label conversions and for body-measurement
lookups, with every failing case and what the sources say:

    .venv/bin/python scripts/check_outside_sources.py [--quiet]
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sizer.sizing import load_charts  # noqa: E402
from sizer.sizing.labels import label_key  # noqa: E402
from sizer.toml_compat import tomllib  # noqa: E402

CHECK_SET = ROOT / "tests" / "data" / "outside_sources.toml"


@dataclass
class Score:
    kind: str
    cases: int = 0
    strict: int = 0
    best: int = 0
    failures: list[str] = field(default_factory=list)
    by_chart: dict[str, list[int]] = field(default_factory=dict)  # chart -> [cases, strict passes]

    @property
    def strict_percent(self) -> float:
        return 100.0 * self.strict / self.cases if self.cases else 0.0

    @property
    def best_percent(self) -> float:
        return 100.0 * self.best / self.cases if self.cases else 0.0


def _accepted(case: dict, sources: dict) -> dict[str, list[str]]:
    said = {name: value for name, value in case.items() if name != "case"}
    unknown = [name for name in said if name not in sources]
    if unknown:
        raise SystemExit(f"{CHECK_SET}: case {case['case']} cites unknown sources {unknown}")
    return said


def _judge(score: Score, what: str, answer: list[str], said: dict[str, list[str]]) -> None:
    allowed = {label_key(label) for labels in said.values() for label in labels}
    score.cases += 1
    strict = bool(answer) and all(label_key(label) in allowed for label in answer)
    tally = score.by_chart.setdefault(what.split(":")[0], [0, 0])
    tally[0] += 1
    tally[1] += strict
    best = bool(answer) and label_key(answer[0]) in allowed
    score.strict += strict
    score.best += best
    if not strict:
        sources = "; ".join(f"{name}: {', '.join(labels)}" for name, labels in said.items())
        score.failures.append(f"{what} -> {', '.join(answer) or '(nothing)'}   [{sources}]")


def run(path: Path = CHECK_SET) -> tuple[Score, Score]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    sources = data["sources"]
    charts = load_charts()
    conversions, bodies = Score("conversions"), Score("body lookups")
    for case in data.get("convert", []):
        chart_id, system, label, target = case["case"]
        answer = charts.get(chart_id).convert(label, system, target)
        _judge(conversions, f"{chart_id}: {system} {label} -> {target}", answer, _accepted(case, sources))
    for case in data.get("body", []):
        chart_id, body, system = case["case"]
        answer = charts.get(chart_id).size_for(body).labels.get(system, [])
        shown = ", ".join(f"{d} {v:g}" for d, v in body.items())
        _judge(bodies, f"{chart_id}: {shown} -> {system}", answer, _accepted(case, sources))
    return conversions, bodies


def main(argv: list[str]) -> int:
    conversions, bodies = run()
    for score in (conversions, bodies):
        print(f"{score.kind:14s} {score.cases:3d} cases  strict {score.strict_percent:5.1f} %  "
              f"best label {score.best_percent:5.1f} %")
        print("    " + ", ".join(f"{chart} {passed}/{total}" for chart, (total, passed) in sorted(score.by_chart.items())))
        if "--quiet" not in argv:
            for failure in score.failures:
                print(f"    FAIL {failure}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
