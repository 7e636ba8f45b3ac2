#include "classifiers/classifier.h"

#include "classifiers/host_typos.h"
#include "classifiers/identity_mask.h"
#include "classifiers/literal_pattern.h"

#include "parsers/short_text.h"

#include <re2/re2.h>
#include <re2/filtered_re2.h>
#include <re2/set.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <unordered_map>
#include <functional>

#include "parsers/smtp_codes.h"

namespace mailtriage {
namespace {

// Whether the rule asks for a hint the format named (kWithoutHint asks only
// that there be none: the rule is no more specific and its evidence no more
// the context than a rule without a hint).
bool names_hint(const Rule& r) { return !r.hint.empty() && r.hint != kWithoutHint; }

// Precedence tiers (ARCHITECTURE.md, "Rule precedence"): a decisive rule beats
// specific text, specific text beats a code or status, a code beats vague text.
int tier_of(const Rule& r) {
  if (r.weight == Weight::decisive) return 4;
  if (!r.pattern.empty()) return r.weight == Weight::vague ? 1 : 3;
  if (r.status.empty() && r.code_min == 0 && r.actions == 0 && !names_hint(r) && r.commands.empty())
    return 0;  // fallback
  return 2;
}

int specificity_of(const Rule& r) {
  int s = r.pattern.empty() ? 0 : 8;
  // The enhanced status is finer than the reply code: each of its parts
  // ("*.1.6" has three) outweighs an exact reply code.
  if (!r.status.empty()) {
    int parts = 1;
    for (char c : r.status) parts += c == '.';
    if (r.status.back() == '.') --parts;
    s += 3 * parts;
  }
  if (r.code_min != 0) s += (r.code_min == r.code_max) ? 2 : 1;
  if (r.actions != 0) s += 1;
  if (names_hint(r)) s += 4;
  if (!r.remote_hosts.empty()) s += 2;  // the same words, from that provider's own hosts
  // A rule written for one kind of input (bounce messages, server logs) is
  // more constrained than one for all, and wins a tie on the same text.
  if (r.scopes != kScopeAll) s += 1;
  return s;
}

// SMTP commands as bits, so that a rule's command list is parsed once.
enum : uint8_t {
  kCmdConn = 1, kCmdHelo = 2, kCmdMail = 4, kCmdRcpt = 8, kCmdData = 16, kCmdOther = 32, kCmdNone = 64,
};

uint8_t command_bit(std::string_view c) {
  if (c.empty() || c == "-") return kCmdNone;
  if (c == "CONN") return kCmdConn;
  if (c == "HELO" || c == "EHLO") return kCmdHelo;
  if (c == "MAIL") return kCmdMail;
  if (c == "RCPT") return kCmdRcpt;
  if (c == "DATA") return kCmdData;
  return kCmdOther;
}

uint8_t command_mask(std::string_view list) {
  uint8_t mask = 0;
  while (!list.empty()) {
    size_t bar = list.find('|');
    mask |= command_bit(list.substr(0, bar));
    if (bar == std::string_view::npos) break;
    list.remove_prefix(bar + 1);
  }
  return mask;
}

// "5.1.1" matches exactly "5.1.1"; "5.7." matches "5.7.x"; '*' matches any class digit.
bool status_matches(std::string_view prefix, std::string_view status) {
  if (prefix.empty()) return true;
  if (status.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (prefix[i] == '*' && i == 0) continue;
    if (prefix[i] != status[i]) return false;
  }
  return prefix.back() == '.' || status.size() == prefix.size();
}

// Patterns are matched per input scope (server logs, bounce messages, client
// logs), each scope holding only its own rules, and compiled when an input of
// that scope first needs them: a run over bounces never compiles the client
// rules. Inputs of several scopes (tests) use all the rules.
//
// Matching is RE2's FilteredRE2: each pattern yields "atoms", literal strings
// a text must contain for the pattern to match; one pass over the lowercased
// text finds the atoms present, and only the patterns they let through are
// run, each with its own small DFA. Measured against one RE2::Set of all the
// scope's patterns: as fast on texts whose shape was seen before (the set's
// DFA is warm), and ten times faster on a text of a new shape (about 50 us
// instead of 550 us per bounce diagnostic), because the set builds DFA states
// for ~100 patterns at every new byte. Bounces are mostly texts of new shapes.
// Patterns that are only literal texts (the generated rules for other
// languages) bypass RE2, and so do the alternatives of other patterns that
// read as phrases: see literal_pattern.h.
class PatternSet {
 public:
  // Bytes, not UTF-8 characters: the patterns are ASCII (a rule-table test
  // holds them to it), so case folds as ASCII either way, and a '.' or \S
  // is one byte instead of a small automaton for a UTF-8 sequence. The
  // bounded spans (".{1,60}") cost nearly half the compile in UTF-8 and
  // larger DFAs; in bytes a span of 60 holds fewer characters of a non-ASCII
  // text, which those spans are not written for. The message rules compiled
  // in 10.0 ms instead of 11.2, and 6.8 instead of 9.0 (two pairs of runs),
  // 10,000 bounces took 2% fewer instructions, and every corpus gave the
  // same results.
  static RE2::Options options() {
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    o.set_encoding(RE2::Options::EncodingLatin1);
    return o;
  }
  // Adds rule i's pattern (or joins the rules that share it, so the same
  // words compile once). The pattern's syntax was checked by the caller.
  void add(std::span<const Rule* const> rules, int i) {
    const Rule& r = *rules[size_t(i)];
    for (auto& sharing : index_to_rules_)
      if (rules[size_t(sharing.front())]->pattern == r.pattern) {
        sharing.push_back(i);
        return;
      }
    index_to_rules_.push_back({i});
    patterns_.push_back(r.pattern);
  }
  bool empty() const { return patterns_.empty(); }
  // Compiles the shards no thread has started, waits for the rest, builds
  // the atom index once. Thread-safe; match() calls it first.
  void ensure_compiled() const {
    if (ready_.load(std::memory_order_acquire)) return;
    // Which patterns are literal text is read when the scope is first needed,
    // as the rest is compiled (a run over a mail log never reads the client
    // rules' thousands of translations).
    // An ASCII one ("Relay access denied") joins the atom scan: its
    // alternatives' first parts are looked for with the filter's atoms, in the
    // same pass. One with other bytes (the translations) needs the text folded
    // as RE2 folds Latin-1, a second pass over every text of the scope; only
    // long ones take it, which save a hundred times its cost (short ones in
    // the mail-log scope did not repay it: 7M instructions more matching on
    // the 30 MB log, 14M less compiling). Of any other pattern, the
    // alternatives that read as ASCII text join the atom scan too, and RE2
    // compiles the rest.
    std::call_once(literal_once_, [this] {
      literal_.resize(patterns_.size());
      literal_ascii_.assign(patterns_.size(), false);
      rest_.assign(patterns_.size(), std::string());
      for (size_t i = 0; i < patterns_.size(); ++i) {
        LiteralPattern literal;
        bool kept = LiteralPattern::parse(patterns_[i], &literal, &rest_[i]);
        const bool whole = kept && rest_[i].empty();
        if (kept && !literal.ascii() && !(whole && patterns_[i].size() >= kMinLiteralPattern))
          kept = LiteralPattern::parse(patterns_[i], &literal, &rest_[i], /*other_bytes=*/false);
        if (!kept) {
          rest_[i].clear();  // all of it is RE2's
          continue;
        }
        literal_ascii_[i] = literal.ascii();
        literal_[i] = std::make_unique<LiteralPattern>(std::move(literal));
      }
    });
    for (size_t k; (k = next_shard_.fetch_add(1)) < kShards;) std::call_once(shards_[k].once, [&] { compile_shard(k); });
    for (size_t k = 0; k < kShards; ++k) std::call_once(shards_[k].once, [&] { compile_shard(k); });
    std::call_once(index_once_, [this] {
      build_index();
      ready_.store(true, std::memory_order_release);
    });
  }
  const std::vector<int>& rules_of(int regexp) const { return index_to_rules_[size_t(regexp)]; }

