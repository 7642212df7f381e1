"""What the portal writes for a relocation or removal, in bokmål and in English (`users.language`): the subject of a
request that came without one, and the service desk's word when it is done (the demo agent's)."""

from __future__ import annotations

SUBJECTS = {
    "nb": {"relocation": "Flytting av {model} ({serial})", "removal": "Henting av {model} ({serial})"},
    "en": {"relocation": "Relocation of {model} ({serial})", "removal": "Removal of {model} ({serial})"},
}
DONE = {
    "nb": {"relocation": "Hei!\n\nMaskinen er flyttet, og adressen og plasseringen er oppdatert hos oss. "
                         "Si fra i denne saken om noe ikke virker som det skal.\n\nHilsen kundeservice",
           "removal": "Hei!\n\nMaskinen er hentet og tatt ut av avtalen. Historikken og rapportene beholdes.\n\n"
                      "Hilsen kundeservice"},
    "en": {"relocation": "Hello!\n\nThe machine has been moved, and its address and location are updated on our "
                         "side. Tell us in this case if anything does not work as it should.\n\nKind regards, "
                         "customer service",
           "removal": "Hello!\n\nThe machine has been picked up and taken out of the contract. Its history and "
                      "reports are kept.\n\nKind regards, customer service"},
}


def subject(language: str, kind: str, model: str, serial: str) -> str:
    return SUBJECTS.get(language, SUBJECTS["nb"])[kind].format(model=model, serial=serial)


def done_message(language: str, kind: str) -> str:
    return DONE.get(language, DONE["nb"])[kind]
