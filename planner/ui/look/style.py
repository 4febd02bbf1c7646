"""The application style sheet; palette() references keep it right in light and dark themes."""

from __future__ import annotations

from planner.domain.enums import SessionKind
from planner.ui.look.session_colors import accent, css_rgba, tint

BASE_STYLE = """
#dayColumn, #dayColumnToday {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
#dayColumnToday { border: 2px solid palette(highlight); }
#dayColumnPast { background: palette(window); border: 1px solid palette(midlight); border-radius: 6px; }
#dayColumnPast #dayHeader { color: palette(mid); }
#dayColumnOff {
    background: palette(window);
    border: 1px dashed palette(mid);
    border-radius: 6px;
}
#dayColumnOff #dayHeader { color: palette(mid); font-style: italic; }
#dayHeader { padding: 2px 2px 4px 2px; border-radius: 3px; }
#dayHeader[focused="true"] { background: palette(highlight); color: palette(highlighted-text); }
#exampleBanner, #suggestionBar {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 6px;
}
#suggestionBar { border: 1px dashed palette(highlight); }
#weekFooter { padding: 6px 2px 0 2px; }
#sessionCard { border-radius: 5px; }
#trashTarget {
    border: 1px dashed palette(mid);
    border-radius: 6px;
    color: palette(text);
}
#trashTarget[hot="true"] { border: 2px solid #d9534f; background: rgba(217, 83, 79, 40); }
"""


def card_rules() -> str:
    return "".join(
        f'#sessionCard[kind="{kind.value}"] {{ background: {css_rgba(tint(kind, 46))};'
        f" border-left: 4px solid {accent(kind).name()}; }}\n"
        for kind in SessionKind
    )


def app_style() -> str:
    return BASE_STYLE + card_rules()
