// --jobs N: the report and the ndjson are the same bytes for every N, on
// inputs large enough that the parser runs on its own thread and its events
// are classified on the others (analyzer/batch_scheduler.h).
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include "analyzer/batch_scheduler.h"
#include "analyzer/event_batch.h"
#include "analyzer/pipeline.h"
#include "tests/cli_support.h"

namespace mailtriage::testing {
namespace {

namespace fs = std::filesystem;

// --- EventBatch and BatchScheduler on their own ------------------------------

TEST(EventBatch, KeepsEveryStringAfterTheSourceBufferIsReused) {
  std::string buffer(64 * 26, 'x');
  std::vector<std::string> values;
  Event e;
  std::string_view Event::*fields[] = {
      &Event::dataset,       &Event::file_path,          &Event::host_name,      &Event::process_name,
      &Event::local_id,      &Event::message_id,         &Event::from_address,   &Event::to_address,
      &Event::subject,       &Event::destination_domain, &Event::destination_ip, &Event::source_domain,
      &Event::source_ip,     &Event::enhanced_status,    &Event::smtp_command,   &Event::diagnostic,
      &Event::feedback_type, &Event::rule_id,            &Event::cause,          &Event::reason,
      &Event::remediation,   &Event::evidence,           &Event::overridden_rule, &Event::reason_hint,
      &Event::diagnosis_detail,
  };
  for (size_t i = 0; i < std::size(fields); ++i) {
    values.push_back("value-" + std::to_string(i) + "-of-the-field");
    std::memcpy(buffer.data() + i * 64, values.back().data(), values.back().size());
    e.*fields[i] = std::string_view(buffer.data() + i * 64, values.back().size());
  }
  e.reply_code = 550;
  e.file_line = 42;
  EventBatch batch;
  batch.add(e);
  std::fill(buffer.begin(), buffer.end(), '#');  // the parser's buffer moves on
  ASSERT_EQ(batch.events().size(), 1u);
  const Event& kept = batch.events()[0];
  for (size_t i = 0; i < std::size(fields); ++i) EXPECT_EQ(kept.*fields[i], values[i]) << "field " << i;
  EXPECT_EQ(kept.reply_code, 550);
  EXPECT_EQ(kept.file_line, 42u);
}

TEST(EventBatch, HoldsMoreThanOneChunkAndLongStrings) {
  EventBatch batch;
  std::string long_text(700 * 1024, 'd');  // longer than an arena chunk
  std::vector<std::string> texts;
  for (int i = 0; i < 5000; ++i) texts.push_back("diagnostic number " + std::to_string(i) + std::string(size_t(i % 200), '.'));
  for (int round = 0; round < 2; ++round) {  // the second round reuses the chunks
    batch.clear();
    for (int i = 0; i < 5000; ++i) {
      Event e;
      e.diagnostic = i == 2500 ? std::string_view(long_text) : std::string_view(texts[size_t(i)]);
      batch.add(e);
    }
    for (int i = 0; i < 5000; ++i)
      ASSERT_EQ(batch.events()[size_t(i)].diagnostic, i == 2500 ? long_text : texts[size_t(i)]) << i;
  }
}

TEST(BatchScheduler, DeliversInSubmissionOrderWhateverTheClassifyingOrder) {
  for (unsigned threads : {2u, 3u, 5u}) {
    std::atomic<int> classified{0};
    std::vector<uint64_t> delivered;
    BatchScheduler scheduler(
        threads,
        [&](EventBatch& b, ClassifierScratch&) {
          // Uneven work, so that batches finish out of order.
          std::this_thread::sleep_for(std::chrono::microseconds(b.events()[0].file_line % 7 * 50));
          for (Event& e : b.events()) e.reply_code = 250;
          ++classified;
        },
        [&](EventBatch& b) {
          for (const Event& e : b.events()) {
            EXPECT_EQ(e.reply_code, 250) << "delivered before it was classified";
            delivered.push_back(e.file_line);
          }
        });
    constexpr uint64_t kEvents = 20000;
    scheduler.run([&] {
      for (uint64_t i = 1; i <= kEvents; ++i) {
        Event e;
        e.file_line = i;
        e.diagnostic = "text";
        scheduler.batch().add(e);
        if (i % 97 == 0) scheduler.submit();
      }
    });
    ASSERT_EQ(delivered.size(), kEvents) << threads << " threads";
    for (uint64_t i = 0; i < kEvents; ++i) ASSERT_EQ(delivered[i], i + 1) << threads << " threads";
    EXPECT_EQ(classified.load(), int((kEvents + 96) / 97));
  }
}

// A last batch of a few tallies and counted deliveries weighs nothing
// toward a hand-over (EventBatch::size) but is delivered all the same.
TEST(BatchScheduler, ALastBatchOfAFewCountedItemsIsDelivered) {
  size_t deliveries = 0, tallies = 0;
  BatchScheduler scheduler(2, [](EventBatch&, ClassifierScratch&) {}, [&](EventBatch& b) {
    deliveries += b.deliveries().size();
    tallies += b.tallies().size();
  });
  scheduler.run([&] {
    EventBatch& b = scheduler.batch();
    for (int i = 0; i < 3; ++i) b.add_delivery(Timestamp{int64_t(i) * 1000000, true, false}, 25);
    b.add_tally(Tally::connection, Timestamp{5000000, true, false});
    EXPECT_EQ(b.size(), 0u);
    EXPECT_FALSE(b.empty());
  });
  EXPECT_EQ(deliveries, 3u);
  EXPECT_EQ(tallies, 1u);
}

TEST(BatchScheduler, ProducerErrorIsRethrownAfterTheDeliveredBatches) {
  size_t delivered = 0;
  BatchScheduler scheduler(2, [](EventBatch&, ClassifierScratch&) {}, [&](EventBatch& b) { delivered += b.size(); });
  EXPECT_THROW(scheduler.run([&] {
    for (int i = 0; i < 10; ++i) {
      scheduler.batch().add(Event());
      scheduler.submit();
    }
    throw std::runtime_error("parser failed");
  }),
               std::runtime_error);
  EXPECT_EQ(delivered, 10u);
}

TEST(BatchScheduler, ClassifyErrorIsRethrownAndTheProducerStillFinishes) {
  for (unsigned threads : {2u, 4u}) {
    std::atomic<int> calls{0};
    int produced = 0;
    BatchScheduler scheduler(
        threads,
        [&](EventBatch&, ClassifierScratch&) {
          if (++calls == 3) throw std::runtime_error("classifier failed");
        },
        [](EventBatch&) {});
    EXPECT_THROW(scheduler.run([&] {
      for (int i = 0; i < 200; ++i, ++produced) {
        scheduler.batch().add(Event());
        scheduler.submit();
      }
    }),
                 std::runtime_error);
    EXPECT_EQ(produced, 200);  // not left waiting for a batch to come back
  }
}

TEST(BatchScheduler, ManyJobsKeepAFixedNumberOfBatches) {
  BatchScheduler scheduler(1000, [](EventBatch&, ClassifierScratch&) {}, [](EventBatch&) {});
  EXPECT_LE(scheduler.batches_in_flight_limit(), 18u);
  size_t delivered = 0;
  BatchScheduler counting(1000, [](EventBatch&, ClassifierScratch&) {}, [&](EventBatch& b) { delivered += b.size(); });
  counting.run([&] {
    for (int i = 0; i < 500; ++i) {
      counting.batch().add(Event());
      if (i % 7 == 0) counting.submit();
    }
  });
  EXPECT_EQ(delivered, 500u);
}

// --- The binary, --jobs 1 against 2 and 3 -----------------------------------

// Generated inputs, made once per build directory: generation is seeded, so a
// cached file is the same bytes as a new one.
class Parallel : public ::testing::Test {
 protected:
  static fs::path dir() { return binary_path().parent_path() / "parallel-test-inputs"; }

