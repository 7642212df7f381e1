"""The guided self-help content, written once per guide in bokmål and English (see `tree`)."""

from portal.guide_data import machine, paper_jams, print_quality, sending, supplies
from portal.guide_data.tree import GuideSource

SOURCES: tuple[GuideSource, ...] = (*paper_jams.GUIDES, *print_quality.GUIDES, *supplies.GUIDES, *sending.GUIDES,
                                    *machine.GUIDES)
