#!/usr/bin/env python3
"""Writes a realistic Postfix mail.log and a JSON file of what it contains.

The log mixes the Postfix daemons a small mail server runs (postscreen, smtpd
on port 25 and on submission, cleanup, qmgr, smtp, lmtp, local, bounce, anvil)
with a few lines of the programs usually beside it (dovecot, opendkim,
amavis). Queue ids, pids, timings, command counters and remote replies follow
what Postfix 3.x prints; addresses and networks are the documentation ones
(example.org, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24, 2001:db8::/32).

The truth file counts what a correct parser must find: events per action,
the tallies (received, removed, connections, SASL and TLS failures) and the
cause each failure should be classified as. The counting rules are those of
mailtriage's Postfix parser (parsers/postfix.cc):
  * every status=sent/deferred/bounced line is one event; so is every smtp
    line about one failed server attempt ("host X said: ...", "lost connection
    with X ...", "connect to X: ...") except the one a deferral or bounce
    status line repeats (the last server's error, not counted twice);
  * "status=expired, returned to sender" is one event per recipient that was
    still deferred;
  * a TLS handshake failure is one failure however many lines it takes;
  * "lost connection after AUTH" counts only when no SASL failure was logged
    in that session.

Deterministic: the same --seed and options give the same bytes.

    python3 corpora/gen/postfix_logs.py --seed 1 --lines 300 --output sample.log --truth sample.truth.json
"""

import argparse
import datetime as dt
import random
from collections import Counter

import gen_cli

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

OUR_HOST = "mx1"
OUR_NAME = "mx1.example.org"
OUR_IP = "203.0.113.5"
OUR_DOMAINS = ["example.org", "example.com"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "info", "sales", "support"]

# Remote domains and their MX hosts (documentation addresses).
REMOTE = [
    ("gmail.com", [("gmail-smtp-in.l.google.com", "192.0.2.26"), ("alt1.gmail-smtp-in.l.google.com", "192.0.2.27")]),
    ("outlook.com", [("outlook-com.olc.protection.outlook.com", "192.0.2.33")]),
    ("yahoo.com", [("mta5.am0.yahoodns.net", "192.0.2.36"), ("mta6.am0.yahoodns.net", "192.0.2.37")]),
    ("example.net", [("mx.example.net", "198.51.100.10"), ("mx2.example.net", "198.51.100.11")]),
    ("partner.example", [("mail.partner.example", "198.51.100.20")]),
    ("shop.example", [("mx1.shop.example", "198.51.100.30")]),
    ("old.example", [("mail.old.example", "198.51.100.40")]),
]
RELAYHOST = ("smtp.relay.example", "198.51.100.50", 587)

# Clients that send us mail.
SENDERS = [
    ("mail-wr1-f54.google.com", "192.0.2.54", "gmail.com"),
    ("mail-ej1-f41.google.com", "192.0.2.41", "gmail.com"),
    ("mail.example.net", "198.51.100.12", "example.net"),
    ("mx.partner.example", "198.51.100.21", "partner.example"),
    ("out.shop.example", "198.51.100.31", "shop.example"),
]
# Clients that misbehave.
BAD_CLIENTS = ["198.51.100.%d" % i for i in range(100, 140)] + ["192.0.2.%d" % i for i in range(150, 190)]
ROAMING = ["203.0.113.%d" % i for i in range(20, 40)]

