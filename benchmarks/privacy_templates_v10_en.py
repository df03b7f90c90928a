"""English templates of the `test_v10` split, in the same frames as the Dutch ones (`privacy_templates_v10`): mostly
expats and English speakers living in the Netherlands, so their data is mostly Dutch (06 numbers, Dutch postcodes
and addresses, NL IBANs, BSNs, Dutch plates), with a few British, Belgian and other foreign values. Labels as in
`privacy_templates_v10`. Written by someone who never saw the redaction rules."""

from __future__ import annotations

_EN = [
    # energy, solar panels
    "Hi, I just moved into {ADDRESS}, {POSTCODE} {city_nl}, and the energy is still in the old tenant's name. "
    "I'm {NAME_EN}.",
    "The smart meter stopped sending readings after the storm. Customer number {CUSTOMER_NUMBER_ENERGY}, "
    "phone {PHONE}.",
    "Could you send the solar panel quote to {EMAIL} instead of my work address {EMAIL_WORK}?",
    # housing
    "Repair request for {corp}: the front door lock is broken at {ADDRESS}. Tenant number {CUSTOMER_NUMBER_TENANT}.",
    "My landlord's agency wants my BSN, {BSN}, before they fix the heating. Is that allowed?",
    "For the rental contract they need both BSNs: mine is {BSN} and my husband's is {BSN}.",
    # childcare, school
    "Our youngest, {NAME_CHILD}, starts at {childcare} on {date_en}; date of birth {DOB_CHILD}, BSN {BSN}.",
    "Please add my partner, {NAME_FULL}, as a second contact for the school, mobile {PHONE}.",
    "Pupil number {CUSTOMER_NUMBER_PUPIL}: the trip fee was paid twice from {IBAN}.",
    # gym
    "I'd like to pause my {gym} membership while I'm abroad. Member number {CUSTOMER_NUMBER_MEMBER}, {NAME_EN}.",
    "The gym charged {amount} to my card {CARD} after I cancelled in {month_en}.",
    "Can you link my charging card to the Visa {CARD}? The app keeps refusing it, and to the car {PLATE}.",
    # OV refunds
    "I forgot to check out on the tram on {date_en}. My personal OV-chipkaart is in the name of {NAME_EN}, "
    "born {DOB}; please refund to {IBAN}.",
    "Our kid's card, {NAME_CHILD}, date of birth {DOB_CHILD}, was charged twice at {station}.",
    # parcel lockers
    "The locker code went to my old number {PHONE_FOREIGN}; my Dutch number is {PHONE}.",
    "The parcel for {NAME_FULL} at {ADDRESS} says delivered to a locker, but the locker was empty.",
    # hospital, GP
    "I need to move my appointment at {hospital}. Patient number {CUSTOMER_NUMBER_PATIENT}, date of birth {DOB}.",
    "I'm calling for my mother-in-law, Mrs {NAME_WORDSUR}, born {DOB_ELDER_SPOKEN}; she lost the referral letter.",
    # gemeente
    "I have an appointment at the gemeente to register. My name is {NAME_EN}, my address is {ADDRESS}, "
    "{POSTCODE}, and my temporary number is {PHONE_FOREIGN}.",
    "The parking permit should be for {PLATE}, not {PLATE}; the address is {ADDRESS}.",
    "We live on a houseboat, {ADDRESS_BOAT}, and the waste pass never arrived.",
    "My BSN is {BSN_SPOKEN}, I got it last week at the town hall.",
    # pension, insurance
    "I'm leaving the Netherlands and want to know about my pension with {pension}; my BSN is {BSN} and "
    "my policy number {CUSTOMER_NUMBER_POLICY}.",
    "The other driver, {NAME_FULL}, hit my car ({PLATE}) in the car park; the other car's plate was {PLATE}.",
    "Please add my child, {NAME_CHILDFULL}, born {DOB_CHILD}, to my health insurance {CUSTOMER_NUMBER_POLICY}.",
    "The date of birth on my policy is wrong: it says {DOB}, but my passport says {DOB}.",
    # holiday parks
    "We're in cottage 88 at {park}; the heating is off. Guest {NAME_EN}, mobile {PHONE_FOREIGN}.",
    "The deposit for our stay at {park} has not been refunded to {IBAN_FOREIGN} yet.",
    "We arrive at {park} in our car from abroad, {PLATE_FOREIGN}; is parking included?",
    # lease, roadside
    "My lease car {PLATE} has a flat tyre on the A4 near Leiden. Driver {NAME_EN}, contract "
    "{CUSTOMER_NUMBER_LEASE}, call me on {PHONE}.",
    "caller: the plate is, uh, {PLATE_SPOKEN}. No wait, that's my old car. It's {PLATE}.",
    # telecom
    "I want to keep my number {PHONE} when I switch from {telco}; my account number there is "
    "{CUSTOMER_NUMBER_SUBSCRIBER}.",
    "I lost my SIM card in {city_nl}, please block {PHONE_SPOKEN}.",
    # streaming
    "{streaming} keeps charging my card {CARD} although I cancelled. My login is {EMAIL}.",
    # bank fraud
    "Someone from the 'bank helpdesk' made me transfer {amount} to {IBAN} in the name of {NAME_FULL}. "
    "My own account is {IBAN}.",
    "I typed my card number {CARD} and my date of birth {DOB} into a fake delivery site.",
    "Please block card {CARD_SPOKEN}, I just read it to someone on the phone and I regret it.",
    # moving
    "We are moving on {date_en} from {ADDRESS}, {POSTCODE} to {ADDRESS}, {POSTCODE} {city_nl}.",
    "Moving back to the UK: my new address is {ADDRESS_EN}; until then use {EMAIL}.",
    # debt collection
    "A debt collector sent a letter about file {CUSTOMER_NUMBER_DEBTOR} to {ADDRESS}, but the name on it, "
    "{NAME_FULL}, is not anyone who lives here.",
    "I agreed a payment plan of {amount} a month from {IBAN}, debtor number {CUSTOMER_NUMBER_DEBTOR}.",
    # escalation
    "I want to speak to a manager. I've talked to {NAME_STAFF} and {NAME_STAFF} and nobody calls me back on {PHONE}.",
    "Escalated to team lead: customer {NAME_EN} (account {CUSTOMER_NUMBER}) is threatening to go to the press.",
    # voicemail
    "Voicemail (0:33): 'Hi, this is {NAME_EN}, I'm calling about my bill, please call me back on "
    "{PHONE_SPOKEN}, thanks, bye.'",
    "Voicemail transcript: 'hello it's {NAME_LOWER} um my postcode is {POSTCODE_SPOKEN} and the engineer never came'",
    # pre-chat forms
    "[Pre-chat] Name: {NAME_EN} | Email: {EMAIL_TYPO} | Topic: billing | Customer no. (optional): {CUSTOMER_NUMBER}",
    "Chat started · first name: {NAME_WORDFIRST} · phone: {PHONE} · question: why is my advance payment higher?",
    # quoted e-mail
    "See below.\n\n> On {date_en} at {time_en}, {NAME_EN} <{EMAIL}> wrote:\n> My new address is {ADDRESS}, {POSTCODE}.",
    "Yes, that is my account.\n\n> Can you confirm that {IBAN} is your account number?\n> Kind regards, {NAME_STAFF}",
    "> Could you send us your date of birth for verification?\n{DOB}\n\nCheers, {NAME_FIRST}",
    # wrap-up and whisper notes (international team)
    "Wrap-up: cust {NAME_EN} called re double charge, IBAN {IBAN} checked, refund requested, tel {PHONE}.",
    "[whisper sup -> agent] ask {NAME_FIRST} for the plate again, we have {PLATE} on file",
    "[listening in] sup {NAME_STAFF}: caller just read out card {CARD}, do NOT note it!",
    # spoken, hesitations, spelling
    "caller: my number is, um, {PHONE_SPOKEN}, no sorry, let me start again: {PHONE_SPOKEN}",
    "caller: I'll spell the surname: {NAME_SPELLED}, like the Dutch word.",
    "caller: the postcode is {POSTCODE_SPOKEN}, and it's a new building.",
    "caller: the IBAN, hang on... {IBAN_SPOKEN}",
    "caller: the email is {EMAIL_SPOKEN}, all lower case.",
    "caller: my address is {ADDRESS_SPOKEN}, it's hard to pronounce.",
    # names in long sentences, several people
    "Because my neighbour told me that {NAME_FULL} from your billing team would sort it out, I waited three weeks "
    "and nothing happened.",
    "The contract is in the names of {NAME_EN} and {NAME_FULL}, but our lodger {NAME_FIRST} pays the bills.",
    "Hi, {NAME_WORDSUR} speaking, from {ADDRESS}, about the outage.",
    "My Belgian colleague {NAME_BE} ({EMAIL_BE}, {PHONE_BE}) will collect the keys for me.",
]

TEST_V10_PII_EN = [("en", text) for text in _EN]
