#!/usr/bin/env python3
"""Writes a realistic Exim mainlog and a JSON file of what it contains.

The log is what Debian 12's Exim 4.96 writes with its default log_selector:
arrivals (<=), deliveries (=> and ->), deferrals (==), failures (**),
"Completed", queue runs, ACL rejections, authenticator and TLS failures and
the connection notes around them. Message ids use Exim 4.96's 6-6-2 form
(--new-ids gives 4.97's 6-11-4 form); hosts and networks are the
documentation ones (example.org, 192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24).
With --syslog the same messages are written as Exim logs them to syslog
("Mar 10 06:00:00 mx1 exim[1234]: ..."), without Exim's own timestamp.

The truth file counts what a correct parser must find, by the counting rules
of mailtriage's Exim parser (parsers/exim.cc):
  * every => and -> line is a delivery; every == line is a deferral, except
    the "retry time not reached" lines a queue run writes for an address it
    skips (no attempt was made);
  * every ** line is a failure; "retry timeout exceeded" is an expiry;
  * every "rejected ..." line, every connection dropped by an ACL, every
    protocol synchronization error (Exim refuses the client on that line) and
    every "SMTP call from ... dropped: too many ..." is a rejection;
    authenticator and TLS failures are failed logins/handshakes;
  * every <= line is a received message, every "Completed" a removal;
and the cause each failure should be classified as.

Deterministic: the same --seed and options give the same bytes.

    python3 corpora/gen/exim_logs.py --seed 1 --lines 300 --output mainlog --truth mainlog.truth.json
"""

import argparse
import datetime as dt
import heapq
import random
import sys
from collections import Counter

import gen_cli

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

OUR_HOST = "mx1"
OUR_NAME = "mx1.example.org"
OUR_IP = "203.0.113.5"
OUR_DOMAINS = ["example.org", "example.com"]
USERS = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory",
         "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter", "info", "sales", "support"]
REMOTE = [
    ("gmail.com", [("gmail-smtp-in.l.google.com", "192.0.2.26"), ("alt1.gmail-smtp-in.l.google.com", "192.0.2.27")]),
    ("outlook.com", [("outlook-com.olc.protection.outlook.com", "192.0.2.33")]),
    ("yahoo.com", [("mta5.am0.yahoodns.net", "192.0.2.36")]),
    ("example.net", [("mx.example.net", "198.51.100.10"), ("mx2.example.net", "198.51.100.11")]),
    ("partner.example", [("mail.partner.example", "198.51.100.20")]),
    ("shop.example", [("mx1.shop.example", "198.51.100.30")]),
    ("old.example", [("mail.old.example", "198.51.100.40")]),
]
SENDERS = [
    ("mail-wr1-f54.google.com", "192.0.2.54", "gmail.com"),
    ("mail.example.net", "198.51.100.12", "example.net"),
    ("mx.partner.example", "198.51.100.21", "partner.example"),
    ("out.shop.example", "198.51.100.31", "shop.example"),
]
BAD_CLIENTS = ["198.51.100.%d" % i for i in range(100, 140)] + ["192.0.2.%d" % i for i in range(150, 190)]
ROAMING = ["203.0.113.%d" % i for i in range(20, 40)]

