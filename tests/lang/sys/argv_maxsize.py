# sys.argv and sys.maxsize.
import sys
print(len(sys.argv))
print(type(sys.argv), type(sys.argv[0]))
print(sys.argv[0].endswith("argv_maxsize.py"))
print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1)
print(sys.maxsize + 1)
print(type(sys.maxsize))
print(-sys.maxsize - 1)
print(len(range(sys.maxsize)))
print(sys.maxsize.bit_length())
