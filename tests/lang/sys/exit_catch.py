# sys.exit raises SystemExit, which finally blocks and handlers see.
import sys
def leave(code):
    try:
        sys.exit(code)
    finally:
        print("finally before exit", code)
for code in [0, 3, "text", None]:
    try:
        leave(code)
    except SystemExit as e:
        print("SystemExit code:", repr(e.code))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught as Exception")
except BaseException as e:
    print("caught as BaseException:", type(e).__name__, e.code)
print("end of script")
