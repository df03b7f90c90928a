"""English templates of test_v114, many from Pakistani, Ugandan and Irish writers and from Korean and Japanese
travellers: housing allowance, licence renewals and exchanges, solar lease buy-outs, children's braces, airport lost
property, farm boxes, laundries, coffee machine leases, phone insurance and sailing club berths, in Intercom
conversations, LINE and KakaoTalk, Teams meeting chats, an Irish court summons, semicolon CSV exports, WebVTT
subtitles and complaint cards typed up by staff."""

from __future__ import annotations

_TEMPLATES: list[str] = [
    # ---- municipal housing allowance
    "Assalam-o-Alaikum Sir/Madam,\nI am {NAME_PK}, residing at {ADDRESS}, {POSTCODE} {town}. I applied for housing "
    "allowance on {date_en} but till now no response. My BSN is {BSN}. Kindly update me.\nJazak Allah",
    "Greetings. Am following up my application for the housing allowance, reference {CUSTOMER_NUMBER_ALLOWANCE}. I "
    "have been moving up and down to the municipality. Kindly call me on {PHONE}. {NAME_UG}",
    "Hiya, I'm after moving from {town_ie} to {town} and the rent is mad. Would I get the allowance? Dutch BSN is "
    "{BSN}, my PPS number back home was {BSN_IE} if that helps. Cheers, {NAME_IE}",
    "[{time_en}] {NAME_REVERSED}\nexpat client {NAME_FULL} asking about housing allowance, DOB {DOB_EN}, can someone "
    "check eligibility?",
    "WEBVTT\n\n{vtt}\n<v Caseworker>And which account should the allowance go to?\n\n{vtt2}\n<v {NAME_FULL}>It's "
    "{IBAN_READ}.",
    "file_no;applicant;email;phone;decision\n{CUSTOMER_NUMBER_ALLOWANCE};{NAME_FULL};{EMAIL};{PHONE_EN};pending",
    # ---- driving licence renewals
    "Howya, my Irish licence is due for renewal but I'm living in {town} now. Licence number "
    "{CUSTOMER_NUMBER_LICENCE}, DOB {DOB_EN}. Can I swap it for a Dutch one or do I have to go home to the NDLS?",
    "Respected Sir, I want to exchange my Pakistani driving licence. My CNIC is {BSN_PK} and mobile is {PHONE_PK}. "
    "Please guide me regarding the procedure.\nRegards,\n{NAME_PK}",
    "Dear Sir/Madam, my Ugandan permit expired while I was here. Am requesting guidance on the way forward. Name: "
    "{NAME_UG}, Date of Birth: {DOB_EN}, email {EMAIL}.",
    "--------------- {kakao_date_en} ---------------\n[{NAME_KR}] [{kakao_time_en}] hello, I need to renew my "
    "Korean licence but I live in {town} now. my address {ADDRESS}, {POSTCODE}",
    "Conversation #{conv} · Licences\n{NAME_FULL}: renewal photo rejected TWICE?!\n{fin}: Sorry about that. Can "
    "you share your date of birth?\nCustomer: {DOB_EN}\n🔒 Internal note by {NAME_FIRST}: licence no. "
    "{CUSTOMER_NUMBER_LICENCE}",
    "ref;name;dob;licence_no;country\n{row};{NAME_CAPS};{DOB_EN};{CUSTOMER_NUMBER_LICENCE};IE",
    "To whom it may concern, please find my PPSN {BSN_IE} and address {ADDRESS_IE}, {POSTCODE_IE} for the NDLS "
    "renewal form. Regards, {NAME_IE}",
    # ---- solar lease buy-outs
    "Greetings from Mukono! My late father's house in {town} had solar panels on lease, contract "
    "{CUSTOMER_NUMBER_LEASE}. We need to buy them out to sell the house. Kindly send the figure to {EMAIL}. Webale "
    "nyo, {NAME_UG}",
    "Grand, so the buy-out is {price_big_en}? Sure look, I'll pay it. Take it from {IBAN_IE} and post the paperwork to "
    "{ADDRESS}, {POSTCODE}.",
    "[{time_en}] {NAME_REVERSED}\nbuy-out quote for {ADDRESS} ({POSTCODE}) approved, customer {NAME_FULL} wants to "
    "pay by card {CARD}??",
    "Dear Team, I am having one query regarding solar lease buyout. Contract no {CUSTOMER_NUMBER_LEASE}. Please "
    "revert at your earliest. {NAME_PK}, {PHONE}",
    "WEBVTT\n\n{vtt}\n<v Advisor>Can I have your email for the buy-out offer?\n\n{vtt2}\n<v Customer>Yeah, "
    "{EMAIL_SPOKEN}",
    # ---- children's orthodontic clinics
    "Dear Doctor Sahib, my child {NAME_CHILD} (DOB {DOB_CHILD}) has pain from the braces since yesterday. Kindly give "
    "appointment. Patient no. {CUSTOMER_NUMBER_PATIENT}. {NAME_PK}",
    "Good morning. My child {NAME_CHILD} was fitted with braces on {date_en}. The bill came to {price_big_en} but the "
    "insurance paid it. Kindly refund to my account {IBAN}. Regards {NAME_UG}",
    "Hi, our young one {NAME_CHILD} broke a bracket at the hurling. Can ye fit them in this week? Mobile "
    "{PHONE_IE}, thanks a million",
    "[LINE] Chat history with {clinic}\nSaved on: {line_date}\n\n{line_day}\n{time}\t{NAME_JP}\tHello, my "
    "child {NAME_CHILD} has appointment but we are in Osaka. Birthday is {DOB_CHILD}.",
    "WEBVTT\n\n{vtt}\n<v Orthodontist>And your own date of birth, as the policyholder?\n\n{vtt2}\n<v {NAME_FULL}>"
    "{DOB_SPOKEN}",
    "Conversation #{conv} · {clinic}\n{NAME_FULL}: hi is the {brace} covered?\n{fin}: I'll check. Patient "
    "number?\nCustomer: {CUSTOMER_NUMBER_PATIENT}\n🔒 Internal note by {NAME_FIRST}: mum's card on file {CARD}",
    # ---- airport lost property
    "[LINE] Chat history with {airport} Lost & Found\nSaved on: {line_date}\n\n{line_day}\n{time}\t{NAME_JP}\t"
    "Hello. I lost my {item_en} at security. My flight was {flight}. Phone {PHONE_JP}",
    "[{NAME_KR}] [{kakao_time_en}] I left my {brand_item} bag at Schiphol gate {gate}\nplease send to my hotel, "
    "my korean number is {PHONE_KR}",
    "Dear Sir, I have lost my handbag at {airport} while in transit to Lahore on {flight_pk}. It contains my "
    "passport and CNIC {BSN_PK}. Please contact on {PHONE_PK} or {EMAIL}. I shall be highly obliged.",
    "Greetings, I travelled via Schiphol to Entebbe and my suitcase did not come. File reference "
    "{CUSTOMER_NUMBER_LOST}. My address here is {ADDRESS_UG}, {town_ug}. Kindly assist.",
    "Hi there, I left me jacket in the lounge in {airport} on {date_en}. It's a green {brand_item}, with a card in "
    "the pocket with me name, {NAME_IE}. Ring me on {PHONE_IE}, cheers!",
    "Conversation #{conv} · Lost & Found\n{NAME_FULL}: any news on my laptop??\n{fin}: Please share your claim "
    "number.\nCustomer: {CUSTOMER_NUMBER_LOST}\n🔒 Internal note by {NAME_FIRST}: found, courier to {ADDRESS_IE}, "
    "{POSTCODE_IE};"
    " fee paid by card {CARD}",
    "[Complaint card, Lost Property desk, typed up by staff]\n'Waited 2 hours, nobody could find my bag!!'\nName: "
    "{NAME_CARD}\nPhone: {PHONE_EN}\nFlight: {flight}",
    "date;flight;item;owner;email;ref\n{date_num};{flight};{item_en};{NAME_FULL};{EMAIL};{CUSTOMER_NUMBER_LOST}",
    "I parked in the long-term car park at Dublin Airport, reg {PLATE_IE}, and dropped my wallet near the shuttle. "
    "Name on the cards is {NAME_IE}.",
    "Dear Sir, my suitcase was found as per your email. Kindly courier it to my home address {ADDRESS_PK}, "
    "{town_pk}. Contact {PHONE_PK}. Regards, {NAME_PK}",
    "WEBVTT\n\n{vtt}\n<v Agent>And a number we can reach you on?\n\n{vtt2}\n<v Traveller>It's {PHONE_SPOKEN}.",
    # ---- farm shop subscriptions
    "Hello, am a member of your farm box, number {CUSTOMER_NUMBER_MEMBER}. This week the eggs were missing! Kindly "
    "credit my account. {NAME_UG}",
    "Would ye ever stop the box for two weeks, we're away in Kerry. Member {CUSTOMER_NUMBER_MEMBER}, address "
    "{ADDRESS}, {POSTCODE}. Ta!",
    "Dear Sir, kindly change the debit account for my farm box subscription to {IBAN}. Name: {NAME_PK}. Regards.",
    "[{time_en}] {NAME_REVERSED}\nnew subscriber {NAME_FULL}, {box}, pick-up at {pickup}, phone {PHONE}",
    # ---- laundry services
    "Sir, my shalwar kameez suits were given for dry cleaning, ticket {CUSTOMER_NUMBER_ORDER}, and one is missing. "
    "This is very disappointing. Contact {PHONE}. {NAME_PK}",
    "Greetings. I brought my gomesi for cleaning on {date_en}, order {CUSTOMER_NUMBER_ORDER}. When can I pick it? "
    "You can reach me on {PHONE_UG} (WhatsApp). {NAME_UG}",
    "Your driver was meant to collect the washing from {ADDRESS}, {POSTCODE} yesterday, no sign of him. Giving out "
    "here now. {NAME_IE}",
    "--------------- {kakao_date_en} ---------------\n[{NAME_KR}] [{kakao_time_en}] hi laundry, pick up please "
    "tomorrow\n{ADDRESS}, {POSTCODE} {town}",
    "[{time_en}] {NAME_REVERSED}\nrefund for laundry order {CUSTOMER_NUMBER_ORDER} to card {CARD}, ok?",
    # ---- coffee machine leases
    "THE DISTRICT COURT\nDublin Metropolitan District\nRecord No. {record_ie}\n\nBETWEEN\n{firm_coffee_ie} LIMITED, "
    "Plaintiff\nAND\n{NAME_IE}, of {ADDRESS_IE}, {POSTCODE_IE}, Defendant\n\nCIVIL SUMM0NS - arrears under a "
    "coffee machine lease",
    "Dear Team, we are running a restaurant in {town} and the coffee machine ({machine}) under contract "
    "{CUSTOMER_NUMBER_CONTRACT} is not working since 3 days. Kindly send technician. Contact person {NAME_PK}, "
    "{PHONE}.",
    "Greetings, I run a small café and would like to lease the {machine}. My details: {NAME_UG}, DOB {DOB_EN}, "
    "{ADDRESS}, {POSTCODE} {town}.",
    "Hi lads, the lease on the coffee machine was meant to end on {date_en}, but ye took another payment off my "
    "card {CARD}. Sort it out please. {NAME_IE}",
    "contract_id;customer;site;iban;monthly;end_date\n{CUSTOMER_NUMBER_CONTRACT};{NAME_FULL};{ADDRESS};{IBAN_EN};"
    "{amount_csv_small};{date_num}",
    # ---- phone insurance
    "Respected Sir, my mobile was snatched near {place_pk} during my visit to {town_pk}. Policy number "
    "{CUSTOMER_NUMBER_POLICY}. I have FIR copy. My CNIC {BSN_PK}. Kindly process the claim at the earliest.",
    "Dear team, my phone fell in the lake while on a boat at Ggaba. Policy {CUSTOMER_NUMBER_POLICY}. Kindly let me "
    "know the way forward. {NAME_UG}, {PHONE_UG}",
    "The screen's banjaxed, so it is. Claim {CUSTOMER_NUMBER_CLAIM}, policy {CUSTOMER_NUMBER_POLICY}. Payout to "
    "{IBAN_IE} please.",
    "[LINE] Chat history with {insurer} Support\nSaved on: {line_date}\n\n{line_day}\n{time}\t{NAME_JP}\tmy "
    "{phone_model} was stolen in Amsterdam. policy {CUSTOMER_NUMBER_POLICY}, born {DOB_EAST}.",
    "WEBVTT\n\n{vtt}\n<v Claims handler>Can I confirm your email address?\n\n{vtt2}\n<v {NAME_FULL}>Sure, it's "
    "{EMAIL_SPOKEN}.",
    "Conversation #{conv} · Device Cover\n{NAME_FULL}: the courier never came for my phone\n{fin}: I'll pass you to "
    "a teammate.\n🔒 Internal note by {NAME_FIRST}: pickup at {ADDRESS}, {POSTCODE} {town}; customer phone {PHONE}",
    "My phone was snatched by a boda boda rider at {place_ug}, I noted the plate {PLATE_UG}. Policy "
    "{CUSTOMER_NUMBER_POLICY}. Police report attached. {NAME_UG}",
    # ---- sailing club berths
    "Hi, I've been on the waiting list for a berth two seasons now. Member {CUSTOMER_NUMBER_MEMBER}. Car is "
    "{PLATE_IE} if ye need it for the gate. {NAME_IE}",
    "[{time_en}] {NAME_REVERSED}\nnew member {NAME_FULL}, trailer {PLATE_TRAILER}, pays by {IBAN}. Berth {berth}.",
    "Dear Commodore, I wish to apply for a berth for my boat. Name: {NAME_PK}, Address: {ADDRESS}, {POSTCODE} "
    "{town}, Mobile: {PHONE}.",
    "member_no;name;boat;berth;car_plate;phone\n{CUSTOMER_NUMBER_MEMBER};{NAME_FULL};{boat_type};{berth};{PLATE_EN};"
    "{PHONE_EN}",
    "[Card left in the clubhouse box, typed up by the secretary]\n'The pontoon lights are out again!!' - "
    "{NAME_CARD}, berth {berth}, {PHONE_EN}",
    "Greetings, am a new member, I used to sail at Kaazi back home. I want a berth for a small dinghy. Kindly reach "
    "me on {EMAIL}. {NAME_UG}",
    "Dear Sir, kindly charge the berth fee for the season to my Visa card {CARD}. Membership "
    "{CUSTOMER_NUMBER_MEMBER}. Regards, {NAME_PK}",
    "WEBVTT\n\n{vtt}\n<v Agent>And the long number on the card, for the courier fee?\n\n{vtt2}\n<v Customer>"
    "{CARD_SPOKEN}",
    "Ye clamped my car {PLATE_IE} outside the laundry in {town_ie} while I was collecting my order "
    "{CUSTOMER_NUMBER_ORDER}. Not impressed. {NAME_IE}",
    "While driving my car {PLATE_PK} to {named_place_pk} my phone was stolen from the dashboard. Policy "
    "{CUSTOMER_NUMBER_POLICY}, {NAME_PK}",
]

EN: list[tuple[str, str]] = [("en", template) for template in _TEMPLATES]
