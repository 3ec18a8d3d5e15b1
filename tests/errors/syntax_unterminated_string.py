print("before")
x = "abc
print(x)
