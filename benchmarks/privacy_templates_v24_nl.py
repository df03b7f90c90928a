"""Dutch templates of the `test_v24` split, first half: a hospital's sleep clinic, a hot-air balloon operator, a
home charge-point installer with its charge card, a service importing used cars from Germany, an airport
valet-parking firm, a domain registrar and web host, an indoor playground's birthday parties, a scouting group and
a carnival association. The second half is in `privacy_templates_v24`, which exports the split and describes the
labels. Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # sleep clinic: fax cover sheets, Outlook invites, scanned forms with checkboxes
    "FAX\nAan: {sleep}\nVan: Huisartsenpraktijk De Linde, dr. {NAME_DOCTOR}\nBetreft: verwijzing {NAME_REGISTER}, "
    "geb. {DOB}\nAantal pagina's: 3",
    "Verwijzing slaapapneu: patiënt {NAME_FULL}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}. Graag poli KNO.",
    "Onderwerp: Slaaponderzoek thuis - {NAME_FULL}\nLocatie: {sleep}, balie 2\nBegin: {date} 19:30\n"
    "Deelnemers: {NAME_STAFF}; {NAME_STAFF}",
    "[x] dhr.  [ ] mevr.\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nPatiëntnummer: {CUSTOMER_NUMBER_PATIENT}\n"
    "[x] Ik snurk  [ ] Ik werk in ploegendienst",
    "Apparatuur (CPAP) niet teruggebracht door patiënt {CUSTOMER_NUMBER_PATIENT}, bellen naar {PHONE} of {PHONE_LAND}.",
    "Patiënt vraagt uitslag niet naar {ADDRESS} te sturen maar naar haar dochter {NAME_FULL_F}, {EMAIL}.",
    "Terugbelverzoek: mevrouw {NAME_SURNAME_F}, geboren {DOB_ELDER}, vraagt of ze haar slaappillen mag blijven nemen.",
    "Slaapdagboek van {NAME_CHILD} (geb. {DOB_CHILD}), moeder {NAME_MARRIED} heeft het ondertekend.",
    # hot-air balloon operator: Instagram DMs, vouchers
    "Instagram DM\nhoi! ik heb een ballonvaart cadeau gekregen van mijn collega's, voucher staat op naam van "
    "{NAME_FULL}, kan ik die omzetten naar mijn vriend {NAME_FULL_M}?",
    "Instagram DM\nwanneer gaan jullie weer vanaf {city}?? mijn nummer is {PHONE}, app maar. groetjes {NAME_FIRST_F}",
    "Passagierslijst {balloon} {date}:\n- {NAME_FULL} (gewicht 82 kg)\n- {NAME_FULL} (gewicht 64 kg)\n"
    "- {NAME_FULL_SMALL}",
    "Ophalen na de landing: volgauto {PLATE}, chauffeur {NAME_STAFF}, passagiers terug naar {ADDRESS}.",
    "Vaart geannuleerd wegens wind. Restitutie {amount} op {IBAN} t.n.v. {NAME_INITIALS}.",
    "Klantnummer {CUSTOMER_NUMBER_BALLOON}, vaart verzet naar {date}, bevestiging graag naar {EMAIL_PLUS}.",
    "Landing in weiland van boer {NAME_FULL_M}, {ADDRESS}, {POSTCODE} {city}: fles wijn als dank gebracht.",
    # home charge point and charge card: app error logs, SMS
    "ERROR 2026-03-09T07:12:44Z laadpas-koppeling mislukt: contract={CUSTOMER_NUMBER_CHARGE} "
    "kenteken={PLATE} email={EMAIL} ({request})",
    "Installatieadres laadpaal {charger}: {ADDRESS}, {POSTCODE} {city}, meterkast in de garage. Klant {NAME_FULL}.",
    "Laadsessies worden verrekend met de werkgever, maar de vergoeding moet naar {IBAN}, op naam van {NAME_FULL}.",
    "Monteur {NAME_STAFF} meldt: klant {NAME_SURNAME_M} niet thuis, auto {PLATE} stond er wel. Bel {PHONE}.",
    "WARN sessie {request}: kaart {CARD} geweigerd voor ad-hoc laden, gebruiker {EMAIL}",
    "Contractnummer {CUSTOMER_NUMBER_CHARGE}; nieuwe leaseauto {PLATE} vanaf {date}, oude auto {PLATE} eraf halen.",
    # importing a used car from Germany: PDF-to-text with broken columns
    "Koper                              Voertuig\n{NAME_FULL}                  VW Golf 1.5 eTSI\n{ADDRESS}"
    "           Duits kenteken {PLATE_DE}\n{POSTCODE}  {city}         Dossier {CUSTOMER_NUMBER_IMPORT}",
    "Na de RDW-keuring krijgt de auto kenteken {PLATE}. Tenaamstelling op {NAME_FULL}, BSN {BSN}.",
    "BPM-aangifte voor {NAME_INITIALS}, geboren {DOB}, {ADDRESS}, {POSTCODE} {city}.",
    "Verkoper in Duitsland: {NAME_DE}, {ADDRESS_DE}, {POSTCODE_DE} Kleve, Tel. {PHONE_DE}.",
    "Aanbetaling ontvangen van {IBAN}, restant {amount} met {CARD} bij aflevering. Dossier {CUSTOMER_NUMBER_IMPORT}",
    "Exportkenteken {PLATE_DE} verloopt {date}, klant {NAME_FULL} wil de auto voor die tijd ophalen.",
    # airport valet parking: SMS gateway and 2FA logs
    '2026-04-02 05:41:07 sms.out to={PHONE_LOG} text="Uw code is 482913" status=DELIVERED',
    '2026-04-02 05:43:55 sms.out to={PHONE_LOG} text="Chauffeur {NAME_STAFF} staat klaar bij vertrekhal 2" '
    "status=FAILED",
    "Valet: {NAME_FULL}, vlucht {flight}, auto {PLATE}, sleutel 114. Klantaccount {CUSTOMER_NUMBER_VALET}.",
    "Schade aan de {PLATE} na het parkeren, klant {NAME_FULL} stuurde foto's van {EMAIL}.",
    "Auto van {NAME_FULL_M} ({PLATE}) terugbrengen bij aankomst {flight}, hij belt vanaf {PHONE_UK}.",
    "Betaald met {CARD}, maar klant {CUSTOMER_NUMBER_VALET} wil factuur op naam van zijn vrouw {NAME_FULL_F}.",
    # domain registrar and web host: WHOIS records
    "Registrant Name: {NAME_FULL}\nRegistrant Street: {ADDRESS}\nRegistrant Postal Code: {POSTCODE}\n"
    "Registrant Phone: {PHONE_WHOIS}\nRegistrant Email: {EMAIL}",
    "Registrant ID: {CUSTOMER_NUMBER_DOMAIN}\nRegistrant Name: {NAME_REGISTER}\nRegistrant City: {city}",
    "Verhuisverzoek domein: houder {NAME_FULL} wil naar ons verhuizen, klanthandle {CUSTOMER_NUMBER_DOMAIN}, "
    "verificatie via {PHONE}.",
    "Hostingpakket opgezegd door {NAME_FULL}, restitutie naar {IBAN}, {invoice}.",
    "Account gekaapt? Inlog-e-mail gewijzigd van {EMAIL} naar {EMAIL}, klant {CUSTOMER_NUMBER_DOMAIN} belt woedend.",
    "Identiteitscheck houder: {NAME_FULL}, geboren {DOB}, BSN afgeschermd op kopie paspoort.",
    # indoor playground birthday parties: Google Forms exports
    "Tijdstempel\tNaam jarige\tGeboortedatum\tOuder\tTelefoon\n2026-02-03 19:22:10\t{NAME_CHILD}\t{DOB_CHILD}\t"
    "{NAME_FULL}\t{PHONE}",
    "Kinderfeestje {playground} {date}: jarige {NAME_CHILD}, 8 kindjes, contact {NAME_FULL}, {EMAIL}.",
    "Allergie-formulier: {NAME_CHILD}, geb. {DOB_CHILD}, pinda-allergie, noodnummer vader {PHONE}.",
    "Betaald {amount} met {CARD}, bevestiging kwam niet aan op {EMAIL_HIDDEN}.",
    # scouting group: scanned forms with checkboxes, member lists
    "Inschrijfformulier {scouting}\n[x] Welpen  [ ] Scouts\nNaam lid: {NAME_CHILD}\nGeboortedatum: {DOB_CHILD}\n"
    "Lidnummer Scouting NL: {CUSTOMER_NUMBER_SCOUTING}\nOuder/verzorger: {NAME_FULL}",
    "☒ Ik machtig {scouting} om de contributie af te schrijven van IBAN {IBAN}\nHandtekening: {NAME_INITIALS}",
    "Kampadres zomerkamp: {ADDRESS}, {POSTCODE} {city}. Kampleiding bereikbaar op {PHONE}.",
    "Leiding: {NAME_FULL} (Akela), {NAME_FULL} (Baloe), VOG aangevraagd voor {NAME_FULL}.",
    "Lid {CUSTOMER_NUMBER_SCOUTING} overgeschreven naar de Explorers, nieuwe mail ouders {EMAIL}.",
    # carnival association
    "Nieuwe leden {carnival}: {NAME_LI} ({DOB}), {NAME_LI} ({DOB}), beiden {ADDRESS}, {city}.",
    "Prins Carnaval {year}: {NAME_LI}, adjudant {NAME_LI}. Niet doorvertellen vóór {date}!",
    "Contributie raad van elf: {amount} van {IBAN}, lid {CUSTOMER_NUMBER_CARNIVAL}.",
    "Optocht: wagen op aanhanger {PLATE}, eigenaar trekker {NAME_FULL_M}, {PHONE}, verzekering gecheckt.",
    "Sleutel van de bouwhal ligt bij {NAME_FULL}, {ADDRESS}. Bellen op {PHONE_LAND}, niet na tienen.",
    # further notes in these frames
    "Terugbelnotitie slaapcentrum: {NAME_FULL}, {PHONE}, wil uitslag polysomnografie, geboren {DOB}.",
    "Passagier {NAME_FULL} (geb. {DOB}) mag niet mee wegens zwangerschap, omboeken naar {date}.",
    "Slimme meter op naam van {NAME_MARRIED}, laadpaal op {ADDRESS}, contract {CUSTOMER_NUMBER_CHARGE}.",
    "2026-04-02 05:44:10 otp.verify user={EMAIL} code=****** result=OK klant={CUSTOMER_NUMBER_VALET}",
    "Registrant Email: {EMAIL_WORK}\nAdmin-C: {NAME_FULL}\nTech-C: {registrar} hostmaster",
    "Kinderfeestje: {NAME_CHILD} wordt 7, ouders {NAME_FULL} en {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Kampformulier: {NAME_CHILD}, geb. {DOB_CHILD}, huisarts dr. {NAME_DOCTOR}, noodnummer {PHONE}.",
    "Kaartverkoop pronkzitting: {NAME_FULL_SMALL}, {EMAIL}, 4 kaarten, betaald van {IBAN}.",
]
