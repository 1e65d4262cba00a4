# Build the Windows one-folder bundle and the installer.
# Requirements: Python 3.11+ (python.org, 64-bit) on PATH, Inno Setup 6 (iscc.exe) on PATH.
# Usage (PowerShell, from the repository root):  powershell -ExecutionPolicy Bypass -File installer\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)
if (-not (Test-Path build\venv-pyi\Scripts\python.exe)) { python -m venv build\venv-pyi }
$py = "build\venv-pyi\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install ".[installer]"
if (-not (Test-Path resources\demo\districts.gpkg)) { & $py -m smartzone.resources.build_demo --if-missing }
# Re-install so that the freshly built demo data is packaged.
& $py -m pip install --force-reinstall --no-deps .
& $py -m PyInstaller --noconfirm --clean --workpath build\pyinstaller --distpath dist installer\smartzone.spec
$env:QT_QPA_PLATFORM = "offscreen"
& dist\smartzone\smartzone.exe --selftest
if ($LASTEXITCODE -ne 0) { throw "selftest failed" }
Remove-Item Env:\QT_QPA_PLATFORM
iscc installer\smartzone.iss
Write-Host "Installer written to dist\installer\"
