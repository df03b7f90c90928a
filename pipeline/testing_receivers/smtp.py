"""A real SMTP receiver on loopback (aiosmtpd): keeps every message parsed; can require a login or refuse."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from pipeline.runtime.broker import free_port
from pipeline.testing_receivers.recorder import Recorder


@dataclass(frozen=True)
class ReceivedMail:
    message: EmailMessage
    mail_from: str
    rcpt_tos: list[str]


class SMTPReceiver:
    """An aiosmtpd server that keeps every message; optionally requires a login, or answers DATA with a fault."""

    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.port = free_port()
        self.credentials = credentials
        self._recorder = Recorder()
        self._faults: deque[str] = deque()
        self._controller: Controller | None = None

    @property
    def messages(self) -> list[ReceivedMail]:
        return self._recorder.items()

    def respond_with(self, reply: str, times: int = 1) -> None:
        """Answer the next `times` messages with an SMTP reply such as '451 4.3.0 try later', then accept."""
        self._faults.extend([reply] * times)

    async def handle_DATA(self, server, session, envelope) -> str:  # aiosmtpd's hook name
        if self._faults:
            return self._faults.popleft()
        message = message_from_bytes(envelope.original_content or envelope.content, policy=policy.default)
        self._recorder.add(ReceivedMail(message, envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and self.credentials == (
            auth_data.login.decode(),
            auth_data.password.decode(),
        )
        return AuthResult(success=ok, handled=False)

    def start(self) -> SMTPReceiver:
        options = {}
        if self.credentials:
            options = {"authenticator": self._authenticate, "auth_required": True, "auth_require_tls": False}
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port, **options)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMail]:
        return self._recorder.wait_for(count, timeout)

    def __enter__(self) -> SMTPReceiver:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
