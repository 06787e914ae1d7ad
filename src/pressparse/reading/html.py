"""HTML page or fragment -> Document. The only module that knows HTML exists.

lxml parses with network access off and entities unresolved; the tree is walked
iteratively (``iterwalk``), so markup nested 10^5 levels deep cannot exhaust the stack.
"""

from __future__ import annotations

import html as std_html
import json
import re
import threading
from collections.abc import Iterator, Mapping
from dataclasses import replace
from itertools import islice
from typing import Any
from urllib.parse import quote, urljoin, urlsplit, urlunsplit

from lxml import etree

from pressparse.document import Document, new_block
from pressparse.reading.lines import LineBuilder
from pressparse.reading.profiles import Profile, choose_profile
from pressparse.reading.text import read_text

# Elements whose content is never release text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "form",
        "button",
        "select",
        "input",
        "textarea",
        "nav",
        "head",
        "title",
        "meta",
        "link",
        "label",  # the caption of a form control (search boxes), never release text
    ]
)
# Elements removed from the tree before the walk, in one pass of libxml2: what SKIP_TAGS
# holds once the page's metadata (<head>, JSON-LD <script>) has been read.
STRIPPED_TAGS = tuple(sorted(SKIP_TAGS))
# Sectioning elements: a <header>/<footer>/<aside> inside one belongs to it; outside all of
# them it is the page's own (HTML standard, "sectioning content"), i.e. site furniture.
SECTIONING_TAGS = frozenset(["article", "section", "main", "aside", "nav"])
# Page-level landmarks that are furniture when the content area is the whole <body>.
PAGE_LANDMARK_TAGS = frozenset(["header", "footer", "aside"])
# Link targets that only run a script (menu toggles, "Se alla" buttons): no address.
SCRIPT_HREFS = frozenset(["#", "javascript:", "javascript:void(0)", "javascript:void(0);"])
# The longest of them.
_SCRIPT_HREF_CHARS = max(map(len, SCRIPT_HREFS))
# Elements whose text describes an image, never the lead or body.
CAPTION_TAGS = frozenset(["figcaption"])
# Class words of image captions (WordPress "wp-caption-text", "image-caption", "caption").
CAPTION_HINT_RE = re.compile(r"(?:^|[\s_-])(?:wp-caption-text|caption)(?:$|[\s_-])", re.I)
# The role given to caption blocks: the structure step leaves it out of lead and body.
CAPTION_ROLE = "attachments"
# Elements that start and end a line.
LINE_TAGS = frozenset(
    [
        "p",
        "div",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "table",
        "ul",
        "ol",
        "dl",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "figure",
        "figcaption",
        "address",
        "caption",
        "center",
        "hr",
        "details",
        "summary",
    ]
)
# Elements that start a new paragraph group (a blank line in the text).
GROUP_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "figure",
        "address",
        "hr",
    ]
)
# Class, id or role words of page furniture: share bars, breadcrumbs, cookie banners, menus.
CHROME_HINT_RE = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|some-links|breadcrumbs?|cookies?|consent|navbar|"
    r"navigation|menu|related|subscribe|newsletter|skip-?link|banner|site-footer|site-header|"
    r"pagination|pager)"
    r"(?:$|[\s_-])",
    re.I,
)
# Elements checked for link density (lists of links are menus and share bars).
LINK_LIST_TAGS = frozenset(["ul", "ol", "nav", "menu"])
# At least this many links, making at least this share of the text, with short anchors.
LINK_LIST_MIN_LINKS = 3
LINK_DENSITY_CHROME = 0.8
# A content candidate must hold at least this share of the body's text.
CONTENT_MIN_SHARE = 0.25
# ... and a <main> (or role="main") this share: menus, scripts and footers around it may
# hold most of the page's text.
MAIN_MIN_SHARE = 0.1
# An <article> inside the chosen <main> with at least this share of its text is the release.
ARTICLE_IN_MAIN_SHARE = 0.6
# Visible characters per link, at most, in a menu or share bar.
LINK_LIST_MAX_ANCHOR = 40
# Blocks of a whole page checked for being a list of links to other pages (release cards).
TEASER_LIST_TAGS = frozenset(["section", "div", "aside"])
# Visible characters outside links, at most, in a list of release cards (its heading, the
# dates between the cards): a block with more is read, and the check stops early.
TEASER_LIST_MAX_PLAIN = 500
# Link schemes of contact data, not of navigation.
CONTACT_SCHEMES = ("tel:", "mailto:", "sms:")
# The longest of them.
_SCHEME_CHARS = max(map(len, CONTACT_SCHEMES))
# More visible text than this is content, whatever its links (200 links of 40 characters).
LINK_LIST_MAX_CHARS = 8000
# Nodes visited in checks for lists of release cards per page, at most (a real list of ten
# cards is about 100 nodes; a hostile page of nested link-only blocks stops here).
TEASER_BUDGET_NODES = 30_000
# Nodes visited in link-density checks per page, at most.
DENSITY_BUDGET_NODES = 200_000
HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
# A site suffix in <title>: "Headline | Site", "Headline - Site".
TITLE_SUFFIX_RE = re.compile(r"\s+[|\-–—•:]\s+[^|\-–—•]{1,60}$")

