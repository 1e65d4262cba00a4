/* HOT: a GIL-free pass compiled twice, for AVX2 and for baseline x86-64 (SSE2), one picked when the
   module loads (GCC's target_clones, an ifunc: GCC on x86-64 Linux with glibc; elsewhere, e.g. MSVC on
   Windows or clang on macOS, empty: the one baseline build). AVX2 alone, no FMA, and -ffp-contract=off:
   both builds do the same IEEE operations in the same order. SMARTZONE_NO_CLONES builds the baseline
   alone (tests/app/test_grid_compiled.py compares the two). One definition for the grid's and the
   overviews' kernels (scoring/_grid_kernels.c, layers/_raster_kernels.c). */
#ifndef SMARTZONE_CLONES_H
#define SMARTZONE_CLONES_H
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) && defined(__GLIBC__) && \
    !defined(SMARTZONE_NO_CLONES)
#define HOT __attribute__((target_clones("avx2", "default")))
#else
#define HOT
#endif
#endif
