def f():
    return 1


print(f())
print(totally_unknown_qzx)
