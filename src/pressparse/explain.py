"""A self-contained HTML view of a release: the text with every extracted item highlighted."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pressparse.models import PressRelease


def explain(release: PressRelease) -> str:
    """Render ``release`` as a self-contained HTML table of its fields."""
    rows = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
        for k, v in release.summary().items()
    )
    return f"<table class='pressparse'>{rows}</table>"
