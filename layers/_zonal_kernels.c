/*
 * Compiled kernels of the fast zonal-statistics path (smartzone.layers._zonal_fast).
 *
 * Optional C extension: built at install time when a C compiler is present
 * (pyproject.toml, ext-modules, optional = true); without it the NumPy path
 * in _zonal_fast.py does the same work, more slowly. Every loop runs with the
 * GIL released, so the reader threads of _zonal_fast reduce blocks at once.
 *
 * Arrays come in through the buffer protocol (C-contiguous, native byte
 * order); results are returned as bytearrays that Python views with
 * numpy.frombuffer, so no NumPy headers are needed to build this file.
 *
 * The arithmetic is the NumPy path's, operation by operation (affine
 * transform of the vertices, crossing x = x0 + (row + 0.5 - y0) * slope,
 * ceil(x - 0.5) as the first pixel centre right of the crossing), and must
 * stay so: the tests compare the spans of both paths for equality. Build it
 * without contraction into fused multiply-adds (-ffp-contract=off).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ buffers */

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

/* The element kind of a buffer: 'i' signed, 'u' unsigned, 'f' float, 0 unknown. */
static char kind_of(const char *fmt) {
    if (fmt == NULL) return 'u'; /* plain bytes */
    while (*fmt == '@' || *fmt == '=' || *fmt == '<' || *fmt == '|') fmt++;
    switch (*fmt) {
        case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': return 'i';
        case 'B': case 'H': case 'I': case 'L': case 'Q': case 'N': return 'u';
        case 'f': case 'd': return 'f';
        default: return 0;
    }
}

/* Acquire a C-contiguous buffer of elements of `kind` and `itemsize` (0: any). */
static int get(PyObject *obj, Buf *b, char kind, Py_ssize_t itemsize, int writable, const char *name) {
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    if (PyObject_GetBuffer(obj, &b->view, flags) < 0) {
        return -1;
    }
    b->held = 1;
    char k = kind_of(b->view.format);
    if ((kind && k != kind) || (itemsize && b->view.itemsize != itemsize) || k == 0) {
        PyErr_Format(PyExc_TypeError, "%s: unexpected element type '%s' (itemsize %zd)", name,
                     b->view.format ? b->view.format : "B", b->view.itemsize);
        release(b);
        return -1;
    }
    return 0;
}

#define LEN(b) ((b).view.len / (b).view.itemsize)

static PyObject *new_bytes(Py_ssize_t n, Py_ssize_t itemsize, char **data) {
    PyObject *o = PyByteArray_FromStringAndSize(NULL, n * itemsize);
    if (o != NULL) *data = PyByteArray_AS_STRING(o);
    return o;
}

/* ceil(x) for |x| < 2**62 without a libm call (baseline x86-64 has no rounding instruction);
   equal to ceil() on that range, which covers any pixel coordinate. */
static inline double fast_ceil(double x) {
    double t = (double)(int64_t)x; /* truncation toward zero */
    return t + (double)(t < x);       /* branch-free: the comparison is unpredictable */
}

/* -------------------------------------------------------------------- edges */

/*
 * edges(coords f8[n, 2], coord_idx i8[n], ring_label i8[rings], a, b, c, d, e, f)
 *   -> (x0, y0, slope, label, r_start, r_end, sorted)
 *
 * Polygon edges in pixel coordinates (x = column, y = row) through the inverse
 * geotransform (a, b, c, d, e, f), keeping the edges that cross a row centre:
 * rows r with r + 0.5 in [min y, max y). Edges are ordered by first row
 * (counting sort, stable) unless the row range is huge (then `sorted` is
 * False and the caller sorts). Three passes over the vertices, no per-vertex
 * temporaries.
 */
