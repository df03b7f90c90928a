"""Dutch and Flemish templates of test_v52: telecom business accounts, pin terminals and chargebacks, webshops
and marketplaces, bookkeeping apps and accountants, KvK and UBO registrations of sole traders."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- telecom business accounts for ZZP'ers, shops and restaurants
    (
        "nl",
        "Zakelijk account {telecom}: klantnummer {CUSTOMER_NUMBER_TELECOM}, contactpersoon {NAME_FULL}, "
        "mobiel {PHONE}. Vaste lijn van de zaak: {company_phone}.",
    ),
    ("nl", "Ik ben eenmanszaak, het abonnement mag op mijn eigen naam, {NAME_FULL}, en de factuur naar {EMAIL}."),
    (
        "nl",
        "Nummerbehoud aangevraagd: {PHONE} gaat van {telecom} naar ons, de tenaamstelling staat nog op "
        "{NAME_INITIALS}.",
    ),
    (
        "nl",
        "Klant belt over storing glasvezel in {shop}; eigenaar {NAME_FIRST} is thuis bereikbaar op {PHONE_LANDLINE}.",
    ),
    (
        "nl",
        "Mijn klantnummer is {CUSTOMER_NUMBER_SPOKEN}, en u kunt me terugbellen op {PHONE_SPOKEN}, ik sta "
        "in de keuken tot {time}.",
    ),
    (
        "nl",
        "Hallo, met {NAME_FULL} van {shop}, het klantnummer van de zaak is {CUSTOMER_NUMBER_TELECOM}, maar "
        "de simkaart staat op mijn privénummer {PHONE}.",
    ),
    (
        "nl",
        "Incasso voor {telecom} mislukt. Nieuwe rekening {IBAN} t.n.v. {NAME_INITIALS}, handelend onder de naam "
        "{shop}.",
    ),
    ("nl", "Meneer belt vanuit Polen op {PHONE_INTL}, geeft klantnummer {CUSTOMER_NUMBER_TELECOM} op."),
    # ---- pin terminals and PSPs, chargebacks
    (
        "nl",
        "Chargeback {ref} ({reason}) op {date}: kaarthouder betwist {amount}. Onze merchant {CUSTOMER_NUMBER_PSP}, "
        "eigenaar {NAME_FULL}.",
    ),
    (
        "nl",
        "De {terminal} met {tid} geeft 'kaart geweigerd'. De klant las zijn kaartnummer voor: {CARD_SPOKEN}. "
        "Graag niet noteren!",
    ),
    (
        "nl",
        "Uitbetaling van {psp} moet naar {IBAN} in plaats van {IBAN}. Handtekening: {NAME_FULL}, eigenaar.",
    ),
    ("nl", "Fraudemelding: kaart {CARD} is gebruikt in {shop} om {time}, kaarthouder {NAME_FULL}, tel. {PHONE}."),
    (
        "nl",
        "Verificatie {psp}-account {CUSTOMER_NUMBER_PSP}: upload van ID-bewijs van {NAME_FULL}, geboren {DOB}, "
        "UBO 100%.",
    ),
    ("nl", "Klant betaalde met {CARD} maar de bon toont {amount} te veel, graag terugboeken. Mvg {NAME_SURNAME}"),
    (
        "nl",
        "Pinautomaat teruggestuurd naar {psp}. Borg terug op {IBAN_BE}, rekening van {NAME_FULL}, "
        "{ADDRESS_BE}, {be_town}.",
    ),
    ("nl", "Terminal {tid} staat geregistreerd op {ADDRESS}, {POSTCODE} {city}, het woonhuis van {NAME_INITIALS}."),
    # ---- webshops and marketplaces
    (
        "nl",
        "Verkopersaccount {CUSTOMER_NUMBER_SELLER} op {market} is geblokkeerd. Eigenaar {NAME_FULL}, "
        "BSN gevraagd voor verificatie: {BSN}.",
    ),
    ("nl", "Retouradres van mijn webshop is gewoon mijn huis: {ADDRESS}, {POSTCODE} {city}. Groetjes {NAME_FIRST}"),
    (
        "nl",
        "Bestelling {order} via {market}: koper wil retour, maar ik heb zijn adres niet meer, alleen {EMAIL}.",
    ),
    (
        "nl",
        "Partner-ID {CUSTOMER_NUMBER_SELLER} — de uitbetaling van {amount} kwam niet aan op {IBAN}. Vriendelijke "
        "groet, {NAME_UPPER}",
    ),
    ("nl", "Pakket naar {NAME_FULL}, {ADDRESS}, {POSTCODE_SPOKEN}, kwam retour met 'adres onbekend'."),
    # ---- bookkeeping apps and accountants
    (
        "nl",
        "In {books} staat de btw-aangifte {period} klaar. Akkoord graag per mail aan {EMAIL_WORK}, groet {NAME_FIRST}.",
    ),
    (
        "nl",
        "Inkomstenbelasting ZZP: voor de aangifte hebben we van u nodig: BSN {BSN}, geboortedatum {DOB} en de "
        "jaaropgaaf van {books}.",
    ),
    (
        "nl",
        "Bankkoppeling {books} werkt niet meer voor {IBAN}. Machtiging staat op {NAME_REVERSED}.",
    ),
    (
        "nl",
        "Notitie {accountant}: klant {NAME_FULL} (eenmanszaak, KvK {kvk}) belde, privé-telefoon {PHONE}, "
        "wil uitstel aanvragen.",
    ),
    ("nl", "Mijn partner {NAME_FULL} doet mee in de aangifte, zijn BSN is {BSN_SPOKEN}."),
    (
        "nl",
        "Onze boekhouder vraagt het kenteken van de bus voor de bijtelling: {PLATE}, staat op naam van "
        "{NAME_INITIALS}.",
    ),
    # ---- KvK and UBO
    (
        "nl",
        "KvK-uittreksel eenmanszaak {kvk}: eigenaar {NAME_FULL}, geboren {DOB}, woonadres {ADDRESS}, {POSTCODE} "
        "{city}. Vestigingsadres: {biz_address}.",
    ),
    (
        "nl",
        "UBO-registratie: {NAME_REVERSED}, geboortedatum {DOB_WORDS}, woonachtig in {city}, belang 50%. BSN {BSN}.",
    ),
    (
        "nl",
        "Inschrijving KvK afgerond, de bevestiging ging naar {EMAIL}. Het woonadres {ADDRESS} wordt afgeschermd.",
    ),
    (
        "nl",
        "Uittreksel BV, bestuurder: {NAME_UPPER}, geboren {DOB_ISO}, {ADDRESS_UPPER}, {POSTCODE} {city}.",
    ),
    # ---- Zendesk macros with filled placeholders
    (
        "nl",
        "Beste {NAME_FIRST},\nBedankt voor je bericht over {terminal}. We sturen een vervangend toestel naar "
        "{ADDRESS}, {POSTCODE}. Groet, team {psp}",
    ),
    (
        "nl",
        "Hoi {NAME_FIRST}, je terugbetaling van {amount} staat op {date} op {IBAN}. Ticket {ticket}.",
    ),
    (
        "nl",
        "Beste heer/mevrouw {NAME_SURNAME}, uw simkaart voor {PHONE} is geblokkeerd na 3 foute PUK-pogingen.",
    ),
    (
        "nl",
        "Beste {NAME_FULL}, wij hebben uw aanvraag ontvangen. Klantnummer: {CUSTOMER_NUMBER_TELECOM}. "
        "Geboortedatum ter controle: {DOB}.",
    ),
    # ---- Flemish customers
    (
        "nl",
        "Goeiemiddag, ik ben {NAME_FULL}, zelfstandige uit {be_town}, mijn gsm is {PHONE_BE} en mijn rekening "
        "{IBAN_BE}.",
    ),
    (
        "nl",
        "Graag de factuur van {office} op naam van {NAME_FULL}, {ADDRESS_BE}, {be_town}, btw {btw}.",
    ),
    ("nl", "Den bestelwagen met nummerplaat {PLATE_BE} staat op naam van mijn man {NAME_FULL}, allez."),
]
