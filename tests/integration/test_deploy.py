"""docker-compose.yml, Prometheus and Grafana provisioning: parsed by the real tools, checked for consistency."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import yaml

from tests.conftest import REPO


def compose_config(**env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["docker-compose", "-f", str(REPO / "docker-compose.yml"), "config"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "FEEDBACK_LOOP_PSEUDONYM_KEY": "a-secret-of-the-operator", **env},
    )


def compose_services() -> dict:
    result = compose_config()
    assert result.returncode == 0, result.stderr
    return yaml.safe_load(result.stdout)["services"]


def test_compose_refuses_to_start_workers_without_a_shared_pseudonym_key():
    result = compose_config(FEEDBACK_LOOP_PSEUDONYM_KEY="")
    assert result.returncode != 0 and "FEEDBACK_LOOP_PSEUDONYM_KEY" in result.stderr
    assert compose_services()["worker"]["environment"]["FEEDBACK_LOOP_PSEUDONYM_KEY"] == "a-secret-of-the-operator"


def test_compose_runs_kafka_in_kraft_mode_and_points_the_worker_at_it():
    services = compose_services()
    assert set(services) == {"kafka", "worker", "prometheus", "grafana"}
    kafka = services["kafka"]["environment"]
    assert kafka["KAFKA_PROCESS_ROLES"] == "broker,controller"
    assert "ZOOKEEPER" not in " ".join(kafka)
    worker = services["worker"]
    assert worker["environment"]["KAFKA_BOOTSTRAP_SERVERS"] == "kafka:9092"
    assert worker["depends_on"]["kafka"]["condition"] == "service_healthy"


def _mounts(service: dict) -> dict[str, str]:
    """Bind mounts as {host path: container path}; docker-compose config resolves host paths to absolute."""
    mounts = {}
    for volume in service.get("volumes", []):
        source, target = (volume["source"], volume["target"]) if isinstance(volume, dict) else volume.split(":")[:2]
        if source.startswith("/"):
            mounts[source] = target
    return mounts


def test_compose_mounts_only_files_that_exist_in_the_repo():
    for name, service in compose_services().items():
        for source in _mounts(service):
            assert source.startswith(str(REPO)) and Path(source).exists(), f"{name}: {source} missing"


def test_prometheus_config_is_valid_and_scrapes_the_worker_port():
    result = subprocess.run(
        ["promtool", "check", "config", str(REPO / "deploy/prometheus/prometheus.yml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    config = yaml.safe_load((REPO / "deploy/prometheus/prometheus.yml").read_text())
    [sd] = config["scrape_configs"][0]["dns_sd_configs"]
    worker_port = compose_services()["worker"]["environment"]["FEEDBACK_LOOP_WEB_PORT"]
    assert (sd["names"], str(sd["port"])) == (["worker"], worker_port)


def test_grafana_dashboards_use_the_provisioned_datasource():
    datasource = yaml.safe_load((REPO / "deploy/grafana/provisioning/datasources/prometheus.yml").read_text())
    uid = datasource["datasources"][0]["uid"]
    provider = yaml.safe_load((REPO / "deploy/grafana/provisioning/dashboards/feedback-loop.yml").read_text())
    mounted = _mounts(compose_services()["grafana"])
    assert mounted[str(REPO / "deploy/grafana/dashboards")] == provider["providers"][0]["options"]["path"]
    dashboards = list((REPO / "deploy/grafana/dashboards").glob("*.json"))
    assert dashboards
    for path in dashboards:
        for panel in json.loads(path.read_text())["panels"]:
            assert panel["datasource"]["uid"] == uid, f"{path.name}: {panel['title']}"
