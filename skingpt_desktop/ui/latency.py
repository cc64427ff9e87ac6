"""Event-loop latency probe: a heartbeat timer that records how late the GUI thread answers.

While a background task works (an answer being generated), the window must keep repainting and
reacting. A 10 ms ``QTimer`` that records the time between its ticks measures exactly that: if
the GUI thread is blocked for 300 ms, one gap is 300 ms. The main window runs the probe during
generation and shows the worst gap in the status bar; tests assert an upper bound on it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QTimer

HEARTBEAT_MS = 10


class LatencyProbe(QObject):
    """Measures the largest gap between heartbeats while running."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = HEARTBEAT_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self.max_gap_ms = 0.0
        self._last = 0.0

    def start(self) -> None:
        """Reset and start measuring."""
        self.max_gap_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop; returns the largest gap between heartbeats in milliseconds."""
        self._timer.stop()
        self._beat()
        return self.max_gap_ms

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def _beat(self) -> None:
        now = time.perf_counter()
        self.max_gap_ms = max(self.max_gap_ms, (now - self._last) * 1000.0)
        self._last = now
