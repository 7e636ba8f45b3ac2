// Reading inputs: compression by magic bytes, damaged archives, line splitting.
#include <gtest/gtest.h>

#include <bzlib.h>
#include <lzma.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "analyzer/byte_source.h"
#include "analyzer/line_reader.h"
#include "analyzer/pipeline.h"

namespace mailtriage {
namespace {

namespace fs = std::filesystem;

class TempDir {
 public:
  TempDir() {
    char tmpl[] = "/tmp/mailtriage-test-XXXXXX";
    path_ = mkdtemp(tmpl);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string write(const std::string& name, std::string_view bytes) const {
    std::string p = (path_ / name).string();
    fs::create_directories(fs::path(p).parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), std::streamsize(bytes.size()));
    return p;
  }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

std::string sample_text() {
  std::string s;
  for (int i = 0; i < 5000; ++i) s += "line " + std::to_string(i) + " of the sample\n";
  return s;
}

std::string gzip(std::string_view in) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, uLong(in.size())) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = uInt(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = uInt(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(std::string_view in) {
  std::string out(ZSTD_compressBound(in.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), in.data(), in.size(), 3));
  return out;
}

std::string bzip2(std::string_view in) {
  unsigned len = unsigned(in.size() + in.size() / 100 + 600);
  std::string out(len, '\0');
  BZ2_bzBuffToBuffCompress(out.data(), &len, const_cast<char*>(in.data()), unsigned(in.size()), 9, 0, 0);
  out.resize(len);
  return out;
}

std::string xz(std::string_view in) {
  std::string out(lzma_stream_buffer_bound(in.size()), '\0');
  size_t pos = 0;
  lzma_easy_buffer_encode(6, LZMA_CHECK_CRC64, nullptr, reinterpret_cast<const uint8_t*>(in.data()), in.size(),
                          reinterpret_cast<uint8_t*>(out.data()), &pos, out.size());
  out.resize(pos);
  return out;
}

// Where the read-ahead reader's first block ends (LineReader::Ahead::kBlock).
constexpr size_t kReadAheadBlock = size_t(1) << 20;

std::string read_all(const std::string& path, Compression* c, bool* failed, bool regular_file = false) {
  std::string error;
  auto src = open_input(path, c, &error, regular_file);
  EXPECT_NE(src, nullptr) << error;
  if (!src) return {};
  std::string out;
  char buf[4096];
  long r;
  while ((r = src->read(buf, sizeof buf)) > 0) out.append(buf, size_t(r));
  *failed = r < 0;
  return out;
}

// A regular file's first read is up to 64 KiB; when it comes back short the
// file has ended and no second read is made. Every size around that block
// must still read whole, plain and gzipped.
TEST(Inputs, RegularFilesOfEverySizeAroundTheFirstBlockReadWhole) {
  TempDir dir;
  for (size_t size : {size_t(0), size_t(1), size_t(5), size_t(6), size_t(7), size_t(65535), size_t(65536),
                      size_t(65537), size_t(200000)}) {
    std::string text(size, 'x');
    for (size_t i = 0; i < size; ++i) text[i] = char('a' + (i * 7) % 26);
    for (bool regular : {true, false}) {
      Compression c;
      bool failed = false;
      EXPECT_EQ(read_all(dir.write("plain" + std::to_string(size), text), &c, &failed, regular), text)
          << size << (regular ? " regular" : "");
      EXPECT_FALSE(failed);
      EXPECT_EQ(read_all(dir.write("gz" + std::to_string(size), gzip(text)), &c, &failed, regular), text)
          << size << " gzip" << (regular ? " regular" : "");
    }
  }
}

TEST(Inputs, EachCompressionIsDetectedByMagicBytesAndDecompressed) {
  TempDir dir;
  std::string text = sample_text();
  struct Case { std::string name; std::string bytes; Compression expected; };
  // Names deliberately do not match the content: detection is by content only.
  for (const Case& c : {Case{"a.log", gzip(text), Compression::gzip}, Case{"b.txt", zstd(text), Compression::zstd},
                        Case{"c", bzip2(text), Compression::bzip2}, Case{"d.gz", xz(text), Compression::xz},
                        Case{"e.zst", text, Compression::none},
                        // pzstd's output opens with a skippable frame (magic 0x184D2A5?, its size, its bytes)
                        Case{"f", std::string("\x50\x2a\x4d\x18\x04\x00\x00\x00skip", 12) + zstd(text),
                             Compression::zstd}}) {
    Compression got;
    bool failed = true;
    EXPECT_EQ(read_all(dir.write(c.name, c.bytes), &got, &failed), text) << c.name;
    EXPECT_EQ(got, c.expected) << c.name;
    EXPECT_FALSE(failed) << c.name;
  }
}

TEST(Inputs, TruncatedArchivesKeepWhatWasReadableAndReportFailure) {
  TempDir dir;
  std::string text = sample_text() + sample_text() + sample_text();
  for (auto [name, bytes] : {std::pair{"t.gz", gzip(text)}, std::pair{"t.zst", zstd(text)},
                             std::pair{"t.bz2", bzip2(text)}, std::pair{"t.xz", xz(text)}}) {
    std::string cut = bytes.substr(0, bytes.size() * 2 / 3);
    Compression c;
    bool failed = false;
    std::string got = read_all(dir.write(name, cut), &c, &failed);
    EXPECT_TRUE(failed) << name << ": a truncated archive must be reported";
    EXPECT_EQ(text.substr(0, got.size()), got) << name << ": what was decompressed must be a true prefix";
  }
}

TEST(Inputs, CorruptGzipIsReported) {
  TempDir dir;
  std::string bytes = gzip(sample_text());
  for (size_t i = 20; i < bytes.size() - 20; i += 7) bytes[i] = char(bytes[i] ^ 0x5a);
  Compression c;
  bool failed = false;
  read_all(dir.write("corrupt.gz", bytes), &c, &failed);
  EXPECT_TRUE(failed);
}

TEST(Inputs, UnreadablePathsAreReportedNotFatal) {
  std::vector<std::pair<std::string, std::string>> unreadable;
  auto files = discover_inputs({"/nonexistent/mail.log"}, &unreadable);
  EXPECT_TRUE(files.empty());
  ASSERT_EQ(unreadable.size(), 1u);
  EXPECT_EQ(unreadable[0].first, "/nonexistent/mail.log");
}

// Directories are walked to every depth, in sorted order; a symlink to a
// file counts; a symlink to a directory is not followed, and what is not a
// file (a FIFO, a dangling link) is not read: each of those is named as an
// input that could not be read, never left out in silence.
TEST(Inputs, DirectoriesAreWalkedForRegularFilesOnly) {
  TempDir dir;
  const fs::path root = dir.path();
  fs::create_directories(root / "cur" / "deep" / "deeper");
  fs::create_directories(root / "new");
  fs::create_directories(root / "elsewhere");
  dir.write("cur/b.eml", "x\n");
  dir.write("cur/a.eml", "x\n");
  dir.write("cur/deep/deeper/z.eml", "x\n");
  dir.write("new/c.eml", "x\n");
  dir.write("elsewhere/outside.eml", "x\n");
  fs::create_symlink(root / "elsewhere" / "outside.eml", root / "new" / "linked.eml");
  fs::create_directory_symlink(root / "elsewhere", root / "new" / "linked-dir");
  fs::create_symlink(root / "missing.eml", root / "new" / "dangling.eml");
  ASSERT_EQ(::mkfifo((root / "new" / "fifo").c_str(), 0600), 0);
  std::vector<std::pair<std::string, std::string>> unreadable;
  auto files = discover_inputs({(root / "cur").string(), (root / "new").string() + "/"}, &unreadable);
  std::vector<std::string> skipped;
  for (const auto& [path, why] : unreadable) skipped.push_back(fs::path(path).lexically_relative(root).string() + ": " + why);
  ASSERT_EQ(skipped.size(), 3u);
  EXPECT_EQ(skipped[0].rfind("new/dangling.eml: symbolic link: ", 0), 0u) << skipped[0];
  EXPECT_EQ(skipped[1], "new/fifo: a FIFO: skipped in a directory walk");
  EXPECT_EQ(skipped[2].rfind("new/linked-dir: a symbolic link to a directory: not followed", 0), 0u) << skipped[2];
  std::vector<std::string> rel;
  for (const std::string& f : files) rel.push_back(fs::path(f).lexically_relative(root).string());
  EXPECT_EQ(rel, (std::vector<std::string>{"cur/a.eml", "cur/b.eml", "cur/deep/deeper/z.eml", "new/c.eml",
                                           "new/linked.eml"}));
  for (const std::string& f : files) EXPECT_EQ(f.find("//"), std::string::npos) << f;
}

TEST(Inputs, RotationSetsAreReadOldestFirst) {
  TempDir dir;
  for (auto n : {"mail.log", "mail.log.1", "mail.log.2.gz", "mail.log.10.gz", "mail.log.3.gz", "other.log"})
    dir.write(n, "x\n");
  std::vector<std::pair<std::string, std::string>> unreadable;
  auto files = discover_inputs({dir.path().string()}, &unreadable);
  std::vector<std::string> names;
  for (auto& f : files) names.push_back(fs::path(f).filename().string());
  EXPECT_EQ(names, (std::vector<std::string>{"mail.log.10.gz", "mail.log.3.gz", "mail.log.2.gz", "mail.log.1",
                                             "mail.log", "other.log"}));
}

TEST(LineReader, SplitsLinesStripsCrAndKeepsALastLineWithoutNewline) {
  TempDir dir;
  Compression c;
  std::string error;
  auto src = open_input(dir.write("l", "one\r\ntwo\n\nthree"), &c, &error);
  ASSERT_NE(src, nullptr);
  LineReader reader(*src);
  std::vector<std::string> lines;
  std::string_view line;
  bool cut;
  while (reader.next(&line, &cut)) lines.emplace_back(line);
  EXPECT_EQ(lines, (std::vector<std::string>{"one", "two", "", "three"}));
}

// view_rest() gives the unread rest without a copy when the input ends in
// the buffer and is under the cap; otherwise it says no, consumes nothing,
// and read_rest() still gets every byte (a message file larger than the
// buffer, or than the cap).
TEST(LineReader, ViewRestWhenTheInputEndsInTheBufferElseReadRestGetsAll) {
  TempDir dir;
  Compression c;
  std::string error;
  const std::string small = "From: a@example.org\r\n\r\nbody\n";
  auto src = open_input(dir.write("small", small), &c, &error);
  ASSERT_NE(src, nullptr);
  LineReader reader(*src);
  EXPECT_EQ(reader.peek(5), "From:");
  std::string_view view;
  ASSERT_TRUE(reader.view_rest(&view, 1 << 20));
  EXPECT_EQ(view, small);
  EXPECT_EQ(reader.bytes_read(), small.size());

  std::string big;
  for (int i = 0; big.size() < (size_t(3) << 20); ++i) big += "line " + std::to_string(i) + "\n";
  for (size_t cap : {size_t(1000), size_t(64) << 20}) {
    auto src2 = open_input(dir.write("big", big), &c, &error);
    ASSERT_NE(src2, nullptr);
    LineReader reader2(*src2);
    reader2.peek(10);
    EXPECT_FALSE(reader2.view_rest(&view, cap)) << cap;
    std::string rest;
    bool cut = false;
    reader2.read_rest(&rest, cap, &cut);
    EXPECT_EQ(rest, big.substr(0, cap)) << cap;
    EXPECT_EQ(cut, cap < big.size());
  }
}

TEST(LineReader, EnormousLinesAreCutAndTheNextLineIsIntact) {
  TempDir dir;
  std::string big(3000, 'x');
  Compression c;
  std::string error;
  auto src = open_input(dir.write("big", "a\n" + big + "\nafter\n"), &c, &error);
  ASSERT_NE(src, nullptr);
  LineReader reader(*src, 1000);
  std::string_view line;
  bool cut;
  ASSERT_TRUE(reader.next(&line, &cut));
  EXPECT_EQ(line, "a");
  ASSERT_TRUE(reader.next(&line, &cut));
  EXPECT_TRUE(cut);
  EXPECT_EQ(line, std::string(1000, 'x'));
  ASSERT_TRUE(reader.next(&line, &cut));
  EXPECT_FALSE(cut);
  EXPECT_EQ(line, "after");
  EXPECT_FALSE(reader.next(&line, &cut));
}

// With read_ahead() lines are cut from 1 MiB blocks read by another thread;
// a line across two blocks is joined. Every line, every cut flag and the
// byte count must be what the plain reader gives, for lines of every length
// around the block borders, CR LF split across them, lines longer than the
// cap (there and elsewhere), a last line without a newline, and an empty file.
TEST(LineReader, ReadAheadGivesTheSameLinesAsThePlainReader) {
  TempDir dir;
  std::mt19937 rng(7);
  auto lines_of = [&](const std::string& path, size_t max_line, bool ahead) {
    Compression c;
    std::string error;
    auto src = open_input(path, &c, &error, true);
    EXPECT_NE(src, nullptr) << error;
    std::vector<std::string> out;
    if (!src) return out;
    LineReader reader(*src, max_line);
    if (ahead) reader.read_ahead();
    out.emplace_back(reader.peek(40));
    std::string_view line;
    bool cut;
    while (reader.next(&line, &cut)) out.push_back(std::string(line) + (cut ? "|cut" : ""));
    out.push_back("bytes " + std::to_string(reader.bytes_read()) + (reader.failed() ? " failed" : ""));
    return out;
  };
  std::vector<std::string> texts = {""};
  for (int round = 0; round < 4; ++round) {
    std::string t;
    const size_t target = (size_t(3) << 20) + rng() % 1000;
    while (t.size() < target) {
      size_t kind = rng() % 100;
      size_t len = kind < 90 ? rng() % 200 : kind < 98 ? rng() % 5000 : 4000 + rng() % 9000;
      for (size_t i = 0; i < len; ++i) t.push_back(char('a' + rng() % 26));
      t += rng() % 4 == 0 ? "\r\n" : "\n";
    }
    if (round % 2) t += "last line without a newline";
    texts.push_back(t);
  }
  // Newlines at every offset within the 64 bytes the reading thread compares
  // at once, several in one such span, and runs of empty lines.
  {
    std::string t;
    for (size_t len = 0; t.size() < (size_t(3) << 20); len = (len + 1) % 131) t.append(len, 'n') += '\n';
    texts.push_back(t + std::string(200, '\n'));
  }
  // Lines ending exactly at, just before and just after the first block border.
  for (size_t shift : {size_t(0), size_t(1), size_t(2)}) {
    std::string t(kReadAheadBlock - shift - 1, 'b');
    t += "\r\nnext\n";
    texts.push_back(t);
  }
  for (size_t i = 0; i < texts.size(); ++i) {
    std::string path = dir.write("ahead" + std::to_string(i), texts[i]);
    for (size_t max_line : {size_t(4096), size_t(1) << 20}) {
      EXPECT_EQ(lines_of(path, max_line, true), lines_of(path, max_line, false)) << "text " << i << " max_line " << max_line;
    }
  }
}

TEST(LineReader, ManyLinesAcrossBufferRefills) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 200000; ++i) text += "line number " + std::to_string(i) + "\n";
  Compression c;
  std::string error;
  auto src = open_input(dir.write("many", gzip(text)), &c, &error);
  ASSERT_NE(src, nullptr);
  LineReader reader(*src, 4096);
  std::string_view line;
  bool cut;
  int n = 0;
  bool all_match = true;
  while (reader.next(&line, &cut)) all_match &= line == "line number " + std::to_string(n++);
  EXPECT_EQ(n, 200000);
  EXPECT_TRUE(all_match);
}

}  // namespace
}  // namespace mailtriage

namespace mailtriage {
namespace {

TEST(Inputs, ReadAheadGivesTheSameBytesAndTheSameFailure) {
  TempDir dir;
  std::string text;
  for (int i = 0; i < 300000; ++i) text += "read ahead line " + std::to_string(i) + "\n";
  std::string gz = gzip(text);
  for (bool truncated : {false, true}) {
    std::string path = dir.write(truncated ? "cut.gz" : "whole.gz", truncated ? gz.substr(0, gz.size() / 2) : gz);
    Compression c;
    std::string error;
    auto src = read_ahead(open_input(path, &c, &error));
    std::string out;
    char buf[7777];
    long r;
    while ((r = src->read(buf, sizeof buf)) > 0) out.append(buf, size_t(r));
    if (truncated) {
      EXPECT_LT(r, 0);
      EXPECT_NE(src->error().find("truncated"), std::string::npos) << src->error();
      EXPECT_EQ(text.substr(0, out.size()), out);
    } else {
      EXPECT_EQ(r, 0);
      EXPECT_EQ(out, text);
    }
  }
}

}  // namespace
}  // namespace mailtriage
