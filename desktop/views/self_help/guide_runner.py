"""Steps through one self-help guide: the step's text, its answers as buttons, Back, the path taken so far, and a way
out ("This did not help") at every step.

Guide text is the portal's data: shown as plain text only. The runner decides nothing about cases itself; it emits
`case_requested` with what a new case needs (category and the steps already tried) and the page or dialog that
holds it opens the case.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.views.widgets.labels import bold, muted, plain_label
from sync.guides.search import GuideAnswerRecord, GuideRecord, GuideStepRecord

translate = QCoreApplication.translate  # the bare name lupdate recognises


@dataclass(frozen=True)
class CaseRequest:
    """What a guide hands to a new case: which guide, the category to file under and the steps already tried."""
    guide_id: str
    guide_title: str
    category: str
    steps_tried: tuple[str, ...]


class GuideRunner(QWidget):
    case_requested = Signal(object)  # CaseRequest
    solved = Signal(str)             # guide id
    step_changed = Signal(str)       # step id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.guide: GuideRecord | None = None
        self.path: list[tuple[GuideStepRecord, GuideAnswerRecord]] = []
        self.step: GuideStepRecord | None = None
        self.answer_buttons: list[QPushButton] = []
        self._build()
        self.set_guide(None)

    def _build(self) -> None:
        self.title_label = bold(plain_label(), 1.15)
        self.summary_label = muted(plain_label())
        self.path_label = muted(plain_label())
        self.path_label.setAccessibleName(self.tr("Steps so far"))
        self.step_label = plain_label()
        self.step_label.setAccessibleName(self.tr("Current step"))
        font = self.step_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.step_label.setFont(font)
        self.answers_box = QVBoxLayout()
        self.done_label = plain_label()
        self.back_button = QPushButton(self.tr("&Back"))
        self.restart_button = QPushButton(self.tr("Start &again"))
        self.not_helped_button = QPushButton(self.tr("This did &not help"))
        self.not_helped_button.setToolTip(self.tr("Open a case with the steps you have already tried"))
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.restart_button)
        nav.addStretch(1)
        nav.addWidget(self.not_helped_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(line)
        layout.addWidget(self.path_label)
        layout.addSpacing(6)
        layout.addWidget(self.step_label)
        layout.addLayout(self.answers_box)
        layout.addWidget(self.done_label)
        layout.addStretch(1)
        layout.addLayout(nav)
        self.back_button.clicked.connect(self.back)
        self.restart_button.clicked.connect(self.restart)
        self.not_helped_button.clicked.connect(self.request_case)

    # --- driving -----------------------------------------------------------------------------------------------

    def set_guide(self, guide: GuideRecord | None) -> None:
        self.guide = guide
        self.path = []
        self.title_label.setText(guide.title if guide else "")
        self.summary_label.setText(guide.summary if guide else "")
        self._go(guide.step(guide.start_step) if guide else None)

    def restart(self) -> None:
        self.set_guide(self.guide)

    def choose(self, answer_index: int) -> None:
        """Give the answer at `answer_index` to the current step (what a click on its button does)."""
        if self.step is None or not 0 <= answer_index < len(self.step.answers):
            return
        answer = self.step.answers[answer_index]
        self.path.append((self.step, answer))
        if answer.outcome == "next" and self.guide is not None and self.guide.step(answer.next_step or ""):
            self._go(self.guide.step(answer.next_step or ""))
        elif answer.outcome == "solved":
            self._finish(solved=True)
        else:  # open_case, or a "next" to a step the guide does not have: the guide cannot go on
            self._finish(solved=False)
            self.request_case(category=answer.category)

    def back(self) -> None:
        if not self.path:
            return
        step, _answer = self.path.pop()
        self._go(step)

    def request_case(self, category: str | None = None) -> None:
        if self.guide is None:
            return
        self.case_requested.emit(CaseRequest(
            guide_id=self.guide.id, guide_title=self.guide.title,
            category=category or self.guide.category, steps_tried=tuple(self.steps_tried())))

    def steps_tried(self) -> list[str]:
        """The path as lines for a case description: "step text → answer"."""
        return [f"{step.text} → {answer.label}" for step, answer in self.path]

    # --- showing -----------------------------------------------------------------------------------------------

    def _go(self, step: GuideStepRecord | None) -> None:
        self.step = step
        self.done_label.clear()
        self.done_label.hide()
        self.step_label.setText(step.text if step else "")
        self.step_label.setVisible(step is not None)
        self._set_answers(step.answers if step else ())
        self._show_path()
        self.back_button.setEnabled(bool(self.path))
        self.restart_button.setVisible(False)
        self.not_helped_button.setVisible(self.guide is not None)
        self.title_label.setVisible(self.guide is not None)
        if step is not None:
            self.step_changed.emit(step.id)

    def _finish(self, *, solved: bool) -> None:
        self.step = None
        self._set_answers(())
        self.step_label.hide()
        self._show_path()
        self.back_button.setEnabled(bool(self.path))
        self.restart_button.setVisible(True)
        if solved:
            self.done_label.setText(self.tr("Great — glad that solved it! No case is needed."))
            self.not_helped_button.setVisible(False)
            self.solved.emit(self.guide.id if self.guide else "")
        else:
            self.done_label.setText(self.tr("This needs the service desk. A new case is filled in with the steps "
                                            "you tried."))
        self.done_label.show()

    def _set_answers(self, answers) -> None:
        for button in self.answer_buttons:
            self.answers_box.removeWidget(button)
            button.hide()
            button.setParent(None)
            button.deleteLater()
        self.answer_buttons = []
        for index, answer in enumerate(answers):
            button = QPushButton(answer.label.replace("&", "&&"))  # never rich text; "&" is not a shortcut
            button.setStyleSheet("text-align: left; padding: 6px 10px;")
            button.clicked.connect(lambda _checked=False, i=index: self.choose(i))
            self.answers_box.addWidget(button)
            self.answer_buttons.append(button)

    def _show_path(self) -> None:
        if not self.path:
            self.path_label.hide()
            return
        lines = [self.tr("Steps so far:")] + [f"{n}. {line}" for n, line in enumerate(self.steps_tried(), 1)]
        self.path_label.setText("\n".join(lines))
        self.path_label.show()


def steps_description(steps: tuple[str, ...] | list[str]) -> str:
    """The start of a case description made from a guide's path."""
    if not steps:
        return ""
    return translate("GuideRunner", "Steps already tried:") + "\n" + "\n".join(f"- {step}" for step in steps)
