"""Dutch templates of the `test_v12` split (held out), and the split's export: the first half of the Dutch ones is
in `privacy_templates_v12_nl`, the English ones in `privacy_templates_v12_en`, sentences without personal data in
`privacy_templates_v12_clean`. Written by someone who never saw the redaction rules.

Frames no earlier split used in these words: switching energy supplier and smart-meter readings, the water
company, the afvalpas and bulky-waste pick-up, parking and visitor permits, library passes, swimming lessons,
dentist, physiotherapy and pharmacy, home-care rosters, regiotaxi and Valys rides, furniture delivery slots,
kitchen installation, washing-machine repair, phone insurance, lost luggage, hotel complaints, festival tickets,
sports-club and association fees, church administration, payroll questions, temp-agency contracts, a customer
dictating to a colleague, reading from a screenshot, correcting autocorrect in a chat, notes copied from a paper
form, an agent's handover to the next shift, and Flemish customers.

Labels: a span is exactly the personal data, never a title (mevrouw, mevr., dhr., mw., fam.), a label or
punctuation around it, and never a possessive 's. Street and house number together are ADDRESS, the postcode apart
POSTCODE; a town alone, order, ticket, invoice, booking, case and permit-zone numbers, meter readings, company
phone numbers, amounts and dates that are not a birth date are not labelled. A misspelt or autocorrected name is
still the person's name and labelled, as is each of two versions of a corrected value. Customer, member, library,
patient, employee, policy and afvalpas numbers are CUSTOMER_NUMBER; a Belgian rijksregisternummer is BSN."""

from __future__ import annotations

from benchmarks.privacy_templates_v12_en import TEST_V12_PII_EN
from benchmarks.privacy_templates_v12_nl import NL_FIRST

