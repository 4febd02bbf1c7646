"""The main window and its satellites: menus, imports, exports, settings; the change hub."""
