"""The reason keyword table: marketplace codes, English and Chinese free text, negations."""
from __future__ import annotations

import pytest

from sizer.returns.reasons import FitReason, classify_reason, reason_table


@pytest.mark.parametrize("text, expected", [
    ("SIZE_TOO_SMALL", FitReason.TOO_SMALL), ("size_too_large", FitReason.TOO_LARGE),
    ("APPAREL_TOO_SMALL", FitReason.TOO_SMALL), ("APPAREL_TOO_LARGE", FitReason.TOO_LARGE),
    ("AMZ-PG-APP-TOO-LARGE", FitReason.TOO_LARGE), ("APPAREL_STYLE", FitReason.OTHER),
    ("MISORDERED", FitReason.OTHER), ("UNWANTED", FitReason.OTHER), ("NO_REASON_GIVEN", FitReason.OTHER),
    ("Too small", FitReason.TOO_SMALL), ("It runs small, order a size up", FitReason.TOO_SMALL),
    ("way too tight across the chest", FitReason.TOO_SMALL), ("Size was too large", FitReason.TOO_LARGE),
    ("runs large", FitReason.TOO_LARGE), ("Baggy and long", FitReason.TOO_LARGE),
    ("not too small, just ugly", FitReason.OTHER), ("fits well but wrong colour", FitReason.OTHER),
    ("偏小", FitReason.TOO_SMALL), ("衣服太紧了", FitReason.TOO_SMALL), ("要换大一码", FitReason.TOO_SMALL),
    ("尺码偏大", FitReason.TOO_LARGE), ("太大了", FitReason.TOO_LARGE), ("尺碼偏大", FitReason.TOO_LARGE),
    ("尺码合适但颜色不喜欢", FitReason.OTHER), ("质量问题", FitReason.OTHER), ("", FitReason.OTHER),
])
def test_reasons_map_to_too_small_too_large_or_other(text, expected):
    assert classify_reason(text) is expected


def test_classifying_many_texts_agrees_with_one_at_a_time():
    texts = ["偏小", "runs large", "", "colour", "偏小", "SIZE_TOO_SMALL"]
    assert reason_table().classify_many(texts).tolist() == [int(classify_reason(t)) for t in texts]


def test_the_longest_keyword_wins_so_negations_beat_the_phrase_they_contain():
    keywords = [k for k, _ in reason_table().keywords]
    assert keywords.index("not too small") < keywords.index("too small")
    assert all(len(a) >= len(b) for a, b in zip(keywords, keywords[1:]))
