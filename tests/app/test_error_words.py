"""Reader and IO errors in the Korean UI's message bar: which file, what is wrong, what to do (issue 14 §3).

The readers raise English messages (the command line prints them unchanged) with a ``key`` and
``params``; :mod:`smartzone.app.drawing.error_words` words them through the app's one translation
system. These tests read real bad files with the real readers.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from smartzone.app.core.errorboundary import describe
from smartzone.app.drawing.error_words import error_text
from smartzone.layers.errors import LayerReadError, SmartZoneError

_HANGUL = re.compile("[\uac00-\ud7a3]")
# English words of the readers' messages that must not reach the Korean UI
_ENGLISH = re.compile(
    r"\b(not|found|the|file|has|no|is|Check|Choose|Save|field|Fields|codes?|layer)\b"
)


def _shapefile(tmp_path: Path, *, prj: bool = True) -> Path:
    import geopandas as gpd
    from shapely.geometry import box

    frame = gpd.GeoDataFrame(
        {"SIG_CD": ["11110", "11140"], "SIG_KOR_NM": ["종로구", "중구"]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)],
        crs="EPSG:5179",
    )
    path = tmp_path / "경계_2020.shp"
    frame.to_file(path, encoding="cp949")
    if not prj:
        path.with_suffix(".prj").unlink()
    return path


def _raised(fn, *args, **kwargs) -> SmartZoneError:
    with pytest.raises(SmartZoneError) as info:
        fn(*args, **kwargs)
    return info.value


def _cases(tmp_path: Path) -> list[tuple[SmartZoneError, str, str]]:
    from smartzone.layers.crs import parse_crs
    from smartzone.layers.tables import read_table
    from smartzone.layers.vector import read_districts

    shp = _shapefile(tmp_path)
    no_dbf = tmp_path / "dbf없음.shp"
    for suffix in (".shp", ".shx", ".prj"):
        no_dbf.with_suffix(suffix).write_bytes(shp.with_suffix(suffix).read_bytes())
    (tmp_path / "x").mkdir()
    no_prj = _shapefile(tmp_path / "x", prj=False)
    latin = tmp_path / "지표.csv"
    latin.write_bytes(b"code,value\n11110,\x81\xff\xfe\n")
    nocode = tmp_path / "코드없음.csv"
    nocode.write_text("이름,값\n가,1\n나,2\n", encoding="utf-8")
    return [
        (_raised(read_districts, tmp_path / "없는파일.shp"), "없는파일.shp", "찾을 수 없습니다"),
        (_raised(read_districts, no_dbf), "dbf없음.shp", "속성 파일(.dbf)이 없습니다"),
        (_raised(read_districts, no_prj), "경계_2020.shp", "좌표계가 없습니다"),
        (
            _raised(read_districts, shp, code_field="ADM_CD"),
            "경계_2020.shp",
            "'ADM_CD' 필드가 없습니다",
        ),
        (_raised(read_table, latin), "지표.csv", "UTF-8도 CP949(EUC-KR)도 아닙니다"),
        (_raised(read_table, nocode), "코드없음.csv", "행정코드"),
        (_raised(parse_crs, "EPSG:99999999"), "EPSG:99999999", "알 수 없는 좌표계"),
    ]


def test_reader_errors_are_worded_in_korean(tmp_path: Path, qapp) -> None:
    for exc, name, words in _cases(tmp_path):
        assert exc.key, exc  # each carries what went wrong
        ko = error_text(exc, "ko")
        assert name in ko and words in ko, (exc.key, ko)
        rest = ko.replace(name, "")
        assert not _ENGLISH.findall(re.sub(r"'[^']*'|\([^)]*\)|EPSG:\d+|\.\w{3}\b", "", rest)), (
            exc.key,
            ko,
        )
        # the command line keeps the reader's own English words; the English UI says it without
        # Korean and with the app's actions (not the command line's options such as assume_crs=)
        assert describe(exc).message == " ".join(str(exc).split())
        en = error_text(exc, "en")
        assert name in en and not _HANGUL.search(re.sub(r"'[^']*'", "", en)), en  # file and layer names aside
        assert "=" not in en.replace(">=", "").replace("<=", ""), en


def test_an_error_without_a_key_is_worded_from_its_family(qapp) -> None:
    """A reader error nobody keyed yet still says in Korean what kind of problem it is and what to do."""
    exc = LayerReadError(
        "'x.gpkg' could not be read (OSError: truncated). Check that the file is complete."
    )
    ko = error_text(exc, "ko")
    assert ko.startswith("파일을 읽을 수 없습니다.") and "원문: 'x.gpkg' could not be read" in ko, (
        ko
    )
    plain = error_text(ValueError("weights must sum to 1"), "ko")
    assert "원문: weights must sum to 1" in plain and "버그" not in plain, (
        plain
    )  # caught on purpose: not a bug


def test_environment_errors_are_korean(tmp_path: Path, qapp) -> None:
    import errno

    full = OSError(errno.ENOSPC, "No space left on device", str(tmp_path / "점수.gpkg"))
    assert error_text(full, "ko").startswith("'점수.gpkg'을(를) 쓰는 중 디스크가 가득 찼습니다")
    assert error_text(describe(full), "en").startswith("The disk is full while writing '점수.gpkg'")
    assert error_text(describe(RuntimeError("boom")), "ko").startswith(
        "예상하지 못한 오류입니다 (RuntimeError: boom)"
    )


@pytest.mark.gui
def test_the_message_bar_says_it_in_korean(window, tmp_path: Path, qtbot) -> None:
    """A Shapefile without its .dbf, added in the Korean UI: the bar and the box are Korean."""
    from smartzone.app.drawing import i18n

    shp = _shapefile(tmp_path)
    shp.with_suffix(".dbf").unlink()
    messages: list[tuple[str, str]] = []
    window.layers_panel.message.connect(lambda level, text: messages.append((level, text)))
    assert i18n.install_translator("ko")
    try:
        window.layers_panel.add_files([str(shp)])
        qtbot.waitUntil(lambda: any(level == "error" for level, _ in messages), timeout=30000)
    finally:
        i18n.install_translator("en")
    text = next(t for level, t in messages if level == "error")
    assert (
        "경계_2020.shp" in text
        and "속성 파일(.dbf)이 없습니다" in text
        and "같은 폴더에 복사하세요" in text
    ), text
    assert "has no .dbf" not in text and "Copy all parts" not in text, text
    assert text.count("경계_2020.shp") == 1, (
        text
    )  # named once, not "경계_2020.shp: Shapefile '경계_2020.shp' …"
    window.layers_panel._last_error_box.close()
    # a worker's failure (the map's vector overlay) goes the same way: user_message words it
    from smartzone.app.gui.workers import user_message

    assert i18n.install_translator("ko")
    try:
        worded = user_message(LayerReadError("x", key="file_not_found", path=str(shp)))
    finally:
        i18n.install_translator("en")
    assert worded.startswith("파일 '경계_2020.shp'을(를) 찾을 수 없습니다"), worded


def test_project_and_plan_errors_are_worded_by_their_family(tmp_path: Path, qapp) -> None:
    """Errors of the app's own families (a damaged project file, a bad catalogue row) say in Korean
    what kind of file is wrong and what to check, before the original words."""
    from smartzone.app.core.model.project import Project
    from smartzone.layers.catalogue import read_catalogue

    bad = tmp_path / "심사.smartzone.json"
    bad.write_text("{ not json", encoding="utf-8")
    ko = error_text(_raised(Project.load, bad), "ko")
    assert ko.startswith("'심사.smartzone.json'은(는) 올바른 JSON이 아닙니다: 1행") and "원문:" not in ko, ko  # keyed since
    cat = tmp_path / "목록.csv"
    cat.write_text(
        "id,name_ko,name_en,category,cost,value\nx,가,X,climate,-1,1\n", encoding="utf-8"
    )
    exc = _raised(read_catalogue, cat)
    ko = error_text(exc, "ko")
    assert (
        ko.startswith("'목록.csv'의 일부 행이 올바르지 않습니다: 2행 (솔루션 'x'): 비용(cost) '-1'은(는) 0억원보다 커야 합니다")
        and "다시 불러오세요" in ko
    ), ko
    en = error_text(exc, "en")
    assert "row 2 (solution 'x'): cost '-1' must be more than 0 (in 100 million won)" in en, en
    assert not _HANGUL.search(re.sub(r"'[^']*'", "", en)), en  # no 억원 in the English UI


def test_every_bad_catalogue_row_is_worded_in_each_language(tmp_path: Path, qapp) -> None:
    """The catalogue's bad rows (issue 14 §3): each row's problem in the UI's language, not the
    reader's English inside a Korean sentence; and the catalogue-wide problems (an id twice, a
    prerequisite cycle, an unknown reference) keyed too."""
    from smartzone.layers.catalogue import read_catalogue

    cat = tmp_path / "목록.csv"
    cat.write_text(
        "id,name_ko,name_en,category,cost,value,max_units,min_units,requires\n"
        "a,가,A,climate,abc,1,1,1,\n"
        ",나,B,climate,3,1,1,1,\n"
        "c,다,C,weather,3,1,1,1,\n"
        "d,라,D,climate,3,0,1,1,\n"
        "e,마,E,climate,3,1,1.5,1,\n"
        "f,바,F,climate,3,1,1,2,\n"
        "g,사,G,climate,3,1,1,1,g\n",
        encoding="utf-8",
    )
    exc = _raised(read_catalogue, cat)
    ko = error_text(exc, "ko")
    for words in ("2행 (솔루션 'a'): 'cost' 값 'abc'은(는) 숫자가 아닙니다", "3행: id가 비어 있습니다",
                  "4행 (솔루션 'c'): 알 수 없는 분야 'weather'입니다", "5행 (솔루션 'd'): 'value' 값 '0'은(는) 0보다 커야 합니다",
                  "6행 (솔루션 'e'): 'max_units' 값 '1.5'은(는) 정수여야 합니다",
                  "7행 (솔루션 'f'): min_units 2은(는) 1부터 max_units(1)까지의 정수여야 합니다",
                  "8행 (솔루션 'g'): 솔루션 'g'은(는) 자기 자신을"):
        assert words in ko, (words, ko)
    _korean_only(ko, "min_units", "max_units", "requires", "excludes")
    en = error_text(exc, "en")
    assert "row 4 (solution 'c'): unknown category 'weather' (use one of climate" in en, en
    assert not _HANGUL.search(re.sub(r"'[^']*'", "", en)), en

    for body, key, words in [
        ("a,가,A,climate,3,1,1,1,\na,나,B,climate,3,1,1,1,\n", "catalogue_duplicate_id", "솔루션 'a'이(가) 두 번 있습니다"),
        ("a,가,A,climate,3,1,1,1,b\nb,나,B,climate,3,1,1,1,a\n", "catalogue_cycle", "선행 조건이 순환합니다 (a -> b -> a)"),
        ("a,가,A,climate,3,1,1,1,z\n", "catalogue_unknown_reference", "'z'은(는) 목록에 없습니다"),
    ]:
        cat.write_text("id,name_ko,name_en,category,cost,value,max_units,min_units,requires\n" + body, encoding="utf-8")
        exc = _raised(read_catalogue, cat)
        ko = error_text(exc, "ko")
        assert exc.key == key and ko.startswith("'목록.csv'") and words in ko, ko
        assert "원문" not in ko and not _HANGUL.search(re.sub(r"'[^']*'", "", error_text(exc, "en")))


def test_every_key_the_readers_raise_has_words(qapp) -> None:
    """A new ``key=`` at a raise site needs its sentence in ErrorWords (and so in the .ts)."""
    from smartzone.app.drawing.error_words import ErrorWords

    root = Path(__file__).resolve().parents[2]
    keys = set()
    # the readers' and writers' raise sites, the planner's and the core's
    for path in [*(root / "layers").rglob("*.py"), *(root / "scoring").rglob("*.py"), *(root / "app" / "core").rglob("*.py")]:
        keys |= set(re.findall(r'\bkey="(\w+)"', path.read_text(encoding="utf-8")))
    assert len(keys) >= 64, keys

    class Value:  # stands for any parameter: a path, a count, a list of fields
        def __str__(self) -> str:
            return "x.shp"

        def __format__(self, spec: str) -> str:
            return "1"

        def __iter__(self):
            return iter(["a", "b"])

    class Params(dict):
        def __missing__(self, key: str) -> Value:
            return Value()

        def __contains__(self, key: object) -> bool:
            return True

    words = ErrorWords("ko")
    missing = [key for key in sorted(keys) if not words._keyed(key, Params())]
    assert not missing, f"keys without words in app/drawing/error_words.py: {missing}"


def test_zonal_statistics_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A raster without a CRS, used for zonal statistics: the zonal dialog's message is Korean."""
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    from smartzone.layers.zonal import zonal_stats

    tif = tmp_path / "고도.tif"
    with rasterio.open(
        tif,
        "w",
        driver="GTiff",
        width=4,
        height=4,
        count=1,
        dtype="float32",
        transform=from_origin(900000, 1900000, 1000, 1000),
    ) as ds:
        ds.write(np.ones((1, 4, 4), dtype="float32"))
    from smartzone.layers.vector import read_districts

    (tmp_path / "d").mkdir()
    exc = _raised(zonal_stats, read_districts(_shapefile(tmp_path / "d")), tif)
    ko = error_text(exc, "ko")
    assert exc.key == "raster_no_crs" and ko.startswith("'고도.tif'에 좌표계가 없어"), ko


