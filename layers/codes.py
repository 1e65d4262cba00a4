"""Korean district code systems: recognise them, translate between them, check names.

Two code systems name the same districts (docs/data.md, "Code systems"):

``census``
    Statistics Korea census codes: 시군구 5 digits (서울 종로구 11010), 읍면동 7 or
    8 digits (사직동 1101053). The bundled boundaries and indicators use them.
``mois``
    The Ministry of the Interior's 행정표준코드: 시군구 ``SIG_CD`` 5 digits (종로구
    11110), 행정동 ``ADM_CD`` 10 digits (사직동 1111053000).
``mois_legal``
    The Ministry's 법정동 codes (10 digits). A 법정동 is not a 행정동: such files are
    recognised and reported, never translated.

A 5-digit code alone does not tell which system it is in (11110 is 노원구 in the
census and 종로구 for the Ministry): the names do. :func:`match_codes` decides the
system of each side from codes *and* names, translates through the crosswalk
shipped in ``resources/codes`` (built from names by ``resources/build_codes.py``)
and checks every match by name when the file has a name column: a code whose name
disagrees is *mismatched* and not used, never matched silently.
"""
from __future__ import annotations

import csv
import functools
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

__all__ = [
    "NAME_FIELD_CANDIDATES",
    "SYSTEM_LABELS",
    "CodeMatch",
    "CodeMatchReport",
    "Crosswalk",
    "load_crosswalk",
    "match_codes",
    "names_agree",
]

Status = Literal["matched", "translated", "mismatched", "unmatched"]

SYSTEM_LABELS: dict[str, str] = {
    "census": "통계청 센서스 코드 (Statistics Korea census codes)",
    "mois": "행정표준코드 (Ministry of the Interior administrative codes)",
    "mois_legal": "법정동코드 (Ministry of the Interior legal-district codes)",
    "unknown": "unknown code system",
}

#: District-name fields, in order of preference (lower case): the readers and the QGIS
#: plugin look for them beside the code field (standard library only, so QGIS can import it).
NAME_FIELD_CANDIDATES = (
    "adm3_name_kr", "adm2_name_kr", "adm1_name_kr", "adm_dr_nm", "adm_nm", "emd_kor_nm",
    "sig_kor_nm", "sigungu_nm", "sgg_nm", "sido_nm", "ctp_kor_nm", "full_nm", "name_kr", "name_ko",
    "kor_nm", "name", "nm", "이름", "명칭", "행정동명", "행정구역명", "시군구명", "읍면동명",
)  # fmt: skip

_SIDO_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|도)$")


def _norm(text: str, *, drop_je: bool = False) -> str:
    s = re.sub(r"[\s·ㆍ.,]", "", text)
    return re.sub(r"제(\d)", r"\1", s) if drop_je else s


def _token_agree(a: str, b: str, first: bool) -> bool:
    # "창신제1동" is the MOIS spelling of "창신1동"; "홍제제1동" of "홍제1동" (drop one side's 제)
    if a == b or _norm(a, drop_je=True) in (b, _norm(b, drop_je=True)) or _norm(b, drop_je=True) == a:
        return True
    # only the 시도 may be abbreviated ("서울" for "서울특별시")
    return first and bool(a) and bool(b) and _SIDO_SUFFIX.sub("", a) == _SIDO_SUFFIX.sub("", b)


def names_agree(source: str | None, target: str | None) -> bool:
    """Whether two district names denote the same district.

    The shorter may omit leading parts ("종로구" and "서울특별시 종로구" agree); the
    시도 may be abbreviated; spaces, "·" and "제" before a number ("창신제1동") do not
    count. Anything else that differs is a disagreement.
    """
    if not source or not target:
        return False
    a = [_norm(t) for t in str(source).split() if _norm(t)]
    b = [_norm(t) for t in str(target).split() if _norm(t)]
    if not a or not b:
        return False
    n = min(len(a), len(b))
    if all(_token_agree(a[-1 - i], b[-1 - i], first=i == n - 1 and len(a) == len(b)) for i in range(n)):
        return True
    joined_a, joined_b = "".join(a), "".join(b)
    for x in {joined_a, _norm(joined_a, drop_je=True)}:
        for y in {joined_b, _norm(joined_b, drop_je=True)}:
            if x.endswith(y) or y.endswith(x):
                return True
    return False


