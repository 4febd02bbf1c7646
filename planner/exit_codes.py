"""Exit codes of ``runlift``; scripts rely on them (README: "Headless commands"). The window uses them too."""

EXIT_OK = 0
EXIT_START_FAILED = 1  # the window could not open; a log file says why (its path is shown and printed)
EXIT_USAGE = 2  # argparse's own code for bad arguments
EXIT_DATABASE = 3  # the database is damaged, newer than this Runlift, or its upgrade failed
EXIT_IN_USE = 4  # another Runlift holds the data folder
EXIT_HAS_DATA = 5  # restore: the database holds data and --replace was not given; nothing was changed
EXIT_SKIPPED = 6  # import: some files were skipped (each says why); the others were imported
EXIT_STORAGE = 7  # the data folder or a file cannot be used: full disk, read-only, no permission, not a folder
