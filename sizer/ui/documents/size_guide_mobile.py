"""Two more HTML forms of a listing's size guide, beside the desktop snippet (size_guide_html.py).

* Mobile: fits a phone. The size and the body measurement that decides it come first and stay
  put (a sticky first column), the other systems and measurements scroll sideways inside the
  table, never the page; the measuring guide of that measurement comes first too.
* Plain: for marketplaces whose description field strips styles, tables and pictures (Amazon
  keeps only a few tags: p, br, b, ul, li). One line per size, nothing else; no attributes at all.
"""
from __future__ import annotations

import html
from pathlib import Path

from sizer.atomic import atomic_write_text
from sizer.catalog.size_guide import SizeGuideTable

PLAIN_TAGS = ("p", "br", "b", "ul", "li")
_FONTS = ("-apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, PingFang SC, Hiragino Sans GB, "
          "Microsoft YaHei, Noto Sans CJK SC, sans-serif")
_BORDER = "#D5DAE0"
_HEADER_BG = "#F1F4F7"
_KEY_BG = "#FFF6DB"


def column_order(table: SizeGuideTable) -> list[int]:
    """Size, then the deciding measurement, then the other systems' labels, then the rest."""
    order = [0]
    key = table.primary_column
    if key is not None:
        order.append(key)
    order += [j for j in range(1, len(table.columns)) if j != key]
    return order


def mobile_size_guide_html(table: SizeGuideTable, with_guides: bool = True) -> str:
    from sizer.guides import style_colours
    from sizer.ui.documents.guides import guide_html

    colours = style_colours()
    esc = html.escape
    order = column_order(table)
    key = table.primary_column
    cell = f"padding:.5em .6em;border-bottom:1px solid {_BORDER};white-space:nowrap;text-align:left"
    sticky = "position:sticky;left:0;z-index:1"

    def style(j: int, head: bool) -> str:
        parts = [cell]
        if j == 0:
            parts.append(f"{sticky};background:{_HEADER_BG if head else '#FFFFFF'};font-weight:bold")
        elif j == key:
            parts.append(f"background:{_KEY_BG};font-weight:bold")
        elif head:
            parts.append(f"background:{_HEADER_BG}")
        return ";".join(parts)

    head = "".join(f'<th scope="col" style="{style(j, True)}">{esc(table.columns[j])}</th>' for j in order)
    body = []
    for row in table.rows:
        cells = [f'<th scope="row" style="{style(0, False)}">{esc(row[0])}</th>']
        cells += [f'<td style="{style(j, False)}">{esc(row[j])}</td>' for j in order[1:]]
        body.append(f"<tr>{''.join(cells)}</tr>")
    guides = ""
    if with_guides:
        ids = list(table.guide_ids)
        if table.primary_dimension in ids:  # the deciding measurement's guide first
            ids.remove(table.primary_dimension)
            ids.insert(0, table.primary_dimension)
        guides = (f'<h2 style="font-size:1.2em;margin:1.2em 0 .5em">{esc(table.how_to_measure)}</h2>'
                  + "".join(guide_html(d, table.language) for d in ids))
    key_line = (f'<p style="margin:0 0 .6em;padding:.5em .7em;background:{_KEY_BG};border-radius:6px">'
                f"{esc(table.key_measurement)}</p>") if table.key_measurement else ""
    return (
        f'<div lang="{table.language.replace("_", "-")}" style="font-family:{esc(_FONTS, quote=True)};'
        f'color:{colours["text"]};line-height:1.45;max-width:760px;margin:0 auto;padding:0 .5em;'
        f'box-sizing:border-box;overflow-wrap:anywhere">'
        f'<h2 style="font-size:1.25em;margin:0 0 .2em">{esc(table.full_title)}</h2>'
        f'<p style="margin:0 0 .6em;color:{colours["muted_text"]}">{esc(table.subtitle)}</p>{key_line}'
        f'<div style="overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:0 0 .6em;'
        f'border:1px solid {_BORDER};border-radius:6px">'
        f'<table style="border-collapse:separate;border-spacing:0;font-size:.95em;min-width:100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table></div>"
        f'<p style="margin:0 0 1em;font-size:.85em;color:{colours["muted_text"]}">{esc(table.note)}</p>'
        f"{guides}</div>"
    )


def mobile_page_html(table: SizeGuideTable) -> str:
    """The mobile snippet as a whole page (viewport set for phones), to preview or host as it is."""
    return ('<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>{title}</title></head><body style=\"margin:0;padding:.5em 0\">{body}</body></html>\n").format(
        lang=table.language.replace("_", "-"), title=html.escape(table.full_title),
        body=mobile_size_guide_html(table))


def plain_size_guide_html(table: SizeGuideTable) -> str:
    """Only p, br, b, ul and li, without attributes: what Amazon's product description keeps."""
    esc = html.escape
    order = column_order(table)
    lines = []
    for row in table.rows:
        parts = []
        for j in order[1:]:
            if row[j] == "—":
                continue
            parts.append(f"{esc(table.columns[j])}: {esc(row[j])}")
        lines.append(f"<li><b>{esc(table.columns[0])}: {esc(row[0])}</b> — {'; '.join(parts)}</li>")
    key = f"<p>{esc(table.key_measurement)}</p>" if table.key_measurement else ""
    return (f"<p><b>{esc(table.full_title)}</b><br>{esc(table.subtitle)}</p>{key}"
            f"<ul>{''.join(lines)}</ul><p>{esc(table.note)}</p>")


def write_mobile_html(table: SizeGuideTable, path: str | Path, whole_page: bool = False) -> Path:
    atomic_write_text(path, (mobile_page_html(table) if whole_page else mobile_size_guide_html(table)) + "\n")
    return Path(path)


def write_plain_html(table: SizeGuideTable, path: str | Path) -> Path:
    atomic_write_text(path, plain_size_guide_html(table) + "\n")
    return Path(path)
