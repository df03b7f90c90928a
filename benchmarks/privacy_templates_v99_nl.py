"""Dutch and Flemish templates of test_v99, some from Zaanstreek and Achterhoek writers."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- film equipment rental
    ("nl", "Zendesk side conversation naar magazijn: huurder {NAME_FULL} haalt {product} {weekday} op, tel {PHONE}."),
    ("nl", "Borg {amount} voor de camera graag terug op {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Verhuurcontract {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_CAPS}, legitimatie gezien, BSN {BSN}."),
    ("nl", "Ik heb de set gehuurd als {NAME_FULL}\n*{NAME_SURNAME} bedoel ik, niet {NAME_SURNAME}, sorry typo"),
    ("nl", "Bezorgen op {ADDRESS}, {POSTCODE} {city}. Busje met kenteken {PLATE} staat voor de deur."),
    ("nl", "Naam\t\t{NAME_FULL}\t\tTel\t{PHONE}\t\t\tPostcode\t{POSTCODE}\t"),
    # ---- office aquarium maintenance
    ("nl", "Aquariumonderhoud kantoor, contact {NAME_FORMAL}, mobiel {PHONE}, klantnr {CUSTOMER_NUMBER_CUSTOMER}"),
    ("nl", "Vissie (bot): Wat is uw e-mailadres? Klant: {EMAIL}"),
    ("nl", "Factuur servicecontract {CUSTOMER_NUMBER_CONTRACT} wordt geïncasseerd van {IBAN}."),
    ("nl", "Wee hebbe die bak 'n poos nie schoongemaakt, bel {NAME_FIRST} maar op {PHONE}, groetjes uut Wormerveer"),
    ("nl", "Notitie agent (overgenomen van screenshot): naam {NAME_LOWER} / mail {EMAIL} / tel {PHONE}"),
    # ---- personal trainers
    ("nl", "LinkedIn-bericht: Hoi, ik ben {NAME_FULL}, personal trainer, mijn nummer is {PHONE}. Zullen we bellen?"),
    ("nl", "Intake PT | Name: {NAME_FULL} | Date of birth: {DOB} | Phone: {PHONE} | Address: {ADDRESS}"),
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER} van {NAME_FIRST} {NAME_SURNAME} loopt af per {date}."),
    ("nl", "A: Met wie spreek ik?\nB: Met {NAME_FULL}.\nA: En uw geboortedatum?\nB: {DOB}."),
    ("nl", "A: Kunt u het nummer herhalen?\nB: Ja, {PHONE_SPOKEN}.\nA: Dank u."),
    ("nl", "Pakket van {amount} per maand afgeschreven met creditcard {CARD} van {NAME_INITIALS}."),
    # ---- lost luggage
    ("nl", "Koffer kwijt op Schiphol, bezorgen bij {NAME_FORMAL}, {ADDRESS}, {POSTCODE} {town}, tel {PHONE_ABROAD}."),
    ("nl", "Form: First name: {NAME_FIRST} | Last name: {NAME_SURNAME} | Postcode: {POSTCODE} | Email: {EMAIL}"),
    ("nl", "Passagier {NAME_CAPS}, PIR gemaakt, terugbellen op {PHONE} of mailen naar {EMAIL_SPOKEN}."),
    ("nl", "Onkosten {amount} voor kleding overmaken naar {IBAN}, rekeninghouder {NAME_FULL}."),
    ("nl", "Tas is naar {NAME_FULL} in Gent gestuurd, Vlaams nummer {PHONE_ABROAD}, postcode {POSTCODE}."),
    # ---- care home visiting slots
    ("nl", "Bezoekslot {time} op {weekday} voor {NAME_FULL}, bezoeker van mevrouw {NAME_SURNAME} op kamer {count}."),
    ("nl", "Cliënt {NAME_FORMAL}, geboren {DOB}, BSN {BSN}, bezoek alleen via dochter {NAME_FIRST}."),
    ("nl", "Ik kom mien moeder bezoeken, ik bin {NAME_FULL} uut Lichtenvoorde, bel mie op {PHONE}"),
    ("nl", "Naam bewoner\t\t\t{NAME_CAPS}\t\tGeb.datum\t{DOB}\t\t\tBSN\t{BSN}"),
    ("nl", "Contactpersoon {NAME_FULL}, {ADDRESS} te {town}, e-mail {EMAIL}."),
    ("nl", "De BSN van moeder is {BSN}\n*{BSN} bedoel ik, vorige was fout overgetypt"),
    # ---- canoe rental
    ("nl", "Kano gereserveerd door {NAME_FULL} voor {count} personen, auto {PLATE} op de parkeerplaats."),
    ("nl", "Duitse gasten, kenteken {PLATE_ABROAD}, aanspreekpunt {NAME_FULL}, mobiel {PHONE_ABROAD}."),
    ("nl", "Wi'j wilt zaoterdag 'n kano huurn, {NAME_FIRST} {NAME_SURNAME}, {ADDRESS} in Ruurlo, {PHONE}"),
    ("nl", "Aanbetaling via iDEAL, rekening {IBAN}, naam {NAME_LOWER}, reservering {ref}."),
    ("nl", "Peddel (bot): Uw geboortedatum voor de zwemvest-check? Klant: {DOB}"),
    # ---- chimney inspections
    ("nl", "Keuringsrapport schoorsteen voor verzekering, polisnummer {CUSTOMER_NUMBER_POLICY}, eigenaar {NAME_FULL}."),
    ("nl", "Schoorsteenveger komt {weekday} bij {NAME_FORMAL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Verzekeraar vraagt rapport: polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}, geb. {DOB}."),
    ("nl", "Screenshot overgetypt: {NAME_FULL} - {ADDRESS} - {POSTCODE} - {PHONE}"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, schoorsteen geveegd, factuur naar {EMAIL}."),
    # ---- festival refunds
    ("nl", "Refund festivalticket graag naar {IBAN} op naam van {NAME_FULL}, ordernummer {ref}."),
    ("nl", "Zendesk side conversation met finance: terugstorten aan {NAME_CAPS}, IBAN {IBAN}"),
    ("nl", "Mijn naam is {NAME_FULL}, mail {EMAIL}\n*{EMAIL} moest het zijn, typfout"),
    ("nl", "Festi (bot): Wat is je postcode? Bezoeker: {POSTCODE}, en mijn naam is {NAME_FIRST}"),
    ("nl", "Ticket betaald met {CARD}, houder {NAME_FULL}, lidmaatschap {CUSTOMER_NUMBER_MEMBER}."),
    # ---- laser hair removal
    ("nl", "Lasersessie {count} voor {NAME_FULL}, geboortedatum {DOB}, bellen op {PHONE}."),
    ("nl", "Behandelcontract {CUSTOMER_NUMBER_CONTRACT}, cliënte {NAME_FORMAL}, incasso {IBAN}."),
    ("nl", "A: Welk adres?\nB: {ADDRESS}, {POSTCODE}.\nA: En e-mail?\nB: {EMAIL_SPOKEN}."),
    ("nl", "Form: Name: {NAME_LOWER} | Phone: {PHONE} | Skin type: III | Birth date: {DOB}"),
    ("nl", "Hallo, ik ben {NAME_FIRST} en mijn nummer is {PHONE_SPOKEN}, bel na {time} a.u.b."),
    # ---- wedding photographers
    ("nl", "LinkedIn-bericht van {NAME_FULL}: wij trouwen op {date}, mail me op {EMAIL}."),
    ("nl", "Bruidspaar {NAME_FULL} en {NAME_FULL}, adres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Fotograaf rijdt met {PLATE} naar het bruidshuis van {NAME_SURNAME}."),
    ("nl", "Aanbetaling {amount} met creditcard {CARD}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Opdrachtbevestiging: {NAME_CAPS}, {EMAIL}, {PHONE}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    # ---- notary letters
    ("nl", "Nalatenschap van wijlen {NAME_FULL}, laatst wonende {ADDRESS} te {city}, geboren {DOB}."),
    ("nl", "Notaris: erfgenaam {NAME_INITIALS}, BSN {BSN}, uitkering op rekening {IBAN}."),
    ("nl", "Betreft: boedel {NAME_FORMAL}, postcode {POSTCODE}, polis {CUSTOMER_NUMBER_POLICY} uitgekeerd."),
    ("nl", "Executeur {NAME_FULL} is bereikbaar via {PHONE} en {EMAIL}."),
    ("nl", "Auto van de overledene, kenteken {PLATE}, gaat naar {NAME_FIRST} {NAME_SURNAME}."),
    ("nl", "Mevrouw {NAME_SURNAME} (lidnr {CUSTOMER_NUMBER_MEMBER}) verhuist naar {ADDRESS}, {POSTCODE}."),
]
