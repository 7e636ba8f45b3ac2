// Per-message state for the MTA parsers that correlate lines by an id (Exim's
// message id, Sendmail's queue id), bounded so that memory follows the
// messages in flight and never the size of the log.
//
// At most `max_entries` ids are tracked. Inserting one more drops the least
// recently touched entry and counts it (evictions()), because a log whose
// "Completed" lines were filtered or rotated away must not grow without limit.
// Entries are recycled with their payload's string capacity, keys are compared
// as string_views, so a warm table does not allocate per line.
//
// Payload needs a `void clear()` that keeps capacity. Pointers returned by
// find()/find_or_insert() stay valid until that entry is erased or evicted
// (entries live in fixed chunks, which never move).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "parsers/short_text.h"

namespace mailtriage {

template <class Payload>
class MessageTable {
 public:
  static constexpr size_t kMaxIdLength = 31;

  explicit MessageTable(size_t max_entries) : max_entries_(max_entries ? max_entries : 1) { slots_.assign(256, 0); }

  // The payload for `id`, marked most recently used; null when absent.
  Payload* find(std::string_view id) {
    bool found = false;
    size_t slot = slot_of(id, &found);
    if (!found) return nullptr;
    uint32_t idx = node_of(slots_[slot]);
    touch(idx);
    return &node(idx).payload;
  }

  // The payload for `id`, created cleared when absent (evicting the least
  // recently used entry at the cap); *inserted says which. Null for an empty
  // id or one longer than kMaxIdLength.
  Payload* find_or_insert(std::string_view id, bool* inserted = nullptr) {
    if (inserted) *inserted = false;
    if (id.empty() || id.size() > kMaxIdLength) return nullptr;
    bool found = false;
    size_t slot = slot_of(id, &found);
    if (found) {
      uint32_t idx = node_of(slots_[slot]);
      touch(idx);
      return &node(idx).payload;
    }
    if (size_ >= max_entries_) {
      remove(head_ - 1);
      ++evictions_;
      slot = slot_of(id, &found);
    }
    if ((size_ + 1) * 2 > slots_.size()) {
      grow();
      slot = slot_of(id, &found);
    }
    uint32_t idx;
    if (!free_.empty()) {
      idx = free_.back();
      free_.pop_back();
    } else {
      if (nodes_used_ == chunks_.size() * kChunk) chunks_.push_back(std::make_unique<Node[]>(kChunk));
      idx = uint32_t(nodes_used_++);
    }
    Node& n = node(idx);
    std::memcpy(n.id, id.data(), id.size());
    n.id_len = uint8_t(id.size());
    n.payload.clear();
    slots_[slot] = slot_word(uint32_t(hash(id)), idx);
    append(idx);
    ++size_;
    if (inserted) *inserted = true;
    return &n.payload;
  }

  void erase(std::string_view id) {
    bool found = false;
    size_t slot = slot_of(id, &found);
    if (found) remove(node_of(slots_[slot]));
  }

  size_t size() const { return size_; }
  size_t max_entries() const { return max_entries_; }
  uint64_t evictions() const { return evictions_; }

 private:
  struct Node {
    char id[kMaxIdLength + 1];
    uint8_t id_len = 0;
    uint32_t prev = 0, next = 0;  // LRU links: node index + 1, 0 = none
    Payload payload;
  };

  // Nodes live in chunks of a power of two, so that an index finds its node
  // with a shift and a mask (a deque's index arithmetic and its branches were
  // about 2% of a Postfix log's parse) and a node never moves.
  static constexpr size_t kChunkBits = 6, kChunk = size_t(1) << kChunkBits;
  Node& node(uint32_t idx) { return chunks_[idx >> kChunkBits][idx & (kChunk - 1)]; }
  const Node& node(uint32_t idx) const { return chunks_[idx >> kChunkBits][idx & (kChunk - 1)]; }

  std::string_view key(uint32_t idx) const { return {node(idx).id, node(idx).id_len}; }

  // Ids share long prefixes (their time part): hash_text mixes every word
  // through multiplies (FNV-1a a byte at a time was 2% of a log's instructions).
  static uint64_t hash(std::string_view id) { return hash_text(id); }

  // A slot holds its node's index + 1 (0: empty) and the low word of its id's
  // hash: a probe compares that word before it reads a node (another cache
  // line), and the table grows or shifts entries without hashing ids again.
  static uint64_t slot_word(uint32_t hash_low, uint32_t idx) { return uint64_t(hash_low) << 32 | (idx + 1); }
  static uint32_t node_of(uint64_t slot) { return uint32_t(slot) - 1; }
  static uint32_t hash_of(uint64_t slot) { return uint32_t(slot >> 32); }

  size_t slot_of(std::string_view id, bool* found) const {
    const size_t mask = slots_.size() - 1;
    const uint32_t h = uint32_t(hash(id));
    size_t i = h & mask;
    while (slots_[i] != 0) {
      if (hash_of(slots_[i]) == h && same_text(key(node_of(slots_[i])), id)) {
        *found = true;
        return i;
      }
      i = (i + 1) & mask;
    }
    *found = false;
    return i;
  }

  void grow() {
    std::vector<uint64_t> old;
    old.swap(slots_);
    slots_.assign(old.size() * 2, 0);
    const size_t mask = slots_.size() - 1;
    for (uint64_t s : old) {
      if (!s) continue;
      size_t i = hash_of(s) & mask;
      while (slots_[i]) i = (i + 1) & mask;
      slots_[i] = s;
    }
  }

  void unlink(uint32_t idx) {
    Node& n = node(idx);
    if (n.prev) node(n.prev - 1).next = n.next;
    else head_ = n.next;
    if (n.next) node(n.next - 1).prev = n.prev;
    else tail_ = n.prev;
    n.prev = n.next = 0;
  }

  void append(uint32_t idx) {
    Node& n = node(idx);
    n.prev = tail_;
    n.next = 0;
    if (tail_) node(tail_ - 1).next = idx + 1;
    else head_ = idx + 1;
    tail_ = idx + 1;
  }

  void touch(uint32_t idx) {
    if (tail_ == idx + 1) return;
    unlink(idx);
    append(idx);
  }

  void remove(uint32_t idx) {
    bool found = false;
    size_t i = slot_of(key(idx), &found);
    if (found) {
      // Backward-shift deletion keeps every probe sequence intact without tombstones.
      const size_t mask = slots_.size() - 1;
      size_t j = i;
      for (;;) {
        j = (j + 1) & mask;
        if (!slots_[j]) break;
        size_t home = hash_of(slots_[j]) & mask;
        bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (!stays) {
          slots_[i] = slots_[j];
          i = j;
        }
      }
      slots_[i] = 0;
    }
    unlink(idx);
    node(idx).id_len = 0;
    free_.push_back(idx);
    --size_;
  }

  size_t max_entries_;
  size_t size_ = 0;
  uint64_t evictions_ = 0;
  std::vector<std::unique_ptr<Node[]>> chunks_;
  size_t nodes_used_ = 0;         // nodes ever handed out (freed ones wait in free_)
  std::vector<uint32_t> free_;
  std::vector<uint64_t> slots_;   // open addressing: slot_word(); 0 = empty
  uint32_t head_ = 0, tail_ = 0;  // LRU order: head = least recently used
};

}  // namespace mailtriage
