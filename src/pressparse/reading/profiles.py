"""Platform profiles: per-platform selectors and labels, as data.

The generic reader works on any page; a profile only adds what a real page of that
platform showed the generic method to miss. Adding a platform = one profile here and
one real fixture under tests/fixtures.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from lxml import etree


@dataclass(frozen=True, slots=True)
class Profile:
    name: str
    # Markers that identify the platform: a class present on some element of the page.
    marker_classes: tuple[str, ...] = ()
    # Selectors (tag, .class, tag.class, #id) of the content area, tried in order.
    content: tuple[str, ...] = ()
    # Classes of elements that are site furniture inside the content area.
    chrome_classes: tuple[str, ...] = ()
    # Classes whose element (and everything after it) has a known role.
    role_classes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


PROFILES: tuple[Profile, ...] = (
    # Mynewsdesk release export (body_html + boilerplate divs), as in mnd-*.html of the corpus.
    Profile(
        name="mynewsdesk-export",
        marker_classes=("boilerplate",),
        role_classes=MappingProxyType({"boilerplate": "boilerplate"}),
    ),
)


def choose_profile(
    root: etree._Element, url: str | None, markup: str | None = None
) -> Profile | None:
    """The first profile whose marker class occurs on the page.

    With the page's ``markup``, a marker that is nowhere in it rules its profile out at
    once: the element walk (a Python call per element) is left to pages that may match.
    """
    wanted = {c: p for p in PROFILES for c in p.marker_classes if markup is None or c in markup}
    if not wanted:
        return None
    for el in root.iter():
        # ``keys()`` first: most elements carry no attribute, and it is the cheaper call.
        cls = el.get("class") if isinstance(el.tag, str) and el.keys() else None
        if not cls:
            continue
        for c in cls.split():
            if c in wanted:
                return wanted[c]
    return None
