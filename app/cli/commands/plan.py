"""``smartzone plan``: which smart solutions go where, within budget and the 35 % rule.

Examples::

    smartzone plan --preset shrinking-city --level sigungu --budget 80 --out plan
    smartzone plan --project p.smartzone.json --scenario "my scenario" --budget 30 --min-spend 25
    smartzone plan --scores scores.csv --catalogue my_solutions.xlsx --budget 50 \\
        --min-share climate,digital_inclusion=0.35 --min-share health_care=0.1 \\
        --shrinking top:40 --concentration 0.6 --out plan --report

Scores come from a preset + level (the bundled demo), a project scenario, or a
``--scores`` file (CSV/XLSX or GeoPackage with ``code`` and ``score``, joined
to the bundled districts of its level). Costs are in 100 million won (억원). Writes, as one set,
``DIR/plan.csv`` (``code, name, solution, category, cost, benefit, units``),
``DIR/plan.gpkg`` (layer ``plan``: districts with ``spend``, ``solutions``,
styled) and ``DIR/plan_summary.json`` (status, objective, totals, shares,
each rule's compliance); ``--report`` adds a PDF with the plan section. A plan
that no rule set allows exits with status 2 and the explanation, writing
nothing; a budget below the cheapest solution gives an empty plan (status 0).

What it prints follows :func:`~smartzone.app.cli.console.cli_language`: English (amounts in
"100M KRW") unless ``SMARTZONE_LANG=ko``, which prints the plan in Korean (amounts in 억원)
through the same ``.ts`` words as the app's plan panel and report.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from smartzone.app.cli.commands.score import CommandError, guarded
from smartzone.app.cli.console import cli_language
from smartzone.app.core.words import QT_TRANSLATE_NOOP, words

PLAN_FILES = ("plan.csv", "plan.gpkg", "plan_summary.json")
DEFAULT_SHARE = "climate,digital_inclusion=0.35"


def register(subparsers: Any) -> None:
    """Add the ``plan`` sub-command."""
    p = subparsers.add_parser(
        "plan",
        help="deployment plan: which smart solutions go where, within budget and the 35 %% rule",
        description=__doc__.split("\n\n")[0],
    )
    src = p.add_argument_group("scores (one of)")
    src.add_argument("--preset", help="preset id of the bundled demo (default industry-hub)")
    src.add_argument("--level", help="sigungu (시군구) or emd (읍면동); default sigungu or the project's level")
    src.add_argument("--project", metavar="FILE", help="a project file")
    src.add_argument("--scenario", metavar="NAME", help="scenario of the project (default: the active one)")
    src.add_argument("--scores", metavar="FILE", help="CSV/XLSX or GeoPackage with code and score columns")
    p.add_argument("--catalogue", metavar="FILE", help="solution catalogue CSV/XLSX (default: the bundled one)")
    p.add_argument("--budget", metavar="AMOUNT", required=True, help="total budget in 100M KRW (억원)")
    p.add_argument("--min-share", metavar="CATS=SHARE", action="append", default=None,
                   help=f"category-share floor, repeatable (default {DEFAULT_SHARE}); 'none' for no floor")
    p.add_argument("--min-spend", metavar="AMOUNT", default="0", help="spend at least this much (100M KRW, default 0)")
    p.add_argument("--shrinking", metavar="SPEC", help="districts flagged as shrinking: top:N, score>=X, "
                   "INDICATOR<X (e.g. pop_change_2015_2020<0), or a file of codes/names")
    p.add_argument("--concentration", metavar="SHARE", help="share of spend in shrinking districts "
                   "(default 0.5 with --shrinking)")
    p.add_argument("--district-min", metavar="AMOUNT", help="a funded district gets at least this much (100M KRW)")
    p.add_argument("--district-max", metavar="AMOUNT", help="a district gets at most this much (100M KRW)")
    p.add_argument("--min-districts", metavar="N", type=int, help="fund at least N districts")
    p.add_argument("--max-districts", metavar="N", type=int, help="fund at most N districts")
    p.add_argument("--time-limit", metavar="S", type=float, default=60.0,
                   help="seconds for the solver (default 60); the best plan found and its gap are reported")
    p.add_argument("--robustness", metavar="N", type=int, default=0,
                   help="re-plan N times with weights drawn around the scenario's (Monte-Carlo); "
                        "adds how often each deployment is chosen")
    p.add_argument("--no-prices", action="store_true", help="skip pricing the rules (one re-solve each)")
    p.add_argument("--out", metavar="DIR", help="output folder; without it nothing is written")
    p.add_argument("--overwrite", action="store_true", help="replace existing plan files")
    p.add_argument("--top", metavar="N", type=int, default=15, help="deployments to list (default 15)")
    p.add_argument("--report", metavar="PATH", nargs="?", const="", default=None,
                   help="also write the PDF report with the plan section (default DIR/plan_report.pdf)")
    p.add_argument("--report-language", choices=("ko", "en"), default="ko",
                   help="language of the report headings (default ko)")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    return guarded(_run, args)


def _amount(text: Any, option: str, *, allow_zero: bool = True) -> float:
    from smartzone.layers.tables import _to_number

    v = _to_number(text)
    if v is None or v != v:
        raise CommandError(f"{option} {text!r} is not an amount in 100M KRW (e.g. 80 or 12.5).",
                           key="cli_amount_not_number", option=option, text=str(text))
    if v < 0 or (v == 0 and not allow_zero):
        raise CommandError(f"{option} must be {'0 or more' if allow_zero else 'more than 0'} (in 100M KRW); "
                           f"got {text}.", key="cli_amount_negative", option=option, text=str(text),
                           zero_ok=allow_zero)
    return float(v)


def _share(text: str, option: str) -> float:
    t = str(text).strip()
    try:
        v = float(t.rstrip("%")) / (100.0 if t.endswith("%") else 1.0)
    except ValueError:
        raise CommandError(f"{option} {text!r} is not a share (write 0.5 or 50%).", key="cli_share_invalid",
                           option=option, text=str(text)) from None
    if not 0 <= v <= 1:
        raise CommandError(f"{option} must be between 0 and 1 (e.g. 0.5 for 50 %); got {text}.",
                           key="cli_share_invalid", option=option, text=str(text))
    return v


def build_rules(args: argparse.Namespace) -> Any:
    from smartzone.app.core.planning import make_rules
    from smartzone.scoring.planner import PlanError

    budget = _amount(args.budget, "--budget")
    if args.concentration is not None and not args.shrinking:
        raise CommandError("--concentration needs --shrinking to say which districts are shrinking.",
                           key="concentration_without_shrinking")
    try:
        return make_rules(
            budget, min_share=args.min_share if args.min_share is not None else [DEFAULT_SHARE],
            min_spend=_amount(args.min_spend, "--min-spend"),
            concentration=_share(args.concentration, "--concentration") if args.concentration is not None else None,
            shrinking=args.shrinking,
            district_min=_amount(args.district_min, "--district-min") if args.district_min else None,
            district_max=_amount(args.district_max, "--district-max") if args.district_max else None,
            min_districts=args.min_districts, max_districts=args.max_districts,
        )
    except PlanError as exc:
        raise CommandError(f"{exc}", key=exc.key, **exc.params) from None


def _inputs(args: argparse.Namespace, catalogue: Any, feedback: Any) -> tuple[Any, Any]:
    """(PlanInputs, ScoreRun or None)."""
    from smartzone.app.core import planning

    if args.scores:
        if args.project or args.preset or args.scenario:
            raise CommandError("use either --scores or a preset/--project, not both.", key="cli_scores_or_preset")
        frame, matrix, notes = planning.scores_frame(args.scores)
        inputs = planning.problem_from_frame(frame, matrix, catalogue, args.shrinking)
        inputs.notes[:0] = notes
        return inputs, None
    from smartzone.app.cli.commands.score import build_project
    from smartzone.app.core.pipeline import run_scenario

    args.method = None
    project, scenario = build_project(args)
    with feedback.catch_interrupt():
        score_run = run_scenario(project, scenario, feedback=feedback)
    frame = score_run.frame()
    return planning.problem_from_frame(frame, score_run.matrix, catalogue, args.shrinking), score_run


def _report_path(args: argparse.Namespace) -> Path | None:
    if getattr(args, "report", None) is None:
        return None
    if args.report == "":
        if not args.out:
            raise CommandError("--report needs a file name (--report plan.pdf) or an output folder (--out DIR).",
                               key="cli_report_needs_name")
        return Path(args.out) / "plan_report.pdf"
    path = Path(args.report)
    if path.suffix.lower() != ".pdf":
        raise CommandError(f"--report {args.report!r}: the report is a PDF; use a name ending in .pdf.",
                           key="cli_report_not_pdf", path=str(args.report))
    return path


def _run(args: argparse.Namespace) -> int:
    from smartzone.app.cli.commands.score import make_feedback
    from smartzone.app.cli.console import fit
    from smartzone.app.core import planning
    from smartzone.scoring.planner import Planner

    rules = build_rules(args)
    if args.time_limit <= 0:
        raise CommandError("--time-limit must be more than 0 seconds.", key="cli_time_limit")
    if args.robustness < 0:
        raise CommandError("--robustness must be 0 or more runs.", key="cli_robustness_runs")
    pdf = _report_path(args)
    if pdf is not None:
        from smartzone.app.cli.commands.report_options import ReportOptionError, check_report_target

        try:
            check_report_target(pdf, args.overwrite)
        except ReportOptionError as exc:
            raise CommandError(str(exc), key=exc.key, **exc.params) from None
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None and out_dir.exists() and not out_dir.is_dir():
        raise CommandError(f"output folder {out_dir} is a file, not a folder.", key="cli_out_is_file",
                           path=str(out_dir))
    if out_dir is not None and not args.overwrite:
        existing = [n for n in PLAN_FILES if (out_dir / n).exists()]
        if existing:
            raise CommandError(f"{', '.join(existing)} already exist in {out_dir}; use --overwrite to replace them.",
                               key="cli_files_exist", path=str(out_dir), files=existing)
    catalogue = planning.load_catalogue(args.catalogue)
    feedback = make_feedback(args.quiet, "planning")
    inputs, score_run = _inputs(args, catalogue, feedback)
    problem = inputs.problem
    feedback.reset("planning")
    planner = Planner(time_limit=args.time_limit, prices=not args.no_prices)
    with feedback.catch_interrupt():
        result = planner.solve(problem, rules, feedback=feedback)
    lang = cli_language()

    def say(source: str, **fields: Any) -> str:
        return words(lang, "PlanCli", source).format(**fields)

    def amount(value: float, places: str = ",.2f") -> str:
        return words(lang, "PlanWords", "{amount} 100M KRW").format(amount=format(value, places))

    if result.status == "infeasible":
        print(say(QT_TRANSLATE_NOOP("PlanCli", "smartzone: no plan: {message}"),
                  message=planning.message_words(result.message, result.rules, lang)), file=sys.stderr)
        print(say(QT_TRANSLATE_NOOP("PlanCli", "nothing was written.")), file=sys.stderr)
        return 2
    robustness = None
    if args.robustness and result.units.any():
        robustness = _robustness(args, result, score_run, feedback)

    from smartzone.app.core.labels import category_label
    from smartzone.app.core.levels import LEVELS, level_label
    from smartzone.app.core.map_context import level_of_codes

    key = level_of_codes(problem.codes[:1])
    level = level_label(key, korean=lang == "ko") if key in LEVELS else ""
    print(say(QT_TRANSLATE_NOOP("PlanCli", "SmartZone plan: {eligible} eligible districts ({level}) x {solutions} "
                                           "solutions, budget {budget}"),
              eligible=int(problem.eligible.sum()), level=level, solutions=len(catalogue),
              budget=amount(rules.budget, "g")))
    status = str(result.status) if lang != "ko" else planning.status_words(str(result.status), lang)
    message = _message(result.message, result.rules, lang)
    print(say(QT_TRANSLATE_NOOP("PlanCli", "status: {status}; objective {objective}; gap {gap} %; solved in "
                                           "{seconds} s"),
              status=f"{status} ({message})" if message else status, objective=f"{result.objective:,.1f}",
              gap=f"{(result.gap or 0) * 100:.4g}", seconds=f"{result.seconds:.2f}"))
    for note in inputs.notes + result.notes:
        print(say(QT_TRANSLATE_NOOP("PlanCli", "note: {note}"),
                  note=planning.message_words(note, result.rules, lang)))
    print(say(QT_TRANSLATE_NOOP("PlanCli", "total cost {cost} in {districts} districts, {deployments} deployments"),
              cost=amount(result.total_cost), districts=int((result.spend_per_district > 0).sum()),
              deployments=int((result.units > 0).sum())))
    print(say(QT_TRANSLATE_NOOP("PlanCli", "compliance:")))
    for check in result.checks:
        print(f"  {planning.check_line(check, result.rules, lang)}")
    by_cat = result.spend_by_category()
    total = result.total_cost
    print(say(QT_TRANSLATE_NOOP("PlanCli", "spend by category:")))
    unit = words(lang, "PlanCli", QT_TRANSLATE_NOOP("PlanCli", "100M KRW"))
    for cat, v in by_cat.items():
        if v > 0:
            print(f"  {fit(category_label(cat, lang), 26)} {cat:<18} {v:8.2f} {unit}  "
                  f"{v / total * 100 if total else 0:5.1f} %")
    names = planning.sido_names(inputs.frame)
    by_sido = sorted(result.spend_by_sido().items(), key=lambda kv: -kv[1])
    if by_sido:
        print(say(QT_TRANSLATE_NOOP("PlanCli", "spend by province ({unit}): "), unit=unit)
              + ", ".join(f"{names.get(k, k)} {v:.1f}" for k, v in by_sido[:8])
              + (" ..." if len(by_sido) > 8 else ""))
    if inputs.shrinking_rule:
        print(say(QT_TRANSLATE_NOOP("PlanCli", "spend in shrinking districts ({rule}): {amount}"),
                  rule=inputs.shrinking_rule if lang != "ko" or problem.shrinking is None else
                  words(lang, "PlanWords", "{n} districts").format(n=int(problem.shrinking.sum())),
                  amount=amount(result.spend_shrinking())))
    if result.greedy is not None:
        g = result.greedy
        share = g.objective / result.objective * 100 if result.objective else 0.0
        verdict = (say(QT_TRANSLATE_NOOP("PlanCli", "meets all rules")) if g.compliant else
                   say(QT_TRANSLATE_NOOP("PlanCli", "breaks {rules}"),
                       rules=", ".join(c.key for c in g.checks if not c.passed)))
        print(say(QT_TRANSLATE_NOOP("PlanCli", "greedy baseline: objective {objective} ({share} % of the optimum), "
                                               "cost {cost}, {verdict}"),
                  objective=f"{g.objective:,.1f}", share=f"{share:.1f}", cost=amount(g.total_cost), verdict=verdict))
    deps, districts = planning.plan_frames(result, inputs.frame, robustness)
    if len(deps) and args.top > 0:
        from smartzone.app.cli.console import format_table

        shown = deps.sort_values("benefit", ascending=False).head(args.top)
        cols = ["code", "name", "solution", "category", "cost", "benefit"] + (["frequency"] if robustness else [])
        rows = [[r[c] if c not in ("cost", "benefit", "frequency") else f"{r[c]:.2f}" for c in cols]
                for _, r in shown.iterrows()]
        print(format_table(cols, rows))
    if out_dir is not None:
        from smartzone.layers.plan_io import write_plan

        extra = {"source": _source(args), "robustness_runs": args.robustness or 0}
        summary = planning.plan_summary(result, inputs, extra)
        written = write_plan(out_dir, deps, districts, summary, style=planning.plan_style(districts),
                             overwrite=args.overwrite, metadata={"title": "SmartZone deployment plan",
                                                                 "status": result.status})
        print(say(QT_TRANSLATE_NOOP("PlanCli", "written: {files}"), files=", ".join(str(p) for p in written)))
    if pdf is not None:
        from smartzone.app.cli.plan_report import write_plan_report

        written_pdf = write_plan_report(result, inputs, districts, pdf, run=score_run, overwrite=args.overwrite,
                                        language=args.report_language)
        print(say(QT_TRANSLATE_NOOP("PlanCli", "report: {path}"), path=written_pdf))
    return 0


def _message(message: Any, rules: Any, lang: str) -> str:
    """The solver's message in ``lang``: an explanation worded from its parts; in Korean, a plain
    English status message ("optimal plan") is left to the status already worded before it."""
    from smartzone.app.core import planning

    if lang == "ko" and not getattr(message, "parts", None):
        return ""
    return planning.message_words(message, rules, lang)


def _source(args: argparse.Namespace) -> dict[str, Any]:
    return {k: getattr(args, k) for k in ("preset", "level", "project", "scenario", "scores", "catalogue")
            if getattr(args, k, None)}


def _robustness(args: argparse.Namespace, result: Any, score_run: Any, feedback: Any) -> Any:
    if score_run is None:
        print("note: --robustness needs a scenario (preset or project) to draw weights from; skipped.")
        return None
    from smartzone.app.core.planning import run_robustness
    from smartzone.scoring.errors import ScoringError

    feedback.reset("robustness")
    try:
        with feedback.catch_interrupt():
            return run_robustness(score_run, result, args.robustness, feedback=feedback)
    except ScoringError as exc:
        print(f"note: robustness skipped: {exc}")
        return None
