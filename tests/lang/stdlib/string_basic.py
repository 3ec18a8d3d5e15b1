import string

for name in ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "digits",
             "hexdigits", "octdigits", "punctuation", "whitespace", "printable"]:
    print(name, repr(getattr(string, name)))

print(string.capwords("hello   world  of python"))
print(string.capwords(" a-b c-d ", "-"))
print(repr(string.capwords("")))
print(string.capwords("ÉCOLE élève"))

T = string.Template
t = T("$who likes ${what}s; costs $$5 $")
print(t.safe_substitute(who="tim", what="ham"))
print(T("$who likes $what").substitute({"who": "ann", "what": 3}))
print(T("$who and $who2").substitute({"who": "a"}, who2="b", who="override"))
print(T("${a}b$a_b").substitute(a=1, a_b=2))
try:
    T("$who likes $missing").substitute(who="x")
except KeyError as e:
    print("KeyError", e)
for bad in ["$", "a $1", "line\nxx ${a", "ok\nmore\n  $ ", "${}"]:
    try:
        T(bad).substitute(a=1)
    except ValueError as e:
        print("ValueError", e)
    print(repr(T(bad).safe_substitute(a=1)))
print(T("$x ${y} $$ $x").get_identifiers(), T("$x $").is_valid(), T("$x").is_valid())
print(T("$x").template)

class Percent(T):
    delimiter = "%"
print(Percent("%x costs %%%y").substitute(x="tea", y=5))
