import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known "
        "phrase--used for typing practice--contains every letter. "
        "Supercalifragilisticexpialidocious is long.")
for w in (10, 25, 40):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 7))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz now", 7, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-word here", 10))
print(textwrap.wrap("a-very-long-hyphenated-word here", 10, break_on_hyphens=False))
print(textwrap.wrap("tabs\there\tand\nnewlines  too", 12))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("Hi there. How are you? Fine.", 60, fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.fill("", 10) == "")
print(textwrap.wrap(text, 20, max_lines=2))
print(textwrap.wrap(text, 20, max_lines=3, placeholder="..."))

print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.shorten(text, 50))
try:
    textwrap.wrap("x", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten("x y z", 3)
except ValueError as e:
    print("ValueError:", e)

print(repr(textwrap.dedent("    def f():\n        return 1\n    \n    x = 2\n")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.dedent("\t  x\n\t y\n")))
print(repr(textwrap.dedent("no indent\n  some\n")))
print(repr(textwrap.dedent("   \n  \n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+", lambda line: True)))
print(repr(textwrap.indent("one\r\ntwo", "  ")))

w = textwrap.TextWrapper(width=15, subsequent_indent="... ")
print(w.wrap("one two three four five six seven"))
w.width = 9
print(w.fill("one two three four"))
