// Bounce messages: the whole message parser (header and MIME reading through
// mimetic, RFC 3464 DSNs, RFC 2047 words, charset conversion, non-standard
// bounce texts, ARF, auto-replies), as the pipeline calls it for one .eml;
// an input that starts like an mbox is split into its messages first, as the
// pipeline does with an mbox file read whole.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "parsers/bounce.h"
#include "parsers/mbox.h"
#include "tests/fuzz/fuzz_support.h"

using namespace mailtriage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const FileContext ctx = fuzzing::pinned_context("fuzz.eml");
  auto parser = make_bounce_parser(ctx);
  fuzzing::PipelineLikeSink sink;
  std::string diagnostic;
  auto one_message = [&](std::string_view message, uint64_t index) {
    diagnostic.clear();
    parser->parse_message(message, index, sink, &diagnostic);
    fuzzing::touch(diagnostic);
  };
  if (looks_like_mbox(bytes)) split_mbox(bytes, one_message);
  else one_message(bytes, 1);
  sink.finish();
  return 0;
}
