"""Load an OpenLP service file with OpenLP's own code and print what it read, as JSON.

Run by tests/test_openlp.py with a Python that has OpenLP 3 installed (the `openlp` extra),
under Xvfb: `xvfb-run -a python tests/openlp_load.py SERVICE.osz`. It runs in a process of its
own with HOME pointing at an empty folder, because OpenLP keeps its settings, data folder and
registry for the life of the process.

OpenLP's code that runs: its application object, registry, settings, shortcuts and state; the
screen list; the theme manager (no theme installed, so OpenLP's default theme); the Renderer, the
QtWebEngine view that pages every text slide for the theme; and the real `ServiceManager`
widget, whose `load_file` opens the zip, finds and decodes `service_data.osj`, reads the
`openlp_core` header and turns every item into a `ServiceItem` (`set_from_service`, which lays
its slides out with the Renderer, `validate_item`, `add_service_item`). What stands in: the main
window (a progress bar and the recent-files menu), the plugin manager and the live controller,
which `load_file` only notifies (none of them reads the file).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


class MainWindow:
    """What `load_file` calls on OpenLP's main window: progress and the recent-files list."""

    def display_progress_bar(self, size: int) -> None: ...
    def increment_progress_bar(self, increment: int = 1) -> None: ...
    def finished_progress_bar(self) -> None: ...
    def add_recent_file(self, path: object) -> None: ...
    def set_service_modified(self, modified: bool, file_name: str) -> None: ...


class PluginManager:
    def new_service_created(self) -> None: ...


class LiveController:
    slide_count = 0


def load(path: Path) -> list[dict[str, object]]:
    from openlp.core.app import OpenLP
    from openlp.core.common.registry import Registry
    from openlp.core.common.settings import Settings
    from openlp.core.display.webengine import init_webview_custom_schemes
    from openlp.core.resources import qInitResources
    from openlp.core.state import State
    from PyQt5 import QtCore, QtWidgets

    qInitResources()
    app = OpenLP()
    Registry.create()
    QtWidgets.QApplication.setOrganizationName("OpenLP")
    QtWidgets.QApplication.setApplicationName("OpenLP")
    settings = Settings()
    Registry().register("settings", settings)
    app.settings = settings
    init_webview_custom_schemes()
    QtCore.QCoreApplication.setAttribute(QtCore.Qt.AA_ShareOpenGLContexts)
    QtCore.QCoreApplication.setAttribute(QtCore.Qt.AA_UseSoftwareOpenGL)
    qt_app = QtWidgets.QApplication(["openlp"])
    settings.init_default_shortcuts()  # key sequences: after the QApplication, as OpenLP does
    Registry().register("application-qt", qt_app)
    Registry().register("application", app)
    Registry().register("settings_thread", Settings())
    State().load_settings()
    Registry().register("main_window", MainWindow())
    Registry().register("plugin_manager", PluginManager())
    Registry().register("live_controller", LiveController())

    from openlp.core.display.render import Renderer
    from openlp.core.display.screens import ScreenList
    from openlp.core.ui.servicemanager import ServiceManager
    from openlp.core.ui.thememanager import ThemeManager

    ScreenList.create(qt_app)
    themes = ThemeManager()
    themes.bootstrap_initialise()
    Renderer()  # registers itself: lays text out in a web view, as OpenLP's display does
    manager = ServiceManager()
    manager.bootstrap_initialise()
    manager.load_file(path)
    items = []
    for entry in manager.service_items:
        item = entry["service_item"]
        items.append(
            {
                "name": item.name,
                "title": item.title,
                "footer": list(item.raw_footer),
                "notes": item.notes,
                "valid": item.is_valid,
                "text": item.is_text(),
                "data": item.data_string,
                "slides": [slide["text"] for slide in item.slides],
                "frames": [frame["text"] for frame in item.get_frames()],
                "display": [slide["text"] for slide in item.display_slides],
            }
        )
    return items


if __name__ == "__main__":
    print(json.dumps(load(Path(sys.argv[1])), ensure_ascii=False))
