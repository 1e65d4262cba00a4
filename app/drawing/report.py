"""PDF report of a scoring run for reviewers (Korean or English).

:func:`build_report` writes an A4 PDF and, beside it, a PNG of the map:

1. the title (the scenario's own name and the level in words), the method,
   the CRS of the data, and the map: score classes, names by scale, parent
   outlines, metropolitan insets, the top 10 outlined and named
   (:func:`report_map`);
2. method, parameters, the criteria in words (indicator, source and year,
   direction, standardisation, weight, missing values), the preset's note on
   each indicator and its proxies, the exclusion rules with how many districts
   each excluded (:mod:`smartzone.app.core.report_content`), the data sources;
3. the top-N table, after the sensitivity summary that says what its last
   columns are (runs, top-k, what was varied);
4. the scenario comparison when given, then any further ``sections``.

Sections after the map flow on: each starts a new page only when it does not
fit on the current one, so no page is left nearly empty.

Korean text is set in Nanum Gothic, embedded as a TrueType subset with a
ToUnicode map, so it renders everywhere and can be searched and copied
(``pdftotext``, ``pypdf``). Writing is atomic: both files are staged in a
temporary directory beside the target, checked, then moved into place.

Qt is imported only to render the map (when no image is passed); fpdf2 is
imported lazily.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import math
import os
import shutil
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

# The scores' style is computed by the Qt-free core (the QGIS plugin uses it too): re-exported.
from smartzone.app.core.labels import bilingual
from smartzone.app.core.style import style_for_scores
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words
from smartzone.layers.errors import ExportError

__all__ = ["build_report", "font_path", "style_for_scores"]

#: The report's words: key -> English source text, worded in the report's language by
#: :func:`_text` from resources/i18n/smartzone_<lang>.ts (context ``Report``), as every UI text.
_WORDS: dict[str, str] = {
    "default_title": QT_TRANSLATE_NOOP("Report", "Smart-city special zone site assessment"),
    "created": QT_TRANSLATE_NOOP("Report", "Created"),
    "software": QT_TRANSLATE_NOOP("Report", "Software"),
    "districts": QT_TRANSLATE_NOOP("Report", "Districts assessed"),
    "scored": QT_TRANSLATE_NOOP("Report", "scored"),
    "excluded": QT_TRANSLATE_NOOP("Report", "excluded"),
    "crs": QT_TRANSLATE_NOOP("Report", "CRS"),
    "crs_files": QT_TRANSLATE_NOOP("Report", "exported files"),
    "crs_map": QT_TRANSLATE_NOOP("Report", "map"),
    "map": QT_TRANSLATE_NOOP("Report", "Suitability map"),
    "legend": QT_TRANSLATE_NOOP("Report", "Legend"),
    "map_caption": QT_TRANSLATE_NOOP("Report", "Map: score classes (quantiles); grey = no data or excluded. Bold lines: parent boundaries; the top 10 districts are outlined in orange and named; metropolitan areas are shown enlarged in insets."),
    "method": QT_TRANSLATE_NOOP("Report", "Method and weights"),
    "method_id": QT_TRANSLATE_NOOP("Report", "Method"),
    "params": QT_TRANSLATE_NOOP("Report", "Parameters"),
    "criteria": QT_TRANSLATE_NOOP("Report", "Criteria"),
    "indicator": QT_TRANSLATE_NOOP("Report", "Indicator"),
    "direction": QT_TRANSLATE_NOOP("Report", "Direction"),
    "standardization": QT_TRANSLATE_NOOP("Report", "Standardisation"),
    "weight": QT_TRANSLATE_NOOP("Report", "Weight"),
    "missing": QT_TRANSLATE_NOOP("Report", "Missing values"),
    "benefit": QT_TRANSLATE_NOOP("Report", "higher is better"),
    "cost": QT_TRANSLATE_NOOP("Report", "lower is better"),
    "top": QT_TRANSLATE_NOOP("Report", "Top {n} districts"),
    "rank": QT_TRANSLATE_NOOP("Report", "Rank"),
    "code": QT_TRANSLATE_NOOP("Report", "Code"),
    "name": QT_TRANSLATE_NOOP("Report", "District"),
    "score": QT_TRANSLATE_NOOP("Report", "Score"),
    "p_top": QT_TRANSLATE_NOOP("Report", "P(top {k})"),
    "rank_ci": QT_TRANSLATE_NOOP("Report", "Rank 90% interval"),
    "sensitivity": QT_TRANSLATE_NOOP("Report", "Sensitivity summary"),
    "sens_robust": QT_TRANSLATE_NOOP("Report", "Districts with P(top {k}) of 90% or more: {n}"),
    "sens_fragile": QT_TRANSLATE_NOOP("Report", "Current top-{k} districts with P(top {k}) under 50%: {n}"),
    "sens_width": QT_TRANSLATE_NOOP("Report", "Median width of the 90% rank interval of the top {k}: {w}"),
    "comparison": QT_TRANSLATE_NOOP("Report", "Scenario comparison"),
    "item": QT_TRANSLATE_NOOP("Report", "Item"),
    "value": QT_TRANSLATE_NOOP("Report", "Value"),
    "sources": QT_TRANSLATE_NOOP("Report", "Data sources"),
    "source": QT_TRANSLATE_NOOP("Report", "Source"),
    "licence": QT_TRANSLATE_NOOP("Report", "Licence"),
    "attribution": QT_TRANSLATE_NOOP("Report", "Attribution"),
    "none": QT_TRANSLATE_NOOP("Report", "(none)"),
    "notes": QT_TRANSLATE_NOOP("Report", "Made with SmartZone; the same method, weights and data reproduce these results."),
    "level": QT_TRANSLATE_NOOP("Report", "Level"),
    "scenario": QT_TRANSLATE_NOOP("Report", "Scenario"),
    "source_year": QT_TRANSLATE_NOOP("Report", "Source (year)"),
    "criterion_notes": QT_TRANSLATE_NOOP("Report", "Why each indicator, and the proxies used"),
    "exclusions": QT_TRANSLATE_NOOP("Report", "Exclusion rules"),
    "rule": QT_TRANSLATE_NOOP("Report", "Rule"),
    "count": QT_TRANSLATE_NOOP("Report", "Districts excluded"),
    "no_exclusions": QT_TRANSLATE_NOOP("Report", "No exclusion rules."),
    "excluded_total": QT_TRANSLATE_NOOP("Report", "Districts excluded: {n} in all (a district can meet several rules)"),
    "top_map_note": QT_TRANSLATE_NOOP("Report", "Orange dots and names on the map mark the top 10 districts."),
    "data_notes": QT_TRANSLATE_NOOP("Report", "Notes on the data and the computation"),
}


def _text(language: str) -> dict[str, str]:
    """The report's words (:data:`_WORDS`) in ``language`` (``"ko"``/``"en"``)."""
    return {key: words(language, "Report", source) for key, source in _WORDS.items()}


