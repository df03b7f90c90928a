"""Dutch templates of the `test_v21` split, first half: a telecom operator's number porting, a car dealer's recall
notice, a boat-storage marina, a camping site reservation, a notary's office, an estate agent's viewing, a dating
app's account ban, a crowdfunding refund, a blood-donation centre and a sports federation's membership. The second
half is in `privacy_templates_v21`, which exports the split and describes the labels. Written by someone who never
saw the redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # telecom operator: number porting
    "Nummerbehoud naar {operator}: het nummer {PHONE} moet over per {date}. Klantnummer oude provider "
    "{CUSTOMER_NUMBER}.",
    "K: ik wil mijn nummer meenemen\nA: welk nummer gaat het om?\nK: {PHONE_VOICE}\nA: en op wiens naam staat het?\n"
    "K: {NAME_FULL}",
    "Porteringsverzoek afgewezen: naam {NAME_REGISTER} komt niet overeen met de houder bij {operator}.",
    "Hallo {operator}, mijn nummer is {PHONE_TYPO} eh nee, één cijfer te veel: {PHONE_FIXED}. Wanneer gaat de "
    "overstap door?",
    "Overstapservice: simkaart voor de {phone_model} naar {ADDRESS}, {POSTCODE} {city}, t.a.v. {NAME_FULL}.",
    "https://mijn.overstappen.example/porting?msisdn={PHONE_URL}&klant={CUSTOMER_NUMBER}&bron=app",
    "Notitie {NAME_AGENT}: mevr. {NAME_SURNAME_F} belde, nummer {PHONE_LAND} wordt vaste lijn bij {operator}.",
    # car dealer: recall
    "Geachte heer {NAME_SURNAME_M},\n\nUw {car} met kenteken {PLATE} valt onder {recall}. Maak een afspraak bij "
    "{dealer}.\n\nMet vriendelijke groet,\n{NAME_AGENT}",
    "Terugroepbrief ontvangen voor {PLATE}, maar die auto heb ik in {year} verkocht. {NAME_INITIALS}, {PHONE}.",
    "Recall {car}: eigenaar volgens RDW {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Kenteken doorgegeven aan de werkplaats: {PLATE_VOICE}.",
    "Leenauto {PLATE} mee tijdens {recall}, rijbewijs op naam {NAME_FULL}, geboren {DOB}.",
    "Klant {NAME_FULL_CAPS} boos: twee keer voor niets naar {dealer}. Terugbellen op {PHONE}.",
    # marina: boat storage
    "Winterstalling {boat} bij {marina}, ligplaatshuurder {NAME_FULL}, contract {CUSTOMER_NUMBER_CONTRACT}.",
    "Stallingsgeld {amount} graag incasseren van {IBAN}. Trailer met kenteken {PLATE}.",
    "Beste havenmeester,\n\nOnze sloep ligt nog op de kant. Mijn zoon {NAME_CHILD} en ik komen zaterdag.\n\n"
    "Groet,\n{NAME_FIRST}\n{PHONE}",
    "Botenstalling ingebroken, de {boat} van dhr. {NAME_INITIALS} ({ADDRESS}) beschadigd.",
    "Ligplaats opzeggen per {date}, {NAME_DOUBLE}, lidnummer {CUSTOMER_NUMBER_MEMBER}.",
    # camping
    "Reservering {booking} bij {camping}: {NAME_FULL} + 2 kinderen, kenteken caravan {PLATE}.",
    "Aanbetaling {amount} gedaan met creditcard {CARD}, toch staat de plek als onbetaald. {NAME_FIRST}",
    "Gastenregistratie\nNaam: {NAME_FULL}\nGeb.datum: {DOB}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}",
    "Annulering {booking}: restitutie naar {IBAN} t.n.v. {NAME_INITIALS}.",
    "camping vraagt mijn paspoortnummer én bsn {BSN}, is dat wel nodig?? groetjes {NAME_FIRST_SMALL}",
    "Seizoensplaats {camping} voor {NAME_FULL_M}, mail {EMAIL_PLUS_AGAIN}.",
    # notary
    "Passeerdatum {deed} op {date}: koper {NAME_FULL}, geboren {DOB}, BSN {BSN}.",
    "Voor het {deed} hebben wij nodig: een kopie ID en uw rekeningnummer {IBAN}. {notary}",
    "Mr. {NAME_INITIALS} vraagt of mevrouw {NAME_DOUBLE} de volmacht al heeft getekend.",
    "Legitimatie notaris: {NAME_REGISTER}, geb. {DOB_ELDER}, wonende {ADDRESS_WRAP}, {POSTCODE} {city}.",
    "Kunt u het concept mailen naar {EMAIL}? Het gaat om het {deed} van mijn moeder, {NAME_FULL_F}.",
    "Excel-export cliënten\nNaam\tGeb.datum\tBSN\tPostcode\n{NAME_FULL}\t{DOB}\t{BSN}\t{POSTCODE}",
    # estate agent: viewing
    "Bezichtiging {house} via {agency}: {NAME_FULL}, {PHONE}, {EMAIL_AGAIN}.",
    "Wij willen bieden op {ADDRESS}. Financiering rond via {IBAN}. Groet, {NAME_FIRST} en {NAME_FIRST}",
    "Makelaar {NAME_AGENT} liet de sleutel achter bij de buren, fam. {NAME_SURNAME}.",
    "Inschrijving huurwoning: {NAME_FULL}, geboortedatum {DOB}, huidige woning {ADDRESS}, {POSTCODE}.",
    "Kijkers voor morgen om {time}:\n1. {NAME_INITIALS} – {PHONE}\n2. {NAME_FULL} – {PHONE}",
    # dating app: account ban
    "Mijn {dating}-account is geblokkeerd zonder reden! Aangemeld met {EMAIL}, geboren {DOB}.",
    "Verificatieselfie klopt wel, ik ben echt {NAME_FULL}. Account {CUSTOMER_NUMBER_ACCOUNT}.",
    "Iemand gebruikt mijn foto's op {dating} en geeft mijn nummer {PHONE} aan matches.",
    "Premium opgezegd maar {amount} afgeschreven van {CARD}. {NAME_FULL_SMALL}",
    "Melding: match vroeg om geld op rekening {IBAN_DE}, noemde zich {NAME_FULL_M}.",
    "ban bezwaar: account {CUSTOMER_NUMBER_ACCOUNT}, mail {EMAIL_OBF}",
    # crowdfunding refund
    "Campagne voor {project} op {funding} gestopt. Mijn bijdrage {amount} graag terug op {IBAN}.",
    "Backer {NAME_FULL} ({EMAIL_AGAIN}) wacht nog op restitutie, {order}.",
    "Terugbetaling gaat naar de kaart waarmee u betaalde: {CARD}. Vragen? {NAME_AGENT}",
    "Ik heb {amount} gedoneerd voor mijn buurman {NAME_FULL_M}, maar de actie {project} bestaat niet meer.",
    "Refund via {funding} mislukt, rekening {IBAN_BE} blijkt Belgisch. Naam: {NAME_FULL}.",
    # blood donation
    "Donorregistratie {bloodbank}: {NAME_FULL}, geboren {DOB}, donornummer {CUSTOMER_NUMBER_DONOR}.",
    "Oproep gemist, graag nieuwe afspraak. Donor {CUSTOMER_NUMBER_DONOR}, bereikbaar op {PHONE}.",
    "Mijn vader {NAME_FULL_M} ({DOB_ELDER}) mag niet meer doneren, kunt u hem uitschrijven?",
    "Nieuw adres donor: {ADDRESS}, {POSTCODE} {city}. {NAME_INITIALS}",
    "K: ik kom voor de eerste keer\nA: geboortedatum?\nK: {DOB_VOICE}\nA: en uw postcode?\nK: {POSTCODE_VOICE}",
    # sports federation membership
    "Bondsnummer {CUSTOMER_NUMBER_MEMBER} van {NAME_FULL} staat nog bij {club}, overschrijving naar {club} aub.",
    "Spelerspas {federation} voor mijn dochter {NAME_CHILD}, geboren {DOB_CHILD}. Contributie via {IBAN}.",
    "Ledenlijst\nRelatiecode;Naam;Geboren;Mobiel\n{CUSTOMER_NUMBER_MEMBER};{NAME_REGISTER};{DOB};{PHONE}",
    "Scheidsrechter {NAME_FULL} woont niet meer op {ADDRESS}, post komt terug.",
    "Lidmaatschap {federation} opzeggen: {NAME_FULL}, {EMAIL_AGAIN}.",
]
