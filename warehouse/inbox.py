"""The inbox on disk: which files are there, and their bytes. Files are never modified.

Only regular files inside the inbox are read: a symbolic link that resolves outside it is
reported, not followed. Sidecars (``x.meta.json`` or ``x.txt.meta.json``) travel with
their text file.
"""

import hashlib
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


def _is_inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except ValueError:
        return False
    return True


def _walk(root: Path) -> Iterator[Path]:
    # sorted for a stable order; no following of linked folders (no cycles, nothing outside)
    for entry in sorted(root.iterdir(), key=lambda p: p.name):
        if entry.is_dir() and not entry.is_symlink():
            if not entry.name.startswith("."):
                yield from _walk(entry)
        else:
            yield entry


def list_inbox(inbox: Path) -> tuple[list[InboxFile], list[Reject]]:
    """Every input file of the inbox, and a reject for anything that cannot be read safely."""
    root = inbox.resolve()
    if not root.is_dir():
        raise FileNotFoundError(
            f"the inbox {inbox} does not exist or is not a folder: set LEDGER_INBOX to a folder"
        )
    files: list[InboxFile] = []
    rejects: list[Reject] = []
    paths = list(_walk(root))
    present = {p.relative_to(root).as_posix() for p in paths}
    for path in paths:
        rel = path.relative_to(root).as_posix()
        if path.name.startswith("."):
            continue  # hidden files (editor swap files, .DS_Store) are not articles
        if path.is_symlink() and not _is_inside(path, root):
            rejects.append(
                Reject(rel, "outside_inbox", f"{rel} is a link to a file outside the inbox; "
                       "copy the file into the inbox instead of linking to it")
            )
            continue
        if not path.is_file():
            rejects.append(Reject(rel, "not_a_file", f"{rel} is not a regular file; remove it"))
            continue
        if rel.endswith(SIDECAR_SUFFIX):
            stem = rel[: -len(SIDECAR_SUFFIX)]
            if stem in present or f"{stem}.txt" in present:
                continue  # read together with its text file
            rejects.append(
                Reject(rel, "orphan_sidecar", f"{rel} is a metadata sidecar without a text file "
                       f"next to it; add {stem}.txt or remove the sidecar")
            )
            continue
        sidecar = None
        for candidate in (f"{rel}{SIDECAR_SUFFIX}", f"{rel.rsplit('.', 1)[0]}{SIDECAR_SUFFIX}"):
            if candidate in present and candidate != rel:
                sidecar = root / candidate
                break
        stat = path.stat()
        files.append(InboxFile(rel, path, stat.st_size, stat.st_mtime_ns, sidecar))
    return files, rejects


def read_bytes(file: InboxFile) -> tuple[bytes, bytes | None]:
    """The file's bytes and its sidecar's, if any."""
    data = file.path.read_bytes()
    sidecar = None
    if file.sidecar is not None and not file.sidecar.is_symlink():
        sidecar = file.sidecar.read_bytes()
    return data, sidecar


def sha256_of(data: bytes, sidecar: bytes | None) -> str:
    digest = hashlib.sha256(data)
    if sidecar is not None:
        digest.update(b"\0sidecar\0")
        digest.update(sidecar)
    return digest.hexdigest()
