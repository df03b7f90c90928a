"""English templates of test_v50: expats and newcomers (South African, Israeli, Lebanese, Egyptian, Kenyan,
Ethiopian, Nepali, Sri Lankan, Malaysian, Latin American, Baltic, Czech, Slovak and Balkan) dealing with
mortgages, viewings, contractors, owners' associations, removals, storage, furniture and mattresses."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- mortgage and estate agents
    (
        "en",
        "Hi, this is {NAME_FULL}, we viewed the flat on {street_public} on {weekday_en}; please call me back on "
        "{PHONE_INTL} or {PHONE}.",
    ),
    (
        "en",
        "Our mortgage application is {CUSTOMER_NUMBER_LOAN}. My partner {NAME_FULL} was born on {DOB} and her "
        "BSN is {BSN}.",
    ),
    ("en", "Applicant: {NAME_REGISTER} | DOB {DOB_WORDS} | BSN {BSN} | current address {ADDRESS_ABROAD}"),
    (
        "en",
        "We would like to bid {price} on {ADDRESS}, {POSTCODE} {city}. Buyers: {NAME_COUPLE}, reachable at {EMAIL}.",
    ),
    ("en", "The valuer can reach me on {PHONE_SPOKEN}; the keys are with my neighbour {NAME_FIRST}."),
    ("en", "Please send the signed rate offer to {EMAIL} and not to my old work address {EMAIL_WORK}."),
    ("en", "Until the transfer we still live at {ADDRESS_ABROAD}; my Dutch number is {PHONE}."),
    # ---- contractors, permits and owners' associations
    (
        "en",
        "The builders left rubble in front of {ADDRESS} for {count} days and their van {PLATE} blocks the "
        "driveway. Regards, {NAME_FULL}",
    ),
    ("en", "I object to permit {case}: the extension at {ADDRESS} would block all light. {NAME_FULL}, {ADDRESS}"),
    (
        "en",
        "Minutes of the {vve} meeting, {date_en}. Present: {NAME_FULL} (chair), {NAME_FULL} (treasurer), "
        "{NAME_FULL}. Apologies: {NAME_INITIALS}.",
    ),
    ("en", "[{chat_stamp}] {NAME_CHAT}: anyone else without hot water? I'm in {ADDRESS_UNIT}, text me on {PHONE_INTL}"),
    ("en", "[{chat_stamp}] {NAME_CHAT}: the grey car {PLATE} in my parking spot is not mine, please move it"),
    ("en", "Service charge arrears for {ADDRESS_UNIT}: owner {NAME_UPPER}, member number {CUSTOMER_NUMBER_VVE}."),
    # ---- pest control, chimney, locksmith
    (
        "en",
        "Our pest control technician found {pest_en} at {ADDRESS}; the tenant {NAME_FULL} ({EMAIL}) will send photos.",
    ),
    ("en", "Your locksmith charged my card {CARD} twice, {amount} each time. Customer number {CUSTOMER_NUMBER}."),
    ("en", "Locked out at {ADDRESS_UNIT}, {POSTCODE} {city}. My name is {NAME_FULL}, phone {PHONE_INTL}."),
    ("en", "I booked the chimney sweep online and paid with {CARD}; the confirmation went to {EMAIL}."),
    ("en", "The locksmith's car {PLATE} was parked on the pavement in front of {ADDRESS} for two hours."),
    ("en", "For the registration at the town hall my BSN is {BSN}; my partner {NAME_FULL} still has to apply."),
    # ---- removals and storage
    (
        "en",
        "The movers scratched the parquet at {ADDRESS}, {POSTCODE} {city}. Storage contract "
        "{CUSTOMER_NUMBER_STORAGE}, contact {NAME_FULL}.",
    ),
    ("en", "Plate {PLATE} is my rental van for the move on {date_en}; the permit is in the name of {NAME_FULL}."),
    ("en", "Please charge the storage deposit to card {CARD}, name on card {NAME_UPPER}."),
    ("en", "Refund the deposit of storage {unit} to {IBAN_FOREIGN}, account holder {NAME_FULL}."),
    ("en", "My salary goes to my account abroad, {IBAN_FOREIGN}; can the mortgage be collected from there?"),
    ("en", "I moved from {ADDRESS_ABROAD} and my new address is {ADDRESS}, {POSTCODE} {city}. {NAME_FULL}"),
    # ---- furniture and mattresses
    ("en", "The sofa from {shop} arrived damaged. Order {order}, customer number {CUSTOMER_NUMBER}, {NAME_FULL}."),
    ("en", "I want to return the {mattress} within the trial. Please refund to {IBAN}, {NAME_INITIALS}."),
    ("en", "Customer {NAME_FULL}, born {DOB_WORDS}, asks to delete her card {CARD} from the account."),
    ("en", "My customer number is {CUSTOMER_NUMBER_SPOKEN} and my email is {EMAIL_SPOKEN}."),
    ("en", "Delivery to {ADDRESS}, {floor}; call {NAME_FIRST} on {PHONE_BE} if the door is closed."),
    # ---- signature blocks and exports
    (
        "en",
        "Kind regards,\n{NAME_FULL}\nSenior Project Manager, {contractor}\nM {PHONE_INTL} | E {EMAIL_WORK}",
    ),
    ("en", "Thanks in advance!\n--\n{NAME_FULL} | {ADDRESS}, {POSTCODE} {city} | {PHONE}"),
    (
        "en",
        'order_id,delivery_date,contact,phone,email\n{order},{date_en},"{NAME_FULL}",{PHONE},{EMAIL}',
    ),
    ("en", 'id,name,dob,card\n{CUSTOMER_NUMBER},"{NAME_REGISTER}",{DOB},{CARD}'),
    ("en", 'tenant,unit,plate,iban\n"{NAME_LOWER}","{unit}","{PLATE}","{IBAN}"'),
    ("en", "Caller says her date of birth is {DOB_WORDS} and her postcode is {POSTCODE_SPOKEN}."),
    ("en", "Agent note: verified {NAME_FULL} with BSN {BSN_SPOKEN}; new phone {PHONE_SPOKEN}."),
]
