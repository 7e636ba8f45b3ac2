#include "analyzer/pipeline.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/uio.h>
#include <sys/stat.h>

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <condition_variable>
#include <unordered_map>
#include <unordered_set>
#include <mutex>
#include <span>
#include <system_error>
#include <thread>

#include "analyzer/batch_scheduler.h"
#include "analyzer/byte_source.h"
#include "analyzer/file_batch.h"
#include "analyzer/huge_pages.h"
#include "analyzer/json_writer.h"
#include "analyzer/line_reader.h"
#include "analyzer/ndjson.h"
#include "analyzer/output.h"
#include "parsers/mbox.h"
#include "parsers/registry.h"

namespace mailtriage {
namespace fs = std::filesystem;

namespace {

constexpr size_t kSniffBytes = 64 * 1024;
constexpr size_t kMaxMessageBytes = size_t(32) << 20;  // larger messages are cut, not loaded whole
constexpr size_t kMaxSampleChars = 200;
constexpr size_t kMaxMboxInMemory = size_t(256) << 20;

// Rotation sets (mail.log.2.gz, mail.log.1, mail.log) are read oldest first:
// a higher rotation number is older; the unnumbered file is the newest.
struct RotationKey {
  std::string_view base;  // a view into the path
  long number;            // -1 for the live file
};

RotationKey rotation_key(std::string_view name) {
  for (std::string_view ext : {".gz", ".zst", ".bz2", ".xz"})
    if (name.size() > ext.size() && name.ends_with(ext)) {
      name.remove_suffix(ext.size());
      break;
    }
  const size_t dot = name.rfind('.');
  if (dot != std::string_view::npos && dot + 1 < name.size() && name.size() - dot <= 6 &&
      name.find_first_not_of("0123456789", dot + 1) == std::string_view::npos) {
    long number = 0;
    for (char c : name.substr(dot + 1)) number = number * 10 + (c - '0');
    return {name.substr(0, dot), number};
  }
  return {name, -1};
}

void order_rotations(std::vector<std::string>& files) {
  // Each name's key is worked out once: a Maildir holds thousands of files,
  // and a comparison that parsed both names each time cost more than
  // reading the messages' headers.
  struct Keyed {
    size_t group;  // order of first appearance of the rotation set's base name
    long number;   // -1 for the live file
    size_t index;  // position in `files`
  };
  // Two names share a base only when one of them has a rotation number or a
  // compression suffix (paths differ): without any, every file is its own
  // set, and a Maildir's thousands of names need no table.
  if (std::none_of(files.begin(), files.end(), [](const std::string& f) {
        const RotationKey k = rotation_key(f);
        return k.number >= 0 || k.base.size() != f.size();
      }))
    return;
  std::unordered_map<std::string_view, size_t> first_seen;  // views into `files`, which stay put here
  first_seen.reserve(files.size());
  std::vector<Keyed> keyed;
  keyed.reserve(files.size());
  bool sets = false;  // some base name came twice: a rotation set to put in order
  for (size_t i = 0; i < files.size(); ++i) {
    RotationKey k = rotation_key(files[i]);
    auto [it, first] = first_seen.emplace(k.base, first_seen.size());
    sets |= !first;
    keyed.push_back({it->second, k.number, i});
  }
  if (!sets) return;  // every file its own set (a Maildir): the order stands
  std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
    if (a.group != b.group) return a.group < b.group;
    return a.number > b.number;  // older (higher number) first, live file (-1) last
  });
  std::vector<std::string> ordered;
  ordered.reserve(files.size());
  for (const Keyed& k : keyed) ordered.push_back(std::move(files[k.index]));
  files = std::move(ordered);
}

// Whether the start of an open file can be read without waiting for the
// disk (a read that may not wait: RWF_NOWAIT). A kernel or file system
// that cannot say counts as yes.
bool in_page_cache(int fd) {
  char byte;
  struct iovec one = {&byte, 1};
  return ::preadv2(fd, &one, 1, 0, RWF_NOWAIT) >= 0 || errno != EAGAIN;
}

std::string printable_sample(std::string_view line) {
  std::string s;
  for (char c : line.substr(0, kMaxSampleChars)) s.push_back((unsigned char)c < 0x20 ? ' ' : c);
  if (line.size() > kMaxSampleChars) s += "...";
  return s;
}

bool outside_window(const Options& o, const Timestamp& t) {
  if (!t.valid) return false;
  return (o.since_us && t.epoch_us < *o.since_us) || (o.until_us && t.epoch_us >= *o.until_us);
}

// Delivered records from logs are many and tell little one by one: they go
// to the ndjson only on request.
bool writes_event(const Options& o, const Event& e) {
  return o.all_events || e.action != Action::delivered || e.scope == kScopeMessage;
}

// A log's delivered record is only counted unless it is written out: the
// reports count it by hour, and the ndjson leaves it out unless --all-events.
// Its classification (always "delivered") is then of no use, nor is copying
// it for another thread. The sinks tell the parsers so
// (EventSink::counts_deliveries_only) and count such records themselves.
bool deliveries_only_counted(const Options& o, bool ndjson) { return !(ndjson && o.all_events); }
bool only_counted(bool counting, const Event& e) {
  return counting && e.action == Action::delivered && e.scope != kScopeMessage;
}
// What the report and the diagnosis engine take of such a record.
void count_delivery(Report& report, DiagnosisEngine& diagnosis, const Timestamp& time, unsigned port) {
  report.add_delivery(time);
  diagnosis.observe_delivery(time, port);
}

