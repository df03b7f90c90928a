"""Dutch templates of the `test_v11` split, first half: QA transcripts, IVR speech-to-text, reviews, app-store
reviews, NPS comments, bailiffs and lawyers, notaries and inheritance, storm-damage claims, toeslagen and child
benefit, student loans and landlord disputes. The second half is in `privacy_templates_v11`, which exports the
split. Written by someone who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # call-centre QA transcripts: '[' marks where two people talk at once, '=' a turn that runs on, '(.)' a pause
    "QA-fragment {ticket} (00:41)\nA: dan heb ik nog uw postcode nodig=\nK: =[{POSTCODE}\nA:  [ja, die heb ik al, "
    "dank u",
    "QA-fragment (01:12)\nK: het nummer is {PHONE_SPLIT_A} (.) [eh\nA:                       [ja\nK: {PHONE_SPLIT_B}\n"
    "Opmerking QA: agent herhaalt het nummer niet ter controle.",
    "QA-beoordeling: bij 02:15 praten klant en agent door elkaar ('[{NAME_FULL}]' / '[momentje graag]'); de naam "
    "wordt daarna niet meer bevestigd. Score verificatie 1/3.",
    "QA 3/5 – klant gaf de IBAN in twee stukken: '{IBAN_SPLIT_A}' <overlap A: 'ja?'> '{IBAN_SPLIT_B}'. Agent las "
    "hem niet terug.",
    "A: en op wiens naam staat de aansluiting?\nK: op die van [mijn schoonvader\nA:               [van u zelf?\n"
    "K: nee, van hem, {NAME_BB_M}, maar die is dement",
    "QA-notitie: klant zegt '[ik ben van {DOB}]' terwijl de agent nog de controlevraag stelt; telt als "
    "verificatie, maar agent had eerst moeten vragen.",
    "QA (04:02)\nK: ja dus {ADDRESS_LI} [in {city_li}\nA:                  [ja ja, ik zie het\nK: en dat al veertig "
    "jaar hoor",
    "Kalibratiesessie wk 7: fragment waarin {NAME_STAFF} en de klant tegelijk praten; klant noemt kenteken "
    "[{PLATE}] en agent verstaat het verkeerd.",
    # IVR speech-to-text: digits as words, misheard words, numerals left in
    'IVR-log {time} | stap: identificatie | herkend: "{CUSTOMER_NUMBER_WORDS}" | zekerheid {conf} | poging 2 van 3',
    "Spraakmenu: 'Zeg of toets uw klantnummer.' Beller: '{CUSTOMER_NUMBER_WORDS}' → geen match, doorgezet naar "
    "wachtrij Facturen.",
    "IVR-transcriptie: 'ja eh mijn mobiele nummer is {PHONE_WORDS} maar ik bel nu met de vaste'",
    "IVR stap geboortedatum, herkend: '{DOB_WORDS}' (zekerheid {conf}) – ongeldige datum, opnieuw gevraagd.",
    "IVR: Zegt u uw postcode maar.\nBeller: {POSTCODE_WORDS}\nIVR: Ik verstond {POSTCODE}. Klopt dat?\nBeller: nee!",
    "Spraakherkenning kenteken: '{PLATE_WORDS}' (zekerheid {conf}); koppelen aan de polis mislukt.",
    "ASR-ruw, wachtrij Blokkeren: 'ik wil mijn creditcard blokkeren het nummer is {CARD_WORDS} ja'",
    "IVR stap BSN: '{BSN_WORDS}' – elfproef mislukt, beller doorverbonden met een medewerker.",
    "IVR rekeningnummer herkend: '{IBAN_WORDS}' | status: niet gevalideerd",
    "ASR-ruw: 'goedemiddag u spreekt met {NAME_ASR} en ik bel voor de storing in de wijk'",
    "ASR-ruw: 'de bevestiging mag naar {EMAIL_ASR} alles aan elkaar'",
    "ASR-ruw: 'ik woon op de {ADDRESS_WORDS} in {city_bb} dat is bij de kerk'",
    "Voicebot-log: intent=adres_wijzigen, entiteit postcode='{POSTCODE_WORDS}', entiteit huisnummer=onbekend",
    # review sites, with the company's reply
    "★★☆☆☆ 'Borg na drie maanden nog niet terug' — klant uit {city_li}\nReactie van {webshop}: Hoi "
    "{NAME_FIRST}, dat is niet de bedoeling. We bellen je vandaag nog op {PHONE}.",
    "Geverifieerde review · 1/5 · {NAME_INITIALS} · 'Pakket afgeleverd op {ADDRESS}, maar daar woon ik al twee "
    "jaar niet meer. Adres drie keer aangepast.'",
    "{review_site} · 5 sterren · 'Eindelijk iemand die luistert: {NAME_STAFF} zag meteen dat mijn postcode "
    "{POSTCODE_FY} bij jullie op de verkeerde plaats stond.' — {NAME_FY}",
    "Review van {NAME_FULL}: 'Klantnummer {CUSTOMER_NUMBER}, zoek het maar op. Vier keer beloofd terug te bellen, "
    "nul keer gedaan.'",
    "Reactie van de webwinkel op {review_site}: Beste mevrouw {NAME_SURNAME_F}, uw terugbetaling staat klaar op "
    "{IBAN}; excuses voor het wachten.",
    # app-store reviews
    "App Store · 1 ster · 'Inloggen met {EMAIL} lukt sinds versie {version} niet meer.'\nReactie ontwikkelaar: "
    "Hoi {NAME_FIRST_SAME}, stuur ons even een DM, dan kijken we mee.",
    "Google Play · ★☆☆☆☆ · {NAME_FULL} · 'App vraagt steeds opnieuw mijn pasnummer {CARD} en crasht daarna.'",
    "Play Store-review van {NAME_LOWER}: klantenkaart {CUSTOMER_NUMBER_LOYALTY} wordt niet herkend, al mijn punten "
    "weg na de update",
    "★★★★☆ in de App Store: 'Fijne app, maar waarom moet ik bij elke bestelling mijn geboortedatum ({DOB}) "
    "opnieuw invullen?'",
    # NPS survey free text
    "NPS 2 · Toelichting: 'Vier keer mijn BSN ({BSN}) moeten geven en nog steeds niks geregeld.'",
    "NPS 9 – 'Fijn dat {NAME_STAFF} me precies om {time} terugbelde op {PHONE_LAND}, zoals afgesproken.'",
    "NPS 0 – 'Mijn moeder, {NAME_ID}, krijgt nog steeds post op de {ADDRESS} terwijl ze al een jaar in het "
    "verpleeghuis woont.'",
    "NPS 6 · Wat kan beter? 'Dat ik niet elke keer mijn kenteken {PLATE} hoef te spellen.'",
    # bailiffs and lawyers
    "EXPLOOT\nHeden, {date_long}, heb ik, {NAME_INITIALS}, gerechtsdeurwaarder te {city_bb}, betekend aan "
    "{NAME_DEED}, geboren op {DOB}, wonende {ADDRESS_BB}, {POSTCODE_BB} {city_bb}.",
    "Aanzegging loonbeslag – debiteur: {NAME_CAPS}, BSN {BSN}, debiteurnummer {CUSTOMER_NUMBER_DEBTOR}. De "
    "werkgever wordt verzocht de beslagvrije voet te respecteren.",
    "Klant belt n.a.v. brief deurwaarder: beslag op rekening {IBAN}, terwijl de regeling gewoon loopt. Wil "
    "schriftelijke bevestiging naar {EMAIL}.",
    "Geachte heer, mevrouw,\n\nIk sta {NAME_FULL}, wonende aan de {ADDRESS}, bij in het geschil over de "
    "eindafrekening van {date}. Ik verzoek u alle correspondentie aan mij te richten.",
    "Betekening vonnis aan {NAME_CAPS} niet gelukt: volgens de buren vertrokken naar {ADDRESS_BE}, {POSTCODE_BE} "
    "{city_be}.",
    "De deurwaarder vraagt de geboortedatum van de debiteur ter controle van het BRP; klant {NAME_SURNAME} "
    "geeft {DOB} op.",
    # notaries and inheritance
    "Verklaring van erfrecht\nNalatenschap van wijlen {NAME_DEED}, geboren te {city_fy} op {DOB_ELDER}, laatst "
    "gewoond hebbende aan de {ADDRESS_FY} te {city_fy}.",
    "Het tegoed van mijn overleden vader graag storten op de boedelrekening {IBAN}, ten name van erven {NAME_SURNAME}.",
    "Kandidaat-notaris {NAME_INITIALS} vraagt om klantnummer {CUSTOMER_NUMBER} van wijlen de heer {NAME_SURNAME} "
    "te blokkeren tot de verdeling rond is.",
    "Het {NAME_SURNAME}-dossier: testament ligt bij de notaris, executeur is de oudste dochter; {NAME_FIRST_F} d'r "
    "nummer is {PHONE}.",
    "Executeur {NAME_FULL_M} zegt de abonnementen van zijn overleden tante op; de akte komt van het notariskantoor, "
    "{EMAIL_NOTARY}.",
    "Ik ben de enige erfgenaam van mijn oom ({DOB_ELDER}), hij woonde op {ADDRESS_LI}; wat moet ik met zijn "
    "auto, kenteken {PLATE}?",
    # storm damage
    "Schademelding na storm {storm}: dakpannen van {ADDRESS_FY} in {city_fy} op de auto van de buren ({PLATE}) "
    "gewaaid. Polisnummer {CUSTOMER_NUMBER_POLICY}.",
    "Expert {NAME_LI} komt dinsdag naar de omgewaaide schutting kijken en belt vooraf vanaf {PHONE}.",
    "Stormschade {storm}: boom op de carport bij {ADDRESS}, {POSTCODE}. Uitkering graag op {IBAN}.",
    "Schadenummer {claim} – verzekerde {NAME_FULL} stuurt de foto's van het dak vanaf {EMAIL}.",
    "Na storm {storm} lekt het dak; huurdersnummer {CUSTOMER_NUMBER_TENANT}, noodreparatie gevraagd, bel {PHONE_BB}.",
    "De caravan met kenteken {PLATE} is bij storm {storm} omgewaaid op de camping in {city_fy}; verzekerde "
    "{NAME_FY}, geboren {DOB}.",
    # toeslagen, child benefit
    "Kinderbijslag voor {NAME_CHILD}, geboren {DOB_CHILD}, BSN {BSN}: volgens de SVB ontbreekt de aanvraag nog.",
    "Mijn toeslagpartner, {NAME_FULL}, staat nog ingeschreven op {ADDRESS}; daardoor vordert de Belastingdienst de "
    "huurtoeslag terug.",
    "Kinderopvangtoeslag gaat naar de verkeerde rekening, het moet {IBAN} zijn. BSN aanvrager {BSN}.",
    "Zorgtoeslag stopgezet sinds ik verhuisd ben naar {ADDRESS_LOWER}, maar ik woon er echt alleen.",
    "De {NAME_SURNAME}-aanvraag voor kinderopvangtoeslag is afgewezen omdat BSN {BSN} niet bij de partner zou horen.",
    "Voor de tweeling ({NAME_CHILD} en {NAME_CHILD}, geboren {DOB_CHILD}) krijgen we maar één keer kinderbijslag.",
    "Schade-expert {NAME_FULL} wil de offerte van de dakdekker per mail, naar {EMAIL_CLAIMS_SAME}.",
    # student loans
    "DUO: mijn studieschuld wordt nog afgeschreven van {IBAN}, maar die rekening is al opgeheven. BSN {BSN}.",
    "Namens mijn zoon {NAME_FULL_M} (geboren {DOB_YOUNG}): hij wil een aflossingsvrije periode, maar DUO stuurt "
    "alles naar {EMAIL_SAME}.",
    "Studiefinanciering stopgezet: ik sta niet meer ingeschreven op {ADDRESS}, {POSTCODE_LI}, maar woon daar nog "
    "gewoon.",
    "Mijn studentenreisproduct staat nog op de oude ov-kaart, op naam van {NAME_FULL}, geboren {DOB_YOUNG}.",
    # landlord disputes
    "Verhuurder {NAME_FULL} weigert de borg terug te storten op {IBAN}, terwijl {ADDRESS} gewoon schoon is opgeleverd.",
    "Huurcommissie: huurdersnummer {CUSTOMER_NUMBER_TENANT}, huurder {NAME_CW}, woning {ADDRESS}, {POSTCODE}.",
    "De zoon van de verhuurder, {NAME_FIRST_M}, komt zonder aankondiging binnen met z'n eigen sleutel.",
    "Onze huisbaas, meneer {NAME_SURNAME}, wil de huur contant; zijn nummer is {PHONE}, maar hij neemt nooit op.",
    # more cards, plates and BSNs in the same frames
    "De creditcard van wijlen mijn moeder ({CARD}) loopt nog door; graag opzeggen, de notaris heeft de akte.",
    "Ik heb op een nep-site van {bank_brand} mijn kaartnummer {CARD} ingevuld. Wat moet ik nu doen?",
    "IVR stap kaartnummer: '{CARD_WORDS}' – beller viel weg tijdens de wachtmuziek.",
    "★☆☆☆☆ Google Play: 'Betalen met de telefoon weigert kaart {CARD} sinds de update.' — {NAME_FIRST}",
    "KL meldt fraude, kaart {CARD} geblokkeerd, chargeback gestart, CB volgt z.s.m.",
    "Hotelkosten door de vertraagde vlucht {flight} betaald met {CARD}; bonnetjes zitten in de bijlage.",
    "Boom op onze auto ({PLATE}) voor de deur van {ADDRESS}, {POSTCODE}; gebeurd tijdens storm {storm}.",
    "Mijn vader (88) mag niet meer rijden; de auto met kenteken {PLATE} moet van de polis af.",
    "Auto verkocht via {marketplace}, maar de koper heeft kenteken {PLATE} nog steeds niet overgeschreven.",
    "Mijn Belgische nummerplaat {PLATE_BE} wordt niet herkend door jullie parkeerapp.",
    "Beller: 'kenteken {PLATE_WORDS}'\nIVR: 'Sorry, dat heb ik niet goed verstaan.'",
    "KL ivm parkeervergunning: kenteken {PLATE} gekoppeld, oude plaat {PLATE_DE} verwijderd, bev. per mail.",
    "Voor de aangifte erfbelasting heeft de notaris het BSN van mijn overleden vader nodig: {BSN}.",
    "Buurvrouw leest voor van de zorgpas van meneer: BSN {BSN}, geboren {DOB_ELDER}.",
    "Onze verhuurder vraagt mijn BSN ({BSN}) voor het huurcontract, mag dat zomaar?",
    "Ik woon in {city_be} maar werk in {city_li}: BSN {BSN}, rijksregisternummer {BSN_BE}.",
    "DUO-lijn, spraakherkenning: 'mijn burgerservicenummer is {BSN_WORDS}' – doorverbonden.",
]
