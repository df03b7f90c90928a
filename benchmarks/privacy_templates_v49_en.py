"""English templates of test_v49: expats, students, travellers and Irish, Scottish, Asian and other customers
of Dutch providers, universities, airlines, ferries, carriers, dealers, insurers and smart-lock firms."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- internet, TV, streaming
    (
        "en",
        "[{clock}] Customer: hi, internet down since {time_en} at {ADDRESS}, {POSTCODE} {city}. account "
        "{CUSTOMER_NUMBER_TELECOM}",
    ),
    ("en", "[{clock}] Customer: my name is {NAME_FULL} and the engineer never showed up, pls call {PHONE_ABROAD}"),
    ("en", "@{provider_handle} third outage this week in {city}, still no reply to my DM. @{NAME_HANDLE}"),
    ("en", "I was charged {amount} for {service} on card {CARD} after cancelling. Account e-mail: {EMAIL}."),
    ("en", "My {service} account {CUSTOMER_NUMBER_STREAMING} was hacked; the login mail was changed from {EMAIL}."),
    ("en", "Caller spelled her surname as {NAME_SPELLED} and gave postcode {POSTCODE_SPOKEN}."),
    ("en", "Please call me back on {PHONE_SPOKEN}, this is {NAME_FULL} about the modem swap."),
    # ---- universities, MOOCs, libraries, museums, theatres
    ("en", "Student number {CUSTOMER_NUMBER_STUDENT}: my tuition fee was collected twice from {IBAN_FOREIGN}."),
    ("en", "Dear admissions office, I am {NAME_FULL}, born {DOB}, applying for {course}. Mail: {EMAIL}."),
    (
        "en",
        "The diploma supplement shows the wrong name; it should read {NAME_UPPER}, student {CUSTOMER_NUMBER_STUDENT}.",
    ),
    ("en", "Please send my certificate for {course} to {ADDRESS_UK}. {NAME_FULL}"),
    ("en", "I lost my library card {CUSTOMER_NUMBER_LIBRARY}; my name is {NAME_FULL} and I live at {ADDRESS}."),
    ("en", "Tickets for {show} at {theatre} were booked by {NAME_FULL} ({EMAIL}), card {CARD}."),
    ("en", "My Museumkaart {CUSTOMER_NUMBER_MUSEUM} shows a date of birth of {DOB} but I'm {NAME_FIRST}, not my mum!"),
    # ---- airlines, ferries, cruises
    (
        "en",
        "Lost bag on {flight} from {city}: file {pir}, passenger {NAME_REVERSED}, deliver to {ADDRESS}, {POSTCODE}.",
    ),
    ("en", "EU261 claim for {flight}, cancelled on {date_en}. Passengers {NAME_FULL} and {NAME_FULL}; pay to {IBAN}."),
    ("en", "Frequent flyer number {CUSTOMER_NUMBER_FLYER}, name {NAME_FULL}, date of birth {DOB_WORDS}."),
    ("en", "My father {NAME_FULL}, born {DOB}, needs wheelchair assistance at {airport}; my number is {PHONE_ABROAD}."),
    ("en", "Ferry booking {ferry}, {date_en}: car {PLATE}, driver {NAME_FULL}, mobile {PHONE}."),
    ("en", "The reg on my booking is wrong, it's {PLATE_SPELLED}, not what the form says. {NAME_FIRST}"),
    ("en", "Cruise refund of {amount} to {IBAN_FOREIGN} please, account holder {NAME_INITIALS}."),
    # ---- parcels, customs, cars
    ("en", "Parcel {tracking} from {country_en} is held by customs; my BSN is {BSN} and I live at {ADDRESS}."),
    ("en", "Please redeliver {tracking} to {ADDRESS_UK}, recipient {NAME_FULL}, phone {PHONE_ABROAD}."),
    ("en", "I bought a {car} ({PLATE}) from {dealer}; customer no. {CUSTOMER_NUMBER_DEALER}, e-mail {EMAIL}."),
    ("en", "Registration of {PLATE} should be in my name, {NAME_FULL}, born {DOB}, {ADDRESS}, {POSTCODE} {city}."),
    # ---- home insurance and security
    ("en", "Water damage claim: {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}, {ADDRESS}, phone {PHONE}."),
    ("en", "Burglary on {date_en}. Insured: {NAME_UPPER}, BSN {BSN}, policy {CUSTOMER_NUMBER_POLICY}, IBAN {IBAN}."),
    ("en", "My {lock} locks me out of {ADDRESS}! subscriber {CUSTOMER_NUMBER_SECURITY}, call {PHONE} asap"),
    ("en", "Alarm contacts: {NAME_FULL} ({PHONE}) and {NAME_FULL} ({PHONE_ABROAD}). Code {CUSTOMER_NUMBER_SECURITY}."),
    ("en", "Hi {NAME_FIRST}, escalating {ticket}: customer {NAME_FULL}, {EMAIL}, customer number {CUSTOMER_NUMBER}."),
    ("en", "Card read out on the phone: {CARD_SPOKEN}, expiry {expiry}, holder {NAME_FULL}."),
    ("en", "I gave my BSN as {BSN_SPOKEN} and my date of birth as {DOB_WORDS}."),
    ("en", "Refund to IBAN {IBAN_SPOKEN}, account holder {NAME_FULL}."),
    ("en", "Customer number, read out: {CUSTOMER_NUMBER_SPOKEN}. Postcode {POSTCODE}, house number {ADDRESS_NUMBER}."),
    (
        "en",
        "Hi, I'm {NAME_FULL} from {city_abroad}, now living at {ADDRESS}, {POSTCODE} {city}; mail me at "
        "{EMAIL_OBSCURED}.",
    ),
    ("en", "For my DUO student loan they asked my citizen service number: {BSN}. Student {CUSTOMER_NUMBER_STUDENT}."),
    ("en", "The shop charged my card {CARD} twice for the {lock}. Order {order}, {NAME_FULL}."),
    ("en", "The courier with my lost suitcase blocked my car {PLATE} outside {ADDRESS} for an hour!"),
]
