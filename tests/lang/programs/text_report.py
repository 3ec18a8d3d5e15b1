# A text report generator: parses log lines with a small class hierarchy,
# aggregates with dicts and generators, and renders aligned tables with
# %-formatting and str.format.
import itertools
import textwrap

LOG = """\
2026-11-01 09:12:03 INFO  auth   login ok user=ana
2026-11-01 09:15:44 WARN  disk   usage 81% on /var
2026-11-01 09:20:10 ERROR db     timeout after 30s query=orders
2026-11-01 10:02:55 INFO  auth   login ok user=ben
2026-11-01 10:07:31 ERROR auth   login failed user=eve
2026-11-01 11:45:00 INFO  api    GET /orders 200 12ms
2026-11-01 11:45:02 INFO  api    GET /orders 200 15ms
2026-11-01 11:46:10 WARN  api    GET /users 429 3ms
2026-11-01 12:00:00 ERROR db     deadlock detected table=users
2026-11-01 12:30:19 INFO  api    POST /orders 201 44ms
"""


class Entry:
    LEVELS = {"INFO": 0, "WARN": 1, "ERROR": 2}

    def __init__(self, date, time, level, source, message):
        self.date, self.time = date, time
        self.level, self.source, self.message = level, source, message

    @classmethod
    def parse(cls, line):
        date, time, level, source, message = line.split(None, 4)
        kind = {"api": ApiEntry}.get(source, cls)
        return kind(date, time, level, source, message)

    @property
    def hour(self):
        return int(self.time[:2])

    def severity(self):
        return self.LEVELS[self.level]

    def __lt__(self, other):
        return (self.severity(), self.time) < (other.severity(), other.time)

    def __repr__(self):
        return "%s %-5s %s" % (self.time, self.level, self.message)


class ApiEntry(Entry):
    def __init__(self, *args):
        super().__init__(*args)
        method, path, status, ms = self.message.split()
        self.method, self.path = method, path
        self.status, self.ms = int(status), int(ms.rstrip("ms"))


entries = [Entry.parse(line) for line in LOG.splitlines()]
print("%d entries, %d api calls" % (len(entries), sum(isinstance(e, ApiEntry) for e in entries)))

counts = {}
for e in entries:
    counts.setdefault(e.source, {}).setdefault(e.level, 0)
    counts[e.source][e.level] += 1
levels = ["INFO", "WARN", "ERROR"]
print("%-6s" % "source" + "".join("%6s" % lv for lv in levels))
for source in sorted(counts):
    row = counts[source]
    print("%-6s" % source + "".join("%6d" % row.get(lv, 0) for lv in levels))

by_hour = {}
for e in entries:
    by_hour[e.hour] = by_hour.get(e.hour, 0) + 1
for hour, n in sorted(by_hour.items()):
    print("{:02d}:00 {:<10} {}".format(hour, "#" * n, n))

api = [e for e in entries if isinstance(e, ApiEntry)]
slowest = max(api, key=lambda e: e.ms)
avg = sum(e.ms for e in api) / len(api)
print("api avg %.1f ms, slowest %s %s (%d ms)" % (avg, slowest.method, slowest.path, slowest.ms))
print("status codes:", sorted({e.status for e in api}))
print("errors first:")
for e in sorted(entries, reverse=True)[:3]:
    print("  ", e)


def words(entries):
    for e in entries:
        for w in e.message.split():
            if w.isalpha():
                yield w.lower()


freq = {}
for w in words(entries):
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(", ".join(f"{w}={n}" for w, n in top))


def incidents(entries, gap_minutes=30):
    """Groups WARN/ERROR entries that follow each other within gap_minutes."""
    problems = [e for e in entries if e.severity() > 0]
    group = 0
    last = None
    for e in problems:
        minutes = int(e.time[:2]) * 60 + int(e.time[3:5])
        if last is not None and minutes - last > gap_minutes:
            group += 1
        last = minutes
        yield group, e


for number, items in itertools.groupby(incidents(entries), key=lambda pair: pair[0]):
    items = [e for _, e in items]
    sources = sorted({e.source for e in items})
    print("incident %d: %s-%s, %d event(s) from %s" % (
        number + 1, items[0].time[:5], items[-1].time[:5], len(items), "/".join(sources)))

worst = max(counts, key=lambda s: (counts[s].get("ERROR", 0), s))
summary = ("Of %d entries, %d were errors; the noisiest source was %s with %d errors. "
           "API calls averaged %.1f ms across %d requests, the slowest being %s %s."
           % (len(entries), sum(e.level == "ERROR" for e in entries), worst,
              counts[worst]["ERROR"], avg, len(api), slowest.method, slowest.path))
print(textwrap.fill(summary, width=50, initial_indent="> ", subsequent_indent="> "))
print(f"{'done':*^20}")