  // The patterns that match `text`, into *out (regexp ids, ascending). Thread-safe.
  void match(std::string_view text, ClassifierMatchScratch& scratch, std::vector<int>* out) const {
    ensure_compiled();
    out->clear();
    if (patterns_.empty()) return;
    std::vector<int>& atoms = scratch.atoms;
    atoms.clear();
    if (scratch.seen.size() < atom_text_.size()) scratch.seen.resize(atom_text_.size(), 0);
    if (scratch.literal_seen.size() < patterns_.size()) scratch.literal_seen.resize(patterns_.size(), 0);
    if (++scratch.epoch == 0) {  // wrapped: forget every mark
      std::fill(scratch.seen.begin(), scratch.seen.end(), 0);
      std::fill(scratch.literal_seen.begin(), scratch.literal_seen.end(), 0);
      scratch.epoch = 1;
    }
    // The patterns are ASCII and compiled as bytes (options()), so a letter
    // folds with its ASCII capital only, and the atoms found in the text
    // lowered that way are exactly those present, non-ASCII text included.
    std::string& lower = scratch.lowered;
    lower.resize(text.size());
    lower_ascii(text.data(), text.size(), lower.data());
    // Atoms are indexed by a hash of their first three bytes; an entry
    // keeps those bytes, so a hash collision costs no string compare.
    const unsigned char* p = reinterpret_cast<const unsigned char*>(lower.data());
    for (size_t i = 0; i + kMinAtom <= lower.size(); ++i) {
      const uint32_t head = uint32_t(p[i]) | uint32_t(p[i + 1]) << 8 | uint32_t(p[i + 2]) << 16;
      const uint32_t key = bucket_of(head);
      for (uint32_t j = bucket_start_[key]; j < bucket_start_[key + 1]; ++j) {
        const AtomEntry& entry = bucket_atoms_[j];
        if (entry.head != head || scratch.seen[entry.atom] == scratch.epoch) continue;
        if (entry.size > lower.size() - i) continue;
        bool same;
        if (i + 11 <= lower.size()) {  // the next eight bytes settle most candidates in one compare
          uint64_t next;
          std::memcpy(&next, p + i + 3, 8);
          same = ((next ^ entry.next) & entry.next_mask) == 0 &&
                 (entry.size <= 11 || std::memcmp(p + i + 11, atom_text_[entry.atom]->data() + 11, entry.size - 11) == 0);
        } else {
          same = std::memcmp(p + i + 3, atom_text_[entry.atom]->data() + 3, entry.size - 3) == 0;
        }
        if (same) {
          scratch.seen[entry.atom] = scratch.epoch;
          atoms.push_back(int(entry.atom));
        }
      }
    }
    // The ASCII literal patterns whose first parts were found: every place of
    // the part is tried (a later one may be followed by the other parts).
    for (int a : atoms) {
      if (size_t(a) < pseudo_first_) continue;
      for (const LiteralAlternative& h : pseudo_targets_[size_t(a) - pseudo_first_]) {
        if (scratch.literal_seen[h.regexp] == scratch.epoch) continue;
        const std::string& first = *atom_text_[size_t(a)];
        for (size_t at = lower.find(first); at != std::string::npos; at = lower.find(first, at + 1))
          if (literal_[h.regexp]->matches_at(h.alternative, lower, at)) {
            scratch.literal_seen[h.regexp] = scratch.epoch;
            out->push_back(int(h.regexp));
            break;
          }
      }
    }
    // Which patterns the atoms let through depends on the set of atoms only,
    // and texts of one shape (the same words, other addresses) find the same
    // set: the answer is kept per set, since working it out (FilteredRE2's
    // AND/OR tree) allocates on every call.
    std::sort(atoms.begin(), atoms.end());
    const re2::StringPiece piece(text.data(), text.size());
    std::vector<int>& local = scratch.local_atoms;
    for (const Shard& shard : shards_) {
      if (shard.regexp_of.empty()) continue;  // a scope of one pattern fills one shard
      // This shard's atoms, in its own numbering.
      local.clear();
      for (int a : atoms)
        if (size_t(a) >= shard.first_atom && size_t(a) < shard.first_atom + shard.atoms.size())
          local.push_back(int(size_t(a) - shard.first_atom));
      for (int k : potentials(shard, local, scratch)) {
        const int regexp = shard.regexp_of[size_t(k)];
        if (scratch.literal_seen[size_t(regexp)] == scratch.epoch) continue;  // its text alternatives matched
        if (RE2::PartialMatch(piece, shard.filter.GetRE2(k))) out->push_back(regexp);
      }
    }
    if (!literal_heads_.empty()) match_literals(text, scratch, out);
    std::sort(out->begin(), out->end());
  }

