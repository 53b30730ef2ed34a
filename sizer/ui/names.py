"""Display names for the core's ids and enums, in the interface language.

The core returns ids and enums (git-cola's habit); only the UI turns them into words. Dimension
names come from the measuring-guide texts (one translation for guides, exports and screens).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sizer import guides



def dimension_name(dimension_id: str, language: str) -> str:
    lang = language if language in guides.languages() else guides.REFERENCE_LANGUAGE
    return guides.dimension_name(dimension_id, lang)


def category_name(category_id: str) -> str:
    """A chart category's name; an unknown id (a merchant's own chart) shows as it is."""
    names = {
        "womens_tops": QCoreApplication.translate("Names", "Women's tops"),
        "womens_dresses": QCoreApplication.translate("Names", "Women's dresses"),
        "womens_trousers": QCoreApplication.translate("Names", "Women's trousers"),
        "mens_tops": QCoreApplication.translate("Names", "Men's tops"),
        "mens_shirts": QCoreApplication.translate("Names", "Men's shirts"),
        "mens_suits": QCoreApplication.translate("Names", "Men's suits"),
        "mens_trousers": QCoreApplication.translate("Names", "Men's trousers"),
        "bras": QCoreApplication.translate("Names", "Bras"),
        "shoes_men": QCoreApplication.translate("Names", "Men's shoes"),
        "shoes_women": QCoreApplication.translate("Names", "Women's shoes"),
        "shoes_kids": QCoreApplication.translate("Names", "Children's shoes"),
        "kids_clothing": QCoreApplication.translate("Names", "Children's clothing"),
        "hats": QCoreApplication.translate("Names", "Hats"),
        "gloves": QCoreApplication.translate("Names", "Gloves"),
        "rings": QCoreApplication.translate("Names", "Rings"),
        "belts": QCoreApplication.translate("Names", "Belts"),
        "socks": QCoreApplication.translate("Names", "Socks"),
        "ski_boots": QCoreApplication.translate("Names", "Ski boots"),
        "shoe_widths_men": QCoreApplication.translate("Names", "Men's shoe widths"),
        "shoe_widths_women": QCoreApplication.translate("Names", "Women's shoe widths"),
        "swimwear_women": QCoreApplication.translate("Names", "Women's swimwear"),
        "womens_tops_petite": QCoreApplication.translate("Names", "Women's tops (petite)"),
        "womens_tops_plus": QCoreApplication.translate("Names", "Women's tops (plus)"),
        "womens_tops_tall": QCoreApplication.translate("Names", "Women's tops (tall)"),
        "womens_tops_maternity": QCoreApplication.translate("Names", "Women's tops (maternity)"),
        "womens_dresses_plus": QCoreApplication.translate("Names", "Women's dresses (plus)"),
        "womens_trousers_plus": QCoreApplication.translate("Names", "Women's trousers (plus)"),
        "mens_tops_tall": QCoreApplication.translate("Names", "Men's tops (tall)"),
    }
    if category_id in names:
        return names[category_id]
    try:  # a chart without a name here (a merchant's own): its own title, never the bare id
        from sizer.sizing.library import chart_for

        return chart_for(category_id).title
    except Exception:  # noqa: BLE001 - an unknown id shows as it is
        return category_id


def zone_fit_name(value: str) -> str:
    names = {
        "tight": QCoreApplication.translate("Names", "tight"),
        "snug": QCoreApplication.translate("Names", "snug"),
        "good": QCoreApplication.translate("Names", "good"),
        "loose": QCoreApplication.translate("Names", "loose"),
        "too_loose": QCoreApplication.translate("Names", "too loose"),
        "too_short": QCoreApplication.translate("Names", "too short"),
        "short": QCoreApplication.translate("Names", "short"),
        "long": QCoreApplication.translate("Names", "long"),
        "too_long": QCoreApplication.translate("Names", "too long"),
    }
    return names.get(value, value)


def status_name(value: str) -> str:
    names = {
        "fits": QCoreApplication.translate("Names", "fits"),
        "between_sizes": QCoreApplication.translate("Names", "between sizes"),
        "best_available": QCoreApplication.translate("Names", "best available"),
        "no_fit": QCoreApplication.translate("Names", "no size fits"),
        "no_measurements": QCoreApplication.translate("Names", "no measurements"),
    }
    return names.get(value, value)


def fit_intent_name(value: str) -> str:
    names = {
        "slim": QCoreApplication.translate("Names", "slim"),
        "regular": QCoreApplication.translate("Names", "regular"),
        "relaxed": QCoreApplication.translate("Names", "relaxed"),
    }
    return names.get(value, value)


def stretch_name(value: str) -> str:
    names = {
        "none": QCoreApplication.translate("Names", "no stretch"),
        "some": QCoreApplication.translate("Names", "some stretch"),
        "high": QCoreApplication.translate("Names", "high stretch"),
    }
    return names.get(value, value)


def segment_name(value: str) -> str:
    """Who a listing is for (sizer.catalog.segments.Segment values)."""
    names = {
        "women": QCoreApplication.translate("Names", "women"),
        "men": QCoreApplication.translate("Names", "men"),
        "unisex": QCoreApplication.translate("Names", "unisex"),
        "girls": QCoreApplication.translate("Names", "girls"),
        "boys": QCoreApplication.translate("Names", "boys"),
        "baby": QCoreApplication.translate("Names", "baby"),
        "kids": QCoreApplication.translate("Names", "kids"),
    }
    return names.get(value, value)


def guidance_text(code: str) -> str:
    """What the capture session asks of the person, for each of its guidance codes."""
    texts = {
        "step_into_view": QCoreApplication.translate("Names", "Step into view, 2–3 m from the camera."),
        "one_person_only": QCoreApplication.translate("Names", "Only the person being measured may be in view."),
        "step_back": QCoreApplication.translate("Names", "Step back: the whole body, head to feet, must be in the picture."),
        "step_closer": QCoreApplication.translate("Names", "Step a little closer."),
        "stand_upright": QCoreApplication.translate("Names", "Stand upright, feet slightly apart, looking ahead."),
        "face_camera": QCoreApplication.translate("Names", "Face the camera."),
        "turn_to_side": QCoreApplication.translate("Names", "Now turn 90° so your side faces the camera."),
        "arms_away": QCoreApplication.translate("Names", "Hold your arms a little away from your body."),
        "more_light": QCoreApplication.translate("Names", "It is too dark: add light in front of you."),
        "less_backlight": QCoreApplication.translate("Names", "Too much light behind you: move away from the window."),
        "hold_still": QCoreApplication.translate("Names", "Hold still…"),
        "capturing": QCoreApplication.translate("Names", "Measuring: keep holding still."),
        "done": QCoreApplication.translate("Names", "Done: see your measurements."),
    }
    return texts.get(code, code)


def step_name(code: str) -> str:
    names = {
        "front": QCoreApplication.translate("Names", "Step 1 of 2: facing the camera"),
        "turn": QCoreApplication.translate("Names", "Step 2 of 2: turn to the side"),
        "side": QCoreApplication.translate("Names", "Step 2 of 2: side-on"),
        "done": QCoreApplication.translate("Names", "Finished"),
    }
    return names.get(code, code)


def warning_text(code: str) -> str:
    """A measurement warning code in words (an unknown code is shown as it is)."""
    texts = {
        "chest_level_estimated": QCoreApplication.translate(
            "Names", "The chest level was estimated: arms close to the body hid the armpits."),
        "perspective_not_solved": QCoreApplication.translate(
            "Names", "The camera angle could not be worked out; lengths assume a level camera."),
        "sex_not_given_wider_girth_uncertainty": QCoreApplication.translate(
            "Names", "The neck girth uses a model for all bodies, so its uncertainty is a little wider."),
        "inside_leg_estimated": QCoreApplication.translate(
            "Names", "No gap showed between the legs, so the inside leg was estimated from the hips."),
        "shoulder_width_from_keypoints": QCoreApplication.translate(
            "Names", "An arm touched the body, so the shoulder width is less sure. Hold the arms slightly away."),
        "stature_from_reference": QCoreApplication.translate(
            "Names", "The height was measured from the reference object."),
        "stated_height_disagrees_with_reference": QCoreApplication.translate(
            "Names", "The height you gave and the reference object disagree by over 3 %: check both."),
        "clothing_allowance_subtracted": QCoreApplication.translate(
            "Names", "The clothes' usual allowance was taken off the girths; the +/- includes how much it varies."),
        "girths_from_turn": QCoreApplication.translate(
            "Names", "The girths use the body's width seen from every side during the turn."),
    }
    return texts.get(code, code)


def shopper_segment_choices() -> list[tuple[str, str]]:
    """Whom measurements and recommendations are for, as the pages offer it: (Segment value or "" for
    anyone, words). One list for the Catalogue and Measure pages."""
    return [("", QCoreApplication.translate("CataloguePage", "For anyone")),
            ("women", QCoreApplication.translate("CataloguePage", "For women")),
            ("men", QCoreApplication.translate("CataloguePage", "For men")),
            ("kids", QCoreApplication.translate("CataloguePage", "For kids")),
            ("girls", QCoreApplication.translate("CataloguePage", "For girls")),
            ("boys", QCoreApplication.translate("CataloguePage", "For boys")),
            ("baby", QCoreApplication.translate("CataloguePage", "For a baby"))]
