// The generators in corpora/gen write a log and a JSON "truth" of what it
// contains; these helpers run a generator and compare parsed events with it.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "classifiers/classifier.h"
#include "tests/test_support.h"

namespace mailtriage::testing {

inline bool have_python3() { return std::system("python3 -c 'import json' >/dev/null 2>&1") == 0; }

// Runs corpora/gen/<script> with `args` into a fresh temp folder; the log is
// written to <folder>/<log_name>, the truth to <folder>/truth.json.
inline std::filesystem::path run_generator(const std::string& script, const std::string& args,
                                           const std::string& log_name, const std::string& tag) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("mailtriage-gen-" + std::to_string(::getpid()) + "-" + tag);
  fs::create_directories(dir);
  std::string cmd = "python3 '" + (source_dir() / "corpora/gen" / script).string() + "' " + args + " --output '" +
                    (dir / log_name).string() + "' --truth '" + (dir / "truth.json").string() + "'";
  EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  return dir;
}

// Events per action, the tallies, and the cause of every failure must equal
// the truth's counts. `with_removed`: the format logs when a message leaves the queue.
inline void expect_matches_truth(simdjson::dom::element truth, const CollectingSink& sink, bool with_removed) {
  auto count = [&](const char* key) {
    uint64_t v = 0;
    EXPECT_EQ(truth[key].get(v), simdjson::SUCCESS) << key;
    return v;
  };
  std::map<Action, uint64_t> by_action;
  for (const OwnedEvent& e : sink.events) ++by_action[e.action];
  EXPECT_EQ(by_action[Action::delivered], count("delivered"));
  EXPECT_EQ(by_action[Action::deferred], count("deferred"));
  EXPECT_EQ(by_action[Action::bounced], count("bounced"));
  EXPECT_EQ(by_action[Action::expired], count("expired"));
  EXPECT_EQ(by_action[Action::rejected], count("rejected"));
  EXPECT_EQ(by_action[Action::failed], count("failed"));
  EXPECT_EQ(sink.tallies[size_t(Tally::received)], count("received"));
  if (with_removed) {
    EXPECT_EQ(sink.tallies[size_t(Tally::removed)], count("removed"));
  }
  EXPECT_EQ(sink.tallies[size_t(Tally::sasl_failure)], count("sasl_failures"));
  EXPECT_EQ(sink.tallies[size_t(Tally::tls_failure)], count("tls_failures"));

  std::string error;
  auto classifier = Classifier::create(&error);
  ASSERT_NE(classifier, nullptr) << error;
  ClassifierScratch scratch;
  std::map<std::string, uint64_t> causes;
  for (const OwnedEvent& o : sink.events) {
    if (o.action == Action::delivered) continue;
    Event ev = testing::classification_input(o);
    classifier->apply(ev, &scratch);
    ++causes[std::string(ev.cause)];
  }
  std::map<std::string, uint64_t> expected;
  simdjson::dom::object by_cause;
  ASSERT_EQ(truth["causes"].get(by_cause), simdjson::SUCCESS);
  for (auto [key, value] : by_cause) expected[std::string(key)] = value.get_uint64().value_unsafe();
  EXPECT_EQ(causes, expected);
}

}  // namespace mailtriage::testing
