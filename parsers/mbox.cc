#include "parsers/mbox.h"

#include <string>

#include "parsers/bounce_text.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace {

using bounce::is_digit;

// The line ending a file uses: CR-only stores have no LF at all.
char line_end_of(std::string_view bytes) {
  if (bytes.find('\n') != std::string_view::npos) return '\n';
  return bytes.find('\r') != std::string_view::npos ? '\r' : '\n';
}

bool is_blank(std::string_view line) { return line.empty() || line == "\r"; }

}  // namespace

bool is_quoted_from(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && line[i] == '>') ++i;
  return i > 0 && line.substr(i).starts_with("From ");
}

bool is_mbox_separator(std::string_view line) {
  if (!line.starts_with("From ")) return false;
  for (size_t i = 6; i + 2 < line.size(); ++i)
    if (line[i] == ':' && line[i - 1] >= '0' && line[i - 1] <= '9' && line[i + 1] >= '0' && line[i + 1] <= '5' &&
        line[i + 2] >= '0' && line[i + 2] <= '9')
      return true;
  return false;
}

bool is_full_from_line(std::string_view line) {
  if (!line.starts_with("From ")) return false;
  line.remove_prefix(5);
  // The sender: one word (an address, or MAILER-DAEMON).
  const size_t sender_end = line.find(' ');
  if (sender_end == 0 || sender_end == std::string_view::npos) return false;
  line.remove_prefix(sender_end);
  while (line.starts_with(' ')) line.remove_prefix(1);
  // asctime's date: "Mon Mar  3 09:15:22 2025" (a zone may stand before the year).
  if (line.size() < 16 || !starts_with_weekday_abbrev(line) || line[3] != ' ' || !month_from_abbrev(line.data() + 4) ||
      line[7] != ' ')
    return false;
  line.remove_prefix(8);
  if (line.starts_with(' ')) line.remove_prefix(1);
  size_t day_digits = 0;
  while (day_digits < line.size() && is_digit(line[day_digits])) ++day_digits;
  if (day_digits == 0 || day_digits > 2 || day_digits + 6 > line.size() || line[day_digits] != ' ') return false;
  line.remove_prefix(day_digits + 1);
  if (!is_digit(line[0]) || !is_digit(line[1]) || line[2] != ':' || !is_digit(line[3]) || !is_digit(line[4]))
    return false;
  // ... and a year of four digits somewhere after the time.
  for (size_t i = 5; i + 4 <= line.size(); ++i)
    if (line[i - 1] == ' ' && is_digit(line[i]) && is_digit(line[i + 1]) && is_digit(line[i + 2]) &&
        is_digit(line[i + 3]) && (i + 4 == line.size() || line[i + 4] == ' ' || line[i + 4] == '\r'))
      return true;
  return false;
}

bool starts_mbox_message(std::string_view line, bool after_blank_line) {
  return after_blank_line ? is_mbox_separator(line) : is_full_from_line(line);
}

void split_mbox(std::string_view bytes, const std::function<void(std::string_view, uint64_t)>& each) {
  const char eol = line_end_of(bytes);
  std::string buffer;  // only used for messages with quoted From_ lines
  uint64_t index = 0;
  size_t msg_start = 0;
  bool have_message = false, needs_unescape = false;
  bool prev_blank = true;

  auto emit = [&](size_t end) {
    if (!have_message && end == 0) return;
    std::string_view msg = bytes.substr(msg_start, end - msg_start);
    ++index;
    if (!needs_unescape) {
      each(msg, index);
      return;
    }
    buffer.clear();
    size_t pos = 0;
    while (pos < msg.size()) {
      size_t nl = msg.find(eol, pos);
      size_t stop = nl == std::string_view::npos ? msg.size() : nl + 1;
      std::string_view line = msg.substr(pos, stop - pos);
      if (is_quoted_from(line)) line.remove_prefix(1);
      buffer.append(line);
      pos = stop;
    }
    each(buffer, index);
  };

  size_t pos = 0;
  while (pos < bytes.size()) {
    size_t nl = bytes.find(eol, pos);
    size_t next = nl == std::string_view::npos ? bytes.size() : nl + 1;
    std::string_view line = bytes.substr(pos, (nl == std::string_view::npos ? bytes.size() : nl) - pos);
    // The file's first line opens a message whatever it says (that is what made it an mbox).
    if (pos == 0 ? line.starts_with("From ") : starts_mbox_message(line, prev_blank)) {
      if (have_message || pos > 0) emit(pos);
      msg_start = next;
      have_message = true;
      needs_unescape = false;
      prev_blank = false;
      pos = next;
      continue;
    }
    if (is_quoted_from(line)) needs_unescape = true;
    prev_blank = is_blank(line);
    pos = next;
  }
  if (have_message || !bytes.empty()) emit(bytes.size());
}

bool looks_like_mbox(std::string_view head) {
  if (!head.starts_with("From ")) return false;
  size_t end = head.find_first_of("\r\n");
  if (end == std::string_view::npos) return false;
  size_t next = end + 1;
  if (head[end] == '\r' && next < head.size() && head[next] == '\n') ++next;
  std::string_view rest = head.substr(next);
  size_t line_end = rest.find_first_of("\r\n");
  return bounce::looks_like_header_line(rest.substr(0, line_end));
}

}  // namespace mailtriage
