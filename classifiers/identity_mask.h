// What the classifier does not read of a diagnostic: the mailbox names in
// angle-bracketed addresses and the IPv4 addresses. They make most texts
// unique ("<victor@example.net>: Recipient address rejected", "Client host
// [198.51.100.7] blocked using ..."), and the classifier's memo is keyed on
// the text: a busy relay's log, which names a different mailbox in nearly
// every reply, went through the ~900 patterns again for nearly every failure.
// The classifier sees them replaced by fixed stand-ins, so what it decides
// cannot depend on them, and equal texts but for them share one memo entry.
//
// Kept as they are: the domain after the '@' (provider rules read it),
// addresses without brackets (a provider's "contact tosa@rx.t-online.de"
// is a rule's text), and loopback addresses (127.x: a local content filter
// or MTA that is down is a rule's text).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace mailtriage {

// One replaced span: after it, an offset into the masked text is
// `shift` less than the same place in the original text.
struct MaskEdit {
  uint32_t masked_end;  // the end of the stand-in in the masked text
  int32_t shift;        // original offset - masked offset after it (cumulative)
};

inline constexpr std::string_view kMailboxStandIn = "x";          // "<x@example.net>"
inline constexpr std::string_view kIpv4StandIn = "192.0.2.1";    // RFC 5737's documentation range

// Writes `text` with its bracketed mailbox names and IPv4 addresses replaced
// to *masked and the replaced spans to *edits; returns false, leaving both
// cleared, when there is nothing to replace (the text is then used as it is).
bool mask_identities(std::string_view text, std::string* masked, std::vector<MaskEdit>* edits);

// The offset in the original text of a place in the masked text that lies
// outside every stand-in.
size_t original_offset(size_t masked_offset, const std::vector<MaskEdit>& edits);

}  // namespace mailtriage
