"""Dutch and Flemish templates of test_v67: solar panels, student rooms, brokers, hearing aids, marketplaces, food
delivery, car sharing, municipal permits, music lessons and fines, in voice-note transcripts, reply-all threads,
PDF and web forms, Salesforce and Intercom exports, OCR of handwriting and assistive typing."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- solar panels and home batteries (WhatsApp Business voice notes)
    (
        "nl",
        "[Spraakbericht 0:48, automatisch uitgeschreven] ja hallo met {NAME_FULL} eh ik heb sinds {date} "
        "zonnepanelen maar de teruglevering staat op nul, bel me even op {PHONE}",
    ),
    (
        "nl",
        "[Spraakbericht 1:12] hoi het is {NAME_FIRST} van {ADDRESS} in {town}, de thuisbatterij piept de hele nacht",
    ),
    (
        "nl",
        "Terugleververgoeding graag storten op {IBAN_NL} t.n.v. {NAME_INITIALS}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    (
        "nl",
        "Installatieadres panelen: {ADDRESS}, {POSTCODE} {town}. Contactpersoon ter plaatse: {NAME_FULL}, {PHONE}.",
    ),
    ("nl", "Klant {NAME_REVERSED} (klantnr. {CUSTOMER_NUMBER_CUSTOMER}) wil de {product} laten uitbreiden."),
    ("nl", "[Spraakbericht 0:31] mijn mail is {EMAIL_SPOKEN}, stuur de offerte voor de batterij daar maar naartoe"),
    # ---- student rooms and housing waiting lists (PDF form extraction)
    (
        "nl",
        "Inschrijving woningzoekende\nNaam:\nGeboortedatum:\n{NAME_FULL}\n{DOB}\nInschrijfnummer: "
        "{CUSTOMER_NUMBER_TENANT}",
    ),
    (
        "nl",
        "Aanvraagformulier kamer (PDF)\nBSN: Telefoon:\n{BSN}\n{PHONE}\nHuidig adres: {ADDRESS}\nPostcode:\n{POSTCODE}",
    ),
    (
        "nl",
        "Mijn inschrijfduur klopt niet, ik sta sinds {date} ingeschreven onder nummer "
        "{CUSTOMER_NUMBER_TENANT}. {NAME_FIRST}",
    ),
    ("nl", "Huurtoeslag-check: huurder {NAME_FULL}, geboren {DOB}, huur {amount} per maand vanaf {IBAN}."),
    ("nl", "Borg voor de studentenkamer op {ADDRESS} terugstorten op {IBAN}, groet {NAME_LOWER}"),
    ("nl", "Naam: {NAME_FULL} E-mail:\nPostcode: {EMAIL}\n{POSTCODE} Geb.datum: {DOB}"),
    # ---- brokerage and crypto (Outlook reply-all)
    (
        "nl",
        "Allen,\n\nZie hieronder. Graag actie.\n\n> Van: {NAME_FULL} <{EMAIL}>\n> Verzonden: {weekday} {time}\n"
        "> Mijn beleggingsrekening {CUSTOMER_NUMBER_ACCOUNT} staat op slot.",
    ),
    (
        "nl",
        "> Met vriendelijke groet,\n> {NAME_FULL}\n> M {PHONE}\n> Dit bericht is uitsluitend bestemd voor de "
        "geadresseerde. Aan dit bericht kunnen geen rechten worden ontleend.",
    ),
    ("nl", "Opname van {amount} naar tegenrekening {IBAN} lukt niet, account {CUSTOMER_NUMBER_ACCOUNT}."),
    ("nl", "Voor de KYC-controle stuurde {NAME_SURNAME} een kopie paspoort, BSN {BSN} zwartgemaakt maar wel leesbaar."),
    ("nl", "RE: RE: FW: verificatie crypto-account\n\nBeste collega's, klant {NAME_CAPS} belt nu voor de derde keer."),
    ("nl", "Storting met creditcard {CARD} is teruggedraaid; houder {NAME_FULL}, account {CUSTOMER_NUMBER_ACCOUNT}."),
    # ---- hearing aids and audiologists (Salesforce case export)
    (
        "nl",
        "Case Number;Subject;Contact Name;Contact Phone;Birthdate\n{ref};Hoortoestel fluit;{NAME_FULL};{PHONE};{DOB}",
    ),
    (
        "nl",
        "Machtiging zorgverzekeraar voor hoortoestellen: verzekerde {NAME_INITIALS}, BSN {BSN}, lidnr. "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Audiogram van mevrouw {NAME_SURNAME} (geb. {DOB}) doorgestuurd naar de KNO-arts."),
    ("nl", "Mijn vader {NAME_FULL} hoort de telefoon niet, bel liever mij op {PHONE} of mail {EMAIL}."),
    ("nl", "Salesforce export, Account: {NAME_REVERSED}; Mailing Street: {ADDRESS}; Mailing Zip: {POSTCODE}"),
    # ---- second-hand marketplace disputes (Intercom)
    (
        "nl",
        "[System] Conversation assigned to {team}\n{NAME_FIRST}: de koper heeft betaald met {IBAN} maar ik zie niks",
    ),
    ("nl", "[System] {bot} joined the conversation\n{NAME_FULL}: de fiets is nooit aangekomen op {ADDRESS}"),
    ("nl", "Verkoper {NAME_LOWER} stuurde een betaalverzoek en vroeg mijn kaartnummer {CARD}, is dat oplichting?"),
    ("nl", "Intercom | gebruiker: ik heb het pakket naar {ADDRESS}, {POSTCODE} gestuurd, track & trace {ref}"),
    ("nl", "Koper belde met {PHONE_ABROAD} en noemde zich {NAME_FULL}, volgens mij nep."),
    # ---- food delivery refunds and couriers
    ("nl", "Bezorger {NAME_FIRST} stond bij het verkeerde huis, ik woon op {ADDRESS}. Terugbetaling graag op {IBAN}."),
    ("nl", "Refund {amount} voor bestelling {ref} gaat terug naar kaart {CARD}."),
    ("nl", "Koerier {NAME_FULL} (fietskoerier, tel. {PHONE}) meldt een ongeluk bij {place}."),
    ("nl", "Mijn account staat op {EMAIL} en de pizza kwam koud aan, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- car sharing (web form with hidden fields)
    (
        "nl",
        "Nieuw formulier ontvangen\nform_id=autodelen_abonnement\nutm_source=nieuwsbrief\nnaam={NAME_FULL}\n"
        "email={EMAIL}\ntelefoon={PHONE}\n_hidden_consent=true",
    ),
    (
        "nl",
        "Webformulier\n_page=/abonnement/opzeggen\nabonnementsnummer={CUSTOMER_NUMBER_CONTRACT}\n"
        "geboortedatum={DOB}\nrijbewijs_check=ok",
    ),
    ("nl", "Deelauto {PLATE} is met schade teruggezet door {NAME_FULL}; rit {ref}."),
    ("nl", "Tankpas van deelauto {PLATE} gebruikt door {NAME_SURNAME}, eigen risico {amount} van {IBAN}."),
    ("nl", "Ik stond met de {product} ({PLATE}) op {place}, de app sloot de auto niet af. {NAME_FIRST}"),
    # ---- municipal permits (OCR of handwritten forms)
    (
        "nl",
        "OCR aanvraag hondenbelasting\nNaam aanvrager: {NAME_OCR}\nAdres: {ADDRESS}\nPostcode: {POSTCODE_OCR}",
    ),
    ("nl", "OCR formulier bewonersvergunning: kenteken {PLATE}, BSN {BSN_OCR}, geb. {DOB_OCR}"),
    ("nl", "Omgevingsvergunning dakkapel, aanvrager {NAME_FULL}, perceel {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Parkeervergunning voor bewoners op naam van {NAME_INITIALS} voor kenteken {PLATE}, zone P3."),
    ("nl", "Aanslag hondenbelasting wordt afgeschreven van {IBAN_OCR} (handgeschreven, slecht leesbaar)."),
    ("nl", "Handgeschreven bezwaar, overgetypt: tel. {PHONE_OCR}, registratienr. {CUSTOMER_NUMBER_OCR}"),
    ("nl", "Bezwaarschrift tegen de bouwvergunning ingediend door {NAME_FULL}, BSN {BSN}, geboren {DOB}."),
    # ---- music lessons and instrument rental (assistive typing)
    ("nl", "ik  ben  {NAME_SPACED}  en  mijn  dochter  wil  op  pianoles ,  bel  {PHONE_SPACED}"),
    ("nl", "m ijn  mail  is  {EMAIL_SPACED}  voor  de  huurviool"),
    ("nl", "Huurovereenkomst instrument {CUSTOMER_NUMBER_CONTRACT}: huurder {NAME_FULL}, incasso van {IBAN}."),
    (
        "nl",
        "Leerling {NAME_FIRST} {NAME_SURNAME}, leerlingnummer {CUSTOMER_NUMBER_MEMBER}, geboren {DOB}, "
        "les op {weekday}.",
    ),
    ("nl", "De huursaxofoon mag worden opgehaald bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    # ---- traffic fines and toll
    ("nl", "Beschikking CJIB voor kenteken {PLATE}: {amount}, houder {NAME_FULL}, {ADDRESS}."),
    ("nl", "Tolheffing Westerscheldetunnel niet betaald door kentekenhouder {NAME_SURNAME}, voertuig {PLATE_ABROAD}."),
    ("nl", "Ik zat niet achter het stuur, mijn zoon {NAME_FULL} (geb. {DOB}) reed in de {PLATE}."),
    ("nl", "Betaling boete {ref} mislukt met kaart {CARD}; bel {PHONE} voor een regeling."),
    ("nl", "Vlaamse bestuurder {NAME_FULL}, gsm {PHONE_ABROAD}, nummerplaat {PLATE_ABROAD}, flitser op de A16."),
    # ---- Surinamese-Dutch, Turkish-Dutch, Polish voices
    ("nl", "Ik ben {NAME_FULL}, mijn tante in Paramaribo heeft nummer {PHONE_ABROAD}, mag zij ook bellen?"),
    ("nl", "Mijn naam is {NAME_FULL}, ik heb mijn verhuizing doorgegeven, nieuw adres {ADDRESS}, {POSTCODE}."),
    ("nl", "Dzień dobry, ik ben {NAME_FULL}, mijn Poolse rekening is {IBAN}, kan de terugbetaling daarheen?"),
    ("nl", "Mijn abi {NAME_FIRST} zegt dat zijn BSN {BSN} is, maar het systeem accepteert het niet."),
    ("nl", "Mijn moeder {NAME_FULL} is geboren op {DOB} in {city}, ze heeft geen e-mail."),
    # ---- voice and misc
    ("nl", "[Spraakbericht 0:22] mijn nummer is {PHONE_SPOKEN}, ik ben {NAME_FIRST}"),
    ("nl", "[Spraakbericht 0:40] BSN is eh {BSN_SPOKEN}, dat vroeg die meneer van de gemeente"),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER}, {NAME_LOWER}, {POSTCODE}, {PHONE}"),
    ("nl", "Polisnummer hoortoestelverzekering {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_CAPS}."),
    ("nl", "Gegevens uit PDF:\nIBAN Tenaamstelling\n{NAME_FULL}\n{IBAN}\nKenteken:\n{PLATE}"),
    ("nl", "Lidmaatschap autodeelclub {CUSTOMER_NUMBER_MEMBER} stopt, restitutie naar {IBAN_NL}. Groet, {NAME_FIRST}"),
    ("nl", "Graag de factuur voor de {product} naar {EMAIL}, adres {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Kamernet-bericht van {NAME_FULL}: 'kan ik de kamer zien? mijn nummer {PHONE_ABROAD}'"),
]
