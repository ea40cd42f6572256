"""The inbox on disk: which files are there, and their bytes. Files are never modified.

Only regular files inside the inbox are read: a symbolic link that resolves outside it is
reported, not followed, and so is a sidecar that is such a link; linked folders are not
walked into. Names come from the directory listing only, so a name can never hold ``..``.
Sidecars (``x.meta.json`` or ``x.txt.meta.json``) travel with their text file.
"""

import hashlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.core.model import Reject

SIDECAR_SUFFIX = ".meta.json"


@dataclass(frozen=True)
class InboxFile:
    source_file: str  # path relative to the inbox, with forward slashes
    path: Path
    byte_size: int
    mtime_ns: int
    sidecar: Path | None = None
    root: Path | None = None  # the resolved inbox, re-checked when the file is read


def _is_inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):  # RuntimeError: a symlink loop
        return False
    return True


def _display_name(rel: str) -> str:
    """A name that can be stored as text: undecodable bytes shown as ``\\xff``."""
    return os.fsencode(rel).decode("utf-8", "backslashreplace")


def _walk(root: Path, folder: Path, problems: list[Reject]) -> Iterator[Path]:
    # sorted for a stable order; no following of linked folders (no cycles, nothing outside)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as error:
        rel = _display_name(folder.relative_to(root).as_posix())
        problems.append(
            Reject(
                rel,
                "unreadable",
                f"the folder {rel} could not be listed ({error.strerror}); check its permissions",
            )
        )
        return
    for entry in entries:
        if entry.is_dir() and not entry.is_symlink():
            if not entry.name.startswith("."):
                yield from _walk(root, entry, problems)
        else:
            yield entry


def _outside(path: Path, root: Path) -> bool:
    return path.is_symlink() and not _is_inside(path, root)


def list_inbox(inbox: Path) -> tuple[list[InboxFile], list[Reject]]:
    """Every input file of the inbox, and a reject for anything that cannot be read safely."""
    root = inbox.resolve()
    if not root.is_dir():
        raise FileNotFoundError(
            f"the inbox {inbox} does not exist or is not a folder: set LEDGER_INBOX to a folder"
        )
    files: list[InboxFile] = []
    rejects: list[Reject] = []
    paths = list(_walk(root, root, rejects))
    present = {p.relative_to(root).as_posix() for p in paths}
    # a sidecar is read with its text file only when it is itself safe to read
    safe = {p.relative_to(root).as_posix() for p in paths if not _outside(p, root) and p.is_file()}
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if path.name.startswith("."):
            continue  # hidden files (editor swap files, .DS_Store) are not articles
        name = _display_name(rel)
        if name != rel:
            rejects.append(
                Reject(
                    name,
                    "bad_name",
                    f"the name {name} is not valid UTF-8; rename the file "
                    "with a UTF-8 name (any language is fine)",
                )
            )
            continue
        if _outside(path, root):
            rejects.append(
                Reject(
                    rel,
                    "outside_inbox",
                    f"{rel} is a link to a file outside the inbox; "
                    "copy the file into the inbox instead of linking to it",
                )
            )
            continue
        if not path.is_file():
            rejects.append(
                Reject(
                    rel,
                    "not_a_file",
                    f"{rel} is not a regular file (a folder link, device or pipe); remove it",
                )
            )
            continue
        if rel.endswith(SIDECAR_SUFFIX):
            stem = rel[: -len(SIDECAR_SUFFIX)]
            if stem in present or f"{stem}.txt" in present:
                continue  # read together with its text file
            rejects.append(
                Reject(
                    rel,
                    "orphan_sidecar",
                    f"{rel} is a metadata sidecar without a text file "
                    f"next to it; add {stem}.txt or remove the sidecar",
                )
            )
            continue
        sidecar = None
        for candidate in (f"{rel}{SIDECAR_SUFFIX}", f"{rel.rsplit('.', 1)[0]}{SIDECAR_SUFFIX}"):
            if candidate in safe and candidate != rel:
                sidecar = root / candidate
                break
        try:
            stat = path.stat()
        except OSError as error:  # removed or replaced since the listing
            rejects.append(
                Reject(
                    rel,
                    "unreadable",
                    f"{rel} could not be read ({error.strerror}); check that it is still there",
                )
            )
            continue
        files.append(InboxFile(rel, path, stat.st_size, stat.st_mtime_ns, sidecar, root))
    return files, rejects


def _read(path: Path, root: Path | None, limit: int | None) -> bytes:
    if root is not None and not _is_inside(path, root):
        # replaced by a link since it was listed: still nothing outside the inbox is read
        raise PermissionError(13, "it now links outside the inbox", str(path))
    with path.open("rb") as handle:
        return handle.read() if limit is None else handle.read(limit)


def read_bytes(file: InboxFile, limit: int | None = None) -> tuple[bytes, bytes | None]:
    """The file's bytes (at most ``limit``) and its sidecar's, if any."""
    data = _read(file.path, file.root, limit)
    sidecar = None
    if file.sidecar is not None:
        sidecar = _read(file.sidecar, file.root, limit)
    return data, sidecar


def sha256_of(data: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256(data)
    if sidecar is not None:
        digest.update(b"\0sidecar\0")
        digest.update(sidecar)
    return digest.hexdigest()
