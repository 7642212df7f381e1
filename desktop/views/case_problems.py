"""The user's language for the problems `sync.case_operations` reports in English (it has no Qt, so no tr()).

Each known message is matched by a pattern and rebuilt from a translatable template; an unknown one (a newer sync
layer) is shown as it came, which is still a clear English sentence."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the bare name lupdate recognises

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rules() -> list[_Rule]:
    t = translate
    return [(re.compile(pattern), build) for pattern, build in (
        (r"Choose whether this is a support case or an account question\.$",
         lambda m: t("CaseProblems", "Choose whether this is about a machine or an account question.")),
        (r"Choose the product the case is about\.$",
         lambda m: t("CaseProblems", "Choose the machine the case is about.")),
        (r"This product is not in the local data; synchronise and choose it again\.$",
         lambda m: t("CaseProblems", "This machine is not in the local data; synchronise and choose it again.")),
        (r"An account question is not about a product; leave the product out\.$",
         lambda m: t("CaseProblems", "An account question is not about a machine; leave the machine out.")),
        (r"Choose a category\.$", lambda m: t("CaseProblems", "Choose a category.")),
        (r"Write a short subject\.$", lambda m: t("CaseProblems", "Write a short subject.")),
        (r"The subject can be at most (\d+) characters\.$",
         lambda m: t("CaseProblems", "The subject can be at most {count} characters.").format(count=m[1])),
        (r"Describe the problem or question\.$", lambda m: t("CaseProblems", "Describe the problem or question.")),
        (r"The description can be at most (\d+) characters\.$",
         lambda m: t("CaseProblems", "The description can be at most {count} characters.").format(count=m[1])),
        (r"The contact name can be at most (\d+) characters\.$",
         lambda m: t("CaseProblems", "The contact name can be at most {count} characters.").format(count=m[1])),
        (r"The e-mail address can be at most (\d+) characters\.$",
         lambda m: t("CaseProblems", "The e-mail address can be at most {count} characters.").format(count=m[1])),
        (r"This is not an e-mail address \(name@example\.no\)\.$",
         lambda m: t("CaseProblems", "This is not an e-mail address (name@example.no).")),
        (r"Write a reply\.$", lambda m: t("CaseProblems", "Write your reply before sending it.")),
        (r"A reply can be at most (\d+) characters\.$",
         lambda m: t("CaseProblems", "A reply can be at most {count} characters.").format(count=m[1])),
        (r"A file without an extension cannot be attached\. Allowed: (.*)\.$",
         lambda m: t("CaseProblems", "A file without an extension cannot be attached. Allowed: {allowed}.")
         .format(allowed=m[1])),
        (r"Files of type '(.*)' cannot be attached\. Allowed: (.*)\.$",
         lambda m: t("CaseProblems", "Files of type '{type}' cannot be attached. Allowed: {allowed}.")
         .format(type=m[1], allowed=m[2])),
        (r"(.*) is not a file that can be read\.$",
         lambda m: t("CaseProblems", "{name} is not a file that can be read.").format(name=m[1])),
        (r"(.*) does not exist\.$", lambda m: t("CaseProblems", "{name} does not exist.").format(name=m[1])),
        (r"The file is larger than (\d+) MB\.$",
         lambda m: t("CaseProblems", "The file is larger than {size} MB.").format(size=m[1])),
        (r"(.*) cannot be read: (.*)\.$",
         lambda m: t("CaseProblems", "{name} cannot be read: {reason}.").format(name=m[1], reason=m[2])),
        (r"The file is empty\.$", lambda m: t("CaseProblems", "The file is empty.")),
        (r"The file is not a real \.(\w+) file\.$",
         lambda m: t("CaseProblems", "The file is not a real .{type} file.").format(type=m[1])),
        (r"A text file cannot contain binary data\.$",
         lambda m: t("CaseProblems", "A text file cannot contain binary data.")),
    )]


def translate_problem(message: str) -> str:
    for pattern, build in _rules():
        match = pattern.match(message)
        if match:
            return build(match)
    return message
