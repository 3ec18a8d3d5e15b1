def check(values):
    match values:
        case [first, *rest] if first / len(rest) > 1:
            return "front-heavy"
        case _:
            return "balanced"


print(check([10, 1, 2]))
print(check([5]))
