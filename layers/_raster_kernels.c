/*
 * Compiled kernel of the suitability GeoTIFF's overviews (smartzone.layers.raster_stack).
 *
 * Optional C extension: built at install time when a C compiler is present
 * (pyproject.toml, ext-modules, optional = true); without it raster_stack.py
 * computes the same numbers with NumPy (SMARTZONE_COMPILED_GRID=0 forces that).
 * The loop runs with the GIL released.
 *
 * average2(src, height, width, out): each output cell is the mean of the
 * non-NaN cells of a 2 x 2 block of `src` (float32, row-major, height x width;
 * the last row and column of blocks may be cut by the edge), NaN where none
 * has a value: GDAL's "average" overview resampling with NaN as nodata. The
 * sum is taken in float64 in the block's reading order and divided by the
 * count, then rounded to float32, as the NumPy path does.
 *
 * nodata_to_nan(buf, value): every cell of `buf` (float32 or float64) equal to
 * `value` becomes NaN, in place: a window read by GDAL into a reused float
 * buffer gets NaN where the band has no value, in one pass without a mask
 * array (the comparison is in the buffer's type; the caller passes a value that
 * type holds exactly).
 *
 * Both loops are branch-free, so the compiler vectorises them; with GCC on
 * x86-64 Linux (glibc) average2's is also compiled for AVX2 and picked at
 * load time by the CPU (target_clones): the same operations on wider
 * vectors, no fused multiply-adds (-ffp-contract=off), the same bits as the
 * baseline build.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

static int float32_format(const char *f) {
    while (*f == '@' || *f == '=' || *f == '<') f++;
    return f[0] == 'f' && f[1] == '\0';
}

#include "../scoring/_clones.h" /* HOT: the AVX2 and baseline clones of a pass */

/* The NaN-aware mean of one block's cells, in reading order (the edge blocks, cut by the raster's edge). */
static float mean_of(const float *v, int count) {
    double s = 0.0;
    int n = 0;
    for (int i = 0; i < count; i++) {
        if (!isnan(v[i])) {
            s += v[i];
            n++;
        }
    }
    return n ? (float)(s / n) : NAN;
}

/* Rows of whole 2 x 2 blocks without a branch: a NaN cell adds -0.0 (x + -0.0 is x, for x = -0.0 too)
   and counts 0, so the sum and count are those of the non-NaN cells in the same order. */
HOT static void average2_core(const float *a, Py_ssize_t h, Py_ssize_t w, float *o) {
    Py_ssize_t oh = (h + 1) / 2, ow = (w + 1) / 2, full = w / 2;
    for (Py_ssize_t r = 0; r < oh; r++) {
        const float *r0 = a + 2 * r * w;
        float *out = o + r * ow;
        if (2 * r + 1 < h) {
            const float *r1 = r0 + w;
            for (Py_ssize_t c = 0; c < full; c++) {
                float v0 = r0[2 * c], v1 = r0[2 * c + 1], v2 = r1[2 * c], v3 = r1[2 * c + 1];
                double s = 0.0;
                s += v0 != v0 ? -0.0 : (double)v0;
                s += v1 != v1 ? -0.0 : (double)v1;
                s += v2 != v2 ? -0.0 : (double)v2;
                s += v3 != v3 ? -0.0 : (double)v3;
                double n = (double)((v0 == v0) + (v1 == v1) + (v2 == v2) + (v3 == v3));
                float mean = (float)(s / n);
                out[c] = n != 0.0 ? mean : NAN;
            }
            if (full < ow) {
                float v[2] = {r0[2 * full], r1[2 * full]};
                out[full] = mean_of(v, 2);
            }
        } else { /* the last row of an odd height */
            for (Py_ssize_t c = 0; c < ow; c++) out[c] = mean_of(r0 + 2 * c, 2 * c + 1 < w ? 2 : 1);
        }
    }
}

static PyObject *k_average2(PyObject *self, PyObject *args) {
    PyObject *src_o, *out_o;
    Py_ssize_t h, w;
    if (!PyArg_ParseTuple(args, "OnnO", &src_o, &h, &w, &out_o)) return NULL;
    Py_buffer src, out;
    if (PyObject_GetBuffer(src_o, &src, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (PyObject_GetBuffer(out_o, &out, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0) {
        PyBuffer_Release(&src);
        return NULL;
    }
    Py_ssize_t oh = (h + 1) / 2, ow = (w + 1) / 2;
    /* float32 in native order; NumPy writes "=f" for an array on an unaligned buffer (e.g. received
       from a Dask worker) */
    int ok = src.itemsize == 4 && out.itemsize == 4 && src.format && out.format && float32_format(src.format) &&
             float32_format(out.format) && h >= 0 && w >= 0 && src.len == h * w * 4 && out.len == oh * ow * 4;
    if (!ok) {
        PyBuffer_Release(&src);
        PyBuffer_Release(&out);
        PyErr_SetString(PyExc_ValueError, "average2: float32 source of height x width, output of ceil(h/2) x ceil(w/2)");
        return NULL;
    }
    const float *a = (const float *)src.buf;
    float *o = (float *)out.buf;
    Py_BEGIN_ALLOW_THREADS
    average2_core(a, h, w, o);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&src);
    PyBuffer_Release(&out);
    Py_RETURN_NONE;
}

static PyObject *k_nodata_to_nan(PyObject *self, PyObject *args) {
    PyObject *buf_o;
    double value;
    if (!PyArg_ParseTuple(args, "Od", &buf_o, &value)) return NULL;
    Py_buffer b;
    if (PyObject_GetBuffer(buf_o, &b, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0) return NULL;
    const char *fmt = b.format ? b.format : "B";
    while (*fmt == '@' || *fmt == '=' || *fmt == '<') fmt++;
    char f = fmt[0];
    if (!((f == 'f' && b.itemsize == 4) || (f == 'd' && b.itemsize == 8)) || fmt[1] != '\0') {
        PyBuffer_Release(&b);
        PyErr_SetString(PyExc_TypeError, "nodata_to_nan: a float32 or float64 buffer");
        return NULL;
    }
    Py_ssize_t n = b.len / b.itemsize;
    Py_BEGIN_ALLOW_THREADS
    if (b.itemsize == 4) {
        float *x = (float *)b.buf;
        const float v = (float)value;
        for (Py_ssize_t i = 0; i < n; i++) x[i] = x[i] == v ? NAN : x[i];
    } else {
        double *x = (double *)b.buf;
        for (Py_ssize_t i = 0; i < n; i++) x[i] = x[i] == value ? NAN : x[i];
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&b);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"average2", k_average2, METH_VARARGS, "average2(src, height, width, out): NaN-aware 2 x 2 means (float32)."},
    {"nodata_to_nan", k_nodata_to_nan, METH_VARARGS, "nodata_to_nan(buf, value): cells equal to value become NaN."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_raster_kernels", "Compiled overview kernel of SmartZone's grid output (GIL released).",
    -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__raster_kernels(void) { return PyModule_Create(&module); }
