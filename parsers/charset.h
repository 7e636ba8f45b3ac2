// Character sets to UTF-8 for bounce text and headers.
//
// US-ASCII, UTF-8 and ISO-8859-1 are handled here; the other sets (the rest of
// ISO-8859, Windows-125x, KOI8, and the Japanese ISO-2022-JP, Shift_JIS and
// EUC-JP that carrier bounces use) go through glibc's iconv, one converter per
// charset kept open for the life of the parser.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mailtriage {

class CharsetConverter {
 public:
  CharsetConverter() = default;
  ~CharsetConverter();
  CharsetConverter(const CharsetConverter&) = delete;
  CharsetConverter& operator=(const CharsetConverter&) = delete;

  enum class Result : uint8_t {
    ok,           // converted (or already UTF-8)
    unknown,      // charset not known: the bytes were copied unchanged
    invalid,      // some bytes were not valid in the charset: replaced by U+FFFD
  };

  // Appends `in`, decoded from `charset` (any spelling: "Shift_JIS", "sjis",
  // "iso-8859-1", "cp1252"; empty means US-ASCII), as UTF-8 to `out`.
  Result to_utf8(std::string_view charset, std::string_view in, std::string* out);

 private:
  struct Open {
    std::string name;  // normalised charset name
    void* cd;          // iconv_t, or (void*)-1 when iconv does not know it
  };
  void* converter_for(std::string_view normalised);
  std::vector<Open> open_;
};

// Lower-cases and strips the charset name's quotes and blanks ("UTF-8 " -> "utf-8").
std::string normalise_charset_name(std::string_view charset);

}  // namespace mailtriage
