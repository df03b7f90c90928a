"""Dutch templates of the `test_v9` split (held out; English ones in `privacy_templates_v9_en`, sentences without
personal data in `privacy_templates_v9_clean`). Written by someone who never saw the redaction rules.

Frames no earlier split used: call recordings as timestamped subtitles, CSV exports, handwritten letters read
by OCR (errors in the words around the data), appointment reminders, calendar invites, call-back requests from a
web widget, refer-a-friend forms, gifts sent to someone else, roadside assistance, lost property, repeat
prescriptions, CRM audit logs, text typed on a phone without capitals or punctuation, public replies to a
company's @handle, Dutch mixed with English, customs forms, warranty cards, account recovery, bike theft, and
carers calling for someone else; plus names in every position of a sentence and with no cue at all.

Labels: a span is exactly the personal data, never a title (mevrouw, dhr., Mr), cue, quote or bracket, and never
a possessive 's. Company handles, service numbers, cities on their own, tracking codes, expiry dates and amounts
are not labelled; the Belgian national register number counts as BSN, as in earlier splits."""

from __future__ import annotations

from benchmarks.privacy_templates_v9_en import TEST_V9_PII_EN

_NL = [
    # call recordings as timestamped subtitles
    "1\n00:00:03,120 --> 00:00:06,480\nKLANT: ja hallo, met {NAME_FULL}\n\n2\n00:00:06,900 --> 00:00:09,010\n"
    "AGENT: goedemiddag, waarmee kan ik u helpen?",
    "14\n00:02:14,300 --> 00:02:18,950\nKLANT: mijn geboortedatum? {DOB_SPOKEN}",
    "22\n00:04:41,020 --> 00:04:45,600\nKLANT: ehm het nummer is {PHONE_SPOKEN}",
    "00:03:02,700 --> 00:03:07,250\nKLANT: de postcode is {POSTCODE_SPOKEN} ja",
    "00:06:12,040 --> 00:06:19,880\nKLANT: rekeningnummer... {IBAN_SPOKEN}\nAGENT: dank u, ik herhaal het even niet",
    "00:01:55,000 --> 00:01:58,310\nAGENT: en uw achternaam?\nKLANT: {NAME_SPELLED}",
    "00:07:30,120 --> 00:07:34,900\nKLANT: burgerservicenummer {BSN_SPOKEN}",
    "00:08:02,500 --> 00:08:06,000\nKLANT: mailen mag naar {EMAIL_SPOKEN}",
    "00:09:14,000 --> 00:09:18,500\nKLANT: de creditcard, {CARD_SPOKEN}\nAGENT: stop, dat hoeft niet",
    # CSV exports
    "klantnr;naam;postcode;plaats\n{CUSTOMER_NUMBER};{NAME_CAPS};{POSTCODE};{city_nl}",
    "abonnee_id;email;telefoon;aangemaakt_op\n{CUSTOMER_NUMBER_SUBSCRIBER};{EMAIL};{PHONE};{date}",
    '"{NAME_REVERSED}";"{ADDRESS}";"{POSTCODE}";"{city_nl}";"actief"',
    "rekeninghouder;iban;bedrag;status\n{NAME_INITIALS};{IBAN};{amount};teruggeboekt",
    "kenteken;merk;apk_vervalt\n{PLATE};{car};{date}",
    "{CUSTOMER_NUMBER};{DOB};{BSN};handmatig gecontroleerd",
    "transactie;kaart;bedrag;land\nTX-40917;{CARD};{amount};TR",
    "kaartnummer,verloopt\n{CARD},{expiry}",
    # handwritten letters through OCR
    "Geachte heer/rnevrouw,\nHierbij zeg ik rnijn abonnernent op per {date}.\nMet vriendelijke groet,\n{NAME_FULL}\n"
    "{ADDRESS}\n{POSTCODE}  {city_nl}",
    "lk ben geboren op {DOB} en wil graag weer een papieren rekening ontvangen. Klantnumrner {CUSTOMER_NUMBER}.",
    "Mijn zoon {NAME_FIRST} regelt alles voor mij, zijn telefoon: {PHONE}. Hoogachtend, mevr. {NAME_SURNAME}",
    "Gaarne het tegoed terugstorten op rekening {IBAN} ten narne van {NAME_INITIALS}.",
    "Cadeaubon retour: het bedrag graag op {IBAN} t.n.v. {NAME_FULL}.",
    "Betaald met de creditcard van mijn moeder, {CARD}, mag dat eigenlijk wel?",
    # appointment reminders
    "Herinnering: uw APK-afspraak voor de {car} met kenteken {PLATE} staat op {date} om {time}. "
    "Verzetten? Bel {service}.",
    "Beste {NAME_FIRST}, je afspraak bij de mondhygiënist staat op {date} om {time}. Neem je pas mee "
    "(polis {CUSTOMER_NUMBER_POLICY}).",
    "Afspraakbevestiging fysiotherapie voor {NAME_FULL}, geboren {DOB}: {weekday} om {time}.",
    "Bezorgmoment gekozen: {date} tussen {time} en twee uur later op {ADDRESS}, {POSTCODE}.",
    # calendar invites
    "BEGIN:VEVENT\nSUMMARY:Terugbelafspraak {NAME_FULL}\nDESCRIPTION:bellen op {PHONE}\nDTSTART:20250314T101500\n"
    "END:VEVENT",
    "ATTENDEE;CN={NAME_FULL};ROLE=REQ-PARTICIPANT:mailto:{EMAIL}",
    "LOCATION:{ADDRESS}\\, {POSTCODE} {city_nl}\nSUMMARY:Schouwing lekkage",
    # call-back requests from the website
    "Terugbelverzoek via website\nNaam: {NAME_FULL}\nTelefoon: {PHONE}\nVoorkeur: {weekday} na {time}",
    "Terugbellen gevraagd door {NAME_LOWER}, nummer {PHONE_INTL} (zit tot {date} in het buitenland)",
    "Terugbelwidget: veld naam leeg, veld telefoon '{PHONE}', veld klantnummer '{CUSTOMER_NUMBER}'",
    # refer a friend
    "Ik wil {NAME_FULL} aanmelden voor de actie, haar mailadres is {EMAIL} en ze woont op {ADDRESS} in {city_nl}.",
    "Aangebracht door klant {CUSTOMER_NUMBER}; nieuwe klant: {NAME_FIRST}, tel. {PHONE}",
    # gifts sent to someone else
    "Het cadeau moet naar mijn zus {NAME_FULL}, {ADDRESS}, {POSTCODE} {city_nl}, dus niet naar mijn eigen adres!",
    "Kaartje erbij: 'Van harte, lieve {NAME_FIRST}! Knuffel van {NAME_FIRST} en {NAME_FIRST}'",
    # roadside assistance
    "Pech op de A28 ter hoogte van {city_nl}, kenteken {PLATE}, lidnummer {CUSTOMER_NUMBER_MEMBER}, bereikbaar op "
    "{PHONE}.",
    "Sleepopdracht: buitenlandse toerist, voertuig {PLATE_FOREIGN}, naar de garage in {city_nl}. Contact: {PHONE_INTL}",
    "Wegenwacht ter plaatse bij {ADDRESS}; accu vervangen bij {PLATE}.",
    "Borg voor de vervangende auto via creditcard {CARD}, vervaldatum {expiry}.",
    "Terugbelverzoek: klant wil weten of de {PLATE} al klaar is bij de garage.",
    # lost property
    "Gevonden in de bus naar {city_nl}: portemonnee met een pinpas op naam van {NAME_INITIALS} en een rijbewijs.",
    "Verloren: blauwe rugzak, in het voorvak een envelop met adres {ADDRESS}, {POSTCODE}. Beloning!",
    "Gevonden voorwerp 0412: telefoon, eigenaar gebeld via noodcontact {PHONE}",
    "Gevonden: creditcard {CARD} op naam van {NAME_CAPS}, afgegeven bij de balie.",
    "Gevonden na de storm: kentekenplaat {PLATE}, lag bij ons in de tuin.",
    # repeat prescriptions
    "Herhaalrecept aangevraagd voor {NAME_FULL}, geb. {DOB}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}.",
    "Mag mijn buurvrouw, mevrouw {NAME_SURNAME}, de medicijnen ophalen? Mijn BSN is {BSN}.",
    # CRM audit log
    "2025-03-14T09:12:44Z veld=iban oud={IBAN} nieuw={IBAN} door={NAME_STAFF}",
    "audit: e-mail gewijzigd van {EMAIL} naar {EMAIL_VANITY} (klant {CUSTOMER_NUMBER})",
    "audit: adres -> {ADDRESS}, {POSTCODE}; bron=klantportaal; gebruiker={NAME_STAFF}",
    "audit 11:02 kaart toegevoegd {CARD} (exp {expiry}) door klant zelf",
    "audit 16:40 geboortedatum aangepast naar {DOB} op verzoek, gecontroleerd door {NAME_STAFF}",
    # typed on a phone, no capitals or punctuation
    "hoi ik ben {NAME_LOWER} mn pakket is nog steeds niet bezorgd kunnen jullie kijken op {ADDRESS_LOWER}",
    "mn bsn is {BSN} staat dat zo goed in jullie systeem want ik krijg een foutmelding",
    "mn kenteken {PLATE} staat verkeerd in de parkeerapp kan iemand dat aanpassen",
    "bel me maar op {PHONE} ben de hele middag thuis",
    "kaart {CARD} geweigerd bij het afrekenen wat is er aan de hand",
    "postcode {POSTCODE} zit niet in jullie dekkingsgebied zegt de site maar de buren hebben het wel",
    "welk nummer moet ik invullen {CARD} of dat van de achterkant",
    "iban {IBAN} klopt dit want de app zegt ongeldig",
    # public replies to a company's handle
    "@{handle} al drie weken wachten op mijn geld terug. {NAME_FULL} hier, klantnummer {CUSTOMER_NUMBER}",
    "@{handle} stuur maar een DM, dan geef ik {EMAIL_OBFUSCATED} door",
    "@{handle} @fietsfan_88 de monteur van {NAME_FIRST} kwam gewoon niet opdagen 😡",
    # Dutch mixed with English
    "Hi, ik heb een issue met mijn account, mijn email is {EMAIL} en I can't log in sinds {weekday}",
    "Kunnen jullie het bedrag please terugstorten op {IBAN_FOREIGN}? Thanks, {NAME_FULL}",
    "Mijn DOB is {DOB}, maar in de app staat het wrong, kan iemand dat fixen?",
    "Invoerrechten te veel betaald, graag terug naar {IBAN_FOREIGN}.",
    # customs forms
    "Douaneaangifte zending: ontvanger {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}, inhoud {product}",
    "Invoerrechten voldaan; pakket voor {NAME_FIRST} kan naar {ADDRESS}, {POSTCODE} {city_nl}.",
    # warranty cards
    "Garantiekaart {product}: koper {NAME_FULL}, gekocht op {date} bij {shop}, e-mail {EMAIL}",
    "Garantieclaim: toestel gekocht met creditcard {CARD}, bon kwijt, kan het op basis van de afschrijving?",
    # account recovery
    "Ik kom niet meer in mijn account. Geregistreerd met {EMAIL_CAPS}, geboortedatum {DOB}, postcode {POSTCODE}.",
    "Herstelcode kwam niet aan op {PHONE}, ik heb ondertussen een nieuw nummer: {PHONE}",
    # bike theft
    "Mijn e-bike is gestolen bij het station van {city_nl}. Polis {CUSTOMER_NUMBER_POLICY}, aangifte gedaan op {date}.",
    "Schadeformulier fiets: verzekerde {NAME_REVERSED}, adres {ADDRESS}, uitkering graag op {IBAN}",
    # carers calling for someone else
    "Ik bel namens mijn vader, de heer {NAME_SURNAME}; hij woont op {ADDRESS} en zijn BSN is {BSN}.",
    "Van de heer {NAME_INITIALS} hebben we een machtiging, zijn dochter {NAME_FIRST} belt voortaan.",
    "Mijn moeder ({DOB_ELDER}) kan zelf niet meer bellen, ik ben haar mantelzorger. Mijn nummer: {PHONE}",
    # names in every position, no cue
    "{NAME_FIRST}, {NAME_FIRST} en {NAME_FULL} staan alle drie op het contract.",
    "{NAME_FIRST}'s telefoon is kapot, dus graag bellen naar die van haar man.",
    "{NAME_FULL} belde weer over hetzelfde probleem.",
    "Volgens {NAME_SURNAME} was de storing al voor {time} opgelost.",
    "Overleg gehad met {NAME_STAFF} en daarna met mevr. {NAME_SURNAME} zelf, zij gaat akkoord.",
    "Dhr. {NAME_SURNAME} wil geen post meer, alleen nog mail naar {EMAIL}.",
    # Belgian and German customers
    "Gelieve de factuur te sturen naar {ADDRESS_BE}, {POSTCODE_BE} {city_be}. Rijksregisternummer {BSN_BE}.",
    "Ik ben {NAME_BE}, mijn gsm is {PHONE_INTL} en mijn rekening {IBAN_FOREIGN}.",
    "Voor de zorgverzekering in Nederland (ik woon in {city_be}, {POSTCODE_BE}): rijksregister {BSN_BE}, BSN {BSN}.",
    "Wohnhaft {ADDRESS_DE}, {POSTCODE_DE} {city_de}; grensarbeider, BSN {BSN}.",
    "Auto met buitenlandse plaat {PLATE_FOREIGN} staat al twee weken op de parkeerplaats van {shop}.",
    "Pakje voor {NAME_FULL} ligt klaar aan {ADDRESS_BE}, bus of niet, de bel werkt niet.",
]

TEST_V9_PII = [("nl", text) for text in _NL] + TEST_V9_PII_EN