// An event at `time` counts if it falls within --since/--until; either way it
// is accounted for (events, or outside the window).
bool admitted(const Options& o, InputAccount& acc, const Timestamp& time) {
  if (outside_window(o, time)) {
    ++acc.outside_window;
    return false;
  }
  ++acc.events;
  return true;
}

// One job: each event is classified, reported and written as the parser
// produces it.
class PipelineSink final : public EventSink {
 public:
  PipelineSink(const Options& o, const Classifier& c, ClassifierScratch& scratch, Report& r, DiagnosisEngine& d,
               OutputStream* out, InputAccount& acc)
      : options_(o), classifier_(c), scratch_(scratch), report_(r), diagnosis_(d), out_(out), account_(acc),
        counting_(deliveries_only_counted(o, out != nullptr)) {}

  void on_event(Event& e) override {
    if (!admitted(options_, account_, e.time)) return;
    if (only_counted(counting_, e)) {
      count_delivery(report_, diagnosis_, e.time, destination_port_of(e));
      return;
    }
    classifier_.apply(e, &scratch_);
    report_.add_event(e);
    diagnosis_.observe(e);
    if (out_ && writes_event(options_, e)) {
      append_event_ndjson(out_->buffer(), e);
      out_->maybe_flush();
    }
  }
  void on_tally(Tally t, const Timestamp& time) override {
    if (!outside_window(options_, time)) report_.add_tally(t, time);
  }
  bool counts_deliveries_only() const override { return counting_; }
  void on_counted_delivery(const Timestamp& time, uint16_t port, std::string_view text) override {
    if (!counting_) return EventSink::on_counted_delivery(time, port, text);
    if (!admitted(options_, account_, time)) return;
    count_delivery(report_, diagnosis_, time, port ? port : port_named_in(text));
  }

 private:
  const Options& options_;
  const Classifier& classifier_;
  ClassifierScratch& scratch_;
  Report& report_;
  DiagnosisEngine& diagnosis_;
  OutputStream* out_;
  InputAccount& account_;
  const bool counting_;  // counts_deliveries_only()
};

// Several jobs: the parser's thread only copies the events into batches; the
// scheduler classifies them on any thread and delivers them in order. The
// window and the accounting are decided here, as the one-job sink does.
class BatchingSink final : public EventSink {
 public:
  BatchingSink(const Options& o, bool ndjson, BatchScheduler& s, InputAccount& acc)
      : options_(o), counting_(deliveries_only_counted(o, ndjson)), scheduler_(s), account_(acc) {}

  void on_event(Event& e) override {
    if (!admitted(options_, account_, e.time)) return;
    EventBatch& b = scheduler_.batch();
    if (only_counted(counting_, e)) b.add_delivery(e.time, uint16_t(destination_port_of(e)));
    else b.add(e);
    if (b.size() >= kBatchItems || b.arena_bytes() >= kBatchBytes) scheduler_.submit();
  }
  void on_tally(Tally t, const Timestamp& time) override {
    if (outside_window(options_, time)) return;
    EventBatch& b = scheduler_.batch();
    b.add_tally(t, time);
    if (b.size() >= kBatchItems) scheduler_.submit();
  }
  bool counts_deliveries_only() const override { return counting_; }
  void on_counted_delivery(const Timestamp& time, uint16_t port, std::string_view text) override {
    if (!counting_) return EventSink::on_counted_delivery(time, port, text);
    if (!admitted(options_, account_, time)) return;
    EventBatch& b = scheduler_.batch();
    b.add_delivery(time, uint16_t(port ? port : port_named_in(text)));
    if (b.size() >= kBatchItems || b.arena_bytes() >= kBatchBytes) scheduler_.submit();
  }

 private:
  // A couple of thousand events amortise the hand-over between threads; more
  // would only hold memory (an Event is 480 bytes, its strings and its ndjson
  // line as much again: 8192 of them took a run with --all-events from 41 to
  // 94 MiB). Tallies and counted deliveries weigh an eighth (EventBatch::size):
  // a default run over the generated 1 GB log hands over about a third as
  // many batches, each a futex wake and wait between the threads (strace:
  // 5,890 futex calls before); measured over 20 alternating runs, median wall
  // time -2% and CPU time -3%.
  static constexpr size_t kBatchItems = 2048;
  static constexpr size_t kBatchBytes = size_t(1) << 20;
  const Options& options_;
  const bool counting_;  // counts_deliveries_only()
  BatchScheduler& scheduler_;
  InputAccount& account_;
};

[[gnu::noinline]] void keep_unrecognized_sample(InputAccount& acc, uint64_t unit, std::string_view text) {
  acc.unrecognized_samples.emplace_back(unit, printable_sample(text));
}

// Per line of every log: inline, with the rare sample kept out of line.
inline void count_outcome(InputAccount& acc, Outcome o, uint64_t unit, std::string_view text, int max_samples) {
  ++acc.units;
  switch (o) {
    case Outcome::reported: ++acc.reported; break;
    case Outcome::recognized: ++acc.recognized; break;
    case Outcome::unrecognized:
      ++acc.unrecognized;
      if (acc.unrecognized_samples.size() < size_t(max_samples)) [[unlikely]]
        keep_unrecognized_sample(acc, unit, text);
      break;
  }
}

