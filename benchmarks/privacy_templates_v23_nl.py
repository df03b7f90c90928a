"""Dutch templates of the `test_v23` split, first half: a pigeon-racing association, a natural-ice skating tour
association, a municipal cemetery office (grave rights), a pawnbroker, a coach-tour operator for seniors, a wine
subscription club, a car-windscreen repairer, a freight forwarder moving a household to Curaçao and a piano rental
and tuning firm. The second half is in `privacy_templates_v23`, which exports the split and describes the labels.
Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # pigeon-racing association: WhatsApp Business export, agent notes
    "[12-04-26 07:41:09] {NAME_FULL}: goedemorgen, mijn klok leest de ringen niet uit, lidnummer "
    "{CUSTOMER_NUMBER_PIGEON}\n[12-04-26 07:43:51] {pigeon}: Dag {NAME_FIRST_AGAIN}, welk type klok?",
    "[03-05-26 19:02:17] {NAME_FULL}: Mag de uitslag van {city} naar mijn nieuwe mail? {EMAIL}",
    "Hokadres gewijzigd: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}. Hok opnieuw inmeten voor de afstand.",
    "Lidmaatschap {pigeon} {year}: contributie {amount} van {IBAN}, lid {CUSTOMER_NUMBER_PIGEON}, {NAME_FULL_M}.",
    "Mandenwagen heeft mijn duiven niet opgehaald, bel me even terug op {PHONE}. Groet {NAME_FIRST_M} van de {pigeon}",
    "Overgenomen duiven van wijlen {NAME_FULL_M}, zijn zoon {NAME_FULL_M} wil het hok voortzetten.",
    "Vervoerder kenteken {PLATE} met aanhanger, chauffeur {NAME_AGENT}, vertrek {time} naar {city_fr}.",
    # natural-ice skating tour association: Markdown tables, IVR
    "| Veld | Waarde |\n|---|---|\n| Naam | {NAME_FULL} |\n| Geboortedatum | {DOB} |\n| Lidnummer | "
    "{CUSTOMER_NUMBER_SKATING} |\n| Telefoon | {PHONE} |",
    "| Naam | {NAME_LIST} |\n| Adres | {ADDRESS} |\n| Postcode | {POSTCODE} |\n| Woonplaats | {city} |",
    "IVR {skate} 06:58 stap 2 invoer lidnummer={CUSTOMER_NUMBER_SKATING}# stap 3 geboortedatum={DOB_KEYPAD}# "
    "resultaat=niet gevonden",
    "Startkaart voor de toertocht niet ontvangen, gestuurd naar {EMAIL}? Lid {CUSTOMER_NUMBER_SKATING}, "
    "{NAME_DOUBLE_F}.",
    "Mijn zoon {NAME_CHILD} (geb. {DOB_CHILD}) wil mee op de kinderronde, ik ben {NAME_FULL}, {PHONE}.",
    "Contributie dubbel geïncasseerd van {IBAN}, graag één keer terug. {NAME_SURNAME_F}, {city}",
    # municipal cemetery office: OCR of scanned letters, ticket audit trail
    "Betreft: verlenging grafrecht\n\nGeachte heer {NAME_SURNAME_M},\n\nHet grafrecht van {NAME_FULL_ELDER} "
    "op {cemetery} loopt af op {date}.",
    "Geachte rnevrouw {NAME_SURNAME_F} ,\nU bent als rechthebbende geregistreerd onder relatienurnmer "
    "{CUSTOMER_NUMBER_GRAVE}. Uw adres: {ADDRESS_OCR}, {POSTCODE_OCR} {city}.",
    "Rechthebbende overleden, overschrijven op dochter {NAME_FULL_F}, BSN {BSN}, geboren {DOB}.",
    "2026-02-11 10:14:02 | rechthebbende | oud: {NAME_FULL} | nieuw: {NAME_FULL} | door: {NAME_AGENT}",
    "2026-02-11 10:15:40 | iban | oud: {IBAN} | nieuw: {IBAN} | reden: mail klant",
    "Overledene: {NAME_FULL_ELDER}, geboren {DOB_ELDER}, laatst woonachtig {ADDRESS}, {POSTCODE} {city}.",
    "Steenhouwer vraagt toestemming voor tekst: 'Hier rust {NAME_FULL_ELDER}'. Aanvrager {NAME_FULL}, {PHONE_LAND}.",
    # pawnbroker: CRM notes pasted with tabs
    "klant\t{NAME_FULL}\tgeb.\t{DOB}\tID gecontroleerd\tklantnr\t{CUSTOMER_NUMBER_PAWN}",
    "{pawn}\t{date}\t{NAME_LIST}\t{ADDRESS}\t{POSTCODE}\t{city}\tgouden ring 14k",
    "Lening op de horloges verlengd, rente {amount} betaald met pinpas, klant {CUSTOMER_NUMBER_PAWN}.",
    "Uitbetaling van de veiling graag op {IBAN}, ik ben {NAME_FULL}, tel {PHONE}.",
    "Mevr. {NAME_SURNAME_F} komt haar fiets ophalen, heeft pandbewijs niet meer, BSN op paspoort {BSN}.",
    "Voicemail (0:48) van {PHONE}: ja hallo met {NAME_FULL}, ik kom donderdag de gitaar terughalen, tot dan.",
    # coach-tour operator for seniors
    "Reizigerslijst {tour}:\n1. {NAME_FULL_ELDER} ({DOB_ELDER})\n2. {NAME_FULL_ELDER} ({DOB_ELDER})\nkamer "
    "delen, dieet: zoutloos",
    "Opstapplaats wijzigen naar {ADDRESS}, {city}. Reiziger {NAME_INITIALS}, noodnummer dochter {PHONE}.",
    "Noodcontact: {NAME_FULL} ({NAME_FIRST_AGAIN} is mijn neef), {PHONE_LAND}",
    "Aanbetaling {tour} {amount} met creditcard {CARD}, vervaldatum 11/27, naam {NAME_FULL_CAPS}.",
    "Mijn moeder {NAME_FULL_F} (geboren {DOB_ELDER}) gaat mee in de rolstoel, is er een lift in de bus?",
    "Chauffeur {NAME_AGENT} belde: bus {PLATE} staat bij de opstapplaats, mevrouw {NAME_SURNAME_F} is er niet.",
    # wine subscription club
    "Leeftijdscheck wijnclub: {NAME_FULL}, geboortedatum {DOB}, leveradres {ADDRESS}, {POSTCODE} {city}.",
    "Wijnpakket {wine} niet bezorgd, lidnummer {CUSTOMER_NUMBER_WINE}, graag nieuwe poging. {NAME_FIRST}",
    "Maandbedrag {amount} wordt afgeschreven van creditcard {CARD}, kan dat naar incasso van {IBAN}?",
    "Doos afgegeven bij de buren op nummer 14, {NAME_FULL}, bel even {PHONE}",
    "Cadeau-abonnement voor {NAME_FULL_M}, {ADDRESS}, {POSTCODE} {city}, afzender {NAME_FULL_F}.",
    # car-windscreen repairer
    "Sterretje in de voorruit van {PLATE}, verzekerd bij {insurer} onder polis {CUSTOMER_NUMBER_GLASS}.",
    "Afspraak ruit vervangen {date} om {time} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, kenteken {PLATE}.",
    "Monteur kon niet kalibreren, camera van de {PLATE} geeft fout. Terugbellen {NAME_FULL}, {PHONE}.",
    "Eigen risico {amount} betaald met {CARD}. Leasecontract op naam van {NAME_FULL_M}.",
    "Voicemail (1:12) van {PHONE}: hoi met {NAME_FIRST}, de ruit lekt na de reparatie, kenteken {PLATE_SPOKEN}.",
    # freight forwarder: emigration to Curaçao
    "Verhuizing per container naar {ADDRESS_CW}, Willemstad. Opdrachtgever {NAME_FULL}, {PHONE_CW}.",
    "Ophaaladres {ADDRESS}, {POSTCODE} {city}, ontvanger op Curaçao {NAME_AW}, tel {PHONE_CW}.",
    "Douane vraagt BSN {BSN} en geboortedatum {DOB} van de eigenaar van de inboedel.",
    "Klantnummer {forwarder}: {CUSTOMER_NUMBER_FREIGHT}, factuur graag naar {EMAIL_WORK}.",
    "Auto gaat mee in de container, kenteken {PLATE}, eigenaar {NAME_FULL}, {IBAN} voor de borg.",
    # piano rental and tuning
    "Stemafspraak {piano}: {NAME_FULL}, {ADDRESS}, 3e etage zonder lift, tel {PHONE}.",
    "Huurcontract {CUSTOMER_NUMBER_RENTAL} vleugel {model}, huurder {NAME_INITIALS}, incasso {IBAN}.",
    "Huurkoop omzetten naar koop? Contract {CUSTOMER_NUMBER_RENTAL}. Groetjes {NAME_FIRST_F}",
    "Verhuizing piano van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}, met de pianolift.",
    "Pianostemmer {NAME_AGENT} kon niet binnen, niemand thuis bij {NAME_FULL}.",
]
