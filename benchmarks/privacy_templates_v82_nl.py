"""Dutch and Flemish templates of test_v82: organ donation, urn collection, glasshouse suppliers, security guards,
orthopaedic insoles, student rowing, lottery cancellations, stove installers, hospital interpreters and electric
boat rentals, in Front, WhatsApp Community, SMS threads, agent notes, claim forms, envelopes and hand-overs."""

from __future__ import annotations

NL: list[tuple[str, str]] = [
    # ---- organ donation registrations
    ("nl", "Registratie Donorregister: {NAME_FULL}, BSN {BSN}, geboren {DOB}, keuze: ja, ik wil donor zijn."),
    ("nl", "klant -> wil donorkeuze wijzigen -> BSN {BSN} -> geb. {DOB} -> doorgezet naar 2e lijn"),
    ("nl", "Mijn moeder {NAME_FULL} heeft registratienummer {CUSTOMER_NUMBER_DONOR}, kan ik haar keuze inzien?"),
    ("nl", "Front | Van: {NAME_HANDLE} <{EMAIL}> | Onderwerp: bevestiging donorregistratie niet ontvangen"),
    ("nl", "Afz.: {NAME_INITIALS}, {ADDRESS}, {POSTCODE} {town} — gescand formulier donorkeuze, handtekening ok"),
    # ---- crematorium urn collection
    ("nl", "SMS-draad gekopieerd:\nMe: De urn is klaar om op te halen.\nThem: Top, ik kom {weekday}. {NAME_FIRST}"),
    ("nl", "Urn van wijlen {NAME_FULL} (overleden {date}) wordt opgehaald door {NAME_FULL}, tel. {PHONE}."),
    ("nl", "Selam, ik ben {NAME_FULL}, mijn vader zijn as wij willen meenemen naar Turkije, nummer {PHONE_ABROAD}."),
    ("nl", "Bijzetting in urnenmuur, opdrachtgever {NAME_SURNAME}, {ADDRESS}, {POSTCODE} {city}, incasso {IBAN}."),
    ("nl", "@collega klant {NAME_FIRST} {NAME_SURNAME} belt over de knuffelurn, terugbellen op {PHONE} graag"),
    ("nl", "Afz.: fam. {NAME_SURNAME}\n{ADDRESS}\n{POSTCODE}  {town}\n(envelop met condoleancekaarten)"),
    # ---- glasshouse horticulture suppliers
    (
        "nl",
        "Front | {NAME_HANDLE}: de assimilatielampen voor kas 4 zijn niet geleverd, klantnr {CUSTOMER_NUMBER_CUSTOMER}",
    ),
    ("nl", "Kwekerij op {ADDRESS}, {POSTCODE} {town}; contactpersoon {NAME_FULL}, mobiel {PHONE}."),
    ("nl", "Raamcontract {CUSTOMER_NUMBER_CONTRACT} substraatmatten, betaling via {IBAN_NL}, t.n.v. {NAME_CAPS}."),
    ("nl", "agent -> teler {NAME_LOWER} -> heftruck {PLATE} staat verkeerd bij het laadperron"),
    ("nl", "Factuur voor de biologische bestrijding graag mailen naar {EMAIL}, groet {NAME_INITIALS}"),
    ("nl", "Chauffeur {NAME_FIRST} levert met bus {PLATE} tussen {time} en {time} aan de {ADDRESS}."),
    # ---- private security guards
    ("nl", "Dienstrooster beveiliging: {NAME_FULL} (pasnr {CUSTOMER_NUMBER_MEMBER}) post 2, {weekday} {time}."),
    ("nl", "Sollicitatie beveiliger: {NAME_FULL}, geb. {DOB}, BSN {BSN}, {ADDRESS}, {POSTCODE} {city}."),
    ("nl", "Incident {ref}: verdachte auto met kenteken {PLATE} bij poort 3, gemeld door {NAME_SURNAME}."),
    ("nl", "@collega beveiliger {NAME_FIRST} meldt zich ziek, vervanger bellen op {PHONE} a.u.b."),
    ("nl", "Salaris beveiliger {NAME_INITIALS} naar {IBAN}; loonheffing met BSN {BSN}."),
    # ---- orthopaedic insoles
    ("nl", "Patiënt {NAME_FULL}, patiëntnr {CUSTOMER_NUMBER_PATIENT}, geb. {DOB}: steunzolen maat 42 klaar."),
    ("nl", "Declaratie steunzolen, polis {CUSTOMER_NUMBER_POLICY}, verzekerde {NAME_FULL}, {amount}."),
    ("nl", "klant -> zolen knellen -> wil terugbetaling op {IBAN} -> naam {NAME_LOWER}"),
    ("nl", "Hallo, ik {NAME_FULL}, voeten pijn, afspraak podotherapeut kan? Mijn telefoon {PHONE}, dank u."),
    ("nl", "Zooltje: Wat is je e-mailadres?\nKlant: {EMAIL_SPOKEN}\nZooltje: Dank je!"),
    ("nl", "Verwijzing huisarts voor {NAME_CAPS}, geboren {DOB}, adres {ADDRESS}, {POSTCODE} {town}."),
    # ---- student rowing clubs
    ("nl", "WhatsApp Community Roeivereniging: welkom aan nieuwe leden {NAME_FULL} en {NAME_FULL}!"),
    ("nl", "Contributie {amount} wordt geïncasseerd van {IBAN}, lidnummer {CUSTOMER_NUMBER_MEMBER}."),
    ("nl", "WhatsApp Community: wie heeft de sleutel van de botenloods? App {NAME_FIRST} even op {PHONE}."),
    ("nl", "Inschrijving ontgroening: {NAME_FULL}, geboren {DOB}, studentmail {EMAIL}."),
    ("nl", "Trailer met de acht, kenteken {PLATE}, wordt {weekday} gereden door {NAME_FULL}."),
    ("nl", "~ {NAME_HANDLE}: ik heb de skiff C1x beschadigd, ik betaal de reparatie via {IBAN_NL}"),
    # ---- lottery subscription cancellations
    ("nl", "Opzegging loterij-abonnement {CUSTOMER_NUMBER_MEMBER}, op naam van {NAME_FULL}, {POSTCODE}."),
    ("nl", "Ik wil stoppen met meespelen. Ik ben {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, geb. {DOB}."),
    ("nl", "Schadeformulier (geplakt): Naam: ____{NAME_FULL}____ Rekening: ____{IBAN}____ Datum: {date}"),
    ("nl", "Lotje: Wat is je postcode en huisnummer?\nKlant: {POSTCODE} {count}\nLotje: Ik zoek het op."),
    (
        "nl",
        "Mijn vader {NAME_INITIALS} is dement, hij speelt mee met klantnummer {CUSTOMER_NUMBER_CUSTOMER}, stoppen aub.",
    ),
    ("nl", "klant -> wil geen afschrijving meer van {IBAN} -> bevestiging naar {EMAIL}"),
    ("nl", "Abonnement loterij betaald met creditcard {CARD}, graag stopzetten per {date}."),
    # ---- chimney and stove installers
    ("nl", "Offerte houtkachel voor {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; rookkanaal Ø150 mm."),
    ("nl", "Werkbon schoorsteenveger: {NAME_SURNAME}, {ADDRESS}, tel {PHONE}, veegcertificaat meegegeven."),
    ("nl", "Aanbetaling pelletkachel {amount} met creditcard {CARD}, klant {NAME_FULL}."),
    ("nl", "SMS-draad:\nThem: Monteur staat voor de deur\nMe: Kom eraan! Bel anders {PHONE}\n- {NAME_FIRST}"),
    ("nl", "@collega montage bij {NAME_FULL} verschoven, zijn nieuwe adres is {ADDRESS}, {POSTCODE}."),
    ("nl", "Garantie op de Dovre loopt via contract {CUSTOMER_NUMBER_CONTRACT}, eigenaar {NAME_INITIALS}."),
    # ---- hospital interpreters
    ("nl", "Salaam, mijn naam {NAME_FULL}, mijn moeder heeft tolk Dari nodig, zij geboren {DOB}, afspraak {date}."),
    ("nl", "Tolkaanvraag: patiënt {NAME_FULL}, patiëntnummer {CUSTOMER_NUMBER_PATIENT}, taal Pashto, {time}."),
    ("nl", "Tolk {NAME_FULL} (Turks) is bereikbaar op {PHONE}, factuur naar {EMAIL}."),
    ("nl", "Declaratie tolk, BSN patiënt {BSN}, verzekeringspolis {CUSTOMER_NUMBER_POLICY}."),
    ("nl", "Broer van patiënt belt: ik ben {NAME_FIRST}, mijn nummer is {PHONE_SPOKEN}, ik kan ook tolken."),
    ("nl", "Afghaanse klant: ik woon {ADDRESS}, {POSTCODE}, mijn zoon {NAME_FIRST} is geboren {DOB}."),
    ("nl", "Abi, mijn e-mail is {EMAIL_SPOKEN}, stuur aub de bevestiging voor tolk."),
    # ---- electric boat rentals
    ("nl", "Boeking fluisterboot {ref}: huurder {NAME_FULL}, borg via creditcard {CARD}, {date} {time}."),
    ("nl", "Front | {NAME_HANDLE}: wij staan bij steiger 3, maar de boot is leeg. Bel {PHONE_ABROAD}"),
    ("nl", "Huurder {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}; auto {PLATE} op de parkeerplaats bij de haven."),
    ("nl", "Borg van {amount} terug naar {IBAN}, t.n.v. {NAME_CAPS}, boeking {ref}."),
    ("nl", "Schadeformulier boot: Naam huurder: ___{NAME_FULL}___ Geboortedatum: ___{DOB}___ Tel: ___{PHONE}___"),
    ("nl", "Vlaamse klant {NAME_FULL} uit {city}, gsm {PHONE_ABROAD}, auto {PLATE_ABROAD}, vraagt om parkeerplek."),
    # ---- mixed channels
    ("nl", "WhatsApp Community Tuinders: {NAME_FULL} verkoopt zijn kas, interesse? Mail {EMAIL}"),
    ("nl", "Envelop gescand — Afz.: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}. Inhoud: opzegging."),
    ("nl", "Klant spelt: 'mijn mail is {EMAIL_SPOKEN}', graag controleren."),
    ("nl", "klant -> BSN {BSN} doorgegeven -> niet opslaan -> ticket {ref}"),
    ("nl", "Overdracht @collega: {NAME_FULL}, klantnr {CUSTOMER_NUMBER_CUSTOMER}, wacht op terugbelverzoek {PHONE}."),
    ("nl", "Geboren op {DOB} en toch te jong volgens jullie formulier? Groet, {NAME_FIRST} {NAME_SURNAME}"),
    ("nl", "Kenteken {PLATE}, klant {NAME_FULL}, parkeerboete bij het crematorium, bezwaar ingediend."),
    ("nl", "Duitse huurder met kenteken {PLATE_ABROAD} en IBAN {IBAN} wil de borg terug."),
    ("nl", "Polisnummer {CUSTOMER_NUMBER_POLICY}; verzekerde {NAME_FULL}; postcode {POSTCODE}; schade aan kachel."),
    ("nl", "Merhaba, ik ben {NAME_FULL}, mijn kaart {CARD} is twee keer afgeschreven voor loterij."),
    ("nl", "Me: wat is uw geboortedatum?\nThem: {DOB}\nMe: en uw postcode?\nThem: {POSTCODE}"),
]
