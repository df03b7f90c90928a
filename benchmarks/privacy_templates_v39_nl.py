"""Dutch templates of test_v39: energy, health insurance, housing repairs, permits, bicycle lease, childcare and
pensions, as e-mails, WhatsApp chats, voicemail transcripts, Excel rows, Teams handovers and web forms."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- energy supplier: meter readings, EAN codes, moving house
    (
        "nl",
        "Meterstanden doorgegeven door {NAME_FULL}: EAN {ean}, stand {reading}, adres {ADDRESS}, {POSTCODE} {town}.",
    ),
    ("nl", "Verhuizing klantnr. {CUSTOMER_NUMBER_ENERGY}: van {ADDRESS} naar {ADDRESS} per {date}, EAN {ean}."),
    ("nl", "Hoi, mijn stand is {reading} (meter {meter}). Groetjes {NAME_FIRST} {emoji} tel {PHONE}"),
    ("nl", "Termijnbedrag verlagen naar {amount} voor {NAME_INITIALS}, klantnummer {CUSTOMER_NUMBER_ENERGY}."),
    ("nl", "Terugbetaling jaarafrekening ({amount}) graag op {IBAN} t.n.v. {NAME_REVERSED} zetten"),
    (
        "nl",
        "Slimme meter niet bereikbaar bij fam. {NAME_SURNAME}, {POSTCODE} {ADDRESS}, EAN {ean}, {grid} ingeschakeld.",
    ),
    (
        "nl",
        "Van: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} {date} {time}\nAan: {mailbox}\nOnderwerp: meterstand {ean}",
    ),
    ("nl", "Klant belt namens haar vader {NAME_FULL} (geb. {DOB}), contract {CUSTOMER_NUMBER_ENERGY} bij {supplier}."),
    # ---- health insurer: claims
    ("nl", "Declaratie {claim} van {NAME_DOUBLE}, polisnummer {CUSTOMER_NUMBER_POLICY}, BSN {BSN}, bedrag {amount}."),
    ("nl", "Verzekerde {NAME_REVERSED}, geboortedatum {DOB}, polis {CUSTOMER_NUMBER_POLICY}: fysio afgewezen."),
    (
        "nl",
        "Mw. {NAME_SURNAME} vraagt of de nota van de tandarts ({amount}) naar {IBAN} kan, en niet naar de praktijk.",
    ),
    ("nl", "Machtiging ingetrokken door {NAME_FULL}, BSN {BSN}, rekening {IBAN} mag niet meer geïncasseerd worden."),
    ("nl", "Wilt u de zorgpas voor mijn zoon {NAME_CHILD} ({DOB_CHILD}) naar {ADDRESS}, {POSTCODE} {town} sturen?"),
    ("nl", "Notitie: verzekerde heeft BSN {BSN_SPOKEN} telefonisch doorgegeven, polis {CUSTOMER_NUMBER_POLICY}."),
    # ---- housing corporation: repair requests
    ("nl", "Reparatieverzoek {repair}: {defect} in de {room}, huurder {NAME_FULL}, {ADDRESS}, bereikbaar op {PHONE}."),
    (
        "nl",
        "Huurdersnummer {CUSTOMER_NUMBER_TENANT} - monteur mag sleutel ophalen bij buurvrouw {NAME_FULL} op nr. 14.",
    ),
    ("nl", "Webformulier klacht\nNaam: {NAME_UPPER}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nE-mail: {EMAIL}"),
    ("nl", "webformulier: naam {NAME_LOWER} / adres {ADDRESS_LOWER} / tel {PHONE} / klacht: {defect} al 3 weken!!"),
    ("nl", "Huurachterstand besproken met {NAME_INITIALS} ({CUSTOMER_NUMBER_TENANT}), regeling vanaf {IBAN}."),
    (
        "nl",
        "[{time}] {NAME_FIRST}: de {defect} is nog steeds niet opgelost {emoji}{emoji} huurnr {CUSTOMER_NUMBER_TENANT}",
    ),
    ("nl", "Voicemail {time}: ja hallo met {NAME_FULL}, ik woon op de {ADDRESS}, mijn nummer is {PHONE_SPOKEN}."),
    # ---- municipality: permits
    ("nl", "Aanvraag {permit} (zaak {CUSTOMER_NUMBER_CASE}) door {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "{municipality}: de {permit} voor kenteken {PLATE} is verlengd (aanvrager {NAME_REVERSED})"),
    ("nl", "Parkeervergunning bewoner {NAME_DOUBLE}: kentekens {PLATE} en {PLATE}, zaaknummer {CUSTOMER_NUMBER_CASE}."),
    ("nl", "Bezwaar tegen {permit} van {NAME_FULL} (BSN {BSN}) ontvangen op {date}."),
    ("nl", "Legeskosten {amount} betaald met creditcard {CARD} door {NAME_INITIALS}, zaak {CUSTOMER_NUMBER_CASE}."),
    # ---- bicycle lease
    ("nl", "Leasecontract {CUSTOMER_NUMBER_LEASE}: {bike} voor {NAME_FULL}, afleveradres {ADDRESS}, {POSTCODE}."),
    ("nl", "Schade aan {bike} gemeld door {NAME_FIRST} {NAME_SURNAME} ({EMAIL}), eigen risico {amount} via {CARD}."),
    ("nl", "Fiets gestolen! Aangifte gedaan, contractnr {CUSTOMER_NUMBER_LEASE}, mijn 06 is {PHONE} {emoji}"),
    ("nl", "De fietsendrager op de auto met kenteken {PLATE} hoort bij {NAME_FULL}, lease {CUSTOMER_NUMBER_LEASE}."),
    (
        "nl",
        "Inhouding bruto {amount}, werknemer {NAME_REVERSED} (geboren {DOB}), contract {CUSTOMER_NUMBER_LEASE}.",
    ),
    # ---- childcare
    ("nl", "Plaatsingsovereenkomst {CUSTOMER_NUMBER_CHILD}: {NAME_CHILD} {NAME_SURNAME}, geboren {DOB_CHILD}."),
    ("nl", "Ouder 1: {NAME_FULL}, BSN {BSN}\nOuder 2: {NAME_FULL}, BSN {BSN}\nKind: {NAME_CHILD}"),
    ("nl", "[{date} {time}] {NAME_FIRST}: {NAME_CHILD} is ziek vandaag 🤒 komt niet naar {childcare}"),
    ("nl", "Ophalen door oma {NAME_FULL} is goedgekeurd, telefoon {PHONE}, e-mail {EMAIL}."),
    ("nl", "Incasso opvangkosten van {IBAN} ({NAME_INITIALS}) is gestorneerd, dossier {CUSTOMER_NUMBER_CHILD}."),
    # ---- pension fund letters
    ("nl", "Geachte heer {NAME_SURNAME},\n\nUw pensioen bij {pension} ({CUSTOMER_NUMBER_PENSION}) gaat in op {date}."),
    ("nl", "Deelnemer {NAME_INITIALS}, geboren {DOB_WORDS}, deelnemersnummer {CUSTOMER_NUMBER_PENSION}."),
    ("nl", "Nabestaandenpensioen aangevraagd door {NAME_DOUBLE}, BSN {BSN}, uitbetaling op {IBAN}."),
    ("nl", "Adreswijziging deelnemer {CUSTOMER_NUMBER_PENSION}: nieuw adres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Pensioenfonds belt terug op {PHONE}, vraag van {NAME_FULL} over partnerpensioen, geb. {DOB}."),
    # ---- Excel rows pasted, Teams handovers
    ("nl", "{NAME_REVERSED}\t{DOB}\t{POSTCODE}\t{PHONE}\t{amount}"),
    ("nl", "{CUSTOMER_NUMBER}\t{NAME_UPPER}\t{ADDRESS}\t{POSTCODE}\t{EMAIL_UPPER}"),
    ("nl", "{CUSTOMER_NUMBER};{NAME_FULL};{IBAN};{BSN};{DOB}"),
    (
        "nl",
        "Overdracht Teams: {NAME_FULL} ({CUSTOMER_NUMBER}) wacht op terugbelverzoek, nummer {PHONE}, zie {ticket}.",
    ),
    ("nl", "@{NAME_FIRST} kun jij de klant op de {ADDRESS} terugbellen? Ze heet {NAME_FULL}, {ticket}."),
    ("nl", "Teams-overdracht: kenteken {PLATE} staat nog op naam van {NAME_INITIALS}, klant {CUSTOMER_NUMBER}."),
    # ---- forwarded e-mail and voicemail
    ("nl", "---------- Doorgestuurd bericht ---------\nVan: {EMAIL}\nAan: {mailbox}\nOnderwerp: klacht {ticket}"),
    ("nl", "Voicemail {date}: goedemiddag, {NAME_FULL} hier, mijn klantnummer is {CUSTOMER_NUMBER_SPOKEN}."),
    ("nl", "Voicemail: mijn e-mail is {EMAIL_SPOKEN} en ik ben geboren op {DOB_WORDS}."),
    ("nl", "Creditcard {CARD} is dubbel belast voor {amount}, graag terugboeken. {NAME_FULL}"),
    ("nl", "De bus met kenteken {PLATE} haalt de leasefiets op, chauffeur {NAME_FIRST} belt op {PHONE}."),
]
