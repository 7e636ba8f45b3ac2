// Google Benchmark of the Postfix path, end to end inside the process: read a
// file, split lines, parse the envelope and the Postfix message, classify the
// events, aggregate the report. Reports bytes/s (SetBytesProcessed).
//
//   cmake -S . -B build-bench -G Ninja -DMAILTRIAGE_BENCHES=ON -DMAILTRIAGE_TESTS=OFF
//   ninja -C build-bench pipeline_bench && build-bench/pipeline_bench
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "analyzer/event_batch.h"
#include "analyzer/options.h"
#include "analyzer/output.h"
#include "analyzer/pipeline.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "parsers/charset.h"
#include "parsers/registry.h"
#include "parsers/rfc2047.h"
#include "parsers/syslog.h"

namespace mailtriage {
namespace {

// A deterministic mix close to a busy relay: most messages delivered, some
// deferred and bounced, smtpd rejects and SASL failures, other programs' lines.
std::string synthetic_postfix_log(size_t target_bytes) {
  static const char* kRemoteReplies[] = {
      "host mx.example.org[192.0.2.10] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)",
      "host mx.example.net[198.51.100.7] said: 452 4.2.2 The email account that you tried to reach is over quota (in reply to RCPT TO command)",
      "connect to mx.example.com[203.0.113.5]:25: Connection timed out",
      "host mx.example.org[192.0.2.10] said: 421 4.7.28 Our system has detected an unusual rate of unsolicited mail (in reply to end of DATA command)",
  };
  std::string out;
  char line[1024];
  unsigned seq = 0;
  uint32_t x = 2463534242u;
  auto rnd = [&] { x ^= x << 13, x ^= x >> 17, x ^= x << 5; return x; };
  while (out.size() < target_bytes) {
    ++seq;
    unsigned sec = seq % 60, min = (seq / 60) % 60, hour = (seq / 3600) % 24;
    char qid[16];
    std::snprintf(qid, sizeof qid, "4Q%07X", seq);
    char rcpt[64];
    std::snprintf(rcpt, sizeof rcpt, "user%u@example%u.org", rnd() % 5000, rnd() % 40);
    auto emit = [&](const char* fmt, auto... args) {
      int n = std::snprintf(line, sizeof line, fmt, args...);
      out.append(line, size_t(n));
    };
    emit("Nov 27 %02u:%02u:%02u mail postfix/smtpd[2201]: connect from client%u.example.net[198.51.100.%u]\n", hour, min, sec, seq % 250, seq % 250);
    emit("Nov 27 %02u:%02u:%02u mail postfix/smtpd[2201]: %s: client=client%u.example.net[198.51.100.%u]\n", hour, min, sec, qid, seq % 250, seq % 250);
    emit("Nov 27 %02u:%02u:%02u mail postfix/cleanup[2202]: %s: message-id=<%u.%s@mail.example.com>\n", hour, min, sec, qid, seq, qid);
    emit("Nov 27 %02u:%02u:%02u mail postfix/qmgr[1100]: %s: from=<sender%u@example.com>, size=%u, nrcpt=1 (queue active)\n", hour, min, sec, qid, seq % 100, 1000 + rnd() % 90000);
    unsigned kind = rnd() % 100;
    if (kind < 85) {
      emit("Nov 27 %02u:%02u:%02u mail postfix/smtp[2203]: %s: to=<%s>, relay=mx.example.org[192.0.2.10]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 OK 1732700000 %s - gsmtp)\n", hour, min, sec, qid, rcpt, qid);
    } else {
      char reply[512];
      std::snprintf(reply, sizeof reply, kRemoteReplies[kind % 4], rcpt);
      const char* status = kind % 4 == 0 ? "bounced" : "deferred";
      const char* dsn = kind % 4 == 0 ? "5.1.1" : kind % 4 == 1 ? "4.2.2" : kind % 4 == 2 ? "4.4.1" : "4.7.28";
      emit("Nov 27 %02u:%02u:%02u mail postfix/smtp[2203]: %s: to=<%s>, relay=mx.example.org[192.0.2.10]:25, delay=2.1, delays=0.1/0/2/0, dsn=%s, status=%s (%s)\n", hour, min, sec, qid, rcpt, dsn, status, reply);
    }
    emit("Nov 27 %02u:%02u:%02u mail postfix/qmgr[1100]: %s: removed\n", hour, min, sec, qid);
    if (seq % 20 == 0)
      emit("Nov 27 %02u:%02u:%02u mail postfix/smtpd[2204]: warning: unknown[203.0.113.%u]: SASL LOGIN authentication failed: UGFzc3dvcmQ6\n", hour, min, sec, seq % 250);
    if (seq % 7 == 0)
      emit("Nov 27 %02u:%02u:%02u mail dovecot: imap-login: Login: user=<user%u@example.com>, method=PLAIN, rip=198.51.100.%u\n", hour, min, sec, seq % 100, seq % 250);
  }
  return out;
}

struct LogFile {
  LogFile() {
    path = "/tmp/mailtriage-bench-" + std::to_string(getpid()) + ".log";
    std::ofstream(path, std::ios::binary) << synthetic_postfix_log(size_t(64) << 20);
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    bytes = size_t(in.tellg());
  }
  ~LogFile() { std::remove(path.c_str()); }
  std::string path;
  size_t bytes = 0;
};

// Argument: --jobs. With 2 or more the parser runs on its own thread and the
// events are classified on the others (analyzer/batch_scheduler.h).
void BM_PostfixPipeline(benchmark::State& state) {
  static LogFile log;
  std::string error;
  auto classifier = Classifier::create(&error);
  Options options;
  options.year = 2024;
  options.jobs = unsigned(state.range(0));
  for (auto _ : state) {
    Report report;
    DiagnosisEngine diagnosis;
    Pipeline pipeline(options, *classifier, report, diagnosis, nullptr);
    pipeline.run(log.path);
    benchmark::DoNotOptimize(report.failures());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(log.bytes));
}
BENCHMARK(BM_PostfixPipeline)->ArgName("jobs")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

// The same with every event written as ndjson (to /dev/null).
void BM_PostfixPipelineNdjson(benchmark::State& state) {
  static LogFile log;
  std::string error;
  auto classifier = Classifier::create(&error);
  Options options;
  options.year = 2024;
  options.format = OutputFormat::ndjson;
  options.all_events = true;
  options.jobs = unsigned(state.range(0));
  int fd = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
  for (auto _ : state) {
    Report report;
    DiagnosisEngine diagnosis;
    OutputStream out(fd);
    Pipeline pipeline(options, *classifier, report, diagnosis, &out);
    pipeline.run(log.path);
    benchmark::DoNotOptimize(report.failures());
  }
  ::close(fd);
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(log.bytes));
}
BENCHMARK(BM_PostfixPipelineNdjson)->ArgName("jobs")->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->MinTime(3.0)->UseRealTime();

// The synthetic log's lines, split once, for the benchmarks of one stage.
const std::vector<std::string_view>& synthetic_lines() {
  static const std::string text = synthetic_postfix_log(size_t(16) << 20);
  static const std::vector<std::string_view> lines = [] {
    std::vector<std::string_view> out;
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      out.emplace_back(text.data() + at, end - at);
      at = end + 1;
    }
    return out;
  }();
  return lines;
}

