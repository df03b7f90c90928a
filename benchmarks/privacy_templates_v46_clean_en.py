"""English sentences of test_v46 without personal data: expats and tourists asking about tariffs, trade-in, disputes,
deposits, rental desks, visas, courses and maternity care; every one names only firms, places, products and codes."""

from __future__ import annotations

from benchmarks.privacy_templates_v46_rows import lines

CLEAN_EN = lines(
    r"""
# ---- energy and smart meters
Is the {meter} compatible with the HomeWizard P1 dongle?
From {date_en} the fixed tariff of {energy} goes up to {tariff}.
My annual statement from {energy} shows {reading} but the meter display says something else.
The outage in {city} is expected to be fixed by {time_en}, says the grid operator.
Someone at {energy} told me net metering ends in {year}, is that true?
# ---- phone shops and trade-in
The trade-in value for the {device} is {amount} if the screen has no cracks.
Order {order} from {shop} is out for delivery between {time_en} and {time_en}.
I was told the {device} would be repaired within {count} working days.
The {telecom} store in {city} is closed on {weekday_en} for inventory.
# ---- marketplaces
The dispute {order} on {market} is still open after {count} days.
Is buyer protection included when the {item} is sent with DHL?
The listing {order} was removed, the seller used photos from another ad.
# ---- hotels and holiday parks
Check-in at {park} is from {time_en}, the pool opens at 09:00.
The deposit of {amount} is released {count} days after check-out.
Is breakfast included at {hotel} if I book through the app?
The cottage at {park} had a broken dishwasher, the reception fixed it the same day.
Hi,&nbsp;the key is in the key box next to the reception of {park}.<br>Left at {time_en}, thanks!
# ---- car rental at airports
The {rental} desk at {airport} is in the arrivals hall, next to the coffee bar.
Flight {flight} was delayed, will the {rental} counter still be open at {time_en}?
I was charged {amount} for fuel although the tank was full.
The car category at {airport} is {car} or similar, with unlimited mileage.
# ---- moving abroad
Is my Dutch health insurance still valid after I move to {country_en}?
The removal quote {order} for {city_abroad} is valid until {date_en}.
I need the international moving checklist from the municipality of {city}.
# ---- student housing
The waiting time for a studio at {housing} is about {count} months.
Is the service charge of {amount} included in the rent?
The bike storage of block C is closed from {time_en} to {time_en}.
Open day at {university} on {date_en}, the campus tour starts at {time_en}.
# ---- embassies, visas and language schools
The {embassy} is closed on {date_en} for a national holiday.
Do I need a biometrics appointment at {visa} for a short stay visa to {country_en}?
Hi, the {course} course at {school} starts on {date_en}, every {weekday_en} evening, right?
How long is the placement test for {language_en}? About 40 minutes?
I heard Berlitz and {school} both offer evening classes in {city}.
# ---- maternity care
Is the maternity care package delivered by {kraam} free of charge?
The own contribution for maternity care in {year} is {amount} per hour.
The breastfeeding clinic at {hospital} is open on {weekday_en} mornings.
# ---- people-named places and channels
Does the hotel shuttle stop at {landmark}? I land at {time_en} with flight {flight}.
My appointment is at {landmark}, is there parking nearby?
{timestamp} AUDIT ticket {ticket} status: waiting on customer -> closed; the customer confirmed by chat.
{"ticket": "{ticket}", "channel": "{channel}", "subject": "{subject}", "note": "the customer asked about the tariff"}
[Translated from Ukrainian] Hello, is the language course in {city} also in the evening?
[Translated from Spanish] Good afternoon, my order {order} is still not delivered.
Thank you for contacting {energy}. The average waiting time is {count} minutes.
The {telecom} shop at {landmark} can transfer my eSIM, is that right?
Your refund of {amount} for order {order} is on the way, allow {count} working days.
We received the {item} back at our warehouse in {city} on {date_en}, the refund is processed.
The energy label of the holiday home at {park} is A+, the heat pump is from {year}.
I rented a {car} from {rental} at {airport} and the fuel policy is full to full.
My course at {school} moved to {weekday_en} because of the holiday in {month_en}.
What is the price of the {device} with a {telecom} subscription of {amount} per month?
The kraamzorg intake with {kraam} is planned for {date_en} at {time_en}.
Please call {org_phone} or write to {org_mail} for questions about the deposit.
""",
)