# Any tag, for the fallback reading of markup too deep for the parser (bounded: linear).
TAG_RE = re.compile(r"<[/!?A-Za-z][^<>]{0,4000}>")
# An XML declaration at the start: lxml refuses a str that names its own encoding.
XML_DECLARATION_RE = re.compile(r"\A\s{0,100}<\?xml\b[^<>]{0,500}\?>", re.I)
# An internal DTD subset, which libxml2's HTML parser leaves behind as text ("]>").
DOCTYPE_SUBSET_RE = re.compile(
    r"\A\s{0,100}<!DOCTYPE\b[^<>\[]{0,500}\[[^\]]{0,100000}\]\s{0,100}>", re.I
)
# A start tag long enough to hold more attributes than MAX_ATTRIBUTES (scanned, not parsed).
LONG_TAG_RE = re.compile(r"<[A-Za-z][^<>]{512}[^<>]*")
# One attribute inside a start tag: a name and an optional value.
ATTRIBUTE_RE = re.compile(r"""[^\s=<>/"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>]*))?""")
# libxml2 checks every attribute against the others: a tag with n attributes costs n^2
# (100,000 attributes take 48 s). No real page has close to this many on one element.
MAX_ATTRIBUTES = 256
# Characters kept from the end of a URL's path, query and fragment: what a browser treats
# as part of the address, percent-encoded; the rest (spaces, quotes, brackets, non-ASCII)
# is encoded.
URL_SAFE_CHARS = "%/:=&?~#+!$,;'@()*[]-._"
# Link schemes that can be a base for relative links.
BASE_SCHEMES = ("http", "https")

# What libxml2 reports when it stops following nested elements.
TOO_DEEP_MESSAGE = "Excessive depth"

# lxml parsers must not be shared between threads: one per thread, made on first use.
_LOCAL = threading.local()
# The text of an element and all its descendants: what ``lxml.html``'s ``text_content()``
# computes, for the plain elements of ``etree.HTMLParser``.
_TEXT_CONTENT = etree.XPath("string()", smart_strings=False)

# An element of the parsed page.
Element = etree._Element


def text_content(el: Element) -> str:
    """The text of ``el`` and its descendants (``lxml.html``'s ``text_content()``)."""
    return str(_TEXT_CONTENT(el))


def _parser() -> etree.HTMLParser:
    # A plain ``etree.HTMLParser``: ``lxml.html``'s parser looks up a Python element class
    # for every element the walk touches, which cost about a tenth of the reading.
    parser: etree.HTMLParser | None = getattr(_LOCAL, "parser", None)
    if parser is None:
        parser = etree.HTMLParser(
            remove_comments=True,
            remove_pis=True,
            no_network=True,
            huge_tree=True,  # libxml2 otherwise drops content nested deeper than 256 levels
            recover=True,
        )
        _LOCAL.parser = parser
    return parser


