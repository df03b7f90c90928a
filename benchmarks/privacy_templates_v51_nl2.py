"""Dutch templates of test_v51, part two: mental-health waiting lists, blood donation, labs, medical-aid
suppliers, ambulance invoices abroad (EHIC) and travel insurance, elderly homes, IVR transcripts with DTMF digits,
SMS reminders with JA/NEE replies, bilingual Frisian-Dutch forms and Flemish callers."""

from __future__ import annotations

NL2: list[tuple[str, str]] = [
    # ---- mental health: waiting lists, intakes
    ("nl", "Wachtlijst {ggz}: cliënt {NAME_FULL}, cliëntnummer {CUSTOMER_NUMBER_CLIENT}, wacht al {wait}."),
    ("nl", "Mijn dochter {NAME_CHILD} ({DOB_CHILD}) staat op de wachtlijst bij {ggz}, kunt u mij bellen op {PHONE}?"),
    ("nl", "Intake {ggz} gepland voor {NAME_INITIALS}, {ADDRESS}, {POSTCODE}; verwijzing via {portal}."),
    ("nl", "Crisisdienst belde {PHONE_LANDLINE} terug voor dhr. {NAME_SURNAME}, cliënt {CUSTOMER_NUMBER_CLIENT}."),
    ("nl", "Ik wil niet dat {ggz} post stuurt naar {ADDRESS}, alleen mailen naar {EMAIL}. {NAME_FIRST}"),
    ("nl", "Eigen bijdrage {amount} voor {ggz} is geïncasseerd van {IBAN}, maar ik ben {NAME_FULL} en 17."),
    ("nl", "Overbruggingszorg: {NAME_FULL}, BSN {BSN}, huisarts akkoord, wachttijd {wait}."),
    # ---- blood donation and donor register
    ("nl", "Donorportaal: {NAME_FULL}, donornummer {CUSTOMER_NUMBER_DONOR}, afspraak {donation} op {date}."),
    ("nl", "Ik ben {NAME_FULL}, donor {CUSTOMER_NUMBER_DONOR}; mijn Hb was te laag, wanneer mag ik weer?"),
    ("nl", "Nieuwe donor aangemeld: {NAME_REGISTER}, geboren {DOB}, {POSTCODE} {city}, mobiel {PHONE}."),
    ("nl", "Reiskostenvergoeding donatie naar {IBAN} van {NAME_INITIALS}, donornr. {CUSTOMER_NUMBER_DONOR}."),
    ("nl", "Graag mijn donorregistratie aanpassen: ik heet nu {NAME_MARRIED}, adres {ADDRESS}."),
    ("nl", "sms aan {PHONE}: Beste {NAME_FIRST}, er is dringend {donation} nodig. Kom je {weekday}? JA/NEE"),
    ("nl", "Donorcodicil: {NAME_FULL}, BSN {BSN}, keuze gewijzigd op {date}."),
    # ---- labs and test results
    ("nl", "Labformulier {lab}: {NAME_REGISTER}, geb. {DOB}, BSN {BSN}, aanvrager {gp}."),
    ("nl", "Prikpost {city}: {NAME_FULL} kwam om {time} zonder formulier, geboortedatum {DOB}."),
    ("nl", "Uitslag kweek van {NAME_INITIALS} ({DOB}) doorgebeld naar {PHONE_LANDLINE} om {time}."),
    ("nl", "Thuisprikken aangevraagd voor {NAME_MARRIED} op {ADDRESS}, {POSTCODE} {city}, {weekday}."),
    ("nl", "Zelftest-uitslag gemaild naar {EMAIL}, maar ik ben niet {NAME_FULL}, dit is mijn adres niet."),
    # ---- medical-aid suppliers: wheelchairs, hearing aids, CPAP
    ("nl", "Levering {aid} bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}; klantnummer {CUSTOMER_NUMBER_AID}."),
    ("nl", "CPAP-apparaat maakt lawaai. Klantnr {CUSTOMER_NUMBER_AID}, bel {PHONE}, vraag naar {NAME_FIRST}."),
    ("nl", "Hoortoestel kwijt op het strand, polis {CUSTOMER_NUMBER_POLICY}, betaald met {CARD}."),
    ("nl", "Rolstoel ophalen bij {ADDRESS_UPPER}, bus kan parkeren, contact {NAME_FULL} {PHONE}."),
    ("nl", "Monteur {supplier}: scootmobiel van {NAME_SURNAME} ({CUSTOMER_NUMBER_AID}) staat bij {ADDRESS}."),
    ("nl", "Batterijen besteld via webshop, betaald met {CARD}, verzenden naar {NAME_INITIALS}, {ADDRESS}."),
    ("nl", "De {aid} is op naam van mijn man {NAME_FULL} ({DOB_ELDER}), hij is overleden, wie haalt hem op?"),
    ("nl", "Aanvraag Wmo-rolstoel: {NAME_FULL}, BSN {BSN}, kenteken aangepaste auto {PLATE}."),
    ("nl", "Gehandicaptenparkeerkaart voor kenteken {PLATE}, houder {NAME_REGISTER}, geb. {DOB}."),
    # ---- ambulance abroad, EHIC, travel insurance
    ("nl", "Ambulancenota uit {abroad}: {amount}, patiënt {NAME_FULL}, EHIC-nummer {CUSTOMER_NUMBER_EHIC}."),
    (
        "nl",
        "Op mijn EHIC staat {CUSTOMER_NUMBER_EHIC}, geboortedatum {DOB}; het ziekenhuis in {abroad} accepteert "
        "hem niet.",
    ),
    (
        "nl",
        "Alarmcentrale: {NAME_FULL} ligt in {abroad}, familie bereikbaar op {PHONE}, polis {CUSTOMER_NUMBER_TRAVEL}.",
    ),
    (
        "nl",
        "Reisverzekering {travel_insurer}, polis {CUSTOMER_NUMBER_TRAVEL}: ik heb {amount} voorgeschoten met {CARD}.",
    ),
    ("nl", "Repatriëring vlucht {flight} voor {NAME_INITIALS}, {DOB}, contactpersoon {NAME_FULL} {PHONE_ABROAD}."),
    ("nl", "Huurauto {PLATE_ABROAD} aangereden in {abroad}, bestuurder {NAME_FULL}, behandeld op de eerste hulp."),
    ("nl", "Graag de ambulancekosten terug op {IBAN} van {NAME_FULL}; de bon uit {abroad} zit in de bijlage."),
    ("nl", "Amex {CARD_AMEX} is belast door het ziekenhuis in {abroad}, dubbel! Polis {CUSTOMER_NUMBER_TRAVEL}."),
    ("nl", "Verzekerde {NAME_FULL} belt vanaf {PHONE_ABROAD}: gebroken pols in {abroad}, wil terug met {flight}."),
    ("nl", "De ambulancedienst daar wil betaling op {IBAN_ABROAD}, ik ben {NAME_FULL}, wat moet ik doen?"),
    # ---- elderly homes, visiting rules
    ("nl", "Bezoekregeling {home}: bezoek voor {NAME_MARRIED} ({room}) aangemeld door {NAME_FULL}, {PHONE}."),
    ("nl", "Eerste contactpersoon van mevrouw {NAME_SURNAME} is gewijzigd: {NAME_FULL}, {PHONE}, {EMAIL}."),
    ("nl", "Bewoner {NAME_FULL} ({DOB_ELDER}) verhuist naar {home}; post doorsturen van {ADDRESS}, {POSTCODE}."),
    ("nl", "Eigen bijdrage CAK voor opa {NAME_FULL} graag van {IBAN}, niet van zijn oude rekening."),
    (
        "nl",
        "Parkeervergunning bezoekers {home}: kenteken {PLATE}, van {NAME_FIRST}, kleindochter van de bewoner van "
        "{room}.",
    ),
    ("nl", "Mijn vader {NAME_FULL}, BSN {BSN}, wacht op een plek in {home}, al {wait}."),
    ("nl", "Bezoeker {NAME_FULL} kwam om {time} met auto {PLATE}, buiten bezoektijd, afdeling Zonnebloem."),
    # ---- IVR transcripts with DTMF digits
    ("nl", "[IVR] Toets uw relatienummer gevolgd door hekje. [DTMF] {CUSTOMER_NUMBER_DTMF} # [IVR] Dank u."),
    ("nl", "[IVR] Voer uw geboortedatum in als dag, maand, jaar. [DTMF] {DOB_DTMF} [IVR] Een moment geduld."),
    ("nl", "IVR-log {time}: menu 2 (declaraties), BSN ingetoetst {BSN_DTMF}, terugbelnummer {PHONE_DTMF}."),
    ("nl", "[IVR] Wilt u teruggebeld worden op een ander nummer? Toets dit nu in. [DTMF] {PHONE_DTMF} #"),
    ("nl", "Spraakherkenning: 'mijn burgerservicenummer is {BSN_SPOKEN}' - bevestigd met toets 1."),
    ("nl", "Beller sprak in: postcode {POSTCODE_SPOKEN}, huisnummer bevestigd, menukeuze 3 ({clinic})."),
    ("nl", "[Bot] Wat is uw kenteken? [Klant] {PLATE_SPOKEN} [Bot] Ik heb uw parkeerkaart voor {hospital} gevonden."),
    ("nl", "Transcript: 'ja het rekeningnummer is {IBAN_READ}, op naam van {NAME_FULL}'."),
    ("nl", "Transcript: 'mijn creditcard is eh {CARD_SPOKEN}, verloopt in twee-achtentwintig'."),
    ("nl", "Transcript voicemail: 'u kunt mij bereiken op {PHONE_SPOKEN}, of mailen naar {EMAIL_SPOKEN}'."),
    ("nl", "Transcript: 'ik woon op de {ADDRESS_SPOKEN} in {city}, de bel doet het niet'."),
    # ---- SMS appointment reminders with replies
    ("nl", "SMS {date} {time} naar {PHONE}: Herinnering afspraak {clinic} morgen {time}. Komt u? Antwoord JA/NEE"),
    ("nl", "Reactie op sms-herinnering van {PHONE}: 'NEE, {NAME_FIRST} is ziek, graag nieuwe afspraak'"),
    ("nl", "Antwoord van {PHONE}: JA. Afspraak {NAME_INITIALS} bij {practice} bevestigd."),
    ("nl", "sms: 'wie is {NAME_FULL}? ik ken geen tandarts, dit is het nummer van {NAME_FIRST}' (van {PHONE})"),
    # ---- bilingual Frisian-Dutch forms
    (
        "nl",
        "Namme / Naam: {NAME_FULL}\nAdres / Adres: {ADDRESS_FY}\nPostkoade / Postcode: {POSTCODE}\n"
        "Wenplak / Woonplaats: {city_fy}",
    ),
    ("nl", "Bertedatum / Geboortedatum: {DOB}\nBSN: {BSN}\nTelefoannûmer / Telefoonnummer: {PHONE}"),
    ("nl", "Oanfraach thússoarch / Aanvraag thuiszorg foar {NAME_FULL}, {ADDRESS_FY}, {city_fy}, {EMAIL}."),
    ("nl", "Goeie, ik bin {NAME_FIRST}, myn mem {NAME_FULL} wennet oan de {ADDRESS_FY}, se moat nei it sikehûs."),
    # ---- Flemish callers
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {city_be}, mijn gsm is {PHONE_BE}, ik wacht op terugbetaling."),
    ("nl", "De mutualiteit stort op {IBAN_BE}, op naam van {NAME_FULL}, {ADDRESS_BE}, {city_be}."),
    ("nl", "Ik woon in de {ADDRESS_BE} te {city_be} maar werk in Nederland; BSN {BSN}, allee, wat nu?"),
    ("nl", "Mijn nummerplaat is {PLATE_ABROAD}, ik stond op de parking van {hospital} om {time}. {NAME_FIRST}"),
    ("nl", "Factuur kinesist in België betaald van {IBAN_BE}; patiënt {NAME_CHILD}, geboren {DOB_CHILD}."),
    # ---- other backgrounds
    ("nl", "Ik ben {NAME_FULL}, we reizen veel, geen vast adres, post graag naar {ADDRESS} bij mijn broer."),
    ("nl", "Geld terug naar mijn buitenlandse rekening {IBAN_ABROAD}, mulțumesc, {NAME_FULL}."),
    ("nl", "Blagodarya! Mijn dochter {NAME_FULL} is bereikbaar op {PHONE_ABROAD} of {EMAIL}."),
    ("nl", "Opa {NAME_FULL} leest geen Nederlands, begrijpt de brief niet, geb. {DOB_ELDER}, bel kleinzoon {PHONE}."),
    ("nl", "Mijn broer {NAME_FULL} uit Jemen heeft nog geen BSN, alleen V-nummer; geboren {DOB}."),
    ("nl", "cảm ơn, mẹ tôi {NAME_FULL} heeft een tolk Vietnamees nodig bij {clinic}, tel {PHONE}"),
]