// The syslog envelope alone (time, host, tag, pid), per line: the first
// thing the parse thread does with every line (items/s = lines/s).
void BM_SyslogEnvelope(benchmark::State& state) {
  const auto& lines = synthetic_lines();
  YearInference years(1732700000);
  SyslogRecord rec;
  for (auto _ : state) {
    for (std::string_view line : lines) {
      benchmark::DoNotOptimize(parse_syslog_line(line, years, &rec));
      benchmark::DoNotOptimize(rec.pid);
    }
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(lines.size()));
}
BENCHMARK(BM_SyslogEnvelope)->Unit(benchmark::kMillisecond);

// What the parse thread does with --jobs 2, without the hand-over: envelope,
// program dispatch and the Postfix parser, into a sink that only counts
// deliveries as the text report's does (items/s = lines/s).
void BM_PostfixParseThread(benchmark::State& state) {
  struct CountingSink final : EventSink {
    void on_event(Event& e) override { benchmark::DoNotOptimize(e.diagnostic.size()); }
    bool counts_deliveries_only() const override { return true; }
    void on_counted_delivery(const Timestamp& time, uint16_t port, std::string_view text) override {
      benchmark::DoNotOptimize(time.epoch_us + port + text.size());
    }
  };
  const auto& lines = synthetic_lines();
  for (auto _ : state) {
    FileContext ctx{.path = "mail.log", .mtime = 1732700000, .now = 1732700000};
    auto parser = make_syslog_dispatcher(ctx, nullptr);
    CountingSink sink;
    uint64_t line_no = 0;
    for (std::string_view line : lines) benchmark::DoNotOptimize(parser->parse_line(line, ++line_no, sink));
    parser->finish(sink);
  }
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(lines.size()));
}
BENCHMARK(BM_PostfixParseThread)->Unit(benchmark::kMillisecond);

