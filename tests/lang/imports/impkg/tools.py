# A submodule of impkg.
import sys


def shout(text):
    return text.upper() + "!"


SHARED = sys.modules.get("imported_helper")
