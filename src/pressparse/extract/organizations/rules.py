"""The default recognizer: organization shapes, the gazetteers and Swedish contexts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from pressparse.document import Document
from pressparse.extract.organizations.patterns import (
    AB_FIRST_RE,
    ABOUT_RE,
    ACRONYM_RE,
    BODY_RE,
    BODY_REACH,
    CAPS_WORD_RE,
    COMPANY_NAME_FORMS,
    CONTACT_CHANNEL_RE,
    CONTACT_HEAD_RE,
    CONTACT_HEAD_WORD,
    CONTACT_ORG_RE,
    ENGLISH_BODY_RE,
    FROM_WORD_RE,
    GROUP_RE,
    HEAD_NOUN_RE,
    HEAD_NOUN_REACH,
    INSTITUTION_RE,
    IS_A_RE,
    IS_A_VERB_RE,
    LEGAL_FORM_RE,
    LIST_NEXT_FIRST_CHARS,
    LIST_NEXT_RE,
    NAME_AT_RE,
    ORG_NOUN_COMPOUND_RE,
    OTHERS_RE,
    OTHERS_REACH,
    PERSON_FROM_RE,
    REGION_LOWER_RE,
    SENTENCE_START_RE,
    WORD_FIRST_CHARS,
    WORD_START_RE,
)
from pressparse.extract.organizations.scan import (
    WordIndex,
    after_blank,
    body_ends,
    ending_at,
    find_cues,
    gazetteer_group_rx,
    gazetteer_lead_words,
    head_noun_ends,
    in_lines,
    list_prev,
    matches_at,
    name_before,
    name_start,
    trim,
    words_at,
)
from pressparse.extract.organizations.vocabulary import GENITIVE_ROLE_WORDS, STOP_WORDS
from pressparse.lexicon.orgs import (
    BUILDING_WORDS,
    COMPANY_NAME_WORDS,
    COMPANY_SUFFIX_FIRST_WORDS,
    COMPANY_SUFFIX_LETTER_FORMS,
    ENGLISH_BODY_HEADS,
    INSTITUTIONS,
    NOT_ACRONYMS,
    gazetteer,
)
from pressparse.rule_ids import OrganizationRule


class RuleBasedRecognizer:
    """The default recognizer: organization shapes, the gazetteers and Swedish contexts."""

    def mentions(self, doc: Document) -> Iterator[tuple[int, int, OrganizationRule]]:
        text = doc.text
        index = WordIndex(text)
        cues = find_cues(text, index)
        yield from self._shapes(text, index, cues)
        yield from self._gazetteer(text, index)
        yield from self._contexts(doc, cues)
        yield from self._name_words(text, index)

    def _shapes(
        self, text: str, index: WordIndex, cues: dict[str, list[re.Match[str]]]
    ) -> Iterator[tuple[int, int, OrganizationRule]]:
        legal_words = set(COMPANY_SUFFIX_FIRST_WORDS.intersection(index.words))
        legal_words.update(w for form, w in COMPANY_SUFFIX_LETTER_FORMS.items() if form in text)
        legal_starts = [p for p, _ in words_at(index, legal_words)]
        for m in matches_at(LEGAL_FORM_RE, text, legal_starts, after_blank):
            before = name_before(text, max(0, m.start() - 80), m.start())
            if before:
                span = trim(text, before[0], m.end())
                if span and span[0] < m.start() - 1:
                    yield (*span, "company.legal_form")
        ab_starts = index.at("AB")
        for m in matches_at(AB_FIRST_RE, text, ab_starts):
            n = NAME_AT_RE.match(text, m.end())
            if n:
                yield (m.start(), n.end(), "company.legal_form_first")
        tried: tuple[tuple[Iterator[re.Match[str]], OrganizationRule], ...] = (
            (
                ending_at(BODY_RE, body_ends(text), text, BODY_REACH),
                "public_body.ending",
            ),
            (
                ending_at(HEAD_NOUN_RE, head_noun_ends(text, index), text, HEAD_NOUN_REACH),
                "organization.head_noun",
            ),
            (iter(cues["prefix"]), "organization.prefix"),
        )
        for matches, rule in tried:
            for m in matches:
                span = trim(text, m.start(), m.end())
                if span:
                    yield (*span, rule)
        if "koncernen" in text:
            for m in GROUP_RE.finditer(text):
                yield (m.start(1), m.end(1), "company.group")
        inst_starts = [p for p, _ in words_at(index, INSTITUTIONS.intersection(index.words))]
        for m in matches_at(INSTITUTION_RE, text, inst_starts, name_start):
            yield (m.start(), m.end(), "public_body.institution")
        caps_by_line: dict[int, bool] = {}
        for m in ACRONYM_RE.finditer(text):
            if m.group(1) in NOT_ACRONYMS:
                continue
            line = text.rfind("\n", 0, m.start()) + 1
            quiet = caps_by_line.get(line)
            if quiet is None:
                end = text.find("\n", m.end())
                end = len(text) if end < 0 else end
                # A line mostly in capitals ("AB SARDUS") is shouting, not naming.
                quiet = len(CAPS_WORD_RE.findall(text, line, end)) < 3
                caps_by_line[line] = quiet
            if quiet:
                yield (m.start(1), m.end(1), "organization.acronym")

    def _gazetteer(self, text: str, index: WordIndex) -> Iterator[tuple[int, int, OrganizationRule]]:
        gaz = gazetteer()
        by_first = gaz.by_first_word
        lead = gazetteer_lead_words()
        for pos, _ in words_at(index, lead.intersection(index.words)):
            m = WORD_START_RE.match(text, pos)
            if not m:
                continue
            names = by_first.get(m.group(0))
            if not names:
                continue
            if len(names) > 2:
                # Many names share this first word ("Region ...", "Länsstyrelsen i ..."): one
                # regex tries them all, longest first, as the loop below does.
                g = gazetteer_group_rx(m.group(0)).match(text, m.start())
                if g:
                    yield (m.start(), g.end(), "gazetteer")
                continue
            for name in names:
                end = m.start() + len(name)
                if text.startswith(name, m.start()) and not text[end : end + 1].isalnum():
                    yield (m.start(), end, "gazetteer")
                    break
        region_starts = index.at("region")
        for m in matches_at(REGION_LOWER_RE, text, region_starts):
            if "R" + m.group(0)[1:] in gaz.names:
                yield (m.start(), m.end(), "gazetteer.region")

    def _contexts(
        self, doc: Document, cues: dict[str, list[re.Match[str]]]
    ) -> Iterator[tuple[int, int, OrganizationRule]]:
        text = doc.text
        contexts: tuple[tuple[str, OrganizationRule], ...] = (
            ("role_prep", "context.role"),
            ("org_noun", "context.org_noun"),
            ("object", "context.object"),
            ("joins", "context.joins"),
            ("worked_at", "context.worked_at"),
        )
        for kind, rule in contexts:
            for m in cues[kind]:
                yield from self._list_from(text, m.end(), rule)
        for m in ORG_NOUN_COMPOUND_RE.finditer(text):
            yield from self._list_from(text, m.end(), "context.org_noun")
        for m in in_lines(PERSON_FROM_RE, FROM_WORD_RE, text):
            yield from self._list_from(text, m.end(), "context.person_from")
        for m in cues["role_bare"]:
            n = NAME_AT_RE.match(text, m.end())
            if n and " " not in n.group(0) and n.group(0) not in STOP_WORDS:
                yield (n.start(), n.end(), "context.role_bare")
        for m in cues["subject"]:
            # The cue starts at the first blank before the verb.
            cue = m.start() - 1
            while cue > 0 and text[cue - 1] in " \t":
                cue -= 1
            before = name_before(text, max(0, cue - 60), cue)
            if before:
                span = trim(text, before[0], before[1])
                if span:
                    yield (*span, "context.subject")
                    prev = list_prev(text, before[0])
                    if prev:
                        yield (*prev, "context.subject")
        for m in in_lines(CONTACT_ORG_RE, CONTACT_CHANNEL_RE, text):
            yield (m.start(1), m.end(1), "context.contact")
        for m in _contact_heads(text):
            yield (m.start(1), m.end(1), "context.contact")
        for b in doc.blocks:
            if b.role != "boilerplate":
                continue
            line = doc.block_text(b)
            about = ABOUT_RE.match(line)
            if about and about.group(1) not in ("Oss", "Us"):
                yield (b.start + about.start(1), b.start + about.end(1), "boilerplate.about")
        # Only the lines of the boilerplate can hold its "X är ..." sentence.
        for start, end in _boilerplate_lines(doc):
            for m in _is_a_matches(text, start, end):
                span = trim(text, m.start(1), m.end(1))
                if span and _in_role(doc, span[0], "boilerplate"):
                    yield (*span, "boilerplate.is_a")

    def _name_words(self, text: str, index: WordIndex) -> Iterator[tuple[int, int, OrganizationRule]]:
        """Names recognised by one word in or around them: English legal words and bodies,
        "& Co", "och andra företag" and a genitive before a role."""
        # The word itself or its genitive ("NHST Media Groups och ...").
        name_words = COMPANY_NAME_FORMS.intersection(index.words)
        ends = [
            (p + len(w), p + len(w) - (w not in COMPANY_NAME_WORDS))
            for p, w in words_at(index, name_words)
        ]
        ends += [(p + 2, p + 2) for p in index.at("Co") if text.endswith("& ", 0, p)]
        for run_end, end in sorted(ends):
            before = name_before(text, max(0, run_end - 80), run_end)
            # The whole capitalized run, not its first words: "NHST Media" of "NHST Media Group".
            whole = before and NAME_AT_RE.match(text, before[0]).end() == run_end  # type: ignore[union-attr]
            if before and whole and " " in text[before[0] : end]:
                span = trim(text, before[0], end)
                if span and " " in text[span[0] : span[1]]:
                    yield (*span, "company.name_word")
        heads = [w for w in ENGLISH_BODY_HEADS if w in index.words]
        for m in matches_at(ENGLISH_BODY_RE, text, [p for p, _ in words_at(index, heads)]):
            end = m.end()
            while True:
                cut = text.rfind(" ", m.start(), end)
                if cut < 0 or text[cut + 1 : end] not in BUILDING_WORDS:
                    break
                end = cut
            yield (m.start(), end, "public_body.english")
        if "andra" in index.words:
            last = 0
            for p in index.at("andra"):
                # The window reaches the noun after "andra"; the match must end a word.
                for m in OTHERS_RE.finditer(text, max(last, p - OTHERS_REACH), p + 30):
                    after = text[m.end() : m.end() + 1]
                    if not (after.isalnum() or after in ("_", "-")):
                        span = trim(text, m.start(1), m.end(1))
                        if span:
                            yield (*span, "context.others")
                        last = m.end()
        for pos, _ in words_at(index, [w for w in GENITIVE_ROLE_WORDS if w in index.words]):
            j = pos
            while j > 0 and text[j - 1] in " \t":
                j -= 1
            if j == pos or j < 2 or text[j - 1] != "s":
                continue
            before = name_before(text, max(0, j - 60), j)
            if not before:
                continue
            s0, e0 = before
            e0 -= 2 if text[e0 - 2] in "’'" else 1
            span = trim(text, s0, e0)
            if span and span[1] - span[0] > 1:
                yield (*span, "context.genitive_role")

    def _list_from(self, text: str, pos: int, rule: OrganizationRule) -> Iterator[tuple[int, int, OrganizationRule]]:
        for _ in range(12):
            # Quick tests of the first character before each regex.
            n = NAME_AT_RE.match(text, pos) if text[pos : pos + 1] in WORD_FIRST_CHARS else None
            if not n:
                return
            span = trim(text, n.start(), n.end())
            if span:
                yield (*span, rule)
            e = n.end()
            nxt = LIST_NEXT_RE.match(text, e) if text[e : e + 1] in LIST_NEXT_FIRST_CHARS else None
            if not nxt:
                return
            pos = nxt.end()


def _is_a_matches(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """``IS_A_RE.finditer(text, start, end)``, tried only where a line or a sentence starts
    (the only places IS_A_RE can match) instead of at every character."""
    verbs = [m.start() for m in IS_A_VERB_RE.finditer(text, start, end)]
    if not verbs:
        return
    last_end = start
    starts = [start, *(m.end() for m in SENTENCE_START_RE.finditer(text, start, end))]
    i = 0
    for pos in starts:
        # The name starts with a capital: elsewhere the regex would fail at once.
        if pos < last_end or pos >= end or text[pos] not in WORD_FIRST_CHARS:
            continue
        # The first verb from here must stand on the same line.
        while i < len(verbs) and verbs[i] < pos:
            i += 1
        if i == len(verbs):
            return
        if text.find("\n", pos, verbs[i]) >= 0:
            continue
        m = IS_A_RE.match(text, pos, end)
        if m:
            yield m
            last_end = m.end()


def _contact_heads(text: str) -> Iterator[re.Match[str]]:
    """``CONTACT_HEAD_RE.finditer(text)``, tried only at the lines that start with its word
    (each match is one line that starts "Kontakt")."""
    starts = [0] if text.startswith(CONTACT_HEAD_WORD) else []
    key = "\n" + CONTACT_HEAD_WORD
    p = text.find(key)
    while p >= 0:
        starts.append(p + 1)
        p = text.find(key, p + 1)
    for start in starts:
        m = CONTACT_HEAD_RE.match(text, start)
        if m:
            yield m


def _boilerplate_lines(doc: Document) -> list[tuple[int, int]]:
    """The text ranges, in whole lines, that the boilerplate blocks touch (merged, in order)."""
    text = doc.text
    ranges: list[tuple[int, int]] = []
    for b in doc.blocks:
        if b.role != "boilerplate":
            continue
        start = text.rfind("\n", 0, b.start) + 1
        end = text.find("\n", b.end)
        end = len(text) if end < 0 else end
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def _in_role(doc: Document, pos: int, role: str) -> bool:
    return doc.role_at(pos) == role
