"""Dutch sentences of `test_v7` (a held-out split, written without seeing the redaction rules): telecom outage
chats, energy switch calls as speech-to-text, fraud reports, claims, municipality and tax letters, webshop returns,
rental cars, cancellations, debt collection, landlords, hospitals, clubs, social media, voicemail, SMS, forwarded
mail, wrap-up notes, Belgian Dutch, Frisian and Limburg flavour, non-native Dutch, typos and ALL CAPS.
The English ones are in `privacy_templates_v7_en`; slot suffixes are explained in `privacy_fillers_v7`."""

from __future__ import annotations

from benchmarks.privacy_templates_v7_en import TEST_V7_EN

TEST_V7_NL = [
    # telecom outage chats
    "[14:02] Klant: al drie dagen storing op {ADDRESS} in {city_nl}, klantnummer {CUSTOMER_NUMBER}. "
    "Bel me terug op {PHONE}",
    "Medewerker: ik zie inderdaad een storing in {POSTCODE}. Op wiens naam staat het abonnement? Klant: {NAME_FULL}",
    "hallo?? wifi doet het weer niet!! ik ben {NAME_FIRST} van {ADDRESS_LOW}, modem knippert oranje sinds {time}",
    "Chat gestart door {NAME_FULL} ({EMAIL}) - onderwerp: tv-storing - wachttijd {minutes} min",
    "Storingsticket {CUSTOMER_NUMBER_CASE} aangemaakt voor aansluiting {ADDRESS}, {POSTCODE} {city_nl}; "
    "monteur belt {PHONE}",
    # energy supplier switch calls, speech-to-text without punctuation
    "ja goedemiddag u spreekt met {NAME_LOWER} ik wil graag overstappen naar jullie het adres is {ADDRESS_LOW} "
    "postcode {POSTCODE_LOW} en mijn geboortedatum is {DOB}",
    "ehm het rekeningnummer voor de termijn is {IBAN_LOW} op naam van {NAME_LOWER} ja klopt",
    "ja mijn telefoonnummer dat is {PHONE_SPOKEN} en de mail is {EMAIL_SPOKEN}",
    "de meterstand is eh {meter} en bij de oude leverancier heb ik contractnummer {CUSTOMER_NUMBER} "
    "dus dat zeg ik zelf op",
    "ik ben geboren op {DOB} en woon sinds vorig jaar in {city_nl} op {ADDRESS_LOW}",
    # bank fraud reports
    "Ik ben opgelicht via een nep-sms, er is {amount} overgemaakt van {IBAN} naar een rekening die ik niet ken. "
    "Mijn pas {CARD} heb ik meteen geblokkeerd.",
    "Fraudemelding {CUSTOMER_NUMBER_CASE}: klant {NAME_INITIALS} meldt onbekende afschrijvingen op creditcard {CARD}, "
    "geldig tot 09/27.",
    "Iemand belde 'namens de bank' vanaf {PHONE} en vroeg mijn BSN ({BSN}) en pincode. Alleen het BSN gegeven helaas.",
    "Spoed: onze klant {NAME_FULL} heeft zijn kaartgegevens ({CARD}) ingevuld op een valse site van {shop}.",
    # insurance claims by phone
    "Schademelding autoverzekering polis {CUSTOMER_NUMBER_POLICY}: aanrijding op de A28 bij {city_nl}, tegenpartij "
    "{NAME_FULL} met kenteken {PLATE}.",
    "ja mijn auto de {PLATE_LOW} is aangereden op de parkeerplaats van de {shop} en de andere bestuurder heette "
    "{NAME_LOWER} geloof ik",
    "Verzekerde: {NAME_DOUBLE}, geboren {DOB}, polisnummer {CUSTOMER_NUMBER_POLICY}, uitkering naar {IBAN}.",
    "Inbraak gemeld op {ADDRESS}; gestolen: laptop ({model}) en fiets. Polis {CUSTOMER_NUMBER_POLICY}, pv-nummer "
    "volgt.",
    # municipality and tax office letters
    "Geachte mevrouw {NAME_SURNAME}, Uw aanvraag voor een parkeervergunning (zaaknummer {CUSTOMER_NUMBER_CASE}) "
    "voor {ADDRESS}, {POSTCODE} {city_nl} hebben wij ontvangen.",
    "Wij hebben uw gegevens gecontroleerd in de Basisregistratie Personen: BSN {BSN}, geboortedatum {DOB}.",
    "Betreft: toeslagen {year}. Burgerservicenummer: {BSN}. Naam: {NAME_INITIALS}. Het bedrag van {amount} storten wij "
    "op {IBAN}.",
    "Geachte heer {NAME_SURNAME},\nOp {ADDRESS} staat sinds {date} een aanhangwagen met kenteken {PLATE} geparkeerd.",
    # webshop returns
    "Retour aangemeld voor bestelling {CUSTOMER_NUMBER_ORDER}, artikel {product}. Geld graag terug op {IBAN}. Groet, "
    "{NAME_FIRST}",
    "Pakket met trackingcode {tracking} teruggestuurd, bestelnummer {CUSTOMER_NUMBER_ORDER}. "
    "Bevestiging naar {EMAIL} aub",
    "Retourlabel werkt niet?? Bestelling {CUSTOMER_NUMBER_ORDER} op naam van {NAME_FULL}, afleveradres {ADDRESS}",
    # rental car damage
    "Huurovereenkomst {CUSTOMER_NUMBER_ORDER}: bij inlevering van de {car} met kenteken {PLATE} kras op linkerportier, "
    "huurder {NAME_FULL}.",
    "Borg van {amount} wordt vrijgegeven op kaart {CARD} zodra de schade aan de {PLATE} beoordeeld is.",
    # subscription cancellations
    "Hierbij zeg ik mijn abonnement op {magazine} op per 1 maart. Abonneenummer {CUSTOMER_NUMBER_MEMBER}, "
    "{NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city_nl}.",
    "OPZEGGEN!!! AL 3 KEER GEMAILD. KLANTNR {CUSTOMER_NUMBER_UP} NAAM {NAME_FULL_UP} "
    "STOP MET AFSCHRIJVEN VAN {IBAN_UP}",
    "Graag mijn lidmaatschap van {gym} stopzetten, lidnummer {CUSTOMER_NUMBER_MEMBER}, ik verhuis naar {city_nl}.",
    # debt collection replies
    "Reactie op aanmaning dossier {CUSTOMER_NUMBER_CASE}: de vordering van {amount} heb ik al betaald vanaf {IBAN}. "
    "Graag schriftelijk bevestigen aan {EMAIL}. {NAME_FULL}",
    "Ik wil een betalingsregeling. Ik ben {NAME_FULL}, geb. {DOB}, bereikbaar op {PHONE} na 17.00 uur.",
    "Uw incassobureau heeft het verkeerde adres: ik woon al twee jaar niet meer op {ADDRESS} maar op {ADDRESS}.",
    # landlord and tenant mail
    "Beste {NAME_FIRST}, de lekkage op {ADDRESS} is gemeld bij de loodgieter; hij belt je op {PHONE}. Groet, "
    "verhuurder {NAME_FULL}",
    "Huurder {NAME_CRM} ({ADDRESS}) heeft twee maanden huurachterstand; huurcontract {CUSTOMER_NUMBER}.",
    "Bewoners van {ADDRESS}: {NAME_FULL}, {NAME_FULL} en hun kind {NAME_FIRST}.",
    # hospital appointment changes
    "Uw afspraak op de poli Cardiologie van het {hospital} verzetten wij naar dinsdag {time}. "
    "Patiënt: {NAME_INITIALS}, geboortedatum {DOB}, patiëntnummer {CUSTOMER_NUMBER}.",
    "Ik bel namens {NAME_FULL}, die kan zelf niet bellen. BSN: {BSN}, geboren {DOB}.",
    "Herinnering: bloedprikken op {date} om {time}. Vragen? Mail {EMAIL_OBF}",
    # school and sports club registrations
    "Inschrijving jeugdvoetbal: {NAME_FULL} (geboren {DOB}), ouder/verzorger {NAME_DOUBLE}, tel. {PHONE}, mail {EMAIL}",
    "Aanmelding groep 3: leerling {NAME_FULL}, BSN {BSN}, adres {ADDRESS}, {POSTCODE} {city_nl}",
    "Contributie hockeyclub {amount} per seizoen via {IBAN}, relatiecode {CUSTOMER_NUMBER_MEMBER}",
    # social media public replies
    "@{handle} al 2 weken wacht ik op mijn modem!! ordernummer {CUSTOMER_NUMBER_ORDER} #slechteservice",
    "Hoi {NAME_FIRST}, wat vervelend! Stuur je postcode en huisnummer even via DM? Dan kijken we mee. ^{NAME_FIRST}",
    "mail me maar op {EMAIL_OBF} want ik krijg hier niks meer binnen via de app",
    # voicemail transcripts
    "Voicemail {time} (00:42): ja hallo met {NAME_FULL}, ik bel over mijn schade, wilt u mij terugbellen op "
    "{PHONE_SPOKEN}? dank u wel",
    "voicemail: goeiemiddag, t is {NAME_FIRST_LOW} van de {ADDRESS_LOW}, de meteropnemer mag woensdag komen hoor",
    # SMS
    "SMS van {PHONE}: Hoi, klantenservice? Mijn nieuwe nummer wordt {PHONE}, groetjes {NAME_FIRST}",
    "Uw pakket wordt vandaag tussen 13:00 en 15:00 bezorgd op {ADDRESS}. Niet thuis? Wijzig via de app.",
    # forwarded mail headers
    "---------- Doorgestuurd bericht ---------\nVan: {NAME_FULL} <{EMAIL}>\nDatum: ma 3 feb. 2025 om 10:12\n"
    "Onderwerp: klacht",
    "Van: {EMAIL}\nVerzonden: vrijdag 14 maart\nOnderwerp: FW: adreswijziging\n\nNieuw adres per 1 april: {ADDRESS}, "
    "{POSTCODE} {city_nl}",
    # agent wrap-up codes with notes
    "WRAP: ADM-ADRESWIJZ | klant geverifieerd (geb.dat {DOB}, pc {POSTCODE}) | nieuw tel {PHONE} vastgelegd",
    "Afsluitcode FAC-02. Notitie: mw {NAME_SURNAME} belt ivm dubbele incasso op {IBAN}, teruggestort, klantnr "
    "{CUSTOMER_NUMBER}",
    "wrap-up KEN-WIJZ: kenteken gewijzigd van {PLATE} naar {PLATE} op leasecontract {CUSTOMER_NUMBER}",
    "Notitie: klant {NAME_CRM} wil alleen mailen, adres {EMAIL}; terugbelverzoek vervallen",
    # Belgian Dutch
    "Goeiendag, ik ben {NAME_BE} en ik woon in de {ADDRESS_BE} te {POSTCODE_BE} {city_be}. Mijn gsm: {PHONE_BE}.",
    "Gelieve het voorschot terug te storten op mijn rekening {IBAN_BE}, alvast bedankt. Mvg, {NAME_BE}",
    "Allee, de technieker is weer niet gepasseerd! Klantnummer {CUSTOMER_NUMBER}, bel mij maar op {PHONE_BE}.",
    "Mijn nummerplaat is {PLATE_BE}, die boete moet een vergissing zijn want ik zat toen in {city_be}.",
    "Ik verhuis naar {POSTCODE_BE} {city_be}, {ADDRESS_BE}; kunnen jullie de facturen daar naartoe sturen?",
    # Frisian and Limburg flavour
    "Goeie, ik bin {NAME_FULL} fan {ADDRESS}, de stroom is al de hiele moarn fuort. Kinne jo my belje op {PHONE}?",
    "Moarn! Myn mailadres is feroare, it is no {EMAIL}. Groetnis, {NAME_FIRST}",
    "Dag, ich bin {NAME_FULL} oet {city_nl}, ich höb ein vraog euver mien rekening {IBAN}",
    "Houdoe en bedankt, ge kunt mij bereiken op {PHONE} of bij mijn dochter {NAME_FIRST}",
    # non-native Dutch
    "Goedemiddag, ik heb probleem met rekening, mijn naam {NAME_FULL} en klant nummer {CUSTOMER_NUMBER}, sorry mijn "
    "Nederlands niet goed",
    "Ik wil adres veranderen, nieuw adres {ADDRESS} en postcode {POSTCODE}, dank je wel voor helpen",
    "mijn partner {NAME_FULL} heeft auto {PLATE} maar verzekering op mijn naam {NAME_FULL}, kan dat?",
    # typos, lower case and ALL CAPS
    "hallo ik heb mijn pasje verlorn het nummer is {CARD} kunnen jullie hem blokeren aub",
    "mn geboortedatum is {DOB} en mn bsn {BSN}, wat hebben jullie nog meer nodig??",
    "KENTEKEN {PLATE_UP} STAAT AL 2 WEKEN OP MIJN PLEK VOOR {ADDRESS_UP}, WIE MOET IK BELLEN",
    "GRAAG CONTACT OPNEMEN MET {NAME_FULL_UP} OP {PHONE}, WACHT AL SINDS {date_up}",
    "Gezinsleden meeverzekerd: {NAME_FIRST} (partner), {NAME_FIRST} ({age} jr) en {NAME_FIRST}.",
    "Mijn nieuwe adres in Duitsland wordt {ADDRESS_DE} in Kleve, het Nederlandse nummer {PHONE} blijft",
    "Telefoonnummer van de contactpersoon in het buitenland: {PHONE_INTL} ({NAME_FULL})",
    "Kunt u de post voortaan sturen naar {NAME_INITIALS}, Postbus 118, {POSTCODE} {city_nl}?",
    "bsn van mijn dochter is {BSN} en van mij {BSN}, zij staat ook op de aanvraag",
    "Bestelling {CUSTOMER_NUMBER_ORDER} betaald met {CARD}, maar de {product} kwam kapot aan",
    "Ik heb een nieuwe auto, het oude kenteken {PLATE} mag van de polis af, het nieuwe wordt {PLATE}.",
]
TEST_V7_PII = [("nl", text) for text in TEST_V7_NL] + [("en", text) for text in TEST_V7_EN]