static PyObject *k_edges(PyObject *self, PyObject *args) {
    PyObject *o_coords, *o_idx, *o_lab;
    double ia, ib, ic, id, ie, jf;
    if (!PyArg_ParseTuple(args, "OOOdddddd", &o_coords, &o_idx, &o_lab, &ia, &ib, &ic, &id, &ie, &jf)) return NULL;
    Buf bc = {0}, bi = {0}, bl = {0};
    PyObject *out[6] = {0};
    PyObject *result = NULL;
    int64_t *pos = NULL;
    if (get(o_coords, &bc, 'f', 8, 0, "coords") < 0 || get(o_idx, &bi, 'i', 8, 0, "coord_idx") < 0 ||
        get(o_lab, &bl, 'i', 8, 0, "ring_label") < 0)
        goto done;
    Py_ssize_t n = LEN(bi);
    if (LEN(bc) != 2 * n) {
        PyErr_SetString(PyExc_ValueError, "coords must have shape (len(coord_idx), 2)");
        goto done;
    }
    const double *xy = (const double *)bc.view.buf;
    const int64_t *ci = (const int64_t *)bi.view.buf;
    const int64_t *rl = (const int64_t *)bl.view.buf;
    Py_ssize_t nrings = LEN(bl);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (ci[i] < 0 || ci[i] >= nrings) {
            PyErr_SetString(PyExc_ValueError, "coord_idx out of range of ring_label");
            goto done;
        }
    }
    /* pass 1: number of edges crossing a row centre, and the range of every edge's first row
       (all edges, so that pass 2 can index without a branch) */
    Py_ssize_t m = 0;
    int64_t lo_r = INT64_MAX, hi_r = INT64_MIN;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        if (ci[i + 1] != ci[i]) continue;
        double ya = id * xy[2 * i] + ie * xy[2 * i + 1] + jf;
        double yb = id * xy[2 * i + 2] + ie * xy[2 * i + 3] + jf;
        int64_t a = (int64_t)fast_ceil((ya < yb ? ya : yb) - 0.5);
        int64_t b = (int64_t)fast_ceil((ya < yb ? yb : ya) - 0.5);
        m += b > a;
        lo_r = a < lo_r ? a : lo_r;
        hi_r = a > hi_r ? a : hi_r;
    }
    Py_END_ALLOW_THREADS
    char *p[6];
    for (int k = 0; k < 6; k++) {
        out[k] = new_bytes(m, 8, &p[k]);
        if (out[k] == NULL) goto done;
    }
    double *x0 = (double *)p[0], *y0 = (double *)p[1], *slope = (double *)p[2];
    int64_t *label = (int64_t *)p[3], *r_start = (int64_t *)p[4], *r_end = (int64_t *)p[5];
    int bucket = m > 0 && hi_r - lo_r <= 4 * (int64_t)m + 1000000;
    int64_t nb = bucket ? hi_r - lo_r + 2 : 1;
    pos = (int64_t *)calloc((size_t)nb, sizeof(int64_t));
    if (pos == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_BEGIN_ALLOW_THREADS
    if (bucket) { /* pass 2: edges per first row -> start of each row's slots */
        for (Py_ssize_t i = 0; i + 1 < n; i++) {
            if (ci[i + 1] != ci[i]) continue;
            double ya = id * xy[2 * i] + ie * xy[2 * i + 1] + jf;
            double yb = id * xy[2 * i + 2] + ie * xy[2 * i + 3] + jf;
            int64_t a = (int64_t)fast_ceil((ya < yb ? ya : yb) - 0.5);
            int64_t b = (int64_t)fast_ceil((ya < yb ? yb : ya) - 0.5);
            pos[a - lo_r + 1] += b > a;
        }
        for (int64_t k = 0; k + 1 < nb; k++) pos[k + 1] += pos[k];
    }
    Py_ssize_t j = 0;
    for (Py_ssize_t i = 0; i + 1 < n; i++) { /* pass 3: fill */
        if (ci[i + 1] != ci[i]) continue;
        double xa = ia * xy[2 * i] + ib * xy[2 * i + 1] + ic;
        double ya = id * xy[2 * i] + ie * xy[2 * i + 1] + jf;
        double xb = ia * xy[2 * i + 2] + ib * xy[2 * i + 3] + ic;
        double yb = id * xy[2 * i + 2] + ie * xy[2 * i + 3] + jf;
        int64_t a = (int64_t)fast_ceil((ya < yb ? ya : yb) - 0.5);
        int64_t b = (int64_t)fast_ceil((ya < yb ? yb : ya) - 0.5);
        if (b <= a) continue;
        Py_ssize_t k = bucket ? pos[a - lo_r]++ : j++;
        x0[k] = xa;
        y0[k] = ya;
        slope[k] = (xb - xa) / (yb - ya);
        label[k] = rl[ci[i]];
        r_start[k] = a;
        r_end[k] = b;
    }
    Py_END_ALLOW_THREADS
    result = Py_BuildValue("(OOOOOOO)", out[0], out[1], out[2], out[3], out[4], out[5],
                           (bucket || m == 0) ? Py_True : Py_False);
done:
    free(pos);
    for (int k = 0; k < 6; k++) Py_XDECREF(out[k]);
    release(&bc);
    release(&bi);
    release(&bl);
    return result;
}

