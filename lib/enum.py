"""Enumerations (ftpy's own implementation of CPython 3.11's enum): Enum,
IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto, unique, FlagBoundary.

EnumType builds the members when the class is created: every class-body
name that is not a dunder, a _sunder_, private, a descriptor or listed in
_ignore_ becomes a member; a value equal to an earlier member's makes an
alias. A Flag's canonical members are its single-bit values; other named
values are kept (Perm.RW) but not iterated, and combinations made with
| & ^ ~ are pseudo-members created on demand (named 'R|W') and cached.

ftpy differences worked around here:
- class statements ignore __prepare__, so a class body sees auto()
  objects rather than their values; combining them (WHITE = RED | BLUE)
  records an expression evaluated once the values are known;
- a metaclass __setattr__ is not called on class attribute assignment,
  so assigning to a member (Color.RED = 2) is not refused;
- an instance of a class with both int (or str, ...) and a class having
  an instance __dict__ among its bases crashes on attribute access, so
  Enum, ReprEnum and Flag declare empty __slots__ (their subclasses still
  get a __dict__).
"""

import operator as _operator

__all__ = ["EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag",
           "IntFlag", "ReprEnum", "auto", "unique", "FlagBoundary", "STRICT",
           "CONFORM", "EJECT", "KEEP", "show_flag_values"]


# ---------------------------------------------------------------- helpers

def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == "__" and
            name[2] != "_" and name[-3] != "_")


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == "_" and
            name[1] != "_" and name[-2] != "_")


def _is_private(cls_name, name):
    pattern = "_" + cls_name + "__"
    return name.startswith(pattern) and not name.endswith("__")


def _f():
    pass


# ftpy: builtin descriptors (functions, property, staticmethod,
# classmethod) do not expose __get__, so they are listed.
_builtin_descriptors = (type(_f), property, staticmethod, classmethod,
                        type(len))


def _is_descriptor(obj):
    if isinstance(obj, _builtin_descriptors):
        return True
    return (hasattr(obj, "__get__") or hasattr(obj, "__set__") or
            hasattr(obj, "__delete__"))


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


def _iter_bits_lsb(value):
    while value:
        bit = value & -value
        yield bit
        value ^= bit


def _high_bit(value):
    """The index of the highest bit set (-1 for 0)."""
    return value.bit_length() - 1


def show_flag_values(value):
    """The single-bit values making up value, lowest first."""
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """Like the builtin bin(), but shows the sign as its own group:
    bin(9) is '0b0 1001', bin(-3) is '0b1 01' (two's complement)."""
    width = num.bit_length()
    if num >= 0:
        sign, digits = "0b0", format(num, "b") if num else ""
    else:
        sign = "0b1"
        digits = format(num + (1 << (width + 1)), "b")[1:] if width else ""
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return sign + " " + digits


# ---------------------------------------------------------------- auto

class _AutoNull:
    def __repr__(self):
        return "_auto_null"


_auto_null = _AutoNull()


class _Combinable:
    # ftpy: auto() values stay auto objects in the class body (no
    # __prepare__), so WHITE = RED | GREEN builds an expression instead.
    def __or__(self, other):
        return _AutoExpr(_operator.or_, self, other)

    def __ror__(self, other):
        return _AutoExpr(_operator.or_, other, self)

    def __and__(self, other):
        return _AutoExpr(_operator.and_, self, other)

    def __rand__(self, other):
        return _AutoExpr(_operator.and_, other, self)

    def __xor__(self, other):
        return _AutoExpr(_operator.xor, self, other)

    def __rxor__(self, other):
        return _AutoExpr(_operator.xor, other, self)

    def __invert__(self):
        return _AutoExpr(_operator.invert, self, None)


