"""A real Prometheus server scrapes the real worker; every Grafana panel's query must return series."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from nlp.classifiers import DEFAULT_MODEL
from nlp.classifiers.trained import TrainedClassifier
from pipeline.runtime.broker import free_port
from pipeline.synthetic import generate
from pipeline.testing import http_get, produce, read_topic, start_worker, stop_worker
from pipeline.testing_receivers import RecordingHTTPServer
from tests.conftest import REPO

DASHBOARD = REPO / "deploy/grafana/dashboards/feedback-loop.json"
CONTACTS = 30  # 15 billing.double_charge with threshold 5 → a signal and alerts


def delivering_subscriptions(tmp_path: Path, receiver: RecordingHTTPServer) -> Path:
    """finance: a webhook that fails twice before it takes the alert, and one that is never there."""
    (tmp_path / "good-url").write_text(f"{receiver.url}/hook")
    (tmp_path / "dead-url").write_text(f"http://127.0.0.1:{free_port()}/nobody")
    path = tmp_path / "subscriptions.yaml"
    path.write_text(
        "departments:\n  - name: finance\n    categories: [billing]\n    channels:\n"
        f"      - {{type: webhook, name: flaky, url: {{file: {tmp_path / 'good-url'}}}}}\n"
        f"      - {{type: webhook, name: gone, url: {{file: {tmp_path / 'dead-url'}}}}}\n"
        "  - name: network-operations\n    categories: [service]\n"
    )
    return path


@pytest.fixture(scope="module")
def scraped_worker(broker, tmp_path_factory):
    tmp_path: Path = tmp_path_factory.mktemp("prometheus")
    receiver = RecordingHTTPServer().start()
    receiver.respond_with(500, times=2)
    worker = start_worker(
        broker,
        tmp_path,
        signal_threshold="5",
        window_seconds="3600",
        subscriptions_path=str(delivering_subscriptions(tmp_path, receiver)),
        delivery_max_attempts="3",
        delivery_backoff_initial_seconds="0.1",
        delivery_budget_seconds="10",
    )
    contacts = generate(CONTACTS, seed=8, labels=["billing.double_charge", "service.outage"])
    produce(broker.bootstrap_servers, "contacts.raw", [c.contact.to_bytes() for c in contacts] + [b"poison"])
    read_topic(broker.bootstrap_servers, "contacts.classified", expected=CONTACTS)
    read_topic(broker.bootstrap_servers, "alerts", expected=1, settle=1)
    read_topic(broker.bootstrap_servers, "deliveries.deadletter", expected=1, settle=0)  # fills the delivery row
    move_issue(worker.base_url, "billing.double_charge", "acknowledged", "fixed")  # fills the issue panels

    port = free_port()
    target = worker.base_url.removeprefix("http://")
    config = tmp_path / "prometheus.yml"
    config.write_text(
        "global:\n  scrape_interval: 1s\n"
        f"scrape_configs:\n  - job_name: feedback-loop\n    static_configs:\n      - targets: ['{target}']\n"
    )
    prometheus = subprocess.Popen(
        [
            "prometheus",
            f"--config.file={config}",
            f"--storage.tsdb.path={tmp_path / 'tsdb'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "prometheus.log").open("wb"),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # wait until a few scrapes have landed
            try:
                if (
                    _query(base, "count_over_time(up[1m])")
                    and float(_query(base, "count_over_time(up[1m])")[0]["value"][1]) >= 4
                ):
                    break
            except OSError:
                pass
            time.sleep(0.5)
        yield base
    finally:
        prometheus.terminate()
        prometheus.wait(timeout=30)
        stop_worker(worker)
        receiver.stop()


def move_issue(base_url: str, issue_id: str, *states: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    for state in states:
        while True:
            request = urllib.request.Request(
                f"{base_url}/issues/{issue_id}/transitions",
                data=json.dumps({"to": state, "actor": "finance"}).encode(),
                method="POST",
            )
            try:
                urllib.request.urlopen(request, timeout=10).close()
                break
            except urllib.error.HTTPError as error:  # 404 until the signal has opened the issue
                assert error.code == 404 and time.monotonic() < deadline, error.read()
                time.sleep(0.5)


def _query(base: str, expr: str) -> list[dict]:
    answer = json.loads(http_get(f"{base}/api/v1/query?query={urllib.parse.quote(expr)}"))
    assert answer["status"] == "success", answer
    return answer["data"]["result"]


def _dashboard_queries() -> list[tuple[str, str]]:
    dashboard = json.loads(DASHBOARD.read_text())
    return [(p["title"], target["expr"]) for p in dashboard["panels"] for target in p.get("targets", [])]


def test_prometheus_sees_the_counts_that_flowed(scraped_worker):
    [classified] = _query(scraped_worker, "sum(feedback_loop_contacts_classified_total)")
    assert float(classified["value"][1]) == CONTACTS
    [alerts] = _query(scraped_worker, 'sum(feedback_loop_alerts_total{department="finance"})')
    assert float(alerts["value"][1]) == 1
    [poison] = _query(scraped_worker, 'feedback_loop_dead_letters_total{stage="validate"}')
    assert float(poison["value"][1]) == 1
    outcomes = _query(scraped_worker, 'sum by (outcome) (feedback_loop_deliveries_total{department="finance"})')
    counted = {item["metric"]["outcome"]: float(item["value"][1]) for item in outcomes}
    assert counted == {"retrying": 2 + 2, "delivered": 1, "dead_lettered": 1}  # flaky: 2 fails; gone: 2 of 3 tries


@pytest.mark.parametrize(("title", "expr"), _dashboard_queries())
def test_every_dashboard_panel_query_returns_series(scraped_worker, title, expr):
    assert _query(scraped_worker, expr), f"panel {title!r} would be empty"


def test_metric_labels_hold_no_personal_data(scraped_worker):
    series = json.loads(
        http_get(f"{scraped_worker}/api/v1/series?match[]=" + urllib.parse.quote('{job="feedback-loop"}'))
    )
    labels = {key for item in series["data"] for key in item}
    assert labels <= {
        "__name__",
        "job",
        "instance",
        "category",
        "subcategory",
        "name",
        "owners",
        "language",
        "channel",
        "department",
        "stage",
        "kind",
        "le",
        "term",
        "quantile",
        "version",
        "implementation",
        "major",
        "minor",
        "patchlevel",
        "generation",
        "state",
        "outcome",
        "baseline",
    }
    vocabulary = {
        term
        for language in ("nl", "en")
        for term in TrainedClassifier(DEFAULT_MODEL)
        .pipelines[language]
        .get_pipe("contact_classifier")
        .model.words.vocabulary
    }
    terms = {item["term"] for item in series["data"] if "term" in item}
    assert terms and terms <= vocabulary  # a bounded label: only the trained model's own vocabulary
