"""English templates of the `test_v16` split, in the same frames as the Dutch ones (`privacy_templates_v16`):
expats, British and Irish holiday-home owners, South African, Filipino, Japanese, Korean, Ukrainian and Eritrean
newcomers who write English more easily than Dutch, tourists, and English with Dutch words in it. Their data is
mostly Dutch (06 numbers, Dutch postcodes and streets, NL IBANs, BSNs, Dutch plates), with British, Belgian, French,
Spanish, German and Ukrainian values from elsewhere. Labels as in `privacy_templates_v16`. Written by someone who
never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # water damage
    "Water damage claim: the upstairs flat leaked into ours at {ADDRESS}, {POSTCODE}. Policy {CUSTOMER_NUMBER_POLICY}, "
    "policyholder {NAME_FULL}.",
    "The plumber's invoice is attached. Please pay the claim into {IBAN}, account holder {NAME_FULL}.",
    "Your assessor said he'd call me on {PHONE} but nobody did. I'm home all {weekday_en}.",
    # holiday homes abroad
    "We rent out our cottage in {city_abroad} through {rental}. Owner: {NAME_FULL}, {ADDRESS_UK}, {POSTCODE_UK}, "
    "mobile {PHONE_UK}.",
    "The guest paid the deposit with card {CARD} but the booking shows someone else's name, {NAME_FULL}.",
    "Villa address for the taxi: {ADDRESS_ES}, {POSTCODE_ES} {city_abroad}. Lead guest {NAME_FULL}, born {DOB}.",
    "Refund for {order} to my French account please: {IBAN_FR}. Thanks, {NAME_FIRST}",
    # driving school
    "My son {NAME_CHILD} (born {DOB_CHILD}) wants driving lessons. I'm his dad, {NAME_FULL_M}, {PHONE}.",
    "For the theory exam booking they need my BSN: {BSN}. Is it safe to send it here?",
    "The instructor's car, {PLATE}, scraped my bumper in the car park. His name is {NAME_FIRST}, I think.",
    # second-hand car dealer's warranty
    "I bought a {car} from {dealer}, plate {PLATE}, and the clutch went after two weeks. Customer number "
    "{CUSTOMER_NUMBER}.",
    "Warranty form\nBuyer: {NAME_FULL}\nDate of birth: {DOB}\nEmail: {EMAIL_SAME}\nRegistration: {PLATE}",
    "The dealer keeps saying it's 'sold as seen'. Please call me, {NAME_FULL}, on {PHONE_UK} - I'm back in the UK now.",
    # imported e-scooter
    "My {scooter} is stuck at customs. Consignee {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "I paid the import duty with {CARD} and got charged twice. Email me at {EMAIL}.",
    # solar-panel leasing
    "We sold the house at {ADDRESS}, {POSTCODE}; the buyer {NAME_FULL} is taking over the solar lease, contract "
    "{CUSTOMER_NUMBER_CONTRACT}.",
    "The monthly lease payment came out of {IBAN} twice in {date_en}.",
    # camper rental
    "Camper pick-up on {date_en}. Drivers: {NAME_FULL}, DOB {DOB}, and {NAME_FULL}, DOB {DOB}.",
    "We got a speeding ticket in France for camper {PLATE}. The driver that day was {NAME_FULL}.",
    "My German friend's camper, {PLATE_DE}, is parked in front of your office; is that a problem?",
    # cruise
    "Cruise {order}: passengers {NAME_FULL} and {NAME_FULL}. Please add my {cruise} loyalty number "
    "{CUSTOMER_NUMBER_MEMBER}.",
    "My mother ({NAME_FULL_F}, date of birth {DOB_ELDER}) needs a wheelchair on board. My number is {PHONE}.",
    "Please charge the balance to the Amex {CARD}, not the Visa.",
    # ticket resale
    "I sold two {event} tickets on {tickets} to {NAME_FULL} and I never got paid. My account is {EMAIL}.",
    "The seller, who called himself {NAME_NICK}, gave me this IBAN: {IBAN}. The tickets were fake.",
    # dating app
    "Cancel my {dating} subscription NOW. Account {EMAIL}, card ending... actually the full number is {CARD}.",
    "Someone on {dating} is using my photos with the name {NAME_FIRST}. I am {NAME_FULL}, {PHONE}.",
    # fitness tracker
    "My {tracker} stopped charging. Order shipped to {ADDRESS}, {POSTCODE}; my account email is {EMAIL}.",
    "Please send the replacement to my office: {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    # smart doorbell
    "My neighbour {NAME_FULL}'s {doorbell} points straight into my kitchen window. I live at {ADDRESS}.",
    "The doorbell app shows me videos from a house at {ADDRESS}, {POSTCODE}. That's not my house!",
    # newspaper, removals
    "The paper hasn't been delivered to {ADDRESS} for a week. Subscriber number {CUSTOMER_NUMBER}.",
    "The movers broke our mirror moving from {ADDRESS_UK}, {POSTCODE_UK} to {ADDRESS}, {POSTCODE}.",
    # childcare, ambulance, lab
    "Waiting list for {childcare}: child {NAME_CHILD}, born {DOB_CHILD}. Parent {NAME_FULL}, {EMAIL_SAME}.",
    "I got an ambulance bill but I'm insured: patient number {CUSTOMER_NUMBER_PATIENT}, BSN {BSN}.",
    "Blood test appointment for {NAME_FULL}, born {DOB}. Please text {PHONE} if it moves.",
    # orthodontist, guide dog, zoo, museum
    "Please send the orthodontist bill for {NAME_CHILD} to her father, {NAME_FULL_M}, {EMAIL_SAME}.",
    "I'm visually impaired and applying for a guide dog. Please call me on {PHONE}. {NAME_FULL}",
    "Our zoo pass {CUSTOMER_NUMBER_PASS} is in the name of {NAME_FULL}. Can my husband use it?",
    "My museum card number is {CUSTOMER_NUMBER_PASS}, it was renewed from {IBAN_GB}.",
    # allotment, mooring, riding
    "Allotment plot 12 goes to {NAME_FULL}, member number {CUSTOMER_NUMBER_MEMBER}.",
    "Mooring fee for boat 'Wanderer', owner {NAME_FULL}, {PHONE_UK}. Paid by card {CARD}.",
    "Riding lessons for my daughter {NAME_CHILD}, born {DOB_CHILD}. Invoice to {EMAIL}.",
    # tax refund deceased parent, inherited car
    "My father {NAME_FULL_M} passed away on {date_en}. His BSN was {BSN}; the tax refund should go to {IBAN}.",
    "My late mother was born on {DOB_ELDER} and lived at {ADDRESS}, {POSTCODE} {city}.",
    "I inherited my uncle's car, plate {PLATE}, and I live in Belgium: {ADDRESS_BE}, {POSTCODE_BE}. National number "
    "{BSN_BE}.",
    # angry, confused, autocorrect
    "THIS IS RIDICULOUS. THIRD TIME I'M WRITING. MY NAME IS {NAME_FULL_UP}, CUSTOMER {CUSTOMER_NUMBER}. FIX IT!!!",
    "Bloody hell, you charged {CARD} AGAIN after I cancelled. Refund it or I'm calling my bank.",
    "Agent: And your date of birth?\nCaller: Oh dear... {DOB_VOICE}, I think. My daughter usually does this.",
    "Caller read out her number slowly: {PHONE_VOICE}.",
    "My email is {EMAIL_AUTO} (sorry my phone capitalises everything)",
    "Postcode is {POSTCODE_VOICE}, and the house number is on the letter.",
    "Ukrainian guest, contact {NAME_UA}, {PHONE_UA}. Speaks some English.",
    "Notes: caller {NAME_FULL} ({EMAIL_VOICE}) wants a callback about {claim}.",
]

TEST_V16_PII_EN = [("en", text) for text in _EN]
