#include "parsers/postfix_queue.h"

#include "parsers/short_text.h"

namespace mailtriage {

void QueueTable::set_pending(QueueEntry& e, std::string_view rcpt, std::string_view dsn, std::string_view text) {
  // (find_first_of_bytes: std::string_view::find_first_of asks memchr about each byte.)
  if (find_first_of_bytes(rcpt, 0, '\t', '\n', '\n') != rcpt.size() ||
      find_first_of_bytes(dsn, 0, '\t', '\n', '\n') != dsn.size())
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
