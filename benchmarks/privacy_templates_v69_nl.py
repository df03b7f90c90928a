"""Dutch, Flemish, Frisian- and Limburgish-coloured templates of test_v69: phone repair, car imports, scouting,
dance schools, dental claims, swimming lessons, insulation subsidies, tree care, pawn shops and sworn translators,
in Google reviews, Freshdesk exports, interpreted calls, QR payment requests, scanned delivery notes, Apple Business
Chat, thrice-forwarded mails and spreadsheet cells."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- mobile phone repair (Google reviews and owner replies)
    ("nl", "★★★★★ {NAME_HANDLE} · 4 reviews: Scherm binnen een uur vervangen, top service!"),
    ("nl", "Reactie van de eigenaar: Beste {NAME_FIRST}, sorry voor het wachten. Bel ons gerust op {public_phone}."),
    ("nl", "★☆☆☆☆ {NAME_FULL}: telefoon kwam terug met krassen, bel me maar op {PHONE} want mailen helpt niet."),
    ("nl", "Reparatiebon {ref} | Klant: {NAME_FULL} | Tel: {PHONE} | Toestel: {product} | Pincode niet gegeven"),
    ("nl", "Reactie eigenaar: Hallo {NAME_FULL}, uw klantnummer {CUSTOMER_NUMBER_CUSTOMER} staat genoteerd."),
    ("nl", "Terugbetaling accu van {amount} op de kaart {CARD} lukte niet, klant {NAME_INITIALS} komt langs."),
    # ---- second-hand car imports from Germany and Belgium
    ("nl", "Import {product} uit {city}: Duits kenteken {PLATE_ABROAD}, na keuring wordt dat {PLATE}."),
    ("nl", "Koper {NAME_FULL}, geboren {DOB}, BSN {BSN}, tenaamstelling kenteken {PLATE} bij de RDW."),
    ("nl", "Aanbetaling {amount} graag naar {IBAN} o.v.v. kenteken {PLATE_ABROAD}, verkoper {NAME_SURNAME}."),
    ("nl", "Ophaaladres in Duitsland: {ADDRESS}, {POSTCODE_ABROAD} {city}; contact {NAME_FULL}, {PHONE_ABROAD}."),
    ("nl", "Koopcontract {CUSTOMER_NUMBER_CONTRACT}: auto met Belgische plaat {PLATE_ABROAD}, koper {NAME_CAPS}."),
    ("nl", "De Vlaamse verkoper {NAME_FULL} woont op {ADDRESS}, {POSTCODE_ABROAD} {town}, gsm {PHONE_ABROAD}."),
    # ---- scouting and youth clubs
    ("nl", "Inschrijving Bevers: {NAME_FULL}, geboren {DOB}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Contributie scouting {amount} per jaar, incasso van {IBAN_NL} t.n.v. {NAME_INITIALS}."),
    ("nl", "Noodnummer ouders tijdens het zomerkamp: {PHONE} ({NAME_FIRST}, moeder van {NAME_FIRST})."),
    ("nl", "Leiding: wie haalt {NAME_FIRST} op? Vader staat als {NAME_FULL} in de ledenadministratie, {EMAIL}."),
    ("nl", "Ledenlijst.xlsx: {NAME_FULL} / {DOB} / {ADDRESS} / {POSTCODE} / {PHONE}"),
    # ---- dance schools
    ("nl", "Apple Business Chat | {NAME_FIRST}: kan mijn dochter instromen bij ballet groep 2? Mijn mail: {EMAIL}"),
    ("nl", "Dansschool-administratie: cursist {NAME_LOWER}, lidnr {CUSTOMER_NUMBER_MEMBER}, betaalt via {IBAN}."),
    ("nl", "Apple Business Chat | klant: ik woon op {ADDRESS}, {POSTCODE} {city}, stuur de kaartjes daar maar heen"),
    ("nl", "Voor het gala zoeken we nog een danspartner voor {NAME_FULL}; interesse? Bel {PHONE}."),
    ("nl", "Betaalverzoek via QR-code: {amount} voor lessenpakket, begunstigde {NAME_FULL}, rekening {IBAN}."),
    # ---- dental insurance claims (Freshdesk exports)
    ("nl", "Freshdesk #{count}{count};{NAME_FULL};{EMAIL};polis {CUSTOMER_NUMBER_POLICY};declaratie kroon"),
    ("nl", "Declaratie tandarts: verzekerde {NAME_INITIALS}, geb. {DOB}, polisnummer {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Vergoeding tandartskosten overmaken naar {IBAN_NL}; BSN verzekerde {BSN}."),
    ("nl", "Freshdesk-notitie: mevrouw {NAME_SURNAME} belde vanaf {PHONE} over de afgewezen declaratie {ref}."),
    ("nl", "Requester: {NAME_CAPS} | Status: Pending | Tags: tandarts, aanvullend | BSN in bijlage: {BSN}"),
    # ---- swimming lessons for children
    ("nl", "Aanmelding zwemles: kind {NAME_FULL}, geboortedatum {DOB}, ouder {NAME_FULL}, tel. {PHONE}."),
    ("nl", "Wachtlijst diploma A: {NAME_FIRST} ({DOB}) woont op {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Lesgeld zwemles {amount} per maand wordt afgeschreven van {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Hoi, ik bin de mem fan {NAME_FIRST}, ús adres is {ADDRESS}, {POSTCODE} {town}. Wannear is it swimmen?"),
    # ---- home insulation subsidies
    ("nl", "ISDE-aanvraag spouwmuurisolatie: aanvrager {NAME_FULL}, BSN {BSN}, woning {ADDRESS}, {POSTCODE}."),
    ("nl", "Subsidie van {amount} wordt uitbetaald op {IBAN_NL} t.n.v. {NAME_CAPS}."),
    ("nl", "Offerte {ref} voor vloerisolatie aan {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Miene naam is {NAME_FULL} oet {town}, ich wil subsidie veur isolatie. Belt mich op {PHONE}, merci!"),
    (
        "nl",
        "Isolatieadviseur komt {weekday} om {time} bij {NAME_SURNAME}, "
        "adres {ADDRESS}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    # ---- garden and tree care
    ("nl", "Gescande pakbon (handgeschreven): Ontv. door {NAME_CAPS} / Adres {ADDRESS} / {POSTCODE} / Handt. ok"),
    ("nl", "Werkbon kappen eik: opdrachtgever {NAME_FULL}, {ADDRESS}, bereikbaar op {PHONE}."),
    ("nl", "Handgeschreven pakbon, OCR: 'leilinde x3 afgeleverd bij {NAME_LOWER}, tel {PHONE}, betaald met {CARD}'"),
    ("nl", "Onderhoudscontract tuin {CUSTOMER_NUMBER_CONTRACT} van {NAME_FULL}, incasso {IBAN}."),
    ("nl", "Stobbe frezen bij {NAME_SURNAME}, {POSTCODE} {town}; buurman {NAME_FIRST} heeft de sleutel van het hek."),
    # ---- pawn shops
    ("nl", "Pandakte {CUSTOMER_NUMBER_CONTRACT}: beleend {product} door {NAME_FULL}, legitimatie gezien, BSN {BSN}."),
    ("nl", "Lossen voor {date} anders wordt het pand verkocht; klant {NAME_INITIALS}, geboren {DOB}, tel. {PHONE}."),
    (
        "nl",
        "Pandjeshuis kassabon: uitbetaald {amount} contant aan {NAME_CAPS}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Belening verlengd, rente van {amount} betaald met kaart {CARD} door {NAME_FULL}."),
    # ---- translation and sworn translators
    ("nl", "Beëdigde vertaling geboorteakte: {NAME_FULL}, geboren {DOB} te {city}, voor de IND."),
    ("nl", "Apostille en vertaling klaar voor {NAME_FULL}; afhalen op {ADDRESS} of opsturen naar {POSTCODE} {city}?"),
    ("nl", "Vertaalopdracht {ref}: diploma van {NAME_FULL}, factuur naar {EMAIL}, klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Betaalverzoek (QR): {amount} voor beëdigde vertaling, betalen aan {IBAN}, naam {NAME_FULL}."),
    # ---- interpreted calls
    ("nl", "Medewerker: wat is uw geboortedatum? De tolk zegt: '{DOB}, en haar naam is {NAME_FULL}.'"),
    ("nl", "Medewerker vraagt het BSN. De tolk zegt: 'Hij zegt {BSN_SPOKEN}.'"),
    ("nl", "De tolk zegt: 'Ze woont op {ADDRESS}, postcode {POSTCODE}, en haar telefoon is {PHONE}.'"),
    ("nl", "Tolkgesprek: de tolk zegt 'zijn e-mail is {EMAIL_SPOKEN}', medewerker herhaalt het adres."),
    ("nl", "De tolk zegt: 'Mevrouw {NAME_SURNAME} wil betalen met creditcard, nummer {CARD}.'"),
    # ---- forwarded mails with nested quoting
    ("nl", "Fwd: Fwd: Fwd: schade\n>> Van: {NAME_FULL} <{EMAIL}>\n>> Mijn nummer is {PHONE}, bel maar."),
    ("nl", ">> > Op {date} schreef {NAME_FULL}:\n>> > graag terugstorten op {IBAN}"),
    ("nl", "Doorgestuurd bericht\n>>> Naam: {NAME_FULL}\n>>> Geb.: {DOB}\n>>> Polis: {CUSTOMER_NUMBER_POLICY}"),
    ("nl", ">> FW: klacht kenteken {PLATE}\n>> Groet, {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}"),
    # ---- spreadsheet cells joined with ' / '
    ("nl", "{CUSTOMER_NUMBER_MEMBER} / {NAME_LOWER} / {EMAIL} / {PHONE} / betaald"),
    ("nl", "{PLATE} / {NAME_SURNAME} / {POSTCODE} / {amount} / import {city}"),
    ("nl", "Rij {count}: {NAME_FULL} / {IBAN_NL} / {amount} / {date}"),
    # ---- Frisian and Limburgish mixed with Dutch
    ("nl", "Goeie, myn namme is {NAME_FULL}, myn telefoannûmer is {PHONE}. Myn tillefoan is stikken."),
    ("nl", "Ik wenje op {ADDRESS} yn {town}, postkoade {POSTCODE}. Graach de faktuer nei {EMAIL}."),
    ("nl", "Ich höb eine auto gekoch mit kenteken {PLATE}, mien geboortedaag is {DOB}. Groete, {NAME_FIRST}"),
    ("nl", "Doe kins mich bereike op {PHONE_ABROAD}, ich woen in Aachen. Mien naam is {NAME_FULL}."),
    # ---- Apple Business Chat and misc
    (
        "nl",
        "Apple Business Chat | {NAME_HANDLE}: mijn rekening is {IBAN}, wanneer komt het geld? | {bot}: Ik kijk even.",
    ),
    ("nl", "Apple Business Chat | klant: BSN {BSN} klopt, maar de geboortedatum moet {DOB} zijn."),
    ("nl", "Klant {NAME_FULL} spreekt nummer in: '{PHONE_SPOKEN}'."),
    ("nl", "Scoutingkamp: kenteken van de aanhanger is {PLATE}, chauffeur {NAME_FULL}, rijbewijs ok."),
    ("nl", "Zwemles via {bot}: ouder typt postcode {POSTCODE} en huisnummer {count}, naam kind {NAME_FIRST}."),
    ("nl", "Google review van {NAME_FULL}: 'Boom prachtig gesnoeid!' Reactie eigenaar: dank je {NAME_FIRST}!"),
]