// Progress on stderr for a person watching a terminal: never in pipes, cron,
// with TERM=dumb or NO_COLOR, or with machine output formats.
bool progress_wanted(const Options& o) {
  const char* term = std::getenv("TERM");
  return o.progress && o.format == OutputFormat::text && isatty(STDERR_FILENO) && !std::getenv("NO_COLOR") &&
         !(term && std::string_view(term) == "dumb");
}

// Whether a progress line stands on stderr now: a problem said meanwhile
// clears it first, so that the message starts its own line.
bool progress_line_shown = false;

void show_progress_line(const char* text) {
  std::fputs(text, stderr);
  progress_line_shown = true;
}

void clear_progress_line() {
  if (!progress_line_shown) return;
  std::fputs("\r\033[K", stderr);
  progress_line_shown = false;
}

// One large input: bytes, rate, and the time left when the size is known.
class Progress {
 public:
  Progress(const Options& o, const std::string& path) : path_(path) {
    enabled_ = progress_wanted(o);
    if (!enabled_) return;
    struct stat st;
    if (path != "-" && ::stat(path.c_str(), &st) == 0) total_ = uint64_t(st.st_size);
    start_ = std::chrono::steady_clock::now();
  }
  ~Progress() { clear_progress_line(); }
  // Called every few thousand lines with the decompressed bytes read so far.
  void update(uint64_t bytes, bool compressed) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    if (secs < 1.0) return;
    double rate = double(bytes) / secs;
    char buf[256];
    int n = std::snprintf(buf, sizeof buf, "\r\033[K%s: %.0f MB, %.0f MB/s", path_.c_str(), double(bytes) / 1e6, rate / 1e6);
    if (!compressed && total_ && rate > 0 && bytes < total_)
      std::snprintf(buf + n, sizeof buf - size_t(n), ", %.0f%%, about %.0f s left", 100.0 * double(bytes) / double(total_),
                    double(total_ - bytes) / rate);
    show_progress_line(buf);
  }

 private:
  std::string path_;
  bool enabled_ = false;
  uint64_t total_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
};

// Many inputs (a Maildir): files done of all, the rate, the time left.
class FilesProgress {
 public:
  FilesProgress(const Options& o, size_t total) : total_(total) {
    enabled_ = total >= 2 && progress_wanted(o);
    start_ = last_ = std::chrono::steady_clock::now();
  }
  ~FilesProgress() { clear_progress_line(); }
  void update(size_t done) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    if (secs < 1.0 || done == 0) return;
    double rate = double(done) / secs;
    char buf[160];
    std::snprintf(buf, sizeof buf, "\r\033[K%zu of %zu inputs, %.0f/s, about %.0f s left", done, total_, rate,
                  double(total_ - done) / rate);
    show_progress_line(buf);
  }

 private:
  size_t total_;
  bool enabled_ = false;
  std::chrono::steady_clock::time_point start_, last_;
};

// Said on stderr at once, or, for an input read ahead on another thread,
// kept until the input is delivered, so that stderr keeps the input order.
void note_problem(InputAccount& acc, std::string text) {
  // The path and the problem may carry the input's own bytes (a boundary, a
  // charset name): escaped for the terminal.
  std::string line = "mailtriage: " + printable(acc.path) + ": " + printable(text) + "\n";
  if (acc.defer_stderr) {
    acc.pending_stderr += line;
  } else {
    clear_progress_line();
    std::fputs(line.c_str(), stderr);
  }
  if (acc.problems.size() < 20) acc.problems.push_back(std::move(text));
}

// Collects a whole input's events into one batch (inputs read ahead on a
// worker thread: small message files, whose events are few).
class CollectingSink final : public EventSink {
 public:
  CollectingSink(const Options& o, EventBatch& b, InputAccount& acc) : options_(o), batch_(b), account_(acc) {}
  void on_event(Event& e) override {
    if (!admitted(options_, account_, e.time)) return;
    batch_.add(e);
  }
  void on_tally(Tally t, const Timestamp& time) override {
    if (!outside_window(options_, time)) batch_.add_tally(t, time);
  }

 private:
  const Options& options_;
  EventBatch& batch_;
  InputAccount& account_;
};

}  // namespace

