"""Dutch and Flemish templates of test_v106 (Veluwe, Rotterdam, Kortrijk): grave upkeep, kite lessons, vegetable
boxes, church hearing loops, e-scooter fines, clock repairs, adult swimming, boarding kennels, storm roofs and
student loans, in ServiceNow notes, OCR'd iMessages, IVR logs, care worker forms, appeals, dictations, mail merges
and receipts."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- cemetery plot maintenance
    ("nl", "Grafonderhoud {code}: rechthebbende {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, termijn 10 jaar."),
    ("nl", "De jaarlijkse bijdrage voor het grafrecht wordt geïncasseerd van {IBAN_NL} t.n.v. {NAME_INITIALS}."),
    (
        "nl",
        "Verlenging grafrecht aangevraagd door {NAME_TITLED}, geboren {DOB}, contractnr. {CUSTOMER_NUMBER_CONTRACT}.",
    ),
    (
        "nl",
        "Formulier ingevuld door wijkverpleging namens cliënt {NAME_CAPS} (geb. {DOB}); contactpersoon zoon, "
        "tel. {PHONE}.",
    ),
    ("nl", "Wie heeft dat graf van ons moeder zo mooi gedaan? Bel mij effe op {PHONE}, groetjes {NAME_FIRST}"),
    # ---- kite surfing lessons
    ("nl", "Kiteles geboekt: {NAME_FULL}, e-mail {EMAIL}, {count} lessen op de Brouwersdam, betaald met {CARD}."),
    ("nl", "Deelnemer {NAME_FIRST} {NAME_SURNAME}, geboortedatum {DOB}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Jonguh, ik kom morgen wel ff met de scooter, mijn nummer is {PHONE}. Groetjes uit Crooswijk, {NAME_FIRST}"),
    ("nl", "Bus met kite-spullen op de parkeerplaats: kenteken {PLATE}, eigenaar {NAME_LOWER}."),
    (
        "nl",
        "[iMessage, OCR] 14:02 ◀ {NAME_FIRST}\nHee is de les van zaterdag nog door? kun je me mailen op {EMAIL}\n"
        "Gelezen 14:05",
    ),
    # ---- organic vegetable boxes
    ("nl", "Groentepakket-abonnement {CUSTOMER_NUMBER_CONTRACT}: afleveradres {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Opzegging groentetas per {date}; het tegoed graag terugstorten op {IBAN} t.n.v. {NAME_FULL}."),
    (
        "nl",
        "Klantnummer {CUSTOMER_NUMBER_CUSTOMER} – de kist stond gister weer bij de buren op nummer 14. {NAME_TITLED}",
    ),
    ("nl", "Wiej hebt de kist nie gehad, ku'j even belle naor {PHONE}? Groet {NAME_FULL} uut {town}"),
    ("nl", "Nieuwe klant: {NAME_CAPS}\nAdres: {ADDRESS}\nPostcode: {POSTCODE}\nE-mail: {EMAIL}"),
    # ---- hearing loop installations in churches
    (
        "nl",
        "INC0041287 | Caller: {NAME_FULL} | Contact: {PHONE} | Short description: ringleiding kerkzaal bromt | "
        "State: New",
    ),
    ("nl", "Work notes (ServiceNow): koster {NAME_TITLED} belde vanaf {PHONE}, versterker PDR-2 vervangen."),
    ("nl", "Offerte ringleiding voor de kerkenraad, t.a.v. scriba {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "De factuur van de hoorlus kan naar de penningmeester: {EMAIL_SPOKEN}, zei meneer aan de telefoon."),
    ("nl", "Additional comments: contactpersoon kerk is {NAME_FULL}, mail {EMAIL}, bereikbaar na {time}."),
    # ---- e-scooter rental fines (appeal letter)
    (
        "nl",
        "Bezwaarschrift. Ondergetekende, {NAME_FULL}, wonende te {ADDRESS}, {POSTCODE} {city}, maakt bezwaar "
        "tegen de boete van {amount}.",
    ),
    (
        "nl",
        "Geachte heer/mevrouw, mijn klantnummer bij de stepverhuurder is {CUSTOMER_NUMBER_CUSTOMER} "
        "en ik was die dag niet in Rotterdam.",
    ),
    ("nl", "Ik verzoek u de boete terug te storten op rekening {IBAN_NL}. Hoogachtend, {NAME_INITIALS}"),
    (
        "nl",
        "Gebruiker {NAME_FULL} (geb. {DOB}) heeft de e-step achtergelaten op de stoep; BSN {BSN} voor de CJIB-melding.",
    ),
    ("nl", "Da was mijn step nie, ik zat in Kortrijk. Belt mij op {PHONE_BE}, {NAME_FIRST} {NAME_SURNAME}"),
    # ---- antique clock repairs
    ("nl", "Reparatiebon klok: eigenaar {NAME_TITLED}, tel. {PHONE}, Comtoise uurwerk, ophalen na {date}."),
    ("nl", "Goeiendag, 'k zoe mijn pendule were komen haln. Mijn GSM: {PHONE_BE}. {NAME_FULL}, {POSTCODE_BE} Kortrijk"),
    ("nl", "Staartklok opgehaald bij {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} {town}; aanbetaling met kaart {CARD}."),
    ("nl", "Klant {NAME_LOWER} wil een offerte per mail: {EMAIL}."),
    # ---- adult swimming lessons
    ("nl", "Aanmelding zwemles volwassenen: {NAME_FULL}, geboren {DOB}, tel. {PHONE}, e-mail {EMAIL}."),
    ("nl", "Lesgeld {amount} wordt maandelijks afgeschreven van {IBAN} (rekeninghouder {NAME_FULL})."),
    ("nl", "Zwemmer {NAME_FIRST} heeft pasnummer {CUSTOMER_NUMBER_MEMBER}; de pas is kwijt sinds {weekday}."),
    ("nl", "Mijn moeder ({NAME_TITLED}, {DOB}) wil toch leren zwemmen, haar adres is {ADDRESS}."),
    # ---- boarding kennels
    ("nl", "Reservering dierenpension: baasje {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}, kennel 8, {count} nachten."),
    ("nl", "Noodnummer tijdens de vakantie: {PHONE_BE} ({NAME_FIRST}, buurvrouw)."),
    ("nl", "De hond wordt gebracht met de auto {PLATE}, door {NAME_SURNAME}."),
    ("nl", "[iMessage, OCR] ◀ {NAME_FULL}\nis Bobbie al opgehaald?? m'n nummer is {PHONE}\nAfgeleverd"),
    # ---- roof tile replacement after storms
    ("nl", "Stormschade dak: verzekerde {NAME_FULL}, polisnummer {CUSTOMER_NUMBER_POLICY}, adres {ADDRESS}."),
    (
        "nl",
        "dicteer: dak bij {NAME_SURNAME} punt drie pannen kapot komma nokvorst los punt bus {PLATE} staat voor de deur "
        "punt bellen naar {PHONE_SPOKEN}",
    ),
    ("nl", "Notitie monteur (ingesproken): klant {NAME_FULL} wil foto's op {EMAIL_SPOKEN}, postcode {POSTCODE}."),
    ("nl", "Schademelding {CUSTOMER_NUMBER_POLICY} ingediend door {NAME_INITIALS}, rekening voor uitkering {IBAN}."),
    ("nl", "Ge moet de pannen leggen bij {NAME_TITLED}, {ADDRESS}, {POSTCODE_BE} {town}, ze is thuis na {time}."),
    # ---- student loan repayment plans
    ("nl", "Aflosplan studieschuld: {NAME_FULL}, BSN {BSN}, maandbedrag {amount}, incasso van {IBAN_NL}."),
    (
        "nl",
        "Uw draagkrachtberekening is ontvangen, {NAME_TITLED}. Relatienummer "
        "{CUSTOMER_NUMBER_CUSTOMER}, geboren {DOB}.",
    ),
    ("nl", "Ik wil mijn aflossing pauzeren, mijn BSN is {BSN} en je kan me mailen op {EMAIL}."),
    # ---- IVR logs
    (
        "nl",
        "IVR-log 09:14:02 menu=hoofdmenu DTMF=2\n09:14:09 prompt=bsn DTMF={BSN_DTMF} #\n09:14:20 doorverbonden naar "
        "team aflossen",
    ),
    ("nl", "IVR 11:02:40 invoer klantnummer DTMF={CUSTOMER_NUMBER_DTMF} # → herkend, beller {NAME_FULL}"),
    ("nl", "IVR-terugbelverzoek: nummer ingetoetst {PHONE_DTMF}, wachtrij grafonderhoud, {time}."),
    ("nl", "Spraakherkenning IVR: 'mijn burgerservicenummer is {BSN_SPOKEN}' (betrouwbaarheid 0,82)."),
    # ---- mail merge gone wrong
    ("nl", "Beste «Aanhef» {NAME_SURNAME}, uw groentepakket wordt op «Bezorgdag» bezorgd op {ADDRESS}."),
    ("nl", "Geachte {NAME_TITLED}, «Klantnummer» ontbreekt; wij kennen u onder {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "Hallo <<Voornaam>>, wij hebben {NAME_FULL} als rekeninghouder van {IBAN} staan. «Handtekening»"),
    ("nl", "Beste «VOORNAAM» «ACHTERNAAM», geboren {DOB}, uw zwemles start {date}. Cc: {EMAIL}"),
    # ---- receipts
    (
        "nl",
        "KASSABON\nOdin Groentetassen Apeldoorn\n1x groentepakket klein € 14,95\nSpaarpas: {CUSTOMER_NUMBER_LOYALTY}\n"
        "Betaald PIN",
    ),
    ("nl", "BON 0047-221 · klant {NAME_CAPS} · Klantenkaart {CUSTOMER_NUMBER_LOYALTY} · punten +15"),
    (
        "nl",
        "Pinbetaling afgewezen, klant betaalde contant met kaart {CARD} later na. Loyaliteitsnr "
        "{CUSTOMER_NUMBER_LOYALTY}.",
    ),
    # ---- mixed Rotterdam / Veluwe
    ("nl", "Effe checken of je mijn nieuwe adres hebt: {ADDRESS}, {POSTCODE} Rotterdam. Groet {NAME_FULL}"),
    ("nl", "Ons vader {NAME_FULL} uut {town} is verhuusd, nieuw adres {ADDRESS}, {POSTCODE}."),
    ("nl", "Kenteken van de huurstep-bus: {PLATE_ABROAD}, chauffeur {NAME_FIRST}."),
]
