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
#if defined(__linux__)
#include <sys/mman.h>
#endif

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


/* ceil(x) for |x| < 2**62 without a libm call (baseline x86-64 has no rounding instruction);
   equal to ceil() on that range, which covers any pixel coordinate. */
static inline double fast_ceil(double x) {
    double t = (double)(int64_t)x; /* truncation toward zero */
    return t + (double)(t < x);       /* branch-free: the comparison is unpredictable */
}

/* ------------------------------------------------------------- district spans */

/* Span records are appended to per-block lists of fixed-size chunks carved out of large slabs:
   no reallocation, and on Linux the slabs are asked for huge pages (a 4 KiB page fault costs
   ~5 us on the test machines, a fault per 2 MiB is ~100x cheaper per byte). */
#define CHUNK_RECORDS 255
#define SLAB_BYTES ((size_t)8 << 20)

typedef struct Chunk {
    struct Chunk *next;
    int32_t n, pad;
    int32_t rec[CHUNK_RECORDS * 4];
} Chunk;

typedef struct Slab {
    struct Slab *next;
    size_t used;
} Slab;

typedef struct {
    Slab *slabs;
} Arena;

static Chunk *arena_chunk(Arena *a) {
    size_t need = sizeof(Chunk);
    Slab *s = a->slabs;
    if (s == NULL || s->used + need > SLAB_BYTES) {
        void *mem = NULL;
#if defined(__linux__)
        if (posix_memalign(&mem, (size_t)2 << 20, SLAB_BYTES) != 0) mem = NULL;
        if (mem != NULL) madvise(mem, SLAB_BYTES, MADV_HUGEPAGE);
#else
        mem = malloc(SLAB_BYTES);
#endif
        if (mem == NULL) return NULL;
        s = (Slab *)mem;
        s->next = a->slabs;
        s->used = (sizeof(Slab) + 63) & ~(size_t)63;
        a->slabs = s;
    }
    Chunk *c = (Chunk *)((char *)s + s->used);
    s->used += (need + 63) & ~(size_t)63;
    c->next = NULL;
    c->n = 0;
    return c;
}

static void arena_free(Arena *a) {
    while (a->slabs != NULL) {
        Slab *next = a->slabs->next;
        free(a->slabs);
        a->slabs = next;
    }
}

typedef struct {
    Chunk *head, *tail;
    int64_t count;
} BlockList;