 private:
  // The literal patterns that match: each alternative's first part is looked
  // up by its first three bytes at every place in the folded text.
  void match_literals(std::string_view text, ClassifierMatchScratch& scratch, std::vector<int>* out) const {
    std::string& folded = scratch.folded;
    LiteralPattern::fold(text, &folded);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(folded.data());
    for (size_t i = 0; i + 3 <= folded.size(); ++i) {
      const uint32_t head = uint32_t(p[i]) | uint32_t(p[i + 1]) << 8 | uint32_t(p[i + 2]) << 16;
      const uint32_t key = bucket_of(head);
      for (uint32_t j = literal_bucket_start_[key]; j < literal_bucket_start_[key + 1]; ++j) {
        const LiteralHead& h = literal_heads_[j];
        const LiteralAlternative& t = h.target;
        if (h.head != head || scratch.literal_seen[t.regexp] == scratch.epoch) continue;
        if (literal_[t.regexp]->matches_at(t.alternative, folded, i)) {
          scratch.literal_seen[t.regexp] = scratch.epoch;
          out->push_back(int(t.regexp));
        }
      }
    }
  }

  // The patterns are compiled in shards, so that when several threads need
  // a scope at once (a Maildir read with --jobs 2) they compile it together
  // instead of one compiling while the others wait (one worker idled 15 ms
  // of a 200 ms run that way; perf trace). Six rather than two: a thread
  // that starts compiling early (main.cc's warm-up, during the walk of the
  // inputs) had claimed both halves by the time the others came, and they
  // waited ~10 ms for the second; with six, they take the last ones.
  static constexpr size_t kShards = 6;
  struct Shard {
    mutable re2::FilteredRE2 filter{kMinAtom};
    std::vector<std::string> atoms;  // lowercased, in the filter's numbering
    std::vector<int> regexp_of;      // the filter's regexp id -> this set's
    size_t first_atom = 0;           // the atoms' place in the set's numbering
    std::once_flag once;
  };

  const std::vector<int>& potentials(const Shard& shard, const std::vector<int>& atoms,
                                     ClassifierMatchScratch& scratch) const {
    uint64_t hash = reinterpret_cast<uintptr_t>(&shard) * 0x9E3779B97F4A7C15ull;
    for (int a : atoms) hash = (hash ^ uint64_t(a)) * 0x100000001B3ull;
    if (scratch.potentials.empty()) scratch.potentials.resize(ClassifierMatchScratch::kPotentialSlots);
    auto& slot = scratch.potentials[hash % scratch.potentials.size()];
    if (slot.owner == &shard && slot.hash == hash && slot.atoms == atoms) return slot.passed;
    slot.owner = &shard;
    slot.hash = hash;
    slot.atoms = atoms;
    shard.filter.AllPotentials(atoms, &slot.passed);
    return slot.passed;
  }

  void compile_shard(size_t k) const {
    Shard& shard = shards_[k];
    // Longest patterns first, each to the shard with the fewest bytes so
    // far: compile time goes with the pattern's size.
    // What RE2 compiles of each pattern: all of it, or the alternatives that
    // are not text.
    auto regexp = [&](size_t i) { return literal_[i] ? std::string_view(rest_[i]) : patterns_[i]; };
    std::vector<size_t> order;
    for (size_t i = 0; i < patterns_.size(); ++i)
      if (!regexp(i).empty()) order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return regexp(a).size() > regexp(b).size(); });
    size_t load[kShards] = {};
    for (size_t i : order) {
      size_t lightest = 0;
      for (size_t s = 1; s < kShards; ++s)
        if (load[s] < load[lightest]) lightest = s;
      load[lightest] += regexp(i).size();
      if (lightest != k) continue;
      int id = 0;
      const std::string_view text = regexp(i);
      if (shard.filter.Add(re2::StringPiece(text.data(), text.size()), options(), &id) != RE2::NoError)
        throw std::runtime_error("the rule table does not compile: pattern " + std::string(patterns_[i]));
      shard.regexp_of.push_back(int(i));
    }
    if (shard.regexp_of.empty()) return;  // FilteredRE2 wants at least one pattern
    shard.filter.Compile(&shard.atoms);
  }

