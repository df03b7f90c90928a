"""Dutch templates of the `test_v14` split, first half: a bank's fraud desk (phishing, blocked cards), account
recovery at a crypto exchange, a garage's APK and tyre appointments, airline rebooking and compensation claims,
ferries and campsites, holiday parks, wedding venues and photographers, and wholesale orders from small firms. The
second half is in `privacy_templates_v14`, which exports the split. Written by someone who never saw the redaction
rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # a bank's fraud desk: phishing, spoofed calls, blocked cards
    "Fraudelijn {time_night}\nK: ik eh, ik heb op een linkje geklikt in een sms van de {bank} en toen... toen heb ik "
    "mijn kaartnummer ingevuld. {CARD}.\nA: Oké, die blokkeer ik nu meteen.",
    "A: Ik zie een overboeking van {amount} naar {IBAN_FOREIGN}. Herkent u die?\nK: Nee! Nooit van gehoord. Ik heb "
    "alleen die app geïnstalleerd die die meneer aan de telefoon zei.",
    "Notitie fraudedesk: {NAME_FULL} (geb. {DOB}) gebeld door een 'bankmedewerker', ons eigen nummer stond in beeld. "
    "Rekening {IBAN} tijdelijk geblokkeerd, nieuwe pas naar {ADDRESS}.",
    "Goedemiddag, u spreekt met {NAME_TV}. Eh, ik kreeg een mail dat mijn pas verloopt en nou ja, ik heb {CARD} "
    "ingevuld op die site. Stom hè.",
    "Doorgestuurde phishingmail, klant vraagt of hij echt is:\n> Beste {NAME_FULL},\n> Uw betaalpas verloopt op "
    "{date}. Vraag via onderstaande link een nieuwe aan.\n> Verzonden aan: {EMAIL_SAME}",
    "Pas ingeslikt door de automaat bij de {bank} in {city}. Nieuwe pas graag naar {ADDRESS}, {POSTCODE}; ik ben "
    "{NAME_INITIALS}, rekening {IBAN}.",
    "A: Mag ik voor de controle uw geboortedatum?\nK: {DOB_SPOKEN}.\nA: Dank u. En het rekeningnummer waar het om "
    "gaat?\nK: Momentje... {IBAN_SPOKEN}.",
    "Klant belt namens haar vader ({NAME_FORMAL_M}), die heeft zijn pincode aan een 'koerier' gegeven. Pas {CARD} "
    "geblokkeerd om {time_night}. Terugbellen op {PHONE} (dochter).",
    "Terugbelverzoek fraude: {PHONE_SPOKEN}, zei de klant, 'maar niet na negen uur want dan slaap ik'.",
    # account recovery at a crypto exchange
    "Onderwerp: kan niet meer inloggen\n\nMijn 2FA stond op mijn oude telefoon ({PHONE}) en die is gestolen. "
    "Account-ID {CUSTOMER_NUMBER_UID}, e-mail {EMAIL}. Groet, {NAME_FIRST_SAME}",
    "Voor de ID-check bij {exchange}: naam {NAME_FULL}, geboortedatum {DOB}, adres {ADDRESS}, {POSTCODE} {city}. "
    "Selfie met rijbewijs zit in de bijlage.",
    "Opname naar {IBAN} geweigerd: op de rekening staat {NAME_INITIALS}, in het account {NAME_FULL_SAME}. Dat ben ik "
    "allebei hoor.",
    "chat {exchange}: hoi ik heb een nieuw nummer {PHONE} en krijg de sms code dus niet 😩 uid {CUSTOMER_NUMBER_UID}",
    "Bij de verificatie heb ik BSN {BSN} ingevuld maar het formulier zegt 'ongeldig'. Klopt het veld wel?",
    "Herstelformulier\nE-mailadres account: {EMAIL}\nNieuw e-mailadres: {EMAIL_SAME}\nLaatste storting vanaf: {IBAN}",
    # a garage: APK, tyres, loan cars
    "APK-afspraak voor de {car} met kenteken {PLATE}, {weekday} {time}. Naam {NAME_FULL}, bereikbaar op {PHONE}.",
    "Bandenwissel graag, {PLATE}. De winterbanden liggen bij jullie in de opslag, op naam van {NAME_SURNAME}.",
    "Werkorder {garage}\nKenteken: {PLATE}\nKlant: {NAME_INITIALS}\nTel: {PHONE_LAND}\nKlantnr: {CUSTOMER_NUMBER}\n"
    "Opm.: remblokken voor, APK verloopt {date}",
    "K: Het kenteken is eh... {PLATE_SPOKEN}.\nA: Dus {PLATE_SAME}?\nK: Ja precies, de {car}.",
    "Mijn vrouw heeft de auto gebracht ({PLATE}), maar de factuur graag naar {EMAIL} en niet naar haar mail.",
    "Leenauto mee tijdens de reparatie; rijbewijs {NAME_FULL}, geb. {DOB}, gekopieerd en in het dossier gedaan.",
    "SMS van {garage}: Beste {NAME_FIRST}, uw auto ({PLATE}) is klaar. Ophalen kan tot 18.00 uur. Totaal {amount}.",
    "Kenteken {PLATE}... nee sorry, dat is de oude. Het moet {PLATE} zijn, die staat nu op mijn naam.",
    # airline rebooking and compensation claims
    "Vlucht {flight} is geannuleerd. Graag omboeken voor {NAME_FULL} en {NAME_FULL}, {booking}. Contact: {PHONE}.",
    "Claimformulier vertraging\nPassagier: {NAME_SORTED}\nGeboortedatum: {DOB}\nIBAN voor uitbetaling: {IBAN}\n"
    "Vlucht: {flight} op {date}",
    "Mijn Flying Blue-nummer is {CUSTOMER_NUMBER_FF}, de miles van de geannuleerde vlucht zijn nooit bijgeschreven.",
    "De compensatie van {amount} mag naar de rekening van mijn dochter {NAME_FIRST_F}: {IBAN}.",
    "Onze zoon {NAME_CHILD_M} ({DOB_CHILD}) vliegt alleen terug met {airline}; noodnummer tijdens de reis: {PHONE}.",
    "Omboeking op naam van {NAME_TR}, paspoort klopt, alleen de geboortedatum is fout ingevoerd: {DOB} moet "
    "{DOB_FIX} zijn.",
    "Mijn moeder heeft geen mail. Stuur de nieuwe instapkaart naar mij, {EMAIL}, of sms naar {PHONE_TR}.",
    # ferries and campsites
    "Overtocht naar {island} met {ferry}: auto {PLATE}, lengte met fietsendrager 5,20 m. Op naam van {NAME_FULL}.",
    "Boekingsformulier {camping}\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nPostcode/plaats: {POSTCODE} {city}\n"
    "Mobiel: {PHONE}\nAankomst: {date}",
    "Plek 41 graag weer, net als vorig jaar. CampingCard {CUSTOMER_NUMBER_PASS}, caravan achter de {car} ({PLATE}).",
    "Borg van de stacaravan ({amount}) is nog niet terug. Rekeningnummer {IBAN} t.n.v. {NAME_SORTED}.",
    "De boot van {time} was vol. Kunnen jullie de retour van {NAME_FY} omzetten? Ze is bereikbaar op {PHONE_LAND}.",
    "Van: {NAME_FULL} <{EMAIL_SAME}>\nOnderwerp: borg terug\n\nGraag de borg terugstorten op\n{IBAN_WRAP}\n"
    "t.n.v. {NAME_FULL_SAME}\n\nVerstuurd vanaf mijn iPhone",
    "Vlaamse gasten op {camping}: {NAME_BE}, nummerplaat {PLATE_BE}, gsm {PHONE_BE}, mail {EMAIL_SAME}.",
    # holiday parks
    "Bungalow 117 in {park} had geen warm water. Graag een deel van de {amount} terug op creditcard {CARD}. "
    "Groet, {NAME_FULL}",
    "Hond aangemeld? Ja, één. Boeking op naam van {NAME_TV}, klantnummer {CUSTOMER_NUMBER}.",
    "Vakantiepark, receptie: sleutel 88 meegegeven aan {NAME_FIRST}, de rest van het gezelschap komt later. "
    "Kenteken op de parkeerlijst: {PLATE}.",
    # wedding venues and photographers
    "Optie op {venue} voor {date}, genomen door {NAME_FULL} & {NAME_FULL}. Aanbetaling komt van {IBAN}.",
    "Van: {NAME_FULL} <{EMAIL_SAME}>\nAan: info@{venue_domain}\nOnderwerp: proeverij\n\nKunnen we de proeverij "
    "een week verzetten? Bel gerust: {PHONE}.",
    "{photographer}: de link naar de galerij ging naar {EMAIL}, maar daar komt niks aan. Wachtwoord graag per sms "
    "naar {PHONE}.",
    "Newbornshoot voor {NAME_CHILD}, geboren {DOB_BABY}, graag bij ons thuis: {ADDRESS}, {POSTCODE} {city}.",
    "De factuur van de fotograaf staat op naam van {NAME_DOUBLE}, maar betaald is er vanaf {IBAN}.",
    "Trouwfoto's: de ceremonie is op {date} om {time}. Getuigen {NAME_FULL} en {NAME_FIRST}, die laatste belt u nog.",
    "Contactformulier {photographer}\nnaam={NAME_URL}&email={EMAIL_URL_SAME}&tel={PHONE_PLAIN}&bericht=gezinsshoot",
    # wholesale orders: a small firm's buyer is still a person
    "Webshop groothandel, {order}\nBesteld door: {NAME_FULL}, inkoop\nDebiteurnummer: {CUSTOMER_NUMBER}\n"
    "Afleveren achteringang, {weekday} voor tienen.",
    "Hoi, {NAME_FIRST} hier van {shop_b2b}. Zelfde bestelling als vorige week maar dan 40 kratten. Mijn directe "
    "nummer is {PHONE}.",
    "Met vriendelijke groet,\n\n{NAME_FULL}\nInkoop & Logistiek | {shop_b2b}\nT {company_phone} | M {PHONE}\n"
    "{EMAIL_WORK_SAME}",
    "Pakbon klopt niet: afgetekend door {NAME_INITIALS}, maar er misten zes dozen. Klantnummer {CUSTOMER_NUMBER}.",
    "Nieuwe klant {wholesaler}-pas: {NAME_FULL}, eigenaar {shop_b2b}, pasnummer {CUSTOMER_NUMBER_PASS}, "
    "privéadres {ADDRESS}, {POSTCODE}.",
    "De incasso voor de groothandel moet voortaan van {IBAN} (zakelijk), niet meer van de privérekening van "
    "{NAME_FIRST}.",
    "Chauffeur meldt: niemand aanwezig bij {shop_b2b}, gebeld met {NAME_FIRST} op {PHONE}, kratten bij de buren.",
]
