#!/usr/bin/perl
# Benchmark driver: decodes every message file given on the command line with
# Debian's Sisimai (libsisimai-perl), the way a user's script would, so that
# benches/compare_bounces.py can time it against mailtriage on the same files.
# Prints one summary line: files read, files with results, recipient records.
use strict;
use warnings;
use Sisimai;

my ($files, $decoded, $records) = (0, 0, 0);
for my $path (@ARGV) {
    $files++;
    # delivered and vacation records too: mailtriage reports those as well
    my $list = Sisimai->make($path, 'delivered' => 1, 'vacation' => 1);
    next unless $list && @$list;
    $decoded++;
    for my $r (@$list) {
        # Touch the fields a report needs, so nothing is left lazily unevaluated.
        my $line = join("\t", $r->recipient->address, $r->reason, $r->deliverystatus, $r->replycode // '');
        $records++ if length $line;
    }
}
print "files $files decoded $decoded records $records\n";
exit 0;