  static bool have_python() { return std::system("python3 -c 'import gzip' >/dev/null 2>&1") == 0; }

  // Runs `command` (which writes `path`) unless `path` exists; atomically.
  static bool make(const fs::path& path, const std::string& command_writing_tmp) {
    if (fs::exists(path)) return true;
    fs::create_directories(dir());
    fs::path tmp = path;
    tmp += ".tmp" + std::to_string(getpid());
    std::string cmd = command_writing_tmp;
    for (size_t at; (at = cmd.find("{out}")) != std::string::npos;) cmd.replace(at, 5, shell_quote(tmp.string()));
    if (std::system(cmd.c_str()) != 0) return false;
    // Tests run in parallel (ctest -j) may make the same input at once; the
    // first rename wins (a directory is not replaced), the others drop theirs.
    std::error_code ec;
    fs::rename(tmp, path, ec);
    if (ec) fs::remove_all(tmp);
    return fs::exists(path);
  }

  static std::string generator(const std::string& name) {
    return "python3 " + shell_quote((source_dir() / "corpora" / "gen" / name).string());
  }

  // Repeats a set of files into one until it is at least `min_bytes` long;
  // with `mbox`, each copy is an mbox entry (mboxrd escaping).
  static bool repeat(const fs::path& path, const std::vector<fs::path>& parts, uint64_t min_bytes, bool mbox = false) {
    std::string cmd = "python3 -c '";
    cmd += "import re,sys\n"
                      "mbox=sys.argv[2]==\"mbox\"\nparts=[open(p,\"rb\").read() for p in sys.argv[3:]]\n"
                      "if mbox: parts=[b\"From MAILER-DAEMON Tue Mar  4 11:02:33 2025\\n\"+"
                      "re.sub(rb\"(?m)^(>*From )\",rb\">\\1\",p).rstrip(b\"\\n\")+b\"\\n\\n\" for p in parts]\n"
                      "out=open(sys.argv[1],\"wb\")\nn=0\n";
    cmd += "while n<" + std::to_string(min_bytes) + ":\n";
    cmd += "  for p in parts: out.write(p); n+=len(p)\n' {out} ";
    cmd += mbox ? "mbox" : "plain";
    for (const fs::path& p : parts) cmd.append(" ").append(shell_quote(p.string()));
    return make(path, cmd);
  }

