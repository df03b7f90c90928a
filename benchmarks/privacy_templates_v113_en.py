"""English templates of test_v113, most from Ghanaian, Filipino and Welsh writers: hospital appointments, contents
insurance for tenants, TV and internet bundles, overdraft complaints, hail damage, school uniforms, library fines,
ash scattering, fishing trips and zoo memberships, in Sunshine conversations, WeChat, Apple Business Chat,
voicemails over hold music, tab-pasted spreadsheet cells, JSON-lines logs, IVR keypad entries and signatures with
Welsh-English and Dutch-English disclaimers."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- hospital appointment scheduling
    "Bore da! I've got {clinic_en} at {hospital_cy} {appt_en} but I'm stuck in work, isn't it. Can you move it? "
    "DOB {DOB_CY}, hospital no. {CUSTOMER_NUMBER_PATIENT}. Diolch, {NAME_CY}",
    "Please Madam, I want to book for my mother at {clinic_en}, {hospital_gh}. Her name is {NAME_GH_F}, she was "
    "born {DOB_SENIOR}. Her folder number is {CUSTOMER_NUMBER_PATIENT}. Call me on {PHONE_GH}, God bless.",
    "Hello po! I will just ask po if I can resched my check-up at {clinic_en}. My name is {NAME_PH}, bday "
    "{DOB_PH}. Pls text me at {PHONE_PH}. Ty po!",
    '{"ts":"{ts}","level":"INFO","service":"appointments","event":"reschedule_request",'
    '"patient_name":"{NAME_FULL}","dob":"{DOB_ISO}","mobile":"{PHONE_E164}"}',
    "Voicemail ({vm_len}) {noise_en} hiya, it's {NAME_CY} calling about my appointment at {clinic_en}, my "
    "number's {PHONE_SPOKEN}, ta {noise_en}",
    "WeChat · {NAME_HAN}\n{wx_time}\n[Voice Call] 01:42\nSorry missed your call. For the hospital registration "
    "my BSN is {BSN}, DOB {DOB_CN}.",
    "Patient\tDOB\tHospital no.\tClinic\n{NAME_REVERSED}\t{DOB}\t{CUSTOMER_NUMBER_PATIENT}\t{clinic_en}",
    # ---- tenants' contents insurance
    "Hiya, we had a break-in at the flat, they took my {item_en} and my purse. Policy {CUSTOMER_NUMBER_POLICY}, "
    "address {ADDRESS_CY}, {POSTCODE_CY}. Tidy if you can sort it now in a minute. {NAME_FIRST}",
    "Please I am a tenant at {ADDRESS_GH}, {town_gh} ({POSTCODE_GH}). My room was flooded and my {item_en} is "
    "spoilt. Policy number {CUSTOMER_NUMBER_POLICY}. Thank you. {NAME_GH}",
    "Policyholder\tAddress\tPostcode\tSum insured\n{NAME_FULL}\t{ADDRESS_CY}\t{POSTCODE_CY}\t{amount_cy}",
    "Messages for Business · {insurer_en}\nCustomer selected: Make a claim › Theft\nCustomer: my {item_en} was "
    "stolen from my room. Claim ref {CUSTOMER_NUMBER_CLAIM}, email {EMAIL}",
    "Please find the receipts for the {item_en} attached.\n\nCofion / "
    "Regards,\n{NAME_CY}\n{PHONE_CY}\n{EMAIL_WORK}\n\nRydym yn croesawu gohebiaeth yn Gymraeg. / We welcome "
    "correspondence in Welsh.",
    "Hi, for my parents' contents cover: they live at {ADDRESS_CN}, 上海 {POSTCODE_CN} half the year. Is that "
    "covered too? {NAME_CN}",
    # ---- TV and internet bundles
    "Good day! Our {bundle_en} is down since yesterday po, red LOS light. Account no. "
    "{CUSTOMER_NUMBER_CONTRACT}, address {ADDRESS_PH}, {town_ph}. Contact {PHONE_PH}. Thank you po.",
    "Sunshine Conversations · {conv} · source: web\n[{clock}] appUser: I'd like to cancel {bundle_en}\n[{clock}] "
    "business: Sure, what's the account holder's name and postcode?\n[{clock}] appUser: {NAME_CY}, {POSTCODE_CY}",
    "Chale, {provider_gh} has been billing me twice. Account {CUSTOMER_NUMBER_CONTRACT}. I beg refund to my card "
    "{CARD}. {NAME_GH}",
    "IVR {ts} | welcome to {provider_en} | 'enter your account number followed by hash' | DTMF "
    "{CUSTOMER_NUMBER_KEYED}# | 'enter your date of birth, day month year' | DTMF {DOB_KEYED}# | routed: billing",
    "WeChat · {NAME_HAN}\n{wx_time}\nHi, I'm {NAME_CN}, is my broadband installation tomorrow? Address "
    "{ADDRESS_CY}. My UK mobile {PHONE_CY}",
    '{"ts":"{ts}","level":"{level}","svc":"provisioning","event":"engineer_visit",'
    '"account":"{CUSTOMER_NUMBER_CONTRACT}","contact":"{NAME_FULL}","email":"{EMAIL}"}',
    # ---- bank overdraft complaints
    "I'm fuming, duw duw. {bank_cy} charged me {amount_cy} for going £3 overdrawn. My account is {IBAN_GB}. {NAME_CY}",
    "Please I want to complain. My account went negative and {bank_gh} deducted {amount_gh} interest. Account "
    "holder {NAME_GH}, customer ID {CUSTOMER_NUMBER_BANK}, phone {PHONE_GH}.",
    "Hi po, why my account has overdraft fee? I did not use credit line po. Card number {CARD}, name {NAME_PH}. "
    "Pls help 🙏",
    '{"ts":"{ts}","svc":"complaints","event":"overdraft_fee_dispute","customer":"{NAME_FULL}",'
    '"iban":"{IBAN_ANY}","email":"{EMAIL}"}',
    "I dispute the unarranged overdraft fee of {amount_en}.\n\nKind regards / Met vriendelijke "
    "groet,\n{NAME_FULL}\nClient no. {CUSTOMER_NUMBER_BANK}\n{PHONE_EN}\n\nThis email is confidential. / Deze "
    "e-mail is vertrouwelijk.",
    "Good afternoon, I was charged an overdraft fee on {IBAN_ANY}. My name is {NAME_FULL}, phone {PHONE_ABROAD}. "
    "Please treat as urgent.",
    "Voicemail {vm_len} {noise_en} hello, {NAME_FULL} here, I'm ringing about the overdraft charges, my sort "
    "code and account are on file, the card is {CARD_SPOKEN} {noise_en}",
    # ---- car insurance claims after hail
    "Hail stones like golf balls in {town_cy} yesterday, the car is proper dented. Reg {PLATE_CY}, policy "
    "{CUSTOMER_NUMBER_POLICY}. Ring me on {PHONE_CY}. {NAME_CY}",
    "Please the hailstorm in {town_gh} damaged my windscreen. Vehicle number {PLATE_GH}, insured with "
    "{insurer_gh}. My name is {NAME_GH}, email {EMAIL}.",
    "Hello po, there was a hailstorm in {town_ph} kahapon and my car got dents. Plate no. {PLATE_PH}, "
    "{insurer_ph} policy {CUSTOMER_NUMBER_POLICY}. Thank you po, {NAME_PH}",
    "Messages for Business · {insurer_en}\nCustomer selected: Claims › Weather damage\nCustomer: reg {PLATE_EN}, "
    "{dents} dents on the bonnet\nCustomer shared contact: {NAME_FULL}, {PHONE_EN}",
    "Reg\tClaim\tDriver\tDOB\n{PLATE_CY}\t{CUSTOMER_NUMBER_CLAIM}\t{NAME_FULL}\t{DOB}",
    "Voicemail {vm_len} {noise_en} yeah hi, {NAME_FULL}, the hail claim {CUSTOMER_NUMBER_CLAIM}, your assessor "
    "never turned up, I'm at {ADDRESS_EN} all day {noise_en}",
    # ---- school uniform webshops
    "Order for {school_cy}: {garment_en}, {size_en}, for our youngest, {NAME_FIRST}, born {DOB_CHILD}. Deliver "
    "to {ADDRESS_CY}, {POSTCODE_CY}. Diolch!",
    "Please my ward {NAME_GH} is starting at {school_gh}. I paid for the {garment_en} with MoMo but order "
    "{CUSTOMER_NUMBER_ORDER} is still pending. Call {PHONE_GH}.",
    "Hi po, I ordered a {garment_en} for my daughter, order {CUSTOMER_NUMBER_ORDER}. Paid via card {CARD}. "
    "Deliver po to {ADDRESS_PH}, {POSTCODE_PH} {town_ph}.",
    '{"ts":"{ts}","event":"order_shipped","order_id":"{CUSTOMER_NUMBER_ORDER}","ship_to":"{ADDRESS_EN}",'
    '"recipient":"{NAME_FULL}","sku":"{sku}"}',
    "Messages for Business · {school_en} Uniform Shop\nCustomer selected: Returns\nCustomer: {garment_en} too "
    "big, refund to {CARD} please. It's under {EMAIL}",
    # ---- public library fines
    "Bore da, I've got a fine for {book_en} but I brought it back to {library_cy} on time, honest. Library card "
    "{CUSTOMER_NUMBER_LIBRARY}. {NAME_CY}, {EMAIL}",
    "Please I want to pay the fine of {amount_gh} for my daughter {NAME_GH_F}, reader's ticket "
    "{CUSTOMER_NUMBER_LIBRARY}.",
    "Hello po, can I pay my library fine online? Card no. {CUSTOMER_NUMBER_LIBRARY}, name {NAME_PH}, birthday "
    "{DOB_PH}.",
    "IVR {ts} | {library_cy} renewals | 'key in your library card number' | DTMF {CUSTOMER_NUMBER_KEYED}# | 'to "
    "pay a fine of {amount_cy} press 1' | DTMF 1 | 'key in your card number' | DTMF {CARD_KEYED}#",
    "Card\tBorrower\tTitle\tFine\n{CUSTOMER_NUMBER_LIBRARY}\t{NAME_CAPS}\t{book_en}\t{amount_cy}",
    # ---- ash scattering services
    "We would like Mam's ashes scattered at sea off {town_cy}. She was {NAME_CY_F}, born {DOB_CY_SENIOR}, passed "
    "on {date_en}.\n\nCofion cynnes / Warm regards,\n{NAME_CY}\n{PHONE_CY}\n\nCroesewir gohebiaeth yn Gymraeg. / "
    "Correspondence in Welsh is welcome.",
    "Please, my late father {NAME_GH_M} wished his ashes to be scattered at sea. I am in {town_gh}, my number is "
    "{PHONE_GH}, email {EMAIL}. God bless you.",
    "Good day po. We want to scatter the ashes of our lola at sea near the Netherlands. Dossier "
    "{CUSTOMER_NUMBER_DOSSIER}. Contact person {NAME_PH}, {PHONE_PH}.",
    "Voicemail {vm_len} {noise_en} hello this is {NAME_FULL}, about the scattering for my dad, file number "
    "{CUSTOMER_NUMBER_DOSSIER}, could you email me at {EMAIL_SPOKEN}, thanks {noise_en}",
    # ---- guided fishing trips
    "Fancy a guided trip for {fish_en} out of {harbour} in May, me and the boys. Booking under {NAME_CY}, mobile "
    "{PHONE_CY}. Lush!",
    "Please I want to book a fishing trip for 3 from {harbour}. I am visiting from {town_gh}. Name {NAME_GH}, "
    "WhatsApp {PHONE_GH}.",
    "Messages for Business · Guided Fishing {harbour}\nCustomer selected: Book a trip › {fish_en}\nTime Picker: "
    "{weekday_en} 06:00\nApple Pay › {fare_en} ✓\nBooking ref {CUSTOMER_NUMBER_BOOKING} · {NAME_FULL} · {EMAIL}",
    "Conversation {conv} (source: messenger)\n[{clock}] user: can I bring my own rod? booking "
    "{CUSTOMER_NUMBER_BOOKING}\n[{clock}] business: Of course! A phone number for the skipper?\n[{clock}] user: "
    "{PHONE_EN}",
    # ---- zoo memberships
    "We've got the {pass_en} for {zoo_cy}, membership {CUSTOMER_NUMBER_MEMBER}. Can you add my youngest, "
    "{NAME_FIRST}, born {DOB_CHILD}? Cheers, {NAME_CY}",
    "Hi po, I want to renew our {pass_en} for {zoo_ph}. Member ID {CUSTOMER_NUMBER_MEMBER}, name {NAME_PH}, "
    "address {ADDRESS_PH}, {town_ph} {POSTCODE_PH}.",
    "Please my membership card for Accra Zoo got lost. My name is {NAME_GH}, I stay at {ADDRESS_GH} ({POSTCODE_GH}).",
    '{"ts":"{ts}","svc":"memberships","event":"renewal_failed","member":"{CUSTOMER_NUMBER_MEMBER}",'
    '"holder":"{NAME_FULL}","card":"{CARD_PLAIN}","reason":"do_not_honor"}',
    "Member no.\tName\tDOB\tEmail\n{CUSTOMER_NUMBER_MEMBER}\t{NAME_CAPS}\t{DOB}\t{EMAIL}",
    "Hello po, for the senior discount at {zoo_ph} for my Lola {NAME_PH_F}, her birthday is {DOB_PH_SENIOR}. Ty!",
    "Voicemail {vm_len} {noise_en} hiya, it's {NAME_CY} from {town_cy}, about the membership cards, the postcode "
    "is {POSTCODE_CY} and the house is {ADDRESS_CY} {noise_en}",
    # ---- more from the same channels
    "Hello po, I am a caregiver here in the Netherlands. For the hospital they ask my BSN: {BSN}. My name is "
    "{NAME_PH}, ty po.",
    "Voicemail {vm_len} {noise_en} good afternoon, this is {NAME_GH}, for the contents insurance they need my "
    "citizen service number, it is {BSN_SPOKEN} {noise_en}",
    "Take the zoo renewal off this card please, {CARD}, not the old one. Diolch, {NAME_CY}",
    "Please can I park at the harbour in {harbour} for the fishing trip? My rental car is {PLATE}. {NAME_GH}",
    "Hello po, I parked at {zoo_ph}, plate {PLATE_PH}, and lost my parking ticket po. {NAME_PH}, {PHONE_PH}",
    "Please refund the uniform money to my Dutch account {IBAN}, the Ghana account cannot receive euro. Order "
    "{CUSTOMER_NUMBER_ORDER}.",
]

EN: list[tuple[str, str]] = [("en", template) for template in _TEMPLATES]
