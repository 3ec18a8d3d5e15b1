# Imported by imported_module_error.py; run on its own it does nothing.
def parse(text):
    return int(text)


def total(items):
    return sum(parse(t) for t in items)
