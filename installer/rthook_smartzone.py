"""PyInstaller runtime hook: point GDAL and PROJ at the data collected into the bundle."""
import os
import sys

base = getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))
for pkg in ("pyogrio", "rasterio"):
    gdal_data = os.path.join(base, pkg, "gdal_data")
    if os.path.isdir(gdal_data):
        os.environ.setdefault("GDAL_DATA", gdal_data)
        break
proj_dir = os.path.join(base, "pyproj", "proj_dir", "share", "proj")
if os.path.isdir(proj_dir):
    os.environ.setdefault("PROJ_DATA", proj_dir)
    os.environ.setdefault("PROJ_LIB", proj_dir)
