"""Write tests/data/runlift-schema-v1.sqlite: a database as Runlift schema version 1 left it, with data.

Kept for reproducibility; the committed file is the fixture. Uses plain sqlite3 and the frozen step 1,
never today's models.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from planner.store.migrations import MIGRATIONS

TARGET = Path(__file__).with_name("runlift-schema-v1.sqlite")


def main() -> None:
    TARGET.unlink(missing_ok=True)
    conn = sqlite3.connect(TARGET)
    with conn:
        for statement in MIGRATIONS[0].statements:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO exercise VALUES (1, 'back-squat', 'Back squat', 'squat', 'lower', 'barbell', 0, "
            "'[\"quadriceps\"]', '[]', '[]', '[]', '', 4, 6, 1, 0)"
        )
        rows = [
            (1, "2026-11-23", 0, "run", "done", "am", 2880, 3.0, "", "manual", "2026-11-23"),
            (2, "2026-11-24", 0, "run", "planned", None, 3000, None, "6 x 800 m", "manual", "2026-11-24"),
            (3, "2026-11-26", 0, "lift", "planned", "pm", 2700, None, "", "manual", "2026-11-25"),
            (4, "2026-11-29", 0, "run", "planned", "am", 6600, None, "", "manual", "2026-11-29"),
        ]
        conn.executemany("INSERT INTO session VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany(
            "INSERT INTO run_detail VALUES (?, ?, ?, NULL, NULL, NULL, NULL)",
            [(1, "easy", 8000.0), (2, "intervals", 9000.0), (4, "long", 18000.0)],
        )
        conn.execute("INSERT INTO lift_detail VALUES (3, 'lower', 'heavy')")
        conn.executemany(
            "INSERT INTO lift_set VALUES (?, 3, 1, 0, ?, 5, 80.0, 2.0, NULL, NULL, NULL)",
            [(1, 1), (2, 2), (3, 3)],
        )
        conn.execute("INSERT INTO race VALUES (1, '2027-04-18', 'Spring marathon', 42195.0, 'A')")
    conn.execute("VACUUM")
    conn.close()


if __name__ == "__main__":
    main()