def font_path(bold: bool = False) -> Path:
    """The Nanum Gothic TTF: bundled in ``resources/fonts`` or the system's fonts-nanum.

    Raises
    ------
    ExportError
        If neither is installed.
    """
    name = "NanumGothicBold.ttf" if bold else "NanumGothic.ttf"
    candidates = []
    with contextlib.suppress(Exception):
        import smartzone.resources as res

        candidates.append(Path(res.__file__).resolve().parent / "fonts" / name)
    candidates.append(Path("/usr/share/fonts/truetype/nanum") / name)
    for path in candidates:
        if path.is_file():
            return path
    if bold:
        return font_path(False)
    raise ExportError(
        "No Korean font found for the PDF report: expected resources/fonts/NanumGothic.ttf "
        "or /usr/share/fonts/truetype/nanum/NanumGothic.ttf (Debian: apt-get install fonts-nanum)."
    )


# --------------------------------------------------------------------------- helpers


def _fmt_num(value: Any, digits: int = 1) -> str:
    if value is None or value is pd.NA:
        return "-"
    try:
        f = float(value)
    except (TypeError, ValueError):
        return str(value)
    if math.isnan(f):
        return "-"
    if f.is_integer() and abs(f) < 1e9 and digits == 0:
        return f"{int(f)}"
    return f"{f:.{digits}f}"


def _weights(recipe: Mapping[str, Any]) -> dict[str, float]:
    weights = recipe.get("weights")
    if isinstance(weights, Mapping):
        return {str(k): float(v) for k, v in weights.items()}
    if isinstance(weights, Sequence) and not isinstance(weights, str):
        crits = recipe.get("criteria") or []
        names = [c.get("indicator", str(i)) if isinstance(c, Mapping) else str(i) for i, c in enumerate(crits)]
        return {n: float(w) for n, w in zip(names, weights, strict=False)}
    return {}


def _save_qimage(image: Any, path: Path) -> None:
    if not image.save(str(path), "PNG"):
        raise ExportError(f"Could not save the map image to {path}.")


def score_legend_title(frame: Any, recipe: Any, language: str = "ko") -> str:
    """``"점수 (2019–2025)"``: the report map's legend title, with the years of the data the score
    combines (the criteria of ``recipe`` at the level of ``frame``'s codes), as the results header."""
    from smartzone.app.core.labels import score_years
    from smartzone.app.core.map_context import level_of_codes

    title = _text(language)["score"]
    level = level_of_codes(frame["code"].astype(str).tolist()) if "code" in frame.columns else None
    years = score_years(dict(recipe) if isinstance(recipe, Mapping) else None, level)
    return f"{title} ({years})" if years else title


