"""English templates of test_v104, many from Kenyan, Northern Irish and American customers: stables, rentals of
cellos and harps, waste bins, dog daycare, care home visits, window cleaners, art classes, lost property, home
batteries and choirs, in case comments, Signal, voicemail transcripts, faxes, wiki tables and webhooks."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- stables
    ("en", "Livery contract {CUSTOMER_NUMBER_CONTRACT}: owner {NAME_FULL}, {ADDRESS_EN}, {POSTCODE_EN}."),
    (
        "en",
        "Hi there, my mare has been with you since {date_en}, could the farrier ring me on {PHONE_EN}? {NAME_FIRST}",
    ),
    ("en", "Horsebox {PLATE_ABROAD} belongs to {NAME_FULL}, please let it stay in the yard until {weekday_en}."),
    ("en", "Board fees for the stable go out of {IBAN} in the name of {NAME_INITIALS}."),
    # ---- cello and harp rentals
    ("en", "Rental agreement for a 3/4 cello: renter {NAME_FULL}, email {EMAIL}, deposit on card {CARD}."),
    (
        "en",
        "Student {NAME_FIRST} {NAME_SURNAME}, DOB {DOB_EN}, is renting the lever harp, contract "
        "{CUSTOMER_NUMBER_CONTRACT}.",
    ),
    ("en", "Salesforce Case {ref} | Contact: {NAME_CAPS} | Phone: {PHONE_EN} | Email: {EMAIL} | Origin: Phone"),
    ("en", "Please deliver the harp to {ADDRESS_EN}, {POSTCODE_EN}; if nobody's in, call {PHONE_EN}."),
    # ---- waste containers
    ("en", "Bin swap request: resident {NAME_FULL}, {ADDRESS_EN}, wants the small green bin instead of the big one."),
    (
        "en",
        "Wee problem, the bin lorry missed us again at {ADDRESS_EN}, {POSTCODE_EN}. Give us a bell on "
        "{PHONE_EN}. {NAME_FIRST}",
    ),
    ("en", "Signal from {NAME_NICK}: > When is the new container coming?\nReply: Thursday, to {ADDRESS}, right?"),
    # ---- dog daycare
    ("en", "Doggy daycare membership {CUSTOMER_NUMBER_MEMBER} for owner {NAME_FULL}, phone {PHONE_EN}."),
    ("en", "Hey y'all, {NAME_FULL} here, I paid the 10-day pass with {CARD} but it's not showing in the app."),
    ("en", "Cancel membership {CUSTOMER_NUMBER_MEMBER} please and refund the rest to {IBAN}. Thanks, {NAME_TITLED}"),
    # ---- retirement home visits
    ("en", "Visiting slot {weekday_en} {time}: visitor {NAME_FULL} for resident {NAME_TITLED}, room 14."),
    (
        "en",
        "Voicemail transcript\n[00:01] Hello, this is {NAME_FULL}.\n[00:05] I'd like to book a visit for my dad.\n"
        "[00:09] You can reach me at {PHONE_SPOKEN}.\n[00:13] Thank you.",
    ),
    ("en", "[00:03] It's {NAME_FIRST} calling about my aunt, [00:07] my email is {EMAIL_SPOKEN}, [00:12] bye now."),
    ("en", "New resident {NAME_CAPS}, born {DOB_EN}, next of kin {NAME_FULL} on {PHONE_EN}."),
    # ---- window cleaning
    ("en", "Window cleaning subscription {CUSTOMER_NUMBER_CONTRACT} for {NAME_FULL}, {ADDRESS_EN}, every 4 weeks."),
    (
        "en",
        "Tech's handwritten note (typed up later): gate locked at {ADDRESS_EN}, customer {NAME_SURNAME} "
        "called on {PHONE_EN}.",
    ),
    ("en", "Direct debit for the windows comes off {IBAN}, account name {NAME_CAPS}."),
    # ---- art classes
    (
        "en",
        "Art class sign-up: {NAME_FULL}, date of birth {DOB_EN}, email {EMAIL}, member no. {CUSTOMER_NUMBER_MEMBER}.",
    ),
    ("en", "| Student | Phone | Class |\n|---|---|---|\n| {NAME_FULL} | {PHONE_EN} | watercolour |"),
    ("en", "Kids' drawing class: {NAME_FIRST}, born {DOB_EN}, parent {NAME_FULL}, emergency number {PHONE_EN}."),
    # ---- lost property
    ("en", "Lost property: a backpack on platform 5b, ID card inside says {NAME_FULL}, {ADDRESS_EN}."),
    ("en", "I lost my wallet on the train to {city}, with my card {CARD} and licence, born {DOB_EN}. {NAME_FULL}"),
    ("en", "Found item {ref}: passport of {NAME_CAPS}, Dutch BSN {BSN} on the data page."),
    ("en", "Hi, I left my harp case at the station, please call {PHONE_EN} or write to {EMAIL}. Asante, {NAME_FIRST}"),
    # ---- home batteries
    (
        "en",
        "Home battery installation at {NAME_FULL}'s, {ADDRESS_EN}, {POSTCODE_EN}; van {PLATE_ABROAD} parked outside.",
    ),
    (
        "en",
        'Webhook pasted in ticket: {"type": "order.paid", "customer": {"name": "{NAME_FULL}", "phone": "{PHONE_EN}"}}',
    ),
    ("en", '{"customer_id": "{CUSTOMER_NUMBER_CUSTOMER}", "email": "{EMAIL}", "zip": "{POSTCODE_EN}"}'),
    ("en", "Case Comment (Created By: Integration User): customer {NAME_FULL} asked for a callback on {PHONE_EN}."),
    ("en", "Battery insurance: policy {CUSTOMER_NUMBER_POLICY}, policyholder {NAME_FULL}, date of birth {DOB_EN}."),
    ("en", "Dutch subsidy form for the battery: applicant {NAME_FULL}, BSN {BSN}, postcode {POSTCODE}, plate {PLATE}."),
    # ---- choirs
    ("en", "Choir fees of {amount} a term, member {NAME_FULL}, member number {CUSTOMER_NUMBER_MEMBER}, IBAN {IBAN}."),
    ("en", "Signal: > {NAME_FIRST} wrote: are you bringing the scores?\nYes, I'll drop them at {ADDRESS_EN}."),
    ("en", "New tenor: {NAME_FULL}, {EMAIL}, {PHONE_EN}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- fax and guardian
    (
        "en",
        "FAX  {date_en}  PAGE 1/3\nFrom: {NAME_FULL}  Tel: {PHONE_EN}\nRe: cancellation of contract "
        "{CUSTOMER_NUMBER_CONTRACT}",
    ),
    (
        "en",
        "As the appointed guardian of {NAME_FULL} (born {DOB_EN}), I ask that all mail goes to {ADDRESS_EN}, "
        "{POSTCODE_EN}.",
    ),
    ("en", "Guardian's letter: client {NAME_INITIALS}, BSN {BSN}, fees now paid from the managed account {IBAN_NL}."),
]
