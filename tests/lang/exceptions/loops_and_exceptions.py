# Exceptions inside loops: continue, break, retry.
results = []
for s in ["10", "0", "x", "5"]:
    try:
        results.append(100 // int(s))
    except ZeroDivisionError:
        results.append("div0")
        continue
    except ValueError:
        results.append("bad")
        break
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("try again")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, "failed:", e)
it = iter([1, 2])
while True:
    try:
        v = next(it)
    except StopIteration:
        print("exhausted")
        break
    print("got", v)
