// mailtriage: the only place that talks to the user (exit codes, stderr).
#include <fcntl.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <thread>

#include "analyzer/huge_pages.h"
#include "analyzer/json_writer.h"
#include "analyzer/ndjson.h"
#include "analyzer/options.h"
#include "analyzer/output.h"
#include "analyzer/pipeline.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "classifiers/diagnosis.h"
#include "parsers/registry.h"

namespace {
constexpr int kExitOk = 0;
constexpr int kExitUsage = 2;
constexpr int kExitSomeInputsUnreadable = 3;
}  // namespace

int main(int argc, char** argv) {
  using namespace mailtriage;
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as EPIPE and ends quietly (output.cc)
  use_huge_pages_for_main_heap();  // before anything is allocated in earnest (analyzer/huge_pages.h)
  // Not a terminal (cron, a pipe, a file): stderr is written in blocks, not
  // a system call per message (a Maildir of damaged bounces says a line per
  // file: 986 writes in a run over 10,000). Flushed before the program ends.
  static char stderr_buffer[1 << 16];
  if (!isatty(STDERR_FILENO)) std::setvbuf(stderr, stderr_buffer, _IOFBF, sizeof stderr_buffer);

  Options options;
  std::string message;
  switch (parse_options(argc, argv, &options, &message)) {
    case OptionsResult::exit_ok:
      std::fputs(message.c_str(), stdout);
      return kExitOk;
    case OptionsResult::usage_error: {
      // The message may quote the user's argument: shown escaped, as input text is.
      std::string shown;
      append_printable(shown, message, true);
      std::fprintf(stderr, "%s\n", shown.c_str());
      return kExitUsage;
    }
    case OptionsResult::run: break;
  }
  if (options.paths.empty()) {
    if (isatty(STDIN_FILENO)) {
      std::fprintf(stderr, "mailtriage: no input: give files or directories, or pipe data to stdin\n"
                           "Try 'mailtriage --help'.\n");
      return kExitUsage;
    }
    options.paths.push_back("-");
  }

  std::string error;
  std::unique_ptr<Classifier> classifier = Classifier::create(&error);
  if (!classifier) {
    std::fprintf(stderr, "mailtriage: the rule table does not compile: %s\n", error.c_str());
    return kExitUsage;
  }

  int fd = STDOUT_FILENO;
  if (!options.output_path.empty()) {
    fd = ::open(options.output_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
      std::fprintf(stderr, "mailtriage: cannot write %s: %s\n", options.output_path.c_str(), std::strerror(errno));
      return kExitUsage;
    }
  }

  // With several jobs, the first file found is looked at while the walk
  // goes on: when it is a mail message (a Maildir), the message rules are
  // compiled meanwhile on a thread of their own. Walking 10,000 files and
  // compiling the rules take about as long as each other, and were done one
  // after the other. (Joined before the classifier goes.)
  std::jthread warm_up;
  auto warm_up_for = [&](const std::string& path) {
    if (options.jobs < 2) return;
    const FormatSpec* spec = nullptr;
    if (options.input_format != "auto") {
      spec = find_format(options.input_format);
    } else {
      const int in = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
      if (in < 0) return;
      char head[4096];
      const ssize_t got = ::read(in, head, sizeof head);
      ::close(in);
      if (got > 0) spec = detect_format(std::string_view(head, size_t(got)));
    }
    if (!spec || spec->kind != FormatKind::messages) return;
    warm_up = std::jthread([&classifier] {
      use_huge_pages_for_thread_heap();
      try {
        classifier->prepare(kScopeMessage);
      } catch (const std::exception&) {
        // The first classify() compiles again and reports it.
      }
    });
  };
  std::vector<std::pair<std::string, std::string>> unreadable;
  std::vector<std::string> files = discover_inputs(options.paths, &unreadable, warm_up_for);
  Report report(size_t(options.top));
  for (const auto& [path, why] : unreadable) {
    std::fprintf(stderr, "mailtriage: %s: cannot read: %s\n", printable(path).c_str(), why.c_str());
    InputAccount acc;
    acc.path = path;
    acc.unreadable = true;
    acc.problems.push_back("cannot read: " + why);
    report.add_input(std::move(acc));
  }

  OutputStream out(fd);
  bool all_read = unreadable.empty();
  DiagnosisEngine diagnosis;
  try {
    Pipeline pipeline(options, *classifier, report, diagnosis,
                      options.format == OutputFormat::ndjson ? &out : nullptr);
    all_read &= pipeline.run_all(files);
  } catch (const std::exception& e) {  // out of memory, or a rule table that does not compile
    out.flush();
    std::fprintf(stderr, "mailtriage: fatal: %s\n", e.what());
    return kExitUsage;
  }
  std::vector<Diagnosis> diagnoses = diagnosis.finish();
  if (options.format == OutputFormat::ndjson)
    for (const Diagnosis& d : diagnoses) append_event_ndjson(out.buffer(), diagnosis_event(d));
  report.set_diagnoses(std::move(diagnoses));
  if (options.format == OutputFormat::text) out.write(report.to_text());
  else if (options.format == OutputFormat::json) out.write(report.to_json());
  out.flush();
  if (out.failed()) {
    std::fprintf(stderr, "mailtriage: writing the output failed: %s\n", std::strerror(errno));
    return kExitUsage;
  }
  if (fd != STDOUT_FILENO) ::close(fd);
  const int status = all_read ? kExitOk : kExitSomeInputsUnreadable;
#if !defined(__SANITIZE_ADDRESS__)
  // Everything is written: the process ends without taking its tables apart
  // (the compiled rules, the report's maps, the batches) and without waiting
  // for a warm-up compile nothing needs any more. Freeing took about 2 ms of
  // a 10,000-bounce run, the wait up to 26 ms of a run over one feedback
  // report. A sanitizer build returns, so that its leak check runs at exit.
  std::fflush(stdout);
  std::fflush(stderr);
  std::_Exit(status);
#endif
  return status;
}
