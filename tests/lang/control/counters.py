# Loop patterns: accumulators, counters, min/max tracking.
data = [12, 7, -3, 45, 0, 7, 22, -8, 7]
total = 0
count = 0
largest = None
smallest = None
sevens = 0
for v in data:
    total += v
    count += 1
    if largest is None or v > largest:
        largest = v
    if smallest is None or v < smallest:
        smallest = v
    if v == 7:
        sevens += 1
print(total, count, largest, smallest, sevens)
print(total / count, total // count)
running = []
acc = 0
for v in data:
    acc += v
    running.append(acc)
print(running)
pos, neg, zero = 0, 0, 0
for v in data:
    if v > 0:
        pos += 1
    elif v < 0:
        neg += 1
    else:
        zero += 1
print(pos, neg, zero)
