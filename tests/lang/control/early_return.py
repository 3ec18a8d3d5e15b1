# return from inside loops and nested blocks.
def first_negative(nums):
    for i, n in enumerate(nums):
        if n < 0:
            return i, n
    return None
print(first_negative([3, 4, -1, -5]))
print(first_negative([1, 2]))
def find_pair(nums, target):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
    return (-1, -1)
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
def loop_with_finally():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            print("finally", i)
print(loop_with_finally())
def while_return(n):
    while True:
        n += 1
        if n % 7 == 0:
            return n
print(while_return(50))
