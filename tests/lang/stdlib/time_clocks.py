# time: the clocks return the right types and move forward; tests print
# no actual times.
import time

t0 = time.time()
print(type(t0), t0 > 1.6e9)
ns = time.time_ns()
print(type(ns), ns > 1600000000 * 10 ** 9, abs(ns / 1e9 - time.time()) < 5)
for name in ["monotonic", "perf_counter", "process_time", "thread_time"]:
    f = getattr(time, name)
    g = getattr(time, name + "_ns")
    a = f()
    b = f()
    c = g()
    d = g()
    print(name, type(a), b >= a, type(c), d >= c)
m0 = time.monotonic()
p0 = time.perf_counter_ns()
x = 0
for i in range(20000):
    x += i
m1 = time.monotonic()
p1 = time.perf_counter_ns()
print(x, m1 >= m0, p1 >= p0, m1 - m0 < 60)
print(type(time.sleep), time.sleep.__name__ if hasattr(time.sleep, "__name__") else "sleep")
