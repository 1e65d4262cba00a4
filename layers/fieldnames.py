"""DBF field-name shortening for shapefile export.

A dBASE (``.dbf``) field name holds at most **10 bytes** in the file's encoding:
5 Hangul syllables in CP949 (2 bytes each), 3 in UTF-8 (3 bytes each). GDAL
truncates longer names itself, byte-wise, and can cut a multi-byte character in
half (the name then no longer decodes). This module shortens names *before*
writing so that every name

* fits the byte budget in the chosen encoding,
* never ends in half a character,
* is unique (case-insensitively, as GDAL and ArcGIS compare them) after
  truncation: clashes get a suffix ``_1``, ``_2`` ... inside the byte budget,
* contains only characters the encoding can represent (others become ``_``).

It also writes and reads the mapping file (full name <-> short name) and reads
the raw field names back from a ``.dbf`` header for verification.
"""
from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterable, Mapping
from pathlib import Path

from smartzone.layers.errors import ExportError

DBF_NAME_MAX_BYTES = 10
"""Maximum length of a dBASE field name, in bytes of the file's encoding."""

__all__ = [
    "DBF_NAME_MAX_BYTES",
    "byte_length",
    "field_map_csv_text",
    "normalize_encoding",
    "read_dbf_field_names",
    "shorten_field_names",
    "truncate_to_bytes",
    "write_field_map_csv",
]


def normalize_encoding(encoding: str) -> str:
    """Return the canonical Python codec name for ``encoding``.

    Parameters
    ----------
    encoding
        Any alias Python knows (``"cp949"``, ``"CP949"``, ``"utf8"``, ``"UTF-8"``, ...).

    Returns
    -------
    str
        ``"cp949"``, ``"utf-8"``, ... (``codecs.lookup(...).name``).

    Raises
    ------
    ExportError
        If Python does not know the encoding.
    """
    try:
        return codecs.lookup(encoding).name
    except LookupError as exc:
        raise ExportError(
            f"Unknown text encoding {encoding!r}: use 'cp949' (Korean Windows) or 'utf-8'.",
            key="unknown_encoding", encoding=encoding,
        ) from exc


def byte_length(text: str, encoding: str = "cp949") -> int:
    """Length of ``text`` in bytes when encoded with ``encoding`` (strict)."""
    return len(text.encode(encoding))


def truncate_to_bytes(text: str, max_bytes: int, encoding: str = "cp949") -> str:
    """Longest prefix of ``text`` that fits ``max_bytes`` bytes in ``encoding``.

    Truncation happens on character boundaries, so a multi-byte character is
    never cut in half. ``text`` must be encodable in ``encoding``.
    """
    out: list[str] = []
    used = 0
    for ch in text:
        size = len(ch.encode(encoding))
        if used + size > max_bytes:
            break
        out.append(ch)
        used += size
    return "".join(out)


def _sanitize(name: str, encoding: str) -> str:
    """Replace characters ``encoding`` cannot represent (and control characters) by ``_``."""
    chars: list[str] = []
    for ch in name.strip():
        if ch.isspace():
            chars.append("_")
            continue
        if not ch.isprintable():
            chars.append("_")
            continue
        try:
            ch.encode(encoding)
        except UnicodeEncodeError:
            chars.append("_")
        else:
            chars.append(ch)
    return "".join(chars) or "field"