def report_map(frame: Any, top_codes: list[str], language: str = "ko", recipe: Any = None) -> Any:
    """The report's map image: score classes, names by scale, parent outlines,
    metropolitan insets, the top districts outlined and named; the legend says the
    years of the data the score combines (from the criteria of ``recipe``)."""
    from smartzone.app.drawing.render import render_map_image

    title = score_legend_title(frame, recipe, language)
    values = pd.Series(pd.to_numeric(frame["score"], errors="coerce").to_numpy(),
                       index=frame["code"].astype(str).to_numpy())
    return render_map_image(
        frame,
        values,
        scheme="quantiles",
        k=5,
        width=1200,
        height=1300,
        title=None,
        legend=True,
        scale_bar=True,
        north_arrow=True,
        highlight=top_codes,
        legend_title=title,
        language=language,
    )


def _crs_text(frame: Any) -> str:
    crs = getattr(frame, "crs", None)
    if crs is None:
        return "-"
    try:
        from smartzone.layers.crs import crs_label

        return crs_label(crs)
    except Exception:  # pragma: no cover
        return str(crs)


def _crs_line(t: Mapping[str, str], frame: Any, exported_crs: str | None) -> str:
    """The report's CRS: the frame's; with files exported in another CRS, theirs first."""
    on_map = _crs_text(frame)
    if not exported_crs:
        return on_map
    from smartzone.layers.crs import crs_label

    try:
        files = crs_label(exported_crs)
    except Exception:  # pragma: no cover - the export checked it already
        files = str(exported_crs)
    if files == on_map:
        return on_map
    return f"{files} ({t['crs_files']}); {t['crs_map']}: {on_map}"


# --------------------------------------------------------------------------- PDF


class _Doc:
    """Thin wrapper over :class:`fpdf.FPDF` with the Korean font and a few blocks."""

    def __init__(self, title: str, language: str) -> None:
        import logging

        from fpdf import FPDF

        # fontTools reports every OpenType table it cannot subset; not useful to users.
        logging.getLogger("fontTools.subset").setLevel(logging.ERROR)

        self.t = _text(language)
        pdf = FPDF(orientation="P", unit="mm", format="A4")
        pdf.set_auto_page_break(auto=True, margin=15)
        pdf.set_margins(15, 15, 15)
        pdf.add_font("NanumGothic", "", str(font_path()))
        pdf.add_font("NanumGothic", "B", str(font_path(bold=True)))
        pdf.set_title(title)
        pdf.set_author("SmartZone")
        pdf.set_creator("SmartZone")
        pdf.set_lang(language)
        self.pdf = pdf
        self.title = title
        self.language = language

        def footer() -> None:
            pdf.set_y(-12)
            pdf.set_font("NanumGothic", "", 8)
            pdf.set_text_color(110)
            pdf.cell(0, 5, f"{title}  -  {pdf.page_no()}", align="C")
            pdf.set_text_color(0)

        # fpdf2 calls pdf.footer() on every page; this document's footer replaces the empty default
        # on the instance (typeshed-style stubs of fpdf2 declare footer a method).
        pdf.footer = footer  # type: ignore[method-assign]

    def section(self, heading: str, min_space: float = 50.0, size: float = 14) -> None:
        """Start a section: on this page when ``min_space`` mm are left, else on a new one
        (so no page ends nearly empty). Extra sections (``build_report(sections=...)``) use it."""
        pdf = self.pdf
        if pdf.page_no() == 0 or pdf.eph + pdf.t_margin - pdf.get_y() < min_space:
            pdf.add_page()
        else:
            pdf.ln(4)
        self.heading(heading, size)

    def block(self, heading: str, body: Callable[[], None], size: float = 14) -> None:
        """A section kept on one page when it fits on one: measured off-screen first
        (``offset_rendering``) and moved to a new page if it would break."""
        pdf = self.pdf

        def draw() -> None:
            self.heading(heading, size)
            body()

        if pdf.page_no() == 0:
            pdf.add_page()
        else:
            pdf.ln(4)
            with pdf.offset_rendering() as trial:
                draw()
            if trial.page_break_triggered:
                pdf.add_page()
        draw()

    def heading(self, text: str, size: float = 14) -> None:
        self.pdf.set_font("NanumGothic", "B", size)
        self.pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(2)

    def para(self, text: str, size: float = 10) -> None:
        self.pdf.set_font("NanumGothic", "", size)
        self.pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.pdf.ln(1)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths: Sequence[float], align: Sequence[str] | None = None, size: float = 9) -> None:
        from fpdf.fonts import FontFace

        pdf = self.pdf
        pdf.set_font("NanumGothic", "", size)
        with pdf.table(
            col_widths=tuple(widths),
            headings_style=FontFace(emphasis="BOLD", fill_color=(230, 236, 245)),
            line_height=size * 0.55,
            text_align=tuple(align) if align else "LEFT",
            width=sum(widths),
            align="LEFT",
        ) as table:
            head = table.row()
            for cell in header:
                head.cell(str(cell))
            for row in rows:
                r = table.row()
                for cell in row:
                    r.cell(str(cell))
        pdf.ln(3)


