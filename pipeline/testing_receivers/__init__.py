"""Real receivers for delivery tests: an HTTP server, an SMTP server and a real Alertmanager, all on loopback.

Each records what it received and can misbehave on request (error statuses, `Retry-After`, going down and
coming back on the same port), so retries, idempotency and fault handling are tested against real sockets.
"""

from pipeline.testing_receivers.alertmanager import AlertmanagerProcess
from pipeline.testing_receivers.http import RecordedRequest, RecordingHTTPServer
from pipeline.testing_receivers.smtp import ReceivedMail, SMTPReceiver

__all__ = ["AlertmanagerProcess", "RecordedRequest", "RecordingHTTPServer", "ReceivedMail", "SMTPReceiver"]
