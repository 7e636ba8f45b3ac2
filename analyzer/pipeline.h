// The pipeline: one input at a time, from bytes to lines or messages, to
// events, to classification, to the report and the ndjson stream.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "analyzer/options.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "classifiers/diagnosis.h"
#include "parsers/parser.h"

namespace mailtriage {

class BatchScheduler;
class EventBatch;
struct BatchMark;
class OutputStream;

// With --jobs >= 2, inputs at least this large (and all compressed ones and
// stdin) are read ahead, parsed and classified on separate threads; below it
// the threads cost more than they give.
inline constexpr uint64_t kParallelMinBytes = uint64_t(4) << 20;

// Expands the user's paths: directories are walked recursively (sorted, so
// runs are deterministic), "-" stays stdin. Paths that cannot be walked are
// returned in *unreadable with the reason. `on_first_file`, when given, is
// called once with the first file found (in walk order), while the walk
// goes on.
std::vector<std::string> discover_inputs(const std::vector<std::string>& paths,
                                         std::vector<std::pair<std::string, std::string>>* unreadable,
                                         const std::function<void(const std::string&)>& on_first_file = {});

// True when b is the next member of a's rotation set (mail.log.2.gz then mail.log.1):
// a parser's state should carry on from a into b.
bool same_rotation_set(const std::string& a, const std::string& b);

class Pipeline {
 public:
  // `events` receives ndjson lines when non-null.
  Pipeline(const Options& options, const Classifier& classifier, Report& report, DiagnosisEngine& diagnosis,
           OutputStream* events);
  // Processes one input; its accounting is added to the report. With
  // `continues`, the next input carries on this one's stream (rotation set) and
  // the parser's state (queue ids in flight) is kept for it.
  // Returns false when the input could not be read or was damaged.
  // With options.jobs >= 2 a large input is parsed on one thread while its
  // events are classified on the others (analyzer/batch_scheduler.h); the
  // report and the events written are the same as with one job.
  bool run(const std::string& path, bool continues = false);
  // Runs every input in order (rotation sets carry on); with jobs >= 2 small
  // message files are read, parsed and classified ahead on worker threads.
  // The report, the ndjson and stderr are the same as with one job. Returns
  // false when any input could not be read or was damaged.
  bool run_all(const std::vector<std::string>& files);
  ~Pipeline();

 private:
  struct Opened;
  // `known`: the input's stat when the caller has one (not re-read);
  // `open_fd`: the input already opened by the caller (given over);
  // `whole`: its whole content, already read by the caller (then nothing is opened).
  std::unique_ptr<Opened> open(const std::string& path, bool defer_stderr, const struct stat* known = nullptr,
                               int open_fd = -1, std::optional<std::string_view> whole = std::nullopt);
  void parse_messages(Opened& in, EventSink& sink);
  bool close(Opened& in);
  static ClassifierScratch& worker_scratch();
  // Classifies a batch's events from the `first` on and formats their ndjson (any thread).
  void classify_batch(EventBatch& batch, ClassifierScratch& scratch, size_t first = 0) const;
  // Adds a classified batch to the report, the diagnosis and the ndjson stream (in order).
  void deliver_batch(const EventBatch& batch);
  // The same for the part of a batch between two marks.
  void deliver_batch_part(const EventBatch& batch, const BatchMark& from, const BatchMark& to);
  BatchScheduler& scheduler();

  const Options& options_;
  const Classifier& classifier_;
  Report& report_;
  DiagnosisEngine& diagnosis_;
  OutputStream* events_;
  std::unique_ptr<LineParser> carried_;  // kept across a rotation set
  std::string carried_format_;
  std::unique_ptr<BatchScheduler> scheduler_;  // made for the first large input, reused
  // The one-job path's classifier memory, kept across inputs: a directory of
  // bounces repeats its diagnostics from file to file. It is the calling
  // thread's worker_scratch(), which run_all's groups on this thread use too:
  // one memo per thread (each costs ~1 ms of page faults to set up).
  ClassifierScratch& scratch_;
};

}  // namespace mailtriage
