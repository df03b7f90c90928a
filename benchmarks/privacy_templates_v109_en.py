"""English templates of test_v109, many from Scottish, Nigerian and Australian customers: WhatsApp Business exports,
Zendesk macros, CSV exports pasted into notes, e-mail signatures with disclaimers and voice-bot transcripts."""

from __future__ import annotations

_ENGLISH: list[str] = [
    # ---- dental practices
    "Hiya, it's {NAME_SC}. I've a wee abscess and cannae wait till {weekday_en}, can ye phone me on {PHONE_SC}?",
    (
        "Good morning ma, I am {NAME_NG}, my patient number is {CUSTOMER_NUMBER_PATIENT}. Kindly help me reschedule "
        "my scaling, I am on {PHONE_NG}."
    ),
    (
        "[{stamp}] {NAME_FULL}: hi, booking for my son {NAME_CHILD_M}, DOB {DOB_CHILD}, can he get a check-up with "
        "the Saturday dentist?"
    ),
    (
        "Requester: {NAME_FULL} <{EMAIL}>\nMacro applied: New patient welcome\nDear {NAME_AGAIN}, please bring your "
        "BSN ({BSN}) and insurance card to the first visit."
    ),
    (
        "[00:01:10] Kiesje: Please say your date of birth.\n[00:01:15] caller: {DOB_SPOKEN}\n[00:01:23] Kiesje: "
        "Sorry, I didn't catch that."
    ),
    "No worries if you can't fit me in this arvo. {NAME_AU}, born {DOB_EN}, mobile {PHONE_AU}",
    # ---- marina berths and boat storage
    (
        "Aye, the yacht's oot the water for the winter. Send the invoice to {NAME_SC}, {ADDRESS_SC}, {POSTCODE_SC}; "
        "berth contract {CUSTOMER_NUMBER_BERTH}."
    ),
    (
        "G'day, {NAME_AU} here, me ute's parked at the slipway with the trailer, rego {PLATE_EN}. Ring {PHONE_AU} if "
        "it's in the way."
    ),
    "berth,owner,email,phone\nC-07,{NAME_FULL},{EMAIL},{PHONE_EN}",
    (
        "Kind regards,\n{NAME_SC}\nSkipper, SY Selkie\nM: {PHONE_SC}\n\nThis email and any attachments are "
        "confidential and intended solely for the addressee."
    ),
    "Please refund the berth deposit to {IBAN_EN}, account holder {NAME_FULL}.",
    # ---- solar panel installers
    (
        "Mate, send the warranty papers to my folks' place, {ADDRESS_AU}, {suburb} {POSTCODE_AU}, I'm heading home "
        "for Christmas."
    ),
    (
        "Please sir, the inverter has not been working since {date_en}. My contract number is "
        "{CUSTOMER_NUMBER_CONTRACT}. Regards, {NAME_NG}, {PHONE}"
    ),
    (
        "Ticket #{ticket}\nRequester: {NAME_FULL}\nAddress: {ADDRESS}, {POSTCODE} {town}\nMacro 'Site survey booked' "
        "applied by Zonny"
    ),
    "Deposit for the {count}-panel kit paid with card {CARD}, cardholder {NAME_CAPS}.",
    "[{ts}] caller: yeah hi it's {NAME_ASR} about the solar panels on my roof they're not feeding in",
    # ---- student housing
    (
        "Good day, I am {NAME_NG}, a master student. My rent is deducted from {IBAN} but the heater in my room is "
        "spoilt. Tenant no. {CUSTOMER_NUMBER_TENANT}."
    ),
    (
        "[{stamp}] {NAME_FULL}: hello, my BSN is {BSN}, I need the rental contract for the municipality registration "
        "please"
    ),
    "I'm moving oot on {date_en}. Forwarding address: {ADDRESS_SC}, {POSTCODE_SC}. Cheers, {NAME_SC}",
    "Hey, {NAME_AU} here, born {DOB_EN}, just landed from Melbourne. My number's {PHONE_AU} till I sort a Dutch SIM.",
    "tenant_id,name,dob,email\n{CUSTOMER_NUMBER_TENANT},{NAME_FULL},{DOB_EN},{EMAIL}",
    "[00:02:17] caller: my email is {EMAIL_SPOKEN}\n[00:02:23] Kamerbot: thank you, I will send the room offer there",
    # ---- pharmacy home delivery
    (
        "Please deliver my mother's drugs to {ADDRESS}, {POSTCODE} {town}. She is {NAME_NG_F}, date of birth "
        "{DOB_EN}. Thank you and God bless."
    ),
    "Best,\n{NAME_FULL}\n{ADDRESS}\n{POSTCODE} {town}\nThe Netherlands\n{PHONE}",
    "Och, the courier's been twice and naebody was in. I'm {NAME_SC}, pharmacy customer {CUSTOMER_NUMBER_PHARMACY}.",
    (
        "[00:00:24] Pilbot: For security, please say your BSN.\n[00:00:31] caller: {BSN_SPOKEN}\n[00:00:35] Pilbot: "
        "Thank you."
    ),
    "Card on file for delivery fees: {CARD} ({NAME_FULL})",
    "Hi, I'm collecting the prescription for {NAME_FULL_F}, BSN {BSN}, she's my gran and can't walk far.",
    # ---- car sharing clubs
    (
        "No worries if I'm a bit late, I've listed my own hatchback {PLATE} on the club app for the arvo. {NAME_AU}, "
        "member {CUSTOMER_NUMBER_MEMBER}"
    ),
    "Abeg, the car {PLATE} I booked from {NAME_FULL} has a flat tyre. Please call me on {PHONE_NG}, I am stranded.",
    (
        "Member: {NAME_FULL} (#{CUSTOMER_NUMBER_MEMBER})\nDriving licence: checked\nIBAN for fees: {IBAN_EN}\nMacro: "
        "welcome pack sent"
    ),
    "{wa} - {PHONE_WA}: hi, I left my wallet in {NAME_FIRST}'s car, can you ask them to check?",
    "We're driving over on the ferry fae Newcastle, car reg {PLATE_EN}. Can we park it at the club? {NAME_SC}",
    # ---- wedding venues
    (
        "We're getting hitched on {date_en}! Bride {NAME_SC_F}, groom {NAME_FULL_M}. The piper's van will need "
        "parking, reg {PLATE_EN}."
    ),
    (
        "Good afternoon, my traditional wedding holds on {date_en}. I am {NAME_NG} and the groom's family contact is "
        "{NAME_NG} on {PHONE_NG}."
    ),
    (
        "Balance of the venue hire charged to {CARD}, booking ref {CUSTOMER_NUMBER_BOOKING}, couple {NAME_FULL} and "
        "{NAME_FULL}."
    ),
    (
        "Warm regards,\n{NAME_FULL}\nWedding coordinator\n{EMAIL_WORK_WEDDING}\n\nDisclaimer: this message is "
        "intended only for the addressee and may contain privileged information."
    ),
    "Hey guys, {NAME_AU} and my fiancé {NAME_AU_M} wanna have a squiz at the barn. Flick us an email at {EMAIL}",
    "My address in Lagos for the invoice is {ADDRESS_NG}, {city_ng} {POSTCODE_NG}. Thank you, {NAME_NG}",
    # ---- after-school childcare (BSO)
    (
        "Hi, my daughter {NAME_CHILD_F} (born {DOB_CHILD}) starts after-school care on {date_en}. My BSN for the "
        "childcare allowance is {BSN}."
    ),
    "Please ma, my son {NAME_CHILD_M} will be picked up by my brother {NAME_NG_M} today, his car number is {PLATE}.",
    (
        "Dear {NAME_FULL},\nYour child {NAME_CHILD} has placement number {CUSTOMER_NUMBER_CHILD}. Invoices will be "
        "collected from {IBAN}.\n(Zendesk macro: placement confirmed)"
    ),
    "child_id;child;parent;mobile\n{CUSTOMER_NUMBER_CHILD};{NAME_CHILD};{NAME_FULL};{PHONE}",
    # ---- bicycle repair shops
    "Ma bike got nicked fae ootside the shop! I'm {NAME_SC}, email {EMAIL}, or ye can phone {PHONE_SC} an' all.",
    "Fixed the brakes yet, mate? {NAME_AU}, staying at {ADDRESS}, {POSTCODE} {town} for the semester.",
    "[{stamp}] {NAME_FULL}: pls text me when the bike is ready, {PHONE_ABROAD}",
    "Paid {price} for the service with {CARD}, receipt to {EMAIL} please.",
    # ---- charity lottery subscriptions
    "Chuck the lottery tickets on my card, {CARD}, cheers. {NAME_AU}",
    "[{ts}] caller: card number is {CARD_SPOKEN} expiry oh nine twenty eight",
    "Cancel ma lottery subscription, I've no won a penny in two years. {NAME_SC}, subscriber {CUSTOMER_NUMBER_LOTTERY}",
    "[00:01:31] Lotje: Please say the phone number on your account.\n[00:01:39] caller: {PHONE_SPOKEN}",
    "I wish to stop the monthly debit from {IBAN}. My name is {NAME_NG}, my address is {ADDRESS}, {POSTCODE} {town}.",
    "subscriber,name,postcode,dob\n{CUSTOMER_NUMBER_LOTTERY},{NAME_FULL},{POSTCODE},{DOB_EN}",
    (
        "Hi {NAME_FIRST},\nWe've updated your address to {ADDRESS}, {POSTCODE} {town}. Your tickets stay valid.\n"
        "(macro: address change)"
    ),
    "I've moved back to {ADDRESS_AU}, {suburb} {POSTCODE_AU}, so please stop my tickets. Cheers, {NAME_AU}",
    (
        "---------- Forwarded message ----------\nFrom: {NAME_FULL} <{EMAIL}>\n> Please update my address to "
        "{ADDRESS_EN}, {POSTCODE_EN}\n> and my number to {PHONE_EN}."
    ),
]

EN: list[tuple[str, str]] = [("en", text) for text in _ENGLISH]
