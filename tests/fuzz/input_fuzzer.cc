// The input layer: the fuzz bytes as a file (a memfd, handed over as an open
// descriptor the way the pipeline passes one), opened by open_input (magic
// bytes pick gzip, zstd, bzip2, xz or none: truncated and corrupt archives),
// then read twice as the pipeline reads inputs: line by line with a small
// line cap (cut lines), and whole, as a message file, through the read-ahead
// thread that decompression gets with several jobs.
#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "analyzer/byte_source.h"
#include "analyzer/line_reader.h"
#include "tests/fuzz/fuzz_support.h"

using namespace mailtriage;

namespace {

// A decompression bomb is not a bug (it is read as a stream, in bounded
// memory), but reading gigabytes of it is only slow: stop after this many bytes.
constexpr uint64_t kMaxDecompressedBytes = uint64_t(64) << 20;
// Small, so that fuzz inputs reach the cut-line paths (the default is 1 MiB).
constexpr size_t kSmallMaxLine = 4096;

int file_holding(std::string_view bytes) {
  int fd = memfd_create("fuzz-input", MFD_CLOEXEC);
  if (fd < 0) {
    std::perror("memfd_create");
    std::abort();
  }
  for (size_t done = 0; done < bytes.size();) {
    ssize_t w = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (w <= 0) {
      std::perror("write to memfd");
      std::abort();
    }
    done += size_t(w);
  }
  ::lseek(fd, 0, SEEK_SET);
  return fd;
}

std::unique_ptr<ByteSource> open_bytes(std::string_view bytes) {
  Compression compression = Compression::none;
  std::string error;
  auto source = open_input("fuzz-input", &compression, &error, /*regular_file=*/true, file_holding(bytes));
  fuzzing::touch(compression_name(compression));
  return source;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  uint64_t sum = uint64_t(detect_compression(bytes));

  if (auto source = open_bytes(bytes)) {
    LineReader reader(*source, kSmallMaxLine);
    sum += fuzzing::touch(reader.peek(4096));
    std::string_view line;
    bool cut = false;
    while (reader.bytes_read() < kMaxDecompressedBytes && reader.next(&line, &cut)) sum += fuzzing::touch(line) + cut;
    sum += reader.failed() + fuzzing::touch(reader.error());
  }

  if (auto source = open_bytes(bytes)) {
    auto ahead = read_ahead(std::move(source));
    LineReader reader(*ahead);
    sum += fuzzing::touch(reader.peek(4096));
    std::string_view whole;
    if (reader.view_rest(&whole, kMaxDecompressedBytes)) {
      sum += fuzzing::touch(whole);
    } else {
      std::string rest;
      bool cut = false;
      reader.read_rest(&rest, kMaxDecompressedBytes, &cut);
      sum += fuzzing::touch(rest) + cut;
    }
  }
  fuzzing::checksum_sink = sum;
  return 0;
}
