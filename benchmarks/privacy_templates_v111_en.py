"""English templates of test_v111, many from Scottish, Nigerian and South African customers and expats in the
Netherlands: rail season tickets, early retirement, water meters, broadband installs, lease returns, toeslagen,
parcel claims, cancelled flights, dental lab bills and rent-to-own furniture, in Genesys Cloud transcripts with
whispers, Instagram DMs, forwarded mail, Notion tables, YAML, dictated voicemails and web forms with hidden fields."""

from __future__ import annotations

_TEMPLATES = [
    # ---- rail season tickets and travel cards
    "Hiya, ma season ticket fae {station_sc} got cancelled and I've no had the refund yet. Smartcard "
    "{CUSTOMER_NUMBER_RAIL}. Cheers, {NAME_SC}",
    "[{t1}] Customer: I need a refund on my season ticket, the card number is {CUSTOMER_NUMBER_RAIL}\n"
    "[{t2}] 🔒 Whisper: caller {NAME_FULL}, DOB {DOB_EN} verified\n[{t3}] Agent: thanks, I can see the ticket",
    "howzit @{rail_za_handle} 🙏 my card got charged twice at {station_za} now now, {amount_za}. I'm {NAME_ZA}, "
    "cell {PHONE_ZA}",
    "Hi, I visited from Lagos and my OV-chipkaart {CUSTOMER_NUMBER_OVCARD} still has {amount} on it. Kindly refund "
    "to my card {CARD}. {NAME_NG}",
    'refund_request:\n  traveller: {NAME_FULL}\n  ov_card: "{CUSTOMER_NUMBER_OVCARD}"\n  iban: {IBAN}\n'
    "  reason: not checked out at {station}",
    # ---- pensions and early retirement
    "Dear Mr {NAME_SC},\nFurther to your request, your early retirement quote uses a date of birth of "
    "{DOB_RETIRE}. Scheme membership number: {CUSTOMER_NUMBER_PENSION}.",
    "Good day sir/ma, I wish to enquire on the status of my retirement benefits. My RSA PIN is "
    "{CUSTOMER_NUMBER_PENSION} and my phone is {PHONE_NG}. Thanks and God bless, {NAME_NG}",
    "Voicemail transcript {time}: hi it's {NAME_FULL} about the early retirement pack, could you email it to "
    "{EMAIL_SPOKEN}, my date of birth is {DOB_SPOKEN}, ta.",
    "member:\n  name: {NAME_FULL}\n  dob: {DOB_RETIRE}\n  scheme_ref: {CUSTOMER_NUMBER_PENSION}\n"
    "  bank: {IBAN_GB}\n  option: early_retirement_reduced",
    "Eish, the fund's letter has my date of birth wrong. It's {DOB_ZA}, not what you have there. Member no "
    "{CUSTOMER_NUMBER_PENSION}, {NAME_ZA}",
    "---------- Forwarded message ---------\nFrom: {NAME_FULL} <{EMAIL}>\nDate: {date_en}\nSubject: Fwd: RE: "
    "deferred pension\n\n> My Dutch BSN was {BSN}, I worked at the port in Rotterdam until 2015.",
    "Interaction {conv} | Queue {queue_en}\n[{t1}] Whisper: member {NAME_CAPS}, wants to retire early at 60\n"
    "[{t2}] Agent: good morning, you're through to the pensions team",
    # ---- water meters
    "The meter reader cannae get intae the close at {ADDRESS_UK}, {POSTCODE_UK}. Phone me on {PHONE_UK} the now "
    "and I'll come doon. {NAME_SC}",
    "Hi City of Cape Town, my reading is {meter} kl and the estimate of {amount_za} is way off. Account holder "
    "{NAME_ZA}, {ADDRESS_ZA}, {POSTCODE_ZA}",
    "Kindly note the meter at {ADDRESS_NG}, {town_ng} has not been read since {month_en}. Customer no: "
    "{CUSTOMER_NUMBER_WATER}. {NAME_NG}",
    "| Property | Postcode | Occupier | Reading |\n|---|---|---|---|\n"
    "| {ADDRESS_UK} | {POSTCODE_UK} | {NAME_SC} | {meter} |",
    "I'm an expat in Groningen and {water} keeps writing to me in Dutch. My customer number is "
    "{CUSTOMER_NUMBER_WATER} and my email {EMAIL}.",
    # ---- broadband installations
    "[{t1}] Whisper: engineer no access at {ADDRESS_UK}\n[{t2}] Customer: I was in all day, the buzzer's broke, "
    "ken\n[{t3}] Agent: can I take a mobile for the engineer?\n[{t3}] Customer: {PHONE_UK}",
    "yoh @{isp_za_handle} the fibre guy was meant to come {weekday_en} {hours_en}, nobody pitched. {ADDRESS_ZA}, "
    "order {CUSTOMER_NUMBER_ORDER}",
    "Please do the needful. The installer for my broadband at {ADDRESS_NG} never came. Order "
    "{CUSTOMER_NUMBER_ORDER}, you can reach me on {PHONE_NG} or {EMAIL}.",
    "Book installation\nfull_name={NAME_FULL}\npostcode={POSTCODE_UK}\nphone={PHONE_UK}\n"
    '<input type="hidden" name="campaign" value="{campaign}">\n<input type="hidden" name="plan" value="{speed_en}">',
    "Voicemail to e-mail: it's {NAME_FIRST}, the router's still no working. Phone me back on {PHONE_SPOKEN} or "
    "email {EMAIL_SPOKEN}.",
    "Fwd: Fwd: install date\n> On {date_en} {NAME_FULL} <{EMAIL}> wrote:\n> > The fibre box is at {ADDRESS}, "
    "{POSTCODE}, first floor.",
    # ---- lease-car return damage
    "Damage report on return: {car}, reg {PLATE_UK}, driver {NAME_SC}, contract {CUSTOMER_NUMBER_LEASE}, "
    "charge {amount_gb}.",
    "The bakkie I leased ({PLATE_ZA}) went back in Durban with one small scratch and now they want {amount_za}. "
    "Eish. {NAME_ZA}, {EMAIL}",
    "Good afternoon. I returned the leased vehicle with plate number {PLATE_NG} at the Ikeja office on "
    "{date_en}. I am yet to receive my deposit. {NAME_NG}, {PHONE_NG}",
    "| Reg | Driver | Damage | Cost |\n|---|---|---|---|\n| {PLATE} | {NAME_FULL} | {damage_en} | {amount} |",
    "From: fleet desk\n> > On {date_en}, {NAME_FULL} <{EMAIL}> wrote:\n> > > The lease car {PLATE} was collected "
    "from my drive while I was at work.",
    "{NAME_HANDLE}: hi, returning my lease {car} next week, reg {PLATE}. Do I need to book the inspection?",
    # ---- toeslagen repayments
    "I am a Nigerian expat in Eindhoven and the Belastingdienst wants {sum} zorgtoeslag back. My BSN is {BSN} "
    "and I was born {DOB_EN}. {NAME_NG}",
    "[{t1}] Whisper: English-speaking caller, huurtoeslag repayment, BSN {BSN}\n[{t2}] Customer: I moved to "
    "{ADDRESS} in {month_en} so the rent changed\n[{t3}] Agent: I'll note the new address",
    'applicant:\n  name: {NAME_FULL}\n  bsn: {BSN}\n  payment_reference: "{CUSTOMER_NUMBER_TOESLAG}"\n'
    "  instalments: {count}",
    "Voicemail: hello, this is {NAME_FULL}, my citizen service number is {BSN_SPOKEN}, please call me back about "
    "the payment plan.",
    "Please stop the direct debit from {IBAN}; I agreed {count} instalments for the childcare allowance. "
    "Reference {CUSTOMER_NUMBER_TOESLAG}.",
    # ---- parcel damage claims
    "The courier left ma parcel in the rain at {ADDRESS_UK}, {POSTCODE_UK}, the {parcel_item_en} is ruined. "
    "Tracking {CUSTOMER_NUMBER_CLAIM}. {NAME_SC}",
    "The parcel I sent to my sister {NAME_NG} in {town_ng} arrived damaged. Kindly refund the insurance to card "
    "{CARD}.",
    "Shame man, the courier dropped my {parcel_item_en}. Waybill {CUSTOMER_NUMBER_CLAIM}, I'm at {ADDRESS_ZA}, "
    "cell {PHONE_ZA}.",
    "Claim form\nsender_email={EMAIL}\nvalue={amount_gb}\n[hidden] claim_id={CUSTOMER_NUMBER_CLAIM}\n"
    "[hidden] source={utm}",
    "{NAME_HANDLE}: hi @{courier_uk_handle} my parcel came crushed 📦 can someone DM me back? postcode {POSTCODE_UK}",
    # ---- airline refunds
    "Flight {flight_en} fae {town_sc} got cancelled, aye again. Booking ref {CUSTOMER_NUMBER_BOOKING}, refund "
    "tae {CARD} please. {NAME_SC}",
    "Good day. I am writing to request my refund for the cancelled flight {flight_en}. PNR "
    "{CUSTOMER_NUMBER_BOOKING}, passenger {NAME_CAPS}, phone {PHONE_NG}.",
    "They cancelled {flight_en} and I want the money, not a voucher. Ref {CUSTOMER_NUMBER_BOOKING}, {NAME_ZA}, {EMAIL}",
    "[{t1}] Customer: my frequent flyer number is {CUSTOMER_NUMBER_FLYER}\n[{t2}] Whisper: Gold member, EU261 "
    "refund\n[{t3}] Agent: and the lead passenger's date of birth?\n[{t3}] Customer: {DOB_EN}",
    "| Pax | DOB | PNR | Refund |\n|---|---|---|---|\n"
    "| {NAME_CAPS} | {DOB_EN} | {CUSTOMER_NUMBER_BOOKING} | {amount_gb} |",
    "---------- Forwarded message ---------\nTo: {NAME_FULL} <{EMAIL}>\nSubject: FW: FW: your refund for {flight}\n"
    "\n> Passenger date of birth: {DOB_EN}",
    "Voicemail transcript: hi it's {NAME_FULL} calling about my cancelled flight, the booking is "
    "{CUSTOMER_NUMBER_BOOKING}, email me at {EMAIL_SPOKEN}, thanks",
    "My car {PLATE_UK} was in the long stay the whole three days the flight was delayed. Who pays? {NAME_SC}",
    "Please pay the refund into my Dutch account {IBAN_NL}, not the card. Booking {CUSTOMER_NUMBER_BOOKING}.",
    # ---- dental lab invoices
    "Invoice {lab_en}: patient {NAME_INITIALS}, DOB {DOB_EN}, {dental_item_en} {amount_gb}, patient ref "
    "{CUSTOMER_NUMBER_PATIENT}.",
    "Please I was charged twice for my denture work. Patient number {CUSTOMER_NUMBER_PATIENT}, card {CARD}. {NAME_NG}",
    "Hi there, the lab fee for my crown was meant to go to medical aid. Patient {NAME_ZA}, DOB {DOB_ZA}, cell "
    "{PHONE_ZA}",
    "{NAME_HANDLE}: hiya, got a bill fae the dental lab for ma wee one's brace, {amount_gb}?? thought it was NHS",
    "[{t1}] Whisper: patient query, lab invoice, DOB {DOB_EN}\n[{t2}] Customer: my name's {NAME_SPELLED}\n"
    "[{t3}] Agent: thank you, I've found the invoice",
    # ---- rent-to-own furniture
    "They took back my lounge suite even though I paid {count} instalments. Account {CUSTOMER_NUMBER_CONTRACT}, "
    "{NAME_ZA}, {ADDRESS_ZA}",
    "I bought a {furniture_en} on pay-small-small and they are still debiting me. Contract "
    "{CUSTOMER_NUMBER_CONTRACT}, email {EMAIL}, phone {PHONE_NG}",
    "I've paid aff the sofa but the direct debit fae {IBAN_GB} is still going oot. {NAME_SC}, {ADDRESS_UK}",
    "agreement:\n  ref: {CUSTOMER_NUMBER_CONTRACT}\n  customer: {NAME_FULL}\n  dob: {DOB_EN}\n"
    "  delivery: {ADDRESS_UK}\n  postcode: {POSTCODE_UK}",
    "[{t1}] Whisper: arrears on agreement {CUSTOMER_NUMBER_CONTRACT}\n[{t2}] Customer: the wardrobe came broken, "
    "I'm not paying\n[{t3}] Agent: I'll pause the payments",
    "| Customer | Phone | Item | Weeks left |\n|---|---|---|---|\n"
    "| {NAME_FULL} | {PHONE_EN} | {furniture_en} | {count} |",
    "Hi, please send the collection van to {ADDRESS}, {POSTCODE} instead, I moved. Kind regards,\n{NAME_FULL}\n"
    "{CUSTOMER_NUMBER_BARE}",
]

EN: list[tuple[str, str]] = [("en", template) for template in _TEMPLATES]
