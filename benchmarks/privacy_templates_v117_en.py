"""English templates of test_v117, mostly from Canadians, New Zealanders, Ghanaians and Nigerians living in the
Netherlands or just arrived: dog daycare and pet boarding, waste container passes, Dutch courses for newcomers, boats
rented by the hour, insulation subsidies, piano tuning, wedding venues, allotments on company grounds, bicycle
courier accounts and blood donor appointments; in Zoho SalesIQ chats, Threema groups, Mastodon mentions, Markdown
tables, Excel cells with formulas, after-call shorthand, OCR'd forms with check boxes and time-stamped transcripts,
with Canadian and New Zealand English, Ghanaian English and Nigerian pidgin.

A template a block; a line holding only '¶' ends a block; line breaks and tabs inside are written as escapes, and a
backslash at the end of a line joins it to the next."""

from __future__ import annotations

_TEXT = """\
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: hey, any room for a {breed} this Friday eh?\n\
{siq_t2} {NAME_STAFF}: We do! Name and phone please?\n{siq_t3} Visitor: {NAME_CA}, {PHONE_NL}
¶
Kia ora, keen to book {dog} into boarding over the holidays, good as gold, sweet as. I'm {NAME_NZ}, \
{EMAIL_OWN}. Cheers!
¶
Abeg una fit keep my dog {dog} for weekend? I dey travel go Lagos. My number na {PHONE_NL}, name {NAME_NG}. \
Thank you o
¶
ACW {acw_time}: cust {NAME_FULL} called re boarding invoice, acct {CUSTOMER_NUMBER_DOG}. Refund {price_en} to \
{IBAN}. Cust happy, no f/u.
¶
| Dog | Owner | Emergency contact | Vet |\n|---|---|---|---|\n| {dog} | {NAME_FULL} | {PHONE} | {vet} |\n| {dog} \
| {NAME_FULL} | {PHONE_GH} | {vet} |
¶
BOARDING AGREEMENT\nOwner narne: {NAME_CAPS}\nHome address: {ADDRESS}, {POSTCODE}\n[X] Vaccinated   [ ] Neutered   \
[X] OK with cats\nPhone: {PHONE_OCR}   E-MAIL: {EMAIL_CAPS}
¶
Hi there, we just moved to {town} from {town_ca} and need a pass for the underground bins. We're at {ADDRESS}, \
{POSTCODE}. No BSN yet, only my Canadian SIN: {BSN_CA}. Thanks so much!
¶
Please, I beg, my waste pass {CUSTOMER_NUMBER_WASTE} no longer opens the container at {ADDRESS}. Kindly help. \
{NAME_GH}, {PHONE_NL}
¶
@{masto_city} the recycling yard wouldn't let me in, plate {PLATE} has been on my address ({ADDRESS}) since \
March. Help?
¶
Back home my rego was {PLATE_NZ}, over here it's {PLATE}; can you put the new one on my pass \
{CUSTOMER_NUMBER_WASTE}? {NAME_NZ}
¶
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: hello I want learn Dutch for inburgering, \
level {level}\n{siq_t2} {NAME_STAFF}: Welcome! Your name and date of birth?\n{siq_t3} Visitor: \
{NAME_SY}, born {DOB_EN}
¶
Good afternoon sir/ma, I wan register for Dutch class. Name: {NAME_NG}, DOB {DOB_EN}, NIN {BSN_NG}, email \
{EMAIL_OWN}. God bless
¶
Bonjour/hi! I'm {NAME_CA} from {town_ca}, signing up for the evening A2 course. Old address {ADDRESS_CA}, \
{POSTCODE_CA} – is that OK until I get a Dutch one?
¶
ACW: student {NAME_IN} (student no. {CUSTOMER_NUMBER_COURSE}) wants {level} Sat group. ID checked, DOB \
{DOB_SHORT}. Conf. by email {EMAIL_OWN}.
¶
| Student | DOB | Phone | Group |\n|---|---|---|---|\n| {NAME_UA} | {DOB_EN} | {PHONE_NL} | {level} |\n| \
{NAME_CN} | {DOB_EN} | {PHONE_NL} | {level} |
¶
ENROLMENT FORM – DUTCH FOR NEWCOMERS\nSurname: {NAME_SURNAME}   Given name(s): {NAME_GIVEN}\n[ ] A1   [X] A2   \
[ ] B1\nBSN / other ID: {BSN_OCR}
¶
Kia ora, I'm enrolling for Dutch lessons but haven't got a BSN yet. Would my IRD number {BSN_NZ} do for now? \
Ngā mihi, {NAME_NZ}
¶
Hello, I am {NAME_PL}, PESEL {BSN_PL}, I work in greenhouse in {town}. I want evening course. Phone {PHONE_PL}.
¶
Please I no get BSN yet, only my Ghana Card PIN {BSN_GH}. Can I still start the A1 class? {NAME_GH}
¶
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: can we hire a {boat_type} for 3 hours \
tomorrow?\n{siq_t2} {NAME_STAFF}: Sure! Name for the booking?\n{siq_t3} Visitor: {NAME_FULL}, mobile {PHONE}
¶
Gidday, hired {boat_name} yesterday and left my jandals and sunnies on board 🙈 I'm {NAME_NZ}, {PHONE_NZ}. Chur
¶
ACW: cust {NAME_FULL} acct {CUSTOMER_NUMBER_BOAT} – deposit {price_en} not refunded. Card on file {CARD}? Cust \
says paid by iDEAL. Escalated.
¶
Chale, the boat engine stop for middle of the canal 😂 we paddle back. Please refund part of it. {NAME_GH}, \
{IBAN_NL}
¶
Hey, the payment for the boat hire went through twice on my card, here's the number {CARD}, can you check? \
{NAME_CA}
¶
We're touring Europe in our own camper shipped over from Halifax, plate {PLATE_CA} (Nova Scotia). Can we park \
it at the marina while we're out on the boat? {NAME_CA}
¶
Hi, we insulated the attic at {ADDRESS}, {POSTCODE} {town}, way better than our old place in {town_ca} eh! \
What's the subsidy process? {NAME_CA}, {EMAIL_OWN}
¶
ACW: homeowner {NAME_FULL}, RVO relation no. {CUSTOMER_NUMBER_RVO}, {insulation_en} {m2} m2. Payout to \
{IBAN_NL}. Case {case_no} fwd to backoffice.
¶
A1\tApplicant\t{NAME_FULL}\nA2\tBSN\t'{BSN}\nA3\tTotal\t=SUM(C5:C9)\nA4\tBank\t=TRIM("{IBAN}")
¶
Oga, dem don finish the roof insulation for my house for {ADDRESS}, {POSTCODE}. Wetin remain for the subsidy? \
Call me {PHONE_NG} or {PHONE_NL}. {NAME_NG}
¶
@{masto_subsidy} 14 weeks and counting on my insulation grant, relation number {CUSTOMER_NUMBER_RVO}. Any news? 🥶
¶
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: our {piano_brand} upright needs tuning after \
the move\n{siq_t2} {NAME_STAFF}: No problem! Address?\n{siq_t3} Visitor: {ADDRESS}, {POSTCODE} {town}
¶
Kia ora, Nan's old {piano_brand} came over in the container from {town_nz} and sounds a bit munted. Can someone \
come round? {ADDRESS}, {PHONE_NL}. Ka kite, {NAME_NZ}
¶
ACW: cust {NAME_FULL}, cust no {CUSTOMER_NUMBER_PIANO}, tuning {date_en}. Note: cat in house, tuner allergic?! \
Tel {PHONE}.
¶
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: is {venue} free on {date_en}? destination \
wedding from {town_ca}!\n{siq_t2} {NAME_STAFF}: Congratulations! Your email?\n{siq_t3} Visitor: {EMAIL}
¶
Please we want to do our engagement and wedding at {venue}, about 200 guests, plenty jollof 😄 Contact me, \
{NAME_GH}, on {PHONE_GH} or {EMAIL_OWN}
¶
ACW: couple {NAME_FULL} / {NAME_FULL} – contract {CUSTOMER_NUMBER_VENUE} signed, deposit {price_big_en}. \
Planner to call {PHONE_CA} (Canada, -6h).
¶
VENUE HIRE AGREEMENT\nContract no.: {CUSTOMER_NUMBER_VENUE}\nHirer: {NAME_CAPS}\nDate of birth: {DOB_OCR}\n\
[X] Ceremony   [X] Dinner   [ ] Party
¶
Wedding budget.xlsx\nC4\tVenue deposit\t{price_big_en}\nC5\tPaid from\t="{IBAN}"\nC6\tBride's DOB (licence)\t\
=DATE({DOB_DATUM})
¶
Abeg, the guests' bus go park for your place, the plate na {PLATE}. Make una keep space for am. {NAME_NG}
¶
SalesIQ · {siq_visitor} · Intranet\n{siq_t1} Visitor: hi, I'd like a veggie plot on campus, employee ID \
{CUSTOMER_NUMBER_STAFF}\n{siq_t2} {NAME_STAFF}: Great! Work email?\n{siq_t3} Visitor: {EMAIL_WORK}
¶
Threema · {threema_group_en}\n{NAME_SHORT}: whose courgettes are taking over plot {plot}? 😂\n{NAME_SHORT}: mine, \
sorry! text me on {PHONE_NZ}, still got my kiwi number
¶
ACW: employee {NAME_FULL} (staff no {CUSTOMER_NUMBER_STAFF}) ends plot {plot} per {date_en}. Car {PLATE} off \
the parking list.
¶
| Plot | Employee | Staff no. | Dept |\n|---|---|---|---|\n| {plot} | {NAME_FULL} | {CUSTOMER_NUMBER_STAFF} | \
{department_en} |\n| {plot} | {NAME_FULL} | {CUSTOMER_NUMBER_STAFF} | {department_en} |
¶
Abeg my courier account {CUSTOMER_NUMBER_RIDER} don block since Monday, I no fit work. Na {NAME_NG}, phone \
{PHONE_NL}. Help me abeg 🙏
¶
Hello, my payout for week {week} no come. Account {CUSTOMER_NUMBER_RIDER}, IBAN {IBAN}. Medaase, {NAME_GH}
¶
ACW: rider {NAME_FULL}, acc {CUSTOMER_NUMBER_RIDER}, DOB {DOB_SHORT}. Insurance claim after crash {date_en}; \
addr on file {ADDRESS}. Form sent to {EMAIL_OWN}.
¶
Hey, signing up as a bike courier. {NAME_CA}, born {DOB_EN}, Dutch address {ADDRESS}, {POSTCODE}. SIN is \
{BSN_CA} if you need it for tax, eh?
¶
SalesIQ · {siq_visitor} · {siq_page_en}\n{siq_t1} Visitor: subscriber no {CUSTOMER_NUMBER_SUBSCRIBER}, \
invoice address changed\n{siq_t2} {NAME_STAFF}: To what?\n{siq_t3} Visitor: {ADDRESS_LI}, {POSTCODE_LI}
¶
Please refund to my Polish account {IBAN_PL}, I go back to Poland next month, to {ADDRESS_PL}, {POSTCODE_PL} \
{town_pl}. Thank you, {NAME_PL}
¶
Kia ora, I gave blood with NZ Blood for years, donor no {CUSTOMER_NUMBER_DONOR}. Can I donate here too? Born \
{DOB_DONOR}. {NAME_NZ}
¶
ACW: donor {NAME_FULL}, DOB {DOB_SHORT}, donor no {CUSTOMER_NUMBER_DONOR} – deferred 4 mths (travel). Reminder \
SMS {PHONE}.
¶
DONOR HEALTH QUESTIONNAIRE\nName: {NAME_CAPS}   DOB: {DOB_OCR}\n1. Feeling well today? [X] yes [ ] no\n2. Travel \
outside Europe? [X] yes [ ] no\nPatient no.: {CUSTOMER_NUMBER_PATIENT}
¶
[{ts1}] Agent: can I get your date of birth?\n[{ts2}] Caller: {DOB_SPOKEN}\n[{ts3}] Agent: and the postcode?\n[{ts4}] \
Caller: {POSTCODE}
¶
[{ts1}] Caller: it's {NAME_FULL}, best number is {PHONE_SPOKEN}\n[{ts2}] Agent: lovely, thanks
¶
[{ts1}] Agent: and an email for the confirmation?\n[{ts2}] Caller: {EMAIL_SPOKEN}\n[{ts3}] Agent: got it.
¶
[{ts1}] Caller: card number {CARD_SPOKEN}\n[{ts2}] Agent: and the name on the card?\n[{ts3}] Caller: {NAME_FULL}
¶
@{masto_firm} send the quote to {EMAIL_HIDDEN} pls, not my work account
¶
ACW: caller {NAME_FULL}, surname spelled {NAME_SPELLED}; moving back to NZ, forward post to {ADDRESS_NZ}, \
{town_nz} {POSTCODE_NZ}.
¶
Please send the certificate to my family house, {ADDRESS_GH}, Accra, attention {NAME_GH}.
¶
Hi, my Lagos address for the receipt: {ADDRESS_NG}, Lagos. Phone {PHONE_NG}. {NAME_NG}
¶
Patient number {CUSTOMER_NUMBER_PATIENT}, {NAME_FULL}, DOB {DOB_ISO}: my GP in {town_ca} wants the donor test \
results, can you fax them? Yes, fax, eh.
¶
{NAME_LOWER} – member {CUSTOMER_NUMBER_MEMBER} – dog walks Tue/Thu – paid by card {CARD}
"""

EN: list[tuple[str, str]] = [("en", block.strip("\n")) for block in _TEXT.split("\n¶\n")]
