"""Dutch and Flemish templates of test_v62: water, parking, OV, mobile, libraries, vets, opticians, furniture,
pensions and charities, in IVR logs, chats between colleagues, letters, audit trails, reviews and screenshots."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- water and sewage
    ("nl", "IVR {time} | menu 2 (storing) | ingetoetst klantnummer: {CUSTOMER_NUMBER_CUSTOMER}# | terugbellen: ja"),
    ("nl", "Waterlekkage gemeld door {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; meterstand {count} m³."),
    ("nl", "CRM-log {date} {time}: veld 'IBAN' gewijzigd van {IBAN_NL} naar {IBAN_NL} door {NAME_HANDLE}."),
    (
        "nl",
        "Geachte heer, mevrouw,\n\nAl drie weken komt er bruin water uit de kraan.\n\nHoogachtend,\n\n"
        "{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE} {town}",
    ),
    ("nl", "Rioolverstopping bij {NAME_SURNAME} (klantnr. {CUSTOMER_NUMBER_CUSTOMER}); ontstopper komt {weekday}."),
    ("nl", "Teams: @{NAME_FIRST} kun jij mevrouw {NAME_SURNAME} terugbellen op {PHONE}? Ze belde al {count} keer."),
    ("nl", "IVR-log: beller koos 1 (water), spraakherkenning postcode '{POSTCODE_SPOKEN}', daarna doorverbonden."),
    # ---- parking permits and fines
    ("nl", "Bezoekersvergunning {CUSTOMER_NUMBER_PERMIT} staat op kenteken {PLATE}, houder {NAME_FULL}."),
    ("nl", "Naheffingsaanslag voor de {PLATE}, {date} om {time} bij {place}; bezwaar door {NAME_INITIALS}."),
    ("nl", "IVR parkeren | keuze 3 (kenteken wijzigen) | oud: {PLATE} | nieuw: {PLATE} | terugbelnr: {PHONE_KEYPAD}"),
    ("nl", "Voor de gehandicaptenparkeerkaart hebben we uw BSN ({BSN}) en geboortedatum ({DOB}) nodig."),
    ("nl", "Audit trail vergunning: veld 'adres' gewijzigd van {ADDRESS} naar {ADDRESS}, kenteken ongewijzigd."),
    ("nl", "Boete van {amount} betwist: ik stond gewoon op mijn eigen plek voor {ADDRESS}. Groetjes, {NAME_FIRST}"),
    ("nl", "Parkeervergunning bewoners: aanvrager {NAME_FULL}, {ADDRESS}, kenteken {PLATE}, e-mail {EMAIL}."),
    ("nl", "Buitenlands kenteken {PLATE_ABROAD}, eigenaar {NAME_FULL}, boete bij parkeerautomaat {amount}."),
    ("nl", "FYI: klant heeft een nieuwe lease car, kenteken {PLATE}, please update de parkeervergunning."),
    # ---- public transport
    ("nl", "Jaarabonnement op OV-chipkaart {CUSTOMER_NUMBER_CARD} van {NAME_FULL} (geb. {DOB}) is per {date} gestopt."),
    ("nl", "Restitutie vertraging: {amount} naar {IBAN} t.n.v. {NAME_INITIALS}, kaartnummer {CUSTOMER_NUMBER_CARD}."),
    ("nl", "Screenshot van klant: app toont 'Studentenreisproduct niet actief', naam {NAME_CAPS}, geb. {DOB}."),
    ("nl", "Mijn abonnement wordt nog steeds afgeschreven van {IBAN_NL}, terwijl ik het heb opgezegd. {NAME_FULL}"),
    ("nl", "Hoi, ik ben {NAME_FIRST}, mijn mailadres bij jullie is {EMAIL} maar ik krijg geen facturen."),
    ("nl", "Kun je de refund van de season ticket processen? IBAN is {IBAN}, naam {NAME_INITIALS}."),
    # ---- mobile contracts and SIM swaps
    ("nl", "SIM-swap aangevraagd voor {PHONE}; ID ok, klant {NAME_FULL}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Slack #fraude: verdachte simswap op {PHONE}, beller gaf geboortedatum {DOB} en postcode {POSTCODE}."),
    ("nl", "IVR mobiel | menu 1 > 4 (nummerbehoud) | ingetoetst nummer: {PHONE_KEYPAD} | ingetoetst BSN: {BSN_KEYPAD}"),
    ("nl", "Klant wil zijn nummer {PHONE} meenemen naar een andere provider; opzegging {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Review ★☆☆☆☆ van {NAME_FULL}: 'Drie weken zonder bereik en niemand belt terug op {PHONE}.'"),
    ("nl", "Toestelkrediet: maandbedrag {amount}, incasso van {IBAN}, klant {NAME_CAPS}."),
    ("nl", "Kun je even checken of {NAME_FULL} al een eSIM heeft? Her number is {PHONE}, ticket staat on hold."),
    ("nl", "Customer {NAME_FULL} wil haar SIM swappen, maar de verification faalt op geboortedatum {DOB}."),
    # ---- libraries and museum cards
    ("nl", "Bibliotheekpas {CUSTOMER_NUMBER_CARD} hoort bij {NAME_FULL}, {ADDRESS}; openstaande boete {amount}."),
    ("nl", "Museumkaart aangevraagd door {NAME_FULL}, geboortedatum {DOB}, betaald met {CARD}."),
    ("nl", "Reserveringsmail gaat naar {EMAIL}, pashouder {NAME_LOWER}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Jeugdpas voor {NAME_FIRST} (geboren {DOB}), ouder: {NAME_FULL}, tel. {PHONE}."),
    # ---- vets
    ("nl", "Dierenkliniek: kater Tijger van {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, controle op {date}."),
    ("nl", "Factuur castratie {amount} via {IBAN}; eigenaar {NAME_SURNAME}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Bel aub {NAME_FIRST} terug op {PHONE_SPOKEN}, het gaat over de bloeduitslag van hond Bobby."),
    # ---- hearing aids and opticians
    ("nl", "Hoortoestelaanvraag: verzekerde {NAME_FULL}, BSN {BSN}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Opticien-notitie: bril klaar voor {NAME_INITIALS}, geb. {DOB}, sms naar {PHONE}."),
    ("nl", "Klant spelt mailadres: {EMAIL_SPOKEN}. Wil de offerte voor de hoortoestellen per mail."),
    ("nl", "Lenzenabonnement: maandelijks {amount} via creditcard {CARD}, klant {NAME_SURNAME}."),
    # ---- furniture delivery and assembly
    ("nl", "Bezorging {product} op {date} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; vooraf bellen: {PHONE}."),
    ("nl", "Monteur: kast niet gemonteerd, niemand thuis op {ADDRESS}. {NAME_SURNAME} gebeld op {PHONE}, geen gehoor."),
    ("nl", "Aanbetaling {amount} voldaan met creditcard {CARD}; klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    (
        "nl",
        "Geachte directie,\n\nDe eettafel is beschadigd bezorgd.\n\nMet vriendelijke groet,\n\n"
        "{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\n{EMAIL}",
    ),
    ("nl", "Review op Trustpilot: 'Bank kwam kapot aan, bezorger {NAME_FIRST} was grof.' — {NAME_FULL}, {town}"),
    # ---- pension funds and annuities
    ("nl", "Deelnemer {NAME_FULL}, geboren {DOB}, BSN {BSN}, deelnemersnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Nabestaandenpensioen aangevraagd door {NAME_INITIALS} voor haar overleden echtgenoot {NAME_FULL}."),
    ("nl", "Lijfrente-uitkering graag naar rekening {IBAN_NL}; ik ben {NAME_FULL}, polis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "CRM: veld 'e-mailadres' gewijzigd van {EMAIL} naar {EMAIL} op verzoek van de deelnemer."),
    ("nl", "Pensioendatum bepalen: geboortedatum {DOB}, BSN voorgelezen als {BSN_SPOKEN}."),
    ("nl", "IVR-log pensioen: ingetoetst BSN {BSN_KEYPAD}, verificatie geslaagd, wachttijd {count} min."),
    ("nl", "Meneer {NAME_FULL} vraagt of zijn pensioen ook naar Marokko kan; telefoon daar {PHONE_INTL}."),
    # ---- charities and donors
    ("nl", "Donateur {NAME_FULL} (donateursnummer {CUSTOMER_NUMBER_DONOR}) wil de machtiging van {IBAN} stoppen."),
    ("nl", "Nieuwe periodieke gift: {amount} per maand, {NAME_CAPS}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Bedankbrief sturen naar {NAME_COUPLE}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Donateur belt: wil geen post meer op {ADDRESS}, alleen mail naar {EMAIL}."),
    ("nl", "Teams: Hé {NAME_FIRST}, donateur {CUSTOMER_NUMBER_DONOR} betaalde dubbel met kaart {CARD}, terugboeken?"),
    ("nl", "Familie {NAME_SURNAME} uit Paramaribo stuurt een gift; contact via {EMAIL} of {PHONE_INTL}."),
    ("nl", "Donatie via creditcard {CARD} mislukt; donateur {NAME_FULL} vraagt om een betaallink."),
    # ---- Belgian-French and Flemish
    ("nl", "Madame {NAME_CAPS}, domiciliée {ADDRESS_BE}, {POSTCODE_BE} {town_be}, conteste l'amende de stationnement."),
    ("nl", "Klant uit Brussel: 'Je suis né le {DOB_FR}', en zijn gsm is {PHONE_INTL}."),
    ("nl", "Vlaamse klant, {ADDRESS_BE}, {POSTCODE_BE} {town_be}, nummerplaat {PLATE_ABROAD}, bewonerskaart gevraagd."),
    ("nl", "Merci de rembourser sur le compte {IBAN}, au nom de {NAME_FULL}. Cordialement."),
    ("nl", "Mevrouw {NAME_SURNAME} belt namens haar vader, die alleen Turks spreekt; zijn nummer is {PHONE_INTL}."),
    # ---- screenshots and audit trails
    ("nl", "Screenshot bijgevoegd door agent: profiel met naam {NAME_FULL}, e-mail {EMAIL} en IBAN {IBAN}."),
    ("nl", "Agent beschrijft screenshot: bovenin {NAME_CAPS}, daaronder kenteken {PLATE} en {CUSTOMER_NUMBER_PERMIT}."),
    ("nl", "Audit {date} {time} gebruiker {NAME_HANDLE}: veld 'telefoon' gewijzigd van {PHONE} naar {PHONE}."),
    ("nl", "Wijzigingslog: postcode van {POSTCODE} naar {POSTCODE}, huisnr. gelijk, klant {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Veld 'geboortedatum' gewijzigd van {DOB} naar {DOB} (typefout bij invoer) door {NAME_HANDLE}."),
    ("nl", "Bevestiging graag naar {EMAIL_SPOKEN}, zei de beller, niet meer naar het werkadres."),
    ("nl", "Google-review van {NAME_LOWER}: dierenarts top, maar de rekening ging naar {ADDRESS} in plaats van hier."),
]
