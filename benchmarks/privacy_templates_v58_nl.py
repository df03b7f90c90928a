"""Dutch and Flemish templates of test_v58: pharmacy delivery and medical aids, insurer reimbursement desks,
physiotherapy and dietetics, student administration, sports clubs, taxis, removals, locksmiths, VvE managers."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- pharmacy home delivery and medical aids
    ("nl", "[{wa_stamp}] {NAME_FIRST}: bezorger stond om {time} voor de deur maar ik was bij de huisarts"),
    ("nl", "[{wa_stamp}] Apotheek {pharmacy}: Goedemorgen, is {ADDRESS} nog het juiste bezorgadres?"),
    ("nl", "bezorging medicatie mevr {NAME_SURNAME} niet gelukt, bel terug op {PHONE} na {time}"),
    ("nl", "Patiëntnr {CUSTOMER_NUMBER_PATIENT} - {NAME_REGISTER} - geb. {DOB} - herhaalrecept {medicine}"),
    ("nl", "De {aid} voor mijn moeder {NAME_FULL} moet naar {ADDRESS}, {POSTCODE} {city}, niet naar mij."),
    ("nl", "Huurcontract rollator: {NAME_INITIALS}, {ADDRESS}, BSN {BSN}, ingangsdatum {date}."),
    ("nl", "Samenvatting: beller {NAME_FULL} meldt dat de {aid} piept. Terugbelnummer {PHONE}. Monteur {weekday}."),
    ("nl", "cpap masker maat M besteld voor {NAME_LOWER} geb {DOB}, levering via {carrier}"),
    ("nl", "Ja, met {NAME_FULL}, mijn nummer is {PHONE_SPOKEN}, het gaat om het hoortoestel van mijn vader."),
    ("nl", "Afzender: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nOnderwerp: machtiging {aid}"),
    # ---- insurer reimbursement desk
    ("nl", "Declaratie {claim} graag uitbetalen op {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Relatienummer {CUSTOMER_NUMBER_INSURER}, verzekerde {NAME_FULL}, geboren {DOB}: machtiging verlopen."),
    ("nl", "Mijn BSN is {BSN_SPOKEN}, en het gaat om de vergoeding van de {aid}."),
    ("nl", "Namens mijn zoon {NAME_CHILD} (geb. {DOB_CHILD}) dien ik de nota van {practice} in."),
    ("nl", "Onderwerp: bezwaar afwijzing {claim} – {NAME_UPPER} – relatienr. {CUSTOMER_NUMBER_INSURER}"),
    ("nl", "Het rekeningnummer is {IBAN_SPOKEN}, op naam van mijn man."),
    ("nl", "Graag de machtiging naar {EMAIL} sturen, mijn oude adres bij {firm} werkt niet meer."),
    ("nl", "nota fysio {amount} nog niet vergoed, klant {NAME_SURNAME} belt voor de {count}e keer, tel {PHONE}"),
    ("nl", "Geboortedatum: {DOB_WORDS}, zei de klant, maar in het systeem staat iets anders."),
    ("nl", "Betaald met creditcard {CARD} voor de eigen bijdrage van {amount}."),
    # ---- physiotherapist and dietician
    ("nl", "Verwijzing diëtist voor {NAME_FULL}, {POSTCODE}, BSN {BSN}, huisarts {practice}."),
    ("nl", "Afspraak verzet naar {weekday} {time}. Vragen? Mail {EMAIL_OBFUSCATED}"),
    ("nl", "{NAME_FIRST} kon vandaag niet komen ivm knieoperatie, nieuw nr is {PHONE}"),
    ("nl", "Intake {practice}\t{NAME_REGISTER}\t{DOB}\t{PHONE}\t{insurer}"),
    # ---- student administration and exam boards
    ("nl", "Studentnummer {CUSTOMER_NUMBER_STUDENT}, {NAME_FULL}: collegegeld {amount} niet afgeschreven van {IBAN}."),
    ("nl", "Aan de examencommissie, ik, {NAME_FULL} ({CUSTOMER_NUMBER_STUDENT}), vraag een extra herkansing."),
    ("nl", "Inschrijving {programme}: {NAME_REGISTER}, geboren {DOB}, woonachtig {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "stud.nr {CUSTOMER_NUMBER_STUDENT} wil machtiging collegegeld wijzigen, mailt vanaf {EMAIL}"),
    ("nl", "De ouderbijdrage voor {NAME_CHILD} uit klas {school_class} graag via {IBAN} terugstorten."),
    ("nl", "Ticket: adreswijziging student {NAME_FULL} → {ADDRESS}, {POSTCODE}"),
    # ---- sports clubs, youth teams, parents
    ("nl", "[{wa_stamp}] Moeder van {NAME_CHILD}: wie rijdt er zaterdag naar {city}? Ik kan, bel {PHONE}"),
    ("nl", "Relatiecode {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}, {team}) heeft contributie {amount} nog open."),
    ("nl", "Aanmelding jeugdlid: {NAME_CHILD} {NAME_SURNAME}, geb. {DOB_CHILD}, ouder: {NAME_FIRST}, {EMAIL}"),
    ("nl", "spelerspas {CUSTOMER_NUMBER_MEMBER} kwijt, graag nieuwe naar {ADDRESS}"),
    ("nl", "Incasso lidmaatschap {team} per {date} van rekening {IBAN}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    # ---- taxi and coach companies
    ("nl", "Rit {ride} {time} ophalen {NAME_INITIALS}, {ADDRESS}, rolstoel mee, naar {hospital}."),
    ("nl", "Chauffeur meldt: passagier {NAME_SURNAME} niet thuis, telefoon {PHONE} neemt niet op."),
    ("nl", "Uw taxi met kenteken {PLATE} staat om {time} klaar bij {hospital}."),
    ("nl", "Schade aan bus {PLATE} tijdens schoolreis, contactpersoon {NAME_FULL}, {PHONE}."),
    ("nl", "Ik heb mijn tas laten liggen in de taxi {PLATE}, ik ben {NAME_FULL}, {PHONE_SPOKEN}."),
    # ---- removal, storage, locksmith, alarm
    ("nl", "Verhuizing {date}: van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}. Klant {NAME_FULL}."),
    ("nl", "Opslagbox {box} op naam van {NAME_FULL}, huur per maand {amount} van {IBAN}."),
    ("nl", "Aanbetaling verhuizing met {CARD}, bevestiging naar {EMAIL}."),
    ("nl", "Buitengesloten op {ADDRESS}! Slotenmaker nodig, mijn nummer {PHONE}, groetjes {NAME_FIRST}"),
    ("nl", "alarm afgegaan bij {NAME_SURNAME}, postcode {POSTCODE}, sleutelhouder is buurman {NAME_FULL}"),
    ("nl", "Meldkamer: contactpersoon 1 {NAME_FULL} {PHONE}, contactpersoon 2 {NAME_FULL} {PHONE_ABROAD}"),
    ("nl", "Verhuiswagen {PLATE} mag van de gemeente op {date} voor {ADDRESS} staan."),
    ("nl", "Op {ADDRESS_LOWER} is het slot vervangen, factuur naar {EMAIL}"),
    # ---- VvE property management
    ("nl", "VvE {vve}: eigenaar {NAME_INITIALS}, appartementsrecht {ADDRESS}, klantnr {CUSTOMER_NUMBER_CLIENT}."),
    ("nl", "Servicekosten {amount} per maand worden geïncasseerd van {IBAN}, debiteur {CUSTOMER_NUMBER_CLIENT}."),
    ("nl", "Lekkage bij {NAME_SURNAME} op {ADDRESS}, de bovenburen ({NAME_FULL}) zijn niet bereikbaar."),
    ("nl", "Parkeerplaats garage {vve}: kenteken {PLATE} staat op naam van {NAME_FULL}."),
    ("nl", "Notulen ALV: {NAME_FULL} vraagt namens de bewoners om offerte dakgoot."),
    # ---- OCR and Excel rows
    ("nl", "Geachte heer/mevrouw ,\n\n{NAME_UPPER}\n{ADDRESS}\n{POSTCODE}  {city_upper}\n\nBetreft: uw aanvraag"),
    ("nl", "{NAME_REGISTER}\t{ADDRESS}\t{POSTCODE}\t{city}\t{PHONE}\t{EMAIL}"),
    ("nl", "naam;geboortedatum;bsn\n{NAME_REGISTER};{DOB};{BSN}"),
    ("nl", "Postcode: {POSTCODE_SPOKEN}, dat is bij {NAME_SURNAME}."),
    # ---- Flemish
    ("nl", "Goeiemiddag, ik woon op de {ADDRESS_BE} in {city_be}, mijn gsm is {PHONE}. Groeten, {NAME_FULL}"),
    ("nl", "Gelieve de terugbetaling te storten op {IBAN}, op naam van {NAME_FULL}, alvast bedankt."),
    ("nl", "Ons {NAME_CHILD} zijn verjaardag is {DOB_CHILD}, hij speelt bij {team}. Mama {NAME_FIRST}, {PHONE_ABROAD}"),
    ("nl", "De verhuiswagen met nummerplaat {PLATE} komt van {city_be}, chauffeur is {NAME_FIRST}."),
    # ---- family from abroad
    ("nl", "Mijn schoonmoeder {NAME_FULL} komt uit {abroad}, bereikbaar op {PHONE_ABROAD}."),
    ("nl", "Bezorging voor {NAME_FULL}, familie belt vanuit {abroad}: {PHONE_ABROAD}"),
]
