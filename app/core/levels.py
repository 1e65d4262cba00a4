"""The analysis levels and their labels: the one definition every part of SmartZone uses.

Qt-free and free of heavy imports (the QGIS plugin and ``smartzone --help`` read it).
"""
from __future__ import annotations

from smartzone.app.core.labels import bilingual

__all__ = ["LEVELS", "LEVEL_LABELS", "LEVEL_ROMANISED", "level_label"]

#: Analysis levels: 시군구 (about 250 units) and 읍면동 (about 3,500 units), coarse to fine.
LEVELS: tuple[str, ...] = ("sigungu", "emd")
#: Level -> (Korean name, English name).
LEVEL_LABELS: dict[str, tuple[str, str]] = {
    "sigungu": ("시군구", "municipalities"),
    "emd": ("읍면동", "neighbourhoods"),
}
#: Level -> the Korean name's parts in Latin letters, shown after the English name in the English UI
#: ("Municipalities (si/gun/gu)"), which has no Korean but the district names (issue 14 §3).
LEVEL_ROMANISED: dict[str, str] = {
    "sigungu": "si/gun/gu",
    "emd": "eup/myeon/dong",
}


def level_label(level: str, korean: bool = True) -> str:
    """``"시군구"`` / ``"municipalities"`` for ``"sigungu"``; an unknown level is returned as is."""
    ko, en = LEVEL_LABELS.get(level, (level, level))
    return bilingual(ko, en, korean)