/* A growable scratch array of any element size. */
static int scratch(void **p, Py_ssize_t *cap, Py_ssize_t n, size_t size) {
    if (n <= *cap) return 0;
    Py_ssize_t c = *cap ? *cap : 1024;
    while (c < n) c *= 2;
    void *q = realloc(*p, (size_t)c * size);
    if (q == NULL) return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* Little WKB reader: a cursor over one geometry's bytes, in either byte order. */
typedef struct {
    const unsigned char *p, *end;
    int swap;
    int bad;
} Wkb;

static uint32_t wkb_u32(Wkb *w) {
    if (w->end - w->p < 4) {
        w->bad = 1;
        return 0;
    }
    uint32_t v;
    memcpy(&v, w->p, 4);
    w->p += 4;
    if (w->swap) v = ((v & 0xffu) << 24) | ((v & 0xff00u) << 8) | ((v >> 8) & 0xff00u) | (v >> 24);
    return v;
}

static double wkb_f64_at(const Wkb *w, const unsigned char *q) {
    uint64_t u;
    memcpy(&u, q, 8);
    if (w->swap) {
        uint64_t r = 0;
        for (int k = 0; k < 8; k++) r = (r << 8) | ((u >> (8 * k)) & 0xff);
        u = r;
    }
    double d;
    memcpy(&d, &u, 8);
    return d;
}

/* One district's crossings and spans; scratch buffers reused from district to district. */
typedef struct {
    double ia, ib, ic, id, ie, jf;
    int64_t height, width;
    /* pixel-space vertices of the current ring */
    double *px;
    Py_ssize_t px_cap;
    /* edges of the district: first vertex (x, y), slope, first row, end row (clipped) */
    double *ex;
    Py_ssize_t ex_cap, ne;
    int64_t *er;
    Py_ssize_t er_cap;
    int64_t rlo, rhi; /* clipped row range of the district's crossings */
    int64_t *rowpos;
    Py_ssize_t rowpos_cap;
    int32_t *cross;
    Py_ssize_t cross_cap;
} District;

/* Transform a ring's vertices and append its edges that cross a row centre (rows clipped to the grid). */
/* Transform a ring's vertices (x, y pairs; raw WKB bytes when `wkb`) and append its edges that
   cross a row centre, rows clipped to the grid. */
static int add_ring_xy(District *d, const Wkb *wkb, const unsigned char *raw, const double *xy, uint32_t npts) {
    if (scratch((void **)&d->px, &d->px_cap, 2 * (Py_ssize_t)npts, sizeof(double)) < 0) return -2;
    for (uint32_t i = 0; i < npts; i++) {
        double x, y;
        if (wkb != NULL) {
            x = wkb_f64_at(wkb, raw + 16 * (size_t)i);
            y = wkb_f64_at(wkb, raw + 16 * (size_t)i + 8);
        } else {
            x = xy[2 * i];
            y = xy[2 * i + 1];
        }
        d->px[2 * i] = d->ia * x + d->ib * y + d->ic; /* same operation order as the NumPy path */
        d->px[2 * i + 1] = d->id * x + d->ie * y + d->jf;
    }
    if (scratch((void **)&d->ex, &d->ex_cap, 3 * (d->ne + npts), sizeof(double)) < 0 ||
        scratch((void **)&d->er, &d->er_cap, 2 * (d->ne + npts), sizeof(int64_t)) < 0)
        return -2;
    /* Every edge is written at slot ne, which only advances for edges crossing a row centre:
       no branch on that test (about half the edges of a real boundary fail it, unpredictably). */
    Py_ssize_t ne = d->ne;
    int64_t rlo = ne ? d->rlo : INT64_MAX, rhi = ne ? d->rhi : INT64_MIN;
    for (uint32_t i = 0; i + 1 < npts; i++) {
        double xa = d->px[2 * i], ya = d->px[2 * i + 1], xb = d->px[2 * i + 2], yb = d->px[2 * i + 3];
        int64_t a = (int64_t)fast_ceil((ya < yb ? ya : yb) - 0.5);
        int64_t b = (int64_t)fast_ceil((ya < yb ? yb : ya) - 0.5);
        a = a < 0 ? 0 : a;
        b = b > d->height ? d->height : b;
        int keep = b > a;
        double *e = d->ex + 3 * ne;
        e[0] = xa;
        e[1] = ya;
        e[2] = (xb - xa) / (yb - ya); /* inf or nan for a horizontal edge: never kept */
        d->er[2 * ne] = a;
        d->er[2 * ne + 1] = b;
        rlo = keep && a < rlo ? a : rlo;
        rhi = keep && b > rhi ? b : rhi;
        ne += keep;
    }
    d->ne = ne;
    d->rlo = rlo;
    d->rhi = rhi;
    return 0;
}

static int add_ring(District *d, Wkb *w) {
    uint32_t npts = wkb_u32(w);
    if (w->bad || (size_t)(w->end - w->p) / 16 < npts) return -1;
    int rc = add_ring_xy(d, w, w->p, NULL, npts);
    w->p += 16 * (size_t)npts;
    return rc;
}

/* ------------------------------------------------------ coordinates (public API) */

/* A district's polygon rings as one run of x, y pairs (shapely.get_coordinates of a Polygon
   or MultiPolygon: exterior then interior rings, part after part). A ring ends at the first
   return to its first vertex: exact for valid geometries, whose rings are simple and so never
   pass their first vertex before closing. Returns -5 when the last ring does not close (the
   caller gives that district to the WKB reader instead). */
static int add_xy_run(District *d, const double *xy, int64_t n) {
    int64_t s = 0;
    while (s < n) {
        double x0 = xy[2 * s], y0 = xy[2 * s + 1];
        int64_t e = s + 1;
        while (e < n && !(xy[2 * e] == x0 && xy[2 * e + 1] == y0)) e++;
        if (e >= n || e - s > UINT32_MAX) return -5;
        int rc = add_ring_xy(d, NULL, NULL, xy + 2 * s, (uint32_t)(e - s + 1));
        if (rc < 0) return rc;
        s = e + 1;
    }
    return 0;
}

static int add_polygon_body(District *d, Wkb *w) {
    uint32_t nrings = wkb_u32(w);
    if (w->bad) return -1;
    for (uint32_t r = 0; r < nrings; r++) {
        int rc = add_ring(d, w);
        if (rc < 0) return rc;
    }
    return 0;
}

/* Walk one WKB geometry (polygons inside multipolygons and collections; others skipped). */
static int add_geometry(District *d, Wkb *w, int depth) {
    if (depth > 32 || w->end - w->p < 5) return -1;
    w->swap = (*w->p == 0); /* 0: big endian (XDR), 1: little endian (NDR); hosts are little endian */
    w->p++;
    uint32_t type = wkb_u32(w);
    if (w->bad) return -1;
    switch (type) {
        case 1: /* point */
            if (w->end - w->p < 16) return -1;
            w->p += 16;
            return 0;
        case 2: { /* line string */
            uint32_t n = wkb_u32(w);
            if (w->bad || (size_t)(w->end - w->p) / 16 < n) return -1;
            w->p += 16 * (size_t)n;
            return 0;
        }
        case 3:
            return add_polygon_body(d, w);
        case 4: case 5: case 6: case 7: {
            uint32_t n = wkb_u32(w);
            if (w->bad) return -1;
            for (uint32_t i = 0; i < n; i++) {
                int rc = add_geometry(d, w, depth + 1);
                if (rc < 0) return rc;
            }
            return 0;
        }
        default:
            return -3; /* curves, 3-D or measured geometries: the caller uses the NumPy path */
    }
}

/* Crossings of the district's edges, bucketed by row (difference counts), each row's columns
   sorted, paired into spans appended to out. Returns 0, -1 for unpaired crossings, -2 no memory. */
/* The work-block grid spans are grouped by: block (i, j) covers rows r_start + i * ch ...
   and columns c_start + j * cw ...; one growable record array per block. */
typedef struct {
    int64_t r_start, ch, nbr, c_start, cw, nbc;
    int sh, sw; /* log2 of ch, cw when powers of two, else -1 */
    BlockList *blocks;
    Arena arena;
} Grid;

/* x / d for x >= 0; a shift when d is a power of two (block sizes usually are) */
static inline int64_t div_pos(int64_t x, int64_t d, int shift) { return shift >= 0 ? x >> shift : x / d; }

static int log2_exact(int64_t d) {
    for (int k = 0; k < 62; k++)
        if (((int64_t)1 << k) == d) return k;
    return -1;
}

/* Append span (row, [c0, c1), label) to every block it touches, cut at the block edges. */
static int grid_add(Grid *g, int32_t row, int32_t c0, int32_t c1, int32_t label) {
    int64_t bi = div_pos(row - g->r_start, g->ch, g->sh);
    int64_t j0 = div_pos(c0 - g->c_start, g->cw, g->sw), j1 = div_pos(c1 - 1 - g->c_start, g->cw, g->sw);
    if (row < g->r_start || c0 < g->c_start || bi >= g->nbr || j1 >= g->nbc) return -1;
    for (int64_t j = j0; j <= j1; j++) {
        /* clipped to the block's columns: the pieces of a span never overlap, so neighbouring
           blocks can be reduced as one window */
        int64_t left = g->c_start + j * g->cw, right = left + g->cw;
        int32_t a = (int32_t)(c0 > left ? c0 : left), z = (int32_t)(c1 < right ? c1 : right);
        BlockList *l = &g->blocks[bi * g->nbc + j];
        if (l->tail == NULL || l->tail->n == CHUNK_RECORDS) {
            Chunk *c = arena_chunk(&g->arena);
            if (c == NULL) return -2;
            if (l->tail == NULL) l->head = c;
            else l->tail->next = c;
            l->tail = c;
        }
        int32_t *o = l->tail->rec + 4 * l->tail->n++;
        o[0] = row;
        o[1] = a;
        o[2] = z;
        o[3] = label;
        l->count++;
    }
    return 0;
}

static int district_runs(District *d, int32_t label, Grid *out, int64_t *pixels) {
    if (d->ne == 0) return 0;
    Py_ssize_t nr = (Py_ssize_t)(d->rhi - d->rlo);
    if (scratch((void **)&d->rowpos, &d->rowpos_cap, nr + 2, sizeof(int64_t)) < 0) return -2;
    int64_t *pos = d->rowpos;
    memset(pos, 0, (size_t)(nr + 2) * sizeof(int64_t));
    for (Py_ssize_t e = 0; e < d->ne; e++) { /* rows [a, b) gain one crossing each */
        pos[d->er[2 * e] - d->rlo + 1]++;
        pos[d->er[2 * e + 1] - d->rlo + 1]--;
    }
    for (Py_ssize_t r = 1; r <= nr; r++) pos[r] += pos[r - 1]; /* crossings on row r */
    int64_t total = 0;
    for (Py_ssize_t r = 0; r < nr; r++) { /* -> first slot of each row */
        int64_t c = pos[r + 1];
        pos[r + 1] = total;
        total += c;
    }
    if (scratch((void **)&d->cross, &d->cross_cap, (Py_ssize_t)total, sizeof(int32_t)) < 0) return -2;
    int64_t *slot = pos + 1;
    for (Py_ssize_t e = 0; e < d->ne; e++) {
        const double *g = d->ex + 3 * e;
        double ex = g[0], ey = g[1], es = g[2];
        double rr = (double)d->er[2 * e]; /* the row as a double, stepped exactly by 1 */
        for (int64_t r = d->er[2 * e]; r < d->er[2 * e + 1]; r++, rr += 1.0) {
            double x = ex + (rr + 0.5 - ey) * es;
            double c = fast_ceil(x - 0.5);
            if (c < 0.0) c = 0.0;
            else if (c > (double)d->width) c = (double)d->width;
            d->cross[slot[r - d->rlo]++] = (int32_t)c;
        }
    }
    /* slot[r] is now the end of row r; pos[0] = 0 and slot[r - 1] its start */
    int64_t start = 0;
    for (Py_ssize_t r = 0; r < nr; r++) {
        int64_t end = slot[r];
        if ((end - start) % 2) return -1;
        int32_t *c = d->cross + start;
        int64_t m = end - start;
        for (int64_t i = 1; i < m; i++) { /* insertion sort: a row holds a few crossings */
            int32_t v = c[i];
            int64_t j = i - 1;
            while (j >= 0 && c[j] > v) {
                c[j + 1] = c[j];
                j--;
            }
            c[j + 1] = v;
        }
        for (int64_t i = 0; i + 1 < m; i += 2) {
            if (c[i + 1] <= c[i]) continue;
            int rc = grid_add(out, (int32_t)(d->rlo + r), c[i], c[i + 1], label);
            if (rc < 0) return rc == -2 ? -2 : -4;
            *pixels += c[i + 1] - c[i];
        }
        start = end;
    }
    return 0;
}

/*
 * SpanBuilder(a, b, c, d, e, f, height, width, r_start, ch, nbr, c_start, cw, nbc)
 *
 * Builds the label spans of districts, grouped by work block: runs [c0, c1)
 * of pixel centres inside district `label` on raster row `row` (even-odd
 * rule; centres exactly on an edge follow the NumPy path's half-open rule),
 * stored as int32 (row, c0, c1, label) records in the block(s) they touch.
 * (a..f) is the inverse geotransform (pixel = f(x, y)); the block grid is
 * that of the caller (block (i, j) covers rows r_start + i * ch ... and
 * columns c_start + j * cw ...).
 *
 * add(wkbs, first_label, labelled): districts first_label, first_label + 1, ...
 * as WKB (any byte order) or None, in the raster's CRS; labelled[i] (int64)
 * gains the pixel count of district first_label + i. The work runs without
 * the GIL; call add() with chunks of districts so other threads get the GIL
 * between chunks (making the WKB holds it). Raises ValueError for unpaired
 * crossings or malformed WKB, NotImplementedError for geometry types other
 * than (multi)points, lines, polygons and collections of them.
 *
 * The module's blocks((builder, ...)) lists the blocks holding spans and
 * gather((builder, ...), k0, k1, out) copies the records of blocks k0..k1
 * into a reader's buffer. Within a block the records come district by
 * district, each district's by row and column.
 */
typedef struct {
    PyObject_HEAD
    District d;
    Grid g;
} SpanBuilder;

static void sb_dealloc(PyObject *self) {
    SpanBuilder *b = (SpanBuilder *)self;
    free(b->g.blocks);
    arena_free(&b->g.arena);
    free(b->d.px);
    free(b->d.ex);
    free(b->d.er);
    free(b->d.rowpos);
    free(b->d.cross);
    Py_TYPE(self)->tp_free(self);
}

static int sb_init(PyObject *self, PyObject *args, PyObject *kwds) {
    SpanBuilder *b = (SpanBuilder *)self;
    if (b->g.blocks != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "SpanBuilder already initialised");
        return -1;
    }
    District *d = &b->d;
    Grid *g = &b->g;
    if (!PyArg_ParseTuple(args, "ddddddLLLLLLLL", &d->ia, &d->ib, &d->ic, &d->id, &d->ie, &d->jf, &d->height,
                          &d->width, &g->r_start, &g->ch, &g->nbr, &g->c_start, &g->cw, &g->nbc))
        return -1;
    if (d->height <= 0 || d->width <= 0 || d->height > INT32_MAX || d->width >= INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "raster size outside the kernel's limits");
        return -1;
    }
    if (g->ch <= 0 || g->cw <= 0 || g->nbr <= 0 || g->nbc <= 0 || g->r_start < 0 || g->c_start < 0 ||
        g->nbr > (INT64_MAX / 2) / g->nbc / (int64_t)sizeof(BlockList)) {
        PyErr_SetString(PyExc_ValueError, "bad block grid");
        return -1;
    }
    g->sh = log2_exact(g->ch);
    g->sw = log2_exact(g->cw);
    g->blocks = (BlockList *)calloc((size_t)(g->nbr * g->nbc), sizeof(BlockList));
    if (g->blocks == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    return 0;
}

