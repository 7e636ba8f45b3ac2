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
#include "classifiers/host_typos.h"
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
constexpr std::string_view kFixMisspeltHost =
    "The configured SMTP host name is misspelt (smtp.gmial.com, a .con for .com), so it resolves nowhere: copy "
    "the host name from the provider's settings page and check it with `dig +short HOST`.";
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
     .sample = "curl: (6) Could not resolve host: smtp.gmial.com", .remediation = kFixMisspeltHost},
    // Any provider's submission host with one letter wrong, added, dropped or
    // two swapped (host_typos.h): whether the program then says the name does
    // not resolve, the connection timed out or the certificate does not match
    // (a squatter's host), the fix is the setting.
    {.id = "client.misspelt_submission_host",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClientAndLog, .weight = Weight::decisive,
     .actions = action_bit(Action::failed) | action_bit(Action::deferred) | action_bit(Action::bounced) |
                action_bit(Action::expired),
     .hint = kMisspeltHostHint,
     .sample = "Error: getaddrinfo ENOTFOUND smtp.office365.co", .remediation = kFixMisspeltHost},
    // The provider's host with a port it does not listen on (host_typos.h):
    // the timeout or refusal that follows is the setting's doing.
    {.id = "client.provider_port_not_served",
     .reason = "wrong_port", .cause = C::server_settings, .scopes = kClientAndLog, .weight = Weight::decisive,
     .actions = action_bit(Action::failed) | action_bit(Action::deferred) | action_bit(Action::bounced) |
                action_bit(Action::expired),
     .hint = kUnservedPortHint,
     .sample = "Couldn't connect to host, port: smtp.gmail.com, 4655; timeout 60000",
     .remediation = "The program connects to the provider's server on a port it does not listen on (a digit "
                    "typed twice, or 465 for Microsoft 365, which takes 587 with STARTTLS only): set the port the "
                    "provider documents, 587 with STARTTLS or 465 with implicit TLS where offered."},
    // A host name of one label ("mailpit", "postfix", "mailrelay") that does
    // not resolve names a service only some network knows: a compose
    // network's, an /etc/hosts entry's, a search domain's. The program runs
    // where that name means nothing; the fix is the setting (the full name, or
    // the network), not the resolver.
    {.id = "client.unqualified_host_not_found",
     // (The name ends the text or a clause, or a stack frame follows it; a word
     // after it is a sentence's: Android's "UnknownHostException: Unable to
     // resolve host ...".)
     .pattern = R"((?:ENOTFOUND|EAI_AGAIN|UnknownHostException:|Unknown SMTP host:|locate host|resolve host:)\s+['"]?[a-z][a-z0-9_-]{0,62}['"]?)"
                R"((?:[,;:)]|\s*$|\s+(?:at\s|\(|\[|\{|-|\|))|)"
                R"(\blookup [a-z][a-z0-9_-]{0,62} on \S|getaddrinfo for [a-z][a-z0-9_-]{0,62} failed)",
     .reason = "unqualified_host", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "dial tcp: lookup mailrelay on 192.0.2.10:53: no such host"},
    // The same for the last label: a host that ends in ".con" or ".ogr" did
    // not fail to resolve for want of DNS, no such top-level domain exists.
    // Only where the text says a host could not be found or reached (a
    // recipient's "user@example.con" is the recipient's typo, decided by the
    // bounce rules).
    {.id = "client.host_tld_typo",
     .pattern = R"((?:UnknownHostException:?|ENOTFOUND|resolve host:?|connect to host, port:|locate host|lookup|host|server|hostname:?|network_failure, ~c)\s*['"]?)"
                R"((?:[a-z0-9-]+\.)+(?:con|cmo|ocm|cpm|xom|vom|comm|coom|cim|nte|og|ogr|rog)(?:$|[^a-z0-9.-]))",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "Couldn't connect to host, port: smtp.office365.con, 587; timeout 10000; nested exception is: "
               "java.net.UnknownHostException: smtp.office365.con",
     .remediation = kFixMisspeltHost},
    // The program's own queue gave up: what timed out on the way is the
    // history, the expiry the outcome.
    {.id = "client.queue_expired", .pattern = R"(delivery expired after|expired after \d+ ?(?:h|hours|days)\b.{0,40}attempts|MaxRetriesExceededError|)"
                // dma's "Could not deliver for the last 432000 seconds. Giving up.", a queue's
                // "stuck in retry queue for too long. Giving up.", "giving up delivery of email to"
                R"(could not deliver for the last \d+ \w+|retry queue for too long|giving up (?:on )?deliver|)"
                // sendmail's return of a message it kept too long, quoted by mailx users
                R"(could not be delivered for \d+ (?:days?|hours?)|will be deleted from (?:the )?queue|)"
                // Laravel's queue: "App\Mail\X has been attempted too many times or run too long"
                R"(MaxAttemptsExceededException|has been attempted too many times|)"
                // an application's own outbox ("dropped from outbox after 12 failed attempts over 72 h",
                // "giving up on mail to a@x after 6 attempts in 24h")
                R"(\bafter \d+ failed attempts\b|\bgiving up on (?:e-?)?mail\b.{0,120}\bafter \d+ (?:attempts|tries|retries)\b)",
     // (Decisive: the program says it gave up; the last error it quotes is the history.)
     .reason = "expired", .cause = C::expired, .scopes = kClient, .weight = Weight::decisive, .priority = 3,
     .sample = "delivery expired after 24h0m0s (12 attempts): dial tcp 198.51.100.14:25: i/o timeout"},
    // curl's CURLE_URL_MALFORMAT: the configured server URL is not one.
    {.id = "curl.url_malformed", .pattern = R"(URL using bad/illegal format or missing URL|curl: \(3\)|Invalid SMTP URL: )",
     .reason = "malformed_url", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "URL using bad/illegal format or missing URL",
     .remediation = "The SMTP server setting is not a valid URL (curl, and programs built on it such as Zabbix, "
                    "want smtp://host:587 or smtps://host:465): fix its scheme, host and port."},
    // Go's resolver: the lookup itself could not reach the DNS server.
    {.id = "go.lookup_unreachable_resolver",
     // (Without " on SERVER:53" where the system's resolver answered: "lookup smtp.example.org: i/o timeout".)
     .pattern = R"(lookup \S+(?: on [0-9a-f.:\[\]]+:53)?: .{0,80}(?:network is unreachable|i/o timeout|connection refused|server misbehaving))",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "dial tcp: lookup smtp.gmail.com on 192.0.2.53:53: dial udp 192.0.2.53:53: connect: network is unreachable"},
    {.id = "client.localhost.no_local_mta",
     // (A local port other than 25 refused too: a mail catcher or relay that is not running there.)
     .pattern = R"((?:localhost|127\.0\.0\.1)(?:&quot;|["'])?(?:, |:| port[:=]? ?|, port[:=]? ?)25\b|)"
                R"((?:localhost|127\.0\.0\.1|\[::1\]):(?:465|587|1025|2525)\b.{0,40}(?:refused|ECONNREFUSED)|)"
                R"(ECONNREFUSED (?:127\.0\.0\.1|::1):(?:465|587|1025|2525)\b|)"
                // BusyBox sendmail: "can't connect to remote host (127.0.0.1): Connection refused"; Odoo's
                // "Mail delivery failed via SMTP server 'localhost'. error: 111 Connection refused"
                R"(remote host \(127\.0\.0\.1\): Connection refused|SMTP server '(?:localhost|127\.0\.0\.1)'.{0,40}Connection refused)",
     .reason = "no_local_mta", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: localhost, 25; timeout -1; "
               "nested exception is: java.net.ConnectException: Connection refused",
     .remediation = kFixNoLocalMta},
    // PHP's mail(), cron and many scripts hand mail to a local sendmail binary;
    // on a host without an MTA the shell or the library says it is missing.
    {.id = "client.sendmail_binary_missing",
     .pattern = R"(sendmail: (?:\d+: )?(?:not found|No such file or directory|command not found)|Could not execute: \S*sendmail|Could not instantiate mail function|No MTA installed|Cannot start \S*sendmail|)"
                R"(/bin/mailx?: not found|\bmailx?: command not found|)"
                // atd's and ZFS's zed's words for a mail command that is not there; smartd's
                // "Warning via <mail> to root: failed (32-bit/8-bit exit status: 32512/127)"
                R"(Exec failed for mail command: No such file|"mail" not installed|exit status: \d+/127\b|)"
                // mutt's "Error sending message, child exited 127 (Exec error.)": the shell found no such program
                R"(child exited 127\b|\bexit(?:ed)?(?: with)?(?: status| code)?[ :=]{1,3}127\b|)"
                // a script's "failed to send email notification for: ... with error code 127." (Netdata's alarm-notify.sh)
                R"(failed to send (?:an? )?e-?mail\b.{0,300}\b(?:error|exit|return) code 127\b|)"
                // unattended-upgrades ("No /usr/bin/mail or /usr/sbin/sendmail, can not send mail"),
                // Netdata's alarm-notify.sh ("cannot find sendmail command in the system path"), a
                // monitoring server's mail command whose binary is missing ("| /bin/mail -s ... resulted
                // in a return code of 127")
                R"(No /usr/bin/mail or /usr/sbin/sendmail|cannot find sendmail command|)"
                // cron's "(mailed 312 bytes of output but got status 0x007f)": the mailer exited 127, not found;
                // anacron's "Can't find sendmail at /usr/sbin/sendmail"; systemd-cron's "can't send error
                // mail for x.service without a MTA"
                R"(but got status 0x0*7f\b|Can't find sendmail at|can't send error mail for \S+ without an? MTA|)"
                // Movable Type's "You do not have a valid path to sendmail on your machine."
                R"(do not have a valid path to sendmail|)"
                // Go's gomail/PocketBase sendmail transport: "Failed to locate a sendmail executable path."
                R"(Failed to locate a sendmail executable|)"
                R"(/(?:usr/)?s?bin/(?:mailx?|sendmail)\b.{0,400}\breturn code of 127\b)",
     .reason = "sendmail_missing", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "sh: 1: /usr/sbin/sendmail: not found",
     .remediation = "The program hands mail to a local sendmail command that is not installed (or not working): "
                    "install an MTA or a sendmail-compatible relay to the provider (msmtp-mta, dma), or configure "
                    "the program to send over SMTP with the provider's host, port and login."},
    // WordPress when wp_mail() fails on PHP's mail(), in its translations
    // ("Possible reason: your host may have disabled the mail() function.").
    {.id = "wordpress.mail_function_disabled",
     .pattern = R"(mail\(\)[ -]?(?:function|Funktion)? (?:deaktiviert|disabled)|)"
                R"((?:disabled|d\S{1,2}sactiv\S{1,3}|deaktiviert|desactivado|disattivato|desativado) )"
                R"((?:the |la |a |die )?(?:fonction |funci\S{1,2}n |funzione |fun\S{1,4}o |Funktion )?mail\(\))",
     .reason = "sendmail_missing", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "The email could not be sent. Possible reason: your host may have disabled the mail() function.",
     .remediation = "PHP's mail() did not take the message (disabled by the host, or no local sendmail behind it): "
                    "send over SMTP instead (an SMTP plugin with the provider's host, port and login), or have "
                    "the host enable mail()."},
    // GNU Mailutils' mail(1) when the sendmail it hands the message to exits
    // with an error: the program ran (a missing one is exit 127, read above),
    // and its own words, in the mail log or its stderr, hold the reason.
    {.id = "mailutils.sendmail_failed", .pattern = R"(cannot send message: Process exited with a non-zero status)",
     .reason = "mail_program_failed", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "mail: cannot send message: Process exited with a non-zero status",
     .remediation = "mail(1) handed the message to the local sendmail command and it failed: the MTA's own log "
                    "(journalctl -u postfix, /var/log/mail.log, msmtp's log) names the reason; run "
                    "`echo test | sendmail -v root` to see it."},
    // Windows Mail (and Outlook's app) says only that the outgoing server
    // settings did not work: the host, port, encryption or login to check;
    // so do printers' and scanners' send-to-mail errors ("Check the SMTP
    // server name, ...").
    {.id = "windows_mail.check_smtp_settings",
     .pattern = R"(Check (?:your|the) (?:(?:sending|outgoing) )?\(?SMTP\)? server(?:'s)? (?:settings|name|address|host))",
     .reason = "smtp_settings", .cause = C::server_settings, .scopes = kClient,
     .sample = "We couldn't send your message. Check your sending (SMTP) server settings and try again.",
     .remediation = "The app names no detail: compare host, port (587 STARTTLS or 465 SSL), encryption and the "
                    "login (full address, app password where the provider needs one) with the provider's settings."},
    // Small libraries' words for a refused login: ESP32 MailClient's "login
    // password is not valid", SmtpClient-for-Qt's "Failed to login!".
    {.id = "client.login_refused_plain",
     .pattern = R"(\blogin password is not valid\b|^\s*Failed to log ?in!?\s*$)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Error sending Email, login password is not valid",
     .remediation = kFixWebLogin},
    // ESP Mail Client's RCPT TO refusal ("Error, Status Code: 550, Error Code:
    // -108, Reason: set recipient failed"): the server refused the address.
    {.id = "esp_mail.recipient_refused", .pattern = R"(Reason: set recipient failed)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 1,
     .sample = "Error, Status Code: 550, Error Code: -108, Reason: set recipient failed"},
    // BusyBox's resolver ("sendmail: bad address 'smtp.example.lan'"): a host
    // name that did not resolve (an address with '@' is another error).
    {.id = "busybox.bad_address", .pattern = R"(\bbad address '[^'@\s]+'$)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "sendmail: bad address 'smtp.example.lan'", .remediation = kFixMisspeltHost},
    // Dynamics 365's server-side sync: "Email cannot be sent because the credentials specified in
    // the associated email server profile are incorrect or have expired."
    {.id = "dynamics.server_profile_credentials",
     .pattern = R"(credentials specified in the associated email server profile are incorrect)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Email cannot be sent because the credentials specified in the associated email server profile are "
               "incorrect or have expired.",
     .remediation = "The email server profile's sign-in no longer works: update its credentials (or its OAuth "
                    "consent) in the server profile, then test and enable the mailboxes that use it."},
    // A notification system with no address to send to: Proxmox's "no recipients provided for the
    // mail, cannot send it" (root has no e-mail set), and the same words elsewhere.
    {.id = "client.no_recipient_configured",
     .pattern = R"(no recipients? (?:provided|specified|configured|defined) for the (?:e-?)?mail)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "could not notify via endpoint(s): mail-to-root: no recipients provided for the mail, cannot send it.",
     .remediation = "The program has nowhere to send its mail: set the recipient address it uses (Proxmox: the "
                    "e-mail of root@pam or the notification target's recipients)."},
    // Jenkins' Email Extension: "Connection error sending email, retrying once more in 10
    // seconds..." (vague: the exception under it, when there is one, names why).
    {.id = "jenkins.connection_error_sending", .pattern = R"(Connection error sending email)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Connection error sending email, retrying once more in 10 seconds..."},
    // .NET's SmtpClient.Send with no Host set: "System.InvalidOperationException: The SMTP host
    // was not specified." (and the German language pack's words for it).
    {.id = "dotnet.smtp_host_unspecified", .pattern = R"(The SMTP host was not specified|Der SMTP-Host wurde nicht angegeben)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "System.InvalidOperationException: The SMTP host was not specified.",
     .remediation = "The program's mail settings name no SMTP server: set the host (and port) in its configuration "
                    "(web.config's <smtp><network host=...>, the application's mail settings)."},
    // SQL Server's Database Mail with its queue stopped: "Mail not queued. Database Mail is
    // stopped. Use sysmail_start_sp to start Database Mail."
    {.id = "sqlserver.database_mail_stopped", .pattern = R"(Database Mail is stopped)",
     .reason = "local_mta_down", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Mail not queued. Database Mail is stopped. Use sysmail_start_sp to start Database Mail.",
     .remediation = "Database Mail's queue is stopped, so nothing is sent: start it (EXEC msdb.dbo.sysmail_start_sp) "
                    "and check that Service Broker is enabled in msdb."},
    // Oracle's UTL_SMTP / UTL_MAIL / APEX_MAIL: the database connects out by
    // itself, so its own network errors (ORA-29260 with TNS's words), its
    // wallet (ORA-29024) and its network ACL (ORA-24247) stand where another
    // client's socket errors would. (ORA-29278/29279 quote the server's reply,
    // which the reply rules read.)
    {.id = "oracle.no_listener", .pattern = R"(ORA-29260: network error: TNS:no listener)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "ORA-29260: network error: TNS:no listener",
     .remediation = "Nothing listens on the SMTP host and port the PL/SQL code opens (UTL_SMTP.OPEN_CONNECTION, "
                    "SMTP_OUT_SERVER for UTL_MAIL): check the host and port, and that the relay runs and lets "
                    "the database server connect."},
    {.id = "oracle.host_not_found",
     .pattern = R"(ORA-29260: network error: Connect failed because target host or object does not exist)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "ORA-29260: network error: Connect failed because target host or object does not exist",
     .remediation = "The database server cannot resolve the SMTP host it was given: check the name (SMTP_OUT_SERVER, "
                    "the code's UTL_SMTP.OPEN_CONNECTION call) and the server's resolver with `dig +short HOST`."},
    {.id = "oracle.host_unknown", .pattern = R"(ORA-29257: host \S+ unknown)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "ORA-29257: host smtp.example.org unknown ORA-06512: at \"SYS.UTL_INADDR\", line 19",
     .remediation = "The database server cannot resolve the SMTP host it was given: check the name (SMTP_OUT_SERVER, "
                    "the code's UTL_SMTP.OPEN_CONNECTION call) and the server's resolver with `dig +short HOST`."},
    {.id = "oracle.wallet_certificate", .pattern = R"(ORA-29024: Certificate validation failure)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "ORA-29024: Certificate validation failure",
     .remediation = "The Oracle wallet used for UTL_SMTP.STARTTLS does not hold the CA that signed the mail "
                    "server's certificate: import the server's root and intermediate certificates into the wallet "
                    "(orapki wallet add -trusted_cert) and pass its path to the connection."},
    {.id = "oracle.network_acl", .pattern = R"(ORA-24247: network access denied by access control list)",
     .reason = "database_acl", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "ORA-24247: network access denied by access control list (ACL)",
     .remediation = "The database's own network ACL does not let this schema connect to the mail server: grant it "
                    "(DBMS_NETWORK_ACL_ADMIN.APPEND_HOST_ACE with the 'connect' and 'smtp' privileges for the "
                    "host and port)."},
    // A provider's HTTP sending API refusing the key or token (Mailgun,
    // SendGrid, Postmark clients log the HTTP status).
    {.id = "http.401_unauthorized",
     // (and as the HTTP clients under other programs put it: .NET's WebException under EWS, "The remote
     // server returned an error: (401) Unauthorized."; Symfony's HTTP transports, "Unable to send an email:
     // Key not found (code 401)."; django-anymail's "Mailgun API response 401 (UNAUTHORIZED)")
     .pattern = R"(\b401:? (?:Unauthorized|Forbidden)\b|\bError 401\b|\bHTTP 401\b|status(?:Code)?[=: ]+401\b|)"
                R"(\(401\) Unauthorized|\(code 401\)|\bAPI response 401\b)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "Error: Mailgun Error 401: Forbidden",
     .remediation = "The sending API refused the key: check that the API key (not the SMTP password) is the one "
                    "for this domain and region, and that it has not been revoked."},
    // Sending services' HTTP APIs and their SDKs.
    // AWS IAM: the role or user the application runs as may not call SES.
    {.id = "aws.ses_not_authorized", .pattern = R"(not authorized to perform: ses:\w+)",
     .reason = "api_permission_denied", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "User: arn:aws:iam::111122223333:user/app is not authorized to perform: ses:SendEmail on resource: "
               "arn:aws:ses:us-east-1:111122223333:identity/example.org",
     .remediation = "The AWS identity the application runs as may not send through SES: allow ses:SendEmail "
                    "(or ses:SendRawEmail) for the sending identity in its IAM policy, and check that no SCP or "
                    "resource policy denies it."},
    // Azure Communication Services refusing the resource's credentials or its linked domain.
    {.id = "azure_acs.denied", .pattern = R"(Denied by the resource provider)",
     .reason = "api_permission_denied", .cause = C::authentication, .scopes = kClient, .weight = Weight::vague,
     .sample = "Unable to send an email (.Denied): Denied by the resource provider.",
     .remediation = "Azure Communication Services refused the request: check the connection string or the "
                    "managed identity's role on the resource, and that the sender's domain is linked to it."},
    // Python's and other HTTP clients' 403 from a sending API (SendGrid: the
    // key lacks the mail.send scope, or the sender is not verified).
    {.id = "http.403_forbidden",
     .pattern = R"(HTTP Error 403: Forbidden|\bForbiddenError\b|\b403 \{"errors":\[\{"field":null,"message":"access forbidden")",
     .reason = "api_key_refused", .cause = C::authentication, .scopes = kClient, .weight = Weight::vague,
     .sample = "python_http_client.exceptions.ForbiddenError: HTTP Error 403: Forbidden",
     .remediation = "The sending API refused the request (403): check that the API key has the permission to "
                    "send mail and that the From address or domain is verified with the service."},
    // SendGrid's event webhook: a message it dropped without trying, for an
    // address on one of its suppression lists.
    {.id = "sendgrid.dropped.spam_report", .pattern = R"(event=dropped\b.*Spam Reporting Address)",
     .reason = "recipient_reported_spam", .cause = C::spam_policy, .scopes = kClient, .priority = 2,
     .sample = "event=dropped email=a@example.net reason=\"Spam Reporting Address\"",
     .remediation = "The recipient once marked this sender's mail as spam, so the service no longer sends to the "
                    "address: take it off the list; only the recipient can ask for it to be removed from the "
                    "suppression list."},
    {.id = "sendgrid.dropped.bounced_address", .pattern = R"(event=dropped\b.*Bounced Address)",
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "event=dropped email=a@example.net reason=\"Bounced Address\""},
    // Mailgun's and SparkPost's words for an address their suppression lists hold after a
    // bounce ("reason":"suppress-bounce", 605 "Not delivering to previously bounced address";
    // SparkPost's 1902 "recipient address was suppressed due to system policy").
    {.id = "api.suppressed_after_bounce",
     .pattern = R"(suppress-bounce|Not delivering to previously bounced address|recipient address was suppressed)",
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "{\"event\":\"failed\",\"severity\":\"permanent\",\"reason\":\"suppress-bounce\",\"recipient\":"
               "\"a@example.net\",\"delivery-status\":{\"code\":605,\"description\":\"Not delivering to previously "
               "bounced address\"}}"},
    // Firebase's Trigger Email extension: delivered, yet no recipient was accepted.
    {.id = "firebase.trigger_email.rejected", .pattern = R"(\baccepted(?:: 0 | \(0\) )rejected(?:: | \()[1-9])",
     .reason = "recipients_refused", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "Delivered message: mail/abc successfully. messageId: <x@example.org> accepted: 0 rejected: 1 pending: 0"},
    // django-anymail: the service refused every recipient.
    {.id = "anymail.recipients_refused", .pattern = R"(AnymailRecipientsRefused|All message recipients were rejected or invalid)",
     .reason = "recipients_refused", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "anymail.exceptions.AnymailRecipientsRefused: All message recipients were rejected or invalid"},
    // Mailgun's API for a sending domain the account does not have: mailgun.js's error, Symfony's
    // Mailgun transport ("Unable to send an email: Domain not found: x (code 404).") and the raw reply.
    {.id = "mailgun.domain_not_found",
     .pattern = R"(Domain not found: \S+ \((?:statusCode|code) 404\)|"message": ?"Domain not found|)"
                R"(Domain not found: \S+.{0,40}MailgunAPIError|Mailgun.{0,80}Domain not found)",
     .reason = "sending_domain_unknown", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "Error: Domain not found: mg.example.org (statusCode 404)",
     .remediation = "The sending domain in the request is not one of the account's domains (or is in the other "
                    "region: api.eu.mailgun.net for EU domains): use the domain exactly as the service lists it."},
    {.id = "mailgun.invalid_from", .pattern = R"('from' parameter is not a valid address)",
     .reason = "sender_address_invalid", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "{ \"message\": \"'from' parameter is not a valid address. please check documentation\" }",
     .remediation = "The API refused the From address as malformed: check the configured sender (a name and "
                    "address as \"Name <user@domain>\", no stray quotes or spaces)."},
    // Symfony Mailer: a DSN whose scheme no installed transport bridge knows.
    {.id = "symfony.unsupported_scheme", .pattern = R"(UnsupportedSchemeException|scheme is not supported; supported schemes)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Symfony\\Component\\Mailer\\Exception\\UnsupportedSchemeException: The \"sendgrid+https\" scheme is not "
               "supported; supported schemes for mailer \"sendgrid\" are: \"sendgrid\", \"sendgrid+api\".",
     .remediation = "The MAILER_DSN names a scheme the installed transport does not support: use one the message "
                    "lists, or install the provider's bridge package (symfony/<provider>-mailer)."},
    {.id = "symfony.http_transport_unreachable", .pattern = R"(Could not reach the remote \S+ server)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Symfony\\Component\\Mailer\\Exception\\HttpTransportException: Could not reach the remote Postmark server."},
    // botocore too old to know the SES v2 API.
    {.id = "botocore.unknown_service", .pattern = R"(Unknown service: 'sesv2')",
     .reason = "library_too_old", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "botocore.exceptions.UnknownServiceError: Unknown service: 'sesv2'. Valid service names are: acm, ses",
     .remediation = "The installed boto3/botocore predates the SES v2 API: upgrade them (pip install -U boto3), "
                    "or call the older 'ses' client."},
    // Ansible's mail module: the server offered no AUTH where a login was asked
    // for (port 25 of an MX or a relay without SASL, not the submission port).
    {.id = "ansible.mail.no_auth_offered", .pattern = R"(No Authentication on the server at \S+)",
     .reason = "auth_not_enabled", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "fatal: [localhost]: FAILED! => {\"changed\": false, \"msg\": \"No Authentication on the server at "
               "mail.example.org:25\", \"rc\": 1}",
     .remediation = "The server offered no login on that port: point the task at the submission port (587 with "
                    "secure=starttls, or 465), or drop the user name and password where the relay takes mail "
                    "without a login."},
    // A scheduler's own daily cap on the mail it sends (Cronicle's "Maximum
    // limit has been reached for today (200)").
    {.id = "client.own_daily_limit", .pattern = R"([Ll]imit has been reached for today)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "Failed to send e-mail for job: jm3x1p2k801: ops@example.org: Maximum limit has been reached for today (200)"},
    // Rust's tokio timeout ("deadline has elapsed"): the SMTP exchange took longer than allowed.
    {.id = "rust.tokio_deadline", .pattern = R"(\bdeadline has elapsed\b)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error: deadline has elapsed @email_ee.rs:70:9"},
    // Erlang's and Elixir's mailers (gen_smtp, Mua under Swoosh) name a timeout
    // as an atom; on port 25 it is the usual port-25 block.
    {.id = "erlang.timeout.port25", .pattern = R"((?::timeout\b|\{error, ?timeout\}).*\bport[=: ]+25\b)",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kClient, .priority = 2,
     .sample = "[error] delivery failed: %Mua.TransportError{reason: :timeout} host=mx.example.org port=25"},
    // Erlang's ssl application: the server's certificate chain has no trusted root.
    {.id = "erlang.tls_unknown_ca", .pattern = R"(tls_alert, ?\{:?unknown_ca\b)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "%Mua.TransportError{reason: {:tls_alert, {:unknown_ca, ~c\"TLS client: In state certify\"}}}"},
    // A connect cut short by the program's own alarm: programs that time out
    // connect() with alarm() or a signal (Zabbix's mail alerts) report the
    // interrupted call, "cannot connect to [[mx.example.org]:25]: [4] Interrupted
    // system call". It is a timeout by another name.
    {.id = "net.connect_interrupted", .pattern = R"(\bconnect\b.{0,160}\bInterrupted system call\b)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "cannot connect to SMTP server \"mail.example.org\": cannot connect to [[mail.example.org]:587]: [4] "
               "Interrupted system call"},
    // The receiver called our sender address back and could not deliver to it
    // (Exim's callout: "Verification failed for <s@host> ... Sender verify
    // failed"): the address the program sends from is not a mailbox anyone can
    // reach, whatever the quoted guesses say of the recipient's account.
    {.id = "client.sender_verify_failed", .pattern = R"(Sender verify failed)",
     .reason = "rejected", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "SMTPRecipientsRefused: {'a@example.net': (550, b'Verification failed for <noreply@app.example.org> "
               "No Such User Here Sender verify failed')}",
     .remediation = "The receiving server checks that the sender address can take mail, and this one cannot: send "
                    "from an address in a domain with MX records whose mailbox exists (not an IP address or a "
                    "host's local name), set in the program's sender or bounce address setting."},
    // ... because the sender's domain routes nowhere ("550-Unrouteable address
    // 550 Sender verify failed"): the domain's DNS, or a made-up domain.
    {.id = "client.sender_verify_unrouteable", .pattern = R"(Unrouteable address\b.*Sender verify failed)",
     .reason = "rejected", .cause = C::dns, .scopes = kClient, .priority = 4,
     .sample = "(550, b'Verification failed for <www-data@app06.localdomain> Unrouteable address Sender verify failed')",
     .remediation = "The receiving server could not route mail back to the sender address, whose domain has no MX "
                    "or address record: send from an address in a domain that exists (not host.localdomain), set "
                    "in the program's sender setting, or rewrite it on the relay."},
    // MailCore2 (the engine under Mailspring, Spike and other apps) names
    // each of its error codes (MCOErrorDomain Code=N) in a fixed sentence;
    // Mailspring's own sync engine adds its words for providers' refusals.
    {.id = "mailcore.connection", .pattern = R"(A stable connection to the server could not be established)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Error Domain=MCOErrorDomain Code=1 \"A stable connection to the server could not be established.\""},
    {.id = "mailcore.parse", .pattern = R"(Unable to parse response from server)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error Domain=MCOErrorDomain Code=3 \"Unable to parse response from server.\"",
     .remediation = kFixUnexpectedGreeting},
    {.id = "mailcore.certificate", .pattern = R"(The certificate for this server is invalid)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Error Domain=MCOErrorDomain Code=4 \"The certificate for this server is invalid.\""},
    {.id = "mailcore.authentication",
     .pattern = R"(Unable to authenticate with the current session's credentials|^Authentication Error - Check your username and password)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Error Domain=MCOErrorDomain Code=5 \"Unable to authenticate with the current session's credentials.\""},
    {.id = "mailcore.storage_limit", .pattern = R"(storage limit was hit while trying to send a large message)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 1,
     .sample = "Error Domain=MCOErrorDomain Code=27 \"The SMTP storage limit was hit while trying to send a large "
               "message.\""},
    {.id = "mailcore.send_not_allowed", .pattern = R"(Sending messages is not allowed on this server)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 1,
     .sample = "Error Domain=MCOErrorDomain Code=28 \"Sending messages is not allowed on this server.\""},
    {.id = "mailcore.app_password", .pattern = R"(application[- ]specific password is required)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "A Gmail application-specific password is required.", .remediation = kFixAppPassword},
    {.id = "mailcore.too_many_connections",
     .pattern = R"(too many (?:active |simultaneous )?connections (?:were made )?to (?:your|this) \w+ account)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "There are too many active connections to your Gmail account. Please try again later."},
    {.id = "mailcore.daily_limit",
     .pattern = R"(over the limit for messages allowed to be sent in a single day|daily limit for sent messages was exceeded)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "User is over the limit for messages allowed to be sent in a single day"},
    {.id = "mailcore.web_login", .pattern = R"(must sign in via a web browser|requires login via a web browser)",
     .reason = "web_login_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "The Outlook server said you must sign in via a web browser.", .remediation = kFixWebLogin},
    // Evolution (camel): 'Your login to your server "smtp.example.net" as "user" failed.'
    {.id = "evolution.login_failed", .pattern = R"(Your login to your server .{1,200} failed)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Your login to your server \u201csmtp.example.net\u201d as \u201cm.rossi\u201d failed."},
    // Geary: the account's OAuth2 token (GNOME Online Accounts) was refused;
    // and the server closing the connection under it.
    {.id = "geary.oauth2_failed", .pattern = R"(Unable to authenticate using OAUTH2 credentials)",
     .reason = "oauth_token_invalid", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Unable to authenticate using OAUTH2 credentials against smtp.example.org:587"},
    {.id = "geary.end_of_stream", .pattern = R"(End of stream detected on)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "End of stream detected on smtp.example.net:465"},
    // K-9 Mail / Thunderbird for Android: its retries of a message used up.
    {.id = "k9.retries_exceeded", .pattern = R"(\bRetries exceeded\b)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .weight = Weight::vague,
     .sample = "Retries exceeded"},
    // FairEmail: Android's data saver or the app's background data switch
    // keeps it off the network.
    {.id = "fairemail.restrict_data_usage", .pattern = R"(check 'Restrict data usage')",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 1,
     .sample = "java.lang.SecurityException: Please check 'Restrict data usage' in the Android app settings",
     .remediation = "Android keeps the app off the network: allow background data for it (App info > Mobile data "
                    "& Wi-Fi), turn off Data Saver for it, and check that no VPN or firewall app blocks it."},
    // Android's TLS stack (Conscrypt) read something that is no TLS record:
    // the server spoke plain SMTP where TLS was expected (SSL/TLS chosen for
    // a STARTTLS port).
    {.id = "android.tls_packet_header", .pattern = R"(Unable to parse TLS packet header)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "javax.net.ssl.SSLException: Unable to parse TLS packet header",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    // A client refusing a valid 220 greeting (a multi-line "220-" banner its
    // parser does not take: Delta Chat's older async-smtp).
    {.id = "client.refused_220_greeting", .pattern = R"((?:Unexpected|Invalid) greeting\W{1,4}220[- ])",
     .reason = "syntaxerror", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "SMTP connection failure: Unexpected greeting: \"220-mail.example.org ESMTP Exim 4.96 \\r\\n\"",
     .remediation = "The server's greeting is a valid SMTP reply that the program could not read (a banner over "
                    "several lines): update the program or its mail library."},
    // Ruby's Timeout::Error ("execution expired"), which Net::SMTP raises as
    // Net::OpenTimeout or Net::ReadTimeout (Postal's sender: "-> Errors:
    // [\"execution expired\"]").
    {.id = "ruby.execution_expired", .pattern = R"(\bexecution expired\b)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "-> Errors: [\"execution expired\"]"},
    // A resolver's failure named with the host alone (Postal: "Could not
    // resolve example.net"; curl's "Could not resolve host: x" says more).
    {.id = "dns.could_not_resolve_name", .pattern = R"(\bCould not resolve [A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+\b)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient,
     .sample = "-> Errors: [\"Could not resolve example.net\"]"},
    // Google App Engine's Mail API: a sender the app may not send as, and
    // its daily quota of the API used up.
    {.id = "appengine.unauthorized_sender", .pattern = R"(InvalidSenderError: Unauthorized sender)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "google.appengine.api.mail_errors.InvalidSenderError: Unauthorized sender",
     .remediation = "App Engine sends only from the app's authorized senders: use an address listed under the "
                    "Mail API's authorized senders (or the app's own appspotmail.com address)."},
    {.id = "appengine.over_quota", .pattern = R"(OverQuotaError: The API call mail\.\w+\(\) required more quota)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "google.appengine.runtime.apiproxy_errors.OverQuotaError: The API call mail.Send() required more "
               "quota than is available."},
    // Azure Communication Services dropping a message whose every recipient
    // is on the resource's suppression list.
    {.id = "azure.recipients_suppressed", .pattern = R"(EmailDroppedAllRecipientsSuppressed|all recipients were suppressed)",
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "RestError: Email was dropped because all recipients were suppressed. code: "
               "'EmailDroppedAllRecipientsSuppressed'"},
    // Go's resolver timing out on the DNS server itself ("read udp
    // 10.0.0.5:48213->10.96.0.10:53: i/o timeout"): the name server, not the
    // mail server, did not answer.
    {.id = "go.dns_server_timeout", .pattern = R"((?:read|dial|write) udp\S* \S*:53: i/o timeout)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "[ERROR] plugin/errors: 2 smtp.example.org. A: read udp 10.244.0.5:48213->10.96.0.10:53: i/o timeout"},
    // Kubernetes network policies dropping a pod's connection out: Cilium's
    // Hubble ("... <> 192.0.2.40:587 (world) policy-verdict:none EGRESS
    // DENIED"), Istio's sidecar sending it nowhere (BlackHoleCluster: the mesh
    // allows only registered destinations).
    {.id = "kubernetes.egress_denied", .pattern = R"(\bEGRESS DENIED\b|\bBlackHoleCluster\b)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "default/mailer-5kq9z:43712 (ID:51234) <> 192.0.2.40:587 (world) policy-verdict:none EGRESS DENIED "
               "(TCP Flags: SYN)",
     .remediation = "The cluster's network policy does not let the pod connect out to the mail server: allow egress "
                    "to its address and port (a NetworkPolicy or CiliumNetworkPolicy rule; for Istio with "
                    "REGISTRY_ONLY, a ServiceEntry for the SMTP host)."},
    // Laravel asked for a mailer its config/mail.php does not define.
    {.id = "laravel.mailer_not_defined", .pattern = R"(Mailer \[[\w-]+\] is not defined)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "InvalidArgumentException: Mailer [mailgun] is not defined.",
     .remediation = "The application asks for a mailer its configuration does not define: add it under 'mailers' in "
                    "config/mail.php (or fix MAIL_MAILER in .env), then clear the cached configuration "
                    "(php artisan config:clear)."},
    // nodemailer's own size check against the SIZE the server announced.
    {.id = "nodemailer.message_size", .pattern = R"(Message size larger than allowed \d+)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "Error: Message size larger than allowed 10240000 { code: 'EMESSAGE', command: 'MAIL FROM' }"},
    // Crystal's resolver; Haskell's tls package; Zig's std.posix; Tcl's socket; curl's receive error.
    {.id = "crystal.hostname_lookup_failed", .pattern = R"(Hostname lookup for \S+ failed)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "Socket::Addrinfo::Error: Hostname lookup for smtp.example.org failed: No address found"},
    {.id = "haskell.tls_name_mismatch", .pattern = R"(\[NameMismatch\b)",
     .reason = "cert_name_mismatch", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "HandshakeFailed (Error_Protocol \"certificate rejected: [NameMismatch \\\"smtp.example.org\\\"]\" CertificateUnknown)"},
    {.id = "zig.connection_timed_out", .pattern = R"(\berror: ConnectionTimedOut\b)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "error: ConnectionTimedOut /usr/lib/zig/std/posix.zig:4209:33: 0x10dd3f2 in connect (smtp-notifier)"},
    {.id = "net.host_is_unreachable", .pattern = R"(\bhost is unreachable\b)",
     .reason = "no_route_to_host", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "smtp::sendmessage error: couldn't open socket: host is unreachable"},
    {.id = "curl.recv_error", .pattern = R"(Failure when receiving data from the peer)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error in curl::curl_fetch_memory(smtp_server, handle = h) : Failure when receiving data from the peer"},
    // A libcurl built without SMTP or without TLS (curl's CURLE_UNSUPPORTED_PROTOCOL).
    {.id = "curl.smtp_protocol_unsupported", .pattern = R"(Protocol "?smtps?"? not supported or disabled in libcurl)",
     .reason = "client_feature_missing", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "ERROR: LoadError: Protocol \"smtps\" not supported or disabled in libcurl",
     .remediation = "The libcurl the program uses was built without SMTP over TLS: install a full libcurl "
                    "(Debian: libcurl4 rather than a minimal build) or point the program at one."},
    // A Java application server whose mail session (a JNDI resource) is not
    // defined: the application has no SMTP settings at all.
    {.id = "java.jndi_mail_session_missing", .pattern = R"(Name \[(?:java:comp/env/)?mail/[^\]]*\] is not bound)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "javax.naming.NameNotFoundException: Name [mail/Session] is not bound in this Context. Unable to find [mail].",
     .remediation = "The application looks up a mail session the server does not define: add the mail/Session "
                    "resource (Tomcat: a <Resource type=\"jakarta.mail.Session\"> in context.xml) with the SMTP "
                    "host, port and credentials."},
    // An application that will not send for want of an SMTP host in its settings.
    {.id = "client.smtp_host_not_configured", .pattern = R"(SMTP host (?:was |is )?not configured)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "SMTP host was not configured - email will not be sent"},
    // A program that hands mail to a sendmail-compatible command (msmtp, ssmtp,
    // sendmail) reports only its exit code ("gomail: could not send email 1:
    // exit status 78"); the codes are sysexits.h's.
    {.id = "client.sendmail_exit.config", .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}78\b|\bEX_CONFIG\b)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = -2,
     .sample = "gomail: could not send email 1: exit status 78",
     .remediation = "The sendmail-compatible program the application runs (msmtp, ssmtp, sendmail) exited with 78, "
                    "EX_CONFIG: its configuration is missing or wrong. Run it by hand as the same user with a "
                    "test message (`printf 'Subject: t\\n\\nt' | msmtp -d you@example.org`) to see which "
                    "setting it lacks."},
    {.id = "client.sendmail_exit.no_user", .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}67\b|\bEX_NOUSER\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "sendmail: exit status 67"},
    // 75 is EX_TEMPFAIL: the program gave up for now (msmtp: no connection, or
    // a 4xx reply); mutt prints it "child exited 75 (Deferred.)".
    {.id = "client.sendmail_exit.tempfail",
     .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}75\b|\bEX_TEMPFAIL\b)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error sending message, child exited 75 (Deferred.).",
     .remediation = "The sendmail-compatible program (msmtp, ssmtp, sendmail) gave up for now, exit code 75 "
                    "(EX_TEMPFAIL): it could not reach the server or got a temporary refusal. Run it by hand "
                    "with its debug option (msmtp -d, sendmail -v) to see which, and check the host and port."},
    // 77 is EX_NOPERM: msmtp's code for a refused login or a TLS check it
    // would not pass.
    {.id = "client.sendmail_exit.noperm",
     .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}77\b|\bEX_NOPERM\b)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error sending message, child exited 77 (Insufficient permission.).",
     .remediation = "The sendmail-compatible program exited with 77 (EX_NOPERM), msmtp's code for a login the "
                    "server refused or a certificate it would not trust. Run it by hand with its debug option "
                    "(msmtp -d) to see which, then fix the user and password (an app password where the "
                    "provider asks for one) or the TLS settings."},
    // 65 is EX_DATAERR: the sendmail-compatible program refused what it was
    // given (Postfix's sendmail: no recipient in the headers, an address it
    // cannot parse); mutt prints it "child exited 65 (Data format error.)".
    {.id = "client.sendmail_exit.data_error",
     .pattern = R"(\bexit(?:ed)?(?: with)?(?: status| code| value)?[ :=]{1,3}65\b|\bEX_DATAERR\b)",
     .reason = "mail_program_failed", .cause = C::other, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error sending message, child exited 65 (Data format error.).",
     .remediation = "The sendmail-compatible program refused the message itself, exit code 65 (EX_DATAERR): "
                    "most often no recipient in the headers when run with -t, or an address it cannot parse. "
                    "Its own message (on stderr, or in the MTA's log) says which; check the To:/Cc: headers and "
                    "the addresses the program passes."},
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
    // gen_smtp's refusal of the server's login answer ({permanent_failure,
    // Host, auth_failed}), and its options tls/auth = always meeting a server
    // whose EHLO offers no STARTTLS or no AUTH ({missing_requirement, Host, tls}).
    {.id = "gen_smtp.auth_failed", .pattern = R"(:auth_failed\b|[{,] ?auth_failed\})",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "{:error, {:no_more_hosts, {:permanent_failure, 'smtp.example.com', :auth_failed}}}"},
    {.id = "gen_smtp.tls_required_not_offered", .pattern = R"(missing_requirement, ?['"]?[^,{}]*['"]?, ?:?tls\b)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "{error,no_more_hosts,{missing_requirement,\"mail.example.net\",tls}}", .remediation = kFixStarttlsMissing},
    {.id = "gen_smtp.auth_required_not_offered", .pattern = R"(missing_requirement, ?['"]?[^,{}]*['"]?, ?:?auth\b)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "{:error, :no_more_hosts, {:missing_requirement, 'smtp.example.net', :auth}}",
     .remediation = "The server's greeting offered no login (AUTH), which the client requires: turn on STARTTLS "
                    "(tls: :always or :if_available) so that the server offers AUTH after it, and check the host and "
                    "port (587 with STARTTLS, or 465 with implicit TLS)."},
    // Dart's mailer package: its problem codes and the words it logs with them.
    {.id = "dart_mailer.authentication_error", .pattern = R"(\bAUTHENTICATION_ERROR\b.{0,40}Incorrect username / password)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Message not sent. Problem: AUTHENTICATION_ERROR: Incorrect username / password"},
    {.id = "dart_mailer.unsecure", .pattern = R"(Aborting because connection is not secure)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "WARNING: Could not send mail: SMTP_ERROR (SMTP error: Aborting because connection is not secure",
     .remediation = kFixStarttlsMissing},
    // Perl's Email::Sender: the server accepted STARTTLS, the TLS handshake after it failed.
    {.id = "perl.email_sender.starttls_failed", .pattern = R"(can't STARTTLS: )",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "can't STARTTLS: 2.0.0 Ready to start TLS"},
    {.id = "gen_smtp.tls_failed", .pattern = R"(:tls_failed\b|\btls_failed\}|, ?tls_failed\b)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "{:error, :retries_exceeded, {:temporary_failure, \"relay.example.com\", :tls_failed}}"},
    // sSMTP told to relay through a host literally named "mailhub" (a template's
    // placeholder left in ssmtp.conf) or "mail", Debian's default in it. ("mail"
    // may be a compose service's name too, but on the hosts that log this, cron
    // and apt's daily jobs on a server, it is the untouched default.)
    {.id = "ssmtp.default_mailhub", .pattern = R"(Cannot open (?:mailhub|mail):\d+)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "sendmail: Cannot open mailhub:25",
     .remediation = "sSMTP relays through a placeholder host (mailhub=mailhub, or Debian's default mailhub=mail) "
                    "that nothing answers to: set "
                    "mailhub to the provider's submission host and port in /etc/ssmtp/ssmtp.conf, with "
                    "AuthUser/AuthPass and UseSTARTTLS as the provider requires."},
    {.id = "client.not_configured",
     .pattern = R"(no configuration file available|msmtp: account \S+ not found|no default account|)"
                R"(smtp (?:options|settings) (?:are )?not configured|SMTP (?:is )?not configured|check SMTP server name|)"
                // mdadm --monitor with neither MAILADDR nor PROGRAM in mdadm.conf
                R"(No mail address or alert command|)"
                R"(No se ha encontrado ning\S{1,3}n servidor SMTP|)"
                // SuiteCRM: "An outgoing mail server is not configured to send emails."
                R"(outgoing mail server is not configured|)"
                // the AWS SDKs without a region: no SES endpoint to call ("ConfigError: Missing region in config")
                R"(Missing region in config)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "msmtp: account default not found: no configuration file available",
     .remediation = "The mail program has no account to send with: create its configuration (msmtp: "
                    "~/.msmtprc or /etc/msmtprc with a 'default' account) readable by the user that sends."},
    {.id = "php.mail.failed_to_connect", .pattern = R"(mail\(\): Failed to connect to mailserver at)",
     .reason = "mailserver_unreachable", .cause = C::server_settings, .scopes = kClient,
     .sample = "PHP Warning:  mail(): Failed to connect to mailserver at \"smtp.example.org\" port 25, verify your "
               "\"SMTP\" and \"smtp_port\" setting in php.ini or use ini_set()"},
    {.id = "client.mx_host_as_submission",
     .pattern = R"((?:\.mail\.protection\.outlook\.com|aspmx\.l\.google\.com|gmail-smtp-in\.l\.google\.com)(?:\[[0-9a-fA-F.:]{2,45}\])?\S{0,2}(?::|, port:? ?|, | on port | port[=:] ?)(?:587|465)\b)",
     .reason = "mx_as_submission_host", .cause = C::server_settings, .scopes = kClientAndLog, .priority = 2,
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
     .pattern = R"((?:smtp\.gmail\.com|smtp\.googlemail\.com|smtp\.office365\.com|smtp-mail\.outlook\.com|smtp\.mail\.yahoo\.com|smtp\.sendgrid\.net|smtp\.mailgun\.org|email-smtp\.[a-z0-9-]+\.amazonaws\.com|smtp\.zoho\.[a-z]+|smtp\.fastmail\.com|smtp\.mail\.me\.com|smtp\.gmx\.[a-z]+)\S{0,3}(?::|, port:? ?| port |, )(?:465|587|2525)\b.{0,80}(?:timed out|ETIMEDOUT|Timeout to open|connect: timeout|i/o timeout|\(10060\)|Connection refused|ECONNREFUSED))",
     .reason = "submission_port_filtered", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "Swift_TransportException: Connection could not be established with host smtp.gmail.com "
               ":stream_socket_client(): unable to connect to ssl://smtp.gmail.com:465 (Connection timed out)",
     .remediation = "The provider's submission port is up; the connection is dropped on the way: check the local "
                    "firewall and antivirus mail shield, and whether the hosting provider filters outbound SMTP "
                    "(many cloud hosts block 25, 465 and 587 until asked) with `nc -vz HOST PORT` from this machine."},
    // Microsoft 365's and Outlook.com's submission hosts take STARTTLS on 587
    // (and 25) only: nothing listens for implicit TLS on 465.
    {.id = "client.microsoft_submission_on_465",
     .pattern = R"((?:smtp\.office365\.com|smtp-mail\.outlook\.com)\S{0,3}(?::|, port:? ?| port |, |.{0,60}\bport )465\b)",
     .reason = "wrong_port", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "The server \xe2\x80\x9csmtp.office365.com\xe2\x80\x9d refused to allow a connection on port 465.",
     .remediation = "Microsoft 365 and Outlook.com accept mail submission on port 587 with STARTTLS only: set the "
                    "port to 587 and the encryption to STARTTLS (not SSL/TLS)."},
    // Roundcube reports a login it could not make with the last reply's code:
    // 250 there is the EHLO's answer, which offered no AUTH (a server that
    // offers it only after STARTTLS, with Roundcube set to plain text).
    {.id = "roundcube.auth_without_auth_offer", .pattern = R"(^SMTP [^\s()]{1,16} \(250\): )",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "SMTP Error (250): Authentication failed.",
     .remediation = "The server offered no login before encryption: set Roundcube's smtp_host to "
                    "'tls://host:587' (STARTTLS) or 'ssl://host:465', not a plain host name."},
    // Evolution: the TLS connection to the server could not be set up.
    {.id = "evolution.secure_mode_failed", .pattern = R"(Failed to connect to SMTP server \S+ in secure mode: )",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Failed to connect to SMTP server smtp.example.com in secure mode: Connection terminated unexpectedly"},
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
     .sample = "curl: (55) RCPT failed: 552"},
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
    // Android's mail apps, when the server name answers nothing they can speak.
    // (and Windows' Mail app finding no settings to try for the address's domain: "We couldn't find
    // settings for example.org. Provide us with more info and we'll try connecting again.")
    // Exchange's Autodiscover giving no server for a mailbox: Dynamics 365's email server profile ("The
    // mailbox location could not be determined while sending the email message"), the EWS Managed API
    // ("The Autodiscover service couldn't be located."), exchangelib ("All steps in the autodiscover
    // protocol failed for email x").
    {.id = "exchange.autodiscover_failed",
     .pattern = R"(mailbox location could not be determined|Autodiscover service couldn'?t be located|)"
                R"(All steps in the autodiscover protocol failed)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "The mailbox location could not be determined while sending the email message \"Case 00123 update\".",
     .remediation = "The email server profile found no location for the mailbox (Exchange Autodiscover did not "
                    "answer for its address): check the profile's Autodiscover setting or give the server's EWS URL "
                    "by hand, and that the mailbox's address exists on that server; then test and enable the "
                    "mailbox again."},
    {.id = "mua.incorrect_server_address",
     .pattern = R"((?:typed|entered) an incorrect server address|server address is incorrect|couldn'?t find settings for \S+ Provide us with more info)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "You typed an incorrect server address or the server requires a protocol version that Email doesn't "
               "support."},
    {.id = "thunderbird.smtp_server_unknown",
     .pattern = R"(Outgoing server \(SMTP\).*\bis unknown|Outgoing server \(SMTP\) \S+ could not be found|)"
                // German, French, Spanish, Italian, Portuguese, Dutch, Polish
                R"(\(SMTP\),? \S+ (?:ist unbekannt|est inconnu|es desconocido|\S{1,3} sconosciuto|\S{1,3} desconhecido|)"
                R"(is onbekend|jest nieznany))",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient,
     .sample = "An error occurred while sending mail: Outgoing server (SMTP) smtp.exmaple.org is unknown. The server "
               "may be incorrectly configured. Please verify that your Outgoing server (SMTP) settings are correct "
               "and try again."},
    {.id = "thunderbird.incorrect_greeting",
     .pattern = R"(sent an incorrect greeting|sendete eine ung\S{1,3}ltige Begr\S{1,3}\S{1,3}ung|)"
                // ... and the port of another service answering: an SSH server's banner
                R"(\bSSH-(?:2\.0|1\.99)-\S)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient,
     .sample = "An error occurred while sending mail: The mail server sent an incorrect greeting:  "
               "HTTP/1.1 400 Bad Request",
     .remediation = kFixUnexpectedGreeting},
    // Vague: when the greeting was a refusal ("response: 554 ..."), its code
    // and words say why; only an empty or odd greeting is this rule's.
    // (Symfony Mailer's words for a greeting that never came: 'Expected response code "220" but got
    // empty code.')
    // nodemailer's "Invalid greeting. response=HTTP/1.1 400 Bad Request": the
    // configured port is a web server's.
    {.id = "client.http_greeting", .pattern = R"(Invalid greeting\W.{0,60}\bHTTP/\d)",
     .reason = "wrong_port", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Error: Invalid greeting. response=HTTP/1.1 400 Bad Request: HTTP/1.1 400 Bad Request",
     .remediation = "The configured SMTP host and port answered in HTTP: that is a web server's port (or a "
                    "provider's API endpoint), not SMTP. Use the provider's submission port (587 with STARTTLS, "
                    "465 with TLS) on its SMTP host name."},
    {.id = "client.bad_greeting",
     .pattern = R"(Got bad greeting from SMTP host|server sent an empty reply|Expected response code "?220"? but got empty code|)"
                // nodemailer's, for a greeting that is no 220 reply
                R"(Invalid greeting\. response=)",
     .reason = "unexpected_greeting", .cause = C::server_settings, .scopes = kClient, .weight = Weight::vague,
     .sample = "jakarta.mail.MessagingException: Got bad greeting from SMTP host: smtp.example.org, port: 587, "
               "response: [EOF]",
     .remediation = kFixUnexpectedGreeting},
    {.id = "outlook.0x800ccc0d.cant_find_host", .pattern = R"(0x800CCC0D|IXP_E_CANT_FIND_HOST)",
     .reason = "unknown_server", .cause = C::server_settings, .scopes = kClient,
     .sample = "Sending reported error (0x800CCC0D) : 'Cannot locate server. The server could not be found.'"},
    // Gitea's and Forgejo's "SMTP server does not support AUTH, but credentials provided" (said after
    // STARTTLS where the server offers it; Go's bare "smtp: server doesn't support AUTH" is read as
    // AUTH offered only after STARTTLS, below)
    // The words of RFC 4954's 538 under another code (Postfix answers "504
    // 5.5.4 Encryption required for requested authentication mechanism").
    {.id = "smtp.auth_mechanism_needs_tls", .pattern = R"(Encryption required for requested authentication mechanism)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClientAndLog, .priority = 1,
     .sample = "504 5.5.4 Encryption required for requested authentication mechanism"},
    {.id = "smtp.503.auth_not_enabled",
     // go-mail's ErrNoAuth: "server does not support SMTP AUTH" (its "... SMTP AUTH type" is a mechanism's)
     .pattern = R"(authentication not enabled|AUTH not (?:available|enabled)|did not advertise authentication|does not support AUTH, but credentials|)"
                R"(server does(?:n't| not) support SMTP AUTH(?:$|[^ ]| [^t]))",
     .reason = "auth_not_enabled", .cause = C::server_settings, .scopes = kClientAndLog,
     .sample = "503 5.5.1 Error: authentication not enabled",
     .remediation = "The listener does not offer AUTH: submit on port 587 (where the provider enables "
                    "authentication) or enable SASL on your own server's submission service."},
    // Go's net package when the configured address has no ":port" (gomail,
    // net/smtp callers that pass the host alone), or a second one (a host
    // setting that already held the port: "smtp.example.com:587:587").
    {.id = "go.missing_port", .pattern = R"(missing port in address|too many colons in address)",
     .reason = "hostname_typo", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "gomail: could not send email 1: dial tcp: address smtp.example.org: missing port in address",
     .remediation = "The program was given a host without a port, or with the port twice: configure host and "
                    "port separately or as one host:port (587 for STARTTLS, 465 for implicit TLS)."},
    // An SMTP client that meets an IMAP or POP3 greeting was pointed at the
    // mailbox server's port (143/993/110/995) instead of submission.
    {.id = "client.imap_or_pop3_port",
     // IMAP's greeting ("* OK [CAPABILITY IMAP4rev1 ...]"), POP3's ("+OK
     // Dovecot ready.", "+OK POP3 server ready") and POP3's refusal of EHLO
     // ("-ERR Unknown command") seen by an SMTP client.
     .pattern = R"(\* OK\b.{0,80}\b(?:IMAP4|CAPABILITY)|(?:^|[\s:>])\+OK\b.{0,60}\b(?:POP3|ready)|(?:EHLO|HELO)\b.{0,30}-ERR\b)",
     .reason = "mailbox_port", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "short response: * OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS] Dovecot ready.",
     .remediation = "The configured port answers with an IMAP or POP3 greeting: outgoing mail goes to the SMTP "
                    "submission port (587 with STARTTLS or 465 with TLS), not to the mailbox port."},
    // The SMTP server set to a mailbox port (IMAP 143/993, POP3 110/995): the
    // incoming server's settings copied into the outgoing server's.
    {.id = "client.smtp_on_mailbox_port",
     .pattern = R"(\bSMTP\b.{0,60}[a-z0-9\]]:(?:993|143|995|110)\b|\bSMTP\b.{0,60}\bport:? (?:993|143|995|110)\b)",
     .reason = "mailbox_port", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "Couldn't send the email. Unable to connect to SMTP server imap.example.com:993. Please check your "
               "outgoing server settings.",
     .remediation = "The outgoing server is set to a mailbox port (IMAP 143/993, POP3 110/995): outgoing mail goes "
                    "to the SMTP submission port (587 with STARTTLS or 465 with TLS)."},
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
    // CDO's 0x8004020F (CDO_E_RECIPIENTS_REJECTED): the server refused the
    // recipients, mostly a relay that does not take mail from this host
    // unauthenticated; Windows words the code as "The event class for this
    // subscription is in an invalid partition", which says nothing of mail.
    {.id = "cdo.recipients_rejected", .pattern = R"(\b(?:0x)?8004020[fF]\b)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = -1,
     .sample = "CDO.Message.1 error '8004020f' The event class for this subscription is in an invalid partition",
     .remediation = "The SMTP server refused the recipients (CDO_E_RECIPIENTS_REJECTED), usually because it does not "
                    "relay for this host: allow the sending server's address on the relay (IIS SMTP: Relay "
                    "restrictions), or authenticate (smtpauthenticate, sendusername, sendpassword)."},
    {.id = "cdo.transport_failed_to_connect",
     // ... and in Windows' Russian: "Транспорту не удалось подключиться к серверу"
     .pattern = R"(80040213|transport failed to connect to the server|)"
                R"(\xd0\xa2\xd1\x80\xd0\xb0\xd0\xbd\xd1\x81\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82\xd1\x83 \xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Run-time error '-2147220973 (80040213)': The transport failed to connect to the server.",
     .remediation = "CDO could not connect with the configured settings: check smtpserver, smtpserverport and "
                    "smtpusessl together (port 25 or 587 without SSL, 465 with SSL) and that the host is reachable."},
    // CDO told nothing usable of where to send: CDO_E_SMTP_SERVER_REQUIRED
    // (8004020A) and an invalid "SendUsing" (80040220), whatever the language.
    {.id = "cdo.server_not_configured",
     .pattern = R"(\b8004020[Aa]\b|\b80040220\b|SMTP server name is required|"SendUsing" configuration value is invalid)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "CDO.Message.1 error '8004020a' The SMTP server name is required, and was not found in the "
               "configuration source.",
     .remediation = "CDO has no server to send through: set the sendusing (2, over the network), smtpserver and "
                    "smtpserverport fields of its configuration before Send."},
    // CDO_E_CONNECTION_DROPPED (80040212).
    {.id = "cdo.connection_dropped", .pattern = R"(\b80040212\b|transport lost its connection to the server)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "CDO.Message.1 error '80040212' The transport lost its connection to the server."},
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
     // (Node names the address after the code: "connect ENETUNREACH 2a00:1450::6c:465 - Local (:::0)".)
     .pattern = R"([\[/][0-9a-f]{1,4}:[0-9a-f:]{3,}[^\s]*.*(?:Network is unreachable|ENETUNREACH)|)"
                R"(ENETUNREACH [0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f:]{2,}|)"
                // Ruby's Errno: "Network is unreachable - connect(2) for \"2a01:4f8::1\" port 587"
                R"((?:Network is unreachable|ENETUNREACH).{0,40}"[0-9a-f]{1,4}:[0-9a-f]{0,4}:[0-9a-f:]{2,}")",
     .reason = "ipv6_no_route", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "java.net.ConnectException: failed to connect to smtp.example.org/2001:db8::6c (port 465) after "
               "90000ms: isConnected failed: ENETUNREACH (Network is unreachable)",
     .remediation = kFixLocalAddress},
    // nodemailer's words for a server that never sent its 220, and Swift
    // Mailer's and Symfony Mailer's for a connection closed before it (a TLS
    // port spoken to in plain text, or the reverse).
    // The Ruby mail gem (ActionMailer, Canvas, Discourse) before it connects:
    // "SMTP From address may not be blank", "SMTP To address may not be blank".
    {.id = "ruby_mail.blank_sender", .pattern = R"(SMTP From address may not be blank)",
     .reason = "invalid_address", .cause = C::other, .scopes = kClient, .priority = 2,
     .sample = "ArgumentError: SMTP From address may not be blank: nil",
     .remediation = "The application built a message without a sender: set its default From address (Rails: "
                    "config.action_mailer.default_options or the mailer's default from:; the application's "
                    "outgoing address setting) and send again."},
    {.id = "ruby_mail.blank_recipient", .pattern = R"(SMTP To address may not be blank)",
     .reason = "no_recipients", .cause = C::other, .scopes = kClient, .priority = 2,
     .sample = "ArgumentError: SMTP To address may not be blank: []",
     .remediation = "The application built a message without a recipient (an empty address field, a user "
                    "without an e-mail address): fix where it takes the address, and skip users without one."},
    // Mailgun's failed event of reason "old": it kept trying longer than its
    // retry window (about 8 hours) and gave up.
    {.id = "mailgun.gave_up_too_old",
     .pattern = R"(\breason["']?\s*[=:]\s*["']?old(?:["',}]|\s*$|\s+[a-z._-]+=)|delivery-status\.message["']?\s*[=:]\s*"?Too old\b)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .priority = 2,
     .sample = "Mailgun webhook event=failed severity=permanent reason=old recipient=a@example.org",
     .remediation = "The sending service gave up after retrying for its whole window: the last temporary error "
                    "(in the event's delivery-status) says why the receiver kept deferring; fix that and send again."},
    {.id = "nodemailer.greeting_never_received",
     .pattern = R"(Greeting never received|Expected response code "?220"? but got (?:an )?empty response)",
     .reason = "greeting_timeout", .cause = C::server_settings, .scopes = kClient,
     .sample = "[2024-03-02 08:01:17] ERROR [Kq1sLr0] Greeting never received",
     .remediation = "Connected, but the server never greeted: check the port (an unusual port, or plain text on "
                    "465), and that the host is the provider's SMTP server; if the same settings work at other "
                    "times the server is overloaded."},
    {.id = "client.greeting_timeout.port465",
     // (the Dart mailer package says where to look itself: "Timed out while waiting for greeting (try ssl).")
     .pattern = R"(waiting for greeting \(try ssl\)|(?:Greeting never received|cannot get initial OK message|response: -1|response: \[EOF\]|Invalid response code received from server \(code: -1|Connection unexpectedly closed|unexpectedly terminated the connection)(?:.*(?:[a-z\]]:465|\d\.\d{1,3}:465|port\\?"?:? ?465|, 465;|port=465)\b)|(?:[a-z\]]:465|\d\.\d{1,3}:465|port\\?"?:? ?465|, 465;|port=465)\b.*(?:Greeting never received|cannot get initial OK message|response: -1|response: \[EOF\]|Invalid response code received from server \(code: -1|Connection unexpectedly closed|unexpectedly terminated the connection))",
     .reason = "plaintext_to_implicit_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.org, port: 465, "
               "response: -1",
     .remediation = kFixPlainToImplicitTls},
    // .NET's System.Net.Mail SmtpClient (under Send-MailMessage, SSRS, Database Mail too) knows
    // only STARTTLS: with EnableSsl on port 465 it waits in plain text for a greeting the
    // server sends only after a TLS handshake, and the connection closes or times out.
    {.id = "dotnet.system_net_mail.port465",
     .pattern = R"((?:[a-z\]]:465|port\\?"?[:=]? ?465|-Port 465|SmtpClient\("[^"]+", ?465)\b.*(?:System\.Net\.Mail|EnableSsl|Send-MailMessage).*)"
                R"((?:net_io_connectionclosed|Unable to read data from the transport connection|operation has timed out|limit czasu operacji)|)"
                R"((?:System\.Net\.Mail|EnableSsl|Send-MailMessage).*(?:[a-z\]]:465|port\\?"?[:=]? ?465|-Port 465|SmtpClient\("[^"]+", ?465)\b.*)"
                R"((?:net_io_connectionclosed|Unable to read data from the transport connection|operation has timed out|limit czasu operacji)|)"
                // ... and where the server answered its plain EHLO with TLS bytes, which SmtpClient cannot
                // read as a reply: "Syntax error, command unrecognized. The server response was: " and
                // nothing after it (the programs on it quote the message without the port)
                R"(Syntax error, command unrecognized\. The server response was:\s*$)",
     .reason = "plaintext_to_implicit_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "ERROR Mailer - send via smtp.example.org:465 (EnableSsl=True) failed: System.Net.Mail.SmtpException: "
               "Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: "
               "net_io_connectionclosed.",
     .remediation = "System.Net.Mail's SmtpClient (and Send-MailMessage, SSRS and Database Mail, which use it) "
                    "cannot do implicit TLS: EnableSsl means STARTTLS. Point it at port 587 with EnableSsl on, "
                    "or use a library that speaks TLS from the first byte (MailKit with SslOnConnect) for 465."},

    // --- Authentication: provider replies -----------------------------------------
    {.id = "gmail.534.app_password", .status = "*.7.", .pattern = R"(Application-specific password required|InvalidSecondFactor)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9  "
               "https://support.google.com/mail/?p=InvalidSecondFactor - gsmtp",
     .remediation = kFixAppPassword},
    // ... and as mail apps show it without the codes (K-9: "Failed to send some messages:
    // Application-specific password required. Learn more at ...?p=invalidsecondfactor").
    {.id = "gmail.app_password.words", .pattern = R"(Application-specific password required|[?&]p=InvalidSecondFactor\b)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient,
     .sample = "Failed to send some messages: Application-specific password required. Learn more at "
               "https://support.google.com/mail/?p=invalidsecondfactor",
     .remediation = kFixAppPassword},
    {.id = "gmail.534.web_login_required", .status = "*.7.",
     .pattern = R"(log in (?:via|through|with) your web browser|WebLoginRequired|answer\.py\?answer=78754|)"
                // the article's current address ("Learn more at 534 5.7.14 https://support.google.com/mail/answer/78754")
                R"(/mail/answer/78754\b)",
     .reason = "web_login_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1> Please log in via your web "
               "browser and then try again. 534 5.7.14  https://support.google.com/mail/answer/78754 - gsmtp",
     .remediation = kFixWebLogin},
    // The same reply quoted without its codes (Apple Mail: "The server response was: Please log in via
    // your web browser and then try again.").
    {.id = "gmail.web_login_required.quoted", .pattern = R"(server response was: Please log in (?:via|through|with) your web browser)",
     .reason = "web_login_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Cannot send message using the server smtp.gmail.com. The server response was: Please log in via your "
               "web browser and then try again. Learn more at https://support.google.com/mail/accounts/answer/78754",
     .remediation = kFixWebLogin},
    // (No status asked: a mobile app's notification drops the codes and keeps the words,
    // "Failed to send some messages: Username and Password not accepted. ... p=BadCredentials".)
    {.id = "gmail.535.bad_credentials",
     .pattern = R"(Username and Password not accepted|p=BadCredentials|answer\.py\?answer=14257)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClientAndLog, .priority = 1,
     .sample = "535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8  "
               "https://support.google.com/mail/?p=BadCredentials - gsmtp",
     .remediation = kFixGmailBadCredentials},
    {.id = "microsoft.5.7.139.smtp_auth_disabled", .status = "*.7.", .pattern = R"(SmtpClientAuthentication is disabled|smtp_auth_disabled)",
     .reason = "smtp_auth_disabled", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit "
               "https://aka.ms/smtp_auth_disabled for more information.",
     .remediation = kFixSmtpAuthDisabled},
    {.id = "microsoft.5.7.139.basic_auth_disabled", .status = "*.7.",
     .pattern = R"(basic authentication is (?:disabled|blocked)|user is locked by your organization's security defaults)",
     .reason = "basic_auth_disabled", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, basic authentication is disabled.",
     .remediation = kFixBasicAuthDisabled},
    {.id = "microsoft.5.7.139.conditional_access", .status = "*.7.",
     .pattern = R"(did not meet the criteria to be authenticated)",
     .reason = "conditional_access_blocked", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated "
               "successfully. Contact your administrator.",
     .remediation = kFixBasicAuthDisabled},
    {.id = "microsoft.5.7.57.anonymous_submission", .status = "*.7.",
     .pattern = R"(not authenticated to send (?:anonymous )?mail|\b5\.7\.57\b)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "530 5.7.57 Client not authenticated to send mail. [AM0PR01CA0001.eurprd01.prod.exchangelabs.com]",
     .remediation = kFixAuthRequired},
    {.id = "microsoft.5.7.60.send_as_denied",
     .pattern = R"(does not have permissions to send as this sender|SendAsDenied|)"
                // the same refusal in a relay's general words
                R"(authenticated user is not (?:authorized|allowed|permitted) to send)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
     .remediation = "The mailbox you log in with may not send as the From address: send from the authenticated "
                    "address, or have the admin grant Send As permission for the other address."},
    // Postfix's reject_sender_login_mismatch (smtpd_sender_login_maps): the
    // sender address belongs to a login and the client did not log in.
    {.id = "postfix.sender_login_required", .pattern = R"(Sender address rejected: not logged in)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "553 5.7.1 <alerts@example.org>: Sender address rejected: not logged in",
     .remediation = kFixAuthRequired},
    // Postfix's "not owned by user"; Tencent's and NetEase's "mail from address
    // must be same as authorization user"; other providers' incorrect sender header.
    {.id = "smtp.sender_not_owned",
     .pattern = R"(not owned by (?:the authenticated |auth )?user|)"
                R"(must be (?:the )?same as (?:the )?(?:authoriz|authenticat|login)\w*(?: user)?|Incorrect sender header|)"
                // nullmailer relaying through a server that pins the sender to the login
                R"(Mail from must equal authori[sz]ed user|)"
                // Aliyun: "440 mail from account doesn't conform with authentication (Auth Account:x|Mail Account:y)";
                // NetEase: "553 Local user only" (the sender must be the site's user)
                R"(mail from account doesn'?t conform with authentication|\b553 Local user only\b)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "553 5.7.1 <root@host.example.org>: Sender address rejected: not owned by user alerts@example.org",
     .remediation = "The server lets the authenticated user send only from its own addresses: set the From / "
                    "envelope sender to the login's address (msmtp: from, PHPMailer: setFrom), or allow the alias."},
    {.id = "microsoft.5.7.3.auth_unsuccessful", .status = "*.7.", .pattern = R"(Authentication unsuccessful)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClientAndLog,
     .sample = "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0047.namprd02.prod.outlook.com]"},
    {.id = "smtp.auth_required",
     .pattern = R"(authentication (?:is )?required|authentification requise|turn on SMTP Authentication|Unauthenticated senders not allowed|must (?:be )?authenticate|requires? authentication)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient,
     .sample = "530 5.7.0 Authentication required", .remediation = kFixAuthRequired},
    {.id = "exim.535.incorrect_authentication_data", .pattern = R"(Incorrect authentication data)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "535 Incorrect authentication data"},
    {.id = "smtp.535.invalid_login",
     .pattern = R"(\xec\x82\xac\xec\x9a\xa9\xec\x9e\x90 \xec\x9d\xb4\xeb\xa6\x84 \xeb\x98\x90\xeb\x8a\x94 \xec\x95\x94\xed\x98\xb8\xea\xb0\x80 \xec\x98\xac\xeb\xb0\x94\xeb\xa5\xb4\xec\xa7\x80 \xec\x95\x8a\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe3\x83\xbc\xe5\x90\x8d\xe3\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xe3\x81\x8c\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|\xe3\x83\xa6\xe3\x83\xbc\xe3\x82\xb6\xe5\x90\x8d\xe3\x81\xbe\xe3\x81\x9f\xe3\x81\xaf\xe3\x83\x91\xe3\x82\xb9\xe3\x83\xaf\xe3\x83\xbc\xe3\x83\x89\xe3\x81\x8c\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|\xe7\x94\xa8\xe6\x88\xb7\xe5\x90\x8d\xe6\x88\x96\xe5\xaf\x86\xe7\xa0\x81\xe4\xb8\x8d\xe6\xad\xa3\xe7\xa1\xae|\xe7\x94\xa8\xe6\x88\xb7\xe5\x90\x8d\xe6\x88\x96\xe5\xaf\x86\xe7\xa0\x81\xe9\x94\x99\xe8\xaf\xaf|\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbd\xd0\xbe\xd0\xb5 \xd0\xb8\xd0\xbc\xd1\x8f \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd1\x8f \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd1\x8c|invalid (?:login|user(?: ?name)?) or password|(?:user ?name|login) or password (?:is )?(?:incorrect|invalid|wrong)|bad (?:user ?name or )?password|password (?:incorrect|rejected|invalid)|invalid credentials|authentication credentials invalid|User not found or invalid password|rejected the password|)"
                // QuickBooks Desktop's "Your email provider rejected your user ID and password."
                R"(rejected your user ?(?:ID|name) (?:and|or) password)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient,
     .sample = "535 5.7.0 Invalid login or password"},
    {.id = "smtp.535.authentication_failed",
     .pattern = R"(authentication failed|authentication failure|auth failure|Authorization failed|login fail(?:ed|ure)?\b|Login denied|login refused|AUTH failed|failed to authenticate|)"
                // Brother's and other devices' bare "Authentication Error"
                R"(^\W*(?:SMTP )?Authentication Error\W*$|\bSMTP-AUTH (?:Authentication )?Error\b|)"
                // a device's connection test ("Authentication Error. Check the SMTP-AUTH account name and
                // password.", "SMTP server authentication error. Check the following.")
                R"(\bAuthentication Error[.:!]? (?:Check|Verify|Confirm)\b|\bSMTP server authentication error\b|)"
                // devices' job logs ("The user name or password for SMTP authentication may be incorrect.")
                R"(user ?name or password (?:for \S+ authentication )?(?:may be |is |are )?(?:incorrect|wrong|invalid)|)"
                R"(\bwrong (?:user ?name|login) (?:or|and|/) password\b|)"
                R"(Authentifizierung\b.{0,80}\bfehlgeschlagen|authentification a \S{1,3}chou|chec de l\S{1,3}authentification|)"
                R"(autenticaci\S{1,3}n (?:SASL )?fall|SASL \S{1,12} se nezda|error de autenticaci|autentica\S{1,3}\S{1,3}o falhou|falha na autentica|)"
                R"(autenticazione fallita|autenticazione non riuscita|)"
                // Home Assistant's smtp notify: "Login not possible. Please check your setting and/or your credentials";
                // Airmail's "Unable to authenticate with the current session's credentials"
                R"(Login not possible\. Please check your|check your setting and/or your credentials|Unable to authenticate with|)"
                // Yahoo's "535 5.7.0 (#AUTH005) Too many bad auth attempts."
                R"(Too many bad auth attempts|#AUTH005|)"
                // sendEmail's "SMTP-AUTH: Authentication to smtp.example.com:587 failed."; CakePHP's
                // "SMTP server did not accept the password."
                R"(Authentication to \S+ failed|did not accept the password|)"
                // Thunderbird's "Login to server smtp.example.org with username "a@example.org" failed."
                R"(Login to server \S+ with username .{1,200} failed|)"
                // msmtp names the SASL method only in this message, in every language ("(method PLAIN)")
                R"(msmtp: .{1,160}\(\S{1,30} (?:PLAIN|LOGIN|CRAM-MD5|DIGEST-MD5|SCRAM-SHA-1|SCRAM-SHA-256|XOAUTH2|OAUTHBEARER|EXTERNAL|GSSAPI|NTLM)\)\s*$)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -2,
     .sample = "535 Error: authentication failed"},
    {.id = "provider.authorization_code",
     // (QQ Mail's 535 lists every cause it might be, "Login fail. Account is
     // abnormal, service is not open, password is incorrect, login frequency
     // limited, or system is busy": commonest is SMTP not enabled, or the
     // password used where the code is wanted.)
     .pattern = R"(enter your authorization|authorization code|\bauth(?:orization)? ?code (?:is )?(?:required|invalid|error)|)"
                R"(Account is abnormal, service is not open)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "535 Login Fail. Please enter your authorization code to login.",
     .remediation = kFixAuthorizationCode},
    {.id = "smtp.454.too_many_login_attempts",
     // (Mailu's front, its auth rate limiter: "Temporary authentication failure (rate-limit)".)
     .pattern = R"(too many (?:failed )?(?:login|logon|authentication|auth) (?:attempts|failures|errors)|account (?:is |has been )?(?:temporarily )?locked|temporarily blocked .{0,40}login|)"
                R"(Temporary authentication failure \(rate-limit\))",
     .reason = "account_locked", .cause = C::authentication, .scopes = kClientAndLog, .priority = 2,
     .sample = "454 4.7.0 Too many login attempts, please try again later. - gsmtp",
     .remediation = kFixAccountLocked},
    {.id = "smtp.auth_backend_failure",
     .pattern = R"(authentication failed: Server failed|Temporary authentication failure|)"
                // nginx's mail proxy when its auth service answers wrongly or not at all
                R"(auth http server \S+ (?:did not send server or port|timed out|sent invalid)|)"
                // Exim's 435 when an authenticator's back end (perl, a lookup) fails
                R"(Unable to authenticate at present)",
     .reason = "auth_backend_failure", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.8 Error: authentication failed: Server failed",
     .remediation = "The server's own password backend failed, not your credentials: retry later; on your own "
                    "server check the SASL/Dovecot auth service and its database."},
    // Windows Mail (Mail and Calendar): "Your x account settings are out-of-date." It says so when the
    // stored password or sign-in no longer works (a password change, an expired token).
    {.id = "windows_mail.account_settings_outdated",
     .pattern = R"(account settings are out-of-date|)"
                // translated ("Die Einstellungen für Ihr Konto x sind veraltet", "As configurações da
                // sua conta x estão desatualizadas")
                R"((?:Konto|compte|cuenta|account|conta|konta)\b.{0,60}(?:sind veraltet|sont obsol\S{1,3}tes|)"
                R"(no est\S{1,3} actualizada|non sono aggiornate|est\S{1,3}o desatualizadas|zijn verouderd|)"
                R"(s\S{1,3} nieaktualne))",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Your alice@example.com account settings are out-of-date. Fix account",
     .remediation = "Windows Mail could no longer sign in with what it stored: choose Fix account and enter the "
                    "current password (or sign in again); with two-factor sign-in use an app password."},
    // Windows Mail (Mail and Calendar) when the provider (Yahoo, AOL, iCloud)
    // refuses the account's own password for a third-party app.
    {.id = "windows_mail.0x8019019a.app_password", .pattern = R"(0x8019019a\b)",
     .reason = "app_password_required", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Something went wrong. We're sorry, but we weren't able to do that. Error code: 0x8019019a",
     .remediation = kFixAppPassword},
    {.id = "oauth.token_invalid",
     .pattern = R"(invalid_grant|invalid_token|AADSTS\d+|XOAUTH2 .{0,40}(?:failed|invalid|expired)|OAuth .{0,30}token .{0,20}(?:expired|invalid|revoked)|Can't create new access token|^Token expired|)"
                // a mail app signed in through the provider ("Your Google account session has expired")
                R"(account session has expired|)"
                // a mobile app whose refresh token was revoked ("Your session has expired. Please sign in again")
                R"(session has expired\W{1,3}(?:please )?sign in again)",
     .reason = "oauth_token_invalid", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Error: invalid_grant: Token has been expired or revoked.",
     .remediation = "The OAuth2 token was refused: refresh or re-create the grant (consent, client secret, "
                    "scopes such as https://mail.google.com/ or SMTP.Send) and check the token's account."},

    // --- Transactional providers' HTTP APIs ----------------------------------------------
    // What SES, SendGrid, Mailgun, Postmark, Resend, Brevo, Mailjet, SparkPost,
    // Mandrill, Microsoft Graph and the Gmail API answer a send request with, as
    // applications log it (an SDK's exception, the JSON body, a framework's
    // wrapper). The API's own words decide; its HTTP status alone only when
    // nothing else is said (http.401_unauthorized).
    // Brevo (Sendinblue) lets an account take API and SMTP logins only from
    // listed addresses: "We have detected you are using an unrecognised IP
    // address 198.51.100.77. If you performed this action make sure to add the
    // new IP address in this page: https://app.brevo.com/security/authorised_ips".
    {.id = "provider.brevo.unrecognised_ip", .pattern = R"(using an unrecogni[sz]ed IP address|/security/authori[sz]ed_ips)",
     .reason = "ip_not_authorized", .cause = C::authentication, .scopes = kClient, .priority = 3,
     .sample = "{\"code\":\"unauthorized\",\"message\":\"We have detected you are using an unrecognised IP address "
               "198.51.100.77. If you performed this action make sure to add the new IP address in this page: "
               "https://app.brevo.com/security/authorised_ips\"}",
     .remediation = "The provider takes this account's key or login only from the addresses on its list, and this "
                    "server's is not there: add the sending server's public IP under Security, Authorised IPs "
                    "(Brevo), or turn the restriction off, then send again."},
    // Google Apps Script's MailApp/GmailApp limits: the per-message ones
    // ("Limit Exceeded: Email Total Attachments Size", "... Email Body Size")
    // are the message's size; "Email Recipients Per Message" and the call
    // rate ("Service invoked too many times in a short time: gmail rateMax")
    // are rates.
    {.id = "apps_script.message_size_limit", .pattern = R"(Limit Exceeded: Email (?:Total Attachments|Body) Size)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "Exception: Limit Exceeded: Email Total Attachments Size.",
     .remediation = "The script's message is over Apps Script's size limits (attachments 25 MB in all, the body "
                    "200 KB): send a Drive link instead of the files, or split the message."},
    {.id = "apps_script.rate_limit",
     .pattern = R"(Limit Exceeded: Email Recipients Per Message|Service invoked too many times (?:in a short time|for one day): (?:gmail|email))",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "Exception: Service invoked too many times in a short time: gmail rateMax. Try Utilities.sleep(1000) "
               "between calls.",
     .remediation = "The script went over Apps Script's mail quotas (recipients per message and per day, calls per "
                    "second): pause between sends (Utilities.sleep), send fewer recipients per message, and check "
                    "MailApp.getRemainingDailyQuota() before a batch."},
    {.id = "apps_script.no_recipient", .pattern = R"(Failed to send email: no recipient)",
     .reason = "no_recipients", .cause = C::other, .scopes = kClient, .priority = 2,
     .sample = "Exception: Failed to send email: no recipient",
     .remediation = "The script called sendEmail with an empty recipient (a blank cell, a missing field): skip rows "
                    "without an address."},
    // Microsoft Graph / the Office 365 Outlook connector: the mailbox's sending
    // is blocked (ErrorMessageSubmissionBlocked: the account was flagged for
    // spam and must be verified), or a recipient does not resolve.
    {.id = "graph.submission_blocked", .pattern = R"(\bErrorMessageSubmissionBlocked\b)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient, .priority = 2,
     .sample = "{\"error\":{\"code\":\"ErrorMessageSubmissionBlocked\",\"message\":\"Cannot send mail. Follow the "
               "instructions in your Inbox to verify your account.\"}}",
     .remediation = "Microsoft blocked the mailbox from sending (flagged for suspected spam): sign in to the account, "
                    "follow the verification in its inbox, and check it for compromise (rules, app passwords, sign-ins)."},
    // (and EWS's ErrorNonExistentMailbox: "The SMTP address has no mailbox associated with it.")
    {.id = "graph.invalid_recipients",
     .pattern = R"(\bErrorInvalidRecipients\b|Recipient '[^']+' is not resolved|)"
                R"(\bErrorNonExistentMailbox\b|SMTP address has no mailbox associated with it)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "{\"error\":{\"code\":\"ErrorInvalidRecipients\",\"message\":\"At least one recipient is not valid., "
               "Recipient 'team@example.com' is not resolved.\"}}"},
    // Zoho Mail blocking an account's outgoing mail (suspected spam or an
    // unpaid plan): "554 5.1.8 Email Outgoing Blocked."
    {.id = "provider.zoho.outgoing_blocked", .pattern = R"(Email Outgoing Blocked)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient | kScopeServerLog, .priority = 3,
     .sample = "Send email failed: 554 5.1.8 Email Outgoing Blocked.",
     .remediation = "Zoho blocked outgoing mail for this account (unusual sending, or an account to verify): sign in "
                    "to Zoho Mail, follow its notice to unblock, and check the account for compromise."},
    // msmtp's configuration without a server ("account default from /etc/msmtprc: host not set").
    // Appliances' own mailers. pfSense's SMTP class (Manuel Lemos'): "it was
    // not possible to read line from the SMTP server: data access time out"
    // and "reached the end of data while reading from the SMTP server
    // connection"; monit's "Cannot open a connection to the mailserver x:587
    // -- Operation timed out" and "Mail: Delivery failed -- no mail server is
    // available"; MikroTik RouterOS's /tool e-mail ("Error sending e-mail
    // <subject>: auth failed", "...: server response timeout").
    {.id = "appliance.smtp_read_timeout",
     .pattern = R"(not possible to read line from the SMTP server: data access time ?out|)"
                R"(Error sending e-mail\b.{0,200}: server response timeout)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Could not send the message to it@example.com -- Error: it was not possible to read line from the SMTP "
               "server: data access time out",
     .remediation = "The server did not answer in time: check the host and port, and that the encryption matches "
                    "the port (SSL/TLS on 465, STARTTLS on 587); a mismatch often shows as a read time-out."},
    {.id = "appliance.smtp_connection_ended",
     .pattern = R"(reached the end of data while reading from the SMTP server)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Could not send the message to noc@example.net -- Error: reached the end of data while reading from the "
               "SMTP server connection"},
    {.id = "monit.mailserver_unreachable",
     .pattern = R"(Cannot open a connection to the mailserver|no mail server is available)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Cannot open a connection to the mailserver smtp.example.net:587 -- Connection refused"},
    {.id = "mikrotik.auth_failed", .pattern = R"(Error sending e-mail\b.{0,200}: auth failed\b)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "e-mail,error Error sending e-mail <Daily backup>: auth failed"},
    // Perl's mail modules without the modules they need for a login or TLS:
    // Email::Sender's "SMTP auth requires MIME::Base64 and Authen::SASL",
    // Net::SMTP's "To use SSL please install IO::Socket::SSL with version>=2.007".
    {.id = "perl.module_missing",
     .pattern = R"(auth requires MIME::Base64 and Authen::SASL|please install IO::Socket::SSL)",
     .reason = "library_too_old", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "SMTP auth requires MIME::Base64 and Authen::SASL at /usr/share/perl5/Email/Sender/Transport/SMTP.pm line 193.",
     .remediation = "The Perl program's mail module needs modules that are not installed for login or TLS: install "
                    "them (Debian: libauthen-sasl-perl, libio-socket-ssl-perl; or cpanm Authen::SASL IO::Socket::SSL)."},
    {.id = "msmtp.host_not_set", .pattern = R"(account \S+ from \S+: host not set)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "msmtp: account default from /etc/msmtprc: host not set",
     .remediation = "msmtp's account has no `host` line: add the SMTP server (host, port, tls, auth, user) to the "
                    "account in /etc/msmtprc or ~/.msmtprc."},
    {.id = "api.key_refused",
     .pattern = R"(authorization grant is invalid, expired, or revoked|Server Token you provided .{0,80}was invalid|)"
                R"(InvalidApiKeyError|Bad or missing (?:Server |Account )?API token|"Key not found"|)"
                // Brevo's 401 as a plugin logs it ("[401] Unauthorized: unauthorized: Key not found"); mailgun-go's
                // error for an HTTP 401 ("UnexpectedResponseError URL=... Got=401 Error: Forbidden")
                R"(\bunauthorized:? .{0,20}\bKey not found\b|UnexpectedResponseError\b.{0,300}\bGot=401\b|)"
                // sending services' SDKs and APIs: MailerLite's {"message":"Unauthenticated."}, Klaviyo's
                // "not_authenticated", Kit's "API Key not present", SMTP2GO's "The API key you supplied ..."
                R"("message": ?"Unauthenticated\.?"|"code": ?"not_authenticated"|\bAPI Key not present\b|)"
                R"(\bThe API key you supplied\b|"errors": ?\[ ?"Unauthorized" ?\]|)"
                R"(API key authentication/authorization failure|\bInvalid API key\b|API key (?:is )?(?:invalid|expired|revoked)|)"
                // AWS's request signing with a wrong secret or key id (Sendy, SES SDKs); Mailgun's 401 as Ghost logs it
                R"(SignatureDoesNotMatch|InvalidClientTokenId|security token included in the request is invalid)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Unable to send an email: The provided authorization grant is invalid, expired, or revoked (code 401).",
     .remediation = "The provider refused the application's API key or server token: create a new one with the "
                    "permission to send (SendGrid: Mail Send; Postmark: the server's token, not the account's) and "
                    "put it in the application's setting; a key that was deleted or rotated stays refused."},
    {.id = "api.token_scope_refused",
     .pattern = R"(InvalidAuthenticationToken|Lifetime validation failed, the token is expired|)"
                R"(insufficient authentication scopes|insufficientPermissions|\bErrorAccessDenied\b|)"
                R"(Access is denied\. Check credentials and try again|)"
                // Graph's Authorization_RequestDenied ("Insufficient privileges to complete the operation."), a
                // token it cannot read ("CompactToken parsing failed with error code: 80049217"), Power
                // Automate's connection that may not run the flow (ConnectionAuthorizationFailed)
                R"(Insufficient privileges to complete the operation|CompactToken (?:parsing|validation) failed|)"
                R"(\bConnectionAuthorizationFailed\b)",
     .reason = "oauth_token_invalid", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "googleapiclient.errors.HttpError: <HttpError 403 when requesting https://gmail.googleapis.com/gmail/v1/"
               "users/me/messages/send?alt=json returned \"Request had insufficient authentication scopes.\">",
     .remediation = "The API refused the token: it expired, or it was granted without the permission to send (Graph: "
                    "the Mail.Send application permission with admin consent; Gmail API: the gmail.send scope). "
                    "Request a new token with that permission; a cached token must be refreshed before it expires."},
    {.id = "api.mailbox_not_enabled",
     .pattern = R"(MailboxNotEnabledForRESTAPI|mailbox is either inactive, soft-deleted, or is hosted on-premise|)"
                R"(Mail service not enabled)",
     .reason = "mailbox_not_enabled", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "googleapi: Error 400: Mail service not enabled, failedPrecondition",
     .remediation = "The account the API sends as has no mailbox it can use: give it a licence with Exchange Online "
                    "(Graph), turn Gmail on for its organisational unit (Workspace), or send as another account."},
    {.id = "api.sender_not_verified",
     .pattern = R"(\bdomain is not verified\b|sender you used .{1,120} is not valid|Validate your sender|ErrorSendAsDenied|)"
                // Azure Communication Services: "The specified sender domain has not been linked" (DomainNotLinked)
                R"(sender domain has not been linked|\bDomainNotLinked\b|)"
                R"(does not have the right to send mail on behalf of|)"
                // the Gmail API sending as an address the account may not ("[403] Delegation denied for x@y")
                R"(\bDelegation denied for\b|)"
                // MailerSend's "The from.email domain must be verified in your account to send emails. #MS42207"
                R"(domain must be verified in your account|)"
                // Salesforce's SendEmail from an organization-wide address not verified yet
                R"(\bUNVERIFIED_SENDER_ADDRESS\b|)"
                // EWS impersonation the account may not use (ErrorImpersonateUserDenied); an Exchange Online
                // application access policy that leaves the mailbox out ("Access to OData is disabled: [RAOP] :
                // Blocked by tenant configured AppOnly AccessPolicy settings.")
                R"(permission to impersonate the requested user|\bErrorImpersonateUserDenied\b|)"
                R"(Blocked by tenant configured AppOnly AccessPolicy)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Resend error: { statusCode: 403, message: 'The example.com domain is not verified. Please, add and "
               "verify your domain on https://resend.com/domains' }",
     .remediation = "The provider sends only from senders verified on the account: verify the From address or "
                    "authenticate its domain (the provider's DNS records), or send from one that is; with Microsoft "
                    "Graph, grant Send As on the mailbox. (In Amazon SES's sandbox, recipients must be verified too.)"},
    {.id = "api.sandbox_recipient",
     .pattern = R"(can only send testing emails to your own email address|While your account is pending approval)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 2,
     .sample = "resend.exceptions.ValidationError: You can only send testing emails to your own email address "
               "(owner@example.com).",
     .remediation = "The provider account is still in its test mode (a sandbox domain, an account awaiting approval): "
                    "it sends only to its owner or to authorized recipients. Verify a sending domain of your own and "
                    "send from it, add the recipient to the authorized list, or ask the provider to approve the account."},
    {.id = "api.sending_quota",
     .pattern = R"(Maximum sending rate exceeded|Daily message quota exceeded|)"
                // MailerSend's trial limits ("Your trial domain reached its email quota limit. #MS42222", "You
                // have reached trial account unique recipients limit")
                R"(reached (?:its|your|the) (?:email |sending )?quota limit|reached trial account .{0,30}limit|)"
                // SparkPost's error 2101-2104: "Exceed Sending Limit (daily)", "(hourly)", "(sandbox)"
                R"(Exceed Sending Limit \((?:daily|hourly|monthly|sandbox)\))",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 3,
     .sample = "Error sending campaign email to lead-212@example.org Throttling: Maximum sending rate exceeded.",
     .remediation = "The provider account's sending quota or rate is used up: slow the sender down (a queue with a rate "
                    "limit), wait for the quota to renew, or raise it with the provider (a paid plan, a quota increase)."},
    {.id = "api.throttled",
     .pattern = R"(MailboxConcurrency|ApplicationThrottled|\bTooManyRequests\b|Too Many Requests|HTTP Error 429\b|rate_limit_exceeded|)"
                // Firebase's error codes ("auth/too-many-requests"), gRPC's RESOURCE_EXHAUSTED words
                R"(\btoo[-_]many[-_]requests\b|)"
                R"((?:status(?:Code)?|code)['"]?:? ?429\b|Recipient count exceeds \d+|)"
                // Klaviyo's {"status":429,"code":"throttled","title":"Request was throttled."}
                R"("code": ?"throttled"|Request was throttled|)"
                // Exchange Web Services' throttling: ServerBusyException / ErrorServerBusy, "The server cannot
                // service this request right now. Try again later."
                R"(\bServerBusyException\b|\bErrorServerBusy\b|server cannot service this request right now)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "python_http_client.exceptions.TooManyRequestsError: HTTP Error 429: Too Many Requests",
     .remediation = "The API refused the request's rate or size: send fewer requests at once and retry after the "
                    "Retry-After it gives, and split a message to many recipients into several (SES: 50 a message)."},
    {.id = "api.sending_paused",
     .pattern = R"(AccountSendingPausedException|Email sending is disabled for your entire Amazon SES account|)"
                R"(\bsending (?:has been |is )?paused for (?:your|this) account|)"
                // WP Mail SMTP's words for the same state ("Amazon SES Sending suspended for this account.")
                R"(\bSES Sending suspended for (?:your|this) account|)"
                // SES v2's account-level block: "AccountSuspendedException: ... the account's ability to
                // send email has been permanently restricted."
                R"(\bAccountSuspendedException\b)",
     .reason = "sending_paused", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "Amazon.SimpleEmail.Model.AccountSendingPausedException: Email sending is disabled for your entire Amazon "
               "SES account.",
     .remediation = "The provider paused the whole account's sending, mostly for bounce or complaint rates above its "
                    "limits: read its notice, clean the lists (remove bounced and complaining addresses, confirm "
                    "opt-ins), then ask for a review to resume sending."},
    {.id = "api.mandrill.rejected_hard_bounce", .pattern = R"(reject_reason['"]?\s*(?:=>|:)\s*['"]?hard-bounce)",
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kClient, .priority = 3,
     .sample = "[{\"email\":\"old@example.net\",\"status\":\"rejected\",\"reject_reason\":\"hard-bounce\"}]"},
    {.id = "api.mandrill.rejected_spam", .pattern = R"(reject_reason['"]?\s*(?:=>|:)\s*['"]?spam\b)",
     .reason = "suppressed", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "[{\"email\":\"lead@example.org\",\"status\":\"rejected\",\"reject_reason\":\"spam\"}]"},
    {.id = "api.mandrill.rejected_unsigned", .pattern = R"(reject_reason['"]?\s*(?:=>|:)\s*['"]?unsigned\b)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 3,
     .sample = "[{\"email\":\"a@example.org\",\"status\":\"rejected\",\"reject_reason\":\"unsigned\"}]"},
    {.id = "api.suppressed_recipient",
     // (Postmark's inactive recipients, after a bounce, a complaint or by hand, are
     // provider.postmark.inactive_recipient's: which of the three is not said.)
     .pattern = R"(suppressed due to customer policy|on the suppression list for your account)",
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kClient, .priority = 3,
     .sample = "sparkpost.exceptions.SparkPostAPIException: Call to https://api.sparkpost.com/api/v1/transmissions "
               "returned 422, errors: Message generation rejected Code: 1902 Description: recipient address "
               "suppressed due to customer policy",
     .remediation = "The provider keeps the address on the account's suppression list after an earlier hard bounce "
                    "or complaint and sends nothing to it: correct the address, or remove it from the list only if "
                    "its owner asked for the mail."},
    // Multifunction printers' scan-to-email faults: Xerox's 016-7xx codes
    // (016-765 the SMTP server's disk full, 016-767 an address it refused,
    // 016-768 the sender's), HP's "e-mail gateway" (its word for the SMTP server).
    // Windows Firewall's log (pfirewall.log) of an outgoing connection to an
    // SMTP port that it dropped: "2025-01-08 08:31:12 DROP TCP 192.0.2.61
    // 198.51.100.25 50344 587 0 - 0 0 0 - - - SEND".
    {.id = "windows_firewall.smtp_dropped",
     .pattern = R"(\bDROP TCP \S+ \S+ \d+ (?:25|465|587|2525) \S+ \S+ \S+ \S+ \S+ \S+ \S+ \S+ SEND\b)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "2025-01-08 08:31:12 DROP TCP 192.0.2.61 198.51.100.25 50344 587 0 - 0 0 0 - - - SEND",
     .remediation = "Windows Firewall dropped this computer's outgoing connection to the mail server's port: "
                    "allow the sending program (or the port) in an outbound rule (Windows Defender Firewall with "
                    "Advanced Security, or the group policy that sets it), then send again."},
    {.id = "printer.smtp_server_disk_full", .pattern = R"(\b016-765\b|SMTP Server (?:HDD|(?:hard )?disk) (?:is )?Full)",
     .reason = "systemfull", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "016-765 SMTP Server HDD Full",
     .remediation = "The SMTP server the printer sends to reported its disk full: free space on that server (or "
                    "point the printer at another relay), then scan again."},
    {.id = "printer.invalid_recipient", .pattern = R"(\b016-767\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "016-767 Invalid E-mail Address"},
    {.id = "printer.invalid_sender", .pattern = R"(\b016-768\b)",
     .reason = "sender_address_invalid", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "016-768 Invalid Sender Address",
     .remediation = "The SMTP server refused the printer's From address: set the device's e-mail address to one "
                    "the server accepts from it (a mailbox of the domain, or the account it logs in with)."},
    {.id = "printer.gateway_not_responding", .pattern = R"(e-?mail gateway is not responding)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "The e-mail gateway is not responding. Job failed."},
    {.id = "printer.attachment_too_large",
     .pattern = R"(attachment was too large|E-?mail Size Over|Exceeded max\.? E-?mail size|)"
                // Xerox 016-985 ("Email size exceeded the maximum"); HP's scan-to-email ("The attachment
                // exceeds the maximum size allowed by the outgoing email server")
                R"((?:e-?mail|scan|data) size exceeded the maximum|attachment exceeds the maximum size allowed by)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "The e-mail gateway did not accept the job because the attachment was too large.",
     .remediation = "The scan was larger than the mail server takes: lower the resolution or use PDF "
                    "compression, split the job, or raise the server's size limit."},
    {.id = "api.invalid_recipient_address",
     .pattern = R"(Does not contain a valid address|to parameter is not a valid address|Invalid 'To' address)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "{\"errors\":[{\"message\":\"Does not contain a valid address.\",\"field\":\"personalizations.0.to.0.email\"}]}",
     .remediation = "The recipient's address is not a valid address (a missing @ or domain): fix it where the "
                    "application takes it (validate the form field) and send again."},
    {.id = "api.payload_too_large",
     // (Microsoft Graph's "ErrorMessageSizeExceeded"; a CRM's "attachments exceed the maximum allowed of 10 MB".)
     .pattern = R"(Payload Too Large|Request Entity Too Large|Message length is more than \d+ bytes|ErrorMessageSizeExceeded|)"
                R"(attachments? (?:size )?exceeds? the maximum allowed|)"
                // Postmark's "The maximum allowed message size is 10 MB"; MailerSend's "attachments.0.content may
                // not be greater than 25600 kilobytes"
                R"(maximum allowed message size is\b|\battachments?\.\d+\.content may not be greater than)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "anymail.exceptions.AnymailRequestsAPIError: Mailgun API response 413 (Request Entity Too Large)",
     .remediation = "The request was larger than the API takes (SES: 10 MB; SendGrid: 30 MB; attachments grow by a "
                    "third in base64): send large files as links, or compress or split them."},
    {.id = "api.service_error",
     .pattern = R"(googleapi: Error 5\d\d\b|\bbackendError\b|\(ServiceUnavailable\)|50[234] Service (?:Temporarily )?Unavailable|)"
                R"(\b502 Bad Gateway\b)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "gmail send failed (attempt 1/5): googleapi: Error 500: Backend Error, backendError"},
    {.id = "api.ses.mail_from_domain_mx",
     .pattern = R"(MailFromDomainNotVerified|could not read the MX record required to use the specified MAIL FROM domain)",
     .reason = "mail_from_no_mx", .cause = C::dns, .scopes = kClient, .priority = 3,
     .sample = "MailFromDomainNotVerifiedException: The message could not be sent because Amazon SES could not read "
               "the MX record required to use the specified MAIL FROM domain.",
     .remediation = "The custom MAIL FROM domain needs its MX record (feedback-smtp.REGION.amazonses.com) and SPF "
                    "record in DNS: publish them, or let the account fall back to SES's own MAIL FROM domain."},
    // Transactional relays' SMTP refusals of an account or a sending domain
    // they have not enabled: SparkPost's "Unconfigured Sending Domain",
    // Mailjet's and Brevo's unverified sender domains, an account not yet
    // activated (Brevo, Mailgun's sandbox).
    {.id = "relay.sending_domain_not_configured",
     .pattern = R"(Unconfigured Sending Domain|sender domain not verified|verify the sender domain|)"
                R"(account is not yet activated|is not allowed to send: Please activate your)",
     .reason = "sending_domain_unknown", .cause = C::server_settings, .scopes = kClient, .priority = 3,
     .sample = "Net::SMTPFatalError: 550 5.7.1 Unconfigured Sending Domain <example.com>",
     .remediation = "The relay service has not enabled this sending domain or account: add and verify the domain "
                    "(its DNS records) in the provider's console, or finish activating the account, then send "
                    "again."},
    // Relays' sending caps ("451 You've exceeded your messaging limits") and
    // Microsoft 365's cap on a client's simultaneous connections.
    {.id = "relay.messaging_limits",
     .pattern = R"(exceeded your messaging limits|maximum number of concurrent connections has exceeded a limit|)"
                // Exchange Online's 432 4.3.2 ("Concurrent connections limit exceeded. Visit
                // https://aka.ms/concurrent_sending"): too many connections from one sender at once
                R"(concurrent connections? limit exceeded|aka\.ms/concurrent_sending|)"
                // Mailgun's daily cap and a sending domain's request limit
                R"(maximum number of sent emails within|request limit exceeded, try again)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kClient, .priority = 3,
     .sample = "451 4.3.2 The maximum number of concurrent connections has exceeded a limit, closing transmission "
               "channel"},
    {.id = "smtp.authenticate_first", .pattern = R"(Please authenticate first)",
     .reason = "auth_required", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "smtplib.SMTPSenderRefused: (502, b'5.7.0 Please authenticate first', 'noreply@example.com')",
     .remediation = kFixAuthRequired},
    {.id = "relay.size_policy", .pattern = R"(size exceeded the policy)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 3,
     .sample = "smtplib.SMTPDataError: (550, b'5.2.0 Email size exceeded the policy.')"},
    {.id = "microsoft.content_identified_as_spam", .pattern = R"(content identified as spam)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "550 5.7.520 Message blocked because it contains content identified as spam. AS(4810)"},
    // A receiver's reply that it judged the message spam outranks whatever
    // else the line holds (a subject quoted in the reply that names a refused
    // connection: "... with the subject of ([Down] connect ECONNREFUSED ...)").
    {.id = "spam.reply_judged_spam",
     .pattern = R"(community may consider spam|content judged to be spam|(?:detected|classified|identified|rejected) as spam\b|)"
                R"(looks like spam\b|appears to be spam\b)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "Error: Message failed: 554 5.7.1 The message from (<a@example.com>) with the subject of (Down) matches "
               "a profile the Internet community may consider spam."},
    // Windows' own senders without their local service: .NET's pickup directory
    // needs the IIS SMTP service; SQL Server's Database Mail is switched off
    // ("Database Mail XPs") or SQL Agent has no mail profile.
    {.id = "windows.local_mail_service_missing",
     .pattern = R"(Cannot get IIS pickup directory|blocked access to procedure 'dbo\.sp_send_dbmail'|)"
                R"(component 'Database Mail XPs'|no email session has been established)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "System.Net.Mail.SmtpException: Cannot get IIS pickup directory.",
     .remediation = "The program hands its mail to a Windows service that is not there or not enabled: install and "
                    "start the IIS SMTP service for a pickup directory (or send by SMTP instead), enable Database "
                    "Mail (sp_configure 'Database Mail XPs', 1), and give SQL Server Agent a mail profile."},
    // IIS SMTP Server's delivery failures in the System event log (SMTPSVC 4000, 4006).
    {.id = "iis_smtp.no_connection", .pattern = R"(remote server did not respond to a connection attempt)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Message delivery to the host '203.0.113.25' failed while delivering to the remote domain 'example.net' "
               "for the following reason: The remote server did not respond to a connection attempt."},
    {.id = "iis_smtp.connection_dropped", .pattern = R"(failed while delivering to the remote domain .{1,200}connection was dropped by the remote host)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Message delivery to the host '198.51.100.14' failed while delivering to the remote domain 'example.net' "
               "for the following reason: The connection was dropped by the remote host."},
    // Windows' service manager about a mail service (IIS SMTP, Exchange's
    // transport services): it stopped unexpectedly (7031, 7034) or did not start (7000).
    {.id = "windows.mail_service_down",
     .pattern = R"((?:Simple Mail Transfer Protocol \(SMTP\)|Exchange (?:Frontend |Mailbox )?Transport(?: Submission| Delivery)?|SMTP) service (?:terminated unexpectedly|failed to start))",
     .reason = "local_mta_down", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "The Simple Mail Transfer Protocol (SMTP) service terminated unexpectedly.  It has done this 2 time(s).",
     .remediation = "The mail service on this Windows server stopped or did not start: start it (services.msc, or "
                    "Start-Service), and read the events just before for why (a disabled service, a missing "
                    "dependency, a crash in the Application log)."},
    // Exchange's transport events: a client's login refused on a Receive
    // connector (1035), no usable certificate for STARTTLS (12014, 12016,
    // 12013), a source over the connector's connection limit (1021, 1022),
    // back pressure refusing submissions (15004, 15006).
    {.id = "exchange.inbound_auth_failed", .pattern = R"(Inbound authentication failed with error LogonDenied)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Inbound authentication failed with error LogonDenied for Receive connector Client Frontend EX19-01. The "
               "authentication mechanism is Login."},
    {.id = "exchange.tls_certificate_unusable",
     .pattern = R"(no valid SMTP Transport Layer Security \(TLS\) certificate|could not load the certificate with thumbprint)",
     .reason = "server_certificate_unusable", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "There is no valid SMTP Transport Layer Security (TLS) certificate for the FQDN of mail.example.com. The "
               "existing certificate for that FQDN has expired.",
     .remediation = "Exchange has no valid certificate for STARTTLS on this name (expired, missing, or its private "
                    "key unreadable): renew or import one for the FQDN (New-ExchangeCertificate or your CA), enable "
                    "it for SMTP (Enable-ExchangeCertificate -Services SMTP), and restart the transport service."},
    {.id = "exchange.connector_connection_limit",
     .pattern = R"(rejected an incoming connection.{0,160}maximum number of connections(?: per source)? \(\d+\))",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "Receive connector Relay rejected an incoming connection from IP address 198.51.100.52. The maximum "
               "number of connections per source (20) for this connector has been reached by this source IP address."},
    {.id = "exchange.back_pressure",
     .pattern = R"(rejecting message submissions because|resource pressure increased from \w+ to High)",
     .reason = "systemfull", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Microsoft Exchange Transport is rejecting message submissions because the available disk space has "
               "dropped below the configured threshold.",
     .remediation = "Exchange's transport is under back pressure (its queue database's disk, memory or version "
                    "buckets): free disk space on the queue's volume or move the queue database, then watch the "
                    "15005 event that says it went back to Normal."},
    // Microsoft 365 slowing a sending IP down ("451 4.7.500 Server busy. Please
    // try again later from [ip]. (S77714)"): a rate the IP went over.
    {.id = "microsoft.server_busy_throttle", .pattern = R"(\b4\.7\.500 Server busy\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kClient, .priority = 3,
     .sample = "451 4.7.500 Server busy. Please try again later from [203.0.113.40]. (S77714)"},
    {.id = "iis_smtp.dns_failed", .pattern = R"(Unable to bind to the destination server in DNS)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "Message delivery to the remote domain 'example.org' failed for the following reason: Unable to bind to "
               "the destination server in DNS."},
    // sendEmail 1.56 asks IO::Socket::SSL for "SSLv3 TLSv1", a version string
    // newer releases of the module refuse before any byte is sent.
    {.id = "perl.io_socket_ssl.invalid_version",
     .pattern = R"(invalid SSL_version specified)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "invalid SSL_version specified at /usr/share/perl5/IO/Socket/SSL.pm line 444.",
     .remediation = "The sending script asks its TLS library for protocol versions it no longer offers (sendEmail "
                    "1.56 asks for SSLv3/TLSv1): update the script (Debian's sendemail package carries the fix) "
                    "or replace it with a maintained client such as msmtp or swaks."},
    // .NET Framework before 4.7 offers TLS 1.0 unless told otherwise; the
    // provider's endpoint (TLS 1.2 or later) closes the handshake.
    {.id = "dotnet.tls_channel_closed",
     .pattern = R"(underlying connection was closed: An unexpected error occurred on a send|)"
                R"(Could not create SSL/TLS secure channel)",
     .reason = "tls_version_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "System.Net.WebException: The underlying connection was closed: An unexpected error occurred on a send.",
     .remediation = kFixTlsVersion},

    // --- Authentication: client wording ----------------------------------------------
    {.id = "phpmailer.could_not_authenticate", .pattern = R"(SMTP Error: Could not authenticate)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "SMTP Error: Could not authenticate."},
    {.id = "phpmailer.auth_command_failed",
     .pattern = R"((?:Password|Username|AUTH|User & Password|AUTH CRAM-MD5) command failed)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "SMTP ERROR: Password command failed: 535 5.7.8 Error: authentication failed: UGFzc3dvcmQ6"},
    // The application's own sender address is malformed (empty, no domain): Exchange Online's
    // "501 5.1.7 Invalid address", a server's "bad sender address syntax". A setting of the
    // application's, where a bounce's x.1.7 is read as the receiver's refusal.
    {.id = "client.sender_address_invalid", .status = "*.1.7",
     .pattern = R"(\b5\.1\.7 Invalid address\b|invalid sender address|bad sender'?s? (?:mailbox )?address syntax)",
     .reason = "sender_address_invalid", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "smtplib.SMTPSenderRefused: (501, b'5.1.7 Invalid address [BN8P221CA0001.outlook.office365.com]', '')",
     .remediation = "The server refused the sender address the application gives (MAIL FROM): set a complete "
                    "address (name@domain) as the application's sender or default From, not a bare name, an "
                    "empty value or a placeholder."},
    // libcurl's "No known authentication mechanisms supported!": the server
    // listed no AUTH it knows, and a server lists none at all before STARTTLS
    // (curl starts TLS only when told to: --ssl-reqd, CURLOPT_USE_SSL).
    {.id = "curl.no_auth_before_tls", .pattern = R"(No known authentication mechanisms supported)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "curl: (67) No known authentication mechanisms supported",
     .remediation = "The server offered no login method the program knows, most often because the connection "
                    "was still unencrypted (servers offer AUTH only after STARTTLS): require TLS (curl "
                    "--ssl-reqd, CURLOPT_USE_SSL = CURLUSESSL_ALL, or an smtps:// URL on 465)."},
    // Symfony Mailer finding none of its login mechanisms (PLAIN, LOGIN,
    // CRAM-MD5, XOAUTH2) among the server's: an Exchange connector that offers
    // only NTLM or GSSAPI, or a server that offers none before STARTTLS.
    {.id = "symfony.no_common_authenticator",
     .pattern = R"(Failed to find an authenticator supported by the SMTP server)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Failed to find an authenticator supported by the SMTP server, which currently supports: \"NTLM\", "
               "\"GSSAPI\".",
     .remediation = "The server offers no login mechanism the application knows (Exchange's internal connectors "
                    "offer only NTLM and GSSAPI): use the server's submission connector that offers LOGIN or PLAIN "
                    "over STARTTLS on 587, or OAuth (XOAUTH2) where the provider requires it."},
    // Jira's health check on its mail error queue: mails that failed every
    // attempt wait there ("Health check 'Mail Error Queue' failed ... There
    // are 14 emails in the error queue").
    {.id = "jira.mail_error_queue", .pattern = R"(emails? in the error queue\b)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .priority = 1,
     .sample = "Health check 'Mail Error Queue' failed with severity 'warning': 'There are 14 emails in the error "
               "queue for this node.'",
     .remediation = "Jira gave up on these mails after its retries: the outgoing mail log "
                    "(atlassian-jira-outgoing-mail.log) names each one's error; fix that, then resend or flush the "
                    "error queue (Administration > Mail queue)."},
    // Symfony's Mime component refusing an address before anything is sent
    // ('Email "admin@" does not comply with addr-spec of RFC 2822.'): a user's
    // or a setting's address that is no address.
    // PHPMailer refusing an address before it connects, in its language
    // files' words (en "Invalid address:  (to): x", de, fr, es, pt_br).
    {.id = "phpmailer.invalid_address",
     .pattern = R"(Invalid address:\s+\((?:to|cc|bcc|Reply-To|From|setFrom|addAnAddress[^)]*|punyEncode)\)|)"
                R"(die Adresse ist ung\S{1,2}ltig|adresse courriel n.est pas valide|)"
                R"(direcci\S{1,2}n de (?:email|correo) inv\S{1,2}lid|Endere\S{1,2}o de e-mail inv\S{1,2}lido)",
     .reason = "invalid_address", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "Invalid address:  (to): jean.dupont@@example.fr",
     .remediation = "The application was given an address that is no address (two @, an empty domain, stray "
                    "spaces): correct it where it comes from, the form, the user's profile or the mail settings."},
    // PHPMailer asked to send a message without a body (en, de, fr, es, pt_br).
    {.id = "phpmailer.empty_message",
     .pattern = R"(Message body empty|E-Mail[ -]Inhalt ist leer|Corps du message vide|)"
                R"(El cuerpo del mensaje est\S{1,2} vac\S{1,2}o|^(?:Mailer Error: |Erro: )?Mensagem vazia|)"
                R"(\xe9\x82\xae\xe4\xbb\xb6\xe6\xad\xa3\xe6\x96\x87\xe4\xb8\xba\xe7\xa9\xba)",
     .reason = "empty_message", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "Mailer Error: Message body empty",
     .remediation = "The application handed over a message without a body: check the template or the form that "
                    "fills it (an empty variable, a failed render)."},
    // Salesforce's Apex refusing an address before sending (INVALID_EMAIL_ADDRESS).
    {.id = "salesforce.invalid_email_address", .pattern = R"(\bINVALID_EMAIL_ADDRESS\b)",
     .reason = "invalid_address", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "System.EmailException: SendEmail failed. First exception on row 0; first error: INVALID_EMAIL_ADDRESS, "
               "Email address is invalid: a@example,com: [toAddresses, a@example,com]",
     .remediation = "Salesforce refused an address that is no address (a comma for a dot, a missing domain): "
                    "correct it on the record it came from."},
    // Perl's Net::SMTP before 3.0 has no starttls method: OTRS/Znuny's SMTPTLS
    // backend (and other Perl programs) cannot encrypt with it.
    {.id = "perl.net_smtp_without_starttls", .pattern = R"(Can't locate object method "starttls" via package "Net::SMTP")",
     .reason = "library_too_old", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Can't locate object method \"starttls\" via package \"Net::SMTP\" at /opt/otrs/Kernel/System/Email/"
               "SMTPTLS.pm line 59.",
     .remediation = "The installed Perl Net::SMTP predates STARTTLS (libnet 3.0): upgrade libnet (the distribution's "
                    "perl package, or `cpanm Net::SMTP`), or send over SMTPS with IO::Socket::SSL."},
    {.id = "symfony.mime.address_not_rfc_compliant", .pattern = R"(does not comply with addr-spec of RFC ?2822)",
     .reason = "invalid_address", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "Email \"admin@\" does not comply with addr-spec of RFC 2822.",
     .remediation = "The application was given an address that is no address (empty domain, stray spaces, a "
                    "name without @): correct it where it comes from, the user's profile or the mail settings."},
    // OpenCart's own SMTP class: "Error: Password not accepted from server!" (and the username's, AUTH
    // LOGIN's), the server's reply not kept.
    {.id = "opencart.login_not_accepted", .pattern = R"((?:Password|Username|AUTH LOGIN) not accepted from server)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "PHP Notice: Error: Password not accepted from server! in /srv/shop/system/library/mail/smtp.php on line 229"},
    // ... and its RCPT TO refused, the reply not kept ("Error: RCPT TO not accepted from server!"):
    // the recipient, most often one that does not exist.
    {.id = "opencart.rcpt_not_accepted", .pattern = R"(RCPT TO not accepted from server)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "PHP Notice: Error: RCPT TO not accepted from server! in /srv/shop/system/library/mail/smtp.php on line 242",
     .remediation = "The server refused the recipient and OpenCart did not keep its reply: check the address for "
                    "typos; if every recipient outside your domain is refused, the server wants a login for "
                    "relaying (set the SMTP user and password)."},
    {.id = "nodemailer.eauth.invalid_login", .pattern = R"(Invalid login|\bEAUTH\b|Invalid Authentication Credentials)",
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
    {.id = "nodemailer.eauth.missing_credentials",
     // (and Ruby's net-smtp: "ArgumentError: SMTP-AUTH requested but missing user name" / "... secret phrase")
     .pattern = R"(Missing credentials for|missing password for \S+ auth|SMTP-AUTH requested but missing)",
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
    // curl's CURLE_SSL_CONNECT_ERROR ("(35) SSL connect error"): the TLS
    // handshake with the server failed, as libcurl's users (Domoticz, Zabbix) log it.
    {.id = "curl.35.ssl_connect_error", .pattern = R"(curl: \(35\)|\(35\) SSL connect error)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "2025-01-06 10:55:01.039 Error: libcurl: (35) SSL connect error"},
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
     .pattern = R"((?:RemoteCertificateChainErrors|unable to get local issuer certificate|certificate verify failed|PKIX path building failed|certificate signed by unknown authority|unknown_ca\b|Fatal - Unknown CA).*(?:gmail\.com|google\.com|outlook\.com|office365\.com|live\.com|hotmail\.com|yahoo\.com|icloud\.com)|(?:gmail\.com|google\.com|outlook\.com|office365\.com|live\.com|hotmail\.com|yahoo\.com|icloud\.com).*(?:RemoteCertificateChainErrors|unable to get local issuer certificate|certificate verify failed|PKIX path building failed|certificate signed by unknown authority|unknown_ca\b|Fatal - Unknown CA))",
     .reason = "tls_interception", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "MailKit.Security.SslHandshakeException: SMTP Server's Certificate with subject CN=outlook.com was "
               "invalid with policy errors RemoteCertificateChainErrors.",
     .remediation = kFixTlsInterception},
    // McAfee VirusScan's access protection rule that blocks port 25 for every
    // program not on its list ("Blocked by port blocking rule ... Prevent mass
    // mailing worms from sending mail"): a mail script's connection never leaves.
    {.id = "antivirus.mcafee.mass_mailing_rule",
     .pattern = R"(Prevent mass mailing worms from sending mail|Blocked by port blocking rule)",
     .reason = "antivirus_interference", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 3,
     .sample = "Blocked by port blocking rule C:\\Tools\\blat\\blat.exe Anti-virus Standard Protection:Prevent mass "
               "mailing worms from sending mail 203.0.113.25:25",
     .remediation = "The antivirus (McAfee's access protection) blocks port 25 for programs it does not list: add the "
                    "sending program to the rule's exclusions, or send through port 587 with authentication."},
    {.id = "antivirus.named",
     .pattern = R"(\b(?:Avast|Kaspersky|Bitdefender|Avira|Norton|ESET NOD32|ESET SSL Filter)\b|mail ?shield|(?:ssl|https|email) scanning)",
     .reason = "antivirus_interference", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 3,
     .sample = "Error: \"Cannot reach the mail server.\" with Avast Mail Shield enabled",
     .remediation = kFixTlsInterception},
    // A proxy in front of the mail server refusing the tunnel by its rules (curl's
    // "CONNECT tunnel failed, response 403", PySocks' "0x02: Connection not allowed
    // by ruleset", the socks package's "Socks5 proxy rejected connection - NotAllowed").
    {.id = "net.proxy_refused",
     .pattern = R"(CONNECT tunnel failed, response 40[357]|Invalid response from proxy: 40[357]|)"
                R"(Connection not allowed by ruleset|Socks[45]? proxy rejected connection|)"
                R"(Can't complete SOCKS[45]a? connection to)",
     .reason = "proxy_refused", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "curl: (56) CONNECT tunnel failed, response 403",
     .remediation = "A proxy between this program and the mail server refused the connection by its rules: ask its "
                    "administrator to allow the SMTP host and port (587 or 465), or send without the proxy where "
                    "the network allows it."},
    {.id = "net.proxy_unusable",
     .pattern = R"(Could not resolve proxy|Malformed reply from SOCKS server|Proxy CONNECT aborted)",
     .reason = "proxy_unusable", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "curl: (5) Could not resolve proxy: proxy.corp.example",
     .remediation = "The proxy this program is set to send through cannot be used: check the proxy's host name and "
                    "port and its kind (an HTTP proxy set as SOCKS, or the reverse), in the program's settings and "
                    "in the environment (http_proxy, https_proxy, ALL_PROXY)."},
    // SELinux refusing a web application's connection to a mail port (httpd_t
    // without the httpd_can_sendmail or httpd_can_network_connect boolean), in
    // the audit log or in setroubleshoot's words.
    {.id = "selinux.name_connect_denied",
     .pattern = R"(avc:\s+denied\s+\{ name_connect \}.*(?:dest=(?:25|465|587|2525)\b|smtp_port_t)|)"
                R"(SELinux is preventing \S+ from name_connect access on the tcp_socket port (?:25|465|587|2525)\b)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 3,
     .sample = "SELinux is preventing /usr/sbin/php-fpm from name_connect access on the tcp_socket port 587.",
     .remediation = "SELinux keeps the web server from connecting to mail ports: allow it with `setsebool -P "
                    "httpd_can_sendmail 1` (or httpd_can_network_connect for other ports); `ausearch -m avc` "
                    "shows the denials."},
    {.id = "net.permission_denied.outbound",
     .pattern = R"((?:connect|unable to connect|Failed to connect|socket).*(?:Permission denied|EACCES|\(13\))|Errno 13\] Permission denied|WinError 10013\]|forbidden by its access permissions|WSAEACCES|)"
                // Delphi's Indy (PRTG, many Windows tools): "Socket Error # 10013 Access denied."
                R"(Socket Error # ?10013\b|)"
                // ... in Chinese ("以一种访问权限不允许的方式做了一个访问套接字的尝试")
                R"(\xe8\xae\xbf\xe9\x97\xae\xe6\x9d\x83\xe9\x99\x90\xe4\xb8\x8d\xe5\x85\x81\xe8\xae\xb8\xe7\x9a\x84\xe6\x96\xb9\xe5\xbc\x8f|)"
                // ... in Russian ("an attempt was made to access a socket in a way forbidden by its access rights")
                R"(\xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd1\x89\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xbc \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbc\xd0\xb8 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb0|)"
                // Ruby's "Errno::EACCES: Permission denied - connect(2) for "smtp.example.org" port 587"
                R"(Permission denied - connect\(2\)|EACCES.{0,60}\bconnect|)"
                // Go's net.Dial when a local firewall rule drops the packet (EPERM): "dial tcp x:587:
                // connect: operation not permitted"
                R"(connect: operation not permitted|)"
                // msmtp's "cannot connect to smtp.example.net, port 587: Operation not permitted"
                R"(cannot connect to \S+, port \d+: Operation not permitted|)"
                // ... and Python's socket connect the same way (EPERM, "[Errno 1] Operation not permitted")
                R"((?:connect|connecting|connection)\b.*\[Errno 1\] Operation not permitted|)"
                // Windows' WSAEACCES text in German, French, Spanish, Italian, Portuguese, Dutch
                R"(Zugriffsrechte des Sockets unzul\S{1,3}ssig|interdite par ses autorisations d'acc\S{1,3}s|)"
                R"(no permitida por sus permisos de acceso|non consentita dalle (?:relative )?autorizzazioni di accesso|)"
                R"(proibida pelas (?:suas )?permiss\S{1,6} de acesso|niet toegestaan door de bijbehorende toegangsmachtigingen)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 1,
     .sample = "Connection failed. Error #2: stream_socket_client(): unable to connect to tls://smtp.example.org:587 "
               "(Permission denied)",
     .remediation = "The operating system refused the outbound connection: allow the program and port in the "
                    "local firewall, and for web applications under SELinux set httpd_can_sendmail / "
                    "httpd_can_network_connect."},
    // Windows' WSAECONNABORTED: the local stack (most often an antivirus mail
    // scanner or a firewall sitting in the connection) tore the session down.
    {.id = "net.wsaeconnaborted.local_software",
     .pattern = R"(aborted by the software in your host (?:machine|computer)|WSAECONNABORTED|WinError 10053\]|)"
                // Windows' own text in German, French and Spanish (the number is not always printed)
                R"(softwaregesteuert durch den Hostcomputer abgebrochen|abandonn\S{1,3}e par un logiciel de votre ordinateur h\S{1,3}te|)"
                R"(anul\S{1,3} una conexi\S{1,3}n establecida|)"
                // ... and in Chinese ("你的主机中的软件中止了一个已建立的连接")
                R"(\xe4\xb8\xbb\xe6\x9c\xba\xe4\xb8\xad\xe7\x9a\x84\xe8\xbd\xaf\xe4\xbb\xb6\xe4\xb8\xad\xe6\xad\xa2\xe4\xba\x86)",
     .reason = "connection_aborted_locally", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 1,
     .sample = "System.IO.IOException: Unable to read data from the transport connection: An established connection "
               "was aborted by the software in your host machine.",
     .remediation = "Software on the sending machine closed the connection: turn off the antivirus's mail or TLS "
                    "scanning (or exempt the mail program), then check the local firewall; if it persists on "
                    "another network too, look at the server's timeouts."},
    // Windows' firewall event 5157 ("The Windows Filtering Platform has blocked a connection.
    // ... Destination Port: 587"): the local firewall dropped a connection to a mail port.
    {.id = "windows.wfp_blocked_mail_port",
     .pattern = R"(Filtering Platform has blocked a connection.*Destination Port:\s*(?:25|465|587|2525)\b)",
     .reason = "outbound_blocked", .cause = C::firewall_antivirus, .scopes = kClient, .priority = 2,
     .sample = "The Windows Filtering Platform has blocked a connection. Application Information: Process ID: 4120 "
               "Application Name: \\device\\harddiskvolume2\\tools\\mailer.exe Network Information: Direction: "
               "Outbound Source Address: 10.0.0.5 Source Port: 50211 Destination Address: 192.0.2.25 "
               "Destination Port: 587 Protocol: 6",
     .remediation = "The Windows firewall blocked this program's connection to the mail server: add an outbound "
                    "allow rule for the program and port (or find the policy that blocks it: `auditpol` and the "
                    "filter id in the event), then send again."},
    // Outlook's MAPI network error with an Exchange account: "(0x80040115) : 'We can't complete this
    // because we can't contact the server right now.'"
    {.id = "outlook.0x80040115.network_error", .pattern = R"(0x80040115|can'?t contact the server right now)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Task 'Microsoft Exchange - Sending' reported error (0x80040115) : 'We can't complete this because "
               "we can't contact the server right now. Please try again later.'"},
    {.id = "outlook.0x800ccc0e.failed_to_connect", .pattern = R"(0x800CCC0E|IXP_E_FAILED_TO_CONNECT|0x800CCC15|0x80042109)",
     .reason = "connection_failed", .cause = C::firewall_antivirus, .scopes = kClient,
     .sample = "Sending reported error (0x800CCC0E) : 'The connection to the server has failed.'",
     .remediation = "Outlook could not open the connection: check the outgoing server name, port and encryption "
                    "first, then whether a firewall or antivirus mail scanner blocks Outlook "
                    "(`Test-NetConnection HOST -Port 587`)."},

    // --- ISP blocking port 25 ------------------------------------------------------------
    // The network's own notice (cloud providers, hosting panels): it says so outright.
    {.id = "hosting.port25_blocked_notice",
     .pattern = R"((?:outbound|outgoing) (?:SMTP |mail )?(?:connectivity |connections? |traffic )?(?:on |to |over )?(?:TCP )?port 25 (?:is |are |has been |have been )?(?:blocked|restricted|filtered|disabled)|)"
                // Discourse's mail check after a connection that timed out: "The most likely problem is
                // that your server has outgoing SMTP traffic blocked."
                R"(has (?:outbound|outgoing) SMTP traffic blocked|(?:outbound|outgoing) SMTP traffic (?:is |has been )?blocked|)"
                // Cloudflare Workers' sockets: "Error: Connections to port 25 are prohibited"
                R"(Connections to port 25 are (?:prohibited|not allowed))",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kClient, .priority = 2,
     .sample = "Outbound SMTP connectivity on TCP port 25 is blocked for this subscription type.",
     .remediation = kFixPortBlocked},
    // ... but not to a relay inside the sender's own network, named so
    // ("mailhub.corp.example", "smtp.intra.example.net", "relay.local"): no
    // ISP sits between them, so a timeout there is the relay down or a
    // firewall of the site's own. (Addresses cannot tell: the classifier
    // reads every IPv4 address masked.)
    {.id = "net.timeout.port25_internal_relay",
     .pattern = R"((?:\b(?:mailhub|smarthost)\d*|\b[\w-]+(?:\.[\w-]+)*\.(?:corp|intra|intranet|internal|lan|local|localdomain))(?:\.[\w-]+)*)"
                R"((?:\]?:25\b|,? port:? 25\b).{0,200}(?:timed out|ETIMEDOUT|Connection timeout|i/o timeout))",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "javax.mail.MessagingException: Could not connect to SMTP host: mailhub.corp.example, port: 25; nested "
               "exception is: java.net.ConnectException: Connection timed out (Connection timed out)",
     .remediation = "The program's relay inside your own network did not answer on port 25: check that the relay "
                    "runs and listens there (`ss -ltn` on it), and that no firewall between the two hosts drops "
                    "the connection."},
    {.id = "net.timeout.port25",
     .pattern = R"((?:(?:[a-z\]]:25|\d\.\d{1,3}:25|port"?:? ?25|port=25)\b|, 25;|\(port 25\)).*(?:timed out|ETIMEDOUT|SocketTimeoutException|\(110\)|Connection timeout|connect: timeout|i/o timeout|Interrupted system call|failed to respond|did not properly respond|expiration du d\S{1,3}lai|Zeit\S{0,3}berschreitung|tiempo de espera|tempo limite|tempo scaduto)|curl: \(28\) .*\bport 25\b|(?:timed out|ETIMEDOUT|Connection timeout|Timeout to open TCP connection|Timeout while connecting|\(10060\)|failed to respond|nicht richtig reagiert|pas r\S{1,3}pondu convenablement|no respondi\S{1,3} adecuadamente|\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|\xe6\xb2\xa1\xe6\x9c\x89\xe6\xad\xa3\xe7\xa1\xae\xe7\xad\x94\xe5\xa4\x8d|\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd \xd0\xbd\xd1\x83\xd0\xb6\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xb8\xd0\xba|\xec\x98\xac\xeb\xb0\x94\xeb\xa5\xb4\xea\xb2\x8c \xec\x9d\x91\xeb\x8b\xb5\xed\x95\x98\xec\xa7\x80).*(?:[a-z\]\d]:25|port"?:? ?25)\b|)"
                // gen_smtp (Elixir's Swoosh, Bamboo): "... via host:25: {:retries_exceeded, {:network_failure,
                // ~c\"host\", {:error, :timeout}}}"
                R"((?:[a-z\]]:25|\d\.\d{1,3}:25)\b.*\{:network_failure, .*\{:error, :timeout\}|)"
                // a device's "Send Error. Server Timeout. SMTP Server: x Port: 25"
                R"(\bServer Timeout\b.*\bport"?:? ?25\b|)"
                // PowerShell's Test-NetConnection -Port 25, the check users run when mail hangs
                // ("WARNING: TCP connect to (192.0.2.7 : 25) failed"): it says no more than that
                R"(TCP connect to \(?[0-9A-Fa-f.:]+ : 25\)? failed|)"
                // Apple Mail: "The server "mail.example.com" cannot be contacted on port 25."
                R"(cannot be contacted on port 25\b|)"
                // a relay agent that names no port delivering straight to a large provider's MX hosts
                // (dma: "connect to alt1.gmail-smtp-in.l.google.com [192.0.2.27] failed: Connection timed out")
                R"((?:gmail-smtp-in\.l\.google\.com|\.mail\.protection\.outlook\.com|\.am0\.yahoodns\.net)\b.*(?:timed out|ETIMEDOUT)|)"
                // R's socketConnection() (sendmailR, mailR's fallbacks): "mx.example.org:25 cannot be opened"
                R"([a-z0-9]:25 cannot be opened\b|)"
                // ... in German, French, Spanish, Italian, Portuguese, Dutch
                R"((?:\S{1,3}ber )?Port 25 nicht erreichbar|(?:contacter|contactar|contattare|contatar|bereikt)\b.{0,80})"
                R"((?:sur le port|en el puerto|sulla porta|na porta|via poort|op poort) 25\b|)"
                R"(\bkontakt(?:as|es) p\S{1,3} port 25\b|)"
                // Outlook's and Windows Live Mail's account line: "Port: 25, Secure(SSL): No,
                // Socket Error: 10060" (a timeout), in any of their languages
                R"((?:\b(?:Port|Puerto|Porta|Poort|Porto)|\xd0\x9f\xd0\xbe\xd1\x80\xd1\x82)\s?: ?25\b.{0,80}(?:Socket Error|Error de socket|Socket-Fehler|\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd1\x81\xd0\xbe\xd0\xba\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(Erreur de socket|Errore socket|Erro de soquete|Socketfout|B\S{1,3}d gniazda) ?: ?10060\b)",
     .reason = "port_blocked", .cause = C::isp_port_block, .scopes = kClient, .priority = 1,
     .sample = "connect to mx.example.org[192.0.2.26]:25: Connection timed out", .remediation = kFixPortBlocked},

    // --- Server down or unreachable --------------------------------------------------------
    {.id = "net.connection_refused",
     .pattern = R"(Connection refused|ECONNREFUSED|\(111\)|Errno 111\b|actively refused|connection was refused|refused (?:the )?connection|)"
                // Apple Mail: "The server "x" refused to allow a connection on port 587."
                R"(refused to allow a connection|)"
                // Windows' error number (10061, WSAECONNREFUSED) whatever the language of its text; Polish
                R"(WinError 10061\]|\(10061\)|WSAECONNREFUSED|aktywnie go odmawia|doelcomputer de verbinding actief heeft geweigerd|)"
                // ... and in Russian ("the target computer rejected the connection request")
                R"(\xd0\xba\xd0\xbe\xd0\xbd\xd0\xb5\xd1\x87\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xba\xd0\xbe\xd0\xbc\xd0\xbf\xd1\x8c\xd1\x8e\xd1\x82\xd0\xb5\xd1\x80 \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb3 \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81 \xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5|)"
                // ... and as an HRESULT (0x8007 + the number in hex), as the Windows Mail app shows it
                R"(\b0x8007274D\b|)"
                // German, French, Spanish (glibc's and Windows' own words; \S for accented letters)
                R"(Verbindungsaufbau abgelehnt|Zielcomputer die Verbindung verweigerte|Connexion refus\S{1,3}e|)"
                R"(cible l\S{1,3}a expres\S*ment refus\S{1,3}e|Conexi\S{1,3}n rehusada|deneg\S{1,3} expresamente|)"
                R"(Conex\S{1,3}o recusada|as recusou ativamente|Connessione rifiutata|Rifiuto persistente del computer|)"
                R"(serveur refuse la connexion|serveur refuse la connection|)"
                // Qt's "The server refused the connection" (Opie Mail and other Qt programs) in German and Polish
                R"(hat die Verbindung abgelehnt|odmow\S{1,3} po\S{1,3}\S?czenia|)"
                // SAP's network interface (its SMTP node's ICM trace): "Connection request from (2/17/0) to host:
                // x, service: 25 failed (NIECONN_REFUSED)"
                R"(\bNIECONN_REFUSED\b)",
     .reason = "connection_refused", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot connect to smtp.example.org, port 587: connection refused"},
    {.id = "net.connection_timeout",
     // (SAP's network interface says NIETIMEOUT.)
     .pattern = R"(timed out|timedout while connecting|ETIMEDOUT|\bNIETIMEOUT\b|timeout error occurred while communicating with the SMTP server|\b0x8007274C\b|\{:error, ?:timeout\}|\(110\)|Errno 110\b|Connection timeout|connect: timeout|i/o timeout|SocketTimeoutException|did not properly respond after a period of time|\(10060\)|WinError 10060\]|WSAETIMEDOUT|0x800CCC19|0x8004210B|Net::(?:Read|Open)Timeout|)"
                R"(Wartezeit f\S{1,3}r die Verbindung ist abgelaufen|nicht richtig reagiert|Zeit\S{1,3}berschreitung|)"
                // Windows' 10060 text and .NET's "The operation has timed out" in Japanese, Chinese, Russian, Korean
                R"(\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|\xe6\xb2\xa1\xe6\x9c\x89\xe6\xad\xa3\xe7\xa1\xae\xe7\xad\x94\xe5\xa4\x8d|\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd \xd0\xbd\xd1\x83\xd0\xb6\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbe\xd1\x82\xd0\xba\xd0\xbb\xd0\xb8\xd0\xba|\xec\x98\xac\xeb\xb0\x94\xeb\xa5\xb4\xea\xb2\x8c \xec\x9d\x91\xeb\x8b\xb5\xed\x95\x98\xec\xa7\x80|\xe6\x93\x8d\xe4\xbd\x9c\xe5\xb7\xb2\xe8\xb6\x85\xe6\x97\xb6|\xe6\x93\x8d\xe4\xbd\x9c\xe8\xb6\x85\xe6\x97\xb6|\xe6\x93\x8d\xe4\xbd\x9c\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|\xd0\x92\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xbe\xd0\xbf\xd0\xb5\xd1\x80\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe|\xec\x9e\x91\xec\x97\x85 \xec\x8b\x9c\xea\xb0\x84\xec\x9d\x84 \xec\xb4\x88\xea\xb3\xbc|)"
                R"(expiration du d\S{1,3}lai d\S{1,3}attente|d\S{1,3}lai d\S{1,3}attente de l\S{1,3}op\S{1,3}ration a expir|)"
                R"(pas r\S{1,3}pondu convenablement|Tiempo de conexi\S{1,3}n agotado|tiempo de espera de la operaci|)"
                R"(no respondi\S{1,3} adecuadamente|Tempo esgotado para conex|atingiu o tempo limite|)"
                R"(n\S{1,3}o respondeu corretamente|Timeout dell\S{1,3}operazione|Connessione scaduta|)"
                R"(risposta non corretta della parte connessa|Timeout \(\d+ seconds\) connecting to|)"
                // libcurl's words for its error 28, as programs that send through it log them
                // without curl's number (Julia's SMTPClient, PHP's curl mailers)
                R"(\bTimeout was reached\b|)"
                // swaks, in the reply's place: the server connected and then said nothing (a server
                // that waits for a TLS hello on 465 is one reason; the remediation names it)
                R"(Timeout \(\d+ secs?\) waiting for server response|[Tt]imeout waiting for (?:the )?(?:SMTP )?server(?:'s)? (?:response|reply|greeting|banner)|)"
                // Apple Mail: "Cannot Get Mail. The mail server "imap.example.com" is not responding."
                R"((?:mail|outgoing|incoming|SMTP|IMAP|POP3?) server\W{1,3}\S{1,80}?\W{0,3} (?:is not|isn't) responding|)"
                // ... and in Japanese ("did not respond properly after a period of time")
                R"(\xe4\xb8\x80\xe5\xae\x9a\xe3\x81\xae\xe6\x99\x82\xe9\x96\x93\xe3\x82\x92\xe9\x81\x8e\xe3\x81\x8e\xe3\x81\xa6\xe3\x82\x82\xe6\xad\xa3\xe3\x81\x97\xe3\x81\x8f\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.org "
               "timed out. Try again."},
    {.id = "net.no_route_to_host", .pattern = R"(No route to host|EHOSTUNREACH|host unreachable|\b0x80072751\b)",
     .reason = "no_route_to_host", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot connect to smtp.example.org, port 587: No route to host"},
    {.id = "net.network_unreachable", .pattern = R"(Network is unreachable|ENETUNREACH|\[Errno 101\])",
     .reason = "network_unreachable", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "Error: connect ENETUNREACH 192.0.2.16:587 - Local (0.0.0.0:0)"},
    {.id = "net.connection_closed",
     // (Symfony Mailer's "Connection to "ssl://x:465" has been closed unexpectedly.")
     .pattern = R"(\b0x80072746\b|(?:Connection|connection was) (?:unexpectedly )?closed unexpectedly|has been closed unexpectedly|Connection unexpectedly closed|closed connection unexpectedly|SMTPServerDisconnected|ECONNRESET|Connection reset|forcibly closed|Remote host closed connection|0x800CCC0F|IXP_E_CONNECTION_DROPPED|Unexpected socket close|)"
                R"(unexpectedly disconnected|Connection closed by (?:the )?remote host|Can't send command to SMTP host|Connection to server lost|)"
                // sSMTP, when the server hangs up mid-session
                R"(Connection lost in middle of processing|)"
                // Rebex; Zend_Mail (Magento's SMTP extensions)
                R"(server has closed the connection|Unable to read response, or response is empty|)"
                // mutt/neomutt, and as Polish systems print it
                R"(SMTP session failed: (?:read|write) error|Sesja SMTP nie powiod\S{1,3}a si\S{1,3}: b\S{1,3}\S{1,3}d (?:odczytu|zapisu)|)"
                // Ruby's EOFError: the server closed the connection while net-smtp waited
                R"(\(end of file reached\)|EOFError: end of file reached|)"
                // aiosmtplib: the server closed the connection before its greeting or reply
                R"(Unexpected EOF received|)"
                // s-nail and mailx: the server hung up in the middle of the dialogue
                R"(Unexpected EOF on SMTP connection|)"
                // Go's io.EOF, the whole of what a Go program's SMTP client says when the server hung up
                // (also as a JSON record's error field ends: "error":"gomail: could not send email 1: EOF")
                R"(: EOF(?:\s*$|"[,}])|)"
                // Dart's mailer package, when the server hangs up before its reply
                R"(Socket was closed even though a response was expected)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "smtplib.SMTPServerDisconnected: Connection unexpectedly closed"},
    {.id = "thunderbird.connection_lost", .pattern = R"(was lost in the middle of the transaction)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because the connection to Outgoing server (SMTP) smtp.example.org was "
               "lost in the middle of the transaction. Try again."},
    {.id = "thunderbird.connect_failed",
     .pattern = R"(connecting to Outgoing server \(SMTP\).*failed|Verbindung zum Postausgang-Server \(SMTP\).*fehlgeschlagen|)"
                R"(connexion au serveur d\S{1,3}envoi \(SMTP\).*\S{1,3}chou|)"
                R"(conex\S{1,3}o com o servidor de envio \(SMTP\).*falhou|connessione al server in uscita \(SMTP\).*non \S{1,3} riuscita|)"
                // "The server may be unavailable or is refusing SMTP connections" in the other languages
                R"((?:verweigert|weigert|refuse|rechaza|rifiuta|recusa|est\S{1,3} a recusar|odrzuca) (?:les |las |le |as )?)"
                R"((?:SMTP-Verbindungen|SMTP-verbindingen|connexions SMTP|conexiones SMTP|connessioni SMTP|)"
                R"(liga\S{1,6}es SMTP|conex\S{1,6}es SMTP|po\S{1,3}\S{1,3}czenia SMTP)|SMTP \xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe6\x8b\x92\xe5\x90\xa6|\xe6\x8b\x92\xe7\xbb\x9d SMTP \xe8\xbf\x9e\xe6\x8e\xa5)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "The message could not be sent because connecting to Outgoing server (SMTP) smtp.example.org failed. "
               "The server may be unavailable or is refusing SMTP connections."},
    {.id = "client.connect_failed",
     .pattern = R"(due to (?:a )?connection error|Couldn't connect to host|Couldn'?t open connection to (?:the )?server|Could not connect to (?:SMTP )?host|MailConnectException|Mail server connection failed|SMTP connect\(\) failed|Failed to connect to server|unable to connect to|cannot connect to|Could not connect to|ssmtp: Cannot open|Unable to connect to the remote server|Unable to read data from the transport connection|Connection could not be established with host|\bCannot open [A-Za-z0-9.-]+:\d+|\bConnect failed\b|connection to the outgoing server\b.{0,80}\bfailed|Connection to (?:SMTP )?server failed|)"
                R"(Error (?:while )?connecting to|Failed (?:to connect|connecting) to|)"
                // Perl's Email::Sender::Transport::SMTP
                R"(unable to establish SMTP connection to|)"
                // QuickBooks Desktop's "QuickBooks is unable to send your email to the outgoing server. Please
                // check your internet connection and email preferences ..."
                R"(unable to send your e-?mail to the outgoing server|)"
                // devices' fault texts ("Fault code 016-764: SMTP Server Connection Error"); Cisco IOS's
                // Embedded Event Manager ("%HA_EM-3-FMPD_SMTP: ... error in connecting to SMTP server")
                R"(error in connecting to SMTP server|)"
                R"(SMTP server connection (?:error|failed|failure)|)"
                // fetchmail, handing the mail it fetched to the local SMTP listener
                R"(SMTP connect to \S+ failed|can't raise the listener|)"
                R"(Verbindung mit dem Remoteserver kann nicht hergestellt werden|Verbindung zu \S+, Port \d+ kann nicht hergestellt|)"
                R"(Impossible de se connecter au serveur distant|No se puede conectar con el servidor remoto|)"
                R"(conectar-se ao servidor remoto|Impossibile connettersi al server remoto|)"
                R"(No se (?:ha )?pod(?:ido|\S{1,3}a) conectar (?:al|con el) servidor|)"
                // Outlook's and iOS Mail's German, SOGo's, a French client's
                R"(keine Verbindung mit dem Postausgangsserver|Verbindung zum Postausgangsserver .{0,80}fehlgeschlagen|)"
                R"(error when connecting to the SMTP server|chec de la connexion SMTP|)"
                // Sylpheed's and Claws Mail's, Geary's
                R"(Can't connect to SMTP server|Could not establish a connection to the server|)"
                R"(Connection to [A-Za-z0-9.-]+:\d+ failed|Socket error on connection to|Could not connect, check your network|)"
                // R's socketConnection() ("smtp.example.org:587 cannot be opened"); SAS's FILENAME EMAIL
                R"([A-Za-z0-9.-]+:\d+ cannot be opened\b|Email server did not respond)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = -2,
     .sample = "SMTP Error: Could not connect to SMTP host."},
    // (msmtp's German catalogue: "kann keine initiale OK Nachricht des Servers empfangen".)
    {.id = "msmtp.no_greeting",
     .pattern = R"(cannot get initial OK message from server|response: -1\b|kann keine initiale OK[ -]Nachricht)",
     .reason = "greeting_timeout", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "msmtp: cannot get initial OK message from server"},
    {.id = "exim.smtp_timeout", .pattern = R"(SMTP timeout after)",
     .reason = "smtp_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "SMTP timeout after RCPT TO:<user@example.org>"},
    // Printers' and appliances' send logs (Canon's error #801).
    {.id = "appliance.smtp_timeout", .pattern = R"(timeout while (?:communicating|talking) with the (?:SMTP|mail) server)",
     .reason = "smtp_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 1,
     .sample = "Send: NG  Error #801  (Timeout while communicating with the SMTP server)"},
    {.id = "exim.retry_time_not_reached", .pattern = R"(retry time not reached)",
     .reason = "retry_time_not_reached", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "== user@example.org R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host"},
    {.id = "smtp.service_not_available",
     .pattern = R"(Service not available|not accepting (?:network )?(?:connections|messages)|service (?:is )?(?:temporarily )?unavailable|0x800CCC67|0x800CCC0B|)"
                // dma, when the greeting is a 4xx
                R"(connection rejected temporarily)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "421 4.3.2 Service not available, closing transmission channel"},
    // RFC 5321's and RFC 4954's phrases for a reply code, as clients that print
    // the phrase instead of the code show them (Evolution's "RCPT TO command
    // failed: Requested action not taken: mailbox name not allowed"): read as
    // the code would be.
    {.id = "smtp.phrase.insufficient_storage", .pattern = R"(Requested action not taken: insufficient system storage)",
     .reason = "systemfull", .cause = C::server_unavailable, .scopes = kClient,
     .sample = "DATA command failed: Requested action not taken: insufficient system storage"},
    {.id = "smtp.phrase.mailbox_name_not_allowed", .pattern = R"(Requested action not taken: mailbox name not allowed)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient,
     .sample = "MAIL FROM command failed: Requested action not taken: mailbox name not allowed"},
    {.id = "smtp.temporary_local_problem",
     // Amazon SES's SMTP interface: "454 Temporary service failure".
     // (Evolution shows RFC 5321's phrase for the reply code, without the code:
     // "DATA command failed: Requested action aborted: error in processing".)
     .pattern = R"(temporary local problem|(?:local )?error in processing|internal (?:resource|server|system) (?:error|temporarily unavailable|failure)|Internal System Error|temporarily unavailable|0x800CCC6A|Temporary service failure)",
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
                R"(Error SMTP: No s.{1,160}ha pogut autenticar|Chyba SMTP: Autentizace selhala|)"
                R"(SMTP fejl: Login mislykkedes|SMTP-Fehler: Authentifizierung fehlgeschlagen|)"
                R"(SMTP \xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1: \xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7\xcf\x82 \(authentication|)"
                R"(Eraro de servilo SMTP.{1,160}a\xc5\xadtentigo malsukcesis|Error SMTP: Imposible autentificar|)"
                R"(SMTP Viga: Autoriseerimise viga|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xad\xd8\xb1\xd8\xa7\xd8\xb2 \xd9\x87\xd9\x88\xdb\x8c\xd8\xaa \xd8\xa8\xd8\xa7 \xd8\xb4\xda\xa9\xd8\xb3\xd8\xaa \xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87 \xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: k\xc3\xa4ytt\xc3\xa4j\xc3\xa4tunnistus ep\xc3\xa4onnistui|)"
                R"(SMTP feilur: Kundi ikki g\xc3\xb3\xc3\xb0kenna|)"
                R"(Erreur SMTP.{1,160}\xc3\xa9chec de l.{1,160}authentification|Erro SMTP: Non puido ser autentificado|)"
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
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = -1,
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
                R"(Eraro de servilo SMTP.{1,160}konektado al servilo malsukcesis|)"
                R"(Error SMTP: Imposible conectar al servidor SMTP|)"
                R"(SMTP Viga: Ei \xc3\xb5nnestunud luua \xc3\xbchendust SMTP serveriga|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 SMTP \xd8\xa8\xd8\xb1\xd9\x82\xd8\xb1\xd8\xa7\xd8\xb1 \xd9\x86\xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: yhteys palvelimeen ei onnistu|)"
                R"(SMTP feilur: Kundi ikki kn\xc3\xbdta samband vi\xc3\xb0 SMTP vert|)"
                R"(Erreur SMTP.{1,160}impossible de se connecter au serveur SMTP|)"
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
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = -2,
     .sample = "Mailer Error: SMTP-Fehler: Konnte keine Verbindung zum SMTP-Host herstellen."},
    // af Kon nie posfunksie instansieer nie, ar لا يمكن توفير خدمة البريد, az Mail funksiyası işə salına bilmədi, ...
    {.id = "phpmailer.no_mail_function.localized",
     .pattern = R"(Kon nie posfunksie instansieer nie|)"
                R"(\xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xaa\xd9\x88\xd9\x81\xd9\x8a\xd8\xb1 \xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xa8\xd8\xb1\xd9\x8a\xd8\xaf|)"
                R"(Mail funksiyas\xc4\xb1 i\xc5\x9f\xc9\x99 sal\xc4\xb1na bilm\xc9\x99di|)"
                R"(Ne mogu pokrenuti mail funkcionalnost|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xbf\xd1\x80\xd1\x8b\xd0\xbc\xd1\x8f\xd0\xbd\xd1\x96\xd1\x86\xd1\x8c \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd1\x8b\xd1\x8e mail|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xb8\xd0\xbd\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd1\x86\xd0\xb8\xd1\x80\xd0\xb0 \xd1\x84\xd1\x83\xd0\xbd\xd0\xba\xd1\x86\xd0\xb8\xd1\x8f\xd1\x82\xd0\xb0 mail|)"
                R"(No s.{1,160}ha pogut crear una inst\xc3\xa0ncia de la funci\xc3\xb3 Mail|)"
                R"(Nelze vytvo\xc5\x99it instanci emailov\xc3\xa9 funkce|Email funktionen kunne ikke initialiseres|)"
                R"(Mail-Funktion konnte nicht initialisiert werden|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb5\xce\xba\xce\xba\xce\xaf\xce\xbd\xce\xb7\xcf\x83\xce\xb7\xcf\x82 Mail function|)"
                R"(Genero de retmesa\xc4\x9da funkcio neeblis|Imposible crear una instancia de la funci\xc3\xb3n Mail|)"
                R"(mail funktiooni k\xc3\xa4ivitamine eba\xc3\xb5nnestus|)"
                R"(\xd8\xa7\xd9\x85\xda\xa9\xd8\xa7\xd9\x86 \xd9\x85\xd8\xb9\xd8\xb1\xd9\x81\xdb\x8c \xd8\xaa\xd8\xa7\xd8\xa8\xd8\xb9 \xd8\xa7\xdb\x8c\xd9\x85\xdb\x8c\xd9\x84 \xd9\x88\xd8\xac\xd9\x88\xd8\xaf \xd9\x86\xd8\xaf\xd8\xa7\xd8\xb1\xd8\xaf|)"
                R"(mail-funktion luonti ep\xc3\xa4onnistui|Kuni ikki instantiera mail funkti\xc3\xb3n|)"
                R"(Impossible d.{1,160}instancier la fonction mail|)"
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
                R"(Impossible de lancer l.{1,160}ex\xc3\xa9cution|Non puido ser executado|)"
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
                R"(Eraro de servilo SMTP.{1,160}la jenaj po\xc5\x9dtrecivuloj ka\xc5\xadzis eraron|)"
                R"(Error SMTP: Los siguientes destinos fallaron|)"
                R"(SMTP Viga: J\xc3\xa4rgnevate saajate e-posti aadressid on vigased|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xa7\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 \xd8\xa2\xd8\xaf\xd8\xb1\xd8\xb3 \xda\xaf\xdb\x8c\xd8\xb1\xd9\x86\xd8\xaf\xd9\x87 \xd8\xa8\xd8\xa7 \xd8\xae\xd8\xb7\xd8\xa7 \xd9\x85\xd9\x88\xd8\xa7\xd8\xac\xd9\x87 \xd8\xb4\xd8\xaf|)"
                R"(SMTP-virhe: seuraava vastaanottaja osoite on virheellinen|)"
                R"(SMTP Feilur: Fylgjandi m\xc3\xb3ttakarar miseydna\xc3\xb0ust|)"
                R"(Erreur SMTP.{1,160}les destinataires suivants ont \xc3\xa9chou\xc3\xa9|)"
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
                R"(Eraro de servilo SMTP.{1,160}ne\xc4\x9dustaj datumoj|Error SMTP: Datos no aceptados|)"
                R"(SMTP Viga: Vigased andmed|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP: \xd8\xaf\xd8\xa7\xd8\xaf\xd9\x87\xe2\x80\x8c\xd9\x87\xd8\xa7 \xd9\x86\xd8\xa7\xe2\x80\x8c\xd8\xaf\xd8\xb1\xd8\xb3\xd8\xaa \xd9\x87\xd8\xb3\xd8\xaa\xd9\x86\xd8\xaf|)"
                R"(SMTP-virhe: data on virheellinen|SMTP feilur: Data ikki g\xc3\xb3\xc3\xb0kent|)"
                R"(Erreur SMTP.{1,160}donn\xc3\xa9es incorrectes|Erro SMTP: Datos non aceptados|)"
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
                R"(adresse d.{1,160}exp\xc3\xa9diteur suivante a \xc3\xa9chou\xc3\xa9|)"
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
                R"(\xd0\xa3\xd0\x9f\xd0\x9e\xd0\x97\xd0\x9e\xd0\xa0\xd0\x95\xd0\x8a\xd0\x95: \xd0\x9d\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xb2 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x83|)"
                R"(La comprovaci\xc3\xb3 de l\xe2\x80\x99amfitri\xc3\xb3 del certificat ha fallat|)"
                R"(Kontrola certifik\xc3\xa1tu stroje selhala|Kontrol af certifikat-v\xc3\xa6rt fejlede|)"
                R"(Pr\xc3\xbcfung des Rechnernamens in Zertifikat gescheitert|)"
                R"(Malsukcesis kontrolo de gastiganta atestilo|Verificaci\xc3\xb3n del servidor fall\xc3\xb3|)"
                R"(Sertifikaatin palvelintesti ep\xc3\xa4onnistui|\xc3\x89chec de v\xc3\xa9rification de machine|)"
                R"(tan\xc3\xbas\xc3\xadtv\xc3\xa1ny gazd\xc3\xa1j\xc3\xa1nak ellen\xc5\x91rz\xc3\xa9se sikertelen|)"
                R"(Verifica nome host del certificato fallita|)"
                R"(\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe6\xa4\x9c\xe6\x9f\xbb\xe3\x81\xab\xe4\xb8\x8d\xe5\x90\x88\xe6\xa0\xbc|)"
                R"(Sertifikato patikrinimas nepavyko|Controle van servernaam van certificaat is mislukt|)"
                R"(Weryfikacja certyfikat hosta nie powiod\xc5\x82a si\xc4\x99|)"
                R"(Sprawdzenie hosta certyfikatu nie powiod\xc5\x82o si\xc4\x99|)"
                R"(Verifica\xc3\xa7\xc3\xa3o de certifcado do host falhou|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xb2\xd1\x8b\xd0\xbf\xd0\xbe\xd0\xbb\xd0\xbd\xd0\xb8\xd1\x82\xd1\x8c \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd1\x83 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(Kontrola certifik\xc3\xa1tu stroja zlyhala|Sertifika sahibi denetimi ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xb8\xd1\x82\xd0\xb8 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83|)"
                R"(\xe8\xaf\x81\xe4\xb9\xa6\xe4\xb8\xbb\xe6\x9c\xba\xe5\x90\x8d\xe6\xa3\x80\xe6\x9f\xa5\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(\xe8\xaf\x81\xe4\xb9\xa6\xe4\xb8\xbb\xe6\x9c\xba\xe6\xa3\x80\xe6\x9f\xa5\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(Sertifikatsvertssjekk mislyktes|)"
                R"(\xd0\x9d\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(El propietari del certificat no concorda amb l\xe2\x80\x99amfitri\xc3\xb3|)"
                R"(vlastn\xc3\xadk certifik\xc3\xa1tu nen\xc3\xad toto\xc5\xben\xc3\xbd s n\xc3\xa1zvem stroje|)"
                R"(der er ikke sammenfald mellem ejer af certifikat og v\xc3\xa6rtsnavn|)"
                R"(Zertifikat-Inhaber stimmt nicht mit Rechnername.{1,160}\xc3\xbcberein|)"
                R"(Zertifikatinhaber stimmt nicht mit Rechnername.{1,160}\xc3\xbcberein|)"
                R"(\xce\xbf \xce\xb9\xce\xb4\xce\xb9\xce\xbf\xce\xba\xcf\x84\xce\xae\xcf\x84\xce\xb7\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x8d \xce\xb4\xce\xb5\xce\xbd \xcf\x84\xce\xb1\xce\xb9\xcf\x81\xce\xb9\xce\xac\xce\xb6\xce\xb5\xce\xb9 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf hostname|)"
                R"(posedanto de atestilo ne kongruas kun komputilretnomo|)"
                R"(el propietario del certificado no coincide con el nombre del equipo|)"
                R"(sertifikaatin omistaja on eri kuin hostname|)"
                R"(le propri\xc3\xa9taire du certificat ne correspond pas au nom|)"
                R"(a tan\xc3\xbas\xc3\xadtv\xc3\xa1ny tulajdonosa nem egyezik a szerver nev\xc3\xa9vel|)"
                R"(il proprietario del certificato non corrisponde al nome host|)"
                R"(\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe6\x89\x80\xe6\x9c\x89\xe8\x80\x85\xe3\x81\x8c\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe5\x90\x8d\xe3\x81\xab\xe4\xb8\x80\xe8\x87\xb4\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84|)"
                R"(sertifikato savininkas neatitinka serverio vardo|)"
                R"(certificaateigenaar komt niet overeen met naam van de server|)"
                R"(w\xc5\x82a\xc5\x9bciciel certyfikatu nie odpowiada nazwie hosta|)"
                R"(titular certificado n\xc3\xa3o coincide hostname|)"
                R"(\xd0\xb2\xd0\xbb\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbb\xd0\xb5\xd1\x86 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbd\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\xd1\x81\xd1\x82\xd0\xb2\xd1\x83\xd0\xb5\xd1\x82 \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0|)"
                R"(vlastn\xc3\xadk certifik\xc3\xa1tu nie je toto\xc5\xben\xc3\xbd s n\xc3\xa1zvom stroja|)"
                R"(sertifika sahibi.{1,160}makine ad\xc4\xb1 ile uyu\xc5\x9fmuyor|)"
                R"(\xd0\xb2\xd0\xbb\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83 \xd0\xbd\xd0\xb5 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb0\xd1\x94 \xd1\x96\xd0\xbc\xd0\xb5\xd0\xbd\xd1\x96 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0|)"
                R"(\xe8\xaf\x81\xe4\xb9\xa6\xe6\x89\x80\xe6\x9c\x89\xe8\x80\x85\xe4\xb8\x8e\xe4\xb8\xbb\xe6\x9c\xba\xe5\x90\x8d.{1,160}\xe4\xb8\x8d\xe5\x8c\xb9\xe9\x85\x8d|)"
                R"(\xe8\xaf\x81\xe4\xb9\xa6\xe6\x89\x80\xe6\x9c\x89\xe8\x80\x85\xe4\xb8\x8e\xe4\xb8\xbb\xe6\x9c\xba\xe5\x90\x8d\xe7\xa7\xb0.{1,160}\xe4\xb8\x8d\xe5\x8c\xb9\xe9\x85\x8d|)"
                R"(sertifikatseier samsvarer ikke med vertsnavn|)"
                R"(\xd0\xb2\xd0\xbb\xd0\xb0\xd1\x81\xd0\xbd\xd0\xb8\xd0\xba \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xb2\xd1\x83 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82\xd0\xb0)",
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
                // zh-CN: "发送服务器 (SMTP) x 未知。" (the outgoing server x is unknown)
                R"(\(SMTP\) \S+ \xe6\x9c\xaa\xe7\x9f\xa5|)"
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
    // Thunderbird: the server refuses a password sent in the clear (it wants
    // TLS first, or an encrypted method), as the localized rows below.
    {.id = "thunderbird.plain_password_refused", .pattern = R"(does not allow plaintext passwords)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "The Outgoing server (SMTP) mail.example.com does not allow plaintext passwords. Please try changing "
               "the 'Authentication method' in 'Account Settings | Outgoing server (SMTP)' to 'Encrypted password'."},
    {.id = "thunderbird.plain_password_refused.localized",
     .pattern = R"(Passwort\" unter \"Konten-Einstellungen \| Postausgangs-Server \(SMTP|)"
                // the sentence itself, whatever quotes the advice after it uses (Spanish, German, French)
                R"(no admite contrase\xc3\xb1as no cifradas|unterst\xc3\xbctzt keine unverschl\xc3\xbcsselten Passw\xc3\xb6rter|)"
                R"(ne prend pas en charge les mots de passe non chiffr\xc3\xa9s|)"
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
    // "Too large" and "the size limit" in the languages mail programs and
    // webmails are most often set to (iOS Mail's "Il messaggio è stato
    // rifiutato dal server perché è troppo grande", Roundcube's "Die Nachricht
    // überschreitet das Größenlimit des Servers").
    {.id = "client.message_too_large.other_languages",
     .pattern = R"(exceeded mailsize limit|\bzu gro\S{1,3}\b|trop volumineu|\btrop gros|demasiado grande|troppo grand|muito grande|\bte groot\b|)"
                R"(zbyt du\S{1,3}|\bza du\S{1,3}|Gr\S{1,3}\S{1,3}enlimit|Gr\S{1,3}\S{1,3}enbeschr\S{1,3}nkung|limite de taille|)"
                R"(l\S{1,3}mite de tama\S{1,3}o|limite di dimensione|limite de tamanho|groottelimiet|limit rozmiaru|)"
                R"(limit velikosti|\xe3\x82\xb5\xe3\x82\xa4\xe3\x82\xba.{0,40}\xe8\xb6\x85\xe3\x81\x88)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 1,
     .sample = "Impossibile inviare l'e-mail. Il messaggio \xc3\xa8 stato rifiutato dal server perch\xc3\xa9 \xc3\xa8 troppo "
               "grande."},
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

    // --- Desktop mail programs' errors in other languages ---------------------------------------------
    // Evolution's, Claws Mail's, Sylpheed's, Geary's and KMail's (KSMTP's) sending errors of the English
    // rules above, as they show them in the languages of their message catalogs; written by
    // corpora/gen/mua_localized.py from them (Debian 12's evolution-data-server 3.46, claws-mail 4.1,
    // sylpheed 3.8, geary 43, ksmtp 22.12). ".{1,160}" stands for a placeholder (host, port, the
    // system's error).
    // ar STARTTLS غير مدعوم, as STARTTLS সমৰ্থিত নহয়, ast Nun se sofita STARTTLS, ...
    {.id = "mua.starttls_not_offered.localized",
     .pattern = R"(STARTTLS \xd8\xba\xd9\x8a\xd8\xb1 \xd9\x85\xd8\xaf\xd8\xb9\xd9\x88\xd9\x85|)"
                R"(STARTTLS \xe0\xa6\xb8\xe0\xa6\xae\xe0\xa7\xb0\xe0\xa7\x8d\xe0\xa6\xa5\xe0\xa6\xbf\xe0\xa6\xa4 \xe0\xa6\xa8\xe0\xa6\xb9\xe0\xa7\x9f|)"
                R"(Nun se sofita STARTTLS|)"
                R"(STARTTLS \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb0\xd0\xb4\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xbb\xd1\x96\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x86\xd1\x86\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd1\x8a\xd1\x80\xd0\xb6\xd0\xb0 STARTTLS|)"
                R"(STARTTLS \xe0\xa6\xb8\xe0\xa6\xae\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa5\xe0\xa6\xbf\xe0\xa6\xa4 \xe0\xa6\xa8\xe0\xa7\x9f|)"
                R"(STARTTLS nije podr\xc5\xbeano|No est\xc3\xa0 implementat l'STARTTLS|)"
                R"(STARTTLS nen\xc3\xad podporov\xc3\xa1no|Ni chynhelir STARTTLS|STARTTLS underst\xc3\xb8ttes ikke|)"
                R"(STARTTLS nicht unterst\xc3\xbctzt|)"
                R"(STARTTLS \xe0\xbd\xa3\xe0\xbd\xb4\xe0\xbc\x8b \xe0\xbd\xa2\xe0\xbe\x92\xe0\xbe\xb1\xe0\xbd\x96\xe0\xbc\x8b\xe0\xbd\xa6\xe0\xbe\x90\xe0\xbe\xb1\xe0\xbd\xbc\xe0\xbd\xa2\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\xb2\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\xa0\xe0\xbd\x91\xe0\xbd\xb4\xe0\xbd\x82|)"
                R"(\xce\xa4\xce\xbf STARTTLS \xce\xb4\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xb7\xcf\x81\xce\xaf\xce\xb6\xce\xb5\xcf\x84\xce\xb1\xce\xb9|)"
                R"(STARTTLS ne estas subtenata|No se soporta STARTTLS|STARTTLS ei ole toetatud|STARTTLS ez da onartzen|)"
                R"(\xd9\xbe\xd8\xb4\xd8\xaa\xdb\x8c\xd8\xa8\xd8\xa7\xd9\x86\xdb\x8c \xd9\x86\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf STARTTLS|)"
                R"(STARTTLS laajennos ei ole k\xc3\xa4ytett\xc3\xa4viss\xc3\xa4|STARTTLS non pris en charge|)"
                R"(STARTTLS no supuart\xc3\xa2ts|O STARTTLS non \xc3\xa9 compat\xc3\xadbel|)"
                R"(STARTTLS \xe0\xaa\x86\xe0\xaa\xa7\xe0\xaa\xbe\xe0\xaa\xb0\xe0\xaa\xad\xe0\xab\x82\xe0\xaa\xa4 \xe0\xaa\xa8\xe0\xaa\xa5\xe0\xab\x80|)"
                R"(\xe2\x80\x8fSTARTTLS \xd7\x9c\xd7\x90 \xd7\xa0\xd7\xaa\xd7\x9e\xd7\x9a|)"
                R"(STARTTLS \xe0\xa4\xb8\xe0\xa4\xae\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82|)"
                R"(STARTTLS nije podr\xc5\xbean|A STARTTLS nem t\xc3\xa1mogatott|STARTTLS tidak didukung|)"
                R"(STARTTLS non supportato|)"
                R"(STARTTLS \xe6\x8b\xa1\xe5\xbc\xb5\xe3\x81\xaf\xe3\x82\xb5\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(STARTTLS \xd2\xaf\xd1\x88\xd1\x96\xd0\xbd \xd2\x9b\xd0\xbe\xd0\xbb\xd0\xb4\xd0\xb0\xd1\x83 \xd0\xb6\xd0\xbe\xd2\x9b|)"
                R"(STARTTLS \xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe2\x80\x8b\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x82\xe1\x9e\xb6\xe1\x9f\x86\xe1\x9e\x91\xe1\x9f\x92\xe1\x9e\x9a|)"
                R"(STARTTLS \xe0\xb2\xac\xe0\xb3\x86\xe0\xb2\x82\xe0\xb2\xac\xe0\xb2\xb2\xe0\xb2\xbf\xe0\xb2\xa4\xe0\xb2\xb5\xe0\xb2\xbe\xe0\xb2\x97\xe0\xb2\xbf\xe0\xb2\xb2\xe0\xb3\x8d\xe0\xb2\xb2|)"
                R"(STARTLS\xeb\xa5\xbc \xec\xa7\x80\xec\x9b\x90\xed\x95\x98\xec\xa7\x80 \xec\x95\x8a\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(STARTTLS nepalaikomas|STARTTLS nav atbalst\xc4\xabts|)"
                R"(STARTTLS \xd0\xb5 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd|)"
                R"(STARTTLS \xe0\xb4\xaa\xe0\xb4\xbf\xe0\xb4\xa8\xe0\xb5\x8d\xe0\xb4\xa4\xe0\xb5\x81\xe0\xb4\xa3\xe0\xb4\xaf\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb4\xbf\xe0\xb4\xa8\xe0\xb5\x8d\xe0\xb4\xa8\xe0\xb4\xbf\xe0\xb4\xb2\xe0\xb5\x8d\xe0\xb4\xb2|)"
                R"(STARTTLS \xe0\xa4\xb8\xe0\xa4\xae\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa5\x80|)"
                R"(STARTTLS tidak disokong|STARTTLS er ikke st\xc3\xb8ttet|)"
                R"(STARTTLS \xe0\xa4\xb8\xe0\xa4\xae\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\x9b\xe0\xa5\x88\xe0\xa4\xa8|)"
                R"(STARTTLS niet ondersteund|STARTTLS er ikkje st\xc3\xb8tta|STARTTLS pas pres en carga|)"
                R"(STARTTLS \xe0\xac\xb8\xe0\xac\xae\xe0\xac\xb0\xe0\xad\x8d\xe0\xac\xa5\xe0\xac\xbf\xe0\xac\xa4 \xe0\xac\xa8\xe0\xad\x81\xe0\xac\xb9\xe0\xac\x81|)"
                R"(\xe0\xa8\xaa\xe0\xa9\x8d\xe0\xa8\xb0\xe0\xa9\x8b\xe0\xa8\x9f\xe0\xa9\x8b\xe0\xa8\x95\xe0\xa8\xbe\xe0\xa8\xb2 \xe0\xa8\xb8\xe0\xa8\xb9\xe0\xa8\xbe\xe0\xa8\x87\xe0\xa8\x95 \xe0\xa8\xa8\xe0\xa8\xb9\xe0\xa9\x80\xe0\xa8\x82 \xe0\xa8\xb9\xe0\xa9\x88|)"
                R"(STARTTLS nie jest obs\xc5\x82ugiwane|STARTLS n\xc3\xa3o suportada|)"
                R"(N\xc3\xa3o h\xc3\xa1 suporte a STARTTLS|STARTTLS nu este suportat|)"
                R"(STARTTLS \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f|)"
                R"(STARTTLS nie je podporovan\xc3\xa9|STARTTLS ni podprt|STARTTLS nuk suportohet|)"
                R"(\xd0\xa1\xd0\xa2\xd0\x90\xd0\xa0\xd0\xa2\xd0\xa2\xd0\x9b\xd0\xa1 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xbd|)"
                R"(STARTTLS st\xc3\xb6ds inte|)"
                R"(STARTTLS \xe0\xae\x86\xe0\xae\xa4\xe0\xae\xb0\xe0\xae\xb5\xe0\xaf\x81 \xe0\xae\x87\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88|)"
                R"(STARTTLS \xe0\xb0\xb8\xe0\xb0\xb9\xe0\xb0\x95\xe0\xb0\xb0\xe0\xb0\xbf\xe0\xb0\x82\xe0\xb0\x9a\xe0\xb0\xb2\xe0\xb1\x87\xe0\xb0\xa6\xe0\xb1\x81|)"
                R"(\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xa3\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a STARTTLS|)"
                R"(STARTTLS desteklenmiyor|)"
                R"(STARTTLS \xd9\x86\xd9\x89 \xd9\x82\xd9\x88\xd9\x84\xd9\x84\xd9\x89\xd9\x85\xd8\xa7\xd9\x8a\xd8\xaf\xdb\x87|)"
                R"(STARTTLS \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd1\x94\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f|)"
                R"(Ch\xc6\xb0a h\xe1\xbb\x97 tr\xe1\xbb\xa3 STARTTLS|I-STARTTLS asixhaswanga|)"
                R"(\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8c\x81 STARTTLS|\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8f\xb4 STARTTLS)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "STARTTLS non pris en charge"},
    // as SMTP চাৰ্ভাৰ ... প্ৰমাণীকৰণ সমৰ্থন নকৰে, ast El sirvidor SMTP ... nun sofita autenticación, be SMTP-сервер ... не падтрымлівае тыпу ідэнтыфікацыі, ...
    {.id = "mua.server_lacks_mechanism.localized",
     .pattern = R"(SMTP \xe0\xa6\x9a\xe0\xa6\xbe\xe0\xa7\xb0\xe0\xa7\x8d\xe0\xa6\xad\xe0\xa6\xbe\xe0\xa7\xb0.{1,160}\xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa6\xae\xe0\xa6\xbe\xe0\xa6\xa3\xe0\xa7\x80\xe0\xa6\x95\xe0\xa7\xb0\xe0\xa6\xa3 \xe0\xa6\xb8\xe0\xa6\xae\xe0\xa7\xb0\xe0\xa7\x8d\xe0\xa6\xa5\xe0\xa6\xa8 \xe0\xa6\xa8\xe0\xa6\x95\xe0\xa7\xb0\xe0\xa7\x87|)"
                R"(El sirvidor SMTP.{1,160}nun sofita autenticaci\xc3\xb3n|)"
                R"(SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb0\xd0\xb4\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xbb\xd1\x96\xd0\xb2\xd0\xb0\xd0\xb5 \xd1\x82\xd1\x8b\xd0\xbf\xd1\x83 \xd1\x96\xd0\xb4\xd1\x8d\xd0\xbd\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x96|)"
                R"(\xd0\xa1\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd1\x8a\xd1\x82 \xd0\xb7\xd0\xb0 SMTP.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd1\x8a\xd1\x80\xd0\xb6\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xbe\xd0\xb1\xd1\x85\xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x8f \xd0\xb2\xd0\xb8\xd0\xb4 \xd1\x83\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8f\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5|)"
                R"(SMTP \xe0\xa6\xb8\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xad\xe0\xa6\xbe\xe0\xa6\xb0.{1,160}\xe0\xa6\xa6\xe0\xa7\x8d\xe0\xa6\xac\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa6\xbe \xe0\xa6\x85\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa6\xae\xe0\xa7\x8b\xe0\xa6\xa6\xe0\xa6\xa8 \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xa3\xe0\xa6\xbe\xe0\xa6\xb2\xe0\xa7\x80.{1,160}\xe0\xa6\xb8\xe0\xa6\xae\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa5\xe0\xa6\xbf\xe0\xa6\xa4 \xe0\xa6\xb9\xe0\xa7\x9f \xe0\xa6\xa8\xe0\xa6\xbe|)"
                R"(SMTP server.{1,160}ne podr\xc5\xbeava.{1,160}ovjeru|)"
                R"(El servidor SMTP.{1,160}no implementa l'autenticaci\xc3\xb3|)"
                R"(Server SMTP.{1,160}nepodporuje ov\xc4\x9b\xc5\x99ov\xc3\xa1n\xc3\xad toto\xc5\xbenosti|)"
                R"(SMTP-serveren.{1,160}underst\xc3\xb8tter ikke godkendelsestype|)"
                R"(SMTP-Server.{1,160}unterst\xc3\xbctzt den Legitimierungstypen.{1,160}nicht|)"
                R"(\xce\x9f \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae\xcf\x82 SMTP.{1,160}\xce\xb4\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xb7\xcf\x81\xce\xaf\xce\xb6\xce\xb5\xce\xb9 \xcf\x84\xce\xb7\xce\xbd \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7|)"
                R"(El servidor SMTP.{1,160}no soporta la autenticaci\xc3\xb3n|)"
                R"(SMTP zerbitzariak ez du.{1,160}autentifikazioa onartzen|)"
                R"(SMTP-palvelin.{1,160}ei tue tunnistautumismenetelm\xc3\xa4\xc3\xa4|)"
                R"(Le serveur SMTP.{1,160}ne prend pas en charge l\xe2\x80\x99authentification|)"
                R"(Il servid\xc3\xb4r SMTP.{1,160}nol supuarte la autenticazion|)"
                R"(O servidor SMTP.{1,160}non \xc3\xa9 compat\xc3\xadbel coa autenticaci\xc3\xb3n|)"
                R"(SMTP \xe0\xaa\xb8\xe0\xaa\xb0\xe0\xab\x8d\xe0\xaa\xb5\xe0\xaa\xb0.{1,160}\xe0\xaa\xb8\xe0\xaa\xa4\xe0\xab\x8d\xe0\xaa\xa4\xe0\xaa\xbe\xe0\xaa\xa7\xe0\xaa\xbf\xe0\xaa\x95\xe0\xaa\xb0\xe0\xaa\xa3\xe0\xaa\xa8\xe0\xab\x87 \xe0\xaa\x86\xe0\xaa\xa7\xe0\xaa\xbe\xe0\xaa\xb0 \xe0\xaa\x86\xe0\xaa\xaa\xe0\xaa\xa4\xe0\xab\x81 \xe0\xaa\xa8\xe0\xaa\xa5\xe0\xab\x80|)"
                R"(SMTP \xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa4\xaa\xe0\xa4\xa8.{1,160}\xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\xb8\xe0\xa4\xae\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xa8 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xa4\xe0\xa4\xbe|)"
                R"(SMTP poslu\xc5\xbeitelj.{1,160}ne podr\xc5\xbeava.{1,160}ovjeru|)"
                R"(A\(z.{1,160}SMTP-kiszolg\xc3\xa1l\xc3\xb3 nem t\xc3\xa1mogat.{1,160}hiteles\xc3\xadt\xc3\xa9st|)"
                R"(Peladen SMTP.{1,160}tidak mendukung autentikasi|Il server SMTP.{1,160}non supporta l'autenticazione|)"
                R"(SMTP \xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc.{1,160}\xe3\x81\xaf\xe8\xaa\x8d\xe8\xa8\xbc\xe6\x96\xb9\xe5\xbc\x8f.{1,160}\xe3\x82\x92\xe3\x82\xb5\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xe1\x9e\x98\xe1\x9f\x89\xe1\x9e\xb6\xe1\x9e\x9f\xe1\x9f\x8a\xe1\x9e\xb8\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\x98\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbe SMTP.{1,160}\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x82\xe1\x9e\xb6\xe1\x9f\x86\xe1\x9e\x91\xe1\x9f\x92\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x80\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9f\x80\xe1\x9e\x84\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x8f\xe1\x9f\x8b\xe2\x80\x8b\xe1\x9e\x97\xe1\x9e\xb6\xe1\x9e\x96\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb9\xe1\x9e\x98\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c|)"
                R"(\xe0\xb2\x8e\xe0\xb2\x82\xe0\xb2\xac SMTP \xe0\xb2\xaa\xe0\xb3\x82\xe0\xb2\xb0\xe0\xb3\x88\xe0\xb2\x95\xe0\xb3\x86\xe0\xb2\x97\xe0\xb2\xa3\xe0\xb2\x95\xe0\xb2\xb5\xe0\xb3\x81.{1,160}\xe0\xb2\x8e\xe0\xb2\x82\xe0\xb2\xac \xe0\xb2\xa6\xe0\xb3\x83\xe0\xb2\xa2\xe0\xb3\x80\xe0\xb2\x95\xe0\xb2\xb0\xe0\xb2\xa3\xe0\xb2\xb5\xe0\xb2\xa8\xe0\xb3\x8d\xe0\xb2\xa8\xe0\xb3\x81 \xe0\xb2\xac\xe0\xb3\x86\xe0\xb2\x82\xe0\xb2\xac\xe0\xb2\xb2\xe0\xb2\xbf\xe0\xb2\xb8\xe0\xb3\x81\xe0\xb2\xb5\xe0\xb3\x81\xe0\xb2\xa6\xe0\xb2\xbf\xe0\xb2\xb2\xe0\xb3\x8d\xe0\xb2\xb2|)"
                R"(SMTP \xec\x84\x9c\xeb\xb2\x84.{1,160}\xec\x97\x90\xec\x84\x9c \xec\x9a\x94\xec\xb2\xad\xed\x95\x9c.{1,160}\xec\x9d\xb8\xec\xa6\x9d \xeb\xb0\xa9\xec\x8b\x9d\xec\x9d\x84 \xec\xa7\x80\xec\x9b\x90\xed\x95\x98\xec\xa7\x80 \xec\x95\x8a\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP serveris.{1,160}nepalaiko pra\xc5\xa1yto tapatyb\xc4\x97s nustatymo tipo|)"
                R"(SMTP serveris.{1,160}neatbalsta.{1,160}autentifik\xc4\x81ciju|)"
                R"(SMTP \xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa5\x8d\xe0\xa4\xb9\xe0\xa4\xb0.{1,160}\xe0\xa4\x93\xe0\xa4\xb3\xe0\xa4\x96 \xe0\xa4\xaa\xe0\xa4\x9f\xe0\xa4\xb5\xe0\xa4\xa3\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa4\xb8 \xe0\xa4\xb8\xe0\xa4\xae\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa5\xe0\xa4\xa8 \xe0\xa4\xaa\xe0\xa5\x81\xe0\xa4\xb0\xe0\xa4\xb5\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa5\x80|)"
                R"(Pelayan SMTP.{1,160}tidak menyokong pengesahihan|)"
                R"(SMTP-tjener.{1,160}st\xc3\xb8tter ikke autentiseringstype|)"
                R"(SMTP-server.{1,160}ondersteunt authenticatie.{1,160}niet|)"
                R"(Lo servidor SMTP.{1,160}pren pas en carga l'autentificacion|)"
                R"(SMTP \xe0\xac\xb8\xe0\xac\xb0\xe0\xad\x8d\xe0\xac\xad\xe0\xac\xb0.{1,160}\xe0\xac\xac\xe0\xad\x88\xe0\xac\xa7\xe0\xac\xbf\xe0\xac\x95\xe0\xac\xb0\xe0\xac\xa3 \xe0\xac\xaa\xe0\xad\x8d\xe0\xac\xb0\xe0\xac\x95\xe0\xac\xbe\xe0\xac\xb0.{1,160}\xe0\xac\x95\xe0\xad\x81 \xe0\xac\xb8\xe0\xac\xae\xe0\xac\xb0\xe0\xad\x8d\xe0\xac\xa5\xe0\xac\xa8 \xe0\xac\x95\xe0\xac\xb0\xe0\xac\xbf\xe0\xac\xa8\xe0\xac\xa5\xe0\xac\xbe\xe0\xac\x8f|)"
                R"(SMTP \xe0\xa8\xb8\xe0\xa8\xb0\xe0\xa8\xb5\xe0\xa8\xb0.{1,160}\xe0\xa8\xb2\xe0\xa9\x8b\xe0\xa9\x9c\xe0\xa9\x80\xe0\xa8\xa6\xe0\xa9\x80 \xe0\xa8\xaa\xe0\xa9\x8d\xe0\xa8\xb0\xe0\xa8\xae\xe0\xa8\xbe\xe0\xa8\xa3\xe0\xa8\x95\xe0\xa8\xbf\xe0\xa8\xa4\xe0\xa8\xbe \xe0\xa8\x95\xe0\xa8\xbf\xe0\xa8\xb8\xe0\xa8\xae.{1,160}\xe0\xa8\xb2\xe0\xa8\x88 \xe0\xa8\xb8\xe0\xa8\xb9\xe0\xa8\xbe\xe0\xa8\x87\xe0\xa8\x95 \xe0\xa8\xa8\xe0\xa8\xb9\xe0\xa9\x80\xe0\xa8\x82 \xe0\xa8\xb9\xe0\xa9\x88\xe0\xa5\xa4|)"
                R"(Serwer SMTP.{1,160}nie obs\xc5\x82uguje uwierzytelniania|)"
                R"(Servidor SMTP.{1,160}n\xc3\xa3o suporta autentica\xc3\xa7\xc3\xa3o|)"
                R"(O servidor SMTP.{1,160}n\xc3\xa3o oferece suporte a autentica\xc3\xa7\xc3\xa3o|)"
                R"(Serverul SMTP.{1,160}nu suport\xc4\x83 autentificare|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 SMTP.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8e|)"
                R"(Server SMTP.{1,160}nepodporuje sp\xc3\xb4sob overenia toto\xc5\xbenosti|)"
                R"(Stre\xc5\xbenik SMTP.{1,160}ne podpira zahtevane vrste overitve|)"
                R"(\xd0\xa1\xd0\x9c\xd0\xa2\xd0\x9f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x80\xd0\xb6\xd0\xb0\xd0\xb2\xd0\xb0.{1,160}\xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(SMTP server.{1,160}ne podr\xc5\xbeava.{1,160}potvr\xc4\x91ivanje identiteta|)"
                R"(SMTP-servern.{1,160}saknar st\xc3\xb6d f\xc3\xb6r.{1,160}-autentisering|)"
                R"(SMTP \xe0\xae\x9a\xe0\xaf\x87\xe0\xae\xb5\xe0\xae\x95\xe0\xae\xa9\xe0\xaf\x8d.{1,160}\xe0\xae\xb5\xe0\xae\x95\xe0\xaf\x88 \xe0\xae\x89\xe0\xae\xb1\xe0\xaf\x81\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\x9f\xe0\xaf\x81\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xaf\x81\xe0\xae\xa4\xe0\xae\xb2\xe0\xaf\x81\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xaf\x81 \xe0\xae\x86\xe0\xae\xa4\xe0\xae\xb0\xe0\xae\xb5\xe0\xaf\x81 \xe0\xae\xa4\xe0\xae\xb0\xe0\xae\xbe\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(SMTP \xe0\xb0\xb8\xe0\xb1\x87\xe0\xb0\xb5\xe0\xb0\xbf\xe0\xb0\x95.{1,160}\xe0\xb0\x85\xe0\xb0\xa8\xe0\xb1\x81\xe0\xb0\xa8\xe0\xb0\xa6\xe0\xb0\xbf.{1,160}\xe0\xb0\xa7\xe0\xb1\x83\xe0\xb0\xb5\xe0\xb1\x80\xe0\xb0\x95\xe0\xb0\xb0\xe0\xb0\xa3\xe0\xb0\x95\xe0\xb1\x81 \xe0\xb0\xae\xe0\xb0\xa6\xe0\xb1\x8d\xe0\xb0\xa6\xe0\xb0\xa4\xe0\xb1\x81\xe0\xb0\xa8\xe0\xb1\x80\xe0\xb0\xaf\xe0\xb0\xa6\xe0\xb1\x81|)"
                R"(\xe0\xb9\x80\xe0\xb8\x8b\xe0\xb8\xb4\xe0\xb8\xa3\xe0\xb9\x8c\xe0\xb8\x9f\xe0\xb9\x80\xe0\xb8\xa7\xe0\xb8\xad\xe0\xb8\xa3\xe0\xb9\x8c SMTP.{1,160}\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xa3\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\xa2\xe0\xb8\xb7\xe0\xb8\x99\xe0\xb8\xa2\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\x95\xe0\xb8\xb1\xe0\xb8\xa7\xe0\xb8\x9a\xe0\xb8\xb8\xe0\xb8\x84\xe0\xb8\x84\xe0\xb8\xa5\xe0\xb9\x81\xe0\xb8\x9a\xe0\xb8\x9a|)"
                R"(SMTP sunucusu.{1,160}kimlik do\xc4\x9frulama desteklemiyor|)"
                R"(SMTP \xd9\x85\xdb\x87\xd9\x84\xd8\xa7\xd8\xb2\xd9\x89\xd9\x85\xdb\x90\xd8\xaa\xd9\x89\xd8\xb1\xd9\x89.{1,160}\xd9\x83\xd9\x89\xd9\x85\xd9\x84\xd9\x89\xd9\x83 \xd8\xaf\xdb\x95\xd9\x84\xd9\x89\xd9\x84\xd9\x84\xdb\x95\xd8\xb4.{1,160}\xd9\x86\xd9\x89 \xd9\x82\xd9\x88\xd9\x84\xd9\x84\xd9\x89\xd9\x85\xd8\xa7\xd9\x8a\xd8\xaf\xdb\x87|)"
                R"(SMTP \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x96\xd0\xb4\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd1\x94 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x8e|)"
                R"(M\xc3\xa1y ph\xe1\xbb\xa5c v\xe1\xbb\xa5 SMTP.{1,160}kh\xc3\xb4ng h\xe1\xbb\x97 tr\xe1\xbb\xa3 x\xc3\xa1c th\xe1\xbb\xb1c|)"
                R"(SMTP \xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8.{1,160}\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8c\x81.{1,160}\xe8\xae\xa4\xe8\xaf\x81|)"
                R"(SMTP \xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8.{1,160}\xe4\xb8\x8d\xe6\x94\xaf\xe6\x8f\xb4.{1,160}\xe6\xa0\xb8\xe5\xb0\x8d)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .weight = Weight::vague,
     .sample = "Le serveur SMTP smtp.example.org ne prend pas en charge l\xe2\x80\x99" "authentification smtp.example.org"},
    // ca Ha fallat la cerca del servidor amfitrió ... Comproveu que heu introduït correctament el nom d'amfitrió d'errors ortogràfics, ca@valencia Ha fallat la busca del servidor amfitrió ... Comproveu que heu introduït correctament el nom d'amfitrió d'errors ortogràfics, cs Vyhledání hostitele ... selhalo. Zkontrolujte, zda nemáte v názvu počítače chybu, ...
    {.id = "mua.host_not_found.localized",
     .pattern = R"(Ha fallat la cerca del servidor amfitri\xc3\xb3.{1,160}Comproveu que heu introdu\xc3\xaft correctament el nom d'amfitri\xc3\xb3 d'errors ortogr\xc3\xa0fics|)"
                R"(Ha fallat la busca del servidor amfitri\xc3\xb3.{1,160}Comproveu que heu introdu\xc3\xaft correctament el nom d'amfitri\xc3\xb3 d'errors ortogr\xc3\xa0fics|)"
                R"(Vyhled\xc3\xa1n\xc3\xad hostitele.{1,160}selhalo\. Zkontrolujte, zda nem\xc3\xa1te v n\xc3\xa1zvu po\xc4\x8d\xc3\xadta\xc4\x8de chybu|)"
                R"(Opslag af v\xc3\xa6rtsnavn.{1,160}mislykkedes\. Kontroll\xc3\xa9r dit v\xc3\xa6rtsnavn for stavefejl|)"
                R"(Finden des Rechners.{1,160}ist fehlgeschlagen\. \xc3\x9cberpr\xc3\xbcfen Sie den Rechnernamen auf Rechtschreibfehler|)"
                R"(\xce\x91\xcf\x80\xce\xbf\xcf\x84\xcf\x85\xcf\x87\xce\xaf\xce\xb1 \xce\xb1\xce\xbd\xce\xb1\xce\xb6\xce\xae\xcf\x84\xce\xb7\xcf\x83\xce\xb7\xcf\x82 \xce\xba\xce\xb5\xce\xbd\xcf\x84\xcf\x81\xce\xb9\xce\xba\xce\xbf\xcf\x8d \xcf\x85\xcf\x80\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xcf\x83\xcf\x84\xce\xae.{1,160}\xce\x95\xce\xbb\xce\xad\xce\xb3\xce\xbe\xcf\x84\xce\xb5 \xcf\x84\xce\xbf \xcf\x8c\xce\xbd\xce\xbf\xce\xbc\xce\xb1 \xcf\x84\xce\xbf\xcf\x85 \xce\xba\xce\xb5\xce\xbd\xcf\x84\xcf\x81\xce\xb9\xce\xba\xce\xbf\xcf\x8d \xcf\x85\xcf\x80\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xb3\xce\xb9\xce\xb1 \xce\xbf\xcf\x81\xce\xb8\xce\xbf\xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xb9\xce\xba\xce\xac \xce\xbb\xce\xac\xce\xb8\xce\xb7|)"
                R"(Fall\xc3\xb3 al resolver el servidor.{1,160}Compruebe que el nombre del equipo no contiene errores|)"
                R"(ostalariaren bilaketak huts egin du\. Egiaztatu ostalari-izena ongi idatzita dagoela|)"
                R"(La r\xc3\xa9solution de l\xe2\x80\x99h\xc3\xb4te.{1,160}a \xc3\xa9chou\xc3\xa9\. V\xc3\xa9rifiez l\xe2\x80\x99orthographe de votre nom d\xe2\x80\x99h\xc3\xb4te|)"
                R"(Ricercje dal host.{1,160}falide\. Controle che il non dal host nol vedi er\xc3\xb4rs di scriture|)"
                R"(Produciuse un fallo na busca do equipo.{1,160}Comprobe se o nome de equipo ten alg\xc3\xban erro de escrita|)"
                R"(Pretraga ra\xc4\x8dunala.{1,160}neuspjela\. Provjerite pravopis u nazivu va\xc5\xa1eg ra\xc4\x8dunala|)"
                R"(A\(z.{1,160}g\xc3\xa9pkeres\xc3\xa9s sikertelen\. Ellen\xc5\x91rizze a g\xc3\xa9pnevet, hogy helyesen van-e \xc3\xadrva|)"
                R"(Pencarian host.{1,160}gagal\. Periksalah apakah nama host Anda salah eja|)"
                R"(Ricerca dell'host.{1,160}non riuscita\. Assicurarsi che il proprio nome host non contenga errori di battitura|)"
                R"(\xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8 \xec\xb0\xbe\xea\xb8\xb0\xea\xb0\x80 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4\. \xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8 \xec\x9d\xb4\xeb\xa6\x84\xec\x9d\xb4 \xed\x8b\x80\xeb\xa6\xac\xec\xa7\x80 \xec\x95\x8a\xec\x95\x98\xeb\x8a\x94\xec\xa7\x80 \xed\x99\x95\xec\x9d\xb8\xed\x95\x98\xec\x8b\xad\xec\x8b\x9c\xec\x98\xa4|)"
                R"(Nepavyko rasti kompiuterio.{1,160}Patikrinkite, ar kompiuterio pavadinime n\xc4\x97ra klaid\xc5\xb3|)"
                R"(Datora nosaukuma uzmekl\xc4\x93\xc5\xa1ana.{1,160}neizdev\xc4\x81s\. P\xc4\x81rbaudiet datora nosaukuma pareizrakst\xc4\xabbu|)"
                R"(Carian hos.{1,160}gagal\. Periksa nama hos anda jika ada ralat ejaan|)"
                R"(Navneoppslag.{1,160}feilet\. Sjekk vertsnavnet for stavefeil|)"
                R"(Opzoeken host.{1,160}is mislukt\. Controleer of de hostnaam goed gespeld is|)"
                R"(La resolucion de l\xe2\x80\x99\xc3\xb2ste.{1,160}a fracassat\. Verificatz l\xe2\x80\x99ortografia de v\xc3\xb2stre nom d\xe2\x80\x99\xc3\xb2ste|)"
                R"(Wyszukanie komputera.{1,160}si\xc4\x99 nie powiod\xc5\x82o\. Prosz\xc4\x99 sprawdzi\xc4\x87, czy poprawnie podano nazw\xc4\x99 komputera|)"
                R"(Falha ao procurar o servidor.{1,160}Verifique se o nome do servidor est\xc3\xa1 correto|)"
                R"(A consulta de m\xc3\xa1quina.{1,160}falhou\. Verifique seu nome de m\xc3\xa1quina por erros de escrita|)"
                R"(C\xc4\x83utarea gazdei.{1,160}a e\xc8\x99uat\. Verifica\xc8\x9bi numele gazdei pentru gre\xc8\x99eli ortografice|)"
                R"(\xd0\xa3\xd0\xb7\xd0\xb5\xd0\xbb.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\. \xd0\x9f\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8c\xd1\x82\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd1\x8c \xd0\xb8\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8 \xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(H\xc4\xbeadanie hostite\xc4\xbea.{1,160}zlyhalo\. Skontrolujte v\xc3\xa1\xc5\xa1 n\xc3\xa1zov hostite\xc4\xbea na preklepy|)"
                R"(Poizvedba gostitelja.{1,160}je spodletela\. Preverite ime gostitelja za napake \xc4\x8drkovanja|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe \xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb5\xd1\x9a\xd0\xb5 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0.{1,160}\xd0\x9f\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xb2 \xd0\xb2\xd0\xb0\xd1\x88\xd0\xb5\xd0\xb3 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0 \xd0\xb7\xd0\xb0 \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0\xd0\xbc\xd0\xb0 \xd1\x83 \xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd1\x9a\xd1\x83|)"
                R"(Nije uspelo tra\xc5\xbeenje doma\xc4\x87ina.{1,160}Proverite naziv va\xc5\xa1eg doma\xc4\x87ina za gre\xc5\xa1kama u pisanju|)"
                R"(V\xc3\xa4rduppslagning.{1,160}misslyckades\. Kontrollera ditt v\xc3\xa4rdnamn efter felstavningar|)"
                R"(makine aramas\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z\. Makine ad\xc4\xb1n\xc4\xb1z\xc4\xb1 yaz\xc4\xb1m denetimi hatalar\xc4\xb1na kar\xc5\x9f\xc4\xb1 denetleyin|)"
                R"(\xd0\x92\xd1\x83\xd0\xb7\xd0\xbe\xd0\xbb.{1,160}\xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe\. \xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd1\x82\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x96\xd1\x81\xd1\x82\xd1\x8c \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xb8 \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(\xe4\xb8\xbb\xe6\x9c\xba.{1,160}\xe6\x9f\xa5\xe6\x89\xbe\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x8c\xe8\xaf\xb7\xe6\xa3\x80\xe6\x9f\xa5\xe4\xb8\xbb\xe6\x9c\xba\xe5\x90\x8d\xe6\x98\xaf\xe5\x90\xa6\xe5\xad\x98\xe5\x9c\xa8\xe6\x8b\xbc\xe5\x86\x99\xe9\x94\x99\xe8\xaf\xaf|)"
                R"(\xe4\xb8\xbb\xe6\xa9\x9f\xe6\x9f\xa5\xe8\xa9\xa2.{1,160}\xe5\xa4\xb1\xe6\x95\x97\xe3\x80\x82\xe8\xab\x8b\xe6\xaa\xa2\xe6\x9f\xa5\xe6\x82\xa8\xe7\x9a\x84\xe4\xb8\xbb\xe6\xa9\x9f\xe5\x90\x8d\xe7\xa8\xb1\xe6\x98\xaf\xe5\x90\xa6\xe6\x9c\x89\xe6\x8b\xbc\xe9\x8c\xaf\xe5\xad\x97|)"
                R"(Ha fallat la cerca del servidor amfitri\xc3\xb3|Ha fallat la busca del servidor amfitri\xc3\xb3|)"
                R"(Vyhled\xc3\xa1n\xc3\xad hostitele.{1,160}selhalo|Opslag af v\xc3\xa6rtsnavn.{1,160}mislykkedes|)"
                R"(Finden des Rechners.{1,160}fehlgeschlagen|)"
                R"(\xce\x91\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5 \xce\xb7 \xce\xb1\xce\xbd\xce\xb1\xce\xb6\xce\xae\xcf\x84\xce\xb7\xcf\x83\xce\xb7 \xce\xba\xce\xb5\xce\xbd\xcf\x84\xcf\x81\xce\xb9\xce\xba\xce\xbf\xcf\x8d \xcf\x85\xcf\x80\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xcf\x83\xcf\x84\xce\xae|)"
                R"(Fall\xc3\xb3 al resolver el servidor|ostalari-bilaketak huts egin du|)"
                R"(La r\xc3\xa9solution de l\xe2\x80\x99h\xc3\xb4te.{1,160}a \xc3\xa9chou\xc3\xa9|)"
                R"(Ricercje dal host.{1,160}falide|Produciuse un erro ao buscar o servidor|)"
                R"(Pretraga ra\xc4\x8dunala.{1,160}neuspjela|A\(z.{1,160}g\xc3\xa9pkeres\xc3\xa9s sikertelen|)"
                R"(Pencarian host.{1,160}gagal|Ricerca dell'host.{1,160}non riuscita|)"
                R"(\xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8.{1,160}\xec\x9d\xb4\xeb\xa6\x84 \xec\xb0\xbe\xea\xb8\xb0\xea\xb0\x80 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Nepavyko rasti kompiuterio|Servera uzmekl\xc4\x93\xc5\xa1ana.{1,160}neizdev\xc4\x81s \xe2\x80\x94|)"
                R"(\xe0\xb4\xb9\xe0\xb5\x8b\xe0\xb4\xb8\xe0\xb5\x8d\xe0\xb4\xb1\xe0\xb5\x8d\xe0\xb4\xb1\xe0\xb5\x8d \xe0\xb4\xa4\xe0\xb4\xbf\xe0\xb4\xb0\xe0\xb4\x9a\xe0\xb5\x8d\xe0\xb4\x9a\xe0\xb4\xbf\xe0\xb4\xb2\xe0\xb5\x8d\xe2\x80\x8d.{1,160}\xe0\xb4\xaa\xe0\xb4\xb0\xe0\xb4\xbe\xe0\xb4\x9c\xe0\xb4\xaf\xe0\xb4\xaa\xe0\xb5\x8d\xe0\xb4\xaa\xe0\xb5\x86\xe0\xb4\x9f\xe0\xb5\x8d\xe0\xb4\x9f\xe0\xb5\x81|)"
                R"(Carian hos.{1,160}gagal|Navneoppslag.{1,160}feilet|Host.{1,160}opzoeken is mislukt|)"
                R"(La resolucion de l\xe2\x80\x99\xc3\xb2ste.{1,160}a fracassat|)"
                R"(Wyszukanie komputera.{1,160}si\xc4\x99 nie powiod\xc5\x82o|Falha ao procurar o servidor|)"
                R"(A consulta de m\xc3\xa1quina.{1,160}falhou|C\xc4\x83utarea gazdei.{1,160}a e\xc8\x99uat|)"
                R"(\xd0\xa3\xd0\xb7\xd0\xb5\xd0\xbb.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd|)"
                R"(H\xc4\xbeadanie hostite\xc4\xbea.{1,160}zlyhalo|Iskanje gostitelja.{1,160}je spodletelo|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe \xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb5\xd1\x9a\xd0\xb5 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0|)"
                R"(Nije uspelo tra\xc5\xbeenje doma\xc4\x87ina|Uppslagning av v\xc3\xa4rdnamn.{1,160}misslyckades|)"
                R"(Makine ad\xc4\xb1 \xc3\xa7\xc3\xb6z\xc3\xbcmlemesi.{1,160}ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x83\xd0\xba\xd1\x83 \xd0\xb2\xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(\xe6\x9f\xa5\xe6\x89\xbe\xe4\xb8\xbb\xe6\x9c\xba.{1,160}\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(\xe6\x9f\xa5\xe8\xa9\xa2\xe4\xb8\xbb\xe6\xa9\x9f.{1,160}\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(amfitri\xc3\xb3 desconegut|nezn\xc3\xa1m\xc3\xbd hostitel|ukendt v\xc3\xa6rt|unbekannter Host|)"
                R"(anfitri\xc3\xb3n desconocido|tuntematon osoite|h\xc3\xb4te inconnu|)"
                R"(ismeretlen kiszolg\xc3\xa1l\xc3\xb3|host sconosciuto|)"
                R"(\xe4\xb8\x8d\xe6\x98\x8e\xe3\x81\xaa\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88|ukjent vert|onbekende host|)"
                R"(nieznany gospodarz|endere\xc3\xa7o desconhecido|gazd\xc4\x83 necunoscut\xc4\x83|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x83\xd0\xb7\xd0\xb5\xd0\xbb|)"
                R"(nezn\xc3\xa1my hostite\xc4\xbe|ok\xc3\xa4nd v\xc3\xa4rd|bilinmeyen sunucu|)"
                R"(\xe4\xb8\x8d\xe7\x9f\xa5\xe5\x90\x8d\xe7\x9a\x84\xe4\xb8\xbb\xe6\xa9\x9f|)"
                R"(\xce\xac\xce\xb3\xce\xbd\xcf\x89\xcf\x83\xcf\x84\xce\xbf\xcf\x82 host|host tidak dikenal|)"
                R"(la cerca de l'amfitri\xc3\xb3 ha fallat|hled\xc3\xa1n\xc3\xad hostitele selhalo|)"
                R"(opslag p\xc3\xa5 v\xc3\xa6rt mislykkedes|Aufl\xc3\xb6sen des Hosts schlug fehl|)"
                R"(fall\xc3\xb3 la b\xc3\xbasqueda de la m\xc3\xa1quina|osoitteen haku ei onnistunut|)"
                R"(\xc3\xa9chec de la recherche de l'h\xc3\xb4te|a g\xc3\xa9pkikeres\xc3\xa9s sikertelen|)"
                R"(ricerca host fallita|)"
                R"(\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xae\xe3\x83\xab\xe3\x83\x83\xe3\x82\xaf\xe3\x82\xa2\xe3\x83\x83\xe3\x83\x97\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(oppslag hos verten mislyktes|host opzoeken mislukt|)"
                R"(nie uda\xc5\x82o si\xc4\x99 wyszuka\xc4\x87 gospodarza|falha na procura pelo endere\xc3\xa7o|)"
                R"(c\xc4\x83utarea gazdei a e\xc8\x99uat|)"
                R"(\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xb8\xd1\x81\xd0\xba\xd0\xb0 \xd1\x83\xd0\xb7\xd0\xbb\xd0\xb0|)"
                R"(h\xc4\xbeadanie hostite\xc4\xbea zlyhalo|v\xc3\xa4rds\xc3\xb6kning misslyckades|)"
                R"(sunucu ad\xc4\xb1 bulunamad\xc4\xb1|)"
                R"(\xe5\xb0\x8b\xe6\x89\xbe\xe4\xb8\xbb\xe6\xa9\x9f\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xce\xb7 \xce\xb1\xce\xbd\xce\xb1\xce\xb6\xce\xae\xcf\x84\xce\xb7\xcf\x83\xce\xb7 host \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(pencarian host gagal|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 SMTP \xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xbe\xd0\xb9\xd0\xb4\xd0\xb7\xd0\xb5\xd0\xbd\xd1\x8b|)"
                R"(Server SMTP nenalezen|Servidor SMTP no encontrado|SMTP zerbitzaria ez da aurkitu|)"
                R"(Serveur SMTP non trouv\xc3\xa9|)"
                R"(\xd7\xa9\xd7\xa8\xd7\xaa SMTP \xd7\x9c\xd7\x90 \xd7\xa0\xd7\x9e\xd7\xa6\xd7\x90|)"
                R"(Nema SMTP poslu\xc5\xbeitelja|SMTP szerver nem tal\xc3\xa1lhat\xc3\xb3|)"
                R"(SMTP\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(Servidor SMTP n\xc3\xa3o encontrado|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 SMTP \xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd0\xbf\xd1\x80\xd0\xbe\xd0\xbd\xd0\xb0\xd1\x88\xd0\xb0\xd0\xbe \xd0\xa1\xd0\x9c\xd0\x9f\xd0\xa2 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb8\xd1\x82\xd0\xb5\xd1\x99\xd0\xb0|)"
                R"(SMTP-server hittades inte|SMTP sunucusu bulunamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80|)"
                R"(SMTP\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe6\x9c\xaa\xe6\x89\xbe\xe5\x88\xb0|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8f \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd1\x81\xd1\x86\xd1\x96 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd1\x83 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(No s'ha pogut cercar el nom del servidor|Nelze naj\xc3\xadt n\xc3\xa1zev serveru|)"
                R"(Kunne ikke sl\xc3\xa5 servernavnet op|Servername konnte nicht abgefragt werden|)"
                R"(No se pudo encontrar el nombre del servidor|Ezin izan da zerbitzari-izena kontsultatu|)"
                R"(Palvelimen nime\xc3\xa4 ei voitu kysell\xc3\xa4|Impossible de trouver le nom du serveur|)"
                R"(Impussibil cir\xc3\xae il non dal servid\xc3\xb4r|)"
                R"(\xd7\x9c\xd7\x90 \xd7\xa0\xd7\x99\xd7\xaa\xd7\x9f \xd7\x9c\xd7\x9e\xd7\xa6\xd7\x95\xd7\x90 \xd7\x90\xd7\xaa \xd7\xa9\xd7\x9d \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa|)"
                R"(Nemogu\xc4\x87a pretraga naziva poslu\xc5\xbeitelja|)"
                R"(Nem siker\xc3\xbclt megkeresni a kiszolg\xc3\xa1l\xc3\xb3 nev\xc3\xa9t|)"
                R"(Tidak bisa mencari nama peladen|Impossibile trovare il nome del server|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe5\x90\x8d\xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Kon servernaam niet opzoeken|Nie mo\xc5\xbcna wyszuka\xc4\x87 nazwy serwera|)"
                R"(Ocorreu um problema com a procura DNS do servidor|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel procurar por nome do servidor|Nu s-a putut detecta numele serverului|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbd\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb8 \xd0\xb8\xd0\xbc\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(Nepodarilo sa n\xc3\xa1js\xc5\xa5 n\xc3\xa1zov serveru|)"
                R"(Ni mogo\xc4\x8de preveriti imena stre\xc5\xbenika|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xbf\xd0\xbe\xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb8\xd0\xbc \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb8\xd0\xb2 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(Det gick inte att sl\xc3\xa5 upp servernamn|Sunucu ad\xc4\xb1 yoklanam\xc4\xb1yor|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd0\xb8\xd0\xba\xd0\xbe\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x83\xd0\xba \xd0\xb7\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xb7\xd0\xb2\xd0\xbe\xd1\x8e \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe6\x9f\xa5\xe8\xaf\xa2\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe5\x90\x8d\xe7\xa7\xb0|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe6\x9f\xa5\xe8\xa9\xa2\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe5\x90\x8d\xe7\xa8\xb1)",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "La r\xc3\xa9solution de l\xe2\x80\x99h\xc3\xb4te \xc2\xab\xc2\xa0smtp.example.org\xc2\xa0\xc2\xbb a \xc3\xa9" "chou\xc3\xa9. V\xc3\xa9rifiez l\xe2\x80\x99orthographe de votre nom d\xe2\x80\x99h\xc3\xb4te."},
    // ar لا يمكن إرسال الرّسالة: مستلم أو أكثر غير سليمين, as বাৰ্তা প্ৰেৰণ কৰোঁতে ব্যৰ্থ: এজন অথবা অধিক গ্ৰাহক বৈধ নহয়, ast Nun pudo unviase'l mensaxe: ún o más destinatarios inválidos, ...
    {.id = "mua.invalid_recipients.localized",
     .pattern = R"(\xd9\x84\xd8\xa7 \xd9\x8a\xd9\x85\xd9\x83\xd9\x86 \xd8\xa5\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd8\xb1\xd9\x91\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9: \xd9\x85\xd8\xb3\xd8\xaa\xd9\x84\xd9\x85 \xd8\xa3\xd9\x88 \xd8\xa3\xd9\x83\xd8\xab\xd8\xb1 \xd8\xba\xd9\x8a\xd8\xb1 \xd8\xb3\xd9\x84\xd9\x8a\xd9\x85\xd9\x8a\xd9\x86|)"
                R"(\xe0\xa6\xac\xe0\xa6\xbe\xe0\xa7\xb0\xe0\xa7\x8d\xe0\xa6\xa4\xe0\xa6\xbe \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa7\x87\xe0\xa7\xb0\xe0\xa6\xa3 \xe0\xa6\x95\xe0\xa7\xb0\xe0\xa7\x8b\xe0\xa6\x81\xe0\xa6\xa4\xe0\xa7\x87 \xe0\xa6\xac\xe0\xa7\x8d\xe0\xa6\xaf\xe0\xa7\xb0\xe0\xa7\x8d\xe0\xa6\xa5: \xe0\xa6\x8f\xe0\xa6\x9c\xe0\xa6\xa8 \xe0\xa6\x85\xe0\xa6\xa5\xe0\xa6\xac\xe0\xa6\xbe \xe0\xa6\x85\xe0\xa6\xa7\xe0\xa6\xbf\xe0\xa6\x95 \xe0\xa6\x97\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa6\xbe\xe0\xa6\xb9\xe0\xa6\x95 \xe0\xa6\xac\xe0\xa7\x88\xe0\xa6\xa7 \xe0\xa6\xa8\xe0\xa6\xb9\xe0\xa7\x9f|)"
                R"(Nun pudo unviase'l mensaxe: \xc3\xban o m\xc3\xa1s destinatarios inv\xc3\xa1lidos|)"
                R"(\xc4\xb0smar\xc4\xb1\xc5\x9f g\xc3\xb6ndr\xc9\x99ril\xc9\x99 bilm\xc9\x99di: bir ya da daha \xc3\xa7ox s\xc9\x99hv al\xc4\xb1c\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x9e\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x8b\xd1\x81\xd0\xbb\xd0\xb0\xd1\x86\xd1\x8c \xd0\xbf\xd0\xb0\xd0\xb2\xd0\xb5\xd0\xb4\xd0\xb0\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xb5: \xd0\xbf\xd1\x80\xd1\x8b\xd0\xbd\xd0\xb0\xd0\xbc\xd1\x81\xd1\x96 \xd0\xb0\xd0\xb4\xd0\xb7\xd1\x96\xd0\xbd \xd0\xb7 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd1\x96\xd0\xba\xd0\xb0\xd1\x9e \xd1\x85\xd1\x96\xd0\xb1\xd0\xbd\xd1\x8b|)"
                R"(\xd0\x9f\xd0\xb8\xd1\x81\xd0\xbc\xd0\xbe\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd0\xb1\xd1\x8a\xd0\xb4\xd0\xb5 \xd0\xb8\xd0\xb7\xd0\xbf\xd1\x80\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbd\xd0\xbe: \xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x87\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd0\xbd\xd0\xb8 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd0\xb8 \xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb8|)"
                R"(\xe0\xa6\xac\xe0\xa6\xbe\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa4\xe0\xa6\xbe \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa7\x87\xe0\xa6\xb0\xe0\xa6\xa3 \xe0\xa6\x95\xe0\xa6\xb0\xe0\xa6\xa4\xe0\xa7\x87 \xe0\xa6\xac\xe0\xa7\x8d\xe0\xa6\xaf\xe0\xa6\xb0\xe0\xa7\x8d\xe0\xa6\xa5: \xe0\xa6\x8f\xe0\xa6\x95 \xe0\xa6\x85\xe0\xa6\xa5\xe0\xa6\xac\xe0\xa6\xbe \xe0\xa6\x85\xe0\xa6\xa7\xe0\xa6\xbf\xe0\xa6\x95 \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xbe\xe0\xa6\xaa\xe0\xa6\x95 \xe0\xa6\xac\xe0\xa7\x88\xe0\xa6\xa7 \xe0\xa6\xa8\xe0\xa7\x9f|)"
                R"(Nije mogu\xc4\x87e slanje poruke: jedan ili vi\xc5\xa1e neispravnih primalaca|)"
                R"(No s'ha pogut enviar el missatge: un o m\xc3\xa9s dels destinataris no s\xc3\xb3n v\xc3\xa0lids|)"
                R"(Nelze odeslat zpr\xc3\xa1vu: jeden nebo v\xc3\xadce neplatn\xc3\xbdch p\xc5\x99\xc3\xadjemc\xc5\xaf|)"
                R"(Methu anfon neges: o leiaf un derbynnydd annilys|)"
                R"(Kan ikke sende brev: en eller flere ugyldige modtagere|)"
                R"(Nachricht konnte nicht verschickt werden: Mindestens ein Empf\xc3\xa4nger ung\xc3\xbcltig|)"
                R"(\xe0\xbd\xa0\xe0\xbd\x95\xe0\xbe\xb2\xe0\xbd\xb2\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\x91\xe0\xbd\xbc\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\x96\xe0\xbd\x8f\xe0\xbd\x84\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\xb2\xe0\xbc\x8b\xe0\xbd\x9a\xe0\xbd\xb4\xe0\xbd\x82\xe0\xbd\xa6\xe0\xbc\x8b: \xe0\xbd\x93\xe0\xbd\xb4\xe0\xbd\xa6\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\xba\xe0\xbd\x91\xe0\xbc\x8b\xe0\xbd\xa3\xe0\xbd\xba\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\x81\xe0\xbd\x93\xe0\xbc\x8b \xe0\xbd\x82\xe0\xbd\x85\xe0\xbd\xb2\xe0\xbd\x82\xe0\xbc\x8b\xe0\xbd\x82\xe0\xbd\x98\xe0\xbc\x8b\xe0\xbd\x91\xe0\xbd\xba\xe0\xbc\x8b\xe0\xbd\xa3\xe0\xbd\xa6\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\x84\xe0\xbd\x98\xe0\xbc\x8b\xe0\xbd\xa0\xe0\xbd\x91\xe0\xbd\xb4\xe0\xbd\x82|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xce\xb1\xcf\x80\xce\xbf\xcf\x83\xcf\x84\xce\xbf\xce\xbb\xce\xae\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xce\xbc\xce\xb7\xce\xbd\xcf\x8d\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82: \xce\xad\xce\xbd\xce\xb1\xcf\x82 \xce\xae \xcf\x80\xce\xb5\xcf\x81\xce\xb9\xcf\x83\xcf\x83\xcf\x8c\xcf\x84\xce\xb5\xcf\x81\xce\xbf\xce\xb9 \xce\xac\xce\xba\xcf\x85\xcf\x81\xce\xbf\xce\xb9 \xcf\x80\xce\xb1\xcf\x81\xce\xb1\xce\xbb\xce\xae\xcf\x80\xcf\x84\xce\xb5\xcf\x82|)"
                R"(\xf0\x90\x91\x92\xf0\x90\x91\xa8\xf0\x90\x91\xaf\xf0\x90\x91\xaa\xf0\x90\x91\x91 \xf0\x90\x91\x95\xf0\x90\x91\xa7\xf0\x90\x91\xaf\xf0\x90\x91\x9b \xf0\x90\x91\xa5\xf0\x90\x91\xa7\xf0\x90\x91\x95\xf0\x90\x91\xa6\xf0\x90\x91\xa1: \xf0\x90\x91\xa2\xf0\x90\x91\xb3\xf0\x90\x91\xaf \xf0\x90\x91\xb9 \xf0\x90\x91\xa5\xf0\x90\x91\xb9 \xf0\x90\x91\xa6\xf0\x90\x91\xaf\xf0\x90\x91\x9d\xf0\x90\x91\xa8\xf0\x90\x91\xa4\xf0\x90\x91\xa6\xf0\x90\x91\x9b \xf0\x90\x91\xae\xf0\x90\x91\xa6\xf0\x90\x91\x95\xf0\x90\x91\xa6\xf0\x90\x91\x90\xf0\x90\x91\xb0\xf0\x90\x91\xa9\xf0\x90\x91\xaf\xf0\x90\x91\x91\xf0\x90\x91\x95|)"
                R"(No se puede enviar el correo: uno o m\xc3\xa1s destinatarios no v\xc3\xa1lidos|)"
                R"(S\xc3\xb5numit pole v\xc3\xb5imalik saata: \xc3\xbcks v\xc3\xb5i enam adressaate on vigased|)"
                R"(Ezin da mezua bidali: erabiltzaile bat edo gehiago baliogabeak dira|)"
                R"(\xd9\x86\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xaa\xd9\x88\xd8\xa7\xd9\x86 \xd9\xbe\xdb\x8c\xd8\xa7\xd9\x85 \xd8\xb1\xd8\xa7 \xd8\xa7\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xda\xa9\xd8\xb1\xd8\xaf: \xd8\xaf\xd8\xb3\xd8\xaa \xda\xa9\xd9\x85 \xdb\x8c\xda\xa9\xdb\x8c \xd8\xa7\xd8\xb2 \xda\xaf\xdb\x8c\xd8\xb1\xd9\x86\xd8\xaf\xd9\x87\xe2\x80\x8c\xd9\x87\xd8\xa7 \xd9\x85\xd8\xb9\xd8\xaa\xd8\xa8\xd8\xb1 \xd9\x86\xdb\x8c\xd8\xb3\xd8\xaa|)"
                R"(Viesti\xc3\xa4 ei voi l\xc3\xa4hett\xc3\xa4\xc3\xa4: yksi tai useampi viallinen vastaanottaja|)"
                R"(Impossible d\xe2\x80\x99envoyer le message.{1,160}un ou plusieurs destinataires sont non valides|)"
                R"(Impussibil invi\xc3\xa2 il messa\xc3\xa7: un o plui destinataris no son valits|)"
                R"(Non \xc3\xa9 pos\xc3\xadbel enviar a mensaxe: hai un ou m\xc3\xa1is destinatarios incorrectos|)"
                R"(\xe0\xaa\xb8\xe0\xaa\x82\xe0\xaa\xa6\xe0\xab\x87\xe0\xaa\xb6\xe0\xab\x8b \xe0\xaa\xae\xe0\xab\x8b\xe0\xaa\x95\xe0\xaa\xb2\xe0\xab\x80 \xe0\xaa\xb6\xe0\xaa\x95\xe0\xaa\xa4\xe0\xaa\xbe \xe0\xaa\xa8\xe0\xaa\xa5\xe0\xab\x80: \xe0\xaa\x8f\xe0\xaa\x95 \xe0\xaa\x85\xe0\xaa\xa5\xe0\xaa\xb5\xe0\xaa\xbe \xe0\xaa\xb5\xe0\xaa\xa7\xe0\xab\x81 \xe0\xaa\xae\xe0\xab\x87\xe0\xaa\xb3\xe0\xaa\xb5\xe0\xaa\xa8\xe0\xaa\xbe\xe0\xaa\xb0\xe0\xaa\xbe\xe0\xaa\x93|)"
                R"(\xd7\x9c\xd7\x90 \xd7\xa0\xd7\x99\xd7\xaa\xd7\x9f \xd7\x9c\xd7\xa9\xd7\x9c\xd7\x95\xd7\x97 \xd7\x94\xd7\x95\xd7\x93\xd7\xa2\xd7\x94: \xd7\xa0\xd7\x9e\xd7\xa2\xd7\x9f \xd7\x90\xd7\x97\xd7\x93 \xd7\x90\xd7\x95 \xd7\x99\xd7\x95\xd7\xaa\xd7\xa8 \xd7\xa9\xd7\x92\xd7\x95\xd7\x99|)"
                R"(\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xb9\xe0\xa5\x88: \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\xaf\xe0\xa4\xbe \xe0\xa4\x85\xe0\xa4\xa7\xe0\xa4\xbf\xe0\xa4\x95 \xe0\xa4\x85\xe0\xa4\xb5\xe0\xa5\x88\xe0\xa4\xa7 \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa4\xbe|)"
                R"(Nemogu\xc4\x87e slanje poruke: jedan ili vi\xc5\xa1e nevaljanih primatelja|)"
                R"(Nem lehet elk\xc3\xbcldeni az \xc3\xbczenetet: egy vagy t\xc3\xb6bb egy \xc3\xa9rv\xc3\xa9nytelen c\xc3\xadmzett|)"
                R"(Tidak bisa mengirim pesan: satu atau beberapa penerima salah|)"
                R"(Impossibile inviare il messaggio: uno o pi\xc3\xb9 destinatari non validi|)"
                R"(\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x82\x92\xe9\x80\x81\xe4\xbf\xa1\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93: \xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xaa\xe5\xbf\x9c\xe7\xad\x94\xe3\x81\x8c\xe4\xb8\x80\xe3\x81\xa4\xe4\xbb\xa5\xe4\xb8\x8a\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x99|)"
                R"(\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\xa2\xe1\x9e\xb6\xe1\x9e\x85\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x89\xe1\x9e\xbe\xe2\x80\x8b\xe1\x9e\x9f\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x91\xe1\x9f\x81 \xe1\x9f\x96 \xe1\x9e\x98\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\xa2\xe1\x9f\x92\xe1\x9e\x93\xe1\x9e\x80\xe1\x9e\x91\xe1\x9e\x91\xe1\x9e\xbd\xe1\x9e\x9b\xe2\x80\x8b\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb9\xe1\x9e\x98\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c\xe2\x80\x8b\xe1\x9e\x98\xe1\x9f\x92\xe1\x9e\x93\xe1\x9e\xb6\xe1\x9e\x80\xe1\x9f\x8b \xe1\x9e\xac\xe2\x80\x8b\xe1\x9e\x85\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbe\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x93\xe1\x9e\xb6\xe1\x9e\x80\xe1\x9f\x8b|)"
                R"(\xe0\xb2\xb8\xe0\xb2\x82\xe0\xb2\xa6\xe0\xb3\x87\xe0\xb2\xb6\xe0\xb2\xb5\xe0\xb2\xa8\xe0\xb3\x8d\xe0\xb2\xa8\xe0\xb3\x81 \xe0\xb2\x95\xe0\xb2\xb3\xe0\xb3\x81\xe0\xb2\xb9\xe0\xb2\xbf\xe0\xb2\xb8\xe0\xb2\xb2\xe0\xb2\xbe\xe0\xb2\x97\xe0\xb2\xbf\xe0\xb2\xb2\xe0\xb3\x8d\xe0\xb2\xb2: \xe0\xb2\x92\xe0\xb2\x82\xe0\xb2\xa6\xe0\xb3\x81 \xe0\xb2\x85\xe0\xb2\xa5\xe0\xb2\xb5 \xe0\xb2\xb9\xe0\xb3\x86\xe0\xb2\x9a\xe0\xb3\x8d\xe0\xb2\x9a\xe0\xb2\xbf\xe0\xb2\xa8 \xe0\xb2\xb8\xe0\xb3\x8d\xe0\xb2\xb5\xe0\xb3\x80\xe0\xb2\x95\xe0\xb2\xb0\xe0\xb2\xbf\xe0\xb2\xb8\xe0\xb3\x81\xe0\xb2\xb5\xe0\xb2\xb5\xe0\xb2\xb0\xe0\xb3\x81 \xe0\xb2\xb8\xe0\xb2\xb0\xe0\xb2\xbf\xe0\xb2\xaf\xe0\xb2\xbe\xe0\xb2\x97\xe0\xb2\xbf\xe0\xb2\xb2\xe0\xb3\x8d\xe0\xb2\xb2|)"
                R"(\xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80\xeb\xa5\xbc \xeb\xb3\xb4\xeb\x82\xbc \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4: \xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c \xec\xa4\x91\xec\x97\x90 \xed\x95\x9c \xeb\xaa\x85 \xec\x9d\xb4\xec\x83\x81\xec\x9d\xb4 \xec\x9e\x98\xeb\xaa\xbb\xeb\x90\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Nepavyko i\xc5\xa1si\xc5\xb3sti lai\xc5\xa1ko: dalis adresat\xc5\xb3 yra neteisingi|)"
                R"(Nevar nos\xc5\xabt\xc4\xabt v\xc4\x93stuli \xe2\x80\x94 viens vai vair\xc4\x81ki neder\xc4\xabgi adres\xc4\x81ti|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb0\xd0\xbc \xd0\xb4\xd0\xb0 \xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd1\x82\xd0\xb0\xd0\xbc \xd0\xbf\xd0\xbe\xd1\x80\xd0\xb0\xd0\xba\xd0\xb0: \xd0\xb5\xd0\xb4\xd0\xb5\xd0\xbd \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x9c\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb4\xd0\xbd\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd1\x87\xd0\xb8|)"
                R"(\xe0\xb4\xb8\xe0\xb4\xa8\xe0\xb5\x8d\xe0\xb4\xa6\xe0\xb5\x87\xe0\xb4\xb6\xe0\xb4\x82 \xe0\xb4\x85\xe0\xb4\xaf\xe0\xb4\xaf\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb5\x81\xe0\xb4\xb5\xe0\xb4\xbe\xe0\xb4\xa8\xe0\xb5\x8d\xe2\x80\x8d \xe0\xb4\xb8\xe0\xb4\xbe\xe0\xb4\xa7\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb4\xae\xe0\xb4\xbe\xe0\xb4\xaf\xe0\xb4\xbf\xe0\xb4\xb2\xe0\xb5\x8d\xe0\xb4\xb2: \xe0\xb4\x92\xe0\xb4\xa8\xe0\xb5\x8d\xe0\xb4\xa8\xe0\xb5\x8b \xe0\xb4\x85\xe0\xb4\xa7\xe0\xb4\xbf\xe0\xb4\x95\xe0\xb4\xae\xe0\xb5\x8b \xe0\xb4\xa4\xe0\xb5\x86\xe0\xb4\xb1\xe0\xb5\x8d\xe0\xb4\xb1\xe0\xb4\xbe\xe0\xb4\xaf \xe0\xb4\xb5\xe0\xb4\xbf\xe0\xb4\xb2\xe0\xb4\xbe\xe0\xb4\xb8\xe0\xb4\x99\xe0\xb5\x8d\xe0\xb4\x99\xe0\xb4\xb3\xe0\xb5\x8d\xe2\x80\x8d|)"
                R"(\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\xaa\xe0\xa4\xbe\xe0\xa4\xa0\xe0\xa4\xb5\xe0\xa5\x82\xe0\xa4\xb6\xe0\xa4\x95\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa5\x80: \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\x82\xe0\xa4\xb5\xe0\xa4\xbe \xe0\xa4\x9c\xe0\xa4\xbe\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\xa4 \xe0\xa4\x85\xe0\xa4\xaf\xe0\xa5\x8b\xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xaf \xe0\xa4\x97\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa4\x95|)"
                R"(Tidak dapat hantar mesej: satu atau lebih penerima tidak sah|)"
                R"(Kan ikke sende melding: en eller flere ugyldige mottakere|)"
                R"(\xe0\xa4\xb8\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\xaa\xe0\xa4\xa0\xe0\xa4\xbe\xe0\xa4\x89\xe0\xa4\xa8 \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xbf\xe0\xa4\x81\xe0\xa4\xa6\xe0\xa5\x88\xe0\xa4\xa8: \xe0\xa4\x8f\xe0\xa4\x95 \xe0\xa4\xb5\xe0\xa4\xbe \xe0\xa4\xac\xe0\xa4\xa2\xe0\xa5\x80 \xe0\xa4\x85\xe0\xa4\xb5\xe0\xa5\x88\xe0\xa4\xa7 \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbe\xe0\xa4\xaa\xe0\xa4\x95\xe0\xa4\xb9\xe0\xa4\xb0\xe0\xa5\x82|)"
                R"(Kan bericht niet versturen: een of meerdere ontvangers ongeldig|)"
                R"(Kan ikkje senda meldinga: Ein eller fleire ugyldige mottakarar|)"
                R"(Impossible de mandar lo messatge : un o mantun destinataris es pas valid|)"
                R"(\xe0\xac\xb8\xe0\xac\xa8\xe0\xad\x8d\xe0\xac\xa6\xe0\xad\x87\xe0\xac\xb6 \xe0\xac\xaa\xe0\xac\xa0\xe0\xac\xbe\xe0\xac\x87 \xe0\xac\xaa\xe0\xac\xbe\xe0\xac\xb0\xe0\xac\xbf\xe0\xac\xac\xe0\xad\x87 \xe0\xac\xa8\xe0\xac\xbe\xe0\xac\xb9\xe0\xac\xbf\xe0\xac\x81: \xe0\xac\x97\xe0\xad\x8b\xe0\xac\x9f\xe0\xac\xbf\xe0\xac\x8f \xe0\xac\x95\xe0\xac\xbf\xe0\xac\xae\xe0\xad\x8d\xe0\xac\xac\xe0\xac\xbe \xe0\xac\x85\xe0\xac\xa7\xe0\xac\xbf\xe0\xac\x95 \xe0\xac\x85\xe0\xac\xac\xe0\xad\x88\xe0\xac\xa7 \xe0\xac\x97\xe0\xad\x8d\xe0\xac\xb0\xe0\xac\xb9\xe0\xac\xa3\xe0\xac\x95\xe0\xac\xbe\xe0\xac\xb0\xe0\xad\x80|)"
                R"(\xe0\xa8\xb8\xe0\xa9\x81\xe0\xa8\xa8\xe0\xa9\x87\xe0\xa8\xb9\xe0\xa8\xbe \xe0\xa8\xad\xe0\xa9\x87\xe0\xa8\x9c\xe0\xa8\xbf\xe0\xa8\x86 \xe0\xa8\xa8\xe0\xa8\xb9\xe0\xa9\x80\xe0\xa8\x82 \xe0\xa8\x9c\xe0\xa8\xbe \xe0\xa8\xb8\xe0\xa8\x95\xe0\xa8\xa6\xe0\xa8\xbe: \xe0\xa8\x87\xe0\xa9\xb1\xe0\xa8\x95 \xe0\xa8\x9c\xe0\xa8\xbe\xe0\xa8\x82 \xe0\xa8\xb5\xe0\xa8\xa7\xe0\xa9\x87\xe0\xa8\xb0\xe0\xa9\x87 \xe0\xa8\xaa\xe0\xa9\x8d\xe0\xa8\xb0\xe0\xa8\xbe\xe0\xa8\xaa\xe0\xa8\xa4-\xe0\xa8\x95\xe0\xa8\xb0\xe0\xa8\xa4\xe0\xa8\xbe \xe0\xa8\x97\xe0\xa8\xb2\xe0\xa8\xa4|)"
                R"(Nie mo\xc5\xbcna wys\xc5\x82a\xc4\x87 wiadomo\xc5\x9bci: co najmniej jeden z.{1,160}odbiorc\xc3\xb3w jest nieprawid\xc5\x82owy|)"
                R"(Imposs\xc3\xadvel enviar a mensagem: um ou mais destinat\xc3\xa1rios inv\xc3\xa1lidos|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel enviar mensagem: um ou mais destinat\xc3\xa1rios inv\xc3\xa1lidos|)"
                R"(Nu s-a putut trimite mesajul: unul sau mai mul\xc8\x9bi destinatari nu sunt valizi|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5: \xd1\x83\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd \xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd \xd0\xb8\xd0\xbb\xd0\xb8  \xd0\xbd\xd0\xb5\xd1\x81\xd0\xba\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xba\xd0\xbe \xd0\xbd\xd0\xb5\xd0\xba\xd0\xbe\xd1\x80\xd1\x80\xd0\xb5\xd0\xba\xd1\x82\xd0\xbd\xd1\x8b\xd1\x85 \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb9|)"
                R"(Spr\xc3\xa1va sa ned\xc3\xa1 odosla\xc5\xa5: adres\xc3\xa1ti nie s\xc3\xba platn\xc3\xad|)"
                R"(Ni mogo\xc4\x8de poslati sporo\xc4\x8dila: navedeni so neveljavni prejemniki|)"
                R"(E pamundur nisja e mesazhit: nj\xc3\xab apo m\xc3\xab shum\xc3\xab adresa t\xc3\xab pasakta|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd0\xb0\xd1\x99\xd0\xb5\xd0\xbc \xd0\xbf\xd0\xbe\xd1\x80\xd1\x83\xd0\xba\xd1\x83: \xd1\x98\xd0\xb5\xd0\xb4\xd0\xb0\xd0\xbd \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xb2\xd0\xb8\xd1\x88\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd0\xb8\xd1\x85 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x86\xd0\xb0|)"
                R"(Ne mogu da po\xc5\xa1aljem poruku: jedan ili vi\xc5\xa1e neispravnih primalaca|)"
                R"(Kan inte skicka meddelande: en eller flera ogiltiga mottagare|)"
                R"(\xe0\xae\x9a\xe0\xaf\x86\xe0\xae\xaf\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xbf \xe0\xae\x85\xe0\xae\xa9\xe0\xaf\x81\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa \xe0\xae\xae\xe0\xaf\x81\xe0\xae\x9f\xe0\xae\xbf\xe0\xae\xaf\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88: \xe0\xae\x92\xe0\xae\xa9\xe0\xaf\x8d\xe0\xae\xb1\xe0\xaf\x81\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xaf\x81\xe0\xae\xae\xe0\xaf\x8d \xe0\xae\xae\xe0\xaf\x87\xe0\xae\xb1\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\x9f\xe0\xaf\x8d\xe0\xae\x9f \xe0\xae\x9a\xe0\xaf\x86\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xae\xbe\xe0\xae\xa4 \xe0\xae\xaa\xe0\xaf\x86\xe0\xae\xb1\xe0\xaf\x81\xe0\xae\xa8\xe0\xae\xb0\xe0\xaf\x8d \xe0\xae\xae\xe0\xaf\x81\xe0\xae\x95\xe0\xae\xb5\xe0\xae\xb0\xe0\xae\xbf\xe0\xae\x95\xe0\xae\xb3\xe0\xaf\x8d|)"
                R"(\xe0\xb0\xb8\xe0\xb0\x82\xe0\xb0\xa6\xe0\xb1\x87\xe0\xb0\xb6\xe0\xb0\x82\xe0\xb0\xa8\xe0\xb1\x81 \xe0\xb0\xaa\xe0\xb0\x82\xe0\xb0\xaa\xe0\xb0\xb2\xe0\xb1\x87\xe0\xb0\xa6\xe0\xb1\x81: \xe0\xb0\x92\xe0\xb0\x95\xe0\xb0\x9f\xe0\xb0\xbf \xe0\xb0\xb2\xe0\xb1\x87\xe0\xb0\xa6\xe0\xb0\xbe \xe0\xb0\x8e\xe0\xb0\x95\xe0\xb1\x8d\xe0\xb0\x95\xe0\xb1\x81\xe0\xb0\xb5 \xe0\xb0\xb8\xe0\xb0\xb0\xe0\xb0\xbf\xe0\xb0\x95\xe0\xb0\xbe\xe0\xb0\xa8\xe0\xb0\xbf \xe0\xb0\xb8\xe0\xb1\x8d\xe0\xb0\xb5\xe0\xb1\x80\xe0\xb0\x95\xe0\xb0\xb0\xe0\xb0\xa3\xe0\xb0\xa6\xe0\xb0\xbe\xe0\xb0\xb0\xe0\xb1\x81\xe0\xb0\xb2\xe0\xb1\x81|)"
                R"(\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\xaa\xe0\xb8\xb2\xe0\xb8\xa1\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\x96\xe0\xb8\xaa\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x84\xe0\xb8\xa7\xe0\xb8\xb2\xe0\xb8\xa1: \xe0\xb8\xa1\xe0\xb8\xb5\xe0\xb8\x9c\xe0\xb8\xb9\xe0\xb9\x89\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\xad\xe0\xb8\xa2\xe0\xb9\x88\xe0\xb8\xb2\xe0\xb8\x87\xe0\xb8\x99\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\xa2\xe0\xb8\xab\xe0\xb8\x99\xe0\xb8\xb6\xe0\xb9\x88\xe0\xb8\x87\xe0\xb8\x84\xe0\xb8\x99\xe0\xb9\x84\xe0\xb8\xa1\xe0\xb9\x88\xe0\xb8\x96\xe0\xb8\xb9\xe0\xb8\x81\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87|)"
                R"(\xc4\xb0leti g\xc3\xb6nderilemiyor: bir ya da daha fazla hatal\xc4\xb1 al\xc4\xb1c\xc4\xb1|)"
                R"(\xd8\xa6\xdb\x87\xda\x86\xdb\x87\xd8\xb1\xd9\x86\xd9\x89 \xd9\x8a\xd9\x88\xd9\x84\xd9\x84\xd9\x89\xd8\xba\xd9\x89\xd9\x84\xd9\x89 \xd8\xa8\xd9\x88\xd9\x84\xd9\x85\xd9\x89\xd8\xaf\xd9\x89: \xd9\x83\xdb\x95\xd9\x85 \xd8\xaf\xdb\x90\xda\xaf\xdb\x95\xd9\x86\xd8\xaf\xdb\x95 \xd8\xa8\xd9\x89\xd8\xb1 \xd8\xaa\xd8\xa7\xd9\xbe\xd8\xb4\xdb\x87\xd8\xb1\xdb\x87\xdb\x8b\xd8\xa7\xd9\x84\xd8\xba\xdb\x87\xda\x86\xd9\x89 \xd8\xa6\xd9\x89\xd9\x86\xd8\xa7\xdb\x8b\xdb\x95\xd8\xaa\xd8\xb3\xd9\x89\xd8\xb2|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x96\xd0\xb4\xd1\x96\xd1\x81\xd0\xbb\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f: \xd0\xbe\xd0\xb4\xd0\xb8\xd0\xbd \xd0\xb0\xd0\xb1\xd0\xbe \xd0\xb1\xd1\x96\xd0\xbb\xd1\x8c\xd1\x88\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd1\x85 \xd0\xbe\xd1\x82\xd1\x80\xd0\xb8\xd0\xbc\xd1\x83\xd0\xb2\xd0\xb0\xd1\x87\xd1\x96\xd0\xb2|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\x83 g\xe1\xbb\xadi th\xc6\xb0: c\xc3\xb3 m\xe1\xbb\x99t ho\xe1\xba\xb7c v\xc3\xa0i ng\xc6\xb0\xe1\xbb\x9di nh\xe1\xba\xadn kh\xc3\xb4ng h\xe1\xbb\xa3p l\xe1\xbb\x87|)"
                R"(Ayikwazi ukuthumela umyalezo: umamkeli omnye nangaphezulu|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\xe6\xb6\x88\xe6\x81\xaf\xef\xbc\x9a\xe4\xb8\x80\xe4\xb8\xaa\xe6\x88\x96\xe5\xa4\x9a\xe4\xb8\xaa\xe6\x97\xa0\xe6\x95\x88\xe7\x9a\x84\xe6\x94\xb6\xe4\xbb\xb6\xe4\xba\xba|)"
                R"(\xe4\xb8\x8d\xe8\x83\xbd\xe5\x82\xb3\xe9\x80\x81\xe9\x83\xb5\xe4\xbb\xb6\xef\xbc\x9a\xe4\xb8\x80\xe6\x88\x96\xe5\xa4\x9a\xe5\x80\x8b\xe7\x84\xa1\xe6\x95\x88\xe7\x9a\x84\xe6\x94\xb6\xe4\xbb\xb6\xe8\x80\x85)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "Impossible d\xe2\x80\x99" "envoyer le message\xc2\xa0: un ou plusieurs destinataires sont non valides"},
    // ca L'autenticació de text net no està permesa en connexions insegures. Canvieu el xifrat a STARTTLS o TLS per al compte, cs U nezabezpečeného připojení není dovolené ověřování přes otevřený text. Změňte u účtu ... šifrování na STARTTLS nebo TLS, da Godkendelse i klartekst er ikke tilladt på usikre forbindelser. Skift kryptering for kontoen ... til STARTTLS eller TLS, ...
    {.id = "mua.auth_requires_tls.localized",
     .pattern = R"(L'autenticaci\xc3\xb3 de text net no est\xc3\xa0 permesa en connexions insegures\. Canvieu el xifrat a STARTTLS o TLS per al compte|)"
                R"(U nezabezpe\xc4\x8den\xc3\xa9ho p\xc5\x99ipojen\xc3\xad nen\xc3\xad dovolen\xc3\xa9 ov\xc4\x9b\xc5\x99ov\xc3\xa1n\xc3\xad p\xc5\x99es otev\xc5\x99en\xc3\xbd text\. Zm\xc4\x9b\xc5\x88te u \xc3\xba\xc4\x8dtu.{1,160}\xc5\xa1ifrov\xc3\xa1n\xc3\xad na STARTTLS nebo TLS|)"
                R"(Godkendelse i klartekst er ikke tilladt p\xc3\xa5 usikre forbindelser\. Skift kryptering for kontoen.{1,160}til STARTTLS eller TLS|)"
                R"(Unverschl\xc3\xbcsselte Authentifizierung ist auf unsicheren Verbindungen nicht erlaubt\. \xc3\x84ndern Sie die Verschl\xc3\xbcsselung f\xc3\xbcr das Konto.{1,160}auf STARTTLS oder TLS|)"
                R"(Autenticaci\xc3\xb3n en texto plano desactivada en conexiones inseguras\. Cambie el cifrado a STARTTLS o TLS para la cuenta|)"
                R"(Testu soileko autentifikazioa ez da onartzen seguruak ez diren konexioetan\. Aldatu zifratzea STARTTLS edo TLS izan dadin.{1,160}konturako|)"
                R"(Authentification en texte brut interdite sur les connexions non s\xc3\xa9curis\xc3\xa9es\. Remplacez le cryptage par STARTTLS ou TLS pour le compte|)"
                R"(La autenticazion a test sempli\xc3\xa7 no je permetude su conessions no siguris\. Cambie la cifradure a STARTTLS o TLS pal account|)"
                R"(A autenticaci\xc3\xb3n en texto plano non est\xc3\xa1 permitida en conexi\xc3\xb3ns non seguras\. Cambie o cifrado a STARTTLS ou TLS para a conta|)"
                R"(Ovjera obi\xc4\x8dnim tekstom nije dopu\xc5\xa1tena na nesigurnim povezivanjima\. Promijenite \xc5\xa1ifriranje u STARTTLS ili TLS za ra\xc4\x8dun|)"
                R"(Az egyszer\xc5\xb1 sz\xc3\xb6veges hiteles\xc3\xadt\xc3\xa9s nem enged\xc3\xa9lyezett nem biztons\xc3\xa1gos kapcsolatokn\xc3\xa1l\. V\xc3\xa1ltoztassa meg a\(z.{1,160}fi\xc3\xb3k titkos\xc3\xadt\xc3\xa1s\xc3\xa1t STARTTLS vagy TLS m\xc3\xb3dszerre|)"
                R"(Autentikasi teks biasa tidak diizinkan pada sambungan tidak aman\. Ubah enkripsi ke STARTTLS atau TLS untuk akun|)"
                R"(L'autenticazione in chiaro \xc3\xa8 disabilitata sulle connessioni non sicure\. Cambiare la crittografia a STARTTLS o TLS per l'account|)"
                R"(\xec\x95\x88\xec\xa0\x84\xed\x95\x98\xec\xa7\x80 \xec\x95\x8a\xec\x9d\x80 \xec\x97\xb0\xea\xb2\xb0\xec\x97\x90\xec\x84\x9c\xeb\x8a\x94 \xec\x9d\xbc\xeb\xb0\x98 \xed\x85\x8d\xec\x8a\xa4\xed\x8a\xb8 \xec\x9d\xb8\xec\xa6\x9d\xec\x9d\x84 \xed\x97\x88\xec\x9a\xa9\xed\x95\x98\xec\xa7\x80 \xec\x95\x8a\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4.{1,160}\xea\xb3\x84\xec\xa0\x95\xec\x97\x90 \xeb\x8c\x80\xed\x95\x9c \xec\x95\x94\xed\x98\xb8\xed\x99\x94 \xec\x98\xb5\xec\x85\x98\xec\x9d\x84 STARTTLS \xeb\x98\x90\xeb\x8a\x94 TLS\xeb\xa1\x9c \xeb\xb0\x94\xea\xbe\xb8\xec\x8b\xad\xec\x8b\x9c\xec\x98\xa4|)"
                R"(Grynojo teksto tapatyb\xc4\x97s patvirtinimas neleid\xc5\xbeiamas naudojant nesaugius ry\xc5\xa1ius\. Pakeiskite paskyros.{1,160}\xc5\xa1ifravim\xc4\x85 \xc4\xaf STARTTLS arba TLS|)"
                R"(Vienk\xc4\x81r\xc5\xa1\xc4\x81 teksta autentifik\xc4\x81cija nedro\xc5\xa1os t\xc4\xabklos nav at\xc4\xbcauta\. Kontam.{1,160}mainiet \xc5\xa1ifr\xc4\x93\xc5\xa1anu uz STARTTLS vai TLS|)"
                R"(Pengesahihan teks biasa tidak dibenarkan pada sambungan tidak selamat\. Ubah penyulitan ke STARTTLS atau TLS untuk akaun|)"
                R"(Onversleutelde aanmelding wordt niet toegestaan via onveilige verbindingen\. Wijzig de versleuteling voor account.{1,160}naar STARTTLS of TLS|)"
                R"(L\xe2\x80\x99autentificacion en t\xc3\xa8xt brut es desactivada sus las connexions pas seguras\. Cambiatz lo chiframent per STARTTLS o TLS pel compte|)"
                R"(Uwierzytelnianie w.{1,160}zwyk\xc5\x82ym tek\xc5\x9bcie jest niedozwolone na niezabezpieczonych po\xc5\x82\xc4\x85czeniach\. Prosz\xc4\x99 zmieni\xc4\x87 szyfrowanie na STARTTLS lub TLS dla konta|)"
                R"(Autentica\xc3\xa7\xc3\xa3o em texto simples desativada em liga\xc3\xa7\xc3\xb5es inseguras\. Altere a cifra\xc3\xa7\xc3\xa3o para STARTTLS ou TLS na conta|)"
                R"(Autentica\xc3\xa7\xc3\xa3o de texto sem formata\xc3\xa7\xc3\xa3o n\xc3\xa3o permitida em conex\xc3\xb5es n\xc3\xa3o seguras\. Altere a criptografia para STARTTLS ou TLS para a conta|)"
                R"(Autentificarea prin text simplu nu este permis\xc4\x83 pe conexiunile nesigur\. Schimba\xc8\x9bi criptarea la STARTTLS sau TLS pentru contul|)"
                R"(\xd0\x90\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x8f \xd0\xbe\xd0\xb1\xd1\x8b\xd1\x87\xd0\xbd\xd1\x8b\xd0\xbc \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82\xd0\xbe\xd0\xbc \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xb5\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xbd\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbe\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbd\xd1\x8b\xd1\x85 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\xd1\x85\. \xd0\x98\xd0\xb7\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb5 \xd0\xbd\xd0\xb0 STARTTLS \xd0\xb8\xd0\xbb\xd0\xb8 TLS \xd0\xb4\xd0\xbb\xd1\x8f \xd1\x83\xd1\x87\xd0\xb5\xd1\x82\xd0\xbd\xd0\xbe\xd0\xb9 \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb8|)"
                R"(Besedilna overitev ne dovoljena na varnih povezavah\. Spremeniti je treba \xc5\xa1ifriranje na STARTTLS or TLS za ra\xc4\x8dun|)"
                R"(\xd0\x9f\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0 \xd0\xbe\xd0\xb1\xd0\xb8\xd1\x87\xd0\xbd\xd0\xb8\xd0\xbc \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82\xd0\xbe\xd0\xbc \xd1\x98\xd0\xb5 \xd0\xb8\xd1\x81\xd0\xba\xd1\x99\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xbd\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb1\xd0\xb5\xd0\xb7\xd0\xb1\xd0\xb5\xd0\xb4\xd0\xbd\xd0\xb8\xd0\xbc \xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb0\xd0\xbc\xd0\xb0\. \xd0\x98\xd0\xb7\xd0\xbc\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x82\xd0\xb5 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd1\x83 \xd0\xa1\xd0\xa2\xd0\x90\xd0\xa0\xd0\xa2\xd0\xa2\xd0\x9b\xd0\xa1 \xd0\xb8\xd0\xbb\xd0\xb8 \xd0\xa2\xd0\x9b\xd0\xa1 \xd0\xb7\xd0\xb0 \xd0\xbd\xd0\xb0\xd0\xbb\xd0\xbe\xd0\xb3|)"
                R"(Klartextautentisering till\xc3\xa5ts inte p\xc3\xa5 os\xc3\xa4kra anslutningar\. \xc3\x84ndra kryptering till STARTTLS eller TLS f\xc3\xb6r kontot|)"
                R"(G\xc3\xbcvenli olmayan ba\xc4\x9flant\xc4\xb1larda d\xc3\xbcz metin kimlik do\xc4\x9frulamaya izin verilmedi.{1,160}hesab\xc4\xb1 i\xc3\xa7in \xc5\x9fifrelemeyi STARTTLS veya TLS olarak de\xc4\x9fi\xc5\x9ftirin|)"
                R"(\xd0\x9d\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb7\xd0\xb0\xd1\x85\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x85 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f\xd1\x85 \xd0\xb7\xd0\xb0\xd0\xb1\xd0\xbe\xd1\x80\xd0\xbe\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xbe \xd1\x82\xd0\xb5\xd0\xba\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd0\xb5 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f\. \xd0\x97\xd0\xbc\xd1\x96\xd0\xbd\xd1\x96\xd1\x82\xd1\x8c \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb0 STARTTLS \xd0\xb0\xd0\xb1\xd0\xbe TLS \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xbe\xd0\xb1\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xb3\xd0\xbe \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x81\xd1\x83|)"
                R"(\xe4\xb8\x8d\xe5\x85\x81\xe8\xae\xb8\xe5\x9c\xa8\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe4\xb8\x8a\xe8\xbf\x9b\xe8\xa1\x8c\xe7\xba\xaf\xe6\x96\x87\xe6\x9c\xac\xe8\xae\xa4\xe8\xaf\x81\xe3\x80\x82\xe8\xaf\xb7\xe5\xb0\x86\xe5\xb8\x90\xe5\x8f\xb7.{1,160}\xe7\x9a\x84\xe5\x8a\xa0\xe5\xaf\x86\xe6\x96\xb9\xe5\xbc\x8f\xe8\xae\xbe\xe7\xbd\xae\xe4\xb8\xba STARTTLS \xe6\x88\x96 TLS|)"
                R"(\xe4\xb8\x8d\xe5\x85\x81\xe8\xa8\xb1\xe5\x9c\xa8\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8\xe9\x80\xa3\xe7\xb7\x9a\xe4\xb8\x8a\xe9\x80\xb2\xe8\xa1\x8c\xe7\xb4\x94\xe6\x96\x87\xe5\xad\x97\xe8\xba\xab\xe4\xbb\xbd\xe9\xa9\x97\xe8\xad\x89\xe3\x80\x82\xe8\xab\x8b\xe8\xae\x8a\xe6\x9b\xb4.{1,160}\xe5\xb8\xb3\xe6\x88\xb6\xe7\x9a\x84\xe5\x8a\xa0\xe5\xaf\x86\xe6\x96\xb9\xe5\xbc\x8f\xe8\x87\xb3 STARTTLS \xe6\x88\x96 TLS)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Authentification en texte brut interdite sur les connexions non s\xc3\xa9" "curis\xc3\xa9" "es. Remplacez le cryptage par STARTTLS ou TLS pour le compte \xc2\xab\xc2\xa0smtp.example.org\xc2\xa0\xc2\xbb."},
    // ar التشفير مطلوب لآليّة التّوثيق المطلوبة, as অনুৰোধ কৰা প্ৰমাণীকৰণ পদ্ধতিৰ এনক্ৰিপশনৰ প্ৰয়োজন, ast Cifráu requeríu pol mecanismu d'autenticación solicitáu, ...
    {.id = "mua.starttls_required.localized",
     .pattern = R"(\xd8\xa7\xd9\x84\xd8\xaa\xd8\xb4\xd9\x81\xd9\x8a\xd8\xb1 \xd9\x85\xd8\xb7\xd9\x84\xd9\x88\xd8\xa8 \xd9\x84\xd8\xa2\xd9\x84\xd9\x8a\xd9\x91\xd8\xa9 \xd8\xa7\xd9\x84\xd8\xaa\xd9\x91\xd9\x88\xd8\xab\xd9\x8a\xd9\x82 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb7\xd9\x84\xd9\x88\xd8\xa8\xd8\xa9|)"
                R"(\xe0\xa6\x85\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa7\xb0\xe0\xa7\x8b\xe0\xa6\xa7 \xe0\xa6\x95\xe0\xa7\xb0\xe0\xa6\xbe \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa6\xae\xe0\xa6\xbe\xe0\xa6\xa3\xe0\xa7\x80\xe0\xa6\x95\xe0\xa7\xb0\xe0\xa6\xa3 \xe0\xa6\xaa\xe0\xa6\xa6\xe0\xa7\x8d\xe0\xa6\xa7\xe0\xa6\xa4\xe0\xa6\xbf\xe0\xa7\xb0 \xe0\xa6\x8f\xe0\xa6\xa8\xe0\xa6\x95\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa6\xbf\xe0\xa6\xaa\xe0\xa6\xb6\xe0\xa6\xa8\xe0\xa7\xb0 \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa7\xb0\xe0\xa7\x9f\xe0\xa7\x8b\xe0\xa6\x9c\xe0\xa6\xa8|)"
                R"(Cifr\xc3\xa1u requer\xc3\xadu pol mecanismu d'autenticaci\xc3\xb3n solicit\xc3\xa1u|)"
                R"(Sor\xc4\x9fulanan tan\xc4\xb1tma mexanizmas\xc4\xb1 \xc3\xbc\xc3\xa7\xc3\xbcn kriptl\xc9\x99m\xc9\x99k laz\xc4\xb1md\xc4\xb1r|)"
                R"(\xd0\x94\xd0\xbb\xd1\x8f \xd0\xb7\xd0\xb0\xd0\xbf\xd0\xb0\xd1\x82\xd1\x80\xd0\xb0\xd0\xb1\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xb3\xd0\xb0 \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xb0\xd0\xb1\xd1\x83 \xd1\x96\xd0\xb4\xd1\x8d\xd0\xbd\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x96 \xd0\xbf\xd0\xb0\xd1\x82\xd1\x80\xd0\xb0\xd0\xb1\xd1\x83\xd0\xb5\xd1\x86\xd1\x86\xd0\xb0 \xd1\x88\xd1\x8b\xd1\x84\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd0\xb5|)"
                R"(\xd0\x97\xd0\xb0\xd0\xb4\xd0\xb0\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\xd1\x82 \xd0\xbc\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb7\xd1\x8a\xd0\xbc \xd0\xbd\xd0\xb0 \xd1\x83\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8f\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5 \xd0\xb8\xd0\xb7\xd0\xb8\xd1\x81\xd0\xba\xd0\xb2\xd0\xb0 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xb8\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5|)"
                R"(\xe0\xa6\x85\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa6\xb0\xe0\xa7\x8b\xe0\xa6\xa7\xe0\xa6\x95\xe0\xa7\x83\xe0\xa6\xa4 \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xae\xe0\xa6\xbe\xe0\xa6\xa3\xe0\xa7\x80\xe0\xa6\x95\xe0\xa6\xb0\xe0\xa6\xa3 \xe0\xa6\xaa\xe0\xa6\xa6\xe0\xa7\x8d\xe0\xa6\xa7\xe0\xa6\xa4\xe0\xa6\xbf\xe0\xa6\xb0 \xe0\xa6\x9c\xe0\xa6\xa8\xe0\xa7\x8d\xe0\xa6\xaf \xe0\xa6\x8f\xe0\xa6\xa8\xe0\xa6\x95\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xbf\xe0\xa6\xaa\xe0\xa6\xb6\xe0\xa6\xa8 \xe0\xa6\x86\xe0\xa6\xac\xe0\xa6\xb6\xe0\xa7\x8d\xe0\xa6\xaf\xe0\xa6\x95|)"
                R"(\xe0\xa6\x85\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa6\xb0\xe0\xa7\x8b\xe0\xa6\xa7 \xe0\xa6\x95\xe0\xa6\xb0\xe0\xa6\xbe \xe0\xa6\x85\xe0\xa6\xa8\xe0\xa7\x81\xe0\xa6\xae\xe0\xa7\x8b\xe0\xa6\xa6\xe0\xa6\xa8 \xe0\xa6\xac\xe0\xa7\x8d\xe0\xa6\xaf\xe0\xa6\xac\xe0\xa6\xb8\xe0\xa7\x8d\xe0\xa6\xa5\xe0\xa6\xbe\xe0\xa7\x9f \xe0\xa6\x8f\xe0\xa6\xa8\xe0\xa6\x95\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa6\xbf\xe0\xa6\xaa\xe0\xa6\xb6\xe0\xa6\xa8 \xe0\xa6\xaa\xe0\xa7\x8d\xe0\xa6\xb0\xe0\xa7\x9f\xe0\xa7\x8b\xe0\xa6\x9c\xe0\xa6\xa8|)"
                R"(Neophodno \xc5\xa1ifrovanje za tra\xc5\xbeeni mehanizam autentifikacije|)"
                R"(El mecanisme d'autenticaci\xc3\xb3 sol\xc2\xb7licitat necessita xifratge|)"
                R"(Pro po\xc5\xbeadovan\xc3\xbd zp\xc5\xafsob ov\xc4\x9b\xc5\x99ov\xc3\xa1n\xc3\xad toto\xc5\xbenosti je vy\xc5\xbeadov\xc3\xa1no \xc5\xa1ifrovan\xc3\xad|)"
                R"(Angen amgryptio ar y dull dilysiant a ddewiswyd|)"
                R"(Den forespurgte autentificeringsmekanisme kr\xc3\xa6ver kryptering|)"
                R"(F\xc3\xbcr den verlangten Legitimierungsmechanismus ist eine Verschl\xc3\xbcsselung erforderlich|)"
                R"(\xe0\xbd\x9e\xe0\xbd\xb4\xe0\xbc\x8b\xe0\xbd\x96\xe0\xbc\x8b\xe0\xbd\xa0\xe0\xbd\x96\xe0\xbd\x91\xe0\xbc\x8b\xe0\xbd\x98\xe0\xbd\xb2\xe0\xbc\x8b \xe0\xbd\x96\xe0\xbd\x91\xe0\xbd\xba\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\x96\xe0\xbd\xa4\xe0\xbd\x91\xe0\xbc\x8b\xe0\xbd\x90\xe0\xbd\x96\xe0\xbd\xa6\xe0\xbc\x8b\xe0\xbd\xa3\xe0\xbd\x98\xe0\xbc\x8b\xe0\xbd\x82\xe0\xbe\xb1\xe0\xbd\xb2\xe0\xbc\x8b\xe0\xbd\x91\xe0\xbd\xbc\xe0\xbd\x93\xe0\xbc\x8b\xe0\xbd\xa3\xe0\xbd\xa6\xe0\xbc\x8b \xe0\xbd\x82\xe0\xbd\xa6\xe0\xbd\x84\xe0\xbc\x8b\xe0\xbd\x96\xe0\xbd\x9f\xe0\xbd\xbc\xe0\xbc\x8b\xe0\xbd\xa0\xe0\xbd\x96\xe0\xbd\x91\xe0\xbc\x8b\xe0\xbd\x91\xe0\xbd\x82\xe0\xbd\xbc\xe0\xbc\x8b\xe0\xbd\x94\xe0\xbd\xa6\xe0\xbc\x8d|)"
                R"(\xce\x91\xcf\x80\xce\xb1\xce\xb9\xcf\x84\xce\xb5\xce\xaf\xcf\x84\xce\xb1\xce\xb9 \xce\xba\xcf\x81\xcf\x85\xcf\x80\xcf\x84\xce\xbf\xce\xb3\xcf\x81\xce\xac\xcf\x86\xce\xb7\xcf\x83\xce\xb7 \xce\xb3\xce\xb9\xce\xb1 \xcf\x84\xce\xbf\xce\xbd \xce\xb6\xce\xb7\xcf\x84\xce\xbf\xcf\x8d\xce\xbc\xce\xb5\xce\xbd\xce\xbf \xce\xbc\xce\xb7\xcf\x87\xce\xb1\xce\xbd\xce\xb9\xcf\x83\xce\xbc\xcf\x8c \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7\xcf\x82|)"
                R"(\xf0\x90\x91\xa6\xf0\x90\x91\xaf\xf0\x90\x91\x92\xf0\x90\x91\xae\xf0\x90\x91\xa6\xf0\x90\x91\x90\xf0\x90\x91\x96\xf0\x90\x91\xa9\xf0\x90\x91\xaf \xf0\x90\x91\xae\xf0\x90\x91\xa6\xf0\x90\x91\x92\xf0\x90\x91\xa2\xf0\x90\x91\xb2\xf0\x90\x91\xbc\xf0\x90\x91\x9b \xf0\x90\x91\x93\xf0\x90\x91\xb9 \xf0\x90\x91\xae\xf0\x90\x91\xa6\xf0\x90\x91\x92\xf0\x90\x91\xa2\xf0\x90\x91\xa7\xf0\x90\x91\x95\xf0\x90\x91\x91\xf0\x90\x91\xa9\xf0\x90\x91\x9b \xf0\x90\x91\xb7\xf0\x90\x91\x94\xf0\x90\x91\xa7\xf0\x90\x91\xaf\xf0\x90\x91\x91\xf0\x90\x91\xa6\xf0\x90\x91\x92\xf0\x90\x91\xb1\xf0\x90\x91\x96\xf0\x90\x91\xa9\xf0\x90\x91\xaf \xf0\x90\x91\xa5\xf0\x90\x91\xa7\xf0\x90\x91\x92\xf0\x90\x91\xa9\xf0\x90\x91\xaf\xf0\x90\x91\xa6\xf0\x90\x91\x9f\xf0\x90\x91\xa5|)"
                R"(Cifrado requerida por el mecanismo de autenticaci\xc3\xb3n pedido|)"
                R"(N\xc3\xb5utud autentimismehhanismi jaoks on kr\xc3\xbcptimine vajalik|)"
                R"(Eskatutako autentifikazio-mekanismoak beharrezkoa du zifratzea|)"
                R"(\xd8\xa8\xd8\xb1\xd8\xa7\xdb\x8c \xd8\xb3\xd8\xa7\xd8\xb2\xd9\x88\xda\xa9\xd8\xa7\xd8\xb1 \xd8\xaa\xd8\xa3\xdb\x8c\xdb\x8c\xd8\xaf \xd9\x87\xd9\x88\xdb\x8c\xd8\xaa \xd8\xae\xd9\x88\xd8\xa7\xd8\xb3\xd8\xaa\xd9\x87 \xd8\xb4\xd8\xaf\xd9\x87 \xd8\xb1\xd9\x85\xd8\xb2\xd9\x86\xda\xaf\xd8\xa7\xd8\xb1\xdb\x8c \xd9\x84\xd8\xa7\xd8\xb2\xd9\x85 \xd8\xa7\xd8\xb3\xd8\xaa|)"
                R"(Pyydetty todennusmenetelm\xc3\xa4 vaatii salausta|)"
                R"(Chiffrement requis pour le m\xc3\xa9canisme d\xe2\x80\x99authentification demand\xc3\xa9|)"
                R"(Cifradure necessarie pal mecanisim di autenticazion domandade|)"
                R"(Neces\xc3\xadtase un cifrado para o mecanismo de autenticaci\xc3\xb3n solicitado|)"
                R"(\xe0\xaa\xae\xe0\xaa\x82\xe0\xaa\x9c\xe0\xab\x82\xe0\xaa\xb0 \xe0\xaa\xa5\xe0\xaa\xaf\xe0\xab\x87\xe0\xaa\xb2 \xe0\xaa\xb8\xe0\xaa\xa4\xe0\xab\x8d\xe0\xaa\xa4\xe0\xaa\xbe\xe0\xaa\xa7\xe0\xaa\xbf\xe0\xaa\x95\xe0\xaa\xb0\xe0\xaa\xa3 \xe0\xaa\x95\xe0\xab\x8d\xe0\xaa\xb0\xe0\xaa\xbf\xe0\xaa\xaf\xe0\xaa\xbe \xe0\xaa\xae\xe0\xaa\xbe\xe0\xaa\x9f\xe0\xab\x87 \xe0\xaa\x8f\xe0\xaa\xa8\xe0\xaa\x95\xe0\xab\x8d\xe0\xaa\xb0\xe0\xaa\xbf\xe0\xaa\xaa\xe0\xab\x8d\xe0\xaa\xb6\xe0\xaa\xa8 \xe0\xaa\x9c\xe0\xaa\xb0\xe0\xab\x81\xe0\xaa\xb0\xe0\xab\x80 \xe0\xaa\x9b\xe0\xab\x87|)"
                R"(\xd7\x94\xd7\x94\xd7\xa6\xd7\xa4\xd7\xa0\xd7\x94 \xd7\x94\xd7\xa0\xd7\x93\xd7\xa8\xd7\xa9\xd7\xaa \xd7\xa2\xd7\x91\xd7\x95\xd7\xa8 \xd7\x9e\xd7\xa0\xd7\x92\xd7\xa0\xd7\x95\xd7\x9f \xd7\x94\xd7\x90\xd7\x99\xd7\x9e\xd7\x95\xd7\xaa \xd7\x94\xd7\x9e\xd7\x91\xd7\x95\xd7\xa7\xd7\xa9|)"
                R"(\xe0\xa4\xa8\xe0\xa4\xbf\xe0\xa4\xb5\xe0\xa5\x87\xe0\xa4\xa6\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xb8\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa4\xaa\xe0\xa4\xa8 \xe0\xa4\xaf\xe0\xa4\xbe\xe0\xa4\x82\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa5\x80 \xe0\xa4\x95\xe0\xa5\x87 \xe0\xa4\xb2\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa5\x87 \xe0\xa4\x97\xe0\xa5\x8b\xe0\xa4\xaa\xe0\xa4\xa8 \xe0\xa4\x95\xe0\xa5\x80 \xe0\xa4\x86\xe0\xa4\xb5\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\x95\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xb9\xe0\xa5\x88|)"
                R"(\xc5\xa0ifriranje je potrebno za tra\xc5\xbeeni mehanizam ovjere|)"
                R"(Titkos\xc3\xadt\xc3\xa1s sz\xc3\xbcks\xc3\xa9ges a k\xc3\xa9rt hiteles\xc3\xadt\xc3\xa9si mechanizmushoz|)"
                R"(Penyandian diperlukan untuk mekanisme autentikasi yang diminta|)"
                R"(Il meccanismo di autenticazione richiesto richiede la cifratura|)"
                R"(\xe8\xa6\x81\xe6\xb1\x82\xe3\x81\x97\xe3\x81\x9f\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x83\xa1\xe3\x82\xab\xe3\x83\x8b\xe3\x82\xba\xe3\x83\xa0\xe3\x81\xae\xe3\x81\x9f\xe3\x82\x81\xe3\x81\xab\xe6\x9a\x97\xe5\x8f\xb7\xe5\x8c\x96\xe3\x81\x8c\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\xa7\xe3\x81\x99|)"
                R"(\xe1\x9e\x80\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\xa2\xe1\x9f\x8a\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\x82\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb8\xe1\x9e\x94\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x98\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x9f\xe1\x9e\x98\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb6\xe1\x9e\x94\xe1\x9f\x8b\xe2\x80\x8b\xe1\x9e\x99\xe1\x9e\x93\xe1\x9f\x92\xe1\x9e\x8f\xe1\x9e\x80\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9f\x80\xe1\x9e\x84\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x8f\xe1\x9f\x8b\xe2\x80\x8b\xe1\x9e\x97\xe1\x9e\xb6\xe1\x9e\x96\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb9\xe1\x9e\x98\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c\xe2\x80\x8b\xe1\x9e\x8a\xe1\x9f\x82\xe1\x9e\x9b\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x9f\xe1\x9f\x92\xe1\x9e\x93\xe1\x9e\xbe|)"
                R"(\xe0\xb2\xae\xe0\xb2\xa8\xe0\xb2\xb5\xe0\xb2\xbf \xe0\xb2\xb8\xe0\xb2\xb2\xe0\xb3\x8d\xe0\xb2\xb2\xe0\xb2\xbf\xe0\xb2\xb8\xe0\xb2\xb2\xe0\xb2\xbe\xe0\xb2\xa6  \xe0\xb2\xa6\xe0\xb3\x83\xe0\xb2\xa2\xe0\xb3\x80\xe0\xb2\x95\xe0\xb2\xb0\xe0\xb2\xa3 \xe0\xb2\x95\xe0\xb2\xbe\xe0\xb2\xb0\xe0\xb3\x8d\xe0\xb2\xaf\xe0\xb2\xb5\xe0\xb2\xbf\xe0\xb2\xa7\xe0\xb2\xbe\xe0\xb2\xa8\xe0\xb2\x95\xe0\xb3\x8d\xe0\xb2\x95\xe0\xb3\x86 \xe0\xb2\x97\xe0\xb3\x82\xe0\xb2\xa2\xe0\xb2\xb2\xe0\xb2\xbf\xe0\xb2\xaa\xe0\xb3\x80\xe0\xb2\x95\xe0\xb2\xb0\xe0\xb2\xa3\xe0\xb2\xa6\(\xe0\xb2\x8e\xe0\xb2\xa8\xe0\xb3\x8d\xe2\x80\x8c\xe0\xb2\x95\xe0\xb3\x8d\xe0\xb2\xb0\xe0\xb2\xbf\xe0\xb2\xaa\xe0\xb3\x8d\xe0\xb2\xb6\xe0\xb2\xa8\xe0\xb3\x8d\) \xe0\xb2\x85\xe0\xb2\x97\xe0\xb2\xa4\xe0\xb3\x8d\xe0\xb2\xaf\xe0\xb2\xb5\xe0\xb2\xbf\xe0\xb2\xa6\xe0\xb3\x86|)"
                R"(\xec\x9a\x94\xec\xb2\xad\xed\x95\x9c \xec\x9d\xb8\xec\xa6\x9d \xeb\xb0\xa9\xec\x8b\x9d\xec\x97\x90\xec\x84\x9c\xeb\x8a\x94 \xec\x95\x94\xed\x98\xb8\xed\x99\x94\xea\xb0\x80 \xed\x95\x84\xec\x9a\x94\xed\x95\xa9\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Pra\xc5\xa1ytam tapatyb\xc4\x97s nustatymo mechanizmui reikalingas \xc5\xa1ifravimas|)"
                R"(Piepras\xc4\xabtajam autentifik\xc4\x81cijas meh\xc4\x81nismam nepiecie\xc5\xa1ama \xc5\xa1ifr\xc4\x93\xc5\xa1ana|)"
                R"(\xd0\x9f\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd0\xbd\xd0\xbe \xd0\xb5 \xd0\xba\xd0\xbe\xd0\xb4\xd0\xb8\xd1\x80\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xb7\xd0\xb0 \xd0\xb1\xd0\xb0\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xbe\xd1\x82 \xd0\xbc\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb7\xd0\xb0\xd0\xbc \xd0\xb7\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd0\xb0|)"
                R"(\xe0\xb4\x86\xe0\xb4\xb5\xe0\xb4\xb6\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb4\xaa\xe0\xb5\x8d\xe0\xb4\xaa\xe0\xb5\x86\xe0\xb4\x9f\xe0\xb5\x8d\xe0\xb4\x9f \xe0\xb4\x86\xe0\xb4\xa7\xe0\xb4\xbf\xe0\xb4\x95\xe0\xb4\xbe\xe0\xb4\xb0\xe0\xb4\xbf\xe0\xb4\x95\xe0\xb4\xa4 \xe0\xb4\x89\xe0\xb4\xb1\xe0\xb4\xaa\xe0\xb5\x8d\xe0\xb4\xaa\xe0\xb4\xbe\xe0\xb4\x95\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb5\x81\xe0\xb4\xa8\xe0\xb5\x8d\xe0\xb4\xa8 \xe0\xb4\xb8\xe0\xb4\x82\xe0\xb4\xb5\xe0\xb4\xbf\xe0\xb4\xa7\xe0\xb4\xbe\xe0\xb4\xa8\xe0\xb4\xa4\xe0\xb5\x8d\xe0\xb4\xa4\xe0\xb4\xbf\xe0\xb4\xb2\xe0\xb5\x8d\xe2\x80\x8d \xe0\xb4\xb0\xe0\xb4\xb9\xe0\xb4\xb8\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb4\xad\xe0\xb4\xbe\xe0\xb4\xb7 \xe0\xb4\x86\xe0\xb4\xb5\xe0\xb4\xb6\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb4\xae\xe0\xb5\x81\xe0\xb4\xa3\xe0\xb5\x8d\xe0\xb4\x9f\xe0\xb5\x8d|)"
                R"(\xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xa8\xe0\xa4\x82\xe0\xa4\xa4\xe0\xa5\x80 \xe0\xa4\x95\xe0\xa5\x87\xe0\xa4\xb2\xe0\xa5\x87\xe0\xa4\xb2\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\xbe \xe0\xa4\x85\xe0\xa4\xa7\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa3\xe0\xa4\xa8 \xe0\xa4\xaa\xe0\xa4\xa7\xe0\xa5\x8d\xe0\xa4\xa6\xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa0\xe0\xa5\x80 \xe0\xa4\x87\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xb8\xe0\xa5\x8d\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb6\xe0\xa4\xa8 \xe0\xa4\x86\xe0\xa4\xb5\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\x95 \xe0\xa4\x86\xe0\xa4\xb9\xe0\xa5\x87|)"
                R"(Penyulitan diperlukan untuk mekanisme pengesahihan yang dipinta|)"
                R"(Kryptering kreves for forespurt autentiseringsmekanisme|)"
                R"(\xe0\xa4\x85\xe0\xa4\xa8\xe0\xa5\x81\xe0\xa4\xb0\xe0\xa5\x8b\xe0\xa4\xa7 \xe0\xa4\x97\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\x8f\xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa3\xe0\xa5\x80\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa4\xa3 \xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xaf\xe0\xa4\xa8\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x97\xe0\xa4\xbf \xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x97\xe0\xa4\xbf \xe0\xa4\x97\xe0\xa5\x81\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xa4\xe0\xa5\x80\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa4\xa3 \xe0\xa4\x86\xe0\xa4\xb5\xe0\xa4\xb6\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa4\x95 \xe0\xa4\x9b|)"
                R"(Versleuteling vereist voor gewenst aanmeldingsmechanisme|)"
                R"(Kryptering p\xc3\xa5kravd for den etterspurde autentiseringsmekanismen|)"
                R"(Chiframent requesit pel mecanisme d'autentificacion demandat|)"
                R"(\xe0\xac\x85\xe0\xac\xa8\xe0\xad\x81\xe0\xac\xb0\xe0\xad\x8b\xe0\xac\xa7 \xe0\xac\x95\xe0\xac\xb0\xe0\xac\xbe\xe0\xac\xaf\xe0\xac\xbe\xe0\xac\x87\xe0\xac\xa5\xe0\xac\xbf\xe0\xac\xac\xe0\xac\xbe \xe0\xac\xac\xe0\xad\x88\xe0\xac\xa7\xe0\xac\xbf\xe0\xac\x95\xe0\xac\xb0\xe0\xac\xa3 \xe0\xac\x95\xe0\xac\xbe\xe0\xac\xb0\xe0\xad\x8d\xe0\xac\xaf\xe0\xad\x8d\xe0\xad\x9f\xe0\xac\x95\xe0\xac\xb3\xe0\xac\xbe\xe0\xac\xaa \xe0\xac\xaa\xe0\xac\xbe\xe0\xac\x87\xe0\xac\x81 \xe0\xac\xb8\xe0\xac\x82\xe0\xac\x97\xe0\xad\x81\xe0\xac\xaa\xe0\xad\x8d\xe0\xac\xa4 \xe0\xac\x86\xe0\xac\xac\xe0\xac\xb6\xe0\xad\x8d\xe0\xad\x9f\xe0\xac\x95|)"
                R"(\xe0\xa8\xb2\xe0\xa9\x8b\xe0\xa9\x9c\xe0\xa9\x80\xe0\xa8\xa6\xe0\xa9\x87 \xe0\xa8\xaa\xe0\xa9\x8d\xe0\xa8\xb0\xe0\xa8\xae\xe0\xa8\xbe\xe0\xa8\xa3\xe0\xa8\x95\xe0\xa8\xbf\xe0\xa8\xa4\xe0\xa8\xbe \xe0\xa8\xa2\xe0\xa9\xb0\xe0\xa8\x97 \xe0\xa8\xb2\xe0\xa8\x88 \xe0\xa8\x87\xe0\xa8\x95\xe0\xa9\x8d\xe0\xa8\xb0\xe0\xa8\xbf\xe0\xa8\xaa\xe0\xa8\xb6\xe0\xa8\xa8 \xe0\xa8\xb2\xe0\xa9\x8b\xe0\xa9\x9c\xe0\xa9\x80\xe0\xa8\xa6\xe0\xa9\x80 \xe0\xa8\xb9\xe0\xa9\x88|)"
                R"(\xc5\xbb\xc4\x85dany mechanizm uwierzytelniaj\xc4\x85cy wymaga szyfrowania|)"
                R"(Criptografia necess\xc3\xa1ria para o mecanismo de autentica\xc3\xa7\xc3\xa3o solicitado|)"
                R"(Criptografia necess\xc3\xa1ria para o mecanismo de autentica\xc3\xa7\xc3\xa3o pedido|)"
                R"(Mecanismul de autentificare cerut necesit\xc4\x83 criptare|)"
                R"(\xd0\x94\xd0\xbb\xd1\x8f \xd0\xb7\xd0\xb0\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe \xd0\xbc\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb7\xd0\xbc\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x83\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb5|)"
                R"(Pre po\xc5\xbeadovan\xc3\xbd sp\xc3\xb4sob overenia toto\xc5\xbenosti je vy\xc5\xbeadovan\xc3\xa9 \xc5\xa1ifrovanie|)"
                R"(Za zahtevan na\xc4\x8din overitve je obvezno \xc5\xa1ifriranje|)"
                R"(Mekanizmi i k\xc3\xabrkuar i autentifikimit ka nevoj\xc3\xab p\xc3\xabr kriptim|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbe\xd0\xbf\xd1\x85\xd0\xbe\xd0\xb4\xd0\xbd\xd0\xbe \xd1\x98\xd0\xb5 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xb7\xd0\xb0 \xd1\x82\xd1\x80\xd0\xb0\xd0\xb6\xd0\xb5\xd0\xbd\xd0\xb8 \xd0\xbc\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb7\xd0\xb0\xd0\xbc \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd1\x92\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd0\xb0|)"
                R"(Neophodno je \xc5\xa1ifrovanje za tra\xc5\xbeeni mehanizam potvr\xc4\x91ivanja identiteta|)"
                R"(Kryptering beh\xc3\xb6vs f\xc3\xb6r beg\xc3\xa4rd autentiseringsmekanism|)"
                R"(\xe0\xae\x95\xe0\xaf\x8b\xe0\xae\xb0\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\x9f\xe0\xaf\x8d\xe0\xae\x9f \xe0\xae\x85\xe0\xae\xa9\xe0\xaf\x81\xe0\xae\xae\xe0\xae\xa4\xe0\xae\xbf \xe0\xae\xae\xe0\xaf\x81\xe0\xae\xb1\xe0\xaf\x88\xe0\xae\xae\xe0\xaf\x88\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xaf\x81 \xe0\xae\x95\xe0\xaf\x81\xe0\xae\xb1\xe0\xae\xbf\xe0\xae\xae\xe0\xaf\x81\xe0\xae\xb1\xe0\xaf\x88\xe0\xae\xaf\xe0\xae\xbe\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xae\xe0\xaf\x8d \xe0\xae\xa4\xe0\xaf\x87\xe0\xae\xb5\xe0\xaf\x88|)"
                R"(\xe0\xb0\x85\xe0\xb0\xad\xe0\xb1\x8d\xe0\xb0\xaf\xe0\xb0\xb0\xe0\xb1\x8d\xe0\xb0\xa6\xe0\xb0\xbf\xe0\xb0\xa4 \xe0\xb0\xa6\xe0\xb1\x83\xe0\xb0\xb5\xe0\xb1\x80\xe0\xb0\x95\xe0\xb0\xb0\xe0\xb0\xa3 \xe0\xb0\xae\xe0\xb1\x86\xe0\xb0\x95\xe0\xb0\xbe\xe0\xb0\xa8\xe0\xb0\xbf\xe0\xb0\x9c\xe0\xb0\x82\xe0\xb0\x95\xe0\xb1\x81 \xe0\xb0\x8e\xe0\xb0\xa8\xe0\xb1\x8d\xe0\xb0\x95\xe0\xb1\x8d\xe0\xb0\xb0\xe0\xb0\xbf\xe0\xb0\xaa\xe0\xb1\x8d\xe0\xb0\xb7\xe0\xb0\xa8\xe0\xb1\x8d \xe0\xb0\x85\xe0\xb0\xb5\xe0\xb0\xb8\xe0\xb0\xb0\xe0\xb0\xae\xe0\xb1\x88\xe0\xb0\x82\xe0\xb0\xa6\xe0\xb0\xbf|)"
                R"(\xe0\xb8\x95\xe0\xb9\x89\xe0\xb8\xad\xe0\xb8\x87\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb9\x80\xe0\xb8\x82\xe0\xb9\x89\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\xab\xe0\xb8\xb1\xe0\xb8\xaa\xe0\xb8\xa5\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\xaa\xe0\xb8\xb3\xe0\xb8\xab\xe0\xb8\xa3\xe0\xb8\xb1\xe0\xb8\x9a\xe0\xb8\x81\xe0\xb8\xa5\xe0\xb9\x84\xe0\xb8\x81\xe0\xb8\x81\xe0\xb8\xb2\xe0\xb8\xa3\xe0\xb8\xa2\xe0\xb8\xb7\xe0\xb8\x99\xe0\xb8\xa2\xe0\xb8\xb1\xe0\xb8\x99\xe0\xb8\x95\xe0\xb8\xb1\xe0\xb8\xa7\xe0\xb8\x9a\xe0\xb8\xb8\xe0\xb8\x84\xe0\xb8\x84\xe0\xb8\xa5\xe0\xb8\x97\xe0\xb8\xb5\xe0\xb9\x88\xe0\xb8\x82\xe0\xb8\xad|)"
                R"(\xc4\xb0stenen kimlik do\xc4\x9frulama y\xc3\xb6ntemi i\xc3\xa7in \xc5\x9fifreleme gerekiyor|)"
                R"(\xd8\xaa\xdb\x95\xd9\x84\xdb\x95\xd9\xbe \xd9\x82\xd9\x89\xd9\x84\xd9\x89\xd9\x86\xd8\xba\xd8\xa7\xd9\x86 \xd9\x83\xd9\x89\xd9\x85\xd9\x84\xd9\x89\xd9\x83 \xd8\xaf\xdb\x95\xd9\x84\xd9\x89\xd9\x84\xd9\x84\xdb\x95\xd8\xb4 \xd9\x85\xdb\x90\xd8\xae\xd8\xa7\xd9\x86\xd9\x89\xd8\xb2\xd9\x85\xd9\x89 \xd8\xa6\xdb\x88\xda\x86\xdb\x88\xd9\x86 \xd8\xb4\xd9\x89\xd9\x81\xd9\x89\xd8\xb1\xd9\x84\xd8\xa7\xd8\xb4 \xd8\xb2\xdb\x86\xd8\xb1\xdb\x88\xd8\xb1|)"
                R"(\xd0\x97\xd0\xb0\xd0\xbf\xd0\xb8\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\xbc\xd0\xb5\xd1\x85\xd0\xb0\xd0\xbd\xd1\x96\xd0\xb7\xd0\xbc \xd0\xb0\xd0\xb2\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97 \xd0\xbf\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x83\xd1\x94 \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd1\x83\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(C\xc6\xa1 ch\xe1\xba\xbf x\xc3\xa1c th\xe1\xbb\xb1c y\xc3\xaau c\xe1\xba\xa7u c\xe1\xba\xa7n ph\xe1\xba\xa3i \xc4\x91\xc6\xb0\xe1\xbb\xa3c m\xc3\xa3 ho\xc3\xa1|)"
                R"(Kufuneka ukukhowuda kule ndlela yobungqina iceliweyo|)"
                R"(\xe8\xaf\xb7\xe6\xb1\x82\xe7\x9a\x84\xe8\xae\xa4\xe8\xaf\x81\xe6\x9c\xba\xe5\x88\xb6\xe5\xbf\x85\xe9\xa1\xbb\xe5\x8a\xa0\xe5\xaf\x86|)"
                R"(\xe6\x89\x80\xe8\xa6\x81\xe6\xb1\x82\xe7\x9a\x84\xe6\xa0\xb8\xe5\xb0\x8d\xe6\xa9\x9f\xe5\x88\xb6\xe5\xbf\x85\xe9\xa0\x88\xe5\x8a\xa0\xe5\xaf\x86\xe8\x99\x95\xe7\x90\x86|)"
                R"(El servidor requereix STARTTLS per accedir-hi|)"
                R"(Server vy\xc5\xbeaduje STARTTLS pro p\xc5\x99ihl\xc3\xa1\xc5\xa1en\xc3\xad|)"
                R"(Server kr\xc3\xa6ver STARTTLS for logind|Server erfordert STARTTLS zum Einloggen|)"
                R"(El servidor necesita STARTTLS para acceder a \xc3\xa9l|)"
                R"(Palvelin vaatii STARTTLS:\xc3\xa4\xc3\xa4 kirjautumiseen|)"
                R"(Le serveur n\xc3\xa9cessite STARTTLS pour s'y connecter|)"
                R"(A szerver STARTTLS-t k\xc3\xb6vetel a bejelentkez\xc3\xa9shez|)"
                R"(Il server richiede il STARTTLS per il login|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\xaf\xe3\x83\xad\xe3\x82\xb0\xe3\x82\xa4\xe3\x83\xb3\xe3\x81\xabSTARTTLS\xe3\x82\x92\xe5\xbf\x85\xe8\xa6\x81\xe3\x81\xa8\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x99|)"
                R"(Tjeneren krever innlogging med STARTTLS|Server vereist STARTTLS om in te loggen|)"
                R"(Serwer wymaga STARTTLS do zalogowania si\xc4\x99|)"
                R"(O servidor depende do STARTTLS para efetuar a autentica\xc3\xa7\xc3\xa3o|)"
                R"(Serverul necesit\xc4\x83 STARTTLS pentru a se conecta|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd1\x83\xd0\xb5\xd1\x82 STARTTLS \xd0\xb4\xd0\xbb\xd1\x8f \xd0\xb2\xd1\x85\xd0\xbe\xd0\xb4\xd0\xb0|)"
                R"(Server na prihl\xc3\xa1senie vy\xc5\xbeaduje STARTTLS|)"
                R"(Servern kr\xc3\xa4ver STARTTLS f\xc3\xb6r att logga in|)"
                R"(Oturum a\xc3\xa7abilmek i\xc3\xa7in STARTTLS gerekli|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe9\x9c\x80\xe8\xa6\x81\xe4\xbb\xa5 STARTTLS \xe9\x80\xb2\xe8\xa1\x8c\xe7\x99\xbb\xe5\x85\xa5|)"
                R"(\xce\x9f server \xce\xb1\xcf\x80\xce\xb1\xce\xb9\xcf\x84\xce\xb5\xce\xaf STARTTLS \xce\xb3\xce\xb9\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7|)"
                R"(Server membutuhkan STARTTLS untuk masuk)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Chiffrement requis pour le m\xc3\xa9" "canisme d\xe2\x80\x99" "authentification demand\xc3\xa9"},
    // ca La connexió amb ... ha excedit el límit de temps, cs Časový limit připojení k ... vypršel, da Forbindelsen til ... løb ud for tid, ...
    {.id = "mua.connection_timeout.localized",
     .pattern = R"(La connexi\xc3\xb3 amb.{1,160}ha excedit el l\xc3\xadmit de temps|)"
                R"(\xc4\x8casov\xc3\xbd limit p\xc5\x99ipojen\xc3\xad k.{1,160}vypr\xc5\xa1el|)"
                R"(Forbindelsen til.{1,160}l\xc3\xb8b ud for tid|Verbindung zu.{1,160}verfallen|)"
                R"(La conexi\xc3\xb3n con.{1,160}excedi\xc3\xb3 el l\xc3\xadmite de tiempo|)"
                R"(Yhteys.{1,160}aikakatkaistiin|Kapcsol\xc3\xb3d\xc3\xa1si id\xc5\x91t\xc3\xball\xc3\xa9p\xc3\xa9s|)"
                R"(Connessione con.{1,160}scaduta|)"
                R"(\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88|)"
                R"(Tidsabbrudd i forbindelsen til|Verbinding met.{1,160}niet binnen tijdslimiet tot stand gekomen|)"
                R"(Up\xc5\x82yn\xc4\x85\xc5\x82 czas oczekiwania na po\xc5\x82\xc4\x85czenie z|)"
                R"(Tempo esgotado na conex\xc3\xa3o com|Anslutning till.{1,160}\xc3\xb6verskred tidsgr\xc3\xa4nsen|)"
                R"(ba\xc4\x9flant\xc4\xb1s\xc4\xb1 zaman a\xc5\x9f\xc4\xb1m\xc4\xb1na u\xc4\x9frad\xc4\xb1|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3.{1,160}\xe8\xb6\x85\xe6\x99\x82|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xcf\x83\xcf\x84\xce\xbf.{1,160}\% d \xce\xad\xce\xbb\xce\xb7\xce\xbe\xce\xb5|)"
                R"(Sambungan ke.{1,160}habis waktu|Excedit el temps.{1,160}segons\) connectant a|)"
                R"(\xc4\x8cas.{1,160}sekund\) p\xc5\x99ipojen\xc3\xad k|)"
                R"(Tidsudl\xc3\xb8b.{1,160}sekunder\) for forbindelsen til|)"
                R"(Zeit\xc3\xbcberschreitung.{1,160}Sekunden\) beim Verbinden zu|)"
                R"(Excedido el tiempo.{1,160}segundos\) conectando a|)"
                R"(Aikakatkaistu.{1,160}sekuntia\) yhdistett\xc3\xa4ess\xc3\xa4 osoitteeseen|)"
                R"(D\xc3\xa9passement de d\xc3\xa9lai d'attente.{1,160}secondes\) lors de la connexion \xc3\xa0|)"
                R"(Id\xc5\x91t\xc3\xball\xc3\xa9p\xc3\xa9s.{1,160}m\xc3\xa1sodperc\) a kapcsol\xc3\xb3d\xc3\xa1skor|)"
                R"(Scadenza.{1,160}secondi\) della connessione a|)"
                R"(\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xa0\xe3\x82\xa2\xe3\x82\xa6\xe3\x83\x88.{1,160}\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a|)"
                R"(Tidsavbrudd.{1,160}sekunder\) ved forbindelse til|Tijdslimiet.{1,160}secondes\) voor verbinden met|)"
                R"(Up\xc5\x82yn\xc4\x85\xc5\x82 czas po\xc5\x82\xc4\x85czenia.{1,160}sekund\) do|)"
                R"(Tempo esgotado.{1,160}segundos\) ao tentar conectar com|)"
                R"(Perioad\xc4\x83 expirat\xc4\x83 de timp.{1,160}secunde\) la conectarea la|)"
                R"(\xd0\x98\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe \xd0\xb2\xd1\x80\xd0\xb5\xd0\xbc\xd1\x8f \xd0\xbe\xd0\xb6\xd0\xb8\xd0\xb4\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f.{1,160}\xd1\x81\xd0\xb5\xd0\xba\xd1\x83\xd0\xbd\xd0\xb4\) \xd0\xbf\xd1\x80\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd0\xba|)"
                R"(\xc4\x8casov\xc3\xbd limit.{1,160}sek\xc3\xband\) pripojenia k|)"
                R"(Timeout.{1,160}sekunder\) vid anslutning till|)"
                R"(Zaman a\xc5\x9f\xc4\xb1m\xc4\xb1.{1,160}saniye.{1,160}sunucusuna ba\xc4\x9flan\xc4\xb1rken|)"
                R"(\xe5\xb7\xb2\xe8\xb6\x85\xe6\x99\x82.{1,160}\xe7\xa7\x92\)\xef\xbc\x8c\xe7\x99\xbc\xe7\x94\x9f\xe5\x9c\xa8\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3|)"
                R"(\xce\x9b\xce\xae\xce\xbe\xce\xb7 \xcf\x87\xcf\x81\xcf\x8c\xce\xbd\xce\xbf\xcf\x85.{1,160}\xce\xb4\xce\xb5\xcf\x85\xcf\x84\xce\xb5\xcf\x81\xcf\x8c\xce\xbb\xce\xb5\xcf\x80\xcf\x84\xce\xb1\) \xcf\x83\xcf\x84\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xbc\xce\xb5|)"
                R"(Waktuhabis.{1,160}detik\) menyambung ke)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "D\xc3\xa9passement de d\xc3\xa9lai d'attente (smtp.example.org secondes) lors de la connexion \xc3\xa0 smtp.example.org"},
    // ca El missatge és massa gros (Mida màxima, cs Zpráva je příliš velká (maximální velikost je, da E-mailen er for stor (maksimum er, ...
    {.id = "mua.message_too_large.localized",
     .pattern = R"(El missatge \xc3\xa9s massa gros \(Mida m\xc3\xa0xima|)"
                R"(Zpr\xc3\xa1va je p\xc5\x99\xc3\xadli\xc5\xa1 velk\xc3\xa1 \(maxim\xc3\xa1ln\xc3\xad velikost je|)"
                R"(E-mailen er for stor \(maksimum er|Nachricht ist zu gro\xc3\x9f \(Maximalgr\xc3\xb6\xc3\x9fe ist|)"
                R"(El mensaje es demasiado grande \(M\xc3\xa1ximo|Liian iso viesti \(yl\xc3\xa4raja koolle on|)"
                R"(Ce message est trop volumineux \(la taille maximale \xc3\xa9tant de|)"
                R"(Az \xc3\xbczenet t\xc3\xbal nagy \(Maxim\xc3\xa1lis m\xc3\xa9ret|)"
                R"(Il messaggio \xc3\xa8 troppo grande \(Dimensione massima|)"
                R"(\xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x81\x8c\xe5\xa4\xa7\xe3\x81\x8d\xe3\x81\x99\xe3\x81\x8e\xe3\x81\xbe\xe3\x81\x99\(\xe6\x9c\x80\xe5\xa4\xa7\xe3\x82\xb5\xe3\x82\xa4\xe3\x82\xba\xe3\x81\xaf.{1,160}\xe3\x81\xa7\xe3\x81\x99|)"
                R"(Meldingen er for stor \(Maksimum st\xc3\xb8rrelse er|Bericht is te groot \(Maximum grootte is|)"
                R"(Wiadomo\xc5\x9b\xc4\x87 jest zbyt du\xc5\xbca \(Graniczny rozmiar to|)"
                R"(A mensagem \xc3\xa9 muito grande \(o tamanho m\xc3\xa1ximo \xc3\xa9|)"
                R"(Mesajul este prea mare \(m\xc4\x83rimea maxim\xc4\x83 este|)"
                R"(\xd0\xa1\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81\xd0\xbb\xd0\xb8\xd1\x88\xd0\xba\xd0\xbe\xd0\xbc \xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8c\xd1\x88\xd0\xbe\xd0\xb5 \(\xd0\x9c\xd0\xb0\xd0\xba\xd1\x81\. \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80|)"
                R"(Spr\xc3\xa1va je pr\xc3\xadli\xc5\xa1 ve\xc4\xbek\xc3\xa1 \(Maxim\xc3\xa1lna ve\xc4\xbekos\xc5\xa5 je|)"
                R"(Meddelandet \xc3\xa4r f\xc3\xb6r stort \(Maximal storlek \xc3\xa4r|)"
                R"(\xc4\xb0leti boyutu \xc3\xa7ok b\xc3\xbcy\xc3\xbck \(Azami boyut|)"
                R"(\xe8\xa8\x8a\xe6\x81\xaf\xe5\xa4\xaa\xe5\xa4\x9a\(\xe6\x9c\x80\xe5\xa4\xa7\xe7\x9a\x84\xe5\xae\xb9\xe8\xa8\xb1\xe9\x87\x8f\xe6\x98\xaf|)"
                R"(\xce\xa4\xce\xbf \xce\xbc\xce\xae\xce\xbd\xcf\x85\xce\xbc\xce\xb1 \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xcf\x80\xce\xbf\xce\xbb\xcf\x8d \xce\xbc\xce\xb5\xce\xb3\xce\xac\xce\xbb\xce\xbf \(\xcf\x84\xce\xbf \xce\xbc\xce\xad\xce\xb3\xce\xb9\xcf\x83\xcf\x84\xce\xbf \xce\xbc\xce\xad\xce\xb3\xce\xb5\xce\xb8\xce\xbf\xcf\x82 \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9|)"
                R"(Pesan terlalu besar \(Ukuran maksimum adalah|)"
                R"(\xd8\xaa\xd8\xb9\xd8\xb0\xd9\x91\xd8\xb1 \xd8\xa5\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd8\xb1\xd9\x91\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd9\x84\xd8\xa3\xd9\x86\xd9\x91\xd9\x87\xd8\xa7 \xd8\xaa\xd8\xaa\xd8\xae\xd8\xb7\xd9\x91\xd9\x89 \xd8\xa7\xd9\x84\xd8\xad\xd8\xac\xd9\x85 \xd8\xa7\xd9\x84\xd8\xa3\xd9\x82\xd8\xb5\xd9\x89 \xd8\xa7\xd9\x84\xd9\x85\xd8\xb3\xd9\x85\xd9\x88\xd8\xad \xd9\x88\xd9\x87\xd9\x88.{1,160}\xd8\xa8\xd8\xa7\xd9\x8a\xd8\xaa\. \(\xd8\xad\xd8\xac\xd9\x85 \xd8\xa7\xd9\x84\xd8\xb1\xd9\x91\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9.{1,160}\xd8\xa8\xd8\xa7\xd9\x8a\xd8\xaa|)"
                R"(Ne mogu poslati poruku jer prelazi maksimalnu dopu\xc5\xa1tenu veli\xc4\x8dinu od.{1,160}bajta\. \(Veli\xc4\x8dina poruke.{1,160}bajta|)"
                R"(No s'ha pogut enviar el missatge perqu\xc3\xa8 s'ha excedit la mida m\xc3\xa0xima permesa de.{1,160}bytes\. \(Mida del missatge.{1,160}bytes|)"
                R"(Die Nachricht kann nicht gesendet werden, da sie die maximal erlaubte Gr\xc3\xb6\xc3\x9fe von.{1,160}Byte \xc3\xbcberschreitet\. \(Nachrichtengr\xc3\xb6\xc3\x9fe.{1,160}Byte|)"
                R"(No se ha podido enviar el mensaje porque se ha excedido el tama\xc3\xb1o m\xc3\xa1ximo permitido de.{1,160}bytes\. \(Tama\xc3\xb1o del mensaje.{1,160}bytes|)"
                R"(Kirja saatmine nurjus, sest see \xc3\xbcletas maksimaalselt lubatud suurust.{1,160}baiti\. \(Kirja suurus.{1,160}baiti|)"
                R"(Ezin izan du mezua bidali, onartutako.{1,160}byteko gehienezko neurria gainditzen duelako \(Mezuaren neurria.{1,160}byte|)"
                R"(Viesti\xc3\xa4 ei voitu l\xc3\xa4hett\xc3\xa4\xc3\xa4, koska se ylitt\xc3\xa4\xc3\xa4 sallitun enimm\xc3\xa4iskoon.{1,160}tavua\. \(Viestin koko.{1,160}tavua|)"
                R"(Impossible d'envoyer le message car il d\xc3\xa9passe la taille maximale autoris\xc3\xa9e de.{1,160}octets \(Taille du message.{1,160}octets|)"
                R"(Non se puido enviar a mensaxe porque supera o tama\xc3\xb1o l\xc3\xadmite de.{1,160}bytes\. O tama\xc3\xb1o da mensaxe \xc3\xa9 de.{1,160}bytes|)"
                R"(\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xad\xe0\xa5\x87\xe0\xa4\x9c\xe0\xa4\xbe \xe0\xa4\x9c\xe0\xa4\xbe \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa4\xbe \xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa5\x8b\xe0\xa4\x82\xe0\xa4\x95\xe0\xa4\xbf \xe0\xa4\xaf\xe0\xa4\xb9 \xe0\xa4\x85\xe0\xa4\xa7\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa4\xa4\xe0\xa4\xae \xe0\xa4\x85\xe0\xa4\xa8\xe0\xa5\x81\xe0\xa4\xae\xe0\xa4\xa4 \xe0\xa4\x86\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0.{1,160}\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\x9f\xe0\xa5\x8d\xe0\xa4\xb8 \xe0\xa4\xb8\xe0\xa5\x87 \xe0\xa4\x85\xe0\xa4\xa7\xe0\xa4\xbf\xe0\xa4\x95 \xe0\xa4\xb9\xe0\xa5\x88\xe0\xa5\xa4 \(\xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xa6\xe0\xa5\x87\xe0\xa4\xb6 \xe0\xa4\x95\xe0\xa4\xbe \xe0\xa4\x86\xe0\xa4\x95\xe0\xa4\xbe\xe0\xa4\xb0.{1,160}\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\x9f\xe0\xa5\x8d\xe0\xa4\xb8\xe0\xa5\xa4|)"
                R"(Nem siker\xc3\xbclt elk\xc3\xbcldeni az \xc3\xbczenetet, mert meghaladja az enged\xc3\xa9lyezett maxim\xc3\xa1lis.{1,160}b\xc3\xa1jt m\xc3\xa9retet\. \(Az \xc3\xbczenet m\xc3\xa9rete.{1,160}b\xc3\xa1jt|)"
                R"(Impossibile inviare il messaggio poich\xc3\xa9 supera la dimensione massima consentita di.{1,160}byte \(dimensione del messaggio.{1,160}byte|)"
                R"(\xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa2\xe1\x83\xa7\xe1\x83\x9d\xe1\x83\x91\xe1\x83\x98\xe1\x83\x9c\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x9b\xe1\x83\x90\xe1\x83\xa5\xe1\x83\xa1\xe1\x83\x98\xe1\x83\x9b\xe1\x83\x90\xe1\x83\x9a\xe1\x83\xa3\xe1\x83\xa0\xe1\x83\x98 \xe1\x83\x96\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa1.{1,160}\xe1\x83\x91\xe1\x83\x90\xe1\x83\x98\xe1\x83\xa2\xe1\x83\x98\) \xe1\x83\x92\xe1\x83\x90\xe1\x83\x93\xe1\x83\x90\xe1\x83\xad\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x91\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x92\xe1\x83\x90\xe1\x83\x9b\xe1\x83\x9d \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa2\xe1\x83\xa7\xe1\x83\x9d\xe1\x83\x91\xe1\x83\x98\xe1\x83\x9c\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x92\xe1\x83\x90\xe1\x83\x92\xe1\x83\x96\xe1\x83\x90\xe1\x83\x95\xe1\x83\x9c\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90\. \(\xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa2\xe1\x83\xa7\xe1\x83\x9d\xe1\x83\x91\xe1\x83\x98\xe1\x83\x9c\xe1\x83\x94\xe1\x83\x91\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x96\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90\xe1\x83\x90.{1,160}\xe1\x83\x91\xe1\x83\x90\xe1\x83\x98\xe1\x83\xa2\xe1\x83\x98|)"
                R"(\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\xa2\xe1\x9e\xb6\xe1\x9e\x85\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x89\xe1\x9e\xbe\xe2\x80\x8b\xe1\x9e\x9f\xe1\x9e\xb6\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x91\xe1\x9f\x81\xe2\x80\x8b \xe1\x9e\x96\xe1\x9e\xb8\xe1\x9e\x96\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9f\x84\xe1\x9f\x87\xe2\x80\x8b\xe1\x9e\x9c\xe1\x9e\xb6\xe2\x80\x8b\xe1\x9e\x9b\xe1\x9e\xbe\xe1\x9e\x9f\xe2\x80\x8b\xe1\x9e\x91\xe1\x9f\x86\xe1\x9e\xa0\xe1\x9f\x86\xe2\x80\x8b\xe1\x9e\x8a\xe1\x9f\x82\xe1\x9e\x9b\xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\xa2\xe1\x9e\x93\xe1\x9e\xbb\xe1\x9e\x89\xe1\x9f\x92\xe1\x9e\x89\xe1\x9e\xb6\xe1\x9e\x8f\xe2\x80\x8b\xe1\x9e\xa2\xe1\x9e\x8f\xe1\x9e\xb7\xe1\x9e\x94\xe1\x9e\x9a\xe1\x9e\x98\xe1\x9e\xb6.{1,160}\xe1\x9e\x94\xe1\x9f\x83 \xe1\x9f\x94 \(\xe1\x9e\x91\xe1\x9f\x86\xe1\x9e\xa0\xe1\x9f\x86\xe2\x80\x8b\xe1\x9e\x9f\xe1\x9e\xb6\xe1\x9e\x9a \xe1\x9f\x96.{1,160}\xe1\x9e\x94\xe1\x9f\x83 \xe1\x9f\x94|)"
                R"(\xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80 \xec\xb5\x9c\xeb\x8c\x80 \xed\x97\x88\xec\x9a\xa9 \xed\x81\xac\xea\xb8\xb0\xec\x9d\xb8.{1,160}\xeb\xb0\x94\xec\x9d\xb4\xed\x8a\xb8\xeb\xa5\xbc \xec\xb4\x88\xea\xb3\xbc\xed\x96\x88\xea\xb8\xb0 \xeb\x95\x8c\xeb\xac\xb8\xec\x97\x90 \xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80\xeb\xa5\xbc \xeb\xb3\xb4\xeb\x82\xbc \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4\.\(\xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80 \xed\x81\xac\xea\xb8\xb0.{1,160}\xeb\xb0\x94\xec\x9d\xb4\xed\x8a\xb8|)"
                R"(Nepavyko i\xc5\xa1si\xc5\xb3sti lai\xc5\xa1ko, nes jis vir\xc5\xa1ija did\xc5\xbeiausi\xc4\x85 leistin\xc4\x85 dyd\xc4\xaf -.{1,160}bait\xc5\xb3 \(Lai\xc5\xa1ko dydis.{1,160}bait\xc5\xb3|)"
                R"(Kon het bericht niet verzenden omdat de maximaal aantal toegestane grootte van.{1,160}bytes wordt overschreden\. \(Berichtgrootte is.{1,160}bytes|)"
                R"(Klarte ikkje senda meldinga, d\xc3\xa5 ho er st\xc3\xb8rre enn maksstorleiken p\xc3\xa5.{1,160}byte\. \(Meldingsstorleik.{1,160}byte|)"
                R"(Nie mo\xc5\xbcna wys\xc5\x82a\xc4\x87 wiadomo\xc5\x9bci, bo przekracza ona maksymalny dopuszczalny rozmiar.{1,160}bajt\xc3\xb3w\. \(Rozmiar wiadomo\xc5\x9bci.{1,160}bajt\xc3\xb3w|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel enviar a mensagem, dado que excede o tamanho m\xc3\xa1ximo permitido de.{1,160}bytes'\. \(Tamanho da mensagem.{1,160}bytes|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel enviar a mensagem pois ela excede o tamanho m\xc3\xa1ximo permitido de.{1,160}bytes'\. \(Tamanho da mensagem.{1,160}bytes|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb8\xd1\x82\xd1\x8c \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5: \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb2\xd1\x8b\xd1\x88\xd0\xb0\xd0\xb5\xd1\x82.{1,160}\xd0\xb1\xd0\xb0\xd0\xb9\xd1\x82 \xe2\x80\x94 \xd0\xbc\xd0\xb0\xd0\xba\xd1\x81\xd0\xb8\xd0\xbc\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xbe \xd0\xb4\xd0\xbe\xd0\xbf\xd1\x83\xd1\x81\xd1\x82\xd0\xb8\xd0\xbc\xd1\x8b\xd0\xb9 \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80\. \(\xd0\xa0\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f.{1,160}\xd0\xb1\xd0\xb0\xd0\xb9\xd1\x82|)"
                R"(Nem\xc3\xb4\xc5\xbeem posla\xc5\xa5 spr\xc3\xa1vu preto\xc5\xbee presahuje maxim\xc3\xa1lnu povolen\xc3\xba ve\xc4\xbekos\xc5\xa5.{1,160}bajtov\. \(Ve\xc4\xbekos\xc5\xa5 spr\xc3\xa1vy.{1,160}bajtov|)"
                R"(Sporo\xc4\x8dila ni bilo mogo\xc4\x8de poslati, ker presega najve\xc4\x8djo dovoljeno velikost.{1,160}bajtov\. \(Velikost sporo\xc4\x8dila.{1,160}bajtov|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd0\xb0\xd1\x99\xd0\xb5\xd0\xbc \xd0\xbf\xd0\xbe\xd1\x80\xd1\x83\xd0\xba\xd1\x83 \xd0\xb7\xd0\xb0\xd1\x82\xd0\xbe \xd1\x88\xd1\x82\xd0\xbe \xd0\xbf\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x88\xd1\x83\xd1\x98\xd0\xb5 \xd0\xbd\xd0\xb0\xd1\x98\xd0\xb2\xd0\xb5\xd1\x9b\xd1\x83 \xd0\xb4\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xbe\xd1\x99\xd0\xb5\xd0\xbd\xd1\x83 \xd0\xb2\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x87\xd0\xb8\xd0\xbd\xd1\x83 \xd0\xbe\xd0\xb4.{1,160}B\. \(\xd0\x92\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x87\xd0\xb8\xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x80\xd1\x83\xd0\xba\xd0\xb5|)"
                R"(Ne mogu da po\xc5\xa1aljem poruku zato \xc5\xa1to prema\xc5\xa1uje najve\xc4\x87u dozvoljenu veli\xc4\x8dinu od.{1,160}B\. \(Veli\xc4\x8dina poruke|)"
                R"(Kunde inte skicka brevet eftersom det \xc3\xb6verskrider den st\xc3\xb6rsta till\xc3\xa5tna storleken.{1,160}byte \(brevstorlek.{1,160}byte|)"
                R"(\xc4\xb0leti g\xc3\xb6nderilemedi\; \xc3\xa7\xc3\xbcnk\xc3\xbc en b\xc3\xbcy\xc3\xbck.{1,160}bayt boyutu ge\xc3\xa7ildi\. \(\xc4\xb0leti boyutu.{1,160}bayt|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbd\xd0\xb0\xd0\xb4\xd1\x96\xd1\x81\xd0\xbb\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f, \xd0\xbe\xd1\x81\xd0\xba\xd1\x96\xd0\xbb\xd1\x8c\xd0\xba\xd0\xb8 \xd0\xb9\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbc\xd1\x96\xd1\x80 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd0\xb8\xd1\x89\xd1\x83\xd1\x94 \xd0\xbc\xd0\xb0\xd0\xba\xd1\x81\xd0\xb8\xd0\xbc\xd0\xb0\xd0\xbb\xd1\x8c\xd0\xbd\xd0\xb8\xd0\xb9 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xb8\xd0\xb9 \xe2\x80\x94.{1,160}\xd0\xb1\xd0\xb0\xd0\xb9\xd1\x82\xd1\x96\xd0\xb2\. \(\xd0\xa0\xd0\xbe\xd0\xb7\xd0\xbc\xd1\x96\xd1\x80 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f.{1,160}\xd0\xb1\xd0\xb0\xd0\xb9\xd1\x82\xd1\x96\xd0\xb2|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x8f\x91\xe9\x80\x81\xe8\xaf\xa5\xe4\xbf\xa1\xe4\xbb\xb6\xef\xbc\x8c\xe5\xae\x83\xe8\xb6\x85\xe8\xbf\x87\xe4\xba\x86\xe6\x9c\x80\xe5\xa4\xa7\xe5\x85\x81\xe8\xae\xb8\xe7\x9a\x84.{1,160}\xe5\xad\x97\xe8\x8a\x82\xe5\xa4\xa7\xe5\xb0\x8f\xe3\x80\x82\(\xe4\xbf\xa1\xe4\xbb\xb6\xe5\xa4\xa7\xe5\xb0\x8f.{1,160}\xe5\xad\x97\xe8\x8a\x82|)"
                R"(Non pote inviar le message proque illo excede le grandor maxime permittite de.{1,160}bytes\. \(Grandor de message.{1,160}bytes)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "Ce message est trop volumineux (la taille maximale \xc3\xa9tant de smtp.example.org)"},
    // ca No hi ha cap mètode disponible per a SMTP AUTH, cs SMTP AUTH je nedostupná, da Der er ingen SMTP AUTH metode tilgængelig, ...
    {.id = "mua.auth_mechanism_unsupported.localized",
     .pattern = R"(No hi ha cap m\xc3\xa8tode disponible per a SMTP AUTH|SMTP AUTH je nedostupn\xc3\xa1|)"
                R"(Der er ingen SMTP AUTH metode tilg\xc3\xa6ngelig|Kein SMTP-AUTH-Verfahren verf\xc3\xbcgbar|)"
                R"(No hay ning\xc3\xban m\xc3\xa9todo SMTP AUTH disponible|)"
                R"(SMTP AUTH ei ole k\xc3\xa4ytett\xc3\xa4viss\xc3\xa4|Aucune m\xc3\xa9thode SMTP AUTH disponible|)"
                R"(Nincs el\xc3\xa9rhet\xc5\x91 SMTP AUTH m\xc3\xb3d|Nessun metodo SMTP AUTH disponibile|)"
                R"(SMTP AUTH\xe3\x83\xa1\xe3\x82\xbd\xe3\x83\x83\xe3\x83\x89\xe3\x82\x92\xe5\x88\xa9\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(SMTP AUTH ikke tilgjengelig|SMTP AUTH methode niet beschikbaar|)"
                R"(Metoda SMTP AUTH nie jest dost\xc4\x99pna|Nenhum m\xc3\xa9todo SMTP AUTH dispon\xc3\xadvel|)"
                R"(Nu este disponibil\xc4\x83 nicio metod\xc4\x83 SMTP AUTH|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb5\xd0\xb3\xd0\xbe \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4\xd0\xb0 SMTP \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(Nie je dostupn\xc3\xa1 \xc5\xbeiadna met\xc3\xb3da SMTP AUTH|)"
                R"(Ingen SMTP AUTH-metod tillg\xc3\xa4nglig|SMTP AUTH y\xc3\xb6ntemi mevcut de\xc4\x9fil|)"
                R"(\xe6\x89\xbe\xe4\xb8\x8d\xe5\x88\xb0\xe6\x9c\x89\xe6\x95\x88SMTP\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe6\xb3\x95|)"
                R"(\xce\x94\xce\xb5\xce\xbd \xcf\x85\xcf\x80\xce\xac\xcf\x81\xcf\x87\xce\xb5\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb8\xce\xad\xcf\x83\xce\xb9\xce\xbc\xce\xb7 \xce\xbc\xce\xad\xce\xb8\xce\xbf\xce\xb4\xce\xbf\xcf\x82 SMTP AUTH|)"
                R"(Metode SMTP AUTH tidak tersedia|El m\xc3\xa8tode SMTP AUTH seleccionat no est\xc3\xa0 disponible|)"
                R"(Vybran\xc3\xa1 SMTP AUTH je nedostupn\xc3\xa1|)"
                R"(Den valgte SMTP AUTH metode var ikke tilg\xc3\xa6ngelig|)"
                R"(Gew\xc3\xa4hltes SMTP-AUTH-Verfahren nicht verf\xc3\xbcgbar|)"
                R"(El m\xc3\xa9todo SMTP AUTH seleccionado no est\xc3\xa1 disponible|)"
                R"(Valittu SMTP AUTH -k\xc3\xa4yt\xc3\xa4nt\xc3\xb6 ei ple k\xc3\xa4ytett\xc3\xa4viss\xc3\xa4|)"
                R"(M\xc3\xa9thode SMTP AUTH s\xc3\xa9lectionn\xc3\xa9e non disponible|)"
                R"(A v\xc3\xa1lasztott SMTP AUTH m\xc3\xb3d nem el\xc3\xa9rhet\xc5\x91|)"
                R"(Metodo SMTP AUTH selezionato non disponibile|)"
                R"(\xe9\x81\xb8\xe6\x8a\x9e\xe3\x81\x97\xe3\x81\x9fSMTP AUTH\xe3\x83\xa1\xe3\x82\xbd\xe3\x83\x83\xe3\x83\x89\xe3\x81\xaf\xe5\x88\xa9\xe7\x94\xa8\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xc3\x98nsket SMTP AUTH-metode er ikke tilgjengelig|Geselecteerde SMTP AUTH methode niet beschikbaar|)"
                R"(Wybrana metoda SMTP AUTH nie jest dost\xc4\x99pna|)"
                R"(O m\xc3\xa9todo SMTP AUTH selecionado n\xc3\xa3o est\xc3\xa1 dispon\xc3\xadvel|)"
                R"(Metoda SMTP AUTH selectat\xc4\x83 nu este dispnibil\xc4\x83|)"
                R"(\xd0\x92\xd1\x8b\xd0\xb1\xd1\x80\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 SMTP \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb5\xd0\xbd|)"
                R"(Zvolen\xc3\xa1 met\xc3\xb3da SMTP AUTH nie je dostupn\xc3\xa1|)"
                R"(Vald SMTP AUTH-metod ej tillg\xc3\xa4nglig|)"
                R"(Se\xc3\xa7ilen SMTP AUTH y\xc3\xb6ntemi mevcut de\xc4\x9fil|)"
                R"(\xe6\x8c\x87\xe5\xae\x9a\xe7\x9a\x84SMPT\xe8\xaa\x8d\xe8\xad\x89\xe6\x96\xb9\xe6\xb3\x95\xe6\x98\xaf\xe7\x84\xa1\xe6\x95\x88\xe7\x9a\x84|)"
                R"(\xce\x97 \xce\xb5\xcf\x80\xce\xb9\xce\xbb\xce\xb5\xce\xb3\xce\xbc\xce\xad\xce\xbd\xce\xb7 \xce\xbc\xce\xad\xce\xb8\xce\xbf\xce\xb4\xce\xbf\xcf\x82 SMTP AUTH \xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb4\xce\xb9\xce\xb1\xce\xb8\xce\xad\xcf\x83\xce\xb9\xce\xbc\xce\xb7|)"
                R"(Metode SMTP AUTH yang dipilih tidak tersedia|)"
                R"(\xd8\xaa\xd8\xb9\xd8\xb0\xd9\x91\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xb3\xd8\xaa\xd8\xab\xd9\x8a\xd8\xa7\xd9\x82 \xd9\x85\xd8\xb9 \xd8\xae\xd8\xa7\xd8\xaf\xd9\x88\xd9\x85 SMTP \xd8\xa8\xd8\xb3\xd8\xa8\xd8\xa8 \xd8\xb9\xd8\xaf\xd9\x85 \xd8\xa7\xd9\x84\xd8\xb9\xd8\xab\xd9\x88\xd8\xb1 \xd8\xb9\xd9\x84\xd9\x89 \xd8\xb7\xd8\xb1\xd9\x8a\xd9\x82\xd8\xa9 \xd8\xa7\xd8\xb3\xd8\xaa\xd9\x8a\xd8\xab\xd8\xa7\xd9\x82 \xd9\x85\xd8\xb7\xd8\xa7\xd8\xa8\xd9\x82\xd8\xa9|)"
                R"(Nije se mogla potvrditi autenti\xc4\x8dnost na SMTP server, jer je prona\xc4\x91en nijedan odgovaraju\xc4\x87i metod potvrde identiteta|)"
                R"(No s'ha pogut realitzar l'autenticaci\xc3\xb3 amb el servidor SMTP perqu\xc3\xa8 no s'ha trobat cap m\xc3\xa8tode d'autenticaci\xc3\xb3 coincident|)"
                R"(Es kann nicht am SMTP-Server authentifiziert werden, da keine passende Authentifizierungsmethode gefunden wurde|)"
                R"(No se ha podido realizar la autenticaci\xc3\xb3n en el servidor SMTP porque no se ha encontrado ning\xc3\xban m\xc3\xa9todo de concordancia|)"
                R"(Autentimine SMTP serveris nurjus, sest ei leitud sobivat autentimisviisi|)"
                R"(Ezin izan da SMTP zerbitzariarekin egiaztatu, ez baita aurkitu egiaztatzeko bat datorren metodorik|)"
                R"(SMTP-palvelimeen ei voitu tunnistautua, koska sopivaa todennustapaa ei l\xc3\xb6ytynyt|)"
                R"(Impossible de s'authentifier au serveur.{1,160}SMTP.{1,160}car aucune m\xc3\xa9thode d'authentification correspondante n'a \xc3\xa9t\xc3\xa9 trouv\xc3\xa9e|)"
                R"(Non se puido autenticar co servidor de SMTP porque non se atopou ning\xc3\xban m\xc3\xa9todo de autenticaci\xc3\xb3n correspondente|)"
                R"(\xe0\xa4\x8f\xe0\xa4\xb8\xe0\xa4\x8f\xe0\xa4\xae\xe0\xa4\x9f\xe0\xa5\x80\xe0\xa4\xaa\xe0\xa5\x80 \xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\xb0 \xe0\xa4\xae\xe0\xa5\x87\xe0\xa4\x82 \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa3\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa5\x87 \xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xaf\xe0\xa5\x8b\xe0\xa4\x82\xe0\xa4\x95\xe0\xa4\xbf \xe0\xa4\x95\xe0\xa5\x8b\xe0\xa4\x88 \xe0\xa4\x85\xe0\xa4\xa8\xe0\xa5\x82\xe0\xa4\x95\xe0\xa5\x82\xe0\xa4\xb2 \xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xae\xe0\xa4\xbe\xe0\xa4\xa3\xe0\xa4\xbf\xe0\xa4\x95\xe0\xa4\xb0\xe0\xa4\xa3 \xe0\xa4\xb5\xe0\xa4\xbf\xe0\xa4\xa7\xe0\xa4\xbf \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\xae\xe0\xa4\xbf\xe0\xa4\xb2\xe0\xa5\x80|)"
                R"(Nem siker\xc3\xbclt bejelentkezni az SMTP kiszolg\xc3\xa1l\xc3\xb3ra, mert nem tal\xc3\xa1lhat\xc3\xb3 egyez\xc5\x91 hiteles\xc3\xadt\xc3\xa9si m\xc3\xb3dszer|)"
                R"(Impossibile eseguire l'autenticazione al server SMTP poich\xc3\xa9 non \xc3\xa8 stato trovato il metodo di autenticazione corrispondente|)"
                R"(SMTP \xe1\x83\x90\xe1\x83\x95\xe1\x83\x97\xe1\x83\x94\xe1\x83\x9c\xe1\x83\xa2\xe1\x83\x98\xe1\x83\x99\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90\. \xe1\x83\x90\xe1\x83\x95\xe1\x83\x97\xe1\x83\x94\xe1\x83\x9c\xe1\x83\xa2\xe1\x83\x98\xe1\x83\x99\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa1\xe1\x83\x90\xe1\x83\x91\xe1\x83\x90\xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa1\xe1\x83\x98 \xe1\x83\x9b\xe1\x83\x94\xe1\x83\x97\xe1\x83\x9d\xe1\x83\x93\xe1\x83\x98 \xe1\x83\x9c\xe1\x83\x90\xe1\x83\x9e\xe1\x83\x9d\xe1\x83\x95\xe1\x83\x9c\xe1\x83\x98 \xe1\x83\x90\xe1\x83\xa0\xe1\x83\x90\xe1\x83\x90|)"
                R"(\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\xa2\xe1\x9e\xb6\xe1\x9e\x85\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9f\x80\xe1\x9e\x84\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x8f\xe1\x9f\x8b\xe2\x80\x8b\xe1\x9e\x98\xe1\x9f\x89\xe1\x9e\xb6\xe1\x9e\x9f\xe1\x9f\x8a\xe1\x9e\xb8\xe1\x9e\x93\xe2\x80\x8b\xe1\x9e\x94\xe1\x9e\x98\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbe SMTP \xe1\x9e\x94\xe1\x9e\xb6\xe1\x9e\x93\xe1\x9e\x91\xe1\x9f\x81 \xe1\x9e\x96\xe1\x9e\xb8\xe1\x9e\x96\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9f\x84\xe1\x9f\x87\xe2\x80\x8b\xe1\x9e\x9a\xe1\x9e\x80\xe2\x80\x8b\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\x83\xe1\x9e\xbe\xe1\x9e\x89\xe2\x80\x8b\xe1\x9e\x9c\xe1\x9e\xb7\xe1\x9e\x92\xe1\x9e\xb8\xe1\x9e\x9f\xe1\x9e\xb6\xe1\x9e\x9f\xe1\x9f\x92\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9f\x80\xe1\x9e\x84\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x91\xe1\x9e\xb6\xe1\x9e\x8f\xe1\x9f\x8b\xe2\x80\x8b\xe1\x9e\x97\xe1\x9e\xb6\xe1\x9e\x96\xe2\x80\x8b\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb9\xe1\x9e\x98\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c\xe2\x80\x8b\xe1\x9e\x8a\xe1\x9f\x82\xe1\x9e\x9b\xe2\x80\x8b\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x82\xe1\x9e\xbc\xe1\x9e\x95\xe1\x9f\x92\xe1\x9e\x82\xe1\x9e\x84|)"
                R"(\xec\x9d\xbc\xec\xb9\x98\xed\x95\x98\xeb\x8a\x94 \xec\x9d\xb8\xec\xa6\x9d \xeb\xb0\xa9\xec\x8b\x9d\xec\x9d\x84 \xec\xb0\xbe\xec\x9d\x84 \xec\x88\x98 \xec\x97\x86\xec\x96\xb4\xec\x84\x9c SMTP \xec\x84\x9c\xeb\xb2\x84\xec\x97\x90 \xec\x9d\xb8\xec\xa6\x9d\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Nepavyko nustatyti tapatyb\xc4\x97s SMTP serveryje, nes atitinkamas tapatyb\xc4\x97s nustatymo metodas nerastas|)"
                R"(Kon geen toegang tot de SMTP-server krijgen omdat er geen overeenkomende authenticatiemethode is gevonden|)"
                R"(Klarte ikkje autentisera med SMTP-tenaren p\xc3\xa5 grunn av ingen st\xc3\xb8tta autentiseringsmetodar vart funnen|)"
                R"(Nie mo\xc5\xbcna uwierzytelni\xc4\x87 si\xc4\x99 na serwerze SMTP, bo nie mo\xc5\xbcna znale\xc5\xba\xc4\x87 pasuj\xc4\x85cej metody uwierzytelnienia|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel autenticar-se no servidor de SMTP, dado n\xc3\xa3o ter sido encontrado qualquer m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o correspondente|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel autenticar-se no servidor de SMTP, pois n\xc3\xa3o foi encontrado qualquer m\xc3\xa9todo de autentica\xc3\xa7\xc3\xa3o correspondente|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb9\xd1\x82\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd1\x83 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbb\xd0\xb8\xd0\xbd\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8 \xd0\xbd\xd0\xb0 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5: \xd0\xbd\xd0\xb5 \xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd \xd0\xbf\xd0\xbe\xd0\xb4\xd1\x85\xd0\xbe\xd0\xb4\xd1\x8f\xd1\x89\xd0\xb8\xd0\xb9 \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbb\xd0\xb8\xd0\xbd\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8|)"
                R"(Nem\xc3\xb4\xc5\xbeem overi\xc5\xa5 cez SMTP server preto\xc5\xbee nebola n\xc3\xa1jden\xc3\xa1 vyhovuj\xc3\xbaca overovacia met\xc3\xb3da|)"
                R"(Ni se bilo mogo\xc4\x8de overiti stre\xc5\xbeniku SMTP, ker ni bilo najdenega nobenega na\xc4\x8dina za overitev|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd1\x83\xd1\x98\xd0\xb5\xd0\xbc \xd0\xbd\xd0\xb0 \xd0\xa1\xd0\x9c\xd0\xa2\xd0\x9f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x83 \xd0\xb7\xd0\xb0\xd1\x82\xd0\xbe \xd1\x88\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbd\xd0\xb0\xd1\x92\xd0\xb5\xd0\xbd \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5\xd0\xb4\xd0\xb0\xd0\xbd \xd0\xbf\xd0\xbe\xd0\xba\xd0\xbb\xd0\xb0\xd0\xbf\xd0\xb0\xd1\x98\xd1\x83\xd1\x9b\xd0\xb8 \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb5|)"
                R"(Ne mogu da se autentifikujem na SMTP serveru zato \xc5\xa1to nije na\xc4\x91en nijedan poklapaju\xc4\x87i metod autentifikacije|)"
                R"(Kunde inte erh\xc3\xa5lla beh\xc3\xb6righet av SMTP-servern eftersom ingen matchande metod f\xc3\xb6r beh\xc3\xb6righetskontroll hittades|)"
                R"(SMTP sunucusunda kimlik do\xc4\x9frulama yap\xc4\xb1lamad\xc4\xb1\; \xc3\xa7\xc3\xbcnk\xc3\xbc e\xc5\x9fle\xc5\x9fen bir kimlik do\xc4\x9frulama y\xc3\xb6ntemi bulunamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb9\xd1\x82\xd0\xb8 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbd\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x96 SMTP \xd1\x87\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7 \xd1\x82\xd0\xb5, \xd1\x89\xd0\xbe \xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x83\xd0\xbb\xd0\xbe \xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb9\xd0\xb4\xd0\xb5\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x81\xd0\xbf\xd0\xbe\xd1\x81\xd0\xbe\xd0\xb1\xd1\x83 \xd1\x80\xd0\xbe\xd0\xb7\xd0\xbf\xd1\x96\xd0\xb7\xd0\xbd\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x9c\xa8\xe8\xaf\xa5 SMTP \xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe4\xb8\x8a\xe8\xbf\x9b\xe8\xa1\x8c\xe8\xba\xab\xe4\xbb\xbd\xe9\xaa\x8c\xe8\xaf\x81\xef\xbc\x8c\xe6\x97\xa0\xe6\xb3\x95\xe6\x89\xbe\xe5\x88\xb0\xe5\x8c\xb9\xe9\x85\x8d\xe7\x9a\x84\xe8\xba\xab\xe4\xbb\xbd\xe9\xaa\x8c\xe8\xaf\x81\xe6\x96\xb9\xe5\xbc\x8f|)"
                R"(Non pote authenticar se al servitor SMTP proque necun methodo de authentication coincidente ha essite trovate)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Aucune m\xc3\xa9thode SMTP AUTH disponible"},
    // ca No es pot iniciar la sessió STARTTLS, cs Nelze spustit STARTTLS relaci, da Kan ikke starte STARTTLS session, ...
    {.id = "mua.tls_failed.localized",
     .pattern = R"(No es pot iniciar la sessi\xc3\xb3 STARTTLS|Nelze spustit STARTTLS relaci|)"
                R"(Kan ikke starte STARTTLS session|STARTTLS-Sitzung konnte nicht gestartet werden|)"
                R"(No se puede iniciar la sesi\xc3\xb3n STARTTLS|STARTTLS-session aloitus ei onnistu|)"
                R"(Impossible d'initier la session STARTTLS|STARTTLS folyamat nem ind\xc3\xadthat\xc3\xb3|)"
                R"(Impossibile avviare una sessione STARTTLS|)"
                R"(STARTTLS\xe3\x82\xbb\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3\xe3\x82\x92\xe9\x96\x8b\xe5\xa7\x8b\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(Kan ikke starte STARTTLS-sesjon|Kan STARTTLS-sessie niet tot stand brengen|)"
                R"(Nie mo\xc5\xbcna nawi\xc4\x85za\xc4\x87 sesji STARTTLS|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel iniciar sess\xc3\xa3o STARTTLS|Nu se poate porni sesiunea STARTTLS|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbd\xd0\xb0\xd1\x87\xd0\xb0\xd1\x82\xd1\x8c STARTTLS \xd1\x81\xd0\xb5\xd1\x81\xd1\x81\xd0\xb8\xd1\x8e|)"
                R"(Nemo\xc5\xbeno vytvori\xc5\xa5 rel\xc3\xa1ciu STARTTLS|Kan inte starta STARTTLS-session|)"
                R"(STARTTLS oturumu ba\xc5\x9flat\xc4\xb1lam\xc4\xb1yor|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\x95\x9f\xe5\xa7\x8b STARTTLS \xe9\x80\x9a\xe4\xbf\xa1|)"
                R"(\xce\x91\xce\xb4\xcf\x8d\xce\xbd\xce\xb1\xcf\x84\xce\xb7 \xce\xb7 \xce\xb5\xce\xba\xce\xba\xce\xaf\xce\xbd\xce\xb7\xcf\x83\xce\xb7 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1\xcf\x82 STARTTLS|)"
                R"(Tidak dapat menjalankan sesi STARTTLS|no s'ha pogut iniciar la sessi\xc3\xb3 STARTTLS|)"
                R"(nelze spustit STARTTLS relaci|kunne ikke starte STARTTLS session|)"
                R"(STARTTLS-Sitzung kann nicht gestartet werden|no se pudo iniciar la sesi\xc3\xb3n STARTTLS|)"
                R"(STARTTLS-istunnon k\xc3\xa4ynnistys ei onnistu|Impossible d'initier une session STARTTLS|)"
                R"(non \xc3\xa8 stato possibile avviare sessione STARTTLS|)"
                R"(STARTTLS\xe3\x82\xbb\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3\xe3\x82\x92\xe9\x96\x8b\xe5\xa7\x8b\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(kan ikke starte STARTTLS-sesjon|kan de STARTTLS-sessie niet tot stand brengen|)"
                R"(nie mo\xc5\xbcna rozpocz\xc4\x85\xc4\x87 sesji STARTTLS|)"
                R"(n\xc3\xa3o foi poss\xc3\xadvel iniciar a sess\xc3\xa3o STARTTLS|nu s-a putut porni sesiunea STARTTLS|)"
                R"(\xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbd\xd0\xb0\xd1\x87\xd0\xb0\xd1\x82\xd1\x8c STARTTLS \xd1\x81\xd0\xb5\xd1\x81\xd1\x81\xd0\xb8\xd1\x8e|)"
                R"(nemo\xc5\xbeno vytvori\xc5\xa5 rel\xc3\xa1ciu STARTTLS|kunde inte starta STARTTLS-session|)"
                R"(STARTTLS oturumu ba\xc5\x9flat\xc4\xb1lamad\xc4\xb1|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\x9f\xb7\xe8\xa1\x8cSTARTTLS|)"
                R"(\xce\xb4\xce\xb5\xce\xbd \xce\xbc\xcf\x80\xcf\x8c\xcf\x81\xce\xb5\xcf\x83\xce\xb5 \xce\xbd\xce\xb1 \xce\xbe\xce\xb5\xce\xba\xce\xb9\xce\xbd\xce\xae\xcf\x83\xce\xb5\xce\xb9 \xce\xb7 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1 STARTTLS|)"
                R"(tidak dapat memulai sesi STARTTLS|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xbf\xd0\xb0\xd1\x87\xd0\xb0\xd1\x86\xd1\x8c \xd1\x81\xd0\xb5\xd0\xb0\xd0\xbd\xd1\x81 TLS|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd1\x81\xd1\x82\xd0\xb0\xd1\x80\xd1\x82\xd0\xb8\xd1\x80\xd0\xb0 TLS \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x8f|)"
                R"(Nelze spustit relaci TLS|Kan ikke starte TLS session|Kann TLS-Sitzung nicht beginnen|)"
                R"(\xce\x94\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb4\xcf\x85\xce\xbd\xce\xb1\xcf\x84\xcf\x8c \xce\xbd\xce\xb1 \xce\xbe\xce\xb5\xce\xba\xce\xb9\xce\xbd\xce\xae\xcf\x83\xce\xb5\xce\xb9 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1 TLS|)"
                R"(No puedo iniciar la sesi\xc3\xb3n TLS|Ei suuda avada TLS sessiooni|Ezin da TLS saioa hasi|)"
                R"(TLS-istuntoa ei voida ka\xcc\x88ynnista\xcc\x88a\xcc\x88|Impossible d'initier la session TLS|)"
                R"(Non podo iniciar a sesi\xc3\xb3n TLS|)"
                R"(\xd7\x9c\xd7\x90 \xd7\x9e\xd7\xa1\xd7\x95\xd7\x92\xd7\x9c \xd7\x9c\xd7\x94\xd7\xaa\xd7\x97\xd7\x99\xd7\x9c \xd7\xa1\xd7\xa9\xd7\x9f TLS|)"
                R"(Ne mogu pokrenuti TLS sesiju|Nem lehet TLS menetet ind\xc3\xadtani|)"
                R"(Impossibile avviare la sessione TLS|)"
                R"(TLS \xe3\x82\xbb\xe3\x83\x83\xe3\x82\xb7\xe3\x83\xa7\xe3\x83\xb3\xe3\x82\x92\xe9\x96\x8b\xe5\xa7\x8b\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(TLS \xec\x84\xb8\xec\x85\x98\xec\x9d\x84 \xec\x8b\x9c\xec\x9e\x91\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Negaliu sukurti TLS sesijos|Kan geen TLS sessie starten|Nie mo\xc5\xbcna uruchomi\xc4\x87 sesji TLS|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel iniciar sess\xc3\xa3o TLS|Nu se poate porni sesiunea TLS|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xbd\xd0\xb0\xd1\x87\xd0\xb0\xd0\xbb\xd0\xb0 \xd1\x81\xd0\xb5\xd0\xb0\xd0\xbd\xd1\x81\xd0\xb0 TLS|)"
                R"(Ned\xc3\xa1 sa vytvori\xc5\xa5 TLS spojenie|Ne morem pri\xc4\x8deti seje TLS|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbe \xd0\xb4\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xba\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb5\xd0\xbc \xd0\xa2\xd0\x9b\xd0\xa1 \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x98\xd1\x83|)"
                R"(Kan inte starta TLS-session|TLS oturumuna ba\xc4\x9flant\xc4\xb1 kurulamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbf\xd0\xbe\xd1\x87\xd0\xb0\xd1\x82\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x81\xd1\x96\xd1\x8e TLS|)"
                R"(Kh\xc3\xb4ng th\xe1\xbb\x83 kh\xe1\xbb\x9fi \xc4\x91\xe1\xbb\x99ng phi\xc3\xaan TLS|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x90\xaf\xe5\x8a\xa8 TLS \xe4\xbc\x9a\xe8\xaf\x9d|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe9\x96\x8b\xe5\x95\x9f TLS \xe9\x80\xa3\xe7\xb7\x9a|)"
                R"(\xd0\xbd\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xbf\xd0\xb0\xd1\x87\xd0\xb0\xd1\x86\xd1\x8c \xd1\x81\xd0\xb5\xd0\xb0\xd0\xbd\xd1\x81 TLS|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd1\x81\xd1\x82\xd0\xb0\xd1\x80\xd1\x82\xd0\xb8\xd1\x80\xd0\xb0 TLS \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x8f|)"
                R"(nelze spustit relaci TLS|kan ikke starte TLS session|kann TLS-Sitzung nicht beginnen|)"
                R"(\xce\xb4\xce\xb5\xce\xbd \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb4\xcf\x85\xce\xbd\xce\xb1\xcf\x84\xcf\x8c \xce\xbd\xce\xb1 \xce\xbe\xce\xb5\xce\xba\xce\xb9\xce\xbd\xce\xae\xcf\x83\xce\xb5\xce\xb9 \xcf\x83\xcf\x85\xce\xbd\xce\xb5\xce\xb4\xcf\x81\xce\xaf\xce\xb1 TLS|)"
                R"(no puedo iniciar la sesi\xc3\xb3n TLS|ei suutnud k\xc3\xa4ivitada TLS sessiooni|)"
                R"(ezin da TLS saioa hasi|TLS-istuntoa ei saada k\xc3\xa4ynnistetyksi|)"
                R"(\xc3\xa9chec lors de l'ouverture de la session TLS|non podo abrir a sesi\xc3\xb3n TLs|)"
                R"(nem lehet TLS menetet ind\xc3\xadtani|impossibile avviare la sessione TLS|)"
                R"(negaliu prad\xc4\x97ti TLS sesijos|Kan TLS sessie niet starten|)"
                R"(nie mo\xc5\xbcna uruchomi\xc4\x87 sesji TLS|n\xc3\xa3o foi poss\xc3\xadvel iniciar sess\xc3\xa3o TLS|)"
                R"(nu se poate porni sesiunea TLS|nem\xc3\xb4\xc5\xbeem vytvori\xc5\xa5 TLS rel\xc3\xa1ciu|)"
                R"(ne morem pri\xc4\x8deti seje TLS|)"
                R"(\xd0\xbd\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbe \xd0\xb4\xd0\xb0 \xd0\xbf\xd0\xbe\xd0\xba\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb5\xd0\xbc \xd0\xa2\xd0\x9b\xd0\xa1 \xd1\x81\xd0\xb5\xd1\x81\xd0\xb8\xd1\x98\xd1\x83|)"
                R"(kan inte starta TLS-session|TLS oturumu ba\xc5\x9flat\xc4\xb1lam\xc4\xb1yor|)"
                R"(\xd0\xbd\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xbf\xd0\xbe\xd1\x87\xd0\xb0\xd1\x82\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x81\xd1\x96\xd1\x8e TLS|)"
                R"(kh\xc3\xb4ng th\xe1\xbb\x83 kh\xe1\xbb\x9fi \xc4\x91\xe1\xbb\x99ng phi\xc3\xaan TLS|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\x95\x9f\xe5\x8b\x95 TLS \xe5\xb7\xa5\xe4\xbd\x9c\xe9\x9a\x8e\xe6\xae\xb5)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "Impossible d'initier la session STARTTLS."},
    // ca El certificat per a ... ha caducat, cs Platnost certifikátu pro ... skončila, da Certifikatet for ... er udløbet, ...
    {.id = "mua.certificate_failed.localized",
     .pattern = R"(El certificat per a.{1,160}ha caducat|Platnost certifik\xc3\xa1tu pro.{1,160}skon\xc4\x8dila|)"
                R"(Certifikatet for.{1,160}er udl\xc3\xb8bet|Zertifikat f\xc3\xbcr.{1,160}ist verfallen|)"
                R"(El certificado de.{1,160}est\xc3\xa1 caducado|Varmenne kohteelle.{1,160}on vanhennut|)"
                R"(Le certificat pour.{1,160}a expir\xc3\xa9|tan\xc3\xbas\xc3\xadtv\xc3\xa1nya lej\xc3\xa1rt|)"
                R"(Il certificato per.{1,160}\xc3\xa8 scaduto|)"
                R"(\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe6\x9c\x9f\xe9\x99\x90\xe5\x88\x87\xe3\x82\x8c\xe3\x81\xa7\xe3\x81\x99|)"
                R"(Sertifikatet for.{1,160}er utl\xc3\xb8pt|Certificaat voor.{1,160}is verlopen|)"
                R"(Up\xc5\x82yn\xc4\x85\xc5\x82 termin wa\xc5\xbcno\xc5\x9bci certyfikatu dla|)"
                R"(O certificado de.{1,160}expirou|Certificatul pentru.{1,160}este expirat|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xb4\xd0\xbb\xd1\x8f.{1,160}\xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd1\x80\xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd|)"
                R"(Certifik\xc3\xa1t pre.{1,160}vypr\xc5\xa1al|Certifikatet f\xc3\xb6r.{1,160}\xc3\xa4r utg\xc3\xa5nget|)"
                R"(i\xc3\xa7in sunulan sertifikan\xc4\xb1n m\xc3\xbcddeti bitmi\xc5\x9f|)"
                R"(\xe7\x9a\x84\xe7\xb0\xbd\xe8\xad\x89\xe5\xb7\xb2\xe9\x81\x8e\xe6\x9c\x9f|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xce\xb3\xce\xb9\xce\xb1.{1,160}\xce\xad\xce\xbb\xce\xb7\xce\xbe\xce\xb5|)"
                R"(Sertifikat untuk.{1,160}sudah kadaluarsa|)"
                R"(\xd0\x92\xd0\xb5\xd1\x80\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x83 SSL \xd1\x81\xd1\x85\xd1\x96\xd0\xb1\xd1\x96\xd0\xbb\xd0\xb0|)"
                R"(Ov\xc4\x9b\xc5\x99ov\xc3\xa1n\xc3\xad certifik\xc3\xa1tu SSL selhalo|)"
                R"(Verifizierung des SSL-Zertifikats fehlgeschlagen|)"
                R"(\xce\x97 \xce\xb5\xcf\x80\xce\xb1\xce\xbb\xce\xae\xce\xb8\xce\xb5\xcf\x85\xcf\x83\xce\xb7 \xcf\x84\xce\xbf\xcf\x85 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xce\xbf\xcf\x8d SSL \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(Fall\xc3\xb3 la verificaci\xc3\xb3n del certificado SSL|SSL egiaztagiri egiaztapen hutsegitea|)"
                R"(SSL-varmenteen tarkistus epa\xcc\x88onnistui|)"
                R"(\xc3\x89chec de la v\xc3\xa9rification du certificat SSL|)"
                R"(\xd7\x90\xd7\x99\xd7\x9e\xd7\x95\xd7\xaa \xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa SSL \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c|)"
                R"(SSL potvrda ne valja|SSL tanus\xc3\xadtv\xc3\xa1ny ellen\xc5\x91rz\xc3\xa9se nem siker\xc3\xbclt|)"
                R"(Verifica del certificato SSL fallita|)"
                R"(SSL \xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x82\x92\xe6\xa4\x9c\xe8\xa8\xbc\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(SSL-certificaat verificatie is mislukt|Weryfikacja certyfikatu SSL zako\xc5\x84czona niepowodzeniem|)"
                R"(Verifica\xc3\xa7\xc3\xa3o do certificado SSL falhou|Verificarea certificatului SSL a e\xc8\x99uat|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd0\xb8 SSL-\xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 SSL \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb0|)"
                R"(Misslyckades att verifiera SSL-certifikat|)"
                R"(SSL sertifikas\xc4\xb1 do\xc4\x9frulamas\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb4\xd0\xb0\xd1\x87\xd0\xb0 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd0\xba\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 SSL|)"
                R"(SSL \xe8\xae\xa4\xe8\xaf\x81\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(SSL \xe6\x86\x91\xe8\xad\x89\xe9\xa9\x97\xe8\xad\x89\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xd0\xa2\xd1\x8d\xd1\x80\xd0\xbc\xd1\x96\xd0\xbd \xd0\xb4\xd0\xb7\xd0\xb5\xd1\x8f\xd0\xbd\xd0\xbd\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd1\x81\xd1\x8b\xd0\xb9\xd1\x88\xd0\xbe\xd1\x9e|)"
                R"(El certificat del servidor ha caducat|Certifik\xc3\xa1t serveru vypr\xc5\xa1el|)"
                R"(Serverens certifikat er udl\xc3\xb8bet|Das Zertifikat des Servers ist abgelaufen|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xad\xcf\x87\xce\xb5\xce\xb9 \xce\xbb\xce\xae\xce\xbe\xce\xb5\xce\xb9|)"
                R"(El certificado del servidor ha caducado|Zerbitzariaren ziurtagiria iraungi egin da|)"
                R"(Palvelimen varmenne on vanhentunut|Le certificat du serveur a expir\xc3\xa9|)"
                R"(Il certific\xc3\xa2t dal servid\xc3\xb4r al \xc3\xa8 scjad\xc3\xbbt|)"
                R"(\xd7\xa4\xd7\x92\xd7\x94 \xd7\xaa\xd7\xa7\xd7\xa4\xd7\x94 \xd7\xa9\xd7\x9c \xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa|)"
                R"(Vjerodajnica poslu\xc5\xbeitelja je istekla|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 tan\xc3\xbas\xc3\xadtv\xc3\xa1nya lej\xc3\xa1rt|)"
                R"(Sertifikat peladen telah kedaluwarsa|Il certificato del server \xc3\xa8 scaduto|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe6\x9c\x9f\xe9\x99\x90\xe5\x88\x87\xe3\x82\x8c\xe3\x81\xa7\xe3\x81\x99|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd0\xba\xd1\x80 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x82\xd1\x8b\xd2\xa3 \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb7\xd1\x96\xd0\xbc\xd1\x96 \xd0\xb0\xd1\x8f\xd2\x9b\xd1\x82\xd0\xb0\xd0\xbb\xd2\x93\xd0\xb0\xd0\xbd|)"
                R"(Tjenersertifikatet er utg\xc3\xa5tt|Het certificaat van de server is verlopen|)"
                R"(Certyfikat serwera wygas\xc5\x82|O certificado do servidor expirou|Certificatul serverului a expirat|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xbe\xd1\x81\xd1\x80\xd0\xbe\xd1\x87\xd0\xb5\xd0\xbd|)"
                R"(Platnos\xc5\xa5 certifik\xc3\xa1tu servera skon\xc4\x8dila|Potrdilo stre\xc5\xbenika je poteklo|)"
                R"(\xd0\xa3\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xb8\xd1\x81\xd1\x82\xd0\xb5\xd0\xba\xd0\xbb\xd0\xbe|)"
                R"(Uverenje servera je isteklo|Serverns certifikat har g\xc3\xa5tt ut|)"
                R"(Sunucunun sertifikas\xc4\xb1n\xc4\xb1n s\xc3\xbcresi doldu|)"
                R"(\xd0\xa1\xd1\x82\xd1\x80\xd0\xbe\xd0\xba \xd0\xb4\xd1\x96\xd1\x97 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb2\xd0\xb8\xd1\x87\xd0\xb5\xd1\x80\xd0\xbf\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81\xe4\xb9\xa6\xe5\xb7\xb2\xe8\xbf\x87\xe6\x9c\x9f|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe6\x86\x91\xe8\xad\x89\xe5\xb7\xb2\xe7\xb6\x93\xe9\x81\x8e\xe6\x9c\x9f|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xb0\xd0\xb4\xd0\xbf\xd1\x96\xd1\x81\xd0\xb0\xd0\xbd\xd1\x8b \xd0\xb2\xd1\x8f\xd0\xb4\xd0\xbe\xd0\xbc\xd1\x8b\xd0\xbc \xd1\x86\xd1\x8d\xd0\xbd\xd1\x82\xd1\x80\xd0\xb0\xd0\xbc \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x96|)"
                R"(El certificat del servidor no est\xc3\xa0 signat per una autoritat coneguda|)"
                R"(Certifik\xc3\xa1t serveru je podeps\xc3\xa1n nezn\xc3\xa1mou autoritou|)"
                R"(Serverens certifikat er ikke signeret af en kendt autoritet|)"
                R"(Das Server-Zertifikat wurde von keiner bekannten Zertifizierungsstelle signiert|)"
                R"(El certificado del servidor no est\xc3\xa1 firmado por una autoridad conocida|)"
                R"(Zerbitzariaren ziurtagiria ez du sinatu ziurtagiri-emaile ezagun batek|)"
                R"(Palvelimen varmennetta ei ole allekirjoitettu tunnetun tahon toimesta|)"
                R"(Le certificat du serveur n\xe2\x80\x99est pas sign\xc3\xa9 par une autorit\xc3\xa9 reconnue|)"
                R"(Il certific\xc3\xa2t dal servid\xc3\xb4r nol \xc3\xa8 firm\xc3\xa2t di une autorit\xc3\xa2t cognossude|)"
                R"(\xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa \xd7\x90\xd7\x99\xd7\xa0\xd7\x94 \xd7\x97\xd7\xaa\xd7\x95\xd7\x9e\xd7\x94 \xd7\xa2\xd7\x9c \xd7\x99\xd7\x93\xd7\x99 \xd7\x9e\xd7\xa0\xd7\xa4\xd7\x99\xd7\xa7 \xd7\x9e\xd7\x94\xd7\x99\xd7\x9e\xd7\x9f|)"
                R"(Vjerodajnica poslu\xc5\xbeitelja nije potpisana od strane poznatog izdavatelja|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 tan\xc3\xbas\xc3\xadtv\xc3\xa1ny\xc3\xa1t nem ismert hiteles\xc3\xadt\xc3\xa9sszolg\xc3\xa1ltat\xc3\xb3 \xc3\xadrta al\xc3\xa1|)"
                R"(Sertifikat peladen tak ditandatangani oleh otoritas yang dikenal|)"
                R"(Il certificato del server non \xc3\xa8 firmato da alcuna autorit\xc3\xa0 conosciuta|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe6\x97\xa2\xe7\x9f\xa5\xe3\x81\xae\xe8\xaa\x8d\xe8\xa8\xbc\xe5\xb1\x80\xe3\x81\xab\xe3\x82\x88\xe3\x81\xa3\xe3\x81\xa6\xe7\xbd\xb2\xe5\x90\x8d\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x8b\xd0\xbd\xd0\xb0 \xd2\x9b\xd0\xbe\xd0\xbb\xd1\x82\xd0\xb0\xd2\xa3\xd0\xb1\xd0\xb0\xd0\xbd\xd1\x8b \xd2\x9b\xd0\xbe\xd0\xb9\xd2\x93\xd0\xb0\xd0\xbd \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x82\xd0\xb0\xd1\x83 \xd0\xbe\xd1\x80\xd1\x82\xd0\xb0\xd0\xbb\xd1\x8b\xd2\x93\xd1\x8b \xd0\xb1\xd0\xb5\xd0\xbb\xd0\xb3\xd1\x96\xd1\x81\xd1\x96\xd0\xb7|)"
                R"(Tjenersertifikatet er ikke signert av en kjent autoritet|)"
                R"(Het certificaat van de server is niet ondertekend door een gekende authoriteit|)"
                R"(Certyfikat serwera nie jest podpisany przez znan\xc4\x85 instytucj\xc4\x99|)"
                R"(O certificado do servidor n\xc3\xa3o est\xc3\xa1 assinado por uma autoridade conhecida|)"
                R"(Certificatul serverului nu este semnat de o autoritate cunoscut\xc4\x83|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbd \xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xbd\xd1\x8b\xd0\xbc \xd1\x86\xd0\xb5\xd0\xbd\xd1\x82\xd1\x80\xd0\xbe\xd0\xbc \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(Certifik\xc3\xa1t servera nie je podp\xc3\xadsan\xc3\xbd zn\xc3\xa1mou autoritou|)"
                R"(Potrdilo stre\xc5\xbenika ni podpisano s strani znanega podpisnika potrdil|)"
                R"(\xd0\xa3\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xbe\xd0\xb4 \xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb7\xd0\xbd\xd0\xb0\xd1\x82\xd0\xbe\xd0\xb3 \xd0\xb8\xd0\xb7\xd0\xb4\xd0\xb0\xd0\xb2\xd0\xb0\xd1\x87\xd0\xb0|)"
                R"(Uverenje servera nije potpisano od strane poznatog izdava\xc4\x8da|)"
                R"(Serverns certifikat \xc3\xa4r inte signerat av en k\xc3\xa4nd utf\xc3\xa4rdare|)"
                R"(Sunucunun sertifikas\xc4\xb1 bilinen yetkilice imzalanmam\xc4\xb1\xc5\x9f|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbf\xd1\x96\xd0\xb4\xd0\xbf\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbe\xd0\xbc\xd0\xbe\xd1\x8e \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd0\xbe\xd1\x8e \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81\xe4\xb9\xa6\xe4\xb8\x8d\xe6\x98\xaf\xe7\x94\xb1\xe5\xb7\xb2\xe7\x9f\xa5\xe6\x9c\xba\xe6\x9e\x84\xe7\xad\xbe\xe7\xbd\xb2\xe7\x9a\x84|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe6\x86\x91\xe8\xad\x89\xe4\xb8\xa6\xe9\x9d\x9e\xe7\x94\xb1\xe5\xb7\xb2\xe7\x9f\xa5\xe7\x9a\x84\xe6\x8e\x88\xe6\xac\x8a\xe4\xb8\xad\xe5\xbf\x83\xe7\xb0\xbd\xe7\xbd\xb2|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb1\xd1\x8b\xd1\x9e \xd0\xb0\xd0\xb4\xd0\xba\xd0\xbb\xd1\x96\xd0\xba\xd0\xb0\xd0\xbd\xd1\x8b \xd1\x96 \xd1\x9e\xd0\xb6\xd0\xbe \xd0\xbd\xd0\xb5\xd0\xbf\xd1\x80\xd1\x8b\xd0\xb4\xd0\xb0\xd1\x82\xd0\xbd\xd1\x8b|)"
                R"(El certificat del servidor s'ha revocat i ara no \xc3\xa9s v\xc3\xa0lid|)"
                R"(Certifik\xc3\xa1t serveru byl odvol\xc3\xa1n a v sou\xc4\x8dasnosti je neplatn\xc3\xbd|)"
                R"(Serverens certifikat er blevet tilbagekaldt og er nu ugyldigt|)"
                R"(Das Zertifikat des Servers wurde widerrufen und ist jetzt ung\xc3\xbcltig|)"
                R"(Se ha revocado el certificado del servidor y ya no es v\xc3\xa1lido|)"
                R"(Zerbitzariaren ziurtagiria errebokatu egin da eta orain baliogabea da|)"
                R"(Palvelimen varmenne on kumottu, joten se on nyt virheellinen|)"
                R"(Le certificat du serveur a \xc3\xa9t\xc3\xa9 r\xc3\xa9voqu\xc3\xa9 et est maintenant non valide|)"
                R"(Il certific\xc3\xa2t dal servid\xc3\xb4r al \xc3\xa8 st\xc3\xa2t revoc\xc3\xa2t e cum\xc3\xb2 nol \xc3\xa8 valit|)"
                R"(\xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa \xd7\x91\xd7\x95\xd7\x98\xd7\x9c\xd7\x94 \xd7\x95\xd7\x90\xd7\x99\xd7\xa0\xd7\x94 \xd7\xaa\xd7\xa7\xd7\xa4\xd7\x94 \xd7\x9b\xd7\xa2\xd7\xaa|)"
                R"(Vjerodajnica poslu\xc5\xbeitelja je opozvana i nije valjana|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 tan\xc3\xbas\xc3\xadtv\xc3\xa1ny\xc3\xa1t visszavont\xc3\xa1k \xc3\xa9s most \xc3\xa9rv\xc3\xa9nytelen|)"
                R"(Sertifikat peladen telah dicabut dan kini tak valid|)"
                R"(Il certificato del server \xc3\xa8 stato revocato e non \xc3\xa8 pi\xc3\xb9 valido|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\xaf\xe5\xa4\xb1\xe5\x8a\xb9\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x84\xe3\x82\x8b\xe3\x81\x9f\xe3\x82\x81\xe7\x8f\xbe\xe5\x9c\xa8\xe7\x84\xa1\xe5\x8a\xb9\xe3\x81\xa7\xe3\x81\x99|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x8b \xd2\x9b\xd0\xb0\xd0\xb9\xd1\x82\xd0\xb0 \xd1\x88\xd0\xb0\xd2\x9b\xd1\x8b\xd1\x80\xd1\x8b\xd0\xbb\xd2\x93\xd0\xb0\xd0\xbd \xd0\xb6\xd3\x99\xd0\xbd\xd0\xb5 \xd2\x9b\xd0\xb0\xd0\xb7\xd1\x96\xd1\x80 \xd0\xb6\xd0\xb0\xd1\x80\xd0\xb0\xd0\xbc\xd1\x81\xd1\x8b\xd0\xb7 \xd0\xb1\xd0\xbe\xd0\xbb\xd1\x8b\xd0\xbf \xd1\x82\xd2\xb1\xd1\x80|)"
                R"(Tjenersertifikatet er trukket tilbake og er n\xc3\xa5 ugyldig|)"
                R"(Het certificaat van de server is ingetrokken en is nu ongeldig|)"
                R"(Certyfikat serwera zosta\xc5\x82 uniewa\xc5\xbcniony i.{1,160}jest teraz nieprawid\xc5\x82owy|)"
                R"(O certificado do servidor foi revogado e \xc3\xa9 agora inv\xc3\xa1lido|)"
                R"(O certificado do servidor foi revogado e agora \xc3\xa9 inv\xc3\xa1lido|)"
                R"(Certificatul serverului a fost revocat \xc8\x99i este nevalid|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb1\xd1\x8b\xd0\xbb \xd0\xbe\xd1\x82\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xb0\xd0\xbd \xd0\xb8 \xd1\x82\xd0\xb5\xd0\xbf\xd0\xb5\xd1\x80\xd1\x8c \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xb9\xd1\x81\xd1\x82\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd|)"
                R"(Certifik\xc3\xa1t servera bol odvolan\xc3\xbd a teraz je neplatn\xc3\xbd|)"
                R"(Potrdilo stre\xc5\xbenika je preklicano in ni ve\xc4\x8d veljavno|)"
                R"(\xd0\xa3\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xbe\xd0\xbf\xd0\xbe\xd0\xb7\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd0\xb8 \xd1\x81\xd0\xb0\xd0\xb4\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xbd\xd0\xb5\xd0\xb8\xd1\x81\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xbd\xd0\xbe|)"
                R"(Uverenje servera je opozvano i sada je neispravno|)"
                R"(Serverns certifikat har \xc3\xa5terkallats och \xc3\xa4r nu ogiltigt|)"
                R"(Sunucunun sertifikas\xc4\xb1 iptal edildi ve \xc5\x9fu anda ge\xc3\xa7ersiz|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb1\xd1\x83\xd0\xbb\xd0\xbe \xd0\xb2\xd1\x96\xd0\xb4\xd0\xba\xd0\xbb\xd0\xb8\xd0\xba\xd0\xb0\xd0\xbd\xd0\xbe\. \xd0\x97\xd0\xb0\xd1\x80\xd0\xb0\xd0\xb7 \xd0\xb2\xd1\x96\xd0\xbd \xd1\x94 \xd0\xbd\xd0\xb5\xd0\xb4\xd1\x96\xd0\xb9\xd1\x81\xd0\xbd\xd0\xb8\xd0\xbc|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81\xe4\xb9\xa6\xe5\xb7\xb2\xe5\x90\x8a\xe9\x94\x80\xe4\xb8\x94\xe7\x8e\xb0\xe5\xb7\xb2\xe6\x97\xa0\xe6\x95\x88|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe6\x86\x91\xe8\xad\x89\xe5\xb7\xb2\xe7\xb6\x93\xe6\x92\xa4\xe9\x8a\xb7\xef\xbc\x8c\xe7\x9b\xae\xe5\x89\x8d\xe7\x84\xa1\xe6\x95\x88|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x8b\xd1\x9e \xd0\xb0\xd0\xba\xd1\x82\xd1\x8b\xd0\xb2\xd0\xb0\xd0\xb2\xd0\xb0\xd0\xbd\xd1\x8b|)"
                R"(El certificat del servidor no s'ha activat|Certifik\xc3\xa1t serveru nebyl aktivov\xc3\xa1n|)"
                R"(Serverens certifikat er ikke blevet aktiveret|Das Zertifikat des Servers wurde nicht aktiviert|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xb4\xce\xb5\xce\xbd \xce\xad\xcf\x87\xce\xb5\xce\xb9 \xce\xb5\xce\xbd\xce\xb5\xcf\x81\xce\xb3\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xce\xb8\xce\xb5\xce\xaf|)"
                R"(No se ha activado el certificado del servidor|Zerbitzariaren ziurtagiria ez da aktibatu|)"
                R"(Palvelimen varmennetta ei ole aktivoitu|)"
                R"(Le certificat du serveur n\xe2\x80\x99a pas \xc3\xa9t\xc3\xa9 activ\xc3\xa9|)"
                R"(Il certific\xc3\xa2t dal servid\xc3\xb4r nol \xc3\xa8 st\xc3\xa2t ativ\xc3\xa2t|)"
                R"(\xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa \xd7\x9c\xd7\x90 \xd7\x94\xd7\x95\xd7\xa4\xd7\xa2\xd7\x9c\xd7\x94|)"
                R"(Vjerodajnica poslu\xc5\xbeitelja nije aktivirana|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 tan\xc3\xbas\xc3\xadtv\xc3\xa1ny\xc3\xa1t m\xc3\xa9g nem aktiv\xc3\xa1lt\xc3\xa1k|)"
                R"(Sertifikat peladen belum diaktifkan|Il certificato del server non \xc3\xa8 stato attivato|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe6\x9c\x89\xe5\x8a\xb9\xe3\x81\xab\xe3\x81\xaa\xe3\x81\xa3\xe3\x81\xa6\xe3\x81\x84\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd1\x8b \xd0\xb1\xd0\xb5\xd0\xbb\xd1\x81\xd0\xb5\xd0\xbd\xd0\xb4\xd1\x96\xd1\x80\xd1\x96\xd0\xbb\xd0\xbc\xd0\xb5\xd0\xb3\xd0\xb5\xd0\xbd|)"
                R"(Tjenersertifikatet er ikke tatt i bruk|Het certificaat van de server is niet geactiveerd|)"
                R"(Certyfikat serwera nie zosta\xc5\x82 aktywowany|O certificado do servidor n\xc3\xa3o foi ativado|)"
                R"(Certificatul serverului nu a fost activat|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x8b\xd0\xbb \xd0\xb0\xd0\xba\xd1\x82\xd0\xb8\xd0\xb2\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd|)"
                R"(Certifik\xc3\xa1t servera nebol aktivovan\xc3\xbd|Potrdilo stre\xc5\xbenika ni omogo\xc4\x8deno|)"
                R"(\xd0\xa3\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd0\xb0\xd0\xba\xd1\x82\xd0\xb8\xd0\xb2\xd0\xb8\xd1\x80\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(Uverenje servera nije aktivirano|Serverns certifikat har inte aktiverats|)"
                R"(Sunucunun sertifikas\xc4\xb1 etkinle\xc5\x9ftirilemedi|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb1\xd1\x83\xd0\xbb\xd0\xbe \xd0\xb0\xd0\xba\xd1\x82\xd0\xb8\xd0\xb2\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81\xe4\xb9\xa6\xe5\xb0\x9a\xe6\x9c\xaa\xe6\xbf\x80\xe6\xb4\xbb|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe6\x86\x91\xe8\xad\x89\xe5\xb0\x9a\xe6\x9c\xaa\xe5\x95\x9f\xe7\x94\xa8|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbb\xd1\x96\xd1\x87\xd1\x8b\xd1\x86\xd1\x86\xd0\xb0 \xd0\xbd\xd0\xb5\xd0\xb1\xd1\x8f\xd1\x81\xd0\xbf\xd0\xb5\xd1\x87\xd0\xbd\xd1\x8b\xd0\xbc|)"
                R"(El certificat del servidor es considera insegur|)"
                R"(Certifik\xc3\xa1t serveru nen\xc3\xad pova\xc5\xbeov\xc3\xa1n za bezpe\xc4\x8dn\xc3\xbd|)"
                R"(Serverens certifikat anses som usikkert|Das Zertifikat des Servers wird als unsicher erachtet|)"
                R"(El certificado del servidor se considera inseguro|Zerbitzariaren ziurtagiria ez da segurutzat jotzen|)"
                R"(Palvelimen varmennetta kohdellaan turvattomana|)"
                R"(Le certificat du serveur est consid\xc3\xa9r\xc3\xa9 comme non s\xc3\xa9curis\xc3\xa9|)"
                R"(Il certific\xc3\xa2t dal servid\xc3\xb4r nol \xc3\xa8 consider\xc3\xa2t sig\xc3\xbbr|)"
                R"(\xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\xaa \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa \xd7\x90\xd7\x99\xd7\xa0\xd7\x94 \xd7\x91\xd7\x98\xd7\x95\xd7\x97\xd7\x94|)"
                R"(Vjerodajnica poslu\xc5\xbeitelja se smatra nesigurnom|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 tan\xc3\xbas\xc3\xadtv\xc3\xa1nya nem tekinthet\xc5\x91 biztons\xc3\xa1gosnak|)"
                R"(Sertifikat peladen dianggap tidak aman|Il certificato del server \xc3\xa8 considerato non sicuro|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\x8c\xe5\xae\x89\xe5\x85\xa8\xe3\x81\xa7\xe3\x81\xaf\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd0\xb0\xd0\xbb\xd0\xb3\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xbc\xd1\x96 \xd2\x9b\xd0\xb0\xd1\x83\xd1\x96\xd0\xbf\xd1\x81\xd1\x96\xd0\xb7 \xd0\xb5\xd0\xbc\xd0\xb5\xd1\x81 \xd1\x80\xd0\xb5\xd1\x82\xd1\x96\xd0\xbd\xd0\xb4\xd0\xb5 \xd1\x81\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xbb\xd0\xb0\xd0\xb4\xd1\x8b|)"
                R"(Tjenersertifikatet regnes som usikkert|Het certificaat van de server wordt onveilig beschouwd|)"
                R"(Certyfikat serwera jest uwa\xc5\xbcany za niebezpieczny|)"
                R"(O certificado do servidor \xc3\xa9 considerado inseguro|)"
                R"(Certificatul serverului este considerat nesigur|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x81\xd1\x87\xd0\xb8\xd1\x82\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd0\xbd\xd0\xb5\xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbe\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbd\xd1\x8b\xd0\xbc|)"
                R"(Certifik\xc3\xa1t servera je pova\xc5\xbeovan\xc3\xbd za nebezpe\xc4\x8dn\xc3\xbd|)"
                R"(Potrdilo stre\xc5\xbenika je obravnavan kot ne-varen|)"
                R"(\xd0\xa3\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd1\x81\xd0\xb5 \xd1\x81\xd0\xbc\xd0\xb0\xd1\x82\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5\xd1\x81\xd0\xb8\xd0\xb3\xd1\x83\xd1\x80\xd0\xbd\xd0\xb8\xd0\xbc|)"
                R"(Uverenje servera se smatra nesigurnim|Serverns certifikat \xc3\xa4r betraktat som os\xc3\xa4kert|)"
                R"(Sunucunun sertifikas\xc4\xb1 g\xc3\xbcvensiz kabul ediliyor|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xb0 \xd0\xb2\xd0\xb2\xd0\xb0\xd0\xb6\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xbd\xd1\x96\xd1\x87\xd0\xb8\xd0\xbc \xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xb0\xd1\x85\xd0\xb8\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbc|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xaf\x81\xe4\xb9\xa6\xe8\xa2\xab\xe8\xae\xa4\xe4\xb8\xba\xe6\x98\xaf\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8\xe7\x9a\x84|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe6\x86\x91\xe8\xad\x89\xe8\xa2\xab\xe8\xa6\x96\xe7\x82\xba\xe4\xb8\x8d\xe5\xae\x89\xe5\x85\xa8|)"
                R"(\xd0\x94\xd0\xb0\xd0\xbd\xd1\x8b\xd1\x8f \xd0\xb0\xd1\x9e\xd1\x82\xd0\xb0\xd1\x80\xd1\x8b\xd0\xb7\xd0\xb0\xd1\x86\xd1\x8b\xd1\x96 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd1\x8b.{1,160}\xd0\xbd\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5\xd0\xbc\xd0\xb0\xd0\xb3\xd1\x87\xd1\x8b\xd0\xbc\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8b\xd1\x86\xd1\x8c|)"
                R"(Identitet.{1,160}mail servera na.{1,160}ne mo\xc5\xbee biti verifikovan|)"
                R"(La identitat del servidor de correu.{1,160}en.{1,160}no ha estat verificada|)"
                R"(Identitu po\xc5\xa1tovn\xc3\xadho serveru.{1,160}na.{1,160}nelze ov\xc4\x9b\xc5\x99it|)"
                R"(Identiteten af.{1,160}-mailserveren ved.{1,160}kunne ikke godkendes|)"
                R"(Die Identit\xc3\xa4t des.{1,160}E-Mail-Servers an der Adresse.{1,160}konnte nicht verifiziert werden|)"
                R"(\xce\x91\xce\xb4\xcf\x8d\xce\xbd\xce\xb1\xcf\x84\xce\xb7 \xce\xb7 \xce\xb5\xcf\x80\xce\xb1\xce\xbb\xce\xae\xce\xb8\xce\xb5\xcf\x85\xcf\x83\xce\xb7 \xcf\x84\xce\xb7\xcf\x82 \xcf\x84\xce\xb1\xcf\x85\xcf\x84\xcf\x8c\xcf\x84\xce\xb7\xcf\x84\xce\xb1\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae \xce\xb1\xce\xbb\xce\xbb\xce\xb7\xce\xbb\xce\xbf\xce\xb3\xcf\x81\xce\xb1\xcf\x86\xce\xaf\xce\xb1\xcf\x82.{1,160}\xcf\x83\xcf\x84\xce\xbf|)"
                R"(No se pudo comprobar la identidad del servidor de correo.{1,160}en|)"
                R"(posta-zerbitzariak.{1,160}e\)n duen nortasuna ezin izan da egiaztatu|)"
                R"(Postipalvelimen.{1,160}identiteetti\xc3\xa4 osoitteessa.{1,160}ei voitu vahvistaa|)"
                R"(L\xe2\x80\x99identit\xc3\xa9 du serveur de courriel.{1,160}ne peut pas \xc3\xaatre v\xc3\xa9rifi\xc3\xa9e|)"
                R"(No si pues verific\xc3\xa2 la identit\xc3\xa2t dal servid\xc3\xb4r di pueste.{1,160}su|)"
                R"(\xd7\x94\xd7\x9e\xd7\x96\xd7\x94\xd7\x94 \xd7\xa9\xd7\x9c \xd7\xa9\xd7\xa8\xd7\xaa \xd7\x94\xd7\x93\xd7\x95\xd7\x90\xd7\xa8.{1,160}\xd7\x91\xd6\xbe.{1,160}\xd7\x9c\xd7\x90 \xd7\xa0\xd7\x99\xd7\xaa\xd7\x9f \xd7\x9c\xd7\x90\xd7\x99\xd7\x9e\xd7\x95\xd7\xaa|)"
                R"(Identitet.{1,160}poslu\xc5\xbeitelja e-po\xc5\xa1te na.{1,160}ne mo\xc5\xbee se potvrditi|)"
                R"(A\(z.{1,160}levelez\xc5\x91 kiszolg\xc3\xa1l\xc3\xb3 szem\xc3\xa9lyazonoss\xc3\xa1ga a\(z.{1,160}c\xc3\xadmen nem ellen\xc5\x91rizhet\xc5\x91|)"
                R"(Identitas dari peladen surat.{1,160}pada.{1,160}tak dapat diverifikasi|)"
                R"(Impossibile verificare l'identit\xc3\xa0 del server di posta.{1,160}presso|)"
                R"(\xe3\x83\xa1\xe3\x83\xbc\xe3\x83\xab\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc.{1,160}\xe3\x81\xae ID \xe3\x82\x92\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x96\xd0\xbd\xd1\x96\xd2\xa3 \(\xd0\xb0\xd0\xb4\xd1\x80\xd0\xb5\xd1\x81\xd1\x96.{1,160}\xd1\x88\xd1\x8b\xd0\xbd\xd0\xb4\xd1\x8b\xd0\xbb\xd1\x8b\xd2\x93\xd1\x8b\xd0\xbd \xd1\x80\xd0\xb0\xd1\x81\xd1\x82\xd0\xb0\xd1\x83 \xd0\xbc\xd2\xaf\xd0\xbc\xd0\xba\xd1\x96\xd0\xbd \xd0\xb5\xd0\xbc\xd0\xb5\xd1\x81|)"
                R"(pa\xc5\xa1to serverio i\xc5\xa1.{1,160}tapatumo nepavyko patvirtinti|)"
                R"(Klarte ikke \xc3\xa5 bekrefte identitet for e-posttjeneren.{1,160}ved|)"
                R"(De identiteit van de.{1,160}-mailserver op.{1,160}kon niet geverifieerd worden|)"
                R"(L'identitat del servidor de corri\xc3\xa8r electronic.{1,160}p\xc3\xb2t pas \xc3\xa8sser verificada|)"
                R"(Nie mo\xc5\xbcna sprawdzi\xc4\x87 to\xc5\xbcsamo\xc5\x9bci serwera poczty.{1,160}pod adresem|)"
                R"(A identidade do servidor de correio.{1,160}em.{1,160}n\xc3\xa3o p\xc3\xb4de ser verificada|)"
                R"(A identidade do servidor de e-mail.{1,160}em.{1,160}n\xc3\xa3o p\xc3\xb4de ser verificado|)"
                R"(Identitatea serverului de mail.{1,160}de la.{1,160}nu a putut fi verificat\xc4\x83|)"
                R"(\xd0\x94\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x87\xd1\x82\xd1\x8b.{1,160}\xd0\xbd\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83\xd1\x82 \xd0\xb1\xd1\x8b\xd1\x82\xd1\x8c \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbd\xd1\x8b|)"
                R"(Identitu po\xc5\xa1tov\xc3\xa9ho servera.{1,160}na adrese.{1,160}sa nepodarilo overi\xc5\xa5|)"
                R"(Istovetnosti stre\xc5\xbenika.{1,160}na.{1,160}ni mogo\xc4\x8de overiti|)"
                R"(\xd0\x98\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82.{1,160}\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xb5 \xd0\xbd\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb6\xd0\xb5 \xd0\xb1\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd0\xbd|)"
                R"(Identitet.{1,160}servera po\xc5\xa1te na.{1,160}ne mo\xc5\xbee biti proveren|)"
                R"(Identiteten f\xc3\xb6r e-postservern.{1,160}p\xc3\xa5.{1,160}kunde inte verifieras|)"
                R"(posta sunucusu kimli\xc4\x9fi.{1,160}konumundaki\) onaylanamad\xc4\xb1|)"
                R"(\xd0\x9e\xd1\x82\xd0\xbe\xd1\x82\xd0\xbe\xd0\xb6\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xbf\xd0\xbe\xd1\x88\xd1\x82\xd0\xbe\xd0\xb2\xd0\xbe\xd0\xb3\xd0\xbe \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd0\xbe \xd0\xb7\xd0\xb0\xd0\xb2\xd1\x96\xd1\x80\xd0\xb8\xd1\x82\xd0\xb8|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe9\xaa\x8c\xe8\xaf\x81\xe4\xba\x8e.{1,160}\xe9\x82\xae\xe7\xae\xb1\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xba\xab\xe4\xbb\xbd|)"
                R"(\xe9\x83\xb5\xe4\xbb\xb6\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8 \(\xe4\xbd\x8d\xe6\x96\xbc.{1,160}\xe7\x9a\x84\xe8\xbe\xa8\xe8\xad\x98\xe8\xba\xab\xe4\xbb\xbd\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\x9a\xe9\x81\x8e\xe6\xa0\xb8\xe9\xa9\x97)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Le certificat pour smtp.example.org a expir\xc3\xa9."},
    // ca El certificat és per a ... però la connexió és per a, cs Certifikát pro ... ale připojení k, da Certifikatet er for ... men forbindelsen er til, ...
    {.id = "mua.certificate_name.localized",
     .pattern = R"(El certificat \xc3\xa9s per a.{1,160}per\xc3\xb2 la connexi\xc3\xb3 \xc3\xa9s per a|)"
                R"(Certifik\xc3\xa1t pro.{1,160}ale p\xc5\x99ipojen\xc3\xad k|)"
                R"(Certifikatet er for.{1,160}men forbindelsen er til|)"
                R"(Das Zertifikat ist f\xc3\xbcr.{1,160}aber die Verbindung geht zu|)"
                R"(El certificado es para.{1,160}pero la conexi\xc3\xb3n es con|)"
                R"(Sertifikaatti on kohteelle.{1,160}yhteys kuitenkin johtaa kohteeseen|)"
                R"(Le certificat est pour.{1,160}mais la connexion est vers|)"
                R"(A tan\xc3\xbas\xc3\xadtv\xc3\xa1ny tulajdonosa.{1,160}de a kapcsolat c\xc3\xa9lja|)"
                R"(Il certificate \xc3\xa8 valido per.{1,160}ma la connessione \xc3\xa8 con|)"
                R"(\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\xaf.{1,160}\xe3\x81\xa7\xe3\x81\x99\xe3\x81\x8c\xe3\x80\x81\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xaf.{1,160}\xe3\x81\xa7\xe3\x81\x99|)"
                R"(Sertifikatet er for.{1,160}men forbindelsen er til|)"
                R"(Certificaat is voor.{1,160}maar de verbinding is met|)"
                R"(Certyfikat jest dla.{1,160}ale po\xc5\x82\xc4\x85czenie jest dla|)"
                R"(O certificado \xc3\xa9 para.{1,160}mas a conex\xc3\xa3o \xc3\xa9 com|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd0\xb4\xd0\xbb\xd1\x8f.{1,160}\xd0\xbd\xd0\xbe \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81|)"
                R"(Certifik\xc3\xa1t je pre.{1,160}ale spojenie je k|)"
                R"(Certifikatet \xc3\xa4r f\xc3\xb6r.{1,160}men anslutningen \xc3\xa4r till|)"
                R"(Sertifika.{1,160}i\xc3\xa7in fakat ba\xc4\x9flant\xc4\xb1.{1,160}i\xc3\xa7in|)"
                R"(\xe7\x9a\x84\xe7\xb0\xbd\xe8\xad\x89\xef\xbc\x8c\xe4\xbd\x86\xe5\x8d\xbb\xe6\x98\xaf\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3|)"
                R"(\xce\xa4\xce\xbf \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xb9\xce\xb7\xcf\x84\xce\xb9\xce\xba\xcf\x8c \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xce\xb3\xce\xb9\xce\xb1 \xcf\x84\xce\xbf.{1,160}\xce\xb1\xce\xbb\xce\xbb\xce\xac \xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xb5\xce\xaf\xce\xbd\xce\xb1\xce\xb9 \xcf\x83\xcf\x84\xce\xbf|)"
                R"(Sertifikat untuk.{1,160}namun koneksi untuk|)"
                R"(\xd0\xa3\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd1\x8b\xd1\x8f \xd0\xb4\xd0\xb0\xd0\xbd\xd1\x8b\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xb0\xd0\xb4\xd1\x80\xd0\xbe\xd0\xb7\xd0\xbd\xd1\x96\xd0\xb2\xd0\xb0\xd1\x8e\xd1\x86\xd1\x86\xd0\xb0 \xd0\xb0\xd0\xb4 \xd1\x83\xd0\xbb\xd1\x96\xd0\xba\xd0\xbe\xd0\xb2\xd1\x8b\xd1\x85 \xd0\xb4\xd0\xb0\xd0\xbd\xd1\x8b\xd1\x85 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0|)"
                R"(La identitat del servidor no coincideix amb la identitat en el certificat|)"
                R"(Identita serveru neodpov\xc3\xadd\xc3\xa1 identit\xc4\x9b v certifik\xc3\xa1tu|)"
                R"(Serverens identitet stemmer ikke overens med identiteten i certifikatet|)"
                R"(Die Identit\xc3\xa4t des Servers stimmt nicht mit der Identit\xc3\xa4t im Zertifikat \xc3\xbcberein|)"
                R"(La identidad del servidor no coincide con la identidad en el certificado|)"
                R"(Zerbitzariaren nortasuna ez dator bat ziurtagiriaren nortasunarekin|)"
                R"(Palvelimen identiteetti ei vastaa varmenteen identiteetti\xc3\xa4|)"
                R"(L\xe2\x80\x99identit\xc3\xa9 du serveur ne correspond pas \xc3\xa0 celle renseign\xc3\xa9e par le certificat|)"
                R"(La identit\xc3\xa2t dal servid\xc3\xb4r no corispuint ae identit\xc3\xa2t dal certific\xc3\xa2t|)"
                R"(\xd7\x9e\xd7\x96\xd7\x94\xd7\x94 \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa \xd7\x9c\xd7\x90 \xd7\xaa\xd7\x95\xd7\x90\xd7\x9d \xd7\x90\xd7\xaa \xd7\x9e\xd7\x96\xd7\x94\xd7\x94 \xd7\x94\xd7\xaa\xd7\xa2\xd7\x95\xd7\x93\xd7\x94|)"
                R"(Identitet poslu\xc5\xbeitelja se ne podudara s o\xc4\x8dekivanim identitetom u vjerodajnici|)"
                R"(A kiszolg\xc3\xa1l\xc3\xb3 szem\xc3\xa9lyazonoss\xc3\xa1ga nem egyezik a tan\xc3\xbas\xc3\xadtv\xc3\xa1nyban l\xc3\xa9v\xc5\x91 szem\xc3\xa9lyazonoss\xc3\xa1ggal|)"
                R"(Identitas peladen tak cocok dengan identitas dalam sertifikat|)"
                R"(L'identit\xc3\xa0 del server non corrisponde all'identit\xc3\xa0 del certificato|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae ID \xe3\x81\x8c\xe8\xa8\xbc\xe6\x98\x8e\xe6\x9b\xb8\xe3\x81\xae ID \xe3\x81\xa8\xe4\xb8\x80\xe8\x87\xb4\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd3\xa9\xd0\xb7\xd1\x96 \xd0\xb0\xd0\xbb\xd1\x8b\xd0\xbd\xd2\x93\xd0\xb0\xd0\xbd \xd1\x81\xd0\xb0\xd0\xb9\xd1\x82\xd1\x82\xd1\x8b\xd2\xa3 \xd0\xba\xd2\xaf\xd1\x82\xd1\x96\xd0\xbb\xd0\xb3\xd0\xb5\xd0\xbd \xd0\xb0\xd0\xbd\xd1\x8b\xd2\x9b\xd1\x82\xd0\xb0\xd2\x93\xd1\x8b\xd1\x88\xd1\x8b\xd0\xbd\xd0\xb0 \xd1\x81\xd3\x99\xd0\xb9\xd0\xba\xd0\xb5\xd1\x81 \xd0\xba\xd0\xb5\xd0\xbb\xd0\xbc\xd0\xb5\xd0\xb9\xd0\xb4\xd1\x96|)"
                R"(Tjenerens identitet samsvarer ikke med identiteten i sertifikatet|)"
                R"(De identiteit van de server komt niet overeen met de identiteit in het certificaat|)"
                R"(To\xc5\xbcsamo\xc5\x9b\xc4\x87 serwera nie pasuje do to\xc5\xbcsamo\xc5\x9bci w.{1,160}certyfikacie|)"
                R"(A identidade do servidor n\xc3\xa3o corresponde \xc3\xa0 identidade no certificado|)"
                R"(Identitatea serverului nu se potrive\xc8\x99te cu identitatea certificatului|)"
                R"(\xd0\xa3\xd1\x87\xd1\x91\xd1\x82\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xb2\xd0\xbf\xd0\xb0\xd0\xb4\xd0\xb0\xd1\x8e\xd1\x82 \xd1\x81 \xd1\x83\xd1\x87\xd1\x91\xd1\x82\xd0\xbd\xd1\x8b\xd0\xbc\xd0\xb8 \xd0\xb4\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xbc\xd0\xb8 \xd0\xb2 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82\xd0\xb5|)"
                R"(Identita servera sa nezhoduje s identitou uvedenou v certifik\xc3\xa1te|)"
                R"(Potrdilo stre\xc5\xbenika ni skladno z istovetnostjo strani|)"
                R"(\xd0\x98\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xbe\xd0\xb4\xd0\xb3\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb0 \xd0\xb8\xd0\xb4\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x82\xd0\xb5\xd1\x82\xd1\x83 \xd1\x83 \xd1\x83\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb5\xd1\x9a\xd1\x83|)"
                R"(Identitet servera ne odgovara identitetu u uverenju|)"
                R"(Serverns identitet \xc3\xb6verensst\xc3\xa4mmer inte med identiteten i certifikatet|)"
                R"(Sunucunun kimli\xc4\x9fi sertifikadaki kimlik ile uyu\xc5\x9fmuyor|)"
                R"(\xd0\x9f\xd1\x80\xd0\xbe\xd1\x84\xd1\x96\xd0\xbb\xd1\x8c \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0 \xd0\xbd\xd0\xb5 \xd0\xb2\xd1\x96\xd0\xb4\xd0\xbf\xd0\xbe\xd0\xb2\xd1\x96\xd0\xb4\xd0\xb0\xd1\x94 \xd0\xbf\xd1\x80\xd0\xbe\xd1\x84\xd1\x96\xd0\xbb\xd1\x8e, \xd1\x8f\xd0\xba\xd0\xb8\xd0\xb9 \xd0\xb2\xd0\xba\xd0\xb0\xd0\xb7\xd0\xb0\xd0\xbd\xd0\xbe \xd1\x83 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x82\xd1\x96|)"
                R"(\xe8\xaf\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xba\xab\xe4\xbb\xbd\xe4\xb8\x8e\xe8\xaf\x81\xe4\xb9\xa6\xe4\xb8\xad\xe6\xa0\x87\xe8\xaf\x86\xe7\x9a\x84\xe4\xb8\x8d\xe5\x8c\xb9\xe9\x85\x8d|)"
                R"(\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe8\xbe\xa8\xe8\xad\x98\xe8\xba\xab\xe4\xbb\xbd\xe8\x88\x87\xe6\x86\x91\xe8\xad\x89\xe7\x9a\x84\xe8\xbe\xa8\xe8\xad\x98\xe8\xba\xab\xe4\xbb\xbd\xe4\xb8\xa6\xe4\xb8\x8d\xe7\x9b\xb8\xe5\x90\x8c)",
     .reason = "cert_name_mismatch", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Le certificat est pour smtp.example.org, mais la connexion est vers smtp.example.org."},
    // ca Ha fallat la connexió amb ... entrada refusada, cs Připojení k ... selhalo: přihlášení odmítnuto, da Fejl i forbindelsen til ... logind afvist, ...
    {.id = "mua.auth_failed.localized",
     .pattern = R"(Ha fallat la connexi\xc3\xb3 amb.{1,160}entrada refusada|)"
                R"(P\xc5\x99ipojen\xc3\xad k.{1,160}selhalo: p\xc5\x99ihl\xc3\xa1\xc5\xa1en\xc3\xad odm\xc3\xadtnuto|)"
                R"(Fejl i forbindelsen til.{1,160}logind afvist|Verbindung zu.{1,160}schlug fehl: Login abgelehnt|)"
                R"(Fall\xc3\xb3 la conexi\xc3\xb3n con.{1,160}autenticaci\xc3\xb3n rechazada|)"
                R"(Yhdist\xc3\xa4minen kohteeseen.{1,160}ep\xc3\xa4onnistui: kirjautuminen sis\xc3\xa4\xc3\xa4n ei toiminut|)"
                R"(La connexion vers.{1,160}a \xc3\xa9chou\xc3\xa9 : nom d'utilisateur\xc2\xb7rice refus\xc3\xa9|)"
                R"(Kapcsol\xc3\xb3d\xc3\xa1s.{1,160}szerverhez nem siker\xc3\xbclt: bejelentkez\xc3\xa9s elutas\xc3\xadtva|)"
                R"(Connessione con.{1,160}fallita: login rifiutato|)"
                R"(\xe3\x81\xa7\xe3\x81\xaeIMAP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: \xe3\x83\xad\xe3\x82\xb0\xe3\x82\xa4\xe3\x83\xb3\xe3\x81\x8c\xe6\x8b\x92\xe5\x90\xa6\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Oppkobling mot.{1,160}feilet: innlogging avvist|Verbinding maken met.{1,160}mislukt: login geweigerd|)"
                R"(Nie uda\xc5\x82o si\xc4\x99 po\xc5\x82\xc4\x85czy\xc4\x87 z.{1,160}odm\xc3\xb3wiono wej\xc5\x9bcia|)"
                R"(Erro na conex\xc3\xa3o com.{1,160}login recusado|)"
                R"(Conexiunea la.{1,160}a e\xc8\x99uat: autentificarea a fost refuzat\xc4\x83|)"
                R"(\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81.{1,160}\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xbb\xd0\xbe \xd0\xbd\xd0\xb5\xd1\x83\xd0\xb4\xd0\xb0\xd1\x87\xd0\xbd\xd0\xbe: \xd0\xbb\xd0\xbe\xd0\xb3\xd0\xb8\xd0\xbd \xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb3\xd0\xbd\xd1\x83\xd1\x82|)"
                R"(Spojenie k.{1,160}zlyhalo: prihl\xc3\xa1senie odmietnut\xc3\xa9|)"
                R"(Anslutning till.{1,160}misslyckades: inloggning avslogs|)"
                R"(adresine ba\xc4\x9flanma ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu: giri\xc5\x9f reddedildi|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe5\x88\xb0.{1,160}\xe5\xa4\xb1\xe6\x95\x97\xef\xbc\x9a\xe7\x99\xbb\xe5\x85\xa5\xe8\xa2\xab\xe6\x8b\x92\xe7\xb5\x95|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf.{1,160}\xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5: \xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xb1\xcf\x80\xce\xbf\xcf\x81\xcf\x81\xce\xaf\xcf\x86\xce\xb8\xce\xb7\xce\xba\xce\xb5|)"
                R"(Menyambung ke.{1,160}gagal: login ditolak|)"
                R"(\xd0\x90\xd1\x9e\xd1\x82\xd1\x8d\xd0\xbd\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x8f \xd1\x81\xd1\x85\xd1\x96\xd0\xb1\xd1\x96\xd0\xbb\xd0\xb0|)"
                R"(\xd0\xa3\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8f\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb5\xd1\x82\xd0\xbe \xd1\x81\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbb\xd0\xb8|)"
                R"(L'autenticaci\xc3\xb3 ha fallat|Autentizace selhala|Godkendelse mislykkedes|Godkendelsesfejl|)"
                R"(Authentifizierung schlug fehl|Fehler bei Authentisierung|)"
                R"(\xce\x97 \xcf\x80\xce\xb9\xcf\x83\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7 \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(La autenticaci\xc3\xb3n fall\xc3\xb3|La autentificaci\xc3\xb3n fall\xc3\xb3|Egiaztapen hutsegitea|)"
                R"(Autentikointi ep\xc3\xa4onnistui|Tunnistautuminen epa\xcc\x88onnistui|)"
                R"(L'authentification a \xc3\xa9chou\xc3\xa9|)"
                R"(\xd7\x90\xd7\x99\xd7\x9e\xd7\x95\xd7\xaa \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c|Autorizacija nije uspjela|)"
                R"(Az azonos\xc3\xadt\xc3\xa1s nem siker\xc3\xbclt|Autenticazione fallita|)"
                R"(\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Nepavyko patvirtinti autenti\xc5\xa1kumo|Autentisering mislyktes|Authenticatie mislukt|)"
                R"(Identificatie mislukt|Uwierzytelnienie nie powiod\xc5\x82o si\xc4\x99|)"
                R"(B\xc5\x82\xc4\x85d uwierzytelniania|Ocorreu uma falha na autentica\xc3\xa7\xc3\xa3o|)"
                R"(Falha de autentica\xc3\xa7\xc3\xa3o|Autentificarea a e\xc8\x99uat|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(Autentifik\xc3\xa1cia zlyhala|Autentiz\xc3\xa1cia bola ne\xc3\xbaspe\xc5\xa1n\xc3\xa1|)"
                R"(\xd0\x9f\xd1\x80\xd0\xb8\xd1\x98\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xb0|)"
                R"(Autentisering misslyckades|Kimlik do\xc4\x9frulamas\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu|)"
                R"(Yetkilendirme ba\xc5\x9far\xc4\xb1s\xc4\xb1z|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb4\xd0\xb0\xd1\x87\xd0\xb0 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97|)"
                R"(X\xc3\xa1c th\xe1\xbb\xb1c th\xe1\xba\xa5t b\xe1\xba\xa1i|)"
                R"(\xe9\xaa\x8c\xe8\xaf\x81\xe5\xa4\xb1\xe8\xb4\xa5|\xe8\xaa\x8d\xe8\xad\x89\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xce\x97 \xcf\x84\xce\xb1\xcf\x85\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7 \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(Otentifikasi gagal)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "La connexion vers smtp.example.org a \xc3\xa9" "chou\xc3\xa9 : nom d'utilisateur\xc2\xb7rice refus\xc3\xa9.smtp.example.org"},
    // be Злучэнне закрытае аддаленым серверам, bg Връзката е прекратена от отдалечения хост, ca Connexió tancada per la màquina remota, ...
    {.id = "mua.connection_lost.localized",
     .pattern = R"(\xd0\x97\xd0\xbb\xd1\x83\xd1\x87\xd1\x8d\xd0\xbd\xd0\xbd\xd0\xb5 \xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd1\x8b\xd1\x82\xd0\xb0\xd0\xb5 \xd0\xb0\xd0\xb4\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd1\x8b\xd0\xbc \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc|)"
                R"(\xd0\x92\xd1\x80\xd1\x8a\xd0\xb7\xd0\xba\xd0\xb0\xd1\x82\xd0\xb0 \xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xba\xd1\x80\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbd\xd0\xb0 \xd0\xbe\xd1\x82 \xd0\xbe\xd1\x82\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x85\xd0\xbe\xd1\x81\xd1\x82|)"
                R"(Connexi\xc3\xb3 tancada per la m\xc3\xa0quina remota|)"
                R"(P\xc5\x99ipojen\xc3\xad bylo ukon\xc4\x8deno vzd\xc3\xa1len\xc3\xbdm po\xc4\x8d\xc3\xadta\xc4\x8dem|)"
                R"(Spojen\xc3\xad ukon\xc4\x8deno vzd\xc3\xa1len\xc3\xbdm hostitelem|)"
                R"(Forbindelsen lukket af ekstern v\xc3\xa6rt|Verbindung durch Gegenseite getrennt|)"
                R"(Verbindung geschlossen vom Remote-Host|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xad\xce\xba\xce\xbb\xce\xb5\xce\xb9\xcf\x83\xce\xb5 \xce\xb1\xcf\x80\xcf\x8c \xcf\x84\xce\xbf\xce\xbd \xce\xb1\xcf\x80\xce\xbf\xce\xbc\xce\xb1\xce\xba\xcf\x81\xcf\x85\xcf\x83\xce\xbc\xce\xad\xce\xbd\xce\xbf \xcf\x85\xcf\x80\xce\xbf\xce\xbb\xce\xbf\xce\xb3\xce\xb9\xcf\x83\xcf\x84\xce\xae|)"
                R"(Conexi\xc3\xb3n cerrada por la m\xc3\xa1quina remota|Elkarketa hurruneko hostalariak itxita|)"
                R"(Et\xc3\xa4palvelin katkaisi yhteyden|Eta\xcc\x88palvelin sulki yhteyden|)"
                R"(Connexion ferm\xc3\xa9e par l'h\xc3\xb4te distant|)"
                R"(La connexion a \xc3\xa9t\xc3\xa9 ferm\xc3\xa9e par le serveur|)"
                R"(\xd7\x97\xd7\x99\xd7\x91\xd7\x95\xd7\xa8 \xd7\xa0\xd7\xa1\xd7\x92\xd7\xa8 \xd7\xa2\xd7\x9c \xd7\x99\xd7\x93\xd7\x99 \xd7\x9e\xd7\x90\xd7\xa8\xd7\x97 \xd7\x9e\xd7\xa8\xd7\x95\xd7\x97\xd7\xa7|)"
                R"(Vezu je prekinuo doma\xc4\x87in|A t\xc3\xa1voli szerver lez\xc3\xa1rta a kapcsolatot|)"
                R"(A t\xc3\xa1voli f\xc3\xa9l bez\xc3\xa1rta a kapcsolatot|Connessione chiusa dall'host remoto|)"
                R"(\xe3\x83\xaa\xe3\x83\xa2\xe3\x83\xbc\xe3\x83\x88\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8a\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\x8c\xe3\x82\xaf\xe3\x83\xad\xe3\x83\xbc\xe3\x82\xba\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(\xe3\x83\xaa\xe3\x83\xa2\xe3\x83\xbc\xe3\x83\x88\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xab\xe3\x82\x88\xe3\x81\xa3\xe3\x81\xa6\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x82\x92\xe5\x88\x87\xe6\x96\xad\xe3\x81\x95\xe3\x82\x8c\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Prisijungimas u\xc5\xbedarytas nuotolinio serverio|Forbindelsen lukket av nettverksvert|)"
                R"(Verbinding gesloten door de server|Verbinding verbroken door andere computer|)"
                R"(Po\xc5\x82\xc4\x85czenie zosta\xc5\x82o zamkni\xc4\x99te przez zdalnego gospodarza|)"
                R"(Po\xc5\x82\xc4\x85czenie zamkni\xc4\x99te przez zdalny komputer|)"
                R"(A conex\xc3\xa3o foi fechada pelo servidor remoto|Conex\xc3\xa3o finalizada pelo servidor remoto|)"
                R"(Conexiune \xc3\xaenchis\xc4\x83 de serverul de la distan\xc8\x9b\xc4\x83|)"
                R"(\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd1\x91\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xbc \xd1\x83\xd0\xb7\xd0\xbb\xd0\xbe\xd0\xbc|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd1\x8b\xd0\xbb \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5|)"
                R"(Vzdialen\xc3\xbd hostite\xc4\xbe ukon\xc4\x8dil spojenie|)"
                R"(\xd0\x92\xd0\xb5\xd0\xb7\xd0\xb0 \xd1\x98\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xba\xd0\xb8\xd0\xbd\xd1\x83\xd1\x82\xd0\xb0 \xd0\xbe\xd0\xb4 \xd1\x81\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd1\x99\xd0\xb5\xd0\xbd\xd0\xbe\xd0\xb3 \xd0\xb4\xd0\xbe\xd0\xbc\xd0\xb0\xd1\x9b\xd0\xb8\xd0\xbd\xd0\xb0|)"
                R"(Anslutning avslutades av motst\xc3\xa5ende v\xc3\xa4rddator|)"
                R"(Anslutningen st\xc3\xa4ngdes av fj\xc3\xa4rrv\xc3\xa4rden|)"
                R"(Ba\xc4\x9flant\xc4\xb1 kar\xc5\x9f\xc4\xb1 taraftan kesildi|)"
                R"(\xd0\x97'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7\xd0\xb0\xd0\xba\xd1\x80\xd0\xb8\xd1\x82\xd0\xbe \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(K\xe1\xba\xbft n\xe1\xbb\x91i b\xe1\xbb\x8b ng\xe1\xba\xaft b\xe1\xbb\x9fi m\xc3\xa1y t\xe1\xbb\xab xa|)"
                R"(\xe8\xbf\x9c\xe7\xa8\x8b\xe4\xb8\xbb\xe6\x9c\xba\xe5\x85\xb3\xe9\x97\xad\xe4\xba\x86\xe8\xbf\x9e\xe6\x8e\xa5|)"
                R"(\xe9\x81\xa0\xe7\xab\xaf\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe9\x97\x9c\xe9\x96\x89\xe9\x80\xa3\xe7\xb7\x9a|)"
                R"(\xe9\x81\xa0\xe7\xab\xaf\xe4\xb8\xbb\xe6\xa9\x9f\xe9\x97\x9c\xe9\x96\x89\xe9\x80\xa3\xe7\xb7\x9a|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xad\xce\xba\xce\xbb\xce\xb5\xce\xb9\xcf\x83\xce\xb5 \xce\xb1\xcf\x80\xcf\x8c \xcf\x84\xce\xbf\xce\xbd \xce\xb1\xcf\x80\xce\xbf\xce\xbc\xce\xb1\xce\xba\xcf\x81\xcf\x85\xcf\x83\xce\xbc\xce\xad\xce\xbd\xce\xbf host|)"
                R"(Sambungan ditutup oleh remote host|)"
                R"(\xd9\x81\xd9\x8f\xd9\x82\xd8\xaf \xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd9\x91\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf\xd9\x88\xd9\x85|)"
                R"(S'ha perdut la connexi\xc3\xb3 amb el servidor|Spojen\xc3\xad se serverem bylo ztraceno|)"
                R"(Die Verbindung zum Server ist abgebrochen|Perdida la conexi\xc3\xb3n al servidor|)"
                R"(\xc3\x9chendus serveriga katkes|Zerbitzarirako konexioa galdu da|Palvelinyhteys on menetetty|)"
                R"(Interruption de la connexion au serveur|Perdeuse a conexi\xc3\xb3n co servidor|)"
                R"(\xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa5\x87 \xe0\xa4\x95\xe0\xa4\xa8\xe0\xa5\x87\xe0\xa4\x95\xe0\xa5\x8d\xe0\xa4\xb6\xe0\xa4\xa8 \xe0\xa4\x9f\xe0\xa5\x82\xe0\xa4\x9f\xe0\xa4\xbe\xe0\xa5\xa4|)"
                R"(Connessione al server interrotta|)"
                R"(\xe1\x83\xa1\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x90\xe1\x83\x9c \xe1\x83\x99\xe1\x83\x90\xe1\x83\x95\xe1\x83\xa8\xe1\x83\x98\xe1\x83\xa0\xe1\x83\x98 \xe1\x83\x93\xe1\x83\x90\xe1\x83\x99\xe1\x83\x90\xe1\x83\xa0\xe1\x83\x92\xe1\x83\xa3\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90|)"
                R"(\xec\x84\x9c\xeb\xb2\x84\xec\x99\x80\xec\x9d\x98 \xec\x97\xb0\xea\xb2\xb0\xec\x9d\xb4 \xeb\x81\x8a\xec\x96\xb4\xec\xa1\x8c\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Verbinding met server verbroken|Tilkoplinga til tenaren vart avbroten|)"
                R"(Utracono po\xc5\x82\xc4\x85czenie z serwerem|Perdeu-se a liga\xc3\xa7\xc3\xa3o ao servidor|)"
                R"(A conex\xc3\xa3o com o servidor foi perdida|Conexiunea la server a fost pierdut\xc4\x83|)"
                R"(\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd1\x80\xd0\xb0\xd0\xb7\xd0\xbe\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(Spojenie k serveru bolo straten\xc3\xa9|Povezava s stre\xc5\xbenikom je bila prekinjena|)"
                R"(\xd0\x92\xd0\xb5\xd0\xb7\xd0\xb0 \xd1\x81\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd0\xb8\xd0\xb7\xd0\xb3\xd1\x83\xd0\xb1\xd1\x99\xd0\xb5\xd0\xbd\xd0\xb0|)"
                R"(Veza sa serverom izgubljena|Anslutningen till servern f\xc3\xb6rlorad|)"
                R"(\xe0\xae\x9a\xe0\xaf\x87\xe0\xae\xb5\xe0\xaf\x88\xe0\xae\xaf\xe0\xae\x95\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xaf\x81\xe0\xae\x9f\xe0\xae\xa9\xe0\xae\xbe\xe0\xae\xa9 \xe0\xae\x87\xe0\xae\xa3\xe0\xaf\x88\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xaf\x81 \xe0\xae\xae\xe0\xaf\x81\xe0\xae\xb1\xe0\xae\xbf\xe0\xae\xb5\xe0\xae\x9f\xe0\xaf\x88\xe0\xae\xa8\xe0\xaf\x8d\xe0\xae\xa4\xe2\x80\x8d\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(Sunucuya yap\xc4\xb1lan ba\xc4\x9flant\xc4\xb1 koptu|)"
                R"(\xd0\x97\xe2\x80\x99\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc \xd1\x80\xd0\xbe\xd0\xb7\xd1\x96\xd1\x80\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xbe|)"
                R"(\xe4\xb8\x8e\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe4\xb8\xa2\xe5\xa4\xb1|)"
                R"(Connexion a servitor perdite)",
     .reason = "connection_lost", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Connexion ferm\xc3\xa9" "e par l'h\xc3\xb4te distant."},
    // ar خدمة غير متوفرة, ca El servei no està disponible, cs Služba není dostupná, ...
    {.id = "mua.service_not_available.localized",
     .pattern = R"(\xd8\xae\xd8\xaf\xd9\x85\xd8\xa9 \xd8\xba\xd9\x8a\xd8\xb1 \xd9\x85\xd8\xaa\xd9\x88\xd9\x81\xd8\xb1\xd8\xa9|)"
                R"(El servei no est\xc3\xa0 disponible|Slu\xc5\xbeba nen\xc3\xad dostupn\xc3\xa1|)"
                R"(Dienst nicht verf\xc3\xbcgbar|El servicio no est\xc3\xa1 diponible|Teenust ei ole saadaval|)"
                R"(Zerbitzua ez dago erabilgarri|Palvelu ei ole k\xc3\xa4ytett\xc3\xa4viss\xc3\xa4|)"
                R"(Service non disponible|Servizo non dispo\xc3\xb1\xc3\xadbel|)"
                R"(\xe0\xa4\xb8\xe0\xa5\x87\xe0\xa4\xb5\xe0\xa4\xbe \xe0\xa4\x89\xe0\xa4\xaa\xe0\xa4\xb2\xe0\xa4\xac\xe0\xa5\x8d\xe0\xa4\xa7 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82|)"
                R"(Servizio non disponibile|)"
                R"(\xe1\x83\xa1\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x98\xe1\x83\xa1\xe1\x83\x98 \xe1\x83\xae\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x9b\xe1\x83\x98\xe1\x83\xa3\xe1\x83\xac\xe1\x83\x95\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90|)"
                R"(\xec\x84\x9c\xeb\xb9\x84\xec\x8a\xa4\xeb\xa5\xbc \xec\x82\xac\xec\x9a\xa9\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Service niet beschikbaar|Tenesta ikkje tilgjengeleg|Us\xc5\x82uga niedost\xc4\x99pna|)"
                R"(Servi\xc3\xa7o n\xc3\xa3o dispon\xc3\xadvel|Serviciul nu e disponibil|)"
                R"(\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb8\xd1\x81 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd0\xb5\xd0\xbd|)"
                R"(Slu\xc5\xbeba nie je k dispoz\xc3\xadcii|Storitev ni na voljo|Tj\xc3\xa4nst ej tillg\xc3\xa4nglig|)"
                R"(\xe0\xae\x9a\xe0\xaf\x87\xe0\xae\xb5\xe0\xaf\x88 \xe0\xae\x95\xe0\xae\xbf\xe0\xae\x9f\xe0\xaf\x88\xe0\xae\x95\xe0\xaf\x8d\xe0\xae\x95\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb2\xe0\xaf\x88|)"
                R"(Hizmet kullan\xc4\xb1lam\xc4\xb1yor|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0\xd1\x94 \xd0\xb4\xd0\xbe\xd1\x81\xd1\x82\xd1\x83\xd0\xbf\xd1\x83 \xd0\xb4\xd0\xbe \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb1\xd0\xb8|)"
                R"(\xe6\x9c\x8d\xe5\x8a\xa1\xe4\xb8\x8d\xe5\x8f\xaf\xe7\x94\xa8|Servicio non disponibile)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "Service non disponible"},
    // ar فشل الولوج، تعذّر تمهيد مكتبة SASL, ca Ha fallat l'inici de la sessió, no s'ha pogut inicialitzar la biblioteca SASL, ca@valencia No s'ha pogut fer l'inici de la sessió, no s'ha pogut restablir la biblioteca SASL, ...
    {.id = "mua.no_sasl.localized",
     .pattern = R"(\xd9\x81\xd8\xb4\xd9\x84 \xd8\xa7\xd9\x84\xd9\x88\xd9\x84\xd9\x88\xd8\xac\xd8\x8c \xd8\xaa\xd8\xb9\xd8\xb0\xd9\x91\xd8\xb1 \xd8\xaa\xd9\x85\xd9\x87\xd9\x8a\xd8\xaf \xd9\x85\xd9\x83\xd8\xaa\xd8\xa8\xd8\xa9 SASL|)"
                R"(Ha fallat l'inici de la sessi\xc3\xb3, no s'ha pogut inicialitzar la biblioteca SASL|)"
                R"(No s'ha pogut fer l'inici de la sessi\xc3\xb3, no s'ha pogut restablir la biblioteca SASL|)"
                R"(P\xc5\x99ihl\xc3\xa1\xc5\xa1en\xc3\xad selhalo, nelze inicializovat knihovnu SASL|)"
                R"(Anmeldung fehlgeschlagen, die SASL-Bibliothek kann nicht initialisiert werden|)"
                R"(Login failed, cannot initialise the SASL library|)"
                R"(El inicio de sesi\xc3\xb3n ha fallado: no se puede inicializar la biblioteca SASL|)"
                R"(Sisselogimine nurjus, SASL teeki ei \xc3\xb5nnestunud initsialiseerida|)"
                R"(Saio-hastea huts egin du, ezin du SASL liburutegia hasieratu|)"
                R"(Kirjautuminen ep\xc3\xa4onnistui: SASL-kirjastoa ei voi alustaa|)"
                R"(La connexion a \xc3\xa9chou\xc3\xa9, impossible d'initialiser la biblioth\xc3\xa8que.{1,160}SASL|)"
                R"(O acceso fallou, non se pode inicializar a biblioteca SASL|)"
                R"(\xe0\xa4\xb2\xe0\xa5\x89\xe0\xa4\x97\xe0\xa4\x87\xe0\xa4\xa8 \xe0\xa4\x85\xe0\xa4\xb8\xe0\xa4\xab\xe0\xa4\xb2, \xe0\xa4\x8f\xe0\xa4\xb8\xe0\xa4\x8f\xe0\xa4\x8f\xe0\xa4\xb8\xe0\xa4\x8f\xe0\xa4\xb2 \xe0\xa4\xb2\xe0\xa4\xbe\xe0\xa4\x87\xe0\xa4\xac\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xb0\xe0\xa5\x80 \xe0\xa4\x95\xe0\xa5\x8b \xe0\xa4\x86\xe0\xa4\xaf\xe0\xa5\x8b\xe0\xa4\x9c\xe0\xa4\xbf\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xb9\xe0\xa5\x80\xe0\xa4\x82 \xe0\xa4\x95\xe0\xa4\xb0 \xe0\xa4\xb8\xe0\xa4\x95\xe0\xa5\x87|)"
                R"(Accesso non riuscito, impossibile inizializzare la libreria SASL|)"
                R"(\xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa1\xe1\x83\x95\xe1\x83\x9a\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90\. SAS \xe1\x83\x91\xe1\x83\x98\xe1\x83\x91\xe1\x83\x98\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x9d\xe1\x83\x97\xe1\x83\x94\xe1\x83\x99\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\x98\xe1\x83\x9c\xe1\x83\x98\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x90\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x96\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x90 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xa3\xe1\x83\xab\xe1\x83\x9a\xe1\x83\x94\xe1\x83\x91\xe1\x83\x94\xe1\x83\x9a\xe1\x83\x98\xe1\x83\x90|)"
                R"(\xeb\xa1\x9c\xea\xb7\xb8\xec\x9d\xb8 \xec\x8b\xa4\xed\x8c\xa8, SASL \xeb\x9d\xbc\xec\x9d\xb4\xeb\xb8\x8c\xeb\x9f\xac\xeb\xa6\xac\xeb\xa5\xbc \xec\xb4\x88\xea\xb8\xb0\xed\x99\x94\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x9d\x8c|)"
                R"(Aanmelden is mislukt, kan de SASL bibliotheek niet initialiseren|)"
                R"(Innlogginga var mislukka\. Klarte ikkje starta SASL-biblioteket|)"
                R"(Logowanie nie powiod\xc5\x82o si\xc4\x99, nie mo\xc5\xbcna zainicjowa\xc4\x87 biblioteki SASL|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel autenticar-se\; n\xc3\xa3o \xc3\xa9 poss\xc3\xadvel inicializar a biblioteca de SASL|)"
                R"(A autentica\xc3\xa7\xc3\xa3o falhou porque n\xc3\xa3o \xc3\xa9 poss\xc3\xadvel inicializar a biblioteca SASL|)"
                R"(Autentificare e\xc8\x99uat\xc4\x83, biblioteca SASL nu poate fi ini\xc8\x9bializat\xc4\x83|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb2\xd1\x85\xd0\xbe\xd0\xb4\xd0\xb0: \xd0\xbd\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xb8\xd0\xbd\xd0\xb8\xd1\x86\xd0\xb8\xd0\xb0\xd0\xbb\xd0\xb8\xd0\xb7\xd0\xb8\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd1\x82\xd1\x8c \xd0\xb1\xd0\xb8\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xbe\xd1\x82\xd0\xb5\xd0\xba\xd1\x83 SASL|)"
                R"(Prihl\xc3\xa1senie zlyhalo, nem\xc3\xb4\xc5\xbeem inicializova\xc5\xa5 kni\xc5\xbenicu SASL|)"
                R"(Prijava ni uspela, saj ni mogo\xc4\x8de inicializirati knji\xc5\xbenice SASL|)"
                R"(\xd0\x9f\xd1\x80\xd0\xb8\xd1\x98\xd0\xb0\xd0\xb2\xd1\x99\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xbf\xd0\xb0\xd0\xbb\xd0\xbe, \xd0\xbd\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8\xd0\xbf\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb8\xd0\xbc \xd0\xa1\xd0\x90\xd0\xa1\xd0\x9b \xd0\xb1\xd0\xb8\xd0\xb1\xd0\xbb\xd0\xb8\xd0\xbe\xd1\x82\xd0\xb5\xd0\xba\xd1\x83|)"
                R"(Prijavljivanje propalo, ne mogu da pripremim SASL biblioteku|)"
                R"(Inloggning misslyckades, kan inte initiera SASL-biblioteket|)"
                R"(Oturum a\xc3\xa7ma ba\xc5\x9far\xc4\xb1s\xc4\xb1z, SASL kitapl\xc4\xb1\xc4\x9f\xc4\xb1 ba\xc5\x9flat\xc4\xb1lam\xc4\xb1yor|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd1\x83\xd0\xb2\xd1\x96\xd0\xb9\xd1\x82\xd0\xb8 \xd1\x87\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb7 \xd0\xbd\xd0\xb5\xd0\xbc\xd0\xbe\xd0\xb6\xd0\xbb\xd0\xb8\xd0\xb2\xd1\x96\xd1\x81\xd1\x82\xd1\x8c \xd1\x96\xd0\xbd\xd1\x96\xd1\x86\xd1\x96\xd0\xb0\xd0\xbb\xd1\x96\xd0\xb7\xd1\x83\xd0\xb2\xd0\xb0\xd1\x82\xd0\xb8 \xd0\xb1\xd1\x96\xd0\xb1\xd0\xbb\xd1\x96\xd0\xbe\xd1\x82\xd0\xb5\xd0\xba\xd1\x83 SASL|)"
                R"(\xe7\x99\xbb\xe5\xbd\x95\xe5\xa4\xb1\xe8\xb4\xa5\xef\xbc\x8c\xe6\x97\xa0\xe6\xb3\x95\xe5\x88\x9d\xe5\xa7\x8b\xe5\x8c\x96 SASL \xe5\xba\x93|)"
                R"(Accesso de authentication falleva, nonpote initializar le bibliotheca de SASL)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "La connexion a \xc3\xa9" "chou\xc3\xa9, impossible d'initialiser la biblioth\xc3\xa8que \xc2\xab\xc2\xa0SASL\xc2\xa0\xc2\xbb"},
    // ca connexió fallida, cs spojení selhalo, da forbindelsesfejl, ...
    {.id = "mua.connect_failed.localized",
     .pattern = R"(connexi\xc3\xb3 fallida|spojen\xc3\xad selhalo|forbindelsesfejl|Verbindung schlug fehl|)"
                R"(la conexi\xc3\xb3n ha fallado|yhteys ep\xc3\xa4onnistui|la connexion a \xc3\xa9chou\xc3\xa9|)"
                R"(akapcsol\xc3\xb3d\xc3\xa1s sikertelen|connessione fallita|)"
                R"(\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(forbindelsesfeil|verbinding maken mislukt|po\xc5\x82\xc4\x85czenie nieudane|falha na conex\xc3\xa3o|)"
                R"(conexiunea a e\xc8\x99uat|)"
                R"(\xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f|)"
                R"(spojenie zlyhalo|Anslutning misslyckades|ba\xc4\x9flant\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(sambungan gagal|)"
                R"(\xd0\x97\xd0\xbb\xd1\x83\xd1\x87\xd1\x8d\xd0\xbd\xd0\xbd\xd0\xb5 \xd0\xb7.{1,160}\xd0\xbd\xd0\xb5 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8f|)"
                R"(La connexi\xc3\xb3 amb.{1,160}ha fallat|P\xc5\x99ipojen\xc3\xad k.{1,160}selhalo|)"
                R"(Forbindelsen til.{1,160}mislykkedes|Verbindung zu.{1,160}schlug fehl|)"
                R"(Ha fallado la conexi\xc3\xb3n con|Conexi\xc3\xb3n con.{1,160}fallida|)"
                R"(Hutsegitea.{1,160}-ra elkarketatzerakoan|Yhdist\xc3\xa4minen kohteeseen.{1,160}ep\xc3\xa4onnistui|)"
                R"(La connexion vers.{1,160}a \xc3\xa9chou\xc3\xa9|La connexion \xc3\xa0.{1,160}a \xc3\xa9chou\xc3\xa9|)"
                R"(\xd7\x97\xd7\x99\xd7\x91\xd7\x95\xd7\xa8 \xd7\x90\xd7\x9c.{1,160}\xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c|)"
                R"(Veza s.{1,160}nije uspjela|Kapcsol\xc3\xb3d\xc3\xa1s sikertelen|)"
                R"(A kapcsol\xc3\xb3d\xc3\xa1s nem siker\xc3\xbclt ide|Connessione con.{1,160}fallita|)"
                R"(\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Forbindelse til.{1,160}mislyktes|Verbinding maken met.{1,160}mislukt|)"
                R"(Nie uda\xc5\x82o si\xc4\x99 nawi\xc4\x85za\xc4\x87 po\xc5\x82\xc4\x85czenia z|)"
                R"(Ocorreu uma falha na conex\xc3\xa3o com|Falha na conex\xc3\xa3o \xc3\xa0|)"
                R"(Conexiunea la.{1,160}a e\xc8\x99uat|)"
                R"(\xd0\xa1\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5 \xd1\x81.{1,160}\xd0\xbf\xd1\x80\xd0\xbe\xd1\x88\xd0\xbb\xd0\xbe \xd0\xbd\xd0\xb5\xd1\x83\xd0\xb4\xd0\xb0\xd1\x87\xd0\xbd\xd0\xbe|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81|)"
                R"(Spojenie k.{1,160}zlyhalo|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd1\x81\xd0\xb0.{1,160}\xd0\xbd\xd0\xb8\xd1\x98\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbb\xd0\xbe|)"
                R"(Anslutning till.{1,160}misslyckades|)"
                R"(ba\xc4\x9flant\xc4\xb1s\xc4\xb1 ba\xc5\x9far\xc4\xb1s\xc4\xb1z oldu|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd0\xb7|)"
                R"(\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3.{1,160}\xe5\xa4\xb1\xe6\x95\x97|)"
                R"(\xce\x97 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xcf\x83\xcf\x84\xce\xbf.{1,160}\xce\xb1\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5|)"
                R"(Sambungan ke.{1,160}gagal|Error de s\xc3\xb2col connectant amb|)"
                R"(Chyba socketu v p\xc5\x99ipojen\xc3\xad k|Sokkelfejl ved forbindelse til|)"
                R"(Socket-Fehler beim Verbinden mit|Error de conector conectando con|Sokettivirhe yhteydess\xc3\xa4|)"
                R"(Erreur de socket lors de la connexion vers|)"
                R"(Socket hiba a kapcsolat l\xc3\xa9tes\xc3\xadt\xc3\xa9sekor|)"
                R"(Errore del socket durante la connessione con|)"
                R"(\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe4\xb8\xad\xe3\x81\xab\xe3\x82\xbd\xe3\x82\xb1\xe3\x83\x83\xe3\x83\x88\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc|)"
                R"(Socket-feil ved oppkobling til|Socket-fout bij verbinding met|)"
                R"(B\xc5\x82\xc4\x85d gniazda podczas po\xc5\x82\xc4\x85czenia z|Erro de socket na conex\xc3\xa3o com|)"
                R"(Eroare de socket la conectarea la|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd1\x81\xd0\xbe\xd0\xba\xd0\xb5\xd1\x82\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb8 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb8 \xd1\x81|)"
                R"(Chyba soketu pri pripojen\xc3\xad k|Socket-fel p\xc3\xa5 anslutning till|)"
                R"(ba\xc4\x9flant\xc4\xb1s\xc4\xb1nda soket hatas\xc4\xb1 meydana geldi|)"
                R"(\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3.{1,160}\xe6\x99\x82\xe9\x80\x9a\xe8\xa8\x8a\xe9\x8c\xaf\xe8\xaa\xa4|)"
                R"(\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 socket \xcf\x83\xcf\x84\xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xcf\x83\xce\xb5|)"
                R"(Soket mengalami kesalahan saat menyambung ke|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbb\xd1\x8c\xd0\xb3\xd0\xb0 \xd0\xb7\xd0\xbb\xd1\x83\xd1\x87\xd1\x8b\xd1\x86\xd1\x86\xd0\xb0 \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc SMTP|)"
                R"(Nelze se spojit se serverem SMTP|Keine Verbindung zum SMTP-Server|)"
                R"(No se puede conectar con el servidor SMTP|Ezin da SMTP zerbitzarira elkarketatu|)"
                R"(SMTP-palvelimeen ei voida yhdista\xcc\x88a\xcc\x88|Impossible de se connecter au serveur SMTP|)"
                R"(\xd7\x9c\xd7\x90 \xd7\x9e\xd7\xa1\xd7\x95\xd7\x92\xd7\x9c \xd7\x9c\xd7\xa7\xd7\xa9\xd7\xa8 \xd7\x90\xd7\x9c \xd7\xa9\xd7\xa8\xd7\xaa SMTP|)"
                R"(Ne mogu se povezati s SMTP poslu\xc5\xbeiteljem|Nem lehet csatlakozni az SMTP szerverhez|)"
                R"(SMTP\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90.{1,160}\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(Kan niet verbinden met de SMTP-server|)"
                R"(Nie uda\xc5\x82o si\xc4\x99 po\xc5\x82\xc4\x85czy\xc4\x87 z serwerem SMTP|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel conectar ao servidor SMTP|)"
                R"(Nu se poate efectua conexiunea la serverul SMTP|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc SMTP|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbe \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb6\xd0\xb5\xd0\xbc \xd1\x81\xd0\xb0 \xd0\xa1\xd0\x9c\xd0\x9f\xd0\xa2 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb8\xd1\x82\xd0\xb5\xd1\x99\xd0\xb5\xd0\xbc|)"
                R"(Kan inte ansluta till SMTP-server|SMTP sunucusuna ba\xc4\x9flant\xc4\xb1 yap\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd1\x96\xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc SMTP|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5SMTP\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\xa3\xe7\xb7\x9a\xe5\x88\xb0 SMTP \xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8|)"
                R"(Verbindung zum SMTP-Server nicht m\xc3\xb6glich|)"
                R"(SMTP\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel conectar ao SMTP|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x88\xb0 SMTP \xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8|)"
                R"(\xd0\x9d\xd0\xb5\xd0\xbc\xd0\xb0\xd0\xb3\xd1\x87\xd1\x8b\xd0\xbc\xd0\xb0 \xd1\x83\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xb0\xd0\xb2\xd1\x96\xd1\x86\xd1\x8c \xd0\xb7\xd0\xbb\xd1\x83\xd1\x87\xd1\x8d\xd0\xbd\xd0\xbd\xd0\xb5 \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc|)"
                R"(Se serverem nelze nav\xc3\xa1zat spojen\xc3\xad|Konnte keine Server-Verbindung herstellen|)"
                R"(No se pudo establecer una conexi\xc3\xb3n con el servidor|)"
                R"(Ezinezkoa elkarketa bat ezartzea zerbitzariarekin|Palvelimeen ei saatu luoduksi yhteytt\xc3\xa4|)"
                R"(Impossible de se connecter au serveur|)"
                R"(\xd7\x9c\xd7\x90 \xd7\x94\xd7\x99\xd7\xaa\xd7\x94 \xd7\x90\xd7\xa4\xd7\xa9\xd7\xa8\xd7\x95\xd7\xaa \xd7\x9c\xd7\x91\xd7\xa1\xd7\xa1 \xd7\x97\xd7\x99\xd7\x91\xd7\x95\xd7\xa8 \xd7\x90\xd7\x9c \xd7\x94\xd7\xa9\xd7\xa8\xd7\xaa|)"
                R"(Ne mogu se povezati s poslu\xc5\xbeiteljem|)"
                R"(Nem lehet kapcsolatot l\xc3\xa9tes\xc3\xadteni a szerverrel|)"
                R"(\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x81\xab\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93\xe3\x81\xa7\xe3\x81\x97\xe3\x81\x9f|)"
                R"(Kan gaan sessie opzetten met de IMAP4 server|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel estabelecer uma conex\xc3\xa3o com o servidor|)"
                R"(Nu s-a putut stabili o conexiune la server|)"
                R"(\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xba \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd1\x83|)"
                R"(\xd0\x9d\xd0\xb8\xd1\x81\xd0\xb0\xd0\xbc \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xbe \xd0\xb4\xd0\xb0 \xd0\xbe\xd1\x81\xd1\x82\xd0\xb2\xd0\xb0\xd1\x80\xd0\xb8\xd0\xbc \xd0\xb2\xd0\xb5\xd0\xb7\xd1\x83 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xbc\xd0\xb0 \xd1\x81\xd0\xbb\xd1\x83\xd0\xb6\xd0\xb8\xd1\x82\xd0\xb5\xd1\x99\xd1\x83|)"
                R"(Kunde inte etablera en anslutning till servern|Sunucuyla ba\xc4\x9flant\xc4\xb1 kurulamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f \xd1\x96\xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe5\x88\x9b\xe5\xbb\xba\xe5\x88\xb0\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe7\x9a\x84\xe8\xbf\x9e\xe6\x8e\xa5|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe5\xbb\xba\xe7\xab\x8b\xe5\x88\xb0\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe7\x9a\x84\xe9\x80\xa3\xe7\xb7\x9a|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8f \xd0\xb7\xd0\xbb\xd1\x83\xd1\x87\xd1\x8b\xd1\x86\xd1\x86\xd0\xb0, \xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xb5\xd1\x80\xd1\x86\xd0\xb5 \xd1\x81\xd0\xb5\xd1\x82\xd0\xba\xd1\x83|)"
                R"(No s'ha pogut fer la connexi\xc3\xb3, comproveu la vostra xarxa|)"
                R"(Nelze se p\xc5\x99ipojit, zkontrolujte svoji s\xc3\xad\xc5\xa5|)"
                R"(Kunne ikke forbinde, tjek dit netv\xc3\xa6rk|)"
                R"(Verbindung konnte nicht hergestellt werden, pr\xc3\xbcfen Sie Ihr Netzwerk|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82, \xce\xb5\xce\xbb\xce\xad\xce\xb3\xce\xbe\xcf\x84\xce\xb5 \xcf\x84\xce\xbf \xce\xb4\xce\xaf\xce\xba\xcf\x84\xcf\x85\xcf\x8c \xcf\x83\xce\xb1\xcf\x82|)"
                R"(No se ha podido conectar, compruebe su conexi\xc3\xb3n|Ezin da konektatu, egiaztatu zure sarea|)"
                R"(\xd9\x86\xd8\xaa\xd9\x88\xd8\xa7\xd9\x86\xd8\xb3\xd8\xaa \xd9\x88\xd8\xb5\xd9\x84 \xd8\xb4\xd9\x88\xd8\xaf\. \xd8\xb4\xd8\xa8\xda\xa9\xd9\x87\xe2\x80\x8c\xd8\xaa\xd8\xa7\xd9\x86 \xd8\xb1\xd8\xa7 \xd8\xa8\xd8\xb1\xd8\xb1\xd8\xb3\xdb\x8c \xda\xa9\xd9\x86\xdb\x8c\xd8\xaf|)"
                R"(Yhdist\xc3\xa4minen ei onnistu, tarkista verkkoyhteytesi|)"
                R"(Connexion impossible, v\xc3\xa9rifiez votre r\xc3\xa9seau|)"
                R"(Impussibil conetisi, controle la t\xc3\xb4 r\xc3\xaat|)"
                R"(\xd7\x9c\xd7\x90 \xd7\xa0\xd7\x99\xd7\xaa\xd7\x9f \xd7\x9c\xd7\x94\xd7\xaa\xd7\x97\xd7\x91\xd7\xa8, \xd7\x99\xd7\xa9 \xd7\x9c\xd7\x91\xd7\x93\xd7\x95\xd7\xa7 \xd7\x90\xd7\xaa \xd7\x94\xd7\xa8\xd7\xa9\xd7\xaa \xd7\xa9\xd7\x9c\xd7\x9a|)"
                R"(Nemogu\xc4\x87e povezivanje, provjerite svoju mre\xc5\xbeu|)"
                R"(Nem siker\xc3\xbclt kapcsol\xc3\xb3dni, ellen\xc5\x91rizze a h\xc3\xa1l\xc3\xb3zatot|)"
                R"(Tidak bisa menyambung, periksalah jaringan Anda|Impossibile connettersi, controllare la rete|)"
                R"(\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f\xe3\x81\x9f\xe3\x82\x81\xe3\x80\x81\xe3\x83\x8d\xe3\x83\x83\xe3\x83\x88\xe3\x83\xaf\xe3\x83\xbc\xe3\x82\xaf\xe3\x82\x92\xe7\xa2\xba\xe8\xaa\x8d\xe3\x81\x97\xe3\x81\xa6\xe3\x81\x8f\xe3\x81\xa0\xe3\x81\x95\xe3\x81\x84|)"
                R"(Kon geen verbinding maken, controleer uw netwerkverbinding|)"
                R"(Nie mo\xc5\xbcna si\xc4\x99 po\xc5\x82\xc4\x85czy\xc4\x87, prosz\xc4\x99 sprawdzi\xc4\x87 sie\xc4\x87|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel conectar, verifique a liga\xc3\xa7\xc3\xa3o \xc3\xa0 rede|)"
                R"(N\xc3\xa3o foi poss\xc3\xadvel conectar, verifique sua rede|)"
                R"(Nu s-a putut conecta, verifica\xc8\x9bi re\xc8\x9beaua|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f, \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd1\x8c\xd1\x82\xd0\xb5 \xd1\x81\xd0\xb2\xd0\xbe\xd1\x8e \xd1\x81\xd0\xb5\xd1\x82\xd1\x8c|)"
                R"(Nepodarilo sa pripoji\xc5\xa5, skontrolujte va\xc5\xa1u sie\xc5\xa5|)"
                R"(Ni mogo\xc4\x8de vzpostaviti povezave\. Preverite omre\xc5\xbene nastavitve|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb6\xd0\xb5\xd0\xbc, \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8\xd1\x82\xd0\xb5 \xd0\xb2\xd0\xb0\xd1\x88\xd1\x83 \xd0\xbc\xd1\x80\xd0\xb5\xd0\xb6\xd1\x83|)"
                R"(Det gick inte att ansluta, kontrollera ditt n\xc3\xa4tverk|)"
                R"(Ba\xc4\x9flanamad\xc4\xb1, a\xc4\x9f\xc4\xb1n\xc4\xb1z\xc4\xb1 g\xc3\xb6zden ge\xc3\xa7irin|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb2\xd1\x81\xd1\x82\xd0\xb0\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb8 \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8f\. \xd0\x9f\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb2\xd1\x96\xd1\x80\xd1\x82\xd0\xb5, \xd1\x87\xd0\xb8 \xd0\xbf\xd1\x80\xd0\xb0\xd1\x86\xd0\xb5\xd0\xb7\xd0\xb4\xd0\xb0\xd1\x82\xd0\xbd\xd0\xb0 \xd0\xbc\xd0\xb5\xd1\x80\xd0\xb5\xd0\xb6\xd0\xb0|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5\xef\xbc\x8c\xe8\xaf\xb7\xe6\xa3\x80\xe6\x9f\xa5\xe6\x82\xa8\xe7\x9a\x84\xe7\xbd\x91\xe7\xbb\x9c\xe8\xbf\x9e\xe6\x8e\xa5|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\xa3\xe4\xb8\x8a\xef\xbc\x8c\xe8\xab\x8b\xe6\xaa\xa2\xe6\x9f\xa5\xe6\x82\xa8\xe7\x9a\x84\xe7\xb6\xb2\xe8\xb7\xaf|)"
                R"(No s'ha pogut connectar a|Nelze se p\xc5\x99ipojit k|Kunne ikke tilslutte til|)"
                R"(Verbindung mit.{1,160}ist gescheitert|)"
                R"(\xce\x91\xce\xb4\xcf\x85\xce\xbd\xce\xb1\xce\xbc\xce\xaf\xce\xb1 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7\xcf\x82 \xcf\x83\xcf\x84\xce\xbf|)"
                R"(Ne eblas konekti al|No se pudo conectar a|Ezin da.{1,160}r\)ekin konektatu|)"
                R"(\xd9\x86\xd8\xa7\xd8\xaa\xd9\x88\xd8\xa7\xd9\x86 \xd8\xaf\xd8\xb1 \xd9\x88\xd8\xb5\xd9\x84 \xd8\xb4\xd8\xaf\xd9\x86 \xd8\xa8\xd9\x87|)"
                R"(Ei voitu muodostaa yhteytt\xc3\xa4 kohteeseen|Impossible de se connecter \xc3\xa0|)"
                R"(Impussibil tac\xc3\xa2si a|Non foi pos\xc3\xadbel conectarse a|Nemogu\xc4\x87e povezivanje s|)"
                R"(Nem lehet kapcsol\xc3\xb3dni a k\xc3\xb6vetkez\xc5\x91h\xc3\xb6z|Tidak bisa menyambung ke|)"
                R"(Impossibile connettersi a|)"
                R"(\xec\x97\x90 \xec\x97\xb0\xea\xb2\xb0\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(Nepavyko prisijungti prie|Nevar\xc4\x93ja savienoties ar|)"
                R"(-\xe0\xb4\xb2\xe0\xb5\x87\xe0\xb4\x95\xe0\xb5\x8d\xe0\xb4\x95\xe0\xb5\x8d \xe0\xb4\x95\xe0\xb4\xa3\xe0\xb4\x95\xe0\xb5\x8d\xe0\xb4\x9f\xe0\xb5\x8d \xe0\xb4\x9a\xe0\xb5\x86\xe0\xb4\xaf\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb5\x81\xe0\xb4\xb5\xe0\xb4\xbe\xe0\xb4\xa8\xe0\xb5\x8d\xe2\x80\x8d \xe0\xb4\xb8\xe0\xb4\xbe\xe0\xb4\xa7\xe0\xb5\x8d\xe0\xb4\xaf\xe0\xb4\xae\xe0\xb4\xb2\xe0\xb5\x8d\xe0\xb4\xb2|)"
                R"(Tidak boleh bersambung dengan|Kunne ikke koble til|Kon niet verbinden met|)"
                R"(Impossible de se connectar a|Nie mo\xc5\xbcna po\xc5\x82\xc4\x85czy\xc4\x87 z|)"
                R"(Imposs\xc3\xadvel ligar a|N\xc3\xa3o \xc3\xa9 poss\xc3\xadvel conectar-se a|)"
                R"(Nu s-a putut realiza conexiunea la|)"
                R"(\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8c \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb8\xd1\x82\xd1\x8c\xd1\x81\xd1\x8f \xd0\xba|)"
                R"(Ned\xc3\xa1 sa pripoji\xc5\xa5 k|Ni mogo\xc4\x8de vzpostaviti povezave z|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xbc\xd0\xbe\xd0\xb3\xd1\x83 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb6\xd0\xb5\xd0\xbc \xd0\xbd\xd0\xb0|)"
                R"(Ne mogu da se pove\xc5\xbeem na|Kunde inte ansluta till|e ba\xc4\x9flan\xc4\xb1lamad\xc4\xb1|)"
                R"(\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8c \xd0\xb7|)"
                R"(\xe6\x97\xa0\xe6\xb3\x95\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x88\xb0|)"
                R"(\xe7\x84\xa1\xe6\xb3\x95\xe9\x80\xa3\xe7\xb7\x9a\xe8\x87\xb3)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "smtp.example.org:smtp.example.org : la connexion a \xc3\xa9" "chou\xc3\xa9 (smtp.example.org)."},

    // --- Roundcube's sending errors in other languages ------------------------------------------------
    // The webmail shows its SMTP errors in the user's language ("SMTP Fehler (535): Die Authentisierung
    // ist fehlgeschlagen."), the text users paste into tickets; its own log stays English, which the
    // rules above read. Written by corpora/gen/roundcube_localized.py from its localization files
    // (Debian 12's roundcube-core 1.6.5); ".{1,160}" stands for a placeholder (the code, the limit).
    // ar خطأ SMTP ... تعذر الاتصال بالخادم, ast Fallu SMTP ... Fallu de conexón col sirvidor, az_AZ SMTP Error ... Serverlə bağlantı alınmadı, ...
    {.id = "roundcube.connect_failed.localized",
     .pattern = R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP.{1,160}\xd8\xaa\xd8\xb9\xd8\xb0\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf\xd9\x85|)"
                R"(Fallu SMTP.{1,160}Fallu de conex\xc3\xb3n col sirvidor|)"
                R"(SMTP Error.{1,160}Serverl\xc9\x99 ba\xc4\x9flant\xc4\xb1 al\xc4\xb1nmad\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP.{1,160}\xd0\x9d\xd0\xb5 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8f \xd0\xb7\xd0\xbb\xd1\x83\xd1\x87\xd1\x8b\xd1\x86\xd1\x86\xd0\xb0 \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0\xd0\xbc|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0.{1,160}\xd0\x9d\xd1\x8f\xd0\xbc\xd0\xb0 \xd0\xb2\xd1\x80\xd1\x8a\xd0\xb7\xd0\xba\xd0\xb0 \xd1\x81\xd1\x8a\xd1\x81 \xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb0|)"
                R"(Fazi SMTP.{1,160}c'hwitadenn en ur gennaska\xc3\xb1 d'an dafariad|)"
                R"(SMTP gre\xc5\xa1ka.{1,160}Veza sa serverom nije uspostavljena|)"
                R"(Error SMTP.{1,160}La connexi\xc3\xb3 al servidor ha fallat|)"
                R"(Chyba SMTP.{1,160}P\xc5\x99ipojen\xc3\xad k serveru selhalo|)"
                R"(Gwall SMTP.{1,160}Methwyd cysylltu a'r gweinydd|SMTP-fejl.{1,160}Forbindelsen til serveren afbrudt|)"
                R"(SMTP Fehler.{1,160}Die Verbindung ist fehlgeschlagen|)"
                R"(\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 SMTP.{1,160}\xce\x91\xcf\x80\xce\xad\xcf\x84\xcf\x85\xcf\x87\xce\xb5 \xce\xb7 \xcf\x83\xcf\x8d\xce\xbd\xce\xb4\xce\xb5\xcf\x83\xce\xb7 \xce\xbc\xce\xb5 \xcf\x84\xce\xbf\xce\xbd \xce\xb5\xce\xbe\xcf\x85\xcf\x80\xce\xb7\xcf\x81\xce\xb5\xcf\x84\xce\xb7\xcf\x84\xce\xae|)"
                R"(Error SMTP.{1,160}Ha fallado la conexi\xc3\xb3n con el servidor|)"
                R"(Error SMTP.{1,160}Conexi\xc3\xb3n al servidor fall\xc3\xb3|)"
                R"(Error SMTP.{1,160}Ha fallado la conexi\xc3\xb3n al servidor|)"
                R"(SMTP t\xc3\xb5rge.{1,160}serveriga \xc3\xbchendumine nurjus|)"
                R"(SMTP errorea.{1,160}Zerbitzariarekiko konexioak huts egin du|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP.{1,160}\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd9\x87 \xd8\xb3\xd8\xb1\xd9\x88\xd8\xb1 \xd9\x86\xd8\xa7\xd9\x85\xd9\x88\xd9\x81\xd9\x82 \xd8\xa8\xd9\x88\xd8\xaf|)"
                R"(SMTP-virhe.{1,160}Palvelimelle yhdist\xc3\xa4minen ep\xc3\xa4onnistui|)"
                R"(SMTP Feilur.{1,160}Samband til ambatara rigga\xc3\xb0i ikki|)"
                R"(Erreur SMTP.{1,160}\xc3\xa9chec de connexion au serveur|)"
                R"(SMTP Flater.{1,160}Ferbining mei tsjinner mislearre|)"
                R"(Bot\xc3\xban SMTP.{1,160}Theip ar an nasc leis an bhfreastala\xc3\xad|)"
                R"(Erro SMTP.{1,160}Fallou a conexi\xc3\xb3n co servidor|)"
                R"(SMTP.{1,160}\xd7\x90\xd7\x91\xd7\x93 \xd7\x94\xd7\xa7\xd7\xa9\xd7\xa8 \xd7\x9c\xd7\xa9\xd7\xa8\xd7\xaa|)"
                R"(SMTP gre\xc5\xa1ka.{1,160}Povezivanje na poslu\xc5\xbeitelj nije uspjelo|)"
                R"(SMTP hiba.{1,160}Sikertelen kapcsol\xc3\xb3d\xc3\xa1s a szerverhez|)"
                R"(SMTP \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac.{1,160}\` \xd5\x8d\xd5\xa5\xd6\x80\xd5\xbe\xd5\xa5\xd6\x80\xd5\xab \xd5\xb0\xd5\xa5\xd5\xbf \xd5\xaf\xd5\xa1\xd5\xba\xd5\xa8 \xd5\xb1\xd5\xa1\xd5\xad\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd6\x81\xd6\x89|)"
                R"(Error SMTP.{1,160}Le connexion al servitor ha fallite|SMTP Error.{1,160}Koneksi ke server gagal|)"
                R"(SMTP-villa.{1,160}Tenging vi\xc3\xb0 p\xc3\xb3st\xc3\xbej\xc3\xb3n mist\xc3\xb3kst|)"
                R"(Errore SMTP.{1,160}connessione al server non riuscita|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc.{1,160}\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xb8\xe3\x81\xae\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SMTP Error.{1,160}\xe1\x83\xa1\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0\xe1\x83\x97\xe1\x83\x90\xe1\x83\x9c \xe1\x83\x93\xe1\x83\x90\xe1\x83\x99\xe1\x83\x90\xe1\x83\x95\xe1\x83\xa8\xe1\x83\x98\xe1\x83\xa0\xe1\x83\x94\xe1\x83\x91\xe1\x83\x90 \xe1\x83\x95\xe1\x83\x94\xe1\x83\xa0 \xe1\x83\x9b\xe1\x83\x9d\xe1\x83\xae\xe1\x83\x94\xe1\x83\xa0\xe1\x83\xae\xe1\x83\x93\xe1\x83\x90|)"
                R"(SMTP Error.{1,160}\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\xa2\xe1\x9e\xb6\xe1\x9e\x85\xe1\x9e\x97\xe1\x9f\x92\xe1\x9e\x87\xe1\x9e\xb6\xe1\x9e\x94\xe1\x9f\x8b\xe1\x9e\x91\xe1\x9f\x85\xe1\x9e\x98\xe1\x9f\x89\xe1\x9e\xb6\xe1\x9e\x9f\xe1\x9f\x8a\xe1\x9e\xb8\xe1\x9e\x93\xe1\x9e\x98\xe1\x9f\x81|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98.{1,160}\xec\x84\x9c\xeb\xb2\x84\xec\x99\x80\xec\x9d\x98 \xec\x97\xb0\xea\xb2\xb0\xec\x9d\x84 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP-Feeler.{1,160}Et konnt keng Verbindung mam Server hirgestallt ginn|)"
                R"(SMTP klaida.{1,160}nepavyko prisijungti prie serverio|)"
                R"(SMTP k\xc4\xbc\xc5\xabme.{1,160}Neizdev\xc4\x81s piesl\xc4\x93gties serverim|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0.{1,160}\xd0\x9d\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xb0\xd0\xb2 \xd0\xb4\xd0\xb0 \xd1\x81\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb2\xd1\x80\xd0\xb7\xd0\xb0\xd0\xbc \xd1\x81\xd0\xbe \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd1\x82|)"
                R"(SMTP \xe0\xa4\x9a\xe0\xa5\x82\xe0\xa4\x95.{1,160}\xe0\xa4\xb8\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\xb5\xe0\xa5\x8d\xe2\x80\x8d\xe0\xa4\xb9\xe0\xa4\xb0\xe0\xa4\xb6\xe0\xa5\x80 \xe0\xa4\xb8\xe0\xa4\x82\xe0\xa4\xaa\xe0\xa4\xb0\xe0\xa5\x8d\xe0\xa4\x95 \xe0\xa4\xb8\xe0\xa4\xbe\xe0\xa4\xa7\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xaf\xe0\xa5\x87\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa5\x80|)"
                R"(SMTP-feil.{1,160}Klarte ikke koble til server|SMTP Fout.{1,160}Verbinding met server mislukt|)"
                R"(SMTP-fout.{1,160}Verbinding met server mislukt|SMTP-feil.{1,160}Tilkopling til tenar feila|)"
                R"(B\xc5\x82\xc4\x85d SMTP.{1,160}Nie mo\xc5\xbcna nawi\xc4\x85za\xc4\x87 po\xc5\x82\xc4\x85czenia z serwerem|)"
                R"(Erro SMTP.{1,160}Conex\xc3\xa3o ao servidor falhou|)"
                R"(Erro SMTP.{1,160}A liga\xc3\xa7\xc3\xa3o ao servidor falhou|)"
                R"(Eroare SMTP.{1,160}Conexiunea cu serverul a e\xc5\x9fuat|)"
                R"(SMTP \xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0.{1,160}\xd0\xa1\xd0\xb1\xd0\xbe\xd0\xb9 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(Chyba SMTP.{1,160}Ne\xc3\xbaspe\xc5\xa1n\xc3\xa9 pripojenie k serveru|)"
                R"(Napaka pri po\xc5\xa1iljanju.{1,160}Povezava s stre\xc5\xbenikom je spodletela|)"
                R"(Gabim SMTP.{1,160}Lidhja me sh\xc3\xabrbyesin d\xc3\xabshtoi|)"
                R"(\xd0\xa1\xd0\x9c\xd0\xa2\xd0\x9f \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xb2\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5 \xd0\xbd\xd0\xb0 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80|)"
                R"(SMTP-fel.{1,160}Anslutning till servern misslyckades|)"
                R"(SMTP \xe0\xae\xaa\xe0\xae\xbf\xe0\xae\xb4\xe0\xaf\x88.{1,160}\xe0\xae\x9a\xe0\xaf\x87\xe0\xae\xb5\xe0\xaf\x88\xe0\xae\xaf\xe0\xae\x95\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xbf\xe0\xae\xa9\xe0\xaf\x8d \xe0\xae\x87\xe0\xae\xa3\xe0\xaf\x88\xe0\xae\xaa\xe0\xaf\x8d\xe0\xae\xaa\xe0\xaf\x81 \xe0\xae\xa4\xe0\xaf\x87\xe0\xae\xbe\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xaf\xe0\xae\x9f\xe0\xaf\x88\xe0\xae\xa8\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(SMTP sorunu.{1,160}Sunucu ba\xc4\x9flant\xc4\xb1s\xc4\xb1 kurulamad\xc4\xb1|)"
                R"(SMTP \xd8\xae\xd8\xa7\xd8\xaa\xd8\xa7\xd9\x84\xd9\x89\xd9\x82\xd9\x89 \(code\$\): \xd9\x85\xdb\x87\xd9\x84\xd8\xa7\xd8\xb2\xd9\x89\xd9\x85\xdb\x90\xd8\xaa\xd9\x89\xd8\xb1\xd8\xba\xd8\xa7 \xd8\xa6\xdb\x87\xd9\x84\xd9\x89\xd9\x86\xd9\x89\xd8\xb4 \xd9\x85\xdb\x95\xd8\xba\xd9\x84\xdb\x87\xd9\xbe \xd8\xa8\xd9\x88\xd9\x84\xd8\xaf\xd9\x89|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0.{1,160}\xd0\x9d\xd0\xb5 \xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xbe\xd1\x81\xd1\x8f \xd0\xb7'\xd1\x94\xd0\xb4\xd0\xbd\xd0\xb0\xd1\x82\xd0\xb8\xd1\x81\xd1\x8f \xd0\xb7 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xbe\xd0\xbc|)"
                R"(SMTP xatolik.{1,160}Serverga ulanish muvaffaqqiyatsiz|)"
                R"(L\xe1\xbb\x97i SMTP.{1,160}K\xe1\xba\xbft n\xe1\xbb\x97i t\xe1\xbb\x9bi m\xc3\xa1y ch\xe1\xbb\xa7 b\xe1\xbb\x8b l\xe1\xbb\x97i|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf.{1,160}\xe8\xbf\x9e\xe6\x8e\xa5\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4.{1,160}\xe8\x88\x87\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe9\x80\xa3\xe7\xb7\x9a\xe5\xa4\xb1\xe6\x95\x97)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = 2,
     .sample = "\xd8\xae\xd8\xb7\xd8\xa3 SMTP (-1): \xd8\xaa\xd8\xb9\xd8\xb0\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xa7\xd8\xaa\xd8\xb5\xd8\xa7\xd9\x84 \xd8\xa8\xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf\xd9\x85"},
    // ar خطأ SMTP ... تعذر التحقق من هويتك, ast Fallu SMTP ... Fallu d'autorización, az_AZ SMTP Error ... İdentifikasiya xətası, ...
    {.id = "roundcube.auth_failed.localized",
     .pattern = R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP.{1,160}\xd8\xaa\xd8\xb9\xd8\xb0\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x82 \xd9\x85\xd9\x86 \xd9\x87\xd9\x88\xd9\x8a\xd8\xaa\xd9\x83|)"
                R"(Fallu SMTP.{1,160}Fallu d'autorizaci\xc3\xb3n|)"
                R"(SMTP Error.{1,160}\xc4\xb0dentifikasiya x\xc9\x99tas\xc4\xb1|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 SMTP.{1,160}\xd0\xbd\xd0\xb5 \xd0\xb0\xd1\x82\xd1\x80\xd1\x8b\xd0\xbc\xd0\xb0\xd0\xbb\xd0\xb0\xd1\x81\xd1\x8f \xd0\xb2\xd1\x8b\xd0\xba\xd0\xb0\xd0\xbd\xd0\xb0\xd1\x86\xd1\x8c \xd0\xb0\xd1\x9e\xd1\x82\xd1\x8d\xd0\xbd\xd1\x82\xd1\x8b\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x8b\xd1\x8e|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0.{1,160}\xd0\x93\xd1\x80\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb8 \xd0\xbf\xd0\xbe\xd1\x82\xd1\x80\xd0\xb5\xd0\xb1\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\/\xd0\xbf\xd0\xb0\xd1\x80\xd0\xbe\xd0\xbb\xd0\xb0|)"
                R"(Fazi SMTP.{1,160}c'hwitadenn war an naoudi|SMTP gre\xc5\xa1ka.{1,160}Autentifikacija nije uspjela|)"
                R"(Error SMTP.{1,160}La identificaci\xc3\xb3 ha fallat|)"
                R"(Chyba SMTP.{1,160}Chyba p\xc5\x99ihl\xc3\xa1\xc5\xa1en\xc3\xad|)"
                R"(Gwall SMTP.{1,160}Methwyd dilysu'r cyfrif|SMTP-fejl.{1,160}Autenticering fejlede|)"
                R"(SMTP Fehler.{1,160}Die Authentisierung ist fehlgeschlagen|)"
                R"(\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 SMTP.{1,160}\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 \xcf\x84\xce\xb1\xcf\x85\xcf\x84\xce\xbf\xcf\x80\xce\xbf\xce\xaf\xce\xb7\xcf\x83\xce\xb7\xcf\x82|)"
                R"(Error SMTP.{1,160}Error de autenticaci\xc3\xb3n|)"
                R"(Error SMTP.{1,160}Fall\xc3\xb3 la autentificaci\xc3\xb3n|)"
                R"(Error SMTP.{1,160}Ha fallado la autenticaci\xc3\xb3n|SMTP t\xc3\xb5rge.{1,160}autentimine nurjus|)"
                R"(SMTP errorea.{1,160}Egiaztapenak huts egin du|)"
                R"(\xd8\xae\xd8\xb7\xd8\xa7\xdb\x8c SMTP.{1,160}\xd8\xaa\xd8\xb5\xd8\xaf\xdb\x8c\xd9\x82 \xd9\x87\xd9\x88\xdb\x8c\xd8\xaa \xd9\x86\xd8\xa7\xd9\x85\xd9\x88\xd9\x81\xd9\x82 \xd8\xa8\xd9\x88\xd8\xaf|)"
                R"(SMTP-virhe.{1,160}Tunnistus ep\xc3\xa4onnistui|SMTP Feilur.{1,160}Atgongd nokta|)"
                R"(Erreur SMTP.{1,160}\xc3\xa9chec d\xe2\x80\x99authentification|)"
                R"(SMTP Flater.{1,160}Ferifikaasje mislearre|)"
                R"(Bot\xc3\xban SMTP.{1,160}Theip ar an bhf\xc3\xadordheimhni\xc3\xba|)"
                R"(Erro SMTP.{1,160}Fallou a autenticaci\xc3\xb3n|)"
                R"(SMTP.{1,160}\xd7\x94\xd7\x94\xd7\x96\xd7\x93\xd7\x94\xd7\x95\xd7\xaa \xd7\xa0\xd7\x9b\xd7\xa9\xd7\x9c\xd7\x94|)"
                R"(SMTP gre\xc5\xa1ka.{1,160}Autentikacija nije uspjela|)"
                R"(SMTP hiba.{1,160}Sikertelen bejelentkez\xc3\xa9s|)"
                R"(SMTP \xd5\xbd\xd5\xad\xd5\xa1\xd5\xac.{1,160}\` \xd5\x86\xd5\xb8\xd6\x82\xd5\xb5\xd5\xb6\xd5\xa1\xd5\xaf\xd5\xa1\xd5\xb6\xd5\xa1\xd6\x81\xd5\xb8\xd6\x82\xd5\xb4\xd5\xa8 \xd5\xb1\xd5\xa1\xd5\xad\xd5\xb8\xd5\xb2\xd5\xbe\xd5\xa5\xd6\x81\xd6\x89|)"
                R"(Error SMTP.{1,160}Authentication fallite|SMTP Error.{1,160}Otentifikasi gagal|)"
                R"(SMTP-villa.{1,160}Au\xc3\xb0kenning mist\xc3\xb3kst|Errore SMTP.{1,160}autenticazione non riuscita|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc.{1,160}\xe8\xaa\x8d\xe8\xa8\xbc\xe3\x81\xab\xe5\xa4\xb1\xe6\x95\x97\xe3\x81\x97\xe3\x81\xbe\xe3\x81\x97\xe3\x81\x9f|)"
                R"(SMTP Error.{1,160}\xe1\x83\x90\xe1\x83\x95\xe1\x83\xa2\xe1\x83\x9d\xe1\x83\xa0\xe1\x83\x98\xe1\x83\x96\xe1\x83\x90\xe1\x83\xaa\xe1\x83\x98\xe1\x83\x98\xe1\x83\xa1 \xe1\x83\xa8\xe1\x83\x94\xe1\x83\xaa\xe1\x83\x93\xe1\x83\x9d\xe1\x83\x9b\xe1\x83\x90|)"
                R"(SMTP Error.{1,160}\xe1\x9e\x96\xe1\x9f\x90\xe1\x9e\x8f\xe1\x9f\x8c\xe1\x9e\x98\xe1\x9e\xb6\xe1\x9e\x93\xe1\x9e\x82\xe1\x9e\x93\xe1\x9e\xb8\xe1\x9e\x99\xe1\x9e\x98\xe1\x9e\xb7\xe1\x9e\x93\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xb9\xe1\x9e\x98\xe1\x9e\x8f\xe1\x9f\x92\xe1\x9e\x9a\xe1\x9e\xbc\xe1\x9e\x9c|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98.{1,160}\xec\x9d\xb8\xec\xa6\x9d\xec\x9d\x84 \xec\x8b\xa4\xed\x8c\xa8\xed\x96\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP-Feeler.{1,160}Authentifiz\xc3\xa9ierung feelgeschloen|SMTP klaida.{1,160}nepavyko autentikuotis|)"
                R"(SMTP k\xc4\xbc\xc5\xabda.{1,160}Neizdev\xc4\x81s autoriz\xc4\x93ties|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\x9d\xd0\xb5 \xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd0\xb5\xd0\xb0 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xb2\xd1\x80\xd0\xb4\xd1\x83\xd0\xb2\xd0\xb0\xd1\x9a\xd0\xb5\xd1\x82\xd0\xbe|)"
                R"(SMTP \xe0\xa4\x9a\xe0\xa5\x82\xe0\xa4\x95.{1,160}\xe0\xa4\x93\xe0\xa4\xb3\xe0\xa4\x96 \xe0\xa4\xaa\xe0\xa4\x9f\xe0\xa4\xb5\xe0\xa4\xa4\xe0\xa4\xbe \xe0\xa4\xaf\xe0\xa5\x87\xe0\xa4\xa4 \xe0\xa4\xa8\xe0\xa4\xbe\xe0\xa4\xb9\xe0\xa5\x80|)"
                R"(SMTP-feil.{1,160}P\xc3\xa5logging feilet|SMTP Fout.{1,160}Authenticatie mislukt|)"
                R"(SMTP-fout.{1,160}Authenticatie mislukt|SMTP-feil.{1,160}Autentisering feila|)"
                R"(B\xc5\x82\xc4\x85d SMTP.{1,160}Uwierzytelnianie nie powiod\xc5\x82o si\xc4\x99|)"
                R"(Erro SMTP.{1,160}Falha na autentica\xc3\xa7\xc3\xa3o|)"
                R"(Erro SMTP.{1,160}A autentica\xc3\xa7\xc3\xa3o falhou|)"
                R"(Eroare SMTP.{1,160}Autentificare e\xc5\x9fuat\xc4\x83|)"
                R"(SMTP \xd0\xbe\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0.{1,160}\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8|)"
                R"(Chyba SMTP.{1,160}Ne\xc3\xbaspe\xc5\xa1n\xc3\xa1 autentifik\xc3\xa1cia|)"
                R"(Napaka pri po\xc5\xa1iljanju.{1,160}Avtentikacija je spodletela|)"
                R"(Gabim SMTP.{1,160}Mir\xc3\xabfillt\xc3\xabsimi d\xc3\xabshtoi|)"
                R"(\xd0\xa1\xd0\x9c\xd0\xa2\xd0\x9f \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0.{1,160}\xd0\xbd\xd0\xb5\xd1\x83\xd1\x81\xd0\xbf\xd0\xb5\xd1\x88\xd0\xbd\xd0\xb0 \xd0\xb0\xd1\x83\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x86\xd0\xb8\xd1\x98\xd0\xb0|)"
                R"(SMTP-fel.{1,160}Inloggningen misslyckades|)"
                R"(SMTP \xe0\xae\xaa\xe0\xae\xbf\xe0\xae\xb4\xe0\xaf\x88.{1,160}\xe0\xae\xa8\xe0\xae\xae\xe0\xaf\x8d\xe0\xae\xaa\xe0\xae\x95\xe0\xae\xa4\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xa9\xe0\xaf\x8d\xe0\xae\xae\xe0\xaf\x88 \xe0\xae\xa4\xe0\xaf\x87\xe0\xae\xbe\xe0\xae\xb2\xe0\xaf\x8d\xe0\xae\xb5\xe0\xae\xbf\xe0\xae\xaf\xe0\xae\x9f\xe0\xaf\x88\xe0\xae\xa8\xe0\xaf\x8d\xe0\xae\xa4\xe0\xae\xa4\xe0\xaf\x81|)"
                R"(SMTP sorunu.{1,160}Kimlik do\xc4\x9frulanamad\xc4\xb1|)"
                R"(SMTP \xd8\xae\xd8\xa7\xd8\xaa\xd8\xa7\xd9\x84\xd9\x89\xd9\x82\xd9\x89 \(code\$\): \xd9\x83\xd9\x89\xd9\x85\xd9\x84\xd9\x89\xd9\x83\xd9\x89\xd9\x86\xd9\x89 \xd8\xaf\xdb\x95\xd9\x84\xd9\x89\xd9\x84\xd9\x84\xdb\x95\xd8\xb4 \xd9\x85\xdb\x95\xd8\xba\xd9\x84\xdb\x87\xd9\xbe \xd8\xa8\xd9\x88\xd9\x84\xd8\xaf\xd9\x89|)"
                R"(\xd0\x9f\xd0\xbe\xd0\xbc\xd0\xb8\xd0\xbb\xd0\xba\xd0\xb0 SMTP-\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0.{1,160}\xd0\x9d\xd0\xb5\xd0\xb2\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb0 \xd1\x81\xd0\xbf\xd1\x80\xd0\xbe\xd0\xb1\xd0\xb0 \xd0\xb0\xd0\xb2\xd1\x82\xd0\xb5\xd0\xbd\xd1\x82\xd0\xb8\xd1\x84\xd1\x96\xd0\xba\xd0\xb0\xd1\x86\xd1\x96\xd1\x97|)"
                R"(SMTP xatolik.{1,160}Autentifikatsiya muvaffaqqiyatsiz amalga oshdi|)"
                R"(L\xe1\xbb\x97i SMTP.{1,160}X\xc3\xa1c th\xe1\xbb\xb1c th\xe1\xba\xa5t b\xe1\xba\xa1i|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf.{1,160}\xe8\xae\xa4\xe8\xaf\x81\xe5\xa4\xb1\xe8\xb4\xa5|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4.{1,160}\xe8\xba\xab\xe4\xbb\xbd\xe6\xa0\xb8\xe5\xb0\x8d\xe5\xa4\xb1\xe6\x95\x97)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "\xd8\xae\xd8\xb7\xd8\xa3 SMTP (-1): \xd8\xaa\xd8\xb9\xd8\xb0\xd8\xb1 \xd8\xa7\xd9\x84\xd8\xaa\xd8\xad\xd9\x82\xd9\x82 \xd9\x85\xd9\x86 \xd9\x87\xd9\x88\xd9\x8a\xd8\xaa\xd9\x83"},
    // ar_SA خطأ SMTP: حجم الرسالة يتجاوز حد الخادم, be_BE Памылка STMP: памер ліста перавышае ліміт сервера, bg_BG SMTP грешка: Размерът на писмото надвишава ограничението на сървъра, ...
    {.id = "roundcube.message_too_large.localized",
     .pattern = R"(\xd8\xae\xd8\xb7\xd8\xa3 SMTP: \xd8\xad\xd8\xac\xd9\x85 \xd8\xa7\xd9\x84\xd8\xb1\xd8\xb3\xd8\xa7\xd9\x84\xd8\xa9 \xd9\x8a\xd8\xaa\xd8\xac\xd8\xa7\xd9\x88\xd8\xb2 \xd8\xad\xd8\xaf \xd8\xa7\xd9\x84\xd8\xae\xd8\xa7\xd8\xaf\xd9\x85|)"
                R"(\xd0\x9f\xd0\xb0\xd0\xbc\xd1\x8b\xd0\xbb\xd0\xba\xd0\xb0 STMP: \xd0\xbf\xd0\xb0\xd0\xbc\xd0\xb5\xd1\x80 \xd0\xbb\xd1\x96\xd1\x81\xd1\x82\xd0\xb0 \xd0\xbf\xd0\xb5\xd1\x80\xd0\xb0\xd0\xb2\xd1\x8b\xd1\x88\xd0\xb0\xd0\xb5 \xd0\xbb\xd1\x96\xd0\xbc\xd1\x96\xd1\x82 \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(SMTP \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xa0\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80\xd1\x8a\xd1\x82 \xd0\xbd\xd0\xb0 \xd0\xbf\xd0\xb8\xd1\x81\xd0\xbc\xd0\xbe\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb0\xd0\xb4\xd0\xb2\xd0\xb8\xd1\x88\xd0\xb0\xd0\xb2\xd0\xb0 \xd0\xbe\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5\xd1\x82\xd0\xbe \xd0\xbd\xd0\xb0 \xd1\x81\xd1\x8a\xd1\x80\xd0\xb2\xd1\x8a\xd1\x80\xd0\xb0|)"
                R"(Error SMTP: La mida del missatge supera el l\xc3\xadmit del servidor|)"
                R"(Chyba SMTP: Zpr\xc3\xa1va p\xc5\x99ekro\xc4\x8dila limit serveru|)"
                R"(Gwall SMTP: Mae maint y neges yn fwy na cyfyngiad y gweinydd|)"
                R"(SMTP fejl: Beskedens st\xc3\xb8rrelse overskrider serverenes gr\xc3\xa6nse|)"
                R"(SMTP Fehler: Nachrichtengr\xc3\xb6sse \xc3\xbcbersteigt die Servergrenze|)"
                R"(SMTP-Fehler: Nachrichtengr\xc3\xb6\xc3\x9fe \xc3\xbcbersteigt die Servergrenze|)"
                R"(\xce\xa3\xcf\x86\xce\xac\xce\xbb\xce\xbc\xce\xb1 SMTP: \xce\xa4\xce\xbf \xce\xbc\xce\xad\xce\xb3\xce\xb5\xce\xb8\xce\xbf\xcf\x82 \xcf\x84\xce\xbf\xcf\x85 \xce\xbc\xce\xb7\xce\xbd\xcf\x8d\xce\xbc\xce\xb1\xcf\x84\xce\xbf\xcf\x82 \xcf\x85\xcf\x80\xce\xb5\xcf\x81\xce\xb2\xce\xb1\xce\xaf\xce\xbd\xce\xb5\xce\xb9 \xcf\x84\xce\xbf \xcf\x8c\xcf\x81\xce\xb9\xce\xbf \xcf\x84\xce\xbf\xcf\x85 \xce\xb4\xce\xb9\xce\xb1\xce\xba\xce\xbf\xce\xbc\xce\xb9\xcf\x83\xcf\x84\xce\xae|)"
                R"(Error SMTP: El mensaje excede el l\xc3\xadmite del servidor|)"
                R"(Error SMTP: El tama\xc3\xb1o de mensaje excede el l\xc3\xadmite del servidor|)"
                R"(SMTP Viga: Kirja suurus \xc3\xbcletab serveri limiiti|)"
                R"(SMTP errorea: Mezuak zerbitzariak ezarritako muga.{1,160}gainditu du|)"
                R"(SMTP-virhe: Viestin koko ylitt\xc3\xa4\xc3\xa4 palvleimen rajoituksen|)"
                R"(Erreur SMTP\xc2\xa0: la taille du message d\xc3\xa9passe la limite du serveur|)"
                R"(\xd7\x92\xd7\x95\xd7\x93\xd7\x9c \xd7\x94\xd7\x94\xd7\x95\xd7\x93\xd7\xa2\xd7\x94 \xd7\xa2\xd7\x95\xd7\x9c\xd7\x94 \xd7\xa2\xd7\x9c \xd7\x94\xd7\x92\xd7\x95\xd7\x93\xd7\x9c \xd7\x94\xd7\x9e\xd7\x95\xd7\xaa\xd7\xa8 \xd7\x91\xd7\xa9\xd7\xa8\xd7\xaa  limit|)"
                R"(SMTP gre\xc5\xa1ka: veli\xc4\x8dina poruke prekora\xc4\x8dila je ograni\xc4\x8denje poslu\xc5\xbeitelja|)"
                R"(SMTP hiba: Az \xc3\xbczenet m\xc3\xa9rete el\xc3\xa9rte a kisz\xc3\xa1lg\xc3\xa1l\xc3\xb3 \xc3\xa1ltal enged\xc3\xa9lyzett maxim\xc3\xa1lis m\xc3\xa9retet|)"
                R"(Error de SMTP: Le grandor del message excede le limite del servitor|)"
                R"(Galat SMTP: Ukuran pesan melampaui batas server|)"
                R"(SMTP-villa: St\xc3\xa6r\xc3\xb0 skilabo\xc3\xb0a yfir takm\xc3\xb6rkum vef\xc3\xbej\xc3\xb3ns|)"
                R"(Errore SMTP: La dimensione del messaggio supera il limite del server|)"
                R"(SMTP\xe3\x82\xa8\xe3\x83\xa9\xe3\x83\xbc: \xe3\x83\xa1\xe3\x83\x83\xe3\x82\xbb\xe3\x83\xbc\xe3\x82\xb8\xe3\x81\xae\xe5\xa4\xa7\xe3\x81\x8d\xe3\x81\x95\xe3\x81\x8c\xe3\x82\xb5\xe3\x83\xbc\xe3\x83\x90\xe3\x83\xbc\xe3\x81\xae\xe5\x88\xb6\xe9\x99\x90.{1,160}\xe3\x82\x92\xe8\xb6\x85\xe9\x81\x8e|)"
                R"(SMTP \xec\x98\xa4\xeb\xa5\x98: \xeb\xa9\x94\xec\x8b\x9c\xec\xa7\x80 \xed\x81\xac\xea\xb8\xb0\xea\xb0\x80 \xec\x84\x9c\xeb\xb2\x84 \xec\xa0\x9c\xed\x95\x9c\xec\x9d\x84.{1,160}\xeb\x84\x98\xec\x97\x88\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|)"
                R"(SMTP klaida: Lai\xc5\xa1ko dydis vir\xc5\xa1ija serverio nustatyt\xc4\x85 rib\xc4\x85|)"
                R"(SMTP k\xc4\xbc\xc5\xabda: V\xc4\x93stules izm\xc4\x93rs p\xc4\x81rsniedz server\xc4\xab noteikto limitu|)"
                R"(SMTP-feil: Meldingsst\xc3\xb8rrelse overskreder servererens grense|)"
                R"(SMTP-fout: berichtgrootte overschrijdt de serverlimit|)"
                R"(B\xc5\x82\xc4\x85d SMTP: Rozmiar wiadomo\xc5\x9bci przekracza limit|)"
                R"(Erro de SMTP: Tamanho da mensagem excede o limite do servidor|)"
                R"(Erro SMTP: O tamanho da mensagem excede o limite do servidor|)"
                R"(\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0 SMTP: \xd0\xa0\xd0\xb0\xd0\xb7\xd0\xbc\xd0\xb5\xd1\x80 \xd1\x81\xd0\xbe\xd0\xbe\xd0\xb1\xd1\x89\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xbf\xd1\x80\xd0\xb5\xd0\xb2\xd1\x8b\xd1\x88\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xbe\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|)"
                R"(Chyba SMTP: ve\xc4\xbekos\xc5\xa5 spr\xc3\xa1vy presahuje limit servera|)"
                R"(Gabim SMTP: Madh\xc3\xabsia e mesazhit e tejkalon kufirin e sh\xc3\xabrbyesit|)"
                R"(\xd0\xa1\xd0\x9c\xd0\xa2\xd0\x9f \xd0\xb3\xd1\x80\xd0\xb5\xd1\x88\xd0\xba\xd0\xb0: \xd0\xbf\xd0\xbe\xd1\x80\xd1\x83\xd0\xba\xd0\xb0 \xd0\xbf\xd1\x80\xd0\xb5\xd0\xba\xd0\xbe\xd1\x80\xd0\xb0\xd1\x87\xd1\x83\xd1\x98\xd0\xb5 \xd0\xbe\xd0\xb3\xd1\x80\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x87\xd0\xb5\xd1\x9a\xd0\xb5 \xd0\xb2\xd0\xb5\xd0\xbb\xd0\xb8\xd1\x87\xd0\xb8\xd0\xbd\xd0\xb5|)"
                R"(SMTP-fel: Meddelandet \xc3\xa4r f\xc3\xb6r stort|)"
                R"(SMTP hatas\xc4\xb1: \xc4\xb0leti boyutu sunucu s\xc4\xb1n\xc4\xb1rlamas\xc4\xb1n\xc4\xb1 a\xc5\x9f\xc4\xb1yor|)"
                R"(SMTP \xd8\xae\xd8\xa7\xd8\xaa\xd8\xa7\xd9\x84\xd9\x89\xd9\x82\xd9\x89: \xd8\xae\xdb\x95\xd8\xaa\xd9\x86\xd9\x89\xda\xad \xda\x86\xd9\x88\xda\xad\xd9\x84\xdb\x87\xd9\x82\xd9\x89 \xd9\x85\xdb\x87\xd9\x84\xd8\xa7\xd8\xb2\xd9\x89\xd9\x85\xdb\x90\xd8\xaa\xd9\x89\xd8\xb1 \xda\x86\xdb\x90\xd9\x83\xd9\x89\xd8\xaf\xd9\x89\xd9\x86\(limit\$\) \xd8\xa6\xdb\x90\xd8\xb4\xd9\x89\xd9\xbe \xd9\x83\xdb\x95\xd8\xaa\xd8\xaa\xd9\x89|)"
                R"(SMTP \xe9\x94\x99\xe8\xaf\xaf\xef\xbc\x9a\xe6\xb6\x88\xe6\x81\xaf\xe9\x95\xbf\xe5\xba\xa6\xe8\xb6\x85\xe8\xbf\x87\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\x83\xbd\xe6\x8e\xa5\xe5\x8f\x97\xe7\x9a\x84\xe9\x95\xbf\xe5\xba\xa6|)"
                R"(SMTP \xe9\x8c\xaf\xe8\xaa\xa4\xef\xbc\x9a\xe9\x83\xb5\xe4\xbb\xb6\xe5\xa4\xa7\xe5\xb0\x8f\xe8\xb6\x85\xe9\x81\x8e\xe4\xbc\xba\xe6\x9c\x8d\xe5\x99\xa8\xe9\x99\x90\xe5\x88\xb6)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "SMTP-Fehler: Nachrichtengr\xc3\xb6\xc3\x9f" "e \xc3\xbc" "bersteigt die Servergrenze (-1)"},

    // --- DNS ---------------------------------------------------------------------------------
    {.id = "dns.temporary_failure",
     .pattern = R"(Temporary failure in name resolution|EAI_AGAIN|host lookup did not complete|Temporary error in gethostbyname|Errno -3\]|Host not found, try again|SERVFAIL|getaddrinfo: Try again|server misbehaving|)"
                // .NET on Linux reports getaddrinfo's EAI_AGAIN as SocketError.TryAgain with EAGAIN's text
                R"(SocketException \(00000001, 11\): Resource temporarily unavailable|)"
                // ... and on Windows as WSATRY_AGAIN (11002), whose text names the resolver
                R"(WSATRY_AGAIN|SocketException \(11002\)|temporary error during hostname resolution|)"
                // glibc's EAI_AGAIN text in German, French, Spanish, Italian and Portuguese locales
                R"(Tempor\S{1,3}rer Fehler bei der Namensaufl\S{1,3}sung|chec temporaire dans la r\S{1,3}solution du nom|)"
                R"(Fallo temporal en la resoluci\S{1,3}n del nombre|Errore temporaneo nella risoluzione del nome|)"
                R"(Falha tempor\S{1,3}ria na resolu\S{1,3}\S{1,3}o de nome)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "socket.gaierror: [Errno -3] Temporary failure in name resolution"},
    // Go's resolver, as net.Dial reports it: "dial tcp: lookup HOST[ on SERVER:53]: <why>"; "no such host"
    // has its own rule above.
    {.id = "go.dns_lookup_failed", .pattern = R"(dial (?:tcp|udp)\d?: lookup [^\s:]+(?: on [^\s]+)?: )",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = -1,
     .sample = "dial tcp: lookup smtp.example.org: device or resource busy"},
    {.id = "node.dns_query_error", .pattern = R"(query[A-Z]{0,5} E[A-Z]{3,})",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 1,
     .sample = "Error: queryA EREFUSED smtp.example.org { code: 'EDNS', syscall: 'queryA', command: 'CONN' }"},
    {.id = "dns.name_not_found",
     .pattern = R"(ENOTFOUND|\{error, ?:?nxdomain\}|:nxdomain\b|Name or service not known|nodename nor servname|No address associated with hostname|getaddrinfo failed|gethostbyname failed|NIEHOST_UNKNOWN|SMTP server host ?name \S+ not found|DNS lookup fail(?:ure|ed)|Errno 11001|WinError 11001\]|\(11001\)|WSAHOST_NOT_FOUND|\b0x80072AF9\b|cannot locate host|No such host is known|remote name could not be resolved|DNS domain \S+ does not exist|InfoDomainNonexistent|\xe3\x83\xaa\xe3\x83\xa2\xe3\x83\xbc\xe3\x83\x88\xe5\x90\x8d\xe3\x82\x92\xe8\xa7\xa3\xe6\xb1\xba\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|Der Remotename konnte nicht aufgel\S{1,3}st werden|Le nom distant n'a pas pu \S{1,3}tre r\S{1,3}solu|No se puede resolver el nombre remoto|no such host\b|UnknownHostException|Could not resolve host|could(?: not|n'?t) resolve the host(?: domain| name)?\b|curl: \(6\)|\bunknown host\b|Unknown SMTP host|\bUnable to locate [A-Za-z0-9.-]+\.[A-Za-z]{2,}\s*$|Could not find the host|Kan adres van server\b.{0,200}\bniet achterhalen|)"
                // Windows' "No such host is known" and .NET's "The remote name could not be resolved"
                // in Korean, Japanese, Chinese, Russian and German
                R"(\xec\x95\x8c\xeb\xa0\xa4\xec\xa7\x84 \xed\x98\xb8\xec\x8a\xa4\xed\x8a\xb8\xea\xb0\x80 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|\xe3\x81\x9d\xe3\x81\xae\xe3\x82\x88\xe3\x81\x86\xe3\x81\xaa\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xaf\xe4\xb8\x8d\xe6\x98\x8e\xe3\x81\xa7\xe3\x81\x99|\xe4\xb8\x8d\xe7\x9f\xa5\xe9\x81\x93\xe8\xbf\x99\xe6\xa0\xb7\xe7\x9a\x84\xe4\xb8\xbb\xe6\x9c\xba|\xd0\xad\xd1\x82\xd0\xbe\xd1\x82 \xd1\x85\xd0\xbe\xd1\x81\xd1\x82 \xd0\xbd\xd0\xb5\xd0\xb8\xd0\xb7\xd0\xb2\xd0\xb5\xd1\x81\xd1\x82\xd0\xb5\xd0\xbd|Der angegebene Host ist unbekannt|\xec\x9b\x90\xea\xb2\xa9 \xec\x9d\xb4\xeb\xa6\x84\xec\x9d\x84 \xed\x99\x95\xec\x9d\xb8\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4|\xe6\x9c\xaa\xe8\x83\xbd\xe8\xa7\xa3\xe6\x9e\x90\xe6\xad\xa4\xe8\xbf\x9c\xe7\xa8\x8b\xe5\x90\x8d\xe7\xa7\xb0|\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd1\x80\xd0\xb0\xd0\xb7\xd1\x80\xd0\xb5\xd1\x88\xd0\xb8\xd1\x82\xd1\x8c \xd1\x83\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd0\xbe\xd0\xb5 \xd0\xb8\xd0\xbc\xd1\x8f|)"
                // mutt/neomutt's "Could not find the host" in Japanese
                R"(\xe3\x83\x9b\xe3\x82\xb9\xe3\x83\x88 "[^"]{1,200}" \xe3\x81\x8c\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x89\xe3\x81\xaa\xe3\x81\x8b\xe3\x81\xa3\xe3\x81\x9f|\bHost not found\b|gaierror: \[Errno -[25]\]|)"
                R"(Der Name oder der Dienst ist nicht bekannt|Nom ou service inconnu|Nombre o servicio desconocido|)"
                R"(Nome ou servi\S{1,3}o desconhecido|Nome o servizio sconosciuto|)"
                R"(chec de la recherche de l\S{1,3}h\S{1,3}te|Host-Suche ist fehlgeschlagen|)"
                // Windows' WSAHOST_NOT_FOUND in French ("H\xc3\xb4te inconnu."); Exchange's queue error
                // "451 4.4.0 DNS query failed"; Blat's "Can't resolve (mailserver) hostname."
                R"(\bH\S{1,3}te inconnu\b|DNS query failed|can'?t resolve (?:\S+ )?host ?name|)"
                // SAS's FILENAME EMAIL ("ERROR: Email host smtp.example.org not found.")
                R"(\bEmail host \S+ not found\b|)"
                // Evolution's, Geary's
                R"(Host lookup\b.{0,200}\bfailed|Could not look up server name|)"
                // Dart's SocketException (the mailer package's CONNECTION_ERROR); FortiOS's alert mail
                R"(Failed host lookup: '|Failed to resolve (?:the )?(?:SMTP )?server(?: name)?\b|)"
                // Discourse's mail check on a SocketError: "SMTP server not found!"
                R"(\bSMTP server not found\b|)"
                // FortiOS's "Unable to resolve email-server smtp.example.org"; RouterOS's "could not resolve dns name"
                R"(Unable to resolve (?:the )?(?:email-server|mail server|SMTP server)\b|could not resolve dns name|)"
                // a printer's fault text (Xerox 016-503: "SMTP Server Name Resolution Failed")
                R"(\bSMTP server name resolution (?:failed|error)|)"
                // Perl's IO::Socket::INET ("IO::Socket::INET: Bad hostname 'smtp.example.net'"), Mail::Sendmail's
                // "Error sending mail: smtp.example.org not found"; a PLC's "could not resolve specified domain name"
                R"(IO::Socket::(?:INET6?|IP): Bad hostname\b|Error sending mail: \S+ not found|)"
                R"(could not resolve (?:the )?specified domain name|)"
                // libcurl's own words, as programs that send through it log them without curl's
                // exit code (Zabbix: "Couldn't resolve host name: Could not resolve: mail.example.com")
                R"(Couldn't resolve host name|Could not resolve: [a-z0-9-]+\.)",
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
     // (Postfix's reply for a blocklisted client opens with RFC 5321's words for the code, "554
     // Service unavailable; Client host [...] blocked using b.barracudacentral.org": the list decides.)
     .pattern = R"(spamhaus|spamcop|barracudacentral|\bRBL\b|\bDNSBL\b|black ?list(?:ed)?|block ?list(?:ed)?\b|listed (?:on|at|in) |Cloudmark|\bSORBS\b|)"
                R"(blocked using [A-Za-z0-9.-]+)",
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
     .pattern = R"(\bSPF\b.{0,40}(?:fail|not (?:pass|allowed)|invalid|check)|\bDKIM\b.{0,30}(?:fail|not pass|invalid)|senders to authenticate with|fails to pass authentication checks|\bSPF or DKIM\b|(?:mail|message|email) is unauthenticated|)"
                // Exchange Online's 5.7.23 ("... rejected because of Sender Policy Framework violation")
                R"(Sender Policy Framework)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.7.26 This message fails to pass SPF checks for an SPF record with a hard fail policy (-all)."},
    {.id = "spam.ptr_missing",
     .pattern = R"(reverse DNS|\bPTR\b|\brDNS\b|IP name lookup failed|does not resolve to an IP|reverse (?:lookup|hostname)|without a valid sender domain)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 5.7.25 The IP address sending this message does not have a PTR record setup."},
    // The name the program gives in HELO/EHLO refused as malformed (Exim's
    // "501 Syntactically invalid HELO argument(s)", Postfix's
    // reject_invalid_helo_hostname "Helo command rejected: Invalid name"): an
    // underscore or a space in a device's host name, a setting to fix.
    {.id = "smtp.helo_syntax_invalid",
     .pattern = R"(Syntactically invalid (?:HELO|EHLO) argument|Helo command rejected: Invalid name)",
     .reason = "syntaxerror", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "SMTP server response: 501 Syntactically invalid HELO argument(s)",
     .remediation = "The server refused the name this program announces in HELO/EHLO as malformed: set the "
                    "device's host name (or its SMTP HELO/domain setting) to its full DNS name, letters, digits, "
                    "dots and hyphens only."},
    {.id = "spam.helo_invalid",
     .pattern = R"(invalid helo|helo (?:name )?(?:is )?invalid|bad helo|HELO/EHLO argument|SMTPHeloError.{0,40}invalid)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kClient,
     .sample = "550 invalid helo given"},
    {.id = "spam.content",
     .pattern = R"(content rejected|\bspam\b|\bUBE\b|unsolicited|junk mail|blocked because its content|content filter|SpamAssassin|security policies|message filtered)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "550 5.7.1 Message refused by the content filter"},
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
     .pattern = R"(sender rejected|Sender address rejected|\bSender refused\b|envelope from address .*not accepted|sender (?:is )?not (?:allowed|authorized)|)"
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
     // (Not a 334: in an AUTH exchange it is the server's challenge, and for
     // XOAUTH2 the way it says the token was refused.)
     .pattern = R"(Expected response code "?\d{3}"?(?:,? (?:or|and) "?\d{3}"?)* but got (?:code |an? )?"?(?:2\d\d|3(?:[0-24-9]\d|3[0-35-9]))\b)",
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
    {.id = "mutt.no_sasl", .pattern = R"(SMTP authentication requires SASL|^No authenticators available$|cannot initialize the SASL library)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 1,
     .sample = "SMTP authentication requires SASL",
     .remediation = "The mail program cannot log in with any method the server offers: build or install it "
                    "with SASL support (mutt/neomutt with libsasl2 or gsasl, and the SASL modules for PLAIN "
                    "and LOGIN), or pick a method both sides have (smtp_authenticators)."},
    // git send-email when Net::SMTP could not open a session; the settings it
    // used follow "VALUES:". Without sendemail.smtpServer it tries the local
    // MTA, which a workstation seldom runs.
    {.id = "git_send_email.no_server_configured",
     .pattern = R"(Unable to initialize SMTP properly\..*VALUES: server=(?:localhost|127\.0\.0\.1|::1) )",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=localhost "
               "encryption= hello=laptop.example.org",
     .remediation = "git send-email has no SMTP server set and tried a mail server on this machine, which is "
                    "not there: set sendemail.smtpServer, smtpServerPort, smtpEncryption and smtpUser to the "
                    "provider's submission service (for example port 587 with tls)."},
    {.id = "git_send_email.no_session",
     .pattern = R"(Unable to initialize SMTP properly)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Unable to initialize SMTP properly. Check config and use --smtp-debug. VALUES: server=smtp.example.org "
               "encryption=tls hello=laptop.example.org port=587",
     .remediation = "git send-email could not open an SMTP session with the server it names. Run it again with "
                    "--smtp-debug=1 to see whether the name did not resolve, the connection was refused or "
                    "timed out, or the greeting never came; then check the host, the port and a firewall."},
    // Net::SMTP's own answer when the server's EHLO offered no AUTH: most
    // servers offer it only after STARTTLS (git send-email without
    // smtpEncryption), or the host is an MX that takes no logins.
    {.id = "perl.net_smtp.no_auth_offered",
     .pattern = R"(Command unknown: 'AUTH')",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Command unknown: 'AUTH' at /usr/lib/git-core/git-send-email line 1630.",
     .remediation = "The server offered no login before encryption: turn on STARTTLS (git: sendemail.smtpEncryption "
                    "= tls with port 587) or implicit TLS on 465; if it still offers none, the host is an MX, not "
                    "the provider's submission server."},
    // Perl's Net::SMTP (and what is built on it: MIME::Lite, Mail::Sender)
    // logs in only with Authen::SASL installed, and says so when it is not.
    {.id = "perl.net_smtp.no_sasl", .pattern = R"(Need MIME::Base64 and Authen::SASL todo auth)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 1,
     .sample = "SMTP auth() command failed: Need MIME::Base64 and Authen::SASL todo auth at /usr/local/bin/report.pl "
               "line 58.",
     .remediation = "Perl's Net::SMTP logs in only with the Authen::SASL and MIME::Base64 modules installed: install "
                    "them (Debian: libauthen-sasl-perl), then send again."},
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
    // Also in server logs and bounces: the same throttle of the sending IP.
    {.id = "microsoft.4.7.5xx.server_busy", .pattern = R"(Server busy\. Please try again later from)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kScopeAll, .priority = 2,
     .sample = "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77719)",
     .remediation = "Microsoft throttles this sending IP for now: lower the sending rate to Outlook.com/Microsoft "
                    "365 recipients and let the queue retry; persistent throttling points to IP reputation (SNDS)."},
    {.id = "provider.sending_quota",
     .pattern = R"(sending (?:limit|quota) exceeded|Daily user sending|exceeded (?:its|the|your) (?:24-hour|daily|hourly) (?:sending|message)|messages per (?:day|hour)|daily (?:sending |message |e-?mail )?(?:limit|quota)|crossed the sending limit|\xd0\xb4\xd0\xbd\xd0\xb5\xd0\xb2\xd0\xbd\xd0\xbe\xd0\xb9 \xd0\xbb\xd0\xb8\xd0\xbc\xd0\xb8\xd1\x82 \xd0\xbe\xd1\x82\xd0\xbf\xd1\x80\xd0\xb0\xd0\xb2\xd0\xba\xd0\xb8|(?:daily|hourly) SMTP relay limit|hourly (?:sending )?limit|5\.1\.90|SubmissionQuotaExceeded|(?:message|recipient) rate limit exceeded|number of allowed outgoing messages|outgoing (?:message|mail) (?:limit|quota)|relay quota|max(?:imum)? (?:e-?mails|messages) per (?:day|hour)|recipient limit exceeded|invoked too many times for one day|)"
                // Zoho's "5.4.6 Unusual sending activity detected"; cPanel's "has exceeded the max emails per
                // hour", "... the max defers and failures per hour"
                R"(unusual sending activity detected|exceeded the max (?:emails|defers and failures) per hour|)"
                // Mailtrap's "535 5.7.0 The email limit is reached" (the plan's monthly limit);
                // DirectAdmin's "You (user) have reached your daily email limit of 200 emails"
                R"(email limit is reached|reached (?:your|the|its) daily e-?mail limit|)"
                // Salesforce's SINGLE_EMAIL_LIMIT_EXCEEDED and MASS_MAIL_LIMIT_EXCEEDED (the org's daily
                // allowance); a CRM's "Maximum number of recipients exceeded"; HubSpot's "secondly limit"
                R"(\b(?:SINGLE_EMAIL|MASS_MAIL)_LIMIT_EXCEEDED\b|maximum number of recipients exceeded|reached your secondly limit|)"
                // Postal's hold of a mail server over its limit: "server send limit has been exceeded, holding"
                R"(\bsend limit (?:has been |was |is )?(?:exceeded|reached))",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClientAndLog, .priority = 2,
     .sample = "550 5.4.5 Daily user sending quota exceeded. - gsmtp",
     .remediation = "The account reached its sending quota (messages or recipients per day or hour): wait for "
                    "the window to reset, spread the sending, or move bulk mail to a service meant for it."},
    // Exchange Online's transient front-end error ("4.7.0 Temporary server error. Please try again later.
    // PRX4"): its servers, not a policy, whatever the x.7 status says.
    {.id = "microsoft.temporary_server_error", .pattern = R"(Temporary server error\. Please try again later)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kClientAndLog, .priority = 2,
     .sample = "451 4.7.0 Temporary server error. Please try again later. PRX4 [AS8PR04CA0101.eurprd04.prod.outlook.com]"},
    {.id = "smtp.rate_limited",
     .pattern = R"(rate ?limit(?:ed)?|ratelimit|too many (?:concurrent |simultaneous |parallel |smtp )*(?:connections|sessions|messages|mails|emails|requests)|receiving mail (?:at a rate|too quickly)|too much mail|frequency limit|throttl|sending rate|Connection rate limit|mail rate exceeded|concurrent server connections has exceeded|)"
                // a count per time: "limit of 400 rcpts per 24 hours", "only 5 recipients per 5 minutes allowed"
                R"(\b\d+ (?:rcpts|recipients|messages|mails|e-?mails) per (?:\d+ )?(?:seconds?|minutes?|hours?|days?)\b|)"
                // "471 4.7.1 <x>: The limits for your account are exceeded. Please try again later.";
                // Exchange's "421 4.4.2 Message submission rate for this client has exceeded the configured limit"
                R"(limits? for your account (?:are|is|has been) exceeded|submission rate for this client has exceeded|)"
                // "451-The server has reached its limit for processing requests from your host"
                R"(reached its limit for processing requests|)"
                // Exchange Online's throttle of one sender: "450 4.5.127 Excessive message rate from sender"
                R"(excessive message rate)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 1,
     .sample = "452 4.3.2 Connection rate limit exceeded."},
    {.id = "smtp.too_many_recipients", .pattern = R"(too many recipients|\xd0\xa1\xd0\xbb\xd0\xb8\xd1\x88\xd0\xba\xd0\xbe\xd0\xbc \xd0\xbc\xd0\xbd\xd0\xbe\xd0\xb3\xd0\xbe \xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb0\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xb9)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "452 4.5.3 Too many recipients"},

    // --- TLS mismatch --------------------------------------------------------------------------------
    // Outlook's test of the account settings when the encryption chosen
    // (SSL/TLS, STARTTLS, Auto) is not what the port speaks.
    {.id = "outlook.encryption_type_unsupported",
     .pattern = R"(does not support the connection encryption type|)"
                // ... as Outlook words it in German, French, Spanish, Italian, Portuguese, Dutch and Polish
                R"(Verbindungsverschl\S{1,3}sselungstyp|type de chiffrement de (?:la )?connexion|)"
                R"(tipo de cifrado de (?:la )?conexi\S{1,3}n|tipo di crittografia (?:della )?connessione|)"
                R"(tipo de criptografia de (?:la )?conex\S{1,3}o|type (?:van )?versleuteling van de verbinding|)"
                R"(typu szyfrowania po\S{1,3}\S{1,3}czenia|\xe6\x9a\x97\xe5\x8f\xb7\xe5\x8c\x96\xe6\x8e\xa5\xe7\xb6\x9a\xe3\x81\xae\xe7\xa8\xae\xe9\xa1\x9e|\xd1\x82\xd0\xb8\xd0\xbf \xd1\x88\xd0\xb8\xd1\x84\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb0\xd0\xbd\xd0\xb8\xd1\x8f \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f|\xe8\xbf\x9e\xe6\x8e\xa5\xe5\x8a\xa0\xe5\xaf\x86\xe7\xb1\xbb\xe5\x9e\x8b|\xec\x97\xb0\xea\xb2\xb0 \xec\x95\x94\xed\x98\xb8\xed\x99\x94 \xec\x9c\xa0\xed\x98\x95)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Send test e-mail message: Your server does not support the connection encryption type you have "
               "specified. Try changing the encryption method.",
     .remediation = "The encryption set for the outgoing server does not match its port: choose STARTTLS (or "
                    "TLS/Auto) for 587 and SSL/TLS for 465, as the provider documents."},
    // PHP's stream URL names the mode: "Unable to connect to ssl://mail.example.com:587 (Unknown error)"
    // (Roundcube, SwiftMailer, PHPMailer's smtp_host) is TLS from the first byte to a port that starts
    // in plain text, and its handshake failed without an error number (a refused or forbidden
    // connection says so instead).
    {.id = "php.implicit_tls_url_on_starttls_port",
     .pattern = R"(\b(?:ssl|tls)://[A-Za-z0-9.-]+:(?:587|25) \((?:Unknown error|0)\))",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "SMTP Error: Connection failed: Failed to connect socket: stream_socket_client(): Unable to connect to "
               "ssl://mail.example.com:587 (Unknown error) (Code: -1)",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    // CakePHP's SmtpTransport (Passbolt, other CakePHP applications) when the
    // socket opened but no greeting came: "SMTP server did not accept the
    // connection or trying to connect to non SSL SMTP server using SSL."
    {.id = "cakephp.ssl_to_plain_port",
     .pattern = R"(trying to connect to non SSL SMTP server using SSL)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "error: [Cake\\Network\\Exception\\SocketException] SMTP server did not accept the connection or "
               "trying to connect to non SSL SMTP server using SSL.",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "mailkit.port587_plain_text",
     .pattern = R"(port 587 is typically reserved for plain-text|port 25 is typically reserved for plain-text)",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "MailKit.Security.SslHandshakeException: An error occurred while attempting to establish an SSL or TLS "
               "connection. When connecting to an SMTP service, port 587 is typically reserved for plain-text "
               "connections.",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.wrong_version_number.starttls_port",
     .pattern = R"((?:wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|Unrecognized SSL message|unexpected packet format|record that exceeded the maximum permissible length|ssl_error_rx_record_too_long).*(?:[a-z\]]:|\d\.\d{1,3}:|port:? |, |port=)(?:587|25)\b|(?:[a-z\]]:|\d\.\d{1,3}:|port:? |, |port=)(?:587|25)\b.*(?:wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|Unrecognized SSL message|unexpected packet format|record that exceeded the maximum permissible length|ssl_error_rx_record_too_long))",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClient, .priority = 3,
     .sample = "SSL_connect returned=1 errno=0 peeraddr=192.0.2.103:587 state=error: wrong version number",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.wrong_version_number",
     .pattern = R"(wrong version number|WRONG_VERSION_NUMBER|unexpected TLS packet|unerwartetes TLS-Paket|Unrecognized SSL message|unexpected packet format|does not support SSL/TLS|first record does not look like a TLS handshake|corrupt message of type InvalidContentType|)"
                // .NET's "unexpected packet format" on a Japanese system ("予期しないパケット形式")
                R"(\xe4\xba\x88\xe6\x9c\x9f\xe3\x81\x97\xe3\x81\xaa\xe3\x81\x84\xe3\x83\x91\xe3\x82\xb1\xe3\x83\x83\xe3\x83\x88\xe5\xbd\xa2\xe5\xbc\x8f|)"
                // NSS (Thunderbird, Evolution): "SSL received a record that exceeded the maximum
                // permissible length. (Error code: ssl_error_rx_record_too_long)"
                R"(record that exceeded the maximum permissible length|ssl_error_rx_record_too_long|)"
                // SAP's CommonCryptoLib when the server answers TLS in plain text: "SSL handshake with x:25
                // failed: SSSLERR_NO_SSL_RESPONSE (-76)#Did not get a valid SSL response from server"
                R"(\bSSSLERR_NO_SSL_RESPONSE\b|Did not get a valid SSL response from server)",
     .reason = "wrong_version_number", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1123)",
     .remediation = kFixImplicitTlsOnStarttlsPort},
    {.id = "tls.starttls_required",
     .pattern = R"(STARTTLS is required|must (?:use|issue) (?:a )?STARTTLS|requires STARTTLS(?: to log in|, keeping message)|TLS required|Encryption required|requires? (?:TLS|encryption)\b|senders to use TLS|0x800CCC7C|IXP_E_SMTP_530_STARTTLS_REQUIRED)",
     .reason = "starttls_required", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "530 5.7.0 Must issue a STARTTLS command first", .remediation = kFixStarttls},
    {.id = "tls.starttls_not_offered",
     .pattern = R"(STARTTLS (?:extension )?not supported|did not (?:advertise|offer) STARTTLS|TLS not possible!|does not advertise the STARTTLS extension|does not support (?:TLS|STARTTLS)|TLS is required, but was not offered|Server does not support secure connections|\xd0\xa1\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80 \xd0\xbd\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xb4\xd0\xb5\xd1\x80\xd0\xb6\xd0\xb8\xd0\xb2\xd0\xb0\xd0\xb5\xd1\x82 \xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbe\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbd\xd1\x8b\xd0\xb5 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f|STARTTLS is not (?:supported|available)|no STARTTLS|0x800CCC7D|IXP_E_SMTP_NO_STARTTLS_SUPPORT|)"
                R"(does not accept the STARTTLS command|STARTTLS command used when not advertised|)"
                // MailKit's NotSupportedException: "The SMTP server does not support the STARTTLS extension."
                R"(does not support the STARTTLS extension|)"
                // Twisted's SMTP client when TLS is required and not offered ("TLSRequiredError: 502 Server does
                // not support secure communication via TLS / SSL")
                R"(TLSRequiredError|does not support secure communication via TLS|)"
                // K-9 Mail / Thunderbird for Android: "Missing capability: STARTTLS" (its MissingCapabilityException)
                R"(Missing capability: STARTTLS|)"
                // git send-email's "Server does not support STARTTLS!" in German
                R"(unterst\S{1,3}tzt kein STARTTLS)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.",
     .remediation = kFixStarttlsMissing},
    // A client that waits for a plain greeting on 465, where the server waits
    // for the TLS handshake first (implicit TLS): both wait until one gives up.
    // Postfix as a client says so when relayhost names :465 without
    // smtp_tls_wrappermode.
    {.id = "tls.plain_greeting_awaited_on_465",
     .pattern = R"(:465\b.{0,200}(?:(?:timed out|lost connection with \S+) while receiving the initial server greeting|)"
                R"(greeting never received|There was no response after \d+ seconds|)"
                R"(timeout waiting for (?:the )?(?:server )?greeting|)"
                // Exim's smtp transport: "H=host [ip]:465: Remote host closed connection in response to initial connection"
                R"(Remote host closed connection in response to initial connection|SMTP timeout after initial connection))",
     .reason = "wrong_tls_mode", .cause = C::tls_mismatch, .scopes = kClientAndLog, .priority = 3,
     .sample = "6E0C32C1A4: to=<ops@example.com>, relay=smtp.example.com[192.0.2.25]:465, delay=300, "
               "delays=0.02/0.01/300/0, dsn=4.4.2, status=deferred (conversation with smtp.example.com[192.0.2.25] "
               "timed out while receiving the initial server greeting)",
     .remediation = "Port 465 speaks TLS from the first byte: turn on implicit TLS for it (Postfix: "
                    "smtp_tls_wrappermode = yes and smtp_tls_security_level = encrypt for that relay; in an "
                    "application, SSL/TLS rather than STARTTLS), or use port 587 with STARTTLS."},
    {.id = "thunderbird.starttls_not_advertised",
     .pattern = R"(using STARTTLS since it doesn\S{1,3}t advertise|)"
                // its translations: "a secure link ... using STARTTLS" in the user's language
                R"((?:sichere Verbindung|liaison s\S{1,3}curis\S{1,3}e|conexi\S{1,3}n segura|connessione sicura|)"
                R"(liga\S{1,6}o segura|conex\S{1,3}o segura|beveiligde verbinding|bezpiecznego po\S{1,3}\S{1,3}czenia|)"
                R"(\xd0\xb1\xd0\xb5\xd0\xb7\xd0\xbe\xd0\xbf\xd0\xb0\xd1\x81\xd0\xbd\xd0\xbe\xd0\xb5 \xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xb5))"
                R"(.{0,120}STARTTLS)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "An error occurred while sending mail: Unable to establish a secure link with Outgoing server (SMTP) "
               "smtp.example.org using STARTTLS since it doesn't advertise that feature.",
     .remediation = kFixStarttlsMissing},
    // aiosmtplib asked for STARTTLS on a connection already encrypted (FastAPI-Mail with MAIL_STARTTLS
    // and MAIL_SSL_TLS both on): "Connection already using TLS". Two settings that exclude each other.
    {.id = "aiosmtplib.starttls_on_tls", .pattern = R"(Connection already using TLS)",
     .reason = "tls_settings_conflict", .cause = C::server_settings, .scopes = kClient, .priority = 2,
     .sample = "fastapi_mail.errors.ConnectionErrors: Exception raised Connection already using TLS, check your "
               "credentials or email service configuration",
     .remediation = "The client was told to use implicit TLS and STARTTLS at once: keep one, by the port (465: "
                    "SSL/TLS on, STARTTLS off; 587: STARTTLS on, SSL/TLS off)."},
    // (Laminas Mail's "Unable to connect via TLS", Symfony Mailer's "Unable to connect with STARTTLS.",
    // OpenCart's "Error: STARTTLS not accepted from server!": the upgrade after STARTTLS failed.)
    {.id = "tls.starttls_refused",
     .pattern = R"(refused to start TLS|attempt to start TLS failed|TLS not available|0x800CCC7F|)"
                R"(Unable to connect via TLS|Unable to connect with STARTTLS|STARTTLS not accepted from server|)"
                // nodemailer, when the reply to STARTTLS is no 2xx and it may not go on in clear
                R"(Error upgrading connection with STARTTLS)",
     .reason = "starttls_refused", .cause = C::tls_mismatch, .scopes = kClientAndLog, .priority = 2,
     .sample = "TLS is required, but host mx.example.org[192.0.2.7] refused to start TLS: 454 4.7.0 TLS not "
               "available due to local problem"},
    {.id = "tls.auth_only_after_starttls",
     .pattern = R"(does not support authentication(?:[.!\]]|\s*$| \(SMTP-AUTH\)| \(Code:)|kimlik do\S{1,3}rulamay\S{1,3} desteklemiyor|\bunencrypted connection\b|Authentication not supported by the remote SMTP server|no compatible authentication mechanisms for this type of connection security|AUTH (?:command )?(?:is )?not (?:allowed|available) (?:before|without)|SMTP AUTH extension not supported|server doesn'?t support AUTH|cannot use a secure authentication method|Plaintext authentication disallowed on insecure connections|)"
                // Vert.x mail: "login is required, but no allowed AUTH methods available. You may need to do STARTTLS"
                R"(You may need to do STARTTLS|)"
                // QQ Mail's (and its clones') "Error: A secure connection is requiered(such as ssl)."
                R"(secure connection (?:is )?requie?red\b|)"
                // Perl's MIME::Lite when the server's EHLO lists no AUTH
                R"(SMTP auth\(\) command not supported on|)"
                // K-9 Mail / Thunderbird for Android: "MissingCapabilityException: Missing capability: AUTH PLAIN"
                R"(Missing capability: AUTH\b|)"
                // pfSense's notifications (Manuel Lemos' smtp class) when the EHLO reply lists no AUTH
                R"(server does not require authentication)",
     .reason = "auth_requires_tls", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: the server does not support authentication",
     .remediation = "The server offers AUTH only after STARTTLS (or on 465): turn on STARTTLS/TLS in the client "
                    "before authenticating, and check the port."},
    // DANE: Postfix could not look up the destination's TLSA records, quoted in
    // a client's or a pasted line (postfix.dane.tlsa_lookup_error reads its log).
    {.id = "dane.tlsa_lookup_error", .pattern = R"(TLSA lookup error for)",
     .reason = "resolver_failure", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "warning: TLSA lookup error for mx.example.org:25",
     .remediation = "The TLSA records (DANE) of the destination could not be looked up: check that the local "
                    "resolver validates DNSSEC and answers (`dig +dnssec TLSA _25._tcp.MX-HOST`); a zone whose "
                    "signatures are broken is the destination's to fix."},
    {.id = "tls.cert_self_signed", .pattern = R"(self[- ]signed certificate|DEPTH_ZERO_SELF_SIGNED_CERT|self signed)",
     .reason = "cert_self_signed", .cause = C::tls_mismatch, .scopes = kClient, .priority = 1,
     .sample = "Error: self signed certificate { code: 'ESOCKET', command: 'CONN' }",
     .remediation = "The server presents a self-signed certificate: install one from a public CA whose name "
                    "matches the host (or add the server's CA to the client's trust store)."},
    {.id = "tls.cert_name_mismatch",
     .pattern = R"(does not match (?:the )?(?:host ?name|target host)|altnames|certificate owner does not match|host name did not match|Hostname/IP does not match|ERR_TLS_CERT_ALTNAME_INVALID|RemoteCertificateNameMismatch|No subject alternative|did not match expected CN|subjectAltName did not match|does not match the server certificate|invalid peer certificate: NotValidForName|)"
                R"(Server hostname does not match certificate|)"
                // Android's and OkHttp's checks (FairEmail, K-9): "Hostname verification failed: x is not
                // in the certificate names [...]", "Hostname x not verified"
                R"(Hostname verification failed|Hostname \S+ not verified|not in the certificate(?:'s)? names|)"
                // Claws Mail's, Geary's
                R"(Certificate is for .{1,200}, but connection is to|identity does not match the identity in the certificate|)"
                // Go's for a relay given by its IP; curl's; Windows' (Outlook: "The target principal name is
                // incorrect", in German and French too)
                R"(doesn't contain any IP SANs|no alternative certificate subject name matches|)"
                R"(target principal name is incorrect|Zielprinzipalname ist falsch|nom principal cible est incorrect|)"
                // LibreSSL's libtls (OpenSMTPD's relay): "name `mx2.example.org' not present in server certificate"
                R"(not present in server certificate|)"
                // Python's ssl.CertificateError ("hostname 'x' doesn't match 'y'", "... doesn't match either of
                // 'a', 'b'"); Exim's "SSL verify error: certificate name mismatch"; Exchange Online's
                // 4.7.320 "Certificate validation failed [Message=SubjectMismatch]"
                R"(hostname '[^']{1,255}' doesn't match|certificate name mismatch|Message=SubjectMismatch)",
     .reason = "cert_name_mismatch", .cause = C::tls_mismatch, .scopes = kClientAndLog, .priority = 1,
     .sample = "msmtp: TLS certificate verification failed: the certificate owner does not match hostname "
               "mail.example.org",
     .remediation = "The certificate is for another name: connect with the host name the certificate lists "
                    "(e.g. smtp.provider.com rather than an alias or IP), or fix the server's certificate."},
    {.id = "tls.cert_untrusted",
     // (Exchange Online's 4.7.320 "Certificate validation failed [Message=CertificateExpired]" and its kin.)
     .pattern = R"(Certificate validation failed \[Message=|certificate verify failed|CERTIFICATE_VERIFY_FAILED|certificate is not trusted|unable to get local issuer certificate|unable to verify the first certificate|PKIX path building failed|certification path|certificate could not be validated|Server certificate not verified|RemoteCertificateChainErrors|certificate verification failed|UNABLE_TO_VERIFY_LEAF_SIGNATURE|certificate has expired|CERT_HAS_EXPIRED|untrusted|certificate signed by unknown authority|x509: certificate|remote certificate is invalid|invalid peer certificate|Unacceptable TLS certificate|)"
                // a device's connection test ("The certificate of the SMTP server could not be verified.")
                R"(certificate of the (?:SMTP |mail |e-?mail )?server could not be verified|)"
                // Discourse's mail check: "Encountered a certificate verification error while connecting to
                // the mail server."
                R"(certificate verification error|)"
                // Claws Mail's, Geary's, Evolution's
                R"(Certificate for \S+ is expired|not signed by a known authority|certificate authority is not known|)"
                // Go without a CA store (a scratch container image): "x509: failed to load system roots"
                R"(failed to load system roots|)"
                // K-9 Mail / Thunderbird for Android: "The server presented an invalid SSL certificate.",
                // and its notification "Certificate error for alice@example.org"
                R"(presented an invalid (?:SSL |TLS )?certificate|Certificate error for \S+@|)"
                // Windows' CERT_E_UNTRUSTEDROOT, as .NET and the programs on it (eM Client, Mailbird) quote it
                R"(terminated in a root certificate which is not trusted|)"
                R"(certificate has been revoked|certificate has not been activated|certificate is considered insecure|)"
                R"(identity of the .{1,60} server at .{1,200} could not be verified|)"
                // Apple Mail on iOS and macOS: "Cannot Verify Server Identity. The identity of
                // "mail.example.com" cannot be verified by Mail."
                R"(Cannot Verify Server Identity|identity of .{1,80} cannot be verified|)"
                // ... and macOS Mail's sheet: "Mail can't verify the identity of the server
                // "mail.example.com". The certificate for this server is invalid."
                R"(can\S{1,3}t verify the identity of the server|certificate for this server is invalid|)"
                // JavaMail's check of the name (mail.smtp.ssl.checkserveridentity): "Can't verify identity of server: x"
                R"(can\S{1,3}t verify identity of server|)"
                // .NET's "The remote certificate is invalid according to the validation procedure" in German,
                // French and Spanish
                R"(Das Remotezertifikat ist laut Validierungsverfahren ung\S{1,3}ltig|)"
                // ... in Polish and Russian
                R"(Certyfikat zdalny jest nieprawid\S{1,3}owy|\xd0\xa3\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xb9\xd1\x81\xd1\x82\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd|)"
                R"(certificat distant n'est pas valide selon la proc\S{1,3}dure de validation|)"
                R"(certificado remoto no es v\S{1,3}lido seg\S{1,3}n el procedimiento de validaci\S{1,3}n|)"
                // ... in Russian and Chinese
                R"(\xd0\xa3\xd0\xb4\xd0\xb0\xd0\xbb\xd0\xb5\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd1\x81\xd0\xb5\xd1\x80\xd1\x82\xd0\xb8\xd1\x84\xd0\xb8\xd0\xba\xd0\xb0\xd1\x82 \xd0\xbd\xd0\xb5\xd0\xb4\xd0\xb5\xd0\xb9\xd1\x81\xd1\x82\xd0\xb2\xd0\xb8\xd1\x82\xd0\xb5\xd0\xbb\xd0\xb5\xd0\xbd|)"
                R"(\xe8\xbf\x9c\xe7\xa8\x8b\xe8\xaf\x81\xe4\xb9\xa6\xe6\x97\xa0\xe6\x95\x88|)"
                // Apple Mail's "Cannot Verify Server Identity" and msmtp's, Evolution's "certificate
                // verification failed", translated (German, French, Spanish, Italian, Portuguese,
                // Dutch, Polish)
                R"(Serveridentit\S{1,3}t|identit\S{1,3} du serveur|identidad del servidor|identit\S{1,3} del server|)"
                R"(identidade do servidor|identiteit van (?:de )?server|to\S{1,3}samo\S{1,3}ci serwera|)"
                R"(Zertifikatspr\S{1,3}fung|v\S{1,3}rification du certificat|verificaci\S{1,3}n del certificado|)"
                R"(verifica del certificato|verifica\S{1,6}o do certificado|certificaatverificatie|weryfikacja certyfikatu|)"
                R"(\xe8\xad\x98\xe5\x88\xa5\xe6\x83\x85\xe5\xa0\xb1\xe3\x82\x92\xe6\xa4\x9c\xe8\xa8\xbc\xe3\x81\xa7\xe3\x81\x8d\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|\xe6\x97\xa0\xe6\xb3\x95\xe9\xaa\x8c\xe8\xaf\x81\xe6\x9c\x8d\xe5\x8a\xa1\xe5\x99\xa8\xe8\xba\xab\xe4\xbb\xbd|\xd0\x9d\xd0\xb5 \xd1\x83\xd0\xb4\xd0\xb0\xd0\xb5\xd1\x82\xd1\x81\xd1\x8f \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb8\xd1\x82\xd1\x8c \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbb\xd0\xb8\xd0\xbd\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd1\x8c \xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|\xec\x84\x9c\xeb\xb2\x84 \xec\x8b\xa0\xec\x9b\x90\xec\x9d\x84 \xed\x99\x95\xec\x9d\xb8\xed\x95\xa0 \xec\x88\x98 \xec\x97\x86)",
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
    // Exchange's event 12014: no certificate on the server names the connector's FQDN,
    // so the connector cannot offer STARTTLS (senders that require TLS then fail).
    {.id = "exchange.connector_certificate_missing",
     .pattern = R"(could not find a certificate that contains the domain name|unable to support the STARTTLS SMTP verb)",
     .reason = "starttls_not_offered", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "Microsoft Exchange could not find a certificate that contains the domain name mail.example.org in "
               "the personal store on the local computer. Therefore, it is unable to support the STARTTLS SMTP verb "
               "for the connector Default Frontend EX1 with a FQDN parameter of mail.example.org.",
     .remediation = "The receive connector's FQDN has no matching certificate in the server's store, so it offers "
                    "no STARTTLS: install a certificate whose name covers the FQDN and enable it for SMTP "
                    "(Enable-ExchangeCertificate -Services SMTP), or set the connector's FQDN to a name the "
                    "certificate holds."},
    // Devices and mail programs that say no more than that the secure channel
    // failed ("Failed to establish SSL/TLS communication with the SMTP server",
    // "An error occurred in TLS encrypted communication with the SMTP server").
    {.id = "tls.channel_failed",
     .pattern = R"(failed to establish (?:an? )?(?:SSL/TLS|SSL|TLS|secure) (?:communication|connection|channel|session)|)"
                R"(error occurred in (?:the )?(?:SSL/TLS|SSL|TLS) (?:encrypted )?communication|)"
                // a PLC's mail block (Siemens TMAIL_C: "An internal SSL error or a problem with the structure of
                // the certificate")
                R"(\ban internal SSL error\b|)"
                // a device's send log ("SSL/TLS negotiation with the SMTP server failed.")
                R"((?:SSL/TLS|SSL|TLS) negotiation (?:with (?:the )?(?:SMTP |mail )?server )?failed)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient,
     .sample = "Send error 1131. Job No.: 000347 Destination: scans@example.com. Failed to establish SSL/TLS "
               "communication with the SMTP server."},
    {.id = "php.failed_to_enable_crypto", .pattern = R"(Failed to enable crypto|SSL operation failed)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient,
     .sample = "Connection failed. Error #2: stream_socket_client(): Failed to enable crypto"},
    {.id = "tls.handshake_failed",
     .pattern = R"(SslHandshakeException|SSLHandshakeException|TLS handshake failed|handshake failed|Handshake error|SSL_connect|ssl3_get_record|Could not convert socket to TLS|TLS-Aushandlung fehlgeschlagen|TLS-handskakning misslyckades|gnutls_handshake|n\S{1,3}gociation TLS|negociaci\S{1,3}n TLS|negoziazione TLS|Unable to connect with TLS encryption|TLS negotiation (?:with \S+ )?failed|unexpected TLS packet was received|SSL routines|when using TLS|TLS session is required|0x800CCC1A|IXP_E_SECURE_CONNECT_FAILED|)"
                // MailKit's SslHandshakeException ("An error occurred while attempting to establish an SSL or
                // TLS connection.")
                R"(error occurred while attempting to establish an SSL or TLS connection|)"
                // Twisted's SMTP client (Matrix Synapse): "TLSError: Could not complete the SSL/TLS handshake"
                R"(Could not complete the (?:SSL/TLS|SSL|TLS) handshake|)"
                // GnuTLS (Exim, msmtp, mutt): the peer closed the session without its close alert
                // ("TLS error on connection (recv): The TLS connection was non-properly terminated.")
                R"(TLS connection was non-properly terminated|)"
                // mutt/neomutt
                R"(Could not negotiate TLS connection|^SSL failed: |STARTTLS failed|could not start TLS connection|)"
                // Claws Mail's and Sylpheed's
                R"((?:can't|couldn't|cannot) start (?:STARTTLS|TLS|SSL) session|)"
                // Horde's SMTP library (Nextcloud Mail, IMP)
                R"(Could not open secure (?:TLS|SSL) connection|)"
                // Dynamics 365's mailbox alert: "... because an error occurred while establishing a secure
                // connection to the email server."
                R"(error occurred while establishing a secure connection to the (?:e-?mail|mail|SMTP) server)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient, .priority = -1,
     .sample = "msmtp: TLS handshake failed: The TLS connection was non-properly terminated."},

    // --- Outdated client -------------------------------------------------------------------------------
    // A sending program built without what the mail needs: Zabbix without libcurl's SMTP
    // authentication ("Support for SMTP authentication was not compiled in."), a tool built
    // without TLS ("not compiled with SSL support").
    {.id = "client.feature_not_compiled",
     .pattern = R"(support for [\w ./-]{1,40} (?:was|is) not compiled in|not compiled with (?:\w+ )?(?:SSL|TLS|SASL|GnuTLS|OpenSSL|authentication)\b)",
     .reason = "client_feature_missing", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "Media type test failed. Support for SMTP authentication was not compiled in.",
     .remediation = "The program sending the mail was built without the feature this server needs (SMTP "
                    "authentication, TLS): install a build or package that has it (for Zabbix, one linked with "
                    "libcurl), or relay through a local MTA that does."},
    {.id = "smtp.auth_mechanism_unsupported",
     .pattern = R"(Invalid authentication mechanism|Unrecognized authentication type|unknown auth mechanism: |does not support SMTP AUTH type|authentication mechanism (?:is )?(?:not supported|unavailable)|AUTH (?:mechanism )?[A-Za-z0-9-]+ not available|does not support authentication method|No suitable authentication method|no form of authori[sz]ation supported|None of the (?:supported )?authentication methods|No supported authentication|0x800CCC80|Authentication methods aren\S{1,3}t supported by (?:the )?server|SASL mechanism .{0,40}not (?:available|supported)|does not support the selected authentication method|does not seem to support encrypted passwords|)"
                // the Dart mailer package: "The server does not support LOGIN or PLAIN authentication method."
                R"(does not support (?:[A-Z0-9-]+ or )?[A-Z0-9-]+ authentication method|)"
                // Thunderbird's "The Outgoing server (SMTP) doesn't seem to support encrypted passwords."
                R"(doesn'?t seem to support encrypted passwords|)"
                // Evolution's, Claws Mail's, KMail's
                R"(does not support (?:CRAM-MD5|DIGEST-MD5|PLAIN|LOGIN|NTLM|GSSAPI|XOAUTH2|OAUTHBEARER|SCRAM-[A-Z0-9-]+) authentication|)"
                // ESP-Mail-Client's "the provided SASL authentication mechanism is not support[ed]"
                R"(SASL authentication mechanism is not support|)"
                R"(No SMTP AUTH method available|no matching authentication method|)"
                // a device's send log ("SMTP authentication method is not supported by the server.")
                R"(authentication method is not supported by the (?:SMTP )?server|)"
                // Rust's lettre
                R"(No compatible authentication mechanism was found|)"
                // RFC 4954's 534 phrase, shown without its code (Evolution)
                R"(Authentication mechanism is too weak|)"
                // swaks: the type asked for (--auth TYPE) not offered, none it knows
                // offered (--auth alone), or one offered that it lacks the module for
                R"(Auth not attempted, (?:requested type not|no advertised types) available|)"
                R"(Auth advertised but not supported locally|)"
                // Outlook's 0x800CCC80 in German
                R"(keine der von diesem Client unterst\S{1,3}tzten Authentifizierungsmethoden|)"
                // Thunderbird's "does not support the selected authentication method", translated
                R"(gew\S{1,3}hlte Authentifizierungsmethode|m\S{1,3}thode d'authentification s\S{1,3}lectionn\S{1,3}e|)"
                R"(m\S{1,3}todo de autenticaci\S{1,3}n seleccionado|metodo di autenticazione selezionato|)"
                R"(m\S{1,3}todo de autentica\S{1,6}o selecionado|geselecteerde authenticatiemethode|)"
                R"(wybranej metody uwierzytelniania|kiv\xc3\xa1lasztott hiteles\xc3\xadt\xc3\xa9si m\xc3\xb3d|valda autentiseringsmetoden|\xe9\x81\xb8\xe6\x8a\x9e\xe3\x81\x95\xe3\x82\x8c\xe3\x81\x9f\xe8\xaa\x8d\xe8\xa8\xbc\xe6\x96\xb9\xe5\xbc\x8f|\xe6\x89\x80\xe9\x80\x89\xe7\x9a\x84\xe8\xba\xab\xe4\xbb\xbd\xe9\xaa\x8c\xe8\xaf\x81\xe6\x96\xb9\xe6\xb3\x95|\xd0\xb2\xd1\x8b\xd0\xb1\xd1\x80\xd0\xb0\xd0\xbd\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbc\xd0\xb5\xd1\x82\xd0\xbe\xd0\xb4 \xd0\xbf\xd1\x80\xd0\xbe\xd0\xb2\xd0\xb5\xd1\x80\xd0\xba\xd0\xb8 \xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbb\xd0\xb8\xd0\xbd\xd0\xbd\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8)",
     .reason = "auth_mechanism_unsupported", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "535 5.7.8 Error: authentication failed: Invalid authentication mechanism",
     .remediation = kFixMechanism},
    {.id = "tls.protocol_version_unsupported",
     // (NSS: "Cannot communicate securely with peer: no common encryption
     // algorithm(s). (Error code: ssl_error_no_cypher_overlap)", "Peer using
     // unsupported version of security protocol.")
     // (Schannel's event 36871, "A fatal error occurred while creating a TLS client credential": no
     // protocol or cipher the machine allows, the TLS 1.2 registry settings of old Windows.)
     .pattern = R"(fatal error occurred while creating a TLS client credential|no common encryption algorithm|ssl_error_no_cypher_overlap|unsupported version of security protocol|No appropriate protocol|protocol is disabled or cipher suites are inappropriate|unsupported protocol|PROTOCOL_VERSION|alert protocol version|protocol version not supported|handshake_failure|SSLV3_ALERT_HANDSHAKE_FAILURE|no shared cipher|no ciphers available|do not possess a common algorithm|keinen gemeinsamen Algorithmus|ne poss\S{1,3}dent pas un algorithme commun|no poseen un algoritmo com\S{1,3}n|dh key too small|legacy sigalg disallowed|TLSRemoteAlert|TLS 1\.[01](?: and 1\.1)? (?:is|are) not supported|)"
                // Outlook for iOS and Android: "Your server doesn't support the security protocols Outlook
                // requires (TLS 1.2 or later)."
                R"(doesn\S{1,3}t support the security protocols|)"
                // .NET's SslStream when the server drops a handshake in a TLS version it refuses
                R"(Authentication failed because the remote party has closed the transport stream|)"
                // ... on German, French, Spanish, Italian, Portuguese and Dutch Windows
                R"(den Transportstream geschlossen|ferm\S{1,3} le flux de transport|cerrado la secuencia de transporte|)"
                R"(flusso di trasporto|fechou o fluxo de transporte|de transportstroom (?:heeft )?gesloten|)"
                // ... and "do not possess a common algorithm" and the transport stream in Russian,
                // Chinese, Japanese and Korean
                R"(\xd0\xbe\xd0\xb1\xd1\x89(?:\xd0\xb5\xd0\xb3\xd0\xbe \xd0\xb0\xd0\xbb\xd0\xb3\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xbc\xd0\xb0|\xd0\xb8\xd0\xb9 \xd0\xb0\xd0\xbb\xd0\xb3\xd0\xbe\xd1\x80\xd0\xb8\xd1\x82\xd0\xbc)|\xe9\x80\x9a\xe7\x94\xa8\xe7\x9a\x84\xe7\xae\x97\xe6\xb3\x95|\xe5\x85\xb1\xe9\x80\x9a\xe3\x81\xae\xe3\x82\xa2\xe3\x83\xab\xe3\x82\xb4\xe3\x83\xaa\xe3\x82\xba\xe3\x83\xa0|\xea\xb3\xb5\xed\x86\xb5 \xec\x95\x8c\xea\xb3\xa0\xeb\xa6\xac\xec\xa6\x98|\xd1\x82\xd1\x80\xd0\xb0\xd0\xbd\xd1\x81\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82\xd0\xbd\xd1\x8b\xd0\xb9 \xd0\xbf\xd0\xbe\xd1\x82\xd0\xbe\xd0\xba|\xe4\xbc\xa0\xe8\xbe\x93\xe6\xb5\x81|\xe3\x83\x88\xe3\x83\xa9\xe3\x83\xb3\xe3\x82\xb9\xe3\x83\x9d\xe3\x83\xbc\xe3\x83\x88 \xe3\x82\xb9\xe3\x83\x88\xe3\x83\xaa\xe3\x83\xbc\xe3\x83\xa0|\xec\xa0\x84\xec\x86\xa1 \xec\x8a\xa4\xed\x8a\xb8\xeb\xa6\xbc)",
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
    // BusyBox sendmail's refusal of a recipient; OSSEC's maild when the server refuses its MAIL FROM
    // or the message after DATA.
    // Apple Mail's sheet when the server refused a recipient and gave no
    // reason it shows ("The recipient "x" was rejected by the server."); the
    // relaying refusal says so and is read by its own rule.
    {.id = "apple_mail.recipient_rejected", .pattern = R"(The recipient\W{1,3}\S{1,254}?\W{1,3} was rejected by the server)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = -2,
     .sample = "Cannot Send Mail. A copy has been placed in your Outbox. The recipient \u201cbob@example.org\u201d was "
               "rejected by the server."},
    {.id = "client.bad_recipient", .pattern = R"(Bad recipient: |invalid e-?mail address\W{1,4}check the recipient)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = -1,
     .sample = "sendmail: Bad recipient: <j.doe@example.org>"},
    {.id = "ossec.mail_from_refused", .pattern = R"(Mail from not accepted by server)",
     .reason = "rejected", .cause = C::authentication, .scopes = kClient, .priority = -1,
     .sample = "os_sendmail(1764): WARN: Mail from not accepted by server"},
    {.id = "ossec.data_refused", .pattern = R"(End of DATA not accepted by server)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kClient, .priority = -1,
     .sample = "os_sendmail(1767): WARN: End of DATA not accepted by server"},
    {.id = "ossec.dns_failure", .pattern = R"(DNS failure for )",
     .reason = "host_not_found", .cause = C::dns, .scopes = kClient,
     .sample = "ossec-maild: ERROR: DNS failure for smtpserver"},
    // Juniper's smtpd and git send-email: no server configured to send through.
    {.id = "client.no_server_configured",
     .pattern = R"(SMTPD_NO_CONFIGURED_SERVER|required SMTP server is not properly defined|)"
                R"(erforderliche SMTP-Server ist nicht korrekt definiert|Remote host not set)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "The required SMTP server is not properly defined."},
    {.id = "client.spoofed_sender", .pattern = R"(rejecting spoofed message|spoofed sender)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kClient, .priority = 1,
     .sample = "550 rejecting spoofed message"},
    // The same failures as Russian applications word them ("Ошибка авторизации", "Нет соединения",
    // "Не получен ответ от сервера", "Ошибка подключения TLS"), without the first letter, which
    // may be a capital.
    {.id = "client.russian_wordings.auth", .pattern = R"(\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\x20\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8)",
     .reason = "auth_failed", .cause = C::authentication, .scopes = kClient,
     .sample = "\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\x20\xd0\xb0\xd0\xb2\xd1\x82\xd0\xbe\xd1\x80\xd0\xb8\xd0\xb7\xd0\xb0\xd1\x86\xd0\xb8\xd0\xb8"},
    {.id = "client.russian_wordings.no_connection", .pattern = R"(\xd0\xb5\xd1\x82\x20\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f|\xd0\xb5\x20\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x83\xd1\x87\xd0\xb5\xd0\xbd\x20\xd0\xbe\xd1\x82\xd0\xb2\xd0\xb5\xd1\x82\x20\xd0\xbe\xd1\x82\x20\xd1\x81\xd0\xb5\xd1\x80\xd0\xb2\xd0\xb5\xd1\x80\xd0\xb0|\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\x20\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .priority = -1,
     .sample = "\xd0\x9d\xd0\xb5\xd1\x82\x20\xd1\x81\xd0\xbe\xd0\xb5\xd0\xb4\xd0\xb8\xd0\xbd\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f"},
    {.id = "client.russian_wordings.tls", .pattern = R"(\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\x20\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\x20\x54\x4c\x53)",
     .reason = "tls_handshake_failure", .cause = C::tls_mismatch, .scopes = kClient,
     .sample = "\xd0\x9e\xd1\x88\xd0\xb8\xd0\xb1\xd0\xba\xd0\xb0\x20\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xba\xd0\xbb\xd1\x8e\xd1\x87\xd0\xb5\xd0\xbd\xd0\xb8\xd1\x8f\x20\x54\x4c\x53"},
    {.id = "rcpt.user_unknown",
     .pattern = R"(user unknown|unknown user|no such user|user (?:not found|not exist|does not exist|doesn't exist)|unknown recipient|recipient unknown|recipient (?:address )?(?:not found|does not exist)|address does not exist|mailbox (?:does not exist|not found|unavailable|is inactive|not available)|no such mailbox|invalid recipient|not a valid (?:recipient|mailbox|user)|inactive email address|account that you tried to reach does not exist|RecipNotFound|doesn't have a .{0,40} account|Recipient address rejected: Access denied|#?5\.1\.0 Address rejected|no longer on server|invalid mailbox|mailbox is frozen|destinataire invalide|)"
                // Exchange Online's 5.1.10 (RFC 7505 uses x.1.10 for a null MX; Microsoft for this)
                R"(RecipientNotFound|not found by SMTP address lookup)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient,
     .sample = "550 No such user here"},
    // msmtp cannot read the CA file it was told to trust: the server's
    // certificate cannot be checked ("cannot set X509 trust file ...").
    {.id = "msmtp.trust_file_unreadable", .pattern = R"(cannot set X509 trust file)",
     .reason = "cert_untrusted", .cause = C::tls_mismatch, .scopes = kClient, .priority = 2,
     .sample = "msmtp: cannot set X509 trust file /etc/ssl/certs/ca-certificates.crt for TLS session: Error while reading file.",
     .remediation = "msmtp cannot read the CA file named by tls_trust_file: install the CA bundle "
                    "(ca-certificates) or point tls_trust_file at a readable one (`tls_trust_file system` on "
                    "recent msmtp)."},
    // dma handed a message without recipients (`sendmail -t` and no To:, Cc: or Bcc:).
    // ... and PHPMailer asked to send with none ("You must provide at least one recipient email address.").
    {.id = "dma.no_recipients",
     .pattern = R"(\bdma(?:\[[0-9a-f.]+\])?: no recipients|You must provide at least one recipient email address)",
     .reason = "no_recipients", .cause = C::other, .scopes = kClient, .priority = 2,
     .sample = "dma: no recipients"},
    // Gmail's "Address not found" notice, the sentence users paste ("Your message wasn't delivered to
    // x because the address couldn't be found, or is unable to receive mail."), and its translations
    {.id = "gmail.address_not_found",
     .pattern = R"(address couldn'?t be found|address could not be found|endere\xc3\xa7o n\xc3\xa3o foi encontrado|no se ha encontrado la direcci|adresse est introuvable|Adresse nicht gefunden)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 1,
     .sample = "Your message wasn't delivered to ann@example.com because the address couldn't be found, or is unable "
               "to receive mail."},
    // The same notice when the recipient's domain does not exist ("because the domain x couldn't be
    // found. Check for typos ..."): the address is mistyped.
    // (German "weil die Domain x nicht gefunden wurde", French "car le domaine x est introuvable".)
    {.id = "gmail.domain_not_found",
     .pattern = R"(because the domain \S+ couldn'?t be found|because the domain \S+ could not be found|)"
                R"(weil die Domain \S+ nicht gefunden wurde|car le domaine \S+ (?:est introuvable|n'a pas \S+ trouv))",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient, .priority = 2,
     .sample = "Address not found. Your message wasn't delivered to jo@exmaple.org because the domain exmaple.org "
               "couldn't be found. Check for typos or unnecessary spaces and try again.",
     .remediation = "The recipient's domain does not exist: check the address for a mistyped domain "
                    "(exmaple.org, gmial.com) and send again; `dig MX DOMAIN` answers NXDOMAIN."},
    // Apple Mail (iOS, macOS): "Cannot Send Mail. The user name or password for "smtp.x" is incorrect."
    {.id = "apple_mail.password_incorrect", .pattern = R"(user name or password for .{1,80} is incorrect)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Cannot Send Mail. The user name or password for \"smtp.example.org\" is incorrect."},
    // Postfix's sendmail(1) without Postfix's configuration: nothing can be handed over.
    {.id = "postfix.sendmail.config_missing",
     .pattern = R"((?:sendmail|postdrop|postqueue|postfix)(?:\[\d+\])?: fatal: (?:open )?/etc/postfix/main\.cf|^fatal: open /etc/postfix/main\.cf: No such file)",
     .reason = "client_not_configured", .cause = C::server_settings, .scopes = kClientAndLog, .priority = 2,
     .sample = "sendmail: fatal: open /etc/postfix/main.cf: No such file or directory",
     .remediation = "The sendmail command is Postfix's but Postfix is not configured on this host: install and "
                    "configure it (dpkg-reconfigure postfix, or a satellite/null client relaying to your "
                    "provider), or point the program at an SMTP server instead of /usr/sbin/sendmail."},
    // Scanners' and printers' words for a scan too large to mail (Xerox's "016-985 Data Size Over").
    {.id = "device.scan_too_large",
     // Ricoh's "Exceeded max. E-mail size. Sending E-mail has been cancelled."
     .pattern = R"(Data Size Over|exceeds the maximum (?:e-?mail|message|attachment) size|)"
                R"(Exceeded (?:the )?max(?:imum|\.)? ?(?:e-?mail|message|attachment) size)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "016-985 Data Size Over (E-mail). The scanned data exceeds the maximum e-mail size.",
     .remediation = "The scan is larger than the device or its mail server allows: lower the resolution or "
                    "colour depth, split the job, or raise the device's maximum e-mail size if the server "
                    "accepts more."},
    // Canon's send error #752: the device cannot reach its SMTP server by the
    // name configured (a wrong server name, or no DNS server set on the device).
    {.id = "device.canon_752_smtp_server_name", .pattern = R"(#752\b)",
     .reason = "smtp_settings", .cause = C::server_settings, .scopes = kClient, .priority = 1,
     .sample = "Send job failed. Error Code: #752 Destination: scans@example.com",
     .remediation = "The device could not use the SMTP server it is set up with: check the server's name in the "
                    "device's e-mail settings and that the device has a DNS server (or use the server's IP "
                    "address), then the port and encryption the server expects."},
    // Canon's send error #839: the SMTP server refused the device's login
    // (the user name or password in its SMTP authentication settings).
    {.id = "device.canon_839_smtp_auth", .pattern = R"(#839\b)",
     .reason = "bad_credentials", .cause = C::authentication, .scopes = kClient, .priority = 1,
     .sample = "Job 0233 SEND E-mail scans@example.com NG #839",
     .remediation = "The SMTP server refused the device's login: enter the mailbox's user name (usually the full "
                    "address) and password, or an app password, in the device's SMTP authentication settings, "
                    "and check that the server allows SMTP AUTH for that mailbox."},
    // Apple Mail naming the part the server refused: "The sender address "x" was rejected by the
    // server "smtp.office365.com"" (the login may not send as that address).
    {.id = "apple_mail.sender_rejected", .pattern = R"(The sender address .{1,100} was rejected by the server)",
     .reason = "sender_not_permitted", .cause = C::authentication, .scopes = kClient, .priority = 2,
     .sample = "Cannot send message using the server smtp.office365.com. The sender address \"info@example.com\" was "
               "rejected by the server \"smtp.office365.com\".",
     .remediation = "The server refused the From address for the account you log in with: send from the account's "
                    "own address, or have the alias added to the mailbox (or Send As permission granted) first."},
    // Gmail's web banner: "You have reached a limit for sending mail. Your message was not sent."
    {.id = "gmail.web.sending_limit", .pattern = R"(reached a limit for sending mail)",
     .reason = "sending_quota", .cause = C::rate_limit, .scopes = kClient, .priority = 2,
     .sample = "You have reached a limit for sending mail. Your message was not sent."},
    // Apple Mail's "Cannot send message using the server X. Select a different
    // outgoing mail server from the list below or click Try Later": the server
    // did not take the message (unreachable, or refusing the session).
    // Apple Mail on iOS: "Cannot Send Mail. Check the account settings for the outgoing
    // server "smtp.example.com"." The phone could not use the server as set up.
    {.id = "apple_mail.check_outgoing_settings", .pattern = R"(Check the account settings for the outgoing server)",
     .reason = "smtp_settings", .cause = C::server_settings, .scopes = kClient, .weight = Weight::vague,
     .sample = "Cannot Send Mail. Check the account settings for the outgoing server \"smtp.example.com\".",
     .remediation = "The phone could not send through that outgoing server as configured: in Settings > Mail > "
                    "Accounts, check the SMTP host, port (587 with TLS, or 465), user name and password."},
    // ... and "Cannot Send Mail. The message was rejected by the server." with no reason:
    // the server refused the message itself (its content or the sender's policy), not a
    // recipient (that alert names the recipient).
    {.id = "apple_mail.message_rejected", .pattern = R"(The message was rejected by the server\.?\s*$)",
     .reason = "data_rejected", .cause = C::spam_policy, .scopes = kClient, .weight = Weight::vague,
     .sample = "Cannot Send Mail. The message was rejected by the server."},
    // (Vague: when the alert quotes the server's reply, "The server response was: 5.7.1 ...",
    // the reply's codes and words say more.)
    {.id = "apple_mail.cannot_send_using_server", .pattern = R"(Cannot send message using the server)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient, .weight = Weight::vague,
     .sample = "Cannot send message using the server smtp.example.com.",
     .remediation = "Mail could not hand the message to that outgoing server. Check that the server is reachable "
                    "(Window > Connection Doctor shows each account's SMTP check and its log), then the account's "
                    "outgoing server settings: host, port (587 or 465), TLS and the password."},
    // Microsoft 365's outbound policy refusing to forward mail outside the organization.
    {.id = "microsoft.5.7.520.external_forwarding", .pattern = R"(5\.7\.520|does not allow external forwarding)",
     .reason = "policyviolation", .cause = C::other, .scopes = kClient,
     .priority = 3,
     .sample = "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your "
               "administrator for further assistance. AS(7555)",
     .remediation = "The sender's own organization blocks automatic forwarding to outside addresses (Microsoft 365's "
                    "outbound spam policy): forward by hand, or have the administrator allow forwarding for this "
                    "mailbox in the outbound policy or a mail flow rule."},
    // Above the server's own refusal: RFC 3463's wording for 5.2.1 is "Mailbox
    // disabled, not accepting messages", which is about the mailbox.
    {.id = "gmail.5.2.1.account_disabled",
     .pattern = R"(account that you tried to reach is disabled|Disabled recipient|recipient (?:account |mailbox )?(?:is )?(?:disabled|suspended|deactivated)|mailbox (?:is )?(?:disabled|suspended))",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kClient, .priority = 1,
     .sample = "550-5.2.1 The email account that you tried to reach is disabled. Learn more at 550 5.2.1 "
               "https://support.google.com/mail/?p=DisabledUser - gsmtp"},
    // Postal with no host to try at all: the domain's MX and address lookups gave none.
    {.id = "client.no_smtp_hosts_found", .pattern = R"(No SMTP servers were available for \S+ No hosts to try)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kClient | kScopeMessage, .priority = 3,
     .sample = "No SMTP servers were available for example.org. No hosts to try.",
     .remediation = "The recipient's domain has no mail server in DNS (no MX record and no address): check the "
                    "address for a misspelt domain; if it is right, the domain's owner must publish an MX record."},
    // Postal (and other relays) after trying every MX of the domain.
    {.id = "client.no_mx_available", .pattern = R"(No SMTP servers were available for)",
     .reason = "connection_failed", .cause = C::server_unavailable, .scopes = kClient | kScopeMessage, .priority = 2,
     .sample = "No SMTP servers were available for example.org. Tried mx1.example.org and mx2.example.org"},
    // A reserved name (RFC 2606: example.com, .test, .invalid) as the recipient.
    {.id = "smtp.recipient_reserved_domain", .pattern = R"(address reserved by RFC ?2606|reserved (?:domain|TLD) .{0,30}RFC ?(?:2606|6761))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "501 5.1.5 Recipient address reserved by RFC 2606"},
    {.id = "client.recipients_refused",
     .pattern = R"(all recipients (?:were |have been )?(?:rejected|refused|discarded)|none of the recipients (?:was|were) accepted|cannot add recipient|recipient address .*not accepted|SMTPRecipientsRefused|The following recipients failed|SmtpFailedRecipient|recipients was rejected by the server|0x800CCC79|)"
                // ESP-Mail-Client's "Reason: set recipient failed" (its RCPT was refused)
                R"(set recipient failed|)"
                // zope.sendmail's queue processor ("Email recipients refused: a@example.org")
                R"(\brecipients refused: )",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "Error: Can't send mail - all recipients were rejected"},
    // Gmail's notice in the sender's inbox: "Recipient inbox full. ... Their inbox is full, or it's
    // getting too much mail right now." The first reading is the mailbox, and the reply quoted
    // under it (552 5.2.2) says so; "too much mail" is not a rate limit of ours.
    {.id = "gmail.notice.recipient_inbox_full", .pattern = R"(Recipient inbox full|Their inbox is full)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kClient, .priority = 3,
     .sample = "Recipient inbox full. Your message couldn't be delivered to bob@example.org. Their inbox is full, or "
               "it's getting too much mail right now."},
    {.id = "mailbox.full",
     .pattern = R"(mailbox (?:is )?full|over ?quota|mailbox exceeded quota|(?:mailbox|disk|storage|user|inbox|folder)\S* quota exceeded|quota exceeded for|QuotaExceeded|Disk quota|out of storage space|exceeded storage allocation|mailbox size limit|insufficient (?:disk )?space|ShutoffQuotaExceeded|domain (?:size|disk|storage) (?:limit|quota) exceeded|)"
                // Dovecot's quota_exceeded_message default
                R"(Quota exceeded \(mailbox for user is full\)|)"
                // Outlook's "The recipient's mailbox is full" in German, French, Italian, Spanish, Portuguese
                R"(Postfach des Empf\S{1,3}ngers ist voll|bo\S{1,3}te aux lettres du destinataire est pleine|)"
                R"(casella (?:di posta )?del destinatario \S{1,3} piena|buz\S{1,3}n del destinatario est\S{1,3} lleno|)"
                R"(caixa de correio do destinat\S{1,3}rio est\S{1,3} cheia|)"
                // web.de and GMX, in both their languages
                R"(exhausted (?:the )?allowed storage space|Speichervolumen (?:ue|\xc3\xbc)berschritten)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kClient, .priority = 1,
     .sample = "552 5.2.2 <user@example.org>: user is over quota"},
    // Exchange refusing to save the item in the sender's mailbox (its quota reached) as Graph, EWS and
    // Power Automate pass it on: "Cannot save changes made to an item to store." Below the size rule:
    // Graph adds the same words to its message-size error.
    {.id = "exchange.cannot_save_item", .pattern = R"(Cannot save changes made to an item to store)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kClient, .priority = 0,
     .sample = "Send an email (V2): {\"status\":400,\"message\":\"Cannot save changes made to an item to store.\"}",
     .remediation = "Exchange could not save the message in the sending mailbox (its Sent Items or Drafts): the "
                    "mailbox is at its quota. Empty or archive it, or raise its quota."},
    {.id = "message.too_large",
     .pattern = R"(message (?:file |is )?too (?:big|large)|is more than \d+ bytes long|(?:max(?:imum)?|message) (?:message )?size (?:limit|exceeded)|size exceeds|exceeded .{0,20}message size|MaxSubmissionExceeded|message size exceeds|mail size limit|exceeds (?:a temporary|the global) size limit|exceeds the maximum allowed size|)"
                // Outlook's 0x80040610: "The message being sent exceeds the message size established for this user."
                R"(exceeds the message size|)"
                // Apple Mail's "The message was rejected by the server because it is too large."
                R"(rejected by the server because it(?:'s| is) too (?:large|big)|)"
                // Zimbra: "Message of size 36700160 exceeds allowed size 26214400 (mail.MESSAGE_TOO_BIG)"
                R"(exceeds allowed size|\bMESSAGE_TOO_BIG\b|)"
                // Exchange's ErrorMessageSizeExceeded through Graph and EWS ("The message exceeds the maximum
                // supported size."); Power Automate's connector buffer ("Cannot write more bytes to the buffer
                // than the configured maximum buffer size: 104857600.")
                R"(exceeds the maximum supported size|\bErrorMessageSizeExceeded\b|)"
                // Thunderbird's global size limit message in Portuguese
                R"(excede o limite global de tamanho|)"
                R"(Cannot write more bytes to the buffer than the configured maximum buffer size)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kClient, .priority = 2,
     .sample = "552 5.3.4 Error: message file too big"},
    {.id = "relay.access_denied",
     .pattern = R"(Relay access denied|Relaying denied|relay not permitted|not permitted to relay|unable to relay|relaying (?:is )?not allowed|(?:not|n't) in my list of allowed rcpthosts|Unable to relay recipient|Relaying disallowed|)"
                // Haraka's answer when no plugin takes the recipient's domain as its own; iOS Mail's alert
                R"(I cannot deliver mail for <|does not allow relaying|\bnot relaying to\b|)"
                // Sendmail-style replies of French, German, Spanish and Italian servers
                R"(\bRelais (?:refus\S{1,2}|interdit|non autoris\S{1,2})|Relaying (?:verweigert|nicht erlaubt)|)"
                R"(\bRelay (?:nicht erlaubt|no permitido|denegado|non consentito|negato)\b)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 1,
     .sample = "554 5.7.1 <user@example.net>: Relay access denied"},
    // Said to a program sending through its own relay, Postfix's plain
    // "reject" for clients that are neither in mynetworks nor logged in: on
    // a server's log the same words are an inbound policy block.
    {.id = "client.host_not_permitted", .pattern = R"(Client host rejected: Access denied)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 2,
     .sample = "554 5.7.1 <unknown[192.0.2.44]>: Client host rejected: Access denied",
     .remediation = "The relay takes mail only from its own networks or from logged-in clients: authenticate "
                    "(SMTP AUTH on 587), or have the relay's admin add this host to its permitted networks."},
    // Sendmail refusing to relay for a client whose address has no name, as a
    // client quotes it: the bounce table's sendmail.relaying_denied.ip_name_lookup
    // for this scope, where it must rank above spam.ptr_missing (one rule for
    // both scopes would be a rule of every scope, and lose to the narrower one).
    {.id = "sendmail.relaying_denied.ip_name_lookup.client", .pattern = R"(Relaying denied\. IP name lookup failed)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kClient, .priority = 3,
     .sample = "550 5.7.1 <alerts@example.net>... Relaying denied. IP name lookup failed [192.0.2.44]"},
    // A greylisting server's temporary refusal, whatever else the reply says
    // ("mailbox unavailable 450 4.2.0 <x>: Recipient address rejected: Greylisted"):
    // mta.greylisted of every scope loses to this table's narrower user-unknown rule.
    {.id = "smtp.greylisted", .pattern = R"(\bgreylist(?:ed|ing)\b|Delayed by Postgrey)",
     .reason = "greylisted", .cause = C::spam_policy, .scopes = kClient, .priority = 2,
     .sample = "450 4.2.0 <max@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
     .remediation = "The receiving server greylists: it refuses a new sender for a few minutes and takes the "
                    "message when it is sent again. A real mail server retries by itself; a program that gives "
                    "up at the first 4xx should queue through a local MTA or retry later."},
    // Exchange Online refusing a message with bare line feeds (no CR before
    // LF) that it cannot pass on with BDAT: the sending program's line ends.
    {.id = "exchange.bare_linefeeds", .pattern = R"(BareLinefeedsAreIllegal|message contains bare linefeeds)",
     .reason = "syntaxerror", .cause = C::outdated_client, .scopes = kClient, .priority = 2,
     .sample = "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA",
     .remediation = "The message has lines that end in a bare LF, which Exchange Online refuses: update the "
                    "sending program or library, or make it write CRLF line ends (most have a setting)."},
    // fetchmail: the local listener refused an address it was handed (its
    // reply, on the line before, says why when it is logged).
    {.id = "fetchmail.recipient_refused", .pattern = R"(listener doesn't like recipient address)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .weight = Weight::vague,
     .sample = "fetchmail: SMTP listener doesn't like recipient address `anna@example.org'"},
    // Postfix's answer to DATA once every RCPT was refused: the reasons are
    // in the earlier replies.
    {.id = "client.no_valid_recipients",
     // ... and sendEmail's "No recipients were accepted for delivery by the mail server."
     .pattern = R"(Error: no valid recipients|No recipients were accepted for delivery)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kClient, .priority = 2,
     .sample = "Expected response code 354 but got code \"554\", with message \"554 5.5.1 Error: no valid recipients \"",
     .remediation = "The server refused every recipient, so it would not take the message: check the addresses "
                    "(and the earlier RCPT replies, which say why each was refused)."},

    // --- Expired and loops --------------------------------------------------------------------------------
    // Gmail's delay notice ("Delivery incomplete ... Gmail will retry for 47
    // more hours"): the message is still queued, so what failed is the
    // recipient's server, not yet the time allowed.
    {.id = "gmail.delay.connect_failed",
     .pattern = R"(will retry for \d+ more hours?.{0,300}did not accept our requests to connect)",
     .reason = "connection_timeout", .cause = C::server_unavailable, .scopes = kClient, .priority = 3,
     .sample = "Delivery incomplete. There was a temporary problem delivering your message to bob@example.org. Gmail "
               "will retry for 40 more hours. The response was: The recipient server did not accept our requests to "
               "connect. [mx.example.org. 203.0.113.8: timed out]"},
    {.id = "exim.retry_timeout_exceeded",
     .pattern = R"(retry timeout exceeded|have been failing for a long time|QUEUE\.Expired|message expired|Envelope expired|Cannot send message for \d+ (?:days?|hours?|weeks?)|delivery time expired|did not accept our requests to connect|)"
                // Gmail's final notice in German: "Der Server des Empfängers hat unsere Verbindungsanfragen
                // nicht akzeptiert."
                R"(Verbindungsanfragen nicht akzeptiert|)"
                // GLPI's queue: "Fatal error: giving up delivery of email to x: ..." after its retries
                R"(giving up delivery of (?:e-?mail|message)|)"
                // Postal's last attempt; qmail's "this message has been in the queue too long"
                R"(Maximum number of delivery attempts|in the queue too long|)"
                // Yahoo's notice in the sender's mailbox: "... Unable to deliver message after multiple retries, giving up."
                R"(Unable to deliver message after multiple retries|)"
                // Ory Kratos' courier: "Message was abandoned because it did not deliver after 5 attempts"
                R"(did not deliver after \d+ attempts|)"
                // The Windows SMTP service (IIS 6 SMTP) and Exchange 2003's expiry NDR text
                R"(Could not deliver the message in the time limit specified)",
     .reason = "expired", .cause = C::expired, .scopes = kClient, .priority = 2,
     .sample = "all hosts for 'example.org' have been failing for a long time (and retry time not reached)"},
    {.id = "smtp.too_many_hops",
     .pattern = R"(too many hops|hop count exceeded|routing loop|exceeded \d+ hops|mail loop)",
     .reason = "networkerror", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "554 5.4.6 Too many hops",
     .remediation = "The message travelled in a loop between servers: check MX records, relayhost and forwarding "
                    "rules so that no host passes the message back."},
    // A malformed message is the sending program's to fix (RFC 5322: one From,
    // a Message-ID, no duplicate headers), even when Gmail is the one refusing
    // ("Messages missing a valid Message-ID header are not accepted"); only
    // where its reply says the refusal is one of its spam defences ("This
    // message is not RFC 5322 compliant ... To reduce the amount of spam sent
    // to Gmail, this message has been blocked") is it read as spam policy.
    // An address with a non-ASCII local part needs SMTPUTF8 (RFC 6531) from
    // every server on the way: Thunderbird's alert when the submission server
    // lacks it, Postfix's bounce when the next hop does (5.6.7).
    {.id = "smtputf8.not_offered",
     .pattern = R"(SMTPUTF8 is required,? but was not offered|(?:does not|doesn't|do not) support SMTPUTF8|)"
                R"(unterst\S{1,2}tzt SMTPUTF8 nicht|ne (?:prend pas en charge|supporte pas) (?:le )?SMTPUTF8|)"
                R"(no (?:admite|soporta) SMTPUTF8|SMTPUTF8 (?:is )?not (?:supported|offered))",
     .reason = "smtputf8_unsupported", .cause = C::outdated_client, .scopes = kClientAndLog, .priority = 2,
     .sample = "The local part of the recipient address \"j\xc3\xbcrgen@example.de\" contains non-ASCII characters. "
               "Your server does not support SMTPUTF8. Please change the address and try again.",
     .remediation = "The address has non-ASCII characters before the @, which only servers with SMTPUTF8 (RFC "
                    "6531) accept, and a server on the way lacks it: use the recipient's ASCII address, or send "
                    "through a server that offers SMTPUTF8 (Postfix 3.0 and later with smtputf8_enable = yes)."},
    // 8-bit text without 8BITMIME (RFC 6152) on the way: the sending library
    // refuses to send it unencoded (go-mail, lettre: "Message contains
    // non-ascii chars but server does not support 8BITMIME").
    {.id = "client.8bitmime_unsupported",
     .pattern = R"((?:server )?does(?:n't| not) support 8BITMIME|8BITMIME (?:is )?not (?:supported|offered|advertised))",
     .reason = "contenterror", .cause = C::other, .scopes = kClientAndLog,
     .sample = "internal client error: Message contains non-ascii chars but server does not support 8BITMIME",
     .remediation = "The message body has 8-bit (non-ASCII) text and the server does not offer 8BITMIME: have the "
                    "program encode the body as quoted-printable or base64 (most libraries do when told the "
                    "content transfer encoding), or send through a server that offers 8BITMIME."},
    // NetEase's (163, 126, yeah) codes in its replies, as its help pages name them: RP:TRC the
    // sender's daily count, HL:ICC an address's concurrent connections, HL:IHU an address
    // suspended for spam or odd behaviour, DT:SPM the content judged spam.
    {.id = "provider.netease.rate", .pattern = R"(\bRP:(?:TRC|QRC|CEL|QRF)\b)", .reason = "speeding",
     .cause = C::rate_limit, .scopes = kScopeAll, .priority = 3,
     .sample = "550 RP:TRC 163 smtp3,G9xpCgD3f0u7yAtm9gQpBw--.50281S2 1712060604"},
    {.id = "provider.netease.connections", .pattern = R"(\bHL:I(?:CC|FC)\b)", .reason = "toomanyconn",
     .cause = C::rate_limit, .scopes = kScopeAll, .priority = 3,
     .sample = "421 HL:ICC 163mx01,QsCowAD3r8dJ0BhmcC0BAA--.1029S2 1712883913"},
    {.id = "provider.netease.suspended_ip", .pattern = R"(\bHL:(?:IHU|IPB|MEP)\b)", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kScopeAll, .priority = 3,
     .sample = "451 HL:IHU 163mx02,MsCowAC3 1712883913 http://mail.163.com/help/help_spam_16.htm"},
    {.id = "provider.netease.spam_content", .pattern = R"(\bDT:SPM\b)", .reason = "spamdetected",
     .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "554 DT:SPM 163 smtp10,DsCowAD3 1712883913, please see http://mail.163.com/help/help_spam_16.htm"},
    // QQ Mail's content refusal ("550 Mail content denied. http://service.mail.qq.com/...").
    {.id = "provider.qq.content_denied", .pattern = R"(\bMail content denied\b)", .reason = "spamdetected",
     .cause = C::spam_policy, .scopes = kClient, .priority = 3, .sample = "550 Mail content denied."},
    {.id = "provider.google.rfc5322_client",
     .pattern = R"(missing a valid (?:address in the From: header|Message-ID)|[?&]p=RfcMessageNonCompliant\b)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kClient, .priority = 2,
     .sample = "550 5.7.1 [198.51.100.4] Messages missing a valid Message-ID header are not accepted.",
     .remediation = "The receiving server refused the message as malformed: make the program that builds it give "
                    "one From address, one Subject and a Message-ID (RFC 5322), or upgrade its mail library."},
    {.id = "provider.google.rfc5322_client_spam_defence",
     .pattern = R"(not RFC ?(?:2822|5322) compliant.{0,120}reduce the amount of spam)",
     .reason = "notcompliantrfc", .cause = C::spam_policy, .scopes = kClient, .priority = 3,
     .sample = "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject 550-5.7.1 headers. To "
               "reduce the amount of spam sent to Gmail, this message has been blocked.",
     .remediation = "Gmail blocked the message as part of its spam defences because it breaks RFC 5322: make the "
                    "program that builds it give one From address, one Subject and a Message-ID, or upgrade its "
                    "mail library."},
    {.id = "smtp.rfc5322_noncompliant",
     .pattern = R"(multiple addresses in From|Duplicate header|Headers too large|improper use of 8-bit data|)"
                R"(not RFC ?(?:2822|5322) compliant)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kClient, .priority = 1,
     .sample = "554 Transaction failed: Duplicate header 'Subject'.",
     .remediation = "The message itself breaks RFC 5322 (duplicate or oversized headers, raw 8-bit headers): fix "
                    "the program that builds it, or upgrade the mail library."},
};

}  // namespace

std::span<const Rule> client_text_rules() { return kRules; }

}  // namespace mailtriage
