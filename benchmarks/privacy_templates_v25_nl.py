"""Dutch templates of the `test_v25` split, first half: a golf club's member administration, a diving school, a
rowing club, a sauna and wellness resort, a foster-care agency, a food bank's intake desk and a sworn-translation
agency. The second half is in `privacy_templates_v25`, which exports the split and describes the labels. Written
by someone who never saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # golf club: Google Sheets rows pasted with tabs, LinkedIn messages
    "Naam\tLidnr\tHandicap\tMobiel\n{NAME_FULL}\t{CUSTOMER_NUMBER_GOLF}\t18,4\t{PHONE}",
    "Achternaam, voornaam\tGeboortedatum\tE-mail\n{NAME_SORTED}\t{DOB}\t{EMAIL}",
    "{NAME_SORTED}\t{CUSTOMER_NUMBER_GOLF}\t{ADDRESS}\t{POSTCODE}\t{city}\tjunior",
    "LinkedIn-bericht\nHoi, ik ben {NAME_FULL}, nieuw lid bij {golf}. Mijn NGF-nummer is {CUSTOMER_NUMBER_GOLF}, "
    "kun je mijn handicap overzetten?",
    "Contributie {year} voor lid {CUSTOMER_NUMBER_GOLF} wordt afgeschreven van {IBAN}, t.n.v. {NAME_INITIALS}.",
    "Greenfee-kaart gekocht met {CARD}, gast van {NAME_FULL_M} (lid sinds 2011).",
    "Caddie-auto van {NAME_SURNAME_M} staat op de invalidenplek, kenteken {PLATE}. Wie kent hem?",
    "Baanmeester {NAME_STAFF} meldt: bal door raam bij {ADDRESS}, bewoner {NAME_FULL} belt nog, {PHONE_LAND}.",
    # diving school: PDF form fields, Telegram group
    "Veld: Naam cursist\nWaarde: {NAME_FULL}\nVeld: Geboortedatum\nWaarde: {DOB}\nVeld: Brevetnummer\n"
    "Waarde: {CUSTOMER_NUMBER_DIVE}",
    "Voornaam: {NAME_FIRST}\nAchternaam: {NAME_SURNAME_AGAIN}\nTelefoon noodcontact: {PHONE}\nCursus: {course}",
    "Medische verklaring duiken: {NAME_FULL}, geb. {DOB}, huisarts dr. {NAME_DOCTOR}, astma: nee.",
    "Telegram — Duikgroep Zeeland\n{NAME_FIRST_F}: wie rijdt zaterdag? ik kan 2 man mee in de {PLATE}",
    "Telegram — Duikgroep Zeeland\n{NAME_FIRST_M}: zet m'n nummer maar in de lijst: {PHONE}",
    "Huurset (BCD, automaat) niet terug, cursist {CUSTOMER_NUMBER_DIVE}, borg {amount} van kaart {CARD}.",
    "Duikbrevet van {NAME_CHILD} (geb. {DOB_CHILD}), ouder {NAME_FULL}, mailadres {EMAIL}.",
    # rowing club: Trello cards
    "Trello kaart: Sleutel botenhuis\nBeschrijving: sleutel 7 uitgegeven aan {NAME_FULL}, lidnr "
    "{CUSTOMER_NUMBER_ROWING}\nLabel: ledenadmin",
    "Trello kaart: Opzegging\nBeschrijving: {NAME_DOUBLE} zegt op per {date}, laatste incasso van {IBAN}",
    "Trello kaart: Adreswijziging\nBeschrijving: {NAME_FULL} verhuisd naar {ADDRESS}, {POSTCODE} {city}",
    "Stuurbrevet gehaald: {NAME_FULL_SMALL} ({CUSTOMER_NUMBER_ROWING}), examinator {NAME_STAFF}.",
    "Trailer met de acht achter de {PLATE} van {NAME_FULL_M}, rijbewijs BE gecheckt.",
    # sauna resort: till receipts, out-of-office replies
    "KASSABON {sauna}\nDagentree 2x {amount}\nBetaald: creditcard {CARD}\nKlant: {NAME_FULL_CAPS}",
    "Abonnement {CUSTOMER_NUMBER_SAUNA} van {NAME_FULL} bevroren wegens zwangerschap tot {date}.",
    "Automatisch antwoord: Ik ben afwezig tot {date}. Voor spoed: {NAME_FULL}, {PHONE}. Met vriendelijke groet, "
    "{NAME_FULL}",
    "Re: Automatisch antwoord\nBeste, mijn partner {NAME_FULL_F} heeft haar ring in kluisje 214 laten liggen. "
    "Bel haar op {PHONE}.",
    "Verjaardagsarrangement: korting op geboortedag, {NAME_FULL}, geboren {DOB}, lidnummer {CUSTOMER_NUMBER_SAUNA}.",
    "Parkeerboete op terrein {sauna}: {PLATE}, bestuurder {NAME_INITIALS}, adres {ADDRESS}, {POSTCODE} {city}.",
    # foster care: speech-to-text dictation with disfluencies
    "dictaat: eh ja dus gesprek gehad met pleegmoeder {NAME_FULL_F} uhm op {ADDRESS} in {city} en eh het gaat "
    "goed met {NAME_CHILD}",
    "dictaat: pleegkind {NAME_CHILD} geboren eh {DOB_CHILD} uhm komt per {date} bij de familie {NAME_SURNAME} punt",
    "dictaat: moeder {NAME_FULL} eh belde vanaf {PHONE} uhm wil omgang op zaterdag, dossier {CUSTOMER_NUMBER_FOSTER}",
    "Pleegzorgvergoeding {month} naar {IBAN}, pleegouders {NAME_FULL} en {NAME_FULL}.",
    "Screening pleegouder: {NAME_FULL_M}, BSN {BSN}, geboren {DOB}, VOG aangevraagd op {date}.",
    "BSN pleegkind {BSN}, zorgverzekering nog op naam van biologische vader {NAME_FULL_M}.",
    # food bank: handwritten intake form via OCR, donations with 'omschrijving'
    "INTAKEFORMULIER (gescand)\nNaarn: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nGezinsleden: 4",
    "lntake {CUSTOMER_NUMBER_FOODBANK}: {NAME_FULL}, tel. {PHONE}, doorverwezen door schuldhulp, BSN {BSN}",
    "Geboortedata gezin: {NAME_FULL} {DOB}, kinderen {NAME_CHILD} {DOB_CHILD} en {NAME_CHILD} {DOB_CHILD}.",
    "Bij: {IBAN} {NAME_SORTED_CAPS} Omschrijving: gift voedselbank kerst",
    "Omschrijving: donatie {foodbank} namens {NAME_FULL}\nTegenrekening: {IBAN_PLAIN}",
    "Uitgiftepas {CUSTOMER_NUMBER_FOODBANK} verlopen; klant {NAME_SY} komt vrijdag met tolk, {PHONE}.",
    "Vrijwilliger {NAME_STAFF} haalt pakket op bij {ADDRESS} voor {NAME_FULL_ELDER}, die slecht ter been is.",
    # sworn-translation agency: Zendesk macros filled in, envelope address windows
    "Beste {NAME_FULL},\n\nBedankt voor uw aanvraag ({ticket}). De beëdigde vertaling van uw geboorteakte "
    "sturen wij naar {ADDRESS}, {POSTCODE} {city}.\n\nMet vriendelijke groet,\n{NAME_STAFF}",
    "Beste {NAME_FIRST},\n\nUw klantnummer is {CUSTOMER_NUMBER_TRANSLATE}. Betaal {amount} onder vermelding "
    "van {invoice}.",
    "Geboorteakte (Pools): {NAME_PL}, urodzony {DOB_FOREIGN}, ouders {NAME_PL} en {NAME_PL}.",
    "Vertaling diploma voor {NAME_ES}, geboren {DOB_FOREIGN}, spoed, mail naar {EMAIL}.",
    "{NAME_FULL_CAPS}\n{ADDRESS_CAPS}\n{POSTCODE} {city}",
    "Retour afzender: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Envelop onbestelbaar teruggekomen.",
    "Apostille nodig op akte van {NAME_IT}, geboren {DOB_FOREIGN}, klant {CUSTOMER_NUMBER_TRANSLATE}.",
    "Paspoortkopie voor beëdiging: {NAME_FULL}, BSN {BSN}, geldig tot 2031.",
    "Beste {NAME_FULL},\n\nWij hebben uw betaling met creditcard {CARD} ontvangen. De vertaling volgt per post.",
]
