"""A real Alertmanager (Debian's prometheus-alertmanager) on loopback, alone, in a temporary directory."""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from pipeline.runtime.broker import free_port, terminate

ALERTMANAGER_BIN = "/usr/bin/prometheus-alertmanager"


class AlertmanagerProcess:
    """Debian's prometheus-alertmanager, alone (no cluster), with a null receiver or a webhook receiver.

    Alertmanager's API lists active alerts only: a resolved alert (endsAt passed) disappears from
    `GET /api/v2/alerts`. To see that it ended, give `webhook_url`: Alertmanager then notifies it with
    `"status": "resolved"` (send_resolved), or read `received_total("resolved")` from its metrics.
    """

    def __init__(self, webhook_url: str | None = None, startup_timeout: float = 30.0) -> None:
        self.port = free_port()
        self.webhook_url = webhook_url
        self.startup_timeout = startup_timeout
        self._directory: tempfile.TemporaryDirectory | None = None
        self._process: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _config(self) -> str:
        receiver = {"name": "null"}
        if self.webhook_url:
            receiver = {"name": "hook", "webhook_configs": [{"url": self.webhook_url, "send_resolved": True}]}
        route = {"receiver": receiver["name"], "group_wait": "1s", "group_interval": "1s", "repeat_interval": "1h"}
        return json.dumps({"route": route, "receivers": [receiver]})  # JSON is YAML

    def start(self) -> AlertmanagerProcess:
        self._directory = tempfile.TemporaryDirectory(prefix="alertmanager-")
        folder = Path(self._directory.name)
        (folder / "alertmanager.yml").write_text(self._config())
        self._log = (folder / "alertmanager.log").open("wb")
        command = [
            ALERTMANAGER_BIN,
            f"--config.file={folder / 'alertmanager.yml'}",
            f"--storage.path={folder / 'data'}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--cluster.listen-address=",
        ]
        self._process = subprocess.Popen(command, stdout=self._log, stderr=subprocess.STDOUT)
        self._wait_until_ready()
        return self

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while time.monotonic() < deadline:
            assert self._process is not None
            if self._process.poll() is not None:
                raise RuntimeError(f"alertmanager exited with status {self._process.returncode}: {self.log()[-2000:]}")
            try:
                if httpx.get(f"{self.url}/-/ready", timeout=1).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"alertmanager not ready within {self.startup_timeout:g} s")

    def alerts(self, **filters: str) -> list[dict]:
        """Every alert Alertmanager still holds as active, silenced, inhibited or unprocessed (not resolved ones)."""
        params = {"active": "true", "silenced": "true", "inhibited": "true", "unprocessed": "true", **filters}
        response = httpx.get(f"{self.url}/api/v2/alerts", params=params, timeout=5)
        response.raise_for_status()
        return response.json()

    def received_total(self, status: str) -> float:
        """alertmanager_alerts_received_total{status=firing|resolved} over the v2 API, from /metrics."""
        prefix = f'alertmanager_alerts_received_total{{status="{status}",version="v2"}} '
        for line in httpx.get(f"{self.url}/metrics", timeout=5).text.splitlines():
            if line.startswith(prefix):
                return float(line.removeprefix(prefix))
        return 0.0

    def log(self) -> str:
        if self._directory is None:
            return ""
        return (Path(self._directory.name) / "alertmanager.log").read_text(errors="replace")

    def stop(self) -> None:
        if self._process is not None:
            terminate(self._process, timeout=10)
            self._process = None
        if self._log is not None:
            self._log.close()
            self._log = None
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None

    def __enter__(self) -> AlertmanagerProcess:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
