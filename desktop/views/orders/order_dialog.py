"""Order supplies: choose a machine, type quantities of the articles that fit it (checked as you type against the
contract's limit, with a warning, never a block, for an article ordered for that machine in the last 30 days), put
them in the cart, go on with another machine, and queue the cart: one order per machine, in one go, at once (sent
when online, "not sent yet" until then)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.context import AppContext
from desktop.formatting import format_date
from desktop.i18n import current_language
from desktop.models.orders import CartLine, CartModel
from desktop.views.cases.case_problems import code_text
from desktop.views.orders.supply_labels import facts
from desktop.views.widgets.labels import plain_label
from desktop.views.widgets.messages import color_message
from domain import consumables, problems
from sync.orders import queries
from sync.orders.operations import OrderInputError, queue_cart
from sync.orders.records import ArticleRecord, OrderTarget

translate = QCoreApplication.translate


class ArticleRow:
    """One fitting article with its quantity field and what the field says as you type."""

    def __init__(self, article: ArticleRecord, target: OrderTarget, today) -> None:
        self.article, self.target, self.today = article, target, today
        self.name = plain_label(article.name(current_language()))
        self.facts = plain_label(facts(article))
        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText("0")
        self.quantity.setMaximumWidth(70)
        self.quantity.setAccessibleName(translate("OrderDialog", "Quantity of {article}").format(
            article=article.name(current_language())))
        self.message = plain_label("")
        self.message.setWordWrap(True)
        self.message.hide()
        self.quantity.textChanged.connect(self.check)

    def value(self) -> int | None:
        """The typed quantity when it may go; None when empty or wrong."""
        text = self.quantity.text().strip()
        value = consumables.parse_quantity(text) if text else None
        return value if value is not None and value <= self.target.line_limit else None

    def is_wrong(self) -> bool:
        return bool(self.quantity.text().strip()) and self.value() is None

    def check(self) -> None:
        text = self.quantity.text().strip()
        value = consumables.parse_quantity(text) if text else None
        if text and value is None:
            self._say(code_text(problems.ORDER_QUANTITY_INVALID), error=True)
        elif value is not None and value > self.target.line_limit:
            self._say(code_text(problems.ORDER_QUANTITY_OVER_LIMIT, {"limit": self.target.line_limit}), error=True)
        elif value is not None and consumables.ordered_recently(self.article.last_ordered, self.today):
            self._say(translate("OrderDialog", "Already ordered for this machine on {date}. Order again only if "
                                               "it is really needed.").format(
                date=format_date(self.article.last_ordered)), error=False)
        else:
            self.message.hide()

    def _say(self, text: str, *, error: bool) -> None:
        self.message.setText(text)
        color_message(self.message, "error" if error else "warning")
        self.message.show()


class OrderDialog(QDialog):
    orders_queued = Signal(list)  # the new orders' ids

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, product_id: str | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Order supplies"))
        self.rows: list[ArticleRow] = []
        self.cart = CartModel(self)
        self._targets = queries.order_targets(ctx.engine)
        self._build()
        if product_id is not None:
            index = next((i for i, t in enumerate(self._targets) if t.product_id == product_id), -1)
            self.machine.setCurrentIndex(index)
        self._machine_chosen()

    def _build(self) -> None:
        self.machine = QComboBox()
        self.machine.setAccessibleName(self.tr("Machine"))
        for target in self._targets:
            self.machine.addItem(f"{target.serial} – {target.model} ({target.site_name})", target.product_id)
        self.machine.currentIndexChanged.connect(self._machine_chosen)
        self.limit_note = plain_label("")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.add_button = QPushButton(self.tr("&Add to cart"))
        self.add_button.clicked.connect(self.add_to_cart)
        self.cart_view = QTableView()
        self.cart_view.setModel(self.cart)
        self.cart_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.cart_view.horizontalHeader().setStretchLastSection(True)
        self.remove_button = QPushButton(self.tr("&Remove line"))
        self.remove_button.clicked.connect(self._remove_line)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("A note for the supplies desk (optional)"))
        self.note.setMaxLength(consumables.text_limits.MAX_ORDER_NOTE)
        self.problem = plain_label("")
        self.problem.setWordWrap(True)
        color_message(self.problem, "error")
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = self.buttons.addButton(self.tr("Queue order"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Machine:")))
        layout.addWidget(self.machine)
        layout.addWidget(self.limit_note)
        layout.addWidget(scroll, 2)
        layout.addWidget(self.add_button)
        layout.addWidget(QLabel(self.tr("Cart (one order per machine):")))
        layout.addWidget(self.cart_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.cart.modelReset.connect(self._update_buttons)
        self.resize(720, 640)

    def target(self) -> OrderTarget | None:
        index = self.machine.currentIndex()
        return self._targets[index] if 0 <= index < len(self._targets) else None

    def _machine_chosen(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget()
            if widget is not None:  # off the screen at once: deleteLater alone leaves it painted until then
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.rows = []
        target = self.target()
        if target is None:
            self.limit_note.setText(self.tr("Choose a machine."))
            self._update_buttons()
            return
        if not target.active:
            self.limit_note.setText(code_text(problems.ORDER_PRODUCT_INACTIVE))
        else:
            self.limit_note.setText(self.tr("At most {limit} of one article per order.").format(
                limit=target.line_limit))
        articles = queries.fitting_articles(self.ctx.engine, target.product_id) if target.active else []
        for position, article in enumerate(articles):
            row = ArticleRow(article, target, self.ctx.today())
            row.quantity.textChanged.connect(self._update_buttons)
            self.rows.append(row)
            self.grid.addWidget(row.name, position * 2, 0)
            self.grid.addWidget(row.facts, position * 2, 1)
            self.grid.addWidget(row.quantity, position * 2, 2)
            self.grid.addWidget(row.message, position * 2 + 1, 0, 1, 3)
        if target.active and not articles:
            self.grid.addWidget(plain_label(self.tr("No supplies for this machine are in the catalogue yet; "
                                                    "synchronise and try again.")), 0, 0)
        self._update_buttons()

    def add_to_cart(self) -> None:
        target = self.target()
        if target is None:
            return
        for row in self.rows:
            value = row.value()
            if value is not None:
                self.cart.put(CartLine(id=f"{target.product_id}/{row.article.id}", product_id=target.product_id,
                                       serial=target.serial, article_id=row.article.id,
                                       article_name=row.article.name(current_language()), quantity=value))
                row.quantity.clear()

    def send(self) -> None:
        if self.cart.rowCount() == 0:
            self.add_to_cart()
        cart = self.cart.by_machine()
        if not cart:
            return
        self.send_button.setEnabled(False)
        (self.ctx.write(queue_cart, cart, note=self.note.text(), initiator=self)
         .success(self._queued).failure(self._refused).run_on(self.ctx.db_pool))

    def _queued(self, written) -> None:
        self.orders_queued.emit(list(written.value))
        self.cart.set_rows([])
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._update_buttons()
        if not isinstance(error, OrderInputError):
            raise error
        texts = [code_text(p.code, p.params) for found in error.problems.values() for p in found]
        self.problem.setText("\n".join(dict.fromkeys(texts)))
        self.problem.show()

    def _remove_line(self) -> None:
        index = self.cart_view.currentIndex()
        line = self.cart.row_at(index.row()) if index.isValid() else None
        if line is not None:
            self.cart.remove(line.id)

    def _typed(self) -> bool:
        return any(row.quantity.text().strip() for row in self.rows)

    def _update_buttons(self) -> None:
        wrong = any(row.is_wrong() for row in self.rows)
        typed = any(row.value() is not None for row in self.rows)
        self.add_button.setEnabled(typed and not wrong)
        self.send_button.setEnabled(not wrong and (self.cart.rowCount() > 0 or typed))
        target = self.target()
        extra = 1 if typed and target is not None and target.product_id not in self.cart.by_machine() else 0
        self.send_button.setText(self.queue_label(max(self.cart.machines() + extra, 1)))

    def queue_label(self, count: int) -> str:
        return self.tr("Queue %n order(s)", "", count)

    def reject(self) -> None:
        if (self.cart.rowCount() or self._typed()) and QMessageBox.question(
                self, self.tr("Discard the order?"), self.tr("The cart and the quantities you typed are thrown "
                                                             "away.")) != QMessageBox.StandardButton.Yes:
            return
        super().reject()
