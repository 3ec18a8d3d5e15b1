# Nested lists as matrices and stacks.
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
for row in grid:
    print(" ".join([str(x).rjust(2) for x in row]))
print([grid[i][i] for i in range(3)])
print([[grid[r][c] for r in range(3)] for c in range(3)])
grid[1][1] = "X"
print(grid[1])
stack = []
for ch in "([]{})":
    if ch in "([{":
        stack.append(ch)
    else:
        print(ch, stack.pop())
print(stack == [])
flat = []
for row in [[1, 2], [3], [], [4, 5, 6]]:
    flat.extend(row)
print(flat)
tree = [1, [2, [3, [4, []]]]]
depth = 0
node = tree
while node:
    depth += 1
    node = node[1]
print(depth)
