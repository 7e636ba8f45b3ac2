// The pipeline: one input at a time, from bytes to lines or messages, to
// events, to classification, to the report and the ndjson stream.
#pragma once

#include <string>
#include <vector>

#include "analyzer/options.h"
#include "analyzer/report.h"
#include "classifiers/classifier.h"
#include "classifiers/diagnosis.h"

namespace mailtriage {

class OutputStream;

// Expands the user's paths: directories are walked recursively (sorted, so
// runs are deterministic), "-" stays stdin. Paths that cannot be walked are
// returned in *unreadable with the reason.
std::vector<std::string> discover_inputs(const std::vector<std::string>& paths,
                                         std::vector<std::pair<std::string, std::string>>* unreadable);

class Pipeline {
 public:
  // `events` receives ndjson lines when non-null.
  Pipeline(const Options& options, const Classifier& classifier, Report& report, DiagnosisEngine& diagnosis,
           OutputStream* events);
  // Processes one input completely; its accounting is added to the report.
  // Returns false when the input could not be read or was damaged.
  bool run(const std::string& path);

 private:
  const Options& options_;
  const Classifier& classifier_;
  Report& report_;
  DiagnosisEngine& diagnosis_;
  OutputStream* events_;
};

}  // namespace mailtriage
