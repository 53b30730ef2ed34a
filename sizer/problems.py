"""Problems the core reports to a person, as a stable code with parameters.

A :class:`Problem` *is* its English sentence (a ``str``), so the CLI, the logs and every caller that
reads the text go on working; beside the text it keeps ``code`` and ``params``, from which the UI
writes the same sentence in the interface language (sizer/ui/problem_texts.py, one ``tr()`` per
code). The core stays Qt-free and never translates; it only says which problem, with what values.

Parameters are ready to show: text (already quoted where the sentence quotes it), numbers, nested
problems, or lists of those (shown joined by ", "). Every code is listed in :data:`ENGLISH`; a test
fails when the UI lacks one.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

# code -> the English sentence, with {name} where a parameter goes.
ENGLISH: dict[str, str] = {
    # --- wrapping and grouping (any area)
    "plain_text": "{text}",
    "with_hint": "{text}{hint}",
    "also_rows": "{reason} (also rows {rows})",
    "also_rows_more": "{reason} (also rows {rows} and {more} more)",
    "value_at_row": "{value} (row {row})",
    "values_more": "{values} and {more} more",
    "did_you_mean": " (did you mean {suggestions}?)",
    "or_list": "{first} or {second}",
    "location_row": "row {row}",
    "location_column": "column {column}",
    "location_rows": "rows {rows}",
    "location_rows_more": "rows {rows} and {more} more",
    # --- reading a catalogue file (sizer.catalog.reading, xlsx_reading)
    "file_unknown_format": "unknown catalogue format {suffix}; valid: {valid}",
    "file_not_found": "file not found",
    "file_unreadable": "cannot read the file: {detail}",
    "file_is_folder": "is a folder; give a catalogue file (.csv or .xlsx)",
    "file_not_regular": "is not a regular file (a pipe or a device); give a catalogue file (.csv or .xlsx)",
    "file_too_large": "the file is larger than {limit_gb} GB; split the catalogue",
    "file_empty": "the file is empty; expected a header row",
    "csv_malformed": "malformed CSV: {detail}",
    "xlsx_unreadable": "not a readable XLSX workbook ({detail})",
    "xlsx_no_workbook": "not an XLSX workbook (no xl/workbook.xml); save it from Excel or LibreOffice as .xlsx",
    "xlsx_no_sheets": "the workbook has no sheets",
    "xlsx_all_hidden": "every sheet of the workbook is hidden; unhide the catalogue sheet in Excel and save again",
    "cell_formula_unsaved": "a formula ({formula}) without a saved value; open the file in Excel or LibreOffice "
                            "and save it again, or type the value itself",
    "cell_shared_text_missing": "a reference to shared text {value} that the workbook does not have",
    "cell_spreadsheet_error": "the spreadsheet error {value}; fix the formula or type the value",
    "cell_date": "a date ({date}); Excel turns values such as 9-10 into dates: format the column as Text and "
                 "type the value again",
    "cell_too_long": "a text of {length} characters, more than a cell holds ({limit})",
    "header_cell_holds": "a header cell holds {reason}",
    # --- catalogue import (sizer.catalog.importer, columns)
    "catalog_problems": "{path}: {count} problems; nothing was imported",
    "catalog_problem_one": "{path}: 1 problem; nothing was imported",
    "catalog_valid_rows_hint": " ({count} valid rows; accept them with --accept-valid-rows)",
    "catalog_valid_row_hint": " (1 valid row; accept it with --accept-valid-rows)",
    "and_more": "... and {count} more",
    "no_valid_rows": "no valid rows",
    "no_data_rows": "no data rows under the header",
    "unknown_column": "unknown column {column}{did_you_mean}; valid: {fields}, <dimension>_min, <dimension>_max, "
                      "garment_<dimension> (add _in for inches) with <dimension> one of {dimensions}",
    "garment_without_ease": "no ease is defined for garment {dimension}, so it cannot become a body range; give "
                            "{dimension}_min/_max instead, or use garment_ with one of {dimensions}",
    "duplicate_column": "the same column as {column}; keep one",
    "required_column_missing": "required column missing; a catalogue needs {columns}",
    "empty_required_cell": "empty; every row needs a listing_id, title, category and size_label",
    "empty_cell": "empty",
    "unknown_choice": "unknown {kind} {value}{did_you_mean}; valid: {choices}",
    "unknown_choice_listed": "unknown {kind} {value}{did_you_mean}\nvalid {kinds}: {choices}",
    "choices_in_all": "{choices}, ... ({count} in all)",
    "choice_not_offered": "{owner} has no {kind} {value}; its {kinds}: {choices}",
    "choice_not_offered_listed": "{owner} has no {kind} {value}\nits {kinds}: {choices}",
    "listing_has_no_sizes": "listing {listing} has no sizes",
    "or_leave_system_empty": "{reason}; or leave it empty for the brand's own labels",
    "row_needs_size_system": "a row without measurements refers to the standard chart of its category, so it "
                             "needs the label's size system; valid: {systems}",
    "differs_from_first_row": "differs from row {row} of listing {listing} ({value}); every row of a listing "
                              "gives the same {field}",
    "duplicate_size": "listing {listing} already has size {label}; each label once",
    "not_a_number_cm": "{value} is not a number; expected cm, e.g. 92.5",
    "not_a_number_in": "{value} is not a number; expected inches, e.g. 92.5",
    "not_a_length": "{value} is not a length; expected a positive number",
    "garment_and_body_both": "give either garment_{dimension} or {dimension}_min/_max in a row, not both",
    "implausible_garment": "{value} cm is not a plausible garment {dimension} (bodies measure {low} to {high} cm)"
                           "{hint}",
    "implausible_body": "{value} cm is not a plausible body {dimension}; expected {low} to {high} cm{hint}",
    "range_cm": "{low} to {high} cm",
    "range_for_adults": "{low} to {high} cm for adults",
    "range_for_children": "{low} to {high} cm for children",
    "implausible_body_for": "{value} cm is not a plausible body {dimension}; expected {expected}{hint}",
    "implausible_garment_for": "{value} cm is not a plausible garment {dimension} (bodies measure {expected}){hint}",
    "unit_slip_in": "looks like inches: {typed} in = {cm} cm?",
    "unit_slip_mm": "looks like millimetres: {typed} mm = {cm} cm?",
    "unit_slip_cm": "looks like centimetres: {typed} cm?",
    "hint_unit_slip": "; {slip}",
    "hint_slip_add_in": "; {slip} then end the column name in _in ({column})",
    "hint_slip_mm": "; {slip} the column is in cm",
    "hint_slip_drop_in": "; {slip} then drop the _in from the column name",
    "profile_measurement_outside": 'a measurement goes inside measurements_cm, e.g. {"measurements_cm": {"{key}": ...}}',
    "profile_key_is_a_measurement": "unknown profile key {key}; did you mean {hint} inside measurements_cm?",
    "hint_drop_in": "; is it in cm? then drop the _in from the column name",
    "hint_add_in": "; if the values are inches, end the column name in _in (e.g. chest_girth_min_in)",
    "hint_half_girth": "; {value} looks like half a girth, measured across the garment laid flat: give the whole "
                       "girth ({doubled} cm), or import the chart with Brand chart…, which doubles laid-flat "
                       "widths",
    "min_above_max": "the minimum {low} cm is above the maximum {high} cm; swap them",
    "open_min_unreachable": "an open-ended size from {low} cm cannot reach the plausible maximum {high} cm of "
                            "{dimension}; give {dimension}_max too",
    "open_max_unreachable": "a size up to {high} cm lies below the plausible minimum {low} cm of {dimension}; "
                            "give {dimension}_min too",
    # --- column mapping (sizer.catalog.mapping)
    "mapping_incomplete": "{path}: the column mapping is not complete:\n  {problems}",
    "mapping_header_row_missing": "the mapping's header row is not in the file",
    "mapping_columns_missing": "the mapping names columns this file does not have; map this file's columns again",
    "no_size_option": "no option of this product is a size ({options}); name the size option Size, or map the "
                      "size column",
    "no_option_names": "no option names",
    "not_a_measurement": "{value} is not a measurement; write one number or a range such as 86-90",
    "amazon_size_system_code": "{value} (listing {listing}) is Amazon's code for a size system, and which system it "
                               "stands for is not published; write the system itself ({valid}) in this column, or "
                               "set it for every row in the mapping (--constant size_system=US)",
    "same_size_merged": "sizes {labels} of listing {listing} ({rows}) name one size: imported as one size, "
                        "{label}, keeping every SKU",
    "same_size_measurements_differ": "sizes {labels} of listing {listing} ({rows}) name one size but give different "
                                     "measurements; give them the same measurements, or write each as a size of "
                                     "its own",
    "size_system_ambiguous": "the sizes of listing {listing} are labels of more than one {category} size "
                             "system ({systems}), which fit different bodies; give the size system in a column "
                             "(e.g. a Size system metafield) or set it for every row in the mapping",
    # --- writing files (sizer.atomic)
    "write_failed": "{path}: cannot be written: {detail}",
    "write_is_folder": "{path}: is a folder; give a file name inside it",
    "write_not_regular": "{path}: is not a regular file (a pipe or a device); give a file name",
    "write_read_only_file": "{path}: the file is read-only; it was not replaced. Make it writable or save under "
                            "another name",
    "write_folder_missing": "{path}: the folder {folder} does not exist",
    "write_folder_not_folder": "{path}: {folder} exists but is not a folder",
    "write_disk_full": "{path}: the disk is full; nothing was written and any previous file is unchanged",
    "write_permission_denied": "{path}: permission denied; save somewhere you may write",
    "write_read_only_disk": "{path}: the disk is read-only; save somewhere else",
    "write_no_temp_name": "{path}: no temporary file name is free in {folder}",
    # --- `sizer size` (sizer.cli.commands.size)
    "size_implausible_measurement": "{dimension} {typed} is not a plausible body measurement for {chart}; expected "
                                    "{expected}{hint}",
    "category_required": "--category is required (or --chart-file); categories: {categories}",
    "category_required_label": "--category is required (or --chart-file); {system} {label} is a size of {matches}"
                               "\nall categories: {categories}",
    # --- marketplace presets (sizer.channels.write)
    "preset_wrong_suffix": "{path}: a {channel} file is written as {suffixes}, not {suffix}; end the file name in "
                           "one of these",
    "preset_image_one_file": "{path} is one picture, but the {count} listings make {count} pictures: write them to "
                             "a folder, or choose one listing",
    "preset_image_not_folder": "{path}: the pictures go in a folder, and this is a file; give a folder, or a .png "
                               "or .jpg name for the picture of one listing",
    "preset_duplicate_variants": "the {channel} file is not written: two sizes of one listing would be the same variant "
                                 "there ({details}); give each size its own label in the catalogue, then export again",
    # marketplace files' notes (sizer.channels: what a preset did that the merchant should know)
    "preset_duplicate_sizes": "{listing}: sizes {sizes}{rows} would all be {value}",
    "preset_duplicate_skus": " (SKUs {skus})",
    "and_list": "{first} and {second}",
    "joined_reasons": "{first}; {second}",
    "brand_own_labels": "the brand's own labels",
    "preset_note_own_system": "{listing}: {why}, so all {count} sizes are sent in the listing's own system {system} "
                              "({span}): one system for the whole listing, each size distinct",
    "preset_why_no_equivalent": "size {sizes} has no {system} equivalent in the {category} chart",
    "preset_why_no_equivalents": "sizes {sizes} have no {system} equivalent in the {category} chart",
    "preset_why_same_label": "sizes {sizes} would all be {system} {label}",
    "preset_note_same_ranges": "{listing}: sizes {first} and {second} are both {label} with the same ranges: one row",
    "preset_note_chart_split": "{listing}: Amazon keeps one size chart per brand, department and product type, but "
                               "this listing's size table differs from {listings} ({why}); it is written as a chart "
                               "of its own ({chart}): upload the chart that fits your listings, or give them one "
                               "size table",
    "preset_why_other_system": "its sizes are in {system}, the chart's in {chart_system}",
    "preset_why_size_differs": "size {label}: {dimension} {low}–{high} cm in {listing}, {other_low}–{other_high} cm "
                               "in {other}",
    "preset_why_out_of_order": "together, size {label} of {listing} ({dimension} from {low} cm) and size "
                               "{other_label} of {other} (from {other_low} cm) would be out of order",
    "preset_why_overlap": "their sizes overlap",
    "preset_written_charts": "{count} size charts for {brand} on Amazon {marketplace} written to {path}",
    "preset_written_chart_one": "1 size chart for {brand} on Amazon {marketplace} written to {path}",
    "preset_written_attributes": "size attributes of {count} child listings written to {path}",
    "preset_written_feed": "Google Merchant size attributes of {count} variants written to {path}",
    "preset_written_metaobjects": "{count} size-chart metaobjects written to {path}",
    "preset_written_metafields": "metafields of {count} products written to {path}",
    "preset_written_picture": "size-chart picture of {listing} ({width} x {height} px) written to {path}",
    "preset_written_pictures": "{count} size-chart pictures ({width} x {height} px) written to {path}",
    # --- body profiles (sizer.profile)
    "profile_not_object": "a profile is a JSON object with 'measurements_cm'",
    "profile_no_measurements": 'missing or empty; expected e.g. {"chest_girth": 96, "waist_girth": 82}',
    "profile_warnings_not_list": "expected a list of strings",
    "profile_bad_fit": "{value} is not one of {choices}",
    "profile_not_regular": "is not a regular file (a pipe or a device), not a body profile: give a profile .json file",
    "profile_is_folder": "is a folder, not a profile file",
    "profile_unreadable": "cannot be read ({detail})",
    "profile_too_large": "larger than {kb} KB: not a body profile (save one with `sizer measure --json` or the "
                         "Measure page)",
    "profile_not_utf8": "not UTF-8 text ({detail})",
    "profile_not_json": "not valid JSON ({detail})",
    "profile_nested": "not a profile: the JSON is nested too deeply",
    "profile_constant": "{name} is not a number of centimetres (expected a plain decimal such as 82.5)",
    "profile_not_plain_number": "{token} is not a plausible number of centimetres (expected a plain decimal such as "
                                "82.5)",
    "profile_lengths_not_object": "expected an object of dimension: centimetres",
    "profile_not_cm_number": "expected a number of cm, got {value}",
    "profile_negative_uncertainty": "an uncertainty cannot be negative",
    "profile_huge_uncertainty": "an uncertainty of {value} cm says nothing; expected 0 to {high} cm",
    # --- editing an open catalogue (sizer.catalog.editing)
    "edit_title_empty": "listing {listing}: a title cannot be empty",
    "edit_unknown_system": "listing {listing}: {value} is not a size system of {category}; valid: {systems}, or "
                           "empty for the brand's own labels",
    "edit_chart_labels_fixed": "listing {listing}: its sizes are labels of the {system} chart, so the system cannot "
                               "change here; give the sizes' measurements in the file instead",
    "edit_range_not_typed": "size {label}: its ranges come from a chart or from garment measurements",
    "edit_implausible_body_for": "size {label}: {value} cm is not a plausible body {dimension}; expected {expected}"
                                 "{hint}",
    "edit_implausible_body": "size {label}: {value} cm is not a plausible body {dimension}; expected {low} to "
                             "{high} cm",
    "edit_min_not_below_max": "size {label}: the minimum {low} cm must stay below the maximum {high} cm",
    # --- brand size charts (sizer.catalog.brand_chart)
    "brand_sheet_empty": "the sheet is empty",
    "brand_no_measurement": "no measurement found: expected headers such as Chest, Waist, Hip, Inseam (or 胸围, 腰围, "
                            "臀围) beside the size labels",
    "brand_no_labels": "no size labels found: expected a column (or row) of sizes such as Size, US, UK, EU",
    "brand_no_sizes": "no sizes under the header",
    "brand_no_system_labels": "the chart has no {system} labels; it has {systems}",
    "brand_garment_without_ease": "no ease is known for garment {dimensions}, so Sizer cannot tell the body they fit; "
                                  "import a body-measurement chart, or one with {known}",
    "brand_label_twice": "size {label} appears twice in the chart's {system} labels",
    "brand_no_sizes_with_system": "the chart has no sizes with {system} labels",
    "brand_no_size_in_common": "none of the chart's sizes ({chart}) is a size the listing sells ({listing}); to give "
                               "the listing the chart's sizes instead, add the chart's sizes and remove the listing's",
    "brand_bad_chart_id": "chart id {chart_id}: lower-case letters, digits and _ only",
    "brand_garment_needs_category": "a garment chart becomes body ranges through a category's ease: give its category",
    # --- photos, camera and measuring (sizer.vision)
    "photo_no_such_file": "{label}: no such file",
    "advice_give_photo_path": "Give the path of a JPEG or PNG photo.",
    "photo_empty": "{label}: the file is empty",
    "advice_photo_again": "Take or export the photo again.",
    "photo_too_large_mb": "{label}: the file is {mb} MB, too large",
    "advice_normal_photo": "Use a normal camera photo (JPEG or PNG under 80 MB).",
    "photo_too_many_pixels": "{label}: {width}x{height} pixels is too large",
    "advice_max_megapixels": "Use a photo of at most 64 megapixels.",
    "photo_unreadable": "{label}: not a readable image",
    "advice_jpeg_png": "Use a JPEG or PNG photo (8-bit colour).",
    "photo_bit_depth": "{label}: {bits}-bit image",
    "advice_8_bit": "Export the photo as an ordinary 8-bit JPEG or PNG.",
    "photo_greyscale": "{label}: a greyscale image",
    "advice_colour_photo": "Use a colour photo: the person is found by colour against the background.",
    "photo_too_small": "{label}: {width}x{height} pixels is too small",
    "advice_min_side": "Use a photo at least {pixels} pixels on its short side.",
    "photo_cmyk": "{label}: a CMYK (print) image",
    "advice_rgb": "Export the photo in RGB colour (as a camera saves it).",
    "camera_cannot_open": "cannot open {what}",
    "camera_number": "camera {number} (device {index})",
    "video_named": "video {path}",
    "advice_camera_in_use": "Check that it exists and no other program is using it.",
    "video_no_such_file": "{path}: no such video file",
    "advice_give_video": "Give the path of a video file.",
    "folder_no_images": "{folder}: no images found",
    "advice_put_images": "Put {suffixes} files in it.",
    "photo_cannot_measure": "{path}: cannot measure this {view} photo ({reasons})",
    "view_front": "front",
    "view_side": "side",
    "stature_implausible": "a stature of {stature} cm is not plausible",
    "advice_stature_range": "Give the height in centimetres, {low} to {high}.",
    "stature_needed": "the person's height is needed for the scale",
    "advice_stature_or_reference": "Give the height in cm, or hold a printed marker or ID card in the front photo.",
    "reference_implausible_height": "the {reference} gives an implausible height ({height} cm)",
    "advice_reference_flat": "Hold it flat on your stomach, facing the camera, and check its printed size.",
    "reference_aruco": "printed marker",
    "reference_card": "ID card",
    "implausible_measurement": "the photos gave an implausible {dimension} ({value} cm)",
    "advice_retake_photos": "Retake both photos: whole body in view, plain background, tight clothes, arms "
                            "slightly away.",
    "loose_clothes": "loose clothes: the girths cannot be measured",
    "loose_clothes_advice": "Loose clothes hide the body's shape, so the girths would read several centimetres too "
                            "big. Change into a fitted top and leggings (or underwear) and measure again, or measure "
                            "with a tape following the illustrated measuring guide.",
    "loose_clothing_seen": "the silhouette shows loose clothing (a hem, a waist as deep as the chest)",
    "capture_not_finished": "the capture is not finished",
    "advice_finish_capture": "Hold still facing the camera, then side-on ({step} now).",
    "step_front": "facing the camera",
    "step_turn": "turning",
    "step_side": "side-on",
    "step_done": "done",
    "torso_not_traced": "the torso could not be traced in the photos",
    "advice_plain_background": "Stand against a plain background, arms slightly away from the body.",
    "front_turned": "the front view is turned {degrees} degrees from the camera",
    "advice_face_squarely": "Face the camera squarely for the front view (feet and shoulders square to it).",
    "side_off": "the side view is {degrees} degrees off side-on",
    "advice_quarter_turn": "Turn exactly a quarter turn for the side view: one shoulder pointing at the camera.",
    "girth_inconsistent": "the {girth} read {value} cm where the other girths of a real body would put it near "
                          "{predicted} cm",
    "advice_measure_again": "Measure again: face the camera squarely, then turn exactly side-on; arms a hand's width "
                            "from the body; fitted clothes; the camera at chest height, 2-3 m away.",
    "reference_not_found": "{what} was not found in the front photo",
    "reference_what_aruco": "the printed marker",
    "reference_what_card": "an ID card (85.6 x 54 mm)",
    "advice_hold_reference": "Hold it flat against your stomach, facing the camera, fully visible and unbent.",
    "view_no_person": "No person was found. Stand 2-3 m from the camera, in good light, against a plain wall.",
    "view_several_people": "More than one person is in the picture. Only the person to be measured may be in view.",
    "view_body_cut_off": "The whole body must be in the picture, from the top of the head to the feet, with a "
                         "little space around it. Step back or lower the zoom.",
    "view_too_far": "The person is too small in the picture. Step closer: the body should fill at least half of the "
                    "picture's height.",
    "view_too_close": "The person is too close. Step back until there is space above the head and below the feet.",
    "view_not_upright": "Stand upright, feet slightly apart, looking ahead (not seated or bending).",
    "view_expected_front": "This is not a front view. Face the camera squarely for the front photo.",
    "view_expected_side": "This is not a side view. Turn 90 degrees so that your side faces the camera.",
    "view_facing_away": "The person faces away from the camera. Face the camera for the front photo.",
    "view_arms_against_body": "Hold the arms slightly away from the body (a hand's width), so the waist shows.",
    "view_too_dark": "The picture is too dark. Turn on more light, facing the person.",
    "view_too_bright": "The picture is overexposed. Avoid a window or a lamp behind or straight at the person.",
    "reason_no_person": "no person",
    "reason_several_people": "several people",
    "reason_body_cut_off": "body cut off",
    "reason_too_far": "too far",
    "reason_too_close": "too close",
    "reason_not_upright": "not upright",
    "reason_expected_front": "expected front",
    "reason_expected_side": "expected side",
    "reason_facing_away": "facing away",
    "reason_arms_against_body": "arms against body",
    "reason_too_dark": "too dark",
    "reason_too_bright": "too bright",
    # --- orders and returns (sizer.returns)
    "orders_problems": "{count} problems in the orders; nothing was imported",
    "orders_valid_rows_hint": " (import the other rows with --accept-valid-rows)",
    "orders_problem_one": "1 problem in the orders; nothing was imported",
    "orders_more_hidden": "and {count} more problems of the same kinds",
    "empty_expected_whole_number": "empty; expected a whole number",
    "not_a_whole_number": "{value} is not a whole number",
    "below_minimum": "{value} is below {minimum}; expected a whole number of at least {minimum}",
    "date_empty": "empty; expected a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024",
    "not_a_date": "{value} is not a date such as 2024-03-05, 2024-03-05 10:11:12, 05-03-2024 or 05.03.2024",
    "empty_listing": "empty; every line needs its listing",
    "listing_not_in_catalogue": "listing {listing} is not in the catalogue{did_you_mean}",
    "not_a_size_of": "{value} is not a size of {listing}; valid: {labels}",
    "returned_more_than_sold": "{returned} returned of {sold} sold; no more can come back than were sold",
    "no_order_lines": "no order lines under the header",
    "empty_order": "empty; every line needs its order",
    "orders_unknown_layout": "unknown orders layout {layout}; valid: {layouts}",
    "orders_columns_not_known": "the columns are not Sizer's, Shopify's or Amazon's: map them once (sizer returns "
                                "analyse --map FIELD=COLUMN ..., or the column dialog in the app) with FIELD one of "
                                "{fields}; required: {required}. The file's columns: {columns}",
    "orders_unknown_column": "unknown column{did_you_mean}; valid: {fields} (another layout: give a column mapping)",
    "orders_required_missing": "required column missing; an orders file needs {fields}",
    "orders_mapping_column_absent": "the mapping takes {field} from column {column}, which the file does not have; "
                                    "its columns: {columns}",
    "sku_unmatched": "{what} matches no listing and size of the catalogue; SKUs are read as <listing_id>-<size> "
                     "(or with _ / . space or nothing between){names_hint}",
    "sku_names_hint": ", item names as '<title> - <size>' (or '<title> - <size> / <colour>')",
    "sku_value": "SKU {sku}",
    "sku_empty": "an empty SKU",
    "sku_with_item": "{what} (item {name})",
    "required_column_of_missing": "required column of {what} missing (looked for {names})",
    "orders_unknown_field": "unknown orders field {field}{did_you_mean}\nvalid fields: {fields}",
    "did_you_mean_plain": "; did you mean {suggestions}?",
    "orders_bad_map_pair": "--map {pair}: expected FIELD=COLUMN, e.g. size_label=Size",
    "mappings_store_unreadable": "cannot read the remembered column mappings: {detail}; delete the file to start afresh",
    "open_orders_first": "open an orders file first",
    "nothing_to_correct": "nothing to correct: no flagged size is selected",
    "sample_never_overwritten": "the bundled sample catalogue is never overwritten: choose where to save the "
                                "corrected one",
    "no_correction_to_undo": "no correction to undo",
    "file_kind_shopify_orders": "a Shopify orders export",
    "file_kind_shopify_returns": "a Shopify returns file",
    "file_kind_amazon_orders": "an Amazon All Orders report",
    "file_kind_amazon_returns": "an Amazon customer returns report",
    "return_without_order_line": "no line of order {order} with SKU {sku} in the orders file",
    "not_a_count": "{value} is not a whole number of at least 1",
    "returned_units_more_than_sold": "{returned} units of order {order} SKU {sku} returned, {sold} sold",
    "mapping_unknown_target": "column {column}: unknown target {target}; valid: {targets}, option<n>_name/_value, "
                              "or a measurement (<dimension>_min, _max, _range, garment_<dimension>, add _in for "
                              "inches)",
    "mapping_bad_constant": "constant {name}: only {fields} can be set for every row",
    "save_over_mapped_source": "{path} is your own file, imported through a column mapping: saving over it would "
                               "replace its columns with Sizer's. Choose a new file name.",
    "save_over_workbook_with_sheets": "{path} is the workbook this catalogue was read from, and it has other sheets: "
                                      "saving over it would delete them. Choose a new file name.",
    "save_over_partial_source": "{path} is the file this catalogue was imported from, and the rows with problems "
                                "were left out: saving over it would delete them. Choose a new file name (fix the "
                                "rows in the original and open it again to import them too).",
    "mapping_bad_constant_value": "{field} for every row: Sizer does not know {value}; valid: {valid}",
    "mapping_system_not_offered": "size system {system} for every row: the charts of {categories} have no "
                                  "labels in it; choose another, or leave it empty for the brand's own labels",
    "mapping_bad_category_value": "category {text}: Sizer does not know {value}; choose a Sizer category or not sized",
    "mapping_every_row_category": "Category (every row)",
    "mapping_every_row_size_system": "Size system (every row)",
    "mapping_every_row_fit": "Fit (every row)",
    "mapping_every_row_stretch": "Stretch (every row)",
    "mapping_field_category": "category",
    "mapping_field_size_system": "size system",
    "mapping_field_fit": "fit",
    "mapping_field_stretch": "stretch",
    "mapping_no_listing_id": "no column is the listing id (e.g. Handle, parent_sku, 款号); choose one",
    "mapping_no_title": "no column is the title (e.g. Title, item_name, 商品名称); choose one",
    "mapping_no_size": "no column is the size (e.g. Size, Option1 Value, size_name, 尺码); choose one",
    "mapping_no_category": "no category: choose the column that holds it, or one category for every row",
    # --- profiles and people files (sizer.profile, sizer.recommend.people), in plain words
    "measurement_implausible_for": "{value} {unit} is not a plausible {dimension}; expected {expected}{hint}",
    "at_line_column": "line {line}, column {column}",
    "json_list": "a list",
    "json_object": "an object",
    "people_unknown_format": "unknown people file format {suffix}; valid: {valid}",
    "people_not_utf8": "not UTF-8 text (at byte {at}); save it as CSV UTF-8 (Excel: Save as, CSV UTF-8)",
    "people_empty": "empty; expected a header row with an id column and measurement columns",
    "people_none": "no people under the header",
    "people_no_id_column": "no id column; name one of {names}",
    "people_unknown_column": "unknown column{did_you_mean}; valid: an id column ({ids}), a measurement named after "
                             "its dimension (chest_girth in cm, chest_girth_in in inches), <dimension>_uncertainty "
                             "in cm, fit_preference, segment",
    "people_no_measurement_columns": "no measurement columns; name them after the dimensions: {dimensions}",
    "people_empty_id": "empty; every person needs an id",
    "people_duplicate_id": "{person} is already on {where}; every person once",
    "location_line": "line {line}",
    "people_no_measurements": "person {person} has no measurements; give at least one",
    "people_slip_in_mm": "{slip} the column is in cm: {value}",
    "people_slip_rename": "{slip} then name the column {column}",
    "people_line_not_json": "not valid JSON (at column {column}); a line holds one person, e.g. "
                            '{"id": 17, "measurements_cm": {"chest_girth": 96}}',
    "people_line_not_object": 'not a person: a line holds one JSON object, e.g. {"id": 17, "measurements_cm": '
                              '{"chest_girth": 96}}',
    "people_line_no_id": 'every person needs an id, e.g. "id": 17',
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class Problem(str):
    """One problem as its English sentence, plus ``code`` and ``params`` to say it in another language."""

    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> "Problem":
        if code not in ENGLISH:
            raise KeyError(f"no problem code {code!r} in sizer.problems.ENGLISH")
        text = render(ENGLISH[code], params, lambda nested: ENGLISH[nested.code])
        made = super().__new__(cls, text)
        made.code = code
        made.params = dict(params)
        return made

    def __reduce__(self):  # a str subclass with attributes pickles through its code and params
        return (_rebuild, (self.code, self.params))

    def with_params(self, **changes: Any) -> "Problem":
        return Problem(self.code, **{**self.params, **changes})


def _rebuild(code: str, params: dict[str, Any]) -> Problem:
    return Problem(code, **params)


def placeholders(template: str) -> set[str]:
    return set(_PLACEHOLDER.findall(template))


def render(template: str, params: Mapping[str, Any], template_of: Callable[[Problem], str]) -> str:
    """``template`` with its {name} filled from ``params`` in one pass; nested problems are written
    with ``template_of`` (the English sentence, or the UI's translation)."""
    def value(match: re.Match) -> str:
        name = match[1]
        return show(params[name], template_of) if name in params else match[0]

    return _PLACEHOLDER.sub(value, template)


class Lines(tuple):
    """Parameters shown one per line (indented), not joined by commas."""


class CategoryName(str):
    """A chart category's id in a sentence, or words that start with one ("shoes_men US label"),
    shown by its name ("Men's shoes", "Men's shoes US label", never shoes_men); the UI shows it in
    the interface language (sizer.ui.problem_texts)."""

    def english(self) -> str:
        from sizer.sizing import load_charts

        category, space, rest = str(self).partition(" ")
        library = load_charts()
        return (library.get(category).title if category in library.ids() else category) + space + rest


def show(value: Any, template_of: Callable[[Problem], str]) -> str:
    if isinstance(value, Problem):
        return render(template_of(value), value.params, template_of)
    if isinstance(value, CategoryName):
        return value.english()
    if isinstance(value, Lines):
        return "\n  ".join(show(v, template_of) for v in value)
    if isinstance(value, (list, tuple)):
        return ", ".join(show(v, template_of) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def quoted(value: Any) -> str:
    """A value as the sentences quote it (Python's repr of text, as the CLI always showed)."""
    return repr(value)


def choices_problem(kind: str, value: str, choices: list[str], suggestions: list[str]) -> Problem:
    """Unknown ``value`` of ``kind``, what it might have meant, and what is valid."""
    did_you_mean = Problem("did_you_mean", suggestions=alternatives(suggestions)) if suggestions else ""
    return Problem("unknown_choice", kind=kind, value=quoted(value), did_you_mean=did_you_mean,
                   choices=list(choices))


def alternatives(values: list[str]) -> Any:
    """'a' or 'b' or 'c' (quoted), as a problem so "or" is translated."""
    quoted_values = [quoted(v) for v in values]
    if len(quoted_values) == 1:
        return quoted_values[0]
    joined: Any = quoted_values[0]
    for nxt in quoted_values[1:]:
        joined = Problem("or_list", first=joined, second=nxt)
    return joined
