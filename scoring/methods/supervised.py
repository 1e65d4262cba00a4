"""Supervised suitability: a classifier trained on reference sites (e.g. past designations)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

import numpy as np

from ..base import valid_codes
from ..errors import ParameterError
from ..params import ParamSpec
from ..result import Aggregation
from ._sklearn_base import SklearnScorer


def _make_model(kind: str, params: Mapping[str, Any]) -> Any:
    if kind == "random_forest":
        from sklearn.ensemble import RandomForestClassifier

        return RandomForestClassifier(
            n_estimators=int(params.get("n_estimators", 200)),
            min_samples_leaf=2,
            class_weight="balanced",
            random_state=int(params.get("random_state", 0)),
            n_jobs=1,
        )
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=float(params.get("C", 1.0)), class_weight="balanced", max_iter=2000)


class SupervisedSuitability(SklearnScorer):
    r"""Supervised suitability (지도학습 적합성): learn what reference sites have in common.

    Districts listed in ``positives`` (e.g. past special-zone designations)
    are labelled 1, every other scored district 0; a classifier is trained on
    the standardised criterion values (criteria with weight 0 are left out;
    other weights are not used, the model learns the importance) and

    .. math::

        S_i = 100 \, \hat P(y_i = 1 \mid v_i)

    Unlabelled districts are treated as negatives (positive-unlabelled
    setting): the probability reads "looks like the reference sites", not
    "will be designated". Classes are balanced (``class_weight="balanced"``),
    so a handful of positives is enough to train, and the probability is not
    calibrated to the share of positives.

    Parameters
    ----------
    positives : codes (at least 1)
        Reference districts (label 1).
    model : {"logistic", "random_forest"}, default "logistic"
        ``LogisticRegression`` (L2, ``C``) or ``RandomForestClassifier``
        (``n_estimators`` trees, ``min_samples_leaf=2``).
    cv_folds : int in [2, 10], default 5
        Stratified folds for the cross-validated ROC AUC; reduced to the
        number of positives (or negatives) when fewer; no CV with one positive.
    C : float > 0, default 1.0
        Inverse regularisation strength of the logistic model.
    n_estimators : int, default 200
        Trees of the random forest.
    n_repeats : int, default 5
        Repeats of the permutation importance.
    random_state : int, default 0
        Seed (folds, forest, permutations): same inputs, same scores.

    Scale: absolute probability x 100 (not re-stretched); comparable between
    runs only for the same reference set.

    Diagnostics: ``cv_roc_auc`` (mean over folds, ``None`` if fewer than two
    positives), ``cv_roc_auc_folds``, ``permutation_importance`` (mean drop of
    ROC AUC per criterion when its values are shuffled),
    ``n_positives``, ``unknown_positives``, ``excluded_positives``.

    Contributions (per district, exact, sum to the score): the baseline
    Shapley values of the fitted model (:mod:`smartzone.scoring.shapley`)
    against the mean district :math:`\bar v`,

    .. math::

        c_{ij} = \frac{100 \hat P(\bar v)}{k_{active}} + 100 \, \phi_j(v_i),
        \qquad \sum_j \phi_j(v_i) = \hat P(v_i) - \hat P(\bar v)

    so every criterion starts from an equal share of the mean district's
    score, and moves by how much the district's own value on it changes the
    model's probability (all feature subsets enumerated: exact up to 12
    criteria, sampled with the fixed seed beyond). A criterion on which a
    district is average contributes only its base share; one the model
    ignores contributes its base share to every district. The global
    ``permutation_importance`` stays in the diagnostics.
    """

    id: ClassVar[str] = "supervised"
    name_ko: ClassVar[str] = "지도학습 적합성 (참조지 학습)"
    name_en: ClassVar[str] = "Supervised suitability (learned from reference sites)"
    params: ClassVar[tuple[ParamSpec, ...]] = (
        ParamSpec(
            "positives", "codes", (), min=1,
            label_ko="참조 지역 (과거 지정지 등)", label_en="Reference districts (e.g. past designations)",
            help="District codes labelled as suitable; every other district is unlabelled.",
        ),
        ParamSpec(
            "model", "choice", "logistic", choices=("logistic", "random_forest"),
            label_ko="모형", label_en="Model",
        ),
        ParamSpec("cv_folds", "int", 5, min=2, max=10, label_ko="교차검증 폴드 수", label_en="CV folds"),
        ParamSpec("C", "float", 1.0, min=1e-6, max=1e6, label_ko="규제 역수 C", label_en="Inverse regularisation C"),
        ParamSpec("n_estimators", "int", 200, min=10, max=2000, label_ko="트리 수", label_en="Trees"),
        ParamSpec("n_repeats", "int", 5, min=1, max=100, label_ko="순열 반복 수", label_en="Permutation repeats"),
        ParamSpec("random_state", "int", 0, min=0, max=2**32 - 1, label_ko="난수 시드", label_en="Random seed"),
    )
    scale: ClassVar[str] = "absolute: 100 x predicted probability of resembling the reference sites"
    uses_weights: ClassVar[bool] = False

    def _aggregate(
        self,
        values: np.ndarray,
        weights: np.ndarray,
        *,
        prepared: Any,
        params: Mapping[str, Any],
    ) -> Aggregation:
        from sklearn.base import clone as sk_clone
        from sklearn.inspection import permutation_importance
        from sklearn.metrics import roc_auc_score
        from sklearn.model_selection import StratifiedKFold

        codes = tuple(params["positives"])
        pos, unknown, excluded = valid_codes(prepared, codes)
        m, k = values.shape
        if pos.size == 0:
            raise ParameterError(
                f"The 'positives' parameter of SupervisedSuitability ('supervised') must name at least "
                f"one scored district. Got {list(codes)!r} instead "
                f"(unknown: {unknown}, excluded: {excluded}).",
                key="reference_districts", param="positives", codes=[str(c) for c in codes],
                unknown=[str(c) for c in unknown], excluded=[str(c) for c in excluded],
            )
        y = np.zeros(m, dtype=int)
        y[pos] = 1
        if y.sum() == m:
            raise ParameterError(
                "The 'positives' parameter of SupervisedSuitability ('supervised') must leave at least "
                f"one scored district unlabelled. Got all {m} districts instead.",
                key="supervised_all_positive", count=int(m),
            )
        names = [c.indicator for c in prepared.criteria]
        active = np.asarray(weights) > 0
        # canonical feature order (by indicator name): the model, its random feature
        # subsampling and the scores do not depend on the order the criteria were listed in
        cols = np.array(sorted(np.flatnonzero(active), key=lambda j: names[j]), dtype=np.int64)
        x = np.ascontiguousarray(values[:, cols])
        model = _make_model(str(params["model"]), params)
        seed = int(params["random_state"])
        n_pos, n_neg = int(y.sum()), int(m - y.sum())
        folds = min(int(params["cv_folds"]), n_pos, n_neg)
        fold_aucs: list[float] = []
        if folds >= 2:
            skf = StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed)
            for train, test in skf.split(x, y):
                fm = sk_clone(model).fit(x[train], y[train])
                fold_aucs.append(float(roc_auc_score(y[test], fm.predict_proba(x[test])[:, 1])))
        model.fit(x, y)
        proba = model.predict_proba(x)[:, 1]
        score = 100.0 * proba
        imp = permutation_importance(
            model, x, y, scoring="roc_auc", n_repeats=int(params["n_repeats"]), random_state=seed
        )
        importance = np.zeros(k)
        importance[cols] = imp.importances_mean

        diagnostics = {
            "model": str(params["model"]),
            "cv_roc_auc": float(np.mean(fold_aucs)) if fold_aucs else None,
            "cv_roc_auc_folds": fold_aucs,
            "cv_folds_used": folds if folds >= 2 else 0,
            "permutation_importance": dict(zip(names, (float(v) for v in importance), strict=True)),
            "n_positives": n_pos,
            "unknown_positives": unknown,
            "excluded_positives": excluded,
            "positives_mean_score": float(score[pos].mean()),
            "others_mean_score": float(np.delete(score, pos).mean()),
        }
        def contributions() -> np.ndarray:
            from ..shapley import baseline_shapley

            def predict(data: np.ndarray) -> np.ndarray:
                out: np.ndarray = model.predict_proba(data)[:, 1]
                return out

            points = np.zeros((m, k))
            if cols.size == 0:
                return points
            phi, f_base = baseline_shapley(predict, x, x.mean(axis=0), seed=seed)
            points[:, cols] = 100.0 * f_base / cols.size + 100.0 * phi
            return points

        return Aggregation(score=score, contributions=contributions, diagnostics=diagnostics)


