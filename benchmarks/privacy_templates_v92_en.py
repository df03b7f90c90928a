"""English templates of test_v92, many from Indian, Australian and Thai customers: help-desk conversations, Line
messages, one-field-at-a-time bots, debug JSON, letters, speech-to-text summaries and complaint forms."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- graves
    ("en", "Help Scout conversation #{count}{count} | Customer: {NAME_FULL} <{EMAIL}> | Tag: grave upkeep"),
    ("en", "Kindly do the needful and renew the grave maintenance of my late father, ref holder {NAME_FULL}."),
    ("en", "Dear Sir or Madam,\nOn behalf of {NAME_INITIALS}, born {DOB_EN}, I write regarding the headstone."),
    ("en", "Grave maintenance contract {CUSTOMER_NUMBER_CONTRACT} is paid from {IBAN}."),
    # ---- alarm buttons
    ("en", "Bot: What is your full name?\nUser: {NAME_FULL}\nBot: And your date of birth?\nUser: {DOB_EN}"),
    ("en", "Bot: Which address is the alarm button at?\nUser: {ADDRESS_EN}, {POSTCODE_EN}\nBot: Thanks!"),
    ("en", "caller is {NAME_LOWER} daughter of the client alarm went off twice call back on {PHONE_SPOKEN}"),
    ("en", "My mum {NAME_FULL} lives at {ADDRESS}, {POSTCODE} and her BSN is {BSN}, she needs the fall sensor."),
    ("en", "Emergency contacts: {NAME_FIRST} on {PHONE_EN}, {NAME_FULL} on {PHONE}."),
    # ---- livery stables
    ("en", "G'day, I'm {NAME_FIRST}, my mare is at your yard, the float rego is {PLATE_ABROAD}. Cheers"),
    ("en", "Livery invoice for {NAME_FULL}, member {CUSTOMER_NUMBER_MEMBER}, paid by card {CARD}."),
    ("en", "The horsebox {PLATE} belongs to {NAME_SURNAME}, please do not block it."),
    # ---- containers
    ("en", "Hi, the recycling bin at {ADDRESS_EN} was skipped again, mate. {NAME_FULL}, {PHONE_EN}"),
    ("en", '{"account":"{CUSTOMER_NUMBER_CUSTOMER}","owner":"{NAME_FULL}","postcode":"{POSTCODE}","bin":"paper"}'),
    ("en", "Please collect the extra container from {NAME_INITIALS} at {ADDRESS}, {POSTCODE} {town}."),
    # ---- sports clubs
    ("en", "Membership fee for {NAME_FULL} (member no. {CUSTOMER_NUMBER_MEMBER}) bounced from {IBAN}."),
    ("en", "My son {NAME_FULL}, DOB {DOB_EN}, wants to join the under-12 cricket side."),
    ("en", "Please update my email to {EMAIL}, membership {CUSTOMER_NUMBER_MEMBER}. Regards, {NAME_FIRST}"),
    # ---- photo prints
    ("en", "Order shipped to {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}. Contact: {PHONE_EN}"),
    ("en", "I paid with {CARD} but the photo book never came, kindly revert. {NAME_FULL}"),
    ("en", '{"user_email":"{EMAIL}","name":"{NAME_CAPS}","items":4,"order":"{ref}"}'),
    # ---- dental insurance
    ("en", "Dental add-on for policy {CUSTOMER_NUMBER_POLICY}, insured {NAME_FULL}, born {DOB_EN}."),
    ("en", "Complaint form\n[x] Dental  [ ] Travel\nName: {NAME_FULL}\nPolicy: {CUSTOMER_NUMBER_POLICY}"),
    ("en", "Refund the crown to {IBAN} please, holder {NAME_INITIALS}, citizen service number {BSN}."),
    ("en", "customer {NAME_LOWER} policy {CUSTOMER_NUMBER_POLICY} wants the orthodontic cover for her son"),
    # ---- e-scooters
    ("en", "Bot: What email did you sign up with?\nUser: {EMAIL}\nBot: And the phone number?\nUser: {PHONE_ABROAD}"),
    ("en", "The scooter fine went to {NAME_FULL}, licence linked to {EMAIL}, customer {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "A scooter rider hit my car {PLATE} and rode off; my name is {NAME_FULL}, phone {PHONE}."),
    ("en", "Line message: hello ka, I am {NAME_FULL}, I charged twice on card {CARD}, my phone {PHONE_ABROAD} ka"),
    ("en", "my email is {EMAIL_SPOKEN} the customer spelled out"),
    # ---- chimney sweeps
    ("en", "Booking: chimney sweep at {ADDRESS}, {POSTCODE}, for {NAME_FULL}, on {weekday_en} {time}."),
    ("en", "Certificate of sweeping issued to {NAME_CAPS}, {ADDRESS_EN}."),
    ("en", "Received {amount} from {IBAN} for the sweep, thanks {NAME_FIRST}."),
    # ---- school museum tours
    ("en", "School tour booked by Mrs {NAME_SURNAME}, {EMAIL}, mobile {PHONE_EN}."),
    ("en", "Teacher {NAME_FULL} is bringing the coach {PLATE_ABROAD}; pupil {NAME_FIRST} needs a wheelchair."),
    ("en", "Invoice for the guided tour to {NAME_INITIALS}, {ADDRESS_EN}, {POSTCODE_EN}."),
    # ---- mixed
    ("en", "Bot: Please enter your customer number.\nUser: {CUSTOMER_NUMBER_CUSTOMER}\nBot: Found you!"),
    ("en", "Bot: Your date of birth please?\nUser: {DOB}\nBot: Thank you."),
    ("en", "Summary: caller {NAME_FULL} rang from {PHONE_ABROAD} about contract {CUSTOMER_NUMBER_CONTRACT}"),
    ("en", "Secretary's note: typed for {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, phone {PHONE}."),
    ("en", "Please send the refund to {IBAN}, the account of {NAME_FULL}, and the receipt to {EMAIL}."),
    ("en", "Parking permit for plate {PLATE} registered to {NAME_FULL}, born {DOB_EN}."),
]
