"""Dutch, Flemish, Limburgish- and Groningen-coloured templates of test_v89: cycle tours abroad, camper rental,
hearing tests, cat hotels, piercing studios, ski passes, bookkeeping software, lunch subscriptions, locksmiths and
wedding decorations, in LiveAgent tickets, Rocket.Chat, IVR logs, tab-separated exports, phone e-mails, lawyers'
letters, temp workers' call notes and spelled-out names."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- cycle tours abroad
    (
        "nl",
        "LiveAgent ticket #{count}{count} — Van: {NAME_FULL} <{EMAIL}> — Onderwerp: fietsreis Donau, fiets te klein",
    ),
    ("nl", "Deelnemer fietsreis Moezel: {NAME_CAPS}, geb. {DOB}, noodnummer thuisblijver {PHONE}."),
    (
        "nl",
        "Aanbetaling fietsvakantie ontvangen van {IBAN_NL}, t.n.v. {NAME_INITIALS}, boekingsnummer "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", "Hoi, ik zit met de e-bike in Passau en de accu is leeg, bel me op {PHONE_ABROAD}. Groetjes {NAME_FIRST}"),
    ("nl", '"Boeking"\t"{NAME_FULL}"\t"{EMAIL}"\t"{PHONE}"\t"{POSTCODE}"\t"Fietsreis Loire"'),
    # ---- camper rental
    ("nl", "Camper {PLATE} is opgehaald door {NAME_FULL}, rijbewijs gecontroleerd, borg {amount} op kaart {CARD}."),
    ("nl", "Huurcontract {CUSTOMER_NUMBER_CONTRACT}: huurder {NAME_SURNAME}, woonachtig {ADDRESS}, {POSTCODE} {city}."),
    (
        "nl",
        "Verstuurd vanaf mijn iPhone: de camper met kenteken {PLATE} heeft een deuk, ik ben {NAME_FIRST} van "
        "de boeking",
    ),
    ("nl", "Flitsboete uit Oostenrijk voor camper {PLATE_ABROAD}; bestuurder was {NAME_FULL}, geboren {DOB}."),
    (
        "nl",
        "Ik heb de camper gister terug gebracht maar de borg is nog niet terug op mijn rekening {IBAN}, grt "
        "{NAME_LOWER}",
    ),
    # ---- hearing tests for truck drivers
    ("nl", "Aanmelding hoortest chauffeur: {NAME_FULL}, BSN {BSN}, geboortedatum {DOB}, werkgever {firm}."),
    (
        "nl",
        "Belnotitie uitzendkracht: meneer {NAME_SURNAME} belde, hoortest verzetten, terugbellen op {PHONE} na {time}.",
    ),
    (
        "nl",
        "Uitslag audiogram van {NAME_INITIALS} (geb. {DOB}) is naar het CBR gestuurd, dossier "
        "{CUSTOMER_NUMBER_CUSTOMER}.",
    ),
    ("nl", 'IVR-log {time}: keuze 2 (hoortest) | beller zegt BSN: "{BSN_SPOKEN}" | doorverbonden met balie'),
    ("nl", "Hai, ik bin {NAME_FULL} oet Stad, mot hoortest doun veur mien riebewies, bel mie even op {PHONE}."),
    ("nl", "Chauffeur {NAME_FULL} rijdt in vrachtwagen {PLATE}; hoortest verlopen, nieuwe afspraak {weekday}."),
    # ---- cat hotels
    ("nl", "Kattenhotel: poes Minoes van {NAME_FULL} logeert van {date} tot {date}, baasje bereikbaar op {PHONE}."),
    ("nl", "Rocket.Chat #reserveringen — {NAME_NICK}: kan mijn kater ook een week langer blijven?"),
    ("nl", "Inchecken kattenhotel, eigenaar {NAME_CAPS}, adres {ADDRESS}, noodcontact {PHONE_ABROAD}."),
    ("nl", "Ich bin {NAME_FIRST} oet Mestreech, mien katte kump zaoterdag, mien nummer is {PHONE}."),
    ("nl", "Betaling verblijf kat via {IBAN_NL} van {NAME_FULL} ontvangen, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- piercing studios
    ("nl", "Toestemmingsformulier piercing: klant {NAME_FULL}, geboortedatum {DOB}, ID gecontroleerd."),
    ("nl", "Minderjarige klant {NAME_FIRST} ({DOB}), toestemming ouder {NAME_FULL}, telefoon {PHONE}."),
    ("nl", "Mijn navelpiercing is ontstoken, kunnen jullie me terugmailen op {EMAIL}? {NAME_FIRST}"),
    ("nl", '"Klant"\t"{NAME_LOWER}"\t"{DOB}"\t"{PHONE}"\t"oorpiercing helix"\t"{amount}"'),
    # ---- ski passes in Austria
    ("nl", "Skipas Ischgl 6 dagen voor {NAME_FULL}, geboren {DOB} (jeugdtarief), ophalen bij kassa {count}."),
    ("nl", "Skipas kwijt! Geregistreerd op {NAME_SURNAME}, betaald met {CARD}, bel me op {PHONE_ABROAD}."),
    ("nl", "LiveAgent ticket: {NAME_FULL} vraagt restitutie skipas, rekening {IBAN}, woonplaats {POSTCODE} {town}."),
    ("nl", "Auto met kenteken {PLATE} staat op parkeerplaats P3 bij de lift, eigenaar {NAME_INITIALS}."),
    # ---- bookkeeping software
    (
        "nl",
        "Abonnement boekhoudpakket opgezegd door {NAME_FULL}, contractnummer {CUSTOMER_NUMBER_CONTRACT}, per {date}.",
    ),
    ("nl", "Factuur boekhoudsoftware wordt geïncasseerd van {IBAN} t.n.v. {NAME_CAPS}."),
    ("nl", "Zzp'er {NAME_FULL}, BSN {BSN}, wil zijn btw-aangifte koppelen; mail {EMAIL}."),
    (
        "nl",
        "Mijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER}, de koppeling met de bank werkt niet meer. Mvg {NAME_INITIALS}",
    ),
    ("nl", "Rocket.Chat DM van {NAME_NICK}: mijn inlog werkt niet, mailadres {EMAIL}"),
    # ---- kindergarten lunch subscriptions
    (
        "nl",
        "Lunchabonnement kinderopvang: kind {NAME_FIRST}, geboren {DOB}, ouder {NAME_FULL}, lidnummer "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Incasso lunchabonnement van {IBAN_NL}, machtiging getekend door {NAME_FULL}, {ADDRESS}."),
    ("nl", "Hoi! Mijn dochter heeft een notenallergie, wilt u dat noteren? Groetjes {NAME_FULL}, {PHONE}"),
    (
        "nl",
        "Vanaf {date} gaat {NAME_FIRST} op {weekday} naar de opvang, lunch graag vegetarisch. Lid "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("nl", "Ik heb per ongeluk 2 keer betaald, mijn e-mail is {EMAIL_SPOKEN} zegt u, klopt dat? (notitie invalkracht)"),
    # ---- locksmith emergency calls
    (
        "nl",
        "Nachtdienst slotenmaker {time}: {NAME_FULL} buitengesloten op {ADDRESS}, {POSTCODE} {city}, terugbel {PHONE}.",
    ),
    ("nl", 'IVR spoedlijn: beller noemt adres "{ADDRESS}" en postcode "{POSTCODE}", nummer "{PHONE_SPOKEN}".'),
    ("nl", "Slotenmaker ter plaatse bij {NAME_SURNAME}, pin betaald met {CARD}, bedrag {amount}."),
    ("nl", "Notitie uitzendkracht: mevrouw spelde haar naam als {NAME_SPELLED}, woont {ADDRESS}."),
    ("nl", 'Beller spelt achternaam: "{NAME_SPELLED}", geboortedatum "{DOB}", polis {CUSTOMER_NUMBER_POLICY}.'),
    ("nl", "Inbraakschade doorgeven aan verzekeraar, polisnummer {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}."),
    (
        "nl",
        "Sleutel afgebroken in het slot, ik sta voor de deur op {ADDRESS} in Groningen. Graag snel, "
        "{NAME_FIRST} {PHONE}",
    ),
    # ---- wedding decorations
    ("nl", "Huur trouwdecoratie (boog + 40 stoelhoezen): bruidspaar {NAME_FULL} en {NAME_FULL}, trouwdatum {date}."),
    ("nl", "Borg decoratieverhuur terugstorten naar {IBAN} t.n.v. {NAME_INITIALS}."),
    ("nl", "Afleveradres decoratie: {ADDRESS}, {POSTCODE}; contactpersoon {NAME_FULL}, {PHONE}."),
    (
        "nl",
        "Verstuurd vanaf mijn Samsung: de bloemenboog moet naar de zaal, bel mijn vriend {NAME_FIRST} op {PHONE} ok",
    ),
    # ---- lawyers' letters
    ("nl", 'Namens mijn cliënt, {NAME_FULL}, wonende te {ADDRESS}, citeer ik zijn brief: "Ik heb nooit getekend."'),
    ("nl", 'Cliënte {NAME_INITIALS}, geboren {DOB}, BSN {BSN}, schreef u op {date}: "Het slot was niet vervangen."'),
    ("nl", 'Mijn cliënt schreef: "Mijn klantnummer is {CUSTOMER_NUMBER_CUSTOMER} en ik heb al betaald van {IBAN_NL}."'),
    ("nl", "Advocatenkantoor {firm} i.z. {NAME_CAPS} / {firm}, uw kenmerk {ref}, correspondentieadres {ADDRESS}."),
    # ---- misc
    ("nl", "Zeg, mien naam is {NAME_FULL}, ik woon an de {ADDRESS}, {POSTCODE} Appingedam, en mien BSN is {BSN}."),
    (
        "nl",
        "Nieuwe lidmaatschapskaart voor {NAME_FULL}, lidnummer {CUSTOMER_NUMBER_MEMBER}, verzenden naar {POSTCODE}.",
    ),
    ("nl", "Kaartnummer {CARD} is geweigerd bij de campingbetaling, houder {NAME_SURNAME}."),
    ("nl", "Wie ben ik: {NAME_LOWER}, mail {EMAIL}, tel {PHONE_ABROAD}; boeking {ref}."),
    ("nl", "De camper van {NAME_FULL} (kenteken {PLATE}) is {date} gesignaleerd in Tirol."),
    ("nl", "Mijn BSN is {BSN_SPOKEN}, dat vroeg de assistent. Geboren op {DOB}."),
]
