"""English templates of test_v87, many from Ghanaian and Welsh customers: Re:amaze tickets, Teams posts, dropped
calls, hurried notes, order tables, letters with a PS, voice messages and numbered lists."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- hearing dogs
    ("en", "Re:amaze #{count}{count} | From: {NAME_TEAMS} <{EMAIL}> | Subject: hearing dog follow-up | Channel: chat"),
    (
        "en",
        "Application for a hearing dog: {NAME_FULL}, date of birth {DOB_EN}, living at {ADDRESS_EN}, {POSTCODE_UK}.",
    ),
    ("en", "[voice message] hiya, it's {NAME_FIRST}, the pup won't wake me for the alarm, ring me back on {PHONE_EN}"),
    ("en", "Monthly contribution for the dog: {amount} from {IBAN}, account holder {NAME_INITIALS}."),
    # ---- theme parks and haunted houses
    ("en", "My season pass {CUSTOMER_NUMBER_PASS} is under {NAME_FULL} but the gate keeps rejecting it."),
    ("en", "Charged twice on card {CARD} for the Halloween passes, please refund. {NAME_FULL}"),
    ("en", "Lost property: a child's coat, parent {NAME_SURNAME} can be reached on {PHONE}, email {EMAIL}."),
    ("en", "Car park pass linked to plate {PLATE_ABROAD}, holder {NAME_FULL}, valid until {date_en}."),
    # ---- robot mowers
    (
        "en",
        "| Order | Customer | Item | Postcode | Phone |\n| #100{count} | {NAME_FULL} | Worx Landroid M500 | "
        "{POSTCODE_UK} | {PHONE_EN} |",
    ),
    (
        "en",
        "note: cust {NAME_TYPO} says mowr stuck on slope agian, cust no {CUSTOMER_NUMBER_CUSTOMER}, cal bak {PHONE_EN}",
    ),
    ("en", "Repair contract {CUSTOMER_NUMBER_CONTRACT} for {NAME_FULL}, pick-up from {ADDRESS_EN}, {POSTCODE_UK}."),
    (
        "en",
        "Call 1 dropped after 20 s, caller {NAME_FULL}…\nCall 2: same caller, now from {PHONE_EN}, mower at "
        "{ADDRESS_EN}.",
    ),
    # ---- private detectives
    ("en", "Invoice for surveillance, client {NAME_CAPS}, {ADDRESS_EN}; {count} hours; pay to {IBAN}."),
    ("en", "Subject {NAME_FULL}, born {DOB_EN}, was seen driving {PLATE} on {date_en}."),
    (
        "en",
        "Dear Sir or Madam,\nplease find my complaint attached.\nYours faithfully,\n"
        "{NAME_FULL}\nPS my number is {PHONE}",
    ),
    ("en", "Retainer of {amount} received from {NAME_INITIALS}, engagement number {CUSTOMER_NUMBER_CONTRACT}."),
    # ---- glass pickups
    ("en", "Glass collection for the restaurant at {ADDRESS}, {POSTCODE}; manager {NAME_FULL}, phone {PHONE}."),
    ("en", "Teams – #glass-routes: @{NAME_TEAMS} the driver couldn't get in, kitchen number is {PHONE_EN}"),
    ("en", "Direct debit for bin hire from {IBAN}, contract {CUSTOMER_NUMBER_CONTRACT}, owner {NAME_CAPS}."),
    # ---- allergy clinics
    ("en", "Referral: patient {NAME_FULL}, DOB {DOB_EN}, hospital number {CUSTOMER_NUMBER_PATIENT}, BSN {BSN}."),
    ("en", "My details for the allergy clinic:\n1. {NAME_FULL}\n2. {DOB_EN}\n3. {PHONE_EN}\n4. {EMAIL}"),
    ("en", "[voice message] hello, my BSN is {BSN_SPOKEN} and my date of birth is {DOB_EN}, thank you"),
    ("en", "Policy {CUSTOMER_NUMBER_POLICY} should cover the skin prick test for {NAME_FIRST}, born {DOB_EN}."),
    # ---- collectors' shops
    ("en", "Order from the coin shop\nName: {NAME_FULL}\nAddress: {ADDRESS_EN}\nPostcode: {POSTCODE_UK}\nPaid: {CARD}"),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER} of the philatelic society, {NAME_FULL}, wants the new catalogue."),
    ("en", "Please pay for my late father's stamp albums into {IBAN}; I'm {NAME_FULL}. PS: email me at {EMAIL_SPOKEN}"),
    # ---- paragliding
    ("en", "Course booking: {NAME_FULL}, born {DOB_EN}, emergency contact {NAME_FULL} on {PHONE_ABROAD}."),
    ("en", "Tandem flight voucher for {NAME_FIRST}, paid with {CARD}, send it to {EMAIL}."),
    ("en", "We'll drive down in the van, reg {PLATE}, leaving from {ADDRESS} at {time}. {NAME_FIRST}"),
    # ---- sports halls
    ("en", "Hall hire request by {NAME_FULL} for the netball club, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Line went dead… caller rang back: 'it's {NAME_FULL} again, my number is {PHONE}'"),
    ("en", "Key card for the sports hall issued to {NAME_INITIALS}, {ADDRESS}, {POSTCODE}."),
    # ---- mobile hairdressers
    ("en", "Home visit for Mrs {NAME_SURNAME} at {ADDRESS_EN}, {POSTCODE_UK}; her daughter will call from {PHONE_EN}."),
    ("en", "note: mrs {NAME_TYPO}, perm + trim, pays cash, son wants invoice to {EMAIL}"),
    ("en", "Resident {NAME_FULL} (born {DOB_EN}) at Ty Gwyn care home would like a trim every {weekday_en}."),
    # ---- Ghanaian and Welsh English
    ("en", "Please my brother {NAME_FULL} in Kumasi will pay, his number is {PHONE_EN}, God bless."),
    ("en", "Chale, I sent the money from {IBAN} but the pass still hasn't come, it's {NAME_FIRST} from Accra."),
    ("en", "Bore da, I'm {NAME_FULL} from Aberystwyth, my mower's been with you since {date_en}; ring {PHONE_EN}."),
    ("en", "Diolch! Address for the stamps is {ADDRESS_EN}, {POSTCODE_UK}, and the name is {NAME_LOWER}."),
    (
        "en",
        "Hi, I'm {NAME_FULL}, I drive a foreign-plated car ({PLATE_ABROAD}) and got a parking fine at the sports hall.",
    ),
    # ---- numbered lists and tables
    ("en", "1) {NAME_FULL} 2) {EMAIL} 3) customer number {CUSTOMER_NUMBER_CUSTOMER} 4) {PHONE}"),
    ("en", "Order #{count}{count}\tcustomer: {NAME_FULL}\temail: {EMAIL}\tpaid: {CARD}\tstatus: shipped"),
    ("en", "Moving house: old address {ADDRESS}, {POSTCODE}; new address {ADDRESS_EN}, {POSTCODE_UK}. {NAME_FULL}"),
    ("en", "Member {NAME_CAPS}, card {CUSTOMER_NUMBER_MEMBER}, dropped off the call; rang back from {PHONE_ABROAD}."),
    ("en", "I live in Amsterdam now, {ADDRESS}, {POSTCODE}; my BSN is {BSN} if you need it. Ta, {NAME_FIRST}"),
    ("en", "Plate {PLATE} belongs to {NAME_FULL}, who booked the haunted house for {date_en}."),
]
