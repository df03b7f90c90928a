"""Dutch templates of the `test_v26` split, first half: a boiler-maintenance subscription, a youth hostel, a
municipal bicycle depot, a medical-aids lender, a Sinterklaas agency, a firewood seller and a sun-blind installer.
The second half is in `privacy_templates_v26`, which exports the split and describes the labels. Written by someone
who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # boiler maintenance: work orders (werkbon), e-mail threads with 'Op ... schreef', SMS with emoji
    "WERKBON {workorder}\nKlant: {NAME_FULL}\nAdres: {ADDRESS}\n{POSTCODE}  {city}\nToestel: {product}\n"
    "Storing: F28, geen ontsteking",
    "Werkbon {workorder} | klantnr {CUSTOMER_NUMBER_BOILER} | monteur {NAME_STAFF} | ketel gereinigd, drukval ok",
    "Hoi, de monteur staat voor de deur maar niemand doet open. Kunt u bellen met {PHONE}? Groet {NAME_FIRST_F}",
    "Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Onze ketel lekt weer, abonnement {CUSTOMER_NUMBER_BOILER}."
    "\n> Kan er deze week iemand komen?",
    "Onderhoudsabonnement {CUSTOMER_NUMBER_BOILER} wordt maandelijks ({amount}) geïncasseerd van {IBAN} t.n.v. "
    "{NAME_INITIALS}.",
    "SMS: Beste {NAME_SURNAME_M}, onze monteur komt morgen {time} 🔧 Niet thuis? Bel {company_phone}. {boiler}",
    "Storingsmelding via app: naam {NAME_FULL_SMALL}, tel {PHONE}, melding {ticket}, 'radiatoren boven blijven koud'",
    "Nieuwe ketel ({product}) betaald met creditcard {CARD}, installatie op {ADDRESS}, {POSTCODE}.",
    "Huurder {NAME_FULL} belt: verhuurder {NAME_DOUBLE} moet toestemming geven, diens nummer is {PHONE_LAND}.",
    "Monteursbus {PLATE} staat bij {ADDRESS} op de stoep, buurvrouw {NAME_SURNAME_F} klaagt.",
    # youth hostel: night register, group booking forms (Microsoft Forms export), emoji SMS
    "NACHTREGISTER {hostel}\nNaam: {NAME_FULL}\nNationaliteit: Roemeens\nGeboortedatum: {DOB_FOREIGN}\n"
    "Documentnr. gezien: ja",
    "Nachtregister\t{date}\t{NAME_SORTED}\t{DOB}\tNL\tkamer 12",
    "ID\tBegintijd\tE-mail\tNaam\tSchool\tAantal leerlingen\n48\t{date} {time}\t{EMAIL}\t{NAME_FULL}\t{city}\t28",
    "Microsoft Forms — Groepsaanvraag\nVraag 1: Naam contactpersoon\nAntwoord: {NAME_DOUBLE}\nVraag 2: Telefoon\n"
    "Antwoord: {PHONE}\nVraag 3: Factuuradres\nAntwoord: {ADDRESS}, {POSTCODE} {city}",
    "Hostellidmaatschap {CUSTOMER_NUMBER_HOSTEL} op naam van {NAME_FULL}, geboren {DOB}.",
    "Hey! Wij zijn met 4 pers om {time} bij de receptie 😊 groetjes {NAME_FIRST} ({PHONE})",
    "Borg sleutelpas {amount} teruggestort op {IBAN}, gast {NAME_FULL}.",
    "Schoolreis {booking}: begeleiders {NAME_FULL}, {NAME_FULL} en {NAME_INITIALS}; bus met kenteken {PLATE}.",
    "Gast {NAME_TR_M} heeft zijn paspoort laten liggen op kamer 7, telefoon Turkije {PHONE_TR}.",
    "Aanbetaling groepsboeking met {CARD}, kaarthouder {NAME_FULL_CAPS}.",
    # bicycle depot: depot registration, municipal letters, chat
    "Registratie fietsdepot: {frame}, opgehaald bij station {city}, eigenaar volgens RDW-koppeling {NAME_FULL}, "
    "{ADDRESS}, {POSTCODE} {city}",
    "Ophaalbewijs {CUSTOMER_NUMBER_DEPOT}: fiets vrijgegeven aan {NAME_FULL}, legitimatie gezien, BSN {BSN}.",
    "Chat fietsdepot\nBezoeker: hoi mijn fiets is weggehaald bij de Dam, mijn naam is {NAME_FULL}\n"
    "Bezoeker: mijn nr is {PHONE}",
    "Geachte heer {NAME_SURNAME_M},\n\nUw fiets ({frame}) staat in ons depot onder nummer {CUSTOMER_NUMBER_DEPOT}. "
    "U kunt hem ophalen tot {date}.",
    "Stallingskosten {amount} betaald met pinpas, rekening {IBAN}, depotnummer {CUSTOMER_NUMBER_DEPOT}.",
    "Fiets van {NAME_CHILD} (geb. {DOB_CHILD}) weggehaald, moeder {NAME_FULL_F} komt hem halen.",
    "Machtiging: ik, {NAME_FULL}, geef {NAME_FULL} toestemming mijn fiets op te halen. Postcode {POSTCODE}.",
    # medical aids: lending desk notes, insurer forms, delivery route lists
    "Uitleen rolstoel {CUSTOMER_NUMBER_AID} aan {NAME_FULL_ELDER}, geboren {DOB_ELDER}, tot {date}.",
    "Route chauffeur {weekday}\n1. {ADDRESS}, {POSTCODE} — rollator ophalen — {NAME_SURNAME_F}\n"
    "2. {ADDRESS} — krukken brengen — tel {PHONE_LAND}",
    "Zorgverzekeraar vraagt: verzekerde {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}, hoog-laagbed via {aid}.",
    "Dochter {NAME_FULL_F} belt namens moeder {NAME_FULL_ELDER}: douchestoel niet geleverd op {ADDRESS}.",
    "Borg rolstoel {amount} retour naar {IBAN_PLAIN}, klant {CUSTOMER_NUMBER_AID}.",
    "Huisarts dr. {NAME_DOCTOR} verwijst {NAME_INITIALS} voor een scootmobiel, tel. {PHONE}.",
    # Sinterklaas agency: booking forms, Signal group, invoices
    "Boekingsformulier {sint}\nNaam ouder: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nKinderen: "
    "{NAME_CHILD} (6) en {NAME_CHILD} (4)\nTijd: 5 december {time}",
    "Signal — Sinten {year}\n{NAME_FIRST_M}: ik rijd vanavond met de {PLATE}, baard ligt nog bij {NAME_FIRST_M}",
    "Tip voor de Sint: {NAME_CHILD} is geboren op {DOB_CHILD} en heeft het zwemdiploma gehaald!",
    "Klant {CUSTOMER_NUMBER_SINT} betaalt de Sint-avond ({amount}) via {IBAN}, omschrijving: bezoek {NAME_SURNAME}.",
    "Pietentelefoon: bel {PHONE} als jullie bij de school in {city} zijn. Juf {NAME_FULL_F}",
    "Sint {NAME_FULL_M} (acteur, {EMAIL}) kan op 5 december niet; vervanger {NAME_FULL_M}.",
    # firewood: order webform, delivery stop lists, WhatsApp-like emoji SMS
    "Bestelformulier haardhout\nNaam: {NAME_FULL}\nE-mail: {EMAIL}\nAfleveradres: {ADDRESS}, {POSTCODE} {city}\n"
    "Product: 2 m³ eiken",
    "Stop 4: {NAME_SORTED} — {ADDRESS} — hout achterom, hek open — {PHONE}",
    "Hout is gestort 🔥 maar op de verkeerde oprit, ik ben {NAME_FULL} van {ADDRESS}",
    "Klantnummer {CUSTOMER_NUMBER_WOOD}, kaart {CARD}, levering {date}.",
    "Aanhanger {PLATE} van {NAME_FULL_M} staat nog bij de houtwerf.",
    # sun blinds: quote requests, measuring notes, YAML from the planning tool
    "Offerteaanvraag screens\nNaam: {NAME_FULL}\nMail: {EMAIL}\nTel: {PHONE}\nAantal ramen: 5",
    "inmeting:\n  klant: {NAME_FULL}\n  adres: {ADDRESS}\n  postcode: {POSTCODE}\n  monteur: {NAME_STAFF}\n"
    "  product: {goods}",
    'klant:\n  nummer: {CUSTOMER_NUMBER_BLINDS}\n  naam: "{NAME_SORTED}"\n  iban: {IBAN_PLAIN}',
    "Aanbetaling 30% ({amount}) van {NAME_INITIALS}, rekening {IBAN}, {CUSTOMER_NUMBER_BLINDS}.",
    "Monteur {NAME_STAFF} belt {NAME_SURNAME_F}: we zijn er om {time}, bereikbaar op {PHONE_LAND}?",
]
