"""Dutch and Flemish templates of test_v114: housing allowance, driving licence renewals, solar lease buy-outs,
children's orthodontics, airport lost property, farm shop subscriptions, laundries, coffee machine leases, phone
insurance and sailing club berths, in Intercom conversations with internal notes, LINE and KakaoTalk, Teams meeting
chats, scanned court letters, semicolon CSV exports, WebVTT subtitles and typed-up complaint cards, written by
Belgian Limburg, Brussels, Aruban and Curaçaoan Dutch speakers and others."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- municipal housing allowance
    "Gesprek #{conv} · Inbox Werk & Inkomen\n{NAME_FULL}: ik heb de {allowance} aangevraagd maar hoor niks\n{fin}: Ik "
    "zoek het voor je op. Wat is je dossiernummer?\nKlant: {CUSTOMER_NUMBER_ALLOWANCE}\n🔒 Interne notitie van "
    "{NAME_FIRST}: "
    "BSN klant {BSN}, loopt via {team}.",
    "[{time}] {NAME_REVERSED}\nKan iemand kijken naar de aanvraag van {NAME_INITIALS}? Huur gaat naar {IBAN_NL} maar "
    "de verhuurder zegt dat dat rekeningnummer niet klopt\n[{time}] {NAME_REVERSED}\nik pak hem op 👍",
    "RECHTBANK L1MBURG\nBestuursrecht\nzaaknummer: {zaak_bestuur}\n\nuitspraak van de enkelvoudige kamer van {date} "
    "in de zaak tussen\n\n{NAME_INITIALS}, uit {town}, eiser,\n\nen\n\nhet college van burgemeester en wethouders "
    "van {gemeente}, verweerder.\n— pagina 1 van {pages} —",
    'Klachtkaartje balie Stadswinkel (handgeschreven, overgetypt door receptie):\n"al 3 maanden geen toeslag!! '
    'niemand belt terug"\nnaam: {NAME_CARD}\ntel: {PHONE_CARD}\nadres: {ADDRESS}',
    "dossier;naam;bsn;iban;bedrag;status\n{CUSTOMER_NUMBER_ALLOWANCE};{NAME_FULL};{BSN};{IBAN_NL};{amount_csv_small};"
    "toegekend",
    "Bonjour, ik heb de huurtoelage aangevraagd in januari mais rien, nog altijd niks. Mijn rijksregisternummer is "
    "{BSN_BE}, ik woon {ADDRESS_BX}, {POSTCODE_BX} {town_bx}. Merci hein.",
    "Allei, ik heb die huurpremie aangevraagd en nog altijd niks gehad hé. Ik woon op de {ADDRESS_LI} in "
    "{town_li}, rekening {IBAN_BE}. Kunde da ne keer nakijken?",
    "Bon dia, mi ta {NAME_AC}. Ik woon nu in {town} en ik wil {allowance} aanvragen, ma nan ta pidi mijn BSN: "
    "{BSN}. Is dat veilig via de chat? Danki",
    "WEBVTT\n\n{vtt}\n<v Consulent>Dan heb ik nog uw geboortedatum nodig.\n\n{vtt2}\n<v {NAME_FULL}>Dat is "
    "{DOB_SPOKEN}.",
    "postcode;naam;geboortedatum;toeslag_pm;besluit\n{POSTCODE};{NAME_LOWER};{DOB};{amount_csv_small};{date_num}",
    "Klachtkaartje balie Werk & Inkomen (handgeschreven, overgetypt):\n'Formulier woonkosten 2x kwijtgeraakt!!'\n"
    "BSN: {BSN_CARD}\nnaam: {NAME_CARD}",
    "[{time}] {NAME_REVERSED}\nmevrouw {NAME_SURNAME} belt voor de derde keer over haar {allowance}, wie heeft het "
    "dossier? mail graag naar {EMAIL_WORK}",
    # ---- driving licence renewals
    "Gesprek #{conv} · Inbox Rijbewijzen\n{NAME_FULL}: mijn rijbewijs verloopt op {date}, moet ik opnieuw op de "
    "foto?\n{fin}: Dat hangt ervan af. Wat is je geboortedatum?\nKlant: {DOB_SENIOR}\n🔒 Interne notitie van "
    "{NAME_FIRST}: 75+, "
    "eerst Gezondheidsverklaring bij CBR, mail naar {EMAIL}",
    "[{day_short} {time}] {NAME_REVERSED}: heeft iemand rijbewijsnummer {CUSTOMER_NUMBER_LICENCE} al door de "
    "RDW-check gehaald? mevrouw staat nog aan balie 4",
    "Dag, ik moet mijn rijbewijs vernieuwen want het is al tien jaar oud. Moet da in Genk of mag da ook in "
    "{town_li}? Mijn rijksregisternummer: {BSN_BE}. Groetjes {NAME_BE}",
    "Bonjour, ik heb mijn nieuw rijbewijs nog nie ontvangen, ça fait trois semaines. Naam: {NAME_BE}, né le "
    "{DOB_BE}, gsm {PHONE_BE}.",
    "Bon tardi, mi ta bai verhuis na Hulanda. Kan ik mijn Arubaans rijbewijs omwisselen? Mijn nummer hier is "
    "{PHONE_AW}, mijn auto met plaat {PLATE_AW} heb ik al verkocht.",
    "WEBVTT\n\n{vtt}\n<v Baliemedewerker>Mag ik uw burgerservicenummer?\n\n{vtt2}\n<v Klant>Ja. {BSN_SPOKEN}.",
    "[kaartje uit de ideeënbus bij Burgerzaken, overgetypt]\nWachten voor rijbewijs duurt te lang, 1,5 uur!!\n"
    "{NAME_CARD}, geb. {DOB_CARD}",
    "volgnr;naam;geboortedatum;rijbewijsnr;categorie;afhalen\n{row};{NAME_CAPS};{DOB};{CUSTOMER_NUMBER_LICENCE};"
    "{licence_cat};{date_num}",
    "Bon dia, ik heb mijn rijbewijs gehaald op Curaçao en woon nu in {town}. Geboren {DOB}, BSN {BSN}. Mi mester "
    "hasi examen atrobe?",
    "[LINE] Chatgeschiedenis met Gemeente {gemeente}\nOpgeslagen op: {line_date}\n\n{line_day}\n{time}\t"
    "{NAME_JP}\tgoedemiddag, ik wil mijn Japans rijbewijs omwisselen. ik woon {ADDRESS}, {POSTCODE} {town}",
    "WEBVTT\n\n{vtt}\n<v Baliemedewerker>Hoe spelt u uw achternaam?\n\n{vtt2}\n<v Klant>{NAME_SPELLED}, en mijn "
    "nummer is {PHONE_SPOKEN}.",
    # ---- solar lease buy-outs
    "contractnr;klant;adres;postcode;afkoopsom;iban\n{CUSTOMER_NUMBER_LEASE};{NAME_INITIALS};{ADDRESS};{POSTCODE};"
    "{amount_csv_big};{IBAN_NL}",
    "Gesprek #{conv} · Inbox Zonnepanelen Lease\n{NAME_FULL}: ik wil de panelen afkopen, wat kost dat?\n{fin}: Ik "
    "heb je contractnummer nodig.\nKlant: {CUSTOMER_NUMBER_LEASE}\n🔒 Interne notitie van {NAME_FIRST}: klant belt "
    "ook via "
    "{PHONE}, afkoopsom {price_big} gemaild",
    "VREDEGERECHT VAN HET KANTON {town_li_up}\nRolnummer: {rolnr}\n\nIn zake: {firm_solar} NV, eisende partij,\n"
    "tegen: {NAME_BE}, wonende te {ADDRESS_LI}, {POSTCODE_LI} {town_li}, verwerende partij.\n\nV0NNIS — afkoopsom "
    "zonnepanelen",
    "Hallo, wij hebben die zonnepanelen geleased in 2015 en wij willen die nu overkopen. Contract "
    "{CUSTOMER_NUMBER_LEASE}, op naam van mijn partner {NAME_BE}. Gelieve mij te bellen op {PHONE_BE}, merci!",
    "[{time}] {NAME_REVERSED}\nafkoopberekening {ADDRESS} {POSTCODE} is klaar, klant wil {price_big} in één keer "
    "betalen\n[{time}] {NAME_REVERSED}\nprima, stuur maar naar {EMAIL}",
    "Bon dia! Wij hebben {panel_count} panelen in lease op ons huis in {town}. Wij gaan terug naar Aruba, kan de "
    "lease over op de koper? Contractnr {CUSTOMER_NUMBER_LEASE}, mijn nummer op Aruba {PHONE_AW}.",
    "WEBVTT\n\n{vtt}\n<v Adviseur>En naar welk rekeningnummer mag het teveel betaalde?\n\n{vtt2}\n<v {NAME_FULL}>"
    "{IBAN_READ}",
    "RECHTBANK {court_up}\nKanton - locatie {town}\nzaaknummer / rolnummer: {zaak}\n\nVonnis van de kantonrechter "
    "in de zaak van\n{firm_solar} B.V., eiseres,\ntegen\n{NAME_INITIALS},\nwonende te {ADDRESS}, {POSTCODE} {town},"
    "\ngedaagde.",
    # ---- children's orthodontic clinics
    "Gesprek #{conv} · {clinic}\n{NAME_FULL}: bij ons kind {NAME_CHILD} zit een bracket los 😩 kan dat morgen "
    "gemaakt worden?\n{fin}: Wat is de geboortedatum van je kind?\nKlant: {DOB_CHILD}\n🔒 Interne notitie van "
    "{NAME_FIRST}: patiëntnr "
    "{CUSTOMER_NUMBER_PATIENT}, spoedplek {time}",
    "patientnr;kind;geb_datum;ouder;telefoon;bsn_kind\n{CUSTOMER_NUMBER_PATIENT};{NAME_CHILD};{DOB_CHILD};{NAME_FULL}"
    ";{PHONE};{BSN}",
    "Klachtkaart wachtkamer (overgetypt door assistente):\n'We zaten 50 minuten te wachten met {NAME_CHILD} en "
    "niemand zei iets.' — moeder, tel {PHONE_CARD}",
    "Dag, onze {NAME_CHILD} (° {DOB_CHILD}) heeft volgende week controle voor de {brace} maar we zitten in "
    "Spanje. Kunde da verzetten? Groetjes, {NAME_FIRST}, {PHONE_BE}",
    "Ayo, de beugel van mijn kind {NAME_CHILD} is los. Wij zijn net verhuisd naar {ADDRESS}, {POSTCODE} {town}. Mi "
    "por bin awe? Masha danki!",
    "[{time}] {NAME_REVERSED}\nfactuur {brace} van {NAME_CHILD} komt terug, ouder heeft andere verzekeraar. BSN "
    "kind {BSN}\n[{time}] {NAME_REVERSED}\nik bel de ouder wel even",
    "WEBVTT\n\n{vtt}\n<v Orthodontist>Laat maar zien. Ja, ik zie de draad.\n\n{vtt2}\n<v {NAME_FULL}>Zal ik de "
    "foto's dan mailen vanaf {EMAIL}?",
    "Geachte ouder/verzorger van {NAME_CHILD},\nBehandeling: {brace}\nPatiëntnummer: {CUSTOMER_NUMBER_PATIENT}\n"
    "Geboortedatum: {DOB_CHILD}\nWij incasseren de termijn van {price_mid} van rekening {IBAN}.",
    "--------------- {kakao_date} ---------------\n[{NAME_KR}] [{kakao_time}] 안녕하세요, mijn zoontje heeft een "
    "afspraak bij de orthodontist maar ik ben in Seoul. Kunt u bellen naar {PHONE_KR}?",
    # ---- airport lost property
    "Gesprek #{conv} · Inbox Lost & Found\n{NAME_FULL}: ik ben mijn {item} verloren bij gate {gate} op {airport}\n"
    "{fin}: Heb je een referentienummer?\nKlant: {CUSTOMER_NUMBER_LOST}\n🔒 Interne notitie van {NAME_FIRST}: match, "
    "verzenden naar {ADDRESS}, {POSTCODE} {town}",
    "Formulier verloren voorwerp (handgeschreven, overgetypt door de servicebalie):\nVoorwerp: {item}\nNaam: "
    "{NAME_CARD}\nAdres: {ADDRESS}, {POSTCODE}\nTel: {PHONE_CARD}\nE-mail: {EMAIL_CARD}",
    "Bonjour, j'ai perdu mijn {item} à Zaventem, terminal A, vlucht {flight}. Ik ben {NAME_BE}, gsm {PHONE_BE}, "
    "adresse {ADDRESS_BX}, {POSTCODE_BX} {town_bx}.",
    "Bon dia, mijn koffer is niet aangekomen na vlucht {flight_cur} naar Hato. Referentie {CUSTOMER_NUMBER_LOST}. "
    "Bel mij op {PHONE_CW} aub, mi tin tur mi remedi den e koffer!",
    "datum;vlucht;voorwerp;naam;telefoon;claim\n{date_num};{flight};{item};{NAME_LOWER};{PHONE_ABROAD};"
    "{CUSTOMER_NUMBER_LOST}",
    "[{time}] {NAME_REVERSED}\nzwarte {brand_item} koffer bij band 12, label op naam van {NAME_CAPS}. heeft "
    "iemand die claim al gezien?",
    "Mi a pèrdè mijn telefoon op Reina Beatrix Airport, ik was op weg naar Schiphol. Het is een {phone_model} met "
    "een roze hoesje. Mail mij op {EMAIL} of app naar {PHONE}.",
    "Ik heb mijn portemonnee laten liggen in P3 van {airport}. Mijn auto stond daar, kenteken {PLATE}. Kunt u "
    "bellen naar {PHONE}? Groet, {NAME_FULL}",
    "[LINE] Chatgeschiedenis met {airport} Lost & Found\nOpgeslagen op: {line_date}\n\n{line_day}\n{time}\t"
    "{NAME_JP}\thallo, mijn {item} ligt nog in het vliegtuig {flight}. Mijn e-mail {EMAIL}",
    # ---- farm shop subscriptions
    "lidnr;naam;afhaalpunt;pakket;iban;start\n{CUSTOMER_NUMBER_MEMBER};{NAME_FULL};{pickup};{box};{IBAN};{date_num}",
    "Kaartje van de toonbank (overgetypt door de boerin): 'Eieren waren 2x kapot in mijn pakket!! Graag "
    "tegoed.' — {NAME_CARD}, abonnee {CUSTOMER_NUMBER_MEMBER}",
    "Hallo, ik wil mij inschrijven voor het {box} van de hoevewinkel. {NAME_BE}, {ADDRESS_LI}, {POSTCODE_LI} "
    "{town_li}. Ge moogt het domiciliëren van {IBAN_BE}.",
    "Gesprek #{conv} · {farm}\n{NAME_FULL}: mijn pakket is vandaag niet bezorgd 🥕\n{fin}: Vervelend! Op welk "
    "adres?\nKlant: {ADDRESS}, {POSTCODE}\n🔒 Interne notitie van {NAME_FIRST}: chauffeur had verkeerd huisnummer, "
    "klant "
    "teruggebeld op {PHONE}",
    "[{time}] {NAME_REVERSED}\nabonnee {CUSTOMER_NUMBER_MEMBER} wil pauzeren tot {date}, kan iemand dat in Mollie "
    "zetten? mandaat staat op {IBAN_NL}",
    "Salaam, ik heb een abonnement op het {box} maar ik ben verhuisd naar {ADDRESS}, {POSTCODE} {town}. Kunnen "
    "jullie het daar bezorgen? {NAME_MA}",
    "Beste {farm}, graag het pakket voortaan afschrijven van mijn creditcard {CARD} in plaats van incasso. Mvg "
    "{NAME_INITIALS}",
    # ---- laundry services
    "Gesprek #{conv} · Inbox Wasservice\n{NAME_FULL}: mijn overhemden zijn niet teruggekomen, bon "
    "{CUSTOMER_NUMBER_ORDER}\n{fin}: Ik zet je door naar een collega.\n🔒 Interne notitie van {NAME_FIRST}: zak "
    "ligt bij "
    "{laundry_branch}, bezorgen op {ADDRESS}",
    "Klachtkaart {laundry} (overgetypt door medewerker):\n'mijn witte dekbed is ROZE teruggekomen!!! ik wil mijn "
    "geld terug'\n{NAME_CARD} — {PHONE_CARD} — bon {CUSTOMER_NUMBER_ORDER}",
    "Allei, ik heb mijn kostuum gebracht à la blanchisserie op de {street_bx_place}, et maintenant ze zeggen da't "
    "kwijt is. Bon {CUSTOMER_NUMBER_ORDER}, {NAME_BE}, gsm {PHONE_BE}.",
    "Kunde gij mijn was morgen ophalen? Adres {ADDRESS_LI}, {town_li}. Bel eerst op {PHONE_BE} want de bel is "
    "kapot hé.",
    "ordernr;klant;ophaaladres;postcode;tel;kaart\n{CUSTOMER_NUMBER_ORDER};{NAME_FULL};{ADDRESS};{POSTCODE};{PHONE};"
    "{CARD}",
    "Danki pa e servisio, ma mijn kaart is twee keer belast voor dezelfde was. Kaart {CARD}, op naam van {NAME_AC}.",
    "[{time}] {NAME_REVERSED}: klant {NAME_FULL} belt boos, wasgoed al 9 dagen weg. terugboeken op {CARD}?",
    "[LINE] Chatgeschiedenis met {laundry}\n\n{line_day}\n{time}\t{NAME_JP}\tgoedemorgen 🙏 kan de was morgen "
    "opgehaald worden? {ADDRESS}, {POSTCODE}\n{time}\tWasservice\tJa hoor, {hours}.",
    "Klachtkaart {laundry} (overgetypt): 'broek kwijt, graag geld terug op mijn kaart' kaartnr {CARD_OCR} — "
    "{NAME_CARD}",
    # ---- coffee machine leases
    "Gesprek #{conv} · Inbox Zakelijk\n{NAME_FULL}: de {machine} lekt weer, contract {CUSTOMER_NUMBER_CONTRACT}\n"
    "{fin}: Ik plan een monteur in. Klopt het adres nog?\nKlant: ja {ADDRESS}, {POSTCODE} {town}\n🔒 Interne "
    "notitie: monteur {weekday}, sleutel bij de buren",
    "RECHTBANK {court_up}\nzittingsplaats {town}\nzaaknummer / rolnummer: {zaak}\n\nVonnis van de kantonrechter "
    "in de zaak van\n{firm_coffee} B.V., eiseres,\ntegen\n{NAME_INITIALS}, h.o.d.n. {shop_name},\nwonende te "
    "{ADDRESS}, {POSTCODE} {town}, gedaagde.",
    "contract;klant;machine;iban;maandbedrag;einde\n{CUSTOMER_NUMBER_CONTRACT};{NAME_INITIALS};{machine};{IBAN};"
    "{amount_csv_small};{date_num}",
    "Wij hebben zo'n koffiemachine geleased voor onze frituur in {town_li}, en die doet het nie meer! Contract "
    "{CUSTOMER_NUMBER_CONTRACT}, bel mij op {PHONE_BE}. {NAME_BE}",
    "Bonjour, le contrat pour la machine à café staat op naam van {NAME_BE}, mais ik wil het overzetten naar mijn "
    "vennootschap. Mijn e-mail: {EMAIL}.",
    "[{time}] {NAME_REVERSED}\nincasso {CUSTOMER_NUMBER_CONTRACT} gestorneerd, {IBAN_NL} bestaat niet meer. Klant "
    "({NAME_FULL}) nieuwe bank?",
    "Goedemiddag, ik heb een lunchroom en jullie {machine} is kapot. Mijn naam {NAME_FULL}, tel {PHONE}, klantnr "
    "{CUSTOMER_NUMBER}.",
    "WEBVTT\n\n{vtt}\n<v Accountmanager>Op welk adres komt de machine te staan?\n\n{vtt2}\n<v Klant>Eh, "
    "{ADDRESS}, {POSTCODE} in {town}.",
    # ---- phone insurance
    "Gesprek #{conv} · {insurer}\n{NAME_FULL}: scherm gebarsten 😭 polis {CUSTOMER_NUMBER_POLICY}\n{fin}: Wat "
    "vervelend! Wanneer gebeurde het?\nKlant: gisteren\n🔒 Interne notitie van {NAME_FIRST}: schade "
    "{CUSTOMER_NUMBER_CLAIM} "
    "aangemaakt, eigen risico {price_mid}",
    "polisnr;naam;geboortedatum;toestel;iban;ingang\n{CUSTOMER_NUMBER_POLICY};{NAME_FULL};{DOB};{phone_model};{IBAN};"
    "{date_num}",
    "Bon dia, mijn telefoon is gestolen in {town_ac}. Ik ben verzekerd bij jullie, polis "
    "{CUSTOMER_NUMBER_POLICY}. Mijn nieuwe nummer is {PHONE_AC}, danki!",
    "Klachtkaartje winkel (overgetypt): 'claim afgewezen zonder reden!!!' naam {NAME_CARD}, mail {EMAIL_CARD}, "
    "polisnr {CUSTOMER_NUMBER_POLICY}",
    "Ik heb mijn gsm laten vallen in de metro aan De Brouckère, het scherm est cassé. Polis "
    "{CUSTOMER_NUMBER_POLICY}, rijksregisternummer {BSN_BE}.",
    "WEBVTT\n\n{vtt}\n<v Schadebehandelaar>Voor de uitkering heb ik uw IBAN nodig.\n\n{vtt2}\n<v Klant>Ja, eh, "
    "{IBAN_READ}.",
    "--------------- {kakao_date} ---------------\n[{NAME_KR}] [{kakao_time}] mijn telefoon is gestolen in de "
    "tram, ik heb verzekering {CUSTOMER_NUMBER_POLICY}\nmijn adres is {ADDRESS}, {POSTCODE} {town}",
    "Geachte heer/mevrouw, hierbij meld ik diefstal van mijn {phone_model}. Geboortedatum verzekerde: {DOB}. "
    "Naam: {NAME_FULL}. Uitkering graag op {IBAN_NL}.",
    # ---- sailing club berths
    "lidnr;naam;boot;ligplaats;tel;email\n{CUSTOMER_NUMBER_MEMBER};{NAME_FULL};{boat_type};{berth};{PHONE};{EMAIL}",
    "Gesprek #{conv} · {club}\n{NAME_FULL}: sta ik nog op de wachtlijst voor een ligplaats?\n{fin}: Wat is je "
    "lidnummer?\nKlant: {CUSTOMER_NUMBER_MEMBER}\n🔒 Interne notitie van {NAME_FIRST}: trailer {PLATE_TRAILER} "
    "staat op "
    "eigen terrein, graag weg voor {date}",
    "[{time}] {NAME_REVERSED}\nvoor de havenmeester: {NAME_FULL} komt zaterdag met auto {PLATE} en trailer "
    "{PLATE_TRAILER}, slagboom graag open",
    "RECHTBANK NOORD-NEDERLAND\nzittingsplaats {town_north}\nzaaknummer: {zaak}\n\nvonnis van de kantonrechter "
    "van {date} in de zaak van\n\nde vereniging {club}, eiseres,\ntegen\n{NAME_INITIALS}, wonende te {ADDRESS}, "
    "{POSTCODE} {town},\ngedaagde, betreffende achterstallig liggeld.",
    "Kaart in de bus van het clubhuis (overgetypt door de secretaris):\n'Mijn boot ligt al 2 weken zonder stroom "
    "op {berth}!' — {NAME_CARD}, {PHONE_CARD}",
    "Ik heb een ligplaats in de jachthaven van {town_li} en mijn auto staat daar ook, nummerplaat {PLATE_BE}. Ge "
    "moogt die nie meer wegslepen hé!",
    "Ik kom uit Aken en huur een ligplaats bij jullie. Mijn auto heeft een Duits kenteken, {PLATE_DE}, de trailer "
    "{PLATE_TRAILER}. Groet, {NAME_FULL}",
    "WEBVTT\n\n{vtt}\n<v Penningmeester>Wie de contributie per incasso wil, zeg maar je rekeningnummer.\n\n"
    "{vtt2}\n<v {NAME_FULL}>{IBAN_READ}",
    '{"type": "conversation", "id": "{conv}", "source": {"author": {"type": "user", "name": "{NAME_FULL}", '
    '"email": "{EMAIL}"}, "body": "ligplaats {berth} opzeggen per {date}"}}',
    "Pour l'envoi de mon {item} retrouvé, vous pouvez débiter ma carte {CARD}. Adresse: {ADDRESS_BX}, "
    "{POSTCODE_BX} {town_bx}. {NAME_BE}",
    "Mi ker paga e premie di mi seguro di telefon cu mi carta {CARD}, ta posibel? Mi nomber ta {NAME_AC}.",
    "WEBVTT\n\n{vtt}\n<v Accountmanager>Voor de borg van de {machine} heb ik uw kaartnummer nodig.\n\n{vtt2}\n"
    "<v Klant>Oké, {CARD_SPOKEN}.",
    "Bonjour, ma voiture {PLATE_BE} a été remorquée op de parking van Brussels Airport terwijl ik mijn {item} "
    "kwam ophalen bij Lost & Found!",
    '{"type": "contact", "role": "user", "name": "{NAME_FULL}", "custom_attributes": {"geboortedatum": '
    '"{DOB_ISO}", "lidnummer": "{CUSTOMER_NUMBER_MEMBER}"}}',
    "Bon tardi, ik ben lid van de zeilclub maar ik ga 3 maanden naar Curaçao. Mijn adres daar is {ADDRESS_AC}, "
    "{town_ac}. Post graag daarheen. {NAME_AC}",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _TEMPLATES]