/* --------------------------------------------------------------- band spans */

/* Crossing keys pack (label, row in band, column): label << 40 | row << 24 | column. */
#define ROW_BITS 16
#define COL_BITS 24
#define MAX_LABEL (((int64_t)1 << (63 - ROW_BITS - COL_BITS)) - 1)

/*
 * band_spans(x0, y0, slope, label, r_start, r_end, lo, hi, row0, row1, width,
 *            c_start, cw, labelled i8[n] (added to))
 *   -> (row, c0, c1, label, offsets, ok)
 *
 * The spans (runs of pixel centres inside a district) on rows [row0, row1)
 * from edges lo:hi, grouped by block column: block column j (columns
 * c_start + j * cw ...) holds spans offsets[j]:offsets[j + 1]; a span crossing
 * a block boundary is listed in every block it touches (the reductions clip
 * it). Within a block the spans are ordered by district, then row, then
 * column. `labelled[d]` gains the pixel count of district d's spans.
 * Crossings are sorted by two counting sorts (row, then district) and an
 * insertion sort within each (district, row); ok is False for unpaired
 * crossings (rings not closed). Limits: row1 - row0 < 2**16,
 * width < 2**24 - 1, labels < 2**23 (checked).
 */
static PyObject *k_band_spans(PyObject *self, PyObject *args) {
    PyObject *ox0, *oy0, *osl, *olab, *ors, *ore, *olabelled;
    Py_ssize_t lo, hi;
    int64_t row0, row1, width, c_start, cw;
    if (!PyArg_ParseTuple(args, "OOOOOOnnLLLLLO", &ox0, &oy0, &osl, &olab, &ors, &ore, &lo, &hi, &row0, &row1,
                          &width, &c_start, &cw, &olabelled))
        return NULL;
    Buf b[7];
    memset(b, 0, sizeof b);
    PyObject *out[5] = {0};
    PyObject *result = NULL;
    int64_t *key = NULL, *tmp = NULL, *by_row = NULL, *by_lab = NULL, *sp = NULL, *bcount = NULL;
    int nomem = 0;
    if (get(ox0, &b[0], 'f', 8, 0, "x0") < 0 || get(oy0, &b[1], 'f', 8, 0, "y0") < 0 ||
        get(osl, &b[2], 'f', 8, 0, "slope") < 0 || get(olab, &b[3], 'i', 8, 0, "label") < 0 ||
        get(ors, &b[4], 'i', 8, 0, "r_start") < 0 || get(ore, &b[5], 'i', 8, 0, "r_end") < 0 ||
        get(olabelled, &b[6], 'i', 8, 1, "labelled") < 0)
        goto done;
    Py_ssize_t ne = LEN(b[0]);
    for (int k = 1; k < 6; k++) {
        if (LEN(b[k]) != ne) {
            PyErr_SetString(PyExc_ValueError, "edge arrays differ in length");
            goto done;
        }
    }
    if (lo < 0 || hi > ne || lo > hi) {
        PyErr_SetString(PyExc_ValueError, "edge range out of bounds");
        goto done;
    }
    int64_t nrows = row1 - row0;
    if (nrows <= 0 || nrows >= ((int64_t)1 << ROW_BITS) || width < 0 || width + 1 >= ((int64_t)1 << COL_BITS) ||
        cw <= 0 || c_start < 0 || c_start > width) {
        PyErr_SetString(PyExc_ValueError, "band or grid outside the kernel's limits");
        goto done;
    }
    const double *x0 = (const double *)b[0].view.buf, *y0 = (const double *)b[1].view.buf;
    const double *slope = (const double *)b[2].view.buf;
    const int64_t *elab = (const int64_t *)b[3].view.buf, *rs = (const int64_t *)b[4].view.buf;
    const int64_t *re = (const int64_t *)b[5].view.buf;
    int64_t *labelled = (int64_t *)b[6].view.buf;
    Py_ssize_t nlabelled = LEN(b[6]);
    int64_t nbc = (width - c_start + cw - 1) / cw + 1;
    Py_ssize_t nspans = 0, nout = 0;
    int ok = 1, bad_label = 0;

    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t total = 0;
    int64_t nlab = 0;
    for (Py_ssize_t e = lo; e < hi; e++) {
        int64_t a = rs[e] > row0 ? rs[e] : row0;
        int64_t z = re[e] < row1 ? re[e] : row1;
        if (z > a) {
            total += z - a;
            if (elab[e] < 0 || elab[e] >= nlabelled || elab[e] > MAX_LABEL) bad_label = 1;
            if (elab[e] + 1 > nlab) nlab = elab[e] + 1;
        }
    }
    if (!bad_label && total > 0) {
        key = (int64_t *)malloc((size_t)total * sizeof(int64_t));
        tmp = (int64_t *)malloc((size_t)total * sizeof(int64_t));
        by_row = (int64_t *)calloc((size_t)nrows + 1, sizeof(int64_t));
        by_lab = (int64_t *)calloc((size_t)nlab + 1, sizeof(int64_t));
        sp = (int64_t *)malloc((size_t)(total / 2 + 1) * 4 * sizeof(int64_t));
        bcount = (int64_t *)calloc((size_t)nbc + 1, sizeof(int64_t));
        nomem = !key || !tmp || !by_row || !by_lab || !sp || !bcount;
    }
    if (!bad_label && !nomem && total > 0) {
        Py_ssize_t k = 0;
        for (Py_ssize_t e = lo; e < hi; e++) {
            int64_t a = rs[e] > row0 ? rs[e] : row0;
            int64_t z = re[e] < row1 ? re[e] : row1;
            if (z <= a) continue;
            double ex = x0[e], ey = y0[e], es = slope[e];
            int64_t le = elab[e];
            by_lab[le + 1] += z - a;
            for (int64_t r = a; r < z; r++) {
                double x = ex + ((double)r + 0.5 - ey) * es;
                double c = fast_ceil(x - 0.5);
                if (c < 0.0) c = 0.0;
                else if (c > (double)width) c = (double)width;
                key[k++] = (le << (ROW_BITS + COL_BITS)) | ((r - row0) << COL_BITS) | (int64_t)c;
                by_row[r - row0 + 1]++;
            }
        }
        /* LSD: stable counting sort by row, then by district; then each (district, row) by column */
        for (int64_t i = 0; i < nrows; i++) by_row[i + 1] += by_row[i];
        for (int64_t i = 0; i < nlab; i++) by_lab[i + 1] += by_lab[i];
        const int64_t rmask = ((int64_t)1 << ROW_BITS) - 1, cmask = ((int64_t)1 << COL_BITS) - 1;
        for (Py_ssize_t i = 0; i < total; i++) {
            int64_t r = (key[i] >> COL_BITS) & rmask;
            tmp[by_row[r]++] = key[i];
        }
        for (Py_ssize_t i = 0; i < total; i++) {
            int64_t le = tmp[i] >> (ROW_BITS + COL_BITS);
            key[by_lab[le]++] = tmp[i];
        }
        for (Py_ssize_t i = 1; i < total; i++) {
            int64_t v = key[i];
            Py_ssize_t j = i - 1;
            while (j >= 0 && key[j] > v) {
                key[j + 1] = key[j];
                j--;
            }
            key[j + 1] = v;
        }
        ok = total % 2 == 0;
        for (Py_ssize_t i = 0; ok && i + 1 < total; i += 2) { /* pair crossings into spans */
            int64_t ka = key[i], kb = key[i + 1];
            if ((ka >> COL_BITS) != (kb >> COL_BITS)) {
                ok = 0;
                break;
            }
            int64_t ca = ka & cmask, cb = kb & cmask;
            if (cb <= ca) continue;
            int64_t *s = sp + 4 * nspans++;
            s[0] = ((ka >> COL_BITS) & rmask) + row0;
            s[1] = ca;
            s[2] = cb;
            s[3] = ka >> (ROW_BITS + COL_BITS);
            labelled[s[3]] += cb - ca;
            int64_t j0 = (ca - c_start) / cw, j1 = (cb - 1 - c_start) / cw;
            if (ca < c_start) j0 = 0; /* columns left of the first block column cannot hold data */
            for (int64_t j = j0; j <= j1; j++) bcount[j + 1]++;
        }
        if (ok) {
            for (int64_t j = 0; j < nbc; j++) bcount[j + 1] += bcount[j];
            nout = bcount[nbc];
        }
    }
    Py_END_ALLOW_THREADS

    if (bad_label) {
        PyErr_SetString(PyExc_ValueError, "edge labels out of range of labelled");
        goto done;
    }
    if (nomem) {
        PyErr_NoMemory();
        goto done;
    }
    if (!ok) nout = 0;
    char *p[5];
    for (int k = 0; k < 4; k++) {
        out[k] = new_bytes(nout, 8, &p[k]);
        if (out[k] == NULL) goto done;
    }
    out[4] = new_bytes(nbc + 1, 8, &p[4]);
    if (out[4] == NULL) goto done;
    Py_BEGIN_ALLOW_THREADS
    int64_t *orow = (int64_t *)p[0], *oc0 = (int64_t *)p[1], *oc1 = (int64_t *)p[2], *olb = (int64_t *)p[3];
    int64_t *offsets = (int64_t *)p[4];
    if (ok && nout > 0) {
        memcpy(offsets, bcount, (size_t)(nbc + 1) * sizeof(int64_t));
        /* stable scatter into block columns: first every span into the block of its first
           pixel, then the continuations of spans crossing block boundaries (the NumPy order) */
        for (int pass = 0; pass < 2; pass++) {
            for (Py_ssize_t i = 0; i < nspans; i++) {
                const int64_t *s = sp + 4 * i;
                int64_t j0 = (s[1] - c_start) / cw, j1 = (s[2] - 1 - c_start) / cw;
                if (s[1] < c_start) j0 = 0;
                if (pass == 0) j1 = j0;
                else j0++;
                for (int64_t j = j0; j <= j1; j++) {
                    int64_t t = bcount[j]++;
                    orow[t] = s[0];
                    oc0[t] = s[1];
                    oc1[t] = s[2];
                    olb[t] = s[3];
                }
            }
        }
    } else {
        memset(offsets, 0, (size_t)(nbc + 1) * sizeof(int64_t));
    }
    Py_END_ALLOW_THREADS
    result = Py_BuildValue("(OOOOOO)", out[0], out[1], out[2], out[3], out[4], ok ? Py_True : Py_False);
done:
    free(key);
    free(tmp);
    free(by_row);
    free(by_lab);
    free(sp);
    free(bcount);
    for (int k = 0; k < 5; k++) Py_XDECREF(out[k]);
    for (int k = 0; k < 7; k++) release(&b[k]);
    return result;
}

