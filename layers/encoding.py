"""Text encodings of Korean files: Shapefile DBF attributes and CSV tables.

Korean Shapefiles very often come in CP949 (a superset of EUC-KR) without a
``.cpg`` file, and GDAL then reads them as ISO-8859-1, garbling every name.
This module decides the encoding in the order a planner expects:

1. an explicit ``encoding=`` from the caller;
2. the ``.cpg`` side-car file;
3. the raw bytes of the DBF text fields (and field names): strict UTF-8 first,
   then CP949.

Pure Python (stdlib only) so that it is cheap to import from the command line.
"""
from __future__ import annotations

import codecs
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from smartzone.layers.errors import EncodingError, LayerReadError

__all__ = [
    "EncodingResult",
    "decode_text",
    "detect_bytes_encoding",
    "find_sidecar",
    "normalize_encoding_name",
    "shapefile_encoding",
]

# Only this many bytes of DBF records are inspected (enough for ~10^4 districts).
_MAX_DBF_BYTES = 8 * 1024 * 1024

# Code-page names written into .cpg files by ArcGIS, QGIS and GDAL.
_CPG_ALIASES = {
    "65001": "utf-8",
    "utf8": "utf-8",
    "949": "cp949",
    "ansi949": "cp949",
    "ms949": "cp949",
    "ks_c_5601-1987": "cp949",
    "ksc5601": "cp949",
    "euckr": "cp949",  # CP949 is a superset of EUC-KR; decoding with it is never worse.
    "51949": "cp949",
    "1252": "cp1252",
    "ansi1252": "cp1252",
    "88591": "latin-1",
    "iso88591": "latin-1",
    "932": "cp932",
    "936": "gbk",
    "950": "cp950",
}


@dataclass(frozen=True)
class EncodingResult:
    """The text encoding of a file and how it was decided.

    Attributes
    ----------
    encoding : str
        A Python codec name (``"utf-8"``, ``"cp949"``, ``"utf-8-sig"`` ...).
    source : str
        ``"explicit"`` (caller), ``"cpg"`` (side-car file), ``"detected"``
        (from the bytes), ``"ascii"`` (only ASCII bytes, UTF-8 assumed),
        ``"bom"`` (UTF-8 byte-order mark) or ``"format"`` (the format fixes it,
        e.g. GeoPackage and GeoJSON are UTF-8).
    """

    encoding: str
    source: str

    def describe(self) -> str:
        """Return e.g. ``"cp949 (detected from the DBF bytes)"``."""
        how = {
            "explicit": "given by the caller",
            "cpg": "from the .cpg file",
            "detected": "detected from the bytes",
            "ascii": "ASCII only, read as UTF-8",
            "bom": "UTF-8 byte-order mark",
            "format": "fixed by the file format",
        }.get(self.source, self.source)
        return f"{self.encoding} ({how})"


def normalize_encoding_name(name: str) -> str:
    """Map a user or ``.cpg`` encoding name to a Python codec name.

    Parameters
    ----------
    name : str
        E.g. ``"CP949"``, ``"EUC-KR"``, ``"949"``, ``"UTF-8"``, ``"65001"``.

    Returns
    -------
    str
        A codec name Python knows (``"cp949"``, ``"utf-8"``, ...).

    Raises
    ------
    EncodingError
        If Python has no codec of that name.
    """
    key = name.strip().lower().replace(" ", "").replace("-", "").replace("_", "")
    if key in _CPG_ALIASES:
        return _CPG_ALIASES[key]
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        raise EncodingError(
            f"Unknown text encoding {name!r}. Use 'cp949' (also for EUC-KR) or 'utf-8'.",
            key="unknown_encoding", encoding=name
        ) from None


