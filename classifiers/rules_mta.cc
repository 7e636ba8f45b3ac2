// Text rules for wording only Exim, Sendmail or KumoMTA write into their logs, where
// the shared tables (rules_server.cc, rules_bounce.cc, the code rules) do not
// already decide it. Each sample is a diagnostic as parsers/exim.cc and
// parsers/sendmail.cc hand it to the classifier: Exim deferrals keep their
// "defer (errno)" prefix, session failures keep the whole line.
//
// Own reason names used here (not Sisimai's): conversation_timeout,
// lost_connection, tls_handshake_failure, cert_untrusted (as in rules_server.cc).
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;
constexpr uint8_t kLog = kScopeServerLog;

constexpr Rule kRules[] = {
    // --- KumoMTA's own failures, as its log records' response content words them
    // (parsers/kumomta.cc keeps them without the 400/500 it files them under).
    {.id = "kumomta.starttls_failed",
     .pattern = R"(All failures are related to \w+ STARTTLS|STARTTLS handshake status: failed|STARTTLS is not advertised by )",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "KumoMTA internal: failed to connect to any candidate hosts: All failures are related to "
               "OpportunisticInsecure STARTTLS. mx.example.net./192.0.2.57:25: EHLO after OpportunisticInsecure "
               "STARTTLS handshake status: failed: received fatal alert: HandshakeFailure"},
    {.id = "kumomta.mx_unresolved", .pattern = R"(MX didn't resolve to any hosts)", .reason = "hostunknown",
     .cause = C::dns, .scopes = kLog, .sample = "451 4.4.4 MX didn't resolve to any hosts"},
    {.id = "kumomta.mx_lookup_failed", .pattern = R"(MX lookup for \S+ failed after \S+: )", .reason = "resolver_failure",
     .cause = C::dns, .scopes = kLog,
     .sample = "451 4.4.4 failed to resolve campaign:tenant@example.net: MX lookup for example.net failed after "
               "5.002813761s: request timed out"},

    // --- ZoneMTA's reasons, as its DEFERRED[...] and REJECTED[...] lines end
    // ("(Network error: ...)", "(DNS Error: ...)", "(Policy error: ...)";
    // parsers/zonemta.cc hands the parentheses' text on). Its category opens
    // the text; a remote's reply, when there was one, is in it instead.
    {.id = "zonemta.network_timeout",
     .pattern = R"(^Network error: .*\b(?:(?:Connection|Operation) timed out|ETIMEDOUT)\b)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "Network error: Network error when connecting to MX server mx.example.net[192.0.2.77] for "
               "example.net: Connection timed out"},
    {.id = "zonemta.network_refused", .pattern = R"(^Network error: .*\b(?:Connection refused|ECONNREFUSED)\b)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "Network error: Network error when connecting to MX server mx.example.net[192.0.2.77] for "
               "example.net: Connection refused"},
    {.id = "zonemta.network_error", .pattern = R"(^Network error: )", .reason = "networkerror",
     .cause = C::server_unavailable, .scopes = kLog, .weight = Weight::vague,
     .sample = "Network error: Unexpected socket close"},
    {.id = "zonemta.domain_not_found",
     .pattern = R"(^DNS Error: .*(?:Domain name not found|ENOTFOUND|NXDOMAIN|domain does not exist))",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog,
     .sample = "DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server for the specified "
               "domain (examle.org). Domain name not found"},
    {.id = "zonemta.null_mx", .pattern = R"(publishes a null MX record)", .reason = "notaccept", .cause = C::dns,
     .scopes = kLog,
     .sample = "DNS Error: The recipient domain (example.net) does not accept email; it publishes a null MX "
               "record (RFC 7505)."},
    {.id = "zonemta.dns_error", .pattern = R"(^DNS Error: )", .reason = "resolver_failure", .cause = C::dns,
     .scopes = kLog, .weight = Weight::vague,
     .sample = "DNS Error: DNS error occurred while resolving the Mail Exchange (MX) server for the specified "
               "domain (example.net). Server failure"},
    {.id = "zonemta.starttls_fallback", .pattern = R"(using STARTTLS, proceeding with plaintext)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "Failed to connect to mx.example.net[192.0.2.153] using STARTTLS, proceeding with plaintext. "
               "error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure"},
    {.id = "zonemta.tls_policy", .pattern = R"(^Policy error: Failed to establish a TLS connection)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "Policy error: Failed to establish a TLS connection to the MX server as requested by policy."},

    // --- MDaemon's own notes (parsers/mdaemon.cc hands on the note after "*  "):
    // Dynamic Screening blocking a client for its failed logins, and the
    // refusals while the block lasts; its outbound socket and SSL errors.
    {.id = "mdaemon.screening_auth_block",
     .pattern = R"(^Dynamic Screening: .{0,120}(?:blocked|refused|banned)\b.{0,120}(?:authenticat|\blog(?:i|o)n|password|dynamic block list))",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog,
     .sample = "Dynamic Screening: 192.0.2.212 blocked for 60 minutes (2 authentication failures)",
     .remediation = "MDaemon's Dynamic Screening blocked this address after failed logins: password guessing by a "
                    "stranger needs nothing more; for a user of yours, fix the password in their mail program "
                    "and lift the block (Security > Dynamic Screening > Dynamically Blocked IPs)."},
    {.id = "mdaemon.socket_timeout", .pattern = R"(^Socket connection failed\b.{0,80}(?:timed out|\b10060\b))",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "Socket connection failed: Connection timed out (10060)"},
    {.id = "mdaemon.socket_refused", .pattern = R"(^Socket connection failed\b.{0,80}(?:refused|\b10061\b))",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "Socket connection failed: Connection refused (10061)"},
    // Its Location Screening refusing a client by the country of its address.
    {.id = "mdaemon.location_screening", .pattern = R"(^Location Screening: .{0,160}\b(?:blocked|refused|denied)\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog,
     .sample = "Location Screening: IP 192.0.2.113 matched to country Example, Europe; connection blocked; port 25",
     .remediation = "MDaemon's Location Screening refused the client for the country its address is in: nothing "
                    "to fix for strangers; for a partner or a traveller of yours, allow the country or the address "
                    "(Security > Location Screening), or have your users submit with a login on port 587."},
    {.id = "mdaemon.ssl_negotiation", .pattern = R"(^SSL negotiation failed\b)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "SSL negotiation failed: sslv3 alert handshake failure (no shared cipher or protocol version)"},

    // --- hMailServer's own words (parsers/hmailserver.cc): its IP ranges
    // turning a client away (auto-ban after failed logins adds such a range),
    // its relay refusal, TLS handshakes, MX lookups (Windows' DnsQuery codes:
    // 9003 the name does not exist), its DNSBL and SPF refusals.
    {.id = "hmailserver.ip_range_block",
     .pattern = R"(was not accepted\. Blocked either by IP range or by connection limit)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog,
     .sample = "Client connection from 192.0.2.37 was not accepted. Blocked either by IP range or by connection limit.",
     .remediation = "hMailServer turned the client away by an IP range (auto-ban adds one after repeated failed "
                    "logins) or its connection limit: password guessing by a stranger needs nothing more; for a "
                    "user of yours, fix the password in their mail program and remove the auto-ban range "
                    "(Settings > Advanced > IP Ranges)."},
    {.id = "hmailserver.relay_not_allowed", .pattern = R"(Delivery is not allowed to this address)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kLog,
     .sample = "550 Delivery is not allowed to this address."},
    {.id = "hmailserver.tls_version",
     .pattern = R"(TLS/SSL handshake failed\..{0,120}Message: (?:unsupported protocol|version too low|no protocols available))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "TLS/SSL handshake failed. Session Id: 38233, Remote IP: 192.0.2.77, Error code: 337678594, Message: "
               "unsupported protocol"},
    {.id = "hmailserver.tls_handshake", .pattern = R"(TLS/SSL handshake failed\.)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "TLS/SSL handshake failed. Session Id: 18223, Remote IP: 192.0.2.57, Error code: 336130315, Message: "
               "wrong version number"},
    {.id = "hmailserver.mx_nxdomain", .pattern = R"(DNS - Query failure\. Query: \S+, Type: 15, DnsQuery return value: 9003\b)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog, .priority = 1,
     .sample = "DNS - Query failure. Query: examle.org, Type: 15, DnsQuery return value: 9003."},
    {.id = "hmailserver.mx_query_failed", .pattern = R"(DNS - Query failure\. Query: \S+, Type: 15\b)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kLog,
     .sample = "DNS - Query failure. Query: example.org, Type: 15, DnsQuery return value: 1460."},
    {.id = "hmailserver.no_mail_servers", .pattern = R"(No mail servers could be found for the address)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog,
     .sample = "SMTPDeliverer - Message 48223: No mail servers could be found for the address a@examle.org."},
    {.id = "hmailserver.dnsbl", .pattern = R"(\bRejected by (?:Spamhaus|SpamCop|Barracuda|SORBS|UCEPROTECT|SpamRATS)\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog,
     .sample = "550 Rejected by Spamhaus."},
    {.id = "hmailserver.spf", .pattern = R"(\bBlocked by SPF\b)", .reason = "authfailure", .cause = C::spam_policy,
     .scopes = kLog,
     .sample = "550 Blocked by SPF. (Please see http://www.open-spf.org/Why?scope=mfrom;identity=a@example.com;ip=192.0.2.17)"},

    // An operator took the message out of the queue on purpose (KumoMTA's
    // "kcli bounce", Momentum's purge): nothing failed on the way.
    {.id = "mta.operator_removed",
     .pattern = R"(Administrator bounced with reason|\[internal\] Message manually purged)", .reason = "undefined",
     .cause = C::other, .scopes = kLog,
     .sample = "551 5.7.1 Administrator bounced with reason: campaign cancelled by tenant",
     .remediation = "An operator bounced or purged this message on purpose (an administrative bounce of a queue or "
                    "a campaign): nothing failed at the recipient. If nobody meant to, ask who ran it; the message "
                    "has to be sent again."},
    // --- Stalwart's events, as parsers/stalwart.cc words them: "Description (event.id): code
    // details reason". The event's id says what failed where its fields say no more.
    {.id = "stalwart.mx_lookup_failed", .pattern = R"(\(delivery\.(?:mx|ip)-lookup-failed\))", .reason = "hostunknown",
     .cause = C::dns, .scopes = kLog,
     .sample = "MX record lookup failed (delivery.mx-lookup-failed): record not found for MX"},
    {.id = "stalwart.null_mx", .pattern = R"(\(delivery\.null-mx\))", .reason = "notaccept", .cause = C::dns,
     .scopes = kLog, .sample = "Domain does not accept messages (null MX) (delivery.null-mx)"},
    {.id = "stalwart.outbound_tls_failed",
     .pattern = R"(\(delivery\.(?:start-tls-unavailable|start-tls-error|implicit-tls-error)\))", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "STARTTLS error (delivery.start-tls-error): invalid peer certificate: Expired"},
    {.id = "stalwart.relay_login_failed", .pattern = R"(\(delivery\.auth-failed\))", .reason = "bad_credentials",
     .cause = C::authentication, .scopes = kLog,
     .sample = "SMTP authentication failed (delivery.auth-failed): 535 5.7.8 Authentication failed",
     .remediation = "The relay (smarthost) Stalwart sends through refused its login: check the user name and "
                    "password (or API key) in the relay's route settings, and that the account may still send."},
    {.id = "stalwart.outbound_limit", .pattern = R"(\(delivery\.(?:concurrency|rate)-limit-exceeded\))",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kLog,
     .sample = "Outbound rate limit exceeded (delivery.rate-limit-exceeded)",
     .remediation = "Stalwart's own outbound throttle for this destination held the message back: it is "
                    "retried; raise the limit in the queue's throttle settings if the destination allows more."},
    {.id = "stalwart.login_failed",
     .pattern = R"(\(auth\.(?:failed|too-many-attempts)\)|\(security\.(?:authentication|brute-force)-ban\))", .reason = "bad_credentials",
     .cause = C::authentication, .scopes = kLog, .sample = "Authentication failed (auth.failed)"},
    {.id = "stalwart.client_tls_failed", .pattern = R"(\(tls\.handshake-error\))", .reason = "tls_handshake_failure",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "TLS handshake error (tls.handshake-error): peer sent no certificates"},
    {.id = "stalwart.mailbox_unknown",
     .pattern = R"(\(smtp\.(?:mailbox-does-not-exist|invalid-recipient-address|too-many-invalid-rcpt)\))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kLog,
     .sample = "Mailbox does not exist (smtp.mailbox-does-not-exist)"},
    {.id = "stalwart.relay_refused", .pattern = R"(\(smtp\.relay-not-allowed\))", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kLog, .sample = "Relay not allowed (smtp.relay-not-allowed)"},
    {.id = "stalwart.message_too_large", .pattern = R"(\(smtp\.(?:message|request)-too-large\))",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kLog,
     .sample = "Message too large (smtp.message-too-large)"},
    {.id = "stalwart.inbound_limit",
     .pattern = R"(\(smtp\.(?:rate-limit-exceeded|concurrency-limit-exceeded|too-many-messages|too-many-recipients)\))",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog,
     .sample = "Rate limit exceeded (smtp.rate-limit-exceeded)"},
    {.id = "stalwart.sender_not_allowed",
     .pattern = R"(\(smtp\.mail-from-(?:unauthenticated|unauthorized|not-allowed)\))", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kLog, .sample = "Sender not allowed (smtp.mail-from-not-allowed)"},
    {.id = "stalwart.auth_check_rejected", .pattern = R"(\(smtp\.(?:dmarc|spf-ehlo|spf-from|dkim|arc)-fail\))",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kLog, .sample = "DMARC check failed (smtp.dmarc-fail)"},
    {.id = "stalwart.iprev_rejected", .pattern = R"(\(smtp\.iprev-fail\))", .reason = "requireptr",
     .cause = C::spam_policy, .scopes = kLog, .sample = "IPREV check failed (smtp.iprev-fail)"},
    {.id = "stalwart.client_protocol",
     .pattern = R"(\(smtp\.(?:invalid-ehlo|did-not-say-ehlo|message-parse-failed|invalid-sender-address)\))",
     .reason = "notcompliantrfc", .cause = C::outdated_client, .scopes = kLog,
     .sample = "Invalid EHLO command (smtp.invalid-ehlo)"},

    // --- Mox and Maddy, as parsers/mox.cc and parsers/maddy.cc word their records: the message, then its reason.
    {.id = "mox.login_failed", .pattern = R"(^failed authentication attempt$)", .reason = "bad_credentials",
     .cause = C::authentication, .scopes = kLog, .sample = "failed authentication attempt"},
    {.id = "maddy.login_failed",
     .pattern = R"(^authentication failed: (?:no auth\. provider accepted creds|unknown credentials|invalid credentials))",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "authentication failed: no auth. provider accepted creds, last err: invalid credentials"},
    {.id = "mox.rejected_dmarc", .pattern = R"(^incoming message rejected: dmarc-policy)", .reason = "authfailure",
     .cause = C::spam_policy, .scopes = kLog, .sample = "incoming message rejected: dmarc-policy"},
    {.id = "mox.no_dns_record", .pattern = R"(no dns record: recipient domain/host )", .reason = "hostunknown",
     .cause = C::dns, .scopes = kLog,
     .sample = "permanent failure delivering from queue: no dns record: recipient domain/host online.example, permanent"},
    {.id = "maddy.tls_fallback", .pattern = R"(^TLS error, trying plaintext)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog, .sample = "TLS error, trying plaintext: remote error: tls: handshake failure"},
    {.id = "maddy.submission_required", .pattern = R"(Use Submission for outgoing SMTP)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kLog,
     .sample = "501 5.1.8 Use Submission for outgoing SMTP: reject directive used",
     .remediation = "A client gave one of this server's own domains as the sender on the MX port (25): Maddy takes "
                    "such mail only on submission (587/465) after a login. A forged sender, or a client of yours set "
                    "up with port 25 instead of submission."},
    {.id = "maddy.mx_lookup_no_host", .pattern = R"(MX lookup error: no such host)", .reason = "hostunknown",
     .cause = C::dns, .scopes = kLog, .sample = "554 5.4.4 MX lookup error: no such host"},
    // chasquid's words (its maillog package), as parsers/chasquid.cc gives them.
    {.id = "chasquid.login_failed", .pattern = R"(^auth failed for )", .reason = "bad_credentials",
     .cause = C::authentication, .scopes = kLog, .sample = "auth failed for admin@example.org"},
    {.id = "chasquid.spf_rejected", .pattern = R"(^failed SPF: )", .reason = "authfailure", .cause = C::spam_policy,
     .scopes = kLog, .sample = "failed SPF: matched all"},
    // chasquid keeps the security level a domain's servers reached (TLS with a valid certificate,
    // TLS, plain) and will not deliver below it: the domain's server stopped offering TLS.
    {.id = "chasquid.security_level", .pattern = R"(Security level check failed \(level:)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "all MXs returned transient failures (last: Security level check failed (level:PLAIN))",
     .remediation = "The destination's servers offered TLS before and do not now (or their certificate stopped "
                    "being valid): chasquid will not deliver with less protection than it saw. Ask the domain's "
                    "administrator about their TLS; if the change is intended, clear chasquid's record of the "
                    "domain (its domaininfo directory)."},
    // Go's crypto/tls as a client: the remote server speaks only TLS 1.0 or 1.1.
    {.id = "go.tls_server_too_old", .pattern = R"(tls: server selected unsupported protocol version)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog,
     .sample = "all MXs returned transient failures (last: TLS error: tls: server selected unsupported protocol version 301)"},
    // Go's crypto/tls refusing a client (Mox, Maddy): its versions or ciphers are too old.
    {.id = "go.tls_client_too_old",
     .pattern = R"(tls: client offered only unsupported versions|tls: no cipher suite supported by both client and server)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog,
     .sample = "connection closed: starttls handshake: tls: client offered only unsupported versions: [302 301]"},
    // Go's resolver when the DNS server answers with an error (SERVFAIL).
    {.id = "go.resolver_misbehaving", .pattern = R"(lookup \S+ on \S+: server misbehaving)", .reason = "resolver_failure",
     .cause = C::dns, .scopes = kLog,
     .sample = "451 4.4.3 MX lookup error: lookup example.net on 127.0.0.53:53: server misbehaving"},

    // A client that skipped HELO/EHLO (Momentum's "RFC2821 HELO/EHLO needed", Postfix's
    // "send HELO/EHLO first"): a broken or very old client, or a scanner.
    {.id = "mta.helo_missing", .pattern = R"(HELO/EHLO needed|send HELO/EHLO first|Polite people say HELO first)",
     .reason = "notcompliantrfc", .cause = C::outdated_client, .scopes = kLog,
     .sample = "550 RFC2821 HELO/EHLO needed"},
    // --- Momentum's own failures, its "[internal]" replies in its mainlog and bouncelog.
    {.id = "momentum.domain_lookup_failed",
     .pattern = R"(\[internal\] (?:no MX or A (?:records? )?for (?:the )?domain|Domain Lookup Failed))",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog,
     .sample = "554 5.4.4 [internal] Domain Lookup Failed"},
    {.id = "momentum.tls_failed", .pattern = R"(\[internal\] TLS negotiation failed)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog, .sample = "451 4.7.5 [internal] TLS negotiation failed"},

    // --- Exim: routing and remote servers (src/routers/dnslookup.c, transports/smtp.c)
    {.id = "exim.dnslookup.mx_nonexistent", .pattern = R"(all relevant MX records point to non-existent hosts)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog,
     .sample = "H=treeladders.kiev.ua [91.232.21.92] sender verify fail for <mailer@treeladders.kiev.ua>: all "
               "relevant MX records point to non-existent hosts"},
    {.id = "exim.smtp.timeout_after_command", .pattern = R"(SMTP timeout after )", .reason = "conversation_timeout",
     .cause = C::server_unavailable, .scopes = kLog,
     .sample = "Connection timed out : SMTP timeout after RCPT TO:<b@x.y>"},
    // Exim 4.9x names the host in it: "Remote host mx.example.org [192.0.2.9] closed connection ...".
    {.id = "exim.smtp.remote_closed", .pattern = R"(Remote host (\S+ \[[^\]]{1,60}\] )?closed connection in response to )",
     .reason = "lost_connection", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "defer (-18) H=localhost4.test.ex [127.0.0.1]: Remote host closed connection in response to EHLO "
               "the.local.host.name"},

    // smtp transport: hosts_require_tls (or a DANE/TLSA requirement) and a server without STARTTLS, or
    // one whose STARTTLS failed.
    {.id = "exim.tls.required_not_available", .pattern = R"(a TLS session is required)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "defer (-38) H=mx.example.org [198.51.100.40]: a TLS session is required, but the server did not offer "
               "TLS support",
     .remediation = "Our configuration requires TLS to this destination and the server did not give it: check "
                    "whether it should (hosts_require_tls, DANE) and the server's STARTTLS with `swaks --tls`."},
    // Exim's retry rules gave up: the host has failed longer than the retry
    // period, so the message is bounced without another attempt.
    {.id = "exim.retry.gave_up", .pattern = R"(retry time not reached for any host after a long failure period)",
     .reason = "expired", .cause = C::expired, .scopes = kLog, .priority = 2,
     .sample = "** arno@example.org R=dnslookup T=remote_smtp: retry time not reached for any host after a long "
               "failure period"},
    // A queue run found the message's hosts still inside their retry wait:
    // they failed before (the attempts are in an earlier log) and still do.
    {.id = "exim.retry.time_not_reached", .pattern = R"(retry time not (?:yet )?reached)",
     .reason = "retry_time_not_reached", .cause = C::server_unavailable, .scopes = kLog,
     .actions = action_bit(Action::deferred), .priority = 1,
     .sample = "defer (-53): retry time not reached for any host for 'example.org'"},
    // Exim refusing a client that talked before its greeting or sent commands
    // ahead of the replies without PIPELINING: nearly always a bot, refused as
    // postscreen refuses a PREGREET (a spam defence at work, not an outdated
    // program).
    {.id = "exim.protocol_synchronization", .pattern = R"(SMTP protocol synchronization error)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .priority = 1,
     .sample = "SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection "
               "from",
     .remediation = "A client spoke before the greeting or did not wait for the replies (no PIPELINING): nearly "
                    "always a spam bot, and the refusal is the point. If a real mail program does it, update it "
                    "or turn off its pipelining; a short smtp_enforce_sync pause is part of the defence."},
    // OpenSMTPD's answer to commands sent ahead without PIPELINING offered
    // ("smtp bad-input result="500 5.5.1 Invalid command: Pipelining not supported""): the same defence.
    {.id = "opensmtpd.pipelining_unoffered", .pattern = R"(Invalid command: Pipelining not supported)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .priority = 1,
     .sample = "500 5.5.1 Invalid command: Pipelining not supported"},
    // Exim ending a session at smtp_accept_max_nonmail: commands without mail.
    {.id = "exim.session_limit.nonmail", .pattern = R"(too many nonmail commands)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog, .priority = 1,
     .sample = "too many nonmail commands (last was \"RSET\")",
     .remediation = "Exim dropped a client that sent too many commands without sending mail: usually a bot "
                    "probing addresses; a real client looping on RSET/NOOP needs fixing, or "
                    "smtp_accept_max_nonmail raising for hosts you trust."},
    // ... or after too many bad commands (smtp_max_synprot_errors, smtp_max_unknown_commands).
    {.id = "exim.session_limit.bad_commands", .pattern = R"(too many syntax or protocol errors|too many unrecognized commands)",
     .reason = "syntaxerror", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "too many syntax or protocol errors (last command was \"AUTH LOGIN\", C=EHLO,AUTH)",
     .remediation = "Exim dropped a client that kept sending commands it does not accept: nearly always a bot "
                    "or a scanner; a real mail program doing it is speaking something other than SMTP (a "
                    "wrong port or protocol) or is too old."},
    // dkim_strict: our signing failed, so Exim holds the message back.
    {.id = "exim.dkim_strict", .pattern = R"(could not be signed, and dkim_strict is set)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "DKIM: message could not be signed, and dkim_strict is set. Deferring message delivery.",
     .remediation = "Our DKIM signing failed and dkim_strict holds the mail back: check that dkim_private_key "
                    "exists and is readable by the Exim user, that dkim_domain and dkim_selector expand as meant, "
                    "and read the error Exim logs just before this line."},
    // An ACL whose ratelimit (or other) database cannot be opened refuses for now.
    {.id = "exim.acl.database_unavailable", .pattern = R"(ratelimit database not available|database not available|hints database)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "temporarily rejected connection in \"connect\" ACL: ratelimit database not available",
     .remediation = "Our own Exim could not open a hints database (ratelimit, retry, serialization) and "
                    "deferred: check the spool's db/ directory (space, permissions, a stale lock) and the panic "
                    "log."},
    // A pipe transport whose command could not run (the shell's 126/127): the
    // alias or filter names a program that is missing or not executable.
    {.id = "exim.pipe.command_missing",
     .pattern = R"(transport returned 12[67]\b|could mean unable to exec or command does not exist)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "Child process of address_pipe transport returned 127 (could mean unable to exec or command does not "
               "exist) from command: /usr/local/bin/helpdesk-import",
     .remediation = "The alias or filter pipes mail to a program that is not there or cannot run: fix the path "
                    "in the alias (or .forward), make it executable for the user the pipe runs as, and check "
                    "the transport's allow_commands/restrict_to_path."},
    // Our own Exim refusing a message over message_size_limit at DATA, or at MAIL by its
    // declared SIZE ("rejected MAIL FROM:<a> H=...: message too big: size=78643200 max=52428800").
    {.id = "exim.data.message_too_big", .pattern = R"(message too big: (?:read|size>?)=\d+ max=\d+)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kLog,
     .sample = "rejected from <a@example.net> H=mail.example.net [198.51.100.77]: message too big: read=56725188 "
               "max=52428800"},
    // Exim's ratelimit ACL condition, as the configuration examples word its
    // refusal ("temporarily rejected RCPT <a>: Sending rate too high").
    {.id = "exim.acl.sending_rate", .pattern = R"(Sending rate too high|sender rate overlimit|rate limit exceeded for )",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kLog, .priority = 1,
     .sample = "H=(mx.example.net) [198.51.100.66] F=<offers@example.net> temporarily rejected RCPT "
               "<i@example.org>: Sending rate too high",
     .remediation = "The ratelimit condition of Exim's ACL refused the sender for going over its rate: if it is "
                    "one of your own users (an authenticated login), check the account for compromise before "
                    "raising its limit; if a remote host, it slows down and retries by itself."},
    // A HELO naming our own domain or address from outside: "Forged HELO: you
    // are not example.org" (a common ACL of Exim configurations).
    {.id = "exim.acl.forged_helo", .pattern = R"(Forged HELO\b|HELO .{0,40}is (?:my|our) (?:own )?(?:name|domain|address))",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .priority = 1,
     .sample = "H=(example.org) [203.0.113.9] F=<admin@example.org> rejected RCPT <b@example.org>: Forged HELO: "
               "you are not example.org"},
    // An authenticated user sending as an address that is not theirs, refused
    // by the server's own ACL ("Sender address <x> not permitted for user y").
    {.id = "mta.acl.sender_not_permitted_for_user",
     .pattern = R"(not permitted for (?:user|login|authenticated user)\b|not (?:owned|allowed) for (?:user|login)\b|)"
                R"(does not match (?:the )?authenticated user\b)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kLog, .priority = 1,
     .sample = "A=dovecot_plain:m@example.org F=<info@example.net> rejected RCPT <k@example.com>: Sender address "
               "<info@example.net> not permitted for user m@example.org",
     .remediation = "The logged-in user sent with a From/envelope address that is not theirs on this server: have "
                    "the user send as their own address, or add the other address to their account (an alias or "
                    "the list of addresses the login may use)."},
    // A DATA-time ACL that deferred without a message of its own: most often
    // a content scanner it calls (clamd, spamd) is not answering; the line
    // before says which ("malware acl condition: ...").
    {.id = "exim.acl.data_deferred_silently", .pattern = R"(^temporarily rejected after DATA\s*$)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "temporarily rejected after DATA",
     .remediation = "Exim deferred the message after DATA without a reason of its own: a scanner its ACL calls "
                    "(clamd, spamd, rspamd) is most often down. Look at the line just before (\"malware acl "
                    "condition\", \"spam acl condition\"), start that service, or let the ACL go on without it."},
    // Sendmail at start when the host's own name does not resolve to a fully
    // qualified one (/etc/hosts or DNS lacks it).
    {.id = "sendmail.unqualified_own_name", .pattern = R"(My unqualified host name \(\S+\) unknown)",
     // (Also pasted among client lines, a cron job's mail waiting on it.)
     .reason = "unqualified_host", .cause = C::server_settings, .scopes = kLog | kScopeClient, .priority = 1,
     .sample = "My unqualified host name (erpdb01) unknown; sleeping for retry",
     .remediation = "Sendmail cannot find this host's fully qualified name: put it in /etc/hosts (\"192.0.2.10 "
                    "erpdb01.example.com erpdb01\") or DNS, or set it with define(`confDOMAIN_NAME', ...); until "
                    "then it waits at every start and then sends with the short name, which receivers refuse."},
    // Sendmail refusing a message over its MaxMessageSize (O MaxMessageSize, confMAX_MESSAGE_SIZE).
    {.id = "sendmail.message_size_exceeded", .pattern = R"(message size \(\d+\) exceeds maximum \(\d+\))",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kLog, .priority = 1,
     .sample = "message size (31457845) exceeds maximum (20000000)"},
    // Sendmail's milter socket not answering: the filter (MIMEDefang, ClamAV,
    // a DKIM signer) is not running or listens elsewhere.
    // The local delivery program (procmail, dovecot-lda, a pipe) asked to be
    // tried again (sysexits' 75): the delivery waits in the queue.
    {.id = "sendmail.local_mailer_tempfail", .pattern = R"(mailer \([^)]+\) exited with EX_TEMPFAIL)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "stat=Deferred: local mailer (/usr/libexec/dovecot/dovecot-lda) exited with EX_TEMPFAIL",
     .remediation = "The local delivery program (dovecot-lda, procmail, a pipe's script) failed for now and asked "
                    "to be run again later: its own log says why (a full or locked mailbox, a database or LDAP "
                    "lookup that failed, a permission); the message stays queued and is retried."},
    {.id = "sendmail.milter_unreachable", .pattern = R"(Milter \([^)]+\): error connecting to filter)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "Milter (mimedefang): error connecting to filter: Connection refused by /var/spool/MIMEDefang/mimedefang.sock",
     .remediation = "A mail filter (milter) this server hands every message to does not answer: start it (check its "
                    "service and socket path against the INPUT_MAIL_FILTER line); until then mail is refused, "
                    "delayed or passed unfiltered as the milter's F= flags say."},
    // Sendmail's queue file system below MinFreeBlocks: it refuses mail
    // ("452 4.4.5 Insufficient disk space; try again later") until there is room.
    {.id = "sendmail.low_on_space", .pattern = R"(^low on space \(|Insufficient disk space; try again later)",
     .reason = "systemfull", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "low on space (have 0, SMTP-DAEMON needs 101 in /var/spool/mqueue)",
     .remediation = "The mail queue's file system is full (below MinFreeBlocks), so Sendmail refuses mail with 452 "
                    "4.4.5: free space there (df -h /var/spool/mqueue) and find what filled it; senders retry."},
    // Our SMTP client and the relay share no login mechanism that the client
    // may use (the relay's AUTH list against AuthMechanisms and the SASL
    // modules installed): the message waits with "Temporary AUTH failure".
    {.id = "sendmail.auth_client_no_mechanism", .pattern = R"(AUTH=client, available mechanisms.*do not fulfill requirements)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "AUTH=client, available mechanisms do not fulfill requirements",
     .remediation = "Sendmail cannot log in to its relay with any mechanism both allow: install the Cyrus SASL "
                    "modules for PLAIN and LOGIN (libsasl2-modules), and check AuthMechanisms and the relay's "
                    "offered list (it may offer AUTH only after STARTTLS)."},
    // The message's deferral when that login could not be made ("stat=Deferred:
    // Temporary AUTH failure"): the line before names why.
    {.id = "sendmail.temporary_auth_failure", .pattern = R"(Temporary AUTH failure)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog, .priority = 1,
     .sample = "stat=Deferred: Temporary AUTH failure"},
    // Neither delivered nor returned: the bounce could not reach the sender or
    // the postmaster either, and sendmail dropped the message.
    {.id = "sendmail.savemail_panic", .pattern = R"(savemail panic|^Losing \S*qf)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "Losing ./qf2AA5Kx1q002871: savemail panic",
     .remediation = "Sendmail could neither deliver the message nor return it to its sender or the postmaster, "
                    "and dropped it: check that the postmaster alias delivers (newaliases, the aliases file), "
                    "that the queue directory has space, and the SYSERR lines before this one."},
    // Sendmail's EX_OSERR: the local system failed it (a fork, a file, the
    // local mailer's program).
    {.id = "sendmail.operating_system_error", .pattern = R"(^(Deferred: )?Operating system error)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kLog,
     .sample = "Operating system error",
     .remediation = "Sendmail met a system error of its own (EX_OSERR: a fork, a file it could not create, the "
                    "local mailer's program): the SYSERR lines around it name it; check the mailer's path, disk "
                    "space and the process limits."},
    // Sendmail's EX_CONFIG (5.3.5): the mail would come back to this host
    // (its MX points here while the domain is not in local-host-names) or a
    // mailer definition is wrong.
    {.id = "sendmail.local_configuration_error", .pattern = R"(^(?:Deferred: )?Local configuration error)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "Local configuration error",
     .remediation = "Sendmail found its own configuration at fault, most often mail that would loop back to this "
                    "host: if the domain is this server's, add it to local-host-names (Cw); if not, fix its MX so "
                    "it does not point here. The 'config error: mail loops back to me' line before it says which."},
    // The relay refusing the TLS version this MTA's SMTP client offered
    // (Microsoft 365's 4.7.66 once TLS 1.0 and 1.1 were turned off).
    {.id = "mta.smtp.remote_requires_newer_tls",
     .pattern = R"(TLS 1\.[01] (?:and (?:TLS )?1\.1 )?(?:is |are )?(?:not supported|no longer supported|disabled)|upgrade.{0,30} to support TLS 1\.[23])",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 2,
     .sample = "SASL authentication failed; server smtp.example.net[192.0.2.25] said: 421 4.7.66 TLS 1.0 and 1.1 "
               "are not supported. Please upgrade/update your client to support TLS 1.2.",
     .remediation = "The relay accepts TLS 1.2 or later only: upgrade the MTA's TLS library or allow TLS 1.2 in "
                    "its client settings (Postfix: smtp_tls_protocols = >=TLSv1.2; Exim: tls_require_ciphers; "
                    "sendmail: CipherList and ClientSSLOptions)."},
    // A 421 that only says the service is unavailable: the server was down,
    // overloaded or going down, nothing in it names a policy (Sisimai reads
    // Exim's "after initial connection" as a block; a 421 with nothing else
    // is not one).
    {.id = "mta.smtp.service_not_available_421", .code_min = 421, .code_max = 421,
     .pattern = R"(\b421[ -](?:4\.\d{1,3}\.\d{1,3} )?(?:[a-z0-9.-]+ )?service (?:not available|(?:temporarily )?unavailable)[,;.]?(?: -)?)"
                R"((?: (?:please )?try again later| closing transmission channel)?[.]?(?: \(in reply to [^)]*\))?\s*$)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 2,
     .sample = "SMTP error from remote mail server after initial connection: 421 mx.example.net Service not available "
               "- try again later"},
    // dnslookup: the resolver gave no answer in time (or SERVFAIL).
    // dnslookup: the MX host's name has no A or AAAA record.
    {.id = "exim.dnslookup.no_address", .pattern = R"(no IP address found for host)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kLog,
     .sample = "defer (-1): no IP address found for host mail.example.org"},
    // Exim's DANE: the TLSA record could not be looked up securely ("DANE
    // error: tlsa lookup DEFER"), so the delivery waits: the resolver (or the
    // domain's DNSSEC) is the trouble, not the receiving server.
    {.id = "exim.dane.tlsa_lookup_failed", .pattern = R"(DANE error: tlsa lookup (?:DEFER|FAIL))",
     .reason = "networkerror", .cause = C::dns, .scopes = kLog, .priority = 1,
     .sample = "defer (-1): DANE error: tlsa lookup DEFER",
     .remediation = "The TLSA lookup for the destination's DANE check failed: check that this host's resolver "
                    "validates DNSSEC and answers (a local unbound or systemd-resolved with DNSSEC), and the "
                    "destination domain's DNSSEC; the message is retried."},
    {.id = "exim.dnslookup.lookup_incomplete", .pattern = R"(host lookup (?:for \S+ )?did not complete)",
     .reason = "networkerror", .cause = C::dns, .scopes = kLog,
     .sample = "defer (-1): host lookup did not complete"},
    // The domain's best MX is this host while Exim does not take the domain
    // as local: local_domains (or the MX) is wrong.
    {.id = "exim.dnslookup.mx_points_to_self", .pattern = R"(lowest numbered MX record points to local host)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kLog | kScopeClient,
     .sample = "R=dnslookup: lowest numbered MX record points to local host",
     .remediation = "The domain's MX is this server but Exim does not treat the domain as its own: add it to "
                    "local_domains (or relay_to_domains with a route), or fix the MX record."},

    // --- Exim: its own configuration and local delivery ----------------------------
    {.id = "exim.config_error", .pattern = R"(Exim configuration error|failed to expand )",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "defer (-1): failed to expand \"${lookup{$domain}lsearch{/etc/exim4/missing}}\": failed to open "
               "/etc/exim4/missing for linear search: No such file or directory",
     .remediation = "Exim's configuration names something it cannot use (a file, a lookup, an option): the line "
                    "says what; fix it, check with `exim -bV` (Debian: update-exim4.conf first), then restart."},
    // Exim 4.94 and later refuse a file name or lookup built from data a
    // message brought ($domain, $local_part, $dkim_domain): configurations
    // written for older versions stop working after an upgrade.
    {.id = "exim.tainted_data",
     .pattern = R"(Tainted (?:filename|name|arg|'[^']*' \(file or directory name)|tainted search query is not properly quoted)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 2,
     .sample = "Tainted filename for search: '/etc/exim/domains/example.org/aliases'",
     .remediation = "Exim (4.94 and later) refuses file names and lookups built from message data such as $domain "
                    "or $local_part: rewrite that part of the configuration to look the value up first (use "
                    "$domain_data/$local_part_data, or a dsearch or lsearch lookup that returns it), test with "
                    "`exim -bV` and `exim -bt`, then restart."},
    // Exim could not sign: the message leaves without its DKIM signature (or
    // is deferred with dkim_strict), and receivers that check DMARC may refuse it.
    {.id = "exim.dkim_signing_failed", .pattern = R"(DKIM: signing failed)",
     .reason = "dkim_signing_failed", .cause = C::other, .scopes = kLog, .priority = 2,
     .sample = "DKIM: signing failed: PRIVKEY",
     .remediation = "Exim could not make the DKIM signature, so mail leaves unsigned and can fail DMARC at the "
                    "receiver: check that dkim_private_key names a readable key for the signing domain (owned by "
                    "the Exim user, PEM format) and that dkim_domain/dkim_selector expand to what DNS publishes."},
    // A local transport's own size limit (appendfile's message_size_limit): "message is too
    // big (transport limit = 52428800)".
    {.id = "exim.local_delivery.too_big", .pattern = R"(message is too big \(transport limit = \d+\))",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kLog, .priority = 1,
     .sample = "** carol@example.org R=local_user T=maildir_home : message is too big (transport limit = 52428800)",
     .remediation = "The message is larger than the local delivery transport accepts (its message_size_limit): "
                    "raise that limit in step with the server's own, or have large files sent by link."},
    // An LMTP transport whose server's socket is missing or closed (Dovecot's LMTP stopped):
    // "Failed to connect to socket /run/dovecot/lmtp for dovecot_lmtp transport: Connection refused".
    {.id = "exim.local_socket_unavailable",
     .pattern = R"(Failed to connect to socket \S+ for \S+ transport: (?:Connection refused|No such file or directory|Permission denied))",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "defer (111): Failed to connect to socket /run/dovecot/lmtp for dovecot_lmtp transport: Connection "
               "refused",
     .remediation = "The local service an Exim transport delivers to is not listening on its socket: start it "
                    "(Dovecot's LMTP) and check that the socket path in its configuration and in the transport "
                    "(socket = ...) agree, and that Exim's user may open it."},
    {.id = "exim.local_delivery.permission",
     .pattern = R"(Permission denied: creating lock file|failed to (open|create) mailbox .*Permission denied|)"
                R"(mailbox .* (is not a regular file|has too many links|has the wrong owner))",
     .reason = "mailererror", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "defer (13): Permission denied: creating lock file hitching post /var/mail/b.lock.mx.65f1a2b3.0001234",
     .remediation = "Local delivery could not write the mailbox: check the owner and mode of the mail spool "
                    "(Debian: /var/mail is root:mail 2775) and of the user's mailbox, and the transport's group."},

    // --- Exim: our own server refusing or dropping a client -----------------------
    // Exim's ACL reports a failed sender verification at RCPT time; the
    // shared sender rule reads the same words only at MAIL.
    // Exim's daemon over its smtp_load_reserve or smtp_accept_max_per_host
    // ("Connection from [ip] refused: load average = 18.42"): our server turned
    // clients away while it was overloaded.
    // (The parser keeps what follows "refused: " as the text: "load average = 18.42".)
    {.id = "exim.daemon.load_average", .pattern = R"((?:refused: |^)load average = \d)", .reason = "systemerror",
     .cause = C::server_unavailable, .scopes = kLog, .priority = 2,
     .sample = "Connection from [192.0.2.95]:40332 I=[192.0.2.25]:25 refused: load average = 18.42",
     .remediation = "Our Exim refused connections while the machine's load was above smtp_load_reserve: find what "
                    "loads it (a scanner, a queue run, I/O) or raise the limit; senders retry meanwhile."},
    // The sender's own domain could not be checked for now (its MX or DNS did
    // not answer the callout): a temporary refusal that clears when it does.
    {.id = "exim.acl.sender_verify_deferred", .pattern = R"(Could not complete sender verify)", .reason = "rejected",
     .cause = C::server_unavailable, .scopes = kLog,
     .sample = "H=mail.example.net [192.0.2.7] F=<a@example.net> temporarily rejected RCPT <b@example.org>: Could "
               "not complete sender verify"},
    // ... and the recipient's callout to the server behind us (a backend
    // mailbox server that did not answer): ours, for now.
    {.id = "exim.acl.recipient_verify_deferred", .pattern = R"(Could not complete recipient verify callout)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "H=mx.example.net [192.0.2.7] F=<a@example.net> temporarily rejected RCPT <b@example.org>: Could "
               "not complete recipient verify callout",
     .remediation = "Our Exim could not ask the server behind it whether the recipient exists (the callout did not "
                    "complete): check that the backend mailbox server answers on its SMTP/LMTP port; senders retry."},
    // A client without reverse DNS refused by an ACL's reverse lookup check.
    {.id = "exim.acl.reverse_lookup_failed",
     .pattern = R"(host lookup failed for reverse lookup check|failed to find host name from IP address)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kLog,
     .sample = "rejected RCPT <a@example.org>: host lookup failed for reverse lookup check (failed to find host name "
               "from IP address)"},
    // An ACL refusing a message whose DKIM signature fails ("DKIM signature from x did not verify").
    {.id = "exim.acl.dkim_failed", .pattern = R"(DKIM signature from \S+ did not verify|DKIM verification failed)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kLog,
     .sample = "rejected after DATA: DKIM signature from example.org did not verify (body hash mismatch)"},
    // A pipe delivery as a user on never_users (root, from an alias or .forward): Exim will not run it.
    {.id = "exim.pipe.never_users", .pattern = R"(set for \S+ transport is on the never_users list)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog,
     .sample = "User 0 set for address_pipe transport is on the never_users list",
     .remediation = "An alias or .forward pipes mail to a command that would run as root, which never_users forbids: "
                    "run the pipe as another user (the transport's user option, or the alias's owner), not root."},
    // ... by a remote server, about our sender, because its domain routes
    // nowhere (Exim's three-line reply): the sender domain's DNS, ours to fix.
    // (Our own server's refusal of a client's sender is its policy, above.)
    {.id = "exim.acl.sender_verify_unrouteable", .pattern = R"(Unrouteable address\b.*Sender verify failed)",
     .reason = "rejected", .cause = C::dns, .scopes = kLog,
     .actions = action_bit(Action::bounced) | action_bit(Action::deferred) | action_bit(Action::expired),
     .priority = 1,
     .sample = "550-Verification failed for <www-data@app06.localdomain> 550-Unrouteable address 550 Sender verify "
               "failed",
     .remediation = "The sender address's domain has no MX or address record, so the receiver's callout could not "
                    "route to it: give the sending program a sender address in a domain that exists (not "
                    "host.localdomain), or rewrite it on the relay (Postfix smtp_generic_maps, Exim's rewrite)."},
    {.id = "exim.acl.sender_verify_failed", .pattern = R"(Sender verify failed)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kLog,
     .sample = "H=mx.tillions.com [182.18.24.93] F=<buh@caladan.ebay.sun.com> rejected RCPT "
               "<ruslan@maslovskiy.com.ua>: Sender verify failed"},
    {.id = "exim.acl.connection_dropped",
     .pattern = R"(closed by DROP in ACL|dropped by '\w+' ACL|\(host_reject_connection\))", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kLog, .actions = action_bit(Action::rejected),
     .sample = "H=[192.0.2.101]:62839 dropped by 'connect' ACL: Country is banned"},

    // The wording of the malware ACL in Exim's documentation, which most
    // configurations copy ("deny malware = * message = This message contains a virus ($malware_name).").
    // A HELO/EHLO ACL refusing a bare or made-up name (Exim hands over the
    // ACL's message, "HELO/EHLO must contain a FQDN", with the command): the
    // client's name setting, as Postfix's reject_non_fqdn_helo_hostname is read
    // (all scopes, below its priority, so that Postfix's own rule keeps its words).
    {.id = "mta.acl.helo_not_fqdn",
     .pattern = R"(\bFQDN\b|fully[- ]qualified|must be dotted|not a (valid )?domain name|invalid (host|domain) ?name|)"
                R"(syntactically invalid argument)",
     .reason = "blocked", .cause = C::server_settings, .scopes = kScopeAll, .priority = -1,
     .sample = "HELO/EHLO must contain a FQDN", .commands = "EHLO|HELO"},

    // --- Exim: TLS on inbound and outbound connections ("TLS error on connection ...")
    {.id = "exim.tls.no_common_cipher",
     .pattern = R"(TLS error on connection .*(Could not negotiate a supported cipher suite|no shared cipher))",
     .reason = "tls_handshake_failure", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "TLS error on connection from the.local.host.name (myhost.test.ex) [192.0.2.4] (gnutls_handshake): "
               "Could not negotiate a supported cipher suite."},
    // OpenSSL's and GnuTLS's words for a client offering only TLS versions
    // the server no longer accepts (as postfix.tls.protocol_too_old reads them).
    {.id = "exim.tls.protocol_too_old",
     // (the delivery's deferral quotes the same: "defer (-37) H=...: TLS session: (SSL_connect): ...")
     .pattern = R"((?:TLS error on connection|TLS session: ).*(unsupported protocol|version too low|no protocols available|)"
                R"(unsupported or disabled protocol version|)"
                // GnuTLS: "(gnutls_handshake): A packet with illegal or unsupported version was received."
                R"(illegal or unsupported version))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "TLS error on connection from (EHLO) [198.51.100.24]:33333 I=[192.0.2.1]:25 (SSL_accept): "
               "error:0A000102:SSL routines::unsupported protocol"},
    {.id = "exim.tls.peer_rejected_certificate",
     .pattern = R"(TLS error on connection .*(Certificate is bad|certificate unknown|unknown ca|bad certificate))",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "TLS error on connection from localhost [127.0.0.1] (recv): A TLS fatal alert has been received: "
               "Certificate is bad"},
    {.id = "exim.tls.error", .pattern = R"(TLS error on connection (from |\())", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "TLS error on connection from [127.0.0.1] (recv): The TLS connection was non-properly terminated."},
    // Ours as the client, to a remote server: any TLS wording that names more
    // (an untrusted certificate, an old protocol) says it; else this.
    // (The deferral that follows a failed handshake quotes it: "defer (-37) H=...: TLS session: (SSL_connect): ...".)
    {.id = "exim.tls.outbound_error", .pattern = R"(TLS error on connection to |\bTLS session(?: failure)?: )",
     .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog, .priority = -1,
     .sample = "TLS error on connection to mx.example.org [192.0.2.44] (SSL_connect): error:0A000410:SSL "
               "routines::sslv3 alert handshake failure"},

    // --- Local recipients refused during the SMTP session -------------------------
    // Sendmail's "<rcpt>... User unknown" (and stat=User unknown) and Exim's ACL
    // "Unknown user" name no code; the parsers hand over just these words.
    {.id = "sendmail.user_unknown", .pattern = R"(^User unknown$)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kLog, .sample = "User unknown"},
    {.id = "exim.acl.unknown_user", .pattern = R"(^Unknown user$)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kLog, .sample = "Unknown user"},
    // Exim refusing a recipient at RCPT because no router takes it: for the domains it
    // receives for, the mailbox does not exist (a remote domain would be "relay not
    // permitted"). In a bounce of ours the same words mean the domain has no route (dns).
    {.id = "exim.acl.rcpt_unrouteable", .pattern = R"(^Unrouteable address$)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kScopeServerLog, .actions = action_bit(Action::rejected),
     .priority = 2, .sample = "Unrouteable address", .commands = "RCPT"},
    // Local delivery that could not lock the mailbox file (appendfile: another process holds it, a
    // stale lock, locking over NFS): our own server's trouble, retried.
    // (Postfix's local(8): "cannot update mailbox /var/mail/x for user x. unable to lock for
    // exclusive access: Resource temporarily unavailable".)
    {.id = "mta.local.mailbox_lock_failed", .pattern = R"(failed to lock mailbox|unable to lock for exclusive access)",
     .reason = "systemerror",
     .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "defer (-21): failed to lock mailbox /var/mail/ann (fcntl)",
     .remediation = "Local delivery could not lock the mailbox: another program holds it (a mail reader, a stuck "
                    "delivery) or a stale lock file is left; Exim retries. If it persists, look for the process "
                    "holding the file and old .lock files beside it, and avoid fcntl locks over NFS."},
    // A client that sent AUTH where Exim did not offer it: Exim advertises AUTH only over TLS
    // unless told otherwise, so the client skipped STARTTLS (or the listener has no AUTH).
    {.id = "exim.auth_not_advertised", .pattern = R"(AUTH command used when not advertised)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "SMTP protocol error in \"AUTH LOGIN\" H=(laptop) [192.0.2.7]:51320 I=[192.0.2.20]:587 503 AUTH "
               "command used when not advertised",
     .remediation = "The client sent AUTH before the server offered it; Exim offers AUTH only after STARTTLS by "
                    "default: turn on STARTTLS (or use 465 with TLS) in the client; if it already does, enable an "
                    "authenticator on this listener."},

    // --- Sendmail ------------------------------------------------------------------
    // check_mail's refusal of a sender whose domain has no DNS: the fix is the
    // sender's DNS (RFC 3463 5.1.8), not a policy.
    {.id = "sendmail.check_mail.sender_domain", .pattern = R"(Domain of sender address \S+ does not (exist|resolve))",
     .reason = "rejected", .cause = C::dns, .scopes = kLog,
     .sample = "553 5.1.8 <camila.pinto@camilopinto.pt>... Domain of sender address camila.pinto@andrewweitzman.com "
               "does not exist"},
    // conncontrol's reply; the 4.3.2 status alone would say "system not accepting".
    {.id = "sendmail.conncontrol.too_many_open", .pattern = R"(Too many open connections)", .reason = "toomanyconn",
     .cause = C::rate_limit, .scopes = kLog, .sample = "421 4.3.2 Too many open connections."},
    {.id = "sendmail.starttls.no_shared_cipher", .pattern = R"(STARTTLS=\w+, error: .*reason=no shared cipher)",
     .reason = "tls_handshake_failure", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "STARTTLS=server, error: accept failed=-1, reason=no shared cipher, SSL_error=1, errno=0, "
               "retry=-1, relay=mail.example.org [192.0.2.9]"},
    // Sendmail's refusal of a client that spoke before the greeting (greet_pause): the same
    // spam defence as Exim's synchronization error.
    {.id = "sendmail.pre_greeting_traffic", .pattern = R"(rejecting commands from .{1,120} due to pre-greeting traffic)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .priority = 1,
     .sample = "rejecting commands from [203.0.113.88] [203.0.113.88] due to pre-greeting traffic after 0 seconds",
     .remediation = "A client spoke before the greeting (Sendmail's greet_pause caught it): nearly always a spam "
                    "bot, and the refusal is the point. A real mail program doing it needs fixing or an exception "
                    "in the access map (GreetPause:)."},
    // ruleset=tls_server / tls_client with a TLS requirement (access map TLS_Srv:, TLS_Clt:);
    // the stock rulesets' own refusal is "403 4.7.0 TLS handshake." (logged as stat=Deferred).
    {.id = "sendmail.tls_ruleset.handshake_failed", .pattern = R"(TLS handshake failed|\b403 4\.7\.0 TLS handshake\.?$)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "ruleset=tls_server, arg1=SOFTWARE, relay=mx.example.net, reject=403 4.7.0 TLS handshake failed."},
    // A client that offers only protocol versions or ciphers this server no
    // longer accepts (TLS 1.0/1.1, export ciphers): the client is outdated.
    {.id = "sendmail.starttls.client_outdated",
     .pattern = R"(STARTTLS=server, error: .*reason=(?:unsupported protocol|no shared cipher))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "STARTTLS=server, error: accept failed=-1, reason=unsupported protocol, SSL_error=1, errno=0, "
               "retry=-1, relay=[192.0.2.118]"},
    {.id = "sendmail.starttls.error", .pattern = R"(STARTTLS=(server|client), error: )", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "STARTTLS=server, error: accept failed=0, reason=unexpected eof while reading, SSL_error=5, "
               "errno=0, retry=-1, relay=[192.0.2.77]"},
};

}  // namespace

std::span<const Rule> mta_text_rules() { return kRules; }

}  // namespace mailtriage
