"""Fuzz run of Sizer's file inputs: generated bad catalogues, profiles, images and charts through
the commands that read them, checking that every run ends with a message, not a traceback, in
under 10 s and under 1 GB.

    .venv/bin/python scripts/fuzz_files.py [--runs 10000] [--seed 1] [--subprocesses 20] [--json]

Every case is made from the project's own files (the bundled sample catalogue, a profile measured
from the sample photos, the sample photos, the bundled charts) by mutations that real files and
attackers produce: wrong cells (NaN, 1e308, dates, formulas, control and escape characters, huge
text), broken rows and headers, other encodings and delimiters, truncation, flipped bytes, random
bytes, workbooks with hidden sheets, formulas, dates and decompression bombs, deeply nested JSON
and TOML, images that are truncated, empty, mislabelled or claim a gigantic size.

Runs are in-process (``sizer.cli.main``, for speed; the peak memory of the whole process bounds
every run's) plus a few real subprocesses (``python -m sizer``). A run fails when it raises out of
``main``, prints a traceback or the catch-all "unexpected" error (an input Sizer did not foresee),
takes over 10 s, or the process goes over 1 GB. Failing inputs are kept in --keep for replay.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TIME_LIMIT_S = 10.0
MEMORY_LIMIT_MB = 1024
NASTY = ["", " ", "-1", "0", "nan", "NaN", "inf", "-inf", "1e308", "1e-308", "92,5", "９２", "١٢٣", "1_000",
         " 94 ", "94.5.3", "0x10", "9-10", "=cmd|' /C calc'!A0", "+1", "@SUM(A1)", "a;=1+1", "\x00", "\x1b[2J\x1b]0;x\x07",
         "\u202eevil", "A" * 5000, "纯棉", "'", '"', "\r", "\n", "\t", "../../etc/passwd", "CON", "%s%n", "{0}", "%1"]


# -- generators ---------------------------------------------------------------------------------
def sample_catalogue_lines() -> list[str]:
    from sizer.catalog.importer import sample_catalog_path

    return sample_catalog_path().read_text(encoding="utf-8").splitlines()


def bad_catalogue(rng: random.Random, folder: Path, base: list[str], n: int) -> Path:
    kind = rng.random()
    if kind < 0.12:
        return bad_workbook(rng, folder, base, n)
    rows = [line.split(",") for line in base]
    for _ in range(rng.randint(1, 6)):
        action = rng.random()
        if action < 0.45:
            r = rng.randrange(len(rows))
            if rows[r]:
                rows[r][rng.randrange(len(rows[r]))] = rng.choice(NASTY + [str(rng.uniform(-500, 500))])
        elif action < 0.55:
            rows.insert(rng.randrange(1, len(rows) + 1), list(rng.choice(rows)))
        elif action < 0.62 and len(rows) > 2:
            del rows[rng.randrange(1, len(rows))]
        elif action < 0.7:
            column = rng.randrange(len(rows[0]))
            rows[0][column] = rng.choice(["", rows[0][column] + "_in", rows[0][column].upper(), "chest_grith_min",
                                          rows[0][rng.randrange(len(rows[0]))], "garment_foot_length"])
        elif action < 0.75:
            rows = [row[:rng.randrange(1, len(row) + 1)] for row in rows]
        elif action < 0.8:
            rows.insert(0, ["Title row", "", ""])
        elif action < 0.85:
            width = rng.choice([200, 2000])
            rows = [row + [""] * width for row in rows]
        else:
            rows += [rows[rng.randrange(1, len(rows))] for _ in range(rng.randint(1, 2000))]
    delimiter = rng.choice([",", ",", ";", "\t", "|"])
    text = "\r\n".join(delimiter.join(row) for row in rows)
    encoding = rng.choice(["utf-8", "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "gb18030", "big5", "cp1252",
                           "shift_jis"])
    data = text.encode(encoding, errors="replace")
    mangle = rng.random()
    if mangle < 0.1:
        data = data[:rng.randrange(len(data) + 1)]
    elif mangle < 0.2:
        data = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    elif mangle < 0.23:
        data = rng.randbytes(rng.randint(0, 5000))
    path = folder / f"c{n}{rng.choice(['.csv', '.csv', '.tsv', '.txt'])}"
    path.write_bytes(data)
    return path


def bad_workbook(rng: random.Random, folder: Path, base: list[str], n: int) -> Path:
    import datetime

    import openpyxl

    path = folder / f"c{n}.xlsx"
    kind = rng.random()
    if kind < 0.1:
        path.write_bytes(rng.randbytes(rng.randint(0, 3000)))
        return path
    if kind < 0.14:
        shutil.copy(bomb_workbook(folder.parent, rng.choice(["blank_rows", "huge_member", "wide"])), path)
        return path
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    if rng.random() < 0.2:
        sheet.title = "hidden"
        sheet.append(["nothing"])
        sheet.sheet_state = "hidden"
        sheet = workbook.create_sheet("catalogue")
        workbook.active = 1
    for line in base[:rng.randint(1, len(base))]:
        cells = [float(c) if c.replace(".", "", 1).isdigit() else c for c in line.split(",")]
        if rng.random() < 0.3:
            k = rng.randrange(len(cells))
            cells[k] = rng.choice([datetime.datetime(2026, 9, 10), "=A1+1", "=1/0", True, -5, 1e308,
                                   rng.choice(NASTY).replace("\x00", "").replace("\x1b", "")])
        try:
            sheet.append(cells)
        except Exception:  # noqa: BLE001 - openpyxl refuses some characters; the row stays out
            pass
    workbook.save(path)
    if rng.random() < 0.2:
        data = path.read_bytes()
        path.write_bytes(data[:rng.randrange(len(data))])
    return path


_BOMBS: dict[str, Path] = {}


def bomb_workbook(folder: Path, kind: str) -> Path:
    """Small files that unpack to far more than a catalogue: made once, reused."""
    if kind in _BOMBS:
        return _BOMBS[kind]
    path = folder / f"bomb-{kind}.xlsx"
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    header = "".join(f'<c r="{chr(65 + k)}1" t="inlineStr"><is><t>{name}</t></is></c>' for k, name in
                     enumerate(["listing_id", "title", "category", "size_label"]))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets><sheet name="S" '
                                            f'sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="x"/></Relationships>')
        with archive.open("xl/worksheets/sheet1.xml", "w") as sheet:
            sheet.write(f'<worksheet xmlns="{main}"><sheetData><row r="1">{header}</row>'.encode())
            if kind == "blank_rows":
                for start in range(2, 5_000_000, 100_000):
                    sheet.write("".join(f'<row r="{r}"/>' for r in range(start, start + 100_000)).encode())
            elif kind == "wide":
                for r in range(2, 20_000):
                    sheet.write(f'<row r="{r}"><c r="XFC{r}"><v>1</v></c></row>'.encode())
            sheet.write(b"</sheetData></worksheet>")
        if kind == "huge_member":
            with archive.open("xl/sharedStrings.xml", "w") as strings:
                strings.write(f'<sst xmlns="{main}"><si><t>'.encode())
                chunk = b"x" * (1 << 20)
                for _ in range(300):
                    strings.write(chunk)
                strings.write(b"</t></si></sst>")
    _BOMBS[kind] = path
    return path


def sample_profile() -> dict:
    return {"measurements_cm": {"stature": 182.0, "chest_girth": 96.2, "waist_girth": 79.2, "hip_girth": 97.2,
                                "neck_girth": 37.3, "shoulder_width": 37.3, "arm_length": 54.7, "inside_leg": 88.4},
            "uncertainty_cm": {"stature": 0.0, "chest_girth": 3.0, "waist_girth": 2.2, "hip_girth": 2.2},
            "warnings": ["sex_not_given_wider_girth_uncertainty"], "fit_preference": "regular"}


def bad_profile(rng: random.Random, folder: Path, n: int) -> Path:
    path = folder / f"p{n}.json"
    kind = rng.random()
    if kind < 0.05:
        depth = rng.choice([1000, 100_000])
        path.write_text("[" * depth + "]" * depth, encoding="utf-8")
        return path
    if kind < 0.1:
        path.write_bytes(rng.randbytes(rng.randint(0, 2000)))
        return path
    if kind < 0.12:
        path.write_text('{"measurements_cm": {"chest_girth": ' + "9" * rng.choice([400, 5000]) + "}}",
                        encoding="utf-8")
        return path
    payload = sample_profile()
    for _ in range(rng.randint(1, 5)):
        section = rng.choice(["measurements_cm", "uncertainty_cm", "fit_preference", "warnings", None])
        value = rng.choice([float("nan"), float("inf"), -1, 0, 1e308, 1e-308, "96", None, [], {}, True,
                            rng.uniform(-1000, 1000), "x" * 1000, 10 ** 400 if rng.random() < 0.1 else 3])
        if section is None:
            payload = rng.choice([[], "profile", 42, None, {"measurements_cm": value}])
            break
        if section in ("measurements_cm", "uncertainty_cm") and isinstance(payload.get(section), dict):
            key = rng.choice(list(payload[section]) + ["no_such", "", "stature"])
            payload[section][key] = value
        else:
            payload[section] = value
    text = json.dumps(payload, allow_nan=True)
    if rng.random() < 0.1:
        text = text[:rng.randrange(len(text) + 1)]
    encoding = rng.choice(["utf-8"] * 8 + ["utf-16", "utf-8-sig"])
    path.write_bytes(text.encode(encoding))
    return path


def bad_image(rng: random.Random, folder: Path, photos: list[bytes], n: int) -> Path:
    import struct
    import zlib

    suffix = rng.choice([".png", ".jpg", ".jpeg", ".webp", ".bmp", ""])
    path = folder / f"i{n}{suffix}"
    kind = rng.random()
    if kind < 0.25:
        data = rng.choice(photos)
        data = data[:rng.randrange(len(data))]
    elif kind < 0.4:
        data = bytearray(rng.choice(photos))
        for _ in range(rng.randint(1, 50)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        data = bytes(data)
    elif kind < 0.55:
        data = rng.randbytes(rng.randint(0, 5000))
    elif kind < 0.7:  # a PNG that claims a gigantic size (a decompression bomb)
        side = rng.choice([30_000, 100_000, 1 << 30])
        ihdr = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
        chunk = struct.pack(">I", 13) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
        idat = zlib.compress(b"\x00" * 100_000)
        data = (b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", len(idat)) + b"IDAT" + idat +
                struct.pack(">I", zlib.crc32(b"IDAT" + idat)) + b"\x00\x00\x00\x00IEND\xaeB`\x82")
    elif kind < 0.8:
        data = b""
    elif kind < 0.9:
        data = "not an image at all\n".encode() * rng.randint(1, 100)
    else:  # a real, tiny or blank picture: decodes, has no person
        import cv2
        import numpy as np

        height, width = rng.choice([(1, 1), (8, 8), (64, 48), (480, 360)])
        image = np.full((height, width, 3), rng.randrange(256), np.uint8)
        ok, encoded = cv2.imencode(".png", image)
        data = encoded.tobytes()
        path = path.with_suffix(".png")
    path.write_bytes(data)
    return path


def bad_chart(rng: random.Random, folder: Path, charts: list[str], n: int) -> Path:
    path = folder / f"chart{n}.toml"
    kind = rng.random()
    if kind < 0.05:
        depth = rng.choice([500, 50_000])
        path.write_text("x = " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
        return path
    if kind < 0.08:
        path.write_text("x = { a = " * 2000 + "1" + " }" * 2000 + "\n", encoding="utf-8")
        return path
    if kind < 0.12:
        path.write_bytes(rng.randbytes(rng.randint(0, 3000)))
        return path
    lines = rng.choice(charts).splitlines()
    for _ in range(rng.randint(1, 8)):
        action = rng.random()
        k = rng.randrange(len(lines))
        if action < 0.4 and "=" in lines[k]:
            key = lines[k].split("=", 1)[0]
            lines[k] = key + "= " + rng.choice(['"XX"', "-1", "nan", "inf", "1e308", "[]", "{}", '""', "[1, 2, 3]",
                                                 '"' + "A" * 5000 + '"', "true", '"\\u001b[2J"'])
        elif action < 0.55:
            del lines[k]
        elif action < 0.7:
            lines.insert(k, lines[rng.randrange(len(lines))])
        elif action < 0.8:
            lines[k] = lines[k][:rng.randrange(len(lines[k]) + 1)]
        else:
            lines.insert(k, rng.choice(['id = "mens_tops"', "[[rows]]", "[meta]", 'id = "../../x"']))
    path.write_text("\n".join(lines), encoding="utf-8", errors="replace")
    return path


# -- running ------------------------------------------------------------------------------------
def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def run_in_process(argv: list[str]) -> dict:
    from sizer.cli import main

    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    raised = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except BaseException as error:  # noqa: BLE001 - the point is to catch what escapes
            raised, code = f"{type(error).__name__}: {error}"[:300], None
    seconds = time.perf_counter() - start
    text = err.getvalue()
    return {"code": code, "seconds": seconds, "raised": raised, "rss_mb": rss_mb(),
            "traceback": "Traceback (most recent call last)" in text + out.getvalue(),
            "unexpected": "error: unexpected " in text, "stderr": text[-400:]}


def run_subprocess(argv: list[str]) -> dict:
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "sizer", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               cwd=ROOT, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        out, err = process.communicate(timeout=TIME_LIMIT_S * 3)
        timed_out = False
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        timed_out = True
    seconds = time.perf_counter() - start
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    text = err.decode("utf-8", "replace")
    return {"code": None if timed_out else process.returncode, "seconds": seconds, "raised": None,
            "rss_mb": usage.ru_maxrss / 1024, "traceback": "Traceback (most recent call last)" in text,
            "unexpected": "error: unexpected " in text, "stderr": text[-400:]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--subprocesses", type=int, default=20)
    parser.add_argument("--keep", type=Path, default=Path(tempfile.gettempdir()) / "sizer-fuzz-failures")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("SIZER_STATE_DIR", tempfile.mkdtemp(prefix="sizer-fuzz-state-"))
    rng = random.Random(args.seed)
    base = sample_catalogue_lines()
    first_id = base[1].split(",")[0]
    photos = [(ROOT / "assets" / "samples" / name).read_bytes() for name in ("person_front.png", "person_side.png")]
    charts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "charts").glob("*.toml"))]
    good_profile = None
    # Share of the runs per command (measure is the slowest: each decodable image runs the pose model).
    plan = [("catalog check", 0.36), ("guide", 0.12), ("recommend: profile", 0.25), ("recommend: catalogue", 0.05),
            ("charts validate", 0.17), ("measure", 0.05)]
    counts = Counter()
    examples: dict[str, dict[str, str]] = {}
    failures = []
    slowest = {}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="sizer-fuzz-") as folder:
        folder = Path(folder)
        good_profile = folder / "good.json"
        good_profile.write_text(json.dumps(sample_profile()), encoding="utf-8")
        subprocess_at = set(rng.sample(range(args.runs), min(args.subprocesses, args.runs)))
        for n in range(args.runs):
            command = rng.choices([c for c, _ in plan], weights=[w for _, w in plan])[0]
            case_folder = folder / f"case{n % 50}"
            if case_folder.exists():
                shutil.rmtree(case_folder)
            case_folder.mkdir()
            if command == "catalog check":
                inputs = [bad_catalogue(rng, case_folder, base, n)]
                argv = ["catalog", "check", str(inputs[0])] + (["--json"] if rng.random() < 0.3 else [])
            elif command == "guide":
                inputs = [bad_catalogue(rng, case_folder, base, n)]
                out = case_folder / rng.choice(["g.html", "g.csv", "g.json", "g.xlsx", "missing/g.html", "."])
                argv = ["guide", "--catalog", str(inputs[0]), "--listing", first_id, "--out", str(out)]
            elif command == "recommend: profile":
                inputs = [bad_profile(rng, case_folder, n)]
                argv = ["recommend", "--profile", str(inputs[0])] + (["--json"] if rng.random() < 0.5 else [])
            elif command == "recommend: catalogue":
                inputs = [bad_catalogue(rng, case_folder, base, n)]
                argv = ["recommend", "--profile", str(good_profile), "--catalog", str(inputs[0]),
                        "--accept-valid-rows"]
            elif command == "charts validate":
                inputs = [bad_chart(rng, case_folder, charts, n)]
                argv = ["charts", "validate", str(inputs[0])]
            else:
                inputs = [bad_image(rng, case_folder, photos, n), bad_image(rng, case_folder, photos, n + 1)]
                argv = ["measure", "--front", str(inputs[0]), "--side", str(inputs[1]), "--height-cm",
                        rng.choice(["175", "0", "-5", "nan", "1e308", "175"])]
            real = n in subprocess_at
            result = run_subprocess(argv) if real else run_in_process(argv)
            kind = f"{command}{' (subprocess)' if real else ''}"
            counts[kind] += 1
            counts[f"exit {result['code']}"] += 1
            first_line = (result["stderr"].strip().splitlines() or [""])[-1][:160]
            examples.setdefault(f"exit {result['code']}", {}).setdefault(command, first_line)
            if result["seconds"] > slowest.get(kind, (0, None))[0]:
                slowest[kind] = (result["seconds"], argv)
            problem = None
            if result["raised"]:
                problem = f"raised {result['raised']}"
            elif result["traceback"]:
                problem = "printed a traceback"
            elif result["unexpected"]:
                problem = "an unexpected error (not a message about the input)"
            elif result["seconds"] > TIME_LIMIT_S:
                problem = f"took {result['seconds']:.1f} s"
            elif result["rss_mb"] > MEMORY_LIMIT_MB:
                problem = f"memory {result['rss_mb']:.0f} MB"
            elif result["code"] not in (0, 1, 2, 3):
                problem = f"exit code {result['code']}"
            if problem:
                keep = args.keep / f"{n}"
                keep.mkdir(parents=True, exist_ok=True)
                for item in inputs:
                    if item.exists() and item.is_file():
                        shutil.copy(item, keep / item.name)
                failures.append({"run": n, "command": kind, "argv": argv, "problem": problem,
                                 "stderr": result["stderr"], "kept": str(keep)})
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {"runs": args.runs, "seed": args.seed, "minutes": round((time.perf_counter() - started) / 60, 1),
              "by_command": {k: v for k, v in sorted(counts.items()) if not k.startswith("exit")},
              "exit_codes": {k: v for k, v in sorted(counts.items()) if k.startswith("exit")},
              "slowest_s": {k: round(v[0], 2) for k, v in sorted(slowest.items())},
              "peak_memory_mb_in_process": round(peak_mb), "examples": examples, "failures": len(failures),
              "failure_list": failures[:50]}
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for key, value in report.items():
            if key != "failure_list":
                print(f"{key:28s} {value}")
        for failure in failures[:50]:
            print(f"FAIL run {failure['run']} {failure['command']}: {failure['problem']}\n    {failure['argv']}\n"
                  f"    {failure['stderr'].strip()[-300:]}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
