"""Group articles into incidents: the real-world episodes they report.

Each article with own (non-background) figures gets a signature: the parties its figures
name, the places it names, its named claimants and its exact figures. Two dated articles
report one episode when they were published within ``max_gap_days`` of each other and
their signatures agree (see ``_linked``); linking is transitive (an episode can run for
weeks as long as its reports follow each other). Candidates are only compared when they
share a key, so the work grows with the number of articles, not its square. An undated
article joins the episode whose signature it matches best, never bridging two episodes;
an article that matches nothing is an incident of its own, and a syndicated copy
(``duplicate_of``) joins its original's incident.
"""

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import polars as pl

from pipeline.core.places import CALENDAR_WORDS

NON_PARTIES = {"both", ""}
LINK_SCORE = 2.0  # the score (``_score``) at which two signatures report one episode
# a place name never runs across a line break or a possessive ("Sudan's North Darfur")
_PLACE_RE = re.compile(
    r"\b(?:in|near|outside|at|around|from|of|on)[ \t]+(?:the[ \t]+)?"
    r"(?:(village|town|city|region|province|district|state|county|area|municipality|"
    r"governorate|camp|neighbou?rhood|suburb|oblast|settlement|enclave|border town)[ \t]+of"
    r"[ \t]+)?((?:[A-Z][\w-]+|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\w-]+))*)"
)
_NOT_PLACES = CALENDAR_WORDS | {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "these",
    "those",
    "president",
    "prime",
    "minister",
    "ministry",
    "defence",
    "defense",
    "army",
    "police",
    "reuters",
    "afp",
    "ap",
    "associated",
    "press",
    "twitter",
    "telegram",
    "facebook",
    "x",
    "un",
    "united",
    "nations",
    "security",
    "council",
    "state",
    "interior",
    "health",
    "foreign",
    "armed",
    "forces",
    "government",
    "parliament",
}


@dataclass(frozen=True)
class IncidentRules:
    max_gap_days: int = 7


@dataclass
class Signature:
    parties: frozenset = frozenset()
    strong_places: frozenset = frozenset()  # "the village of X", multi-word names
    places: frozenset = frozenset()  # every place-like name, incl. the dateline
    claimants: frozenset = frozenset()
    figures: frozenset = frozenset()  # (party, metric, value) of exact own figures
    published_on: date | None = None
    duplicate_of: str | None = None
    keys: set = field(default_factory=set)


def find_places(text: str) -> tuple[set[str], set[str]]:
    """Place-like names after a preposition: (strong, all). Strong ones are introduced as
    a village/town/... or have several words; single words are weak evidence."""
    strong: set[str] = set()
    every: set[str] = set()
    for match in _PLACE_RE.finditer(text):
        kind, name = match.group(1), match.group(2)
        words = [w for w in name.split() if w.lower() not in _NOT_PLACES]
        if not words or words[0] != name.split()[0]:
            continue
        place = " ".join(words).lower()
        every.add(place)
        if kind or len(words) > 1:
            strong.add(place)
    return strong, every


def article_places(title: str | None, body: str, dateline: str | None) -> tuple[list, list]:
    """(every place, strong places) an article names, sorted, for storing per article."""
    strong, every = find_places(_place_text({"title": title, "body": body}))
    if dateline:
        every.add(dateline.lower())
    return sorted(every), sorted(strong)


def _row_places(row: dict, columns: list[str]) -> tuple[set[str], set[str]]:
    """(strong, every) place an article row names: the lists stored at extraction when the
    frame has them, else read from its title, body and dateline."""
    if "places" in columns:
        strong = set(row.get("strong_places") or [])
        return strong, set(row.get("places") or []) | strong
    if "body" in columns:
        every, strong_list = article_places(
            row.get("title"), row.get("body") or "", row.get("dateline")
        )
        return set(strong_list), set(every) | set(strong_list)
    return set(), set()


def _place_text(row: dict) -> str:
    """Where to look for places: the body's first 4,000 characters without the headline
    (headlines In Title Case make every phrase look like a name)."""
    body = row.get("body") or ""
    title = row.get("title") or ""
    if title and body.startswith(title):
        body = body[len(title) :]
    return body[:4000]


def _incident_id(founder: str) -> str:
    # Named after its first-reported article, so that later reports do not rename it.
    return "inc_" + hashlib.sha256(founder.encode()).hexdigest()[:12]


