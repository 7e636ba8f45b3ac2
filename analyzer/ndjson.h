// One event as one line of flat, dotted-key JSON (ECS names where ECS has
// them), loadable by Elastic and by ClickHouse's JSONEachRow alike.
#pragma once

#include <string>

#include "parsers/event.h"

namespace mailtriage {

inline constexpr const char* kSchemaVersion = "1";

// Appends the event and a trailing '\n'. Absent values are omitted.
void append_event_ndjson(std::string& out, const Event& e);

}  // namespace mailtriage
