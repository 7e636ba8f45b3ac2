// Google Benchmark of the journald JSON path: `journalctl -o json` records of
// a busy Postfix relay, end to end inside the process (read the file, split
// lines, parse each record with simdjson On-Demand, hand MESSAGE to the
// Postfix parser, classify, aggregate), and the envelope alone. Reports
// bytes/s (SetBytesProcessed).
//
//   cmake -S . -B build-bench -G Ninja -DMAILTRIAGE_BENCHES=ON -DMAILTRIAGE_TESTS=OFF
//   ninja -C build-bench journald_bench && build-bench/journald_bench
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "analyzer/options.h"
#include "analyzer/pipeline.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "parsers/journald.h"

namespace mailtriage {
namespace {

void json_escape(std::string& out, std::string_view s) {
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
}

// One record as journalctl prints a message that came in over the syslog
// socket: about thirty fields, MESSAGE among them.
void append_record(std::string& out, int64_t us, std::string_view ident, unsigned pid, std::string_view message,
                   unsigned seq) {
  char head[512];
  std::string_view comm = ident.substr(ident.rfind('/') == std::string_view::npos ? 0 : ident.rfind('/') + 1);
  int n = std::snprintf(head, sizeof head,
                        "{\"__CURSOR\":\"s=6f3b2a1c9d8e4f70a1b2c3d4e5f60718;i=%x;b=0f1e2d3c4b5a69788796a5b4c3d2e1f0;"
                        "m=%x;t=%llx;x=%x\",\"__REALTIME_TIMESTAMP\":\"%lld\",\"__MONOTONIC_TIMESTAMP\":\"%u\","
                        "\"_BOOT_ID\":\"0f1e2d3c4b5a69788796a5b4c3d2e1f0\",\"_MACHINE_ID\":"
                        "\"2b6d0c4e9f8a4b1c8d7e6f5a4b3c2d1e\",\"_HOSTNAME\":\"mail\",\"PRIORITY\":\"6\","
                        "\"SYSLOG_FACILITY\":\"2\",\"_TRANSPORT\":\"syslog\",",
                        seq, seq * 997, (unsigned long long)us, seq * 31, (long long)us, seq * 997);
  out.append(head, size_t(n));
  out += "\"SYSLOG_IDENTIFIER\":\"";
  out += ident;
  n = std::snprintf(head, sizeof head, "\",\"SYSLOG_PID\":\"%u\",\"_PID\":\"%u\",\"_UID\":\"107\",\"_GID\":\"114\",",
                    pid, pid);
  out.append(head, size_t(n));
  out += "\"_COMM\":\"";
  out += comm;
  out += "\",\"_EXE\":\"/usr/lib/postfix/sbin/";
  out += comm;
  out += "\",\"_CMDLINE\":\"";
  out += comm;
  out += " -n smtp -t inet -u -c\",\"_SYSTEMD_UNIT\":\"postfix@-.service\",\"_SYSTEMD_SLICE\":\"system.slice\","
         "\"_SYSTEMD_CGROUP\":\"/system.slice/system-postfix.slice/postfix@-.service\",\"MESSAGE\":\"";
  json_escape(out, message);
  n = std::snprintf(head, sizeof head, "\",\"_SOURCE_REALTIME_TIMESTAMP\":\"%lld\"}\n", (long long)(us - 17));
  out.append(head, size_t(n));
}

// The same deterministic mix as pipeline_bench.cc's syslog file, as journal records.
std::string synthetic_journal(size_t target_bytes) {
  static const char* kRemoteReplies[] = {
      "host mx.example.org[192.0.2.10] said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual "
      "mailbox table (in reply to RCPT TO command)",
      "host mx.example.net[198.51.100.7] said: 452 4.2.2 The email account that you tried to reach is over quota (in "
      "reply to RCPT TO command)",
      "connect to mx.example.com[203.0.113.5]:25: Connection timed out",
      "host mx.example.org[192.0.2.10] said: 421 4.7.28 Our system has detected an unusual rate of unsolicited mail "
      "(in reply to end of DATA command)",
  };
  std::string out;
  char msg[1024];
  unsigned seq = 0, rec = 0;
  uint32_t x = 2463534242u;
  auto rnd = [&] { x ^= x << 13, x ^= x >> 17, x ^= x << 5; return x; };
  const int64_t start = int64_t(1732665600) * 1000000;  // 2024-11-27
  while (out.size() < target_bytes) {
    ++seq;
    int64_t us = start + int64_t(seq) * 1000000;
    char qid[16];
    std::snprintf(qid, sizeof qid, "4C%07X", seq);
    char rcpt[64];
    std::snprintf(rcpt, sizeof rcpt, "user%u@example%u.org", rnd() % 5000, rnd() % 40);
    auto emit = [&](const char* ident, unsigned pid, const char* fmt, auto... args) {
      std::snprintf(msg, sizeof msg, fmt, args...);
      ++rec;
      append_record(out, us + (rec - 1) % 1000, ident, pid, msg, rec);
    };
    emit("postfix/smtpd", 2201, "connect from client%u.example.net[198.51.100.%u]", seq % 250, seq % 250);
    emit("postfix/smtpd", 2201, "%s: client=client%u.example.net[198.51.100.%u]", qid, seq % 250, seq % 250);
    emit("postfix/cleanup", 2202, "%s: message-id=<%u.%s@mail.example.com>", qid, seq, qid);
    emit("postfix/qmgr", 1100, "%s: from=<sender%u@example.com>, size=%u, nrcpt=1 (queue active)", qid, seq % 100,
         1000 + rnd() % 90000);
    unsigned kind = rnd() % 100;
    if (kind < 85) {
      emit("postfix/smtp", 2203,
           "%s: to=<%s>, relay=mx.example.org[192.0.2.10]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, "
           "status=sent (250 2.0.0 OK 1732700000 %s - gsmtp)",
           qid, rcpt, qid);
    } else {
      char reply[512];
      std::snprintf(reply, sizeof reply, kRemoteReplies[kind % 4], rcpt);
      const char* status = kind % 4 == 0 ? "bounced" : "deferred";
      const char* dsn = kind % 4 == 0 ? "5.1.1" : kind % 4 == 1 ? "4.2.2" : kind % 4 == 2 ? "4.4.1" : "4.7.28";
      emit("postfix/smtp", 2203,
           "%s: to=<%s>, relay=mx.example.org[192.0.2.10]:25, delay=2.1, delays=0.1/0/2/0, dsn=%s, status=%s (%s)",
           qid, rcpt, dsn, status, reply);
    }
    emit("postfix/qmgr", 1100, "%s: removed", qid);
    if (seq % 20 == 0)
      emit("postfix/smtpd", 2204, "warning: unknown[203.0.113.%u]: SASL LOGIN authentication failed: UGFzc3dvcmQ6",
           seq % 250);
    if (seq % 7 == 0)
      emit("dovecot", 900, "imap-login: Login: user=<user%u@example.com>, method=PLAIN, rip=198.51.100.%u", seq % 100,
           seq % 250);
  }
  return out;
}

struct JournalFile {
  JournalFile() {
    path = "/tmp/mailtriage-journald-bench-" + std::to_string(getpid()) + ".json";
    std::ofstream(path, std::ios::binary) << synthetic_journal(size_t(64) << 20);
    std::ifstream in(path, std::ios::binary);
    std::string line;
    while (std::getline(in, line)) {
      bytes += line.size() + 1;
      ++records;
    }
  }
  ~JournalFile() { std::remove(path.c_str()); }
  std::string path;
  size_t bytes = 0, records = 0;
};

JournalFile& journal() {
  static JournalFile file;
  return file;
}

void BM_JournaldPostfixPipeline(benchmark::State& state) {
  const JournalFile& file = journal();
  std::string error;
  auto classifier = Classifier::create(&error);
  Options options;
  options.jobs = unsigned(state.range(0));
  for (auto _ : state) {
    Report report;
    DiagnosisEngine diagnosis;
    Pipeline pipeline(options, *classifier, report, diagnosis, nullptr);
    pipeline.run(file.path);
    benchmark::DoNotOptimize(report.failures());
  }
  state.SetBytesProcessed(int64_t(state.iterations()) * int64_t(file.bytes));
  state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(file.records));  // journal records
}
BENCHMARK(BM_JournaldPostfixPipeline)
    ->Arg(1)
    ->Arg(2)
    ->ArgName("jobs")
    ->Unit(benchmark::kMillisecond)
    ->MinTime(3.0)
    ->UseRealTime();  // wall time: with --jobs 2 the reading thread is not in this thread's CPU time

// The envelope alone: each record's fields read, MESSAGE found, nothing parsed after.
void BM_JournaldEnvelopeOnly(benchmark::State& state) {
  static const std::vector<std::string> records = [] {
    std::vector<std::string> v;
    std::string text = synthetic_journal(size_t(8) << 20);
    size_t p = 0;
    while (p < text.size()) {
      size_t nl = text.find('\n', p);
      v.push_back(text.substr(p, nl - p));
      p = nl + 1;
    }
    return v;
  }();
  JournaldReader reader;
  SyslogRecord rec;
  size_t bytes = 0, items = 0;
  for (auto _ : state) {
    for (const std::string& r : records) {
      benchmark::DoNotOptimize(reader.parse(r, &rec));
      bytes += r.size() + 1;
    }
    items += records.size();
  }
  state.SetBytesProcessed(int64_t(bytes));
  state.SetItemsProcessed(int64_t(items));
}
BENCHMARK(BM_JournaldEnvelopeOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace mailtriage

BENCHMARK_MAIN();
