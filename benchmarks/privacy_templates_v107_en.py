"""English templates of test_v107 (Nigeria, the Irish midlands, Singapore): allotments, piano tuning, chimney
sweeping, carpool disputes, bridal alterations, driving tests, aquarium supplies, ferry tickets, orthodontic payment
plans and theatre seats, in Zendesk side conversations, faxes, voice messages, forms, OCR'd notes and logs."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- allotments
    (
        "en",
        "Allotment plot {code} assigned to {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}, member no. "
        "{CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("en", "Howya, it's {NAME_FIRST} from plot 9, the water is off again, ring me on {PHONE_EN} so."),
    ("en", "member;plot;phone;email\n{NAME_CAPS};{code};{PHONE_EN};{EMAIL}"),
    # ---- piano tuning
    ("en", "Piano tuning booked for {weekday_en} at {time}, {NAME_TITLED}, {ADDRESS_EN}, {POSTCODE_EN}."),
    (
        "en",
        "[Zendesk side conversation with tuner] Customer {CUSTOMER_NUMBER_CUSTOMER}, {NAME_FULL}, mobile {PHONE_EN}.",
    ),
    ("en", "Uh hi this is {NAME_FIRST}, uh the piano lah still out of tune, my number is {PHONE_SPOKEN}, thanks ah"),
    ("en", "Invoice paid by card {CARD} for {NAME_FULL}, tuning and regulation, {amount}."),
    # ---- chimney sweeping
    ("en", "Chimney sweep visit on {date_en}: {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}, Athlone, tel {PHONE_EN}."),
    ("en", "FAX TO: Sweep Co. FROM: {NAME_CAPS} TEL: {PHONE_EN} RE: stove flue, address {ADDRESS_EN}"),
    ("en", "The chimney is after going on fire, I'm {NAME_FULL} in Mullingar, mail me at {EMAIL}."),
    ("en", "Home insurance policy {CUSTOMER_NUMBER_POLICY} needs the sweep certificate for {NAME_TITLED}."),
    # ---- carpool disputes
    ("en", "Carpool complaint: driver {NAME_FULL}, car {PLATE_ABROAD}, did not show; rider wants {amount} refunded."),
    ("en", "Please refund to {IBAN} in the name of {NAME_FULL}, trip {ref}."),
    ("en", "Voice note: ehn, good afternoon, na {NAME_FIRST}, the driver with {PLATE_ABROAD} abandoned us for road o"),
    ("en", "User {CUSTOMER_NUMBER_CUSTOMER} ({EMAIL}) disputes the charge on {CARD}; born {DOB_EN}."),
    # ---- bridal alterations
    ("en", "Bridal fitting for {NAME_FULL}, DOB {DOB_EN}, wedding {date_en}, deposit {amount}."),
    ("en", "Good morning ma, this is {NAME_TITLED}, kindly call me on {PHONE_EN} about the aso ebi alterations."),
    (
        "en",
        "Alteration docket {CUSTOMER_NUMBER_CONTRACT} — bride {NAME_LOWER} — deliver to {ADDRESS_EN}, {POSTCODE_EN}",
    ),
    # ---- driving tests
    ("en", "Driving test application: {NAME_FULL}, date of birth {DOB_EN}, learner permit on car {PLATE_ABROAD}."),
    ("en", "Shift handover 22:00: {NAME_TITLED} wants call back on {PHONE_EN} re test date, email {EMAIL}."),
    ("en", "Candidate {NAME_INITIALS}, born {DOB_EN}, {ADDRESS_EN}, {POSTCODE_EN}, booking ref {ref}."),
    ("en", "Eh so my Dutch BSN is {BSN_SPOKEN}, I need it for the licence exchange, thanks {NAME_FIRST}"),
    # ---- aquarium supplies
    ("en", "Ship order {ref} to {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "order;name;address;postcode;email\n{ref};{NAME_FULL};{ADDRESS_EN};{POSTCODE_EN};{EMAIL}"),
    ("en", "My shrimps arrived dead, I'm {NAME_SURNAME} and my email is {EMAIL_SPOKEN}."),
    ("en", "Refund to {IBAN} for customer {CUSTOMER_NUMBER_CUSTOMER}, {NAME_FULL}."),
    # ---- ferry season tickets
    ("en", "Season ticket {CUSTOMER_NUMBER_SEASON} belongs to {NAME_FULL}, born {DOB_EN}, vehicle {PLATE_ABROAD}."),
    (
        "en",
        "> > > On {date_en} {NAME_FULL} <{EMAIL}> wrote:\n> > > lost my season pass\n> > which number?\n> see above",
    ),
    ("en", "Vehicle {PLATE} (Dutch plates) added to season ticket {CUSTOMER_NUMBER_SEASON} for {NAME_TITLED}."),
    # ---- orthodontist payment plans
    (
        "en",
        "Payment plan {CUSTOMER_NUMBER_CONTRACT} for braces: patient {NAME_FULL} (DOB {DOB_EN}), {count} instalments.",
    ),
    ("en", "Direct debit from {IBAN} in the name of {NAME_TITLED}, reference {CUSTOMER_NUMBER_CONTRACT}."),
    ("en", "Hi, {NAME_FIRST}'s mum here, her retainer snapped, can you call {PHONE_EN}?"),
    ("en", "FAX | patient: {NAME_CAPS} | DOB: {DOB_EN} | insurer policy: {CUSTOMER_NUMBER_POLICY} | tel: {PHONE_EN}"),
    # ---- theatre subscriptions
    ("en", "Theatre subscription seats {code} for {NAME_FULL}, {EMAIL}, subscriber no. {CUSTOMER_NUMBER_MEMBER}."),
    ("en", "Handwritten note (OCR): Name {NAME_OCR} / member {CUSTOMER_NUMBER_OCR} / phone {PHONE_EN}"),
    (
        "en",
        "Complaint form\n[x] noise [ ] parking\nName: {NAME_FULL}\nAddress: {ADDRESS_EN}, "
        "{POSTCODE_EN}\nTel: {PHONE_EN}",
    ),
    ("en", "[Side conversation to billing] please refund {amount} to card {CARD}, holder {NAME_FULL}."),
    ("en", "Dutch resident {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}, BSN {BSN}, phone {PHONE}."),
    ("en", "Belgian subscriber {NAME_FULL}, {ADDRESS}, {POSTCODE_BE} Brugge, mobile {PHONE_BE}, born {DOB}."),
    ("en", "Abeg, my name na {NAME_FULL}, I live for {ADDRESS_EN}, Lagos, call me {PHONE_EN}."),
]
