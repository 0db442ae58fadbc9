"""The picture palette: one big button per category (named in the current language, shown with
its first block's picture) and, below, the blocks of the chosen category as thumbnails with
their name. Choosing a block arms it; choosing it again (or placing it) disarms it."""

from __future__ import annotations

from typing import Iterable, Optional

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QColor, QIcon
from PySide6.QtWidgets import (
    QButtonGroup, QGridLayout, QScrollArea, QSizePolicy, QStackedWidget, QToolButton, QVBoxLayout, QWidget,
)

from junior_planner.i18n import _, language
from junior_planner.model.catalog import BlockType, Catalog
from junior_planner.resources import asset

BLOCK_ICON = 96
CATEGORY_ICON = 40


def thumbnail(block_id: str) -> QIcon:
    return QIcon(str(asset("icons", "blocks", f"{block_id}-128.png")))


def _short(name: str) -> str:
    """One short word under a category's picture ("Safety and getting around" -> "Safety"); a
    long Chinese name goes on two lines. The full name stays the accessible name."""
    if " " in name and len(name) > 10:
        return name.split(" ")[0]
    if len(name) > 4 and all(ord(ch) > 0x2E80 for ch in name):
        return name[: (len(name) + 1) // 2] + "\n" + name[(len(name) + 1) // 2:]
    return name


def _lines(name: str, fits) -> str:
    """A block's name under its picture, never cut short: on two lines when one is too wide
    ("Climbing frame" -> "Climbing\nframe"), split at the space nearest the middle, or in the
    middle of a name written without spaces."""
    if fits(name):
        return name
    if " " in name:
        spaces = [i for i, ch in enumerate(name) if ch == " "]
        cut = min(spaces, key=lambda i: abs(i - len(name) / 2))
        return name[:cut] + "\n" + name[cut + 1:]
    half = (len(name) + 1) // 2
    return name[:half] + "\n" + name[half:]


class BlockPalette(QWidget):
    chosen = Signal(object)  # block type id, or None when nothing is chosen

    def __init__(self, catalog: Catalog, allowed: Optional[Iterable[str]] = None, parent=None, scale: float = 1.0):
        super().__init__(parent)
        self.scale = scale
        name_font = QFont(self.font())
        name_font.setPixelSize(round(14 * scale))  # the editor's style: block names 14px, bold
        name_font.setBold(True)
        self._name_metrics = QFontMetrics(name_font)
        self.setObjectName("palette")
        lang = language()
        allowed_ids = set(allowed) if allowed is not None else None
        by_category: dict[str, list[BlockType]] = {}
        for block in catalog.blocks.values():
            if allowed_ids is None or block.id in allowed_ids:
                by_category.setdefault(block.category, []).append(block)
        self.category_buttons: dict[str, QToolButton] = {}
        self.buttons: dict[str, QToolButton] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(6)
        tabs = QGridLayout()
        tabs.setSpacing(4)
        self._pages = QStackedWidget()
        self._category_group = QButtonGroup(self)
        self._block_group = QButtonGroup(self)
        self._block_group.setExclusive(False)  # so a second tap can un-choose
        columns = 4
        self._page_of: dict[str, int] = {}
        for index, category in enumerate(c for c in catalog.categories.values() if c.id in by_category):
            blocks = by_category[category.id]
            button = QToolButton()
            button.setObjectName(f"category-{category.id}")
            button.setProperty("role", "category")
            name = category.names.get(lang) or category.names.get("en") or category.id
            button.setText(_short(name))
            button.setAccessibleName(name)
            button.setIcon(thumbnail(blocks[0].id))
            button.setIconSize(QSize(round(CATEGORY_ICON * scale), round(CATEGORY_ICON * scale)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setMinimumSize(round(66 * scale), round(84 * scale))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            colour = QColor(category.color)
            button.setStyleSheet(f"QToolButton {{ border-bottom: 6px solid {colour.name()}; }}"
                                 f"QToolButton:checked {{ background: {colour.lighter(160).name()}; "
                                 f"border: 3px solid {colour.name()}; border-bottom: 6px solid {colour.name()}; }}")
            self._category_group.addButton(button, index)
            tabs.addWidget(button, index // columns, index % columns)
            self.category_buttons[category.id] = button
            self._pages.addWidget(self._page(blocks, lang))
            for block in blocks:
                self._page_of[block.id] = index
        self._category_group.idClicked.connect(self._pages.setCurrentIndex)
        outer.addLayout(tabs)
        outer.addWidget(self._pages, 1)
        if self.category_buttons:
            next(iter(self.category_buttons.values())).setChecked(True)

    def _page(self, blocks: list[BlockType], lang: str) -> QWidget:
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setSpacing(6)
        grid.setContentsMargins(2, 2, 2, 2)
        for i, block in enumerate(blocks):
            button = QToolButton()
            button.setObjectName(f"block-{block.id}")
            button.setProperty("role", "block")
            room = round(132 * self.scale) - 16  # the button less its border and padding
            text = _lines(block.name(lang), lambda t: self._name_metrics.horizontalAdvance(t) <= room)
            button.setText(text)
            button.setAccessibleName(block.name(lang))
            button.setIcon(thumbnail(block.id))
            icon = BLOCK_ICON if "\n" not in text else BLOCK_ICON - 18  # room for the second line
            button.setIconSize(QSize(round(icon * self.scale), round(icon * self.scale)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setCheckable(True)
            button.setFixedSize(round(132 * self.scale), round(136 * self.scale))
            button.toggled.connect(lambda on, block_id=block.id: self._toggled(block_id, on))
            self._block_group.addButton(button)
            self.buttons[block.id] = button
            grid.addWidget(button, i // 2, i % 2)
        grid.setRowStretch(grid.rowCount(), 1)
        scroll = QScrollArea()
        scroll.setWidget(grid_holder)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setAccessibleName(_("Blocks to choose from"))
        return scroll

    @property
    def current(self) -> Optional[str]:
        return next((b for b, button in self.buttons.items() if button.isChecked()), None)

    def choose(self, block_id: Optional[str]) -> None:
        """Choose a block (as a tap on it would), or none."""
        if block_id is not None and block_id in self.buttons:
            page = self._page_of[block_id]
            self._category_group.button(page).setChecked(True)
            self._pages.setCurrentIndex(page)
            self.buttons[block_id].setChecked(True)
        else:
            for button in self.buttons.values():
                if button.isChecked():
                    button.setChecked(False)

    def _toggled(self, block_id: str, on: bool) -> None:
        if on:
            for other, button in self.buttons.items():
                if other != block_id and button.isChecked():
                    button.blockSignals(True)
                    button.setChecked(False)
                    button.blockSignals(False)
            self.chosen.emit(block_id)
        elif self.current is None:
            self.chosen.emit(None)
