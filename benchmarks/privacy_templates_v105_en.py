"""English templates of test_v105 (Ghana, the Scottish Highlands, the Australian outback): sailing, farm solar,
hospice rosters, vintage cars, bikes, saunas, weddings, plumbers, alarm pendants and donors."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- sailing
    ("en", "Please book my daughter {NAME_FULL} (DOB {DOB_EN}) on the dinghy course, my number is {PHONE_EN}."),
    ("en", "Trello card 'Loch Linnhe weekend' – comment: {NAME_FIRST} paid, receipt sent to {EMAIL}."),
    ("en", "Hello please, I am {NAME_FULL} from {city_en}, I want to learn sailing, call me on {PHONE_EN}."),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER} ({NAME_INITIALS}) lives at {ADDRESS_EN}, {POSTCODE_EN}."),
    # ---- farm solar
    ("en", "G'day, {NAME_FIRST} here from the station out past {city_en}, the panels on the shed are dead. {PHONE_EN}"),
    ("en", "Lease agreement {CUSTOMER_NUMBER_CONTRACT} for {NAME_TITLED}, {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Direct debit for the solar lease comes from {IBAN}, account holder {NAME_CAPS}."),
    ("en", "Slack #installs – {NAME_NICK}: site visit at {NAME_SURNAME}'s farm moved to {weekday_en} :tractor: 2"),
    # ---- hospice rota
    ("en", "| Shift | Volunteer | Mobile |\n| Night | {NAME_FULL} | {PHONE_EN} |"),
    ("en", "New volunteer: {NAME_FULL}, born {DOB_EN}, address {ADDRESS_EN}, {POSTCODE_EN}."),
    ("en", "Aye, I can cover the Sunday, it's {NAME_FIRST}, ring me at {PHONE_EN} if the hospice needs me."),
    ("en", "Please pay my mileage to {IBAN}, thanks, {NAME_FULL}"),
    # ---- vintage cars (claim form)
    ("en", "claim_form\ninsured_name={NAME_FULL}\npolicy_no={CUSTOMER_NUMBER_POLICY}\nreg={PLATE_ABROAD}"),
    ("en", "date_of_birth={DOB_EN}\nemail={EMAIL}\nphone={PHONE_EN}\nsort_iban={IBAN}"),
    ("en", "My 1965 Land Rover, reg {PLATE_ABROAD}, is under policy {CUSTOMER_NUMBER_POLICY}, owner {NAME_TITLED}."),
    ("en", "I drove my Dutch-registered Porsche {PLATE} over from Arnhem, I'm {NAME_FULL}."),
    ("en", "hello yes it's {NAME_LOWER} I'm on the A9 um the signal's bad my policy is {CUSTOMER_NUMBER_POLICY}"),
    # ---- student bikes
    ("en", "Messenger: [sticker: thumbs up] cheers, it's {NAME_FIRST}, I paid with card {CARD}."),
    ("en", "Bike service plan {CUSTOMER_NUMBER_CONTRACT} in the name of {NAME_FULL}, email {EMAIL}."),
    ("en", "Pick-up from {ADDRESS_EN}, {POSTCODE_EN}, ask for {NAME_FIRST} at the front door."),
    # ---- sauna
    ("en", "Please cancel sauna membership {CUSTOMER_NUMBER_MEMBER} for {NAME_FULL}, born {DOB_EN}."),
    ("en", "Charge the couples pass to {CARD}, name on card {NAME_CAPS}."),
    ("en", "Slack #frontdesk – {NAME_NICK}: Mrs {NAME_SURNAME} says her pass won't scan :sweat_smile: 4"),
    # ---- weddings
    ("en", "Booking for the wedding at the chapel: bride {NAME_FULL}, groom {NAME_FULL}, contact {PHONE_EN}."),
    ("en", "Deposit paid from {IBAN} by {NAME_FULL}, please send the contract to {EMAIL}."),
    ("en", "Messenger: [sticker: wedding cake] we are {NAME_FIRST} and {NAME_FIRST}, my email is {EMAIL_SPOKEN}."),
    ("en", "Ship the album to {NAME_TITLED}, {ADDRESS_EN}, {POSTCODE_EN}."),
    # ---- plumbers
    ("en", "agent: so that's {ADDRESS_EN}?\ncaller: yes\nagent: and you are {NAME_FULL}, on {PHONE_EN}?"),
    ("en", "Emergency: burst pipe at {ADDRESS_EN}, customer {CUSTOMER_NUMBER_CUSTOMER}, call {PHONE_EN}."),
    ("en", "my number is {PHONE_SPOKEN} ... [engine noise] ... sorry, {PHONE_SPOKEN}"),
    # ---- alarm pendants
    ("en", "Pendant alarm for my grandmother {NAME_FULL}, born {DOB_EN}, living at {ADDRESS_EN}."),
    ("en", "First responder: her son {NAME_FULL}, {PHONE_EN}; second: neighbour {NAME_FIRST}."),
    ("en", "agent: and her date of birth is {DOB_EN}, yes? caller: that's right."),
    ("en", "Customer {CUSTOMER_NUMBER_CUSTOMER}: the base unit for {NAME_INITIALS} keeps beeping."),
    # ---- donors and GDPR
    ("en", "Donor registration: {NAME_FULL}, date of birth {DOB_EN}, donor ID {CUSTOMER_NUMBER_MEMBER}."),
    (
        "en",
        "Subject access request\nDear Sir or Madam,\nI, {NAME_FULL}, of {ADDRESS_EN}, {POSTCODE_EN}, ask for my data.",
    ),
    ("en", "Please erase everything you hold on me, including my email {EMAIL} and phone {PHONE_EN}. {NAME_FULL}"),
    ("en", "Expenses for donors go to {IBAN}, reference: {NAME_LOWER}."),
    ("en", "I gave you my Dutch BSN {BSN} when I lived in Enschede, please delete it."),
    ("en", "My Dutch address was {ADDRESS}, {POSTCODE}, and my number there {PHONE}."),
    ("en", "My postcode in Belgium was {POSTCODE_BE}, and I was born on {DOB_EN}."),
    ("en", "Eh, my name be {NAME_FULL}, I stay at {ADDRESS_EN}, {city_en}."),
]
