"""The Qt half of ``shelter-desk bench`` (a child process, ``QT_QPA_PLATFORM=offscreen``).

``start VAULT T0``: prints the milliseconds from ``T0`` (the parent's clock just before it started
this process) to the sign-in window shown. ``pages VAULT N``: signs in as the demo director,
visits every screen N times, refreshes it and scrolls each of its lists to the end, and prints
one JSON line: the timings and the peak memory (RSS) of the process.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from pathlib import Path


def _settle(app) -> None:  # noqa: ANN001
    for _ in range(3):
        app.processEvents()


def start(vault: Path, t0: float) -> int:
    from PySide6.QtCore import QTimer

    from shelter_desk.desk import Desk
    from shelter_desk.gui.app import get_application
    from shelter_desk.gui.main_window import MainWindow

    app = get_application([])
    desk = Desk.open(vault)
    window = MainWindow(desk)
    window.show()

    def shown() -> None:
        print(f"{(time.time() - t0) * 1000:.1f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    app.exec()
    window.close()
    desk.close()
    return 0


def pages(vault: Path, repeat: int) -> int:
    from PySide6.QtWidgets import QAbstractItemView

    from shelter_desk.desk import Desk
    from shelter_desk.gui.app import get_application
    from shelter_desk.gui.main_window import MainWindow

    app = get_application([])
    desk = Desk.open(vault)
    desk.auth.sign_in("director", os.environ["SHELTER_DESK_PASSWORD"])
    window = MainWindow(desk)
    window.resize(1280, 800)
    window.show()
    _settle(app)
    area = window.app_area
    timings: list[tuple[str, str, list[float]]] = []
    for row in range(area.pages.count()):
        page = area.pages.widget(row)
        label = area.navigation.item(row).text().replace("&", "") if area.navigation.item(row) else str(row)
        key = type(page).__name__.removesuffix("Page").lower() or str(row)
        shows, refreshes, scrolls = [], [], []
        for _ in range(repeat):
            area.navigation.setCurrentRow(0 if row else 1)
            _settle(app)
            t = time.perf_counter()
            area.navigation.setCurrentRow(row)
            _settle(app)
            shows.append((time.perf_counter() - t) * 1000)
            if hasattr(page, "refresh"):
                t = time.perf_counter()
                page.refresh()
                _settle(app)
                refreshes.append((time.perf_counter() - t) * 1000)
            views = [v for v in page.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
            if views:
                t = time.perf_counter()
                for view in views:
                    view.scrollToBottom()
                    _settle(app)
                scrolls.append((time.perf_counter() - t) * 1000)
        timings.append((f"qt_{key}_show", f"{label}: screen shown (first screen of its lists)", shows))
        if refreshes:
            timings.append((f"qt_{key}_refresh", f"{label}: refresh (service + Qt model)", refreshes))
        if scrolls:
            timings.append((f"qt_{key}_scroll_end", f"{label}: every list scrolled to the end", scrolls))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    window.close()
    desk.auth.sign_out()
    desk.close()
    print(json.dumps({"timings": timings, "peak_rss_mb": round(peak, 1)}), flush=True)
    return 0


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    mode, vault = argv[0], Path(argv[1])
    if mode == "start":
        return start(vault, float(argv[2]))
    return pages(vault, int(argv[2]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
