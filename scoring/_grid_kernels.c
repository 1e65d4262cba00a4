/*
 * Compiled kernels of grid suitability scored window by window (smartzone.scoring.grid).
 *
 * Optional C extension: built at install time when a C compiler is present
 * (pyproject.toml, ext-modules, optional = true); without it scoring/grid.py
 * does the same work with NumPy (SMARTZONE_COMPILED_GRID=0 forces that path).
 * Every loop runs with the GIL released, so the grid's two threads score two
 * windows at once.
 *
 * What they fuse, one pass over memory each instead of a dozen NumPy passes:
 *
 * - select: the cells every `exclude` policy and constraint keeps (the engine's
 *   rule: infinity counts as missing, a constraint never hits a missing value),
 *   their values gathered in the band's own type, and the count, minimum and
 *   maximum of each band's finite kept values (the statistics of the grid);
 * - score: each criterion's standardisation of the kept cells (min-max, fuzzy
 *   linear, fuzzy small/large, a look-up table of whole-number values, or a
 *   column the caller standardised with NumPy), then the weighted linear
 *   combination, written as float32 into the window at the cells' positions;
 * - pack / unpack: the kept cells' positions as a bit mask (numpy.packbits order).
 *
 * The standardisations are the NumPy path's float64 operations, one by one
 * (subtract then divide, 1 - y for cost criteria, clip to 0-1; NumPy's own
 * special cases of x ** s), so each criterion's value equals NumPy's; the
 * weighted sum adds the criteria in order, where NumPy's matrix product may
 * add them in another order or with fused multiply-adds: the float64 scores
 * can differ in the last bit, the float32 output by at most one unit in the
 * last place (tests/app/test_grid_compiled.py). Built without contraction into
 * fused multiply-adds (-ffp-contract=off).
 *
 * Arrays come in through the buffer protocol (C-contiguous, native byte
 * order), so no NumPy headers are needed to build this file.
 *
 * The loops are written branch-free so the compiler vectorises them; with GCC
 * on x86-64 Linux (glibc) the two passes (select_core, score_core) are also
 * compiled for AVX2 and picked at load time by the CPU (target_clones): the
 * same operations on wider vectors, still without fused multiply-adds, so the
 * results are bit for bit those of the baseline (SSE2) build.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "_clones.h" /* HOT: the AVX2 and baseline clones of a pass */
/* INLINE: helpers forced into the HOT functions, so each clone compiles them for its own instruction set. */
#if defined(__GNUC__)
#define INLINE static inline __attribute__((always_inline))
#elif defined(_MSC_VER)
#define INLINE static __forceinline
#else
#define INLINE static inline
#endif

#define MAXC 64   /* columns (bands) and criteria per call */
#define MAXCHK 256 /* exclusion tests per call */

typedef struct {
    Py_buffer view;
    int held;
} Buf;

static void release(Buf *b) {
    if (b->held) {
        PyBuffer_Release(&b->view);
        b->held = 0;
    }
}

static char format_char(const Py_buffer *v) {
    const char *fmt = v->format;
    if (fmt == NULL) return 'B';
    while (*fmt == '@' || *fmt == '=' || *fmt == '<' || *fmt == '|') fmt++;
    return *fmt;
}

/* A C-contiguous buffer; `want`: 'F' float32 or float64, 'd' float64, 'q' 64-bit integer, 'B' bytes. */
static int get(PyObject *obj, Buf *b, char want, int writable, const char *name) {
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, &b->view, flags) < 0) return -1;
    b->held = 1;
    char f = format_char(&b->view);
    Py_ssize_t size = b->view.itemsize;
    int ok;
    switch (want) {
        case 'F': ok = (f == 'f' && size == 4) || (f == 'd' && size == 8); break;
        case 'd': ok = f == 'd' && size == 8; break;
        case 'q': ok = (f == 'q' || f == 'l' || f == 'n') && size == 8; break;
        default: ok = size == 1; break;
    }
    if (!ok) {
        PyErr_Format(PyExc_TypeError, "%s: unexpected element type '%s' (itemsize %zd)", name,
                     b->view.format ? b->view.format : "B", size);
        release(b);
        return -1;
    }
    return 0;
}

#define LEN(b) ((b).view.len / (b).view.itemsize)

static inline double load(const void *p, int wide, Py_ssize_t i) {
    return wide ? ((const double *)p)[i] : (double)((const float *)p)[i];
}

/* The bits of a float32 (memcpy: no aliasing assumption; compiled to a plain load). */
INLINE uint32_t bits32(const float *p) {
    uint32_t u;
    memcpy(&u, p, sizeof u);
    return u;
}

/* ------------------------------------------------------------------ select */

enum { OP_FINITE = 0, OP_LT, OP_LE, OP_GT, OP_GE, OP_EQ, OP_NE };

#define SELECT_CHUNK 4096

