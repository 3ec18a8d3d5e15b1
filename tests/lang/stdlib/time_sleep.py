# time.sleep: durations, argument checks and CPython's messages.
import time

start = time.monotonic()
print(time.sleep(0.05))
elapsed = time.monotonic() - start
print(elapsed >= 0.05, elapsed < 5)
start = time.perf_counter()
time.sleep(0)
time.sleep(False)
time.sleep(0.001)
print(time.perf_counter() - start < 5)
for bad in [-1, -0.5, "1", None, float("nan"), 10 ** 30, 1e300, [1]]:
    try:
        time.sleep(bad)
        print("slept", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.sleep()
except TypeError as e:
    print(e)
try:
    time.time(1)
except TypeError as e:
    print(e)
