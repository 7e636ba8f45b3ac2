#include "analyzer/byte_source.h"

#include <bzlib.h>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <cstring>
#include <fcntl.h>
#include <lzma.h>
#include <unistd.h>
#include <vector>
#include <zlib.h>
#include <zstd.h>

namespace mailtriage {
namespace {

// The first block of an input, read for its magic bytes and replayed. Each
// thread keeps one block for its next input: a Maildir is thousands of
// files of a few KB, and a fresh block (or a copy into one) per file cost
// more than reading it.
constexpr size_t kFirstBlock = size_t(64) << 10;
std::unique_ptr<char[]>& spare_first_block() {
  thread_local std::unique_ptr<char[]> spare;
  return spare;
}

class FdSource final : public ByteSource {
 public:
  FdSource(int fd, bool owned, std::unique_ptr<char[]> prefix, size_t prefix_size, bool at_end = false)
      : fd_(fd), owned_(owned), at_end_(at_end), block_(std::move(prefix)), prefix_(block_.get()),
        prefix_size_(prefix_size) {}
  // The whole input, read by someone else (a batch of files) and valid while this source lives.
  explicit FdSource(std::string_view whole)
      : fd_(-1), owned_(false), at_end_(true), prefix_(const_cast<char*>(whole.data())), prefix_size_(whole.size()) {}
  ~FdSource() override {
    if (owned_) ::close(fd_);
    if (block_) spare_first_block() = std::move(block_);
  }
  char* whole_input(size_t* size) override {
    if (!at_end_ || pos_ != 0) return nullptr;
    pos_ = *size = prefix_size_;
    return prefix_;
  }
  long read(char* buf, size_t n) override {
    if (pos_ < prefix_size_) {  // bytes already read for sniffing
      size_t k = std::min(n, prefix_size_ - pos_);
      std::memcpy(buf, prefix_ + pos_, k);
      pos_ += k;
      return long(k);
    }
    if (at_end_) return 0;
    for (;;) {
      ssize_t r = ::read(fd_, buf, n);
      if (r >= 0) return long(r);
      if (errno == EINTR) continue;
      error_ = std::strerror(errno);
      return -1;
    }
  }

 private:
  int fd_;
  bool owned_;
  bool at_end_;  // the prefix holds all there is
  std::unique_ptr<char[]> block_;  // kFirstBlock bytes, when this source read its prefix itself
  char* prefix_;                   // prefix_size_ bytes read before the first read() call
  size_t prefix_size_;
  size_t pos_ = 0;
};

// Common shape of the streaming decompressors: pull compressed bytes from the
// raw source, push decompressed bytes out.
class Decompressor : public ByteSource {
 public:
  explicit Decompressor(std::unique_ptr<ByteSource> raw) : raw_(std::move(raw)), in_(1 << 17) {}

 protected:
  // Refills the input buffer; returns false at the end of the raw input.
  bool refill() {
    long r = raw_->read(in_.data(), in_.size());
    if (r < 0) {
      error_ = raw_->error();
      failed_ = true;
      return false;
    }
    in_len_ = size_t(r);
    in_pos_ = 0;
    return r > 0;
  }
  std::unique_ptr<ByteSource> raw_;
  std::vector<char> in_;
  size_t in_len_ = 0, in_pos_ = 0;
  bool failed_ = false, done_ = false;
};

class GzipSource final : public Decompressor {
 public:
  explicit GzipSource(std::unique_ptr<ByteSource> raw) : Decompressor(std::move(raw)) {
    std::memset(&z_, 0, sizeof z_);
    inflateInit2(&z_, 15 + 32);  // gzip or zlib header, auto-detected
  }
  ~GzipSource() override { inflateEnd(&z_); }
  long read(char* buf, size_t n) override {
    if (failed_) return -1;
    if (done_) return 0;
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = uInt(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        if (!refill()) {
          if (failed_) return -1;
          if (!member_started_) { done_ = true; return 0; }  // clean end between members
          error_ = "truncated compressed data (gzip stream ends early)";
          failed_ = true;
          return long(n - z_.avail_out) > 0 ? long(n - z_.avail_out) : -1;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = uInt(in_len_);
      }
      member_started_ = true;
      int rc = inflate(&z_, Z_NO_FLUSH);
      if (rc == Z_STREAM_END) {
        member_started_ = false;
        inflateReset(&z_);  // concatenated gzip members (as logrotate may produce)
        continue;
      }
      if (rc != Z_OK && rc != Z_BUF_ERROR) {
        error_ = std::string("corrupt gzip data: ") + (z_.msg ? z_.msg : "inflate failed");
        failed_ = true;
        long got = long(n - z_.avail_out);
        return got > 0 ? got : -1;
      }
    }
    return long(n - z_.avail_out);
  }

