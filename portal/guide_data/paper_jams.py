"""Paper jams: tray 1, the paper cassettes (tray 2/3), the bypass tray and the document feeder."""

from portal.guide_data.tree import LASERS, MFPS, GuideSource, go, open_case, solved, step

TRAY_1 = GuideSource(
    id="paper-jam-tray-1",
    category="paper_jam",
    families=LASERS,
    title=("Papirstopp i skuff 1", "Paper jam in tray 1"),
    summary=("Fjern papir som sitter fast ved skuff 1, og finn ut hvorfor det skjer igjen.",
             "Remove paper stuck at tray 1 and find out why it keeps happening."),
    keywords=(("papirstopp", "skuff 1", "papirskuff", "fastkjørt papir", "arkmater"),
              ("paper jam", "tray 1", "paper drawer", "misfeed", "stuck paper")),
    codes=("J-0011", "J0011", "13.A2", "SC-J1"),
    steps=(
        step("open-tray",
             "Se på skjermen: den viser hvor papiret sitter. Trekk ut skuff 1 helt til den stopper, løft den litt "
             "og ta den ut. Ligger det et krøllet eller halvt innmatet ark i skuffen eller inne i åpningen?",
             "Look at the display: it shows where the paper is stuck. Pull tray 1 out until it stops, lift it "
             "slightly and take it out. Is there a crumpled or half-fed sheet in the tray or inside the opening?",
             go("Ja, jeg ser arket", "Yes, I can see the sheet", "pull-sheet"),
             go("Nei, jeg ser ikke noe papir", "No, I cannot see any paper", "right-cover")),
        step("pull-sheet",
             "Trekk arket rett ut med begge hender, sakte og i papirets kjøreretning, så det ikke rives. Sjekk at "
             "ingen papirbiter ble igjen. Sett skuffen tilbake til den klikker på plass. Forsvant meldingen om "
             "papirstopp?",
             "Pull the sheet straight out with both hands, slowly and in the direction the paper travels, so it "
             "does not tear. Check that no scraps are left behind. Push the tray back in until it clicks. Did the "
             "paper jam message go away?",
             go("Ja, men det skjer ofte", "Yes, but it happens often", "check-paper"),
             solved("Ja, maskinen skriver igjen", "Yes, the machine prints again"),
             go("Nei, meldingen står fortsatt", "No, the message is still shown", "right-cover")),
        step("right-cover",
             "Åpne høyre sidedeksel (hendelen på høyre side av maskinen). Obs: fikseringsenheten innenfor kan være "
             "svært varm – ta bare i de grønne håndtakene. Fjern papir du ser, og lukk dekselet godt. Forsvant "
             "meldingen?",
             "Open the right-hand side cover (the lever on the right side of the machine). Careful: the fuser "
             "inside can be very hot – only touch the green handles. Remove any paper you see and close the cover "
             "firmly. Did the message go away?",
             go("Ja, men det skjer ofte", "Yes, but it happens often", "check-paper"),
             solved("Ja, maskinen skriver igjen", "Yes, the machine prints again"),
             open_case("paper_jam", "Nei, meldingen står fortsatt", "No, the message is still shown")),
        step("check-paper",
             "Gjentatte papirstopp skyldes oftest papiret. Ta ut bunken, luft arkene og legg dem i igjen med "
             "utskriftssiden opp. Papiret skal ligge under maksmerket, og sideførerne skal ligge inntil bunken "
             "uten å bøye den. Bruk 70–90 g/m² kopipapir som ikke er fuktig eller krøllet. Sjekk også at "
             "papirformatet under skuffinnstillinger stemmer med papiret (f.eks. A4). Skriv ut noen sider: går "
             "det nå?",
             "Repeated jams are most often caused by the paper. Take the stack out, fan the sheets and load them "
             "again with the print side up. The paper must stay below the maximum mark, and the side guides must "
             "touch the stack without bending it. Use 70–90 g/m² copy paper that is not damp or curled. Also check "
             "that the paper size in the tray settings matches the paper (e.g. A4). Print a few pages: does it "
             "work now?",
             solved(),
             go("Nei, det stopper fortsatt", "No, it still jams", "rollers")),
        step("rollers",
             "Se inn i åpningen der skuffen sitter: innmatingsvalsene (gummihjulene) kan være slitte eller "
             "blanke. Tørk dem med en lofri klut fuktet med litt vann, og la dem tørke. Bruk ikke sprit eller "
             "rensemidler. Stopper det fortsatt etter dette?",
             "Look into the opening where the tray sits: the feed rollers (rubber wheels) may be worn or glazed. "
             "Wipe them with a lint-free cloth dampened with a little water and let them dry. Do not use alcohol or "
             "cleaning agents. Does it still jam after this?",
             solved("Nei, nå går det fint", "No, it works fine now"),
             open_case("paper_jam", "Ja, opprett en sak (valsene må trolig byttes)",
                       "Yes, open a case (the rollers probably need replacing)")),
    ),
)