def parse_tree(markup: str) -> tuple[Element | None, bool]:
    """Parse HTML (as :func:`prepare_markup` leaves it) into an lxml tree (None when nothing
    parseable is left), and whether the parser gave up following deeply nested elements
    (their content is then missing)."""
    if not markup or markup.isspace():  # (``strip`` would copy the page)
        return None, False
    parser = _parser()
    try:
        root = etree.fromstring(markup, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return None, False
    if root is None:  # what ``lxml.html.document_fromstring`` reports as "Document is empty"
        return None, False
    too_deep = any(TOO_DEEP_MESSAGE in e.message for e in parser.error_log)
    return root, too_deep


def prepare_markup(markup: str) -> tuple[str, bool]:
    """The markup as libxml2 can take it, and whether attributes were dropped: NULs, the XML
    declaration and an internal DTD subset removed, attributes past MAX_ATTRIBUTES cut."""
    if "\x00" in markup:
        markup = markup.replace("\x00", "")
    if "<?" in markup[:200]:
        markup = XML_DECLARATION_RE.sub("", markup, count=1)
    if "<!" in markup[:200]:
        markup = DOCTYPE_SUBSET_RE.sub("<!DOCTYPE html>", markup, count=1)
    return _bound_attributes(markup)


def _bound_attributes(markup: str) -> tuple[str, bool]:
    """Cut every start tag to its first MAX_ATTRIBUTES attributes.

    Only tags longer than LONG_TAG_RE's bound can hold that many, so short tags are never
    looked at; the scan is linear since the tags found do not overlap.
    """
    pieces: list[str] = []
    pos = 0
    for m in LONG_TAG_RE.finditer(markup):
        tag = m.group()
        name_end = 1
        while name_end < len(tag) and not tag[name_end].isspace():
            name_end += 1
        attrs = ATTRIBUTE_RE.finditer(tag, name_end)
        kept = [a.group() for _, a in zip(range(MAX_ATTRIBUTES + 1), attrs, strict=False)]
        if len(kept) <= MAX_ATTRIBUTES:
            continue
        pieces += [markup[pos : m.start()], tag[:name_end], " ", " ".join(kept[:MAX_ATTRIBUTES])]
        pos = m.end()
    if not pieces:
        return markup, False
    pieces.append(markup[pos:])
    return "".join(pieces), True


def _read_markup_as_text(
    markup: str, meta: Mapping[str, str], url: str | None, *, too_deep: bool
) -> Document:
    """Markup the parser cannot follow: tags removed, entities decoded, read as text."""
    text = std_html.unescape(TAG_RE.sub("\n", markup))
    doc = read_text(text, meta=meta, url=url)
    if too_deep:
        warning = "HTML nested deeper than the parser follows; read as text with the tags removed"
    else:
        warning = "the HTML parser read nothing; read as text with the tags removed"
    return replace(doc, source_format="html", warnings=(*doc.warnings, warning))


def read_html(markup: str, *, meta: Mapping[str, str], url: str | None = None) -> Document:
    """Read an HTML page or fragment into a Document."""
    markup, cut = prepare_markup(markup)
    root, too_deep = parse_tree(markup)
    warnings: list[str] = []
    if cut:
        warnings.append(
            f"an element has more than {MAX_ATTRIBUTES} attributes; the rest were dropped"
        )
    if too_deep or (root is None and markup and not markup.isspace()):
        page_meta = dict(meta)
        if root is not None:
            for key, value in read_metadata(root).items():
                page_meta.setdefault(key, value)
        doc = _read_markup_as_text(markup, page_meta, url, too_deep=too_deep)
        return replace(doc, warnings=(*warnings, *doc.warnings))
    if root is None:
        return Document(text="", blocks=(), source_format="html", meta=meta, url=url)
    page_meta = dict(meta)
    base = _base_url(root, url)
    for key, value in read_metadata(root).items():
        page_meta.setdefault(key, value)
    is_page = root.find("head") is not None
    _unwrap_page_forms(root)
    # Scripts, styles, forms and menus go in one C pass: the walk and the text measures
    # below never see them.
    etree.strip_elements(root, *STRIPPED_TAGS, with_tail=False)
    profile = choose_profile(root, url, markup)
    content = _content_root(root, profile)
    out = LineBuilder()
    roles: list[tuple[int, str]] = []  # (block index where a role-marked element starts, role)
    # Page-level furniture exists only on a page: a fragment (an exported release body)
    # may close with a <footer> of its own, its contact block.
    whole_page = _is_body(content) and (is_page or _has_page_tags(markup))
    _Walker(content, out, base, profile, roles, whole_page=whole_page).walk()
    text = out.text()
    blocks = list(out.blocks)
    doc = Document(
        text=text,
        blocks=tuple(blocks),
        source_format="html",
        links=tuple(out.links),
        meta=page_meta,
        url=url,
        warnings=tuple(warnings),
    )
    if roles:
        doc = _apply_roles(doc, roles)
    return doc


def _apply_roles(doc: Document, marks: list[tuple[int, str]]) -> Document:
    """Give every block from a marked element's first block on the mark's role.

    A later mark overrides an earlier one; marks come in block order, so one sweep over the
    blocks suffices (linear in blocks + marks).
    """
    blocks = list(doc.blocks)
    ordered = sorted(enumerate(marks), key=lambda im: (im[1][0], im[0]))
    k = 0
    role: str | None = None
    for i, b in enumerate(blocks):
        while k < len(ordered) and ordered[k][1][0] <= i:
            role = ordered[k][1][1]
            k += 1
        if role is not None and b.role != role:
            blocks[i] = new_block(b.start, b.end, b.kind, b.level, role, b.group)  # type: ignore[arg-type]
    return Document(
        text=doc.text,
        blocks=tuple(blocks),
        source_format=doc.source_format,
        links=doc.links,
        meta=doc.meta,
        url=doc.url,
        warnings=doc.warnings,
    )


def _base_url(root: Element, url: str | None) -> str | None:
    """The address relative links resolve against: ``<base href>`` when it is a web
    address, else the page's own."""
    for el in root.iter("base"):
        href = el.get("href")
        if href:
            joined = safe_urljoin(url or "", href.strip())
            if joined and joined.lower().startswith(BASE_SCHEMES):
                return joined
            return url
    return url


def safe_urljoin(base: str | None, href: str) -> str | None:
    """``urljoin``, percent-encoded; None for an address ``urllib`` cannot split
    (``http://[x/``: an IPv6 host never closed)."""
    try:
        joined = urljoin(base, href) if base else href
        parts = urlsplit(joined)
    except ValueError:
        return None
    return urlunsplit(
        (
            parts.scheme,
            parts.netloc,
            quote(parts.path, safe=URL_SAFE_CHARS),
            quote(parts.query, safe=URL_SAFE_CHARS),
            quote(parts.fragment, safe=URL_SAFE_CHARS),
        )
    )


def _content_root(root: Element, profile: Profile | None) -> Element:
    if profile is not None:
        for sel in profile.content:
            found = _select(root, sel)
            if found is not None:
                return found
    body = root.find("body")
    body_len = len(text_content(body) or "") if body is not None else 0
    best, best_len = _longest(root, list(root.iter(*CONTENT_TAGS)))
    if best is None or best_len < _share(best) * body_len:
        # No <main> or <article> holds the release: an element marked role="main" or
        # itemprop="articleBody" may (looked for only now: it costs a Python call per
        # element of the page).
        best, best_len = _longest(root, _marked_content(root))
    if best is None or best_len < _share(best) * body_len:
        return body if body is not None else root
    if isinstance(best.tag, str) and best.tag.lower() == "main":
        # <main> holding one <article> and, beside it, teasers or lists of related
        # releases: the article is the release.
        inner, inner_len = _longest(best, list(best.iter("article")))
        if inner is not None and inner_len >= ARTICLE_IN_MAIN_SHARE * best_len:
            return inner
    return best


def _share(el: Element) -> float:
    """The page's one <main> is its content even beside big menus and footers; a lone
    <article> must hold a fair share of the page (not a teaser)."""
    return MAIN_MIN_SHARE if _is_main(el) else CONTENT_MIN_SHARE


# What a <form> that wraps the page holds: ASP.NET WebForms pages (common on Swedish
# public-sector sites) put the whole body in one; a search or subscribe form holds none.
PAGE_FORM_MARKS = ("h1", "main", "article")


def _unwrap_page_forms(root: Element) -> None:
    """A form that wraps the page is read as a plain container, not dropped as a form."""
    for form in list(root.iter("form")):  # most pages have none: a C-filtered walk
        if next(form.iter(*PAGE_FORM_MARKS), None) is not None:
            form.tag = "div"


# Tags that only a whole page has (libxml2 adds <html> and <body> to a fragment itself).
PAGE_TAGS = ("<body", "<BODY", "<html", "<HTML", "<Body", "<Html")


def _has_page_tags(markup: str) -> bool:
    return any(tag in markup for tag in PAGE_TAGS)


def _is_body(el: Element) -> bool:
    """No content area was found: the walk reads the whole page."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    return tag in ("body", "html")


def _is_main(el: Element) -> bool:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    return tag == "main" or el.get("role") == "main"


# Elements that are a content area by their tag.
CONTENT_TAGS = ("main", "article")


# The elements marked as the content area, in document order (found by libxml2, not by a
# Python call per element).
_MARKED_CONTENT = etree.XPath(
    "descendant-or-self::*[@role='main' or @itemprop='articleBody']", smart_strings=False
)


def _marked_content(root: Element) -> list[Element]:
    found = _MARKED_CONTENT(root)
    assert isinstance(found, list)  # a node-set
    return [el for el in found if isinstance(el, Element)]


def _longest(top: Element, candidates: list[Element]) -> tuple[Element | None, int]:
    """The outermost of ``candidates`` (in document order, ``top`` aside) that holds the
    most text.

    A candidate inside another is passed over: it cannot hold more text than its ancestor.
    Each candidate's ancestors are climbed only up to the first one already met (a
    candidate, or an element known to lie outside all of them), so even thousands of
    nested or sibling candidates cost each element of the page one step at most.
    """
    best: Element | None = None
    best_len = 0
    # Elements met while climbing: True when inside a candidate (or one itself).
    seen: dict[Element, bool] = {top: False}
    for el in candidates:
        if el is top:
            continue
        climbed: list[Element] = []
        inside = False
        for anc in el.iterancestors():
            known = seen.get(anc)
            if known is not None:
                inside = known
                break
            climbed.append(anc)
        for anc in climbed:
            seen[anc] = inside
        seen[el] = True
        if inside:
            continue
        n = len(text_content(el) or "")
        if n > best_len:
            best, best_len = el, n
    return best, best_len


def _select(root: Element, selector: str) -> Element | None:
    """Tiny selector: ``tag``, ``.class``, ``#id``, ``tag.class``."""
    tag, _, rest = selector.partition(".")
    ident = None
    if "#" in tag:
        tag, _, ident = tag.partition("#")
    for el in root.iter(tag or None):
        if not isinstance(el.tag, str):
            continue
        if ident and el.get("id") != ident:
            continue
        if rest and rest not in (el.get("class") or "").split():
            continue
        return el
    return None


