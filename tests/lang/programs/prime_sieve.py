# Prime sieve and number-theory helpers.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    if limit >= 1:
        is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [n for n in range(limit + 1) if is_prime[n]]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def format_factors(factors):
    counts = {}
    for f in factors:
        counts[f] = counts.get(f, 0) + 1
    parts = []
    for p, e in counts.items():
        parts.append(str(p) if e == 1 else str(p) + "^" + str(e))
    return " * ".join(parts)


def is_prime(n, primes):
    if n < 2:
        return False
    for p in primes:
        if p * p > n:
            return True
        if n % p == 0:
            return False
    return True


def goldbach(n, prime_set):
    for p in sorted(prime_set):
        if p > n // 2:
            break
        if n - p in prime_set:
            return (p, n - p)
    return None


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def totient(n):
    result = n
    for p in set(factorize(n)):
        result = result // p * (p - 1)
    return result


primes = sieve(10000)
print("primes below 10000:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
print("sum:", sum(primes))
twins = [(p, p + 2) for p in primes if p + 2 in set(primes)]
print("twin pairs:", len(twins), twins[:6], twins[-1])
gaps = {}
for i in range(1, len(primes)):
    g = primes[i] - primes[i - 1]
    gaps[g] = gaps.get(g, 0) + 1
print("gap histogram:", dict(sorted(gaps.items())))
biggest_gap = max(range(1, len(primes)), key=lambda i: primes[i] - primes[i - 1])
print("largest gap:", primes[biggest_gap - 1], primes[biggest_gap])
for n in [360, 1001, 9973, 65536, 123456789, 600851475143, 2 ** 31 - 1]:
    print(n, "=", format_factors(factorize(n)))
small = primes[:200]
print([n for n in range(10 ** 6, 10 ** 6 + 100) if is_prime(n, small)])
prime_set = set(primes)
for n in [4, 28, 100, 998, 9998]:
    print("goldbach", n, goldbach(n, prime_set))
print("gcds:", [gcd(a, b) for a, b in [(48, 18), (17, 5), (2 ** 40, 6 ** 20), (0, 9)]])
print("totients:", [totient(n) for n in range(1, 21)])
mersenne = [p for p in primes[:12] if is_prime(2 ** p - 1, primes)]
print("mersenne exponents:", mersenne)
digits = {}
for p in primes:
    digits[p % 10] = digits.get(p % 10, 0) + 1
print("last digits:", dict(sorted(digits.items())))
palin = [p for p in primes if str(p) == str(p)[::-1] and p > 100]
print("palindromic primes:", len(palin), palin[:8])