def build_report(
    out_pdf: str | Path,
    *,
    frame: Any,
    result_recipe: Mapping[str, Any],
    top_n: int = 20,
    sensitivity: pd.DataFrame | None = None,
    comparison: Mapping[str, Any] | None = None,
    sources: Sequence[Mapping[str, Any] | str] | Mapping[str, Mapping[str, Any]] = (),
    title: str | None = None,
    map_image: Any = None,
    language: str = "ko",
    overwrite: bool = False,
    content: Any = None,
    sensitivity_note: str = "",
    sections: Sequence[Callable[[_Doc], None]] = (),
    exported_crs: str | None = None,
) -> Path:
    """Write the PDF report (and ``<stem>_map.png`` beside it).

    Parameters
    ----------
    out_pdf
        Target ``.pdf``.
    frame
        GeoDataFrame ``code, name, score, rank, geometry`` (e.g.
        ``app.pipeline.result_frame``), projected CRS in metres (EPSG:5179).
    result_recipe
        ``ScoreResult.recipe``: ``method`` (and ``method_name``), ``params``,
        ``weights`` (normalised; dict or list), ``criteria`` (``Criterion.to_dict``).
    top_n
        Rows of the top table.
    sensitivity
        Monte Carlo summary per district: ``code, p_top_k, rank_p05, rank_p95``
        (``code`` as a column or the index).
    comparison
        Scenario comparison summary (e.g. ``Comparison`` as a dict: rank
        correlations, top-k overlap ...); printed as a key/value table.
    sources
        Data sources: dicts with ``name``, ``licence``, ``attribution`` (or the
        resources metadata form ``{id: {name_ko, name_en, licence, attribution_ko, ...}}``,
        or plain strings).
    title
        Report title (default: ``content.title``, the scenario's own name; else a
        generic title).
    map_image
        A ``QImage``, a path to a PNG, or None to render the map here.
    language
        ``"ko"`` (default) or ``"en"`` for headings and labels.
    overwrite
        Replace existing PDF/PNG (otherwise refuse).
    content
        :class:`smartzone.app.core.report_content.ReportContent`: the scenario's name,
        the level in words, the criteria in words (source and year, direction,
        standardisation, weight, preset notes) and the exclusion rules with counts.
    sensitivity_note
        What the sensitivity figures are (runs, top-k, what varied), printed above them.
    sections
        Further sections, each a callable given the document after the standard
        ones; it starts with ``doc.section(heading)`` and writes with
        ``doc.para``/``doc.table`` (e.g. a plan's compliance statement and map).
    exported_crs
        The CRS the files written with the report are in (``smartzone score --export …
        --crs EPSG:5186 --report``) when it is not the frame's: the report names it as
        the exported files' CRS and the frame's as the map's. None: the frame's CRS.

    Returns
    -------
    Path
        The PDF path.

    Raises
    ------
    ExportError
        Existing output without ``overwrite``, missing columns, no Korean font,
        or a PDF that does not read back.
    """
    if language not in ("ko", "en"):
        raise ExportError(f"Report language {language!r} is not supported; use 'ko' or 'en'.")
    t = _text(language)
    out_pdf = Path(out_pdf)
    if out_pdf.suffix.lower() != ".pdf":
        out_pdf = out_pdf.with_name(out_pdf.name + ".pdf")
    out_png = out_pdf.with_name(out_pdf.stem + "_map.png")
    existing = [p for p in (out_pdf, out_png) if p.exists()]
    if existing and not overwrite:
        raise ExportError(
            f"Refusing to overwrite existing file(s): {', '.join(map(str, existing))}. "
            f"Choose another name or pass overwrite=True (command line: --overwrite)."
        )
    missing = [c for c in ("code", "name", "score", "rank") if c not in frame.columns]
    if missing:
        raise ExportError(f"Report for {out_pdf}: the result table lacks column(s) {missing}.")
    title = title or (content.title if content is not None else None) or t["default_title"]
    recipe = dict(result_recipe or {})

    names = frame["name"].astype(str)
    if "sido" in frame.columns:  # "서구" exists in five cities: show "대구광역시 서구"
        sido = frame["sido"].fillna("").astype(str)
        names = pd.Series(
            [n if (not sd or n.startswith(sd)) else f"{sd} {n}" for sd, n in zip(sido, names, strict=True)],
            index=frame.index,
        )
    table = pd.DataFrame({
        "code": frame["code"].astype(str).to_numpy(),
        "name": names.to_numpy(),
        "score": pd.to_numeric(frame["score"], errors="coerce").to_numpy(dtype=float),
        "rank": pd.to_numeric(frame["rank"], errors="coerce").to_numpy(dtype=float),
    })
    scored = table[np.isfinite(table["score"])].sort_values(["rank", "score"], ascending=[True, False])
    top = scored.head(max(0, int(top_n)))

    from smartzone.layers.atomic import FileSet

    parent = out_pdf.parent
    with FileSet(parent, overwrite=overwrite) as fs:  # pdf and map png as one unit
        tmp = fs.area()
        staged_png = tmp / out_png.name
        if map_image is None:
            _save_qimage(report_map(frame, top["code"].head(10).tolist(), language, recipe), staged_png)
        elif isinstance(map_image, (str, os.PathLike)):
            src = Path(map_image)
            if not src.is_file():
                raise ExportError(f"Report map image {src} does not exist.")
            shutil.copyfile(src, staged_png)
        else:
            _save_qimage(map_image, staged_png)

        doc = _Doc(title, language)
        _page_map(doc, table, scored, frame, staged_png, content, score_legend_title(frame, recipe, language),
                  exported_crs)
        _page_method(doc, recipe, sources, content)
        _page_top(doc, top, scored, sensitivity, int(top_n), sensitivity_note)
        if comparison is not None:
            _page_comparison(doc, comparison)
        for section in sections:
            section(doc)
        for column in ("lisa_cluster", "gi_cluster", "spread_cluster"):
            if column in frame.columns:
                _page_hotspots(doc, frame, column, recipe, tmp / f"{column}.png", language)
        staged_pdf = tmp / out_pdf.name
        doc.pdf.output(str(staged_pdf))
        _verify_pdf(staged_pdf, doc.pdf.page_no())
        fs.add(staged_pdf)
        fs.add(staged_png, out_png.name)
        fs.commit()
    return out_pdf