/* None, or the exception for a span-building error code of district `failed`. */
static PyObject *add_result(int rc, Py_ssize_t failed) {
    switch (rc) {
        case 0:
            return Py_NewRef(Py_None);
        case -2:
            return PyErr_NoMemory();
        case -3:
            PyErr_Format(PyExc_NotImplementedError, "district %zd: geometry type not handled by the kernel", failed);
            return NULL;
        case -4:
            PyErr_Format(PyExc_ValueError, "district %zd: span outside the block grid", failed);
            return NULL;
        default:
            PyErr_Format(PyExc_ValueError,
                         "district %zd: unreadable geometry or boundaries that are not closed rings", failed);
            return NULL;
    }
}

static PyObject *sb_add(PyObject *self, PyObject *args) {
    SpanBuilder *b = (SpanBuilder *)self;
    PyObject *owkbs, *olabelled;
    Py_ssize_t first;
    if (!PyArg_ParseTuple(args, "OnO", &owkbs, &first, &olabelled)) return NULL;
    if (b->g.blocks == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "SpanBuilder not initialised");
        return NULL;
    }
    PyObject *seq = PySequence_Fast(owkbs, "wkbs must be a sequence");
    if (seq == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    Buf bl;
    memset(&bl, 0, sizeof bl);
    const unsigned char **ptr = NULL;
    Py_ssize_t *len = NULL;
    PyObject *result = NULL;
    int rc = 0;
    Py_ssize_t failed = -1;
    if (get(olabelled, &bl, 'i', 8, 1, "labelled") < 0) goto done;
    if (LEN(bl) != n || first < 0 || first + n > INT32_MAX) {
        PyErr_SetString(PyExc_ValueError, "labelled must have one entry per district; labels must fit int32");
        goto done;
    }
    ptr = (const unsigned char **)calloc((size_t)n + 1, sizeof *ptr);
    len = (Py_ssize_t *)calloc((size_t)n + 1, sizeof *len);
    if (ptr == NULL || len == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < n; i++) { /* the bytes stay alive: `seq` holds them */
        if (items[i] == Py_None) continue;
        if (!PyBytes_Check(items[i])) {
            PyErr_SetString(PyExc_TypeError, "wkbs must hold bytes or None");
            goto done;
        }
        ptr[i] = (const unsigned char *)PyBytes_AS_STRING(items[i]);
        len[i] = PyBytes_GET_SIZE(items[i]);
    }
    int64_t *labelled = (int64_t *)bl.view.buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n && rc == 0; i++) {
        if (ptr[i] == NULL) continue;
        Wkb w = {ptr[i], ptr[i] + len[i], 0, 0};
        b->d.ne = 0;
        rc = add_geometry(&b->d, &w, 0);
        if (rc == 0) rc = district_runs(&b->d, (int32_t)(first + i), &b->g, &labelled[i]);
        if (rc < 0) failed = first + i;
    }
    Py_END_ALLOW_THREADS
    result = add_result(rc, failed);
