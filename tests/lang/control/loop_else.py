# else clauses on loops: run only without break.
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
search([4, 5, 6], 5)
search([4, 5, 6], 7)
search([], 1)
def countdown(n):
    while n > 0:
        if n == 13:
            print("unlucky, stop")
            break
        n -= 4
    else:
        print("reached", n)
countdown(10)
countdown(17)
for i in range(3):
    for j in range(3):
        if j == 5:
            break
    else:
        print("inner completed for", i)
        continue
    print("not reached")
