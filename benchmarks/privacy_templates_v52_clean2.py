"""Sentences of test_v52 without personal data (part 2): payroll and HR, temp agencies, business travel, lease
cars, office supplies; Zendesk macros with unfilled placeholders, Jira comments with team handles, company
signatures, invoices and CSV rows without people in them, and English messages."""

from __future__ import annotations

import benchmarks.privacy_templates_v52_words  # noqa: F401  (registers CLEAN_FILLERS["test_v52"])

CLEAN2: list[str] = [
    # ---- payroll and HR
    "Loonstroken over {period} staan klaar in {payroll}.",
    "Loonheffing tabel wit, uurloon {amount}, vakantiegeld 8%, pensioenpremie volgens de cao.",
    "Verzuimmelding doorgegeven aan {arbo}; eerste contact binnen {count} werkdagen.",
    "Het wettelijk minimumloon per {date}: {amount} per uur.",
    "{role} verwerkt wijzigingen tot de 20e van de maand.",
    "Poortwachtergesprek gepland op {date} om {time} op kantoor in {city}.",
    "Export {payroll}: {count} medewerkers, totaal bruto {amount}, periode {period}.",
    "Nieuwe cao horeca: de lonen stijgen per {date} met 3,5%.",
    "Het spreekuur van {arbo} valt voortaan op {weekday} van {time} tot {time}.",
    "LOONSTROOK {period}\nUren       152,00\nUurloon    {amount}\nBruto      {amount}\nLoonheffing  {amount}",
    # ---- temp agencies and applications
    "Vacature orderpicker {city}: start {date}, {amount} per uur, ploegendienst.",
    "{agency} zoekt {count} bezorgers voor {shop}.",
    "Sollicitatiegesprekken in week 9 bij {agency} in {city}; aanmelden via {url}.",
    "Open sollicitaties graag naar {mailbox}, niet via LinkedIn.",
    "Functie: {job}, 32-40 uur, salarisindicatie {amount} bruto per maand.",
    "De vestiging van {agency} op {biz_address} sluit op {weekday} om {time}.",
    # ---- business travel
    "Vlucht KL1275 naar Warschau vertrekt om {time}; inchecken via de app van {travel}.",
    "Hotel vlak bij {place} geboekt van {date} tot {date}.",
    "Reisbeleid: vanaf {count} uur reistijd mag business class.",
    "IC 3534 naar Maastricht rijdt vandaag niet verder dan Sittard.",
    "De groepsreservering voor {count} personen bij {travel} staat onder {ticket}.",
    # ---- company car lease
    "Onderhoud van leaseauto's van {lease} kan bij elke merkdealer in {city}.",
    "Bijtelling 2026: 22% voor brandstofauto's, 17% voor elektrisch tot 30.000 euro.",
    "Schadeformulier ingestuurd bij {lease}, referentie {ticket}.",
    "Laadpas van {lease} werkt niet bij de snelladers op de A7 bij Hoorn.",
    "Ruitschade? Bel de schadelijn van {lease}: {company_phone}.",
    # ---- office supplies and printing
    "Bestelling {sku} bij {office} wordt op {weekday} geleverd op {biz_address}.",
    "500 visitekaartjes bij {office} kosten {amount}, levertijd {count} dagen.",
    "Drukproef goedgekeurd om {time}; de flyers voor {shop} gaan morgen de pers in.",
    "Retour {sku}: verkeerde kleur geleverd, order {order}.",
    # ---- Zendesk macros with unfilled placeholders, Jira with team handles
    "Beste {{ticket.requester.first_name}}, bedankt voor je vraag over de {terminal}. Groet, {{current_user.name}}",
    "Macro 'Uitbetaling vertraagd' toegepast op {ticket}; placeholders niet ingevuld, klant nog niet gemaild.",
    "{ticket}: fix voor dubbele uitbetalingen staat op acceptatie, deploy om {time}. cc @team-payments",
    "[~team-payroll] export {period} faalde op regel 18, kolom 'iban' leeg.",
    "@support-nl graag de macro voor chargebacks bijwerken met reason code {reason}.",
    "Jira {ticket} gesloten: de {terminal} gaf foutcode 1012 door een verlopen certificaat.",
    # ---- company signatures, invoices and CSV rows without people
    "Team Klantenservice {psp}\n{biz_address}, {biz_postcode} {city}\nT {company_phone} | {mailbox}",
    "Met vriendelijke groet,\nAfdeling Debiteuren\n{office}\nKvK {kvk} | btw {btw}",
    "datum;bedrag;omschrijving;terminal\n{date};{amount};Pinbetaling {shop};{tid}",
    "artikel\taantal\tprijs\n{sku}\t{count}\t{amount}",
    "kvk_nummer,handelsnaam,plaats\n{kvk},{shop},{city}",
    "Agent 1: Wat kost de terminal per maand? Agent 2: {amount}, plus {amount} per transactie.",
    "Gefeliciteerd met vijf jaar {shop}! Mooi om te zien hoe jullie gegroeid zijn in {city}.",
    # ---- English
    "The card reader ({tid}) rebooted at {time} and the batch was settled.",
    "Your payout of {amount} is scheduled for {date}.",
    "I'd like to upgrade our business plan with {telecom} before {date}.",
    "Is the {terminal} compatible with {books}?",
    "The chargeback {ref} was closed in the merchant's favour.",
    "Our office at {biz_address} in {city} is closed on {weekday}.",
    "My order {order} from {office} arrived damaged, two boxes of {sku}.",
    "The payslip for {period} is available in {payroll}.",
    "Please send invoices to {mailbox}, not to personal inboxes.",
    "The KvK extract for company {kvk} is attached; VAT number {btw}.",
    "Flight KL1275 to Warsaw leaves at {time}; check in via {travel}.",
    "Our seller rating on {market} dropped after {count} late deliveries in {month}.",
    "Dispute reason {reason}: upload proof of delivery before {date}.",
    "We moved the team lunch to {shop} near the {place}.",
    "I cannot log in to {url} since {time}, error 403.",
    "The lease car policy of {lease} allows {count} lease bikes per team.",
    "Vacancy: {job} at {agency}, {amount} gross per month, start {date}.",
    "Call our service desk on {company_phone} if the {terminal} shows error 1012.",
]