/* keep[i] &= the cell passes the test: finite (OP_FINITE), or not hit by the constraint (a missing
   value, NaN or infinity, is never hit). */
#define TEST(NAME, T)                                                                               \
    INLINE void NAME(const T *x, Py_ssize_t m, int op, double v, unsigned char *keep) {             \
        switch (op) {                                                                               \
            case OP_FINITE:                                                                         \
                for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (unsigned char)isfinite((double)x[i]); \
                break;                                                                              \
            case OP_LT:                                                                             \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] < v);        \
                break;                                                                              \
            case OP_LE:                                                                             \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] <= v);       \
                break;                                                                              \
            case OP_GT:                                                                             \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] > v);        \
                break;                                                                              \
            case OP_GE:                                                                             \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] >= v);       \
                break;                                                                              \
            case OP_EQ:                                                                             \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] == v);       \
                break;                                                                              \
            default:                                                                                \
                for (Py_ssize_t i = 0; i < m; i++)                                                  \
                    keep[i] &= (unsigned char)!(isfinite((double)x[i]) && (double)x[i] != v);       \
                break;                                                                              \
        }                                                                                           \
    }

TEST(test_f64, double)

/* Count, minimum and maximum of the finite values, accumulated chunk by chunk while the gathered
   values are still in cache. The minimum is the first value in reading order that no later one is
   below (a fold `lo = v < lo ? v : lo` from +infinity; the maximum likewise): a floating-point fold
   the compiler does not vectorise, so it is taken on integer keys instead, which order the finite
   values as the floats do with -0 below +0 (the bits, the magnitude bits flipped for negative
   values), with integer minima and maxima that vectorise. A key of zero (-0 or +0) is settled
   after the last chunk: the fold keeps the first zero of either sign (zero_sign). */
#define EXTREMES(NAME, T, U, S, EXP, BITS)                                                          \
    INLINE void NAME(const T *x, Py_ssize_t k, Py_ssize_t *count, S *lo, S *hi) {                   \
        const U top = (U)1 << (BITS - 1); /* the bits of the smallest key; top - 1 the largest */   \
        Py_ssize_t f = 0;                                                                           \
        S a = *lo, b = *hi;                                                                         \
        for (Py_ssize_t i = 0; i < k; i++) {                                                        \
            U u;                                                                                    \
            memcpy(&u, x + i, sizeof u);                                                            \
            U ok = (U)((u & EXP) != EXP), bad = ok - 1; /* all ones where not finite */             \
            S s = (S)u;                                                                             \
            U key = (U)(s ^ (S)((U)(s >> (BITS - 1)) >> 1));                                        \
            /* bitwise, not ?: (a conditional in the fold stops the vectoriser) */                  \
            S kl = (S)((key & ~bad) | ((top - 1) & bad)), kh = (S)((key & ~bad) | (top & bad));     \
            a = kl < a ? kl : a;                                                                    \
            b = kh > b ? kh : b;                                                                    \
            f += (Py_ssize_t)ok;                                                                    \
        }                                                                                           \
        *count += f;                                                                                \
        *lo = a;                                                                                    \
        *hi = b;                                                                                    \
    }

EXTREMES(extremes_f32, float, uint32_t, int32_t, 0x7f800000u, 32)
EXTREMES(extremes_f64, double, uint64_t, int64_t, 0x7ff0000000000000u, 64)

/* The value of an integer key (the same flip undoes it). */
static double unkey32(int32_t key) {
    uint32_t u = (uint32_t)(key ^ (int32_t)((uint32_t)(key >> 31) >> 1));
    float v;
    memcpy(&v, &u, sizeof v);
    return (double)v;
}

static double unkey64(int64_t key) {
    uint64_t u = (uint64_t)(key ^ (int64_t)((uint64_t)(key >> 63) >> 1));
    double v;
    memcpy(&v, &u, sizeof v);
    return v;
}

/* -0.0 or +0.0: the sign of the first zero among the values (there is one). */
static double zero_sign(const void *x, int wide, Py_ssize_t k) {
    for (Py_ssize_t i = 0; i < k; i++) {
        double v = wide ? ((const double *)x)[i] : (double)((const float *)x)[i];
        if (v == 0.0) return v;
    }
    return 0.0;
}

/* float32 columns: the same tests in float32 arithmetic on a 32-bit mask, loops the compiler
   vectorises (4-8 cells per instruction instead of one conversion to double and one comparison per
   cell). A float32 x compared with a double v gives the same answer as against the float32 next to v
   on the right side: (double)x > v <=> x > lo and (double)x <= v <=> x <= lo, where lo is the largest
   float32 <= v; (double)x < v <=> x < hi and (double)x >= v <=> x >= hi, hi the smallest float32 >= v;
   x == v only if v is a float32 (and so x != v always otherwise). Finite: the exponent bits are not
   all ones. */
