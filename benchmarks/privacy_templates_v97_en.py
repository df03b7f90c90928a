"""English templates of test_v97."""

from __future__ import annotations

EN: list[tuple[str, str]] = [
    # ---- holiday parks
    ("en", "Trengo | {NAME_FULL}: hi, we need to cancel booking {ref}, please call me on {PHONE_EN}"),
    ("en", "Lead booker: {NAME_FULL}, born {DOB_EN}\nCompanion: {NAME_FULL}, born {DOB_EN}\nCompanion: {NAME_FIRST}"),
    ("en", "Kindly refund the deposit to {IBAN}, account title {NAME_FULL}. Jazak Allah."),
    ("en", "Sent from my iPhone\n\n{NAME_FULL}\n{ADDRESS_EN}\n{POSTCODE_UK}\n{PHONE_EN}"),
    ("en", "Our car is a Maltese registered {PLATE_ABROAD}, driver {NAME_FULL}."),
    # ---- dog grooming
    ("en", "hey {emoji} can {dog} come in {weekday_en} {emoji} its {NAME_FIRST} btw {emoji} {PHONE_ABROAD}"),
    ("en", "Owner: {NAME_FULL} | Dog: {dog} | Phone: {PHONE} | Email: {EMAIL}"),
    ("en", "Loyalty card {CUSTOMER_NUMBER_MEMBER} belongs to {NAME_FULL}, she has 9 stamps."),
    # ---- scaffolding
    ("en", "Hire agreement {CUSTOMER_NUMBER_CONTRACT}: tower delivered to {NAME_FULL}, {ADDRESS}, {POSTCODE} {town}."),
    ("en", "call note: cust {NAME_LOWER} says scaffold still at adr {ADDRESS_EN}, cb {PHONE_EN} pm"),
    ("en", "Deposit of {amount} held on card {CARD}, hirer {NAME_INITIALS}."),
    ("en", "Collection lorry {PLATE} will be at {NAME_SURNAME}'s place at {time}."),
    # ---- newspapers
    ("en", "Subscriber number {CUSTOMER_NUMBER_CUSTOMER}, the paper was not delivered again to {ADDRESS}, {POSTCODE}."),
    ("en", "It says here on the letter: subscriber {NAME_INITIALS}, account {CUSTOMER_NUMBER_CUSTOMER}."),
    ("en", "Please stop the direct debit from {IBAN}, the subscription is in the name of my late father {NAME_FULL}."),
    # ---- kitchens
    ("en", "Order confirmation {ref}\n==============\nDelivery to: {NAME_FULL}\n{ADDRESS_EN}\n{POSTCODE_UK}"),
    ("en", "Finance application: {NAME_FULL}, date of birth {DOB_EN}, BSN {BSN}."),
    ("en", "Please email the drawing to {EMAIL}, the order is under {NAME_SURNAME}."),
    ("en", "The fitter could not get in on {weekday_en}, please ring {NAME_FIRST} at {PHONE_ABROAD}."),
    # ---- sailing schools
    ("en", "Sailing camp sign-up\nParticipant: {NAME_FULL}\nDOB: {DOB_EN}\nParent: {NAME_FULL}\nMobile: {PHONE_EN}"),
    ("en", "my son {NAME_FIRST} {emoji} was born {DOB_EN} {emoji} can he join the Optimist course?"),
    ("en", "Member {CUSTOMER_NUMBER_MEMBER} ({NAME_CAPS}) wants to rent a Laser Pico on {date_en}."),
    ("en", "Course fee refund to {IBAN} in the name of {NAME_FULL} please."),
    # ---- parking fines
    ("en", "I object to fine {ref}: the car {PLATE} was rented by {NAME_FULL}, not by me."),
    ("en", "It says here: 'registered keeper {NAME_INITIALS}, {ADDRESS}, {POSTCODE}', but I moved out."),
    ("en", "My BSN is {BSN_SPOKEN} and my email is {EMAIL_SPOKEN}, the fine came to my old address."),
    ("en", "Hi sir, I am {NAME_FULL} from {city}, my number is {PHONE_EN}, kindly waive the parking fine."),
    # ---- student housing
    ("en", "Tenant {NAME_FULL} (tenancy {CUSTOMER_NUMBER_CONTRACT}) still waiting for the {amount} deposit."),
    ("en", "deposit back to {IBAN} pls {emoji} thx {NAME_NICK}"),
    ("en", "Co-tenants: 1) {NAME_FULL} 2) {NAME_FULL} 3) {NAME_FULL}"),
    ("en", "New address after moving out: {ADDRESS}, {POSTCODE} {city}. Mail me at {EMAIL}. {NAME_FULL}"),
    ("en", "Registration number {CUSTOMER_NUMBER_MEMBER}, date of birth {DOB}, BSN {BSN}."),
    # ---- heat pumps
    ("en", "ISDE application for {NAME_FULL}, BSN {BSN}, installed at {ADDRESS}, {POSTCODE} {town}."),
    ("en", "Pay the grant into {IBAN_NL}, applicant {NAME_INITIALS}, born {DOB}."),
    ("en", "Heat pump is making a racket, call {NAME_FIRST} on {PHONE}, customer no. {CUSTOMER_NUMBER_CUSTOMER}."),
    # ---- printer ink
    ("en", "Your order\n  1x {product}  {amount}\nPaid with: {CARD}\nBilling: {NAME_FULL}, {ADDRESS_EN}"),
    ("en", "Cancel my ink plan please, customer {CUSTOMER_NUMBER_CUSTOMER}, email {EMAIL}."),
    ("en", "The card {CARD} expired, I am {NAME_FULL}, insurance policy {CUSTOMER_NUMBER_POLICY} covers the printer."),
    ("en", "Sent from my iPhone\n--\n{NAME_FULL} | {PHONE_ABROAD} | {EMAIL}"),
    ("en", "Cartridges go to {NAME_CAPS}, {ADDRESS_EN}, {POSTCODE_UK}."),
]
