"""Dutch templates of test_v54 (part 1): insurance claims desks, GP practices, pharmacies, dentists, pension funds."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- car damage, schadeformulier
    (
        "nl",
        "Schadeformulier ontvangen van {NAME_FULL}, kenteken {PLATE}, polis {CUSTOMER_NUMBER_POLICY}. Schade: "
        "{damage}.",
    ),
    (
        "nl",
        "Op 3 mrt. 2026 om 10:12 schreef {NAME_FULL} <{EMAIL}>:\n> Hierbij het Europees schadeformulier.\n"
        "> De tegenpartij had kenteken {PLATE}, ik zelf {PLATE}.",
    ),
    ("nl", "klt belt ivm {damage} op de {city}-weg, kent. {PLATE}, tel {PHONE}, graag tb vandaag"),
    ("nl", "Aanrijding bij {road}. Bestuurder A: {NAME_INITIALS}, geb. {DOB}, kenteken {PLATE}."),
    ("nl", "Hallo, mijn auto {PLATE} staat bij de schadehersteller in {city}, kunt u de expert sturen? {NAME_FIRST}"),
    (
        "nl",
        "Graag de uitkering van {amount} overmaken op {IBAN} t.n.v. {NAME_INITIALS}. Schadenr. {ref}.",
    ),
    ("nl", "[{time}] KLANT: mijn kenteken is {PLATE} ... [conf {percent}] en de polis loopt op mijn vrouw"),
    # ---- travel insurance, inboedel, opstal
    ("nl", "Reisverzekering: {NAME_FULL} (geb. {DOB}) claimt {amount} voor de gestolen koffer in {city}."),
    ("nl", "Inboedelschade na {damage} op {date} aan de {ADDRESS}, {POSTCODE} {city}. Melder: {NAME_MARRIED}."),
    ("nl", "Opstal: het dak van {ADDRESS} lekt sinds {date}. Eigenaar {NAME_SURNAME} is bereikbaar op {PHONE}."),
    (
        "nl",
        "Van: {NAME_FULL} <{EMAIL}>\nVerzonden: {weekday} {date} {time}\nAan: schade@centraalbeheer.nl\n"
        "Onderwerp: {damage} polis {CUSTOMER_NUMBER_POLICY}",
    ),
    ("nl", "De eigen bijdrage van {amount} heb ik met mijn creditcard {CARD} betaald, klopt dat? Groet, {NAME_FIRST}"),
    ("nl", "Creditcard van klant geblokkeerd na diefstal in {city}: kaartnr {CARD}, houder {NAME_UPPER}."),
    # ---- GP practice, assistant triage
    (
        "nl",
        "Triage {time}: pt {NAME_REGISTER}, gebdat {DOB}, klachten sinds {count} dagen, U3, terugbellen op {PHONE}.",
    ),
    ("nl", "Goedemorgen, met {NAME_FULL}, geboren {DOB_WORDS}, ik wil graag een afspraak bij de dokter."),
    ("nl", "Patiëntnr {CUSTOMER_NUMBER_PATIENT} | {NAME_REGISTER} | {ADDRESS} | {POSTCODE} | BSN {BSN}"),
    ("nl", "Inschrijving nieuwe patiënt: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, tel {PHONE}, BSN {BSN}."),
    (
        "nl",
        "De uitslag van het bloedonderzoek graag naar {EMAIL} sturen, niet per post. Patiëntnummer "
        "{CUSTOMER_NUMBER_PATIENT}.",
    ),
    # ---- pharmacy, herhaalrecepten
    ("nl", "Herhaalrecept {drug} voor {NAME_INITIALS}, geb.datum {DOB}, ophalen bij {org}."),
    (
        "nl",
        "Herhaalservice: u heeft {drug} besteld. Naam: {NAME_FULL}; geboortedatum: {DOB}; bezorgadres: {ADDRESS}.",
    ),
    ("nl", "Mevrouw belt namens haar moeder {NAME_FULL} (gebdat {DOB}), de {drug} is op. Terugbelnr. {PHONE}."),
    ("nl", "Bezorging medicatie aan {ADDRESS}, {POSTCODE}, bel aan bij de buren als {NAME_FIRST} niet opendoet."),
    # ---- dentist
    ("nl", "Tandarts: nota {ref} van {amount} is geïncasseerd van {IBAN}. Patiënt {NAME_FULL}."),
    ("nl", "Afspraak mondhygiënist verzet naar {date} {time}. Bevestiging gestuurd naar {EMAIL_UPPER}."),
    # ---- pension funds, annuities
    (
        "nl",
        "Deelnemer {CUSTOMER_NUMBER_PENSION}: {NAME_REGISTER}, geboortedatum {DOB}, BSN {BSN}.",
    ),
    ("nl", "Mijn pensioen moet voortaan op {IBAN} worden gestort, het oude nummer is opgeheven. {NAME_FULL}"),
    ("nl", "Gesprek {time}: deelnemer noemt BSN {BSN_SPOKEN}, wil pensioen eerder laten ingaan, per {date}."),
    ("nl", "Lijfrente-uitkering {amount} per maand naar {IBAN_SPOKEN}, zei de klant aan de telefoon."),
    (
        "nl",
        "Nabestaandenpensioen aangevraagd door {NAME_MARRIED}, weduwe van {NAME_FULL}, deelnemersnr "
        "{CUSTOMER_NUMBER_PENSION}.",
    ),
    ("nl", "Uw pensioenoverzicht is verstuurd naar {ADDRESS_UPPER}\n{POSTCODE} {city}\nKenmerk: {ref}"),
    # ---- CRM shorthand
    ("nl", "klt {NAME_SURNAME} gebeld, vm, tel {PHONE}, adr {ADDRESS} {POSTCODE}, gebdat {DOB}, tb morgen"),
    ("nl", "ivm verhuizing nw adr: {ADDRESS}, {POSTCODE}; oud adr blijft tot {date}. Kl.nr {CUSTOMER_NUMBER}."),
    ("nl", "klt wil wijziging rek.nr naar {IBAN}, legitimatie ok (BSN {BSN}), gebdat {DOB}"),
    ("nl", "Terugbelverzoek: {NAME_LOWER} / {PHONE} / onderwerp: {damage} / voorkeur na {time}"),
    ("nl", "klant spelt mailadres: {EMAIL_SPOKEN}. Bevestiging daarheen gestuurd."),
    ("nl", "Klantnummer {CUSTOMER_NUMBER_SPOKEN}, zegt beller, daarna {NAME_FULL} als naam opgegeven."),
]