 private:
  z_stream z_;
  bool member_started_ = false;
};

class ZstdSource final : public Decompressor {
 public:
  explicit ZstdSource(std::unique_ptr<ByteSource> raw) : Decompressor(std::move(raw)), z_(ZSTD_createDStream()) {
    ZSTD_initDStream(z_);
  }
  ~ZstdSource() override { ZSTD_freeDStream(z_); }
  long read(char* buf, size_t n) override {
    if (failed_) return -1;
    if (done_) return 0;
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos == 0) {
      if (in_pos_ == in_len_) {
        if (!refill()) {
          if (failed_) return -1;
          if (last_rc_ != 0) {
            error_ = "truncated compressed data (zstd frame ends early)";
            failed_ = true;
            return -1;
          }
          done_ = true;
          return 0;
        }
      }
      ZSTD_inBuffer in{in_.data(), in_len_, in_pos_};
      last_rc_ = ZSTD_decompressStream(z_, &out, &in);
      in_pos_ = in.pos;
      if (ZSTD_isError(last_rc_)) {
        error_ = std::string("corrupt zstd data: ") + ZSTD_getErrorName(last_rc_);
        failed_ = true;
        return out.pos > 0 ? long(out.pos) : -1;
      }
    }
    return long(out.pos);
  }

 private:
  ZSTD_DStream* z_;
  size_t last_rc_ = 0;
};

class Bzip2Source final : public Decompressor {
 public:
  explicit Bzip2Source(std::unique_ptr<ByteSource> raw) : Decompressor(std::move(raw)) {
    std::memset(&z_, 0, sizeof z_);
    BZ2_bzDecompressInit(&z_, 0, 0);
  }
  ~Bzip2Source() override { BZ2_bzDecompressEnd(&z_); }
  long read(char* buf, size_t n) override {
    if (failed_) return -1;
    if (done_) return 0;
    z_.next_out = buf;
    z_.avail_out = unsigned(n);
    while (z_.avail_out == n) {
      if (z_.avail_in == 0) {
        if (!refill()) {
          if (failed_) return -1;
          if (!in_stream_) { done_ = true; return 0; }
          error_ = "truncated compressed data (bzip2 stream ends early)";
          failed_ = true;
          return -1;
        }
        z_.next_in = in_.data();
        z_.avail_in = unsigned(in_len_);
      }
      in_stream_ = true;
      int rc = BZ2_bzDecompress(&z_);
      if (rc == BZ_STREAM_END) {
        in_stream_ = false;
        // Concatenated streams (pbzip2): start again on the remaining input.
        char* rest = z_.next_in;
        unsigned rest_len = z_.avail_in;
        char* out = z_.next_out;
        unsigned out_len = z_.avail_out;
        BZ2_bzDecompressEnd(&z_);
        std::memset(&z_, 0, sizeof z_);
        BZ2_bzDecompressInit(&z_, 0, 0);
        z_.next_in = rest, z_.avail_in = rest_len, z_.next_out = out, z_.avail_out = out_len;
        if (rest_len == 0 && out_len != n) break;
        continue;
      }
      if (rc != BZ_OK) {
        error_ = "corrupt bzip2 data (error " + std::to_string(rc) + ")";
        failed_ = true;
        long got = long(n - z_.avail_out);
        return got > 0 ? got : -1;
      }
    }
    return long(n - z_.avail_out);
  }

