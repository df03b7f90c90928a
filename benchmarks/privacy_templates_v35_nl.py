"""Dutch (and Flemish, Surinamese, Curaçaoan) `test_v35` templates with personal data. Pets, firms, buildings
and streets named after people stay unlabelled; chip, frame, ticket, order and invoice numbers too."""

from __future__ import annotations

TEST_V35_NL: list[str] = [
    # housing corporation repair desk
    "Salesforce case {ticket} – opmerking: huurder mw. {NAME_FULL} ({CUSTOMER_NUMBER_TENANT}) meldt {repair} op de "
    "{ADDRESS}, {POSTCODE} {city}. {contractor} komt {weekday} tussen {time} en 12.00 uur.",
    "Reparatieverzoek via {corp}: dhr. {NAME_INITIALS}, huurdernummer {CUSTOMER_NUMBER_TENANT}, bereikbaar op "
    "{PHONE}. Sleutel ligt bij de buurvrouw, {NAME_FIRST}, op nummer 14.",
    "Sleuteloverdracht {date}: oude huurder {NAME_FULL} levert in, nieuwe huurder {NAME_MARRIED} tekent. Adres "
    "{ADDRESS}, postcode {POSTCODE}. Borg {amount} terug op {IBAN}.",
    "HubSpot ticket {ticket} | Pipeline: Reparaties | Contact: {NAME_UPPER} | Tel: {PHONE} | Complex: {complex}",
    "huurdernr;naam;adres;postcode;telefoon\n{CUSTOMER_NUMBER_TENANT};{NAME_REGISTER};{ADDRESS};{POSTCODE};{PHONE}",
    "Notitie (handgeschreven, overgetypt): mevr {NAME_LOWER} belt terug ivm {repair}, 06 nr: {PHONE}, "
    "adres {ADDRESS}, {POSTCODE}. Aannemer {contractor} ingepland.",
    "Voor de inkomenstoets hebben we van {NAME_FULL} het BSN {BSN} en de geboortedatum {DOB} nodig, en van de "
    "medehuurder {NAME_FIRST} ook BSN {BSN}.",
    "De bus van {contractor} met kenteken {PLATE} stond op de invalidenplek voor {complex}; melding door huurder "
    "{NAME_FULL}.",
    "[00:00:04] Agent: {corp}, u spreekt met {NAME_FIRST}.\n[00:00:07] Beller: eh ja goedemiddag, met uhm "
    "{NAME_FULL}, ik woon op de {ADDRESS}, eh, en de {repair} is weer terug.",
    "[00:02:31] Beller: mijn huurdernummer is eh {CUSTOMER_NUMBER_TENANT}, uhm, en mijn nummer is {PHONE_SPOKEN}.",
    "> Op {date} schreef {NAME_FULL} <{EMAIL}>:\n> De {repair} in de keuken is nog steeds niet opgelost.\n\n"
    "Beste {NAME_FIRST}, {contractor} komt {weekday}. Met vriendelijke groet, {NAME_FULL}, {corp}, {company_phone}",
    "Huurachterstand {amount}: mw. {NAME_REGISTER}, huurdersnr. {CUSTOMER_NUMBER_TENANT}, wil betalen via "
    "machtiging van rekening {IBAN}.",
    "Particuliere verhuurder {NAME_FULL} (tel. {PHONE}) verhuurt de kamer onder; huurder {NAME_LOWER} heeft geen "
    "contract met {corp}.",
    # student housing and admissions
    "Inschrijving {university}: student {NAME_FULL}, studentnummer {CUSTOMER_NUMBER_STUDENT}, geboren {DOB}, "
    "kamer in {complex}.",
    "Garantsteller in Paramaribo: {NAME_SR}, {ADDRESS_SR}, tel. {PHONE_SR}. Student: {NAME_FIRST} "
    "({CUSTOMER_NUMBER_STUDENT}).",
    "Garantsteller op Curaçao is een familielid, {NAME_CW}, {ADDRESS_CW}, Willemstad, bereikbaar op {PHONE_CW}.",
    "Voor inschrijving in de BRP: BSN {BSN}, geboortedatum {DOB_WORDS}, nieuw adres {ADDRESS}, {POSTCODE} {city}.",
    "Borg voor de kamer ({amount}) is betaald met creditcard {CARD} door de vader van {NAME_FIRST}.",
    "Studentnr {CUSTOMER_NUMBER_STUDENT} – {NAME_REGISTER} – vooropleiding VWO – geb. {DOB} – mail {EMAIL}",
    "Facebook Messenger\n{NAME_BE}: hallo, ik kom uit Gent en zoek een kamer voor {month}, mijn gsm is "
    "{PHONE_BE}\n{university} Housing: Dag {NAME_FIRST}, mail je ons op {mailbox}?",
    "De Belgische student {NAME_BE} woont nu op de {ADDRESS_BE} in Leuven en betaalt de huur van {IBAN_BE}.",
    "Hij spelde het mailadres: {EMAIL_SPOKEN}. Studentnummer {CUSTOMER_NUMBER_STUDENT}.",
    # vet clinic
    "Dierenkliniek: eigenaar {NAME_FULL}, klantnummer {CUSTOMER_NUMBER}, {petkind} {pet}, chipnummer {chip}. "
    "Afspraak {weekday} {time}.",
    "{pet} (kater, chip {chip}) is opgehaald door {NAME_INITIALS}; rekening {invoice} betaald met {CARD}.",
    "Google review ★★☆☆☆ {NAME_FULL} – Lang gewacht met {pet}.\nReactie van de eigenaar: Beste {NAME_FIRST}, "
    "bel ons gerust op {company_phone}.",
    "Vaccinatieherinnering voor {pet} naar {EMAIL}; eigenaar {NAME_MARRIED}, {ADDRESS}, {POSTCODE}.",
    "Spoed: {petkind} {pet} aangereden, baasje {NAME_LOWER} belt vanaf {PHONE}, auto {PLATE} staat voor de deur.",
    "Klant {CUSTOMER_NUMBER} ({NAME_FULL}) wil de euthanasie van {pet} in termijnen betalen via {IBAN}.",
    # bicycle lease
    "Leasecontract {CUSTOMER_NUMBER_LEASE}: medewerker {NAME_FULL} van {employer}, fiets {bike}, framenummer {frame}.",
    "Diefstalmelding bij {police}: {bike} ({frame}) gestolen bij station {city}. Leaserijder {NAME_INITIALS}, "
    "contract {CUSTOMER_NUMBER_LEASE}, tel {PHONE}.",
    "Voor de bijtelling via de salarisadministratie van {employer}: BSN {BSN} van {NAME_FULL}, geboren {DOB}.",
    "Getuige zag de dief wegrijden in een bestelbus met kenteken {PLATE}, zegt {NAME_FIRST} ({PHONE}).",
    "Getuige noemde een Belgische nummerplaat, {PLATE_BE}, en een witte Golf.",
    "Eigen risico {amount} wordt afgeschreven van {IBAN}, t.n.v. {NAME_REGISTER}.",
    "Signal-groep 'Fietsplan {employer}'\n[{date} 08:12] {NAME_FIRST}: mijn {bike} is weg 😩\n"
    "[{date} 08:14] {NAME_FULL}: bel {lessor}, {company_phone}",
    # wedding venue and caterer
    "Bruidspaar {NAME_FULL} & {NAME_FULL}, trouwdatum {date} op {venue}. Aanbetaling {amount} via {IBAN}.",
    "Gastenlijst dieetwensen: {NAME_FULL} – {diet}; {NAME_LOWER} – {diet}; tafel 4: {NAME_INITIALS} – {diet}.",
    "Voor de ambtenaar van de burgerlijke stand: bruid {NAME_FULL}, geboren {DOB_WORDS}; bruidegom {NAME_SR}, "
    "geboren {DOB}.",
    "Parkeerlijst {venue}: {PLATE} ({NAME_FULL}), {PLATE} (oma {NAME_SURNAME}), {PLATE_DE} (familie uit Kleef).",
    "Creditcard voor de borg van de zaal: {CARD}, op naam van {NAME_UPPER}, vervalt 09/28.",
    "Offerte {quote} van {caterer} voor {count} gasten: {dish} en {dish}. Contact bruid: {EMAIL}, {PHONE}.",
    "De tante van de bruid, {NAME_CW}, komt over uit Curaçao; telefoon {PHONE_CW}.",
    # energy cooperative
    "Nieuw lid {coop}: {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, {count} zonnepanelen-certificaten, "
    "{ADDRESS}, {POSTCODE}.",
    "Meterstand {kwh} doorgegeven door lid {CUSTOMER_NUMBER_MEMBER} ({NAME_REGISTER}) op {date}.",
    "Uitkering van de opbrengst ({amount}) gaat naar {IBAN} t.n.v. {NAME_INITIALS}.",
    "ALV {coop}: aanwezig {NAME_FULL}, {NAME_FULL}, en {NAME_FIRST} van de laadpaal-werkgroep (auto {PLATE}).",
    "lidnr,naam,email,geboortedatum\n{CUSTOMER_NUMBER_MEMBER},{NAME_LOWER},{EMAIL},{DOB}",
    "Het lid woont in Antwerpen: {NAME_BE}, {ADDRESS_BE}, {PHONE_BE}, rekening {IBAN}.",
    "Lid {NAME_FULL} belde: zijn postcode is gewijzigd naar {POSTCODE}, huisnummer blijft, tel {PHONE}.",
    "Uit Suriname belde {NAME_SR} (+597) voor de moeder, {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    "Nieuwe klant bij de dierenkliniek ingeschreven met postcode {POSTCODE} en huisnummer; eigenaar {NAME_FIRST}.",
    "De geboortedatum van de huurder in het contract van {date} klopt niet: het moet {DOB} zijn.",
    "Creditcard {CARD} is geweigerd voor factuur {invoice}; graag contact opnemen met {NAME_FULL}.",
    "De klant las de kaart voor: {CARD}, vervaldatum 11/27, voor de borg van {venue}.",
]
