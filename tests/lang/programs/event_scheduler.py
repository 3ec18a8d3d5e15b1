# A discrete-event scheduler: tasks are generators that yield delays,
# a heap orders wake-ups, context managers time sections, and failures
# are isolated per task.
import heapq
from collections import Counter


class Clock:
    def __init__(self):
        self.now = 0

    def advance(self, t):
        self.now = t


class Timer:
    def __init__(self, clock, label, log):
        self.clock, self.label, self.log = clock, label, log

    def __enter__(self):
        self.start = self.clock.now
        return self

    def __exit__(self, exc_type, exc, tb):
        took = self.clock.now - self.start
        self.log.append(f"{self.label} took {took}" + (" (failed)" if exc_type else ""))
        return False


class TaskFailed(Exception):
    pass


class Scheduler:
    def __init__(self):
        self.clock = Clock()
        self.queue = []
        self.seq = 0
        self.log = []
        self.results = {}
        self.cancelled = set()
        self.wakeups = Counter()

    def spawn(self, name, gen, at=0):
        heapq.heappush(self.queue, (at, self.seq, name, gen))
        self.seq += 1

    def cancel(self, name):
        """Stops a task at its next wake-up (closing its generator)."""
        self.cancelled.add(name)

    def run(self):
        while self.queue:
            at, _, name, gen = heapq.heappop(self.queue)
            self.clock.advance(at)
            self.wakeups[name] += 1
            if name in self.cancelled:
                gen.close()
                self.results[name] = "cancelled"
                self.log.append(f"t={at:>3} {name} cancelled")
                continue
            try:
                delay = next(gen)
            except StopIteration as stop:
                self.results[name] = stop.value
                self.log.append(f"t={at:>3} {name} finished -> {stop.value!r}")
                continue
            except TaskFailed as e:
                self.results[name] = e
                self.log.append(f"t={at:>3} {name} failed: {e}")
                continue
            self.log.append(f"t={at:>3} {name} sleeps {delay}")
            self.spawn(name, gen, at + delay)


def worker(name, steps, cost):
    done = 0
    for i in range(steps):
        yield cost
        done += cost
    return f"{name}:{done}"


def flaky(limit):
    for i in range(5):
        yield 7
        if i == limit:
            raise TaskFailed(f"gave up at step {i}")
    return "survived"


def supervisor(sched):
    with Timer(sched.clock, "supervisor", sched.log):
        yield 5
        sched.spawn("late", worker("late", 2, 4), sched.clock.now + 1)
        yield 20
    return "supervised"


def endless(name, period):
    ticks = 0
    try:
        while True:
            yield period
            ticks += 1
    finally:
        sched.log.append(f"      {name} cleaned up after {ticks} ticks")


def watchdog(sched, victim, after):
    yield after
    sched.cancel(victim)
    return f"stopped {victim}"


sched = Scheduler()
sched.spawn("a", worker("a", 3, 10))
sched.spawn("b", worker("b", 2, 15))
sched.spawn("f", flaky(2))
sched.spawn("sup", supervisor(sched))
sched.spawn("tick", endless("tick", 9))
sched.spawn("dog", watchdog(sched, "tick", 30))
sched.run()
print("\n".join(sched.log))
print({k: (v if isinstance(v, str) else type(v).__name__) for k, v in sorted(sched.results.items())})
print("final time", sched.clock.now)
print("wake-ups:", ", ".join(f"{name}={n}" for name, n in sched.wakeups.most_common()))
