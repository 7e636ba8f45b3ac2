// Damaged messages never crash the bounce parser: the project's samples,
// mutated at random (deterministically), each end in an outcome, and every
// event names a recipient index. Run it under -DMAILTRIAGE_SANITIZE=ON.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "parsers/bounce.h"
#include "tests/test_support.h"

namespace mailtriage {
namespace {

std::vector<std::string> samples() {
  std::vector<std::string> out;
  for (const auto& e : std::filesystem::recursive_directory_iterator(testing::source_dir() / "corpora" / "bounces")) {
    if (!e.is_regular_file()) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    out.push_back(ss.str());
  }
  return out;
}

TEST(BounceFuzz, MutatedMessagesEndInAnOutcome) {
  std::vector<std::string> seeds = samples();
  ASSERT_FALSE(seeds.empty());
  std::mt19937 rng(20250303);
  FileContext ctx;
  ctx.path = "fuzz.eml";
  auto parser = make_bounce_parser(ctx);
  testing::CollectingSink sink;
  size_t outcomes[3] = {};
  for (int round = 0; round < 3000; ++round) {
    std::string m = seeds[rng() % seeds.size()];
    for (int k = 1 + int(rng() % 6); k > 0 && !m.empty(); --k) {
      size_t pos = rng() % m.size();
      switch (rng() % 6) {
        case 0: m[pos] = char(rng()); break;                              // flip a byte
        case 1: m.erase(pos, rng() % 200); break;                         // cut a piece out
        case 2: m.insert(pos, m.substr(rng() % m.size(), rng() % 300)); break;  // duplicate a piece
        case 3: m.insert(pos, "\n--"); break;                             // a stray boundary start
        case 4: m.resize(pos); break;                                     // truncate
        case 5: m.insert(pos, "\r"); break;                               // mixed line ends
      }
    }
    sink.events.clear();
    std::string diagnostic;
    Outcome o = parser->parse_message(m, 1, sink, &diagnostic);
    ++outcomes[size_t(o)];
    for (const auto& e : sink.events) EXPECT_GE(e.recipient_index, 1u);
    if (o == Outcome::reported) {
      EXPECT_FALSE(sink.events.empty());
    }
  }
  // The mutations keep most messages readable: the parser recovers rather than gives up.
  EXPECT_GT(outcomes[size_t(Outcome::reported)], 1000u);
}

}  // namespace
}  // namespace mailtriage
