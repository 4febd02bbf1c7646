# Run-time hook of the Linux bundle (packaging/runlift.spec), in place of PyInstaller's pyi_rth_pyside6: the same
# two paths for Qt, without importing PySide6.QtCore before the app's own code runs.
#
# PyInstaller's hook imports QtCore to check for an embedded qt.conf, which the PyPI wheels of PySide6 embed
# themselves. That import loaded PySide6, and with it PySide's import hook (PYSIDE-2029), before Runlift's first
# line, so every import of the app's data layer went through the hook as well (planner.cli.gui.load_data_layer
# loads that layer before Qt for this reason; issue 21).
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
del _qt
