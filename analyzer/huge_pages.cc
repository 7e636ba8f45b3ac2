#include "analyzer/huge_pages.h"

#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>

extern char end;  // the linker's end of the program's data: the main heap starts above it

namespace mailtriage {
namespace {
constexpr uintptr_t kHugePage = uintptr_t(2) << 20;
constexpr uintptr_t kThreadHeap = uintptr_t(64) << 20;  // glibc's HEAP_MAX_SIZE on 64-bit systems

uintptr_t address_of(const void* p) { return reinterpret_cast<uintptr_t>(p); }
uintptr_t huge_page_up(uintptr_t a) { return (a + kHugePage - 1) & ~(kHugePage - 1); }
uintptr_t huge_page_down(uintptr_t a) { return a & ~(kHugePage - 1); }

// Where the calling thread's heap puts its next small block.
uintptr_t next_small_block() {
  void* volatile probe = std::malloc(64);  // volatile: the pair is not optimized away
  const uintptr_t at = address_of(probe);
  std::free(probe);
  return at;
}

void advise(uintptr_t from, uintptr_t to) {
  from = huge_page_up(from);
  to = huge_page_down(to);
  if (to > from) ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE);  // a refusal leaves small pages
}

// The part of a heap's first huge page that small pages already hold (the
// heap's start was written before it was advised) is taken by one block
// that is never touched, so that allocations start on the first huge page
// (else the first 2 MiB of small blocks, ~500 pages, fault one by one).
// Freed when the thread ends.
void skip_to_huge_page(uintptr_t next_block, uintptr_t huge_start) {
  struct Filler {
    void* block = nullptr;
    ~Filler() { std::free(block); }
  };
  thread_local Filler filler;
  constexpr uintptr_t kSlack = 4096;  // the block's own header, and allocator rounding
  if (filler.block == nullptr && huge_start > next_block + kSlack) filler.block = std::malloc(huge_start - next_block - kSlack);
}

}  // namespace

void use_huge_pages_for_main_heap() {
#if defined(__SANITIZE_ADDRESS__)
  return;  // the sanitizer's allocator has heaps of its own
#endif
  // The heap grows in large steps and keeps what is freed: a thread's heap
  // otherwise grows a page or two at a time, a system call each (457
  // mprotect calls in a run over 10,000 bounces, 22 with these). Only the
  // pages touched count in the memory used.
  mallopt(M_TOP_PAD, 16 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  // Blocks of up to 32 MiB come from the heaps too (not a fresh mapping
  // each, in small pages): a classifier memo's 320 KiB, the rule index's
  // tables, a growing message buffer.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  // One allocation the heap has no room for makes it grow by the step; the
  // new part is advised.
  const uintptr_t before = address_of(sbrk(0));
  void* volatile grow = std::malloc(120 << 10);  // volatile: the pair is not optimized away
  std::free(grow);
  advise(before, address_of(sbrk(0)));
  skip_to_huge_page(next_small_block(), huge_page_up(before));
}

void use_huge_pages_for_thread_heap() {
#if defined(__SANITIZE_ADDRESS__)
  return;
#endif
  const uintptr_t at = next_small_block();
  if (at >= address_of(&end) && at < address_of(sbrk(0))) return;  // the main heap's (no arena of its own)
  const uintptr_t heap = at & ~(kThreadHeap - 1);
  advise(heap, heap + kThreadHeap);
  skip_to_huge_page(at, heap + kHugePage);
}

}  // namespace mailtriage
