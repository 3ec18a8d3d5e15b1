# LEGB name resolution.
x = "global x"
def outer():
    x = "enclosing x"
    def inner():
        return x
    return inner()
print(outer())
def local_only():
    x = "local x"
    return x
print(local_only(), x)
def uses_builtin():
    return len("four")
print(uses_builtin())
def shadows_builtin():
    len = lambda s: 42
    return len("four")
print(shadows_builtin(), len("four"))
def params_are_local(x):
    x = x + "!"
    return x
print(params_are_local("arg"), x)
total = 0
def add_to_total(n):
    global total
    total = total + n
for i in range(5):
    add_to_total(i)
print(total)
def loop_var_leaks():
    for k in range(3):
        pass
    return k
print(loop_var_leaks())
y = [1]
def mutate_global_list():
    y.append(2)
mutate_global_list()
print(y)
