"""The words a person acts on, from an Alert (pure): one title, the facts, the link; every channel uses them.

Times are shown in Europe/Amsterdam local time (CET/CEST), where the departments work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from topics.alerts import Alert, AlertStatus, Severity

TZ = ZoneInfo("Europe/Amsterdam")
TEST_LABEL = "test.delivery"


def local_time(moment: datetime) -> str:
    """E.g. 'Sun 29 Mar 2026 03:30 CEST'."""
    local = moment.astimezone(TZ)
    return f"{local:%a} {local.day} {local:%b %Y %H:%M} {local.tzname()}"


def duration(span: timedelta) -> str:
    """E.g. '5 min', '2 h 30 min', '3 days'."""
    minutes = max(0, round(span.total_seconds() / 60))
    if minutes >= 2 * 24 * 60:
        return f"{round(minutes / (24 * 60))} days"
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h" + (f" {rest} min" if rest else "")


def number(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def in_words(category: str) -> str:
    """'customer_service' → 'Customer service'."""
    return category.replace("_", " ").replace("-", " ").strip().capitalize()


def is_test(alert: Alert) -> bool:
    return alert.label == TEST_LABEL


def _observed(alert: Alert) -> int | None:
    if alert.observed is not None:
        return alert.observed
    return alert.signal.count if alert.signal else None


def _expected(alert: Alert) -> float | None:
    if alert.expected is not None:
        return alert.expected
    return alert.signal.compared_with if alert.signal else None


def _window(alert: Alert) -> timedelta | None:
    return alert.signal.window_end - alert.signal.window_start if alert.signal else None


def _contacts(alert: Alert) -> str | None:
    """E.g. '42 contacts in 5 min'."""
    observed = _observed(alert)
    if observed is None:
        return None
    window = _window(alert)
    return f"{observed} contact{'s' if observed != 1 else ''}" + (f" in {duration(window)}" if window else "")


def title(alert: Alert) -> str:
    """E.g. '[critical] Charged twice: 42 contacts in 5 min (threshold 10)', or 'Resolved: … — fix verified, …'."""
    if alert.status == AlertStatus.resolved:
        head = f"Resolved: {alert.name} — fix verified"
        if result := alert.verification:
            head += (
                f", contacts dropped {result.drop_percent:.0f} % (≈{result.contacts_avoided_per_week:.0f} fewer a week)"
            )
        return head
    head = f"[{alert.severity}] {alert.name}"
    if contacts := _contacts(alert):
        head += f": {contacts}"
        if (expected := _expected(alert)) is not None:
            head += f" ({'threshold' if alert.signal else 'expected'} {number(expected)})"
    return head


def facts(alert: Alert) -> list[tuple[str, str]]:
    """(what, value) pairs: what is happening, how much against what was expected, since when, why, whose."""
    found = [("What", f"{alert.name} ({in_words(alert.category)})")]
    if alert.status == AlertStatus.resolved:
        found.append(("Fix verified", local_time(alert.at)))
        if result := alert.verification:
            found.append(
                (
                    "Effect",
                    f"contacts dropped {result.drop_percent:.0f} % "
                    f"(CI {result.ci_low_percent:.0f}–{result.ci_high_percent:.0f} %), "
                    f"≈{result.contacts_avoided_per_week:.0f} fewer a week",
                )
            )
            found.append(
                (
                    "Measured",
                    f"{result.observed} contacts against {number(result.expected)} expected "
                    f"over {result.observation_hours} h",
                )
            )
        found.append(("First seen", local_time(alert.since)))
    else:
        if contacts := _contacts(alert):
            expected = _expected(alert)
            found.append(("Contacts", contacts + (f", expected {number(expected)}" if expected is not None else "")))
        found.append(("Since", f"{local_time(alert.since)} (for {duration(alert.at - alert.since)})"))
        found.append(("Severity", str(alert.severity)))
    if alert.drivers:
        found.append(("Driving terms", ", ".join(alert.drivers)))
    found.append(("Owners", ", ".join(alert.owners) or "none named"))
    return found


def lines(alert: Alert) -> list[str]:
    """The plain-text body: the one-line summary, the facts, the link."""
    return [alert.summary, *(f"{name}: {value}" for name, value in facts(alert)), f"Issue: {alert.issue_url}"]


def ordered(alerts: Sequence[Alert]) -> list[Alert]:
    """Digest order: firing before resolved, most severe first, then oldest first."""
    return sorted(alerts, key=lambda a: (a.status == AlertStatus.resolved, -a.severity.rank, a.at))


def digest_title(alerts: Sequence[Alert]) -> str:
    """E.g. 'Feedback Loop digest for finance: 3 alerts (1 critical, 1 warning, 1 resolved)'."""
    counts = Counter("resolved" if alert.status == AlertStatus.resolved else str(alert.severity) for alert in alerts)
    order = [*(str(severity) for severity in reversed(Severity)), "resolved"]
    parts = ", ".join(f"{counts[name]} {name}" for name in order if counts[name])
    departments = sorted({alert.department for alert in alerts})
    return f"Feedback Loop digest for {', '.join(departments)}: {len(alerts)} alerts ({parts})"


def digest_lines(alerts: Sequence[Alert]) -> list[str]:
    """One line per alert: its title and its link."""
    return [f"{title(alert)} — {alert.issue_url}" for alert in ordered(alerts)]


def heading(alerts: Sequence[Alert]) -> str:
    """The title of one alert, or of a digest of several."""
    _require(alerts)
    return title(alerts[0]) if len(alerts) == 1 else digest_title(alerts)


def text(alerts: Sequence[Alert]) -> str:
    """The plain-text body of one alert, or of a digest of several."""
    _require(alerts)
    return "\n".join(lines(alerts[0]) if len(alerts) == 1 else digest_lines(alerts))


def _require(alerts: Sequence[Alert]) -> None:
    if not alerts:
        raise ValueError("nothing to send: no alerts")


def test_alert(department: str, issue_url: str, at: datetime | None = None) -> Alert:
    """A clearly marked test alert for `feedback-loop subscriptions test`: proves a channel works, asks nothing."""
    moment = at or datetime.now(UTC)
    return Alert(
        alert_id=f"test:{department}:{moment.astimezone(UTC):%Y%m%dT%H%M%S%fZ}",
        department=department,
        severity=Severity.info,
        issue_id="test",
        label=TEST_LABEL,
        category="test",
        name="TEST alert from Feedback Loop (no action needed)",
        owners=[department],
        since=moment,
        at=moment,
        issue_url=issue_url,
        summary=f"This is a test of the alert channels of {department}: if you can read it, delivery works.",
    )


test_alert.__test__ = False  # type: ignore[attr-defined]  # a builder, not a pytest test, wherever it is imported
