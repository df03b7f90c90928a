"""English `test_v37` templates: British and Irish customers of the same mortgage desk, movers, dental insurer,
garden centre, ferry and waste desk, through Dynamics notes, Typeform, Outlook, Viber, reviews, OCR'd letters,
agent shorthand and webhook JSON. Written without seeing the redaction rules."""

from __future__ import annotations

EN = [
    # mortgage
    "Mortgage intake: applicant {NAME_FULL}, born {DOB}, employed at {employer}; partner {NAME_FIRST}, self-employed.",
    "Joint applicants {NAME_INITIALS} and {NAME_MARRIED}; client number {CUSTOMER_NUMBER}; income {amount}.",
    "Please pay the valuation fee refund to {IBAN} in the name of {NAME_REGISTER}.",
    "Typeform response | Full name: {NAME_FULL} | Date of birth: {DOB} | Email: {EMAIL} | Phone: {PHONE}",
    "Typeform: Q7 'Current address' -> {ADDRESS}, {POSTCODE} {town}; Q8 'Employer' -> {employer}",
    "The applicant's Dutch BSN is {BSN}; her partner {NAME_FIRST} has no BSN yet.",
    # movers
    "Pick-up at {ADDRESS}, delivery to {ADDRESS}; lift hire booked for {date}, customer {NAME_FULL}.",
    "Inventory for {NAME_FULL}: 2 wardrobes, 1 upright piano, 40 boxes. Mobile {PHONE}.",
    "Mr {NAME_SURNAME} will meet the crew of {mover} at {time}; his van {PLATE} blocks the drive.",
    "Deposit for quote {quote} paid with card {CARD} by {NAME_FULL}.",
    # dental
    "Claim for insured person {NAME_FULL}, policy {CUSTOMER_NUMBER_POLICY}; treating dentist Dr {NAME_SURNAME}.",
    "My dentist, Dr. {NAME_FULL} at {practice}, says my crown is covered. Policy no. is {CUSTOMER_NUMBER_POLICY}.",
    "Patient {NAME_INITIALS}, DOB {DOB}, member no. {CUSTOMER_NUMBER_MEMBER}, invoice {invoice} of {amount}.",
    "Refund to account {IBAN}, account holder {NAME_FULL}, please, not to the practice.",
    # garden centre
    "Delivery of {plant} to {NAME_FULL}, {ADDRESS}, {POSTCODE}. Ring {PHONE} if nobody answers.",
    "Loyalty member {CUSTOMER_NUMBER_MEMBER} ({NAME_FIRST}) asks why order {order} earned no points.",
    "Hi, it's {NAME_FIRST} - my email is {EMAIL_DISGUISED}, the receipt never arrived.",
    "I paid with my Mastercard {CARD} at {shop} but the voucher is missing.",
    # ferry
    "Booking {booking}: passengers {NAME_FULL} and {NAME_FIRST}, car {PLATE} on the {ship} to {island}.",
    "Please change the registration on my booking from {PLATE} to {PLATE_NL}. Customer number {CUSTOMER_NUMBER}.",
    "Our German rental car has plate {PLATE_DE}; the driver is {NAME_FULL}, born {DOB}.",
    "Resident card for {NAME_FULL} of {ADDRESS}, {island}; phone {PHONE}.",
    "We came over from Belgium in a car with plate {PLATE_BE}, booked by {NAME_INITIALS}.",
    # waste desk
    "Complaint: the {container} at {ADDRESS} ({POSTCODE}) was skipped again. Reported by {NAME_FULL}.",
    "New container pass for tenant {NAME_FULL}, tenant number {CUSTOMER_NUMBER_TENANT}.",
    "My neighbour {NAME_FULL} keeps putting his bins in front of my house. My number is {PHONE}.",
    # Dynamics / shorthand
    "[Dynamics 365] Case {ticket} - Contact {NAME_FULL} - Email {EMAIL} - Postcode {POSTCODE}",
    "cust cb req'd, {NAME_SURNAME}, tel {PHONE}, re policy {CUSTOMER_NUMBER_POLICY}",
    "cust verified w/ DOB {DOB} and postcode {POSTCODE}, acct {CUSTOMER_NUMBER}",
    "cust spelled email as {EMAIL_SPOKEN}, updated record",
    "spoke to {NAME_LOWER}, will ring back {weekday}; BSN on file {BSN}",
    # Outlook
    "> On {date}, {NAME_FULL} <{EMAIL}> wrote:\n> Could you call me back on {PHONE}?\nThanks, will do.",
    "Kind regards,\n{NAME_FULL}\nSenior Mortgage Adviser\nDirect {company_phone} | Mobile {PHONE}",
    "From: {NAME_FULL} <{EMAIL}>\nSent: {date}\nTo: {mailbox}\nSubject: change of address",
    "Best,\n{NAME_INITIALS}\nClaims Handler, {insurer}",
    # Viber / reviews / OCR / JSON
    "Viber: this is {NAME_FULL}, plate is {PLATE}, we're in lane 3",
    "★★☆☆☆ The movers broke my mirror. {NAME_FIRST} from {town}",
    "★★★★★ {NAME_FULL} at {shop} helped me choose a {plant}. Lovely!",
    "[OCR] Name: {NAME_OCR}  Tel: {PHONE_OCR}  Account: {IBAN_OCR}",
    "[OCR] Date of birth: {DOB_OCR}  Postcode: {POSTCODE_OCR}  Client no: {CUSTOMER_NUMBER_OCR}",
    "[scan] Signed, {NAME_OCR}, {ADDRESS_OCR}",
    '{"event": "order.paid", "customer": {"name": "{NAME_FULL}", "card": "{CARD}", "phone": "{PHONE}"}}',
    '{"webhook": "ferry", "vehicle": {"plate": "{PLATE}"}, "holder": "{NAME_INITIALS}", "dob": "{DOB}"}',
    '{"intake": {"applicant": "{NAME_FULL}", "bsn": "{BSN}", "address": "{ADDRESS}", "zip": "{POSTCODE}"}}',
    "My card {CARD} was charged twice for {booking}, please refund. {NAME_FULL}",
    "Send the claim form to {ADDRESS}, {POSTCODE}, attention of {NAME_REGISTER}.",
]
