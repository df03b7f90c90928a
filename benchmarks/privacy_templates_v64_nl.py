"""Dutch and Flemish templates of test_v64 (part one): energy switches and annual bills, mortgages and valuations,
childminders and after-school care, movers and storage units, car dealers, APK and tyres; in e-mail threads with
quoted replies, PDF forms pasted as text, chat exports, phone notes and parcel labels."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- energy supplier switches and annual bills
    (
        "nl",
        "Overstapformulier energie\nNaam: {NAME_FULL}\nLeveringsadres: "
        "{ADDRESS}\nPostcode: {POSTCODE}\n[x] stroom [x] gas",
    ),
    ("nl", "Jaarafrekening {date}: klantnummer {CUSTOMER_NUMBER_CUSTOMER}, terug te ontvangen {amount} op {IBAN}."),
    ("nl", "> Op {date} om {time} schreef {NAME_FULL} <{EMAIL}>:\n> Mijn voorschot is veel te hoog, wie kan helpen?"),
    (
        "nl",
        "Beste {NAME_FIRST}, uw contract {CUSTOMER_NUMBER_CONTRACT} loopt af op {date}. Met vriendelijke groet, {firm}",
    ),
    ("nl", "Tel.notitie: mevr. {NAME_SURNAME} - meterstand doorgegeven - terugbellen op {PHONE} - na {time}"),
    (
        "nl",
        "Incasso termijnbedrag {amount} mislukt van rekening {IBAN_NL}, t.n.v. {NAME_INITIALS}; herinnering verstuurd.",
    ),
    ("nl", "Klant is verhuisd van {ADDRESS} naar {ADDRESS}, eindafrekening naar {EMAIL} sturen."),
    # ---- mortgage advisers and valuations
    ("nl", "Taxatieopdracht woning {ADDRESS}, {POSTCODE} {city}; aanvrager {NAME_FULL}, geboren {DOB}."),
    ("nl", "Hypotheekdossier {CUSTOMER_NUMBER_CONTRACT}: aanvrager {NAME_FULL}, partner {NAME_FULL}, BSN {BSN}."),
    (
        "nl",
        "Gegevens aanvrager (PDF)\nVoorletters en achternaam: {NAME_INITIALS}\nGeboortedatum: {DOB}\n"
        "Burgerservicenummer: {BSN}\nBurgerlijke staat: [ ] ongehuwd [x] gehuwd",
    ),
    ("nl", "Bel adviseur terug: klant {NAME_LOWER}, {PHONE}, vraag over rente na {date}."),
    ("nl", "Verzoek om bankafschrift van {IBAN} met het salaris van {NAME_FULL}, graag vóór {date}."),
    # ---- childminders and after-school care (BSO)
    ("nl", "Inschrijving BSO De Boomhut: kind {NAME_FIRST} {NAME_SURNAME}, geboortedatum {DOB}, BSN kind {BSN}."),
    ("nl", "Ophaallijst {weekday}: {NAME_FIRST} wordt opgehaald door oma, tel. {PHONE}."),
    ("nl", "Gastouder {NAME_FULL} ({ADDRESS}, {POSTCODE} {town}) heeft nog {count} plekken vrij op {weekday}."),
    (
        "nl",
        "[{time}] Ouder: hoi, {NAME_FIRST} is ziek vandaag\n[{time}] {bot}: beterschap! Wil je ook "
        "de mentor mailen op {EMAIL}?",
    ),
    ("nl", "Machtiging kinderopvangtoeslag: ouder {NAME_FULL}, BSN {BSN}, contract {CUSTOMER_NUMBER_CONTRACT}."),
    # ---- moving companies and storage units
    ("nl", "Verhuizing, {ref}: van {ADDRESS} naar {ADDRESS}, contact {NAME_FULL}, {PHONE}."),
    ("nl", "Opslagunit B-114 gehuurd door {NAME_CAPS}, huurnummer {CUSTOMER_NUMBER_CONTRACT}, borg {amount}."),
    ("nl", "Toegangscode opslag alleen geven aan {NAME_FULL}, legitimatie gecheckt, geb. {DOB}."),
    ("nl", "Verhuislift staat {weekday} voor {ADDRESS}; vergunning aangevraagd op naam van {NAME_SURNAME}."),
    ("nl", "VERZENDLABEL\nAan: {NAME_CAPS}\n{ADDRESS}\n{POSTCODE} {city}\nTel: {PHONE}"),
    # ---- car dealers, APK and tyres
    ("nl", "Inruil: {product} met kenteken {PLATE}, eigenaar {NAME_FULL}, taxatie {amount}."),
    ("nl", "APK-herinnering voor {PLATE}: de keuring verloopt op {date}. Afspraak? Bel {public_phone}."),
    (
        "nl",
        "Garage, {ref}: banden wisselen {PLATE}, klant {NAME_INITIALS}, bandenhotel nummer {CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Koopcontract auto: koper {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, aanbetaling met kaart {CARD}."),
    ("nl", "Telefoonnotitie garage: klant {NAME_SURNAME} ... auto {PLATE} ... maakt geluid ... belt terug {PHONE}"),
    ("nl", "Leaseauto {PLATE} rijdt op naam van {NAME_FULL}, klantnummer lease {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Buitenlandse klant kocht occasion, oude kentekenplaat {PLATE_ABROAD}; rekening naar {EMAIL}."),
    ("nl", "Proefrit {weekday} {time}: {NAME_FULL}, rijbewijs ok, mobiel {PHONE}, eigen auto {PLATE}."),
]
