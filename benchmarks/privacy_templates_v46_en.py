"""English templates of test_v46: expats, students, tourists and emigrants writing or calling Dutch and Belgian
energy firms, phone shops, marketplaces, holiday parks, car rental desks, student housing, embassies, language
schools and maternity care; mixed English/Dutch form labels and machine-translated chats."""

from __future__ import annotations

from benchmarks.privacy_templates_v46_rows import rows

EN = rows(
    "en",
    r"""
# ---- energy and smart meters
Hi, I just moved into {ADDRESS}, {POSTCODE} {city} and want to switch to {energy}. My name is {NAME_FULL}.
Please refund the {amount} from my annual statement to {IBAN}, account holder {NAME_FULL}.
Customer number {CUSTOMER_NUMBER_ENERGY} - the smart meter ({meter}) shows {code} since {date_en}. Call me on {PHONE}.
Name / Naam: {NAME_FULL}\nEmail / E-mail: {EMAIL}\nPhone / Telefoon: {PHONE_FOREIGN}\nMessage / Bericht: meter
# ---- phone shops and trade-in
I traded in my {device} at your store in {city}; the {amount} never reached {IBAN}. Account {CUSTOMER_NUMBER_TELECOM}.
Yes so the number is {PHONE_SPOKEN}, and the account is in my partner's name, {NAME_FULL}.
Please charge the remaining {amount} to my card {CARD}, expiry {expiry}.
Agent note: caller verified with DOB {DOB_US} and account {CUSTOMER_NUMBER_TELECOM}; wants eSIM for {device}.
# ---- marketplaces
The buyer on {market} says the {item} never arrived, but I have proof
+ of delivery to {ADDRESS}. The buyer is {NAME_FULL}.
I got scammed: paid {amount} to {IBAN} for a {item}. The seller called himself {NAME_FULL}, phone {PHONE}.
My Vinted account email was changed to {EMAIL_OBFUSCATED} without my consent. Real email: {EMAIL}.
# ---- hotels and holiday parks
Booking for {nights} nights at {park}, guest {NAME_UPPER}, member number {CUSTOMER_NUMBER_MEMBER}.
+ Deposit on card {CARD}.
The damage deposit of {amount} is still not back on my account {IBAN_FOREIGN}. Best, {NAME_FIRST}
Guest list: {NAME_FULL} (born {DOB}), {NAME_FULL} (born {DOB}); car {PLATE}.
Hi,&nbsp;we arrive late at {hotel}, around {time_en}. Please keep the room for {NAME_REVERSED}. Mobile {PHONE_FOREIGN}.
# ---- car rental at airports
Rental agreement {order}: driver {NAME_FULL}, licence DOB {DOB_US}, car {car} with plate {PLATE}.
I returned the car at {airport} at {time_en} but you charged my card {CARD} for a full tank. Plate was {PLATE}.
Second driver: {NAME_FULL}, date of birth {DOB_WORDS}, from {city_abroad}, phone {PHONE_FOREIGN}.
I got a parking fine in Ghent for {PLATE_BE} while the car was rented by me. My customer number is {CUSTOMER_NUMBER}.
# ---- moving abroad
I am moving back to {country_en} on {date_en}. Please send the final bill to {ADDRESS_ABROAD}, {city_abroad}.
My forwarding address is {ADDRESS_ABROAD}, {city_abroad}; old address {ADDRESS}, {POSTCODE}. BSN {BSN}.
Please close my account {CUSTOMER_NUMBER} and transfer the balance to {IBAN_FOREIGN}. Regards, {NAME_INITIALS}
# ---- student housing
Hello, I am {NAME_FULL}, room {ADDRESS_STUDENT}, tenant number {CUSTOMER_NUMBER_TENANT}. The heating is broken.
My BSN is {BSN_SPOKEN}, I need it for the housing allowance form from {housing}.
Can my deposit go to my parents' account? {IBAN_FOREIGN}, in the name of {NAME_FULL}.
# ---- embassies, visas, language schools
Appointment at {visa} for {NAME_FULL}, passport holder born {DOB}, contact {EMAIL}.
I need a letter from the {embassy} for my partner {NAME_FULL}; we live at {ADDRESS}, {POSTCODE} {city}.
Enrolment {school} ({course}): {NAME_FULL}, email {EMAIL_UPPER}, mobile {PHONE},
+ student number {CUSTOMER_NUMBER_MEMBER}.
[translated from Korean] Hello, my name is {NAME_FULL}. My phone is {PHONE_FOREIGN}. I want cancel the course.
# ---- maternity care
Our baby {NAME_BABY} was born on {DOB_BABY}. Please register the baby with the kraamzorg under my name, {NAME_FULL}.
Spelling of the surname is {NAME_SPELLED}. The address is {ADDRESS}, postcode {POSTCODE_SPOKEN}.
Client: {NAME_FULL}, date of birth {DOB}, BSN {BSN}, due date {date_en}, midwife practice in {city}.
Baby {NAME_BABY}, born {DOB_BABY}, BSN {BSN}; please add to the policy of {NAME_FULL}.
# ---- more forms
Card holder: {NAME_UPPER} | Card number: {CARD} | Exp: {expiry} | Billing address: {ADDRESS_ABROAD}
The barrier at {park} does not recognise my plate {PLATE}. My booking is under {EMAIL}.
I sold my car {PLATE} on {market}, the buyer {NAME_FULL} still has not registered it.
Postcode: {POSTCODE} / Address: {ADDRESS} / Email: {EMAIL} / IBAN: {IBAN}
""",
)
