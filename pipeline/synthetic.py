"""Labelled synthetic contacts, Dutch and English, with personal data sprinkled in.

Used for the demo's bundled sample, the integration tests' ground truth and the benchmarks:
each generated contact comes with the category it was written to express.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from topics.records import Channel, Contact, Turn

COMPLAINTS: dict[str, dict[str, list[str]]] = {
    "billing_error": {
        "nl": [
            "Ik ben deze maand dubbel afgeschreven.",
            "De factuur klopt niet, er staat een hogere rekening dan normaal.",
            "Er is onterecht afgeschreven van mijn rekening, ik wil mijn geld terug.",
        ],
        "en": [
            "I was charged twice this month.",
            "The invoice is wrong, it is much higher than usual.",
            "There is an unexpected charge on my account and I want a refund.",
        ],
    },
    "delivery_delay": {
        "nl": [
            "Mijn pakket niet ontvangen, het zou gisteren komen.",
            "De bestelling niet aangekomen en track and trace zegt niets.",
            "Levering te laat, al drie keer beloofd.",
        ],
        "en": [
            "Package not received although it was promised yesterday.",
            "My order has not arrived and the tracking number shows nothing.",
            "Late delivery again, the courier never came.",
        ],
    },
    "login_problem": {
        "nl": [
            "Ik kan niet inloggen in de app.",
            "Inloggen lukt niet, ik krijg geen verificatiecode.",
            "Mijn account geblokkeerd na wachtwoord resetten.",
        ],
        "en": [
            "I can't log in to the app.",
            "Login fails, I never get a verification code.",
            "My account locked after the password reset.",
        ],
    },
    "service_outage": {
        "nl": [
            "Ik heb al twee dagen geen internet.",
            "Er is een storing, de modem knippert rood.",
            "De verbinding valt weg elke avond.",
        ],
        "en": [
            "I have had no internet for two days.",
            "There is an outage, the router blinking red.",
            "My connection drops every evening.",
        ],
    },
    "cancellation": {
        "nl": ["Ik wil mijn abonnement opzeggen.", "Ik ga overstappen, hoe kan ik opzeggen?"],
        "en": ["I want to cancel my subscription.", "I will switch provider, please cancel my contract."],
    },
    "product_defect": {
        "nl": ["De nieuwe modem is kapot.", "Het apparaat gaat niet aan, valt dit onder garantie?"],
        "en": ["The new device is broken.", "It does not turn on, is this covered by warranty?"],
    },
    "other": {
        "nl": ["Ik heb een vraag over mijn gegevens.", "Kunt u mij vertellen wat de openingstijden zijn?"],
        "en": ["I have a question about my details.", "Could you tell me your opening hours?"],
    },
}

_GREETING = {
    "nl": [
        "Goedemiddag, u spreekt met {name}.",
        "Hallo, mijn naam is {name}, mijn nummer is {phone}.",
        "Goedemorgen, met {name}. Mijn e-mail is {email}.",
    ],
    "en": [
        "Hello, my name is {name}.",
        "Hi, this is {name}, you can call me on {phone}.",
        "Good morning, my name is {name} and my e-mail is {email}.",
    ],
}
_AGENT = {
    "nl": ["Vervelend om te horen, ik zoek het voor u uit.", "Dank u, ik maak een melding aan."],
    "en": ["Sorry to hear that, let me look into it.", "Thank you, I will log a ticket."],
}
_NAMES = ["Jan de Vries", "Sanne Jansen", "Peter van den Berg", "Fatima El Amrani", "Emma Bakker", "Lucas Visser"]
_PRODUCTS = ["internet", "tv", "mobile", "webshop"]


@dataclass(frozen=True)
class LabelledContact:
    contact: Contact
    category: str
    personal_data: list[str]


def generate(
    count: int,
    seed: int = 7,
    start: datetime | None = None,
    spacing_seconds: float = 1.0,
    categories: list[str] | None = None,
) -> list[LabelledContact]:
    """`count` contacts, round-robin over `categories` (default: all), `spacing_seconds` apart."""
    rng = random.Random(seed)
    start = start or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    chosen = categories or list(COMPLAINTS)
    result = []
    for index in range(count):
        category = chosen[index % len(chosen)]
        language = rng.choice(["nl", "en"])
        name = rng.choice(_NAMES)
        phone = f"06-{rng.randint(10_000_000, 99_999_999)}"
        email = f"{name.split()[0].lower()}{rng.randint(1, 99)}@example.org"
        greeting = rng.choice(_GREETING[language]).format(name=name, phone=phone, email=email)
        complaint = rng.choice(COMPLAINTS[category][language])
        contact = Contact(
            contact_id=f"c-{seed}-{index:06d}",
            channel=rng.choice(list(Channel)[:4]),
            occurred_at=start + timedelta(seconds=index * spacing_seconds),
            language=None if index % 3 == 0 else language,
            product=rng.choice(_PRODUCTS),
            customer_ref=f"cust-{rng.randint(1, 10_000):05d}",
            agent_id=f"agent-{rng.randint(1, 40):03d}",
            transcript=[
                Turn(speaker="customer", text=f"{greeting} {complaint}"),
                Turn(speaker="agent", text=rng.choice(_AGENT[language])),
            ],
            handle_time_seconds=round(rng.uniform(60, 900), 1),
            transferred=rng.random() < 0.2,
            repeat_contact=rng.random() < 0.3,
            csat=rng.randint(1, 5),
        )
        pii = [name, *(value for value in (phone, email) if value in greeting)]
        result.append(LabelledContact(contact=contact, category=category, personal_data=pii))
    return result


DEMO_MIX = (
    ["billing_error"] * 4
    + ["delivery_delay"] * 2
    + ["login_problem", "service_outage", "cancellation", "product_defect", "other"]
)


def demo_sample_lines() -> list[str]:
    """The bundled demo sample: a billing spike, a delivery spike, background noise and two bad lines."""
    contacts = generate(88, seed=11, spacing_seconds=3.0, categories=DEMO_MIX)
    lines = [labelled.contact.model_dump_json() for labelled in contacts]
    lines.append('{"contact_id": "broken-1", "channel": "fax", "transcript": []}')
    lines.append("this line is not JSON")
    return lines


if __name__ == "__main__":  # python -m pipeline.synthetic > pipeline/data/sample_contacts.jsonl
    print("\n".join(demo_sample_lines()))