# Remote failures after which Exim gives up: (text after "... : ", cause).
FAILURES = [
    ("SMTP error from remote mail server after RCPT TO:<{rcpt}>: 550 5.1.1 <{rcpt}>: Recipient address rejected: "
     "User unknown in virtual mailbox table", "recipient_unknown"),
    ("SMTP error from remote mail server after RCPT TO:<{rcpt}>: 550-5.1.1 The email account that you tried to "
     "reach does not exist. Please try\\n550-5.1.1 double-checking the recipient's email address for typos or\\n"
     "550-5.1.1 unnecessary spaces. For more information, go to\\n550 5.1.1  "
     "https://support.google.com/mail/?p=NoSuchUser {gsmtp} - gsmtp", "recipient_unknown"),
    ("SMTP error from remote mail server after RCPT TO:<{rcpt}>: 552 5.2.2 <{rcpt}>: Recipient address rejected: "
     "Mailbox full", "mailbox_full"),
    ("SMTP error from remote mail server after end of data: 552 5.3.4 Message size exceeds fixed limit",
     "message_too_large"),
    ("SMTP error from remote mail server after RCPT TO:<{rcpt}>: 554 5.7.1 Service unavailable; Client host "
     "[" + OUR_IP + "] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/" + OUR_IP, "spam_policy"),
    ("SMTP error from remote mail server after RCPT TO:<{rcpt}>: 554 5.7.1 <{rcpt}>: Relay access denied",
     "relay_denied"),
    ("Unrouteable address", "dns"),
]
# Deferrals: (text from "defer (", cause). {host} is "H=mx [ip]".
DEFERRALS = [
    ("defer (-44) {host}: SMTP error from remote mail server after RCPT TO:<{rcpt}>: 451 4.7.1 <{rcpt}>: Recipient "
     "address rejected: Greylisted, see https://postgrey.schweikert.ch/help/{domain}.html", "spam_policy"),
    ("defer (110): Connection timed out", "server_unavailable"),
    ("defer (111): Connection refused", "server_unavailable"),
    ("defer (-18) {host}: Remote host closed connection in response to initial connection", "server_unavailable"),
    ("defer (-46) {host}: SMTP error from remote mail server after pipelined DATA: 421-4.7.28 [" + OUR_IP +
     "      15] Our system has detected an unusual rate of\\n421-4.7.28 unsolicited mail originating from your IP "
     "address. To protect our\\n421 4.7.28 users from spam, mail sent from your IP address has been temporarily "
     "rate limited.", "rate_limit"),
]
# ACL rejections of RCPT: (text, cause).
RCPT_REJECTS = [
    ("relay not permitted", "relay_denied"),
    # verify = recipient for a domain we receive for: no such mailbox
    ("Unrouteable address", "recipient_unknown"),
    ("rejected because {ip} is in a black list at zen.spamhaus.org\\nhttps://www.spamhaus.org/query/ip/{ip}",
     "spam_policy"),
    ("Sender verify failed", "spam_policy"),
]
TLS_ERRORS = [
    ("(SSL_accept): error:0A00010B:SSL routines::wrong version number", "tls_mismatch"),
    ("(recv): A TLS fatal alert has been received: Certificate is bad", "tls_mismatch"),
    ("(gnutls_handshake): Could not negotiate a supported cipher suite.", "outdated_client"),
]

DEFAULT_MIX = {
    "inbound": 30, "outbound": 34, "reject": 10, "reject_data": 2, "auth": 3, "tls": 3, "drop": 1, "noise": 8,
    # outcomes of one outbound recipient
    "sent": 72, "deferred_then_sent": 10, "bounced": 10, "expired": 4, "local_full": 2,
}


