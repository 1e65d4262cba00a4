"""One export run is one unit: killed at any step, the folder holds the old set or the new one.

The fault injection forks a child that runs a whole export (GeoPackage + CSV + shapefile in
one :class:`FileSet`) and dies with ``os._exit`` at its k-th file-system step (every
``os.replace``, ``os.fsync``, ``os.mkdir``, ``os.unlink`` and ``shutil.rmtree``), for every k
until the export completes. The parent then does what the next run does (``recover``) and
checks the folder.
"""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

from smartzone.layers import atomic
from smartzone.layers import export as export_mod
from smartzone.layers.atomic import FileSet, recover, write_text_atomic
from smartzone.layers.errors import ExportError, SmartZoneError
from smartzone.layers.export import export_shapefile, write_csv, write_gpkg

KEY_FILES = ("scores.gpkg", "scores.csv", "scores.dbf")


def _districts(sigungu, score: float):
    return sigungu.head(12).assign(score=score)


def _export_run(frame, folder: Path, *, style: bool) -> None:
    """What ``smartzone score --export shp`` writes: three formats, one commit."""
    spec = {"field": "score", "breaks": [1.5, 3], "colors": ["#ffffcc", "#bd0026"]} if style else None
    with FileSet(folder, overwrite=True) as fs:
        write_gpkg(frame, folder / "scores.gpkg", "scores", overwrite=True, fileset=fs)
        write_csv(frame.drop(columns="geometry"), folder / "scores.csv", overwrite=True, fileset=fs)
        export_shapefile(frame, folder, "scores", style=spec, overwrite=True, fileset=fs)
        fs.commit()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _run_killed_at(k: int, frame, folder: Path, probe: Path | None = None) -> bool:
    """Fork; the child runs the export and dies at step k. True if the child finished.

    With ``probe``, the child writes there the step at which the commit starts and the
    number of steps in all.
    """
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            steps = {"n": 0}

            def hook(fn):
                def wrapped(*a, **kw):
                    steps["n"] += 1
                    if steps["n"] == k:
                        os._exit(77)  # like a kill: no clean-up, no finally blocks
                    return fn(*a, **kw)
                return wrapped

            os.replace = hook(os.replace)
            os.fsync = hook(os.fsync)
            os.mkdir = hook(os.mkdir)
            os.unlink = hook(os.unlink)
            shutil.rmtree = hook(shutil.rmtree)
            real_commit = FileSet.commit

            def commit(self):
                steps["commit"] = steps["n"]
                return real_commit(self)

            FileSet.commit = commit
            _export_run(frame, folder, style=False)
            if probe is not None:
                probe.write_text(f"{steps['commit']} {steps['n']}")
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    _, status = os.waitpid(pid, 0)
    code = os.waitstatus_to_exitcode(status)
    assert code in (0, 77), f"the export failed at step {k} instead of being killed (status {code})"
    return code == 0


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="fault injection forks (POSIX)")
def test_export_killed_at_every_step_leaves_old_or_new_set(tmp_path, sigungu, monkeypatch):
    # The .prj spelling check asks the PROJ database (0.8 s an export); not what is tested here.
    monkeypatch.setattr(export_mod, "_classic_esri_prj", lambda prj, target: None)
    old_frame, new_frame = _districts(sigungu, 1.0), _districts(sigungu, 2.0)
    reference = tmp_path / "reference"
    _export_run(new_frame, reference, style=False)
    new_names = set(_snapshot(reference))
    template = tmp_path / "template"
    _export_run(old_frame, template, style=True)  # the old set has a .qml the new one lacks
    old = _snapshot(template)
    probe = tmp_path / "probe.txt"
    shutil.copytree(template, tmp_path / "probe")
    assert _run_killed_at(0, new_frame, tmp_path / "probe", probe)
    commit_start, total = map(int, probe.read_text().split())
    # Every step of the commit, and every 4th step of the staging before it (killing there
    # leaves a staging folder only, one case like the next).
    steps = sorted({*range(1, commit_start + 1, 4), *range(commit_start + 1, total + 2)})
    seen = {"old": 0, "new": 0}
    for k in steps:
        folder = tmp_path / f"k{k}"
        shutil.copytree(template, folder)
        assert set(old) - new_names == {"scores.qml"}
        finished = _run_killed_at(k, new_frame, folder)
        messages = recover(folder)  # what the next run does first
        now = _snapshot(folder)
        leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")]
        assert leftovers == [], f"step {k}: hidden files left {leftovers}"
        if now == old:
            seen["old"] += 1
            assert not finished
        else:
            assert set(now) == new_names, f"step {k}: a mix {sorted(now)}"
            for name in KEY_FILES:  # every content-bearing file is the new one
                assert now[name] != old[name], f"step {k}: {name} is still the old one"
            seen["new"] += 1
        if messages:
            assert all(str(folder) in m for m in messages)
        shutil.rmtree(folder)
        assert finished == (k > total)
    assert seen["old"] >= 5 and seen["new"] >= 2, seen


