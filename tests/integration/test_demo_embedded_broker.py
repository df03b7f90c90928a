"""The README's main command: `feedback-loop demo` starts its own broker, replays the sample, alerts, and cleans up."""

from __future__ import annotations

import re
import signal
import socket

from pipeline.testing import http_get, launch, read_topic, wait_for_log


def test_demo_runs_on_the_embedded_broker_and_stops_it_on_exit(tmp_path):
    demo = launch("demo", tmp_path, bootstrap=None)  # no KAFKA_BOOTSTRAP_SERVERS: the embedded default
    try:
        wait_for_log(demo, "Demo: replayed")
        assert "88 accepted, 2 rejected" in demo.log()
        bootstrap = re.search(r"embedded broker on (127\.0\.0\.1:\d+)", demo.log()).group(1)

        # The bundled sample has a billing spike (32) and a delivery spike (16) in one window; the rest stay under 10.
        assert labels(bootstrap, "finance") == ["billing.double_charge"]
        assert set(labels(bootstrap, "logistics")) == {"delivery.late"}
        # then the story of the closed loop: incident → issue → acknowledged → fixed → drop measured → verified
        wait_for_log(demo, "Story: the fix is verified")
        story = [line for line in demo.log().splitlines() if line.startswith("Story:")]
        assert [line.split(":", 2)[1].strip()[:20] for line in story] == [
            "issue 'delivery.late",
            "logistics marked it ",
            "logistics marked it ",
            "the fix is verified",
        ]
        assert "/ui/departments/logistics" in story[0] and "contacts dropped" in story[-1]
        assert labels(bootstrap, "digital") == []
        assert "feedback_loop_dead_letters_total" in http_get(f"{demo.base_url}/metrics")
    finally:
        demo.process.send_signal(signal.SIGTERM)
        demo.process.wait(timeout=60)

    broker_port = int(bootstrap.rsplit(":", 1)[1])
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", broker_port)) != 0, "embedded broker still listening after exit"


def labels(bootstrap: str, department: str) -> list[str]:
    """The labels a department was alerted about (firing), from the shared `alerts` topic."""
    alerts = read_topic(bootstrap, "alerts", expected=2)
    return sorted({a["label"] for a in alerts if a["department"] == department and a["status"] == "firing"})
