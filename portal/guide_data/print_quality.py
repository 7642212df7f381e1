"""Print quality: streaks and lines, faded or light print, wrinkled and curled paper."""

from portal.guide_data.tree import LASERS, GuideSource, go, open_case, solved, step

STREAKS = GuideSource(
    id="streaks-on-prints",
    category="print_quality",
    families=LASERS,
    title=("Striper eller streker på utskriftene", "Streaks or lines on prints"),
    summary=("Svarte, hvite eller fargede striper langs arket på kopier eller utskrifter.",
             "Black, white or coloured lines along the page on copies or prints."),
    keywords=(("striper", "streker", "linjer", "utskriftskvalitet", "skitne kopier", "glassplate", "trommel"),
              ("streaks", "lines", "stripes", "print quality", "dirty copies", "scanner glass", "drum")),
    steps=(
        step("copy-or-print",
             "Når kommer stripene: bare på kopier (og skanninger), eller også når du skriver ut fra PC-en?",
             "When do the lines appear: only on copies (and scans), or also when you print from the PC?",
             go("Bare på kopier og skanninger", "Only on copies and scans", "clean-glass"),
             go("Også på utskrifter fra PC-en", "Also on prints from the PC", "direction")),
        step("clean-glass",
             "Striper bare på kopier kommer nesten alltid fra skannerglasset. Løft dokumentmateren og tørk den "
             "smale glasstripen til venstre (der originalene passerer) og glassplaten med en lofri klut fuktet "
             "med vann eller glassrens. Se etter korrekturlakk, lim eller støv. Er stripene borte?",
             "Lines only on copies almost always come from the scanner glass. Lift the document feeder and wipe "
             "the narrow glass strip on the left (where the originals pass) and the platen glass with a lint-free "
             "cloth dampened with water or glass cleaner. Look for correction fluid, glue or dust. Have the lines "
             "gone?",
             solved(),
             open_case("print_quality", "Nei, opprett en sak", "No, open a case")),
        step("direction",
             "Skriv ut en side med mye farge eller grått (f.eks. en testside fra menyen «Rapporter»). Går stripen "
             "i papirets kjøreretning (fra topp til bunn), eller på tvers?",
             "Print a page with plenty of colour or grey (e.g. a test page from the 'Reports' menu). Does the line "
             "run in the direction the paper travels (top to bottom), or across the page?",
             go("Fra topp til bunn", "Top to bottom", "cleaning"),
             go("På tvers, gjerne med jevne mellomrom", "Across, often at regular intervals", "repeating")),
        step("cleaning",
             "Kjør maskinens egen rengjøring: Meny → Justering/vedlikehold → Rengjøring av laserenhet (eller "
             "«Rengjør koronatråd»). Det tar et par minutter. Hvis stripen har én farge, rist den tonerkassetten "
             "forsiktig og sett den inn igjen. Er stripene borte?",
             "Run the machine's own cleaning: Menu → Adjustment/Maintenance → Clean laser unit (or 'Clean corona "
             "wire'). It takes a couple of minutes. If the line is in one colour, gently shake that toner "
             "cartridge and put it back. Have the lines gone?",
             solved(),
             open_case("print_quality", "Nei, opprett en sak (legg ved et bilde av utskriften)",
                       "No, open a case (attach a photo of the print)")),
        step("repeating",
             "Merker som gjentar seg med fast avstand kommer fra en valse eller trommel. Mål avstanden mellom "
             "merkene – teknikeren kan finne delen ut fra den (f.eks. ca. 94 mm er ofte trommelen). Har en "
             "tonerkassett eller trommel nylig blitt byttet?",
             "Marks repeating at a fixed distance come from a roller or drum. Measure the distance between the "
             "marks – the technician can tell the part from it (e.g. about 94 mm is often the drum). Was a toner "
             "cartridge or drum replaced recently?",
             go("Ja", "Yes", "reseat"),
             open_case("print_quality", "Nei, opprett en sak og oppgi avstanden",
                       "No, open a case and give the distance")),
        step("reseat",
             "Ta ut den nye kassetten eller trommelen og sett den inn igjen til den klikker. Sjekk at all "
             "emballasje og forseglingstape er fjernet. Er merkene borte?",
             "Take the new cartridge or drum out and put it back until it clicks. Check that all packing material "
             "and sealing tape has been removed. Have the marks gone?",
             solved(),
             open_case("print_quality", "Nei, opprett en sak og oppgi avstanden",
                       "No, open a case and give the distance")),
    ),
)

