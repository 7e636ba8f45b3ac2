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

}  // namespace mailtriage
