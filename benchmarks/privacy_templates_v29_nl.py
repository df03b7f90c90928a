"""Dutch templates of the `test_v29` split, first half: a riding school with livery stable, a dance school and a
karting track. The second half is in `privacy_templates_v29`, which exports the split and describes the labels.
Written by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # riding school and livery stable: lesson cards, livery contracts, Calendly bookings, Viber
    "Calendly — nieuwe boeking\nEvenement: proefles dressuur (45 min)\nUitgenodigde: {NAME_FULL}\n"
    "E-mail uitgenodigde: {EMAIL}\nTelefoon: {PHONE}\nWanneer: {weekday} {time}",
    "Calendly: {NAME} heeft de proefles van {date} geannuleerd. Reden: 'paard van buurvrouw ziek'.",
    "Pensioncontract {CUSTOMER_NUMBER_RIDE}\nEigenaar paard: {NAME_REG}\nAdres: {ADDRESS}\n{POSTCODE} {city}\n"
    "Paard: {horse} (merrie)\nStalling: {amount} per maand, incasso van {IBAN}",
    "Viber 18:02 — hoi met {NAME_FIRST_F}, {horse} loopt kreupel, kan de hoefsmid morgen? mijn nummer is {PHONE}",
    "Rittenkaart lesklant {CUSTOMER_NUMBER_RIDE}: {NAME_FULL}, nog 3 lessen over, geldig tot {date}.",
    "Ouder {NAME_F} meldt dochter {NAME_FIRST_F} (geb. {DOB_YOUNG}) aan voor ponykamp, allergie: hooikoorts.",
    "Zoho Desk {ticket}\nVan: {EMAIL}\nOnderwerp: opzeggen pension\nBericht: Hierbij zeg ik, {NAME_FULL}, het "
    "pension van {horse} op per {date}. Lidnummer {CUSTOMER_NUMBER_RIDE}.",
    "Trailer met kenteken {PLATE} stond de hele week op het erf; eigenaar {NAME_INIT} gebeld op {PHONE_FIXED}.",
    "Paardenpaspoort-check: eigenaar {NAME_FULL}, geboren {DOB}, UELN genoteerd, chip gelezen.",
    "Mollie {mollie}: lesgeld {amount} betaald met creditcard {CARD} door {NAME_CAPS}.",
    "Aircall {aircall}, inkomend, 3:12 min\nNotitie: mevr. {NAME_LAST} wil van groepsles naar privéles, "
    "terugbellen {PHONE}",
    "Inschrijfformulier (handgeschreven, gescand)\nNaarn: {NAME_FULL}\nGeb.datum: {DOB}\nAdres: {ADDRESS}, "
    "{POSTCODE}\nNood-tel: {PHONE}",
    "Stalhulp {NAME_FIRST} heeft sleutel zadelkamer; reservesleutel bij {NAME_FULL}, {ADDRESS}.",
    # dance school: member forms, wedding dances, Teams captions, Mailchimp
    "Jotform {jotform}\nNaam bruid: {NAME_F}\nNaam bruidegom: {NAME_M}\nTrouwdatum: {date}\n"
    "Openingsdans: {dance}\nTelefoon: {PHONE}",
    "Ledenadministratie dansschool: {NAME_FULL} (lid {CUSTOMER_NUMBER_DANCE}) stopt met {dance}; incasso op {IBAN} "
    "stopzetten.",
    "Mailchimp bounce: {EMAIL} (hard bounce, mailbox bestaat niet) — lid {NAME_LOWER}, nummer {CUSTOMER_NUMBER_DANCE}.",
    "Mailchimp afmelding: {EMAIL} wil geen nieuwsbrief van {dance_school} meer.",
    "Teams-ondertiteling [00:03:41] {NAME_FULL}: ja uhm dus de leerling heet {NAME_FULL} en die is geboren op "
    "{DOB_YOUNG}, klopt dat?",
    "Teams-ondertiteling [00:07:12] Docent: dan zet ik {NAME_FIRST} en {NAME_FIRST} bij het gevorderde {dance}-uur.",
    "Jeugdlid {NAME_FULL}, geb. {DOB_YOUNG}, wedstrijdlicentie aangevraagd; ouder: {NAME_F}, {EMAIL}.",
    "Opzegging per brief van {NAME_CAPS}\n{ADDRESS}\n{POSTCODE}  {city}\nLidnummer {CUSTOMER_NUMBER_DANCE}",
    "Kaart niet geaccepteerd bij inschrijving, klant leest voor: {CARD_SAID}, op naam van {NAME_FULL}.",
    "DocuSign {docusign} — lescontract getekend door {NAME_FULL} ({EMAIL}) en door de school.",
    "Zoho Desk {ticket}: {NAME_FIRST} vraagt of haar partner {NAME_M} kan invallen bij de salsales.",
    # karting track: waivers, group events, licences, incidents
    "Vrijwaringsformulier kartbaan\nNaam: {NAME_FULL}\nGeboortedatum: {DOB}\nNoodcontact: {NAME_FULL}, {PHONE}\n"
    "Handtekening: ✓",
    "Vrijwaring minderjarige: {NAME_FULL} ({DOB_YOUNG}), toestemming ouder {NAME_INIT}, tel. {PHONE}.",
    "Bedrijfsuitje 24 personen, contactpersoon {NAME_FULL} ({EMAIL}), factuur met {invoice}, klantnr. "
    "{CUSTOMER_NUMBER_KART}.",
    "Incidentrapport baan 2: {NAME_FULL} (racelicentie {CUSTOMER_NUMBER_KART}) raakte de bandenstapel, EHBO "
    "verleend, geen letsel.",
    "Parkeerplaats: auto met kenteken {PLATE} blokkeert de uitgang; eigenaar {NAME_FIRST} omroepen.",
    "Aircall {aircall}, gemist\nVoicemail (transcriptie): hallo u spreekt met {NAME_FULL} eh ik bel over de "
    "cadeaubon, mijn nummer is {PHONE_SAID}",
    "Loyaliteitsaccount {CUSTOMER_NUMBER_KART}: e-mail gewijzigd naar {EMAIL} door {NAME_LOWER}.",
    "Verjaardagsfeestje {NAME_FIRST} (geb. {DOB_YOUNG}), moeder {NAME_F} betaalt {amount} vooraf op {IBAN}.",
    "Gevonden voorwerp: portemonnee met rijbewijs van {NAME_FULL}, geboren {DOB}, ligt bij de receptie.",
    "Viber 21:14 — {NAME_FIRST}: hee wij komen met de bus {PLATE} en die is hoger dan 2,10 m, kan dat op jullie "
    "terrein?",
]
