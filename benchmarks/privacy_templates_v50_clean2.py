"""More sentences of test_v50 without personal data: English chats and e-mails, Flemish messages, company
signature blocks, letter headers with only case references, minutes without names and CSV rows of products."""

from __future__ import annotations

CLEAN_MORE: list[str] = [
    # ---- English: mortgages, agents, contractors, permits
    "The rate offer from {lender} is valid for {count} weeks at {rate}.",
    "Is the valuation report still valid if the viewing was on {date_en}?",
    "My bid was {price}, but the agent said the asking price is negotiable.",
    "The open house at {agent} is on {weekday_en} between {window_en}.",
    "I read on {url} that the flat has a private storage room and a lift.",
    "The contractor {contractor} will start on {date_en} if the weather allows it.",
    "Permit {case} is open for objections for six weeks.",
    "The number of the municipality of Den Haag is {company_phone}.",
    "Is the service charge of {amount} per month including the reserve fund?",
    "My question is about invoice {invoice}: the scaffolding was charged twice.",
    "The lift at {vve} is out of order again since {time_en} this morning.",
    "I would like to know if {pest_firm} also treats {pest_en} in the attic.",
    "The chimney sweep said the flue is fine until {month_en}.",
    "Can the locksmith come before {time_en}? I am locked out of the storage unit.",
    # ---- English: removals, storage, furniture, mattresses
    "The movers from {mover} charge {amount} per hour for two people and the van.",
    "Is the unit {unit} ({size}) available from {date_en}?",
    "My order {order} from {shop} was due on {date_en} but the van never came.",
    "The {product} is out of stock until week {count}, article {sku}.",
    "I am returning the {mattress}; the trial period is {count} nights.",
    "Please send the return label to the address on order {order}, thanks.",
    "The refund of {amount} is shown as pending since {date_en}.",
    "I paid with the Mastercard ending in {last4}, transaction {ticket}.",
    "The assembly team left the packaging in the hallway on the {floor_en}.",
    "Is the delivery fee of {amount} refunded if the sofa is returned?",
    "Your ticket {ticket} is closed; reply to reopen it within {count} days.",
    "The Hague office of {agent} is next to {building}.",
    "My flight lands at {time_en}, so the movers can start after that.",
    # ---- Flemish
    "Wij leveren ook in {be_city}; de leveringskost bedraagt {amount}.",
    "Gelieve de zetel vóór {date} te laten leveren, wij verhuizen daarna.",
    "Den aannemer komt volgende {weekday} de gyproc afwerken.",
    "Onze syndicus vraagt een offerte bij {lift_firm} voor de lift van het gebouw.",
    "Het voorschot van {amount} werd correct ontvangen, bedankt voor de snelle opvolging.",
    "De keuring van de schoorsteen door een erkende schoorsteenveger kost {amount} in {be_city}.",
    # ---- letter headers and minutes without names
    "Uw kenmerk: {ticket}\nOns kenmerk: {ref}\nBetreft: aansprakelijkstelling {contractor}",
    "Ons kenmerk {ref} — wij verzoeken u binnen 14 dagen te reageren op onze brief van {date}.",
    "Notulen ALV {vve}, {date}. Aanwezig: 23 van de 41 leden, quorum gehaald.",
    "Besluit 3: de kascommissie keurt de jaarrekening goed; decharge voor het bestuur.",
    "Actiepunt: beheerder vraagt drie offertes op voor de intercom en de lift.",
    "Rondvraag: geen vragen. De voorzitter sluit de vergadering om {time}.",
    # ---- WhatsApp group messages from firms and roles
    "[{chat_stamp}] {lift_firm} storingsdienst: monteur rijdt nu naar jullie toe, verwachte aankomst {time}",
    "[{chat_stamp}] Verhuisteam: we staan voor de deur, kan iemand de poort openen?",
    "[{chat_stamp}] Penningmeester: de servicekosten voor {month} zijn geïnd 👍",
    "[{chat_stamp}] Beheerder: {pest_firm} komt {weekday} voor {pest} in de kelderboxen",
    # ---- company signature blocks and public contact details
    "Met vriendelijke groet,\nTeam Hypotheken | {lender}\n{company_phone} | {role_mail}",
    "Klantenservice {shop} | {company_phone} | ma-vr 08.30-17.00 uur",
    "{firm} B.V. | KvK {kvk} | {company_phone}",
    "Gemeente Den Haag | Postbus 12600, 2500 DJ Den Haag | 14 070",
    "Kind regards, the Customer Care Team\n{shop} | {role_mail}",
    "Verstuurd vanaf mijn iPhone",
    # ---- CSV rows and line items without personal data
    '"sku";"omschrijving";"aantal";"prijs"\n"{sku}";"{product}";"{count}";"{amount}"',
    'order_id,status,delivery_window,depot\n{order},planned,"{window_en}",{city}',
    '"ticket","category","opened","sla_hours"\n"{ticket}","lift","{date}","{count}"',
    "Regel 1: {part} {amount}\nRegel 2: bezorging {amount}\nRegel 3: montage {amount}\nTotaal incl. btw",
    "Tarieven {year}: uurloon {amount}, voorrijkosten {amount}, weekendtoeslag 50%.",
]
