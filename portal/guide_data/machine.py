"""The machine itself: offline on the network, an error code on the display, a print queue stuck on the PC, and the
large format printer's roll paper."""

from portal.guide_data.tree import LARGE_FORMAT, GuideSource, go, open_case, solved, step

OFFLINE = GuideSource(
    id="machine-offline",
    category="network",
    title=("Maskinen er frakoblet nettverket", "Machine offline on the network"),
    summary=("PC-ene kan ikke skrive ut til maskinen, eller den står som «Frakoblet».",
             "PCs cannot print to the machine, or it shows as 'Offline'."),
    keywords=(("frakoblet", "offline", "nettverk", "IP-adresse", "nettverkskabel", "ping", "dvale", "hvilemodus"),
              ("offline", "network", "IP address", "network cable", "ping", "sleep mode", "cannot print")),
    steps=(
        step("awake",
             "Er maskinen på, og viser skjermen noe? Trykk på skjermen eller strømknappen for å vekke den fra "
             "hvilemodus. Skriv ut på nytt: virker det nå?",
             "Is the machine on, and does the display show anything? Touch the display or the power key to wake "
             "it from sleep mode. Print again: does it work now?",
             go("Ja, den var i dvale", "Yes, it was asleep", "sleep"),
             go("Nei", "No", "cable")),
        step("sleep",
             "Noen nettverk mister maskinen i dyp hvilemodus. Sett hvilemodus til «Lett hvile» eller lengre tid "
             "før dvale (Innstillinger → Timer/Energi). Holder det?",
             "Some networks lose the machine in deep sleep. Set sleep mode to 'Light sleep' or a longer time "
             "before sleep (Settings → Timer/Energy). Does that hold?",
             solved(),
             open_case("network", "Nei, den faller ut igjen – opprett en sak",
                       "No, it drops off again – open a case")),
        step("cable",
             "Se bak på maskinen: sitter nettverkskabelen godt i både maskinen og veggen, og lyser eller blinker "
             "lampen ved kontakten? Prøv gjerne en annen kabel eller veggkontakt.",
             "Look at the back of the machine: is the network cable firmly in both the machine and the wall, and "
             "is the light by the socket lit or blinking? Try another cable or wall socket if you can.",
             go("Lampen lyser", "The light is on", "ip"),
             open_case("network", "Ingen lys, heller ikke med ny kabel – opprett en sak",
                       "No light, not even with another cable – open a case")),
        step("ip",
             "Skriv ut en nettverksrapport eller se under Innstillinger → Nettverk → TCP/IP. Noter IP-adressen og "
             "skriv den i nettleseren på PC-en (eller skriv «ping» og adressen i ledeteksten). Svarer maskinen?",
             "Print a network report or look under Settings → Network → TCP/IP. Note the IP address and type it "
             "into the browser on the PC (or type 'ping' and the address in a command prompt). Does the machine "
             "answer?",
             go("Ja, den svarer", "Yes, it answers", "port"),
             open_case("network", "Nei, eller adressen er 0.0.0.0/169.254.x.x – opprett en sak",
                       "No, or the address is 0.0.0.0/169.254.x.x – open a case")),
        step("port",
             "Maskinen er på nettet, men PC-en leter på feil adresse. Har maskinen fått ny IP-adresse (DHCP)? "
             "Rett adressen i skriverporten (Skrivere og skannere → Skriveregenskaper → Porter), eller be IT "
             "reservere adressen. Virker utskrift nå?",
             "The machine is on the network, but the PC is looking at the wrong address. Has the machine got a "
             "new IP address (DHCP)? Correct the address in the printer port (Printers & scanners → Printer "
             "properties → Ports), or ask IT to reserve the address. Does printing work now?",
             solved(),
             open_case("network", "Nei, opprett en sak", "No, open a case")),
    ),
)

