// Cross-event diagnosis: causes that only show in aggregate (an ISP blocking
// port 25, a broken local resolver, password guessing, ...). The engine sees
// every classified event once, keeps bounded per-hour summaries, and names the
// patterns it found at the end, with their evidence.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "parsers/event.h"

namespace mailtriage {

struct Diagnosis {
  std::string id;           // stable: "diagnosis.isp_port25_block"
  std::string title;        // one line for people
  std::string cause;        // the triage.cause it points at
  double confidence = 0;    // 0..1
  int64_t window_start_us = 0, window_end_us = 0;
  uint64_t count = 0;       // events that support it
  std::vector<std::string> hosts;  // destinations or sources involved (capped)
  std::string evidence;     // counts and window in words
  std::string remediation;
};

// The port a delivery attempt went to: the event's destination_port, else
// one named in its text ("[192.0.2.1]:25"); 0 when neither says.
unsigned destination_port_of(const Event& e);
// The port a text names after a host ("mx.example.net[192.0.2.1]:25: ..."), or 0.
unsigned port_named_in(std::string_view text);

class DiagnosisEngine {
 public:
  DiagnosisEngine();
  ~DiagnosisEngine();
  // Call for every classified event, in input order.
  void observe(const Event& e);
  // A log's delivered record, by its hour and destination port
  // (destination_port_of()): all observe() takes of one, so pipelines that
  // count those records without keeping them call this instead.
  void observe_delivery(const Timestamp& time, unsigned port);
  // The diagnoses found, most confident first.
  std::vector<Diagnosis> finish() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// Fills an Event view for a diagnosis (ndjson `event.action` "diagnosis").
// The event points into `d`, which must outlive it.
Event diagnosis_event(const Diagnosis& d);

}  // namespace mailtriage
