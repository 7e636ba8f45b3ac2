// What the Postfix parser remembers about a queued message between its log
// lines: the client that submitted it, its Message-ID, its sender, and the
// recipients still waiting for a final status (for the expiry report).
//
// Bounded: at most `max_entries` messages are tracked; when a new one arrives
// at the cap, the least recently touched is dropped and counted, so a log
// whose "removed" lines are missing (rotated away, filtered) cannot grow
// memory without limit. Entries are recycled with their string capacity, and
// keys are looked up as string_views, so steady-state parsing does not allocate.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parsers/message_table.h"

namespace mailtriage {

struct QueueEntry {
  std::string from;          // envelope sender (qmgr from=, pickup from=)
  std::string message_id;    // cleanup message-id=, without the angle brackets
  std::string client_name;   // smtpd client=name[ip]
  std::string client_ip;
  // Recipients that were deferred and have no final status yet. Each record is
  // "recipient\tdsn\tlast deferral text\n"; the text is what an expiry event
  // reports as its cause.
  std::string pending;
  uint32_t pending_count = 0;
  uint32_t pending_dropped = 0;   // recipients not remembered (per-entry cap)
  bool received_counted = false;  // Tally::received is counted once per message
  bool expiry_reported = false;   // a delivery agent already logged status=expired

  // Recycled entries keep their string capacity: cleared, not reassigned.
  void clear() {
    from.clear();
    message_id.clear();
    client_name.clear();
    client_ip.clear();
    pending.clear();
    pending_count = pending_dropped = 0;
    received_counted = expiry_reported = false;
  }
};

// The bounded id -> entry table is the one the Exim and Sendmail parsers use
// (parsers/message_table.h); this adds the pending-recipient records.
class QueueTable {
 public:
  static constexpr size_t kDefaultMaxEntries = 1'000'000;
  static constexpr size_t kMaxIdLength = MessageTable<QueueEntry>::kMaxIdLength;
  // Per-entry caps for the pending-recipient records.
  static constexpr size_t kMaxPendingBytes = 16 * 1024;
  static constexpr size_t kMaxDiagnosticBytes = 512;

  explicit QueueTable(size_t max_entries = kDefaultMaxEntries) : table_(max_entries) {}

  // The entry for `id`, marked most recently used; null when absent.
  QueueEntry* find(std::string_view id) { return table_.find(id); }
  // The entry for `id`, created empty when absent (evicting the least recently
  // used entry at the cap). Null only for ids longer than kMaxIdLength or empty.
  // Pointers to other entries stay valid.
  QueueEntry* find_or_insert(std::string_view id) { return table_.find_or_insert(id); }
  void erase(std::string_view id) { table_.erase(id); }

  size_t size() const { return table_.size(); }
  size_t max_entries() const { return table_.max_entries(); }
  uint64_t evictions() const { return table_.evictions(); }

  // Pending recipients: add or replace the record for `rcpt`; drop it.
  static void set_pending(QueueEntry& e, std::string_view rcpt, std::string_view dsn, std::string_view text);
  static bool drop_pending(QueueEntry& e, std::string_view rcpt);
  struct Pending {
    std::string_view rcpt, dsn, text;
  };
  // Calls fn(Pending) for each pending record, in the order they were added.
  template <class Fn>
  static void for_each_pending(const QueueEntry& e, Fn&& fn);

 private:
  MessageTable<QueueEntry> table_;
};

template <class Fn>
void QueueTable::for_each_pending(const QueueEntry& e, Fn&& fn) {
  std::string_view rest = e.pending;
  while (!rest.empty()) {
    size_t nl = rest.find('\n');
    std::string_view rec = rest.substr(0, nl);
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    size_t t1 = rec.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : rec.find('\t', t1 + 1);
    if (t2 == std::string_view::npos) continue;
    fn(Pending{rec.substr(0, t1), rec.substr(t1 + 1, t2 - t1 - 1), rec.substr(t2 + 1)});
  }
}

}  // namespace mailtriage
