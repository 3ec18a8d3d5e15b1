# Subscripting classes: list[int] aliases and __class_getitem__.
print(list[int], dict[str, int], tuple[int, ...], list[int]([1, 2]), list[int].__origin__, dict[str, list[int]])


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Box[int], Box[str])
try:
    int[0]
except TypeError as e:
    print(e)
