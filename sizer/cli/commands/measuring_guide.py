"""`sizer measuring-guide`: one illustrated measuring guide, or a booklet of all, as PDF, PNG or HTML.

Ids and languages are checked before Qt is imported, so a typo answers at once with the valid
choices (exit 2); only rendering imports ``sizer.ui.documents.guides``.
"""
from __future__ import annotations

import argparse
import sys

from sizer.cli import EXIT_OK, Command, fail, print_json
from sizer.errors import SizerError
from sizer.languages import LANGUAGES

FORMATS = ("pdf", "png", "html")
PAGE_SIZES = ("A4", "Letter")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("guide", nargs="?", metavar="GUIDE",
                        help="a body dimension (e.g. waist_girth), garment_flat or camera_stance")
    parser.add_argument("--all", action="store_true", help="every guide, as a booklet")
    parser.add_argument("--list", action="store_true",
                        help="print the guides and languages as JSON (names in --lang) and exit")
    # dest differs from the top-level --lang (the app's interface language) so neither overrides the other
    parser.add_argument("--lang", dest="guide_lang", metavar="LANG",
                        help=f"language of the guide: {', '.join(LANGUAGES)} (default: the top-level --lang, else en)")
    parser.add_argument("--format", dest="output_format", choices=FORMATS, default="pdf",
                        help="pdf (printable, one page per guide), png or html (a snippet with inline SVG)")
    parser.add_argument("--out", metavar="PATH",
                        help="file to write; required for pdf and png, html prints to stdout without it")
    parser.add_argument("--width", type=int, default=800, metavar="PX",
                        help="PNG width in pixels (default 800; phones show about 400)")
    parser.add_argument("--page-size", choices=PAGE_SIZES, default="A4", help="PDF paper size (default A4)")


def run(args: argparse.Namespace) -> int:
    from sizer import guides

    lang = guides.check_language(args.guide_lang or getattr(args, "lang", None) or guides.REFERENCE_LANGUAGE)
    if args.list:
        print_json({
            "languages": list(guides.languages()),
            "guides": [{"id": g, "title": guides.load_guide(g, lang).title} for g in guides.guide_ids()],
        })
        return EXIT_OK
    if args.all == bool(args.guide):
        return fail("give one GUIDE or --all (see --list for the guides)")
    guide_ids = list(guides.guide_ids()) if args.all else [guides.check_guide_id(args.guide)]
    if args.output_format in ("pdf", "png") and not args.out:
        return fail(f"--format {args.output_format} needs --out PATH")
    if args.width < 200 or args.width > 20000:
        return fail(f"--width must be between 200 and 20000 pixels (got {args.width})")

    from sizer.ui.documents import guides as documents

    try:
        if args.output_format == "pdf":
            pages = documents.write_guide_pdf(guide_ids, lang, args.out, page_size=args.page_size)
            print(f"wrote {args.out} ({pages} page{'s' if pages != 1 else ''}, {args.page_size}, {lang})")
        elif args.output_format == "png":
            documents.write_guide_png(guide_ids, lang, args.out, width_px=args.width)
            print(f"wrote {args.out} ({args.width} px wide, {lang})")
        elif args.out:
            documents.write_guide_html(guide_ids, lang, args.out)
            print(f"wrote {args.out} ({lang})")
        else:
            text = (documents.guide_html(guide_ids[0], lang) if len(guide_ids) == 1
                    else documents.booklet_html(guide_ids, lang))
            sys.stdout.write(text + "\n")
    except OSError as error:
        raise SizerError(f"{args.out}: cannot write ({error.strerror or error})") from None
    return EXIT_OK


COMMAND = Command(
    name="measuring-guide",
    help=f"illustrated measuring guides (PDF, PNG or HTML; languages: {', '.join(LANGUAGES)})",
    description="Write an illustrated guide to measuring one body dimension, a garment laid flat or the "
                "camera stance, or a booklet of all of them. Example: sizer measuring-guide waist_girth "
                "--lang zh_CN --format pdf --out waist.pdf",
    configure=configure,
    run=run,
)
