"""`POST /subscriptions/{name}/test`: one test message through each of a department's channels, now.

No retries and nothing on the delivery log: it answers, per channel, whether the receiver took it, so a
department can check a new webhook or mail server before a real alert depends on it.
"""

from __future__ import annotations

import faust
import httpx
from faust.web import Request, Response, View

from pipeline.deliver.channels.base import DeliveryError, build_notifier
from pipeline.deliver.channels.render import test_alert
from pipeline.deps import Deps


def register(app: faust.App, deps: Deps) -> None:
    book = deps.services.subscriptions

    @app.page("/subscriptions/{name}/test")
    class SubscriptionTest(View):
        async def post(self, request: Request, name: str) -> Response:
            subscription = book.get(name)
            if subscription is None:
                return self.json({"error": f"no subscription {name!r}"}, status=404)
            alert = test_alert(name, f"{deps.settings.ui_url()}/ui/departments/{name}")
            results = []
            async with httpx.AsyncClient() as http:
                for channel in subscription.channels:
                    result = {"channel": channel.name, "type": channel.type}
                    try:
                        status = await build_notifier(channel, http).send([alert], alert.alert_id)
                        result.update(ok=True, status=status)
                    except DeliveryError as error:
                        result.update(ok=False, error=error.reason, status=error.status_code)
                    results.append(result)
            return self.json({"channels": results})
