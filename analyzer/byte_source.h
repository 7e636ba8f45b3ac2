// Reading an input's bytes, decompressing in process. The compression is
// detected by magic bytes, never by the file name.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace mailtriage {

enum class Compression : uint8_t { none, gzip, zstd, bzip2, xz };
std::string_view compression_name(Compression c);
Compression detect_compression(std::string_view head);

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to n bytes. Returns 0 at the end; -1 on an error (see error()).
  // After an error the bytes returned before it remain valid input.
  virtual long read(char* buf, size_t n) = 0;
  // When the whole input is already in memory and nothing was read yet (a
  // small file read whole when it was opened): those bytes, without a copy,
  // valid while the source lives; read() then gives nothing more. Else null.
  virtual char* whole_input(size_t* size) {
    (void)size;
    return nullptr;
  }
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// Reads (and decompresses) `inner` on a background thread, a few blocks ahead
// of the consumer, so that decompression overlaps parsing on another core.
// The bytes and any error arrive exactly as from `inner`.
std::unique_ptr<ByteSource> read_ahead(std::unique_ptr<ByteSource> inner);

// Opens a file ("-" = stdin). On failure returns null and sets *error.
// *compression tells what was detected. `regular_file`: the caller knows the
// path to be a regular file, so a first read shorter than asked for is its
// end (no read() is spent to learn it; a small file costs one).
// `open_fd`: the path already opened by the caller (the source owns it).
// `whole`: the file's whole content, already read by the caller (a batch of
// files, analyzer/file_batch.h) and valid while the source lives; nothing is
// opened then.
std::unique_ptr<ByteSource> open_input(const std::string& path, Compression* compression, std::string* error,
                                       bool regular_file = false, int open_fd = -1,
                                       std::optional<std::string_view> whole = std::nullopt);

}  // namespace mailtriage