static inline float below(double v) { /* largest float32 <= v (-inf below the range, NaN for NaN) */
    float f = (float)v;
    return (double)f > v ? nextafterf(f, -INFINITY) : f;
}

static inline float above(double v) { /* smallest float32 >= v */
    float f = (float)v;
    return (double)f < v ? nextafterf(f, INFINITY) : f;
}

INLINE void test_f32(const float *x, Py_ssize_t m, int op, double v, uint32_t *keep) {
    const float lo = below(v), hi = above(v);
    const int exact = (double)(float)v == v;
    const float fv = (float)v;
#define FIN(i) ((bits32(x + (i)) & 0x7f800000u) != 0x7f800000u)
    switch (op) {
        case OP_FINITE:
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)FIN(i);
            break;
        case OP_LT:
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] < hi));
            break;
        case OP_LE:
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] <= lo));
            break;
        case OP_GT:
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] > lo));
            break;
        case OP_GE:
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] >= hi));
            break;
        case OP_EQ:
            if (exact)
                for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] == fv));
            break;
        default: /* OP_NE */
            if (exact)
                for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!(FIN(i) & (x[i] != fv));
            else
                for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (uint32_t)!FIN(i);
            break;
    }
#undef FIN
}

/* The number of runs of kept cells in keep[0..m) (0/1 bytes). */
INLINE Py_ssize_t runs_of(const unsigned char *keep, Py_ssize_t m) {
    Py_ssize_t runs = keep[0];
    for (Py_ssize_t i = 1; i < m; i++) runs += keep[i] & (keep[i - 1] ^ 1);
    return runs;
}

/* The first position from i on where keep is not `value` (m if none); eight cells at a time. */
INLINE Py_ssize_t skip_run(const unsigned char *keep, Py_ssize_t i, Py_ssize_t m, int value) {
    const uint64_t all = value ? 0x0101010101010101ull : 0;
    for (; i + 8 <= m; i += 8) {
        uint64_t w;
        memcpy(&w, keep + i, sizeof w);
        if (w != all) break;
    }
    while (i < m && keep[i] == value) i++;
    return i;
}

#define RUN_MIN 32 /* cells per run on average from which a chunk's kept cells are copied run by run */

/* The selection without the GIL: the kept cells' positions into rows, their values into op, and
   each column's finite count and extremes; returns the number kept. Chunk by chunk: each test over
   the chunk (a branch-free loop the compiler vectorises), then the kept cells gathered and their
   extremes taken while in cache. */