CASSETTES = GuideSource(
    id="paper-jam-tray-2-3",
    category="paper_jam",
    families=MFPS,
    title=("Papirstopp i skuff 2 eller 3 (papirkassetter)", "Paper jam in tray 2 or 3 (paper cassettes)"),
    summary=("Papirstopp i de nederste papirkassettene eller i sokkelen maskinen står på.",
             "Paper jams in the lower paper cassettes or in the cabinet the machine stands on."),
    keywords=(("papirstopp", "skuff 2", "skuff 3", "kassett", "papirkassett", "sokkel", "nedre skuff"),
              ("paper jam", "tray 2", "tray 3", "cassette", "paper cassette", "cabinet", "lower tray")),
    codes=("J-0012", "J-0013", "J0012", "J0013"),
    steps=(
        step("lower-cover",
             "Åpne først det nedre høyre dekselet (ved skuff 2 og 3) – det er der arket som oftest sitter når "
             "det kommer fra en nedre kassett. Ser du et ark?",
             "First open the lower right-hand cover (next to trays 2 and 3) – that is where the sheet is most "
             "often stuck when it comes from a lower cassette. Can you see a sheet?",
             go("Ja", "Yes", "remove-sheet"),
             go("Nei", "No", "pull-cassettes")),
        step("remove-sheet",
             "Trekk arket sakte ut i kjøreretningen. Rives det, må alle biter fram – en liten bit er nok til at "
             "det stopper igjen. Lukk dekselet. Er meldingen borte?",
             "Pull the sheet out slowly in the direction the paper travels. If it tears, every piece must come "
             "out – a small scrap is enough to cause the next jam. Close the cover. Has the message gone?",
             go("Ja", "Yes", "load-correctly"),
             go("Nei", "No", "pull-cassettes")),
        step("pull-cassettes",
             "Trekk ut skuff 2 og deretter skuff 3 helt. Se etter ark som har bøyd seg opp bak i skuffen eller "
             "falt ned bak den. Ta dem ut og skyv skuffene inn igjen. Er meldingen borte?",
             "Pull tray 2 and then tray 3 all the way out. Look for sheets that have folded up at the back of the "
             "tray or fallen down behind it. Take them out and push the trays back in. Has the message gone?",
             go("Ja", "Yes", "load-correctly"),
             open_case("paper_jam", "Nei, meldingen står fortsatt", "No, the message is still shown")),
        step("load-correctly",
             "For å unngå nye stopp: Legg i en hel, luftet bunke i stedet for å fylle på oppå en rest. Skyv bakre "
             "og sideførerne inntil papiret, så de klikker på riktig format (A4 eller A3). Ikke fyll over "
             "maksmerket. Hvis kassetten har en hjulbryter for format, må den stå på samme format. Har du gjort "
             "dette?",
             "To prevent new jams: load a whole, fanned stack rather than topping up a remainder. Slide the rear "
             "and side guides against the paper so they click at the right size (A4 or A3). Do not fill above the "
             "maximum mark. If the cassette has a size dial, it must show the same size. Have you done this?",
             go("Ja, men det stopper fortsatt fra samme skuff", "Yes, but it still jams from the same tray",
                "swap-test"),
             solved("Ja, nå går det fint", "Yes, it works fine now")),
        step("swap-test",
             "Skriv ut fra en annen skuff (velg skuffen i utskriftsdialogen eller i kopimenyen). Går det fint fra "
             "den andre skuffen, men ikke fra denne, er det trolig innmatingsvalsene i denne kassetten som er "
             "slitt. Hva ser du?",
             "Print from another tray (choose the tray in the print dialog or in the copy menu). If the other tray "
             "works but this one does not, the feed rollers of this cassette are probably worn. What do you see?",
             open_case("paper_jam", "Bare denne skuffen stopper – opprett en sak",
                       "Only this tray jams – open a case"),
             open_case("paper_jam", "Alle skuffene stopper – opprett en sak", "Every tray jams – open a case")),
    ),
)

