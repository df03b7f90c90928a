"""Dutch, Flemish, Papiamento- and Turkish-coloured templates of test_v72: car rental, mortgage advisers, home
care, debt counselling, lotteries, shared e-scooters, concert tickets, newspapers, waste passes and window
cleaners, in Slack Connect threads, Salesforce case comments, hands-free car calls, typed-over letters, translated
chats, WhatsApp Business orders, Excel exports and voice-assistant skill logs."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- car rental (Salesforce case comments with field history)
    ("nl", "Casecommentaar: huurder {NAME_FULL} meldt krassen op {PLATE}, foto's volgen via {EMAIL}."),
    ("nl", "Veldgeschiedenis | Contactpersoon gewijzigd van {NAME_FULL} naar {NAME_FULL} | door {bot}"),
    ("nl", "Veldgeschiedenis | Telefoon: oud '{PHONE}' → nieuw '{PHONE}' | Case {ref}"),
    ("nl", "Huurovereenkomst {CUSTOMER_NUMBER_CONTRACT}, bestuurder {NAME_INITIALS}, geb. {DOB}, kenteken {PLATE}."),
    ("nl", "De borg van {amount} is vrijgegeven op creditcard {CARD}; huurder: {NAME_CAPS}."),
    ("nl", "Flitsboete uit België voor {PLATE_ABROAD}, wij geven als bestuurder door: {NAME_FULL}, {ADDRESS}."),
    ("nl", "Handsfree-gesprek: 'ja hallo met {NAME_FIRST} [onverstaanbaar] ik sta met de huurauto {PLATE} stil'"),
    # ---- mortgage advisers (Slack Connect threads)
    ("nl", "#klant-hypotheek (Slack Connect) {NAME_NICK}: hierbij de loonstrook, mijn BSN is {BSN}."),
    ("nl", "Slack Connect | adviseur: kun je het IBAN voor de bouwdepot-uitbetaling sturen? | klant: {IBAN_NL}"),
    ("nl", "Thread: offerte {ref} voor {NAME_FULL} en {NAME_FULL}, woning {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Leningnummer {CUSTOMER_NUMBER_LOAN} op naam van {NAME_DOUBLE}; oversluiten per {date}."),
    ("nl", "Aanvrager 1: {NAME_FULL}, geboren {DOB}; aanvrager 2: {NAME_FULL}, geboren {DOB}."),
    ("nl", "Taxatie gepland op {ADDRESS} op {weekday} {time}; bij vragen bel {NAME_FIRST} op {PHONE}."),
    ("nl", "{NAME_NICK} in Slack: 'mijn nieuwe adres wordt {ADDRESS}, {POSTCODE}, sleutel per {date}'"),
    # ---- home care (thuiszorg)
    ("nl", "Zorgplan cliënt {NAME_FULL} (BSN {BSN}), adres {ADDRESS}, sleutelkluis naast de voordeur."),
    ("nl", "Wijkverpleging: mevrouw {NAME_SURNAME}, geb. {DOB}, heeft hulp nodig bij het douchen op {weekday}."),
    ("nl", "Contactpersoon bij nood: dochter {NAME_FULL}, {PHONE}; huisarts is op de hoogte."),
    ("nl", "Overdracht avonddienst: dhr. {NAME_INITIALS} wilde niet eten, zoon belt morgen vanaf {PHONE_ABROAD}."),
    ("nl", "Eigen bijdrage Wmo wordt geïnd van {IBAN}; cliëntnummer zorgverzekeraar {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Brief overgetypt: 'Geachte, ik ben zeer ontevreden over de zorg voor mijn moeder {NAME_FULL}.'"),
    ("nl", "Brief overgetypt (slordig handschrift): 'afz. {NAME_CAPS}, {ADDRESS}, {POSTCODE} {town}'"),
    # ---- debt counselling
    ("nl", "Intake schuldhulp: {NAME_FULL}, BSN {BSN}, {count} schuldeisers, netto inkomen {amount}."),
    ("nl", "Budgetbeheer: vaste lasten gaan vanaf {IBAN_NL} t.n.v. {NAME_INITIALS}, leefgeld op {weekday}."),
    ("nl", "Casecommentaar: deurwaarder heeft beslag gelegd; klant {NAME_SURNAME} is bereikbaar op {PHONE}."),
    ("nl", "Dossier {ref} – schuldenaar {NAME_FULL}, geboortedatum {DOB}, woonachtig {ADDRESS}, {POSTCODE}."),
    ("nl", "Aflossingsvoorstel aan schuldeiser, klantnummer daar {CUSTOMER_NUMBER_CUSTOMER}, naam {NAME_LOWER}."),
    ("nl", "Merhaba, ik ben {NAME_FULL}, borç çok, ik heb hulp nodig, telefonum {PHONE}."),
    # ---- lotteries and prize draws
    ("nl", "Gefeliciteerd! Prijs van {amount} wordt overgemaakt naar {IBAN} van {NAME_FULL}."),
    ("nl", "Lotnummer {ref}, deelnemer {NAME_INITIALS}, deelnemersnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "Winnaar prijsvraag: {NAME_FIRST} uit {town} — we sturen de prijs naar {ADDRESS}, {POSTCODE}."),
    ("nl", "Opzegging Vriendenloterij, machtiging stoppen voor rekening {IBAN_NL}, geb.datum {DOB}."),
    ("nl", "Voice skill log: intent=CheckLot, slot.lotnummer={ref}, slot.naam={NAME_LOWER}"),
    ("nl", 'Voice skill log: intent=UpdatePhone slot.nummer="{PHONE_SPOKEN}" confidence=0.71'),
    # ---- shared e-scooters
    ("nl", "Rittenoverzicht: gebruiker {EMAIL}, {count} ritten, afgerekend met {CARD}."),
    ("nl", "Boete fout parkeren op {place}; account {NAME_FULL}, telefoon {PHONE}."),
    ("nl", "Rijbewijscheck mislukt: naam {NAME_CAPS}, geboortedatum {DOB} komt niet overeen."),
    (
        "nl",
        "Chat (auto-vertaald) | origineel: 'Mi nòmber ta {NAME_FULL}, mi tin un multa' | NL: 'Mijn naam is "
        "{NAME_AGAIN}, ik heb een boete'",
    ),
    ("nl", "Bon dia, mi ta {NAME_FIRST}, yama mi na {PHONE_ABROAD}, e scooter no ta kana."),
    # ---- concert tickets and resale
    ("nl", "Tickets op naam van {NAME_FULL} ({EMAIL}) voor {place}, {count} x staanplaats."),
    ("nl", "Doorverkoop: koper {NAME_NICK}, verkoper {NAME_FULL}, uitbetaling naar {IBAN}."),
    ("nl", "WhatsApp Business | catalogusbestelling: 2x Golden Circle | naam: {NAME_FULL} | tel: {PHONE}"),
    ("nl", "WhatsApp Business | bestelling {ref} | bezorgen op {ADDRESS}, {POSTCODE} | betaald: iDEAL"),
    ("nl", "Toegang geweigerd: legitimatie toonde {NAME_FULL}, geboren {DOB}, ticket stond op andere naam."),
    # ---- newspaper subscriptions
    ("nl", "Abonneenummer {CUSTOMER_NUMBER_SUBSCRIBER}: krant niet bezorgd op {ADDRESS}, {POSTCODE}."),
    ("nl", "Opzegging digitale krant door {NAME_FULL}, e-mail {EMAIL}, abonneenr. {CUSTOMER_NUMBER_SUBSCRIBER}."),
    ("nl", "Brief overgetypt: 'Al {count} weken geen krant! Met vriendelijke groet, {NAME_INITIALS}, {ADDRESS}'"),
    ("nl", "Vakantiestop voor {NAME_SURNAME}, abonnement {CUSTOMER_NUMBER_SUBSCRIBER}, van {date} tot {date}."),
    ("nl", 'Excel-export: "{NAME_FULL}";"{ADDRESS}";"{POSTCODE}";"{town}";"{CUSTOMER_NUMBER_SUBSCRIBER}"'),
    ("nl", 'Excel-export: {CUSTOMER_NUMBER_CUSTOMER};"{NAME_CAPS}";{PHONE};"{EMAIL}";{amount}'),
    # ---- municipal waste passes and bulky waste
    ("nl", "Aanvraag nieuwe afvalpas {CUSTOMER_NUMBER_WASTE} voor {ADDRESS}, {POSTCODE} {town}."),
    ("nl", "Grofvuil ophalen op {weekday}: bankstel en matras bij {NAME_FULL}, {ADDRESS}."),
    ("nl", "Milieupas kwijt, naam {NAME_FULL}, BSN {BSN}; oude pas {CUSTOMER_NUMBER_WASTE} blokkeren."),
    ("nl", "Handsfree in de auto: 'eh ja mijn postcode is {POSTCODE} [crosstalk] straat {ADDRESS}'"),
    ("nl", 'Excel-export grofvuil;"{NAME_LOWER}";"{ADDRESS}";{POSTCODE};{PHONE};"matras"'),
    # ---- window cleaners
    ("nl", "Glazenwasser komt {weekday} bij {NAME_FULL}, {ADDRESS}; sleutel ligt bij de buren."),
    ("nl", "Incasso glazenwassen {amount} per beurt van {IBAN}, klantnummer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("nl", "WhatsApp Business | {NAME_FIRST}: kunnen jullie ook de dakgoot doen? mijn nummer is {PHONE}"),
    ("nl", "Flemish klant: 'ik woon {ADDRESS_BE}, {POSTCODE_BE} {town}, bel me op {PHONE_ABROAD}'"),
    # ---- Flemish and mixed
    ("nl", "Goeiendag, ik ben {NAME_FULL} uit {POSTCODE_BE} {city}, mijn rijksregister staat op mijn kaart."),
    ("nl", "Hypotheek bij ons? Nee hoor, polisnummer opstal is {CUSTOMER_NUMBER_POLICY}, op naam van {NAME_FULL}."),
    ("nl", "Handsfree: 'mijn geboortedatum [onverstaanbaar] {DOB}, ja, en mijn e-mail is {EMAIL_SPOKEN}'"),
    ("nl", "Handsfree: 'BSN is {BSN_SPOKEN} [ruis] heeft u dat?'"),
    ("nl", "Kiri, mi ta {NAME_FULL}, mi adrès ta {ADDRESS}, {POSTCODE} {city}. Danki!"),
    ("nl", "Abi, ik ben {NAME_FIRST}, kenteken {PLATE}, scooter staat bij de deur, tamam?"),
    ("nl", "Autoverzekering: polis {CUSTOMER_NUMBER_POLICY}, kenteken {PLATE}, verzekerde {NAME_FULL}."),
    ("nl", "Salesforce | Case Owner: {bot} | Contact: {NAME_FULL} | Mobiel: {PHONE} | Status: Escalated"),
    ("nl", "Huurauto ingeleverd door {NAME_DOUBLE}, rekening naar {EMAIL}, kaart {CARD}."),
    ("nl", "Thuiszorg kaartje overgetypt: 'Lieve zusters, dank! {NAME_FULL}, {ADDRESS}'"),
    ("nl", "Vervangende chauffeur huurbus: {NAME_FULL}, rijbewijs gecheckt, geboren {DOB}, tel {PHONE}."),
    ("nl", "Schuldhulp: nieuw adres cliënt {ADDRESS}, {POSTCODE} {city}, contract {CUSTOMER_NUMBER_CONTRACT}."),
]
