"""``python -m pressparse``."""

from __future__ import annotations

import sys

from pressparse.cli import main

sys.exit(main())