/* ------------------------------------------------------------- reductions */

/* The spans of one block: rows, column ranges and districts, plus the block origin. */
typedef struct {
    Buf data, row, s0, s1, label;
    int64_t r0, c0, h, w, n;
    const int64_t *prow, *ps0, *ps1, *plab;
} Block;

static void block_release(Block *k) {
    release(&k->data);
    release(&k->row);
    release(&k->s0);
    release(&k->s1);
    release(&k->label);
}

/* Acquire a 2-D block and its spans; check every span lies on the block's rows. */
static int block_get(Block *k, PyObject *data, int64_t r0, int64_t c0, PyObject *row, PyObject *s0, PyObject *s1,
                     PyObject *label, char kind, Py_ssize_t itemsize) {
    if (get(data, &k->data, kind, itemsize, 0, "data") < 0 || get(row, &k->row, 'i', 8, 0, "row") < 0 ||
        get(s0, &k->s0, 'i', 8, 0, "s0") < 0 || get(s1, &k->s1, 'i', 8, 0, "s1") < 0 ||
        get(label, &k->label, 'i', 8, 0, "label") < 0)
        return -1;
    if (k->data.view.ndim != 2) {
        PyErr_SetString(PyExc_ValueError, "data must be a 2-D block");
        return -1;
    }
    k->h = k->data.view.shape[0];
    k->w = k->data.view.shape[1];
    k->r0 = r0;
    k->c0 = c0;
    k->n = LEN(k->row);
    if (LEN(k->s0) != k->n || LEN(k->s1) != k->n || LEN(k->label) != k->n) {
        PyErr_SetString(PyExc_ValueError, "span arrays differ in length");
        return -1;
    }
    k->prow = (const int64_t *)k->row.view.buf;
    k->ps0 = (const int64_t *)k->s0.view.buf;
    k->ps1 = (const int64_t *)k->s1.view.buf;
    k->plab = (const int64_t *)k->label.view.buf;
    for (int64_t i = 0; i < k->n; i++) {
        if (k->prow[i] < r0 || k->prow[i] >= r0 + k->h) {
            PyErr_SetString(PyExc_ValueError, "span row outside the block");
            return -1;
        }
    }
    return 0;
}

