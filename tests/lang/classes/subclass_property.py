class logged(property):
    def __get__(self, obj, cls=None):
        if obj is not None:
            print("get", self.fget.__name__)
        return super().__get__(obj, cls)
class plain(property):
    pass
class A:
    def __init__(self):
        self._v = 1
    @logged
    def v(self):
        return self._v
    @v.setter
    def v(self, x):
        self._v = x
    @plain
    def w(self):
        return "w"
a = A()
print(a.v)
a.v = 5
print(a.v, type(A.__dict__["v"]).__name__, a.w, type(A.__dict__["w"]).__name__)
try:
    a.w = 3
except AttributeError as e:
    print("AttributeError", e)
class B:
    x = property(None)
    y = property(lambda s: 1)
try: B().x
except AttributeError as e: print(e)
try: B().y = 2
except AttributeError as e: print(e)
try: del B().y
except AttributeError as e: print(e)
print(B.__dict__['y'].__get__(None, B) is B.__dict__['y'], B.__dict__['y'].__get__(B()))
p = property(lambda s: 1)
try: p.__set__(B(), 1)
except AttributeError as e: print(e)
