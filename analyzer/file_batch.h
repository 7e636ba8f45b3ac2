// Reading a run of small files (a Maildir's messages) with one system call
// instead of three per file.
//
// On a Maildir of 10,000 bounces of a few KB, open/read/close were a third of
// the run's CPU, and on the project's virtual machines a system call costs
// far more than its work: the same 10,000 files read one by one took 75-107
// ms of CPU, read as groups of 16 through io_uring as below 42-60 ms (a test
// program, perf stat over 20 runs each, the two alternating). So a group's
// files are opened and read in one submission: each open puts the file in a
// slot of the ring's own file table (a "direct" descriptor, which the next
// open into that slot closes), a read linked to it fills that file's block,
// and a second read must find nothing more.
//
// What it does not settle is left to the caller's ordinary path: a file
// larger than its block, one whose pages are not all in the page cache (the
// ordinary path asks the kernel for the whole cold group at once), a failed
// open (the caller's own open says why, in its words), or a kernel without
// io_uring (Linux before 5.19 lacks the sparse file table; a container's
// seccomp profile may refuse the ring): then nothing is read here and every
// file goes the ordinary way.
#pragma once

#include <cstddef>
#include <cstdlib>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace mailtriage {

class FileBatchReader {
 public:
  static constexpr size_t kMaxFiles = 16;
  // A file of up to this many bytes is read whole; the ordinary path's
  // first read asks for as many (byte_source.cc), so a larger file costs no
  // more than before.
  static constexpr size_t kBlockBytes = size_t(64) << 10;

  // `use_ring` false: never batched (the fallback, for tests to reach).
  explicit FileBatchReader(bool use_ring = true);
  ~FileBatchReader();
  FileBatchReader(const FileBatchReader&) = delete;
  FileBatchReader& operator=(const FileBatchReader&) = delete;

  // Whether reads are batched on this kernel (false after a refused ring).
  bool batched() const;

  // Opens and reads the start of paths[0 .. n), n <= kMaxFiles, regular files
  // only (a FIFO would block the ring's worker). Afterwards whole(k) says
  // what was learnt of paths[k].
  void read(std::span<const std::string* const> paths);

  // The whole content of paths[k] when the batch read all of it (valid until
  // the next read()); nullopt when the caller must open and read it itself.
  std::optional<std::string_view> whole(size_t k) const;

 private:
  struct Ring;
  struct Free {
    void operator()(char* p) const { std::free(p); }
  };
  std::unique_ptr<char, Free> blocks_;  // before ring_: a ring gone waits for its reads, which fill these
  std::unique_ptr<Ring> ring_;
  static constexpr size_t kOpsPerFile = 3;   // open, read, look for more
  static constexpr uint64_t kOpenTag = 0;    // the user data of an open's completion
  static constexpr long kUnsettled = -1;
  long results_[kMaxFiles] = {};  // bytes read, or < 0: not settled here
  long ends_[kMaxFiles] = {};     // what the read after those gave: 0 at the end of the file
  char probe_ = 0;                // where that read puts a byte it finds
  size_t count_ = 0;
};

}  // namespace mailtriage
