#include "analyzer/event_batch.h"

#include <algorithm>
#include <cstring>
#include <type_traits>

namespace mailtriage {
namespace {

// Every string an Event points to. A field missing here would dangle once the
// parser's buffer is reused; the size check below fails when Event grows so
// that whoever adds a field is sent here.
constexpr std::string_view Event::*kEventStrings[] = {
    &Event::dataset,        &Event::file_path,          &Event::host_name,       &Event::process_name,
    &Event::local_id,       &Event::message_id,         &Event::from_address,    &Event::to_address,
    &Event::subject,        &Event::destination_domain, &Event::destination_ip,  &Event::source_domain,
    &Event::source_ip,      &Event::enhanced_status,    &Event::smtp_command,    &Event::diagnostic,
    &Event::feedback_type,  &Event::rule_id,            &Event::cause,           &Event::reason,
    &Event::remediation,    &Event::evidence,           &Event::overridden_rule, &Event::reason_hint,
    &Event::diagnosis_detail,
};

// The Event layout these lists were written for (LP64): 25 string_views plus
// the scalar fields. A new field changes the size: list its strings above
// (if it has any), then update this number.
static_assert(sizeof(void*) != 8 || sizeof(Event) == 480,
              "Event changed: list its string_view fields in kEventStrings (analyzer/event_batch.cc)");

}  // namespace

char* EventBatch::reserve_slow(size_t n) {
  if (chunk_ < chunks_.size()) ++chunk_;  // the current chunk is full: move on
  if (chunk_ == chunks_.size()) chunks_.emplace_back();
  Chunk& c = chunks_[chunk_];
  // A chunk is sized once; one larger than usual holds a long diagnostic
  // (a cut line is at most 1 MiB) and stays for later fills. Not zeroed:
  // a batch of a few Maildir files fills a few KB of it, and zeroing 256 KB
  // per batch was most of the run's page faults.
  if (c.size < n) {
    c.size = std::max(kChunk, n);
    c.bytes = std::make_unique_for_overwrite<char[]>(c.size);
  }
  cur_ = c.bytes.get() + n;
  end_ = c.bytes.get() + c.size;
  arena_used_ += n;
  return c.bytes.get();
}

void EventBatch::add(const Event& e) {
  static_assert(std::is_trivially_copyable_v<Event>);
  // Sizes are read from `e`, not from the copy just stored: reading back a
  // block store stalls, and this runs on the parser's thread, the one that
  // bounds the whole pipeline when lines are cheap to classify.
  // Copied in place, not built then overwritten: emplace_back() zeroed the
  // 480 bytes first (a rep stos) and memcpy then copied them (a rep movs).
  Event& copy = events_.emplace_back(e);
  // Nearly every event of a batch names the same file: it is copied once.
  const bool same_path = !e.file_path.empty() && e.file_path == last_path_copy_;
  size_t total = 0;
  for (auto field : kEventStrings) total += (e.*field).size();
  if (same_path) total -= e.file_path.size();
  // One reservation for all the event's strings, then plain copies.
  char* p = reserve(total);
  for (auto field : kEventStrings) {
    std::string_view s = e.*field;
    if (s.empty() || (same_path && field == &Event::file_path)) continue;
    std::memcpy(p, s.data(), s.size());
    copy.*field = std::string_view(p, s.size());
    p += s.size();
  }
  if (same_path) copy.file_path = last_path_copy_;
  else if (!e.file_path.empty()) last_path_copy_ = copy.file_path;
}

void EventBatch::clear() {
  events_.clear();
  tallies_.clear();
  deliveries_.clear();
  ndjson_.clear();
  chunk_ = 0;
  cur_ = end_ = chunks_.empty() ? nullptr : chunks_[0].bytes.get();
  if (!chunks_.empty()) end_ += chunks_[0].size;
  arena_used_ = 0;
  last_path_copy_ = {};
}

}  // namespace mailtriage