def test_export_errors_are_korean(tmp_path: Path, qapp) -> None:
    """What a user meets when exporting: a character CP949 cannot store, files already there."""
    import geopandas as gpd
    from shapely.geometry import box

    from smartzone.layers.export import export_shapefile

    frame = gpd.GeoDataFrame(
        {"code": ["11110"], "name": ["종로구 😀"], "score": [1.0]},
        geometry=[box(0, 0, 1, 1)],
        crs="EPSG:5179",
    )
    exc = _raised(export_shapefile, frame, tmp_path, "후보지")
    ko = error_text(exc, "ko")
    assert (
        exc.key == "export_encoding"
        and "CP949(으)로 저장할 수 없습니다" in ko
        and "UTF-8로 내보내거나" in ko
    ), ko
    export_shapefile(frame, tmp_path, "후보지", encoding="utf-8")
    again = error_text(_raised(export_shapefile, frame, tmp_path, "후보지", encoding="utf-8"), "ko")
    assert again.startswith("이미 있는 파일입니다: 후보지.") and "바꾸기를 허용하세요" in again, (
        again
    )


def _frame():
    import geopandas as gpd
    from shapely.geometry import box

    return gpd.GeoDataFrame(
        {"code": ["11110"], "name": ["종로구"], "score": [1.0]},
        geometry=[box(0, 0, 1, 1)],
        crs="EPSG:5179",
    )


def _korean_only(ko: str, *names: str) -> None:
    rest = ko
    for name in names:
        rest = rest.replace(name, "")
    rest = re.sub(r"'[^']*'|\([^)]*\)|EPSG:\d+|\.\w{3}\b|CP949|UTF-8|QGIS|Excel|Shapefile|DBF", "", rest)
    assert not _ENGLISH.findall(rest) and not re.search(r"[A-Za-z]{4,}", rest), ko


def test_export_folder_and_field_name_errors_are_korean(tmp_path: Path, qapp) -> None:
    """What the file system and the DBF format refuse when exporting, worded in Korean with what to do:
    an output name taken by a folder, a folder that is a file, a short field name too long for a DBF,
    an unknown encoding."""
    from smartzone.layers.export import export_shapefile

    frame = _frame()
    out = tmp_path / "결과"
    (out / "후보지.shp").mkdir(parents=True)  # a folder where the .shp goes
    exc = _raised(export_shapefile, frame, out, "후보지", overwrite=True)
    ko = error_text(exc, "ko")
    assert exc.key == "export_target_not_file" and ko.startswith("'후보지.shp'은(는) SmartZone이 쓴 파일이 아니라 폴더"), ko
    _korean_only(ko, "SmartZone")
    assert "folder, not a file" in error_text(exc, "en")

    blocker = tmp_path / "메모.txt"
    blocker.write_text("x", encoding="utf-8")
    exc = _raised(export_shapefile, frame, blocker / "제출", "후보지")  # the folder's parent is a file
    ko = error_text(exc, "ko")
    assert exc.key == "export_folder_error" and ko.startswith("폴더 '제출'에 쓸 수 없습니다") and "다른 폴더를 고르세요" in ko, ko
    _korean_only(ko)

    exc = _raised(export_shapefile, frame, tmp_path / "a", "후보지", field_names={"score": "종합점수결과값"})
    ko = error_text(exc, "ko")
    assert exc.key == "short_name_too_long" and "최대 10바이트" in ko and "더 짧은 이름을 고르세요" in ko, ko
    _korean_only(ko)
    assert not _HANGUL.search(re.sub(r"'[^']*'", "", error_text(exc, "en")))

    exc = _raised(export_shapefile, frame, tmp_path / "b", "후보지", encoding="klingon")
    ko = error_text(exc, "ko")
    assert exc.key == "unknown_encoding" and ko.startswith("알 수 없는 문자 인코딩 'klingon'"), ko


