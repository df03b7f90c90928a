"""Dutch templates of the `test_v15` split, first half: number porting and SIM swaps, broadband outages and engineer
visits, streaming and music family plans, energy termination fees, burglary claims on the home insurance, bike lease
through the employer, car and scooter sharing fines, parking apps, toll and low-emission-zone fines abroad,
marketplace disputes and parcel lockers. The second half is in `privacy_templates_v15`, which exports the split.
Written by someone who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # number porting, SIM swaps and eSIMs
    "Overstappen naar {telco} met behoud van nummer: {PHONE}. Klantnummer bij de oude provider "
    "{CUSTOMER_NUMBER_CONTRACT}, de overstapcode komt nog per sms.",
    "Chat {telco}\nKlant: de QR-code voor mijn eSIM is naar {EMAIL} gestuurd maar daar kan ik niet meer in\n"
    "Klant: kan hij naar {EMAIL} ?\n{NAME_STAFF}: ik zet het voor je om, moment!",
    "Notitie SIM-swap: beller noemde naam {NAME_FULL} en geb.datum {DOB}, maar wist het rekeningnummer niet (bij ons "
    "bekend: {IBAN}). Swap NIET uitgevoerd, nummer {PHONE} tijdelijk geblokkeerd.",
    "K: Het gaat om het nummer van mijn moeder, {PHONE_VOICE}.\nA: En met wie spreek ik?\nK: {NAME_FULL}, ik sta "
    "als gemachtigde op het contract.",
    "Porteringsformulier\nNummer: {PHONE}\nHuidige provider: {telco}\nTenaamstelling: {NAME_INITIALS}\nKlantnummer: "
    "{CUSTOMER_NUMBER}\nGewenste datum: {date}",
    "Mijn zoon heeft een prepaid van {telco}, {PHONE}, maar die staat op mijn naam ({NAME_FULL_F}). Hij is op "
    "{DOB_CHILD} geboren, mag hij hem zelf overzetten?",
    # broadband outages and engineer visits
    "Storing {isp}, {ticket}. Monteur komt {weekday} {time} naar {ADDRESS}, {POSTCODE} {city}. Contactpersoon ter "
    "plaatse: {NAME_FIRST}, {PHONE}.",
    "AL DRIE DAGEN GEEN INTERNET. De {router} knippert oranje en ik werk thuis. Klantnummer {CUSTOMER_NUMBER}, "
    "{NAME_FULL}",
    "Monteursbon: glasvezel afgemonteerd in de meterkast op {ADDRESS}. Klant {NAME_INITIALS} tekende om {time} voor "
    "akkoord. Open punt: tweede aansluiting op zolder.",
    "Sms verstuurd naar {PHONE}: 'Beste {NAME_FIRST}, onze monteur komt op {date} tussen 8 en 13 uur.' Klant vraagt "
    "of het na vieren kan.",
    "Compensatie storing: {amount} wordt verrekend met de volgende factuur, of op verzoek teruggestort op {IBAN} "
    "t.n.v. {NAME_FULL}.",
    "Re: {ticket}\n\nDag {NAME_STAFF}, dank voor je antwoord. Mijn nieuwe rekening is\n{IBAN_WRAP}\n\nGroet,\n"
    "{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {city}\n\n> Op {date} schreef Klantenservice {isp}:\n> Kunt u uw "
    "rekeningnummer bevestigen?",
    # streaming billing
    "Er gaan twee {streamer}-abonnementen van mijn creditcard {CARD} af. Eén op mijn eigen mail, {EMAIL}, de ander op "
    "{EMAIL}. Dat adres ken ik niet!",
    "{streamer} chat\n> Je account staat op naam van {NAME_FULL}, klopt dat?\n> ja\n> De betaling van {amount} is "
    "mislukt. Wil je een andere kaart toevoegen?\n> ok {CARD_BARE}",
    "Opzegging {streamer} per {date}. Account-ID {CUSTOMER_NUMBER_ACCOUNT}, inlog met {EMAIL}.",
    "De incasso van {streamer} loopt via {IBAN}, de rekening van mijn ex {NAME_FULL_M}. Die moet eraf!!",
    "Cadeaukaart ingewisseld op het account van {NAME_FIRST} ({EMAIL_SAME}), maar het tegoed staat er niet op.",
    # music family plans
    "Ik ben de beheerder van het Family-abonnement van {music}. Ons jongste kind, {NAME_CHILD}, is eruit gegooid "
    "omdat het adres niet zou kloppen, maar we wonen allemaal op {ADDRESS}, {POSTCODE}.",
    "Gezinsleden {music} Family:\n- {NAME_FULL} (beheerder), {EMAIL_SAME}\n- {NAME_FIRST}, {EMAIL_SAME}\n- "
    "{NAME_CHILD}, geb. {DOB_CHILD}",
    "Ik betaal {music} Duo voor mij en mijn vriend {NAME_FULL_M}, maar hij wil nu apart. Kan mijn deel voortaan van "
    "{IBAN}?",
    "Mijn account staat op {EMAIL_TYPO}, daar heb ik me bij het aanmelden vertypt. Het moet {EMAIL_SAME} zijn.",
    # energy termination fees
    "Opzegvergoeding van {amount} omdat ik verhuis?? Ik ga naar een aanleunwoning, {ADDRESS_CARE}, {POSTCODE}. "
    "Contractnummer {CUSTOMER_NUMBER_CONTRACT}. Met vriendelijke groet, {NAME_INITIALS}",
    "Bezwaar eindafrekening {energy}\nKlant: {NAME_FULL}\nKlantnummer: {CUSTOMER_NUMBER}\nLeveradres: {ADDRESS}, "
    "{POSTCODE} {city}\nIBAN voor terugbetaling: {IBAN}",
    "A: Voor de opzegging heb ik uw geboortedatum nodig.\nK: Eh, {DOB_VOICE}.\nA: Dank u. En u stapt over naar "
    "{energy}?\nK: Ja, per {date}.",
    "De boete voor vroegtijdig opzeggen klopt niet: mijn vader {NAME_FULL_M} is op {date} overleden. Zijn "
    "klantnummer was {CUSTOMER_NUMBER}. Stuur de eindafrekening naar mij, {EMAIL}.",
    "Ik ben aan de deur overgehaald om over te stappen en wil binnen de bedenktijd terug. {NAME_FULL}, {ADDRESS}. "
    "Bel me op {PHONE_LAND}.",
    # burglary claims on the home insurance
    "Schademelding inbraak {date}\nVerzekerde: {NAME_FULL}\nPolisnummer: {CUSTOMER_NUMBER_POLICY}\nRisicoadres: "
    "{ADDRESS}, {POSTCODE} {city}\nGestolen: laptop, sieraden, een {phone_model}\nProces-verbaal: volgt",
    "Bij de inbraak is ook mijn pinpas meegenomen, {CARD}. Geblokkeerd, maar er was al {amount} afgeschreven.",
    "De schade-expert komt {weekday}. Bel liever mijn man, {NAME_FULL_M}, op {PHONE}; ik werk overdag.",
    "Uitkering {case} graag op {IBAN} t.n.v. {NAME_DOUBLE}, niet op de en/of-rekening.",
    "Ze kwamen via de achterdeur binnen terwijl de auto ({PLATE}) gewoon voor de deur stond. Buurman {NAME_FULL_M} zag "
    "iemand wegfietsen richting {city}.",
    # bike lease through the employer
    "Fietslease via {employer}: personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}, contract {CUSTOMER_NUMBER_LEASE}. Mijn "
    "{bike} is gestolen bij station {city}.",
    "Van: {NAME_FULL} <{EMAIL_WORK_SAME}>\nAan: service@leaseabike.nl\nOnderwerp: onderhoudsbeurt\n\nMoet mijn fiets "
    "naar de dealer of komen jullie langs? Ik ben bereikbaar op {PHONE}.",
    "Ik ben per {date} uit dienst. Wat doe ik met de leasefiets? Afkopen mag van {IBAN}. Groet, {NAME_FIRST}",
    "Afleveradres leasefiets: {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_FULL}. Niet bij de receptie van {employer} "
    "afgeven a.u.b.",
    "HR heeft mijn BSN ({BSN}) aan de leasemaatschappij doorgegeven zonder het te vragen. Mag dat?",
    # car and scooter sharing fines
    "Boete van {amount} doorbelast door {carshare}: auto {PLATE} geflitst op {date} om {time}. Toen had ik hem al "
    "ingeleverd! Account {CUSTOMER_NUMBER_ACCOUNT}.",
    "Hallo {scooter}, ik krijg een naheffing voor een scooter die verkeerd stond, maar mijn rit eindigde netjes. Het "
    "account staat op {NAME_FULL}, geboren {DOB}.",
    "Schadeformulier deelauto\nBestuurder: {NAME_FULL}\nKenteken deelauto: {PLATE}\nTegenpartij: {PLATE}, "
    "bestuurder {NAME_FULL}, tel. {PHONE}\nToedracht: achteruit ingeparkeerd",
    "Mijn vriend {NAME_FIRST_M} heeft met mijn account ({EMAIL}) gereden, dus de boete is voor hem. Zijn adres: "
    "{ADDRESS}, {POSTCODE}.",
    "Ik heb al drie keer gemaild naar klantenservice@felyx.com, maar er komt geen antwoord. Mijn account: {EMAIL}, "
    "de rit van {date} om {time}.",
    "CJIB-brief over kenteken {PLATE}, dat is een deelscooter van {scooter}. Ik heb die dag geen rit gemaakt. "
    "Klantnummer {CUSTOMER_NUMBER}.",
    # parking apps
    "{parking} rekende {amount} voor twintig minuten parkeren met de {PLATE}. De sessie stopte niet toen ik op stop "
    "drukte. Account: {EMAIL}.",
    "Naheffingsaanslag ontvangen terwijl de parkeeractie liep, alleen op mijn andere kenteken, {PLATE}. De auto die "
    "er stond was de {PLATE}.",
    "App {parking} ({version}): creditcard {CARD} verwijderd, toch afgeschreven. Graag terugboeken.",
    "K: Mijn kenteken is {PLATE_VOICE}.\nA: Ik zie drie parkeeracties vandaag in {city}.\nK: Kan niet, ik was thuis!",
    # toll and low-emission-zone fines abroad
    "Boete uit {zone} voor kenteken {PLATE}, maar die auto heb ik in 2023 verkocht aan {NAME_FULL}. Het "
    "vrijwaringsbewijs heb ik nog.",
    "Franse boete (ANTAI) ontvangen voor {PLATE} (NL). Het adres op de brief is oud, ik woon sinds een jaar op "
    "{ADDRESS}, {POSTCODE} {city}.",
    "Tolbadge van {toll} hangt aan {PLATE} en wordt betaald van {IBAN}. Nu ik een andere auto heb, {PLATE}, moet dat "
    "worden aangepast.",
    "Portugese tol niet betaald met huurauto {PLATE_PT}, op naam van {NAME_FULL}. Nu eisen ze {amount}, terwijl wij "
    "{date} al met {flight} terug zijn gevlogen.",
    "Registrierung Umweltplakette\nKennzeichen: {PLATE} (NL)\nHalter: {NAME_FULL}\nAnschrift: {ADDRESS}, {POSTCODE} "
    "{city}\nE-Mail: {EMAIL_SAME}",
    "Ik rijd met de caravan naar het zuiden. Mag mijn oude diesel ({PLATE}) {zone} in? Groetjes {NAME_FIRST}",
    # marketplace disputes
    "Via {market} een fiets verkocht aan {NAME_FULL_M}. Hij stuurde een betaalverzoek van één cent en nu staat er "
    "niks op {IBAN}. Is dit oplichting?",
    "Koper zegt dat het pakket leeg aankwam. Verzonden naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, met {tracking}.",
    "Verkoper reageert niet meer. Zijn nummer: {PHONE}. Betaald naar {IBAN} t.n.v. {NAME_INITIALS}. De advertentie "
    "staat nog online.",
    "Let op: '{NAME_FIRST} uit {city}' vraagt in de chat om je IBAN en je BSN voor een 'verificatie'. {market} "
    "vraagt daar nooit om.",
    "Geschil {order}: koper {NAME_FULL_M} ({EMAIL_SAME}) wil zijn geld terug; ik heb foto's van de verpakking.",
    # parcel lockers
    "De ophaalcode voor {locker} ging naar mijn oude nummer, {PHONE}. Mijn nieuwe is {PHONE}. Pakket {tracking}.",
    "Pakket graag omleiden naar de locker bij de {shop} in {city}, op naam van {NAME_FULL}. Code naar {EMAIL_SAME}.",
    "Kluis ging niet open, code 4471 werkte niet. Het pakket was voor {NAME_FULL_LOW}, {ADDRESS}.",
    "Retour via {locker}: afzender {NAME_INITIALS}, postcode {POSTCODE_BARE}, {order}.",
]
