// Ratchet on ../shared/tools/score-client: the share of the labelled client
// lines (../shared/corpora/client/messages.tsv) whose cause mailtriage gets
// right. Raise kMinCause whenever the figure rises, so that no change can
// give back what was gained.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "tests/test_support.h"

namespace mailtriage {
namespace {

// Last measured: cause 98.4% strict 95.0% found 100.0% rows 317.
constexpr double kMinCause = 98.4;

bool have_python3() { return std::system("python3 -c pass >/dev/null 2>&1") == 0; }

// The project's own set (corpora/wordings/client.tsv): 252 lines written in
// real programs' wording, outside the shared corpus, that the rules first
// missed in part (694 lines now). Last measured: cause 100.0% strict 96.3%.
constexpr double kMinCauseOwnWordings = 99.0;

// Runs the scorer on `tsv` with `min_cause`; fails with its output when the
// figure is below it.
void expect_cause_accuracy(const std::string& tsv, double min_cause) {
  std::string scorer = (testing::shared_dir() / "tools" / "score-client").string();
  std::string cmd = "python3 '" + scorer + "' --show 10 --min-cause " + std::to_string(min_cause) + " --bin '" +
                    testing::binary_path().string() + "' '" + tsv + "' 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  ASSERT_NE(pipe, nullptr) << cmd;
  std::string output;
  char buf[4096];
  while (size_t n = fread(buf, 1, sizeof buf, pipe)) output.append(buf, n);
  int status = pclose(pipe);
  ASSERT_NE(output.find("cause "), std::string::npos) << "the scorer printed no figures:\n" << output;
  EXPECT_EQ(status, 0) << tsv << ": cause accuracy fell below " << min_cause << "%:\n" << output;
}

TEST(ClientScore, LabelledClientLinesKeepTheirCauseAccuracy) {
  MAILTRIAGE_REQUIRE_SHARED();
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the scorer cannot run";
  expect_cause_accuracy((testing::shared_dir() / "corpora" / "client" / "messages.tsv").string(), kMinCause);
}

TEST(ClientScore, OwnWordingsKeepTheirCauseAccuracy) {
  MAILTRIAGE_REQUIRE_SHARED();  // the scorer lives there
  if (!have_python3()) GTEST_SKIP() << "python3 is not installed: the scorer cannot run";
  expect_cause_accuracy((testing::source_dir() / "corpora" / "wordings" / "client.tsv").string(),
                        kMinCauseOwnWordings);
}

}  // namespace
}  // namespace mailtriage
