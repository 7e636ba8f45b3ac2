// Transparent huge pages for the heaps, where the kernel gives them (Debian's
// default is "madvise": on request).
//
// On this project's machines the first touch of a 4 KiB page costs about
// 14 us (30,000 cycles: `touch` of 2,048 fresh pages 61M cycles, the same
// 8 MiB as huge pages 1.5M), and a run over 10,000 bounces touched about
// 1,900 fresh pages: a tenth of its CPU. glibc's own switch for this
// (GLIBC_TUNABLES=glibc.malloc.hugetlb=1) can only be set in the environment
// before the program starts, so the heaps are advised here.
#pragma once

namespace mailtriage {

// Once, at the start of main: the heap's growth step is raised (16 MiB) and
// the part of it that holds whole huge pages is advised.
void use_huge_pages_for_main_heap();

// At the start of a thread that allocates: its own heap (glibc gives each new
// thread an arena, a 64 MiB reservation) is advised.
void use_huge_pages_for_thread_heap();

}  // namespace mailtriage
