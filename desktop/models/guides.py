"""Self-help guides found by `sync.guides.search.search_guides`, as a list: title and summary (plain text, two lines).

Small by nature (a search shows at most a few dozen guides), so it holds them all and resets on each new search."""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.views.cases.case_labels import category_label
from desktop.models.base import ID_ROLE, OBJECT_ROLE
from sync.guides.search import GuideHit

AnyIndex = QModelIndex | QPersistentModelIndex


class GuideHitsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[GuideHit] = []

    def set_hits(self, hits: Sequence[GuideHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hits(self) -> list[GuideHit]:
        return list(self._hits)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{hit.title}\n{hit.summary}" if hit.summary else hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{hit.title}\n{category_label(hit.category)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return hit.title
        if role == OBJECT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None
