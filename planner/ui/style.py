"""The application style sheet; palette() references keep it right in light and dark themes."""

APP_STYLE = """
#dayColumn, #dayColumnToday {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
#dayColumnToday { border: 2px solid palette(highlight); }
#dayHeader { padding: 2px 2px 4px 2px; }
#exampleBanner {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
#weekFooter { padding: 6px 2px 0 2px; }
"""
