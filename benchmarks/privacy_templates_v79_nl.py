"""Dutch and Flemish templates of test_v79: dialysis transport, VvE service charges, bridal and formal wear,
hunting and fishing licences, aquarium and reptile shops, sign-language interpreters, au pairs and exchange
students, garage doors and gates, piano and organ removals, soil and asbestos surveys; in Help Scout and Skype,
shared-phone call transcripts, courier chats, spreadsheet comments, fax cover sheets, dictated letters and the
simple Dutch of Eritrean and Syrian newcomers."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- dialysis transport
    ("nl", "Help Scout #{count}{count} | {NAME_FULL} schreef: de taxi naar de dialyse was {weekday} weer te laat."),
    ("nl", "Dialysevervoer: ophalen {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town}, om {time}, rolstoel mee."),
    ("nl", "Mijn vader gaat drie keer per week naar {place}, zijn BSN is {BSN}. Wie regelt het vervoer? {NAME_FIRST}"),
    ("nl", "Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, geb. {DOB}: vaste rit dinsdag, donderdag en zaterdag."),
    ("nl", "De chauffeur belde naar {PHONE} maar mijn moeder hoort slecht, bel liever mij, {NAME_FULL}."),
    ("nl", "Vergoeding eigen vervoer dialyse ({amount}) graag op {IBAN_NL} ten name van {NAME_INITIALS}."),
    # ---- call transcripts with two callers on one phone
    ("nl", "Beller: ja, met {NAME_FULL}. Mijn vrouw zegt dat de taxi pas om {time} kwam, niet om half acht."),
    ("nl", "Transcript: 'Mijn man zegt dat zijn geboortedatum {DOB} is, klopt dat?' Agent: 'Ja, dat klopt.'"),
    ("nl", "Klant: momentje, mijn vrouw zegt dat ons nummer {PHONE_SPOKEN} is. Agent: dank u wel."),
    ("nl", "Beller, zoon van {NAME_FULL}: 'Mijn moeder zegt dat haar BSN {BSN_SPOKEN} is.'"),
    ("nl", "Hij geeft de telefoon aan zijn vrouw: 'Hallo, met {NAME_FIRST}, wij wonen op {ADDRESS}.'"),
    ("nl", "Mijn vrouw zegt: zet het maar op haar mail, {EMAIL}. Ze heet {NAME_FULL}."),
    ("nl", "Agent: en uw postcode? Beller: mijn man zegt {POSTCODE}, huisnummer {count}."),
    # ---- VvE and service charges (spreadsheet comments)
    ("nl", "Opmerking: {NAME_FULL} (app. {count}) betaalt de servicekosten sinds {month} niet, IBAN {IBAN}."),
    ("nl", "VvE-administratie: debiteurnummer {CUSTOMER_NUMBER_CUSTOMER} van {NAME_INITIALS}, voorschot {amount}."),
    ("nl", "Opmerking: nieuw adres eigenaar {NAME_SURNAME}: {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Mevrouw {NAME_SURNAME} wil de notulen van de ALV per mail ontvangen op {EMAIL}."),
    ("nl", "Cel D{count}, Opmerking: tel. {PHONE} (alleen 's avonds), vraagt naar {NAME_FIRST}."),
    ("nl", "Opmerking: parkeerplaats {count} hoort bij {NAME_LOWER}, auto {PLATE}."),
    ("nl", "Eigenaar {NAME_CAPS} | app. {count} | bijdrage {amount} | incasso {IBAN_NL}"),
    # ---- bridal and formal wear
    ("nl", "Pasafspraak trouwjurk voor {NAME_FULL} op {date}, de bruid is bereikbaar op {PHONE}."),
    ("nl", "Zoom van de broek inkorten, klant {NAME_LOWER}, aanbetaling {amount} met kaart {CARD}."),
    ("nl", "Bruidegom {NAME_FIRST} en getuige {NAME_FULL} komen {weekday} om {time} passen."),
    ("nl", "Hoi! Mijn jurk is te wijd in de taille. Ik ben {NAME_FIRST}, mail me op {EMAIL}. Trouwdag: {date}."),
    (
        "nl",
        "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}: smoking gehuurd, terugsturen naar {ADDRESS}, {POSTCODE_BE} {town_be}.",
    ),
    ("nl", "Het maatpak van {NAME_INITIALS} is klaar; ophalen met de bon of betalen via {IBAN}."),
    # ---- hunting and fishing licences
    ("nl", "Aanvraag jachtakte: {NAME_FULL}, geboren {DOB}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "VISpas-nummer {CUSTOMER_NUMBER_MEMBER} staat op naam van {NAME_INITIALS}, maar de pas kwam niet aan."),
    ("nl", "Lidnummer wildbeheereenheid {CUSTOMER_NUMBER_MEMBER}; contactpersoon {NAME_FULL}, {PHONE}."),
    ("nl", "Faxvoorblad | Aan: {firm} | Van: {NAME_CAPS} | Tel: {PHONE} | Pagina's: {count} | Betreft: jachtakte"),
    ("nl", "De auto met kenteken {PLATE} stond bij de visstek; eigenaar {NAME_FULL} had geen VISpas bij zich."),
    ("nl", "Ik wil VISpas kopen. Ik ben geboren op {DOB} in Aleppo, nu woon ik in {city}. Mijn naam {NAME_FULL}."),
    # ---- aquarium and reptile shops
    ("nl", "Levend voer bezorgen bij {NAME_FULL}, {ADDRESS}; bij geen gehoor bellen naar {PHONE}."),
    ("nl", "CITES-papieren van de koningspython staan op naam van {NAME_FULL}, geboortedatum {DOB}."),
    ("nl", "Ik heb een {product} van {amount} gekocht met {CARD} en hij lekt. Groetjes {NAME_FIRST}"),
    ("nl", "Klantenkaart {CUSTOMER_NUMBER_MEMBER} van {NAME_SURNAME}: korting op bodemgrond en waterplanten."),
    ("nl", "Postcode {POSTCODE}, huisnummer {count}: daar moet het terrarium heen, voor {NAME_FIRST}."),
    # ---- sign-language interpreters
    ("nl", "Tolkaanvraag: dove cliënt {NAME_FULL}, {date} om {time}, locatie {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Via de videotolk meldt {NAME_FIRST}: mijn e-mail is {EMAIL}, stuur de bevestiging daarheen."),
    ("nl", "Cliëntnummer {CUSTOMER_NUMBER_CUSTOMER}, cliënt {NAME_INITIALS}, BSN {BSN}, tolk via {firm}."),
    ("nl", "[{time}] {NAME_FULL}: Hoi, kan de tolk morgen ook mee naar de huisarts?"),
    ("nl", "Schrijftolk geboekt voor {NAME_FULL}; sms-bevestiging naar {PHONE}."),
    # ---- au pairs and exchange students (Skype)
    ("nl", "Au pair {NAME_FULL} komt {date} aan; gastgezin {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "[{time}] {NAME_SKYPE}: hallo gastmoeder, mijn Nederlandse nummer is {PHONE}"),
    ("nl", "Uitwisselingsstudent {NAME_FULL}, geboren {DOB}, ingeschreven in {city}; BSN {BSN}."),
    ("nl", "Zakgeld van de au pair graag overmaken naar {IBAN} t.n.v. {NAME_FULL}."),
    ("nl", "Contractnummer {CUSTOMER_NUMBER_CONTRACT}: bemiddeling au pair, gastouder {NAME_INITIALS}."),
    ("nl", "Skype-gesprek met {NAME_SKYPE} ({date}): haar ouders zijn bereikbaar op {PHONE_ABROAD}."),
    # ---- garage doors and gates
    ("nl", "Monteur kon niet bij de garagedeur van {NAME_FULL}, {ADDRESS}: poort op slot. Bel {PHONE}."),
    ("nl", "Storing hek: klant {NAME_SURNAME}, contractnummer {CUSTOMER_NUMBER_CONTRACT}, motor {product}."),
    ("nl", "Uw monteur heeft mijn auto {PLATE} klem gezet op de oprit. {NAME_FULL}, {ADDRESS}"),
    ("nl", "Onderhoudscontract garagedeur: incasso van {IBAN}, polisnummer opstal {CUSTOMER_NUMBER_POLICY}."),
    # ---- piano and organ removals; dictated letters
    ("nl", "Verhuizing vleugel van {ADDRESS} naar {ADDRESS}, opdrachtgever {NAME_FULL}, {EMAIL}."),
    ("nl", "(dicteert) Geachte heer, mevrouw, komma. Ik, {NAME_FULL}, wonende te {ADDRESS}, {POSTCODE} {city}, punt."),
    ("nl", "(dicteert) Het bedrag graag op {IBAN}, komma, ten name van {NAME_INITIALS}, punt."),
    ("nl", "(dicteert) Met vriendelijke groet, nieuwe regel, {NAME_FULL}, nieuwe regel, geboren {DOB}."),
    ("nl", "Kerkorgel ophalen, contactpersoon {NAME_FULL}, mobiel {PHONE}, aanhanger {PLATE}."),
    ("nl", "Polisnummer {CUSTOMER_NUMBER_POLICY}: schade aan de piano tijdens transport, eigenaar {NAME_FULL}."),
    ("nl", "Help Scout | Klant: {NAME_FULL} | E-mail: {EMAIL} | Mailbox: Pianotransport | Tags: trap, {count} hoog"),
    # ---- soil and asbestos surveys
    ("nl", "Asbestinventarisatie bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; woning uit {year}."),
    ("nl", "Bodemonderzoek perceel: eigenaar {NAME_INITIALS}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}, tel. {PHONE}."),
    ("nl", "Het asbestrapport graag mailen naar {EMAIL_SPOKEN}, zei {NAME_FIRST} aan de telefoon."),
    ("nl", "Help Scout-notitie: {NAME_FIRST} belde terug vanaf {PHONE_ABROAD}, is op vakantie."),
    # ---- courier chats in delivery apps
    ("nl", "Koerier: ik sta voor {ADDRESS}, niemand doet open. Klant: sorry!! bel {PHONE}"),
    ("nl", "Chat met bezorger: 'Is dit {ADDRESS}, {POSTCODE}?' 'Ja, bel maar aan bij {NAME_SURNAME}.'"),
    ("nl", "Bezorger {NAME_FIRST}: ben er over {count} min, welke bel is het?"),
    # ---- simple Dutch of newcomers; Flemish
    ("nl", "Hallo, ik ben {NAME_FULL}. Ik kom uit Eritrea. Mijn taxi voor dialyse komt niet. Mijn telefoon {PHONE}."),
    ("nl", "Goedemorgen. Mijn naam {NAME_FULL}. Ik woon {ADDRESS} {POSTCODE}. Wanneer komt monteur?"),
    ("nl", "ik heb brief gekregen van VvE over geld maar ik begrijp niet. mijn bsn {BSN} mijn naam {NAME_LOWER}"),
    ("nl", "Mijn broer {NAME_FIRST} heeft ook telefoon: {PHONE_ABROAD}. Hij is nu in Syrië."),
    ("nl", "Dank je wel voor hulp. Mijn rekening {IBAN}. Met groet, {NAME_FULL}"),
    ("nl", "Ge kunt mij altijd bellen op {PHONE_BE}, groetjes {NAME_FIRST}."),
    ("nl", "Ons adres is {ADDRESS}, {POSTCODE_BE} {town_be}; ge moogt de piano daar leveren."),
    ("nl", "Nummerplaat van de bestelwagen: {PLATE_ABROAD}, chauffeur {NAME_FULL}."),
    ("nl", "kenteken {PLATE} | geb.datum {DOB} | naam {NAME_CAPS}"),
    ("nl", "Opmerking: BSN {BSN} hoort niet bij geboortedatum {DOB} van {NAME_SURNAME}, nakijken."),
    ("nl", "Betaald met creditcard {CARD}, bon op naam van {NAME_INITIALS}."),
]