static int check_labels(const Block *k, Py_ssize_t n) {
    for (int64_t i = 0; i < k->n; i++) {
        if (k->plab[i] < 0 || k->plab[i] >= n) {
            PyErr_SetString(PyExc_ValueError, "span label out of range of the accumulators");
            return -1;
        }
    }
    return 0;
}

/* Column range [a, b) of span i clipped to the block. */
#define SPAN_RANGE(k, i, a, b)                                        \
    int64_t a = (k)->ps0[i] - (k)->c0, b = (k)->ps1[i] - (k)->c0;      \
    if (a < 0) a = 0;                                                 \
    if (b > (k)->w) b = (k)->w;

/*
 * classes_u8(data u1[h, w], r0, c0, row, s0, s1, label, counts i4[n, 4, 256])
 * Adds every span pixel to counts[district, lane, value]; pixels go round-robin
 * to 4 lanes (summed by the caller) so that runs of one class do not make
 * each increment wait for the previous one. Nodata is removed by the caller, who
 * also keeps the 32-bit counts from overflowing (fewer than 2**31 pixels between flushes).
 */
static PyObject *k_classes_u8(PyObject *self, PyObject *args) {
    PyObject *od, *orow, *os0, *os1, *olab, *ocounts;
    int64_t r0, c0;
    if (!PyArg_ParseTuple(args, "OLLOOOOO", &od, &r0, &c0, &orow, &os0, &os1, &olab, &ocounts)) return NULL;
    Block k;
    memset(&k, 0, sizeof k);
    Buf bcounts = {0};
    PyObject *result = NULL;
    if (block_get(&k, od, r0, c0, orow, os0, os1, olab, 'u', 1) < 0) goto done;
    if (get(ocounts, &bcounts, 'i', 4, 1, "counts") < 0) goto done;
    if (check_labels(&k, LEN(bcounts) / 1024) < 0) goto done;
    int32_t *counts = (int32_t *)bcounts.view.buf;
    const uint8_t *data = (const uint8_t *)k.data.view.buf;
    Py_BEGIN_ALLOW_THREADS
    for (int64_t i = 0; i < k.n; i++) {
        SPAN_RANGE(&k, i, a, b)
        const uint8_t *p = data + (k.prow[i] - r0) * k.w;
        int32_t *cl = counts + k.plab[i] * 1024;
        int64_t c = a;
        for (; c + 4 <= b; c += 4) {
            cl[p[c]]++;
            cl[256 + p[c + 1]]++;
            cl[512 + p[c + 2]]++;
            cl[768 + p[c + 3]]++;
        }
        for (; c < b; c++) cl[p[c]]++;
    }
    Py_END_ALLOW_THREADS
    result = Py_NewRef(Py_None);
done:
    block_release(&k);
    release(&bcounts);
    return result;
}