def signatures(articles: pl.DataFrame, claims: pl.DataFrame) -> dict[str, Signature]:
    """The grouping evidence of every article that has own figures.

    ``articles``: article_id, published_on, duplicate_of, and optionally title, body,
    dateline. ``claims``: article_id, party, metric, low, high, qualifier?, claimant?,
    claimant_party?, is_background.
    """
    own = claims.filter(~pl.col("is_background"))
    columns = set(own.columns)
    by_article: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    for row in own.iter_rows(named=True):
        sig = by_article[row["article_id"]]
        party = row.get("party")
        if party and party not in NON_PARTIES:
            sig["parties"].add(party)
        if "claimant" in columns and row.get("claimant") and row["claimant"][:1].isupper():
            sig["claimants"].add(row["claimant"])
        exact = row.get("qualifier", "exact") == "exact" if "qualifier" in columns else True
        if exact and row.get("low") is not None:
            sig["figures"].add((party, row["metric"], row["low"]))
    result: dict[str, Signature] = {}
    for row in articles.iter_rows(named=True):
        article_id = row["article_id"]
        if article_id not in by_article:
            continue
        sig = by_article[article_id]
        strong, places = _row_places(row, articles.columns)
        result[article_id] = Signature(
            parties=frozenset(sig["parties"]),
            strong_places=frozenset(strong),
            places=frozenset(places),
            claimants=frozenset(sig["claimants"]),
            figures=frozenset(sig["figures"]),
            published_on=row["published_on"],
            duplicate_of=row["duplicate_of"],
        )
    return result


def _keys(sig: Signature) -> set:
    keys = set()
    if sig.parties:
        keys.add(("parties", tuple(sorted(sig.parties))))
    keys |= {("place", p) for p in sig.strong_places}
    keys |= {("figure", f) for f in sig.figures if f[0] is not None}
    keys |= {("claimant", c) for c in sig.claimants}
    return keys


def _score(a: Signature, b: Signature) -> float:
    """How strongly two signatures say "the same episode" (0 = not at all)."""
    same_parties = bool(a.parties) and a.parties == b.parties
    shared_parties = len(a.parties & b.parties)
    shared_strong = len(a.strong_places & b.strong_places)
    shared_places = len(a.places & b.places)
    shared_figures = len({f for f in a.figures & b.figures if f[0] is not None})
    shared_claimants = len(a.claimants & b.claimants)
    # different named sides cannot be the same episode, unless places tie them together
    if a.parties and b.parties and not shared_parties and not shared_strong:
        return 0.0
    # two reports naming different specific places (a strike on one city, a strike on
    # another) are different incidents unless they share a figure
    if a.strong_places and b.strong_places and not shared_places and not shared_figures:
        return 0.0
    score = 0.0
    if same_parties:
        score += 2.0
    elif shared_parties:
        score += 1.0
    score += 2.0 * shared_strong + 0.5 * (shared_places - shared_strong)
    score += 1.5 * shared_figures + 1.0 * shared_claimants
    return score


def _linked(a: Signature, b: Signature) -> bool:
    return _score(a, b) >= LINK_SCORE


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def group_incidents(
    articles: pl.DataFrame, claims: pl.DataFrame, rules: IncidentRules | None = None
) -> pl.DataFrame:
    """Assign each article with at least one own figure to an incident.

    Returns one row per article: ``article_id``, ``incident_id``.
    """
    rules = rules or IncidentRules()
    sigs = signatures(articles, claims)
    originals = sorted(
        a for a, s in sigs.items() if not s.duplicate_of or s.duplicate_of not in sigs
    )
    day = {a: s.published_on for a, s in sigs.items() if s.published_on is not None}
    dated = [a for a in originals if a in day]
    undated = [a for a in originals if a not in day]

    # candidate pairs: dated articles sharing a key, compared with the neighbours within
    # the gap in date order
    uf = _UnionFind()
    by_key: dict[tuple, list[str]] = defaultdict(list)
    for article_id in dated:
        uf.find(article_id)
        for key in _keys(sigs[article_id]):
            by_key[key].append(article_id)
    for members in by_key.values():
        members.sort(key=lambda a: (day[a], a))
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                gap = (day[b] - day[a]).days
                if gap > rules.max_gap_days:
                    break
                if uf.find(a) != uf.find(b) and _linked(sigs[a], sigs[b]):
                    uf.union(a, b)

    # keyed by a dated episode's root article, or ("loose", root) for undated-only groups
    groups: dict[str | tuple[str, str], list[str]] = defaultdict(list)
    for article_id in dated:
        groups[uf.find(article_id)].append(article_id)

    # undated articles join the best-matching episode (ties: the latest), else stand alone
    episode_sigs = {
        root: Signature(
            parties=frozenset().union(*(sigs[a].parties for a in members)),
            strong_places=frozenset().union(*(sigs[a].strong_places for a in members)),
            places=frozenset().union(*(sigs[a].places for a in members)),
            claimants=frozenset().union(*(sigs[a].claimants for a in members)),
            figures=frozenset().union(*(sigs[a].figures for a in members)),
            published_on=max(day[a] for a in members),
        )
        for root, members in groups.items()
    }
    loose: list[str] = []
    for article_id in undated:
        scored = [
            (_score(sigs[article_id], s), s.published_on, root) for root, s in episode_sigs.items()
        ]
        scored = [x for x in scored if x[0] >= LINK_SCORE]
        if scored:
            groups[max(scored)[2]].append(article_id)
        else:
            loose.append(article_id)
    # undated articles that match no dated episode may still match each other
    uf_loose = _UnionFind()
    for i, a in enumerate(loose):
        uf_loose.find(a)
        for b in loose[i + 1 :]:
            if _linked(sigs[a], sigs[b]):
                uf_loose.union(a, b)
    for article_id in loose:
        groups[("loose", uf_loose.find(article_id))].append(article_id)

    def founder(group: list[str]) -> str:
        return min(group, key=lambda a: (sigs[a].published_on or date.max, a))

    assignment = {a: _incident_id(founder(group)) for group in groups.values() for a in group}
    for article_id in sorted(set(sigs) - set(assignment)):
        original = sigs[article_id].duplicate_of or ""
        assignment[article_id] = assignment.get(original) or _incident_id(article_id)
    return pl.DataFrame(
        {"article_id": list(assignment), "incident_id": list(assignment.values())},
        schema={"article_id": pl.Utf8, "incident_id": pl.Utf8},
    ).sort("article_id")


