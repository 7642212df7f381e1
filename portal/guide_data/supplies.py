"""Supplies: a toner the machine does not recognise, and a full waste toner container."""

from portal.guide_data.tree import COLOUR_MFP, LASERS, GuideSource, go, open_case, solved, step

TONER_NOT_RECOGNISED = GuideSource(
    id="toner-not-recognised",
    category="supplies",
    families=LASERS,
    title=("Toneren gjenkjennes ikke / «Bytt toner» etter bytte",
           "Toner not recognised / 'Replace toner' after replacing"),
    summary=("Maskinen melder fortsatt «Bytt toner» eller «Ukjent toner» etter at du har satt inn en ny.",
             "The machine still says 'Replace toner' or 'Unknown toner' after you put in a new one."),
    keywords=(("toner", "tonerkassett", "bytt toner", "ukjent toner", "toner gjenkjennes ikke", "ikke original",
               "chip"),
              ("toner", "toner cartridge", "replace toner", "unknown toner", "toner not recognised",
               "non-genuine", "chip")),
    codes=("C-2550", "SC-TONER", "10.00.33"),
    steps=(
        step("reseat",
             "Åpne frontdekselet og ta ut den nye tonerkassetten. Sjekk at all oransje emballasje og "
             "forseglingstape er fjernet. Rist kassetten forsiktig fem–seks ganger og skyv den inn igjen til den "
             "klikker. Lukk dekselet godt. Står meldingen fortsatt?",
             "Open the front cover and take the new toner cartridge out. Check that all orange packing parts and "
             "sealing tape have been removed. Shake the cartridge gently five or six times and push it back in "
             "until it clicks. Close the cover firmly. Is the message still shown?",
             solved("Nei, den er borte", "No, it has gone"),
             go("Ja", "Yes", "right-slot")),
        step("right-slot",
             "På fargemaskiner har hver farge sin plass (svart, cyan, magenta, gul), og kassettene passer bare "
             "én maskinmodell. Sammenlign varenummeret på kassetten med det som står på skjermen eller i "
             "portalen under produktets forbruksmateriell. Stemmer det?",
             "On colour machines each colour has its own slot (black, cyan, magenta, yellow), and cartridges fit "
             "only one machine model. Compare the part number on the cartridge with the one on the display or "
             "under the product's consumables in the portal. Does it match?",
             go("Ja, det er riktig kassett", "Yes, it is the right cartridge", "contacts"),
             open_case("supplies", "Nei, vi har fått feil toner – opprett en sak",
                       "No, we received the wrong toner – open a case")),
        step("contacts",
             "Se på den lille brikken (chipen) på kassetten: den skal være ren og uskadet. Tørk den forsiktig med "
             "en tørr, lofri klut. Slå så maskinen helt av på hovedbryteren, vent 30 sekunder og slå den på "
             "igjen. Gjenkjennes toneren nå?",
             "Look at the small chip on the cartridge: it must be clean and undamaged. Wipe it gently with a dry, "
             "lint-free cloth. Then switch the machine fully off at the main switch, wait 30 seconds and switch it "
             "on again. Is the toner recognised now?",
             solved(),
             open_case("supplies", "Nei, opprett en sak (kassetten kan være defekt)",
                       "No, open a case (the cartridge may be faulty)")),
    ),
)

WASTE_TONER = GuideSource(
    id="waste-toner-full",
    category="supplies",
    families=(COLOUR_MFP,),
    title=("Oppsamlingsbeholderen for toner er full", "Waste toner container full"),
    summary=("Maskinen stopper og ber deg bytte oppsamlingsbeholderen (spilltonerbeholderen).",
             "The machine stops and asks you to replace the waste toner container."),
    keywords=(("spilltoner", "oppsamlingsbeholder", "tonerbeholder full", "avfallsbeholder", "bytt beholder"),
              ("waste toner", "waste toner container", "waste toner box", "toner collection unit",
               "replace container")),
    codes=("SC-WT", "C-2560"),
    steps=(
        step("have-new",
             "Har dere en ny oppsamlingsbeholder? Den leveres i egen eske med en plastpose til den gamle.",
             "Do you have a new waste toner container? It comes in its own box with a plastic bag for the old one.",
             go("Ja", "Yes", "replace"),
             open_case("supplies", "Nei, bestill en gjennom en sak", "No, order one through a case")),
        step("replace",
             "Åpne frontdekselet. Vri eller løft låsen og trekk den fulle beholderen rett ut – hold den vannrett "
             "så det ikke søles. Sett lokket på åpningene, legg den i plastposen og send den tilbake i esken. "
             "Skyv den nye inn til den klikker, og lukk dekselet. Er meldingen borte?",
             "Open the front cover. Turn or lift the lock and pull the full container straight out – keep it "
             "level so nothing spills. Put the caps on its openings, put it in the plastic bag and send it back in "
             "the box. Push the new one in until it clicks and close the cover. Has the message gone?",
             solved(),
             go("Nei", "No", "restart")),
        step("restart",
             "Slå maskinen av på hovedbryteren, vent 30 sekunder og slå den på igjen. Meldes beholderen fortsatt "
             "full, kan sensoren være tilsmusset av toner. Rengjør ikke selv – tonerstøv skal ikke inn i "
             "maskinen. Står meldingen fortsatt?",
             "Switch the machine off at the main switch, wait 30 seconds and switch it on again. If the container "
             "is still reported full, the sensor may be covered in toner. Do not clean it yourself – toner dust "
             "must not get into the machine. Is the message still shown?",
             solved("Nei, den er borte", "No, it has gone"),
             open_case("supplies", "Ja, opprett en sak", "Yes, open a case")),
    ),
)

GUIDES = (TONER_NOT_RECOGNISED, WASTE_TONER)
