"""English templates of test_v73, many from American customers and expats: orthodontists, marina berths, riding
stables, coworking, caravan and boat storage, student housing, music lessons and piano tuning, language schools,
bicycle repair and home alarms, in Signal messages, Google Forms CSV exports, sticky notes, call transcripts with
inline agent notes, Marketplace messages, HTML e-mails, Zoom chats and lawyers' letters."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- orthodontists
    ("en", "Hi there, this is {NAME_FULL}, my son {NAME_FIRST} needs his retainer adjusted, call me at {PHONE_US}."),
    (
        "en",
        "Patient {NAME_FULL}, DOB {DOB_EN}, patient ID {CUSTOMER_NUMBER_PATIENT}, insurance {CUSTOMER_NUMBER_POLICY}.",
    ),
    ("en", "Timestamp,Full name,Date of birth,Email,Phone\n{date_en} {stamp},{NAME_FULL},{DOB_EN},{EMAIL},{PHONE}"),
    ("en", "Hello,&nbsp;our daughter {NAME_FIRST} broke a bracket.<br>Thanks,<br>{NAME_FULL}<br>{PHONE_US}"),
    # ---- marina berths
    ("en", "Berth rental {code}: tenant {NAME_FULL}, {ADDRESS_US}, {city_us} {POSTCODE_US}, boat {boat}."),
    ("en", "Signal from {NAME_HANDLE}: is there a berth free in {town} in June? my email is {EMAIL}"),
    ("en", "Please charge the mooring fee to my card {CARD}, name on card {NAME_CAPS}."),
    ("en", "Harbour office call [NOTE: caller sounded American] owner {NAME_SURNAME} reachable on {PHONE_ABROAD}."),
    # ---- riding stables
    ("en", "Livery contract {CUSTOMER_NUMBER_CONTRACT}: horse {horse}, owner {NAME_FULL}, {ADDRESS}, {POSTCODE}."),
    ("en", "Hey! I'm {NAME_FIRST}, I'd love to book a trail ride for my kids, born {DOB_EN} and {DOB_EN}."),
    ("en", "Horse trailer {PLATE} belongs to {NAME_FULL}, please don't block it on {weekday_en}."),
    # ---- coworking
    ("en", "Zoom chat {stamp} From {NAME_HANDLE} to Everyone: can someone at the desk email me at {EMAIL}?"),
    ("en", "Hot desk membership {CUSTOMER_NUMBER_MEMBER} for {NAME_FULL}, billed to {IBAN}."),
    ("en", "Welcome to {firm}, {NAME_FIRST}!<br>Your member number is {CUSTOMER_NUMBER_MEMBER}.&nbsp;See you soon."),
    ("en", "Invoice for {NAME_REVERSED}, {ADDRESS}, {POSTCODE} {city}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- caravan and boat storage
    ("en", "Storage agreement {CUSTOMER_NUMBER_CONTRACT}: caravan {product}, plate {PLATE}, owner {NAME_INITIALS}."),
    ("en", "Sticky note (scanned): {NAME_FIRST} picks up boat Sat, plate {PLATE_ABROAD}, cell {PHONE_US}"),
    ("en", "Marketplace message from {NAME_HANDLE}: Hi, is the storage spot still available? text me {PHONE}"),
    # ---- student housing
    ("en", "Room {code} tenant {NAME_FULL}, student number {CUSTOMER_NUMBER_STUDENT}, born {DOB_EN}."),
    ("en", "Hi, I'm an exchange student from Ohio, my name is {NAME_FULL}, my BSN is {BSN}, I live at {ADDRESS}."),
    ("en", "Please return my deposit to {IBAN}, account holder {NAME_FULL}, thank you so much!"),
    ("en", "Signal from {NAME_HANDLE}: the shower in {code} is leaking again, this is {NAME_FULL} btw"),
    ("en", "Full name: {NAME_FULL}\nHome address: {ADDRESS_US}, {city_us} {POSTCODE_US}\nDutch address: {ADDRESS}"),
    # ---- music lessons and piano tuning
    ("en", "Piano tuning for {NAME_FULL} at {ADDRESS}, {POSTCODE} {city}, {weekday_en} at {time}."),
    ("en", "Zoom chat {stamp} From {NAME_FULL} (privately): my lesson fee went from card {CARD} twice"),
    ("en", "My daughter {NAME_FIRST} (born {DOB_EN}) wants violin lessons, you can reach me at {EMAIL}."),
    ("en", "Tuner's note [NOTE: customer out, key with neighbour] call back {NAME_SURNAME} on {PHONE}"),
    # ---- integration and language schools
    ("en", "Hello, I am {NAME_FULL} from Poland, I need the Dutch course, my BSN {BSN}, phone {PHONE_ABROAD}."),
    ("en", "Learner {NAME_CAPS}, learner number {CUSTOMER_NUMBER_STUDENT}, date of birth {DOB}."),
    ("en", "My citizen service number is {BSN_SPOKEN} [NOTE: read out twice]"),
    # ---- bicycle repair
    ("en", "Repair ticket {ref}: {product} for {NAME_FULL}, {PHONE}, ready {weekday_en}."),
    ("en", "Marketplace: hey {NAME_FIRST}, I'll take the bike for {amount}, pick up at {ADDRESS}? -{NAME_HANDLE}"),
    ("en", "Bike lease customer {CUSTOMER_NUMBER_CUSTOMER}, {NAME_FULL}, email {EMAIL}."),
    # ---- home alarms
    (
        "en",
        "Alarm centre call\nCaller: it's {NAME_FULL}\n[NOTE: passcode ok]\nAgent: address?\n"
        "Caller: {ADDRESS}, {POSTCODE} {city}",
    ),
    ("en", "Keyholders: {NAME_FULL} ({PHONE}) and {NAME_FULL} ({PHONE_US})."),
    ("en", "Customer spelled her email: {EMAIL_SPOKEN} [NOTE: double-check the dot]"),
    ("en", "Call me back at {PHONE_SPOKEN}, I'm home after six."),
    ("en", "Alarm contract {CUSTOMER_NUMBER_CONTRACT} cancelled by {NAME_INITIALS}, refund to {IBAN_NL}."),
    ("en", "Installer's van parked next to {PLATE} at {ADDRESS} on {weekday_en}."),
    # ---- lawyers' letters
    (
        "en",
        "Our ref: {CUSTOMER_NUMBER_DOSSIER}\nRe: our client {NAME_FULL}, residing at {ADDRESS_BE}, {POSTCODE_BE} "
        "{city_be}\nDear Sir or Madam,",
    ),
    ("en", "On behalf of our client Mr {NAME_SURNAME}, born {DOB}, we demand payment of {amount} to {IBAN}."),
    # ---- Americans and expats
    ("en", "Hi y'all, {NAME_FULL} here, my US card {CARD} got declined, my zip is {POSTCODE_US}."),
    ("en", "I just moved from {city_us}, new address {ADDRESS}, {POSTCODE}, my phone {PHONE_US} still works."),
    ("en", "My car is {PLATE_ABROAD}, registered to {NAME_FULL}, birthday {DOB_EN}."),
    ("en", "my name is {NAME_LOWER} and my email is {EMAIL}, please fix my account asap"),
    ("en", "I was born {DOB_EN} and my customer number is {CUSTOMER_NUMBER_CUSTOMER}."),
]