done:
    free(ptr);
    free(len);
    release(&bl);
    Py_DECREF(seq);
    return result;
}

/*
 * add_coords(xy f8[m, 2], offsets i8[n + 1], first_label, labelled) -> [district, ...] : as add(),
 * from shapely.get_coordinates of Polygons / MultiPolygons: district first_label + i has the
 * coordinates xy[offsets[i]:offsets[i + 1]] (none for a district given elsewhere). Returns the
 * districts (first_label + i) whose rings did not close, which got no spans: the caller adds
 * them as WKB.
 */
static PyObject *sb_add_coords(PyObject *self, PyObject *args) {
    SpanBuilder *b = (SpanBuilder *)self;
    PyObject *oxy, *ooff, *olabelled;
    Py_ssize_t first;
    if (!PyArg_ParseTuple(args, "OOnO", &oxy, &ooff, &first, &olabelled)) return NULL;
    if (b->g.blocks == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "SpanBuilder not initialised");
        return NULL;
    }
    Buf bx, bo, bl;
    memset(&bx, 0, sizeof bx);
    memset(&bo, 0, sizeof bo);
    memset(&bl, 0, sizeof bl);
    PyObject *result = NULL;
    int64_t *open_rings = NULL;
    Py_ssize_t n_open = 0;
    int rc = 0;
    Py_ssize_t failed = -1;
    if (get(oxy, &bx, 'f', 8, 0, "xy") < 0 || get(ooff, &bo, 'i', 8, 0, "offsets") < 0 ||
        get(olabelled, &bl, 'i', 8, 1, "labelled") < 0)
        goto done;
    Py_ssize_t n = LEN(bo) - 1, m = LEN(bx) / 2;
    if (n < 0 || LEN(bl) != n || first < 0 || first + n > INT32_MAX || LEN(bx) % 2) {
        PyErr_SetString(PyExc_ValueError,
                        "offsets must have one entry per district plus one, labelled one per district; "
                        "xy must hold x, y pairs; labels must fit int32");
        goto done;
    }
    const int64_t *off = (const int64_t *)bo.view.buf;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (off[i] < 0 || off[i + 1] < off[i] || off[i + 1] > m) {
            PyErr_SetString(PyExc_ValueError, "offsets must be non-decreasing and within xy");
            goto done;
        }
    }
    open_rings = (int64_t *)malloc(((size_t)n + 1) * sizeof(int64_t));
    if (open_rings == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    const double *xy = (const double *)bx.view.buf;
    int64_t *labelled = (int64_t *)bl.view.buf;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n && rc == 0; i++) {
        if (off[i + 1] == off[i]) continue;
        b->d.ne = 0;
        rc = add_xy_run(&b->d, xy + 2 * off[i], off[i + 1] - off[i]);
        if (rc == -5) {
            open_rings[n_open++] = first + i;
            rc = 0;
            continue;
        }
        if (rc == 0) rc = district_runs(&b->d, (int32_t)(first + i), &b->g, &labelled[i]);
        if (rc < 0) failed = first + i;
    }
    Py_END_ALLOW_THREADS
    result = add_result(rc, failed);
    if (result != NULL) {
        Py_DECREF(result);
        result = PyList_New(n_open);
        for (Py_ssize_t k = 0; result != NULL && k < n_open; k++) {
            PyObject *v = PyLong_FromLongLong(open_rings[k]);
            if (v == NULL) Py_CLEAR(result);
            else PyList_SET_ITEM(result, k, v);
        }
    }