class _Walker:
    """The lines, links and roles of a content element, built one element event at a time."""

    def __init__(
        self,
        content: Element,
        out: LineBuilder,
        base: str | None,
        profile: Profile | None,
        roles: list[tuple[int, str]],
        *,
        whole_page: bool = False,
    ) -> None:
        self.content = content
        self.out = out
        self.base = base
        self.profile = profile
        self.roles = roles
        # Open <a> elements: the element, the line it opened on, and its offset in that line.
        self.open_links: list[tuple[Element, int, int]] = []
        # "<br><br>" is how exported release bodies separate paragraphs inside one element.
        self.after_br = False
        self.budget = _DensityBudget()
        # A budget of its own: the containers of a whole page are many and deep.
        self.teaser_budget = _DensityBudget(TEASER_BUDGET_NODES)
        # The whole <body> is read: page-level header, footer and aside are furniture.
        self.whole_page = whole_page
        # Open sectioning elements (article, section, ...) around the current element.
        self.sections = 0
        # Open caption elements, with the role to go back to after each.
        self.captions: list[tuple[Element, str]] = []
        self.role = "unknown"

    def walk(self) -> None:
        """Read the content element, skipping the subtrees :meth:`start` drops."""
        content, out = self.content, self.out
        events = etree.iterwalk(content, events=("start", "end"))
        start, end = self.start, self.end
        skipped: Element | None = None
        for event, el in events:
            tag = el.tag
            tag = tag.lower() if isinstance(tag, str) else ""
            if event == "start":
                if start(el, tag):
                    # libxml2 skips the children; the element's own end event still comes.
                    events.skip_subtree()
                    skipped = el
            elif skipped is not None and el is skipped:
                skipped = None
                tail = el.tail
                if tail:
                    out.add(tail)
            else:
                end(el, tag)

    def start(self, el: Element, tag: str) -> bool:
        """An element opens; True when it is furniture to skip, with its children."""
        out = self.out
        # Most elements carry no attribute: then only a link list or a landmark can be
        # furniture, and no profile class can give a role.
        attributed = bool(el.keys())
        if el is not self.content and (
            tag in SKIP_TAGS
            or (self.whole_page and self.sections == 0 and _is_page_furniture(el, tag))
            or ((attributed or tag in LINK_LIST_TAGS) and _is_chrome(el, self.profile, self.budget))
            or (tag in TEASER_LIST_TAGS and self._is_teaser_list(el))
            or (tag == "a" and _is_script_link(el))
        ):
            return True
        if tag in SECTIONING_TAGS:
            self.sections += 1
        role = _role_of(el, self.profile) if attributed and self.profile is not None else None
        if role is None and (tag in CAPTION_TAGS or (attributed and _is_caption(el))):
            self.captions.append((el, self.role))
            role = CAPTION_ROLE
        if tag in LINE_TAGS or role:
            self._open_line(tag, role)
        if role:
            self.roles.append((len(out.blocks), role))
            self.role = role
        if tag == "br":
            if self.after_br and out.line_pos == 0:
                out.paragraph()
            else:
                out.flush()
            self.after_br = True
        elif tag == "a":
            self.open_links.append((el, out.line_no, out.line_pos))
        if tag in LINE_TAGS:
            self.after_br = False
        text = el.text
        if text:
            if self.after_br and text.strip():
                self.after_br = False
            out.add(text)
        return False

    def _is_teaser_list(self, el: Element) -> bool:
        budget = self.teaser_budget
        if budget.left <= 0:
            return False
        # Fewer than LINK_LIST_MIN_LINKS links below (libxml2 counts, stopping at the
        # last one needed): no list, and no Python step through the block.
        if next(islice(el.iter("a"), LINK_LIST_MIN_LINKS - 1, None), None) is None:
            return False
        return _link_dense(el, budget, long_anchors=True)

    def _open_line(self, tag: str, role: str | None) -> None:
        out = self.out
        if tag in GROUP_TAGS or role:
            out.paragraph()
        else:
            out.flush()
        if tag in HEADING_TAGS:
            out.set_kind("heading", HEADING_TAGS[tag])
        elif tag == "li":
            out.set_kind("item")

    def end(self, el: Element, tag: str) -> None:
        """An element closes: its link is recorded, its line ends, its tail follows."""
        out = self.out
        if tag == "a" and self.open_links and self.open_links[-1][0] is el:
            _, line_no, start = self.open_links.pop()
            if line_no != out.line_no:
                start = 0  # a line break inside the anchor: it lies in the current line
            href = (el.get("href") or "").strip()
            target = safe_urljoin(self.base, href) if href and href[0] != "#" else None
            if target:
                out.add_link(target, start, out.line_pos)
        if tag in SECTIONING_TAGS:
            self.sections -= 1
        if self.captions and self.captions[-1][0] is el:
            # The caption ends its own paragraph; what follows has the role from before.
            out.paragraph()
            self.role = self.captions.pop()[1]
            self.roles.append((len(out.blocks), self.role))
        elif tag in LINE_TAGS:
            if tag in GROUP_TAGS:
                out.paragraph()
            else:
                out.flush()
        if el is not self.content:
            text = el.tail
            if text:
                if self.after_br and text.strip():
                    self.after_br = False
                out.add(text)


