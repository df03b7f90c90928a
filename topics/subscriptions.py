"""Departmental alert subscriptions: what a department follows and where its alerts go.

The contract of the subscriptions file (the seed), of `POST/PUT /subscriptions` and of the compacted
`subscriptions` topic. Secrets are never written here: a channel names an environment variable or a file
that holds its URL or password, read when a message is sent, so changing a secret needs no restart.
"""

from __future__ import annotations

import math
import os
import re
from datetime import time
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

from topics.alerts import Severity
from topics.records import Signal, SignalKind, _Record

_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,62}$")
_ENV = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


def repeated(names: list[str]) -> list[str]:
    """The names that occur more than once, sorted."""
    return sorted({name for name in names if names.count(name) > 1})


class SecretUnavailable(Exception):
    """A secret's variable is unset or its file unreadable: the message says which, never the value."""


class Secret(BaseModel):
    """Where a secret is: an environment variable (`env`) or a file (`file`), exactly one of them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    env: str | None = Field(default=None, description="Name of the environment variable holding it.")
    file: Path | None = Field(default=None, description="Path of a file holding it (trailing newline ignored).")

    @model_validator(mode="after")
    def _exactly_one(self) -> Secret:
        if (self.env is None) == (self.file is None):
            raise ValueError("give exactly one of 'env' (a variable name) or 'file' (a path)")
        if self.env is not None and not _ENV.match(self.env):
            raise ValueError("'env' must be an environment variable name")
        return self

    def reveal(self) -> str:
        if self.env is not None:
            value = os.environ.get(self.env)
            if not value:
                raise SecretUnavailable(f"environment variable {self.env} is not set")
            return value
        assert self.file is not None
        try:
            value = self.file.read_text(encoding="utf-8").strip()
        except OSError as error:
            raise SecretUnavailable(f"secret file {self.file} cannot be read ({error.strerror})") from None
        if not value:
            raise SecretUnavailable(f"secret file {self.file} is empty")
        return value


class _Channel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(default="", description="Unique within the department; defaults to the channel type.")
    timeout_seconds: float = Field(default=10.0, gt=0, le=120)

    @model_validator(mode="before")
    @classmethod
    def _default_name(cls, data: object) -> object:
        if isinstance(data, dict) and not data.get("name"):
            return {**data, "name": data.get("type") or cls.model_fields["type"].default}
        return data

    @field_validator("name")
    @classmethod
    def _valid_name(cls, name: str) -> str:
        if not _NAME.match(name):
            raise ValueError("must be lowercase letters, digits, '-' or '_'")
        return name


class WebhookChannel(_Channel):
    """A generic JSON webhook, signed with HMAC-SHA256 when a signing secret is given."""

    type: Literal["webhook"] = "webhook"
    url: Secret
    signing_secret: Secret | None = None


class SlackChannel(_Channel):
    """A Slack incoming webhook (Block Kit message)."""

    type: Literal["slack"] = "slack"
    url: Secret


class TeamsChannel(_Channel):
    """A Microsoft Teams Workflows webhook receiving an Adaptive Card."""

    type: Literal["teams"] = "teams"
    url: Secret


class EmailChannel(_Channel):
    """E-mail over SMTP."""

    type: Literal["email"] = "email"
    host: str = Field(min_length=1)
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["none", "starttls", "tls"] = "starttls"
    username: str | None = None
    password: Secret | None = None
    sender: str
    to: list[str] = Field(min_length=1, max_length=50)

    @field_validator("sender")
    @classmethod
    def _sender_address(cls, value: str) -> str:
        if not _EMAIL.match(value):
            raise ValueError("must be an e-mail address")
        return value

    @field_validator("to")
    @classmethod
    def _addresses(cls, values: list[str]) -> list[str]:
        for value in values:
            if not _EMAIL.match(value):
                raise ValueError("every recipient must be an e-mail address")
        return values


class AlertmanagerChannel(_Channel):
    """Prometheus Alertmanager: alerts posted to `<url>/api/v2/alerts`, ended when the fix is verified."""

    type: Literal["alertmanager"] = "alertmanager"
    url: HttpUrl = Field(description="Alertmanager's base URL, e.g. http://alertmanager:9093")


ChannelConfig = Annotated[
    WebhookChannel | SlackChannel | TeamsChannel | EmailChannel | AlertmanagerChannel, Field(discriminator="type")
]


class QuietHours(BaseModel):
    """Hours (Europe/Amsterdam) in which only critical alerts go out at once; the rest follow when they end."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    start: time
    end: time

    def covers(self, moment: time) -> bool:
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end  # over midnight, e.g. 22:00-07:00


class Subscription(BaseModel):
    """One department: what it follows and where and how it wants to hear about it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The department; lowercase letters, digits, '-' or '_'.")
    description: str = Field(default="", max_length=500)
    categories: list[str] = Field(min_length=1, description="Categories or `category.subcategory` labels.")
    channels: list[ChannelConfig] = Field(default_factory=list, max_length=20)
    min_severity: Severity = Severity.info
    cooldown_minutes: int = Field(default=0, ge=0, le=7 * 24 * 60, description="Per label: no repeat within it.")
    quiet_hours: QuietHours | None = None
    digest_at: time | None = Field(default=None, description="Send one daily digest at this time instead.")
    sensitivity: float | None = Field(
        default=None, gt=0, lt=1, description="Only spikes with a tail p-value below this (stricter than the worker's)."
    )
    min_excess: float | None = Field(default=None, ge=0, description="Only signals this many contacts above expected.")

    def hears(self, signal: Signal) -> bool:
        """Whether a signal is strong enough for this department (its own sensitivity and minimum excess)."""
        if self.min_excess is not None and signal.excess < self.min_excess:
            return False
        if self.sensitivity is not None and signal.kind == SignalKind.spike:
            return signal.score >= -math.log10(self.sensitivity)
        return True

    @field_validator("name")
    @classmethod
    def _valid_name(cls, name: str) -> str:
        if not _NAME.match(name):
            raise ValueError("must be lowercase letters, digits, '-' or '_' (at most 63)")
        return name

    @field_validator("channels")
    @classmethod
    def _unique_channel_names(cls, channels: list[ChannelConfig]) -> list[ChannelConfig]:
        duplicates = repeated([channel.name for channel in channels])
        if duplicates:
            raise ValueError(f"channel names must be unique, give each a 'name' ({', '.join(duplicates)} repeats)")
        return channels


class SubscriptionChange(_Record):
    """A subscription put or removed at runtime: the value of the compacted `subscriptions` topic."""

    action: Literal["put", "remove"]
    department: str
    subscription: Subscription | None = Field(default=None, description="The department's subscription (put only).")
    actor: str = Field(default="feedback-loop", max_length=128, description="Who made the change.")
    at: AwareDatetime
