# os.path: the pure path functions follow posixpath exactly; the three
# ways to import it give the same module.
import os.path
import os
from os import path
import posixpath
print(os.path is path, path is posixpath, os.path.__name__)
cases = ["", "/", "//", "///", "a", "a/", "a/b", "/a/b/", "a//b", "//a//b//", "a/./b", "a/../b", "../a", "../../a/..", "/..", "/../a",
         ".", "./", "..", "a/b/../../..", "//..", "///a/../b", "a.b", ".bashrc", "a/.bashrc", "a/b.tar.gz", "..a", "a/..b.c", "a.b/c",
         "foo.", "/x/y/", "x/y//", "a/b/c/./../d", "é/ü.txt", "....", "a/...", "/a/./b/.", "a/b/../c/.."]
for c in cases:
    print(repr(c), os.path.split(c), os.path.dirname(c), os.path.basename(c), os.path.splitext(c), os.path.normpath(c), os.path.isabs(c))
print(os.path.join("a"), os.path.join("a", "b"), os.path.join("a/", "b"), os.path.join("a", "/b", "c"), os.path.join("", "x"), os.path.join("a", ""), os.path.join("a", "", "b"), os.path.join("/", "a//", "b"))
print(os.path.join("a", "b", "c/", "d"), os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.altsep)
cwd = os.getcwd()
print(os.path.abspath("x/y") == os.path.join(cwd, "x/y"), os.path.abspath("/a/../b/./c"), os.path.abspath("") == cwd)
print(os.path.abspath("/") , os.path.abspath("//x"), os.path.isabs(os.path.abspath(".")))
for bad in [1, None, 2.5]:
    for f in [os.path.split, os.path.basename, os.path.normpath, os.path.splitext, os.path.join]:
        try:
            f(bad)
        except TypeError as e:
            print(e)
try:
    os.path.join("a", 3)
except TypeError as e:
    print(e)