HOT static Py_ssize_t select_core(Py_ssize_t n, Py_ssize_t nc, const void *const *cp, void *const *op,
                                  const int *wide, Py_ssize_t nk, const int *ccol, const int *cop,
                                  const double *cval, int64_t *rows, Py_ssize_t *nfin, double *vmin,
                                  double *vmax) {
    unsigned char keep[SELECT_CHUNK];
    uint32_t keep32[SELECT_CHUNK];
    int32_t lo32[MAXC], hi32[MAXC];
    int64_t lo64[MAXC], hi64[MAXC];
    for (Py_ssize_t j = 0; j < nc; j++) {
        nfin[j] = 0;
        lo32[j] = INT32_MAX;
        hi32[j] = INT32_MIN;
        lo64[j] = INT64_MAX;
        hi64[j] = INT64_MIN;
    }
    Py_ssize_t k = 0;
    for (Py_ssize_t i0 = 0; i0 < n; i0 += SELECT_CHUNK) {
        Py_ssize_t m = n - i0 < SELECT_CHUNK ? n - i0 : SELECT_CHUNK;
        memset(keep, 1, (size_t)m);
        for (Py_ssize_t i = 0; i < m; i++) keep32[i] = 1;
        int narrow = 0, broad = 0;
        for (Py_ssize_t c = 0; c < nk; c++) {
            if (wide[ccol[c]]) {
                test_f64((const double *)cp[ccol[c]] + i0, m, cop[c], cval[c], keep);
                broad = 1;
            } else {
                test_f32((const float *)cp[ccol[c]] + i0, m, cop[c], cval[c], keep32);
                narrow = 1;
            }
        }
        if (narrow && !broad) {
            for (Py_ssize_t i = 0; i < m; i++) keep[i] = (unsigned char)keep32[i];
        } else if (narrow) {
            for (Py_ssize_t i = 0; i < m; i++) keep[i] &= (unsigned char)keep32[i];
        }
        Py_ssize_t count = 0;
        for (Py_ssize_t i = 0; i < m; i++) count += keep[i];
        if (count == 0) continue;
        int64_t *at = rows + k;
        if (count == m) { /* every cell kept (land): copies */
            for (Py_ssize_t i = 0; i < m; i++) at[i] = i0 + i;
            for (Py_ssize_t j = 0; j < nc; j++) {
                size_t size = wide[j] ? 8 : 4;
                memcpy((char *)op[j] + (size_t)k * size, (const char *)cp[j] + (size_t)i0 * size, (size_t)m * size);
            }
        } else if (runs_of(keep, m) * RUN_MIN <= count) { /* long runs of kept cells (a coast): copies */
            Py_ssize_t q = 0, i = 0;
            while (i < m) {
                i = skip_run(keep, i, m, 0);
                Py_ssize_t start = i;
                i = skip_run(keep, i, m, 1);
                for (Py_ssize_t t = start; t < i; t++) at[q + t - start] = i0 + t;
                for (Py_ssize_t j = 0; j < nc; j++) {
                    size_t size = wide[j] ? 8 : 4;
                    memcpy((char *)op[j] + (size_t)(k + q) * size, (const char *)cp[j] + (size_t)(i0 + start) * size,
                           (size_t)(i - start) * size);
                }
                q += i - start;
            }
        } else {
            Py_ssize_t q = 0;
            for (Py_ssize_t i = 0; i < m; i++) {
                at[q] = i0 + i;
                q += keep[i];
            }
            for (Py_ssize_t j = 0; j < nc; j++) {
                if (wide[j]) {
                    const double *x = (const double *)cp[j];
                    double *o = (double *)op[j] + k;
                    for (Py_ssize_t i = 0; i < count; i++) o[i] = x[at[i]];
                } else {
                    const float *x = (const float *)cp[j];
                    float *o = (float *)op[j] + k;
                    for (Py_ssize_t i = 0; i < count; i++) o[i] = x[at[i]];
                }
            }
        }
        for (Py_ssize_t j = 0; j < nc; j++) {
            if (wide[j]) extremes_f64((const double *)op[j] + k, count, &nfin[j], &lo64[j], &hi64[j]);
            else extremes_f32((const float *)op[j] + k, count, &nfin[j], &lo32[j], &hi32[j]);
        }
        k += count;
    }
    for (Py_ssize_t j = 0; j < nc; j++) {
        if (nfin[j] == 0) {
            vmin[j] = INFINITY;
            vmax[j] = -INFINITY;
            continue;
        }
        vmin[j] = wide[j] ? unkey64(lo64[j]) : unkey32(lo32[j]);
        vmax[j] = wide[j] ? unkey64(hi64[j]) : unkey32(hi32[j]);
        if (vmin[j] == 0.0 || vmax[j] == 0.0) {
            double z = zero_sign(op[j], wide[j], k);
            if (vmin[j] == 0.0) vmin[j] = z;
            if (vmax[j] == 0.0) vmax[j] = z;
        }
    }
    return k;
}

static PyObject *k_select(PyObject *self, PyObject *args) {
    PyObject *cols_o, *checks_o, *rows_o, *outs_o;
    if (!PyArg_ParseTuple(args, "OOOO", &cols_o, &checks_o, &rows_o, &outs_o)) return NULL;
    PyObject *cols = NULL, *outs = NULL, *checks = NULL, *result = NULL;
    Buf cb[MAXC], ob[MAXC], rb = {0};
    memset(cb, 0, sizeof(cb));
    memset(ob, 0, sizeof(ob));
    Py_ssize_t nc = 0, no = 0, nk = 0;
    int ccol[MAXCHK], cop[MAXCHK];
    double cval[MAXCHK];
    cols = PySequence_Fast(cols_o, "columns: a sequence of arrays");
    outs = cols ? PySequence_Fast(outs_o, "outs: a sequence of arrays") : NULL;
    checks = outs ? PySequence_Fast(checks_o, "checks: a sequence of (column, op, value)") : NULL;
    if (checks == NULL) goto done;
    nc = PySequence_Fast_GET_SIZE(cols);
    if (nc < 1 || nc > MAXC || PySequence_Fast_GET_SIZE(outs) != nc) {
        PyErr_SetString(PyExc_ValueError, "select: 1-64 columns and one output per column");
        goto done;
    }
    nk = PySequence_Fast_GET_SIZE(checks);
    if (nk > MAXCHK) {
        PyErr_SetString(PyExc_ValueError, "select: at most 256 checks");
        goto done;
    }
    Py_ssize_t n = -1;
    const void *cp[MAXC];
    void *op[MAXC];
    int wide[MAXC];
    for (Py_ssize_t j = 0; j < nc; j++) {
        if (get(PySequence_Fast_GET_ITEM(cols, j), &cb[j], 'F', 0, "select column") < 0) goto done;
        if (get(PySequence_Fast_GET_ITEM(outs, j), &ob[j], 'F', 1, "select output") < 0) goto done;
        no = j + 1;
        if (n < 0) n = LEN(cb[j]);
        if (LEN(cb[j]) != n || LEN(ob[j]) < n || cb[j].view.itemsize != ob[j].view.itemsize) {
            PyErr_SetString(PyExc_ValueError, "select: columns of one length, outputs as long and of their type");
            goto done;
        }
        cp[j] = cb[j].view.buf;
        op[j] = ob[j].view.buf;
        wide[j] = cb[j].view.itemsize == 8;
    }
    if (get(rows_o, &rb, 'q', 1, "select rows") < 0) goto done;
    if (LEN(rb) < n) {
        PyErr_SetString(PyExc_ValueError, "select: rows must hold one entry per cell");
        goto done;
    }
    for (Py_ssize_t c = 0; c < nk; c++) {
        PyObject *t = PySequence_Fast_GET_ITEM(checks, c);
        if (!PyArg_ParseTuple(t, "iid", &ccol[c], &cop[c], &cval[c])) goto done;
        if (ccol[c] < 0 || ccol[c] >= nc || cop[c] < OP_FINITE || cop[c] > OP_NE) {
            PyErr_SetString(PyExc_ValueError, "select: bad check");
            goto done;
        }
    }
    int64_t *rows = (int64_t *)rb.view.buf;
    Py_ssize_t k;
    Py_ssize_t nfin[MAXC];
    double vmin[MAXC], vmax[MAXC];
    Py_BEGIN_ALLOW_THREADS
    k = select_core(n, nc, cp, op, wide, nk, ccol, cop, cval, rows, nfin, vmin, vmax);
    Py_END_ALLOW_THREADS
    PyObject *stats = PyList_New(nc);
    if (stats == NULL) goto done;
    for (Py_ssize_t j = 0; j < nc; j++) {
        PyObject *s = Py_BuildValue("(ndd)", nfin[j], vmin[j], vmax[j]);
        if (s == NULL) {
            Py_DECREF(stats);
            goto done;
        }
        PyList_SET_ITEM(stats, j, s);
    }
    result = Py_BuildValue("(nN)", k, stats);
done:
    for (Py_ssize_t j = 0; j < MAXC; j++) {
        release(&cb[j]);
        release(&ob[j]);
    }
    (void)no;
    release(&rb);
    Py_XDECREF(cols);
    Py_XDECREF(outs);
    Py_XDECREF(checks);
    return result;
}