@dataclass(frozen=True)
class Crosswalk:
    """Census ↔ MOIS codes of one boundary year, with the names on both sides.

    Attributes
    ----------
    year : int
        Boundary year (the districts of that year).
    census_names, mois_names : dict
        ``{level: {code: full Korean name}}`` for ``"sigungu"`` and ``"emd"``.
    census_to_mois, mois_to_census : dict
        ``{level: {code: code}}``.
    legal_names : dict
        읍면동-level 법정동 code -> name (to recognise 법정동-keyed files).
    provenance : dict
        The build's metadata (inputs, versions, checksums).
    """

    year: int
    census_names: dict[str, dict[str, str]]
    mois_names: dict[str, dict[str, str]]
    census_to_mois: dict[str, dict[str, str]]
    mois_to_census: dict[str, dict[str, str]]
    legal_names: dict[str, str]
    provenance: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_files(cls, folder: Path, year: int) -> Crosswalk:
        """Read ``crosswalk_<year>.csv``, ``legal_dong_<year>.csv`` and the JSON beside them."""
        census: dict[str, dict[str, str]] = {"sigungu": {}, "emd": {}}
        mois: dict[str, dict[str, str]] = {"sigungu": {}, "emd": {}}
        c2m: dict[str, dict[str, str]] = {"sigungu": {}, "emd": {}}
        m2c: dict[str, dict[str, str]] = {"sigungu": {}, "emd": {}}
        with (folder / f"crosswalk_{year}.csv").open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                level = row["level"]
                census[level][row["census_code"]] = row["name"]
                mois[level][row["mois_code"]] = row["mois_name"]
                c2m[level][row["census_code"]] = row["mois_code"]
                m2c[level][row["mois_code"]] = row["census_code"]
        with (folder / f"legal_dong_{year}.csv").open(encoding="utf-8", newline="") as fh:
            legal = {row["mois_legal_code"]: row["name"] for row in csv.DictReader(fh)}
        meta_path = folder / f"crosswalk_{year}.json"
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        return cls(year, census, mois, c2m, m2c, legal, meta)

    def names(self, system: str, level: str) -> dict[str, str]:
        """Code -> name of ``system`` at ``level`` (empty for unknown ones)."""
        if system == "census":
            return self.census_names.get(level, {})
        if system == "mois":
            return self.mois_names.get(level, {})
        if system == "mois_legal" and level == "emd":
            return self.legal_names
        return {}

    def translate(self, code: str, source: str, target: str, level: str) -> str | None:
        """``code`` of system ``source`` in system ``target`` (None: no counterpart)."""
        if source == target:
            return code
        if source == "census" and target == "mois":
            return self.census_to_mois.get(level, {}).get(code)
        if source == "mois" and target == "census":
            return self.mois_to_census.get(level, {}).get(code)
        return None


def _codes_dir() -> Path:
    from importlib.resources import files

    return Path(str(files("smartzone.resources"))) / "codes"


@functools.lru_cache(maxsize=4)
def load_crosswalk(year: int = 2020, folder: str | None = None) -> Crosswalk | None:
    """The bundled crosswalk of ``year`` (None when it is not installed)."""
    path = Path(folder) if folder else _codes_dir()
    if not (path / f"crosswalk_{year}.csv").exists():
        return None
    return Crosswalk.from_files(path, year)


@dataclass(frozen=True)
class CodeMatch:
    """One row of the source: where its code went, with the names on both sides."""

    source_code: str
    source_name: str | None
    target_code: str | None
    target_name: str | None
    status: Status
    reason: str = ""

    def describe(self) -> str:
        """``11230 동대문구 -> 11060 서울특별시 동대문구`` and the reason, for reports."""
        left = f"{self.source_code} {self.source_name or ''}".strip()
        right = f"{self.target_code} {self.target_name or ''}".strip() if self.target_code else "-"
        return f"{left} -> {right}" + (f" ({self.reason})" if self.reason else "")