ERROR_CODE = GuideSource(
    id="error-code-on-display",
    category="error_code",
    title=("Feilkode på skjermen", "Error code on the display"),
    summary=("Maskinen viser en feilkode (f.eks. C-2801, SC542, E202 eller J-0011) og stopper.",
             "The machine shows an error code (e.g. C-2801, SC542, E202 or J-0011) and stops."),
    keywords=(("feilkode", "servicekode", "tilkall service", "feilmelding", "maskinen stopper", "starter ikke"),
              ("error code", "service call", "call for service", "error message", "machine stopped",
               "will not start")),
    codes=("C-2801", "C-6000", "SC542", "SC899", "E202", "E000007", "49.XX.YY", "J-0011"),
    steps=(
        step("kind",
             "Skriv ned koden nøyaktig slik den står (bokstaver og tall). Hva slags kode er det?",
             "Write down the code exactly as shown (letters and numbers). What kind of code is it?",
             go("Den begynner med J (papirstopp)", "It starts with J (paper jam)", "jam-code"),
             go("Den begynner med C, SC eller E (servicekode)", "It starts with C, SC or E (service call)",
                "power-cycle"),
             go("Det er en melding med ord", "It is a message in words", "message")),
        step("jam-code",
             "En J-kode betyr at papir sitter fast. Følg animasjonen på skjermen: åpne dekselet den viser, og "
             "fjern alt papir, også små biter. Lukk alle deksler. Er koden borte?",
             "A J code means paper is stuck. Follow the animation on the display: open the cover it shows and "
             "remove all paper, including small scraps. Close all covers. Has the code gone?",
             solved(),
             open_case("paper_jam", "Nei, opprett en sak om papirstopp", "No, open a paper jam case")),
        step("power-cycle",
             "Slå maskinen av på hovedbryteren (ikke bare strømknappen på panelet), vent 30 sekunder og slå den "
             "på igjen. Vent til den er ferdig med oppvarmingen (2–3 minutter). Står koden fortsatt?",
             "Switch the machine off at the main power switch (not only the power key on the panel), wait 30 "
             "seconds and switch it on again. Wait until it has finished warming up (2–3 minutes). Is the code "
             "still shown?",
             go("Nei, den er borte", "No, it has gone", "watch"),
             go("Ja", "Yes", "note-code")),
        step("watch",
             "Fint. Noen koder kommer tilbake. Kommer den samme koden igjen de neste dagene, opprett en sak og "
             "oppgi koden, så kan teknikeren ta med riktig del. Er alt i orden nå?",
             "Good. Some codes come back. If the same code returns in the next few days, open a case and give the "
             "code, so the technician can bring the right part. Is everything fine now?",
             solved("Ja, maskinen virker", "Yes, the machine works"),
             open_case("error_code", "Koden kom tilbake – opprett en sak", "The code came back – open a case")),
        step("note-code",
             "Ikke slå av og på gang på gang, og ikke åpne deksler merket med advarsel. Noter koden, maskinens "
             "serienummer (etiketten bak, eller Telleverk/Enhetsinformasjon) og hva maskinen holdt på med. "
             "Opprett en sak med koden, så bestiller vi en tekniker.",
             "Do not switch it off and on again and again, and do not open covers marked with a warning. Note the "
             "code, the machine's serial number (the label at the back, or Counter/Device information) and what "
             "the machine was doing. Open a case with the code and we will book a technician.",
             open_case("error_code", "Opprett en sak med feilkoden", "Open a case with the error code")),
        step("message",
             "Ber skjermen deg gjøre noe, f.eks. «Fyll på papir», «Bytt toner» eller «Lukk frontdekselet»? Gjør "
             "det den sier, og sjekk at alle deksler og skuffer er helt lukket. Forsvant meldingen?",
             "Does the display ask you to do something, e.g. 'Load paper', 'Replace toner' or 'Close the front "
             "cover'? Do what it says, and check that every cover and tray is fully closed. Did the message go "
             "away?",
             solved(),
             open_case("error_code", "Nei, opprett en sak og skriv av meldingen",
                       "No, open a case and copy the message")),
    ),
)