namespace {
// The first file of a walk, to a caller that asked for it (once).
struct FirstFile {
  const std::function<void(const std::string&)>* call = nullptr;
  void offer(const std::string& path) {
    if (call && *call) (*call)(path);
    call = nullptr;
  }
};

// Adds the regular files under `dir` (and symlinks to them; symlinks to
// directories are not followed) to *found; a directory that cannot be opened
// goes to *unreadable. readdir's entry type spares a stat per file:
// std::filesystem's iterator cost 4,000 instructions a file, on the one
// thread that runs before any other starts.
void walk_directory(const std::string& dir, std::vector<std::string>* found,
                    std::vector<std::pair<std::string, std::string>>* unreadable, FirstFile* first) {
  DIR* d = ::opendir(dir.c_str());
  if (!d) {
    unreadable->emplace_back(dir, std::strerror(errno));
    return;
  }
  std::vector<std::string> subdirs;
  std::string prefix = dir;
  if (prefix.empty() || prefix.back() != '/') prefix.push_back('/');
  while (const dirent* e = ::readdir(d)) {
    const std::string_view name = e->d_name;
    if (name == "." || name == "..") continue;
    std::string path;
    path.reserve(prefix.size() + name.size());  // one allocation, not a copy and a regrowth
    path.append(prefix).append(name);
    unsigned char type = e->d_type;
    if (type == DT_UNKNOWN) {  // some file systems do not say: ask
      struct stat st;
      if (::lstat(path.c_str(), &st) != 0) {
        unreadable->emplace_back(std::move(path), std::strerror(errno));
        continue;
      }
      type = S_ISREG(st.st_mode) ? DT_REG : S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK
             : S_ISFIFO(st.st_mode) ? DT_FIFO : S_ISSOCK(st.st_mode) ? DT_SOCK : DT_CHR;
    }
    // What a walk does not read is said, as an input that could not be read,
    // never passed over in silence.
    if (type == DT_LNK) {  // a file through a link counts; a directory is not followed
      struct stat st;
      if (::stat(path.c_str(), &st) != 0) {
        unreadable->emplace_back(std::move(path), std::string("symbolic link: ") + std::strerror(errno));
        continue;
      }
      if (S_ISREG(st.st_mode)) {
        type = DT_REG;
      } else {
        unreadable->emplace_back(std::move(path), S_ISDIR(st.st_mode)
                                                      ? "a symbolic link to a directory: not followed in a directory "
                                                        "walk (give its path to read it)"
                                                      : "a symbolic link to something that is not a file: skipped");
        continue;
      }
    }
    if (type == DT_REG) {
      first->offer(path);
      found->push_back(std::move(path));
    } else if (type == DT_DIR) {
      subdirs.push_back(std::move(path));
    } else {
      // A FIFO could block the run, a device or a socket holds no log.
      unreadable->emplace_back(std::move(path), type == DT_FIFO   ? "a FIFO: skipped in a directory walk"
                                                : type == DT_SOCK ? "a socket: skipped in a directory walk"
                                                                  : "a device: skipped in a directory walk");
    }
  }
  ::closedir(d);
  for (const std::string& sub : subdirs) walk_directory(sub, found, unreadable, first);
}
}  // namespace

