"""Dutch templates of test_v48, part one: water boards and drinking water, parking permits and fines, toll and
congestion charges abroad, lease cars and fleet cards, roadside assistance. Channels: voicemail transcripts
without punctuation, OCR'd letters, fast lower-case call notes, mail reply chains, CRM audit logs, Excel rows."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- water board tax (waterschapsbelasting)
    (
        "nl",
        "Bezwaar aanslag {assessment} {waterboard}: ik woon sinds {date} niet meer op {ADDRESS}, {POSTCODE} "
        "{city}. Relatienummer {CUSTOMER_NUMBER_TAX}. Met vriendelijke groet, {NAME_FULL}",
    ),
    (
        "nl",
        "{taxoffice}\nPostbus 40\n\nDe heer/mevrouw\n{NAME_UPPER}\n{ADDRESS}\n{POSTCODE}  {city}\n\nAanslagbiljet "
        "waterschaps-\nbelasting {year}, subjectnummer {CUSTOMER_NUMBER_TAX}",
    ),
    (
        "nl",
        "Geachte {NAME_INITIALS},\nU heeft om kwijtschelding ge-\nvraagd voor de aanslag {assessment}. Wij hebben uw "
        "BSN {BSN} gebruikt om uw inkomen op te vragen.",
    ),
    (
        "nl",
        "notitie: mevr {NAME_SURNAME} belt ivm betalingsregeling wsb, 10 termijnen ok, incasso vanaf {IBAN}, "
        "tel {PHONE}",
    ),
    ("nl", "Kwijtscheldingsformulier: naam {NAME_REVERSED} | BSN {BSN} | geb. {DOB} | rek.nr. {IBAN}"),
    ("nl", "Ik heb de aanslag van {amount} al betaald vanaf {IBAN} op {date}, graag terugstorten. {NAME_FIRST}"),
    # ---- drinking water: leaks, meter readings, moving
    (
        "nl",
        "voicemail {time} ja goeiedag met {NAME_FULL} uit {city} ik heb een lekkage bij de watermeter "
        "wilt u mij terugbellen op {PHONE_SPOKEN} dank u wel",
    ),
    (
        "nl",
        "Meterstand doorgeven: klantnummer {CUSTOMER_NUMBER_WATER}, meternummer {meter}, stand {reading}, "
        "adres {ADDRESS} {POSTCODE}.",
    ),
    (
        "nl",
        "lekkage na de meter, klant {NAME_LOWER} ({ADDRESS_LOWER}) wil reductie op de nota, "
        "verbruik {reading} ipv 80 m3. terugbellen {PHONE_LAND}",
    ),
    (
        "nl",
        "Wij verhuizen per {date} van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}. Klantnummer "
        "{CUSTOMER_NUMBER_WATER}. Groeten, {NAME_DOUBLE}",
    ),
    (
        "nl",
        "Goedemorgen, de kraan geeft bruin water sinds {weekday}. Mijn adres is {ADDRESS}, u kunt mij mailen op "
        "{EMAIL} of bellen op {PHONE}. Gr {NAME_FIRST}",
    ),
    (
        "nl",
        "Machtiging automatische incasso {waterco}\nNaam: {NAME_FULL}\nIBAN: {IBAN}\nKlantnummer: "
        "{CUSTOMER_NUMBER_WATER}\nGeboortedatum: {DOB}",
    ),
    (
        "nl",
        "Moi, ik bin {NAME_FIRST} van de {ADDRESS}, de waotermeter lekt al n haile week. Bel mie ff op {PHONE_LAND}.",
    ),
    # ---- parking permits and municipal fines
    (
        "nl",
        "Aanvraag bewonersvergunning: kenteken {PLATE}, naam {NAME_FULL}, adres {ADDRESS}, {POSTCODE}. "
        "Betaling via {pay}.",
    ),
    (
        "nl",
        "Beroep naheffingsaanslag {fine}: op {date} om {time} stond mijn auto met kenteken {PLATE} gewoon met "
        "vergunning {CUSTOMER_NUMBER_PERMIT} in vak K. Gr, {NAME_INITIALS}",
    ),
    (
        "nl",
        "ik heb een boete gekregen bij {place} maar ik had betaald via {parking} kenteken {PLATE_SPOKEN} "
        "mijn nummer {PHONE_SPOKEN}",
    ),
    (
        "nl",
        "Gehandicaptenparkeerkaart verlopen? Mevr. {NAME_SURNAME}, geb. {DOB_WORDS}, kenteken {PLATE}, BSN "
        "{BSN}: verlenging aangevraagd op {date}.",
    ),
    (
        "nl",
        "Bezoekersvergunning {CUSTOMER_NUMBER_PERMIT} staat op naam van {NAME_FULL}, maar het kenteken {PLATE} "
        "is van de thuiszorg.",
    ),
    ("nl", "Kenteken gewijzigd van {PLATE} naar {PLATE}, vergunning {CUSTOMER_NUMBER_PERMIT}. {EMAIL}"),
    # ---- toll and congestion charges abroad
    (
        "nl",
        "Ik kreeg een brief van {toll} voor {amount}, maar mijn auto {PLATE} was toen niet in {abroad}. "
        "Mijn adres: {ADDRESS}, {POSTCODE} {city}. {NAME_FULL}",
    ),
    (
        "nl",
        "Dartford-boete: PCN op kenteken {PLATE}, eigenaar {NAME_FULL}, betaald met creditcard {CARD} op {date}.",
    ),
    (
        "nl",
        "Het {sticker} is gekoppeld aan {PLATE}, maar we rijden met de caravan ({PLATE_TRAILER}). Kan het "
        "omgezet worden? {NAME_FIRST}, {PHONE}",
    ),
    (
        "nl",
        "Tolbadge {toll} afgeschreven van {IBAN_FOREIGN} terwijl ik die rekening heb opgezegd. Groet, {NAME_FULL}",
    ),
    # ---- lease cars and fleet cards
    (
        "nl",
        "Schademelding {lease}: contract {CUSTOMER_NUMBER_LEASE}, kenteken {PLATE}, bestuurder {NAME_FULL}, "
        "rijbewijs behaald in 2009, tel {PHONE}.",
    ),
    (
        "nl",
        "Tankpas {fleetcard} kwijt in {abroad}. Kaartnummer {CARD_FLEET}, bestuurder {NAME_INITIALS}, "
        "leasecontract {CUSTOMER_NUMBER_LEASE}. Graag blokkeren!",
    ),
    (
        "nl",
        "Hoi, mijn nieuwe {car} ({PLATE}) wordt {weekday} afgeleverd op {ADDRESS}. Wil de chauffeur eerst "
        "bellen op {PHONE}? Gr {NAME_FIRST}",
    ),
    (
        "nl",
        "Bijtelling klopt niet: BSN {BSN}, lease-auto {PLATE}, werkgever zegt contract {CUSTOMER_NUMBER_LEASE}.",
    ),
    (
        "nl",
        "Eigen bijdrage {amount} per maand graag incasseren van {IBAN} t.n.v. {NAME_REVERSED}.",
    ),
    ("nl", "pincode {fleetcard} vergeten, kaart {CARD_FLEET}, kent. {PLATE}, bestuurder {NAME_LOWER}"),
    # ---- roadside assistance
    (
        "nl",
        "Pech onderweg bij {abroad}: lidnummer {CUSTOMER_NUMBER_MEMBER}, kenteken {PLATE}, bereikbaar op "
        "{PHONE_ABROAD}. Naam {NAME_FULL}.",
    ),
    (
        "nl",
        "voicemail {time} hallo met {NAME_FIRST} we staan stil op de snelweg met de caravan lidnummer "
        "{CUSTOMER_NUMBER_SPOKEN} kenteken {PLATE_SPOKEN} wilt u snel bellen",
    ),
    (
        "nl",
        "wegenwacht ter plaatse {time}, accu vervangen, klant {NAME_LOWER} betaalt {amount} met kaart {CARD}",
    ),
    (
        "nl",
        "Repatriëring auto {PLATE} vanuit {abroad} naar {ADDRESS}, {POSTCODE} {city}. Contact: {EMAIL}, {PHONE}.",
    ),
    (
        "nl",
        "Mijn vader {NAME_FULL} (geb. {DOB}) heeft pech met zijn {car} in {abroad}, lidnr {CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "nl",
        "Lidmaatschap {roadside} opzeggen voor {NAME_FULL}, {ADDRESS}, lidnummer {CUSTOMER_NUMBER_MEMBER}, "
        "laatste incasso van {IBAN}.",
    ),
    # ---- CRM audit logs and Excel rows
    (
        "nl",
        "{stamp} {agent} UPDATE klant={CUSTOMER_NUMBER_WATER} veld=iban oud={IBAN} nieuw={IBAN}",
    ),
    (
        "nl",
        "{stamp} {agent} WIJZIG contact: tel {PHONE} -> {PHONE}; email {EMAIL} -> {EMAIL}",
    ),
    (
        "nl",
        "[{stamp}] user={agent} actie=adreswijziging relatie={CUSTOMER_NUMBER_TAX} nieuw='{ADDRESS}, {POSTCODE}'",
    ),
    ("nl", "{stamp};{agent};BSN-controle;{BSN};geb.datum {DOB};OK"),
    (
        "nl",
        "{NAME_SURNAME};{NAME_FIRST};{ADDRESS};{POSTCODE};{city};{IBAN};{amount};{date}",
    ),
    ("nl", "{CUSTOMER_NUMBER_PERMIT};{PLATE};{NAME_REVERSED};{EMAIL};{PHONE};actief"),
]