def _is_page_furniture(el: Element, tag: str) -> bool:
    """A <header>, <footer> or <aside> of the page itself (outside every sectioning
    element): logo and menu bar, footer with the switchboard and policy links, sidebar.
    A header that holds the page's <h1> is the release's own heading area."""
    if tag not in PAGE_LANDMARK_TAGS:
        return False
    return not (tag == "header" and _HOLDS_H1(el))


# Whether an element holds an <h1>.
_HOLDS_H1 = etree.XPath("boolean(.//*[local-name()='h1'])")


def _is_script_link(el: Element) -> bool:
    """A link that only runs a script ("Navigation", "Se alla", "Fler ämnen"): a control."""
    href = el.get("href")
    if href is None:
        return False
    if len(href) > _SCRIPT_HREF_CHARS and not (href[0].isspace() or href[-1].isspace()):
        return False  # longer than every script target, with no blank to strip
    return href.strip().lower() in SCRIPT_HREFS


def _is_caption(el: Element) -> bool:
    cls = el.get("class")
    return cls is not None and CAPTION_HINT_RE.search(cls) is not None


class _DensityBudget:
    """Caps the work spent measuring link density, so deep or huge pages stay linear."""

    def __init__(self, nodes: int = DENSITY_BUDGET_NODES) -> None:
        self.left = nodes


