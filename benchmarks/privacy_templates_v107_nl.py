"""Dutch and Flemish templates of test_v107 (Twente, Drenthe, Brugge): allotments, piano tuning, chimney sweeping,
carpool disputes, bridal alterations, driving tests, aquarium supplies, ferry season tickets, orthodontic payment
plans and theatre seats, in Zendesk side conversations, faxes, voice messages, complaint forms, OCR'd notes,
handover logs, CSV rows and quoted mail."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- allotment gardens
    ("nl", "Aanmelding volkstuin {code}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, lid sinds {date}."),
    (
        "nl",
        "De tuinhuur ({amount}) wordt afgeschreven van {IBAN_NL} t.n.v. {NAME_INITIALS}, lidnr. "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    (
        "nl",
        "Wiej hebt de regenton nog staon bi'j tuin 12, bel mie maor effen op {PHONE}, groet {NAME_FIRST} uut {town}",
    ),
    ("nl", "lid;tuin;telefoon;iban\n{NAME_CAPS};{code};{PHONE};{IBAN}"),
    ("nl", "Notulen ALV: dhr. de voorzitter meldt dat {NAME_TITLED} ({EMAIL}) de kas overneemt per {date}."),
    ("nl", "Lidnummer {CUSTOMER_NUMBER_MEMBER}, geboren {DOB}, heeft de sleutel van het gereedschapshok."),
    # ---- piano tuning
    ("nl", "Stembeurt ingepland op {weekday} {time} bij {NAME_TITLED}, {ADDRESS}, {POSTCODE}."),
    (
        "nl",
        "[Zendesk – side conversation met stemmer] Kun jij klant {CUSTOMER_NUMBER_CUSTOMER} "
        "({NAME_FULL}) even bellen op {PHONE}?",
    ),
    ("nl", "Eh ja hallo met {NAME_FIRST}, eh de piano is dus weer vals, eh mijn nummer is {PHONE_SPOKEN}, doei"),
    ("nl", "Factuur stemmen Steinway: klant {NAME_LOWER}, betaald met {CARD}, {amount}."),
    ("nl", "Wat ik nog zeggen wou, de stemmer mag ook mailen naar {EMAIL}. Groetjes, {NAME_FULL}"),
    ("nl", "Pianostemmer zoekt adres: {ADDRESS}, {POSTCODE_BE} Brugge, bij {NAME_SURNAME}, 't belleke doet 't nie."),
    # ---- chimney sweeping
    ("nl", "Veegafspraak {date} om {time}: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel. {PHONE}."),
    ("nl", "FAX --- AAN: Roetvrij --- VAN: {NAME_CAPS} --- TEL {PHONE} --- graag schoorsteen vegen --- {ADDRESS}"),
    ("nl", "Uus schoostein mut veegd worden, ik bin {NAME_FIRST} {NAME_SURNAME}, belt oe maor {PHONE}"),
    ("nl", "Veegcertificaat voor de verzekeraar, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_INITIALS}."),
    ("nl", "Ons moeder is {DOB} geboren en woont alleen, kunt ge de schouw vegen? Mailt naar {EMAIL}. {NAME_FIRST}"),
    # ---- carpool disputes
    ("nl", "Klacht carpool-app: bestuurder met kenteken {PLATE} reed niet; passagier {NAME_FULL} wil {amount} terug."),
    ("nl", "Terugstorten op {IBAN} t.n.v. {NAME_FULL} graag, rit {ref}."),
    (
        "nl",
        "[Zendesk – side conversation met Trust & Safety] chauffeur {NAME_LOWER}, auto {PLATE}, "
        "geb. {DOB}, 3 klachten.",
    ),
    ("nl", "Spraakbericht: ja eh hoi, met {NAME_FIRST}, eh, die gast met die {PLATE_ABROAD} is gewoon niet gekomen hè"),
    ("nl", "Gebruiker {CUSTOMER_NUMBER_CUSTOMER} ({EMAIL}) betwist de afschrijving op kaart {CARD}."),
    ("nl", "Wi'j hebt mekaar in Emmen treffen, mar hij was der nait. Mien nummer: {PHONE}. {NAME_FULL}"),
    # ---- bridal alterations
    ("nl", "Pasafspraak trouwjurk: bruid {NAME_FULL}, geboortedatum {DOB}, bruiloft {date}, aanbetaling {amount}."),
    ("nl", "Aanbetaling van {IBAN_NL} ontvangen, t.n.v. {NAME_INITIALS} en {NAME_INITIALS}."),
    ("nl", "Hee, met {NAME_FIRST}, eh, de jurk is te wijd in de taille hoor, bel je me terug op {PHONE}? Doeg"),
    ("nl", "Opdrachtbon {CUSTOMER_NUMBER_CONTRACT} – klant {NAME_CAPS} – afleveren {ADDRESS}, {POSTCODE_BE} {town}"),
    ("nl", "Voor de bruid {NAME_FULL}: 't kleed is klaar, ge kunt bellen naar {PHONE_BE}."),
    # ---- driving tests
    ("nl", "Examenaanvraag CBR: kandidaat {NAME_FULL}, BSN {BSN}, geboren {DOB}, rijschool {firm}."),
    ("nl", "Leerling {NAME_FIRST} {NAME_SURNAME} ({DOB}) heeft het theorie-examen gehaald, tel. {PHONE}."),
    ("nl", "Lesauto {PLATE} stond op {date} bij {NAME_TITLED} voor de deur, {ADDRESS}."),
    ("nl", "Mijn BSN is eh {BSN_SPOKEN}, eh en ik wil dus graag het examen verzetten, groetjes {NAME_FIRST}"),
    ("nl", "Overdracht dienst 14:00 – 22:00: {NAME_TITLED} belde over examen, wil teruggebeld op {PHONE}; BSN {BSN}."),
    # ---- aquarium webshop
    ("nl", "Bestelling {ref} verzenden naar {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Klant {CUSTOMER_NUMBER_CUSTOMER}: levende planten kwamen verlept aan, terugbetalen op {IBAN}."),
    ("nl", "order;naam;straat;postcode;plaats;email\n{ref};{NAME_FULL};{ADDRESS};{POSTCODE};{city};{EMAIL}"),
    ("nl", "De garnalen zijn dood aangekomen, ik ben {NAME_SURNAME} en mijn mail is {EMAIL_SPOKEN}."),
    ("nl", "Betaald met creditcard {CARD}; factuuradres {ADDRESS}, {POSTCODE_BE} {city}; klant {NAME_FULL}."),
    # ---- ferry season tickets
    ("nl", "Seizoenkaart veerboot {CUSTOMER_NUMBER_SEASON} op naam van {NAME_FULL}, geboren {DOB}."),
    ("nl", "Autokenteken {PLATE} is gekoppeld aan seizoenkaart {CUSTOMER_NUMBER_SEASON}."),
    ("nl", "> > > Op {date} schreef {NAME_FULL} <{EMAIL}>:\n> > > mijn seizoenkaart is kwijt\n> > graag nummer\n> ok"),
    ("nl", "Graag de seizoenkaart opsturen naar {ADDRESS}, {POSTCODE} {town}. Met vriendelijke groet, {NAME_INITIALS}"),
    # ---- orthodontist payment plans
    ("nl", "Betalingsregeling beugel {CUSTOMER_NUMBER_CONTRACT}: patiënt {NAME_FULL} (geb. {DOB}), {count} termijnen."),
    ("nl", "Incasso van {IBAN_NL} t.n.v. {NAME_TITLED}, kenmerk {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Zorgverzekering polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, BSN {BSN}."),
    ("nl", "Mama van {NAME_FIRST} hier, haar retainer is gebroken, wil je bellen op {PHONE}?"),
    (
        "nl",
        "FAX orthodontist -> verzekeraar | patiënt: {NAME_CAPS} | BSN: {BSN} | geb.: {DOB} | "
        "polis: {CUSTOMER_NUMBER_POLICY}",
    ),
    # ---- theatre subscriptions
    ("nl", "Abonnement {count} voorstellingen, {code}: {NAME_FULL}, {EMAIL}, abonneenummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Wi'j wilt graag wear dezelfde plaatsen in 't Wilminktheater, {NAME_TITLED}, {ADDRESS}, {POSTCODE}"),
    ("nl", "Abonnement Concertgebouw: {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} Brugge, GSM {PHONE_BE}."),
    ("nl", "Handgeschreven briefje (OCR): Naam {NAME_OCR} / lidnr {CUSTOMER_NUMBER_OCR} / tel {PHONE}"),
    ("nl", "Handgeschreven opzegging (OCR): ik {NAME_OCR} zeg mijn abonnement op, adres {ADDRESS} {POSTCODE}"),
    # ---- municipal complaint form
    (
        "nl",
        "Klachtformulier gemeente\n[x] geluidsoverlast [ ] afval\nNaam: {NAME_FULL}\nAdres: {ADDRESS}\nTel: {PHONE}",
    ),
    ("nl", "Melding openbare ruimte [ ] anoniem [x] terugbellen: {PHONE} | e-mail: {EMAIL} | naam: {NAME_LOWER}"),
    ("nl", "[x] Ik geef toestemming; BSN {BSN}; geboortedatum {DOB}; handtekening {NAME_INITIALS}"),
    # ---- handover log / side conversations
    ("nl", "Overdracht ochtend: {NAME_FULL} wacht op terugbelverzoek ({PHONE}), klantnr {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "[Side conversation aan finance] Kunnen jullie {amount} terugboeken naar {IBAN} van {NAME_FULL}?"),
    ("nl", "Goeiendag, 'k zijn {NAME_FULL} uit {town}, mijn rekening is {IBAN}, 't bedrag klopt nie."),
]