  void build_index() const {
    build_literal_index();
    atom_text_.clear();
    for (Shard& shard : shards_) {
      shard.first_atom = atom_text_.size();
      for (const std::string& atom : shard.atoms) atom_text_.push_back(&atom);
    }
    // The ASCII literal patterns' first parts, after the filters' atoms: each
    // distinct text once, with the alternatives it starts.
    pseudo_first_ = atom_text_.size();
    pseudo_text_.clear();
    pseudo_targets_.clear();
    std::unordered_map<std::string_view, uint32_t> pseudo_of_text;
    for (size_t r = 0; r < literal_.size(); ++r) {
      if (!literal_[r] || !literal_ascii_[r]) continue;
      const auto& alternatives = literal_[r]->alternatives();
      for (size_t a = 0; a < alternatives.size(); ++a) {
        const std::string& first = alternatives[a].front().text;
        const auto [it, added] = pseudo_of_text.try_emplace(first, uint32_t(pseudo_targets_.size()));
        if (added) {
          pseudo_text_.push_back(&first);
          pseudo_targets_.emplace_back();
        }
        pseudo_targets_[it->second].push_back({uint32_t(r), uint32_t(a)});
      }
    }
    for (const std::string* text : pseudo_text_) atom_text_.push_back(text);
    // The filter makes no atom shorter than kMinAtom bytes: each is indexed
    // by its first three.
    bucket_atoms_.clear();
    for (size_t a = 0; a < atom_text_.size(); ++a) {
      const std::string& atom = *atom_text_[a];
      if (atom.size() < size_t(kMinAtom)) throw std::runtime_error("a filter atom shorter than three bytes: " + atom);
      AtomEntry entry{head_of(atom), uint32_t(a), uint32_t(atom.size()), 0, 0};
      // Bytes 3 to 10 of the atom (as many as it has) and a mask of them, as
      // one little-endian word: memcpy of the text's bytes gives the same order.
      static_assert(std::endian::native == std::endian::little, "AtomEntry::next is read as little-endian");
      for (size_t k = 3; k < atom.size() && k < 11; ++k) {
        entry.next |= uint64_t(uint8_t(atom[k])) << (8 * (k - 3));
        entry.next_mask |= uint64_t(0xFF) << (8 * (k - 3));
      }
      bucket_atoms_.push_back(entry);
    }
    sort_into_buckets(&bucket_atoms_, &bucket_start_);
  }
  void build_literal_index() const {
    literal_heads_.clear();
    for (size_t r = 0; r < literal_.size(); ++r) {
      if (!literal_[r] || literal_ascii_[r]) continue;
      const auto& alternatives = literal_[r]->alternatives();
      for (size_t a = 0; a < alternatives.size(); ++a)
        literal_heads_.push_back({head_of(alternatives[a].front().text), {uint32_t(r), uint32_t(a)}});
    }
    if (!literal_heads_.empty()) sort_into_buckets(&literal_heads_, &literal_bucket_start_);
  }
  // Orders `entries` by the bucket of their head (stable: a counting sort)
  // and sets `starts` so that bucket k's entries are [starts[k], starts[k+1]).
  template <typename Entry>
  static void sort_into_buckets(std::vector<Entry>* entries, std::vector<uint32_t>* starts) {
    std::vector<uint32_t> counts(kBuckets, 0);
    for (const Entry& e : *entries) ++counts[bucket_of(e.head)];
    starts->assign(kBuckets + 1, 0);
    for (size_t k = 0; k < kBuckets; ++k) (*starts)[k + 1] = (*starts)[k] + counts[k];
    std::vector<Entry> sorted(entries->size());
    std::vector<uint32_t> fill(starts->begin(), starts->end() - 1);
    for (const Entry& e : *entries) sorted[fill[bucket_of(e.head)]++] = e;
    *entries = std::move(sorted);
  }
  static uint32_t head_of(const std::string& atom) {
    return uint32_t(uint8_t(atom[0])) | uint32_t(uint8_t(atom[1])) << 8 | uint32_t(uint8_t(atom[2])) << 16;
  }
  static uint32_t bucket_of(uint32_t head) { return (head * 2654435761u) >> (32 - kBucketBits); }

  struct AtomEntry {
    uint32_t head;  // the atom's first three bytes
    uint32_t atom;
    uint32_t size;
    uint64_t next, next_mask;  // its bytes 3..10 (see build_index)
  };
  static constexpr int kBucketBits = 14;
  static constexpr size_t kBuckets = size_t(1) << kBucketBits;
  static constexpr int kMinAtom = 3;
  static constexpr size_t kMinLiteralPattern = 512;  // bytes of pattern text
  std::vector<std::string_view> patterns_;
  std::vector<std::vector<int>> index_to_rules_;  // regexp id -> the rules with that pattern
  mutable std::vector<std::unique_ptr<LiteralPattern>> literal_;  // regexp id -> its literal reading, if it has one
  mutable std::vector<bool> literal_ascii_;  // regexp id -> its literal reading is ASCII (atom scan)
  mutable std::vector<std::string> rest_;    // regexp id -> what RE2 matches besides its literal reading, if any
  mutable std::once_flag literal_once_;
  struct LiteralAlternative {
    uint32_t regexp, alternative;
  };
  struct LiteralHead {
    uint32_t head;  // the first three bytes of the alternative's first part
    LiteralAlternative target;
  };
  mutable std::vector<LiteralHead> literal_heads_;           // by bucket
  mutable std::vector<uint32_t> literal_bucket_start_;       // bucket -> range in literal_heads_
  // The ASCII literal patterns' first parts, as atoms numbered from pseudo_first_ on.
  mutable size_t pseudo_first_ = 0;
  mutable std::vector<const std::string*> pseudo_text_;
  mutable std::vector<std::vector<LiteralAlternative>> pseudo_targets_;  // the alternatives each one starts
  mutable Shard shards_[kShards];
  mutable std::atomic<size_t> next_shard_{0};
  mutable std::once_flag index_once_;
  mutable std::atomic<bool> ready_{false};
  mutable std::vector<const std::string*> atom_text_;  // every shard's atoms, in the set's numbering
  mutable std::vector<uint32_t> bucket_start_;       // bucket -> range in bucket_atoms_
  mutable std::vector<AtomEntry> bucket_atoms_;
};

// Index of the per-scope tables: 1, 2 and 4 are the single scopes, 0 any mix.
size_t scope_slot(uint8_t scope) { return (scope & (scope - 1)) == 0 ? scope & kScopeAll : 0; }

}  // namespace