class auto(_Combinable):
    """Stands for a value chosen by _generate_next_value_ (the previous
    value + 1 in an Enum, the next power of two in a Flag)."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(" + repr(self.value) + ")"


class _AutoExpr(_Combinable):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, resolved):
        left = _resolve(self.left, resolved)
        if self.right is None:
            return self.op(left)
        return self.op(left, _resolve(self.right, resolved))


def _resolve(value, resolved):
    if isinstance(value, _AutoExpr):
        return value.evaluate(resolved)
    if isinstance(value, auto):
        for a, v in resolved:
            if a is value:
                return v
        raise TypeError("auto() used before its value is known")
    return value


# ---------------------------------------------------------------- EnumType

def _member_names_of(cls_name, classdict):
    ignore = classdict.get("_ignore_", [])
    if isinstance(ignore, str):
        ignore = ignore.replace(",", " ").split()
    names = []
    for key, value in classdict.items():
        if (key in ignore or _is_dunder(key) or _is_sunder(key) or
                _is_private(cls_name, key)):
            continue
        if _is_descriptor(value) or isinstance(value, type):
            continue
        names.append(key)
    return names, ignore


def _member_type_of(bases):
    # the builtin data type members are instances of (object for plain
    # enums), found after the Enum classes in the bases' MROs
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                if klass._member_type_ is not object:
                    return klass._member_type_
                continue
            return klass
    return object


def _find_new(classdict, bases, member_type):
    # a __new__ in the class body creates the members (and is then kept as
    # _new_member_); else an enum base's _new_member_; else the data
    # type's __new__. Returns (new, whether it takes the value's args).
    new = classdict.get("__new__")
    if isinstance(new, staticmethod):
        new = new.__func__
    if new is not None:
        return new, True
    for base in bases:
        for klass in base.__mro__:
            own = getattr(klass, "__dict__", None)
            found = own.get("_new_member_") if isinstance(own, dict) \
                else None
            if found is not None:
                return found, True
    if member_type is object:
        return object.__new__, False
    return member_type.__new__, True


class EnumType(type):
    """Metaclass of Enum and Flag: builds the members, iteration and
    lookup by value (Color(1)) and by name (Color['RED'])."""

    def __new__(metacls, cls, bases, classdict, *, boundary=None, **kwds):
        member_names, ignore = _member_names_of(cls, classdict)
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum " + repr(cls) + "> cannot extend " +
                                repr(base))
        values = {key: classdict[key] for key in member_names}
        namespace = {key: value for key, value in classdict.items()
                     if key not in values and key not in ignore}
        namespace.pop("_ignore_", None)
        member_type = _member_type_of(bases)
        new, use_args = _find_new(classdict, bases, member_type)
        if "__new__" in namespace:
            namespace["_new_member_"] = namespace.pop("__new__")
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        enum_class._member_type_ = member_type
        if boundary is not None:
            enum_class._boundary_ = boundary
        elif not hasattr(enum_class, "_boundary_"):
            enum_class._boundary_ = None
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        resolved = []
        last_values = []
        for name in member_names:
            value = values[name]
            if isinstance(value, auto):
                raw = value
                if value.value is _auto_null:
                    gnv = enum_class._generate_next_value_
                    value = gnv(name, 1, len(last_values), list(last_values))
                else:
                    value = value.value
                resolved.append((raw, value))
            elif isinstance(value, _AutoExpr):
                value = value.evaluate(resolved)
            last_values.append(value)
            member = _make_member(enum_class, name, value, new, use_args,
                                  member_type)
            _add_member(enum_class, name, member, is_flag)
        if is_flag:
            _setup_flag(enum_class)
        _restore_methods(enum_class, classdict, bases, member_type)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1, boundary=None):
        if names is not None:
            return _functional(cls, value, names, module, qualname, type,
                               start, boundary)
        return cls._lookup(value)

    def _lookup(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and
                cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        if result is None:
            raise ValueError(repr(value) + " is not a valid " +
                             cls.__qualname__)
        raise TypeError("error in " + cls.__name__ + "._missing_: returned " +
                        repr(result) + " instead of None or a valid member")

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return iter([cls._member_map_[name] for name in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[name]
                     for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '" +
                            type(member).__qualname__ + "' and '" +
                            type(cls).__qualname__ + "'")
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __bool__(cls):
        return True

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag " + repr(cls.__name__) + ">"
        return "<enum " + repr(cls.__name__) + ">"

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(cls.__name__ + ": cannot delete Enum member.")
        type.__delattr__(cls, attr)


EnumMeta = EnumType
Flag = ReprEnum = None  # set below; EnumType.__new__ tests them


def _defining_class(cls, name):
    for klass in cls.__mro__:
        own = getattr(klass, "__dict__", None)
        if isinstance(own, dict):
            if name in own:
                return klass
        elif getattr(klass, name, None) is not None:
            return klass    # a builtin type (no __dict__ in ftpy)
    return None


def _restore_methods(enum_class, classdict, bases, member_type):
    # In a mixed enum the data type precedes Enum in the MRO (IntEnum: int,
    # ReprEnum, Enum), so its repr would win: Enum's methods are put back,
    # then a ReprEnum gives str() and format() to the data type, and a Flag
    # keeps its own operators ahead of int's.
    enum_bases = [b for b in bases if isinstance(b, EnumType)]
    if not enum_bases:
        return
    first_enum = enum_bases[-1]
    data_mro = member_type.__mro__
    for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
        if name not in classdict:
            owner = _defining_class(enum_class, name)
            if owner is None or owner in data_mro:
                setattr(enum_class, name, getattr(first_enum, name))
    if ReprEnum is not None and ReprEnum in bases:
        if member_type is object:
            raise TypeError("ReprEnum subclasses must be mixed with a data "
                            "type (i.e. int, str, float, etc.)")
        if "__format__" not in classdict:
            enum_class.__format__ = member_type.__format__
        if "__str__" not in classdict:
            method = member_type.__str__
            if method is object.__str__:
                method = member_type.__repr__
            enum_class.__str__ = method
    if Flag is not None and issubclass(enum_class, Flag):
        for name in ("__or__", "__and__", "__xor__", "__ror__", "__rand__",
                     "__rxor__", "__invert__"):
            if name not in classdict:
                setattr(enum_class, name, Flag.__dict__[name])


def _make_member(enum_class, name, value, new, use_args, member_type):
    args = value if isinstance(value, tuple) else (value,)
    if member_type is tuple:
        args = (args,)
    member = new(enum_class, *args) if use_args else new(enum_class)
    if not hasattr(member, "_value_"):
        if member_type is object:
            member._value_ = value
        else:
            member._value_ = member_type(*args)
    member._name_ = name
    member.__objclass__ = enum_class
    member.__init__(*args)
    member._sort_order_ = len(enum_class._member_names_)
    return member


def _add_member(enum_class, name, member, is_flag):
    # an earlier member with an equal value makes this name an alias
    value = member._value_
    canonical = None
    for other in enum_class._member_map_.values():
        if other._value_ == value:
            canonical = other
            break
    if canonical is not None:
        enum_class._member_map_[name] = canonical
        setattr(enum_class, name, canonical)
        return
    if not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)
    enum_class._member_map_[name] = member
    try:
        enum_class._value2member_map_.setdefault(value, member)
    except TypeError:
        pass
    setattr(enum_class, name, member)


def _setup_flag(enum_class):
    singles = multi = 0
    for member in enum_class._member_map_.values():
        value = member._value_
        if _is_single_bit(value):
            singles |= value
        elif isinstance(value, int):
            multi |= value
    enum_class._singles_mask_ = singles
    enum_class._flag_mask_ = singles | multi
    enum_class._all_bits_ = 2 ** (singles | multi).bit_length() - 1
    values = [enum_class._member_map_[n]._value_
              for n in enum_class._member_names_]
    if values != sorted(values):
        enum_class._iter_member_ = enum_class._iter_member_by_def_


def _functional(cls, name, names, module, qualname, type, start, boundary):
    if isinstance(names, str):
        names = names.replace(",", " ").split()
    bases = (cls,) if type is None else (type, cls)
    ns = {}
    if isinstance(names, dict):
        ns.update(names)
    else:
        names = list(names)
        last_values = []
        for count, item in enumerate(names):
            if isinstance(item, str):
                value = cls._generate_next_value_(item, start, count,
                                                  list(last_values))
                ns[item] = value
            else:
                item, value = item
                ns[item] = value
            last_values.append(value)
    ns["__module__"] = module or "__main__"
    if qualname is not None:
        ns["__qualname__"] = qualname
    return EnumType(name, bases, ns, boundary=boundary)


# ---------------------------------------------------------------- Enum

class Enum(metaclass=EnumType):
    """Base class for enumerations: class Color(Enum): RED = 1."""

    __slots__ = ()

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            ordered = sorted(last_values)
        except TypeError:
            ordered = list(last_values)
        for last in reversed(ordered):
            try:
                return last + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __init__(self, *args, **kwds):
        pass

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<" + type(self).__name__ + "." + self._name_ + ": " + \
            repr(self._value_) + ">"

    def __str__(self):
        return type(self).__name__ + "." + self._name_

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in
    type."""

    __slots__ = ()


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints."""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): " + repr(values))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(repr(values[0]) + " is not a string")
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError("encoding must be a string, not " +
                            repr(values[1]))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError("errors must be a string, not " + repr(values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


# ---------------------------------------------------------------- Flag

class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members: STRICT raises,
    CONFORM drops the unknown bits, EJECT returns a plain int, KEEP keeps
    them (shown as a number in the name)."""

    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """Support for bit flags: members combine with | & ^ ~, and a
    combination iterates over the members it contains."""

    __slots__ = ()

    _numeric_repr_ = repr

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError("invalid flag value " + repr(last_value)) \
                from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            member = cls._value2member_map_.get(bit)
            if member is not None:
                yield member

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        yield from sorted(cls._iter_member_by_value_(value),
                          key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Builds the pseudo-member for a combination of members (or
        handles an invalid value as the boundary says)."""
        if not isinstance(value, int):
            raise ValueError(repr(value) + " is not a valid " +
                             cls.__qualname__)
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        if (not ~all_bits <= value <= all_bits or
                value & (all_bits ^ flag_mask)):
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(repr(cls) + " invalid value " + repr(value) +
                                 "\n    given " + bin(value, width) +
                                 "\n  allowed " + bin(flag_mask, width))
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError(repr(cls) + " unknown flag boundary " +
                                 repr(boundary))
        negative = None
        if value < 0:
            negative = value
            value += all_bits + 1
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        pseudo._name_ = cls._composite_name(value)
        if value & ~flag_mask:
            return pseudo   # unknown bits (KEEP): not cached
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    @classmethod
    def _composite_name(cls, value):
        members = list(cls._iter_member_(value & cls._singles_mask_))
        if value & ~cls._singles_mask_:
            # named multi-bit values cover bits no single member has
            for member in cls._member_map_.values():
                v = member._value_
                if v and v & value == v and member not in members:
                    members.append(member)
        combined = 0
        for member in members:
            combined |= member._value_
        if not combined:
            return None
        name = "|".join([m._name_ for m in members])
        rest = value ^ combined
        if rest:
            if cls._boundary_ is STRICT:
                raise ValueError(repr(cls) + ": no members with value " +
                                 repr(rest))
            name += "|" + cls._numeric_repr_(rest)
        return name

    def __repr__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return "<" + cls_name + ": " + repr(self._value_) + ">"
        return "<" + cls_name + "." + self._name_ + ": " + \
            repr(self._value_) + ">"

    def __str__(self):
        cls_name = type(self).__name__
        if self._name_ is None:
            return cls_name + "(" + repr(self._value_) + ")"
        return cls_name + "." + self._name_

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '" +
                            type(other).__qualname__ + "' and '" +
                            type(self).__qualname__ + "'")
        return other._value_ & self._value_ == other._value_

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        if self._member_type_ is not object and \
                isinstance(other, self._member_type_):
            return other
        return NotImplemented

    def __or__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | other)

    def __and__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & other)

    def __xor__(self, other):
        other = self._operand(other)
        if other is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        if cls._boundary_ in (EJECT, KEEP):
            return cls(~self._value_)
        return cls(cls._singles_mask_ & ~self._value_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags."""


# ---------------------------------------------------------------- unique

def unique(enumeration):
    """Class decorator: raises ValueError if any value has aliases."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ", ".join([a + " -> " + b for a, b in duplicates])
        raise ValueError("duplicate values found in " + repr(enumeration) +
                         ": " + alias_details)
    return enumeration