def test_one_failing_format_leaves_no_file_of_the_run(tmp_path, sigungu):
    """CP949 cannot store a Vietnamese name: the GeoPackage and CSV of that run are not written."""
    frame = _districts(sigungu, 1.0)
    frame.loc[frame.index[3], "name"] = "Hà Nội"
    with pytest.raises(ExportError, match="CP949|cp949"):
        _export_run(frame, tmp_path / "out", style=False)
    assert list((tmp_path / "out").iterdir()) == []


def test_overwrite_never_deletes_a_folder_named_like_an_output(tmp_path, sigungu):
    user = tmp_path / "scores.gpkg"
    user.mkdir()
    (user / "my-notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(ExportError, match="folder.*untouched"):
        write_gpkg(_districts(sigungu, 1.0), user, overwrite=True)
    with pytest.raises(ExportError, match="folder"):
        _export_run(_districts(sigungu, 1.0), tmp_path, style=False)
    assert (user / "my-notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not (tmp_path / "scores.csv").exists()


def test_interrupted_commit_is_rolled_back_and_reported(tmp_path):
    """A journal in state 'moving' (the process died) is rolled back by the next set."""
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "a.csv").write_text("old", encoding="utf-8")
    fs = FileSet(folder, overwrite=True)
    fs.open()
    staged = fs.area() / "a.csv"
    staged.write_text("new", encoding="utf-8")
    fs.add(staged)
    real = os.replace
    calls = {"n": 0}

    def die_after_backup(src, dst):
        calls["n"] += 1
        if calls["n"] == 3:  # journal written, old file backed up: now "killed"
            raise SystemExit("killed")
        return real(src, dst)

    os.replace = die_after_backup
    try:
        with pytest.raises(SystemExit):
            fs.commit()
    finally:
        os.replace = real
    assert not (folder / "a.csv").exists()  # the state a killed process leaves
    with FileSet(folder) as again:
        assert any("rolled back" in m for m in again.recovered)
    assert (folder / "a.csv").read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in folder.iterdir()) == ["a.csv"]


def test_stale_staging_folders_are_removed_and_reported(tmp_path):
    (tmp_path / ".smartzone-export-abc123").mkdir()  # left by SmartZone before the journal
    (tmp_path / ".smartzone-staging-999999999-dead").mkdir()
    messages = recover(tmp_path)
    assert any("Removed 2 leftover" in m for m in messages)
    assert list(tmp_path.iterdir()) == []


def test_legacy_backup_folder_restores_a_lost_output(tmp_path):
    """SmartZone before the journal could die with scores.gpkg only in its hidden backup."""
    backup = tmp_path / ".smartzone-backup-x1y2"
    backup.mkdir()
    (backup / "scores.gpkg").write_bytes(b"old gpkg")
    messages = recover(tmp_path)
    assert (tmp_path / "scores.gpkg").read_bytes() == b"old gpkg"
    assert any("Restored scores.gpkg" in m for m in messages)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scores.gpkg"]


def test_refuses_without_overwrite_and_errors_are_smartzone_errors(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with FileSet(tmp_path) as fs:
        staged = fs.area() / "a.txt"
        staged.write_text("y", encoding="utf-8")
        fs.add(staged)
        with pytest.raises(ExportError, match="Refusing") as info:
            fs.commit()
    assert isinstance(info.value, SmartZoneError) and isinstance(info.value, OSError)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_write_text_atomic_keeps_old_file_on_failure(tmp_path, monkeypatch):
    target = tmp_path / "p.json"
    write_text_atomic(target, "old")

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(OSError):
        write_text_atomic(target, "new")
    assert target.read_text() == "old" and sorted(p.name for p in tmp_path.iterdir()) == ["p.json"]


def test_every_writer_uses_the_one_commit_helper():
    """No writer keeps its own rename-into-place routine (there were three)."""
    root = Path(__file__).resolve().parents[2]
    offenders = []
    for folder in ("layers", "app", "scoring"):
        for path in (root / folder).rglob("*.py"):
            if path.name == "atomic.py" or "qgis_plugin" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            if "os.replace(" in text:  # (scratch folders of tempfile are fine: not commits)
                offenders.append(str(path.relative_to(root)))
    assert offenders == [], offenders


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("POSIX file semantics")
