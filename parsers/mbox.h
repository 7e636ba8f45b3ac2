// Splitting an mbox file into its messages (mboxo and mboxrd).
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

namespace mailtriage {

// Calls `each` for every message in `bytes`, with its 1-based index. A message
// starts at a "From " line at the start of the file, or where
// starts_mbox_message says;
// that separator line is not part of the message. Line ends may be LF, CRLF
// or CR only (old Mac mail stores). Quoted ">From " lines (and ">>From " of
// mboxrd) lose one '>'. `msg` is valid only during the call: it points into
// `bytes` when nothing had to be unescaped, else into a buffer reused for the
// next message. Bytes before the first "From " line (a file that is not an
// mbox at all) are passed as message 1.
void split_mbox(std::string_view bytes, const std::function<void(std::string_view msg, uint64_t index)>& each);

// A From_ line that separates messages (after an empty line): "From <sender>
// <date>", the date as asctime writes it ("Mon Mar  3 09:15:22 2025"). A
// body's own sentence that starts "From " ("From the postmaster: ...") has no
// time of day in it and stays text: writers that do not quote such lines
// (mboxo) are common.
bool is_mbox_separator(std::string_view line);

// A From_ line whole: "From <sender> <asctime date>", the date checked field
// by field (weekday, month, day, time, year). Writers that leave out the
// empty line before a From_ line exist (mutt and Python's mailbox read their
// files); a body's sentence is never shaped like this.
bool is_full_from_line(std::string_view line);

// Whether `line` opens the next message: after an empty line, any From_
// line with a time of day (is_mbox_separator); elsewhere, only a whole one
// (is_full_from_line).
bool starts_mbox_message(std::string_view line, bool after_blank_line);

// ">From ", ">>From ", ...: a From_ line (or a body's "From " line) quoted by
// the mbox writer; the reader takes one '>' off.
bool is_quoted_from(std::string_view line);

// True when `head` starts like an mbox file ("From " line then a header field).
bool looks_like_mbox(std::string_view head);

}  // namespace mailtriage
