"""Templates with personal data for the `test_v6` split (held out): Dutch here, English in
`privacy_templates_v6_en`, sentences without personal data in `privacy_templates_v6_clean`.

Written without seeing the redaction rules. Label conventions: a span is exactly the personal data, never a cue
word, title (mevrouw, dhr., Mr), quote, bracket or trailing punctuation. NAME: any person's name (caller, child,
partner, neighbour, employee), first, full, surname alone, with initials, double-barrelled or "SURNAME, J."; brand,
shop, hospital and street names that contain a person's name are not labelled. ADDRESS: street and house number with
any addition ("bus 3", "III", "hs", "Flat 2, 14 ..."); city and country are not labelled. POSTCODE: Dutch and British
postcodes. PHONE: a person's number, any country, written or spoken; company service and emergency numbers are not
labelled. BSN: the Dutch citizen service number, written or spoken, and the Belgian national register number.
DOB: the date of birth only. CARD: the card number only (expiry dates are not labelled). CUSTOMER_NUMBER: what an
organisation files the person under (customer, member, policy, relation, tenant, student and debt file numbers);
order, ticket, invoice, tracking and fine numbers are not labelled."""

from __future__ import annotations

from benchmarks.privacy_templates_v6_en import TEST_V6_PII_EN

TEST_V6_PII_NL = [
    # reviews
    ("nl", "★☆☆☆☆ Nooit meer {brand_shop}. Bestelling {order} kwam niet aan, vijf keer gebeld. Medewerker {NAME_FIRST} "
     "beloofde terug te bellen op {PHONE}, nooit gebeurd. - {NAME_FULL}, {city_nl}"),
    ("nl", "Review: monteur kwam twee uur te laat. Mijn adres {ADDRESS} stond verkeerd in hun systeem terwijl ik het "
     "drie keer heb doorgegeven. Geplaatst door {NAME_LOWER}"),
    ("nl", "1 ster. Ze hebben van mijn rekening {IBAN} twee keer dezelfde maand afgeschreven. Klantnummer "
     "{CUSTOMER_NUMBER}, reageer nou eens!"),
    ("nl", "Top geholpen door {NAME_FIRST} van de chat, binnen tien minuten was mijn nieuwe adres ({ADDRESS}, "
     "{POSTCODE}) verwerkt. 5 sterren!"),
    # WhatsApp business chats
    ("nl", "[{chat_time}] {NAME_FIRST}: hoi, pakket staat op bezorgd maar niks ontvangen. adres is {ADDRESS}, "
     "{POSTCODE} {city_nl}"),
    ("nl", "[{chat_time}] Klantenservice: Hoi! Mag ik je e-mailadres om je account te vinden?\nKlant: {EMAIL}\n"
     "Klantenservice: Dank je {NAME_FIRST}, ik zie je bestelling."),
    ("nl", "WhatsApp van {PHONE}: goedemiddag ik wil mijn abonnement opzeggen, staat op naam van {NAME_FULL}"),
    ("nl", "✓✓ {NAME_FIRST}: mn bsn is {BSN} klopt dat zo? heb ik op het formulier gezet"),
    ("nl", "[{chat_time}] Klant: foto van de schade gestuurd, auto is de {car} met kenteken {PLATE}\nAgent: "
     "Ontvangen, dank u wel meneer {NAME_SURNAME}!"),
    # IVR and voice assistants
    ("nl", "IVR {date_num} {chat_time} | intent=adreswijziging | postcode=\"{POSTCODE}\" | straat_huisnr=\"{ADDRESS}\" "
     "| conf=0.{conf}"),
    ("nl", "spraakassistent: wat is uw geboortedatum? beller: {DOB} spraakassistent: dank u, en uw postcode? beller: "
     "{POSTCODE}"),
    ("nl", "ASR-transcript: ja goedemiddag u spreekt met {NAME_LOWER} ik bel over mijn nummer dat is {PHONE_SPOKEN}"),
    ("nl", "IVR-log: beller toetste BSN {BSN} in, verificatie geslaagd, doorverbonden naar wachtrij {queue}"),
    ("nl", "transcript: ja mijn e-mail is {EMAIL_SPOKEN} ja dat klopt"),
    ("nl", "bot: Wat is je klantnummer? gebruiker: {CUSTOMER_NUMBER} bot: Gevonden! Hoi {NAME_FIRST}, waarmee kan ik "
     "je helpen?"),
    ("nl", "spraakherkenning: mijn burgerservicenummer is {BSN_SPOKEN} (zekerheid 0.{conf})"),
    # e-mail threads
    ("nl", "Van: {NAME_FULL} <{EMAIL}>\nOnderwerp: RE: uw factuur {invoice}\n\nGoedendag, zie bijlage. Graag het "
     "bedrag terugstorten op {IBAN}.\n\nMet vriendelijke groet,\n{NAME_AGAIN_FULL}\nT {PHONE}"),
    ("nl", "Groeten,\n{NAME_FIRST}\n{ADDRESS}\n{POSTCODE} {city_nl}\n\nVerzonden vanaf mijn iPhone"),
    ("nl", "> Op {date} schreef {NAME_FULL} <{EMAIL}>:\n> Ik heb nog steeds geen bevestiging ontvangen.\n\nBeste "
     "{NAME_AGAIN}, excuses, de bevestiging is alsnog verstuurd."),
    ("nl", "Geachte mevrouw {NAME_SURNAME},\n\nHierbij bevestigen wij de wijziging van uw rekeningnummer naar {IBAN}. "
     "Vragen? Bel {service_number}.\n\nDit e-mailbericht is uitsluitend bestemd voor de geadresseerde."),
    ("nl", "Met vriendelijke groet,\n{NAME_INITIALS}\n{EMAIL}\nmobiel {PHONE}\n\nDenk aan het milieu voordat u deze "
     "e-mail print."),
    # CRM timeline
    ("nl", "{date_num} {chat_time} – Telefonisch contact (inkomend). Klant {NAME_FULL} (klantnr {CUSTOMER_NUMBER}) "
     "meldt storing {errcode}. Monteur ingepland."),
    ("nl", "Tijdlijn › notitie door {NAME_FIRST} (2e lijn): adres gewijzigd van {ADDRESS} naar {ADDRESS}, postcode "
     "{POSTCODE}."),
    ("nl", "CRM: geboortedatum gecorrigeerd {DOB} → {DOB} op verzoek van klant, legitimatie gecontroleerd"),
    ("nl", "contactmoment: klant belde vanaf {PHONE}, wijkt af van bekend nummer {PHONE}. Verificatie via postcode "
     "{POSTCODE} ok."),
    # escalations and callbacks
    ("nl", "ESCALATIE P2 | {ticket} | klant: {NAME_OFFICIAL} | klantnr: {CUSTOMER_NUMBER} | derde keer dezelfde "
     "storing, klant dreigt met de Geschillencommissie"),
    ("nl", "Escalatie naar teamleider: mevr. {NAME_SURNAME} is boos, creditcard {CARD} is dubbel belast voor "
     "{amount}."),
    ("nl", "Terugbelverzoek: {NAME_FULL}, tel. {PHONE}, liefst {weekday} na {time}. Onderwerp: verhuizing."),
    ("nl", "bel me aub terug ik ben de hele dag bereikbaar op {PHONE} groetjes {NAME_LOWER}"),
    # sales leads and door-to-door sales
    ("nl", "Lead (website, zonnepanelen): {NAME_FULL}, {EMAIL}, {PHONE}, {ADDRESS} {POSTCODE} {city_nl}, dak ligt op "
     "het zuiden"),
    ("nl", "nieuwe lead via beurs in {city}: dhr {NAME_INITIALS}, wil offerte warmtepomp, mail naar {EMAIL}"),
    ("nl", "Er stond een verkoper aan de deur bij mijn moeder, mevrouw {NAME_SURNAME} ({DOB}), en die heeft haar een "
     "energiecontract aangesmeerd. Ze woont op {ADDRESS}. Wij willen dit ontbinden."),
    ("nl", "Klacht colportage: verkoper noemde zich {NAME_FIRST}, liet mijn vader tekenen en schreef zijn IBAN {IBAN} "
     "over zonder uitleg."),
    # energy switches
    ("nl", "Overstapformulier {brand_energy}: naam {NAME_FULL}, leveringsadres {ADDRESS}, {POSTCODE}, IBAN voor "
     "incasso {IBAN}, ingangsdatum {date}"),
    ("nl", "Ik ben verhuisd naar {ADDRESS} in {city_nl} en wil mijn contract met klantnummer {CUSTOMER_NUMBER} "
     "meenemen. Meterstand {kwh}."),
    # bank and insurance claims
    ("nl", "Schademelding: op {date} is de auto met kenteken {PLATE} aangereden op de parkeerplaats van {shop}. "
     "Tegenpartij: {NAME_FULL}, kenteken {PLATE}."),
    ("nl", "Polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, geboren {DOB}. Schade aan bril, bon van "
     "{amount} bijgevoegd."),
    ("nl", "Fraudemelding: afschrijvingen van {amount} met mijn kaart {CARD} die ik niet heb gedaan, graag blokkeren. "
     "{NAME_FULL}"),
    ("nl", "Kaartnummer {CARD} staat nog als betaalmethode bij {brand_shop}, haal die er alstublieft af."),
    ("nl", "Betaling mislukt met creditcard {CARD}, geldig tot {expiry}. Kunt u het opnieuw proberen?"),
    ("nl", "Chatbot: Deel nooit je volledige kaartnummer in de chat. Klant: oeps, het was {CARD}"),
    # debt collection
    ("nl", "Geachte heer {NAME_SURNAME},\nOndanks herinneringen staat dossier {CUSTOMER_NUMBER_FILE} nog open voor "
     "{amount}. Neem binnen 14 dagen contact op via {service_number}."),
    ("nl", "Betalingsregeling aangevraagd door {NAME_DOUBLE}, {ADDRESS}, {POSTCODE} {city_nl}: {amount} per maand "
     "vanaf {date}, incasso van {IBAN}"),
    ("nl", "deurwaarder zegt dat ik {amount} moet betalen maar ik heb nooit bij jullie gewoond. mijn bsn is {BSN} en "
     "ik woon al 10 jaar op {ADDRESS}"),
    # housing corporations
    ("nl", "Reparatieverzoek {housing}: lekkage badkamer. Huurder {NAME_FULL}, huurdersnummer "
     "{CUSTOMER_NUMBER_TENANT}, {ADDRESS}. Bereikbaar op {PHONE}. Sleutel ligt bij de buurvrouw, {NAME_FULL}."),
    ("nl", "mijn cv ketel doet het weer niet ({errcode}) en de monteur van {housing} komt pas {weekday}. ik woon met 2 "
     "kinderen ({NAME_CHILD} en {NAME_CHILD}) op {ADDRESS}, dit kan echt niet"),
    ("nl", "Huurder {NAME_INITIALS} meldt schimmel in slaapkamer, woning {ADDRESS} {POSTCODE}. Contractnr. "
     "{CUSTOMER_NUMBER_TENANT}."),
    # school and childcare
    ("nl", "Inschrijving kinderopvang {childcare}: kind {NAME_FULL}, geboortedatum {DOB_CHILD}, BSN kind {BSN}. "
     "Ouder/verzorger: {NAME_FULL}, {EMAIL}."),
    ("nl", "Aanmelding groep 1: {NAME_CHILD} (geb. {DOB_CHILD}), broertje van {NAME_CHILD} uit groep 5. Moeder: "
     "{NAME_FULL}, {PHONE}."),
    ("nl", "Wij hebben de inschrijving van uw dochter {NAME_FIRST} ontvangen. Het leerlingnummer wordt "
     "{CUSTOMER_NUMBER}. De eerste schooldag valt op {date}."),
    # health insurers
    ("nl", "{insurer}\nAan: {NAME_OFFICIAL}\n{ADDRESS}\n{POSTCODE} {city_nl}\n\nRelatienummer: "
     "{CUSTOMER_NUMBER_POLICY}\nBetreft: declaratie fysiotherapie {date}"),
    ("nl", "Verzekerde: {NAME_FULL}, BSN {BSN}, geb. {DOB}. De machtiging voor de rolstoel is afgewezen; bezwaar kan "
     "binnen 6 weken."),
    ("nl", "Beste {NAME_FIRST}, uw premie van {amount} per maand wordt voortaan geïncasseerd van {IBAN}."),
    # parking
    ("nl", "Bezwaar naheffingsaanslag {fine_no}: mijn auto {PLATE} stond op {date} om {time} gewoon in een vak met "
     "vergunning. {NAME_FULL}, {ADDRESS}"),
    ("nl", "parkeerboete gekregen voor kenteken {PLATE} maar die auto heb ik op {date} al verkocht aan {NAME_FULL}, "
     "vrijwaringsbewijs heb ik"),
    ("nl", "Parkeeractie gestart voor {PLATE} in zone {zone} om {time}. Fijne dag!"),
    ("nl", "Beste heer {NAME_SURNAME}, de APK van uw {car} met kenteken {PLATE} verloopt op {date}."),
    ("nl", "Leaseauto {PLATE} ({car}) ingeleverd door {NAME_FULL}, kilometerstand {km}."),
    ("nl", "kenteken {PLATE} is van mijn zoon {NAME_CHILD} maar de verzekering staat op mij"),
    # gyms
    ("nl", "Opzegging lidmaatschap {gym}: lidnummer {CUSTOMER_NUMBER_MEMBER}, naam {NAME_FULL}, geboortedatum {DOB}. "
     "Graag geen incasso meer van {IBAN}."),
    ("nl", "Mijn pasje werkt niet bij {gym} in {city}, lidnr {CUSTOMER_NUMBER_MEMBER}. mail me op {EMAIL}"),
    # Belgian Dutch
    ("nl", "Goeiendag, ik ben {NAME_FULL} en ik woon in de {ADDRESS_BE} te {city_be}. Mijn gsm is {PHONE_BE}. Ze "
     "hebben mijn pakske bij de gebuur gelegd."),
    ("nl", "Allez, ik heb al drie keer gebeld. Mijn rekeningnummer is {IBAN_BE}, het geld moest vorige week al "
     "teruggestort zijn. Groetjes, {NAME_FIRST}"),
    ("nl", "Voor de aansluiting hebben we uw rijksregisternummer nodig. Klant gaf {BSN_BE} door, naam {NAME_FULL}."),
    ("nl", "Mijn auto met nummerplaat {PLATE_BE} staat al twee weken bij de garage in {city_be}, wanneer komt de "
     "expert? {NAME_SURNAME}"),
    ("nl", "Kunt ge mij eens terugbellen op {PHONE_BE}? 't Is voor de factuur van mijn moeder, {NAME_FULL}."),
    # Surinamese and Antillean Dutch
    ("nl", "Ik ben {NAME_FULL}, ik heb al twee keer gebeld hoor, die rekening klopt niet. Mijn zus {NAME_FIRST} "
     "betaalt het van haar rekening {IBAN}, laat ze niet nog een keer afschrijven."),
    ("nl", "Masha danki voor de hulp! Nog één ding: mijn nummer op Curaçao is {PHONE_CW}, daar ben ik tot {date}. "
     "Groetjes {NAME_FULL}"),
    ("nl", "Familie van mij, {NAME_SR}, woont in Paramaribo en kan niet inloggen, het nummer daar is {PHONE_SR}. "
     "Geen DigiD, kan het via mijn e-mail {EMAIL}?"),
    ("nl", "ayo, de monteur is niet gekomen vandaag. ik ben {NAME_LOWER}, {ADDRESS}. bel {PHONE} of app"),
    # learners of Dutch, typos and missing capitals
    ("nl", "Hallo, ik ben {NAME_FULL}, ik kom uit {country}, mijn Nederlands is niet goed. Ik wil vragen over toeslag. "
     "Mijn BSN is {BSN}, geboortedatum {DOB}."),
    ("nl", "goedemorgen mijn naam {NAME_FULL} ik heb brief gekregen over schuld maar ik begrijp niet. dossier "
     "{CUSTOMER_NUMBER_FILE}"),
    ("nl", "hoi ik ben {NAME_LOWER} en mijn emial is {EMAIL} kunnen jullie mij de factuur sturen ik kan niet inlogen"),
    ("nl", "wij zijn verhuist naar {ADDRESS} {POSTCODE} maar de post gaat nog steeds naar het oude adres"),
    ("nl", "fiets nog te koop? mail {EMAIL_HIDDEN} of app {PHONE}"),
    # several people
    ("nl", "Aanwezig bij het gesprek: {NAME_FULL}, {NAME_FULL} en de buurman {NAME_FIRST}. Afspraak: {NAME_SURNAME} "
     "stuurt de foto's door."),
    ("nl", "Mijn partner {NAME_FIRST} en ik ({NAME_FIRST}) willen een gezamenlijke rekening, {IBAN} mag worden "
     "opgeheven."),
    ("nl", "De buurvrouw, mevrouw {NAME_SURNAME}, heeft het pakket aangenomen. Zij woont op {ADDRESS}."),
    ("nl", "Machtiging: ik, {NAME_FULL}, geef {NAME_FULL} toestemming om namens mij te bellen over klantnummer "
     "{CUSTOMER_NUMBER}."),
    ("nl", "Gegevens partner voor de polis: {NAME_DOUBLE}, geboren {DOB}, BSN {BSN}."),
]  # fmt: skip
TEST_V6_PII = TEST_V6_PII_NL + TEST_V6_PII_EN
