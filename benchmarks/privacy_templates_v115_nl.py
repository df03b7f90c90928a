"""Dutch and Flemish templates of test_v115: student rooms, e-bike leases, hearing aids, window cleaning, debt
counselling, tyre storage, hockey and football clubs, concert ticket resale, alarm buttons and day care, in Freshchat
bot transcripts with button clicks, Workplace posts, texts cut off mid-word, XML exports pasted in a ticket, OCR'd fax
cover sheets, smartwatch dictations and quoted e-mail threads, written in Achterhoeks, Twents, Surinamese Dutch and
Flemish among others."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- student rooms from housing corporations
    "Freshchat · {corp}\n[08:52] 🤖 Freddy: Hoi! Waar gaat je vraag over?\n[08:52] ▸ knop: Mijn huurcontract\n"
    "[08:52] 🤖 Freddy: Wat is je huurdernummer?\n[08:52] {NAME_FIRST}: {CUSTOMER_NUMBER_TENANT}\n"
    "[08:52] ▸ knop: Praat met een medewerker",
    "{NAME_FULL} › Team Verhuur {town_student}\n{weekday} om {time}\nWie doet vanmiddag de sleuteloverdracht op de "
    "{ADDRESS_ROOM}? Nieuwe huurder {NAME_FULL} is er om {clock}, mobiel {PHONE}.\n👍 {count} · {count} reacties",
    "Hoi, ik ben {NAME_FIRST}, nieuwe huurder van {ADDRESS_ROOM}. De sleutel past niet en ik sta buiten, kunnen "
    "jullie me bellen op {PHONE}? Ik wacht bij de fietsenst",
    "Moi, mien dochter {NAME_FULL} hef een kamer ekregen in {town_student}, mar de borg wordt afeschreven van mien "
    "rekening {IBAN} en dat is nich de bedoeling. Groet, {NAME_AH}",
    "Ticket {ticket}: XML uit het woonportaal, zie hieronder\n<inschrijving>\n  <naam>{NAME_FULL}</naam>\n  "
    "<geboortedatum>{DOB_STUDENT}</geboortedatum>\n  <inschrijfnummer>{CUSTOMER_NUMBER_ROOM}</inschrijfnummer>\n  "
    "<email>{EMAIL_STUDENT}</email>\n</inschrijving>",
    "Ik stuur de kopie van mijn paspoort vandaag nog.\n\nOp {weekday} {date} om {time} schreef {NAME_FULL} "
    "<{EMAIL_STUDENT}>:\n> Voor de huurtoeslag vragen ze mijn BSN, dat is {BSN}. Klopt het dat jullie dat ook nodig "
    "hebben?",
    "Fa waka, mijn sisa {NAME_SR} zoekt een kamer in {town_student}. Ze komt uit Paramaribo in {month}, haar nummer "
    "daar is {PHONE_SR}. Kan ze zich al inschrijven? Grantangi",
    "verzonden vanaf mijn horloge\nhoi ik ben de sleutel van mijn kamer kwijt adres {ADDRESS_ROOM} bel me terug op "
    "{PHONE_WATCH} groetjes {NAME_WATCH}",
    "FAXBERICHT\nAan: {corp} afd. Verhuur\nVan: {NAME_OCR}\nBetreft: huurachterstand\nPagina's: {pages}\nBSN: "
    "{BSN_OCR}\nAdres: {ADDRESS_ROOM}, {POSTCODE} {town_student}",
    "Hallo, ik ben {NAME_BE} uit {town_be} en ik kom in {month} studeren in Maastricht. Zoek een kot, liefst "
    "gemeubeld. Mijn gsm is {PHONE_BE}, mijn rijksregisternummer {BSN_BE}. Merci!",
    "Freshchat · gesprek met {NAME_FULL}\n[09:17] 🤖 Kamerbot: Welke kamer wil je opzeggen?\n[09:18] Huurder: "
    "{ADDRESS_ROOM}, {POSTCODE}\n[09:18] ▸ knop: Per einde van de maand\n[09:18] 🤖 Kamerbot: Naar welk IBAN mag de "
    "borg terug?\n[09:18] Huurder: {IBAN}",
    # ---- e-bike leases through an employer
    "{NAME_FULL} heeft iets gedeeld in Fietsplan {company}\nCollega's, mijn leasefiets is gestolen bij station "
    "{town}. Contractnummer {CUSTOMER_NUMBER_LEASE}, weet iemand hoe ik dit meld? 🚲😢",
    "Freshchat · {NAME_FIRST} (Fietsplan)\n[10:03] ▸ knop: Schade melden\n[10:04] 🤖 Sjors de bot: Wat is je "
    "personeelsnummer?\n[10:05] Gebruiker: {CUSTOMER_NUMBER_EMPLOYEE}\n[10:05] 🤖 Sjors de bot: En het kenteken van de "
    "auto waarmee je in aanraking kwam?\n[10:05] Gebruiker: {PLATE}",
    "Goeiendag, ik heb via de zaak ne e-bike eleased mar de accu is noe al kapot. Ik woon an de {ADDRESS_AH} in "
    "{town_ah}, kump d'r eene kieken? Groet {NAME_AH}, {PHONE_AH}",
    "{IBAN} klopt nog steeds, die mag je gebruiken.\n\nOp {date} om {time} schreef "
    "{payroll_from}:\n> Wil je je rekeningnummer bevestigen voor de verrekening van de "
    "leasefiets?",
    "{lease_co}: je {bike} staat klaar bij {bike_shop}. Neem je ID mee. Vragen? Antwoord met je contractnr "
    "{CUSTOMER_NUMBER_LEASE} of bel {public_phone}. Groet, het leaset",
    'Zie XML uit het HR-systeem:\n<lease>\n  <medewerker personeelsnr="{CUSTOMER_NUMBER_EMPLOYEE}">{NAME_CAPS}'
    "</medewerker>\n  <werkmail>{EMAIL_WORK}</werkmail>\n  <fiets>{bike}</fiets>\n  <ingangsdatum>{date_num}"
    "</ingangsdatum>\n</lease>",
    "Beste {lease_co}, mijn werkgever is veranderd van {company} naar een andere zaak. Kan het contract "
    "{CUSTOMER_NUMBER_LEASE} mee? Mijn nieuwe adres is {ADDRESS}, {POSTCODE} {town}. Mvg {NAME_INITIALS}",
    "verstuurd met spraak\nfiets gestolen bij het werk slot zat erop contract {CUSTOMER_NUMBER_LEASE} ik ben "
    "{NAME_WATCH} bel {PHONE_WATCH}",
    "Ik ben {NAME_SR}, ik fiets van {town} naar mijn werk, 18 km, no span met die e-bike! Maar de rekening van "
    "{lease_co} komt op mijn privé-adres, {ADDRESS}. Dat moet naar de zaak baya.",
    # ---- hearing aid fittings
    "FAX — Polikliniek KNO {hospital}\nPatiënt: {NAME_OCR}\nGeb.: {DOB_OCR}\nBSN: {BSN_OCR}\nVerzoek: aanpassing "
    "hoortoestel ({hearing}), audiogram bijgevoegd\nAantal blz.: {pages}",
    "[10:48] 🤖 Hoorhulp: Wil je een afspraak om je hoortoestel te laten afstellen?\n[10:49] ▸ knop: Ja graag\n"
    "[10:50] 🤖 Hoorhulp: Wat is je geboortedatum?\n[10:50] Klant: {DOB_SENIOR}\n[10:50] 🤖 Hoorhulp: En je "
    "klantnummer?\n[10:50] Klant: {CUSTOMER_NUMBER_PATIENT}",
    "Mien man {NAME_AH} hef nen nejen hoortoestel ehad, mar hee piept den helen dag. Könt ie eem bellen? "
    "{PHONE_AH}, wiej bint de hele wekke thuus.",
    "De vergoeding gaat via mijn zorgverzekering, polisnummer {CUSTOMER_NUMBER_POLICY}.\n\nOp {date} {time} "
    "schreef {NAME_FULL} <{EMAIL}>:\n> Wanneer kan mijn moeder het nieuwe hoortoestel ophalen?",
    "hallo met {NAME_WATCH} mijn linker hoortoestel doet het niet meer ik kan niet bellen want ik hoor niks mail "
    "maar naar {EMAIL_WATCH}",
    "Mi tante {NAME_SR} heeft een hoortoestel nodig. Ze is geboren op {DOB_SENIOR} en woont nu bij ons op "
    "{ADDRESS}. Ze spreekt Sranan en Sarnami, weinig Nederlands. Hoe gaan we dat doen?",
    '<afspraak type="aanpassing">\n  <client>\n    <naam>{NAME_FULL}</naam>\n    <bsn>{BSN}</bsn>\n    '
    "<polis>{CUSTOMER_NUMBER_POLICY}</polis>\n  </client>\n  <toestel>{hearing}</toestel>\n</afspraak>",
    "Vanuit {audicien} {town}: mevr. {NAME_SURNAME} heeft haar {hearing} opgehaald. Eigen bijdrage "
    "{price_mid} betaald met creditcard {CARD}, bon zit in het dossier.",
    # ---- window cleaning subscriptions
    "{window_co}: morgen {hours} staan we bij u op de {ADDRESS}. Niet thuis? Laat het hek open. Abonnee "
    "{CUSTOMER_NUMBER_WINDOW}, de factuur komt via uw ema",
    "Wiej hebt een abonnement veur de glaazen, mar d'r is al twee moal nimmes ewes! {ADDRESS_AH}, {POSTCODE_AH} "
    "{town_ah}. {NAME_AH}",
    "[11:31] ▸ knop: Abonnement opzeggen\n[11:31] 🤖 Glimmer: Jammer! Wat is je adres?\n[11:31] {NAME_FIRST}: "
    "{ADDRESS}, {POSTCODE}\n[11:31] 🤖 Glimmer: Dank je. We stoppen na de ronde van {date}.",
    "{NAME_FULL} › Ploeg Oost\nLet op: mevrouw {NAME_SURNAME} van de {ADDRESS} wil voortaan alleen de buitenkant. "
    "Abonnement {CUSTOMER_NUMBER_WINDOW} is aangepast. Hond loopt los!",
    "Prima, de incasso mag voortaan van {IBAN}.\n\nOp {date} om {time} schreef {window_from}:"
    "\n> Geachte heer {NAME_SURNAME}, de laatste incasso is gestorneerd. Wilt u een nieuw rekeningnummer doorgeven?",
    "Baya, de glazenwasser heeft mijn raam gebroken op de {ADDRESS}! Ik ben {NAME_SR}, bel {PHONE} no span, ik wil "
    "gewoon dat het gemaakt wordt.",
    "glazenwasser kan vandaag niet door de regen schuif maar een week adres is {ADDRESS_WATCH} groet {NAME_WATCH}",
    "Goeiendag, ik wil de ramen ok binnen laten doen. Betalen kan met de kaart, {CARD}, vervaldatum {expiry}. "
    "{NAME_AH}, {ADDRESS_AH}",
    "Onderwerp: {CUSTOMER_NUMBER_WINDOW} - {NAME_FULL} - ramen niet gedaan\n\nZie onderwerp. Al {count} keer "
    "niemand gezien, wel afgeschreven.",
    # ---- debt counselling intakes
    'Ticket {ticket}: intakeformulier uit de portal\n<intake zaak="{case_no}">\n  <aanvrager bsn="{BSN}" '
    'geboren="{DOB_ISO}">{NAME_FULL}</aanvrager>\n  <rekening>{IBAN}</rekening>\n  <schulden aantal="{count}"/>'
    "\n</intake>",
    "[12:06] ▸ knop: Ik heb geldzorgen\n[12:06] 🤖 Bo: Je bent niet de enige. Mag ik je naam en nummer?\n"
    "[12:06] Bezoeker: {NAME_LOWER} {PHONE}\n[12:06] ▸ knop: Bel mij terug",
    "Ik heb schulden bij de energie en de zorgverzekering, ik wil hulp. Mien BSN is {BSN}, ik woon an de "
    "{ADDRESS_AH}, {POSTCODE_AH} {town_ah}. Ik schaam mien kapot, nich an mien breur vertellen.",
    "Hierbij de gevraagde gegevens.\nBSN {BSN}\nIBAN {IBAN}\ngeb. {DOB}\n{NAME_FULL}\n\nOp {date} schreef "
    "{debt_from}:\n> Wil je je BSN, rekeningnummer en geboortedatum sturen?",
    "Hoi {NAME_FIRST}, herinnering: intake schuldhulp {weekday} om {clock} in het wijkcentrum. Neem mee: ID, "
    "afschriften van rekening {IBAN} en de brieven van schuldei",
    "Ik ben {NAME_SR}, ik heb schulden gemaakt toen ik uit Sranan kwam. Mijn huurdernummer is "
    "{CUSTOMER_NUMBER_TENANT}, ze willen me uit huis zetten. Mi no sabi san fu du moro.",
    "FAX\nVan: Bewindvoering {org}\nAan: Gemeente {town}, team Schuldhulp\nInzake: {NAME_OCR}, geb. {DOB_OCR}\n"
    "Beheerrekening: {IBAN_OCR}\nAantal pagina's (incl. deze): {pages}",
    "kan ik de afspraak van morgen verzetten ik moet werken groet {NAME_WATCH} mijn nummer is {PHONE_WATCH}",
    "{NAME_FULL} › Schuldhulp collega's\nWie neemt {weekday} de intake van {NAME_FULL} over? Meneer woont op de "
    "{ADDRESS}, {POSTCODE} en heeft geen telefoon, alleen mail: {EMAIL}.",
    "Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn klantnummer bij de woningcorporatie is "
    "{CUSTOMER_NUMBER_TENANT} en bij de energie {CUSTOMER_NUMBER}. Meer weet ik niet.\n\nDank, ik vraag de "
    "achterstanden op.",
    # ---- tyre storage at garages
    "{garage}: uw winterbanden ({PLATE}) liggen klaar in ons bandenhotel. Afspraak maken via {public_phone} of beantw",
    "Mien winterbanden ligt bi'j oe in 't bandenhotel, kenteken {PLATE}. Kö'j ze volgende wekke d'r onder leggen? "
    "{NAME_AH}, {PHONE_AH}",
    "[13:22] ▸ knop: Banden wisselen\n[13:23] 🤖 Bandenbot: Wat is je kenteken?\n[13:23] Klant: {PLATE_LOWER}\n"
    "[13:23] 🤖 Bandenbot: Ik vind {count} banden op klantnummer {CUSTOMER_NUMBER_TYRE}. Klopt dat?\n"
    "[13:23] ▸ knop: Ja",
    'Export bandenhotel geplakt in ticket {ticket}:\n<opslag locatie="{rack}">\n  <kenteken>{PLATE}</kenteken>\n'
    "  <eigenaar>{NAME_INITIALS}</eigenaar>\n  <maat>{tyre}</maat>\n  <profiel>{tread}</profiel>\n</opslag>",
    "Ik woon in {town_de} maar werk in Enschede, kunnen jullie mijn banden opslaan? De auto is Duits: "
    "{PLATE_DE}. Adres {ADDRESS_DE}, {POSTCODE_DE} {town_de}. Groet, {NAME_FULL}, {PHONE_DE}",
    "Kunnen jullie ook de velgen poetsen?\n\nOp {date} om {time} schreef {garage_from}:\n"
    "> Beste {NAME_FULL}, de banden van uw {car} met kenteken {PLATE} hebben nog {tread} profiel.",
    "banden moeten eronder kenteken {PLATE_WATCH} kom ik donderdag brengen groet {NAME_WATCH}",
    "{NAME_FULL} › Vestiging {town_ah}\nKlant {NAME_FULL} ({PHONE_AH}) komt zijn zomerset halen, maar het label "
    "zegt {PLATE}. Kan iemand even in rek {rack} kijken?",
    "Bij het ophalen van de banden heb ik met mijn pas betaald maar het is twee keer afgeschreven. Kaartnummer "
    "{CARD}. Kenteken {PLATE}. {NAME_FULL}",
    "Re: {CUSTOMER_NUMBER_TYRE} / {PLATE}\n\nJa, donderdag om {clock} is goed. Mvg {NAME_INITIALS}",
    # ---- hockey and football club memberships
    "[14:09] 🤖 Freddy (ledenadministratie {club}): Voor wie wil je iets wijzigen?\n[14:10] ▸ knop: Mijn kind\n"
    "[14:10] Ouder: {NAME_CHILD}, geboren {DOB_CHILD}, lidnummer {CUSTOMER_NUMBER_MEMBER}",
    "Beste {NAME_FIRST}, de contributie van {price_mid} kon niet worden geïncasseerd van {IBAN}. Graag binnen 14 "
    "dagen overmaken o.v.v. lidnr {CUSTOMER_NUMBER_MEMBER}. De penningmeester van de clu",
    "Mien jong {NAME_CHILD} wil op voetbal bi'j {club_fb}. Hee is geboren {DOB_CHILD}, wiej wont an de "
    "{ADDRESS_AH}. Mot ik nog wat invullen?",
    'Ticket {ticket}, export uit Sportlink:\n<lid relatiecode="{CUSTOMER_NUMBER_KNVB}">\n  <naam>{NAME_CAPS}</naam>'
    "\n  <geboortedatum>{DOB_ISO}</geboortedatum>\n  <telefoon>{PHONE}</telefoon>\n  <team>{team}</team>\n</lid>",
    "Afgemeld per einde seizoen {season}.\n\nOp {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn dochter "
    "stopt met hockey, kunnen jullie het lidmaatschap beëindigen? Ze staat op mijn adres, {ADDRESS}.",
    "Mi boi {NAME_CHILD} wil bij {club_fb} voetballen, hij is {DOB_CHILD} geboren in Paramaribo. Mijn nummer is "
    "{PHONE}, ik ben zijn moeder, {NAME_SR}.",
    "afmelden voor de training van vanavond {NAME_WATCH} lidnummer {CUSTOMER_NUMBER_MEMBER}",
    "{NAME_FULL} › Vrijwilligers {club}\nWie rijdt zaterdag naar {town} voor {team}? Ik heb plek voor 3, kenteken "
    "{PLATE}, verzamelen om {clock}. App me: {PHONE}",
    # ---- concert ticket resale
    "[14:57] ▸ knop: Ik heb een ticket verkocht\n[14:58] 🤖 Ticky: Naar welk rekeningnummer betalen we uit?\n"
    "[14:58] Verkoper: {IBAN}\n[14:58] 🤖 Ticky: Top, bestelling {order_no} staat klaar voor uitbetaling ✅",
    "Je ticket voor {concert} is verkocht! De uitbetaling naar {IBAN} volgt binnen {count} werkd",
    "Hij heeft me nooit de tickets gestuurd!\n\nOp {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Betaal maar "
    "naar {IBAN}, dan krijg je vanavond de 2 tickets voor {concert}.",
    "Ik had kaarten veur de {festival} ekocht via oe site, mar de barcode dut 't nich. Betaald met creditcard "
    "{CARD}. Geld trugge graag! {NAME_AH}",
    "ticket verkocht stuur het geld naar {IBAN_WATCH} bedankt {NAME_WATCH}",
    "Ticket {ticket}: gegevens uit de backoffice\n<resale>\n  <verkoper>\n    <naam>{NAME_FULL}</naam>\n    "
    "<email>{EMAIL}</email>\n    <tel>{PHONE}</tel>\n  </verkoper>\n  <evenement>{concert}</evenement>\n</resale>",
    "Mi bro {NAME_SR} heeft 2 kaartjes voor {concert} gekocht van een oplichter, betaald met zijn kaart {CARD}. Wat "
    "kunnen we nu nog doen?",
    "Ik kocht een ticket voor {concert} maar de verkoper {NAME_FULL} heeft het daarna nog twee keer verkocht. Zijn "
    "nummer is {PHONE}. Ik wil mijn {price_mid} terug.",
    # ---- personal alarm buttons for elderly people
    "FAXVOORBLAD\nAan: Alarmcentrale {alarm_co}\nVan: Wijkverpleging {care_org}\nCliënt: {NAME_OCR}\nAdres: "
    "{ADDRESS_OCR}\nGeb.datum: {DOB_OCR}\nContactpersoon: {NAME_FULL}, tel. {PHONE_OCR}",
    "[15:44] ▸ knop: Alarmknop aanvragen voor mijn vader\n[15:45] 🤖 Wilma-bot: Wat is zijn adres?\n[15:45] "
    "Bezoeker: {ADDRESS}, {POSTCODE} {town}\n[15:45] 🤖 Wilma-bot: En wie is de eerste sleutelhouder?\n[15:45] "
    "Bezoeker: ik, {NAME_FULL}, {PHONE}",
    "Mien moder {NAME_AH} ({DOB_SENIOR}) hef de knop in de badkamer laten valn en noe dut e 't nich meer. "
    "Abonneenummer {CUSTOMER_NUMBER_ALARM}. Kö'j eem langs kommen?",
    "hulp ik ben gevallen in de tuin ik ben {NAME_WATCH} bel mijn dochter {PHONE_WATCH}",
    "De sleutelkluis heeft een nieuwe code, die bel ik door.\n\nOp {date} om {time} schreef {NAME_FULL} <{EMAIL}>:"
    "\n> Nieuwe tweede sleutelhouder is mijn zwager, {NAME_FULL}, {PHONE}.",
    "Ik ben {NAME_SR}, mijn oma woont alleen op de {ADDRESS} en ze valt soms. Ze is geboren {DOB_SENIOR}. Kan ze "
    "een alarmknop krijgen? Ze heeft geen telefoon, alleen mijn nummer {PHONE}.",
    'Ticket {ticket}, melding uit de meldkamer:\n<alarm>\n  <tijd>{stamp}</tijd>\n  <abonnee nr="'
    '{CUSTOMER_NUMBER_ALARM}">{NAME_CAPS}</abonnee>\n  <adres>{ADDRESS}</adres>\n  <postcode>{POSTCODE}</postcode>'
    "\n  <opvolging>{alarm_result}</opvolging>\n</alarm>",
    "{alarm_co}: de testmelding van het alarm op {ADDRESS_AH} is goed ontvangen. Abonnee {CUSTOMER_NUMBER_ALARM}. "
    "Vragen? Bel {public_phone} op werkd",
    # ---- elderly day care
    "{NAME_FULL} › {daycare}\nVandaag jarig: mevrouw {NAME_SURNAME}, geboren {DOB_SENIOR}! De taart "
    "staat in de koelkast 🎂 Wie haalt slagroom?",
    "Taxi voor {NAME_FULL} staat om {clock} bij {ADDRESS}. Graag klaarstaan met rollator, de chauffeur belt aan en "
    "wach",
    "Vader {NAME_AH} geet drie dage in de wekke noar de dagopvang. Zien indicatie löp of, cliëntnummer "
    "{CUSTOMER_NUMBER_DAYCARE}. Wel mot ik bellen? {PHONE_AH}",
    "[16:18] ▸ knop: Afmelden voor vandaag\n[16:19] 🤖 Hanna (bot): Voor wie meld je af?\n[16:20] Mantelzorger: "
    "{NAME_FULL}, cliëntnr {CUSTOMER_NUMBER_DAYCARE}\n[16:20] ▸ knop: Ziek",
    "Doorgezet naar de administratie.\n\nOp {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn moeder heeft "
    "een nieuwe zorgverzekeraar, polisnummer {CUSTOMER_NUMBER_POLICY}, haar BSN is {BSN}.",
    "F A X\nHuisartsenpraktijk {gp}\nBetreft: verwijzing dagbesteding\nNaam: {NAME_OCR}\nBSN: {BSN_OCR}\nGeb.: "
    "{DOB_OCR}\nPagina 1 van {pages}",
    '<client nummer="{CUSTOMER_NUMBER_DAYCARE}">\n  <naam>{NAME_FULL}</naam>\n  <geboren>{DOB_ISO_SENIOR}'
    "</geboren>\n  "
    "<dagen>{days}</dagen>\n  <contact>{PHONE}</contact>\n</client>",
    "Oma {NAME_SR} gaat vanaf {date} naar de dagbesteding, maar ze moet nog een pasfoto en haar BSN {BSN} "
    "inleveren. Mi e tyari en {weekday}. Grantangi!",
    "gedicteerd op horloge\nbsn van mijn moeder voor het formulier van de dagbesteding is {BSN_WATCH} en ze woont "
    "op {ADDRESS_WATCH}",
    "verstuurd vanaf Galaxy Watch\nmam gaat vandaag niet naar de dagopvang ze is ziek het gaat om {NAME_WATCH} "
    "geboren {DOB_WATCH}",
]

NL: list[tuple[str, str]] = [("nl", template) for template in _TEMPLATES]