/* ------------------------------------------------------------------- score */

enum { K_COLUMN = 0, K_LINEAR, K_SMALL, K_LARGE, K_TABLE };

/* x ** s as NumPy computes it for an array and a scalar exponent (its special cases, else pow). */
static inline double npy_power(double t, double s) {
    if (s == 2.0) return t * t;
    if (s == 0.5) return sqrt(t);
    if (s == 1.0) return t;
    if (s == -1.0) return 1.0 / t;
    if (s == 0.0) return 1.0;
    return pow(t, s);
}

typedef struct {
    int kind, col, complement, zero;
    double w, a, b;
    const double *table;
    Py_ssize_t size;
} Spec;

#define CHUNK 2048

static inline double clip01(double v) { return v < 0.0 ? 0.0 : (v > 1.0 ? 1.0 : v); }

static const double zero_entry = 0.0; /* read in place of an empty table */

/* a where the mask is all ones, b where it is zero (bits, not a branch the compiler would unswitch). */
INLINE double pick(uint64_t mask, double a, double b) {
    uint64_t ua, ub;
    memcpy(&ua, &a, sizeof ua);
    memcpy(&ub, &b, sizeof ub);
    uint64_t u = (ua & mask) | (ub & ~mask);
    double r;
    memcpy(&r, &u, sizeof r);
    return r;
}

#define TWO52 4503599627370496.0 /* 2 ** 52: (d + TWO52) - TWO52 is d rounded to a whole number (0 <= d < 2 ** 51) */

/* One criterion's standardised values of m cells (x as float32 or float64); 1 if a look-up fails.
   Each case one loop without a branch (the pow of exponents other than 3-31 apart; the look-up
   tables checked in a first pass), which the compiler vectorises. Fuzzy small/large with a whole
   exponent of 3-31 by squaring: within a few float64 ulps of pow; r * 1.0 is r, so multiplying by
   1.0 where the exponent's bit is not set is the product of the set bits' powers alone. */