/*
 * Per element type T: sum_count adds each span's valid pixel count and value
 * sum (float64, eight running sums per span so the loop pipelines) to
 * count / total; minmax folds valid pixels into vmin / vmax (float64). Valid:
 * not NaN and, with has_nodata, not equal to nodata (given in T).
 */
#define DEFINE_REDUCERS(T, NAME)                                                                          \
    static void sum_count_##NAME(const Block *k, T nd, int has_nd, int64_t *count, double *total) {      \
        const T *data = (const T *)k->data.view.buf;                                                      \
        for (int64_t i = 0; i < k->n; i++) {                                                              \
            SPAN_RANGE(k, i, a, b)                                                                        \
            const T *p = data + (k->prow[i] - k->r0) * k->w;                                              \
            int64_t n8[8] = {0};                                                                          \
            double s8[8] = {0};                                                                           \
            int64_t c = a;                                                                                \
            for (; c + 8 <= b; c += 8) {                                                                  \
                for (int j = 0; j < 8; j++) {                                                             \
                    T v = p[c + j];                                                                       \
                    int ok = (v == v) & (!has_nd | (v != nd));                                            \
                    n8[j] += ok;                                                                          \
                    s8[j] += ok ? (double)v : 0.0;                                                        \
                }                                                                                         \
            }                                                                                             \
            for (int j = 0; c < b; c++, j++) {                                                            \
                T v = p[c];                                                                               \
                int ok = (v == v) & (!has_nd | (v != nd));                                                \
                n8[j] += ok;                                                                              \
                s8[j] += ok ? (double)v : 0.0;                                                            \
            }                                                                                             \
            count[k->plab[i]] += n8[0] + n8[1] + n8[2] + n8[3] + n8[4] + n8[5] + n8[6] + n8[7];          \
            total[k->plab[i]] += ((s8[0] + s8[1]) + (s8[2] + s8[3])) + ((s8[4] + s8[5]) + (s8[6] + s8[7])); \
        }                                                                                                 \
    }                                                                                                     \
    static void minmax_##NAME(const Block *k, T nd, int has_nd, double *vmin, double *vmax) {             \
        const T *data = (const T *)k->data.view.buf;                                                      \
        for (int64_t i = 0; i < k->n; i++) {                                                              \
            SPAN_RANGE(k, i, a, b)                                                                        \
            const T *p = data + (k->prow[i] - k->r0) * k->w;                                              \
            double lo = vmin[k->plab[i]], hi = vmax[k->plab[i]];                                          \
            for (int64_t c = a; c < b; c++) {                                                             \
                T v = p[c];                                                                               \
                if (v != v || (has_nd && v == nd)) continue;                                              \
                if ((double)v < lo) lo = (double)v;                                                       \
                if ((double)v > hi) hi = (double)v;                                                       \
            }                                                                                             \
            vmin[k->plab[i]] = lo;                                                                        \
            vmax[k->plab[i]] = hi;                                                                        \
        }                                                                                                 \
    }

