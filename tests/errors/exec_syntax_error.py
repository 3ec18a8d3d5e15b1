source = "total = (1 +\n         2 +)"
print("compiling")
exec(source)
