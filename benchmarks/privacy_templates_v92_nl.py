"""Dutch and Flemish templates of test_v92: graves, alarm buttons, livery stables, containers, sports clubs, photo
prints, dental add-ons, e-scooters, chimney sweeps and school museum tours, in help desks, bots, SMS, debug JSON,
letters, speech-to-text, Antwerp and Brabant writing and complaint forms."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- graves
    ("nl", "Help Scout #{count}{count} | Klant: {NAME_FULL} <{EMAIL}> | Onderwerp: onderhoud graf | Status: actief"),
    ("nl", "Rechthebbende van het graf is {NAME_INITIALS}, wonende {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "De jaarlijkse bijdrage grafonderhoud van {amount} wordt geïncasseerd van {IBAN} t.n.v. {NAME_FULL}."),
    ("nl", "Contractnummer grafzorg {CUSTOMER_NUMBER_CONTRACT}; contactpersoon {NAME_SURNAME}, tel. {PHONE}."),
    (
        "nl",
        "Geachte heer, mevrouw,\nNamens mijn moeder, {NAME_FULL} (geboren {DOB}), verzoek ik u de grafhuur te "
        "verlengen.\nMet vriendelijke groet, {NAME_INITIALS}, secretaresse",
    ),
    # ---- alarm buttons
    ("nl", "Bot: Wat is uw naam?\nKlant: {NAME_FULL}\nBot: En uw geboortedatum?\nKlant: {DOB}"),
    ("nl", "Bot: Wat is uw burgerservicenummer?\nKlant: {BSN}\nBot: Dank u. Op welk adres staat de alarmknop?"),
    ("nl", "Bot: Op welk adres staat de alarmknop?\nKlant: {ADDRESS}\nBot: En de postcode?\nKlant: {POSTCODE}"),
    ("nl", "Bot: Welk nummer mogen we bellen als de knop afgaat?\nKlant: {PHONE}\nBot: Genoteerd!"),
    (
        "nl",
        "Betreft: alarmknop voor dhr. {NAME_SURNAME}\nMijn cliënt, geboren {DOB}, BSN {BSN}, woont alleen op "
        "{ADDRESS}. Ik typ deze brief namens hem.",
    ),
    (
        "nl",
        "ja goedemiddag u spreekt met {NAME_LOWER} ik bel over de alarmknop van mijn vader mijn nummer is "
        "{PHONE_SPOKEN} dank u",
    ),
    ("nl", "de klant noemt haar bsn {BSN_SPOKEN} en zegt dat de valdetector steeds afgaat bij het douchen"),
    ("nl", "Eerste contactpersoon: {NAME_FULL} ({PHONE}), tweede: {NAME_FIRST}, {PHONE_ABROAD}."),
    # ---- livery stables
    ("nl", "Stalhuur box 7 voor paard Bliksem, eigenaar {NAME_FULL}, incasso via {IBAN}."),
    ("nl", "Allee, de paardentrailer met nummerplaat {PLATE_ABROAD} staat nog op de parking, groetjes {NAME_FIRST}"),
    ("nl", "Trailer {PLATE} van {NAME_SURNAME} mag achter de kapschuur, sleutel bij de stalmeester."),
    ("nl", "Pensioncontract {CUSTOMER_NUMBER_CONTRACT} opgezegd door {NAME_CAPS} per {date}."),
    # ---- containers
    ("nl", "hoi, ct gft nt geleegd op {ADDRESS} gr {NAME_FIRST} 06 nr {PHONE}"),
    ("nl", "Kunnen jullie de papiercontainer bij {NAME_INITIALS} op {ADDRESS}, {POSTCODE} alsnog legen?"),
    ("nl", "Klantnummer afvalpas {CUSTOMER_NUMBER_CUSTOMER}, houder {NAME_FULL}, {POSTCODE} {town}."),
    (
        "nl",
        '{"user":{"name":"{NAME_FULL}","email":"{EMAIL}","zip":"{POSTCODE}"},"container":"gft","status":"missed"}',
    ),
    ("nl", "Ge moet ne keer kijken, den blauwe container van {ADDRESS} is weg. {NAME_FULL}, {PHONE}"),
    # ---- sports clubs
    ("nl", "Contributie {amount} voor lid {CUSTOMER_NUMBER_MEMBER} ({NAME_FULL}) mislukt, rekening {IBAN}."),
    ("nl", "Aanmelding jeugdlid: {NAME_FULL}, geb. {DOB}, ouder {NAME_FIRST}, mail {EMAIL}."),
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER}, hè, van onze {NAME_FIRST}, die speelt bij de JO11-3."),
    ("nl", "Ik wil mijn lidmaatschap opzeggen, lidnr {CUSTOMER_NUMBER_MEMBER}. Mvg {NAME_INITIALS}"),
    ("nl", "Wa zijde gij nen rare club, ik heb da lidgeld al betaald van {IBAN}! {NAME_FIRST} uit {town}"),
    # ---- photo prints
    ("nl", "Bestelling fotoboek, verzenden naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Betaald met kaart {CARD}, maar de canvas is nooit aangekomen. {NAME_FULL}"),
    ("nl", '{"debug":true,"customer_id":"{CUSTOMER_NUMBER_CUSTOMER}","phone":"{PHONE}","cart":3}'),
    ("nl", "Help Scout-gesprek met {EMAIL}: klant vraagt waarom de foto's van haar dochter {NAME_FIRST} wazig zijn."),
    ("nl", "Graag de afdrukken ophalen op naam van {NAME_SURNAME}, telefoon {PHONE}."),
    # ---- dental insurance
    ("nl", "Aanvullende tandverzekering polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, geb. {DOB}."),
    ("nl", "Declaratie tandarts: BSN {BSN}, polisnr {CUSTOMER_NUMBER_POLICY}, uitbetalen op {IBAN}."),
    (
        "nl",
        "Klachtenformulier\n[x] Tandzorg  [ ] Reis\nNaam: {NAME_FULL}\nBSN: {BSN}\nToelichting: kroon niet vergoed",
    ),
    ("nl", "ik heb gebeld met {PHONE} maar niemand nam op, mijn polis is {CUSTOMER_NUMBER_POLICY} mvg {NAME_FIRST}"),
    ("nl", "Mijn vrouw {NAME_FULL} en ik (geboren {DOB}) willen de tandmodule ophogen."),
    # ---- e-scooters
    ("nl", "Boete voor e-step bij {NAME_FULL}: geparkeerd op de stoep, rijbewijs gekoppeld aan {EMAIL}."),
    ("nl", "Bot: Wat is uw e-mailadres?\nKlant: {EMAIL}\nBot: En uw telefoonnummer?\nKlant: {PHONE}"),
    ("nl", '{"rider":"{NAME_LOWER}","card":"{CARD}","ride_id":"{ref}","battery":41}'),
    ("nl", "Ik ben gevallen met de step, kunt u mij terugbellen op {PHONE}? {NAME_FIRST} {NAME_SURNAME}"),
    ("nl", "Creditcard {CARD} is dubbel belast voor één rit; klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Mijn auto {PLATE} is geraakt door een e-step, de bestuurder was {NAME_FULL}."),
    # ---- chimney sweeps
    ("nl", "Afspraak schoorsteen vegen bij {NAME_INITIALS}, {ADDRESS}, {POSTCODE}, op {weekday} {time}."),
    ("nl", "Veegcertificaat op naam van {NAME_FULL}, adres {ADDRESS}, nodig voor de verzekering."),
    ("nl", "hey kmn jullie mrgn? adres {ADDRESS} bel ff {PHONE} thx {NAME_FIRST}"),
    ("nl", "Goeiendag, ik zit op {ADDRESS} te {city}, de schouw trekt nie. Groeten, {NAME_FULL}"),
    ("nl", "Betaling veegbeurt van {amount} ontvangen van {IBAN} ({NAME_CAPS})."),
    # ---- school museum tours
    ("nl", "Rondleiding groep 7 op {date}, contact juf {NAME_FULL}, {EMAIL}, {PHONE}."),
    ("nl", "Begeleider {NAME_FULL} komt met de bus {PLATE}; parkeren bij de achteringang."),
    ("nl", "Leerling {NAME_FULL} (geb. {DOB}) heeft een allergie, meldt meester {NAME_SURNAME}."),
    ("nl", "Factuur schoolrondleiding t.a.v. {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}."),
    # ---- mixed channels
    ("nl", "Line-bericht: สวัสดีค่ะ, mijn naam is {NAME_FULL}, mijn Nederlandse nummer is {PHONE}."),
    ("nl", "SMS: ok top, mn mail is {EMAIL} en mn postcode {POSTCODE} grtjs {NAME_FIRST}"),
    ("nl", "klant {NAME_LOWER} belt vanaf {PHONE_ABROAD} over factuur {ref} geen bsn genoemd"),
    ("nl", "Bot: Wat is uw IBAN?\nKlant: {IBAN}\nBot: Op wiens naam staat die rekening?\nKlant: {NAME_FULL}"),
    ("nl", "Bot: Wat is uw kenteken?\nKlant: {PLATE}\nBot: Bedankt, we zoeken uw parkeervergunning op."),
    ("nl", "Klacht [x] Bezorging [ ] Kwaliteit — Naam: {NAME_CAPS} — Tel: {PHONE} — Uitleg: doos nat"),
    ("nl", "Mijn e-mailadres is {EMAIL_SPOKEN}, zegt de klant aan de telefoon."),
    ("nl", "Namens mevrouw {NAME_SURNAME}, geboren {DOB}, BSN {BSN}, verzoek ik om een kopie van het dossier."),
    ("nl", "Terugstorten op {IBAN} graag, want het abonnement staat nog op {NAME_FULL}."),
]