done:
    free(open_rings);
    release(&bx);
    release(&bo);
    release(&bl);
    return result;
}

static PyObject *sb_nbytes(PyObject *self, PyObject *noargs) {
    SpanBuilder *b = (SpanBuilder *)self;
    long long n = (long long)(b->g.nbr * b->g.nbc) * (long long)sizeof(BlockList);
    for (Slab *sl = b->g.arena.slabs; sl != NULL; sl = sl->next) n += (long long)SLAB_BYTES;
    return PyLong_FromLongLong(n);
}

static PyMethodDef sb_methods[] = {
    {"add", sb_add, METH_VARARGS, "Add districts (WKB or None), labels first, first + 1, ..."},
    {"add_coords", sb_add_coords, METH_VARARGS, "Add Polygon/MultiPolygon districts from their coordinates."},
    {"nbytes", sb_nbytes, METH_NOARGS, "Memory held, in bytes."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject SpanBuilderType = {
    PyVarObject_HEAD_INIT(NULL, 0).tp_name = "smartzone.layers._zonal_kernels.SpanBuilder",
    .tp_basicsize = sizeof(SpanBuilder),
    .tp_dealloc = sb_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Label spans of districts grouped by work block (see the C source).",
    .tp_methods = sb_methods,
    .tp_init = sb_init,
    .tp_new = PyType_GenericNew,
};


/* The builders of one span set, checked: same block grid, initialised. */
static int builders_get(PyObject *seq, SpanBuilder ***out, Py_ssize_t *n) {
    *n = PySequence_Fast_GET_SIZE(seq);
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < *n; i++) {
        if (!PyObject_TypeCheck(items[i], &SpanBuilderType)) {
            PyErr_SetString(PyExc_TypeError, "builders must be SpanBuilder objects");
            return -1;
        }
        SpanBuilder *b = (SpanBuilder *)items[i];
        SpanBuilder *f = (SpanBuilder *)items[0];
        if (b->g.blocks == NULL || b->g.nbr != f->g.nbr || b->g.nbc != f->g.nbc) {
            PyErr_SetString(PyExc_ValueError, "builders not initialised or over different block grids");
            return -1;
        }
    }
    *out = (SpanBuilder **)items;
    return 0;
}

/*
 * blocks(builders) -> [(block index, record count)] for the blocks holding spans, in block
 * order, over one or more builders sharing a block grid (e.g. two halves of the districts
 * built in two threads).
 */
static PyObject *k_blocks(PyObject *self, PyObject *args) {
    PyObject *obuilders;
    if (!PyArg_ParseTuple(args, "O", &obuilders)) return NULL;
    PyObject *seq = PySequence_Fast(obuilders, "builders must be a sequence");
    if (seq == NULL) return NULL;
    SpanBuilder **bs;
    Py_ssize_t nb;
    PyObject *out = NULL;
    if (builders_get(seq, &bs, &nb) < 0) goto done;
    out = PyList_New(0);
    if (out == NULL || nb == 0) goto done;
    for (int64_t k = 0; k < bs[0]->g.nbr * bs[0]->g.nbc; k++) {
        int64_t n = 0;
        for (Py_ssize_t i = 0; i < nb; i++) n += bs[i]->g.blocks[k].count;
        if (n == 0) continue;
        PyObject *item = Py_BuildValue("(LL)", (long long)k, (long long)n);
        if (item == NULL || PyList_Append(out, item) < 0) {
            Py_XDECREF(item);
            Py_CLEAR(out);
            goto done;
        }
        Py_DECREF(item);
    }
done:
    Py_DECREF(seq);
    return out;
}

/*
 * gather(builders, k0, k1, out i4[m, 4]) -> n
 * Copies the records of blocks k0..k1 (inclusive; block by block, builder by builder) into the
 * first n rows of `out` (a reader's reusable buffer: no fresh memory, and every reader gathers
 * its own blocks at once); raises ValueError when `out` is too small.
 */
static PyObject *k_gather(PyObject *self, PyObject *args) {
    PyObject *obuilders, *oout;
    long long k0, k1;
    if (!PyArg_ParseTuple(args, "OLLO", &obuilders, &k0, &k1, &oout)) return NULL;
    PyObject *seq = PySequence_Fast(obuilders, "builders must be a sequence");
    if (seq == NULL) return NULL;
    SpanBuilder **bs;
    Py_ssize_t nb;
    Buf bo;
    memset(&bo, 0, sizeof bo);
    PyObject *result = NULL;
    if (builders_get(seq, &bs, &nb) < 0 || get(oout, &bo, 'i', 4, 1, "out") < 0) goto done;
    if (nb == 0 || k0 < 0 || k1 < k0 || k1 >= bs[0]->g.nbr * bs[0]->g.nbc) {
        PyErr_SetString(PyExc_ValueError, "block range outside the grid");
        goto done;
    }
    int64_t need = 0;
    for (long long k = k0; k <= k1; k++)
        for (Py_ssize_t i = 0; i < nb; i++) need += bs[i]->g.blocks[k].count;
    if (LEN(bo) < 4 * need) {
        PyErr_SetString(PyExc_ValueError, "out is too small for the blocks' records");
        goto done;
    }
    int32_t *o = (int32_t *)bo.view.buf;
    Py_BEGIN_ALLOW_THREADS
    for (long long k = k0; k <= k1; k++) {
        for (Py_ssize_t i = 0; i < nb; i++) {
            for (Chunk *c = bs[i]->g.blocks[k].head; c != NULL; c = c->next) {
                memcpy(o, c->rec, (size_t)c->n * 4 * sizeof(int32_t));
                o += 4 * c->n;
            }
        }
    }
    Py_END_ALLOW_THREADS
    result = PyLong_FromLongLong((long long)need);
done:
    release(&bo);
    Py_DECREF(seq);
    return result;
}

/* ------------------------------------------------------------- reductions */

/* The spans of one block, as (row, c0, c1, label) records, plus the block origin. */
typedef struct {
    Buf data, spans;
    int64_t r0, c0, h, w, n;
    const int32_t *sp;
} Block;

static void block_release(Block *k) {
    release(&k->data);
    release(&k->spans);
}

/* Acquire a 2-D block and its span records; check every span lies on the block's rows. */
static int block_get(Block *k, PyObject *data, int64_t r0, int64_t c0, PyObject *spans, char kind,
                     Py_ssize_t itemsize) {
    if (get(data, &k->data, kind, itemsize, 0, "data") < 0 || get(spans, &k->spans, 'i', 4, 0, "spans") < 0)
        return -1;
    if (k->data.view.ndim != 2 || LEN(k->spans) % 4) {
        PyErr_SetString(PyExc_ValueError, "data must be a 2-D block and spans (row, c0, c1, label) records");
        return -1;
    }
    k->h = k->data.view.shape[0];
    k->w = k->data.view.shape[1];
    k->r0 = r0;
    k->c0 = c0;
    k->n = LEN(k->spans) / 4;
    k->sp = (const int32_t *)k->spans.view.buf;
    for (int64_t i = 0; i < k->n; i++) {
        if (k->sp[4 * i] < r0 || k->sp[4 * i] >= r0 + k->h) {
            PyErr_SetString(PyExc_ValueError, "span row outside the block");
            return -1;
        }
    }
    return 0;
}

static int check_labels(const Block *k, Py_ssize_t n) {
    for (int64_t i = 0; i < k->n; i++) {
        if (k->sp[4 * i + 3] < 0 || k->sp[4 * i + 3] >= n) {
            PyErr_SetString(PyExc_ValueError, "span label out of range of the accumulators");
            return -1;
        }
    }
    return 0;
}

/* Column range [a, b) of span i clipped to the block. */
#define SPAN_RANGE(k, i, a, b)                                        \
    int64_t a = (k)->sp[4 * (i) + 1] - (k)->c0, b = (k)->sp[4 * (i) + 2] - (k)->c0; \
    if (a < 0) a = 0;                                                 \
    if (b > (k)->w) b = (k)->w;

/* Add a run's 4-lane local counts to the district's row of counts and clear them. */
#define LANES 8 /* measured: 4 lanes 70 ms, 8 lanes 64 ms for the 112 M pixels of the benchmark */
static void flush_lanes(uint32_t lanes[LANES][256], uint32_t *row) {
    for (int v = 0; v < 256; v++) {
        uint32_t t = 0;
        for (int l = 0; l < LANES; l++) t += lanes[l][v];
        row[v] += t;
    }
    memset(lanes, 0, LANES * 256 * sizeof(uint32_t));
}

/*
 * classes_u8(data u1[h, w], r0, c0, spans i4[m, 4], counts u4[n, 256])
 * Adds every span pixel to counts[district, value]. The spans of a block come
 * district by district, so each district's pixels are first counted in a
 * small local table (8 KiB, in L1) of 8 lanes, pixels going round-robin to
 * the lanes so that runs of one class do not make each increment wait for the
 * previous one; the table is added to the district's row when the district
 * changes. Nodata is removed by the caller, who also keeps the 32-bit counts
 * from overflowing (fewer than 2**32 pixels between flushes).
 */
static PyObject *k_classes_u8(PyObject *self, PyObject *args) {
    PyObject *od, *ospans, *ocounts;
    int64_t r0, c0;
    if (!PyArg_ParseTuple(args, "OLLOO", &od, &r0, &c0, &ospans, &ocounts)) return NULL;
    Block k;
    memset(&k, 0, sizeof k);
    Buf bcounts = {0};
    PyObject *result = NULL;
    if (block_get(&k, od, r0, c0, ospans, 'u', 1) < 0) goto done;
    if (get(ocounts, &bcounts, 'u', 4, 1, "counts") < 0) goto done;
    if (check_labels(&k, LEN(bcounts) / 256) < 0) goto done;
    uint32_t *counts = (uint32_t *)bcounts.view.buf;
    const uint8_t *data = (const uint8_t *)k.data.view.buf;
    Py_BEGIN_ALLOW_THREADS
    uint32_t lanes[LANES][256];
    memset(lanes, 0, sizeof lanes);
    int64_t current = -1;
    for (int64_t i = 0; i < k.n; i++) {
        SPAN_RANGE(&k, i, a, b)
        if (k.sp[4 * i + 3] != current) {
            if (current >= 0) flush_lanes(lanes, counts + current * 256);
            current = k.sp[4 * i + 3];
        }
        const uint8_t *p = data + (k.sp[4 * i] - r0) * k.w;
        int64_t c = a;
        for (; c + LANES <= b; c += LANES) {
            for (int l = 0; l < LANES; l++) lanes[l][p[c + l]]++;
        }
        for (; c < b; c++) lanes[0][p[c]]++;
    }
    if (current >= 0) flush_lanes(lanes, counts + current * 256);
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
            const T *p = data + (k->sp[4 * i] - k->r0) * k->w;                                              \
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
            count[k->sp[4 * i + 3]] += n8[0] + n8[1] + n8[2] + n8[3] + n8[4] + n8[5] + n8[6] + n8[7];          \
            total[k->sp[4 * i + 3]] += ((s8[0] + s8[1]) + (s8[2] + s8[3])) + ((s8[4] + s8[5]) + (s8[6] + s8[7])); \
        }                                                                                                 \
    }                                                                                                     \
    static void minmax_##NAME(const Block *k, T nd, int has_nd, double *vmin, double *vmax) {             \
        const T *data = (const T *)k->data.view.buf;                                                      \
        for (int64_t i = 0; i < k->n; i++) {                                                              \
            SPAN_RANGE(k, i, a, b)                                                                        \
            const T *p = data + (k->sp[4 * i] - k->r0) * k->w;                                              \
            double lo = vmin[k->sp[4 * i + 3]], hi = vmax[k->sp[4 * i + 3]];                                          \
            for (int64_t c = a; c < b; c++) {                                                             \
                T v = p[c];                                                                               \
                if (v != v || (has_nd && v == nd)) continue;                                              \
                if ((double)v < lo) lo = (double)v;                                                       \
                if ((double)v > hi) hi = (double)v;                                                       \
            }                                                                                             \
            vmin[k->sp[4 * i + 3]] = lo;                                                                        \
            vmax[k->sp[4 * i + 3]] = hi;                                                                        \
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

/* The two per-district reductions of a block: sum_count (count i8[n], total f8[n]) or
   minmax (vmin f8[n], vmax f8[n]), dispatched on the block's element type. */
static PyObject *reduce_pair(PyObject *args, int minmax) {
    PyObject *od, *ospans, *ond, *oa, *ob;
    int64_t r0, c0;
    int has_nd;
    if (!PyArg_ParseTuple(args, "OLLOOpOO", &od, &r0, &c0, &ospans, &ond, &has_nd, &oa, &ob)) return NULL;
    Block k;
    memset(&k, 0, sizeof k);
    Buf ba = {0}, bb = {0};
    PyObject *result = NULL;
    int ok = 0;
    if (block_get(&k, od, r0, c0, ospans, 0, 0) < 0 || check_itemsize(&k) < 0) goto done;
    if (get(oa, &ba, minmax ? 'f' : 'i', 8, 1, minmax ? "vmin" : "count") < 0 ||
        get(ob, &bb, 'f', 8, 1, minmax ? "vmax" : "total") < 0)
        goto done;
    if (LEN(ba) != LEN(bb) || check_labels(&k, LEN(ba)) < 0) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "the two accumulators differ in length");
        goto done;
    }
    if (minmax) DISPATCH(minmax, &k, ond, has_nd, (double *)ba.view.buf, (double *)bb.view.buf, ok);
    else DISPATCH(sum_count, &k, ond, has_nd, (int64_t *)ba.view.buf, (double *)bb.view.buf, ok);
    if (ok) result = Py_NewRef(Py_None);
