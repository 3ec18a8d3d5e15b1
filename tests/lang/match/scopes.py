# match statements in every kind of scope, with control flow leaving case
# bodies, generators, closures, and errors raised while matching.


def calls():
    print("  subject evaluated")
    return [1, 2]


match calls():
    case [0, _]:
        pass
    case [1, x]:
        print("subject evaluated once; x =", x)


# Captured names that inner functions close over.
def make_getter(pair):
    match pair:
        case (key, value):
            def get():
                return f"{key}={value}"
            return get


print(make_getter(("k", 1))())


def counter():
    total = 0

    def add(item):
        nonlocal total
        match item:
            case int(n) | [int(n)]:
                total += n
            case str() as s:
                total += len(s)
        return total
    return add


add = counter()
print(add(3), add([4]), add("abc"), add(None))


# Class bodies bind into the class namespace.
class Config:
    match {"mode": "fast", "level": 3}:
        case {"mode": mode, "level": level}:
            describe = f"{mode}@{level}"


print(Config.mode, Config.level, Config.describe)


# break, continue and return from case bodies inside loops and try.
def scan(items):
    found = []
    for item in items:
        match item:
            case "stop":
                break
            case "skip":
                continue
            case ("return", value):
                return found, value
            case _:
                try:
                    match item:
                        case int(n) if n < 0:
                            raise ValueError(n)
                        case _:
                            found.append(item)
                except ValueError as e:
                    found.append(f"bad {e}")
                finally:
                    found.append(".")
    return found, None


print(scan([1, "skip", -2, 3, "stop", 4]))
print(scan([1, ("return", "early"), 2]))

i = 0
while True:
    i += 1
    match i:
        case 1 | 2:
            continue
        case 5:
            break
        case n:
            print("loop", n)
print("left at", i)


# Generators: yield in bodies and guards.
def tokens(items):
    for item in items:
        match item:
            case [*parts]:
                yield from tokens(parts)
            case str(s) if (yield f"guard saw {s}") is None:
                yield s.upper()
            case other:
                yield other


print(list(tokens(["a", [1, ["b"]], 2])))


# Lambdas and comprehensions see captured names.
match (2, 3):
    case (base, exp):
        power = lambda: base ** exp
        squares = [base * k for k in range(exp)]
print(power(), squares)


# Errors raised while matching propagate out of the statement.
class Angry:
    def __eq__(self, other):
        raise RuntimeError("no comparing")


class Keyed:
    key = "k"


def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def eq_raises():
    match Angry():
        case 1:
            pass


def bad_get():
    class M(dict):
        def get(self, key, default=None):
            raise KeyError("get failed for " + key)
    match M(a=1):
        case {"a": _}:
            pass


def duplicate_runtime_key():
    match {"k": 1, "j": 2}:
        case {"k": _, Keyed.key: _}:
            pass


def unhashable_key():
    class H:
        key = []
    match {"k": 1}:
        case {H.key: _}:
            pass


def len_raises():
    class S(list):
        def __len__(self):
            raise OSError("len failed")
    match S([1]):
        case [x]:
            pass


attempt(eq_raises)
attempt(bad_get)
attempt(duplicate_runtime_key)
attempt(unhashable_key)
attempt(len_raises)


# Value patterns are evaluated each time the case is tried.
class Threshold:
    value = 1


for limit in (1, 2):
    Threshold.value = limit
    match 2:
        case Threshold.value:
            print("matches threshold", limit)
        case _:
            print("differs from threshold", limit)


# Recursion through match.
def flatten(x):
    match x:
        case [first, *rest]:
            return flatten(first) + flatten(rest)
        case []:
            return []
        case leaf:
            return [leaf]


print(flatten([1, [2, [3, [4]], 5], [[6]]]))