@pytest.mark.parametrize(
    ("error", "key", "words"),
    [
        (OSError(16, "Device or resource busy"), "export_locked", "다른 프로그램에서 열려 있습니다"),
        (PermissionError(13, "Permission denied"), "export_permission", "쓸 권한이 없습니다"),
        (OSError(28, "No space left on device"), "export_disk_full", "디스크가 가득 찼습니다"),
    ],
)
def test_a_locked_forbidden_or_full_folder_is_korean_and_changes_nothing(
    tmp_path: Path, qapp, monkeypatch, error, key, words
) -> None:
    """The OS refuses to move the finished export into place (a .dbf open in Excel on Windows,
    a read-only share, a full disk): the old files stay and the message says what to do."""
    import os

    from smartzone.layers import atomic
    from smartzone.layers.export import export_shapefile

    frame = _frame()
    export_shapefile(frame, tmp_path, "후보지")
    before = (tmp_path / "후보지.dbf").read_bytes()
    real = os.replace
    calls = {"n": 0}

    def replace_once_refused(src, dst, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:  # the first move of the commit
            raise type(error)(error.errno, error.strerror, str(dst))
        return real(src, dst, *args, **kwargs)

    monkeypatch.setattr(atomic.os, "replace", replace_once_refused)
    exc = _raised(export_shapefile, frame.assign(score=[2.0]), tmp_path, "후보지", overwrite=True)
    monkeypatch.setattr(atomic.os, "replace", real)
    ko = error_text(exc, "ko")
    assert exc.key == key and words in ko and "아무것도 바뀌지 않았습니다" in ko, ko
    assert f"'{tmp_path.name}'" in ko, ko
    assert (tmp_path / "후보지.dbf").read_bytes() == before  # nothing was changed
    en = error_text(exc, "en")
    assert "nothing was changed" in en and not _HANGUL.search(re.sub(r"'[^']*'", "", en)), en


def test_plan_scores_file_errors_are_korean(tmp_path: Path, qapp) -> None:
    """The planner's scores file: missing, or a GeoJSON without a code column, worded in Korean."""
    import geopandas as gpd
    from shapely.geometry import box

    from smartzone.layers.plan_io import read_scores

    exc = _raised(read_scores, tmp_path / "점수없음.gpkg")
    ko = error_text(exc, "ko")
    assert exc.key == "file_not_found" and "'점수없음.gpkg'" in ko and "찾을 수 없습니다" in ko, ko
    path = tmp_path / "점수.geojson"
    gpd.GeoDataFrame({"sig": ["11110"], "score": [1.0]}, geometry=[box(0, 0, 1, 1)], crs="EPSG:5179").to_file(path)
    exc = _raised(read_scores, path)
    ko = error_text(exc, "ko")
    assert exc.key == "no_code_column" and "'점수.geojson'" in ko and "원문" not in ko, ko


def test_plan_scores_file_bad_rows_are_korean(tmp_path: Path, qapp) -> None:
    """The planner's scores file: a repeated district, no score column, a score that is not a number
    or is negative; each worded in Korean with the file, the district and what to do."""
    import geopandas as gpd
    from shapely.geometry import box

    from smartzone.layers.plan_io import read_scores

    dup = tmp_path / "중복.geojson"
    gpd.GeoDataFrame({"code": ["11110", "11110"], "score": [1.0, 2.0]},
                     geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)], crs="EPSG:5179").to_file(dup)
    noscore = tmp_path / "점수열없음.csv"
    noscore.write_text("code,name,값\n11110,종로구,3\n", encoding="utf-8")
    text = tmp_path / "문자점수.csv"
    text.write_text("code,score\n11110,높음\n11140,50\n", encoding="utf-8")
    negative = tmp_path / "음수.csv"
    negative.write_text("code,score\n11110,10\n11140,-5\n", encoding="utf-8")
    cases = [
        (dup, "scores_duplicate_code", ["'중복.geojson'", "11110", "두 번 이상"]),
        (noscore, "scores_no_score_column", ["'점수열없음.csv'", "점수 열이 없습니다", "값"]),
        (text, "scores_not_number", ["'문자점수.csv'", "11110", "'높음'", "숫자가 아닙니다"]),
        (negative, "scores_negative", ["'음수.csv'", "11140", "-5", "음수입니다"]),
    ]
    for path, key, words in cases:
        exc = _raised(read_scores, path)
        ko = error_text(exc, "ko")
        assert exc.key == key and "원문" not in ko and all(w in ko for w in words), (key, ko)
        assert not _ENGLISH.search(re.sub(r"'[^']*'", "", ko)), ko
        en = error_text(exc, "en")
        assert path.name in en and not _HANGUL.search(re.sub(r"'[^']*'|\b\d+\b", "", en).replace("값", "")), en
        assert str(exc).startswith(f"'{path}'"), str(exc)  # the command line's English is unchanged


def test_writing_the_catalogue_is_korean(tmp_path: Path, qapp) -> None:
    """Saving the solution catalogue over an existing file, or under a name too long for the
    folder: Korean with the file or folder and what to do; the existing file is unchanged."""
    from smartzone.layers.catalogue import default_catalogue_path, read_catalogue, write_catalogue

    cat = read_catalogue(default_catalogue_path())
    out = write_catalogue(cat, tmp_path / "솔루션.csv")
    before = out.read_bytes()
    exc = _raised(write_catalogue, cat, out)
    ko = error_text(exc, "ko")
    assert exc.key == "export_exists" and "솔루션.csv" in ko and "원문" not in ko, ko
    assert "Refusing to overwrite" in str(exc)  # the command line's English is unchanged
    assert out.read_bytes() == before
    exc = _raised(write_catalogue, cat, tmp_path / ("목록" * 100 + ".csv"))
    ko = error_text(exc, "ko")
    assert exc.key == "export_name_too_long" and f"'{tmp_path.name}'" in ko and "원문" not in ko, ko
    assert str(exc).startswith("Cannot write"), str(exc)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["솔루션.csv"]  # nothing left behind


def _tif(path: Path, size: int) -> Path:
    import numpy as np
    import rasterio
    from rasterio.transform import from_origin

    with rasterio.open(path, "w", driver="GTiff", width=size, height=size, count=1, dtype="float32",
                       crs="EPSG:5179", transform=from_origin(950000, 1950000, 100, 100)) as dst:
        dst.write(np.ones((1, size, size), np.float32))
    return path


def test_raster_stack_and_grid_writer_errors_are_korean(tmp_path: Path, qapp) -> None:
    """The grid scoring's rasters and its output: none given, a raster off the first one's grid, a
    missing folder, a name too long, an output name taken by a folder; Korean, CLI English unchanged."""
    import numpy as np

    from smartzone.layers.raster import open_raster
    from smartzone.layers.raster_stack import GridWriter, RasterStack

    exc = _raised(RasterStack.open, {})
    ko = error_text(exc, "ko")
    assert exc.key == "no_rasters" and "래스터가 없습니다" in ko, ko
    assert str(exc).startswith("No rasters given"), str(exc)

    a, b = _tif(tmp_path / "인구.tif", 4), _tif(tmp_path / "녹지.tif", 5)
    exc = _raised(RasterStack.open, {"pop": a, "green": b})
    ko = error_text(exc, "ko")
    assert exc.key == "raster_grid_differs" and "원문" not in ko, ko
    assert all(w in ko for w in ("'녹지.tif' (green)", "'인구.tif' (pop)", "크기", "gdalwarp")), ko
    assert not _ENGLISH.search(re.sub(r"'[^']*'", "", ko)), ko
    assert "is not on the pixel grid" in str(exc) and "size 5 x 5 px vs 4 x 4" in str(exc)
    en = error_text(exc, "en")
    assert "different: size." in en, en

    like = open_raster(a)
    exc = _raised(GridWriter, tmp_path / "없는폴더" / "점수.tif", like)
    ko = error_text(exc, "ko")
    assert exc.key == "export_folder_missing" and "'없는폴더'" in ko and "없습니다" in ko, ko
    exc = _raised(GridWriter, tmp_path / ("점수" * 100 + ".tif"), like)
    assert exc.key == "export_name_too_long" and "원문" not in error_text(exc, "ko"), error_text(exc, "ko")

    taken = tmp_path / "점수.tif"
    (taken / "내파일.txt").parent.mkdir()
    (taken / "내파일.txt").write_text("x", encoding="utf-8")
    with pytest.raises(SmartZoneError) as info, GridWriter(taken, like, block=16) as writer:
        writer.write((0, 0, 4, 4), np.full((4, 4), 0.5, np.float32))
        writer.commit()
    exc = info.value
    ko = error_text(exc, "ko")
    assert exc.key == "export_target_not_file" and "'점수.tif'" in ko and "원문" not in ko, ko
    assert (taken / "내파일.txt").read_text(encoding="utf-8") == "x"  # the folder was left untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["녹지.tif", "인구.tif", "점수.tif"]  # no temporaries


