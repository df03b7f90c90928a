"""English templates of the `test_v28` split (expats, British, Irish, American, German, Portuguese, Ghanaian and
Indian customers in the Netherlands and agents writing in English), in the same frames and channels as the Dutch
ones. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # hair salon
    "New booking via Treatwell\nClient: {NAME_FULL}\nService: cut & blow-dry\nWhen: {weekday_en} {time_en}\n"
    "Phone: {PHONE}\nNote: first visit, curly hair",
    "Call summary (AI-generated, unverified)\n• Caller: {NAME_FULL}, client no. {CUSTOMER_NUMBER_SALON}\n"
    "• Unhappy with balayage\n• Wants call back on {PHONE_ABROAD}",
    "Intercom — Operator: Hi there! How can we help?\nVisitor: need to move my appointment, it's under "
    "{NAME_SMALL}\nOperator: what's your email?\nVisitor: {EMAIL}",
    "Patch test form\nName: {NAME_FULL}\nDate of birth: {DOB_EN}\nAllergies: PPD\nSigned: {NAME_INIT}",
    "Gift card {order_en} bought by {NAME_F} for her sister {NAME_FIRST_F}, paid with {CARD}.",
    # wigs
    "Typeform response #{tf}\nFull name: {NAME_FULL}\nDate of birth: {DOB_EN}\nHealth insurer: {insurer}\n"
    "Phone: {PHONE}",
    "Hi, I'm {NAME_FULL}, my oncologist dr. {NAME_LAST} referred me for a wig. Can you post the forms to "
    "{ADDRESS}, {POSTCODE} {city}?",
    "Call summary (AI):\n- {NAME_INIT} calling for her mother, born {DOB_OLD}\n- customer no. {CUSTOMER_NUMBER_WIG}\n"
    "- refund to {IBAN}",
    "my email is {EMAIL_SPELL}, did you get that?",
    # classic cars
    "HubSpot contact\nFirst name: {NAME_FIRST}\nLast name: {NAME_LAST}\nEmail: {EMAIL}\nMobile: {PHONE}\n"
    "Policy: {CUSTOMER_NUMBER_CLASSIC}",
    "Valuation report {car}\nOwner: {NAME_FULL}\nRegistration: {PLATE_OLD}\nPolicy no.: {CUSTOMER_NUMBER_CLASSIC}",
    "I imported my {car} from Germany, it still has plates {PLATE_DE}. Owner {NAME_FULL}, {ADDRESS_DE}, "
    "{POSTCODE_DE} {city_de}.",
    "Rally entry {date_en}: driver {NAME_FULL}, co-driver {NAME_FULL}, car {car} ({PLATE_OLD}), mobile {PHONE_ABROAD}.",
    "Dear Sir or Madam, I, {NAME_FULL}, born {DOB_EN}, wish to complain about the handling of policy "
    "{CUSTOMER_NUMBER_CLASSIC}.",
    "The other driver ({PLATE}) gave me his name as {NAME_M} and his number as {PHONE}.",
    "Premium for policy {CUSTOMER_NUMBER_CLASSIC} should come from my Belgian account {IBAN_BE} from now on.",
    # tool rental
    "Counter intake\nRenter: {NAME_FULL}\nID checked: passport\nAddress: {ADDRESS}, {POSTCODE} {city}\n"
    "Contract: {CUSTOMER_NUMBER_RENT}",
    "Deposit {amount_en} held on card {CARD} for the {machine}, renter {NAME_INIT}.",
    "Trailer {PLATE} overdue. Renter {NAME_FULL} not answering {PHONE}; emailed {EMAIL}.",
    "Hi, my husband {NAME_FIRST_M} rented the tile cutter on contract {CUSTOMER_NUMBER_RENT}, please refund the "
    "deposit to {IBAN}.",
    "Customer: reading you my card number: {CARD_SAID}, expiry 04/28",
    "My BSN? Hang on... {BSN_SAID}. Why do you need it?",
    "Form for the municipality permit: name {NAME_FULL}, BSN {BSN}, address {ADDRESS}.",
    # party tents
    "Quote request marquee\nName: {NAME_FULL}\nEmail: {EMAIL}\nPhone: {PHONE}\nEvent date: {date_en}\n"
    "Venue: {ADDRESS}, {city}",
    "Call summary (AI):\n- caller {NAME}\n- wedding {date_en}, 120 guests\n- customer {CUSTOMER_NUMBER_TENT}\n"
    "- call back {PHONE_FIXED}",
    "Intercom\nBot: What's your order or customer number?\nVisitor: {CUSTOMER_NUMBER_TENT}\nBot: Thanks, "
    "{NAME_FIRST}! Someone will be with you shortly.",
    "Deposit {amount_en} received from {IBAN_EU} ({NAME_CAPS}) for the photo booth.",
    "The crew parked truck {PLATE} on the lawn of {NAME_FULL}, {ADDRESS}, and now there are tyre marks.",
    "Please send the invoice to {NAME_INIT}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, Belgium.",
    # brass band
    "Membership form\nName: {NAME_REG}\nDate of birth: {DOB_EN}\nAddress: {ADDRESS}, {POSTCODE}\n"
    "Member no.: {CUSTOMER_NUMBER_BAND}",
    "Instrument loan: {instrument} to {NAME_FULL} (member {CUSTOMER_NUMBER_BAND}), phone {PHONE}.",
    "New youth member {NAME_FIRST}, born {DOB_YOUNG}, parent {NAME_FULL}, {EMAIL}.",
    # mixed
    "my postcode is {POSTCODE_SAID}, house number 9",
    "Call me on {PHONE_SAID} after six please, it's {NAME_FIRST}.",
    "Born {DOB_SAID}, I think that's what your form needs?",
    "Sent from my iPhone\n\n{NAME_FULL}\n{PHONE_ABROAD}",
    "Please don't write to {EMAIL_OBF}, use my work address instead.",
    "Customer {NAME_FULL}, customer number {CUSTOMER_NUMBER}, card {CARD}, date of birth {DOB}.",
    "Moved from {ADDRESS}, {POSTCODE} to {ADDRESS}, {POSTCODE}; account holder {NAME_FULL}.",
    "The car with plate {PLATE_BE} belongs to {NAME}, a Belgian client.",
    "Hi, it's {NAME_SMALL}, my IBAN changed to {IBAN}, can you update it?",
]

TEST_V28_PII_EN = [("en", text) for text in _EN]