#define STANDARDISE(NAME, T)                                                                        \
    INLINE int NAME(const T *x, Py_ssize_t m, const Spec *s, double *y) {                           \
        const double a = s->a, b = s->b, miss = s->zero ? 0.0 : NAN;                                \
        const int comp = s->complement;                                                             \
        switch (s->kind) {                                                                          \
            case K_LINEAR:                                                                          \
                for (Py_ssize_t i = 0; i < m; i++) {                                                \
                    double v = (double)x[i];                                                        \
                    double t = (v - a) / b;                                                         \
                    t = clip01(comp ? 1.0 - t : t);                                                 \
                    y[i] = isfinite(v) ? t : miss;                                                  \
                }                                                                                   \
                return 0;                                                                           \
            case K_SMALL:                                                                           \
            case K_LARGE: {                                                                         \
                const double e = s->kind == K_SMALL ? b : -b, low = s->kind == K_SMALL ? 1.0 : 0.0; \
                const int whole = e == floor(e) && fabs(e) >= 3.0 && fabs(e) <= 31.0;               \
                const unsigned bits = whole ? (unsigned)fabs(e) : 0u;                               \
                const uint64_t b0 = bits & 1 ? ~0ull : 0, b1 = bits & 2 ? ~0ull : 0,                \
                               b2 = bits & 4 ? ~0ull : 0, b3 = bits & 8 ? ~0ull : 0,                \
                               b4 = bits & 16 ? ~0ull : 0, neg = e < 0 ? ~0ull : 0,                 \
                               cm = comp ? ~0ull : 0;                                               \
                if (whole) {                                                                        \
                    for (Py_ssize_t i = 0; i < m; i++) {                                            \
                        double v = (double)x[i];                                                    \
                        double sq = v / a, r = 1.0;                                                 \
                        r *= pick(b0, sq, 1.0);                                                     \
                        sq *= sq;                                                                   \
                        r *= pick(b1, sq, 1.0);                                                     \
                        sq *= sq;                                                                   \
                        r *= pick(b2, sq, 1.0);                                                     \
                        sq *= sq;                                                                   \
                        r *= pick(b3, sq, 1.0);                                                     \
                        sq *= sq;                                                                   \
                        r *= pick(b4, sq, 1.0);                                                     \
                        double p = pick(neg, 1.0 / r, r), f = 1.0 / (1.0 + p);                      \
                        double t = v > 0 ? f : low;                                                 \
                        t = clip01(pick(cm, 1.0 - t, t));                                           \
                        y[i] = isfinite(v) ? t : miss;                                              \
                    }                                                                               \
                } else {                                                                            \
                    for (Py_ssize_t i = 0; i < m; i++) {                                            \
                        double v = (double)x[i];                                                    \
                        double p = npy_power(v / a, e);                                             \
                        double t = v > 0 ? 1.0 / (1.0 + p) : low;                                   \
                        t = clip01(comp ? 1.0 - t : t);                                             \
                        y[i] = isfinite(v) ? t : miss;                                              \
                    }                                                                               \
                }                                                                                   \
                return 0;                                                                           \
            }                                                                                       \
            default: { /* K_TABLE: whole numbers from a, table[v - a] */                            \
                const double size = (double)s->size;                                                \
                if (s->size > INT32_MAX) { /* (not built by scoring/grid.py) */                     \
                    for (Py_ssize_t i = 0; i < m; i++) {                                            \
                        double v = (double)x[i], d = v - a;                                         \
                        if (!isfinite(v)) {                                                         \
                            y[i] = miss;                                                            \
                            continue;                                                               \
                        }                                                                           \
                        if (!(d >= 0.0 && d < size) || (double)(int64_t)d != d) return 1;           \
                        y[i] = s->table[(int64_t)d];                                                \
                    }                                                                               \
                    return 0;                                                                       \
                }                                                                                   \
                /* every finite value a whole number inside the table? */                          \
                int bad = 0;                                                                        \
                for (Py_ssize_t i = 0; i < m; i++) {                                                \
                    double v = (double)x[i], d = v - a;                                             \
                    int in = (d >= 0.0) & (d < size) & ((d + TWO52) - TWO52 == d);                  \
                    bad |= (isfinite(v) != 0) & !in;                                                \
                }                                                                                   \
                if (bad) return 1;                                                                  \
                /* then the look-up: a whole d below 2 ** 31 is the low bits of d + TWO52 (position \
                   0 for a missing value) */                                                        \
                const double *table = s->size ? s->table : &zero_entry;                             \
                for (Py_ssize_t i = 0; i < m; i++) {                                                \
                    double v = (double)x[i], w = (v - a) + TWO52;                                   \
                    uint32_t fin = isfinite(v) != 0;                                                \
                    uint64_t wb;                                                                    \
                    memcpy(&wb, &w, sizeof wb);                                                     \
                    double t = table[(uint32_t)wb & (0u - fin)];                                    \
                    y[i] = fin ? t : miss;                                                          \
                }                                                                                   \
                return 0;                                                                           \
            }                                                                                       \
        }                                                                                           \
    }

STANDARDISE(standardise_f32, float)
STANDARDISE(standardise_f64, double)

/* The scores without the GIL: 0, 1 + the criterion whose look-up fails, or -1 (a row outside the
   window). Criterion by criterion over chunks of cells: loops without a branch per criterion, which
   the compiler vectorises; the sum still adds the criteria in order, cell by cell. */
