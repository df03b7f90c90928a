"""Dutch templates of the `test_v16` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v16_nl`, the English ones in `privacy_templates_v16_en`, sentences without personal data in
`privacy_templates_v16_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: a water-damage claim with a plumber, holiday homes abroad, a driving
school, a second-hand car dealer's warranty, an imported e-scooter, solar-panel leasing, camper rental, a cruise,
ticket resale, a dating app, a fitness tracker, a smart doorbell, a newspaper delivery person, a removals-insurance
claim, a childcare waiting list, an ambulance invoice, a blood-test lab, an orthodontist, a guide-dog school, a zoo
membership, a museum card, an allotment association, a boat mooring, a riding school, a tax refund for a deceased
parent, inheriting a car; angry customers (capitals, swearing), confused elderly callers, autocorrect on a phone.

Labels: a span is exactly the personal data, never a title (meneer, mevrouw, mw., dhr.), a label or the punctuation
around it, never a possessive 's. Street and house number with any addition ('12 hs', '12-III', '4 bus 2', '14, 3º
B') are ADDRESS, the postcode apart POSTCODE; a town alone, order, ticket, invoice, case, claim and booking
numbers, company phone numbers and mailboxes, amounts and dates that are no birth date are not labelled. A name is
labelled wherever it stands (an agent's, a nickname, a neighbour's, a deceased parent's); a firm named after a
person is not. Customer, member, contract, policy, patient, employee, pass, student and account numbers are
CUSTOMER_NUMBER; a Belgian national number is BSN. A value given twice (a slip, then put right) is labelled twice."""

from __future__ import annotations

from benchmarks.privacy_templates_v16_en import TEST_V16_PII_EN
from benchmarks.privacy_templates_v16_nl import NL_FIRST

