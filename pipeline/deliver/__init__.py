"""deliver: alerts → the departments' channels (webhook, Slack, Teams, e-mail, Alertmanager),
with retries and a delivery log."""