HOT static long score_core(Py_ssize_t k, Py_ssize_t ns, const Spec *sp, const void *const *cp, const int *wide,
                           const int64_t *rows, float *out, Py_ssize_t n) {
    double acc[CHUNK], y[CHUNK];
    long failed = 0;
    for (Py_ssize_t i0 = 0; i0 < k && !failed; i0 += CHUNK) {
        Py_ssize_t m = k - i0 < CHUNK ? k - i0 : CHUNK;
        for (Py_ssize_t j = 0; j < ns && !failed; j++) {
            const Spec *s = &sp[j];
            if (s->kind == K_COLUMN) {
                memcpy(y, s->table + i0, (size_t)m * sizeof(double));
            } else if (wide[s->col]) {
                failed = standardise_f64((const double *)cp[s->col] + i0, m, s, y) ? (long)j + 1 : 0;
            } else {
                failed = standardise_f32((const float *)cp[s->col] + i0, m, s, y) ? (long)j + 1 : 0;
            }
            const double w = s->w;
            if (j == 0) {
                for (Py_ssize_t i = 0; i < m; i++) acc[i] = y[i] * w;
            } else {
                for (Py_ssize_t i = 0; i < m; i++) acc[i] = acc[i] + y[i] * w;
            }
        }
        if (failed) break;
        if (rows) {
            const int64_t *r = rows + i0;
            int bad = 0;
            for (Py_ssize_t i = 0; i < m; i++) bad |= (uint64_t)r[i] >= (uint64_t)n;
            if (bad) return -1;
            for (Py_ssize_t i = 0; i < m; i++) out[r[i]] = (float)acc[i];
        } else {
            for (Py_ssize_t i = 0; i < m; i++) out[i0 + i] = (float)acc[i];
        }
    }
    return failed;
}

static PyObject *k_score(PyObject *self, PyObject *args) {
    PyObject *cols_o, *specs_o, *rows_o, *out_o;
    if (!PyArg_ParseTuple(args, "OOOO", &cols_o, &specs_o, &rows_o, &out_o)) return NULL;
    PyObject *cols = NULL, *specs = NULL, *result = NULL;
    Buf cb[MAXC], tb[MAXC], rb = {0}, outb = {0};
    memset(cb, 0, sizeof(cb));
    memset(tb, 0, sizeof(tb));
    Spec sp[MAXC];
    cols = PySequence_Fast(cols_o, "columns: a sequence of arrays");
    specs = cols ? PySequence_Fast(specs_o, "specs: a sequence of tuples") : NULL;
    if (specs == NULL) goto done;
    Py_ssize_t nc = PySequence_Fast_GET_SIZE(cols), ns = PySequence_Fast_GET_SIZE(specs);
    if (nc > MAXC || ns < 1 || ns > MAXC) {
        PyErr_SetString(PyExc_ValueError, "score: 1-64 criteria and at most 64 columns");
        goto done;
    }
    Py_ssize_t k = -1;
    const void *cp[MAXC];
    int wide[MAXC];
    for (Py_ssize_t j = 0; j < nc; j++) {
        if (get(PySequence_Fast_GET_ITEM(cols, j), &cb[j], 'F', 0, "score column") < 0) goto done;
        if (k < 0) k = LEN(cb[j]);
        if (LEN(cb[j]) != k) {
            PyErr_SetString(PyExc_ValueError, "score: columns of one length");
            goto done;
        }
        cp[j] = cb[j].view.buf;
        wide[j] = cb[j].view.itemsize == 8;
    }
    for (Py_ssize_t j = 0; j < ns; j++) {
        PyObject *t = PySequence_Fast_GET_ITEM(specs, j), *table;
        Spec *s = &sp[j];
        if (!PyArg_ParseTuple(t, "iiiidddO", &s->kind, &s->col, &s->complement, &s->zero, &s->w, &s->a, &s->b,
                              &table))
            goto done;
        if (s->kind < K_COLUMN || s->kind > K_TABLE || (s->kind != K_COLUMN && (s->col < 0 || s->col >= nc))) {
            PyErr_SetString(PyExc_ValueError, "score: bad criterion");
            goto done;
        }
        s->table = NULL;
        s->size = 0;
        if (s->kind == K_COLUMN || s->kind == K_TABLE) {
            if (get(table, &tb[j], 'd', 0, "score table") < 0) goto done;
            s->table = (const double *)tb[j].view.buf;
            s->size = LEN(tb[j]);
            if (s->kind == K_COLUMN) {
                if (k < 0) k = s->size;
                if (s->size != k) {
                    PyErr_SetString(PyExc_ValueError, "score: a standardised column of another length");
                    goto done;
                }
            }
        }
    }
    if (k < 0) {
        PyErr_SetString(PyExc_ValueError, "score: no column");
        goto done;
    }
    if (get(out_o, &outb, 'F', 1, "score out") < 0) goto done;
    if (outb.view.itemsize != 4) {
        PyErr_SetString(PyExc_TypeError, "score: out must be float32");
        goto done;
    }
    float *out = (float *)outb.view.buf;
    Py_ssize_t n = LEN(outb);
    const int64_t *rows = NULL;
    if (rows_o != Py_None) {
        if (get(rows_o, &rb, 'q', 0, "score rows") < 0) goto done;
        if (LEN(rb) != k) {
            PyErr_SetString(PyExc_ValueError, "score: one row per cell");
            goto done;
        }
        rows = (const int64_t *)rb.view.buf;
    } else if (k > n) {
        PyErr_SetString(PyExc_ValueError, "score: more cells than the window");
        goto done;
    }
    long failed;
    Py_BEGIN_ALLOW_THREADS
    failed = score_core(k, ns, sp, cp, wide, rows, out, n);
    Py_END_ALLOW_THREADS
    if (failed < 0) {
        PyErr_SetString(PyExc_ValueError, "score: a row outside the window");
        goto done;
    }
    result = PyLong_FromLong(failed);
done:
    for (Py_ssize_t j = 0; j < MAXC; j++) {
        release(&cb[j]);
        release(&tb[j]);
    }
    release(&rb);
    release(&outb);
    Py_XDECREF(cols);
    Py_XDECREF(specs);
    return result;
}

