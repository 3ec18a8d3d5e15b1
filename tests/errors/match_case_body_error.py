def area(shape):
    match shape:
        case ("square", side):
            return side * side
        case ("rect", w, h):
            return w * h
        case ("circle", r) if r >= 0:
            return 3.14 * r * r
        case (kind, *_):
            raise ValueError(f"unknown shape {kind}")


def total(shapes):
    return sum(area(s) for s in shapes)


print(area(("square", 3)))
print(total([("rect", 2, 3), ("circle", 1), ("hexagon", 2)]))
