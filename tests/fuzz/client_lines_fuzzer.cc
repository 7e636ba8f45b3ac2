// Mail-client and library logs (msmtp, PHPMailer, smtplib, nodemailer, ...):
// each line of the input to the client-log parser, which is then finished.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parsers/client.h"
#include "tests/fuzz/fuzz_support.h"

using namespace mailtriage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const FileContext ctx = fuzzing::pinned_context("fuzz-client.log");
  auto parser = make_client_parser(ctx);
  fuzzing::PipelineLikeSink sink;
  fuzzing::for_each_line(bytes, [&](std::string_view line, uint64_t line_no) {
    parser->parse_line(line, line_no, sink);
  });
  parser->finish(sink);
  sink.finish();
  return 0;
}