DEFINE_REDUCERS(uint8_t, u1)
DEFINE_REDUCERS(int8_t, i1)
DEFINE_REDUCERS(uint16_t, u2)
DEFINE_REDUCERS(int16_t, i2)
DEFINE_REDUCERS(uint32_t, u4)
DEFINE_REDUCERS(int32_t, i4)
DEFINE_REDUCERS(uint64_t, u8)
DEFINE_REDUCERS(int64_t, i8)
DEFINE_REDUCERS(float, f4)
DEFINE_REDUCERS(double, f8)

/* Dispatch on the block's element type; nodata arrives as a Python number, converted to T. */
#define DISPATCH(FN, k, ond, has_nd, A, B, ok)                                                            \
    do {                                                                                                  \
        char kd = kind_of((k)->data.view.format);                                                         \
        Py_ssize_t sz = (k)->data.view.itemsize;                                                          \
        ok = 1;                                                                                           \
        if (kd == 'f') {                                                                                  \
            double d = PyFloat_AsDouble(ond);                                                             \
            if (d == -1.0 && PyErr_Occurred()) { ok = 0; break; }                                         \
            Py_BEGIN_ALLOW_THREADS                                                                        \
            if (sz == 4) FN##_f4(k, (float)d, has_nd, A, B);                                              \
            else FN##_f8(k, d, has_nd, A, B);                                                             \
            Py_END_ALLOW_THREADS                                                                          \
        } else if (kd == 'u') {                                                                           \
            unsigned long long u = has_nd ? PyLong_AsUnsignedLongLong(ond) : 0;                           \
            if (u == (unsigned long long)-1 && PyErr_Occurred()) { ok = 0; break; }                       \
            Py_BEGIN_ALLOW_THREADS                                                                        \
            if (sz == 1) FN##_u1(k, (uint8_t)u, has_nd, A, B);                                            \
            else if (sz == 2) FN##_u2(k, (uint16_t)u, has_nd, A, B);                                      \
            else if (sz == 4) FN##_u4(k, (uint32_t)u, has_nd, A, B);                                      \
            else FN##_u8(k, (uint64_t)u, has_nd, A, B);                                                   \
            Py_END_ALLOW_THREADS                                                                          \
        } else {                                                                                          \
            long long s = has_nd ? PyLong_AsLongLong(ond) : 0;                                            \
            if (s == -1 && PyErr_Occurred()) { ok = 0; break; }                                           \
            Py_BEGIN_ALLOW_THREADS                                                                        \
            if (sz == 1) FN##_i1(k, (int8_t)s, has_nd, A, B);                                             \
            else if (sz == 2) FN##_i2(k, (int16_t)s, has_nd, A, B);                                       \
            else if (sz == 4) FN##_i4(k, (int32_t)s, has_nd, A, B);                                       \
            else FN##_i8(k, (int64_t)s, has_nd, A, B);                                                    \
            Py_END_ALLOW_THREADS                                                                          \
        }                                                                                                 \
    } while (0)

