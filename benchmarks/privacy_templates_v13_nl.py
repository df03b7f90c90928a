"""Dutch templates of the `test_v13` split, first half: mortgage advice, valuation and the notary, childminder
agencies, daycare and after-school care, pet insurance and the vet, bike lease and e-bikes, lottery prizes and
newspaper subscriptions. The second half is in `privacy_templates_v13`, which exports the split. Written by someone
who never saw the redaction rules; labels as described there."""

from __future__ import annotations

NL_FIRST = [
    # mortgage advice, valuation and the notary
    "Taxatie voor de hypotheek ingepland op {date}. Kopers: {NAME_FULL} en {NAME_FULL_F}; de woning staat op "
    "{ADDRESS}, {POSTCODE} {city}. De sleutel ligt bij de makelaar.",
    "Passeren bij {notary} op {date} om {time}. Neem uw paspoort mee. Koper: {NAME_INITIALS}, geboren {DOB}.",
    "Hypotheekofferte van {lender} ontvangen, leningnummer {CUSTOMER_NUMBER_LOAN}. De maandlasten mogen van {IBAN} af.",
    "Voor de NHG-aanvraag wil de adviseur ons BSN hebben. Dat van mij: {BSN}. Mijn vriend stuurt het zijne morgen.",
    "De nota van afrekening van de notaris graag naar {EMAIL}, en bij vragen bellen naar {PHONE}. Groet, {NAME_FIRST}",
    "Koopakte concept: verkoper {NAME_LETTER}, koper {NAME_DOUBLE}, levering per {date}, koopsom {big}.",
    "Ik lees even voor uit de brief van {lender}: 'Geachte heer {NAME_SURNAME}, de rentevaste periode van lening "
    "{CUSTOMER_NUMBER_LOAN} eindigt op {date}.' Wat moet ik nu doen?",
    "Mijn ex en ik verkopen het huis op {ADDRESS}. Haar nieuwe adres voor de post van de notaris: {ADDRESS}, "
    "{POSTCODE} {city}.",
    "Bouwdepot: de factuur van de aannemer ({invoice}) graag uitbetalen; de rekening op naam van {NAME_FULL} "
    "eindigt niet op 12, het is {IBAN}.",
    # childminder agency, daycare, after-school care
    "Aanmelding {daycare}: kind {NAME_CHILDFULL}, geboren {DOB_BABY}, ouder/verzorger {NAME_FULL}, mobiel {PHONE}.",
    "De BSO-uren van {NAME_CHILD} gaan per {date} omlaag. Het contract wordt nog steeds van {IBAN} afgeschreven, "
    "maar dat moet de nieuwe rekening zijn.",
    "Voor de kinderopvangtoeslag vraagt de Belastingdienst de BSN's van de kinderen: {NAME_CHILD} heeft {BSN}, de "
    "jongste {BSN}.",
    "Vandaag haalt oma {NAME_DOUBLE} de kinderen op, tel. {PHONE}. Ze rijdt in een grijze {car}, kenteken {PLATE}.",
    "Jaaropgave kinderopvang kwam op {ADDRESS}, {POSTCODE} terecht, maar daar wonen wij sinds {date} niet meer. "
    "Kindnummer {CUSTOMER_NUMBER}.",
    "gastouder {NAME_FIRST} is verhuisd naar {ADDRESS_FY}, {POSTCODE_FY} {city_fy}. graag de opvanglocatie in het "
    "contract aanpassen",
    "Uurtarief gastouder over {date}: {amount}, te betalen aan {NAME_FULL} op {IBAN}. Klopt dat rekeningnummer?",
    "Noodnummers voor de opvang: papa, {NAME_FULL_M}, op {PHONE_LAND}, of mama op {PHONE}.",
    # pet insurance and the vet
    "Declaratie dierenarts voor {pet} (kater, negen jaar): polisnummer {CUSTOMER_NUMBER_POLICY}, uitbetalen op {IBAN}.",
    "Onze hond {pet} moet geopereerd worden bij {vet}. Valt dat onder de verzekering bij {pet_insurer}? Groet, "
    "{NAME_FULL}, {PHONE}",
    "De rekening van {vet} staat nog op naam van mijn ex, {NAME_FULL}. Ik ben sinds {date} de eigenaar van {pet}; "
    "mail mij op {EMAIL}.",
    "Puppyverzekering afsluiten. Eigenaar: {NAME_FULL}, geboortedatum {DOB}, adres {ADDRESS}, {POSTCODE} {city}.",
    "Spoedconsult in het weekend bij {vet} betaald met mijn creditcard, {CARD}. Wordt dat vergoed?",
    "Verzekering van {pet} liep via de creditcard van mijn man, {CARD}; die kaart bestaat niet meer.",
    # bike lease and e-bikes
    "Mijn {bike} is gestolen bij het station. Klantnummer {CUSTOMER_NUMBER_LEASE}, aangifte gedaan, bel mij op "
    "{PHONE}.",
    "De accu van mijn e-bike laadt niet meer op. Ophalen mag op {ADDRESS}, {POSTCODE}, liefst op {weekday}.",
    "Nieuwe {bike} laten bezorgen bij mijn vriendin: {NAME_FULL_F}, {ADDRESS}, {POSTCODE} {city}. Ik betaal met "
    "{CARD}.",
    "Fietsplan via de zaak: naam {NAME_INITIALS}, personeelsnummer {CUSTOMER_NUMBER}, afleveradres {ADDRESS}.",
    "Voor de garantie van de motor vraagt de winkel mijn bon en mijn mail: {EMAIL_HIDDEN}, zo typ ik het altijd.",
    "Tweedehands e-bike via {market} gekocht van {NAME_FULL_M}; hij zei dat de fiets van hem was, maar hij staat "
    "als gestolen geregistreerd. Zijn nummer: {PHONE}.",
    # lottery prizes
    "Brief van de Postcode Loterij: op postcode {POSTCODE} valt een prijs. Klopt dat? Ik ben {NAME_FULL}, "
    "deelnemersnummer {CUSTOMER_NUMBER_LOTTERY}.",
    "Het prijzengeld graag op {IBAN} t.n.v. {NAME_FORMAL}; de oude rekening heb ik opgeheven.",
    "Mijn moeder, {NAME_DOUBLE} (geboren {DOB_ELDER}), is overleden. Het lot van de {lottery} moet stoppen, "
    "deelnemersnummer {CUSTOMER_NUMBER_LOTTERY}.",
    "Ik kreeg een sms dat ik {amount} gewonnen had en moest mijn creditcardnummer invullen. Dat heb ik gedaan: {CARD}. "
    "Was dat van jullie?",
    "Straatprijs! De auto wordt afgeleverd op {ADDRESS}, postcode {POSTCODE}. Bel even vooraf: {PHONE}.",
    "De prijsauto moet op naam komen van {NAME_FULL}; het oude kenteken van onze eigen auto was {PLATE}.",
    "Machtiging voor het lot intrekken: rekening {IBAN}, deelnemer {NAME_LOWER}.",
    # newspaper subscriptions
    "De {paper} is vanochtend weer niet bezorgd op {ADDRESS}, {POSTCODE}. Abonneenummer {CUSTOMER_NUMBER_SUB}.",
    "Het abonnement op de {paper} loopt via creditcard {CARD}, maar die verloopt deze maand.",
    "Vakantiestop vanaf {date}, drie weken; de digitale krant mag naar {EMAIL}. Groet, {NAME_FULL}",
    "Abonnement opzeggen voor mijn vader, {NAME_INITIALS}; hij woont nu in het verpleeghuis. Bel mij gerust op "
    "{PHONE_LAND}.",
    "Ik betaal met een acceptgiro en wil over op automatische incasso van {IBAN}. Abonnee {CUSTOMER_NUMBER_SUB}.",
    "welkomstcadeau nooit gekregen. {NAME_LOWER}, {ADDRESS}, {POSTCODE}. mail: {EMAIL_SAME}",
    "Bezorger gooit de krant steeds bij de buren op nummer 14 in plaats van bij mij, {ADDRESS}.",
]
