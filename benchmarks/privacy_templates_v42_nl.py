"""Dutch and Flemish templates of test_v42, public services and care: gemeente taxes and parking permits, DUO
student finance, UWV benefits, hospitals and GPs, dentists and vets. Voicemails keep their hesitations."""

from __future__ import annotations

NL_PUBLIC: list[tuple[str, str]] = [
    # ---- gemeente: WOZ, afvalstoffenheffing, kwijtschelding
    (
        "nl",
        "Bezwaar WOZ-beschikking {year}: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. De waarde van {amount} "
        "is te hoog, de buren zitten veel lager.",
    ),
    (
        "nl",
        "Kwijtschelding afvalstoffenheffing aangevraagd door {NAME_INITIALS}, debiteurnummer {CUSTOMER_NUMBER_TAX}, "
        "BSN {BSN}.",
    ),
    (
        "nl",
        "Graag de rioolheffing in {count} termijnen laten afschrijven van {IBAN}. Met vriendelijke groet, {NAME_FULL}",
    ),
    (
        "nl",
        "Voicemail {time}: ja goeiemiddag, u spreekt met eh {NAME_FULL}, ik bel over de aanslag, eh, "
        "gemeentelijke belastingen. Mijn nummer is {PHONE_SPOKEN}. Dank u.",
    ),
    (
        "nl",
        "Ik betaal hondenbelasting maar Bello is al in {month} overleden. Subjectnummer {CUSTOMER_NUMBER_TAX}, "
        "adres {ADDRESS}.",
    ),
    (
        "nl",
        "De aanslag staat op naam van mijn vader {NAME_FULL}, hij woont sinds {month} in het verpleeghuis, post "
        "graag naar {ADDRESS}, {POSTCODE}.",
    ),
    (
        "nl",
        "Het huis op {ADDRESS} staat leeg sinds het overlijden van mijn moeder, mevrouw {NAME_SURNAME}. Wie kan ik "
        "bellen? {PHONE}",
    ),
    # ---- gemeente: parkeren
    (
        "nl",
        "hoi, ik heb een naheffing gekregen terwijl mn auto {PLATE} gewoon een vergunning heeft {emoji} zone {zone}",
    ),
    ("nl", "Bewonersvergunning {zone}: kenteken wijzigen van {PLATE} naar {PLATE}, aanvrager {NAME_FULL}, {ADDRESS}."),
    (
        "nl",
        "Gehandicaptenparkeerkaart aangevraagd voor {NAME_FULL} (geb. {DOB}), kenteken {PLATE}, adres {ADDRESS}, "
        "{POSTCODE} {city}.",
    ),
    (
        "nl",
        "Mijn schoonmoeder komt {weekday} logeren, haar auto heeft een Duits kenteken: {PLATE_DE}. Kan ik die in de "
        "bezoekersapp zetten?",
    ),
    (
        "nl",
        "Goeiedag, ik kreeg een parkeerboete in {city} voor nummerplaat {PLATE_BE}, maar ik was die dag gewoon thuis "
        "in {be_city}. Groeten, {NAME_FULL}",
    ),
    (
        "nl",
        "Bezoekersvergunning op naam van {NAME_INITIALS} geeft foutmelding bij kenteken {PLATE}, meldnummer {ticket}.",
    ),
    (
        "nl",
        "Uhm ja, met {NAME_FIRST}, eh nee, {NAME_FULL} bedoel ik, mijn nummerbord is {PLATE}, de scanauto heeft me "
        "drie keer beboet.",
    ),
    # ---- DUO
    (
        "nl",
        "Mijn studiefinanciering is gestopt terwijl ik nog in {city} studeer. BSN {BSN}, studentnummer "
        "{CUSTOMER_NUMBER_STUDENT}.",
    ),
    (
        "nl",
        "Voicemail: hallo, met {NAME_FIRST}, eh, {NAME_FULL} dus, ik heb een vraag over mijn aflossing, kunt u "
        "terugbellen op {PHONE}? Na {time} ben ik er.",
    ),
    ("nl", "nieuw rekeningnummer voor mn stufi is {IBAN} 🙏 de oude rekening heb ik opgezegd"),
    ("nl", "Aanvraag studentenreisproduct: {NAME_FULL}, geboren {DOB}, e-mail {EMAIL_STUDENT}."),
    (
        "nl",
        "Controle uitwonendenbeurs: student {NAME_REVERSED}, ingeschreven op {ADDRESS}, {POSTCODE} {city}; "
        "huisgenoot {NAME_FULL} bevestigt dit.",
    ),
    (
        "nl",
        "Ik kom uit Curaçao en studeer aan Zuyd. Mijn adres op het eiland was {ADDRESS_CARIB}, nu woon ik op "
        "{ADDRESS}. Tel. {PHONE_CARIB}",
    ),
    (
        "nl",
        "Bon dia, ik ben {NAME_FULL}, ik moet mijn DUO-schuld regelen vanuit Aruba, bel me op {PHONE_CARIB} of mail "
        "{EMAIL}.",
    ),
    ("nl", "Mijn burgerservicenummer is, eh, {BSN_SPOKEN}, en ik wil de aanvullende beurs aanvragen."),
    ("nl", "DUO heeft mijn naam verkeerd: het is {NAME_ASIAN}, achternaam eerst, niet andersom."),
    # ---- UWV
    ("nl", "WW-aanvraag loopt al {count} weken. BSN {BSN}, geboortedatum {DOB}, naam {NAME_FULL}."),
    ("nl", "Ja hallo, mijn BSN is {BSN_SPOKEN}, eh, ik heb nog steeds niks op mijn rekening gehad van de WW."),
    (
        "nl",
        "Ziekmelding via werkgever: werknemer {NAME_INITIALS}, geboren {DOB}, eerste ziektedag {date}, "
        "telefoon {PHONE}.",
    ),
    (
        "nl",
        "Mijn uitkering moet naar {IBAN_BE} want ik ben verhuisd naar {be_city}, {ADDRESS_BE}. Groeten, {NAME_FULL}",
    ),
    ("nl", "Grensarbeider: ik woon in {de_city} ({ADDRESS_DE}) en werkte in {city}. Handy {PHONE_DE}, BSN {BSN}."),
    ("nl", "Mijn taalcoach {NAME_FULL} belt namens mij over de WIA-keuring. Zij is bereikbaar op {PHONE}."),
    (
        "nl",
        "Ik heb een brief gekregen over een terugvordering van {amount}. Ik ben {NAME_FULL}, geboren "
        "{DOB_WORDS}, ik begrijp de brief niet goed.",
    ),
    ("nl", "Werkgever: graag de loonstroken van mevrouw {NAME_SURNAME} (BSN {BSN}) mailen naar {EMAIL_WORK}."),
    (
        "nl",
        "Mijn nieuwe adres is {ADDRESS}, eh nee sorry, {ADDRESS}, het huisnummer was verkeerd. Postcode {POSTCODE}.",
    ),
    # ---- ziekenhuis
    (
        "nl",
        "Afspraakbevestiging: {NAME_UPPER}, geb. {DOB}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, {dept}, {date} "
        "om {time}.",
    ),
    ("nl", "Terugbelverzoek: {NAME_FULL} ({DOB}) vraagt de uitslag van het bloedonderzoek, tel. {PHONE}."),
    ("nl", "Tolk Arabisch nodig voor meneer {NAME_FULL} bij {dept}; contact via zijn dochter {NAME_FIRST}, {PHONE}."),
    (
        "nl",
        "Tolk Tigrinya aangevraagd voor mevrouw {NAME_FULL}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, afspraak {date}.",
    ),
    (
        "nl",
        "Uw afspraak bij dr. {NAME_SURNAME} op de {dept} is verplaatst naar {date} om {time}. Patiënt: "
        "{NAME_INITIALS}.",
    ),
    (
        "nl",
        "Voicemail: goedemorgen, eh, met {NAME_FULL}, geboortedatum, uhm, {DOB_WORDS}. Ik moet mijn afspraak "
        "van {weekday} afzeggen. Bel me op {PHONE_SPOKEN}.",
    ),
    ("nl", "Ik ben de mantelzorger van {NAME_FULL}, hij ligt op {dept}. Mijn nummer: {PHONE_LANDLINE}."),
    ("nl", "Kopie van het medisch dossier graag sturen naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_INITIALS}."),
    # ---- huisarts
    ("nl", "Herhaalrecept {med} voor mevrouw {NAME_SURNAME}, geboortedatum {DOB}, ophalen bij {pharmacy}."),
    (
        "nl",
        "Graag een afspraak voor mijn dochter {NAME_CHILD} (geboren {DOB_CHILD}), ze heeft al {count} dagen koorts.",
    ),
    (
        "nl",
        "goedemorgen 🙂 kan mijn zoontje {NAME_CHILD} morgen om {time} komen? hij is geboren {DOB_CHILD}, "
        "groetjes {NAME_FIRST}",
    ),
    ("nl", "Inschrijving nieuwe patiënt: {NAME_FULL}, {DOB}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "Verwijzing naar {hospital}, afdeling {dept}, voor {NAME_FULL}, BSN {BSN}."),
    (
        "nl",
        "Huisartsenpost: beller {NAME_FULL} meldt benauwdheid bij haar man, adres {ADDRESS}, terugbellen op {PHONE}.",
    ),
    ("nl", "Mijn naam wordt altijd verkeerd geschreven, het is {NAME_SPELLED}, voornaam {NAME_FIRST}."),
    # ---- tandarts
    ("nl", "Nota {invoice} van {amount} hoort niet bij mij maar bij {NAME_FULL}, klantnummer {CUSTOMER_NUMBER}."),
    (
        "nl",
        "Wij verhuizen naar {ADDRESS_BE} in {be_city}; graag de inschrijving van {NAME_FULL} en de kinderen "
        "beëindigen.",
    ),
    ("nl", "Machtiging tandartskosten: {NAME_FULL}, IBAN {IBAN}, bedrag {amount}, handtekening volgt."),
    ("nl", "Graag de kosten van de kroon ({amount}) van mijn creditcard {CARD} afschrijven. {NAME_INITIALS}"),
    (
        "nl",
        "Voicemail tandarts: eh ja hallo, met {NAME_SURNAME}, ik ben, hoe zeg je dat, mijn vulling kwijt. "
        "Mijn nummer is {PHONE_SPOKEN}.",
    ),
    # ---- dierenarts
    (
        "nl",
        "Dierenkliniek: klant {NAME_FULL}, klantnummer {CUSTOMER_NUMBER_VET}, hond {pet} moet op {date} gevaccineerd.",
    ),
    (
        "nl",
        "Voicemail {time}: eh ja hoi, met {NAME_FIRST} van {pet}, de kat, ehm, kunt u me terugbellen op "
        "{PHONE_SPOKEN}?",
    ),
    ("nl", "Factuur van de dierenarts graag mailen naar {EMAIL} in plaats van naar {ADDRESS}."),
    ("nl", "konijn {pet} eet niet meer 😢 kan iemand me bellen? {PHONE} groetjes {NAME_LOWER}"),
    ("nl", "Eigenaar van {pet} gewijzigd naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, e-mail {EMAIL}."),
    ("nl", "Betaling euthanasie en crematie van {pet} via kaart {CARD}, klant {CUSTOMER_NUMBER_VET}."),
]
