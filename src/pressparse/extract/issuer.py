"""The issuer: who sends the release, decided from weighted evidence.

Each rule of :data:`RULES` reads one kind of sender evidence (the page's publisher, a
newsroom line, the "Om X" boilerplate, a sign-off, the contacts and their e-mail domains, a
minister acting in the title, how often a name is printed) or evidence against (a name that
only stands as an object: "besöker X", "ger X i uppdrag"). The evidence for one name adds up
(:func:`pressparse.rules.collect`), and the policy :func:`pressparse.rules.best_supported`
names the best-supported sender; weak or tied evidence gives None and a warning.

The issuer reads the organizations and contacts found by their stages (explicit inputs) and
the name grammar of :mod:`pressparse.lexicon.orgs`; it is written in the fullest form the
release prints for it (:func:`fullest_form`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import gt, itemgetter

from pressparse.document import (
    Block,
    ContactValue,
    Document,
    Finding,
    OrganizationValue,
    Span,
    finditer_from_literals,
    fold,
    new_span,
)
from pressparse.lexicon.about import about_subject
from pressparse.lexicon.cabinet import cabinet_member_opening, cabinet_member_starts
from pressparse.lexicon.common import alt
from pressparse.lexicon.disclosure import discloser, discloser_name
from pressparse.lexicon.firstnames import is_first_name
from pressparse.lexicon.frequency import is_common_word
from pressparse.lexicon.government import (
    FOREIGN_GENITIVE_RE,
    GOVERNMENT_MEMBERS,
    MINISTER_DEFINITE_RE,
    MINISTER_DEPARTMENTS,
    MINISTER_OFFICE_RE,
    MINISTER_OPENING_RE,
    MINISTER_RE,
    MINISTRY_ABBREVIATIONS,
    MINISTRY_RE,
    is_government_sender,
    ministry_of,
)
from pressparse.lexicon.orgs import (
    INSTITUTION_WORDS,
    IS_A_VERBS,
    LEGAL_FORM_NEXT_RE,
    LEGAL_FORM_TAIL_RE,
    TICKER_TAG_RE,
    gazetteer,
    org_key,
)
from pressparse.lexicon.roles import is_role_word
from pressparse.lexicon.sites import compact, site_name
from pressparse.lexicon.speech import ATTRIBUTION_PREPOSITIONS, SAYING_VERBS_SV
from pressparse.rule_ids import IssuerRule
from pressparse.rules import Reading, Rule, best_supported, collect, filter_spans, lazy

# A newsroom line of Via TT / Cision: "11.2.2026 13:00:03 CET | Dramaten | Pressmeddelande".
NEWSROOM_LINE_RE = re.compile(
    r"^\d{1,2}\.\d{1,2}\.\d{4}[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*[A-Z]{0,4}[ \t]*\|[ \t]*"
    r"([^|\n]{2,80}?)[ \t]*\|",
    re.M,
)
# A sender line near the top: "Från Regionkansliet".
FROM_LINE_RE = re.compile(r"^Från[ \t]+([A-ZÅÄÖ][^\n.,]{1,60})$", re.M)
# The web domain of an e-mail address: "peter.g.jonsson@trafikverket.se" -> "trafikverket".
EMAIL_DOMAIN_RE = re.compile(r"@(?:[\w-]+\.)*?([\w-]+)\.[a-z]{2,6}$")
# A sign-off line that is only a company name: "AB SARDUS", "Exempel AB (publ)".
SIGN_OFF_RE = re.compile(
    r"^(?!(?:Om|OM|About)[ \t])(?:AB[ \t]+[A-ZÅÄÖ][\w-]{1,40}|[A-ZÅÄÖ][\w-]{1,30}(?:[ \t]+[A-ZÅÄÖ][\w-]{1,30}){0,3}[ \t]+"
    r"(?:AB|ASA|Oyj)(?:[ \t]+\(publ\))?)[ \t]*$",
    re.M,
)
# The legal forms one of which a SIGN_OFF_RE line prints.
SIGN_OFF_FORMS = ("AB", "ASA", "Oyj")
# A web-domain tail on a name: "MyNewsdesk.com" is the issuer "MyNewsdesk".
DOMAIN_TAIL_RE = re.compile(r"\.(?:se|com|no|nu|dk|fi|net|org)$")
# The government and the police in lower case: "regeringen beslutade", "polisens arbete".
INSTITUTION_WORD_RE = re.compile(r"(?<![\w-])(?:regeringen|regeringens|polisen|polisens)(?![\w-])")
# A spokesperson's role before an organization: "säger Thomas Ljung, vd Botnia ...",
# "says Olle Zetterberg, CEO of Stockholm Business Region", "VD & Koncernchef X" (group 1
# the role).
SPOKESPERSON_RE = re.compile(
    r"(?<![\w-])(?:säger|sa|berättar|says|said)[ \t]+[A-ZÅÄÖ][\w-]{1,30}(?:[ \t]+[A-ZÅÄÖ][\w-]{1,30}){1,2},"
    r"[ \t]+((?:[\w&-]{1,30}[ \t]+){0,2}[\w-]{1,30})(?:[ \t]+(?:för|of|på|at|vid|i|hos))?[ \t]+$"
)
# The verbs of SPOKESPERSON_RE with the blank after them: a text printing none quotes no
# spokesperson.
SPOKESPERSON_VERBS = ("säger", "sa ", "sa\t", "berättar", "says", "said")
# How far before a mention the comma after the spokesperson's name may stand (a role of a
# few words and a preposition: ", vice vd för ").
SPOKESPERSON_ROLE_SPAN = 60
# How far before a mention a spokesperson's attribution may start.
SPOKESPERSON_BEFORE = 100
# The organizations rule that finds a share's marketplace ("handlas på Nasdaq First North").
MARKETPLACE_RULE = "context.listed"
# The first letters of a boilerplate heading ("Om X", "About X"): other lines are not tried.
ABOUT_FIRST = ("Om", "OM", "About", "ABOUT")
# How many characters from the top a sender line may stand.
FROM_LINE_MAX_POS = 400
# The longest line read as an organization's name alone above the headline.
NAME_LINE_MAX = 80
# The newsroom words of NEWSROOM_URL_RE, looked for in the lower-cased text first.
NEWSROOM_WORDS = ("pressrum", "nyhetsrum", "newsroom")
# The newsroom a release points to: "besök Newsdesk ABs pressrum på www.newsdesk.se".
NEWSROOM_URL_RE = re.compile(
    rf"(?<![\w-])(?:{alt(NEWSROOM_WORDS)})[ \t]{{0,3}}(?:på|at|:)?\s{{1,3}}(?:https?://)?"
    r"(?:www\.)?([\w-]{2,40})\.(?:se|com|nu|net|org|fi|no|dk)(?![\w-])",
    re.I,
)
# An attribution verb just before a minister's title: "säger socialminister Jakob Forssmed".
SPEAKS_RE = re.compile(
    rf"(?<![\w-])(?:{alt((*SAYING_VERBS_SV, *ATTRIBUTION_PREPOSITIONS))})[ \t]+$"
)
# A press event in the title: "Inbjudan till pressträff", "Presskonferens om ...".
PRESS_EVENT_RE = re.compile(r"(?i)(?<![\w-])(?:pressinbjudan|inbjudan|pressträff|presskonferens)")
# The words of PRESS_EVENT_RE ("pressinbjudan" holds "inbjudan"), looked for in the folded
# text first.
PRESS_EVENT_WORDS = ("inbjudan", "pressträff", "presskonferens")
# The blanks that open IS_A_AFTER_RE and LEGAL_FORM_NEXT_RE: elsewhere they are not tried.
BLANKS = (" ", "\t")
# The verb after a boilerplate's subject: "Sweco är ...", "Newsdesk har till uppgift ...".
IS_A_AFTER_RE = re.compile(rf"[ \t]+(?:{IS_A_VERBS})[ \t]")
# A cue that puts an organization as an object, never the sender: "besöker Volvo", "ger
# Socialstyrelsen i uppdrag", "uppdrar åt Boverket", "inbjuden av".
OBJECT_CUES: tuple[str, ...] = (
    "besöker", "besökte", "ger", "gav", "uppdrar åt", "uppdraget till", "träffar", "träffade",
    "tillsammans med", "hos", "till",
)  # fmt: skip
OBJECT_CUE_RE = re.compile(rf"(?<![\w-])(?:{alt(OBJECT_CUES, blanks=True)})[ \t]+$")
# The last words of the cues: only a mention after one of them is tried with the pattern.
OBJECT_CUE_LAST_WORDS = frozenset(c.rsplit(maxsplit=1)[-1] for c in OBJECT_CUES)
# An acronym's name spelled out after it, behind a dash, each word capitalized or a linking
# word, up to a sentence's punctuation: "TU| – Medier i Sverige.", "LO| – Landsorganisationen i
# Sverige,". Not "LO – Vi kräver högre löner." (a sentence: a lower-case verb).
ACRONYM_SPELLED_RE = re.compile(
    r"[ \t]+[–—][ \t]+[A-ZÅÄÖ][\w-]{1,30}(?:[ \t]+(?:(?:i|för|och|av|på)[ \t]+)?[A-ZÅÄÖ][\w-]{1,30}){0,4}"
    r"(?=[ \t]*(?:[.,;:!?)]|$))",
    re.M,
)
# The longest acronym whose spelled-out name is looked for.
ACRONYM_MAX = 6
# A short name defined in brackets after a name: ' (”Imint”)', ' (SST)', ' ("Bolaget"'.
ALIAS_DEF_RE = re.compile(
    r"[ \t]*\([”“\"]?([A-ZÅÄÖ][\w-]{1,30}(?:[ \t][A-ZÅÄÖ][\w-]{1,30})?)[”“\"]?[ \t)]"
)
# A subject shared with another name: "Västerbottens läns landsting och Region ...".
JOINED_SUBJECT_RE = re.compile(r"s?(?:,|[ \t]+(?:och|samt|and|&))[ \t]+[A-ZÅÄÖ]")
# The government as the subject of a decision: "Regeringen har i dag beslutat", "regeringen
# har därför beslutat", "regeringen ger Boverket i uppdrag", "Regeringen utser", "Sverige har beslutat att erbjuda" (not
# "regeringens", "regeringen har fel").
GOVERNMENT_DECISIONS = (
    "beslutat", "beslutar", "beslutade", "utsett", "utser", "utsåg", "tillsätter", "tillsatt",
    "tillsatte", "överlämnar", "överlämnade", "föreslår", "föreslog",
)  # fmt: skip
GOVERNMENT_ACTS_RE = re.compile(
    r"(?<![\w-])(?:[Rr]egeringen|Sverige)[ \t]+(?:har[ \t]+(?:[a-zåäö]{1,12}[ \t]+){0,2})?"
    rf"(?:{alt(GOVERNMENT_DECISIONS)}|ger|gav|gett|avsätter|satsar|presenterar|uppdrar|vidtar|inför"
    r"|bjuder[ \t]+in)(?![\w-])"
)
# The subjects GOVERNMENT_ACTS_RE starts with, looked up in the text first.
# The government deciding, the verb first (after an adverbial, or in the passive): "I en
# lagrådsremiss föreslår regeringen", "Därför har regeringen beslutat", "fastställs av
# regeringen". Not "regeringens förslag", not "föreslår att regeringen".
GOVERNMENT_INVERTED_RE = re.compile(
    rf"(?<![\w-])(?:(?:{alt(GOVERNMENT_DECISIONS)}|har)[ \t]+regeringen|[a-zåäö]{{3,20}}s[ \t]+av"
    r"[ \t]+regeringen)(?![\w-])"
)
GOVERNMENT_SUBJECTS = ("Regeringen", "regeringen", "Sverige")
# A label before a title: "Pressinbjudan: ", "Pressmeddelande – ".
LABEL_PREFIX_RE = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,20}(?::|[ \t]+[–-])[ \t]+")
# The government opening a title or lead as its subject: "Regeringen informerar om".
GOVERNMENT_OPENING_RE = re.compile(r"(?:Regeringens?|Regeringskansliet)[ \t]+[a-zåäö]")
# The cabinet's members in the title or lead: "flera statsråd deltar", "ministrar".
CABINET_RE = re.compile(
    r"(?<![\w-])(?:[Ss]tatsråd|[Ss]tatsrådet|[Ss]tatsråden|[Ss]tatssekreterare|[Rr]egeringens[ \t]+ministrar)"
    r"(?![\w-])"
)
# A press secretary (a minister's): "kontakta pressekreterare Anna Berg", "pressekreteraren".
PRESS_SECRETARY_RE = re.compile(r"(?<![\w-])[Pp]ressekreterare(?:n|ns)?(?![\w-])")
# A person's name opening a line as the subject of a verb: "Anna Tenje medverkar",
# "Johan Pehrson besöker" (group 1 the name; not a genitive "Anna Tenjes").
NAME_OPENING_RE = re.compile(
    r"([A-ZÅÄÖ][a-zåäöéü]{1,20}(?:-[A-ZÅÄÖ][a-zåäöéü]{1,20})?(?:[ \t]+(?:von[ \t]+)?[A-ZÅÄÖ][\w-]{1,30}){1,2})[ \t]+[a-zåäö]"
)
# A minister referred to by a definite title: "håller ministern öppningstal", "Statsrådet
# får", "Skolministern kommer att reflektera".
MINISTER_REFERENCE_RE = re.compile(
    r"(?<![\w-])(?:(?:[A-ZÅÄÖa-zåäö][a-zåäö]{0,30})?[Mm]inistern|[Ss]tatsrådet)(?![\w-])"
)
# Words one of which each piece of the government's evidence but its acts prints (a
# minister's title in any form, "regeringen" / "Regeringskansliet", "statsråd",
# "statssekreterare", "ministrar", a ministry, "UD"; see GOVERNMENT_OPENING_RE,
# CABINET_RE, MINISTER_REFERENCE_RE, MINISTRY_RE and the ministers' patterns of
# lexicon/government.py): without them, only a member's name is looked for.
GOVERNMENT_WORDS = (
    "inister", "egering", "tatsråd", "tatssekreterare", "ministrar", "departementet", "UD",
)  # fmt: skip
# The end of the sentence where the government acts.
SENTENCE_END_RE = re.compile(r"[.!?](?:[ \t]|$)|\n")
# The one candidate key of the government and its ministries (no organization's key has a
# blank at its start).
GOVERNMENT_KEY = " government"
# How far before and after "departementet" / "UD" / "Regeringskansliet" a ministry's name
# may reach ("Klimat- och näringslivsdepartementets").
MINISTRY_BEFORE = 70
MINISTRY_AFTER = 20
# How far before and after a printed "minister" its title and name may reach.
MINISTER_BEFORE = 70
MINISTER_AFTER = 110
# How far from the top the title's words (a press event, a minister) are looked for.
TITLE_WINDOW = 300

# --- weights: how much one reading of each rule says that a name is the sender ---
# Page metadata and a distributor's newsroom line name the publisher outright.
METADATA = 4.0
NEWSROOM = 4.0
# "Från X" at the top, the "Om X" heading and a newsroom link are written by the sender.
SENDER_LINE = 3.0
# The company a listed company's disclosure sentence names: the law makes it the sender.
DISCLOSURE = 3.0
ABOUT = 3.0
NEWSROOM_URL = 3.0
# The release's own address: the site's owner or the distributor's newsroom it names
# ("mynewsdesk.com/se/regionskane/..."), or the Government Offices' site.
SITE = 3.0
# A line that is nothing but an organization's name above the headline: the newsroom's
# name, as Mynewsdesk exports and many agency sites print it ("Svenska kyrkan" above
# "Kyrkomötet slutar idag"). Below the "Från X" line: a name alone says less than "Från".
NAME_ABOVE_TITLE = 2.0
# The boilerplate's "X är ..." sentence describes the sender, but a joint release has two.
BOILERPLATE_IS_A = 2.0
# A company name alone on a line at the end signs the release.
SIGN_OFF = 2.0
# Each contact's organization and e-mail domain: the sender's people, but partners list
# theirs too.
CONTACT = 1.5
EMAIL_DOMAIN = 1.0
# A Swedish minister holding the press event of the title: the minister's ministry.
MINISTRY = 3.0
# The government or a ministry named in the release: a Government Offices release.
MINISTRY_NAMED = 2.0
# A Swedish minister speaking: the government's release (more than a body it names, which
# is printed often; less than a company's boilerplate, contacts and mentions together).
GOVERNMENT = 4.0
# The government deciding, or a minister in the title: the government's release, but an
# agency's release reports the government's assignments too.
GOVERNMENT_ACTING = 2.0
# The government deciding with the verb first ("I en lagrådsremiss föreslår regeringen"):
# a university's release on its rector reports it so too ("Idag beslutade regeringen att
# utse ..."), so it says less than the government as the subject.
GOVERNMENT_INVERTED = 1.0
# A Swedish minister as the subject of the title: the government's own release (a company
# or agency a minister visits says so in its boilerplate and contacts, which outweigh it).
MINISTER_TITLE = 3.0
# A Swedish minister named anywhere, a press secretary to contact: the government's
# release when nothing else names a sender; a sender's own "Om X" outweighs either.
MINISTER_NAMED = 1.0
PRESS_SECRETARY = 1.0
# Each printed mention (up to MENTIONS_COUNTED): the sender names itself most.
MENTION = 0.5
MENTIONS_COUNTED = 4
# The subject of the title or the lead: releases lead with their sender.
IN_TITLE = 1.5
# A spokesperson of the organization quoted ("säger X, vd för Y"): releases quote their own
# people first; a partner quoted too gets as much, so this only breaks ties of mentions.
SPOKESPERSON = 0.5
# Each mention of a share's marketplace (the organizations' context.listed, a ticker tag):
# the object of the listing, printed as often as the listing is; it cancels the mention.
MARKETPLACE = -MENTION
# Each mention right after an object cue: someone else's visit or assignment.
AS_OBJECT = -0.5
# The policy's thresholds: the winner needs at least MINIMUM in all and a lead of MARGIN
# (one mention more than the next is not enough).
MINIMUM = 1.0
MARGIN = 1.0


# Readings are made by the score per release: their slots are set directly (a frozen
# dataclass's __init__ sets each field through object.__setattr__), as
# pressparse.document.new_span does for spans.
_NEW_OBJECT = object.__new__
_SET_READING_KEY, _SET_READING_VALUE, _SET_READING_SPAN = (
    Reading.__dict__[n].__set__ for n in ("key", "value", "span")
)


def _new_reading(key: str, value: str, span: Span | None) -> Reading[str]:
    """``Reading(key, value, span)``, made faster."""
    r: Reading[str] = _NEW_OBJECT(Reading)
    _SET_READING_KEY(r, key)
    _SET_READING_VALUE(r, value)
    _SET_READING_SPAN(r, span)
    return r


@dataclass(frozen=True)
class IssuerInputs:
    """What the issuer reads: the document and the findings of the stages before it."""

    doc: Document
    organizations: list[Finding[OrganizationValue]]
    contacts: list[Finding[ContactValue]]
    # The year of publication when the release states it: a government member's name is
    # read as theirs only from the year they could hold office.
    year: int | None = None

    @lazy
    def by_key(self) -> dict[str, Finding[OrganizationValue]]:
        return {org_key(f.value.name): f for f in self.organizations}

    @lazy
    def aliases(self) -> dict[str, str]:
        """Short names the release gives an organization, by key -> the organization's key:
        a definition in brackets ("IMINT Image Intelligence AB (”Imint”)", "Myndigheten för
        stöd till trossamfund (SST)") and the bare name of a legal name ("Imint" of "Imint
        Image Intelligence AB", when no other organization starts so)."""
        out: dict[str, str] = {}
        starts: dict[str, list[str]] = {}
        for key, alias in self._alias_definitions:
            out.setdefault(org_key(alias), key)
        for f in self.organizations:
            key = org_key(f.value.name)
            if " " in key and _bare(f.value.name) != f.value.name:
                starts.setdefault(key.split()[0], []).append(key)
        for first, keys in starts.items():
            if len(keys) == 1 and first not in self.by_key and len(first) >= 3:
                out.setdefault(first, keys[0])
        return out

    def key(self, name: str) -> str:
        """The candidate key of a name: its organization's, when it is a short name of one;
        the government's sender for the government and its ministries (their evidence is
        one sender's: "the ministry the release names, else Regeringen")."""
        known = self._keys.get(name)
        if known is not None:
            return known
        key = _name_key(name)
        if key != GOVERNMENT_KEY:
            key = self.aliases.get(key, key)
        self._keys[name] = key
        return key

    @lazy
    def _keys(self) -> dict[str, str]:
        return {}

    government_key = GOVERNMENT_KEY

    def reading(self, name: str, span: Span | None = None) -> Reading[str]:
        """A reading of ``name`` at ``span``: its candidate key and the name it stands for."""
        key, value = self._readings.get(name) or self._meaning(name)
        return _new_reading(key, value, span)

    def readings_at(self, name: str, places: list[tuple[int, int]]) -> list[Reading[str]]:
        """A reading of ``name`` at each (start, end) of ``places``."""
        key, value = self._readings.get(name) or self._meaning(name)
        return [_new_reading(key, value, new_span(start, end)) for start, end in places]

    def _meaning(self, name: str) -> tuple[str, str]:
        """The candidate key of ``name`` and the name it stands for (kept per name)."""
        clean = _clean(name)
        key = self.key(clean)
        found = self.by_key.get(key)
        # Which of the government's names it is, is decided for the winner alone.
        value = "Regeringen" if key == GOVERNMENT_KEY else found.value.name if found else clean
        known = self._readings[name] = (key, value)
        return known

    @lazy
    def _readings(self) -> dict[str, tuple[str, str]]:
        return {}

    @lazy
    def government(self) -> str:
        """Who sends a Government Offices release: the ministry of a minister holding the
        title's press event, else of a minister acting in the title or lead, else the
        ministry named most often, else "Regeringen"."""
        if self.minister_event is not None:
            return self.minister_event[1]
        acting = self.acting_ministry
        if acting is not None:
            return acting
        counts: dict[str, int] = {}
        for _, printed in self.ministries_printed:
            name = MINISTRY_ABBREVIATIONS.get(printed, printed)
            if name.endswith("departementet"):
                counts[name] = counts.get(name, 0) + 1
        if counts:
            return max(counts, key=lambda n: counts[n])
        return "Regeringen"

    @lazy
    def boilerplates(self) -> list[Block]:
        """The boilerplate blocks ("Om X" and its paragraphs), in text order."""
        return [b for b in self.doc.blocks if b.role == "boilerplate"]

    @lazy
    def headlines(self) -> list[Block]:
        """The title and lead blocks, in text order: the rules on a sender as the subject
        read them alone."""
        return [b for b in self.doc.blocks if b.role in ("title", "lead")]

    @lazy
    def attribution_verbs(self) -> list[int]:
        """Where a verb of SPOKESPERSON_RE is printed (see :data:`SPOKESPERSON_VERBS`), in
        text order."""
        return sorted(p for verb in SPOKESPERSON_VERBS for p in self.occurrences(verb))

    @lazy
    def governmental(self) -> bool:
        """Whether the text prints a word of the government's evidence besides its members'
        names (see :data:`GOVERNMENT_WORDS`): most releases print none, and the rules on
        ministers, ministries and the cabinet have nothing to read in them."""
        text = self.doc.text
        return any(word in text for word in GOVERNMENT_WORDS)

    @lazy
    def ministries_printed(self) -> list[tuple[Span, str]]:
        """Each ministry or the Government Offices printed by name ("UD:s", see
        :data:`pressparse.lexicon.government.MINISTRY_RE`)."""
        if not self.governmental:
            return []
        text = self.doc.text
        at = sorted(
            [
                *self.occurrences("departementet"),
                *self.occurrences("Regeringskansliet"),
                *self.occurrences("UD"),
            ]
        )
        out: list[tuple[Span, str]] = []
        end = 0
        for p in at:
            # The name starts at most MINISTRY_BEFORE before its head word.
            for m in MINISTRY_RE.finditer(text, max(end, p - MINISTRY_BEFORE), p + MINISTRY_AFTER):
                if m.start(1) <= p < m.end(1):
                    out.append((Span(m.start(1), m.end(1)), m.group(1)))
                    end = m.end()
                    break
        return out

    @lazy
    def ministers(self) -> list[Minister]:
        """The Swedish ministers by title in the text (see :func:`_ministers`)."""
        if not self.governmental:
            return []
        return list(_ministers(self.doc.text, self.occurrences("minister")))

    @lazy
    def minister_event(self) -> tuple[Span, str] | None:
        return _minister_event(self) if self.governmental else None

    @lazy
    def minister_names(self) -> dict[str, str]:
        """The ministry of each minister the release names with a title, by full name and
        by surname ("Anna Tenje" and "Tenje" of "socialförsäkringsminister Anna Tenje")."""
        out: dict[str, str] = {}
        for mi in self.ministers:
            out.setdefault(mi.name, mi.ministry)
            if " " in mi.name:
                out.setdefault(mi.name.rsplit(maxsplit=1)[-1], mi.ministry)
        return out

    @lazy
    def calls_a_minister(self) -> bool:
        """The release calls someone "ministern" or "statsrådet" ("håller ministern
        öppningstal"): a person opening its title is a minister."""
        if not self.governmental:
            return False
        text = self.doc.text
        return any(
            MINISTER_REFERENCE_RE.search(text, max(0, p - 32), p + 9)
            for p in self.occurrences("inistern")
        ) or any(
            MINISTER_REFERENCE_RE.search(text, max(0, p - 1), p + 10)
            for p in self.occurrences("tatsrådet")
        )

    def minister_opening(self, line: str) -> str | None:
        """The ministry of a minister the release names, opening ``line`` as the subject of
        a verb: "Anna Tenje medverkar ..." (not "Anna Tenjes bok")."""
        m = NAME_OPENING_RE.match(line) if self.minister_names else None
        if m is None:
            return None
        return self.minister_names.get(m.group(1))

    @lazy
    def acting_ministry(self) -> str | None:
        """The known ministry of the first Swedish minister acting in the title or opening
        the lead: by a name the release gives a title ("Anna Tenje medverkar"), or in the
        title by title, not as an object. A minister who only speaks in the release makes
        it the government's ("Regeringen")."""
        text = self.doc.text
        for b in self.headlines:
            opening = _unlabelled(text[b.start : b.end])
            titled = MINISTER_OPENING_RE.match(opening)
            named = ministry_of(titled.group(0)) if titled else self.minister_opening(opening)
            if named is not None and named != "Regeringen":
                return named
            for mi in self.ministers if b.role == "title" else ():
                inside = b.start <= mi.start < b.end and mi.ministry != "Regeringen"
                if inside and not OBJECT_CUE_RE.search(text, max(b.start, mi.start - 30), mi.start):
                    return mi.ministry
        return None

    @lazy
    def government_act(self) -> Span | None:
        """Where the government first acts: "Regeringen har i dag beslutat", "regeringen
        ger" (tried only where a subject is printed). Not the decision reported by the
        body it concerns, the verb first: "Idag beslutade regeringen att utse ... till ny
        rektor vid Uppsala universitet" is the university's release."""
        text = self.doc.text
        found: list[Span] = []
        for subject in GOVERNMENT_SUBJECTS:
            for p in self.government_occurrences(subject):
                m = GOVERNMENT_ACTS_RE.match(text, p)
                if m is not None:
                    found.append(Span(m.start(), m.end()))
                    break
        return min(found, key=lambda sp: sp.start) if found else None

    def government_occurrences(self, word: str) -> list[int]:
        """:meth:`occurrences`, but none without a search when ``word`` holds one of
        :data:`GOVERNMENT_WORDS` ("regeringen") and the text prints none of them."""
        if not self.governmental and _holds_government_word(word):
            return []
        return self.occurrences(word)

    def occurrences(self, word: str) -> list[int]:
        """Where ``word`` is printed (as a substring): the text's index of the words the
        rules look for, each searched once per document and shared by the rules."""
        found = self._occurrences.get(word)
        if found is None:
            text = self.doc.text
            found = []
            p = text.find(word)
            while p >= 0:
                found.append(p)
                p = text.find(word, p + 1)
            self._occurrences[word] = found
        return found

    @lazy
    def _occurrences(self) -> dict[str, list[int]]:
        return {}

    @lazy
    def government_objects(self) -> frozenset[str]:
        """The organizations printed in the sentence where the government acts, after its
        verb ("Regeringen har idag utsett Dan Smith till ny direktör för ... SIPRI"): the
        objects of its decision, unless one of their people is a contact."""
        act = self.government_act
        if act is None:
            return frozenset()
        stop = SENTENCE_END_RE.search(self.doc.text, act.end)
        end = stop.start() if stop else len(self.doc.text)
        contacted = {self.key(c.value.organization) for c in self.contacts if c.value.organization}
        return frozenset(
            self.key(f.value.name)
            for f, spans in self.places
            if any(act.end <= start < end for start, _ in spans)
            and self.key(f.value.name) not in contacted
        )

    def short_forms(self, f: Finding[OrganizationValue]) -> list[str]:
        """The forms an organization is printed in: its name without a legal form, and
        its short names."""
        return self._short_forms[f.value.name]

    def forms_at(self, pos: int) -> list[tuple[Finding[OrganizationValue], list[str]]]:
        """The organizations that may be printed at ``pos``, in their order, each with its
        forms (see :meth:`short_forms`) that begin with the letter there."""
        index = self._forms_by_first
        if index is None:
            return [(f, self.short_forms(f)) for f in self.organizations]
        return index.get(self.doc.text[pos : pos + 1], [])

    @lazy
    def _forms_by_first(
        self,
    ) -> dict[str, list[tuple[Finding[OrganizationValue], list[str]]]] | None:
        """:meth:`forms_at` by letter; None when a form is empty (it is printed anywhere)."""
        out: dict[str, list[tuple[Finding[OrganizationValue], list[str]]]] = {}
        for f in self.organizations:
            forms = self.short_forms(f)
            if "" in forms:
                return None
            if len(forms) == 1:
                out.setdefault(forms[0][0], []).append((f, forms))
                continue
            for first in dict.fromkeys(form[0] for form in forms):
                out.setdefault(first, []).append((f, [w for w in forms if w[0] == first]))
        return out

    @lazy
    def _short_forms(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for f in self.organizations:
            forms = {_bare(f.value.name)}
            forms.update(self._alias_forms.get(org_key(f.value.name), ()))
            out[f.value.name] = sorted(forms, key=len, reverse=True)
        return out

    @lazy
    def mentions(self) -> list[tuple[Finding[OrganizationValue], list[Span]]]:
        """Each organization with every place it is printed in any of its forms; a place
        inside a longer organization's is that one's alone ("Schibsted" in "Schibsted
        Sverige"), by the one overlap policy."""
        return [(f, [new_span(p, e) for p, e in places]) for f, places in self.places]

    @lazy
    def places(self) -> list[tuple[Finding[OrganizationValue], list[tuple[int, int]]]]:
        """:attr:`mentions` as (start, end) pairs: the rules read the offsets, and only the
        few places that become evidence are made Spans."""
        printed = [(f, _printed(self, self.short_forms(f))) for f in self.organizations]
        # Most releases print no name inside another: then there is nothing to resolve
        # (sorted by start, an overlap is one of two neighbours).
        every = sorted(chain.from_iterable(sp for _, sp in printed))
        if len(every) < 2:
            return printed
        starts, ends = zip(*every, strict=True)
        if not any(map(gt, ends[:-1], starts[1:])):
            return printed
        placed = sorted(
            (start, end, i) for i, (_, spans) in enumerate(printed) for start, end in spans
        )
        own: list[list[tuple[int, int]]] = [[] for _ in printed]
        for start, end, i in filter_spans(placed, itemgetter(0, 1)):
            own[i].append((start, end))
        return [(f, own[i]) for i, (f, _) in enumerate(printed)]

    @lazy
    def _alias_definitions(self) -> list[tuple[str, str]]:
        """(key of the organization, short name) of each definition in brackets after it
        (looked for only where a bracket follows a mention)."""
        text = self.doc.text
        out: list[tuple[str, str]] = []
        if "(" not in text:
            return out
        for f in self.organizations:
            for sp in f.value.spans:
                # The definition may follow the legal form ("Imint Image Intelligence| AB
                # (publ) (”Imint”)") when the organization's name is printed without it.
                # (the legal form opens with a blank: else it is not tried)
                blank = text[sp.end : sp.end + 1] in BLANKS
                form = LEGAL_FORM_NEXT_RE.match(text, sp.end) if blank else None
                end = form.end() if form else sp.end
                if "(" not in text[end : end + 3]:
                    continue
                m = ALIAS_DEF_RE.match(text, end)
                if m:
                    out.append((org_key(f.value.name), m.group(1)))
        return out

    @lazy
    def _alias_forms(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for key, alias in self._alias_definitions:
            out.setdefault(key, []).append(alias)
        for alias, key in self.aliases.items():
            found = self.by_key.get(key)
            if found is not None and " " not in alias:
                word = found.value.name.split()[0]
                out.setdefault(key, []).extend({word, word[:1] + word[1:].lower()})
        return out


@lru_cache(maxsize=64)
def _holds_government_word(word: str) -> bool:
    return any(w in word for w in GOVERNMENT_WORDS)


@lru_cache(maxsize=8192)
def _name_key(name: str) -> str:
    """The key of a name before the release's short names: the government's for the
    government, its ministries and members, else :func:`org_key` (names recur in every
    release of a sender, so the answer is kept)."""
    clean = name.strip()
    if (
        is_government_sender(clean)
        or is_government_sender(clean.capitalize())
        or clean in GOVERNMENT_MEMBERS
    ):
        return GOVERNMENT_KEY
    return org_key(name)


@lru_cache(maxsize=4096)
def _bare(name: str) -> str:
    """A name without its legal form ("Imint Image Intelligence AB" -> "Imint Image
    Intelligence"); senders recur, so the answer is kept."""
    return LEGAL_FORM_TAIL_RE.sub("", name)


@lru_cache(maxsize=4096)
def _clean(name: str) -> str:
    """A name as a reading holds it: stripped, without a web-domain tail."""
    return DOMAIN_TAIL_RE.sub("", name.strip())


def _plausible(name: str) -> bool:
    """A sender's name: not empty, not a person's ("Anna Berg" as a page's author)."""
    words = name.split()
    if not words:
        return False
    return not (
        len(words) in (2, 3) and is_first_name(words[0]) and all(w[:1].isupper() for w in words)
    )


def from_metadata(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The page's publisher, site name or author metadata."""
    meta = x.doc.meta
    name = meta.get("publisher") or meta.get("site_name") or meta.get("author")
    if name and _plausible(name):
        yield x.reading(name)


def from_newsroom_line(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A distributor's line "date time | Sender | Pressmeddelande"."""
    m = NEWSROOM_LINE_RE.search(x.doc.text) if "|" in x.doc.text else None
    if m:
        yield x.reading(m.group(1), Span(m.start(1), m.end(1)))


def from_sender_line(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A "Från X" line near the top."""
    m = FROM_LINE_RE.search(x.doc.text, 0, FROM_LINE_MAX_POS)
    if m:
        yield x.reading(m.group(1), Span(m.start(1), m.end(1)))


def from_name_above_title(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A line before the headline that is exactly an organization the release names
    ("Rikspolisstyrelsen" above "Åtal väckt mot en kommissarie"); not a sentence or a
    headline that opens with the name ("Svenska kyrkan väljer ny ärkebiskop")."""
    text = x.doc.text
    if not x.organizations:
        return
    for b in x.doc.blocks:
        if b.role == "title":
            return
        line = text[b.start : b.end].strip()
        f = x.by_key.get(org_key(line)) if line and len(line) <= NAME_LINE_MAX else None
        if f is not None:
            yield x.reading(f.value.name, Span(b.start, b.end))
            return


def from_newsroom_url(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The newsroom a release points to, when its domain names a found organization."""
    # The words without their first letter, which may be a capital ("Pressrum").
    text = x.doc.text
    if not any(w[1:] in text for w in NEWSROOM_WORDS):
        return
    # Tried only where a newsroom word is printed, in any case.
    for m in finditer_from_literals(NEWSROOM_URL_RE, text, NEWSROOM_WORDS, x.doc.folded()):
        f = x.by_key.get(m.group(1).casefold())
        if f:
            yield x.reading(f.value.name, f.span)
            return


def from_site(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The release's address (``parse(url=...)`` or the page's own): the government on
    regeringen.se, else the found organization its site or newsroom names ("imint.se" ->
    Imint Image Intelligence AB, "news.cision.com/se/bonnier/..." -> Bonnier)."""
    url = x.doc.url or x.doc.meta.get("url")
    said = site_name(url) if url else None
    if said is None:
        return
    kind, name = said
    if kind == "government":
        yield x.reading("Regeringen")
        return
    whole = [f for f in x.organizations if name and compact(_bare(f.value.name)) == name]
    # A company's site is often its name's first word ("imint.se" for "IMINT Image
    # Intelligence AB"): taken only for one legal name, when no name is the domain whole.
    brand = [
        f
        for f in x.organizations
        if name
        and LEGAL_FORM_TAIL_RE.search(f.value.name)
        and compact(f.value.name.split()[0]) == name
    ]
    # Two companies of one brand ("Railcare Group AB", "Railcare Sweden AB") leave it open.
    found = whole[:1] or (brand if len(brand) == 1 else [])
    for f in found:
        yield x.reading(f.value.name, f.span)


def from_about(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The subject of the first "Om X" heading that names someone (a joint release's
    first boilerplate is its sender's); not the object of the government's decision,
    which the heading then describes ("Regeringen har utsett ... för SIPRI" / "Om SIPRI")."""
    text = x.doc.text
    for b in x.boilerplates:
        start, line = b.start, text[b.start : b.end]
        subject = about_subject(line) if line.lstrip().startswith(ABOUT_FIRST) else None
        if subject:
            if x.key(subject) in x.government_objects:
                return
            pos = line.find(subject)
            yield x.reading(subject, Span(start + pos, start + pos + len(subject)))
            return


def from_boilerplate_is_a(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The first found organization, in text order, that opens a boilerplate sentence
    "X är ..." (a joint release's first boilerplate is its sender's)."""
    text = x.doc.text
    boilerplates = x.boilerplates
    if not boilerplates:
        return
    # Only a place inside the boilerplate's blocks is tried.
    lo, hi = boilerplates[0].start, max(b.end for b in boilerplates)
    objects = x.government_objects
    first: tuple[int, Finding[OrganizationValue], int] | None = None
    for f, spans in x.places:
        if objects and x.key(f.value.name) in objects:
            continue
        for start, end in spans:
            if start >= hi or (first is not None and start >= first[0]):
                break
            if start >= lo and (
                text[end : end + 1] in BLANKS
                and IS_A_AFTER_RE.match(text, end)
                and _opens_sentence(text, start)
                and x.doc.role_at(start) == "boilerplate"
            ):
                first = (start, f, end)
                break
    if first is not None:
        yield x.reading(first[1].value.name, new_span(first[0], first[2]))


def _opens_sentence(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3) : pos].rstrip(" \t")
    return pos == 0 or not before or before[-1] in ".!?\n"


def from_disclosure(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The company a disclosure sentence names ("Denna information är sådan som Medfield
    Diagnostics är skyldigt att offentliggöra", "Rottneros offentliggör denna information
    enligt lagen om värdepappersmarknaden"); not a common word ("Bolaget offentliggör")."""
    m = discloser(x.doc.text)
    if m is None:
        return
    name, start, end = discloser_name(m)
    if " " not in name and is_common_word(name.lower()):
        return
    yield x.reading(name, Span(start, end))


def from_sign_off(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A company name alone on a line in the second half ("AB SARDUS")."""
    text = x.doc.text
    half = len(text) // 2
    # A match is a whole line holding a legal form: only the lines that print one, and
    # start in the second half, are tried (in text order: the first match of a search).
    lines: set[int] = set()
    for form in SIGN_OFF_FORMS:
        p = text.find(form, half)
        while p >= 0:
            lines.add(text.rfind("\n", 0, p) + 1)
            p = text.find(form, p + 1)
    for start in sorted(lines):
        m = SIGN_OFF_RE.match(text, start) if start >= half else None
        if m is not None:
            yield x.reading(m.group(0), new_span(m.start(), m.end()))
            return


def from_contacts(x: IssuerInputs) -> Iterator[Reading[str]]:
    """Each contact's organization, when the organizations stage found it too; once per
    organization (three contacts of one company are one company's contact list)."""
    seen: set[str] = set()
    for c in x.contacts:
        org = c.value.organization
        f = x.by_key.get(org_key(org)) if org else None
        if f:
            r = x.reading(f.value.name, c.span)
            if r.key not in seen:
                seen.add(r.key)
                yield r


def from_email_domains(x: IssuerInputs) -> Iterator[Reading[str]]:
    """Each distinct e-mail domain of the contacts: a found organization it spells, else
    the gazetteer's owner of the domain."""
    domains = gazetteer().domains
    seen: set[str] = set()
    for c in x.contacts:
        for email in c.value.emails:
            full = email.split("@", 1)[-1].casefold()
            d = EMAIL_DOMAIN_RE.search(email)
            if not d or full in seen:
                continue
            seen.add(full)
            label = d.group(1).casefold()
            f = next(
                (
                    f
                    for f in x.organizations
                    if org_key(f.value.name).replace(" ", "").startswith(label)
                ),
                None,
            )
            if f:
                yield x.reading(f.value.name, f.span)
            elif full in domains:
                yield x.reading(domains[full])


@dataclass(frozen=True, slots=True)
class Minister:
    """A Swedish minister printed by title: where, the ministry, and the name after it."""

    start: int
    end: int
    ministry: str
    name: str


def _ministers(text: str, at: list[int]) -> Iterator[Minister]:
    """Swedish ministers by title ("försvarsminister Pål Jonson"), looked for around the
    places ``at`` where "minister" is printed; a foreign minister ("Storbritanniens
    försvarsminister") is skipped. A title the table does not know ("rymdminister") is
    still the government's ("Regeringen")."""
    end = 0
    for p in at:
        if p < end:
            continue
        for m in MINISTER_RE.finditer(text, max(end, p - MINISTER_BEFORE), p + MINISTER_AFTER):
            if not m.start(1) <= p < m.end(1):
                continue
            end = m.end()
            if not FOREIGN_GENITIVE_RE.search(text, max(0, m.start() - 40), m.start()):
                yield Minister(m.start(), m.end(), ministry_of(m.group(1)), m.group(2))
            break


def _minister_event(x: IssuerInputs) -> tuple[Span, str] | None:
    """A press event in the title held by a Swedish minister ("Inbjudan till pressträff med
    försvarsminister X", "Pressträff med socialministern om ..."), or a press secretary "hos X-ministern": where, and the ministry."""
    text = x.doc.text
    first = next((mi for mi in x.ministers if mi.start < TITLE_WINDOW), None)
    # The pattern is tried only when the folded top prints one of its words.
    top = fold(text[:TITLE_WINDOW])
    event = any(w in top for w in PRESS_EVENT_WORDS) and (
        PRESS_EVENT_RE.search(text, 0, TITLE_WINDOW) is not None
    )
    if first is not None and event:
        return Span(first.start, first.start + 1), first.ministry
    if event:
        # By title alone: "Pressträff med finansmarknadsministern och Spelinspektionens
        # generaldirektör", "Pressbriefing med statsministern om säkerhetsläget".
        title = next((b for b in x.doc.blocks if b.role == "title"), None)
        for m in MINISTER_DEFINITE_RE.finditer(text, title.start, title.end) if title else ():
            office = MINISTER_DEPARTMENTS.get(m.group(1))
            if office and not FOREIGN_GENITIVE_RE.search(text, max(0, m.start() - 40), m.start()):
                return Span(m.start(1), m.end(1)), office
    for m in MINISTER_OFFICE_RE.finditer(text) if "ministern" in text else ():
        office = MINISTER_DEPARTMENTS.get(m.group(1))
        if office:
            return Span(m.start(1), m.end(1)), office
    return None


def from_minister_event(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The ministry of a minister's press event in the title (see :func:`_minister_event`)."""
    event = x.minister_event
    if event is not None:
        yield x.reading(event[1], event[0])


def from_ministry_named(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A ministry or the Government Offices printed ("Utrikesdepartementet",
    "Regeringskansliet", "UD:s Afrikaenhet"): a Government Offices release. Not
    "Regeringen", which every release on policy names. Once."""
    for span, name in x.ministries_printed[:1]:
        yield x.reading(name, span)


def from_government(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A Swedish minister speaking ("säger socialminister X"): the government's release."""
    text = x.doc.text
    for mi in x.ministers:
        if SPEAKS_RE.search(text, max(0, mi.start - 20), mi.start):
            yield x.reading("Regeringen", Span(mi.start, mi.end))
            return


def from_minister_named(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A Swedish minister by title anywhere, not as an object ("deltar finansminister X",
    not "besöker näringsminister X"): weak evidence of the government's release, which a
    sender's own boilerplate and contacts outweigh. Once."""
    text = x.doc.text
    for mi in x.ministers:
        if not OBJECT_CUE_RE.search(text, max(0, mi.start - 30), mi.start):
            yield x.reading("Regeringen", Span(mi.start, mi.end))
            return


def from_press_secretary(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A press secretary to contact ("kontakta pressekreterare Anna Berg"): ministers have
    press secretaries, companies and agencies press officers; not another body's
    ("Polisens pressekreterare"). Once."""
    text = x.doc.text
    # Tried where the word is printed, its first letter (either case) before it.
    for p in x.occurrences("ressekreterare"):
        m = PRESS_SECRETARY_RE.match(text, p - 1) if p > 0 else None
        if m and not FOREIGN_GENITIVE_RE.search(text, max(0, m.start() - 40), m.start()):
            yield x.reading("Regeringen", new_span(m.start(), m.end()))
            return


def from_government_acting(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The government deciding ("Regeringen har i dag beslutat", "regeringen ger X i
    uppdrag"), the cabinet's members in the title or the lead ("flera statsråd deltar"), or
    a minister as the subject opening one ("Civilministern reser", "Regeringen informerar"
    after a label, "Anna Tenje medverkar" when the release gives her title);
    not a minister as an object ("lämnas till näringsminister X"). Once."""
    act = x.government_act
    if act is not None:
        yield x.reading("Regeringen", act)
        return
    for b in x.headlines:
        if _government_in(x, b.start, b.end, b.role == "lead"):
            yield x.reading("Regeringen", new_span(b.start, b.end))
            return


def from_government_inverted(x: IssuerInputs) -> Iterator[Reading[str]]:
    """The government deciding, the verb first ("Därför har regeringen beslutat",
    "fastställs av regeringen"); looked for only where "regeringen" is printed. Once."""
    text = x.doc.text
    for p in x.government_occurrences("regeringen"):
        m = GOVERNMENT_INVERTED_RE.search(text, max(0, p - 25), p + len("regeringen") + 1)
        if m is not None:
            yield x.reading("Regeringen", Span(m.start(), m.end()))
            return


def from_minister_title(x: IssuerInputs) -> Iterator[Reading[str]]:
    """A Swedish minister as the subject of the title: by title ("Finansministern deltar",
    "EU-minister Jessika Roswall bjuder in"), by a name the release gives a title, or a
    person the release then calls "ministern" / "statsrådet" ("Andreas Carlson deltar ...
    På tisdagen håller ministern öppningstal"); or by title in the title, not as an object
    ("... när justitieminister Gunnar Strömmer besöker Umeå"). Not a foreign minister."""
    for b in x.headlines:
        if b.role == "title" and _minister_in(x, b.start, b.end):
            yield x.reading("Regeringen", new_span(b.start, b.end))
            return


def _minister_in(x: IssuerInputs, start: int, end: int) -> bool:
    """A Swedish minister opening the line, or named in it (by title, or by name from the
    government's members) not as an object."""
    text = x.doc.text
    opening = _unlabelled(text[start:end])
    if x.governmental and _minister_opening(x, opening):
        return True
    # A member of the government by name alone ("Pål Jonson deltar på JEF-möte i Norge",
    # "Pressträff med Johan Pehrson om ..."): the Government Offices name their ministers
    # without a title in most headlines.
    if cabinet_member_opening(opening, x.year) is not None:
        return True
    named = cabinet_member_starts(text, start, end, x.year)
    titled = [mi for mi in x.ministers if start <= mi.start < end] if x.ministers else []
    if titled:
        # a name already read with its title ("näringsminister Mikael Damberg") is judged there
        named = [mi.start for mi in titled] + [
            at for at in named if not any(mi.start <= at < mi.end for mi in titled)
        ]
    return any(not OBJECT_CUE_RE.search(text, max(start, at - 30), at) for at in named)


def _minister_opening(x: IssuerInputs, opening: str) -> bool:
    """A Swedish minister opening a title or lead: by title, by a name the release gives a
    title, or a person the release then calls "ministern" / "statsrådet"."""
    if MINISTER_OPENING_RE.match(opening) or x.minister_opening(opening) is not None:
        return True
    person = NAME_OPENING_RE.match(opening)
    # A double first name counts by its first part ("Carl-Oskar Bohlin").
    first = person.group(1).split()[0].split("-")[0] if person is not None else ""
    return bool(first) and is_first_name(first) and x.calls_a_minister


def _government_in(x: IssuerInputs, start: int, end: int, lead: bool) -> bool:
    """The cabinet in a title or lead: its members ("flera statsråd", "statssekreterare X"),
    the government opening it ("Regeringen informerar"); in the lead also a minister (see
    :func:`_minister_in`) or a minister's title in the definite as a subject ("kommer
    justitieministern att")."""
    if not x.governmental:
        # No cabinet word, no "Regering...", no minister's title: only a member's name.
        return lead and _minister_in(x, start, end)
    line = x.doc.text[start:end]
    opening = _unlabelled(line)
    cabinet = ("tats" in line or "ministrar" in line) and CABINET_RE.search(line)
    if cabinet or GOVERNMENT_OPENING_RE.match(opening):
        return True
    if not lead:
        return False
    if _minister_in(x, start, end):
        return True
    for m in MINISTER_DEFINITE_RE.finditer(line) if "ministern" in line else ():
        if m.group(1) in MINISTER_DEPARTMENTS and not OBJECT_CUE_RE.search(line, 0, m.start()):
            return True
    return False


def _unlabelled(line: str) -> str:
    """A title without its label: "Pressinbjudan: Regeringen informerar" -> "Regeringen ..."."""
    m = LABEL_PREFIX_RE.match(line)
    return line[m.end() :] if m else line


def from_mentions(x: IssuerInputs) -> Iterator[Reading[str]]:
    """One reading per printed mention of each organization in any of its forms (up to
    MENTIONS_COUNTED); the government and the police count in lower case too
    ("regeringen beslutade")."""
    text = x.doc.text
    extra: dict[str, list[tuple[int, int]]] = {}
    # Tried where the words are printed (they cannot overlap), in text order.
    at = sorted([*x.government_occurrences("regeringen"), *x.occurrences("polisen")])
    for m in filter(None, (INSTITUTION_WORD_RE.match(text, p) for p in at)):
        extra.setdefault(INSTITUTION_WORDS[m.group(0)], []).append(m.span())
    for f, printed in x.places:
        name = f.value.name
        spans = [*printed, *extra.pop(name, ())] if extra else printed
        if spans:
            yield from x.readings_at(name, spans[:MENTIONS_COUNTED])
    for name, spans in extra.items():
        yield from x.readings_at(name, spans[:MENTIONS_COUNTED])


def _printed(x: IssuerInputs, forms: list[str]) -> list[tuple[int, int]]:
    """Where any of ``forms`` (longest first) is printed as whole words, without overlaps
    (each form searched for whole in the text, a few forms per organization), as
    (start, end) pairs in text order."""
    text = x.doc.text
    find = text.find
    taken: list[tuple[int, int]] = []
    limit = 4 * MENTIONS_COUNTED
    for form in forms:
        if not form or len(taken) >= limit:
            continue
        n = len(form)
        # The places of the longer forms before; of this form's own (found in text order)
        # only the last can overlap the next, so the next is searched for after it.
        before = taken[:]
        p = find(form)
        while p >= 0:
            e = p + n
            # A genitive is a mention too: "Cevian Capitals regler".
            after = text[e : e + 1]
            if (
                (p == 0 or not text[p - 1].isalnum())
                and not (text[e + 1 : e + 2] if after == "s" else after).isalnum()
                and not (before and _overlaps(before, p, e))
            ):
                taken.append((p, e))
                if len(taken) >= limit:
                    break
                p = find(form, e)
            else:
                p = find(form, p + 1)
    taken.sort()
    return taken


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    # A plain loop: cheaper than any() over a generator for the few spans taken.
    for s, t in taken:  # noqa: SIM110
        if s < end and start < t:
            return True
    return False


def from_title(x: IssuerInputs) -> Iterator[Reading[str]]:
    """An organization that opens the title or the lead ("Arbetsförmedlingen informerar
    ...", "Imint fortsätter ..."): releases lead with their sender as the subject. Once per
    organization; not a subject shared with another ("X och Region Y går samman")."""
    text = x.doc.text
    seen: set[str] = set()
    for b in x.headlines:
        start = b.start
        # A ticker tag opening the lead: its subject follows the tag ("(AktieTorget: BOTX).").
        tag = TICKER_TAG_RE.match(text, start, b.end) if text[start : start + 1] == "(" else None
        if tag:
            start = tag.end()
            while start < b.end and text[start] in " \t.,":
                start += 1
        while start < b.end and text[start] in "(”\"' \t":
            start += 1
        for f, forms in x.forms_at(start):
            name = f.value.name
            for form in forms:
                e = start + len(form)
                if name in seen or not text.startswith(form, start) or text[e : e + 1].isalnum():
                    continue
                if not JOINED_SUBJECT_RE.match(text, e):
                    # "Fackförbundet SKTF har ...": the name in apposition is the subject.
                    named = _apposition(x, e + 1) if text[e : e + 1] == " " else None
                    subject, end = named or (name, e)
                    seen.update((name, subject))
                    yield x.reading(subject, Span(start, end))
                break


def _apposition(x: IssuerInputs, pos: int) -> tuple[str, int] | None:
    """Another organization printed at ``pos``, right after a name in the title or lead:
    "Fackförbundet SKTF", "Myndigheten Trafikanalys", "Stiftelsen Swecare" name the sender
    by a noun and then its name. Its name and where its form ends."""
    text = x.doc.text
    for f, forms in x.forms_at(pos):
        for form in forms:
            e = pos + len(form)
            if text.startswith(form, pos) and not text[e : e + 1].isalnum():
                return f.value.name, e
    return None


def from_spokespeople(x: IssuerInputs) -> Iterator[Reading[str]]:
    """An organization whose spokesperson is quoted, its role printed just before it
    ("säger Thomas Ljung, vd Botnia Exploration Holding AB", "says Olle Zetterberg, CEO of
    Stockholm Business Region"). Once per organization."""
    text = x.doc.text
    places = x.places
    verbs = x.attribution_verbs if places else []
    if not verbs:
        return
    n = len(verbs)
    for f, spans in places:
        for start, end in spans:
            # Only a mention after a blank, shortly after an attribution's verb and comma,
            # is tried.
            if start <= verbs[0] or text[start - 1 : start] not in BLANKS:
                continue
            i = bisect_left(verbs, start - SPOKESPERSON_BEFORE)
            if i == n or verbs[i] >= start:
                continue
            if text.rfind(", ", max(0, start - SPOKESPERSON_ROLE_SPAN), start) < 0:
                continue
            m = SPOKESPERSON_RE.search(text, max(0, start - SPOKESPERSON_BEFORE), start)
            if m and is_role_word(m.group(1).split()[0]):
                yield x.reading(f.value.name, new_span(start, end))
                break


def as_marketplace(x: IssuerInputs) -> Iterator[Reading[str]]:
    """Each mention (up to MENTIONS_COUNTED) of a share's marketplace, as the organizations
    stage found it ("noterades på Aktietorget"): the listing's object, not its sender."""
    for f, spans in x.places:
        if f.rule == MARKETPLACE_RULE and spans:
            yield from x.readings_at(f.value.name, spans[:MENTIONS_COUNTED])


def as_object(x: IssuerInputs) -> Iterator[Reading[str]]:
    """Each mention of an organization right after an object cue ("ger Boverket i uppdrag")."""
    text = x.doc.text
    for f, spans in x.places:
        for start, end in spans:
            if not text[start - 1 : start].isspace():
                continue
            words = text[max(0, start - 30) : start].rsplit(None, 1)
            if not words or words[-1] not in OBJECT_CUE_LAST_WORDS:
                continue
            if OBJECT_CUE_RE.search(text, max(0, start - 30), start):
                yield x.reading(f.value.name, new_span(start, end))


RULES: tuple[Rule[IssuerRule, IssuerInputs, str], ...] = (
    Rule("issuer.metadata", METADATA, from_metadata, "the page's publisher metadata"),
    Rule("issuer.newsroom", NEWSROOM, from_newsroom_line, "a newsroom line 'date | X |'"),
    Rule("issuer.sender_line", SENDER_LINE, from_sender_line, "a 'Från X' line at the top"),
    Rule(
        "issuer.name_above_title",
        NAME_ABOVE_TITLE,
        from_name_above_title,
        "an organization's name alone above the headline",
    ),
    Rule("issuer.newsroom_url", NEWSROOM_URL, from_newsroom_url, "'X:s pressrum på x.se'"),
    Rule("issuer.site", SITE, from_site, "the release's address: its site or newsroom"),
    Rule("issuer.boilerplate", ABOUT, from_about, "the first 'Om X' boilerplate heading"),
    Rule(
        "issuer.boilerplate_is_a",
        BOILERPLATE_IS_A,
        from_boilerplate_is_a,
        "'X är ...' in the boilerplate",
    ),
    Rule("issuer.disclosure", DISCLOSURE, from_disclosure, "the company a disclosure names"),
    Rule("issuer.sign_off", SIGN_OFF, from_sign_off, "a company name alone on a closing line"),
    Rule("issuer.contacts", CONTACT, from_contacts, "a contact's organization"),
    Rule("issuer.email_domain", EMAIL_DOMAIN, from_email_domains, "a contact's e-mail domain"),
    Rule("issuer.ministry", MINISTRY, from_minister_event, "a minister's press event in the title"),
    Rule("issuer.ministry_named", MINISTRY_NAMED, from_ministry_named, "a ministry named"),
    Rule("issuer.government", GOVERNMENT, from_government, "a Swedish minister speaking"),
    Rule(
        "issuer.government_acting",
        GOVERNMENT_ACTING,
        from_government_acting,
        "the government deciding",
    ),
    Rule(
        "issuer.government_inverted",
        GOVERNMENT_INVERTED,
        from_government_inverted,
        "the government deciding, the verb first",
    ),
    Rule("issuer.minister_title", MINISTER_TITLE, from_minister_title, "a minister in the title"),
    Rule(
        "issuer.minister_named", MINISTER_NAMED, from_minister_named, "a Swedish minister by title"
    ),
    Rule(
        "issuer.press_secretary",
        PRESS_SECRETARY,
        from_press_secretary,
        "a press secretary to contact",
    ),
    Rule("issuer.title", IN_TITLE, from_title, "an organization opening the title or lead"),
    Rule("issuer.prominence", MENTION, from_mentions, "each printed mention"),
    Rule("issuer.spokesperson", SPOKESPERSON, from_spokespeople, "'säger X, vd för Y'"),
    Rule("issuer.marketplace", MARKETPLACE, as_marketplace, "a share's marketplace (against)"),
    Rule("issuer.object", AS_OBJECT, as_object, "a mention as an object (against)"),
)
"""The issuer's rule table, from the most to the least direct evidence."""


@dataclass(frozen=True, slots=True)
class IssuerDecision:
    """The issuer found (or None) and the warning of a weak or tied decision."""

    finding: Finding[OrganizationValue] | None
    warning: str | None = None


def decide(
    doc: Document,
    organizations: list[Finding[OrganizationValue]],
    contacts: list[Finding[ContactValue]],
    year: int | None = None,
) -> IssuerDecision:
    """The issuer and the policy's warning; ``year`` the year of publication, if known."""
    x = IssuerInputs(doc, organizations, contacts, year)
    res = best_supported(collect(x, RULES), minimum=MINIMUM, margin=MARGIN, what="issuer")
    winner = res.winner
    if winner is None:
        return IssuerDecision(None, res.warning)
    # The forms the evidence read, when they name the winner ("AB SARDUS" of a sign-off).
    printed = [
        _fullest_printed(doc.text, e.span)
        for e in winner.evidence
        if e.span is not None and x.key(doc.text[e.span.start : e.span.end]) == winner.key
    ]
    government = winner.key == x.government_key
    name = x.government if government else fullest_form(winner.value, printed, organizations)
    found = x.by_key.get(winner.key)
    if found is not None:
        value = OrganizationValue(name, found.value.spans, found.value.org_number)
        return IssuerDecision(Finding(value, found.span, winner.rule))
    return IssuerDecision(Finding(OrganizationValue(name), winner.span, winner.rule))


def _fullest_printed(text: str, span: Span) -> str:
    """The name printed at ``span`` with what completes it right after it: its legal form
    ("Imint Image Intelligence" + " AB (publ)") or, for an acronym, its name spelled out
    after a dash ("TU" + " – Medier i Sverige"): the fullest form the release prints."""
    name = text[span.start : span.end]
    m = LEGAL_FORM_NEXT_RE.match(text, span.end)
    if m is None and name.isupper() and len(name) <= ACRONYM_MAX:
        m = ACRONYM_SPELLED_RE.match(text, span.end)
    return text[span.start : m.end() if m else span.end]


def decide_issuer(
    doc: Document,
    organizations: list[Finding[OrganizationValue]],
    contacts: list[Finding[ContactValue]],
    year: int | None = None,
) -> Finding[OrganizationValue] | None:
    """The issuer finding alone (see :func:`decide` for the warning)."""
    return decide(doc, organizations, contacts, year).finding


def fullest_form(
    name: str, printed: list[str], organizations: list[Finding[OrganizationValue]]
) -> str:
    """The fullest printed form of the sender's name, so that one sender's releases group
    under one name: the longest form the evidence read ("AB SARDUS" over "Sardus"), its
    legal name ("Imint" -> "Imint Image Intelligence AB"), a qualified public body
    ("Länsstyrelsen" -> "Länsstyrelsen i Dalarnas län"), the long form of an acronym
    ("SKR" -> "Sveriges Kommuner och Regioner"); never another company whose name only
    starts with it ("Stockholm Business Region Development").

    >>> fullest_form("Sardus", ["Sardus", "AB SARDUS"], [])
    'AB SARDUS'
    """
    key = org_key(name)
    best = max([name, *printed], key=len)
    for f in organizations:
        other = f.value.name
        if len(other) > len(best) and (org_key(other) == key or _fuller(key, other)):
            best = other
    return best


def _fuller(key: str, other: str) -> bool:
    okey = org_key(other)
    if okey.startswith(key + " "):
        rest = other.split(maxsplit=len(key.split()))[-1]
        # A legal name ends in a legal form; a qualifier is lower case or a place.
        legal = bool(LEGAL_FORM_TAIL_RE.search(other))
        return legal or rest[:1].islower() or other in gazetteer().names
    initials = "".join(w[0] for w in other.split() if w[:1].isupper())
    return (
        len(key) >= 2 and " " not in key and initials.casefold() == key and len(other.split()) >= 2
    )