def _verify_pdf(path: Path, pages: int) -> None:
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a dev dependency
        if path.stat().st_size == 0:
            raise ExportError(f"The report {path.name} is empty.") from None
        return
    try:
        reader = PdfReader(str(path))
        if len(reader.pages) != pages:
            raise ExportError(f"The report {path.name} has {len(reader.pages)} pages, expected {pages}.")
    except ExportError:
        raise
    except Exception as exc:
        raise ExportError(f"The report {path.name} does not read back as a PDF ({exc}).") from exc


def _fit_image(pdf: Any, png: Path, reserve: float, max_width: float | None = None) -> tuple[float, float]:
    """Place ``png`` centred below the cursor, as wide as the page (or ``max_width`` mm) allows
    while ``reserve`` mm stay free at the bottom of the page; returns its width and height in mm."""
    from PIL import Image

    with Image.open(png) as im:
        w_px, h_px = im.size
    width = min(pdf.epw, max_width) if max_width is not None else pdf.epw
    height = width * h_px / max(1, w_px)
    max_h = pdf.eph - (pdf.get_y() - pdf.t_margin) - reserve
    if height > max_h:
        width, height = width * max_h / height, max_h
    pdf.image(str(png), x=pdf.l_margin + (pdf.epw - width) / 2, w=width, h=height)
    return width, height


def _page_map(doc: _Doc, table: pd.DataFrame, scored: pd.DataFrame, frame: Any, png: Path,
              content: Any = None, legend: str = "", exported_crs: str | None = None) -> None:
    t, pdf = doc.t, doc.pdf
    pdf.add_page()
    doc.heading(doc.title, 17)
    from importlib.metadata import PackageNotFoundError, version

    try:
        ver = version("smartzone")
    except PackageNotFoundError:  # pragma: no cover
        ver = "dev"
    now = _dt.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    n, k = len(table), len(scored)
    level = f"{t['level']}: {content.level}    " if content is not None else ""
    method = f"{t['method_id']}: {content.method}\n" if content is not None else ""
    doc.para(
        f"{t['created']}: {now}    {t['software']}: SmartZone {ver}\n{method}"
        f"{level}{t['districts']}: {n} ({t['scored']} {k}, {t['excluded']} {n - k})\n"
        f"{t['crs']}: {_crs_line(t, frame, exported_crs)}",
        9,
    )
    doc.heading(t["map"], 12)
    _fit_image(pdf, png, reserve=18)  # the caption goes below
    pdf.ln(2)
    # the legend's title as text too (the map is an image): the years of the data it shows
    doc.para(f"{t['legend']}: {legend}\n{t['map_caption']}", 8)


