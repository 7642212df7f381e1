"""Every row a list's keyset-paged query lets through, page after page, for a printout of the whole list (the view
has loaded only the pages scrolled to)."""

from __future__ import annotations

from typing import Callable, Iterator, TypeVar

from sync.progress import Progress, check

PAGE = 500
T = TypeVar("T")


def every_row(fetch: Callable[[T | None, int], list[T]], progress: Progress) -> Iterator[T]:
    """Rows of `fetch(after, limit)` from the first page to the last; reports the count and stops on a cancel."""
    after: T | None = None
    done = 0
    while True:
        check(progress)
        page = fetch(after, PAGE)
        yield from page
        done += len(page)
        progress.report(done, 0)
        if len(page) < PAGE:
            return
        after = page[-1]