FADED = GuideSource(
    id="faded-print",
    category="print_quality",
    families=LASERS,
    title=("Blek eller lys utskrift", "Faded or light print"),
    summary=("Utskriftene er for lyse, ujevne eller mangler en farge.",
             "Prints are too light, uneven or missing a colour."),
    keywords=(("blek", "lys utskrift", "svak utskrift", "utydelig", "tonersparing", "mangler farge", "fuktig papir"),
              ("faded", "light print", "pale", "washed out", "toner save", "missing colour", "damp paper")),
    steps=(
        step("toner-level",
             "Sjekk tonernivået på skjermen (Status eller Forbruksmateriell). Er en toner nesten tom?",
             "Check the toner level on the display (Status or Consumables). Is any toner nearly empty?",
             go("Ja", "Yes", "shake-toner"),
             go("Nei, nivåene ser fine ut", "No, the levels look fine", "toner-save")),
        step("shake-toner",
             "Ta ut tonerkassetten, rist den forsiktig fra side til side fem–seks ganger og sett den inn igjen. "
             "Det gir ofte noen hundre sider til. Bestill ny toner i portalen under Forbruksmateriell. Ble "
             "utskriften bedre?",
             "Take the toner cartridge out, shake it gently from side to side five or six times and put it back. "
             "That often gives a few hundred more pages. Order new toner under Consumables in the portal. Did the "
             "print get better?",
             solved(),
             open_case("supplies", "Nei, fortsatt blekt – opprett en sak om toner",
                       "No, still faded – open a case about toner")),
        step("toner-save",
             "Er det bare utskrifter fra PC-en som er lyse? Åpne Utskriftsinnstillinger i skriverdriveren og slå "
             "av «Tonersparing»/«Økonomimodus», og sjekk at tettheten ikke er satt lavt. Ble det bedre?",
             "Is it only prints from the PC that are light? Open Printing Preferences in the printer driver, turn "
             "off 'Toner save'/'Economy mode', and check that the density is not set low. Did it get better?",
             solved(),
             go("Nei, også kopier er lyse", "No, copies are light too", "paper")),
        step("paper",
             "Fuktig papir gir blek og flekkete utskrift. Bytt til papir fra en uåpnet pakke, og oppbevar papiret "
             "i pakken, flatt og tørt. Kjør også kalibrering: Meny → Justering/vedlikehold → Automatisk "
             "gradering. Ble det bedre?",
             "Damp paper gives faded, blotchy prints. Change to paper from an unopened ream, and keep paper in its "
             "wrapping, flat and dry. Also run calibration: Menu → Adjustment/Maintenance → Auto gradation. Did it "
             "get better?",
             solved(),
             open_case("print_quality", "Nei, opprett en sak", "No, open a case")),
    ),
)

WRINKLED = GuideSource(
    id="wrinkled-curled-paper",
    category="print_quality",
    families=LASERS,
    title=("Krøllete, bølgete eller bøyde ark", "Wrinkled, wavy or curled paper"),
    summary=("Arkene kommer ut med bretter, bølger eller sterk krumming.",
             "Sheets come out creased, wavy or strongly curled."),
    keywords=(("krøllete", "bølgete", "bøyd papir", "krummer", "bretter", "fikseringsenhet", "fuktighet"),
              ("wrinkled", "creased", "curled", "wavy", "curl", "fuser", "humidity")),
    steps=(
        step("kind",
             "Hva ser du mest av?",
             "What do you see most of?",
             go("Arkene bøyer seg (krummer) etter utskrift", "The sheets curl after printing", "curl"),
             go("Arkene får bretter eller skrukker", "The sheets get creases or wrinkles", "creases")),
        step("curl",
             "Krumming kommer av fuktighet og varme. Snu papirbunken i skuffen (den andre siden opp), og bruk "
             "papir fra en nyåpnet pakke. La ikke papir ligge åpent i skuffen over lang tid i et fuktig rom. Er "
             "det bedre?",
             "Curl comes from moisture and heat. Turn the paper stack over in the tray (other side up), and use "
             "paper from a freshly opened ream. Do not leave paper open in the tray for long in a damp room. Is it "
             "better?",
             solved(),
             go("Nei", "No", "paper-type")),
        step("creases",
             "Skrukker kommer ofte av at papiret ligger skjevt. Ta ut bunken, luft den, og skyv sideførerne "
             "inntil uten å presse. Skriver du på konvolutter, bruk manuell mater med papirtype «Konvolutt». Er "
             "det bedre?",
             "Creases often come from paper sitting askew. Take the stack out, fan it, and slide the side guides "
             "against it without pressing. If you print envelopes, use the bypass tray with paper type "
             "'Envelope'. Is it better?",
             solved(),
             go("Nei", "No", "paper-type")),
        step("paper-type",
             "Sjekk at papirtypen for skuffen stemmer med papiret (Meny → Papirinnstillinger): tynt papir som er "
             "satt til «Tykt» får for mye varme og krummer. Velg «Vanlig» for 70–90 g/m². Er det bedre nå?",
             "Check that the tray's paper type matches the paper (Menu → Paper settings): thin paper set to "
             "'Heavy' gets too much heat and curls. Choose 'Plain' for 70–90 g/m². Is it better now?",
             solved(),
             open_case("print_quality", "Nei, opprett en sak (fikseringsenheten kan være slitt)",
                       "No, open a case (the fuser may be worn)")),
    ),
)

GUIDES = (STREAKS, FADED, WRINKLED)
