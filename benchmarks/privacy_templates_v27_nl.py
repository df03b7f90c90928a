"""Dutch templates of the `test_v27` split, first half: a laundry and dry-cleaning pick-up service, an emergency
glazier, a tennis club and a bridal boutique. The second half is in `privacy_templates_v27`, which exports the split
and describes the labels. Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # laundry pick-up: Freshdesk ticket bodies, return labels, Messenger chats with typos
    "Freshdesk #{fd}\nOnderwerp: overhemden niet teruggekomen\nVan: {NAME_FULL} <{EMAIL}>\n\nHallo, ik mis nog 3 "
    "overhemden van de ophaalronde van {date}. Klantnummer {CUSTOMER_NUMBER_LAUNDRY}.",
    "Freshdesk #{fd} — Status: Open — Prioriteit: Hoog\nAanvrager: {NAME_INITIALS}\nTelefoon: {PHONE}\n"
    "Beschrijving: vlek in trouwpak niet verwijderd",
    "RETOUR\nAfzender: {NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\n\nAan: {laundry}, Antwoordnummer 1204",
    "Retourlabel {track}\nNaam: {NAME_SORTED}\nStraat: {ADDRESS}\nPostcode/plaats: {POSTCODE} {city}",
    "Agent: goedemiddag, waarmee kan ik helpen?\nKlant: mijn was is nie opgehaald vanochtend\nAgent: wat is uw "
    "postcode en huisnummer?\nKlant: {POSTCODE}, {ADDRESS}",
    "Klant: hallo ik ben {NAME_FULL_SMALL} mijn tas met dekbedden staat nog buiten\nAgent: vervelend! ik bel de "
    "chauffeur\nKlant: bel mij maar op {PHONE} ok?",
    "Abonnement {CUSTOMER_NUMBER_LAUNDRY} (wekelijks, {amount}) wordt afgeschreven van {IBAN} t.n.v. {NAME_INITIALS}.",
    "Chauffeur {NAME_STAFF} staat met de bus ({PLATE}) voor de deur bij {NAME_SURNAME_F}, niemand thuis.",
    "Stomerij-bon: pak + colbert, klant {NAME_FULL}, betaald met {CARD}, ophalen na {date}.",
    "Klant: kunnen jullie ook bij mijn moeder {NAME_FULL_ELDER} ophalen? zij woont op {ADDRESS}",
    # emergency glazier: Salesforce case notes, insurer forms, voicemail transcripts
    "Case {sf} | Account: {NAME_FULL} | Contact: {PHONE_LAND} | Subject: ruit achterdeur ingegooid, politie geweest",
    "Case Notes ({date} {time}): Spoke w/ klant {NAME_SURNAME_M}, polisnummer {CUSTOMER_NUMBER_GLASS}, noodvoorziening "
    "geplaatst, vervolgafspraak volgt.",
    "Salesforce case {sf}\nAccount Name: {NAME_DOUBLE}\nMailing Street: {ADDRESS}\nMailing Zip: {POSTCODE}\n"
    "Mailing City: {city}",
    "Schadeformulier glas\nVerzekerde: {NAME_FULL}\nGeboortedatum: {DOB}\nPolis: {CUSTOMER_NUMBER_GLASS}\n"
    "Verzekeraar: {insurer}",
    "Eigen risico {amount} voldaan door {NAME_FULL} via {IBAN}, case {sf}.",
    "Huurder {NAME_FULL} meldt barst in dubbel glas; woningcorporatie vraagt BSN {BSN} voor de verhaalsactie.",
    "Monteur {NAME_STAFF} rijdt met {PLATE}, verwacht om {time} bij {ADDRESS}, {POSTCODE} {city}.",
    "Voorschot glaswerk {amount} betaald met creditcard {CARD}, kaarthouder {NAME_FULL_CAPS}.",
    "Buurman {NAME_FULL_M} ({PHONE}) heeft de sleutel, de bewoner zit op vakantie.",
    # tennis club: member admin, court booking app exports, survey free text
    "Ledenadministratie {tennis}\nNaam: {NAME_FULL}\nGeb.datum: {DOB}\nKNLTB-nr: {CUSTOMER_NUMBER_TENNIS}\n"
    "Speelsterkte: 7",
    "baan;datum;tijd;speler1;speler2\n4;{date};{time};{NAME_SORTED};{NAME_SORTED}",
    "Contributie {year}: {amount}, incasso van {IBAN_PLAIN} ({NAME_FULL}), lidnummer {CUSTOMER_NUMBER_TENNIS}.",
    "Jeugdlid {NAME_CHILD} (geb. {DOB_CHILD}) schrijft zich in voor de zomercompetitie, ouder {NAME_FULL_F}, {EMAIL}.",
    "Enquête leden, vraag 5 (open): 'Barcommissie doet het super, vooral {NAME_FULL} verdient een bloemetje!'",
    "Enquête, open antwoord: de banen zijn te vaak dicht. Bel me gerust, {NAME_FIRST} {PHONE}",
    "Trainer {NAME_FULL_M} geeft les op {weekday}, factuur naar {EMAIL_WORK}.",
    "Nieuw lid {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, geboren {DOB}, tel. {PHONE}.",
    "Parkeren bij het park: lid {NAME_SURNAME} heeft kenteken {PLATE} doorgegeven voor de slagboom.",
    # bridal boutique: appointment forms, fitting notes, e-mail signatures with disclaimers
    "Afspraak pasmoment\nBruid: {NAME_FULL_F}\nTrouwdatum: {date}\nTelefoon: {PHONE}\nE-mail: {EMAIL}",
    "Pasnotitie {bridal}: {NAME_FIRST_F} wil de sleep korter, tweede passing {date}, klant {CUSTOMER_NUMBER_BRIDAL}.",
    "Aanbetaling jurk 50% ({amount}) via {IBAN} door {NAME_DOUBLE}.",
    "Jurk wordt bezorgd op {ADDRESS}, {POSTCODE} {city}; moeder van de bruid, {NAME_FULL_ELDER}, neemt aan.",
    "Met vriendelijke groet,\n\n{NAME_FULL}\n{PHONE}\n\nDit bericht kan vertrouwelijke informatie bevatten. Bent u "
    "niet de geadresseerde, verwijder het dan.",
    "Restbedrag {amount} voldaan met {CARD}, bon {invoice}, bruid {NAME_SURNAME_F}.",
    "Bruidegom {NAME_FULL_M} wil een maatpak; lengte 1.92, geboren {DOB_ISO}, mail {EMAIL}.",
]