_NL = [
    # newspaper delivery person
    "Bezorgklacht {paper}: al een week geen krant op {ADDRESS}, {POSTCODE}. Abonneenummer {CUSTOMER_NUMBER}.",
    "De bezorger, ik geloof dat hij {NAME_FIRST} heet, gooit de krant steeds in de heg. Kunnen jullie hem bellen? Of "
    "geef mij zijn nummer.",
    "Ik ben krantenbezorger, personeelsnummer {CUSTOMER_NUMBER_EMPLOYEE}. Mijn uitbetaling moet naar {IBAN}, niet "
    "meer naar de rekening van mijn moeder.",
    "Vakantiestop {paper} van {date} t/m 2 weken later. {NAME_INITIALS}, {ADDRESS}.",
    # removals insurance
    "Schade verhuizing door {mover}: kast en spiegel kapot. Verhuisd van {ADDRESS} naar {ADDRESS}, {POSTCODE} {city}.",
    "Transportverzekering polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}. Uitkeren op {IBAN}.",
    "De verhuizer ({NAME_FIRST}, de voorman) zei dat het al beschadigd was. Getuige: buurman {NAME_FULL}, {PHONE}.",
    # childcare waiting list
    "Inschrijving wachtlijst {childcare}: kind {NAME_CHILD}, geboren {DOB_CHILD}, BSN kind {BSN}. Ouder: "
    "{NAME_FULL}, {EMAIL_SAME}.",
    "Hoe ver staan we op de wachtlijst? Relatienummer {CUSTOMER_NUMBER}. Onze zoon {NAME_CHILD} is er sinds {date} "
    "op gezet.",
    "Verwachte geboortedatum is in juli, dus nog geen BSN. Ik ben {NAME_FULL_F}, mijn BSN is {BSN}.",
    "Machtiging opvangkosten\nIBAN: {IBAN}\nTen name van: {NAME_INITIALS}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}",
    # ambulance invoice
    "Ik kreeg een rekening van {ambulance} van {amount} voor een rit die ik nooit gemaakt heb! BSN {BSN}, geboren "
    "{DOB}.",
    "Ambulancerit van mijn man, {NAME_FULL_M}, op {date}. Hij is verzekerd onder polis {CUSTOMER_NUMBER_POLICY}. "
    "Waarom krijgen wij die nota?",
    "Patiëntnummer {CUSTOMER_NUMBER_PATIENT}, {invoice}. Opgehaald op {ADDRESS}, {POSTCODE} {city}.",
    # blood-test lab
    "Afspraak bloedafname {lab}: {NAME_FULL}, geb. {DOB}, BSN {BSN}. Nuchter komen.",
    "Mijn labuitslag is naar het verkeerde adres gestuurd, naar {ADDRESS} in plaats van {ADDRESS}. Ik ben {NAME_FULL}.",
    "Prikpost thuis: mevrouw {NAME_SURNAME} ({DOB_ELDER}) is slecht ter been, adres {ADDRESS}, bellen naar dochter "
    "{NAME_FIRST_F} op {PHONE}.",
    "Labformulier\nPatiënt: {NAME_FULL_UP}\nGeboortedatum: {DOB}\nPatiëntnr.: {CUSTOMER_NUMBER_PATIENT}\n"
    "Verzekeraar: {insurer}",
    # orthodontist
    "Beugelcontrole {NAME_CHILD} verzetten? Ouder: {NAME_FULL}, {PHONE}. Patiëntnummer {CUSTOMER_NUMBER_PATIENT}.",
    "De factuur van {ortho} moet op naam van de vader, {NAME_FULL_M}, {ADDRESS}, {POSTCODE}. Wij zijn gescheiden.",
    "Retainer kwijt, kan een nieuwe worden gemaakt? {NAME_CHILD}, geboren {DOB_CHILD}.",
    # guide-dog school
    "Aanvraag geleidehond via {dog_school}: aanvrager {NAME_FULL}, {DOB}, {ADDRESS}, {POSTCODE} {city}. Ik lees met "
    "een schermlezer, dus liever bellen: {PHONE}.",
    "Gastgezin pup: wij ({NAME_FULL} en {NAME_FULL}) willen graag weer een pup opvangen. Ons mailadres: {EMAIL}.",
    "Donatie {dog_school} stopzetten. Donateursnummer {CUSTOMER_NUMBER}, afschrijving van {IBAN}.",
    # zoo membership
    "Abonnement {zoo} verlengen voor {NAME_FULL}, {NAME_FULL} en kinderen. Pasnummer {CUSTOMER_NUMBER_PASS}.",
    "Pas kwijt bij de ingang, op naam van {NAME_FULL}, geboren {DOB}.",
    "Jaarkaart {zoo} betaald met {CARD}, maar geen bevestiging op {EMAIL}.",
    # museum card
    "Museumkaart {CUSTOMER_NUMBER_PASS} staat op naam van {NAME_FULL}, maar ik heet nu {NAME_DOUBLE}. Kan dat worden "
    "aangepast?",
    "Ik heb mijn Museumkaart verlengd met iDEAL van {IBAN}, maar de kaart zegt 'verlopen' bij het {museum}.",
    "Museumkaart voor mijn moeder, {NAME_FULL_F}, geboren {DOB_ELDER}, opsturen naar {ADDRESS}, {POSTCODE} {city}.",
    # allotment garden
    "{garden}: tuin 37 overgedragen aan {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}. Oude huurder {NAME_FULL}.",
    "Contributie volkstuin {amount} graag van {IBAN}. Sleutel van het hek afhalen bij {NAME_FIRST}, {PHONE}.",
    "Ledenlijst (niet delen!)\n{NAME_LAST}, {NAME_FIRST_SAME} - tuin 4 - {PHONE}\n{NAME_LAST}, {NAME_FIRST_SAME} - "
    "tuin 12 - {PHONE_LAND}",
    # boat mooring
    "Ligplaats {marina}, box B-14: eigenaar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Lidnummer "
    "{CUSTOMER_NUMBER_MEMBER}.",
    "Havengeld {amount} geïnd van {CARD}, maar mijn boot lag er maar twee nachten. Contact {EMAIL}.",
    "De sloep van {NAME_FULL} ligt in onze box! Bel hem op {PHONE_BE}, hij is Belg.",
    "Trailer met boot staat op het terrein, kenteken {PLATE}, eigenaar onbekend. Wie weet meer?",
    # riding school
    "Lesabonnement {riding}: ruiter {NAME_CHILD}, {DOB_CHILD}, ouder {NAME_FULL}, {PHONE}, {EMAIL_SAME}.",
    "Mijn dochter is gevallen bij {riding}. Ze heet {NAME_FULL_F} en heeft een polis bij "
    "{insurer}, nummer {CUSTOMER_NUMBER_POLICY}.",
    "Pensionstalling paard 'Bliksem': eigenaar {NAME_FULL}, betaling maandelijks van {IBAN}.",
    # tax refund for a deceased parent
    "Mijn moeder {NAME_FULL_F}, BSN {BSN}, is op {date} overleden. De belastingteruggaaf moet naar de "
    "nalatenschapsrekening {IBAN}.",
    "Aangifte overledene: {NAME_FULL}, geboren {DOB_ELDER}, laatst gewoond op {ADDRESS}, {POSTCODE} {city}. Ik ben "
    "de erfgenaam, {NAME_FULL}, {PHONE}.",
    "Voorlopige aanslag staat nog op naam van mijn vader ({NAME_INITIALS}, BSN {BSN}). Wat moet ik daarmee?",
    "[transcriptie] mijn vader is overleden zijn be es en was {BSN_VOICE} en ik wil weten of er nog geld terug komt",
    # inheriting a car
    "Auto geërfd van mijn oom {NAME_FULL_M}: kenteken {PLATE}. Hoe zet ik hem op mijn naam? Ik ben {NAME_FULL}, "
    "{ADDRESS}.",
    "Tenaamstelling: kenteken {PLATE_BARE}, nieuwe eigenaar {NAME_FULL}, BSN {BSN}, geboren {DOB}.",
    "De auto van mijn overleden vader ({PLATE}) staat nog verzekerd, polis {CUSTOMER_NUMBER_POLICY}. Graag opzeggen.",
    "[voicemail] ja hallo ik bel over de auto van mijn moeder het kenteken is {PLATE_VOICE} en die moet geschorst "
    "worden",
    # angry
    "DIT IS DE DERDE KEER DAT IK BEL!!! MIJN KLANTNUMMER IS {CUSTOMER_NUMBER} EN IK WIL MIJN GELD TERUG OP {IBAN}",
    "Wat een k*tbedrijf zijn jullie. {NAME_FULL_UP}, {ADDRESS_UP}, {POSTCODE}. Ik stap naar de Geschillencommissie.",
    "Godverdomme, wéér een boete voor {PLATE} terwijl de auto al maanden bij de sloop staat!!",
    "JULLIE HEBBEN MIJN GEBOORTEDATUM FOUT: HET IS {DOB} EN NIET WAT ER IN DE BRIEF STAAT!",
    "Ik ben het zat. Bel mij NU terug op {PHONE} of ik zet het op Twitter. {NAME_FIRST}",
    # confused elderly
    "goedemiddag ik ben mevrouw {NAME_SURNAME} ik weet niet of ik goed zit maar mijn kleinzoon zei dat ik moest "
    "bellen mijn nummer is {PHONE_VOICE}",
    "A: Wat is uw postcode, meneer?\nK: Mijn postcode... {POSTCODE_VOICE}. Of was dat het oude adres?\nA: Dat is goed.",
    "Meneer {NAME_SURNAME} belt voor de vierde keer over dezelfde brief, weet zijn klantnummer niet. Geb. {DOB_ELDER}. "
    "Dochter {NAME_FULL_F} ({PHONE}) regelt normaal alles.",
    "ik heb hier een pasje met {CARD_VOICE} is dat het nummer wat u nodig heeft",
    "K: Mijn rekeningnummer is, wacht even, {IBAN_VOICE}.\nA: Dank u wel, mevrouw.",
    # autocorrect on a phone
    "Hoi, mijn emailadres is {EMAIL_AUTO}. Sorry autocorrect maakt er steeds een hoofdletter van",
    "Mijn postcode is {POSTCODE} en niet wat ik eerder stuurde, stomme autocorrect",
    "Nummer is {PHONE}, nee sorry {PHONE_FIX}, dikke vingers 😅",
    "Mijn geboortedatum is {DOB} *bedoel {DOB_FIX}",
    "Ik woon op de {ADDRESS} (autocorrect maakte er iets anders van) in {city}",
    # agent notes, exports
    "Notitie: {NAME_FULL} wil voortaan alleen per mail ({EMAIL_SAME}), niet bellen. Klantnr {CUSTOMER_NUMBER}.",
    "naam;bsn;geboortedatum\n{NAME_FULL};{BSN_BARE};{DOB}\n{NAME_FULL};{BSN_BARE};{DOB}",
    "Terugbellen {weekday}: {NAME_INITIALS} ({PHONE_LAND}) over {invoice}; {NAME_FULL} ({PHONE}) over {claim}.",
    "Overdracht: klant gaf IBAN {IBAN}, kaart {CARD} is geblokkeerd; {ticket} staat open.",
    "Belgische klant, rijksregisternummer {BSN_BE}, {ADDRESS_BE}, {POSTCODE_BE}, gsm {PHONE_BE}.",
    "Verzendadres buitenland: {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE}, Deutschland. Telefon {PHONE_DE}.",
    "Klant vraagt of {NAME_FIRST}'s nieuwe e-mail ({EMAIL_SAME}) ook aan het account gekoppeld kan worden.",
]

TEST_V16_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V16_PII_EN
