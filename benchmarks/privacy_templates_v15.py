"""Dutch templates of the `test_v15` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v15_nl`, the English ones in `privacy_templates_v15_en`, sentences without personal data in
`privacy_templates_v15_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: number porting and SIM swaps, broadband outages and engineer visits,
streaming billing, music family plans, energy termination fees, burglary claims, bike lease through the employer,
car- and scooter-sharing fines, parking apps, toll and low-emission-zone fines abroad, marketplace disputes,
parcel lockers, pharmacy home delivery, GP practices, hospital bills, dental insurance, care alarms, guardianship
(bewindvoering), rental deposits, student finance abroad, residence permits, sworn translations, wedding gift
lists, funeral cooperatives, sports-club transfers, charity and lottery direct debits; messages from people with
dyslexia, voice-to-text with wrong words, Dunglish, Papiamento-, Frisian- and Limburg-flavoured Dutch; Excel and
CSV pasted into a ticket, web forms, a JSON dump, social media, reviews, wrap-ups and callback lists.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, mw., dhr., Mrs), a label or the
punctuation around it, never a possessive 's, nor a country mark after a plate ('(NL)'). Street and house number
with any addition ('3-hoog', '/2', 'nr. 12', '12-14', ', 2.º andar') are ADDRESS, the postcode apart POSTCODE; a town
alone, order, ticket, invoice, case, claim and tracking numbers, company phone numbers and mailboxes (info@,
service@), amounts, pick-up codes and dates that are not a birth date are not labelled. A name is labelled wherever
it stands (an agent's, a buyer's, a deceased father's, a nickname, a surname in its own spreadsheet cell); a firm
named after a person is not. Customer, contract, account, member, policy, patient, employee, client, lease, donor,
lottery-participant, student and pass numbers (an OV-chipkaart's too) are CUSTOMER_NUMBER; a Belgian national number
is BSN. A value given twice (a typo, then the right one) is labelled both times."""

from __future__ import annotations

from benchmarks.privacy_templates_v15_en import TEST_V15_PII_EN
from benchmarks.privacy_templates_v15_nl import NL_FIRST

