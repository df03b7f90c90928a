"""route: signal → one alert per subscribed department, on `alerts.<department>`; owns the subscriptions."""
