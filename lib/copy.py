"""Shallow and deep copy operations (ftpy's own implementation)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


def _func():
    pass


class _C:
    def _m(self):
        pass


_atomic = (type(None), int, float, complex, bool, str, bytes, type, range,
           type(Ellipsis), type(NotImplemented), type(_func), type(len),
           property, type(_C()._m))


def _is_atomic(x):
    for t in _atomic:
        if type(x) is t:
            return True
    return False


def _new_like(cls, *args):
    # ftpy: cls.__new__ looked up through a subclass of a builtin type is not
    # callable yet, so call __new__ on the class that defines it.
    for k in cls.__mro__:
        d = getattr(k, "__dict__", None)
        if d is None or "__new__" in d:
            return k.__new__(cls, *args)
    return object.__new__(cls)


def _get_state(x):
    getstate = getattr(x, "__getstate__", None)
    if getstate is not None and getattr(type(x), "__dict__", {}).get("__getstate__") is not None:
        return True, getstate()
    d = getattr(x, "__dict__", None)
    if d:
        return True, d
    return False, None


def _set_state(y, state, deep, memo):
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and _has_own_setstate(type(y)):
        setstate(state)
    else:
        y.__dict__.update(state)


def _has_own_setstate(cls):
    for k in cls.__mro__:
        if "__setstate__" in getattr(k, "__dict__", ()):
            return True
    return False


def _new_args(x, deep, memo):
    # What a subclass of an immutable builtin is rebuilt from.
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs()
    elif isinstance(x, bytes):
        args = (x[:],)
    elif isinstance(x, frozenset):
        args = (list(x),)
    else:
        return ()
    return deepcopy(args, memo) if deep else args


def _reconstruct(x, deep, memo):
    cls = type(x)
    y = _new_like(cls, *_new_args(x, deep, memo))
    if memo is not None:
        memo[id(x)] = y
    if isinstance(x, list):
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            dict.__setitem__(y, k, v)
    elif isinstance(x, set):
        for item in x:
            y.add(deepcopy(item, memo) if deep else item)
    has, state = _get_state(x)
    if has:
        _set_state(y, state, deep, memo)
    return y


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if issubclass(cls, BaseException):
        y = _new_like(cls, *x.args)
        BaseException.__init__(y, *x.args)
        if getattr(x, "__dict__", None):
            y.__dict__.update(x.__dict__)
        return y
    if isinstance(x, type):
        return x
    return _reconstruct(x, False, None)


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps id(original) to its copy."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # A tuple may have been copied while copying its own items.
        if d in memo:
            return memo[d]
        changed = False
        for i in range(len(x)):
            if items[i] is not x[i]:
                changed = True
                break
        y = tuple(items) if changed else x
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(a, memo) for a in x])
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        elif isinstance(x, type):
            y = x
        elif issubclass(cls, BaseException):
            args = deepcopy(x.args, memo)
            y = _new_like(cls, *args)
            BaseException.__init__(y, *args)
            memo[d] = y
            if getattr(x, "__dict__", None):
                y.__dict__.update(deepcopy(x.__dict__, memo))
        else:
            y = _reconstruct(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
