"""Channels: one notifier per channel type behind one interface (`Notifier`), built by `build_notifier`."""

from pipeline.deliver.channels.base import DeliveryError, Notifier, build_notifier

__all__ = ["DeliveryError", "Notifier", "build_notifier"]
