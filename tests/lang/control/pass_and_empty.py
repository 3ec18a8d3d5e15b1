# pass, empty bodies and loop variables that persist.
def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
if True:
    pass
while False:
    pass
x = 0
for x in []:
    pass
print(x)
try:
    pass
except Exception:
    pass
else:
    print("try with pass: else runs")
finally:
    print("finally runs")
def only_docstring():
    "A docstring is a body too."
print(only_docstring())
print(only_docstring.__doc__)
