# SystemExit is an exception that can be caught.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("code", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("default code", e.code)
try:
    raise SystemExit(7)
except BaseException as e:
    print(type(e).__name__, e.code)
try:
    sys.exit(0)
except Exception:
    print("not an Exception subclass")
except SystemExit:
    print("SystemExit escapes except Exception")
print("still running")
