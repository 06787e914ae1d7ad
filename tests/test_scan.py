"""The fast scans must find exactly what the patterns they stand in for find.

Each fast path (a literal prefilter, a scan from a character class or a verb instead of a
leading lookbehind) is compared with the plain pattern on real-style lines and on synthetic
variants built here (case changes, the letters "İ", "ı" and "ſ" that re.I pairs with i/s).
"""

from __future__ import annotations

import random
import re

import pytest

import pressparse
from pressparse.document import (
    finditer_at,
    finditer_from_literals,
    fold,
    search_from_literals,
)
from pressparse.extract.contacts import CONTACT_LEAD_RE, CONTACT_LEAD_STARTS
from pressparse.extract.quotes import attribution as att
from pressparse.extract.quotes import marks
from pressparse.extract.urls import (
    BARE_DOMAIN_RE,
    SCHEME_RE,
    URL_RE,
    URL_STARTS,
    WWW_RE,
    _bare_domains,
)

# Real-style lines (short quotes from the corpus style) and near-misses.
LINES = [
    "För mer information, vänligen kontakta:",
    "För ytterligare information kontakta koncernchef Staffan Bohman, tel 08-459 5910",
    "(kontaktperson: Sigrid Böe, pressekreterare LO, 070 – 620 12 07)",
    "Presskontakt MyNewsdesk: Charlotte Ulvros, CMO",
    "Frågor besvaras av Anna Berg, vd.",
    "Föranmälan görs till info@exempel.se",
    "For further information, please contact: Jane Doe",
    "– Det är viktigt för oss, säger Anna Berg, vd på Exempel AB.",
    "”Vi är glada”, sa Mattias Malmström. Läs mer på www.hovding.com/press",
    "Besök https://polisen.se/om-polisen/ eller regeringen.se/pressmeddelanden.",
    "Hitta.se och MyNewsdesk.com, men inte anna@bolag.se.",
    "Ingen kontakt här utan bara text om förändringar och information.",
    'Ett citat i «guillemets» och »omvända« och "raka" citattecken.',
    'Charlotte\'s "ord" (”inom parentes”) och [”hakparentes”].',
    "Mats G Ringesten, ordförande, tillägger: Det glädjer  sig alla, said the CEO.",
]


def _variants(n: int = 400) -> list[str]:
    """Synthetic: the real lines with random case changes and inserted tricky characters."""
    rnd = random.Random(7)
    extra = ["İ", "ı", "ſ", "K", " ", "\t", ", ", ". ", "”", '"', "«", "»", "(", "-", "’", "\u00a0"]
    out = list(LINES)
    for _ in range(n):
        s = rnd.choice(LINES)
        for _ in range(3):
            k = rnd.randrange(len(s) + 1)
            s = s[:k] + rnd.choice(extra) + s[k:]
        if rnd.random() < 0.3:
            s = s.upper()
        out.append(s)
    return out


VARIANTS = _variants()


def test_fold_keeps_offsets_and_lowers() -> None:
    for s in ["ÅÄÖ Kontakt", "İstanbul ıſ", "ABC"]:
        assert len(fold(s)) == len(s)
    assert fold("İNFO ſkype KONTAKT") == "info skype kontakt"


@pytest.mark.parametrize("line", VARIANTS)
def test_contact_lead_search_is_the_plain_search(line: str) -> None:
    plain = CONTACT_LEAD_RE.search(line)
    fast = search_from_literals(CONTACT_LEAD_RE, line, CONTACT_LEAD_STARTS)
    assert (plain and plain.span()) == (fast and fast.span())


def test_contact_lead_found_and_missed() -> None:
    assert search_from_literals(CONTACT_LEAD_RE, LINES[1], CONTACT_LEAD_STARTS) is not None
    assert search_from_literals(CONTACT_LEAD_RE, "Vi förändrar allt.", CONTACT_LEAD_STARTS) is None


@pytest.mark.parametrize("text", ["\n".join(VARIANTS[i : i + 20]) for i in range(0, 400, 20)])
def test_url_scans_are_the_plain_scans(text: str) -> None:
    low = fold(text)
    assert [m.span() for m in URL_RE.finditer(text)] == [
        m.span() for m in finditer_from_literals(URL_RE, text, URL_STARTS, low)
    ]
    assert [m.span() for m in BARE_DOMAIN_RE.finditer(text)] == [
        m.span() for m in _bare_domains(text, low)
    ]


def test_scheme_and_www_prefixes() -> None:
    assert SCHEME_RE.sub("", "HTTPS://www.x.se") == "www.x.se"
    assert SCHEME_RE.sub("", "www.x.se/a://b") == "www.x.se/a://b"  # not at the start
    assert WWW_RE.sub("", "WWW.x.se") == "x.se"
    assert WWW_RE.sub("", "wwwx.se") == "wwwx.se"


