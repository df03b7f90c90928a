"""Unit tests for the forms the redaction rules learnt from test_v46's and test_v47's misses: one case each, and
the look-alikes that must stay. The cases are made up here, not taken from the corpus."""

import pytest

from nlp.redaction import redact
from tests.unit.nlp.redaction_cases import assert_redacted_as


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        # a postcode read out after the question and a speaker's label on the same line
        ("Agent: en uw postcode? Beller: drieëndertig twaalf K van Karel L. Agent: top.", None, "POSTCODE"),
        ("Agent: postcode please? Caller: forty-one nineteen P R. Agent: thanks.", None, "POSTCODE"),
        # the flat after a comma, as addresses abroad write it
        ("Send it to 18 Birch Lane, Apt 2B, Toronto please.", "18 Birch Lane, Apt 2B", "ADDRESS"),
        ("Nueva dirección: Calle de Alcalá 48, 3º dcha., Madrid.", "Calle de Alcalá 48, 3º dcha.", "ADDRESS"),
        ("Mijn adres daar wordt vul. Franka 9, kv. 12, Lviv.", "vul. Franka 9, kv. 12", "ADDRESS"),
        # Turkish and Korean streets, an Italian street with "dei"
        ("Yeni adres: Bağdat Cad. No: 41 D: 7, İstanbul.", "Bağdat Cad. No: 41 D: 7", "ADDRESS"),
        ("New address: Gangnam-daero 12-gil 5, Seoul.", "Gangnam-daero 12-gil 5", "ADDRESS"),
        ("De rekening gaat naar Via dei Calzaiuoli 7, Firenze.", "Via dei Calzaiuoli 7", "ADDRESS"),
        # a houseboat's berth, a street in capitals with an accented letter
        ("De glazenwasser kwam niet op Prinsengracht ligplaats 14.", "Prinsengracht ligplaats 14", "ADDRESS"),
        ("Bezorgen op CHRISTIAAN HUYGENSPLEIN 3 te Delft.", "CHRISTIAAN HUYGENSPLEIN 3", "ADDRESS"),
        ("Bezorgen op DR. ARIËNSLAAN 12 te Enschede.", "DR. ARIËNSLAAN 12", "ADDRESS"),
        # an e-mail address with the "@" left as an HTML entity; a disguised one on a two-letter domain
        ("Contact: e-mail lotte.smit&#64;kpnmail.nl, graag terugmailen.", "lotte.smit&#64;kpnmail.nl", "EMAIL"),
        ("mail: ana [at] mail [dot] ba", "ana [at] mail [dot] ba", "EMAIL"),
        # a colleague's handle in a pasted Teams message
        ("@noor.bakker kun jij deze klant terugbellen?", "noor.bakker", "NAME"),
        # a surname spelled right after the given name, with the same mark between the capitals
        ("Caller: it's Ilse, B O S M A N.", "B O S M A N", "NAME"),
        ("Klant: Sanne, ter H-O-R-S-T.", "ter H-O-R-S-T", "NAME"),
        ("Caller: my surname is K, O, O, P, M, A, N.", "K, O, O, P, M, A, N", "NAME"),
        # a name after "op de naam", capitals with the particle "ben"
        ("De boeking staat op de naam wim kok, klopt dat?", "wim kok", "NAME"),
        ("De brief staat op naam van SAID BEN ALI.", "SAID BEN ALI", "NAME"),
        # a pass or account number after "pasje", "pass", "account", "leerling", "relatie"
        ("Me pasje is 482913, ik sta al een uur te wachten.", "482913", "CUSTOMER_NUMBER"),
        ("My mother (pass RT 4821 9930) was not picked up.", "RT 4821 9930", "CUSTOMER_NUMBER"),
        ("Account k882301455 staat nog open.", "k882301455", "CUSTOMER_NUMBER"),
        ("De ouder van leerling 730114 krijgt geen mail.", "730114", "CUSTOMER_NUMBER"),
        ("Stadspas-pas SP 2291 4410 is verlopen.", "SP 2291 4410", "CUSTOMER_NUMBER"),
        # a date of birth with the day as "eerste" or "derde"
        ("Zij is geboren op derde april 1951.", "derde april 1951", "DOB"),
        # a plate read out after "as", or its letters said as one piece between dashes
        ("He reads the plate as K four two N B P.", "K four two N B P", "PLATE"),
        ("Kenteken? Eh, TX streepje 91 streepje LP.", "TX streepje 91 streepje LP", "PLATE"),
    ],
)
def test_the_form_is_redacted(text, secret, kind):
    assert_redacted_as(text, secret, kind)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # an IBAN that passes its check alone takes no digits from the next line
        ("IBAN: NL91 ABNA 0417 1643 00\nTelefoon: 06-12345678", "Telefoon: "),
        # a table's header cells are no name, even beside each other
        ("Name\tEmail\tPhone\nIlse Bos\tilse@bos.nl\t0612345678", "Name\tEmail\tPhone"),
        # a form listing its fields down the first column is no table: its field names stay
        ("Klant\tBos, Ilse\nKlantnummer\t4820193\nGeboortedatum\t3 mei 1950\nTelefoon\t0612345678", "Geboortedatum"),
        # an organisation's handle has no dot; an e-mail domain is no handle
        ("Stuur een DM naar @kpn_webcare of mail @ziggo.nl", "@kpn_webcare"),
        # a team of a sports club is no street
        ("Hij is trainer van Dames 1 en Heren 3.", "Dames 1"),
        # an address with a postcode after the comma keeps the postcode its own kind
        ("Nieuw adres: Kerkstraat 12, 1234 AB Utrecht.", "[ADDRESS], [POSTCODE]"),
    ],
)
def test_the_look_alike_stays(text, kept):
    assert kept in redact(text).text
