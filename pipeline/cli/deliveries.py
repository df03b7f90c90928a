"""`deliveries dead|redrive`: alerts a channel refused after its retries, and sending them again."""

from __future__ import annotations

import typer

from pipeline.cli.common import BOOTSTRAP, bootstrap_or_exit
from topics import catalog
from topics.alerts import Delivery, DeliveryDeadLetter

deliveries = typer.Typer(help="Dead-lettered deliveries: list them, re-drive them.")


def _read(bootstrap_servers: str) -> tuple[list[DeliveryDeadLetter], list[Delivery]]:
    from pipeline.runtime.topic_reader import read_to_end

    letters = [
        DeliveryDeadLetter.model_validate_json(v) for v in read_to_end(bootstrap_servers, catalog.DELIVERY_DEADLETTER)
    ]
    log = [Delivery.model_validate_json(v) for v in read_to_end(bootstrap_servers, catalog.DELIVERIES)]
    return letters, log


@deliveries.command("dead")
def dead(bootstrap_servers: str | None = BOOTSTRAP) -> None:
    """Dead-lettered deliveries not delivered since: alert, channel, attempts, reason."""
    from pipeline.deliver.redrive import alerts_to_redrive

    bootstrap_servers = bootstrap_or_exit(bootstrap_servers)
    letters, log = _read(bootstrap_servers)
    waiting = {alert.alert_id for alert in alerts_to_redrive(letters, log)}
    for letter in letters:
        if letter.alert.alert_id in waiting:
            typer.echo(f"{letter.alert.alert_id:60} {letter.channel:16} {letter.attempts:3} tries  {letter.reason}")


@deliveries.command("redrive")
def redrive(
    bootstrap_servers: str | None = BOOTSTRAP,
    department: str | None = typer.Option(None, help="Only this department's."),
    alert_id: str | None = typer.Option(None, "--alert-id", help="Only this alert."),
) -> None:
    """Send dead-lettered alerts again (to the channels that refused them only); safe to run twice."""
    from kafka import KafkaProducer

    from pipeline.deliver.redrive import alerts_to_redrive

    bootstrap_servers = bootstrap_or_exit(bootstrap_servers)
    letters, log = _read(bootstrap_servers)
    alerts = alerts_to_redrive(letters, log, department=department, alert_id=alert_id)
    producer = KafkaProducer(bootstrap_servers=bootstrap_servers, acks="all")
    try:
        for alert in alerts:
            producer.send(catalog.ALERTS, key=alert.department.encode(), value=alert.to_bytes())
        producer.flush()
    finally:
        producer.close()
    typer.echo(f"re-driven: {len(alerts)} alert(s)")


def register(cli: typer.Typer) -> None:
    cli.add_typer(deliveries, name="deliveries")