_NL = [
    # furniture delivery slots and kitchen installation
    "Bezorgmoment van de bank ({order}) graag verzetten, ik werk {weekday}. Bel {PHONE} of mail {EMAIL}.",
    "{shop} bezorgt op {ADDRESS}, maar wij wonen drie hoog zonder lift. Kan er iemand extra mee? Groet, {NAME_FULL}",
    "Het bezorgbericht ging naar {EMAIL}, maar de chauffeur belde een verkeerd nummer; het mijne is {PHONE}.",
    "De keukenmonteur komt op {date}; sleutel ligt bij de buurvrouw, {NAME_MARRIED}, {ADDRESS}.",
    "Aanbetaling keuken van {amount} is van {IBAN} gegaan, maar de orderbevestiging staat op naam van "
    "{NAME_FULL}. Klopt dat?",
    "Keukenblad verkeerd gemeten. Adres voor de inmeter: {ADDRESS}, {POSTCODE} {city}; ik ben {NAME_FIRST}.",
    # washing machine repair
    "Wasmachine lekt weer, tweede keer binnen de garantie. Reparatie op {ADDRESS}, {POSTCODE}; bereikbaar na vijf "
    "uur op {PHONE}.",
    "De monteur van {repairer} wil vooraf betalen met creditcard; mag ik {CARD} gewoon in de mail zetten?",
    "Reparatiebon ingevuld door de monteur: klant {NAME_INITIALS}, tel {PHONE_LAND}, klantnr {CUSTOMER_NUMBER}.",
    # mobile phone insurance
    "Mijn telefoon is gestolen in de trein. Verzekering op naam van {NAME_FULL}, geboren {DOB}, polis "
    "{CUSTOMER_NUMBER_POLICY}.",
    "Schade aan scherm gemeld via de app, maar de uitkering moet naar {IBAN} en niet naar mijn oude rekening.",
    "Het nummer van de gestolen telefoon was {PHONE}; de simkaart is al geblokkeerd.",
    # lost luggage, hotel, festival
    "Koffer kwijt na de vlucht uit Málaga. Graag bezorgen bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Hotelklacht: de kamer was niet schoon en de borg van {amount} is nog niet terug op creditcard {CARD}.",
    "De reservering bij {hotel} staat op {NAME_SURNAME}, maar de betaling is gedaan door mijn zus, {NAME_FULL_F}.",
    "Festivalticket {festival} op naam zetten van {NAME_FULL}, geboortedatum {DOB} (de polsband wordt gecontroleerd).",
    "Ik heb twee kaarten voor {festival} gekocht met {EMAIL} maar alleen één QR-code gekregen.",
    # sports club and association fees, church administration
    "Contributie {club} is twee keer afgeschreven van {IBAN}. Lidnummer {CUSTOMER_NUMBER_MEMBER}, naam {NAME_FULL}.",
    "Opzegging lidmaatschap voor {NAME_CHILD} (lidnummer {CUSTOMER_NUMBER_MEMBER}), geboren {DOB_CHILD}.",
    "Ledenadministratie: nieuw lid {NAME_SORTED}, {ADDRESS}, {POSTCODE}, geb. {DOB}, e-mail {EMAIL_SAME}.",
    "Namens de kerkenraad: de vrijwillige bijdrage van {NAME_MARRIED} komt voortaan van {IBAN}.",
    "Kerkelijke administratie: verhuisd naar {ADDRESS}, {POSTCODE} {city}; doopdatum bekend, geboren {DOB_ELDER}.",
    # payroll and temp agency
    "Op mijn loonstrook staat een verkeerd BSN, {BSN}; het juiste is {BSN}. Personeelsnummer {CUSTOMER_NUMBER_STAFF}.",
    "Salaris van deze maand graag op {IBAN} in plaats van de oude rekening. Groet, {NAME_FULL} "
    "(pers.nr. {CUSTOMER_NUMBER_STAFF})",
    "Uitzendcontract bij {agency}: naam {NAME_PL}, geboortedatum {DOB}, BSN {BSN}, rekening {IBAN_FOREIGN}.",
    "Ik werk via {agency} in het distributiecentrum. Mijn Poolse nummer is {PHONE_FOREIGN}, hier gebruik ik {PHONE}.",
    "Huisvesting uitzendbureau: {NAME_PL} woont nu op {ADDRESS}, {POSTCODE}; kenteken busje {PLATE_FOREIGN}.",
    "Jaaropgave klopt niet, sofinummer {BSN} en geboren {DOB}; ik heb maar een half jaar gewerkt.",
    # a customer dictating to a colleague or family member
    "Klant dicteert aan collega: 'schrijf op, {EMAIL_SPELLED}, heb je dat?'",
    "K (tegen iemand naast zich): 'hoe was het rekeningnummer ook alweer... {IBAN_SPELLED}, ja, die.'",
    "Klant laat haar man het kenteken voorlezen: '{PLATE}... nee wacht, {PLATE}.'",
    "Meneer leest zijn nummer voor: '{PHONE_SPOKEN}', de rest weet hij niet uit zijn hoofd.",
    "Geboortedatum uitgesproken door klant: '{DOB_SPOKEN}'.",
    "Postcode {POSTCODE}, zegt de klant, en ze spelt de letters nog een keer.",
    # reading from a screenshot
    "Ik stuur een screenshot, daar staat het op: 'Rekeninghouder {NAME_SORTED} – {IBAN}'.",
    "Van mijn scherm overgetypt: klantnummer {CUSTOMER_NUMBER}, leveradres {ADDRESS}, {POSTCODE}.",
    "Op de screenshot van de bank-app staat pas {CARD}, vervaldatum 08/27, maar die pas is al geblokkeerd.",
    # chat where the customer corrects autocorrect
    "Chat: ik heet {NAME_FULL}\nChat: *{NAME_TYPO} staat er nu, autocorrectie, het is echt {NAME_SURNAME_SAME}",
    "Chat: mijn mail is {EMAIL_SPACE}\nChat: zonder spatie, mn telefoon doet dat vanzelf",
    "Chat: postcode {POSTCODE}\nChat: en het adres is {ADDRESS}, autocorrectie maakte er eerst iets raars van",
    # notes copied from a paper form
    "Formulier (handgeschreven, overgenomen): Naam: {NAME_SORTED} | Geb.datum: {DOB} | BSN: {BSN_BOXES}",
    "Papieren aanmelding: adres {ADDRESS}, postcode {POSTCODE}, tel. {PHONE_LAND}, handtekening aanwezig.",
    "Machtigingskaart, met de hand: IBAN {IBAN} t.n.v. {NAME_INITIALS}, plaats {city}.",
    # agent handover to the next shift
    "Overdracht late dienst: {NAME_FULL} belt morgen terug over de dubbele afschrijving; nummer {PHONE}, "
    "klantnr {CUSTOMER_NUMBER}.",
    "Overdracht: mw. {NAME_SURNAME} (geb. {DOB_ELDER}) wacht nog op de monteur, zie {ticket}. Niet voor tien uur "
    "bellen.",
    "Voor de avonddienst: kenteken {PLATE} staat nog op de vergunning van de vorige bewoner van {ADDRESS}.",
    "Overdracht van {NAME_STAFF}: creditcard {CARD} door klant zelf geblokkeerd, alleen nog de terugbetaling "
    "controleren.",
    # Flemish customers
    "Goeiemiddag, ik ben {NAME_BE} uit {city_be}. Mijn adres is {ADDRESS_BE}, {POSTCODE_BE} {city_be}.",
    "Ge moogt mij bellen op {PHONE_BE}, na vijf uur ben ik thuis. Rijksregisternummer {BSN_BE}.",
    "Het voorschot moet van mijn rekening {IBAN_BE} komen, niet van die van mijn ex.",
    "Den auto met nummerplaat {PLATE_BE} is van mijn zoon, hij woont nog bij ons in {city_be}.",
    "Mijne mail is {EMAIL}, en mijn klantennummer {CUSTOMER_NUMBER}, allez, dat staat op de factuur.",
    "Verhuisd naar Nederland: van {ADDRESS_BE} in {city_be} naar {ADDRESS}, {POSTCODE}.",
]

TEST_V12_PII = [("nl", text) for text in NL_FIRST + _NL] + TEST_V12_PII_EN
