total = 0
for i in range(5):
    total += i
    print("step", i, total)
print("final", total // (total - 10))
