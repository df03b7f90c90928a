"""The current subscriptions: the seed file until the first runtime change, then the table of changes."""

from datetime import UTC, datetime

from pipeline.route.subscriptions import SubscriptionBook
from topics.alerts import Severity
from topics.subscriptions import Subscription, SubscriptionChange

AT = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
FINANCE = Subscription(name="finance", categories=["billing"])
RETENTION = Subscription(name="retention", categories=["contract", "billing.unexpected_amount"])


def stored(*changes: SubscriptionChange) -> dict[str, str]:
    return {change.department: change.model_dump_json() for change in changes}


def test_the_seed_counts_until_the_table_holds_a_change():
    book = SubscriptionBook([FINANCE, RETENTION])
    table: dict[str, str] = {}
    book.attach(lambda: table)
    assert [s.name for s in book.all()] == ["finance", "retention"]
    assert [s.name for s in book.subscribers("billing.unexpected_amount")] == ["finance", "retention"]
    assert [s.name for s in book.subscribers("billing.double_charge")] == ["finance"]

    table.update(stored(SubscriptionChange(action="put", department="finance", subscription=FINANCE, at=AT)))
    assert [s.name for s in book.all()] == ["finance"]  # the table is the truth now: the seed was written into it


def test_a_removed_department_hears_nothing_and_a_changed_one_is_read_as_changed():
    book = SubscriptionBook([FINANCE])
    stricter = FINANCE.model_copy(update={"min_severity": Severity.critical})
    table = stored(
        SubscriptionChange(action="put", department="finance", subscription=stricter, at=AT),
        SubscriptionChange(action="remove", department="retention", at=AT),
    )
    book.attach(lambda: table)
    assert book.get("retention") is None
    assert book.get("finance").min_severity == "critical"
    assert book.subscribers("contract.change") == []
