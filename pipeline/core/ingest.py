"""Turn the bytes of an inbox file into raw documents and rejects.

Pure functions: the caller reads the files and passes their bytes in; nothing here touches the
file system. Every input file or JSONL line ends up either as a ``RawDocument`` or as a
``Reject`` with a short ``reason`` code and a ``detail`` sentence a person can act on.

Reject reason codes:

- ``empty``: the file (or the text after decoding) is empty or whitespace only.
- ``too_large``: the file is bigger than ``max_bytes``.
- ``binary``: NUL bytes without a UTF-16/32 byte-order mark, or many control characters.
- ``undecodable``: neither UTF-8 nor Windows-1252, or broken data after a byte-order mark.
- ``not_english``: the language hint names another language, or the text is clearly not English.
- ``unsupported_type``: a file suffix the inbox does not read.
- ``orphan_sidecar``: a ``.meta.json`` file passed on its own (the caller pairs sidecars).
- ``bad_json``: a JSONL line that is not valid JSON.
- ``not_object``: a JSONL line that is valid JSON but not an object.
- ``missing_text``: a JSONL line without a non-empty ``text``.
- ``bad_field``: a JSONL line with a field of the wrong type, or a ``published_at`` that is not
  an ISO date or lies in the future.
- ``no_text``: an HTML page in which no main text can be found (only scripts, styles, menus).
- ``bad_sidecar``: a sidecar that is not valid JSON or not an object (the text is still kept).
- ``bad_sidecar_field``: a sidecar field of the wrong type, or a ``published_at`` that is not an
  ISO date or lies in the future (the field is ignored, the text is still kept).

A ``published_at`` more than a day after ``today`` (the caller's date, UTC by default; the day
of slack absorbs time zones) is a typo or a placeholder, not a publication date: dating an
article in the future would place its figures after every real report and let them supersede
them.

A JSONL line or sidecar may carry keys that are not listed in the contract: they are ignored.
"""

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePosixPath

from pipeline.core.model import RawDocument, Reject


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


DEFAULT_MAX_BYTES = 10 * 1024 * 1024
DOC_ID_LENGTH = 16
FUTURE_SLACK = timedelta(days=1)

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
SIDECAR_SUFFIX = ".meta.json"

# Optional string fields a JSONL line or a sidecar may carry, mapped to RawDocument fields.
_HINT_FIELDS = {
    "url": "url",
    "outlet": "outlet_hint",
    "published_at": "published_hint",
    "title": "title_hint",
    "language": "language_hint",
}

_BOMS = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (b"\xff\xfe\x00\x00", "utf-32-le", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le", "utf-16"),
    (b"\xfe\xff", "utf-16-be", "utf-16"),
)

# Control characters that never appear in text (tab, newlines, form feed are fine).
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_TRAILING_WS_RE = re.compile(r"[ \t\f\v]+\n")
_MANY_BLANKS_RE = re.compile(r"\n{3,}")

# Common English function words that other Latin-script languages do not share; they make up
# about a fifth of English news prose.
_ENGLISH_WORDS = _words(
    "the of and to was were that for with said by from it his her he she they their has have "
    "had been are this which who after not but its would will"
)
_WORD_RE = re.compile(r"[^\W\d_]+")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")


class UnreadableInput(Exception):  # noqa: N818 - a reason to reject, not a program error
    """Raised by ``decode_text`` when bytes cannot become text; carries the reject fields."""

    def __init__(self, reason: str, detail: str):
        super().__init__(detail)
        self.reason = reason
        self.detail = detail


@dataclass
class IngestResult:
    """What one inbox file produced: documents and rejects, in input order."""

    documents: list[RawDocument] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    def extend(self, other: "IngestResult") -> None:
        self.documents.extend(other.documents)
        self.rejects.extend(other.rejects)


def normalise_text(text: str) -> str:
    """The text as hashed for ``doc_id``: NFC, ``\\n`` newlines, no trailing blanks per line,
    at most one blank line in a row, no leading or trailing whitespace."""
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES_RE.sub("\n", text)
    text = _TRAILING_WS_RE.sub("\n", text + "\n")
    text = _MANY_BLANKS_RE.sub("\n\n", text)
    return text.strip()


def doc_id_for(text: str) -> str:
    """A stable content hash of the normalised text: the same text twice is one id."""
    digest = hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()
    return digest[:DOC_ID_LENGTH]


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB"
    if n >= 1024:
        return f"{n / 1024:.1f} KB"
    return f"{n} bytes"