# What the remote side says, per kind, with the cause it means.
BOUNCES = {
    "user_unknown": ("5.1.1", "host {mx}[{ip}] said: 550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in "
                     "virtual mailbox table (in reply to RCPT TO command)", "recipient_unknown"),
    "gmail_no_such_user": ("5.1.1", "host {mx}[{ip}] said: 550-5.1.1 The email account that you tried to reach does not "
                           "exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or "
                           "550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1  "
                           "https://support.google.com/mail/?p=NoSuchUser {gsmtp} - gsmtp (in reply to RCPT TO command)",
                           "recipient_unknown"),
    "over_quota": ("5.2.2", "host {mx}[{ip}] said: 552 5.2.2 <{rcpt}>: user is over quota (in reply to RCPT TO "
                   "command)", "mailbox_full"),
    "dnsbl": ("5.7.1", "host {mx}[{ip}] said: 554 5.7.1 Service unavailable; Client host [" + OUR_IP + "] blocked "
              "using zen.spamhaus.org; https://www.spamhaus.org/query/ip/" + OUR_IP + " (in reply to RCPT TO command)",
              "spam_policy"),
    "too_big": ("5.3.4", "host {mx}[{ip}] said: 552 5.3.4 Message size exceeds fixed limit (in reply to end of DATA "
                "command)", "message_too_large"),
    "relay_denied": ("5.7.1", "host {mx}[{ip}] said: 554 5.7.1 <{rcpt}>: Relay access denied (in reply to RCPT TO "
                     "command)", "relay_denied"),
}
DEFERRALS = {
    "greylisted": ("4.7.1", "host {mx}[{ip}] said: 450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, see "
                   "http://postgrey.schweikert.ch/help/{domain}.html (in reply to RCPT TO command)", "spam_policy"),
    "timeout": ("4.4.1", "connect to {mx}[{ip}]:25: Connection timed out", "server_unavailable"),
    "refused": ("4.4.1", "connect to {mx}[{ip}]:25: Connection refused", "server_unavailable"),
    "dns_try_again": ("4.4.3", "Host or domain name not found. Name service error for name={domain} type=MX: Host "
                      "not found, try again", "dns"),
    "tls_required": ("4.7.4", "TLS is required, but was not offered by host {mx}[{ip}]", "tls_mismatch"),
    "greeting_lost": ("4.4.2", "lost connection with {mx}[{ip}] while receiving the initial server greeting",
                      "server_unavailable"),
}
# Destinations with network trouble, and the deferrals that are network trouble.
TROUBLED = {"old.example", "partner.example"}
NETWORK_KINDS = {"timeout", "refused", "greeting_lost"}
SERVER_TLS = [
    ("error:0A000102:SSL routines::unsupported protocol:../ssl/statem/statem_srvr.c:1657:", "outdated_client"),
    ("error:0A0000C1:SSL routines::no shared cipher:../ssl/statem/statem_srvr.c:2220:", "outdated_client"),
    ("error:0A00010B:SSL routines::wrong version number:../ssl/record/ssl3_record.c:354:", "tls_mismatch"),
    ("error:0A000416:SSL routines::sslv3 alert certificate unknown:../ssl/record/rec_layer_s3.c:1584:SSL alert "
     "number 46", "tls_mismatch"),
    (None, "tls_mismatch"),
]
SMTPD_REJECTS = {
    "relay_denied": ("554 5.7.1 <{rcpt}>: Relay access denied", "relay_denied"),
    "user_unknown": ("550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table",
                     "recipient_unknown"),
    "no_ptr": ("450 4.7.25 Client host rejected: cannot find your hostname, [{ip}]", "spam_policy"),
    "dnsbl": ("554 5.7.1 Service unavailable; Client host [{ip}] blocked using zen.spamhaus.org; "
              "https://www.spamhaus.org/query/ip/{ip}", "spam_policy"),
    "sender_domain": ("450 4.1.8 <{sender}>: Sender address rejected: Domain not found", "dns"),
    "helo_fqdn": ("504 5.5.2 <{helo}>: Helo command rejected: need fully-qualified hostname", "spam_policy"),
}

DEFAULT_MIX = {
    # scenario weights
    "outbound": 36, "inbound": 30, "reject": 12, "postscreen": 6, "sasl": 6, "tls": 4, "ratelimit": 1,
    "noise": 5,
    # outcomes of one outbound recipient
    "sent": 70, "deferred_then_sent": 9, "bounced": 9, "expired": 4, "intermediate_then_sent": 3,
    "tls_fallback": 2, "relay_auth": 1,
}


