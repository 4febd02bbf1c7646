# Run-time hook of the Linux bundle (packaging/runlift.spec), in place of PyInstaller's pyi_rth_pyside6: the same
# two paths for Qt, without importing PySide6.QtCore before the app's own code runs.
#
# PyInstaller's hook imports QtCore to give Qt a qt.conf of its own when PySide6 has none. The PyPI wheels embed
# one, which places Qt beside its libraries wherever the bundle is; the spec uses this hook only for such a
# PySide6 (OWN_QT_HOOK), and keeps PyInstaller's for another. That import loaded PySide6, and with it PySide's
# import hook (PYSIDE-2029), before Runlift's first line, so every import of the app's data layer went through
# the hook as well (planner.cli.gui.load_data_layer loads that layer before Qt for this reason; issue 21).
import os
import sys

_qt = os.path.join(sys._MEIPASS, "PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(_qt, "plugins")
os.environ["QML2_IMPORT_PATH"] = os.path.join(_qt, "qml")
del _qt
