#!/usr/bin/env bash
# Build the Linux one-folder bundle into dist/smartzone and smoke-test it with --selftest.
# Usage: bash installer/build.sh   (after `bash .ci/setup`, which builds the demo data)
#
# The bundle is built from a NON-editable install in its own venv (build/venv-pyi): the
# editable install of the dev venv maps folders through an import hook that PyInstaller's
# module graph does not follow.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
VENV=build/venv-pyi
start=$(date +%s)
[ -x "$VENV/bin/python" ] || "$PY" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null 2>&1 || true
# Demo data must exist before the wheel is built so that it is packaged.
[ -f resources/demo/districts.gpkg ] || .venv/bin/python -m smartzone.resources.build_demo --if-missing
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps . >build/pip-pyi.log 2>&1 \
  || { tail -20 build/pip-pyi.log; exit 1; }
"$VENV/bin/python" -m pip install -q '.[installer]' >>build/pip-pyi.log 2>&1 \
  || { tail -20 build/pip-pyi.log; exit 1; }
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --workpath build/pyinstaller --distpath dist installer/smartzone.spec
echo "build: $(( $(date +%s) - start )) s; bundle size: $(du -sh dist/smartzone | cut -f1)"
QT_QPA_PLATFORM=offscreen dist/smartzone/smartzone --selftest
