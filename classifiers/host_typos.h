// Submission host names one keystroke away from a large provider's.
//
// People type the outgoing server into a settings form, and the commonest
// mistake is one wrong, missing, extra or swapped letter: smtp.gmial.com,
// smtp.office365.co, smpt.gmail.com. Such a name does not resolve (or, worse,
// resolves to a squatter), and the error the program then logs reads like a
// DNS failure. The fix is in the setting, not in DNS, so the classifier asks
// this before its rules (classifier.cc): a name within one edit of a provider's
// documented submission host, and not that host itself, is read with the hint
// kMisspeltHostHint, which the rule client.misspelt_submission_host decides.
#pragma once

#include <string_view>

namespace mailtriage {

inline constexpr std::string_view kMisspeltHostHint = "misspelt-submission-host";

// Whether `text` names a host one edit (a letter changed, added, dropped, or two
// neighbours swapped) from a provider's submission host; the name is put in *host.
bool names_misspelt_submission_host(std::string_view text, std::string_view* host = nullptr);

// The other half of a wrong setting: the right host with a port it does not
// listen on. A digit too many or two swapped ("smtp.gmail.com:4655", ":5887")
// or a port that provider never offered (smtp.office365.com takes 587 with
// STARTTLS, not 465) ends in a timeout or a refusal that reads like a network
// or firewall fault. Only providers whose ports are documented are known, and
// port 25 is never read so (whether it is reachable is the network's question).
inline constexpr std::string_view kUnservedPortHint = "provider-port-not-served";

// Whether `text` names a known provider's submission host followed by a port
// that host does not serve ("host:port", "host[ip]:port", "host port N",
// "host on port N", JavaMail's "host, port: host, N"); the name and the port
// are put in *host and *port.
bool names_unserved_submission_port(std::string_view text, std::string_view* host = nullptr,
                                    unsigned* port = nullptr);

// Both questions in one pass over the text (a misspelt name anywhere first).
enum class SubmissionHostProblem { none, misspelt_host, unserved_port };
SubmissionHostProblem find_submission_host_problem(std::string_view text, std::string_view* host = nullptr,
                                                   unsigned* port = nullptr);

}  // namespace mailtriage