BYPASS = GuideSource(
    id="paper-jam-bypass",
    category="paper_jam",
    families=LASERS,
    title=("Papirstopp i manuell mater (bypass)", "Paper jam in the bypass (manual feed) tray"),
    summary=("Konvolutter, etiketter og tykt papir i den manuelle materen på siden av maskinen.",
             "Envelopes, labels and heavy paper in the manual feed tray on the side of the machine."),
    keywords=(("papirstopp", "manuell mater", "bypass", "universalskuff", "konvolutt", "etiketter", "tykt papir"),
              ("paper jam", "bypass tray", "manual feed", "multipurpose tray", "envelope", "labels", "heavy paper")),
    codes=("J-0010", "J0010", "13.A1"),
    steps=(
        step("remove",
             "Ta ut alt papir som ligger i den manuelle materen. Sitter et ark fast i innmatingen, trekk det "
             "forsiktig ut mot deg. Åpne og lukk høyre deksel for å nullstille meldingen. Er den borte?",
             "Take all paper out of the bypass tray. If a sheet is caught in the feed, pull it gently out towards "
             "you. Open and close the right-hand cover to clear the message. Has it gone?",
             go("Ja", "Yes", "media"),
             open_case("paper_jam", "Nei, meldingen står fortsatt", "No, the message is still shown")),
        step("media",
             "Hva skrev du ut på da det stoppet?",
             "What were you printing on when it jammed?",
             go("Vanlig kopipapir", "Plain copy paper", "load-bypass"),
             go("Konvolutter, etiketter, tykt papir eller transparenter",
                "Envelopes, labels, heavy paper or transparencies", "media-type")),
        step("media-type",
             "Spesialpapir må stilles inn: når du legger papiret i, velg papirtype (f.eks. «Tykt 2», «Etiketter» "
             "eller «Konvolutt») og format på skjermen, og velg det samme i skriverdriveren. Legg konvolutter med "
             "klaffen åpen og mot venstre, maks 10 om gangen. Etiketter: bare hele ark, aldri ark der etiketter "
             "er tatt av. Går det nå?",
             "Special media must be set: when you load it, choose the paper type (e.g. 'Heavy 2', 'Labels' or "
             "'Envelope') and the size on the display, and choose the same in the printer driver. Load envelopes "
             "with the flap open and to the left, at most 10 at a time. Labels: only full sheets, never sheets "
             "with labels peeled off. Does it work now?",
             solved(),
             open_case("paper_jam", "Nei, opprett en sak", "No, open a case")),
        step("load-bypass",
             "Legg i høyst 50 ark, under merket, og skyv førerne inntil bunken. Ikke legg i mer papir mens "
             "maskinen mater fra skuffen – vent til den er tom. Går det nå?",
             "Load at most 50 sheets, below the mark, and slide the guides against the stack. Do not add paper "
             "while the machine is feeding from the tray – wait until it is empty. Does it work now?",
             solved(),
             open_case("paper_jam", "Nei, opprett en sak", "No, open a case")),
    ),
)

DOCUMENT_FEEDER = GuideSource(
    id="paper-jam-document-feeder",
    category="paper_jam",
    families=MFPS,
    title=("Papirstopp i dokumentmateren", "Paper jam in the document feeder"),
    summary=("Originaler som setter seg fast i dokumentmateren (ADF) oppå maskinen ved kopiering og skanning.",
             "Originals stuck in the document feeder (ADF) on top of the machine when copying or scanning."),
    keywords=(("dokumentmater", "originalmater", "ADF", "DADF", "original sitter fast", "skanning", "kopiering"),
              ("document feeder", "ADF", "DADF", "original stuck", "scanning", "copying", "feeder jam")),
    codes=("J-0100", "J0100", "J-0101"),
    steps=(
        step("open-feeder-cover",
             "Løft hendelen og åpne det øvre dekselet på dokumentmateren. Trekk originalen forsiktig ut – riv "
             "den ikke. Løft også hele materen og se på glassplaten under. Fikk du ut originalen?",
             "Lift the lever and open the top cover of the document feeder. Pull the original out gently – do not "
             "tear it. Also lift the whole feeder and look at the glass underneath. Did you get the original out?",
             go("Ja", "Yes", "originals"),
             open_case("paper_jam", "Nei, den sitter fast eller er revet i stykker",
                       "No, it is stuck or torn to pieces")),
        step("originals",
             "Se på originalene: fjern stifter og binders, glatt ut bretter og hundeører, og del opp bunker med "
             "ulike formater. Svært tynt papir, kvitteringer og fotografier skal på glassplaten, ikke i materen. "
             "Legg dem med tekstsiden opp og sideførerne inntil. Går det nå?",
             "Look at the originals: remove staples and paper clips, smooth out folds and dog-ears, and split "
             "stacks of mixed sizes. Very thin paper, receipts and photos belong on the glass, not in the feeder. "
             "Load them face up with the side guides against them. Does it work now?",
             solved(),
             go("Nei, den trekker inn flere ark eller stopper fortsatt", "No, it pulls in several sheets or still "
                "jams", "clean-rollers")),
        step("clean-rollers",
             "Gummivalsene under det øvre dekselet samler papirstøv og glatter seg. Tørk dem med en lofri klut "
             "fuktet med vann mens du dreier dem rundt, og la dem tørke et minutt. Tørk også den smale "
             "glasstripen til venstre for glassplaten. Går det nå?",
             "The rubber rollers under the top cover collect paper dust and become smooth. Wipe them with a "
             "lint-free cloth dampened with water while turning them, and let them dry for a minute. Also wipe the "
             "narrow glass strip to the left of the platen glass. Does it work now?",
             solved(),
             open_case("paper_jam", "Nei, opprett en sak", "No, open a case")),
    ),
)

GUIDES = (TRAY_1, CASSETTES, BYPASS, DOCUMENT_FEEDER)