def too_large(byte_size: int, max_bytes: int = DEFAULT_MAX_BYTES) -> UnreadableInput:
    """The reject for a file over the size limit (the caller may check before reading it)."""
    size, limit = _size(byte_size), _size(max_bytes)
    if size == limit:
        size, limit = f"{byte_size} bytes", f"{max_bytes}-byte"
    return UnreadableInput(
        "too_large", f"the file is {size}, over the {limit} limit; split it or raise the limit"
    )


def decode_text(data: bytes, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[str, str]:
    """Decode inbox bytes to text; return ``(text, encoding)``.

    Order: size limit, byte-order mark (UTF-8, UTF-16, UTF-32), strict UTF-8, then Windows-1252
    only when the bytes look like text. Newlines are normalised to ``\\n``; nothing else changes.
    Raises ``UnreadableInput`` with reason ``too_large``, ``empty``, ``binary`` or
    ``undecodable``.
    """
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if not data.strip():
        raise UnreadableInput("empty", "the file is empty or only whitespace; remove it")

    text: str | None = None
    encoding = ""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise UnreadableInput(
                    "undecodable",
                    f"the file starts with a {name} byte-order mark but byte {exc.start} is not "
                    f"valid {name}; re-save it as UTF-8",
                ) from None
            encoding = name
            break

    if text is None:
        if b"\x00" in data:
            raise UnreadableInput(
                "binary",
                "the file contains NUL bytes and no UTF-16 byte-order mark, so it looks binary; "
                "export the article as UTF-8 text",
            )
        try:
            text = data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError as exc:
            utf8_error = exc
            high = sum(1 for b in data if b >= 0x80)
            if high > 0.3 * len(data):
                raise UnreadableInput(
                    "binary",
                    f"the file is not UTF-8 (byte {exc.start}) and {high * 100 // len(data)}% "
                    "of its bytes are non-ASCII, so it does not look like text; "
                    "export the article as UTF-8 text",
                ) from None
            try:
                text = data.decode("cp1252")
                encoding = "cp1252"
            except UnicodeDecodeError:
                raise UnreadableInput(
                    "undecodable",
                    f"the file is neither UTF-8 (invalid byte at offset {utf8_error.start}) "
                    "nor Windows-1252; re-save it as UTF-8",
                ) from None

    text = _NEWLINES_RE.sub("\n", text)
    if not text.strip():
        raise UnreadableInput("empty", "the file holds no text once decoded; remove it")
    n_control = _binary_controls(text)
    if n_control:
        raise UnreadableInput(
            "binary",
            f"the decoded text has {n_control} control characters, so it looks binary; "
            "export the article as UTF-8 text",
        )
    return text, encoding


def _binary_controls(text: str) -> int:
    """How many control characters ``text`` holds when they make it look binary (a NUL, or
    more than a few and over 1% of the text), else 0."""
    if not _CONTROL_RE.search(text):
        return 0
    n_control = len(_CONTROL_RE.findall(text))
    return n_control if "\x00" in text or n_control > max(2, 0.01 * len(text)) else 0


def looks_english(text: str) -> bool:
    """False only when the text is long enough to tell and has almost no English words."""
    words = _WORD_RE.findall(text[:20000])
    if len(words) < 30:
        return True
    hits = sum(1 for w in words if w.lower() in _ENGLISH_WORDS)
    return hits >= 0.03 * len(words)


def _is_english_tag(tag: str) -> bool:
    tag = tag.strip().lower().replace("_", "-")
    return tag in ("", "english", "eng") or tag == "en" or tag.startswith("en-")


def _language_reject(
    source_file: str, text: str, language: str | None, line: int | None, media_type: str
) -> Reject | None:
    where = f"line {line}" if line else "the file"
    if language and not _is_english_tag(language):
        return Reject(
            source_file,
            "not_english",
            f"{where} is marked as language {language!r}; only English articles are read",
            line,
        )
    if media_type == "text/plain" and not looks_english(text):
        return Reject(
            source_file,
            "not_english",
            f"{where} does not read as English (almost no common English words); "
            "only English articles are read",
            line,
        )
    return None


def _date_problem(value: str, today: date | None) -> str | None:
    """Why ``value`` is not a usable publication date, or None when it is one."""
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        return f"'published_at' is {value!r}, not an ISO date or datetime such as 2022-09-15"
    today = today or datetime.now(UTC).date()
    if when.date() > today + FUTURE_SLACK:
        return f"'published_at' is {value!r}, which is in the future (today is {today})"
    return None


def _has_surrogates(value: str) -> bool:
    # JSON may escape lone surrogates ("\\ud800"): valid JSON, but not text that can be stored.
    return _SURROGATE_RE.search(value) is not None


def _read_fields(obj: dict, today: date | None = None) -> tuple[dict, list[str]]:
    """Pick the contract's optional fields from a JSON object.

    Returns the RawDocument keyword arguments and one problem sentence per bad field.
    """
    kwargs: dict = {}
    problems: list[str] = []
    raw_id = obj.get("id")
    if raw_id is not None:
        if isinstance(raw_id, str) and _has_surrogates(raw_id):
            problems.append("'id' holds invalid Unicode (an unpaired surrogate escape)")
        elif isinstance(raw_id, str | int) and not isinstance(raw_id, bool):
            kwargs["source_id"] = str(raw_id)
        else:
            problems.append(f"'id' must be a string or an integer, not {type(raw_id).__name__}")
    for key, target in _HINT_FIELDS.items():
        value = obj.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(f"'{key}' must be a string, not {type(value).__name__}")
            continue
        value = value.strip()
        if not value:
            continue
        if _has_surrogates(value):
            problems.append(f"'{key}' holds invalid Unicode (an unpaired surrogate escape)")
            continue
        problem = _date_problem(value, today) if key == "published_at" else None
        if problem:
            problems.append(problem)
            continue
        kwargs[target] = value
    return kwargs, problems


def _media_type(source_file: str) -> str:
    return "text/html" if source_file.lower().endswith(HTML_SUFFIXES) else "text/plain"


def read_text_document(
    source_file: str,
    data: bytes,
    sidecar: bytes | None = None,
    media_type: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sidecar_file: str | None = None,
    today: date | None = None,
) -> IngestResult:
    """One ``.txt`` (or ``.html``) article with its optional ``.meta.json`` sidecar.

    The result holds one document, or one reject when the bytes are unreadable. A broken sidecar
    never costs the article: the document is kept without the bad metadata and the problem is
    reported as an extra reject (``bad_sidecar`` / ``bad_sidecar_field``) whose ``source_file``
    is ``sidecar_file`` (default ``<name>.meta.json``).
    """
    media_type = media_type or _media_type(source_file)
    result = IngestResult()
    try:
        text, encoding = decode_text(data, max_bytes=max_bytes)
    except UnreadableInput as exc:
        result.rejects.append(Reject(source_file, exc.reason, exc.detail))
        return result

    kwargs: dict = {}
    if sidecar is not None:
        meta_name = sidecar_file or sidecar_name_for(source_file)
        meta, problem = _parse_sidecar(sidecar)
        if problem:
            result.rejects.append(
                Reject(
                    meta_name,
                    "bad_sidecar",
                    f"the sidecar {problem}; the article was kept without its metadata, "
                    "fix the sidecar to add it",
                )
            )
        else:
            kwargs, problems = _read_fields(meta, today)
            if problems:  # one reject per sidecar, naming every bad field
                result.rejects.append(
                    Reject(
                        meta_name,
                        "bad_sidecar_field",
                        f"in the sidecar {'; '.join(problems)}; "
                        f"{'the field was' if len(problems) == 1 else 'these fields were'} "
                        "ignored and the article kept, fix the sidecar to add them",
                    )
                )

    reject = _language_reject(source_file, text, kwargs.get("language_hint"), None, media_type)
    if reject:
        result.rejects.append(reject)
        return result
    if media_type == "text/html" and not _html_has_text(text, kwargs.get("url")):
        result.rejects.append(
            Reject(
                source_file,
                "no_text",
                "no article text was found in this HTML page (only scripts, styles or "
                "navigation); save the article page itself, or its text as a .txt file",
            )
        )
        return result

    result.documents.append(
        RawDocument(
            doc_id=doc_id_for(text),
            source_file=source_file,
            raw_text=text,
            media_type=media_type,
            encoding=encoding,
            byte_size=len(data),
            **kwargs,
        )
    )
    return result


def _html_has_text(html: str, url: str | None) -> bool:
    """Whether the parser will find main text in the page (the same trafilatura call)."""
    from pipeline.core.parse import html_main_text  # lazy: trafilatura is slow to import

    text, _ = html_main_text(html, url)
    return bool(text.strip())


def _loads(text: str) -> tuple[object, str | None]:
    """``json.loads``, with every way it can fail turned into a problem sentence."""
    try:
        return json.loads(text), None
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column" if exc.lineno > 1 else "column"
        return None, f"not valid JSON ({exc.msg}: {where} {exc.colno})"
    except ValueError:  # Python refuses integers of more than 4300 digits
        return None, "not usable JSON (it holds a number with thousands of digits)"
    except RecursionError:
        return None, "not usable JSON (nested too deeply)"


def _parse_sidecar(data: bytes) -> tuple[dict, str | None]:
    try:
        text, _ = decode_text(data)
    except UnreadableInput as exc:
        return {}, f"could not be read ({exc.reason})"
    meta, problem = _loads(text)
    if problem:
        return {}, f"is {problem}"
    if not isinstance(meta, dict):
        return {}, f"holds a JSON {type(meta).__name__}, not an object"
    return meta, None


def read_jsonl(
    source_file: str, data: bytes, max_bytes: int = DEFAULT_MAX_BYTES, today: date | None = None
) -> IngestResult:
    """One article per line; a bad line becomes a reject with its 1-based ``source_line``.

    Blank lines are not articles and are skipped without a reject. ``max_bytes`` applies to the
    whole file.
    """
    result = IngestResult()
    try:
        text, encoding = decode_text(data, max_bytes=max_bytes)
    except UnreadableInput as exc:
        result.rejects.append(Reject(source_file, exc.reason, exc.detail))
        return result

    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        doc_or_reject = _read_jsonl_line(source_file, n, line, encoding, today)
        if isinstance(doc_or_reject, Reject):
            result.rejects.append(doc_or_reject)
        else:
            result.documents.append(doc_or_reject)
    return result


def _read_jsonl_line(
    source_file: str, n: int, line: str, encoding: str, today: date | None = None
) -> RawDocument | Reject:
    obj, problem = _loads(line)
    if problem:
        return Reject(source_file, "bad_json", f"line {n} is {problem}; fix or remove the line", n)
    if not isinstance(obj, dict):
        return Reject(
            source_file,
            "not_object",
            f"line {n} holds a JSON {type(obj).__name__}, not an object with a 'text' key; "
            "fix or remove the line",
            n,
        )
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        return Reject(
            source_file,
            "bad_field",
            f"line {n} has a 'text' of type {type(text).__name__}, not a string; "
            "fix or remove the line",
            n,
        )
    if not text or not text.strip():
        what = "no 'text' key" if "text" not in obj else "an empty 'text'"
        return Reject(
            source_file,
            "missing_text",
            f"line {n} has {what}; give the article text or remove the line",
            n,
        )
    kwargs, problems = _read_fields(obj, today)
    if _has_surrogates(text):
        problems.insert(0, "'text' holds invalid Unicode (an unpaired surrogate escape)")
    elif _binary_controls(text):
        problems.insert(0, "'text' holds NUL or many control characters, so it looks binary")
    if problems:
        return Reject(
            source_file,
            "bad_field",
            f"line {n}: {'; '.join(problems)}; fix the field or remove it",
            n,
        )
    text = _NEWLINES_RE.sub("\n", text)
    reject = _language_reject(source_file, text, kwargs.get("language_hint"), n, "text/plain")
    if reject:
        return reject
    return RawDocument(
        doc_id=doc_id_for(text),
        source_file=source_file,
        raw_text=text,
        media_type="text/plain",
        source_line=n,
        encoding=encoding,
        byte_size=len(line.encode("utf-8")),
        **kwargs,
    )


def is_sidecar(source_file: str) -> bool:
    return source_file.lower().endswith(SIDECAR_SUFFIX)


def sidecar_name_for(source_file: str) -> str:
    """``a/b.txt`` -> ``a/b.meta.json``: where the caller looks for a text's metadata."""
    path = PurePosixPath(source_file)
    return str(path.with_name(path.stem + SIDECAR_SUFFIX))


def ingest_file(
    source_file: str,
    data: bytes,
    sidecar: bytes | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sidecar_file: str | None = None,
    today: date | None = None,
) -> IngestResult:
    """Dispatch on the suffix of ``source_file`` (a path relative to the inbox).

    ``.txt``, ``.html``/``.htm`` (with an optional sidecar) and ``.jsonl`` are read; a sidecar
    passed on its own and any other suffix become a single reject.
    """
    name = source_file.lower()
    if name.endswith(JSONL_SUFFIXES):
        return read_jsonl(source_file, data, max_bytes=max_bytes, today=today)
    if name.endswith(TEXT_SUFFIXES):
        return read_text_document(
            source_file, data, sidecar, "text/plain", max_bytes, sidecar_file, today
        )
    if name.endswith(HTML_SUFFIXES):
        return read_text_document(
            source_file, data, sidecar, "text/html", max_bytes, sidecar_file, today
        )
    if is_sidecar(source_file):
        return IngestResult(
            rejects=[
                Reject(
                    source_file,
                    "orphan_sidecar",
                    "this metadata sidecar has no matching .txt article next to it; "
                    "add the article or remove the sidecar",
                )
            ]
        )
    suffix = PurePosixPath(source_file).suffix or "(none)"
    return IngestResult(
        rejects=[
            Reject(
                source_file,
                "unsupported_type",
                f"files with suffix {suffix} are not read; "
                "supply .txt, .jsonl, .html or .htm files",
            )
        ]
    )
