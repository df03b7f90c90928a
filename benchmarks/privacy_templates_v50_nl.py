"""Dutch and Flemish templates of test_v50 about homes: mortgage desks (valuations, rate offers, construction
deposits), estate agents and viewings, contractors and renovation complaints, building permits and objections,
owners' associations (VvE) with their minutes and WhatsApp groups, and lawyers' letters."""

from __future__ import annotations

NL_HOME: list[tuple[str, str]] = [
    # ---- mortgage desk: valuation, rate offer, construction deposit
    (
        "nl",
        "Graag het taxatierapport van {ADDRESS}, {POSTCODE} {city} uploaden in het dossier van {NAME_FULL}, "
        "leningnummer {CUSTOMER_NUMBER_LOAN}.",
    ),
    (
        "nl",
        "Het renteaanbod van {lender} ({rate}, {count} jaar vast) verloopt op {date}. Klant {NAME_INITIALS} wil "
        "verlengen, terugbellen op {PHONE}.",
    ),
    ("nl", "Aanvrager 1: {NAME_REGISTER}, geb. {DOB}, BSN {BSN}\nAanvrager 2: {NAME_REGISTER}, geb. {DOB}"),
    (
        "nl",
        "Bouwdepot: de factuur van {contractor} ({amount}) hebben wij zelf al voorgeschoten, graag terugstorten "
        "op {IBAN} t.n.v. {NAME_COUPLE}.",
    ),
    ("nl", "Hypotheekadviseur belt mevrouw {NAME_SURNAME} terug op {PHONE_LANDLINE} over de taxatie van {date}."),
    ("nl", "NHG-aanvraag: BSN hoofdaanvrager {BSN}, BSN partner {BSN}, onderpand {ADDRESS}, koopsom {price}."),
    (
        "nl",
        "Ontvangen: kopie paspoort en werkgeversverklaring van {NAME_FULL} (BSN {BSN}), bruto {salary}, geboren {DOB}.",
    ),
    ("nl", "Wij sturen de offerte voor leningdeel {CUSTOMER_NUMBER_LOAN} naar {EMAIL}, klopt dat adres nog?"),
    (
        "nl",
        "Oversluiten: huidige hypotheek {CUSTOMER_NUMBER_LOAN} bij {lender}, maandlast {amount}, incasso van "
        "{IBAN}. Klant: {NAME_UPPER}.",
    ),
    (
        "nl",
        "Mijn man {NAME_FULL} is overleden; de hypotheek {CUSTOMER_NUMBER_LOAN} staat op ons beider naam. "
        "Ik ben bereikbaar op {PHONE}.",
    ),
    ("nl", "Taxateur staat {weekday} om {time} bij {ADDRESS_UPPER}; sleutel ligt bij de buren, fam. {NAME_SURNAME}."),
    ("nl", "Voor de akte bij de notaris: {NAME_FULL}, BSN {BSN}, geboren {DOB}, nu wonende {ADDRESS}."),
    (
        "nl",
        "Makelaar ontving per mail het BSN {BSN} van {NAME_FIRST}; dat hoort niet in de inschrijving, graag wissen.",
    ),
    # ---- estate agents and viewings
    (
        "nl",
        "Bezichtiging {weekday} {time} via {agent}: {NAME_FULL}, {PHONE}, {EMAIL}, financiering via {lender}.",
    ),
    ("nl", "Bod van {price} op {ADDRESS}, {POSTCODE} {city}, namens {NAME_COUPLE}; voorbehoud financiering {date}."),
    (
        "nl",
        "De verkoper, {NAME_INITIALS}, wil pas na {date} opleveren. Zijn nieuwe adres wordt {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    ("nl", "Inschrijving huurwoning: {NAME_FULL}, geboortedatum {DOB}, werkgever {firm}, mobiel {PHONE}."),
    (
        "nl",
        "Kunnen jullie het koopcontract naar de notaris sturen? Koper: {NAME_REGISTER}, {ADDRESS}, {POSTCODE} "
        "{city}, e-mail {EMAIL}.",
    ),
    ("nl", "Ik stond bij de open huizen dag op de lijst als {NAME_LOWER}, maar niemand heeft me gebeld ({PHONE})."),
    # ---- contractors and renovation complaints
    (
        "nl",
        "Klacht uitbouw: scheur in de vloer sinds {date}. {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, "
        "opdracht {order} bij {contractor}.",
    ),
    (
        "nl",
        "De bus van {contractor} met kenteken {PLATE} staat elke ochtend op mijn inrit, {ADDRESS}. Graag "
        "actie. {NAME_FIRST}",
    ),
    (
        "nl",
        "Factuur {invoice}:\n1x {part} {amount}\n1x montage {amount}\n1x voorrijkosten {amount}\nKlant "
        "{NAME_FULL} betwist de montage, klantnr {CUSTOMER_NUMBER}.",
    ),
    (
        "nl",
        "Post 'stelposten' ({amount}) was nooit afgesproken met {NAME_INITIALS} ({ADDRESS}). Meer- en minderwerk "
        "graag apart.",
    ),
    ("nl", "Aanbetaling badkamer {amount} betaald met creditcard {CARD}, maar dubbel afgeschreven. {NAME_FULL}"),
    ("nl", "Onze stukadoor kon er niet in: niemand thuis op {ADDRESS}. Nieuwe afspraak via {PHONE_LANDLINE}."),
    # ---- building permits and neighbours' objections
    (
        "nl",
        "Zienswijze tegen aanvraag {case} (dakopbouw {ADDRESS}), ingediend door buurman {NAME_FULL}, "
        "{ADDRESS}, {POSTCODE} {city}.",
    ),
    (
        "nl",
        "Omgevingsloket, aanvrager: {NAME_INITIALS} | e-mail {EMAIL} | tel. {PHONE_LANDLINE} | locatie {ADDRESS} "
        "{POSTCODE}",
    ),
    ("nl", "Bezwaar namens {NAME_COUPLE}, {ADDRESS}: de schutting van de buren op nummer {count} staat te hoog."),
    (
        "nl",
        "Ik heb het BSN {BSN} van mijn moeder {NAME_FULL} gebruikt bij de aanvraag voor de mantelzorgwoning, mag dat?",
    ),
    ("nl", "Graag de beschikking van {case} sturen naar {EMAIL}, ik woon tijdelijk niet op {ADDRESS}."),
    ("nl", "Voor de vergunning vroeg de gemeente het BSN van de eigenaar: {BSN} ({NAME_INITIALS})."),
    # ---- owners' associations (VvE) and their minutes
    (
        "nl",
        "Notulen ALV {vve}, {date}\nAanwezig: {NAME_FULL} (voorzitter), {NAME_FULL} (penningmeester), "
        "{NAME_INITIALS}\nAfwezig met bericht: {NAME_FULL}",
    ),
    (
        "nl",
        "Achterstand servicekosten: {NAME_UPPER}, {ADDRESS_UNIT}, {amount}, lidnummer {CUSTOMER_NUMBER_VVE}. "
        "Aanmaning gestuurd.",
    ),
    ("nl", "Machtiging servicekosten {vve}: rekening {IBAN}, t.n.v. {NAME_REGISTER}, lidnummer {CUSTOMER_NUMBER_VVE}"),
    ("nl", "Parkeerplaats {count} in de garage van {vve} hoort bij {ADDRESS_UNIT}, auto met kenteken {PLATE}."),
    (
        "nl",
        "Actiepunt 4: {NAME_FIRST} ({ADDRESS_UNIT}) vraagt offertes op bij {lift_firm} voor de lift. Volgende "
        "vergadering {date}.",
    ),
    ("nl", "Nieuwe eigenaar van {ADDRESS_UNIT} per {date}: {NAME_FULL}, {EMAIL}, lidnummer {CUSTOMER_NUMBER_VVE}."),
    ("nl", "Bezoekersparkeren {vve}: kenteken {PLATE} aangemeld vanuit {ADDRESS_UNIT} voor {date}."),
    # ---- WhatsApp group of the VvE
    ("nl", "[{chat_stamp}] {NAME_CHAT}: wie heeft de sleutel van de fietsenkelder? Ik ben op {PHONE} bereikbaar"),
    (
        "nl",
        "[{chat_stamp}] {NAME_CHAT}: Lekkage vanuit {ADDRESS_UNIT} naar beneden 😩 {NAME_FIRST} kun jij de "
        "kraan dicht doen?",
    ),
    ("nl", "[{chat_stamp}] {NAME_CHAT}: de auto {PLATE} voor de poort is van mijn schoonzoon, staat er alleen vandaag"),
    ("nl", "[{chat_stamp}] {NAME_CHAT}: mijn nieuwe mail is {EMAIL}, wil iemand dat aan de beheerder doorgeven?"),
    (
        "nl",
        "[{chat_stamp}] {NAME_CHAT}: Lift staat weer stil 🙄\n[{chat_stamp}] {NAME_CHAT}: Al gemeld bij {lift_firm}, "
        "melding {ticket}",
    ),
    ("nl", "[{chat_stamp}] {NAME_CHAT}: pakketje voor {NAME_FULL} ligt bij mij op {ADDRESS_UNIT}"),
    # ---- lawyers' letters
    (
        "nl",
        "Uw kenmerk: {CUSTOMER_NUMBER_LOAN}\nOns kenmerk: {ref}\nBetreft: cliënte {NAME_FULL}, wonende te "
        "{ADDRESS}, {POSTCODE} {city}",
    ),
    (
        "nl",
        "Namens onze cliënt {NAME_INITIALS}, geboren op {DOB}, stellen wij {contractor} aansprakelijk voor de "
        "schade aan de woning.",
    ),
    ("nl", "Betreft: {NAME_REGISTER} / {contractor} — gebreken aan de aanbouw op {ADDRESS_UPPER}, {POSTCODE} {city}"),
    (
        "nl",
        "Uw kenmerk: {CUSTOMER_NUMBER} / Ons kenmerk: {ref}. Het voorschot van {amount} dient binnen 14 dagen "
        "op rekening {IBAN} van cliënt te worden terugbetaald.",
    ),
    # ---- Flemish customers
    (
        "nl",
        "Goeiendag, ik ben {NAME_FULL} uit {be_city}, mijn gsm is {PHONE_BE}. Ons appartement in {city} staat te "
        "koop, wie mag ik contacteren?",
    ),
    ("nl", "Gelieve het voorschot terug te storten op {IBAN_BE} (rekening van {NAME_FULL}). Alvast bedankt!"),
    ("nl", "Ons huidig adres is {ADDRESS_BE}, {be_city}. Bel mij op voorhand op {PHONE_BE}, groetjes {NAME_FIRST}"),
    ("nl", "De aannemer is met zijn camionette {PLATE_BE} tegen onze poort gereden, {ADDRESS_BE} te {be_city}."),
]