 private:
  bz_stream z_;
  bool in_stream_ = false;
};

class XzSource final : public Decompressor {
 public:
  explicit XzSource(std::unique_ptr<ByteSource> raw) : Decompressor(std::move(raw)) {
    // It fails only without memory; the first read() then says so.
    if (lzma_auto_decoder(&z_, UINT64_MAX, LZMA_CONCATENATED) != LZMA_OK) {
      error_ = "cannot start the xz decoder (out of memory)";
      failed_ = true;
    }
  }
  ~XzSource() override { lzma_end(&z_); }
  long read(char* buf, size_t n) override {
    if (failed_) return -1;
    if (done_) return 0;
    z_.next_out = reinterpret_cast<uint8_t*>(buf);
    z_.avail_out = n;
    while (z_.avail_out == n) {
      lzma_action action = LZMA_RUN;
      if (z_.avail_in == 0) {
        if (!refill()) {
          if (failed_) return -1;
          action = LZMA_FINISH;
        } else {
          z_.next_in = reinterpret_cast<uint8_t*>(in_.data());
          z_.avail_in = in_len_;
        }
      }
      lzma_ret rc = lzma_code(&z_, action);
      if (rc == LZMA_STREAM_END) {
        done_ = true;
        break;
      }
      if (rc != LZMA_OK) {
        error_ = rc == LZMA_BUF_ERROR ? "truncated compressed data (xz stream ends early)"
                                      : "corrupt xz data (error " + std::to_string(int(rc)) + ")";
        failed_ = true;
        long got = long(n - z_.avail_out);
        return got > 0 ? got : -1;
      }
    }
    return long(n - z_.avail_out);
  }

 private:
  lzma_stream z_ = LZMA_STREAM_INIT;
};

class ReadAheadSource final : public ByteSource {
 public:
  explicit ReadAheadSource(std::unique_ptr<ByteSource> inner) : inner_(std::move(inner)) {
    worker_ = std::thread([this] { produce(); });
  }
  ~ReadAheadSource() override {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_all();
    worker_.join();
  }
  long read(char* buf, size_t n) override {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [&] { return !blocks_.empty() || finished_; });
    if (blocks_.empty()) {
      if (failed_) {
        error_ = inner_error_;
        return -1;
      }
      return 0;
    }
    std::string& front = blocks_.front();
    size_t k = std::min(n, front.size() - offset_);
    std::memcpy(buf, front.data() + offset_, k);
    offset_ += k;
    if (offset_ == front.size()) {
      spare_ = std::move(front);
      blocks_.pop_front();
      offset_ = 0;
      cv_.notify_all();
    }
    return long(k);
  }

 private:
  static constexpr size_t kBlock = size_t(1) << 20;
  static constexpr size_t kAhead = 8;

  void produce() {
    for (;;) {
      std::string block;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return blocks_.size() < kAhead || stop_; });
        if (stop_) return;
        block = std::move(spare_);
      }
      block.resize(kBlock);
      size_t filled = 0;
      long r = 0;
      while (filled < kBlock && (r = inner_->read(block.data() + filled, kBlock - filled)) > 0) filled += size_t(r);
      block.resize(filled);
      std::lock_guard<std::mutex> lock(mu_);
      if (filled) blocks_.push_back(std::move(block));
      if (r <= 0) {
        finished_ = true;
        failed_ = r < 0;
        if (failed_) inner_error_ = inner_->error();
        cv_.notify_all();
        return;
      }
      cv_.notify_all();
    }
  }

  std::unique_ptr<ByteSource> inner_;
  std::thread worker_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::string> blocks_;
  std::string spare_;
  size_t offset_ = 0;
  bool finished_ = false, failed_ = false, stop_ = false;
  std::string inner_error_;
};

}  // namespace