PRINT_QUEUE = GuideSource(
    id="print-queue-stuck",
    category="network",
    title=("Utskriftskøen på PC-en står fast", "Print queue stuck on the PC"),
    summary=("Jobber blir liggende i køen på PC-en og kommer aldri ut, eller skriverdriveren feiler.",
             "Jobs stay in the queue on the PC and never come out, or the printer driver fails."),
    keywords=(("utskriftskø", "skriverkø", "skriverdriver", "utskrift henger", "sletter ikke", "Windows",
               "utskriftskøtjeneste"),
              ("print queue", "printer queue", "printer driver", "print job stuck", "will not delete", "Windows",
               "print spooler")),
    steps=(
        step("others",
             "Kan kollegaer skrive ut til samme maskin, og kan du kopiere på den?",
             "Can colleagues print to the same machine, and can you make copies on it?",
             go("Ja, det er bare min PC", "Yes, it is only my PC", "clear-queue"),
             go("Nei, ingen får skrevet ut", "No, nobody can print", "offline")),
        step("offline",
             "Når ingen får skrevet ut, er det maskinen eller nettverket. Følg veiledningen «Maskinen er "
             "frakoblet nettverket», eller opprett en sak.",
             "When nobody can print, it is the machine or the network. Follow the guide 'Machine offline on the "
             "network', or open a case.",
             solved("Jeg følger den veiledningen", "I will follow that guide"),
             open_case("network", "Opprett en sak", "Open a case")),
        step("clear-queue",
             "Åpne Innstillinger → Skrivere og skannere → skriveren → Åpne utskriftskø. Velg Skriver → Avbryt alle "
             "dokumenter. Start PC-en på nytt hvis noe blir stående som «Sletter». Skriv ut en testside: virker "
             "det?",
             "Open Settings → Printers & scanners → the printer → Open print queue. Choose Printer → Cancel all "
             "documents. Restart the PC if something stays as 'Deleting'. Print a test page: does it work?",
             solved(),
             go("Nei", "No", "reinstall")),
        step("reinstall",
             "Fjern skriveren fra PC-en og legg den til på nytt med siste driver fra produsentens nettside (velg "
             "PCL6- eller den universelle driveren for modellen). På en jobb-PC må IT ofte gjøre dette. Virker "
             "det nå?",
             "Remove the printer from the PC and add it again with the latest driver from the manufacturer's "
             "website (choose the PCL6 or universal driver for the model). On a work PC, IT often has to do "
             "this. Does it work now?",
             solved(),
             open_case("network", "Nei, opprett en sak", "No, open a case")),
    ),
)

ROLL_PAPER = GuideSource(
    id="large-format-roll-jam",
    category="paper_jam",
    families=(LARGE_FORMAT,),
    title=("Papirstopp eller skjev rull på storformatskriveren", "Roll paper jam or skewed roll on the large format "
           "printer"),
    summary=("Rullpapiret setter seg fast, kuttes skjevt eller meldes «Papiret er skjevt».",
             "The roll paper jams, is cut askew or the printer reports 'Paper skewed'."),
    keywords=(("rull", "rullpapir", "storformat", "plotter", "papiret er skjevt", "kutter", "tegninger"),
              ("roll", "roll paper", "large format", "plotter", "paper skewed", "cutter", "drawings")),
    codes=("21:13", "41:10"),
    steps=(
        step("unload",
             "Velg Papir → Løs ut rull på skjermen. Går ikke det, åpne vinduet, klipp av papiret foran "
             "innmatingen med saks og trekk ut resten forsiktig. Fikk du ut alt papir?",
             "Choose Paper → Unload roll on the display. If that does not work, open the window, cut the paper "
             "in front of the feed with scissors and pull out the rest gently. Did you get all the paper out?",
             go("Ja", "Yes", "trim"),
             open_case("paper_jam", "Nei, noe sitter fast inne i skriveren – opprett en sak",
                       "No, something is stuck inside the printer – open a case")),
        step("trim",
             "Klipp av den ytterste, skadde delen av rullen så kanten er rett, og pass på at rullen sitter tett "
             "mot spindelens stopper på begge sider. Mat inn på nytt til skriveren tar papiret selv. Går det "
             "rett nå?",
             "Cut off the outermost, damaged part of the roll so the edge is straight, and make sure the roll sits "
             "tight against the spindle stops on both sides. Feed it again until the printer takes the paper by "
             "itself. Does it feed straight now?",
             solved(),
             go("Nei, den melder fortsatt skjevt papir", "No, it still reports skewed paper", "paper-type")),
        step("paper-type",
             "Sjekk at papirtypen på skjermen stemmer med rullen (f.eks. «Bond og bestrøket papir»), og at "
             "rullen ikke er fuktig. Skriv ut en liten test. Går det nå?",
             "Check that the paper type on the display matches the roll (e.g. 'Bond and coated paper'), and "
             "that the roll is not damp. Print a small test. Does it work now?",
             solved(),
             open_case("paper_jam", "Nei, opprett en sak", "No, open a case")),
    ),
)

GUIDES = (OFFLINE, ERROR_CODE, PRINT_QUEUE, ROLL_PAPER)
