"""Sending: scan to e-mail, scan to a shared folder (SMB) and fax."""

from portal.guide_data.tree import MFPS, GuideSource, go, open_case, solved, step

SCAN_TO_EMAIL = GuideSource(
    id="scan-to-email-fails",
    category="scan_send",
    families=MFPS,
    title=("Skann til e-post virker ikke", "Scan to e-mail fails"),
    summary=("Skanningen sendes ikke, eller maskinen melder «Sendefeil» når du skanner til e-post.",
             "The scan is not sent, or the machine reports 'Send error' when you scan to e-mail."),
    keywords=(("skann til e-post", "e-post", "sendefeil", "SMTP", "adressebok", "Microsoft 365", "passord"),
              ("scan to email", "e-mail", "send error", "SMTP", "address book", "Microsoft 365", "password")),
    codes=("#818", "#819", "#820", "#821", "#822", "#837", "#843", "SMTP 535"),
    steps=(
        step("job-log",
             "Åpne Jobbstatus/Logg på skjermen og se på den siste sendejobben. Står det en feilkode (f.eks. #818, "
             "#820 eller «SMTP 535»)? Sjekk også at adressen er skrevet riktig.",
             "Open Job Status/Log on the display and look at the last send job. Is there an error code (e.g. "
             "#818, #820 or 'SMTP 535')? Also check that the address is spelt correctly.",
             go("Feil adresse – jeg har rettet den", "Wrong address – I have corrected it", "retry"),
             go("Det står en feilkode", "There is an error code", "auth"),
             go("Ingen feil, men e-posten kommer ikke fram", "No error, but the e-mail does not arrive", "size")),
        step("retry",
             "Send på nytt. Lagre adressen i adresseboken (Adressebok → Registrer ny) så den ikke må skrives "
             "igjen. Kom e-posten fram?",
             "Send it again. Save the address in the address book (Address Book → Register new) so it does not "
             "have to be typed again. Did the e-mail arrive?",
             solved(),
             go("Nei", "No", "auth")),
        step("auth",
             "De fleste sendefeil skyldes e-postserveren: et passord som er endret, eller Microsoft 365/Google "
             "som har slått av enkel pålogging (SMTP AUTH). Det må endres i maskinens nettside (Remote UI/Web "
             "Image Monitor) av den som administrerer IT hos dere: SMTP-server, port 587 med STARTTLS, "
             "brukernavn og passord. Har IT-ansvarlig sjekket dette?",
             "Most send errors come from the mail server: a password that was changed, or Microsoft 365/Google "
             "having turned off basic sign-in (SMTP AUTH). It has to be changed in the machine's web page (Remote "
             "UI/Web Image Monitor) by whoever manages IT for you: SMTP server, port 587 with STARTTLS, user name "
             "and password. Has your IT contact checked this?",
             solved("Ja, og nå virker det", "Yes, and now it works"),
             open_case("scan_send", "Ja, men det virker fortsatt ikke – opprett en sak",
                       "Yes, but it still fails – open a case"),
             open_case("scan_send", "Vi har ingen IT-ansvarlig – opprett en sak",
                       "We have no IT contact – open a case")),
        step("size",
             "Store skanninger stoppes ofte av e-postserveren. Skann med lavere oppløsning (200 dpi), i svart-hvitt "
             "eller som komprimert PDF, og sjekk søppelpost-mappen hos mottakeren. Kom den fram nå?",
             "Large scans are often stopped by the mail server. Scan at a lower resolution (200 dpi), in black "
             "and white or as compact PDF, and check the recipient's junk mail folder. Did it arrive now?",
             solved(),
             open_case("scan_send", "Nei, opprett en sak", "No, open a case")),
    ),
)