// The parser thread's extra work with several jobs: copying each event's
// strings into a batch.
void BM_EventBatchAdd(benchmark::State& state) {
  Event e;
  e.dataset = "postfix.log";
  e.file_path = "/var/log/mail.log";
  e.host_name = "mx1";
  e.process_name = "postfix/smtp";
  e.local_id = "4Q7F2B1C3D";
  e.from_address = "alice@example.org";
  e.to_address = "bob@example.net";
  e.destination_domain = "mx.example.net";
  e.destination_ip = "198.51.100.10";
  e.enhanced_status = "5.1.1";
  e.diagnostic = "host mx.example.net[198.51.100.10] said: 550 5.1.1 <bob@example.net>: Recipient address rejected: "
                 "User unknown in virtual mailbox table (in reply to RCPT TO command)";
  EventBatch batch;
  size_t n = 0;
  for (auto _ : state) {
    if (batch.size() == 4096) batch.clear();
    batch.add(e);
    ++n;
  }
  state.SetItemsProcessed(int64_t(n));
}
BENCHMARK(BM_EventBatchAdd);

// The report's "commonest texts" key, once per failure.
void BM_NormalizeDiagnostic(benchmark::State& state) {
  const std::string_view texts[] = {
      "host mx.example.org[192.0.2.10] said: 550 5.1.1 <user123@example.org>: Recipient address rejected: User "
      "unknown in virtual mailbox table (in reply to RCPT TO command)",
      "connect to mx.example.com[203.0.113.5]:25: Connection timed out",
      "host gmail-smtp-in.l.google.com[192.0.2.26] said: 421-4.7.28 [203.0.113.5      15] Our system has detected an "
      "unusual rate of unsolicited mail originating from your IP address. 1732700000 a1b2c3 - gsmtp",
  };
  std::string out;
  size_t bytes = 0, i = 0;
  for (auto _ : state) {
    std::string_view t = texts[i++ % 3];
    normalize_diagnostic_into(t, out);
    benchmark::DoNotOptimize(out.data());
    bytes += t.size();
  }
  state.SetBytesProcessed(int64_t(bytes));
}
BENCHMARK(BM_NormalizeDiagnostic);

void BM_ClassifyDiagnostic(benchmark::State& state) {
  std::string error;
  auto classifier = Classifier::create(&error);
  ClassifierScratch scratch;
  const std::string_view texts[] = {
      "host mx.example.org[192.0.2.10] said: 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown",
      "connect to mx.example.com[203.0.113.5]:25: Connection timed out",
      "host mx.example.net[198.51.100.7] said: 452 4.2.2 The email account that you tried to reach is over quota",
  };
  size_t bytes = 0, i = 0;
  for (auto _ : state) {
    std::string_view t = texts[i++ % 3];
    bytes += t.size();
    ClassifyInput in;
    in.text = t;
    benchmark::DoNotOptimize(classifier->classify(in, &scratch).rule);
  }
  state.SetBytesProcessed(int64_t(bytes));
}
BENCHMARK(BM_ClassifyDiagnostic);

}  // namespace
}  // namespace mailtriage

// A header of "=?" words that never close: each used to search the rest of
// the value for "?=" (quadratic). The complexity fit should say O(N).
static void BM_UnclosedEncodedWords(benchmark::State& state) {
  std::string value;
  while (value.size() < size_t(state.range(0))) value += "=?a?q?x";
  mailtriage::CharsetConverter charsets;
  std::string out;
  for (auto _ : state) {
    out.clear();
    mailtriage::decode_encoded_words(value, charsets, &out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetComplexityN(state.range(0));
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(value.size()));
}
BENCHMARK(BM_UnclosedEncodedWords)->RangeMultiplier(4)->Range(16 << 10, 1 << 20)->Complexity();

BENCHMARK_MAIN();