class Log:
    def __init__(self, args):
        self.rng = random.Random(args.seed)
        self.syslog = args.syslog
        self.new_ids = args.new_ids
        self.heap = []          # (time, seq, text): lines not yet written
        self.seq = 0
        self.ids = set()
        self.count = Counter()
        self.causes = Counter()
        self.next_pid = 3100
        self.written_lines = 0
        self.written_bytes = 0

    # --- primitives -----------------------------------------------------------
    def pid(self):
        self.next_pid += self.rng.randint(1, 29)
        if self.next_pid > 64000:
            self.next_pid = 3100
        return self.next_pid

    def emit(self, t, text, pid=None):
        self.seq += 1
        if self.syslog:
            line = "%s %2d %02d:%02d:%02d %s exim[%d]: %s" % (MONTHS[t.month - 1], t.day, t.hour, t.minute, t.second,
                                                             OUR_HOST, pid or self.pid(), text)
        else:
            line = "%s %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), text)
        heapq.heappush(self.heap, (t, self.seq, line))

    def flush(self, out, before=None):
        while self.heap and (before is None or self.heap[0][0] < before):
            line = heapq.heappop(self.heap)[2] + "\n"
            out.write(line)
            self.written_lines += 1
            self.written_bytes += len(line)

    def b62(self, n, width):
        s = ""
        for _ in range(width):
            s = BASE62[n % 62] + s
            n //= 62
        return s

    def msg_id(self, t):
        while True:
            secs = int(t.timestamp())
            if self.new_ids:
                i = "%s-%s-%s" % (self.b62(secs, 6), self.b62(self.rng.getrandbits(40), 11), self.b62(self.rng.getrandbits(20), 4))
            else:
                i = "%s-%s-%s" % (self.b62(secs, 6), self.b62(self.rng.getrandbits(30), 6), self.b62(self.rng.getrandbits(11), 2))
            if i not in self.ids:
                self.ids.add(i)
                return i

    def later(self, t, lo, hi):
        return t + dt.timedelta(seconds=self.rng.uniform(lo, hi))

    def user(self, domains=OUR_DOMAINS):
        return "%s@%s" % (self.rng.choice(USERS), self.rng.choice(domains))

    def remote(self):
        domain, mxs = self.rng.choice(REMOTE)
        user = "%s%d" % (self.rng.choice(["john", "maria", "li", "sam", "kim", "noor", "ana"]), self.rng.randint(1, 999))
        return domain, mxs, "%s@%s" % (user, domain)

    def fail(self, action, cause):
        self.count[action] += 1
        self.causes[cause] += 1

    def tls_fields(self):
        return self.rng.choice(["X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes",
                                "X=TLS1.2:ECDHE-RSA-AES256-GCM-SHA384:256 CV=yes",
                                "X=TLS1.3:TLS_AES_128_GCM_SHA256:128 CV=no"])

    def arrival(self, t, mid, sender, fields):
        self.emit(t, "%s <= %s %s" % (mid, sender, fields))
        self.count["received"] += 1

    def completed(self, t, mid):
        self.emit(t, "%s Completed" % mid)
        self.count["removed"] += 1

    def bounce_message(self, t, orig, sender):
        """The bounce Exim sends back to the sender: arrival, local or remote delivery, Completed."""
        mid = self.msg_id(t)
        self.arrival(t, mid, "<>", "R=%s U=Debian-exim P=local S=%d" % (orig, self.rng.randint(2000, 9000)))
        t = self.later(t, 0.05, 0.5)
        local, domain = sender.split("@")
        if domain in OUR_DOMAINS:
            self.emit(t, "%s => %s <%s> R=local_user T=mail_spool" % (mid, local, sender))
        else:
            rdom = dict(REMOTE).get(domain, [("mx.%s" % domain, "198.51.100.60")])
            mx, ip = rdom[0]
            self.emit(t, "%s => %s R=dnslookup T=remote_smtp H=%s [%s] %s C=\"250 2.0.0 OK\"" % (
                mid, sender, mx, ip, self.tls_fields()))
        self.count["delivered"] += 1
        self.completed(self.later(t, 0.01, 0.1), mid)

    # --- scenarios ---------------------------------------------------------------
    def inbound(self, t):
        host, ip, domain = self.rng.choice(SENDERS)
        sender = "%s%d@%s" % (self.rng.choice(["news", "billing", "noreply", "team"]), self.rng.randint(1, 99), domain)
        rcpt = self.user()
        mid = self.msg_id(t)
        msgid = "%s.%08x@%s" % (t.strftime("%Y%m%d%H%M%S"), self.rng.getrandbits(32), domain)
        self.emit(t, "%s <= %s H=%s [%s]:%d P=esmtps %s S=%d id=%s" % (
            mid, sender, host, ip, self.rng.randint(30000, 60000), self.tls_fields(), self.rng.randint(2000, 90000), msgid))
        self.count["received"] += 1
        t = self.later(t, 0.05, 0.6)
        local = rcpt.split("@")[0]
        self.emit(t, "%s => %s <%s> R=local_user T=mail_spool" % (mid, local, rcpt))
        self.count["delivered"] += 1
        self.completed(self.later(t, 0.01, 0.1), mid)

    def outbound(self, t, mix):
        sender = self.user()
        mid = self.msg_id(t)
        n = 1 if self.rng.random() < 0.85 else 2
        rcpts = [self.remote() for _ in range(n)]
        client = self.rng.choice(ROAMING)
        self.arrival(t, mid, sender, "H=(laptop) [%s]:%d P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no "
                     "A=dovecot_plain:%s S=%d id=%s.%08x@%s" % (
                         client, self.rng.randint(30000, 60000), sender, self.rng.randint(1500, 400000),
                         t.strftime("%Y%m%d%H%M%S"), self.rng.getrandbits(32), sender.split("@")[1]))
        t = self.later(t, 0.2, 1.5)
        outcome = self.rng.choices(list(mix["outcomes"]), weights=list(mix["outcomes"].values()))[0]
        if n == 2 and outcome == "sent":
            # Both recipients on one connection when they share a host: "=>" then "->".
            (d1, mxs1, r1), (d2, mxs2, r2) = rcpts
            mx, ip = mxs1[0]
            self.emit(t, "%s => %s R=dnslookup T=remote_smtp H=%s [%s] %s C=\"250 2.0.0 OK\"" % (mid, r1, mx, ip, self.tls_fields()))
            flag = "->" if d1 == d2 else "=>"
            mx2, ip2 = mxs2[0]
            self.emit(t, "%s %s %s R=dnslookup T=remote_smtp H=%s [%s] %s C=\"250 2.0.0 OK\"" % (
                mid, flag, r2, mx2, ip2, self.tls_fields()))
            self.count["delivered"] += 2
            self.completed(self.later(t, 0.01, 0.1), mid)
            return
        domain, mxs, rcpt = rcpts[0]
        mx, ip = self.rng.choice(mxs)
        host = "H=%s [%s]" % (mx, ip)
        gsmtp = "%s.%d" % ("".join(self.rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(18)), self.rng.randint(100, 999))
        if outcome == "sent" or (outcome == "local_full" and n == 2):
            self.emit(t, "%s => %s R=dnslookup T=remote_smtp %s %s C=\"250 2.0.0 OK id=%s\"" % (
                mid, rcpt, host, self.tls_fields(), self.msg_id(t)))
            self.count["delivered"] += 1
        elif outcome == "bounced":
            text, cause = self.rng.choice(FAILURES)
            text = text.format(rcpt=rcpt, gsmtp=gsmtp)
            if text == "Unrouteable address":
                self.emit(t, "%s ** %s: %s" % (mid, rcpt, text))
            else:
                self.emit(t, "%s ** %s R=dnslookup T=remote_smtp %s %s: %s" % (mid, rcpt, host, self.tls_fields(), text))
            self.fail("bounced", cause)
            self.bounce_message(self.later(t, 0.1, 0.5), mid, sender)
        elif outcome == "deferred_then_sent":
            text, cause = self.rng.choice(DEFERRALS)
            for _ in range(self.rng.randint(1, 2)):
                self.emit(t, "%s == %s R=dnslookup T=remote_smtp %s" % (
                    mid, rcpt, text.format(host=host, rcpt=rcpt, domain=domain)))
                self.fail("deferred", cause)
                t = self.later(t, 600, 1500)
                # The queue runner's skip before the retry time is no attempt.
                if self.rng.random() < 0.5:
                    self.emit(t, "%s == %s routing defer (-51): retry time not reached" % (mid, rcpt))
                    t = self.later(t, 300, 900)
            self.emit(t, "%s => %s R=dnslookup T=remote_smtp %s %s C=\"250 2.0.0 OK\"" % (mid, rcpt, host, self.tls_fields()))
            self.count["delivered"] += 1
        elif outcome == "expired":
            text, cause = self.rng.choice(DEFERRALS[1:4])
            for _ in range(self.rng.randint(2, 4)):
                self.emit(t, "%s == %s R=dnslookup T=remote_smtp %s" % (
                    mid, rcpt, text.format(host=host, rcpt=rcpt, domain=domain)))
                self.fail("deferred", cause)
                t = self.later(t, 3600, 30000)
                self.emit(t, "%s == %s R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host "
                             "for '%s'" % (mid, rcpt, domain))
                t = self.later(t, 3600, 20000)
            self.emit(t, "%s ** %s: retry timeout exceeded" % (mid, rcpt))
            self.fail("expired", "expired")
            self.bounce_message(self.later(t, 0.1, 0.5), mid, sender)
        elif outcome == "local_full":
            # A local mailbox over quota: deferred by the appendfile transport, then delivered.
            local = self.user()
            self.emit(t, "%s == %s R=local_user T=mail_spool defer (-22): mailbox is full (MTA-imposed quota "
                         "exceeded while writing to /var/mail/%s)" % (mid, local, local.split("@")[0]))
            self.fail("deferred", "mailbox_full")
            t = self.later(t, 1800, 3600)
            self.emit(t, "%s => %s <%s> R=local_user T=mail_spool" % (mid, local.split("@")[0], local))
            self.count["delivered"] += 1
        if n == 2:
            d2, mxs2, r2 = rcpts[1]
            mx2, ip2 = mxs2[0]
            self.emit(t, "%s => %s R=dnslookup T=remote_smtp H=%s [%s] %s C=\"250 2.0.0 OK\"" % (
                mid, r2, mx2, ip2, self.tls_fields()))
            self.count["delivered"] += 1
        self.completed(self.later(t, 0.01, 0.1), mid)

    def reject(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        text, cause = self.rng.choice(RCPT_REJECTS)
        sender = "%s@%s" % (self.rng.choice(["info", "promo", "admin"]), self.rng.choice(["example.biz", "example.info"]))
        rcpt = self.user()
        helo = self.rng.choice(["(User)", "(WIN-7Q3K2M)", "(%s)" % ip, "(mail.example.biz)"])
        port = self.rng.randint(1024, 65000)
        if text == "Sender verify failed":
            self.emit(t, "H=%s [%s]:%d I=[%s]:25 sender verify fail for <%s>: Unrouteable address" % (helo, ip, port, OUR_IP, sender))
        self.emit(t, "H=%s [%s]:%d I=[%s]:25 F=<%s> rejected RCPT <%s>: %s" % (
            helo, ip, port, OUR_IP, sender, rcpt, text.format(ip=ip)))
        self.fail("rejected", cause)
        self.emit(self.later(t, 0.1, 2), "SMTP connection from %s [%s]:%d I=[%s]:25 closed by QUIT" % (helo, ip, port, OUR_IP))

    def reject_data(self, t):
        host, ip, domain = self.rng.choice(SENDERS)
        mid = self.msg_id(t)
        self.emit(t, "%s H=%s [%s]:%d I=[%s]:25 F=<noreply@%s> rejected after DATA: This message contains a virus "
                     "(Eicar-Test-Signature)." % (mid, host, ip, self.rng.randint(30000, 60000), OUR_IP, domain))
        self.fail("rejected", "spam_policy")

    def auth(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        for _ in range(self.rng.randint(1, 4)):
            user = self.rng.choice(["admin", "test", "info@example.org", "sales@example.org", "user"])
            self.emit(t, "dovecot_login authenticator failed for (User) [%s]:%d I=[%s]:587: 535 Incorrect "
                         "authentication data (set_id=%s)" % (ip, self.rng.randint(1024, 65000), OUR_IP, user))
            self.fail("failed", "authentication")
            self.count["sasl_failures"] += 1
            t = self.later(t, 1, 8)

    def tls(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        text, cause = self.rng.choice(TLS_ERRORS)
        self.emit(t, "TLS error on connection from (%s) [%s]:%d I=[%s]:25 %s" % (
            self.rng.choice(["client", "WIN-CLIENT", "scanner"]), ip, self.rng.randint(1024, 65000), OUR_IP, text))
        self.fail("failed", cause)
        self.count["tls_failures"] += 1

    def drop(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        self.emit(t, "H=[%s]:%d dropped by 'connect' ACL: Country is banned" % (ip, self.rng.randint(1024, 65000)))
        self.fail("rejected", "spam_policy")

    def noise(self, t):
        ip = self.rng.choice(BAD_CLIENTS)
        kind = self.rng.randrange(5)
        port = self.rng.randint(1024, 65000)
        if kind == 0:
            self.emit(t, "SMTP connection from [%s]:%d I=[%s]:25 lost D=%ds" % (ip, port, OUR_IP, self.rng.randint(0, 30)))
        elif kind == 1:
            self.emit(t, "no MAIL in SMTP connection from (User) [%s]:%d I=[%s]:25 D=%ds C=EHLO,QUIT" % (
                ip, port, OUR_IP, self.rng.randint(0, 30)))
        elif kind == 2:
            pid = self.pid()
            self.emit(t, "Start queue run: pid=%d" % pid, pid)
            self.emit(self.later(t, 0.5, 4), "End queue run: pid=%d" % pid, pid)
        elif kind == 3:
            self.emit(t, "SMTP protocol synchronization error (input sent without waiting for greeting): rejected "
                         "connection from H=[%s]:%d I=[%s]:25 input=\"GET / HTTP/1.1\\r\\n\"" % (ip, port, OUR_IP))
            self.fail("rejected", "spam_policy")
        else:
            self.emit(t, "SMTP call from [%s]:%d I=[%s]:25 dropped: too many syntax or protocol errors (last command "
                         "was \"AUTH LOGIN\", C=EHLO,AUTH)" % (ip, port, OUR_IP))
            self.fail("rejected", "outdated_client")


def parse_mix(text):
    mix = dict(DEFAULT_MIX)
    for part in filter(None, text.split(",")):
        key, _, value = part.partition("=")
        if key not in mix:
            sys.exit("unknown --mix key %r" % key)
        mix[key] = int(value)
    outcomes = {k: mix[k] for k in ("sent", "deferred_then_sent", "bounced", "expired", "local_full")}
    scenarios = {k: v for k, v in mix.items() if k not in outcomes}
    return {"scenarios": scenarios, "outcomes": outcomes}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    gen_cli.add_common_arguments(ap, "outbound=50,auth=10", DEFAULT_MIX)
    ap.add_argument("--syslog", action="store_true", help="Exim's syslog form instead of its mainlog")
    ap.add_argument("--new-ids", action="store_true", help="Exim 4.97's 6-11-4 message ids")
    args = gen_cli.parse_arguments(ap)
    mix = parse_mix(args.mix)
    log = Log(args)
    out = gen_cli.open_output(args.output, "utf-8")
    gen_cli.run_scenarios(log, args, mix, dt.datetime.fromisoformat(args.start).replace(tzinfo=dt.timezone.utc), out)
    gen_cli.close_output(out)
    if args.truth:
        c = log.count
        truth = {
            "generator": "corpora/gen/exim_logs.py",
            "seed": args.seed,
            "lines": log.written_lines,
            "received": c["received"], "removed": c["removed"], "delivered": c["delivered"],
            "deferred": c["deferred"], "bounced": c["bounced"], "expired": c["expired"],
            "rejected": c["rejected"], "failed": c["failed"],
            "sasl_failures": c["sasl_failures"], "tls_failures": c["tls_failures"],
            "causes": dict(sorted(log.causes.items())),
        }
        gen_cli.write_truth(args.truth, truth)


if __name__ == "__main__":
    main()
