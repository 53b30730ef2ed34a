from sizer.sizing.label_search import normalise_label, suggest_labels

INT = ["XXS", "XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]


def test_extra_sizes_fold_to_one_spelling():
    assert normalise_label("2xl") == normalise_label("XXL") == normalise_label("xx l") == "XXL"
    assert normalise_label("3XL") == "XXXL" and normalise_label(" m ") == "M"


def test_suggestions_are_by_likeness_not_only_by_prefix():
    assert suggest_labels("2xl", INT)[0] == "XXL"
    assert suggest_labels("xxxl", INT)[0] == "3XL"
    assert suggest_labels("m", INT)[0] == "M"
    assert set(suggest_labels("XLL", INT)[:2]) == {"XL", "XXL"}
    assert suggest_labels("38", ["36", "37 / 38", "38", "40"])[:2] == ["37 / 38", "38"]
    assert suggest_labels("8", ["6", "8", "18", "28"])[:3] == ["8", "18", "28"]  # then labels containing it
    assert suggest_labels("", INT) == [] and suggest_labels("Q", INT) == []