  // A file larger than this runs on several threads (below, the threads cost
  // more than they give).
  static uint64_t large() { return kParallelMinBytes + 4096; }

  // text, json and ndjson for --jobs 1, 2 and 3 (plus `extra` options) are the same bytes.
  static void expect_same_for_every_job_count(const std::string& inputs, const std::string& extra = "") {
    for (const char* format : {"text", "json", "ndjson"}) {
      std::string common = std::string("--format ") + format + " --year 2024 --no-progress " + extra + " " + inputs;
      CommandResult one = run_mailtriage("--jobs 1 " + common);
      ASSERT_NE(one.status, 2) << one.err;
      ASSERT_FALSE(one.out.empty()) << format;
      for (int jobs : {2, 3}) {
        CommandResult many = run_mailtriage("--jobs " + std::to_string(jobs) + " " + common);
        EXPECT_EQ(many.status, one.status) << format << " --jobs " << jobs;
        EXPECT_EQ(many.err, one.err) << format << " --jobs " << jobs;
        // Not EXPECT_EQ on the whole text: a mismatch would print megabytes.
        ASSERT_EQ(many.out.size(), one.out.size()) << format << " --jobs " << jobs;
        if (many.out != one.out) {
          size_t at = 0;
          while (many.out[at] == one.out[at]) ++at;
          size_t from = one.out.rfind('\n', at);
          from = from == std::string::npos ? 0 : from + 1;
          FAIL() << format << " --jobs " << jobs << " differs at byte " << at << ":\n  1: "
                 << one.out.substr(from, 300) << "\n  " << jobs << ": " << many.out.substr(from, 300);
        }
      }
    }
  }

  void SetUp() override {
    if (!have_python()) GTEST_SKIP() << "python3 (with gzip) is not installed: the generated logs cannot be made";
  }