def _damaged_before_check(monkeypatch, name: str, damage) -> None:
    """Let the export write its staged files, damage them as a failing disk or a syncing folder
    would, then run the export's real read-back check on them."""
    from smartzone.layers import export

    real = getattr(export, name)

    def damaged(path, *args, **kwargs):
        damage(Path(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(export, name, damaged)


def _read_back_error(exc: SmartZoneError, check: str, name: str, *words: str) -> str:
    assert exc.key == "export_read_back" and exc.params["check"] == check, (exc.key, exc.params, str(exc))
    ko = error_text(exc, "ko")
    assert ko.startswith(f"'{name}'을(를) 쓴 뒤 다시 읽어 보니 쓴 내용과 다릅니다: ") and "원문" not in ko, ko
    assert "폴더는 바뀌지 않았습니다" in ko and "다시 내보내세요" in ko, ko
    assert all(w in ko for w in words), (words, ko)
    en = error_text(exc, "en")
    assert en.startswith(f"'{name}' was written but does not read back as written") and not _HANGUL.search(
        re.sub(r"'[^']*'", "", en)), en
    return ko


def test_export_read_back_failures_are_korean(tmp_path: Path, qapp, monkeypatch) -> None:
    """After writing, the export re-opens its files and checks them (issue 14 §3): a .cpg gone, a
    .prj of another CRS, a row gone from a GeoPackage, a style not stored, a CSV cell changed; each
    is worded in Korean with the file, what differs and what to do, the command line's English is
    as before, and nothing reached the folder."""
    import sqlite3

    from smartzone.layers import export
    from smartzone.layers.export import export_shapefile, write_csv, write_gpkg

    frame = _frame()
    out = tmp_path / "결과"
    out.mkdir()

    _damaged_before_check(monkeypatch, "_verify_shapefile", lambda shp: shp.with_suffix(".cpg").unlink())
    exc = _raised(export_shapefile, frame, out, "후보지")
    _read_back_error(exc, "cpg", "후보지.shp", "'후보지.cpg' 파일이 없거나 CP949(이)라고")
    assert str(exc).startswith(f"Shapefile {out / '후보지.shp'}: 후보지.cpg is missing or does not say CP949."), str(exc)
    monkeypatch.undo()

    from pyproj import CRS

    _damaged_before_check(monkeypatch, "_verify_shapefile",
                          lambda shp: shp.with_suffix(".prj").write_text(CRS.from_epsg(4326).to_wkt("WKT1_ESRI")))
    exc = _raised(export_shapefile, frame, out, "후보지")
    _read_back_error(exc, "crs", "후보지.shp", "좌표계가 EPSG:5179이(가) 아니라")
    assert "read back CRS" in str(exc) and "expected EPSG:5179" in str(exc), str(exc)
    monkeypatch.undo()

    def drop_row(gpkg: Path) -> None:
        with sqlite3.connect(gpkg) as db:
            db.execute('DELETE FROM "후보지"')

    _damaged_before_check(monkeypatch, "_verify_gpkg", drop_row)
    exc = _raised(write_gpkg, frame, out / "후보지.gpkg", layer="후보지")
    _read_back_error(exc, "features", "후보지.gpkg", "구역이 1개가 아니라 0개입니다")
    assert str(exc).endswith("read back 0 features, expected 1."), str(exc)
    monkeypatch.undo()

    def drop_style(gpkg: Path) -> None:
        with sqlite3.connect(gpkg) as db:
            db.execute("DELETE FROM layer_styles")

    _damaged_before_check(monkeypatch, "_verify_gpkg", drop_style)
    style = {"field": "score", "breaks": [1.0], "colors": ["#1a9850"]}
    exc = _raised(write_gpkg, frame, out / "후보지.gpkg", layer="후보지", style=style)
    _read_back_error(exc, "style", "후보지.gpkg", "레이어 스타일이 저장되지 않았습니다")
    monkeypatch.undo()

    real_read_csv = export.pd.read_csv

    def read_changed(path, *args, **kwargs):  # a syncing folder rewrote the cell before it was read back
        Path(path).write_text(Path(path).read_text(encoding="utf-8").replace("종로구", "종로"), encoding="utf-8")
        return real_read_csv(path, *args, **kwargs)

    monkeypatch.setattr(export.pd, "read_csv", read_changed)
    exc = _raised(write_csv, frame, out / "점수.csv", bom=False)
    monkeypatch.undo()
    _read_back_error(exc, "text", "점수.csv", "1행 필드 'name'의 값이 '종로구'이(가) 아니라 '종로'(으)로 읽힙니다",
                     "문자 인코딩 문제")
    assert str(exc) == f"CSV {out / '점수.csv'}: column 'name' does not read back identically.", str(exc)
    assert list(out.iterdir()) == []  # no export reached the folder


def test_every_read_back_and_style_problem_has_korean_words(qapp) -> None:
    """Each ``check`` of ``export_read_back`` and ``problem`` of ``style_invalid`` the writers give
    is worded in Korean (not the fallback of its English detail)."""
    from smartzone.app.drawing.error_words import ErrorWords

    root = Path(__file__).resolve().parents[2]
    text = (root / "layers" / "export.py").read_text(encoding="utf-8")
    checks = set(re.findall(r'_read_back\(.*?,\s*(?:shp|path),\s*"(\w+)"', text, re.S))
    assert {"unreadable", "features", "crs", "fields", "cpg", "dbf_name", "geometry", "text", "style", "zip",
            "table"} <= checks, checks
    problems = set(re.findall(r'problem="(\w+)"', (root / "layers" / "qml.py").read_text(encoding="utf-8")))
    assert len(problems) >= 10, problems
    words = ErrorWords("ko")
    values = {"detail": "x", "got": 1, "expected": 2, "file": "a.cpg", "name": "n", "count": 3, "field": "f",
              "row": 4, "color": "red", "breaks": 2, "value": 2, "scheme": "s", "path": "a.shp"}
    for check in checks:
        ko = words._keyed("export_read_back", {**values, "check": check})
        assert _HANGUL.search(ko.split(": ", 1)[1].split(". ")[0]), (check, ko)
    for problem in problems:
        ko = words._keyed("style_invalid", {**values, "problem": problem})
        assert _HANGUL.search(ko.split(": ", 1)[1].split(". ")[0]), (problem, ko)


def test_style_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A map style a script or plug-in hands to the export (issue 14 §3): a colour that is not a
    colour, class breaks out of order, a field with nothing to classify; Korean, CLI English as before."""
    import numpy as np

    from smartzone.layers.export import export_shapefile
    from smartzone.layers.qml import default_style

    frame = _frame()
    exc = _raised(export_shapefile, frame, tmp_path, "후보지",
                  style={"field": "score", "breaks": [0.5, 1.0], "colors": ["초록", "#1a9850"]})
    ko = error_text(exc, "ko")
    assert exc.key == "style_invalid" and ko.startswith("지도 스타일을 만들 수 없습니다: '초록'은(는) #1a9850 같은 색이"), ko
    assert str(exc) == "Style colour '초록' is not a hex colour like '#1a9850'.", str(exc)
    exc = _raised(export_shapefile, frame, tmp_path, "후보지",
                  style={"field": "score", "breaks": [1.0, 0.5], "colors": ["#1a9850", "#d73027"]})
    ko = error_text(exc, "ko")
    assert "필드 'score'의 구간 경계가 오름차순이 아닙니다 (1, 0.5)" in ko and "다른 분류 방법이나 색을" in ko, ko
    _korean_only(ko)
    exc = _raised(default_style, np.array([np.nan, np.nan]), "score")
    ko = error_text(exc, "ko")
    assert exc.key == "style_no_values" and ko.startswith("필드 'score'에 지도 스타일로 나눌 숫자가 없습니다"), ko
    assert str(exc) == "Field 'score' has no numeric values to classify.", str(exc)
    assert list(tmp_path.iterdir()) == []


def test_internal_export_errors_say_it_is_a_bug_in_korean(tmp_path: Path, qapp) -> None:
    """Programming errors of the export's own machinery, reached through its public functions: they
    say in Korean which file or folder, that it is SmartZone's bug, that nothing changed."""
    import pandas as pd

    from smartzone.layers.atomic import FileSet
    from smartzone.layers.fieldnames import read_dbf_field_names, shorten_field_names
    from smartzone.layers.plan_io import write_plan

    out = tmp_path / "제출"
    out.mkdir()
    with FileSet(out) as fs:
        exc = _raised(fs.commit)
        assert exc.key == "export_nothing", exc.key
        ko = error_text(exc, "ko")
        assert ko.startswith("내보내기가 폴더 '제출'에 넣을 파일을") and "버그" in ko, ko
        staged = fs.area() / "a.csv"
        staged.write_text("x", encoding="utf-8")
        fs.add(staged)
        exc = _raised(fs.add, staged)
    ko = error_text(exc, "ko")
    assert exc.key == "export_same_name" and "'a.csv'(으)로 같습니다" in ko and "아무것도 바뀌지 않았습니다" in ko, ko
    assert str(exc) == f"Two outputs of one export are both named a.csv in {out}.", str(exc)

    exc = _raised(write_plan, out, pd.DataFrame({"code": ["11110"]}), None, {})
    ko = error_text(exc, "ko")
    assert exc.key == "plan_csv_column" and ko.startswith("'plan.csv'에 쓸 계획 표에 'name' 열이 없습니다"), ko
    deps = pd.DataFrame({c: ["x"] for c in ("code", "name", "solution", "category", "cost", "benefit")})
    exc = _raised(write_plan, out, deps, None, {"when": object()})
    ko = error_text(exc, "ko")
    assert exc.key == "plan_summary_value" and ko.startswith("'plan_summary.json'을(를) 쓸 수 없습니다"), ko
    assert str(exc).startswith("Cannot write plan_summary.json: "), str(exc)

    exc = _raised(shorten_field_names, ["가나다", "가나라"], max_bytes=2)
    ko = error_text(exc, "ko")
    assert exc.key == "short_name_none_free" and ko.startswith("'가나라'에 쓸 수 있는 짧은 필드 이름이"), ko
    dbf = tmp_path / "잘림.dbf"
    dbf.write_bytes(b"\x03\x7a")
    exc = _raised(read_dbf_field_names, dbf)
    ko = error_text(exc, "ko")
    assert exc.key == "dbf_damaged" and "'잘림.dbf'" in ko and "손상" in ko, ko
    assert sorted(p.name for p in out.iterdir()) == []


def _keyed_korean(exc: SmartZoneError, key: str, *words: str) -> str:
    """``exc`` carries ``key``; its Korean names what is asked and has no English original."""
    assert exc.key == key, (exc.key, str(exc))
    ko = error_text(exc, "ko")
    assert "원문" not in ko and all(w in ko for w in words), (key, words, ko)
    en = error_text(exc, "en")  # names of files, layers and districts aside (quoted, no spaces)
    assert not _HANGUL.search(re.sub(r"'[^'\s]*'|\([^)]*\)", "", en)), en
    return ko


def test_project_file_errors_are_korean(tmp_path: Path, qapp) -> None:
    """Opening or saving a project file (issue 14 §3): not JSON, not a SmartZone project, newer,
    a value of the wrong type or an entry missing, not UTF-8; saving into a missing folder. Korean
    with the file and what to do; the command line's English is as before."""
    import json

    from smartzone.app.core.model.project import Project

    def project_file(name: str, text: str | bytes) -> Path:
        path = tmp_path / name
        (path.write_bytes if isinstance(text, bytes) else lambda t: path.write_text(t, encoding="utf-8"))(text)
        return path

    from smartzone.app.core.model import projectfile

    base = {"format": projectfile.FORMAT, "schema_version": projectfile.SCHEMA_VERSION}
    cases = [
        (project_file("깨짐.smartzone.json", '{"format": '), "project_not_json",
         ("'깨짐.smartzone.json'은(는) 올바른 JSON이 아닙니다: 1행", "텍스트 편집기에서 고치거나"),
         "is not valid JSON"),
        (project_file("다른것.smartzone.json", json.dumps({"format": "qgis"})), "project_not_smartzone",
         ("'다른것.smartzone.json'은(는) SmartZone 프로젝트 파일이 아닙니다", ".smartzone.json 파일을 여세요"),
         "is not a SmartZone project file"),
        (project_file("새것.smartzone.json", json.dumps({**base, "schema_version": 99})), "project_schema_version",
         ("더 새로운 SmartZone이 저장한 파일입니다 (스키마 버전 99", "업데이트한 뒤 여세요"), "written by a newer SmartZone"),
        (project_file("형식.smartzone.json", json.dumps({**base, "layers": {"a": 1}})), None,
         ("'형식.smartzone.json'",), "layers"),
        (project_file("빠짐.smartzone.json", json.dumps({**base, "layers": [{"id": "a", "kind": "districts"}]})),
         None, ("'빠짐.smartzone.json'",), "layers[0]"),
        (project_file("인코딩.smartzone.json", b'{"title": "\xb0\xa1"}'), "project_not_utf8",
         ("UTF-8 텍스트가 아니므로(바이트 11)", "프로젝트 파일(.smartzone.json)을 고르세요"), "is not UTF-8 text"),
        (tmp_path / "없음.smartzone.json", "file_not_found", ("'없음.smartzone.json'", "찾을 수 없습니다"),
         "does not exist"),
    ]
    for path, key, words, english in cases:
        exc = _raised(Project.load, path)
        assert exc.key is not None and (key is None or exc.key == key), (exc.key, str(exc))
        _keyed_korean(exc, exc.key, *words)
        assert english in str(exc) and str(path) in str(exc), str(exc)

    project = Project.demo("sigungu")
    exc = _raised(project.save, tmp_path / "없는폴더" / "심사.smartzone.json")
    _keyed_korean(exc, "export_folder_missing", "'없는폴더'")
    assert str(exc).startswith("Cannot save project"), str(exc)


def test_project_value_of_the_wrong_type_names_the_entry(tmp_path: Path, qapp) -> None:
    """A project file's entry of the wrong type or missing: the entry, what it must be, in Korean."""
    import json

    from smartzone.app.core.model import projectfile

    base = {"format": projectfile.FORMAT, "schema_version": projectfile.SCHEMA_VERSION}
    path = tmp_path / "형식.smartzone.json"
    path.write_text(json.dumps({**base, "title": 3}), encoding="utf-8")
    exc = _raised(projectfile.load_project, path)
    if exc.key == "project_value_type":
        _keyed_korean(exc, "project_value_type", "'형식.smartzone.json'에서 title은(는)", "문자열이어야")
    else:  # the schema says it first
        _keyed_korean(exc, "project_invalid", "'형식.smartzone.json'이(가) 올바르지 않습니다", "다시 저장하세요")
    exc = _raised(projectfile.project_from_dict, {**base, "title": 3}, tmp_path,
                  source=projectfile._Source(f"Project file {path}", path))
    assert exc.key in ("project_value_type", "project_invalid") and exc.params["path"] == str(path), exc.params


def test_scoring_and_candidate_map_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A scenario whose indicator the data lacks, a scenario without criteria, an imported candidate
    map without a score field, with codes of no district, or without numbers (issue 14 §3)."""
    import pandas as pd
    import pyogrio

    from smartzone.app.core.candidate_import import import_candidate_map
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.scoring import check_criteria
    from smartzone.resources import demo_data
    from smartzone.scoring.model import Criterion

    matrix = pd.DataFrame({"pop": [1.0, 2.0]}, index=["11110", "11140"])
    exc = _raised(check_criteria, [Criterion("pop_2099", weight=1.0)], matrix, "심사안")
    _keyed_korean(exc, "missing_indicators", "시나리오 '심사안'의 지표 pop_2099이(가) 지표 자료에 없습니다",
                  "있는 지표: pop")
    assert str(exc).startswith("Scenario '심사안': indicator(s) pop_2099 are not in the indicator data"), str(exc)
    _keyed_korean(_raised(check_criteria, [], matrix), "no_criteria", "지표를 하나 이상 추가하세요")

    project = Project.demo("sigungu")
    g = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")[["code", "name", "geometry"]]
    nofield = tmp_path / "점수없음.gpkg"
    pyogrio.write_dataframe(g.assign(note="x"), nofield)
    exc = _raised(import_candidate_map, project, nofield)
    _keyed_korean(exc, "candidate_no_value_field", "'점수없음.gpkg'에서 점수나 순위 필드를 찾지 못했습니다", "note")
    exc = _raised(import_candidate_map, project, nofield, value_field="grade")
    _keyed_korean(exc, "candidate_no_field", "'점수없음.gpkg'에 'grade' 필드가 없습니다")
    other = tmp_path / "다른코드.gpkg"
    pyogrio.write_dataframe(g.assign(code=[f"9{i:04d}" for i in range(len(g))], score=1.0), other)
    exc = _raised(import_candidate_map, project, other)
    _keyed_korean(exc, "candidate_no_match", "'다른코드.gpkg'의 코드", "시군구", "같은 단위와 코드 체계의 지도")
    assert "None of the" in str(exc) and "sigungu districts" in str(exc), str(exc)
    empty = tmp_path / "값없음.gpkg"
    pyogrio.write_dataframe(g.assign(score=float("nan")), empty)
    exc = _raised(import_candidate_map, project, empty)
    _keyed_korean(exc, "candidate_no_values", "'값없음.gpkg'의 필드 'score'에")
    pyogrio.write_dataframe(g.assign(score=1.0), tmp_path / "좋음.gpkg")
    exc = _raised(import_candidate_map, project, tmp_path / "좋음.gpkg", name=next(iter(project.scenarios)))
    _keyed_korean(exc, "scenario_exists", "시나리오가 이미 있습니다")


def test_preset_file_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A user's preset file (issue 14 §3): not TOML, a criterion's direction or weight wrong, a key
    missing, an indicator twice, an unknown preset id; Korean with the file and what is wrong."""
    from smartzone.app.core.model.presets import load_preset

    def preset(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    head = 'method = "wlc"\n'
    crit = '[[criteria]]\nindicator = "pop_2020"\n'
    cases = [
        (preset("깨짐.toml", "method = \n"), "preset_not_toml", ["'깨짐.toml'이(가) 올바른 TOML이 아닙니다"], "not valid TOML"),
        (preset("방향.toml", head + crit + 'direction = "up"\n'), "preset_invalid",
         ["'방향.toml'이(가) 올바르지 않습니다: 'pop_2020'의 방향(direction)은 benefit이나 cost여야 하는데 'up'입니다"],
         "direction must be 'benefit' or 'cost'"),
        (preset("가중치.toml", head + crit + "weight = -1\n"), "preset_invalid",
         ["'pop_2020'의 가중치는 0 이상의 수여야 하는데 -1.0입니다"], "weight must be a non-negative number"),
        (preset("방법없음.toml", crit), "preset_invalid", ["'method' 키가 없습니다"], "missing key 'method'"),
        (preset("두번.toml", head + crit + crit), "preset_invalid", ["지표 'pop_2020'이(가) 시군구에 두 번 있습니다"],
         "is listed twice for level 'sigungu'"),
        (preset("빈것.toml", head), "preset_invalid", ["[[criteria]] 항목이 하나 이상 있어야 합니다"],
         "at least one [[criteria]] entry"),
    ]
    for path, key, words, english in cases:
        exc = _raised(load_preset, path)
        _keyed_korean(exc, key, *words)
        assert english in str(exc) and str(path) in str(exc), str(exc)
    exc = _raised(load_preset, "no-such-preset")
    _keyed_korean(exc, "preset_unknown", "알 수 없는 프리셋 'no-such-preset'입니다", "industry-hub")


def test_project_layer_and_zonal_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A project without a district layer, a raster layer's zonal statistics set wrong (issue 14 §3)."""
    from smartzone.app.core.model.project import LayerRef, Project
    from smartzone.app.core.pipeline import score_project, zonal_specs

    project = Project.demo("sigungu")
    bare = Project(level="sigungu", layers=[], scenarios=list(project.scenarios.values()))
    exc = _raised(score_project, bare)
    _keyed_korean(exc, "no_districts_layer", "프로젝트에 지역 레이어가 없습니다", "경계 벡터 레이어를 추가하세요")
    tif = _tif(tmp_path / "토지피복.tif", 4)
    for options, words in [
        ({"zonal": {"stats": ["median"], "prefix": "lc"}}, "median은(는) 통계가 아닙니다"),
        ({"zonal": {"stats": ["mean"], "prefix": "1lc"}}, "접두어 '1lc'은(는) 영문자로 시작하고"),
        ({"zonal": {"stats": [], "prefix": "lc"}}, "고른 통계가 없습니다"),
    ]:
        layered = Project.demo("sigungu")
        layered.add_layer(LayerRef(id="lc", kind="raster", path=tif, name="토지피복", options=options))
        exc = _raised(zonal_specs, layered)
        _keyed_korean(exc, "zonal_option", "레이어 '토지피복'의 구역 통계 설정이 올바르지 않습니다", words,
                      "분석 ▸ 구역 통계에서 다시 설정하세요")
        assert str(exc).startswith("Layer '토지피복': "), str(exc)


def test_planner_shrinking_and_scores_errors_are_korean(tmp_path: Path, qapp) -> None:
    """The planner's shrinking rule and scores file (issue 14 §3): top:N not a number, an unknown
    indicator, neither rule nor file, a file naming no district, codes of the wrong level or unknown."""
    import pandas as pd

    from smartzone.app.core.planning import make_rules, scores_frame, shrinking_flags

    frame = pd.DataFrame({"code": ["11110", "11140"], "name": ["서울특별시 종로구", "서울특별시 중구"],
                          "score": [10.0, 20.0]})
    matrix = pd.DataFrame({"pop_change": [-1.0, 1.0]}, index=["11110", "11140"])
    _keyed_korean(_raised(shrinking_flags, "top:x", frame, matrix), "shrinking_top", "'top:x'은(는) 올바른 top:N")
    _keyed_korean(_raised(shrinking_flags, "top:0", frame, matrix), "shrinking_top", "1 이상의 정수")
    exc = _raised(shrinking_flags, "jobs<3", frame, matrix)
    _keyed_korean(exc, "shrinking_unknown_indicator", "'jobs'은(는) score도 지표도 아닙니다", "pop_change")
    _keyed_korean(_raised(shrinking_flags, str(tmp_path / "없음.txt"), frame, matrix), "shrinking_spec",
                  "있는 파일도 아닙니다")
    listed = tmp_path / "목록.txt"
    listed.write_text("부산광역시 중구\n99999\n", encoding="utf-8")
    exc = _raised(shrinking_flags, str(listed), frame, matrix)
    _keyed_korean(exc, "shrinking_file_no_match", "'목록.txt'의 항목 2개 중 지역 코드나 이름과 맞는 것이 없습니다")
    _keyed_korean(_raised(make_rules, 10, concentration=0.5), "concentration_without_shrinking",
                  "소멸위기 지역인지 정하는 규칙")

    sido = tmp_path / "시도점수.csv"
    sido.write_text("code,score\n11,50\n26,40\n", encoding="utf-8")
    exc = _raised(scores_frame, sido)
    assert exc.key in ("scores_level", "no_codes_found", "no_code_column"), (exc.key, str(exc))
    _keyed_korean(exc, exc.key, "'시도점수.csv'")
    unknown = tmp_path / "모름.csv"
    unknown.write_text("code,score\n11110,50\n99990,40\n", encoding="utf-8")
    exc = _raised(scores_frame, unknown)
    _keyed_korean(exc, "scores_unknown_codes", "'모름.csv'의 지역 코드 1개가 함께 제공된 시군구 레이어에 없습니다: 99990")


def test_scenario_and_layer_edits_are_korean(tmp_path: Path, qapp) -> None:
    """What the scenario manager, the criteria panel and the layer list refuse (issue 14 §3): a name
    taken or empty, a criterion twice, a weight not a number, a layer id taken, saving a new project."""
    from smartzone.app.core.model.project import LayerRef, Project

    project = Project.demo("sigungu")
    names = list(project.scenarios)
    exc = _raised(project.rename_scenario, names[0], names[1])
    _keyed_korean(exc, "scenario_exists", f"'{names[1]}' 시나리오가 이미 있습니다", "다른 이름을 고르세요")
    assert str(exc) == f"A scenario named {names[1]!r} already exists.", str(exc)
    _keyed_korean(_raised(project.rename_scenario, names[0], " "), "scenario_no_name", "이름을 입력하세요")
    first = project.scenario.criteria[0]
    exc = _raised(project.add_criterion, first)
    _keyed_korean(exc, "criterion_twice", f"기준 '{first.indicator}'이(가) 이미 있습니다")
    exc = _raised(project.set_weight, first.indicator, "많이")
    _keyed_korean(exc, "weight_invalid", f"'{first.indicator}'의 가중치는 0 이상의 수여야 하는데 '많이'입니다")
    exc = _raised(project.get_scenario, "없는안")
    _keyed_korean(exc, "no_such_scenario", "시나리오 '없는안'이(가) 없습니다", names[0])
    layer = project.layers[0]
    exc = _raised(project.add_layer, LayerRef(id=layer.id, kind="vector", path=tmp_path / "a.gpkg"))
    _keyed_korean(exc, "layer_exists", f"id가 '{layer.id}'인 레이어가 이미 있습니다")
    _keyed_korean(_raised(project.save), "project_never_saved", "다른 이름으로 저장")


def test_grid_recipe_errors_are_korean(tmp_path: Path, qapp) -> None:
    """A grid recipe file that is not TOML, or names a raster it does not give (issue 14 §3)."""
    from smartzone.app.core.grid import GridRecipe

    bad = tmp_path / "격자.toml"
    bad.write_text("[rasters\n", encoding="utf-8")
    exc = _raised(GridRecipe.load, bad)
    _keyed_korean(exc, "grid_recipe_unreadable", "격자 분석 설정 파일 '격자.toml'을(를) 읽을 수 없습니다")
    assert str(exc).startswith(f"Cannot read the grid recipe {bad}"), str(exc)
    bad.write_text('[rasters]\npop = "pop.tif"\n\n[[criteria]]\nindicator = "green"\n', encoding="utf-8")
    exc = _raised(GridRecipe.load, bad)
    _keyed_korean(exc, "grid_missing_rasters", "'격자.toml'에 green의 래스터가 없습니다", "[rasters] 아래에")
    bad.write_text('[rasters]\npop = "pop.tif"\n', encoding="utf-8")
    _keyed_korean(_raised(GridRecipe.load, bad), "grid_no_criteria", "'격자.toml'에 기준이 없습니다")


def test_export_input_errors_are_korean(tmp_path: Path, qapp) -> None:
    """What the exporters refuse in the districts they are given (issue 14 §3): none, no CRS, an
    empty or non-polygon geometry, too many fields for a DBF, a style field not exported, an empty
    GeoPackage layer name, a CSV with a column twice; Korean, the CLI's English as before."""
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import Point

    from smartzone.layers.export import export_shapefile, write_csv, write_gpkg

    frame = _frame()
    exc = _raised(export_shapefile, frame.iloc[0:0], tmp_path, "후보지")
    _keyed_korean(exc, "export_empty", "'후보지.shp'(으)로 내보낼 지역이 없습니다", "제외 조건")
    assert str(exc).endswith("the table has no districts; nothing to export."), str(exc)
    exc = _raised(export_shapefile, frame.set_crs(None, allow_override=True), tmp_path, "후보지")
    _keyed_korean(exc, "export_no_crs", "'후보지.shp'(으)로 내보낼 지역에 좌표계가 없습니다")
    exc = _raised(write_gpkg, frame.set_crs(None, allow_override=True), tmp_path / "후보지.gpkg")
    _keyed_korean(exc, "export_no_crs", "'후보지.gpkg'(으)로 내보낼 지역에 좌표계가 없습니다")
    empty = frame.set_geometry(gpd.GeoSeries([None], crs=frame.crs))
    exc = _raised(export_shapefile, empty, tmp_path, "후보지")
    _keyed_korean(exc, "export_empty_geometry", "지역 1곳의 도형이 비어 있습니다 (첫 번째: 1행 11110)")
    point = frame.set_geometry(gpd.GeoSeries([Point(0, 0)], crs=frame.crs))
    exc = _raised(export_shapefile, point, tmp_path, "후보지")
    _keyed_korean(exc, "export_not_polygon", "1행 11110에 면적이 있는 폴리곤이 없습니다 (도형: Point)")
    wide = pd.concat([frame, pd.DataFrame({f"c{i}": [1.0] for i in range(260)})], axis=1)
    exc = _raised(export_shapefile, gpd.GeoDataFrame(wide, geometry="geometry", crs=frame.crs), tmp_path, "넓은표")
    _keyed_korean(exc, "export_too_many_fields", "'넓은표.shp'에 필드가 263개 생깁니다", "GeoPackage를 고르세요")
    style = {"field": "rank", "breaks": [1.0], "colors": ["#1a9850"]}
    exc = _raised(export_shapefile, frame, tmp_path, "후보지", style=style)
    _keyed_korean(exc, "export_style_field", "지도 스타일의 필드 'rank'이(가)")
    exc = _raised(write_gpkg, frame, tmp_path / "후보지.gpkg", layer=" ")
    _keyed_korean(exc, "export_layer_name", "'후보지.gpkg'의 레이어 이름이 비어 있습니다")
    table = pd.DataFrame([[1, 2]], columns=["score", "score"])
    exc = _raised(write_csv, table, tmp_path / "점수.csv")
    _keyed_korean(exc, "export_duplicate_columns", "열 이름 score이(가) 두 번 이상 있습니다")
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_full_disk_while_writing_an_export_part_is_korean(tmp_path: Path, qapp, monkeypatch) -> None:
    """The disk fills while the export writes its field-name list: Korean, nothing in the folder."""
    import errno

    from smartzone.layers.export import export_shapefile

    real = Path.write_text

    def full(self, *args, **kwargs):
        if self.name.endswith("_fields.csv"):
            raise OSError(errno.ENOSPC, "No space left on device", str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)
    exc = _raised(export_shapefile, _frame(), tmp_path, "후보지")
    monkeypatch.undo()
    _keyed_korean(exc, "export_part_failed", "'후보지_fields.csv'을(를) 쓰는 중 디스크가 가득 찼습니다",
                  "폴더는 바뀌지 않았습니다")
    assert "could not write 후보지_fields.csv (the disk is full)" in str(exc), str(exc)
    assert list(tmp_path.iterdir()) == []


def test_layer_tools_errors_are_korean(tmp_path: Path, qapp) -> None:
    """Zonal statistics asked wrongly, a raster file that is not one, a style for a layer the
    GeoPackage lacks, scratch space in a missing folder, neighbours of repeated codes, a code that
    is not one (issue 14 §3)."""
    from shapely.geometry import box

    from smartzone.layers.contiguity import queen_contiguity
    from smartzone.layers.describe import describe
    from smartzone.layers.export import write_gpkg
    from smartzone.layers.gpkg_style import write_layer_style
    from smartzone.layers.spill import ArraySpill
    from smartzone.layers.tables import normalize_code
    from smartzone.layers.zonal import zonal_stats

    frame = _frame()
    tif = _tif(tmp_path / "고도.tif", 4)
    _keyed_korean(_raised(zonal_stats, frame, tif, ["median"]), "zonal_unknown_stats",
                  "median은(는) 구역 통계가 아닙니다", "mean")
    _keyed_korean(_raised(zonal_stats, frame, tif, []), "zonal_no_stats", "구역 통계를 하나 이상 고르세요")
    _keyed_korean(_raised(zonal_stats, frame, tif, method="slow"), "zonal_method", "'slow'은(는) 구역 통계 방법이")
    _keyed_korean(_raised(zonal_stats, frame, tif, code_field="SIG_CD"), "zonal_no_code_field",
                  "지역 코드 필드 'SIG_CD'이(가) 없습니다", "code, name")
    junk = tmp_path / "깨짐.tif"
    junk.write_bytes(b"II*\x00not a tiff")
    exc = _raised(describe, junk)
    _keyed_korean(exc, "raster_unreadable", "'깨짐.tif'")
    _keyed_korean(_raised(describe, tmp_path / "없음.gpkg"), "file_not_found", "'없음.gpkg'")

    gpkg = tmp_path / "결과.gpkg"
    write_gpkg(frame, gpkg, layer="scores")
    exc = _raised(write_layer_style, gpkg, "점수", {"field": "score", "breaks": [1.0], "colors": ["#1a9850"]})
    _keyed_korean(exc, "no_such_layer", "'결과.gpkg'", "'점수'", "scores")
    exc = _raised(ArraySpill, tmp_path / "없는폴더")
    _keyed_korean(exc, "scratch_failed", "폴더 '없는폴더'에 임시 자료를 쓸 수 없습니다")

    exc = _raised(queen_contiguity, [box(0, 0, 1, 1), box(1, 0, 2, 1)], ["11110", "11110"])
    _keyed_korean(exc, "contiguity_codes_not_unique", "지역 코드가 두 번 이상 나옵니다 (11110)")
    exc = _raised(queen_contiguity, [box(0, 0, 1, 1), None], ["11110", "11140"])
    _keyed_korean(exc, "contiguity_no_geometry", "지역 1곳에 도형이 없습니다 (예: 11140)")
    _keyed_korean(_raised(normalize_code, None), "code_invalid", "None은(는) 행정코드가 아닙니다")


def test_more_keyed_sites_reached_through_the_api(tmp_path: Path, qapp) -> None:
    """The remaining keyed sites a script or the app reaches with plain values (issue 14 §3): each
    carries its key and is worded in Korean without the English original."""
    from shapely.geometry import box

    from smartzone.app.core.candidate_import import (
        candidate_report,
        external_result,
        import_candidate_map,
    )
    from smartzone.app.core.model.project import LayerRef, Project, Scenario
    from smartzone.app.core.pipeline import load_matrix
    from smartzone.layers.contiguity import queen_contiguity
    from smartzone.layers.export import export_shapefile
    from smartzone.scoring.planner.model import PlanRules, Solution

    project = Project.demo("sigungu")
    sc = project.scenario
    gpkg = tmp_path / "후보.gpkg"
    _frame().to_file(gpkg)
    cases = [
        (lambda: project.get_scenario(sc.name).criterion("pop_2099"), "no_such_criterion",
         f"시나리오 '{sc.name}'에 기준 'pop_2099'이(가) 없습니다"),
        (lambda: project.layer("없는레이어"), "no_such_project_layer", "레이어 '없는레이어'이(가) 없습니다"),
        (lambda: project.set_method(""), "no_method", "평가 방법을 고르세요"),
        (lambda: project.set_view_extent((1, 2, 0, 3)), "view_extent", "지도 범위 (1, 2, 0, 3)"),
        (lambda: LayerRef(id="x", kind="mesh", path=tmp_path / "x"), "layer_kind", "종류 'mesh'은(는) 쓸 수 없습니다"),
        (lambda: LayerRef(id="x", kind="vector", path=tmp_path / "x", opacity=2), "layer_opacity",
         "불투명도는 0과 1 사이여야 하는데 2입니다"),
        (lambda: Scenario(name=""), "scenario_no_name", "이름을 입력하세요"),
        (lambda: Project(level="dong"), "unknown_level", "알 수 없는 단위 'dong'입니다: sigungu (시군구), emd (읍면동)"),
        (lambda: load_matrix("sido"), "unknown_level", "알 수 없는 단위 'sido'"),
        (lambda: external_result(project, sc.name), "candidate_not_imported",
         f"시나리오 '{sc.name}'은(는) 가져온 후보지 지도가 아닙니다"),
        (lambda: candidate_report(project, sc.name), "candidate_not_imported", "가져온 후보지 지도가 아닙니다"),
        (lambda: import_candidate_map(project, gpkg, kind="grade"), "candidate_kind",
         "'grade'은(는) 후보지 지도의 종류가 아닙니다"),
        (lambda: Solution(id="a", name_ko="가", name_en="A", category="climate", cost=0, value=1),
         "plan_cost_not_positive", "솔루션 'a'의 비용은 0억원보다 커야 합니다 (지금 0)"),
        (lambda: PlanRules(budget=10, min_spend=-1), "plan_amount_negative", "최소 사업비은(는) 0억원 이상이어야"),
        (lambda: PlanRules(budget=10, district_max=-2), "plan_amount_negative", "지역별 최대 사업비은(는) 0억원 이상"),
        (lambda: queen_contiguity([box(0, 0, 1, 1)], ["1", "2"]), "contiguity_lengths", "도형은 1개인데 지역 코드는 2개"),
        (lambda: queen_contiguity([box(0, 0, 1, 1)], ["1"], islands="swim"), "contiguity_islands",
         "'swim'은(는) 섬 처리 방법이 아닙니다"),
        (lambda: export_shapefile(_frame(), tmp_path, "후보지", crs="EPSG:99999999"), "crs_unknown",
         "알 수 없는 좌표계 EPSG:99999999"),
    ]
    for call, key, words in cases:
        with pytest.raises(SmartZoneError) as info:
            call()
        _keyed_korean(info.value, key, words)


def test_read_back_of_a_truncated_file_a_zip_and_a_csv_is_korean(tmp_path: Path, qapp, monkeypatch) -> None:
    """More read-back failures on real staged files: a .shp cut to nothing, an extra file in the
    ZIP package, a CSV that gained a row before it was read back."""
    import zipfile

    from smartzone.layers import export
    from smartzone.layers.export import export_shapefile, write_csv

    frame = _frame()
    _damaged_before_check(monkeypatch, "_verify_shapefile", lambda shp: shp.write_bytes(b""))
    exc = _raised(export_shapefile, frame, tmp_path, "후보지")
    _read_back_error(exc, "unreadable", "후보지.shp", "파일을 열 수 없습니다 (")
    monkeypatch.undo()

    def extra_member(path: Path) -> None:
        with zipfile.ZipFile(path, "a") as zf:
            zf.writestr("desktop.ini", "x")

    _damaged_before_check(monkeypatch, "_verify_zip", extra_member)
    exc = _raised(export_shapefile, frame, tmp_path, "후보지", zip=True)
    _read_back_error(exc, "zip", "후보지.zip", "ZIP 묶음이 불완전하거나 손상되었습니다")
    monkeypatch.undo()

    real_read_csv = export.pd.read_csv

    def read_longer(path, *args, **kwargs):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write('"11140","중구",2\r\n')
        return real_read_csv(path, *args, **kwargs)

    monkeypatch.setattr(export.pd, "read_csv", read_longer)
    exc = _raised(write_csv, frame.drop(columns="geometry"), tmp_path / "점수.csv", bom=False)
    monkeypatch.undo()
    _read_back_error(exc, "table", "점수.csv", "표가 1 x 3(행 x 열)이(가) 아니라 2 x 3(으)로 읽힙니다")
    assert list(tmp_path.iterdir()) == []


def test_project_and_candidate_file_problems_are_korean(tmp_path: Path, qapp, monkeypatch) -> None:
    """A project file pointing at a network path, too large, saved under a name too long; an imported
    candidate map whose file was removed; a grid recipe's criterion without indicator; objective
    weights from an unknown source; Locate Regions with no scored district; robustness of an
    imported map (issue 14 §3)."""
    import json

    import numpy as np
    import pandas as pd
    import pyogrio

    from smartzone.app.core.candidate_import import external_result, import_candidate_map
    from smartzone.app.core.grid import GridRecipe, grid_patches
    from smartzone.app.core.model import projectfile
    from smartzone.app.core.model.project import Project
    from smartzone.app.core.pipeline import objective_weights_for, run_scenario
    from smartzone.app.core.planning import make_rules, plan_run, run_robustness
    from smartzone.resources import demo_data

    monkeypatch.delenv("SMARTZONE_ALLOW_REMOTE", raising=False)
    base = {"format": projectfile.FORMAT, "schema_version": projectfile.SCHEMA_VERSION}
    remote = tmp_path / "원격.smartzone.json"
    remote.write_text(json.dumps({**base, "layers": [
        {"id": "d", "kind": "vector", "path": "/vsicurl/http://example.com/d.gpkg"}]}), encoding="utf-8")
    exc = _raised(Project.load, remote)
    _keyed_korean(exc, "project_remote_reference", "'원격.smartzone.json'이(가) 네트워크 또는 가상 경로",
                  "SMARTZONE_ALLOW_REMOTE=1")
    big = tmp_path / "큰.smartzone.json"
    with big.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    _keyed_korean(_raised(Project.load, big), "project_too_large", "'큰.smartzone.json'의 크기는 22 MB입니다")
    big.unlink()
    exc = _raised(Project.demo("sigungu").save, tmp_path / ("심사" * 100 + ".smartzone.json"))
    _keyed_korean(exc, "project_save_failed", "저장할 수 없습니다 (", "이전 파일은 바뀌지 않았습니다")

    project = Project.demo("sigungu")
    g = pyogrio.read_dataframe(demo_data.districts_path(), layer="sigungu")[["code", "name", "geometry"]]
    cand = tmp_path / "제출안.gpkg"
    pyogrio.write_dataframe(g.assign(score=np.linspace(0, 100, len(g))), cand)
    sc = import_candidate_map(project, cand)
    run = run_scenario(project, sc.name)
    result, _inputs = plan_run(run, make_rules(20), prices=False)
    exc = _raised(run_robustness, run, result, 2)
    _keyed_korean(exc, "robustness_no_weights", f"시나리오 '{sc.name}'(external)에는 바꿔 볼 가중치가 없습니다")
    cand.unlink()
    exc = _raised(external_result, project, sc.name)
    _keyed_korean(exc, "candidate_file_missing", "후보지 지도 '제출안.gpkg'을(를) 찾을 수 없습니다")

    recipe = tmp_path / "격자.toml"
    recipe.write_text('[rasters]\npop = "pop.tif"\n\n[[criteria]]\nweight = 1\n', encoding="utf-8")
    _keyed_korean(_raised(GridRecipe.load, recipe), "grid_recipe_criterion", "'격자.toml'의 기준이 완전하지 않습니다")
    recipe.write_text('[rasters]\npop = "pop.tif"\n[output]\ncompress = "lzw"\n[[criteria]]\nindicator = "pop"\n',
                      encoding="utf-8")
    _keyed_korean(_raised(GridRecipe.load, recipe), "grid_recipe_output", "'격자.toml'의 [output] 항목을 이해할 수 없습니다")
    matrix = pd.DataFrame({"a": [1.0, 2.0], "b": [2.0, 1.0]}, index=["11110", "11140"])
    exc = _raised(objective_weights_for, matrix, [], "entropy", source="normalised")
    _keyed_korean(exc, "weight_source", "'normalised'은(는) 객관적 가중치의 기준이 아닙니다")
    tif = _tif(tmp_path / "적합성.tif", 4)
    summary = pd.DataFrame({"mean": [np.nan]}, index=["11110"])
    exc = _raised(grid_patches, tif, _frame(), summary)
    _keyed_korean(exc, "patches_no_scores", "적합성 점수가 있는 지역이 없어")


def test_a_solution_edited_wrongly_is_korean(qapp) -> None:
    """A solution built in the app's catalogue editor or by a script (no file row): its id and
    what is wrong, in Korean; an empty catalogue too (issue 14 §3)."""
    from smartzone.scoring.planner.model import Catalogue, Solution

    base = {"id": "drt", "name_ko": "수요응답형 교통", "name_en": "DRT", "category": "mobility", "cost": 2.0, "value": 1.0}
    for change, key, words in [
        ({"value": 0}, "row_not_positive", "솔루션 'drt': 'value' 값 '0'은(는) 0보다 커야 합니다"),
        ({"category": "weather"}, "row_unknown_category", "솔루션 'drt': 알 수 없는 분야 'weather'입니다"),
        ({"max_units": 1.5}, "row_not_whole", "솔루션 'drt': 'max_units' 값 '1.5'은(는) 정수여야 합니다"),
        ({"id": " "}, "row_no_id", "id가 비어 있습니다"),
    ]:
        exc = _raised(Solution, **{**base, **change})
        _keyed_korean(exc, key, words)
        en = error_text(exc, "en")
        assert "drt" in en or key == "row_no_id", en
    _keyed_korean(_raised(Catalogue, ()), "plan_catalogue_empty", "솔루션 목록에 솔루션이 없습니다")


@pytest.mark.parametrize(("body", "words"), [
    ('method = "wlc"\ncriteria = [1]\n', "[[criteria]] 항목은 각각 표여야 합니다"),
    ('method = 3\n[[criteria]]\nindicator = "pop_2020"\n', "'method'은(는) 문자열이어야 하는데 3입니다"),
    ('method = "wlc"\n[[criteria]]\nindicator = "pop_2020"\nweight = "많이"\n', "'weight'은(는) 숫자이어야"),
    ('method = "wlc"\n[[criteria]]\nindicator = "pop_2020"\nmissing = "guess"\n',
     "'pop_2020'의 결측값 처리(missing)는"),
    ('method = "wlc"\n[[criteria]]\nindicator = "pop_2020"\nlevels = ["sido"]\n', "'pop_2020'의 단위(levels)는"),
    ('method = "wlc"\n[[criteria]]\nindicator = "pop_2020"\nstandardization = 3\n',
     "'pop_2020'의 표준화(standardization)는 표여야"),
    ('method = "wlc"\n[[criteria]]\nindicator = "pop_2020"\nconstraints = [{op = "~", value = 1}]\n',
     "'pop_2020'의 제약 조건에는 각각 op("),
    ('method = "wlc"\nparams = 3\n[[criteria]]\nindicator = "pop_2020"\n', "[params]는 표여야 합니다"),
])
def test_every_preset_problem_is_korean(tmp_path: Path, qapp, body: str, words: str) -> None:
    """Each problem of a user's preset file, read from a real file (issue 14 §3)."""
    from smartzone.app.core.model.presets import load_preset

    path = tmp_path / "내프리셋.toml"
    path.write_text(body, encoding="utf-8")
    exc = _raised(load_preset, path)
    _keyed_korean(exc, "preset_invalid", "프리셋 파일 '내프리셋.toml'이(가) 올바르지 않습니다: ", words)
    assert str(exc).startswith(f"Preset file {path}"), str(exc)


def test_more_zonal_option_and_rule_problems_are_korean(tmp_path: Path, qapp) -> None:
    """A raster's zonal option that is not a table, two rasters with one prefix; two minimum shares
    alike; a project without scenarios asked for its active one (issue 14 §3)."""
    from smartzone.app.core.model.project import LayerRef, Project
    from smartzone.app.core.pipeline import zonal_specs
    from smartzone.scoring.planner.model import PlanRules, ShareFloor

    tif = _tif(tmp_path / "토지피복.tif", 4)
    project = Project.demo("sigungu")
    project.add_layer(LayerRef(id="lc", kind="raster", path=tif, name="토지피복", options={"zonal": "mean"}))
    _keyed_korean(_raised(zonal_specs, project), "zonal_option", "통계와 접두어를 담은 설정이 아닙니다")
    project = Project.demo("sigungu")
    for i, name in enumerate(("토지피복", "고도")):
        project.add_layer(LayerRef(id=f"r{i}", kind="raster", path=tif, name=name,
                                   options={"zonal": {"stats": ["mean"], "prefix": "lc"}}))
    _keyed_korean(_raised(zonal_specs, project), "zonal_option", "레이어 '토지피복'도 같은 접두어 'lc'을(를) 씁니다")
    floor = ShareFloor(("climate",), 0.3)
    _keyed_korean(_raised(PlanRules, budget=10, floors=(floor, floor)), "plan_share_twice", "같은 분야를 가리킵니다")
    _keyed_korean(_raised(lambda: Project(level="sigungu").scenario), "no_scenario", "프로젝트에 시나리오가 없습니다")


def test_every_command_words_its_errors_in_korean_under_smartzone_lang(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's one error boundary words keyed errors in Korean under SMARTZONE_LANG=ko, as the app does, for the
    commands without their own catch (grid, zonal) too; English by default, unchanged; same exit status."""
    from smartzone.app.cli import main

    recipe = tmp_path / "격자.toml"
    recipe.write_text('[rasters]\npop = "pop.tif"\n[output]\ncompress = "lzw"\n[[criteria]]\nindicator = "pop"\n',
                      encoding="utf-8")
    grid = ["grid", str(recipe), "--out", str(tmp_path / "s.tif")]
    zonal = ["zonal", str(tmp_path / "없는.gpkg"), str(tmp_path / "r.tif"), "--out", str(tmp_path / "z.csv")]
    for lang, words in (("en", ("is not understood", "District file not found")),
                        ("ko", ("[output] 항목을 이해할 수 없습니다", "파일 '없는.gpkg'을(를) 찾을 수 없습니다"))):
        monkeypatch.setenv("SMARTZONE_LANG", lang)
        assert main(grid) == 2
        err = capsys.readouterr().err
        assert words[0] in err and err.startswith("smartzone: error: "), err
        assert main(zonal) == 2
        err = capsys.readouterr().err
        assert words[1] in err and err.startswith("smartzone: error: "), err
        assert bool(re.search("[가-힣]", err.replace("없는", ""))) == (lang == "ko"), err


def test_library_failures_while_reading_are_keyed_and_korean(tmp_path: Path, qapp) -> None:
    """What the readers' guard makes of a library's exception (layers/_guard.explain) carries a key and the file:
    the Korean UI says which file and what is wrong without the English original (was: family sentence + 원문)."""
    import json
    import warnings

    from smartzone.layers._guard import explain
    from smartzone.layers.tables import read_table
    from smartzone.layers.vector import read_districts

    long = tmp_path / "긴칸.csv"
    long.write_text('code,pop\n11010,"' + "x" * 140_000 + '"\n', encoding="utf-8")
    fake = tmp_path / "가짜.xlsx"
    fake.write_bytes(b"not a zip at all")
    ring = tmp_path / "열린고리.geojson"
    ring.write_text(json.dumps({"type": "FeatureCollection", "features": [{
        "type": "Feature", "properties": {"code": "11010", "name": "a"},
        "geometry": {"type": "Polygon", "coordinates": [[[127, 37], [127.1, 37], [127.1, 37.1], [127, 37.1]]]}}]}),
        encoding="utf-8")
    cases = [
        (lambda: read_table(long), "table_cell_too_long", "'긴칸.csv'에 131,072자보다 긴 칸이 있어"),
        (lambda: read_table(fake), "xlsx_not_zip", "'가짜.xlsx'은(는) Excel 통합 문서가 아닙니다"),
        (lambda: read_districts(ring), "geometry_ring_open", "'열린고리.geojson'에 닫히지 않은 폴리곤 고리가 있습니다"),
    ]
    for call, key, words in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL: "Non closed ring detected"
            exc = _raised(call)
        _keyed_korean(exc, key, words)
    # the other ways a library fails, as the guard words them
    for exc, key, words in (
            (explain(UnicodeDecodeError("cp949", b"\xff", 0, 1, "bad"), "Table 'a.csv'", path="a.csv"),
             "text_encoding_unknown", "'a.csv'의 문자가 UTF-8도 CP949(EUC-KR)도 아닙니다"),
            (explain(MemoryError(), "Raster 'b.tif'", path="b.tif"), "file_too_large", "'b.tif'은(는) 남은 메모리로"),
            (explain(OSError(5, "I/O error"), "GeoPackage 'c.gpkg'", True, "c.gpkg"), "file_not_written",
             "'c.gpkg'을(를) 쓰지 못했습니다 (I/O error)"),
            (explain(OSError(28, "No space left on device"), "GeoPackage 'c.gpkg'", True, "c.gpkg"), "disk_full",
             "'c.gpkg'"),
            (explain(RuntimeError("odd"), "Raster 'd.tif'", path="d.tif"), "file_unsupported",
             "'d.tif'을(를) 읽지 못했습니다 (RuntimeError: odd)")):
        _keyed_korean(exc, key, words)
