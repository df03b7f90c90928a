"""Labelled synthetic contacts, Dutch and English, with personal data sprinkled in.

Used for the demo's bundled sample, the integration tests' ground truth and the benchmarks:
each generated contact comes with the taxonomy label it was written to express.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from topics.records import Channel, Contact, Turn

COMPLAINTS: dict[str, dict[str, list[str]]] = {
    "billing.double_charge": {
        "nl": ["Ik ben deze maand dubbel afgeschreven.", "Het abonnementsgeld is twee keer van mijn rekening gehaald."],
        "en": ["I was charged twice this month.", "I was charged double for the same month."],
    },
    "billing.unexpected_amount": {
        "nl": [
            "Mijn rekening is veel hoger dan normaal, zonder aankondiging.",
            "Er staan onbekende kosten op de factuur.",
        ],
        "en": ["My bill is much higher than usual this month.", "My invoice shows extra charges I did not expect."],
    },
    "delivery.late": {
        "nl": [
            "Mijn pakket is nog steeds niet bezorgd, het zou gisteren komen.",
            "De bestelling is nog niet aangekomen.",
        ],
        "en": [
            "My package has not been delivered although it was promised yesterday.",
            "My order still has not arrived.",
        ],
    },
    "account.login": {
        "nl": ["Ik kan niet inloggen in de app.", "Inloggen lukt niet, ik krijg geen verificatiecode."],
        "en": ["I can't log in to the app.", "Login fails, I never get a verification code."],
    },
    "service.outage": {
        "nl": ["Ik heb al twee dagen helemaal geen internet.", "Er is een storing, internet en tv liggen eruit."],
        "en": ["I have had no internet at all for two days.", "There is an outage, internet and tv are down."],
    },
    "contract.cancellation": {
        "nl": ["Ik wil mijn abonnement opzeggen.", "Ik ga overstappen naar een andere provider, hoe zeg ik op?"],
        "en": ["I want to cancel my subscription.", "I will switch provider, please cancel my contract."],
    },
    "product.defect": {
        "nl": [
            "De nieuwe modem is kapot en gaat niet meer aan.",
            "Mijn telefoon laadt niet op, valt dit onder garantie?",
        ],
        "en": [
            "The new modem is broken and does not turn on.",
            "My phone will not charge, is this covered by warranty?",
        ],
    },
    "communication.no_follow_up": {
        "nl": [
            "Jullie zouden me terugbellen maar ik heb niets gehoord.",
            "Ik heb nooit antwoord gekregen op mijn mail.",
        ],
        "en": ["You promised to call me back but nobody did.", "I never got an answer to my e-mail."],
    },
    "unclassified": {
        "nl": ["Wat zijn de openingstijden van de winkel?", "Kunt u mij vertellen waar de dichtstbijzijnde winkel is?"],
        "en": ["What are the opening hours of your shop?", "Could you tell me where the nearest store is?"],
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
        "Hi, this is {name}, phone {phone}.",
        "Good morning, {name} here ({email}).",
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
    label: str
    personal_data: list[str]


def generate(
    count: int,
    seed: int = 7,
    start: datetime | None = None,
    spacing_seconds: float = 1.0,
    labels: list[str] | None = None,
) -> list[LabelledContact]:
    """`count` contacts, round-robin over `labels` (default: all), `spacing_seconds` apart."""
    rng = random.Random(seed)
    start = start or datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    chosen = labels or list(COMPLAINTS)
    result = []
    for index in range(count):
        label = chosen[index % len(chosen)]
        language = rng.choice(["nl", "en"])
        name = rng.choice(_NAMES)
        phone = f"06-{rng.randint(10_000_000, 99_999_999)}"
        email = f"{name.split()[0].lower()}{rng.randint(1, 99)}@example.org"
        greeting = rng.choice(_GREETING[language]).format(name=name, phone=phone, email=email)
        complaint = rng.choice(COMPLAINTS[label][language])
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
        result.append(LabelledContact(contact=contact, label=label, personal_data=pii))
    return result


DEMO_MIX = (
    ["billing.double_charge"] * 4
    + ["delivery.late"] * 2
    + ["account.login", "service.outage", "contract.cancellation", "product.defect", "unclassified"]
)


def demo_sample_lines() -> list[str]:
    """The bundled demo sample: a billing spike, a delivery spike, background noise and two bad lines."""
    contacts = generate(88, seed=11, spacing_seconds=3.0, labels=DEMO_MIX)
    lines = [labelled.contact.model_dump_json() for labelled in contacts]
    lines.append('{"contact_id": "broken-1", "channel": "fax", "transcript": []}')
    lines.append("this line is not JSON")
    return lines


def hourly_history(
    start: datetime, hours: int, labels_of: Callable[[datetime], list[str]], seed: int
) -> tuple[list[tuple[bytes, bytes]], Counter[datetime]]:
    """Contacts hour by hour (`labels_of(hour)` says which), in event-time order, as (key, value) the way
    `feedback-loop ingest` sends them (keyed by contact id); and the true number per hour."""
    contacts: list[tuple[bytes, bytes]] = []
    truth: Counter[datetime] = Counter()
    for index in range(hours):
        hour = start + index * timedelta(hours=1)
        labels = labels_of(hour)
        if labels:
            items = generate(
                len(labels), seed=seed + index, start=hour, spacing_seconds=3500 / len(labels), labels=labels
            )
            contacts += [(item.contact.contact_id.encode(), item.contact.to_bytes()) for item in items]
            truth[hour] = len(labels)
    return contacts, truth


if __name__ == "__main__":  # python -m pipeline.synthetic > pipeline/data/sample_contacts.jsonl
    print("\n".join(demo_sample_lines()))