class Log:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.rfc3339 = args.rfc3339
        # A busy relay's logs name thousands of mailboxes and domains: with
        # --mailboxes N, each name of USERS stands for N / len(USERS) mailboxes
        # ("alice.17"), and half of the outbound recipients are at one of N / 10
        # customer domains of their own ("c123.example", MX "mx.c123.example").
        self.mailboxes = max(1, args.mailboxes // len(USERS)) if args.mailboxes else 0
        self.customer_domains = max(1, args.mailboxes // 10) if args.mailboxes else 0
        self.lines = []          # (time, seq, text)
        self.seq = 0
        self.queue_ids = set()
        self.message_ids = {}
        self.count = Counter()
        self.causes = Counter()
        self.next_pid = 2100
        self.smtp_pids = [self.pid() for _ in range(4)]
        self.cleanup_pids = [self.pid() for _ in range(2)]
        self.qmgr_pid = self.pid()
        self.bounce_pid = self.pid()
        self.lmtp_pid = self.pid()
        self.anvil_pid = self.pid()
        self.postscreen_pid = self.pid()
        self.pickup_pid = self.pid()
        self.dovecot_pid = self.pid()
        self.opendkim_pid = self.pid()
        self.amavis_pid = self.pid()
        self.reserved = set(self.smtp_pids + self.cleanup_pids) | {
            self.qmgr_pid, self.bounce_pid, self.lmtp_pid, self.anvil_pid, self.postscreen_pid, self.pickup_pid,
            self.dovecot_pid, self.opendkim_pid, self.amavis_pid}

    # --- primitives ---------------------------------------------------------
    def pid(self):
        # Long-lived daemons keep their pids; sessions never reuse one of them.
        reserved = getattr(self, "reserved", set())
        while True:
            self.next_pid += self.rng.randint(1, 37)
            if self.next_pid > 64000:
                self.next_pid = 2100
            if self.next_pid not in reserved:
                return self.next_pid

    def stamp(self, t):
        if self.rfc3339:
            return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % t.microsecond + "+00:00"
        return "%s %2d %02d:%02d:%02d" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second)

    def emit(self, t, program, pid, message):
        self.seq += 1
        self.lines.append((t, self.seq, "%s %s %s[%d]: %s" % (self.stamp(t), OUR_HOST, program, pid, message)))

    def qid(self):
        while True:
            q = "%X" % self.rng.randint(0x10000000, 0xFFFFFFFFFF)
            if q not in self.queue_ids:
                self.queue_ids.add(q)
                return q

    def msgid(self, t, domain):
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), "%08x" % self.rng.getrandbits(32), domain)

    def later(self, t, lo, hi):
        return t + dt.timedelta(seconds=self.rng.uniform(lo, hi))

    def local_part(self, names):
        name = self.rng.choice(names)
        return "%s.%d" % (name, self.rng.randrange(self.mailboxes)) if self.mailboxes else name

    def user(self, domains=OUR_DOMAINS):
        return "%s@%s" % (self.local_part(USERS), self.rng.choice(domains))

    def fail(self, cause, action="failed"):
        self.count[action] += 1
        self.causes[cause] += 1

    # --- shared message steps -------------------------------------------------
    def enqueue(self, t, qid, sender, nrcpt, size, mid_domain):
        """cleanup + qmgr: the message enters the queue."""
        self.message_ids[qid] = self.msgid(t, mid_domain)
        self.emit(t, "postfix/cleanup", self.rng.choice(self.cleanup_pids), "%s: message-id=%s" % (qid, self.message_ids[qid]))
        t = self.later(t, 0.01, 0.2)
        self.emit(t, "postfix/qmgr", self.qmgr_pid, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (qid, sender, size, nrcpt))
        self.count["received"] += 1
        return t

    def requeue(self, t, qid, sender, nrcpt, size):
        """qmgr picks a deferred message up again: not a new message."""
        self.emit(t, "postfix/qmgr", self.qmgr_pid, "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (qid, sender, size, nrcpt))

    def removed(self, t, qid):
        self.emit(t, "postfix/qmgr", self.qmgr_pid, "%s: removed" % qid)
        self.count["removed"] += 1

    @staticmethod
    def seconds(x):
        # As Postfix prints delays: two significant digits below 10 s, whole seconds above.
        if x < 0.005:
            return "0"
        if x >= 10:
            return "%d" % round(x)
        text = "%.1f" % x if x >= 1 else "%.2f" % x
        return text.rstrip("0").rstrip(".")

    def delays(self, total):
        a = self.rng.uniform(0.01, 0.3)
        b = self.rng.choice([0, 0, self.rng.uniform(0, 0.05)])
        c = self.rng.uniform(0.02, 0.6)
        d = max(0.0, total - a - b - c)
        return "/".join(self.seconds(x) for x in (a, b, c, d))

    def smtp_line(self, t, pid, qid, rcpt, relay, delay, dsn, status, text):
        self.emit(t, "postfix/smtp", pid, "%s: to=<%s>, relay=%s, delay=%s, delays=%s, dsn=%s, status=%s (%s)" % (
            qid, rcpt, relay, self.seconds(delay), self.delays(delay), dsn, status, text))

    def local_delivery(self, t, qid, rcpt, delay):
        self.emit(t, "postfix/lmtp", self.lmtp_pid,
                  "%s: to=<%s>, relay=%s[private/dovecot-lmtp], delay=%s, delays=%s, dsn=2.0.0, status=sent (250 2.0.0 "
                  "<%s> %s Saved)" % (qid, rcpt, OUR_NAME, self.seconds(delay), self.delays(delay),
                                       rcpt, "%022x" % self.rng.getrandbits(88)))
        self.emit(self.later(t, 0, 0.01), "dovecot", self.dovecot_pid,
                  "lmtp(%s)<%d><%s>: msgid=%s: saved mail to INBOX" % (rcpt, self.dovecot_pid, "%016x" % self.rng.getrandbits(64),
                                                                      self.message_ids.get(qid, "<>")))
        self.count["delivered"] += 1

    def non_delivery_notice(self, t, qid, sender):
        """bounce tells the sender; the notice is a message of its own, delivered locally."""
        nqid = self.qid()
        self.emit(t, "postfix/bounce", self.bounce_pid, "%s: sender non-delivery notification: %s" % (qid, nqid))
        t = self.enqueue(self.later(t, 0, 0.05), nqid, "", 1, self.rng.randint(3000, 9000), OUR_NAME)
        t = self.later(t, 0.01, 0.2)
        self.local_delivery(t, nqid, sender, 0.1)
        self.removed(self.later(t, 0, 0.01), nqid)

    # --- scenarios -------------------------------------------------------------
    def smtpd_session(self, t, name, ip, program="postfix/smtpd"):
        pid = self.pid()
        self.emit(t, program, pid, "connect from %s[%s]" % (name, ip))
        self.count["connections"] += 1
        return pid

    def outbound(self, t):
        """A user submits a message on port 587; Postfix relays it to the recipients' MX hosts."""
        ip = self.rng.choice(ROAMING)
        name = self.rng.choice(["unknown", "dyn-%s.isp.example" % ip.replace(".", "-")])
        pid = self.smtpd_session(t, name, ip, "postfix/submission/smtpd")
        t = self.later(t, 0.05, 0.3)
        self.emit(t, "postfix/submission/smtpd", pid, "Anonymous TLS connection established from %s[%s]: TLSv1.3 with "
                  "cipher TLS_AES_256_GCM_SHA384 (256/256 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) "
                  "server-digest SHA256" % (name, ip))
        sender = self.user()
        qid = self.qid()
        t = self.later(t, 0.2, 1.0)
        self.emit(t, "postfix/submission/smtpd", pid, "%s: client=%s[%s], sasl_method=PLAIN, sasl_username=%s" % (qid, name, ip, sender))
        nrcpt = self.rng.choice([1, 1, 1, 1, 2, 2, 3])
        size = self.rng.randint(1200, 90000)
        t = self.later(t, 0.1, 0.5)
        self.emit(t, "opendkim", self.opendkim_pid, "%s: DKIM-Signature field added (s=mail, d=%s)" % (qid, sender.split("@")[1]))
        t = self.enqueue(t, qid, sender, nrcpt, size, sender.split("@")[1])
        self.emit(self.later(t, 0.01, 0.1), "postfix/submission/smtpd", pid,
                  "disconnect from %s[%s] ehlo=2 starttls=1 auth=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (name, ip, nrcpt, 7 + nrcpt - 1))

        mix = self.mix
        kinds = ["sent", "deferred_then_sent", "bounced", "expired", "intermediate_then_sent", "tls_fallback", "relay_auth"]
        plans = []
        for _ in range(nrcpt):
            plan = self.rng.choices(kinds, weights=[mix[k] for k in kinds])[0]
            kind = self.rng.choice(list(DEFERRALS)) if plan in ("deferred_then_sent", "expired") else None
            # Network trouble is a property of a destination, not of the moment:
            # the same few sites time out or refuse; the rest answer.
            remote = [r for r in REMOTE if r[0] in TROUBLED] if kind in NETWORK_KINDS else REMOTE
            domain, mxs = self.rng.choice(remote)
            if self.customer_domains and kind not in NETWORK_KINDS and self.rng.random() < 0.5:
                k = self.rng.randrange(self.customer_domains)
                domain = "c%d.example" % k
                mxs = [("mx.%s" % domain, "198.51.100.%d" % (60 + k % 40))]
            rcpt = "%s@%s" % (self.local_part(USERS + ["j.doe", "m.mueller", "orders"]), domain)
            plans.append((rcpt, domain, mxs, plan, kind))

        finish = t
        bounced = False
        expiring = []
        for rcpt, domain, mxs, plan, kind in plans:
            t1 = self.later(t, 0.1, 2.0)
            pid = self.rng.choice(self.smtp_pids)
            mx, mxip = mxs[0]
            relay = "%s[%s]:25" % (mx, mxip)
            if plan == "sent":
                self.smtp_line(t1, pid, qid, rcpt, relay, (t1 - t).total_seconds() + 0.5, "2.0.0", "sent",
                               "250 2.0.0 OK  %d %s - gsmtp" % (self.rng.randint(1600000000, 1800000000), "%x" % self.rng.getrandbits(40))
                               if "google" in mx else "250 2.0.0 Ok: queued as %s" % self.qid())
                self.count["delivered"] += 1
                finish = max(finish, t1)
            elif plan == "bounced":
                kind = self.rng.choice(list(BOUNCES))
                if kind == "gmail_no_such_user" and "google" not in mx:
                    kind = "user_unknown"
                dsn, text, cause = BOUNCES[kind]
                self.smtp_line(t1, pid, qid, rcpt, relay, (t1 - t).total_seconds() + 0.7, dsn, "bounced",
                               text.format(mx=mx, ip=mxip, rcpt=rcpt, domain=domain, gsmtp="%x" % self.rng.getrandbits(48)))
                self.fail(cause, "bounced")
                bounced = True
                finish = max(finish, t1)
            elif plan in ("deferred_then_sent", "expired"):
                attempts = 1 if plan == "deferred_then_sent" else self.rng.randint(2, 4)
                ta = t1
                for attempt in range(attempts):
                    if attempt:
                        ta = self.later(ta, 300 * 2 ** attempt, 300 * 2 ** attempt + 120)
                        self.requeue(self.later(ta, -0.2, -0.1), qid, sender, nrcpt, size)
                    self.deferral(ta, pid, qid, rcpt, domain, mxs, kind, (ta - t).total_seconds() + 30)
                if plan == "deferred_then_sent":
                    ta = self.later(ta, 600, 1200)
                    self.requeue(self.later(ta, -0.2, -0.1), qid, sender, nrcpt, size)
                    self.smtp_line(ta, pid, qid, rcpt, relay, (ta - t).total_seconds(), "2.0.0", "sent", "250 2.0.0 Ok: queued as %s" % self.qid())
                    self.count["delivered"] += 1
                    finish = max(finish, ta)
                else:
                    expiring.append((rcpt, ta))
            elif plan == "intermediate_then_sent":
                # The first MX drops us; Postfix notes it and tries the next one.
                self.emit(t1, "postfix/smtp", pid, "%s: lost connection with %s[%s] while receiving the initial server "
                          "greeting" % (qid, mx, mxip))
                self.fail("server_unavailable", "deferred")
                mx2, ip2 = mxs[-1] if len(mxs) > 1 else (mx, mxip)
                t2 = self.later(t1, 5, 30)
                self.smtp_line(t2, pid, qid, rcpt, "%s[%s]:25" % (mx2, ip2), (t2 - t).total_seconds(), "2.0.0", "sent",
                               "250 2.0.0 Ok: queued as %s" % self.qid())
                self.count["delivered"] += 1
                finish = max(finish, t2)
            elif plan == "tls_fallback":
                # Opportunistic TLS fails; Postfix retries the same host in plain text.
                self.emit(t1, "postfix/smtp", pid, "SSL_connect error to %s[%s]:25: lost connection" % (mx, mxip))
                self.fail("tls_mismatch")
                self.count["tls_failures"] += 1
                t2 = self.later(t1, 0.5, 2)
                self.smtp_line(t2, pid, qid, rcpt, relay, (t2 - t).total_seconds(), "2.0.0", "sent",
                               "250 2.0.0 Ok: queued as %s" % self.qid())
                self.count["delivered"] += 1
                finish = max(finish, t2)
            elif plan == "relay_auth":
                # Mail for this destination goes through a relay host whose password changed.
                host, rip, port = RELAYHOST
                self.emit(t1, "postfix/smtp", pid, "%s: SASL authentication failed; server %s[%s] said: 535 5.7.8 "
                          "Error: authentication failed: authentication failure" % (qid, host, rip))
                self.fail("authentication")
                reason = "SASL authentication failed; server %s[%s] said: 535 5.7.8 Error: authentication failed: " \
                         "authentication failure" % (host, rip)
                self.smtp_line(self.later(t1, 0, 0.01), pid, qid, rcpt, "%s[%s]:%d" % (host, rip, port),
                               (t1 - t).total_seconds() + 1, "4.7.0", "deferred", reason)
                self.fail("authentication", "deferred")
                ta = self.later(t1, 900, 1500)
                self.requeue(self.later(ta, -0.2, -0.1), qid, sender, nrcpt, size)
                self.smtp_line(ta, pid, qid, rcpt, "%s[%s]:%d" % (host, rip, port), (ta - t).total_seconds(), "2.0.0",
                               "sent", "250 2.0.0 Ok: queued as %s" % self.qid())
                self.count["delivered"] += 1
                finish = max(finish, ta)

        if expiring:
            te = max(ta for _, ta in expiring)
            te = self.later(max(te, finish), 3600, 7200)
            self.emit(te, "postfix/qmgr", self.qmgr_pid, "%s: from=<%s>, status=expired, returned to sender" % (qid, sender))
            for _ in expiring:
                self.fail("expired", "expired")
            self.count["messages_expired"] += 1
            finish = te
            bounced = True
        if bounced:
            self.non_delivery_notice(self.later(finish, 0.01, 0.2), qid, sender)
        self.removed(self.later(finish, 0.3, 0.5), qid)

    def deferral(self, t, pid, qid, rcpt, domain, mxs, kind, delay):
        dsn, text, cause = DEFERRALS[kind]
        mx, ip = mxs[-1]
        relay = "%s[%s]:25" % (mx, ip)
        if kind in ("timeout", "refused"):
            # One line per MX address tried, then the recipient's status, which
            # repeats the last one's error: that one is the status's failure.
            for i, (m, a) in enumerate(mxs):
                self.emit(t, "postfix/smtp", pid, DEFERRALS[kind][1].format(mx=m, ip=a))
                if i < len(mxs) - 1:
                    self.fail(cause)
                t = self.later(t, 0.01, 0.05 if kind == "refused" else 0.2)
            relay = "none"
        elif kind == "dns_try_again":
            relay = "none"
        self.smtp_line(t, pid, qid, rcpt, relay, delay, dsn, "deferred",
                       text.format(mx=mx, ip=ip, rcpt=rcpt, domain=domain))
        self.fail(cause, "deferred")

    def inbound(self, t):
        """Someone sends our users a message; it is filtered and delivered over LMTP."""
        name, ip, domain = self.rng.choice(SENDERS)
        pid = self.smtpd_session(t, name, ip)
        t = self.later(t, 0.1, 0.4)
        self.emit(t, "postfix/smtpd", pid, "Anonymous TLS connection established from %s[%s]: TLSv1.3 with cipher "
                  "TLS_AES_128_GCM_SHA256 (128/128 bits) key-exchange X25519 server-signature RSA-PSS (2048 bits) "
                  "server-digest SHA256" % (name, ip))
        qid = self.qid()
        t = self.later(t, 0.2, 0.8)
        self.emit(t, "postfix/smtpd", pid, "%s: client=%s[%s]" % (qid, name, ip))
        rcpts = [self.user() for _ in range(self.rng.choice([1, 1, 1, 2]))]
        sender = "%s@%s" % (self.local_part(USERS + ["newsletter", "noreply", "billing"]), domain)
        size = self.rng.randint(2000, 150000)
        t = self.enqueue(self.later(t, 0.1, 0.4), qid, sender, len(rcpts), size, domain)
        self.emit(self.later(t, 0.01, 0.1), "postfix/smtpd", pid,
                  "disconnect from %s[%s] ehlo=2 starttls=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (name, ip, len(rcpts), 6 + len(rcpts)))
        t = self.later(t, 0.5, 3)
        self.emit(t, "amavis", self.amavis_pid,
                  "(%05d-%02d) Passed CLEAN {RelayedInbound}, [%s]:%d [%s] <%s> -> <%s>, Queue-ID: %s, Hits: %.3f, size: %d, %d ms"
                  % (self.amavis_pid, self.rng.randint(1, 40), ip, self.rng.randint(30000, 60000), ip, sender,
                     ">,<".join(rcpts), qid, self.rng.uniform(-3, 3), size, self.rng.randint(200, 3000)))
        for r in rcpts:
            t = self.later(t, 0.01, 0.3)
            self.local_delivery(t, qid, r, self.rng.uniform(0.5, 4))
        self.removed(self.later(t, 0.01, 0.05), qid)

    def reject(self, t):
        """smtpd refuses a recipient; the client usually gives up."""
        kind = self.rng.choice(list(SMTPD_REJECTS))
        ip = self.rng.choice(BAD_CLIENTS)
        name = "unknown" if kind == "no_ptr" else self.rng.choice(["unknown", "host-%s.dsl.example" % ip.replace(".", "-")])
        if kind in ("relay_denied", "sender_domain", "user_unknown") and self.rng.random() < 0.5:
            name, ip, _ = self.rng.choice(SENDERS)
        pid = self.smtpd_session(t, name, ip)
        helo = self.rng.choice(["WIN-%X" % self.rng.getrandbits(28), "User", "localhost"]) if kind == "helo_fqdn" \
            else (name if name != "unknown" else "[%s]" % ip)
        sender = "%s@%s" % (self.rng.choice(USERS), "nonexistent-%d.example" % self.rng.randint(1, 99) if kind == "sender_domain"
                            else self.rng.choice(["example.net", "shop.example", "gmail.com"]))
        rcpt = "%s@%s" % (self.rng.choice(USERS + ["webmaster", "admin"]),
                          "elsewhere.example" if kind == "relay_denied" else self.rng.choice(OUR_DOMAINS))
        text, cause = SMTPD_REJECTS[kind]
        text = text.format(rcpt=rcpt, ip=ip, sender=sender, helo=helo)
        tries = self.rng.choice([1, 1, 2])
        for _ in range(tries):
            t = self.later(t, 0.3, 2)
            self.emit(t, "postfix/smtpd", pid, "NOQUEUE: reject: RCPT from %s[%s]: %s; from=<%s> to=<%s> proto=ESMTP helo=<%s>"
                      % (name, ip, text, sender, rcpt, helo))
            self.fail(cause, "rejected")
        t = self.later(t, 0.1, 1)
        end = self.rng.choice(["quit", "lost", "lost"])
        if end == "lost":
            self.emit(t, "postfix/smtpd", pid, "lost connection after RCPT from %s[%s]" % (name, ip))
        self.emit(self.later(t, 0, 0.01), "postfix/smtpd", pid, "disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/%d%s commands=%d/%d"
                  % (name, ip, tries, " quit=1" if end == "quit" else "", 2 + (end == "quit"), 2 + tries + (end == "quit")))

    def postscreen(self, t):
        """postscreen turns a listed client away before smtpd sees it, or lets a clean one through."""
        ip = self.rng.choice(BAD_CLIENTS)
        port = self.rng.randint(30000, 65000)
        self.emit(t, "postfix/postscreen", self.postscreen_pid, "CONNECT from [%s]:%d to [%s]:25" % (ip, port, OUR_IP))
        t = self.later(t, 0.01, 0.2)
        if self.rng.random() < 0.3:
            self.emit(t, "postfix/postscreen", self.postscreen_pid, "PREGREET %d after %.2f from [%s]:%d: EHLO %s\\r\\n"
                      % (self.rng.randint(11, 30), self.rng.uniform(0, 1), ip, port, self.rng.choice(["User", "ylmf-pc", "localhost"])))
        self.emit(t, "postfix/dnsblog", self.pid(), "addr %s listed by domain zen.spamhaus.org as 127.0.0.%d" % (ip, self.rng.choice([2, 3, 4, 10, 11])))
        self.emit(self.later(t, 0.1, 0.3), "postfix/postscreen", self.postscreen_pid, "DNSBL rank %d for [%s]:%d" % (self.rng.randint(2, 6), ip, port))
        t = self.later(t, 1, 5)
        rcpt = self.user()
        self.emit(t, "postfix/postscreen", self.postscreen_pid, "NOQUEUE: reject: RCPT from [%s]:%d: 550 5.7.1 Service "
                  "unavailable; client [%s] blocked using zen.spamhaus.org; from=<%s>, to=<%s>, proto=ESMTP, helo=<%s>"
                  % (ip, port, ip, self.user(["mailer.example", "promo.example"]), rcpt, self.rng.choice(["User", "mail.promo.example"])))
        self.fail("spam_policy", "rejected")
        self.emit(self.later(t, 0.1, 1), "postfix/postscreen", self.postscreen_pid, "DISCONNECT [%s]:%d" % (ip, port))

    def sasl(self, t):
        """A password guesser on the submission port, or a user with a stale password."""
        ip = self.rng.choice(BAD_CLIENTS)
        pid = self.smtpd_session(t, "unknown", ip, "postfix/submission/smtpd")
        if self.rng.random() < 0.2:
            # The client drops in the middle of AUTH: no failure is logged.
            t = self.later(t, 1, 5)
            self.emit(t, "postfix/submission/smtpd", pid, "lost connection after AUTH from unknown[%s]" % ip)
            self.fail("authentication")
            self.emit(t, "postfix/submission/smtpd", pid, "disconnect from unknown[%s] ehlo=1 auth=0/1 commands=1/2" % ip)
            return
        tries = self.rng.choice([1, 1, 2, 3])
        mech = self.rng.choice(["LOGIN", "LOGIN", "PLAIN"])
        for _ in range(tries):
            t = self.later(t, 1.5, 4)
            self.emit(t, "postfix/submission/smtpd", pid, "warning: unknown[%s]: SASL %s authentication failed: %s"
                      % (ip, mech, "UGFzc3dvcmQ6" if mech == "LOGIN" else "authentication failure"))
            self.fail("authentication")
            self.count["sasl_failures"] += 1
        t = self.later(t, 0.1, 2)
        self.emit(t, "postfix/submission/smtpd", pid, "lost connection after AUTH from unknown[%s]" % ip)
        self.emit(t, "postfix/submission/smtpd", pid, "disconnect from unknown[%s] ehlo=1 auth=0/%d commands=1/%d" % (ip, tries, tries + 1))

    def tls(self, t):
        """A client whose TLS cannot meet ours; one failure per handshake, however many lines."""
        ip = self.rng.choice(BAD_CLIENTS + [s[1] for s in SENDERS])
        name = next((s[0] for s in SENDERS if s[1] == ip), "unknown")
        pid = self.smtpd_session(t, name, ip)
        detail, cause = self.rng.choice(SERVER_TLS)
        t = self.later(t, 0.1, 0.5)
        self.emit(t, "postfix/smtpd", pid, "SSL_accept error from %s[%s]: %s" % (name, ip, "-1" if detail else "lost connection"))
        if detail:
            self.emit(t, "postfix/smtpd", pid, "warning: TLS library problem: %s" % detail)
        self.fail(cause)
        self.count["tls_failures"] += 1
        self.emit(t, "postfix/smtpd", pid, "lost connection after STARTTLS from %s[%s]" % (name, ip))
        self.emit(t, "postfix/smtpd", pid, "disconnect from %s[%s] ehlo=1 starttls=0/1 commands=1/2" % (name, ip))

    def ratelimit(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        pid = self.smtpd_session(t, "unknown", ip)
        self.emit(t, "postfix/smtpd", pid, "warning: Connection rate limit exceeded: %d from unknown[%s] for service smtp"
                  % (self.rng.randint(31, 90), ip))
        self.fail("rate_limit")
        self.emit(self.later(t, 0, 0.01), "postfix/smtpd", pid, "disconnect from unknown[%s] commands=0/0" % ip)

    def noise(self, t):
        what = self.rng.randrange(7)
        if what == 0:
            ip = self.rng.choice(BAD_CLIENTS)
            self.emit(t, "postfix/anvil", self.anvil_pid, "statistics: max connection rate %d/60s for (smtp:%s) at %s"
                      % (self.rng.randint(1, 9), ip, "%s %2d %02d:%02d:%02d" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second)))
        elif what == 1:
            self.emit(t, "postfix/anvil", self.anvil_pid, "statistics: max cache size %d at %s"
                      % (self.rng.randint(1, 12), "%s %2d %02d:%02d:%02d" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second)))
        elif what == 2:
            ip = self.rng.choice(BAD_CLIENTS)
            pid = self.smtpd_session(t, "unknown", ip)
            self.emit(self.later(t, 0.5, 10), "postfix/smtpd", pid, "lost connection after CONNECT from unknown[%s]" % ip)
            self.emit(self.later(t, 10, 10.1), "postfix/smtpd", pid, "disconnect from unknown[%s] commands=0/0" % ip)
        elif what == 3:
            user = self.user()
            self.emit(t, "dovecot", self.dovecot_pid, "imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=%s, "
                      "mpid=%d, TLS, session=<%s>" % (user, self.rng.choice(ROAMING), OUR_IP, self.pid(), "%012x" % self.rng.getrandbits(48)))
        elif what == 4:
            ip = self.rng.choice(BAD_CLIENTS)
            self.emit(t, "postfix/smtpd", self.pid(), "warning: hostname host-%s.dsl.example does not resolve to address %s: "
                      "Name or service not known" % (ip.replace(".", "-"), ip))
        elif what == 5:
            ip = self.rng.choice(BAD_CLIENTS)
            pid = self.smtpd_session(t, "unknown", ip)
            self.emit(self.later(t, 0.1, 1), "postfix/smtpd", pid, "improper command pipelining after CONNECT from unknown[%s]: "
                      "EHLO User\\r\\n" % ip)
            self.emit(self.later(t, 1, 1.1), "postfix/smtpd", pid, "disconnect from unknown[%s] ehlo=1 quit=1 commands=2" % ip)
        else:
            # Cron mail from a local account.
            qid = self.qid()
            self.emit(t, "postfix/pickup", self.pickup_pid, "%s: uid=0 from=<root>" % qid)
            t = self.enqueue(self.later(t, 0.01, 0.1), qid, "root@" + OUR_NAME, 1, self.rng.randint(700, 3000), OUR_NAME)
            self.local_delivery(self.later(t, 0.01, 0.2), qid, "root@" + OUR_NAME, 0.2)
            self.removed(self.later(t, 0.3, 0.4), qid)

    # --- driver ------------------------------------------------------------------
    def run(self, args, mix):
        self.mix = mix
        scenarios = ["outbound", "inbound", "reject", "postscreen", "sasl", "tls", "ratelimit", "noise"]
        weights = [mix[s] for s in scenarios]
        t = args.start
        while True:
            if args.lines and len(self.lines) >= args.lines:
                break
            if args.size and self.bytes() >= args.size:
                break
            getattr(self, self.rng.choices(scenarios, weights=weights)[0])(t)
            t = self.later(t, 0.5, args.interval * 2)
        self.lines.sort(key=lambda x: (x[0], x[1]))

    def bytes(self):
        if not hasattr(self, "_bytes_at"):
            self._bytes_at, self._bytes = 0, 0
        for _, _, text in self.lines[self._bytes_at:]:
            self._bytes += len(text) + 1
        self._bytes_at = len(self.lines)
        return self._bytes


def parse_mix(text):
    mix = dict(DEFAULT_MIX)
    if text:
        for part in text.split(","):
            key, _, value = part.partition("=")
            if key not in mix:
                raise SystemExit("unknown --mix key %r (known: %s)" % (key, ", ".join(sorted(mix))))
            mix[key] = float(value)
    return mix


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gen_cli.add_common_arguments(ap, "outbound=50,sasl=10,bounced=20", DEFAULT_MIX)
    ap.add_argument("--rfc3339", action="store_true", help="RFC 3339 timestamps (rsyslog's default) instead of BSD ones")
    ap.add_argument("--mailboxes", type=int, default=0,
                    help="distinct mailboxes, as a busy relay sees (default: the 25 names of a small server)")
    args = gen_cli.parse_arguments(ap)
    args.start = dt.datetime.fromisoformat(args.start)
    log = Log(args)
    log.run(args, parse_mix(args.mix))

    out = gen_cli.open_output(args.output, "ascii")
    for _, _, text in log.lines:
        out.write(text + "\n")
    gen_cli.close_output(out)

    if args.truth:
        c = log.count
        truth = {
            "lines": len(log.lines),
            "received": c["received"], "removed": c["removed"], "connections": c["connections"],
            "delivered": c["delivered"], "deferred": c["deferred"], "bounced": c["bounced"], "expired": c["expired"],
            "rejected": c["rejected"], "failed": c["failed"],
            "sasl_failures": c["sasl_failures"], "tls_failures": c["tls_failures"],
            "messages_expired": c["messages_expired"],
            "causes": dict(sorted(log.causes.items())),
            "generator": {"seed": args.seed, "start": args.start.isoformat(), "rfc3339": args.rfc3339,
                          "mix": parse_mix(args.mix)},
        }
        if args.mailboxes:
            truth["generator"]["mailboxes"] = args.mailboxes
        gen_cli.write_truth(args.truth, truth, encoding="ascii")


if __name__ == "__main__":
    main()