@dataclass
class CodeMatchReport:
    """How the codes of a file were matched to the districts in use.

    Attributes
    ----------
    level : str
        ``"sigungu"``, ``"emd"`` or ``"unknown"``.
    source_system, target_system : str
        Keys of :data:`SYSTEM_LABELS`.
    names_checked : bool
        True when the source had names and every match was checked by name.
    rows : list of CodeMatch
        One per source code, in source order.
    crosswalk : str
        Which crosswalk translated (empty when none was needed).
    ambiguous : bool
        Without names, the codes fit more than one system; the one of the layer in
        use was assumed (the report says so: add a name column to be sure).
    """

    level: str
    source_system: str
    target_system: str
    names_checked: bool
    rows: list[CodeMatch] = field(default_factory=list)
    crosswalk: str = ""
    ambiguous: bool = False

    @property
    def mapping(self) -> dict[str, str]:
        """Source code -> target code of the usable rows (matched and translated)."""
        return {r.source_code: r.target_code for r in self.rows
                if r.status in ("matched", "translated") and r.target_code is not None}

    def of(self, status: Status) -> list[CodeMatch]:
        """The rows with ``status``."""
        return [r for r in self.rows if r.status == status]

    @property
    def counts(self) -> dict[str, int]:
        """Rows per status."""
        return {s: len(self.of(s)) for s in ("matched", "translated", "mismatched", "unmatched")}

    def summary_lines(self, limit: int = 10) -> list[str]:
        """Lines for the command line and the app: counts, then the problem rows."""
        c = self.counts
        system = SYSTEM_LABELS.get(self.source_system, self.source_system)
        lines = [
            f"codes: {system}" + (f", translated to {SYSTEM_LABELS[self.target_system]} through "
                                  f"{self.crosswalk}" if c["translated"] else "")
            + ("; names checked" if self.names_checked else "; no name column, names not checked"),
            f"matched {c['matched']}, translated {c['translated']}, mismatched {c['mismatched']}, "
            f"unmatched {c['unmatched']}",
        ]
        if self.ambiguous:
            lines.append("warning: these codes exist in more than one code system and the file has no "
                         f"name column; read as {SYSTEM_LABELS[self.source_system]}. Add a name column "
                         "(e.g. SIG_KOR_NM) so every match can be checked.")
        for status in ("mismatched", "unmatched"):
            rows = self.of(status)
            for r in rows[:limit]:
                lines.append(f"  {status}: {r.describe()}")
            if len(rows) > limit:
                lines.append(f"  ... and {len(rows) - limit} more {status}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        """JSON-able, for the metadata of what is written."""
        return {
            "level": self.level,
            "source_system": self.source_system,
            "target_system": self.target_system,
            "names_checked": self.names_checked,
            "ambiguous": self.ambiguous,
            "crosswalk": self.crosswalk,
            "counts": self.counts,
            "translated": [[r.source_code, r.source_name, r.target_code, r.target_name]
                           for r in self.of("translated")],
            "mismatched": [[r.source_code, r.source_name, r.target_code, r.target_name]
                           for r in self.of("mismatched")],
            "unmatched": [[r.source_code, r.source_name, r.reason] for r in self.of("unmatched")],
        }


def _level(codes: Sequence[str]) -> str:
    lengths = [len(c) for c in codes if c.isdigit()]
    if not lengths:
        return "unknown"
    common = max(set(lengths), key=lengths.count)
    return {5: "sigungu", 7: "emd", 8: "emd", 10: "emd"}.get(common, "unknown")


def _detect(codes: Sequence[str], names: Sequence[str | None] | None, level: str,
            crosswalk: Crosswalk | None, prefer: str | None = None) -> tuple[str, bool]:
    """The code system whose codes (and names, when given) fit ``codes`` best.

    Returns the system and whether codes alone left it ambiguous (another system
    knows nearly as many of them: only names could tell).
    """
    if crosswalk is None or level == "unknown":
        return prefer or "unknown", False
    systems = ["census", "mois", "mois_legal"]
    if prefer in systems:  # ties go to the system of the other side
        systems.remove(prefer)
        systems.insert(0, prefer)
    scores: dict[str, int] = {}
    for system in systems:
        known = crosswalk.names(system, level)
        if names is not None:
            scores[system] = sum(1 for c, n in zip(codes, names, strict=True)
                                 if c in known and names_agree(n, known[c]))
        else:
            scores[system] = sum(1 for c in codes if c in known)
    best = max(systems, key=lambda s: scores[s])
    if scores[best] == 0:
        if names is not None:  # every name disagrees: decide by codes alone
            return _detect(codes, None, level, crosswalk, prefer)
        return "unknown", False
    runner_up = max(scores[s] for s in systems if s != best)
    return best, names is None and runner_up >= 0.5 * scores[best]


def match_codes(
    source_codes: Sequence[str],
    source_names: Sequence[str | None] | None,
    target_codes: Sequence[str],
    target_names: Mapping[str, str] | None = None,
    *,
    crosswalk: Crosswalk | None = None,
    year: int = 2020,
) -> CodeMatchReport:
    """Match the codes of a file (source) to the districts in use (target).

    Parameters
    ----------
    source_codes, source_names
        The file's normalised codes and, when it has a name column, its names
        (``None``: names are not checked).
    target_codes, target_names
        Codes of the districts in use and their names (full Korean names).
    crosswalk
        Default: the bundled crosswalk of ``year`` (:func:`load_crosswalk`).

    Returns
    -------
    CodeMatchReport
        Use :attr:`CodeMatchReport.mapping` to re-key the file's rows.
    """
    source_codes = [str(c) for c in source_codes]
    target_codes = [str(c) for c in target_codes]
    cw = crosswalk if crosswalk is not None else load_crosswalk(year)
    tnames = dict(target_names or {})
    level = _level(target_codes)
    target_set = set(target_codes)
    t_list = [tnames.get(c) for c in target_codes] if tnames else None
    target_system, _ = _detect(target_codes, t_list, level, cw)
    src_names = list(source_names) if source_names is not None else None
    source_system, ambiguous = _detect(source_codes, src_names, _level(source_codes), cw,
                                       prefer=target_system)
    report = CodeMatchReport(level, source_system, target_system, src_names is not None,
                             crosswalk=f"resources/codes/crosswalk_{cw.year}.csv" if cw else "",
                             ambiguous=ambiguous)
    taken: dict[str, str] = {}
    for i, code in enumerate(source_codes):
        name = src_names[i] if src_names is not None else None
        if source_system == target_system or cw is None or "unknown" in (source_system, target_system):
            target, status = (code if code in target_set else None), "matched"
        elif source_system == "mois_legal":
            report.rows.append(CodeMatch(code, name, None, None, "unmatched",
                                         "법정동 code: a 법정동 is not a 행정동; aggregate the file to 행정동 first"))
            continue
        else:
            target, status = cw.translate(code, source_system, target_system, level), "translated"
            if target is not None and target not in target_set:
                target = None
        if target is None:
            reason = ("no counterpart in the crosswalk" if status == "translated"
                      else "not a district of the layer in use")
            report.rows.append(CodeMatch(code, name, None, None, "unmatched", reason))
            continue
        tname = tnames.get(target)
        if name is not None and tname is not None and not names_agree(name, tname):
            report.rows.append(CodeMatch(code, name, target, tname, "mismatched", "names disagree"))
            continue
        if target in taken:
            report.rows.append(CodeMatch(code, name, target, tname, "mismatched",
                                         f"district already taken by code {taken[target]}"))
            continue
        taken[target] = code
        report.rows.append(CodeMatch(code, name, target, tname, status))  # type: ignore[arg-type]
    return report
