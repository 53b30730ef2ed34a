"""The Catalogue page's Save after "import the valid rows": the source file is never overwritten."""
from __future__ import annotations

from pathlib import Path

from sizer.catalog.importer import import_catalog, sample_catalog_path
from sizer.ui.pages.catalogue_page import CataloguePage


def test_save_after_importing_the_valid_rows_proposes_a_new_file_and_keeps_the_source(
        qtbot, context, dialogs, tmp_path, monkeypatch):
    lines = sample_catalog_path().read_text(encoding="utf-8").splitlines()
    bad = lines[1].split(",")
    bad[0], bad[2] = "BAD-1", "no_such_category"
    source = tmp_path / "shop.csv"
    source.write_text("\n".join([lines[0], *lines[1:], ",".join(bad)]) + "\n", encoding="utf-8")
    original = source.read_bytes()
    from sizer.ui.widgets import import_issues

    monkeypatch.setattr(import_issues, "ask_accept_valid_rows", lambda parent, error: True)
    page = CataloguePage(context)
    qtbot.addWidget(page)
    page.load(source)
    assert page.path == source and page.file.partial_source == source
    proposals, refused = [], []
    # Before anything is chosen, Save says that it will ask for a new name, and why.
    assert "would delete them" in page.save_action.toolTip()
    target = tmp_path / "shop (imported rows).csv"

    def choose(parent, settings, caption, name, filters, folder=None, refuse=None):
        proposals.append((name, folder))
        refused.append(refuse(source))  # the user insists on the source file: refused at once...
        assert refuse(target) is None
        return None  # ... and, told why, cancels

    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", choose)
    page.listings.setData(page.listings.index(0, page.listings.TITLE), "Renamed tee")
    assert page.dirty
    page.save_action.trigger()  # Ctrl+S
    assert proposals == [("shop (imported rows).csv", tmp_path)]  # Save acted as Save As, beside the source
    assert "would delete them" in refused[0] and "would delete them" in page.last_notice  # said up front
    assert source.read_bytes() == original and page.dirty and not dialogs  # nothing refused after the fact

    monkeypatch.setattr("sizer.ui.pages.catalogue_page.choose_save_file", lambda *args: target)
    page.save_action.trigger()
    assert not page.dirty and source.read_bytes() == original
    assert "Renamed tee" in import_catalog(target).catalog.titles.tolist()


def test_an_invalid_size_system_edit_is_refused_with_the_reason(qtbot, context):
    page = CataloguePage(context)
    qtbot.addWidget(page)
    refused = []
    page.listings.rejected.connect(refused.append)
    index = page.listings.index(0, page.listings.SYSTEM)
    assert not page.listings.setData(index, "XX")
    assert refused and "'XX'" in refused[0] and not page.dirty


def test_the_save_dialog_refuses_the_source_before_asking_to_replace_it(qapp, settings, tmp_path, monkeypatch):
    """Chosen anyway, the source is refused with the reason and the dialog opens again; the
    "replace it?" question comes only for a file that may be written."""
    from PySide6.QtWidgets import QFileDialog

    from sizer.ui import dialogs

    source, other = tmp_path / "shop.csv", tmp_path / "other.csv"
    source.write_text("x", encoding="utf-8")
    other.write_text("y", encoding="utf-8")
    picks, events = [str(source), str(other)], []

    def pick(parent, caption, start, filters, selected="", options=None):
        events.append(("dialog", options))
        return picks.pop(0), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", pick)
    monkeypatch.setattr(dialogs, "tell_refused", lambda parent, title, text: events.append(("refused", text)))
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda parent, title, text, details="": events.append(("replace?", text)) or True)
    chosen = dialogs.choose_save_file(None, settings, "Save", "shop (imported rows).csv", "CSV (*.csv)", tmp_path,
                                      lambda p: "keep it" if p == source else None)
    assert chosen == other
    assert [e[0] for e in events] == ["dialog", "refused", "dialog", "replace?"]
    assert events[0][1] == QFileDialog.Option.DontConfirmOverwrite and events[1][1] == "keep it"
