#!/usr/bin/env python3
"""Writes a realistic Sendmail maillog and a JSON file of what it contains.

The log is what Sendmail 8.17 writes at its default LogLevel 9 through syslog:
from=/to= records tagged with queue ids, stat=Sent/Deferred/User unknown/...,
DSN notices ("x1: x2: DSN: ..."), ruleset rejections, AUTH and STARTTLS
failures, and the session notes around them, from sm-mta (the daemon) and
sm-msp-queue (local submission). Queue ids follow Sendmail's 8.12+ form (time
characters and the pid); hosts and networks are the documentation ones.
Envelopes: RFC 3164 (default), --rfc3339 (rsyslog's default), or --journald
(`journalctl -o json` records).

The truth file counts what a correct parser must find, by the counting rules
of mailtriage's Sendmail parser (parsers/sendmail.cc):
  * every recipient of a to= record is one event: stat=Sent a delivery,
    Deferred (or a 4.x.x dsn=) a deferral, anything else a bounce;
    stat=queued is no attempt;
  * "DSN: Cannot send message for N days" is one expiry per recipient still
    deferred; other DSN notices repeat what a to= record said;
  * a ruleset/milter reject= and a "<rcpt>... User unknown" answered during
    the SMTP session are rejections;
  * AUTH failure and STARTTLS=..., error: lines are failed logins/handshakes;
  * a from= record with nrcpts= above 0 is a received message;
and the cause each failure should be classified as.

Deterministic: the same --seed and options give the same bytes.

    python3 corpora/gen/sendmail_logs.py --seed 1 --lines 300 --output maillog --truth maillog.truth.json
"""

import argparse
import datetime as dt
import heapq
import json
import random
import sys
from collections import Counter

import gen_cli

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
QID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwx"

OUR_HOST = "mail"
OUR_DOMAINS = ["example.org", "example.com"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "info", "sales", "support"]
REMOTE = [
    ("gmail.com", [("gmail-smtp-in.l.google.com", "192.0.2.26"), ("alt1.gmail-smtp-in.l.google.com", "192.0.2.27")]),
    ("outlook.com", [("outlook-com.olc.protection.outlook.com", "192.0.2.33")]),
    ("example.net", [("mx.example.net", "198.51.100.10"), ("mx2.example.net", "198.51.100.11")]),
    ("partner.example", [("mail.partner.example", "198.51.100.20")]),
    ("shop.example", [("mx1.shop.example", "198.51.100.30")]),
]
SENDERS = [
    ("mail-wr1-f54.google.com", "192.0.2.54", "gmail.com"),
    ("mail.example.net", "198.51.100.12", "example.net"),
    ("mx.partner.example", "198.51.100.21", "partner.example"),
]
# The large providers' MX hosts take connections on port 25 at all hours: a
# timeout connecting to one is the sender's network dropping port 25.
MAJOR_PROVIDER_MX_DOMAINS = ("google.com", "outlook.com", "yahoodns.net", "icloud.com")


def deferral_cause(stat, mx, cause):
    if "timed out" in stat and mx.endswith(MAJOR_PROVIDER_MX_DOMAINS):
        return "isp_port_block"
    return cause


BAD_CLIENTS = ["198.51.100.%d" % i for i in range(100, 140)] + ["192.0.2.%d" % i for i in range(150, 190)]

# Permanent failures: (dsn, stat, cause). Sendmail's stat= is its own word for
# the exit status; the remote's enhanced status is in dsn=.
BOUNCES = [
    ("5.1.1", "User unknown", "recipient_unknown"),
    ("5.2.2", "Service unavailable", "mailbox_full"),
    ("5.7.1", "Service unavailable", "spam_policy"),
    ("5.3.4", "Service unavailable", "message_too_large"),
    ("5.1.2", "Host unknown (Name server: {domain}: host not found)", "dns"),
]
# Temporary failures: (dsn, stat, cause).
DEFERRALS = [
    ("4.0.0", "Deferred: Connection refused by {mx}.", "server_unavailable"),
    ("4.0.0", "Deferred: Connection timed out with {mx}.", "server_unavailable"),
    ("4.7.1", "Deferred: 450 4.7.1 <{rcpt}>: Recipient address rejected: Greylisted, see "
              "https://postgrey.schweikert.ch/help/{domain}.html", "spam_policy"),
    ("4.5.3", "Deferred: 452 4.5.3 Too many recipients", "rate_limit"),
]
REJECTS = [
    ("check_rcpt", "550 5.7.1 <{rcpt}>... Relaying denied. Proper authentication required.", "relay_denied"),
    ("check_rcpt", "550 5.7.1 <{rcpt}>... Rejected: {ip} listed at zen.spamhaus.org", "spam_policy"),
    ("check_mail", "553 5.1.8 <{sender}>... Domain of sender address {sender} does not exist", "dns"),
    ("check_relay", "421 4.3.2 Connection rate limit exceeded.", "rate_limit"),
]
TLS_ERRORS = [
    ("no shared cipher", 1, "outdated_client"),
    ("wrong version number", 1, "tls_mismatch"),
    ("unexpected eof while reading", 5, "tls_mismatch"),
]