  // 200,000 Postfix lines, its gzip copy, and the same lines as a rotation set
  // of three files (the oldest gzipped), cut in the middle of messages.
  static fs::path postfix_log() {
    fs::path p = dir() / "mail.log";
    EXPECT_TRUE(make(p, generator("postfix_logs.py") + " --seed 11 --lines 200000 --output {out}"));
    return p;
  }
  static fs::path postfix_gz() {
    fs::path p = dir() / "mail.log.gz";
    fs::path log = postfix_log();
    EXPECT_TRUE(make(p, "python3 -c 'import gzip,shutil,sys\nshutil.copyfileobj(open(sys.argv[1],\"rb\"),"
                        "gzip.open(sys.argv[2],\"wb\",6))' " + shell_quote(log.string()) + " {out}"));
    return p;
  }
  static fs::path rotation_dir() {
    fs::path d = dir() / "rotated";
    fs::path log = postfix_log();
    // Thirds by lines: mail.log.2.gz (oldest), mail.log.1, mail.log (newest).
    EXPECT_TRUE(make(d, "mkdir {out} && python3 -c 'import gzip,sys\n"
                        "lines=open(sys.argv[1],\"rb\").read().splitlines(True)\nn=len(lines)//3\n"
                        "gzip.open(sys.argv[2]+\"/mail.log.2.gz\",\"wb\").write(b\"\".join(lines[:n]))\n"
                        "open(sys.argv[2]+\"/mail.log.1\",\"wb\").write(b\"\".join(lines[n:2*n]))\n"
                        "open(sys.argv[2]+\"/mail.log\",\"wb\").write(b\"\".join(lines[2*n:]))' " +
                            shell_quote(log.string()) + " {out}"));
    return d;
  }
};

TEST_F(Parallel, PostfixLogGivesTheSameOutputForEveryJobCount) {
  fs::path log = postfix_log();
  ASSERT_GE(fs::file_size(log), large());
  expect_same_for_every_job_count(shell_quote(log.string()));
}

TEST_F(Parallel, DeliveredRecordsAndTheTimeWindowAreTheSameForEveryJobCount) {
  fs::path log = postfix_log();
  expect_same_for_every_job_count(shell_quote(log.string()), "--all-events");
  // The window cuts the generated days in the middle (the log starts 2024-03-10T06:00).
  expect_same_for_every_job_count(shell_quote(log.string()), "--since 2024-03-11T13:00:00Z --until 2024-03-12T02:30:00Z");
}

TEST_F(Parallel, GzippedLogGivesTheSameOutputForEveryJobCount) {
  fs::path gz = postfix_gz();
  expect_same_for_every_job_count(shell_quote(gz.string()));
}

TEST_F(Parallel, RotationSetGivesTheSameOutputForEveryJobCount) {
  fs::path d = rotation_dir();
  ASSERT_GE(fs::file_size(d / "mail.log"), large());
  expect_same_for_every_job_count(shell_quote(d.string()));
}

// Queue ids in flight cross the borders of batches and of the rotation set's
// files: the events of the set are those of the whole log, in the same order
// (only the file name and line number differ).
TEST_F(Parallel, QueueIdCorrelationSurvivesBatchAndFileBorders) {
  fs::path log = postfix_log();
  fs::path d = rotation_dir();
  auto events_without_file = [](const std::string& ndjson) {
    std::vector<std::string> out;
    std::istringstream in(ndjson);
    std::string line;
    while (std::getline(in, line)) {
      for (const char* key : {"\"log.file.path\":", "\"log.file.line\":"}) {
        size_t k = line.find(key);
        if (k == std::string::npos) continue;
        size_t end = k + std::strlen(key);
        if (line[end] == '"') end = line.find('"', end + 1) + 1;
        else while (end < line.size() && line[end] != ',' && line[end] != '}') ++end;
        if (line[end] == ',') ++end;
        line.erase(k, end - k);
      }
      out.push_back(line);
    }
    return out;
  };
  CommandResult whole = run_mailtriage("--jobs 1 --format ndjson --all-events --year 2024 " + shell_quote(log.string()));
  CommandResult split = run_mailtriage("--jobs 3 --format ndjson --all-events --year 2024 " + shell_quote(d.string()));
  ASSERT_EQ(whole.status, 0) << whole.err;
  ASSERT_EQ(split.status, 0) << split.err;
  std::vector<std::string> a = events_without_file(whole.out), b = events_without_file(split.out);
  ASSERT_GT(a.size(), 10000u);  // many batches
  ASSERT_EQ(a.size(), b.size());
  size_t with_sender = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    ASSERT_EQ(a[i], b[i]) << "event " << i;
    with_sender += a[i].find("\"email.from.address\"") != std::string::npos;
  }
  // The sender comes from the qmgr line, not the delivery line: correlation at work.
  EXPECT_GT(with_sender, a.size() / 2);
}

TEST_F(Parallel, EximLogGivesTheSameOutputForEveryJobCount) {
  fs::path p = dir() / "exim_mainlog";
  ASSERT_TRUE(make(p, generator("exim_logs.py") + " --seed 5 --lines 120000 --output {out}"));
  ASSERT_GE(fs::file_size(p), large());
  expect_same_for_every_job_count(shell_quote(p.string()));
}

TEST_F(Parallel, JournaldExportGivesTheSameOutputForEveryJobCount) {
  fs::path p = dir() / "sendmail.journal.json";
  ASSERT_TRUE(make(p, generator("sendmail_logs.py") + " --seed 5 --lines 30000 --journald --output {out}"));
  ASSERT_GE(fs::file_size(p), large());
  expect_same_for_every_job_count(shell_quote(p.string()));
}

TEST_F(Parallel, ClientLogGivesTheSameOutputForEveryJobCount) {
  fs::path p = dir() / "client.log";
  fs::path client = source_dir() / "corpora" / "client";
  ASSERT_TRUE(repeat(p, {client / "msmtp.log", client / "python-smtplib.log", client / "phpmailer-debug.log"}, large()));
  ASSERT_GE(fs::file_size(p), large());
  expect_same_for_every_job_count(shell_quote(p.string()));
}

TEST_F(Parallel, BounceMboxGivesTheSameOutputForEveryJobCount) {
  fs::path p = dir() / "bounces.mbox";
  fs::path bounces = source_dir() / "corpora" / "bounces";
  std::vector<fs::path> parts;
  for (const auto& entry : fs::directory_iterator(bounces))
    if (entry.path().extension() == ".eml") parts.push_back(entry.path());
  std::sort(parts.begin(), parts.end());
  ASSERT_FALSE(parts.empty());
  ASSERT_TRUE(repeat(p, parts, large(), true));
  ASSERT_GE(fs::file_size(p), large());
  expect_same_for_every_job_count(shell_quote(p.string()));
}

// Many small inputs of every kind in one directory: with several jobs the
// message files are parsed ahead on worker threads while the logs are run in
// their turn; stdout, stderr (damaged messages, a binary file, an empty one)
// and the exit status are the same as with one job.
TEST_F(Parallel, DirectoryOfSmallMixedInputsGivesTheSameOutputForEveryJobCount) {
  fs::path d = dir() / "mixed-with-large";  // a new name when what it holds changes (make() keeps what exists)
  fs::path corpora = source_dir() / "corpora";
  ASSERT_TRUE(make(d, "mkdir {out} && cp -r " + shell_quote((corpora / "bounces").string()) + " {out}/bounces && " +
                          "cp " + shell_quote((corpora / "client").string()) + "/*.log {out}/ && mkdir {out}/maillog && " +
                          "python3 -c 'import sys\nlines=open(sys.argv[1],\"rb\").read().splitlines(True)\n"
                          "n=len(lines)//2\nopen(sys.argv[2]+\"/maillog/mail.log.1\",\"wb\").write(b\"\".join(lines[:n]))\n"
                          "open(sys.argv[2]+\"/maillog/mail.log\",\"wb\").write(b\"\".join(lines[n:]))\n"
                          "for i in range(40): open(sys.argv[2]+\"/bounces/copy%02d.eml\" % i,\"wb\").write("
                          "open(sys.argv[3],\"rb\").read())\n"
                          // Larger than a batch's block (analyzer/file_batch.h), and compressed.
                          "import gzip\nbig=open(sys.argv[3],\"rb\").read()+b\"\\n\"+b\"quoted original line\\n\"*6000\n"
                          "open(sys.argv[2]+\"/bounces/large.eml\",\"wb\").write(big)\n"
                          "gzip.open(sys.argv[2]+\"/bounces/packed.eml.gz\",\"wb\").write(big)' " +
                          shell_quote((corpora / "postfix" / "sample.log").string()) + " {out} " +
                          shell_quote((corpora / "bounces" / "dsn-postfix.eml").string())));
  CommandResult probe = run_mailtriage("--jobs 1 --year 2024 --no-progress --format json " + shell_quote(d.string()));
  EXPECT_EQ(probe.status, 0) << probe.err;
  EXPECT_NE(probe.err.find("binary data"), std::string::npos) << probe.err;
  EXPECT_NE(probe.out.find("mail.log.1"), std::string::npos);
  ASSERT_GT(fs::file_size(d / "bounces" / "large.eml"), size_t(64) << 10);
  EXPECT_NE(probe.out.find("large.eml\",\"format\":\"bounce\",\"compression\":\"none\""), std::string::npos);
  EXPECT_NE(probe.out.find("packed.eml.gz\",\"format\":\"bounce\",\"compression\":\"gzip\""), std::string::npos);
  expect_same_for_every_job_count(shell_quote(d.string()));
  // A path that cannot be read, among the others, is said in its place.
  expect_same_for_every_job_count(shell_quote((d / "bounces").string()) + " /nonexistent/mailtriage-input " +
                                  shell_quote((d / "msmtp.log").string()));
}

}  // namespace
}  // namespace mailtriage::testing