def find_sidecar(path: str | Path, suffix: str) -> Path | None:
    """Return the side-car file next to ``path`` with ``suffix`` (any letter case), if any.

    Parameters
    ----------
    path : str or Path
        The main file, e.g. ``districts.shp``.
    suffix : str
        E.g. ``".cpg"``, ``".prj"``, ``".dbf"``.
    """
    path = Path(path)
    for candidate in (path.with_suffix(suffix.lower()), path.with_suffix(suffix.upper())):
        if candidate.is_file():
            return candidate
    parent = path.parent
    if parent.is_dir():
        stem, want = path.stem.lower(), suffix.lower()
        for entry in parent.iterdir():
            if entry.stem.lower() == stem and entry.suffix.lower() == want and entry.is_file():
                return entry
    return None


def _decodes(chunks: list[bytes], encoding: str) -> bool:
    for chunk in chunks:
        try:
            chunk.decode(encoding)
        except UnicodeDecodeError as exc:
            # Fixed-width DBF fields may cut the last multi-byte character in two.
            if exc.reason == "unexpected end of data" and exc.end == len(chunk):
                continue
            return False
    return True


def detect_bytes_encoding(chunks: list[bytes]) -> EncodingResult | None:
    """Decide between UTF-8 and CP949 for some text fragments.

    Parameters
    ----------
    chunks : list of bytes
        Separate text values (each is decoded on its own, so a value cut at a
        fixed field width does not spoil the test).

    Returns
    -------
    EncodingResult or None
        ``ascii``/``utf-8``/``cp949``, or None when neither decodes every value.
    """
    non_ascii = [c for c in chunks if not c.isascii()]
    if not non_ascii:
        return EncodingResult("utf-8", "ascii")
    for encoding in ("utf-8", "cp949"):
        if _decodes(non_ascii, encoding):
            return EncodingResult(encoding, "detected")
    return None