std::unique_ptr<ByteSource> read_ahead(std::unique_ptr<ByteSource> inner) {
  return std::make_unique<ReadAheadSource>(std::move(inner));
}

std::string_view compression_name(Compression c) {
  switch (c) {
    case Compression::none: return "none";
    case Compression::gzip: return "gzip";
    case Compression::zstd: return "zstd";
    case Compression::bzip2: return "bzip2";
    case Compression::xz: return "xz";
  }
  return "none";
}

Compression detect_compression(std::string_view h) {
  auto starts = [&](std::string_view magic) { return h.substr(0, magic.size()) == magic; };
  if (starts("\x1f\x8b")) return Compression::gzip;
  if (starts("\x28\xb5\x2f\xfd")) return Compression::zstd;
  // A zstd skippable frame (magic 0x184D2A50 to 0x184D2A5F, little-endian) opens
  // pzstd's output and files with metadata; the decoder passes over it.
  if (h.size() >= 4 && (static_cast<unsigned char>(h[0]) & 0xF0) == 0x50 && h.substr(1, 3) == "\x2a\x4d\x18")
    return Compression::zstd;
  if (starts("BZh") && h.size() > 3 && h[3] >= '1' && h[3] <= '9') return Compression::bzip2;
  if (starts(std::string_view("\xfd" "7zXZ\0", 6))) return Compression::xz;
  return Compression::none;
}

namespace {
std::unique_ptr<ByteSource> decompressing(Compression compression, std::unique_ptr<ByteSource> raw) {
  switch (compression) {
    case Compression::gzip: return std::make_unique<GzipSource>(std::move(raw));
    case Compression::zstd: return std::make_unique<ZstdSource>(std::move(raw));
    case Compression::bzip2: return std::make_unique<Bzip2Source>(std::move(raw));
    case Compression::xz: return std::make_unique<XzSource>(std::move(raw));
    case Compression::none: break;
  }
  return raw;
}
}  // namespace

std::unique_ptr<ByteSource> open_input(const std::string& path, Compression* compression, std::string* error,
                                       bool regular_file, int open_fd, std::optional<std::string_view> whole) {
  if (whole) {
    *compression = detect_compression(*whole);
    std::unique_ptr<ByteSource> raw = std::make_unique<FdSource>(*whole);
    return decompressing(*compression, std::move(raw));
  }
  int fd = 0;
  bool owned = false;
  if (open_fd >= 0) {
    fd = open_fd;
    owned = true;
  } else if (path != "-") {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      *error = std::strerror(errno);
      return nullptr;
    }
    owned = true;
  }
  // A first block, replayed by FdSource: enough to see the magic bytes and,
  // for the small files a Maildir holds, the whole file (one read() fewer
  // per file).
  constexpr size_t kMagicBytes = 6;
  std::unique_ptr<char[]> block = std::move(spare_first_block());
  if (!block) block = std::make_unique_for_overwrite<char[]>(kFirstBlock);
  size_t got = 0;
  bool short_read = false;
  while (got < kMagicBytes) {
    ssize_t r = ::read(fd, block.get() + got, kFirstBlock - got);
    if (r == 0) break;
    if (r < 0) {
      if (errno == EINTR) continue;
      *error = std::strerror(errno);
      if (owned) ::close(fd);
      spare_first_block() = std::move(block);
      return nullptr;
    }
    got += size_t(r);
    short_read = got < kFirstBlock;
  }
  *compression = detect_compression(std::string_view(block.get(), got));
  // A regular file that gave less than asked for in one read has no more.
  const bool at_end = regular_file && path != "-" && (got == 0 || short_read);
  std::unique_ptr<ByteSource> raw = std::make_unique<FdSource>(fd, owned, std::move(block), got, at_end);
  return decompressing(*compression, std::move(raw));
}

}  // namespace mailtriage
