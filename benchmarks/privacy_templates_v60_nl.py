"""Dutch and Flemish templates of test_v60: fibre, smart meters and heat pumps, home care, pharmacy delivery, child
care, waste passes, clubs and gyms, prize claims, lease bikes and driving schools; transcripts, SMS, notes, tickets,
forwarded mail headers, chat with emoji and Flemish forms."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- fibre and cable installation
    ("nl", "Monteur komt {date} tussen {time} en {time} voor de glasvezelaansluiting bij {NAME_FULL}, {ADDRESS}."),
    ("nl", "Schouwafspraak {firm}\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTel: {PHONE}"),
    ("nl", "Klant {NAME_SURNAME} wil de huisaansluiting aan de achterkant, bel {PHONE} als je er bent."),
    ("nl", "wrap-up: klnr {CUSTOMER_NUMBER_CLIENT}, pc {POSTCODE}, hnr 14, modem {product} opnieuw verstuurd"),
    ("nl", "Graag de eenmalige aansluitkosten afschrijven van {IBAN}, t.n.v. {NAME_INITIALS}."),
    ("nl", "ok top dan zie ik de monteur donderdag {emoji} groet {NAME_FIRST}"),
    (
        "nl",
        "transcript: ja goedemiddag u spreekt met {NAME_LOWER} uh ik bel over de glasvezel mijn postcode is "
        "{POSTCODE_SPOKEN} en het huisnummer is twaalf",
    ),
    ("nl", "Contractnummer {CUSTOMER_NUMBER_CONTRACT} staat op naam van {NAME_FULL}, overzetten naar haar dochter."),
    # ---- smart meter and heat pump
    ("nl", "Slimme meter vervangen bij {ADDRESS}, {POSTCODE} {town}; bewoner {NAME_FULL} was thuis."),
    ("nl", "Onderhoud {product}: klant {NAME_INITIALS}, contract {CUSTOMER_NUMBER_CONTRACT}, tel {PHONE}."),
    (
        "nl",
        "transcript: eh ja de warmtepomp maakt weer herrie mijn nummer is {PHONE_SPOKEN} "
        "en ik woon op de {ADDRESS_LOWER}",
    ),
    ("nl", "Storingsmelding warmtepomp | {NAME_FULL} | {ADDRESS} | {PHONE} | prio hoog"),
    ("nl", "Subsidie ISDE: aanvraag op naam van {NAME_FULL}, BSN {BSN}, uitbetaling op {IBAN_NL}."),
    ("nl", "Mevrouw {NAME_SURNAME} heeft de meterstanden gemaild vanaf {EMAIL}."),
    # ---- home care rosters
    ("nl", "Rooster wijkverpleging {weekday}\n{time} | {NAME_FULL} | {ADDRESS} | steunkousen\n{time} | pauze"),
    ("nl", "Cliënt {NAME_FULL} (geb. {DOB}), cliëntnr {CUSTOMER_NUMBER_CLIENT}, insuline om {time}."),
    ("nl", "Overdracht: dhr. {NAME_SURNAME} was verward, dochter gebeld op {PHONE}."),
    ("nl", "Sleutelkastje bij {ADDRESS}, code via de coördinator; cliënt {NAME_INITIALS}, geboren {DOB}."),
    ("nl", "Indicatie thuiszorg aangevraagd voor {NAME_FULL}, BSN {BSN}, huisarts in {town}."),
    ("nl", "notitie: geb. {DOB_SHORT}, adr {ADDRESS}, tel {PHONE}, mantelzorger zoon {NAME_FIRST}"),
    # ---- pharmacy home delivery
    ("nl", "Bezorging medicijnen {date}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}. Niet bij de buren afgeven."),
    ("nl", "SMS: Uw medicijnen worden vandaag tussen {time} en {time} bezorgd. Klopt {ADDRESS}? Antw. JA/NEE"),
    ("nl", "Nee ik woon nu op {ADDRESS}, {POSTCODE}. Groet {NAME_FULL}"),
    ("nl", "Apotheek: patiënt {NAME_FULL}, geboortedatum {DOB}, herhaalrecept {product} klaargezet."),
    ("nl", "Kunt u de eigen bijdrage van {amount} afschrijven van {IBAN}? Bvd, {NAME_SURNAME}"),
    # ---- child care and allowance
    ("nl", "Inschrijving {firm}: kind {NAME_FIRST} {NAME_SURNAME}, geboren {DOB}, BSN kind {BSN}."),
    ("nl", "Kinderopvangtoeslag: ouder {NAME_FULL}, BSN {BSN}, toeslag terug naar {IBAN_NL}."),
    ("nl", "Ophaallijst KDV\nNaam | Mag ophalen | Tel\n{NAME_FIRST} | oma {NAME_FULL} | {PHONE}"),
    ("nl", "Hoi juf, {NAME_FIRST} wordt vandaag door papa opgehaald, hij is bereikbaar op {PHONE} {emoji}"),
    ("nl", "Contract opvang {CUSTOMER_NUMBER_CONTRACT}, 3 dagen per week, ingangsdatum {date}, ouder {NAME_FULL}."),
    # ---- waste passes and bulky waste
    ("nl", "Afvalpas {CUSTOMER_NUMBER_PASS} is geblokkeerd, hoort bij {ADDRESS}, {POSTCODE}."),
    ("nl", "Grofvuil ophalen {date} bij {NAME_FULL}, {ADDRESS}: bank, matras, {count} zakken."),
    ("nl", "Key: Grofvuilmelding\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nE-mail: {EMAIL}"),
    (
        "nl",
        "transcript: ja uh mijn pasje van de container doet het niet het nummer is {CUSTOMER_NUMBER_SPOKEN} "
        "op naam van {NAME_LOWER}",
    ),
    # ---- sports clubs and gyms
    ("nl", "Nieuw lid {NAME_FULL}, geboren {DOB}, lidnummer {CUSTOMER_NUMBER_MEMBER}, contributie via {IBAN}."),
    ("nl", "Opzegging sportschool: {NAME_FULL}, lidnr {CUSTOMER_NUMBER_MEMBER}, e-mail {EMAIL}."),
    ("nl", "Machtiging SEPA: rekeninghouder {NAME_INITIALS}, IBAN {IBAN}, kenmerk {firm}."),
    ("nl", "De ledenpas van {NAME_FIRST} is kwijt, kan er een nieuwe naar {ADDRESS} gestuurd worden? {emoji}"),
    ("nl", "Pasje afgeschreven met creditcard {CARD} terwijl ik al opgezegd had. {NAME_FULL}"),
    # ---- lottery prize claims
    ("nl", "Prijsclaim {firm}: winnaar {NAME_FULL}, geboren {DOB}, uitbetaling op {IBAN}."),
    ("nl", "Voor de uitbetaling boven {amount} hebben we uw BSN nodig: {BSN}, zei mevrouw {NAME_SURNAME}."),
    ("nl", "Deelnemer {CUSTOMER_NUMBER_CLIENT} ({NAME_FULL}) heeft de straatprijs gewonnen in {POSTCODE}."),
    ("nl", "transcript: ik heb gewonnen zegt u mijn iban is {IBAN_SPOKEN} en mijn naam {NAME_LOWER}"),
    # ---- bicycle lease and repair
    ("nl", "Leasefiets opgehaald bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; reparatie band achter."),
    ("nl", "Contract fietslease {CUSTOMER_NUMBER_CONTRACT}, werknemer {NAME_FULL}, privé-mail {EMAIL}."),
    ("nl", "Hoi! Mijn {product} staat stil 😩 ik sta op {ADDRESS}, bel me op {PHONE}"),
    ("nl", "Eigen risico fietsdiefstal € 50 wordt afgeschreven van creditcard {CARD}."),
    # ---- driving schools
    ("nl", "Leerling {NAME_FULL}, geb. {DOB}, CBR-examen aangevraagd, BSN {BSN} staat in Mijn CBR."),
    ("nl", "Rijschool: les {time} ophalen bij {ADDRESS}, leerling {NAME_FIRST}, tel {PHONE}."),
    ("nl", "Examen gehaald! Proficiat {NAME_FIRST} {emoji} De eigen auto met kenteken {PLATE} mag je nu rijden."),
    ("nl", "Leerling rijdt na examen in de auto van zijn vader, kenteken {PLATE}, verzekerd op {NAME_FULL}."),
    ("nl", "transcript: ja het kenteken is {PLATE_SPOKEN} die staat op naam van mijn moeder"),
    # ---- forwarded mail headers
    (
        "nl",
        "---------- Doorgestuurd bericht ----------\nVan: {NAME_DISPLAY} <{EMAIL}>\nDatum: {date}\n"
        "Onderwerp: monteur glasvezel\nAan: klantenservice",
    ),
    ("nl", "Van: {NAME_DISPLAY}\nVerzonden: {weekday} {time}\nAan: Planning\nOnderwerp: afspraak {ADDRESS}"),
    ("nl", "Op {date} om {time} schreef {NAME_DISPLAY} <{EMAIL}>:\n> de meter is nog niet vervangen"),
    # ---- tickets with Key: value and tables
    ("nl", "Ticket #{count}\nStatus: open\nKlant: {NAME_FULL}\nKenteken: {PLATE}\nPolis: {CUSTOMER_NUMBER_POLICY}"),
    ("nl", "naam | geboortedatum | postcode | telefoon\n{NAME_FULL} | {DOB} | {POSTCODE} | {PHONE}"),
    ("nl", "Polisnummer {CUSTOMER_NUMBER_POLICY}: fietsverzekering van {NAME_INITIALS} loopt af op {date}."),
    ("nl", "Betaling: kaart {CARD} geweigerd, klant {NAME_SURNAME} gevraagd te betalen via iDEAL."),
    ("nl", "wrap-up: cb gevraagd tel {PHONE}, geb. {DOB_SHORT}, pc {POSTCODE}, klnr {CUSTOMER_NUMBER_CLIENT}"),
    ("nl", "transcript: mijn geboortedatum is {DOB_SPOKEN} en mijn bsn {BSN_SPOKEN}"),
    ("nl", "transcript: e-mail is {EMAIL_SPOKEN} heeft u dat"),
    # ---- Flemish forms and chat
    (
        "nl",
        "Aanvraagformulier fietsleasing\nNaam: {NAME_FULL}\nRijksregisternummer: {BSN_BE}\n"
        "Adres: {ADDRESS_BE}, {POSTCODE_BE} Gent\nGSM: {PHONE_BE}",
    ),
    ("nl", "Gelieve de premie terug te storten op {IBAN_BE}, rekeninghouder {NAME_FULL}. Met vriendelijke groeten."),
    ("nl", "Ophaling grofvuil in {POSTCODE_BE} Leuven, {ADDRESS_BE}, aanvrager {NAME_FULL}, tel {PHONE_BE}."),
    ("nl", "Nummerplaat lesauto van mijn dochter: {PLATE_BE}, rijbewijs B in orde, geboren {DOB}."),
    ("nl", "Inschrijving kinderopvang, rijksregisternummer kindje: {BSN_BE}, mama {NAME_FULL}."),
    ("nl", "{bot}: Wat is uw e-mailadres?\nKlant: {EMAIL}\n{bot}: Dank u, ik zoek het op."),
    ("nl", "Klant in chat: ik ben {NAME_FULL} en woon in {POSTCODE} {emoji}"),
    ("nl", "SMS van 06-nummer: Ik ben er pas om 5 uur. {NAME_FIRST} ({ADDRESS})"),
    ("nl", "Mijn man {NAME_FULL} en ik verhuizen naar {ADDRESS}; de warmtepomp moet mee in het contract."),
    ("nl", "Internationale klant belt vanaf {PHONE_INTL} over de opvang van zoon {NAME_FIRST}."),
]