struct Classifier::Impl {
  PatternSet patterns[kScopeAll + 1];
  // Rules without a pattern are candidates for every input of their scope.
  // Every event walks them, so they are listed per input scope, action and
  // reply-code class (none, 1xx ... 5xx): an event walks only the few that
  // can apply to it (a delivered record, a 4xx deferral), not all ninety.
  static constexpr size_t kActions = 16;
  static constexpr size_t kCodeClasses = 6;
  static size_t code_class(uint16_t code) { return code >= 100 && code < 600 ? code / 100 : 0; }
  std::vector<int> patternless_rules[kScopeAll + 1][kActions][kCodeClasses];
  // Inputs of this scope and action are always decided by a decisive rule
  // without a pattern or any other condition (a delivered record): their text
  // is never matched, so the memo, keyed on a text that is unique more often
  // than not (queue ids), is not asked.
  bool decided_without_text[kScopeAll + 1][kActions] = {};
  // Some rule without a pattern for this scope and action is limited by SMTP
  // command, which may be read from the text: such inputs are keyed on it too.
  bool patternless_use_command[kScopeAll + 1][kActions] = {};
  std::vector<int> tier;
  std::vector<int> specificity;
  std::vector<uint8_t> commands;  // per rule: command_mask(), 0 = any
  // The domain suffixes rules are limited to (Rule::remote_hosts), and per
  // rule the bits of its own among them (0 = any host). Few rules name hosts:
  // an input's host is compared with these few suffixes once.
  std::vector<std::string_view> host_suffixes;
  std::vector<uint32_t> host_bits;
  uint32_t host_bits_of(std::string_view host) const {
    uint32_t bits = 0;
    for (size_t i = 0; i < host_suffixes.size(); ++i) {
      const std::string_view suffix = host_suffixes[i];
      if (host.size() < suffix.size()) continue;
      const std::string_view tail = host.substr(host.size() - suffix.size());
      bool same = true;
      for (size_t k = 0; k < suffix.size() && same; ++k)
        same = (tail[k] >= 'A' && tail[k] <= 'Z' ? char(tail[k] + 32) : tail[k]) == suffix[k];
      if (same && (host.size() == suffix.size() || host[host.size() - suffix.size() - 1] == '.'))
        bits |= 1u << i;
    }
    return bits;
  }
};

Classifier::Classifier() : impl_(std::make_unique<Impl>()) {}
Classifier::~Classifier() = default;

std::unique_ptr<Classifier> Classifier::create(std::string* error) {
  // The built-in table's syntax is not checked again at every start (it
  // costs ~15 ms, a tenth of a small run): the rule-table tests compile every
  // pattern of every scope, so a build whose table does not compile fails
  // its tests.
  return create(all_rules(), /*check_syntax=*/false, error);
}

std::unique_ptr<Classifier> Classifier::create(std::span<const Rule* const> rules, std::string* error) {
  return create(rules, /*check_syntax=*/true, error);
}

std::unique_ptr<Classifier> Classifier::create(std::span<const Rule* const> rules, bool check_syntax,
                                               std::string* error) {
  std::unique_ptr<Classifier> c(new Classifier());
  c->rules_ = rules;
  Impl& im = *c->impl_;
  // Syntax is checked here, with the rule's id in the message; the patterns
  // are compiled later, per scope, when first needed.
  RE2::Set syntax(PatternSet::options(), RE2::UNANCHORED);
  for (size_t i = 0; i < rules.size(); ++i) {
    const Rule& r = *rules[i];
    std::string err;
    if (check_syntax && !r.pattern.empty() &&
        syntax.Add(re2::StringPiece(r.pattern.data(), r.pattern.size()), &err) < 0) {
      if (error) *error = std::string("rule ") + std::string(r.id) + ": " + err;
      return nullptr;
    }
    im.tier.push_back(tier_of(r));
    im.specificity.push_back(specificity_of(r));
    im.commands.push_back(r.commands.empty() ? 0 : command_mask(r.commands));
    uint32_t bits = 0;
    for (std::string_view rest = r.remote_hosts; !rest.empty();) {
      const size_t bar = rest.find('|');
      const std::string_view suffix = rest.substr(0, bar);
      rest = bar == std::string_view::npos ? std::string_view() : rest.substr(bar + 1);
      size_t at = std::find(im.host_suffixes.begin(), im.host_suffixes.end(), suffix) - im.host_suffixes.begin();
      if (at == im.host_suffixes.size()) {
        if (at == 32) {
          if (error) *error = "rule " + std::string(r.id) + ": more than 32 remote host suffixes in the table";
          return nullptr;
        }
        im.host_suffixes.push_back(suffix);
      }
      bits |= 1u << at;
    }
    im.host_bits.push_back(bits);
    for (uint8_t scope : {uint8_t(0), uint8_t(kScopeServerLog), uint8_t(kScopeMessage), uint8_t(kScopeClient)}) {
      if (scope != 0 && !(r.scopes & scope)) continue;
      if (r.pattern.empty()) {
        for (size_t action = 0; action < Impl::kActions; ++action) {
          if (r.actions != 0 && !(r.actions & (1u << action))) continue;
          for (size_t c = 0; c < Impl::kCodeClasses; ++c) {
            const bool code_fits = r.code_min == 0 ||
                                   (c != 0 && r.code_min <= c * 100 + 99 && r.code_max >= c * 100);
            if (code_fits) im.patternless_rules[scope][action][c].push_back(int(i));
          }
          if (!r.commands.empty()) im.patternless_use_command[scope][action] = true;
          if (r.weight == Weight::decisive && r.code_min == 0 && r.status.empty() && r.hint.empty() &&
              r.commands.empty() && (r.scopes & scope) == (scope == 0 ? uint8_t(kScopeAll) : scope))
            im.decided_without_text[scope][action] = true;
        }
        continue;
      }
      im.patterns[scope].add(rules, int(i));
    }
  }
  return c;
}

