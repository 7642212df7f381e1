"""The vendor's supplies catalogue for the demo's models: what a customer may order themselves (toner or ink per
colour, drums, waste toner boxes, staples, and the fuser, transfer and maintenance kits the maker lets a customer
change). Parts only a technician fits are not in it. Page yields are the makers' figures at 5 % cover."""

from __future__ import annotations

from dataclasses import dataclass

CANON = "Canon imageRUNNER ADVANCE DX C5840i"
RICOH = "Ricoh IM C3000"
KYOCERA = "Kyocera ECOSYS M3655idn"
HP_LASER = "HP LaserJet Enterprise M611dn"
HP_DESIGNJET = "HP DesignJet T1700"


@dataclass(frozen=True)
class CatalogueArticle:
    number: str
    name_nb: str
    name_en: str
    kind: str
    colour: str | None
    page_yield: int | None
    models: tuple[str, ...]


def _toner(number: str, colour: str, nb: str, en: str, series: str, pages: int, model: str) -> CatalogueArticle:
    return CatalogueArticle(number, f"Toner {nb} ({series})", f"Toner {en} ({series})", "toner", colour, pages,
                            (model,))


def _ink(number: str, colour: str, nb: str, en: str) -> CatalogueArticle:
    return CatalogueArticle(number, f"Blekkpatron HP 730 {nb}, 300 ml", f"HP 730 ink cartridge {en}, 300 ml", "ink",
                            colour, None, (HP_DESIGNJET,))


ARTICLES: tuple[CatalogueArticle, ...] = (
    _toner("3763C002", "black", "svart", "black", "C-EXV 58", 60_000, CANON),
    _toner("3764C002", "cyan", "cyan", "cyan", "C-EXV 58", 60_000, CANON),
    _toner("3765C002", "magenta", "magenta", "magenta", "C-EXV 58", 60_000, CANON),
    _toner("3766C002", "yellow", "gul", "yellow", "C-EXV 58", 60_000, CANON),
    CatalogueArticle("3767C002", "Trommelenhet C-EXV 58", "Drum unit C-EXV 58", "drum", None, 323_000, (CANON,)),
    CatalogueArticle("FM1-A606-000", "Beholder for brukt toner WT-A3", "Waste toner container WT-A3", "waste_toner",
                     None, 100_000, (CANON,)),
    _toner("842311", "black", "svart", "black", "IM C3000", 33_000, RICOH),
    _toner("842314", "cyan", "cyan", "cyan", "IM C3000", 18_000, RICOH),
    _toner("842313", "magenta", "magenta", "magenta", "IM C3000", 18_000, RICOH),
    _toner("842312", "yellow", "gul", "yellow", "IM C3000", 18_000, RICOH),
    CatalogueArticle("D2426400", "Beholder for brukt toner IM C3000", "Waste toner bottle IM C3000", "waste_toner",
                     None, 100_000, (RICOH,)),
    CatalogueArticle("D2426010", "Overføringsenhet IM C3000", "Transfer unit IM C3000", "transfer_kit", None,
                     200_000, (RICOH,)),
    CatalogueArticle("0148B001", "Stiftkassett J1 (3 × 5 000 stifter)", "Staple cartridge J1 (3 × 5,000 staples)",
                     "staples", None, None, (CANON, RICOH)),
    _toner("1T02V60NL0", "black", "svart", "black", "TK-3190", 25_000, KYOCERA),
    CatalogueArticle("1702T68NL0", "Vedlikeholdssett MK-3170", "Maintenance kit MK-3170", "fuser_kit", None,
                     300_000, (KYOCERA,)),
    _toner("W1470A", "black", "svart", "black", "HP 147A", 10_500, HP_LASER),
    _toner("W1470X", "black", "svart, høy kapasitet", "black, high yield", "HP 147X", 25_200, HP_LASER),
    CatalogueArticle("4YL17A", "Fikseringssett 220 V", "Fuser kit 220 V", "fuser_kit", None, 225_000, (HP_LASER,)),
    _ink("P2V71A", "matte_black", "matt svart", "matte black"),
    _ink("P2V73A", "photo_black", "fotosvart", "photo black"),
    _ink("P2V68A", "cyan", "cyan", "cyan"),
    _ink("P2V69A", "magenta", "magenta", "magenta"),
    _ink("P2V70A", "yellow", "gul", "yellow"),
    _ink("P2V72A", "grey", "grå", "grey"),
    CatalogueArticle("P2V27A", "Skrivehode HP 730", "HP 730 printhead", "printhead", None, None, (HP_DESIGNJET,)),
)
