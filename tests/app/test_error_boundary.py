"""One error boundary: the CLI and the app show a message, never a traceback, never nothing."""
from __future__ import annotations

import threading

import pytest

from smartzone.app import cli
from smartzone.app.core.errorboundary import describe
from smartzone.scoring.errors import Cancelled, CRSError


def _boom(args):
    raise KeyError("bad key")


def test_cli_turns_an_unexpected_error_into_a_message_and_a_log(tmp_path, monkeypatch, capsys):
    log = tmp_path / "errors.log"
    monkeypatch.setenv("SMARTZONE_LOG", str(log))
    monkeypatch.setattr("smartzone.app.cli.commands.score._run", _boom)
    status = cli.main(["score", "--out", str(tmp_path)])
    err = capsys.readouterr().err
    assert status == 3
    assert "Traceback" not in err and "KeyError" in err and str(log) in err
    assert "Traceback" in log.read_text(encoding="utf-8")


def test_describe_kinds():
    assert describe(CRSError("Layer x.shp has no CRS.")).kind == "user"
    assert describe(Cancelled("stop")).exit_status == 130
    disk = describe(OSError(28, "No space left on device", "/out/scores.cpg"))
    assert disk.kind == "user" and "disk is full" in disk.message and "scores.cpg" in disk.message
    assert describe(RecursionError()).kind == "user"
    assert describe(ZeroDivisionError("x")).kind == "bug"


@pytest.mark.gui
def test_worker_recognises_cancelled_by_class(qtbot):
    from smartzone.app.gui.workers import Worker

    class Stop(Cancelled):  # any subclass, whatever its name
        pass

    def job(feedback):
        raise Stop("stopped")

    worker = Worker(job)
    seen = []
    worker.signals.canceled.connect(lambda: seen.append("canceled"))
    worker.signals.failed.connect(lambda m, d: seen.append("failed"))
    worker.run()
    assert seen == ["canceled"]


@pytest.mark.gui
def test_worker_reports_systemexit_from_a_plugin(qtbot):
    from smartzone.app.gui.workers import Worker

    def job(feedback):
        raise SystemExit(0)

    worker = Worker(job)
    seen = []
    worker.signals.failed.connect(lambda m, d: seen.append(m))
    worker.run()
    assert len(seen) == 1 and "SystemExit" in seen[0]


@pytest.mark.gui
def test_excepthooks_show_errors_from_threads_and_callbacks(qtbot, monkeypatch, tmp_path):
    import sys

    from smartzone.app.gui import excepthooks

    monkeypatch.setenv("SMARTZONE_LOG", str(tmp_path / "log.txt"))
    monkeypatch.setattr(excepthooks, "_REPORTER", None)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    rep = excepthooks.install(show_dialogs=False)

    def fail():
        raise CRSError("Layer roads.shp has no CRS.")

    t = threading.Thread(target=fail)
    t.start()
    t.join()
    try:
        raise ValueError("in a slot")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    qtbot.waitUntil(lambda: len(rep.shown) == 2, timeout=5000)
    kinds = {d.message.split(" ")[0]: d.kind for d in rep.shown}
    assert rep.shown[0].message == "Layer roads.shp has no CRS." and rep.shown[0].kind == "user"
    assert rep.shown[1].kind == "bug" and "ValueError" in rep.shown[1].message, kinds
