"""Dutch templates of the `test_v22` split, first half: a bank's mortgage arrears desk, a dairy farm's milk collection
dispute, a zoo's annual pass, a theatre's subscription, a driving-licence medical check (CBR), a scooter rental, a
roofer's leak repair, a window cleaner's subscription and an elderly care alarm service. The second half is in
`privacy_templates_v22`, which exports the split and describes the labels. Written by someone who never saw the
redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # bank: mortgage arrears desk
    "Uw kenmerk: {ticket}\nOns kenmerk: BHA/{year}\nDatum: {date}\n\nGeachte heer {NAME_SURNAME_M},\n\nUw "
    "{mortgage} met leningnummer {CUSTOMER_NUMBER_LOAN} heeft een achterstand van {amount}.",
    "Betalingsregeling hypotheek: klant {NAME_FULL}, leningnr. {CUSTOMER_NUMBER_LOAN}, incasso voortaan van {IBAN}.",
    "K: ik kan de maand niet betalen\nA: ik zie een achterstand, mag ik uw geboortedatum?\nK: {DOB}\nA: dank u, "
    "en uw postcode?\nK: {POSTCODE}",
    "Notitie {NAME_AGENT}: mevr. {NAME_DOUBLE_F} vraagt uitstel, ex-partner {NAME_FULL_M} betaalt niet meer mee.",
    "Budgetcoach belde namens {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}. Machtiging volgt per post.",
    "Voor de schuldhulp heb ik mijn BSN nodig zegt u? Dat is {BSN}.",
    "{bank} hypotheekloket, graag terugbellen op {PHONE_LAND} na {time}, groet {NAME_FIRST}",
    # dairy farm: milk collection
    "Melkophaling {dairy}: wagen kwam {date} niet, tank vol. Leveranciersnummer {CUSTOMER_NUMBER_SUPPLIER}, "
    "melkveebedrijf {NAME_FULL}.",
    "Melkgeld {amount} te weinig gestort op {IBAN}, kwaliteitsuitslag klopt niet. {NAME_LIST}",
    "Chauffeur {NAME_AGENT} reed de oprit van {ADDRESS} kapot met de tankwagen, graag contact via {PHONE}.",
    "Boerderij verhuisd naar {ADDRESS}, {POSTCODE} {city}. Leverancier {CUSTOMER_NUMBER_SUPPLIER}.",
    "melkmonster afgekeurd?? bel me ff op {PHONE} grt {NAME_FULL_SMALL}",
    # zoo: annual pass
    "Jaarkaart {zoo} voor {NAME_FULL} en kind {NAME_CHILD} (geb. {DOB_CHILD}), pasnummer {CUSTOMER_NUMBER_PASS}.",
    "Mijn abonnement bij {zoo} werd afgeschreven met creditcard {CARD}, terwijl ik had opgezegd.",
    "jaarkaart kwijt, nummer {CUSTOMER_NUMBER_PASS}, stuur nieuwe naar {EMAIL_PLUS} aub",
    "Hallo {zoo}, ik ben {NAME_FULL}, mijn kind {NAME_CHILD} gaat op {date} met school, mag het dan ook langs de "
    "{animal}?",
    "Foto op de jaarkaart klopt niet, het is {NAME_FULL_F} en niet haar zus. Geboren {DOB}.",
    # theatre: subscription
    "Abonnement {theatre} seizoen {year}: {NAME_INITIALS}, abonneenr. {CUSTOMER_NUMBER_SUBSCRIPTION}, stoel 14 rij F.",
    "Kaarten voor {show} niet ontvangen, gestuurd naar {EMAIL_TYPO}? Moet {EMAIL_FIXED} zijn.",
    "Rolstoelplaats gereserveerd voor meneer {NAME_SURNAME_M}, begeleider {NAME_FULL_F}, tel {PHONE}.",
    "Restitutie {show} van {amount} graag op {IBAN_BE}, ik woon in {city_be}. {NAME_FULL}",
    "Van: {NAME_FULL} <{EMAIL}>\nAan: kassa {theatre}\nOnderwerp: abonnement {CUSTOMER_NUMBER_SUBSCRIPTION}",
    # CBR: driving-licence medical check
    "Gezondheidsverklaring CBR ingediend voor {NAME_FULL}, geboren {DOB_ELDER}, klantnummer {CUSTOMER_NUMBER_CLIENT}.",
    "Keuringsarts vraagt BSN {BSN} en rijbewijsnummer, is dat wel nodig?",
    "CBR-brief kwam aan op {ADDRESS} maar ik woon sinds {date} op {ADDRESS}.",
    "Mijn vader {NAME_FULL_M} ({DOB_ELDER}) moet een rijtest doen, wij rijden in de {PLATE}.",
    "Ik typte BSN {BSN_TYPO}, sorry, dat moet {BSN_FIXED} zijn.",
    "hey google bel het cbr voor mijn moeder {NAME_FULL_SMALL} geboren {DOB_VOICE}",
    # scooter rental
    "{scooter} heeft mij een boete gegeven van {amount} voor de scooter met kenteken {PLATE}, ik reed niet!",
    "Account {scooter} op {EMAIL} geblokkeerd, rijbewijs op naam {NAME_FULL}, telefoon {PHONE}.",
    "Deelscooter {PLATE} lag om bij {ADDRESS}, gemeld door bewoner {NAME_FULL}.",
    "Ritkosten {booking} dubbel afgeschreven van {CARD}, graag terug.",
    "Na schade vraagt {scooter} mijn geboortedatum, {DOB}, en adres, {ADDRESS}.",
    # roofer: leak repair
    "{roofer} komt {weekday} voor de lekkage op {ADDRESS}, {POSTCODE} {city}. Contact: {NAME_FULL}, {PHONE}.",
    "Offerte dakgoot voor dhr. {NAME_INITIALS}, {ADDRESS_VOICE}, tel {PHONE_VOICE}.",
    "Lekkage na reparatie! Ik wil {amount} terug op {IBAN}. Groet, {NAME_DOUBLE}",
    "Buurvrouw {NAME_FULL_F} heeft de sleutel, haar nummer is {PHONE}.",
    "Dakdekker parkeerde busje {PLATE} voor mijn inrit, graag andere plek. {NAME_FIRST}",
    # window cleaner subscription
    "Glazenwasser-abonnement {window}: {NAME_FULL}, {ADDRESS}, klantnr {CUSTOMER_NUMBER}, elke zes weken.",
    "Incasso {amount} per beurt van {IBAN}, maar ze slaan steeds de achterkant over.",
    "sms: glzwsr kmt mrgn, ben er nt, sleutel bij buurman {NAME_FIRST_M}, bel {PHONE}",
    "Opzegging abonnement per {date}, klantnummer {CUSTOMER_NUMBER}, {NAME_LIST}.",
    "Ik heb een nieuw mailadres: {EMAIL}, het oude {EMAIL_AGAIN} mag weg.",
    # elderly care alarm
    "Personenalarm {alarm} voor mijn moeder {NAME_FULL_F}, geb. {DOB_ELDER}, {ADDRESS}, {POSTCODE} {city}.",
    "Sleutelhouders: 1. {NAME_FULL} {PHONE} 2. {NAME_FULL} {PHONE_LAND}",
    "Alarmcentrale noteerde: cliënt {NAME_LIST}, contractnr {CUSTOMER_NUMBER_CONTRACT}, BSN {BSN}.",
    "alarmknop ging af om {time} bij mevrouw {NAME_SURNAME_F} op {ADDRESS_VOICE} niemand nam op",
    "Zorgverzekeraar vergoedt het alarm, polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}.",
]
