"""Dutch, Flemish, Frisian- and Limburgish-coloured templates of test_v63: storm and leak claims, rental cars,
kraamzorg, dentists, tickets, language schools, smartwatches, garden centres, funerals and marinas, in ticket
exports, calendar invitations, order confirmations, voice-assistant logs, postcards, forms, Messenger and surveys."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- storm and leak claims (Zendesk/Freshdesk exports)
    (
        "nl",
        "Ticket #{count}{count} | Aanvrager: {NAME_FULL} <{EMAIL}> | Onderwerp: stormschade dakpannen | Status: open",
    ),
    ("nl", "Freshdesk-export;{date};{NAME_CAPS};{PHONE};polis {CUSTOMER_NUMBER_POLICY};lekkage badkamer"),
    ("nl", "Na storm Ciarán ligt de schuur van {NAME_INITIALS} aan {ADDRESS} plat; schade-expert komt {weekday}."),
    ("nl", "Uitkering waterschade van {amount} graag overmaken naar {IBAN_NL} t.n.v. {NAME_FULL}."),
    (
        "nl",
        "Zendesk interne notitie: verzekerde {NAME_SURNAME} belde vanaf {PHONE}, lekkage bij de buren op {ADDRESS}.",
    ),
    ("nl", "Schademelding woonhuis, polisnummer {CUSTOMER_NUMBER_POLICY}, risicoadres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Requester: {NAME_LOWER} | Tags: storm, dak, spoed | Telefoon: {PHONE} | Postcode: {POSTCODE}"),
    # ---- rental cars
    ("nl", "Schaderapport huurauto {PLATE}: kras op portier, bestuurder {NAME_FULL}, rijbewijs gecontroleerd."),
    ("nl", "Borg van {amount} is geblokkeerd op creditcard {CARD}; huurder {NAME_INITIALS}, kenteken {PLATE}."),
    (
        "nl",
        "Ik heb de auto met kenteken {PLATE} op {date} ingeleverd, maar jullie rekenen schade aan. Gr. {NAME_FIRST}",
    ),
    ("nl", "Boete uit Duitsland voor huurwagen {PLATE_ABROAD}; die dag reed {NAME_FULL} (geb. {DOB}) erin."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, reservering {ref}: tweede bestuurder is {NAME_FULL}."),
    # ---- kraamzorg
    ("nl", "Inschrijving kraamzorg: moeder {NAME_FULL}, geboortedatum {DOB}, BSN {BSN}, uitgerekende datum {date}."),
    ("nl", "Baby {NAME_FIRST} is geboren op {DOB}, BSN van de baby volgt na aangifte bij de gemeente."),
    ("nl", "Kraamverzorgende komt naar {ADDRESS}, {POSTCODE} {town}; bel bij problemen {PHONE}."),
    ("nl", "Outlook-uitnodiging: Intake kraamzorg – {NAME_FULL} | {weekday} {time} | Locatie: {ADDRESS}"),
    (
        "nl",
        "Eigen bijdrage kraamzorg wordt geïncasseerd van {IBAN}, lidnummer zorgverzekeraar {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Vader {NAME_FIRST} en moeder {NAME_SURNAME} willen de kraamweek verlengen, mail ze op {EMAIL}."),
    # ---- dentists and orthodontists
    (
        "nl",
        "Patiënt {NAME_INITIALS}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, geb. {DOB}: controle over {count} maanden.",
    ),
    ("nl", "Orthodontist: beugel van {NAME_FIRST} ({DOB}) gaat eruit op {date}; ouder {NAME_FULL} is ingelicht."),
    ("nl", "Declaratie tandarts ingediend met BSN {BSN}, polis {CUSTOMER_NUMBER_POLICY}, bedrag {amount}."),
    (
        "nl",
        "Herinnering: uw afspraak bij {firm} op {date} om {time}. Verhinderd? Bel {public_phone}. Uw gegevens: {PHONE}",
    ),
    ("nl", "Betalingsregeling voor de beugel: maandelijks {amount} van {IBAN_NL}, rekeninghouder {NAME_CAPS}."),
    # ---- sports tickets and resale
    ("nl", "Seizoenskaart op naam van {NAME_FULL}, clubcardnummer {CUSTOMER_NUMBER_MEMBER}, vak 412 rij 14."),
    ("nl", "Doorverkoop via TicketSwap: koper {NAME_LOWER}, uitbetaling naar {IBAN}."),
    ("nl", "Mijn e-tickets zijn naar {EMAIL} gestuurd maar ik zie niks, kunnen jullie ze opnieuw sturen? {NAME_FIRST}"),
    (
        "nl",
        "Bestelling bevestigd!\nNaam: {NAME_FULL}\nE-mail: "
        "{EMAIL}\nBetaald met: {CARD}\nTickets: {count} x staanplaats",
    ),
    (
        "nl",
        "Stewards melden: supporter {NAME_FULL}, geboren {DOB}, heeft een "
        "stadionverbod; lidnr. {CUSTOMER_NUMBER_MEMBER}.",
    ),
    # ---- language schools and integration
    ("nl", "Aanmelding inburgeringscursus: {NAME_FULL}, BSN {BSN}, woonadres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Cursist {NAME_CAPS} (studentnr {CUSTOMER_NUMBER_MEMBER}) is {count} lessen afwezig geweest."),
    ("nl", "Lesgeld NT2 B1 graag voor {date} overmaken naar ons, of machtiging afgeven met uw rekening {IBAN}."),
    ("nl", "Docent: {NAME_FIRST} kan alleen op {weekday}, haar telefoon is {PHONE_ABROAD}."),
    ("nl", "Geboortedatum cursist volgens verblijfsdocument: {DOB}; naam: {NAME_FULL}."),
    # ---- fitness trackers and smartwatches
    ("nl", "Garantieclaim Garmin Forerunner 265, klant {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, tel {PHONE}."),
    ("nl", "Account Fitbit gekoppeld aan {EMAIL}; profielnaam {NAME_NICK}; geboortedatum ingevuld: {DOB}."),
    ("nl", "Spraakassistent-log {time}: 'Hé Google, bel {NAME_FIRST} {NAME_SURNAME}' → gekozen nummer {PHONE}"),
    ("nl", "Voice log: gebruiker zei 'mijn mailadres is {EMAIL_SPOKEN}', herkend met 82% zekerheid."),
    ("nl", "Retour smartwatch: terugbetaling op kaart {CARD}, ordernummer {ref}, klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- garden centres and plant delivery
    ("nl", "Bezorgadres olijfboom: {ADDRESS}, {POSTCODE} {town}, t.a.v. {NAME_FULL}. Graag achterom."),
    (
        "nl",
        "Orderbevestiging\nKlant: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: "
        "{POSTCODE}\nTelefoon: {PHONE}\nTotaal: {amount}",
    ),
    ("nl", "Klantenpas {CUSTOMER_NUMBER_MEMBER} van {NAME_INITIALS} geeft 10% korting op {product}."),
    ("nl", "Enquête, open antwoord: 'De bezorger was super! Groetjes {NAME_FULL} uit {town}'"),
    ("nl", "Enquête, open antwoord: 'bel me maar op {PHONE}, dan leg ik uit wat er mis ging met de hortensia's'"),
    # ---- crematoria and funeral planning
    ("nl", "Uitvaart van wijlen {NAME_FULL}, geboren {DOB}, overleden {date}; opdrachtgever {NAME_FULL}."),
    (
        "nl",
        "Opdrachtgever {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}, "
        "telefoon {PHONE}, uitvaartpolis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Factuur crematie {amount} graag voldoen vanaf {IBAN}; BSN overledene {BSN} voor de akte."),
    ("nl", "Outlook-uitnodiging: Condoleancegesprek familie {NAME_SURNAME} | {date} {time} | Uitvaartcentrum"),
    ("nl", "Kaartje overgetypt door medewerker: 'Bedankt voor alle zorg rond mam. Liefs, {NAME_COUPLE}'"),
    # ---- boat moorings and marinas
    ("nl", "Ligplaatscontract {CUSTOMER_NUMBER_CONTRACT}: booteigenaar {NAME_FULL}, box 47, incasso van {IBAN}."),
    ("nl", "Havenmeester: trailer met kenteken {PLATE} van {NAME_SURNAME} staat al {count} dagen op de kade."),
    ("nl", "Passant {NAME_FULL} (tel. {PHONE_ABROAD}) betaalde havengeld met kaart {CARD}."),
    (
        "nl",
        "Winterstalling aangevraagd door {NAME_FULL}, e-mail {EMAIL}, "
        "lidnummer watersportvereniging {CUSTOMER_NUMBER_MEMBER}.",
    ),
    # ---- Messenger chats
    ("nl", "Messenger | {NAME_NICK}: hoi! kunnen jullie me terugbellen op {PHONE}? | {bot}: Natuurlijk!"),
    ("nl", "Messenger | {NAME_FULL}: mijn postcode is {POSTCODE} en huisnummer {count}, klopt het bezorgadres?"),
    ("nl", "Messenger | klant: ik ben geboren op {DOB}, waarom zegt jullie site dat ik te jong ben??"),
    # ---- handwritten forms and postcards
    (
        "nl",
        "Handgeschreven formulier (overgetypt): Naam: {NAME_CAPS} / Adres: {ADDRESS} / Geb.datum: {DOB} / BSN: {BSN}",
    ),
    ("nl", "Ansichtkaart uit {town}, afzender {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}: 'Kamer was prima!'"),
    ("nl", "Formulier, vak 'rekeningnummer' (slecht leesbaar): {IBAN}; vak 'handtekening': {NAME_INITIALS}"),
    # ---- Frisian and Limburgish
    ("nl", "Goeie, ik bin {NAME_FULL} út {town}, myn telefoannûmer is {PHONE}. De stoarm hat myn dak stikken makke."),
    ("nl", "Myn adres is {ADDRESS}, {POSTCODE} {town}; kinne jimme de planten dêr bringe? Groetnis, {NAME_FIRST}"),
    ("nl", "Hoi, ich bin {NAME_FULL}, miene geboortedaag is {DOB} en ich wil mien abonnement opzègke."),
    ("nl", "Doe kins mich bélle op {PHONE}, of mail nao {EMAIL}. Hajje, {NAME_FIRST}"),
    # ---- spoken and keyed
    ("nl", "Spraakassistent: 'mijn telefoonnummer is {PHONE_SPOKEN}', gebruiker {NAME_FIRST}."),
    ("nl", "Voice log {date}: gebruiker sprak BSN in als '{BSN_SPOKEN}' – niet opslaan!"),
    ("nl", "{bot} vraagt om klantnummer; klant typt: {CUSTOMER_NUMBER_CUSTOMER}, naam {NAME_LOWER}."),
    ("nl", "Klant belt namens haar vader {NAME_FULL}, contractnummer {CUSTOMER_NUMBER_CONTRACT}, kenteken {PLATE}."),
    (
        "nl",
        "Huurcontract {CUSTOMER_NUMBER_CONTRACT} op naam van "
        "{NAME_SURNAME}, rijbewijs afgegeven op {date}, tel. {PHONE}.",
    ),
    ("nl", "Vlaamse klant {NAME_FULL}, {ADDRESS}, gsm {PHONE_ABROAD}, wil de polis {CUSTOMER_NUMBER_POLICY} opzeggen."),
    ("nl", "Aangifte geboorte: kind {NAME_FULL}, geboren {DOB}, ouder met BSN {BSN}."),
    ("nl", "Pinbetaling mislukt, klant wil betalen met creditcard {CARD}, bedrag {amount}."),
]