std::vector<std::string> discover_inputs(const std::vector<std::string>& paths,
                                         std::vector<std::pair<std::string, std::string>>* unreadable,
                                         const std::function<void(const std::string&)>& on_first_file) {
  std::vector<std::string> files;
  FirstFile first{&on_first_file};
  for (const std::string& p : paths) {
    if (p == "-") {
      files.push_back(p);
      continue;
    }
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec) {
      unreadable->emplace_back(p, ec.message());
      continue;
    }
    if (!fs::is_directory(st)) {
      if (fs::is_regular_file(st)) first.offer(p);
      files.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    const size_t unreadable_before = unreadable->size();
    walk_directory(p, &found, unreadable, &first);
    std::sort(found.begin(), found.end());
    std::sort(unreadable->begin() + std::ptrdiff_t(unreadable_before), unreadable->end());
    files.insert(files.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
  }
  order_rotations(files);
  return files;
}

bool same_rotation_set(const std::string& a, const std::string& b) {
  RotationKey ka = rotation_key(a), kb = rotation_key(b);
  return ka.base == kb.base && (ka.number > kb.number || (ka.number >= 0 && kb.number < 0));
}

Pipeline::~Pipeline() = default;

void Pipeline::classify_batch(EventBatch& b, ClassifierScratch& scratch, size_t first) const {
  for (size_t i = first; i < b.events().size(); ++i) {
    Event& e = b.events()[i];
    classifier_.apply(e, &scratch);
    // Formatting is per event too, so it is done here, in parallel; the lines
    // are written in batch order by deliver_batch().
    if (events_ && writes_event(options_, e)) append_event_ndjson(b.ndjson(), e);
  }
}

void Pipeline::deliver_batch(const EventBatch& b) { deliver_batch_part(b, BatchMark{}, b.mark()); }

void Pipeline::deliver_batch_part(const EventBatch& b, const BatchMark& from, const BatchMark& to) {
  // Each counted delivery in its place: before the first event not before it.
  size_t d = from.deliveries;
  auto deliveries_before = [&](size_t event) {
    for (; d < to.deliveries && b.deliveries()[d].events_before <= event; ++d)
      count_delivery(report_, diagnosis_, b.deliveries()[d].time, b.deliveries()[d].port);
  };
  for (size_t i = from.events; i < to.events; ++i) {
    deliveries_before(i);
    report_.add_event(b.events()[i]);
    diagnosis_.observe(b.events()[i]);
  }
  deliveries_before(to.events);  // the rest: every one has events_before <= to.events
  for (size_t i = from.tallies; i < to.tallies; ++i) report_.add_tally(b.tallies()[i].first, b.tallies()[i].second);
  if (events_ && to.ndjson > from.ndjson)
    events_->write(std::string_view(b.ndjson()).substr(from.ndjson, to.ndjson - from.ndjson));
}

BatchScheduler& Pipeline::scheduler() {
  if (!scheduler_) {
    scheduler_ = std::make_unique<BatchScheduler>(
        options_.jobs, [this](EventBatch& b, ClassifierScratch& scratch) { classify_batch(b, scratch); },
        [this](EventBatch& b) { deliver_batch(b); });
  }
  return *scheduler_;
}

Pipeline::Pipeline(const Options& options, const Classifier& classifier, Report& report, DiagnosisEngine& diagnosis,
                   OutputStream* events)
    : options_(options),
      classifier_(classifier),
      report_(report),
      diagnosis_(diagnosis),
      events_(events),
      scratch_(worker_scratch()) {}

// An input opened and sniffed: the reader at its first byte, the format chosen.
// Not movable: ctx.path views acc.path.
struct Pipeline::Opened {
  Opened() = default;
  Opened(const Opened&) = delete;
  InputAccount acc;
  std::unique_ptr<ByteSource> source;
  std::unique_ptr<LineReader> reader;
  Compression compression = Compression::none;
  FileContext ctx;
  std::string_view head;  // the first bytes, valid until the reader reads on
  const FormatSpec* spec = nullptr;
  const FormatSpec* only_program = nullptr;
  std::string format;
  bool parallel = false;  // read and parsed on threads of its own (a large input)
  bool messages() const { return spec && spec->kind == FormatKind::messages; }
};

std::unique_ptr<Pipeline::Opened> Pipeline::open(const std::string& path, bool defer_stderr,
                                                  const struct stat* known, int open_fd,
                                                  std::optional<std::string_view> whole) {
  auto in = std::make_unique<Opened>();
  InputAccount& acc = in->acc;
  acc.path = path;
  acc.defer_stderr = defer_stderr;
  // One stat per input, or none when the caller has one.
  struct stat input_stat {};
  bool have_stat = false;
  if (known) {
    input_stat = *known;
    have_stat = true;
  } else if (path != "-") {
    have_stat = ::stat(path.c_str(), &input_stat) == 0;
  }
  std::string error;
  in->source = open_input(path, &in->compression, &error, have_stat && S_ISREG(input_stat.st_mode), open_fd, whole);
  if (!in->source) {
    acc.unreadable = true;
    note_problem(acc, "cannot read: " + error);
    return in;
  }
  acc.compression = compression_name(in->compression);
  bool large = path == "-" || (have_stat && uint64_t(input_stat.st_size) >= kParallelMinBytes);
  in->parallel = options_.jobs >= 2 && !defer_stderr && (large || in->compression != Compression::none);
  // Decompressing is a stage of its own, on its own thread (which hands
  // blocks over by copy: decompressing costs far more). Large plain files
  // are read ahead by the line reader itself, without the copy (below).
  if (in->parallel && (in->compression != Compression::none || path == "-")) in->source = read_ahead(std::move(in->source));

  FileContext& ctx = in->ctx;
  ctx.path = acc.path;
  ctx.now = options_.now;
  if (options_.year) {
    std::tm tm{};
    tm.tm_year = options_.year - 1900, tm.tm_mon = 11, tm.tm_mday = 31, tm.tm_hour = 12;
    ctx.mtime = timegm(&tm);
  } else if (have_stat) {
    ctx.mtime = input_stat.st_mtime;
  }

  in->reader = std::make_unique<LineReader>(*in->source);
  // A large plain file read by the parser's thread: its read() calls move to
  // a thread of their own, with no copy (LineReader::read_ahead).
  if (in->parallel && in->compression == Compression::none && path != "-") in->reader->read_ahead();
  in->head = in->reader->peek(kSniffBytes);
  if (in->head.empty() && !in->reader->failed()) note_problem(acc, "empty input");
  else if (in->head.find('\0') != std::string_view::npos)
    note_problem(acc, "binary data (NUL bytes): not a log or a mail message; its lines are counted as unrecognized");
  in->spec = options_.input_format == "auto" ? detect_format(in->head) : find_format(options_.input_format);
  // A program's format (named, or sniffed from its bare messages) reads
  // syslog-family lines of that program only.
  if (in->spec && in->spec->kind == FormatKind::program) in->only_program = in->spec, in->spec = nullptr;
  // A log with CR-only line ends (no LF in its first bytes, CRs there): its
  // lines end at the CRs. Message inputs split such files themselves (mbox).
  if (!in->messages() && in->head.find('\n') == std::string_view::npos &&
      in->head.find('\r') != std::string_view::npos)
    in->reader->use_cr_line_ends();
  in->format = in->spec ? std::string(in->spec->name)
                        : in->only_program ? "syslog/" + std::string(in->only_program->name) : std::string("syslog");
  return in;
}

void Pipeline::parse_messages(Opened& in, EventSink& sink) {
  InputAccount& acc = in.acc;
  LineReader& reader = *in.reader;
  acc.format = std::string(in.spec->name);
  acc.messages = true;
  // One parser per thread and format, reused from file to file.
  thread_local std::vector<std::pair<const FormatSpec*, std::unique_ptr<MessageParser>>> kept;
  MessageParser* parser = nullptr;
  for (auto& [spec, p] : kept)
    if (spec == in.spec && p->reuse_for(in.ctx)) parser = p.get();
  if (!parser) {
    std::erase_if(kept, [&](const auto& k) { return k.first == in.spec; });
    kept.emplace_back(in.spec, in.spec->make_messages(in.ctx));
    parser = kept.back().second.get();
  }
  std::string diagnostic;
  auto one_message = [&](std::string_view bytes, uint64_t index) {
    diagnostic.clear();
    Outcome o = parser->parse_message(bytes, index, sink, &diagnostic);
    // Damage is said even when the message still gave events (truncated MIME, ...).
    if (!diagnostic.empty() && acc.problems.size() < 20)
      note_problem(acc, "message " + std::to_string(index) + ": " + diagnostic);
    count_outcome(acc, o, index, diagnostic.empty() ? bytes.substr(0, 80) : std::string_view(diagnostic),
                  options_.show_unrecognized);
  };
  std::string_view head = in.head;
  if (head.starts_with("From ") && head.find('\n') == std::string_view::npos) {
    // An mbox with CR-only line ends (old Mac mail stores): split in memory.
    std::string bytes;
    bool cut = false;
    reader.read_rest(&bytes, kMaxMboxInMemory, &cut);
    if (cut) note_problem(acc, "CR-only mbox larger than 256 MiB: the rest was not read");
    split_mbox(bytes, one_message);
  } else if (head.starts_with("From ")) {
    // mbox: messages start at "From " lines; ">From " escapes (mboxrd) are undone.
    std::string message;
    uint64_t index = 0;
    bool cut = false, prev_blank = true, message_cut = false;
    std::string_view line;
    while (reader.next(&line, &cut)) {
      // The first line opens the first message whatever it says (it made the file an mbox).
      if (index == 0 ? line.starts_with("From ") : starts_mbox_message(line, prev_blank)) {
        if (index) one_message(message, index);
        if (message_cut) note_problem(acc, "message " + std::to_string(index) + " larger than 32 MiB: cut");
        message.clear();
        message_cut = false;
        ++index;
        prev_blank = false;
        continue;
      }
      prev_blank = line.empty();
      if (is_quoted_from(line)) line.remove_prefix(1);
      if (message.size() + line.size() + 1 <= kMaxMessageBytes) {
        message.append(line);
        message.push_back('\n');
      } else {
        message_cut = true;
      }
    }
    if (index) one_message(message, index);
  } else {
    // A message file small enough is read where the reader holds it;
    // a larger one into a string kept from file to file on this thread.
    std::string_view whole;
    if (reader.view_rest(&whole, kMaxMessageBytes)) {
      one_message(whole, 1);
      return;
    }
    thread_local std::string bytes;
    bool cut = false;
    reader.read_rest(&bytes, kMaxMessageBytes, &cut);
    if (cut) note_problem(acc, "message larger than 32 MiB: cut");
    one_message(bytes, 1);
    if (bytes.capacity() > (size_t(4) << 20)) std::string().swap(bytes);  // a rare large message: not kept
  }
}

// The end of an input: what the reader saw, into the report.
bool Pipeline::close(Opened& in) {
  in.acc.bytes = in.reader->bytes_read();
  bool ok = true;
  if (in.reader->failed()) {
    note_problem(in.acc, "read stopped early: " + in.reader->error() + " (what was read before is counted)");
    ok = false;
  }
  return ok;
}

bool Pipeline::run(const std::string& path, bool continues) {
  std::unique_ptr<Opened> opened = open(path, false);
  Opened& in = *opened;
  InputAccount& acc = in.acc;
  if (acc.unreadable) {
    report_.add_input(std::move(acc));
    return false;
  }
  LineReader& reader = *in.reader;
  const FormatSpec* spec = in.spec;
  const std::string& format = in.format;
  // From here to the end of the input is the parser's work: on this thread
  // with one job; with several, on the producer's thread of the scheduler,
  // while this thread and the others classify and deliver its events.
  auto parse_input = [&](EventSink& sink) {
    if (carried_ && !in.messages() && carried_format_ == format && carried_->continue_with(in.ctx)) {
      // the parser from the previous member of the rotation set reads on
    } else if (carried_) {
      carried_->finish(sink);
      carried_.reset();
    }

    if (in.messages()) {
      parse_messages(in, sink);
    } else {
      std::unique_ptr<LineParser> parser = std::move(carried_);
      acc.format = format;
      if (!parser) parser = spec ? spec->make_lines(in.ctx) : make_syslog_dispatcher(in.ctx, in.only_program);
      std::string_view line;
      bool cut = false;
      uint64_t line_no = 0, cut_lines = 0;
      Progress progress(options_, path);
      while (reader.next(&line, &cut)) {
        ++line_no;
        if ((line_no & 0x3fff) == 0) progress.update(reader.bytes_read(), in.compression != Compression::none);
        if (cut && ++cut_lines <= 3)
          note_problem(acc, "line " + std::to_string(line_no) + " is longer than 1 MiB: only its start was read");
        count_outcome(acc, parser->parse_line(line, line_no, sink), line_no, line, options_.show_unrecognized);
      }
      if (cut_lines > 3) note_problem(acc, std::to_string(cut_lines) + " lines in all were longer than 1 MiB");
      if (continues) {
        carried_ = std::move(parser);
        carried_format_ = format;
      } else {
        parser->finish(sink);
      }
    }
  };
  if (in.parallel) {
    BatchScheduler& s = scheduler();
    BatchingSink sink(options_, events_ != nullptr, s, acc);
    s.run([&] { parse_input(sink); });
  } else {
    PipelineSink sink(options_, classifier_, scratch_, report_, diagnosis_, events_, acc);
    parse_input(sink);
  }
  bool ok = close(in);
  report_.add_input(std::move(acc));
  // Not a flush per input: a Maildir is thousands of inputs, and a write
  // each cost more than their parsing. The stream goes out in 64 KiB blocks.
  if (events_) events_->maybe_flush();
  return ok;
}

// Many inputs: small message files (a Maildir of bounces) are independent of
// each other, so worker threads open, parse and classify them ahead, each
// into a batch of its own, while this thread delivers the batches in input
// order: the report, the ndjson and stderr come out as with one job. Every
// other input (logs, whose parsers carry state from line to line and across
// a rotation set; large or piped inputs) is run by this thread at its turn,
// as run() does. With one job there are no workers, and this thread goes
// through the same groups: a group's files are read with one system call
// (FileBatchReader) and a walked file is not stat'ed; file by file through
// run(), 10,000 bounces took 0.33-0.45 s against 0.24-0.25 s (alternating runs).
bool Pipeline::run_all(const std::vector<std::string>& files) {
  bool all_ok = true;
  FilesProgress progress(options_, files.size());
  if (files.size() < 2) {
    if (!files.empty()) all_ok = run(files[0], false);
    progress.update(files.size());
    return all_ok;
  }

  // Workers claim runs of consecutive inputs (groups), each parsed into one
  // batch: one claim, one hand-over and one wake-up per group rather than
  // per file. Per file, a Maildir of bounces is a few KB of work, and
  // waking the delivering thread for each one cost about as much as parsing
  // the file.
  const size_t jobs = options_.jobs;
  constexpr size_t kMaxGroup = 16;
  const size_t per_group = std::clamp<size_t>(files.size() / (jobs * 8), 1, kMaxGroup);
  const size_t group_count = (files.size() + per_group - 1) / per_group;
  struct Ahead {
    bool handled = false;  // a message file, parsed and classified; else this thread runs it
    bool ok = true;
    std::unique_ptr<Opened> in;
    BatchMark end;  // the group's batch as this file left it
    std::exception_ptr error;
  };
  struct Group {
    bool done = false;  // the worker finished with it
    std::vector<Ahead> files;
    EventBatch batch;
  };
  // A window of groups in flight, so memory does not grow with the inputs' number.
  const size_t window = jobs * 4;
  std::vector<Group> ring(window);
  for (Group& g : ring) g.files.resize(per_group);
  std::mutex mu;
  std::condition_variable cv;
  size_t next = 0, delivered = 0;  // groups
  bool stop = false;

  // `fd`: the file opened by work_on_group (-1: it could not be, or is stdin).
  // A file the walk of a directory found (not one named on the command
  // line, which may be a pipe or a device) is a regular file: readdir said
  // so, and an fstat per file was 1.6% of a Maildir run's CPU. Its size is
  // not asked either: a large message file is then parsed here rather than
  // with a read-ahead thread, and a log, large or not, goes back to this
  // thread's turn as any log does.
  const std::unordered_set<std::string_view> named(options_.paths.begin(), options_.paths.end());
  // `whole`: the file's content, read with its group (then fd is -1);
  // `walked`: found by a directory's walk, not named.
  auto work_on = [&](size_t i, Ahead& a, EventBatch& batch, int fd, std::optional<std::string_view> whole,
                     bool walked) {
    if (fd < 0 && !whole) return;  // stdin, or a failed open: this thread runs it at its turn and says why
    struct stat st {};
    if (walked) {
      st.st_mode = S_IFREG;
    } else if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || uint64_t(st.st_size) >= kParallelMinBytes) {
      ::close(fd);
      return;  // large or special: this thread runs it at its turn
    }
    std::unique_ptr<Opened> in = open(files[i], true, &st, fd, whole);
    if (!in->acc.unreadable && !in->messages()) return;  // a log: run() at its turn
    if (!in->acc.unreadable) {
      const size_t first_event = batch.events().size();
      CollectingSink sink(options_, batch, in->acc);
      parse_messages(*in, sink);
      a.ok = close(*in);
      // The reader's buffer goes back to this thread's spare, for its next file.
      in->head = {};
      in->reader.reset();
      in->source.reset();
      classify_batch(batch, worker_scratch(), first_event);
    } else {
      a.ok = false;
    }
    a.in = std::move(in);
    a.handled = true;
  };
  auto work_on_group = [&](size_t gi, Group& g) {
    const size_t first = gi * per_group, last = std::min(files.size(), first + per_group);
    // The files a directory's walk found (regular ones, by readdir's word)
    // are opened and read a group at a time by io_uring where the kernel
    // offers it (analyzer/file_batch.h), as far as they are in the page cache.
    thread_local FileBatchReader batch_reader;
    const std::string* batched[kMaxGroup];
    size_t batch_of[kMaxGroup];  // the file's place in the batch, or kMaxGroup: not in it
    bool walked[kMaxGroup];
    size_t batched_count = 0;
    for (size_t i = first; i < last; ++i) {
      walked[i - first] = files[i] != "-" && !named.count(files[i]);
      batch_of[i - first] = walked[i - first] && batch_reader.batched() ? batched_count : kMaxGroup;
      if (batch_of[i - first] != kMaxGroup) batched[batched_count++] = &files[i];
    }
    if (batched_count) batch_reader.read(std::span(batched, batched_count));
    // The rest are opened here (O_NONBLOCK, so that a FIFO named on the
    // command line does not block the open), and those not in the page
    // cache are asked for at once: a cold Maildir is then read a group at a
    // time, not one file per parse (perf sched: each thread spent about half
    // of the first 60 ms of a run waiting for reads; on these machines the
    // page cache lets go of a few percent of 10,000 files within 20 s).
    // Whether the group is cold is asked of its first file, with a one-byte
    // read that may not wait: asking the kernel for every file cost 5% more
    // CPU when all were cached, and a probe of every file a syscall per file.
    int fds[kMaxGroup];
    std::optional<std::string_view> wholes[kMaxGroup];
    int first_opened = -1;
    for (size_t i = first; i < last; ++i) {
      const size_t k = i - first;
      if (batch_of[k] != kMaxGroup) wholes[k] = batch_reader.whole(batch_of[k]);
      fds[k] = wholes[k] || files[i] == "-" ? -1 : ::open(files[i].c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
      if (first_opened < 0 && fds[k] >= 0) first_opened = int(k);
    }
    if (first_opened >= 0 && !in_page_cache(fds[first_opened]))
      for (size_t k = 0; k < last - first; ++k)
        if (fds[k] >= 0) ::posix_fadvise(fds[k], 0, 0, POSIX_FADV_WILLNEED);
    for (size_t i = first; i < last; ++i) {
      Ahead& a = g.files[i - first];
      try {
        work_on(i, a, g.batch, fds[i - first], wholes[i - first], walked[i - first]);
      } catch (...) {
        a.error = std::current_exception();
      }
      a.end = g.batch.mark();
    }
  };
  // This thread is one of the jobs: while the group it must deliver next is
  // not done, it claims and parses the next unclaimed group itself, and
  // sleeps only when none is left to claim. A delivering thread that only
  // waited was a third thread on two cores: it woke once per group, and the
  // switches cost a tenth of the CPU on a Maildir of bounces.
  auto claim = [&](std::unique_lock<std::mutex>& lock) -> bool {
    if (stop || next >= group_count || next >= delivered + window) return false;
    const size_t gi = next++;
    Group& g = ring[gi % window];
    lock.unlock();
    work_on_group(gi, g);
    lock.lock();
    g.done = true;
    cv.notify_all();
    return true;
  };
  auto worker = [&] {
    use_huge_pages_for_thread_heap();
    std::unique_lock<std::mutex> lock(mu);
    for (;;) {
      cv.wait(lock, [&] { return stop || (next < group_count && next < delivered + window); });
      if (!claim(lock)) return;
    }
  };
  std::vector<std::thread> workers;
  for (unsigned t = 1; t < options_.jobs; ++t) {
    try {
      workers.emplace_back(worker);
    } catch (const std::system_error&) {
      break;  // a thread the system refuses is one worker less
    }
  }
  auto stop_workers = [&] {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    cv.notify_all();
    for (std::thread& t : workers) t.join();
    workers.clear();
  };
  try {
    BatchMark from;  // where the current file's part of its group's batch starts
    for (size_t i = 0; i < files.size(); ++i) {
      const size_t gi = i / per_group, k = i % per_group;
      Group& g = ring[gi % window];
      if (k == 0) {
        std::unique_lock<std::mutex> lock(mu);
        while (!g.done)
          if (!claim(lock)) cv.wait(lock);
        from = BatchMark{};
      }
      Ahead& a = g.files[k];
      if (a.error) std::rethrow_exception(a.error);
      const bool continues = i + 1 < files.size() && same_rotation_set(files[i], files[i + 1]);
      if (!a.handled) {
        all_ok &= run(files[i], continues);
      } else {
        InputAccount& acc = a.in->acc;
        if (!acc.pending_stderr.empty()) clear_progress_line();
        std::fputs(acc.pending_stderr.c_str(), stderr);
        acc.pending_stderr.clear();
        acc.defer_stderr = false;
        if (carried_) {  // as run() does: the previous log's parser ends before this input
          PipelineSink sink(options_, classifier_, scratch_, report_, diagnosis_, events_, acc);
          carried_->finish(sink);
          carried_.reset();
        }
        deliver_batch_part(g.batch, from, a.end);
        report_.add_input(std::move(acc));
        if (events_) events_->maybe_flush();
        all_ok &= a.ok;
      }
      from = a.end;
      a.handled = false;
      a.ok = true;
      a.in.reset();
      a.error = nullptr;
      if (k + 1 == per_group || i + 1 == files.size()) {  // the group is delivered: its slot is free
        {
          std::lock_guard<std::mutex> lock(mu);
          g.done = false;
          g.batch.clear();
          ++delivered;
        }
        cv.notify_all();
      }
      progress.update(i + 1);
    }
  } catch (...) {
    stop_workers();
    throw;
  }
  stop_workers();
  return all_ok;
}

ClassifierScratch& Pipeline::worker_scratch() {
  thread_local ClassifierScratch scratch;
  return scratch;
}

}  // namespace mailtriage
