#include "parsers/event.h"

namespace mailtriage {

std::string_view action_name(Action a) {
  switch (a) {
    case Action::none: return "none";
    case Action::bounced: return "bounced";
    case Action::deferred: return "deferred";
    case Action::expired: return "expired";
    case Action::rejected: return "rejected";
    case Action::failed: return "failed";
    case Action::delivered: return "delivered";
    case Action::autoreply: return "autoreply";
    case Action::feedback: return "feedback";
    case Action::diagnosis: return "diagnosis";
  }
  return "none";
}

void EventSink::on_counted_delivery(const Timestamp& time, uint16_t port, std::string_view text) {
  Event ev;
  ev.time = time;
  ev.scope = kScopeServerLog;
  ev.action = Action::delivered;
  ev.destination_port = port;
  ev.diagnostic = text;
  on_event(ev);
}

}  // namespace mailtriage
