#include "parsers/postfix_queue.h"

#include <cstring>

namespace mailtriage {

QueueTable::QueueTable(size_t max_entries) : max_entries_(max_entries ? max_entries : 1) {
  slots_.assign(1024, 0);
}

uint64_t QueueTable::hash(std::string_view id) {
  // FNV-1a, then a final mix: queue ids share long prefixes (the time part).
  uint64_t h = 1469598103934665603ull;
  for (char c : id) h = (h ^ uint8_t(c)) * 1099511628211ull;
  h ^= h >> 29;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 32;
  return h;
}

size_t QueueTable::slot_of(std::string_view id, bool* found) const {
  const size_t mask = slots_.size() - 1;
  size_t i = size_t(hash(id)) & mask;
  while (slots_[i] != 0) {
    if (key(slots_[i] - 1) == id) {
      *found = true;
      return i;
    }
    i = (i + 1) & mask;
  }
  *found = false;
  return i;
}

void QueueTable::grow() {
  std::vector<uint32_t> old;
  old.swap(slots_);
  slots_.assign(old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint32_t s : old) {
    if (!s) continue;
    size_t i = size_t(hash(key(s - 1))) & mask;
    while (slots_[i]) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

void QueueTable::unlink(uint32_t idx) {
  QueueEntry& e = entries_[idx];
  if (e.prev_) entries_[e.prev_ - 1].next_ = e.next_;
  else head_ = e.next_;
  if (e.next_) entries_[e.next_ - 1].prev_ = e.prev_;
  else tail_ = e.prev_;
  e.prev_ = e.next_ = 0;
}

void QueueTable::append(uint32_t idx) {
  QueueEntry& e = entries_[idx];
  e.prev_ = tail_;
  e.next_ = 0;
  if (tail_) entries_[tail_ - 1].next_ = idx + 1;
  else head_ = idx + 1;
  tail_ = idx + 1;
}

void QueueTable::remove_from_index(uint32_t idx) {
  bool found = false;
  size_t i = slot_of(key(idx), &found);
  if (!found) return;
  // Backward-shift deletion keeps probe sequences intact without tombstones.
  const size_t mask = slots_.size() - 1;
  size_t j = i;
  for (;;) {
    j = (j + 1) & mask;
    if (!slots_[j]) break;
    size_t home = size_t(hash(key(slots_[j] - 1))) & mask;
    // Move slots_[j] into the hole at i unless its home lies cyclically in (i, j].
    bool in_range = i <= j ? (home > i && home <= j) : (home > i || home <= j);
    if (!in_range) {
      slots_[i] = slots_[j];
      i = j;
    }
  }
  slots_[i] = 0;
}

QueueEntry* QueueTable::find(std::string_view id) {
  if (id.empty() || id.size() > kMaxIdLength) return nullptr;
  bool found = false;
  size_t i = slot_of(id, &found);
  if (!found) return nullptr;
  uint32_t idx = slots_[i] - 1;
  if (tail_ != idx + 1) {
    unlink(idx);
    append(idx);
  }
  return &entries_[idx];
}

QueueEntry* QueueTable::find_or_insert(std::string_view id) {
  if (QueueEntry* e = find(id)) return e;
  if (id.empty() || id.size() > kMaxIdLength) return nullptr;
  if (size_ >= max_entries_ && head_) {
    erase(&entries_[head_ - 1]);
    ++evictions_;
  }
  if ((size_ + 1) * 2 > slots_.size()) grow();
  uint32_t idx;
  if (!free_.empty()) {
    idx = free_.back();
    free_.pop_back();
  } else {
    idx = uint32_t(entries_.size());
    entries_.emplace_back();
  }
  QueueEntry& e = entries_[idx];
  // Recycled entries keep their string capacity: clear, do not reassign.
  e.from.clear();
  e.message_id.clear();
  e.client_name.clear();
  e.client_ip.clear();
  e.pending.clear();
  e.pending_count = e.pending_dropped = 0;
  e.received_counted = e.expiry_reported = false;
  std::memcpy(e.id_, id.data(), id.size());
  e.id_len_ = uint8_t(id.size());
  e.self_ = idx;
  e.live_ = true;
  bool found = false;
  size_t slot = slot_of(id, &found);
  slots_[slot] = idx + 1;
  append(idx);
  ++size_;
  return &e;
}

void QueueTable::erase(QueueEntry* entry) {
  if (!entry || !entry->live_) return;
  uint32_t idx = entry->self_;
  remove_from_index(idx);
  unlink(idx);
  entry->live_ = false;
  entry->id_len_ = 0;
  free_.push_back(idx);
  --size_;
}

void QueueTable::set_pending(QueueEntry& e, std::string_view rcpt, std::string_view dsn, std::string_view text) {
  if (rcpt.find_first_of("\t\n") != std::string_view::npos || dsn.find_first_of("\t\n") != std::string_view::npos)
    return;
  bool had = drop_pending(e, rcpt);
  if (text.size() > kMaxDiagnosticBytes) text = text.substr(0, kMaxDiagnosticBytes);
  if (size_t nl = text.find('\n'); nl != std::string_view::npos) text = text.substr(0, nl);
  if (e.pending.size() + rcpt.size() + dsn.size() + text.size() + 3 > kMaxPendingBytes) {
    if (!had) ++e.pending_dropped;
    return;
  }
  e.pending.append(rcpt).append(1, '\t').append(dsn).append(1, '\t').append(text).append(1, '\n');
  ++e.pending_count;
}

bool QueueTable::drop_pending(QueueEntry& e, std::string_view rcpt) {
  size_t pos = 0;
  while (pos < e.pending.size()) {
    size_t nl = e.pending.find('\n', pos);
    size_t end = nl == std::string::npos ? e.pending.size() : nl + 1;
    if (end - pos > rcpt.size() && e.pending.compare(pos, rcpt.size(), rcpt) == 0 &&
        e.pending[pos + rcpt.size()] == '\t') {
      e.pending.erase(pos, end - pos);
      --e.pending_count;
      return true;
    }
    pos = end;
  }
  return false;
}

}  // namespace mailtriage