static int check_itemsize(const Block *k) {
    Py_ssize_t sz = k->data.view.itemsize;
    char kd = kind_of(k->data.view.format);
    if ((kd == 'f' && sz != 4 && sz != 8) || (kd != 'f' && sz != 1 && sz != 2 && sz != 4 && sz != 8)) {
        PyErr_SetString(PyExc_TypeError, "unsupported raster element type");
        return -1;
    }
    return 0;
}

/*
 * sum_count(data[h, w], r0, c0, row, s0, s1, label, nodata, has_nodata, count i8[n], total f8[n])
 * nodata: a number representable in the data type (ignored without has_nodata).
 */
static PyObject *k_sum_count(PyObject *self, PyObject *args) {
    PyObject *od, *orow, *os0, *os1, *olab, *ond, *ocount, *ototal;
    int64_t r0, c0;
    int has_nd;
    if (!PyArg_ParseTuple(args, "OLLOOOOOpOO", &od, &r0, &c0, &orow, &os0, &os1, &olab, &ond, &has_nd, &ocount,
                          &ototal))
        return NULL;
    Block k;
    memset(&k, 0, sizeof k);
    Buf bn = {0}, bt = {0};
    PyObject *result = NULL;
    int ok;
    if (block_get(&k, od, r0, c0, orow, os0, os1, olab, 0, 0) < 0 || check_itemsize(&k) < 0) goto done;
    if (get(ocount, &bn, 'i', 8, 1, "count") < 0 || get(ototal, &bt, 'f', 8, 1, "total") < 0) goto done;
    if (LEN(bn) != LEN(bt) || check_labels(&k, LEN(bn)) < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "count and total differ in length");
        goto done;
    }
    DISPATCH(sum_count, &k, ond, has_nd, (int64_t *)bn.view.buf, (double *)bt.view.buf, ok);
    if (ok) result = Py_NewRef(Py_None);
done:
    block_release(&k);
    release(&bn);
    release(&bt);
    return result;
}

/* minmax(data[h, w], r0, c0, row, s0, s1, label, nodata, has_nodata, vmin f8[n], vmax f8[n]) */
static PyObject *k_minmax(PyObject *self, PyObject *args) {
    PyObject *od, *orow, *os0, *os1, *olab, *ond, *omin, *omax;
    int64_t r0, c0;
    int has_nd;
    if (!PyArg_ParseTuple(args, "OLLOOOOOpOO", &od, &r0, &c0, &orow, &os0, &os1, &olab, &ond, &has_nd, &omin,
                          &omax))
        return NULL;
    Block k;
    memset(&k, 0, sizeof k);
    Buf bmin = {0}, bmax = {0};
    PyObject *result = NULL;
    int ok;
    if (block_get(&k, od, r0, c0, orow, os0, os1, olab, 0, 0) < 0 || check_itemsize(&k) < 0) goto done;
    if (get(omin, &bmin, 'f', 8, 1, "vmin") < 0 || get(omax, &bmax, 'f', 8, 1, "vmax") < 0) goto done;
    if (LEN(bmin) != LEN(bmax) || check_labels(&k, LEN(bmin)) < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "vmin and vmax differ in length");
        goto done;
    }
    DISPATCH(minmax, &k, ond, has_nd, (double *)bmin.view.buf, (double *)bmax.view.buf, ok);
    if (ok) result = Py_NewRef(Py_None);
done:
    block_release(&k);
    release(&bmin);
    release(&bmax);
    return result;
}

/* ------------------------------------------------------------------ module */

static PyMethodDef methods[] = {
    {"edges", k_edges, METH_VARARGS, "Polygon edges in pixel coordinates, sorted by first row."},
    {"band_spans", k_band_spans, METH_VARARGS, "Label spans of a band of rows, grouped by block column."},
    {"classes_u8", k_classes_u8, METH_VARARGS, "Add the uint8 class counts of a block's spans."},
    {"sum_count", k_sum_count, METH_VARARGS, "Add the valid pixel counts and sums of a block's spans."},
    {"minmax", k_minmax, METH_VARARGS, "Fold the valid pixels of a block's spans into minima and maxima."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_zonal_kernels",
    "Compiled kernels of SmartZone's fast zonal statistics (GIL released).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__zonal_kernels(void) { return PyModule_Create(&module); }
