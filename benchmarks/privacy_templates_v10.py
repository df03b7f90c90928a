"""Dutch templates of the `test_v10` split (held out; English ones in `privacy_templates_v10_en`, sentences without
personal data in `privacy_templates_v10_clean`). Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: smart meters, solar panels and inverters, housing-corporation repairs
and house swaps, childcare and school administration, gym memberships put on hold, OV-chipkaart refunds, parcel
lockers, hospital appointment lines, the gemeente (passport, parking permit, houseboat), pension and insurance
calls, holiday parks, vet clinics and sports clubs, car lease and roadside help, keeping a number when switching,
streaming, bank-helpdesk fraud, moving house, debt collectors, escalation to a team leader, voicemail transcripts,
pre-chat forms, e-mail with quoted replies, agent wrap-up notes and supervisor whisper notes; spoken numbers,
hesitations and corrections ('nee wacht'), names in the middle of long sentences, several people at once, 'Met
Koning.' on the phone, names that are ordinary words, and a surname spelled with the Dutch spelling alphabet.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, mw.), 'familie', cue, quote or
bracket, and never a possessive 's. Street and house number together are ADDRESS, the postcode apart POSTCODE;
a town alone, a bungalow or neighbour's house number without a street, order, ticket and invoice numbers, company
phone numbers, amounts and dates that are not a birth date are not labelled. A wrong value a caller corrects is
still that caller's personal data and labelled too."""

from __future__ import annotations

from benchmarks.privacy_templates_v10_en import TEST_V10_PII_EN

