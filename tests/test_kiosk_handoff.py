"""Kiosk hand-off (QR payloads, printing) and the admin PIN's storage."""
from __future__ import annotations

import re

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrinter

from sizer.ui.kiosk.handoff import (MAX_QR_PRODUCTS, ProductSize, link_payload, print_sizes, qr_image,
                                    template_problem, text_payload)
from sizer.ui.kiosk.pin import hash_pin, is_valid_pin, verify_pin

SIZES = [ProductSize("MS-3001", "Oxford button-down shirt", "41"), ProductSize("WD-2003", "碎花雪纺连衣裙", ""),
         ProductSize("MT-4001", "Selvedge denim jeans", "W32 L32")]


def decode(image: QImage) -> str:
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    pixels = np.ascontiguousarray(
        np.frombuffer(gray.constBits(), np.uint8).reshape(gray.height(), gray.bytesPerLine())[:, :gray.width()])
    texts = [detector.detectAndDecode(pixels)[0] for detector in (cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco())]
    return next((text for text in texts if text), "")


def test_pin_is_stored_salted_and_checked():
    stored = hash_pin("4321")
    salt_hex, dollar, digest_hex = stored.partition("$")
    # Exactly a 16-byte salt and a PBKDF2-SHA256 digest: nothing else (no digits) is stored. A test
    # that the digits do not occur in the hex text failed by chance in 0.14 % of runs.
    assert dollar and re.fullmatch("[0-9a-f]{32}", salt_hex) and re.fullmatch("[0-9a-f]{64}", digest_hex)
    assert stored == hash_pin("4321", bytes.fromhex(salt_hex))
    assert stored != hash_pin("4321")  # a new salt each time
    assert verify_pin("4321", stored)
    assert not verify_pin("4322", stored) and not verify_pin("4321", "") and not verify_pin("4321", "zz$yy")
    assert not is_valid_pin("123") and not is_valid_pin("123456789") and not is_valid_pin("12a4")
    with pytest.raises(ValueError):
        hash_pin("12")


def test_link_template_is_filled_and_quoted():
    url = link_payload("https://shop.example/fit?s={sizes}&c={chest_girth}&w={waist_girth}",
                       {"chest_girth": 97.6, "hip_girth": 99.0}, SIZES)
    assert url == "https://shop.example/fit?s=MS-3001:41,MT-4001:W32%20L32&c=98&w="
    assert template_problem("") is None
    assert template_problem("https://a.example/?s={sizes}&h={hip_girth}") is None
    assert "{waist}" in template_problem("https://a.example/?w={waist}")
    assert "https://" in template_problem("shop.example/{sizes}")
    assert "malformed" in template_problem("https://a.example/{sizes")


def test_text_payload_round_trips_through_the_qr_code_with_chinese():
    payload = text_payload("我的尺码", ["身高: 170 cm", "胸围: 92 cm"], SIZES)
    assert "碎花" not in payload  # no size fits it: left out
    assert payload.splitlines()[-2:] == ["Oxford button-down shirt: 41", "Selvedge denim jeans: W32 L32"]
    assert decode(qr_image(payload)) == payload


def test_a_long_list_is_capped_to_stay_scannable():
    many = [ProductSize(f"P-{i}", f"A rather long product title number {i}", "M") for i in range(40)]
    payload = text_payload("My sizes", ["Height: 170 cm"], many)
    assert len(payload.splitlines()) == 2 + MAX_QR_PRODUCTS
    assert all(len(line.split(":")[0]) <= 28 for line in payload.splitlines()[2:])
    assert decode(qr_image(payload)) == payload


def test_printing_needs_no_dialog(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sizes.pdf"))
    print_sizes(printer, ["Height: 170 cm", "Oxford button-down shirt: 41"], qr_image("hello"))
    data = (tmp_path / "sizes.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
