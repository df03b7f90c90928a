"""English templates with personal data of the `test_v33` split: expats and English-speaking customers of the
hospice's volunteer desk, the sports-nutrition webshop, the clock repairer, the sailmaker, the party rental and the
pottery studio. Written by someone who never saw the redaction rules; the labelling conventions are in
`privacy_templates_v33`."""

from __future__ import annotations

_EN = [
    # hospice volunteer desk
    "Userlike chat\nvisitor: hi, I'd like to volunteer at {hospice}, I speak a bit of Dutch\nagent: Lovely! Your "
    "name and email?\nvisitor: {NAME_FULL}, {EMAIL}",
    "VOG application for volunteer {NAME_FULL}: born {DOB}, BSN {BSN}, lives at {ADDRESS}, {POSTCODE} {city}.",
    "Voicemail typed out: um hi this is {NAME_FIRST}, my dad {NAME_M} is a guest with you, could you call me on "
    "{PHONE_ABROAD}, thanks",
    "Donation of {amount_en} from {IBAN} in memory of our mother, sent by {NAME_INIT}.",
    "Volunteer {CUSTOMER_NUMBER_HOSPICE} ({NAME_LOWER}) swapped the {shift} with {NAME_FIRST}.",
    # sports-nutrition webshop
    "Shopify order note {order}: customer {NAME_FULL} asks to leave the parcel at {ADDRESS}, {POSTCODE}.",
    "LiveAgent ticket\nFrom: {NAME_F} <{EMAIL}>\nhey, my account {CUSTOMER_NUMBER_SHOP} got charged twice on my card "
    "{CARD}",
    "Tidio hand-over: name {NAME_LOWER}, email {EMAIL_OBF}, asks if the {product} contains lactose",
    "Refund for {order} to {IBAN}, account holder {NAME_CAPS}, customer {CUSTOMER_NUMBER_SHOP}.",
    "caller spells her email: {EMAIL_SAID}, phone {PHONE_SAID}",
    "Kiyoh review by {NAME_FIRST} ({city}): fast delivery! — reply: thanks, please quote customer no. "
    "{CUSTOMER_NUMBER_SHOP} when you order again",
    "Subscription for {CUSTOMER_NUMBER_SHOP} paused; customer {NAME_FULL} moved to {ADDRESS_GB}, {POSTCODE_GB}.",
    # clock repairer
    "Repair tag\n{clock}\nOwner: {NAME_REG}\nPhone: {PHONE}\nClient no.: {CUSTOMER_NUMBER_CLOCK}",
    "House call {weekday_en} {time_en}: collect longcase clock from {NAME_FULL}, {ADDRESS}, {POSTCODE} {city}.",
    "Valuation for insurer: owner {NAME_INIT}, date of birth {DOB_OLD}, {clock}, {ADDRESS}.",
    "Van {PLATE} parked at the customer's, {NAME_LAST}, who asked us to move it.",
    "Deposit {amount_en} paid by card {CARD} by {NAME_FULL}, client {CUSTOMER_NUMBER_CLOCK}.",
    # sailmaker
    "Genesys transcript [00:00:48] caller: yeah it's {NAME_FULL}, the {sail} of the {boat} ripped [00:01:05] caller: "
    "number's {PHONE}",
    "Sail shipped to {NAME_FULL}, {ADDRESS_DE}, {POSTCODE_DE} {city_de}; trailer plate {PLATE_DE}.",
    "Winter storage invoice to {NAME_INIT}, customer {CUSTOMER_NUMBER_SAIL}, direct debit from {IBAN_FOREIGN}.",
    "Email from {NAME_LOWER} <{EMAIL}>: is my {sail} ready? my number changed to {PHONE}",
    # party rental
    "Booking {castle}\nHirer: {NAME_FULL}\nSet-up address: {ADDRESS}, {POSTCODE} {city}\nPhone: {PHONE}\n"
    "Customer no.: {CUSTOMER_NUMBER_PARTY}\nBirthday child: {NAME_CHILD}, born {DOB_YOUNG}",
    "Deposit returned to {IBAN}, hirer {NAME_MARRIED}, customer {CUSTOMER_NUMBER_PARTY}.",
    "hi its {NAME_FIRST} again, the van {PLATE} blocked our neighbour {NAME_FULL} this morning, pls call {PHONE}",
    "Expat family {NAME_LAST}: BSN {BSN} for the municipal event permit, contact {EMAIL}.",
    # pottery studio
    "Course sign-up\nName: {NAME_FULL}\nDate of birth: {DOB}\nEmail: {EMAIL}\nMember no.: {CUSTOMER_NUMBER_CLAY}",
    "Zoom chat from {NAME_FULL}: sorry can't make the {course}, my postcode for the kit is {POSTCODE_SAID}",
    "Member {CUSTOMER_NUMBER_CLAY} ({NAME_INIT}) pays by card: {CARD_SAID}",
    # mixed
    "Customer gave everything at once: {NAME_LOWER} {PHONE} {POSTCODE} {ADDRESS}",
    "Date of birth corrected to {DOB_SAID} for {NAME_FULL}, customer {CUSTOMER_NUMBER}.",
    "my bsn is {BSN_SAID}, name {NAME_FULL}, is that all you need?",
    "Account {CUSTOMER_NUMBER} belongs to {NAME_REG}; new address {ADDRESS}, {POSTCODE_ANY}.",
    "Belgian customer {NAME_FULL}, {ADDRESS_BE}, {POSTCODE_BE} {city_be}, mobile {PHONE_BE}, car {PLATE_BE}.",
    "Please charge {IBAN} for {NAME_FULL}, not {IBAN}; phone {PHONE_FIXED}.",
]

TEST_V33_PII_EN = [("en", text) for text in _EN]