/* ------------------------------------------------------------ pack, unpack */

static PyObject *k_pack(PyObject *self, PyObject *args) {
    PyObject *rows_o, *out_o;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OnO", &rows_o, &n, &out_o)) return NULL;
    Buf rb = {0}, ob = {0};
    PyObject *result = NULL;
    if (get(rows_o, &rb, 'q', 0, "pack rows") < 0 || get(out_o, &ob, 'B', 1, "pack out") < 0) goto done;
    if (ob.view.len < (n + 7) / 8) {
        PyErr_SetString(PyExc_ValueError, "pack: out too short");
        goto done;
    }
    const int64_t *rows = (const int64_t *)rb.view.buf;
    uint8_t *bits = (uint8_t *)ob.view.buf;
    Py_ssize_t k = LEN(rb);
    int bad = 0;
    Py_BEGIN_ALLOW_THREADS
    memset(bits, 0, (size_t)(n + 7) / 8);
    for (Py_ssize_t i = 0; i < k; i++) {
        int64_t r = rows[i];
        if (r < 0 || r >= n) {
            bad = 1;
            break;
        }
        bits[r >> 3] |= (uint8_t)(0x80u >> (r & 7));
    }
    Py_END_ALLOW_THREADS
    if (bad) {
        PyErr_SetString(PyExc_ValueError, "pack: a row outside 0..n-1");
        goto done;
    }
    result = Py_NewRef(Py_None);
done:
    release(&rb);
    release(&ob);
    return result;
}

static PyObject *k_unpack(PyObject *self, PyObject *args) {
    PyObject *bits_o, *rows_o;
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "OnO", &bits_o, &n, &rows_o)) return NULL;
    Buf bb = {0}, rb = {0};
    PyObject *result = NULL;
    if (get(bits_o, &bb, 'B', 0, "unpack bits") < 0 || get(rows_o, &rb, 'q', 1, "unpack rows") < 0) goto done;
    if (bb.view.len < (n + 7) / 8) {
        PyErr_SetString(PyExc_ValueError, "unpack: bits too short");
        goto done;
    }
    const uint8_t *bits = (const uint8_t *)bb.view.buf;
    int64_t *rows = (int64_t *)rb.view.buf;
    Py_ssize_t cap = LEN(rb), k = 0;
    int full = 0;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t byte = 0; byte < (n + 7) / 8 && !full; byte++) {
        uint8_t v = bits[byte];
        if (v == 0) continue;
        for (int b = 0; b < 8; b++) {
            if (!(v & (0x80u >> b))) continue;
            Py_ssize_t r = byte * 8 + b;
            if (r >= n) break;
            if (k >= cap) {
                full = 1;
                break;
            }
            rows[k++] = r;
        }
    }
    Py_END_ALLOW_THREADS
    if (full) {
        PyErr_SetString(PyExc_ValueError, "unpack: rows too short");
        goto done;
    }
    result = PyLong_FromSsize_t(k);
done:
    release(&bb);
    release(&rb);
    return result;
}

static PyMethodDef methods[] = {
    {"select", k_select, METH_VARARGS,
     "select(columns, checks, rows, outs) -> (kept, [(finite, min, max)]): the kept cells, gathered."},
    {"score", k_score, METH_VARARGS,
     "score(columns, specs, rows, out) -> 0, or 1 + the criterion whose look-up table does not fit."},
    {"pack", k_pack, METH_VARARGS, "pack(rows, n, out): the rows as a bit mask (numpy.packbits order)."},
    {"unpack", k_unpack, METH_VARARGS, "unpack(bits, n, rows) -> count: the set bits' positions."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_grid_kernels",
    "Compiled kernels of SmartZone's grid suitability (GIL released).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__grid_kernels(void) { return PyModule_Create(&module); }