done:
    block_release(&k);
    release(&ba);
    release(&bb);
    return result;
}

/*
 * sum_count(data[h, w], r0, c0, spans i4[m, 4], nodata, has_nodata, count i8[n], total f8[n])
 * nodata: a number representable in the data type (ignored without has_nodata).
 */
static PyObject *k_sum_count(PyObject *self, PyObject *args) { return reduce_pair(args, 0); }

/* minmax(data[h, w], r0, c0, spans i4[m, 4], nodata, has_nodata, vmin f8[n], vmax f8[n]) */
static PyObject *k_minmax(PyObject *self, PyObject *args) { return reduce_pair(args, 1); }

/* ------------------------------------------------------------------ module */

static PyMethodDef methods[] = {
    {"blocks", k_blocks, METH_VARARGS, "[(block index, record count)] of the blocks holding spans."},
    {"gather", k_gather, METH_VARARGS, "Copy the records of blocks k0..k1 into out; return their number."},
    {"classes_u8", k_classes_u8, METH_VARARGS, "Add the uint8 class counts of a block's spans."},
    {"sum_count", k_sum_count, METH_VARARGS, "Add the valid pixel counts and sums of a block's spans."},
    {"minmax", k_minmax, METH_VARARGS, "Fold the valid pixels of a block's spans into minima and maxima."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "_zonal_kernels",
    "Compiled kernels of SmartZone's fast zonal statistics (GIL released).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__zonal_kernels(void) {
    if (PyType_Ready(&SpanBuilderType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&SpanBuilderType);
    if (PyModule_AddObject(m, "SpanBuilder", (PyObject *)&SpanBuilderType) < 0) {
        Py_DECREF(&SpanBuilderType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
