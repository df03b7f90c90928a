"""English and Flemish templates of test_v41: expats, British, Irish and Indian customers of Dutch providers,
and Belgian customers of telecom, parcel, bank, rail and insurance companies."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    ("en", "Hi, I'm porting my number {PHONE_MOBILE} from {provider}, account number {CUSTOMER_NUMBER_TELECOM}."),
    ("en", "The new router should go to {ADDRESS}, {POSTCODE} {city}, attention {NAME_FULL}."),
    ("en", "My SIM was swapped without my consent! Number {PHONE}, name on the contract {NAME_FULL}."),
    ("en", "Caller spelled her surname as {NAME_SPELLED}, first name {NAME_FIRST}, callback on {PHONE_INTL}."),
    ("en", "Parcel {tracking} says delivered but nobody came to {ADDRESS_UK}. Cheers, {NAME_FIRST}"),
    ("en", "Please refund order {order} to {IBAN_FOREIGN}, the account holder is {NAME_FULL}."),
    ("en", "I'm {NAME_FULL}, my email is {EMAIL_SPOKEN}, and the return label never arrived."),
    ("en", "My card {CARD} was charged {amount} twice by {shop}; I'd like to dispute it. {NAME_INITIALS}"),
    (
        "en",
        "Card issue: customer read the full number aloud, {CARD_SPOKEN}, card blocked, new one to {ADDRESS}.",
    ),
    ("en", "Chargeback form - cardholder: {NAME_UPPER}, card: {CARD}, date of birth: {DOB}"),
    ("en", "Verification passed: DOB {DOB_WORDS}, postcode {POSTCODE}, last payment {amount}."),
    ("en", "I forgot to check out at {station}, my personal OV-chipkaart is {CUSTOMER_NUMBER_OV}."),
    ("en", "Delay refund for {train}: please pay {amount} to {IBAN} in the name of {NAME_DISPLAY}."),
    (
        "en",
        "Booking {booking}: passenger {NAME_PASSENGER} ADT, born {DOB_AIRLINE}, FF {CUSTOMER_NUMBER_FLYER}.",
    ),
    ("en", "Lost luggage on {flight} from {airport}; deliver to {ADDRESS}, {POSTCODE}, phone {PHONE_SPOKEN}."),
    ("en", "Can you add my partner {NAME_FULL}, born on {DOB}, to the booking {booking}?"),
    ("en", "We broke down near {city}, the car is {PLATE_FOREIGN}, membership number {CUSTOMER_NUMBER_ROADSIDE}."),
    ("en", "Claim for the {car}, registration {PLATE}, policy {CUSTOMER_NUMBER_POLICY}, driver {NAME_FULL}."),
    ("en", "The other driver gave me their name, {NAME_FULL}, and the plate {PLATE}. They live at {ADDRESS}."),
    ("en", "My citizen service number is {BSN} and I need it on the insurance papers. Thanks, {NAME_LOWER}"),
    ("en", "Please send everything to {EMAIL} and not to my old address at {ADDRESS_UK}."),
    ("en", "Caller gave customer number {CUSTOMER_NUMBER_SPOKEN} and BSN {BSN_SPOKEN} for verification."),
    ("en", "My partner {NAME_FIRST} and I moved to {ADDRESS}, {POSTCODE_SPOKEN}, could you update the address?"),
    ("en", "Account {CUSTOMER_NUMBER} belongs to {NAME_FULL}, reachable at {EMAIL_CAPS} or {PHONE_LANDLINE}."),
    ("en", "Hello, {NAME_FIRST} here again, I'm calling for my brother {NAME_FULL}, his number is {PHONE_INTL}."),
]

BE: list[tuple[str, str]] = [
    ("nl", "Goeiedag, mijn modem van {provider} doet het nog altijd niet. Adres: {ADDRESS_BE}, {city_be}. {NAME_FULL}"),
    ("nl", "Allee, het pakket ligt al een week bij {pickup}. Ik ben {NAME_FULL}, gsm {PHONE_INTL}."),
    ("nl", "Terugbetaling graag op mijn rekening {IBAN_BE}, op naam van {NAME_FULL}."),
    ("nl", "Mijn bankkaart is ingeslikt in {city_be}, rekeningnummer {IBAN_BE}, geboren {DOB}."),
    ("nl", "Nummerplaat {PLATE_BE}, pech op de E40 richting {city_be}, lidnummer {CUSTOMER_NUMBER_ROADSIDE}."),
    (
        "nl",
        "Schadeaangifte: tegenpartij {NAME_FULL}, {ADDRESS_BE}, nummerplaat {PLATE_BE}, "
        "polis {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("nl", "Awel, ik heb twee keer betaald voor {train}. Mijn e-mailadres is {EMAIL}, groetjes {NAME_FIRST}"),
    ("nl", "Gelieve de nieuwe simkaart op te sturen naar {ADDRESS_BE}, ter attentie van {NAME_INITIALS}."),
    ("nl", "Klant woont in België ({ADDRESS_BE}) maar werkt in NL, BSN {BSN}, tel {PHONE_INTL}."),
    ("nl", "Ik zit met een probleem met mijn factuur, klantennummer {CUSTOMER_NUMBER_TELECOM}, mvg {NAME_LOWER}"),
]
