// Golden tests: the binary over the project's own samples must print exactly
// the checked-in output (tests/golden/cases.txt lists the cases).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "tests/cli_support.h"

namespace mailtriage::testing {
namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Golden, OutputsMatchTheCheckedInFiles) {
  std::ifstream cases(source_dir() / "tests/golden/cases.txt");
  std::string line;
  int checked = 0;
  while (std::getline(cases, line)) {
    if (line.empty() || line[0] == '#') continue;
    size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    std::string name = line.substr(0, tab), args = line.substr(tab + 1);
    // Paths in the cases are relative to the source dir, as in the README.
    auto r = run_mailtriage("--no-progress " + args, "</dev/null", source_dir().string());
    std::filesystem::path expected = source_dir() / "tests/golden" / name;
    ASSERT_TRUE(std::filesystem::exists(expected)) << expected;
    std::string want = read_file(expected);
    if (r.out != want) {
      std::filesystem::path actual = std::filesystem::temp_directory_path() / ("mailtriage-golden-" + name);
      std::ofstream(actual, std::ios::binary) << r.out;
      ADD_FAILURE() << name << " differs from the golden file: diff " << expected << " " << actual
                    << " (after a deliberate change: tests/golden/update.sh)";
    }
    EXPECT_TRUE(r.status == 0 || r.status == 3) << name << " exited " << r.status << ": " << r.err;
    ++checked;
  }
  EXPECT_GE(checked, 5);
}

}  // namespace
}  // namespace mailtriage::testing
