"""A listing's size guide as an HTML snippet a store can paste into a product description.

Self-contained: inline styles only (store editors strip <style> and classes), inline SVG
pictures of the measuring guides, no scripts, no external files, every text escaped.
"""
from __future__ import annotations

import html
from pathlib import Path

from sizer.atomic import atomic_write_text
from sizer.catalog.size_guide import SizeGuideTable

_FONTS = ("-apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, PingFang SC, Hiragino Sans GB, "
          "Microsoft YaHei, Noto Sans CJK SC, sans-serif")
_BORDER = "#D5DAE0"
_HEADER_BG = "#F1F4F7"


def size_guide_table_html(table: SizeGuideTable) -> str:
    """The size table alone: heading, table and note."""
    from sizer.guides import style_colours

    colours = style_colours()
    esc = html.escape
    cell = f"padding:.35em .6em;border:1px solid {_BORDER};white-space:nowrap"
    head = "".join(f'<th scope="col" style="{cell};background:{_HEADER_BG};text-align:left">{esc(c)}</th>'
                   for c in table.columns)
    body = []
    for row in table.rows:
        cells = [f'<th scope="row" style="{cell};text-align:left">{esc(row[0])}</th>']
        cells += [f'<td style="{cell};text-align:{"left" if j < table.label_columns else "right"}">{esc(v)}</td>'
                  for j, v in enumerate(row[1:], start=1)]
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f'<h2 style="font-size:1.4em;margin:0 0 .2em;color:{colours["text"]}">{esc(table.full_title)}</h2>'
        f'<p style="margin:0 0 .8em;color:{colours["muted_text"]}">{esc(table.subtitle)}</p>'
        f'<div style="overflow-x:auto;margin:0 0 .8em">'
        f'<table style="border-collapse:collapse;font-size:.95em;color:{colours["text"]}">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        f'<p style="margin:0 0 1.4em;font-size:.9em;color:{colours["muted_text"]}">{esc(table.note)}</p>'
    )


def size_guide_html(table: SizeGuideTable) -> str:
    """The size table and, below it, the illustrated measuring guide of every dimension it uses."""
    from sizer.guides import style_colours
    from sizer.ui.documents.guides import guide_html

    colours = style_colours()
    guides = "\n".join(guide_html(d, table.language) for d in table.guide_ids)
    lang = table.language.replace("_", "-")
    return (
        f'<div lang="{lang}" style="font-family:{html.escape(_FONTS, quote=True)};color:{colours["text"]};'
        f'line-height:1.5;max-width:760px;margin:0 auto">'
        f"{size_guide_table_html(table)}"
        f'<h2 style="font-size:1.3em;margin:1em 0 .6em;color:{colours["text"]}">'
        f"{html.escape(table.how_to_measure)}</h2>\n{guides}\n</div>"
    )


def write_size_guide_html(table: SizeGuideTable, path: str | Path) -> Path:
    atomic_write_text(path, size_guide_html(table) + "\n")
    return Path(path)