def _page_method(doc: _Doc, recipe: Mapping[str, Any], sources: Any, content: Any = None) -> None:
    t, pdf = doc.t, doc.pdf
    pdf.add_page()
    doc.heading(t["method"])
    method = recipe.get("method_name") or recipe.get("method") or recipe.get("scorer") or "-"
    if content is not None:
        method = content.method
    elif recipe.get("method_name") and recipe.get("method"):
        method = f"{recipe['method_name']} ({recipe['method']})"
    doc.para(f"{t['method_id']}: {method}")
    params = recipe.get("params") or {}
    if params:
        doc.para(f"{t['params']}: " + ", ".join(f"{k} = {v}" for k, v in params.items()), 9)
    doc.heading(t["criteria"], 12)
    if content is not None and content.criteria:
        rows = [[f"{c.name}\n{c.source}", c.direction, c.standardization, f"{100 * c.weight:.1f}%", c.missing]
                for c in content.criteria]
        doc.table([f"{t['indicator']} / {t['source_year']}", t["direction"], t["standardization"], t["weight"],
                   t["missing"]], rows, widths=(68, 30, 34, 18, 30),
                  align=("LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"), size=8)
        noted = [c for c in content.criteria if c.note]
        if noted:
            doc.heading(t["criterion_notes"], 11)
            for c in noted:
                doc.para(f"{c.name}: {c.note}", 8)
        _exclusions(doc, content)
    else:
        rows = _recipe_rows(doc, recipe)
        if rows:
            doc.table([t["indicator"], t["direction"], t["standardization"], t["weight"], t["missing"]],
                      rows, widths=(62, 32, 34, 22, 30), align=("LEFT", "LEFT", "LEFT", "RIGHT", "LEFT"))
        else:
            doc.para(t["none"])
    # the engine's notes (constant, infinite, imputed values) and reading warnings, worded in the
    # report's language by the helper the app's results summary uses
    from smartzone.app.drawing.note_words import NoteWords

    words = NoteWords(doc.language, {c.indicator: c.name for c in getattr(content, "criteria", None) or []})
    notes = list(dict.fromkeys(words(n) for n in recipe.get("notes") or []))
    if notes:
        doc.section(t["data_notes"], 40, 12)
        for note in notes:
            doc.para(f"- {note}", 8)
    doc.section(t["sources"], 40, 12)
    srows = _source_rows(sources, doc.language)
    if srows:
        doc.table([t["source"], t["licence"], t["attribution"]], srows, widths=(55, 45, 80), size=8)
    else:
        doc.para(t["none"])
    doc.para(t["notes"], 8)


def _exclusions(doc: _Doc, content: Any) -> None:
    t = doc.t
    doc.section(t["exclusions"], 40, 12)
    if not content.exclusions:
        doc.para(t["no_exclusions"], 9)
        return
    doc.table([t["rule"], t["count"]], [[rule, str(n)] for rule, n in content.exclusions],
              widths=(140, 40), align=("LEFT", "RIGHT"), size=8)
    doc.para(t["excluded_total"].format(n=content.n_excluded), 8)


def _recipe_rows(doc: _Doc, recipe: Mapping[str, Any]) -> list[list[str]]:
    """Criteria rows from the recipe alone (callers without a project)."""
    t = doc.t
    weights = _weights(recipe)
    criteria = [c for c in recipe.get("criteria") or [] if isinstance(c, Mapping)]
    rows = []
    if criteria:
        total = sum(float(c.get("weight", 0) or 0) for c in criteria) or 1.0
        for c in criteria:
            ind = str(c.get("indicator", "?"))
            label = bilingual(c.get("label_ko"), c.get("label_en"), doc.language)
            label = label or c.get("label_ko") or c.get("label_en") or ""
            std = c.get("standardization") or {}
            std_name = std.get("method", "-") if isinstance(std, Mapping) else str(std)
            w = weights.get(ind, float(c.get("weight", 0) or 0) / total)
            direction = t.get(str(c.get("direction", "")), str(c.get("direction", "-")))
            rows.append([label or ind, direction, std_name, f"{100 * w:.1f}%", str(c.get("missing", "-"))])
    elif weights:
        rows = [[k, "-", "-", f"{100 * v:.1f}%", "-"] for k, v in weights.items()]
    return rows