def _is_chrome(el: Element, profile: Profile | None, budget: _DensityBudget) -> bool:
    cls = el.get("class")
    if cls and profile is not None and profile.chrome_classes:
        classes = set(cls.split())
        if any(c in classes for c in profile.chrome_classes):
            return True
    ident = el.get("id")
    role = el.get("role")
    if cls or ident or role:  # most elements carry none of the three: no hint to read
        hint = f"{cls or ''} {ident or ''} {role or ''}"
        if hint.strip() and CHROME_HINT_RE.search(hint):
            return True
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag in LINK_LIST_TAGS and budget.left > 0:
        return _link_dense(el, budget)
    return False


def _link_dense(el: Element, budget: _DensityBudget, *, long_anchors: bool = False) -> bool:
    """A list or paragraph that is nothing but several short links: navigation, share bars;
    with ``long_anchors``, a block that is nothing but headed links to other pages, whatever
    their length: "Senaste pressmeddelandena", a list of release cards (each link holds or
    sits in a heading: the release's own list of report links has none). Phone and e-mail
    links are text here (a contact card is not navigation).

    Counts the text itself while walking (no ``text_content`` per element) and gives up as
    soon as there is more text than a link list holds, so nested lists stay linear.
    """
    tally = _LinkTally(long_anchors)
    for event, node in etree.iterwalk(el, events=("start", "end")):
        budget.left -= 1
        if budget.left <= 0:
            return False
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if event == "start":
            tally.open(node, tag)
            piece = node.text if tag else None
        else:
            tally.close(node, tag)
            piece = node.tail if node is not el else None
        if piece and not tally.add(piece):
            return False
    return tally.is_link_list()


