"""Run inside QGIS's own Python (``/usr/bin/python3``), not pytest: a clean profile, the plugin ZIP
unpacked into it, the engine from ``PYTHONPATH`` (a wheel installed with ``--target``), one run of
``smartzone:score_preset`` on the demo 시군구. Prints ``JSON{...}``; see test_qgis_offline_install.py.
"""
import json
import os
import shutil
import sys
import zipfile
from pathlib import Path

from qgis.core import QgsApplication, QgsVectorLayer

profile, zip_path, demo, work = map(Path, sys.argv[1:5])
app = QgsApplication([], False, str(profile))
app.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing  # noqa: E402 - after QGIS starts

Processing.initialize()
import processing  # noqa: E402 - after QGIS starts
import qgis.utils  # noqa: E402 - after QGIS starts

plugins = profile / "python" / "plugins"
plugins.mkdir(parents=True, exist_ok=True)
with zipfile.ZipFile(zip_path) as zf:
    zf.extractall(plugins)
qgis.utils.plugin_paths.insert(0, str(plugins))
sys.path.insert(0, str(plugins))
qgis.utils.updateAvailablePlugins()
out = {"available": "smartzone_qgis" in qgis.utils.available_plugins}
out["loaded"] = bool(qgis.utils.loadPlugin("smartzone_qgis")) and bool(qgis.utils.startProcessingPlugin("smartzone_qgis"))
import smartzone.scoring  # noqa: E402 - the engine the plugin loaded

out["engine"] = smartzone.scoring.__file__
csv = work / "indicators_sigungu.csv"
shutil.copy(demo / "indicators_sigungu.csv", csv)
n = len(csv.read_text(encoding="utf-8").splitlines()[0].split(","))
csv.with_suffix(".csvt").write_text(",".join(["String", "String"] + ["Real"] * (n - 2)), encoding="utf-8")
districts = QgsVectorLayer(f"{demo / 'districts.gpkg'}|layername=sigungu", "sigungu", "ogr")
table = QgsVectorLayer(str(csv), "ind", "ogr")
joined = processing.run("native:joinattributestable", {"INPUT": districts, "FIELD": "code", "INPUT_2": table,
    "FIELD_2": "code", "FIELDS_TO_COPY": [], "METHOD": 1, "DISCARD_NONMATCHING": False, "PREFIX": "ind_",
    "OUTPUT": "memory:"})["OUTPUT"]
res = processing.run("smartzone:score_preset", {"INPUT": joined, "CODE_FIELD": "code", "OUTPUT": "memory:"})
out["features"] = res["OUTPUT"].featureCount()
out["scored"] = res["SCORED"]
out["renderer"] = res["OUTPUT"].renderer().type()
print("JSON" + json.dumps(out), flush=True)
os._exit(0)
