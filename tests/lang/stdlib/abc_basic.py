from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def perimeter(self):
        return 4 * self.side

class Half(Shape):
    def area(self):
        return 0

for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape))
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape).__name__, isinstance(Shape, ABCMeta))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
    @staticmethod
    @abstractmethod
    def helper():
        ...

try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return "help"
i = Impl.make()
print(i.name, i.helper(), Impl.__abstractmethods__)

class Concrete(ABC):
    def __init__(self, x):
        self.x = x
print(Concrete(5).x)

class WithSuper(ABC):
    @abstractmethod
    def run(self):
        return "base run"
class Runner(WithSuper):
    def run(self):
        return "runner+" + super().run()
print(Runner().run())

class Plugin(ABC):
    pass
class Thing:
    pass
print(Plugin.register(Thing) is Thing)
print(Plugin.__subclasscheck__(Thing), Plugin.__instancecheck__(Thing()), Plugin.__instancecheck__(5))