SCAN_TO_FOLDER = GuideSource(
    id="scan-to-folder-fails",
    category="scan_send",
    families=MFPS,
    title=("Skann til mappe (SMB) virker ikke", "Scan to folder (SMB) fails"),
    summary=("Skanning til en delt mappe på PC-en eller serveren feiler.",
             "Scanning to a shared folder on a PC or server fails."),
    keywords=(("skann til mappe", "delt mappe", "SMB", "nettverksmappe", "passord", "Windows-oppdatering"),
              ("scan to folder", "shared folder", "SMB", "network folder", "password", "Windows update")),
    codes=("#751", "#752", "#753", "#766", "#801", "#806"),
    steps=(
        step("worked-before",
             "Har skann til mappe virket før fra denne maskinen?",
             "Has scan to folder worked before from this machine?",
             go("Ja, det sluttet å virke nylig", "Yes, it stopped working recently", "password"),
             open_case("scan_send", "Nei, det er ikke satt opp – opprett en sak",
                       "No, it has never been set up – open a case")),
        step("password",
             "Er passordet til brukeren som skanneren logger på med, endret nylig (f.eks. ved utløp)? Da må det "
             "endres i mappeoppføringen i adresseboken på maskinen. Er det gjort nå?",
             "Has the password of the user the scanner signs in with been changed recently (e.g. when it "
             "expired)? Then it must be changed in the folder entry in the machine's address book. Has that been "
             "done now?",
             solved("Ja, og nå virker det", "Yes, and now it works"),
             go("Passordet er ikke endret", "The password has not changed", "pc")),
        step("pc",
             "Sjekk PC-en eller serveren med mappen: er den slått på og ikke i dvale, og har den fått ny "
             "IP-adresse eller nytt navn? Etter Windows-oppdateringer kan SMB1 være slått av; maskinen må da "
             "bruke SMB2/SMB3 (Innstillinger → Nettverk → SMB-klient). Virker det nå?",
             "Check the PC or server holding the folder: is it switched on and not asleep, and has it got a new "
             "IP address or name? After Windows updates SMB1 may be turned off; the machine must then use "
             "SMB2/SMB3 (Settings → Network → SMB client). Does it work now?",
             solved(),
             open_case("network", "Nei, opprett en sak", "No, open a case")),
    ),
)

FAX = GuideSource(
    id="fax-not-sending",
    category="scan_send",
    families=MFPS,
    title=("Faks blir ikke sendt", "Fax not sending"),
    summary=("Faksen feiler, blir stående i kø eller mottakeren får ingenting.",
             "The fax fails, stays in the queue or the recipient gets nothing."),
    keywords=(("faks", "telefax", "faksnummer", "telefonlinje", "summetone", "sendefeil", "sendingsrapport"),
              ("fax", "telefax", "fax number", "phone line", "dial tone", "send error", "transmission report")),
    codes=("#005", "#018", "#099"),
    steps=(
        step("report",
             "Skriv ut en sendingsrapport (Jobbstatus → Faks → Logg). Hva står det for den siste faksen?",
             "Print a transmission report (Job Status → Fax → Log). What does it say for the last fax?",
             go("Opptatt eller ingen svar (f.eks. #005 eller #018)", "Busy or no answer (e.g. #005 or #018)",
                "number"),
             go("Ingen summetone eller linjefeil", "No dial tone or line error", "line")),
        step("number",
             "Sjekk faksnummeret. Trenger dere 0 eller 9 for å få linje ut, må det stå først. Prøv å sende til "
             "et annet faksnummer du vet virker. Gikk det?",
             "Check the fax number. If you need 0 or 9 for an outside line, it must come first. Try sending to "
             "another fax number you know works. Did it go through?",
             solved("Ja, det var mottakeren eller nummeret", "Yes, it was the recipient or the number"),
             go("Nei", "No", "line")),
        step("line",
             "Sjekk at telefonkabelen sitter i «LINE»-kontakten bak på maskinen og i veggkontakten. Mange har "
             "gått over til IP-telefoni: da må faksen ha en egen analog port på ruteren. Er kabelen riktig og "
             "linjen analog?",
             "Check that the phone cable is in the 'LINE' socket at the back of the machine and in the wall "
             "socket. Many offices have moved to IP telephony: then the fax needs its own analogue port on the "
             "router. Is the cable right and the line analogue?",
             solved("Ja, og nå virker det", "Yes, and now it works"),
             open_case("scan_send", "Ja, men det virker fortsatt ikke – opprett en sak",
                       "Yes, but it still fails – open a case"),
             open_case("network", "Usikker på linjen – opprett en sak", "Not sure about the line – open a case")),
    ),
)

GUIDES = (SCAN_TO_EMAIL, SCAN_TO_FOLDER, FAX)