def shorten_field_names(
    names: Iterable[str],
    *,
    encoding: str = "cp949",
    max_bytes: int = DBF_NAME_MAX_BYTES,
    reserved: Iterable[str] = (),
    overrides: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Map each full field name to a unique DBF-safe short name.

    Parameters
    ----------
    names
        Field names in output order (the geometry column excluded).
    encoding
        Encoding of the ``.dbf`` (``"cp949"`` or ``"utf-8"``); byte lengths are
        measured in it.
    max_bytes
        Byte budget per name (10 for dBASE).
    reserved
        Names already taken (compared case-insensitively).
    overrides
        Caller-chosen short names for some fields (``{full: short}``); each must
        fit the budget, be encodable and be unique.

    Returns
    -------
    dict[str, str]
        ``{full name: short name}`` in the order of ``names``. Names that already
        fit are kept unchanged (unless they clash with an earlier one).

    Raises
    ------
    ExportError
        If an override is too long, not encodable or duplicated, or if no unique
        name can be found (more than 10**(budget) clashes).
    """
    encoding = normalize_encoding(encoding)
    names = list(names)
    overrides = dict(overrides or {})
    taken: set[str] = {r.casefold() for r in reserved}
    result: dict[str, str] = {}

    # Overrides first, so automatic names avoid them.
    for full, short in overrides.items():
        if full not in names:
            continue
        try:
            size = byte_length(short, encoding)
        except UnicodeEncodeError as exc:
            raise ExportError(
                f"Short field name {short!r} for {full!r} cannot be written in {encoding}.",
                key="short_name_encoding", name=short, field=full, encoding=encoding.upper(),
            ) from exc
        if not short or size > max_bytes:
            raise ExportError(
                f"Short field name {short!r} for {full!r} is {size} bytes in {encoding}; "
                f"the DBF limit is {max_bytes} bytes.",
                key="short_name_too_long", name=short, field=full, size=size, encoding=encoding.upper(),
                limit=max_bytes,
            )
        if short.casefold() in taken:
            raise ExportError(f"Short field name {short!r} for {full!r} is used twice.",
                              key="short_name_twice", name=short, field=full)
        taken.add(short.casefold())

    for full in names:
        if full in result:
            raise ExportError(f"Field name {full!r} appears twice in the table.",
                              key="field_twice", field=full)
        if full in overrides:
            result[full] = overrides[full]
            continue
        base = truncate_to_bytes(_sanitize(full, encoding), max_bytes, encoding)
        candidate = base
        counter = 0
        while candidate.casefold() in taken:
            counter += 1
            suffix = f"_{counter}"
            if len(suffix) >= max_bytes:
                raise ExportError(f"Could not find a unique short field name for {full!r}.",
                                  key="short_name_none_free", field=full)
            candidate = truncate_to_bytes(base, max_bytes - len(suffix), encoding) + suffix
        taken.add(candidate.casefold())
        result[full] = candidate
    return result


def field_map_csv_text(mapping: Mapping[str, str], *, encoding: str = "cp949") -> str:
    """The field-name mapping as CSV text (columns ``full_name,short_name,bytes,encoding``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["full_name", "short_name", "bytes", "encoding"])
    for full, short in mapping.items():
        writer.writerow([full, short, byte_length(short, encoding), encoding])
    return buffer.getvalue()


def write_field_map_csv(mapping: Mapping[str, str], path: str | Path, *, encoding: str = "cp949") -> Path:
    """Write the mapping file: CSV, UTF-8 **with BOM** (so Excel shows Korean).

    Parameters
    ----------
    mapping
        ``{full name: short name}`` as returned by :func:`shorten_field_names`.
    path
        Target file (written directly: callers handle atomicity).
    encoding
        The DBF encoding the ``bytes`` column is measured in.
    """
    path = Path(path)
    path.write_text(field_map_csv_text(mapping, encoding=encoding), encoding="utf-8-sig", newline="")
    return path


def read_dbf_field_names(path: str | Path, encoding: str = "cp949") -> list[bytes]:
    """Raw field-name bytes from a ``.dbf`` header (NUL padding stripped).

    Parameters
    ----------
    path
        The ``.dbf`` file.
    encoding
        Unused for reading; kept so callers state which encoding they will decode with.

    Returns
    -------
    list[bytes]
        One entry per field descriptor, exactly as stored (up to 11 bytes, the
        11th being the terminator), before any decoding.
    """
    del encoding
    data = Path(path).read_bytes()
    if len(data) < 32:
        raise ExportError(f"{path}: not a dBASE file (header shorter than 32 bytes).",
                          key="dbf_damaged", path=str(path))
    header_len = int.from_bytes(data[8:10], "little")
    names: list[bytes] = []
    pos = 32
    while pos + 32 <= header_len and data[pos] != 0x0D:
        raw = data[pos : pos + 11]
        names.append(raw.split(b"\x00", 1)[0])
        pos += 32
    return names
