"""How the app looks: theme, style sheet, icons, colours and text measures."""
