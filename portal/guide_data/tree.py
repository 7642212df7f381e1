"""A small way to write a guide once in both languages: every text is a (bokmål, English) pair, so the two trees
cannot drift apart in shape. `to_guides` turns one source into its two `domain.wire.Guide`s."""

from __future__ import annotations

from dataclasses import dataclass, field

from domain.wire import Guide, GuideAnswer, GuideStep

Text = tuple[str, str]  # (nb, en)
LANGUAGES = ("nb", "en")

COLOUR_MFP = "A3 colour MFP"
MONO_MFP = "A4 mono MFP"
MONO_PRINTER = "A4 mono printer"
LARGE_FORMAT = "Large format printer"
MFPS = (COLOUR_MFP, MONO_MFP)
LASERS = (COLOUR_MFP, MONO_MFP, MONO_PRINTER)


@dataclass(frozen=True)
class Answer:
    label: Text
    outcome: str
    next_step: str | None = None
    category: str | None = None


@dataclass(frozen=True)
class Step:
    id: str
    text: Text
    answers: tuple[Answer, ...]


@dataclass(frozen=True)
class GuideSource:
    id: str
    category: str
    title: Text
    summary: Text
    steps: tuple[Step, ...]
    families: tuple[str, ...] = ()
    keywords: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    codes: tuple[str, ...] = field(default=())  # error codes: search words in both languages
    version: int = 1


def step(step_id: str, nb: str, en: str, *answers: Answer) -> Step:
    return Step(step_id, (nb, en), answers)


def go(nb: str, en: str, next_step: str) -> Answer:
    return Answer((nb, en), "next", next_step=next_step)


def solved(nb: str = "Ja, det hjalp", en: str = "Yes, that fixed it") -> Answer:
    return Answer((nb, en), "solved")


def open_case(category: str, nb: str = "Nei, opprett en sak", en: str = "No, open a case") -> Answer:
    return Answer((nb, en), "open_case", category=category)


def to_guides(source: GuideSource) -> list[Guide]:
    return [_in_language(source, index, language) for index, language in enumerate(LANGUAGES)]


def _in_language(source: GuideSource, index: int, language: str) -> Guide:
    steps = [GuideStep(id=s.id, text=s.text[index],
                       answers=[GuideAnswer(label=a.label[index], outcome=a.outcome, next_step=a.next_step,
                                            category=a.category) for a in s.answers])
             for s in source.steps]
    return Guide(id=source.id, language=language, title=source.title[index], summary=source.summary[index],
                 category=source.category, families=list(source.families),
                 keywords=[*source.keywords[index], *source.codes], start_step=source.steps[0].id, steps=steps,
                 version=source.version)
