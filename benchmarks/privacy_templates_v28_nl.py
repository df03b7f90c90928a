"""Dutch templates of the `test_v28` split, first half: a hair-salon chain, a wig and hair-prosthesis supplier and a
classic-car insurer with its club. The second half is in `privacy_templates_v28`, which exports the split and
describes the labels. Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # hair salon: Salonized / Treatwell notifications, AI call summaries, Intercom chats
    "Nieuwe afspraak via Treatwell\nKlant: {NAME_FULL}\nBehandeling: knippen + föhnen\nWanneer: {weekday} {time}\n"
    "Telefoon: {PHONE}\nOpmerking: graag bij {NAME_FIRST}",
    "Salonized — afspraak geannuleerd door {NAME}. No-show-fee van {amount} geïncasseerd van {IBAN}.",
    "Samenvatting gesprek (AI, niet gecontroleerd)\n• Beller: {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_SALON}\n"
    "• Klacht: haar te kort geknipt\n• Actie: terugbellen op {PHONE}",
    "Samenvatting (automatisch):\n- klant mevr. {NAME_LAST} wil verf-allergietest vóór {date}\n- geboortedatum "
    "genoteerd: {DOB}\n- voorkeur filiaal {city}",
    "Intercom — Operator: Hoi! Waar kunnen we je mee helpen?\nBezoeker: ik wil mijn afspraak verzetten, op naam van "
    "{NAME_SMALL}\nOperator: Wat is je e-mailadres?\nBezoeker: {EMAIL}",
    "Intercom\nBezoeker: mijn dochter {NAME_FIRST_F} (geb. {DOB_YOUNG}) heeft een knipbeurt, mag ze alleen komen?\n"
    "Agent: vanaf 12 jaar mag dat",
    "Klantkaart {salon}\n{NAME_REG}\n{ADDRESS}\n{POSTCODE} {city}\nKleurrecept: 7.1 + 20 vol",
    "Cadeaubon {order} gekocht door {NAME_FULL} voor {NAME_FULL}, betaald met {CARD}.",
    "Telefoonnotitie balie\nVoor: salonmanager\nVan: {NAME}\nTel: {PHONE_SAID}\nTerugbellen: ja, over klacht permanent",
    "Kapster {NAME_FIRST_F} gaat met zwangerschapsverlof; klanten van haar (o.a. {NAME_INIT} en {NAME_INIT}) "
    "worden overgezet.",
    "Treatwell-review beantwoorden: klant {NAME_FULL} ({EMAIL}) gaf 2 sterren vanwege wachttijd.",
    # wigs and hair prostheses: referrals, insurer forms, Typeform intake
    "Typeform intake haarwerk\nVoor- en achternaam: {NAME_FULL}\nGeboortedatum: {DOB}\nZorgverzekeraar: {insurer}\n"
    "BSN (voor declaratie): {BSN}",
    "Typeform-antwoord #{tf}: 'Ik ben {NAME_FULL}, {DOB_OLD} geboren, na mijn chemo zoek ik een pruik. Bel me op "
    "{PHONE_FIXED}.'",
    "Machtiging haarwerk\nVerzekerde: {NAME_INIT}\nBSN: {BSN}\nKlantnummer haarwerker: {CUSTOMER_NUMBER_WIG}\n"
    "Verwijzing door dr. {NAME_LAST}",
    "Samenvatting (AI):\n• mevrouw {NAME_LAST} belt namens haar moeder {NAME_F}\n• moeder geboren {DOB_OLD}\n"
    "• pasafspraak aan huis: {ADDRESS}, {POSTCODE}",
    "Declaratie pruik {amount} ingediend bij {insurer}; vergoeding naar {IBAN} t.n.v. {NAME_INIT}.",
    "Klant {NAME_F} ({CUSTOMER_NUMBER_WIG}) wil haar haarwerk laten bijwerken, bereikbaar via {EMAIL_OBF}.",
    "Afspraakbevestiging per post: {NAME_CAPS}\n{ADDRESS}\n{POSTCODE}  {city}",
    "Verzending haarwerk mislukt: pakket retour, adres {ADDRESS} bestaat niet volgens PostNL. Klant {NAME} "
    "belt morgen vanaf {PHONE}.",
    "Mijn burgerservicenummer? Even kijken hoor... {BSN_SAID}.",
    # classic-car insurer and club: HubSpot records, Kifid letters, valuation reports
    "HubSpot contact\nfirstname: {NAME_FIRST}\nlastname: {NAME_LAST}\nemail: {EMAIL}\nphone: {PHONE}\n"
    "polisnummer: {CUSTOMER_NUMBER_CLASSIC}",
    "HubSpot tijdlijn {date}: contacteigenschap 'kenteken' gewijzigd van {PLATE_OLD} naar {PLATE_OLD} door "
    "{NAME_FIRST} (sales).",
    "Taxatierapport {car}\nEigenaar: {NAME_FULL}\nKenteken: {PLATE_OLD}\nPolis: {CUSTOMER_NUMBER_CLASSIC}\n"
    "Getaxeerde waarde: {amount}",
    "Aan: Kifid, Postbus 93257, 2509 AG Den Haag\n\nGeachte heer, mevrouw,\n\nHierbij dien ik, {NAME_FULL}, "
    "wonende {ADDRESS} te {city}, een klacht in tegen {insurer} over polis {CUSTOMER_NUMBER_CLASSIC}.",
    "Kifid-klacht, bijlage 2: schadeformulier van {NAME_INIT}, geboren {DOB_OLD}, kenteken {PLATE_OLD}.",
    "Rittenregistratie rally {date}: deelnemer {NAME_FULL}, navigator {NAME_FULL}, auto {car} ({PLATE_OLD}).",
    "Lid oldtimerclub {NAME_REG} opgezegd; contributie niet meer afschrijven van {IBAN}.",
    "Schademelding: {PLATE} reed achterop mijn {car} ({PLATE_OLD}) op de A12. Tegenpartij {NAME_FULL}, tel {PHONE}.",
    "Samenvatting gesprek (AI)\n- dhr. {NAME_LAST} wil zijn Duitse oldtimer ({PLATE_DE}) laten verzekeren\n"
    "- woont in {city_de}, {ADDRESS_DE}, {POSTCODE_DE}",
    "Klant: mijn rijbewijs is verlopen, kan mijn zoon {NAME_M} rijden? Hij is geboren op {DOB}.",
    "Premie oldtimerpolis {CUSTOMER_NUMBER_CLASSIC} voortaan per kwartaal van {IBAN_BE} (Belgische rekening).",
    "Ledenlijst regio Zuid (niet verspreiden): {NAME_FULL}, {ADDRESS}, {PHONE_FIXED}; {NAME_FULL}, {ADDRESS}, {PHONE}",
    "Ophaalservice klassieker: {PLATE_OLD} ophalen bij {NAME_INIT}, {ADDRESS_BE}, {POSTCODE_BE} Gent, gsm {PHONE_BE}.",
    "mail van klant: hallo, ik ben {NAME_SMALL} en mijn nieuwe adres is {ADDRESS} {POSTCODE} {city}, wilt u dat "
    "aanpassen? groetjes",
    "Betaling taxatie {amount} met creditcard {CARD_SAID} (telefonisch doorgegeven door {NAME_FULL}).",
]
