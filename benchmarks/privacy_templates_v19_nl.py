"""Dutch templates of the `test_v19` split, first half: an energy supplier's meter readings, a housing corporation's
repair request, a municipality's parking permit, a pharmacy's repeat prescription, a driving school, a funeral
insurance, a lease car's return, a moving company and a dentist's invoice. The second half is in
`privacy_templates_v19`, which exports the split and describes the labels. Written by someone who never saw the
redaction rules."""

from __future__ import annotations

NL_FIRST = [
    # energy supplier: meter readings
    "Meterstanden doorgeven aan {supplier}: {reading}, gas volgt later. Klantnummer {CUSTOMER_NUMBER}, adres "
    "{ADDRESS}, {POSTCODE} {city}.",
    "Hallo, net verhuisd naar {ADDRESS}, {POSTCODE}. De eindafrekening van het oude adres graag naar {EMAIL}.\n"
    "Groet, {NAME_FULL_SAME}",
    "K: De slimme meter zegt {reading}, op de jaarnota staat iets heel anders.\nA: Mag ik uw geboortedatum?\n"
    "K: {DOB}.\nA: En postcode en huisnummer?\nK: {POSTCODE_VOICE}, {ADDRESS_VOICE}.",
    "Termijnbedrag omlaag naar {amount} graag, af te schrijven van {IBAN}. Ten name van {NAME_INITIALS}.",
    "Notitie {NAME_STAFF}: mw. {NAME_SURNAME_F} belt over dubbele afschrijving {invoice}, terugbellen op "
    "{PHONE_LAND} na {time}.",
    "Contract {supplier} {CUSTOMER_NUMBER_CONTRACT} loopt af op {date}. Ik wil niet automatisch verlengen. "
    "{NAME_FULL_UP}",
    # housing corporation: repair request
    "Reparatieverzoek {corporation}: {repair}. Huurder {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Bereikbaar op "
    "{PHONE}.",
    "Goedemorgen,\n\nAl drie weken wacht ik op de monteur voor {repair} ({ticket}). Mijn buurvrouw mevrouw "
    "{NAME_SURNAME_F} heeft precies hetzelfde.\n\nMet vriendelijke groet,\n{NAME_FULL}\n{ADDRESS_WRAP}",
    "Huurcontract {CUSTOMER_NUMBER_CONTRACT}, huurder sinds 2011. De sleutel ligt bij {NAME_FIRST} ({PHONE}) als "
    "ik er niet ben.",
    "Webformulier reparatie\nNaam: {NAME_FORM}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nTelefoon: {PHONE_LAND}\n"
    "Omschrijving: {repair}",
    "@{corporation} al vijf weken {repair} op {ADDRESS_LOW} en niemand komt kijken. #huurder #schimmel",
    "Huurachterstand? Ik betaal elke maand netjes van {IBAN}! Huurdersnummer {CUSTOMER_NUMBER}.",
    # municipality: parking permit
    "Parkeervergunning {zone} aanvragen voor kenteken {PLATE}. Ik woon op {ADDRESS}, {POSTCODE}, BSN {BSN}.",
    "Nieuw kenteken doorgeven: was {PLATE}, wordt {PLATE}. Vergunninghouder {NAME_FULL}.",
    "Naheffingsaanslag onterecht! Auto {PLATE} stond in {zone} met een geldige vergunning. {NAME_INITIALS}, {ADDRESS}",
    "Mantelzorgvergunning voor de auto van mijn zoon ({PLATE}), hij zorgt voor mij. Ik ben {NAME_FULL}, geboren "
    "{DOB_ELDER}.",
    "Gemeente, het kenteken is {PLATE_VOICE}. Ja, dat is een lease-auto van mijn werk.",
    "Bezoekersvergunning voor {NAME_FULL_M}, kenteken {PLATE}, betaald met {CARD}.",
    # pharmacy: repeat prescription
    "Herhaalrecept {medicine} klaarzetten bij {pharmacy}. Voor {NAME_FULL}, geb. {DOB}.",
    "Mijn vader {NAME_FULL_M} ({DOB_ELDER}) kan zelf niet bellen. Kunnen jullie bezorgen op {ADDRESS}, {POSTCODE}? "
    "Tel. {PHONE_LAND}.",
    "Apotheek-app: inloggen lukt niet met {EMAIL}. BSN {BSN}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}.",
    "Voicemail: ja hallo met {NAME_FULL}, geboortedatum {DOB_VOICE}, ik wil graag mijn medicijnen herhalen, "
    "{medicine}, terugbellen op {PHONE_VOICE}. Dank u.",
    "Medicijnen van mevrouw {NAME_SURNAME_F} ({DOB_ELDER}) worden opgehaald door haar buurman {NAME_FIRST_M}.",
    # driving school
    "Proefles {driving} aangevraagd door {NAME_FULL}, geboren {DOB}. Bel gerust: {PHONE}.",
    "Aanmelding {exam}: kandidaat {NAME_FULL}, {DOB}, BSN {BSN}, e-mail {EMAIL_SAME}.",
    "Lespakket van 20 lessen ({amount}) betaald met creditcard {CARD}. Instructeur {NAME_FIRST_M} kwam twee keer "
    "niet opdagen.",
    "Lesauto {PLATE} van {driving} stond dubbel geparkeerd voor onze deur op {ADDRESS}!",
    "SMS: Hoi {NAME_FIRST}, je {exam} is verplaatst naar {date} om {time}. Groetjes, {NAME_STAFF}",
    # funeral insurance
    "Mijn moeder {NAME_FULL_F} is op {date} overleden. Polisnummer {CUSTOMER_NUMBER_POLICY}, zij is geboren op "
    "{DOB_ELDER}.",
    "Uitkering van de uitvaartverzekering graag naar {IBAN} t.n.v. {NAME_DOUBLE_F}, zij regelt de uitvaart.",
    "Premie {funeral} alweer omhoog, terwijl ik sinds 1987 betaal. {NAME_FORM}, {ADDRESS}, {POSTCODE} {city}.",
    "Polis overzetten naar de kinderen: {NAME_FULL} ({DOB}) en {NAME_FULL} ({DOB}).",
    "Uitvaart van mijn opa {NAME_FULL_M}, polis {CUSTOMER_NUMBER_POLICY}. Contact via mijn mail {EMAIL}.",
    # lease car return
    "Inname {car} bij {lessor}: kenteken {PLATE}, leasecontract {CUSTOMER_NUMBER_LEASE}. De kras op de bumper zat "
    "er al.",
    "Berijder {NAME_FULL}, {EMAIL_WORK_SAME}, levert de auto ({PLATE}) in op {date}.",
    "Eindafrekening lease {amount} voor meerkilometers, dat klopt niet! {NAME_INITIALS}, {PHONE}.",
    "Eigen bijdrage leaseauto betaald met creditcard {CARD_WRAP}\nGraag een bevestiging.",
    # moving company
    "Verhuizing op {date} van {ADDRESS}, {POSTCODE} {city} naar {ADDRESS}, {POSTCODE} {city}. Opdrachtgever "
    "{NAME_FULL}, {PHONE}.",
    "{mover}: de piano is beschadigd bij de verhuizing. Foto's gestuurd vanaf {EMAIL}, {order}.",
    "Aanbetaling van {amount} gedaan vanaf {IBAN}, op naam van {NAME_FULL}. Nog geen bevestiging.",
    "De verhuislift staat op {date} klaar bij {ADDRESS_WRAP}, contact ter plaatse: {NAME_FIRST} {PHONE}",
    "Verhuizer {NAME_FULL_M} rijdt met bus {PLATE} en komt om {time}. Graag parkeerplek vrijhouden.",
    # dentist's invoice
    "Nota {dentist}: {treatment}, code {code}, {amount}. Patiënt {NAME_FULL}, {DOB}, patiëntnummer "
    "{CUSTOMER_NUMBER_PATIENT}.",
    "Ik heb {treatment} al betaald met pinpas/creditcard {CARD} en krijg toch een aanmaning, {invoice}.",
    "De rekening van ons kind {NAME_CHILD} ({DOB_CHILD}) moet naar mijn adres: {ADDRESS}, {POSTCODE}.",
    "Tandarts rekende {amount} voor {treatment}, de verzekeraar vergoedt niks. Graag terug op {IBAN_WRAP}",
    "Debiteurnummer {CUSTOMER_NUMBER_DEBTOR}: betalingsregeling graag, ik ben {NAME_FULL}, bel {PHONE}.",
]
