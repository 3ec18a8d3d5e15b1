# isinstance/issubclass through ABCMeta: hooks, registration, caches.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token
from collections.abc import Sequence, MutableSequence, Mapping, Iterable, Sized, Hashable


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return callable(getattr(C, "draw", None))
        return NotImplemented


class Circle:
    def draw(self):
        return "O"


class Blob:
    pass


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(isinstance(Blob(), Drawable), issubclass(Blob, Drawable))


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


class Legacy:
    def area(self):
        return 9


print(issubclass(Square, Shape), issubclass(Legacy, Shape))
token = get_cache_token()
print(Shape.register(Legacy) is Legacy, get_cache_token() > token)
print(issubclass(Legacy, Shape), isinstance(Legacy(), Shape))


class SubLegacy(Legacy):
    pass


print(issubclass(SubLegacy, Shape), isinstance(SubLegacy(), Shape))
print(Shape.register(Square) is Square)
try:
    Legacy.register
except AttributeError as e:
    print("AttributeError")
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError:", e)


class Base(ABC):
    pass


class Derived(Base):
    pass


try:
    Derived.register(Base)
except RuntimeError as e:
    print("RuntimeError:", e)


@Sized.register
class Measured:
    pass


print(Measured.__name__, issubclass(Measured, Sized), isinstance(Measured(), Sized))


class Point:
    __slots__ = ("x", "y")


print([issubclass(Point, abc) for abc in (Hashable, Iterable, Sequence)])
MutableSequence.register(Point)
print([issubclass(Point, abc) for abc in (Hashable, Iterable, Sequence, Mapping)])
print(isinstance(Point(), Sequence), isinstance([], Sequence), issubclass(list, Sequence))
print(issubclass(tuple, MutableSequence), issubclass(dict, Sequence), issubclass(str, Mapping))


class Meta(ABCMeta):
    pass


class Plugin(metaclass=Meta):
    @abstractmethod
    def run(self):
        ...


class Impl(Plugin):
    def run(self):
        return "ran"


print(type(Plugin).__name__, isinstance(Impl(), Plugin), Impl().run())
try:
    Plugin()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, (str, Iterable)), isinstance("s", (int, Iterable)))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print("TypeError:", e)
