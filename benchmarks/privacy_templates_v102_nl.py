"""Dutch and Flemish templates of test_v102, with Groningen, Zeeland and Ghent writers: guide dogs, urns, roof
turbines, school photos, loft permits, violin rental, blood donors, ferry passes, scooter repairs and compost, in
Freshdesk tickets, Instagram DMs, robot transcripts, Excel rows, CSV exports, a lawyer's letter, a shift log and
interpreted video calls."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- guide dog training
    ("nl", "Aanvraag geleidehond voor {NAME_FULL}, geboren {DOB}, wonend {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Moi, ik bin {NAME_FIRST} en mien hond kin nog nait goed oversteken. Bel mie even op {PHONE}?"),
    (
        "nl",
        "Freshdesk #{count}{count}\n> Op {date} schreef {NAME_FULL}:\n> kan de trainer ook op "
        "{weekday} komen?\nJa hoor.",
    ),
    ("nl", "Trainingsverslag pup Bonnie, pleeggezin {NAME_INITIALS}, {ADDRESS}, e-mail {EMAIL}."),
    ("nl", "Wij incasseren de bijdrage voor de hondenopleiding van {IBAN_NL} ten name van {NAME_CAPS}."),
    # ---- urn collection
    ("nl", "De urn van wijlen {NAME_FULL} kan worden opgehaald door {NAME_FULL} op {weekday} om {time}."),
    ("nl", "Nabestaande {NAME_SURNAME} vroeg of de as naar {ADDRESS}, {POSTCODE} {town} gestuurd kan worden."),
    ("nl", "Ophaalbewijs urn: contactpersoon {NAME_FULL}, tel. {PHONE}, dossiernummer {CUSTOMER_NUMBER_CONTRACT}."),
    ("nl", "Overledene geboren {DOB}, BSN {BSN}; asbus blijft {count} maanden in de urnenkelder."),
    # ---- roof wind turbines
    (
        "nl",
        "Onderhoud windturbine op het dak bij {NAME_INITIALS}, {ADDRESS} te {town}, contract "
        "{CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("nl", "Monteur staat {weekday} voor de deur met bus {PLATE}; klant {NAME_FULL} is thuis vanaf {time}."),
    ("nl", "Nachtdienstlog {time}: melding trillende wiek, beller {NAME_SURNAME}, terugbellen op {PHONE}."),
    (
        "nl",
        "Storingsticket\n> eerder antwoord: wij sturen een monteur\nklant {NAME_LOWER} ({EMAIL}) "
        "wacht al {count} dagen.",
    ),
    # ---- school photographer
    ("nl", "Bestelling schoolfoto's: ouder {NAME_FULL}, leerling {NAME_FIRST}, betaald met kaart {CARD}."),
    ("nl", "Hoi! 📸 Kunnen jullie de foto's van {NAME_FIRST} naar {EMAIL} sturen? #schoolfoto #groep5"),
    ("nl", "Inloggen fotoportaal: klantnummer {CUSTOMER_NUMBER_CUSTOMER}, geboortedatum kind {DOB}."),
    ("nl", "Excel:\t{NAME_SURNAME}\t{NAME_FIRST}\tgroep 3\t{EMAIL}\t{PHONE}\tpakket Klassiek"),
    # ---- loft permits
    ("nl", "Vergunningsaanvraag dakkapel, aanvrager {NAME_FULL}, perceel {ADDRESS}, {POSTCODE} {city}, BSN {BSN}."),
    (
        "nl",
        "Namens mijn cliënt {NAME_FULL}, wonende te {ADDRESS}, maak ik bezwaar tegen de weigering van de vergunning.",
    ),
    ("nl", "Hoogachtend,\n{NAME_FULL}, advocaat\nnamens cliënte {NAME_INITIALS}, geboren {DOB}"),
    ("nl", "Leges van {amount} graag voldoen; bij terugbetaling gebruiken wij {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Den aannemer van {NAME_SURNAME} (Gent) belt van op {PHONE} voor de zolderverbouwing aan {ADDRESS_BE}."),
    # ---- violin rental
    ("nl", "Huurcontract viool 1/4: huurder {NAME_FULL}, kind {NAME_FIRST} ({DOB}), IBAN {IBAN}."),
    (
        "nl",
        "Ons dochterke {NAME_FIRST} speelt nu op een 1/2, kunnen we ruilen? Groetjes, {NAME_FULL}, {POSTCODE_BE} Gent",
    ),
    ("nl", '"{NAME_SURNAME}";"{NAME_FIRST}";"{EMAIL}";"{IBAN_NL}";"viool 3/4";"{date}"'),
    ("nl", "Huurnummer {CUSTOMER_NUMBER_CONTRACT}, strijkstok kwijt; ouder {NAME_FULL} bereikbaar op {PHONE}."),
    # ---- blood donors
    ("nl", "Donorregistratie: {NAME_FULL}, geboortedatum {DOB}, donornummer {CUSTOMER_NUMBER_DONOR}."),
    (
        "nl",
        "Robot: Wat is uw donornummer?\nBeller: {CUSTOMER_NUMBER_DONOR}\nRobot: En uw "
        "telefoonnummer?\nBeller: {PHONE_SPOKEN}",
    ),
    ("nl", "Spraakherkenning: mijn burgerservicenummer is\n{BSN_SPOKEN}\nen ik woon op {ADDRESS}."),
    ("nl", "Donor {NAME_INITIALS} (BSN {BSN}) wil oproepen voortaan via {EMAIL} ontvangen."),
    ("nl", "Bloedbank Gent: donor {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} Gent, gsm {PHONE}."),
    ("nl", "Videobellen met tolk: mevrouw {NAME_SURNAME} (doof) geeft via de tolk haar geboortedatum {DOB} door."),
    # ---- ferry season tickets
    ("nl", "Seizoenskaart veerdienst Vlissingen–Breskens voor {NAME_FULL}, kaartnummer {CUSTOMER_NUMBER_PASS}."),
    (
        "nl",
        "Ik rie elke dag mee met de boot, mien kenteken is {PLATE}, kan die op m'n abonnement {CUSTOMER_NUMBER_PASS}?",
    ),
    ("nl", "Automatische incasso seizoenskaart van {IBAN_NL}, rekeninghouder {NAME_CAPS}."),
    ("nl", "Belgische auto {PLATE_ABROAD} van {NAME_FULL} stond zonder ticket op de boot van {time}."),
    (
        "nl",
        "Freshdesk #{count}{count}\n> Wij verwachten uw pas terug.\nMijn pas "
        "{CUSTOMER_NUMBER_PASS} is gestolen, {NAME_FIRST}",
    ),
    ("nl", "Betaling seizoenskaart met creditcard {CARD} mislukt, klant {NAME_SURNAME}, mail {EMAIL}."),
    # ---- mobility scooter repairs
    ("nl", "Reparatie scootmobiel bij {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; accu leeg, bel {PHONE}."),
    (
        "nl",
        "Meneer {NAME_SURNAME} (geb. {DOB}) staat met zijn scootmobiel stil bij de Jumbo, bel zijn dochter op {PHONE}.",
    ),
    ("nl", "Wmo-indicatie: cliënt {NAME_FULL}, BSN {BSN}, polis zorgverzekeraar {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Dienstlog nacht {time} – scootmobiel gestrand, klantnr. {CUSTOMER_NUMBER_CUSTOMER}, adres {ADDRESS}."),
    ("nl", "Tolk typt mee: klant {NAME_NICK} wil de reparatie op {weekday}, mail naar {EMAIL}."),
    ("nl", "Rekening reparatie {amount}, overmaken naar ons of incasso van {IBAN}? Klant {NAME_INITIALS}."),
    # ---- community garden compost
    ("nl", "Compostlevering {count} zakken naar volkstuin {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "hey 🌱 kunnen jullie compost brengen naar {ADDRESS}? groetjes {NAME_NICK} #moestuin #compost"),
    ("nl", "Lidnummer tuinvereniging {CUSTOMER_NUMBER_MEMBER}, tuinder {NAME_FULL}, telefoon {PHONE}."),
    ("nl", "{NAME_SURNAME}\t{ADDRESS}\t{POSTCODE}\t{count} zakken\tbetaald\t{IBAN_NL}"),
    ("nl", "Het busje met kenteken {PLATE} laadt compost; afleveradres {ADDRESS} bij {NAME_FULL}."),
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit Sint-Amandsberg, lidnummer {CUSTOMER_NUMBER_MEMBER}, {EMAIL_SPOKEN}."),
    # ---- mixed channels
    ("nl", 'CSV: "{CUSTOMER_NUMBER_CUSTOMER}","{NAME_LOWER}","{PHONE}","{POSTCODE}","{DOB}"'),
    ("nl", "Insta DM 💬 @ons_bedrijf: hoi ik ben {NAME_FIRST} uit Middelburg, mijn nummer is {PHONE}! 🙏"),
    ("nl", "Telefoonrobot transcript:\nklant: mijn nummer is\n{PHONE_SPOKEN}\nklant: en mijn naam is {NAME_FULL}"),
    ("nl", "Dienstlog {time}: {NAME_FULL} belde vanuit Duitsland ({PHONE_ABROAD}) over de veerpont."),
    ("nl", "Overdracht nachtdienst: klant {NAME_SURNAME} terugbellen op {PHONE_ABROAD}, spreekt Engels."),
    ("nl", "Verzekerde {NAME_FULL}, polisnummer {CUSTOMER_NUMBER_POLICY}, schade aan windturbine na storm."),
    ("nl", "Klantnummer: {CUSTOMER_NUMBER_CUSTOMER}\nNaam: {NAME_CAPS}\nGeboortedatum: {DOB}\nPostcode: {POSTCODE}"),
    ("nl", "Tolk via Teams: de klant spelt zijn naam als {NAME_FULL} en zijn postcode als {POSTCODE}."),
    ("nl", "Ik zou graag mijn e-mailadres wijzigen naar {EMAIL}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Parkeerboete op de kade voor {PLATE}, eigenaar {NAME_FULL}, {ADDRESS}."),
    ("nl", "Geachte heer/mevrouw, cliënt {NAME_FULL} betaalde met {CARD} en vordert {amount} terug."),
]
