"""``python -m pressparse.audit DIR ...``: see :mod:`pressparse.audit`."""

from pressparse.audit.runner import main

raise SystemExit(main())
