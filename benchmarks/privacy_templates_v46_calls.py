"""Call transcripts of test_v46 (speech-to-text, Dutch, Flemish and English): numbers, postcodes, e-mail addresses
and names read out or spelt, as callers do when they verify themselves at a contact center."""

from __future__ import annotations

from benchmarks.privacy_templates_v46_rows import rows

CALLS = rows(
    "nl",
    r"""
Agent: mag ik uw klantnummer? Klant: ja dat is eh {CUSTOMER_NUMBER_SPOKEN}. Agent: dank u.
Klant: mijn naam is {NAME_FULL}, achternaam gespeld {NAME_SPELLED}. Agent: en uw geboortedatum? Klant: {DOB_WORDS}.
Agent: op welk nummer kan de monteur u bellen? Klant: {PHONE_SPOKEN}, dat is mijn mobiel.
Klant: het e-mailadres is {EMAIL_SPOKEN}. Agent: ik lees het even terug.
Klant: de rekening is {IBAN_SPOKEN}. Agent: en op naam van? Klant: {NAME_FULL}.
Agent: voor de controle, wat is uw postcode? Klant: {POSTCODE_SPOKEN}. Agent: dank u wel.
Agent: en uw BSN voor de kraamzorgaanvraag? Klant: {BSN_SPOKEN}. Agent: klopt.
Klant: ik bel namens {NAME_FULL}, geboren op {DOB_WORDS}, nu wonend op {ADDRESS}.
Agent: u belt over de borg? Klant: ja, lidnummer {CUSTOMER_NUMBER_SPOKEN}, we zaten in {park}.
Klant (Gent): 't is voor de inruil van mijnen gsm, mijn nummer is {PHONE_BE}, en mijn mail {EMAIL_SPOKEN}.
Agent: ik heb hier {NAME_UPPER}, {ADDRESS}, klopt dat nog? Klant: nee, we wonen sinds {month} op {ADDRESS}.
Klant: het kenteken van mijn eigen auto is {PLATE}, die staat op het parkeerterrein bij de receptie.
Agent: de creditcard waarmee u de borg betaalde? Klant: {CARD}. Agent: de vervaldatum? Klant: {expiry}.
Klant: ja hallo, met {NAME_FIRST}, ik had gebeld over mijn Vinted-pakketje, mijn nummer is {PHONE}.
""",
) + rows(
    "en",
    r"""
Agent: can I take your account number? Caller: sure, it's {CUSTOMER_NUMBER_SPOKEN}.
Caller: my email is {EMAIL_SPOKEN}, all lower case. Agent: thank you.
Caller: it's {NAME_FULL}, surname {NAME_SPELLED}. Agent: and your date of birth? Caller: {DOB_WORDS}.
Caller: you can reach me on {PHONE_SPOKEN}, that's my Dutch number. Agent: perfect.
Caller: the IBAN is {IBAN_SPOKEN}. Agent: and the account holder? Caller: {NAME_FULL}.
Agent: postcode please? Caller: {POSTCODE_SPOKEN}. Agent: lovely, thanks.
""",
)
