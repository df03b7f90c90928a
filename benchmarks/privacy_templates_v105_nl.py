"""Dutch and Flemish templates of test_v105 (Achterhoek, Zeeuws-Vlaanderen, Leuven): sailing courses, farm solar
leases, hospice rosters, vintage car cover, student bikes, saunas, wedding photographers, plumbers, alarm pendants
and donor registrations, in Trello comments, Messenger, claim forms, car calls, letters, Word tables and Slack."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- sailing school courses
    ("nl", "Inschrijving CWO-cursus zeilen: {NAME_FULL}, geb. {DOB}, e-mail {EMAIL}, mobiel {PHONE}."),
    ("nl", "Trello-kaart 'Zomerkamp Veerse Meer' – opmerking: {NAME_FIRST} betaalt via {IBAN_NL}, nog niet binnen."),
    ("nl", "Ik wil mien zeun {NAME_FIRST} opgeven veur de zeilcursus, wi-j wont an de {ADDRESS} in {town}."),
    ("nl", "Lidnummer zeilschool {CUSTOMER_NUMBER_MEMBER}, cursist {NAME_INITIALS}, postcode {POSTCODE}."),
    ("nl", "Messenger: [sticker: zeilbootje] hoi! ik ben {NAME_LOWER}, kan ik nog mee in {month}?"),
    ("nl", "| Cursist | Geboortedatum | Telefoon |\n| {NAME_FULL} | {DOB} | {PHONE} |"),
    # ---- rooftop solar leasing for farms
    (
        "nl",
        "Leasecontract {CUSTOMER_NUMBER_CONTRACT}: zonnepanelen op de stal van {NAME_TITLED}, "
        "{ADDRESS}, {POSTCODE} {town}.",
    ),
    ("nl", "De maandtermijn wordt geïncasseerd van {IBAN} ten name van {NAME_FULL}."),
    ("nl", "Wiej hebt 'n koestal van 40 meter, belt u mien maar op {PHONE}. Groeten, {NAME_FULL} uut {town}"),
    ("nl", "Trello-opmerking @planning: schouwing bij boer {NAME_SURNAME} verzet, nieuw nr. {PHONE}."),
    ("nl", "Voor de SDE-aanvraag hebben we het BSN {BSN} van de maatschap-vennoot {NAME_FULL} nodig."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_CUSTOMER} – {NAME_CAPS} – omvormer meldt storing sinds {date}."),
    # ---- hospice volunteer roster
    ("nl", "Rooster hospice week {count}: nachtdienst {NAME_FULL} ({PHONE}), dagdienst {NAME_FIRST}."),
    ("nl", "Nieuwe vrijwilliger {NAME_FULL}, geboren {DOB}, woont {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Slack #rooster – {NAME_NICK}: ik ruil zaterdag met {NAME_FIRST} :thumbsup: 3 :heart: 1"),
    ("nl", "Voor de VOG vragen we uw BSN: {BSN}, en uw geboortedatum {DOB}."),
    ("nl", "Reiskosten vrijwilligers graag naar {IBAN_NL}, t.n.v. {NAME_INITIALS}."),
    ("nl", "| Dag | Vrijwilliger | Tel |\n| {weekday} | {NAME_FULL} | {PHONE} |\n| {weekday} | open | - |"),
    # ---- vintage car insurance (claim form key=value)
    ("nl", "schadeformulier\nverzekerde={NAME_FULL}\npolisnummer={CUSTOMER_NUMBER_POLICY}\nkenteken={PLATE}"),
    ("nl", "geboortedatum={DOB}\npostcode={POSTCODE}\niban_uitkering={IBAN}\ntelefoon={PHONE}"),
    ("nl", "Oldtimerpolis {CUSTOMER_NUMBER_POLICY}: Citroën DS uit 1971, kenteken {PLATE}, eigenaar {NAME_TITLED}."),
    ("nl", "Mijn Volvo Amazon heeft een Duits kenteken {PLATE_ABROAD}, kan die toch bij jullie verzekerd worden?"),
    ("nl", "Ge moet weten, den oldtimer mee nummerplaat {PLATE_ABROAD} staat in Leuven, ik ben {NAME_FULL}."),
    ("nl", "Schademelding: {NAME_FULL} reed achteruit tegen de Mercedes {PLATE} aan, tel. {PHONE}."),
    # ---- student bike repairs
    ("nl", "Fietsherstel: naam {NAME_FIRST} {NAME_SURNAME}, studentennummer niet nodig, bel {PHONE_ABROAD}."),
    ("nl", "Allee, mijne velo staat aan de {ADDRESS} in {POSTCODE_BE} Leuven, kunde gij da komen halen? {NAME_FIRST}"),
    ("nl", "Messenger: [sticker: fiets met lekke band] {NAME_FIRST} hier, betaald met kaart {CARD}."),
    ("nl", "Abonnement fietsonderhoud {CUSTOMER_NUMBER_CONTRACT} op naam van {NAME_FULL}, {EMAIL}."),
    ("nl", "Kot op de {ADDRESS}, {POSTCODE_BE} Heverlee; eigenaar fiets: {NAME_CAPS}."),
    # ---- sauna subscriptions
    ("nl", "Sauna-abonnement opzeggen, lidnummer {CUSTOMER_NUMBER_MEMBER}, {NAME_FULL}, {EMAIL}."),
    ("nl", "Automatische incasso sauna gaat nu van {IBAN_NL}; de oude rekening {IBAN} mag eruit."),
    ("nl", "Slack #receptie – {NAME_NICK}: dame met pas {CUSTOMER_NUMBER_MEMBER} staat aan de balie :eyes: 2"),
    ("nl", "Ik kreeg een verjaardagsbon, mijn geboortedatum is {DOB}, maar er staat een andere in jullie systeem."),
    ("nl", "Duoabonnement voor {NAME_FIRST} en {NAME_FULL}, betaald met creditcard {CARD}."),
    # ---- wedding photographer bookings
    ("nl", "Boeking bruiloft {date}: bruid {NAME_FULL}, bruidegom {NAME_FULL}, contact {EMAIL}."),
    ("nl", "Aanbetaling trouwreportage ontvangen van {IBAN}, omschrijving: {NAME_LOWER} bruiloft."),
    ("nl", "Het fotoalbum mag naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_TITLED}."),
    ("nl", "Messenger: [sticker: twee ringen] wij zijn {NAME_FIRST} & {NAME_FIRST}, bel ons op {PHONE}!"),
    ("nl", "Trello 'Bruiloften 2026' – kaart {NAME_SURNAME}: contract {CUSTOMER_NUMBER_CONTRACT} getekend."),
    # ---- emergency plumber callouts
    ("nl", "Spoed! Lekkage bij {NAME_FULL}, {ADDRESS}, {POSTCODE}, bel {PHONE} bij aankomst."),
    ("nl", "ja hallo met eh {NAME_FULL} ik zit in de auto eh het adres is {ADDRESS} ja {ADDRESS} de kraan spuit"),
    ("nl", "agent: dus {ADDRESS}?\nklant: ja\nagent: en postcode {POSTCODE}, en u bent {NAME_SURNAME}?"),
    ("nl", "...eh nummer is {PHONE_SPOKEN} ... [ruis] ... ja klopt, {PHONE_SPOKEN}"),
    ("nl", "Mien naam is {NAME_FULL}, ik woon in {town} op {ADDRESS}, de ketel lekt al heel de nacht."),
    ("nl", "Factuur spoedtoeslag naar klant {CUSTOMER_NUMBER_CUSTOMER}, e-mail {EMAIL_SPOKEN}."),
    # ---- home care alarm pendants
    ("nl", "Alarmhanger geactiveerd voor {NAME_TITLED}, {ADDRESS}, {POSTCODE} {city}, geb. {DOB}."),
    ("nl", "Eerste contactpersoon: zoon {NAME_FULL}, {PHONE}; tweede: dochter {NAME_FIRST}, {PHONE_ABROAD}."),
    ("nl", "Voor de vergoeding via de Wmo hebben we het BSN {BSN} van uw moeder nodig."),
    ("nl", "agent: uw moeder is mevrouw {NAME_SURNAME}... ja... geboren {DOB}... en het BSN eindigt op..."),
    ("nl", "Klant {CUSTOMER_NUMBER_CUSTOMER}: hanger {NAME_INITIALS} werkt niet meer na de storm, bel {PHONE}."),
    ("nl", "Ons moeder woont aan de {ADDRESS} te {town}, ze heet {NAME_FULL} en is geboren {DOB}."),
    # ---- donor registrations
    ("nl", "Donorregistratie: {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}, donornummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Reiskostenvergoeding donor naar {IBAN_NL}, naam rekeninghouder {NAME_CAPS}."),
    ("nl", "Inzageverzoek AVG\nGeachte heer/mevrouw,\nHierbij verzoek ik, {NAME_FULL}, geboren {DOB}, om inzage."),
    ("nl", "Mijn adres: {ADDRESS}, {POSTCODE} {city}. Mijn e-mail: {EMAIL}. Met vriendelijke groet, {NAME_FULL}"),
    ("nl", "Ik wil dat u mijn gegevens wist, ook mijn BSN {BSN_SPOKEN} dat ik aan de telefoon gaf."),
    ("nl", "agent: dus dat was {EMAIL_SPOKEN}? klant: ja precies."),
]