@pytest.mark.parametrize("line", VARIANTS)
def test_quotation_marks_are_the_plain_scans(line: str) -> None:
    for pos in (0, len(line) // 2):
        assert marks.openers(line, pos) == [m.start() for m in marks.OPENER_RE.finditer(line, pos)]
    plain: dict[str, list[int]] = {}
    for m in marks.CLOSER_RE.finditer(line):
        plain.setdefault(m.group(), []).append(m.start())
    closers = marks.Closers(line)
    for opener in marks.CLOSERS:
        for pos in range(0, len(line) + 1, 7):
            best = [p for mark in marks.CLOSERS[opener] for p in plain.get(mark, []) if p >= pos]
            assert closers.after(opener, pos) == (min(best) if best else None)


def test_mark_patterns_match_and_miss() -> None:
    assert marks.OPEN_MARK_RE.match("”Vi") and not marks.OPEN_MARK_RE.match("” Vi")
    assert marks.CLOSE_MARK_RE.match("” sa") and not marks.CLOSE_MARK_RE.match("”s")


@pytest.mark.parametrize("line", VARIANTS)
def test_attribution_cues_are_the_plain_scan(line: str) -> None:
    for pos in (0, 3, len(line) // 2):
        plain = [m.span() for m in att.ATTRIBUTION_CUE_RE.finditer(line, pos)]
        assert [m.span() for m in att._cues(line, pos)] == plain


def test_verb_scan_matches_and_misses() -> None:
    assert att.VERB_SCAN_RE.search(fold(", SÄGER Anna")) is not None
    assert att.VERB_SCAN_RE.search("han gick hem") is None


@pytest.mark.parametrize("text", ["\n".join(VARIANTS[i : i + 20]) for i in range(0, 400, 20)])
def test_names_are_the_plain_scan(text: str) -> None:
    plain = [m.span() for m in att.NAME_INSIDE_RE.finditer(text)]
    assert [m.span() for m in finditer_at(att.NAME_INSIDE_RE, text, att.NAME_START_RE)] == plain


def test_name_start_matches_and_misses() -> None:
    assert att.NAME_START_RE.search("säger Anna Berg") is not None
    assert att.NAME_START_RE.search("säger Anna") is None  # no next part: no name starts there
    assert att.NAME_START_RE.search("O’Brien-Ärla"[1:]) is None  # capitals inside words only


def test_finditer_at_does_not_overlap() -> None:
    rx = re.compile(r"ab+")
    starts = re.compile(r"a")
    assert [m.span() for m in finditer_at(rx, "abbab aab", starts)] == [
        m.span() for m in rx.finditer("abbab aab")
    ]


def test_collapse_whitespace_equals_split_and_join() -> None:
    """The shortcut for text in the reader's shape gives what ``split``/``join`` gives, and
    other whitespace (synthetic variants) falls back to it."""
    from pressparse.assemble import collapse_whitespace, release_id

    base = "Rubrik\n\nFörsta raden i stycket\nandra raden.\n\nKontakt: Anna Berg"
    variants = [
        base,
        "",
        " ",
        "\n",
        base + "\n",
        " " + base,
        base.replace("\n\n", "\n\n\n"),
        base.replace(" ", "  "),
        base.replace(" ", "\t"),
        base.replace(" ", "\u00a0"),
        base.replace("\n", "\r\n"),
        base.replace("Första", "Första\u2003"),
        "ett\x1ctvå",
    ]
    rng = random.Random(7)
    for _ in range(300):
        variants.append("".join(rng.choice("ab \n\t\u00a0") for _ in range(rng.randint(0, 12))))
    for text in variants:
        assert collapse_whitespace(text) == " ".join(text.split()), repr(text)
    # Same id whichever path the text takes.
    assert release_id(base) == release_id(base.replace("\n", " \n  "))


def _structure_lines() -> list[str]:
    """Real-style header and contact lines (each kind label and contact heading of the
    lexicon, as printed and in other cases), with the synthetic variants above."""
    from pressparse.lexicon.structure import CONTACT_HEADINGS, KIND_LABELS

    words = [*KIND_LABELS, *CONTACT_HEADINGS]
    lines = [f"{w} • Jan 18, 2016 10:43 CET" for w in words]
    lines += [f"{w}:" for w in words] + [f"{w} kontakta Anna Berg, 070-123 45 67" for w in words]
    lines += [s.upper() for s in lines] + [s.swapcase() for s in lines]
    lines += ["(kontaktperson: Sigrid Böe, 070 – 620 12 07)", "Om Region Skåne", "About Sweco"]
    lines += ["Hem > Press", "Start / Nyheter", "______", "- - -", "* * *", "İnfo", "ıNFO:", "ſe"]
    lines += ["Skip to main content", "GÅ DIREKT TILL INNEHÅLL", "Hoppa till huvudinnehåll"]
    lines += ["Jump to navigation", "ſkip to content", "Gå till sökningen"]
    return lines + VARIANTS


@pytest.mark.parametrize("line", _structure_lines())
def test_structure_first_character_gates_are_exact(line: str) -> None:
    """The line tests that skip a pattern on the first character answer as the pattern does."""
    from pressparse import structure as st

    text = line.strip()
    assert st.is_contact_start(text, fold(text)) == bool(
        st.CONTACT_HEADING_RE.match(text) or (len(text) <= 400 and st.CONTACT_INLINE_RE.match(text))
    )
    assert st.is_label_line(text, fold(text)) == bool(
        st.LABEL_RE.match(text)
        or (
            len(text) <= 200
            and "|" in text
            and st.PIPE_HEADER_RE.match(text)
            and (st.DATE_IN_LINE_RE.search(text) or st.PIPE_KIND_RE.search(text))
        )
    )
    low = text.lower().rstrip(":").strip()
    chrome = bool(
        low in st._CHROME or st.RULE_LINE_RE.match(text) or st.BREADCRUMB_RE.match(text)
    ) or (
        len(text) <= 200
        and (st.SKIP_LINK_RE.match(text) or st.COOKIE_RE.search(text)) is not None
    )
    assert st.is_chrome_line(text) == chrome
    assert st.is_chrome_line(text, text.lower(), fold(text)) == chrome
    assert (text.startswith(st.ABOUT_WORDS) and st.ABOUT_HEADING_RE.match(text) is not None) == (
        st.ABOUT_HEADING_RE.match(text) is not None
    )
    assert st._kind_prefixed(text) == (":" in text and st.KIND_PREFIX_RE.match(text) is not None)
    assert st._title_like(text) == (
        3 <= len(text) <= st.TITLE_MAX_CHARS
        and not text.endswith(":")
        and not st.BYLINE_RE.match(text)
        and not st.CONTACT_HEADING_RE.match(text)
    )
    has = st._has_phone_or_email(text)
    assert has == (st.PHONE_OR_EMAIL_RE.search(text) is not None)


def test_structure_gates_see_real_lines() -> None:
    from pressparse import structure as st

    assert st.is_contact_start("För mer information:", "för mer information:")
    assert st.is_label_line("Pressmeddelande • Jan 18, 2016 10:43 CET")
    assert not st.is_contact_start("Region Skåne leder tillsammans med sex kommuner")


def test_alternation_trie_matches_like_the_longest_first_alternation() -> None:
    """Same matches (offset and length) as the flat alternation, on real verbs and on
    synthetic words that are prefixes of each other."""
    from pressparse.document import alternation_trie
    from pressparse.lexicon.speech import SAYING_VERBS_EN, SAYING_VERBS_SV

    for words in [
        SAYING_VERBS_SV + SAYING_VERBS_EN,
        ("a", "ab", "abc", "abd", "b", "glädjer sig", "glädjer"),
        ("x",),
    ]:
        flat = re.compile(
            "|".join(
                re.escape(w).replace(r"\ ", r"[ \t]+")
                for w in sorted(set(words), key=len, reverse=True)
            )
        )
        trie = re.compile(alternation_trie(words))
        for line in [*VARIANTS, "abcd abd ab a b", "glädjer  sig, glädjer\tsig"]:
            low = fold(line)
            assert [m.span() for m in trie.finditer(low)] == [m.span() for m in flat.finditer(low)]
    assert re.fullmatch(alternation_trie(("sa", "sade")), "sade")
    assert not re.fullmatch(alternation_trie(("sa", "sade")), "sad")


def test_contact_lines_read_once_per_document_give_the_same_contacts() -> None:
    """A contact block repeated in one document (synthetic, in the corpus style) is read
    from the per-document memory the second time: same contacts as a fresh reading."""
    from pressparse.api import parse_findings
    from pressparse.extract import contacts as c

    block = (
        "Rubrik om något\n\nFörsta stycket i meddelandet som är långt nog att vara en ingress.\n\n"
        "För mer information:\nAnne-Lie Mårtensson\nSamhällsplanerare, Regional utveckling\n"
        "Tfn/mobil: +46(0)40 675 34 26\nannelie.martensson@skane.se\n"
    )
    once = pressparse.parse(block).contacts
    twice = pressparse.parse(block + "\n" + block).contacts
    assert [x.model_dump(exclude={"span"}) for x in once] == [
        x.model_dump(exclude={"span"}) for x in twice
    ]
    assert once and once[0].phones == ["+46406753426"]
    line = "Mikael Stamming, Utvecklingsdirektör, Region Skåne"
    inputs = c.ContactInputs(parse_findings(line).doc)
    first = c._line_events(inputs, 0, line)
    assert c._line_events(inputs, 0, line) == first
    assert [e[3] for e in first] == ["Mikael Stamming", "Utvecklingsdirektör", "Region Skåne"]
