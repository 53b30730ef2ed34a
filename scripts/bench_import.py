"""Benchmark of catalogue import, with peak memory.

    .venv/bin/python scripts/bench_import.py [--json] [--xlsx-rows N] [--csv-rows N]

Targets (issue 17): a 200,000-row XLSX imports in under 10 s, a 1,000,000-row CSV in under
5 s, and a merchant's own 200,000-row Shopify export through its column mapping in under 10 s (exporting recommendations, the third target, is scripts/bench_export.py's). Each figure is
measured in a fresh process, so its peak memory (``ru_maxrss``) is that job's alone; the
process's CPU time (start-up included) is printed too, being less sensitive to a busy machine. The files
are synthetic but shaped like real catalogues: body ranges in cm and inches, garment rows,
standard-chart rows, six sizes per listing, Chinese and accented titles. The XLSX is timed twice:
as openpyxl streams it (text inline) and as Excel saves it (text in the shared-strings table).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["listing_id", "title", "category", "size_label", "size_system", "fit", "stretch", "chest_girth_min",
          "chest_girth_max", "waist_girth_min_in", "waist_girth_max_in", "garment_hip_girth"]
LABELS = ["XS", "S", "M", "L", "XL", "XXL"]


def rows(n_rows: int):
    for r in range(n_rows):
        listing, k = divmod(r, len(LABELS))
        title = ("纯棉T恤 " if listing % 3 == 0 else "Chemise côtelée ") + str(listing)
        if listing % 5 == 4:  # standard-chart rows: the label alone
            yield [f"L{listing}", title, "mens_tops", LABELS[k], "INT", "", "", "", "", "", "", ""]
        elif listing % 5 == 3:  # a tech pack
            yield [f"L{listing}", title, "mens_tops", LABELS[k], "", "regular", "some", "", "", "", "", 96 + 6 * k]
        else:
            yield [f"L{listing}", title, "mens_tops", LABELS[k], "INT", "slim", "none", 80 + 6 * k, 86 + 6 * k,
                   26 + 2 * k, 28 + 2 * k, ""]


def write_csv(path: Path, n_rows: int) -> None:
    import csv

    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        writer.writerows(rows(n_rows))


def write_xlsx(path: Path, n_rows: int) -> None:
    import openpyxl

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Catalogue")
    sheet.append(HEADER)
    for row in rows(n_rows):
        sheet.append([None if v == "" else v for v in row])
    workbook.save(path)


def write_xlsx_shared_strings(path: Path, n_rows: int) -> None:
    """The same sheet as Excel saves it: text in the shared-strings table (openpyxl's streaming
    writer puts text inline instead), each distinct text once."""
    import re
    import zipfile

    inline = path.with_suffix(".inline.xlsx")
    write_xlsx(inline, n_rows)
    strings: dict[str, int] = {}

    def shared(match) -> str:
        index = strings.setdefault(match[2], len(strings))
        return f'<c r="{match[1]}" t="s"><v>{index}</v></c>'

    cell = re.compile(r'<c r="([A-Z]+\d+)" t="inlineStr"><is><t>([^<]*)</t></is></c>')
    with zipfile.ZipFile(inline) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = cell.sub(shared, data.decode("utf-8")).encode("utf-8")
            elif info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdShared" Target="sharedStrings.xml" '
                                    b'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
                                    b'sharedStrings"/></Relationships>')
            target.writestr(info, data)
        table = "".join(f"<si><t>{text}</t></si>" for text in strings)  # already escaped in the sheet
        target.writestr("xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                                                f'main" count="{len(strings)}" uniqueCount="{len(strings)}">{table}</sst>')
    inline.unlink()


SHOPIFY_HEADER = ["Handle", "Title", "Type", "Option1 Name", "Option1 Value", "Option2 Name", "Option2 Value",
                  "Variant SKU", "Google Shopping / Gender", "Google Shopping / Age Group"]
SHOPIFY_COLOURS = ["Black", "Grey", "Navy", "Olive"]


def write_shopify_csv(path: Path, n_rows: int) -> None:
    """A Shopify product export: products of four colours by five sizes, one row per variant, the
    product's own fields on its first row only (as Shopify writes them)."""
    import csv

    per_product = len(SHOPIFY_COLOURS) * 5
    with open(path, "w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(SHOPIFY_HEADER)
        for r in range(n_rows):
            product, k = divmod(r, per_product)
            colour, size = SHOPIFY_COLOURS[k // 5], ["S", "M", "L", "XL", "XXL"][k % 5]
            first = k == 0
            writer.writerow([f"tee-{product}", f"Tee {product}" if first else "", "T-Shirts" if first else "",
                             "Size" if first else "", size, "Color" if first else "", colour,
                             f"T{product}-{colour[:3].upper()}-{size}", "male" if first else "",
                             "adult" if first else ""])


def mapped_import_figures(path: Path) -> dict:
    return measure_in_child(
        "from sizer.catalog.mapping import MappingStore, import_mapped, propose_mapping\n"
        f"mapping = propose_mapping({str(path)!r}, MappingStore({str(path.with_suffix('.json'))!r})).mapping\n"
        "mapping.category_values['male · T-Shirts'] = 'mens_tops'\n"
        "start = time.perf_counter()\n"
        f"result = import_mapped({str(path)!r}, mapping)\n"
        "figures = {'seconds': round(time.perf_counter() - start, 2), 'rows': result.rows_imported,\n"
        "           'listings': len(result.catalog), 'read_as': result.description}\n")


def measure_in_child(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints JSON with its seconds; add peak memory."""
    script = ("import json, resource, sys, time\n" f"sys.path.insert(0, {str(ROOT)!r})\n" + code +
              "\nusage = resource.getrusage(resource.RUSAGE_SELF)\n"
              "figures['cpu_seconds'] = round(usage.ru_utime + usage.ru_stime, 2)\n"
              "figures['peak_rss_mb'] = round(usage.ru_maxrss / 1024)\n"
              "print(json.dumps(figures))\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_figures(path: Path) -> dict:
    return measure_in_child(
        "from sizer.catalog.importer import import_catalog\n"
        "start = time.perf_counter()\n"
        f"result = import_catalog({str(path)!r})\n"
        "figures = {'seconds': round(time.perf_counter() - start, 2), 'rows': result.rows_imported,\n"
        "           'listings': len(result.catalog), 'read_as': result.description}\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--xlsx-rows", type=int, default=200_000)
    parser.add_argument("--csv-rows", type=int, default=1_000_000)
    parser.add_argument("--shopify-rows", type=int, default=200_000)
    args = parser.parse_args()
    figures = {}
    with tempfile.TemporaryDirectory(prefix="sizer-bench-import-") as folder:
        folder = Path(folder)
        csv_path, xlsx_path = folder / "big.csv", folder / "big.xlsx"
        write_csv(csv_path, args.csv_rows)
        figures[f"csv_{args.csv_rows}_rows"] = {**import_figures(csv_path), "target_seconds": 5}
        shopify_path = folder / "shopify.csv"
        write_shopify_csv(shopify_path, args.shopify_rows)
        figures[f"shopify_{args.shopify_rows}_rows_mapped"] = {**mapped_import_figures(shopify_path),
                                                               "target_seconds": 10}
        write_xlsx(xlsx_path, args.xlsx_rows)
        figures[f"xlsx_{args.xlsx_rows}_rows_inline_text"] = {**import_figures(xlsx_path), "target_seconds": 10}
        write_xlsx_shared_strings(xlsx_path, args.xlsx_rows)
        figures[f"xlsx_{args.xlsx_rows}_rows_shared_strings"] = {**import_figures(xlsx_path), "target_seconds": 10}
    if args.json:
        print(json.dumps(figures, indent=2, ensure_ascii=False))
    else:
        for name, values in figures.items():
            print(f"{name:34s} " + "  ".join(f"{k} {v}" for k, v in values.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
