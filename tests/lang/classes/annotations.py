# Module and class annotations are recorded in __annotations__.
x: int = 5
y: str
class A:
    a: int
    b: str = "s"
    def f(self):
        z: int = 1
        return z
print(__annotations__, A.__annotations__, A.b, A().f(), x)
