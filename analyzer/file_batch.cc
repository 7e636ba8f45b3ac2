#include "analyzer/file_batch.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <linux/openat2.h>
#include <liburing.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <new>

namespace mailtriage {
struct FileBatchReader::Ring {
  io_uring ring{};
  bool ready = false;
  open_how cached_only{.flags = O_RDONLY, .mode = 0, .resolve = RESOLVE_CACHED};  // read by the kernel at submission

  Ring() {
    // The entries of a full group: open, read, look for more, per file.
    if (io_uring_queue_init(unsigned(kOpsPerFile * kMaxFiles), &ring, 0) < 0) return;
    if (io_uring_register_files_sparse(&ring, unsigned(kMaxFiles)) < 0) {
      io_uring_queue_exit(&ring);
      return;
    }
    ready = true;
  }
  ~Ring() {
    if (ready) io_uring_queue_exit(&ring);  // closes the files still in the table
  }
};

FileBatchReader::FileBatchReader(bool use_ring) {
  if (!use_ring) return;
  ring_ = std::make_unique<Ring>();
  if (!ring_->ready) {
    ring_.reset();
    return;
  }
  // One huge page where the kernel gives them (transparent huge pages on
  // request, Debian's default): the blocks fill at the ring's reads, and 256
  // first touches of 4 KiB pages cost more here than zeroing 2 MiB once.
  constexpr size_t kHugePage = size_t(2) << 20;
  static_assert(kMaxFiles * kBlockBytes <= kHugePage);
  blocks_.reset(static_cast<char*>(std::aligned_alloc(kHugePage, kHugePage)));
  if (!blocks_) throw std::bad_alloc();
  ::madvise(blocks_.get(), kHugePage, MADV_HUGEPAGE);  // a refusal leaves ordinary pages
}

FileBatchReader::~FileBatchReader() = default;

bool FileBatchReader::batched() const { return ring_ != nullptr; }

void FileBatchReader::read(std::span<const std::string* const> paths) {
  count_ = std::min(paths.size(), kMaxFiles);
  std::fill_n(results_, count_, kUnsettled);
  std::fill_n(ends_, count_, kUnsettled);
  if (!ring_) return;
  io_uring* ring = &ring_->ring;
  size_t queued = 0;
  for (size_t k = 0; k < count_; ++k) {
    io_uring_sqe* sqe[kOpsPerFile];
    for (io_uring_sqe*& e : sqe) e = io_uring_get_sqe(ring);
    if (!sqe[kOpsPerFile - 1]) break;  // cannot happen with a ring sized for a full group
    auto [open, read, at_end] = sqe;
    // Into slot k, replacing (and closing) the file the last group left there.
    // A direct descriptor takes no O_CLOEXEC: it is not in the process's
    // table. Only a path the kernel has in its caches is opened (an inode
    // to read from the disk would send the open to the ring's workers: a
    // thread each, and a cold Maildir took 0.48 s instead of 0.35 s).
    io_uring_prep_openat2_direct(open, AT_FDCWD, paths[k]->c_str(), &ring_->cached_only, unsigned(k));
    open->flags |= IOSQE_IO_LINK;  // the reads run only once the open succeeded
    open->user_data = kOpenTag;
    // Both reads go on from the file's position (offset -1) and may not wait
    // for the disk: an uncached file gives EAGAIN and is left to the ordinary
    // path, which asks the kernel for the whole cold group at once. (Punted
    // to the ring's workers instead, a cold Maildir took 0.6 s instead of
    // 0.35 s, twice the system time.) A read that may not wait can stop
    // short where the cached part of a file ends, so a short read alone does
    // not say the file ended: the second read must find nothing more. It is
    // hard-linked, so that the first read's being short does not cancel it.
    io_uring_prep_read(read, int(k), blocks_.get() + k * kBlockBytes, unsigned(kBlockBytes), uint64_t(-1));
    read->flags |= IOSQE_FIXED_FILE | IOSQE_IO_HARDLINK;
    read->rw_flags = RWF_NOWAIT;
    read->user_data = 2 * k + 1;
    io_uring_prep_read(at_end, int(k), &probe_, 1, uint64_t(-1));
    at_end->flags |= IOSQE_FIXED_FILE;
    at_end->rw_flags = RWF_NOWAIT;
    at_end->user_data = 2 * k + 2;
    queued += kOpsPerFile;
  }
  if (queued == 0) return;
  int submitted;
  do {
    submitted = io_uring_submit_and_wait(ring, unsigned(queued));
  } while (submitted == -EINTR);
  // What was submitted completes; anything odd (a refused or partial
  // submission, a failed wait) gives the ring up for the rest of the run,
  // so that no completion of this group is mistaken for the next one's.
  const size_t expected = submitted > 0 ? std::min(size_t(submitted), queued) : 0;
  bool broken = expected != queued;
  for (size_t seen = 0; seen < expected;) {
    io_uring_cqe* cqe = nullptr;
    int rc = io_uring_wait_cqe(ring, &cqe);
    if (rc == -EINTR) continue;
    if (rc < 0) {
      broken = true;
      break;
    }
    // A failed open cancels its reads; a failed read leaves the file to the
    // caller, whose own open and read report the error in full.
    if (cqe->user_data != kOpenTag && !broken) {
      const size_t k = size_t(cqe->user_data - 1) / 2;
      (cqe->user_data % 2 ? results_ : ends_)[k] = cqe->res;
    }
    io_uring_cqe_seen(ring, cqe);
    ++seen;
  }
  if (broken) {
    std::fill_n(results_, count_, kUnsettled);
    ring_.reset();  // waits for what is in flight; the blocks outlive it
  }
}

std::optional<std::string_view> FileBatchReader::whole(size_t k) const {
  // Read, and nothing after what was read: the whole file.
  if (k >= count_ || results_[k] < 0 || ends_[k] != 0) return std::nullopt;
  return std::string_view(blocks_.get() + k * kBlockBytes, size_t(results_[k]));
}

}  // namespace mailtriage
