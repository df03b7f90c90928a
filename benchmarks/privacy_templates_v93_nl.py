"""Dutch, Twente and West-Flemish templates of test_v93: marinas, carnival costumes, glass recycling, maths
tutoring, horse insurance, station bicycle parking, balloon flights, refurbished laptops, home organisers and wasp
control, in Gorgias tickets, Telegram replies, dictated notes, pasted PDF tables, signatures, chats and forms."""

from __future__ import annotations

_NL: list[str] = [
    # ---- marina mooring permits
    "Aanvraag ligplaatsvergunning {code}: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, tel. {PHONE}.",
    "Gorgias #{count}{count} | Klant: {NAME_FULL} ({EMAIL}) | Tag: ligplaats | Kanaal: e-mail",
    "Havengeld {amount} wordt afgeschreven van {IBAN_NL}, t.n.v. {NAME_INITIALS}.",
    "notitie havenmeester boot van {NAME_LOWER} ligt verkeerd bel {PHONE} voor verleggen",
    "Ingesproken notitie: de vergunning staat op naam van {NAME_FULL}, nee wacht, het is {NAME_FULL}, zijn broer.",
    "Contractnummer ligplaats {CUSTOMER_NUMBER_CONTRACT}; trailer met kenteken {PLATE} mag op het terrein.",
    "Ik lig met mien boot al drie joar in de haven, mien klantnummer is {CUSTOMER_NUMBER_CUSTOMER}. "
    "Groet, {NAME_FIRST}",
    # ---- carnival costume rental
    "Huurovereenkomst kostuum: {NAME_FULL}, geboren {DOB}, borg {amount} via {IBAN}.",
    "Telegram @{bot}: antwoord op bericht van {NAME_NICK}: je pinguïnpak ligt klaar, bel even op {PHONE}.",
    "{NAME_FULL} (naam)\n{ADDRESS} (adres)\n{POSTCODE} (postcode)\n{PHONE} (telefoon)\nMaat: L",
    "Kostuum retour na 11/11? Borg terug naar {IBAN_NL}, klantnr. {CUSTOMER_NUMBER_CUSTOMER}",
    "[{time}] klant: hallo\n[{time}] klant: {NAME_FULL}\n[{time}] klant: {PHONE}\n[{time}] klant: prinsenpak maat M",
    "Ge moet da kostuum noar {ADDRESS_BE}, {POSTCODE_BE} {town} sturen, 'k ben {NAME_FIRST} {NAME_SURNAME}.",
    # ---- glass recycling for restaurants
    "Contract glasinzameling {CUSTOMER_NUMBER_CONTRACT} voor restaurant aan {ADDRESS}; contactpersoon {NAME_FULL}.",
    "| Naam | {NAME_FULL} |\n| Functie | eigenaar |\n| Tel | {PHONE} |\n| Mail | {EMAIL} |",
    "Met vriendelijke groet,\n| {NAME_FULL} | Bistro De Kroon |\n| {PHONE} | {EMAIL} |",
    "Factuur glascontainer wordt geïncasseerd van {IBAN}; debiteurnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    "Klant\tAdres\tPostcode\n{NAME_FULL}\t\t{ADDRESS}\t{POSTCODE}\t{amount}",
    "wagen {PLATE} komt dinsdag glas ophalen bij {NAME_SURNAME} achterom parkeren",
    # ---- maths tutoring agency
    "Inschrijving bijles wiskunde: leerling {NAME_FIRST}, geb. {DOB}, ouder {NAME_FULL}, mail {EMAIL}.",
    "Ingesproken notitie bijlesdocent: moeder belt op {PHONE}, nee wacht, op {PHONE}, na {time}.",
    "Leerlingnummer {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}) heeft {count} lessen tegoed.",
    "Oonze dochter hef bijles neudig veur wiskunde B, belt u mie maor op {PHONE}. {NAME_FULL}",
    "Tegemoetkoming kinderopvang? Nee, maar voor de declaratie hebben we BSN {BSN} van {NAME_FIRST} nodig.",
    "Betaling bijlespakket met creditcard {CARD} door {NAME_CAPS}.",
    # ---- horse veterinary insurance
    "Polis paardenverzekering {CUSTOMER_NUMBER_POLICY}, verzekeringnemer {NAME_FULL}, geboortedatum {DOB}.",
    "Schadeclaim koliekoperatie: eigenaar {NAME_INITIALS}, BSN {BSN}, uitkering naar {IBAN}.",
    "Paardentrailer {PLATE} van {NAME_FULL} stond bij de kliniek in {city}.",
    "Paard Bella (chip 528210000123456) is verzekerd via {NAME_FULL}, mail {EMAIL}, polis {CUSTOMER_NUMBER_POLICY}.",
    "'k è ne vroage over de polis van mijn peird, polisnummer {CUSTOMER_NUMBER_POLICY}, mijn gsm is {PHONE_BE}.",
    "dierenarts belde namens {NAME_LOWER} polis {CUSTOMER_NUMBER_POLICY} geboren {DOB} terugbellen {PHONE}",
    # ---- bicycle parking subscriptions
    "Abonnement fietsenstalling op naam van {NAME_FULL}, pasnummer {CUSTOMER_NUMBER_MEMBER}, {ADDRESS}.",
    "Gorgias-ticket: {NAME_NICK} meldt dat pas {CUSTOMER_NUMBER_MEMBER} niet werkt bij {place}.",
    "Automatische incasso stallingsabonnement: {IBAN_NL}, rekeninghouder {NAME_FULL}, ingangsdatum {date}.",
    "{NAME_FULL} - naam\n{EMAIL} - e-mail\n{DOB} - geboortedatum\nStalling: {city}",
    "Mien fietse steet al weken in de stalling, mail mie op {EMAIL}. {NAME_FIRST} uut {town}",
    # ---- hot-air balloon flights
    "Ballonvaart geboekt voor {NAME_FULL} en {NAME_FULL}, opstijgen vanaf {place}, reserveringsnummer {ref}.",
    "Passagierslijst (PDF):\nNaam Gewicht Geb.datum\n{NAME_FULL} 82 kg\n{DOB} {NAME_FULL} 64 kg",
    "Waardebon ingewisseld door {NAME_FULL}, tel {PHONE}, geboren {DOB} (minimumleeftijd 8 jaar).",
    "Telegram-kanaal Ballonvaart: reactie van {NAME_NICK}: 'mijn nummer is {PHONE}, bel als het doorgaat'",
    "vlucht afgelast wind te hard klant {NAME_LOWER} {PHONE} bon verlengd",
    "'k Zou mee willen met de ballon, 'k wone in de {ADDRESS_BE} te {town}, bel {PHONE_BE}. {NAME_FULL}",
    # ---- refurbished laptops
    "Garantieclaim refurbished laptop: koper {NAME_FULL}, ordernr. {ref}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    "Gorgias #{count}{count}{count} | Van: {EMAIL} | Onderwerp: toetsenbord defect | Klant: {NAME_SURNAME}",
    "Terugbetaling laptop naar {IBAN}, ter attentie van {NAME_CAPS}.",
    "Betaald met {CARD}, afleveradres {ADDRESS}, {POSTCODE} {city}.",
    "Dicteernotitie: klant {NAME_FULL}, postcode {POSTCODE}, nee sorry, {POSTCODE}, huisnummer blijft.",
    "Artikel\tPrijs\tKlant\n{product}\t{amount}\n{NAME_FULL}\t{EMAIL}",
    # ---- home organisers
    "Intake opruimcoach bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; bereikbaar op {PHONE}.",
    "Hoi! Ik ben {NAME_FIRST}\nmijn adres\n{ADDRESS}\n{POSTCODE}\nkan iemand zaterdag komen?",
    "{CUSTOMER_NUMBER_CUSTOMER} = klantnummer, {NAME_FULL} = naam, {PHONE} = telefoon",
    "Opruimcoach betaling via creditcard {CARD}, kaarthouder {NAME_FULL}.",
    # ---- wasp control
    "Wespennest onder de dakgoot bij {NAME_FULL}, {ADDRESS}, {POSTCODE}; bel {PHONE} voor de afspraak.",
    "Ie mot snel kommen, der zit een wespennust bie't raam! {ADDRESS} in {town}, {NAME_FIRST}",
    "Ge moet rap komen, d'er zit e wespennest in 't kot, mijn adres is {ADDRESS_BE}, {POSTCODE_BE}. {NAME_FULL}",
    "Ingesproken: adres is {ADDRESS}, nee wacht, {ADDRESS}, bij {NAME_SURNAME} op de hoek.",
    "wespen verdelgd bij {NAME_LOWER} {ADDRESS} {POSTCODE} factuur naar {EMAIL}",
    "Betaling wespenbestrijding {amount} van {IBAN_BE} ontvangen, klant {NAME_FULL}.",
    # ---- mixed forms
    "Bellen naar {PHONE_SPOKEN} voor de ballonvaart, zei {NAME_FIRST} aan de telefoon.",
    "Mijn mailadres is {EMAIL_SPOKEN}, dat is voor de bijles van mijn zoon.",
    "Mijn BSN is {BSN_SPOKEN}, voor de paardenverzekering.",
    "Buitenlands nummer van de booteigenaar: {PHONE_ABROAD} ({NAME_FULL}).",
    "Kenteken huurbus kostuums {PLATE_ABROAD}, bestuurder {NAME_FULL}.",
]
NL: list[tuple[str, str]] = [("nl", text) for text in _NL]