DEFAULT_MIX = {
    "inbound": 30, "outbound": 34, "reject": 10, "session_unknown": 3, "auth": 3, "tls": 2, "noise": 8,
    "sent": 74, "deferred_then_sent": 10, "bounced": 10, "expired": 4,
}


class Log:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.envelope = "journald" if args.journald else ("rfc3339" if args.rfc3339 else "bsd")
        self.heap = []
        self.seq = 0
        self.qids = set()
        self.count = Counter()
        self.causes = Counter()
        self.next_pid = 4100
        self.written_lines = 0
        self.written_bytes = 0

    def pid(self):
        self.next_pid += self.rng.randint(1, 29)
        if self.next_pid > 99999:
            self.next_pid = 4100
        return self.next_pid

    def emit(self, t, program, pid, message):
        self.seq += 1
        if self.envelope == "bsd":
            line = "%s %2d %02d:%02d:%02d %s %s[%d]: %s" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second,
                                                           OUR_HOST, program, pid, message)
        elif self.envelope == "rfc3339":
            line = "%s.%06d+00:00 %s %s[%d]: %s" % (t.strftime("%Y-%m-%dT%H:%M:%S"), t.microsecond, OUR_HOST, program,
                                                    pid, message)
        else:
            us = int(t.timestamp()) * 1000000 + t.microsecond
            line = json.dumps({
                "__CURSOR": "s=5c1e2d3f4a5b6c7d8e9f0a1b2c3d4e5f;i=%x;b=0f1e2d3c4b5a69788796a5b4c3d2e1f0;m=%x;t=%x;x=%x"
                            % (self.seq, self.seq * 997, us, self.seq * 31),
                "__REALTIME_TIMESTAMP": str(us), "__MONOTONIC_TIMESTAMP": str(self.seq * 997),
                "_BOOT_ID": "0f1e2d3c4b5a69788796a5b4c3d2e1f0", "_TRANSPORT": "syslog", "PRIORITY": "6",
                "SYSLOG_FACILITY": "2", "SYSLOG_IDENTIFIER": program, "SYSLOG_PID": str(pid), "MESSAGE": message,
                "_PID": str(pid), "_UID": "0", "_GID": "0", "_COMM": "sendmail", "_EXE": "/usr/lib/sm.bin/sendmail",
                "_SYSTEMD_UNIT": "sendmail.service", "_HOSTNAME": OUR_HOST,
                "_SOURCE_REALTIME_TIMESTAMP": str(us - 11)}, separators=(",", ":"))
        heapq.heappush(self.heap, (t, self.seq, line))

    def flush(self, out, before=None):
        while self.heap and (before is None or self.heap[0][0] < before):
            line = heapq.heappop(self.heap)[2] + "\n"
            out.write(line)
            self.written_lines += 1
            self.written_bytes += len(line)

    def qid(self, t, pid):
        # Sendmail 8.12+: year, month, day, hour, minute, second as characters, two of sequence, the pid.
        while True:
            q = "%s%s%s%s%s%s%s%06d" % (QID_CHARS[t.year % 60], QID_CHARS[t.month - 1], QID_CHARS[t.day],
                                        QID_CHARS[t.hour], QID_CHARS[t.minute], QID_CHARS[t.second],
                                        QID_CHARS[self.rng.randrange(60)], pid)
            if q not in self.qids:
                self.qids.add(q)
                return q

    def later(self, t, lo, hi):
        return t + dt.timedelta(seconds=self.rng.uniform(lo, hi))

    def user(self):
        return "%s@%s" % (self.rng.choice(USERS), self.rng.choice(OUR_DOMAINS))

    def remote(self):
        domain, mxs = self.rng.choice(REMOTE)
        user = "%s%d" % (self.rng.choice(["john", "maria", "li", "sam", "kim", "noor", "ana"]), self.rng.randint(1, 999))
        return domain, mxs, "%s@%s" % (user, domain)

    def fail(self, action, cause):
        self.count[action] += 1
        self.causes[cause] += 1

    @staticmethod
    def delay(seconds):
        days, rest = divmod(int(seconds), 86400)
        h, rest = divmod(rest, 3600)
        m, s = divmod(rest, 60)
        return ("%d+" % days if days else "") + "%02d:%02d:%02d" % (h, m, s)

    def msgid(self, t, domain):
        return "<%s.%s@%s>" % (t.strftime("%Y%m%d%H%M%S"), "%08x" % self.rng.getrandbits(32), domain)

    def from_line(self, t, pid, qid, sender, nrcpts, domain, relay, program="sm-mta", proto="ESMTPS"):
        self.emit(t, program, pid, "%s: from=<%s>, size=%d, class=0, nrcpts=%d, msgid=%s, bodytype=8BITMIME, "
                                   "proto=%s, daemon=MTA, tls_verify=NO, auth=NONE, relay=%s" % (
                                       qid, sender, self.rng.randint(900, 90000), nrcpts, self.msgid(t, domain),
                                       proto, relay))
        if nrcpts > 0:
            self.count["received"] += 1

    def to_line(self, t, pid, qid, rcpts, start, mailer, relay, dsn, stat, program="sm-mta"):
        relay_part = ", relay=%s" % relay if relay else ""
        self.emit(t, program, pid, "%s: to=%s, delay=%s, xdelay=00:00:%02d, mailer=%s, pri=%d%s, dsn=%s, stat=%s" % (
            qid, ",".join("<%s>" % r for r in rcpts), self.delay((t - start).total_seconds()),
            self.rng.randint(0, 3), mailer, self.rng.randint(30000, 200000), relay_part, dsn, stat))

    def dsn_to_sender(self, t, qid, sender, text):
        """The DSN sendmail generates (x2) for x1, delivered back to the local sender."""
        pid = self.pid()
        dsn_qid = self.qid(t, pid)
        self.emit(t, "sm-mta", pid, "%s: %s: DSN: %s" % (qid, dsn_qid, text))
        t = self.later(t, 0.05, 0.4)
        self.to_line(t, pid, dsn_qid, [sender], t, "local", None, "2.0.0", "Sent")
        self.count["delivered"] += 1

    # --- scenarios -----------------------------------------------------------------
    def inbound(self, t):
        host, ip, domain = self.rng.choice(SENDERS)
        pid = self.pid()
        qid = self.qid(t, pid)
        self.emit(t, "sm-mta", pid, "STARTTLS=server, relay=%s [%s], version=TLSv1.3, verify=NO, "
                                    "cipher=TLS_AES_256_GCM_SHA384, bits=256/256" % (host, ip))
        sender = "%s%d@%s" % (self.rng.choice(["news", "billing", "noreply"]), self.rng.randint(1, 99), domain)
        start = t
        t = self.later(t, 0.1, 1.0)
        self.from_line(t, pid, qid, sender, 1, domain, "%s [%s]" % (host, ip))
        t = self.later(t, 0.05, 0.5)
        dpid = self.pid()
        self.to_line(t, dpid, qid, [self.user()], start, "local", None, "2.0.0", "Sent")
        self.count["delivered"] += 1

    def outbound(self, t, mix):
        user = self.rng.choice(USERS)
        sender = "%s@%s" % (user, OUR_DOMAINS[0])
        start = t
        n = 1 if self.rng.random() < 0.85 else 2
        rcpts = [self.remote() for _ in range(n)]
        # Submitted locally: the MSP queue hands the message to the daemon.
        mpid = self.pid()
        mqid = self.qid(t, mpid)
        self.emit(t, "sm-msp-queue", mpid, "%s: from=%s, size=%d, class=0, nrcpts=%d, msgid=%s, relay=%s@localhost" % (
            mqid, user, self.rng.randint(900, 90000), n, self.msgid(t, OUR_DOMAINS[0]), user))
        self.count["received"] += 1
        pid = self.pid()
        qid = self.qid(t, pid)
        t = self.later(t, 0.05, 0.3)
        self.from_line(t, pid, qid, sender, n, OUR_DOMAINS[0], "localhost [127.0.0.1]", proto="ESMTP")
        self.emit(self.later(t, 0.01, 0.05), "sm-msp-queue", mpid,
                  "%s: to=%s, ctladdr=%s (1000/1000), delay=00:00:00, xdelay=00:00:00, mailer=relay, pri=%d, "
                  "relay=[127.0.0.1] [127.0.0.1], dsn=2.0.0, stat=Sent (%s Message accepted for delivery)" % (
                      mqid, ",".join(r for _, _, r in rcpts), user, self.rng.randint(30000, 90000), qid))
        self.count["delivered"] += n
        t = self.later(t, 0.2, 2.0)
        outcome = self.rng.choices(list(mix["outcomes"]), weights=list(mix["outcomes"].values()))[0]
        domain, mxs, rcpt = rcpts[0]
        mx, ip = self.rng.choice(mxs)
        relay = "%s. [%s]" % (mx, ip)
        dpid = self.pid()
        if n == 2 and outcome == "sent" and rcpts[1][0] == domain:
            self.to_line(t, dpid, qid, [rcpt, rcpts[1][2]], start, "esmtp", relay, "2.0.0",
                         "Sent (OK %d %s - gsmtp)" % (int(t.timestamp()), qid))
            self.count["delivered"] += 2
            return
        if outcome == "sent":
            self.to_line(t, dpid, qid, [rcpt], start, "esmtp", relay, "2.0.0",
                         "Sent (<%s> Message accepted for delivery)" % qid)
            self.count["delivered"] += 1
        elif outcome == "bounced":
            dsn, stat, cause = self.rng.choice(BOUNCES)
            # A domain that does not resolve was never connected to: no relay=.
            self.to_line(t, dpid, qid, [rcpt], start, "esmtp", None if dsn == "5.1.2" else relay, dsn,
                         stat.format(domain=domain))
            self.fail("bounced", cause)
            self.dsn_to_sender(self.later(t, 0.05, 0.3), qid, sender, stat.format(domain=domain))
        elif outcome == "deferred_then_sent":
            dsn, stat, cause = self.rng.choice(DEFERRALS)
            for _ in range(self.rng.randint(1, 2)):
                self.to_line(t, dpid, qid, [rcpt], start, "esmtp", relay if "4.7" in dsn else "%s." % mx, dsn,
                             stat.format(mx=mx, rcpt=rcpt, domain=domain))
                self.fail("deferred", deferral_cause(stat, mx, cause))
                t = self.later(t, 900, 2400)
                dpid = self.pid()
            self.to_line(t, dpid, qid, [rcpt], start, "esmtp", relay, "2.0.0",
                         "Sent (<%s> Message accepted for delivery)" % qid)
            self.count["delivered"] += 1
        elif outcome == "expired":
            dsn, stat, cause = self.rng.choice(DEFERRALS[:2])
            warned = False
            while (t - start).total_seconds() < 5 * 86400:
                self.to_line(t, dpid, qid, [rcpt], start, "esmtp", "%s." % mx, dsn, stat.format(mx=mx))
                self.fail("deferred", deferral_cause(stat, mx, cause))
                t = self.later(t, 20000, 40000)
                dpid = self.pid()
                if not warned and (t - start).total_seconds() > 4 * 3600:
                    pid = self.pid()
                    self.emit(t, "sm-mta", pid, "%s: %s: DSN: Warning: could not send message for past 4 hours" % (
                        qid, self.qid(t, pid)))
                    warned = True
            self.fail("expired", "expired")
            self.dsn_to_sender(t, qid, sender, "Cannot send message for 5 days")
        if n == 2:
            d2, mxs2, r2 = rcpts[1]
            mx2, ip2 = mxs2[0]
            self.to_line(self.later(t, 0.1, 1), self.pid(), qid, [r2], start, "esmtp", "%s. [%s]" % (mx2, ip2), "2.0.0",
                         "Sent (<%s> Message accepted for delivery)" % qid)
            self.count["delivered"] += 1

    def reject(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        ruleset, text, cause = self.rng.choice(REJECTS)
        pid = self.pid()
        rcpt = self.user()
        sender = "%s@%s" % (self.rng.choice(["info", "promo"]), self.rng.choice(["example.biz", "example.info"]))
        relay = self.rng.choice(["[%s]" % ip, "host-%s.example.biz [%s] (may be forged)" % (ip.replace(".", "-"), ip)])
        if ruleset == "check_relay":
            self.emit(t, "sm-mta", pid, "ruleset=check_relay, arg1=[%s], arg2=%s, relay=[%s], reject=%s" % (
                ip, ip, ip, text))
        else:
            qid = self.qid(t, pid)
            arg1 = sender if ruleset == "check_mail" else rcpt
            self.emit(t, "sm-mta", pid, "%s: ruleset=%s, arg1=<%s>, relay=%s, reject=%s" % (
                qid, ruleset, arg1, relay, text.format(rcpt=rcpt, ip=ip, sender=sender)))
            self.emit(self.later(t, 0.5, 3), "sm-mta", pid, "%s: lost input channel from %s to MTA after rcpt" % (
                qid, relay.split(" (")[0]))
        self.fail("rejected", cause)

    def session_unknown(self, t):
        host, ip, domain = self.rng.choice(SENDERS)
        pid = self.pid()
        qid = self.qid(t, pid)
        rcpt = "%s@%s" % (self.rng.choice(["former", "olduser", "nobody"]), OUR_DOMAINS[0])
        self.emit(t, "sm-mta", pid, "%s: <%s>... User unknown" % (qid, rcpt))
        self.fail("rejected", "recipient_unknown")
        self.from_line(self.later(t, 0.1, 0.5), pid, qid, "news@%s" % domain, 0, domain, "%s [%s]" % (host, ip))

    def auth(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        pid = self.pid()
        for _ in range(self.rng.randint(1, 4)):
            qid = self.qid(t, pid)
            self.emit(t, "sm-mta", pid, "%s: AUTH failure (LOGIN): authentication failure (-13) SASL(-13): "
                                        "authentication failure: checkpass failed, user=%s, relay=[%s]" % (
                                            qid, self.rng.choice(["admin", "test", "info", "sales"]), ip))
            self.fail("failed", "authentication")
            self.count["sasl_failures"] += 1
            t = self.later(t, 1, 6)

    def tls(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        reason, ssl_error, cause = self.rng.choice(TLS_ERRORS)
        self.emit(t, "sm-mta", self.pid(), "STARTTLS=server, error: accept failed=%d, reason=%s, SSL_error=%d, "
                                           "errno=0, retry=-1, relay=[%s]" % (-1 if ssl_error == 1 else 0, reason,
                                                                             ssl_error, ip))
        self.fail("failed", cause)
        self.count["tls_failures"] += 1

    def noise(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        pid = self.pid()
        qid = self.qid(t, pid)
        kind = self.rng.randrange(4)
        if kind == 0:
            self.emit(t, "sm-mta", pid, "%s: [%s] did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA-v4" % (
                qid, ip))
        elif kind == 1:
            self.emit(t, "sm-mta", pid, "%s: rejecting commands from [%s] due to pre-greeting traffic after 0 seconds"
                      % (qid, ip))
            self.fail("rejected", "spam_policy")
        elif kind == 2:
            self.emit(t, "sm-mta", pid, "%s: [%s]: possible SMTP attack: command=AUTH, count=5" % (qid, ip))
        else:
            self.emit(t, "sm-mta", pid, "AUTH=server, relay=[203.0.113.%d], authid=%s@%s, mech=PLAIN, bits=0" % (
                self.rng.randint(20, 40), self.rng.choice(USERS), OUR_DOMAINS[0]))


def parse_mix(text):
    mix = dict(DEFAULT_MIX)
    for part in filter(None, text.split(",")):
        key, _, value = part.partition("=")
        if key not in mix:
            sys.exit("unknown --mix key %r" % key)
        mix[key] = int(value)
    outcomes = {k: mix[k] for k in ("sent", "deferred_then_sent", "bounced", "expired")}
    return {"scenarios": {k: v for k, v in mix.items() if k not in outcomes}, "outcomes": outcomes}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gen_cli.add_common_arguments(ap, "outbound=50,auth=10", DEFAULT_MIX)
    ap.add_argument("--rfc3339", action="store_true", help="RFC 3339 timestamps (rsyslog's default)")
    ap.add_argument("--journald", action="store_true", help="`journalctl -o json` records instead of syslog lines")
    args = gen_cli.parse_arguments(ap)
    mix = parse_mix(args.mix)
    log = Log(args)
    out = gen_cli.open_output(args.output, "utf-8")
    gen_cli.run_scenarios(log, args, mix, dt.datetime.fromisoformat(args.start).replace(tzinfo=dt.timezone.utc), out)
    gen_cli.close_output(out)
    if args.truth:
        c = log.count
        truth = {
            "generator": "corpora/gen/sendmail_logs.py",
            "seed": args.seed,
            "lines": log.written_lines,
            "received": c["received"], "delivered": c["delivered"], "deferred": c["deferred"],
            "bounced": c["bounced"], "expired": c["expired"], "rejected": c["rejected"], "failed": c["failed"],
            "sasl_failures": c["sasl_failures"], "tls_failures": c["tls_failures"],
            "causes": dict(sorted(log.causes.items())),
        }
        gen_cli.write_truth(args.truth, truth)


if __name__ == "__main__":
    main()
