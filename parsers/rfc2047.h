// Content-transfer decoding (RFC 2045 base64 and quoted-printable) and RFC 2047
// encoded words in header values ("=?ISO-2022-JP?B?...?="), to UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "parsers/charset.h"

namespace mailtriage {

// Appends the decoded bytes to `out`. Whitespace and line breaks are skipped;
// a missing final padding is tolerated. Returns the number of characters that
// are not base64 (0 for clean input): the caller decides whether that is damage.
size_t decode_base64(std::string_view in, std::string* out);

// Appends the decoded bytes to `out`: "=XX" escapes and "=" soft line breaks.
// A malformed escape is kept literally (RFC 2045 6.7 suggests as much).
void decode_quoted_printable(std::string_view in, std::string* out);

// Decodes the body of a MIME part by its Content-Transfer-Encoding ("base64",
// "quoted-printable"; anything else is copied). Returns false when base64 was
// damaged (the decodable part is still appended).
bool decode_transfer_encoding(std::string_view encoding, std::string_view in, std::string* out);
// True when decode_transfer_encoding() would copy `in` as it is (7bit,
// 8bit, binary, none or an encoding it does not know).
bool is_identity_transfer_encoding(std::string_view encoding);

// Appends `value` to `out` with every encoded word decoded to UTF-8; blanks
// between two adjacent encoded words are dropped (RFC 2047 6.2). Raw 8-bit text
// outside encoded words is kept. Returns true when something was decoded.
bool decode_encoded_words(std::string_view value, CharsetConverter& charsets, std::string* out);

// True when `value` may hold an encoded word (cheap pre-check).
inline bool has_encoded_word(std::string_view value) { return value.find("=?") != std::string_view::npos; }

}  // namespace mailtriage
