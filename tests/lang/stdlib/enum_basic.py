from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return self.name.lower() + "=" + str(self.value)

    @classmethod
    def favourite(cls):
        return cls.GREEN

print(Color.RED, repr(Color.RED), repr(Color), str(Color.BLUE))
print(Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, Color(1).name)
print(list(Color), len(Color), list(reversed(Color)))
print(Color.RED.describe(), Color.favourite(), type(Color.RED).__name__)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(Color.RED))
print(Color.RED in Color, isinstance(Color.RED, Color), sorted(Color.__members__))
print({Color.RED: "r", Color.GREEN: "g"}[Color.RED], f"{Color.GREEN}", "[" + format(Color.RED, ">10") + "]")
for c in Color:
    print(c.name, c.value, c)
for bad in (7, "RED"):
    try:
        Color(bad)
    except ValueError as e:
        print("ValueError", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError", e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError", e)

class Step(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
print(list(Step), Step.ELEVENTH.value)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity, Planet((3.303e+23, 2.4397e6)))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError", e)

@unique
class Ok(Enum):
    X = "x"
    Y = "y"
print(Ok("y"), Ok.X.value)
try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print("TypeError", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value)
class Shape(Enum):
    SQUARE = 2
    @classmethod
    def _missing_(cls, value):
        return cls.SQUARE
print(Shape(99))
