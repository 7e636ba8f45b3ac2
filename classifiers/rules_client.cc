// Text rules for mail-client and library wording, and for the provider replies
// that clients quote.
//
// Scopes: every row applies to client logs only. The providers' reply texts
// (Gmail, Microsoft 365, Yahoo, ...) that clients quote also reach bounces and
// MTA logs, but there rules_bounce.cc and rules_server.cc own them, with
// Sisimai's order among reasons; a row here for all inputs would override
// those in their scopes (the classifier prefers rules with narrower scopes
// only on ties, and a provider row here is often more specific).
//
// Precedence inside the text tier (classifiers/classifier.h): priority decides
// between rules of equal specificity.
//   -2  a program's wrapper that only names the phase ("Could not connect to
//       SMTP host", "SMTPDataError"): any more specific text wins;
//   -1  a wrapper that names the failure family ("Invalid login",
//       "AuthenticationFailedException");
//    0  a documented wording of one failure;
//    1  a wording that refines another one ("... Server failed" after
//       "authentication failed");
//    2  evidence that decides between lookalike causes: the port, the kind of
//       host, the certificate issuer (research/causes.md, section 12).
// Wrappers that say nothing about the cause by themselves (PHPMailer's "data
// not accepted", smtplib's SMTPRecipientsRefused) are vague: a reply code in
// the same line beats them.
//
// Reason names: Sisimai's where the failure is one of its reasons (userunknown,
// mailboxfull, blocked, ...), else the own names listed in
// corpora/client/REASONS.md.
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;
constexpr uint8_t kClient = kScopeClient;
// Replies a mail server's own delivery agent meets as well, relaying through a
// smarthost or a provider (Postfix's smtp client, Exim's smtp transport): the
// same words mean the same there.
constexpr uint8_t kClientAndLog = kScopeClient | kScopeServerLog;

// Remediation that is more precise than the cause's.
constexpr std::string_view kFixImplicitTlsOnStarttlsPort =
    "The client spoke implicit TLS (SSL from the first byte) to a STARTTLS port: on 587 (or 25) connect in plain "
    "text and upgrade with STARTTLS (nodemailer secure:false, Python SMTP()+starttls(), msmtp tls_starttls on, "
    "MailKit SecureSocketOptions.StartTls), or keep implicit TLS and use port 465.";
constexpr std::string_view kFixPlainToImplicitTls =
    "The client spoke plain text to port 465, which expects TLS from the first byte: enable implicit TLS "
    "(nodemailer secure:true, Python SMTP_SSL, msmtp tls_starttls off, MailKit SslOnConnect, JavaMail "
    "mail.smtp.ssl.enable=true), or use port 587 with STARTTLS.";
constexpr std::string_view kFixStarttls =
    "The server wants STARTTLS before authentication or mail: turn on STARTTLS in the client (requireTLS, "
    "EnableSsl=true, starttls(), tls_starttls on) and keep port 587.";
constexpr std::string_view kFixStarttlsMissing =
    "The server did not offer STARTTLS: check host and port (587 offers it, 465 wants implicit TLS instead); if the "
    "real server does offer it, something between (antivirus mail shield, firewall, proxy) strips it: test with "
    "`openssl s_client -starttls smtp -connect HOST:587` from the same machine.";
constexpr std::string_view kFixAppPassword =
    "The account has two-step verification: create an app password for this program (Google Account > Security > "
    "App passwords) and use it instead of the account password, or switch the program to OAuth2.";
constexpr std::string_view kFixGmailBadCredentials =
    "Gmail refused the user name or password: use the full address as user name; if the account has two-step "
    "verification, the normal password never works over SMTP: create an app password (or use OAuth2).";
constexpr std::string_view kFixWebLogin =
    "Google blocked the sign-in as suspicious: sign in once in a browser from the same network, complete the "
    "security check, then retry (or use an app password / OAuth2).";
constexpr std::string_view kFixSmtpAuthDisabled =
    "Microsoft 365 has SMTP AUTH turned off for this mailbox or tenant: an admin enables it "
    "(Set-CASMailbox -Identity USER -SmtpClientAuthenticationDisabled $false, or the tenant setting), or the "
    "program moves to OAuth2 / Microsoft Graph.";
constexpr std::string_view kFixBasicAuthDisabled =
    "Basic authentication (user name and password) is disabled or blocked by Security Defaults / Conditional "
    "Access for this tenant: use OAuth2 (XOAUTH2) or have the admin allow authenticated SMTP for the mailbox.";
constexpr std::string_view kFixAccountLocked =
    "Too many failed logins locked the account for a while: stop the program's retries, wait for the lock to "
    "clear, verify the password in webmail, then start sending again.";
constexpr std::string_view kFixAuthRequired =
    "The server accepts mail from this client only after SMTP AUTH: turn on authentication in the client with "
    "the mailbox's user name and password (and STARTTLS on 587).";
constexpr std::string_view kFixAuthorizationCode =
    "This provider (QQ, 163/NetEase, ...) wants the SMTP authorization code generated in its web settings, not "
    "the account password; enable SMTP there and use the code.";
constexpr std::string_view kFixPortBlocked =
    "Port 25 timed out: outbound 25 is usually filtered by the ISP or cloud. Check with `nc -vz HOST 25` "
    "(fails) against `nc -vz smtp.PROVIDER 587` (works); clients should submit on 587 (STARTTLS) or 465 (TLS), "
    "servers relay through a smarthost on 587/465 or ask the provider to lift the block.";
constexpr std::string_view kFixTlsInterception =
    "A self-signed certificate in the chain of a public mail provider means something on this machine or network "
    "intercepts TLS, usually an antivirus mail/SSL scanner (Avast, AVG, ...): turn off its mail scanning or "
    "exclude the program; do not switch off certificate checks.";
constexpr std::string_view kFixHostnameTypo =
    "The configured SMTP host name is malformed (quotes, spaces, a trailing comma or a bare number): set it to the "
    "plain name, e.g. smtp.gmail.com, and check with `dig +short HOST`.";
constexpr std::string_view kFixNoLocalMta =
    "The program sends to localhost:25 but no mail server listens there: set the SMTP host (and port 587 with "
    "authentication) of your provider in the program or php.ini, or install and configure a local MTA.";
constexpr std::string_view kFixMxAsSubmission =
    "The program submits mail to an MX host, which only accepts mail for its own domains on port 25: use the "
    "provider's submission server (smtp.office365.com:587, smtp.gmail.com:587) with authentication.";
constexpr std::string_view kFixMechanism =
    "Client and server share no authentication mechanism: pick one the server lists after AUTH in its EHLO reply "
    "(PLAIN or LOGIN over TLS), install the SASL modules the client needs, or upgrade the client.";
constexpr std::string_view kFixTlsVersion =
    "Client and server share no TLS version or cipher: upgrade the runtime or library (Java 8u261+, .NET 4.7+, "
    "OpenSSL 1.1.1+) or enable TLS 1.2 explicitly (mail.smtp.ssl.protocols=TLSv1.2).";
constexpr std::string_view kFixUnexpectedGreeting =
    "What answered is not an SMTP server (or not in the expected TLS mode): check the outgoing server's host, "
    "port and connection security against the provider's settings.";
constexpr std::string_view kFixLocalAddress =
    "The host has no usable source address for the destination (typically IPv6 without a route): disable IPv6 "
    "for mail (Postfix inet_protocols = ipv4) or give the host working IPv6 connectivity.";

