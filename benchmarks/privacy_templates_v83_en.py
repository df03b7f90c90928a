"""English templates of test_v83, many from Jamaican and Indian customers: Zammad tickets, Facebook comments,
CRM meeting notes, read-back transcripts, Word tables, Slack huddles and complaint letters."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- wedding cars and limousines
    ("en", "Zammad #{count}{count}{count} | Customer: {NAME_FULL} | {EMAIL} | Re: stretch limo for the wedding"),
    ("en", "Wah gwaan, mi need the white Rolls for mi daughter wedding, call mi on {PHONE_EN}. Bless, {NAME_FIRST}"),
    ("en", "Deposit of {amount} taken from card {CARD}, hirer {NAME_FULL}, pick-up at {ADDRESS}."),
    ("en", "Agent: so the groom's number is {PHONE_SPOKEN}, yes? Caller: yes, that's right."),
    ("en", "Chauffeur note: guest car {PLATE} follows the limo; bride {NAME_FULL}, born {DOB_EN}, wants champagne."),
    # ---- pet cremation
    ("en", "Facebook comment by {NAME_NICK}: thank you for taking such care of our Bruno 🐾"),
    ("en", "↳ Reply from {bot}: so sorry for your loss, {NAME_FIRST}. The ashes can be collected on {weekday_en}."),
    ("en", "Please send the cremation invoice to {EMAIL}, customer number {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Kindly arrange pickup of our dog from {ADDRESS_EN}, {POSTCODE_UK}, my good name is {NAME_FULL}."),
    # ---- dog daycare and walking
    ("en", "| Dog | Owner | Mobile |\n| Rocky | {NAME_FULL} | {PHONE} |"),
    ("en", "Slack huddle notes: {NAME_NICK} to call {NAME_FULL} about the bite report, number {PHONE_EN}."),
    ("en", "Daycare membership {CUSTOMER_NUMBER_MEMBER} renewed, direct debit from {IBAN}, owner {NAME_INITIALS}."),
    ("en", "Dog walker keys: collect from Mrs {NAME_SURNAME} at {ADDRESS}, {POSTCODE}."),
    # ---- senior housing
    (
        "en",
        "Waiting list registration: {NAME_FULL}, date of birth {DOB_EN}, registration no. {CUSTOMER_NUMBER_WAITLIST}.",
    ),
    ("en", "For the urgency request we need my father's BSN: {BSN}. He is {NAME_FULL}, born {DOB_EN}."),
    ("en", "Agent: your BSN is {BSN_SPOKEN}, correct? Caller: yes, and my postcode is {POSTCODE}."),
    ("en", "Outlook meeting notes pasted into CRM: spoke with son {NAME_FULL}, mobile {PHONE}, email {EMAIL}."),
    (
        "en",
        "My mother-in-law {NAME_FULL} has been on list "
        "{CUSTOMER_NUMBER_WAITLIST} since {date_en}, kindly do the needful.",
    ),
    # ---- debt collection
    ("en", "Re your letter of {date_en} ('no payment received'): I paid from {IBAN}. Regards, {NAME_FULL}"),
    ("en", "Case file {CUSTOMER_NUMBER_DOSSIER}: debtor {NAME_CAPS}, outstanding {amount}, DOB {DOB_EN}."),
    ("en", "The bailiff took note of car {PLATE} belonging to {NAME_INITIALS} at {ADDRESS}."),
    (
        "en",
        "Please stop calling my cousin in Kingston on {PHONE_ABROAD}, the debt "
        "{CUSTOMER_NUMBER_DOSSIER} is mine. {NAME_FULL}",
    ),
    (
        "en",
        "Payment plan for file {CUSTOMER_NUMBER_DOSSIER}: {amount} monthly from {IBAN}, account holder {NAME_FULL}.",
    ),
    # ---- bicycle insurance
    ("en", "Bike theft claim, policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, living at {ADDRESS}, {POSTCODE}."),
    ("en", "The van {PLATE} hit my cargo bike near {place}, I'm {NAME_FULL}, phone {PHONE}."),
    ("en", "Claim payout goes to {IBAN}, holder {NAME_CAPS}, policy no. {CUSTOMER_NUMBER_POLICY}."),
    ("en", "my bike got nicked again lol, it's {NAME_LOWER}, email me at {EMAIL_SPOKEN}"),
    # ---- wine clubs and vineyard tours
    ("en", "Wine club member {CUSTOMER_NUMBER_MEMBER}: {NAME_COUPLE}, ship to {ADDRESS_EN}, {POSTCODE_UK}."),
    ("en", "Vineyard tour booked by {NAME_FULL} for {count} guests, paid by card {CARD}."),
    ("en", "Age check for the wine club: DOB {DOB_EN} entered by {EMAIL}."),
    ("en", "Facebook: {NAME_NICK} asked 'any space left on {date_en}?' ↳ {bot}: yes {NAME_FIRST}, a few spots left!"),
    # ---- community centres
    ("en", "| Date | Room | Booked by | Phone |\n| {date_en} | Room 2 | {NAME_FULL} | {PHONE_EN} |"),
    ("en", "Room booking for the Diwali evening, contract {CUSTOMER_NUMBER_CONTRACT}, contact {NAME_FULL}, {EMAIL}."),
    ("en", "Key deposit {amount} from card {CARD}; key given to {NAME_INITIALS}."),
    # ---- sailing schools
    ("en", "Sailing camp: child {NAME_FULL}, DOB {DOB_EN}, parent reachable on {PHONE}."),
    ("en", "Parent {NAME_FULL} will leave the car {PLATE_ABROAD} at the sailing school in {town}."),
    ("en", "Complaint: your email of {date_en} said instructor {NAME_FIRST} would be there. He wasn't. {NAME_FULL}"),
    ("en", "Agent: reading back, your email is {EMAIL_SPOKEN}? Caller: correct, and I live at {ADDRESS}."),
    # ---- adapted swimming
    ("en", "Adapted swimming pass {CUSTOMER_NUMBER_MEMBER}, swimmer {NAME_FULL}, born {DOB_EN}, carer goes free."),
    ("en", "The hoist booking needs the indication in the name of {NAME_CAPS}, BSN {BSN}."),
    ("en", "Please post the new swim card to {ADDRESS_EN}, {POSTCODE_UK}, attention {NAME_FULL}."),
    ("en", "Membership fee is debited from {IBAN}, holder {NAME_INITIALS}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- mixed
    (
        "en",
        "Quoting your previous letter: 'customer {CUSTOMER_NUMBER_CUSTOMER} "
        "has been closed'. Why? {NAME_FULL}, {POSTCODE}",
    ),
    ("en", "My brother in Mumbai {NAME_FULL} is on {PHONE_ABROAD}, my own number is {PHONE}."),
    ("en", "Agent: the card number I have is {CARD}, expiry next year? Caller: yes, name {NAME_FULL}."),
    ("en", "Foreign plate {PLATE_ABROAD} and Dutch plate {PLATE} both registered to {NAME_FULL}."),
]
