// Helpers shared by the tests: a sink that keeps owned copies of events, and
// paths to the project's and the shared corpora.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/event.h"
#include "parsers/registry.h"

namespace mailtriage::testing {

struct OwnedEvent {
  Timestamp time;
  Action action = Action::none;
  uint8_t scope = 0;
  std::string dataset, file_path;
  uint64_t file_line = 0;
  std::string host_name, process_name;
  uint32_t process_pid = 0;
  std::string local_id, message_id, from_address, to_address, subject;
  std::string destination_domain, destination_ip;
  uint16_t destination_port = 0;
  std::string source_domain, source_ip;
  uint16_t reply_code = 0;
  std::string enhanced_status, smtp_command, diagnostic, feedback_type;
  Tristate hard = Tristate::unknown;
  uint32_t recipient_index = 0;
  int64_t delay_ms = -1;
  std::string rule_id, cause, reason, remediation, evidence, overridden_rule, reason_hint;

  explicit OwnedEvent(const Event& e)
      : time(e.time), action(e.action), scope(e.scope), dataset(e.dataset), file_path(e.file_path),
        file_line(e.file_line), host_name(e.host_name), process_name(e.process_name),
        process_pid(e.process_pid), local_id(e.local_id), message_id(e.message_id),
        from_address(e.from_address), to_address(e.to_address), subject(e.subject),
        destination_domain(e.destination_domain), destination_ip(e.destination_ip),
        destination_port(e.destination_port), source_domain(e.source_domain), source_ip(e.source_ip),
        reply_code(e.reply_code), enhanced_status(e.enhanced_status), smtp_command(e.smtp_command),
        diagnostic(e.diagnostic), feedback_type(e.feedback_type), hard(e.hard),
        recipient_index(e.recipient_index), delay_ms(e.delay_ms), rule_id(e.rule_id), cause(e.cause),
        reason(e.reason), remediation(e.remediation), evidence(e.evidence),
        overridden_rule(e.overridden_rule), reason_hint(e.reason_hint) {}
};

class CollectingSink : public EventSink {
 public:
  void on_event(Event& e) override { events.emplace_back(e); }
  void on_tally(Tally t, const Timestamp&) override { ++tallies[size_t(t)]; }
  std::vector<OwnedEvent> events;
  size_t tallies[size_t(Tally::kCount)] = {};
};

// Lines read through the syslog dispatcher, as a mail.log is: the events and each line's outcome.
struct SyslogParsed {
  CollectingSink sink;
  std::vector<Outcome> outcomes;
};
// Lines read through one line parser, made by `make` for a file of that path.
template <typename MakeParser>
SyslogParsed parse_lines_with(MakeParser make, const std::vector<std::string>& lines, std::time_t mtime,
                              std::string_view path) {
  FileContext ctx;
  ctx.path = path;
  ctx.mtime = ctx.now = mtime;
  auto parser = make(ctx);
  SyslogParsed out;
  uint64_t n = 0;
  for (const std::string& line : lines) out.outcomes.push_back(parser->parse_line(line, ++n, out.sink));
  parser->finish(out.sink);
  return out;
}
inline SyslogParsed parse_syslog_lines(const std::vector<std::string>& lines, std::time_t mtime) {
  return parse_lines_with([](const FileContext& ctx) { return make_syslog_dispatcher(ctx, nullptr); }, lines, mtime,
                          "maillog");
}

// What the classifier reads of an event, taken from a kept copy (the views
// point into `owned`): to classify it afterwards as the pipeline would have.
inline Event classification_input(const OwnedEvent& owned) {
  Event ev;
  ev.action = owned.action;
  ev.scope = owned.scope;
  ev.diagnostic = owned.diagnostic;
  ev.reply_code = owned.reply_code;
  ev.enhanced_status = owned.enhanced_status;
  ev.smtp_command = owned.smtp_command;
  ev.reason_hint = owned.reason_hint;
  // The remote host too: rules limited to a provider's hosts read it.
  ev.destination_domain = owned.destination_domain;
  ev.host_name = owned.host_name;
  return ev;
}

// The cause and reason the rule table gives a kept event, as the pipeline
// would classify it.
struct Verdict {
  std::string cause, reason, rule;
};
inline Verdict verdict_of(const OwnedEvent& owned) {
  static const std::unique_ptr<Classifier> classifier = [] {
    std::string error;
    auto c = Classifier::create(&error);
    if (!c) throw std::runtime_error("rule table: " + error);
    return c;
  }();
  ClassifierScratch scratch;
  Event ev = classification_input(owned);
  classifier->apply(ev, &scratch);
  return {std::string(ev.cause), std::string(ev.reason), std::string(ev.rule_id)};
}

// A file's bytes; empty when it cannot be read.
inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// A file's lines without their "\n" (and, with `strip_cr`, without a "\r" before it).
inline std::vector<std::string> read_lines(const std::filesystem::path& path, bool strip_cr = false) {
  std::ifstream in(path, std::ios::binary);
  std::vector<std::string> lines;
  std::string line;
  while (std::getline(in, line)) {
    if (strip_cr && !line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(line);
  }
  return lines;
}

// A copy of some bytes that ends right before a page nothing may read: a
// parser that reads even one byte past the end of its input then dies with
// SIGSEGV in any build, not only under ASan. For regression tests of
// out-of-bounds reads found by the fuzz targets (tests/fuzz).
class GuardedBytes {
 public:
  explicit GuardedBytes(std::string_view bytes) {
    const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    mapped_ = (bytes.size() / page + 2) * page;
    void* base = ::mmap(nullptr, mapped_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (base == MAP_FAILED) throw std::runtime_error("mmap failed");
    base_ = static_cast<char*>(base);
    char* guard = base_ + mapped_ - page;
    if (::mprotect(guard, page, PROT_NONE) != 0) throw std::runtime_error("mprotect failed");
    data_ = guard - bytes.size();
    if (!bytes.empty()) std::memcpy(data_, bytes.data(), bytes.size());
    size_ = bytes.size();
  }
  ~GuardedBytes() { ::munmap(base_, mapped_); }
  GuardedBytes(const GuardedBytes&) = delete;
  GuardedBytes& operator=(const GuardedBytes&) = delete;
  std::string_view view() const { return std::string_view(data_, size_); }

 private:
  char* base_ = nullptr;
  size_t mapped_ = 0;
  char* data_ = nullptr;
  size_t size_ = 0;
};

inline std::filesystem::path source_dir() { return MAILTRIAGE_SOURCE_DIR; }
inline std::filesystem::path binary_path() { return MAILTRIAGE_BINARY; }
// ../shared next to the checkout; MAILTRIAGE_SHARED overrides.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("MAILTRIAGE_SHARED")) return env;
  return MAILTRIAGE_SHARED_DIR;
}
inline bool have_shared() { return std::filesystem::is_directory(shared_dir() / "corpora"); }
#define MAILTRIAGE_REQUIRE_SHARED()                                                              \
  do {                                                                                           \
    if (!::mailtriage::testing::have_shared())                                                   \
      GTEST_SKIP() << "../shared/corpora is missing (" << ::mailtriage::testing::shared_dir()   \
                   << "): the shared reference corpora are not here, so this test cannot run";   \
  } while (0)

}  // namespace mailtriage::testing
