import json
bad = ["", " ", "x", "[", "]", "[1,]", "[1 2]", '{"a" 1}', '{"a": }', '{a: 1}', '{"a": 1,}',
       '{"a": 1 "b": 2}', "01", "1 2", "[1] x", '"abc', '"a\\qb"', '"\\u12"', '"\\u12zz"',
       '"\\ud800\\uzzzz"', '"tab\there"', "tru", "nul", "-", "-x", "1.", ".5", "1e", "[1,\n 2,\n x]",
       '\n\n  {"a":\n  @}', '"\u00e9\u00e9" x', "{", '{"a"', '{"a":1', "\ufeff[1]", "[-]", "--1", "1.5e+", '"\\', "[\"\u00e9\", x]"]
for s in bad:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == s)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)
try:
    json.loads("[")
except ValueError as e:
    print("ValueError", e)
for f in [lambda: json.loads(5), lambda: json.dumps({1, 2}), lambda: json.dumps({(1,): 2}),
          lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps([float("inf")], allow_nan=False, indent=1),
          lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True), lambda: json.dumps([1], separators=(",",)),
          lambda: json.dumps([1], indent=1.5), lambda: json.dumps([object], default=lambda o: 1 / 0),
          lambda: json.loads("[1e400]"), lambda: json.loads("[" * 5 + "]" * 5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
l = [1]
l.append(l)
d = {}
d["self"] = d
for f in [lambda: json.dumps(l), lambda: json.dumps(d, indent=1), lambda: json.dumps([l])]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
shared = [1]
print(json.dumps([shared, shared]))
import json
try:
    json.loads("[1,")
except Exception as e:
    print(type(e).__name__, type(e).__module__, repr(e), e.args)
