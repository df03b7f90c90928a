"""detect: final windows of the whole center → signals (seasonal baseline, spike, trend, new issue, surge)."""
