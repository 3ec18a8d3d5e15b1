# Simple f-strings.
x = 42
name = "ftpy"
print(f"x = {x}")
print(f"{name} has {len(name)} letters")
print(f"{x + 1} {x * 2} {x - 50}")
print(f"{name!r}")
print(f"{name!s}")
print(f"{'quoted'!r} {x!r}")
print(f"{3.5} {True} {None}")
print(f"{[1, 2, 3]} {(1,)} {{}}")
print(f"{{literal braces}}")
print(F"capital F {x}")
items = ["a", "b"]
print(f"{items[0]}-{items[1]}")
d = {"k": 7}
print(f"{d['k']}")
print(f"{'nested ' + name}")
print(f"")
print(f"{x}{x}{x}")
print(f"a" "b" f"{x}")
print(rf"\n{x}")
print(f"{-x} {abs(-x)} {x > 1}")
print(f"{'é'!r}")