def _dbf_text_chunks(dbf: Path | IO[bytes], label: str | Path = "") -> list[bytes]:
    """Return field names and text-field values (raw bytes) of a dBASE file."""
    with dbf.open("rb") if isinstance(dbf, Path) else dbf as fh:
        head = fh.read(32)
        if len(head) < 32:
            raise EncodingError(
                f"'{label or dbf}' is not a dBASE file (too short). The Shapefile is damaged.",
                key="dbf_damaged", path=label or dbf
            )
        n_records, header_len, record_len = struct.unpack("<IHH", head[4:12])
        descriptors = fh.read(max(header_len - 32, 0))
        fields: list[tuple[int, int]] = []  # (offset in record, width) of text fields
        chunks: list[bytes] = []
        offset = 1  # first byte of each record is the deletion flag
        for start in range(0, len(descriptors) - 31, 32):
            desc = descriptors[start : start + 32]
            if desc[0] == 0x0D:
                break
            name = desc[:11].split(b"\x00", 1)[0]
            chunks.append(name)
            ftype, width = chr(desc[11]), desc[16]
            if ftype == "C":
                fields.append((offset, width))
            offset += width
        if not fields or record_len <= 0:
            return chunks
        fh.seek(header_len)
        n_read = min(n_records, max(_MAX_DBF_BYTES // record_len, 1))
        data = fh.read(n_read * record_len)
    for row in range(len(data) // record_len):
        record = data[row * record_len : (row + 1) * record_len]
        for start, width in fields:
            value = record[start : start + width].rstrip(b" \x00")
            if value:
                chunks.append(value)
    return chunks


def shapefile_encoding(path: str | Path, encoding: str | None = None) -> EncodingResult:
    """Decide the attribute encoding of a Shapefile.

    Parameters
    ----------
    path : str or Path
        The ``.shp`` (or ``.dbf``) file.
    encoding : str, optional
        An explicit encoding from the caller; it always wins.

    Returns
    -------
    EncodingResult

    Raises
    ------
    EncodingError
        If the ``.cpg`` names an unknown code page, or the text decodes neither
        as UTF-8 nor as CP949 (the message asks for ``encoding=``).
    """
    if encoding:
        return EncodingResult(normalize_encoding_name(encoding), "explicit")
    if Path(path).suffix.lower() == ".zip":
        return _zipped_shapefile_encoding(Path(path))
    cpg = find_sidecar(path, ".cpg")
    if cpg is not None:
        text = cpg.read_bytes().decode("ascii", errors="ignore").strip()
        if text:
            return EncodingResult(normalize_encoding_name(text.splitlines()[0]), "cpg")
    dbf = Path(path) if Path(path).suffix.lower() == ".dbf" else find_sidecar(path, ".dbf")
    if dbf is None:
        return EncodingResult("utf-8", "ascii")  # no attributes at all
    result = detect_bytes_encoding(_dbf_text_chunks(dbf))
    if result is None:
        raise EncodingError(
            f"The attribute text of '{dbf}' is neither UTF-8 nor CP949 (EUC-KR). "
            f"Pass the encoding explicitly (e.g. encoding='cp1252') or add a .cpg file.",
            key="text_encoding_unknown", path=dbf
        )
    return result


def _zipped_shapefile_encoding(path: Path) -> EncodingResult:
    """Encoding of the first Shapefile inside a ``.zip`` (as GDAL reads it)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise LayerReadError(f"'{path}' is not a readable ZIP archive ({exc}).",
            key="zip_unreadable", path=path, detail=str(exc)) from exc
    with archive:
        members = {name.lower(): name for name in archive.namelist()}
        shp = sorted(n for n in members if n.endswith(".shp"))
        if not shp:
            return EncodingResult("utf-8", "format")
        stem = shp[0][:-4]
        if stem + ".cpg" in members:
            text = archive.read(members[stem + ".cpg"]).decode("ascii", errors="ignore").strip()
            if text:
                return EncodingResult(normalize_encoding_name(text.splitlines()[0]), "cpg")
        if stem + ".dbf" not in members:
            return EncodingResult("utf-8", "ascii")
        with archive.open(members[stem + ".dbf"]) as fh:
            result = detect_bytes_encoding(_dbf_text_chunks(fh, f"{path}/{shp[0]}"))
    if result is None:
        raise EncodingError(
            f"The attribute text in '{path}' is neither UTF-8 nor CP949 (EUC-KR). "
            f"Pass the encoding explicitly or add a .cpg file to the archive.",
            key="text_encoding_unknown", path=path
        )
    return result


def decode_text(raw: bytes, path: str | Path, encoding: str | None = None) -> tuple[str, EncodingResult]:
    """Decode a text file (CSV) that may be UTF-8 (with or without BOM) or CP949.

    Parameters
    ----------
    raw : bytes
        The whole file content.
    path : str or Path
        Used in error messages only.
    encoding : str, optional
        Explicit encoding; wins over detection.

    Returns
    -------
    (str, EncodingResult)

    Raises
    ------
    EncodingError
        If the explicit encoding fails, or neither UTF-8 nor CP949 decodes the file.
    """
    if encoding:
        codec = normalize_encoding_name(encoding)
        if codec == "utf-8" and raw.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return raw.decode(codec), EncodingResult(codec, "explicit")
        except UnicodeDecodeError as exc:
            raise EncodingError(
                f"'{path}' is not valid {encoding} text (byte {exc.start}). "
                f"Leave the encoding empty to detect it, or try 'cp949' / 'utf-8'.",
                key="text_not_in_encoding", path=path, encoding=encoding, byte=exc.start
            ) from exc
    if raw.startswith(codecs.BOM_UTF8):
        try:
            return raw.decode("utf-8-sig"), EncodingResult("utf-8-sig", "bom")
        except UnicodeDecodeError:
            pass
    if raw.isascii():
        return raw.decode("ascii"), EncodingResult("utf-8", "ascii")
    for codec in ("utf-8", "cp949"):
        try:
            return raw.decode(codec), EncodingResult(codec, "detected")
        except UnicodeDecodeError:
            continue
    raise EncodingError(
        f"'{path}' is neither UTF-8 nor CP949 (EUC-KR) text. "
        f"Save it again as UTF-8 CSV, or pass encoding= explicitly.",
        key="text_encoding_unknown", path=path
    )
