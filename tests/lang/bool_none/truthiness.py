# Truth testing drives if/while/and/or.
values = [0, 1, -1, 0.0, 0.5, "", "0", " ", [], [0], (), (None,), {}, {1: 2},
          None, True, False, range(0), range(2), b"", b"\x00"]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
count = 3
while count:
    print("count", count)
    count -= 1
print(0 or "" or [] or "last")
print(1 and "a" and [1] and "end")
print(all([]), any([]))
