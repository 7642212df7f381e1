"""What the demo agent writes, in bokmål and in English: one phrasebook per language the portal knows a user by
(`users.language`), each with a topic, a question and an outcome per case category."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Phrases:
    desk: str            # the name the agent's messages and steps are signed with
    hello: str           # "{name}" is the author's first name
    hello_nameless: str
    first: str           # {hello} {topic} {question} {agent}
    thanks: str
    thanks_nameless: str
    final: str           # {thanks} {outcome} {agent}
    topic: dict[str, str]
    question: dict[str, str]
    outcome: dict[str, str]

    def first_answer(self, name: str, category: str, agent: str) -> str:
        hello = self.hello.format(name=name) if name else self.hello_nameless
        return self.first.format(hello=hello, topic=self.topic.get(category, self.topic["other"]),
                                 question=self.question.get(category, self.question["other"]), agent=agent)

    def final_answer(self, name: str, category: str, agent: str) -> str:
        thanks = self.thanks.format(name=name) if name else self.thanks_nameless
        return self.final.format(thanks=thanks, outcome=self.outcome.get(category, self.outcome["other"]),
                                 agent=agent)


BOKMAL = Phrases(
    desk="Kundeservice", hello="Hei {name}!", hello_nameless="Hei!",
    first="{hello}\n\nTakk for saken om {topic}. Jeg har tatt den, og vil gjerne hjelpe deg videre.\n\n"
          "{question}\n\nHilsen {agent}, kundeservice",
    thanks="Takk for svaret, {name}.", thanks_nameless="Takk for svaret.",
    final="{thanks}\n\nUt fra det du beskriver har vi nå {outcome}. Jeg markerer saken som løst. Kommer problemet "
          "tilbake, kan du gjenåpne saken innen 14 dager.\n\nHilsen {agent}, kundeservice",
    topic={
        "error_code": "feilkoden på skjermen", "print_quality": "utskriftskvaliteten", "paper_jam": "papirstoppen",
        "scan_send": "skanning og sending", "network": "nettverkstilkoblingen", "supplies": "forbruksmateriellet",
        "invoice": "fakturaen", "contract": "avtalen", "address": "adressen", "other": "henvendelsen",
    },
    question={
        "error_code": "Kan du skrive nøyaktig hvilken kode som står på skjermen, og om den kommer tilbake etter at "
                      "maskinen har vært slått helt av på hovedbryteren i 30 sekunder?",
        "print_quality": "Kan du legge ved et bilde av en utskrift der feilen synes, og si om den også kommer på "
                         "kopier?",
        "paper_jam": "Hvilken skuff eller hvilket deksel viser skjermen når det stopper, og hvilket papir bruker dere "
                     "(vekt i g/m²)?",
        "scan_send": "Hvilken feilkode står i jobbloggen for sendingen, og er passordet til e-postkontoen eller "
                     "mappen endret nylig?",
        "network": "Hvilken IP-adresse står på nettverksrapporten, og svarer maskinen når du skriver adressen i "
                   "nettleseren?",
        "supplies": "Hvilken farge gjelder det, og hva viser skjermen om tonernivået?",
        "invoice": "Hvilket fakturanummer gjelder det, og hvilken linje på fakturaen lurer du på?",
        "contract": "Hvilken maskin (serienummer) eller hvilket avtalenummer gjelder det?",
        "address": "Hvilken adresse skal vi bruke fra nå av, og fra hvilken dato gjelder den?",
        "other": "Kan du fortelle litt mer om hva som skjer, og når det begynte?",
    },
    outcome={
        "error_code": "bestilt en tekniker som tar med riktig del. Du får en SMS med tidspunktet før besøket",
        "print_quality": "bestilt en tekniker som rengjør og justerer maskinen. Du får beskjed om tidspunktet",
        "paper_jam": "lagt inn et servicebesøk der teknikeren bytter innmatingsvalsene i skuffen",
        "scan_send": "sendt en veiledning for SMTP-innstillingene til IT-kontakten deres, og testet sending fra oss",
        "network": "sjekket oppsettet sammen med IT-avdelingen deres, og maskinen svarer nå på nettverket",
        "supplies": "sendt ny toner. Den er normalt hos dere innen to virkedager",
        "invoice": "sjekket fakturaen: tillegget gjelder fargekopier over avtalt volum, og en spesifikasjon er sendt "
                   "på e-post",
        "contract": "oppdatert avtalen, og en bekreftelse er sendt på e-post",
        "address": "oppdatert adressen, og en bekreftelse er sendt på e-post",
        "other": "fulgt opp henvendelsen din",
    },
)

ENGLISH = Phrases(
    desk="Customer service", hello="Hello {name},", hello_nameless="Hello,",
    first="{hello}\n\nThank you for your case about {topic}. I have taken it and would like to help you further.\n\n"
          "{question}\n\nBest regards, {agent}, customer service",
    thanks="Thank you for your answer, {name}.", thanks_nameless="Thank you for your answer.",
    final="{thanks}\n\nFrom what you describe, we have now {outcome}. I am marking the case as resolved. If the "
          "problem comes back, you can reopen the case within 14 days.\n\nBest regards, {agent}, customer service",
    topic={
        "error_code": "the error code on the display", "print_quality": "the print quality",
        "paper_jam": "the paper jam", "scan_send": "scanning and sending", "network": "the network connection",
        "supplies": "supplies", "invoice": "the invoice", "contract": "the contract", "address": "the address",
        "other": "your request",
    },
    question={
        "error_code": "Could you write exactly which code the display shows, and whether it comes back after the "
                      "machine has been switched fully off at the main switch for 30 seconds?",
        "print_quality": "Could you attach a photo of a print that shows the fault, and say whether copies show it "
                         "too?",
        "paper_jam": "Which tray or cover does the display show when it jams, and which paper do you use (weight in "
                     "g/m²)?",
        "scan_send": "Which error code does the job log show for the sending, and has the password of the e-mail "
                     "account or the folder changed lately?",
        "network": "Which IP address does the network report show, and does the machine answer when you type that "
                   "address in a browser?",
        "supplies": "Which colour is it, and what does the display say about the toner level?",
        "invoice": "Which invoice number is it, and which line of the invoice do you wonder about?",
        "contract": "Which machine (serial number) or which contract number is it about?",
        "address": "Which address should we use from now on, and from which date?",
        "other": "Could you tell a little more about what happens, and when it started?",
    },
    outcome={
        "error_code": "booked a technician who brings the right part. You will get a text message with the time "
                      "before the visit",
        "print_quality": "booked a technician who cleans and adjusts the machine. You will hear about the time",
        "paper_jam": "booked a service visit where the technician replaces the feed rollers of the tray",
        "scan_send": "sent a guide to the SMTP settings to your IT contact, and tested sending from our side",
        "network": "checked the set-up together with your IT department, and the machine now answers on the network",
        "supplies": "sent new toner. It normally reaches you within two working days",
        "invoice": "checked the invoice: the extra charge is for colour copies above the agreed volume, and a "
                   "specification has been sent by e-mail",
        "contract": "updated the contract, and a confirmation has been sent by e-mail",
        "address": "updated the address, and a confirmation has been sent by e-mail",
        "other": "followed up your request",
    },
)

_BY_LANGUAGE = {"nb": BOKMAL, "en": ENGLISH}


def phrases(language: str) -> Phrases:
    """Bokmål for "nb"; English for any other language (the portal knows no third one yet)."""
    return _BY_LANGUAGE.get(language, ENGLISH)
