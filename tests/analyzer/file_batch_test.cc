// FileBatchReader: a group of small files read with one submission, and
// everything it cannot settle left to the caller's ordinary open and read.
#include "analyzer/file_batch.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <fstream>
#include <string>
#include <vector>

namespace mailtriage::testing {
namespace {

namespace fs = std::filesystem;

class FileBatch : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("mailtriage-file-batch-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& bytes) {
    fs::path p = dir_ / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  static size_t open_descriptors() {
    // The iterator's own descriptor is among them, in every count alike.
    return size_t(std::distance(fs::directory_iterator("/proc/self/fd"), fs::directory_iterator()));
  }

  fs::path dir_;
};

TEST_F(FileBatch, ReadsSmallFilesWholeAndLeavesTheRestToTheCaller) {
  FileBatchReader reader;
  if (!reader.batched()) GTEST_SKIP() << "this kernel (or its seccomp profile) refuses io_uring: only the fallback runs";
  const std::string small = "From: MAILER-DAEMON\r\nSubject: failure\r\n\r\n550 5.1.1 no such user\r\n";
  const std::string binary("\x1f\x8b\x08\0\0\0", 6);
  const std::string block_minus_one(FileBatchReader::kBlockBytes - 1, 'a');
  const std::string paths[] = {
      write("small.eml", small),
      write("empty.eml", ""),
      write("binary.gz", binary),
      write("just-under.eml", block_minus_one),
      write("exactly-a-block.eml", std::string(FileBatchReader::kBlockBytes, 'b')),
      write("larger.eml", std::string(FileBatchReader::kBlockBytes + 1, 'c')),
      (dir_ / "missing.eml").string(),  // its open fails: the caller's own open says why
      dir_.string(),                    // a directory: its read fails
  };
  std::vector<const std::string*> group;
  for (const std::string& p : paths) group.push_back(&p);
  reader.read(group);

  ASSERT_TRUE(reader.whole(0).has_value());
  EXPECT_EQ(*reader.whole(0), small);
  ASSERT_TRUE(reader.whole(1).has_value());
  EXPECT_TRUE(reader.whole(1)->empty());
  ASSERT_TRUE(reader.whole(2).has_value());
  EXPECT_EQ(*reader.whole(2), binary);
  ASSERT_TRUE(reader.whole(3).has_value());
  EXPECT_EQ(*reader.whole(3), block_minus_one);
  ASSERT_TRUE(reader.whole(4).has_value()) << "the read after a full block found the end";
  EXPECT_EQ(reader.whole(4)->size(), FileBatchReader::kBlockBytes);
  EXPECT_FALSE(reader.whole(5).has_value()) << "larger than a block";
  EXPECT_FALSE(reader.whole(6).has_value());
  EXPECT_FALSE(reader.whole(7).has_value());
  EXPECT_FALSE(reader.whole(8).has_value()) << "past the group";
}

// Each open replaces the file the last group left in its slot: groups after
// groups keep no more files open than one group holds, and every group reads
// its own files, not the last one's.
TEST_F(FileBatch, GroupAfterGroupReadsItsOwnFilesAndKeepsNoneOpen) {
  FileBatchReader reader;
  if (!reader.batched()) GTEST_SKIP() << "this kernel (or its seccomp profile) refuses io_uring: only the fallback runs";
  std::vector<std::string> paths;
  for (int i = 0; i < 64; ++i) paths.push_back(write("m" + std::to_string(i), "message " + std::to_string(i) + "\n"));
  const size_t before = open_descriptors();
  for (int round = 0; round < 50; ++round) {
    for (size_t first = 0; first < paths.size(); first += FileBatchReader::kMaxFiles) {
      // Groups of every size up to a full one.
      const size_t size = 1 + (first / FileBatchReader::kMaxFiles + round) % FileBatchReader::kMaxFiles;
      std::vector<const std::string*> group;
      for (size_t k = first; k < std::min(paths.size(), first + size); ++k) group.push_back(&paths[k]);
      reader.read(group);
      for (size_t k = 0; k < group.size(); ++k) {
        ASSERT_TRUE(reader.whole(k).has_value()) << *group[k];
        EXPECT_EQ(*reader.whole(k), "message " + std::to_string(first + k) + "\n");
      }
      EXPECT_FALSE(reader.whole(group.size()).has_value());
    }
  }
  EXPECT_EQ(open_descriptors(), before) << "the ring's files are its own, not the process's";
}

// A file whose pages are not in the page cache is not waited for: the
// ordinary path asks the kernel for the whole cold group at once. The kernel
// keeps that only as a rule: a read that may not wait still starts the
// readahead, and on a fast disk the pages can be in before the read looks
// again (about one run in 200 here, more under load). So what a settled file
// holds is checked on every attempt (the whole file, never the cached part
// alone), and the waiting on a few: a reader that waited would read the cold
// files on every one of them.
TEST_F(FileBatch, LeavesAFileOutOfThePageCacheToTheCaller) {
  FileBatchReader reader;
  if (!reader.batched()) GTEST_SKIP() << "this kernel (or its seccomp profile) refuses io_uring: only the fallback runs";
  // Asked of mincore(), not with a read: a read that may not wait still
  // starts the kernel reading the file in.
  auto cached_at = [](int fd, off_t at) {
    const long page = ::sysconf(_SC_PAGESIZE);
    const off_t page_start = at / page * page;
    void* map = ::mmap(nullptr, size_t(page), PROT_READ, MAP_SHARED, fd, page_start);
    if (map == MAP_FAILED) return true;  // cannot tell: counts as cached, and the test is skipped
    unsigned char resident = 1;
    ::mincore(map, size_t(page), &resident);
    ::munmap(map, size_t(page));
    return (resident & 1) != 0;
  };
  // Drops a file's pages from `from` on; says whether its first byte is then
  // cached (`keep_first`) or not, and its last byte is not.
  auto evict = [&](const std::string& path, off_t from, bool keep_first) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    ::fsync(fd);
    ::posix_fadvise(fd, from, 0, POSIX_FADV_DONTNEED);  // only clean pages go: hence the fsync
    const bool as_asked = cached_at(fd, 0) == keep_first && !cached_at(fd, off_t(fs::file_size(path)) - 1);
    ::close(fd);
    return as_asked;
  };
  const std::string cached_text = "Subject: cached\n\nbody\n";
  const std::string cold_text(3 * 4096, 'x');
  // 48 KiB, of which the last 16 are dropped: the page cache keeps its pages
  // in folios of up to 16 KiB here, and drops whole ones only. A read that
  // may not wait stops short where the cached start ends, which must not
  // pass for the end of the file.
  const std::string partly_text(48 << 10, 'y');
  constexpr int kAttempts = 6;
  int left_cold = 0, ran = 0;
  for (int attempt = 0; attempt < kAttempts && left_cold == 0; ++attempt) {
    const std::string suffix = std::to_string(attempt) + ".eml";
    const std::string cached = write("cached-" + suffix, cached_text);
    const std::string cold = write("cold-" + suffix, cold_text);
    const std::string partly = write("partly-cold-" + suffix, partly_text);
    const bool cold_ok = evict(cold, 0, false), partly_ok = evict(partly, 32 << 10, true);
    if (!cold_ok || !partly_ok)
      GTEST_SKIP() << "this file system keeps the files in memory (tmpfs?), or drops other pages than asked (cold file: "
                   << cold_ok << ", partly cold: " << partly_ok << ")";
    const std::string* group[] = {&cached, &cold, &partly};
    reader.read(group);
    if (!reader.whole(0)) {
      const int fd = ::open(cached.c_str(), O_RDONLY | O_CLOEXEC);
      const bool still_cached = fd >= 0 && cached_at(fd, 0);
      if (fd >= 0) ::close(fd);
      if (!still_cached) continue;  // the page cache let go of the cached file meanwhile (memory reclaim)
    }
    ++ran;
    ASSERT_TRUE(reader.whole(0).has_value());
    EXPECT_EQ(*reader.whole(0), cached_text);
    // Settled or not, a settled file is all of it.
    if (reader.whole(1)) {
      EXPECT_EQ(*reader.whole(1), cold_text) << "attempt " << attempt;
    }
    if (reader.whole(2)) {
      EXPECT_EQ(reader.whole(2)->size(), partly_text.size()) << "only the cached part read, as if it were all";
    }
    if (!reader.whole(1) && !reader.whole(2)) ++left_cold;
  }
  if (ran == 0) GTEST_SKIP() << "the page cache let go of the cached file on every attempt (memory reclaim)";
  EXPECT_GT(left_cold, 0) << "the cold files were read on each of " << ran << " attempts: the reads waited for the disk";
}

TEST_F(FileBatch, WithoutTheRingNothingIsSettledAndEveryFileGoesTheOrdinaryWay) {
  FileBatchReader reader(false);
  EXPECT_FALSE(reader.batched());
  const std::string path = write("small.eml", "Subject: x\n\nbody\n");
  const std::string* group[] = {&path};
  reader.read(group);
  EXPECT_FALSE(reader.whole(0).has_value());
}

}  // namespace
}  // namespace mailtriage::testing