namespace {
// The input's own codes; the ones it lacks are the first found in its text.
Decision codes_of(const ClassifyInput& in) {
  Decision d;
  d.reply_code = in.reply_code;
  d.status = in.status;
  if (d.reply_code == 0 || d.status.empty()) {
    uint16_t code = 0;
    std::string_view status;
    find_smtp_codes(in.text, &code, &status);
    if (d.reply_code == 0) d.reply_code = code;
    if (d.status.empty()) d.status = status;
  }
  return d;
}
}  // namespace

namespace {
// A multi-line SMTP reply reaches us joined into one line by the MTA that
// quotes it, each line keeping its "550-5.1.1 " prefix: "550-5.1.1 The email
// account that you tried to reach does not exist. Please try 550-5.1.1
// double-checking ...". The prefixes split the phrases the rules look for, so
// the patterns see the reply with the prefixes after the first one removed.
// Returns false (and leaves *out alone) when the text has none: the first
// "DDD-" at a word start sets the code (and the status after it, if any);
// every later " DDD-" or " DDD " with that status is a line break.
bool join_reply_lines(std::string_view text, std::string* out) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  size_t first = std::string_view::npos;
  for (size_t dash = text.find('-', 3); dash != std::string_view::npos; dash = text.find('-', dash + 1)) {
    const size_t p = dash - 3;
    // A reply line goes on with its status or its words: "465-587" is a range of ports.
    const bool words_follow = dash + 1 < text.size() && ((text[dash + 1] | 0x20) >= 'a' && (text[dash + 1] | 0x20) <= 'z');
    if (text[p] >= '2' && text[p] <= '5' && digit(text[p + 1]) && digit(text[p + 2]) &&
        (words_follow || !leading_enhanced_status(text.substr(dash + 1)).empty()) &&
        (p == 0 || text[p - 1] == ' ' || text[p - 1] == '(' || text[p - 1] == '"' || text[p - 1] == '\'')) {
      first = p;
      break;
    }
  }
  if (first == std::string_view::npos) return false;
  const std::string_view code = text.substr(first, 3);
  std::string_view status = leading_enhanced_status(text.substr(first + 4));
  if (first + 4 + status.size() >= text.size()) status = {};  // a status must be followed by the reply's words
  bool joined = false;
  size_t copied = 0;
  for (size_t at = text.find(code, first + 4); at != std::string_view::npos; at = text.find(code, at + 1)) {
    // Exim writes a reply's line breaks as "\n": "rate that\n550-5.2.1 prevents".
    const bool escaped_break = at >= 2 && text[at - 2] == '\\' && text[at - 1] == 'n';
    if ((text[at - 1] != ' ' && !escaped_break) || at + 3 >= text.size() || (text[at + 3] != '-' && text[at + 3] != ' '))
      continue;
    size_t end = at + 4;  // past "DDD-" or "DDD "
    if (!status.empty()) {
      if (text.substr(end, status.size()) != status) continue;
      end += status.size();
      if (end < text.size() && text[end] == ' ') ++end;
    }
    while (end < text.size() && text[end] == ' ') ++end;
    const size_t cut = escaped_break ? at - 2 : at;
    if (!joined) out->assign(text.substr(0, cut));
    else out->append(text.substr(copied, cut - copied));
    if (escaped_break) out->push_back(' ');
    joined = true;
    copied = end;
    at = end - 1;
  }
  if (!joined) return false;
  out->append(text.substr(copied));
  return true;
}
}  // namespace

Decision Classifier::classify_uncached(const ClassifyInput& in, ClassifierMatchScratch* scratch) const {
  // A log's or program's failure that names a provider's submission host with
  // one letter wrong is a setting's typo, whatever the error says of DNS
  // (host_typos.h). Only a text the memo keys on is looked at: an input
  // decided without its text never gets here with a hint that its text gave.
  // So is the right host with a port it does not serve.
  if (in.hint.empty() && (in.scope & (kScopeClient | kScopeServerLog)) &&
      !impl_->decided_without_text[scope_slot(in.scope)][size_t(in.action)]) {
    if (const SubmissionHostProblem problem = find_submission_host_problem(in.text);
        problem != SubmissionHostProblem::none) {
      ClassifyInput hinted = in;
      hinted.hint = problem == SubmissionHostProblem::misspelt_host ? kMisspeltHostHint : kUnservedPortHint;
      return decide(hinted, codes_of(hinted), scratch);
    }
  }
  return decide(in, codes_of(in), scratch);
}