constexpr Rule kRules[] = {
    // --- Server settings: wrong host, port, local MTA ---------------------------
    // Node/nodemailer show the configured host verbatim; quotes, spaces, commas
    // or a bare number in it are configuration typos, not DNS trouble.
    {.id = "node.enotfound.malformed_host",
     .pattern = R"(hostname"?\s*:\s*["'](?:[^"']*[\s,;:]["']|"|\d+["'])|ENOTFOUND\s+(?:["']|\d+(?:\s|$|\]|:)|[a-z0-9.-]+:\d+\b))",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Error: getaddrinfo ENOTFOUND smtp.example.org, { errno: -3008, code: 'EDNS', syscall: "
               "'getaddrinfo', hostname: 'smtp.example.org,', command: 'CONN' }",
     .remediation = kFixHostnameTypo},
    // The big providers' names misspelled: the host does not resolve
    // because the setting has a typo, not because DNS is broken.
    {.id = "client.provider_hostname_typo",
     .pattern = R"((?:\bsmtp\.|resolve host:? |ENOTFOUND |locate host |host )(?:[a-z0-9-]+\.)?(?:gmial|gamil|gmai|gnail|gmal|gmaill|hotmial|hotmal|hotnail|outlok|otlook|outloook|yaho|yahooo|yahho|iclod|icoud)\.com\b)",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "curl: (6) Could not resolve host: smtp.gmial.com", .remediation = kFixHostnameTypo},
    // The program's own queue gave up: what timed out on the way is the
    // history, the expiry the outcome.
    {.id = "client.queue_expired", .pattern = R"(delivery expired after|expired after \d+ ?(?:h|hours|days)\b.{0,40}attempts|MaxRetriesExceededError|)"
                // dma's "Could not deliver for the last 432000 seconds. Giving up.", a queue's
                // "stuck in retry queue for too long. Giving up.", "giving up delivery of email to"
                R"(could not deliver for the last \d+ \w+|retry queue for too long|giving up (?:on )?deliver|)"
                // Laravel's queue: "App\Mail\X has been attempted too many times or run too long"
                R"(MaxAttemptsExceededException|has been attempted too many times)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .priority = 3,
     .sample = "delivery expired after 24h0m0s (12 attempts): dial tcp 198.51.100.14:25: i/o timeout"},
    // curl's CURLE_URL_MALFORMAT: the configured server URL is not one.
    {.id = "curl.url_malformed", .pattern = R"(URL using bad/illegal format or missing URL|curl: \(3\)|Invalid SMTP URL: )",
     .reason = "malformed_url", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "URL using bad/illegal format or missing URL",
     .remediation = "The SMTP server setting is not a valid URL (curl, and programs built on it such as Zabbix, "
                    "want smtp://host:587 or smtps://host:465): fix its scheme, host and port."},
    // Go's resolver: the lookup itself could not reach the DNS server.
    {.id = "go.lookup_unreachable_resolver",
     .pattern = R"(lookup \S+ on [0-9a-f.:\[\]]+:53: .{0,80}(?:network is unreachable|i/o timeout|connection refused|server misbehaving))",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "dial tcp: lookup smtp.gmail.com on 192.0.2.53:53: dial udp 192.0.2.53:53: connect: network is unreachable"},
    {.id = "client.localhost_25.no_local_mta",
     .pattern = R"((?:localhost|127\.0\.0\.1)(?:&quot;|["'])?(?:, |:| port:? ?|, port:? ?)25\b)",
     .reason = "no_local_mta", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1; "
               "nested exception is: java.net.ConnectException: Connection refused",
     .remediation = kFixNoLocalMta},
    // PHP's mail(), cron and many scripts hand mail to a local sendmail binary;
    // on a host without an MTA the shell or the library says it is missing.
    {.id = "client.sendmail_binary_missing",
     .pattern = R"(sendmail: (?:\d+: )?(?:not found|No such file or directory|command not found)|Could not execute: \S*sendmail|Could not instantiate mail function|No MTA installed|Cannot start \S*sendmail|)"
                R"(/bin/mailx?: not found|\bmailx?: command not found|)"
                // mutt's "Error sending message, child exited 127 (Exec error.)": the shell found no such program
                R"(child exited 127\b|\bexit(?:ed)?(?: with)?(?: status| code)?[ :=]{1,3}127\b)",
     .reason = "sendmail_missing", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "sh: 1: /usr/sbin/sendmail: not found",
     .remediation = "The program hands mail to a local sendmail command that is not installed (or not working): "
                    "install an MTA or a sendmail-compatible relay to the provider (msmtp-mta, dma), or configure "
                    "the program to send over SMTP with the provider's host, port and login."},
    // Windows Mail (and Outlook's app) says only that the outgoing server
    // settings did not work: the host, port, encryption or login to check.
    {.id = "windows_mail.check_smtp_settings", .pattern = R"(Check your (?:sending|outgoing) \(SMTP\) server settings)",
     .reason = "smtp_settings", .cause = C::server_settings, .scopes = kClient,
     .sample = "We couldn't send your message. Check your sending (SMTP) server settings and try again.",
     .remediation = "The app names no detail: compare host, port (587 STARTTLS or 465 SSL), encryption and the "
                    "login (full address, app password where the provider needs one) with the provider's settings."},
    // A provider's HTTP sending API refusing the key or token (Mailgun,
    // SendGrid, Postmark clients log the HTTP status).
    {.id = "http.401_unauthorized",
     .pattern = R"(\b401:? (?:Unauthorized|Forbidden)\b|\bError 401\b|\bHTTP 401\b|status(?:Code)?[=: ]+401\b)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "Error: Mailgun Error 401: Forbidden",
     .remediation = "The sending API refused the key: check that the API key (not the SMTP password) is the one "
                    "for this domain and region, and that it has not been revoked."},
    // A program that hands mail to a sendmail-compatible command (msmtp, ssmtp,
    // sendmail) reports only its exit code ("gomail: could not send email 1:
    // exit status 78"); the codes are sysexits.h's.
    {.id = "client.sendmail_exit.config", .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}78\b|\bEX_CONFIG\b)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "gomail: could not send email 1: exit status 78",
     .remediation = "The sendmail-compatible program the application runs (msmtp, ssmtp, sendmail) exited with 78, "
                    "EX_CONFIG: its configuration is missing or wrong. Run it by hand as the same user with a "
                    "test message (`printf 'Subject: t\\n\\nt' | msmtp -d you@example.org`) to see which "
                    "setting it lacks."},
    {.id = "client.sendmail_exit.no_user", .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}67\b|\bEX_NOUSER\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "sendmail: exit status 67"},
    {.id = "client.sendmail_exit.no_host", .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}68\b|\bEX_NOHOST\b)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient, .weight = Weight::vague,
     .sample = "sendmail: exit status 68"},
    // Erlang's gen_smtp (and Elixir's Swoosh, Bamboo over it) returns atoms:
    // {error, no_relay} when no relay is set, tls_failed when STARTTLS did not work.
    {.id = "gen_smtp.no_relay", .pattern = R"(\{:?error, ?:?no_relay\})",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "{:error, :no_relay}",
     .remediation = "The mail library has no relay (SMTP server) configured: set the relay/host option of the "
                    "adapter (Swoosh, Bamboo, gen_smtp) in the running environment's configuration."},
    {.id = "gen_smtp.tls_failed", .pattern = R"(:tls_failed\b|\btls_failed\}|, ?tls_failed\b)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "{:error, :retries_exceeded, {:temporary_failure, \"relay.example.com\", :tls_failed}}"},
    // sSMTP told to relay through a host literally named "mailhub" (a template's
    // placeholder left in ssmtp.conf; "mail", Debian's default, may be a real
    // host such as a compose service, and is not read so).
    {.id = "ssmtp.default_mailhub", .pattern = R"(Cannot open mailhub:\d+)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "sendmail: Cannot open mailhub:25",
     .remediation = "sSMTP relays through a placeholder host (mailhub=mailhub) that nothing answers to: set "
                    "mailhub to the provider's submission host and port in /etc/ssmtp/ssmtp.conf, with "
                    "AuthUser/AuthPass and UseSTARTTLS as the provider requires."},
    {.id = "client.not_configured",
     .pattern = R"(no configuration file available|msmtp: account \S+ not found|no default account|)"
                R"(smtp (?:options|settings) (?:are )?not configured|SMTP (?:is )?not configured|check SMTP server name|)"
                R"(No se ha encontrado ning\S{1,3}n servidor SMTP)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "msmtp: account default not found: no configuration file available",
     .remediation = "The mail program has no account to send with: create its configuration (msmtp: "
                    "~/.msmtprc or /etc/msmtprc with a 'default' account) readable by the user that sends."},
    {.id = "php.mail.failed_to_connect", .pattern = R"(mail\(\): Failed to connect to mailserver at)",
     .reason = "mailserver_unreachable", .cause = C::server_settings, .scopes = kClient,
     .sample = "PHP Warning:  mail(): Failed to connect to mailserver at \"smtp.example.org\" port 25, verify your "
               "\"SMTP\" and \"smtp_port\" setting in php.ini or use ini_set()"},
    {.id = "client.mx_host_as_submission",
     .pattern = R"((?:\.mail\.protection\.outlook\.com|aspmx\.l\.google\.com|gmail-smtp-in\.l\.google\.com)\S{0,2}(?::|, port:? ?|, )(?:587|465)\b)",
     .reason = "mx_as_submission_host", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "msmtp: cannot connect to example-com.mail.protection.outlook.com, port 587: the operation timed out",
     .remediation = kFixMxAsSubmission},
    // An MX host (it takes mail for its own domains only, without AUTH) set
    // as the program's outgoing server: its "no AUTH" is the wrong host, not
    // a missing STARTTLS.
    {.id = "client.mx_host_without_auth",
     .pattern = R"((?:\.mail\.protection\.outlook\.com|aspmx\.l\.google\.com|gmail-smtp-in\.l\.google\.com)\S{0,40}.{0,120}(?:doesn't|does not|not) (?:support|offer|advertise)s? (?:the )?AUTH)",
     .reason = "mx_as_submission_host", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "2024/07/19 08:02:44 alert email to ops@example.com failed (aspmx.l.google.com:25): smtp: server "
               "doesn't support AUTH",
     .remediation = kFixMxAsSubmission},
    // A big provider's submission port does not time out: something between
    // (a local firewall, an antivirus, a hosting provider that filters
    // outbound SMTP) drops the connection.
    {.id = "client.provider_submission_timeout",
     .pattern = R"((?:smtp\.gmail\.com|smtp\.googlemail\.com|smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.mail\.yahoo\.com|smtp\.sendgrid\.net|smtp\.mailgun\.org|email-smtp\.[a-z0-9-]+\.amazonaws\.com|smtp\.zoho\.[a-z]+|smtp\.fastmail\.com|smtp\.mail\.me\.com|smtp\.gmx\.[a-z]+)\S{0,3}(?::|, port:? ?| port |, )(?:465|587|2525)\b.{0,80}(?:timed out|ETIMEDOUT|Timeout to open|connect: timeout|i/o timeout|\(10060\)))",
     .reason = "submission_port_filtered", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "Swift_TransportException: Connection could not be established with host smtp.gmail.com "
               ":stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Connection timed out)",
     .remediation = "The provider's submission port is up; the connection is dropped on the way: check the local "
                    "firewall and antivirus mail shield, and whether the hosting provider filters outbound SMTP "
                    "(many cloud hosts block 25, 465 and 587 until asked) with `nc -vz HOST PORT` from this machine."},
    // git send-email prints its settings when the session cannot start: TLS
    // from the first byte ("ssl") on the STARTTLS port, or the reverse.
    {.id = "git_send_email.encryption_port_mismatch",
     .pattern = R"(encryption=ssl\b.{0,80}\bport=(?:587|25)\b|encryption=tls\b.{0,80}\bport=465\b)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.gmail.com "
               "encryption=ssl hello=localhost.localdomain port=587 at /usr/lib/git-core/git-send-email line 1674.",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    // curl names only the command and the code: a bare 550 to RCPT is the
    // recipient refused, most often as unknown.
    // 552 to RCPT is the mailbox over its storage (RFC 5321).
    // SendGrid's account out of credits answers AUTH (or MAIL) with 451.
    {.id = "sendgrid.credits_exceeded", .pattern = R"(Maximum credits exceeded)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 3,
     .sample = "Net::SMTPServerBusy: 451 Authentication failed: Maximum credits exceeded",
     .remediation = "The sending account has used up its credits or plan quota: wait for the next period, "
                    "upgrade the plan, or lower the volume; the login itself is fine."},
    {.id = "curl.rcpt_failed_storage", .pattern = R"(RCPT failed: 552\b)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kClient, .priority = 2,
     .sample = "* RCPT failed: 552"},
    {.id = "curl.rcpt_failed", .pattern = R"(RCPT failed: 55[013]\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 1,
     .sample = "curl: (55) RCPT failed: 550"},
    // Outlook's own account summary: port 465 with SSL on is the right mode,
    // so a dropped connection there is the server's or the network's.
    {.id = "outlook.0x800ccc0f.ssl_port_dropped",
     .pattern = R"(unexpectedly terminated the connection.*Port: 465, Secure\(SSL\): Yes)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 3,
     .sample = "Your server has unexpectedly terminated the connection. Account: 'alice@example.org', Server: "
               "'smtp.example.org', Protocol: SMTP, Port: 465, Secure(SSL): Yes, Error Number: 0x800CCC0F"},
    // NetEase (163/126) answers a login to an account whose SMTP service is
    // not switched on, or a password instead of its authorization code.
    {.id = "netease.no_permission", .pattern = R"(User has no permission)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "smtplib.SMTPSenderRefused: (550, b'User has no permission', 'alerts@example.com')",
     .remediation = kFixAuthorizationCode},
    {.id = "thunderbird.smtp_server_unknown", .pattern = R"(Outgoing server \(SMTP\).*\bis unknown)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient,
     .sample = "An error occurred while sending mail: Outgoing server (SMTP) smtp.exmaple.org is unknown. The server "
               "may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct "
               "and try again."},
    {.id = "thunderbird.incorrect_greeting", .pattern = R"(sent an incorrect greeting)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient,
     .sample = "An error occurred while sending mail: The mail server sent an incorrect greeting:  "
               "+OK POP3 server ready.",
     .remediation = kFixUnexpectedGreeting},
    {.id = "client.bad_greeting", .pattern = R"(Got bad greeting from SMTP host|server sent an empty reply)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient,
     .sample = "jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.org, port: 587, "
               "response: [EOF]",
     .remediation = kFixUnexpectedGreeting},
    {.id = "outlook.0x800ccc0d.cant_find_host", .pattern = R"(0x800CCC0D|IXP_E_CANT_FIND_HOST)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient,
     .sample = "Sending reported error (0x800CCC0D) : 'Cannot locate server. The server could not be found.'"},
    {.id = "smtp.503.auth_not_enabled", .pattern = R"(authentication not enabled|AUTH not (?:available|enabled)|did not advertise authentication)",
     .reason = "auth_not_enabled", .cause = C::server_settings, .scopes = kClient,
     .sample = "503 5.5.1 Error: authentication not enabled",
     .remediation = "The listener does not offer AUTH: submit on port 587 (where the provider enables "
                    "authentication) or enable SASL on your own server's submission service."},
    // Go's net package when the configured address has no ":port" (gomail,
    // net/smtp callers that pass the host alone).
    {.id = "go.missing_port", .pattern = R"(missing port in address)",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "gomail: could not send email 1: dial tcp: address smtp.example.org: missing port in address",
     .remediation = "The program was given a host without a port: configure host and port separately or as "
                    "host:port (587 for STARTTLS, 465 for implicit TLS)."},
    // An SMTP client that meets an IMAP or POP3 greeting was pointed at the
    // mailbox server's port (143/993/110/995) instead of submission.
    {.id = "client.imap_or_pop3_port",
     .pattern = R"(\* OK\b.{0,80}\b(?:IMAP4|CAPABILITY))",
     .reason = "mailbox_port", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "short response: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS] Dovecot ready.",
     .remediation = "The configured port answers with an IMAP or POP3 greeting: outgoing mail goes to the SMTP "
                    "submission port (587 with STARTTLS or 465 with TLS), not to the mailbox port."},
    // The same refusal as the server-log rule remote.sender_domain_dns, quoted by a client.
    {.id = "client.sender_domain_dns", .pattern = R"(invalid DNS MX or A/AAAA resource record)",
     .reason = "rejected", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "SMTP: Mailserver response error -- 550 invalid DNS MX or A/AAAA resource record",
     .remediation = "The receiving server found no usable MX or A/AAAA record for the sender's domain: publish "
                    "them for the From and envelope sender domain, or send from a domain that has them."},
    // CDO's CDO_E_LOGON_FAILURE: the server refused the user name or password.
    {.id = "cdo.logon_failure", .pattern = R"(0x80040217|\b80040217\b)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "The message could not be sent to the SMTP server. The transport error code was 0x80040217. The "
               "server response was not available"},
    // CDO (VBScript/VBA, classic ASP) reports any failed connection with this
    // code; its usual cause is the server, port or SSL setting (CDO cannot do
    // implicit TLS on 465 and STARTTLS on 587 only with smtpusessl).
    {.id = "cdo.transport_failed_to_connect", .pattern = R"(80040213|transport failed to connect to the server)",
     .reason = "smtp_settings", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "Run-time error '-2147220973 (80040213)': The transport failed to connect to the server.",
     .remediation = "CDO could not connect with the configured settings: check smtpserver, smtpserverport and "
                    "smtpusessl together (port 25 or 587 without SSL, 465 with SSL) and that the host is reachable."},
    {.id = "postfix.protocols_disabled", .pattern = R"(all network protocols are disabled)",
     .reason = "protocols_disabled", .cause = C::server_settings, .scopes = kClient,
     .sample = "warning: all network protocols are disabled"},
    // Windows: WSAEADDRNOTAVAIL (10049), "The requested address is not valid in its context" (a host of
    // 0.0.0.0 or a bad bind address), also in French.
    {.id = "net.eaddrnotavail",
     .pattern = R"(Cannot assign requested address|EADDRNOTAVAIL|requested address is not valid in its context|)"
                R"(adresse demand\S{1,3}e n\S{1,3}est pas valide dans son contexte|\b10049\b)",
     .reason = "local_address_unavailable", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "connect to mx.example.org[2001:db8::25]:25: Cannot assign requested address",
     .remediation = kFixLocalAddress},
    {.id = "net.ipv6_unreachable",
     .pattern = R"([\[/][0-9a-f]{1,4}:[0-9a-f:]{3,}[^\s]*.*(?:Network is unreachable|ENETUNREACH))",
     .reason = "ipv6_no_route", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "java.net.ConnectException: failed to connect to smtp.example.org/2001:db8::6c (port 465) after "
               "90000ms: isConnected failed: ENETUNREACH (Network is unreachable)",
     .remediation = kFixLocalAddress},
    {.id = "nodemailer.greeting_never_received", .pattern = R"(Greeting never received)",
     .reason = "greeting_timeout", .cause = C::server_settings, .scopes = kClient,
     .sample = "[2024-03-02 08:01:17] ERROR [Kq1sLr0] Greeting never received",
     .remediation = "Connected, but the server never greeted: check the port (an unusual port, or plain text on "
                    "465), and that the host is the provider's SMTP server; if the same settings work at other "
                    "times the server is overloaded."},
    {.id = "client.greeting_timeout.port465",
     .pattern = R"((?:Greeting never received|cannot get initial OK message|response: -1|Connection unexpectedly closed|unexpectedly terminated the connection)(?:.*(?:[a-z\]]:465|\d\.\d{1,3}:465|port:? 465|, 465;|port=465)\b)|(?:[a-z\]]:465|\d\.\d{1,3}:465|port:? 465|, 465;|port=465)\b.*(?:Greeting never received|cannot get initial OK message|response: -1|Connection unexpectedly closed|unexpectedly terminated the connection))",
     .reason = "plaintext_to_implicit_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465, "
               "response: -1",
     .remediation = kFixPlainToImplicitTls},

    // --- Authentication: provider replies -----------------------------------------
    {.id = "gmail.534.app_password", .status = "*.7.", .pattern = R"(Application-specific password required|InvalidSecondFactor)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9  "
               "https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp",
     .remediation = kFixAppPassword},
    {.id = "gmail.534.web_login_required", .status = "*.7.",
     .pattern = R"(log in (?:via|through) your web browser|WebLoginRequired|answer\.py\?answer=78754)",
     .reason = "web_login_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web "
               "browser and then try again. 534 5.7.14  https://support.google.com/mail/answer/78754 - gsmtp",
     .remediation = kFixWebLogin},
    {.id = "gmail.535.bad_credentials", .status = "*.7.",
     .pattern = R"(Username and Password not accepted|p=BadCredentials|answer\.py\?answer=14257)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  "
               "https://support.google.com/mail/?p=BadCredentials - gsmtp",
     .remediation = kFixGmailBadCredentials},
    {.id = "microsoft.5.7.139.smtp_auth_disabled", .status = "*.7.", .pattern = R"(SmtpClientAuthentication is disabled|smtp_auth_disabled)",
     .reason = "smtp_auth_disabled", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
               "https://aka.ms/smtp_auth_disabled for more information.",
     .remediation = kFixSmtpAuthDisabled},
    {.id = "microsoft.5.7.139.basic_auth_disabled", .status = "*.7.",
     .pattern = R"(basic authentication is (?:disabled|blocked)|user is locked by your organization's security defaults)",
     .reason = "basic_auth_disabled", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
     .remediation = kFixBasicAuthDisabled},
    {.id = "microsoft.5.7.139.conditional_access", .status = "*.7.",
     .pattern = R"(did not meet the criteria to be authenticated)",
     .reason = "conditional_access_blocked", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated "
               "successfully. Contact your administrator.",
     .remediation = kFixBasicAuthDisabled},
    {.id = "microsoft.5.7.57.anonymous_submission", .status = "*.7.",
     .pattern = R"(not authenticated to send (?:anonymous )?mail|\b5\.7\.57\b)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]",
     .remediation = kFixAuthRequired},
    {.id = "microsoft.5.7.60.send_as_denied",
     .pattern = R"(does not have permissions to send as this sender|SendAsDenied)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
     .remediation = "The mailbox you log in with may not send as the From address: send from the authenticated "
                    "address, or have the admin grant Send As permission for the other address."},
    // Postfix's reject_sender_login_mismatch (smtpd_sender_login_maps): the
    // sender address belongs to a login and the client did not log in.
    {.id = "postfix.sender_login_required", .pattern = R"(Sender address rejected: not logged in)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "553 5.7.1 <alerts@example.org>: Sender address rejected: not logged in",
     .remediation = kFixAuthRequired},
    {.id = "smtp.sender_not_owned", .pattern = R"(not owned by (?:the authenticated )?user)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "553 5.7.1 <root@host.example.org>: Sender address rejected: not owned by user alerts@example.org",
     .remediation = "The server lets the authenticated user send only from its own addresses: set the From / "
                    "envelope sender to the login's address (msmtp: from, PHPMailer: setFrom), or allow the alias."},
    {.id = "microsoft.5.7.3.auth_unsuccessful", .status = "*.7.", .pattern = R"(Authentication unsuccessful)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0047.namprd02.prod.outlook.com]"},
    {.id = "smtp.auth_required",
     .pattern = R"(authentication (?:is )?required|authentification requise|turn on SMTP Authentication|Unauthenticated senders not allowed|must (?:be )?authenticate|requires? authentication)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient,
     .sample = "530 5.7.0 Authentication required", .remediation = kFixAuthRequired},
    {.id = "exim.535.incorrect_authentication_data", .pattern = R"(Incorrect authentication data)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "535 Incorrect authentication data"},
    {.id = "smtp.535.invalid_login",
     .pattern = R"(invalid (?:login|user(?: ?name)?) or password|(?:user ?name|login) or password (?:is )?(?:incorrect|invalid|wrong)|bad (?:user ?name or )?password|password (?:incorrect|rejected|invalid)|invalid credentials|authentication credentials invalid|User not found or invalid password|rejected the password)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "535 5.7.0 Invalid login or password"},
    {.id = "smtp.535.authentication_failed",
     .pattern = R"(authentication failed|authentication failure|auth failure|Authorization failed|login fail(?:ed|ure)?\b|Login denied|AUTH failed|failed to authenticate|)"
                R"(Authentifizierung\b.{0,80}\bfehlgeschlagen|authentification a \S{1,3}chou|chec de l\S{1,3}authentification|)"
                R"(autenticaci\S{1,3}n (?:SASL )?fall|SASL \S{1,12} se nezda|error de autenticaci|autentica\S{1,3}\S{1,3}o falhou|falha na autentica|)"
                R"(autenticazione fallita|autenticazione non riuscita|)"
                // Home Assistant's smtp notify: "Login not possible. Please check your setting and/or your credentials";
                // Airmail's "Unable to authenticate with the current session's credentials"
                R"(Login not possible\. Please check your|check your setting and/or your credentials|Unable to authenticate with|)"
                // msmtp names the SASL method only in this message, in every language ("(method PLAIN)")
                R"(msmtp: .{1,160}\(\S{1,30} (?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-1|SCRAM-SHA-256|XOAUTH2|OAUTHBEARER|EXTERNAL|GSSAPI|NTLM)\)\s*$)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -2,
     .sample = "535 Error: authentication failed"},
    {.id = "provider.authorization_code",
     .pattern = R"(enter your authorization|authorization code|\bauth(?:orization)? ?code (?:is )?(?:required|invalid|error))",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "535 Login Fail. Please enter your authorization code to login.",
     .remediation = kFixAuthorizationCode},
    {.id = "smtp.454.too_many_login_attempts",
     .pattern = R"(too many (?:failed )?(?:login|logon|authentication|auth) (?:attempts|failures|errors)|account (?:is |has been )?(?:temporarily )?locked|temporarily blocked .{0,40}login)",
     .reason = "account_locked", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "454 4.7.0 Too many login attempts, please try again later. - gsmtp",
     .remediation = kFixAccountLocked},
    {.id = "smtp.auth_backend_failure",
     .pattern = R"(authentication failed: Server failed|Temporary authentication failure)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.8 Error: authentication failed: Server failed",
     .remediation = "The server's own password backend failed, not your credentials: retry later; on your own "
                    "server check the SASL/Dovecot auth service and its database."},
    {.id = "oauth.token_invalid",
     .pattern = R"(invalid_grant|invalid_token|AADSTS\d+|XOAUTH2 .{0,40}(?:failed|invalid|expired)|OAuth .{0,30}token .{0,20}(?:expired|invalid|revoked)|Can't create new access token)",
     .reason = "oauth_token_invalid", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Error: invalid_grant: Token has been expired or revoked.",
     .remediation = "The OAuth2 token was refused: refresh or re-create the grant (consent, client secret, "
                    "scopes such as https://mail.google.com/ or SMTP.Send) and check the token's account."},

    // --- Authentication: client wording ----------------------------------------------
    {.id = "phpmailer.could_not_authenticate", .pattern = R"(SMTP Error: Could not authenticate)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "SMTP Error: Could not authenticate."},
    {.id = "phpmailer.auth_command_failed",
     .pattern = R"((?:Password|Username|AUTH|User & Password|AUTH CRAM-MD5) command failed)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"},
    {.id = "nodemailer.eauth.invalid_login", .pattern = R"(Invalid login|\bEAUTH\b)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "Error: Invalid login: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"},
    {.id = "thunderbird.auth_failure", .pattern = R"(Unable to authenticate to Outgoing server)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "Unable to authenticate to Outgoing server (SMTP) smtp.example.org. Please check the password and "
               "verify the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)'."},
    {.id = "thunderbird.password_undefined", .pattern = R"(Could not get password for)",
     .reason = "credentials_missing", .cause = C::authentication, .scopes = kClient,
     .sample = "An error occurred while sending mail: Could not get password for user@example.org. The message "
               "was not sent."},
    {.id = "nodemailer.eauth.missing_credentials", .pattern = R"(Missing credentials for)",
     .reason = "credentials_missing", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Error: Missing credentials for \"PLAIN\"",
     .remediation = "The program was told to authenticate but has no user name or password: set auth.user and "
                    "auth.pass (or the OAuth2 fields) in its SMTP settings."},
    {.id = "python.smtplib.authentication_error", .pattern = R"(SMTPAuthenticationError)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "smtplib.SMTPAuthenticationError: (535, b'5.7.8 Error: authentication failed: UGFzc3dvcmQ6')"},
    {.id = "javamail.authentication_failed", .pattern = R"(AuthenticationFailedException|MailAuthenticationException)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"},
    {.id = "mailkit.authentication_invalid_credentials",
     .pattern = R"(AuthenticationInvalidCredentials|MailKit\.Security\.AuthenticationException)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "MailKit.Security.AuthenticationException: AuthenticationInvalidCredentials: 5.7.8 Error: "
               "authentication failed: UGFzc3dvcmQ6"},
    {.id = "dotnet.smtp.secure_connection_or_auth",
     .pattern = R"(requires a secure connection or the client (?:was|is) not authenticated)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not "
               "authenticated.",
     .remediation = kFixAuthRequired},
    {.id = "msmtp.authentication_failed", .pattern = R"(authentication failed \(method [A-Z0-9-]+\))",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "msmtp: authentication failed (method PLAIN)"},
    {.id = "ssmtp.authorization_failed", .pattern = R"(ssmtp: Authorization failed)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "ssmtp: Authorization failed (535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6)"},
    {.id = "swaks.no_auth_type_succeeded", .pattern = R"(No authentication type succeeded)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "*** No authentication type succeeded"},
    {.id = "curl.67.login_denied", .pattern = R"(curl: \(67\))",
     .reason = "login_denied", .cause = C::authentication, .scopes = kClient,
     .sample = "curl: (67) Login denied"},
    {.id = "outlook.0x800ccc18.logon_failed", .pattern = R"(0x800CCC18|IXP_E_SICILY_LOGON_FAILED)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "Sending reported error (0x800CCC18) : 'Logon to the server failed.'"},
    {.id = "outlook.0x800ccc78.sender_rejected", .pattern = R"(0x800CCC78|IXP_E_SMTP_REJECTED_SENDER)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "Unable to send the message. Please verify the e-mail address in your account properties. "
               "Error Number: 0x800CCC78",
     .remediation = kFixAuthRequired},

    // --- Firewall and antivirus on the client machine ------------------------------
    {.id = "tls.self_signed_in_chain.interception",
     .pattern = R"(self[- ]signed certificate in certificate chain|SELF_SIGNED_CERT_IN_CHAIN)",
     .reason = "tls_interception", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 3,
     .sample = "Error: self signed certificate in certificate chain { code: 'ESOCKET', command: 'CONN' }",
     .remediation = kFixTlsInterception},
    {.id = "tls.chain_error.public_provider",
     .pattern = R"((?:RemoteCertificateChainErrors|unable to get local issuer certificate|certificate verify failed|PKIX path building failed|certificate signed by unknown authority).*(?:gmail\.com|google\.com|outlook\.com|office365\.com|live\.com|hotmail\.com|yahoo\.com|icloud\.com)|(?:gmail\.com|google\.com|outlook\.com|office365\.com|live\.com|hotmail\.com|yahoo\.com|icloud\.com).*(?:RemoteCertificateChainErrors|unable to get local issuer certificate|certificate verify failed|PKIX path building failed|certificate signed by unknown authority))",
     .reason = "tls_interception", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "MailKit.Security.SslHandshakeException: SMTP Server's Certificate with subject CN=outlook.com was "
               "invalid with policy errors RemoteCertificateChainErrors.",
     .remediation = kFixTlsInterception},
    {.id = "antivirus.named",
     .pattern = R"(\b(?:Avast|Kaspersky|Bitdefender|Avira|Norton|ESET NOD32)\b|mail ?shield|(?:ssl|https|email) scanning)",
     .reason = "antivirus_interference", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 3,
     .sample = "Error: \"Cannot reach the mail server.\" with Avast Mail Shield enabled",
     .remediation = kFixTlsInterception},
    {.id = "net.permission_denied.outbound",
     .pattern = R"((?:connect|unable to connect|Failed to connect|socket).*(?:Permission denied|EACCES|\(13\))|Errno 13\] Permission denied|WinError 10013\]|forbidden by its access permissions|WSAEACCES)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 1,
     .sample = "Connection failed. Error #2: stream_socket_client(): unable to connect to tls://smtp.example.org:587 "
               "(Permission denied)",
     .remediation = "The operating system refused the outbound connection: allow the program and port in the "
                    "local firewall, and for web applications under SELinux set httpd_can_sendmail / "
                    "httpd_can_network_connect."},
    // Windows' WSAECONNABORTED: the local stack (most often an antivirus mail
    // scanner or a firewall sitting in the connection) tore the session down.
    {.id = "net.wsaeconnaborted.local_software",
     .pattern = R"(aborted by the software in your host (?:machine|computer)|WSAECONNABORTED|WinError 10053\])",
     .reason = "connection_aborted_locally", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 1,
     .sample = "System.IO.IOException: Unable to read data from the transport connection: An established connection "
               "was aborted by the software in your host machine.",
     .remediation = "Software on the sending machine closed the connection: turn off the antivirus's mail or TLS "
                    "scanning (or exempt the mail program), then check the local firewall; if it persists on "
                    "another network too, look at the server's timeouts."},
    {.id = "outlook.0x800ccc0e.failed_to_connect", .pattern = R"(0x800CCC0E|IXP_E_FAILED_TO_CONNECT|0x800CCC15|0x80042109)",
     .reason = "connection_failed", .cause = C::firewall_antivirus, .scopes = kClient,
     .sample = "Sending reported error (0x800CCC0E) : 'The connection to the server has failed.'",
     .remediation = "Outlook could not open the connection: check the outgoing server name, port and encryption "
                    "first, then whether a firewall or antivirus mail scanner blocks Outlook "
                    "(`Test-NetConnection HOST -Port 587`)."},

    // --- ISP blocking port 25 ------------------------------------------------------------
    {.id = "net.timeout.port25",
     .pattern = R"((?:[a-z\]]:25|\d\.\d{1,3}:25|port"?:? ?25|, 25;|port=25|\(port 25\))\b.*(?:timed out|ETIMEDOUT|\(110\)|Connection timeout|connect: timeout|i/o timeout|expiration du d\S{1,3}lai|Zeit\S{0,3}berschreitung|tiempo de espera|tempo limite|tempo scaduto)|curl: \(28\) .*\bport 25\b|(?:timed out|ETIMEDOUT|Connection timeout|Timeout to open TCP connection|\(10060\)|failed to respond|nicht richtig reagiert|pas r\S{1,3}pondu convenablement|no respondi\S{1,3} adecuadamente).*(?:[a-z\]\d]:25|port"?:? ?25)\b)",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kClient, .priority = 1,
     .sample = "connect to mx.example.org[192.0.2.26]:25: Connection timed out", .remediation = kFixPortBlocked},

    // --- Server down or unreachable --------------------------------------------------------
    {.id = "net.connection_refused",
     .pattern = R"(Connection refused|ECONNREFUSED|\(111\)|Errno 111\b|actively refused|connection was refused|refused (?:the )?connection|)"
                // Windows' error number (10061, WSAECONNREFUSED) whatever the language of its text; Polish
                R"(WinError 10061\]|\(10061\)|WSAECONNREFUSED|aktywnie go odmawia|)"
                // German, French, Spanish (glibc's and Windows' own words; \S for accented letters)
                R"(Verbindungsaufbau abgelehnt|Zielcomputer die Verbindung verweigerte|Connexion refus\S{1,3}e|)"
                R"(cible l\S{1,3}a expres\S*ment refus\S{1,3}e|Conexi\S{1,3}n rehusada|deneg\S{1,3} expresamente|)"
                R"(Conex\S{1,3}o recusada|as recusou ativamente|Connessione rifiutata|Rifiuto persistente del computer|)"
                R"(serveur refuse la connexion|serveur refuse la connection)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot connect to smtp.example.org, port 587: connection refused"},
    {.id = "net.connection_timeout",
     .pattern = R"(timed out|ETIMEDOUT|\{:error, ?:timeout\}|\(110\)|Errno 110\b|Connection timeout|connect: timeout|i/o timeout|SocketTimeoutException|did not properly respond after a period of time|\(10060\)|WinError 10060\]|WSAETIMEDOUT|0x800CCC19|0x8004210B|Net::(?:Read|Open)Timeout|)"
                R"(Wartezeit f\S{1,3}r die Verbindung ist abgelaufen|nicht richtig reagiert|Zeit\S{1,3}berschreitung|)"
                R"(expiration du d\S{1,3}lai d\S{1,3}attente|d\S{1,3}lai d\S{1,3}attente de l\S{1,3}op\S{1,3}ration a expir|)"
                R"(pas r\S{1,3}pondu convenablement|Tiempo de conexi\S{1,3}n agotado|tiempo de espera de la operaci|)"
                R"(no respondi\S{1,3} adecuadamente|Tempo esgotado para conex|atingiu o tempo limite|)"
                R"(n\S{1,3}o respondeu corretamente|Timeout dell\S{1,3}operazione|Connessione scaduta|)"
                R"(risposta non corretta della parte connessa|)"
                // ... and in Japanese ("did not respond properly after a period of time")
                R"(\xe4\xb8\x80\xe5\xae\x9a\xe3\x81\xae\xe6\x99\x82\xe9\x96\x93\xe3\x82\x92\xe9\x81\x8e\xe3\x81\x8e\xe3\x81\xa6\xe3\x82\x82\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.org "
               "timed out. Try again."},
    {.id = "net.no_route_to_host", .pattern = R"(No route to host|EHOSTUNREACH|host unreachable)",
     .reason = "no_route_to_host", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot connect to smtp.example.org, port 587: No route to host"},
    {.id = "net.network_unreachable", .pattern = R"(Network is unreachable|ENETUNREACH)",
     .reason = "network_unreachable", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "Error: connect ENETUNREACH 192.0.2.16:587 - Local (0.0.0.0:0)"},
    {.id = "net.connection_closed",
     .pattern = R"((?:Connection|connection was) (?:unexpectedly )?closed unexpectedly|Connection unexpectedly closed|closed connection unexpectedly|SMTPServerDisconnected|ECONNRESET|Connection reset|forcibly closed|Remote host closed connection|0x800CCC0F|IXP_E_CONNECTION_DROPPED|Unexpected socket close|)"
                R"(unexpectedly disconnected|Connection closed by remote host|Can't send command to SMTP host|)"
                // mutt/neomutt, and as Polish systems print it
                R"(SMTP session failed: (?:read|write) error|Sesja SMTP nie powiod\S{1,3}a si\S{1,3}: b\S{1,3}\S{1,3}d (?:odczytu|zapisu)|)"
                // Ruby's EOFError: the server closed the connection while net-smtp waited
                R"(\(end of file reached\)|EOFError: end of file reached)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "smtplib.SMTPServerDisconnected: Connection unexpectedly closed"},
    {.id = "thunderbird.connection_lost", .pattern = R"(was lost in the middle of the transaction)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.org was "
               "lost in the middle of the transaction. Try again."},
    {.id = "thunderbird.connect_failed",
     .pattern = R"(connecting to Outgoing server \(SMTP\).*failed|Verbindung zum Postausgang-Server \(SMTP\).*fehlgeschlagen|)"
                R"(connexion au serveur d\S{1,3}envoi \(SMTP\).*\S{1,3}chou|)"
                R"(conex\S{1,3}o com o servidor de envio \(SMTP\).*falhou|connessione al server in uscita \(SMTP\).*non \S{1,3} riuscita)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.org failed. "
               "The server may be unavailable or is refusing SMTP connections."},
    {.id = "client.connect_failed",
     .pattern = R"(Couldn't connect to host|Could not connect to (?:SMTP )?host|MailConnectException|Mail server connection failed|SMTP connect\(\) failed|Failed to connect to server|unable to connect to|cannot connect to|Could not connect to|ssmtp: Cannot open|Unable to connect to the remote server|Unable to read data from the transport connection|Failure sending mail|Connection could not be established with host|\bCannot open [A-Za-z0-9.-]+:\d+|\bConnect failed\b|connection to the outgoing server\b.{0,80}\bfailed|Connection to (?:SMTP )?server failed|)"
                R"(Verbindung mit dem Remoteserver kann nicht hergestellt werden|Verbindung zu \S+, Port \d+ kann nicht hergestellt|)"
                R"(Impossible de se connecter au serveur distant|No se puede conectar con el servidor remoto|)"
                R"(conectar-se ao servidor remoto|Impossibile connettersi al server remoto|)"
                R"(No se (?:ha )?pod(?:ido|\S{1,3}a) conectar (?:al|con el) servidor|)"
                // Outlook's and iOS Mail's German, SOGo's, a French client's
                R"(keine Verbindung mit dem Postausgangsserver|Verbindung zum Postausgangsserver .{0,80}fehlgeschlagen|)"
                R"(error when connecting to the SMTP server|chec de la connexion SMTP)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = -2,
     .sample = "SMTP Error: Could not connect to SMTP host."},
    {.id = "msmtp.no_greeting", .pattern = R"(cannot get initial OK message from server|response: -1\b)",
     .reason = "greeting_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot get initial OK message from server"},
    {.id = "exim.smtp_timeout", .pattern = R"(SMTP timeout after)",
     .reason = "smtp_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "SMTP timeout after RCPT TO:<user@example.org>"},
    {.id = "exim.retry_time_not_reached", .pattern = R"(retry time not reached)",
     .reason = "retry_time_not_reached", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "== user@example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host"},
    {.id = "smtp.service_not_available",
     .pattern = R"(Service not available|not accepting (?:network )?(?:connections|messages)|service (?:is )?(?:temporarily )?unavailable|0x800CCC67|0x800CCC0B)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "421 4.3.2 Service not available, closing transmission channel"},
    {.id = "smtp.temporary_local_problem",
     .pattern = R"(temporary local problem|local error in processing|internal (?:resource|server|system) (?:error|temporarily unavailable|failure)|Internal System Error|temporarily unavailable|0x800CCC6A)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "451 Temporary local problem - please try later"},

    // --- Network errors in other languages ------------------------------------------------------
    // glibc's own texts for the errors above (strerror, gai_strerror) as systems in these languages print
    // them; written by corpora/gen/glibc_localized.py from the C library's translations (libc-l10n 2.36).
    // ru В соединении отказано, uk У з'єднанні відмовлено, cs Spojení odmítnuto, pl Połączenie odrzucone, sv Förbindelsen förvägrad, tr Bağlantı reddedildi, nl Verbinding is geweigerd, da Opkobling nægtet, fi Yhteys torjuttu, nb Oppkobling nektes, hu Kapcsolat elutasítva, el Απόρριψη σύνδεσης, vi Kết nối bị từ chối, id Koneksi ditolak, ja 接続を拒否されました, ko 연결이 거부됨, zh 拒绝连接, zh 連線被拒絕
    {.id = "net.connection_refused.localized",
     .pattern = R"(\xd0\x92 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(\xd0\xa3 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x96 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbc\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe|)"
                R"(Spojen\xc3\xad odm\xc3\xadtnuto|Po\xc5\x82\xc4\x85czenie odrzucone|)"
                R"(F\xc3\xb6rbindelsen f\xc3\xb6rv\xc3\xa4grad|Ba\xc4\x9flant\xc4\xb1 reddedildi|)"
                R"(Verbinding is geweigerd|Opkobling n\xc3\xa6gtet|Yhteys torjuttu|Oppkobling nektes|)"
                R"(Kapcsolat elutas\xc3\xadtva|)"
                R"(\xce\x91\xcf\x80\xcf\x8c\xcf\x81\xcf\x81\xce\xb9\xcf\x88\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82|)"
                R"(K\xe1\xba\xbft n\xe1\xbb\x91i b\xe1\xbb\x8b t\xe1\xbb\xab ch\xe1\xbb\x91i|Koneksi ditolak|)"
                R"(\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xec\x97\xb0\xea\xb2\xb0\xec\x9d\xb4 \xea\xb1\xb0\xeb\xb6\x80\xeb\x90\xa8|)"
                R"(\xe6\x8b\x92\xe7\xbb\x9d\xe8\xbf\x9e\xe6\x8e\xa5|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\xa2\xab\xe6\x8b\x92\xe7\xb5\x95)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: \xd0\x92 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xbe\xd1\x82\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe"},
    // ru Время ожидания соединения истекло, uk Перевищено інтервал очікування з'єднання, cs Spojení bylo příliš dlouho neaktivní, pl Przekroczony czas oczekiwania na połączenie, sv Förbindelsens tidsgräns löpte ut, tr Bağlantıda zaman aşımı, nl Verbinding is verlopen, da Opkoblingen overskred tidsgrænsen, fi Yhteys aikakatkaistu, nb Oppkoblingen overskred tidsgrensen, hu Időtúllépés a kapcsolatban, el Λήξη σύνδεσης, vi Kết nối đã quá hạn, id Koneksi kehabisan waktu, ja 接続がタイムアウトしました, ko 연결 시간 초과, zh 连接超时, zh 連線超過時間
    {.id = "net.connection_timeout.localized",
     .pattern = R"(\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe|)"
                R"(\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd0\xbe \xd1\x96\xd0\xbd\xd1\x82\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbb \xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(Spojen\xc3\xad bylo p\xc5\x99\xc3\xadli\xc5\xa1 dlouho neaktivn\xc3\xad|)"
                R"(Przekroczony czas oczekiwania na po\xc5\x82\xc4\x85czenie|)"
                R"(F\xc3\xb6rbindelsens tidsgr\xc3\xa4ns l\xc3\xb6pte ut|)"
                R"(Ba\xc4\x9flant\xc4\xb1da zaman a\xc5\x9f\xc4\xb1m\xc4\xb1|Verbinding is verlopen|)"
                R"(Opkoblingen overskred tidsgr\xc3\xa6nsen|Yhteys aikakatkaistu|Oppkoblingen overskred tidsgrensen|)"
                R"(Id\xc5\x91t\xc3\xball\xc3\xa9p\xc3\xa9s a kapcsolatban|)"
                R"(\xce\x9b\xce\xae\xce\xbe\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82|)"
                R"(K\xe1\xba\xbft n\xe1\xbb\x91i \xc4\x91\xc3\xa3 qu\xc3\xa1 h\xe1\xba\xa1n|Koneksi kehabisan waktu|)"
                R"(\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xec\x97\xb0\xea\xb2\xb0 \xec\x8b\x9c\xea\xb0\x84 \xec\xb4\x88\xea\xb3\xbc|)"
                R"(\xe8\xbf\x9e\xe6\x8e\xa5\xe8\xb6\x85\xe6\x97\xb6|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\xb6\x85\xe9\x81\x8e\xe6\x99\x82\xe9\x96\x93)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: \xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe"},
    // ru Нет маршрута до узла, uk Немає маршруту до вузла, cs K počítači neexistuje cesta, pl Brak trasy do hosta, sv Ingen väg till värd, tr Makinaya ağ üzerinden yol yok, nl Geen route naar host, da Ingen rute til værtsmaskinen, fi Reititystä koneeseen ei ole, nb Ingen rute til vertsmaskinen, hu Nincs útvonal a gép felé, el Δεν υπάρχει διαδρομή στο σύστημα, vi Không có đường dẫn đến máy, id Tidak ada rute ke host, ja ホストへの経路がありません, ko 호스트로 갈 루트가 없음, zh 没有到主机的路由, zh 找不到通往該主機的路由路徑
    {.id = "net.no_route_to_host.localized",
     .pattern = R"(\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd0\xb0 \xd0\xb4\xd0\xbe \xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd1\x83 \xd0\xb4\xd0\xbe \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(K po\xc4\x8d\xc3\xadta\xc4\x8di neexistuje cesta|Brak trasy do hosta|)"
                R"(Ingen v\xc3\xa4g till v\xc3\xa4rd|Makinaya a\xc4\x9f \xc3\xbczerinden yol yok|Geen route naar host|)"
                R"(Ingen rute til v\xc3\xa6rtsmaskinen|Reitityst\xc3\xa4 koneeseen ei ole|Ingen rute til vertsmaskinen|)"
                R"(Nincs \xc3\xbatvonal a g\xc3\xa9p fel\xc3\xa9|)"
                R"(\xce\x94\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xac\xcf\x81\xcf\x87\xce\xb5\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb4\xcf\x81\xce\xbf\xce\xbc\xce\xae \xcf\x83\xcf\x84\xce\xbf \xcf\x83\xcf\x8d\xcf\x83\xcf\x84\xce\xb7\xce\xbc\xce\xb1|)"
                R"(Kh\xc3\xb4ng c\xc3\xb3 \xc4\x91\xc6\xb0\xe1\xbb\x9dng d\xe1\xba\xabn \xc4\x91\xe1\xba\xbfn m\xc3\xa1y|)"
                R"(Tidak ada rute ke host|)"
                R"(\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xb8\xe3\x81\xae\xe7\xb5\x8c\xe8\xb7\xaf\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8\xeb\xa1\x9c \xea\xb0\x88 \xeb\xa3\xa8\xed\x8a\xb8\xea\xb0\x80 \xec\x97\x86\xec\x9d\x8c|)"
                R"(\xe6\xb2\xa1\xe6\x9c\x89\xe5\x88\xb0\xe4\xb8\xbb\xe6\x9c\xba\xe7\x9a\x84\xe8\xb7\xaf\xe7\x94\xb1|)"
                R"(\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe9\x80\x9a\xe5\xbe\x80\xe8\xa9\xb2\xe4\xb8\xbb\xe6\xa9\x9f\xe7\x9a\x84\xe8\xb7\xaf\xe7\x94\xb1\xe8\xb7\xaf\xe5\xbe\x91)",
     .reason = "no_route_to_host", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: \xd0\x9d\xd0\xb5\xd1\x82 \xd0\xbc\xd0\xb0\xd1\x80\xd1\x88\xd1\x80\xd1\x83\xd1\x82\xd0\xb0 \xd0\xb4\xd0\xbe \xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0"},
    // ru Сеть недоступна, uk Не вдалося отримати доступ до мережі, cs Síť není dostupná, pl Sieć jest niedostępna, sv Nätverket kan inte nås, tr Ağ erişilebilir durumda değil, nl Netwerk is onbereikbaar, da Netværket er ikke tilgængeligt, fi Verkkoa ei tavoiteta, nb Nettverket er ikke tilgjengelig, hu A hálózat elérhetetlen, el Το δίκτυο δεν είναι προσπελάσιμο, vi Không thể kết nối mạng, id Jaringan tidak dapat dicapai, ja ネットワークに届きません, ko 네트워크가 접근 불가능합니다, zh 网络不可达, zh 無法接觸網路
    {.id = "net.network_unreachable.localized",
     .pattern = R"(\xd0\xa1\xd0\xb5\xd1\x82\xd1\x8c \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf \xd0\xb4\xd0\xbe \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb6\xd1\x96|)"
                R"(S\xc3\xad\xc5\xa5 nen\xc3\xad dostupn\xc3\xa1|Sie\xc4\x87 jest niedost\xc4\x99pna|)"
                R"(N\xc3\xa4tverket kan inte n\xc3\xa5s|A\xc4\x9f eri\xc5\x9filebilir durumda de\xc4\x9fil|)"
                R"(Netwerk is onbereikbaar|Netv\xc3\xa6rket er ikke tilg\xc3\xa6ngeligt|Verkkoa ei tavoiteta|)"
                R"(Nettverket er ikke tilgjengelig|A h\xc3\xa1l\xc3\xb3zat el\xc3\xa9rhetetlen|)"
                R"(\xce\xa4\xce\xbf \xce\xb4\xce\xaf\xce\xba\xcf\x84\xcf\x85\xce\xbf \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xcf\x80\xcf\x81\xce\xbf\xcf\x83\xcf\x80\xce\xb5\xce\xbb\xce\xac\xcf\x83\xce\xb9\xce\xbc\xce\xbf|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\x83 k\xe1\xba\xbft n\xe1\xbb\x91i m\xe1\xba\xa1ng|)"
                R"(Jaringan tidak dapat dicapai|)"
                R"(\xe3\x83\x8d\xe3\x83\x83\xe3\x83\x88\xe3\x83\xaf\xe3\x83\xbc\xe3\x82\xaf\xe3\x81\xab\xe5\xb1\x8a\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xeb\x84\xa4\xed\x8a\xb8\xec\x9b\x8c\xed\x81\xac\xea\xb0\x80 \xec\xa0\x91\xea\xb7\xbc \xeb\xb6\x88\xea\xb0\x80\xeb\x8a\xa5\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(\xe7\xbd\x91\xe7\xbb\x9c\xe4\xb8\x8d\xe5\x8f\xaf\xe8\xbe\xbe|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe6\x8e\xa5\xe8\xa7\xb8\xe7\xb6\xb2\xe8\xb7\xaf)",
     .reason = "network_unreachable", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: \xd0\xa1\xd0\xb5\xd1\x82\xd1\x8c \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0"},
    // ru Соединение разорвано другой стороной, uk Вузол розірвав з’єднання, cs Spojení zrušeno druhou stranou, pl Połączenie zerwane przez drugą stronę, sv Förbindelse borttagen av partnern, tr Bağlantı karşıdan kesildi, nl Verbinding is weggevallen, da Forbindelsen brudt i den anden ende, fi Vastapää sulki yhteyden, nb Forbindelsen brutt i den andre enden, hu A kapcsolatot bontotta a távoli fél, el Η σύνδεση έκλεισε από το ταίρι, vi Kết nối bị đặt lại bởi ngang hàng, id Koneksi direset oleh peer, ja 接続が相手からリセットされました, ko 상대편이 연결을 끊음, zh 连接被对方重设, zh 連線被對方重設
    {.id = "net.connection_closed.localized",
     .pattern = R"(\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xbe\xd0\xb9 \xd1\x81\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xbe\xd0\xb9|)"
                R"(\xd0\x92\xd1\x83\xd0\xb7\xd0\xbe\xd0\xbb \xd1\x80\xd0\xbe\xd0\xb7\xd1\x96\xd1\x80\xd0\xb2\xd0\xb0\xd0\xb2 \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(Spojen\xc3\xad zru\xc5\xa1eno druhou stranou|)"
                R"(Po\xc5\x82\xc4\x85czenie zerwane przez drug\xc4\x85 stron\xc4\x99|)"
                R"(F\xc3\xb6rbindelse borttagen av partnern|Ba\xc4\x9flant\xc4\xb1 kar\xc5\x9f\xc4\xb1dan kesildi|)"
                R"(Verbinding is weggevallen|Forbindelsen brudt i den anden ende|Vastap\xc3\xa4\xc3\xa4 sulki yhteyden|)"
                R"(Forbindelsen brutt i den andre enden|A kapcsolatot bontotta a t\xc3\xa1voli f\xc3\xa9l|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xad\xce\xba\xce\xbb\xce\xb5\xce\xb9\xcf\x83\xce\xb5 \xce\xb1\xcf\x80\xcf\x8c \xcf\x84\xce\xbf \xcf\x84\xce\xb1\xce\xaf\xcf\x81\xce\xb9|)"
                R"(K\xe1\xba\xbft n\xe1\xbb\x91i b\xe1\xbb\x8b \xc4\x91\xe1\xba\xb7t l\xe1\xba\xa1i b\xe1\xbb\x9fi ngang h\xc3\xa0ng|)"
                R"(Koneksi direset oleh peer|)"
                R"(\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe7\x9b\xb8\xe6\x89\x8b\xe3\x81\x8b\xe3\x82\x89\xe3\x83\xaa\xe3\x82\xbb\xe3\x83\x83\xe3\x83\x88\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xec\x83\x81\xeb\x8c\x80\xed\x8e\xb8\xec\x9d\xb4 \xec\x97\xb0\xea\xb2\xb0\xec\x9d\x84 \xeb\x81\x8a\xec\x9d\x8c|)"
                R"(\xe8\xbf\x9e\xe6\x8e\xa5\xe8\xa2\xab\xe5\xaf\xb9\xe6\x96\xb9\xe9\x87\x8d\xe8\xae\xbe|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\xa2\xab\xe5\xb0\x8d\xe6\x96\xb9\xe9\x87\x8d\xe8\xa8\xad)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: \xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb4\xd1\x80\xd1\x83\xd0\xb3\xd0\xbe\xd0\xb9 \xd1\x81\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xbe\xd0\xb9"},
    // ru Неизвестное имя или служба, uk Невідома назва чи сервіс, cs Neznámé jméno nebo služba, pl Ta nazwa lub usługa jest nieznana, sv Namn eller tjänst okänd, tr İsim ya da servis bilinmiyor, nl Naam of dienst is niet bekend, da Navn eller tjeneste ukendt, fi Nimeä tai palvelua ei tunneta, nb Navn eller tjeneste ukjent, hu A név vagy a szolgáltatás nem ismert, el Το όνομα ή η υπηρεσία δεν είναι γνωστά, vi Không rõ tên hoặc dịch vụ, id Nama atau layanan tidak diketahui, ja 名前またはサービスが不明です, ko 이름 혹은 서비스를 알 수 없습니다, zh 未知的名称或服务, zh 名稱或服務未知
    {.id = "dns.name_not_found.localized",
     .pattern = R"(\xd0\x9d\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb5 \xd0\xb8\xd0\xbc\xd1\x8f \xd0\xb8\xd0\xbb\xd0\xb8 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb0 \xd1\x87\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd1\x96\xd1\x81|)"
                R"(Nezn\xc3\xa1m\xc3\xa9 jm\xc3\xa9no nebo slu\xc5\xbeba|Ta nazwa lub us\xc5\x82uga jest nieznana|)"
                R"(Namn eller tj\xc3\xa4nst ok\xc3\xa4nd|\xc4\xb0sim ya da servis bilinmiyor|)"
                R"(Naam of dienst is niet bekend|Navn eller tjeneste ukendt|Nime\xc3\xa4 tai palvelua ei tunneta|)"
                R"(Navn eller tjeneste ukjent|A n\xc3\xa9v vagy a szolg\xc3\xa1ltat\xc3\xa1s nem ismert|)"
                R"(\xce\xa4\xce\xbf \xcf\x8c\xce\xbd\xce\xbf\xce\xbc\xce\xb1 \xce\xae \xce\xb7 \xcf\x85\xcf\x80\xce\xb7\xcf\x81\xce\xb5\xcf\x83\xce\xaf\xce\xb1 \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb3\xce\xbd\xcf\x89\xcf\x83\xcf\x84\xce\xac|)"
                R"(Kh\xc3\xb4ng r\xc3\xb5 t\xc3\xaan ho\xe1\xba\xb7c d\xe1\xbb\x8bch v\xe1\xbb\xa5|)"
                R"(Nama atau layanan tidak diketahui|)"
                R"(\xe5\x90\x8d\xe5\x89\x8d\xe3\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x93\xe3\x82\xb9\xe3\x81\x8c\xe4\xb8\x8d\xe6\x98\x8e\xe3\x81\xa7\xe3\x81\x99|)"
                R"(\xec\x9d\xb4\xeb\xa6\x84 \xed\x98\xb9\xec\x9d\x80 \xec\x84\x9c\xeb\xb9\x84\xec\x8a\xa4\xeb\xa5\xbc \xec\x95\x8c \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(\xe6\x9c\xaa\xe7\x9f\xa5\xe7\x9a\x84\xe5\x90\x8d\xe7\xa7\xb0\xe6\x88\x96\xe6\x9c\x8d\xe5\x8a\xa1|)"
                R"(\xe5\x90\x8d\xe7\xa8\xb1\xe6\x88\x96\xe6\x9c\x8d\xe5\x8b\x99\xe6\x9c\xaa\xe7\x9f\xa5)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient,
     .sample = "msmtp: \xd0\x9d\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb5 \xd0\xb8\xd0\xbc\xd1\x8f \xd0\xb8\xd0\xbb\xd0\xb8 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd0\xb0"},
    // ru Временный сбой в разрешении имен, uk Тимчасова помилка розв'язання назв, cs Dočasná chyba při vyhodnocování jména, pl Odwzorowanie nazwy jest chwilowo niemożliwe, sv Namnuppslagning misslyckades temporärt, tr İsim çözünürlüğünde geçici başarısızlık, nl Tijdelijk probleem in naamsherleiding, da Midlertidig fejl i navneopslag, fi Tilapäinen virhe nimenselvityksessä, nb Midlertidig feil i navneoppslag, hu Átmeneti névfeloldási hiba, el Προσωρινή αποτυχία κατά την ανάλυση ονόματος, vi Tạm thời không thể phân giải tên, id Kegagalan sementara dalam resolusi nama, ja 名前解決に一時的に失敗しました, ko name resolution에서 일시적인 실패, zh 域名解析暂时失败, zh 解析名稱時發生暫時性錯誤
    {.id = "dns.temporary_failure.localized",
     .pattern = R"(\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x81\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xb2 \xd1\x80\xd0\xb0\xd0\xb7\xd1\x80\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd|)"
                R"(\xd0\xa2\xd0\xb8\xd0\xbc\xd1\x87\xd0\xb0\xd1\x81\xd0\xbe\xd0\xb2\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xb2'\xd1\x8f\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2|)"
                R"(Do\xc4\x8dasn\xc3\xa1 chyba p\xc5\x99i vyhodnocov\xc3\xa1n\xc3\xad jm\xc3\xa9na|)"
                R"(Odwzorowanie nazwy jest chwilowo niemo\xc5\xbcliwe|Namnuppslagning misslyckades tempor\xc3\xa4rt|)"
                R"(\xc4\xb0sim \xc3\xa7\xc3\xb6z\xc3\xbcn\xc3\xbcrl\xc3\xbc\xc4\x9f\xc3\xbcnde ge\xc3\xa7ici ba\xc5\x9far\xc4\xb1s\xc4\xb1zl\xc4\xb1k|)"
                R"(Tijdelijk probleem in naamsherleiding|Midlertidig fejl i navneopslag|)"
                R"(Tilap\xc3\xa4inen virhe nimenselvityksess\xc3\xa4|Midlertidig feil i navneoppslag|)"
                R"(\xc3\x81tmeneti n\xc3\xa9vfelold\xc3\xa1si hiba|)"
                R"(\xce\xa0\xcf\x81\xce\xbf\xcf\x83\xcf\x89\xcf\x81\xce\xb9\xce\xbd\xce\xae \xce\xb1\xcf\x80\xce\xbf\xcf\x84\xcf\x85\xcf\x87\xce\xaf\xce\xb1 \xce\xba\xce\xb1\xcf\x84\xce\xac \xcf\x84\xce\xb7\xce\xbd \xce\xb1\xce\xbd\xce\xac\xce\xbb\xcf\x85\xcf\x83\xce\xb7 \xce\xbf\xce\xbd\xcf\x8c\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82|)"
                R"(T\xe1\xba\xa1m th\xe1\xbb\x9di kh\xc3\xb4ng th\xe1\xbb\x83 ph\xc3\xa2n gi\xe1\xba\xa3i t\xc3\xaan|)"
                R"(Kegagalan sementara dalam resolusi nama|)"
                R"(\xe5\x90\x8d\xe5\x89\x8d\xe8\xa7\xa3\xe6\xb1\xba\xe3\x81\xab\xe4\xb8\x80\xe6\x99\x82\xe7\x9a\x84\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(name resolution\xec\x97\x90\xec\x84\x9c \xec\x9d\xbc\xec\x8b\x9c\xec\xa0\x81\xec\x9d\xb8 \xec\x8b\xa4\xed\x8c\xa8|)"
                R"(\xe5\x9f\x9f\xe5\x90\x8d\xe8\xa7\xa3\xe6\x9e\x90\xe6\x9a\x82\xe6\x97\xb6\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(\xe8\xa7\xa3\xe6\x9e\x90\xe5\x90\x8d\xe7\xa8\xb1\xe6\x99\x82\xe7\x99\xbc\xe7\x94\x9f\xe6\x9a\xab\xe6\x99\x82\xe6\x80\xa7\xe9\x8c\xaf\xe8\xaa\xa4)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient,
     .sample = "msmtp: \xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x81\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xb2 \xd1\x80\xd0\xb0\xd0\xb7\xd1\x80\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd"},

    // --- PHPMailer's errors in other languages ---------------------------------------------------
    // PHPMailer's own messages of the English rules above in the 50-odd languages of its language files
    // ($mail->setLanguage()); written by corpora/gen/phpmailer_localized.py from them (Debian's
    // libphp-phpmailer 6.6.3). The wrappers of the server's reply are vague, as in English.
    // af SMTP-fout: kon nie geverifieer word nie, ar خطأ SMTP : لا يمكن تأكيد الهوية, az SMTP xətası: Giriş uğursuz oldu, ...
    {.id = "phpmailer.could_not_authenticate.localized",
     .pattern = R"(SMTP-fout: kon nie geverifieer word nie|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP : \xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xaa\xd8\xa3\xd9\x83\xd9\x8a\xd8\xaf \xd8\xa7\xd9\x84\xd9\x87\xd9\x88\xd9\x8a\xd8\xa9|)"
                R"(SMTP x\xc9\x99tas\xc4\xb1: Giri\xc5\x9f u\xc4\x9fursuz oldu|SMTP Gre\xc5\xa1ka: Neuspjela prijava|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbf\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x96\xd0\xb4\xd1\x8d\xd0\xbd\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x96|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4 \xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb0|)"
                R"(Error SMTP: No s\xe2\x80\x99ha pogut autenticar|Chyba SMTP: Autentizace selhala|)"
                R"(SMTP fejl: Login mislykkedes|SMTP-Fehler: Authentifizierung fehlgeschlagen|)"
                R"(SMTP \xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1: \xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7\xcf\x82 \(authentication|)"
                R"(Eraro de servilo SMTP\xc2\xa0: a\xc5\xadtentigo malsukcesis|Error SMTP: Imposible autentificar|)"
                R"(SMTP Viga: Autoriseerimise viga|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xad\xd8\xb1\xd8\xa7\xd8\xb2 \xd9\x87\xd9\x88\xdb\x8c\xd8\xaa \xd8\xa8\xd8\xa7 \xd8\xb4\xda\xa9\xd8\xb3\xd8\xaa \xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87 \xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: k\xc3\xa4ytt\xc3\xa4j\xc3\xa4tunnistus ep\xc3\xa4onnistui|)"
                R"(SMTP feilur: Kundi ikki g\xc3\xb3\xc3\xb0kenna|)"
                R"(Erreur SMTP\xe2\x80\xaf: \xc3\xa9chec de l\xe2\x80\x99authentification|)"
                R"(Erro SMTP: Non puido ser autentificado|)"
                R"(\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\xaa SMTP: \xd7\xa4\xd7\xa2\xd7\x95\xd7\x9c\xd7\xaa \xd7\x94\xd7\x90\xd7\x99\xd7\x9e\xd7\x95\xd7\xaa \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c\xd7\x94|)"
                R"(SMTP \xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\x9f\xe0\xa4\xbf: \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa3\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x80 \xe0\xa4\x9c\xe0\xa4\xbe\xe0\xa4\x82\xe0\xa4\x9a \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xb9\xe0\xa5\x8b \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa5\xa4|)"
                R"(SMTP Gre\xc5\xa1ka: Neuspjela autentikacija|SMTP hiba: az azonos\xc3\xadt\xc3\xa1s sikertelen|)"
                R"(SMTP -\xd5\xab \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac: \xd5\xb9\xd5\xb0\xd5\xa1\xd5\xbb\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd6\x81 \xd5\xbd\xd5\xbf\xd5\xb8\xd6\x82\xd5\xa3\xd5\xa5\xd5\xac \xd5\xab\xd5\xbd\xd5\xaf\xd5\xb8\xd6\x82\xd5\xa9\xd5\xb5\xd5\xb8\xd6\x82\xd5\xb6\xd5\xa8|)"
                R"(Kesalahan SMTP: Tidak dapat mengotentikasi|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: \xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SMTP \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90: \xe1\x83\x90\xe1\x83\x95\xe1\x83\xa2\xe1\x83\x9d\xe1\x83\xa0\xe1\x83\x98\xe1\x83\x96\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98: \xec\x9d\xb8\xec\xa6\x9d\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP klaida: autentifikacija nepavyko|SMTP k\xc4\xbc\xc5\xabda: Autoriz\xc4\x81cija neizdev\xc4\x81s|)"
                R"(Hadisoana SMTP: Tsy nahomby ny fanamarinana|)"
                R"(\xd0\x90\xd0\xbb\xd0\xb4\xd0\xb0\xd0\xb0 SMTP: \xd0\xa5\xd0\xbe\xd0\xbb\xd0\xb1\xd0\xbe\xd0\xb3\xd0\xb4\xd0\xbe\xd0\xb6 \xd1\x87\xd0\xb0\xd0\xb4\xd1\x81\xd0\xb0\xd0\xbd\xd0\xb3\xd2\xaf\xd0\xb9|)"
                R"(Ralat SMTP: Tidak dapat pengesahan|SMTP Feil: Kunne ikke autentisere|)"
                R"(SMTP-fout: authenticatie mislukt|)"
                R"(B\xc5\x82\xc4\x85d SMTP: Nie mo\xc5\xbcna przeprowadzi\xc4\x87 uwierzytelnienia|)"
                R"(Erro do SMTP: N\xc3\xa3o foi poss\xc3\xadvel realizar a autentica\xc3\xa7\xc3\xa3o|)"
                R"(Erro de SMTP: N\xc3\xa3o foi poss\xc3\xadvel autenticar|Eroare SMTP: Autentificarea a e\xc8\x99uat|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP: \xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(SMTP Error: Chyba autentifik\xc3\xa1cie|SMTP napaka: Avtentikacija ni uspela|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xb0|)"
                R"(SMTP gre\xc5\xa1ka: autentifikacija nije uspela|SMTP fel: Kunde inte autentisera|)"
                R"(SMTP Hatas\xc4\xb1: Oturum a\xc3\xa7\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd1\x96\xd1\x97|)"
                R"(L\xe1\xbb\x97i SMTP: Kh\xc3\xb4ng th\xe1\xbb\x83 x\xc3\xa1c th\xe1\xbb\xb1c|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4\xef\xbc\x9a\xe7\x99\xbb\xe5\x85\xa5\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x9a\xe7\x99\xbb\xe5\xbd\x95\xe5\xa4\xb1\xe8\xb4\xa5)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Mailer Error: SMTP-Fehler: Authentifizierung fehlgeschlagen."},
    // af SMTP-fout: kon nie aan SMTP-verbind nie, ar خطأ SMTP: لا يمكن الاتصال بالخادم SMTP, az SMTP xətası: SMTP serverinə qoşulma uğursuz oldu, ...
    {.id = "phpmailer.connect_failed.localized",
     .pattern = R"(SMTP-fout: kon nie aan SMTP-verbind nie|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP: \xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf\xd9\x85 SMTP|)"
                R"(SMTP x\xc9\x99tas\xc4\xb1: SMTP serverin\xc9\x99 qo\xc5\x9fulma u\xc4\x9fursuz oldu|)"
                R"(SMTP Gre\xc5\xa1ka: Nije mogu\xc4\x87e spojiti se sa SMTP serverom|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd1\x9e\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xb2\xd1\x96\xd1\x86\xd1\x8c \xd1\x81\xd1\x83\xd0\xb2\xd1\x8f\xd0\xb7\xd1\x8c \xd0\xb7 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd1\x81\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb6\xd0\xb5 \xd1\x81 SMTP \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0|)"
                R"(Error SMTP: No es pot connectar al servidor SMTP|)"
                R"(Chyba SMTP: Nelze nav\xc3\xa1zat spojen\xc3\xad se SMTP serverem|)"
                R"(SMTP fejl: Forbindelse til SMTP serveren kunne ikke oprettes|)"
                R"(SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen|)"
                R"(SMTP \xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1: \xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xcf\x83\xcf\x84\xce\xbf\xce\xbd SMTP-Host|)"
                R"(Eraro de servilo SMTP\xc2\xa0: konektado al servilo malsukcesis|)"
                R"(Error SMTP: Imposible conectar al servidor SMTP|)"
                R"(SMTP Viga: Ei \xc3\xb5nnestunud luua \xc3\xbchendust SMTP serveriga|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 SMTP \xd8\xa8\xd8\xb1\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd9\x86\xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: yhteys palvelimeen ei onnistu|)"
                R"(SMTP feilur: Kundi ikki kn\xc3\xbdta samband vi\xc3\xb0 SMTP vert|)"
                R"(Erreur SMTP\xe2\x80\xaf: impossible de se connecter au serveur SMTP|)"
                R"(Erro SMTP: Non puido conectar co servidor SMTP|)"
                R"(\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\xaa SMTP: \xd7\x9c\xd7\x90 \xd7\x94\xd7\xa6\xd7\x9c\xd7\x97\xd7\xaa\xd7\x99 \xd7\x9c\xd7\x94\xd7\xaa\xd7\x97\xd7\x91\xd7\xa8 \xd7\x9c\xd7\xa9\xd7\xa8\xd7\xaa SMTP|)"
                R"(SMTP \xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\x9f\xe0\xa4\xbf: SMTP \xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa5\x87 \xe0\xa4\x95\xe0\xa4\xa8\xe0\xa5\x87\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\x9f \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xb9\xe0\xa5\x8b \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa5\xa4|)"
                R"(SMTP Gre\xc5\xa1ka: Ne mogu se spojiti na SMTP poslu\xc5\xbeitelj|)"
                R"(SMTP hiba: nem lehet kapcsol\xc3\xb3dni az SMTP-szerverhez|)"
                R"(SMTP -\xd5\xab \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac: \xd5\xb9\xd5\xb0\xd5\xa1\xd5\xbb\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd6\x81 \xd5\xaf\xd5\xa1\xd5\xba \xd5\xb0\xd5\xa1\xd5\xbd\xd5\xbf\xd5\xa1\xd5\xbf\xd5\xa5\xd5\xac SMTP \xd5\xbd\xd5\xa5\xd6\x80\xd5\xbe\xd5\xa5\xd6\x80\xd5\xab \xd5\xb0\xd5\xa5\xd5\xbf|)"
                R"(Kesalahan SMTP: Tidak dapat terhubung ke host SMTP|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: SMTP\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SMTP \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90: SMTP \xe1\x83\xa1\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x90\xe1\x83\x9c \xe1\x83\x93\xe1\x83\x90\xe1\x83\x99\xe1\x83\x90\xe1\x83\x95\xe1\x83\xa8\xe1\x83\x98\xe1\x83\xa0\xe1\x83\x94\xe1\x83\x91\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98: SMTP \xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8\xec\x97\x90 \xec\xa0\x91\xec\x86\x8d\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP klaida: nepavyksta prisijungti prie SMTP stoties|)"
                R"(SMTP K\xc4\xbc\xc5\xabda: Nevar izveidot savienojumu ar SMTP serveri|)"
                R"(\xd0\x90\xd0\xbb\xd0\xb4\xd0\xb0\xd0\xb0 SMTP: SMTP- \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x82\xd1\x8d\xd0\xb9 \xd1\x85\xd0\xbe\xd0\xbb\xd0\xb1\xd0\xbe\xd0\xb3\xd0\xb4\xd0\xbe\xd0\xb6 \xd0\xb1\xd0\xbe\xd0\xbb\xd0\xbe\xd1\x85\xd0\xb3\xd2\xaf\xd0\xb9 \xd0\xb1\xd0\xb0\xd0\xb9\xd0\xbd\xd0\xb0|)"
                R"(Ralat SMTP: Tidak dapat menghubungi hos pelayan SMTP|SMTP Feil: Kunne ikke koble til SMTP tjener|)"
                R"(SMTP-fout: kon niet verbinden met SMTP-host|)"
                R"(B\xc5\x82\xc4\x85d SMTP: Nie mo\xc5\xbcna po\xc5\x82\xc4\x85czy\xc4\x87 si\xc4\x99 z wybranym hostem|)"
                R"(Erro do SMTP: N\xc3\xa3o foi poss\xc3\xadvel realizar liga\xc3\xa7\xc3\xa3o com o servidor SMTP|)"
                R"(Erro de SMTP: N\xc3\xa3o foi poss\xc3\xadvel conectar ao servidor SMTP|)"
                R"(Eroare SMTP: Conectarea la serverul SMTP a e\xc8\x99uat|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f \xd0\xba SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x83|)"
                R"(SMTP Error: Nebolo mo\xc5\xben\xc3\xa9 nadviaza\xc5\xa5 spojenie so SMTP serverom|)"
                R"(SMTP napaka: Vzpostavljanje povezave s SMTP gostiteljem ni uspelo|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(SMTP gre\xc5\xa1ka: povezivanje sa SMTP serverom nije uspelo|)"
                R"(SMTP fel: Kunde inte ansluta till SMTP-server|)"
                R"(SMTP Hatas\xc4\xb1: SMTP sunucusuna ba\xc4\x9flan\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd1\x94\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f \xd0\xbf\xd1\x96\xd0\xb4'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd0\xb4\xd0\xbe SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x83|)"
                R"(L\xe1\xbb\x97i SMTP: Kh\xc3\xb4ng th\xe1\xbb\x83 k\xe1\xba\xbft n\xe1\xbb\x91i m\xc3\xa1y ch\xe1\xbb\xa7 SMTP|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4\xef\xbc\x9a\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\xa3\xe7\xb7\x9a\xe5\x88\xb0 SMTP \xe4\xb8\xbb\xe6\xa9\x9f|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x9a\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x88\xb0 SMTP \xe4\xb8\xbb\xe6\x9c\xba|)"
                R"(SMTP-verbinding \(\) misluk|)"
                R"(SMTP Connect\(\) \xd8\xba\xd9\x8a\xd8\xb1 \xd9\x85\xd9\x85\xd9\x83\xd9\x86|)"
                R"(SMTP serverin\xc9\x99 qo\xc5\x9fulma u\xc4\x9fursuz oldu|Spajanje na SMTP server nije uspjelo|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x81\xd1\x83\xd0\xb2\xd1\x8f\xd0\xb7\xd1\x96 \xd0\xb7 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc|)"
                R"(SMTP \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd connect|)"
                R"(Ha fallat el SMTP Connect|SMTP Connect\(\) selhal|SMTP Connect\(\) fejlede|)"
                R"(Verbindung zum SMTP-Server fehlgeschlagen|)"
                R"(\xce\x91\xcf\x80\xce\xbf\xcf\x84\xcf\x85\xcf\x87\xce\xaf\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xcf\x83\xcf\x84\xce\xbf\xce\xbd SMTP Server|)"
                R"(SMTP konektado malsukcesis|SMTP Connect\(\) fall\xc3\xb3|SMTP Connect\(\) eba\xc3\xb5nnestus|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7 \xd8\xaf\xd8\xb1 \xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 SMTP|)"
                R"(La fonction SMTP connect\(\) a \xc3\xa9chou\xc3\xa9e|SMTP Connect\(\) fallou|)"
                R"(SMTP \xe0\xa4\x95\xe0\xa4\xbe connect \(\) \xe0\xa4\xab\xe0\xa4\xbc\xe0\xa4\x82\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb6\xe0\xa4\xa8 \xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xab\xe0\xa4\xb2 \xe0\xa4\xb9\xe0\xa5\x81\xe0\xa4\x86\xe0\xa5\xa4|)"
                R"(Spajanje na SMTP poslu\xc5\xbeitelj nije uspjelo|Hiba az SMTP-kapcsolatban|)"
                R"(SMTP -\xd5\xab connect\(\) \xd6\x86\xd5\xb8\xd6\x82\xd5\xb6\xd5\xaf\xd6\x81\xd5\xab\xd5\xa1\xd5\xb6 \xd5\xb9\xd5\xab \xd5\xb0\xd5\xa1\xd5\xbb\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd5\xac|)"
                R"(SMTP Connect\(\) gagal|SMTP Connect\(\) fallita|)"
                R"(SMTP\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90 SMTP \xe1\x83\xa1\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x90\xe1\x83\x9c \xe1\x83\x93\xe1\x83\x90\xe1\x83\x99\xe1\x83\x90\xe1\x83\x95\xe1\x83\xa8\xe1\x83\x98\xe1\x83\xa0\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1\xe1\x83\x90\xe1\x83\xa1|)"
                R"(SMTP \xec\x97\xb0\xea\xb2\xb0\xec\x9d\x84 \xec\x8b\xa4\xed\x8c\xa8\xed\x95\x98\xec\x98\x80\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP susijungimo klaida|SMTP savienojuma k\xc4\xbc\xc5\xabda|)"
                R"(Tsy nahomby ny fifandraisana tamin'ny server SMTP|)"
                R"(SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x82\xd1\x8d\xd0\xb9 \xd1\x85\xd0\xbe\xd0\xbb\xd0\xb1\xd0\xbe\xd0\xb3\xd0\xb4\xd0\xbe\xd1\x85\xd0\xbe\xd0\xb4 \xd0\xb0\xd0\xbb\xd0\xb4\xd0\xb0\xd0\xb0 \xd0\xb3\xd0\xb0\xd1\x80\xd0\xbb\xd0\xb0\xd0\xb0|)"
                R"(SMTP Connect\(\) telah gagal|SMTP connect\(\) feilet|SMTP Verbinding mislukt|)"
                R"(SMTP Connect\(\) zako\xc5\x84czone niepowodzeniem|SMTP Connect\(\) falhou|)"
                R"(Conectarea la serverul SMTP a e\xc8\x99uat|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(SMTP Connect\(\) zlyhalo|Ne morem vzpostaviti povezave s SMTP stre\xc5\xbenikom|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(Povezivanje sa SMTP serverom nije uspelo|SMTP Connect\(\) misslyckades|)"
                R"(Ang SMTP connect\(\) ay nabigo|SMTP connect\(\) fonksiyonu ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(L\xe1\xbb\x97i k\xe1\xba\xbft n\xe1\xbb\x91i v\xe1\xbb\x9bi SMTP|)"
                R"(SMTP \xe9\x80\xa3\xe7\xb7\x9a\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(SMTP\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xbf\x9e\xe6\x8e\xa5\xe5\xa4\xb1\xe8\xb4\xa5)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Mailer Error: SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen."},
    // af Kon nie posfunksie instansieer nie, ar لا يمكن توفير خدمة البريد, az Mail funksiyası işə salına bilmədi, ...
    {.id = "phpmailer.no_mail_function.localized",
     .pattern = R"(Kon nie posfunksie instansieer nie|)"
                R"(\xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xaa\xd9\x88\xd9\x81\xd9\x8a\xd8\xb1 \xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xb1\xd9\x8a\xd8\xaf|)"
                R"(Mail funksiyas\xc4\xb1 i\xc5\x9f\xc9\x99 sal\xc4\xb1na bilm\xc9\x99di|)"
                R"(Ne mogu pokrenuti mail funkcionalnost|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xbf\xd1\x80\xd1\x8b\xd0\xbc\xd1\x8f\xd0\xbd\xd1\x96\xd1\x86\xd1\x8c \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd1\x8b\xd1\x8e mail|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd1\x86\xd0\xb8\xd1\x80\xd0\xb0 \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd0\xb8\xd1\x8f\xd1\x82\xd0\xb0 mail|)"
                R"(No s\xe2\x80\x99ha pogut crear una inst\xc3\xa0ncia de la funci\xc3\xb3 Mail|)"
                R"(Nelze vytvo\xc5\x99it instanci emailov\xc3\xa9 funkce|Email funktionen kunne ikke initialiseres|)"
                R"(Mail-Funktion konnte nicht initialisiert werden|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb5\xce\xba\xce\xba\xce\xaf\xce\xbd\xce\xb7\xcf\x83\xce\xb7\xcf\x82 Mail function|)"
                R"(Genero de retmesa\xc4\x9da funkcio neeblis|Imposible crear una instancia de la funci\xc3\xb3n Mail|)"
                R"(mail funktiooni k\xc3\xa4ivitamine eba\xc3\xb5nnestus|)"
                R"(\xd8\xa7\xd9\x85\xda\xa9\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9\xd8\xb1\xd9\x81\xdb\x8c \xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9 \xd8\xa7\xdb\x8c\xd9\x85\xdb\x8c\xd9\x84 \xd9\x88\xd8\xac\xd9\x88\xd8\xaf \xd9\x86\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaf|)"
                R"(mail-funktion luonti ep\xc3\xa4onnistui|Kuni ikki instantiera mail funkti\xc3\xb3n|)"
                R"(Impossible d\xe2\x80\x99instancier la fonction mail|)"
                R"(Non puido crear unha instancia da funci\xc3\xb3n Mail|)"
                R"(\xd7\x9c\xd7\x90 \xd7\x94\xd7\xa6\xd7\x9c\xd7\x97\xd7\xaa\xd7\x99 \xd7\x9c\xd7\x94\xd7\xa4\xd7\xa2\xd7\x99\xd7\x9c \xd7\x90\xd7\xaa \xd7\xa4\xd7\x95\xd7\xa0\xd7\xa7\xd7\xa6\xd7\x99\xd7\x99\xd7\xaa \xd7\x94\xd7\x9e\xd7\x99\xd7\x99\xd7\x9c|)"
                R"(\xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\xb2 \xe0\xa4\xab\xe0\xa4\xbc\xe0\xa4\x82\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb6\xe0\xa4\xa8 \xe0\xa4\x95\xe0\xa5\x89\xe0\xa4\xb2 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4|)"
                R"(A PHP mail\(\) f\xc3\xbcggv\xc3\xa9nyt nem siker\xc3\xbclt v\xc3\xa9grehajtani|)"
                R"(\xd5\x80\xd5\xb6\xd5\xa1\xd6\x80\xd5\xa1\xd5\xbe\xd5\xb8\xd6\x80 \xd5\xb9\xd5\xa7 \xd5\xaf\xd5\xa1\xd5\xb6\xd5\xb9\xd5\xa5\xd5\xac mail \xd6\x86\xd5\xb8\xd6\x82\xd5\xb6\xd5\xaf\xd6\x81\xd5\xab\xd5\xa1\xd5\xb6|)"
                R"(Tidak dapat menginisialisasi fungsi surel|Impossibile istanziare la funzione mail|)"
                R"(\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe9\x96\xa2\xe6\x95\xb0\xe3\x81\x8c\xe6\xad\xa3\xe5\xb8\xb8\xe3\x81\xab\xe5\x8b\x95\xe4\xbd\x9c\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(mail \xe1\x83\xa4\xe1\x83\xa3\xe1\x83\x9c\xe1\x83\xa5\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x92\xe1\x83\x90\xe1\x83\xa8\xe1\x83\x95\xe1\x83\x94\xe1\x83\x91\xe1\x83\x90 \xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0 \xe1\x83\xae\xe1\x83\x94\xe1\x83\xa0\xe1\x83\xae\xe1\x83\x93\xe1\x83\x94\xe1\x83\x91\xe1\x83\x90|)"
                R"(mail \xed\x95\xa8\xec\x88\x98\xeb\xa5\xbc \xec\x9d\xb8\xec\x8a\xa4\xed\x84\xb4\xec\x8a\xa4\xed\x99\x94\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Nepavyko paleisti mail funkcijos|Nevar palaist s\xc5\xabt\xc4\xab\xc5\xa1anas funkciju|)"
                R"(Tsy afaka nanomboka ny hetsika mail|)"
                R"(Mail \(\) \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd0\xb8\xd0\xb9\xd0\xb3 \xd0\xb0\xd0\xb6\xd0\xb8\xd0\xbb\xd0\xbb\xd1\x83\xd1\x83\xd0\xbb\xd0\xb0\xd1\x85 \xd0\xb1\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xbc\xd0\xb6\xd0\xb3\xd2\xaf\xd0\xb9 \xd0\xb1\xd0\xb0\xd0\xb9\xd0\xbd\xd0\xb0|)"
                R"(Tidak dapat memberi contoh fungsi e-mel|Kunne ikke initialisere post funksjon|)"
                R"(Kon mailfunctie niet initialiseren|)"
                R"(Nie mo\xc5\xbcna wywo\xc5\x82a\xc4\x87 funkcji mail\(\)\. Sprawd\xc5\xba konfiguracj\xc4\x99 serwera|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel iniciar uma inst\xc3\xa2ncia da fun\xc3\xa7\xc3\xa3o mail|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel instanciar a fun\xc3\xa7\xc3\xa3o mail|)"
                R"(Func\xc8\x9bia mail nu a putut fi ini\xc8\x9bializat\xc4\x83|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x83\xd1\x81\xd1\x82\xd0\xb8\xd1\x82\xd1\x8c \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd0\xb8\xd1\x8e mail|)"
                R"(Ned\xc3\xa1 sa vytvori\xc5\xa5 in\xc5\xa1tancia emailovej funkcie|)"
                R"(Ne morem inicializirati mail funkcije|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83\xd1\x9b\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xba\xd1\x80\xd0\xb5\xd0\xbd\xd1\x83\xd1\x82\xd0\xb8 mail \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd0\xb8\xd1\x98\xd1\x83|)"
                R"(Nije mogu\xc4\x87e pokrenuti mail funkciju|Kunde inte initiera e-postfunktion|)"
                R"(Hindi maisimulan ang instance ng mail function|)"
                R"(\xc3\x96rnek e-posta fonksiyonu olu\xc5\x9fturulamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xbe \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x83\xd1\x81\xd1\x82\xd0\xb8\xd1\x82\xd0\xb8 \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd1\x96\xd1\x8e mail|)"
                R"(Kh\xc3\xb4ng d\xc3\xb9ng \xc4\x91\xc6\xb0\xe1\xbb\xa3c c\xc3\xa1c h\xc3\xa0m g\xe1\xbb\xadi th\xc6\xb0|)"
                R"(\xe6\x9c\xaa\xe7\x9f\xa5\xe5\x87\xbd\xe6\x95\xb8\xe5\x91\xbc\xe5\x8f\xab|)"
                R"(\xe6\x9c\xaa\xe7\x9f\xa5\xe5\x87\xbd\xe6\x95\xb0\xe8\xb0\x83\xe7\x94\xa8|Kon nie uitvoer nie|)"
                R"(\xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xaa\xd9\x86\xd9\x81\xd9\x8a\xd8\xb0|)"
                R"(\xc6\x8fmr yerin\xc9\x99 yetirilm\xc9\x99di|Nije mogu\xc4\x87e izvr\xc5\xa1iti naredbu|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xb2\xd1\x8b\xd0\xba\xd0\xb0\xd0\xbd\xd0\xb0\xd1\x86\xd1\x8c \xd0\xba\xd0\xb0\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\xd1\x83|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xb8\xd0\xb7\xd0\xbf\xd1\x8a\xd0\xbb\xd0\xbd\xd0\xb8|)"
                R"(No es pot executar|Nelze prov\xc3\xa9st|Kunne ikke afvikle|)"
                R"(Konnte folgenden Befehl nicht ausf\xc3\xbchren|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb5\xce\xba\xcf\x84\xce\xad\xce\xbb\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xce\xb1\xce\xba\xcf\x8c\xce\xbb\xce\xbf\xcf\x85\xce\xb8\xce\xb7\xcf\x82 \xce\xb5\xce\xbd\xcf\x84\xce\xbf\xce\xbb\xce\xae\xcf\x82|)"
                R"(Lan\xc4\x89i rulumadon ne eblis|Imposible ejecutar|Tegevus eba\xc3\xb5nnestus|)"
                R"(\xd8\xa7\xd9\x85\xda\xa9\xd8\xa7\xd9\x86 \xd8\xa7\xd8\xac\xd8\xb1\xd8\xa7 \xd9\x88\xd8\xac\xd9\x88\xd8\xaf \xd9\x86\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaf|)"
                R"(Suoritus ep\xc3\xa4onnistui|Kundi ikki \xc3\xbatf\xc3\xb8ra|)"
                R"(Impossible de lancer l\xe2\x80\x99ex\xc3\xa9cution|Non puido ser executado|)"
                R"(\xd7\x9c\xd7\x90 \xd7\x94\xd7\xa6\xd7\x9c\xd7\x97\xd7\xaa\xd7\x99 \xd7\x9c\xd7\x94\xd7\xa4\xd7\xa2\xd7\x99\xd7\x9c \xd7\x90\xd7\xaa|)"
                R"(\xe0\xa4\x86\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb7\xe0\xa5\x8d\xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\x95\xe0\xa4\xb0\xe0\xa4\xa8\xe0\xa5\x87 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82 \xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xab\xe0\xa4\xb2\xe0\xa5\xa4|)"
                R"(Nem lehet v\xc3\xa9grehajtani|)"
                R"(\xd5\x89\xd5\xb0\xd5\xa1\xd5\xbb\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd6\x81 \xd5\xab\xd6\x80\xd5\xa1\xd5\xaf\xd5\xa1\xd5\xb6\xd5\xa1\xd6\x81\xd5\xb6\xd5\xa5\xd5\xac \xd5\xb0\xd6\x80\xd5\xa1\xd5\xb4\xd5\xa1\xd5\xb6\xd5\xa8|)"
                R"(Tidak dapat menjalankan proses|Impossibile eseguire l'operazione|)"
                R"(\xe5\xae\x9f\xe8\xa1\x8c\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\x9b\xe1\x83\x93\xe1\x83\x94\xe1\x83\x92\xe1\x83\x98 \xe1\x83\x91\xe1\x83\xa0\xe1\x83\xab\xe1\x83\x90\xe1\x83\x9c\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa1\xe1\x83\xa0\xe1\x83\xa3\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x90|)"
                R"(\xec\x8b\xa4\xed\x96\x89 \xeb\xb6\x88\xea\xb0\x80|Nepavyko \xc4\xafvykdyti komandos|)"
                R"(Neizdev\xc4\x81s izpild\xc4\xabt komandu|Tsy afaka manatanteraka ity baiko manaraka ity|)"
                R"(\xd0\x9a\xd0\xbe\xd0\xbc\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\xd1\x8b\xd0\xb3 \xd0\xb3\xd2\xaf\xd0\xb9\xd1\x86\xd1\x8d\xd1\x82\xd0\xb3\xd1\x8d\xd1\x85 \xd0\xb1\xd0\xbe\xd0\xbb\xd0\xbe\xd0\xbc\xd0\xb6\xd0\xb3\xd2\xaf\xd0\xb9 \xd0\xb1\xd0\xb0\xd0\xb9\xd0\xbd\xd0\xb0|)"
                R"(Tidak dapat melaksanakan|Kunne ikke utf\xc3\xb8re|Kon niet uitvoeren|)"
                R"(Nie mo\xc5\xbcna uruchomi\xc4\x87|N\xc3\xa3o foi poss\xc3\xadvel executar|)"
                R"(Nu se poate executa urm\xc4\x83toarea comand\xc4\x83|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x8b\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd\xd0\xb8\xd1\x82\xd1\x8c \xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\xd1\x83|)"
                R"(Ned\xc3\xa1 sa vykona\xc5\xa5|Operacija ni uspela|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83\xd1\x9b\xd0\xb5 \xd0\xb8\xd0\xb7\xd0\xb2\xd1\x80\xd1\x88\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xbd\xd0\xb0\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd1\x83|)"
                R"(Kunde inte k\xc3\xb6ra|Hindi maisasagawa|\xc3\x87al\xc4\xb1\xc5\x9ft\xc4\xb1r\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xbe \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\xd1\x83|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\xb1c hi\xe1\xbb\x87n \xc4\x91\xc6\xb0\xe1\xbb\xa3c|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\x9f\xb7\xe8\xa1\x8c|\xe6\x97\xa0\xe6\xb3\x95\xe6\x89\xa7\xe8\xa1\x8c)",
     .reason = "sendmail_missing", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Mailer Error: Mail-Funktion konnte nicht initialisiert werden."},
    // af SMTP-fout: Die volgende ontvangers het misluk, ar خطأ SMTP: الأخطاء التالية فشل في الارسال لكل من, az SMTP xətası: Aşağıdakı ünvanlar üzrə alıcılara göndərmə uğursuzdur, ...
    {.id = "phpmailer.recipients_failed.localized",
     .pattern = R"(SMTP-fout: Die volgende ontvangers het misluk|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP: \xd8\xa7\xd9\x84\xd8\xa3\xd8\xae\xd8\xb7\xd8\xa7\xd8\xa1 \xd8\xa7\xd9\x84\xd8\xaa\xd8\xa7\xd9\x84\xd9\x8a\xd8\xa9 \xd9\x81\xd8\xb4\xd9\x84 \xd9\x81\xd9\x8a \xd8\xa7\xd9\x84\xd8\xa7\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xd9\x84\xd9\x83\xd9\x84 \xd9\x85\xd9\x86|)"
                R"(SMTP x\xc9\x99tas\xc4\xb1: A\xc5\x9fa\xc4\x9f\xc4\xb1dak\xc4\xb1 \xc3\xbcnvanlar \xc3\xbczr\xc9\x99 al\xc4\xb1c\xc4\xb1lara g\xc3\xb6nd\xc9\x99rm\xc9\x99 u\xc4\x9fursuzdur|)"
                R"(SMTP Gre\xc5\xa1ka: Slanje na navedene e-mail adrese nije uspjelo|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd1\x8f\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd1\x96\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b\xd1\x8f \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x96\xd0\xba\xd1\x96|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xa1\xd0\xbb\xd0\xb5\xd0\xb4\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb8 \xd0\xb7\xd0\xb0 \xd0\x9f\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb \xd1\x81\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb4\xd0\xbd\xd0\xb8|)"
                R"(Error SMTP: Els seg\xc3\xbcents destinataris han fallat|)"
                R"(Chyba SMTP: N\xc3\xa1sleduj\xc3\xadc\xc3\xad adresy p\xc5\x99\xc3\xadjemc\xc5\xaf nejsou spr\xc3\xa1vn\xc4\x9b|)"
                R"(SMTP fejl: F\xc3\xb8lgende modtagere er forkerte|)"
                R"(SMTP-Fehler: Die folgenden Empf\xc3\xa4nger sind nicht korrekt|)"
                R"(SMTP \xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1: \xce\x9f\xce\xb9 \xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xac\xcf\x84\xcf\x89 \xce\xb4\xce\xb9\xce\xb5\xcf\x85\xce\xb8\xcf\x8d\xce\xbd\xcf\x83\xce\xb5\xce\xb9\xcf\x82 \xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xbb\xce\xae\xcf\x80\xcf\x84\xce\xb7 \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xad\xce\xb3\xce\xba\xcf\x85\xcf\x81\xce\xb5\xcf\x82|)"
                R"(Eraro de servilo SMTP\xc2\xa0: la jenaj po\xc5\x9dtrecivuloj ka\xc5\xadzis eraron|)"
                R"(Error SMTP: Los siguientes destinos fallaron|)"
                R"(SMTP Viga: J\xc3\xa4rgnevate saajate e-posti aadressid on vigased|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 \xd8\xa2\xd8\xaf\xd8\xb1\xd8\xb3 \xda\xaf\xdb\x8c\xd8\xb1\xd9\x86\xd8\xaf\xd9\x87 \xd8\xa8\xd8\xa7 \xd8\xae\xd8\xb7\xd8\xa7 \xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87 \xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: seuraava vastaanottaja osoite on virheellinen|)"
                R"(SMTP Feilur: Fylgjandi m\xc3\xb3ttakarar miseydna\xc3\xb0ust|)"
                R"(Erreur SMTP\xe2\x80\xaf:\xe2\x80\xafles destinataires suivants ont \xc3\xa9chou\xc3\xa9|)"
                R"(Erro SMTP: Os seguintes destinos fallaron|)"
                R"(\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\xaa SMTP: \xd7\x94\xd7\xa0\xd7\x9e\xd7\xa2\xd7\xa0\xd7\x99\xd7\x9d \xd7\x94\xd7\x91\xd7\x90\xd7\x99\xd7\x9d \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c\xd7\x95|)"
                R"(SMTP \xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\x9f\xe0\xa4\xbf: \xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xae\xe0\xa5\x8d\xe0\xa4\xa8 \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xbe\xe0\xa4\x93\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\xaa\xe0\xa4\xa4\xe0\xa5\x87 \xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\xe0\xa4\xa8\xe0\xa5\x87 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82 \xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xab\xe0\xa4\xb2\xe0\xa5\xa4|)"
                R"(SMTP Gre\xc5\xa1ka: Slanje na navedenih e-mail adresa nije uspjelo|)"
                R"(SMTP hiba: a c\xc3\xadmzettk\xc3\xa9nt megadott k\xc3\xb6vetkez\xc5\x91 c\xc3\xadmek hib\xc3\xa1sak|)"
                R"(SMTP -\xd5\xab \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac: \xd5\xb9\xd5\xab \xd5\xb0\xd5\xa1\xd5\xbb\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd5\xac \xd5\xb8\xd6\x82\xd5\xb2\xd5\xa1\xd6\x80\xd5\xaf\xd5\xa5\xd5\xac \xd5\xb0\xd5\xa5\xd5\xbf\xd6\x87\xd5\xb5\xd5\xa1\xd5\xac \xd5\xbd\xd5\xbf\xd5\xa1\xd6\x81\xd5\xb8\xd5\xb2\xd5\xb6\xd5\xa5\xd6\x80\xd5\xab \xd5\xb0\xd5\xa1\xd5\xbd\xd6\x81\xd5\xa5\xd5\xb6\xd5\xa5\xd6\x80\xd5\xab\xd5\xb6|)"
                R"(Kesalahan SMTP: Alamat tujuan berikut menyebabkan kesalahan|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: \xe6\xac\xa1\xe3\x81\xae\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85\xe3\x82\xa2\xe3\x83\x89\xe3\x83\xac\xe3\x82\xb9\xe3\x81\xab \xe9\x96\x93\xe9\x81\x95\xe3\x81\x84\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99|)"
                R"(SMTP \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90: \xe1\x83\xa8\xe1\x83\x94\xe1\x83\x9b\xe1\x83\x93\xe1\x83\x94\xe1\x83\x92 \xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa1\xe1\x83\x90\xe1\x83\x9b\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x94\xe1\x83\x91\xe1\x83\x96\xe1\x83\x94 \xe1\x83\x92\xe1\x83\x90\xe1\x83\x92\xe1\x83\x96\xe1\x83\x90\xe1\x83\x95\xe1\x83\x9c\xe1\x83\x90 \xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0 \xe1\x83\x9b\xe1\x83\x9d\xe1\x83\xae\xe1\x83\x94\xe1\x83\xa0\xe1\x83\xae\xe1\x83\x93\xe1\x83\x90|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98: \xeb\x8b\xa4\xec\x9d\x8c \xec\x88\x98\xec\x8b\xa0\xec\x9e\x90\xec\x97\x90\xec\x84\x9c \xec\x98\xa4\xeb\xa5\x98\xea\xb0\x80 \xeb\xb0\x9c\xec\x83\x9d\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP klaida: nepavyko i\xc5\xa1si\xc5\xb3sti \xc5\xa1iems gav\xc4\x97jams|)"
                R"(SMTP k\xc4\xbc\xc5\xabda: neizdev\xc4\x81s nos\xc5\xabt\xc4\xabt \xc5\xa1\xc4\x81diem sa\xc5\x86\xc4\x93m\xc4\x93jiem|)"
                R"(\xd0\x90\xd0\xbb\xd0\xb4\xd0\xb0\xd0\xb0 SMTP: \xd0\xb8\xd0\xb9\xd0\xbc \xd1\x85\xd0\xb0\xd1\x8f\xd0\xb3\xd0\xb8\xd0\xb9\xd0\xb3 \xd0\xb8\xd0\xbb\xd0\xb3\xd1\x8d\xd1\x8d\xd0\xb6 \xd1\x87\xd0\xb0\xd0\xb4\xd1\x81\xd0\xb0\xd0\xbd\xd0\xb3\xd2\xaf\xd0\xb9|)"
                R"(Ralat SMTP: Penerima e-mel berikut telah gagal|SMTP Feil: F\xc3\xb8lgende mottakeradresse feilet|)"
                R"(SMTP-fout: de volgende ontvangers zijn mislukt|)"
                R"(B\xc5\x82\xc4\x85d SMTP: Nast\xc4\x99puj\xc4\x85cy odbiorcy s\xc4\x85 nieprawid\xc5\x82owi|)"
                R"(Erro do SMTP: O endere\xc3\xa7o do seguinte destinat\xc3\xa1rio falhou|)"
                R"(Erro de SMTP: Os seguintes destinat\xc3\xa1rios falharam|)"
                R"(Eroare SMTP: Urm\xc4\x83toarele adrese de email au e\xc8\x99uat|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8c \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb0 \xd1\x82\xd0\xb0\xd0\xba\xd0\xb8\xd0\xbc \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0\xd1\x82\xd0\xb0\xd0\xbc|)"
                R"(SMTP Error: Adresy pr\xc3\xadjemcov niesu spr\xc3\xa1vne|)"
                R"(SMTP napaka: Slede\xc4\x8di naslovniki so neveljavni|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd1\x81\xd0\xbb\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xbd\xd0\xb0 \xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd0\xb5\xd1\x9b\xd0\xb5 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb5 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(SMTP gre\xc5\xa1ka: slanje na slede\xc4\x87e adrese nije uspelo|)"
                R"(SMTP fel: F\xc3\xb6ljande mottagare \xc3\xa4r felaktig|)"
                R"(SMTP Hatas\xc4\xb1: Belirtilen al\xc4\xb1c\xc4\xb1lara ula\xc5\x9f\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb4\xd0\xbb\xd1\x8f \xd1\x82\xd0\xb0\xd0\xba\xd0\xb8\xd1\x85 \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd1\x96\xd0\xb2|)"
                R"(L\xe1\xbb\x97i SMTP: l\xe1\xbb\x97i \xc4\x91\xe1\xbb\x8ba ch\xe1\xbb\x89 ng\xc6\xb0\xe1\xbb\x9di nh\xe1\xba\xadn|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4\xef\xbc\x9a\xe4\xbb\xa5\xe4\xb8\x8b\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe5\x9c\xb0\xe5\x9d\x80\xe9\x8c\xaf\xe8\xaa\xa4|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x9a\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe5\x9c\xb0\xe5\x9d\x80\xe9\x94\x99\xe8\xaf\xaf)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "Mailer Error: SMTP-Fehler: Die folgenden Empf\xc3\xa4nger sind nicht korrekt:"},
    // af SMTP-fout: data nie aanvaar nie, ar خطأ SMTP: لم يتم قبول المعلومات, az SMTP xətası: Verilənlər qəbul edilməyib, ...
    {.id = "phpmailer.data_not_accepted.localized",
     .pattern = R"(SMTP-fout: data nie aanvaar nie|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP: \xd9\x84\xd9\x85 \xd9\x8a\xd8\xaa\xd9\x85 \xd9\x82\xd8\xa8\xd9\x88\xd9\x84 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb9\xd9\x84\xd9\x88\xd9\x85\xd8\xa7\xd8\xaa|)"
                R"(SMTP x\xc9\x99tas\xc4\xb1: Veril\xc9\x99nl\xc9\x99r q\xc9\x99bul edilm\xc9\x99yib|)"
                R"(SMTP Gre\xc5\xa1ka: Podatci nisu prihva\xc4\x87eni|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xba\xd1\x96 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd1\x8b\xd0\xbd\xd1\x8f\xd1\x82\xd1\x8b\xd1\x8f|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xbd\xd0\xb5 \xd1\x81\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb5\xd1\x82\xd0\xb8|)"
                R"(Error SMTP: Dades no acceptades|Chyba SMTP: Data nebyla p\xc5\x99ijata|)"
                R"(SMTP fejl: Data blev ikke accepteret|SMTP-Fehler: Daten werden nicht akzeptiert|)"
                R"(SMTP \xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1: \xce\xa4\xce\xb1 \xce\xb4\xce\xb5\xce\xb4\xce\xbf\xce\xbc\xce\xad\xce\xbd\xce\xb1 \xce\xb4\xce\xb5\xce\xbd \xce\xad\xce\xb3\xce\xb9\xce\xbd\xce\xb1\xce\xbd \xce\xb1\xcf\x80\xce\xbf\xce\xb4\xce\xb5\xce\xba\xcf\x84\xce\xac|)"
                R"(Eraro de servilo SMTP\xc2\xa0: ne\xc4\x9dustaj datumoj|Error SMTP: Datos no aceptados|)"
                R"(SMTP Viga: Vigased andmed|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xaf\xd8\xa7\xd8\xaf\xd9\x87\xe2\x80\x8c\xd9\x87\xd8\xa7 \xd9\x86\xd8\xa7\xe2\x80\x8c\xd8\xaf\xd8\xb1\xd8\xb3\xd8\xaa \xd9\x87\xd8\xb3\xd8\xaa\xd9\x86\xd8\xaf|)"
                R"(SMTP-virhe: data on virheellinen|SMTP feilur: Data ikki g\xc3\xb3\xc3\xb0kent|)"
                R"(Erreur SMTP\xe2\x80\xaf: donn\xc3\xa9es incorrectes|Erro SMTP: Datos non aceptados|)"
                R"(\xd7\xa9\xd7\x92\xd7\x99\xd7\x90\xd7\xaa SMTP: \xd7\x9e\xd7\x99\xd7\x93\xd7\xa2 \xd7\x9c\xd7\x90 \xd7\x94\xd7\xaa\xd7\xa7\xd7\x91\xd7\x9c|)"
                R"(SMTP \xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x81\xe0\xa4\x9f\xe0\xa4\xbf: \xe0\xa4\xa1\xe0\xa5\x87\xe0\xa4\x9f\xe0\xa4\xbe \xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa5\x80\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe \xe0\xa4\x9c\xe0\xa4\xbe\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4|)"
                R"(SMTP hiba: adatok visszautas\xc3\xadtva|)"
                R"(SMTP -\xd5\xab \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac: \xd5\xbf\xd5\xbe\xd5\xb5\xd5\xa1\xd5\xac\xd5\xb6\xd5\xa5\xd6\x80\xd5\xa8 \xd5\xa8\xd5\xb6\xd5\xa4\xd5\xb8\xd6\x82\xd5\xb6\xd5\xbe\xd5\xa1\xd5\xae \xd5\xb9\xd5\xa5\xd5\xb6|)"
                R"(Kesalahan SMTP: Data tidak diterima|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: \xe3\x83\x87\xe3\x83\xbc\xe3\x82\xbf\xe3\x81\x8c\xe5\x8f\x97\xe3\x81\x91\xe4\xbb\x98\xe3\x81\x91\xe3\x82\x89\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SMTP \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90: \xe1\x83\x9b\xe1\x83\x9d\xe1\x83\x9c\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x94\xe1\x83\x9b\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98 \xe1\x83\x90\xe1\x83\xa0 \xe1\x83\x98\xe1\x83\xa5\xe1\x83\x9c\xe1\x83\x90 \xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa6\xe1\x83\x94\xe1\x83\x91\xe1\x83\xa3\xe1\x83\x9a\xe1\x83\x98|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98: \xeb\x8d\xb0\xec\x9d\xb4\xed\x84\xb0\xea\xb0\x80 \xeb\xb0\x9b\xec\x95\x84\xeb\x93\xa4\xec\x97\xac\xec\xa7\x80\xec\xa7\x80 \xec\x95\x8a\xec\x95\x98\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP klaida: duomenys nepriimti|SMTP K\xc4\xbc\xc5\xabda: Nepie\xc5\x86em inform\xc4\x81ciju|)"
                R"(SMTP diso: tsy voarakitra ny angona|)"
                R"(\xd0\x90\xd0\xbb\xd0\xb4\xd0\xb0\xd0\xb0 SMTP: \xd0\xb7\xd3\xa9\xd0\xb2\xd1\x88\xd3\xa9\xd3\xa9\xd1\x80\xd3\xa9\xd0\xb3\xd0\xb4\xd1\x81\xd3\xa9\xd0\xbd\xd0\xb3\xd2\xaf\xd0\xb9|)"
                R"(Ralat SMTP: Data tidak diterima oleh pelayan|SMTP Feil: Datainnhold ikke akseptert|)"
                R"(SMTP-fout: data niet geaccepteerd|B\xc5\x82\xc4\x85d SMTP: Dane nie zosta\xc5\x82y przyj\xc4\x99te|)"
                R"(Erro do SMTP: Os dados foram rejeitados|Erro de SMTP: Dados rejeitados|)"
                R"(Eroare SMTP: Datele nu au fost acceptate|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP: \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbd\xd1\x8f\xd1\x82\xd1\x8b|)"
                R"(SMTP Error: D\xc3\xa1ta neboli prijat\xc3\xa9|SMTP napaka: Stre\xc5\xbenik zavra\xc4\x8da podatke|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x86\xd0\xb8 \xd0\xbd\xd0\xb8\xd1\x81\xd1\x83 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x85\xd0\xb2\xd0\xb0\xd1\x9b\xd0\xb5\xd0\xbd\xd0\xb8|)"
                R"(SMTP gre\xc5\xa1ka: podaci nisu prihva\xc4\x87eni|SMTP fel: Data accepterades inte|)"
                R"(SMTP Hatas\xc4\xb1: Veri kabul edilmedi|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP: \xd0\xb4\xd0\xb0\xd0\xbd\xd1\x96 \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb9\xd0\xbd\xd1\x8f\xd1\x82\xd0\xbe|)"
                R"(L\xe1\xbb\x97i SMTP: D\xe1\xbb\xaf li\xe1\xbb\x87u kh\xc3\xb4ng \xc4\x91\xc6\xb0\xe1\xbb\xa3c ch\xe1\xba\xa5p nh\xe1\xba\xadn|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4\xef\xbc\x9a\xe7\x84\xa1\xe6\xb3\x95\xe6\x8e\xa5\xe5\x8f\x97\xe7\x9a\x84\xe8\xb3\x87\xe6\x96\x99|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x9a\xe6\x95\xb0\xe6\x8d\xae\xe4\xb8\x8d\xe8\xa2\xab\xe6\x8e\xa5\xe5\x8f\x97)",
     .reason = "data_rejected", .cause = C::spam_policy, .scopes = kClient, .weight = Weight::vague,
     .sample = "Mailer Error: SMTP-Fehler: Daten werden nicht akzeptiert."},
    // af Die volgende Van adres misluk, ar خطأ على مستوى عنوان المرسل, az Göstərilən poçtlara göndərmə uğursuz oldu, ...
    {.id = "phpmailer.from_failed.localized",
     .pattern = R"(Die volgende Van adres misluk|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa3 \xd8\xb9\xd9\x84\xd9\x89 \xd9\x85\xd8\xb3\xd8\xaa\xd9\x88\xd9\x89 \xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb1\xd8\xb3\xd9\x84|)"
                R"(G\xc3\xb6st\xc9\x99ril\xc9\x99n po\xc3\xa7tlara g\xc3\xb6nd\xc9\x99rm\xc9\x99 u\xc4\x9fursuz oldu|)"
                R"(SMTP Gre\xc5\xa1ka: Slanje sa navedenih e-mail adresa nije uspjelo|)"
                R"(\xd0\x9d\xd1\x8f\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd1\x96\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x8b \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb0\xd1\x81 \xd0\xb0\xd0\xb4\xd0\xbf\xd1\x80\xd0\xb0\xd1\x9e\xd0\xbd\xd1\x96\xd0\xba\xd0\xb0|)"
                R"(\xd0\xa1\xd0\xbb\xd0\xb5\xd0\xb4\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb8 \xd0\xb7\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb \xd1\x81\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb4\xd0\xbd\xd0\xb8|)"
                R"(La\(s\) seg\xc3\xbcent\(s\) adreces de remitent han fallat|)"
                R"(N\xc3\xa1sleduj\xc3\xadc\xc3\xad adresa odes\xc3\xadlatele je nespr\xc3\xa1vn\xc3\xa1|)"
                R"(F\xc3\xb8lgende afsenderadresse er forkert|Die folgende Absenderadresse ist nicht korrekt|)"
                R"(\xce\x97 \xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xba\xce\xac\xcf\x84\xcf\x89 \xce\xb4\xce\xb9\xce\xb5\xcf\x8d\xce\xb8\xcf\x85\xce\xbd\xcf\x83\xce\xb7 \xce\xb1\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xbf\xce\xbb\xce\xad\xce\xb1 \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xcf\x83\xcf\x89\xcf\x83\xcf\x84\xce\xae|)"
                R"(Jena adreso de sendinto malsukcesis|La\(s\) siguiente\(s\) direcciones de remitente fallaron|)"
                R"(J\xc3\xa4rgnev saatja e-posti aadress on vigane|)"
                R"(\xd8\xa2\xd8\xaf\xd8\xb1\xd8\xb3 \xd9\x81\xd8\xb1\xd8\xb3\xd8\xaa\xd9\x86\xd8\xaf\xd9\x87 \xd8\xa7\xd8\xb4\xd8\xaa\xd8\xa8\xd8\xa7\xd9\x87 \xd8\xa7\xd8\xb3\xd8\xaa|)"
                R"(Seuraava l\xc3\xa4hett\xc3\xa4j\xc3\xa4n osoite on virheellinen|)"
                R"(fylgjandi Fr\xc3\xa1\/From adressa miseydna\xc3\xb0ist|)"
                R"(L\xe2\x80\x99adresse d\xe2\x80\x99exp\xc3\xa9diteur suivante a \xc3\xa9chou\xc3\xa9|)"
                R"(A\(s\) seguinte\(s\) direcci\xc3\xb3n\(s\) de remitente\(s\) deron erro|)"
                R"(\xd7\x9b\xd7\xaa\xd7\x95\xd7\x91\xd7\x95\xd7\xaa \xd7\x94\xd7\xa0\xd7\x9e\xd7\xa2\xd7\xa0\xd7\x99\xd7\x9d \xd7\x94\xd7\x91\xd7\x90\xd7\x95\xd7\xaa \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c\xd7\x95|)"
                R"(\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa5\x87\xe0\xa4\xb7\xe0\xa4\x95 \xe0\xa4\x95\xe0\xa4\xbe \xe0\xa4\xaa\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\x97\xe0\xa4\xb2\xe0\xa4\xa4 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4|)"
                R"(SMTP Gre\xc5\xa1ka: Slanje s navedenih e-mail adresa nije uspjelo|)"
                R"(A felad\xc3\xb3k\xc3\xa9nt megadott k\xc3\xb6vetkez\xc5\x91 c\xc3\xadm hib\xc3\xa1s|)"
                R"(\xd5\x88\xd6\x82\xd5\xb2\xd5\xa1\xd6\x80\xd5\xaf\xd5\xb8\xd5\xb2\xd5\xab \xd5\xb0\xd5\xa5\xd5\xbf\xd6\x87\xd5\xb5\xd5\xa1\xd5\xac \xd5\xb0\xd5\xa1\xd5\xbd\xd6\x81\xd5\xa5\xd5\xb6 \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac \xd5\xa7|)"
                R"(Alamat pengirim berikut mengakibatkan kesalahan|I seguenti indirizzi mittenti hanno generato errore|)"
                R"(From\xe3\x82\xa2\xe3\x83\x89\xe3\x83\xac\xe3\x82\xb9\xe3\x82\x92\xe7\x99\xbb\xe9\x8c\xb2\xe3\x81\x99\xe3\x82\x8b\xe9\x9a\x9b\xe3\x81\xab\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc\xe3\x81\x8c\xe7\x99\xba\xe7\x94\x9f\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xe1\x83\x92\xe1\x83\x90\xe1\x83\x9b\xe1\x83\x92\xe1\x83\x96\xe1\x83\x90\xe1\x83\x95\xe1\x83\x9c\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x90\xe1\x83\xa0\xe1\x83\x90\xe1\x83\xa1\xe1\x83\xac\xe1\x83\x9d\xe1\x83\xa0\xe1\x83\x98 \xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa1\xe1\x83\x90\xe1\x83\x9b\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x98|)"
                R"(\xeb\x8b\xa4\xec\x9d\x8c From \xec\xa3\xbc\xec\x86\x8c\xec\x97\x90\xec\x84\x9c \xec\x98\xa4\xeb\xa5\x98\xea\xb0\x80 \xeb\xb0\x9c\xec\x83\x9d\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Neteisingas siunt\xc4\x97jo adresas|Nepareiza s\xc5\xabt\xc4\xabt\xc4\x81ja adrese|)"
                R"(Ny adiresy iraka manaraka dia diso|)"
                R"(\xd0\x98\xd0\xbb\xd0\xb3\xd1\x8d\xd1\x8d\xd0\xb3\xd1\x87\xd0\xb8\xd0\xb9\xd0\xbd \xd1\x85\xd0\xb0\xd1\x8f\xd0\xb3 \xd0\xb1\xd1\x83\xd1\x80\xd1\x83\xd1\x83 \xd0\xb1\xd0\xb0\xd0\xb9\xd0\xbd\xd0\xb0|)"
                R"(Berikut merupakan ralat dari alamat e-mel|F\xc3\xb8lgende Fr\xc3\xa5 adresse feilet|)"
                R"(Het volgende afzendersadres is mislukt|)"
                R"(Nast\xc4\x99puj\xc4\x85cy adres Nadawcy jest nieprawid\xc5\x82owy|)"
                R"(Ocorreram falhas nos endere\xc3\xa7os dos seguintes remententes|Os seguintes remetentes falharam|)"
                R"(Urm\xc4\x83toarele adrese From au dat eroare|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81 \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f|)"
                R"(N\xc3\xa1sleduj\xc3\xbaca adresa From je nespr\xc3\xa1vna|Neveljaven e-naslov po\xc5\xa1iljatelja|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd1\x81\xd0\xbb\xd0\xb0\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb0 \xd1\x81\xd0\xbb\xd0\xb5\xd0\xb4\xd0\xb5\xd1\x9b\xd0\xb8\xd1\x85 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(SMTP gre\xc5\xa1ka: slanje sa slede\xc4\x87ih adresa nije uspelo|)"
                R"(F\xc3\xb6ljande avs\xc3\xa4ndaradress \xc3\xa4r felaktig|Ang sumusunod na address ay nabigo|)"
                R"(Belirtilen adreslere g\xc3\xb6nderme ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xbd\xd0\xb0 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb0|)"
                R"(L\xe1\xbb\x97i \xc4\x91\xe1\xbb\x8ba ch\xe1\xbb\x89 g\xe1\xbb\xadi \xc4\x91i|)"
                R"(\xe7\x99\xbc\xe9\x80\x81\xe5\x9c\xb0\xe5\x9d\x80\xe9\x8c\xaf\xe8\xaa\xa4|)"
                R"(\xe5\x8f\x91\xe9\x80\x81\xe5\x9c\xb0\xe5\x9d\x80\xe9\x94\x99\xe8\xaf\xaf)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "Mailer Error: Die folgende Absenderadresse ist nicht korrekt:"},

    // --- mutt's and neomutt's errors in other languages ---------------------------------------------
    // Their own messages of the English rules above in the languages of their catalogs; written by
    // corpora/gen/mutt_localized.py from them (Debian's mutt 2.2.12 and neomutt 20220429). ".{1,160}"
    // stands for a placeholder (host, the system's error, a method).
    // bg Хостът ... не може да бъде намерен, ca No s’ha pogut trobar l’amfitrió, ca No s’ha pogut trobar l’estació, ...
    {.id = "mutt.host_not_found.localized",
     .pattern = R"(\xd0\xa5\xd0\xbe\xd1\x81\xd1\x82\xd1\x8a\xd1\x82.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd0\xb1\xd1\x8a\xd0\xb4\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xbc\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbd|)"
                R"(No s\xe2\x80\x99ha pogut trobar l\xe2\x80\x99amfitri\xc3\xb3|)"
                R"(No s\xe2\x80\x99ha pogut trobar l\xe2\x80\x99estaci\xc3\xb3|)"
                R"(Po\xc4\x8d\xc3\xadta\xc4\x8d.{1,160}nelze nal\xc3\xa9zt|Kunne ikke finde v\xc3\xa6rten|)"
                R"(Rechner.{1,160}kann nicht gefunden werden|Kann Host.{1,160}nicht finden|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb5\xcf\x8d\xcf\x81\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae|)"
                R"(Ne eblis trovi la servilon|No se encontr\xc3\xb3 la direcci\xc3\xb3n del servidor|)"
                R"(Ei leia masina.{1,160}aadressi|Ezin da.{1,160}ostalaria aurkitu|Ei l\xc3\xb6ytynyt palvelinta|)"
                R"(Impossible de trouver la machine|)"
                R"(N\xc3\xadorbh fh\xc3\xa9idir dul i dteagmh\xc3\xa1il leis an \xc3\xb3str\xc3\xadomhaire|)"
                R"(Non foi posible atopa-lo servidor|host nem tal\xc3\xa1lhat\xc3\xb3|Tidak dapat menemukan host|)"
                R"(Impossibile trovare l'host|)"
                R"(\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88.{1,160}\xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x89\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|)"
                R"(\xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8\xeb\xa5\xbc \xec\xb0\xbe\xec\x9d\x84 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Negal\xc4\x97jau rasti hosto|Neradau serverio|Kan adres van server.{1,160}niet achterhalen|)"
                R"(Host.{1,160}nie zosta\xc5\x82 znaleziony|N\xc3\xa3o foi poss\xc3\xadvel encontrar o servidor|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbe\xd0\xbf\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x82\xd1\x8c \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(Nemo\xc5\xbeno n\xc3\xa1js\xc5\xa5 hostite\xc4\xbea|Kunde inte hitta v\xc3\xa4rden|)"
                R"(makinesi bulunamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb8\xd0\xb9\xd1\x88\xd0\xbb\xd0\xbe \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb8 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd1\x83|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe6\x89\xbe\xe5\x88\xb0\xe4\xb8\xbb\xe6\x9c\xba|)"
                R"(\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe4\xb8\xbb\xe6\xa9\x9f|Kunne ikke finne verten|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd1\x81\xd0\xb5 \xd0\xbd\xd0\xb0\xd1\x9b\xd0\xb8 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = -1,
     .sample = "Rechner \xe2\x80\x9esmtp.example.org\xe2\x80\x9c kann nicht gefunden werden."},
    // bg Грешка при свързване с, ca No s’ha pogut connectar amb, cs Spojení s ... nelze navázat, ...
    {.id = "mutt.connect_failed.localized",
     .pattern = R"(\xd0\x93\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8 \xd1\x81\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb7\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5 \xd1\x81|)"
                R"(No s\xe2\x80\x99ha pogut connectar amb|Spojen\xc3\xad s.{1,160}nelze nav\xc3\xa1zat|)"
                R"(Kunne ikke forbinde til|Konnte keine Verbindung zu.{1,160}aufbauen|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xcf\x83\xcf\x84\xce\xbf|)"
                R"(Ne eblis konekti\xc4\x9di al|No se pudo conectar a|)"
                R"(Serveriga.{1,160}ei \xc3\xb5nnestu \xc3\xbchendust luua|Ezin da.{1,160}-ra konektatu|)"
                R"(Ei voitu yhdist\xc3\xa4\xc3\xa4 kohteeseen|Impossible de se connecter \xc3\xa0|)"
                R"(N\xc3\xadorbh fh\xc3\xa9idir dul i dteagmh\xc3\xa1il le|Non foi posible conectar con|)"
                R"(-hoz nem lehet kapcsol\xc3\xb3dni|Tidak bisa berhubungan ke|Impossibile connettersi a|)"
                R"(\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|)"
                R"(\xeb\xa1\x9c \xec\x97\xb0\xea\xb2\xb0\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Nepavyko prisijungti prie|Kan niet verbinden met|)"
                R"(Po\xc5\x82\xc4\x85czenie z.{1,160}nie zosta\xc5\x82o ustanowione|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel conectar com|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81|)"
                R"(Nemo\xc5\xbeno sa spoji\xc5\xa5 s|Kunde inte ansluta till|)"
                R"(sunucusuna ba\xc4\x9flan\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb8\xd0\xb9\xd1\x88\xd0\xbb\xd0\xbe \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd0\xb7|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x88\xb0|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\xa3\xe7\xb7\x9a\xe5\x88\xb0|Kunne ikke koble til|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb8 \xd1\x81\xd0\xb0)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Konnte keine Verbindung zu smtp.example.org aufbauen (smtp.example.org)"},
    // ca La connexió amb ... ha expirat, cs Spojení s ... vypršel časový limit, cs Vypršel časový limit spojení k, ...
    {.id = "mutt.connection_timeout.localized",
     .pattern = R"(La connexi\xc3\xb3 amb.{1,160}ha expirat|)"
                R"(Spojen\xc3\xad s.{1,160}vypr\xc5\xa1el \xc4\x8dasov\xc3\xbd limit|)"
                R"(Vypr\xc5\xa1el \xc4\x8dasov\xc3\xbd limit spojen\xc3\xad k|Forbindelse til.{1,160}fik timeout|)"
                R"(Verbindung zu.{1,160}wurde beendet|Verbindung zu.{1,160}beendet|)"
                R"(\xce\x88\xce\xba\xce\xbb\xce\xb5\xce\xb9\xcf\x83\xce\xb5 \xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xcf\x83\xcf\x84\xce\xbf|)"
                R"(Konekto al.{1,160}fermita pro tempopaso|Venci\xc3\xb3 la conexi\xc3\xb3n a|)"
                R"(Yhteys.{1,160}aikakatkaistu|Connexion \xc3\xa0.{1,160}interrompue|kapcsolat id\xc5\x91 lej\xc3\xa1rt|)"
                R"(\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Prisijungimui prie.{1,160}pasibaig\xc4\x97 laikas|Verbinding met.{1,160}is verlopen|)"
                R"(Po\xc5\x82\xc4\x85czenie z.{1,160}przekroczy\xc5\x82o czas oczekiwania|)"
                R"(Po\xc5\x82\xc4\x85czenie z.{1,160}zosta\xc5\x82o zako\xc5\x84czone|Conex\xc3\xa3o com.{1,160}expirou|)"
                R"(\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb2\xd1\x8b\xd1\x88\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81|)"
                R"(Vypr\xc5\xa1al \xc4\x8dasov\xc3\xbd limit spojenia k|)"
                R"(ba\xc4\x9flant\xc4\xb1s\xc4\xb1 zaman a\xc5\x9f\xc4\xb1m\xc4\xb1na u\xc4\x9frad\xc4\xb1|)"
                R"(\xd0\x92\xd0\xb8\xd1\x87\xd0\xb5\xd1\x80\xd0\xbf\xd0\xb0\xd0\xbd\xd0\xbe \xd1\x87\xd0\xb0\xd1\x81 \xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7|)"
                R"(\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe5\xb7\xb2\xe8\xb6\x85\xe6\x97\xb6|)"
                R"(Tidsavbrudd for forbeindelse til|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd1\x83 \xd1\x81\xd0\xb0.{1,160}\xd1\x98\xd0\xb5 \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = -1,
     .sample = "Verbindung zu smtp.example.org wurde beendet."},
    // ca La sessió SMTP ha fallat: error de lectura, cs SMTP relace selhala: chyba při čtení, da SMTP-session mislykkedes: læsningsfejl, ...
    {.id = "mutt.connection_lost.localized",
     .pattern = R"(La sessi\xc3\xb3 SMTP ha fallat: error de lectura|)"
                R"(SMTP relace selhala: chyba p\xc5\x99i \xc4\x8dten\xc3\xad|)"
                R"(SMTP-session mislykkedes: l\xc3\xa6sningsfejl|SMTP-session fejlede: l\xc3\xa6sningsfejl|)"
                R"(SMTP-Verbindung fehlgeschlagen: Lesefehler|)"
                R"(\xce\x91\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5 \xce\xb7 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1 SMTP: \xcf\x83\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 read|)"
                R"(SMTP-konekto malsukcesis: legeraro|Sesi\xc3\xb3n SMTP fallida: error de lectura|)"
                R"(SMTP saioak huts egin du: irakurketa errorea|SMTP-sessio ep\xc3\xa4onnistui: lukuvirhe|)"
                R"(La session SMTP a \xc3\xa9chou\xc3\xa9\xc2\xa0: erreur de lecture|)"
                R"(La session SMTP a \xc3\xa9chou\xc3\xa9 : erreur de lecture|)"
                R"(SMTP folyamat sikertelen: olvas\xc3\xa1si hiba|Sesi SMTP gagal: kesalahan pembacaan|)"
                R"(Sessione SMTP fallita: errore di lettura|)"
                R"(SMTP \xe3\x82\xbb\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3\xe5\xa4\xb1\xe6\x95\x97: \xe8\xaa\xad\xe3\x81\xbf\xe5\x87\xba\xe3\x81\x97\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc|)"
                R"(SMTP sesija nepavyko: skaitymo klaida|SMTP-sessie is mislukt: leesfout|)"
                R"(Sesja SMTP nie powiod\xc5\x82a si\xc4\x99: b\xc5\x82\xc4\x85d odczytu|)"
                R"(Sess\xc3\xa3o SMTP falhou: erro de acesso|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x81\xd1\x81\xd0\xb8\xd0\xb8: \xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd1\x87\xd1\x82\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f|)"
                R"(SMTP rel\xc3\xa1cia zlyhala: chyba \xc4\x8d\xc3\xadtania|SMTP-session misslyckades: l\xc3\xa4sfel|)"
                R"(SMTP oturumu ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu: Okuma hatas\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x81\xd1\x96\xd1\x97 SMTP: \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7 \xd1\x81\xd0\xbe\xd0\xba\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(SMTP \xe4\xbc\x9a\xe8\xaf\x9d\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x9a\xe8\xaf\xbb\xe9\x94\x99\xe8\xaf\xaf|)"
                R"(SMTP-\xc3\xb8kt mislyktes: lesefeil|)"
                R"(\xd0\x9d\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x98\xd0\xb0: \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbc \xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd1\x9a\xd0\xb0|)"
                R"(La sessi\xc3\xb3 SMTP ha fallat: error d\xe2\x80\x99escriptura|)"
                R"(SMTP relace selhala: chyba p\xc5\x99i z\xc3\xa1pisu|SMTP-session mislykkedes: skrivningsfejl|)"
                R"(SMTP-session fejlede: skrivningsfejl|SMTP-Verbindung fehlgeschlagen: Schreibfehler|)"
                R"(\xce\x91\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5 \xce\xb7 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1 SMTP: \xcf\x83\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 write|)"
                R"(SMTP-konekto malsukcesis: skriberaro|Sesi\xc3\xb3n SMTP fallida: error de escritura|)"
                R"(SMTP saioak huts egin du: idazketa errorea|SMTP-sessio ep\xc3\xa4onnistui: kirjoitusvirhe|)"
                R"(La session SMTP a \xc3\xa9chou\xc3\xa9\xc2\xa0: erreur d'\xc3\xa9criture|)"
                R"(La session SMTP a \xc3\xa9chou\xc3\xa9 : erreur d'\xc3\xa9criture|)"
                R"(SMTP folyamat sikertelen: \xc3\xadr\xc3\xa1si hiba|Sesi SMTP gagal: kesalahan penulisan|)"
                R"(Sessione SMTP fallita: errore di scrittura|)"
                R"(SMTP \xe3\x82\xbb\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3\xe5\xa4\xb1\xe6\x95\x97: \xe6\x9b\xb8\xe3\x81\x8d\xe8\xbe\xbc\xe3\x81\xbf\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc|)"
                R"(SMTP sesija nepavyko: ra\xc5\xa1ymo klaida|SMTP-sessie is mislukt: schrijffout|)"
                R"(Sesja SMTP nie powiod\xc5\x82a si\xc4\x99: b\xc5\x82\xc4\x85d zapisu|)"
                R"(Sess\xc3\xa3o SMTP falhou: erro de escrita|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x81\xd1\x81\xd0\xb8\xd0\xb8: \xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb8|)"
                R"(SMTP rel\xc3\xa1cia zlyhala: chyba z\xc3\xa1pisu|SMTP-session misslyckades: skrivfel|)"
                R"(SMTP oturumu ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu: Yazma hatas\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x81\xd1\x96\xd1\x97 SMTP: \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd1\x83 \xd0\xb2 \xd1\x81\xd0\xbe\xd0\xba\xd0\xb5\xd1\x82|)"
                R"(SMTP \xe4\xbc\x9a\xe8\xaf\x9d\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x9a\xe5\x86\x99\xe9\x94\x99\xe8\xaf\xaf|)"
                R"(SMTP-\xc3\xb8kt mislyktes: skrivefeil|)"
                R"(\xd0\x9d\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0 SMTP \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x98\xd0\xb0: \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbb\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbc \xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd1\x9a\xd0\xb0)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = -1,
     .sample = "SMTP-Verbindung fehlgeschlagen: Lesefehler"},
    // cs Nejsou k dispozici žádné autentizační metody nebo byly zadány neplatné přihlašovací údaje, de Keine Authentifizierung oder ausreichende Berechtigung verfügbar, es Sin autenticadores disponibles o credenciales incorrectas, ...
    {.id = "mutt.auth_failed.localized",
     .pattern = R"(Nejsou k dispozici \xc5\xbe\xc3\xa1dn\xc3\xa9 autentiza\xc4\x8dn\xc3\xad metody nebo byly zad\xc3\xa1ny neplatn\xc3\xa9 p\xc5\x99ihla\xc5\xa1ovac\xc3\xad \xc3\xbadaje|)"
                R"(Keine Authentifizierung oder ausreichende Berechtigung verf\xc3\xbcgbar|)"
                R"(Sin autenticadores disponibles o credenciales incorrectas|Ei autentikoijia tai huonot tiedot|)"
                R"(Nincs el\xc3\xa9rhet\xc5\x91 hiteles\xc3\xadt\xc5\x91, vagy rossz bejelentkez\xc3\xa9si adatok|)"
                R"(N\xc4\x97ra autentikatori\xc5\xb3 arba neteisingas naudotojo vardas\/slapta\xc5\xbeodis|)"
                R"(\xc5\xbbadna z metod uwierzytelniania nie jest dost\xc4\x99pna albo z\xc5\x82e uwierzytelnienie|)"
                R"(Autenticador indispon\xc3\xadvel ou credenciais incorretas|)"
                R"(Nie s\xc3\xba dostupn\xc3\xa9\xc2\xa0\xc5\xbeiadn\xc3\xa9 overovacie\xc2\xa0met\xc3\xb3dy alebo boli zadan\xc3\xa9 neplatn\xc3\xa9 prihlasovacie \xc3\xbadaje|)"
                R"(Kullan\xc4\xb1labilir kimlik do\xc4\x9frulay\xc4\xb1c\xc4\xb1 yok veya hatal\xc4\xb1 giri\xc5\x9f bilgisi|)"
                R"(\xe6\x97\xa0\xe5\x8f\xaf\xe7\x94\xa8\xe8\xae\xa4\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f\xe6\x88\x96\xe9\x94\x99\xe8\xaf\xaf\xe7\x9a\x84\xe5\x87\xad\xe6\x8d\xae|)"
                R"(Ingen godkjennelsesmetoder tilgjengelig, eller feilaktige identitetsdetaljer|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb8\xd1\x85 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xb0 \xd0\xb8\xd0\xbb\xd0\xb8 \xd1\x81\xd1\x83 \xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb0\xd1\x88\xd1\x9b\xd0\xb5\xd1\x9a\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0|)"
                R"(L\xe2\x80\x99autenticaci\xc3\xb3 SASL ha fallat|SASL autentizace se nezda\xc5\x99ila|)"
                R"(SASL-godkendelse mislykkedes|SASL-Authentifizierung fehlgeschlagen|SASL-rajti\xc4\x9do malsukcesis|)"
                R"(SASL egiaztapenak huts egin du|SASL-autentikointi ep\xc3\xa4onnistui|)"
                R"(L'authentification SASL a \xc3\xa9chou\xc3\xa9|Authentikasi SASL gagal|Autenticazione SASL fallita|)"
                R"(SASL \xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SASL-authenticatie is mislukt|Uwierzytelnianie SASL nie powiod\xc5\x82o si\xc4\x99|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SASL-\xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(SASL-autentisering misslyckades|)"
                R"(SASL kimlik do\xc4\x9frulamas\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97 SASL|)"
                R"(SASL \xe8\xae\xa4\xe8\xaf\x81\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(ov\xc4\x9b\xc5\x99en\xc3\xad se nezda\xc5\x99ilo|Authentifizierung fehlgeschlagen|)"
                R"(-rajti\xc4\x9do malsukcesis|La autenticaci\xc3\xb3n.{1,160}fall\xc3\xb3|)"
                R"(-autentikointi ep\xc3\xa4onnistui|azonos\xc3\xadt\xc3\xa1s nem siker\xc3\xbclt|)"
                R"(autentikacija nepavyko|uwierzytelnianie nie powiod\xc5\x82o si\xc4\x99|)"
                R"(Autentica\xc3\xa7\xc3\xa3o.{1,160}falhou|)"
                R"(\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(prihlasovanie zlyhalo|kimlik do\xc4\x9frulamas\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xe8\xae\xa4\xe8\xaf\x81\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(\xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xbd\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "Keine Authentifizierung oder ausreichende Berechtigung verf\xc3\xbcgbar"},
    // ca L’autenticació SMTP necessita SASL, cs SMTP autentizace vyžaduje SASL, cs SMTP ověření vyžaduje SASL, ...
    {.id = "mutt.no_sasl.localized",
     .pattern = R"(L\xe2\x80\x99autenticaci\xc3\xb3 SMTP necessita SASL|SMTP autentizace vy\xc5\xbeaduje SASL|)"
                R"(SMTP ov\xc4\x9b\xc5\x99en\xc3\xad vy\xc5\xbeaduje SASL|SMTP-godkendelse kr\xc3\xa6ver SASL|)"
                R"(SMTP-Authentifizierung ben\xc3\xb6tigt SASL|)"
                R"(\xce\x97 \xce\xb1\xcf\x85\xce\xb8\xce\xb5\xce\xbd\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7 SMTP \xce\xb1\xcf\x80\xce\xb1\xce\xb9\xcf\x84\xce\xb5\xce\xaf SASL|)"
                R"(SMTP-rajti\xc4\x9do bezonas SASL|La autenticaci\xc3\xb3n SMTP requiere SASL|)"
                R"(SMTP autentifikazioak SASL behar du|SMTP-autentikaatio vaatii SASLia|)"
                R"(L'authentification SMTP n\xc3\xa9cessite SASL|SMTP azonos\xc3\xadt\xc3\xa1s SASL-t ig\xc3\xa9nyel|)"
                R"(Authentikasi SMTP membutuhkan SASL|L'autenticazione SMTP richiede SASL|)"
                R"(SMTP \xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xab\xe3\x81\xaf SASL \xe3\x81\x8c\xe5\xbf\x85\xe8\xa6\x81|)"
                R"(SMTP autentikacijai reikia SASL|SMTP-authenticatie vereist SASL|Uwierzytelnianie SMTP wymaga SASL|)"
                R"(Autentica\xc3\xa7\xc3\xa3o SMTP requer SASL|)"
                R"(SMTP \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f \xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x83\xd0\xb5\xd1\x82 SASL|)"
                R"(\xd0\x94\xd0\xbb\xd1\x8f SMTP \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd0\xbd\xd0\xb5\xd0\xbe\xd0\xb1\xd1\x85\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbc SASL|)"
                R"(SMTP overenie vy\xc5\xbeaduje SASL|SMTP-autentisering kr\xc3\xa4ver SASL|)"
                R"(SMTP kimlik do\xc4\x9frulamas\xc4\xb1 SASL gerektiriyor|)"
                R"(SMTP-\xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x8f \xd0\xbf\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x83\xd1\x94 SASL|)"
                R"(SMTP \xe8\xae\xa4\xe8\xaf\x81\xe9\x9c\x80\xe8\xa6\x81 SASL|GSSAPI-bekreftelse krever SASL|)"
                R"(SMTP \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb0 \xd0\xb7\xd0\xb0\xd1\x85\xd1\x82\xd0\xb5\xd0\xb2\xd0\xb0 SASL|)"
                R"(\xd0\x9d\xd1\x8f\xd0\xbc\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb8\xd1\x87\xd0\xbd\xd0\xb8 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8|)"
                R"(No hi ha cap autenticador disponible|)"
                R"(Nejsou k dispozici \xc5\xbe\xc3\xa1dn\xc3\xa9 autentiza\xc4\x8dn\xc3\xad metody|)"
                R"(Ingen godkendelsesmetode kan bruges|Keine Authentifizierung verf\xc3\xbcgbar|)"
                R"(\xce\x94\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xac\xcf\x81\xcf\x87\xce\xb5\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb8\xce\xad\xcf\x83\xce\xb9\xce\xbc\xce\xb7 \xce\xb1\xcf\x85\xce\xb8\xce\xb5\xce\xbd\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7|)"
                R"(Nenia rajti\xc4\x9dilo disponeblas|Falta un m\xc3\xa9todo de verificaci\xc3\xb3n de autentidad|)"
                R"(Falta un m\xc3\xa9todo de verificaci\xc3\xb3n de autenticidad|Autentikaatoreid pole|)"
                R"(Ez da autentifikatzailerik aukeran|Ei autentikoijia|Pas d'authentificateurs disponibles|)"
                R"(N\xc3\xadl aon fh\xc3\xadordheimhneoir\xc3\xad ar f\xc3\xa1il|)"
                R"(Egyetlen azonos\xc3\xadt\xc3\xb3 sem \xc3\xa9rhet\xc5\x91 el|)"
                R"(Tidak ada pengauthentikasi yg bisa digunakan|Non ci sono autenticatori disponibili|)"
                R"(\xe5\x88\xa9\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x8d\xe3\x82\x8b\xe8\xaa\x8d\xe8\xa8\xbc\xe5\x87\xa6\xe7\x90\x86\xe3\x81\x8c\xe3\x81\xaa\xe3\x81\x84|)"
                R"(\xec\x9d\xb8\xec\xa6\x9d\xec\x9e\x90\xea\xb0\x80 \xec\x97\x86\xec\x9d\x8c|)"
                R"(N\xc4\x97ra autentikatori\xc5\xb3|Geen authenticeerders beschikbaar|)"
                R"(\xc5\xbbadna z\xc2\xa0metod uwierzytelniania nie jest dost\xc4\x99pna|)"
                R"(\xc5\xbbadna z metod uwierzytelniania nie jest dost\xc4\x99pna|Nenum autenticador dispon\xc3\xadvel|)"
                R"(\xd0\x9d\xd0\xb5\xd1\x82 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd1\x8b\xd1\x85 \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4\xd0\xbe\xd0\xb2 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(Nie s\xc3\xba k dispoz\xc3\xadcii \xc5\xbeiadne autentifik\xc3\xa1tory|)"
                R"(Ingen verifieringsmetod tillg\xc3\xa4nglig|)"
                R"(Kullan\xc4\xb1labilir bir kimlik do\xc4\x9frulay\xc4\xb1c\xc4\xb1 yok|)"
                R"(Kimlik do\xc4\x9frulay\xc4\xb1c\xc4\xb1lar eri\xc5\x9filir durumda de\xc4\x9fil|)"
                R"(\xd0\x90\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd1\x96\xd0\xb2 \xd0\xbd\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94|)"
                R"(\xe6\x97\xa0\xe5\x8f\xaf\xe7\x94\xa8\xe8\xae\xa4\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f|)"
                R"(\xe6\xb2\x92\xe6\x9c\x89\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe5\xbc\x8f|)"
                R"(Ingen tilgjengelige identitetsbekreftere|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb8\xd1\x85 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xbe\xd1\x80\xd0\xb0)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = -1,
     .sample = "SMTP-Authentifizierung ben\xc3\xb6tigt SASL."},
    // ca El servidor SMTP no admet autenticació, cs SMTP server nepodporuje autentizaci, da SMTP-server understøtter ikke godkendelse, ...
    {.id = "mutt.auth_not_offered.localized",
     .pattern = R"(El servidor SMTP no admet autenticaci\xc3\xb3|SMTP server nepodporuje autentizaci|)"
                R"(SMTP-server underst\xc3\xb8tter ikke godkendelse|)"
                R"(SMTP-Server unterst\xc3\xbctzt keine Authentifizierung|)"
                R"(\xce\x9f \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae\xcf\x82 SMTP \xce\xb4\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xb9\xcf\x81\xce\xaf\xce\xb6\xce\xb5\xce\xb9 \xcf\x84\xce\xb7\xce\xbd \xce\xb1\xcf\x85\xce\xb8\xce\xb5\xce\xbd\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7|)"
                R"(SMTP-servilo ne akceptas rajti\xc4\x9don|El servidor SMTP no soporta autenticaci\xc3\xb3n|)"
                R"(SMTP zerbitzariak ez du autentifikazioa onartzen|SMTP-palvelin ei tue autentikointia|)"
                R"(Le serveur SMTP ne supporte pas l'authentification|)"
                R"(SMTP szerver nem t\xc3\xa1mogatja a azonos\xc3\xadt\xc3\xa1st|)"
                R"(Server SMTP tidak mendukung authentikasi|Il server SMTP non supporta l'autenticazione|)"
                R"(SMTP \xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\x8c\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x82\x92\xe3\x82\xb5\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xaa\xe3\x81\x84|)"
                R"(SMTP serveris nepalaiko autentikacijos|SMTP-server ondersteunt geen authenticatie|)"
                R"(Serwer SMTP nie wspiera uwierzytelniania|)"
                R"(Servidor SMTP n\xc3\xa3o oferece suporte \xc3\xa0 autentica\xc3\xa7\xc3\xa3o|)"
                R"(SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8e|)"
                R"(SMTP server nepodporuje overenie|SMTP-server st\xc3\xb6der inte autentisering|)"
                R"(SMTP sunucusu kimlik do\xc4\x9frulamay\xc4\xb1 desteklemiyor|)"
                R"(SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd1\x94 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97|)"
                R"(SMTP \xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8c\x81\xe8\xae\xa4\xe8\xaf\x81|)"
                R"(SMTP-tjener st\xc3\xb8tter ikke identitetsbekreftelse|)"
                R"(SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd1\x83)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "SMTP-Server unterst\xc3\xbctzt keine Authentifizierung"},
    // bg Не може да бъде установена TSL връзка, bg Не може да бъде установена TLS връзка, ca No s’ha pogut negociar la connexió TLS, ...
    {.id = "mutt.tls_failed.localized",
     .pattern = R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd0\xb1\xd1\x8a\xd0\xb4\xd0\xb5 \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbd\xd0\xb0 TSL \xd0\xb2\xd1\x80\xd1\x8a\xd0\xb7\xd0\xba\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd0\xb1\xd1\x8a\xd0\xb4\xd0\xb5 \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbd\xd0\xb0 TLS \xd0\xb2\xd1\x80\xd1\x8a\xd0\xb7\xd0\xba\xd0\xb0|)"
                R"(No s\xe2\x80\x99ha pogut negociar la connexi\xc3\xb3 TLS|Nelze nav\xc3\xa1zat TLS spojen\xc3\xad|)"
                R"(Kunne ikke opn\xc3\xa5 TLS-forbindelse|Es konnte keine TLS-Verbindung realisiert werden|)"
                R"(Konnte keine TLS-Verbindung realisieren|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb4\xce\xb9\xce\xb1\xcf\x80\xcf\x81\xce\xb1\xce\xb3\xce\xbc\xce\xac\xcf\x84\xce\xb5\xcf\x85\xcf\x83\xce\xb7\xcf\x82 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 TLS|)"
                R"(Ne eblis negoci TLS-konekton|No se pudo negociar una conexi\xc3\xb3n TLS|)"
                R"(TLS \xc3\xbchendust ei \xc3\xb5nnestu kokku leppida|Ezin da TLS konexioa negoziatu|)"
                R"(Ei voitu neuvotella TLS-yhteytt\xc3\xa4|Impossible de n\xc3\xa9gocier la connexion TLS|)"
                R"(N\xc3\xadorbh fh\xc3\xa9idir nasc TLS a shocr\xc3\xba|)"
                R"(Nem lehetett megt\xc3\xa1rgyalni a TLS kapcsolatot|Tidak dapat negosiasi hubungan TLS|)"
                R"(Impossibile negoziare la connessione TLS|)"
                R"(TLS \xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe7\xa2\xba\xe7\xab\x8b\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|)"
                R"(TLS \xec\x97\xb0\xea\xb2\xb0 \xed\x95\xa0\xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Nepavyko sukurti TLS jungties|Kon TLS connectie niet onderhandelen|)"
                R"(Po\xc5\x82\xc4\x85czenie TSL nie zosta\xc5\x82o wynegocjowane|)"
                R"(Po\xc5\x82\xc4\x85czenie TLS nie zosta\xc5\x82o wynegocjowane|Incapaz de negociar conex\xc3\xa3o TLS|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c TLS-\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5|)"
                R"(Nemo\xc5\xbeno vyjedna\xc5\xa5 TLS spojenie|Kunde inte f\xc3\xb6rhandla fram TLS-anslutning|)"
                R"(TLS ba\xc4\x9flant\xc4\xb1s\xc4\xb1 pazarl\xc4\xb1\xc4\x9f\xc4\xb1 yap\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb8\xd0\xb9\xd1\x88\xd0\xbb\xd0\xbe \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8\xd1\x81\xd1\x8c \xd0\xbf\xd1\x80\xd0\xbe TLS \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x8d\x8f\xe5\x95\x86 TLS \xe8\xbf\x9e\xe6\x8e\xa5|)"
                R"(\xe6\x9c\xaa\xe8\x83\xbd|Kunne ikke forhandle frem TLS-forbindelse|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd1\x81\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8 TLS \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5|)"
                R"(\xd0\x9d\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd SSL|)"
                R"(La negociaci\xc3\xb3 d\xe2\x80\x99SSL ha fallat|Chyba SSL|SSL mislykkedes|SSL slog fejl|)"
                R"(SSL fehlgeschlagen|SSL \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|SSL malsukcesis|)"
                R"(SSL fall\xc3\xb3|SSL eba\xc3\xb5nnestus|SSL hutsa|SSL ep\xc3\xa4onnistui|SSL a \xc3\xa9chou\xc3\xa9|)"
                R"(Theip ar SSL|SSL sikertelen|SSL gagal|SSL fallito|)"
                R"(SSL \xe3\x81\xaf.{1,160}\xe3\x81\xa7\xe5\xa4\xb1\xe6\x95\x97|SSL \xec\x8b\xa4\xed\x8c\xa8|)"
                R"(SSL nepavyko|SSL is mislukt|SSL nie powiod\xc5\x82o si\xc4\x99|SSL falhou|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c SSL-\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5|)"
                R"(SSL zlyhalo|SSL misslyckades|SSL ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SSL|SSL \xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(SSL mislyktes|\xd0\x9d\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xb0\xd0\xbd SSL)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "Es konnte keine TLS-Verbindung realisiert werden."},
    // ca No s’ha pogut establir una connexió xifrada, cs Šifrované spojení není k dispozici, cs Šifrované spojení není k dispozici, ...
    {.id = "mutt.starttls_not_offered.localized",
     .pattern = R"(No s\xe2\x80\x99ha pogut establir una connexi\xc3\xb3 xifrada|)"
                R"(\xc5\xa0ifrovan\xc3\xa9 spojen\xc3\xad nen\xc3\xad k\xc2\xa0dispozici|)"
                R"(\xc5\xa0ifrovan\xc3\xa9 spojen\xc3\xad nen\xc3\xad k dispozici|)"
                R"(Krypteret forbindelse ikke tilg\xc3\xa6ngelig|)"
                R"(Verschl\xc3\xbcsselte Verbindung nicht verf\xc3\xbcgbar|)"
                R"(\xce\x94\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb8\xce\xad\xcf\x83\xce\xb9\xce\xbc\xce\xb7 \xce\xb7 \xce\xba\xcf\x81\xcf\x85\xcf\x80\xcf\x84\xce\xbf\xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xb7\xce\xbc\xce\xad\xce\xbd\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7|)"
                R"(\xc4\x88ifrata konekto ne disponeblas|Conexi\xc3\xb3n cifrada no disponible|)"
                R"(Enkriptaturiko konexioa ez da erabilgarria|Salattu yhteys ei k\xc3\xa4ytett\xc3\xa4viss\xc3\xa4|)"
                R"(Connexion chiffr\xc3\xa9e non disponible|N\xc3\xadl nasc criptithe ar f\xc3\xa1il|)"
                R"(Nem el\xc3\xa9rhet\xc5\x91 a titkos\xc3\xadtott kapcsolat|Hubungan terenkripsi tidak tersedia|)"
                R"(Connessione cifrata non disponibile|)"
                R"(\xe6\x9a\x97\xe5\x8f\xb7\xe5\x8c\x96\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe5\x88\xa9\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x84|)"
                R"(\xc5\xa0ifruota jungtis negalima|Versleutelde verbinding niet beschikbaar|)"
                R"(Po\xc5\x82\xc4\x85czenie szyfrowane nie jest dost\xc4\x99pne|)"
                R"(Connex\xc3\xa3o encriptada indispon\xc3\xadvel|)"
                R"(\xd0\x97\xd0\xb0\xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd0\xbd\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xbe|)"
                R"(\xc5\xa0ifrovan\xc3\xa9 spojenie nie je k dispoz\xc3\xadcii|Krypterad anslutning otillg\xc3\xa4nglig|)"
                R"(\xc5\x9eifrelenmi\xc5\x9f ba\xc4\x9flant\xc4\xb1 mevcut de\xc4\x9fil|)"
                R"(\xd0\xa8\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5 \xd0\xb7\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb5|)"
                R"(\xe5\x8a\xa0\xe5\xaf\x86\xe8\xbf\x9e\xe6\x8e\xa5\xe4\xb8\x8d\xe5\x8f\xaf\xe7\x94\xa8|)"
                R"(Krypteret forbindelse utilgjengelig|)"
                R"(\xd0\x94\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xbe \xd1\x98\xd0\xb5 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "Verschl\xc3\xbcsselte Verbindung nicht verf\xc3\xbcgbar."},
    // ca Error en verificar el certificat, cs Chyba při ověřování certifikátu, da Fejl under godkendelse af certifikat, ...
    {.id = "mutt.certificate_failed.localized",
     .pattern = R"(Error en verificar el certificat|)"
                R"(Chyba p\xc5\x99i ov\xc4\x9b\xc5\x99ov\xc3\xa1n\xc3\xad certifik\xc3\xa1tu|)"
                R"(Fejl under godkendelse af certifikat|Fehler beim Pr\xc3\xbcfen des Zertifikats|)"
                R"(\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 \xce\xb5\xcf\x80\xce\xb1\xce\xbb\xce\xae\xce\xb8\xce\xb5\xcf\x85\xcf\x83\xce\xb7\xcf\x82 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x8d|)"
                R"(Eraro dum kontrolo de atestilo|Error de verificaci\xc3\xb3n de certificado|)"
                R"(Ziurtagiria egiaztapen errorea|Sertifikaatin varmennusvirhe|)"
                R"(Erreur de v\xc3\xa9rification du certificat|)"
                R"(Earr\xc3\xa1id agus teastas \xc3\xa1 fh\xc3\xador\xc3\xba|)"
                R"(Tan\xc3\xbas\xc3\xadtv\xc3\xa1ny ellen\xc5\x91rz\xc3\xa9si hiba|Error verifikasi sertifikat|)"
                R"(Errore nella verifica del certificato|)"
                R"(\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\xae\xe6\xa4\x9c\xe8\xa8\xbc\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc|)"
                R"(Sertifikato patikrinimo klaida|Fout bij verifi\xc3\xabren van certificaat|)"
                R"(B\xc5\x82\xc4\x85d weryfikacji certyfikatu|Erro ao verificar certificado|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(Chyba pri overovanie certifik\xc3\xa1tu|Certifikatverifieringsfel|)"
                R"(Sertifika do\xc4\x9frulama hatas\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xba\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83|)"
                R"(\xe8\xaf\x81\xe4\xb9\xa6\xe9\xaa\x8c\xe8\xaf\x81\xe9\x94\x99\xe8\xaf\xaf|Sertifikatbekreftelsesfeil|)"
                R"(\xd0\x93\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8 \xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x8a\xd1\x82 \xd0\xbd\xd0\xb0 \xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb0 \xd0\xb5 \xd0\xb8\xd0\xb7\xd1\x82\xd0\xb5\xd0\xba\xd1\x8a\xd0\xbb|)"
                R"(El certificat del servidor ha expirat|Platnost certifik\xc3\xa1tu serveru vypr\xc5\xa1ela|)"
                R"(Server-certifikat er udl\xc3\xb8bet|Zertifikat des Servers ist abgelaufen|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xad\xce\xbb\xce\xb7\xce\xbe\xce\xb5|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xad\xcf\x87\xce\xb5\xce\xb9 \xce\xbb\xce\xae\xce\xbe\xce\xb5\xce\xb9|)"
                R"(Atestilo de servilo estas eksvalidi\xc4\x9dinta|Certificado del servidor ha expirado|)"
                R"(Certificado del servidor se ha vencido|Serveri sertifikaat on aegunud|)"
                R"(Zerbitzariaren ziurtagiria denboraz kanpo dago|Palvelimen sertifikaatti on vanhentunut|)"
                R"(Le certificat du serveur a expir\xc3\xa9|T\xc3\xa1 an teastas as feidhm|)"
                R"(O certificado do servidor expirou|A szerver tan\xc3\xbas\xc3\xadtv\xc3\xa1nya lej\xc3\xa1rt|)"
                R"(Sertifikat server sudah kadaluwarsa|Il certificato del server \xc3\xa8 scaduto|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe6\x9c\x9f\xe9\x99\x90\xe5\x88\x87\xe3\x82\x8c|)"
                R"(\xec\x84\x9c\xeb\xb2\x84 \xec\x9d\xb8\xec\xa6\x9d\xec\x84\x9c\xea\xb0\x80 \xeb\xa7\x8c\xea\xb8\xb0\xeb\x90\xa8|)"
                R"(Serverio sertifikatas paseno|Certificaat van de server is verlopen|)"
                R"(Certyfikat serwera utraci\xc5\x82 wa\xc5\xbcno\xc5\x9b\xc4\x87|)"
                R"(\xd0\xa1\xd1\x80\xd0\xbe\xd0\xba \xd0\xb4\xd0\xb5\xd0\xb9\xd1\x81\xd1\x82\xd0\xb2\xd0\xb8\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba|)"
                R"(Platnost certifik\xc3\xa1tu serveru vypr\xc5\xa1ala|Servercertifikat har utg\xc3\xa5tt|)"
                R"(Sunucu sertifikas\xc4\xb1n\xc4\xb1n s\xc3\xbcresi dolmu\xc5\x9f|)"
                R"(\xd0\xa1\xd1\x82\xd1\x80\xd0\xbe\xd0\xba \xd0\xb4\xd1\x96\xd1\x97 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb2\xd0\xb8\xd1\x87\xd0\xb5\xd1\x80\xd0\xbf\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xaf\x81\xe4\xb9\xa6\xe5\xb7\xb2\xe8\xbf\x87\xe6\x9c\x9f|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe9\xa9\x97\xe8\xa8\xbc\xe5\xb7\xb2\xe9\x81\x8e\xe6\x9c\x9f|)"
                R"(Tjenersertifikatet har utl\xc3\xb8pt|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xb0\xd0\xbe|)"
                R"(Av\xc3\xads: El nom d\xe2\x80\x99amfitri\xc3\xb3 del servidor no concorda amb el del certificat|)"
                R"(Av\xc3\xads: El nom d\xe2\x80\x99estaci\xc3\xb3 del servidor no concorda amb el del certificat|)"
                R"(POZOR: Jm\xc3\xa9no serveru se neshoduje s\xc2\xa0jm\xc3\xa9nem v\xc2\xa0certifik\xc3\xa1tu|)"
                R"(POZOR: Jm\xc3\xa9no serveru se neshoduje s jm\xc3\xa9nem v certifik\xc3\xa1tu|)"
                R"(ADVARSEL: V\xc3\xa6rtsnavn p\xc3\xa5 server matcher ikke certifikat|)"
                R"(WARNUNG: Rechnername des Servers entspricht nicht dem Zertifikat|)"
                R"(WARNUNG: Hostname des Servers entspricht nicht dem Zertifikat|)"
                R"(\xce\xa0\xce\xa1\xce\x9f\xce\x95\xce\x99\xce\x94\xce\x9f\xce\xa0\xce\x9f\xce\x99\xce\x97\xce\xa3\xce\x97: \xce\xa4\xce\xbf \xcf\x8c\xce\xbd\xce\xbf\xce\xbc\xce\xb1 \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xb4\xce\xb5\xce\xbd \xcf\x84\xce\xb1\xce\xb9\xcf\x81\xce\xb9\xce\xac\xce\xb6\xce\xb5\xce\xb9 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c|)"
                R"(AVERTO: Nomo de serviloj ne kongruas kun atestilo|)"
                R"(AVISO: El nombre del servidor no coincide con el certificado|)"
                R"(ABISUA Zerbitzari ostalari izena ez da ziurtagiriko berdina|)"
                R"(Varoitus: Palvelimen verkkonimi ei t\xc3\xa4sm\xc3\xa4\xc3\xa4 sertifikaattiin|)"
                R"(ATTENTION\xc2\xa0\! Le nom du serveur ne correspond pas au certificat|)"
                R"(ATTENTION \! Le nom du serveur ne correspond pas au certificat|)"
                R"(RABHADH: N\xc3\xadl \xc3\xb3stainm an fhreastala\xc3\xad comhoiri\xc3\xbanach leis an teastas|)"
                R"(FIGYELMEZTET\xc3\x89S: A szerver neve nem egyezik meg a tan\xc3\xbas\xc3\xadtv\xc3\xa1nyba foglalttal|)"
                R"(PERHATIAN: Nama host server tidak cocok dengan sertifikat|)"
                R"(ATTENZIONE: il nome host del server non corrisponde al certificato|)"
                R"(\xe8\xad\xa6\xe5\x91\x8a: \xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\xae\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe5\x90\x8d\xe3\x81\x8c\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\xa8\xe4\xb8\x80\xe8\x87\xb4\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84|)"
                R"(\xc4\xaeSP\xc4\x96JIMAS: Serverio vardas neatitinka sertifikato|)"
                R"(WAARSCHUWING: Naam van de server komt niet overeen met certificaat|)"
                R"(Ostrze\xc5\xbcenie: nazwa serwera nie odpowiada certyfikatowi|)"
                R"(Ostrze\xc5\xbcenie: nazwa \(hostname\) serwera nie odpowiada certyfikatowi|)"
                R"(AVISO: hostname do servidor n\xc3\xa3o coincide com certificado|)"
                R"(\xd0\x9f\xd0\xa0\xd0\x95\xd0\x94\xd0\xa3\xd0\x9f\xd0\xa0\xd0\x95\xd0\x96\xd0\x94\xd0\x95\xd0\x9d\xd0\x98\xd0\x95: \xd0\xb8\xd0\xbc\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd0\xb5\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x83|)"
                R"(POZOR: Meno serveru sa nezhoduje s menom v certifik\xc3\xa1te|)"
                R"(VARNING: Serverv\xc3\xa4rdnamnet matchar inte certifikat|)"
                R"(UYARI: Sunucu makine ad\xc4\xb1 ile sertifika uyu\xc5\x9fmuyor|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f: hostname \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb0\xd1\x94 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83|)"
                R"(\xe8\xad\xa6\xe5\x91\x8a\xef\xbc\x9a\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe4\xb8\xbb\xe6\x9c\xba\xe5\x90\x8d\xe4\xb8\x8e\xe8\xaf\x81\xe4\xb9\xa6\xe4\xb8\x8d\xe5\x8c\xb9\xe9\x85\x8d|)"
                R"(ADVARSEL: Tjenervertsnavn samsvarer ikke med sertifikat|)"
                R"(\xd0\xa3\xd0\x9f\xd0\x9e\xd0\x97\xd0\x9e\xd0\xa0\xd0\x95\xd0\x8a\xd0\x95: \xd0\x9d\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xb2 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x83)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "Fehler beim Pr\xc3\xbc" "fen des Zertifikats (smtp.example.org)"},
    // ca $sendmail ha d’estar establerta per a poder enviar correu, cs Aby bylo možné odesílat e-maily, je třeba nastavit $sendmail, da $sendmail skal sættes for at sende post, ...
    {.id = "mutt.not_configured.localized",
     .pattern = R"(\$sendmail ha d\xe2\x80\x99estar establerta per a poder enviar correu|)"
                R"(Aby bylo mo\xc5\xben\xc3\xa9 odes\xc3\xadlat e-maily, je t\xc5\x99eba nastavit \$sendmail|)"
                R"(\$sendmail skal s\xc3\xa6ttes for at sende post|)"
                R"(\$sendmail muss gesetzt sein, damit Mails versandt werden k\xc3\xb6nnen|)"
                R"(\xce\xa4\xce\xbf \$sendmail \xcf\x80\xcf\x81\xce\xad\xcf\x80\xce\xb5\xce\xb9 \xce\xbd\xce\xb1 \xce\xad\xcf\x87\xce\xb5\xce\xb9 \xcf\x84\xce\xb5\xce\xb8\xce\xb5\xce\xaf \xce\xb3\xce\xb9\xce\xb1 \xce\xbd\xce\xb1 \xcf\x83\xcf\x84\xce\xb1\xce\xbb\xce\xb5\xce\xaf mail|)"
                R"(Necesas difini \$sendmail por povi sendi retpo\xc5\x9dton|)"
                R"(\$sendmail debe ser definido para mandar correo|)"
                R"(\$sendmail pit\xc3\xa4\xc3\xa4 olla asetettuna jotta viestej\xc3\xa4 voi l\xc3\xa4hett\xc3\xa4\xc3\xa4|)"
                R"(\$sendmail doit avoir une valeur pour pouvoir envoyer du courrier|)"
                R"(\$sendmail bekapcsolva kell legyen, hogy post\xc3\xa1t lehessen k\xc3\xbcldeni|)"
                R"(\$sendmail \xe3\x82\x92\xe8\xa8\xad\xe5\xae\x9a\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84\xe3\x81\xa8\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe3\x82\x92\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x84|)"
                R"(\$sendmail turi b\xc5\xabti nurodytas norint si\xc5\xb3sti lai\xc5\xa1kus|)"
                R"(\$sendmail moet ingesteld zijn om mail te kunnen versturen|)"
                R"(\$senmail musi by\xc4\x87 ustawione aby wys\xc5\x82a\xc4\x87 list|)"
                R"(\$sendmail deve estar configurado a fim de se enviar mensagens|)"
                R"(\xd0\x94\xd0\xbb\xd1\x8f \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd1\x8b \xd0\xb4\xd0\xbe\xd0\xbb\xd0\xb6\xd0\xbd\xd0\xb0 \xd0\xb1\xd1\x8b\xd1\x82\xd1\x8c \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xb0\xd1\x8f \$sendmail|)"
                R"(\$sendmail mus\xc3\xad by\xc5\xa5 nastaven\xc3\xbd pre odosielanie po\xc5\xa1ty|)"
                R"(E-posta g\xc3\xb6nderebilmek i\xc3\xa7in \$sendmail ayarl\xc4\xb1 olmal\xc4\xb1d\xc4\xb1r|)"
                R"(\$sendmail \xd0\xbc\xd0\xb0\xd1\x94 \xd0\xb1\xd1\x83\xd1\x82\xd0\xb8 \xd0\xb2\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbc \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb8|)"
                R"(\xe4\xb8\xba\xe4\xba\x86\xe5\x8f\x91\xe9\x80\x81\xe9\x82\xae\xe4\xbb\xb6\xe5\xbf\x85\xe9\xa1\xbb\xe9\x85\x8d\xe7\xbd\xae \$sendmail|)"
                R"(\$sendmail m\xc3\xa5 settes for \xc3\xa5 sende e-post|)"
                R"(\xd0\x9f\xd1\x80\xd0\xbe\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x99\xd0\xb8\xd0\xb2\xd0\xb0 \$sendmail \xd0\xbc\xd0\xbe\xd1\x80\xd0\xb0 \xd0\xb1\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd1\x99\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xb4\xd0\xb0 \xd0\xb1\xd0\xb8 \xd1\x81\xd0\xb5 \xd1\x81\xd0\xbb\xd0\xb0\xd0\xbb\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb0)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = -1,
     .sample = "$sendmail muss gesetzt sein, damit Mails versandt werden k\xc3\xb6nnen"},
    // ca L’URL d’SMTP no és vàlid, cs Neplatné SMTP URL, da Ugyldig SMTP-URL, ...
    {.id = "mutt.malformed_url.localized",
     .pattern = R"(L\xe2\x80\x99URL d\xe2\x80\x99SMTP no \xc3\xa9s v\xc3\xa0lid|Neplatn\xc3\xa9 SMTP URL|)"
                R"(Ugyldig SMTP-URL|Ung\xc3\xbcltige SMTP-URL|)"
                R"(\xce\x9c\xce\xb7 \xce\xad\xce\xb3\xce\xba\xcf\x85\xcf\x81\xce\xbf URL SMTP|Nevalida SMTP-adreso|)"
                R"(URL SMTP incorrecta|Okerreko SMTP URLa|Viallinen SMTP-URL|URL SMTP invalide|)"
                R"(\xc3\x89rv\xc3\xa9nytelen SMTP URL|URL SMTP tidak valid|URL del server SMTP non valido|)"
                R"(\xe4\xb8\x8d\xe6\xad\xa3\xe3\x81\xaa SMTP URL|Blogas SMTP URL|Ongeldig SMTP-URL|)"
                R"(B\xc5\x82\xc4\x99dny URL SMTP|URL SMTP inv\xc3\xa1lida|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbd\xd1\x8b\xd0\xb9 SMTP URL|Neplatn\xc3\xa1 SMTP URL|)"
                R"(Ogiltig SMTP-URL|Ge\xc3\xa7ersiz SMTP URL'si|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xb9 SMTP URL|)"
                R"(\xe6\x97\xa0\xe6\x95\x88\xe7\x9a\x84 SMTP URL|)"
                R"(\xe6\x97\xa0\xe6\x95\x88\xe7\x9a\x84 SMTP \xe9\x93\xbe\xe6\x8e\xa5\(URL|Ugyldig SMTP-nettadresse|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd SMTP \xd0\xa3\xd0\xa0\xd0\x9b)",
     .reason = "malformed_url", .cause = C::server_settings, .scopes = kClient, .priority = -1,
     .sample = "Ung\xc3\xbcltige SMTP-URL: smtp.example.org"},

    // --- msmtp's errors in other languages -------------------------------------------------------
    // msmtp's own messages of the English rules above, as it prints them in German, Esperanto, French,
    // Brazilian Portuguese, Serbian, Swedish, Tamil and Ukrainian; written by corpora/gen/msmtp_localized.py
    // from its message catalogs (Debian's msmtp 1.8.23). ".{1,160}" stands for a placeholder (host, port,
    // address, method, the system's error).
    // de initiale OK-Nachricht des Servers kann nicht empfangen werden, eo ne eblas akiri komencan mesaĝon OK de servilo, fr erreur de réception du message OK initial du serveur, ...
    {.id = "msmtp.no_greeting.localized",
     .pattern = R"(initiale OK-Nachricht des Servers kann nicht empfangen werden|)"
                R"(ne eblas akiri komencan mesa\xc4\x9don OK de servilo|)"
                R"(erreur de r\xc3\xa9ception du message OK initial du serveur|)"
                R"(n\xc3\xa3o foi poss\xc3\xadvel obter a mensagem de OK inicial do servidor|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xbe\xd0\xb1\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x87\xd0\xb5\xd1\x82\xd0\xbd\xd1\x83 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd0\xb4\xd0\xbd\xd1\x83 \xd0\xbf\xd0\xbe\xd1\x80\xd1\x83\xd0\xba\xd1\x83 \xd1\x81\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(kunde inte f\xc3\xa5 initialt OK-meddelande fr\xc3\xa5n servern|)"
                R"(\xe0\xae\xb5\xe0\xae\xb4\xe0\xae\x99\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xbf\xe0\xae\xaf\xe0\xae\xbf\xe0\xae\x9f\xe0\xae\xae\xe0\xae\xbf\xe0\xae\xb0\xe0\xaf\x81\xe0\xae\xa8\xe0\xaf\x8d\xe0\xae\xa4\xe0\xaf\x81 \xe0\xae\xae\xe0\xaf\x81\xe0\xae\xa4\xe0\xae\xb2\xe0\xaf\x8d OK \xe0\xae\x9a\xe0\xaf\x86\xe0\xae\xaf\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xaf\xe0\xaf\x88\xe0\xae\xaa\xe0\xaf\x8d \xe0\xae\xaa\xe0\xaf\x86\xe0\xae\xb1 \xe0\xae\x87\xe0\xae\xaf\xe0\xae\xb2\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x87\xd0\xb0\xd1\x82\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f OK \xd0\xb2\xd1\x96\xd0\xb4 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0)",
     .reason = "greeting_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "msmtp: erreur de r\xc3\xa9" "ception du message OK initial du serveur"},
    // de der Server sendete eine leere Antwort, eo la servilo sendis malplenan respondon, fr le serveur a envoyé une réponse vide, ...
    {.id = "msmtp.bad_reply.localized",
     .pattern = R"(der Server sendete eine leere Antwort|la servilo sendis malplenan respondon|)"
                R"(le serveur a envoy\xc3\xa9 une r\xc3\xa9ponse vide|o servidor enviou uma resposta nula|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80|)"
                R"(servern skickade ett tomt svar|)"
                R"(\xe0\xae\xb5\xe0\xae\xb4\xe0\xae\x99\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xbf \xe0\xae\xb5\xe0\xaf\x86\xe0\xae\xb1\xe0\xaf\x8d\xe0\xae\xb1\xe0\xaf\x81 \xe0\xae\xae\xe0\xae\xb1\xe0\xaf\x81\xe0\xae\xae\xe0\xaf\x8a\xe0\xae\xb4\xe0\xae\xbf \xe0\xae\x85\xe0\xae\xb3\xe0\xae\xbf\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xbd\xd0\xb0\xd0\xb4\xd1\x96\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xbf\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb6\xd0\xbd\xd1\x8e \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd1\x8c|)"
                R"(der Server sendete eine ung\xc3\xbcltige Antwort|la servilo sendis nevalidan respondon|)"
                R"(le serveur a envoy\xc3\xa9 une r\xc3\xa9ponse invalide|)"
                R"(o servidor enviou uma resposta inv\xc3\xa1lida|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbe \xd0\xbd\xd0\xb5\xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x80|)"
                R"(servern skickade ett ogiltigt svar|)"
                R"(\xe0\xae\xb5\xe0\xae\xb4\xe0\xae\x99\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xbf \xe0\xae\x8f\xe0\xae\xb1\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\x95\xe0\xae\xbe \xe0\xae\xae\xe0\xae\xb1\xe0\xaf\x81\xe0\xae\xae\xe0\xaf\x8a\xe0\xae\xb4\xe0\xae\xbf \xe0\xae\x85\xe0\xae\xb3\xe0\xae\xbf\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xbd\xd0\xb0\xd0\xb4\xd1\x96\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xbd\xd0\xb5\xd0\xba\xd0\xbe\xd1\x80\xd0\xb5\xd0\xba\xd1\x82\xd0\xbd\xd1\x83 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd1\x8c)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "msmtp: le serveur a envoy\xc3\xa9 une r\xc3\xa9ponse vide"},
    // de der POP-Server unterstützt über den STLS-Befehl kein TLS, eo la servilo ne regas TLS-on per la komando STLS, fr le serveur ne supporte pas TLS via la commande STARTTLS, ...
    {.id = "msmtp.starttls_not_offered.localized",
     .pattern = R"(der POP-Server unterst\xc3\xbctzt \xc3\xbcber den STLS-Befehl kein TLS|)"
                R"(la servilo ne regas TLS-on per la komando STLS|)"
                R"(le serveur ne supporte pas TLS via la commande STARTTLS|)"
                R"(o servidor n\xc3\xa3o suporta TLS atrav\xc3\xa9s do comando STARTTLS|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xb2\xd0\xb0 \xe2\x80\x9eTLS\xe2\x80\x9c \xd0\xbf\xd1\x83\xd1\x82\xd0\xb5\xd0\xbc \xe2\x80\x9eSTARTTLS\xe2\x80\x9c \xd0\xbd\xd0\xb0\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd0\xb5|)"
                R"(servern st\xc3\xb6der inte TLS via kommandot STARTTLS|)"
                R"(\xd0\xbd\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x96 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd0\xb0\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xba\xd0\xb8 TLS \xd0\xbd\xd0\xb0 \xd0\xbe\xd1\x81\xd0\xbd\xd0\xbe\xd0\xb2\xd1\x96 \xd0\xba\xd0\xbe\xd0\xbc\xd0\xb0\xd0\xbd\xd0\xb4\xd0\xb8 STARTTLS)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: le serveur ne supporte pas TLS via la commande STARTTLS"},
    // de der Server unterstützt Authentifizierungsmethode ... nicht, eo la servilo ne regas aŭtentigan metodon, fr le serveur ne supporte pas la méthode d'authentification, ...
    {.id = "msmtp.auth_mechanism_unsupported.localized",
     .pattern = R"(der Server unterst\xc3\xbctzt Authentifizierungsmethode.{1,160}nicht|)"
                R"(la servilo ne regas a\xc5\xadtentigan metodon|)"
                R"(le serveur ne supporte pas la m\xc3\xa9thode d'authentification|)"
                R"(o servidor n\xc3\xa3o suporta o m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xb2\xd0\xb0.{1,160}\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(servern st\xc3\xb6der inte autentiseringsmetod|)"
                R"(\xd0\xbd\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x96 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd0\xb0\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd1\x83 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(Authentifizierungsmethode.{1,160}wird nicht unterst\xc3\xbctzt|)"
                R"(a\xc5\xadtentiga metodo.{1,160}ne estas regata|)"
                R"(m\xc3\xa9thode d'authentification.{1,160}non support\xc3\xa9e|)"
                R"(o m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o.{1,160}n\xc3\xa3o \xc3\xa9 suportado|)"
                R"(\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd|)"
                R"(autentiseringsmetod.{1,160}st\xc3\xb6ds inte|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd0\xb0\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xba\xd0\xb8 \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd1\x83 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(keine benutzbare Authentifizierungsmethode verf\xc3\xbcgbar|)"
                R"(ne eblas trovi uzeblan a\xc5\xadtentigan metodon|)"
                R"(\xc3\xa9chec de la recherche d'une m\xc3\xa9thode d'authentification utilisable|)"
                R"(n\xc3\xa3o foi poss\xc3\xadvel encontrar um m\xc3\xa9todo us\xc3\xa1vel de autentica\xc3\xa7\xc3\xa3o|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xbd\xd0\xb0\xd1\x92\xd0\xb5\xd0\xbc \xd1\x83\xd0\xbf\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x99\xd0\xb8\xd0\xb2 \xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(kan inte hitta en anv\xc3\xa4ndbar autentiseringsmetod|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb4\xd0\xb0\xd1\x82\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\xb4\xd0\xbe \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd1\x96\xd0\xb1 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "msmtp: le serveur ne supporte pas la m\xc3\xa9thode d'authentification smtp.example.org"},
    // de der Server unterstützt keine Authentifizierung, eo la servilo ne regas aŭtentigon, fr le serveur ne supporte pas l'authentification, ...
    {.id = "msmtp.auth_not_offered.localized",
     .pattern = R"(der Server unterst\xc3\xbctzt keine Authentifizierung|la servilo ne regas a\xc5\xadtentigon|)"
                R"(le serveur ne supporte pas l'authentification|)"
                R"(o servidor n\xc3\xa3o suporta autentica\xc3\xa7\xc3\xa3o|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(servern st\xc3\xb6der inte autentisering|)"
                R"(\xd0\xbd\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x96 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb4\xd0\xb1\xd0\xb0\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd0\xba\xd0\xb8 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(sichere Authentifizierungsmethode kann nicht benutzt werden|)"
                R"(ne eblas uzi sekuran a\xc5\xadtentigan metodon|)"
                R"(impossibilit\xc3\xa9 d'utiliser une m\xc3\xa9thode d'authentification s\xc3\xa9curis\xc3\xa9e|)"
                R"(n\xc3\xa3o foi poss\xc3\xadvel usar um m\xc3\xa9todo seguro de autentica\xc3\xa7\xc3\xa3o|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb8\xd0\xbc \xd0\xb1\xd0\xb5\xd0\xb7\xd0\xb1\xd0\xb5\xd0\xb4\xd0\xbd\xd0\xb8 \xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(kan inte anv\xc3\xa4nda en s\xc3\xa4ker autentiseringsmetod|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xbe \xd1\x81\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbf\xd0\xb5\xd1\x87\xd0\xbd\xd0\xb8\xd0\xbc \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd0\xbe\xd0\xbc \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: le serveur ne supporte pas l'authentification"},
    // de Authentifizierungsmethode ... braucht ein Passwort, eo aŭtentiga metodo ... postulas pasvorton, fr la méthode d'authentification ... requiert un mot de passe, ...
    {.id = "msmtp.credentials_missing.localized",
     .pattern = R"(Authentifizierungsmethode.{1,160}braucht ein Passwort|)"
                R"(a\xc5\xadtentiga metodo.{1,160}postulas pasvorton|)"
                R"(la m\xc3\xa9thode d'authentification.{1,160}requiert un mot de passe|)"
                R"(o m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o.{1,160}requer uma senha|)"
                R"(\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0 \xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb8 \xd0\xbb\xd0\xbe\xd0\xb7\xd0\xb8\xd0\xbd\xd0\xba\xd1\x83|)"
                R"(autentiseringsmetod.{1,160}beh\xc3\xb6ver ett l\xc3\xb6senord|)"
                R"(\xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd1\x83 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f.{1,160}\xd1\x81\xd0\xbb\xd1\x96\xd0\xb4 \xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|)"
                R"(Authentifizierungsmethode.{1,160}braucht einen Benutzernamen|)"
                R"(a\xc5\xadtentiga metodo.{1,160}postulas salutnomon|)"
                R"(la m\xc3\xa9thode d'authentification.{1,160}requiert un nom d'utilisateur|)"
                R"(o m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o.{1,160}requer um nome de usu\xc3\xa1rio|)"
                R"(\xd0\xbd\xd0\xb0\xd1\x87\xd0\xb8\xd0\xbd \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0 \xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb8 \xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd0\xbd\xd0\xb8\xd1\x87\xd0\xba\xd0\xbe \xd0\xb8\xd0\xbc\xd0\xb5|)"
                R"(autentiseringsmetod.{1,160}beh\xc3\xb6ver ett anv\xc3\xa4ndarnamn|)"
                R"(\xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd1\x83 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f.{1,160}\xd1\x81\xd0\xbb\xd1\x96\xd0\xb4 \xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd1\x82\xd0\xb8 \xd1\x96\xd0\xbc'\xd1\x8f \xd0\xba\xd0\xbe\xd1\x80\xd0\xb8\xd1\x81\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0)",
     .reason = "credentials_missing", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "msmtp: la m\xc3\xa9thode d'authentification smtp.example.org requiert un mot de passe"},
    // de Host ... kann nicht gefunden werden, eo ne eblas loki retnodon, fr impossible de résoudre le nom d'hôte, ...
    {.id = "msmtp.host_not_found.localized",
     .pattern = R"(Host.{1,160}kann nicht gefunden werden|ne eblas loki retnodon|)"
                R"(impossible de r\xc3\xa9soudre le nom d'h\xc3\xb4te|n\xc3\xa3o foi poss\xc3\xadvel localizar o host|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xbd\xd0\xb0\xd1\x92\xd0\xb5\xd0\xbc \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0|)"
                R"(kan inte hitta v\xc3\xa4rd|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8 \xd1\x80\xd0\xbe\xd0\xb7\xd1\x82\xd0\xb0\xd1\x88\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(Host nicht gefunden \(endg\xc3\xbcltig|retnodo ne trovita \(a\xc5\xadtoritata|)"
                R"(h\xc3\xb4te non trouv\xc3\xa9 \(serveur faisant autorit\xc3\xa9|)"
                R"(host n\xc3\xa3o encontrado \(autoritativo|)"
                R"(\xd0\xbd\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd0\xbd\xd0\xb0\xd1\x88\xd0\xb0\xd0\xbe \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0 \(\xd0\xb7\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x87\xd0\xbd\xd0\xbe|)"
                R"(v\xc3\xa4rd hittades inte \(auktoritativ|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0 \(\xd1\x83\xd0\xbf\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe|)"
                R"(Host nicht gefunden \(nicht endg\xc3\xbcltig\) oder Serverfehlfunktion|)"
                R"(retnodo ne trovita \(nea\xc5\xadtoritata\) a\xc5\xad servila malsukceso|)"
                R"(h\xc3\xb4te non trouv\xc3\xa9 \(serveur ne faisant pas autorit\xc3\xa9\) ou d\xc3\xa9faillance serveur|)"
                R"(host n\xc3\xa3o encontrado \(n\xc3\xa3o autoritativo\) ou falha no servidor|)"
                R"(\xd0\xbd\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd0\xbd\xd0\xb0\xd1\x88\xd0\xb0\xd0\xbe \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0 \(\xd0\xbd\xd0\xb5\xd0\xb7\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x87\xd0\xbd\xd0\xbe\) \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xbd\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x85 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(v\xc3\xa4rd hittades inte \(icke-auktoritativ\) eller serverfel|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0 \(\xd0\xbd\xd0\xb5\xd1\x83\xd0\xbf\xd0\xbe\xd0\xb2\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe\) \xd0\xb0\xd0\xb1\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "msmtp: impossible de r\xc3\xa9soudre le nom d'h\xc3\xb4te smtp.example.org : 587"},
    // de Verbindung zu ... Port ... kann nicht hergestellt werden, eo ne eblas konektiĝi al ... pordo, fr erreur de connexion à ... port, ...
    {.id = "msmtp.connect_failed.localized",
     .pattern = R"(Verbindung zu.{1,160}Port.{1,160}kann nicht hergestellt werden|)"
                R"(ne eblas konekti\xc4\x9di al.{1,160}pordo|erreur de connexion \xc3\xa0.{1,160}port|)"
                R"(n\xc3\xa3o foi poss\xc3\xadvel conectar em.{1,160}porta|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb6\xd0\xb5\xd0\xbc \xd0\xbd\xd0\xb0.{1,160}\xd0\xbf\xd1\x80\xd0\xb8\xd0\xba\xd1\x99\xd1\x83\xd1\x87\xd0\xbd\xd0\xb8\xd0\xba|)"
                R"(kan inte ansluta till.{1,160}port|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd1\x96\xd0\xb7.{1,160}\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82|)"
                R"(Verbindung zu.{1,160}ist nicht m\xc3\xb6glich|ne eblas konekti\xc4\x9di al|)"
                R"(erreur de connexion \xc3\xa0|n\xc3\xa3o foi poss\xc3\xadvel conectar a|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb6\xd0\xb5\xd0\xbc \xd0\xbd\xd0\xb0|)"
                R"(kan inte ansluta till|)"
                R"(\xe0\xae\xaf\xe0\xaf\x88 \xe0\xae\x85\xe0\xae\xa3\xe0\xaf\x81\xe0\xae\x95 \xe0\xae\x87\xe0\xae\xaf\xe0\xae\xb2\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd1\x96\xd0\xb7)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "msmtp: erreur de connexion \xc3\xa0 smtp.example.org, port 587 : 587"},
    // de die Wartezeit ist abgelaufen, eo la operacio esvalidiĝis, fr l'opération a dépassée le délai d'inactivité, ...
    {.id = "msmtp.connection_timeout.localized",
     .pattern = R"(die Wartezeit ist abgelaufen|la operacio esvalidi\xc4\x9dis|)"
                R"(l'op\xc3\xa9ration a d\xc3\xa9pass\xc3\xa9e le d\xc3\xa9lai d'inactivit\xc3\xa9|)"
                R"(a opera\xc3\xa7\xc3\xa3o esgotou por tempo|)"
                R"(\xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe \xd1\x98\xd0\xb5 \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb5 \xd0\xb7\xd0\xb0 \xd1\x80\xd0\xb0\xd0\xb4\xd1\x9a\xd1\x83|)"
                R"(\xd1\x81\xd1\x82\xd1\x80\xd0\xbe\xd0\xba \xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb0 \xd0\xb7\xd0\xb0\xd0\xb2\xd0\xb5\xd1\x80\xd1\x88\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb4\xd1\x96\xd1\x97 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd0\xbe)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "msmtp: l'op\xc3\xa9ration a d\xc3\xa9pass\xc3\xa9" "e le d\xc3\xa9lai d'inactivit\xc3\xa9"},
    // de die Verbindung wurde unerwartet getrennt, eo la konekto estis neatendite fermita, fr la connexion a été fermée prématurément, ...
    {.id = "msmtp.connection_lost.localized",
     .pattern = R"(die Verbindung wurde unerwartet getrennt|la konekto estis neatendite fermita|)"
                R"(la connexion a \xc3\xa9t\xc3\xa9 ferm\xc3\xa9e pr\xc3\xa9matur\xc3\xa9ment|)"
                R"(a conex\xc3\xa3o foi fechada inesperadamente|)"
                R"(\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xbe\xd1\x87\xd0\xb5\xd0\xba\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb7\xd0\xb0\xd1\x82\xd0\xb2\xd0\xbe\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb0|)"
                R"(anslutningen st\xc3\xa4ngdes ov\xc3\xa4ntat|)"
                R"(\xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb5\xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd1\x80\xd0\xbe\xd0\xb7\xd1\x96\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "msmtp: la connexion a \xc3\xa9t\xc3\xa9 ferm\xc3\xa9" "e pr\xc3\xa9matur\xc3\xa9ment"},
    // de Netzwerk nicht erreichbar, eo reto neatingebla, fr réseau inaccessible, ...
    {.id = "msmtp.network_unreachable.localized",
     .pattern = R"(Netzwerk nicht erreichbar|reto neatingebla|r\xc3\xa9seau inaccessible|)"
                R"(rede inalcan\xc3\xa7\xc3\xa1vel|)"
                R"(\xd0\xbc\xd1\x80\xd0\xb5\xd0\xb6\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0|)"
                R"(n\xc3\xa4tverk o\xc3\xa5tkomligt|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd1\x83 \xd0\xb4\xd0\xbe \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb6\xd1\x96|)"
                R"(Host nicht erreichbar|retnodo ne atingeblas|h\xc3\xb4te inaccessible|host inalcan\xc3\xa7\xc3\xa1vel|)"
                R"(\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0\xd0\xbd|)"
                R"(v\xc3\xa4rd o\xc3\xa5tkomlig|)"
                R"(\xd0\xb2\xd1\x83\xd0\xb7\xd0\xbe\xd0\xbb \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb8\xd0\xb9)",
     .reason = "network_unreachable", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "msmtp: r\xc3\xa9seau inaccessible"},
    // de Umschlagabsenderadresse ... wird vom Server nicht akzeptiert, eo envelope-from-retpoŝtadreso ... ne estas akceptata de la servilo, fr l'adresse d'expéditeur d'enveloppe ... n'est pas acceptée par le serveur, ...
    {.id = "msmtp.sender_refused.localized",
     .pattern = R"(Umschlagabsenderadresse.{1,160}wird vom Server nicht akzeptiert|)"
                R"(envelope-from-retpo\xc5\x9dtadreso.{1,160}ne estas akceptata de la servilo|)"
                R"(l'adresse d'exp\xc3\xa9diteur d'enveloppe.{1,160}n'est pas accept\xc3\xa9e par le serveur|)"
                R"(o envelope do endere\xc3\xa7o.{1,160}n\xc3\xa3o foi aceito pelo servidor|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x85\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb8\xd0\xbe \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd1\x83 \xd0\xb7\xd0\xb0 \xe2\x80\x9e\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x82\xd1\x83 \xd1\x88\xd0\xb0\xd1\x99\xd0\xb5|)"
                R"(kuvert fr\xc3\xa5n adress.{1,160}accepteras inte av servern|)"
                R"(\xd0\xbe\xd0\xb1\xd0\xb3\xd0\xbe\xd1\x80\xd1\x82\xd0\xba\xd0\xb0 \xd1\x96\xd0\xb7 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xbe\xd1\x8e \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb0.{1,160}\xd1\x94 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb9\xd0\xbd\xd1\x8f\xd1\x82\xd0\xbd\xd0\xbe\xd1\x8e \xd0\xb4\xd0\xbb\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "msmtp: l'adresse d'exp\xc3\xa9" "diteur d'enveloppe smtp.example.org n'est pas accept\xc3\xa9" "e par le serveur"},
    // de Empfängeradresse ... wird vom Server nicht akzeptiert, eo ricevonto-retpoŝtadreso ... ne estas akceptata de la servilo, fr l'adresse de destinataire ... n'est pas acceptée par le serveur, ...
    {.id = "msmtp.recipient_refused.localized",
     .pattern = R"(Empf\xc3\xa4ngeradresse.{1,160}wird vom Server nicht akzeptiert|)"
                R"(ricevonto-retpo\xc5\x9dtadreso.{1,160}ne estas akceptata de la servilo|)"
                R"(l'adresse de destinataire.{1,160}n'est pas accept\xc3\xa9e par le serveur|)"
                R"(o endere\xc3\xa7o do recipiente.{1,160}n\xc3\xa3o foi aceito pelo servidor|)"
                R"(\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd1\x85\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb8\xd0\xbe \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd1\x83 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd0\xbe\xd1\x86\xd0\xb0|)"
                R"(mottagaradress.{1,160}accepteras inte av servern|)"
                R"(\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0 \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0.{1,160}\xd1\x94 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb8\xd0\xb9\xd0\xbd\xd1\x8f\xd1\x82\xd0\xbd\xd0\xbe\xd1\x8e \xd0\xb4\xd0\xbb\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "msmtp: l'adresse de destinataire smtp.example.org n'est pas accept\xc3\xa9" "e par le serveur"},
    // de TLS-Zertifikatsüberprüfung ist fehlgschlagen, eo TLS-atestila aŭtentigo malsukcesis, fr La vérification du certificat TLS a échouée, ...
    {.id = "msmtp.certificate_failed.localized",
     .pattern = R"(TLS-Zertifikats\xc3\xbcberpr\xc3\xbcfung ist fehlgschlagen|TLS-atestila a\xc5\xadtentigo malsukcesis|)"
                R"(La v\xc3\xa9rification du certificat TLS a \xc3\xa9chou\xc3\xa9e|)"
                R"(a verifica\xc3\xa7\xc3\xa3o do certificado TLS falhou|)"
                R"(\xd0\x9f\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xe2\x80\x9eTLS\xe2\x80\x9c \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(TLS-certifikatverifiering misslyckades|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 TLS \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb9\xd1\x88\xd0\xbe\xd0\xb2 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xba\xd0\xb8|)"
                R"(TLS-Zertifikats\xc3\xbcberpr\xc3\xbcfung ist fehlgeschlagen|TLS-atestila kontrolo malsukcesis|)"
                R"(V\xc3\xa9rification du certificat TLS impossible|)"
                R"(\xd0\x9f\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xe2\x80\x9eTLS\xe2\x80\x9c \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xb0|)"
                R"(TLS-certifikatkontroll misslyckades|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xb8\xd1\x82\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 TLS|)"
                R"(der Zertifikatsfingerabdruck passt nicht|la atestilo fingroprema\xc4\xb5o ne kongruas|)"
                R"(les empreintes de certificat ne correspondent pas|)"
                R"(a impress\xc3\xa3o digital do certificado n\xc3\xa3o combina|)"
                R"(\xd0\xbe\xd1\x82\xd0\xb8\xd1\x81\xd0\xb0\xd0\xba \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0|)"
                R"(certifikatets fingeravtryck matchar inte|)"
                R"(\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb1\xd0\xb8\xd1\x82\xd0\xbe\xd0\xba \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xb1\xd1\x96\xd0\xb3\xd0\xb0\xd1\x94\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f \xd1\x96\xd0\xb7 \xd0\xb5\xd1\x82\xd0\xb0\xd0\xbb\xd0\xbe\xd0\xbd\xd0\xbd\xd0\xb8\xd0\xbc|)"
                R"(der Zertifikatseigner stimmt nicht mit dem Hostnamen.{1,160}\xc3\xbcberein|)"
                R"(la atestila estro ne kongruas kun la retnodnomo|)"
                R"(le d\xc3\xa9tenteur du certificat ne correspond pas au nom d'h\xc3\xb4te|)"
                R"(o propriet\xc3\xa1rio do certificado n\xc3\xa3o combina com o nome do host|)"
                R"(\xd0\xb2\xd0\xbb\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd1\x83|)"
                R"(certifikat\xc3\xa4garen matchar inte v\xc3\xa4rdnamnet|)"
                R"(\xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81 \xd0\xb2\xd0\xbb\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb0\xd1\x94 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd1\x96 \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: La v\xc3\xa9rification du certificat TLS a \xc3\xa9" "chou\xc3\xa9" "e"},
    // de TLS-Aushandlung fehlgeschlagen, eo TLS-manpremo malsukcesis, fr Échec de la poignée de main TLS, ...
    {.id = "msmtp.tls_handshake_failed.localized",
     .pattern = R"(TLS-Aushandlung fehlgeschlagen|TLS-manpremo malsukcesis|)"
                R"(\xc3\x89chec de la poign\xc3\xa9e de main TLS|o handshake de TLS falhou|)"
                R"(TLS\xe2\x80\x9c \xd1\x80\xd1\x83\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(TLS-handskakning misslyckades|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8 \xd1\x96\xd0\xbd\xd1\x96\xd1\x86\xd1\x96\xd0\xb0\xd0\xbb\xd1\x96\xd0\xb7\xd0\xb0\xd1\x86\xd1\x96\xd1\x97 TLS)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: \xc3\x89" "chec de la poign\xc3\xa9" "e de main TLS : smtp.example.org"},
    // de Host nicht angegeben, eo retnodo ne elektita, fr nom de machine manquant, ...
    {.id = "msmtp.not_configured.localized",
     .pattern = R"(Host nicht angegeben|retnodo ne elektita|nom de machine manquant|host n\xc3\xa3o configurado|)"
                R"(\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd|)"
                R"(v\xc3\xa4rd inte inst\xc3\xa4lld|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbe\xd0\xbb|)"
                R"(Port nicht angegeben|pordo ne elektita|port non d\xc3\xa9fini|porta n\xc3\xa3o configurada|)"
                R"(\xd0\xbf\xd1\x80\xd0\xb8\xd0\xba\xd1\x99\xd1\x83\xd1\x87\xd0\xbd\xd0\xb8\xd0\xba \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x88\xd0\xb5\xd0\xbd|)"
                R"(port inte inst\xc3\xa4lld|)"
                R"(\xe0\xae\xb5\xe0\xae\xbe\xe0\xae\xaf\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d \xe0\xae\x95\xe0\xaf\x81\xe0\xae\xb1\xe0\xae\xbf\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\xbf\xe0\xae\x9f\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\x9f\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88|)"
                R"(\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82 \xd0\xbd\xd0\xb5 \xd0\xb2\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbe|)"
                R"(Umschlagabsenderadresse fehlt|envelope-from-retpo\xc5\x9dtadreso mankas|)"
                R"(adresse de l'exp\xc3\xa9diteur d'enveloppe est manquante|falta o endere\xc3\xa7o envelope-from|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd1\x98\xd0\xb5 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb0 \xd0\xb7\xd0\xb0 \xe2\x80\x9e\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x82\xd1\x83 \xd1\x88\xd0\xb0\xd1\x99\xd0\xb5|)"
                R"(kuvert-fr\xc3\xa5n-adress saknas|)"
                R"(\xd0\xbf\xd1\x80\xd0\xbe\xd0\xbf\xd1\x83\xd1\x89\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd1\x83-\xd0\xbe\xd0\xb1\xd0\xb3\xd0\xbe\xd1\x80\xd1\x82\xd0\xba\xd1\x83 \xc2\xab\xd0\x92\xd1\x96\xd0\xb4\xc2\xbb \(envelope-from|)"
                R"(Konto.{1,160}nicht gefunden: Keine Konfigurationsdatei verf\xc3\xbcgbar|)"
                R"(konto.{1,160}ne trovita: neniu agordo-dosiero disponebla|)"
                R"(compte.{1,160}introuvable : aucun fichier de configuration disponible|)"
                R"(conta.{1,160}n\xc3\xa3o encontrada: nenhum arquivo de configura\xc3\xa7\xc3\xa3o dispon\xc3\xadvel|)"
                R"(\xd0\xbd\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd0\xbd\xd0\xb0\xd1\x88\xd0\xb0\xd0\xbe \xd0\xbd\xd0\xb0\xd0\xbb\xd0\xbe\xd0\xb3.{1,160}\xd0\xb4\xd0\xb0\xd1\x82\xd0\xbe\xd1\x82\xd0\xb5\xd0\xba\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb5\xd1\x88\xd0\xb0\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb0|)"
                R"(konto.{1,160}hittades inte: ingen konfigurationsfil tillg\xc3\xa4nglig|)"
                R"(\xd0\xbe\xd0\xb1\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd0\xb8\xd0\xb9 \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81.{1,160}\xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe: \xd0\xbd\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x84\xd0\xb0\xd0\xb9\xd0\xbb\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x88\xd1\x82\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd1\x8c)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "msmtp: nom de machine manquant"},

    // --- Thunderbird's alerts in other languages ---------------------------------------------
    // The alerts of the English rules above as Thunderbird shows them in 30 other languages, each by a
    // piece of its text that no other text of that language pack contains; written by
    // corpora/gen/thunderbird_localized.py from the language packs (Thunderbird 153 ESR, Debian's
    // thunderbird-l10n-*). ".{1,160}" stands for the server name where a piece spans it.
    // de ist unbekannt. Der Server ist eventuell falsch, fr est inconnu. Le serveur est peut-être mal, es-ES es desconocido. El servidor puede estar mal, ...
    {.id = "thunderbird.smtp_server_unknown.localized",
     .pattern = R"(ist unbekannt\. Der Server ist eventuell falsch|est inconnu\. Le serveur est peut-\xc3\xaatre mal|)"
                R"(es desconocido\. El servidor puede estar mal|sconosciuto\. Il server potrebbe essere configurato|)"
                R"(n\xc3\xa3o \xc3\xa9 conhecido\. O servidor pode ter sido|)"
                R"(n\xc3\xa3o \xc3\xa9 conhecido\. Pode ser que o servidor|)"
                R"(is onbekend\. Mogelijk is de server niet juist|poczty wychodz\xc4\x85cej \(SMTP\) jest nieznany|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5\xd0\xbd\. \xd0\x92\xd0\xbe\xd0\xb7\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xbe, \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80|)"
                R"(\xd0\x9c\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xbe, \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbc\xd0\xb0\xd1\x94 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x83|)"
                R"(je nezn\xc3\xa1m\xc3\xbd\. Server m\xc5\xaf\xc5\xbee b\xc3\xbdt \xc5\xa1patn\xc4\x9b|)"
                R"(je nezn\xc3\xa1my\. Server m\xc3\xb4\xc5\xbee by\xc5\xa5 nespr\xc3\xa1vne|)"
                R"(\xc3\xa4r ok\xc3\xa4nd\. Servern kan vara felaktigt konfigurerad|)"
                R"(er ukendt\. Serveren er m\xc3\xa5ske forkert sat|)"
                R"(er ukjent\. Serveren kan v\xc3\xa6re feilkonfigurert|ei tunneta\. Palvelinasetukset voivat olla|)"
                R"(lev\xc3\xa9lk\xc3\xbcld\xc5\x91 kiszolg\xc3\xa1l\xc3\xb3 \(SMTP\) ismeretlen|)"
                R"(ayarlar\xc4\xb1n\xc4\xb1 kontrol edip yeniden deneyin|)"
                R"(SMTP \xce\xba\xce\xb1\xce\xb9 \xcf\x80\xcf\x81\xce\xbf\xcf\x83\xcf\x80\xce\xb1\xce\xb8\xce\xae\xcf\x83\xcf\x84\xce\xb5 \xce\xbe\xce\xb1\xce\xbd\xce\xac|)"
                R"(\xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xad\xe5\xae\x9a\xe3\x81\xab\xe8\xaa\xa4\xe3\x82\x8a\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8b\xe5\x8f\xaf\xe8\x83\xbd\xe6\x80\xa7\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99\xe3\x80\x82\xe9\x80\x81\xe4\xbf\xa1|)"
                R"(\xeb\xa5\xbc \xec\x95\x8c \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4\. \xec\x84\x9c\xeb\xb2\x84 \xec\x84\xa4\xec\xa0\x95\xec\x9d\xb4|)"
                R"(\xe5\x99\xa8\xef\xbc\x88SMTP\xef\xbc\x89\xe9\x85\x8d\xe7\xbd\xae\xe6\xad\xa3\xe7\xa1\xae\xe5\xb9\xb6\xe7\xa8\x8d\xe5\x90\x8e\xe9\x87\x8d\xe8\xaf\x95|)"
                R"(\xe5\x99\xa8\xef\xbc\x88SMTP\xef\xbc\x89\xe8\xa8\xad\xe5\xae\x9a\xe6\xad\xa3\xe7\xa2\xba\xe5\xbe\x8c\xe5\x86\x8d\xe8\xa9\xa6\xe4\xb8\x80\xe6\xac\xa1|)"
                R"(este necunoscut\. Ar putea fi o problem\xc4\x83|)"
                R"(\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xbf\xd0\xbe\xd0\xb7\xd0\xbd\xd0\xb0\xd1\x82\. \xd0\xa1\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd1\x8a\xd1\x82 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5|)"
                R"(je nepoznat\. Postavke poslu\xc5\xbeitelja mogu|stre\xc5\xbenika\(SMTP\) pravilne in poskusite znova|)"
                R"(\xc3\xa9s desconegut\. El servidor pot estar configurat|)"
                R"(kh\xc3\xb4ng x\xc3\xa1c \xc4\x91\xe1\xbb\x8bnh\. M\xc3\xa1y ch\xe1\xbb\xa7 c\xc3\xb3 th\xe1\xbb\x83|)"
                R"(Keluar \(SMTP\) Anda sudah benar dan coba lagi)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Fehler beim Senden der Nachricht: SMTP-Server smtp.example.org ist unbekannt. Der Server ist eventuell falsch konfiguriert. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals."},
    // de fehlgeschlagen ist. Der Server ist entweder, fr a échoué. Le serveur est peut-être indisponible ou refuse les connexions SMTP, es-ES SMTP) son correctos y vuelva a intentarlo, ...
    {.id = "thunderbird.connect_failed.localized",
     .pattern = R"(fehlgeschlagen ist\. Der Server ist entweder|)"
                R"(a \xc3\xa9chou\xc3\xa9\. Le serveur est peut-\xc3\xaatre indisponible ou refuse les connexions SMTP|)"
                R"(SMTP\) son correctos y vuelva a intentarlo|)"
                R"(non \xc3\xa8 riuscita\. Il server potrebbe non essere disponibile o rifiutare|)"
                R"(falhou\. O servidor pode est\xc3\xa1 indispon\xc3\xadvel|)"
                R"(falhou\. O servidor pode estar indispon\xc3\xadvel ou a recusar liga\xc3\xa7\xc3\xb5es SMTP|)"
                R"(is mislukt\. Mogelijk is de server niet beschikbaar|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\)\. Serwer mo\xc5\xbce|)"
                R"(SMTP\) \xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb1\xd1\x83\xd0\xb9\xd1\x82\xd0\xb5 \xd1\x81\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb0|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb1\xd1\x83\xd1\x82\xd0\xb8 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xbd\xd0\xb8\xd0\xbc|)"
                R"(Server m\xc5\xaf\xc5\xbee b\xc3\xbdt nedostupn\xc3\xbd nebo odm\xc3\xadt\xc3\xa1|)"
                R"(zlyhalo\. Server m\xc3\xb4\xc5\xbee by\xc5\xa5 nedostupn\xc3\xbd alebo|)"
                R"(misslyckades\. Servern kan vara otillg\xc3\xa4nglig eller nekar|)"
                R"(mislykkedes\. Serveren er m\xc3\xa5ske nede eller|server \(SMTP\) er riktige, og pr\xc3\xb8v igjen|)"
                R"(ei onnistuttu luomaan\. Palvelin voi olla|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 el\xc3\xa9rhetetlen, vagy visszautas\xc3\xadtja|)"
                R"(giden sunucusu \(SMTP\) ile ba\xc4\x9flant\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xcf\x83\xcf\x89\xcf\x83\xcf\x84\xce\xad\xcf\x82 \xce\xba\xce\xb1\xce\xb9 \xce\xb4\xce\xbf\xce\xba\xce\xb9\xce\xbc\xce\xac\xcf\x83\xcf\x84\xce\xb5 \xce\xbe\xce\xb1\xce\xbd\xce\xac|)"
                R"(\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f\xe3\x81\x9f\xe3\x82\x81\xe3\x80\x81\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\x92\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\x8c\xe5\x88\xa9\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x84\xe3\x81\x8b\xe3\x80\x81SMTP|)"
                R"(\xeb\xa1\x9c \xec\x97\xb0\xea\xb2\xb0\xec\x9d\xb4 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xea\xb8\xb0 \xeb\x95\x8c\xeb\xac\xb8\xec\x97\x90 \xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80\xeb\x8a\x94|)"
                R"(\xe9\x82\xae\xe4\xbb\xb6\xe6\x9c\xaa\xe8\x83\xbd\xe5\x8f\x91\xe9\x80\x81\xe3\x80\x82\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe5\x8f\xaf\xe8\x83\xbd\xe6\x9a\x82\xe6\x97\xb6\xe4\xb8\x8d\xe5\x8f\xaf\xe7\x94\xa8\xef\xbc\x8c\xe6\x88\x96\xe8\x80\x85\xe6\x8b\x92\xe7\xbb\x9d|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\xaf\x84\xe5\x87\xba\xe9\x83\xb5\xe4\xbb\xb6\xe3\x80\x82\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe5\x8f\xaf\xe8\x83\xbd\xe6\xad\xa3\xe5\x9c\xa8\xe5\xbf\x99\xe7\xa2\x8c\xe4\xb8\xad\xe6\x88\x96\xe6\x9a\xab\xe6\x99\x82\xe6\x8b\x92\xe7\xb5\x95|)"
                R"(trimitere \(SMTP\) \xc8\x99i s\xc4\x83 \xc3\xaencerci din nou|)"
                R"(\xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\. \xd0\xa1\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd1\x8a\xd1\x82 \xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd1\x8f\xd1\x82\xd0\xbd\xd0\xbe \xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x8a\xd0\xbf\xd0\xb5\xd0\xbd \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xbe\xd1\x82\xd1\x85\xd0\xb2\xd1\x8a\xd1\x80\xd0\xbb\xd1\x8f \xd0\xbe\xd0\xbf\xd0\xb8\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5|)"
                R"(po\xc5\xa1te \(SMTP\) to\xc4\x8dne i poku\xc5\xa1ajte ponovno|)"
                R"(stre\xc5\xbenika \(SMTP\) pravilne in poskusite znova|)"
                R"(Pot ser que el servidor no estigui disponible o estigui rebutjant connexions SMTP|)"
                R"(M\xc3\xa1y ch\xe1\xbb\xa7 c\xc3\xb3 th\xe1\xbb\x83 kh\xc3\xb4ng kh\xe1\xba\xa3 d\xe1\xbb\xa5ng ho\xe1\xba\xb7c \xc4\x91ang t\xe1\xbb\xab ch\xe1\xbb\x91i k\xe1\xba\xbft n\xe1\xbb\x91i SMTP|)"
                R"(ke server pengirim \(SMTP\)\. Server mungkin)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Die Nachricht konnte nicht gesendet werden, weil der Verbindungsaufbau mit dem SMTP-Server smtp.example.org fehlgeschlagen ist. Der Server ist entweder nicht verf\xc3\xbcgbar oder lehnt SMTP-Verbindungen ab. Bitte kontrollieren Sie die SMTP-Server-Einstellungen und versuchen Sie es nochmals."},
    // de mitten in der Transaktion verloren wurde, fr transaction. Veuillez essayer à nouveau, es-ES El mensaje no se ha podido enviar porque la, ...
    {.id = "thunderbird.connection_lost.localized",
     .pattern = R"(mitten in der Transaktion verloren wurde|transaction\. Veuillez essayer \xc3\xa0 nouveau|)"
                R"(El mensaje no se ha podido enviar porque la|\xc3\xa8 stata interrotta durante la trasmissione|)"
                R"(foi perdida no meio da transa\xc3\xa7\xc3\xa3o\. Tente|)"
                R"(omdat de verbinding met uitgaande \(SMTP-\)server|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\) zosta\xc5\x82o przerwane|)"
                R"(\xd0\xba\xd0\xb0\xd0\xba \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81 \xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb5\xd0\xb9 \xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd1\x8b \(SMTP|)"
                R"(\xd1\x89\xd0\xbe \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xb2\xd0\xb8\xd1\x85\xd1\x96\xd0\xb4\xd0\xbd\xd0\xbe\xd1\x97 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb8 \(SMTP|)"
                R"(bylo ztraceno uprost\xc5\x99ed transakce\. Zkuste|)"
                R"(bolo po\xc4\x8das prenosu preru\xc5\xa1en\xc3\xa9\. Sk\xc3\xbaste|)"
                R"(f\xc3\xb6rlorades mitt under transaktionen\. F\xc3\xb6rs\xc3\xb6k|)"
                R"(sendes, fordi forbindelsen til SMTP-serveren|ble mistet midt i en transaksjon\. Pr\xc3\xb8v igjen|)"
                R"(katkesi kesken tiedonsiirron\. Yrit\xc3\xa4 uudelleen|)"
                R"(val\xc3\xb3 kapcsolat megszakadt a tranzakci\xc3\xb3|)"
                R"(ba\xc4\x9flant\xc4\xb1 koptu\. L\xc3\xbctfen yeniden deneyin|)"
                R"(\xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf\xce\xbd \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae SMTP|)"
                R"(\xe3\x81\xa8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe5\x88\x87\xe6\x96\xad\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe3\x81\x9f\xe3\x82\x81\xe3\x80\x81\xe3\x83\xa1|)"
                R"(\xeb\xa1\x9c \xec\x97\xb0\xea\xb2\xb0\xec\x9d\xb4 \xec\xa4\x91\xea\xb0\x84\xec\x97\x90 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x9c\xa8\xe4\xbc\xa0\xe8\xbe\x93\xe8\xbf\x87\xe7\xa8\x8b\xe4\xb8\xad\xe4\xb8\xad\xe6\x96\xad\xe3\x80\x82\xe8\xaf\xb7\xe9\x87\x8d|)"
                R"(\xe9\x96\x93\xe7\x9a\x84\xe9\x80\xa3\xe7\xb7\x9a\xe5\x9c\xa8\xe5\x82\xb3\xe8\xbc\xb8\xe9\x81\x8e\xe7\xa8\x8b\xe4\xb8\xad\xe4\xb8\xad\xe6\x96\xb7\xef\xbc\x8c\xe7\x84\xa1|)"
                R"(mijlocul tranzac\xc8\x9biei\. \xc3\x8encearc\xc4\x83 din nou|)"
                R"(\xd0\xb2\xd1\x80\xd1\x8a\xd0\xb7\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd1\x81 \xd0\xb8\xd0\xb7\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb8\xd1\x8f \(SMTP|)"
                R"(prekinuta usred prijenosa\. Poku\xc5\xa1ajte ponovno|)"
                R"(bila povezava z odhodnim stre\xc5\xbenikom \(SMTP|)"
                R"(perdut la connexi\xc3\xb3 al servidor de sortida \(SMTP|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\x83 g\xe1\xbb\xadi th\xc6\xb0 v\xc3\xac k\xe1\xba\xbft n\xe1\xbb\x91i v\xe1\xbb\x9bi|)"
                R"(terputus di tengah transaksi\. Coba lagi)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server smtp.example.org mitten in der Transaktion verloren wurde. Versuchen Sie es nochmals."},
    // de ihre Ablaufzeit (Timeout) überschritten, fr a expiré. Veuillez essayer à nouveau, es-ES caducado la conexión al servidor de salida (SMTP, ...
    {.id = "thunderbird.connection_timeout.localized",
     .pattern = R"(ihre Ablaufzeit \(Timeout\) \xc3\xbcberschritten|a expir\xc3\xa9\. Veuillez essayer \xc3\xa0 nouveau|)"
                R"(caducado la conexi\xc3\xb3n al servidor de salida \(SMTP|)"
                R"(posta in uscita \(SMTP.{1,160}\xc3\xa8 scaduta\. Riprova|)"
                R"(servidor de envio \(SMTP.{1,160}expirou\. Tente novamente|)"
                R"(voor de verbinding met uitgaande \(SMTP-\)server|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\)\. Nale\xc5\xbcy spr\xc3\xb3bowa\xc4\x87|)"
                R"(\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81 \xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb5\xd0\xb9 \xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd1\x8b \(SMTP|)"
                R"(\xd0\xbe\xd1\x87\xd1\x96\xd0\xba\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xb2\xd0\xb8\xd1\x85\xd1\x96\xd0\xb4\xd0\xbd\xd0\xbe\xd1\x97 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb8 \(SMTP|)"
                R"(vypr\xc5\xa1elo\. Zkuste to znovu, nebo kontaktujte|)"
                R"(Spr\xc3\xa1va nemohla by\xc5\xa5 odoslan\xc3\xa1, preto\xc5\xbee \xc4\x8dasov\xc3\xbd|)"
                R"(utg\xc3\xa5ende server \(SMTP.{1,160}gjorde timeout\. F\xc3\xb6rs\xc3\xb6k igen|)"
                R"(tiden for forbindelsen til SMTP-serveren|fikk tidsavbrudd\. Pr\xc3\xb8v igjen eller kontakt|)"
                R"(aikakatkaistiin\. Yrit\xc3\xa4 uudelleen tai ota|)"
                R"(val\xc3\xb3 kapcsolat id\xc5\x91t\xc3\xball\xc3\xa9p\xc3\xa9s miatt megszakadt|)"
                R"(giden sunucusu \(SMTP\) ile ba\xc4\x9flant\xc4\xb1 zaman|)"
                R"(\xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf\xce\xbd \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae SMTP|)"
                R"(\xe3\x81\xa8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88\xe3\x81\x97\xe3\x81\x9f\xe3\x81\x9f|)"
                R"(\xec\x97\xb0\xea\xb2\xb0 \xec\x8b\x9c\xea\xb0\x84\xec\x9d\xb4 \xec\xb4\x88\xea\xb3\xbc\xeb\x90\x98\xec\x96\xb4 \xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80\xeb\xa5\xbc|)"
                R"(\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xef\xbc\x88SMTP.{1,160}\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe8\xb6\x85\xe6\x97\xb6\xe3\x80\x82\xe8\xaf\xb7\xe9\x87\x8d\xe8\xaf\x95|)"
                R"(\xe6\x99\x82\xef\xbc\x8c\xe7\x84\xa1\xe6\xb3\x95\xe5\xaf\x84\xe5\x87\xba\xe8\xa8\x8a\xe6\x81\xaf\xe3\x80\x82\xe8\xab\x8b\xe5\x86\x8d\xe8\xa9\xa6\xe4\xb8\x80\xe6\xac\xa1|)"
                R"(de trimitere \(SMTP.{1,160}a expirat\. \xc3\x8encearc\xc4\x83 din nou|)"
                R"(\xd0\xb8\xd0\xb7\xd1\x87\xd0\xb0\xd0\xba\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0 \xd0\xb8\xd0\xb7\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb8\xd1\x8f \(SMTP|)"
                R"(odlazne po\xc5\xa1te \(SMTP.{1,160}istekla\. Poku\xc5\xa1ajte ponovno|)"
                R"(stre\xc5\xbenikom \(SMTP.{1,160}potekla\. Poskusite znova|)"
                R"(de la connexi\xc3\xb3 al servidor de sortida \(SMTP|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\x83 g\xe1\xbb\xadi th\xc6\xb0 v\xc3\xac \xc4\x91\xc3\xa3 h\xe1\xba\xbft th\xe1\xbb\x9di|)"
                R"(Server keluar \(SMTP.{1,160}kehabisan waktu\. Coba lagi)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Die Nachricht konnte nicht gesendet werden, weil die Verbindung mit dem SMTP-Server smtp.example.org ihre Ablaufzeit (Timeout) \xc3\xbc" "berschritten hat. Versuchen Sie es nochmals."},
    // de kann nicht authentifiziert werden. Bitte, fr Veuillez vérifier votre mot de passe et, es-ES Compruebe la contraseña y verifique el 'Método, ...
    {.id = "thunderbird.auth_failure.localized",
     .pattern = R"(kann nicht authentifiziert werden\. Bitte|Veuillez v\xc3\xa9rifier votre mot de passe et|)"
                R"(Compruebe la contrase\xc3\xb1a y verifique el 'M\xc3\xa9todo|)"
                R"(Controllare la password e verificare il \xe2\x80\x9cMetodo|)"
                R"(Verifique sua senha e a op\xc3\xa7\xc3\xa3o 'M\xc3\xa9todo|)"
                R"(Por favor verifique a palavra-passe e o 'M\xc3\xa9todo|Controleer het wachtwoord en verifieer de|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\)\. Prosz\xc4\x99 sprawdzi\xc4\x87|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xbb\xd1\x83\xd0\xb9\xd1\x81\xd1\x82\xd0\xb0, \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8c\xd1\x82\xd0\xb5 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|)"
                R"(\xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd1\x82\xd0\xb5 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \xd1\x82\xd0\xb0 \"\xd0\x9c\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4|)"
                R"(se nezda\xc5\x99ila\. Zkontrolujte pros\xc3\xadm heslo|)"
                R"(Skontrolujte heslo a overte nastavenie 'Met\xc3\xb3da|)"
                R"(Kontrollera l\xc3\xb6senordet och kontrollera 'Autentiseringsmetod|)"
                R"(Kontroll\xc3\xa9r adgangskoden og indstillingerne|)"
                R"(Kontroller passordet, og sjekk 'Autentiseringsmetode|)"
                R"(asetukset - L\xc3\xa4htev\xc3\xa4n postin palvelin \(SMTP|)"
                R"(lev\xc3\xa9lk\xc3\xbcld\xc5\x91 \(SMTP\) kiszolg\xc3\xa1l\xc3\xb3hoz\. Ellen\xc5\x91rizze|)"
                R"(Kimlik do\xc4\x9frulama y\xc3\xb6ntemi\"ni kontrol edin|)"
                R"(\xce\x95\xce\xbb\xce\xad\xce\xb3\xce\xbe\xcf\x84\xce\xb5 \xcf\x84\xce\xbf\xce\xbd \xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c \xcf\x80\xcf\x81\xcf\x8c\xcf\x83\xce\xb2\xce\xb1\xcf\x83\xce\xb7\xcf\x82|)"
                R"(\xe3\x81\x8c\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x84\xe3\x81\x93\xe3\x81\xa8\xe3\x82\x92\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84|)"
                R"(SMTP \xec\x84\x9c\xeb\xb2\x84 \xec\x9d\xb8\xec\xa6\x9d\xec\x97\x90 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(\| \xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xae\xbe\xe7\xbd\xae\xe2\x80\x9d\xe4\xb8\xad\xe7\x9a\x84\xe2\x80\x9c\xe8\xae\xa4\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f|)"
                R"(SMTP\)\xe3\x80\x8d\xe4\xb8\xad\xe5\xb0\x87\xe3\x80\x8c\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe5\xbc\x8f\xe3\x80\x8d\xe8\xa8\xad\xe5\xae\x9a\xe7\x82\xba\xe3\x80\x8c\xe7\x84\xa1|)"
                R"(Te rug\xc4\x83m s\xc4\x83 verifici parola \xc8\x99i \xe2\x80\x9eMetoda|)"
                R"(\xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\. \xd0\x9c\xd0\xbe\xd0\xbb\xd1\x8f, \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x82\xd0\xb5 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(Provjerite lozinku i postavke 'Metoda provjere|ni mogo\xc4\x8de overiti\. Preverite geslo in 'Metodo|)"
                R"(Comproveu la contrasenya i el \xc2\xabM\xc3\xa8tode d'autenticaci\xc3\xb3|)"
                R"(Vui l\xc3\xb2ng ki\xe1\xbb\x83m tra m\xe1\xba\xadt kh\xe1\xba\xa9u v\xc3\xa0 x\xc3\xa1c|)"
                R"(Silakan periksa kata sandi dan verifikasi)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Der Postausgangs-Server (SMTP) smtp.example.org kann nicht authentifiziert werden. Bitte \xc3\xbc" "berpr\xc3\xbc" "fen Sie das Passwort und die gew\xc3\xa4hlte \xe2\x80\x9e" "Authentifizierungsmethode\xe2\x80\x9c unter \xe2\x80\x9eKonten-Einstellungen | Postausgangs-Server (SMTP)\xe2\x80\x9c."},
    // de Authentifizierungsmethode" unter "Konten-Einstellungen | Postausgangs-Server (SMTP, fr modifier la « Méthode d’authentification » dans le menu « Paramètres des comptes | Serveur sortant (SMTP, es-ES no admite el mecanismo de identificación, ...
    {.id = "thunderbird.auth_mechanism_unsupported.localized",
     .pattern = R"(Authentifizierungsmethode\" unter \"Konten-Einstellungen \| Postausgangs-Server \(SMTP|)"
                R"(modifier la \xc2\xab\xc2\xa0M\xc3\xa9thode d\xe2\x80\x99authentification\xc2\xa0\xc2\xbb dans le menu \xc2\xab\xc2\xa0Param\xc3\xa8tres des comptes \| Serveur sortant \(SMTP|)"
                R"(no admite el mecanismo de identificaci\xc3\xb3n|non supporta il metodo di autenticazione|)"
                R"(Configura\xc3\xa7\xc3\xb5es de contas \| Servidor de envio \(SMTP|)"
                R"(n\xc3\xa3o tem suporte ao m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o selecionado\. Por favor mude|)"
                R"(Wijzig de \xe2\x80\x98Authenticatiemethode\xe2\x80\x99 in de \xe2\x80\x98Accountinstellingen \| Uitgaande server \(SMTP|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\) nie obs\xc5\x82uguje|)"
                R"(\xd0\xb8\xd0\xb7\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xc2\xab\xd0\x9c\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8\xc2\xbb \xd0\xb2 \xc2\xab\xd0\x9f\xd0\xb0\xd1\x80\xd0\xb0\xd0\xbc\xd0\xb5\xd1\x82\xd1\x80\xd1\x8b \xd1\x83\xd1\x87\xd1\x91\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb9 \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb8 \| \xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xb8\xd1\x81\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb5\xd0\xb9 \xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd1\x8b \(SMTP|)"
                R"(\xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd1\x83 \| \xd0\x92\xd0\xb8\xd1\x85\xd1\x96\xd0\xb4\xd0\xbd\xd0\xb0 \(SMTP\) \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb0|)"
                R"(pros\xc3\xadm 'Zp\xc5\xafsob autentizace' v 'Nastaven\xc3\xad \xc3\xba\xc4\x8dtu \| Odchoz\xc3\xad server \(SMTP|)"
                R"(Zme\xc5\x88te nastavenie 'Met\xc3\xb3da overenia' v okne 'Nastavenia \xc3\xba\xc4\x8dtu \| Server pre odosielanie po\xc5\xa1ty \(SMTP|)"
                R"(V\xc3\xa4nligen \xc3\xa4ndra 'Autentiseringsmetod' i 'Kontoinst\xc3\xa4llningar \| Server f\xc3\xb6r utg\xc3\xa5ende e-post|)"
                R"(godkendelsesmetode i 'Kontoindstillinger \| Udg\xc3\xa5ende server \(SMTP|)"
                R"(st\xc3\xb8tter ikke den valgte autentiseringsmetoden\. Endre 'Autentiseringsmetode|)"
                R"(asetukset - L\xc3\xa4htev\xc3\xa4n postin palvelin \(STMP|)"
                R"(M\xc3\xb3dos\xc3\xadtsa a \xe2\x80\x9eHiteles\xc3\xadt\xc3\xa9si m\xc3\xb3dszer\xe2\x80\x9d be\xc3\xa1ll\xc3\xadt\xc3\xa1st a \xe2\x80\x9ePostafi\xc3\xb3k be\xc3\xa1ll\xc3\xadt\xc3\xa1sai \| Lev\xc3\xa9lk\xc3\xbcld\xc5\x91 kiszolg\xc3\xa1l\xc3\xb3 \(SMTP\)\xe2\x80\x9d alatt|)"
                R"(Kimlik do\xc4\x9frulama y\xc3\xb6ntemi\"ni de\xc4\x9fi\xc5\x9ftirin|)"
                R"(\xcf\x83\xcf\x84\xce\xbf \xc2\xab\xce\xa1\xcf\x85\xce\xb8\xce\xbc\xce\xaf\xcf\x83\xce\xb5\xce\xb9\xcf\x82 \xce\xbb\xce\xbf\xce\xb3\xce\xb1\xcf\x81\xce\xb9\xce\xb1\xcf\x83\xce\xbc\xce\xbf\xcf\x8d \| \xce\x94\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae\xcf\x82 \xce\xb5\xce\xbe\xce\xb5\xcf\x81\xcf\x87\xce\xbf\xce\xbc\xce\xad\xce\xbd\xcf\x89\xce\xbd \(SMTP|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\] \xe3\x81\xa7 \[\xe8\xaa\x8d\xe8\xa8\xbc\xe6\x96\xb9\xe5\xbc\x8f\] \xe3\x82\x92\xe5\xa4\x89\xe6\x9b\xb4\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84|)"
                R"(\xec\x9d\x98 SMTP \xec\x84\x9c\xeb\xb2\x84\xeb\x8a\x94 \xec\x84\xa0\xed\x83\x9d\xed\x95\x9c \xec\x9d\xb8\xec\xa6\x9d \xeb\xb0\xa9\xec\x8b\x9d\xec\x9d\x84|)"
                R"(\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8c\x81\xe6\x82\xa8\xe6\x89\x80\xe9\x80\x89\xe6\x8b\xa9\xe7\x9a\x84\xe8\xae\xa4\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f\xe3\x80\x82\xe8\xaf\xb7|)"
                R"(\xe5\xaf\x84\xe4\xbb\xb6\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8 \(SMTP\)\xe3\x80\x8d\xe4\xbf\xae\xe6\x94\xb9\xe3\x80\x8c\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe5\xbc\x8f|)"
                R"(rug\xc4\x83m s\xc4\x83 schimbi \xe2\x80\x9eMetoda de autentificare\xe2\x80\x9d din \xe2\x80\x9eSet\xc4\x83rile contului \| Server de trimitere \(SMTP|)"
                R"(\xd1\x80\xd0\xb5\xd0\xb3\xd0\xb8\xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f \| \xd0\x98\xd0\xb7\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89 \xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80 \(SMTP|)"
                R"(Promijenite 'Metoda provjere autenti\xc4\x8dnosti' u 'Postavke ra\xc4\x8duna \| Poslu\xc5\xbeitelj odlazne po\xc5\xa1te \(SMTP|)"
                R"(ne podpira izbrane metode overjanja\. Spremenite|)"
                R"(no permet el m\xc3\xa8tode d'autenticaci\xc3\xb3 seleccionat\. Canvieu el \xc2\xabM\xc3\xa8tode|)"
                R"(l\xc3\xb2ng thay \xc4\x91\xe1\xbb\x95i 'Ph\xc6\xb0\xc6\xa1ng th\xe1\xbb\xa9c x\xc3\xa1c th\xe1\xbb\xb1c' trong 'C\xc3\xa0i \xc4\x91\xe1\xba\xb7t t\xc3\xa0i kho\xe1\xba\xa3n \| M\xc3\xa1y ch\xe1\xbb\xa7 g\xe1\xbb\xadi th\xc6\xb0 \(SMTP)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Der SMTP-Server smtp.example.org unterst\xc3\xbctzt die gew\xc3\xa4hlte Authentifizierungsmethode nicht. Bitte \xc3\xa4ndern Sie die \"Authentifizierungsmethode\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\"."},
    // fr SMTP) ». Si cela fonctionnait auparavant et que cela échoue à présent, il se pourrait que quelqu’un ait dérobé votre mot de passe, es-ES que se le haya sustraído su contraseña, it possibile che la password sia stata rubata, ...
    {.id = "thunderbird.encrypted_password_unsupported.localized",
     .pattern = R"(SMTP\)\xc2\xa0\xc2\xbb\. Si cela fonctionnait auparavant et que cela \xc3\xa9choue \xc3\xa0 pr\xc3\xa9sent, il se pourrait que quelqu\xe2\x80\x99un ait d\xc3\xa9rob\xc3\xa9 votre mot de passe|)"
                R"(que se le haya sustra\xc3\xaddo su contrase\xc3\xb1a|possibile che la password sia stata rubata|)"
                R"(que algu\xc3\xa9m tenha de apoderado da sua senha|)"
                R"(SMTP\)'\. Se este m\xc3\xa9todo funcionava anteriormente, \xc3\xa9 poss\xc3\xadvel que algu\xc3\xa9m tenha obtido a sua palavra-passe|)"
                R"(przesta\xc5\x82a, mo\xc5\xbce to by\xc4\x87 oznak\xc4\x85 pr\xc3\xb3by wykradzenia has\xc5\x82a|)"
                R"(\xd0\xb2\xd0\xb0\xd1\x88 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \xd0\xb1\xd1\x8b\xd0\xbb \xd1\x83\xd0\xba\xd1\x80\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbd|)"
                R"(\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c \xd0\xb1\xd1\x83\xd0\xbb\xd0\xbe \xd0\xb2\xd0\xb8\xd0\xba\xd1\x80\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe|)"
                R"(metodu autentizace na 'Heslo, nezabezpe\xc4\x8den\xc3\xbd p\xc5\x99enos'\. Pokud u\xc5\xbe tento \xc3\xba\xc4\x8det fungoval, mohlo by se jednat o pokus ukr\xc3\xa1st va\xc5\xa1e heslo|)"
                R"(mo\xc5\xben\xc3\xa9, \xc5\xbee sa niekto z\xc3\xadskal va\xc5\xa1e heslo|)"
                R"(\xc3\xb6verf\xc3\xb6ring'\. Om det tidigare fungerade och nu pl\xc3\xb6tsligt misslyckas \xc3\xa4r det ett vanligt tecken p\xc3\xa5 n\xc3\xa4r n\xc3\xa5gon f\xc3\xb6rs\xc3\xb6ker stj\xc3\xa4la ditt l\xc3\xb6senord|)"
                R"(SMTP\)'\. Hvis dine indstillinger plejer at virke, men nu fejler, kan det v\xc3\xa6re et fors\xc3\xb8g p\xc3\xa5 at stj\xc3\xa6le din adgangskode|)"
                R"(for et fors\xc3\xb8k p\xc3\xa5 \xc3\xa5 stjele passordet ditt|)"
                R"(- Jos yhteys toimi ennen, mutta lakkasi yht\xc3\xa4kki\xc3\xa4 toimimasta, salasanaasi voidaan yritt\xc3\xa4\xc3\xa4 varastaa|)"
                R"(akkor lehet, hogy ellopt\xc3\xa1k a jelszav\xc3\xa1t|)"
                R"(\xc3\xa7al\xc4\xb1\xc5\x9fm\xc4\xb1yorsa birisi parolan\xc4\xb1z\xc4\xb1 \xc3\xa7almaya \xc3\xa7al\xc4\xb1\xc5\x9f\xc4\xb1yor olabilir|)"
                R"(\xce\xbd\xce\xb1 \xce\xba\xce\xbb\xce\xb1\xcf\x80\xce\xb5\xce\xaf \xce\xbf \xce\xba\xcf\x89\xce\xb4\xce\xb9\xce\xba\xcf\x8c\xcf\x82 \xcf\x80\xcf\x81\xcf\x8c\xcf\x83\xce\xb2\xce\xb1\xcf\x83\xce\xae\xcf\x82 \xcf\x83\xce\xb1\xcf\x82|)"
                R"(\xe3\x81\xab\xe5\xa4\x89\xe6\x9b\xb4\xe3\x81\x97\xe3\x80\x81\xe5\x86\x8d\xe5\xba\xa6\xe8\xa9\xa6\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84\xe3\x80\x82\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\x8c\xe7\xaa\x81\xe7\x84\xb6\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x99\xe3\x82\x8b\xe3\x82\x88\xe3\x81\x86\xe3\x81\xab\xe3\x81\xaa\xe3\x81\xa3\xe3\x81\x9f\xe5\xa0\xb4\xe5\x90\x88\xe3\x81\xaf\xe3\x80\x81\xe8\xaa\xb0\xe3\x81\x8b\xe3\x81\x8c\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xe3\x82\x92\xe7\x9b\x97\xe3\x82\x82\xe3\x81\x86\xe3\x81\xa8\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe5\x8f\xaf\xe8\x83\xbd\xe6\x80\xa7\xe3\x81\x8c\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99|)"
                R"(\xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8\xeb\xa5\xbc \xed\x83\x88\xec\xb7\xa8\xed\x95\x9c \xec\x8b\x9c\xeb\x82\x98\xeb\xa6\xac\xec\x98\xa4\xeb\xa5\xbc \xec\x9d\x98\xec\x8b\xac\xed\x95\xb4\xeb\xb3\xbc \xeb\xa7\x8c \xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(\xe5\x8f\x91\xe4\xbb\xb6\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xef\xbc\x88SMTP\xef\xbc\x89\xe2\x80\x9d\xe4\xb8\xad\xe7\x9a\x84\xe2\x80\x9c\xe9\xaa\x8c\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f\xe2\x80\x9d\xe6\x9b\xb4\xe6\x94\xb9\xe4\xb8\xba\xe2\x80\x9c\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8\xe4\xbc\xa0\xe8\xbe\x93\xe7\x9a\x84\xe5\xaf\x86\xe7\xa0\x81\xe2\x80\x9d\xe3\x80\x82\xe5\xa6\x82\xe6\x9e\x9c\xe8\xbf\x99\xe6\x9b\xbe\xe7\xbb\x8f\xe5\x8f\xaf\xe7\x94\xa8\xe4\xbd\x86\xe7\x8e\xb0\xe5\x9c\xa8\xe5\xb7\xb2\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8c\x81\xef\xbc\x8c\xe6\x82\xa8\xe5\x8f\xaf\xe8\x83\xbd\xe8\xa6\x81\xe8\x80\x83\xe8\x99\x91\xe6\x82\xa8\xe7\x9a\x84\xe5\xaf\x86\xe7\xa0\x81\xe6\x98\xaf\xe5\x90\xa6\xe5\xb7\xb2\xe8\xa2\xab\xe7\x9b\x97|)"
                R"(SMTP\)\xe3\x80\x8d\xef\xbc\x8c\xe6\x8a\x8a\xe3\x80\x8c\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe5\xbc\x8f\xe3\x80\x8d\xe8\xa8\xad\xe5\xae\x9a\xe6\x88\x90\xe3\x80\x8c\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8\xe5\x82\xb3\xe8\xbc\xb8\xe7\x9a\x84\xe5\xaf\x86\xe7\xa2\xbc\xe3\x80\x8d\xe3\x80\x82\xe5\xa6\x82\xe6\x9e\x9c\xe6\x82\xa8\xe7\xaa\x81\xe7\x84\xb6\xe9\x81\x87\xe5\x88\xb0\xe9\x80\x99\xe5\x80\x8b\xe7\x8b\x80\xe6\xb3\x81\xef\xbc\x8c\xe4\xbb\xa3\xe8\xa1\xa8\xe5\x8f\xaf\xe8\x83\xbd\xe6\x9c\x89\xe4\xba\xba\xe6\xad\xa3\xe8\xa6\x81\xe5\x81\xb7\xe8\xb5\xb0\xe6\x82\xa8\xe7\x9a\x84\xe5\xaf\x86\xe7\xa2\xbc|)"
                R"(nu, s-ar putea s\xc4\x83 \xc8\x9bi se fi furat parola|)"
                R"(\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb0\xd1\x82\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xb8 \xd0\xbd\xd0\xb0 \xd0\xba\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb1\xd0\xb0 \xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb0|)"
                R"(mo\xc5\xbeda ste podlo\xc5\xbeni kra\xc4\x91i va\xc5\xa1e lozinke|)"
                R"(ve\xc4\x8d, je bilo va\xc5\xa1e geslo morda ukradeno|)"
                R"(sembla que no permet contrasenyes xifrades\. Si acabeu de configurar el compte, proveu \xc2\xabContrasenya, enviada|)"
                R"(th\xe1\xbb\x83 d\xe1\xbb\x85 b\xe1\xbb\x8b \xc4\x91\xc3\xa1nh c\xe1\xba\xafp m\xe1\xba\xadt kh\xe1\xba\xa9u|)"
                R"(sekarang tidak, Anda mungkin dicuri kata sandi|scheint die \xc3\x9cbertragung verschl\xc3\xbcsselter|)"
                R"(SMTP\)\xc2\xa0\xc2\xbb\. Si cela fonctionnait auparavant et que cela \xc3\xa9choue \xc3\xa0 pr\xc3\xa9sent, veuillez contacter votre administrateur de messagerie ou votre fournisseur|)"
                R"(Servidor de salida \(SMTP\)' a 'Contrase\xc3\xb1a normal|)"
                R"(uscita \(SMTP\)\xe2\x80\x9d con \xe2\x80\x9cPassword normale|)"
                R"(n\xc3\xa3o tem suporte a senhas criptografadas\. Se voc\xc3\xaa|)"
                R"(normal' como 'M\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o' nas 'Defini\xc3\xa7\xc3\xb5es da conta \| Servidor de envio \(SMTP|)"
                R"(SMTP\)\xe2\x80\x99 naar \xe2\x80\x98Normaal wachtwoord\xe2\x80\x99 te wijzigen|)"
                R"(poczty wychodz\xc4\x85cej \(SMTP\) wydaje si\xc4\x99 nie obs\xc5\x82ugiwa\xc4\x87 uwierzytelniania przy pomocy szyfrowanych hase\xc5\x82\. Prosz\xc4\x99 spr\xc3\xb3bowa\xc4\x87 zmieni\xc4\x87 metod\xc4\x99 uwierzytelniania na Zwyk\xc5\x82e|)"
                R"(SMTP\)\xc2\xbb \xd0\xbd\xd0\xb0 \xc2\xab\xd0\x9e\xd0\xb1\xd1\x8b\xd1\x87\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|)"
                R"(autentizace na 'Heslo, zabezpe\xc4\x8den\xc3\xbd p\xc5\x99enos|)"
                R"(odosielanie po\xc5\xa1ty \(SMTP\)' na 'Norm\xc3\xa1lne heslo|)"
                R"(adgangskode' i 'Kontoindstillinger \| Udg\xc3\xa5ende serverindstillinger \(SMTP|)"
                R"(Utg\xc3\xa5ende server \(SMTP\)' til 'Normalt passord|)"
                R"(nem t\xc3\xa1mogatja a titkos\xc3\xadtott jelszavak haszn\xc3\xa1lat\xc3\xa1t|)"
                R"(Normal parola\" olarak de\xc4\x9fi\xc5\x9ftirmeyi deneyin|)"
                R"(\xce\x91\xcf\x85\xcf\x84\xcf\x8c\xcf\x82 \xce\xbf \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae\xcf\x82  SMTP|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\] \xe3\x81\xa7 \[\xe8\xaa\x8d\xe8\xa8\xbc\xe6\x96\xb9\xe5\xbc\x8f\] \xe3\x82\x92 \[\xe9\x80\x9a\xe5\xb8\xb8\xe3\x81\xae\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xe8\xaa\x8d\xe8\xa8\xbc\] \xe3\x81\xab\xe5\xa4\x89\xe6\x9b\xb4\xe3\x81\x97\xe3\x80\x81\xe5\x86\x8d\xe5\xba\xa6\xe8\xa9\xa6\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84|)"
                R"(\xea\xb2\x83\xec\x9d\xb4\xeb\x9d\xbc\xeb\xa9\xb4, \xeb\xa9\x94\xec\x9d\xbc \xea\xb4\x80\xeb\xa6\xac\xec\x9e\x90\xeb\x82\x98 \xec\xa0\x9c\xea\xb3\xb5\xec\x9e\x90\xec\x97\x90\xea\xb2\x8c \xeb\xac\xb8\xec\x9d\x98 \xed\x95\x98\xec\x8b\xad\xec\x8b\x9c\xec\x98\xa4|)"
                R"(\xe5\x8f\x91\xe4\xbb\xb6\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xef\xbc\x88SMTP\xef\xbc\x89\xe2\x80\x9d\xe4\xb8\xad\xe7\x9a\x84\xe2\x80\x9c\xe9\xaa\x8c\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f\xe2\x80\x9d\xe6\x9b\xb4\xe6\x94\xb9\xe4\xb8\xba\xe2\x80\x9c\xe6\x99\xae\xe9\x80\x9a\xe5\xaf\x86\xe7\xa0\x81|)"
                R"(SMTP\)\xe3\x80\x8d\xef\xbc\x8c\xe6\x8a\x8a\xe3\x80\x8c\xe6\x99\xae\xe9\x80\x9a\xe5\xaf\x86\xe7\xa2\xbc\xe3\x80\x8d\xe8\xa8\xad\xe5\xae\x9a\xe6\x88\x90\xe3\x80\x8c\xe4\xb8\x80\xe8\x88\xac\xe5\xaf\x86\xe7\xa2\xbc|)"
                R"(trimitere \(SMTP\)\xe2\x80\x9d pe \xe2\x80\x9eParol\xc4\x83 normal\xc4\x83|)"
                R"(\xd0\xbd\xd0\xb0 \xe2\x80\x9e\xd0\x9e\xd0\xb1\xd0\xb8\xd0\xba\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb0|)"
                R"(poslu\xc5\xbeitelj \(SMTP\)' u 'Normalna lozinka|)"
                R"(stre\xc5\xbenik \(SMTP\)' spremeniti v 'Obi\xc4\x8dajno geslo|)"
                R"(normal\xc2\xbb com a \xc2\xabM\xc3\xa8tode d'autenticaci\xc3\xb3\xc2\xbb a \xc2\xabPar\xc3\xa0metres del compte \| Servidor de sortida \(SMTP|)"
                R"(SMTP\)' th\xc3\xa0nh 'M\xe1\xba\xadt kh\xe1\xba\xa9u b\xc3\xacnh th\xc6\xb0\xe1\xbb\x9dng|)"
                R"(\| Server keluar \(SMTP\) 'ke' Sandi normal)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Der SMTP-Server smtp.example.org scheint die \xc3\x9c" "bertragung verschl\xc3\xbcsselter Passw\xc3\xb6rter nicht zu unterst\xc3\xbctzen. Wenn Sie das Konto gerade neu einrichten, \xc3\xa4ndern Sie die \"Authentifizierungsmethode\" bitte versuchsweise zu \"Passwort, normal\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\"."},
    // de Passwort" unter "Konten-Einstellungen | Postausgangs-Server (SMTP, fr chiffré » dans le menu « Paramètres des comptes | Serveur sortant (SMTP, es-ES de salida (SMTP)' a 'Contraseña cifrada, ...
    {.id = "thunderbird.plain_password_refused.localized",
     .pattern = R"(Passwort\" unter \"Konten-Einstellungen \| Postausgangs-Server \(SMTP|)"
                R"(chiffr\xc3\xa9\xc2\xa0\xc2\xbb dans le menu \xc2\xab\xc2\xa0Param\xc3\xa8tres des comptes \| Serveur sortant \(SMTP|)"
                R"(de salida \(SMTP\)' a 'Contrase\xc3\xb1a cifrada|)"
                R"(uscita \(SMTP\)\xe2\x80\x9d con \xe2\x80\x9cPassword crittata|)"
                R"(de envio \(SMTP\)' para 'Senha criptografada|)"
                R"(em 'Defini\xc3\xa7\xc3\xb5es da conta \| Servidor de envio \(SMTP|)"
                R"(staat geen gebruik van plattetekstwachtwoorden|poczty wychodz\xc4\x85cej \(SMTP\) nie zezwala na|)"
                R"(SMTP\)\xc2\xbb \xd0\xbd\xd0\xb0 \xc2\xab\xd0\x97\xd0\xb0\xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|)"
                R"(\xd0\xbd\xd0\xb0 \"\xd0\x97\xd0\xb0\xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|)"
                R"(metodu autentizace na '\xc5\xa0ifrovan\xc3\xa9 heslo|)"
                R"(odosielanie po\xc5\xa1ty \(SMTP\)' na 'Za\xc5\xa1ifrovan\xc3\xa9 heslo|)"
                R"(utg\xc3\xa5ende e-post' till 'Krypterat l\xc3\xb6senord|)"
                R"(godkendelsesmetode i 'Kontoindstillinger \| Udg\xc3\xa5ende serverindstillinger \(SMTP|)"
                R"(tillater ikke passord i klartekst\. Pr\xc3\xb8v|)"
                R"(Lev\xc3\xa9lk\xc3\xbcld\xc5\x91 kiszolg\xc3\xa1l\xc3\xb3 \(SMTP\)\xe2\x80\x9d alatt\.\\u0020|)"
                R"(giden sunucusu \(SMTP\) d\xc3\xbcz metin parolalara|)"
                R"(\xce\xb3\xce\xb9\xce\xb1 \xcf\x84\xce\xb7\xce\xbd \xce\xb5\xcf\x80\xce\xb9\xce\xbb\xce\xbf\xce\xb3\xce\xae \xc2\xab\xce\x9c\xce\xad\xce\xb8\xce\xbf\xce\xb4\xce\xbf\xcf\x82 \xcf\x84\xce\xb1\xcf\x85\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7\xcf\x82\xc2\xbb \xcf\x83\xcf\x84\xce\xb9\xcf\x82 \xc2\xab\xce\xa1\xcf\x85\xce\xb8\xce\xbc\xce\xaf\xcf\x83\xce\xb5\xce\xb9\xcf\x82 \xce\xbb\xce\xbf\xce\xb3\xce\xb1\xcf\x81\xce\xb9\xce\xb1\xcf\x83\xce\xbc\xce\xbf\xcf\x8d \| \xce\x94\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae\xcf\x82 \xce\xb5\xce\xbe\xce\xb5\xcf\x81\xcf\x87\xce\xbf\xce\xbc\xce\xad\xce\xbd\xcf\x89\xce\xbd \(SMTP|)"
                R"(\xe3\x81\x8c\xe5\xb9\xb3\xe6\x96\x87\xe3\x81\xae\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xe3\x82\x92\xe8\xa8\xb1\xe5\x8f\xaf\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x80\x82\[\xe3\x82\xa2\xe3\x82\xab\xe3\x82\xa6\xe3\x83\xb3\xe3\x83\x88\xe8\xa8\xad\xe5\xae\x9a\] \xe3\x81\xae \[\xe9\x80\x81\xe4\xbf\xa1|)"
                R"(SMTP \xec\x84\x9c\xeb\xb2\x84\xeb\x8a\x94 \xed\x8f\x89\xeb\xac\xb8 \xeb\xb9\x84\xeb\xb0\x80\xeb\xb2\x88\xed\x98\xb8 \xec\x82\xac\xec\x9a\xa9\xec\x9d\x84|)"
                R"(\xe4\xb8\x8d\xe5\x85\x81\xe8\xae\xb8\xe6\x98\x8e\xe6\x96\x87\xe5\xaf\x86\xe7\xa0\x81\xe3\x80\x82\xe8\xaf\xb7\xe5\xb0\x9d\xe8\xaf\x95\xe5\xb0\x86\xe2\x80\x9c\xe8\xb4\xa6\xe5\x8f\xb7\xe8\xae\xbe\xe7\xbd\xae|)"
                R"(SMTP\) \xe4\xb8\x8d\xe6\x8e\xa5\xe5\x8f\x97\xe6\x9c\xaa\xe5\x8a\xa0\xe5\xaf\x86\xe7\x9a\x84\xe5\xaf\x86\xe7\xa2\xbc\xe3\x80\x82\xe8\xab\x8b\xe8\xa9\xa6\xe8\x91\x97\xe6\x8a\x8a\xe3\x80\x8c\xe5\xb8\xb3\xe8\x99\x9f\xe8\xa8\xad\xe5\xae\x9a\xe3\x80\x8d\xe7\x95\xb6\xe4\xb8\xad\xe3\x80\x8c\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe8\xa8\xad\xe5\xae\x9a\xe3\x80\x8d\xe7\x9a\x84\xe3\x80\x8c\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe5\xbc\x8f\xe3\x80\x8d\xe8\xa8\xad\xe5\xae\x9a\xe6\x88\x90\xe3\x80\x8c\xe5\x8a\xa0\xe5\xaf\x86\xe9\x81\x8e\xe7\x9a\x84\xe5\xaf\x86\xe7\xa2\xbc|)"
                R"(trimitere \(SMTP\)\xe2\x80\x9d pe \xe2\x80\x9eParol\xc4\x83 criptat\xc4\x83|)"
                R"(\xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80 \xd0\xb8\xd0\xb7\xd0\xb3\xd0\xbb\xd0\xb5\xd0\xb6\xd0\xb4\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xb5\xd0\xbc\xd0\xb0|)"
                R"(poslu\xc5\xbeitelj \(SMTP\)' u 'Kriptirana lozinka|ne dovoljuje gesel v golem besedilu\. Poskusite|)"
                R"(no permet les contrasenyes de text net\. Proveu|)"
                R"(SMTP\)' th\xc3\xa0nh 'M\xe1\xba\xadt kh\xe1\xba\xa9u \xc4\x91\xc6\xb0\xe1\xbb\xa3c m\xc3\xa3 h\xc3\xb3a|)"
                R"(keluar \(SMTP\) 'ke' Kata sandi terenkripsi)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Der SMTP-Server smtp.example.org erlaubt die ungesicherte \xc3\x9c" "bertragung des Passworts im Klartext nicht. \xc3\x84ndern Sie die \"Authentifizierungsmethode\" bitte versuchsweise zu \"Verschl\xc3\xbcsseltes Passwort\" unter \"Konten-Einstellungen | Postausgangs-Server (SMTP)\"."},
    // de versuchen Sie es nochmals. Der Server antwortete, fr essayez à nouveau. Le serveur à répondu, es-ES El tamaño del mensaje que está intentando, ...
    {.id = "thunderbird.message_too_large.localized",
     .pattern = R"(versuchen Sie es nochmals\. Der Server antwortete|)"
                R"(essayez \xc3\xa0 nouveau\. Le serveur \xc3\xa0 r\xc3\xa9pondu|)"
                R"(El tama\xc3\xb1o del mensaje que est\xc3\xa1 intentando|)"
                R"(messaggio e riprovare\. Il server ha risposto|O tamanho da mensagem que voc\xc3\xaa quer enviar|)"
                R"(O tamanho da mensagem que est\xc3\xa1 a tentar|probeer het opnieuw\. De server antwoordde|)"
                R"(Rozmiar wysy\xc5\x82anej wiadomo\xc5\x9bci przekracza|)"
                R"(\xd0\xa0\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f, \xd0\xba\xd0\xbe\xd1\x82\xd0\xbe\xd1\x80\xd0\xbe\xd0\xb5|)"
                R"(\xd0\xa0\xd0\xbe\xd0\xb7\xd0\xbc\xd1\x96\xd1\x80 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f, \xd1\x8f\xd0\xba\xd0\xb5|)"
                R"(Velikost odes\xc3\xadlan\xc3\xa9 zpr\xc3\xa1vy p\xc5\x99ekro\xc4\x8dila|)"
                R"(spr\xc3\xa1vy a sk\xc3\xbaste to znova\. Server odpovedal|)"
                R"(Storleken p\xc3\xa5 meddelandet du f\xc3\xb6rs\xc3\xb6ker skicka|)"
                R"(St\xc3\xb8rrelsen p\xc3\xa5 den meddelelse, du er ved|)"
                R"(St\xc3\xb8rrelsen p\xc3\xa5 meldingen du fors\xc3\xb8ker \xc3\xa5|)"
                R"(pienempi ja yrit\xc3\xa4 uudelleen\. Palvelin vastasi|)"
                R"(k\xc3\xbcldje el \xc3\xbajra\. A kiszolg\xc3\xa1l\xc3\xb3 v\xc3\xa1lasza|)"
                R"(G\xc3\xb6ndermeyi denedi\xc4\x9finiz iletinin boyutu|)"
                R"(\xce\xa4\xce\xbf \xce\xbc\xce\xad\xce\xb3\xce\xb5\xce\xb8\xce\xbf\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xce\xbc\xce\xb7\xce\xbd\xcf\x8d\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82|)"
                R"(\xe9\x80\x81\xe4\xbf\xa1\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x81\xae\xe3\x82\xb5\xe3\x82\xa4\xe3\x82\xba\xe3\x81\x8c\xe3\x82\xb5\xe3\x83\xbc|)"
                R"(\xec\x8b\x9c\xeb\x8f\x84\xed\x95\xb4 \xeb\xb3\xb4\xec\x8b\x9c\xea\xb8\xb0 \xeb\xb0\x94\xeb\x9e\x8d\xeb\x8b\x88\xeb\x8b\xa4\. \xec\x84\x9c\xeb\xb2\x84 \xec\x9d\x91\xeb\x8b\xb5|)"
                R"(\xe6\x82\xa8\xe5\xb0\x9d\xe8\xaf\x95\xe5\x8f\x91\xe9\x80\x81\xe7\x9a\x84\xe6\xb6\x88\xe6\x81\xaf\xe5\xa4\xa7\xe5\xb0\x8f\xe8\xb6\x85\xe8\xbf\x87\xe4\xba\x86\xe5\x85\xa8\xe5\xb1\x80\xe5\xa4\xa7\xe5\xb0\x8f\xe9\x99\x90\xe5\x88\xb6\xe3\x80\x82\xe6\xb6\x88\xe6\x81\xaf\xe6\x9c\xaa\xe5\x8f\x91\xe9\x80\x81\xe3\x80\x82\xe8\xaf\xb7\xe5\x87\x8f\xe5\xb0\x91\xe6\xb6\x88\xe6\x81\xaf\xe5\xa4\xa7\xe5\xb0\x8f\xef\xbc\x8c\xe7\x84\xb6\xe5\x90\x8e\xe9\x87\x8d\xe8\xaf\x95|)"
                R"(\xe6\xad\xa3\xe5\x9c\xa8\xe5\xaf\x84\xe9\x80\x81\xe7\x9a\x84\xe9\x83\xb5\xe4\xbb\xb6\xe8\xb6\x85\xe9\x81\x8e\xe4\xba\x86\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84|)"
                R"(M\xc4\x83rimea mesajului pe care \xc3\xaencerci s\xc4\x83-l|)"
                R"(\xd0\xa0\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80\xd1\x8a\xd1\x82 \xd0\xbd\xd0\xb0 \xd0\xb8\xd0\xb7\xd0\xbf\xd1\x80\xd0\xb0\xd1\x89\xd0\xb0\xd0\xbd\xd0\xbe\xd1\x82\xd0\xbe|)"
                R"(Veli\xc4\x8dina poruke koju poku\xc5\xa1avate poslati|)"
                R"(in poskusite znova\. Stre\xc5\xbenik je odgovoril|La mida del missatge que proveu d'enviar|)"
                R"(th\xe1\xbb\xad l\xe1\xba\xa1i\. M\xc3\xa1y ch\xe1\xbb\xa7 \xc4\x91\xc3\xa3 ph\xe1\xba\xa3n h\xe1\xbb\x93i|)"
                R"(Ukuran pesan yang ingin Anda kirim melebihi)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "Die Gr\xc3\xb6\xc3\x9f" "e der zu sendenden Nachricht \xc3\xbc" "bersteigt das globale Gr\xc3\xb6\xc3\x9f" "enlimit des Servers. Die Nachricht wurde nicht gesendet; reduzieren Sie die Nachrichtengr\xc3\xb6\xc3\x9f" "e und versuchen Sie es nochmals. Der Server antwortete: smtp.example.org."},
    // de Die Nachricht wurde nicht gesendet, weil, fr a été dépassé. Le serveur a répondu, es-ES de destinatarios. El servidor respondió, ...
    {.id = "thunderbird.too_many_recipients.localized",
     .pattern = R"(Die Nachricht wurde nicht gesendet, weil|)"
                R"(a \xc3\xa9t\xc3\xa9 d\xc3\xa9pass\xc3\xa9\. Le serveur a r\xc3\xa9pondu|)"
                R"(de destinatarios\. El servidor respondi\xc3\xb3|limite consentito\. Il server ha risposto|)"
                R"(A mensagem n\xc3\xa3o foi enviada por exceder o|A mensagem n\xc3\xa3o foi enviada porque excedeu|)"
                R"(Het bericht is niet verzonden, omdat het|)"
                R"(Wiadomo\xc5\x9b\xc4\x87 nie zosta\xc5\x82a wys\xc5\x82ana z\xc2\xa0powodu|)"
                R"(\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb9\. \xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd0\xb8\xd0\xbb|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x83\xd0\xbb\xd0\xbe \xd0\xbd\xd0\xb0\xd0\xb4\xd1\x96\xd1\x81\xd0\xbb\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(Zpr\xc3\xa1va nebyla odesl\xc3\xa1na, proto\xc5\xbee p\xc5\x99ekro\xc4\x8dila|)"
                R"(Spr\xc3\xa1va nebola odoslan\xc3\xa1 z d\xc3\xb4vodu prekro\xc4\x8denia|)"
                R"(Meddelandet skickades inte p\xc3\xa5 grund av att|Meddelelsen blev ikke sendt, fordi antallet|)"
                R"(Meldingen ble ikke sendt p\xc3\xa5 grunn av at|)"
                R"(sallittu m\xc3\xa4\xc3\xa4r\xc3\xa4 ylittyi\. Palvelin vastasi|)"
                R"(Az \xc3\xbczenet nem lett elk\xc3\xbcldve, mert t\xc3\xball\xc3\xa9pte|)"
                R"(\xc4\xb0zin verilen al\xc4\xb1c\xc4\xb1 say\xc4\xb1s\xc4\xb1 a\xc5\x9f\xc4\xb1ld\xc4\xb1\xc4\x9f\xc4\xb1|)"
                R"(\xce\xa4\xce\xbf \xce\xbc\xce\xae\xce\xbd\xcf\x85\xce\xbc\xce\xb1 \xce\xb4\xce\xb5\xce\xbd \xce\xb1\xcf\x80\xce\xb5\xcf\x83\xcf\x84\xce\xac\xce\xbb\xce\xb7 \xce\xbb\xcf\x8c\xce\xb3\xcf\x89|)"
                R"(\xe5\x8f\x97\xe4\xbf\xa1\xe8\x80\x85\xe3\x81\xae\xe8\xa8\xb1\xe5\xae\xb9\xe6\x95\xb0\xe3\x82\x92\xe8\xb6\x85\xe3\x81\x88\xe3\x81\x9f\xe3\x81\x9f\xe3\x82\x81\xe3\x83\xa1|)"
                R"(\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c \xec\x88\x98\xec\x9d\x98 \xed\x95\x9c\xeb\x8f\x84\xeb\xa5\xbc \xec\xb4\x88\xea\xb3\xbc\xed\x95\x98\xec\x97\xac|)"
                R"(\xe6\xb6\x88\xe6\x81\xaf\xe5\x8f\x91\xe9\x80\x81\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x8c\xe5\x9b\xa0\xe4\xb8\xba\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba\xe6\x95\xb0\xe9\x87\x8f|)"
                R"(\xe7\x94\xb1\xe6\x96\xbc\xe8\xb6\x85\xe9\x81\x8e\xe5\x85\x81\xe8\xa8\xb1\xe7\x9a\x84\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85\xe6\x95\xb8\xe9\x87\x8f\xef\xbc\x8c\xe8\xa8\x8a|)"
                R"(permis de destinatari\. Serverul a r\xc4\x83spuns cu|)"
                R"(\xd0\xa1\xd1\x8a\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb5 \xd0\xb1\xd0\xb5\xd1\x88\xd0\xb5 \xd0\xb8\xd0\xb7\xd0\xbf\xd1\x80\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbd\xd0\xbe|)"
                R"(broja primatelja\. Poslu\xc5\xbeitelj je odgovorio|)"
                R"(\xc5\xa1tevila prejemnikov\. Stre\xc5\xbenik je odgovoril|)"
                R"(destinataris perm\xc3\xa8s\. El servidor ha respost|)"
                R"(Th\xc6\xb0 kh\xc3\xb4ng \xc4\x91\xc6\xb0\xe1\xbb\xa3c g\xe1\xbb\xadi do v\xc6\xb0\xe1\xbb\xa3t qu\xc3\xa1|)"
                R"(penerima yang diizinkan\. Server menjawab)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "Die Nachricht wurde nicht gesendet, weil die erlaubte Anzahl an Empf\xc3\xa4ngern \xc3\xbc" "berschritten wurde. Der Server antwortete: smtp.example.org."},
    // de kann nicht mit STARTTLS aufgebaut werden, fr votre fournisseur d’accès à Internet, es-ES o contacte con su proveedor del servicio, ...
    {.id = "thunderbird.starttls_not_advertised.localized",
     .pattern = R"(kann nicht mit STARTTLS aufgebaut werden|)"
                R"(votre fournisseur d\xe2\x80\x99acc\xc3\xa8s \xc3\xa0 Internet|)"
                R"(o contacte con su proveedor del servicio|sicuro con il server di posta in uscita \(SMTP|)"
                R"(servidor ou contate o fornecedor de servi\xc3\xa7o|)"
                R"(usando STARTTLS, uma vez que ele n\xc3\xa3o anuncia|tot stand brengen met STARTTLS, aangezien|)"
                R"(lub skontaktowa\xc4\x87 si\xc4\x99 z\xc2\xa0dostawc\xc4\x85 us\xc5\x82ugi|)"
                R"(\xd1\x81 \xd0\xb8\xd1\x81\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb5\xd0\xbc STARTTLS|)"
                R"(\xd1\x81\xd0\xb2\xd0\xbe\xd1\x97\xd0\xbc \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xbf\xd0\xbe\xd1\x81\xd0\xbb\xd1\x83\xd0\xb3|)"
                R"(kontaktujte sv\xc3\xa9ho poskytovatele slu\xc5\xbeeb|so serverom pre odosielanie po\xc5\xa1ty \(SMTP|)"
                R"(med STARTTLS eftersom den inte annonserat|denne server eller kontakt din mailudbyder|)"
                R"(med STARTTLS, siden den ikke st\xc3\xb8tter den|ei kyetty muodostamaan suojattua yhteytt\xc3\xa4|)"
                R"(lev\xc3\xa9lk\xc3\xbcld\xc5\x91 \(SMTP\) kiszolg\xc3\xa1l\xc3\xb3hoz a STARTTLS|)"
                R"(SMTP sunucusuyla g\xc3\xbcvenli bir ba\xc4\x9flant\xc4\xb1|)"
                R"(\xce\xbc\xce\xb5 \xcf\x87\xcf\x81\xce\xae\xcf\x83\xce\xb7 STARTTLS, \xce\xb5\xcf\x80\xce\xb5\xce\xb9\xce\xb4\xce\xae \xce\xb4\xce\xb5\xce\xbd|)"
                R"(\xe3\x81\x8c STARTTLS \xe3\x82\x92\xe3\x82\xb5\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xaa\xe3\x81\x84\xe3\x81\x9f\xe3\x82\x81\xe3\x80\x81\xe4\xbf\x9d\xe8\xad\xb7\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe7\xa2\xba\xe7\xab\x8b\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f\xe3\x80\x82STARTTLS|)"
                R"(\xec\x97\x90 STARTTLS\xeb\xa5\xbc \xed\x86\xb5\xed\x95\x9c \xeb\xb3\xb4\xec\x95\x88 \xec\x97\xb0\xea\xb2\xb0\xec\x9d\x84 \xed\x95\xa0|)"
                R"(STARTTLS\xef\xbc\x8c\xe6\x88\x96\xe8\x80\x85\xe8\x81\x94\xe7\xb3\xbb\xe6\x82\xa8\xe7\x9a\x84\xe6\x9c\x8d\xe5\x8a\xa1\xe6\x8f\x90\xe4\xbe\x9b\xe5\x95\x86|)"
                R"(\xe4\xb8\xa6\xe6\x9c\xaa\xe5\xae\xa3\xe7\xa8\xb1\xe6\x9c\x89 STARTTLS \xe5\x8a\x9f\xe8\x83\xbd\xef\xbc\x8c\xe6\x95\x85\xe7\x84\xa1\xe6\xb3\x95\xe4\xbb\xa5|)"
                R"(folosind STARTTLS pentru c\xc4\x83 serverul nu|)"
                R"(\xd1\x81\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb6\xd0\xb5\xd1\x82\xd0\xb5 \xd1\x81 \xd0\xb2\xd0\xb0\xd1\x88\xd0\xb8\xd1\x8f \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0\xd0\xb2\xd1\x87\xd0\xb8\xd0\xba|)"
                R"(koriste\xc4\x87i STARTTLS, jer poslu\xc5\xbeitelj ne|se obrnite na svojega ponudnika storitev|)"
                R"(utilitzant STARTTLS, at\xc3\xa8s que no fa con\xc3\xa8ixer|)"
                R"(b\xe1\xba\xb1ng c\xc3\xa1ch s\xe1\xbb\xad d\xe1\xbb\xa5ng STARTTLS v\xc3\xac n\xc3\xb3|)"
                R"(server itu atau hubungi penyedia layanan Anda)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Fehler beim Senden der Nachricht: Eine sichere Verbindung mit dem SMTP-Server smtp.example.org kann nicht mit STARTTLS aufgebaut werden, da der Server diese Funktion nicht angibt. Schalten Sie STARTTLS f\xc3\xbcr diesen Server ab oder kontaktieren Sie Ihren Anbieter des E-Mail-Diensts."},

    // --- DNS ---------------------------------------------------------------------------------
    {.id = "dns.temporary_failure",
     .pattern = R"(Temporary failure in name resolution|EAI_AGAIN|Errno -3\]|Host not found, try again|SERVFAIL|getaddrinfo: Try again|server misbehaving)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "socket.gaierror: [Errno -3] Temporary failure in name resolution"},
    {.id = "node.dns_query_error", .pattern = R"(query[A-Z]{0,5} E[A-Z]{3,})",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "Error: queryA EREFUSED smtp.example.org { code: 'EDNS', syscall: 'queryA', command: 'CONN' }"},
    {.id = "dns.name_not_found",
     .pattern = R"(ENOTFOUND|\{error, ?:?nxdomain\}|:nxdomain\b|Name or service not known|nodename nor servname|No address associated with hostname|getaddrinfo failed|gethostbyname failed|DNS lookup fail(?:ure|ed)|Errno 11001|WinError 11001\]|\(11001\)|WSAHOST_NOT_FOUND|cannot locate host|No such host is known|remote name could not be resolved|no such host\b|UnknownHostException|Could not resolve host|curl: \(6\)|\bunknown host\b|Unknown SMTP host|\bUnable to locate [A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*$|Could not find the host|Kan adres van server\b.{0,200}\bniet achterhalen|)"
                // mutt/neomutt's "Could not find the host" in Japanese
                R"(\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88 "[^"]{1,200}" \xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x89\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|\bHost not found\b|gaierror: \[Errno -[25]\]|)"
                R"(Der Name oder der Dienst ist nicht bekannt|Nom ou service inconnu|Nombre o servicio desconocido|)"
                R"(Nome ou servi\S{1,3}o desconhecido|Nome o servizio sconosciuto|)"
                R"(chec de la recherche de l\S{1,3}h\S{1,3}te)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient,
     .sample = "socket.gaierror: [Errno -2] Name or service not known",
     .remediation = "The SMTP host name does not resolve: check its spelling against the provider's documented "
                    "name (`dig +short HOST`); if every name fails, fix the resolver (/etc/resolv.conf, the "
                    "container's DNS)."},
    {.id = "smtp.host_unknown",
     .pattern = R"(\bHost unknown\b|Host or domain name not found|domain (?:name )?(?:does not exist|not found)|no such domain|non-?existent domain|NonExistentDomain|Unrout(?:e)?able address)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient,
     .sample = "550 Host unknown"},
    {.id = "smtp.sender_domain_missing", .pattern = R"(Domain of sender address .*does not exist)",
     .reason = "rejected", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "553 5.1.8 <root@host.example.invalid>... Domain of sender address root@host.example.invalid does "
               "not exist",
     .remediation = "The sender's domain has no DNS records: publish A/MX records for it, or set a sender "
                    "address (and myhostname) under a domain that resolves."},
    {.id = "client.status.x.4.4.unroutable", .status = "*.4.4", .reason = "hostunknown", .cause = C::dns,
     .scopes = kClient, .sample = "554 5.4.4 Unable to route"},
    {.id = "exim.mx_points_nowhere", .pattern = R"(all relevant MX records point to non-existent hosts)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient,
     .sample = "all relevant MX records point to non-existent hosts"},
    {.id = "gmail.dns_error.nxdomain",
     .pattern = R"(DNS Error: .*(?:NXDOMAIN|Domain name not found|had no relevant answers))",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "DNS Error: 27622591 DNS type 'mx' lookup of example.invalid responded with code NXDOMAIN Domain "
               "name not found: example.invalid"},
    {.id = "smtp.null_mx", .pattern = R"(doesn't receive email according to the administrator|Null ?MX)",
     .reason = "notaccept", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "DNS Error: 1234 DNS type 'mx' lookup of example.org responded with code NOERROR The domain "
               "example.org doesn't receive email according to the administrator: returned Null MX"},

    // --- Spam policy -----------------------------------------------------------------------------
    {.id = "spam.dnsbl_listed",
     .pattern = R"(spamhaus|spamcop|barracudacentral|\bRBL\b|\bDNSBL\b|black ?list(?:ed)?|block ?list(?:ed)?\b|listed (?:on|at|in) |Cloudmark|\bSORBS\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "553 5.7.1 Your IP 192.0.2.10 is listed on the Spamhaus SBL, see https://check.spamhaus.org/"},
    {.id = "spam.ip_reputation",
     .pattern = R"(poor reputation|low reputation|bad reputation|reputation (?:fail|too low)|IP reputation|Bad IP|banned sending IP|sender\.office\.com|not currently accepting mail from your ip|traffic not accepted from this IP)",
     .reason = "badreputation", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please "
               "visit https://sender.office.com/"},
    {.id = "gmail.low_reputation", .status = "*.7.", .pattern = R"(very low reputation of the sending)",
     .reason = "badreputation", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "421-4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To "
               "protect our users from spam, mail sent from your IP address has been temporarily rate limited."},
    {.id = "gmail.5xx.unusual_rate_blocked", .code_min = 500, .code_max = 599,
     .pattern = R"(unusual rate of (?:unsolicited )?mail)", .reason = "blocked", .cause = C::spam_policy, .scopes = kClient,
     .priority = 2,
     .sample = "550-5.7.1 Our system has detected an unusual rate of unsolicited mail originating from your IP "
               "address. To protect our users from spam, mail sent from your IP address has been blocked."},
    {.id = "spam.dmarc", .pattern = R"(\bDMARC\b)", .reason = "authfailure", .cause = C::spam_policy, .scopes = kClient,
     .sample = "550 5.7.1 Email rejected per DMARC policy for example.org"},
    {.id = "spam.spf_dkim",
     .pattern = R"(\bSPF\b.{0,40}(?:fail|not (?:pass|allowed)|invalid|check)|\bDKIM\b.{0,30}(?:fail|not pass|invalid)|senders to authenticate with|fails to pass authentication checks|\bSPF or DKIM\b|(?:mail|message|email) is unauthenticated)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all)."},
    {.id = "spam.ptr_missing",
     .pattern = R"(reverse DNS|\bPTR\b|\brDNS\b|IP name lookup failed|does not resolve to an IP|reverse (?:lookup|hostname)|without a valid sender domain)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.7.25 The IP address sending this message does not have a PTR record setup."},
    {.id = "spam.helo_invalid",
     .pattern = R"(invalid helo|helo (?:name )?(?:is )?invalid|bad helo|HELO/EHLO argument|SMTPHeloError.{0,40}invalid)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kClient,
     .sample = "550 invalid helo given"},
    {.id = "spam.content",
     .pattern = R"(content rejected|\bspam\b|\bUBE\b|unsolicited|junk mail|blocked because its content|content filter|SpamAssassin|security policies|message filtered)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "550 5.7.1 Message rejected as spam by Content Filtering."},
    {.id = "spam.policy",
     .pattern = R"(polic(?:y|ies) (?:violation|reasons|rejection)|denied by policy|Local Policy|rejected for policy|Access denied|Service refus|not accepted due to)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "550 5.7.0 Local Policy Violation"},
    {.id = "yahoo.user_complaints", .pattern = R"(deferred due to (?:unexpected volume or )?user complaints)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to user complaints - 4.16.55.1"},
    {.id = "facebook.recipient_preferences",
     .pattern = R"(RCP-P[23]\b|recipient preferences|privacy settings blocked)",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to "
               "recipient preferences"},
    {.id = "smtp.sender_rejected",
     .pattern = R"(sender rejected|Sender address rejected|envelope from address .*not accepted|sender (?:is )?not (?:allowed|authorized)|)"
                // iOS Mail ("The sender address was invalid/rejected", German "Die Absenderadresse war ungültig"),
                // La Poste's "Emetteur invalide. Invalid Sender."
                R"(sender address was (?:invalid|rejected)|Absenderadresse war ung\S{1,3}ltig|Emetteur invalide|\bInvalid Sender\b|mismatches client ip|Purported Responsible Address|not allowed to send mail|sender address .{0,40}(?:refused|denied))",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "550 5.1.0 <bounce@example.org> sender rejected."},
    {.id = "phpmailer.data_not_accepted", .pattern = R"(SMTP Error: data not accepted|SMTPDataError|Message failed:)",
     .reason = "data_rejected", .cause = C::spam_policy, .scopes = kClient, .weight = Weight::vague,
     .sample = "SMTP Error: data not accepted."},

    // The client read a success where it waited for another step ("Expected
    // response code 354 but got code 250"): client and server are out of step,
    // most often a reply left over from pipelined commands or a proxy in between.
    {.id = "client.out_of_step_reply",
     .pattern = R"(Expected response code "?\d{3}"?(?:,? (?:or|and) "?\d{3}"?)* but got (?:code |an? )?"?[23]\d\d\b)",
     .reason = "syntaxerror", .cause = C::outdated_client, .scopes = kClient, .weight = Weight::decisive,
     .sample = "Expected response code \"354\" but got code \"250\", with message \"250 2.1.5 Ok\".",
     .remediation = "The mail library got a success reply where it expected the next step: it and the server are "
                    "out of step. Turn off command pipelining in the library if it has such an option, check for "
                    "an SMTP proxy or antivirus in between, and update the library."},

    // Microsoft refusing mail it reads as outbound spam: Outlook.com's
    // "OutboundSpamException ... WASCL UserAction verdict", Exchange Online's
    // 5.7.501-5.7.503 ("Access denied, spam abuse detected", "banned sender").
    {.id = "microsoft.outbound_spam",
     .pattern = R"(OutboundSpamException|WASCL UserAction verdict|spam abuse detected|\b5\.7\.50[1-3]\b)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kClient, .priority = 2,
     .sample = "554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a "
               "permanent exception with message WASCL UserAction verdict is not None.",
     .remediation = "Microsoft holds this account's (or IP's) outgoing mail for spam: check the account for a "
                    "compromise and reset its password, then ask Microsoft to lift the block (Outlook.com: sign "
                    "in and verify; Microsoft 365: the admin's Restricted entities page); do not retry in a loop."},

    // mutt and neomutt's own messages (the English of the catalogs that
    // corpora/gen/mutt_localized.py reads for the rules in other languages).
    {.id = "mutt.connection_closed", .pattern = R"(^Connection to \S+ closed$|^Server closed connection$)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Connection to smtp.example.org closed"},
    {.id = "mutt.no_sasl", .pattern = R"(SMTP authentication requires SASL|^No authenticators available$)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 1,
     .sample = "SMTP authentication requires SASL",
     .remediation = "The mail program cannot log in with any method the server offers: build or install it "
                    "with SASL support (mutt/neomutt with libsasl2 or gsasl, and the SASL modules for PLAIN "
                    "and LOGIN), or pick a method both sides have (smtp_authenticators)."},
    {.id = "mutt.no_authenticator_or_credentials", .pattern = R"(No authenticators available or wrong credentials)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "No authenticators available or wrong credentials"},
    {.id = "mutt.no_encryption", .pattern = R"(^Encrypted connection unavailable$)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Encrypted connection unavailable"},
    {.id = "mutt.sendmail_unset", .pattern = R"(\$sendmail must be set in order to send mail)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "$sendmail must be set in order to send mail"},

    // --- Rate limits -------------------------------------------------------------------------------
    {.id = "yahoo.421.volume_deferred", .pattern = R"(deferred due to unexpected volume|\[(?:TSS|IPTS)0[0-9]\].*volume)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user "
               "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"},
    {.id = "gmail.4xx.unusual_rate_limited", .code_min = 400, .code_max = 499,
     .pattern = R"(unusual rate of (?:unsolicited )?mail)", .reason = "speeding", .cause = C::rate_limit, .scopes = kClient,
     .priority = 2,
     .sample = "421-4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP "
               "address. To protect our users from spam, mail sent from your IP address has been temporarily rate "
               "limited."},
    // Gmail's answer to too many connections or commands from one client in a
    // short time (its documentation: a denial-of-service guard), often at HELO.
    {.id = "gmail.421.try_again_later_closing", .code_min = 421, .code_max = 421,
     .pattern = R"(Try again later, closing connection)", .reason = "toomanyconn", .cause = C::rate_limit,
     .scopes = kClient, .priority = 2,
     .sample = "421 4.7.0 Try again later, closing connection. (EHLO) d9443c01a7336-1f6e2a5sm12345pla.12 - gsmtp",
     .remediation = "Gmail is turning away a burst of connections from this client: open fewer connections at "
                    "once and reuse one for several messages, then retry after a pause."},
    {.id = "microsoft.4.7.650.reputation_throttle", .status = "*.7.", .pattern = R"(rate limited due to IP reputation|\b4\.7\.65[01]\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation."},
    {.id = "microsoft.4.7.5xx.server_busy", .pattern = R"(Server busy\. Please try again later from)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77719)",
     .remediation = "Microsoft throttles this sending IP for now: lower the sending rate to Outlook.com/Microsoft "
                    "365 recipients and let the queue retry; persistent throttling points to IP reputation (SNDS)."},
    {.id = "provider.sending_quota",
     .pattern = R"(sending (?:limit|quota) exceeded|Daily user sending|exceeded (?:its|the|your) (?:24-hour|daily|hourly) (?:sending|message)|messages per (?:day|hour)|daily (?:sending )?(?:limit|quota)|hourly (?:sending )?limit|5\.1\.90|SubmissionQuotaExceeded|(?:message|recipient) rate limit exceeded|number of allowed outgoing messages|outgoing (?:message|mail) (?:limit|quota)|relay quota|max(?:imum)? (?:e-?mails|messages) per (?:day|hour)|recipient limit exceeded|invoked too many times for one day|)"
                // Zoho's "5.4.6 Unusual sending activity detected"; cPanel's "has exceeded the max emails per
                // hour", "... the max defers and failures per hour"
                R"(unusual sending activity detected|exceeded the max (?:emails|defers and failures) per hour)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "550 5.4.5 Daily user sending quota exceeded. - gsmtp",
     .remediation = "The account reached its sending quota (messages or recipients per day or hour): wait for "
                    "the window to reset, spread the sending, or move bulk mail to a service meant for it."},
    {.id = "smtp.rate_limited",
     .pattern = R"(rate ?limit(?:ed)?|ratelimit|too many (?:concurrent |simultaneous |parallel |smtp )*(?:connections|sessions|messages|mails|emails)|receiving mail (?:at a rate|too quickly)|too much mail|frequency limit|throttl|sending rate|Connection rate limit)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "452 4.3.2 Connection rate limit exceeded."},
    {.id = "smtp.too_many_recipients", .pattern = R"(too many recipients)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "452 4.5.3 Too many recipients"},

    // --- TLS mismatch --------------------------------------------------------------------------------
    {.id = "mailkit.port587_plain_text",
     .pattern = R"(port 587 is typically reserved for plain-text|port 25 is typically reserved for plain-text)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS "
               "connection. When connecting to an SMTP service, port 587 is typically reserved for plain-text "
               "connections.",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.wrong_version_number.starttls_port",
     .pattern = R"((?:wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|Unrecognized SSL message|unexpected packet format).*(?:[a-z\]]:|\d\.\d{1,3}:|port:? |, |port=)(?:587|25)\b|(?:[a-z\]]:|\d\.\d{1,3}:|port:? |, |port=)(?:587|25)\b.*(?:wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|Unrecognized SSL message|unexpected packet format))",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "SSL_connect returned=1 errno=0 peeraddr=192.0.2.103:587 state=error: wrong version number",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.wrong_version_number",
     .pattern = R"(wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|unerwartetes TLS-Paket|Unrecognized SSL message|unexpected packet format|does not support SSL/TLS|first record does not look like a TLS handshake|corrupt message of type InvalidContentType)",
     .reason = "wrong_version_number", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1123)",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.starttls_required",
     .pattern = R"(STARTTLS is required|must (?:use|issue) (?:a )?STARTTLS|TLS required|Encryption required|requires? (?:TLS|encryption)\b|senders to use TLS|0x800CCC7C|IXP_E_SMTP_530_STARTTLS_REQUIRED)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "530 5.7.0 Must issue a STARTTLS command first", .remediation = kFixStarttls},
    {.id = "tls.starttls_not_offered",
     .pattern = R"(STARTTLS (?:extension )?not supported|did not advertise STARTTLS|does not advertise the STARTTLS extension|does not support (?:TLS|STARTTLS)|TLS is required, but was not offered|Server does not support secure connections|STARTTLS is not (?:supported|available)|no STARTTLS|0x800CCC7D|IXP_E_SMTP_NO_STARTTLS_SUPPORT|)"
                R"(does not accept the STARTTLS command|STARTTLS command used when not advertised)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
     .remediation = kFixStarttlsMissing},
    {.id = "thunderbird.starttls_not_advertised", .pattern = R"(using STARTTLS since it doesn't advertise)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) "
               "smtp.example.org using STARTTLS since it doesn't advertise that feature.",
     .remediation = kFixStarttlsMissing},
    {.id = "tls.starttls_refused", .pattern = R"(refused to start TLS|attempt to start TLS failed|TLS not available|0x800CCC7F)",
     .reason = "starttls_refused", .cause = C::tls_mismatch, .scopes = kClientAndLog, .priority = 2,
     .sample = "TLS is required, but host mx.example.org[192.0.2.7] refused to start TLS: 454 4.7.0 TLS not "
               "available due to local problem"},
    {.id = "tls.auth_only_after_starttls",
     .pattern = R"(does not support authentication(?:[.!]|\s*$| \(SMTP-AUTH\))|kimlik do\S{1,3}rulamay\S{1,3} desteklemiyor|\bunencrypted connection\b|Authentication not supported by the remote SMTP server|no compatible authentication mechanisms for this type of connection security|AUTH (?:command )?(?:is )?not (?:allowed|available) (?:before|without)|SMTP AUTH extension not supported|server doesn'?t support AUTH|cannot use a secure authentication method)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: the server does not support authentication",
     .remediation = "The server offers AUTH only after STARTTLS (or on 465): turn on STARTTLS/TLS in the client "
                    "before authenticating, and check the port."},
    {.id = "tls.cert_self_signed", .pattern = R"(self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT|self signed)",
     .reason = "cert_self_signed", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Error: self signed certificate { code: 'ESOCKET', command: 'CONN' }",
     .remediation = "The server presents a self-signed certificate: install one from a public CA whose name "
                    "matches the host (or add the server's CA to the client's trust store)."},
    {.id = "tls.cert_name_mismatch",
     .pattern = R"(does not match (?:the )?(?:host ?name|target host)|altnames|certificate owner does not match|host name did not match|Hostname/IP does not match|ERR_TLS_CERT_ALTNAME_INVALID|RemoteCertificateNameMismatch|No subject alternative|did not match expected CN|subjectAltName did not match|does not match the server certificate|invalid peer certificate: NotValidForName|)"
                R"(Server hostname does not match certificate)",
     .reason = "cert_name_mismatch", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "msmtp: TLS certificate verification failed: the certificate owner does not match hostname "
               "mail.example.org",
     .remediation = "The certificate is for another name: connect with the host name the certificate lists "
                    "(e.g. smtp.provider.com rather than an alias or IP), or fix the server's certificate."},
    {.id = "tls.cert_untrusted",
     .pattern = R"(certificate verify failed|CERTIFICATE_VERIFY_FAILED|certificate is not trusted|unable to get local issuer certificate|unable to verify the first certificate|PKIX path building failed|certification path|certificate could not be validated|Server certificate not verified|RemoteCertificateChainErrors|certificate verification failed|UNABLE_TO_VERIFY_LEAF_SIGNATURE|certificate has expired|CERT_HAS_EXPIRED|untrusted|certificate signed by unknown authority|x509: certificate|remote certificate is invalid|invalid peer certificate|Unacceptable TLS certificate)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClientAndLog,
     .sample = "ssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable "
               "to get local issuer certificate (_ssl.c:1006)",
     .remediation = "The server's certificate is not trusted: install a full chain from a public CA on the server, "
                    "or update the client's CA store; if it happens for a big provider, look for TLS interception."},
    {.id = "tls.cert_crl_unavailable", .pattern = R"(certificate CRL|revocation (?:server|function|status))",
     .reason = "cert_revocation_unavailable", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "MailKit.Security.SslHandshakeException: The server certificate has the following errors: unable to "
               "get certificate CRL"},
    {.id = "tls.reset_during_handshake",
     .pattern = R"((?:forcibly closed|Connection reset|ECONNRESET|reset by peer|closed unexpectedly|unexpected EOF).*(?:using TLS|TLS handshake|SSL handshake|SSL/TLS|SSL_connect)|(?:TLS|SSL) handshake.*(?:forcibly closed|Connection reset|ECONNRESET|reset by peer|unexpected EOF)|)"
                R"(disconnected before secure TLS connection was established|SSLEOFError|EOF occurred in violation of protocol|)"
                R"(SSLZeroReturnError|TLS/SSL connection has been closed)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "System.IO.IOException: Unable to read data from the transport connection: An existing connection was "
               "forcibly closed by the remote host. ---> during the SSL handshake",
     .remediation = "The server dropped the connection during the TLS handshake: check that the port's TLS mode "
                    "matches (465 implicit TLS, 587 STARTTLS) and that client and server share a TLS version."},
    {.id = "php.failed_to_enable_crypto", .pattern = R"(Failed to enable crypto|SSL operation failed)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient,
     .sample = "Connection failed. Error #2: stream_socket_client(): Failed to enable crypto"},
    {.id = "tls.handshake_failed",
     .pattern = R"(SslHandshakeException|SSLHandshakeException|TLS handshake failed|handshake failed|Handshake error|SSL_connect|ssl3_get_record|Could not convert socket to TLS|TLS-Aushandlung fehlgeschlagen|TLS-handskakning misslyckades|gnutls_handshake|n\S{1,3}gociation TLS|negociaci\S{1,3}n TLS|negoziazione TLS|Unable to connect with TLS encryption|TLS negotiation failed|SSL routines|when using TLS|TLS session is required|0x800CCC1A|IXP_E_SECURE_CONNECT_FAILED|)"
                // mutt/neomutt
                R"(Could not negotiate TLS connection|^SSL failed: )",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "msmtp: TLS handshake failed: The TLS connection was non-properly terminated."},

    // --- Outdated client -------------------------------------------------------------------------------
    {.id = "smtp.auth_mechanism_unsupported",
     .pattern = R"(Invalid authentication mechanism|Unrecognized authentication type|does not support SMTP AUTH type|authentication mechanism (?:is )?(?:not supported|unavailable)|AUTH [A-Za-z0-9-]+ not available|does not support authentication method|No suitable authentication method|no form of authorization supported|None of the authentication methods|No supported authentication|0x800CCC80|SASL mechanism .{0,40}not (?:available|supported)|does not support the selected authentication method|does not seem to support encrypted passwords|does not allow plaintext passwords|)"
                // Outlook's 0x800CCC80 in German
                R"(keine der von diesem Client unterst\S{1,3}tzten Authentifizierungsmethoden)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
     .remediation = kFixMechanism},
    {.id = "tls.protocol_version_unsupported",
     .pattern = R"(No appropriate protocol|protocol is disabled or cipher suites are inappropriate|unsupported protocol|PROTOCOL_VERSION|TLSV1_ALERT_PROTOCOL_VERSION|handshake_failure|SSLV3_ALERT_HANDSHAKE_FAILURE|no shared cipher|no ciphers available|do not possess a common algorithm|dh key too small|legacy sigalg disallowed|TLSRemoteAlert|TLS 1\.[01](?: and 1\.1)? (?:is|are) not supported)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 1,
     .sample = "javax.net.ssl.SSLHandshakeException: No appropriate protocol (protocol is disabled or cipher suites "
               "are inappropriate)",
     .remediation = kFixTlsVersion},
    {.id = "smtp.line_too_long", .pattern = R"(line (?:is )?too long|Line too long)",
     .reason = "line_too_long", .cause = C::outdated_client, .scopes = kClient, .priority = 1,
     .sample = "552 message line is too long",
     .remediation = "The client sent a line over the 998-character limit: upgrade the library (it must fold "
                    "headers and encode long body lines with quoted-printable or base64)."},
    {.id = "smtp.protocol_violation",
     .pattern = R"(Protocol violation|command not implemented|command unrecognized|Unrecognized command|Bad sequence of commands|parameter not implemented|Unrecognized parameter|0x800CCC6[2-6])",
     .reason = "syntaxerror", .cause = C::outdated_client, .scopes = kClient,
     .sample = "550 Protocol violation"},

    // --- Recipients, mailboxes, sizes (replies that clients quote) ------------------------------------------
    {.id = "rcpt.user_unknown",
     .pattern = R"(user unknown|unknown user|no such user|user (?:not found|not exist|does not exist|doesn't exist)|unknown recipient|recipient unknown|recipient (?:address )?(?:not found|does not exist)|address does not exist|mailbox (?:does not exist|not found|unavailable|is inactive|not available)|no such mailbox|invalid recipient|not a valid (?:recipient|mailbox|user)|inactive email address|account that you tried to reach does not exist|RecipNotFound|doesn't have a .{0,40} account|Recipient address rejected: Access denied|#?5\.1\.0 Address rejected|no longer on server|invalid mailbox|mailbox is frozen|destinataire invalide)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient,
     .sample = "550 No such user here"},
    {.id = "gmail.5.2.1.account_disabled",
     .pattern = R"(account that you tried to reach is disabled|Disabled recipient|recipient (?:account |mailbox )?(?:is )?(?:disabled|suspended|deactivated)|mailbox (?:is )?(?:disabled|suspended))",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kClient,
     .sample = "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 "
               "https://support.google.com/mail/?p=DisabledUser - gsmtp"},
    // Postal (and other relays) after trying every MX of the domain.
    {.id = "client.no_mx_available", .pattern = R"(No SMTP servers were available for)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "No SMTP servers were available for example.org. Tried mx1.example.org and mx2.example.org"},
    // A reserved name (RFC 2606: example.com, .test, .invalid) as the recipient.
    {.id = "smtp.recipient_reserved_domain", .pattern = R"(address reserved by RFC ?2606|reserved (?:domain|TLD) .{0,30}RFC ?(?:2606|6761))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "501 5.1.5 Recipient address reserved by RFC 2606"},
    {.id = "client.recipients_refused",
     .pattern = R"(all recipients were rejected|cannot add recipient|recipient address .*not accepted|SMTPRecipientsRefused|The following recipients failed|SmtpFailedRecipient|recipients was rejected by the server|0x800CCC79)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error: Can't send mail - all recipients were rejected"},
    {.id = "mailbox.full",
     .pattern = R"(mailbox (?:is )?full|over ?quota|(?:mailbox|disk|storage|user|inbox|folder)\S* quota exceeded|quota exceeded for|QuotaExceeded|Disk quota|out of storage space|exceeded storage allocation|mailbox size limit|insufficient (?:disk )?space|ShutoffQuotaExceeded|domain (?:size|disk|storage) (?:limit|quota) exceeded|)"
                // Dovecot's quota_exceeded_message default
                R"(Quota exceeded \(mailbox for user is full\)|)"
                // Outlook's "The recipient's mailbox is full" in German, French, Italian, Spanish, Portuguese
                R"(Postfach des Empf\S{1,3}ngers ist voll|bo\S{1,3}te aux lettres du destinataire est pleine|)"
                R"(casella (?:di posta )?del destinatario \S{1,3} piena|buz\S{1,3}n del destinatario est\S{1,3} lleno|)"
                R"(caixa de correio do destinat\S{1,3}rio est\S{1,3} cheia)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kClient, .priority = 1,
     .sample = "552 5.2.2 <user@example.org>: user is over quota"},
    {.id = "message.too_large",
     .pattern = R"(message (?:file |is )?too (?:big|large)|is more than \d+ bytes long|(?:max(?:imum)?|message) (?:message )?size (?:limit|exceeded)|size exceeds|exceeded .{0,20}message size|MaxSubmissionExceeded|message size exceeds|mail size limit|exceeds (?:a temporary|the global) size limit)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "552 5.3.4 Error: message file too big"},
    {.id = "relay.access_denied",
     .pattern = R"(Relay access denied|Relaying denied|relay not permitted|not permitted to relay|unable to relay|relaying (?:is )?not allowed|(?:not|n't) in my list of allowed rcpthosts|Unable to relay recipient|Relaying disallowed|)"
                // Haraka's answer when no plugin takes the recipient's domain as its own; iOS Mail's alert
                R"(I cannot deliver mail for <|does not allow relaying)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 1,
     .sample = "554 5.7.1 <user@example.net>: Relay access denied"},

    // --- Expired and loops --------------------------------------------------------------------------------
    {.id = "exim.retry_timeout_exceeded",
     .pattern = R"(retry timeout exceeded|have been failing for a long time|QUEUE\.Expired|message expired|Envelope expired|Cannot send message for \d+ (?:days?|hours?|weeks?)|delivery time expired|did not accept our requests to connect)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .priority = 2,
     .sample = "all hosts for 'example.org' have been failing for a long time (and retry time not reached)"},
    {.id = "smtp.too_many_hops",
     .pattern = R"(too many hops|hop count exceeded|routing loop|exceeded \d+ hops|mail loop)",
     .reason = "networkerror", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "554 5.4.6 Too many hops",
     .remediation = "The message travelled in a loop between servers: check MX records, relayhost and forwarding "
                    "rules so that no host passes the message back."},
    {.id = "smtp.rfc5322_noncompliant",
     .pattern = R"(multiple addresses in From|Duplicate header|Headers too large|improper use of 8-bit data)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "554 Transaction failed: Duplicate header 'Subject'.",
     .remediation = "The message itself breaks RFC 5322 (duplicate or oversized headers, raw 8-bit headers): fix "
                    "the program that builds it, or upgrade the mail library."},
};

}  // namespace

std::span<const Rule> client_text_rules() { return kRules; }

}  // namespace mailtriage