def _locations(membership: pl.DataFrame, articles: pl.DataFrame) -> dict[str, str]:
    """The place most of an incident's articles name (strong places first)."""
    named = {
        r["article_id"]: _row_places(r, articles.columns) for r in articles.iter_rows(named=True)
    }
    counts: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for article_id, incident_id in membership.iter_rows():
        strong, every = named.get(article_id, (set(), set()))
        for place in every:
            counts[incident_id][place] += 2.0 if place in strong else 1.0
    return {
        incident: max(sorted(places.items()), key=lambda kv: kv[1])[0].title()
        for incident, places in counts.items()
        if places
    }


def describe_incidents(
    membership: pl.DataFrame, articles: pl.DataFrame, claims: pl.DataFrame
) -> pl.DataFrame:
    """One row per incident: label, parties, dates, article and outlet counts."""
    own = claims.filter(~pl.col("is_background"))
    said = (
        own.join(membership, on="article_id")
        .group_by("incident_id")
        .agg(
            pl.col("party")
            .filter(pl.col("party").is_not_null() & (pl.col("party") != "both"))
            .unique()
            .sort()
            .alias("parties"),
            pl.col("said_on").min().alias("start_on"),
            pl.col("said_on").max().alias("end_on"),
        )
    )
    reported = (
        membership.join(
            articles.select("article_id", "published_on", "outlet", "title"), on="article_id"
        )
        .group_by("incident_id")
        .agg(
            pl.col("published_on").min().alias("first_reported_on"),
            pl.col("published_on").max().alias("last_reported_on"),
            pl.col("published_on").max().alias("anchor_on"),
            pl.len().cast(pl.Int64).alias("n_articles"),
            pl.col("outlet").drop_nulls().n_unique().cast(pl.Int64).alias("n_outlets"),
            pl.col("article_id").sort().alias("article_ids"),
            pl.col("title").drop_nulls().sort().first().alias("first_title"),
        )
    )
    frame = reported.join(said, on="incident_id", how="left")

    def label(row: dict) -> str:
        parties = row["parties"] or []
        who = " / ".join(parties) if parties else (row["first_title"] or "unnamed parties")
        first, last = row["first_reported_on"], row["last_reported_on"]
        when = ""
        if first and last:
            when = f", reported {first}" + (f" to {last}" if last != first else "")
        return f"{who}{when}"

    locations = _locations(membership, articles)
    labels = [label(r) for r in frame.iter_rows(named=True)]
    return (
        frame.with_columns(
            pl.Series("label", labels, dtype=pl.Utf8),
            pl.col("parties").fill_null(pl.lit([], dtype=pl.List(pl.Utf8))),
            pl.col("incident_id")
            .replace_strict(locations, default=None, return_dtype=pl.Utf8)
            .alias("location"),
        )
        .select(
            "incident_id",
            "label",
            "parties",
            "location",
            "start_on",
            "end_on",
            "first_reported_on",
            "last_reported_on",
            "anchor_on",
            "n_articles",
            "n_outlets",
            "article_ids",
        )
        .sort("incident_id")
    )
