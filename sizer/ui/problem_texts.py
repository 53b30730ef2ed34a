"""The core's problems (sizer.problems) in the interface language: one ``tr()`` per problem code.

The core says which problem and with what values; this module writes it, as sizer/ui/names.py does
for the core's enums. Every code in :data:`sizer.problems.ENGLISH` has its template here (a test
walks them), with the same {name} placeholders, filled in one pass by :func:`sizer.problems.render`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from sizer import problems
from sizer.dimensions import DIMENSION_IDS
from sizer.problems import Problem
from sizer.ui.i18n import current_language, fill
from sizer.ui.names import category_name, dimension_name, fit_intent_name, segment_name, stretch_name
from sizer.ui.numbers import number

_LANGUAGE_NEUTRAL = {"plain_text": "{text}", "with_hint": "{text}{hint}"}


def templates() -> dict[str, str]:
    """Problem code -> its sentence in the interface language, with {name} placeholders."""
    return {
        **_LANGUAGE_NEUTRAL,
        "also_rows": QCoreApplication.translate("Problems", '{reason} (also rows {rows})'),
        "also_rows_more": QCoreApplication.translate("Problems", '{reason} (also rows {rows} and {more} more)'),
        "value_at_row": QCoreApplication.translate("Problems", '{value} (row {row})'),
        "values_more": QCoreApplication.translate("Problems", '{values} and {more} more'),
        "did_you_mean": QCoreApplication.translate("Problems", ' (did you mean {suggestions}?)'),
        "or_list": QCoreApplication.translate("Problems", '{first} or {second}'),
        "location_row": QCoreApplication.translate("Problems", 'row {row}'),
        "location_column": QCoreApplication.translate("Problems", 'column {column}'),
        "location_rows": QCoreApplication.translate("Problems", 'rows {rows}'),
        "location_rows_more": QCoreApplication.translate("Problems", 'rows {rows} and {more} more'),
        "file_unknown_format": QCoreApplication.translate("Problems", 'unknown catalogue format {suffix}; valid: {valid}'),
        "file_not_found": QCoreApplication.translate("Problems", 'file not found'),
        "file_unreadable": QCoreApplication.translate("Problems", 'cannot read the file: {detail}'),
        "file_is_folder": QCoreApplication.translate("Problems", 'is a folder; give a catalogue file (.csv or .xlsx)'),
        "file_not_regular": QCoreApplication.translate("Problems", 'is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)'),
        "file_too_large": QCoreApplication.translate("Problems", 'the file is larger than {limit_gb} GB; split the catalogue'),
        "file_empty": QCoreApplication.translate("Problems", 'the file is empty; expected a header row'),
        "csv_malformed": QCoreApplication.translate("Problems", 'malformed CSV: {detail}'),
        "xlsx_unreadable": QCoreApplication.translate("Problems", 'not a readable XLSX workbook ({detail})'),
        "xlsx_no_workbook": QCoreApplication.translate("Problems", 'not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx'),
        "xlsx_no_sheets": QCoreApplication.translate("Problems", 'the workbook has no sheets'),
        "xlsx_all_hidden": QCoreApplication.translate("Problems", 'every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again'),
        "cell_formula_unsaved": QCoreApplication.translate("Problems", 'a formula ({formula}) without a saved value; open the file in Excel or LibreOffice and save it again, or type the value itself'),
        "cell_shared_text_missing": QCoreApplication.translate("Problems", 'a reference to shared text {value} that the workbook does not have'),
        "cell_spreadsheet_error": QCoreApplication.translate("Problems", 'the spreadsheet error {value}; fix the formula or type the value'),
        "cell_date": QCoreApplication.translate("Problems", 'a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and type the value again'),
        "cell_too_long": QCoreApplication.translate("Problems", 'a text of {length} characters, more than a cell holds ({limit})'),
        "header_cell_holds": QCoreApplication.translate("Problems", 'a header cell holds {reason}'),
        "and_more": QCoreApplication.translate("Problems", '... and {count} more'),
        "no_valid_rows": QCoreApplication.translate("Problems", 'no valid rows'),
        "no_data_rows": QCoreApplication.translate("Problems", 'no data rows under the header'),
        "unknown_column": QCoreApplication.translate("Problems", 'unknown column {column}{did_you_mean}; valid: {fields}, <dimension>_min, <dimension>_max, garment_<dimension> (add _in for inches) with <dimension> one of {dimensions}'),
        "garment_without_ease": QCoreApplication.translate("Problems", 'no ease is defined for garment {dimension}, so it cannot become a body range; give {dimension}_min/_max instead, or use garment_ with one of {dimensions}'),
        "duplicate_column": QCoreApplication.translate("Problems", 'the same column as {column}; keep one'),
        "required_column_missing": QCoreApplication.translate("Problems", 'required column missing; a catalogue needs {columns}'),
        "empty_required_cell": QCoreApplication.translate("Problems", 'empty; every row needs a listing_id, title, category and size_label'),
        "empty_cell": QCoreApplication.translate("Problems", 'empty'),
        "unknown_choice": QCoreApplication.translate("Problems", 'unknown {kind} {value}{did_you_mean}; valid: {choices}'),
        "unknown_choice_listed": QCoreApplication.translate("Problems", 'unknown {kind} {value}{did_you_mean}\nvalid {kinds}: {choices}'),
        "choices_in_all": QCoreApplication.translate("Problems", '{choices}, ... ({count} in all)'),
        "listing_has_no_sizes": QCoreApplication.translate("Problems", 'listing {listing} has no sizes'),
        "or_leave_system_empty": QCoreApplication.translate("Problems", "{reason}; or leave it empty for the brand's own labels"),
        "row_needs_size_system": QCoreApplication.translate("Problems", "a row without measurements refers to the standard chart of its category, so it needs the label's size system; valid: {systems}"),
        "differs_from_first_row": QCoreApplication.translate("Problems", 'differs from row {row} of listing {listing} ({value}); every row of a listing gives the same {field}'),
        "duplicate_size": QCoreApplication.translate("Problems", 'listing {listing} already has size {label}; each label once'),
        "not_a_number_cm": QCoreApplication.translate("Problems", '{value} is not a number; expected cm, e.g. 92.5'),
        "not_a_number_in": QCoreApplication.translate("Problems", '{value} is not a number; expected inches, e.g. 92.5'),
        "not_a_length": QCoreApplication.translate("Problems", '{value} is not a length; expected a positive number'),
        "garment_and_body_both": QCoreApplication.translate("Problems", 'give either garment_{dimension} or {dimension}_min/_max in a row, not both'),
        "implausible_garment": QCoreApplication.translate("Problems", '{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm){hint}'),
        "implausible_body": QCoreApplication.translate("Problems", '{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}'),
        "range_cm": QCoreApplication.translate("Problems", '{low} to {high} cm'),
        "range_for_adults": QCoreApplication.translate("Problems", '{low} to {high} cm for adults'),
        "range_for_children": QCoreApplication.translate("Problems", '{low} to {high} cm for children'),
        "implausible_body_for": QCoreApplication.translate("Problems", '{value} cm is not a plausible body {dimension}; expected {expected}{hint}'),
        "implausible_garment_for": QCoreApplication.translate("Problems", '{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}'),
        "unit_slip_in": QCoreApplication.translate("Problems", 'looks like inches: {typed} in = {cm} cm?'),
        "unit_slip_mm": QCoreApplication.translate("Problems", 'looks like millimetres: {typed} mm = {cm} cm?'),
        "unit_slip_cm": QCoreApplication.translate("Problems", 'looks like centimetres: {typed} cm?'),
        "hint_unit_slip": QCoreApplication.translate("Problems", '; {slip}'),
        "hint_slip_add_in": QCoreApplication.translate("Problems", '; {slip} then end the column name in _in ({column})'),
        "hint_slip_mm": QCoreApplication.translate("Problems", '; {slip} the column is in cm'),
        "hint_slip_drop_in": QCoreApplication.translate("Problems", '; {slip} then drop the _in from the column name'),
        "profile_measurement_outside": QCoreApplication.translate("Problems", 'a measurement goes inside measurements_cm, e.g. {"measurements_cm": {"{key}": ...}}'),
        "profile_key_is_a_measurement": QCoreApplication.translate("Problems", 'unknown profile key {key}; did you mean {hint} inside measurements_cm?'),
        "edit_implausible_body_for": QCoreApplication.translate("Problems", 'size {label}: {value} cm is not a plausible body {dimension}; expected {expected}{hint}'),
        "orders_valid_rows_hint": QCoreApplication.translate("Problems", ' (import the other rows with --accept-valid-rows)'),
        "hint_drop_in": QCoreApplication.translate("Problems", '; is it in cm? then drop the _in from the column name'),
        "hint_add_in": QCoreApplication.translate("Problems", '; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)'),
        "hint_half_girth": QCoreApplication.translate("Problems", '; {value} looks like half a girth, measured across the garment laid flat: give the whole girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat widths'),
        "min_above_max": QCoreApplication.translate("Problems", 'the minimum {low} cm is above the maximum {high} cm; swap them'),
        "open_min_unreachable": QCoreApplication.translate("Problems", 'an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of {dimension}; give {dimension}_max too'),
        "open_max_unreachable": QCoreApplication.translate("Problems", 'a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; give {dimension}_min too'),
        "mapping_incomplete": QCoreApplication.translate("Problems", '{path}: the column mapping is not complete:\n  {problems}'),
        "mapping_header_row_missing": QCoreApplication.translate("Problems", "the mapping's header row is not in the file"),
        "mapping_columns_missing": QCoreApplication.translate("Problems", "the mapping names columns this file does not have; map this file's columns again"),
        "no_size_option": QCoreApplication.translate("Problems", 'no option of this product is a size ({options}); name the size option Size, or map the size column'),
        "no_option_names": QCoreApplication.translate("Problems", 'no option names'),
        "not_a_measurement": QCoreApplication.translate("Problems", '{value} is not a measurement; write one number or a range such as 86-90'),
        "amazon_size_system_code": QCoreApplication.translate("Problems", "{value} (listing {listing}) is Amazon's code for a size system, and which system it stands for is not published; write the system itself ({valid}) in this column, or set it for every row in the mapping (--constant size_system=US)"),
        "same_size_merged": QCoreApplication.translate("Problems", "sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, {label}, keeping every SKU"),
        "same_size_measurements_differ": QCoreApplication.translate("Problems", "sizes {labels} of listing {listing} ({rows}) name one size but give different measurements; give them the same measurements, or write each as a size of its own"),
        "size_system_ambiguous": QCoreApplication.translate("Problems", "the sizes of listing {listing} are labels of more than one {category} size system ({systems}), which fit different bodies; give the size system in a column (e.g. a Size system metafield) or set it for every row in the mapping"),
        "write_failed": QCoreApplication.translate("Problems", '{path}: cannot be written: {detail}'),
        "size_implausible_measurement": QCoreApplication.translate("Problems", '{dimension} {typed} is not a plausible body measurement for {chart}; expected {expected}{hint}'),
        "category_required": QCoreApplication.translate("Problems", '--category is required (or --chart-file); categories: {categories}'),
        "category_required_label": QCoreApplication.translate("Problems", '--category is required (or --chart-file); {system} {label} is a size of {matches}\nall categories: {categories}'),
        "preset_wrong_suffix": QCoreApplication.translate("Problems", '{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in one of these'),
        "preset_image_one_file": QCoreApplication.translate("Problems", '{path} is one picture, but the {count} listings make {count} pictures: write them to a folder, or choose one listing'),
        "preset_image_not_folder": QCoreApplication.translate("Problems", '{path}: the pictures go in a folder, and this is a file; give a folder, or a .png or .jpg name for the picture of one listing'),
        "preset_duplicate_variants": QCoreApplication.translate("Problems", 'the {channel} file is not written: two sizes of one listing would be the same variant there ({details}); give each size its own label in the catalogue, then export again'),
        "write_is_folder": QCoreApplication.translate("Problems", '{path}: is a folder; give a file name inside it'),
        "write_not_regular": QCoreApplication.translate("Problems", '{path}: is not a regular file (a pipe or a device); give a file name'),
        "write_read_only_file": QCoreApplication.translate("Problems", '{path}: the file is read-only; it was not replaced. Make it writable or save under another name'),
        "write_folder_missing": QCoreApplication.translate("Problems", '{path}: the folder {folder} does not exist'),
        "write_folder_not_folder": QCoreApplication.translate("Problems", '{path}: {folder} exists but is not a folder'),
        "write_disk_full": QCoreApplication.translate("Problems", '{path}: the disk is full; nothing was written and any previous file is unchanged'),
        "write_permission_denied": QCoreApplication.translate("Problems", '{path}: permission denied; save somewhere you may write'),
        "write_read_only_disk": QCoreApplication.translate("Problems", '{path}: the disk is read-only; save somewhere else'),
        "write_no_temp_name": QCoreApplication.translate("Problems", '{path}: no temporary file name is free in {folder}'),
        "profile_not_object": QCoreApplication.translate("Problems", "a profile is a JSON object with 'measurements_cm'"),
        "profile_no_measurements": QCoreApplication.translate("Problems", 'missing or empty; expected e.g. {"chest_girth": 96, "waist_girth": 82}'),
        "profile_warnings_not_list": QCoreApplication.translate("Problems", 'expected a list of strings'),
        "profile_bad_fit": QCoreApplication.translate("Problems", '{value} is not one of {choices}'),
        "profile_not_regular": QCoreApplication.translate("Problems", 'is not a regular file (a pipe or a device), not a body profile: give a profile .json file'),
        "profile_is_folder": QCoreApplication.translate("Problems", 'is a folder, not a profile file'),
        "profile_unreadable": QCoreApplication.translate("Problems", 'cannot be read ({detail})'),
        "profile_too_large": QCoreApplication.translate("Problems", 'larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the Measure page)'),
        "profile_not_utf8": QCoreApplication.translate("Problems", 'not UTF-8 text ({detail})'),
        "profile_not_json": QCoreApplication.translate("Problems", 'not valid JSON ({detail})'),
        "profile_nested": QCoreApplication.translate("Problems", 'not a profile: the JSON is nested too deeply'),
        "profile_constant": QCoreApplication.translate("Problems", '{name} is not a number of centimetres (expected a plain decimal such as 82.5)'),
        "profile_not_plain_number": QCoreApplication.translate("Problems", '{token} is not a plausible number of centimetres (expected a plain decimal such as 82.5)'),
        "profile_lengths_not_object": QCoreApplication.translate("Problems", 'expected an object of dimension: centimetres'),
        "profile_not_cm_number": QCoreApplication.translate("Problems", 'expected a number of cm, got {value}'),
        "profile_negative_uncertainty": QCoreApplication.translate("Problems", 'an uncertainty cannot be negative'),
        "profile_huge_uncertainty": QCoreApplication.translate("Problems", 'an uncertainty of {value} cm says nothing; expected 0 to {high} cm'),
        "edit_title_empty": QCoreApplication.translate("Problems", 'listing {listing}: a title cannot be empty'),
        "edit_unknown_system": QCoreApplication.translate("Problems", "listing {listing}: {value} is not a size system of {category}; valid: {systems}, or empty for the brand's own labels"),
        "edit_chart_labels_fixed": QCoreApplication.translate("Problems", "listing {listing}: its sizes are labels of the {system} chart, so the system cannot change here; give the sizes' measurements in the file instead"),
        "edit_range_not_typed": QCoreApplication.translate("Problems", 'size {label}: its ranges come from a chart or from garment measurements'),
        "edit_implausible_body": QCoreApplication.translate("Problems", 'size {label}: {value} cm is not a plausible body {dimension}; expected {low} to {high} cm'),
        "edit_min_not_below_max": QCoreApplication.translate("Problems", 'size {label}: the minimum {low} cm must stay below the maximum {high} cm'),
        "brand_sheet_empty": QCoreApplication.translate("Problems", 'the sheet is empty'),
        "brand_no_measurement": QCoreApplication.translate("Problems", 'no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, 臀围) beside the size labels'),
        "brand_no_labels": QCoreApplication.translate("Problems", 'no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU'),
        "brand_no_sizes": QCoreApplication.translate("Problems", 'no sizes under the header'),
        "brand_no_system_labels": QCoreApplication.translate("Problems", 'the chart has no {system} labels; it has {systems}'),
        "brand_garment_without_ease": QCoreApplication.translate("Problems", 'no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; import a body-measurement chart, or one with {known}'),
        "brand_label_twice": QCoreApplication.translate("Problems", "size {label} appears twice in the chart's {system} labels"),
        "brand_no_sizes_with_system": QCoreApplication.translate("Problems", 'the chart has no sizes with {system} labels'),
        "brand_no_size_in_common": QCoreApplication.translate("Problems", "none of the chart's sizes ({chart}) is a size the listing sells ({listing}); to give the listing the chart's sizes instead, add the chart's sizes and remove the listing's"),
        "brand_bad_chart_id": QCoreApplication.translate("Problems", 'chart id {chart_id}: lower-case letters, digits and _ only'),
        "brand_garment_needs_category": QCoreApplication.translate("Problems", "a garment chart becomes body ranges through a category's ease: give its category"),
        "photo_no_such_file": QCoreApplication.translate("Problems", '{label}: no such file'),
        "advice_give_photo_path": QCoreApplication.translate("Problems", 'Give the path of a JPEG or PNG photo.'),
        "photo_empty": QCoreApplication.translate("Problems", '{label}: the file is empty'),
        "advice_photo_again": QCoreApplication.translate("Problems", 'Take or export the photo again.'),
        "photo_too_large_mb": QCoreApplication.translate("Problems", '{label}: the file is {mb} MB, too large'),
        "advice_normal_photo": QCoreApplication.translate("Problems", 'Use a normal camera photo (JPEG or PNG under 80 MB).'),
        "photo_too_many_pixels": QCoreApplication.translate("Problems", '{label}: {width}x{height} pixels is too large'),
        "advice_max_megapixels": QCoreApplication.translate("Problems", 'Use a photo of at most 64 megapixels.'),
        "photo_unreadable": QCoreApplication.translate("Problems", '{label}: not a readable image'),
        "advice_jpeg_png": QCoreApplication.translate("Problems", 'Use a JPEG or PNG photo (8-bit colour).'),
        "photo_bit_depth": QCoreApplication.translate("Problems", '{label}: {bits}-bit image'),
        "advice_8_bit": QCoreApplication.translate("Problems", 'Export the photo as an ordinary 8-bit JPEG or PNG.'),
        "photo_greyscale": QCoreApplication.translate("Problems", '{label}: a greyscale image'),
        "advice_colour_photo": QCoreApplication.translate("Problems", 'Use a colour photo: the person is found by colour against the background.'),
        "photo_too_small": QCoreApplication.translate("Problems", '{label}: {width}x{height} pixels is too small'),
        "advice_min_side": QCoreApplication.translate("Problems", 'Use a photo at least {pixels} pixels on its short side.'),
        "photo_cmyk": QCoreApplication.translate("Problems", '{label}: a CMYK (print) image'),
        "advice_rgb": QCoreApplication.translate("Problems", 'Export the photo in RGB colour (as a camera saves it).'),
        "camera_cannot_open": QCoreApplication.translate("Problems", 'cannot open {what}'),
        "camera_number": QCoreApplication.translate("Problems", 'camera {number} (device {index})'),
        "video_named": QCoreApplication.translate("Problems", 'video {path}'),
        "advice_camera_in_use": QCoreApplication.translate("Problems", 'Check that it exists and no other program is using it.'),
        "video_no_such_file": QCoreApplication.translate("Problems", '{path}: no such video file'),
        "advice_give_video": QCoreApplication.translate("Problems", 'Give the path of a video file.'),
        "folder_no_images": QCoreApplication.translate("Problems", '{folder}: no images found'),
        "advice_put_images": QCoreApplication.translate("Problems", 'Put {suffixes} files in it.'),
        "photo_cannot_measure": QCoreApplication.translate("Problems", '{path}: cannot measure this {view} photo ({reasons})'),
        "view_front": QCoreApplication.translate("Problems", 'front'),
        "view_side": QCoreApplication.translate("Problems", 'side'),
        "stature_implausible": QCoreApplication.translate("Problems", 'a stature of {stature} cm is not plausible'),
        "advice_stature_range": QCoreApplication.translate("Problems", 'Give the height in centimetres, {low} to {high}.'),
        "stature_needed": QCoreApplication.translate("Problems", "the person's height is needed for the scale"),
        "advice_stature_or_reference": QCoreApplication.translate("Problems", 'Give the height in cm, or hold a printed marker or ID card in the front photo.'),
        "reference_implausible_height": QCoreApplication.translate("Problems", 'the {reference} gives an implausible height ({height} cm)'),
        "advice_reference_flat": QCoreApplication.translate("Problems", 'Hold it flat on your stomach, facing the camera, and check its printed size.'),
        "reference_aruco": QCoreApplication.translate("Problems", 'printed marker'),
        "reference_card": QCoreApplication.translate("Problems", 'ID card'),
        "implausible_measurement": QCoreApplication.translate("Problems", 'the photos gave an implausible {dimension} ({value} cm)'),
        "advice_retake_photos": QCoreApplication.translate("Problems", 'Retake both photos: whole body in view, plain background, tight clothes, arms slightly away.'),
        "loose_clothes": QCoreApplication.translate("Problems", 'loose clothes: the girths cannot be measured'),
        "loose_clothes_advice": QCoreApplication.translate("Problems", "Loose clothes hide the body's shape, so the girths would read several centimetres too big. Change into a fitted top and leggings (or underwear) and measure again, or measure with a tape following the illustrated measuring guide."),
        "loose_clothing_seen": QCoreApplication.translate("Problems", 'the silhouette shows loose clothing (a hem, a waist as deep as the chest)'),
        "capture_not_finished": QCoreApplication.translate("Problems", 'the capture is not finished'),
        "advice_finish_capture": QCoreApplication.translate("Problems", 'Hold still facing the camera, then side-on ({step} now).'),
        "step_front": QCoreApplication.translate("Problems", 'facing the camera'),
        "step_turn": QCoreApplication.translate("Problems", 'turning'),
        "step_side": QCoreApplication.translate("Problems", 'side-on'),
        "step_done": QCoreApplication.translate("Problems", 'done'),
        "torso_not_traced": QCoreApplication.translate("Problems", 'the torso could not be traced in the photos'),
        "advice_plain_background": QCoreApplication.translate("Problems", 'Stand against a plain background, arms slightly away from the body.'),
        "front_turned": QCoreApplication.translate("Problems", 'the front view is turned {degrees} degrees from the camera'),
        "advice_face_squarely": QCoreApplication.translate("Problems", 'Face the camera squarely for the front view (feet and shoulders square to it).'),
        "side_off": QCoreApplication.translate("Problems", 'the side view is {degrees} degrees off side-on'),
        "advice_quarter_turn": QCoreApplication.translate("Problems", 'Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.'),
        "girth_inconsistent": QCoreApplication.translate("Problems", 'the {girth} read {value} cm where the other girths of a real body would put it near {predicted} cm'),
        "advice_measure_again": QCoreApplication.translate("Problems", "Measure again: face the camera squarely, then turn exactly side-on; arms a hand's width from the body; fitted clothes; the camera at chest height, 2-3 m away."),
        "reference_not_found": QCoreApplication.translate("Problems", '{what} was not found in the front photo'),
        "reference_what_aruco": QCoreApplication.translate("Problems", 'the printed marker'),
        "reference_what_card": QCoreApplication.translate("Problems", 'an ID card (85.6 x 54 mm)'),
        "advice_hold_reference": QCoreApplication.translate("Problems", 'Hold it flat against your stomach, facing the camera, fully visible and unbent.'),
        "view_no_person": QCoreApplication.translate("Problems", 'No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.'),
        "view_several_people": QCoreApplication.translate("Problems", 'More than one person is in the picture. Only the person to be measured may be in view.'),
        "view_body_cut_off": QCoreApplication.translate("Problems", 'The whole body must be in the picture, from the top of the head to the feet, with a little space around it. Step back or lower the zoom.'),
        "view_too_far": QCoreApplication.translate("Problems", "The person is too small in the picture. Step closer: the body should fill at least half of the picture's height."),
        "view_too_close": QCoreApplication.translate("Problems", 'The person is too close. Step back until there is space above the head and below the feet.'),
        "view_not_upright": QCoreApplication.translate("Problems", 'Stand upright, feet slightly apart, looking ahead (not seated or bending).'),
        "view_expected_front": QCoreApplication.translate("Problems", 'This is not a front view. Face the camera squarely for the front photo.'),
        "view_expected_side": QCoreApplication.translate("Problems", 'This is not a side view. Turn 90 degrees so that your side faces the camera.'),
        "view_facing_away": QCoreApplication.translate("Problems", 'The person faces away from the camera. Face the camera for the front photo.'),
        "view_arms_against_body": QCoreApplication.translate("Problems", "Hold the arms slightly away from the body (a hand's width), so the waist shows."),
        "view_too_dark": QCoreApplication.translate("Problems", 'The picture is too dark. Turn on more light, facing the person.'),
        "view_too_bright": QCoreApplication.translate("Problems", 'The picture is overexposed. Avoid a window or a lamp behind or straight at the person.'),
        "reason_no_person": QCoreApplication.translate("Problems", 'no person'),
        "reason_several_people": QCoreApplication.translate("Problems", 'several people'),
        "reason_body_cut_off": QCoreApplication.translate("Problems", 'body cut off'),
        "reason_too_far": QCoreApplication.translate("Problems", 'too far'),
        "reason_too_close": QCoreApplication.translate("Problems", 'too close'),
        "reason_not_upright": QCoreApplication.translate("Problems", 'not upright'),
        "reason_expected_front": QCoreApplication.translate("Problems", 'expected front'),
        "reason_expected_side": QCoreApplication.translate("Problems", 'expected side'),
        "reason_facing_away": QCoreApplication.translate("Problems", 'facing away'),
        "reason_arms_against_body": QCoreApplication.translate("Problems", 'arms against body'),
        "reason_too_dark": QCoreApplication.translate("Problems", 'too dark'),
        "reason_too_bright": QCoreApplication.translate("Problems", 'too bright'),
        "empty_expected_whole_number": QCoreApplication.translate("Problems", 'empty; expected a whole number'),
        "not_a_whole_number": QCoreApplication.translate("Problems", '{value} is not a whole number'),
        "below_minimum": QCoreApplication.translate("Problems", '{value} is below {minimum}; expected a whole number of at least {minimum}'),
        "date_empty": QCoreApplication.translate("Problems", 'empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024'),
        "not_a_date": QCoreApplication.translate("Problems", '{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024'),
        "empty_listing": QCoreApplication.translate("Problems", 'empty; every line needs its listing'),
        "listing_not_in_catalogue": QCoreApplication.translate("Problems", 'listing {listing} is not in the catalogue{did_you_mean}'),
        "not_a_size_of": QCoreApplication.translate("Problems", '{value} is not a size of {listing}; valid: {labels}'),
        "returned_more_than_sold": QCoreApplication.translate("Problems", '{returned} returned of {sold} sold; no more can come back than were sold'),
        "no_order_lines": QCoreApplication.translate("Problems", 'no order lines under the header'),
        "empty_order": QCoreApplication.translate("Problems", 'empty; every line needs its order'),
        "orders_unknown_layout": QCoreApplication.translate("Problems", 'unknown orders layout {layout}; valid: {layouts}'),
        "orders_columns_not_known": QCoreApplication.translate("Problems", "the columns are not Sizer's, Shopify's or Amazon's: map them once (sizer returns analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of {fields}; required: {required}. The file's columns: {columns}"),
        "orders_unknown_column": QCoreApplication.translate("Problems", 'unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)'),
        "orders_required_missing": QCoreApplication.translate("Problems", 'required column missing; an orders file needs {fields}'),
        "orders_mapping_column_absent": QCoreApplication.translate("Problems", 'the mapping takes {field} from column {column}, which the file does not have; its columns: {columns}'),
        "sku_unmatched": QCoreApplication.translate("Problems", '{what} matches no listing and size of the catalogue; SKUs are read as <listing_id>-<size> (or with _ / . space or nothing between){names_hint}'),
        "sku_names_hint": QCoreApplication.translate("Problems", ", item names as '<title> - <size>' (or '<title> - <size> / <colour>')"),
        "sku_value": QCoreApplication.translate("Problems", 'SKU {sku}'),
        "sku_empty": QCoreApplication.translate("Problems", 'an empty SKU'),
        "sku_with_item": QCoreApplication.translate("Problems", '{what} (item {name})'),
        "required_column_of_missing": QCoreApplication.translate("Problems", 'required column of {what} missing (looked for {names})'),
        "orders_unknown_field": QCoreApplication.translate("Problems", 'unknown orders field {field}{did_you_mean}\nvalid fields: {fields}'),
        "did_you_mean_plain": QCoreApplication.translate("Problems", '; did you mean {suggestions}?'),
        "orders_bad_map_pair": QCoreApplication.translate("Problems", '--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size'),
        "mappings_store_unreadable": QCoreApplication.translate("Problems", 'cannot read the remembered column mappings: {detail}; delete the file to start afresh'),
        "open_orders_first": QCoreApplication.translate("Problems", 'open an orders file first'),
        "nothing_to_correct": QCoreApplication.translate("Problems", 'nothing to correct: no flagged size is selected'),
        "sample_never_overwritten": QCoreApplication.translate("Problems", 'the bundled sample catalogue is never overwritten: choose where to save the corrected one'),
        "no_correction_to_undo": QCoreApplication.translate("Problems", 'no correction to undo'),
        "file_kind_shopify_orders": QCoreApplication.translate("Problems", 'a Shopify orders export'),
        "file_kind_shopify_returns": QCoreApplication.translate("Problems", 'a Shopify returns file'),
        "file_kind_amazon_orders": QCoreApplication.translate("Problems", 'an Amazon All Orders report'),
        "file_kind_amazon_returns": QCoreApplication.translate("Problems", 'an Amazon customer returns report'),
        "return_without_order_line": QCoreApplication.translate("Problems", 'no line of order {order} with SKU {sku} in the orders file'),
        "not_a_count": QCoreApplication.translate("Problems", '{value} is not a whole number of at least 1'),
        "mapping_unknown_target": QCoreApplication.translate("Problems", 'column {column}: unknown target {target}; valid: {targets}, option<n>_name/_value, or a measurement (<dimension>_min, _max, _range, garment_<dimension>, add _in for inches)'),
        "mapping_bad_constant": QCoreApplication.translate("Problems", 'constant {name}: only {fields} can be set for every row'),
        "save_over_mapped_source": QCoreApplication.translate("Problems", "{path} is your own file, imported through a column mapping: saving over it would replace its columns with Sizer's. Choose a new file name."),
        "save_over_workbook_with_sheets": QCoreApplication.translate("Problems", "{path} is the workbook this catalogue was read from, and it has other sheets: saving over it would delete them. Choose a new file name."),
        "save_over_partial_source": QCoreApplication.translate("Problems", "{path} is the file this catalogue was imported from, and the rows with problems were left out: saving over it would delete them. Choose a new file name (fix the rows in the original and open it again to import them too)."),
        "mapping_bad_constant_value": QCoreApplication.translate("Problems", '{field} for every row: Sizer does not know {value}; valid: {valid}'),
        "mapping_system_not_offered": QCoreApplication.translate("Problems", "size system {system} for every row: the charts of {categories} have no labels in it; choose another, or leave it empty for the brand's own labels"),
        "mapping_bad_category_value": QCoreApplication.translate("Problems", 'category {text}: Sizer does not know {value}; choose a Sizer category or not sized'),
        "mapping_every_row_category": QCoreApplication.translate("Problems", 'Category (every row)'),
        "mapping_every_row_size_system": QCoreApplication.translate("Problems", 'Size system (every row)'),
        "mapping_every_row_fit": QCoreApplication.translate("Problems", 'Fit (every row)'),
        "mapping_every_row_stretch": QCoreApplication.translate("Problems", 'Stretch (every row)'),
        "mapping_field_category": QCoreApplication.translate("Problems", 'category'),
        "mapping_field_size_system": QCoreApplication.translate("Problems", 'size system'),
        "mapping_field_fit": QCoreApplication.translate("Problems", 'fit'),
        "mapping_field_stretch": QCoreApplication.translate("Problems", 'stretch'),
        "mapping_no_listing_id": QCoreApplication.translate("Problems", 'no column is the listing id (e.g. Handle, parent_sku, 款号); choose one'),
        "mapping_no_title": QCoreApplication.translate("Problems", 'no column is the title (e.g. Title, item_name, 商品名称); choose one'),
        "mapping_no_size": QCoreApplication.translate("Problems", 'no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one'),
        "mapping_no_category": QCoreApplication.translate("Problems", 'no category: choose the column that holds it, or one category for every row'),
        "choice_not_offered": QCoreApplication.translate("Problems", '{owner} has no {kind} {value}; its {kinds}: {choices}'),
        "measurement_implausible_for": QCoreApplication.translate("Problems", '{value} {unit} is not a plausible {dimension}; expected {expected}{hint}'),
        "at_line_column": QCoreApplication.translate("Problems", 'line {line}, column {column}'),
        "json_list": QCoreApplication.translate("Problems", 'a list'),
        "json_object": QCoreApplication.translate("Problems", 'an object'),
        "catalog_valid_row_hint": QCoreApplication.translate("Problems", ' (1 valid row; accept it with --accept-valid-rows)'),
        "people_unknown_format": QCoreApplication.translate("Problems", 'unknown people file format {suffix}; valid: {valid}'),
        "people_not_utf8": QCoreApplication.translate("Problems", 'not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)'),
        "people_empty": QCoreApplication.translate("Problems", 'empty; expected a header row with an id column and measurement columns'),
        "people_none": QCoreApplication.translate("Problems", 'no people under the header'),
        "people_no_id_column": QCoreApplication.translate("Problems", 'no id column; name one of {names}'),
        "people_unknown_column": QCoreApplication.translate("Problems", 'unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after its dimension (chest_girth in cm, chest_girth_in in inches), <dimension>_uncertainty in cm, fit_preference, segment'),
        "people_no_measurement_columns": QCoreApplication.translate("Problems", 'no measurement columns; name them after the dimensions: {dimensions}'),
        "people_empty_id": QCoreApplication.translate("Problems", 'empty; every person needs an id'),
        "people_duplicate_id": QCoreApplication.translate("Problems", '{person} is already on {where}; every person once'),
        "location_line": QCoreApplication.translate("Problems", 'line {line}'),
        "people_no_measurements": QCoreApplication.translate("Problems", 'person {person} has no measurements; give at least one'),
        "people_slip_in_mm": QCoreApplication.translate("Problems", '{slip} the column is in cm: {value}'),
        "people_slip_rename": QCoreApplication.translate("Problems", '{slip} then name the column {column}'),
        "people_line_not_json": QCoreApplication.translate("Problems", 'not valid JSON (at column {column}); a line holds one person, e.g. {"id": 17, "measurements_cm": {"chest_girth": 96}}'),
        "people_line_not_object": QCoreApplication.translate("Problems", 'not a person: a line holds one JSON object, e.g. {"id": 17, "measurements_cm": {"chest_girth": 96}}'),
        "people_line_no_id": QCoreApplication.translate("Problems", 'every person needs an id, e.g. "id": 17'),
        "choice_not_offered_listed": QCoreApplication.translate("Problems", '{owner} has no {kind} {value}\nits {kinds}: {choices}'),
        "preset_duplicate_sizes": QCoreApplication.translate("Problems", '{listing}: sizes {sizes}{rows} would all be {value}'),
        "preset_duplicate_skus": QCoreApplication.translate("Problems", ' (SKUs {skus})'),
        "and_list": QCoreApplication.translate("Problems", '{first} and {second}'),
        "joined_reasons": QCoreApplication.translate("Problems", '{first}; {second}'),
        "brand_own_labels": QCoreApplication.translate("Problems", "the brand's own labels"),
        "preset_why_no_equivalent": QCoreApplication.translate("Problems", 'size {sizes} has no {system} equivalent in the {category} chart'),
        "preset_why_no_equivalents": QCoreApplication.translate("Problems", 'sizes {sizes} have no {system} equivalent in the {category} chart'),
        "preset_why_same_label": QCoreApplication.translate("Problems", 'sizes {sizes} would all be {system} {label}'),
        "preset_note_same_ranges": QCoreApplication.translate("Problems", '{listing}: sizes {first} and {second} are both {label} with the same ranges: one row'),
        "preset_note_chart_split": QCoreApplication.translate("Problems", "{listing}: Amazon keeps one size chart per brand, department and product type, but this listing's size table differs from {listings} ({why}); it is written as a chart of its own ({chart}): upload the chart that fits your listings, or give them one size table"),
        "preset_why_other_system": QCoreApplication.translate("Problems", "its sizes are in {system}, the chart's in {chart_system}"),
        "preset_why_size_differs": QCoreApplication.translate("Problems", 'size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm in {other}'),
        "preset_why_out_of_order": QCoreApplication.translate("Problems", 'together, size {label} of {listing} ({dimension} from {low} cm) and size {other_label} of {other} (from {other_low} cm) would be out of order'),
        "preset_why_overlap": QCoreApplication.translate("Problems", 'their sizes overlap'),
        "preset_written_picture": QCoreApplication.translate("Problems", 'size-chart picture of {listing} ({width} x {height} px) written to {path}'),
    }


class CountedProblems(QObject):
    """The problems that say how many: Qt chooses each language's singular or plural from the count
    (``%Ln``, written in the interface language's digits). A QObject so that lupdate sees ``self.tr``
    with a count: it does not recognise the count of ``QCoreApplication.translate``."""

    def template(self, code: str, count: int) -> str:
        texts = {
            "catalog_problems": self.tr("{path}: %Ln problem(s); nothing was imported", "", count),
            "catalog_valid_rows_hint": self.tr(" (%Ln valid row(s); accept them with --accept-valid-rows)", "",
                                               count),
            "orders_problems": self.tr("%Ln problem(s) in the orders; nothing was imported", "", count),
            "orders_more_hidden": self.tr("and %Ln more problem(s) of the same kinds", "", count),
            "returned_units_more_than_sold": self.tr("%Ln unit(s) of order {order} SKU {sku} returned, {sold} sold",
                                                     "", count),
            "preset_note_own_system": self.tr("{listing}: {why}, so all %Ln size(s) are sent in the listing's own "
                                              "system {system} ({span}): one system for the whole listing, each size "
                                              "distinct", "", count),
            "preset_written_charts": self.tr("%Ln size chart(s) for {brand} on Amazon {marketplace} written to {path}",
                                             "", count),
            "preset_written_attributes": self.tr("size attributes of %Ln child listing(s) written to {path}", "", count),
            "preset_written_feed": self.tr("Google Merchant size attributes of %Ln variant(s) written to {path}", "",
                                           count),
            "preset_written_metaobjects": self.tr("%Ln size-chart metaobject(s) written to {path}", "", count),
            "preset_written_metafields": self.tr("metafields of %Ln product(s) written to {path}", "", count),
            "preset_written_pictures": self.tr("%Ln size-chart picture(s) ({width} x {height} px) written to {path}",
                                               "", count),
        }
        return texts[_SAME_SENTENCE.get(code, code)]


# Counted problem code -> the parameter that holds its count (or the count itself, for the "one" codes).
COUNTED: dict[str, str | int] = {"catalog_problems": "count", "catalog_problem_one": 1,
                                 "catalog_valid_rows_hint": "count", "orders_problems": "count",
                                 "orders_problem_one": 1, "orders_more_hidden": "count",
                                 "returned_units_more_than_sold": "returned", "preset_note_own_system": "count",
                                 "preset_written_charts": "count", "preset_written_attributes": "count",
                                 "preset_written_feed": "count", "preset_written_metaobjects": "count",
                                 "preset_written_metafields": "count", "preset_written_pictures": "count",
                                 "preset_written_chart_one": 1}
# The core writes "1 problem" as a code of its own; one plural message says both.
_SAME_SENTENCE = {"catalog_problem_one": "catalog_problems", "orders_problem_one": "orders_problems",
                  "preset_written_chart_one": "preset_written_charts"}


def counted_template(code: str, params) -> str:
    """The sentence of counted problem ``code`` for the count in ``params``, in the interface language."""
    count = COUNTED[code]
    return CountedProblems().template(code, int(params[count]) if isinstance(count, str) else count)


def kind_name(kind: str) -> str:
    """The name of a kind of value an "unknown ..." problem is about (a column's own name, as the
    catalogue file spells it, stays as it is)."""
    names = {
        "language": QCoreApplication.translate("Problems", "language"),
        "languages": QCoreApplication.translate("Problems", "languages"),
        "unit": QCoreApplication.translate("Problems", "unit"),
        "units": QCoreApplication.translate("Problems", "units"),
        "dimension": QCoreApplication.translate("Problems", "dimension"),
        "dimensions": QCoreApplication.translate("Problems", "dimensions"),
        "listing": QCoreApplication.translate("Problems", "listing"),
        "listings": QCoreApplication.translate("Problems", "listings"),
        "category": QCoreApplication.translate("Problems", "category"),
        "categories": QCoreApplication.translate("Problems", "categories"),
        # The catalogue's own columns of fixed values (sizer/catalog/importer.py): "unknown fit 'snug'"
        "fit": QCoreApplication.translate("Problems", "fit"),
        "stretch": QCoreApplication.translate("Problems", "stretch"),
        "segment": QCoreApplication.translate("Problems", "segment"),
        "size type": QCoreApplication.translate("Problems", "size type"),
        "size types": QCoreApplication.translate("Problems", "size types"),
        "size system": QCoreApplication.translate("Problems", "size system"),
        "size systems": QCoreApplication.translate("Problems", "size systems"),
    }
    if kind in names:
        return names[kind]
    for suffix in (" size systems", " size system"):
        if kind.endswith(suffix):
            words = (QCoreApplication.translate("Problems", "%1 size systems") if suffix.endswith("s")
                     else QCoreApplication.translate("Problems", "%1 size system"))
            owner = _category_words(kind[: -len(suffix)])
            if current_language() in ("zh_CN", "ja") and owner[-1:] and "\u3040" <= owner[-1] <= "\u9fff":
                words = words.replace("%1 ", "%1")  # no space between Chinese (Japanese) words
            return words.replace("%1", owner)
    owner, _, rest = kind.partition(" ")
    system, _, noun = rest.partition(" ")
    if noun in ("label", "labels") and system:  # "shoes_men US label" (a chart's size labels)
        from sizer.catalog import chart_bridge

        if owner in chart_bridge.category_ids():
            words = (QCoreApplication.translate("Problems", "%1 %2 labels") if noun == "labels"
                     else QCoreApplication.translate("Problems", "%1 %2 label"))
            return words.replace("%1", _category_words(owner)).replace("%2", system)
    return kind


def _category_words(owner: str) -> str:
    """A category named in a sentence by its name ("Women's tops"), never its id (womens_tops)."""
    from sizer.catalog import chart_bridge

    return category_name(owner) if owner in chart_bridge.category_ids() else owner


_CATEGORY_PARAMS = {"mapping_system_not_offered": ("categories",)}
_KIND_PARAMS = {"unknown_choice": ("kind",), "unknown_choice_listed": ("kind", "kinds"),
                "choice_not_offered": ("kind", "kinds"), "choice_not_offered_listed": ("kind", "kinds")}
# The values a catalogue column of fixed values takes, in words: the file must hold the code, so the
# sentence shows both ("regular (normal)") where the language's word differs from the code.
_VALUE_NAMES = {"fit": fit_intent_name, "stretch": stretch_name, "segment": segment_name}
# Parameters that hold a body dimension's id (or its words, "chest girth"), where the sentence means
# the measurement and not a column of the file (those keep the id: "give chest_girth_max too").
_DIMENSION_PARAMS = {"implausible_measurement": ("dimension",), "girth_inconsistent": ("girth",),
                     "profile_implausible": ("dimension",), "implausible_body": ("dimension",),
                     "implausible_body_for": ("dimension",), "implausible_garment": ("dimension",),
                     "implausible_garment_for": ("dimension",), "edit_implausible_body": ("dimension",),
                     "edit_implausible_body_for": ("dimension",), "size_implausible_measurement": ("dimension",),
                     "measurement_implausible_for": ("dimension",),
                     "preset_why_size_differs": ("dimension",), "preset_why_out_of_order": ("dimension",)}

# Problems whose {category} is a category id, shown by its name.
_CATEGORY_CODES = frozenset({"preset_why_no_equivalent", "preset_why_no_equivalents"})


def problem_text(reason: object) -> str:
    """A problem (or plain text from a caller that gives none) in the interface language."""
    if not isinstance(reason, Problem):
        return "" if reason is None else str(reason)
    table = templates()

    def template_of(p: Problem) -> str:
        if p.code in COUNTED:
            return counted_template(p.code, p.params)
        return table.get(p.code) or problems.ENGLISH[p.code]

    localised = _with_kind_names(reason)
    return problems.render(template_of(localised), localised.params, template_of)


def _with_kind_names(problem: Problem) -> Problem:
    """The problem with the words it names in the interface language, nested too: the kinds of its
    "unknown ..." parts and their valid values, the body dimensions it means, and its decimal numbers."""
    params = {}
    for name, value in problem.params.items():
        if isinstance(value, Problem):
            value = _with_kind_names(value)
        elif name in _KIND_PARAMS.get(problem.code, ()) and isinstance(value, str):
            value = kind_name(value)
        elif name in _DIMENSION_PARAMS.get(problem.code, ()) and isinstance(value, str):
            value = _dimension_words(value)
        elif name in _CATEGORY_PARAMS.get(problem.code, ()) and isinstance(value, list):
            value = [_category_words(str(v)) for v in value]  # by name, never the id
        elif name == "category" and problem.code in _CATEGORY_CODES and isinstance(value, str):
            value = category_name(value)  # "kids_clothing" as the app names the category
        elif isinstance(value, problems.CategoryName):
            value = _category_words(str(value))
        elif isinstance(value, list) and any(isinstance(v, problems.CategoryName) for v in value):
            value = [_category_words(str(v)) if isinstance(v, problems.CategoryName) else v for v in value]
        elif isinstance(value, float):
            value = number(value)
        params[name] = value
    kind = problem.params.get("kind")
    if problem.code in _KIND_PARAMS and kind in _VALUE_NAMES and isinstance(problem.params.get("choices"), list):
        params["choices"] = [_code_and_name(choice, _VALUE_NAMES[kind]) for choice in problem.params["choices"]]
    return Problem(problem.code, **params)


def _dimension_words(value: str) -> str:
    """A body dimension named inside a sentence: its name, lower-cased where the language writes
    nouns in lower case ("chest girth", "contour de poitrine", German "Brustumfang")."""
    dimension_id = value.replace(" ", "_")
    if dimension_id not in DIMENSION_IDS:
        return value
    language = current_language()
    name = dimension_name(dimension_id, language)
    return name[:1].lower() + name[1:] if language in ("en", "es", "fr") else name


def _code_and_name(code: object, name_of) -> str:
    """``regular (normal)``: the code a file must hold, with its name where that says something else."""
    name = name_of(str(code))
    return str(code) if name.casefold() == str(code).casefold() else fill(
        QCoreApplication.translate("Problems", "%1 (%2)", "a code a file holds, then its name"), code, name)


def _quoted_column(column: object) -> str:
    return problem_text(column) if isinstance(column, Problem) else repr(column)


def issue_where(row: int | None, column: object, rows: tuple[int, ...] = ()) -> str:
    """Where a problem is: "row 3, column 'chest'" (or the header, or "rows 2–41" for a problem
    said once for many rows), in the interface language."""
    parts = [issue_rows(row, rows) if row is not None else QCoreApplication.translate("Problems", "header")]
    if column:
        parts.append(QCoreApplication.translate("Problems", "column %1").replace("%1", _quoted_column(column))
                     if not isinstance(column, Problem) else problem_text(column))
    return QCoreApplication.translate("Problems", ", ").join(parts)


def issue_rows(row: int | None, rows: tuple[int, ...] = ()) -> str:
    """"row 3", or "rows 2–41, 45" when one problem is said for many rows."""
    from sizer.catalog.importer import rows_location

    if len(rows) > 1:
        return problem_text(rows_location(rows))
    return "" if row is None else QCoreApplication.translate("Problems", "row %1").replace("%1", str(row))


def issue_text(issue) -> str:
    """One import issue (catalogue or orders) as a line: where, then why."""
    where = issue_where(issue.row, issue.column, getattr(issue, "rows", ()))
    text = fill(QCoreApplication.translate("Problems", "%1: %2"), where, problem_text(issue.reason))
    file = getattr(issue, "file", None)
    return f"{file}, {text}" if file else text


_LISTED = 40


def error_text(error: BaseException) -> str:
    """A core error in the interface language; an error that carries no problem code as it is."""
    from sizer.catalog.importer import CatalogImportError
    from sizer.errors import DataFileError, MeasurementInputError
    from sizer.returns.orders import OrdersImportError

    if isinstance(error, (CatalogImportError, OrdersImportError)):
        lines = [problem_text(error.summary)]
        lines += [f"  {issue_text(issue)}" for issue in error.issues[:_LISTED]]
        if len(error.issues) > _LISTED:
            lines.append("  " + problem_text(Problem("and_more", count=len(error.issues) - _LISTED)))
        return "\n".join(lines)
    if isinstance(error, DataFileError):
        comma = QCoreApplication.translate("Problems", ", ")
        where = str(error.path)
        if error.location:
            where += comma + problem_text(error.location)
        if error.field:
            where += comma + QCoreApplication.translate("Problems", "field %1").replace("%1", repr(error.field))
        return fill(QCoreApplication.translate("Problems", "%1: %2"), where, problem_text(error.reason))
    if isinstance(error, MeasurementInputError) and isinstance(error.message, Problem):
        advice = problem_text(error.advice) if error.advice else ""
        return f"{problem_text(error.message)}\n{advice}" if advice else problem_text(error.message)
    if error.args and isinstance(error.args[0], Problem):
        return problem_text(error.args[0])
    return str(error)
