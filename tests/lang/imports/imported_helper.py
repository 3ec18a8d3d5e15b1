# A module other tests import (run alone, it defines names and prints
# nothing).
GREETING = "hello from a module"
counter = 0


def bump():
    global counter
    counter += 1
    return counter
