"""Every screenshot in docs/img is shown by the docs, and every image the docs show exists
(a stale, unreferenced screenshot is either retaken and shown or deleted)."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", ROOT / "bench" / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
#: Images kept on purpose without a reference yet (each with its reason); shrink only.
UNREFERENCED_OK = {
    "ahp-en.png",  # the English AHP editor beside ahp-ko.png; to be shown in the AHP section
    "render-map-image.png",  # the exported map image; to be shown in the export section
}


def _referenced() -> set[str]:
    text = "\n".join(p.read_text(encoding="utf-8") for p in DOCS if p.exists())
    return set(re.findall(r"img/([\w.-]+\.png)", text))


def test_every_screenshot_is_shown_and_exists() -> None:
    shown = _referenced()
    images = {p.name for p in (ROOT / "docs" / "img").glob("*.png")}
    assert not shown - images, f"the docs show missing images: {sorted(shown - images)}"
    unreferenced = images - shown - UNREFERENCED_OK
    assert not unreferenced, f"screenshots no page shows (show them or delete them): {sorted(unreferenced)}"
    assert "regions-dialog.png" in shown
