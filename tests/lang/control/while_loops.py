# while loops with break, continue and else.
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished normally")
i = 0
while True:
    i += 1
    if i * i > 50:
        break
print("first square above 50:", i * i)
k = 10
while k > 0:
    k -= 3
    if k == 1:
        print("hit 1, breaking")
        break
else:
    print("never printed")
m = 0
while m < 0:
    m += 1
else:
    print("else with zero iterations")
a, b = 1071, 462
while b:
    a, b = b, a % b
print("gcd", a)
collatz = 27
steps = 0
while collatz != 1:
    collatz = collatz // 2 if collatz % 2 == 0 else 3 * collatz + 1
    steps += 1
print("collatz steps", steps)