def _source_rows(sources: Any, language: str) -> list[list[str]]:
    """Rows ``[name, licence, attribution]`` from the forms callers pass.

    Accepts a list of dicts (``name``, ``licence``, ``attribution``), the
    resources metadata form (a dict of dicts with ``name_ko``/``name_en``,
    ``attribution_ko``/``attribution_en``), or plain strings.
    """
    if not sources:
        return []
    items = list(sources.values()) if isinstance(sources, Mapping) else list(sources)
    other = "en" if language == "ko" else "ko"
    rows = []
    for item in items:
        if not isinstance(item, Mapping):
            rows.append([str(item), "-", "-"])
            continue

        def pick(key: str, item: Mapping[str, Any] = item) -> str:
            for k in (f"{key}_{language}", key, f"{key}_{other}"):  # the report's language first
                if item.get(k):
                    return str(item[k])
            return ""

        name = pick("name") or "-"
        licence = pick("licence") or pick("license") or "-"
        attribution = pick("attribution") or pick("publisher") or "-"
        rows.append([name, licence, attribution])
    return rows


def _sens_frame(sensitivity: pd.DataFrame | None) -> pd.DataFrame | None:
    if sensitivity is None:
        return None
    sens = sensitivity.copy()
    if "code" in sens.columns:
        sens = sens.set_index("code")
    sens.index = sens.index.astype(str)
    return sens


def _page_top(doc: _Doc, top: pd.DataFrame, scored: pd.DataFrame, sensitivity: pd.DataFrame | None,
              top_n: int, sensitivity_note: str = "") -> None:
    """The top districts: the sensitivity summary that explains the table's last
    columns, then the table (one section, so no page is left with a few lines)."""
    t = doc.t
    sens = _sens_frame(sensitivity)
    header = [t["rank"], t["code"], t["name"], t["score"]]
    widths: tuple[float, ...] = (16, 26, 88, 20)
    if sens is not None:
        k = int(getattr(sensitivity, "attrs", {}).get("top_k", 10))
        header += [t["p_top"].format(k=k), t["rank_ci"]]
        widths = (14, 22, 66, 18, 30, 30)
    rows: list[list[str]] = []
    for row in top.itertuples(index=False):
        code = str(row.code)  # build_report made codes and names text
        cells = [_fmt_num(row.rank, 0), code, str(row.name), _fmt_num(row.score, 1)]
        if sens is not None:
            s = sens.loc[code].to_dict() if code in sens.index else None  # the district's row
            if s is None:
                cells += ["-", "-"]
            else:
                p = s.get("p_top_k", np.nan)
                cells += [
                    "-" if pd.isna(p) else f"{100 * float(p):.0f}%",
                    f"{_fmt_num(s.get('rank_p05'), 0)} - {_fmt_num(s.get('rank_p95'), 0)}",
                ]
        rows.append(cells)
    align = ["RIGHT", "LEFT", "LEFT", "RIGHT", "RIGHT", "CENTER"][: len(header)]

    def body() -> None:
        doc.para(t["top_map_note"], 8)
        _sensitivity_summary(doc, scored, sensitivity, top_n, sensitivity_note)
        doc.table(header, rows, widths=widths, align=align)

    doc.block(t["top"].format(n=top_n), body)


def _sensitivity_summary(doc: _Doc, scored: pd.DataFrame, sensitivity: pd.DataFrame | None, top_n: int,
                         note: str = "") -> None:
    t = doc.t
    sens = _sens_frame(sensitivity)
    if sens is None:
        return
    doc.heading(t["sensitivity"], 11)
    if note:
        doc.para(note, 8)
    k = int(getattr(sensitivity, "attrs", {}).get("top_k", min(top_n, 10)))
    top_codes = [c for c in scored["code"].head(k) if c in sens.index]
    lines = []
    if "p_top_k" in sens.columns:
        p = pd.to_numeric(sens["p_top_k"], errors="coerce")
        lines.append(t["sens_robust"].format(n=int((p >= 0.9).sum()), k=k))
        lines.append(t["sens_fragile"].format(k=k, n=int((p.reindex(top_codes) < 0.5).sum())))
    if {"rank_p05", "rank_p95"} <= set(sens.columns) and top_codes:
        width = (sens.loc[top_codes, "rank_p95"].astype(float)
                 - sens.loc[top_codes, "rank_p05"].astype(float))
        lines.append(t["sens_width"].format(k=k, w=_fmt_num(width.median(), 1)))
    doc.para("\n".join(lines), 9)


def _page_comparison(doc: _Doc, comparison: Mapping[str, Any]) -> None:
    t = doc.t
    if comparison is not None:
        doc.section(t["comparison"], 45)
        rows = []
        for key, value in comparison.items():
            if isinstance(value, float):
                text = f"{value:.3f}"
            elif isinstance(value, (list, tuple, set)):
                text = ", ".join(map(str, value)) or "-"
            elif isinstance(value, Mapping):
                text = ", ".join(f"{k}: {v}" for k, v in list(value.items())[:20])
            elif isinstance(value, (pd.DataFrame, pd.Series)):
                text = f"{type(value).__name__} ({len(value)} rows)"
            else:
                text = str(value)
            rows.append([str(key), text])
        doc.table([t["item"], t["value"]], rows, widths=(55, 125))


