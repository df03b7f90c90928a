"""Dutch and Flemish templates of test_v112: university admissions and tuition fees, lab blood tests, made-to-measure
blinds, bike and theatre subscriptions, hospital parking, home battery leases, student housing benefit, pet chip
registrations and used caravans, in Salesforce cases, Telegram bots, SMS with emoji, SRT subtitles, HTML forms,
OCR'd handwriting, bot hand-overs, complaint letters with reference blocks, and Limburg, Twente and Antwerp writing."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- university admissions and tuition fees
    "Case {case} · RE: machtiging collegegeld [ {sfref} ]\nVan: {NAME_FULL} <{EMAIL_STUDENT}>\nAan: Studentenservice "
    "{uni}\n\nDe incasso van termijn {count} is gestorneerd, kunnen jullie het opnieuw proberen van {IBAN}?",
    "> Op {weekday} {date} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn studentnummer is {CUSTOMER_NUMBER_STUDENT}, ik "
    "heb nog geen bewijs betaald collegegeld.\nCase {case} — Status: In behandeling",
    '<form action="/aanmelden"><input name="naam" value="{NAME_INITIALS}"><input name="geboortedatum" '
    'type="date" value="{DOB_ISO}"><input name="bsn" value="{BSN}"></form>',
    "/start\n🤖 {bot}: Welkom bij de aanmeldhulp van {uni}! Wat is je geboortedatum?\n👤 {DOB_STUDENT}\n🤖: "
    "En je studentnummer?\n👤 {CUSTOMER_NUMBER_STUDENT}",
    "Hoij, ich bin {NAME_FULL} en ich höb mich aangemeld veur de bachelor mer ich krieg gein mail. Mien "
    "studentnummer is {CUSTOMER_NUMBER_STUDENT}, ich wón op {ADDRESS}, {POSTCODE} Mestreech.",
    "Amai, ik heb m'n inschrijvingsgeld twee keer betaald van {IBAN_BE}. Kunde da terugstorten aub? Da's veel geld "
    "voor ne student. {NAME_FIRST}",
    "{cue}\n{srt}\n[Studieadviseur] Kun je je BSN even voorlezen?\n\n{cue2}\n{srt2}\n[Student] Eh ja, {BSN_SPOKEN}.",
    "Moi, wi'j wilt oonze dochter {NAME_FULL} ok bi'j oe anmelden, ze is geboren op {DOB_STUDENT}. We wont an de "
    "{ADDRESS} in {town_tw}.",
    "Uw kenmerk: {CUSTOMER_NUMBER_FILE}\nDatum: {date}\nBetreft: bezwaar instellingscollegegeld\n\nGeachte heer, "
    "mevrouw,\nNamens mijn zoon {NAME_FULL} (studentnummer {CUSTOMER_NUMBER_STUDENT}) teken ik bezwaar aan.",
    "AANMELDFORMULIER (handgeschreven, gescand)\nNaam: {NAME_OCR}\nGeb.datum: {DOB_OCR}\nE-mail: {EMAIL_OCR}\n"
    "Opleiding: {programme}",
    "— Chatbot {bot} heeft dit gesprek overgedragen aan een medewerker —\nOnderwerp: restitutie collegegeld\nStudent: "
    "{NAME_REVERSED}\nStudentnummer: {CUSTOMER_NUMBER_STUDENT}\nIBAN voor terugbetaling: {IBAN}",
    "{uni}: Je collegegeldmachtiging is niet rond ❗ Log in op Studielink.\nIk: hoezo?? heb gewoon mn bsn {BSN} "
    "ingevuld 😤",
    # ---- blood-test lab appointments
    "{lab}: Herinnering bloedafname {weekday} {time} 🩸 Nuchter komen!\nIk: ok 👍 maar staat mn geboortedatum goed? "
    "Het is {DOB}, niet wat in de brief stond",
    "Labformulier - Iaboratorium\nPatiënt: {NAME_OCR}\nGeb.: {DOB_OCR}\nBSN: {BSN_OCR}\nAanvrager: {practice}\n"
    "Bepalingen: {tests}",
    "[Overdracht bot {bot} → medewerker]\nVraag: uitslag bloedonderzoek niet zichtbaar in portaal\nNaam: {NAME_FULL}\n"
    "Geboortedatum: {DOB}\nPatiëntnummer: {CUSTOMER_NUMBER_PATIENT}",
    "Goojendaag, kin ich mörge mèt miene pa kómme prikke? Heer hèt gein aafspraok, 't is {NAME_FULL}, gebore "
    "{DOB_SENIOR}. Bel mich trök op {PHONE}.",
    "Case {case} | Web-to-Case\nWeb Name: {NAME_FULL}\nWeb Email: {EMAIL}\nWeb Phone: {PHONE}\nDescription: "
    "afspraak prikpost {town} verzetten aub",
    "Ik moest vandaag nuchter komen voor bloedname mor de deur was toe! Rijksregisternummer {BSN_BE}, bel mij "
    "terug op {PHONE_BE} aub, ik zit hier met honger.",
    '<table class="patient"><tr><th>Patiëntnummer</th><td>{CUSTOMER_NUMBER_PATIENT}</td></tr><tr><th>Postcode'
    "</th><td>{POSTCODE}</td></tr><tr><th>Bepaling</th><td>{tests}</td></tr></table>",
    "Mien moo mut elke moand prikk'n. Kö'j de thuusprikdienst noar {ADDRESS}, {POSTCODE} {town_tw} sturen? "
    "Heur BSN is {BSN}.",
    "{cue}\n{srt}\nLaborant: Ik controleer even: uw geboortedatum?\n\n{cue2}\n{srt2}\nPatiënt: {DOB_SPOKEN}.",
    # ---- made-to-measure window blinds
    "🤖 {bot}: Stuur je ordernummer 📦\n👤 {CUSTOMER_NUMBER_ORDER}\n🤖: Dank je! Je {blind} wordt "
    "geleverd op {date}.\n👤 kan het ook naar mn werk? {ADDRESS}",
    "{NAME_INITIALS}\n{ADDRESS}\n{POSTCODE}  {town}\n\nAan: {blinds}\nUw ordernummer: {CUSTOMER_NUMBER_ORDER}\n"
    "Betreft: plissé {count} cm te smal ingemeten",
    "Dat duo-rolgordien dat ie bi'j oons op-ehangen hebt hangt scheef. Kom maor es kiek'n, {ADDRESS} in "
    "{town_tw}. Groet'n {NAME_FULL}, {PHONE}",
    "De monteur komt morgen {hours} 🔧 Klopt {ADDRESS}?\nIk: jaa klopt, bel anders ff 📞 {PHONE}",
    '<label for="cc">Kaartnummer</label>\n<input id="cc" name="cardnumber" value="{CARD}" '
    'autocomplete="cc-number">\n<button>Betaal {amount}</button>',
    "Allee, die lamellen zijn nu al drie weken te laat! Bestelling {CUSTOMER_NUMBER_ORDER}, op naam van "
    "{NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {town_be}.",
    "{cue}\n{srt}\nADVISEUR: Voor de offerte nog uw e-mailadres?\n\n{cue2}\n{srt2}\nKLANT: {EMAIL_SPOKEN}",
    "Ich höb twee vouwgordiene bestèld en d'r is mer ein gekómme. Bestèlling {CUSTOMER_NUMBER_ORDER}, betaold "
    "mèt kaart {CARD}.",
    "Klant via chatbot {bot} doorgezet: gordijnrail beschadigd bij levering. Ordernr: {CUSTOMER_NUMBER_ORDER} · "
    "E-mail: {EMAIL} · Tel: {PHONE}",
    # ---- bicycle subscriptions
    "/opzeggen\n🤖 {bot}: Wat is je lidnummer?\n👤 {CUSTOMER_NUMBER_MEMBER}\n🤖: Op welk IBAN wil je de "
    "borg terug?\n👤 {IBAN}",
    "Je {bike} staat klaar in de store 🚲 Neem je ID mee!\nIk: kan mn huisgenoot {NAME_FULL} m ophalen? 🙏",
    "Case {case}: Fiets gestolen\nFrom: {EMAIL}\nBody: Gestolen bij {place}, aangifte is gedaan. Lidnummer "
    "{CUSTOMER_NUMBER_MEMBER}, bereikbaar op {PHONE}.",
    "Ik zen mijn Velo-kaart kwijt. Het abonnement staat op {NAME_LOWER}, ° {DOB_BE}. Kunde ne nieuwe sturen?",
    "Terugbellen!! {NAME_OCR}\nlekke band, adres {ADDRESS}\ntel {PHONE_OCR}",
    "Onze digitale assistent {bot} heeft je doorverbonden met een medewerker 🙋\nSamenvatting: lid "
    "{CUSTOMER_NUMBER_MEMBER} verhuist naar "
    "{ADDRESS}, {POSTCODE} {town}.",
    "Mien fietse is weer lek. Kö'j ne monteur sturen noar {ADDRESS}? Lidnummer wet ik nich, mien naam is {NAME_FULL}.",
    # ---- theatre season subscriptions
    "Case {case} — Abonnement {season}\n> Van: {NAME_FULL} [mailto:{EMAIL}]\n> Mijn abonneenummer is "
    "{CUSTOMER_NUMBER_SUBSCRIBER}; de voorstelling van {date} wil ik ruilen.",
    "Ich höb e abonnemint in {theatre} mer ich kin neet mie kómme. Kin ich 't op naam van mien zöster "
    "{NAME_FULL} zètte? Abonneenómmer {CUSTOMER_NUMBER_SUBSCRIBER}.",
    '<div class="field"><span>Geboortedatum (65+-korting)</span><b>{DOB_SENIOR}</b></div>\n<div class="field"><span>'
    "E-mail</span><b>{EMAIL}</b></div>",
    "Abonneenummer: {CUSTOMER_NUMBER_SUBSCRIBER}\nDatum: {date}\nBetreft: dubbele afschrijving\n\nGeachte heer, "
    "mevrouw,\nVoor mijn abonnement is twee keer {amount} afgeschreven van creditcard {CARD}.",
    "🎭 Herinnering: {show} {weekday} {time} in {theatre}, rij {row} stoel {seat}.\nIk: Top! Mag mn buurvrouw "
    "{NAME_FIRST} mijn kaart gebruiken? Ik ben ziek 🤒",
    "Wi'j hebt al joaren een abonnement in {theatre}, op naam van {NAME_INITIALS}, {ADDRESS}. Dit joar is der "
    "niks ankommen.",
    "🤖 {bot}: Je betaling is mislukt 😕 Kies een andere kaart.\n👤 probeer deze maar {CARD}",
    "Wij hebben al tien jaar een abonnement in {theatre}. Onze nieuwe gsm is {PHONE_BE} en de mail {EMAIL}, "
    "gelieve da aan te passen.",
    # ---- hospital parking
    "Je parkeerabonnement voor {hospital} is actief ✅ Kenteken: {PLATE}\nIk: kan er een 2e auto bij? {PLATE} 🚗",
    "🤖 {bot}: Geef je kenteken op voor het bezoekerstarief 🅿️\n👤 {PLATE}\n🤖: Dank je, je betaalt nu "
    "{amount} per dag.",
    "Betreft: bezwaar parkeerkosten {hospital}\nKenteken: {PLATE}\nUw kenmerk: {CUSTOMER_NUMBER_FILE}\n\nMijn "
    "moeder lag op de IC en de slagboom ging niet open; mijn creditcard {CARD} is twee keer belast.",
    "Ge moogt gratis parkeren as ge dialyse hebt zeggen ze, mor ik heb {amount} betaald. Nummerplaat {PLATE_BE}. "
    "Groeten, {NAME_FULL}",
    "Miene man ligk in {hospital} en ich sta hie eder daag. Kenteke {PLATE}, kin ich e weekkaart kriege? Bel {PHONE}.",
    "Overdracht door parkeerbot {bot}: bezoeker vraagt restitutie parkeertarief.\nKenteken: {PLATE}\nParkeerpasnummer: "
    "{CUSTOMER_NUMBER_PARKING}\nContact: {EMAIL}",
    "Klacht slagboom P{count}\nkenteken {PLATE}\nnaam {NAME_OCR}\nterugbellen {PHONE_OCR}",
    # ---- home battery leases
    "Case {case}: Wijziging rekeningnummer leasecontract\nContractnummer: {CUSTOMER_NUMBER_CONTRACT}\nNieuw IBAN: "
    "{IBAN_NL}\nTen name van: {NAME_INITIALS}",
    '<fieldset><legend>Installatieadres</legend><input name="straat" value="{ADDRESS}"><input name="postcode" '
    'value="{POSTCODE}"></fieldset>',
    "De thuusbatterieje dee wi'j least hebt dut 't nich meer. Contract {CUSTOMER_NUMBER_CONTRACT}, {NAME_FULL}, "
    "{ADDRESS}.",
    "{cue}\n{srt}\nInstallateur: Welk adres staat op het contract?\n\n{cue2}\n{srt2}\nKlant: Eh, {ADDRESS}, "
    "{POSTCODE} {town}.",
    "Ik huur ne thuisbatterij van julle en die piept heel de nacht. Klantnummer {CUSTOMER_NUMBER_CLIENT}, gsm "
    "{PHONE_BE}. Ge moet dringend komen!",
    "Mien thoesbatterie maak e raar geluid. Ich woen aan de {ADDRESS} in {town_lb}. Bel mich op {PHONE}, "
    "{NAME_SURNAME}.",
    "Ons kenmerk: {CUSTOMER_NUMBER_CONTRACT}\nBetreft: kredietcheck leasecontract\n\nGeachte heer {NAME_SURNAME},\n"
    "Wij bevestigen uw geboortedatum {DOB} en het installatieadres {ADDRESS}.",
    "⚡ {battery}: uw batterij is {count} uur offline.\nIk: Klopt, verhuisd! Nieuw adres {ADDRESS}, {POSTCODE} "
    "{town} 🏠",
    "Graag mijn batterijlease opzeggen per {date}.\n{CUSTOMER_NUMBER_CLIENT} / {NAME_FULL}",
    # ---- student housing benefit
    "Uw kenmerk: {CUSTOMER_NUMBER_FILE}\nBSN: {BSN}\nDatum: {date}\nOnderwerp: bezwaar terugvordering huurtoeslag"
    "\n\nIk woon sinds {date} op kamers en had wel degelijk recht op toeslag.",
    "👤 ik woon op een studentenkamer, heb ik recht op huurtoeslag? bsn {BSN}, geboren {DOB_STUDENT} 🙈\n🤖 "
    "{bot}: Deel je BSN nooit in de chat!",
    "Mam kun jij mn toeslag aanvragen, ik heb mn DigiD app niet 😅 mn bsn is {BSN} en rekening {IBAN_NL}",
    "Aanvraag huurtoeslag\nNaam aanvrager: {NAME_OCR}\nBSN: {BSN_OCR}\nIBAN: {IBAN_OCR}\nKamer: {ADDRESS}",
    "Voor mijn studentenkot wil ik huurpremie aanvragen. Rijksregisternummer {BSN_BE}, rekening {IBAN_BE}, "
    "adres {ADDRESS_BE}, {POSTCODE_BE} Antwerpen.",
    "Chat overgedragen door chatbot {bot}\nBurger: {NAME_FULL}\nGeboortedatum: {DOB_STUDENT}\nVraag: verhuist "
    "per {date} naar {ADDRESS}, {POSTCODE} {town}",
    "{cue}\n{srt}\nMedewerker: En op welk rekeningnummer?\n\n{cue2}\n{srt2}\nBeller: {IBAN_READ}",
    "Ich wón op kamers in Mestreech en kriej gein hoertoeslaag mie. Mien BSN is {BSN}, wat mót ich doon?",
    # ---- pet microchip registrations
    '<fieldset><legend>Houder</legend><input name="naam" value="{NAME_FULL}"><input name="tel" value="{PHONE}">'
    '<input name="mail" value="{EMAIL}"></fieldset>',
    "🐾 {bot}: Is {pet} weer thuis? Stuur je registratienummer.\n👤 {CUSTOMER_NUMBER_OWNER} ja ze zat bij de buren 😂",
    "Oonze kat {pet} is vot. Ze is gechipt, registreerd op {NAME_FULL}, {ADDRESS}, tel. {PHONE}.",
    "Ich höb e nuuj hóndsje en mós 't op mien naam zètte: {NAME_FULL}, {POSTCODE} {town_lb}. Registratienómmer "
    "{CUSTOMER_NUMBER_OWNER}.",
    "Ons hondje is mee verhuisd naar {ADDRESS_BE} in {town_be}, kunde da aanpassen in DogID? Gsm {PHONE_BE}, "
    "mail {EMAIL}",
    "Case {case}: Overschrijving houder\nOude houder: {NAME_FULL}\nNieuwe houder: {NAME_FULL} ({EMAIL})\nDier: "
    "{pet} ({species})",
    "🐶 {pet} is gevonden in {town}! Mogen we je nummer aan de vinder geven?\nIk: JA graag!! mn nieuwe nr is "
    "{PHONE} 🙏🙏",
    # ---- used caravan sales
    "👤 ik wil die {caravan} inruilen tegen de mijne, kenteken {PLATE_CARAVAN}\n🤖 {bot}: Top! Wat is je "
    "telefoonnummer?\n👤 {PHONE}",
    "Case {case}: Koopovereenkomst caravan\nKoper: {NAME_FULL}\nGeboortedatum: {DOB}\nAdres: {ADDRESS}, "
    "{POSTCODE} {town}\nKenteken: {PLATE_CARAVAN}",
    "De caravan dee wi'j bi'j oe kocht hebt lekt bi'j 't dakluuk. Kenteken {PLATE_CARAVAN}, betaald van {IBAN}. "
    "Bel ons op {PHONE}.",
    "Ich wil de caravan mèt Duutse nómmerplaat {PLATE_DE} inroele. Kin ich zaoterdag langskómme? {NAME_FIRST}",
    "Aanbetaling {amount} ontvangen 👌 Ophalen op {date}?\nIk: Ja! We komen met de auto, kenteken {PLATE} ivm "
    "de trekhaak 🚙",
    "Interesse {caravan}\ntel {PHONE_OCR}\nnaam {NAME_OCR}\nbod {amount_big}",
    "Ik heb op 2dehands uwe caravan zien staan, ik kom zaterdag kijken. Mijn nummerplaat is {PLATE_BE}, gsm "
    "{PHONE_BE}.",
    '<input name="kenteken_caravan" value="{PLATE_CARAVAN}"><input name="kenteken_trekauto" value="{PLATE}">'
    '<input name="iban" value="{IBAN}">',
    "{cue}\n{srt}\nVerkoper: En de kaart voor de aanbetaling?\n\n{cue2}\n{srt2}\nKoper: {CARD_SPOKEN}",
    "Met vriendelijke groet,\n\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\nM {PHONE}\n\n{sfref}",
    # ---- more from the same channels
    "Case {case}: Klacht levering\nFrom: {NAME_CAPS} <{EMAIL}>\nMijn {blind} voor de serre is beschadigd "
    "aangekomen op {ADDRESS}.",
    "📸 foto van handgeschreven briefje:\nPakket afgeven bij buren nr {count}\n{NAME_OCR}\n{ADDRESS} {POSTCODE}",
    "Ich maak mich zorg: mien dochter studeert in Enschede en kriegk gein geld trök. Heur IBAN is {IBAN}, "
    "heur naam {NAME_FULL}.",
    "Dao kump de caravan: {caravan}, kenteken {PLATE_CARAVAN}, kontrak op naam van {NAME_FULL}, Kirchroa.",
    "Geachte,\nIn bijlage mijn inschrijvingsbewijs. Mijn rijksregisternummer: {BSN_BE}. Geboortedatum "
    "{DOB_BE}.\nMet vriendelijke groeten",
    "Hallo, ik ben mn pasje voor garage P{count} kwijt. Pasnr {CUSTOMER_NUMBER_PARKING} op naam van {NAME_TYPO}.",
    "[Overdracht chatbot {bot}] Klant wil chipregistratie overzetten naar nieuw adres: {ADDRESS}, {POSTCODE}. "
    "Spelling achternaam: {NAME_SPELLED}.",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _TEMPLATES]
