<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/shell/about_dialog.py" line="+36"/>
        <source>About Service Portal Desktop</source>
        <translation>Om Service Portal Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service Portal Desktop</source>
        <translation>Service Portal Desktop</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meter readings and your copier fleet, also without a network connection.</source>
        <translation>Målerstander og kopimaskinparken din – også uten nettverkstilkobling.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Version:</source>
        <translation>Versjon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal:</source>
        <translation>Portal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log folder:</source>
        <translation>Loggmappe:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open {folder}</source>
        <translation>Åpne {folder}</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../desktop/views/account/account_form.py" line="+46"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Visiting address</source>
        <translation>Besøksadresse</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Poststed</translation>
    </message>
</context>
<context>
    <name>AccountLabels</name>
    <message>
        <location filename="../../desktop/views/account/account_labels.py" line="+11"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing address</source>
        <translation>Fakturaadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing postcode</source>
        <translation>Postnummer (faktura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing city</source>
        <translation>Poststed (faktura)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting address</source>
        <translation>Besøksadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting postcode</source>
        <translation>Postnummer (besøk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visiting city</source>
        <translation>Poststed (besøk)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main contact</source>
        <translation>Hovedkontakt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice e-mail</source>
        <translation>E-post for faktura</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account</source>
        <translation>Kontoen</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="+48"/>
        <location filename="../../desktop/views/account/account_page.py" line="+101"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/account/account_page.py" line="-47"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Løs …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See your values beside the portal&apos;s and choose what to keep</source>
        <translation>Se verdiene dine ved siden av portalens, og velg hva du vil beholde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard my changes</source>
        <translation>Forkast endringene mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the portal&apos;s version; your changes are thrown away</source>
        <translation>Behold portalens versjon; endringene dine kastes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Lagre endringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo changes</source>
        <translation>A&amp;ngre endringer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ask about the account…</source>
        <translation>&amp;Spør om kontoen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the vendor about an invoice, the contract, an address or something else; you can follow the answer under Cases</source>
        <translation>Spør leverandøren om en faktura, kontrakten, en adresse eller noe annet; du kan følge svaret under Saker</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You are an administrator: you can change these details.</source>
        <translation>Du er administrator: du kan endre disse opplysningene.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator of your account can change these details. To have something changed, ask about the account.</source>
        <translation>Bare en administrator for kontoen deres kan endre disse opplysningene. Vil du ha noe endret, kan du spørre om kontoen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account is not in the local data yet; it comes with the next sync.</source>
        <translation>Kontoen finnes ikke i de lokale dataene ennå; den kommer med neste synkronisering.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your changes are saved on this computer and sent to the portal at the next sync.</source>
        <translation>Endringene dine er lagret på denne datamaskinen og sendes til portalen ved neste synkronisering.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Someone else changed the account on the portal while your changes waited. Nothing has been overwritten: choose what to keep.</source>
        <translation>Noen andre endret kontoen i portalen mens endringene dine ventet. Ingenting er overskrevet: velg hva du vil beholde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal did not take your changes: {reason}</source>
        <translation>Portalen tok ikke imot endringene dine: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your changes: {changes}</source>
        <translation>Dine endringer: {changes}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your changes are saved; they are sent with the next sync.</source>
        <translation>Endringene dine er lagret; de sendes med neste synkronisering.</translation>
    </message>
</context>
<context>
    <name>AccountProblems</name>
    <message>
        <location filename="../../desktop/views/account/account_problems.py" line="+19"/>
        <source>Write the account&apos;s name.</source>
        <translation>Skriv kontoens navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This can be at most {max} characters.</source>
        <translation>Dette kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the organisation number.</source>
        <translation>Skriv organisasjonsnummeret.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An organisation number is nine digits, for example 916 482 736.</source>
        <translation>Et organisasjonsnummer har ni sifre, for eksempel 916 482 736.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not a valid organisation number: the last digit (the check digit) does not match the others. Check it for a typo.</source>
        <translation>Dette er ikke et gyldig organisasjonsnummer: det siste sifferet (kontrollsifferet) stemmer ikke med de andre. Se etter skrivefeil.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the street address or post box.</source>
        <translation>Skriv gateadressen eller postboksen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postcode is four digits, for example 0159.</source>
        <translation>Et postnummer har fire sifre, for eksempel 0159.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the city (poststed).</source>
        <translation>Skriv poststedet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the e-mail address invoices are sent to.</source>
        <translation>Skriv e-postadressen fakturaene skal sendes til.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not an e-mail address: it needs a name, @ and a domain, for example faktura@example.no.</source>
        <translation>Dette er ikke en e-postadresse: den trenger et navn, @ og et domene, for eksempel faktura@eksempel.no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail address can be at most {max} characters.</source>
        <translation>E-postadressen kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a telephone number: eight digits, or + and the country code, for example +47 22 33 44 55.</source>
        <translation>Dette er ikke et telefonnummer: åtte sifre, eller + og landskoden, for eksempel +47 22 33 44 55.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The telephone number can be at most {max} characters.</source>
        <translation>Telefonnummeret kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the telephone number, or leave the field empty.</source>
        <translation>Skriv telefonnummeret, eller la feltet stå tomt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this on one line, without line breaks or other control characters.</source>
        <translation>Skriv dette på én linje, uten linjeskift eller andre kontrolltegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only an administrator of the account can change it.</source>
        <translation>Bare en administrator for kontoen kan endre den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account is not in the local data yet; synchronise first.</source>
        <translation>Kontoen finnes ikke i de lokale dataene ennå; synkroniser først.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A text of the account is too long.</source>
        <translation>En av kontoens tekster er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not valid ({code}).</source>
        <translation>Dette er ikke gyldig ({code}).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+156"/>
        <source>Starting the demo portal…</source>
        <translation>Starter demoportalen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service Portal demo</source>
        <translation>Service Portal – demo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Signing in as the demo administrator…</source>
        <translation>Logger inn som demoadministrator …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The demo portal is running, but signing in failed. Pick a demo user and try again.</source>
        <translation>Demoportalen kjører, men innloggingen mislyktes. Velg en demobruker og prøv igjen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo not available</source>
        <translation>Demoen er ikke tilgjengelig</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n change(s) not sent yet are kept on this computer and sent the next time you start Service Portal.</source>
        <translation>
            <numerusform>%n endring som ikke er sendt ennå, er lagret på denne datamaskinen og sendes neste gang du starter Serviceportalen.</numerusform>
            <numerusform>%n endringer som ikke er sendt ennå, er lagret på denne datamaskinen og sendes neste gang du starter Serviceportalen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The demo portal could not be started. Details were written to the log folder:
{folder}</source>
        <translation>Demoportalen kunne ikke startes. Detaljer er skrevet til loggmappen:
{folder}</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your session at the portal has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation>Økten din i portalen er avsluttet. Logg inn igjen for å sende endringene dine; de er tatt vare på på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing out…</source>
        <translation>Logger ut …</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../../desktop/shell/page_titles.py" line="-32"/>
        <source>Service Portal</source>
        <translation>Serviceportalen</translation>
    </message>
</context>
<context>
    <name>AssignmentPicker</name>
    <message>
        <location filename="../../desktop/views/users/assignment_picker.py" line="+47"/>
        <source>Machines of {name}</source>
        <translation>Maskinene til {name}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial number, model, site or location</source>
        <translation>Serienummer, modell, sted eller plassering</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter the machines</source>
        <translation>Filtrer maskinene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All sites</source>
        <translation>Alle steder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All models</source>
        <translation>Alle modeller</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machines not assigned</source>
        <translation>Maskiner som ikke er tildelt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines assigned to the user</source>
        <translation>Maskiner tildelt brukeren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Assign →</source>
        <translation>&amp;Tildel →</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign all &amp;that match</source>
        <translation>Tildel alle &amp;som passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>← &amp;Take away</source>
        <translation>← &amp;Ta bort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take away all t&amp;hat match</source>
        <translation>Ta bort alle so&amp;m passer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>An administrator sees every machine whatever is assigned; the machines assigned matter for a customer.</source>
        <translation>En administrator ser alle maskinene uansett hva som er tildelt; de tildelte maskinene gjelder for en kunde.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Not assigned ({count})</source>
        <translation>Ikke tildelt ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned ({count})</source>
        <translation>Tildelt ({count})</translation>
    </message>
</context>
<context>
    <name>AttachmentFiles</name>
    <message>
        <location filename="../../desktop/views/widgets/attachment_files.py" line="+77"/>
        <source>Attach files</source>
        <translation>Legg ved filer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allowed files ({patterns})</source>
        <translation>Tillatte filer ({patterns})</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{name} — checking…</source>
        <translation>{name} — kontrolleres …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} — OK</source>
        <translation>{name} — OK</translation>
    </message>
</context>
<context>
    <name>CarryOverOffer</name>
    <message>
        <location filename="../../desktop/shell/carry_over_offer.py" line="+47"/>
        <source>Unsent changes found</source>
        <translation>Usendte endringer funnet</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) of yours that were never sent are kept in local data for another portal address ({places}).</source>
        <translation>
            <numerusform>%n endring fra deg som aldri ble sendt, ligger i lokale data for en annen portaladresse ({places}).</numerusform>
            <numerusform>%n endringer fra deg som aldri ble sendt, ligger i lokale data for en annen portaladresse ({places}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carry them over and send them from here? Each is sent once, even if the portal already has it.</source>
        <translation>Vil du flytte dem hit og sende dem herfra? Hver endring sendes bare én gang, også om portalen allerede har den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Carry over</source>
        <translation>&amp;Flytt hit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
</context>
<context>
    <name>CaseAttachmentsPanel</name>
    <message>
        <location filename="../../desktop/views/cases/case_attachments.py" line="+63"/>
        <location line="+2"/>
        <source>Attachments</source>
        <translation>Vedlegg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open</source>
        <translation>Å&amp;pne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>waiting to be sent</source>
        <translation>venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening {name}…</source>
        <translation>Åpner {name} …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No program to open this file; it is saved at {path}</source>
        <translation>Ingen program kan åpne denne filen; den er lagret i {path}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The app opens only {allowed} files.</source>
        <translation>Appen åpner bare filer av typene {allowed}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not opened, for your safety. {reason}</source>
        <translation>{name} åpnes ikke, for din egen sikkerhet. {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are offline. The file can be opened once the portal is reachable.</source>
        <translation>Du er frakoblet. Filen kan åpnes når portalen er tilgjengelig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in again to download this file.</source>
        <translation>Logg inn på nytt for å laste ned filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused the file: {reason}</source>
        <translation>Portalen avviste filen: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The copy of {name} on this computer is gone, and the portal does not have the file yet. Attach it again.</source>
        <translation>Kopien av {name} på denne datamaskinen er borte, og portalen har ikke filen ennå. Legg den ved på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not on this computer yet; synchronise and try again.</source>
        <translation>Denne filen er ikke på denne datamaskinen ennå; synkroniser og prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be downloaded now; try again later.</source>
        <translation>Filen kunne ikke lastes ned nå; prøv igjen senere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be saved: {reason}</source>
        <translation>Filen kunne ikke lagres: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be opened.</source>
        <translation>Filen kunne ikke åpnes.</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../desktop/views/cases/case_detail.py" line="+89"/>
        <source>Select a case to see its conversation.</source>
        <translation>Velg en sak for å se samtalen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send me e-mail &amp;updates about this case</source>
        <translation>Send meg &amp;oppdateringer om saken på e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel case…</source>
        <translation>&amp;Avbryt saken …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Skriv et svar … (Ctrl+Enter sender)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your unsent reply from {time} is back.</source>
        <translation>Det usendte svaret ditt fra {time} er tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files to send with the reply</source>
        <translation>Filer som sendes med svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attach files…</source>
        <translation>&amp;Legg ved filer …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove file</source>
        <translation>Fjern fil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account question</source>
        <translation>Spørsmål om kundeforholdet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product no longer in your list</source>
        <translation>Maskinen er ikke lenger i listen din</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This case is resolved. Reopen it to write again, or open a new case.</source>
        <translation>Saken er løst. Gjenåpne den for å skrive igjen, eller opprett en ny sak.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is closed. Open a new case if you need more help.</source>
        <translation>Saken er lukket. Opprett en ny sak hvis du trenger mer hjelp.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cancel case</source>
        <translation>Avbryt saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel this case? The service desk stops working on it. You can open a new case later.</source>
        <translation>Vil du avbryte saken? Kundeservice slutter å arbeide med den. Du kan opprette en ny sak senere.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reopen case</source>
        <translation>Gjenåpne saken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen this case? The service desk takes it up again.</source>
        <translation>Vil du gjenåpne saken? Kundeservice tar den opp igjen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+118"/>
        <source>This case is no longer in the local data.</source>
        <translation>Saken finnes ikke lenger i de lokale dataene.</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Wait until the files are checked.</source>
        <translation>Vent til filene er kontrollert.</translation>
    </message>
</context>
<context>
    <name>CaseLabels</name>
    <message>
        <location filename="../../desktop/views/cases/case_labels.py" line="+16"/>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting your reply</source>
        <translation>Venter på svar fra deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting to be sent</source>
        <translation>Venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected by the portal</source>
        <translation>Avvist av portalen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error code on the display</source>
        <translation>Feilkode i displayet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print quality</source>
        <translation>Utskriftskvalitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper jam</source>
        <translation>Papirstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanning and sending</source>
        <translation>Skanning og sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and printing from PCs</source>
        <translation>Nettverk og utskrift fra PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toner and supplies</source>
        <translation>Toner og rekvisita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Technical support</source>
        <translation>Teknisk støtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IT integration</source>
        <translation>IT-integrasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Rekvisita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finance</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logistics</source>
        <translation>Logistikk</translation>
    </message>
</context>
<context>
    <name>CaseProblems</name>
    <message>
        <location filename="../../desktop/views/cases/case_problems.py" line="+26"/>
        <source>Choose whether this is about a machine or an account question.</source>
        <translation>Velg om saken gjelder en maskin eller er et spørsmål om kundeforholdet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the machine the case is about.</source>
        <translation>Velg maskinen saken gjelder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>This machine is not in the local data; synchronise and choose it again.</source>
        <translation>Maskinen finnes ikke i de lokale dataene; synkroniser og velg den på nytt.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>An account question is not about a machine; leave the machine out.</source>
        <translation>Et spørsmål om kundeforholdet gjelder ingen maskin; ikke velg maskin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a category.</source>
        <translation>Velg en kategori.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a short subject.</source>
        <translation>Skriv et kort emne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject can be at most {max} characters.</source>
        <translation>Emnet kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write this on one line, without line breaks or other control characters.</source>
        <translation>Skriv dette på én linje, uten linjeskift eller andre kontrolltegn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The description can be at most {max} characters.</source>
        <translation>Beskrivelsen kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact name can be at most {max} characters.</source>
        <translation>Kontaktnavnet kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write an e-mail address.</source>
        <translation>Skriv inn en e-postadresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address can be at most {max} characters.</source>
        <translation>E-postadressen kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The reply is too long (at most {max} characters).</source>
        <translation>Svaret er for langt (høyst {max} tegn).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file is larger than {max_mb} MB.</source>
        <translation>Filen er større enn {max_mb} MB.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The case was resolved more than 14 days ago; open a new case instead.</source>
        <translation>Saken ble løst for mer enn 14 dager siden; opprett en ny sak i stedet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case has moved on meanwhile; that is no longer possible.</source>
        <translation>Saken har endret seg i mellomtiden; det er ikke lenger mulig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The copy of {name} kept for sending can no longer be read; discard this change and attach the file again.</source>
        <translation>Kopien av {name} som ble lagret for sending, kan ikke lenger leses. Forkast denne endringen og legg ved filen på nytt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add at least one article to the order.</source>
        <translation>Legg minst én vare i bestillingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An order can have at most {max} lines.</source>
        <translation>En bestilling kan ha høyst {max} linjer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{article} does not fit this machine.</source>
        <translation>{article} passer ikke til denne maskinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{article} is in the order twice; give it once with the whole quantity.</source>
        <translation>{article} står to ganger i bestillingen; før den opp én gang med hele antallet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a whole number of 1 or more.</source>
        <translation>Skriv et helt tall, 1 eller mer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contract allows at most {limit} of one article in an order.</source>
        <translation>Avtalen tillater høyst {limit} av én vare i en bestilling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The machine&apos;s contract has ended; supplies cannot be ordered for it.</source>
        <translation>Avtalen for maskinen er avsluttet; det kan ikke bestilles rekvisita til den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The delivery address is not one of your account&apos;s sites.</source>
        <translation>Leveringsadressen er ikke en av kontoens lokasjoner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note can be at most {max} characters.</source>
        <translation>Merknaden kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient can be at most {max} characters.</source>
        <translation>Mottakeren kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number can be at most {max} characters.</source>
        <translation>Telefonnummeret kan være på høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supplies desk has taken the order already; it can no longer be cancelled.</source>
        <translation>Rekvisitaavdelingen har allerede tatt bestillingen; den kan ikke lenger kanselleres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the person who placed the order, or an administrator, may cancel it.</source>
        <translation>Bare den som la inn bestillingen, eller en administrator, kan kansellere den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order has moved on meanwhile; that is no longer possible.</source>
        <translation>Bestillingen har kommet videre i mellomtiden; det er ikke lenger mulig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This kind of file cannot be attached.</source>
        <translation>Denne filtypen kan ikke legges ved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large.</source>
        <translation>Filen er for stor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file without an extension cannot be attached.</source>
        <translation>En fil uten filtype kan ikke legges ved.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file&apos;s content does not match its type.</source>
        <translation>Innholdet i filen stemmer ikke med filtypen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subject is too long.</source>
        <translation>Emnet er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The description is too long.</source>
        <translation>Beskrivelsen er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The subject or a name holds a line break or another control character.</source>
        <translation>Emnet eller et navn inneholder et linjeskift eller et annet kontrolltegn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The contact name is too long.</source>
        <translation>Kontaktnavnet er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reply is too long.</source>
        <translation>Svaret er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address is too long.</source>
        <translation>E-postadressen er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The copy of the file kept for sending can no longer be read; discard this change and attach the file again.</source>
        <translation>Kopien av filen som ble lagret for sending, kan ikke lenger leses. Forkast denne endringen og legg ved filen på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal does not know this case or machine (any more), or you may no longer see it.</source>
        <translation>Portalen kjenner ikke (lenger) denne saken eller maskinen, eller du har ikke lenger tilgang til den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your user may not do this for this case.</source>
        <translation>Brukeren din har ikke lov til å gjøre dette for denne saken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal found something in it that is not valid.</source>
        <translation>Portalen fant noe i den som ikke er gyldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed the case meanwhile; look at it again and repeat your change.</source>
        <translation>Noen andre har endret saken i mellomtiden. Se på den igjen og gjør endringen på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The change was sent without the version it is based on; discard it and make it again.</source>
        <translation>Endringen ble sendt uten versjonen den bygger på; forkast den og gjør den på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was sent without its safety key; discard it and make the change again.</source>
        <translation>Forespørselen ble sendt uten sikkerhetsnøkkelen sin. Forkast den og gjør endringen på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal already has a different change under the same key; discard this one and make it again.</source>
        <translation>Portalen har allerede en annen endring med samme nøkkel. Forkast denne og gjør den på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal is still handling this change; it is tried again shortly.</source>
        <translation>Portalen behandler fortsatt denne endringen. Den prøves igjen om litt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in has expired; sign in again.</source>
        <translation>Innloggingen din er utløpt. Logg inn på nytt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The e-mail address or password is wrong.</source>
        <translation>E-postadressen eller passordet er feil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal is busy with many requests; it is tried again shortly.</source>
        <translation>Portalen er opptatt med mange forespørsler. Det prøves igjen om litt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal does not take this kind of change (a newer version of the app may).</source>
        <translation>Portalen tar ikke imot denne typen endring (en nyere versjon av appen kan gjøre det).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal could not read the request.</source>
        <translation>Portalen kunne ikke lese forespørselen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The change is larger than the portal takes; make it smaller (a shorter text or fewer files) and send it again.</source>
        <translation>Endringen er større enn portalen tar imot. Gjør den mindre (kortere tekst eller færre filer) og send den på nytt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal had an internal error; it is tried again later.</source>
        <translation>Portalen fikk en intern feil. Det prøves igjen senere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The order has too many lines.</source>
        <translation>Bestillingen har for mange linjer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An article in the order does not fit the machine (the catalogue changed meanwhile).</source>
        <translation>En vare i bestillingen passer ikke til maskinen (katalogen er endret i mellomtiden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same article is in the order twice.</source>
        <translation>Den samme varen står to ganger i bestillingen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantity is over the contract&apos;s limit for one order.</source>
        <translation>Et antall er over avtalens grense for én bestilling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The note is too long.</source>
        <translation>Merknaden er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient is too long.</source>
        <translation>Mottakeren er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The phone number is too long.</source>
        <translation>Telefonnummeret er for langt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is not accepted (problem {code}).</source>
        <translation>Dette godtas ikke (problemkode {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}: {problem}</source>
        <translation>{name}: {problem}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The case was {state} before your reply reached the service desk, so it was not delivered.</source>
        <translation>Saken ble {state} før svaret ditt nådde servicedesken, så det ble ikke levert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this case.</source>
        <translation>Portalen avviste denne saken.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused this reply.</source>
        <translation>Portalen avviste dette svaret.</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Describe the problem or question.</source>
        <translation>Beskriv problemet eller spørsmålet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not an e-mail address (name@example.no).</source>
        <translation>Dette er ikke en e-postadresse (navn@eksempel.no).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case with this id exists already.</source>
        <translation>Det finnes allerede en sak med denne ID-en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write your reply before sending it.</source>
        <translation>Skriv svaret før du sender det.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file without an extension cannot be attached. Allowed: {allowed}.</source>
        <translation>En fil uten filendelse kan ikke legges ved. Tillatt: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files of type &apos;{type}&apos; cannot be attached. Allowed: {allowed}.</source>
        <translation>Filer av typen «{type}» kan ikke legges ved. Tillatt: {allowed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not a file that can be read.</source>
        <translation>{name} er ikke en fil som kan leses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} does not exist.</source>
        <translation>{name} finnes ikke.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} cannot be read: {reason}.</source>
        <translation>{name} kan ikke leses: {reason}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be copied into the data folder: {reason}.</source>
        <translation>{name} kunne ikke kopieres til datamappen: {reason}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is not a real .{type} file.</source>
        <translation>Filen er ikke en ekte .{type}-fil.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text file cannot contain binary data.</source>
        <translation>En tekstfil kan ikke inneholde binære data.</translation>
    </message>
</context>
<context>
    <name>CaseWidgets</name>
    <message>
        <location filename="../../desktop/views/cases/case_widgets.py" line="+35"/>
        <source>Overdue: the answer was expected by {moment}</source>
        <translation>Forsinket: svaret var ventet innen {moment}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected answer by {moment}</source>
        <translation>Forventet svar innen {moment}</translation>
    </message>
</context>
<context>
    <name>CasesBadge</name>
    <message numerus="yes">
        <location filename="../../desktop/views/cases/badge.py" line="+22"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n venter på svar</numerusform>
            <numerusform>%n venter på svar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open case(s)</source>
        <translation>
            <numerusform>%n åpen sak</numerusform>
            <numerusform>%n åpne saker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ulest</numerusform>
            <numerusform>%n uleste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../desktop/models/cases.py" line="+35"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not sent yet: the case gets its number when the portal has it.</source>
        <translation>Ikke sendt ennå: saken får nummeret sitt når portalen har mottatt den.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account question</source>
        <translation>Kontospørsmål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine no longer in your list</source>
        <translation>Maskinen er ikke lenger i listen din</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Queued here; it is sent to the portal when you are online.</source>
        <translation>I kø her; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this case; the Pending page says why.</source>
        <translation>Portalen avviste saken; siden Ventende endringer forteller hvorfor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service desk is waiting for your answer.</source>
        <translation>Kundeservice venter på svaret ditt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected response</source>
        <translation>Forventet svar</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Unread</source>
        <translation>Ulest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{state} – overdue</source>
        <translation>{state} – forsinket</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{moment} – overdue</source>
        <translation>{moment} – forsinket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service desk&apos;s answer was expected by {moment}.</source>
        <translation>Svaret fra kundeservice var ventet innen {moment}.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="+12"/>
        <location filename="../../desktop/views/cases/cases_page.py" line="+114"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cases/cases_page.py" line="-6"/>
        <source>Search number, subject, text or serial (Ctrl+F)</source>
        <translation>Søk i nummer, emne, tekst eller serienummer (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search cases</source>
        <translation>Søk i saker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New case…</source>
        <translation>&amp;Ny sak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem with a machine or ask about your account (Ctrl+N)</source>
        <translation>Meld fra om et problem med en maskin, eller spør om kontoen din (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>That case is not on this computer (yet).</source>
        <translation>Den saken finnes ikke på denne datamaskinen (ennå).</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>This column cannot be sorted.</source>
        <translation>Denne kolonnen kan ikke sorteres.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awaiting your reply</source>
        <translation>Venter på svar fra deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Løste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>{label} ({count})</source>
        <translation>{label} ({count})</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No case matches “{text}”. Check the spelling, or search in All cases.</source>
        <translation>Ingen sak passer med «{text}». Sjekk stavemåten, eller søk i Alle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No open cases. Start with Self-help, or open a new case.</source>
        <translation>Ingen åpne saker. Start med Selvhjelp, eller opprett en ny sak.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is waiting for your reply.</source>
        <translation>Ingenting venter på svar fra deg.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resolved cases yet.</source>
        <translation>Ingen løste saker ennå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No cases yet. When a machine needs help, start with Self-help, or open a new case.</source>
        <translation>Ingen saker ennå. Når en maskin trenger hjelp, start med Selvhjelp, eller opprett en ny sak.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Case queued; it is sent to the portal when you are online.</source>
        <translation>Saken er i kø; den sendes til portalen når du er tilkoblet.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/views/conflicts/conflict_dialog.py" line="+37"/>
        <source>Changed by someone else</source>
        <translation>Endret av noen andre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>While your change waited to be sent, someone else changed the same data on the portal. Nothing has been overwritten. Choose which value to keep for each field.</source>
        <translation>Mens endringen din ventet på å bli sendt, endret noen andre de samme dataene i portalen. Ingenting er overskrevet. Velg hvilken verdi som skal beholdes for hvert felt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+35"/>
        <source>The portal&apos;s</source>
        <translation>Portalens</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>Behold &amp;mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the &amp;portal&apos;s</source>
        <translation>Ta &amp;portalens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save my choice per field</source>
        <translation>&amp;Lagre valget mitt per felt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mine</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep my {field}</source>
        <translation>Behold min verdi for {field}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the portal&apos;s {field}</source>
        <translation>Behold portalens verdi for {field}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../desktop/views/cases/case_conversation.py" line="+51"/>
        <source>Conversation</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>service desk</source>
        <translation>kundeservice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>system</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you</source>
        <translation>deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your organisation</source>
        <translation>din virksomhet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The service desk</source>
        <translation>Kundeservice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} created the case</source>
        <translation>{name} opprettet saken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} moved the case to {state}</source>
        <translation>{name} satte saken til {state}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>waiting to be sent</source>
        <translation>venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not delivered: refused by the portal</source>
        <translation>ikke levert: avvist av portalen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Send it as a new case or discard it in Pending changes…</source>
        <translation>Send det som en ny sak eller forkast det under Ventende endringer …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct or discard it in Pending changes…</source>
        <translation>Rett eller forkast den under Ventende endringer …</translation>
    </message>
</context>
<context>
    <name>CounterDelegate</name>
    <message>
        <location filename="../../desktop/views/readings/meter_round_page.py" line="+91"/>
        <source>{counter} of {serial}</source>
        <translation>{counter} for {serial}</translation>
    </message>
</context>
<context>
    <name>CounterNames</name>
    <message>
        <location filename="../../desktop/counter_names.py" line="+20"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black/white</source>
        <translation>Svart-hvitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large format (m²)</source>
        <translation>Storformat (m²)</translation>
    </message>
</context>
<context>
    <name>CsvFormatDialog</name>
    <message>
        <location filename="../../desktop/views/readings/csv_format_dialog.py" line="+39"/>
        <source>The readings file format</source>
        <translation>Filformatet for avlesninger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One line per machine and day. The first line names the columns: the serial number, the date, then one column per counter. Each column may be named in English, in Norwegian or with the portal&apos;s counter key; case, spaces, “_”, “-” and “/” do not matter.</source>
        <translation>Én linje per maskin og dag. Den første linjen navngir kolonnene: serienummeret, datoen og deretter én kolonne per teller. Hver kolonne kan ha navnet på engelsk, på norsk eller portalens tellernøkkel; store og små bokstaver, mellomrom, «_», «-» og «/» spiller ingen rolle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Example:</source>
        <translation>Eksempel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Example file</source>
        <translation>Eksempelfil</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading date</source>
        <translation>Avlesningsdato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Column</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Names accepted in the header</source>
        <translation>Navn som godtas i overskriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header names</source>
        <translation>Navn i overskriften</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Separator: “;” (what Norwegian Excel writes) or “,”, found from the first line.</source>
        <translation>Skilletegn: «;» (det norsk Excel skriver) eller «,», funnet ut fra den første linjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding: UTF-8, with or without BOM, or UTF-16 with its BOM; other files are read as Windows-1252 (older Excel).</source>
        <translation>Tegnkoding: UTF-8, med eller uten BOM, eller UTF-16 med BOM; andre filer leses som Windows-1252 (eldre Excel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dates: 25.11.2026 or 2026-11-25, the day the counters were read.</source>
        <translation>Datoer: 25.11.2026 eller 2026-11-25, dagen tellerne ble lest av.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers: whole numbers; spaces or “.” between thousands are fine (1 234 567). No decimals, no minus.</source>
        <translation>Tall: hele tall; mellomrom eller «.» mellom tusener går fint (1 234 567). Ingen desimaler, ikke minus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An empty cell: that counter was not read, right for a counter the machine does not have.</source>
        <translation>En tom celle: den telleren ble ikke lest av, riktig for en teller maskinen ikke har.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank lines are skipped. Every other line is either queued or listed with its line number and the reason.</source>
        <translation>Tomme linjer hoppes over. Alle andre linjer legges enten i kø eller listes med linjenummer og årsak.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../desktop/demo.py" line="+31"/>
        <source>Anne Admin – administrator, sees every machine</source>
        <translation>Anne Admin – administrator, ser alle maskinene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kari Nordmann – customer, sees her machines in Oslo</source>
        <translation>Kari Nordmann – kunde, ser maskinene sine i Oslo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ola Hansen – customer, Bergen and Trondheim</source>
        <translation>Ola Hansen – kunde, Bergen og Trondheim</translation>
    </message>
</context>
<context>
    <name>DesiredDateEdit</name>
    <message>
        <location filename="../../desktop/views/requests/desired_date_edit.py" line="+47"/>
        <source>Desired date</source>
        <translation>Ønsket dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A business day, from {earliest} and at most a year ahead</source>
        <translation>En virkedag, fra {earliest} og høyst ett år fram</translation>
    </message>
</context>
<context>
    <name>DraftNotice</name>
    <message>
        <location filename="../../desktop/views/widgets/draft_notice.py" line="+31"/>
        <source>Your unsent draft from {time} is back.</source>
        <translation>Det usendte utkastet ditt fra {time} er tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft restored</source>
        <translation>Utkast gjenopprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;iscard draft</source>
        <translation>Forkast &amp;utkast</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throw away what was restored and start again</source>
        <translation>Kast det som ble gjenopprettet, og begynn på nytt</translation>
    </message>
</context>
<context>
    <name>EditProblems</name>
    <message>
        <location filename="../../desktop/views/conflicts/edit_fields.py" line="+31"/>
        <source>This is no longer in your data; sync and look again.</source>
        <translation>Dette finnes ikke lenger i dataene dine; synkroniser og se igjen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An earlier change of this waits for you on Pending changes (the portal refused it or someone else changed the same data). Answer it there first.</source>
        <translation>En tidligere endring av dette venter på deg under Ventende endringer (portalen avviste den, eller noen andre endret de samme dataene). Svar på den der først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This was answered already.</source>
        <translation>Dette er allerede besvart.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s version has not arrived yet. Sync (F5), then choose.</source>
        <translation>Portalens versjon er ikke kommet ennå. Synkroniser (F5), og velg så.</translation>
    </message>
</context>
<context>
    <name>EmptyList</name>
    <message>
        <location filename="../../desktop/views/widgets/empty_list.py" line="+36"/>
        <source>Why the list is empty</source>
        <translation>Hvorfor listen er tom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search</source>
        <translation>Tøm søket</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop/views/widgets/errors.py" line="+97"/>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sorry, something unexpected went wrong and the action was not completed. Your data is safe.

Details were written to the log folder:
{folder}</source>
        <translation>Beklager, noe uventet gikk galt, og handlingen ble ikke fullført. Dataene dine er trygge.

Detaljer er skrevet til loggmappen:
{folder}</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>The disk is full</source>
        <translation>Disken er full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no free space left on the disk that holds your data, so the action was not completed. What was saved before is safe.

Free some disk space (empty the recycle bin or delete files you no longer need), then try again. Your data is in:
{folder}</source>
        <translation>Det er ikke mer ledig plass på disken der dataene dine ligger, så handlingen ble ikke fullført. Det som er lagret fra før, er trygt.

Frigjør diskplass (tøm papirkurven eller slett filer du ikke lenger trenger), og prøv igjen. Dataene dine ligger i:
{folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file is in use</source>
        <translation>Datafilen er i bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program kept the data file busy for too long, so the action was not completed. Nothing was lost.

Close the app if it is open in another window, and let programs that may be copying the file (such as a backup) finish, then try again.</source>
        <translation>Et annet program holdt datafilen opptatt for lenge, så handlingen ble ikke fullført. Ingenting gikk tapt.

Lukk programmet hvis du har det åpent i et annet vindu, og vent til programmer som kan holde på å kopiere filen (for eksempel sikkerhetskopiering), er ferdige. Prøv deretter igjen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data cannot be saved</source>
        <translation>Dataene kan ikke lagres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app cannot write to the data file or to its folder, so the action was not completed.

Check that you are allowed to change files in this folder, and that its drive is connected and not write-protected:
{folder}</source>
        <translation>Programmet får ikke skrevet til datafilen eller mappen den ligger i, så handlingen ble ikke fullført.

Sjekk at du har lov til å endre filer i denne mappen, og at disken den ligger på, er tilkoblet og ikke skrivebeskyttet:
{folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file is damaged</source>
        <translation>Datafilen er skadet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data file is damaged and cannot be read, so the action was not completed:
{file}

It may hold changes you made that have not been sent to the portal yet. Before you do anything else, close the app and copy this file to a safe place; then contact support.</source>
        <translation>Datafilen er skadet og kan ikke leses, så handlingen ble ikke fullført:
{file}

Den kan inneholde endringer du har gjort som ikke er sendt til portalen ennå. Før du gjør noe annet: lukk programmet og kopier denne filen til et trygt sted. Kontakt deretter kundestøtte.</translation>
    </message>
</context>
<context>
    <name>GuideRunner</name>
    <message>
        <location filename="../../desktop/views/self_help/guide_runner.py" line="+49"/>
        <source>Steps so far</source>
        <translation>Steg så langt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current step</source>
        <translation>Nåværende steg</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;again</source>
        <translation>Start på &amp;nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This did &amp;not help</source>
        <translation>Dette &amp;hjalp ikke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a case with the steps you have already tried</source>
        <translation>Opprett en sak med stegene du allerede har prøvd</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Great — glad that solved it! No case is needed.</source>
        <translation>Flott – godt at det løste seg! Du trenger ingen sak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This needs the service desk. A new case is filled in with the steps you tried.</source>
        <translation>Dette må kundeservice se på. En ny sak fylles ut med stegene du prøvde.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Steps so far:</source>
        <translation>Steg så langt:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Steps already tried:</source>
        <translation>Steg som allerede er prøvd:</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../desktop/views/readings/import_readings_dialog.py" line="+191"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error</source>
        <translation>Feil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not queued</source>
        <translation>Ikke i kø</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <translation>Serienr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>ImportReadings</name>
    <message>
        <location line="-104"/>
        <source>Line {line} ({serial}): {reason}</source>
        <translation>Linje {line} ({serial}): {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line {line}: {reason}</source>
        <translation>Linje {line}: {reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this line is not accepted (problem {code}).</source>
        <translation>denne linjen godtas ikke (problemkode {code}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{cells} cells, but the header has {columns} columns.</source>
        <translation>{cells} celler, men overskriften har {columns} kolonner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the serial number is missing.</source>
        <translation>serienummeret mangler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;{text}&apos; is not a date (use 2026-11-25 or 25.11.2026).</source>
        <translation>«{text}» er ikke en dato (bruk 25.11.2026 eller 2026-11-25).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counter} &apos;{text}&apos; is not a counter value: {reason}</source>
        <translation>{counter} «{text}» er ikke en tellerverdi: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no counter values.</source>
        <translation>ingen tellerverdier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no machine with this serial number in your fleet.</source>
        <translation>ingen maskin med dette serienummeret i maskinparken din.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this machine has no counter {names}; its counters are {counters}.</source>
        <translation>denne maskinen har ingen teller {names}; tellerne er {counters}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The file cannot be imported (problem {code}).</source>
        <translation>Filen kan ikke importeres (problemkode {code}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file {name} (any more).</source>
        <translation>Det finnes ingen fil {name} (lenger).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You may not read {name}; ask whoever manages the computer or folder, or copy the file to your own folder.</source>
        <translation>Du har ikke lov til å lese {name}. Spør den som styrer datamaskinen eller mappen, eller kopier filen til din egen mappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is a folder; choose a file in it.</source>
        <translation>{name} er en mappe; velg en fil i den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} could not be read from the disk or network; try again, or copy it to your computer first.</source>
        <translation>{name} kunne ikke leses fra disken eller nettverket. Prøv igjen, eller kopier den til datamaskinen først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is not text. Save it from the spreadsheet as CSV and choose that file.</source>
        <translation>Filen er ikke tekst. Lagre den som CSV fra regnearket, og velg den filen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first line must be a header like &apos;{example}&apos; (found: {found}).</source>
        <translation>Første linje må være en overskrift som «{example}» (fant: {found}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every counter column needs a name in the header line.</source>
        <translation>Hver tellerkolonne må ha et navn i overskriftslinjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A counter column appears twice in the header line ({name}).</source>
        <translation>En tellerkolonne står to ganger i overskriftslinjen ({name}).</translation>
    </message>
</context>
<context>
    <name>ImportReadingsDialog</name>
    <message>
        <location line="+89"/>
        <location line="+74"/>
        <location line="+181"/>
        <source>Import meter readings</source>
        <translation>Importer målerstander</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Choose a CSV file with one reading per line.</source>
        <translation>Velg en CSV-fil med én avlesning per linje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Velg fil …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One line per machine: &lt;code&gt;{header}&lt;/code&gt; — &lt;code&gt;;&lt;/code&gt; or &lt;code&gt;,&lt;/code&gt;, dates as 25.11.2026 or 2026-11-25, whole numbers.</source>
        <translation>Én linje per maskin: &lt;code&gt;{header}&lt;/code&gt; — &lt;code&gt;;&lt;/code&gt; eller &lt;code&gt;,&lt;/code&gt;, datoer som 25.11.2026 eller 2026-11-25, hele tall.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;a href=&quot;#format&quot;&gt;About the file format…&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;#format&quot;&gt;Om filformatet …&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rows of the file</source>
        <translation>Radene i filen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+163"/>
        <source>Queue readings</source>
        <translation>Sett avlesningene i kø</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+181"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Reading {name}…</source>
        <translation>Leser {name} …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import cancelled.</source>
        <translation>Importen ble avbrutt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This file cannot be imported: {reason}</source>
        <translation>Denne filen kan ikke importeres: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>{good} of %Ln row(s) can be queued;</source>
        <translation>
            <numerusform>{good} av %Ln rad kan settes i kø;</numerusform>
            <numerusform>{good} av %Ln rader kan settes i kø;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln with errors will be skipped. Fix them in the file and import those rows again.</source>
        <translation>
            <numerusform>%Ln med feil hoppes over. Rett den i filen og importer den raden på nytt.</numerusform>
            <numerusform>%Ln med feil hoppes over. Rett dem i filen og importer de radene på nytt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %Ln row(s) can be queued.</source>
        <translation>
            <numerusform>Raden kan settes i kø.</numerusform>
            <numerusform>Alle %Ln radene kan settes i kø.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Queueing %Ln reading(s)…</source>
        <translation>
            <numerusform>Setter %Ln avlesning i kø …</numerusform>
            <numerusform>Setter %Ln avlesninger i kø …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln row(s) with errors will be skipped.</source>
        <translation>
            <numerusform>%Ln rad har feil og hoppes over.</numerusform>
            <numerusform>%Ln rader har feil og hoppes over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Queue the other %Ln reading(s)?</source>
        <translation>
            <numerusform>Sette den andre avlesningen i kø?</numerusform>
            <numerusform>Sette de andre %Ln avlesningene i kø?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln reading(s) queued; they are sent when you are online.</source>
        <translation>
            <numerusform>%Ln avlesning er satt i kø; den sendes når du er tilkoblet.</numerusform>
            <numerusform>%Ln avlesninger er satt i kø; de sendes når du er tilkoblet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln row(s) were not queued.</source>
        <translation>
            <numerusform>%Ln rad ble ikke satt i kø.</numerusform>
            <numerusform>%Ln rader ble ikke satt i kø.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wait until the readings of this file are queued.</source>
        <translation>Vent til avlesningene i denne filen er satt i kø.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Queue %n reading(s)</source>
        <translation>
            <numerusform>Sett %n avlesning i kø</numerusform>
            <numerusform>Sett %n avlesninger i kø</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue the rows marked OK or Check; they are sent when you are online.</source>
        <translation>Sett radene merket OK eller Kontroller i kø; de sendes når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row that could be queued is queued.</source>
        <translation>Alle rader som kunne settes i kø, er satt i kø.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No row of this file can be queued: fix the rows with errors in the file and choose it again.</source>
        <translation>Ingen rader i denne filen kan settes i kø: rett radene med feil i filen, og velg den på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No complete readings yet: choose a file with readings first.</source>
        <translation>Ingen fullstendige avlesninger ennå: velg først en fil med avlesninger.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The file could not be opened: {reason}</source>
        <translation>Filen kunne ikke åpnes: {reason}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The file has no readings.</source>
        <translation>Filen inneholder ingen avlesninger.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Skip rows with errors?</source>
        <translation>Hoppe over rader med feil?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was queued.</source>
        <translation>Ingenting ble satt i kø.</translation>
    </message>
</context>
<context>
    <name>ListPrintout</name>
    <message>
        <location filename="../../desktop/views/reports/list_printout.py" line="+40"/>
        <source>Preparing the list for printing…</source>
        <translation>Gjør listen klar for utskrift …</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>product-list</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>produktliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case-list</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>saksliste</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/shell/login_dialog.py" line="+87"/>
        <source>Sign in – Service Portal</source>
        <translation>Logg inn – Serviceportalen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>name@company.no</source>
        <translation>navn@firma.no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Husk meg på denne datamaskinen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sign-in message</source>
        <translation>Melding om innloggingen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signing in</source>
        <translation>Logger inn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Logg inn</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Demo user:</source>
        <translation>&amp;Demobruker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Portal address:</source>
        <translation>&amp;Portaladresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Portal address</source>
        <translation>Portaladresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in with your service portal account. After the first sign-in the app also works without a network connection.</source>
        <translation>Logg inn med kontoen din i serviceportalen. Etter første innlogging virker appen også uten nettverkstilkobling.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This computer has no secure password storage, so your sign-in is kept only until the app closes. You will be asked to sign in again next time.</source>
        <translation>Denne datamaskinen har ikke sikker passordlagring, så innloggingen huskes bare til appen lukkes. Du blir bedt om å logge inn igjen neste gang.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Enter the portal address.</source>
        <translation>Skriv inn portaladressen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a web address. Write it like https://portal.example.no</source>
        <translation>Dette er ikke en nettadresse. Skriv den slik: https://portal.example.no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Enter your e-mail address.</source>
        <translation>Skriv inn e-postadressen din.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>An e-mail address can be at most %Ln character(s).</source>
        <translation>
            <numerusform>En e-postadresse kan være høyst %Ln tegn.</numerusform>
            <numerusform>En e-postadresse kan være høyst %Ln tegn.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail address. Write it like name@company.no</source>
        <translation>Dette er ikke en e-postadresse. Skriv den slik: navn@firma.no</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter your password.</source>
        <translation>Skriv inn passordet ditt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Quit Service Portal?</source>
        <translation>Avslutte Serviceportalen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are not signed in. Quit Service Portal?</source>
        <translation>Du er ikke logget inn. Vil du avslutte Serviceportalen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay and sign in</source>
        <translation>&amp;Bli og logg inn</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The e-mail address or the password is wrong. Check them and try again.</source>
        <translation>E-postadressen eller passordet er feil. Kontroller dem og prøv igjen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not reach the portal at {url}. Check the address and your network connection, then try again.</source>
        <translation>Fikk ikke kontakt med portalen på {url}. Kontroller adressen og nettverkstilkoblingen, og prøv igjen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{url} answered, but it is not a service portal. Check the portal address.</source>
        <translation>{url} svarte, men det er ikke en serviceportal. Kontroller portaladressen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The portal at {url} answered in a way the app cannot read (a proxy in the way, or a portal of another version). Try again later; if it stays so, ask your IT department.</source>
        <translation>Portalen på {url} svarte på en måte appen ikke kan lese (en mellomtjener i veien, eller en portal av en annen versjon). Prøv igjen senere; ta kontakt med IT-avdelingen hvis det ikke går over.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portal could not sign you in right now. Try again in a few minutes.</source>
        <translation>Portalen kunne ikke logge deg inn akkurat nå. Prøv igjen om noen minutter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>You can sign in again now.</source>
        <translation>Du kan logge inn igjen nå.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Too many wrong passwords. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>For mange feil passord. Vent %n sekund og prøv igjen.</numerusform>
            <numerusform>For mange feil passord. Vent %n sekunder og prøv igjen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Signing in…</source>
        <translation>Logger inn …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/shell/area_list.py" line="+40"/>
        <source>Areas</source>
        <translation>Områder</translation>
    </message>
    <message>
        <location filename="../../desktop/shell/main_window.py" line="+168"/>
        <source>&amp;New…</source>
        <translation>&amp;Ny …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create something new on this page, e.g. a meter reading</source>
        <translation>Lag noe nytt på denne siden, for eksempel en målerstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find…</source>
        <translation>&amp;Søk …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search on this page</source>
        <translation>Søk på denne siden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what this page shows</source>
        <translation>Skriv ut det denne siden viser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes and fetch the latest data from the portal</source>
        <translation>Send endringene dine og hent de nyeste dataene fra portalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import readings…</source>
        <translation>&amp;Importer avlesninger …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read meter readings from a CSV file</source>
        <translation>Les inn målerstander fra en CSV-fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>Inn&amp;stillinger …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign &amp;out…</source>
        <translation>Logg &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Service Portal Desktop</source>
        <translation>&amp;Om Service Portal Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;log folder</source>
        <translation>Åpne &amp;loggmappen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>Your changes are kept and sent when the portal can be reached.</source>
        <translation>Endringene dine tas vare på og sendes når portalen kan nås.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync did not finish: {reason}</source>
        <translation>Synkroniseringen ble ikke fullført: {reason}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The portal rejected %n change(s)</source>
        <translation>
            <numerusform>Portalen avviste %n endring</numerusform>
            <numerusform>Portalen avviste %n endringer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign in again</source>
        <translation>Logg inn igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal has ended your session, so changes cannot be sent or fetched. Sign in again to continue. Your unsent changes are kept on this computer.</source>
        <translation>Portalen har avsluttet økten din, så endringer kan ikke sendes eller hentes. Logg inn igjen for å fortsette. Endringer som ikke er sendt, tas vare på på denne datamaskinen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in…</source>
        <translation>Logg inn …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/area_list.py" line="+77"/>
        <source>%n to answer</source>
        <translation>
            <numerusform>%n venter på svar</numerusform>
            <numerusform>%n venter på svar</numerusform>
        </translation>
    </message>
    <message>
        <location line="-84"/>
        <source>{title} ({details})</source>
        <translation>{title} ({details})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/shell/main_window.py" line="+108"/>
        <source>%n change(s) have not reached the portal yet. They stay on this computer and are sent the next time you sign in as {email}.</source>
        <translation>
            <numerusform>%n endring har ikke kommet fram til portalen ennå. Den blir liggende på denne datamaskinen og sendes neste gang du logger inn som {email}.</numerusform>
            <numerusform>%n endringer har ikke kommet fram til portalen ennå. De blir liggende på denne datamaskinen og sendes neste gang du logger inn som {email}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n change(s) rejected by the portal wait for you under Pending changes; they are kept too.</source>
        <translation>
            <numerusform>%n endring som portalen avviste, venter på deg under Ventende endringer; den blir også tatt vare på.</numerusform>
            <numerusform>%n endringer som portalen avviste, venter på deg under Ventende endringer; de blir også tatt vare på.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign out of the portal as {email}?</source>
        <translation>Logge ut av portalen som {email}?</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>Logg ut</translation>
    </message>
</context>
<context>
    <name>MeterRoundModel</name>
    <message>
        <location filename="../../desktop/models/meter_round.py" line="+64"/>
        <source>Serial</source>
        <translation>Serienr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Skal leses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reading</source>
        <translation>Siste avlesning</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check</source>
        <translation>Kontroller</translation>
    </message>
    <message>
        <location line="+222"/>
        <location line="+75"/>
        <location line="+27"/>
        <source>Enter all counters.</source>
        <translation>Fyll inn alle tellerne.</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>{counter}
last</source>
        <translation>{counter}
sist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counter}
new</source>
        <translation>{counter}
ny</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{counter}: type the value the machine shows now.</source>
        <translation>{counter}: skriv inn verdien maskinen viser nå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{counter} at the last reading.</source>
        <translation>{counter} ved siste avlesning.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Read on {date}</source>
        <translation>Lest av {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This machine has no such counter.</source>
        <translation>Denne maskinen har ingen slik teller.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused the reading of this day. Fix it or discard it in Pending changes.</source>
        <translation>Portalen avviste avlesningen for denne dagen. Rett eller forkast den under Ventende endringer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued</source>
        <translation>I kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued; it is sent to the portal when you are online.</source>
        <translation>I kø; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal has this reading.</source>
        <translation>Portalen har mottatt denne avlesningen.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Ready — check the value</source>
        <translation>Klar – kontroller verdien</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>{serial} ({model}): {message}</source>
        <translation>{serial} ({model}): {message}</translation>
    </message>
    <message>
        <location line="+347"/>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
</context>
<context>
    <name>MeterRoundPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="-4"/>
        <location filename="../../desktop/views/readings/meter_round_page.py" line="+124"/>
        <source>Meter round</source>
        <translation>Målerrunde</translation>
    </message>
    <message>
        <location filename="../../desktop/views/readings/meter_round_page.py" line="-19"/>
        <source>Filter by serial, model, site or location (Ctrl+F)</source>
        <translation>Filtrer på serienummer, modell, sted eller plassering (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Filter machines</source>
        <translation>Filtrer maskiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only &amp;due</source>
        <translation>Bare de som &amp;skal leses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only machines whose reading window is open and not yet read</source>
        <translation>Vis bare maskiner der avlesningsvinduet er åpent og som ikke er lest av ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading date of the round</source>
        <translation>Avlesningsdato for runden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading &amp;date:</source>
        <translation>Avlesnings&amp;dato:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Message about the current cell</source>
        <translation>Melding om gjeldende celle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result of the last save</source>
        <translation>Resultatet av siste lagring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save readings</source>
        <translation>&amp;Lagre avlesningene</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear typed values…</source>
        <translation>Tøm innskrevne verdier …</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Every machine in the list has its counters typed.</source>
        <translation>Alle maskinene i listen har fått tellerne sine fylt inn.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+16"/>
        <source>Unsaved meter readings</source>
        <translation>Målerstander som ikke er lagret</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>You have typed meter readings that are not saved yet. Save them before you go?</source>
        <translation>Du har skrevet inn målerstander som ikke er lagret ennå. Vil du lagre dem før du går?</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>The values typed for %Ln machine(s) cannot be saved as they are (see the Check column). Throw them away, or stay and fix them?</source>
        <translation>
            <numerusform>Verdiene som er skrevet inn for %Ln maskin, kan ikke lagres slik de er (se kolonnen Kontroller). Vil du forkaste dem, eller bli og rette dem?</numerusform>
            <numerusform>Verdiene som er skrevet inn for %Ln maskiner, kan ikke lagres slik de er (se kolonnen Kontroller). Vil du forkaste dem, eller bli og rette dem?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+65"/>
        <source>%Ln machine(s)</source>
        <translation>
            <numerusform>%Ln maskin</numerusform>
            <numerusform>%Ln maskiner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>Your unsent values from {time} are back (%Ln machine(s)); they are not queued yet. Clear typed values… throws them away.</source>
        <translation>
            <numerusform>De usendte verdiene dine fra {time} er tilbake (%Ln maskin); de er ikke lagt i kø ennå. «Tøm innskrevne verdier …» kaster dem.</numerusform>
            <numerusform>De usendte verdiene dine fra {time} er tilbake (%Ln maskiner); de er ikke lagt i kø ennå. «Tøm innskrevne verdier …» kaster dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… og %Ln til</numerusform>
            <numerusform>… og %Ln til</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%Ln reading(s) queued</source>
        <translation>
            <numerusform>%Ln avlesning satt i kø</numerusform>
            <numerusform>%Ln avlesninger satt i kø</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln accepted by the portal</source>
        <translation>
            <numerusform>%Ln godtatt av portalen</numerusform>
            <numerusform>%Ln godtatt av portalen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln need(s) attention</source>
        <translation>
            <numerusform>%Ln trenger oppmerksomhet</numerusform>
            <numerusform>%Ln trenger oppmerksomhet</numerusform>
        </translation>
    </message>
    <message>
        <location line="-151"/>
        <source>{ready} of {typed} typed ready to save</source>
        <translation>{ready} av {typed} innskrevne er klare til lagring</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Queue %n complete reading(s) (Ctrl+S); they are sent when you are online.</source>
        <translation>
            <numerusform>Sett %n fullstendig avlesning i kø (Ctrl+S); den sendes når du er tilkoblet.</numerusform>
            <numerusform>Sett %n fullstendige avlesninger i kø (Ctrl+S); de sendes når du er tilkoblet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No complete readings yet: a machine is saved when every counter has a valid value.</source>
        <translation>Ingen fullstendige avlesninger ennå: en maskin lagres når alle tellerne har en gyldig verdi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No complete readings yet: type the counters of a machine in the table.</source>
        <translation>Ingen fullstendige avlesninger ennå: skriv inn tellerne for en maskin i tabellen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No machines match “{text}”.</source>
        <translation>Ingen maskiner passer til «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No machine is due for a reading now. Untick “Only due” to see every machine.</source>
        <translation>Ingen maskiner skal leses av nå. Fjern haken for «Bare de som skal leses» for å se alle maskinene.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No machines yet. They appear here after the first sync with the portal.</source>
        <translation>Ingen maskiner ennå. De vises her etter første synkronisering med portalen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Clear typed values</source>
        <translation>Tøm innskrevne verdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw away every value typed in this round?</source>
        <translation>Forkaste alle verdiene som er skrevet inn i denne runden?</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Check unusual values</source>
        <translation>Kontroller uvanlige verdier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some values rose far more than usual:

{lines}

Queue them anyway?</source>
        <translation>Noen verdier har økt mye mer enn vanlig:

{lines}

Sette dem i kø likevel?</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Nothing was queued; your typed values are kept.</source>
        <translation>Ingenting ble satt i kø; verdiene du skrev inn, er beholdt.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <location filename="../../desktop/models/base.py" line="+66"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/views/cases/new_case_dialog.py" line="+115"/>
        <source>New case</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A &amp;machine needs help</source>
        <translation>En &amp;maskin trenger hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An account &amp;question (invoice, contract…)</source>
        <translation>Et &amp;spørsmål om kundeforholdet (faktura, avtale …)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a machine…</source>
        <translation>Velg en maskin …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Choose a category…</source>
        <translation>Velg en kategori …</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>For example: Paper jam in tray 2</source>
        <translation>For eksempel: Papirstopp i skuff 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens, since when, any code on the display…</source>
        <translation>Hva skjer, siden når, eventuell kode i displayet …</translation>
    </message>
    <message>
        <location line="-232"/>
        <source>Send me e-mail &amp;updates about this case</source>
        <translation>Send meg &amp;oppdateringer om saken på e-post</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Machine:</source>
        <translation>&amp;Maskin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Emne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beskrivelse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;name:</source>
        <translation>Kontakt&amp;navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Kontakt-e-&amp;post:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Files:</source>
        <translation>Filer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;case</source>
        <translation>Send sa&amp;ken</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Files to attach</source>
        <translation>Filer som legges ved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;files…</source>
        <translation>Legg til &amp;filer …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files with the button, or drop them here</source>
        <translation>Legg til filer med knappen, eller slipp dem her</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Have you tried these?</source>
        <translation>Har du prøvd disse?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These guides solve many problems in a few minutes. You can still send the case.</source>
        <translation>Disse veiledningene løser mange problemer på noen få minutter. Du kan fortsatt sende saken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching guides</source>
        <translation>Veiledninger som passer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open guide</source>
        <translation>&amp;Åpne veiledning</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>No guide matches yet. Choose the machine and category, and write a subject.</source>
        <translation>Ingen veiledning passer ennå. Velg maskin og kategori, og skriv et emne.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>← All suggestions</source>
        <translation>← Alle forslag</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Correct the case</source>
        <translation>Rett saken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this case: {reason}</source>
        <translation>Portalen avviste saken: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>ingen grunn oppgitt</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send &amp;again</source>
        <translation>Send &amp;igjen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>No guide matches yet. Choose the category and write a subject.</source>
        <translation>Ingen veiledning passer ennå. Velg kategori, og skriv et emne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: Question about invoice 2026-1142</source>
        <translation>For eksempel: Spørsmål om faktura 2026-1142</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What it is about: the invoice or contract number, the address, what you would like changed…</source>
        <translation>Hva det gjelder: faktura- eller avtalenummer, adressen, hva du vil ha endret …</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Wait until the files are checked.</source>
        <translation>Vent til filene er kontrollert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case is queued now and sent as soon as the portal is reachable</source>
        <translation>Saken legges i kø nå og sendes så snart portalen er tilgjengelig</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The case is queued here and sent as soon as the portal can be reached. The expected answer is counted in business hours from when the portal receives it: if that is now, by {moment}.</source>
        <translation>Saken legges i kø her og sendes så snart portalen kan nås. Forventet svartid regnes i arbeidstid fra portalen mottar den: skjer det nå, innen {moment}.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Already changed</source>
        <translation>Allerede endret</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard case</source>
        <translation>Forkast saken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard this case? What you typed will be lost.</source>
        <translation>Vil du forkaste denne saken? Det du har skrevet, går tapt.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../desktop/views/users/new_user_dialog.py" line="+50"/>
        <source>New user</source>
        <translation>Ny bruker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Correct the new user</source>
        <translation>Rett den nye brukeren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal sends the new user an e-mail with a link to choose a password. Assign machines to a customer with Machines… once the user is listed.</source>
        <translation>Portalen sender den nye brukeren en e-post med en lenke for å velge passord. Tildel maskiner til en kunde med Maskiner… når brukeren står i listen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create user</source>
        <translation>Opprett bruker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send again</source>
        <translation>Send igjen</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Discard the new user?</source>
        <translation>Forkaste den nye brukeren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name and e-mail you typed are thrown away.</source>
        <translation>Navnet og e-postadressen du skrev, blir forkastet.</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <location filename="../../desktop/shell/notifications.py" line="+165"/>
        <source>Reply from the service desk</source>
        <translation>Svar fra kundeservice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Case {number} is now {state}</source>
        <translation>Sak {number} har nå status «{state}»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The portal refused a change</source>
        <translation>Portalen avviste en endring</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>A change you made (it was discarded meanwhile)</source>
        <translation>En endring du gjorde (den er forkastet siden)</translation>
    </message>
    <message numerus="yes">
        <location line="-41"/>
        <source>You no longer have access to %n machine(s)</source>
        <translation>
            <numerusform>Du har ikke lenger tilgang til %n maskin</numerusform>
            <numerusform>Du har ikke lenger tilgang til %n maskiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They were removed from this computer.</source>
        <translation>De er fjernet fra denne datamaskinen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unsent change(s) for them cannot be sent; see Pending changes.</source>
        <translation>
            <numerusform>%n endring til dem som ikke er sendt, kan ikke sendes; se Ventende endringer.</numerusform>
            <numerusform>%n endringer til dem som ikke er sendt, kan ikke sendes; se Ventende endringer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n replies from the service desk</source>
        <translation>
            <numerusform>%n svar fra kundeservice</numerusform>
            <numerusform>%n svar fra kundeservice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cases changed state</source>
        <translation>
            <numerusform>%n sak har fått ny status</numerusform>
            <numerusform>%n saker har fått ny status</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The portal refused %n changes</source>
        <translation>
            <numerusform>Portalen avviste %n endring</numerusform>
            <numerusform>Portalen avviste %n endringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n updates from the service desk</source>
        <translation>
            <numerusform>%n oppdatering fra kundeservice</numerusform>
            <numerusform>%n oppdateringer fra kundeservice</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Your order has shipped</source>
        <translation>Bestillingen din er sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With {carrier}, tracking {tracking}</source>
        <translation>Med {carrier}, sporingsnummer {tracking}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desktop/views/orders/order_dialog.py" line="+51"/>
        <source>Quantity of {article}</source>
        <translation>Antall av {article}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Already ordered for this machine on {date}. Order again only if it is really needed.</source>
        <translation>Allerede bestilt til denne maskinen {date}. Bestill igjen bare hvis det virkelig trengs.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Order supplies</source>
        <translation>Bestill rekvisita</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Machine</source>
        <translation>Maskin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add to cart</source>
        <translation>&amp;Legg i handlekurven</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Fjern linjen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note for the supplies desk (optional)</source>
        <translation>En merknad til rekvisitaavdelingen (valgfritt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Queue order</source>
        <translation>Legg bestillingen i kø</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machine:</source>
        <translation>Maskin:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cart (one order per machine):</source>
        <translation>Handlekurv (én bestilling per maskin):</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a machine.</source>
        <translation>Velg en maskin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>At most {limit} of one article per order.</source>
        <translation>Høyst {limit} av én vare per bestilling.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No supplies for this machine are in the catalogue yet; synchronise and try again.</source>
        <translation>Ingen rekvisita til denne maskinen er i katalogen ennå; synkroniser og prøv igjen.</translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Queue %n order(s)</source>
        <translation>
            <numerusform>Legg %n bestilling i kø</numerusform>
            <numerusform>Legg %n bestillinger i kø</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Discard the order?</source>
        <translation>Forkaste bestillingen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The cart and the quantities you typed are thrown away.</source>
        <translation>Handlekurven og antallene du har skrevet, blir forkastet.</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../desktop/models/orders.py" line="+21"/>
        <source>Submitted</source>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Levert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Kansellert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+47"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Refused</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Queued here; it is sent to the portal when you are online.</source>
        <translation>Lagt i kø her; den sendes til portalen når du er på nett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this order; Pending changes says why.</source>
        <translation>Portalen avviste denne bestillingen; Ventende endringer forteller hvorfor.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+69"/>
        <source>Machine</source>
        <translation>Maskin</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Lines</source>
        <translation>Linjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered</source>
        <translation>Bestilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <translation>Sporing</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Article</source>
        <translation>Vare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Antall</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="+16"/>
        <location filename="../../desktop/views/orders/orders_page.py" line="+76"/>
        <source>Orders</source>
        <translation>Bestillinger</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/orders_page.py" line="-11"/>
        <source>Search: number, machine, article, tracking…</source>
        <translation>Søk: nummer, maskin, vare, sporing …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search orders</source>
        <translation>Søk i bestillinger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order supplies…</source>
        <translation>Bestill rekvisita …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order toner and other supplies for one or more machines (Ctrl+N)</source>
        <translation>Bestill toner og andre rekvisita til én eller flere maskiner (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel order</source>
        <translation>Kanseller bestillingen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The cancel is queued.</source>
        <translation>Kanselleringen er lagt i kø.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n order(s) queued; they are sent when you are online.</source>
        <translation>
            <numerusform>%n bestilling lagt i kø; den sendes når du er på nett.</numerusform>
            <numerusform>%n bestillinger lagt i kø; de sendes når du er på nett.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select an order</source>
        <translation>Velg en bestilling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a submitted order can be cancelled</source>
        <translation>Bare en innsendt bestilling kan kanselleres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the portal to cancel this order</source>
        <translation>Be portalen kansellere denne bestillingen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No orders match “{text}”.</source>
        <translation>Ingen bestillinger passer til «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open orders. “All” shows the orders that are done.</source>
        <translation>Ingen åpne bestillinger. «Alle» viser bestillingene som er avsluttet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No order is on its way. “All” shows every order.</source>
        <translation>Ingen bestilling er på vei. «Alle» viser alle bestillinger.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No orders yet. “Order supplies…” (Ctrl+N) orders toner and other supplies.</source>
        <translation>Ingen bestillinger ennå. «Bestill rekvisita …» (Ctrl+N) bestiller toner og andre rekvisita.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This column cannot be sorted.</source>
        <translation>Denne kolonnen kan ikke sorteres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State: {state}</source>
        <translation>Status: {state}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines: {lines}</source>
        <translation>Linjer: {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered {when} by {who}</source>
        <translation>Bestilt {when} av {who}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shipped {when} with {carrier}, tracking {ref}</source>
        <translation>Sendt {when} med {carrier}, sporingsnummer {ref}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivered {when}</source>
        <translation>Levert {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delivery: {site}, {recipient}</source>
        <translation>Levering: {site}, {recipient}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: {note}</source>
        <translation>Merknad: {note}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open ({count})</source>
        <translation>Åpne ({count})</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shipped ({count})</source>
        <translation>Sendt ({count})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All ({count})</source>
        <translation>Alle ({count})</translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <location filename="../../desktop/models/outbox.py" line="+33"/>
        <source>Waiting to be sent</source>
        <translation>Venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting – will try again</source>
        <translation>Venter – prøver igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for a rejected change</source>
        <translation>Venter på en avvist endring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last attempt did not reach the portal; it is tried again automatically.</source>
        <translation>Forrige forsøk nådde ikke fram til portalen; det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An earlier change for the same machine was rejected; this one is sent after you fix or discard that one.</source>
        <translation>En tidligere endring for den samme maskinen ble avvist; denne sendes når du har rettet eller forkastet den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this change. Edit and send it again, or discard it.</source>
        <translation>Portalen avviste denne endringen. Rett den og send den igjen, eller forkast den.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A counter is lower than its previous reading.</source>
        <translation>En teller er lavere enn ved forrige avlesning.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine already has a reading for that day; only one a day is allowed.</source>
        <translation>Denne maskinen har allerede en avlesning for den dagen; bare én per dag er tillatt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The machine has no such counter.</source>
        <translation>Maskinen har ingen slik teller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter value is not a whole number of 0 or more.</source>
        <translation>En tellerverdi er ikke et helt tall på 0 eller mer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading is dated in the future.</source>
        <translation>Avlesningen er datert fram i tid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter of the machine has no value.</source>
        <translation>En av maskinens tellere mangler verdi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your user may not do this for this machine.</source>
        <translation>Brukeren din har ikke lov til å gjøre dette for denne maskinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal does not know this machine (any more).</source>
        <translation>Portalen kjenner ikke (lenger) til denne maskinen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal found the request invalid.</source>
        <translation>Portalen fant forespørselen ugyldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed it meanwhile.</source>
        <translation>Noen andre har endret den i mellomtiden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You no longer have access to the machine {serial} ({model}), so this change cannot be sent. Discard it, or ask your administrator to assign the machine to you again.</source>
        <translation>Du har ikke lenger tilgang til maskinen {serial} ({model}), så denne endringen kan ikke sendes. Forkast den, eller be administratoren din om å tildele deg maskinen igjen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This change can no longer be sent; read why, then discard it.</source>
        <translation>Denne endringen kan ikke lenger sendes. Les hvorfor, og forkast den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal refused this change (problem {code}).</source>
        <translation>Portalen avviste denne endringen (problem {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused this change.</source>
        <translation>Portalen avviste denne endringen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counter}: {problem}</source>
        <translation>{counter}: {problem}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A change of a kind this version does not know ({kind})</source>
        <translation>En endring av en type denne versjonen ikke kjenner ({kind})</translation>
    </message>
    <message>
        <location filename="../../desktop/views/readings/pending_kinds.py" line="+32"/>
        <source>Meter reading</source>
        <translation>Måleravlesning</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meter reading {serial} ({model}), {date}: {values}</source>
        <translation>Målerstand {serial} ({model}), {date}: {values}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meter reading, {date}: {values}</source>
        <translation>Målerstand, {date}: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop/models/outbox.py" line="+24"/>
        <source>Change</source>
        <translation>Endring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attempts</source>
        <translation>Forsøk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason or last error</source>
        <translation>Årsak eller siste feil</translation>
    </message>
</context>
<context>
    <name>OutboxState</name>
    <message>
        <location filename="../../desktop/views/pending/state_errors.py" line="+13"/>
        <source>This change is no longer waiting here: it was sent or discarded meanwhile.</source>
        <translation>Denne endringen venter ikke lenger her: den ble sendt eller forkastet i mellomtiden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change is being sent right now, so it can no longer be changed.</source>
        <translation>Denne endringen sendes akkurat nå, så den kan ikke lenger endres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change was sent meanwhile, so it can no longer be changed.</source>
        <translation>Denne endringen ble sendt i mellomtiden, så den kan ikke lenger endres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This change was already corrected; it waits to be sent.</source>
        <translation>Denne endringen er allerede rettet; den venter på å bli sendt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused this change meanwhile; put it right or discard it in Pending changes.</source>
        <translation>Portalen avviste denne endringen i mellomtiden; rett den eller forkast den under Ventende endringer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This change was changed meanwhile; look at it again.</source>
        <translation>Denne endringen ble endret i mellomtiden; se på den igjen.</translation>
    </message>
</context>
<context>
    <name>OutboxWait</name>
    <message>
        <location filename="../../desktop/models/outbox_wait.py" line="+17"/>
        <source>The portal could not be reached. It is sent as soon as the connection is back.</source>
        <translation>Portalen kunne ikke nås. Endringen sendes så snart forbindelsen er tilbake.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal had a problem of its own (HTTP {status}). It is tried again by itself.</source>
        <translation>Portalen hadde et eget problem (HTTP {status}). Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal asked the app to slow down. It is tried again by itself.</source>
        <translation>Portalen ba appen om å sende saktere. Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal is still working on an earlier attempt. It is tried again by itself.</source>
        <translation>Portalen arbeider fortsatt med et tidligere forsøk. Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The portal&apos;s answer could not be read. It is tried again by itself.</source>
        <translation>Svaret fra portalen kunne ikke leses. Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your sign-in has expired. It is sent once you sign in again.</source>
        <translation>Innloggingen din er utløpt. Endringen sendes når du logger inn igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal had a problem of its own. It is tried again by itself.</source>
        <translation>Portalen hadde et eget problem. Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last attempt did not get through (problem {code}). It is tried again by itself.</source>
        <translation>Det siste forsøket kom ikke fram (problemkode {code}). Det prøves igjen automatisk.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last attempt did not get through. It is tried again by itself.</source>
        <translation>Det siste forsøket kom ikke fram. Det prøves igjen automatisk.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../desktop/views/reports/pdf_preview_dialog.py" line="+44"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../desktop/views/reports/pdf_view.py" line="+33"/>
        <source>Preview of the report</source>
        <translation>Forhåndsvisning av rapporten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit to width</source>
        <translation>Tilpass til bredden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit width</source>
        <translation>Tilpass bredde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Page {page} of {pages}</source>
        <translation>Side {page} av {pages}</translation>
    </message>
</context>
<context>
    <name>PendingBadge</name>
    <message numerus="yes">
        <location filename="../../desktop/views/pending/badge.py" line="+19"/>
        <source>%n rejected by the portal</source>
        <translation>
            <numerusform>%n avvist av portalen</numerusform>
            <numerusform>%n avvist av portalen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingKinds</name>
    <message>
        <location filename="../../desktop/views/account/pending_kinds.py" line="+27"/>
        <source>New cases: e-mail updates on</source>
        <translation>Nye saker: e-postvarsler på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New cases: e-mail updates off</source>
        <translation>Nye saker: e-postvarsler av</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service desk writes to you in {language}</source>
        <translation>Kundeservice skriver til deg på {language}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Norwegian bokmål</source>
        <translation>norsk bokmål</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>English</source>
        <translation>engelsk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Account: {fields}</source>
        <translation>Konto: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cases/pending_kinds.py" line="+26"/>
        <source>(a case no longer in your list)</source>
        <translation>(en sak som ikke lenger er i listen din)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New case: {subject}</source>
        <translation>Ny sak: {subject}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reply on case {case}: {text}</source>
        <translation>Svar i sak {case}: {text}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachment {file} for case {case}</source>
        <translation>Vedlegg {file} til sak {case}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reopen case {case}</source>
        <translation>Gjenåpne sak {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel case {case}</source>
        <translation>Avbryt sak {case}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-mail updates on for case {case}</source>
        <translation>E-postvarsler på for sak {case}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail updates off for case {case}</source>
        <translation>E-postvarsler av for sak {case}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/orders/pending_kinds.py" line="+32"/>
        <source>Supplies order: {lines}</source>
        <translation>Rekvisitabestilling: {lines}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies for {serial} ({model}): {lines}</source>
        <translation>Rekvisita til {serial} ({model}): {lines}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel order {number}</source>
        <translation>Kanseller bestilling {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel a supplies order not sent yet</source>
        <translation>Kanseller en rekvisitabestilling som ikke er sendt ennå</translation>
    </message>
    <message>
        <location filename="../../desktop/views/products/pending_kinds.py" line="+26"/>
        <location filename="../../desktop/views/requests/pending_kinds.py" line="+22"/>
        <source>(a machine no longer in your list)</source>
        <translation>(en maskin som ikke lenger er i listen din)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data of machine {serial}: {fields}</source>
        <translation>Data for maskin {serial}: {fields}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/account/pending_kinds.py" line="+16"/>
        <location filename="../../desktop/views/products/pending_kinds.py" line="+22"/>
        <source>&amp;Resolve…</source>
        <translation>&amp;Løs …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/requests/pending_kinds.py" line="+4"/>
        <source>Move machine {serial}</source>
        <translation>Flytt maskin {serial}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove machine {serial}</source>
        <translation>Fjern maskin {serial}</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users/pending_kinds.py" line="+22"/>
        <source>New user {name} &lt;{email}&gt;, {role}</source>
        <translation>Ny bruker {name} &lt;{email}&gt;, {role}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>role {role}</source>
        <translation>rolle {role}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reactivate</source>
        <translation>aktiver igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivate</source>
        <translation>deaktiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User {who}: {changes}</source>
        <translation>Bruker {who}: {changes}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machines of {who}: {added} assigned, {removed} taken away</source>
        <translation>Maskinene til {who}: {added} tildelt, {removed} tatt bort</translation>
    </message>
</context>
<context>
    <name>PendingPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="-4"/>
        <location filename="../../desktop/views/pending/pending_page.py" line="+127"/>
        <source>Pending changes</source>
        <translation>Ventende endringer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pending/pending_page.py" line="-37"/>
        <source>All changes</source>
        <translation>Alle endringer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting to be sent</source>
        <translation>Venter på å bli sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Selected change</source>
        <translation>Valgt endring</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+148"/>
        <source>The portal&apos;s reason:</source>
        <translation>Portalens begrunnelse:</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The portal&apos;s reason</source>
        <translation>Portalens begrunnelse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>&amp;Edit and send again…</source>
        <translation>&amp;Rett og send igjen …</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Correct the refused reading or case and queue it for the portal again</source>
        <translation>Rett den avviste avlesningen eller saken og legg den i køen til portalen igjen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard…</source>
        <translation>&amp;Forkast …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throw this change away; it is never sent</source>
        <translation>Kast denne endringen; den blir aldri sendt</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected</source>
        <translation>
            <numerusform>%n avvist</numerusform>
            <numerusform>%n avvist</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sent</source>
        <translation>
            <numerusform>%n sendt</numerusform>
            <numerusform>%n sendt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Ingenting venter på å bli sendt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal has not rejected any of your changes.</source>
        <translation>Portalen har ikke avvist noen av endringene dine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes have been sent from this computer yet.</source>
        <translation>Ingen endringer er sendt fra denne datamaskinen ennå.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No changes made on this computer yet. Readings you enter appear here until the portal has them.</source>
        <translation>Ingen endringer er gjort på denne datamaskinen ennå. Avlesninger du legger inn, vises her til portalen har fått dem.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No change selected.</source>
        <translation>Ingen endring er valgt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Why it waits:</source>
        <translation>Hvorfor den venter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it cannot be sent:</source>
        <translation>Hvorfor den ikke kan sendes:</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cases/pending_kinds.py" line="+37"/>
        <source>Send as a &amp;new case…</source>
        <translation>Send som &amp;ny sak …</translation>
    </message>
    <message>
        <location filename="../../desktop/views/readings/pending_kinds.py" line="+8"/>
        <source>Cannot edit this reading</source>
        <translation>Kan ikke rette denne avlesningen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The machine of this reading is no longer in your list, so the reading cannot be corrected. You can discard it.</source>
        <translation>Maskinen for denne avlesningen er ikke lenger i listen din, så avlesningen kan ikke rettes. Du kan forkaste den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The corrected reading is queued.</source>
        <translation>Den rettede avlesningen er satt i kø.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/cases/pending_kinds.py" line="-28"/>
        <source>The corrected case is queued.</source>
        <translation>Den rettede saken ligger i køen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Follow-up to case {case}:</source>
        <translation>Oppfølging av sak {case}:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The reply is queued as a new case.</source>
        <translation>Svaret ligger i køen som en ny sak.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/pending/pending_page.py" line="+31"/>
        <source>Discard this change?</source>
        <translation>Forkaste denne endringen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{summary}” will be deleted from this computer and never sent to the portal. This cannot be undone.</source>
        <translation>«{summary}» slettes fra denne datamaskinen og blir aldri sendt til portalen. Dette kan ikke angres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The change was discarded.</source>
        <translation>Endringen ble forkastet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already on its way</source>
        <translation>Allerede på vei</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users/pending_kinds.py" line="+10"/>
        <source>The corrected user is queued.</source>
        <translation>Den rettede brukeren står i kø.</translation>
    </message>
</context>
<context>
    <name>ProductDetail</name>
    <message>
        <location filename="../../desktop/views/products/product_detail.py" line="+80"/>
        <source>New reading…</source>
        <translation>Ny avlesning …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter a meter reading for this machine (Ctrl+N)</source>
        <translation>Legg inn en målerstand for denne maskinen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report a problem…</source>
        <translation>Meld et problem …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a support case about this machine</source>
        <translation>Opprett en supportsak om denne maskinen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit machine data…</source>
        <translation>Endre maskindata …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change where the machine stands, its cost centre, contact person or internal name</source>
        <translation>Endre hvor maskinen står, koststed, kontaktperson eller internt navn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose between the versions…</source>
        <translation>Velg mellom versjonene …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Serial:</source>
        <translation>Serienr.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name:</source>
        <translation>Internt navn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site:</source>
        <translation>Sted:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location:</source>
        <translation>Plassering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre:</source>
        <translation>Koststed:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact:</source>
        <translation>Kontaktperson:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counters:</source>
        <translation>Tellere:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract:</source>
        <translation>Kontrakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time:</source>
        <translation>Responstid:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing:</source>
        <translation>Fakturering:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading window:</source>
        <translation>Avlesningsvindu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading due:</source>
        <translation>Skal leses av:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases:</source>
        <translation>Saker:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move or removal:</source>
        <translation>Flytting/henting:</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+13"/>
        <source>Meter history</source>
        <translation>Målerhistorikk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move this machine…</source>
        <translation>Flytt denne maskinen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove this machine…</source>
        <translation>Fjern denne maskinen …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a machine to see its data, contract and meter history.</source>
        <translation>Velg en maskin for å se data, kontrakt og målerhistorikk.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Monthly</source>
        <translation>Månedlig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarterly</source>
        <translation>Kvartalsvis</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+10"/>
        <location line="+22"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Yes — read it by {date}</source>
        <translation>Ja – les av innen {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln åpen</numerusform>
            <numerusform>%Ln åpne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%Ln in all</source>
        <translation>
            <numerusform>%Ln i alt</numerusform>
            <numerusform>%Ln i alt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show this machine&apos;s cases</source>
        <translation>Vis sakene til denne maskinen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removed on {day}</source>
        <translation>Fjernet {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine has been removed.</source>
        <translation>Denne maskinen er fjernet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not sent yet</source>
        <translation>ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} ({number}) wanted {day}</source>
        <translation>{kind} ({number}) ønsket {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It already has an open request; follow it on the Cases page, or cancel it there first.</source>
        <translation>Den har allerede en åpen forespørsel; følg den på Saker-siden, eller avbryt den der først.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{model} (removed)</source>
        <translation>{model} (fjernet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for this machine to be moved</source>
        <translation>Be om at denne maskinen flyttes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for this machine to be taken away</source>
        <translation>Be om at denne maskinen hentes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Someone else changed this machine&apos;s data while your change waited: {fields}.</source>
        <translation>Noen andre endret dataene for denne maskinen mens endringen din ventet: {fields}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The portal refused your change of {fields}; see Pending changes.</source>
        <translation>Portalen avviste endringen din av {fields}; se Ventende endringer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet: {fields}.</source>
        <translation>Ikke sendt ennå: {fields}.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%Ln business hour(s)</source>
        <translation>
            <numerusform>%Ln arbeidstime</numerusform>
            <numerusform>%Ln arbeidstimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The last %Ln day(s) of each billing period (next: {opens} – {closes})</source>
        <translation>
            <numerusform>Den siste dagen i hver faktureringsperiode (neste: {opens} – {closes})</numerusform>
            <numerusform>De siste %Ln dagene i hver faktureringsperiode (neste: {opens} – {closes})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The last %Ln day(s) of each billing period (now: {opens} – {closes})</source>
        <translation>
            <numerusform>Den siste dagen i hver faktureringsperiode (nå: {opens} – {closes})</numerusform>
            <numerusform>De siste %Ln dagene i hver faktureringsperiode (nå: {opens} – {closes})</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The last day of each billing period (next: {closes})</source>
        <translation>Siste dag i hver faktureringsperiode (neste: {closes})</translation>
    </message>
    <message>
        <location line="-319"/>
        <source>Order supplies…</source>
        <translation>Bestill rekvisita …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order toner and other supplies that fit this machine</source>
        <translation>Bestill toner og andre rekvisita som passer til denne maskinen</translation>
    </message>
</context>
<context>
    <name>ProductEditDialog</name>
    <message>
        <location filename="../../desktop/views/products/product_edit_dialog.py" line="+48"/>
        <source>Edit machine data</source>
        <translation>Endre maskindata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Machine:</source>
        <translation>Maskin:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>name@example.no</source>
        <translation>navn@eksempel.no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved here at once and sent to the portal as soon as it can be reached. If someone else changes the same data meanwhile, you choose which to keep.</source>
        <translation>Lagres her med en gang og sendes til portalen så snart den kan nås. Endrer noen andre de samme dataene i mellomtiden, velger du hva som skal beholdes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Discard your changes to this machine&apos;s data?</source>
        <translation>Forkaste endringene dine av maskindataene?</translation>
    </message>
</context>
<context>
    <name>ProductFields</name>
    <message>
        <location filename="../../desktop/views/products/product_fields.py" line="+19"/>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building</source>
        <translation>Bygning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Etasje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <translation>Koststed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktpersonens e-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal name</source>
        <translation>Internt navn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This site is not in your account&apos;s data any more; choose another.</source>
        <translation>Dette stedet finnes ikke lenger i kontoens data; velg et annet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where the machine stands: the building, floor or room.</source>
        <translation>Si hvor maskinen står: bygning, etasje eller rom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This can be at most {max} characters.</source>
        <translation>Dette kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A machine no longer in your list</source>
        <translation>En maskin som ikke lenger er i listen din</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A text of the machine&apos;s data is too long.</source>
        <translation>En tekst i maskindataene er for lang.</translation>
    </message>
</context>
<context>
    <name>ProductPicker</name>
    <message>
        <location filename="../../desktop/views/products/product_picker.py" line="+29"/>
        <source>Search serial, model or site</source>
        <translation>Søk i serienummer, modell eller sted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search machines</source>
        <translation>Søk etter maskiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine</source>
        <translation>Maskin</translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../desktop/models/products.py" line="+21"/>
        <source>Queued here; it is sent to the portal when you are online.</source>
        <translation>I kø her; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated by the vendor; no reading was taken.</source>
        <translation>Stipulert av leverandøren; ingen avlesning ble gjort.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The reading window for the next invoice is open and no reading was taken in it yet.</source>
        <translation>Avlesningsvinduet for neste faktura er åpent, og ingen avlesning er gjort i det ennå.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+71"/>
        <source>Due</source>
        <translation>Skal leses</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Serial</source>
        <translation>Serienr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reading</source>
        <translation>Siste avlesning</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last total</source>
        <translation>Siste total</translation>
    </message>
</context>
<context>
    <name>ProductsPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="-16"/>
        <location filename="../../desktop/views/products/products_page.py" line="+98"/>
        <source>Products</source>
        <translation>Produkter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/products/products_page.py" line="-16"/>
        <source>Search serial, model, site or location (Ctrl+F)</source>
        <translation>Søk på serienummer, modell, sted eller plassering (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search products</source>
        <translation>Søk i produkter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading &amp;due</source>
        <translation>&amp;Skal leses av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only machines whose reading window is open and not yet read</source>
        <translation>Vis bare maskiner der avlesningsvinduet er åpent og som ikke er lest av ennå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of machines</source>
        <translation>Antall maskiner</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Report on the selected machines…</source>
        <translation>&amp;Rapport om de valgte maskinene …</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All sites</source>
        <translation>Alle steder</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Select a machine first, then press Ctrl+N to enter its reading.</source>
        <translation>Velg en maskin først, og trykk så Ctrl+N for å legge inn avlesningen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select the machines to report on first.</source>
        <translation>Velg først maskinene rapporten skal gjelde.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No machines match “{text}”.</source>
        <translation>Ingen maskiner passer til «{text}».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No machines match the site and “Reading due” chosen above.</source>
        <translation>Ingen maskiner passer til stedet og «Skal leses av» som er valgt over.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No machines yet. They appear here after the first sync with the portal.</source>
        <translation>Ingen maskiner ennå. De vises her etter første synkronisering med portalen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This column cannot be sorted.</source>
        <translation>Denne kolonnen kan ikke sorteres.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln machine(s)</source>
        <translation>
            <numerusform>%Ln maskin</numerusform>
            <numerusform>%Ln maskiner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading queued; it is sent to the portal when you are online.</source>
        <translation>Avlesningen er satt i kø; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message numerus="yes">
        <location line="-137"/>
        <source>%n order(s) queued; see the Orders page.</source>
        <translation>
            <numerusform>%n bestilling lagt i kø; se siden Bestillinger.</numerusform>
            <numerusform>%n bestillinger lagt i kø; se siden Bestillinger.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop/views/widgets/progress_dialog.py" line="+44"/>
        <source>Progress</source>
        <translation>Fremdrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Stopping…</source>
        <translation>Avbryter …</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../desktop/i18n.py" line="+57"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Klipp ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location line="-21"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location line="+8"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier &amp;lenkeadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <location filename="../../desktop/views/widgets/questions.py" line="+25"/>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsett å skrive</translation>
    </message>
</context>
<context>
    <name>ReadingChecks</name>
    <message>
        <location filename="../../desktop/models/reading_problems.py" line="+23"/>
        <source>Enter a value.</source>
        <translation>Skriv inn en verdi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter cannot be negative.</source>
        <translation>En teller kan ikke være negativ.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter is a whole number, without decimals.</source>
        <translation>En teller er et helt tall, uten desimaler.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use digits only.</source>
        <translation>Bruk bare sifre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value is too large for a counter.</source>
        <translation>Verdien er for stor for en teller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine has no such counter.</source>
        <translation>Denne maskinen har ingen slik teller.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter all counters.</source>
        <translation>Fyll inn alle tellerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine is not in the local data any more; synchronise and try again.</source>
        <translation>Denne maskinen finnes ikke lenger i de lokale dataene; synkroniser og prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counter} rose by {rise} since the last reading; this machine normally does about {normal} a month. Check the value.</source>
        <translation>{counter} har økt med {rise} siden forrige avlesning; denne maskinen gjør vanligvis rundt {normal} i måneden. Kontroller verdien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a reading of {date}; only one reading a day is allowed.</source>
        <translation>Det finnes allerede en avlesning for {date}; bare én avlesning per dag er tillatt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} is in the future.</source>
        <translation>{date} er fram i tid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter is a whole number from 0 to {max}.</source>
        <translation>En teller er et helt tall fra 0 til {max}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} is higher than the later reading {other} of {date}.</source>
        <translation>{value} er høyere enn den senere avlesningen {other} fra {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This value is not accepted (problem {code}).</source>
        <translation>Verdien godtas ikke (problemkode {code}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A counter is lower than its previous reading.</source>
        <translation>En teller er lavere enn ved forrige avlesning.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{counter} {value} is lower than the previous reading {other} of {date}.</source>
        <translation>{counter} {value} er lavere enn forrige avlesning {other} fra {date}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{counter} {value} is {rise} above the previous reading {other} of {date}; this machine normally does about {normal} a month. Check the value.</source>
        <translation>{counter} {value} er {rise} over forrige avlesning {other} fra {date}; denne maskinen gjør vanligvis rundt {normal} i måneden. Kontroller verdien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{counter} has no value.</source>
        <translation>{counter} mangler verdi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counter}: a counter is a whole number from 0 to {max}.</source>
        <translation>{counter}: en teller er et heltall fra 0 til {max}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{counter} {value} is higher than the later reading {other} of {date}.</source>
        <translation>{counter} {value} er høyere enn den senere avlesningen {other} fra {date}.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>{value} is lower than the previous reading {other} of {date}.</source>
        <translation>{value} er lavere enn forrige avlesning {other} fra {date}.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/readings.py" line="+116"/>
        <source>{counter}: {reason}</source>
        <translation>{counter}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReadingDialog</name>
    <message>
        <location filename="../../desktop/views/readings/reading_dialog.py" line="+61"/>
        <source>New reading — {serial}</source>
        <translation>Ny avlesning – {serial}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Reading date</source>
        <translation>Avlesningsdato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New value of {counter}</source>
        <translation>Ny verdi for {counter}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last value of {counter}</source>
        <translation>Siste verdi for {counter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>I have checked: the value is right</source>
        <translation>Jeg har kontrollert: verdien er riktig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Queue reading</source>
        <translation>&amp;Sett avlesningen i kø</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the reading; it is sent to the portal when you are online.</source>
        <translation>Lagre avlesningen; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No earlier reading</source>
        <translation>Ingen tidligere avlesning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last: {value} ({date})</source>
        <translation>Sist: {value} ({date})</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Reading not saved</source>
        <translation>Avlesningen ble ikke lagret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine is not in the local data any more. Synchronise (F5) and try again.</source>
        <translation>Denne maskinen finnes ikke lenger i de lokale dataene. Synkroniser (F5) og prøv igjen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Discard the reading?</source>
        <translation>Forkaste avlesningen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You have typed values that are not saved. Discard them?</source>
        <translation>Du har skrevet inn verdier som ikke er lagret. Vil du forkaste dem?</translation>
    </message>
</context>
<context>
    <name>ReadingsModel</name>
    <message>
        <location filename="../../desktop/models/readings.py" line="+32"/>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <translation>Stipulert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Queued here; it is sent to the portal when you are online.</source>
        <translation>I kø her; den sendes til portalen når du er tilkoblet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal refused this reading. Open Pending changes to see why and fix it.</source>
        <translation>Portalen avviste denne avlesningen. Åpne Ventende endringer for å se hvorfor og rette den.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Estimated by the vendor; no reading was taken.</source>
        <translation>Stipulert av leverandøren; ingen avlesning ble gjort.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>RelocationDialog</name>
    <message>
        <location filename="../../desktop/views/requests/relocation_dialog.py" line="+22"/>
        <source>Move this machine</source>
        <translation>Flytt denne maskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to</source>
        <translation>Flytt til</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new address…</source>
        <translation>En ny adresse …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;to:</source>
        <translation>Flytt &amp;til:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postcode:</source>
        <translation>&amp;Postnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cit&amp;y:</source>
        <translation>Post&amp;sted:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Building B</source>
        <translation>f.eks. Bygg B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2nd floor</source>
        <translation>f.eks. 2. etasje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. copy room 201</source>
        <translation>f.eks. kopirom 201</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Building:</source>
        <translation>&amp;Bygg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Floor:</source>
        <translation>&amp;Etasje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Room:</source>
        <translation>&amp;Rom:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 22 33 44 55 or +46 8 123 456</source>
        <translation>f.eks. 22 33 44 55 eller +46 8 123 456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact on &amp;site:</source>
        <translation>&amp;Kontakt på stedet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Telephone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The network settings change (new network, IP address or printer queue)</source>
        <translation>Nettverksoppsettet endres (nytt nettverk, IP-adresse eller utskriftskø)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything the technician should know (access, lift, opening hours)</source>
        <translation>Det teknikeren bør vite (adkomst, heis, åpningstider)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Ask for the move</source>
        <translation>&amp;Be om flytting</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move {model} ({serial})</source>
        <translation>Flytt {model} ({serial})</translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <location filename="../../desktop/views/requests/removal_dialog.py" line="+22"/>
        <source>Remove this machine</source>
        <translation>Fjern denne maskinen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a reason…</source>
        <translation>Velg en årsak …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Årsak:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a few words (needed for another reason)</source>
        <translation>Med noen få ord (trengs for en annen årsak)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Why:</source>
        <translation>&amp;Hvorfor:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Pickup address:</source>
        <translation>&amp;Henteadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the machine&apos;s disk and send a certificate of it</source>
        <translation>Slett maskinens disk og send et sertifikat på det</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anything the driver should know (access, lift, opening hours)</source>
        <translation>Det sjåføren bør vite (adkomst, heis, åpningstider)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note:</source>
        <translation>&amp;Merknad:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Ask for the removal</source>
        <translation>&amp;Be om henting</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Remove {model} ({serial})</source>
        <translation>Fjern {model} ({serial})</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../desktop/views/reports/report_files.py" line="+22"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbeidsbok (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file for spreadsheets (*.csv)</source>
        <translation>CSV-fil for regneark (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the report as PDF</source>
        <translation>Lagre rapporten som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as an Excel workbook</source>
        <translation>Lagre rapporten som Excel-arbeidsbok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as CSV</source>
        <translation>Lagre rapporten som CSV</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot save {name}: {folder} is a file, not a folder.</source>
        <translation>Kan ikke lagre {name}: {folder} er en fil, ikke en mappe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save {name}: files cannot be written in the folder {folder}. Choose another folder.</source>
        <translation>Kan ikke lagre {name}: det kan ikke skrives filer i mappen {folder}. Velg en annen mappe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot save {name}: the disk is full.</source>
        <translation>Kan ikke lagre {name}: disken er full.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot save {name}: the file could not be written (the log says why).</source>
        <translation>Kan ikke lagre {name}: filen kunne ikke skrives (loggen sier hvorfor).</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Cannot save {name}: the folder {folder} does not exist.</source>
        <translation>Kan ikke lagre {name}: mappen {folder} finnes ikke.</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <location filename="../../desktop/views/reports/report_form.py" line="+52"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>I år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>I fjor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From … to …</source>
        <translation>Fra … til …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First day of the period</source>
        <translation>Periodens første dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the period</source>
        <translation>Periodens siste dag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The day the readings are due</source>
        <translation>Dagen avlesningene forfaller</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Machines</source>
        <translation>Maskiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All machines</source>
        <translation>Alle maskiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+118"/>
        <source>Site: {site}</source>
        <translation>Sted: {site}</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>From the Products page…</source>
        <translation>Fra Produkter-siden …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Report:</source>
        <translation>R&amp;apport:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per&amp;iod:</source>
        <translation>P&amp;eriode:</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>No machines are selected on the Products page. Select them there (Ctrl+click the rows), then right-click and choose “Report on the selected machines…”.</source>
        <translation>Ingen maskiner er valgt på Produkter-siden. Velg dem der (Ctrl+klikk på radene), høyreklikk og velg «Rapport om de valgte maskinene …».</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Due o&amp;n:</source>
        <translation>Forfaller de&amp;n:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Machines:</source>
        <translation>&amp;Maskiner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>readings</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>avlesninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fleet</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>flateoversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>forfalte-avlesninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cases</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <comment>file name: ASCII, no spaces</comment>
        <translation>bestillinger</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n machine(s) chosen on the Products page</source>
        <translation>
            <numerusform>%n maskin valgt på siden Produkter</numerusform>
            <numerusform>%n maskiner valgt på siden Produkter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../desktop/views/reports/report_output.py" line="+51"/>
        <source>Printing “{title}”…</source>
        <translation>Skriver ut «{title}» …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing cancelled.</source>
        <translation>Utskriften ble avbrutt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving {name}…</source>
        <translation>Lagrer {name} …</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n side sendt til skriveren.</numerusform>
            <numerusform>%n sider sendt til skriveren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The report was not printed: the printer could not be used. If you print to a file, choose a file name in a folder you can write to.</source>
        <translation>Rapporten ble ikke skrevet ut: skriveren kunne ikke brukes. Skriver du til en fil, velg et filnavn i en mappe du kan skrive i.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {path}.</source>
        <translation>Lagret {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: you cancelled it.</source>
        <translation>Ikke lagret: du avbrøt det.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../desktop/views/reports/report_preview.py" line="+41"/>
        <source>Choose a report and press Preview to see it here as it will be printed.</source>
        <translation>Velg en rapport og trykk Forhåndsvis for å se den her slik den blir skrevet ut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preparing the preview…</source>
        <translation>Lager forhåndsvisningen …</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The preview was not made: you cancelled it.</source>
        <translation>Forhåndsvisningen ble ikke laget: du avbrøt den.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview could not be written ({reason}).</source>
        <translation>Forhåndsvisningen kunne ikke skrives ({reason}).</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../desktop/views/reports/report_words.py" line="+30"/>
        <source>Meter readings</source>
        <comment>report.readings</comment>
        <translation>Måleravlesninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fleet summary</source>
        <comment>report.fleet</comment>
        <translation>Flåteoversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings due</source>
        <comment>report.due</comment>
        <translation>Avlesninger som forfaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <comment>report.cases</comment>
        <translation>Åpne saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies orders</source>
        <comment>report.orders</comment>
        <translation>Rekvisitabestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readings</source>
        <comment>table.readings</comment>
        <translation>Avlesninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes</source>
        <comment>table.fleet</comment>
        <translation>Volum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>table.due</comment>
        <translation>Forfaller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <comment>table.cases</comment>
        <translation>Saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <comment>table.orders</comment>
        <translation>Bestillinger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages per month per site</source>
        <comment>chart.site_volumes</comment>
        <translation>Sider per måned per sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <comment>unit.pages</comment>
        <translation>Sider</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <comment>sheet.about</comment>
        <translation>Om rapporten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italic: counted from an estimated reading</source>
        <comment>legend.estimated</comment>
        <translation>Kursiv: regnet fra en estimert avlesning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page {page} of {pages}</source>
        <comment>page.of</comment>
        <translation>Side {page} av {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <comment>fact.account</comment>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <comment>fact.period</comment>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due on</source>
        <comment>fact.due_on</comment>
        <translation>Forfaller den</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <comment>fact.site</comment>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sites</source>
        <comment>fact.all_sites</comment>
        <translation>Alle steder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <comment>fact.machines</comment>
        <translation>Maskiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All machines</source>
        <comment>fact.all_machines</comment>
        <translation>Alle maskiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <comment>fact.user</comment>
        <translation>Laget av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made</source>
        <comment>fact.made</comment>
        <translation>Laget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <comment>col.site</comment>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial</source>
        <comment>col.serial</comment>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <comment>col.model</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <comment>col.location</comment>
        <translation>Plassering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost centre</source>
        <comment>col.cost_centre</comment>
        <translation>Koststed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counter type</source>
        <comment>col.counter_type</comment>
        <translation>Telleverktype</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <comment>col.month_plain</comment>
        <translation>Måned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <comment>col.total</comment>
        <translation>Sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <comment>col.date</comment>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <comment>col.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counter} since previous</source>
        <comment>col.volume</comment>
        <translation>{counter} siden forrige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window opens</source>
        <comment>col.window_opens</comment>
        <translation>Vinduet åpner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Window closes</source>
        <comment>col.window_closes</comment>
        <translation>Vinduet lukker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last reading</source>
        <comment>col.last_reading</comment>
        <translation>Siste avlesning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last {counter}</source>
        <comment>col.last_value</comment>
        <translation>Siste {counter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{counter} now</source>
        <comment>col.new_value</comment>
        <translation>{counter} nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <comment>col.case_number</comment>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <comment>col.subject</comment>
        <translation>Emne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <comment>col.state</comment>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <comment>col.created</comment>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <comment>col.age_days</comment>
        <translation>Alder (dager)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer expected</source>
        <comment>col.expected_answer</comment>
        <translation>Svar ventet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <comment>col.last_message_at</comment>
        <translation>Siste melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <comment>col.last_message</comment>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <comment>col.order_number</comment>
        <translation>Bestilling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <comment>col.lines</comment>
        <translation>Linjer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carrier</source>
        <comment>col.carrier</comment>
        <translation>Transportør</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking</source>
        <comment>col.tracking</comment>
        <translation>Sporing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>col.delivered</comment>
        <translation>Levert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No reading</source>
        <comment>flag.no_reading</comment>
        <translation>Ingen avlesning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <comment>flag.overdue</comment>
        <translation>Forsinket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <comment>value.yes</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <comment>status.accepted</comment>
        <translation>Godkjent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Estimated</source>
        <comment>status.estimated</comment>
        <translation>Estimert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not sent yet</source>
        <comment>status.pending</comment>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <comment>status.rejected</comment>
        <translation>Avvist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <comment>case_state.new</comment>
        <translation>Ny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <comment>case_state.in_progress</comment>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting you</source>
        <comment>case_state.awaiting_customer</comment>
        <translation>Venter på deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <comment>case_state.resolved</comment>
        <translation>Løst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <comment>case_state.closed</comment>
        <translation>Lukket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>case_state.cancelled</comment>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <comment>order_state.submitted</comment>
        <translation>Sendt inn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <comment>order_state.confirmed</comment>
        <translation>Bekreftet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <comment>order_state.shipped</comment>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <comment>order_state.delivered</comment>
        <translation>Levert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <comment>order_state.cancelled</comment>
        <translation>Avbestilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Black/white</source>
        <comment>counter_type.bw</comment>
        <translation>Svart-hvitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <comment>counter_type.colour</comment>
        <translation>Farge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large format (m²)</source>
        <comment>counter_type.large_format</comment>
        <translation>Storformat (m²)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <comment>report.product_list</comment>
        <translation>Maskiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <comment>report.case_list</comment>
        <translation>Saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <comment>table.product_list</comment>
        <translation>Maskinliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases</source>
        <comment>table.case_list</comment>
        <translation>Saksliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <comment>fact.search</comment>
        <translation>Søk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Showing</source>
        <comment>fact.filter</comment>
        <translation>Viser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only machines whose reading is due</source>
        <comment>filter.due_only</comment>
        <translation>Bare maskiner som skal avleses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cases</source>
        <comment>case_filter.open</comment>
        <translation>Åpne saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cases awaiting you</source>
        <comment>case_filter.awaiting</comment>
        <translation>Saker som venter på deg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved cases</source>
        <comment>case_filter.resolved</comment>
        <translation>Løste saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All cases</source>
        <comment>case_filter.all</comment>
        <translation>Alle saker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last total</source>
        <comment>col.last_total</comment>
        <translation>Siste totalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <comment>flag.due</comment>
        <translation>Skal avleses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <comment>col.category</comment>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last activity</source>
        <comment>col.last_activity</comment>
        <translation>Siste aktivitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error code on the display</source>
        <comment>case_category.error_code</comment>
        <translation>Feilkode i displayet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print quality</source>
        <comment>case_category.print_quality</comment>
        <translation>Utskriftskvalitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper jam</source>
        <comment>case_category.paper_jam</comment>
        <translation>Papirstopp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scanning and sending</source>
        <comment>case_category.scan_send</comment>
        <translation>Skanning og sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network and printing from PCs</source>
        <comment>case_category.network</comment>
        <translation>Nettverk og utskrift fra PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toner and supplies</source>
        <comment>case_category.supplies</comment>
        <translation>Toner og rekvisita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <comment>case_category.invoice</comment>
        <translation>Faktura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <comment>case_category.contract</comment>
        <translation>Avtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <comment>case_category.address</comment>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>case_category.other</comment>
        <translation>Annet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relocation</source>
        <comment>case_category.relocation</comment>
        <translation>Flytting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal</source>
        <comment>case_category.removal</comment>
        <translation>Fjerning</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <comment>case_category.support</comment>
        <translation>Brukerstøtte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account question</source>
        <comment>case_category.account_question</comment>
        <translation>Spørsmål om kontoen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No readings in this period for this selection.</source>
        <comment>empty.readings</comment>
        <translation>Ingen avlesninger i denne perioden for dette utvalget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No machines in this selection.</source>
        <comment>empty.fleet</comment>
        <translation>Ingen maskiner i dette utvalget.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No machines are due on {day}.</source>
        <comment>empty.due</comment>
        <translation>Ingen maskiner skal leses av {day}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No case made in this period is still open.</source>
        <comment>empty.cases</comment>
        <translation>Ingen saker fra denne perioden er fortsatt åpne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No supplies orders in this period for this selection.</source>
        <comment>empty.orders</comment>
        <translation>Ingen rekvisitabestillinger i denne perioden for dette utvalget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to list for this filter and search.</source>
        <comment>empty.list</comment>
        <translation>Ingenting å vise for dette filteret og søket.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The period ends ({last}) before it starts ({first}).</source>
        <translation>Perioden slutter ({last}) før den begynner ({first}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No site named “{site}” in your fleet.</source>
        <translation>Ingen sted heter «{site}» blant maskinene dine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No machine with serial {serial} in your fleet.</source>
        <translation>Ingen av maskinene dine har serienummer {serial}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This report needs a period: choose one above.</source>
        <translation>Denne rapporten trenger en periode: velg en over.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report cannot be made ({code}).</source>
        <translation>Rapporten kan ikke lages ({code}).</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="+24"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reports/reports_page.py" line="+69"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as P&amp;DF…</source>
        <translation>Lagre som P&amp;DF …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Lagre som &amp;XLSX …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;CSV…</source>
        <translation>Lagre som &amp;CSV …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Press Preview first: then Print sends the report you see.</source>
        <translation>Trykk Forhåndsvis først, så skrives rapporten du ser ut.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Making the report…</source>
        <translation>Lager rapporten …</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%Ln row(s) in the report.</source>
        <translation>
            <numerusform>%Ln rad i rapporten.</numerusform>
            <numerusform>%Ln rader i rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The report was not made: you cancelled it.</source>
        <translation>Rapporten ble ikke laget: du avbrøt den.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The choices changed: press Preview to see the new report.</source>
        <translation>Valgene er endret: trykk Forhåndsvis for å se den nye rapporten.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Previe&amp;w</source>
        <translation>F&amp;orhåndsvis</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/views/requests/request_dialog.py" line="+52"/>
        <source>Machine:</source>
        <translation>Maskin:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Desired date:</source>
        <translation>Ønsket &amp;dato:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The request is queued here and sent as soon as the portal can be reached; you follow it on the Cases page.</source>
        <translation>Forespørselen legges i kø her og sendes så snart portalen kan nås; du følger den på Saker-siden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Queued now and sent as soon as the portal is reachable</source>
        <translation>Legges i kø nå og sendes så snart portalen kan nås</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Discard this request? What you filled in will be lost.</source>
        <translation>Forkaste denne forespørselen? Det du har fylt inn, går tapt.</translation>
    </message>
</context>
<context>
    <name>RequestLabels</name>
    <message>
        <location filename="../../desktop/views/requests/request_labels.py" line="+11"/>
        <source>Relocation</source>
        <translation>Flytting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removal</source>
        <translation>Henting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The lease has ended</source>
        <translation>Leieavtalen er slutt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is being replaced</source>
        <translation>Den skal byttes ut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is no longer needed</source>
        <translation>Den trengs ikke lenger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another reason</source>
        <translation>En annen årsak</translation>
    </message>
</context>
<context>
    <name>RequestProblems</name>
    <message>
        <location filename="../../desktop/views/requests/request_problems.py" line="+22"/>
        <source>Choose the day it should happen.</source>
        <translation>Velg dagen det skal skje.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too soon: the service desk needs three business days, so {earliest} at the earliest.</source>
        <translation>For tidlig: kundeservice trenger tre virkedager, så tidligst {earliest}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most a year ahead: {latest} at the latest.</source>
        <translation>Høyst ett år fram: senest {latest}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a weekend; choose a weekday.</source>
        <translation>Det er en helg; velg en ukedag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is a public holiday ({holiday}); choose another weekday.</source>
        <translation>Det er en helligdag ({holiday}); velg en annen ukedag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a telephone number for the contact.</source>
        <translation>Skriv et telefonnummer til kontaktpersonen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a telephone number (8 digits, or + and the country code).</source>
        <translation>Dette er ikke et telefonnummer (8 sifre, eller + og landskoden).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The telephone number can be at most {max} characters.</source>
        <translation>Telefonnummeret kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a site, or write the new address.</source>
        <translation>Velg et sted, eller skriv den nye adressen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This site is not in your account&apos;s data any more; choose another.</source>
        <translation>Dette stedet finnes ikke lenger i kontoens data; velg et annet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the street address.</source>
        <translation>Skriv gateadressen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A postcode is four digits.</source>
        <translation>Et postnummer har fire sifre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the city.</source>
        <translation>Skriv poststedet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say where it should stand: the building, floor or room.</source>
        <translation>Si hvor den skal stå: bygg, etasje eller rom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The machine already stands there.</source>
        <translation>Maskinen står der allerede.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name someone on site the technician can ask for.</source>
        <translation>Oppgi noen på stedet teknikeren kan spørre etter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose why the machine is to go.</source>
        <translation>Velg hvorfor maskinen skal fjernes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say in a few words why.</source>
        <translation>Si med noen få ord hvorfor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write where it is to be picked up.</source>
        <translation>Skriv hvor den skal hentes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This can be at most {max} characters.</source>
        <translation>Dette kan være høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This machine already has an open request ({kind} {number}); wait until it is done, or cancel it first.</source>
        <translation>Denne maskinen har allerede en åpen forespørsel ({kind} {number}); vent til den er utført, eller avbryt den først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This machine has been removed; nothing more can be asked for it.</source>
        <translation>Denne maskinen er fjernet; det kan ikke bes om mer for den.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desired date is too soon (it waited to be sent); choose a later day.</source>
        <translation>Den ønskede datoen er for tidlig (forespørselen ventet på å bli sendt); velg en senere dag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desired date is more than a year ahead.</source>
        <translation>Den ønskede datoen er mer enn ett år fram.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desired date is a public holiday.</source>
        <translation>Den ønskede datoen er en helligdag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The telephone number is too long.</source>
        <translation>Telefonnummeret er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A text of the request is too long.</source>
        <translation>En av tekstene i forespørselen er for lang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The machine already has an open relocation or removal.</source>
        <translation>Maskinen har allerede en åpen flytting eller henting.</translation>
    </message>
</context>
<context>
    <name>RequestSummary</name>
    <message>
        <location filename="../../desktop/views/requests/request_summary.py" line="+23"/>
        <source>Desired: {day}</source>
        <translation>Ønsket: {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>to {place}</source>
        <translation>til {place}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>network settings change</source>
        <translation>nettverksoppsettet endres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>disk wiped with a certificate</source>
        <translation>disken slettes med sertifikat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {day}</source>
        <translation>utført {day}</translation>
    </message>
</context>
<context>
    <name>ResendReadingDialog</name>
    <message>
        <location filename="../../desktop/views/readings/resend_reading_dialog.py" line="+51"/>
        <source>Correct the reading — {serial}</source>
        <translation>Rett avlesningen – {serial}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The portal rejected it because:</source>
        <translation>Portalen avviste den fordi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no reason given)</source>
        <translation>(ingen begrunnelse oppgitt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading date</source>
        <translation>Avlesningsdato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Value of {counter}</source>
        <translation>Verdi for {counter}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Send again</source>
        <translation>&amp;Send igjen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Discard your corrections?</source>
        <translation>Forkaste rettelsene dine?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The reading stays rejected as it was. Discard what you changed here?</source>
        <translation>Avlesningen forblir avvist slik den var. Vil du forkaste det du endret her?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Already changed</source>
        <translation>Allerede endret</translation>
    </message>
</context>
<context>
    <name>SelfHelpPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="-12"/>
        <source>Self-help</source>
        <translation>Selvhjelp</translation>
    </message>
    <message>
        <location filename="../../desktop/views/self_help/self_help_page.py" line="+45"/>
        <source>Describe the problem or type an error code (Ctrl+F)</source>
        <translation>Beskriv problemet eller skriv en feilkode (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search guides</source>
        <translation>Søk i veiledninger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any machine</source>
        <translation>Alle maskiner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Machine type</source>
        <translation>Maskintype</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Machine:</source>
        <translation>&amp;Maskin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine &amp;type:</source>
        <translation>Maskin&amp;type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ategory:</source>
        <translation>K&amp;ategori:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guides</source>
        <translation>Veiledninger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pick a guide on the left and follow its steps. If it does not help, you can open a case from any step.</source>
        <translation>Velg en veiledning til venstre og følg stegene. Hvis den ikke hjelper, kan du opprette en sak fra hvilket som helst steg.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>All machine types</source>
        <translation>Alle maskintyper</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>That guide is not available yet; it arrives with the next sync.</source>
        <translation>Den veiledningen er ikke tilgjengelig ennå; den kommer med neste synkronisering.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n veiledning</numerusform>
            <numerusform>%n veiledninger</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No guide matches. Try other words, or open a case.</source>
        <translation>Ingen veiledning passer. Prøv andre ord, eller opprett en sak.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your case is queued and will be sent to the service desk.</source>
        <translation>Saken din ligger i kø og blir sendt til kundeservice.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/shell/settings_dialog.py" line="+39"/>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language is chosen with --lang for this session. Saved language: {saved}.</source>
        <translation>Språket er valgt med --lang for denne økten. Lagret språk: {saved}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restart the app to use the new language: it is used the next time you start the app.</source>
        <translation>Start appen på nytt for å bruke det nye språket: det brukes neste gang du starter appen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync every (minutes)</source>
        <translation>Synkroniser hvert (minutter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes you make are also sent right away when the portal can be reached.</source>
        <translation>Endringer du gjør, sendes også med en gang når portalen kan nås.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync &amp;every:</source>
        <translation>Synkroniser &amp;hvert:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>E-mail me &amp;updates about my cases (new cases start with this choice)</source>
        <translation>Send meg e-post om &amp;oppdateringer i sakene mine (nye saker starter med dette valget)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved in the portal for your user. Without a connection the change waits with your other changes and is sent when the portal can be reached. Cases you already have keep their own choice.</source>
        <translation>Lagres i portalen for brukeren din. Uten forbindelse venter endringen sammen med de andre endringene dine og sendes når portalen kan nås. Saker du allerede har, beholder sitt eget valg.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cases</source>
        <translation>Saker</translation>
    </message>
</context>
<context>
    <name>SupplyLabels</name>
    <message>
        <location filename="../../desktop/views/orders/supply_labels.py" line="+12"/>
        <source>black</source>
        <translation>svart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cyan</source>
        <translation>cyan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>magenta</source>
        <translation>magenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yellow</source>
        <translation>gul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>matte black</source>
        <translation>matt svart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo black</source>
        <translation>fotosvart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey</source>
        <translation>grå</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{pages} pages</source>
        <translation>{pages} sider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last ordered {date}</source>
        <translation>sist bestilt {date}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not ordered before</source>
        <translation>ikke bestilt før</translation>
    </message>
</context>
<context>
    <name>SyncProblems</name>
    <message>
        <location filename="../../desktop/shell/sync_problems.py" line="+13"/>
        <source>the portal had a problem of its own. Your changes are kept and tried again by themselves.</source>
        <translation>portalen hadde et problem hos seg selv. Endringene dine er tatt vare på og prøves igjen av seg selv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the portal asked the app to slow down. The next try comes by itself.</source>
        <translation>portalen ba appen ta det roligere. Neste forsøk kommer av seg selv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the portal is still working on an earlier attempt. The next try comes by itself.</source>
        <translation>portalen arbeider fortsatt med et tidligere forsøk. Neste forsøk kommer av seg selv.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the portal&apos;s answer could not be read (a proxy in the way, or a portal of another version). Your changes are kept and tried again.</source>
        <translation>svaret fra portalen kunne ikke leses (en proxy i veien, eller en portal av en annen versjon). Endringene dine er tatt vare på og prøves igjen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>something unexpected went wrong; it is written to the log. Your changes are kept.</source>
        <translation>noe uventet gikk galt; det er skrevet i loggen. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem {code}. It is tried again by itself.</source>
        <translation>problem {code}. Det prøves igjen av seg selv.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/shell/status_bar.py" line="+73"/>
        <source>Sync now</source>
        <translation>Synkroniser nå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes and fetch the latest data from the portal (F5)</source>
        <translation>Send endringene dine og hent de nyeste dataene fra portalen (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes the portal rejected</source>
        <translation>Vis endringene portalen avviste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the changes waiting to be sent</source>
        <translation>Vis endringene som venter på å bli sendt</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n endring venter på å bli sendt</numerusform>
            <numerusform>%n endringer venter på å bli sendt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rejected by the portal</source>
        <translation>
            <numerusform>%n avvist av portalen</numerusform>
            <numerusform>%n avvist av portalen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never synced</source>
        <translation>Aldri synkronisert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last synced {when}</source>
        <translation>Sist synkronisert {when}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Syncing</source>
        <translation>Synkroniserer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>Synkroniserer …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sending changes… {done} of {total}</source>
        <translation>Sender endringer … {done} av {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fetching updates… {count}</source>
        <translation>Henter oppdateringer … {count}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sign-in needed</source>
        <translation>Innlogging trengs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connecting…</source>
        <translation>Kobler til …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online</source>
        <translation>Tilkoblet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offline – working on saved data</source>
        <translation>Frakoblet – arbeider med lagrede data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection: {state}</source>
        <translation>Tilkobling: {state}</translation>
    </message>
</context>
<context>
    <name>UserProblems</name>
    <message>
        <location filename="../../desktop/views/users/user_problems.py" line="+17"/>
        <source>Write the user&apos;s name.</source>
        <translation>Skriv brukerens navn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is too long (at most {max} characters).</source>
        <translation>Navnet er for langt (høyst {max} tegn).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This e-mail address already belongs to a user.</source>
        <translation>Denne e-postadressen tilhører allerede en bruker.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A machine is not in the local data any more; synchronise and choose again.</source>
        <translation>En maskin finnes ikke lenger i de lokale dataene; synkroniser og velg på nytt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account has no such site.</source>
        <translation>Kontoen har ikke et slikt sted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account&apos;s last active administrator stays one. Make another user an administrator first.</source>
        <translation>Kontoens siste aktive administrator må forbli administrator. Gjør en annen bruker til administrator først.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This user is not in the local data any more; synchronise and try again.</source>
        <translation>Denne brukeren finnes ikke lenger i de lokale dataene; synkroniser og prøv igjen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This invitation link is not valid.</source>
        <translation>Denne invitasjonslenken er ikke gyldig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This invitation link has expired.</source>
        <translation>Denne invitasjonslenken er utløpt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This invitation link was used already.</source>
        <translation>Denne invitasjonslenken er allerede brukt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password has at least {min} characters.</source>
        <translation>Et passord har minst {min} tegn.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A password has at most {max} characters.</source>
        <translation>Et passord har høyst {max} tegn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The name is too long.</source>
        <translation>Navnet er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too short.</source>
        <translation>Passordet er for kort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The password is too long.</source>
        <translation>Passordet er for langt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an administrator of the account manages its users.</source>
        <translation>Bare en administrator for kontoen kan administrere brukerne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this user meanwhile. Look at the user again and make the change anew.</source>
        <translation>Noen andre har endret denne brukeren i mellomtiden. Se på brukeren igjen og gjør endringen på nytt.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../desktop/models/users.py" line="+15"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Refused by the portal</source>
        <translation>Avvist av portalen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invitert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machines</source>
        <translation>Maskiner</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Serial number</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Plassering</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../desktop/shell/page_titles.py" line="+20"/>
        <location filename="../../desktop/views/users/users_page.py" line="+41"/>
        <source>Users</source>
        <translation>Brukere</translation>
    </message>
    <message>
        <location filename="../../desktop/views/users/users_page.py" line="+5"/>
        <source>&amp;New user…</source>
        <translation>&amp;Ny bruker…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Machines…</source>
        <translation>&amp;Maskiner…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Make &amp;customer</source>
        <translation>Gjør til &amp;kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make &amp;administrator</source>
        <translation>Gjør til &amp;administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reactivate</source>
        <translation>Aktiver &amp;igjen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktiver</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The new user is queued; the portal mails the invitation when it gets it.</source>
        <translation>Den nye brukeren står i kø; portalen sender invitasjonen på e-post når den får den.</translation>
    </message>
</context>
<context>
    <name>VolumeChart</name>
    <message>
        <location filename="../../desktop/views/products/volume_chart.py" line="+30"/>
        <source>Monthly volume chart</source>
        <translation>Diagram over månedsvolum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No readings to show a monthly volume yet.</source>
        <translation>Ingen avlesninger å vise månedsvolum for ennå.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly volume — {counter}</source>
        <translation>Månedsvolum – {counter}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole month</source>
        <translation>Hel måned</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Part of the month</source>
        <translation>Del av måneden</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln month(s) with a volume</source>
        <translation>
            <numerusform>%Ln måned med volum</numerusform>
            <numerusform>%Ln måneder med volum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Readings cover only part of this month.</source>
        <translation>Avlesningene dekker bare deler av denne måneden.</translation>
    </message>
</context>
</TS>
