// The JSON readers (simdjson on demand): the whole input as one provider
// event file (SES, SendGrid, Mailgun, Postmark; one document, an array, or
// NDJSON), then each line of it as a `journalctl -o json` record, with one
// JournaldReader reused from line to line as the dispatcher reuses it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parsers/journald.h"
#include "parsers/provider_json.h"
#include "tests/fuzz/fuzz_support.h"

using namespace mailtriage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const FileContext ctx = fuzzing::pinned_context("fuzz.json");
  fuzzing::PipelineLikeSink sink;
  auto provider = make_provider_json_parser(ctx);
  std::string diagnostic;
  provider->parse_message(bytes, 1, sink, &diagnostic);
  fuzzing::touch(diagnostic);

  JournaldReader journal;
  uint64_t sum = 0;
  fuzzing::for_each_line(bytes, [&](std::string_view line, uint64_t) {
    SyslogRecord record;
    if (journal.parse(line, &record) != JournaldError::ok) return;
    sum += fuzzing::touch(record.host) + fuzzing::touch(record.program) + fuzzing::touch(record.message) +
           record.pid + uint64_t(record.time.epoch_us);
  });
  fuzzing::checksum_sink = sum;
  sink.finish();
  return 0;
}