Decision Classifier::decide(const ClassifyInput& in, Decision d, ClassifierMatchScratch* scratch) const {
  const Impl& im = *impl_;

  // The SMTP command is looked for in the text only when a candidate rule is
  // limited by command: the search is costly and most events never need it.
  uint8_t command_bits = 0;
  auto command_of_input = [&]() {
    if (!command_bits)
      command_bits = command_bit(in.command.empty() ? find_smtp_command(in.text) : in.command);
    return command_bits;
  };

  int best = -1, best_code = -1;
  int64_t input_host_bits = -1;  // worked out when a rule limited to hosts is a candidate
  auto better = [&](int a, int b) {  // is rule a preferred to rule b?
    if (b < 0) return true;
    if (im.tier[a] != im.tier[b]) return im.tier[a] > im.tier[b];
    if (im.specificity[a] != im.specificity[b]) return im.specificity[a] > im.specificity[b];
    if (rules_[a]->priority != rules_[b]->priority) return rules_[a]->priority > rules_[b]->priority;
    return a < b;
  };
  auto consider = [&](int i) {
    const Rule& r = *rules_[i];
    if (!(r.scopes & in.scope)) return;
    if (r.code_min != 0 && (d.reply_code < r.code_min || d.reply_code > r.code_max)) return;
    if (!status_matches(r.status, d.status)) return;
    if (r.actions != 0 && !(r.actions & action_bit(in.action))) return;
    if (!r.hint.empty() && (r.hint == kWithoutHint ? !in.hint.empty() : r.hint != in.hint)) return;
    if (im.commands[size_t(i)] && !(im.commands[size_t(i)] & command_of_input())) return;
    if (im.host_bits[size_t(i)]) {
      if (input_host_bits < 0)
        input_host_bits = in.remote_host.data() == scratch->bits_host.data() && in.remote_host.size() == scratch->bits_host.size()
                              ? scratch->bits_of_host
                              : im.host_bits_of(in.remote_host);
      if (!(im.host_bits[size_t(i)] & uint32_t(input_host_bits))) return;
    }
    if (better(i, best)) best = i;
    if (r.pattern.empty() && !names_hint(r) && im.tier[i] == 2 && better(i, best_code)) best_code = i;
  };

  // Rules without a pattern first: when one of them is decisive (a delivered
  // record, an ARF report) the text cannot change the outcome, and the RE2
  // pass, the costly part, is skipped.
  // An input of several scopes (tests) walks them all; consider() filters.
  const size_t slot = scope_slot(in.scope);
  static_assert(size_t(Action::diagnosis) < Impl::kActions, "an Action past the patternless index");
  for (int i : im.patternless_rules[slot][size_t(in.action)][Impl::code_class(d.reply_code)]) consider(i);
  if (!in.text.empty() && (best < 0 || im.tier[size_t(best)] < 4)) {
    const PatternSet& patterns = im.patterns[slot];
    if (!patterns.empty()) {
      const std::string_view text = join_reply_lines(in.text, &scratch->joined) ? scratch->joined : in.text;
      patterns.match(text, *scratch, &scratch->regexps);
      for (int s : scratch->regexps)
        for (int i : patterns.rules_of(s)) consider(i);
    }
  }

  if (best >= 0) {
    d.rule = rules_[size_t(best)];
    if (!d.rule->pattern.empty()) d.evidence = "text";
    else if (names_hint(*d.rule) || d.rule->actions != 0) d.evidence = "context";
    else if (!d.rule->status.empty()) d.evidence = "status";
    else if (d.rule->code_min != 0) d.evidence = "code";
    else d.evidence = "context";
  }
  if (best_code >= 0) d.code_rule = rules_[size_t(best_code)];
  return d;
}

namespace {
constexpr std::string_view kEvidence[] = {"", "text", "context", "status", "code"};
uint8_t evidence_index(std::string_view e) {
  for (uint8_t i = 0; i < std::size(kEvidence); ++i)
    if (kEvidence[i] == e) return i;
  return 0;
}
// Longer texts are rare (0.2% of the diagnostics of every corpus and blind
// set) and unique: not kept. The bound holds the memo's keys to ~18 MiB a
// thread when every text is that long and new.
constexpr size_t kMemoMaxText = 1024;
}  // namespace

// Two-way set-associative, least recently used out: a run of one-off texts
// (queue ids, addresses in delivered lines) cannot push out the diagnostics
// that recur. A relay's log names thousands of remote domains, each in its
// own replies ("host mx.c1102.example[...] said: 550 5.1.1 <x@c1102.example>:
// ..."): 8,192 sets rather than 2,048 kept enough of them to cut the misses
// over a 1 GB log naming 50,000 mailboxes from 54,267 to 46,490 (16,384 sets:
// 42,683, for twice the memory), each miss ~20,000 instructions of matching.
struct ClassifierScratch::Memo {
  static constexpr size_t kSets = 8192, kWays = 2;
  struct Slot {
    uint64_t hash = 0;
    uint32_t last_used = 0;
    bool used = false;
    std::string key;
    const Rule* rule = nullptr;
    const Rule* code_rule = nullptr;
    uint16_t reply_code = 0;
    uint8_t evidence = 0;
    int32_t status_offset = -1;  // where in the text the status was found; -1: the input's own
    uint16_t status_size = 0;
  };
  const Classifier* owner = nullptr;  // a scratch reused with another table starts afresh
  uint32_t clock = 0;
  std::vector<Slot> slots = std::vector<Slot>(kSets * kWays);
};

ClassifierScratch::ClassifierScratch() : memo_(std::make_unique<Memo>()) {}
ClassifierScratch::~ClassifierScratch() = default;

Decision Classifier::classify(const ClassifyInput& raw, ClassifierScratch* scratch) const {
  // An input decided without its text (a delivered record) is kept under its
  // codes, hint and command alone: its text (queue ids, addresses) is unique
  // more often than not, but the few code/status pairs recur, and walking the
  // rules without a pattern for each costs more than a lookup.
  const bool textless = impl_->decided_without_text[scope_slot(raw.scope)][size_t(raw.action)];
  if (textless || !mask_identities(raw.text, &scratch->masked_, &scratch->mask_edits_))
    return classify_masked(raw, textless, scratch);
  ClassifyInput in = raw;
  in.text = scratch->masked_;
  Decision d = classify_masked(in, textless, scratch);
  // A status found in the text is a view into the masked copy: pointed back
  // into the caller's text (stand-ins hold no status, so it is there as it was).
  if (!d.status.empty() && d.status.data() >= in.text.data() &&
      d.status.data() + d.status.size() <= in.text.data() + in.text.size()) {
    const size_t at = original_offset(size_t(d.status.data() - in.text.data()), scratch->mask_edits_);
    const std::string_view back = at < raw.text.size() ? raw.text.substr(at, d.status.size()) : std::string_view();
    d.status = back == d.status ? back : std::string_view();
  }
  return d;
}

