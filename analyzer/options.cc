#include "analyzer/options.h"

#include <boost/program_options.hpp>
#include <cstdlib>
#include <sstream>
#include <string_view>
#include <thread>
#include <vector>

#include "parsers/registry.h"
#include "parsers/timestamp.h"

namespace mailtriage {
namespace po = boost::program_options;

namespace {

constexpr const char* kUsage =
    "Usage: mailtriage [OPTIONS] [PATH...]\n"
    "Reads mail-server logs, mail-client logs and bounce messages (files, directories walked\n"
    "recursively, compressed .gz/.zst/.bz2/.xz, or '-' / piped stdin), classifies every mail\n"
    "failure into a cause and a reason, and writes a report.\n\n";

constexpr const char* kExitCodes =
    "\nExit status:\n"
    "  0  ran (whatever was found)\n"
    "  2  usage error or fatal error (nothing useful was written)\n"
    "  3  some inputs could not be read or were damaged; the rest was processed\n";

std::string formats_help() {
  std::string s = "input format: auto";
  for (const FormatSpec& f : formats()) s.append("|").append(f.name);
  return s;
}

// Boost's command-line parser takes each argument off the front of a vector,
// which costs the square of their number: `mailtriage ~/bounces/*.eml` over
// 20,000 files spent 0.6 s there (perf: vector::_M_erase under cmdline::run).
// So the paths are taken out first, the way Boost would read them (an
// argument that is neither an option nor the value of the option before it;
// everything after "--"), and only the options go through Boost.
void split_paths(int argc, const char* const* argv, const po::options_description& options,
                 std::vector<const char*>* option_argv, std::vector<std::string>* paths) {
  option_argv->push_back(argc > 0 ? argv[0] : "mailtriage");
  bool only_paths = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (only_paths || arg.size() < 2 || arg[0] != '-') {
      paths->emplace_back(arg);
      continue;
    }
    if (arg == "--") {
      only_paths = true;
      continue;
    }
    option_argv->push_back(argv[i]);
    // "--name value" and "-n value" take the next argument as the value;
    // "--name=value" and "-nvalue" do not.
    const bool long_option = arg.starts_with("--");
    if ((long_option && arg.find('=') != std::string_view::npos) || (!long_option && arg.size() > 2)) continue;
    const po::option_description* d =
        options.find_nothrow(long_option ? std::string(arg.substr(2)) : std::string(arg), long_option);
    if (d && d->semantic()->max_tokens() > 0 && i + 1 < argc) option_argv->push_back(argv[++i]);
  }
}

}  // namespace

OptionsResult parse_options(int argc, const char* const* argv, Options* o, std::string* message) {
  std::string format = "text", since, until;
  po::options_description visible("Options");
  visible.add_options()
      ("help,h", "show this help and exit")
      ("version,V", "show the version and exit")
      ("format,f", po::value<std::string>(&format)->default_value("text"), "output: text|json|ndjson")
      ("input-format,i", po::value<std::string>(&o->input_format)->default_value("auto"), formats_help().c_str())
      ("output,o", po::value<std::string>(&o->output_path), "write to FILE instead of stdout")
      ("since", po::value<std::string>(&since), "only events at or after: RFC 3339, YYYY-MM-DD, today, yesterday")
      ("until", po::value<std::string>(&until), "only events before (a date means the end of that day)")
      ("top", po::value<int>(&o->top)->default_value(10), "rows in each top-N table")
      ("jobs,j", po::value<unsigned>(&o->jobs)->default_value(0), "threads to work on (0 = number of cores)")
      ("all-events", po::bool_switch(&o->all_events), "ndjson: also write delivered records from logs")
      ("show-unrecognized", po::value<int>(&o->show_unrecognized)->default_value(5),
       "unrecognized lines shown per file in the report")
      ("year", po::value<int>(&o->year)->default_value(0),
       "year of syslog timestamps without one (default: inferred from the file's modification time)")
      ("no-progress", "never show progress on stderr");
  po::options_description hidden;
  hidden.add_options()("path", po::value<std::vector<std::string>>(&o->paths));
  po::options_description all;
  all.add(visible).add(hidden);
  po::positional_options_description positional;
  positional.add("path", -1);

  po::variables_map vm;
  try {
    std::vector<const char*> option_argv;
    std::vector<std::string> paths;
    split_paths(argc, argv, all, &option_argv, &paths);
    po::store(po::command_line_parser(int(option_argv.size()), option_argv.data())
                  .options(all)
                  .positional(positional)
                  .run(),
              vm);
    po::notify(vm);
    o->paths.insert(o->paths.end(), paths.begin(), paths.end());
  } catch (const po::error& e) {
    *message = std::string("mailtriage: ") + e.what() + "\nTry 'mailtriage --help'.";
    return OptionsResult::usage_error;
  }
  if (vm.count("help")) {
    std::ostringstream out;
    out << kUsage << visible << kExitCodes;
    *message = out.str();
    return OptionsResult::exit_ok;
  }
  if (vm.count("version")) {
    *message = "mailtriage " MAILTRIAGE_VERSION "\n";
    return OptionsResult::exit_ok;
  }
  if (vm.count("no-progress")) o->progress = false;

  auto fail = [&](const std::string& text) {
    *message = "mailtriage: " + text + "\nTry 'mailtriage --help'.";
    return OptionsResult::usage_error;
  };
  if (format == "text") o->format = OutputFormat::text;
  else if (format == "json") o->format = OutputFormat::json;
  else if (format == "ndjson") o->format = OutputFormat::ndjson;
  else return fail("unknown --format '" + format + "' (text, json or ndjson)");
  if (o->input_format != "auto" && !find_format(o->input_format))
    return fail("unknown --input-format '" + o->input_format + "' (" + formats_help() + ")");
  if (o->top < 1) return fail("--top must be at least 1");
  if (o->show_unrecognized < 0) return fail("--show-unrecognized must not be negative");
  if (o->year != 0 && (o->year < 1970 || o->year > 9999)) return fail("--year must be between 1970 and 9999");

  if (const char* pinned = std::getenv("MAILTRIAGE_NOW")) o->now = std::time_t(std::atoll(pinned));
  if (o->now == 0) o->now = std::time(nullptr);
  int64_t t;
  if (!since.empty()) {
    if (!parse_time_argument(since, o->now, false, &t)) return fail("bad --since '" + since + "'");
    o->since_us = t;
  }
  if (!until.empty()) {
    if (!parse_time_argument(until, o->now, true, &t)) return fail("bad --until '" + until + "'");
    o->until_us = t;
  }
  if (o->jobs == 0) o->jobs = std::max(1u, std::thread::hardware_concurrency());
  return OptionsResult::run;
}

}  // namespace mailtriage
