#include "parsers/charset.h"

#include <iconv.h>

#include <cerrno>
#include <cstring>

#include "parsers/short_text.h"

namespace mailtriage {
namespace {

const iconv_t kNoConverter = reinterpret_cast<iconv_t>(-1);

void append_utf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(char(cp));
  } else if (cp < 0x800) {
    out->push_back(char(0xC0 | (cp >> 6)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(char(0xE0 | (cp >> 12)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(char(0xF0 | (cp >> 18)));
    out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(char(0x80 | (cp & 0x3F)));
  }
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Names mail software writes that iconv spells differently, and labels that
// are in practice a superset (Japanese mailers label CP932 text "Shift_JIS").
struct Alias {
  std::string_view from, to;
};
constexpr Alias kAliases[] = {
    {"shift_jis", "CP932"},   {"shift-jis", "CP932"},  {"sjis", "CP932"},         {"x-sjis", "CP932"},
    {"ms_kanji", "CP932"},    {"windows-31j", "CP932"}, {"euc-jp", "EUC-JP-MS"},   {"x-euc-jp", "EUC-JP-MS"},
    {"iso-2022-jp", "ISO-2022-JP-3"}, {"ks_c_5601-1987", "CP949"}, {"gb2312", "GB18030"}, {"gbk", "GB18030"},
    {"x-gbk", "GB18030"},     {"latin1", "ISO-8859-1"}, {"ansi_x3.4-1968", "ASCII"}, {"x-mac-roman", "MACINTOSH"},
};

}  // namespace

std::string normalise_charset_name(std::string_view charset) {
  std::string out;
  for (char c : charset) {
    if (c == '"' || c == '\'' || c == ' ' || c == '\t') continue;
    out.push_back((c >= 'A' && c <= 'Z') ? char(c + 32) : c);
  }
  return out;
}

CharsetConverter::~CharsetConverter() {
  for (Open& o : open_)
    if (o.cd != kNoConverter) iconv_close(static_cast<iconv_t>(o.cd));
}

void* CharsetConverter::converter_for(std::string_view name) {
  for (Open& o : open_)
    if (o.name == name) return o.cd;
  // A hostile message could name thousands of charsets; keep a bounded cache.
  if (open_.size() >= 32) {
    if (open_.front().cd != kNoConverter) iconv_close(static_cast<iconv_t>(open_.front().cd));
    open_.erase(open_.begin());
  }
  std::string target(name);
  for (const Alias& a : kAliases)
    if (a.from == name) target.assign(a.to);
  iconv_t cd = iconv_open("UTF-8", target.c_str());
  if (cd == kNoConverter && target != name) cd = iconv_open("UTF-8", std::string(name).c_str());
  open_.push_back({std::string(name), cd});
  return cd;
}

CharsetConverter::Result CharsetConverter::to_utf8(std::string_view charset, std::string_view in, std::string* out) {
  std::string name = normalise_charset_name(charset);
  // Charsets whose bytes are kept as they are: ASCII is a subset of UTF-8, and
  // mislabelled 8-bit text is better kept (the writers escape invalid UTF-8)
  // than dropped.
  if (name.empty() || name == "us-ascii" || name == "ascii" || name == "utf-8" || name == "utf8" ||
      name == "ansi_x3.4-1968" || name == "default" || name == "unknown-8bit" || name == "x-unknown") {
    out->append(in);
    return Result::ok;
  }
  if (name == "iso-8859-1" || name == "latin1" || name == "iso8859-1" || name == "l1") {
    // ASCII runs as they are; each byte above them is two in UTF-8.
    for (size_t i = 0; i < in.size();) {
      size_t run = find_non_ascii(in, i);
      out->append(in.data() + i, run - i);
      if (run < in.size()) append_utf8(static_cast<unsigned char>(in[run++]), out);
      i = run;
    }
    return Result::ok;
  }
  const bool all_ascii = find_non_ascii(in, 0) == in.size() && std::memchr(in.data(), 0x1B, in.size()) == nullptr;
  // ISO-2022-JP is 7-bit with escapes (0x1B), so it never takes this shortcut.
  if (all_ascii) {
    out->append(in);
    return Result::ok;
  }
  // Japanese mailers often label EUC-JP (8-bit) text as ISO-2022-JP (7-bit).
  if (name == "iso-2022-jp") {
    for (char c : in)
      if (static_cast<unsigned char>(c) >= 0x80) { name = "euc-jp"; break; }
  }
  void* handle = converter_for(name);
  if (handle == kNoConverter) {
    out->append(in);
    return Result::unknown;
  }
  iconv_t cd = static_cast<iconv_t>(handle);
  iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state
  Result result = Result::ok;
  char* src = const_cast<char*>(in.data());
  size_t src_left = in.size();
  char buf[4096];
  while (src_left > 0) {
    char* dst = buf;
    size_t dst_left = sizeof buf;
    size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
    out->append(buf, size_t(dst - buf));
    if (r != size_t(-1)) continue;
    if (errno == E2BIG) continue;
    result = Result::invalid;
    out->append(kReplacement);
    if (errno == EINVAL) break;  // truncated sequence at the end
    ++src, --src_left;            // EILSEQ: skip the offending byte
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
  }
  char* dst = buf;
  size_t dst_left = sizeof buf;
  iconv(cd, nullptr, nullptr, &dst, &dst_left);  // flush the shift state
  out->append(buf, size_t(dst - buf));
  return result;
}

}  // namespace mailtriage
