# Lists are shared by reference.
def add_item(lst, item):
    lst.append(item)
    return len(lst)
shared = []
print(add_item(shared, "a"), add_item(shared, "b"), shared)
a = [1, 2, 3]
b = a
b[0] = 100
print(a)
rows = []
row = [0, 0]
for i in range(3):
    rows.append(row)
rows[0][0] = 5
print(rows)
rows = []
for i in range(3):
    rows.append([0, 0])
rows[0][0] = 5
print(rows)
def reset(lst):
    lst = []
    return lst
keep = [1]
reset(keep)
print(keep)
def clear_in_place(lst):
    lst[:] = []
clear_in_place(keep)
print(keep)
x = [[1, 2]] * 2
x[1].append(3)
print(x)
