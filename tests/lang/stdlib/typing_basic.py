from typing import (Any, Callable, Dict, Final, Generic, Iterable, Iterator,
                    List, NamedTuple, Optional, Protocol, Set, Tuple, TypeVar,
                    Union, cast, overload, TYPE_CHECKING, Sequence, Mapping)
import typing

T = TypeVar("T")
K = TypeVar("K")
Co = TypeVar("Co", covariant=True)
print(TYPE_CHECKING, T, Co, Any)
print(List[int], Dict[str, List[int]], Set[str], Tuple[int, ...])
print(Optional[str], Union[int, str], Union[int], Union[int, None], Optional[List[T]])
print(Callable[[int, str], bool], Callable[..., Any], Iterable[T], Mapping[K, T])
print(List[int] == List[int], Union[int, str] == Union[int, str])

def first(xs: Sequence[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, type(s).__name__)

class Greeter(Protocol):
    def greet(self) -> str:
        ...

class English:
    def greet(self) -> str:
        return "hello"

def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))
print(cast(int, "not an int"), cast("List[int]", [1]))

MAX: Final = 10
Pair = NamedTuple("Pair", [("left", int), ("right", int)])
print(Pair(1, 2), Pair._fields)

@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x * 2
print(f(2), f("ab"), MAX)
try:
    Any[int]
except TypeError as e:
    print("TypeError", e)
print(typing.List is List, typing.get_type_hints(Stack))