class _LinkTally:
    """Links and visible characters of a block, counted by :func:`_link_dense`."""

    def __init__(self, long_anchors: bool) -> None:
        self.long_anchors = long_anchors
        self.links = 0
        self.headed = 0  # links that hold or sit in a heading
        self.link_chars = 0
        self.total = 0
        self.open_links: list[bool] = []  # per open link: counted as headed
        self.headings = 0

    def open(self, node: Element, tag: str) -> None:
        if tag == "a" and _is_navigation_link(node):
            self.links += 1
            self.open_links.append(self.headings > 0)
            self.headed += self.headings > 0
        elif tag in HEADING_TAGS:
            self.headings += 1
            if self.open_links and not self.open_links[-1]:
                self.open_links[-1] = True
                self.headed += 1

    def close(self, node: Element, tag: str) -> None:
        if tag == "a" and self.open_links and _is_navigation_link(node):
            self.open_links.pop()
        elif tag in HEADING_TAGS:
            self.headings -= 1

    def add(self, piece: str) -> bool:
        """Count a text piece; False once the block holds more text than a link list."""
        if len(piece) > LINK_LIST_MAX_CHARS:
            return False
        n = _visible_len(piece)
        self.total += n
        if self.open_links:
            self.link_chars += n
        plain = self.total - self.link_chars
        return self.total <= LINK_LIST_MAX_CHARS and not (
            self.long_anchors and plain > TEASER_LIST_MAX_PLAIN
        )

    def is_link_list(self) -> bool:
        links = self.headed if self.long_anchors else self.links
        if links < LINK_LIST_MIN_LINKS or self.total == 0:
            return False
        short = self.long_anchors or self.total / self.links <= LINK_LIST_MAX_ANCHOR
        return self.link_chars / self.total >= LINK_DENSITY_CHROME and short