def build_run_report(run: Any, frame: Any, pdf: str | Path, *, sensitivity: Any = None, overwrite: bool = False,
                     top_n: int = 20, language: str = "ko", map_image: Any = None,
                     sections: Sequence[Callable[[_Doc], None]] = (), exported_crs: str | None = None,
                     ) -> Path:
    """The report of a scoring run, worded from its project (one place for the CLI and the app).

    The title is the scenario's own name with the level in words
    (:mod:`smartzone.app.core.report_content`); the CRS printed is the
    frame's, the one the map is in, after ``exported_crs`` (the files'
    ``--crs``) when the files written with the report are in another.
    """
    from smartzone.app.core.report_content import report_content, sensitivity_words
    from smartzone.app.core.report_data import report_sources

    sc = run.project.get_scenario(run.scenario)
    content = report_content(run.project, sc, run.result, language)
    # "소멸위기 도시 … (시군구)"; when the name or the level has parentheses, a dash instead of nested
    # ones ("스마트도시 특화단지 (산업 거점) — 시군구", not "… (산업 거점) (시군구)")
    nested = "(" in content.scenario or "(" in content.level
    content.title = (f"{content.scenario} — {content.level}" if nested
                     else f"{content.scenario} ({content.level})")
    return build_report(
        pdf,
        frame=frame,
        result_recipe={**dict(run.result.recipe),
                       "notes": run.messages() if hasattr(run, "messages") else []},
        top_n=top_n,
        sensitivity=sensitivity,
        sources=report_sources(run.project, run.scenario),
        title=content.title,
        map_image=map_image,
        language=language,
        overwrite=overwrite,
        content=content,
        sensitivity_note=sensitivity_words(getattr(sensitivity, "attrs", {}), language)
        if sensitivity is not None else "",
        sections=sections,
        exported_crs=exported_crs,
    )


#: The hot-spot page's words (context ``Report``, as :data:`_WORDS`).
_HOTSPOT_WORDS: dict[str, str] = {
    "lisa_cluster": QT_TRANSLATE_NOOP("Report", "Hot spots of suitability (local Moran's I)"),
    "gi_cluster": QT_TRANSLATE_NOOP("Report", "Hot spots of suitability (Getis-Ord Gi*)"),
    "spread_cluster": QT_TRANSLATE_NOOP("Report", "Clusters of rank uncertainty (local Moran's I of the Monte-Carlo rank spread)"),
    "note": QT_TRANSLATE_NOOP("Report", "Queen contiguity (islands linked to the district at the smallest boundary distance), conditional permutations (fixed seed), false-discovery-rate correction. HH: high scores surrounded by high scores, LL: a cluster of low scores, HL/LH: outliers unlike their neighbours, ns: not significant."),
    "label": QT_TRANSLATE_NOOP("Report", "Type"),
    "count": QT_TRANSLATE_NOOP("Report", "Districts"),
}


def _page_hotspots(doc: _Doc, frame: Any, column: str, recipe: Mapping[str, Any], png: Path,
                   language: str) -> None:
    """One page: the cluster map, its legend and counts, and how it was computed."""
    from smartzone.app.core.hotspots import (
        CLUSTER_STYLE,
        cluster_categories,
        cluster_values,
        cluster_words,
    )
    from smartzone.app.drawing.render import render_map_image

    ht = {key: words(language, "Report", source) for key, source in _HOTSPOT_WORDS.items()}
    labels = frame[column].fillna("").astype(str)
    values = pd.Series(cluster_values(labels).to_numpy(), index=frame["code"].astype(str).to_numpy())
    image = render_map_image(frame, values, categories=cluster_categories(language), width=1200, height=1300,
                             legend=True, scale_bar=True, north_arrow=True, legend_title=column,
                             language=language)
    _save_qimage(image, png)
    pdf = doc.pdf
    pdf.add_page()
    doc.heading(ht[column], 13)
    counts = labels[labels != ""].value_counts()
    rows = [[cluster_words(k, language), str(int(counts[k]))] for k in CLUSTER_STYLE if k in counts.index]
    doc.table([ht["label"], ht["count"]], rows, widths=(90, 40))
    notes = [str(x) for x in recipe.get("hotspots", []) if str(x).startswith(column)]
    doc.para(ht["note"] + ("\n" + "\n".join(notes) if notes else ""), 8)
    _fit_image(pdf, png, reserve=4)
