// Text rules for the wording of bounce messages and of the remote servers they
// quote, in Sisimai's reason vocabulary.
//
// The phrases are the ones MTAs and providers really write (Sisimai's
// reason/*.go and lhost/*.go catalogue them per reason; the samples are lines
// from real bounces). Where several rules match one text, Sisimai's order of
// reasons decides, expressed here as priorities: the reasons it tests first
// (mailbox full, message too big, suspended, ..., blocked) rank above the
// ones it only considers when the status code names nothing explicit
// (virus, policy, system and network errors, expiry, security, mailer).
//
// Two Sisimai distinctions need context beyond the words:
//  - "user unknown" answered to RCPT means the mailbox does not exist, but the
//    same words after DATA (or with no command known) come from a filter that
//    read the message: reason "filtered". Rules carry the command for that.
//  - In bounce messages a few enhanced status codes mean something else to
//    Sisimai than their RFC 3463 title (5.2.1 filtered, 5.7.1 securityerror);
//    those rows are limited to the message scope and rank above the generic
//    status rules of rules_smtp.cc.
#include "classifiers/rule.h"

namespace mailtriage {
namespace {

using C = Cause;
constexpr uint8_t kMsg = kScopeMessage;
// What remote servers say reaches us relayed by MTAs: in bounces and in the
// MTAs' logs. Client logs have their own table (rules_client.cc). Every row
// here names its scope, so that the classifier's scope tie-break (a narrower
// rule wins) leaves Sisimai's order among these rows intact.
constexpr uint8_t kRemote = kScopeMessage | kScopeServerLog;
// Exchange Online's hosts, as Sisimai's Rhost table names them.
constexpr std::string_view kMicrosoftHosts = "prod.outlook.com|protection.outlook.com";

// Sisimai's reason order, as tie-break priorities among text rules. All are
// negative: where an MTA-specific rule of another table matches the same
// text equally well, that rule (priority 0) keeps its finer reason.
enum Rank : int8_t {
  kProvider = -4,  // a provider's documented wording or code: it knows its own errors best
  kProviderArticle = -5,  // the name of a provider's help article: its words, quoted too, say more
  kFull = -10, kTooBig = -12, kLimit = -14, kSuspend = -16, kMoved = -18, kRelay = -20, kAuth = -22,
  kUser = -24, kFiltered = -26, kPtr = -28, kRfc = -30, kReputation = -32, kContent = -34, kRejected = -36,
  kHost = -38, kSpam = -40, kSpeeding = -42, kConn = -44, kBlocked = -46, kSpamLate = -50,
  kVirus = -60, kPolicy = -62, kSystem = -64, kNetwork = -66, kSystemFull = -70, kNotAccept = -72,
  kExpired = -74, kStartTls = -76, kSecurity = -78, kMailer = -82,
};

// Wordings of "this mailbox does not exist". Shared by the rules that tell a
// refusal at RCPT (userunknown) from the same words after DATA (filtered).
constexpr std::string_view kUserUnknown =
    R"(#5\.1\.1 bad address|550 address invalid|5\.1\.0 address rejected|address(?:ee)? (does not exist|not present in directory|unknown)|)"
    R"(can'?t accept user|destination addresses were unknown|destination server rejected recipients|)"
    R"(e-?mail address (does not exist|could not be found)|invalid (address|mailbox|recipient)|is not a (known user|valid mailbox)|)"
    R"(not an active address at this host|mailbox (does not exist|invalid|is inactive|is unavailable|not present|not found|unavaiable)|)"
    R"(nessun utente simile|no account by that name|no existe (dicha persona|ese usuario)|)"
    R"(no mail ?box (available for this user|by that name|found)|no such (address|mailbox|person|recipient|user)|)"
    R"(rejected: account unavailable|no valid recipients|not a valid (recipient|user)|not a local address|)"
    R"(recipient address rejected: (access denied|invalid[ -]?user|invalid-recipient|unknown user|user ?unknown|user .{1,60} does not exist)|)"
    R"(recipient (does not exist|is not accepted|is not local|not exist|not found|not ok|unknown|refuses to accept your mail)|)"
    R"(requested action not taken: mailbox unavailable|recipient ?not ?found|sorry, (user unknown|badrcptto|no mailbox here by that name)|)"
    R"(envelope recipient (has been denied|is in my badrcptto list)|email account that you tried to reach does not exist|)"
    R"(following recipients was undeliverable|user'?s email name is not found|there is no one at this address|)"
    R"(this address no longer accepts mail|email address is wrong or no longer valid|badrecipientto list|validrcptto list|)"
    R"(unknown (mailbox|recipient|user|local[ -]?part|local user|e-?mail address)|user (does not exist|missing home directory|not active|not exist|not found|not known|unknown)|)"
    R"(utilisateur inconnu|invalid or unknown virtual user|nicht gefunden wurde oder keine e-mails empfangen kann|)"
    R"(<[^>\s]+> not found|does not exist at the organization|destinataire invalide|non-?existent user|)"
    R"(rcpt <[^>\s]+> does not exist|recipient .{1,80} was not found in|this user doesn'?t have a .{1,60} account|)"
    R"(user .{1,60} (was not found|does not exist)|user \([^)]*\) unknown|)"
    // GroupWise's gateway: "t.jansen (User not on post office)"
    R"(user not on post office)";

// Amazon SES's words for an address it would not send to because of the
// account's (or its global) suppression list.
constexpr std::string_view kSesSuppressed =
    R"((?:is|was) on the (?:account-level |global |account's |)suppression list|has suppressed sending to this address)";

constexpr Rule kRules[] = {
    // --- Providers' own wordings and codes --------------------------------------
    // Google: its DNS errors, its RFC 5322 checks, and the "(state N)" of older Gmail bounces.
    {.id = "provider.google.null_mx", .pattern = R"(returned null mx|doesn'?t receive email according to the administrator)",
     .reason = "notaccept", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "DNS Error: 80458680 DNS type 'mx' lookup of example.org responded with code NOERROR The domain "
               "example.org doesn't receive email according to the administrator: returned Null MX"},
    {.id = "provider.google.dns_temporary", .status = "4.",
     .pattern = R"(responded with code (nxdomain|servfail)|had no relevant answers|dns error: domain name not found)",
     .reason = "networkerror", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "4.0.0 DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN Domain name "
               "not found: example.jp"},
    {.id = "provider.google.dns_permanent", .status = "5.",
     .pattern = R"(responded with code nxdomain|dns error: domain name not found|dns server returned answer with no data)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "5.1.2 DNS Error: Domain name not found"},
    {.id = "provider.google.dns_unreachable", .pattern = R"(dns error: could not contact dns servers)",
     .reason = "expired", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "DNS Error: Could not contact DNS servers"},
    {.id = "provider.google.address_not_found",
     .pattern = R"(because the address couldn'?t be found\. check for typos)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "Your message wasn't delivered to kijitora@example.it because the address couldn't be found. Check "
               "for typos or unnecessary spaces and try again."},
    // Gmail ends every refusal with the help article that explains it
    // ("https://support.google.com/mail/?p=NoSuchUser"). Sendmail logs only
    // the last line of a multi-line reply, and some relays quote only that
    // line, so the article's name may be all that is left of the words; it
    // names the reason as well as they do.
    {.id = "provider.google.article.no_such_user", .pattern = R"([?&]p=NoSuchUser\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "dsn=5.1.1, stat=User unknown: 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser "
               "a1b2c3d4e5f60-12ab34cd56si1234567f8.90 - gsmtp"},
    {.id = "provider.google.article.disabled_user", .pattern = R"([?&]p=DisabledUser\b)",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 5.2.1  https://support.google.com/mail/?p=DisabledUser a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.over_quota", .pattern = R"([?&]p=OverQuota(?:Temp|Perm)\b)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.receiving_rate", .pattern = R"([?&]p=ReceivingRate\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "Deferred: 450 4.2.1  https://support.google.com/mail/?p=ReceivingRate a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.max_size", .pattern = R"([?&]p=MaxSizeError\b)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "552 5.3.4  https://support.google.com/mail/?p=MaxSizeError a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.unsolicited_message", .pattern = R"([?&]p=UnsolicitedMessageError\b)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.low_ip_reputation", .pattern = R"([?&]p=UnsolicitedIPError\b)",
     .reason = "badreputation", .cause = C::spam_policy, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 5.7.1  https://support.google.com/mail/?p=UnsolicitedIPError a1b2c3d4e5f60 - gsmtp"},
    // The unusual-rate article: a deferral is a rate limit, a refusal a block
    // (as the words are read, provider.google.unusual_rate_deferred).
    {.id = "provider.google.article.unsolicited_rate_deferred", .status = "4.",
     .pattern = R"([?&]p=UnsolicitedRateLimitError\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "421 4.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.article.unsolicited_rate", .pattern = R"([?&]p=UnsolicitedRateLimitError\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 5.7.28  https://support.google.com/mail/?p=UnsolicitedRateLimitError a1b2c3d4e5f60 - gsmtp"},
    // A malformed message is the sending program's to fix; spam policy only
    // where Gmail's reply says so (rfc5322_spam_defence below).
    {.id = "provider.google.article.not_rfc_compliant", .pattern = R"([?&]p=RfcMessageNonCompliant\b)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 5.7.1  https://support.google.com/mail/?p=RfcMessageNonCompliant a1b2c3d4e5f60 - gsmtp"},
    {.id = "provider.google.rate_blocked",
     .pattern = R"(ip not in whitelist for rcpt domain|an unusual rate of unsolicited mail)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "421 4.7.0 IP not in whitelist for RCPT domain, closing connection."},
    {.id = "provider.google.unsolicited",
     .pattern = R"(likely unsolicited mail|due to the nature of the content or the links within)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Our system has detected that this message is likely unsolicited mail."},
    {.id = "provider.google.authentication",
     .pattern = R"(senders to authenticate (with|their email with) (either spf or dkim|spf|dkim)|)"
                R"(not accepted due to domain'?s dmarc policy|fails to pass (spf|authentication) checks|)"
                R"(spf record with a hard fail policy|the spf record of the sending domain|)"
                R"(aligned with either the authenticated spf or dkim)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550-5.7.26 Unauthenticated email from example.jp is not accepted due to domain's DMARC policy."},
    // A receiver enforcing the sender domain's DMARC policy (Comcast's "550 5.2.0
    // Message rejected due to DMARC", Microsoft's 5.7.509 "Access denied, sending
    // domain does not pass DMARC verification").
    {.id = "bounce.dmarc.rejected",
     .pattern = R"(rejected (?:due to|per|by) DMARC|DMARC (?:policy|verification|check)s? (?:fail|reject)|does not pass DMARC|)"
                // Mimecast: "550 DMARC Sender Invalid - envelope rejected"
                R"(DMARC Sender Invalid)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.2.0 Message rejected due to DMARC. Please see http://postmaster.comcast.net/smtp-error-codes.php#DM000001"},
    // Exchange Online throttling a sender: "4.7.3 Organization queue quota
    // exceeded", "The maximum number of concurrent connections per resource
    // forest has exceeded a limit" (a quota of messages waiting, not a mailbox).
    {.id = "provider.microsoft.throttled",
     .pattern = R"(organization queue quota exceeded|concurrent connections per \w+ \w+ has exceeded)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "450 4.7.3 Organization queue quota exceeded."},
    // A route (Mimecast, a domain's policy) that takes mail only over TLS.
    // ("This route requires TLS version 1.2 or greater": the version too.)
    // An MTA-STS policy that the receiver's MX does not satisfy (Exchange
    // Online's 5.4.8 "failed MTA-STS validation") refuses plain delivery too.
    {.id = "bounce.tls_required",
     .pattern = R"(route requires (?:encryption|TLS)|requires encryption \(TLS\)|must use TLS|TLS (?:is )?required|)"
                R"(failed MTA-STS validation)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kRemote, .priority = kProvider,
     .sample = "553 This route requires encryption (TLS)"},
    {.id = "provider.google.rfc5322",
     .pattern = R"(missing a valid (address in the from: header|message-id)|multiple addresses in from: header|)"
                R"(encoded-word syntax is not permitted|unicode character in a disallowed header|)"
                R"(mail message is malformed|is not a valid rfc ?5321 address)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Messages missing a valid Message-ID: header are not accepted."},
    {.id = "provider.google.rfc5322_spam_defence",
     .pattern = R"(not rfc ?(?:2822|5322) compliant.{0,120}reduce the amount of spam)",
     .reason = "notcompliantrfc", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider + 1,
     .sample = "550-5.7.1 This message is not RFC 5322 compliant. There are multiple Subject 550-5.7.1 headers. To "
               "reduce the amount of spam sent to Gmail, this message has been blocked."},
    {.id = "provider.google.prohibited_by_policy",
     .pattern = R"(has a policy that (?:\d{3}[ -]\d\.\d\.\d{1,3} )?prohibited the (?:e-?)?mail)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 The user or domain that you are sending to (or from) has a policy that prohibited the mail "
               "that you sent."},
    {.id = "provider.google.out_of_storage", .pattern = R"(inbox is out of storage space|account that you tried to reach is over quota)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kRemote, .priority = kProvider,
     .sample = "452 4.2.2 The recipient's inbox is out of storage space."},
    {.id = "provider.google.receiving_too_fast",
     .pattern = R"(is receiving mail too quickly|relay limit exceeded for|daily (user )?sending (quota|limit) exceeded)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "450 4.2.1 The user you are trying to contact is receiving mail too quickly."},
    {.id = "provider.gmail.state_filtered", .pattern = R"(\(state 1[578]\))",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kMsg, .priority = kProvider,
     .sample = "The error that the other server returned was: 554 554 5.7.0 Header error (state 18)."},
    {.id = "provider.gmail.state_tls", .pattern = R"(\(state [69]\))",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kMsg, .priority = kProvider,
     .sample = "The error that the other server returned was: 500 Remote server does not support TLS (state 6)."},
    // Gmail slows down mail that did not come over TLS ("421-4.7.29 Your email
    // has been rate limited because this message wasn't sent over a TLS connection").
    {.id = "provider.google.not_over_tls", .pattern = R"(wasn'?t sent over a TLS connection|not sent over (?:a )?TLS)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kRemote, .priority = kProvider,
     .sample = "421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection."},
    // Exchange Online's outbound TLS checks (SMTP DANE and connector TLS): the
    // destination offers no STARTTLS, its certificate expired or does not
    // match, its TLSA or DNSSEC records fail.
    {.id = "provider.microsoft.outbound_tls", .pattern = R"(\b[45]\.7\.32[1-9]\b)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.321 starttls-not-supported: Destination mail server must support TLS to receive mail."},
    // The same refusal in a bounce is named in Sisimai's words.
    {.id = "bounce.failedstarttls.text",
     .pattern = R"(must issue a starttls command first|starttls is required to send mail|tls required but not supported)",
     .reason = "failedstarttls", .cause = C::tls_mismatch, .scopes = kMsg, .priority = kProvider,
     .sample = "530 5.7.0 Must issue a STARTTLS command first (in reply to MAIL FROM command)"},
    // ... and for the other domains on Yahoo's servers (AOL, AIM, ymail, rocketmail), and the
    // ISPs whose mail it hosts (Verizon, AT&T, Sky, Frontier, ...) when Yahoo's host says it;
    // after DATA as before. (The same words from another host stay the filter Sisimai reads.)
    {.id = "provider.yahoo.no_account",
     .pattern = R"(this user doesn'?t have an? (?:yahoo\.[a-z.]+|aol\.[a-z.]+|aim\.com|ymail\.com|rocketmail\.com) account|)"
                R"(this user doesn'?t have an? [a-z0-9.-]{1,60} account.{0,200}\.(?:yahoo\.com|yahoodns\.net)\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "554 delivery error: dd This user doesn't have a yahoo.com account (kijitora@yahoo.com) [0] - "
               "mta1061.mail.ne1.yahoo.com"},
    // IONOS refusing a sender whose domain has no usable MX or address record
    // ("550 invalid DNS MX or A/AAAA resource record", after MAIL FROM).
    {.id = "provider.ionos.sender_domain_unresolvable", .pattern = R"(invalid DNS MX or A/AAAA resource record)",
     .reason = "rejected", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "550-Requested action not taken: mailbox unavailable 550 invalid DNS MX or A/AAAA resource record",
     .remediation = "The receiver refused the sender's domain: it has no MX record nor an address (A/AAAA) that "
                    "resolves. Publish them for the domain in the envelope sender (`dig MX DOMAIN`), or send from "
                    "a domain that has them."},
    // Interia's "Recipient doesn't want your mail": the recipient's own filter.
    {.id = "provider.interia.recipient_filter", .pattern = R"(recipient doesn'?t want your mail)",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Recipient doesn't want your mail"},
    // Aliyun (Alibaba Mail) refusing by its anti-spam verdict ("554 Reject by behaviour spam at
    // Rcpt State(Connection IP address:x)ANTISPAM_BAT[...]").
    {.id = "provider.aliyun.antispam", .pattern = R"(ANTISPAM_BAT\[|reject by behaviour spam)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 Reject by behaviour spam at Rcpt State(Connection IP address:203.0.113.88)ANTISPAM_BAT[01201311R1]"},
    // Naver refusing an address it has not registered ("421 4.3.2 Your IP(x) is filtered ...
    // You must register your IP to http://realip.naver.com").
    {.id = "provider.naver.ip_filtered", .pattern = R"(realip\.naver\.com|your ip\(\S+\) is filtered)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "421 4.3.2 Your IP(203.0.113.77) is filtered and this connection will be closed. You must register your "
               "IP to http://realip.naver.com"},
    // Korean providers' notices in their own words (Naver, Daum, Nate): the recipient blocks the
    // sender ("수신차단"), the mailbox is full ("메일함 용량"), the account does not exist.
    {.id = "provider.korean.recipient_blocks_sender", .pattern = R"(\xec\x88\x98\xec\x8b\xa0\xec\xb0\xa8\xeb\x8b\xa8)",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kMsg, .priority = kProvider,
     .sample = "\xeb\xb0\x9b\xeb\x8a\x94 \xec\x82\xac\xeb\x9e\x8c\xec\x9d\xb4 \xed\x9a\x8c\xec\x9b\x90\xeb\x8b\x98\xec\x9d\x98 "
               "\xeb\xa9\x94\xec\x9d\xbc\xec\x9d\x84 \xec\x88\x98\xec\x8b\xa0\xec\xb0\xa8\xeb\x8b\xa8 "
               "\xed\x95\x98\xec\x98\x80\xec\x8a\xb5\xeb\x8b\x88\xeb\x8b\xa4."},
    // Daum/Kakao's anti-spam block ("554 5.7.1 DAS51 203.0.113.75: Your mail is blocked automatically by
    // anti-spam system").
    {.id = "provider.daum.antispam_block", .pattern = R"(blocked automatically by anti-?spam system)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.7.1 DAS51 203.0.113.75: Your mail is blocked automatically by anti-spam system. (E06)"},
    {.id = "provider.docomo.too_many_recipients", .pattern = R"(\b552 too many recipients)", .reason = "toomanyconn",
     .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "host mfsmax.docomo.ne.jp[198.51.100.202] said: 552 Too many recipients (in reply to RCPT TO command)"},
    // au (KDDI): "550 <addr>: User unknown" for a mailbox that does not exist,
    // "550 : User unknown" when its filter refused the message.
    {.id = "provider.kddi.user_unknown", .pattern = R"(\b550 <[^>\s]+@[^>\s]+>: user unknown)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "host lsean.ezweb.ne.jp [27.85.176.228]: 550 <kijitora@ezweb.ne.jp>: User unknown"},
    {.id = "provider.kddi.filtered", .pattern = R"(\b550 : user unknown)", .reason = "filtered",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "host lsean.ezweb.ne.jp [27.85.176.228]: 550 : User unknown"},
    // Microsoft throttles on the sending IP's reputation: a temporary limit on
    // the rate, which is what the sender can act on now (the client rules say
    // rate_limit for the same reply).
    {.id = "provider.microsoft.reputation", .status = "*.7.650", .pattern = R"(reputation)",
     .reason = "badreputation", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "451 4.7.650 The mail server [192.0.2.25] has been temporarily rate limited due to IP reputation."},
    // Cox: "AUP#<code>" with its published meanings.
    {.id = "provider.cox.blocked", .pattern = R"(aup#(cxbl|cdrbl|ipbl\d+)\b|cox too many bad commands|too many invalid recipients)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at "
               "https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL"},
    {.id = "provider.cox.rdns", .pattern = R"(aup#cxdns\b|rejected - no rdns)", .reason = "requireptr",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider, .sample = "554 rejected - no rDNS AUP#CXDNS"},
    {.id = "provider.cox.sender_auth", .pattern = R"(aup#cxsndr\b)", .reason = "authfailure", .cause = C::spam_policy,
     .scopes = kRemote, .priority = kProvider, .sample = "550 5.7.1 sender domain failed authentication AUP#CXSNDR"},
    {.id = "provider.cox.connections", .pattern = R"(aup#(cxcnct|cxmxrt)\b|too many sessions from|message threshold exceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "421 too many sessions from 192.0.2.1 AUP#CXCNCT"},
    {.id = "provider.cox.suspicious_account", .pattern = R"(aup#(cxthrt|cxmj)\b)", .reason = "securityerror",
     .cause = C::authentication, .scopes = kRemote, .priority = kProvider,
     .sample = "550 email sending limited due to suspicious account activity AUP#CXTHRT"},
    {.id = "provider.cox.url_listed", .pattern = R"(aup#urlbl\d+)", .reason = "spamdetected", .cause = C::spam_policy,
     .scopes = kRemote, .priority = kProvider, .sample = "554 URL in message is listed AUP#URLBL1001"},
    // Spectrum (Charter): "AUP#I-nnnn" / "AUP#O-nnnn" with published ranges.
    {.id = "provider.spectrum.blocked", .pattern = R"(aup#[a-z]*-?(1000|12[0-4]\d|1250)\b)", .reason = "blocked",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.7.1 Your IP address has been blocked due to suspicious activity. AUP#I-1000"},
    {.id = "provider.spectrum.rejected", .pattern = R"(aup#[a-z]*-?(1010|10[2-7]\d|1080|1500|1520)\b)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.1.0 Your email was rejected for attempting to send as a different email address. AUP#O-1500"},
    {.id = "provider.spectrum.connections", .pattern = R"(aup#[a-z]*-?(13[0-3]\d|1340)\b)", .reason = "toomanyconn",
     .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.1.0 <sender@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/"
               "understanding-email-error-codes for more information. AUP#In-1310"},
    {.id = "provider.spectrum.rate", .pattern = R"(aup#[a-z]*-?(13[5-9]\d|14[0-8]\d|1490|1540|1550|1580)\b)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "452 4.5.3 Too many messages sent in a short period of time. AUP#O-1580"},
    {.id = "provider.spectrum.rdns", .pattern = R"(aup#[a-z]*-?(11[0-4]\d|1150)\b)", .reason = "requireptr",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.7.1 Full circle DNS is required. AUP#I-1100"},
    {.id = "provider.spectrum.policy", .pattern = R"(aup#[a-z]*-?(11[6-8]\d|1190|1560)\b)", .reason = "policyviolation",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Your email goes against your domain's security policies. AUP#O-1160"},
    {.id = "provider.spectrum.too_big", .pattern = R"(aup#[a-z]*-?1530\b)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kRemote, .priority = kProvider,
     .sample = "552 5.3.4 Your email is larger than the maximum size of 20MB. AUP#O-1530"},
    // T-Online (Deutsche Telekom) refuses a sending IP with "A problem
    // occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de
    // to clarify.)" and a code, (BL) listed, or "Dialup/transient IP not
    // allowed. Use a mailgateway or contact toda@rx.t-online.de if obsolete.
    // (DIAL)": both are the IP's standing there.
    {.id = "provider.telekom.blocked", .pattern = R"(contact to[sd]a@rx\.t-online\.de)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kScopeAll, .priority = kProvider,
     .sample = "554 IP=192.0.2.25 - A problem occurred. (Ask your postmaster for help or to contact "
               "tosa@rx.t-online.de to clarify.) (BL)",
     .remediation = "T-Online refuses mail from this IP: check that it has a reverse DNS name that resolves "
                    "back, is on no blocklist and is not in a dynamic range, then ask tosa@rx.t-online.de "
                    "(with the rejection text) to clear it; meanwhile relay T-Online mail through another host."},
    // Orange and La Poste (France): "LPNnnn_ccc", "OFRnnn_ccc" codes.
    {.id = "provider.franceptt.blocked", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_(101|102|103|510|999)\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. "
               "OFR006_103 192.0.2.1 [103]"},
    {.id = "provider.franceptt.connections", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_104\b)", .reason = "toomanyconn",
     .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, "
               "slow down. OFR005_104 [104]"},
    {.id = "provider.franceptt.auth", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_(305|402)\b)", .reason = "securityerror",
     .cause = C::authentication, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.5.0 Authentification requise. Authentication Required. LPN105_402"},
    {.id = "provider.franceptt.spf", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_(401|517)\b|spf/dns de votre nom de domaine)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.5.0 SPF: 192.0.2.1 is not allowed to send mail. LPN004_401"},
    {.id = "provider.franceptt.sender", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_(403|405|415|421)\b)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405] (in reply to MAIL FROM command)"},
    {.id = "provider.franceptt.recipient", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_416\b)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416"},
    {.id = "provider.franceptt.full", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_417\b)", .reason = "mailboxfull",
     .cause = C::mailbox_full, .scopes = kRemote, .priority = kProvider,
     .sample = "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]"},
    {.id = "provider.franceptt.archived", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_(420|426)\b)", .reason = "suspend",
     .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.5.0 Le compte du destinataire est bloque. The recipient account isblocked. LPN007_426"},
    {.id = "provider.franceptt.system", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_505\b)", .reason = "systemerror",
     .cause = C::server_unavailable, .scopes = kRemote, .priority = kProvider,
     .sample = "421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 "
               "[505] (in reply to end of DATA command)"},
    {.id = "provider.franceptt.spam", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_506\b)", .reason = "spamdetected",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]"},
    {.id = "provider.franceptt.size", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_514\b)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kRemote, .priority = kProvider,
     .sample = "552 Taille limite du message atteinte OFR_514"},
    {.id = "provider.franceptt.client_host", .pattern = R"(\b(lpn|ofr|ouk)[a-z0-9]*_630\b)", .reason = "policyviolation",
     .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.7.1 Client host rejected LPN000_630"},

    // --- Mailbox and message size ---------------------------------------------
    {.id = "bounce.mailboxfull.text",
     .pattern = R"(mailbox (is |was )?full|full mailbox|mailbox (size limit exceeded|exceeds allowed size|would exceed)|)"
                R"((over|exceeded?|exceeding|above) (the |his |her |their |its |disk |storage |mailbox |user'?s? )*quota|)"
                R"(quota (exceeded|violation|full)|disk quota|insufficient disk space|not (sufficient|enough) (disk )?space|)"
                R"(no space left on device|mail ?folder is full|space has been used up|)"
                R"(too many messages (on the server|in (the |this )?mailbox)|too much mail data|boite du destinataire pleine|)"
                R"(mailbox quota|maildir .{0,20}quota|account is .{1,30} quota|mailbox .{0,30}exceeded .{0,30}limit|)"
                R"(exceeding receiving limits|mailbox is over|)"
                // web.de and GMX, in both their languages
                R"(exhausted (?:the )?allowed storage space|speichervolumen (?:ue|\xc3\xbc)berschritten)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kRemote, .priority = kFull,
     .sample = "Remote host said: 552 Error: disk quota exceeded"},
    {.id = "bounce.mailboxfull.storage", .pattern = R"(exceeded storage allocation)", .reason = "mailboxfull",
     .cause = C::mailbox_full, .scopes = kMsg, .priority = kFull,
     .sample = "552 5.2.2 Requested mail action aborted: exceeded storage allocation"},
    {.id = "bounce.mesgtoobig.text",
     .pattern = R"(message (is )?too (big|large) for this|message file too big|)"
                R"(max(imum)? (?:e-?mail |message )size exceeded|exceeded (the )?max(imum)? (inbound|incoming) message size|)"
                R"(line limit exceeded|\bsize limit\b|taille limite du message|)"
                // NetEase's "552 Requested mail action aborted: exceeded mailsize limit"
                R"(exceeded mail ?size limit)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kRemote, .priority = kTooBig,
     .sample = "host neko2.example.de [192.0.2.222]: 500 Line limit exceeded"},
    {.id = "bounce.mesgtoobig.size", .pattern = R"(message too big|message size exceed(?:s|ed)|message length exceeds administrative limit)", .reason = "mesgtoobig",
     .cause = C::message_too_large, .scopes = kMsg, .priority = kTooBig,
     .sample = "550 Message too big"},
    {.id = "bounce.exceedlimit.text", .pattern = R"(message too large|message header size exceeds limit)",
     .reason = "exceedlimit", .cause = C::message_too_large, .scopes = kRemote, .priority = kLimit,
     .sample = "552 5.3.4 Message too large; please reduce the size of attachments"},
    {.id = "bounce.exceedlimit.status_with_size_text", .status = "*.2.3",
     .pattern = R"(message (size|length) exceeds|size limit|too (big|large))",
     .reason = "exceedlimit", .cause = C::message_too_large, .scopes = kMsg, .priority = kLimit,
     .sample = "552 5.2.3 Message size exceeds fixed maximum message size"},

    // --- The sender's account at its relay ---------------------------------------
    // A sending service (Brevo, SendGrid, Mailjet) refusing mail from an account
    // it has disabled or holds for review: "your" account is the sender's, not
    // the recipient's mailbox that the suspend rules below read.
    {.id = "relay.sender_account_disabled",
     .pattern = R"(\b[Yy]our (?:\S+ ){0,2}account (?:is|has been) (?:temporarily )?(?:disabled|suspended|deactivated|paused|blocked|under review))",
     .reason = "securityerror", .cause = C::authentication, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Your Brevo account is disabled or under review. Please contact our compliance team",
     .remediation = "The sending service has disabled this sending account or holds it for review (often after "
                    "bounces or spam complaints): contact its support or compliance team and settle what they "
                    "ask; no mail goes out through the account until then."},

    // --- The recipient's account ------------------------------------------------
    {.id = "bounce.suspend.text",
     .pattern = R"(is currently suspended|temporar(y|ily) locked|archived recipient|boite du destinataire archivee|account closed|)"
                R"(account (that you tried to reach )?is (disabled|inactive|dormant)|has been (temporarily )?suspended|)"
                // "Recipient address rejected: konto nieaktywne / account disabled"
                R"(rejected: (?:[^/;]{1,40} / )?account (?:disabled|inactive|dormant)\b|)"
                R"(inactive (account|user)|invalid/inactive user|deactivated mailbox|user is terminated|)"
                R"(mailbox (currently suspended|is frozen|is disabled)|this mailbox is disabled|)"
                // qmail-ldap's account status "disabled" ("Mailaddress is administrativly disabled. (#5.2.1)")
                R"(mailaddress is administrativ\w{0,2}ly disabled|)"
                R"(mailbox unavailable or access denied|temporarily inactive|suspend the service|)"
                // Exchange's 5.2.1 for a disabled account ("Mailbox cannot be accessed;
                // STOREDRV.Deliver.Exception:AccountDisabledException"), suspend in Sisimai's table for its hosts
                R"(mailbox cannot be accessed|accountdisabledexception|)"
                R"(account has been (disabled|discontinued)|this address no longer accepts mail|user or domain is disabled|)"
                R"(user suspended|account is locked|\(account disabled\)|address rejected: account (?:is )?disabled|)"
                // GMX's "550 5.2.1 <x> User is inactive"; Yahoo's for a closed account of a partner ISP
                // ("554 delivery error: dd x@sky.com is no longer valid.")
                R"(\buser is inactive\b|\bdd \S+@\S+ is no longer valid\b)",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kSuspend,
     .sample = "554 delivery error: dd Sorry, your message to kijitora@example.com cannot be delivered. This account has been disabled or discontinued [#102]."},
    {.id = "bounce.suspend.disabled", .pattern = R"(mailbox disabled)", .reason = "suspend",
     .cause = C::recipient_unknown, .scopes = kMsg, .priority = kSuspend,
     .sample = "550 5.2.1 <kijitora@example.jp>... Mailbox disabled for this recipient"},
    {.id = "bounce.suspend.code_525", .code_min = 525, .code_max = 525, .reason = "suspend",
     .cause = C::recipient_unknown, .scopes = kMsg, .priority = 1,
     .sample = "525 Account has not been enabled"},
    // Sisimai's " has been replaced by "; RFC 5321's 551 "User not local; please try <forward-path>"
    // and its "User has moved; please try <x>".
    {.id = "bounce.hasmoved.text", .pattern = R"( has been replaced by |\buser has moved; please try <|\bnot local; please try <)",
     .reason = "hasmoved",
     .cause = C::recipient_unknown, .scopes = kRemote, .priority = kMoved,
     .sample = "550 5.1.6 recipient no longer on server: kijitora@example.org has been replaced by neko@example.org"},

    // --- Relaying and sender authentication ------------------------------------
    // Sendmail's access map refusal quoted in a report ("550 5.7.1 <x>... Relaying denied. Proper
    // authentication required.", inside Exchange's "You do not have permission to send to this
    // recipient"): the relay refused, whatever else the words say of authentication.
    {.id = "bounce.norelaying.sendmail", .pattern = R"(\.\.\. Relaying denied\b)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kMsg, .priority = kRelay,
     .sample = "#5.7.1 smtp;550 5.7.1 <jwong@example.net>... Relaying denied. Proper authentication required.>"},
    {.id = "bounce.norelaying.text",
     .pattern = R"(as a relay|not permitted to relay|requires authentication when attempting to send to a non-local|)"
                R"(no relaying|not a gateway|not allowed to relay|not an open relay|not local host|relay denied|relaying is denied|)"
                // Zoho: "553 Relaying disallowed. Invalid Domain - example.net"
                R"(relaying disallowed|)"
                R"(relaying mail to |specified domain is not allowed|isn'?t in my list of allowed rcpthosts?|)"
                R"(not configured to relay|unable to relay\b|we don'?t handle mail for|insecure mail relay)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kRemote, .priority = kRelay,
     .sample = "550 5.7.1 Unable to relay for kijitora@example.jp (in reply to RCPT TO command)",
     .commands = "MAIL|RCPT|DATA|AUTH|-"},
    // Postfix's refusal quoted in a report ("remote server is misconfigured ... 554 5.7.1 <x>: Relay
    // access denied"): the relay refused, whatever the report's own words say.
    {.id = "bounce.norelaying.postfix", .pattern = R"(relay access denied)", .reason = "norelaying",
     .cause = C::relay_denied, .scopes = kMsg, .priority = kRelay,
     .sample = "The response from the remote server was: 554 5.7.1 <sales@example.org>: Relay access denied"},
    {.id = "bounce.authfailure.text",
     .pattern = R"(spf\.pobox\.com|bad spf records|dmarc (policy|verification)|required authentication level|)"
                // iCloud's HME1: "blocked for failing both SPF and DKIM authentication checks"
                R"(failing both spf and dkim|)"
                R"(inspect your spf settings|sender policy framework|spf check: fail|spf check failed|dmarc check failed|)"
                R"(address doesn'?t meet the authentication requirements|not allowed to send from <.{1,80} per it'?s spf record|)"
                R"(is not allowed to send mail\..{0,40}_401|dkim (?:signature )?(validation|verification) fail|)"
                R"(does not designate .{1,80} as permitted sender|rejected per spf|)"
                // Gmail's 5.7.27: "the sender's domain x does not pass SPF checks and its SPF policy is hard fail"
                R"(does not pass SPF checks|)"
                // NetEase's (163.com, 126.com) "550 MI:SPF", the sender failing SPF
                R"(\bMI:SPF\b|)"
                // Cisco Secure Email's (IronPort) SPF verdict: "550 #5.7.1 SPF unauthorized mail is prohibited."
                R"(spf unauthorized mail is prohibited|)"
                // Gmail's 5.7.32 for bulk senders: the From: domain is neither the SPF nor the DKIM domain
                R"(sender is not aligned|align the domain in the from|domain alignment\b)",
     .reason = "authfailure", .cause = C::spam_policy, .scopes = kRemote, .priority = kAuth,
     .sample = "550 5.7.1 Email rejected per SPF policy - please inspect your SPF settings"},

    // Providers' own wordings for a mailbox that does not exist, which they
    // give at RCPT: Yahoo's "mailbox not found", Outlook.com's "mailbox
    // unavailable (S2017062302)", Mimecast's "Invalid Recipient", Exchange's
    // RESOLVER.ADR.RecipientNotFound (whatever the status: 5.1.1 or 5.1.10). A provider's
    // event (SES, SendGrid, Mailgun, Postmark) does not say which command failed.
    {.id = "provider.userunknown.wordings",
     .pattern = R"(requested mail action aborted, mailbox not found|mailbox unavailable \(S20\d{8}\)|)"
                R"(\b550 invalid recipient - |RESOLVER\.ADR\.RecipientNotFound|RESOLVER\.ADR\.RecipNotFound|)"
                // Exchange Online's directory-based edge blocking: no such address in the tenant
                R"(5\.4\.1 Recipient address rejected: Access denied|)"
                // Proofpoint's "Recipient address rejected: User email address is marked as invalid"
                R"(email address is marked as invalid)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "552 1 Requested mail action aborted, mailbox not found"},
    // --- Unknown recipients, and the same words from a filter ----------------
    {.id = "bounce.userunknown.at_rcpt", .pattern = kUserUnknown, .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kMsg, .priority = kUser,
     .sample = "host mx.example.jp [192.0.2.153]: 550 5.2.1 <sabatora@example.jp>... User Unknown "
               "(in reply to RCPT TO command)",
     .commands = "RCPT"},
    {.id = "bounce.userunknown.with_status", .status = "*.1.1", .pattern = kUserUnknown, .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kMsg, .priority = kUser,
     .sample = "550 5.1.1 <kijitora@example.jp>... User Unknown"},
    {.id = "bounce.userunknown.directory",
     // ... and in Japanese Domino's words: "Domino ディレクトリには見つかりません" (not found in the Domino Directory)
     .pattern = R"(not listed in (the )?(domino directory|public name & address book)|recipient name is not recognized|)"
                R"(Domino \xe3\x83\x87\xe3\x82\xa3\xe3\x83\xac\xe3\x82\xaf\xe3\x83\x88\xe3\x83\xaa\xe3\x81\xab\xe3\x81\xaf)"
                R"(\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                // ... and its Japanese "not listed in the Name & Address Book": "ディレクトリのリストにありません"
                R"(\xe3\x83\x87\xe3\x82\xa3\xe3\x83\xac\xe3\x82\xaf\xe3\x83\x88\xe3\x83\xaa\xe3\x81\xae\xe3\x83\xaa\xe3\x82\xb9\xe3\x83\x88\xe3\x81\xab\xe3\x81\x82\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93|)"
                R"(^unknown user:|\bunknown recipient$|no valid recipients for this mm|)"
                // ... and in German ("... ist nicht im Domino-Verzeichnis aufgeführt")
                R"(nicht im Domino.Verzeichnis|)"
                // ... and in French ("... non répertorié dans l'annuaire Domino"), Spanish ("... no se
                // encuentra en el Directorio de Domino")
                R"(non r\S{1,2}pertori\S{1,2} dans l.annuaire Domino|no se encuentra en el Directorio de Domino|)"
                R"(unable to deliver message to (<[^>]+> )?\(and other recipients in the same domain\)|)"
                // GroupWise's Internet Agent: "h.lueders (User not on post office)", its directory
                R"(\(user not on post office\))",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kMsg, .priority = kUser,
     .sample = "User some.name (kijitora@example.jp) not listed in Domino Directory"},
    // Domino finds more than one person for the name: the address does not
    // say whom (Sisimai: systemerror); the sender must use a unique address.
    {.id = "bounce.systemerror.ambiguous_directory_name",
     .pattern = R"(Several matches found in (?:the )?Domino Directory)",
     .reason = "systemerror", .cause = C::recipient_unknown, .scopes = kMsg, .priority = kUser,
     .sample = "Several matches found in Domino Directory. Unable to determine intended recipient."},
    // Domino knows the person but cannot route to their mail file or server
    // (Sisimai's Domino reader: filtered).
    {.id = "bounce.filtered.domino_cannot_route", .pattern = R"(Cannot route mail to user)",
     .reason = "filtered", .cause = C::recipient_unknown, .scopes = kMsg, .priority = kFiltered,
     .sample = "Cannot route mail to user (t.evans@example.com)"},
    {.id = "bounce.filtered.unknown_after_data", .pattern = kUserUnknown, .reason = "filtered",
     .cause = C::recipient_unknown, .scopes = kMsg, .priority = kFiltered,
     .sample = "550 kijitora@example.org... No such user", .commands = "DATA|-"},
    // The same words in a mail log where the reply came after the data ("SMTP error
    // from remote mail server after end of data: 550 Unknown user x"): a mailbox
    // the receiver checks only then.
    // (A short list: the whole of kUserUnknown would add a sixth to the mail-log
    // scope's compile at every start, for a reply seldom seen there.)
    {.id = "mta.unknown_after_data",
     .pattern = R"(\bunknown user\b|\buser unknown\b|no such (?:user|mailbox|recipient)|(?:mailbox|user|recipient) (?:does not exist|not found))",
     .reason = "filtered",
     .cause = C::recipient_unknown, .scopes = kScopeServerLog, .priority = kFiltered,
     .sample = "SMTP error from remote mail server after end of data: 550 Unknown user kijitora@example.org",
     .commands = "DATA"},
    // ... and at RCPT, or with no command known: the mailbox does not exist
    // ("SMTP error from remote mail server after RCPT TO:<x>: 550 User unknown").
    {.id = "mta.unknown_at_rcpt",
     .pattern = R"(\bunknown user\b|\buser unknown\b|no such (?:user|mailbox|recipient)|(?:mailbox|user|recipient) (?:does not exist|not found))",
     // Every scope, below its priority: the narrower rules of bounces and
     // clients, and Postfix's own wordings of the same, keep their texts.
     .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kScopeAll, .priority = kUser,
     .sample = "SMTP error from remote mail server after RCPT TO:<kijitora@example.org>: 550 User unknown",
     .commands = "RCPT|-"},
    // A delivery command's exit code that Postfix's pipe(8) words "user unknown"
    // (EX_NOUSER) before the command's own output: the mailbox does not exist,
    // whatever the command goes on to say.
    {.id = "postfix.pipe.user_unknown", .pattern = R"(\buser unknown\. Command output:)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kUser,
     .sample = "user unknown. Command output: Invalid user specified."},
    // Exchange's refusal of a sender a recipient or a distribution group does
    // not accept mail from ("550 5.7.1 RESOLVER.RST.NotAuthorized; not
    // authorized"): Sisimai lists it among the filtered.
    // Exchange Online refusing mail that reached another region's servers (an
    // old IP address or a host name hard-coded in the route, not the tenant's MX).
    {.id = "microsoft.wrong_region", .pattern = R"(sent to the wrong Office 365 region|\b4\.4\.62\b)",
     .reason = "systemerror", .cause = C::server_settings, .scopes = kRemote | kScopeClient, .priority = kProvider,
     .sample = "451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35.",
     .remediation = "The route delivers to Exchange Online servers of another region (a hard-coded address or "
                    "host in the transport map, smarthost or connector): send to the tenant's MX host name "
                    "(<domain>.mail.protection.outlook.com) as DNS gives it."},
    // Exchange's mail-flow (transport) rules reject with a custom code of
    // 5.7.900-5.7.999 and the organization's own text.
    {.id = "exchange.transport_rule_custom", .pattern = R"(\b5\.7\.9\d\d\b|TRANSPORT\.RULES\.RejectMessage)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.901 Payroll does not accept attachments from external senders.",
     .remediation = "A mail-flow rule of the recipient's organization refused the message; its text says what it "
                    "objects to (an attachment, a keyword, a sender): change the message or ask that "
                    "organization's administrator."},
    // Exchange's route size limit ("5.3.4 ROUTING.SizeLimit"); the NDR's own
    // explanation also names a full mailbox, which this is not.
    {.id = "exchange.routing_size_limit", .pattern = R"(ROUTING\.SizeLimit|message size exceeds fixed maximum size for route)",
     .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.3.4 ROUTING.SizeLimit; message size exceeds fixed maximum size for route"},
    // Google's outbound compliance rules ("Message rejected by administrator
    // policy: Files with the extension .xlsm may not be sent ...").
    {.id = "provider.google.administrator_policy", .pattern = R"(rejected by (?:the |your )?administrator policy)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 Message rejected by administrator policy: Files with the extension .xlsm may not be sent"},
    // (Sisimai's Exchange reader names it "rejected": the sender is the one refused.)
    {.id = "exchange.rst.not_authorized", .pattern = R"(RESOLVER\.RST\.NotAuthorized)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 RESOLVER.RST.NotAuthorized; not authorized",
     .remediation = "The recipient, often a distribution group, takes mail only from allowed or internal senders: "
                    "ask its owner to allow this sender, or write to a person instead of the group."},
    // Exchange's own code for a message its queue gave up on ("550 4.4.7
    // QUEUE.Expired; message expired -> 451 4.4.0 ... Connection dropped ..."):
    // the expiry is the report's point, whatever the last try's words.
    {.id = "exchange.queue.expired", .pattern = R"(\bQUEUE\.Expired\b)", .reason = "expired", .cause = C::expired,
     .scopes = kMsg, .priority = kProvider + 1,
     .sample = "550 4.4.7 QUEUE.Expired; message expired -> 451 4.4.0 Primary target IP address responded with: "
               "\"421 4.4.2 Connection dropped due to SocketError.\""},
    {.id = "bounce.filtered.text",
     .pattern = R"(account is protected by|was automatically rejected: |bounced address|has restricted sms e-mail|is not accepting any mail|message filtered|)"
                // QQ Mail's "550 Mail is rejected by recipients" (the recipient's own filter)
                R"(mail is rejected by recipients?\b|)"
                R"(rejected due to user rules|not found recipient account|refuse to receive mail|)"
                R"(only accepting mail from specific email addresses|refused due to recipient preferences|)"
                // a mailbox that takes mail from its owner's chosen senders only
                R"(only accepts? (?:e-?mail|mail|messages) from|(?:approved|allowed|safe) senders? list|owner's approved list|)"
                R"(user refuses to receive this mail|user reject|you have been blocked by the recipient|domain filter|)"
                // a recipient's own reception filter ("受信拒否", as Japanese carriers and ISPs say)
                R"(reception filter|receiving filter|\xe5\x8f\x97\xe4\xbf\xa1\xe6\x8b\x92\xe5\x90\xa6|)"
                // ... a recipient's own filter rules ("rejected by the recipient's personal filter rules"),
                // and Korean webmail's "수신 거부" (refusal to receive)
                R"(recipient'?s personal (mail )?filter|personal filter rules|\xec\x88\x98\xec\x8b\xa0\x20\xea\xb1\xb0\xeb\xb6\x80)",
     .reason = "filtered", .cause = C::spam_policy, .scopes = kRemote, .priority = kFiltered,
     .sample = "550 5.7.1 <kijitora@example.com>... User refuses to receive this mail", .commands = "DATA|-"},

    // --- The sending host ----------------------------------------------------------
    {.id = "bounce.requireptr.text",
     .pattern = R"(ip name lookup failed|must have a ptr record|bad dns ptr|cannot resolve your address|)"
                R"(fix reverse dns|missing ptr records?|no ptr record|custom reverse dns name|ptr record setup|)"
                R"(reverse dns (failed|required|lookup for host .{1,80} failed|for this ip failed)|reverse lookup rejected|)"
                // Libero's "421 ... No reverse DNS [...; LIB_120]"; Gmail's IPv6 rule
                R"(\bno reverse dns\b|ipv6 sending guidelines regarding ptr records|)"
                R"(does not have a ptr record|forward dns entry does not point to the sending ip|with no reverse dns|)"
                R"(unresolvable relay host name|generic dns ptr|mismatches client ip|dns lookup failure: .{1,80} try again later|)"
                R"(invalid rdns record|permits .{1,20} unverifyable sending ips|reverse dns (entry|record) does not resolve|)"
                // Comcast's "554 resimta-... 203.0.113.61 rDNS failure, please see ...#RL000001"
                R"(\brdns (failure|lookup fail(ed|ure))\b)",
     .reason = "requireptr", .cause = C::spam_policy, .scopes = kRemote, .priority = kPtr,
     .sample = "550 5.7.1 Please get a custom reverse DNS name from your ISP for your host; fix reverse DNS for 192.0.2.1"},
    {.id = "bounce.notcompliantrfc.text",
     .pattern = R"(duplicate header|not rfc ?(2822|5322) compliant|are not rfc compliant|rfcmessagenoncompliant|multiple .{1,30}headers?\b|)"
                // QQ Mail's 'The "From" header is missing or invalid. Please follow RFC5322, ...'
                R"(header is missing or invalid\. please follow rfc)",
     .reason = "notcompliantrfc", .cause = C::other, .scopes = kRemote, .priority = kRfc,
     .sample = "550 5.7.1 This message is not RFC 5322 compliant. There are multiple Subject headers."},
    // Yahoo/AOL's [TSS04] deferral names volume first: a throttle, as the
    // client rules read it; the reason stays Sisimai's.
    // Exchange Online refusing the sending IP outright (5.7.708: traffic from
    // addresses with a poor reputation, often a new or shared range).
    {.id = "provider.microsoft.ip_not_accepted", .pattern = R"(traffic not accepted from this IP)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP."},
    // Microsoft's other documented pairs of code and words (its NDR reference,
    // as Sisimai's table for Microsoft's hosts keeps them): 5.7.750 a tenant
    // sending from a domain it has not registered; 5.4.300 the queue's expiry,
    // whatever the last attempt's words after it; 5.2.252 SendAsDenied a sender
    // without the right to send as that address.
    {.id = "provider.microsoft.unregistered_domain", .pattern = R"(sending from unregistered domains)",
     .reason = "rejected", .cause = C::server_settings, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.",
     .remediation = "Microsoft 365 refused mail from a sender domain the tenant has not added and verified: add "
                    "the domain under accepted domains (and verify it), or send from a domain that is."},
    {.id = "provider.microsoft.message_expired", .pattern = R"(\b5\.4\.300 Message expired)",
     .reason = "expired", .cause = C::expired, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.4.300 Message expired -> 451 4.4.0 Primary target IP address responded with: \"421 4.4.2 "
               "Connection dropped due to SocketError.\""},
    // Exchange Online's block of a sending account (or tenant) found sending
    // spam: "550 5.1.8 Access denied, bad outbound sender". Not the x.1.8 of a
    // sender domain that does not resolve.
    {.id = "provider.microsoft.bad_outbound_sender", .pattern = R"(5\.1\.8 Access denied, bad outbound sender)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote | kScopeClient, .priority = kProvider,
     .sample = "550 5.1.8 Access denied, bad outbound sender AS(42004)",
     .remediation = "Microsoft 365 blocked the sending account for sending spam (often a compromised mailbox): "
                    "secure the account (new password, MFA, check its rules and sent items), then release it in "
                    "the Defender portal's Restricted entities."},
    {.id = "provider.microsoft.send_as_denied", .pattern = R"(SendAsDenied)",
     .reason = "rejected", .cause = C::authentication, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.2.252 SendAsDenied; a@example.org not allowed to send as b@example.org",
     .remediation = "The mailbox that sent has no Send As (or Send on Behalf) right for the From address: grant it "
                    "on that mailbox or group, or send from the account's own address."},
    // Yahoo/AOL's [TSS06]: "All messages from <ip> will be permanently deferred;
    // Retrying will NOT succeed": the sending IP is blocked.
    // Gmail closing the connection at once ("421 4.7.0 Try again later, closing connection."):
    // Sisimai's Google table reads it as blocked.
    {.id = "provider.google.closing_connection", .pattern = R"(try again later, closing connection)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "421 4.7.0 Try again later, closing connection. (EHLO) a1-20020a05600c000100b00412345678sm1234567wmb.12 - gsmtp"},
    {.id = "provider.yahoo.permanently_deferred", .pattern = R"(will be permanently deferred)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "553 5.7.2 [TSS06] All messages from 192.0.2.40 will be permanently deferred; Retrying will NOT succeed."},
    // Yahoo's "554 Message not allowed - [299]": the message was taken for spam.
    {.id = "provider.yahoo.message_not_allowed", .pattern = R"(message not allowed - \[299\])",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 Message not allowed - [299]"},
    {.id = "provider.yahoo.volume_deferred", .pattern = R"(temporarily deferred due to unexpected volume)",
     .reason = "badreputation", .cause = C::rate_limit, .scopes = kRemote, .priority = kReputation + 1,
     .sample = "421 4.7.0 [TSS04] Messages from 192.0.2.25 temporarily deferred due to unexpected volume or user "
               "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes"},
    // Sisimai reads Yahoo's own hosts' (*.yahoodns.net) [TSS04] volume
    // deferral and its [TSS09]/[TSS11] permanent one as rejected: Yahoo gives
    // the same words for volume, complaints and missing authentication alike
    // (its Rhost table for Yahoo Inc.). Quoted without the host that said
    // them, the words keep their own reading (above).
    {.id = "provider.yahoo.volume_deferred.own_host", .pattern = R"(temporarily deferred due to unexpected volume)",
     .reason = "rejected", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "421 4.7.0 [TSS04] Messages from 192.0.2.192 temporarily deferred due to unexpected volume or user "
               "complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
     .remote_hosts = "yahoodns.net"},
    {.id = "provider.yahoo.permanently_deferred.own_host", .pattern = R"(will be permanently deferred)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "553 5.7.2 [TSS09] All messages from 192.0.2.40 will be permanently deferred; Retrying will NOT succeed. "
               "See https://postmaster.yahooinc.com/error-codes",
     .remote_hosts = "yahoodns.net"},
    {.id = "bounce.badreputation.text",
     .pattern = R"(poor (email )?reputation|rate limited due to ip reputation|ip/domain reputation problems|very low reputation|)"
                R"(none/bad reputation|unexpected volume or user complaints|ip reputation ratelimit|)"
                // a filter's own refusal ("550 your IP reputation is too low for this MX")
                R"(reputation is too low|rejected due to (?:the )?sender(?:'s)? ip reputation)",
     .reason = "badreputation", .cause = C::spam_policy, .scopes = kRemote, .priority = kReputation,
     .sample = "554 5.7.1 Your email was rejected due to a poor email reputation score"},
    {.id = "bounce.contenterror.text",
     .pattern = R"(header size exceeds maximum permitted|improper use of 8-bit data in message header|)"
                R"(recipient list, exceeds policy limit|mime complexity exceeds|too many received: headers|invalid mime headers|)"
                R"(improperly-formatted binary content|unnecessary base64 encoding|)"
                // a message whose MIME is broken: "malformed MIME structure (multipart boundary not terminated)"
                R"(malformed mime|mime structure|multipart boundary|)"
                // the SMTP smuggling defences of 2024: bare LF or CR in the message
                R"(bare (?:LF|CR|CR or LF|linefeeds?) (?:not allowed|are illegal)|BareLinefeedsAreIllegal|bare CR or LF|)"
                // Exim's "message has lines too long for transport", "line length exceeded"
                R"(lines too long for transport|message line length exceeded)",
     .reason = "contenterror", .cause = C::other, .scopes = kRemote, .priority = kContent,
     .sample = "554 5.6.0 Message contains invalid MIME headers"},

    // --- The sender's address --------------------------------------------------------
    {.id = "bounce.rejected.sender",
     .pattern = R"(access denied \((in reply to mail from command|sender blacklisted)\)|)"
                R"(administrative prohibition|batv (failed to verify|validation failure)|)"
                R"(backscatter protection detected an invalid|isn'?t on the recipient'?s list of senders|bogus mail from|)"
                R"(purported responsible address|without a valid sender domain|denied \[bouncedeny\]|valid-address-filter|)"
                R"(does not exist e2110|domain of sender address|senderfilterconfig|emetteur invalide|)"
                R"(empty envelope senders|envelope blocked - |no third-party dsns|from: domain is invalid|)"
                R"(fully qualified email address required|invalid domain, see <url:|invalid sender|)"
                R"(not a registered gateway user|mail from not owned by user|email address is not verified|)"
                R"(mx records for |null sender is not allowed|recipient addresses rejected : access denied|batv: no tag|)"
                R"(returned mail not accepted here|recursive cname records|rule imposed mailbox access for|)"
                R"(different address or alias using the|sender (address has been blacklisted|email address rejected|)"
                R"(is in my black list|is spammer|not pre-approved|rejected|domain is empty|verify failed|was rejected)|)"
                R"(spam reporting address|empty email address|rejected by batv|server does not accept mail from|)"
                R"(unsigned dsn for|unroutable sender address|not allowed to post to this mailing list|)"
                R"(address that has been blacklisted|email address has been blacklisted|sender domain does not exist|)"
                // qmail's badmailfrom (and the gateways that kept its words)
                R"(envelope sender is in my badmailfrom list)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kRejected,
     .sample = "SMTP error from remote mail server after MAIL FROM:<sironeko-nyaan@neko.example.com> SIZE=1024: "
               "550 Unroutable sender address",
     .commands = "MAIL|DATA|CONN|HELO|-"},
    // Refusals that name the sender whatever command they answer: Exim
    // verifies the sender in its RCPT ACL, and a gateway's per-user block
    // list ("Envelope blocked - User Entry") answers RCPT too. Exim quotes its
    // callout to the sender's own server ("550-Response: 550 5.1.1 <sender>:
    // ... User unknown"): those words are about the sender, so this rule
    // ranks above the recipient's reasons.
    {.id = "bounce.rejected.sender_any_command", .pattern = R"(sender verify failed|envelope blocked - )",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kFull + 2,
     .sample = "550-Verification failed for <news@shop.example.net> 550-Unrouteable address 550 Sender verify failed "
               "(in reply to RCPT TO command)"},
    // Postfix's prefix for every sender restriction; it may come at RCPT
    // (smtpd_delay_reject), so it is not limited to MAIL like the list above.
    // Weakest of the text rules: the words after it, where another rule knows
    // them ("Domain not found"), say more.
    {.id = "bounce.rejected.sender_address", .pattern = R"(sender address rejected)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kMsg, .priority = kMailer - 4,
     .sample = "553 5.7.1 <sender@example.org>: Sender address rejected: not logged in (in reply to RCPT TO command)"},
    // Exchange Online's recipients that take mail only from their own
    // organization or from listed senders (5.7.12, 5.7.124-5.7.136: 5.7.129
    // restricted to the recipients' permission, 5.7.133-136 senders that must
    // authenticate): the sender is refused whatever the message says, as
    // Sisimai 5 reads them.
    {.id = "microsoft.rejected.sender_not_allowed",
     .pattern = R"(SenderNotAuthenticatedFor(?:Group|Mailbox|PublicFolder|MailUser)|sender (?:was )?not authenticated (?:for|by) )"
                R"((?:group|mailbox|public folder|organization)|sender not in allowed-senders list|)"
                R"(RestrictedToRecipientsPermission|\b5\.7\.1(?:2[4-9]|3[0-6])\b)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery "
               "restriction check failed as sender not authenticated for group"},
    // Sisimai's table for Microsoft's own hosts (its Rhost for Exchange
    // Online: a remote or reporting MTA under prod.outlook.com or
    // protection.outlook.com) reads these codes and words so; the same words
    // elsewhere keep their generic reading.
    {.id = "microsoft.host.delivery_not_authorized", .status = "5.7.1", .pattern = R"(delivery not authorized)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.1 RESOLVER.RST.NotAuthorized; Delivery not authorized, message refused",
     .remote_hosts = kMicrosoftHosts},
    {.id = "microsoft.host.sender_denied", .status = "5.1.0", .pattern = R"(sender denied)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.1.0 Sender denied", .remote_hosts = kMicrosoftHosts},
    {.id = "microsoft.host.sender_banned_for_spam",
     .pattern = R"(access denied, bad outbound sender|\b5\.7\.50[1-3] access denied, (?:spam abuse detected|banned sender))",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.501 Access denied, spam abuse detected. The sending account has been banned due to detected "
               "spam activity.",
     .remediation = "Microsoft 365 banned the sending account for spam: check it for compromise (reset the "
                    "password, review forwarding rules and apps), then ask support to restore its sending.",
     .remote_hosts = kMicrosoftHosts},
    {.id = "microsoft.host.ip_blocked",
     .pattern = R"(\b5\.7\.511 access denied, banned sender|must have a reverse dns record|access denied, bad helo|)"
                R"(access denied, rejected by recipient|does not accept email over ipv6|using customer block list)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.511 Access denied, banned sender[198.51.100.20]. To request removal from this list, forward "
               "this message to delist@messaging.microsoft.com.",
     .remote_hosts = kMicrosoftHosts},
    // Outlook.com's and Hotmail's own MX hosts say 5.5.0 "mailbox unavailable"
    // for an address their directory does not know (Microsoft's NDR table: like
    // 5.1.10); from other hosts the same words may come after the data.
    {.id = "microsoft.host.mailbox_unavailable", .status = "5.5.0",
     .pattern = R"(requested action not taken: mailbox unavailable)", .reason = "userunknown",
     .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.5.0 Requested action not taken: mailbox unavailable. [BN8NAM12FT042.eop-nam12.prod.protection"
               ".outlook.com 2026-02-03T09:12:44.118Z 08DE44C1A2B3C4D5]",
     .remote_hosts = kMicrosoftHosts},
    {.id = "microsoft.host.banned_recipient",
     .pattern = R"(access denied, banned recipient|\b5\.7\.504 recipient address rejected: access denied)",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.505 Access denied, banned recipient.", .remote_hosts = kMicrosoftHosts},
    {.id = "microsoft.host.tenant_threshold",
     .pattern = R"(\b5\.7\.7[0-4]\d\b.{0,40}access denied, (?:tenant has exceeded threshold|traffic not accepted from this ip)|)"
                R"(has exceeded permitted limits within)",
     .reason = "speeding", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.705 Access denied, tenant has exceeded threshold. For more information please go to "
               "https://go.microsoft.com/fwlink/?LinkId=526653. AS(2000)",
     .remediation = "Microsoft 365 stopped the tenant's outbound mail: most of its traffic looked like spam (a "
                    "compromised account or an open relay). Secure the accounts and connectors, then contact "
                    "Microsoft support to lift the block.",
     .remote_hosts = kMicrosoftHosts},
    // Tencent's own MX hosts ("550 Ip frequency limited"): Sisimai's table for
    // them reads a limit on the sending address's connections.
    {.id = "tencent.host.ip_frequency_limited", .pattern = R"(ip frequency limited)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
     .remote_hosts = "qq.com"},
    // Mimecast's own hosts refusing for "security policies" (its 554): Sisimai's
    // table for Mimecast reads a virus or malware found.
    {.id = "mimecast.host.security_policies", .pattern = R"(rejected due to security polic)",
     .reason = "virusdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "554 Email rejected due to security policies - https://community.mimecast.com/docs/DOC-1369#554",
     .remote_hosts = "mimecast.com"},
    // Mimecast refusing a sender that the recipient's organization put on its
    // blocked-senders list ("550 Rejected by header-based Blocked Senders -
    // Block policy for Header From"): this sender, not the sending server.
    {.id = "mimecast.blocked_senders", .pattern = R"(Rejected by header[- ]based Blocked Senders|Envelope blocked - User Entry)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 Rejected by header-based Blocked Senders - Block policy for Header From - "
               "https://community.mimecast.com/docs/DOC-1369#550",
     .remediation = "The recipient's organization blocks this sender address in its gateway (a blocked-senders "
                    "entry or policy): only its administrator can lift it; ask them through another channel."},
    // Mailjet's "blocked" event for a sender it holds back ("error": "sender blocked").
    {.id = "bounce.blocked.sender_blocked", .pattern = R"(^sender blocked$)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kMsg, .priority = kBlocked,
     .sample = "sender blocked"},
    // i.ua (email.ua) names its refusal by the number of its help page
    // ("See https://mail.i.ua/err/3/"), which Sisimai's table for it reads.
    {.id = "provider.iua.err_norelaying", .pattern = R"(\.i\.ua/err/(?:1|6)\b)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 The use of SMTP as mail gate is forbidden. See https://mail.i.ua/err/1/"},
    {.id = "provider.iua.err_userunknown", .pattern = R"(\.i\.ua/err/2\b)",
     .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 User is not found. See https://mail.i.ua/err/2/"},
    {.id = "provider.iua.err_suspend", .pattern = R"(\.i\.ua/err/3\b)",
     .reason = "suspend", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 Mailbox was not used for more than 3 months. See https://mail.i.ua/err/3/"},
    {.id = "provider.iua.err_mailboxfull", .pattern = R"(\.i\.ua/err/4\b)",
     .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 Mailbox is full. See https://mail.i.ua/err/4/"},
    {.id = "provider.iua.err_toomanyconn", .pattern = R"(\.i\.ua/err/5\b)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 Letter sending limit is exceeded. See https://mail.i.ua/err/5/"},
    {.id = "provider.iua.err_blocked", .pattern = R"(\.i\.ua/err/(?:7|9)\b)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 IP-address of the sender 192.0.2.45 is blacklisted. See https://mail.i.ua/err/9/"},
    {.id = "provider.iua.err_rejected", .pattern = R"(\.i\.ua/err/8\b)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 Couldn't check sender address. See https://mail.i.ua/err/8/"},
    {.id = "provider.iua.err_filtered", .pattern = R"(\.i\.ua/err/10\b)",
     .reason = "filtered", .cause = C::recipient_unknown, .scopes = kRemote, .priority = kProviderArticle,
     .sample = "550 Not in the list Mail address management. See https://mail.i.ua/err/10/"},
    {.id = "bounce.rejected.not_member", .pattern = R"(you are not a member of this mailing list)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kMsg, .priority = kRejected,
     .sample = "You are not a member of this mailing list <neko-nyaan@example.org>."},

    // --- The recipient's domain --------------------------------------------------------
    {.id = "bounce.hostunknown.text",
     .pattern = R"(domain does not exist|domain doesn'?t exist|domain is not reachable|domain must exist|host unknown|)"
                R"(host unreachable|mail domain mentioned in email address is unknown|name or service not known|no such domain|)"
                R"(unknown domain name|account or domain may not exist|unknown host|unroute?able address|553 .{1,60} does not exist|)"
                // MDaemon's note when the recipient's domain does not resolve; a resolver's own answer
                // ("DNS type 'mx' lookup of example.org responded with code NXDOMAIN")
                R"(name server reports domain name unknown|responded with code NXDOMAIN|)"
                // Exim: every MX host of the domain has no address; Exchange Online's 5.4.310
                R"(all relevant MX records point to non-existent hosts|DNS domain \S+ does not exist|InfoDomainNonexistent|)"
                // Go's resolver, in the words of mail servers written in Go (mox, maddy):
                // "lookup example.org on 127.0.0.53:53: no such host"
                R"(\blookup \S+ on \S+: no such host|)"
                // hMailServer: "No mail servers appear to exists for the recipients address."
                R"(no mail servers appear to exists? for|)"
                // MailEnable: "the domain name (example.net) does not appear to be registered"
                R"(domain name \(?\S+\)? does not appear to be registered)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kRemote, .priority = kHost,
     .sample = "550 example.ed.jp (smtp)... 550 Host unknown (Authoritative answer from name server)"},
    // Postfix adds "try again" when the name servers failed to answer
    // (SERVFAIL, a timeout) rather than saying the name does not exist: a
    // temporary failure of the lookup, not an unknown host.
    {.id = "bounce.networkerror.dns_tempfail", .pattern = R"(Host not found, try again)",
     .reason = "networkerror", .cause = C::dns, .scopes = kMsg, .priority = kHost,
     .sample = "Host or domain name not found. Name service error for name=example.net type=MX: Host not found, try again",
     .remediation = "The recipient domain's name servers did not answer in time: the queue retries on its own. "
                    "If it lasts, check that domain with dig (its NS records and whether they respond) and that "
                    "this server's own resolver works."},
    {.id = "bounce.hostunknown.not_found", .pattern = R"(host or domain name not found)", .reason = "hostunknown",
     .cause = C::dns, .scopes = kMsg, .priority = kHost,
     .sample = "Host or domain name not found. Name service error for name=example.invalid type=A: Host not found"},
    // qmail's "couldn't find any host named"; Mailgun's "No MX for [example.org]";
    // SmarterMail's "No MX records were found for the 'example.org' domain";
    // CommuniGate's "example.org: no DNS A-data returned".
    {.id = "bounce.hostunknown.no_mx",
     .pattern = R"(couldn'?t find any host named|\bno MX or A records? for\b|\bNo MX (?:records? )?(?:(?:were|was) found )?for (?:the )?['\[]?[a-z0-9.-]+\.[a-z]{2,}|)"
                R"(\bno DNS A-data returned|)"
                // Postal's
                R"(could not resolve any MX or A records for)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kMsg, .priority = kHost,
     .sample = "Sorry, I couldn't find any host named example.invalid. (#5.1.2)"},

    // --- Spam and the sending host's reputation -----------------------------
    {.id = "bounce.spamdetected.after_data",
     .pattern = R"( - spam\b|help_spam_16\.htm|554 5\.7\.0 reject, id=|appears to be unsolicited|blacklisted url in message|)"
                R"(block for spam|no spam please|blocked by spamassassin|att\.net/blocks|detected as spam|)"
                // cPanel's Exim ("The mail server detected your message as spam and has prevented delivery.")
                R"(detected your message as spam|)"
                R"(unsolicited bulk e-mail|content filter rejection|identified this email as a bulk email|denied due to spam list|)"
                R"(high probability of spam|classified as spam|listed in work\.drbl\.imedia\.ru|mail content denied|)"
                R"(may consider spam|considered as spam|contains spam|message content rejected|looks like spam|)"
                R"(seems to be a spam|spamprofiler|rejected as spam|unacceptable content|suspected spam|)"
                R"(message rejected for policy reasons|possible spam/virus content|thinks this email is spam|)"
                R"(our system has detected that this message is |probable spam|bulk\.advertising|spamassassin score|)"
                R"(rejected - bulk email|rejecting banned content|rejecting mail content|spam-like|sender domain listed at |)"
                R"(due to spam filter|spam (blocked|check|content matched|detected|email|message rejected|not accepted|refused|rejection|score)|)"
                R"(spambouncer identified spam|spamming not allowed|too many spam complaints|too much spam|)"
                R"(rejected by spam filtering engine|classification as bulk mail|looked like spam|appears to be spam|)"
                R"(identified as spam|scored as spam|recurrent pattern detection|spam message not queued|dont accept spam|)"
                R"(similar to spam|uribl policy|considered spam|probably spam|temporarily blocked by our filter|)"
                R"(triggered a spam block|spam contents|antispam checks|greylisted.{1,40}please try again in|)"
                R"(mail score \(.{1,20} over |mail rejete\. mail rejected\..{0,20}506|percent probability of being spam|)"
                R"(rejected by .{1,40} \(spam\)|rejected due to spam (classification|content)|is blacklisted on|)"
                R"(spam .{1,30} exceeded|spam points|message was rejected by the recipient'?s spam|)"
                // FortiMail: "This message has been blocked because ASE reports it as spam."
                R"(reports it as spam)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kMsg, .priority = kSpam,
     .sample = "554 5.7.0 Reject, id=22222-22 NekoNyaan-2y:2 - SPAM. See http://neko.nyaan.example.com/block",
     .commands = "DATA|-"},
    {.id = "bounce.spamdetected.any_command",
     .pattern = R"(detected as spam|classified as spam|looks like spam|identified as spam|appears to be spam|rejected as spam|)"
                R"(spam (content|detected|refused|rejection|score)|spam message (?:rejected|discarded)|unsolicited bulk e-mail|high probability of spam|)"
                // GoDaddy's IB212 "content judged to be spam by the internet community"; NetEase's "DT:SPM";
                // the Exim specification's "This message scored 18.3 spam points."; QQ's "Mail content denied";
                // WP.pl's "Nie przyjmiemy tej wiadomosci poniewaz jest to spam"
                R"(content judged to be spam|\bDT:SPM\b|scored [\d.]+ spam points|mail content denied|jest to spam|)"
                // Yandex's "554 5.7.1 [2] Message rejected under suspicion of SPAM"
                R"(under suspicion of spam|)"
                // "... matches a profile the Internet community may consider spam"
                R"(community may consider spam|)"
                // a site's access map answer for known spam senders ("reject=553 5.3.0 <x>... SPAM REJECT")
                R"(\.\.\. spam reject\b)",
     .reason = "spamdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kSpamLate,
     .sample = "550 5.7.1 Message rejected as spam by Content Filtering. (in reply to RCPT TO command)"},
    {.id = "bounce.speeding.text",
     .pattern = R"(temporarily rate limited|please try again slower|receiving mail at a rate that prevents|)"
                R"(deferred due to excessive volume|throttled by (?:the )?recipient server|\bIPs? (?:were|was|is) throttled|)"
                // a sender's hourly quota at a hosting provider ("... excedido para x (ratelimit 300/h)")
                R"(\bratelimit \d+/(?:h|hour|d|day|min)\b|)"
                // QQ Mail's "550 Ip frequency limited", "Mail sent from your IP frequency limited"
                R"(\bfrequency limited\b|)"
                // a gateway's flood control ("554 5.7.28 Mail flood detected"): too many messages at once;
                // Postfix's smtpd_client_message_rate_limit ("450 4.7.1 Error: too much mail from 192.0.2.7")
                R"(\bmail flood detected\b|\bError: too much mail from\b|)"
                // Yandex's "The recipient has exceeded message rate limit"; GoDaddy's IB607 "This IP has sent too
                // many to too many recipients this hour"
                R"(exceeded (?:the )?message rate limit|message rate limit exceeded|recipients this hour|)"
                // GoDaddy's IB504 "This IP has sent too many messages this hour"
                R"(sent too many messages this hour|limits? for your account (?:are|is|has been) exceeded|)"
                R"(submission rate for this client has exceeded|excessive message rate|)"
                // Mailgun's "Domain x has exceeded its hourly sending limit of 1000 messages"
                R"(exceeded (?:its|the|your) (?:24-hour|daily|hourly) (?:sending|message) (?:limit|quota)|)"
                R"(unusual sending activity detected|exceeded the max defers and failures per hour|)"
                // A provider's own cap on the account: "[internal] Exceed Sending Limit (daily)";
                // Postal's "Message held because send limit (500) has been reached"
                R"(\bexceed(?:ed|s)? (?:the |your |its )?sending limit\b|\bsend limit (?:\(\d+\) )?has been reached)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kSpeeding,
     .sample = "451 4.7.1 <mx.example.org[192.0.2.2]>: Client host rejected: Please try again slower"},
    // Limits stated as a count per time ("only 5 recipients per 5 minutes
    // allowed"), and GMX/web.de's "Too many mails (mail bomb)".
    {.id = "bounce.speeding.count_per_time",
     .pattern = R"(\b\d+ (rcpts|recipients|messages|mails|e-?mails|connections) per (\d+ )?(seconds?|minutes?|hours?|days?)\b|)"
                R"(too many mails \(mail bomb\))",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kSpeeding,
     .sample = "450 4.7.1 <list7@example.com>: Recipient address rejected: only 5 recipients per 5 minutes allowed"},
    // Sendmail refusing to relay for a client whose address has no name: the
    // refusal is of relaying; the missing name is why the client was not
    // recognised as one allowed to relay.
    {.id = "sendmail.relaying_denied.ip_name_lookup", .pattern = R"(Relaying denied\. IP name lookup failed)",
     .reason = "norelaying", .cause = C::relay_denied, .scopes = kRemote, .priority = kRelay,
     .sample = "550 5.7.1 <friend@example.org>... Relaying denied. IP name lookup failed [203.0.113.150]"},
    // Postfix's reject_multi_recipient_bounce: a bounce (null sender) to
    // several recipients is backscatter.
    {.id = "postfix.multi_recipient_bounce", .pattern = R"(Multi-recipient bounce)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kRemote, .priority = kRejected,
     .sample = "550 5.5.3 <DATA>: Data command rejected: Multi-recipient bounce"},
    // Gmail's 421 deferral for an unusual rate: Sendmail keeps only the first
    // line of the reply ("... detected an unusual rate of"), so the words after
    // it may be missing. Temporary: a rate limit, as the client rules read it.
    {.id = "provider.google.unusual_rate_deferred", .status = "4.", .pattern = R"(detected an unusual rate of)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider + 1,
     .sample = "421-4.7.0 [192.0.2.164      10] Our system has detected an unusual rate of"},
    {.id = "bounce.toomanyconn.text",
     .pattern = R"(maximum connection limit|per-domain connection limit|max emails per hour|)"
                R"(throttling failure|too many (concurrent smtp connections|errors from your ip|smtp sessions|sessions opened)|)"
                R"(limit (your )?concurrent connections|)"
                // Outlook.com / Exchange Online: "421 4.3.2 The maximum number of concurrent server
                // connections has exceeded a limit, closing transmission channel"
                R"(concurrent server connections has exceeded|)"
                // its per-IP limit: "451 4.7.652 The mail server [x] has exceeded the maximum number of connections."
                R"(has exceeded the maximum number of connections|)"
                R"(too many connections from your host|trop de connexions|numerous attempts to deliver this message|)"
                // Trend Micro's "451 4.7.1 Too many messages from your IP address x, try again later"
                R"(too many messages from your ip|)"
                // a greeting that is only that: "421 4.3.2 too many connections, please try again later"
                R"(\b4\d\d[ -](?:\d\.\d{1,3}\.\d{1,3} )?too many connections\b|)"
                // Postfix's anvil limit as the remote says it, whatever step Exim names before it
                // ("... after initial connection: 421 4.7.0 mx.example.org Error: too many connections
                // from 192.0.2.31")
                R"(error: too many connections from)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kRemote, .priority = kConn,
     .sample = "421 4.7.0 example.com Error: too many errors from your IP"},
    // Shorter wordings Sisimai's TooManyConn also reads before the status. In
    // bounces only: in logs, Postfix's anvil and smtpd rules name them better.
    {.id = "bounce.toomanyconn.short", .pattern = R"(too many (connections|recipients)|connection rate limit exceeded)",
     .reason = "toomanyconn", .cause = C::rate_limit, .scopes = kMsg, .priority = kConn,
     .sample = "452 4.5.3 Error: too many recipients (in reply to RCPT TO command)"},
    // Sendmail's "Deferred: Connection refused by mx.example.org.": Sisimai
    // files it under blocked, and the reason stays its; what a postmaster
    // meets is a server that did not take the connection, not a block list.
    {.id = "bounce.blocked.connection_refused", .pattern = R"(connection refused by)", .reason = "blocked",
     .cause = C::server_unavailable, .scopes = kRemote, .priority = kBlocked,
     .sample = "<bob@example.org>... Deferred: Connection refused by mx.example.org."},
    {.id = "bounce.blocked.text",
     .pattern = R"(said: 550 blocked|spamcop\.net/bl\.|bad sender ip address|banned sending ip|blacklisted by|blocked - see http|)"
                // Libero's "sender IP address blacklisted (IOL-BL01)"; a provider's hold on a sender it is
                // investigating ("554 Access denied - Under investigation for spam abuse")
                R"(\bip address (?:is )?(?:black|block) ?listed\b|\bunder investigation for (?:spam|abuse)\b|)"
                R"(dnsbl:attrbl|abus detecte gu_eib_0[24]|may not be mail exchanger|client host rejected: was not authenticated|)"
                // Comcast's BL000001 "... found on one or more DNSBLs, see ..."
                R"(\bon (?:one or more|several|multiple) (?:dnsbls|rbls|block ?lists|black ?lists)\b|)"
                R"(confirm this mail server|connection (dropped|was dropped by remote host)|spamhaus xbl|)"
                R"(currently sending spam see|domain does not exist:|dynamic/zombied/spam ips blocked|no valid recipients from |)"
                R"(esmtp not accepting connections|extreme bad ip profile|\bgo away\b|host network not allowed|)"
                R"(hosts with dynamic ip|invalid ip for sending mail of domain|is in a black list|not allowed to send mail from|)"
                R"(mailfrom domain is listed in spamhaus|no access from mail server|no matches to nameserver query|)"
                R"(not currently accepting mail from your ip|on our block list|please use the smtp server of your isp|)"
                R"(refused - see http|multi-blacklist|has not passed validation|rejecting open proxy|sender ip address rejected|)"
                R"(server access forbidden by your ip|after initial connection:|looks suspiciously like spammer|)"
                R"(to submit messages to this e-mail system has been rejected|too many spams from your ip|)"
                R"(too many unwanted messages have been sent|was blocked by |mail from dynamic ips|not allowed to connect|)"
                R"(you are sending spam|listed in the rbl|temporary blacklisted|requires confirmation|:blocked\)|)"
                R"(access from ip address .{1,60} blocked|because the ip is in spamhaus|_is_blocked|email blocked by |)"
                R"(refused to talk to me: .{1,80} blocked|is blocked by earthlink|rbl on |mail server at .{1,60} is blocked|)"
                R"(mail from .{1,60} refused|rejected based on blacklist|temporarily deferred due to user complaints|)"
                R"(listed as abusive|is blocked by rbl|the (domain|email|ip) .{1,60} is blacklisted|service refused, please try later|)"
                R"(your access ip .{1,40} has been rejected|\.abuseat\.org|spamhaus\.org/query/bl|weren'?t sent\. we recommend that you contact your internet service provider|)"
                // A sending IP named on a DNS block list, in the words of the receivers that quote it
                // ("listed on the Spamhaus Block List (SBL)", "listed in zen.spamhaus.org")
                R"(\blisted (?:on|in|at) (?:the |a )?[^.;]{0,40}(?:block ?list|black ?list|dnsbl|\brbl\b|spamhaus)|)"
                R"(spamhaus (?:block list|sbl|xbl|pbl|zen)\b|)"
                // a receiver refusing a whole address range unless it logs in
                R"(not allowed from this (?:ip )?range)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kBlocked,
     .sample = "host mx.example.jp [192.0.2.20]: 550 5.7.0 <shironeko@example.jp>... Please use the smtp server of your ISP."},
    {.id = "bounce.blocked.connection", .pattern = R"(connection reset by peer)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kMsg, .priority = kBlocked,
     .sample = "554 <kijitora@example.edu>... Remote protocol error: Connection reset by peer during result wait with example.edu"},
    // RFC 5321's own words for 421: the receiving server closed the session
    // before taking mail (Sisimai counts it "blocked"); what the sender sees is
    // a server that would not serve, and the provider's retry usually gets through.
    {.id = "bounce.blocked.service_not_available", .pattern = R"(service not available, closing transmission channel)",
     .reason = "blocked", .cause = C::server_unavailable, .scopes = kMsg, .priority = kBlocked,
     .sample = "smtp;421 4.3.2 Service not available, closing transmission channel"},

    // --- Reasons Sisimai weighs only when the status names nothing explicit ----
    // amavis's refusal names its verdict after the id: "Reject, id=12345-07 -
    // INFECTED: Win.Trojan..." is a virus where "... - spam" is spam.
    // amavis's banned file type ("Reject, id=... - BANNED: P=p002,...,T=exe,N=x.exe"): a
    // policy on the attachment, not a virus (its log's "Blocked BANNED" is read so too).
    {.id = "bounce.policyviolation.amavis_banned", .pattern = R"(reject, id=\S+ - banned\b)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kSpam + 1,
     .sample = "554 5.7.0 Reject, id=21487-09 - BANNED: P=p002,L=1/2,M=application/x-msdownload,T=exe,N=invoice.exe",
     .commands = "DATA|-"},
    {.id = "bounce.virusdetected.amavis", .pattern = R"(reject, id=\S+ - (?:infected|virus)\b)",
     .reason = "virusdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kSpam + 1,
     .sample = "554 5.7.0 Reject, id=31522-04 - INFECTED: Eicar-Signature", .commands = "DATA|-"},
    {.id = "bounce.virusdetected.text",
     .pattern = R"(potentially executable attachment|prohibited virus or spam content|used by recent viruses|virus detected|)"
                R"(malicious_url detected|infected (?:with|by) (?:a )?virus|virus found| - infected: |virus \S{1,80} detected by |)"
                // GoDaddy's IB705 "Virus infected message rejected"; gateways that say malware
                R"(virus infected message|malware (?:was )?(?:detected|found)|(?:detected|contains?) (?:malware|an? virus)|)"
                // Exim's ACL and the receivers that quote it: "550 This message contains a virus (Eicar-Test)"
                R"(message contains (?:a )?virus)",
     .reason = "virusdetected", .cause = C::spam_policy, .scopes = kRemote, .priority = kVirus,
     .sample = "550 5.7.0 Your message was infected with a virus.", .commands = "DATA|-"},
    {.id = "bounce.policyviolation.text",
     .pattern = R"(illegal attachment|not accepting mail with |non-member to a members-only list|closed mailing list|denied by policy|)"
                R"((email|message) not accepted for policy reasons|rejected due to security policies|header are not accepted|)"
                R"(\bheader error|local policy violation|organizational settings|message given low priority|)"
                R"(rejected due to local policy|messages with multiple addresses|rejected for policy reasons?\b|protocol violation|)"
                R"(not subscribed to this group|rejected by organization policy|content presents a potential|)"
                R"(containing images or other attachments|using a mass mailer|without solving a captcha|)"
                // GMX's "Reject due to policy restrictions"; Exchange's delivery restrictions
                // (a moderated group, a recipient that takes mail from some senders only)
                R"(reject due to policy restrictions|delivery not authorized, message refused|rejected by local policy|)"
                // a file type the receiver refuses ("attachments of type .js are not accepted")
                R"(attachments? (?:of type|with (?:the )?extension) \S{1,20} (?:are|is) not (?:accepted|allowed|permitted)|)"
                R"((?:attachment|file) type (?:is )?not (?:allowed|accepted|permitted)|)"
                // "an attachment of a type that is not permitted by the recipient organization's policy";
                // Exchange's "Messages with .iso, .img or .vhd attachments are not accepted"
                R"(attachment of a type that is not (?:allowed|accepted|permitted)|)"
                R"(\b(?:messages|e-?mails) with .{1,60} attachments? (?:are|is) not (?:accepted|allowed|permitted)|)"
                // Exchange Online: "A custom mail flow rule created by an admin at x has blocked your message"
                R"(mail flow rule created by an (?:email )?admin|rejected because of a mail flow rule|)"
                R"(\bexecutable (?:attachments|files) (?:are )?not (?:accepted|allowed|permitted)|)"
                // "HTML attachments (.htm, .html) are not accepted", Mimecast's "rejected by content policy"
                R"(\battachments? \([^)]{1,60}\) (?:are|is) not (?:accepted|allowed|permitted)|rejected by content policy|)"
                R"((?:prohibited|forbidden|blocked|unauthori[sz]ed) (?:file )?attachment|)"
                // Hornetsecurity's "554 5.5.7 e-mail Rejected Content Attachment"
                R"(rejected content attachment)",
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kPolicy,
     .sample = "554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes"},
    // Exchange's 5.2.2 for the sending mailbox over its submission quota (its recipients per day):
    // "554 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; ... Submission quota
    // exceeded." A sending limit of the sender's, not a full mailbox, whatever 5.2.2 says elsewhere.
    {.id = "provider.microsoft.submission_quota",
     .pattern = R"(SubmissionQuotaExceededException|Submission quota exceeded)",
     .reason = "speeding", .cause = C::rate_limit, .scopes = kRemote, .priority = kProvider,
     .sample = "554 5.2.2 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message "
               "due to a permanent exception with message Submission quota exceeded. Cannot submit message.",
     .remediation = "The sending mailbox reached Exchange Online's limit of recipients per day (10,000 by default): "
                    "wait until the 24-hour window frees up, spread bulk mail over time, or send it through a "
                    "service meant for bulk mail."},
    // Exchange Online's 5.7.520: the sender's own organization blocks automatic forwarding
    // to outside addresses (an Inbox rule or the mailbox's forwarding address sent it).
    {.id = "provider.microsoft.external_forwarding_blocked",
     .pattern = R"(does not allow external forwarding|external forwarding (?:is )?(?:blocked|disabled|not allowed))",
     // (A provider's own code: it outranks the words of the report's boilerplate, "the address may
     // only accept email from certain senders", which read as the recipient's filter.)
     .reason = "policyviolation", .cause = C::spam_policy, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your "
               "administrator for further assistance. AS(7555)",
     .remediation = "The message was forwarded automatically (an Inbox rule or the mailbox's forwarding address) and "
                    "the sending organization blocks forwarding to outside addresses: remove the rule, or have an "
                    "admin allow automatic forwarding for this mailbox in the outbound spam policy."},
    {.id = "bounce.systemerror.text",
     .pattern = R"(forwarding loop broken|can'?t create user output file|could not load drd|internal error reading data|)"
                R"(operation now in progress|interrupted system call|encountered an error while being processed|)"
                R"(would create a mail loop|local configuration error|loop was found in the mail exchanger|)"
                R"(mail system configuration error|queue file write error|there is no mdb|remote server is misconfigured|)"
                R"(server configuration error|service currently unavailable|system config error|timeout waiting for input|)"
                R"(transaction failed |unable to connect .{0,40}daemon|internal system error|unable to contact ldap server|)"
                // Amazon WorkMail's "452 4.3.1 Temporary System Error" (not a full disk, whatever x.3.1 says);
                // Mimecast's "451 Internal resource temporarily unavailable"; GoDaddy's IB101
                R"(temporary system error|internal resource temporarily unavailable|server temporarily unavailable|)"
                // Exchange: the recipient's directory entry has no primary address (its side's configuration)
                R"(RESOLVER\.ADR\.BadPrimary|)"
                // Postfix on the receiving side: a table it consults (LDAP, SQL) failed
                R"(\b4\.3\.0 <[^>\s]*>: Temporary lookup failure)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kRemote, .priority = kSystem,
     .sample = "550 5.3.5 <kuroneko@example.org>... Internal System Error"},
    // (qmail-local's "Unable to chdir to maildir. (#4.2.1)": the recipient's maildir is missing or
    // unreadable, whatever the queue's age says after it.)
    {.id = "bounce.systemerror.local",
     .pattern = R"(local error in processing|temporary local problem|loops back to myself|unable to chdir to maildir)",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kMsg, .priority = kSystem,
     .sample = "451 Requested action aborted: local error in processing"},
    // ... and qmail-send's log of the same local delivery (whatever its "#4.2.1" would say).
    {.id = "qmail.local.maildir_unusable", .pattern = R"(unable to chdir to maildir)", .reason = "systemerror",
     .cause = C::server_unavailable, .scopes = kScopeServerLog, .priority = kSystem,
     .sample = "Unable to chdir to maildir. (#4.2.1)"},
    {.id = "bounce.systemerror.duplicate_message_id", .pattern = R"(duplicated message-id)", .reason = "systemerror",
     .cause = C::server_unavailable, .scopes = kMsg, .priority = kSystem,
     .sample = "Duplicated Message-ID in <neko@example.co.jp>."},
    // Sisimai's network errors that are the destination's DNS failing to answer
    // (a lookup that timed out or came back broken): the cause is DNS.
    {.id = "bounce.networkerror.dns_text",
     .pattern = R"(dns records for the destination computer could not be found|host name lookup failure|)"
                R"(host not found, try again|malformed (or unexpected )?name server reply|unable to resolve route)",
     .reason = "networkerror", .cause = C::dns, .scopes = kRemote, .priority = kNetwork,
     .sample = "Name service error for domain example.com: Host not found, try again"},
    {.id = "bounce.networkerror.text",
     .pattern = R"(could not connect and send the mail to|)"
                R"(hop count exceeded|host is unreachable|)"
                R"(mail forwarding loop for |forwarding loop count exceeded|)"
                R"(message looping|routing loop|too many hops|unrouteable mail domain|)"
                R"(network error on destination)",
     .reason = "networkerror", .cause = C::server_unavailable, .scopes = kRemote, .priority = kNetwork,
     .sample = "Could not connect and send the mail to mx.example.com"},
    // Exchange finding that the domain's MX records lead back to itself: the recipient's DNS.
    {.id = "bounce.networkerror.mx_loop",
     .pattern = R"(SMTPSEND\.DNS\.MxLoopback|DNS records for this domain are configured in a loop)",
     .reason = "networkerror", .cause = C::dns, .scopes = kRemote, .priority = kNetwork,
     .sample = "554 5.4.4 SMTPSEND.DNS.MxLoopback; DNS records for this domain are configured in a loop"},
    // Exchange's own DNS answers: the recipient's domain does not exist
    // ("550 5.4.4 SMTPSEND.DNS.NonExistentDomain"), or its lookup failed for
    // now ("451 4.4.0 DNS query failed. The error was: ... ErrorRetry").
    {.id = "exchange.dns.nonexistent_domain", .pattern = R"(SMTPSEND\.DNS\.NonExistentDomain)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kRemote, .priority = kProvider,
     .sample = "550 5.4.4 SMTPSEND.DNS.NonExistentDomain; nonexistent domain"},
    {.id = "exchange.dns.query_failed", .pattern = R"(\bDNS query failed\b)",
     .reason = "networkerror", .cause = C::dns, .scopes = kRemote, .priority = kNetwork,
     .sample = "451 4.4.0 DNS query failed. The error was: DNS query failed with error ErrorRetry"},
    // A loop named as such (the lowest MX pointing back at the sender, "hop
    // count exceeded - possible mail loop") is the route's fault, whatever
    // other words the reply has. (Postfix's "mail for x loops back to myself"
    // stays Sisimai's systemerror, and a loop found by counting Received
    // headers its contenterror, below.)
    {.id = "bounce.networkerror.loop",
     .pattern = R"(routing loop detected|suspected mail loop|possible mail loop|too many "?received"? headers|)"
                R"(lowest numbered MX record points to local host)",
     .reason = "networkerror", .cause = C::server_unavailable, .scopes = kRemote, .priority = kContent + 1,
     .sample = "554 5.4.6 Hop count exceeded - possible mail loop"},
    // A loop found by counting the message's Received headers: Sisimai reads
    // it as a fault of the message's header (contenterror), in Exim's words
    // ("Too many "Received" headers - suspected mail loop") and in the reply
    // "546 Routing loop detected -- too many Received: headers". The cause is
    // still the route: two servers (or aliases) sending it back and forth.
    {.id = "bounce.contenterror.received_headers",
     .pattern = R"(routing loop detected -- too many received: headers|too many "received" headers)",
     .reason = "contenterror", .cause = C::server_settings, .scopes = kMsg, .priority = kContent + 2,
     .sample = "Too many \"Received\" headers - suspected mail loop"},
    // Exim's own words for a local delivery that did not happen: a pipe or
    // file delivery its configuration forbids, a transport that failed, an
    // LMTP server's error. Sisimai takes them for systemerror unless the text
    // says more (a pipe's "pipe to |/..." is mailererror, an LMTP quota
    // reply mailboxfull): hence the lowest rank.
    {.id = "exim.local_delivery_failed",
     .pattern = R"(local delivery failed|delivery to (?:file|pipe) forbidden|LMTP error after )",
     .reason = "systemerror", .cause = C::server_unavailable, .scopes = kMsg, .priority = kMailer - 1,
     .sample = "/home/x/mail/archive generated by x@example.io delivery to file forbidden"},
    {.id = "bounce.networkerror.no_route", .pattern = R"(no route to host|exceeded maximum hop count|too many hops)", .reason = "networkerror",
     .cause = C::server_unavailable, .scopes = kMsg, .priority = kNetwork,
     .sample = "connect to mx.example.net[192.0.2.21]:25: No route to host"},
    {.id = "bounce.systemfull.text", .pattern = R"(mail system full)", .reason = "systemfull",
     .cause = C::server_unavailable, .scopes = kRemote, .priority = kSystemFull, .sample = "452 4.3.1 Mail system full"},
    {.id = "bounce.notaccept.text",
     .pattern = R"(does not accept mail|mail receiving disabled|name server: \.: host not found|no mx record found for domain=|)"
                R"(couldn'?t find a mail exchanger or ip address|)"
                R"(no route for current request|smtp protocol returned a permanent error|indicated no smtp service)",
     .reason = "notaccept", .cause = C::dns, .scopes = kRemote, .priority = kNotAccept,
     .sample = "an MX or SRV record indicated no SMTP service"},
    {.id = "bounce.notaccept.code", .code_min = 521, .code_max = 521, .reason = "notaccept", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "521 Service unavailable"},
    {.id = "bounce.notaccept.code_556", .code_min = 556, .code_max = 556, .reason = "notaccept", .cause = C::dns,
     .scopes = kMsg, .priority = 1, .sample = "556 SMTP rejected: no mail transfer service"},
    // Stalwart's words for its own failures, as its DSNs give them after the
    // address ("<a@b.example> (failed to lookup 'b.example': Record not found)",
    // "(TLS error from 'mx.b.example': invalid peer certificate: Expired)").
    {.id = "stalwart.lookup_failed", .pattern = R"(failed to lookup '[^']{1,255}': Record not found)",
     .reason = "hostunknown", .cause = C::dns, .scopes = kRemote,
     .sample = "<billing@oakridge.example> (failed to lookup 'oakridge.example': Record not found)"},
    {.id = "stalwart.tls_error", .pattern = R"(TLS error from '[^']{1,255}': )", .reason = "failedstarttls",
     .cause = C::tls_mismatch, .scopes = kRemote,
     .sample = "<it@corvid.example> (TLS error from 'mx.corvid.example': invalid peer certificate: Expired)"},
    // Haraka gives up on a message after its retries: "Too many failures (Tried all MXs)".
    {.id = "haraka.too_many_failures", .pattern = R"(Too many failures \()", .reason = "expired", .cause = C::expired,
     .scopes = kRemote, .sample = "Failure Reason: Error: Too many failures (Tried all MXs)"},
    {.id = "bounce.expired.text",
     .pattern = R"(connection timed out|could not find a gateway for|delivery attempts will continue|delivery (time )?expired|)"
                R"(failed to deliver to domain |failing for a long time|has been delayed|not been collected after|)"
                R"(message expired|message timed out|retry time not reached|server did not respond|in the queue too long|)"
                R"(after multiple retries|not reachable within the allowed queue period|could not be delivered for .{1,20} days|)"
                R"(retry timeout exceeded|envelope expired|did not accept our requests to connect|delivery time out|)"
                R"(your message was not delivered within|host not reachable|cannot send message for \d+ (days?|hours?|weeks?)|)"
                // hMailServer, after its last try: "Connection to recipients server failed."
                R"(connection to recipients? server failed)",
     .reason = "expired", .cause = C::expired, .scopes = kMsg, .priority = kExpired,
     .sample = "    retry timeout exceeded"},
    {.id = "bounce.securityerror.text",
     .pattern = R"(account not subscribed to ses|authentication credentials invalid|authentication failure|authentication required|)"
                R"(authentication turned on in your email client|turn on smtp authentication|executable files are not allowed|)"
                R"(you don'?t authenticate or the domain|unauthenticated senders not allowed|verification failure|)"
                R"(not authorized to send mail, authentication is required|authentication failed; server .{1,80} said: |)"
                R"(authentification (invalide|requise)|is a dead domain|not authorized to perform ses:sendrawemail)",
     .reason = "securityerror", .cause = C::authentication, .scopes = kMsg, .priority = kSecurity,
     .sample = "554 5.7.1 Account not subscribed to SES"},
    {.id = "bounce.mailererror.text",
     .pattern = R"( \|\| exit |procmail: |bin/procmail|bin/maidrop|command failed: |command died with status|command output:|)"
                R"(mailer error|pipe to \|/|x-unix; )",
     .reason = "mailererror", .cause = C::server_settings, .scopes = kRemote, .priority = kMailer,
     .sample = "X-Unix; 255 (command died with status 255)"},

    // --- Context of the report ----------------------------------------------------
    // A delay notice whose last reply was a greylisting: Sisimai's reason for
    // a delay (expired), the cause the greylisting (it clears on retry); a
    // report that gave up after it is the queue's lifetime run out.
    {.id = "bounce.greylisted.delayed",
     .pattern = kGreylistingPattern,
     .reason = "expired", .cause = C::spam_policy, .scopes = kMsg, .actions = action_bit(Action::deferred),
     .priority = 2, .sample = "Delay reason: 450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted",
     .remediation = "The receiver greylists: it turns a new sender away once and accepts a retry some minutes "
                    "later, so the warning needs nothing. If it goes on for hours, check that the retries leave "
                    "from the same IP address (a pool of sending IPs restarts the greylisting each time)."},
    {.id = "bounce.greylisted.gave_up",
     .pattern = kGreylistingPattern,
     .reason = "expired", .cause = C::expired, .scopes = kMsg, .priority = 2,
     .sample = "retry timeout exceeded: 450 4.7.1 <bob@example.org>: Recipient address rejected: Greylisted for 5 minutes"},
    // A delay notice whose last try could not reach the destination: Sisimai's
    // reason for a delay (expired), the cause the unreachable server, as a
    // final report after days of it is the queue's lifetime run out.
    {.id = "bounce.unreachable.delayed",
     .pattern = R"(connection timed out|timed out while|\btimed out\]|server did not respond|did not accept our requests to connect|)"
                R"(host not reachable|connection refused|unable to connect)",
     .reason = "expired", .cause = C::server_unavailable, .scopes = kMsg, .actions = action_bit(Action::deferred),
     .priority = kExpired + 1,
     .sample = "Delay reason: connect to mx1.example.org[192.0.2.37]:25: Connection timed out"},
    {.id = "bounce.context.delayed_expired", .reason = "expired", .cause = C::expired, .scopes = kMsg,
     .actions = action_bit(Action::deferred), .priority = 1,
     .sample = "THIS IS A WARNING MESSAGE ONLY."},
    {.id = "bounce.blocked.helo_name", .pattern = R"(but my name was rejected|invalid helo given)",
     .reason = "blocked", .cause = C::spam_policy, .scopes = kRemote, .priority = kBlocked,
     .sample = "Connected to 192.0.2.112 but my name was rejected."},
    {.id = "bounce.context.helo_blocked", .reason = "blocked", .cause = C::spam_policy, .scopes = kMsg,
     .sample = "Your HELO name is not acceptable (in reply to HELO command)",
     .commands = "HELO"},
    {.id = "bounce.context.syntax_code", .code_min = 501, .code_max = 507, .reason = "syntaxerror",
     .cause = C::outdated_client, .scopes = kMsg, .priority = 1, .sample = "503 Bad sequence of commands"},
    {.id = "bounce.context.undecided_permanent", .code_min = 500, .code_max = 599, .reason = "onhold",
     .cause = C::other, .scopes = kMsg, .sample = "550 Message rejected"},
    {.id = "bounce.context.undecided_text", .pattern = R"(\S)", .reason = "onhold", .cause = C::other, .scopes = kMsg,
     .weight = Weight::vague, .sample = "Fehler beim Zustellen der Nachricht"},

    // --- Reasons the report format itself names -------------------------------
    // A list (a Google Group, a Mailman list) refusing a post: its members
    // only, or its moderators said no.
    {.id = "list.post_refused", .reason = "rejected", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "list_rejected",
     .sample = "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you "
               "may not have permission to post messages to the group.",
     .remediation = "The list refused the post: post from the address subscribed to it, subscribe this address, or "
                    "ask the list owner to accept this sender (the notice gives the list's own reason)."},
    // The same refusal where Gmail's own bounce carries the group's answer
    // (the group's address in a Workspace domain: a DSN, read as any other).
    {.id = "list.google_groups.post_refused", .pattern = R"(may not have permission to post messages to the group)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kMsg, .priority = kProvider,
     .sample = "The response was: We're writing to let you know that the group you tried to contact (board) may not "
               "exist, or you may not have permission to post messages to the group."},
    // A list that takes posts from its members only, in its own words, with
    // or without a status (Sympa's DSN says 5.7.1, ezmlm's #5.7.2).
    {.id = "list.members_only",
     .pattern = R"(restricted to (?:the )?(?:list )?(?:subscribers|members)|only (?:subscribers|members) (?:may|can) post|)"
                R"(non-?members? (?:are not allowed to|may not|cannot) post)",
     .reason = "rejected", .cause = C::spam_policy, .scopes = kMsg, .priority = kProvider,
     .sample = "Message distribution in the list is restricted to list subscribers.",
     .remediation = "The list takes posts from its members only: post from the address subscribed to it, subscribe "
                    "this address, or ask the list owner to accept this sender."},
    // An automatic reply saying the mailbox is closed and naming its successor.
    {.id = "autoreply.address_moved", .reason = "hasmoved", .cause = C::recipient_unknown, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "hasmoved",
     .sample = "The mailbox info@example.org is closed. info@example.org has been replaced by office@example.net.",
     .remediation = "The mailbox is closed and its owner named a new address: send to that address and update the "
                    "contact or the list entry."},
    {.id = "bounce.hint.filtered", .reason = "filtered", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "filtered",
     .sample = "Each of the following recipients was rejected by a remote mail server."},
    {.id = "bounce.hint.suppressed", .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "suppressed",
     .sample = "Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an "
               "invalid address."},
    // A provider's suppression list holds the address because its owner
    // unsubscribed or reported spam, or someone deactivated it by hand: the
    // address may well exist.
    {.id = "bounce.hint.suppressed_by_recipient", .reason = "suppressed", .cause = C::other, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "suppressed-by-recipient", .sample = "Unsubscribed Address",
     .remediation = "The provider will not send to this address: its owner unsubscribed or reported a message as "
                    "spam, or it was deactivated by hand. Take it off the list; send again only with the "
                    "recipient's consent (re-activating it to force mail through harms the sending reputation)."},
    // The address is on the provider's list because its owner reported an
    // earlier message as spam (SendGrid "Spam Reporting Address", Mailgun
    // suppress-complaint, Mailjet "spam reporter"): a complaint, kept.
    {.id = "bounce.hint.suppressed_after_complaint", .reason = "suppressed", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "suppressed-after-complaint", .sample = "Spam Reporting Address",
     .remediation = "The provider will not send to this address because its owner marked an earlier message as "
                    "spam. Take it off the list, and look at why mail was unwanted there (consent, frequency, "
                    "an easy unsubscribe link): complaints weigh on the sending reputation."},
    // A provider's event for a message it would not send from this sender:
    // the From address or its domain is not verified for the account.
    {.id = "provider.sender_not_verified",
     .pattern = R"(is not a Sender Signature on your account|validate your sender (?:email )?address|)"
                R"(sending domain \S+ (?:has not been|is not) verified|does not match a verified Sender Identity)",
     .reason = "rejected", .cause = C::authentication, .scopes = kMsg, .priority = kProvider,
     .sample = "The 'From' address you supplied (news@example.com) is not a Sender Signature on your account.",
     .remediation = "The provider sends only from addresses or domains verified on the account: verify this "
                    "sender (or its domain, with the DNS records the provider gives), or send from one that is."},
    // Amazon SES rejects a message it found a virus in ("Reject", "Bad content").
    {.id = "bounce.hint.virusdetected", .reason = "virusdetected", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "virusdetected", .sample = "Bad content",
     .remediation = "The provider found a virus in the message and did not send it: scan the attachment or the "
                    "system that produced it; the recipients received nothing."},
    // Amazon SES could not fill a template with the data given.
    {.id = "provider.ses.rendering_failure", .reason = "contenterror", .cause = C::other, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "rendering-failure",
     .sample = "Attribute 'name' is not present in the rendering data.",
     .remediation = "The provider could not render the message from its template and sent nothing: fix the "
                    "template or supply every attribute it names (the diagnostic says which)."},
    // A spam filter's own notice that it stopped the message (Barracuda's
    // "blocked by our bulk email filter"): its verdict is on the content.
    {.id = "bounce.hint.spamdetected", .reason = "spamdetected", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "spamdetected",
     .sample = "Your message to: bob@example.org was blocked by our Spam Firewall."},
    {.id = "bounce.hint.mailboxfull", .reason = "mailboxfull", .cause = C::mailbox_full, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "mailboxfull", .sample = "bounceSubType: MailboxFull"},
    {.id = "bounce.hint.mesgtoobig", .reason = "mesgtoobig", .cause = C::message_too_large, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "mesgtoobig", .sample = "bounceSubType: MessageTooLarge"},
    // Content refused: what the receiving server said decides (spam, a
    // policy, a virus); the provider's subtype only when it said nothing more.
    {.id = "bounce.hint.contenterror", .reason = "contenterror", .cause = C::other, .scopes = kMsg,
     .weight = Weight::vague, .hint = "contenterror", .sample = "bounceSubType: ContentRejected"},
    // Amazon SES's reasons for a delivery delay (delayType), beneath what the
    // receiving server said.
    {.id = "provider.ses.delay_ip_blocked", .reason = "blocked", .cause = C::spam_policy, .scopes = kMsg,
     .hint = "delay-ip-failure", .priority = 2, .sample = "delayType: IPFailure",
     .remediation = "The receiving provider blocks or throttles the provider's sending address for now: the "
                    "provider keeps retrying; if it lasts, check the sending reputation (complaints, bounces, "
                    "authentication) or ask the provider about the IP pool."},
    // (The receiving side's block of the IP, above, is worded by that side: a
    // throttle's text says so and decides. The other delay types are SES's own
    // statement of what happened, whatever status it puts beside them.)
    {.id = "provider.ses.delay_communication", .reason = "networkerror", .cause = C::server_unavailable,
     .scopes = kMsg, .weight = Weight::decisive, .hint = "delay-communication", .priority = 2,
     .sample = "delayType: TransientCommunicationFailure"},
    {.id = "provider.ses.delay_remote_error", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kMsg, .weight = Weight::decisive, .hint = "delay-remote-error", .priority = 2,
     .sample = "delayType: RecipientServerError"},
    {.id = "provider.ses.delay_spam", .reason = "spamdetected", .cause = C::spam_policy, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "delay-spam", .priority = 2, .sample = "delayType: SpamDetected"},
    // SES's own side: an internal failure it retries, or its deferral of the
    // account's sending (a pause, a quota); and the lookup of the host name
    // a bring-your-own-IP pool sends as.
    {.id = "provider.ses.delay_internal", .reason = "systemerror", .cause = C::server_unavailable, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "delay-internal", .priority = 2, .sample = "delayType: InternalFailure"},
    {.id = "provider.ses.delay_sending_deferral", .reason = "speeding", .cause = C::rate_limit, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "delay-sending-deferral", .priority = 2, .sample = "delayType: SendingDeferral",
     .remediation = "SES is holding back this account's sending for now (its sending rate or quota, or a "
                    "pause): check the account's sending statistics and quotas in the SES console; the "
                    "messages go out when it lets them."},
    {.id = "provider.ses.delay_byoip_lookup", .reason = "networkerror", .cause = C::dns, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "delay-byoip-lookup", .priority = 2,
     .sample = "delayType: BYOIPHostNameLookupUnavailable",
     .remediation = "SES could not look up the host name of the bring-your-own-IP address it sends from: "
                    "check the PTR and forward records of that pool's addresses."},
    // A provider giving up after its retry period (Mailgun's reason "old"):
    // the message expired, whatever its last attempt's error was (the
    // diagnostic keeps that), as Postfix's status=expired reads.
    {.id = "provider.retry_period_ended", .reason = "expired", .cause = C::expired, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "expired", .sample = "Too old"},
    // Postmark's DnsError: the recipient's domain could not be looked up for
    // now (it retries); what the resolver or server said decides when there is text.
    {.id = "provider.postmark.dns_error", .reason = "networkerror", .cause = C::dns, .scopes = kMsg,
     .hint = "dns-error", .priority = 2, .sample = "DnsError",
     .remediation = "The provider could not look the recipient's domain up for now and keeps retrying: check "
                    "the domain's spelling, and that it has MX (or A) records (`dig MX DOMAIN`)."},
    // A challenge-response filter (Spam Arrest and the like) holds the message
    // until the sender answers its challenge; Postmark reports it as such.
    {.id = "provider.challenge_verification", .reason = "onhold", .cause = C::other, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "challenge", .sample = "ChallengeVerification",
     .remediation = "The recipient's challenge-response filter holds the message until the sender proves to be a "
                    "person: answer the challenge from the sending address, or ask the recipient to allow the sender."},
    // A mailing list holding a post for its moderator: it may still go out.
    {.id = "list.held_for_moderation", .reason = "onhold", .cause = C::other, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "moderation",
     .sample = "Held for the list moderator's approval: Post by non-member to a members-only list",
     .remediation = "The list holds the post until its moderator decides: wait for the decision, post from the "
                    "address subscribed to the list, or ask the list owner to accept this sender."},
    {.id = "provider.ses.suppression_list", .pattern = kSesSuppressed,
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kMsg, .priority = kProvider,
     .sample = "Amazon SES did not send the message to this address because it is on the suppression list for "
               "your account."},
    // ... with the 5.1.1 SES puts on it (its "history of bouncing as an invalid
    // address" is why the address is listed, not this message's refusal).
    {.id = "provider.ses.suppression_list.with_status", .status = "*.1.1", .pattern = kSesSuppressed,
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kMsg, .priority = kProvider,
     .sample = "550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of "
               "bouncing as an invalid address."},
    // Postmark refusing an address it marked inactive (a hard bounce, a complaint
    // or a manual suppression before), in a bounce or in its API's error as a
    // client logs it ("ErrorCode 406: ... recipient(s) that have been marked as inactive"):
    // an address the account may not send to, as other services' suppression lists are.
    {.id = "provider.postmark.inactive_recipient",
     .pattern = R"(recipient(?:\(s\))? that ha(?:s|ve) been marked as inactive|Found inactive addresses)",
     // (Above the client table's catch-all words too: its own "... a hard bounce, a spam complaint,
     // or a manual suppression" is not a spam refusal.)
     .reason = "suppressed", .cause = C::recipient_unknown, .scopes = kMsg | kScopeClient, .priority = 1,
     .sample = "You tried to send to a recipient that has been marked as inactive. Found inactive addresses: "
               "a@example.com."},
    {.id = "bounce.hint.userunknown", .reason = "userunknown", .cause = C::recipient_unknown, .scopes = kMsg,
     .weight = Weight::decisive, .hint = "userunknown", .sample = "bounceSubType: NoEmail"},

    // --- Enhanced status codes as Sisimai reads them in bounces -------------
    {.id = "bounce.rejected.sender_status", .status = "*.1.7", .pattern = R"(\S)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kMsg, .priority = kRejected,
     .sample = "550 5.1.7 No such domain neko.example.com. (in reply to MAIL FROM command)", .commands = "MAIL"},
    {.id = "bounce.rejected.sender_system_status", .status = "*.1.8", .pattern = R"(\S)", .reason = "rejected",
     .cause = C::spam_policy, .scopes = kMsg, .priority = kRejected,
     .sample = "501 5.1.8 Domain of sender address does not resolve (in reply to MAIL FROM command)", .commands = "MAIL"},
    {.id = "bounce.status.4.3.0", .status = "4.3.0", .reason = "onhold", .cause = C::other, .scopes = kMsg,
     .priority = 1, .sample = "Status: 4.3.0"},
    {.id = "bounce.status.4.0.0", .status = "4.0.0", .reason = "onhold", .cause = C::other, .scopes = kMsg,
     .hint = kWithoutHint, .priority = 1, .sample = "Status: 4.0.0"},
    {.id = "bounce.status.delayed_without_detail", .status = "4.0.0", .reason = "expired", .cause = C::expired,
     .scopes = kMsg, .actions = action_bit(Action::deferred), .hint = kWithoutHint, .priority = 1,
     .sample = "Action: delayed Status: 4.0.0"},
    {.id = "bounce.status.delayed_network", .status = "4.4.0", .reason = "expired", .cause = C::expired,
     .scopes = kMsg, .actions = action_bit(Action::deferred), .priority = 1,
     .sample = "Action: delayed Status: 4.4.0 (other or undefined network or routing status)"},
    {.id = "bounce.status.5.2.1", .status = "5.2.1", .reason = "filtered", .cause = C::spam_policy, .scopes = kMsg,
     .priority = 1, .sample = "Status: 5.2.1"},
    {.id = "bounce.status.4.2.1", .status = "4.2.1", .reason = "blocked", .cause = C::spam_policy, .scopes = kMsg,
     .priority = 1, .sample = "Status: 4.2.1"},
    {.id = "bounce.status.5.1.0", .status = "5.1.0", .reason = "userunknown", .cause = C::recipient_unknown,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.1.0"},
    {.id = "bounce.status.x.1.4", .status = "*.1.4", .reason = "filtered", .cause = C::recipient_unknown,
     .scopes = kMsg, .priority = 1, .sample = "550 5.1.4 Destination mailbox address ambiguous"},
    {.id = "bounce.status.x.1.9", .status = "*.1.9", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "Status: 4.1.9"},
    {.id = "bounce.status.4.4.1", .status = "4.4.1", .reason = "expired", .cause = C::expired, .scopes = kMsg,
     .priority = 1, .sample = "Status: 4.4.1"},
    {.id = "bounce.status.x.4.3", .status = "*.4.3", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "Status: 4.4.3"},
    {.id = "bounce.status.5.4.4", .status = "5.4.4", .reason = "hostunknown", .cause = C::dns, .scopes = kMsg,
     .priority = 1, .sample = "Status: 5.4.4"},
    {.id = "bounce.status.4.4.5", .status = "4.4.5", .reason = "systemfull", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "Status: 4.4.5"},
    {.id = "bounce.status.x.5.4", .status = "*.5.4", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.5.4"},
    {.id = "bounce.status.4.5.3", .status = "4.5.3", .reason = "systemerror", .cause = C::server_unavailable,
     .scopes = kMsg, .priority = 1, .sample = "Status: 4.5.3"},
    {.id = "bounce.status.5.7.1", .status = "5.7.1", .reason = "securityerror", .cause = C::spam_policy,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.7.1"},
    {.id = "bounce.status.x.7.17", .status = "*.7.17", .reason = "hasmoved", .cause = C::recipient_unknown,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.7.17"},
    {.id = "bounce.status.x.7.18", .status = "*.7.18", .reason = "hasmoved", .cause = C::recipient_unknown,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.7.18"},
    {.id = "bounce.status.x.7.28", .status = "*.7.28", .reason = "spamdetected", .cause = C::spam_policy,
     .scopes = kMsg, .priority = 1, .sample = "Status: 5.7.28"},
};

}  // namespace

std::span<const Rule> bounce_text_rules() { return kRules; }

}  // namespace mailtriage
