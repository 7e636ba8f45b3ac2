// The project's own client-log samples (corpora/client/*.log): every event,
// its line, program, cause and reason, as listed in the sample's .expected
// file; and the reason names of the client rule table are documented.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "parsers/client.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

namespace fs = std::filesystem;
using testing::OwnedEvent;

class ClassifyingSink : public EventSink {
 public:
  explicit ClassifyingSink(const Classifier& c) : classifier_(c) {}
  void on_event(Event& e) override {
    classifier_.apply(e, &scratch_);
    events.emplace_back(e);
  }
  std::vector<OwnedEvent> events;

 private:
  const Classifier& classifier_;
  ClassifierScratch scratch_;
};

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// "line\tprocess\tcause\treason\tkey=value ..." rows of a .expected file.
struct Expected {
  uint64_t line = 0;
  std::string process, cause, reason;
  std::map<std::string, std::string> fields;
};

std::vector<Expected> read_expected(const fs::path& p) {
  std::vector<Expected> rows;
  std::istringstream in(read_file(p));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols = split(line, '\t');
    if (cols.size() < 4) continue;
    Expected e;
    e.line = std::stoull(cols[0]);
    e.process = cols[1] == "-" ? "" : cols[1];
    e.cause = cols[2];
    e.reason = cols[3];
    if (cols.size() > 4)
      for (const std::string& kv : split(cols[4], ' ')) {
        size_t eq = kv.find('=');
        if (eq != std::string::npos) e.fields[kv.substr(0, eq)] = kv.substr(eq + 1);
      }
    rows.push_back(e);
  }
  return rows;
}

std::string field(const OwnedEvent& e, const std::string& key) {
  if (key == "code") return e.reply_code ? std::to_string(e.reply_code) : "";
  if (key == "status") return e.enhanced_status;
  if (key == "host") return e.destination_domain;
  if (key == "port") return e.destination_port ? std::to_string(e.destination_port) : "";
  if (key == "action") return std::string(action_name(e.action));
  return "?";
}

fs::path corpus_dir() { return testing::source_dir() / "corpora" / "client"; }

TEST(ClientCorpus, EverySampleLogGivesTheExpectedEvents) {
  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  int samples = 0;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    if (entry.path().extension() != ".log") continue;
    fs::path expected_path = entry.path();
    expected_path.replace_extension(".expected");
    ASSERT_TRUE(fs::exists(expected_path)) << entry.path() << " has no .expected file";
    ++samples;
    SCOPED_TRACE(entry.path().filename().string());

    FileContext file;
    std::string path = entry.path().string();
    file.path = path;
    file.now = 1717200000;
    auto parser = make_client_parser(file);
    ClassifyingSink sink(*classifier);
    std::string text = read_file(entry.path());
    std::istringstream in(text);
    std::string line;
    uint64_t n = 0;
    while (std::getline(in, line)) {
      // Every line of a program's own output is understood, failure or not.
      Outcome o = parser->parse_line(line, ++n, sink);
      EXPECT_NE(o, Outcome::unrecognized) << "line " << n << ": " << line;
    }
    parser->finish(sink);

    std::vector<Expected> want = read_expected(expected_path);
    ASSERT_EQ(sink.events.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
      const OwnedEvent& got = sink.events[i];
      const Expected& w = want[i];
      SCOPED_TRACE("line " + std::to_string(w.line));
      EXPECT_EQ(got.file_line, w.line);
      EXPECT_EQ(got.process_name, w.process);
      EXPECT_EQ(got.cause, w.cause) << got.rule_id << ": " << got.diagnostic;
      EXPECT_EQ(got.reason, w.reason) << got.rule_id;
      for (const auto& [key, value] : w.fields) EXPECT_EQ(field(got, key), value) << key;
      if (!w.fields.count("action")) {
        EXPECT_EQ(got.action, Action::failed);
      }
      EXPECT_FALSE(got.remediation.empty());
    }
  }
  EXPECT_GE(samples, 10) << "one sample log per program family";
}

TEST(ClientCorpus, EveryClientRuleReasonIsDocumented) {
  std::string doc = read_file(corpus_dir() / "REASONS.md");
  ASSERT_FALSE(doc.empty());
  std::set<std::string> documented;
  std::istringstream in(doc);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.starts_with("| ")) continue;
    size_t end = line.find(" |", 2);
    if (end != std::string::npos) documented.insert(line.substr(2, end - 2));
  }
  for (const Rule& r : client_text_rules())
    EXPECT_TRUE(documented.count(std::string(r.reason))) << r.id << ": reason " << r.reason
                                                         << " is not in corpora/client/REASONS.md";
}

}  // namespace
}  // namespace mailtriage
