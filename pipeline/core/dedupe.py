"""Fingerprints that recognise copies of the same story (e.g. syndicated wire copy).

Two articles whose bodies differ only in case, spacing, punctuation, quote style or the
outlet tag of the dateline ("KYIV (Reuters) -" vs "KYIV -") get the same fingerprint. The
pipeline sets ``duplicate_of`` to the earliest article with the same fingerprint.
"""

import hashlib
import re
import unicodedata

FINGERPRINT_LENGTH = 16

# "KYIV, Ukraine (AP) —": wire copies keep the city but swap or drop the outlet tag.
_DATELINE_TAG_RE = re.compile(
    r"^([A-Z][A-Z'’.\-]+(?:\s[A-Z][A-Z'’.\-]+){0,3}(?:,\s*[^()\n]{1,30}?)?)\s*\([^()\n]{1,40}\)"
)
_NON_WORD_RE = re.compile(r"[\W_]+")


def normalise_body(body: str) -> str:
    """Lower-case words separated by single spaces, without the dateline's outlet tag."""
    text = unicodedata.normalize("NFKC", body or "").strip()
    text = _DATELINE_TAG_RE.sub(r"\1", text, count=1)
    return _NON_WORD_RE.sub(" ", text.casefold()).strip()


def body_fingerprint(body: str) -> str:
    """A short hash of the normalised body; equal for copies of the same story.

    An empty body has the empty fingerprint, so empty articles are never each other's copies.
    """
    text = normalise_body(body)
    if not text:
        return ""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_LENGTH]
