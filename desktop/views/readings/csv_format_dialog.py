"""Import readings ▸ "About the file format…": what a readings CSV may look like, shown inside the app (an installed
app has no docs folder to open).

Built from `sync.readings.csv_format.COLUMNS`, the very table the parser reads, so every header name shown here is
one the import accepts; the rules beside it are the parser's (separators, encodings, dates, numbers).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.counter_names import counter_name
from desktop.i18n import current_language
from sync.readings import csv_format
from sync.readings.csv_format import ColumnName

EXAMPLE_ROWS = (("3QE45758", "25.11.2026", "345 120", "249 000", "96 120"),
                ("3QE71873", "2026-11-25", "1 031 200", "783 000", "248 200"))


class CsvFormatDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The readings file format"))
        language = current_language()
        intro = QLabel(self.tr("One line per machine and day. The first line names the columns: the serial number, "
                               "the date, then one column per counter. Each column may be named in English, in "
                               "Norwegian or with the portal's counter key; case, spaces, “_”, “-” and “/” do not "
                               "matter."))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.names_table = self._names_table()
        example_caption = QLabel(self.tr("Example:"))
        self.example = QPlainTextEdit(self.example_text(language))
        self.example.setReadOnly(True)
        self.example.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.example.setAccessibleName(self.tr("Example file"))
        self.example.setMaximumHeight(self.example.fontMetrics().lineSpacing() * 5)
        self.rules = QLabel(self._rules_html())
        self.rules.setTextFormat(Qt.TextFormat.RichText)
        self.rules.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.names_table)
        layout.addWidget(example_caption)
        layout.addWidget(self.example)
        layout.addWidget(self.rules)
        layout.addWidget(buttons)
        self.resize(760, self.sizeHint().height())

    def column_title(self, column: ColumnName) -> str:
        if column is csv_format.SERIAL:
            return self.tr("Serial number")
        if column is csv_format.DATE:
            return self.tr("Reading date")
        return counter_name(column.key)

    def _names_table(self) -> QTableWidget:
        table = QTableWidget(len(csv_format.COLUMNS), 2)
        table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Names accepted in the header")])
        table.setAccessibleName(self.tr("Header names"))
        for row, column in enumerate(csv_format.COLUMNS):
            for position, text in enumerate((self.column_title(column), ", ".join(column.names))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, position, item)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(True)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth())
        return table

    @staticmethod
    def example_text(language: str) -> str:
        lines = [csv_format.example_header(language), *(";".join(row) for row in EXAMPLE_ROWS)]
        return "\n".join(lines)

    def _rules_html(self) -> str:
        rules = (
            self.tr("Separator: “;” (what Norwegian Excel writes) or “,”, found from the first line."),
            self.tr("Encoding: UTF-8, with or without BOM, or UTF-16 with its BOM; other files are read as "
                    "Windows-1252 (older Excel)."),
            self.tr("Dates: 25.11.2026 or 2026-11-25, the day the counters were read."),
            self.tr("Numbers: whole numbers; spaces or “.” between thousands are fine (1 234 567). No decimals, no "
                    "minus."),
            self.tr("An empty cell: that counter was not read, right for a counter the machine does not have."),
            self.tr("Blank lines are skipped. Every other line is either queued or listed with its line number "
                    "and the reason."),
        )
        return "<ul>" + "".join(f"<li>{html.escape(rule)}</li>" for rule in rules) + "</ul>"
