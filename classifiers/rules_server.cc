// Text rules for MTA log wording: Postfix first, with the Exim and Sendmail
// phrasings of the same failures where they differ.
//
// Scopes: wording that a REMOTE server sends as its SMTP reply ("Relay access
// denied", "blocked using ...") can reach us through any input, so those rules
// apply everywhere; wording that Postfix (or another MTA) writes into its own
// log ("SSL_accept error from", "connect to ...: Connection timed out") applies
// to server logs and to client logs, which quote Postfix's client-side lines.
//
// Own reason names (not in Sisimai's vocabulary) used here: bad_credentials,
// auth_aborted, auth_backend_failure, auth_mechanism_unsupported,
// sasl_mech_unavailable, auth_requires_tls, starttls_required,
// tls_version_unsupported, tls_handshake_failure, wrong_version_number,
// cert_untrusted, cert_self_signed, connection_timeout, connection_refused,
// no_route_to_host, network_unreachable, ipv6_no_route, lost_connection,
// conversation_timeout, resolver_failure, dns_malformed_reply, greylisted,
// sender_not_permitted, local_mta_down, mta_misconfigured.
//
// Tie-breaks: rules that name a more specific variant of the same wording
// (the OpenSSL reason behind "SSL_accept error", "try again" behind "Host not
// found") carry priority 1; see ARCHITECTURE.md, "Rule precedence".
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;
constexpr uint8_t kLog = kScopeServerLog | kScopeClient;
constexpr uint8_t kAll = kScopeAll;