def _is_navigation_link(node: Element) -> bool:
    href = node.get("href") or ""
    # (Only the scheme is lowered: a target may be a whole image as a data: address.)
    return not href.lstrip()[:_SCHEME_CHARS].lower().startswith(CONTACT_SCHEMES)


def _visible_len(s: str) -> int:
    """Characters other than whitespace."""
    return sum(map(len, s.split()))  # split() in C: no Python step per character


def _role_of(el: Element, profile: Profile | None) -> str | None:
    if profile is None:
        return None
    value = el.get("class")
    if not value:
        return None
    classes = set(value.split())
    for cls, role in profile.role_classes.items():
        if cls in classes:
            return role
    return None


def read_metadata(root: Element) -> dict[str, str]:
    """Page metadata: JSON-LD, Open Graph / article meta, <time>, <title>."""
    meta: dict[str, str] = {}
    for obj in _json_ld_objects(root):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if not any(
            k in ("NewsArticle", "Article", "BlogPosting", "PressRelease", "Report") for k in kinds
        ):
            continue
        _put(meta, "title", obj.get("headline"))
        _put(meta, "published", obj.get("datePublished"))
        _put(meta, "modified", obj.get("dateModified"))
        pub = obj.get("publisher")
        if isinstance(pub, dict):
            _put(meta, "publisher", pub.get("name"))
        elif isinstance(pub, str):
            _put(meta, "publisher", pub)
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = el.get("content")
        target = _META_KEYS.get(key)
        if target:
            _put(meta, target, value)
    for el in root.iter("time"):
        _put(meta, "time", el.get("datetime"))
        break
    for el in root.iter("title"):
        title = " ".join((text_content(el) or "").split())
        if title:
            _put(meta, "html_title", title)
            _put(meta, "html_title_stripped", TITLE_SUFFIX_RE.sub("", title))
        break
    return meta


_META_KEYS = {
    "og:title": "title",
    "twitter:title": "title",
    "article:published_time": "published",
    "datepublished": "published",
    "pubdate": "published",
    "publishdate": "published",
    "date": "published",
    "dc.date": "published",
    "dcterms.date": "published",
    "article:modified_time": "modified",
    "og:site_name": "site_name",
    "article:publisher": "publisher_url",
    "author": "author",
    "description": "description",
    "og:description": "description",
    "og:url": "url",
    "og:locale": "locale",
}


def _put(meta: dict[str, str], key: str, value: Any) -> None:
    if isinstance(value, str):
        value = " ".join(value.split())  # whitespace runs squeezed, ends stripped
        if value and key not in meta:
            meta[key] = value[:1000]


def _json_ld_objects(root: Element) -> Iterator[dict[str, Any]]:
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        try:
            data = json.loads(el.text or "")
        except (ValueError, RecursionError):
            continue  # malformed JSON-LD is common and must not break parsing
        stack: list[Any] = [data]
        seen = 0
        while stack and seen < 200:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                yield item
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