Decision Classifier::classify_masked(const ClassifyInput& in, bool textless, ClassifierScratch* scratch) const {
  const Impl& im = *impl_;
  const size_t slot_index = scope_slot(in.scope), action_index = size_t(in.action);
  if ((!textless && in.text.size() > kMemoMaxText) || in.status.size() > 255 || in.hint.size() > 255 ||
      in.command.size() > 255) {
    scratch->match_.bits_host = {};  // not worked out here: decide() does
    return classify_uncached(in, &scratch->match_);
  }
  ClassifierScratch::Memo& memo = *scratch->memo_;
  if (memo.owner != this) {
    for (auto& slot : memo.slots) slot.used = false;
    memo.owner = this;
  }
  Decision codes;
  if (textless) codes = codes_of(in);
  // Every input that decide() reads is in the key: the text itself, or for a
  // textless input the codes found in it and, when a rule asks, its command.
  // The remote host counts only as the suffixes that rules name: a log's
  // thousands of hosts share one key for the same words. Its bits follow
  // the kind byte, which says whether they are there.
  const uint32_t host_bits = im.host_suffixes.empty() || in.remote_host.empty() ? 0 : im.host_bits_of(in.remote_host);
  scratch->match_.bits_host = in.remote_host;
  scratch->match_.bits_of_host = host_bits;
  std::string& key = scratch->key_;
  key.clear();
  key.push_back(textless ? (host_bits ? 't' : 'T') : (host_bits ? 'x' : 'X'));
  if (host_bits) key.append(reinterpret_cast<const char*>(&host_bits), sizeof host_bits);
  key.push_back(char(in.scope));
  key.push_back(char(in.action));
  const uint16_t code = textless ? codes.reply_code : in.reply_code;
  key.push_back(char(code & 0xff));
  key.push_back(char(code >> 8));
  const std::string_view status = textless ? codes.status : in.status;
  std::string_view command = in.command;
  if (textless && command.empty() && im.patternless_use_command[slot_index][action_index])
    command = find_smtp_command(in.text);
  for (std::string_view part : {status, in.hint, command}) {
    key.push_back(char(std::min<size_t>(part.size(), 255)));
    key.append(part.substr(0, 255));
  }
  if (!textless) key.append(in.text);
  const uint64_t hash = hash_text(key);
  ClassifierScratch::Memo::Slot* set = &memo.slots[(hash % ClassifierScratch::Memo::kSets) * 2];
  ++memo.clock;
  for (int way = 0; way < 2; ++way) {
    auto& slot = set[way];
    if (!slot.used || slot.hash != hash || slot.key != key) continue;
    slot.last_used = memo.clock;
    ++scratch->hits_;
    Decision d = codes;
    d.rule = slot.rule;
    d.code_rule = slot.code_rule;
    d.evidence = kEvidence[slot.evidence];
    if (!textless) {
      d.reply_code = slot.reply_code;
      d.status = slot.status_offset < 0 ? in.status : in.text.substr(size_t(slot.status_offset), slot.status_size);
    }
    return d;
  }
  ++scratch->misses_;
  Decision d = textless ? decide(in, codes, &scratch->match_) : classify_uncached(in, &scratch->match_);
  const bool status_from_text = !textless && !d.status.empty() && d.status.data() != in.status.data();
  if (status_from_text && (d.status.data() < in.text.data() ||
                           d.status.data() + d.status.size() > in.text.data() + in.text.size()))
    return d;  // not a view into the text: cannot be re-pointed, so not kept
  auto& victim = !set[0].used ? set[0] : !set[1].used ? set[1] : set[0].last_used <= set[1].last_used ? set[0] : set[1];
  victim.used = true;
  victim.hash = hash;
  victim.last_used = memo.clock;
  victim.key.assign(key);
  victim.rule = d.rule;
  victim.code_rule = d.code_rule;
  victim.reply_code = d.reply_code;
  victim.evidence = evidence_index(d.evidence);
  victim.status_offset = -1;
  victim.status_size = 0;
  // A status found in the text is a view into it: kept as its place there,
  // so the next, equal text gets a view into itself.
  if (status_from_text) {
    victim.status_offset = int32_t(d.status.data() - in.text.data());
    victim.status_size = uint16_t(d.status.size());
  }
  return d;
}

void Classifier::prepare(uint8_t scope) const { impl_->patterns[scope_slot(scope)].ensure_compiled(); }

void Classifier::apply(Event& ev, ClassifierScratch* scratch) const {
  ClassifyInput in;
  in.text = ev.diagnostic;
  in.reply_code = ev.reply_code;
  in.status = ev.enhanced_status;
  in.scope = ev.scope;
  in.action = ev.action;
  in.hint = ev.reason_hint;
  in.command = ev.smtp_command;
  // A report without the remote MTA (Exchange Online's own NDR) is by the host that wrote it.
  in.remote_host = !ev.destination_domain.empty() || ev.scope != kScopeMessage ? ev.destination_domain : ev.host_name;
  Decision d = classify(in, scratch);
  if (ev.reply_code == 0) ev.reply_code = d.reply_code;
  if (ev.enhanced_status.empty()) ev.enhanced_status = d.status;
  if (!d.rule) return;  // only with a table that lacks the fallback rule
  const Rule& r = *d.rule;
  ev.rule_id = r.id;
  ev.reason = r.reason;
  ev.cause = cause_name(r.cause);
  ev.remediation = r.remediation.empty() ? cause_remediation(r.cause) : r.remediation;
  ev.evidence = d.evidence;
  if (d.code_rule && d.code_rule != d.rule && d.code_rule->reason != r.reason)
    ev.overridden_rule = d.code_rule->id;
  if (ev.hard == Tristate::unknown)
    ev.hard = is_hard_reason(r.reason, ev.reply_code, ev.enhanced_status) ? Tristate::yes : Tristate::no;
}

bool is_hard_reason(std::string_view reason, uint16_t reply_code, std::string_view status) {
  if (reason == "userunknown" || reason == "hostunknown" || reason == "hasmoved") return true;
  if (reason == "notaccept") {
    // A domain that refuses all mail is permanent only when the server said so.
    if (!status.empty()) return status[0] == '5';
    return reply_code >= 500 && reply_code < 600;
  }
  return false;
}

}  // namespace mailtriage
