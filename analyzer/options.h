// Command-line options: defined once (options.cc), giving parsing and --help.
#pragma once

#include <cstdint>
#include <ctime>
#include <optional>
#include <string>
#include <vector>

namespace mailtriage {

enum class OutputFormat : uint8_t { text, json, ndjson };

struct Options {
  std::vector<std::string> paths;
  OutputFormat format = OutputFormat::text;
  std::string input_format = "auto";
  std::string output_path;                   // empty = stdout
  std::optional<int64_t> since_us, until_us; // event time window, epoch microseconds
  int top = 10;
  unsigned jobs = 0;                         // 0 = number of cores
  bool all_events = false;                   // ndjson: also delivered records from logs
  int show_unrecognized = 5;                 // samples per file in the report
  int year = 0;                              // pinned year for syslog lines without one
  bool progress = true;                      // on a terminal only
  std::time_t now = 0;                       // MAILTRIAGE_NOW pins it (tests)
};

enum class OptionsResult { run, exit_ok, usage_error };

// Parses argv. On exit_ok, *message is the --help or --version text for stdout;
// on usage_error it is the error for stderr.
OptionsResult parse_options(int argc, const char* const* argv, Options* options, std::string* message);

}  // namespace mailtriage