_NL = [
    # pharmacy home delivery
    "Bezorging {pharmacy}: medicijnen voor {NAME_FULL} (geb. {DOB_ELDER}) op {weekday} naar {ADDRESS_CARE}, "
    "{POSTCODE}. Niemand thuis? Aanbellen bij de buren, fam. {NAME_SURNAME}.",
    "Herhaalrecept via de app van {pharmacy}. Patiënt {NAME_INITIALS}, BSN {BSN}, bezorgen op {ADDRESS}.",
    "Mijn moeder kreeg de verkeerde medicijnen bezorgd! Ze heet {NAME_FULL_F}, geboren {DOB_ELDER}. Bel me: {PHONE}.",
    "Bezorger kon niet afleveren op {ADDRESS}. Nieuwe poging {date}, klant bereikbaar op {PHONE_LAND}.",
    "Betaling eigen bijdrage mislukt met kaart {CARD}. Kunt u een betaallink sturen naar {EMAIL}?",
    # GP practice
    "Terugbelverzoek {practice}: {NAME_FULL}, geb. {DOB}, op {PHONE}. Oorpijn sinds {weekday}, graag vandaag nog.",
    "Assistente: Uw geboortedatum?\nPatiënt: {DOB_VOICE}.\nAssistente: En uw postcode?\nPatiënt: {POSTCODE_VOICE}.",
    "Inschrijven bij {practice}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, BSN {BSN}, polisnummer "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Kan de uitslag van het bloedonderzoek naar {EMAIL}? Patiëntnummer {CUSTOMER_NUMBER_PATIENT}. Groet, "
    "{NAME_FIRST_SAME}",
    "E-consult namens mijn vader, {NAME_INITIALS}. Hij is op {DOB_ELDER} geboren en hoort slecht, dus bel mij op "
    "{PHONE}.",
    # hospital bills
    "Factuur {hospital} ({invoice}) voor de SEH, maar ik ben gewoon verzekerd! Patiëntnummer "
    "{CUSTOMER_NUMBER_PATIENT}, BSN {BSN}.",
    "Betalingsregeling graag. {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. De termijnen mogen van {IBAN}.",
    "Ik was toerist en betaalde met creditcard {CARD}; de nota moet naar mijn adres in Portugal: {ADDRESS_PT}, "
    "{POSTCODE_PT}.",
    "Ons kind {NAME_CHILD} ({DOB_CHILD}) lag op de kinderafdeling. De rekening staat op mijn naam, {NAME_FULL}, "
    "maar het kind is bij de vader verzekerd.",
    "Aanmaning {hospital}: het is al betaald vanaf mijn Belgische rekening {IBAN_BE}. Rijksregisternummer {BSN_BE}.",
    # dental insurance
    "Declaratie tandarts voor {NAME_FULL}, polis {CUSTOMER_NUMBER_POLICY}: kroon van {amount}. Uitbetalen op {IBAN}.",
    "Valt de beugel van ons kind ({NAME_CHILD}, {DOB_CHILD}) onder {dental}? Groet, {NAME_FULL}",
    "Machtiging wijzigen: premie tandartsverzekering voortaan van {IBAN} in plaats van {IBAN}.",
    "Wijziging aanvullende verzekering\nRelatienummer: {CUSTOMER_NUMBER}\nBSN verzekerde: {BSN}\nIBAN: {IBAN}\n"
    "Ingangsdatum: {date}",
    # care alarms
    "Alarmopvolging {alarm}: mevrouw {NAME_SURNAME}, {ADDRESS_CARE}, drukte om {time} op de knop. Contactpersonen: 1. "
    "{NAME_FULL}, {PHONE}; 2. {NAME_FULL}, {PHONE_LAND}.",
    "De halszender van mijn vader piept steeds. Cliëntnummer {CUSTOMER_NUMBER_CLIENT}. Hij woont op {ADDRESS}, de "
    "sleutelkluis hangt naast de voordeur.",
    "Aanvraag personenalarmering\nNaam cliënt: {NAME_FULL}\nGeboortedatum: {DOB_ELDER}\nAdres: {ADDRESS}\n"
    "Postcode: {POSTCODE}\nSleutelhouder: {NAME_FULL}, {PHONE}",
    "Mijn moeder verhuist naar {ADDRESS_CARE}, {POSTCODE} {city}. Gaat het alarm mee? Ze staat bij jullie als "
    "{NAME_DOUBLE}.",
    # guardianship (bewindvoering)
    "Geachte heer, mevrouw,\n\nNamens mijn cliënt {NAME_FULL_M}, geboren {DOB}, verzoek ik u de herinneringen naar ons "
    "kantoor te sturen. Zijn leefgeldrekening: {IBAN}.\n\nMet vriendelijke groet,\n{NAME_FULL}\nBewindvoerder, "
    "{bewind}",
    "{bewind}, cliëntnummer {CUSTOMER_NUMBER_CLIENT}: {NAME_INITIALS} staat sinds {date} onder bewind. Alle post naar "
    "{ADDRESS}, {POSTCODE} {city}.",
    "Mevrouw {NAME_SURNAME} belt zelf, maar haar bewindvoerder ({NAME_FULL}, {PHONE}) moet toestemming geven.",
    "Beschikking kantonrechter: onderbewindstelling van de goederen van {NAME_FULL}, wonende te {city}, BSN {BSN}.",
    "De energierekening van mijn cliënt (klantnummer {CUSTOMER_NUMBER}) wordt vanaf {date} betaald van de "
    "beheerrekening {IBAN}.",
    # rental deposits
    "De borg van {amount} is na zes weken nog niet terug. Ik huurde via {agent} op {ADDRESS}, {POSTCODE}. "
    "Rekening: {IBAN}.",
    "Eindinspectie {ADDRESS}: huurder {NAME_FULL} niet aanwezig. {amount} van de borg ingehouden voor schoonmaak.",
    "De verhuurder zegt dat ik de borg bij {NAME_FULL_M} moet halen, de vorige eigenaar. Zijn nummer: {PHONE}.",
    "Borg graag terug op mijn Roemeense rekening: {IBAN_RO}. Naam {NAME_RO}, nieuw nummer {PHONE_RO}.",
    # student finance abroad
    "Ik ga studeren aan {uni} en wil mijn studiefinanciering meenemen. Studentnummer "
    "{CUSTOMER_NUMBER_STUDENT}, BSN {BSN}.",
    "Mijn Portugese rekening {IBAN_PT} wordt niet geaccepteerd. Mag de aflossing ook van {IBAN}? {NAME_FULL}",
    "Woonadres buitenland: {ADDRESS_BE}, {POSTCODE_BE} {city_be}. Studentnummer {CUSTOMER_NUMBER_STUDENT}.",
    # residence permits
    "Afspraak IND-loket {city}: {NAME_PASSPORT}, geboren {DOB_PASS}, met partner {NAME_FULL}. Bij vertraging bellen "
    "naar {PHONE}.",
    "Mijn verblijfspas verloopt {date}. Adres {ADDRESS}, {POSTCODE}. Mijn Syrische nummer {PHONE_SY} werkt niet meer, "
    "gebruik {PHONE}.",
    "Gezinshereniging: referent {NAME_SO_M}, BSN {BSN}, aanvraag voor zijn vrouw {NAME_SO_F}, geboren {DOB}.",
    "Leges betaald met {CARD}, maar de bevestiging kwam niet. Mijn naam op de pas: {NAME_PASSPORT}.",
    "Mijn Afghaanse broer belt soms namens mij: {PHONE_AF}. Ik ben {NAME_AF}, geboren {DOB_PASS}.",
    # sworn translations
    "Beëdigde vertaling geboorteakte: naam {NAME_PASSPORT}, geboren {DOB_PASS} te {city_abroad}. Graag per mail naar "
    "{EMAIL_SAME}.",
    "Vertaling van het Roemeense diploma van {NAME_RO}, bezorgen op {ADDRESS}, {POSTCODE}. Of moet ik vooraf "
    "betalen op jullie rekening?",
    "Op de vertaling van {translator} mist de achternaam ({NAME_SURNAME}) de accenten; in het paspoort staat "
    "{NAME_PASSPORT_SAME}.",
    # wedding gift lists
    "Cadeaulijst van {NAME_FIRST} & {NAME_FIRST} bij {registry}: graag bezorgen op {ADDRESS}, {POSTCODE} {city}, niet "
    "bij de feestlocatie.",
    "Iets van de lijst gekocht met {CARD}, maar het staat nog als beschikbaar. Lijst op naam van {NAME_FULL}.",
    "Geldbijdragen van de huwelijkslijst worden overgemaakt op {IBAN} t.n.v. {NAME_FULL} en/of {NAME_FULL}.",
    # funeral cooperatives
    "Mijn vader, {NAME_FULL_M}, is vannacht overleden. Hij was lid van {funeral}, lidnummer "
    "{CUSTOMER_NUMBER_MEMBER}. Wie kan ik bellen? {PHONE}",
    "Overlijdensmelding\nOverledene: {NAME_FULL}\nGeboren: {DOB_ELDER}\nBSN: {BSN}\nLaatste adres: {ADDRESS_CARE}, "
    "{POSTCODE} {city}\nMelder: {NAME_FULL}, {PHONE}",
    "De uitkering van {funeral} mag naar mijn rekening {IBAN}, ik ben executeur. Polis {CUSTOMER_NUMBER_POLICY}.",
    "Contributie uitvaartvereniging gaat nog steeds van de rekening van mijn overleden moeder, {IBAN}.",
    # sports-club transfers
    "Overschrijving {NAME_CHILD} naar {club}: relatiecode {CUSTOMER_NUMBER_MEMBER}, geboren {DOB_CHILD}, ouder "
    "{NAME_FULL}, {PHONE}.",
    "Afmelden per {date}, lidnummer {CUSTOMER_NUMBER_MEMBER}. De contributie gaat nu nog van {IBAN}.",
    "Nieuw lid {club}: {NAME_FULL}, {DOB}, {ADDRESS}, {POSTCODE} {city}, {EMAIL_SAME}, {PHONE}.",
    # charity and lottery direct debits
    "Ik heb nooit getekend voor {charity}! Elke maand gaat er {amount} van {IBAN}. Donateursnummer "
    "{CUSTOMER_NUMBER_DONOR} zegt me niks.",
    "Een straatwerver bij de {shop} heeft mijn moeder ({NAME_FULL_F}, {DOB_ELDER}) een lot van de {lottery} "
    "aangepraat. Deelnemersnummer {CUSTOMER_NUMBER_LOTTERY}.",
    "Storneren: {IBAN}, afschrijving {lottery} van {date}. Ik ben {NAME_FULL}.",
    "Wijziging donateur {NAME_INITIALS}: nieuw adres {ADDRESS}, {POSTCODE} {city}, nieuwe IBAN {IBAN}.",
    # more BSNs, cards and plates in the same frames
    "Loonstrook klopt niet: BSN {BSN} hoort niet bij mij. Personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}, ik ben "
    "{NAME_FULL}.",
    "Bij de eerste bezorging vraagt de apotheek om BSN en geboortedatum: {BSN}, {DOB}.",
    "Mijn BSN-brief ging naar {ADDRESS}, maar daar woon ik niet meer. Het nummer zelf: {BSN}.",
    "mijn bsn is {BSN} en mijn naam {NAME_FULL_LOW} wat moet ik nog meer opsturen",
    "bsn;geboortedatum;iban\n{BSN_BARE};{DOB_CELL};{IBAN_BARE}\n{BSN_BARE};{DOB_CELL};{IBAN_BARE}",
    "Belgische klant, rijksregisternummer {BSN_BE}, adres {ADDRESS_BE}, {POSTCODE_BE} {city_be}, gsm {PHONE_BE}.",
    "Per ongeluk mijn creditcardnummer in de chat gezet ({CARD}). Kunnen jullie dat bericht weghalen?",
    "Tol in Frankrijk betaald met {CARD}, maar de badge van {toll} heeft ook nog eens afgeschreven.",
    "Uitrijden bij {parking} met creditcard {CARD} lukte niet, de slagboom bleef dicht.",
    "Verhuisbus gehuurd via {carshare}, kenteken {PLATE}, schade aan de spiegel. Huurder {NAME_FULL}.",
    "De Roemeense auto van mijn zwager, {PLATE_RO}, staat op mijn bezoekersvergunning. Mag dat?",
    "De Britse auto van mijn schoonvader, {PLATE_UK}, staat met {holiday} bij ons; kan dat met {parking}?",
    "Spaanse boete voor huurauto {PLATE_ES} van {date}. Op de brief staat {NAME_FULL}, maar ik reed niet.",
    # dyslexia
    "hallo ik heb een problem met mijn abbonement ik wort twee keer afgeschreven van mijn rekenig {IBAN} mijn naam "
    "is {NAME_FULL} en mijn telefoonumer {PHONE}",
    "beste de monteur is niet gekomen op mijn adrez {ADDRESS} ik heb de hele dag thuis gezeten. klandnummer "
    "{CUSTOMER_NUMBER}",
    "ik wil mijn postkode wijzigen het moet {POSTCODE} zijn ik ben verhuist. groetjes {NAME_FIRST}",
    "mijn geboorte datum klopt niet het is {DOB} en niet wat er staat. mvg {NAME_FULL_LOW}",
    "kunt u mij mailen op {EMAIL} want bellen vint ik lastig ik ben dislectisch. mijn kaart nummer is {CARD}",
    # voice-to-text with wrong words
    "[spraakbericht, automatisch uitgeschreven] hoi met {NAME_FULL_LOW} ik bel over de storing ik ben bereikbaar op "
    "{PHONE_VOICE} dank je wel doei",
    "[transcriptie] ja goedemiddag mijn klanten nummer is {CUSTOMER_NUMBER} en mijn mail adres is {EMAIL_VOICE} ik "
    "wacht al een week op een antwoord",
    "[voicemail] goede morgen u spreekt met mevrouw {NAME_SURNAME} ik woon op de {ADDRESS_VOICE} en de alarm knop "
    "doet het niet meer",
    "[transcriptie] het kenteken is {PLATE_VOICE} en ik heb de wagen om kwart over drie al terug gezet",
    "[transcriptie] mijn be es en is {BSN_VOICE} nee wacht ik pak even mijn pas",
    "[transcriptie] mijn rekening nummer is {IBAN_VOICE} op naam van {NAME_FULL_LOW}",
    # Dunglish
    "Hi, ik wil mijn subscription cancellen per end of the month. Account {EMAIL}, billing via {CARD}. Thanks!",
    "Net verhuisd, new address is {ADDRESS}, {POSTCODE} {city}. Kunnen jullie de engineer daar naartoe schedulen?",
    "Can you even checken waarom mijn payment niet through gaat? IBAN {IBAN}, naam {NAME_FULL}.",
    # Papiamento-, Frisian- and Limburg-flavoured Dutch
    "Bon dia, mi ta {NAME_AN}. Ik woon nu in {city}, maar mijn post gaat nog naar {ADDRESS_BQ} op Bonaire. Danki!",
    "Mijn tanta op Kòrsou belt soms voor mij, haar nummer is {PHONE_AN}. Ik ben {NAME_AN}, geboren {DOB}.",
    "Ayo, de pakketkluis ging niet open. Mi number ta {PHONE}, pakket voor {NAME_AN}.",
    "Goeie, ik bin {NAME_FY}. De monteur moat nei {ADDRESS_FY}, {POSTCODE} {city}. Skilje even foar't hy komt: "
    "{PHONE_LAND}.",
    "Myn heit {NAME_FY_M} hat in alarm fan jimme, klantnûmer {CUSTOMER_NUMBER_CLIENT}. Hy heart min, bel mij mar: "
    "{PHONE}.",
    "Sjoen daag, ich bin {NAME_LI} en ich woen op {ADDRESS_LI} in {city}. De monteur is neet gekomme.",
    # Excel and CSV pasted into a ticket, web forms, a JSON dump
    "Export uit Excel:\nachternaam;voornaam;postcode;mobiel\n{NAME_LAST};{NAME_FIRST_SAME};{POSTCODE_BARE};"
    "{PHONE_CELL}\n{NAME_LAST};{NAME_FIRST_SAME};{POSTCODE_BARE};{PHONE_CELL}",
    "klantnr\tnaam\tiban\tstatus\n{CUSTOMER_NUMBER}\t{NAME_FULL}\t{IBAN_BARE}\tstorno\n{CUSTOMER_NUMBER}\t"
    "{NAME_FULL}\t{IBAN_BARE}\tok",
    "kenteken,ritstart,ritstop,boete\n{PLATE_BARE},08:14,08:52,{amount}\n{PLATE_BARE},17:30,18:05,0",
    '"{NAME_FULL}","{EMAIL_SAME}","{DOB_CELL}","{ADDRESS}","{POSTCODE}","{city}"',
    "--- webformulier ---\nvoornaam: {NAME_FIRST}\nachternaam: {NAME_SURNAME_SAME}\ne-mail: {EMAIL_SAME}\n"
    "telefoon: {PHONE}\nonderwerp: storing\nbericht: sinds gisteren geen tv-signaal",
    "Formulier opzeggen\n[x] Ik ga verhuizen\nNieuw adres: {ADDRESS}\nPostcode: {POSTCODE}\nIBAN restitutie: {IBAN}\n"
    "Geboortedatum: {DOB}",
    'Foutmelding in ticket geplakt: {"klantnr": "{CUSTOMER_NUMBER}", "bsn": "{BSN_BARE}", "iban": "{IBAN_BARE}", '
    '"status": 422}',
    "OV-chipkaart {CUSTOMER_NUMBER_PASS} op naam van {NAME_FULL} is gestolen met de rest van mijn tas. Graag "
    "blokkeren.",
    # social media, reviews, wrap-ups, callback lists
    "@{telco} al drie dagen geen bereik in {city}!!\n{telco}: Vervelend! Stuur ons een DM met je klantnummer en "
    "postcode.\nDM: klantnr {CUSTOMER_NUMBER}, postcode {POSTCODE}",
    "Review door {NAME_FIRST}: ★☆☆☆☆ Twee keer {amount} afgeschreven van {IBAN} en niemand reageert.",
    "Reactie op Facebook: 'Hoi {NAME_FIRST}, je telefoonnummer {PHONE} staat nu openbaar in je reactie. Stuur ons "
    "liever een privébericht!'",
    "Wrap-up: {NAME_FULL} belde over {ticket}; monteur ingepland, bevestiging naar {EMAIL_SAME}. Geen compensatie "
    "toegezegd.",
    "Terugbellen: {NAME_INITIALS}, {PHONE_LAND}, liefst tussen 12 en 1 (opzegvergoeding).\nTerugbellen: {NAME_FULL}, "
    "{PHONE}, over {invoice}.",
    "Notitie: klant gaf eerst {PHONE}, verbeterde dat in {PHONE_FIX}. Beide in het dossier gezet.",
    "Mijn geboortedatum staat fout: {DOB} moet {DOB_FIX} zijn, daar zit een tikfout in.",
]

TEST_V15_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V15_PII_EN
