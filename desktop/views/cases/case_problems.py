"""The user's language for the problems `sync.cases.operations` reports in English (it has no Qt, so no tr()).

Each known message is matched by a pattern and rebuilt from a translatable template; an unknown one (a newer sync
layer) is shown as it came, which is still a clear English sentence."""

from __future__ import annotations

import re
from typing import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # the bare name lupdate recognises

_Rule = tuple[re.Pattern[str], Callable[[re.Match[str]], str]]


def _rules() -> list[_Rule]:
    return [(re.compile(pattern), build) for pattern, build in (
        (r"Choose whether this is a support case or an account question\.$",
         lambda m: translate("CaseProblems", "Choose whether this is about a machine or an account question.")),
        (r"Choose the product the case is about\.$",
         lambda m: translate("CaseProblems", "Choose the machine the case is about.")),
        (r"This product is not in the local data; synchronise and choose it again\.$",
         lambda m: translate("CaseProblems", "This machine is not in the local data; synchronise and choose it again.")),
        (r"An account question is not about a product; leave the product out\.$",
         lambda m: translate("CaseProblems", "An account question is not about a machine; leave the machine out.")),
        (r"Choose a category\.$", lambda m: translate("CaseProblems", "Choose a category.")),
        (r"Write a short subject\.$", lambda m: translate("CaseProblems", "Write a short subject.")),
        (r"The subject can be at most (\d+) characters\.$",
         lambda m: translate("CaseProblems", "The subject can be at most {count} characters.").format(count=m[1])),
        (r"Describe the problem or question\.$", lambda m: translate("CaseProblems", "Describe the problem or question.")),
        (r"The description can be at most (\d+) characters\.$",
         lambda m: translate("CaseProblems", "The description can be at most {count} characters.").format(count=m[1])),
        (r"The contact name can be at most (\d+) characters\.$",
         lambda m: translate("CaseProblems", "The contact name can be at most {count} characters.").format(count=m[1])),
        (r"The e-mail address can be at most (\d+) characters\.$",
         lambda m: translate("CaseProblems", "The e-mail address can be at most {count} characters.").format(count=m[1])),
        (r"This is not an e-mail address \(name@example\.no\)\.$",
         lambda m: translate("CaseProblems", "This is not an e-mail address (name@example.no).")),
        (r"Write a reply\.$", lambda m: translate("CaseProblems", "Write your reply before sending it.")),
        (r"A reply can be at most (\d+) characters\.$",
         lambda m: translate("CaseProblems", "A reply can be at most {count} characters.").format(count=m[1])),
        (r"A file without an extension cannot be attached\. Allowed: (.*)\.$",
         lambda m: translate("CaseProblems", "A file without an extension cannot be attached. Allowed: {allowed}.")
         .format(allowed=m[1])),
        (r"Files of type '(.*)' cannot be attached\. Allowed: (.*)\.$",
         lambda m: translate("CaseProblems", "Files of type '{type}' cannot be attached. Allowed: {allowed}.")
         .format(type=m[1], allowed=m[2])),
        (r"(.*) is not a file that can be read\.$",
         lambda m: translate("CaseProblems", "{name} is not a file that can be read.").format(name=m[1])),
        (r"(.*) does not exist\.$", lambda m: translate("CaseProblems", "{name} does not exist.").format(name=m[1])),
        (r"The file is larger than (\d+) MB\.$",
         lambda m: translate("CaseProblems", "The file is larger than {size} MB.").format(size=m[1])),
        (r"(.*) cannot be read: (.*)\.$",
         lambda m: translate("CaseProblems", "{name} cannot be read: {reason}.").format(name=m[1], reason=m[2])),
        (r"The file is empty\.$", lambda m: translate("CaseProblems", "The file is empty.")),
        (r"The file is not a real \.(\w+) file\.$",
         lambda m: translate("CaseProblems", "The file is not a real .{type} file.").format(type=m[1])),
        (r"A text file cannot contain binary data\.$",
         lambda m: translate("CaseProblems", "A text file cannot contain binary data.")),
    )]


def translate_problem(message: str) -> str:
    for pattern, build in _rules():
        match = pattern.match(message)
        if match:
            return build(match)
    return message
