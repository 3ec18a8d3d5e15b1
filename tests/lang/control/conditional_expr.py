# Conditional expressions.
for n in range(-2, 3):
    print(n, "neg" if n < 0 else "zero" if n == 0 else "pos")
x = 5
y = x * 2 if x > 3 else x - 2
print(y)
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda v: "big" if v > 100 else "small")(500))
z = None
print(z if z is not None else "default")
print(1 if [] else 2, 1 if [0] else 2)
a = b = 3
print("same" if a is b else "diff")
val = (10 if x else 20) + 1
print(val)
print(abs(-3) if True else undefined_name)
