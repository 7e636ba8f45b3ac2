// Accuracy ratchet on the shared bounce corpus (Sisimai's labelled messages):
// runs ../shared/tools/score-bounces against the built binary and fails when
// reason or status agreement drops below the level reached so far. Raise the
// floors as the level rises, so every gain is held.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

// Reached on the 473 rows: reason 97.0%, status 98.7% (issue 3 was resolved
// at 97 / 98); the floors follow what is reached.
constexpr double kMinReason = 97.0;
constexpr double kMinStatus = 98.7;

bool have_python3() { return std::system("python3 -c 'pass' >/dev/null 2>&1") == 0; }

TEST(BounceScore, SisimaiCorpusAgreementDoesNotRegress) {
  MAILTRIAGE_REQUIRE_SHARED();
  const std::filesystem::path scorer = testing::shared_dir() / "tools" / "score-bounces";
  const std::filesystem::path corpus = testing::shared_dir() / "corpora" / "bounces" / "sisimai";
  if (!std::filesystem::exists(scorer) || !std::filesystem::is_directory(corpus))
    GTEST_SKIP() << "the bounce scorer or corpus is missing under " << testing::shared_dir();
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the scorer cannot run";

  std::string command = "python3 '" + scorer.string() + "' --show 10 --bin '" + testing::binary_path().string() +
                        "' --min-reason " + std::to_string(kMinReason) + " --min-status " +
                        std::to_string(kMinStatus) + " '" + corpus.string() + "' 2>&1";
  FILE* pipe = popen(command.c_str(), "r");
  ASSERT_NE(pipe, nullptr) << command;
  std::string output;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, pipe)) output.append(buf, n);
  int status = pclose(pipe);
  ASSERT_TRUE(WIFEXITED(status)) << output;
  EXPECT_EQ(WEXITSTATUS(status), 0) << "below reason " << kMinReason << "% / status " << kMinStatus << "%:\n"
                                    << output;
  EXPECT_NE(output.find("rows 473"), std::string::npos) << output;
}

}  // namespace
}  // namespace mailtriage