constexpr Rule kRules[] = {
    // --- SASL authentication -------------------------------------------------
    // smtpd passes the SASL backend's reason through; some reasons are not
    // about the password at all.
    {.id = "postfix.smtpd.sasl_backend_down",
     .pattern = R"(authentication failed: Connection lost to authentication server)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "warning: unknown[192.0.2.61]: SASL LOGIN authentication failed: Connection lost to authentication server"},
    {.id = "postfix.smtpd.sasl_invalid_mechanism", .pattern = R"(authentication failed: Invalid authentication mechanism)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "warning: mail.example.org[192.0.2.5]: SASL CRAM-MD5 authentication failed: Invalid authentication mechanism"},
    {.id = "postfix.smtpd.sasl_failed", .pattern = R"(SASL [A-Z0-9-]+ authentication failed)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "warning: unknown[192.0.2.7]: SASL LOGIN authentication failed: UGFzc3dvcmQ6"},
    // Dovecot's login services: a refused login, and one sent in the clear
    // where Dovecot wants TLS first (disable_plaintext_auth).
    {.id = "dovecot.login.auth_failed", .pattern = R"(-login: .*\(auth failed, \d+ attempts?)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "imap-login: Disconnected (auth failed, 3 attempts in 9 secs): user=<a@example.org>, method=PLAIN, "
               "rip=192.0.2.7, lip=192.0.2.1, TLS"},
    // SOGo's web login refused (its words for a bind that failed, as fail2ban's filter reads them).
    {.id = "sogo.login_failed", .pattern = R"(Login from '[^']{1,64}' for user '[^']{0,256}' might not have worked)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "SOGoRootPage Login from '198.51.100.58' for user 'peter@example.org' might not have worked - password "
               "policy: 65535  grace: -1  expire: -1  bound: 0"},
    // fail2ban's filter matching a failed login in a mail jail ("[postfix-sasl]
    // Found 203.0.113.45 - 2025-03-11 08:02:13"): the log line it matched said
    // the login failed; which way, it does not repeat.
    {.id = "fail2ban.mail_login_found", .pattern = R"(^\[[^\]]{1,64}\] Found [0-9a-fA-F.:]{3,45}\b)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog,
     .sample = "[postfix-sasl] Found 203.0.113.45 - 2025-03-11 08:02:13",
     .remediation = "fail2ban counted a failed login to mail from this address (its jail's filter matched the mail "
                    "log). Many from one address are password guessing, which fail2ban bans; one user's few are a "
                    "wrong or changed password in a mail program: see the mail log's line for the user."},
    // Courier-IMAP's refused IMAP or POP3 login ("LOGIN FAILED, user=x, ip=[::ffff:192.0.2.7]").
    {.id = "courier.login_failed", .pattern = R"(^LOGIN FAILED, )", .reason = "auth_failed",
     .cause = C::authentication, .scopes = kLog,
     .sample = "LOGIN FAILED, user=jsmith@example.com, ip=[::ffff:198.51.100.77]"},
    // couriertls's failed handshake: an old protocol version refused, else the handshake itself.
    {.id = "courier.tls_version_refused",
     .pattern = R"(^couriertls: .{0,80}(?:unsupported protocol|no protocols available|version too low))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "couriertls: accept: error:0A000102:SSL routines::unsupported protocol"},
    {.id = "courier.tls_failed", .pattern = R"(^couriertls: )", .reason = "tls_handshake_failure",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "couriertls: accept: error:0A000418:SSL routines::tlsv1 alert unknown ca"},
    // Courier's ESMTP server refusing a message over its SIZE limit (its own 534, not RFC 4954's).
    // Cyrus refusing a TLS handshake ("imaps TLS negotiation failed: host [ip]", "STARTTLS
    // negotiation failed: host [ip]"): the client's TLS settings or version.
    {.id = "cyrus.tls_negotiation_failed", .pattern = R"(TLS negotiation failed: )", .reason = "tls_handshake_failure",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "imaps TLS negotiation failed: ws-114.lan.example.org [192.0.2.114]"},
    // qmail-smtpd's chkuser patch refusing a recipient or sender, in its own status words.
    {.id = "qmail.chkuser.no_recipient", .pattern = R"(^CHKUSER rejected rcpt: .*(?:not existing recipient|invalid rcpt))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kLog, .priority = 2,
     .sample = "CHKUSER rejected rcpt: not existing recipient"},
    {.id = "qmail.chkuser.relaying", .pattern = R"(^CHKUSER rejected relaying: )", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kLog, .priority = 2,
     .sample = "CHKUSER rejected relaying: client not allowed to relay"},
    {.id = "qmail.chkuser.over_quota", .pattern = R"(^CHKUSER mbx overquota: )", .reason = "mailboxfull",
     .cause = C::mailbox_full, .scopes = kLog, .priority = 2, .sample = "CHKUSER mbx overquota: rcpt mailbox is overquota"},
    {.id = "qmail.chkuser.sender_domain", .pattern = R"(^CHKUSER rejected sender: .*(?:invalid sender MX domain|invalid sender domain))",
     .reason = "rejected", .cause = C::dns, .scopes = kLog, .priority = 2,
     .sample = "CHKUSER rejected sender: invalid sender MX domain",
     .remediation = "chkuser refused the sender because its domain has no MX (or no address) in DNS: the sending "
                    "domain's owner must publish one; if it is yours, check `dig MX DOMAIN`."},
    {.id = "qmail.chkuser.too_many_recipients", .pattern = R"(^CHKUSER rejected rcpt: .*max number of recipients)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog, .priority = 3,
     .sample = "CHKUSER rejected rcpt: max number of recipients"},
    {.id = "qmail.chkuser.other", .pattern = R"(^CHKUSER rejected )", .reason = "rejected", .cause = C::spam_policy,
     .scopes = kLog, .priority = 1, .sample = "CHKUSER rejected intrusion: rcpt ignored, session over intrusion threshold"},
    // simscan's verdicts in qmail-smtpd's log.
    {.id = "qmail.simscan.spam", .pattern = R"(^simscan: SPAM REJECT)", .reason = "spamdetected",
     .cause = C::spam_policy, .scopes = kLog, .priority = 2, .sample = "simscan: SPAM REJECT (14.20/7.00)"},
    {.id = "qmail.simscan.virus", .pattern = R"(^simscan: VIRUS\b)", .reason = "virusdetected",
     .cause = C::spam_policy, .scopes = kLog, .priority = 2, .sample = "simscan: VIRUS Win.Trojan.Agent-1002938"},
    {.id = "qmail.simscan.attachment", .pattern = R"(^simscan: ATTACH\b)", .reason = "policyviolation",
     .cause = C::spam_policy, .scopes = kLog, .priority = 2, .sample = "simscan: ATTACH shipment_label.scr",
     .remediation = "simscan refused an attachment type the server bans (an executable): send the file another "
                    "way (a link, an archive the policy allows), or change the banned list if it is yours."},
    // rblsmtpd refusing a client a DNS blocklist names ("rblsmtpd: 451 https://www.spamhaus.org/query/ip/x").
    {.id = "qmail.rblsmtpd", .pattern = R"(^rblsmtpd: )", .reason = "blocked", .cause = C::spam_policy, .scopes = kLog,
     .priority = 2, .sample = "rblsmtpd: 451 https://www.spamhaus.org/query/ip/203.0.113.201"},
    // qmail-remote's own words: a temporary DNS failure, and a TLS handshake (the TLS patch's
    // "TLS connect failed: ...") that found no common protocol version.
    {.id = "qmail.dns_temporary", .pattern = R"(CNAME lookup failed temporarily|\(#4\.4\.3\))",
     .reason = "networkerror", .cause = C::dns, .scopes = kLog, .priority = 2,
     .sample = "CNAME lookup failed temporarily. (#4.4.3)"},
    {.id = "qmail.tls_version", .pattern = R"(TLS connect failed: .{0,120}(?:unsupported protocol|version too low|protocol version))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 2,
     .sample = "TLS connect failed: error:1425F102:SSL routines:ssl_choose_client_version:unsupported protocol; "
               "connected to 192.0.2.61."},
    // qmail-remote finding itself the best MX of a domain that is not in its locals or virtualdomains.
    {.id = "qmail.mx_points_here", .pattern = R"(listed as a best-preference MX or A for that host)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kLog, .priority = 2,
     .sample = "Sorry. Although I'm listed as a best-preference MX or A for that host, it isn't in my control locals "
               "file, so I don't treat it as local. (#5.4.6)",
     .remediation = "The domain's MX points at this qmail host but the domain is not in control/locals or "
                    "control/virtualdomains: add it there (and to rcpthosts), then restart qmail-send; or fix the MX."},
    // vpopmail's vchkpw refusing a login.
    {.id = "qmail.vchkpw.login_failed", .pattern = R"(^vchkpw-\S+: (?:password fail|user not found))",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog, .sample = "vchkpw-submission: password fail"},
    // courieresmtp's "DNS lookup failed." for the destination.
    {.id = "courier.dns_lookup_failed", .pattern = R"(^DNS lookup failed\.?$)", .reason = "networkerror",
     .cause = C::dns, .scopes = kLog, .priority = 2, .sample = "DNS lookup failed."},
    // Haraka's own words: rcpt_to.in_host_list for a domain that is not its own (relaying
    // refused), mail_from.is_resolvable, its size limit, and an outbound connection's failure
    // before "Tried all MXs".
    {.id = "haraka.relay_refused", .pattern = R"(I cannot deliver mail for <)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kLog, .priority = 2,
     .sample = "550 I cannot deliver mail for <list@elsewhere.example>"},
    {.id = "haraka.sender_without_mx", .pattern = R"(No MX for your FROM address)", .reason = "rejected",
     .cause = C::dns, .scopes = kLog, .priority = 2, .sample = "No MX for your FROM address",
     .remediation = "The sender's domain has no MX (nor an address) the receiver could resolve: its owner must "
                    "publish one (`dig MX DOMAIN`); if the domain is yours, fix its DNS."},
    {.id = "haraka.size_limit", .pattern = R"(^(?:552 )?Message too big!?$)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kLog, .priority = 2, .sample = "Message too big!"},
    {.id = "haraka.outbound_connection_failed",
     .pattern = R"(Tried all MXs; (?:Failed to get pool entry|Ongoing connection failed).{0,80}(?:timed out|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ECONNRESET))",
     .reason = "networkerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 2,
     .sample = "Tried all MXs; Failed to get pool entry: Outbound connection timed out to 203.0.113.99:25"},
    {.id = "haraka.outbound_tls_failed",
     .pattern = R"((?:Tried all MXs; |^)Ongoing connection failed to \S+ : Error: .{0,120}SSL)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kLog, .priority = 2,
     .sample = "Tried all MXs; Ongoing connection failed to 203.0.113.140:25 : Error: 1402:error:14094410:SSL "
               "routines:ssl3_read_bytes:sslv3 alert handshake failure"},
    // Courier refusing a HELO that does not match the client's address.
    {.id = "courier.helo_mismatch", .pattern = R"(\b517 HELO \S+ does not match)", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kLog, .priority = 2,
     .sample = "517 HELO mail.example.com does not match 198.51.100.61"},
    // tcprules refusing a client outright.
    {.id = "qmail.tcpserver.deny", .pattern = R"(^tcpserver: deny )", .reason = "blocked", .cause = C::spam_policy,
     .scopes = kLog, .priority = 2, .sample = "tcpserver: deny 22011 mail.example.org:203.0.113.10:25 :192.0.2.250::41873",
     .remediation = "tcpserver refused the client by its rules (tcp.smtp.cdb): the address is denied there; if it "
                    "should send, change the rule and rebuild the cdb (tcprules)."},
    {.id = "courier.size_refused", .pattern = R"(\b534 SIZE=Message too big)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kLog, .priority = 2, .sample = "534 SIZE=Message too big."},
    {.id = "dovecot.login.plaintext_disallowed", .pattern = R"(tried to use (?:disallowed|disabled) (?:plaintext|cleartext) auth)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "imap-login: Disconnected (tried to use disallowed plaintext auth): user=<>, rip=192.0.2.7",
     .remediation = "The mail program logged in without encryption and the server accepts passwords only over "
                    "TLS: set the account's incoming (and outgoing) server to SSL/TLS or STARTTLS."},
    // A mechanism the login service does not offer (CRAM-MD5 set in a mail
    // program where the server has only PLAIN and LOGIN over TLS).
    {.id = "dovecot.login.unsupported_mechanism", .pattern = R"(tried to use unsupported auth mechanism)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "imap-login: Disconnected: Connection closed (tried to use unsupported auth mechanism): user=<>, "
               "method=CRAM-MD5, rip=203.0.113.14",
     .remediation = "The mail program logs in with a method the server does not offer: set its authentication "
                    "to normal password (PLAIN/LOGIN) over SSL/TLS."},
    {.id = "dovecot.login.userip_limit", .pattern = R"(Maximum number of connections from user\+IP exceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog, .priority = 1,
     .sample = "imap-login: Maximum number of connections from user+IP exceeded (mail_max_userip_connections=10): "
               "user=<kai@example.org>, method=PLAIN, rip=198.51.100.23",
     .remediation = "One user's mail programs (phone, laptop, tablet, each with several folders open) hold more "
                    "connections from one address than the server allows: close the extra programs, or raise "
                    "mail_max_userip_connections for the protocol if such use is normal there."},
    {.id = "exim.auth.authenticator_failed", .pattern = R"(authenticator failed for .*: 535\b)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "dovecot_login authenticator failed for (mail.example.org) [192.0.2.18]:35686: 535 Incorrect "
               "authentication data (set_id=user@example.org)"},
    {.id = "sendmail.auth.failure", .pattern = R"(AUTH failure \([A-Za-z0-9_-]+\): )",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kLog,
     .sample = "06I02CNi016764: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): authentication "
               "failure: checkpass failed, user=user@example.org, relay=mail.example.org [192.0.2.3]"},
    {.id = "postfix.smtpd.lost_after_auth", .pattern = R"(lost connection after AUTH from)",
     .reason = "auth_aborted", .cause = C::authentication, .scopes = kScopeServerLog,
     .actions = action_bit(Action::failed), .sample = "lost connection after AUTH from unknown[192.0.2.23]"},
    // Postfix as a client (relayhost with SASL).
    // The relay's password back end failed, not our credentials: RFC 4954's 454 "Temporary
    // authentication failure" (Postfix, Exchange and Sendmail servers say it when their SASL or
    // directory service is down).
    {.id = "postfix.smtp.relay_auth_backend_failure",
     .pattern = R"(SASL authentication failed; server \S+ said: 454[ -](?:4\.7\.0 )?Temporary authentication failure)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "SASL authentication failed; server smtp.example.net[198.51.100.5] said: 454 4.7.0 Temporary "
               "authentication failure",
     .remediation = "The relay could not check our login just now (its authentication service failed); the mail "
                    "waits in the queue and is retried. If it lasts, ask the relay's operator; nothing to change "
                    "on our side unless the credentials were also changed."},
    {.id = "postfix.smtp.sasl_no_mechanism",
     .pattern = R"(SASL authentication failed; cannot authenticate to server .*no (worthy )?mech|No worthy mechs found|)"
                R"(offered no supported AUTH mechanisms)",
     .reason = "sasl_mech_unavailable", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "SASL authentication failed; cannot authenticate to server smtp.example.org[192.0.2.25]: no "
               "mechanism available",
     .remediation = "Postfix's SMTP client has no SASL mechanism the relay offers: install the Cyrus SASL "
                    "modules (Debian: libsasl2-modules, for PLAIN and LOGIN), check smtp_sasl_mechanism_filter "
                    "and smtp_sasl_security_options (noanonymous, not noplaintext, over TLS), then reload."},
    // Amazon SES's own limits: "454 Throttling failure: Daily message quota exceeded." and
    // "... Maximum sending rate exceeded." The account's quota, not a recipient's mailbox.
    {.id = "provider.ses.throttling", .code_min = 454, .code_max = 454,
     .pattern = R"(Throttling failure: (?:Daily message quota|Maximum sending rate) exceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kAll, .priority = 3,
     .sample = "454 Throttling failure: Daily message quota exceeded.",
     .remediation = "Amazon SES refused more mail from this account for now: the daily quota or the per-second "
                    "rate is used up. Slow the sender down (Postfix: a transport rate delay for SES), wait for "
                    "the quota to renew, or request a higher quota in the SES console."},
    // Google Workspace's SMTP relay refusing a sender it cannot tie to the account: "550-5.7.1
    // Invalid credentials for relay [ip]. The IP address you've registered in your Workspace
    // SMTP Relay service doesn't match the domain of the account ...". Not a password: the
    // relay's allow-list or the sending domain.
    {.id = "provider.google.workspace_relay_denied", .status = "*.7.1", .pattern = R"(Invalid credentials for relay \[)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kAll, .priority = 3,
     .sample = "550-5.7.1 Invalid credentials for relay [203.0.113.51]. The IP address you've registered in your "
               "Workspace SMTP Relay service doesn't match domain of the account this email is being sent from.",
     .remediation = "Google's SMTP relay did not recognize this sender: add the sending server's public IP to the "
                    "Workspace SMTP relay setting (Admin console, Gmail, Routing), send from a domain of that "
                    "account (envelope sender and HELO), or have the relay require SMTP AUTH and log in."},
    // Gmail refusing mail sent straight from an address it takes for an end
    // user's connection (a home or dynamic range): such mail must go through
    // the provider's relay.
    {.id = "provider.google.not_authorized_direct", .pattern = R"(not authorized to send e-?mail directly to our servers|p=NotAuthorizedError)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kAll, .priority = 3,
     .sample = "550-5.7.1 The IP you're using to send mail is not authorized to send email directly to our servers. "
               "Please use the SMTP relay at your service provider instead.",
     .remediation = "Gmail does not take mail sent directly from this address range (a home or dynamic "
                    "connection): send through your provider's or your mail host's SMTP relay (a smarthost with "
                    "authentication on 587), or from a server with a static address and a matching PTR record."},
    // Amazon SES's SMTP endpoint deferring for a failure of its own ("454
    // Temporary service failure"): not the 454 of a login that RFC 4954 means.
    {.id = "provider.ses.temporary_service_failure", .code_min = 454, .code_max = 454,
     .pattern = R"(Temporary service failure)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kAll, .priority = 3,
     .sample = "host email-smtp.us-east-1.amazonaws.com[198.51.100.21] said: 454 Temporary service failure (in "
               "reply to end of DATA command)",
     .remediation = "The provider's endpoint failed on its side and deferred the message: it is retried; if it "
                    "lasts, check the provider's status page for the region."},
    // A relay (SendGrid, Zoho, Mailgun's sandbox) refusing the From address for
    // the account Postfix logged in with: the login may not send as it.
    {.id = "relay.sender_identity_not_verified",
     .pattern = R"(does not match a verified Sender Identity|Relaying disallowed as|)"
                R"((Email|Sender) address is not (a )?verified|identities failed the check in region|)"
                // Mailgun: "Domain mg.example.org is not allowed to send: The domain is unverified";
                // Postmark: "The 'From' address you supplied (x) is not a Sender Signature on your account";
                // Brevo: "525 5.7.1 Unauthorized IP address - 203.0.113.60" (not on the account's list)
                R"(is not allowed to send: The domain is unverified|is not a Sender Signature on your account|)"
                // Postmark over SMTP: "550 5.7.1 Error: Sender signature not defined for From address."
                R"(Sender signature not defined for (?:the )?From address|)"
                R"(\b5\d\d 5\.7\.1 Unauthorized IP address\b)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kLog, .priority = 2,
     .sample = "host smtp.sendgrid.net[192.0.2.44] said: 550 The from address does not match a verified Sender "
               "Identity. Mail cannot be sent until this error is resolved. (in reply to end of DATA command)",
     .remediation = "The relay accepts mail only from addresses verified for the account you log in with: verify "
                    "the From address (or its domain) with the provider, or send from one that is."},
    {.id = "mailgun.sandbox_recipient",
     .pattern = R"(Sandbox subdomains are for test purposes only|add the address to authorized recipients)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kLog, .priority = 2,
     .sample = "host smtp.mailgun.org[192.0.2.45] said: 554 Sandbox subdomains are for test purposes only. Please "
               "add your own domain or add the address to authorized recipients in Account Settings.",
     .remediation = "A Mailgun sandbox domain delivers only to authorized recipients: add and verify your own "
                    "sending domain, or authorize the recipient in the account settings."},
    {.id = "microsoft.submission_thread_limit", .pattern = R"(sender thread limit exceeded|ThreadLimitExceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog, .priority = 2,
     .sample = "host smtp.office365.com[192.0.2.46] said: 432 4.3.2 STOREDRV.ClientSubmit; sender thread limit "
               "exceeded (in reply to end of DATA command)",
     .remediation = "Microsoft 365 allows a few simultaneous submissions per mailbox: send over fewer parallel "
                    "connections (Postfix: smtp_destination_concurrency_limit = 2 for the relay) and let the "
                    "queue retry."},
    // Postfix's own configuration and queue, as its sendmail and postdrop commands report them.
    {.id = "postfix.inet_interfaces_no_local",
     .pattern = R"(parameter inet_interfaces: no local interface found for)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "postfix/sendmail[2362]: fatal: parameter inet_interfaces: no local interface found for ::1",
     .remediation = "main.cf names an address (often ::1 with IPv6 off) that no interface has: set inet_interfaces "
                    "= loopback-only or all, or inet_protocols = ipv4, then `postfix check` and restart."},
    // Postfix's sendmail command hands mail to the pickup service through
    // postdrop; without a running master that socket is missing.
    // (postqueue -f says the same in its words: "fatal: Cannot flush mail queue - mail system is down".)
    {.id = "postfix.postdrop.master_not_running",
     .pattern = R"(warning: unable to look up public/pickup|Cannot flush mail queue - mail system is down)",
     .reason = "local_mta_down", .cause = C::server_unavailable, .scopes = kLog, .priority = 1,
     .sample = "postdrop: warning: unable to look up public/pickup: No such file or directory",
     .remediation = "The local Postfix is not running, so mail handed to sendmail waits in maildrop: start it "
                    "(systemctl start postfix), check `postfix check` and the mail log for why it stopped."},
    {.id = "postfix.postdrop.queue_unusable",
     .pattern = R"(mail_queue_enter: create file maildrop/|postdrop: warning: .*maildrop.*Permission denied)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "postfix/postdrop[2363]: warning: mail_queue_enter: create file maildrop/123.456: No such file or "
               "directory",
     .remediation = "Postfix's queue directory is missing or has the wrong owner or mode: run `postfix "
                    "set-permissions` and `postfix check`, then restart Postfix."},
    // Fatal errors Postfix's daemons log when their configuration or
    // environment is broken; the process exits, so no mail passes that way.
    {.id = "mta.port_in_use",
     .pattern = R"((fatal: bind \S+ port \d+|cannot bind|socket bind\(\) to port \d+ .* failed): Address already in use)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "fatal: bind 0.0.0.0 port 25: Address already in use",
     .remediation = "Another program holds the port (often a second MTA, Postfix, Exim or Sendmail): find it "
                    "with `ss -ltnp 'sport = :25'`, stop and disable it, then start this one."},
    {.id = "postfix.fatal.table_not_built",
     .pattern = R"(fatal: open database \S+\.(db|lmdb|cdb): No such file or directory)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "fatal: open database /etc/postfix/sasl_passwd.db: No such file or directory",
     .remediation = "A lookup table named in main.cf was never built: run postmap on its source file (postmap "
                    "/etc/postfix/sasl_passwd), then `postfix reload`."},
    {.id = "postfix.fatal.no_sasl_mechanisms", .pattern = R"(fatal: no SASL authentication mechanisms)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "fatal: no SASL authentication mechanisms",
     .remediation = "SASL is turned on but offers no mechanism: install the Cyrus SASL modules "
                    "(libsasl2-modules) or point smtpd_sasl_type = dovecot and smtpd_sasl_path at Dovecot's running "
                    "auth socket, then restart Postfix."},
    {.id = "postfix.fatal.unknown_service", .pattern = R"(fatal: unknown service: \S+/tcp)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "fatal: unknown service: smtp/tcp",
     .remediation = "The service name is missing from the chroot's copy of /etc/services: copy /etc/services "
                    "(and resolv.conf) into /var/spool/postfix/etc/, or set the service's chroot column to n in "
                    "master.cf, then restart Postfix."},
    // Postfix's SMTP client set to authenticate (smtp_sasl_auth_enable) with no table of passwords.
    {.id = "postfix.fatal.no_sasl_password_maps", .pattern = R"(specify a password table via the .?smtp_sasl_password_maps)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "fatal: specify a password table via the `smtp_sasl_password_maps' configuration parameter",
     .remediation = "smtp_sasl_auth_enable is on but main.cf names no password table: set smtp_sasl_password_maps "
                    "= hash:/etc/postfix/sasl_passwd, build it with postmap, then `postfix reload`."},
    // Sendmail's map and alias databases are built from their text files by
    // makemap and newaliases; a missing .db stops every lookup of it.
    {.id = "sendmail.map_not_built", .pattern = R"(missing map file \S+: No such file or directory)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "SYSERR(root): hash map \"Alias0\": missing map file /etc/mail/aliases.db: No such file or directory",
     .remediation = "A database sendmail reads was never built: run newaliases for the aliases, or makemap hash "
                    "/etc/mail/NAME < /etc/mail/NAME for a map (or `make -C /etc/mail`), then restart sendmail."},
    {.id = "sendmail.syserr", .pattern = R"(^SYSERR\(\w+\): )",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog,
     .sample = "SYSERR(root): /etc/mail/sendmail.cf: line 85: unknown configuration line \"Xbogus\"",
     .remediation = "sendmail reported a system error: read the line and fix what it names (a file, a permission, "
                    "a configuration line; `sendmail -bt -d0.1` shows how it reads its configuration), then "
                    "restart it."},
    // Services main.cf names that do not answer (the parser makes these
    // warnings events): what the mail does meanwhile depends on the service.
    // A milter that is down (refused, timed out, stopped answering) is a local
    // service out of order; one whose socket path does not exist or may not
    // be opened is a setting that names the wrong place.
    {.id = "postfix.milter_down",
     .pattern = R"(connect to Milter service \S+: (?:Connection refused|Connection timed out|Connection reset)|milter \S+: can't (?:read|write))",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "warning: connect to Milter service inet:localhost:8891: Connection refused",
     .remediation = "A milter main.cf names (OpenDKIM, OpenDMARC, rspamd, ClamAV) is down or stopped answering: "
                    "start it (systemctl status NAME, its own log says why it stopped). Until then "
                    "milter_default_action decides: mail passes unsigned and unfiltered (accept, so DKIM fails at "
                    "the receivers) or waits (tempfail)."},
    // A milter on a TCP port that the connect is not allowed to reach: a local
    // security policy (SELinux's name_connect, a host firewall's owner match)
    // stands between Postfix and it.
    {.id = "postfix.milter_connect_forbidden",
     .pattern = R"(connect to Milter service inet:\S+: Permission denied)",
     .reason = "local_policy_denied", .cause = C::firewall_antivirus, .scopes = kScopeServerLog, .priority = 3,
     .sample = "warning: connect to Milter service inet:127.0.0.1:11332: Permission denied",
     .remediation = "Postfix may not connect to the milter's port: on SELinux systems the port needs the milter "
                    "port type (`ausearch -m avc -c smtpd` shows the denial; `semanage port -a -t milter_port_t "
                    "-p tcp PORT`), elsewhere check local firewall rules on the loopback interface."},
    // SELinux denials of mail's processes (parsers/audit.h): a connection to
    // a port the policy does not allow is a local firewall's doing; a file
    // the process may not touch is a file context to fix.
    {.id = "selinux.mail_connect_denied", .pattern = R"(avc: +denied +\{ (?:name_connect|name_bind|connectto) \})",
     .reason = "local_policy_denied", .cause = C::firewall_antivirus, .scopes = kScopeServerLog, .priority = 2,
     .sample = "avc:  denied  { name_connect } for  pid=48211 comm=\"smtpd\" dest=11332 "
               "scontext=system_u:system_r:postfix_smtpd_t:s0 tcontext=system_u:object_r:unreserved_port_t:s0 "
               "tclass=tcp_socket permissive=0",
     .remediation = "SELinux keeps a mail process from connecting to that port (a milter, a policy service, a "
                    "database): give the port its type (`semanage port -a -t milter_port_t -p tcp PORT`, or the "
                    "type `audit2why` names) or turn on the boolean it suggests; `ausearch -m avc -ts recent` "
                    "lists the denials."},
    {.id = "selinux.mail_access_denied", .pattern = R"(avc: +denied +\{)",
     .reason = "local_policy_denied", .cause = C::other, .scopes = kScopeServerLog, .priority = 1,
     .sample = "avc:  denied  { write } for  pid=49512 comm=\"lmtp\" name=\"tmp\" dev=\"dm-3\" ino=2101447 "
               "scontext=system_u:system_r:dovecot_deliver_t:s0 tcontext=unconfined_u:object_r:var_t:s0 "
               "tclass=dir permissive=0",
     .remediation = "SELinux keeps a mail process from a file or directory, typically one moved or created "
                    "outside the usual paths: give it the expected context (`semanage fcontext -a -t TYPE "
                    "'/srv/vmail(/.*)?'` then `restorecon -Rv /srv/vmail`); `audit2why` explains the denial."},
    {.id = "postfix.milter_unreachable",
     .pattern = R"(connect to Milter service|milter \S+: can't connect)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: connect to Milter service unix:/run/opendkim/opendkim.sock: No such file or directory",
     .remediation = "A milter main.cf names (OpenDKIM, OpenDMARC, rspamd, ClamAV) does not answer: start it and "
                    "check its socket against smtpd_milters and non_smtpd_milters. Until then milter_default_action "
                    "decides: mail passes unsigned and unfiltered (accept, so DKIM fails at the receivers) or waits "
                    "(tempfail)."},
    // milter_default_action = tempfail: the milter did not answer, Postfix's
    // cleanup defers the message with this fixed text.
    // (smtpd's own rejection says it with the reply code: "milter-reject: CONNECT from
    // x[ip]: 451 4.7.1 Service unavailable - try again later".)
    // ... and a remote Postfix saying the same of its own milter ("host X said: 451 4.7.1
    // Service unavailable - try again later"): its filter is down, it defers for now.
    {.id = "postfix.remote_milter_tempfail", .pattern = R"(said: 451 4\.7\.1 Service unavailable - try again later)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "host mail.example.com[192.0.2.10] said: 451 4.7.1 Service unavailable - try again later (in reply "
               "to MAIL FROM command)",
     .remediation = "The receiving Postfix answers so when its own filter (a milter) does not respond: a problem "
                    "on its side that the queue retries through; if it lasts, tell that server's postmaster."},
    {.id = "postfix.milter_tempfail", .pattern = R"(^(?:451 )?4\.7\.1 Service unavailable - try (?:again|back) later$)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "4.7.1 Service unavailable - try again later",
     .remediation = "A milter did not answer and milter_default_action = tempfail holds the mail back: start the "
                    "milter (OpenDKIM, rspamd, ClamAV) and check its socket; senders retry on their own."},
    // A smarthost (Microsoft 365, Gmail's relay, a provider) that wants SMTP
    // AUTH and got none: relayhost without smtp_sasl_auth_enable.
    {.id = "relay.smarthost_auth_required",
     .pattern = R"(not authenticated to send (anonymous )?mail|530[ -]5\.7\.\d{1,3} (Authentication|SMTP authentication is) required)",
     .reason = "securityerror", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 2,
     .sample = "host smtp.office365.com[198.51.100.98] said: 530 5.7.57 Client not authenticated to send mail. "
               "[AM0PR01CA0123.eurprd01.prod.exchangelabs.com] (in reply to MAIL FROM command)",
     .remediation = "The relay host wants SMTP AUTH and the server sent without it: set smtp_sasl_auth_enable = yes "
                    "with smtp_sasl_password_maps for the relayhost (Exim: an authenticator and hosts_require_auth), "
                    "and the account's app password where the provider needs one."},
    // Mail handed to the local MTA over SMTP (Sendmail's MSP queue, a relay to
    // localhost) and nothing listens there: the MTA is not running.
    {.id = "mta.local_mta_refused", .pattern = R"(Connection refused by \[?(127\.0\.0\.1|::1|localhost)\]?)",
     .reason = "local_mta_down", .cause = C::server_unavailable, .scopes = kLog, .priority = 2,
     .sample = "stat=Deferred: Connection refused by [127.0.0.1]",
     .remediation = "The local MTA does not accept connections: start it (systemctl status sendmail / postfix) "
                    "and check that it listens on 127.0.0.1:25; the mail waits in the submission queue meanwhile."},
    // DANE: the TLSA records of the MX could not be looked up (DNSSEC
    // validation failed or the resolver does not validate).
    {.id = "postfix.dane.tlsa_lookup_error", .pattern = R"(TLSA lookup error for )",
     .reason = "networkerror", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "TLSA lookup error for mx1.example.net:25",
     .remediation = "The TLSA (DANE) records of the destination could not be looked up: check that the local "
                    "resolver validates DNSSEC (unbound, smtp_dns_support_level = dnssec); if only this domain "
                    "fails, its DNSSEC is broken and the mail waits until its owner fixes it."},
    // connect() refused by this host itself (EPERM): a local firewall rule
    // (nftables/iptables REJECT with admin-prohibited, a cgroup or SELinux
    // policy) stops outbound SMTP.
    {.id = "mta.connect.operation_not_permitted", .pattern = R"(connect to \S+: Operation not permitted)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kScopeServerLog, .priority = 2,
     .sample = "connect to mx1.example.net[198.51.100.25]:25: Operation not permitted",
     .remediation = "This host's own kernel refused the connection: a local firewall rule (nftables, iptables, "
                    "ufw's outgoing policy) or a security policy blocks outbound port 25; allow it for the mail "
                    "system's user or relay through a smarthost on 587."},
    {.id = "postfix.qmgr.transport_unavailable", .pattern = R"(connect to transport \S+: )",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: connect to transport private/amavis: No such file or directory",
     .remediation = "The queue manager cannot reach a delivery transport the configuration names (a "
                    "content_filter such as amavis, or an entry of transport_maps): add it to master.cf or start "
                    "the filter it talks to, then `postfix reload`; mail waits in the queue meanwhile."},
    // (A local service that is not running: the labellers of real logs read
    // it as a service down, as a milter's or an LMTP socket's.)
    {.id = "postfix.policy_service_unreachable", .pattern = R"(problem talking to server \S+)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: problem talking to server 127.0.0.1:10023: Connection refused",
     .remediation = "A policy service in the restrictions (postgrey, policyd-spf, a quota or rate service) does not "
                    "answer, so Postfix defers mail with 451 4.3.5: start it, or take check_policy_service out of "
                    "the restrictions, then `postfix reload`."},
    // The 451 4.3.5 that smtpd answers with when its policy service did not
    // answer (the warning just before, same process): that service is down.
    {.id = "postfix.reject.policy_service_down", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kScopeServerLog, .weight = Weight::decisive, .hint = kPolicyServiceDownHint,
     .sample = "451 4.3.5 <bob@example.com>: Recipient address rejected: Server configuration problem",
     .remediation = "Mail is deferred at RCPT because a policy service in the restrictions (postgrey, "
                    "policyd-spf, a quota or rate service) does not answer: the warning just before names its "
                    "socket. Start it (or take its check_policy_service out), then `postfix reload`; senders "
                    "retry the deferred mail."},
    // (Its server down or overloaded is the commonest reason, as labellers of
    // real logs read it; the remediation names the settings to check too.)
    {.id = "postfix.master.process_limit", .pattern = R"(has reached its process limit)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: service \"smtpd\" (private/smtpd) has reached its process limit \"100\": new clients "
               "may experience noticeable delays",
     .remediation = "Every process of that service is busy, so new connections wait or time out: often a flood "
                    "of slow clients (postscreen in front of smtpd keeps bots off), otherwise raise "
                    "default_process_limit or the service's maxproc in master.cf, as memory allows."},
    {.id = "postfix.table_lookup_problem",
     .pattern = R"(: table lookup problem|connect to (?:mysql|pgsql) server |dict_ldap_connect: Unable to bind)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: proxy:mysql:/etc/postfix/mysql-virtual-mailbox-maps.cf: table lookup problem",
     .remediation = "A lookup table (SQL, LDAP, a proxied map) failed, so mail for it is deferred: check that its "
                    "server runs and that the .cf file's host, user, password and query are right (`postmap -q "
                    "KEY TABLE` tries one lookup)."},
    // Postfix's sendmail -t found no To:, Cc: or Bcc: in what the application
    // handed it: the application's mail has no recipient.
    {.id = "postfix.sendmail.no_recipients", .pattern = R"(No recipient addresses found in message header)",
     .reason = "no_recipients", .cause = C::other, .scopes = kScopeServerLog | kScopeClient, .priority = 1,
     .sample = "fatal: www-data(33): No recipient addresses found in message header",
     .remediation = "An application ran `sendmail -t` with a message that has no To:, Cc: or Bcc: header, so "
                    "there was no one to send to: the user named in the line (www-data: a web application) "
                    "must put the recipients in the message or pass them as arguments."},
    // Postfix's sendmail refusing a message over message_size_limit ("fatal: www-data(33): message file
    // too big"): the application's mail never entered the queue.
    {.id = "postfix.sendmail.message_too_big", .pattern = R"(message file too big)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kScopeServerLog, .priority = 1,
     .sample = "fatal: www-data(33): message file too big",
     .remediation = "The message is larger than message_size_limit (`postconf message_size_limit`): send large "
                    "files as links, or raise the limit if the receiving servers accept such sizes."},
    // No source address for the destination's address family: IPv6 without a route, a bad bind address.
    {.id = "mta.local_address_unavailable", .pattern = R"(Cannot assign requested address)",
     .reason = "local_address_unavailable", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "connect to mx.example.org[2001:db8::25]:25: Cannot assign requested address",
     .remediation = "This host has no usable source address for that destination (usually IPv6 without a "
                    "route): set inet_protocols = ipv4 (Postfix) or disable_ipv6 (Exim), or give the host "
                    "working IPv6."},
    // Exim's 435 to a client when an authenticator's back end (its perl code, a lookup) fails: not the
    // client's password.
    {.id = "exim.auth.backend_failed", .pattern = R"(Unable to authenticate at present)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "fixed_login authenticator failed for (User) [203.0.113.210]: 435 Unable to authenticate at present "
               "(set_id=user@example.org): error in perl_startup code",
     .remediation = "The authenticator itself failed (its back end: perl code, an SQL or LDAP lookup), so no "
                    "client can log in: read the error after the set_id and fix that back end."},
    // Debian's exim4-config set up for local delivery only refuses every remote address.
    {.id = "exim.remote_domains_not_supported", .pattern = R"(Mailing to remote domains not supported)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "** alerts@example.net: Mailing to remote domains not supported",
     .remediation = "Exim is configured for local delivery only: run `dpkg-reconfigure exim4-config` and "
                    "choose \"internet site\" or \"mail sent by smarthost\", then restart exim4."},
    // Any other fatal error or panic of a Postfix program: it stopped working.
    {.id = "postfix.fatal.other", .pattern = R"(^(fatal|panic): )",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog,
     .sample = "fatal: /etc/postfix/main.cf, line 42: missing '=' after attribute name: \"smtpd_tls_cert_file\"",
     .remediation = "A Postfix program stopped with a fatal error: read the line, fix what it names (`postfix "
                    "check` finds most configuration mistakes), then restart Postfix."},
    {.id = "postfix.smtp.sasl_no_compatible_mechanisms",
     .pattern = R"(offered no compatible authentication mechanisms for this type of connection security)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "SASL authentication failed: server smtp.example.org[192.0.2.25] offered no compatible "
               "authentication mechanisms for this type of connection security"},
    {.id = "postfix.smtp.sasl_rejected", .code_min = 535, .code_max = 535,
     .pattern = R"(SASL authentication failed; server \S+ said)", .reason = "bad_credentials",
     .cause = C::authentication, .scopes = kLog,
     .sample = "SASL authentication failed; server smtp.example.org[192.0.2.25] said: 535 5.7.8 Error: "
               "authentication failed: authentication failure"},
    // (and "... not owned by auth user" as other servers word the same check)
    {.id = "postfix.smtpd.sender_login_mismatch", .pattern = R"(Sender address rejected: not owned by (?:auth )?user)",
     .reason = "rejected", .cause = C::authentication, .scopes = kAll,
     .sample = "553 5.7.1 <sender@example.org>: Sender address rejected: not owned by user ph123"},

    // --- TLS -----------------------------------------------------------------
    // The parser joins "SSL_accept error ..." with the OpenSSL lines that follow
    // it, so the library's reason can decide.
    // ... and a server whose Diffie-Hellman group is too weak for today's OpenSSL ("dh key too small"),
    // or whose certificate's key or signature is (the remote end is the outdated one).
    {.id = "postfix.tls.protocol_too_old",
     // (OpenSMTPD's "smtp disconnected reason=io-error: handshake failed: error:...:unsupported protocol" too.)
     // (and the peer's own alert that it takes none of our versions: "tlsv1 alert protocol version")
     .pattern = R"((?:TLS library problem|handshake failed|SSL_accept\(\) failed|SSL_read\(\) failed): .*(version too low|unsupported protocol|no protocols available|)"
                R"(alert protocol version|dh key too small|ee key too small|ca md too weak|legacy sigalg disallowed))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "SSL_accept error from unknown[192.0.2.4]: -1; TLS library problem: error:1417D18C:SSL "
               "routines:tls_process_client_hello:version too low:../ssl/statem/statem_srvr.c:974:"},
    {.id = "postfix.tls.no_shared_cipher", .pattern = R"((?:TLS library problem|SSL_accept\(\) failed|SSL_read\(\) failed): .*no shared cipher)",
     .reason = "tls_handshake_failure", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "SSL_accept error from mail.example.org[192.0.2.9]: -1; TLS library problem: error:1408A0C1:SSL "
               "routines:ssl3_get_client_hello:no shared cipher:s3_srvr.c:1427:"},
    // (OpenSMTPD's relay session says it so: "IO Error: handshake failed: error:1408F10B:SSL
    // routines:ssl3_get_record:wrong version number", a smtps:// relay URL on a STARTTLS port)
    {.id = "postfix.tls.wrong_version_number", .pattern = R"((?:TLS library problem|handshake failed): .*wrong version number)",
     .reason = "wrong_version_number", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "SSL_accept error from unknown[192.0.2.14]: -1; TLS library problem: error:0A00010B:SSL "
               "routines::wrong version number:../ssl/record/ssl3_record.c:354:"},
    {.id = "postfix.tls.peer_rejected_certificate",
     .pattern = R"((?:TLS library problem|SSL_accept\(\) failed|SSL_read\(\) failed): .*alert (certificate unknown|unknown ca|bad certificate|certificate expired|certificate revoked))",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "SSL_accept error from mail.example.org[192.0.2.9]: -1; TLS library problem: error:14094416:SSL "
               "routines:ssl3_read_bytes:sslv3 alert certificate unknown:../ssl/record/rec_layer_s3.c:1543:SSL "
               "alert number 46:"},
    {.id = "postfix.smtpd.ssl_accept_error", .pattern = R"(SSL_accept error from|io-error: handshake failed)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "SSL_accept error from unknown[192.0.2.7]: lost connection"},
    {.id = "postfix.smtp.ssl_connect_error", .pattern = R"(SSL_connect error to)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "SSL_connect error to mail.example.org[192.0.2.2]:25: lost connection"},
    // Our server's own key or certificate not loaded (tls_certkey.c's warnings;
    // OpenSSL's "key values mismatch" when they do not belong together).
    {.id = "postfix.tls.own_certificate_unusable",
     .pattern = R"(cannot (?:get|load) (?:\w+ )?(?:private key|certificate)\b.*\bfrom file|key values mismatch)",
     .reason = "server_certificate_unusable", .cause = C::tls_mismatch, .scopes = kLog, .priority = 2,
     .sample = "cannot get RSA private key from file /etc/pki/tls/private/mx1.example.com.key: disabling TLS support",
     .remediation = "Postfix could not load its own TLS key or certificate (after a renewal they often no longer "
                    "belong together, or the file is unreadable), so it offers no STARTTLS and clients that "
                    "require TLS fail: point smtpd_tls_cert_file and smtpd_tls_key_file (or smtpd_tls_chain_files) "
                    "at a matching pair (`openssl x509 -noout -pubkey -in CERT` equals `openssl pkey -pubout -in "
                    "KEY`), then `postfix reload`."},
    {.id = "postfix.tls.library_problem", .pattern = R"(TLS library problem)", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:"
               "../ssl/record/rec_layer_s3.c:317:"},
    // (smtpd logs the same handshake as pipelining when it came before the greeting:
    // "improper command pipelining after CONNECT from c[ip]: \026\003\001".)
    {.id = "postfix.smtpd.tls_hello_on_plain_port",
     .pattern = R"((?:non-SMTP command from|improper command pipelining after CONNECT from) \S+: \\0?26\\0{0,2}3\\)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "non-SMTP command from unknown[198.51.100.8]: \\026\\003\\001\\002\\000\\001\\000\\001\\374\\003\\003",
     .remediation = "A client opened TLS at once (implicit TLS, as on port 465) on a port that speaks plain SMTP "
                    "first: set that client to STARTTLS for this port, or point it at the server's port 465 "
                    "(smtps) if one is enabled."},
    {.id = "postfix.smtp.tls_handshake_failed", .pattern = R"(Cannot start TLS: handshake failure)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "Cannot start TLS: handshake failure"},
    {.id = "postfix.smtp.tls_required_not_offered", .pattern = R"(TLS is required, but was not offered)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "TLS is required, but was not offered by host mx.example.net[192.0.2.40]"},
    {.id = "postfix.smtp.certificate_self_signed",
     .pattern = R"((certificate verification failed for \S+|num=\d+):.*self[- ]signed)",
     .reason = "cert_self_signed", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "certificate verification failed for mail.example.org[192.0.2.115]:25: self-signed certificate"},
    {.id = "postfix.smtp.certificate_untrusted",
     .pattern = R"(certificate verification failed for|Server certificate not (trusted|verified))",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "certificate verification failed for mail.example.org[192.0.2.115]:25: untrusted issuer "
               "/C=DE/O=Example GmbH/CN=Example CA"},
    {.id = "mta.tls.starttls_first", .pattern = R"(Must issue a STARTTLS command first)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kLog,  // bounces: bounce.failedstarttls.text
     .sample = "530 5.7.0 Must issue a STARTTLS command first"},

    // --- Connecting to the remote server --------------------------------------
    // Postfix "connect to host[addr]:25: ...", Exim "H=host [addr] ..." and
    // "defer (110): ...", Sendmail "stat=Deferred: ... with host". One line
    // cannot tell an ISP port-25 block from a dead server: that is the
    // cross-event diagnosis's job.
    // OpenSMTPD's reasons for a relay session that failed ("mta error reason=..."), which the
    // delivery line takes over (parsers/opensmtpd.cc). Literal texts: no compile cost.
    // Our own server refusing a client's login (OpenSMTPD: "smtp authentication user=u result=permfail").
    {.id = "opensmtpd.auth_failed", .pattern = R"(smtp authentication user=.{1,160} result=permfail)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 1,
     .sample = "smtp authentication user=admin result=permfail"},
    // The IIS SMTP service's own refusals, which its log keeps as the command and the code alone
    // (parsers/iis_smtp.cc writes them "RCPT 550"): it holds no mailboxes, so a recipient it refuses
    // is one it will not relay for that client ("550 5.7.1 Unable to relay"), and a 552 at MAIL FROM
    // (the SIZE the client announced) or after DATA is its message size limit.
    {.id = "iis.relay_refused", .pattern = R"(^RCPT 550\b)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kScopeServerLog, .priority = 2,
     .sample = "RCPT 550",
     .remediation = "The IIS SMTP service refused to relay for this client: if the client is one of yours "
                    "(an application server, a scanner), add its address under Relay Restrictions or have it "
                    "authenticate; from the Internet this is a relay probe, and the refusal is right."},
    {.id = "iis.size_limit", .pattern = R"(^(?:MAIL|DATA) 552\b)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kScopeServerLog, .priority = 2,
     .sample = "MAIL 552",
     .remediation = "The message is over the IIS SMTP virtual server's size limit (Messages tab, \"Limit message "
                    "size to\"): send it smaller or raise the limit."},
    // Zimbra's security log of a refused login: "error=authentication failed for [a@example.com],
    // invalid password" (or "account lockout" once the lockout policy locked the account), and a
    // login to an account that is not active ("error=account inactive (account.ACCOUNT_INACTIVE)").
    {.id = "zimbra.auth_failed",
     .pattern = R"(^authentication failed for \[[^\]]*\]|^account inactive\b|\(account\.(?:AUTH_FAILED|ACCOUNT_INACTIVE)\))",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 1,
     .sample = "authentication failed for [a@example.com], invalid password",
     .remediation = "A client's login to Zimbra was refused: a wrong or stale password on the user's devices "
                    "(update the saved password), or, many times from one address against many accounts, password "
                    "guessing to block (zmauditswatch, fail2ban); \"account lockout\" means the lockout policy "
                    "locked the account."},
    // The same before OpenSMTPD 6.4: "smtp-in: Authentication failed for user u on session <id>".
    {.id = "opensmtpd.auth_failed_before_6_4", .pattern = R"(smtp-in: Authentication failed for user )",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 1,
     .sample = "smtp-in: Authentication failed for user backup on session 0a1b2c3d4e5f6071"},
    // OpenSMTPD's resolver could not get the domain's MX records for now ("Temporary failure in
    // MX lookup"; "Permanent failure in MX lookup" when the domain has none).
    {.id = "opensmtpd.mx_lookup_failed", .pattern = R"((?:Temporary|Permanent) failure in MX lookup|No MX found for domain)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "Temporary failure in MX lookup"},
    // Gmail's transient "421 4.3.0 Temporary System Problem.  Try again later" (two blanks): its own trouble,
    // whatever the status class says; a mail client submitting to smtp.gmail.com gets it too.
    {.id = "provider.google.temporary_system_problem", .pattern = R"(Temporary System Problem\.\s+Try again later)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeAll,
     .priority = 1,
     .sample = "421 4.7.0 Temporary System Problem.  Try again later (10). h4-20020a05600c2b0400b00412345678si.77 - gsmtp"},
    // OpenSMTPD cannot log in to a relay because smtpd.conf names credentials the table lacks.
    {.id = "opensmtpd.secret_missing", .pattern = R"(Failed to retrieve secret for)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warn: Failed to retrieve secret for [relay:smtp.example.net,port=587,smtp+tls,auth=secrets:relay,mx]",
     .remediation = "The relay's `auth <label>` names a label the secrets table does not hold: add \"label "
                    "user:password\" to the table (then `smtpctl update table secrets`) or fix the label."},
    // An SPF check that could not be completed, as policyd-spf and Postfix's
    // reject quote it: the sender domain's record is broken ("SPF Permanent
    // Error: Void lookup limit of 2 exceeded", RFC 7208's permerror) or its DNS
    // did not answer ("SPF Temporary Error: DNS Timeout").
    {.id = "spf.permanent_error", .pattern = R"(SPF Permanent Error\b)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kScopeServerLog | kScopeMessage, .priority = 2,
     .sample = "550 5.5.2 <a@example.org>: Recipient address rejected: SPF Permanent Error: Void lookup limit of 2 "
               "exceeded",
     .remediation = "The sender domain's SPF record cannot be evaluated (too many DNS lookups, void lookups, a "
                    "syntax error): its owner must fix the record (check it with an SPF validator); receivers "
                    "that enforce SPF refuse its mail until then."},
    {.id = "spf.temporary_error", .pattern = R"(SPF Temporary Error\b)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kScopeServerLog | kScopeMessage, .priority = 2,
     .sample = "451 4.4.3 <a@example.org>: Recipient address rejected: SPF Temporary Error: DNS Timeout"},
    // Sendmail's host map (its DNS lookups) deferring: "stat=Deferred: host
    // map: lookup (partner.example): deferred" (no answer for now).
    {.id = "sendmail.host_map_deferred", .pattern = R"(host map: lookup \(\S+\): deferred)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "stat=Deferred: host map: lookup (partner.example): deferred"},
    // The remote server closing the connection in the middle of the session
    // (Sendmail's "stat=Deferred: Connection reset by mx.example.com.").
    {.id = "mta.connection_reset_by_remote", .pattern = R"(\bConnection reset by [a-z0-9][a-z0-9.-]*\.?\s*\)?\s*$)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "stat=Deferred: Connection reset by mx2.example.com."},
    // Postfix's local(8) writing to an mbox that reached the size limit the
    // system or mailbox_size_limit sets ("... error writing message: File too large").
    {.id = "postfix.local.mailbox_file_too_large", .pattern = R"(cannot update mailbox .{1,160}File too large)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kScopeServerLog, .priority = 2,
     .sample = "cannot update mailbox /var/mail/archive for user archive. error writing message: File too large",
     .remediation = "The user's mbox file reached its size limit (Postfix's mailbox_size_limit, 50 MB by default, "
                    "or the file system's): have the user empty it, move the mailbox to Maildir, or raise "
                    "mailbox_size_limit (it must stay above message_size_limit)."},
    // Sendmail's resolver gave no answer in time: "stat=Deferred: Name server timeout".
    {.id = "sendmail.name_server_timeout", .pattern = R"(\bName server timeout\b)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "dsn=4.4.3, stat=Deferred: Name server timeout"},
    // OpenSMTPD's delivery through a relay whose credentials its secrets table
    // does not hold (the "warn: Failed to retrieve secret" line's consequence).
    {.id = "opensmtpd.credentials_missing", .pattern = R"(Could not retrieve credentials)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "result=\"TempFail\" stat=\"Could not retrieve credentials\""},
    // Exim's manualroute router could not resolve its smarthost's name
    // ('lookup of host "smtp.isp.example.net" failed in smarthost router').
    {.id = "exim.router.host_lookup_failed", .pattern = R"(lookup of host \S+ failed in \S+ router)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "defer (-1): lookup of host \"smtp.example.net\" failed in smarthost router"},
    // Exim's deferral when its smarthost login failed and the router requires it.
    {.id = "exim.smarthost_auth_failed", .pattern = R"(authentication required but authentication attempt\(s\) failed)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 1,
     .sample = "defer (-42): authentication required but authentication attempt(s) failed"},
    // AOL/Yahoo's "421 Max message per connection reached", a Korean portal's "421 4.3.1 You send too
    // many messages.": sending-rate limits, whatever the status says.
    {.id = "remote.messages_per_connection", .pattern = R"(Max message per connection reached|send too many messages)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kScopeServerLog | kScopeMessage, .priority = 1,
     .sample = "421 Max message per connection reached, closing transmission channel"},
    // "550 invalid helo given": the remote refuses our HELO name (myhostname, smtp_helo_name).
    {.id = "remote.helo_rejected", .pattern = R"(invalid helo)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 1,
     .sample = "550 invalid helo given",
     .remediation = "The receiving server refuses the name we greet it with: set myhostname (or "
                    "smtp_helo_name) to this host's public name, one that resolves to its IP and back."},
    // A provider's own "policy violation" (Aruba's "550 5.1.0 <id> policy violation").
    {.id = "remote.policy_violation", .pattern = R"(policy violation)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = -1,
     .sample = "550 5.1.0 kwPq3a01Z0hMcT901kwPrX8 policy violation"},
    // MessageLabs: "452 Too many recipients received this hour"; "451 TLS/SSLv3 Connection required. (#4.7.1)".
    {.id = "remote.recipients_per_hour", .pattern = R"(recipients received this hour)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kScopeServerLog, .priority = 1,
     .sample = "452 Too many recipients received this hour"},
    {.id = "remote.tls_connection_required", .pattern = R"(TLS/SSLv3 Connection required)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kScopeServerLog, .priority = 1,
     .sample = "451 TLS/SSLv3 Connection required. (#4.7.1)"},
    {.id = "opensmtpd.connection_timeout", .pattern = R"(Connection timeout)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kLog, .priority = -1,
     .sample = "Connection timeout"},
    {.id = "opensmtpd.auth_rejected", .pattern = R"(AUTH rejected: )",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog, .priority = 1,
     .sample = "AUTH rejected: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6",
     .remediation = "The relay refused our login: check the user name and password in the credentials table "
                    "the relay's `auth` names (smtpd.conf), and that the account may submit mail."},
    {.id = "opensmtpd.tls_not_offered", .pattern = R"(TLS required but not supported by remote host)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kLog, .priority = 1,
     .sample = "TLS required but not supported by remote host",
     .remediation = "The relay URL requires TLS (smtp+tls://, smtps://) but the remote host offers no "
                    "STARTTLS: use the host's TLS port or name, or relax the URL if plain text is acceptable."},
    // The large mailbox providers' MX hosts take connections on port 25 around the clock
    // (anycast, many addresses per name), and so do the relay services' submission hosts (SES,
    // SendGrid, Google's SMTP relay, Mailgun, Brevo, Postmark...): when the connection to one
    // times out, the SYN was dropped on its way out, by the ISP's or the cloud's port-25 filter
    // (EC2 and GCP close it by default), not by an outage of the provider. Timeouts to other hosts stay server_unavailable; the report's port-25
    // diagnosis weighs those by how many unrelated sites time out together. (Client logs
    // have their own rule for any port-25 timeout, net.timeout.port25.)
    {.id = "mta.connect.port25_timeout_major_provider",
     .pattern = R"(connect to (?:[\w-]+\.)*(?:google\.com|googlemail\.com|outlook\.com|hotmail\.com|yahoodns\.net|)"
                R"(icloud\.com|aol\.com|gmx\.net|web\.de|mail\.ru|yandex\.(?:ru|net)|zoho\.com|)"
                R"(gmail\.com|office365\.com|amazonaws\.com|sendgrid\.net|mailgun\.org|brevo\.com|sendinblue\.com|)"
                R"(postmarkapp\.com|sparkpostmail\.com|mailjet\.com|mandrillapp\.com)\[[^\]]*\]:25: )"
                R"((?:Connection|Operation) timed out|)"
                // Sendmail: "Deferred: Connection timed out with gmail-smtp-in.l.google.com."
                R"((?:Connection|Operation) timed out with (?:[\w-]+\.)*(?:google\.com|googlemail\.com|outlook\.com|)"
                R"(hotmail\.com|yahoodns\.net|icloud\.com|aol\.com|gmx\.net|web\.de|mail\.ru|yandex\.(?:ru|net)|)"
                R"(zoho\.com)\.?(?:$|[\s,;)]))",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kScopeServerLog, .priority = 1,
     .sample = "connect to gmail-smtp-in.l.google.com[192.0.2.26]:25: Connection timed out"},
    // The same, when the log names the provider's host apart from the text
    // (KumoMTA's record: its "site", the timeout's text only the address).
    {.id = "mta.connect.timeout_major_provider_host",
     .pattern = R"(\b(?:Connection|Operation) timed out\b|timeout after \d+m?s while connecting to )",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kScopeServerLog, .priority = 1,
     .sample = "KumoMTA internal: failed to connect to any candidate hosts: connect to 192.0.2.27:25 and read initial "
               "banner: timeout after 30s while connecting to 192.0.2.27:25 None",
     .remote_hosts = "google.com|googlemail.com|outlook.com|hotmail.com|yahoodns.net|icloud.com|aol.com|gmx.net|"
                     "web.de|mail.ru|yandex.ru|yandex.net|zoho.com"},
    {.id = "mta.connect.timed_out",
     // Rust's std::io::Error says the errno after it (KumoMTA: "connect to mx.example.net./192.0.2.9:25
     // and read initial banner: Connection timed out (os error 110)").
     .pattern = R"((connect to \S+: |\](:\d+)?:? |defer \(-?\d+\): |Deferred: |IO Error: )(Connection|Operation) timed out|^(Connection|Operation) timed out$|)"
                R"(: (?:Connection|Operation) timed out \(os error \d+\)|timeout after \d+m?s while connecting to |)"
                // Go's net package (Mox, Maddy, chasquid): "dial tcp 192.0.2.19:25: i/o timeout"
                R"(dial tcp \S+: (?:i/o timeout|connect: connection timed out))",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "connect to mx.example.net[192.0.2.10]:25: Connection timed out"},
    // Windows' socket errors in its mail servers' logs (hMailServer,
    // SmarterMail, MDaemon: WSAECONNREFUSED 10061 and WSAETIMEDOUT 10060 in
    // .NET's and Winsock's words).
    {.id = "windows.socket_refused", .pattern = R"(No connection could be made because the target machine actively refused it)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kScopeServerLog,
     .sample = "Connection to 192.0.2.9:25 failed: No connection could be made because the target machine actively "
               "refused it. 192.0.2.9:25"},
    {.id = "windows.socket_timeout",
     .pattern = R"(A connection attempt failed because the connected party did not properly respond after a period of time)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kScopeServerLog,
     .sample = "Connection to 192.0.2.77:25 failed: A connection attempt failed because the connected party did not "
               "properly respond after a period of time, or established connection failed because connected host "
               "has failed to respond."},
    // SmarterMail's MX lookups: the domain does not exist, or the lookup failed.
    {.id = "smartermail.mx_lookup_nxdomain",
     .pattern = R"(DNS lookup (?:of|for) MX records (?:for|of) \S+ failed: .{0,40}(?:NXDOMAIN|Non-existent domain|does not exist))",
     .reason = "hostunknown", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "DNS lookup of MX records for examle.org failed: Non-existent domain (NXDOMAIN)"},
    {.id = "smartermail.mx_lookup_failed", .pattern = R"(DNS lookup (?:of|for) MX records (?:for|of) \S+ failed)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "DNS lookup of MX records for example.org failed: query timed out (DNS server 192.0.2.2:53)"},
    // Kerio Connect's security log (and its mail log's statuses): clients
    // refused by its spam attack detection, DNS blocklists and relay rules,
    // failed logins (its own user lookup, its administration login), its
    // anti-hammering block; a failed MX lookup in a delayed recipient's status.
    {.id = "kerio.spam_attack", .pattern = R"(SMTP Spam attack detected from)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog,
     .sample = "SMTP Spam attack detected from 192.0.2.195, client closed connection before SMTP greeting"},
    {.id = "kerio.dnsbl", .pattern = R"(found in DNS blacklist)", .reason = "blocked", .cause = C::spam_policy,
     .scopes = kLog,
     .sample = "IP address 192.0.2.130 found in DNS blacklist SpamCop, mail from <a@example.com> to <b@example.org> rejected"},
    {.id = "kerio.relay_attempt", .pattern = R"(Relay attempt from IP address)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kLog,
     .sample = "Relay attempt from IP address 192.0.2.75, mail from <a@example.com> to <b@example.net> rejected"},
    {.id = "kerio.login_failed",
     .pattern = R"(Failed (?:SMTP|IMAP|POP3|HTTP|LDAP|XMPP) login from|User \S+ doesn't exist\. Attempt from IP address|)"
                R"(Administration login into .{1,60} failed|Invalid password for user)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog,
     .sample = "Failed SMTP login from 192.0.2.112 with SASL method CRAM-MD5."},
    {.id = "kerio.anti_hammering", .pattern = R"(\bAnti-?Hammering\b)", .reason = "auth_failed",
     .cause = C::authentication, .scopes = kLog,
     .sample = "IP address 192.0.2.14 has been blocked by AntiHammering for 5 minutes",
     .remediation = "Kerio's anti-hammering blocked this address for a while after too many failed logins or "
                    "connections: password guessing by a stranger needs nothing more; for a user of yours, fix the "
                    "password in their mail program (Configuration > Security > Security Policy)."},
    // Its handshakes with clients ("SMTP server: ..."; with a delivery's host
    // the SMTP client's): a client offering only TLS versions it no longer
    // accepts, and the rest.
    {.id = "kerio.tls_version",
     .pattern = R"((?:STARTTLS negotiation|SSL handshake) with \S+ failed: .{0,120}(?:unsupported protocol|version too low|)"
                R"(no protocols available|wrong ssl version))",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kLog, .priority = 1,
     .sample = "SMTP server: SSL handshake with 192.0.2.87 failed: error:0A000102:SSL routines::unsupported protocol"},
    {.id = "kerio.tls_handshake", .pattern = R"((?:STARTTLS negotiation|SSL handshake) with \S+ failed)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kLog,
     .sample = "SMTP server: STARTTLS negotiation with 192.0.2.171 failed: error:0A000415:SSL routines::sslv3 alert "
               "certificate expired"},
    // A Windows domain login (NTLM) naming a domain the server does not serve.
    {.id = "kerio.ntlm_domain_invalid", .pattern = R"(performed NTLM authentication in NT domain .{1,80}domain is not valid)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kLog,
     .sample = "User a@example.org performed NTLM authentication in NT domain EXAMPLE, this domain is not valid."},
    // Its content filters: a virus found by its antivirus, a message its spam filter scored over the limit.
    {.id = "kerio.virus_found", .pattern = R"(^Found virus in mail from)", .reason = "virusdetected",
     .cause = C::spam_policy, .scopes = kLog,
     .sample = "Found virus in mail from <a@example.com> to <b@example.org>: Win.Trojan.Agent-123"},
    {.id = "kerio.spam_filter",
     .pattern = R"(^Message (?:from <[^>]*> to <[^>]*> )?rejected (?:by spam filter|as (?:malware |phishing )?spam))",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kLog,
     .sample = "Message from <a@example.com> to <b@example.org> rejected by spam filter: score 14.30, threshold 10.00"},
    {.id = "kerio.mx_query_failed", .pattern = R"(DNS query for MX record of \S+ failed)", .reason = "resolver_failure",
     .cause = C::dns, .scopes = kLog,
     .sample = "4.4.3 DNS query for MX record of example.net failed: server failure (SERVFAIL)"},
    // Windows servers' notes in words of their own (MailEnable's debug log,
    // others alike): a refused login by user name, an address banned after
    // failed logins, an unknown local address, a declared size over the
    // limit, a TLS negotiation that failed.
    {.id = "mta.login_failed_for_user", .pattern = R"(\bauthentication failed for user\b)", .reason = "auth_failed",
     .cause = C::authentication, .scopes = kScopeServerLog,
     .sample = "SMTP authentication failed for user 'admin' from 192.0.2.92"},
    {.id = "mta.auto_banned", .pattern = R"(\bauto-?banned\b)", .reason = "auth_failed", .cause = C::authentication,
     .scopes = kScopeServerLog,
     .sample = "IP address 192.0.2.92 has been auto-banned for 60 minutes after 3 failed authentication attempts"},
    {.id = "mailenable.not_in_address_map", .pattern = R"(not found in address map)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kScopeServerLog,
     .sample = "Address ([SMTP:gone@example.org]) not found in address map; recipient rejected"},
    {.id = "mta.declared_size_over_limit", .pattern = R"(exceeds the maximum (?:message )?size)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kScopeServerLog,
     .sample = "Message from a@example.com rejected: declared size 41943817 exceeds the maximum message size of "
               "31457280 bytes"},
    {.id = "mta.tls_negotiation_failed", .pattern = R"(\bTLS negotiation failed\b)", .reason = "tls_handshake_failure",
     .cause = C::tls_mismatch, .scopes = kScopeServerLog, .priority = -1,
     .sample = "TLS negotiation failed with 192.0.2.77: The message received was unexpected or badly formatted. "
               "(0x80090326)"},
    // A server that relays only for clients that logged in (SmarterMail:
    // "550 <a@x> Authentication is required for relay").
    {.id = "mta.auth_required_for_relay", .pattern = R"(Authentication is required for relay)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kScopeServerLog,
     .sample = "550 <someone@example.net> Authentication is required for relay"},
    // .NET's SslStream (SmarterMail's TLS) finding no protocol or cipher in
    // common with the client: an old client's TLS.
    {.id = "windows.tls_no_common_algorithm", .pattern = R"(do not possess a common algorithm)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kScopeServerLog,
     .sample = "Exception during TLS negotiation: A call to SSPI failed, see inner exception. The client and server "
               "cannot communicate, because they do not possess a common algorithm"},
    // A mail server's intrusion detection blocking a client's address after
    // its failed logins (SmarterMail's IDS rule "SMTP Password Brute Force").
    {.id = "mta.brute_force_block",
     .pattern = R"((?:blocked|refused)\b.{0,80}\b(?:IDS rule|Brute Force|brute-force)|\bIDS rule \"?[^"]{0,40}Password Brute Force)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kScopeServerLog,
     .sample = "Connection refused: IP address is blocked by IDS rule \"SMTP Password Brute Force\"",
     .remediation = "The server's intrusion detection blocked this address after failed logins: password guessing "
                    "by a stranger needs nothing more; for a user of yours, fix the password in their mail program "
                    "and lift the block."},
    {.id = "mta.connect.refused", .pattern = R"((connect to \S+: |\](:\d+)?:? |defer \(-?\d+\): |Deferred: |IO Error: )Connection refused|^Connection refused$|)"
                                          R"(: Connection refused \(os error \d+\)|dial tcp \S+: connect: connection refused)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "connect to mx.example.net[192.0.2.10]:25: Connection refused"},
    {.id = "mta.connect.no_route", .pattern = R"((connect to \S+: |\](:\d+)?:? |defer \(-?\d+\): |Deferred: |IO Error: )No route to host|^No route to host$|)"
                                           R"(: No route to host \(os error \d+\))",
     .reason = "no_route_to_host", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "connect to mx.example.net[192.0.2.21]:25: No route to host"},
    // Unreachable over IPv6 while the host has no IPv6 route: a local setting.
    {.id = "postfix.connect.ipv6_unreachable",
     // (Stalwart's attempt, as parsers/stalwart.cc words it: "... (delivery.connect-error) to [2001:db8::1]: ...")
     .pattern = R"(connect to \S+\[[0-9a-fA-F]*:[0-9a-fA-F:]+\]:\d+: Network is unreachable|)"
                R"(\(delivery\.connect-error\) to \[[0-9a-fA-F]*:[0-9a-fA-F:]+\]: .*Network is unreachable)",
     .reason = "ipv6_no_route", .cause = C::server_settings, .scopes = kLog, .priority = 1,
     .sample = "connect to mx.example.net[2001:db8:400b:c02::1a]:25: Network is unreachable"},
    {.id = "mta.connect.network_unreachable",
     .pattern = R"((connect to \S+: |\](:\d+)?:? |defer \(-?\d+\): |Deferred: )Network is unreachable|^Network is unreachable$)",
     .reason = "network_unreachable", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "connect to mx.example.net[192.0.2.21]:25: Network is unreachable"},
    // A relay on port 465 that never greeted: Postfix spoke plain SMTP where the server waits
    // for a TLS handshake (relayhost = [host]:465 without smtp_tls_wrappermode = yes).
    {.id = "postfix.smtp.no_greeting_on_port_465", .reason = "wrong_tls_mode", .cause = C::tls_mismatch,
     .scopes = kScopeServerLog, .weight = Weight::decisive, .hint = kNoGreetingOnPort465Hint,
     .sample = "lost connection with smtp.example.net[192.0.2.25] while receiving the initial server greeting",
     .remediation = "Port 465 speaks TLS from the first byte: set smtp_tls_wrappermode = yes and "
                    "smtp_tls_security_level = encrypt for this relay (in a transport or smtp_tls_policy_maps), "
                    "or relay through port 587 with STARTTLS."},
    {.id = "postfix.smtp.lost_connection", .pattern = R"(lost connection with \S+ while)",
     .reason = "lost_connection", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "lost connection with mx.example.net[192.0.2.72] while receiving the initial server greeting"},
    {.id = "postfix.smtp.conversation_timeout", .pattern = R"(conversation with \S+ timed out while)",
     .reason = "conversation_timeout", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "conversation with mx.example.net[192.0.2.4] timed out while receiving the initial server greeting"},
    // Sendmail's deferral when the resolver gave no answer for the recipient's
    // domain ("Deferred: Name server: example.org.: host name lookup failure").
    {.id = "sendmail.name_server_lookup_failure", .pattern = R"(Name server: \S+: host name lookup failure)",
     .reason = "networkerror", .cause = C::dns, .scopes = kLog, .priority = 1,
     .sample = "stat=Deferred: Name server: example.org.: host name lookup failure"},
    // Yahoo deferring a sender whose domain does not resolve ("451 Message
    // temporarily deferred due to unresolvable RFC.5321 from domain").
    {.id = "provider.yahoo.unresolvable_sender_domain", .pattern = R"(unresolvable RFC\.?5321 from domain)",
     .reason = "rejected", .cause = C::dns, .scopes = kLog, .priority = 1,
     .sample = "451 Message temporarily deferred due to unresolvable RFC.5321 from domain; see https://postmaster.yahooinc.com/error-codes",
     .remediation = "The receiver could not resolve the sending domain (the envelope sender's): publish A or MX "
                    "records for it, or send with a sender address in a domain that resolves."},
    {.id = "postfix.smtp.loops_back", .pattern = R"(mail for \S+ loops back to myself)", .reason = "systemerror",
     .cause = C::server_settings, .scopes = kLog, .sample = "mail for example.org loops back to myself"},
    // Exim refusing a message that has passed too many hosts (received_headers_max):
    // the same loop, seen from the receiving side.
    {.id = "exim.too_many_received_headers", .pattern = R"(Too many "?Received"? headers)", .reason = "systemerror",
     .cause = C::server_settings, .scopes = kLog,
     .sample = "Too many \"Received\" headers - suspected mail loop"},
    // local(8) or an alias/.forward chain delivering to itself: the same
    // address comes round again in the Delivered-To headers.
    {.id = "postfix.local.forwarding_loop", .pattern = R"(mail forwarding loop for \S+)", .reason = "networkerror",
     .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 2,
     .sample = "mail forwarding loop for helpdesk@mx1.example.com",
     .remediation = "An alias, .forward or virtual mapping sends the address back to itself (directly or through "
                    "another address): follow the chain with `postmap -q` / `sendmail -bv` and break the cycle."},
    // The TLS settings of this host are broken: Postfix logs the cause
    // (an unreadable key or CAfile, a bad cipher list) in warnings before.
    {.id = "postfix.tls.local_configuration", .pattern = R"((?:client|server) TLS configuration problem)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 2,
     .sample = "client TLS configuration problem",
     .remediation = "This server's own TLS settings are broken, not the destination's: read the warnings logged "
                    "just before (certificate or key file unreadable, CAfile missing, bad cipher list) and fix the "
                    "smtp_tls_* / smtpd_tls_* settings."},
    // A "dane-only" (or DANE-requiring) policy for a destination whose MX
    // publishes no TLSA records.
    {.id = "postfix.dane.no_tlsa_records", .pattern = R"(no TLSA records found)",
     .reason = "securityerror", .cause = C::tls_mismatch, .scopes = kScopeServerLog, .priority = 2,
     .sample = "no TLSA records found",
     .remediation = "The TLS policy for this destination demands DANE and its MX publishes no TLSA records: use "
                    "the opportunistic \"dane\" level instead of \"dane-only\" (smtp_tls_policy_maps), or ask the "
                    "domain's owner to publish TLSA."},
    // Gmail closing the session at EHLO: the greeting name is not a fully
    // qualified, resolvable one (localhost, a bare host name).
    {.id = "gmail.ehlo_refused", .pattern = R"(Try again later, closing connection\.? \((?:EHLO|HELO)\))",
     .reason = "blocked", .cause = C::server_settings, .scopes = kLog, .priority = 2,
     .sample = "421 4.7.0 Try again later, closing connection. (EHLO) 5b1f17b1804b1-4130f9c6a1bsm22145 - gsmtp",
     .remediation = "The receiving server refused the name this host gives in EHLO: set it to a fully qualified "
                    "name that resolves to this host's address (Postfix smtp_helo_name / myhostname, Sendmail "
                    "confDOMAIN_NAME, Exim helo_data)."},

    // --- DNS -----------------------------------------------------------------
    {.id = "postfix.dns.try_again",
     .pattern = R"(Name service error for name=\S+ type=\w+: Host not found, try again)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kLog, .priority = 1,
     .sample = "Host or domain name not found. Name service error for name=example.net type=MX: Host not "
               "found, try again"},
    {.id = "postfix.dns.not_found", .pattern = R"(Host or domain name not found)", .reason = "hostunknown",
     .cause = C::dns, .scopes = kLog,
     .sample = "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found"},
    {.id = "postfix.dns.malformed_reply", .pattern = R"(Malformed (DNS server|or unexpected name server) reply)",
     // In logs before the bounce reading of the same words (networkerror), which
     // keeps bounce messages as Sisimai reads them: the resolver failed, not the network.
     .reason = "dns_malformed_reply", .cause = C::dns, .scopes = kLog,
     .sample = "450 4.1.8 <user@example.org>: Sender address rejected: Malformed DNS server reply"},
    {.id = "postfix.smtpd.sender_domain_not_found",
     // 1&1 (IONOS) says it as "421 unable to verify sender domain"
     .pattern = R"(Sender address rejected: Domain not found|unable to verify sender domain)",
     .reason = "rejected", .cause = C::dns, .scopes = kAll,
     .sample = "450 4.1.8 <user@example.invalid>: Sender address rejected: Domain not found"},
    {.id = "postfix.smtpd.recipient_domain_not_found", .pattern = R"(Recipient address rejected: Domain not found)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kAll,
     .sample = "450 4.1.2 <user@example.invalid>: Recipient address rejected: Domain not found"},
    {.id = "postfix.smtpd.helo_host_not_found", .pattern = R"(Helo command rejected: Host not found)",
     .reason = "blocked", .cause = C::dns, .scopes = kAll,
     .sample = "450 4.7.1 <mail.example.org>: Helo command rejected: Host not found"},

    // --- Policy: who may send ---------------------------------------------------
    // (In bounce reports Postfix's words are read by bounce.norelaying.text, with the other
    // MTAs' wordings of the same refusal and their reason order.)
    {.id = "postfix.smtpd.relay_denied", .pattern = R"(Relay access denied)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kLog,
     .sample = "554 5.7.1 <user@example.net>: Relay access denied"},
    // Trend Micro's hosted filter refuses a recipient domain it does not serve
    // with "Recipient address rejected: NO-DOMAIN".
    {.id = "mta.relay_not_permitted", .pattern = R"(relay(?:ing)? not (?:permitted|allowed)|Relaying denied|open relay not allowed|address rejected: NO-DOMAIN\b)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kAll,
     .sample = "550 5.7.1 <user@example.net>... Relaying denied. Proper authentication required."},
    // A relay (SendGrid) refusing a relayhost's login because the account's
    // credits ran out: a sending quota, whatever the 451/535 says of AUTH.
    {.id = "relay.credits_exceeded", .pattern = R"(Maximum credits exceeded)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kScopeServerLog | kScopeMessage, .priority = 3,
     .sample = "SASL authentication failed; server smtp.sendgrid.net[198.51.100.17] said: 451 Authentication "
               "failed: Maximum credits exceeded"},
    // GMX and WEB.DE refusing a message for its headers or content: "554-Transaction
    // failed 554-Reject due to policy restrictions. 554 For explanation visit ..."
    {.id = "provider.gmx.policy_restrictions", .pattern = R"(Reject due to policy restrictions)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kLog, .priority = 2,
     .sample = "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit "
               "https://postmaster.gmx.net/en/case?c=hi&i=ip&v=198.51.100.25&r=1MZC8d-1s4xYz0RpL-00WnSf"},
    // Sendmail's stat= for a remote that answered only "Service unavailable"
    // with no finer status (dsn=5.0.0): the server would not take mail and said
    // no more. (With dsn=5.2.2 or 5.7.1 the status says why.)
    {.id = "sendmail.daemon_refusing_connections",
     .pattern = R"((?:rejecting|refusing) connections on daemon)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog, .priority = 2,
     .sample = "rejecting connections on daemon MTA: load average: 12",
     .remediation = "Our sendmail turned every client away for a while: over its load limit (RefuseLA) or short "
                    "of queue space (MinFreeBlocks). Find what loads the machine or fills the disk, or raise the "
                    "limit in sendmail.mc; senders retry meanwhile."},
    {.id = "sendmail.stat.service_unavailable", .status = "*.0.0", .pattern = R"((?:^|stat=)Service unavailable\.?$)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kLog,
     .sample = "dsn=5.0.0, stat=Service unavailable"},
    // Microsoft 365 refuses a recipient who received more messages in the last
    // hour than its limit (5.2.121/5.2.122): the sending rate to that mailbox.
    {.id = "microsoft.recipient_receive_limit", .pattern = R"(exceeded (?:their|its|the) limit for the number of messages|message receive limit (?:from specific sender )?exceeded)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kAll, .priority = 2,
     .sample = "554 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour.",
     .remediation = "The recipient's mailbox takes only so many messages an hour, in total and from one "
                    "sender: send fewer messages to that address, combine them, or wait for the hour to pass."},
    // Exchange Online's sending mailbox over its recipients-per-day limit (5.1.90).
    {.id = "microsoft.sender_daily_recipient_limit",
     .pattern = R"(reached your daily limit for message recipients|reached its daily (?:recipient|sending) limit)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kAll, .priority = 2,
     .sample = "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients.",
     .remediation = "The sending mailbox has used up its recipients for the day (Exchange Online counts every "
                    "recipient of every message over 24 hours): wait for the count to fall, spread large sends over "
                    "days, or send bulk mail through a service made for it."},
    // Rate limits worded by the site's own policy (a policy service, an Exim
    // ratelimit ACL): "Rate limit reached, retry later", "Host is
    // ratelimited", "... due over rate with 101.4/1h".
    {.id = "mta.policy.rate_limited",
     .pattern = R"(rate limit reach|\bis ratelimited\b|\bover (?:the )?rate\b|\brate overlimit\b|\b(?:sender |client )?rate exceeds\b|)"
                // a receiver's own words for it ("421 ... 198.51.100.41 rate limited, see ...#RL000001");
                // not "rate limited because DKIM does not pass" or "due to IP reputation", which name
                // what the limit is for
                R"(\brate[ -]limited(?:[,.;:)!]|$)|)"
                // rspamd's ratelimit module, through the milter ('4.7.1 Ratelimit "to_ip_from" exceeded')
                R"(\bRatelimit (?:"[^"]{1,64}" )?exceeded\b|)"
                // an Exim ratelimit ACL's message with its figures ("Sender rate 61.2 exceeds 60 messages per 10m")
                R"(\brate [\d.]+ exceeds (?:the )?(?:limit|\d))",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kLog, .priority = 1,
     .sample = "450 4.7.1 <member412@example.net>: Recipient address rejected: Rate limit reach, retry later"},
    // A smarthost refusing mail from a relay that did not log in, and a submission port
    // refusing a client that did not (Exim on cPanel: "SMTP AUTH is required for message submission on port 587").
    {.id = "mta.smarthost.unauthenticated_sender",
     .pattern = R"(Unauthenticated senders? (?:are )?not allowed|SMTP AUTH is required for message submission)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kLog, .priority = 1,
     .sample = "550 Unauthenticated senders not allowed",
     .remediation = "The server wants the sender to log in before it takes mail (a submission port, a smarthost): "
                    "set up SMTP authentication in the sending program or relay (Postfix smtp_sasl_auth_enable and "
                    "smtp_sasl_password_maps, Exim a client authenticator), over TLS."},
    // SpamAssassin's score, quoted by the filter that refused the message.
    {.id = "mta.content.spamassassin_score", .pattern = R"(scored -?[\d.]+ (?:SpamAssassin )?points?|SpamAssassin)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kLog, .priority = 1,
     .sample = "rejected after DATA: Your message scored 18.3 SpamAssassin point. Report follows:"},
    // Outlook.com's hourly and daily limits on what one IP sends it ("421 RP-001 (COL004-MC6F41)
    // Unfortunately, some messages from 192.0.2.5 weren't sent. Please try again. We have limits
    // for how many messages can be sent per hour and per day.").
    // AOL's deferral of an IP for its volume or its users' complaints ("421 DYN:T1").
    {.id = "provider.aol.dyn_t1", .pattern = R"(\bDYN:T1\b)", .reason = "speeding", .cause = C::rate_limit,
     .scopes = kAll, .sample = "421 DYN:T1 http://postmaster.info.aol.com/errors/421dynt1.html"},
    {.id = "provider.microsoft.rp_limits",
     .pattern = R"(\bRP-00[12] \(|limits for how many messages can be sent per hour)", .reason = "speeding",
     .cause = C::rate_limit, .scopes = kAll,
     .sample = "421 RP-001 (COL004-MC6F41) Unfortunately, some messages from 192.0.2.52 weren't sent. Please try "
               "again. We have limits for how many messages can be sent per hour and per day."},
    {.id = "postfix.smtpd.dnsbl", .pattern = R"(blocked using [A-Za-z0-9.-]+)", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kAll,
     .sample = "554 5.7.1 Service unavailable; Client host [192.0.2.34] blocked using zen.spamhaus.org"},
    // Exim, Sendmail and most hand-written ACLs name the blocklist in their own
    // words (Debian's exim4 config: "... is in an RBL: zen.spamhaus.org";
    // sendmail's dnsbl FEATURE: "Rejected: IP listed at zen.spamhaus.org").
    {.id = "mta.acl.blocklist_named",
     // The list's own word, not a zone name: "blocked using rbl.example.com" is postfix.smtpd.dnsbl's.
     .pattern = R"(in an? (RBL|DNSBL)\b|\b(RBL|DNSBL)([^.\w].{0,40}|\s?)\b(listed|rejected|blocked)|)"
                R"(\b(listed|rejected|blocked)\b.{0,60}\b(RBL|DNSBL)([^.\w]|$)|)"
                R"(\blisted (at|in|on|by) [A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z])",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeServerLog,
     .sample = "H=unknown [192.0.2.51] F=<x@example.net> rejected RCPT <bob@example.org>: JunkMail rejected - "
               "unknown [192.0.2.51] is in an RBL: zen.spamhaus.org"},
    {.id = "postfix.smtpd.reverse_hostname", .pattern = R"(Client host rejected: cannot find your (reverse )?hostname)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kAll,
     .sample = "450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.34]"},
    {.id = "postfix.smtpd.client_access_denied", .pattern = R"(Client host rejected: Access denied)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kAll,
     .sample = "554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied"},
    // A receiver's cap on recipients per message or connection (Postfix's
    // smtpd_recipient_limit: "452 4.5.3 Error: too many recipients"): the
    // rest wait for the next connection or the next try.
    {.id = "mta.too_many_recipients", .pattern = R"(\btoo many recipients\b)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kScopeServerLog, .priority = 1,
     .sample = "stat=Deferred: 452 4.5.3 Error: too many recipients",
     .remediation = "The receiving server takes only so many recipients per message or connection: send to fewer "
                    "recipients at once (a mailing list, or batches; Postfix's smtp_destination_recipient_limit) "
                    "or ask its postmaster to raise the limit."},
    {.id = "postfix.smtpd.helo_not_fqdn", .pattern = R"(Helo command rejected: need fully-qualified hostname)",
     .reason = "blocked", .cause = C::server_settings, .scopes = kAll,
     .sample = "504 5.5.2 <WIN-6A0KEE6QVP5>: Helo command rejected: need fully-qualified hostname"},
    // ... as our own smtpd's refusal of a client (reject_non_fqdn_helo_hostname):
    // most such clients are bots, so it is the policy doing its work; the
    // setting to fix, when the client is one's own device, is its HELO.
    {.id = "postfix.smtpd.inbound_helo_not_fqdn",
     .pattern = R"(Helo command rejected: need fully-qualified hostname)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeServerLog,
     .actions = action_bit(Action::rejected), .priority = 1,
     .sample = "504 5.5.2 <WIN-6A0KEE6QVP5>: Helo command rejected: need fully-qualified hostname",
     .remediation = "A client announced itself with a HELO that is no full host name, as bots do, and was refused "
                    "by reject_non_fqdn_helo_hostname: nothing to fix for strangers; for a device of your own, set "
                    "its HELO to its full DNS name or have it submit on port 587 with a login."},
    {.id = "postfix.smtpd.helo_rejected", .pattern = R"(Helo command rejected)", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kAll, .priority = -1,
     .sample = "554 5.7.1 <bad.example>: Helo command rejected: Access denied"},
    // Logs only: in a client's log it must outrank the client's catch-all
    // for any refused sender, which a rule for every scope cannot (a rule of
    // one scope wins the tie); a bounce's own sender rules read it there.
    {.id = "postfix.smtpd.sender_not_fqdn", .pattern = R"(Sender address rejected: need fully-qualified address)",
     .reason = "rejected", .cause = C::server_settings, .scopes = kLog,
     .sample = "504 5.5.2 <root@localhost>: Sender address rejected: need fully-qualified address"},
    // Postfix's reject_unverified_sender: the receiver called back the
    // sender's own domain, which said the address does not exist; the x.1.7
    // status keeps it the sender's refusal in a bounce too, whatever the
    // quoted callback says of a mailbox ("... User unknown").
    {.id = "postfix.smtpd.sender_undeliverable", .status = "*.1.7", .pattern = R"(Sender address rejected: undeliverable address)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kAll,
     .sample = "450 4.1.7 <user@example.org>: Sender address rejected: undeliverable address: host "
               "mx.example.org[192.0.2.3] said: 550 5.1.1 <user@example.org>: Recipient address rejected: "
               "User unknown in local recipient table (in reply to RCPT TO command)",
     .remediation = "The receiving server checked the envelope sender by calling its domain back, and that "
                    "address does not take mail: send from an address that exists and accepts replies (bounces "
                    "too), or fix the sending domain's mail routing for it."},
    // (In a bounce or delay notice the reason is Sisimai's: see
    // bounce.greylisted.delayed.)
    {.id = "mta.greylisted", .pattern = kGreylistingPattern,
     .reason = "greylisted", .cause = C::spam_policy,
     .scopes = kAll & ~kScopeMessage, .sample = "450 4.7.1 <user@example.net>: Recipient address rejected: Greylisted for 5 minutes"},
    {.id = "postfix.cleanup.content_rejected", .pattern = R"(message content rejected)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kAll,
     .sample = "5.7.1 message content rejected"},

    // amavisd-new's verdicts ("Blocked SPAM {DiscardedInbound,Quarantined}"):
    // mail our own content filter stopped, by its content category.
    {.id = "amavis.blocked.spam", .pattern = R"(^Blocked SPAM(?:MY)?\b)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked SPAM {DiscardedInbound,Quarantined}",
     .remediation = "Our content filter scored the message as spam and stopped it: nothing to fix unless it was "
                    "wanted. Then release it from the quarantine (amavisd-release with its quarantine name) and "
                    "whitelist the sender or lower the rule that fired; repeated hits on our own users' outbound "
                    "mail point to a compromised account."},
    {.id = "amavis.blocked.infected", .pattern = R"(^Blocked INFECTED\b)",
     .reason = "virusdetected", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked INFECTED (Eicar-Signature) {RejectedInbound}",
     .remediation = "The virus scanner behind our content filter found malware (the name is in parentheses): the "
                    "message was stopped as it should be. If the sender is one of our users, check that machine."},
    {.id = "amavis.blocked.banned", .pattern = R"(^Blocked BANNED\b)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked BANNED (multipart/mixed | application/x-msdownload,.exe,invoice.exe) {RejectedInbound}",
     .remediation = "Our content filter refused an attachment type its banned-files rules list (the part is "
                    "named in parentheses): the sender should share such files another way, or the rule "
                    "($banned_filename_re) should allow them."},
    {.id = "amavis.blocked.bad_header", .pattern = R"(^Blocked BAD-HEADER)",
     .reason = "contenterror", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked BAD-HEADER-0 {RejectedInbound}",
     .remediation = "Our content filter refused a message whose header breaks the rules (8-bit characters, a "
                    "malformed field): the sending program needs fixing, or the bad-header policy can pass such "
                    "mail ($bad_header_quarantine_method, final_bad_header_destiny)."},
    {.id = "amavis.blocked.oversized", .pattern = R"(^Blocked OVERSIZED\b)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked OVERSIZED {RejectedInbound}",
     .remediation = "The message was larger than our content filter accepts: send large files by link, or raise "
                    "the filter's size limit in step with Postfix's message_size_limit."},
    {.id = "amavis.blocked.unchecked", .pattern = R"(^Blocked UNCHECKED\b)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked UNCHECKED-ENCRYPTED {RejectedInbound}",
     .remediation = "Our content filter could not check the message (an encrypted or broken archive, a decoder "
                    "missing) and its policy stops such mail: install the missing decoder, or let unchecked mail "
                    "pass with a warning if that is acceptable."},
    {.id = "amavis.blocked.mta", .pattern = R"(^Blocked MTA-BLOCKED\b)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Blocked MTA-BLOCKED {TempFailedInbound}",
     .remediation = "Our content filter checked the message but Postfix refused it when the filter handed it back "
                    "(the re-injection port in master.cf, usually 10025): check that service and its "
                    "restrictions in the mail log next to this line."},
    // Dovecot's reply for a failure of its own (a mail directory it may not write,
    // a broken index, a full disk): "451 4.2.0 <x> Internal error occurred. Refer to
    // server log for more information." What went wrong is in Dovecot's log.
    {.id = "dovecot.internal_error", .pattern = R"(Internal error occurred\. Refer to server log)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kAll, .priority = 2,
     .sample = "host mx1.example.org[private/dovecot-lmtp] said: 451 4.2.0 <a@example.org> Internal error occurred. "
               "Refer to server log for more information. [2025-03-11 10:11:45] (in reply to end of DATA command)",
     .remediation = "The receiving Dovecot failed on its own side; its log (the lines just before, with the same "
                    "user) says why: most often mail directories it may not write (owner and mode under "
                    "mail_location), a full disk or a broken index. Mail waits in the queue until it is fixed."},
    // A user's own Sieve filter refusing a message (Pigeonhole's "reject" and
    // "ereject" actions, logged by Dovecot's LDA and LMTP): the refusal goes
    // back to the sender; the server did what the user asked.
    {.id = "dovecot.sieve_reject", .pattern = R"(^rejected message from <[^>]*> \(e?reject\))",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "rejected message from <news@example.net> (reject)",
     .remediation = "The recipient's own Sieve rule refused the message and sent the refusal back to the sender: "
                    "nothing is broken on the server. If the rule is a mistake, the user changes it (ManageSieve, "
                    "webmail filters, or ~/.dovecot.sieve)."},
    // amavis itself unable to scan: its virus scanners (clamd) down, so Postfix's content_filter
    // hand-off defers the mail ("451 4.5.0 Error in processing, id=..., virus_scan FAILED: AV: ALL
    // VIRUS SCANNERS FAILED").
    {.id = "amavis.scanners_failed", .pattern = R"(ALL VIRUS SCANNERS FAILED|virus_scan FAILED)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 3,
     .sample = "host 127.0.0.1[127.0.0.1] said: 451 4.5.0 Error in processing, id=07730-22, virus_scan FAILED: AV: "
               "ALL VIRUS SCANNERS FAILED (in reply to end of DATA command)",
     .remediation = "Our content filter could not reach its virus scanner, so it defers every message: start the "
                    "scanner (clamd, or the one amavis names) and check its socket in amavisd.conf; the queue "
                    "retries on its own."},
    // A server's refusal of a client that did not log in first (OpenSMTPD:
    // "530 5.5.1 Invalid command: Must issue an AUTH command").
    {.id = "server.must_authenticate", .pattern = R"(Must issue an AUTH command)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kAll, .priority = 2,
     .sample = "530 5.5.1 Invalid command: Must issue an AUTH command"},
    // A delivery agent's local socket refusing (OpenSMTPD's mda to Dovecot's
    // LMTP: "mail.lmtp: connect: /var/dovecot/lmtp: Connection refused"), and
    // a remote session closed in the middle.
    // (OpenSMTPD's mail.lmtp finding no socket at all says "mail.lmtp: connect: No such file or directory".)
    {.id = "server.local_socket_refused",
     .pattern = R"(connect: /\S+: Connection refused|mail\.lmtp: connect: No such file or directory)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "Error (temporary failure: \"mail.lmtp: connect: /var/dovecot/lmtp: Connection refused\")",
     .remediation = "The local delivery service (Dovecot's LMTP, a filter) does not listen on its socket: start it "
                    "and check the socket path on both sides; the queue retries on its own."},
    {.id = "server.connection_closed_unexpectedly", .pattern = R"(^Connection closed unexpectedly$)",
     .reason = "networkerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "Connection closed unexpectedly"},
    // amavisd's own configuration refused at its start: it does not run.
    {.id = "amavis.config_error", .pattern = R"(^Error in config file )",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 3,
     .sample = "Error in config file \"/etc/amavis/conf.d/50-user\": syntax error at /etc/amavis/conf.d/50-user line 23",
     .remediation = "amavisd refused its configuration and does not run, so the MTA's hand-off to it fails: fix "
                    "the file and line named (`amavisd-new debug` shows the error at once), then start it."},
    // amavis could not hand a checked message back to the MTA (Postfix's
    // 10025 listener in master.cf missing or down): the message is deferred.
    {.id = "amavis.reinjection_failed", .pattern = R"(Temporary MTA failure on relaying|during fwd-connect)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 3,
     .sample = "451 4.5.0 id=02211-21 - Temporary MTA failure on relaying, From MTA() during fwd-connect (All "
               "attempts (1) failed connecting to smtp:[127.0.0.1]:10025)",
     .remediation = "The content filter checked the message but could not hand it back to the MTA: check the "
                    "re-injection listener (Postfix: the 127.0.0.1:10025 smtpd in master.cf) and amavis' "
                    "$forward_method/$notify_method; the queue retries on its own."},
    // A mail daemon crashed or killed, as systemd or the kernel's OOM killer says (and OpenSMTPD
    // of one of its own processes: "lost child: pony express terminated; signal 11").
    {.id = "system.mail_daemon_died",
     .pattern = R"(\.service: Main process exited, code=(?:dumped|killed)|Out of memory: Kill(?:ed)? process|)"
                R"(^lost child: .{1,40} (?:terminated; signal \d+|exited abnormally))",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 3,
     .sample = "clamav-daemon.service: Main process exited, code=dumped, status=11/SEGV",
     .remediation = "A mail daemon (the one named) crashed or was killed, and mail that needs it waits or is "
                    "refused until it runs again: restart it, then read its own log for the cause; when the kernel "
                    "killed it for memory, give the machine more memory or the daemon less (clamd's signatures "
                    "take over 1 GB)."},
    // Exim's content scanning (exiscan) unable to use its scanner: clamd or spamd
    // down or too slow, or clamd not allowed to read the spool file Exim hands it.
    {.id = "exim.scanner_denied", .pattern = R"((?:malware|spam) acl condition: .*Permission denied)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 4,
     .sample = "malware acl condition: clamd /var/run/clamav/clamd.ctl : ClamAV returned: /var/spool/exim4/scan/x/x.eml: "
               "lstat() failed: Permission denied. ERROR",
     .remediation = "The virus scanner may not read the files Exim hands it: add the scanner's user to Exim's group "
                    "(Debian: usermod -a -G Debian-exim clamav) and restart it, or scan over a TCP socket."},
    {.id = "exim.scanner_failed", .pattern = R"((?:malware|spam) acl condition: )",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 3,
     .sample = "malware acl condition: clamd /var/run/clamav/clamd.ctl : unable to connect to UNIX socket "
               "(/var/run/clamav/clamd.ctl): Connection refused",
     .remediation = "Exim's content scan could not use its scanner (clamd for malware, spamd for spam): start it "
                    "or give it the resources it lacks, and check av_scanner and spamd_address in Exim's "
                    "configuration. Until then the ACL defers the mail, or takes it unscanned where defer_ok is set."},
    // --- Recipients and size -------------------------------------------------------
    {.id = "postfix.smtpd.user_unknown_table",
     .pattern = R"(User unknown in (local recipient|virtual mailbox|virtual alias|relay recipient) table)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kAll,
     .sample = "550 5.1.1 <sales@example.org>: Recipient address rejected: User unknown in local recipient table"},
    // A remote server's own words for "no such mailbox", quoted in a
    // status=bounced/deferred record. Limited to logs, it would beat the
    // MTA-specific rules for all inputs on the same words (ARCHITECTURE.md,
    // "Rule precedence"), so "user unknown", which they spell out ("User
    // unknown in local recipient table"), is left to them and to 5.1.1.
    {.id = "remote.user_unknown",
     .pattern = R"(no such (user|mailbox|recipient|address|person)|unknown (recipient|mailbox)|)"
                R"(recipient (not found|unknown|does not exist)|mailbox (not found|does not exist|unavailable|unknown)|)"
                R"(user (not found|does not exist|doesn'?t exist)|address (does not exist|unknown)|)"
                R"(account that you tried to reach does not exist|RecipientNotFound|invalid recipient|)"
                // a site's own words for a departed employee's address (Sendmail's virtusertable
                // "error:5.1.1:550 User has left the organisation", whose log line keeps the text alone)
                R"((user|recipient|employee) has left the (organi[sz]ation|company)|is no longer with the (organi[sz]ation|company))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kScopeServerLog, .priority = -24,
     .sample = "host mx.example.net[192.0.2.7] said: 550 No Such User Here (in reply to RCPT TO command)"},
    // Microsoft 365's directory-based edge blocking: the domain is hosted
    // there, the mailbox is not (5.4.1 is its status for it).
    // The same words from Exchange Online's hosts when the log keeps the code but not the status
    // (Stalwart's "SMTP RCPT TO rejected ... code = 550, details = ...").
    {.id = "microsoft.recipient_access_denied_host", .pattern = R"(Recipient address rejected: Access denied)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kLog,
     .sample = "SMTP RCPT TO rejected (delivery.rcpt-to-rejected): 550 Recipient address rejected: Access denied. "
               "For more information see https://aka.ms/EXOSmtpErrors",
     .remote_hosts = "protection.outlook.com"},
    {.id = "microsoft.5.4.1.recipient_access_denied", .status = "5.4.1",
     .pattern = R"(Recipient address rejected: Access denied)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kLog, .priority = 1,
     .sample = "host example-com.mail.protection.outlook.com[192.0.2.70] said: 550 5.4.1 Recipient address rejected: "
               "Access denied. For more information see https://aka.ms/EXOSmtpErrors [AM4PEPF00027A6C.eurprd04.prod."
               "outlook.com] (in reply to RCPT TO command)"},
    // GMX/web.de refusing a sender whose domain has no usable MX or A/AAAA
    // record: the sending domain's DNS is what to fix.
    {.id = "remote.sender_domain_dns", .pattern = R"(invalid DNS MX or A/AAAA resource record)",
     .reason = "rejected", .cause = C::dns, .scopes = kScopeServerLog, .priority = 1,
     .sample = "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record",
     .remediation = "The receiving server found no usable MX or A/AAAA record for the sender's domain: publish "
                    "them (the envelope sender's and the From domain's), or send from a domain that has them."},
    // A remote server naming our missing or mismatched reverse DNS, whatever
    // else the reply says ("mailbox unavailable" first, then the reason).
    {.id = "remote.ptr_required",
     .pattern = R"((invalid|bad|missing|no) (DNS )?PTR (resource )?record|PTR record (setup|required)|)"
                R"(reverse DNS (failed|required|lookup failed)|no reverse DNS|no rDNS\b)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kScopeServerLog,
     .sample = "host mx00.emig.gmx.net[192.0.2.60] said: 550-Requested action not taken: mailbox unavailable 550 "
               "invalid DNS PTR resource record, IP=203.0.113.9 (in reply to MAIL FROM command)",
     .remediation = "The receiving server wants a reverse DNS name for our sending IP that resolves back to it: "
                    "ask whoever owns the IP (the hosting provider) to set its PTR to the server's host name, and "
                    "make that name's A/AAAA record point to the IP."},
    // Our own delivery paths: a local socket (Dovecot's LMTP, a content
    // filter) that is missing, a transport master.cf does not define, TLS
    // demanded of a TLS engine that cannot start.
    // (Refused: the service is not running; missing or forbidden: the path is wrong.)
    // (A stopped Dovecot takes its socket file with it: "No such file or directory" too.)
    {.id = "postfix.local_service_refused",
     .pattern = R"(connect to \S*\[(?:private|public)/[^\]]+\]: (?:Connection refused|No such file or directory))",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "connect to mx1.example.org[private/dovecot-lmtp]: Connection refused",
     .remediation = "A local service Postfix delivers to (Dovecot's LMTP, a content filter) does not answer on its "
                    "socket (refused, or the socket is gone as it is when the service stopped): start it and read "
                    "its log for why it stopped; if it runs, compare the socket path in its configuration and in "
                    "main.cf. Mail waits in the queue meanwhile."},
    {.id = "postfix.local_socket_missing",
     .pattern = R"(connect to \S*\[(private|public)/[^\]]+\]: Permission denied)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "connect to mx1.example.org[private/dovecot-lmtp]: Permission denied",
     .remediation = "Postfix may not open the socket of a local service it delivers to (Dovecot's LMTP, a content "
                    "filter): give the socket the owner and mode Postfix's user needs (Dovecot: unix_listener "
                    "user = postfix, mode = 0600), and on SELinux systems check `ausearch -m avc`."},
    {.id = "postfix.transport_unavailable", .pattern = R"(mail transport unavailable)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "mail transport unavailable",
     .remediation = "A transport named in main.cf or a transport map is missing from master.cf, or failed to "
                    "start: `postconf -M` lists the defined ones and the log's warnings just before say why."},
    {.id = "postfix.tls_engine_unavailable", .pattern = R"(our TLS engine is unavailable)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "TLS is required, but our TLS engine is unavailable",
     .remediation = "Postfix's own TLS setup failed (a certificate or key file missing or unreadable, tlsmgr "
                    "not running): the warnings before name the file; fix it and `postfix reload`."},
    // rspamd's verdicts in its own log ("default: T (reject): [18.94/15.00]
    // [SYMBOL(score){options},...]"), read by the symbols that decided them.
    {.id = "rspamd.greylisted",
     .pattern = R"(\((?:soft reject|greylist)\): \[[^\]]*\] \[.*\bGREYLIST\(|^default: .*; forced: .*\(set by greylist\))",
     .reason = "greylisted", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "default: F (soft reject): [6.74/15.00] [GREYLIST(0.00){greylisted;Tue, 19 Nov 2024 09:19:21 GMT;},"
               "R_SPF_ALLOW(-0.20){+ip4:198.51.100.0/24;}]",
     .remediation = "rspamd greylisted the message: a real sender retries within minutes and gets through; "
                    "nothing to do unless the sender never retries (then whitelist it in greylist.conf)."},
    {.id = "rspamd.rate_limited",
     .pattern = R"(\((?:soft reject|reject)\): \[[^\]]*\] \[.*\bRATELIMIT|^default: .*; forced: .*\(set by ratelimit\))",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kScopeServerLog, .priority = 3,
     .sample = "default: T (soft reject): [0.00/15.00] [RATELIMITED(0.00){user_rate_limit;}]",
     .remediation = "rspamd's ratelimit module held the sender back: if the sender is one of ours, find why it "
                    "sends so much (a compromised account, a script); else raise the bucket in ratelimit.conf."},
    {.id = "rspamd.virus", .pattern = R"(\((?:reject|discard)\): \[[^\]]*\] \[.*\b[A-Z0-9]+_VIRUS\()",
     .reason = "virusdetected", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 3,
     .sample = "default: T (reject): [8.30/15.00] [CLAM_VIRUS(4.00){Win.Dropper.Agent-10034957-0;}]",
     .remediation = "The antivirus scanner behind rspamd found malware: the message stays refused; if the sender "
                    "is one of ours, clean the machine or account it came from."},
    {.id = "rspamd.rejected", .pattern = R"(^default: [TF] \((?:reject|discard)\): \[)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 2,
     .sample = "default: T (reject): [18.94/15.00] [BAYES_SPAM(5.10){99.91%;},RBL_SPAMHAUS_XBL(4.00){}]",
     .remediation = "rspamd scored the message over its reject threshold: the symbols name why (a blocklist, "
                    "Bayes, a failed DMARC); for a wanted sender, whitelist it in multimap or settings."},
    {.id = "rspamd.soft_rejected", .pattern = R"(^default: [TF] \((?:soft reject|greylist)\): \[)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 2,
     .sample = "default: F (soft reject): [0.00/15.00] [DMARC_DNSFAIL(0.00){temporary DNS error;}]"},
    // cPanel's ":fail:" text for an address no account or forwarder takes: its
    // "may be blacklisted" is one of the guesses the text lists, not a listing.
    // (In a mail log and quoted by a sending program; a bounce that quotes it is
    // read as Sisimai reads it: hostunknown.)
    {.id = "cpanel.no_such_account",
     .pattern = R"(could not deliver mail to \S+\s+The account or domain may not exist)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kLog, .priority = 2,
     .sample = "** old@example.com R=virtual_aliases: The mail server could not deliver mail to old@example.com.  "
               "The account or domain may not exist, they may be blacklisted, or missing the proper dns entries."},
    // A remote naming our IP as listed, without naming the list.
    // (Orange's French: "IP 203.0.113.40 blacklistee OFR_505".)
    {.id = "remote.ip_blocklisted", .pattern = R"(\b(black|block)list(?:ed|ee)\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeServerLog,
     .sample = "host mx.example.net[192.0.2.94] refused to talk to me: 554 5.7.1 Your IP 192.0.2.1 is blacklisted"},
    // Gateways (Mimecast, Proofpoint) refusing mail that claims a sender of
    // the recipient's own domain from outside it.
    {.id = "remote.anti_spoofing", .pattern = R"(Anti-?Spoofing (policy|check|protection))",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kAll,
     .sample = "host eu-smtp-inbound-1.mimecast.com[192.0.2.92] said: 550 Rejected by header based Anti-Spoofing "
               "policy: m@example.net - https://community.mimecast.com/docs/DOC-1369#550 [AbCdEfGh] (in reply to "
               "RCPT TO command)",
     .remediation = "The receiving gateway refuses mail that claims a sender of its own domain from outside: if "
                    "this server sends for that domain legitimately, have the domain's admins allow its IP (or "
                    "publish it in SPF), else the sender address is being forged."},
    {.id = "remote.sender_not_allowed", .pattern = R"(Sender address is not allowed)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kScopeServerLog,
     .sample = "host mx-ha03.web.de[192.0.2.61] said: 550-Requested action not taken: mailbox unavailable 550 "
               "Sender address is not allowed. (in reply to MAIL FROM command)"},
    // Our own smtpd answering 451 4.3.0 because a lookup table it consults
    // (SQL, LDAP, a map file) failed: our configuration, not the client.
    {.id = "postfix.smtpd.temporary_lookup_failure", .pattern = R"(Temporary lookup failure)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog,
     .actions = action_bit(Action::rejected), .priority = 1,
     .sample = "451 4.3.0 <a@example.org>: Temporary lookup failure",
     .remediation = "A lookup table this server consults failed (its database or LDAP server down, a map file "
                    "missing or unreadable): the warning just before in the log names it; fix it, then `postfix "
                    "reload`."},
    // reject_unlisted_sender: the same words about the envelope sender.
    {.id = "postfix.smtpd.sender_unknown_table",
     .pattern = R"(Sender address rejected: User unknown in (local recipient|virtual mailbox|virtual alias|relay recipient) table)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kAll, .priority = 1,
     .sample = "550 5.1.0 <a@example.org>: Sender address rejected: User unknown in virtual mailbox table",
     .remediation = "The sender claims an address of a domain this server hosts, but no such mailbox exists: "
                    "forged sender (spam) or a sending application using an address that was never created."},
    // Our own local delivery, or our queue taking in a message, found no room
    // on the disk ("maildir delivery failed: create maildir file ...: No space
    // left on device"): the server's disk, not the recipient's quota.
    {.id = "mta.local_disk_full",
     .pattern = R"((?:maildir|mailbox|mbox|file) (?:delivery failed|write error).{0,200}No space left on device|)"
                // Postfix's cleanup writing a queue file, postdrop a maildrop file
                R"((?:write queue file|mail_queue_enter: create file \S+): No space left on device|)"
                // Sendmail creating a queue file ("SYSERR(root): queueup: cannot create queue file ./qf..., ...: No space ...")
                R"(cannot create queue file .*No space left on device|)"
                // Sendmail writing a message it receives into its queue; Exim creating its spool file;
                // Dovecot writing a mailbox's files ("imap(u)<...>: Error: write(/srv/vmail/...) failed: No space ...")
                R"(collect: Cannot write .{0,200}No space left on device|Failed to create spool file .*No space left on device|)"
                R"(\bwrite\(\S+\) failed: No space left on device|)"
                // Postfix's sendmail after postdrop could not write ("warning: uid=0: No space left on device",
                // then "fatal: root(0): queue file write error")
                R"(warning: uid=\d+: No space left on device|fatal: \S+: queue file write error)",
     .reason = "systemfull", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "maildir delivery failed: create maildir file /var/vmail/example.org/dave/tmp/1713602409.P6665.vmx: "
               "No space left on device",
     .remediation = "Our own disk (the mail spool's or the queue's file system) is full, so local delivery and "
                    "receiving fail for everyone: free space (df -h), check what filled it; the deferred mail "
                    "will go out on retry and senders will retry what was refused."},
    // smtpd's SASL backend unreachable: saslauthd not running, Dovecot's auth
    // socket (private/auth) refusing; the logins fail until it is back.
    {.id = "postfix.sasl_backend_unreachable",
     .pattern = R"(cannot connect to saslauthd server|SASL: Connect to \S+ failed)",
     // (Also a line pasted among client errors: the same warning.)
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kScopeServerLog | kScopeClient,
     .priority = 2, .sample = "warning: SASL: Connect to private/auth failed: Connection refused",
     .remediation = "The password service smtpd hands logins to is not answering (Dovecot's auth socket, or "
                    "saslauthd): start it and check its socket path against smtpd_sasl_path; meanwhile every "
                    "login fails."},
    // A daemon of ours crashed ("warning: process /usr/lib/postfix/sbin/smtpd
    // pid 28813 killed by signal 11"): sessions were dropped.
    {.id = "mta.daemon_crashed", .pattern = R"(process \S+ pid \d+ killed by signal)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 1,
     .sample = "warning: process /usr/lib/postfix/sbin/smtpd pid 28813 killed by signal 11",
     .remediation = "A mail daemon crashed and its sessions were dropped: look for repeats, check the system log "
                    "(memory, disk) and the daemon's configuration (a milter, a map), and update Postfix."},
    // A milter told Postfix to drop the message silently (DISCARD): accepted
    // from the client, delivered to no one.
    {.id = "postfix.milter_discard", .pattern = R"(milter triggers DISCARD action)",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 1,
     .sample = "milter-discard: END-OF-MESSAGE from unknown[203.0.113.77]: milter triggers DISCARD action",
     .remediation = "A content filter (milter) discarded the message after accepting it: the sender was not told. "
                    "Check the milter's log for why (spam, virus, a rule) if the message was wanted."},
    // Exim's ACL refusing a client after several unknown recipients (a
    // dictionary attack, or a stale list).
    {.id = "mta.too_many_bad_recipients", .pattern = R"(too many (?:bad|invalid|unknown) recipients)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kScopeServerLog, .priority = 1,
     .sample = "rejected RCPT <hr@example.org>: Rejected for too many bad recipients"},
    // The server's own configuration: a lookup table, policy service or
    // milter it names is missing or down, so Postfix defers with 4.3.5.
    // Postfix's SMTP or LMTP client stopped on a local lookup that failed (the
    // SASL password table, a TLS policy table) or on the queue file: "local
    // data error while talking to host". The warnings just before name the table.
    {.id = "postfix.smtp.local_data_error", .pattern = R"(local data error while (?:talking to|sending|receiving))",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 2,
     .sample = "status=deferred (local data error while talking to smtp.example.net[198.51.100.40])",
     .remediation = "Postfix could not read a table of its own while delivering (most often the SASL password "
                    "map: sasl_passwd never built with `postmap`, or unreadable): the warnings just before this "
                    "line name it. Rebuild it with postmap, check its permissions, then `postfix reload`."},
    // Mailman 3's LMTP runner refuses a message the email package finds
    // malformed: "501 Message has defects".
    {.id = "mailman.lmtp.message_defects", .pattern = R"(\b501[ -](?:\d\.\d\.\d+ )?Message has defects)",
     .reason = "contenterror", .cause = C::other, .scopes = kScopeServerLog, .priority = 2,
     .sample = "host 127.0.0.1[127.0.0.1] said: 501 Message has defects (in reply to end of DATA command)",
     .remediation = "Mailman's LMTP runner refused the post because its MIME structure is broken (the sender's "
                    "program wrote it so): the post bounces to its sender; nothing to fix on the list unless many "
                    "posts from one program fail alike."},
    // Cyrus IMAP's master: a service (LMTP, IMAP) that crashed, and one it
    // disabled after crashing again and again.
    {.id = "cyrus.service_down",
     .pattern = R"(: terminated abnormally$|too many failures for service \S+, disabling|^process type:SERVICE .* signaled to death)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "too many failures for service lmtpunix/unix, disabling until next SIGHUP",
     .remediation = "A Cyrus service keeps dying (LMTP: mail waits in the MTA's queue until it runs again): read the "
                    "errors just before (a failed assertion, a corrupt mailbox index: run reconstruct on it), fix "
                    "them, then send master a SIGHUP (or restart Cyrus) to enable the service again."},
    // Dovecot's master: a service process that died (killed by the kernel
    // for memory, or aborted on a Panic), or one it could not start.
    {.id = "dovecot.service_died",
     .pattern = R"(^service\([\w-]+\): (?:child \d+ (?:killed with signal|returned error) \d+|command startup failed, throttling))",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "service(lmtp): child 8537 killed with signal 9 (out of memory)",
     .remediation = "A Dovecot service process died (for LMTP: the MTA defers what it was delivering and retries; "
                    "for IMAP: that user's session dropped). \"out of memory\" means the kernel killed it: raise "
                    "the service's vsz_limit or find what grows (a huge mailbox, a full-text index); a signal 6 or "
                    "11 follows a Panic in Dovecot's log, whose text is what to report upstream."},
    // Dovecot's services that lost what they depend on: submission its relay
    // (the MTA), the auth workers their database, a login service its TLS
    // certificate or the auth process.
    {.id = "dovecot.submission_relay_down", .pattern = R"(Failed to establish relay connection)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "submission(ben@example.com)<20762><skxRXrcC>: Error: Failed to establish relay connection: "
               "connect(127.0.0.1:10025) failed: Connection refused",
     .remediation = "Dovecot's submission service cannot reach the MTA it relays through (submission_relay_host "
                    "and port): nothing users send goes out. Start the MTA's listener there or fix the setting."},
    {.id = "dovecot.auth_database_down",
     // (Dovecot 2.3.21 and later: "Login aborted: Connection closed (auth process communication failure, ...)".)
     .pattern = R"(Connect failed to database|query failed: Not connected to database|\(disconnected before auth was ready|)"
                R"(\(auth process communication failure)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "auth-worker(21057): Error: mysql(127.0.0.1): Connect failed to database (mailserver): Can't connect to "
               "MySQL server on '127.0.0.1' (111) - waiting for 5 seconds before retry",
     .remediation = "Dovecot's authentication cannot reach its user database (or answer at all): every login and "
                    "every LMTP lookup fails meanwhile. Start the database or fix the connect settings in the "
                    "passdb/userdb configuration."},
    {.id = "dovecot.tls_certificate_unloadable", .pattern = R"(Failed to initialize SSL server context)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kScopeServerLog, .priority = 2,
     .sample = "imap-login: Error: Failed to initialize SSL server context: Can't load SSL certificate: There is no "
               "valid PEM certificate.",
     .remediation = "The login service cannot load its TLS certificate or key, so every TLS connection fails: check "
                    "ssl_server_cert_file / ssl_cert (the path, the '<' before it, read permission) and that key "
                    "and certificate match, then reload Dovecot."},
    // ... or dropping connections because a service has as many as it may take.
    {.id = "dovecot.service_limit",
     .pattern = R"(^service\([\w-]+\): (?:client|process)_limit \(\d+\) reached)",
     .reason = "toomanyconn", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "service(lmtp): client_limit (1) reached, client connections are being dropped",
     .remediation = "A Dovecot service is at its connection or process limit and turns clients away (the MTA's "
                    "LMTP deliveries defer, logins fail): raise that service's process_limit or client_limit in "
                    "the service block doveconf names, or find what holds its connections open."},
    // A configuration Dovecot refuses to start with (after an upgrade, mostly:
    // settings that were renamed or removed).
    {.id = "dovecot.config_error", .pattern = R"(Fatal: Error in configuration file \S+ line \d+|Fatal: Error reading configuration: )",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "doveconf: Fatal: Error in configuration file /etc/dovecot/conf.d/10-ssl.conf line 6: Unknown setting: "
               "ssl_cert_file",
     .remediation = "Dovecot does not start, so mailboxes cannot be read and LMTP or LDA deliveries defer: fix the "
                    "setting at the file and line named (`doveconf -n` checks the configuration; after a major "
                    "upgrade, compare with the release's list of renamed settings), then start Dovecot."},
    // Exim's daemon out of processes: no queue runner, no process for a new connection.
    {.id = "exim.daemon_fork_failed", .pattern = R"(^daemon: .*\bfork\b.* failed|^daemon: .*failed to fork)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "daemon: fork of queue-runner process failed: Resource temporarily unavailable",
     .remediation = "Exim could not start a process (the system's or the exim user's process limit, or memory): "
                    "queued mail waits and new connections are refused meanwhile. Check ulimit -u for the exim "
                    "user, memory and the number of running deliveries (queue_run_max, smtp_accept_max)."},
    // Exim's expiry of a frozen message (timeout_frozen_after).
    {.id = "exim.frozen_message_expired", .pattern = R"(^cancelled by timeout_frozen_after$)",
     .reason = "expired", .cause = C::expired, .scopes = kScopeServerLog, .priority = 2,
     .sample = "cancelled by timeout_frozen_after",
     .remediation = "A message that stayed frozen (mostly a bounce nobody could be sent) was dropped unsent when "
                    "timeout_frozen_after ran out: look at why it froze (exim -Mvl on a similar one) if many do."},
    // Our own server refusing a closed or disabled local account (a :fail:
    // redirect's text, a directory's disabled flag).
    {.id = "local.account_closed",
     .pattern = R"(\b(?:account|mailbox) (?:has been|is) (?:closed|disabled|deactivated)\b)",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kScopeServerLog, .priority = 2,
     .sample = "This account has been closed. Please contact the recipient by other means.", .commands = "RCPT"},
    {.id = "cyrus.badlogin", .pattern = R"(^badlogin: )",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kScopeServerLog, .priority = 2,
     .sample = "badlogin: vpn-203-117.example [198.51.100.203] PLAIN [SASL(-13): authentication failure: Password "
               "verification failed]"},
    // A mail container's process supervisor: a mail program of the stack
    // (Rspamd, Amavis, ClamAV, Dovecot, Postfix) stopped when it should not
    // have, or failed to start until supervisord gave up on it.
    {.id = "supervisor.mail_program_down",
     // (A death by a signal: "exited: dovecot (terminated by SIGSEGV (core dumped); not expected)".)
     .pattern = R"(^(?:exited: \S+ \((?:exit status \d+|terminated by SIG[A-Z0-9]+(?: \(core dumped\))?); not expected\)|)"
                R"(gave up: \S+ entered FATAL state))",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = 2,
     .sample = "gave up: rspamd entered FATAL state, too many start retries too quickly",
     .remediation = "A program of the mail container's stack exits at start (supervisord restarts it, then gives "
                    "up): until it runs, the mail it filters or delivers waits or is refused. Read its own output "
                    "(`supervisorctl tail -f <name> stderr` in the container): most often a configuration error "
                    "after an upgrade or a service it needs (Redis for Rspamd) missing; fix it and restart it."},
    {.id = "postfix.server_configuration_error",
     .pattern = R"(Server configuration (error|problem))",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "451 4.3.5 <bob@example.org>: Recipient address rejected: Server configuration problem",
     .remediation = "Postfix defers because something its configuration names failed (a lookup table, a policy "
                    "service such as postgrey, a milter): the warnings just before in the log name it; fix it and "
                    "run `postfix check`."},
    // Local delivery that the operating system refused: ownership or mode of
    // the mailbox, maildir or delivery agent's socket.
    {.id = "postfix.local_delivery.permission",
     .pattern = R"(can'?t create user output file|(delivery failed|Command output|output file|cannot update mailbox|cannot append message to file).{0,200}Permission denied)",
     .reason = "mailererror", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "maildir delivery failed: create maildir file /var/vmail/example.org/erin/tmp/x: Permission denied",
     .remediation = "Local delivery was refused by file permissions: check the owner and mode of the mailbox or "
                    "maildir (and the delivery agent's user, e.g. virtual_uid_maps or dovecot's mail_uid)."},
    // local(8) refusing to run the command a .forward or an include file names
    // (allow_mail_to_commands), with 5.7.1: the site's own rule, not a
    // receiving server's spam policy.
    {.id = "postfix.local.command_restricted", .pattern = R"(mail to (?:command|file) is restricted)",
     .reason = "mta_misconfigured", .cause = C::server_settings, .scopes = kScopeServerLog, .priority = 1,
     .sample = "to=<hpatel@shell02.example.org>, relay=local, dsn=5.7.1, status=bounced (mail to command is restricted)",
     .remediation = "The user's .forward (or an :include: file) pipes mail to a program or writes to a file, and "
                    "local delivery is not allowed to for that source (allow_mail_to_commands, "
                    "allow_mail_to_files): allow it for forward files if that is wanted, or have the user drop "
                    "the line; the message bounced."},
    {.id = "postfix.smtpd.recipient_undeliverable", .pattern = R"(Recipient address rejected: undeliverable address)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kAll,
     .sample = "550 5.1.1 <user1@example.org>: Recipient address rejected: undeliverable address: verification failed"},
    {.id = "postfix.smtpd.message_too_big",
     .pattern = R"(message (size exceeds (fixed (limit|maximum message size)|maximum permitted)|file too big))", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kAll, .sample = "552 5.3.4 Message size exceeds fixed limit"},

    // --- Rate and concurrency limits ------------------------------------------------
    // Sendmail's own throttling of a client that sends too many recipients
    // too fast (confBAD_RCPT_THROTTLE): "Possible SMTP RCPT flood, throttling."
    {.id = "sendmail.rcpt_flood", .pattern = R"(Possible SMTP RCPT flood, throttling)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kScopeServerLog, .priority = 1,
     .sample = "Possible SMTP RCPT flood, throttling."},
    {.id = "postfix.anvil.rate_limit",
     .pattern = R"((Connection|Message delivery request|Recipient address|New TLS session|AUTH command) rate limit exceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kAll,
     .sample = "Connection rate limit exceeded: 31 from mail.example.org[192.0.2.123] for service smtp"},
    // A rate-limit policy's refusal in an administrator's own words (Exim's ratelimit
    // ACL: "Rate limit exceeded: 301.2 messages per 1h, limit 300").
    {.id = "mta.acl.rate_limit_exceeded", .pattern = R"(\brate ?limit exceeded\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kAll, .priority = -1,
     .sample = "temporarily rejected RCPT <a@example.org>: Rate limit exceeded: 120.5 messages per 1h, limit 100"},
    {.id = "postfix.anvil.too_many_connections",
     .pattern = R"(Connection concurrency limit exceeded|(?:concurrency|recipients per message) limit (?:reached|exceeded)|)"
                R"(too many connections)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kAll,
     .sample = "warning: Connection concurrency limit exceeded: 51 from unknown[192.0.2.123]:51122 for service smtp"},
    // postscreen tells a client it has not yet let through to come back
    // later (after its tests past the greeting, a new client must reconnect:
    // greylisting in effect) and refuses one it listed with the permanent
    // form; both are its verdicts on the client, not an outage.
    {.id = "postfix.postscreen.come_back_later", .status = "4.", .pattern = R"(Service currently unavailable)",
     .reason = "greylisted", .cause = C::spam_policy, .scopes = kLog, .hint = kPostscreenHint, .priority = 1,
     .sample = "450 4.3.2 Service currently unavailable",
     .remediation = "postscreen asked a client it does not know yet to come back later: a real mail server "
                    "retries and is let through; nothing to do unless a known sender keeps being refused "
                    "(then list it in postscreen_access_list)."},
    {.id = "postfix.postscreen.refused", .status = "5.", .pattern = R"(Service currently unavailable)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .hint = kPostscreenHint, .priority = 1,
     .sample = "550 5.3.2 Service currently unavailable",
     .remediation = "postscreen refused a client it lists as bad (its access list or a blocklist score): if it "
                    "is a sender you want, add it to postscreen_access_list as permit."},
    // postscreen's deep protocol tests: a client that talked before its
    // turn (PREGREET), pipelined without being offered it, or sent bare
    // newlines is refused at its RCPT with "550 5.5.1 Protocol error": the
    // spam defence at work, as Exim's synchronization check is, not a
    // client speaking an old protocol.
    {.id = "postfix.postscreen.protocol_test_failed", .pattern = R"(\bProtocol error\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kLog, .hint = kPostscreenHint, .priority = 1,
     .sample = "550 5.5.1 Protocol error",
     .remediation = "postscreen refused a client that failed its protocol tests (talking before the greeting, "
                    "pipelining unasked, bare newlines), as bots do: nothing to do for those; a real sender "
                    "that fails them belongs in postscreen_access_list."},
    {.id = "postfix.postscreen.ports_busy", .pattern = R"(all server ports busy)", .reason = "toomanyconn",
     .cause = C::server_unavailable, .scopes = kLog, .sample = "all server ports busy"},

    // --- Queue lifetime -------------------------------------------------------------
    // The parser writes the last deferral's text after the status; the message's
    // fate is what the user acts on, the inner text says why. (Decisive: Postfix
    // itself says the message expired, whatever rule the last error would meet.)
    {.id = "postfix.qmgr.expired", .pattern = R"(^status=expired\b)", .reason = "expired", .cause = C::expired,
     .scopes = kLog, .weight = Weight::decisive, .actions = action_bit(Action::expired),
     .sample = "status=expired, returned to sender; last error: connect to mx.example.net[192.0.2.10]:25: "
               "Connection timed out"},
    // qmail-send's last attempt on a message past its queuelifetime: the
    // attempt's own error, then "I'm not going to try again; this message has
    // been in the queue too long." (Decisive, as Postfix's expiry.)
    {.id = "qmail.expired", .pattern = R"(this message has been in the queue too long)", .reason = "expired",
     .cause = C::expired, .scopes = kLog, .weight = Weight::decisive, .actions = action_bit(Action::expired),
     .sample = "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this "
               "message has been in the queue too long."},
};

}  // namespace

std::span<const Rule> server_text_rules() { return kRules; }

}  // namespace mailtriage
