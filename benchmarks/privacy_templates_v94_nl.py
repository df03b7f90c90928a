"""Dutch and Flemish templates of test_v94: donor registrations, holiday wheelchairs, pub quizzes, firewood, Wadden
ferries, smart thermostats, translation agencies, climbing gyms, sewing-machine repairs and used-car warranties, in
Zoho Desk tickets, timestamped transcripts, pair-wise read-out notes, OCR'd labels, e-mails under disclaimers, pipe
forms, survey boxes, Amsterdam street talk and Limburg writing."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- organ donor registrations
    (
        "nl",
        "Zoho Desk #{count}{count}{count} | Contact: {NAME_FULL} | E-mail: {EMAIL} | Onderwerp: donorkeuze wijzigen",
    ),
    ("nl", "Ik wil mijn donorkeuze aanpassen naar 'ja'. BSN {BSN}, geboren {DOB}, {NAME_INITIALS}."),
    ("nl", "[{time}] Medewerker: Mag ik uw burgerservicenummer?\n[{time}] Beller: {BSN_SPOKEN}"),
    ("nl", "[{time}] Beller: ik ben {NAME_LOWER}, geboren {DOB}\n[{time}] Medewerker: dank u, ik zoek het op"),
    ("nl", "Notitie: beller las BSN voor in paren: {BSN_SPOKEN}. Terugbellen op {PHONE}."),
    ("nl", "Naam|Geboortedatum|BSN|Telefoon\n{NAME_FULL}|{DOB}|{BSN}|"),
    (
        "nl",
        "Nabestaande {NAME_FIRST} {NAME_SURNAME} vraagt of haar vader, geboren {DOB}, als donor geregistreerd stond.",
    ),
    # ---- wheelchair rental on holiday
    ("nl", "Rolstoel afleveren op {ADDRESS}, {POSTCODE} {town}, t.a.v. {NAME_FULL}, tel. {PHONE}."),
    (
        "nl",
        "Bestelling {ref}: duwrolstoel voor {count} dagen. Huurder {NAME_CAPS}, klantnummer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Borg van {amount} terugstorten op {IBAN} ten name van {NAME_INITIALS}."),
    (
        "nl",
        "Goeiendag, ik kom uit Hasselt en ik wil ne rolstoel huren veur men moeder, mijn gsm is "
        "{PHONE}, groetjes {NAME_FIRST}",
    ),
    ("nl", "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: scootmobiel, ophalen bij {NAME_SURNAME} op {ADDRESS}."),
    ("nl", "Betaald met creditcard {CARD}, kaarthouder {NAME_FULL}."),
    # ---- pub quiz bookings
    (
        "nl",
        "Yo ik wil een tafel voor de pubquiz, team De Slimme Lampen, bel me ff op {PHONE} mattie, ik ben {NAME_FIRST}",
    ),
    ("nl", "wollah broer reserveer voor {count} man, naam {NAME_FULL}, mail is {EMAIL}"),
    ("nl", "Quizavond {date}: teamcaptain {NAME_FULL} ({EMAIL}), inschrijfgeld {amount} via {IBAN}."),
    ("nl", "Naam|Team|Telefoon|E-mail|Opmerking\n{NAME_FULL}|Quizzly Bears||{EMAIL}|"),
    ("nl", "Enquête: Hoe hoorde u van ons? Anders, namelijk: via {NAME_FULL}, die woont op {ADDRESS}"),
    # ---- firewood
    ("nl", "Levering 3 kuub eiken haardhout op {ADDRESS}, {POSTCODE}. Contact {NAME_SURNAME}, {PHONE}."),
    (
        "nl",
        "Houtlevering voor dhr. {NAME_INITIALS}: oprit achter de schuur, kenteken bezorgbus {PLATE} wordt doorgelaten.",
    ),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER} – factuur haardhout, incasso van rekening {IBAN}."),
    ("nl", "Ich höb gistere hout besteld mer 't is nog neet gekoume, {NAME_FULL}, {ADDRESS} in {town}, {PHONE}"),
    ("nl", "OCR etiket:\n{NAME_CAPS}\n{ADDRESS}\n{POSTCODE} {town}\nPALLET 1/2"),
    # ---- Wadden ferries
    ("nl", "Overtocht Harlingen-Terschelling voor {NAME_FULL} en auto met kenteken {PLATE}, retour {date}."),
    ("nl", "Reservering {ref}: passagier {NAME_CAPS}, geboortedatum {DOB}, mobiel {PHONE}."),
    ("nl", "Ticket op naam van {NAME_INITIALS}, betaald met {CARD}."),
    (
        "nl",
        "Er stond een Poolse camper met kenteken {PLATE_ABROAD} op de kade, eigenaar {NAME_FULL} gebeld "
        "op {PHONE_ABROAD}.",
    ),
    ("nl", "Vaarkaart-abonnement {CUSTOMER_NUMBER_MEMBER} op naam van {NAME_FULL}, woonachtig {ADDRESS}, {POSTCODE}."),
    ("nl", "Hallo, ik ben {NAME_FIRST} uit Polen, ik mis boot naar Vlieland, mijn telefon {PHONE_ABROAD}, dziękuję"),
    # ---- smart thermostats
    ("nl", "Monteur plant installatie slimme thermostaat bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town} op {date}."),
    (
        "nl",
        "Zoho Desk #{count}{count}{count} | Klant: {NAME_SURNAME} | Tel: {PHONE} | Contract: "
        "{CUSTOMER_NUMBER_CONTRACT}",
    ),
    ("nl", "Energiecontract {CUSTOMER_NUMBER_CONTRACT}, klant {NAME_INITIALS}, maandbedrag via {IBAN}."),
    ("nl", "[{time}] Klant: mijn e-mail is {EMAIL_SPOKEN}\n[{time}] Agent: top, ik stuur de koppelcode"),
    ("nl", "Storing melden: thermostaat geeft E3. {NAME_FULL}, bereikbaar op {PHONE} na {time}."),
    # ---- translation agencies
    ("nl", "Beëdigde vertaling Roemeens-Nederlands van de geboorteakte van {NAME_FULL}, geboren {DOB} te Cluj."),
    ("nl", "Te vertalen: rijbewijs van {NAME_CAPS}, geboortedatum {DOB}, BSN {BSN}."),
    ("nl", "Bună ziua, ik ben {NAME_FULL}, ik heb vertaling nodig van diploma, telefoon {PHONE_ABROAD}, mail {EMAIL}"),
    (
        "nl",
        "Factuur vertaalbureau voor {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}; klantnr. "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Naam|BSN|Taalpaar|Spoed\n{NAME_FULL}|{BSN}|PL-NL|"),
    # ---- climbing gyms
    ("nl", "Lidmaatschap boulderhal: {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, geboren {DOB}."),
    ("nl", "Abonnement {CUSTOMER_NUMBER_MEMBER} wordt maandelijks afgeschreven van {IBAN} (t.n.v. {NAME_SURNAME})."),
    ("nl", "Noodcontact van klimmer {NAME_FIRST}: {NAME_FULL}, {PHONE}."),
    (
        "nl",
        "Ouwe, mn pasje doet het niet, lid {CUSTOMER_NUMBER_MEMBER}, ik ben {NAME_FIRST} van de "
        "Bijlmer, app me {PHONE}",
    ),
    ("nl", "Enquête klimhal - Overig: 'de instructeur {NAME_FIRST} was top, mail me terug op {EMAIL}'"),
    # ---- sewing machine repairs
    ("nl", "Naaimachine Singer ter reparatie ontvangen van {NAME_FULL}, {ADDRESS}, {PHONE}."),
    ("nl", "Reparatiebon {ref}: klant {NAME_SURNAME}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, ophalen na {date}."),
    ("nl", "Notitie: mevrouw las haar nummer voor in paren: {PHONE_SPOKEN}. Naam: {NAME_LOWER}."),
    ("nl", "Verzendetiket (gescand):\nAAN: {NAME_CAPS}\n{ADDRESS}\n{POSTCODE}  {town}"),
    ("nl", "Veur de naaimesjien van ma, {NAME_FULL}, woont aan de {ADDRESS}, bel {PHONE} of mail {EMAIL}"),
    # ---- used car warranty claims
    ("nl", "Garantieclaim {CUSTOMER_NUMBER_POLICY} voor occasion met kenteken {PLATE}, eigenaar {NAME_FULL}."),
    ("nl", "Koper {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}, meldt koppelingsschade aan {PLATE}."),
    ("nl", "Polisnummer garantieverzekering {CUSTOMER_NUMBER_POLICY}; uitkering op {IBAN} t.n.v. {NAME_FULL}."),
    ("nl", "[{time}] Klant: kenteken is {PLATE}\n[{time}] Agent: en uw geboortedatum?\n[{time}] Klant: {DOB}"),
    ("nl", "Auto met Duits kenteken {PLATE_ABROAD} gekocht door {NAME_FULL}, nu garantie op motor."),
    # ---- e-mail above disclaimer
    (
        "nl",
        "Hoi, hierbij mijn nieuwe IBAN: {IBAN}. Groet, {NAME_FIRST}\n\n-----Oorspronkelijk bericht-----\n"
        "Van: Klantenservice\nDit bericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht "
        "onterecht ontvangt, wordt u verzocht de inhoud niet te gebruiken en de afzender direct te informeren.",
    ),
    (
        "nl",
        "Graag terugbellen op {PHONE}.\nMet vriendelijke groet,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\n\n"
        "DISCLAIMER: De informatie in dit e-mailbericht is vertrouwelijk. Aan dit bericht kunnen geen rechten "
        "worden ontleend.",
    ),
    ("nl", "Naam|Adres|Postcode|Tel|Mobiel|Geb.datum\n{NAME_FULL}|{ADDRESS}|{POSTCODE}||{PHONE}|{DOB}"),
    ("nl", "Polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_CAPS}, e-mail {EMAIL}."),
]