_NL = [
    # smart meters, solar panels
    "De slimme meter geeft sinds {date} geen standen meer door. Klantnummer {CUSTOMER_NUMBER_ENERGY}, "
    "adres {ADDRESS}, {POSTCODE} {city_nl}.",
    "We hebben sinds kort zonnepanelen en ik wil het termijnbedrag omlaag. U spreekt met {NAME_FULL}, "
    "mijn nummer is {PHONE}, klantnummer heb ik even niet bij de hand.",
    "Waarom rekent {energy} ineens {amount} terugleverkosten per maand? Groet, {NAME_WORD} ({EMAIL})",
    "klant: de omvormer piept weer. Ik woon op de {ADDRESS_SPOKEN}, postcode {POSTCODE_SPOKEN}.",
    "Het energiecontract staat nog op naam van mijn overleden man, {NAME_INITIALS}. Graag op mijn naam, "
    "{NAME_MARRIED}; de rekening blijft {IBAN}.",
    "Storing: bij ons op {POSTCODE} valt de stroom steeds uit als de wasmachine aanslaat, de buren hebben het ook.",
    "Installateur van {energy} heeft de laadpaal aangesloten bij {ADDRESS}, maar de pas koppelt niet aan {PLATE}.",
    "De laadpas van {energy} moet gekoppeld worden aan creditcard {CARD}, de app weigert hem steeds.",
    "Mag onze {car} met kenteken {PLATE} de milieuzone in {city_nl} in, of moeten we ontheffing aanvragen?",
    # housing corporation
    "De monteur van {corp} mag de sleutel halen bij de buurvrouw op nummer 14; zelf woon ik op {ADDRESS} "
    "en ik ben bereikbaar op {PHONE}.",
    "Woningruil aangevraagd: wij, {NAME_FULL} en {NAME_FULL}, ruilen onze woning aan de {ADDRESS} met de familie "
    "{NAME_WORDSUR}.",
    "Huurdersnummer {CUSTOMER_NUMBER_TENANT}: de mechanische ventilatie maakt herrie. Bel liever {PHONE_LAND} "
    "dan mijn mobiel.",
    "Schimmel achter de kast, foto's gemaild vanaf {EMAIL}. Mvg {NAME_FULL}, huurder sinds {date}.",
    # childcare, school
    "Wilt u de jaaropgave van {childcare} voor {NAME_CHILDFULL} (geboren {DOB_CHILD}) naar {EMAIL} sturen? "
    "De Belastingdienst vraagt erom.",
    "Onze oppas, {NAME_FULL}, haalt {NAME_CHILD} vrijdag op bij de BSO en belt vanaf {PHONE} als ze bij het hek staat.",
    "Ziekmelding groep 5: {NAME_CHILD} heeft koorts en blijft thuis. Groetjes, {NAME_FIRST}",
    "Leerlingnummer {CUSTOMER_NUMBER_PUPIL}, {NAME_CHILDFULL} uit 2B: de ouderbijdrage is betaald vanaf {IBAN}.",
    "Voor de inschrijving vraagt de school het BSN van onze dochter, dat is {BSN}, en dat van mij: {BSN}.",
    "Relatienummer {CUSTOMER_NUMBER_RELATION} bij {childcare}: er zijn in {month} twee opvangdagen te veel "
    "gefactureerd.",
    # gym
    "Kan ik mijn lidmaatschap van {gym} drie maanden stilzetten? Knieblessure. Lidnummer "
    "{CUSTOMER_NUMBER_MEMBER}, naam {NAME_WORD}.",
    "Er is deze maand twee keer {amount} afgeschreven van {IBAN} door {gym}, terwijl ik maar één pasje heb.",
    "Mijn pasje opent het poortje niet meer; lidnummer {CUSTOMER_NUMBER_MEMBER}, geboortedatum {DOB}.",
    # OV refunds
    "Vergeten uit te checken in de bus in {city_nl} op {date}. Persoonlijke OV-chipkaart op naam van {NAME_FULL}, "
    "geboortedatum {DOB}; het instaptarief graag terug op {IBAN}.",
    "De OV-chipkaart van onze jongste, {NAME_CHILD} (geboren {DOB_CHILD}), werd op station {station} twee keer belast.",
    "Restitutie voor de uitgevallen trein van {time}: naar {IBAN_SPOKEN}, op naam van {NAME_INITIALS}.",
    # parcel lockers
    "De ophaalcode voor de pakketkluis bij {shop} in {city_nl} gaat naar {PHONE}, maar dat nummer heb ik niet "
    "meer. Nieuw nummer: {PHONE}.",
    "Pakket voor {NAME_INITIALS}, {ADDRESS}, staat op 'afgeleverd in kluis', maar het vak was leeg.",
    "Zending {order} moet niet naar de kluis maar naar mijn werk: {ADDRESS_ABBR}, {POSTCODE} {city_nl}.",
    # hospital
    "Poli dermatologie {hospital}: de afspraak van {NAME_FULL}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, "
    "graag verzetten naar na {date}.",
    "Ik bel voor mijn schoonvader, meneer {NAME_WORDSUR}, geboren {DOB_ELDER_SPOKEN}; hij is de verwijsbrief kwijt.",
    "Patiënt {CUSTOMER_NUMBER_PATIENT} wil de uitslag per post op {ADDRESS}, niet in het portaal.",
    "Afspraakbevestiging {hospital}, route {route}: {NAME_FULL}, {weekday} om {time}, neem uw ID en "
    "verzekeringspas mee.",
    # gemeente
    "Afspraak gemeente {city_nl} voor een nieuw paspoort: {NAME_FULL}, BSN {BSN}, telefoon {PHONE}.",
    "Melding openbare ruimte: lantaarnpaal kapot bij {ADDRESS}; melder {NAME_FIRST}, terugkoppeling graag via {EMAIL}.",
    "Bewonersvergunning: kenteken {PLATE} graag wijzigen in {PLATE}, adres {ADDRESS}.",
    "Ik woon sinds {date} in een woonboot op {ADDRESS_BOAT} en krijg nog steeds geen afvalpas.",
    "Kwijtschelding gemeentelijke belastingen aangevraagd door {NAME_MARRIED}, BSN {BSN}, {ADDRESS} {POSTCODE}.",
    "Bij het aanmelden voor de zorgverzekering van mijn man zegt de site dat BSN {BSN} ongeldig is.",
    "Op het pensioenoverzicht staat BSN {BSN}, maar dat is het nummer van mijn partner, {NAME_WORD}.",
    # pension, insurance
    "klant: ik wil mijn pensioen laten overdragen naar {pension}. Mijn BSN is eh {BSN_SPOKEN}.",
    "De pensioenbrief aan mijn moeder noemt de verkeerde geboortedatum: het moet {DOB_ELDER} zijn, niet {DOB_ELDER}.",
    "De tegenpartij, {NAME_FULL}, reed achteruit tegen mijn {car} ({PLATE}); het kenteken van de tegenpartij is "
    "{PLATE}, verzekerd bij {insurer}.",
    "Polisnummer {CUSTOMER_NUMBER_POLICY}: graag {NAME_CHILD} meeverzekeren, geboren op {DOB_CHILD}.",
    "Uitkering van de reisverzekering voor de gestolen tas graag op {IBAN}, ten name van {NAME_WORD}.",
    # holiday parks
    "Bungalow 214 op {park}: de sleutelkaart doet het niet. Gast {NAME_BE}, gsm {PHONE_BE}.",
    "De borg van {amount} na ons verblijf in {park} is nog niet terug; rekening {IBAN_BE} op naam van {NAME_BE}.",
    "Wij komen met twee auto's naar {park}, kentekens {PLATE} en {PLATE_FOREIGN}; kunnen die allebei op het park?",
    "De borg voor het huisje gaat van creditcard {CARD}, niet van de rekening, toch?",
    # car lease, roadside
    "Leaseauto {PLATE} staat met een lekke band op de A2 bij {city_nl}; berijder {NAME_FULL}, contract "
    "{CUSTOMER_NUMBER_LEASE}, terugbellen op {PHONE}.",
    "Pechhulp: de bestelbus {PLATE_VAN} van {NAME_WORD} staat met een lege accu voor {ADDRESS}.",
    "klant: kenteken? eh {PLATE_SPOKEN}. Nee wacht, dat is de oude auto. {PLATE_SPOKEN}.",
    "Tankpas van {lease} geblokkeerd, hoort bij {PLATE}, bestuurder {NAME_WORD}.",
    # keeping a number, telecom
    "Bij de overstap van {telco} wil ik {PHONE} houden; mijn klantnummer daar is {CUSTOMER_NUMBER_SUBSCRIBER}.",
    "Simkaart verloren in {city_nl}, graag blokkeren: nummer {PHONE_SPOKEN}, op naam van {NAME_INITIALS}.",
    "Het abonnement van {telco} staat op {NAME_FULL}, maar {NAME_FIRST} gebruikt het; kan het worden omgezet?",
    # streaming
    "{streaming} schrijft al drie maanden {amount} af van creditcard {CARD} terwijl ik in {month} heb opgezegd.",
    "Het account van mijn ex, {EMAIL}, draait nog steeds op mijn kaart {CARD}. Hoe krijg ik dat eraf?",
    "Klantnummer {CUSTOMER_NUMBER_SUBSCRIBER}: de korting viel weg omdat mijn geboortedatum niet zou kloppen, "
    "maar het is echt {DOB}.",
    # bank fraud
    "Iemand belde namens de bankhelpdesk en ik heb {amount} overgemaakt naar {IBAN} t.n.v. {NAME_FULL}. "
    "Mijn eigen rekening is {IBAN}.",
    "Via een sms over mijn verlopen pas heb ik op een site mijn kaartnummer {CARD} en geboortedatum {DOB} ingevuld.",
    "Pas {CARD} blokkeren graag, er staan betalingen in {city_be} op die ik niet heb gedaan.",
    "Wrap-up: kaart {CARD} op verzoek geblokkeerd, nieuwe kaart gaat naar {ADDRESS}, {POSTCODE}.",
    # moving
    "Verhuizing per {date}: oud adres {ADDRESS}, {POSTCODE}; nieuw adres {ADDRESS}, {POSTCODE} {city_nl}.",
    "We verhuizen naar België: {ADDRESS_BE}, {POSTCODE_BE} {city_be}. Tot die tijd ben ik bereikbaar op {PHONE}.",
    "Na de verhuizing komt de post nog steeds op {ADDRESS_LOWER}, terwijl wij nu in {city_nl} wonen.",
    # debt collection
    "Ik kreeg een aanmaning van het incassobureau, dossier {CUSTOMER_NUMBER_DEBTOR}, maar die is voor {NAME_FULL} "
    "en die woont hier al jaren niet meer.",
    "Betalingsregeling: {amount} per maand vanaf {IBAN}, debiteurnummer {CUSTOMER_NUMBER_DEBTOR}, getekend door "
    "{NAME_INITIALS}.",
    "Deurwaarder stond bij {ADDRESS}, maar ik heb factuur {invoice} al op {date} betaald.",
    # escalation
    "Ik wil nu een leidinggevende spreken. Ik heb {NAME_STAFF} gehad, daarna {NAME_STAFF}, en niemand belt terug "
    "naar {PHONE}!",
    "Escalatie naar teamleider: klant {NAME_MARRIED} dreigt met de Geschillencommissie; klantnummer {CUSTOMER_NUMBER}.",
    "Klacht doorgezet naar {NAME_STAFF} (teamleider): meneer {NAME_SURNAME} heeft al vijf keer gebeld over {ticket}.",
    # voicemail
    "Voicemail {time} (0:41): 'Ja goedemiddag, met {NAME_WORD}, ik bel over de jaarafrekening. Mijn nummer is "
    "{PHONE_SPOKEN}. Dank u wel, doei.'",
    "Voicemail, automatische transcriptie: 'hoi met {NAME_LOWER} eh kunt u mij terugbellen op {PHONE_LAND_SPOKEN} "
    "alvast bedankt'",
    "Voicemail: 'Goedemorgen, {NAME_WORDSUR} hier, van {ADDRESS}. De monteur kan er morgen niet in, de code van "
    "het hek is veranderd.'",
    # pre-chat forms
    "[Pre-chat] Naam: {NAME_LOWER} · E-mail: {EMAIL_TYPO} · Onderwerp: factuur · Klantnummer (optioneel): "
    "{CUSTOMER_NUMBER}",
    "Chat gestart via widget · voornaam: {NAME_WORDFIRST} · telefoon: {PHONE} · vraag: waarom gaat mijn voorschot "
    "omhoog?",
    "Pre-chat: naam={NAME_FULL} | postcode={POSTCODE} | onderwerp=storing | bron={city_nl}",
    "Pre-chat: naam kind={NAME_CHILDFULL} | bsn kind={BSN} | geboortedatum={DOB_CHILD} | locatie={childcare}",
    # e-mail with quoted replies
    "Zie hieronder.\n\n> Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn nieuwe adres is {ADDRESS}, "
    "{POSTCODE}.",
    "Klopt, dat is mijn rekening.\n\n> Kunt u bevestigen dat {IBAN} uw rekeningnummer is?\n> Met vriendelijke "
    "groet, {NAME_STAFF}",
    "> Wilt u ter controle uw geboortedatum sturen?\n{DOB}\n\nGroet, {NAME_FIRST}",
    "Sorry, verkeerd getypt.\n> mijn mail is {EMAIL_TYPO}\nDat moet zijn {EMAIL}.",
    # wrap-up notes
    "Wrap-up: klt {NAME_WORDSUR} belt ivm dubbele afschrijving, IBAN {IBAN} gecheckt, terugstorting aangevraagd, "
    "tel {PHONE_LAND}.",
    "Notitie: BSN {BSN} hoeft niet vastgelegd, wel geb.dat. {DOB} ter verificatie. /{NAME_STAFF}",
    "ACW 03:12 – adreswijziging naar {ADDRESS_ABBR} doorgevoerd, postcode {POSTCODE} gecontroleerd, ticket {ticket}.",
    "Afgehandeld: offerte zonnepanelen naar {EMAIL_WORK} gestuurd, contactpersoon {NAME_FULL}.",
    # supervisor whisper notes
    "[fluister sup → agent] vraag {NAME_FIRST} nog even naar het kenteken, in het systeem staat {PLATE}",
    "[meeluisteren] sup {NAME_STAFF}: klant leest net kaartnummer {CARD} voor, NIET noteren!",
    "[fluister] laat {NAME_FIRST} eerst de postcode noemen, {POSTCODE} past niet bij {ADDRESS}",
    # spoken numbers, hesitations, corrections
    "klant: mijn nummer, ehm, {PHONE_SPOKEN}, nee wacht, ik begin opnieuw: {PHONE_SPOKEN}",
    "klant: geboren op eh... {DOB_SPOKEN}, ja.",
    "klant: ik heb alleen een vast nummer, {PHONE_LAND_SPOKEN}.",
    "klant: het rekeningnummer, even pakken hoor... {IBAN_SPOKEN}",
    "klant: ik spel het even: {NAME_SPELLED}. Dus niet met een c.",
    "klant: burgerservicenummer, ja, {BSN_SPOKEN}",
    "klant: de creditcard is {CARD_SPOKEN}, hij verloopt in {expiry}",
    "klant: de postcode is {POSTCODE_SPOKEN}, dat zei ik toch al?",
    "klant: mailen mag naar {EMAIL_SPOKEN}, alles met kleine letters.",
    "klant: mijn nummer, even kijken op het briefje... {PHONE}.",
    "klant: {POSTCODE}, nee sorry, dat was ons oude adres. Nu {POSTCODE}.",
    # more everyday requests
    "Inschrijving vakantiepark: hoofdboeker {NAME_FULL}, {EMAIL}, geboortedatum {DOB}.",
    "Parkeren bij {hospital}: kenteken {PLATE} aangemeld voor de dagkaart door {NAME_INITIALS}.",
    "Overstappen van zorgverzekeraar: mijn BSN is {BSN}, dat van mijn man {BSN}, de kinderen gaan automatisch mee.",
    "De sms-code voor het inloggen gaat naar {PHONE}, maar dat is de telefoon van mijn dochter.",
    "Vanaf nu alle post digitaal naar {EMAIL}, want vanaf {date} woon ik niet meer op {ADDRESS}.",
    "Dierenkliniek: de chip van onze hond staat nog op {ADDRESS}, {POSTCODE}; nieuw telefoonnummer {PHONE}.",
    "Bij het afrekenen in de webshop van {shop} werd creditcard {CARD} geweigerd, terwijl er genoeg op staat.",
    "Storing bij {telco} in de wijk, maar mijn postcode {POSTCODE} staat niet op de storingskaart.",
    "Ik heb de incasso gestorneerd; voortaan graag van {IBAN}, de rekening van mijn vriend {NAME_FIRST}.",
    "Inschrijving korfbalclub voor {NAME_CHILDFULL}, geboren {DOB_CHILD}; de contributie gaat van {IBAN}.",
    "Hulpverzoek via de app: auto {PLATE} start niet, parkeerplaats van {shop} in {city_nl}, bestuurder {NAME_FIRST}.",
    "E-mail: 'Mijn ex-partner, {NAME_FULL}, heeft zonder overleg mijn nummer {PHONE} laten overzetten.'",
    "Retourlabel graag naar {EMAIL}; ophalen kan op {ADDRESS_LOWER}, de hele dag vanaf {time}.",
    "Kopie van de brief: 'Geachte heer {NAME_WORDSUR}, uw geboortedatum ({DOB}) en BSN ({BSN}) zijn gecontroleerd.'",
    # names in long sentences, several people, names that are words
    "Omdat mijn buurman, die ook klant bij jullie is, zei dat {NAME_FULL} van de afdeling facturen het zou "
    "regelen, heb ik drie weken gewacht, maar er gebeurde niets.",
    "Op het huurcontract staan {NAME_FULL} en {NAME_WORD}, maar huisgenoot {NAME_FIRST} betaalt de rekeningen en "
    "{NAME_FIRST} belt altijd.",
    "Gisteren belde {NAME_WORDFIRST} en vandaag belt {NAME_WORDFIRST} weer, allebei over hetzelfde adres.",
    "Ik heb het al aan mevrouw {NAME_WORDSUR} en aan meneer {NAME_SURNAME} uitgelegd.",
    "Onze oudste, {NAME_WORDFIRST}, woont op kamers maar krijgt de post nog op ons adres, {ADDRESS}.",
    "Goedemorgen, met {NAME_WORDSUR}. Ik bel over de jaarafrekening.",
    "Met {NAME_FULL}, goedemiddag, ik bel namens mijn moeder.",
    "Dat heeft {NAME_WORDSUR}'s zoon allemaal voor ons ingevuld, ik snap er niks van.",
    "De offerte is opgesteld door {NAME_WORD}, maar de handtekening is van {NAME_INITIALS}.",
    "Zeg maar tegen {NAME_WORDFIRST} dat de pakketjes bij {NAME_WORDSUR} op nummer 9 liggen.",
]

TEST_V10_PII = [("nl", text) for text in _NL] + TEST_V10_PII_EN
