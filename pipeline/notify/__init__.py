"""notify: issue acknowledged or fix verified → a message to every agent whose contacts fed the issue."""
